//! The IOW (`Wet inkomensvoorziening oudere werklozen`): income for older unemployed people
//! whose WW has run out, from the day after the WW ends until the AOW age, with no asset test
//! and no partner-income test.
//!
//! The right (IOW art. 3 lid 1 and 4): the first day of unemployment lies between
//! 30 September 2006 and 1 January 2028 (both exclusive), the person is 60 years and 4 months
//! or older on that day, met the jareneis of WW art. 42 lid 2 onderdeel a or b on that day,
//! and the WW duration has run out; the right arises on the day after the WW duration expired.
//! The right ends when an exclusion applies, among them the AOW age (IOW art. 6 lid 1
//! onderdeel f, art. 7).
//!
//! The amount (IOW art. 10): `0,7 × (A − B)` per calendar month, A the WW maandloon capped at
//! 10/7 × the Toeslagenwet amount of art. 2 lid 2 onderdeel b onder 1° × 21.75, B the income
//! from work; other income is set off in full.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::WwFeiten;
use super::gronden::{
    IOW_AOW, IOW_BUITEN_VENSTER, IOW_GEEN_JARENEIS, IOW_JARENEIS, IOW_LEEFTIJD,
    IOW_RECHT_AFGEWEZEN, IOW_RECHT_TOEGEKEND, IOW_TE_JONG, IOW_VENSTER, IOW_WW_NIET_VOLLEDIG,
    IOW_WW_VOLLEDIG,
};
use super::uitkeringsduur::Uitkeringsduur;
use crate::citation::{Citation, Regulation};
use crate::date::{BIRTHDAY_RULE, add_days, add_years_months, checked};
use crate::decision::{Decision, Eligibility, Ground, Value};
use crate::error::{Error, Text};
use crate::params::Parameters;
use crate::wire::{Validate, validated_serde, wire_enum};

const fn datum(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The first day of the IOW window: the first day of unemployment must lie after 30 September
/// 2006 (IOW art. 3 lid 1 onderdeel a, "tussen 30 september 2006 en 1 januari 2028").
pub const IOW_VENSTER_VAN: NaiveDate = datum(2006, 10, 1);
/// The last day of the IOW window: before 1 January 2028 (IOW art. 3 lid 1 onderdeel a).
pub const IOW_VENSTER_TOT_EN_MET: NaiveDate = datum(2027, 12, 31);
/// The minimum age on the first day of unemployment: 60 years … (IOW art. 3 lid 1
/// onderdeel b).
pub const IOW_LEEFTIJD_JAREN: u32 = 60;
/// … and 4 months (IOW art. 3 lid 1 onderdeel b).
pub const IOW_LEEFTIJD_MAANDEN: u32 = 4;

const IOW_3_A: &Citation = &Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("a");
const IOW_3_B: &Citation = &Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("b");
const IOW_3_C: &Citation = &Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("c");
const IOW_3_4: &Citation = &Citation::article(Regulation::Iow, "3").lid(4);
const IOW_6_F: &Citation = &Citation::article(Regulation::Iow, "6")
    .lid(1)
    .onderdeel("f");

const IOW_1: &Citation = &Citation::article(Regulation::Iow, "3").lid(1);

/// How the WW ran: for its full duration, or ended earlier (by work, say). The IOW follows
/// only a WW received for its full duration (IOW art. 3 lid 4).
///
/// ```
/// use participatiewet::ww::WwVerloop;
/// assert_eq!(WwVerloop::VolledigeDuur.to_string(), "volledige_duur");
/// assert_eq!("eerder_beeindigd".parse::<WwVerloop>()?, WwVerloop::EerderBeeindigd);
/// assert_eq!(WwVerloop::EerderBeeindigd.label().nl, "eerder beëindigd");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WwVerloop {
    /// The WW was received for its full duration.
    VolledigeDuur,
    /// The WW ended before its full duration.
    EerderBeeindigd,
}

wire_enum!(WwVerloop);

static VERLOOP_VOLLEDIG: crate::Label =
    crate::Label::new("volledige_duur", "volledige duur", "full duration");
static VERLOOP_EERDER: crate::Label =
    crate::Label::new("eerder_beeindigd", "eerder beëindigd", "ended early");

impl WwVerloop {
    /// The course in words, Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, ww::WwVerloop};
    /// assert_eq!(WwVerloop::VolledigeDuur.label().get(Taal::En), "full duration");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static crate::Label {
        match self {
            Self::VolledigeDuur => &VERLOOP_VOLLEDIG,
            Self::EerderBeeindigd => &VERLOOP_EERDER,
        }
    }
}

/// The IOW test with every condition and date. `Copy`; computed by [`iow_recht`] without
/// allocation; [`IowRecht::uitkomst`] is the outcome and [`IowRecht::decision`] adds the
/// grounds.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, Werkverleden, WwFeiten, WwVerloop}};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// // 60 years and 4 months on 2025-01-01, unemployed from 2025-01-06, jareneis met
/// let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?.werkverleden(Werkverleden::doorlopend(2019, 2024, 1800)?);
/// let duur = ww::uitkeringsduur(&f, &p)?;
/// let iow = ww::iow_recht(&f, &duur, WwVerloop::VolledigeDuur, &p)?;
/// assert_eq!(iow.uitkomst().value(), Some(&d(2026, 8, 6)));
/// let json = serde_json::to_string(&iow).unwrap();
/// assert_eq!(serde_json::from_str::<ww::IowRecht>(&json).unwrap(), iow);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct IowRecht {
    eerste_werkloosheidsdag: NaiveDate,
    leeftijdsdatum: NaiveDate,
    jareneis: bool,
    ww_verloop: WwVerloop,
    afgekapt_op_aow: bool,
    ingangsdatum: NaiveDate,
    #[serde(deserialize_with = "super::verplicht")]
    aow_datum: Option<NaiveDate>,
}

validated_serde!(IowRecht);

impl Validate for IowRecht {
    fn validate(&self) -> Result<(), Error> {
        let eerste = checked(self.eerste_werkloosheidsdag, "eerste_werkloosheidsdag")?;
        checked(self.leeftijdsdatum, "leeftijdsdatum")?;
        if checked(self.ingangsdatum, "ingangsdatum")? <= eerste {
            return Err(Error::state(
                "ww::IowRecht",
                Text::new(
                    "de IOW zou niet na de eerste werkloosheidsdag beginnen",
                    "the IOW would not start after the first day of unemployment",
                ),
            ));
        }
        if let Some(aow) = self.aow_datum {
            checked(aow, "aow_datum")?;
        }
        Ok(())
    }
}

impl IowRecht {
    /// The first day of unemployment.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert_eq!(iow.eerste_werkloosheidsdag(), d(2025, 1, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn eerste_werkloosheidsdag(&self) -> NaiveDate {
        self.eerste_werkloosheidsdag
    }

    /// Whether the first day lies in the IOW window (art. 3 lid 1 onderdeel a).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert!(iow.in_venster());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn in_venster(&self) -> bool {
        (IOW_VENSTER_VAN..=IOW_VENSTER_TOT_EN_MET).contains(&self.eerste_werkloosheidsdag)
    }

    /// The day the person is 60 years and 4 months.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert_eq!(iow.leeftijdsdatum(), d(2025, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn leeftijdsdatum(&self) -> NaiveDate {
        self.leeftijdsdatum
    }

    /// Whether the person is 60 years and 4 months or older on the first day (onderdeel b).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert!(iow.oud_genoeg());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn oud_genoeg(&self) -> bool {
        self.leeftijdsdatum <= self.eerste_werkloosheidsdag
    }

    /// Whether the jareneis was met on the first day (onderdeel c).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert!(!iow.jareneis());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn jareneis(&self) -> bool {
        self.jareneis
    }

    /// Whether the WW ran its full duration (art. 3 lid 4): the caller's fact, and the WW not
    /// cut at the AOW age.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::EerderBeeindigd, &p)?;
    /// assert!(!iow.ww_volledig());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn ww_volledig(&self) -> bool {
        self.ww_verloop == WwVerloop::VolledigeDuur && !self.afgekapt_op_aow
    }

    /// The day the IOW would start: the day after the WW duration expired (art. 3 lid 4).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert_eq!(iow.ingangsdatum(), d(2025, 4, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn ingangsdatum(&self) -> NaiveDate {
        self.ingangsdatum
    }

    /// The AOW date, on which the IOW ends (art. 6 lid 1 onderdeel f, art. 7); `None` when the
    /// AOW-age table does not reach that far yet.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, ww::{self, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let p = Parameters::bundled();
    /// # let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?;
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert_eq!(iow.aow_datum(), p.aow_datum(d(1964, 9, 1)).ok());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aow_datum(&self) -> Option<NaiveDate> {
        self.aow_datum
    }

    fn voor_aow(&self) -> bool {
        self.aow_datum.is_none_or(|aow| self.ingangsdatum < aow)
    }

    /// The outcome without grounds: eligible from the start date when every condition is met
    /// and the IOW starts before the AOW date. Never allocates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, ww::{self, Werkverleden, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let p = Parameters::bundled();
    /// // born 1964-01-15: 60 years 4 months on 2024-05-15; unemployed 2024-06-03
    /// let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))?
    ///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// assert_eq!(iow.uitkomst().value(), Some(&d(2026, 6, 3))); // 24 months of WW, then IOW
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn uitkomst(&self) -> Eligibility<NaiveDate> {
        if self.in_venster()
            && self.oud_genoeg()
            && self.jareneis
            && self.ww_volledig()
            && self.voor_aow()
        {
            Eligibility::Eligible(self.ingangsdatum)
        } else {
            Eligibility::NotEligible
        }
    }

    /// The decision with its coded grounds: each condition of IOW art. 3 and the AOW date,
    /// the failing ones as refusal grounds. One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Parameters, Regulation, ww::{self, Werkverleden, WwFeiten, WwVerloop}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let p = Parameters::bundled();
    /// // born 1964-01-16: 60 years 4 months only on 2024-05-16, one day after the first day
    /// let f = WwFeiten::new(d(1964, 1, 16), d(2024, 5, 15))?
    ///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, WwVerloop::VolledigeDuur, &p)?;
    /// let decision = iow.decision();
    /// let reasons: Vec<_> = decision.reasons().collect();
    /// assert_eq!(reasons.len(), 1);
    /// assert_eq!(reasons[0].citation(), &Citation::article(Regulation::Iow, "3").lid(1).onderdeel("b"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<NaiveDate>> {
        let uitkomst = self.uitkomst();
        let outcome = match uitkomst {
            Eligibility::Eligible(datum) => {
                Ground::new(&IOW_RECHT_TOEGEKEND, IOW_1, [Value::Date(datum)])
            }
            _ => Ground::new(&IOW_RECHT_AFGEWEZEN, IOW_1, []),
        };
        let mut d = Decision::with_capacity(uitkomst, outcome, 5);
        let eerste = Value::Date(self.eerste_werkloosheidsdag);
        d.push(if self.in_venster() {
            Ground::new(&IOW_VENSTER, IOW_3_A, [eerste])
        } else {
            Ground::new(&IOW_BUITEN_VENSTER, IOW_3_A, [eerste])
        });
        let leeftijd = [Value::Date(self.leeftijdsdatum), eerste];
        d.push(if self.oud_genoeg() {
            Ground::new(&IOW_LEEFTIJD, IOW_3_B, leeftijd)
        } else {
            Ground::new(&IOW_TE_JONG, IOW_3_B, leeftijd)
        });
        d.push(if self.jareneis {
            Ground::new(&IOW_JARENEIS, IOW_3_C, [])
        } else {
            Ground::new(&IOW_GEEN_JARENEIS, IOW_3_C, [])
        });
        let einde = self.ingangsdatum.pred_opt().unwrap_or(self.ingangsdatum);
        d.push(if self.ww_volledig() {
            Ground::new(&IOW_WW_VOLLEDIG, IOW_3_4, [Value::Date(einde)])
        } else {
            Ground::new(&IOW_WW_NIET_VOLLEDIG, IOW_3_4, [])
        });
        if let (false, Some(aow)) = (self.voor_aow(), self.aow_datum) {
            d.push(Ground::new(
                &IOW_AOW,
                IOW_6_F,
                [Value::Date(aow), Value::Date(self.ingangsdatum)],
            ));
        }
        d
    }
}

/// The IOW test for the person in `feiten` whose WW is `duur` and ran as `verloop` says.
/// Never allocates on success.
///
/// Errors only when a date leaves the calendar.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, Werkverleden, WwFeiten, WwVerloop}};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))?
///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
/// let duur = ww::uitkeringsduur(&f, &p)?;
/// assert!(!ww::iow_recht(&f, &duur, WwVerloop::EerderBeeindigd, &p)?.uitkomst().is_eligible());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn iow_recht(
    feiten: &WwFeiten,
    duur: &Uitkeringsduur,
    verloop: WwVerloop,
    params: &Parameters,
) -> Result<IowRecht, Error> {
    let eerste = feiten.eerste_werkloosheidsdag();
    let leeftijdsdatum = add_years_months(
        feiten.geboortedatum(),
        IOW_LEEFTIJD_JAREN,
        IOW_LEEFTIJD_MAANDEN,
        BIRTHDAY_RULE,
    )?;
    let aow_datum = match duur.aow_datum() {
        Some(aow) => Some(aow),
        None => match params.aow_datum(feiten.geboortedatum()) {
            Ok(aow) => Some(aow),
            Err(Error::NotInForce { .. }) => None,
            Err(err) => return Err(err),
        },
    };
    Ok(IowRecht {
        eerste_werkloosheidsdag: eerste,
        leeftijdsdatum,
        jareneis: duur.jareneis().voldaan(),
        ww_verloop: verloop,
        afgekapt_op_aow: duur.afgekapt_op_aow(),
        ingangsdatum: add_days(duur.einddatum_volledige_duur(), 1)?,
        aow_datum,
    })
}
