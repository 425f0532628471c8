//! The facts of a WW claim, as a caller holds them: [`WwFeiten`], built with a validating
//! builder and read from JSON through the same checks.
//!
//! Two constructors take two dates or two hour counts ([`WwFeiten::new`], [`WwFeiten::uren`]):
//! a swap is always refused (a birth after the first day of unemployment, more hours lost than
//! worked), so it can never pass unnoticed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::uitsluiting::{Uitsluitingen, Uitsluitingsgrond};
use super::werkverleden::{Kalenderjaar, Werkverleden};
use crate::date::{age_on, checked};
use crate::error::{Error, Text};
use crate::money::Hours;
use crate::wire::{Validate, validated_serde};

/// The first day of unemployment the crate computes WW for: 2006-10-01, the start of the
/// Wet wijziging WW-stelsel (the wekeneis and jareneis in their current form); earlier rights
/// follow the old rules (WW art. 130o).
pub const EERSTE_ONDERSTEUNDE_DAG: NaiveDate = match NaiveDate::from_ymd_opt(2006, 10, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The AOW age is never below 65 (AOW art. 7a lid 1): younger people need no AOW lookup.
pub(crate) const AOW_ONDERGRENS_JAREN: u32 = 65;

/// The most calendar weeks of the reference period (WW art. 17 lid 1).
const REFERTEPERIODE_WEKEN: u8 = 36;

/// The facts about a person who became unemployed, as the caller holds them.
///
/// Built with [`WwFeiten::new`] and the builder methods, each of which checks what it is
/// given:
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, ww::{Kalenderjaar, WwFeiten}};
/// use rust_decimal::dec;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let feiten = WwFeiten::new(d(1980, 4, 12), d(2025, 9, 1))?
///     .uren(Hours::new(dec!(36))?, Hours::new(dec!(36))?)?
///     .weken_gewerkt(36)?
///     .jaar(Kalenderjaar::uren(2024, 1872)?)?;
/// assert_eq!(feiten.weken(), 36);
/// assert!(WwFeiten::new(d(1980, 4, 12), d(2025, 9, 1))?.weken_gewerkt(37).is_err());
/// // The facts are data: their JSON is read through the same checks.
/// let json = serde_json::to_string(&feiten).unwrap();
/// assert_eq!(serde_json::from_str::<WwFeiten>(&json).unwrap(), feiten);
/// assert!(serde_json::from_str::<WwFeiten>(&json.replace("\"weken_gewerkt\":36", "\"weken_gewerkt\":37")).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WwFeiten {
    geboortedatum: NaiveDate,
    eerste_werkloosheidsdag: NaiveDate,
    /// The day the right arose: the first day of unemployment unless later (art. 19 lid 3).
    recht_ontstaan_op: NaiveDate,
    arbeidsuren: Hours,
    verloren_uren: Hours,
    beschikbaar: bool,
    arbeidsongeschiktheidsuitkering: bool,
    weken_gewerkt: u8,
    uitsluitingen: Uitsluitingen,
    werkverleden: Werkverleden,
}

impl WwFeiten {
    /// The facts of a person born on `geboortedatum` whose first day of unemployment
    /// (`eerste werkloosheidsdag`, WW art. 16a) is `eerste_werkloosheidsdag`.
    ///
    /// Errors when the first day is before the birth date, before the person is 15, or before
    /// [`EERSTE_ONDERSTEUNDE_DAG`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2005, 1, 1)).is_err());
    /// ```
    pub fn new(
        geboortedatum: NaiveDate,
        eerste_werkloosheidsdag: NaiveDate,
    ) -> Result<Self, Error> {
        let feiten = Self {
            geboortedatum,
            eerste_werkloosheidsdag,
            recht_ontstaan_op: eerste_werkloosheidsdag,
            arbeidsuren: Hours::default(),
            verloren_uren: Hours::default(),
            beschikbaar: true,
            arbeidsongeschiktheidsuitkering: false,
            weken_gewerkt: 0,
            uitsluitingen: Uitsluitingen::default(),
            werkverleden: Werkverleden::default(),
        };
        feiten.validate()?;
        Ok(feiten)
    }

    /// The average working hours per week before unemployment (over the 26 calendar weeks
    /// before, art. 16 lid 2) and the hours per week lost (art. 16 lid 1 onderdeel a). Errors
    /// when more hours are lost than were worked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Hours, ww::WwFeiten};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// assert!(f.uren(Hours::new(dec!(20))?, Hours::new(dec!(21))?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn uren(mut self, arbeidsuren: Hours, verloren_uren: Hours) -> Result<Self, Error> {
        if verloren_uren > arbeidsuren {
            return Err(meer_verloren_dan_gewerkt());
        }
        self.arbeidsuren = arbeidsuren;
        self.verloren_uren = verloren_uren;
        Ok(self)
    }

    /// The same facts, except that the person is not available for work (art. 16 lid 1
    /// onderdeel b: then the person is not unemployed). Available is the default.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Hours, ww::{self, WwFeiten}};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?
    ///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
    ///     .niet_beschikbaar();
    /// assert!(!ww::werkloosheid(&f).werkloos());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn niet_beschikbaar(mut self) -> Self {
        self.beschikbaar = false;
        self
    }

    /// The same facts, with a right to a disability benefit (WIA, WAO, WAMIL) immediately before
    /// or on the first day of unemployment: this meets the jareneis without the years test
    /// (WW art. 42 lid 2 onderdeel b).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, ww::{self, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.arbeidsongeschiktheidsuitkering();
    /// assert!(ww::uitkeringsduur(&f, &Parameters::bundled())?.jareneis().voldaan());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn arbeidsongeschiktheidsuitkering(mut self) -> Self {
        self.arbeidsongeschiktheidsuitkering = true;
        self
    }

    /// Whether the person had a right to a disability benefit before or on the first day
    /// (see [`WwFeiten::arbeidsongeschiktheidsuitkering`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(!participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.heeft_arbeidsongeschiktheidsuitkering());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn heeft_arbeidsongeschiktheidsuitkering(&self) -> bool {
        self.arbeidsongeschiktheidsuitkering
    }

    /// The number of calendar weeks, of the 36 before the first day of unemployment (see
    /// [`referteperiode`](super::referteperiode)), with at least one working hour as an employee (art. 17 lid 1, with
    /// the extensions of art. 17a already applied by the caller). Errors above 36.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken_gewerkt(26).is_ok());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn weken_gewerkt(mut self, weken: u8) -> Result<Self, Error> {
        if weken > REFERTEPERIODE_WEKEN {
            return Err(te_veel_weken(weken));
        }
        self.weken_gewerkt = weken;
        Ok(self)
    }

    /// Adds a calendar year of the work history; errors when the year is already listed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{ww::{Kalenderjaar, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.jaar(Kalenderjaar::uren(2024, 300)?)?;
    /// assert!(f.jaar(Kalenderjaar::uren(2024, 300)?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn jaar(mut self, jaar: Kalenderjaar) -> Result<Self, Error> {
        self.werkverleden
            .insert(jaar)
            .map_err(|e| e.in_field("werkverleden"))?;
        Ok(self)
    }

    /// The same facts with the whole work history replaced.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{ww::{Werkverleden, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.werkverleden(Werkverleden::doorlopend(2015, 2024, 1800)?);
    /// assert_eq!(f.werkverleden_ref().jaren().len(), 10);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn werkverleden(mut self, werkverleden: Werkverleden) -> Self {
        self.werkverleden = werkverleden;
        self
    }

    /// The same facts with an exclusion ground of art. 19 lid 1 that applies on the first day
    /// of unemployment. [`Uitsluitingsgrond::AowLeeftijd`] is ignored here: the crate derives
    /// it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{ww::{Uitsluitingsgrond, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uitsluiting(Uitsluitingsgrond::Detentie);
    /// assert!(f.uitsluitingen().contains(Uitsluitingsgrond::Detentie));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn uitsluiting(mut self, grond: Uitsluitingsgrond) -> Self {
        if grond != Uitsluitingsgrond::AowLeeftijd {
            self.uitsluitingen = self.uitsluitingen.with(grond);
        }
        self
    }

    /// The day the right to benefit arose, when it is later than the first day of
    /// unemployment (for example after the notice period, art. 19 lid 3). The duration counts
    /// from this day (art. 42 lid 1). Errors when it is before the first day of unemployment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// assert!(f.clone().recht_ontstaan_op(d(2025, 1, 5)).is_err());
    /// assert_eq!(f.recht_ontstaan_op(d(2025, 2, 1))?.ingangsdatum(), d(2025, 2, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn recht_ontstaan_op(mut self, datum: NaiveDate) -> Result<Self, Error> {
        checked(datum, "recht_ontstaan_op")?;
        if datum < self.eerste_werkloosheidsdag {
            return Err(recht_voor_eerste_dag());
        }
        self.recht_ontstaan_op = datum;
        Ok(self)
    }

    /// The birth date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.geboortedatum(), d(1990, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geboortedatum(&self) -> NaiveDate {
        self.geboortedatum
    }

    /// The first day of unemployment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.eerste_werkloosheidsdag(), d(2025, 1, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn eerste_werkloosheidsdag(&self) -> NaiveDate {
        self.eerste_werkloosheidsdag
    }

    /// The day the right arose: [`WwFeiten::recht_ontstaan_op`] if given, else the first day
    /// of unemployment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.ingangsdatum(), d(2025, 1, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn ingangsdatum(&self) -> NaiveDate {
        self.recht_ontstaan_op
    }

    /// The weeks worked in the reference period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn weken(&self) -> u8 {
        self.weken_gewerkt
    }

    /// The exclusion grounds the caller reported.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uitsluitingen().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitsluitingen(&self) -> Uitsluitingen {
        self.uitsluitingen
    }

    /// The work history.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.werkverleden_ref().jaren().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn werkverleden_ref(&self) -> &Werkverleden {
        &self.werkverleden
    }

    /// The average working hours per week before unemployment (art. 16 lid 2).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.arbeidsuren().value().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn arbeidsuren(&self) -> Hours {
        self.arbeidsuren
    }

    /// The working hours per week lost (art. 16 lid 1 onderdeel a).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.verloren_uren().value().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verloren_uren(&self) -> Hours {
        self.verloren_uren
    }

    /// Whether the person is available for work (art. 16 lid 1 onderdeel b).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::ww::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.beschikbaar());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn beschikbaar(&self) -> bool {
        self.beschikbaar
    }
}

validated_serde!(WwFeiten);

/// The checks of [`WwFeiten::new`] and its builder, for a value read from JSON.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Validate, ww::WwFeiten};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert!(WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.validate().is_ok());
/// let err = WwFeiten::new(d(1990, 1, 1), NaiveDate::MAX).unwrap_err();
/// assert_eq!(err.field(), Some("eerste_werkloosheidsdag"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
impl Validate for WwFeiten {
    fn validate(&self) -> Result<(), Error> {
        checked(self.geboortedatum, "geboortedatum")?;
        let eerste = checked(self.eerste_werkloosheidsdag, "eerste_werkloosheidsdag")?;
        checked(self.recht_ontstaan_op, "recht_ontstaan_op")?;
        if eerste < EERSTE_ONDERSTEUNDE_DAG {
            return Err(Error::facts(
                "eerste_werkloosheidsdag",
                Text::new(
                    "ligt vóór 1 oktober 2006; een eerder recht volgt de WW zoals die toen luidde \
                     (WW art. 130o)",
                    "is before 1 October 2006; an earlier right follows the WW as it read then \
                     (WW art. 130o)",
                ),
            ));
        }
        if self.geboortedatum >= eerste {
            return Err(Error::facts(
                "geboortedatum",
                Text::new(
                    "ligt niet vóór de eerste werkloosheidsdag",
                    "is not before the first day of unemployment",
                ),
            ));
        }
        if age_on(self.geboortedatum, eerste)? < MINIMUMLEEFTIJD {
            return Err(Error::facts(
                "geboortedatum",
                Text::new(
                    "de persoon is op de eerste werkloosheidsdag jonger dan 15 jaar",
                    "the person is under 15 on the first day of unemployment",
                ),
            ));
        }
        if self.recht_ontstaan_op < eerste {
            return Err(recht_voor_eerste_dag());
        }
        if self.verloren_uren > self.arbeidsuren {
            return Err(meer_verloren_dan_gewerkt());
        }
        if self.weken_gewerkt > REFERTEPERIODE_WEKEN {
            return Err(te_veel_weken(self.weken_gewerkt));
        }
        if self.uitsluitingen.contains(Uitsluitingsgrond::AowLeeftijd) {
            return Err(Error::facts(
                "uitsluitingen",
                Text::new(
                    "de AOW-leeftijd wordt uit de geboortedatum afgeleid en is geen invoer",
                    "the AOW age is derived from the birth date and is not an input",
                ),
            ));
        }
        self.werkverleden
            .validate()
            .map_err(|e| e.in_field("werkverleden"))
    }
}

/// The youngest age at which the crate computes WW: 15 (a younger person is no employee).
const MINIMUMLEEFTIJD: u32 = 15;

fn meer_verloren_dan_gewerkt() -> Error {
    Error::facts(
        "verloren_uren",
        Text::new(
            "meer uren verloren dan er werden gewerkt",
            "more hours lost than were worked",
        ),
    )
}

fn te_veel_weken(weken: u8) -> Error {
    Error::OutOfRange {
        field: "weken_gewerkt".into(),
        value: weken.to_string(),
        min: "0".to_owned(),
        max: REFERTEPERIODE_WEKEN.to_string(),
    }
}

fn recht_voor_eerste_dag() -> Error {
    Error::facts(
        "recht_ontstaan_op",
        Text::new(
            "ligt vóór de eerste werkloosheidsdag",
            "is before the first day of unemployment",
        ),
    )
}
