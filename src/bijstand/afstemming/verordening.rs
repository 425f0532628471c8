//! The municipality's afstemmingsverordening (Participatiewet art. 8 lid 1 onderdeel a): dated
//! policy data, cited as the municipality's own instrument.
//!
//! The council must adopt one (art. 8 lid 1: "stelt bij verordening regels"); a municipality
//! without one is the explicit state [`Verordening::Ontbreekt`], which a decision reports.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text};
use crate::money::Percentage;
use crate::wire::Validate;

/// The most categories a verordening may have (a bound of the crate, not of the law).
///
/// ```
/// assert_eq!(participatiewet::bijstand::afstemming::MAX_CATEGORIEEN, 20);
/// ```
pub const MAX_CATEGORIEEN: usize = 20;
/// The longest lowering for a category, in months (a bound of the crate, not of the law).
///
/// ```
/// assert_eq!(participatiewet::bijstand::afstemming::MAX_MAANDEN, 36);
/// ```
pub const MAX_MAANDEN: u8 = 36;

/// What a repeat of a category within a period costs (policy: the law sets no repeat rule for
/// the conduct of art. 18 lid 2).
///
/// ```
/// use participatiewet::Percentage;
/// use participatiewet::bijstand::afstemming::Herhaling;
/// let h = Herhaling::new(12, Percentage::new(rust_decimal::dec!(60))?, 2)?;
/// assert_eq!(h.binnen_maanden(), 12);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Herhaling {
    binnen_maanden: u8,
    percentage: Percentage,
    maanden: u8,
}

crate::wire::validated_serde!(Herhaling);

impl Validate for Herhaling {
    fn validate(&self) -> Result<(), Error> {
        months("binnen_maanden", self.binnen_maanden)?;
        months("maanden", self.maanden)
    }
}

impl Herhaling {
    /// A repeat within `binnen_maanden` months of the earlier measure's start: `percentage`
    /// for `maanden` months. Months run from 1 to [`MAX_MAANDEN`].
    ///
    /// ```
    /// use participatiewet::Percentage;
    /// use participatiewet::bijstand::afstemming::Herhaling;
    /// assert!(Herhaling::new(0, Percentage::HUNDRED, 1).is_err());
    /// ```
    pub fn new(binnen_maanden: u8, percentage: Percentage, maanden: u8) -> Result<Self, Error> {
        let h = Self {
            binnen_maanden,
            percentage,
            maanden,
        };
        h.validate()?;
        Ok(h)
    }

    /// The months after the earlier measure's start within which conduct counts as a repeat.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Herhaling};
    /// assert_eq!(Herhaling::new(6, Percentage::HUNDRED, 1)?.binnen_maanden(), 6);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn binnen_maanden(&self) -> u8 {
        self.binnen_maanden
    }

    /// The percentage of a repeat.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Herhaling};
    /// assert_eq!(Herhaling::new(6, Percentage::HUNDRED, 1)?.percentage(), Percentage::HUNDRED);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn percentage(&self) -> Percentage {
        self.percentage
    }

    /// The months of a repeat.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Herhaling};
    /// assert_eq!(Herhaling::new(6, Percentage::HUNDRED, 2)?.maanden(), 2);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maanden(&self) -> u8 {
        self.maanden
    }
}

/// A category of conduct in the verordening (art. 18 lid 2): its article, percentage, length
/// and repeat rule.
///
/// ```
/// use participatiewet::Percentage;
/// use participatiewet::bijstand::afstemming::Categorie;
/// let c = Categorie::new("9", Percentage::new(rust_decimal::dec!(5))?, 1, None)?;
/// assert_eq!(c.artikel(), "9");
/// assert_eq!(c.maanden(), 1);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Categorie {
    artikel: String,
    percentage: Percentage,
    maanden: u8,
    herhaling: Option<Herhaling>,
}

crate::wire::validated_serde!(Categorie);

impl Validate for Categorie {
    fn validate(&self) -> Result<(), Error> {
        not_empty("artikel", &self.artikel)?;
        months("maanden", self.maanden)?;
        match &self.herhaling {
            Some(h) => h.validate(),
            None => Ok(()),
        }
    }
}

impl Categorie {
    /// A category of the verordening's article `artikel`: `percentage` for `maanden` months,
    /// with an optional repeat rule.
    ///
    /// ```
    /// use participatiewet::Percentage;
    /// use participatiewet::bijstand::afstemming::Categorie;
    /// assert!(Categorie::new("", Percentage::HUNDRED, 1, None).is_err());
    /// assert!(Categorie::new("9", Percentage::HUNDRED, 0, None).is_err());
    /// ```
    pub fn new(
        artikel: impl Into<String>,
        percentage: Percentage,
        maanden: u8,
        herhaling: Option<Herhaling>,
    ) -> Result<Self, Error> {
        let c = Self {
            artikel: artikel.into(),
            percentage,
            maanden,
            herhaling,
        };
        c.validate()?;
        Ok(c)
    }

    /// The verordening's article for this category.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Categorie};
    /// assert_eq!(Categorie::new("9 lid 1", Percentage::HUNDRED, 1, None)?.artikel(), "9 lid 1");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn artikel(&self) -> &str {
        &self.artikel
    }

    /// The percentage of the lowering.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Categorie};
    /// assert_eq!(Categorie::new("9", Percentage::ZERO, 1, None)?.percentage(), Percentage::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn percentage(&self) -> Percentage {
        self.percentage
    }

    /// The length of the lowering in months.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Categorie};
    /// assert_eq!(Categorie::new("9", Percentage::ZERO, 3, None)?.maanden(), 3);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maanden(&self) -> u8 {
        self.maanden
    }

    /// The repeat rule, if the verordening has one for this category.
    ///
    /// ```
    /// # use participatiewet::{Percentage, bijstand::afstemming::Categorie};
    /// assert!(Categorie::new("9", Percentage::ZERO, 3, None)?.herhaling().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn herhaling(&self) -> Option<&Herhaling> {
        self.herhaling.as_ref()
    }
}

/// The periods the verordening sets for the statutory cases (art. 18 lid 5 and 6): the first
/// measure lasts one to three months, a repeat within twelve months longer, at most three.
///
/// ```
/// use participatiewet::bijstand::afstemming::WettelijkeDuur;
/// let d = WettelijkeDuur::new("10", 1, 2)?;
/// assert_eq!((d.eerste(), d.tweede()), (1, 2));
/// assert!(WettelijkeDuur::new("10", 3, 3).is_err()); // lid 6: longer than lid 5, at most 3
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WettelijkeDuur {
    artikel: String,
    eerste: u8,
    tweede: u8,
}

crate::wire::validated_serde!(WettelijkeDuur);

impl Validate for WettelijkeDuur {
    fn validate(&self) -> Result<(), Error> {
        not_empty("artikel", &self.artikel)?;
        if !(1..=3).contains(&self.eerste) {
            return Err(range("eerste", self.eerste, 1, 3));
        }
        if self.tweede <= self.eerste || self.tweede > 3 {
            return Err(Error::facts(
                "tweede",
                Text::new(
                    "de periode bij herhaling moet langer zijn dan de eerste en ten hoogste drie \
                     maanden (artikel 18, zesde lid)",
                    "the period of a repeat must be longer than the first and at most three \
                     months (art. 18 lid 6)",
                ),
            ));
        }
        Ok(())
    }
}

impl WettelijkeDuur {
    /// The periods set by the verordening's article `artikel`: `eerste` months for a first
    /// measure (lid 5), `tweede` for a repeat (lid 6).
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::WettelijkeDuur;
    /// assert!(WettelijkeDuur::new("10", 0, 2).is_err());
    /// ```
    pub fn new(artikel: impl Into<String>, eerste: u8, tweede: u8) -> Result<Self, Error> {
        let d = Self {
            artikel: artikel.into(),
            eerste,
            tweede,
        };
        d.validate()?;
        Ok(d)
    }

    /// The verordening's article that sets the periods.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::WettelijkeDuur;
    /// assert_eq!(WettelijkeDuur::new("10", 1, 3)?.artikel(), "10");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn artikel(&self) -> &str {
        &self.artikel
    }

    /// Months of a first measure (art. 18 lid 5).
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::WettelijkeDuur;
    /// assert_eq!(WettelijkeDuur::new("10", 2, 3)?.eerste(), 2);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn eerste(&self) -> u8 {
        self.eerste
    }

    /// Months of a repeat within twelve months (art. 18 lid 6).
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::WettelijkeDuur;
    /// assert_eq!(WettelijkeDuur::new("10", 2, 3)?.tweede(), 3);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn tweede(&self) -> u8 {
        self.tweede
    }
}

/// A municipality's afstemmingsverordening in force from a date: its categories of conduct
/// (art. 18 lid 2) and the periods of the statutory cases (lid 5 and 6).
///
/// Categories are numbered from 1 in the order given.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Percentage;
/// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Categorie, WettelijkeDuur};
/// use rust_decimal::dec;
/// let v = Afstemmingsverordening::new(
///     "Voorbeeldstad",
///     "Afstemmingsverordening Participatiewet Voorbeeldstad 2025",
///     NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
///     vec![Categorie::new("9", Percentage::new(dec!(5))?, 1, None)?],
///     WettelijkeDuur::new("10", 1, 2)?,
/// )?;
/// assert_eq!(v.categorie(1).map(|c| c.artikel()), Some("9"));
/// assert!(v.categorie(2).is_none());
/// assert_eq!(v.citation("9").to_string(),
///     "gemeentelijk beleid: Afstemmingsverordening Participatiewet Voorbeeldstad 2025, artikel 9");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Afstemmingsverordening {
    gemeente: String,
    citeertitel: String,
    geldig_vanaf: NaiveDate,
    categorieen: Vec<Categorie>,
    wettelijke_duur: WettelijkeDuur,
}

crate::wire::validated_serde!(Afstemmingsverordening);

impl Validate for Afstemmingsverordening {
    fn validate(&self) -> Result<(), Error> {
        not_empty("gemeente", &self.gemeente)?;
        not_empty("citeertitel", &self.citeertitel)?;
        crate::date::checked(self.geldig_vanaf, "geldig_vanaf")?;
        if self.categorieen.is_empty() || self.categorieen.len() > MAX_CATEGORIEEN {
            return Err(Error::facts(
                "categorieen",
                Text::new(
                    "een verordening heeft 1 tot en met 20 categorieën",
                    "a verordening has 1 to 20 categories",
                ),
            ));
        }
        for c in &self.categorieen {
            c.validate()?;
        }
        self.wettelijke_duur.validate()
    }
}

impl Afstemmingsverordening {
    /// The verordening of `gemeente`, cited as `citeertitel`, in force from `geldig_vanaf`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, WettelijkeDuur};
    /// let err = Afstemmingsverordening::new("X", "V", NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    ///     vec![], WettelijkeDuur::new("10", 1, 2)?).unwrap_err();
    /// assert_eq!(err.field(), Some("categorieen"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        gemeente: impl Into<String>,
        citeertitel: impl Into<String>,
        geldig_vanaf: NaiveDate,
        categorieen: Vec<Categorie>,
        wettelijke_duur: WettelijkeDuur,
    ) -> Result<Self, Error> {
        let v = Self {
            gemeente: gemeente.into(),
            citeertitel: citeertitel.into(),
            geldig_vanaf,
            categorieen,
            wettelijke_duur,
        };
        v.validate()?;
        Ok(v)
    }

    /// The municipality.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::Afstemmingsverordening;
    /// # let v = Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.gemeente(), "Voorbeeldstad");
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        &self.gemeente
    }

    /// The verordening's citation title.
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert!(v.citeertitel().starts_with("Afstemmingsverordening"));
    /// ```
    #[must_use]
    pub fn citeertitel(&self) -> &str {
        &self.citeertitel
    }

    /// The first day it is in force.
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.geldig_vanaf().to_string(), "2025-01-01");
    /// ```
    #[must_use]
    pub const fn geldig_vanaf(&self) -> NaiveDate {
        self.geldig_vanaf
    }

    /// Category `nummer` (from 1).
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert!(v.categorie(0).is_none());
    /// ```
    #[must_use]
    pub fn categorie(&self, nummer: u8) -> Option<&Categorie> {
        usize::from(nummer)
            .checked_sub(1)
            .and_then(|i| self.categorieen.get(i))
    }

    /// The categories, in order.
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.categorieen().len(), 3);
    /// ```
    #[must_use]
    pub fn categorieen(&self) -> &[Categorie] {
        &self.categorieen
    }

    /// The periods of the statutory cases.
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.wettelijke_duur().eerste(), 1);
    /// ```
    #[must_use]
    pub const fn wettelijke_duur(&self) -> &WettelijkeDuur {
        &self.wettelijke_duur
    }

    /// The citation of the verordening's article `artikel`.
    ///
    /// ```
    /// # let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.citation("10").regulation, participatiewet::Regulation::GemeentelijkBeleid);
    /// ```
    #[must_use]
    pub fn citation(&self, artikel: &str) -> Citation {
        Citation::owned(
            Regulation::GemeentelijkBeleid,
            format!("{}, artikel {artikel}", self.citeertitel),
        )
    }

    /// A verordening for examples and tests: Voorbeeldstad, in force from 1 January 2025, with
    /// the three categories of 5%, 30% and 100% for one month each (articles 9 to 11), and
    /// statutory periods of one and two months (article 12). Policy data, not law.
    ///
    /// ```
    /// let v = participatiewet::bijstand::afstemming::Afstemmingsverordening::voorbeeld();
    /// assert_eq!(v.categorie(3).map(|c| c.percentage()), Some(participatiewet::Percentage::HUNDRED));
    /// ```
    #[must_use]
    pub fn voorbeeld() -> Self {
        let pct = |n: i64| Percentage::new(rust_decimal::Decimal::new(n, 0)).unwrap_or_default();
        let cat = |artikel: &str, n| Categorie {
            artikel: artikel.to_owned(),
            percentage: pct(n),
            maanden: 1,
            herhaling: None,
        };
        Self {
            gemeente: "Voorbeeldstad".to_owned(),
            citeertitel: "Afstemmingsverordening Participatiewet Voorbeeldstad 2025".to_owned(),
            geldig_vanaf: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or(crate::date::EARLIEST),
            categorieen: vec![cat("9", 5), cat("10", 30), cat("11", 100)],
            wettelijke_duur: WettelijkeDuur {
                artikel: "12".to_owned(),
                eerste: 1,
                tweede: 2,
            },
        }
    }
}

/// The afstemmingsverordening of a municipality on a date: adopted, or explicitly absent.
///
/// ```
/// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Verordening};
/// let geen = Verordening::ontbreekt("Nergenshuizen")?;
/// assert_eq!(geen.gemeente(), "Nergenshuizen");
/// assert_eq!(serde_json::to_string(&geen)?, r#"{"status":"ontbreekt","gemeente":"Nergenshuizen"}"#);
/// let v = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());
/// assert_eq!(v.to_string(), "vastgesteld: Voorbeeldstad@2025-01-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "status",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Verordening {
    /// The council adopted this verordening.
    Vastgesteld(Afstemmingsverordening),
    /// The council adopted none (contrary to art. 8 lid 1): a state the decision reports.
    Ontbreekt {
        /// The municipality.
        gemeente: String,
    },
}

crate::wire::validated_serde!(Verordening);

impl Validate for Verordening {
    fn validate(&self) -> Result<(), Error> {
        match self {
            Self::Vastgesteld(v) => v.validate(),
            Self::Ontbreekt { gemeente } => not_empty("gemeente", gemeente),
        }
    }
}

impl Verordening {
    /// The explicit state of `gemeente` without a verordening.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::afstemming::Verordening::ontbreekt("").is_err());
    /// ```
    pub fn ontbreekt(gemeente: impl Into<String>) -> Result<Self, Error> {
        let v = Self::Ontbreekt {
            gemeente: gemeente.into(),
        };
        v.validate()?;
        Ok(v)
    }

    /// The municipality.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Verordening};
    /// assert_eq!(Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()).gemeente(), "Voorbeeldstad");
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        match self {
            Self::Vastgesteld(v) => v.gemeente(),
            Self::Ontbreekt { gemeente } => gemeente,
        }
    }

    /// The adopted verordening, if any.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Verordening;
    /// assert!(Verordening::ontbreekt("X")?.vastgesteld().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vastgesteld(&self) -> Option<&Afstemmingsverordening> {
        match self {
            Self::Vastgesteld(v) => Some(v),
            Self::Ontbreekt { .. } => None,
        }
    }
}

impl std::fmt::Display for Verordening {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Vastgesteld(v) => write!(f, "vastgesteld: {}@{}", v.gemeente, v.geldig_vanaf),
            Self::Ontbreekt { gemeente } => write!(f, "ontbreekt: {gemeente}"),
        }
    }
}

/// The most afstemmingsverordeningen a municipality's policy holds (a bound of the crate).
pub(crate) const MAX_VERORDENINGEN: usize = 50;

/// The council's verordeningen over time (field `afstemmingsverordeningen` of
/// [`Beleid`](crate::Beleid)): each valid, of `gemeente`, in strictly increasing order of the
/// day it comes into force (one replaces the other), at most [`MAX_VERORDENINGEN`].
pub(crate) fn reeks_check(gemeente: &str, reeks: &[Afstemmingsverordening]) -> Result<(), Error> {
    const FIELD: &str = "afstemmingsverordeningen";
    if reeks.len() > MAX_VERORDENINGEN {
        return Err(Error::facts(
            FIELD,
            Text::new(
                "een gemeente heeft ten hoogste 50 afstemmingsverordeningen",
                "a municipality has at most 50 afstemmingsverordeningen",
            ),
        ));
    }
    for (i, v) in reeks.iter().enumerate() {
        v.validate()?;
        if v.gemeente() != gemeente {
            return Err(Error::facts(
                FIELD,
                Text::new(
                    "de afstemmingsverordening is van een andere gemeente",
                    "the afstemmingsverordening is of another municipality",
                ),
            ));
        }
        let vorige = i.checked_sub(1).and_then(|j| reeks.get(j));
        if vorige.is_some_and(|p| p.geldig_vanaf() >= v.geldig_vanaf()) {
            return Err(Error::facts(
                FIELD,
                Text::new(
                    "de afstemmingsverordeningen staan op volgorde van hun ingangsdatum, elk op \
                     een andere dag",
                    "the afstemmingsverordeningen are in order of their first day, each on \
                     another day",
                ),
            ));
        }
    }
    Ok(())
}

fn not_empty(field: &'static str, text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        Err(Error::facts(
            field,
            Text::new("mag niet leeg zijn", "must not be empty"),
        ))
    } else {
        Ok(())
    }
}

fn months(field: &'static str, value: u8) -> Result<(), Error> {
    if (1..=MAX_MAANDEN).contains(&value) {
        Ok(())
    } else {
        Err(range(field, value, 1, MAX_MAANDEN))
    }
}

fn range(field: &'static str, value: u8, min: u8, max: u8) -> Error {
    Error::OutOfRange {
        field: field.into(),
        value: value.to_string(),
        min: min.to_string(),
        max: max.to_string(),
    }
}
