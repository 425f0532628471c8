//! The monthly `loonkostensubsidie` (wage-cost subsidy, LKS) for one job (Pw art. 10d lid 4–7).
//!
//! **Cap versus allowance.** Art. 10d lid 4 reads: the subsidy "is het verschil ... maar is ten
//! hoogste 70 procent van het totale bedrag van het wettelijk minimumloon en de aanspraak op
//! vakantiebijslag ..., vermeerderd met een ... vergoeding voor werkgeverslasten". The crate
//! reads the 70% cap as a cap on the wage part, with the allowance added on top:
//! `min(gap, 70% × basis) × (1 + werkgeverslasten)`. This matches the Regeling 2021 art. 1
//! ("23,5 procent van de loonkosten waarover loonkostensubsidie wordt verstrekt": the allowance
//! is a percentage of the subsidised wage costs). Because the allowance is proportional, the
//! other reading (cap on gap plus allowance, 70% × basis × 1.235) gives the same amount.
//!
//! **Indexation.** From 2017-02-01 art. 10d lid 7 re-fixes the LKS each 1 January with the
//! development of the minimum wage; the crate therefore takes the minimum wage in force on the
//! later of 1 January of the peildatum's year and the job's start date (the
//! [`LksBerekening::referentiedatum`]), so a 1 July indexation reaches the LKS on the next
//! 1 January. Before 2017-02-01 the amount was re-determined yearly; the crate then uses the
//! minimum wage on the peildatum.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::legacy::{Decision, Eligibility, Ground};
use crate::error::Error;
use crate::money::{Hours, Money, Percentage};
use crate::params::{MET_VAKANTIEBIJSLAG, Parameters};
use crate::rounding::{Rounding, ratio};

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(v) => v,
        None => NaiveDate::MIN,
    }
}

/// From this day the LKS is pro rata against 36 hours a week (Pw art. 10d lid 4 as amended).
pub const UREN_36_VANAF: NaiveDate = date(2024, 1, 1);
/// From this day the flat route (art. 10d lid 1 b, lid 5), agreed re-determination (lid 6) and
/// the 1 January re-indexation (lid 7) apply.
pub const STROOMLIJNING_VANAF: NaiveDate = date(2017, 2, 1);
/// The reference week from 2024: 36 hours (art. 10d lid 4).
pub const REFERENTIE_UREN: Decimal = Decimal::from_parts(36, 0, 0, false, 0);
/// The cap on the wage part: 70% of basis (art. 10d lid 4).
pub const MAXIMUM_AANDEEL: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The flat route: 50% of basis (art. 10d lid 5).
pub const FORFAITAIR_AANDEEL: Decimal = Decimal::from_parts(50, 0, 0, false, 2);
/// The flat route lasts at most the first 6 months of the job (art. 10d lid 5).
pub const FORFAITAIRE_MAANDEN: i32 = 6;

/// The formula, the 70% cap and the allowance.
pub const ART_10D_LID_4: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(4);
/// No LKS for a Wsw job.
pub const ART_10D_LID_3: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(3);
/// The flat route.
pub const ART_10D_LID_5: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(5);
/// Re-indexation per 1 January.
pub const ART_10D_LID_7: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(7);
/// Werkgeverslasten allowance.
pub const REGELING_ART_1: Citation =
    Citation::article(Regulation::RegelingLoonkostensubsidie2021, "1");
/// Holiday allowance on the minimum wage.
pub const WMM_ART_15: Citation = Citation::article(Regulation::Wmm, "15");

/// The job (`dienstbetrekking`) the subsidy is for.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Dienstbetrekking;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::new(d(1990, 5, 1), "36".parse()?, "38".parse()?, d(2024, 2, 1), false)?;
/// assert!(!job.wsw);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawDienstbetrekking")]
#[non_exhaustive]
pub struct Dienstbetrekking {
    /// The employee's birth date (for the youth minimum wage).
    pub geboortedatum: NaiveDate,
    /// Agreed hours per week.
    pub uren_per_week: Hours,
    /// The normal full-time hours in comparable jobs (`volledige dienstbetrekking`).
    pub voltijd_uren: Hours,
    /// First day of the job.
    pub begindatum: NaiveDate,
    /// A Wsw job (Wsw art. 2 and 7): no LKS.
    pub wsw: bool,
}

impl Dienstbetrekking {
    /// A job; errors when the full-time hours are zero or the job starts before birth.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Dienstbetrekking;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(Dienstbetrekking::new(d(1990, 1, 1), "32".parse()?, "38".parse()?, d(2025, 1, 1), false).is_ok());
    /// assert!(Dienstbetrekking::new(d(1990, 1, 1), "32".parse()?, "0".parse()?, d(2025, 1, 1), false).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        geboortedatum: NaiveDate,
        uren_per_week: Hours,
        voltijd_uren: Hours,
        begindatum: NaiveDate,
        wsw: bool,
    ) -> Result<Self, Error> {
        if voltijd_uren.value().is_zero() {
            return Err(Error::InvalidFacts {
                field: Cow::Borrowed("voltijd_uren"),
                reason: Cow::Borrowed("the normal full-time hours are zero").into(),
            });
        }
        if begindatum <= geboortedatum {
            return Err(Error::InvalidFacts {
                field: Cow::Borrowed("begindatum"),
                reason: Cow::Borrowed("the job starts before the employee's birth").into(),
            });
        }
        Ok(Self {
            geboortedatum,
            uren_per_week,
            voltijd_uren,
            begindatum,
            wsw,
        })
    }
}

/// The wire form of [`Dienstbetrekking`], checked by [`Dienstbetrekking::new`] on the way in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDienstbetrekking {
    geboortedatum: NaiveDate,
    uren_per_week: Hours,
    voltijd_uren: Hours,
    begindatum: NaiveDate,
    wsw: bool,
}

impl TryFrom<RawDienstbetrekking> for Dienstbetrekking {
    type Error = Error;

    fn try_from(r: RawDienstbetrekking) -> Result<Self, Error> {
        Self::new(
            r.geboortedatum,
            r.uren_per_week,
            r.voltijd_uren,
            r.begindatum,
            r.wsw,
        )
    }
}

/// What the subsidy is based on.
///
/// ```
/// use participatiewet::LksGrondslag;
/// let g = LksGrondslag::Loonwaarde("60".parse()?);
/// assert_ne!(g, LksGrondslag::Forfaitair);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "grondslag", content = "loonwaarde", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LksGrondslag {
    /// A loonwaarde fixed by the college (art. 10d lid 1 a, lid 4).
    Loonwaarde(Percentage),
    /// The flat route without a loonwaarde (art. 10d lid 1 b, lid 5; from 2017-02-01).
    Forfaitair,
}

/// Why there is no LKS.
///
/// ```
/// use participatiewet::loonwaarde::Uitsluiting;
/// assert_ne!(Uitsluiting::Wsw, Uitsluiting::LoonwaardeVol);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluiting {
    /// A Wsw job (art. 10d lid 3).
    Wsw,
    /// Loonwaarde of 100% or more: no gap to the minimum wage (art. 10d lid 4).
    LoonwaardeVol,
    /// The flat route's first 6 months are over and no loonwaarde was fixed (art. 10d lid 5).
    ForfaitaireTermijnVerstreken,
    /// The flat route did not exist yet (before 2017-02-01).
    ForfaitairVoorStroomlijning,
}

impl Uitsluiting {
    /// The ground for this exclusion.
    ///
    /// ```
    /// use participatiewet::loonwaarde::Uitsluiting;
    /// assert_eq!(Uitsluiting::Wsw.ground().citation.lid, Some(3));
    /// ```
    #[must_use]
    pub fn ground(self) -> Ground {
        match self {
            Self::Wsw => Ground::new(ART_10D_LID_3, "no loonkostensubsidie for a Wsw job"),
            Self::LoonwaardeVol => Ground::new(
                ART_10D_LID_4,
                "loonwaarde is at least 100%: no difference with the minimum wage",
            ),
            Self::ForfaitaireTermijnVerstreken => Ground::new(
                ART_10D_LID_5,
                "the flat route covers at most the first 6 months of the job; after that the \
                 loonwaarde must be fixed",
            ),
            Self::ForfaitairVoorStroomlijning => {
                Ground::new(ART_10D_LID_5, "the flat route exists from 2017-02-01")
            }
        }
    }
}

/// The LKS calculation: its inputs and the amount, `Copy`, no heap; the intermediate values
/// (basis, wage part, full-time subsidy) are derived by its methods.
///
/// ```
/// # use participatiewet::LksBerekening;
/// # fn f(b: &LksBerekening) -> participatiewet::Money { b.bedrag }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LksBerekening {
    /// The peildatum.
    pub peildatum: NaiveDate,
    /// The date whose minimum wage is used (see module docs, art. 10d lid 7).
    pub referentiedatum: NaiveDate,
    /// The route.
    pub grondslag: LksGrondslag,
    /// Monthly minimum wage for the employee's age on the reference date.
    pub minimumloon: Money,
    /// Whether the 70% cap bound.
    pub maximum_bereikt: bool,
    /// The werkgeverslasten percentage in force.
    pub werkgeverslasten: Percentage,
    /// Hours counted (capped at the normal full-time hours).
    pub uren: Decimal,
    /// Reference hours (36 from 2024, the normal full-time hours before).
    pub referentie_uren: Decimal,
    /// The monthly LKS, rounded to cents.
    pub bedrag: Money,
}

/// The outcome of [`lks_berekenen`]: an amount or a reason for none. `Copy`.
///
/// ```
/// # use participatiewet::loonwaarde::LksUitkomst;
/// # fn f(u: LksUitkomst) -> bool { matches!(u, LksUitkomst::Subsidie(_)) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LksUitkomst {
    /// A subsidy with its calculation.
    Subsidie(LksBerekening),
    /// No subsidy, and why.
    Geen(Uitsluiting),
}

/// The LKS calculation without grounds: no heap allocation on success.
///
/// Errors when `peildatum` is before the job's start or a parameter is not in force.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Dienstbetrekking, LksGrondslag, Parameters, lks_berekenen};
/// use participatiewet::loonwaarde::LksUitkomst;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::new(d(1990, 5, 1), "36".parse()?, "36".parse()?, d(2024, 2, 1), false)?;
/// let u = lks_berekenen(&job, LksGrondslag::Loonwaarde("60".parse()?), d(2024, 3, 1), &Parameters::bundled())?;
/// let LksUitkomst::Subsidie(b) = u else { panic!() };
/// // 2069.40 × 1.08 = 2234.952; × 40% = 893.9808; × 1.235 = 1104.0663 -> 1104.07
/// assert_eq!(b.bedrag.to_string(), "1104.07");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn lks_berekenen(
    baan: &Dienstbetrekking,
    grondslag: LksGrondslag,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<LksUitkomst, Error> {
    if peildatum < baan.begindatum {
        return Err(Error::InvalidFacts {
            field: Cow::Borrowed("peildatum"),
            reason: Cow::Borrowed("the peildatum is before the job starts").into(),
        });
    }
    if baan.wsw {
        return Ok(LksUitkomst::Geen(Uitsluiting::Wsw));
    }
    match grondslag {
        LksGrondslag::Loonwaarde(lw) if lw == Percentage::HUNDRED => {
            return Ok(LksUitkomst::Geen(Uitsluiting::LoonwaardeVol));
        }
        LksGrondslag::Forfaitair => {
            if baan.begindatum < STROOMLIJNING_VANAF {
                return Ok(LksUitkomst::Geen(Uitsluiting::ForfaitairVoorStroomlijning));
            }
            if peildatum >= forfaitair_einde(baan.begindatum)? {
                return Ok(LksUitkomst::Geen(Uitsluiting::ForfaitaireTermijnVerstreken));
            }
        }
        LksGrondslag::Loonwaarde(_) => {}
    }
    let referentiedatum = if peildatum >= STROOMLIJNING_VANAF {
        let januari = NaiveDate::from_ymd_opt(peildatum.year(), 1, 1).unwrap_or(peildatum);
        januari.max(baan.begindatum)
    } else {
        peildatum
    };
    let minimumloon = params.minimumloon_per_maand(baan.geboortedatum, referentiedatum)?;
    let werkgeverslasten = params.werkgeverslasten.at(peildatum)?.value;
    let uren = baan.uren_per_week.value().min(baan.voltijd_uren.value());
    let referentie_uren = if peildatum >= UREN_36_VANAF {
        REFERENTIE_UREN
    } else {
        baan.voltijd_uren.value()
    };
    // amount = minimum wage × 1.08 × share × (1 + werkgeverslasten) × hours / reference
    // hours, where the share of the basis is the gap (1 − loonwaarde) or the flat 50%, at most
    // 70% (art. 10d lid 4 and 5). It is computed as one exact ratio of integers and rounded
    // once (Rounding::Cents); the decimal path is the fallback for inputs too large for it.
    // The intermediate values (basis, wage part, full-time subsidy) are derived on demand by
    // the methods of LksBerekening.
    let (maximum_bereikt, bedrag) = match lks_exact(
        minimumloon,
        grondslag,
        werkgeverslasten,
        uren,
        referentie_uren,
    ) {
        Some(exact) => exact,
        None => lks_decimaal(
            minimumloon,
            grondslag,
            werkgeverslasten,
            uren,
            referentie_uren,
        )?,
    };
    let bedrag = Money::new(bedrag)?;
    Ok(LksUitkomst::Subsidie(LksBerekening {
        peildatum,
        referentiedatum,
        grondslag,
        minimumloon,
        maximum_bereikt,
        werkgeverslasten,
        uren,
        referentie_uren,
        bedrag,
    }))
}

/// The amount as an exact ratio of integers: (cap bound, amount in cents). `None` when a
/// number does not fit the exact path.
fn lks_exact(
    minimumloon: Money,
    grondslag: LksGrondslag,
    werkgeverslasten: Percentage,
    uren: Decimal,
    referentie_uren: Decimal,
) -> Option<(bool, Decimal)> {
    let (m_n, m_d) = ratio(minimumloon.amount())?;
    let (v_n, v_d) = ratio(MET_VAKANTIEBIJSLAG)?;
    let (s_n, s_d) = match grondslag {
        // share = 1 − lw / 100 = (100·d − n) / (100·d) for lw = n / d
        LksGrondslag::Loonwaarde(lw) => {
            let (l_n, l_d) = ratio(lw.value())?;
            let d = l_d.checked_mul(100)?;
            (d.checked_sub(l_n)?, d)
        }
        LksGrondslag::Forfaitair => ratio(FORFAITAIR_AANDEEL)?,
    };
    let (c_n, c_d) = ratio(MAXIMUM_AANDEEL)?;
    let maximum_bereikt = s_n.checked_mul(c_d)? > c_n.checked_mul(s_d)?;
    let (s_n, s_d) = if maximum_bereikt {
        (c_n, c_d)
    } else {
        (s_n, s_d)
    };
    // 1 + wgl / 100 = (100·d + n) / (100·d)
    let (g_n, g_d) = ratio(werkgeverslasten.value())?;
    let w_d = g_d.checked_mul(100)?;
    let w_n = w_d.checked_add(g_n)?;
    let (u_n, u_d) = ratio(uren)?;
    let (r_n, r_d) = ratio(referentie_uren)?;
    let num = [v_n, s_n, w_n, u_n, r_d]
        .iter()
        .try_fold(m_n, |acc, f| acc.checked_mul(*f))?;
    let den = [v_d, s_d, w_d, u_d, r_n]
        .iter()
        .try_fold(m_d, |acc, f| acc.checked_mul(*f))?;
    Some((maximum_bereikt, Rounding::Cents.apply_ratio(num, den)?))
}

/// The same amount with decimal arithmetic, for inputs the exact path cannot hold.
fn lks_decimaal(
    minimumloon: Money,
    grondslag: LksGrondslag,
    werkgeverslasten: Percentage,
    uren: Decimal,
    referentie_uren: Decimal,
) -> Result<(bool, Decimal), Error> {
    let aandeel = match grondslag {
        LksGrondslag::Loonwaarde(lw) => Decimal::ONE - lw.fraction(),
        LksGrondslag::Forfaitair => FORFAITAIR_AANDEEL,
    };
    let overflow = || Error::Overflow {
        operation: "loonkostensubsidie",
    };
    let bedrag = minimumloon
        .amount()
        .checked_mul(MET_VAKANTIEBIJSLAG)
        .and_then(|x| x.checked_mul(aandeel.min(MAXIMUM_AANDEEL)))
        .and_then(|x| x.checked_mul(Decimal::ONE + werkgeverslasten.fraction()))
        .and_then(|x| x.checked_mul(uren))
        .and_then(|x| x.checked_div(referentie_uren))
        .ok_or_else(overflow)?;
    Ok((aandeel > MAXIMUM_AANDEEL, Rounding::Cents.apply(bedrag)))
}

/// The first day after the flat route: the job's start plus 6 months (art. 10d lid 5).
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(participatiewet::loonwaarde::forfaitair_einde(d(2024, 8, 31))?, d(2025, 2, 28));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn forfaitair_einde(begindatum: NaiveDate) -> Result<NaiveDate, Error> {
    add_months(begindatum, FORFAITAIRE_MAANDEN, MonthEnd::LastDay)
}

impl LksBerekening {
    /// `basis` = minimum wage × 1.08 (WML plus 8% holiday allowance), unrounded.
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.basis() }
    /// ```
    #[must_use]
    pub fn basis(&self) -> Decimal {
        self.minimumloon.amount() * MET_VAKANTIEBIJSLAG
    }

    /// The wage part before the 70% cap: basis − loonwaarde × basis, or 50% of basis on the
    /// flat route.
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.loonkosten_ongemaximeerd() }
    /// ```
    #[must_use]
    pub fn loonkosten_ongemaximeerd(&self) -> Decimal {
        let basis = self.basis();
        match self.grondslag {
            LksGrondslag::Loonwaarde(lw) => basis - basis * lw.fraction(),
            LksGrondslag::Forfaitair => basis * FORFAITAIR_AANDEEL,
        }
    }

    /// The wage part after the 70% cap.
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.loonkosten() }
    /// ```
    #[must_use]
    pub fn loonkosten(&self) -> Decimal {
        self.loonkosten_ongemaximeerd()
            .min(self.basis() * MAXIMUM_AANDEEL)
    }

    /// The full-time monthly subsidy: wage part × (1 + werkgeverslasten), unrounded.
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.voltijd() }
    /// ```
    #[must_use]
    pub fn voltijd(&self) -> Decimal {
        self.loonkosten() * (Decimal::ONE + self.werkgeverslasten.fraction())
    }

    /// The hours factor: hours counted / reference hours (36 from 2024, the normal full-time
    /// hours before).
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.urenfactor() }
    /// ```
    #[must_use]
    pub fn urenfactor(&self) -> Decimal {
        self.uren / self.referentie_uren
    }

    /// The grounds of this calculation (allocates).
    ///
    /// ```
    /// # use participatiewet::LksBerekening;
    /// # fn f(b: &LksBerekening) { let _ = b.grounds(); }
    /// ```
    #[must_use]
    pub fn grounds(&self) -> Vec<Ground> {
        let r2 = |d: Decimal| Rounding::Cents.apply(d);
        let mut g = vec![Ground::new(
            WMM_ART_15,
            format!(
                "basis = minimum wage {} (in force on {}) × 1.08 = {}",
                self.minimumloon,
                self.referentiedatum,
                r2(self.basis())
            ),
        )];
        if self.referentiedatum != self.peildatum && self.peildatum >= STROOMLIJNING_VANAF {
            g.push(Ground::new(
                ART_10D_LID_7,
                format!(
                    "the LKS is re-fixed on 1 January with the minimum wage; minimum wage of {} used",
                    self.referentiedatum
                ),
            ));
        }
        match self.grondslag {
            LksGrondslag::Loonwaarde(lw) => g.push(Ground::new(
                ART_10D_LID_4,
                format!(
                    "wage part = basis − loonwaarde {lw} × basis = {}{}",
                    r2(self.loonkosten_ongemaximeerd()),
                    if self.maximum_bereikt {
                        format!(", capped at 70% of basis = {}", r2(self.loonkosten()))
                    } else {
                        String::new()
                    }
                ),
            )),
            LksGrondslag::Forfaitair => g.push(Ground::new(
                ART_10D_LID_5,
                format!(
                    "flat route (first 6 months): 50% of basis = {}",
                    r2(self.loonkosten())
                ),
            )),
        }
        g.push(Ground::new(
            REGELING_ART_1,
            format!(
                "plus werkgeverslasten {}: full-time {}",
                self.werkgeverslasten,
                r2(self.voltijd())
            ),
        ));
        let uren_cit = if self.peildatum >= UREN_36_VANAF {
            "pro rata against 36 hours a week (hours capped at the normal full-time hours)"
        } else {
            "pro rata against the normal working hours when fewer are agreed"
        };
        g.push(Ground::new(
            match self.grondslag {
                LksGrondslag::Loonwaarde(_) => ART_10D_LID_4,
                LksGrondslag::Forfaitair => ART_10D_LID_5,
            },
            format!(
                "{uren_cit}: {} / {} hours: monthly LKS {}",
                self.uren.normalize(),
                self.referentie_uren.normalize(),
                self.bedrag
            ),
        ));
        g
    }
}

/// The monthly LKS with its grounds, or why there is none.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Dienstbetrekking, LksGrondslag, Parameters, loonkostensubsidie};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::new(d(1990, 5, 1), "36".parse()?, "36".parse()?, d(2024, 2, 1), true)?;
/// let e = loonkostensubsidie(&job, LksGrondslag::Loonwaarde("60".parse()?), d(2024, 3, 1), &Parameters::bundled())?;
/// assert!(!e.is_eligible()); // Wsw job
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn loonkostensubsidie(
    baan: &Dienstbetrekking,
    grondslag: LksGrondslag,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Eligibility<Decision<Money>>, Error> {
    Ok(match lks_berekenen(baan, grondslag, peildatum, params)? {
        LksUitkomst::Subsidie(b) => {
            Eligibility::Eligible(Decision::with_grounds(b.bedrag, b.grounds()))
        }
        LksUitkomst::Geen(u) => Eligibility::NotEligible(vec![u.ground()]),
    })
}
