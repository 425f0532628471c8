//! The documents (`stukken`) of the procedure: the request for the advice, UWV's advice, the
//! college's determination and the beschut-werk contract, each with its date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::{Aanvrager, Verzoek};
use crate::date::{add_days, checked};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::Hours;
use crate::wire::{Validate, validated_serde, wire_enum};

/// UWV advises within eight weeks of receiving the request (Besluit advisering beschut werk
/// art. 2 lid 1).
pub const ADVIESTERMIJN_DAGEN: i64 = 56;

/// The tenor (`strekking`) of UWV's advice or the college's determination: beschut werk or not.
///
/// ```
/// use participatiewet::beschut_werk::Strekking;
/// use participatiewet::Taal;
/// assert_eq!("positief".parse::<Strekking>()?, Strekking::Positief);
/// assert_eq!(Strekking::Negatief.label().get(Taal::Nl), "geen beschut werk");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Strekking {
    /// The person can work only in a sheltered environment under adapted circumstances.
    Positief,
    /// Not so.
    Negatief,
}

wire_enum!(Strekking);

impl Strekking {
    /// The tenor in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::Strekking};
    /// assert_eq!(Strekking::Positief.label().get(Taal::En), "sheltered work");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const POSITIEF: Label = Label::new("positief", "beschut werk", "sheltered work");
        const NEGATIEF: Label = Label::new("negatief", "geen beschut werk", "no sheltered work");
        match self {
            Self::Positief => &POSITIEF,
            Self::Negatief => &NEGATIEF,
        }
    }
}

/// The request for the advice as the procedure records it: the day UWV received it and who
/// asked.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let a = Aanvraag::new(Aanvrager::College, d(2018, 1, 2))?;
/// assert_eq!(a.advies_uiterlijk()?, d(2018, 2, 27));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Aanvraag {
    datum: NaiveDate,
    door: Aanvrager,
}

validated_serde!(Aanvraag);

impl Validate for Aanvraag {
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum, "datum").map(|_| ())
    }
}

impl Aanvraag {
    /// A request by `door`, received on `datum`; errors for a date out of range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// assert!(Aanvraag::new(Aanvrager::College, NaiveDate::MIN).is_err());
    /// ```
    pub fn new(door: Aanvrager, datum: NaiveDate) -> Result<Self, Error> {
        let a = Self { datum, door };
        a.validate()?;
        Ok(a)
    }

    /// The day UWV received the request.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// let d = NaiveDate::from_ymd_opt(2018, 1, 2).unwrap();
    /// assert_eq!(Aanvraag::new(Aanvrager::College, d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// Who asked.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// let a = Aanvraag::new(Aanvrager::Persoon, NaiveDate::from_ymd_opt(2018, 1, 2).unwrap())?;
    /// assert_eq!(a.door(), Aanvrager::Persoon);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn door(&self) -> Aanvrager {
        self.door
    }

    /// The last day for UWV's advice: the request date plus eight weeks (56 days, Besluit art. 2
    /// lid 1).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// let a = Aanvraag::new(Aanvrager::Persoon, NaiveDate::from_ymd_opt(2017, 1, 1).unwrap())?;
    /// assert_eq!(a.advies_uiterlijk()?, NaiveDate::from_ymd_opt(2017, 2, 26).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn advies_uiterlijk(&self) -> Result<NaiveDate, Error> {
        add_days(self.datum, ADVIESTERMIJN_DAGEN)
    }

    /// The request as the eligibility assessment takes it, with no earlier advice.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// let a = Aanvraag::new(Aanvrager::Persoon, NaiveDate::from_ymd_opt(2018, 1, 2).unwrap())?;
    /// assert_eq!(a.verzoek()?.datum(), a.datum());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn verzoek(&self) -> Result<Verzoek, Error> {
        Verzoek::new(self.door, self.datum)
    }
}

/// UWV's advice as the college received it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Advies;
/// let a = Advies::positief(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap())?;
/// assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"datum":"2018-02-01","strekking":"positief"}"#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Advies {
    datum: NaiveDate,
    strekking: Strekking,
}

validated_serde!(Advies);

impl Validate for Advies {
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum, "datum").map(|_| ())
    }
}

impl Advies {
    /// A positive advice of `datum`: UWV advises to determine beschut werk.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// assert!(participatiewet::beschut_werk::Advies::positief(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap())?.is_positief());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn positief(datum: NaiveDate) -> Result<Self, Error> {
        Self::new(datum, Strekking::Positief)
    }

    /// A negative advice of `datum`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// assert!(!participatiewet::beschut_werk::Advies::negatief(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap())?.is_positief());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn negatief(datum: NaiveDate) -> Result<Self, Error> {
        Self::new(datum, Strekking::Negatief)
    }

    /// An advice of `datum` with tenor `strekking` (from a form's choice).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Advies, Strekking};
    /// let a = Advies::new(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap(), Strekking::Negatief)?;
    /// assert_eq!(a.strekking(), Strekking::Negatief);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(datum: NaiveDate, strekking: Strekking) -> Result<Self, Error> {
        let a = Self { datum, strekking };
        a.validate()?;
        Ok(a)
    }

    /// The day UWV gave the advice.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2018, 2, 1).unwrap();
    /// assert_eq!(participatiewet::beschut_werk::Advies::positief(d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The tenor.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Advies, Strekking};
    /// assert_eq!(Advies::positief(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap())?.strekking(), Strekking::Positief);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn strekking(&self) -> Strekking {
        self.strekking
    }

    /// Whether UWV advised to determine beschut werk.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// assert!(participatiewet::beschut_werk::Advies::positief(NaiveDate::from_ymd_opt(2018, 2, 1).unwrap())?.is_positief());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn is_positief(&self) -> bool {
        matches!(self.strekking, Strekking::Positief)
    }
}

/// The college's determination (`vaststelling`, art. 10b lid 1): that the person can work only
/// in a sheltered environment ([`positief`](Vaststelling::positief)) or not
/// ([`negatief`](Vaststelling::negatief)), with the reason when it departs from UWV's advice
/// (Awb art. 3:9, stated per art. 3:50).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Text;
/// use participatiewet::beschut_werk::Vaststelling;
/// let d = NaiveDate::from_ymd_opt(2018, 3, 1).unwrap();
/// assert!(Vaststelling::positief(d)?.is_beschut_werk());
/// let v = Vaststelling::negatief(d)?.met_afwijking(Text::new(
///     "UWV heeft het schoolrapport niet betrokken",
///     "UWV did not consider the school report",
/// ))?;
/// assert!(v.afwijking().is_some());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Vaststelling {
    datum: NaiveDate,
    strekking: Strekking,
    #[serde(deserialize_with = "Option::deserialize")]
    afwijking: Option<Text>,
}

validated_serde!(Vaststelling);

impl Validate for Vaststelling {
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum, "datum")?;
        if let Some(reden) = &self.afwijking {
            if reden.nl.trim().is_empty() || reden.en.trim().is_empty() {
                return Err(Error::facts(
                    "afwijking",
                    Text::new(
                        "de reden om van het advies af te wijken is leeg",
                        "the reason for departing from the advice is empty",
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Vaststelling {
    /// The college determines beschut werk on `datum`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// assert!(participatiewet::beschut_werk::Vaststelling::positief(NaiveDate::MAX).is_err());
    /// ```
    pub fn positief(datum: NaiveDate) -> Result<Self, Error> {
        Self::new(datum, Strekking::Positief)
    }

    /// The college determines no beschut werk on `datum`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let v = participatiewet::beschut_werk::Vaststelling::negatief(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert!(!v.is_beschut_werk());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn negatief(datum: NaiveDate) -> Result<Self, Error> {
        Self::new(datum, Strekking::Negatief)
    }

    /// A determination of `datum` with tenor `strekking` (from a form's choice).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Strekking, Vaststelling};
    /// let v = Vaststelling::new(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(), Strekking::Positief)?;
    /// assert!(v.is_beschut_werk());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(datum: NaiveDate, strekking: Strekking) -> Result<Self, Error> {
        let v = Self {
            datum,
            strekking,
            afwijking: None,
        };
        v.validate()?;
        Ok(v)
    }

    /// The same determination, departing from UWV's advice for `reden` (Dutch and English);
    /// errors for an empty reason. Whether it really departs is checked against the advice
    /// when the procedure applies it.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Text, beschut_werk::Vaststelling};
    /// let v = Vaststelling::negatief(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert!(v.met_afwijking(Text::new(" ", " ")).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn met_afwijking(mut self, reden: Text) -> Result<Self, Error> {
        self.afwijking = Some(reden);
        self.validate()?;
        Ok(self)
    }

    /// The day of the determination.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2018, 3, 1).unwrap();
    /// assert_eq!(participatiewet::beschut_werk::Vaststelling::positief(d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The tenor.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Strekking, Vaststelling};
    /// let v = Vaststelling::negatief(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert_eq!(v.strekking(), Strekking::Negatief);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn strekking(&self) -> Strekking {
        self.strekking
    }

    /// Whether the college determined beschut werk.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let v = participatiewet::beschut_werk::Vaststelling::positief(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert!(v.is_beschut_werk());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn is_beschut_werk(&self) -> bool {
        matches!(self.strekking, Strekking::Positief)
    }

    /// The reason for departing from the advice, if the college departs.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let v = participatiewet::beschut_werk::Vaststelling::positief(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert!(v.afwijking().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn afwijking(&self) -> Option<&Text> {
        self.afwijking.as_ref()
    }
}

/// The beschut-werk employment contract (`dienstbetrekking`): its first day and the agreed
/// hours a week (more than zero).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Dienstbetrekking;
/// use participatiewet::Hours;
/// use rust_decimal::dec;
/// let d = Dienstbetrekking::new(NaiveDate::from_ymd_opt(2018, 6, 1).unwrap(), Hours::new(dec!(24))?)?;
/// assert_eq!(d.uren_per_week().to_string(), "24");
/// assert!(Dienstbetrekking::new(d.aanvang(), Hours::default()).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dienstbetrekking {
    aanvang: NaiveDate,
    uren_per_week: Hours,
}

validated_serde!(Dienstbetrekking);

impl Validate for Dienstbetrekking {
    fn validate(&self) -> Result<(), Error> {
        checked(self.aanvang, "aanvang")?;
        // `Hours` is at most a week (168 hours) by its own bound.
        if self.uren_per_week.value().is_zero() {
            return Err(Error::facts(
                "uren_per_week",
                Text::new(
                    "een dienstbetrekking heeft meer dan nul uur per week",
                    "a contract has more than zero hours a week",
                ),
            ));
        }
        Ok(())
    }
}

impl Dienstbetrekking {
    /// A contract from `aanvang` for `uren_per_week`; errors for zero hours or a date out of
    /// range.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Hours, beschut_werk::Dienstbetrekking};
    /// assert!(Dienstbetrekking::new(NaiveDate::MIN, Hours::WEEK).is_err());
    /// ```
    pub fn new(aanvang: NaiveDate, uren_per_week: Hours) -> Result<Self, Error> {
        let d = Self {
            aanvang,
            uren_per_week,
        };
        d.validate()?;
        Ok(d)
    }

    /// The first day of the contract.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Hours, beschut_werk::Dienstbetrekking};
    /// let d = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    /// assert_eq!(Dienstbetrekking::new(d, Hours::WEEK)?.aanvang(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aanvang(&self) -> NaiveDate {
        self.aanvang
    }

    /// The agreed hours a week.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Hours, beschut_werk::Dienstbetrekking};
    /// let d = Dienstbetrekking::new(NaiveDate::from_ymd_opt(2018, 6, 1).unwrap(), Hours::WEEK)?;
    /// assert_eq!(d.uren_per_week(), Hours::WEEK);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uren_per_week(&self) -> Hours {
        self.uren_per_week
    }

    /// The hand-off to the loonwaarde domain: the facts a beschut-werk placement gives the job
    /// for loonkostensubsidie (art. 10b lid 9, art. 10d): its first day and the agreed hours a
    /// week. The loonwaarde job adds the normal full-time hours and the measured loonwaarde.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Hours, beschut_werk::Dienstbetrekking};
    /// let d = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
    /// let (aanvang, uren) = Dienstbetrekking::new(d, Hours::WEEK)?.loonwaarde_baan();
    /// assert_eq!((aanvang, uren), (d, Hours::WEEK));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn loonwaarde_baan(&self) -> (NaiveDate, Hours) {
        (self.aanvang, self.uren_per_week)
    }
}
