//! The duration and end date of WW (`uitkeringsduur`, WW art. 42).
//!
//! # Months and half months
//!
//! The duration is a number of months, possibly with a half month. The end date is computed
//! from the day the right arose (art. 42 lid 1: "te rekenen vanaf de eerste dag waarop het
//! recht op uitkering is ontstaan"):
//!
//! - whole months are added with [`add_months`] under [`MAAND_EINDE`] =
//!   [`MonthEnd::NextDay`]: a right from 31 January runs one month up to and including the last
//!   day of February (31 January + 1 month = 1 March, exclusive). The law names no rule for a
//!   day that does not exist in the target month; this one never shortens a month;
//! - a remaining half month adds 15 calendar days after the whole months (art. 42 lid 2,
//!   last sentence: "telt een halve maand voor 15 kalenderdagen");
//! - the last day with WW is the day before the day so reached;
//! - the right ends on the day the AOW age is reached (art. 19 lid 1 onderdeel i with
//!   art. 20 lid 1 onderdeel a), so the last day is at most the day before the AOW date.
//!
//! The calculation is [`uitkeringsduur`]: a `Copy` result with every intermediate number and
//! no allocation; [`Uitkeringsduur::decision`] adds the grounds.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::recht::{AOW_ONDERGRENS_JAREN, WwFeiten};
use super::werkverleden::{Arbeidsverleden, Jareneis, arbeidsverleden, jareneis};
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months, age_on};
use crate::decision::legacy::{Decision, Ground};
use crate::error::Error;
use crate::params::Parameters;

/// The minimum duration: 3 months (WW art. 42 lid 1), also the duration when only the
/// wekeneis is met.
pub const MINIMUM_MAANDEN: u8 = 3;
/// The maximum duration: 24 months (WW art. 42 lid 1, from 2016-01-01).
pub const MAXIMUM_MAANDEN: u8 = 24;
/// The maximum before the Wet werk en zekerheid: 38 months (WW art. 42 lid 1 as it read on
/// 2015-12-31, which keeps applying to a first day of unemployment before 2016 under
/// art. 130z lid 1). Also the cap on A in the 2016–2019 phase-in.
pub const MAXIMUM_MAANDEN_VOOR_2016: u8 = 38;
/// The first 10 years of arbeidsverleden count a whole month each (WW art. 42 lid 2,
/// "niet meer dan tien kalenderjaren").
pub const VOLLE_MAAND_JAREN: u8 = 10;
/// A remaining half month counts as 15 calendar days (WW art. 42 lid 2, last sentence).
pub const HALVE_MAAND_DAGEN: u8 = 15;
/// The month-end rule of the end date: see the module docs.
pub const MAAND_EINDE: MonthEnd = MonthEnd::NextDay;

const fn datum(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The commencement of the new duration rules of the Wet werk en zekerheid: 2016-01-01.
pub const WWZ_INGANG: NaiveDate = datum(2016, 1, 1);
/// The first day of unemployment from which the phase-in no longer applies: 2019-04-01
/// (from then the maximum is 24 months for everyone).
pub const OVERGANG_EINDE: NaiveDate = datum(2019, 4, 1);

const ART_42_1: Citation = Citation::article(Regulation::Werkloosheidswet, "42").lid(1);
const ART_42_2: Citation = Citation::article(Regulation::Werkloosheidswet, "42").lid(2);
const ART_42_6: Citation = Citation::article(Regulation::Werkloosheidswet, "42").lid(6);
const ART_42A: Citation = Citation::article(Regulation::Werkloosheidswet, "42a");
const ART_130Z: Citation = Citation::article(Regulation::Werkloosheidswet, "130z").lid(1);
const ART_19_I: Citation = Citation::article(Regulation::Werkloosheidswet, "19")
    .lid(1)
    .onderdeel("i");

/// Which rule set the duration.
///
/// ```
/// use participatiewet::Duurregel;
/// assert_eq!(serde_json::to_string(&Duurregel::Overgangsrecht).unwrap(), "\"overgangsrecht\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Duurregel {
    /// Only the wekeneis is met: 3 months (art. 42 lid 1 and 2).
    Wekeneis,
    /// The jareneis is met: months from the arbeidsverleden, at most 24 (art. 42 lid 2).
    Arbeidsverleden,
    /// The jareneis is met, the first day is from 2016-01-01 to 2019-03-31 and the phase-in of
    /// the Wet werk en zekerheid raises the maximum to `A − B` months, above 24.
    Overgangsrecht,
    /// The jareneis is met and the first day is before 2016: one month per year of
    /// arbeidsverleden, at most 38 (art. 42 as it read on 2015-12-31, art. 130z lid 1).
    Voor2016,
}

/// The numbers of the 2016–2019 phase-in: the maximum is `A − B` months, at least 24.
///
/// ```
/// use participatiewet::Overgang;
/// // 38 years on 2016-01-01, first day in 2017-Q1 (the 5th quarter)
/// let o = Overgang::new(38, chrono::NaiveDate::from_ymd_opt(2017, 2, 1).unwrap());
/// assert_eq!((o.a, o.b, o.maximum), (38, 5, 33));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Overgang {
    /// A: the years of arbeidsverleden built up on 2016-01-01, at most 38.
    pub a: u8,
    /// B: the calendar quarters from 2016-Q1 up to and including that of the first day.
    pub b: u8,
    /// The maximum in force: `A − B`, at least 24.
    pub maximum: u8,
}

impl Overgang {
    /// The phase-in numbers for `jaren_voor_2016` years built up before 2016 and a first day
    /// of unemployment `eerste_werkloosheidsdag`.
    ///
    /// ```
    /// use participatiewet::Overgang;
    /// let o = Overgang::new(20, chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap());
    /// assert_eq!(o.maximum, 24); // 20 - 1 = 19, at least 24
    /// ```
    #[must_use]
    pub fn new(jaren_voor_2016: u8, eerste_werkloosheidsdag: NaiveDate) -> Self {
        let a = jaren_voor_2016.min(MAXIMUM_MAANDEN_VOOR_2016);
        let kwartalen = (eerste_werkloosheidsdag.year() - WWZ_INGANG.year()) * 4
            + i32::try_from(eerste_werkloosheidsdag.month0() / 3).unwrap_or(0)
            + 1;
        let b = u8::try_from(kwartalen.clamp(0, i32::from(u8::MAX))).unwrap_or(u8::MAX);
        Self {
            a,
            b,
            maximum: a.saturating_sub(b).max(MAXIMUM_MAANDEN),
        }
    }
}

/// The WW duration and end date, with every intermediate number. `Copy`; computed by
/// [`uitkeringsduur`] without allocation.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, Werkverleden, WwFeiten, ww};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let feiten = WwFeiten::new(d(1990, 3, 1), d(2025, 9, 1))?
///     .werkverleden(Werkverleden::doorlopend(2012, 2024, 1800)?);
/// let duur = ww::uitkeringsduur(&feiten, &Parameters::bundled())?;
/// // 18 in 2008: fictitious years none (after 1997); 2012..=2015 = 4 years before 2016,
/// // 2016..=2024 = 9 years after: 10 × 1 month + 3 × ½ month = 11.5 months
/// assert_eq!((duur.maanden, duur.halve_maand), (11, true));
/// // 2025-09-01 + 11 months = 2026-08-01, + 15 days = 2026-08-16; last day 2026-08-15
/// assert_eq!(duur.einddatum, d(2026, 8, 15));
/// assert!(!duur.afgekapt_op_aow);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Uitkeringsduur {
    /// The first day of unemployment.
    pub eerste_werkloosheidsdag: NaiveDate,
    /// The day the right arose, from which the duration counts (art. 42 lid 1).
    pub ingangsdatum: NaiveDate,
    /// The rule that set the duration.
    pub regel: Duurregel,
    /// The jareneis (art. 42 lid 2 onderdeel a).
    pub jareneis: Jareneis,
    /// The arbeidsverleden (art. 42 lid 4–6, art. 42a).
    pub arbeidsverleden: Arbeidsverleden,
    /// The phase-in numbers, when the jareneis is met and the first day is from 2016-01-01 to
    /// 2019-03-31 (also when they leave the maximum at 24).
    pub overgang: Option<Overgang>,
    /// The duration the arbeidsverleden gives before the minimum and maximum, in half months.
    pub opgebouwde_halve_maanden: u16,
    /// The maximum in force for this first day, in months (24, 38, or the phase-in maximum).
    pub maximum_maanden: u8,
    /// Whole months of the duration (3 up to the maximum).
    pub maanden: u8,
    /// Whether a half month (15 calendar days) comes on top.
    pub halve_maand: bool,
    /// The last day of the full duration, ignoring the AOW age.
    pub einddatum_volledige_duur: NaiveDate,
    /// The last day with WW: the end of the duration, or the day before the AOW date.
    pub einddatum: NaiveDate,
    /// The AOW date, when the person is 65 or older at the end of the full duration (the AOW
    /// age is at least 65, so for younger people it cannot cut the WW).
    pub aow_datum: Option<NaiveDate>,
    /// Whether the WW ends before its full duration because the AOW age is reached.
    pub afgekapt_op_aow: bool,
}

impl Uitkeringsduur {
    /// The first day without WW: the day after [`Uitkeringsduur::einddatum`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 31))?, &Parameters::bundled())?;
    /// assert_eq!(duur.einddatum, d(2025, 4, 30)); // 3 months from 31 January
    /// assert_eq!(duur.dag_na_einde(), d(2025, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn dag_na_einde(&self) -> NaiveDate {
        self.einddatum.succ_opt().unwrap_or(self.einddatum)
    }

    /// The duration in half months (for comparison and sorting): `2 × maanden + halve_maand`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?, &Parameters::bundled())?;
    /// assert_eq!(duur.halve_maanden(), 6);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn halve_maanden(&self) -> u16 {
        self.maanden as u16 * 2 + self.halve_maand as u16
    }

    /// The duration with its grounds: the jareneis, the arbeidsverleden, the rule, the
    /// minimum and maximum, the end date and the AOW cut.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Parameters, Regulation, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?, &Parameters::bundled())?;
    /// let decision = duur.decision();
    /// assert!(decision.cites(&Citation::article(Regulation::Werkloosheidswet, "42").lid(1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Uitkeringsduur> {
        let j = &self.jareneis;
        let a = &self.arbeidsverleden;
        let mut grounds = vec![if j.arbeidsongeschiktheidsuitkering {
            Ground::new(
                Jareneis::CITATION_ARBEIDSONGESCHIKTHEID,
                "jareneis met: a right to a disability benefit before or on the first day of \
                 unemployment",
            )
        } else {
            Ground::new(
                Jareneis::CITATION,
                format!(
                    "jareneis: wage in {} of the calendar years {}–{}; at least 4 required: {}",
                    j.jaren_met_loon,
                    j.van,
                    j.tot_en_met,
                    if j.voldaan { "met" } else { "not met" }
                ),
            )
        }];
        if j.voldaan {
            grounds.push(Ground::new(
                ART_42_6,
                format!(
                    "arbeidsverleden {} years: {} fictitious (18th birthday to 1997), {} \
                     before 2016 and {} from 2016 with wage",
                    a.jaren(),
                    a.fictieve_jaren,
                    a.feitelijke_jaren_voor_2016,
                    a.feitelijke_jaren_na_2015
                ),
            ));
            if a.halve_jaren_voor_2016 > 0 || a.halve_jaren_na_2015 > 0 {
                grounds.push(Ground::new(
                    ART_42A,
                    format!(
                        "{} care years count half; {} whole years before 2016 and {} from \
                         2016 after rounding (art. 42 lid 4 and 5)",
                        u16::from(a.halve_jaren_voor_2016) + u16::from(a.halve_jaren_na_2015),
                        a.jaren_voor_2016,
                        a.jaren_na_2015
                    ),
                ));
            }
        }
        self.regel_grounds(&mut grounds);
        grounds.push(Ground::new(
            ART_42_1,
            format!(
                "duration {} months (at least {MINIMUM_MAANDEN}, at most {}) from {}: last day \
                 {}",
                format_halve(self.halve_maanden()),
                self.maximum_maanden,
                self.ingangsdatum,
                self.einddatum_volledige_duur
            ),
        ));
        if let (true, Some(aow)) = (self.afgekapt_op_aow, self.aow_datum) {
            grounds.push(Ground::new(
                ART_19_I,
                format!(
                    "the AOW age is reached on {aow}: the WW ends then, last day {}",
                    self.einddatum
                ),
            ));
        }
        Decision::with_grounds(*self, grounds)
    }

    /// The grounds of the rule that set the duration.
    fn regel_grounds(&self, grounds: &mut Vec<Ground>) {
        let opgebouwd = format_halve(self.opgebouwde_halve_maanden);
        match self.regel {
            Duurregel::Wekeneis => grounds.push(Ground::new(
                ART_42_1,
                format!("only the wekeneis is met: the minimum of {MINIMUM_MAANDEN} months"),
            )),
            Duurregel::Arbeidsverleden => grounds.push(Ground::new(
                ART_42_2,
                format!(
                    "the first {VOLLE_MAAND_JAREN} years 1 month each (earliest years first), \
                     further years 1 month before 2016 and ½ month from 2016: {opgebouwd} months"
                ),
            )),
            Duurregel::Overgangsrecht => {
                let o = self.overgang.unwrap_or(Overgang {
                    a: 0,
                    b: 0,
                    maximum: MAXIMUM_MAANDEN,
                });
                grounds.push(Ground::new(
                    ART_42_2,
                    format!("the arbeidsverleden gives {opgebouwd} months"),
                ));
                grounds.push(Ground::new(
                    ART_42_1,
                    format!(
                        "phase-in of the Wet werk en zekerheid: maximum A − B = {} − {} = {}, \
                         at least {MAXIMUM_MAANDEN}: {} months",
                        o.a,
                        o.b,
                        i16::from(o.a) - i16::from(o.b),
                        o.maximum
                    ),
                ));
            }
            Duurregel::Voor2016 => grounds.push(Ground::new(
                ART_130Z,
                format!(
                    "first day before 2016: the old art. 42 applies, 1 month per year of \
                     arbeidsverleden: {opgebouwd} months, at most {MAXIMUM_MAANDEN_VOOR_2016}"
                ),
            )),
        }
    }
}

fn format_halve(halve: u16) -> String {
    if halve % 2 == 0 {
        (halve / 2).to_string()
    } else {
        format!("{}.5", halve / 2)
    }
}

/// The duration the arbeidsverleden gives under the current art. 42 lid 2, in half months,
/// before the minimum and maximum: the first 10 years (the earliest, so years before 2016
/// first) a month each; further years before 2016 a month, from 2016 half a month.
fn opbouw_nieuw(a: Arbeidsverleden) -> u16 {
    let voor = u16::from(a.jaren_voor_2016);
    let na = u16::from(a.jaren_na_2015);
    let vol = u16::from(VOLLE_MAAND_JAREN);
    let eerste_tien = (voor + na).min(vol);
    let rest_voor = voor.saturating_sub(vol);
    let rest_na = na.saturating_sub(vol.saturating_sub(voor));
    (eerste_tien + rest_voor) * 2 + rest_na
}

/// The WW duration and end date for `feiten` (WW art. 42, 42a; the AOW age by art. 19 lid 1
/// onderdeel i). Never allocates.
///
/// The function assumes the right exists (see [`super::recht`]); with the jareneis not met
/// the duration is the 3 months of the wekeneis.
///
/// Errors when the AOW age is reached on or before the day the right arose (then there is no
/// WW at all), or when the AOW date is needed and the AOW-age table does not cover it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, Werkverleden, WwFeiten, ww};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // born 1958-06-01, AOW date 2025-06-01; WW from 2024-09-02 would run 24 months
/// let feiten = WwFeiten::new(d(1958, 6, 1), d(2024, 9, 2))?
///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
/// let duur = ww::uitkeringsduur(&feiten, &Parameters::bundled())?;
/// assert_eq!(duur.maanden, 24);
/// assert!(duur.afgekapt_op_aow);
/// assert_eq!(duur.einddatum, d(2025, 5, 31));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn uitkeringsduur(feiten: &WwFeiten, params: &Parameters) -> Result<Uitkeringsduur, Error> {
    let eerste = feiten.eerste_werkloosheidsdag();
    let ingang = feiten.ingangsdatum();
    let mut jareneis = jareneis(feiten.werkverleden_ref(), eerste);
    if feiten.heeft_arbeidsongeschiktheidsuitkering() {
        jareneis = jareneis.met_arbeidsongeschiktheidsuitkering();
    }
    let av = arbeidsverleden(feiten.geboortedatum(), feiten.werkverleden_ref(), eerste);

    let (regel, opgebouwd, maximum, overgang) = if !jareneis.voldaan {
        let max = if eerste < WWZ_INGANG {
            MAXIMUM_MAANDEN_VOOR_2016
        } else {
            MAXIMUM_MAANDEN
        };
        (
            Duurregel::Wekeneis,
            u16::from(MINIMUM_MAANDEN) * 2,
            max,
            None,
        )
    } else if eerste < WWZ_INGANG {
        (
            Duurregel::Voor2016,
            u16::from(av.jaren()) * 2,
            MAXIMUM_MAANDEN_VOOR_2016,
            None,
        )
    } else if eerste < OVERGANG_EINDE {
        // The phase-in decides only when it raises the maximum above 24 (A − B > 24).
        let o = Overgang::new(av.jaren_voor_2016, eerste);
        let regel = if o.maximum > MAXIMUM_MAANDEN {
            Duurregel::Overgangsrecht
        } else {
            Duurregel::Arbeidsverleden
        };
        (regel, opbouw_nieuw(av), o.maximum, Some(o))
    } else {
        (
            Duurregel::Arbeidsverleden,
            opbouw_nieuw(av),
            MAXIMUM_MAANDEN,
            None,
        )
    };
    // Before 2016 only whole months exist; the maximum and minimum are whole months.
    let halve = opgebouwd.clamp(u16::from(MINIMUM_MAANDEN) * 2, u16::from(maximum) * 2);
    let maanden = u8::try_from(halve / 2).unwrap_or(maximum);
    let halve_maand = halve % 2 == 1;

    let mut einde = add_months(ingang, i32::from(maanden), MAAND_EINDE)?;
    if halve_maand {
        einde = add_days(einde, i64::from(HALVE_MAAND_DAGEN))?;
    }
    let einddatum_volledige_duur = add_days(einde, -1)?;

    let aow_datum = if age_on(feiten.geboortedatum(), einde)? >= AOW_ONDERGRENS_JAREN {
        Some(params.aow_datum(feiten.geboortedatum())?)
    } else {
        None
    };
    let mut einddatum = einddatum_volledige_duur;
    let mut afgekapt_op_aow = false;
    if let Some(aow) = aow_datum {
        if aow <= ingang {
            return Err(Error::InvalidFacts {
                field: "geboortedatum".into(),
                reason: format!(
                    "the AOW age is reached on {aow}, on or before the right would arise on \
                     {ingang}: no WW (WW art. 19 lid 1 onderdeel i)"
                )
                .into(),
            });
        }
        if aow <= einddatum {
            einddatum = add_days(aow, -1)?;
            afgekapt_op_aow = true;
        }
    }
    Ok(Uitkeringsduur {
        eerste_werkloosheidsdag: eerste,
        ingangsdatum: ingang,
        regel,
        jareneis,
        arbeidsverleden: av,
        overgang,
        opgebouwde_halve_maanden: opgebouwd,
        maximum_maanden: maximum,
        maanden,
        halve_maand,
        einddatum_volledige_duur,
        einddatum,
        aow_datum,
        afgekapt_op_aow,
    })
}

/// The last day with WW for `feiten`: [`uitkeringsduur`]'s `einddatum`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, WwFeiten, ww};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?;
/// assert_eq!(ww::einddatum(&f, &Parameters::bundled())?, d(2025, 4, 5));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn einddatum(feiten: &WwFeiten, params: &Parameters) -> Result<NaiveDate, Error> {
    Ok(uitkeringsduur(feiten, params)?.einddatum)
}
