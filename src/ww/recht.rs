//! The right to WW (`recht op uitkering`): unemployed (art. 16), the wekeneis (art. 17) and
//! the exclusions (art. 19 lid 1), for the facts in [`WwFeiten`].
//!
//! Art. 16 lid 1 (text in force from 2026-01-01): unemployed is the employee who in a
//! calendar week has at least five working hours fewer than his average, or at most half his
//! average, and is available for work. Art. 17 lid 1: in at least 26 of the 36 calendar weeks
//! immediately before the first day of unemployment at least one working hour a week.
//! Calendar weeks start on Monday (art. 16 lid 7).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::feiten::{AOW_ONDERGRENS_JAREN, WwFeiten};
use super::gronden::{
    WW_AOW_LEEFTIJD, WW_NIET_BESCHIKBAAR, WW_NIET_WERKLOOS, WW_RECHT_AFGEWEZEN, WW_RECHT_TOEGEKEND,
    WW_UITSLUITING, WW_WEKENEIS_NIET_VOLDAAN, WW_WEKENEIS_VOLDAAN, WW_WERKLOOS,
};
use super::uitsluiting::{Uitsluitingen, Uitsluitingsgrond};
use crate::citation::{Citation, Regulation};
use crate::date::{add_days, age_on, checked, monday_of};
use crate::decision::{Decision, Eligibility, Ground, Value};
use crate::error::{Error, Text};
use crate::money::Hours;
use crate::params::Parameters;
use crate::wire::{Validate, validated_serde};

/// The wekeneis: work as an employee in at least 26 … (WW art. 17 lid 1).
pub const WEKENEIS_WEKEN: u8 = 26;
/// … of the 36 calendar weeks before the first day of unemployment (WW art. 17 lid 1).
pub const REFERTEPERIODE_WEKEN: u8 = 36;
/// Unemployed: at least 5 working hours a week lost (WW art. 16 lid 1 onderdeel a) …
pub const MINIMUM_UREN_VERLIES: Decimal = Decimal::from_parts(5, 0, 0, false, 0);
/// … or at most half the hours left (same onderdeel), which decides only for people who
/// worked fewer than 10 hours a week: for them half is less than 5.
pub const KLEINE_BAAN_UREN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

const ART_16: &Citation = &Citation::article(Regulation::Werkloosheidswet, "16").lid(1);
const ART_16_B: &Citation = &Citation::article(Regulation::Werkloosheidswet, "16")
    .lid(1)
    .onderdeel("b");
const ART_17: &Citation = &Citation::article(Regulation::Werkloosheidswet, "17").lid(1);
const ART_15: &Citation = &Citation::article(Regulation::Werkloosheidswet, "15");

/// The 36 calendar weeks before the first day of unemployment in which the wekeneis counts
/// (WW art. 17 lid 1): weeks run Monday to Sunday (art. 16 lid 7), and the week of the first
/// day itself is not one of them (it does not lie wholly before that day). A week counts when
/// the person had at least one working hour in it; the caller counts them, extending the period
/// for the weeks art. 17a leaves out (sickness, unpaid leave, leave benefits).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::ww;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = ww::referteperiode(d(2025, 9, 3))?; // a Wednesday
/// assert_eq!(p.to(), d(2025, 9, 1));          // the Monday of that week
/// assert_eq!(p.from(), d(2024, 12, 23));      // 36 weeks earlier, a Monday
/// assert_eq!(p.days(), 36 * 7);
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn referteperiode(eerste_werkloosheidsdag: NaiveDate) -> Result<crate::date::Period, Error> {
    let dag = checked(eerste_werkloosheidsdag, "eerste_werkloosheidsdag")?;
    let tot = monday_of(dag);
    let van = add_days(tot, -7 * i64::from(REFERTEPERIODE_WEKEN))?;
    crate::date::Period::new(van, tot)
}

/// Whether the person is unemployed in the sense of WW art. 16 lid 1, with the numbers that
/// decided it. Read from JSON only when `vereist_verlies` and `werkloos` follow from the hours.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, ww::{self, WwFeiten}};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // 8 hours a week, fewer than 10: half (4 hours) must be lost
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uren(Hours::new(dec!(8))?, Hours::new(dec!(4))?)?;
/// let w = ww::werkloosheid(&f);
/// assert_eq!(w.vereist_verlies(), Hours::new(dec!(4))?);
/// assert!(w.werkloos());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Werkloosheid {
    arbeidsuren: Hours,
    verloren_uren: Hours,
    vereist_verlies: Hours,
    beschikbaar: bool,
    werkloos: bool,
}

validated_serde!(Werkloosheid);

impl Werkloosheid {
    fn bereken(arbeidsuren: Hours, verloren_uren: Hours, beschikbaar: bool) -> Self {
        let uren = arbeidsuren.value();
        let vereist = if uren < KLEINE_BAAN_UREN {
            uren / Decimal::TWO
        } else {
            MINIMUM_UREN_VERLIES
        };
        // Half of fewer than 10 hours, or 5: always a valid number of hours.
        let vereist_verlies = Hours::new(vereist).unwrap_or_default();
        let verloren = verloren_uren.value();
        Self {
            arbeidsuren,
            verloren_uren,
            vereist_verlies,
            beschikbaar,
            werkloos: beschikbaar && !verloren.is_zero() && verloren >= vereist,
        }
    }

    /// Working hours per week before.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let f = participatiewet::ww::WwFeiten::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 6).unwrap())?;
    /// assert!(participatiewet::ww::werkloosheid(&f).arbeidsuren().value().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn arbeidsuren(&self) -> Hours {
        self.arbeidsuren
    }

    /// Hours per week lost.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let f = participatiewet::ww::WwFeiten::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 6).unwrap())?;
    /// assert!(participatiewet::ww::werkloosheid(&f).verloren_uren().value().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verloren_uren(&self) -> Hours {
        self.verloren_uren
    }

    /// The loss required: 5 hours, or half the hours when fewer than 10 (at most half left).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let f = participatiewet::ww::WwFeiten::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 6).unwrap())?;
    /// assert!(participatiewet::ww::werkloosheid(&f).vereist_verlies().value().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vereist_verlies(&self) -> Hours {
        self.vereist_verlies
    }

    /// Whether the person is available for work (art. 16 lid 1 onderdeel b).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let f = participatiewet::ww::WwFeiten::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 6).unwrap())?;
    /// assert!(participatiewet::ww::werkloosheid(&f).beschikbaar());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn beschikbaar(&self) -> bool {
        self.beschikbaar
    }

    /// Whether the person is unemployed.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let f = participatiewet::ww::WwFeiten::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 6).unwrap())?;
    /// assert!(!participatiewet::ww::werkloosheid(&f).werkloos()); // no hours lost
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn werkloos(&self) -> bool {
        self.werkloos
    }
}

impl Validate for Werkloosheid {
    fn validate(&self) -> Result<(), Error> {
        if *self != Self::bereken(self.arbeidsuren, self.verloren_uren, self.beschikbaar) {
            return Err(Error::state(
                "ww::Werkloosheid",
                Text::new(
                    "het vereiste verlies of de uitkomst volgt niet uit de uren",
                    "the required loss or the outcome does not follow from the hours",
                ),
            ));
        }
        Ok(())
    }
}

/// The unemployment test of WW art. 16 lid 1: at least 5 hours lost or at most half left
/// (onderdeel a), and available for work (onderdeel b). Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, ww::{self, WwFeiten}};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uren(Hours::new(dec!(38))?, Hours::new(dec!(4.5))?)?;
/// assert!(!ww::werkloosheid(&f).werkloos()); // 4.5 < 5 hours
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn werkloosheid(feiten: &WwFeiten) -> Werkloosheid {
    Werkloosheid::bereken(
        feiten.arbeidsuren(),
        feiten.verloren_uren(),
        feiten.beschikbaar(),
    )
}

/// The wekeneis of WW art. 17 lid 1: at least 26 of the 36 calendar weeks.
///
/// ```
/// use participatiewet::ww;
/// assert!(ww::wekeneis(26)?.voldaan());
/// assert!(!ww::wekeneis(25)?.voldaan());
/// assert!(ww::wekeneis(37).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Wekeneis {
    weken_gewerkt: u8,
    voldaan: bool,
}

validated_serde!(Wekeneis);

impl Wekeneis {
    /// The citation of the wekeneis.
    pub const CITATION: &Citation = ART_17;

    /// The weeks worked in the reference period.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::wekeneis(30)?.weken_gewerkt(), 30);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn weken_gewerkt(&self) -> u8 {
        self.weken_gewerkt
    }

    /// Whether at least 26 weeks were worked.
    ///
    /// ```
    /// assert!(participatiewet::ww::wekeneis(36)?.voldaan());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn voldaan(&self) -> bool {
        self.voldaan
    }
}

impl Validate for Wekeneis {
    fn validate(&self) -> Result<(), Error> {
        if Ok(*self) != wekeneis(self.weken_gewerkt) {
            return Err(Error::state(
                "ww::Wekeneis",
                Text::new(
                    "de uitkomst volgt niet uit het aantal weken",
                    "the outcome does not follow from the weeks",
                ),
            ));
        }
        Ok(())
    }
}

/// The wekeneis for `weken_gewerkt` weeks worked in the reference period (WW art. 17 lid 1);
/// errors above 36 weeks.
///
/// ```
/// assert_eq!(participatiewet::ww::wekeneis(30)?.weken_gewerkt(), 30);
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn wekeneis(weken_gewerkt: u8) -> Result<Wekeneis, Error> {
    if weken_gewerkt > REFERTEPERIODE_WEKEN {
        return Err(Error::OutOfRange {
            field: "weken_gewerkt".into(),
            value: weken_gewerkt.to_string(),
            min: "0".to_owned(),
            max: REFERTEPERIODE_WEKEN.to_string(),
        });
    }
    Ok(Wekeneis {
        weken_gewerkt,
        voldaan: weken_gewerkt >= WEKENEIS_WEKEN,
    })
}

/// The right to WW on the first day of unemployment: the three tests and their numbers.
///
/// `Copy` and computed without allocation by [`recht`]; [`WwRecht::uitkomst`] is the outcome
/// and [`WwRecht::decision`] adds the grounds.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, WwFeiten}};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let uren = "36".parse()?;
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 6, 2))?.uren(uren, uren)?.weken_gewerkt(26)?;
/// let r = ww::recht(&f, &Parameters::bundled())?;
/// assert!(r.uitkomst().is_eligible());
/// let json = serde_json::to_string(&r).unwrap();
/// assert_eq!(serde_json::from_str::<ww::WwRecht>(&json).unwrap(), r);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WwRecht {
    eerste_werkloosheidsdag: NaiveDate,
    werkloosheid: Werkloosheid,
    wekeneis: Wekeneis,
    uitsluitingen: Uitsluitingen,
    #[serde(deserialize_with = "super::verplicht")]
    aow_datum: Option<NaiveDate>,
}

validated_serde!(WwRecht);

impl Validate for WwRecht {
    fn validate(&self) -> Result<(), Error> {
        let dag = checked(self.eerste_werkloosheidsdag, "eerste_werkloosheidsdag")?;
        let aow_bereikt = match self.aow_datum {
            Some(aow) => checked(aow, "aow_datum")? <= dag,
            None => false,
        };
        if aow_bereikt != self.uitsluitingen.contains(Uitsluitingsgrond::AowLeeftijd) {
            return Err(Error::state(
                "ww::WwRecht",
                Text::new(
                    "de uitsluiting wegens de AOW-leeftijd volgt niet uit de AOW-datum",
                    "the AOW-age exclusion does not follow from the AOW date",
                ),
            ));
        }
        Ok(())
    }
}

impl WwRecht {
    /// The first day of unemployment.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// let r = participatiewet::ww::recht(&f, &participatiewet::Parameters::bundled())?;
    /// assert_eq!(r.eerste_werkloosheidsdag(), d(2025, 1, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn eerste_werkloosheidsdag(&self) -> NaiveDate {
        self.eerste_werkloosheidsdag
    }

    /// Art. 16: unemployed.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// let r = participatiewet::ww::recht(&f, &participatiewet::Parameters::bundled())?;
    /// assert!(!r.werkloosheid().werkloos());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn werkloosheid(&self) -> Werkloosheid {
        self.werkloosheid
    }

    /// Art. 17: the wekeneis.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// let r = participatiewet::ww::recht(&f, &participatiewet::Parameters::bundled())?;
    /// assert!(!r.wekeneis().voldaan());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn wekeneis(&self) -> Wekeneis {
        self.wekeneis
    }

    /// Art. 19 lid 1: the exclusions that apply (the AOW age derived).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// let r = participatiewet::ww::recht(&f, &participatiewet::Parameters::bundled())?;
    /// assert!(r.uitsluitingen().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitsluitingen(&self) -> Uitsluitingen {
        self.uitsluitingen
    }

    /// The AOW date, when the person is 65 or older on the first day of unemployment (younger
    /// people cannot have reached it; the AOW age is at least 65, AOW art. 7a).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// let r = participatiewet::ww::recht(&f, &participatiewet::Parameters::bundled())?;
    /// assert_eq!(r.aow_datum(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aow_datum(&self) -> Option<NaiveDate> {
        self.aow_datum
    }

    /// The outcome without grounds: eligible from the first day of unemployment when
    /// unemployed, the wekeneis met and no exclusion applies. Never allocates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Hours, Parameters, ww::{self, WwFeiten}};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?
    ///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
    ///     .weken_gewerkt(26)?;
    /// assert_eq!(ww::recht(&f, &Parameters::bundled())?.uitkomst().value(), Some(&d(2025, 1, 6)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitkomst(&self) -> Eligibility<NaiveDate> {
        if self.werkloosheid.werkloos && self.wekeneis.voldaan && self.uitsluitingen.is_empty() {
            Eligibility::Eligible(self.eerste_werkloosheidsdag)
        } else {
            Eligibility::NotEligible
        }
    }

    /// The decision with its grounds: every test applied (unemployed, the wekeneis, each
    /// exclusion), the failing ones as refusal grounds. One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, ww::{self, Uitsluitingsgrond, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken_gewerkt(25)?.uitsluiting(Uitsluitingsgrond::Wia);
    /// let decision = ww::recht(&f, &Parameters::bundled())?.decision();
    /// assert!(!decision.value().is_eligible());
    /// assert_eq!(decision.reasons().count(), 3); // not unemployed, wekeneis, WIA
    /// assert!(decision.cites(&Uitsluitingsgrond::Wia.citation()));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<NaiveDate>> {
        let uitkomst = self.uitkomst();
        let datum = Value::Date(self.eerste_werkloosheidsdag);
        let outcome = if uitkomst.is_eligible() {
            Ground::new(&WW_RECHT_TOEGEKEND, ART_15, [datum])
        } else {
            Ground::new(&WW_RECHT_AFGEWEZEN, ART_15, [datum])
        };
        let n = 2 + self.uitsluitingen.iter().count();
        let mut d = Decision::with_capacity(uitkomst, outcome, n);
        let w = &self.werkloosheid;
        let uren = [
            Value::Hours(w.verloren_uren),
            Value::Hours(w.arbeidsuren),
            Value::Hours(w.vereist_verlies),
        ];
        d.push(if w.werkloos {
            Ground::new(&WW_WERKLOOS, ART_16, uren)
        } else if !w.beschikbaar {
            Ground::new(&WW_NIET_BESCHIKBAAR, ART_16_B, [])
        } else {
            Ground::new(&WW_NIET_WERKLOOS, ART_16, uren)
        });
        let weken = [Value::Count(i64::from(self.wekeneis.weken_gewerkt))];
        d.push(if self.wekeneis.voldaan {
            Ground::new(&WW_WEKENEIS_VOLDAAN, ART_17, weken)
        } else {
            Ground::new(&WW_WEKENEIS_NIET_VOLDAAN, ART_17, weken)
        });
        for grond in self.uitsluitingen.iter() {
            d.push(match (grond, self.aow_datum) {
                (Uitsluitingsgrond::AowLeeftijd, Some(aow)) => {
                    Ground::with_cite(&WW_AOW_LEEFTIJD, grond.citation(), [Value::Date(aow)])
                }
                _ => Ground::with_cite(
                    &WW_UITSLUITING,
                    grond.citation(),
                    [Value::Label(grond.label())],
                ),
            });
        }
        d
    }
}

/// The right to WW for `feiten` (WW art. 16, 17, 19 lid 1). Never allocates.
///
/// Errors only when the AOW date is needed (the person is 65 or older) and the AOW-age table
/// does not cover it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, Parameters, ww::{self, Uitsluitingsgrond, WwFeiten}};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // born 1958-06-01: AOW age 67 reached on 2025-06-01
/// let f = WwFeiten::new(d(1958, 6, 1), d(2025, 6, 2))?
///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
///     .weken_gewerkt(36)?;
/// let r = ww::recht(&f, &Parameters::bundled())?;
/// assert!(r.uitsluitingen().contains(Uitsluitingsgrond::AowLeeftijd));
/// assert!(!r.uitkomst().is_eligible());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn recht(feiten: &WwFeiten, params: &Parameters) -> Result<WwRecht, Error> {
    let dag = feiten.eerste_werkloosheidsdag();
    let mut uitsluitingen = feiten.uitsluitingen();
    let aow_datum = if age_on(feiten.geboortedatum(), dag)? >= AOW_ONDERGRENS_JAREN {
        let aow = params
            .aow_datum(feiten.geboortedatum())
            .map_err(|e| e.in_field("geboortedatum"))?;
        if aow <= dag {
            uitsluitingen = uitsluitingen.with(Uitsluitingsgrond::AowLeeftijd);
        }
        Some(aow)
    } else {
        None
    };
    Ok(WwRecht {
        eerste_werkloosheidsdag: dag,
        werkloosheid: werkloosheid(feiten),
        wekeneis: Wekeneis {
            weken_gewerkt: feiten.weken(),
            voldaan: feiten.weken() >= WEKENEIS_WEKEN,
        },
        uitsluitingen,
        aow_datum,
    })
}
