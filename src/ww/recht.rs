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

use super::werkverleden::{Kalenderjaar, Werkverleden};
use crate::citation::{Citation, Regulation};
use crate::date::{add_days, age_on, monday_of};
use crate::decision::legacy::{Eligibility, Ground};
use crate::error::Error;
use crate::money::Hours;
use crate::params::Parameters;

/// The wekeneis: work as an employee in at least 26 … (WW art. 17 lid 1).
pub const WEKENEIS_WEKEN: u8 = 26;
/// … of the 36 calendar weeks before the first day of unemployment (WW art. 17 lid 1).
pub const REFERTEPERIODE_WEKEN: u8 = 36;
/// Unemployed: at least 5 working hours a week lost (WW art. 16 lid 1 onderdeel a) …
pub const MINIMUM_UREN_VERLIES: Decimal = Decimal::from_parts(5, 0, 0, false, 0);
/// … or at most half the hours left (same onderdeel), which decides only for people who
/// worked fewer than 10 hours a week: for them half is less than 5.
pub const KLEINE_BAAN_UREN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// The first day of unemployment the crate computes WW for: 2006-10-01, the start of the
/// Wet wijziging WW-stelsel (the wekeneis and jareneis in their current form); earlier rights
/// follow the old rules (WW art. 130o).
pub const EERSTE_ONDERSTEUNDE_DAG: NaiveDate = match NaiveDate::from_ymd_opt(2006, 10, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The AOW age is never below 65 (AOW art. 7a lid 1): younger people need no AOW lookup.
pub(crate) const AOW_ONDERGRENS_JAREN: u32 = 65;

const ART_16: Citation = Citation::article(Regulation::Werkloosheidswet, "16").lid(1);
const ART_17: Citation = Citation::article(Regulation::Werkloosheidswet, "17").lid(1);

/// A ground of WW art. 19 lid 1 that excludes the right to WW.
///
/// The AOW age (onderdeel i) is not set by the caller: the crate derives it from the birth
/// date and [`Parameters::aow_datum`].
///
/// ```
/// use participatiewet::Uitsluitingsgrond;
/// assert_eq!(Uitsluitingsgrond::Detentie.citation().to_string(), "WW art. 19 lid 1 onderdeel g");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluitingsgrond {
    /// Receives Ziektewet benefit or the like (onderdeel a).
    Ziektewet,
    /// Receives a WIA disability benefit or WGA wage-related benefit (onderdeel b).
    Wia,
    /// Receives WAO benefit for at least 80% disability or the like (onderdeel c).
    Wao,
    /// Lives or stays outside the Netherlands other than on holiday (onderdeel e).
    Buitenland,
    /// Stays in the Netherlands unlawfully (onderdeel f).
    OnrechtmatigVerblijf,
    /// Lawfully deprived of liberty: detention (onderdeel g).
    Detentie,
    /// Evades a sentence or custodial measure (onderdeel h).
    OnttrekkingStraf,
    /// Has reached the AOW age (onderdeel i); derived, never set by the caller.
    AowLeeftijd,
    /// Unemployed because of a strike or lock-out (onderdeel l).
    Staking,
    /// Receives benefit under the Wet arbeid en zorg (onderdeel m).
    WetArbeidEnZorg,
}

impl Uitsluitingsgrond {
    const ALLE: [Uitsluitingsgrond; 10] = [
        Self::Ziektewet,
        Self::Wia,
        Self::Wao,
        Self::Buitenland,
        Self::OnrechtmatigVerblijf,
        Self::Detentie,
        Self::OnttrekkingStraf,
        Self::AowLeeftijd,
        Self::Staking,
        Self::WetArbeidEnZorg,
    ];

    /// The onderdeel of WW art. 19 lid 1.
    ///
    /// ```
    /// assert_eq!(participatiewet::Uitsluitingsgrond::AowLeeftijd.onderdeel(), "i");
    /// ```
    #[must_use]
    pub const fn onderdeel(self) -> &'static str {
        match self {
            Self::Ziektewet => "a",
            Self::Wia => "b",
            Self::Wao => "c",
            Self::Buitenland => "e",
            Self::OnrechtmatigVerblijf => "f",
            Self::Detentie => "g",
            Self::OnttrekkingStraf => "h",
            Self::AowLeeftijd => "i",
            Self::Staking => "l",
            Self::WetArbeidEnZorg => "m",
        }
    }

    /// The citation: WW art. 19 lid 1 with the onderdeel.
    ///
    /// ```
    /// use participatiewet::Uitsluitingsgrond;
    /// assert_eq!(Uitsluitingsgrond::AowLeeftijd.citation().to_string(), "WW art. 19 lid 1 onderdeel i");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::article(Regulation::Werkloosheidswet, "19")
            .lid(1)
            .onderdeel(self.onderdeel())
    }

    /// What the ground means, in one line.
    ///
    /// ```
    /// assert!(participatiewet::Uitsluitingsgrond::Ziektewet.omschrijving().contains("Ziektewet"));
    /// ```
    #[must_use]
    pub const fn omschrijving(self) -> &'static str {
        match self {
            Self::Ziektewet => "receives Ziektewet benefit",
            Self::Wia => "receives a WIA benefit",
            Self::Wao => "receives WAO benefit for at least 80% disability",
            Self::Buitenland => "lives or stays abroad other than on holiday",
            Self::OnrechtmatigVerblijf => "stays in the Netherlands unlawfully",
            Self::Detentie => "is lawfully deprived of liberty",
            Self::OnttrekkingStraf => "evades a sentence or custodial measure",
            Self::AowLeeftijd => "has reached the AOW age",
            Self::Staking => "is unemployed because of a strike or lock-out",
            Self::WetArbeidEnZorg => "receives benefit under the Wet arbeid en zorg",
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of exclusion grounds; `Copy`, no allocation.
///
/// ```
/// use participatiewet::{Uitsluitingen, Uitsluitingsgrond};
/// let set = Uitsluitingen::default().with(Uitsluitingsgrond::Wia);
/// assert!(set.contains(Uitsluitingsgrond::Wia));
/// assert_eq!(set.first(), Some(Uitsluitingsgrond::Wia));
/// assert_eq!(set.iter().count(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Uitsluitingen(u16);

impl Uitsluitingen {
    /// The set with `grond` added.
    ///
    /// ```
    /// use participatiewet::{Uitsluitingen, Uitsluitingsgrond};
    /// assert!(!Uitsluitingen::default().with(Uitsluitingsgrond::Staking).is_empty());
    /// ```
    #[must_use]
    pub const fn with(self, grond: Uitsluitingsgrond) -> Self {
        Self(self.0 | grond.bit())
    }

    /// Whether `grond` is in the set.
    ///
    /// ```
    /// use participatiewet::{Uitsluitingen, Uitsluitingsgrond};
    /// assert!(!Uitsluitingen::default().contains(Uitsluitingsgrond::Staking));
    /// ```
    #[must_use]
    pub const fn contains(self, grond: Uitsluitingsgrond) -> bool {
        self.0 & grond.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(participatiewet::Uitsluitingen::default().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The first ground in the order of art. 19 lid 1.
    ///
    /// ```
    /// assert_eq!(participatiewet::Uitsluitingen::default().first(), None);
    /// ```
    #[must_use]
    pub fn first(self) -> Option<Uitsluitingsgrond> {
        self.iter().next()
    }

    /// The grounds in the order of art. 19 lid 1.
    ///
    /// ```
    /// use participatiewet::{Uitsluitingen, Uitsluitingsgrond::*};
    /// let set = Uitsluitingen::default().with(Staking).with(Ziektewet);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), vec![Ziektewet, Staking]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Uitsluitingsgrond> {
        Uitsluitingsgrond::ALLE
            .into_iter()
            .filter(move |g| self.contains(*g))
    }
}

/// The facts about a person who became unemployed, as the caller holds them.
///
/// Built with [`WwFeiten::new`] and the builder methods, each of which checks what it is
/// given:
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, Kalenderjaar, WwFeiten};
/// use rust_decimal::dec;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let feiten = WwFeiten::new(d(1980, 4, 12), d(2025, 9, 1))?
///     .uren(Hours::new(dec!(36))?, Hours::new(dec!(36))?)?
///     .weken_gewerkt(36)?
///     .jaar(Kalenderjaar::uren(2024, 1872)?)?;
/// assert_eq!(feiten.weken(), 36);
/// assert!(WwFeiten::new(d(1980, 4, 12), d(2025, 9, 1))?.weken_gewerkt(37).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WwFeiten {
    geboortedatum: NaiveDate,
    eerste_werkloosheidsdag: NaiveDate,
    recht_ontstaan_op: Option<NaiveDate>,
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
    /// assert!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2005, 1, 1)).is_err());
    /// ```
    pub fn new(
        geboortedatum: NaiveDate,
        eerste_werkloosheidsdag: NaiveDate,
    ) -> Result<Self, Error> {
        if eerste_werkloosheidsdag < EERSTE_ONDERSTEUNDE_DAG {
            return Err(Error::InvalidFacts {
                field: "eerste_werkloosheidsdag".into(),
                reason: format!(
                    "{eerste_werkloosheidsdag} is before {EERSTE_ONDERSTEUNDE_DAG}: \
                     earlier rights follow the WW as it was then (WW art. 130o)"
                )
                .into(),
            });
        }
        if age_on(geboortedatum, eerste_werkloosheidsdag)? < 15 {
            return Err(Error::InvalidFacts {
                field: "geboortedatum".into(),
                reason: format!(
                    "the person is under 15 on the first day of unemployment \
                     {eerste_werkloosheidsdag}"
                )
                .into(),
            });
        }
        Ok(Self {
            geboortedatum,
            eerste_werkloosheidsdag,
            recht_ontstaan_op: None,
            arbeidsuren: Hours::default(),
            verloren_uren: Hours::default(),
            beschikbaar: true,
            arbeidsongeschiktheidsuitkering: false,
            weken_gewerkt: 0,
            uitsluitingen: Uitsluitingen::default(),
            werkverleden: Werkverleden::default(),
        })
    }

    /// The average working hours per week before unemployment (over the 26 calendar weeks
    /// before, art. 16 lid 2) and the hours per week lost (art. 16 lid 1 onderdeel a). Errors
    /// when more hours are lost than were worked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Hours, WwFeiten};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// assert!(f.uren(Hours::new(dec!(20))?, Hours::new(dec!(21))?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn uren(mut self, arbeidsuren: Hours, verloren_uren: Hours) -> Result<Self, Error> {
        if verloren_uren > arbeidsuren {
            return Err(Error::InvalidFacts {
                field: "verloren_uren".into(),
                reason: format!(
                    "{verloren_uren} hours lost, more than the {arbeidsuren} hours worked"
                )
                .into(),
            });
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
    /// use participatiewet::{Hours, WwFeiten, ww};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?
    ///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
    ///     .niet_beschikbaar();
    /// assert!(!ww::werkloosheid(&f).werkloos);
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
    /// use participatiewet::{Parameters, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.arbeidsongeschiktheidsuitkering();
    /// assert!(ww::uitkeringsduur(&f, &Parameters::bundled())?.jareneis.voldaan);
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
    /// assert!(!participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.heeft_arbeidsongeschiktheidsuitkering());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn heeft_arbeidsongeschiktheidsuitkering(&self) -> bool {
        self.arbeidsongeschiktheidsuitkering
    }

    /// The number of calendar weeks, of the 36 before the first day of unemployment (see
    /// [`referteperiode`]), with at least one working hour as an employee (art. 17 lid 1, with
    /// the extensions of art. 17a already applied by the caller). Errors above 36.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken_gewerkt(26).is_ok());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn weken_gewerkt(mut self, weken: u8) -> Result<Self, Error> {
        if weken > REFERTEPERIODE_WEKEN {
            return Err(Error::OutOfRange {
                field: "weeks worked in the 36-week reference period".into(),
                value: weken.to_string(),
                min: "0".to_owned(),
                max: REFERTEPERIODE_WEKEN.to_string(),
            });
        }
        self.weken_gewerkt = weken;
        Ok(self)
    }

    /// Adds a calendar year of the work history; errors when the year is already listed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Kalenderjaar, WwFeiten};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.jaar(Kalenderjaar::uren(2024, 300)?)?;
    /// assert!(f.jaar(Kalenderjaar::uren(2024, 300)?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn jaar(mut self, jaar: Kalenderjaar) -> Result<Self, Error> {
        self.werkverleden.insert(jaar)?;
        Ok(self)
    }

    /// The same facts with the whole work history replaced.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Werkverleden, WwFeiten};
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
    /// use participatiewet::{Uitsluitingsgrond, WwFeiten};
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
    /// let f = participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?;
    /// assert!(f.clone().recht_ontstaan_op(d(2025, 1, 5)).is_err());
    /// assert_eq!(f.recht_ontstaan_op(d(2025, 2, 1))?.ingangsdatum(), d(2025, 2, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn recht_ontstaan_op(mut self, datum: NaiveDate) -> Result<Self, Error> {
        if datum < self.eerste_werkloosheidsdag {
            return Err(Error::InvalidFacts {
                field: "recht_ontstaan_op".into(),
                reason: format!(
                    "{datum} is before the first day of unemployment {}",
                    self.eerste_werkloosheidsdag
                )
                .into(),
            });
        }
        self.recht_ontstaan_op = Some(datum);
        Ok(self)
    }

    /// The birth date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.geboortedatum(), d(1990, 1, 1));
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
    /// assert_eq!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.eerste_werkloosheidsdag(), d(2025, 1, 6));
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
    /// assert_eq!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.ingangsdatum(), d(2025, 1, 6));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn ingangsdatum(&self) -> NaiveDate {
        self.recht_ontstaan_op
            .unwrap_or(self.eerste_werkloosheidsdag)
    }

    /// The weeks worked in the reference period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken(), 0);
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
    /// assert!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uitsluitingen().is_empty());
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
    /// assert!(participatiewet::WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.werkverleden_ref().jaren().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn werkverleden_ref(&self) -> &Werkverleden {
        &self.werkverleden
    }
}

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
    let tot = monday_of(eerste_werkloosheidsdag);
    let van = add_days(tot, -7 * i64::from(REFERTEPERIODE_WEKEN))?;
    crate::date::Period::new(van, tot)
}

/// Whether the person is unemployed in the sense of WW art. 16 lid 1, with the numbers that
/// decided it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, WwFeiten, ww};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // 8 hours a week, fewer than 10: half (4 hours) must be lost
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uren(Hours::new(dec!(8))?, Hours::new(dec!(4))?)?;
/// let w = ww::werkloosheid(&f);
/// assert_eq!(w.vereist_verlies, Hours::new(dec!(4))?);
/// assert!(w.werkloos);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Werkloosheid {
    /// Working hours per week before.
    pub arbeidsuren: Hours,
    /// Hours per week lost.
    pub verloren_uren: Hours,
    /// The loss required: 5 hours, or half the hours when fewer than 10 (at most half left).
    pub vereist_verlies: Hours,
    /// Whether the person is available for work (art. 16 lid 1 onderdeel b).
    pub beschikbaar: bool,
    /// Whether the person is unemployed.
    pub werkloos: bool,
}

/// The unemployment test of WW art. 16 lid 1: at least 5 hours lost or at most half left
/// (onderdeel a), and available for work (onderdeel b). Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, WwFeiten, ww};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.uren(Hours::new(dec!(38))?, Hours::new(dec!(4.5))?)?;
/// assert!(!ww::werkloosheid(&f).werkloos); // 4.5 < 5 hours
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn werkloosheid(feiten: &WwFeiten) -> Werkloosheid {
    let uren = feiten.arbeidsuren.value();
    let vereist = if uren < KLEINE_BAAN_UREN {
        uren / Decimal::TWO
    } else {
        MINIMUM_UREN_VERLIES
    };
    // Half of at most 10 hours, or 5: always a valid number of hours.
    let vereist_verlies = Hours::new(vereist).unwrap_or_default();
    let verloren = feiten.verloren_uren.value();
    Werkloosheid {
        arbeidsuren: feiten.arbeidsuren,
        verloren_uren: feiten.verloren_uren,
        vereist_verlies,
        beschikbaar: feiten.beschikbaar,
        werkloos: feiten.beschikbaar && !verloren.is_zero() && verloren >= vereist,
    }
}

/// The wekeneis of WW art. 17 lid 1: at least 26 of the 36 calendar weeks.
///
/// ```
/// use participatiewet::ww;
/// assert!(ww::wekeneis(26).voldaan);
/// assert!(!ww::wekeneis(25).voldaan);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Wekeneis {
    /// The weeks worked in the reference period.
    pub weken_gewerkt: u8,
    /// Whether at least 26 weeks were worked.
    pub voldaan: bool,
}

impl Wekeneis {
    /// The citation of the wekeneis.
    pub const CITATION: Citation = ART_17;
}

/// The wekeneis for `weken_gewerkt` weeks worked in the reference period (WW art. 17 lid 1).
///
/// ```
/// assert_eq!(participatiewet::ww::wekeneis(30).weken_gewerkt, 30);
/// ```
#[must_use]
pub const fn wekeneis(weken_gewerkt: u8) -> Wekeneis {
    Wekeneis {
        weken_gewerkt,
        voldaan: weken_gewerkt >= WEKENEIS_WEKEN,
    }
}

/// The right to WW on the first day of unemployment: the three tests and their numbers.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, WwFeiten, ww};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let uren = "36".parse()?;
/// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 6, 2))?.uren(uren, uren)?.weken_gewerkt(26)?;
/// assert!(ww::recht(&f, &Parameters::bundled())?.heeft_recht());
/// # Ok::<(), participatiewet::Error>(())
/// ```
///
/// `Copy` and computed without allocation by [`recht`]; [`WwRecht::decision`] adds the
/// grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct WwRecht {
    /// The first day of unemployment.
    pub eerste_werkloosheidsdag: NaiveDate,
    /// Art. 16: unemployed.
    pub werkloosheid: Werkloosheid,
    /// Art. 17: the wekeneis.
    pub wekeneis: Wekeneis,
    /// Art. 19 lid 1: the exclusions that apply (the AOW age derived).
    pub uitsluitingen: Uitsluitingen,
    /// The AOW date, when the person is 65 or older on the first day of unemployment (younger
    /// people cannot have reached it; the AOW age is at least 65, AOW art. 7a).
    pub aow_datum: Option<NaiveDate>,
}

impl WwRecht {
    /// Whether the person has a right to WW: unemployed, wekeneis met, no exclusion.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Hours, Parameters, WwFeiten, ww};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?
    ///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
    ///     .weken_gewerkt(26)?;
    /// assert!(ww::recht(&f, &Parameters::bundled())?.heeft_recht());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn heeft_recht(&self) -> bool {
        self.werkloosheid.werkloos && self.wekeneis.voldaan && self.uitsluitingen.is_empty()
    }

    /// The decision with its grounds: eligible from the first day of unemployment, or not
    /// eligible with every test that failed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, Uitsluitingsgrond, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?.weken_gewerkt(25)?.uitsluiting(Uitsluitingsgrond::Wia);
    /// let decision = ww::recht(&f, &Parameters::bundled())?.decision();
    /// assert_eq!(decision.reasons().len(), 3); // not unemployed, wekeneis, WIA
    /// assert!(decision.reasons().iter().any(|g| g.citation == Uitsluitingsgrond::Wia.citation()));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Eligibility<NaiveDate> {
        let w = &self.werkloosheid;
        let werkloos = Ground::new(
            ART_16,
            if w.werkloos {
                format!(
                    "unemployed: {} of {} hours a week lost (at least {} required), available \
                     for work",
                    w.verloren_uren, w.arbeidsuren, w.vereist_verlies
                )
            } else if !w.beschikbaar {
                "not unemployed: not available for work".to_owned()
            } else {
                format!(
                    "not unemployed: {} of {} hours a week lost, at least {} required",
                    w.verloren_uren, w.arbeidsuren, w.vereist_verlies
                )
            },
        );
        let weken = Ground::new(
            ART_17,
            format!(
                "worked in {} of the {REFERTEPERIODE_WEKEN} calendar weeks before the first day \
                 of unemployment; at least {WEKENEIS_WEKEN} required: {}",
                self.wekeneis.weken_gewerkt,
                if self.wekeneis.voldaan {
                    "met"
                } else {
                    "not met"
                }
            ),
        );
        if self.heeft_recht() {
            return Eligibility::Eligible(self.eerste_werkloosheidsdag);
        }
        let mut reasons = Vec::new();
        if !w.werkloos {
            reasons.push(werkloos);
        }
        if !self.wekeneis.voldaan {
            reasons.push(weken);
        }
        for grond in self.uitsluitingen.iter() {
            let text = match (grond, self.aow_datum) {
                (Uitsluitingsgrond::AowLeeftijd, Some(aow)) => {
                    format!("has reached the AOW age on {aow}")
                }
                _ => grond.omschrijving().to_owned(),
            };
            reasons.push(Ground::new(grond.citation(), text));
        }
        Eligibility::NotEligible(reasons)
    }
}

/// The right to WW for `feiten` (WW art. 16, 17, 19 lid 1). Never allocates on success.
///
/// Errors only when the AOW date is needed (the person is 65 or older) and the AOW-age table
/// does not cover it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hours, Parameters, Uitsluitingsgrond, WwFeiten, ww};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // born 1958-06-01: AOW age 67 reached on 2025-06-01
/// let f = WwFeiten::new(d(1958, 6, 1), d(2025, 6, 2))?
///     .uren(Hours::new(dec!(38))?, Hours::new(dec!(38))?)?
///     .weken_gewerkt(36)?;
/// let r = ww::recht(&f, &Parameters::bundled())?;
/// assert!(r.uitsluitingen.contains(Uitsluitingsgrond::AowLeeftijd));
/// assert!(!r.heeft_recht());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn recht(feiten: &WwFeiten, params: &Parameters) -> Result<WwRecht, Error> {
    let dag = feiten.eerste_werkloosheidsdag;
    let mut uitsluitingen = feiten.uitsluitingen;
    let aow_datum = if age_on(feiten.geboortedatum, dag)? >= AOW_ONDERGRENS_JAREN {
        let aow = params.aow_datum(feiten.geboortedatum)?;
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
        wekeneis: wekeneis(feiten.weken_gewerkt),
        uitsluitingen,
        aow_datum,
    })
}
