//! The monthly `loonkostensubsidie` (wage-cost subsidy, LKS) for one job (Pw art. 10d lid 3–7).
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
//!
//! **Exact.** The amount is one exact ratio of integers, rounded once to cents: every input is
//! a validated value (money in cents up to 10^12 euros, hours and percentages with at most four
//! decimals), so the ratio always fits and no input can overflow it or lose precision.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::baan::LksGrondslag;
use super::baan::{Dienstbetrekking, Soort};
use super::besluit::{LksUitkomst, LksWeigering, Uitsluiting};
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::{Decision, Eligibility};
use crate::error::{Error, Text};
use crate::money::{Hours, Money, Percentage, fixed};
use crate::params::{MET_VAKANTIEBIJSLAG, Parameters};
use crate::rounding::{Rounding, ratio};
use crate::wire::{Validate, validated_serde};

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
pub const ART_10D_LID_4: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(4);
/// No LKS for a Wsw job.
pub const ART_10D_LID_3: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(3);
/// The flat route.
pub const ART_10D_LID_5: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(5);
/// Re-indexation per 1 January.
pub const ART_10D_LID_7: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(7);
/// Werkgeverslasten allowance.
pub const REGELING_ART_1: &Citation =
    &Citation::article(Regulation::RegelingLoonkostensubsidie2021, "1");
/// Holiday allowance on the minimum wage.
pub const WMM_ART_15: &Citation = &Citation::article(Regulation::Wmm, "15");
/// The minimum wage by age.
pub const WMM_ART_8: &Citation = &Citation::article(Regulation::Wmm, "8");

/// The first day after the flat route: the job's start plus 6 months (art. 10d lid 5).
///
/// ```
/// use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(participatiewet::loonwaarde::forfaitair_einde(d(2024, 8, 31))?, d(2025, 2, 28));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn forfaitair_einde(begindatum: NaiveDate) -> Result<NaiveDate, Error> {
    add_months(begindatum, FORFAITAIRE_MAANDEN, MonthEnd::LastDay)
}

/// 100% at four decimals.
pub(super) const HEEL: i64 = 1_000_000;
/// 70% at four decimals.
pub(super) const MAXIMUM: i64 = 700_000;
/// 50% at four decimals.
const FORFAITAIR: i64 = 500_000;

/// 36 hours at four decimals.
const UREN_36: i64 = 360_000;

/// The exact factors of one calculation: money in cents, shares and hours at four decimals.
/// The basis (minimum wage with holiday allowance) is the ratio `basis / basis_noemer`.
///
/// Each factor fits 64 bits by the bounds of its type ([`Money::MAX`] in cents times 108,
/// shares up to 200% and hours up to 168 at four decimals), and so does the product of share,
/// allowance and hours (at most 3.4 × 10¹⁸); the amount is then one 64 × 64 → 128-bit product
/// over one 128-bit denominator, which cannot overflow. The multiplications stay checked.
#[derive(Clone, Copy)]
pub(super) struct Factoren {
    basis: i64,
    basis_noemer: i64,
    aandeel: i64,
    lasten: i64,
    uren: i64,
    referentie: i64,
}

impl Factoren {
    fn new(
        minimumloon: Money,
        aandeel: i64,
        werkgeverslasten: Percentage,
        uren: Hours,
        referentie: i64,
    ) -> Option<Self> {
        (referentie > 0).then_some(())?;
        let (vakantie, vakantie_noemer) = ratio(MET_VAKANTIEBIJSLAG)?;
        Some(Self {
            basis: fixed(minimumloon.amount(), 2)?.checked_mul(i64::try_from(vakantie).ok()?)?,
            basis_noemer: i64::try_from(vakantie_noemer).ok()?.checked_mul(100)?,
            aandeel,
            lasten: HEEL.checked_add(fixed(werkgeverslasten.value(), 4)?)?,
            uren: fixed(uren.value(), 4)?,
            referentie,
        })
    }

    /// `basis × aandeel/HEEL [× lasten/HEEL] [× uren/referentie]`, rounded to cents once.
    fn bedrag(self, lasten: bool, uren: bool) -> Option<Money> {
        let mut factor = self.aandeel;
        let mut noemer = self.basis_noemer.checked_mul(HEEL)?;
        if lasten {
            factor = factor.checked_mul(self.lasten)?;
            noemer = noemer.checked_mul(HEEL)?;
        }
        let mut den = i128::from(noemer);
        if uren {
            factor = factor.checked_mul(self.uren)?;
            den = den.checked_mul(i128::from(self.referentie))?;
        }
        let num = i128::from(self.basis).checked_mul(i128::from(factor))?;
        Rounding::Cents.apply_ratio(num, den)
    }
}

/// The LKS calculation: its inputs and the amount, `Copy`, no heap. Its fields are private and
/// checked together ([`Validate`]: the stored amount is the amount its inputs give), so a
/// stored calculation that reads back is one the crate made.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, LksUitkomst, Soort, lks_berekenen};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
///     .uren_per_week("36".parse()?).voltijd_uren("36".parse()?).soort(Soort::Regulier).build()?;
/// let u = lks_berekenen(&job, LksGrondslag::Loonwaarde("60".parse()?), d(2024, 3, 1), &Parameters::bundled())?;
/// let LksUitkomst::Subsidie(b) = u else { unreachable!() };
/// assert_eq!(b.basis().to_string(), "2234.95");
/// assert_eq!(b.bedrag().to_string(), "1104.07");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct LksBerekening {
    pub(super) peildatum: NaiveDate,
    pub(super) referentiedatum: NaiveDate,
    pub(super) begindatum: NaiveDate,
    pub(super) grondslag: LksGrondslag,
    pub(super) minimumloon: Money,
    pub(super) minimumloon_rij: NaiveDate,
    pub(super) werkgeverslasten: Percentage,
    pub(super) werkgeverslasten_rij: NaiveDate,
    pub(super) uren: Hours,
    pub(super) voltijd_uren: Hours,
    pub(super) maximum_bereikt: bool,
    pub(super) bedrag: Money,
}

validated_serde!(LksBerekening);

fn invalid(reason: Text) -> Error {
    Error::state("loonwaarde::LksBerekening", reason)
}

impl Validate for LksBerekening {
    fn validate(&self) -> Result<(), Error> {
        for (d, field) in [
            (self.peildatum, "peildatum"),
            (self.referentiedatum, "referentiedatum"),
            (self.begindatum, "begindatum"),
            (self.minimumloon_rij, "minimumloon_rij"),
            (self.werkgeverslasten_rij, "werkgeverslasten_rij"),
        ] {
            crate::date::checked(d, field)?;
        }
        if self.begindatum > self.referentiedatum || self.referentiedatum > self.peildatum {
            return Err(invalid(Text::new(
                "de data liggen niet in de volgorde begindatum, referentiedatum, peildatum",
                "the dates are not in the order begindatum, referentiedatum, peildatum",
            )));
        }
        if self.voltijd_uren.value().is_zero() || self.uren > self.voltijd_uren {
            return Err(invalid(Text::new(
                "de uren zijn meer dan de normale arbeidsduur, of die is 0",
                "the hours exceed the normal full-time hours, or those are zero",
            )));
        }
        if self.grondslag == LksGrondslag::Loonwaarde(Percentage::HUNDRED) {
            return Err(invalid(Text::new(
                "bij een loonwaarde van 100% is er geen loonkostensubsidie",
                "a loonwaarde of 100% gives no subsidy",
            )));
        }
        if self.factoren().and_then(Self::uitkomst) != Some((self.maximum_bereikt, self.bedrag)) {
            return Err(invalid(Text::new(
                "het bedrag volgt niet uit de gegevens van de berekening",
                "the amount does not follow from the calculation's inputs",
            )));
        }
        Ok(())
    }
}

impl LksBerekening {
    /// The reference hours: 36 from 2024, the normal full-time hours before.
    fn referentie(&self) -> Hours {
        if self.peildatum >= UREN_36_VANAF {
            Hours::new(REFERENTIE_UREN).unwrap_or(Hours::WEEK)
        } else {
            self.voltijd_uren
        }
    }

    /// The reference hours at four decimals.
    fn referentie_vast(&self) -> Option<i64> {
        if self.peildatum >= UREN_36_VANAF {
            Some(UREN_36)
        } else {
            fixed(self.voltijd_uren.value(), 4)
        }
    }

    /// The share of the basis before the cap, at four decimals.
    pub(super) fn aandeel(&self) -> Option<i64> {
        match self.grondslag {
            LksGrondslag::Loonwaarde(lw) => HEEL.checked_sub(fixed(lw.value(), 4)?),
            LksGrondslag::Forfaitair => Some(FORFAITAIR),
        }
    }

    pub(super) fn factoren(&self) -> Option<Factoren> {
        Factoren::new(
            self.minimumloon,
            self.aandeel()?,
            self.werkgeverslasten,
            self.uren,
            self.referentie_vast()?,
        )
    }

    /// Whether the cap binds, and the amount.
    fn uitkomst(f: Factoren) -> Option<(bool, Money)> {
        let bereikt = f.aandeel > MAXIMUM;
        let f = Factoren {
            aandeel: f.aandeel.min(MAXIMUM),
            ..f
        };
        Some((bereikt, f.bedrag(true, true)?))
    }

    /// An amount of the calculation with the share `aandeel` (or the calculation's own, capped),
    /// with or without the allowance and the hours factor; zero only for an impossible input.
    fn deel(&self, aandeel: Option<i64>, lasten: bool, uren: bool) -> Money {
        Self::deel_van(self.factoren(), aandeel, lasten, uren)
    }

    /// [`Self::deel`] of factors computed once.
    pub(super) fn deel_van(
        f: Option<Factoren>,
        aandeel: Option<i64>,
        lasten: bool,
        uren: bool,
    ) -> Money {
        f.and_then(|f| {
            let aandeel = aandeel.unwrap_or(f.aandeel.min(MAXIMUM));
            Factoren { aandeel, ..f }.bedrag(lasten, uren)
        })
        .unwrap_or(Money::ZERO)
    }

    /// The peildatum.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> chrono::NaiveDate { b.peildatum() }
    /// ```
    #[must_use]
    pub const fn peildatum(&self) -> NaiveDate {
        self.peildatum
    }

    /// The date whose minimum wage is used (see module docs, art. 10d lid 7).
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> chrono::NaiveDate { b.referentiedatum() }
    /// ```
    #[must_use]
    pub const fn referentiedatum(&self) -> NaiveDate {
        self.referentiedatum
    }

    /// The route.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{LksBerekening, LksGrondslag};
    /// # fn f(b: &LksBerekening) -> LksGrondslag { b.grondslag() }
    /// ```
    #[must_use]
    pub const fn grondslag(&self) -> LksGrondslag {
        self.grondslag
    }

    /// The monthly minimum wage for the employee's age on the reference date: the
    /// `wettelijk minimumloon` of Participatiewet art. 2 (WMM art. 8 lid 1 b; below the adult
    /// age of the youth scale the youth percentage of it, rounded to 5 cents until 2023 and kept
    /// to the cent from 2024).
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.minimumloon() }
    /// ```
    #[must_use]
    pub const fn minimumloon(&self) -> Money {
        self.minimumloon
    }

    /// Whether the 70% cap bound.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> bool { b.maximum_bereikt() }
    /// ```
    #[must_use]
    pub const fn maximum_bereikt(&self) -> bool {
        self.maximum_bereikt
    }

    /// The werkgeverslasten percentage in force.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Percentage { b.werkgeverslasten() }
    /// ```
    #[must_use]
    pub const fn werkgeverslasten(&self) -> Percentage {
        self.werkgeverslasten
    }

    /// The hours counted: the agreed hours, at most the normal full-time hours.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Hours { b.uren() }
    /// ```
    #[must_use]
    pub const fn uren(&self) -> Hours {
        self.uren
    }

    /// The reference hours: 36 from 2024, the normal full-time hours before.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Hours { b.referentie_uren() }
    /// ```
    #[must_use]
    pub fn referentie_uren(&self) -> Hours {
        self.referentie()
    }

    /// The monthly LKS, rounded to cents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.bedrag() }
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Money {
        self.bedrag
    }

    /// `basis` = minimum wage × 1.08 (WML plus 8% holiday allowance), rounded to cents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.basis() }
    /// ```
    #[must_use]
    pub fn basis(&self) -> Money {
        self.deel(Some(HEEL), false, false)
    }

    /// The wage part before the 70% cap: basis − loonwaarde × basis, or 50% of basis on the
    /// flat route; rounded to cents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.loonkosten_ongemaximeerd() }
    /// ```
    #[must_use]
    pub fn loonkosten_ongemaximeerd(&self) -> Money {
        self.deel(self.aandeel(), false, false)
    }

    /// The wage part after the 70% cap, rounded to cents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.loonkosten() }
    /// ```
    #[must_use]
    pub fn loonkosten(&self) -> Money {
        self.deel(None, false, false)
    }

    /// The full-time monthly subsidy: wage part × (1 + werkgeverslasten), rounded to cents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> participatiewet::Money { b.voltijd() }
    /// ```
    #[must_use]
    pub fn voltijd(&self) -> Money {
        self.deel(None, true, false)
    }

    /// The legal maximum for these hours: 70% of basis × (1 + werkgeverslasten) × the hours
    /// factor, rounded to cents. The amount is never above it.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> bool { b.bedrag() <= b.maximum() }
    /// ```
    #[must_use]
    pub fn maximum(&self) -> Money {
        self.deel(Some(MAXIMUM), true, true)
    }

    /// The hours factor: hours counted / reference hours.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> rust_decimal::Decimal { b.urenfactor() }
    /// ```
    #[must_use]
    pub fn urenfactor(&self) -> Decimal {
        self.uren
            .value()
            .checked_div(self.referentie().value())
            .unwrap_or(Decimal::ZERO)
    }
}

/// The LKS calculation without grounds: no heap allocation.
///
/// Errors when `peildatum` is outside the crate's date range or before the job's start, or a
/// parameter is not in force.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, Soort, lks_berekenen};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
///     .uren_per_week("36".parse()?).voltijd_uren("36".parse()?).soort(Soort::Regulier).build()?;
/// let u = lks_berekenen(&job, LksGrondslag::Loonwaarde("60".parse()?), d(2024, 3, 1), &Parameters::bundled())?;
/// // 2069.40 × 1.08 = 2234.952; × 40% = 893.9808; × 1.235 = 1104.0663 -> 1104.07
/// assert_eq!(u.bedrag().unwrap().to_string(), "1104.07");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn lks_berekenen(
    baan: &Dienstbetrekking,
    grondslag: LksGrondslag,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<LksUitkomst, Error> {
    berekenen(baan, grondslag, peildatum, params).map(|(uitkomst, _)| uitkomst)
}

/// [`lks_berekenen`] with the exact factors of a subsidy, so that its decision does not work
/// them out again.
fn berekenen(
    baan: &Dienstbetrekking,
    grondslag: LksGrondslag,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<(LksUitkomst, Option<Factoren>), Error> {
    let peildatum = crate::date::checked(peildatum, "peildatum")?;
    let begindatum = baan.begindatum();
    if peildatum < begindatum {
        return Err(Error::facts(
            "peildatum",
            Text::new(
                "de peildatum ligt vóór het begin van de dienstbetrekking",
                "the peildatum is before the job starts",
            ),
        ));
    }
    let geen = |uitsluiting| {
        Ok((
            LksUitkomst::Geen(LksWeigering::new(uitsluiting, begindatum, peildatum)),
            None,
        ))
    };
    if baan.soort() == Soort::Wsw {
        return geen(Uitsluiting::Wsw);
    }
    let aandeel = match grondslag {
        LksGrondslag::Loonwaarde(lw) if lw == Percentage::HUNDRED => {
            return geen(Uitsluiting::LoonwaardeVol);
        }
        LksGrondslag::Forfaitair if begindatum < STROOMLIJNING_VANAF => {
            return geen(Uitsluiting::ForfaitairVoorStroomlijning);
        }
        LksGrondslag::Forfaitair if peildatum >= forfaitair_einde(begindatum)? => {
            return geen(Uitsluiting::ForfaitaireTermijnVerstreken);
        }
        LksGrondslag::Forfaitair => FORFAITAIR,
        LksGrondslag::Loonwaarde(lw) => fixed(lw.value(), 4)
            .and_then(|n| HEEL.checked_sub(n))
            .ok_or_else(|| Error::overflow("loonkostensubsidie"))?,
    };
    let referentiedatum = if peildatum >= STROOMLIJNING_VANAF {
        NaiveDate::from_ymd_opt(peildatum.year(), 1, 1)
            .unwrap_or(peildatum)
            .max(begindatum)
    } else {
        peildatum
    };
    // The monthly minimum wage for the employee's age (Pw art. 2: WMM art. 8 lid 1 b, and for
    // a werknemer under 21 the youth percentage of WMM art. 8 lid 3 with the Besluit
    // minimumjeugdloon), with its row; the rounding is the Besluit's of the date.
    let wml = params.wml_per_maand.at(referentiedatum)?;
    let leeftijd = crate::date::age_on(baan.geboortedatum(), referentiedatum)?;
    let jeugd = params
        .minimumjeugdloon
        .at(referentiedatum)?
        .value
        .percentage(leeftijd)?;
    let minimumloon = crate::params::minimumjeugdloon_per_maand(wml.value, jeugd, referentiedatum)?;
    let lasten = params.werkgeverslasten.at(peildatum)?;
    let uren = baan.uren_per_week().min(baan.voltijd_uren());
    let mut berekening = LksBerekening {
        peildatum,
        referentiedatum,
        begindatum,
        grondslag,
        minimumloon,
        minimumloon_rij: wml.valid_from,
        werkgeverslasten: lasten.value,
        werkgeverslasten_rij: lasten.valid_from,
        uren,
        voltijd_uren: baan.voltijd_uren(),
        maximum_bereikt: false,
        bedrag: Money::ZERO,
    };
    let factoren = berekening
        .referentie_vast()
        .and_then(|referentie| Factoren::new(minimumloon, aandeel, lasten.value, uren, referentie));
    let (bereikt, bedrag) = factoren
        .and_then(LksBerekening::uitkomst)
        .ok_or_else(|| Error::overflow("loonkostensubsidie"))?;
    berekening.maximum_bereikt = bereikt;
    berekening.bedrag = bedrag;
    Ok((LksUitkomst::Subsidie(berekening), factoren))
}

/// The monthly LKS as a decision with its coded grounds, or a refusal with its reason: the
/// value path ([`lks_berekenen`]) and [`LksUitkomst::decision`] in one call.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, Soort, loonkostensubsidie};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
///     .uren_per_week("36".parse()?).voltijd_uren("36".parse()?).soort(Soort::Wsw).build()?;
/// let e = loonkostensubsidie(&job, LksGrondslag::Loonwaarde("60".parse()?), d(2024, 3, 1), &Parameters::bundled())?;
/// assert!(!e.value().is_eligible());
/// assert!(e.has("lks_wsw"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn loonkostensubsidie(
    baan: &Dienstbetrekking,
    grondslag: LksGrondslag,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Decision<Eligibility<Money>>, Error> {
    Ok(match berekenen(baan, grondslag, peildatum, params)? {
        (LksUitkomst::Subsidie(berekening), factoren) => berekening.decision_met(factoren),
        (uitkomst, _) => uitkomst.decision(),
    })
}
