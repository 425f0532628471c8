//! The facts of a bijstand question, owned and validated: the household with the spouse, the
//! co-residents, the residence status, the exclusions of art. 13, income and assets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::huishouden::{Huishouden, Medebewoner};
use super::uitsluiting::{Uitsluiting, Uitsluitingen, Verblijf};
use crate::date::checked;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::wire::{Validate, validated_serde};

/// The facts of a bijstand question, owned: read them from a form's JSON or build them with
/// [`BijstandFeiten::builder`]. Both go through one validation: every date in the crate's
/// range, and unknown fields refused.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Money;
/// use participatiewet::bijstand::{BijstandFeiten, Huishouden, Medebewoner};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1))?)
///     .medebewoner(Medebewoner::new(d(1995, 8, 1))?)
///     .inkomsten(Money::from_cents(25_000)?)
///     .build()?;
/// let json = serde_json::to_string(&f)?;
/// assert_eq!(serde_json::from_str::<BijstandFeiten>(&json)?, f);
/// assert!(serde_json::from_str::<BijstandFeiten>(&json.replace("\"vermogen\"", "\"vermogenx\"")).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct BijstandFeiten {
    geboortedatum: NaiveDate,
    huishouden: Huishouden,
    verblijf: Verblijf,
    woont_in_nederland: bool,
    uitsluitingen: Uitsluitingen,
    medebewoners: Vec<Medebewoner>,
    inkomsten: Money,
    vermogen: Money,
}

validated_serde!(BijstandFeiten);

impl Validate for BijstandFeiten {
    fn validate(&self) -> Result<(), Error> {
        checked(self.geboortedatum, "geboortedatum")?;
        self.huishouden.validate()?;
        for m in &self.medebewoners {
            m.validate()?;
        }
        if self.medebewoners.len() > usize::from(u8::MAX) {
            return Err(Error::facts(
                "medebewoners",
                Text::new("meer dan 255 medebewoners", "more than 255 co-residents"),
            ));
        }
        Ok(())
    }
}

impl BijstandFeiten {
    /// A builder for the facts of a person born on `geboortedatum` in `huishouden`: by
    /// default a Dutch national living in the Netherlands, no exclusions, no co-residents, no
    /// income and no assets.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::{BijstandFeiten, Huishouden, Verblijf};
    /// let f = BijstandFeiten::builder(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(f.verblijf(), Verblijf::Nederlander);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn builder(geboortedatum: NaiveDate, huishouden: Huishouden) -> BijstandFeitenBuilder {
        BijstandFeitenBuilder(Self {
            geboortedatum,
            huishouden,
            verblijf: Verblijf::Nederlander,
            woont_in_nederland: true,
            uitsluitingen: Uitsluitingen::default(),
            medebewoners: Vec::new(),
            inkomsten: Money::ZERO,
            vermogen: Money::ZERO,
        })
    }

    /// The applicant's birth date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert_eq!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.geboortedatum(), day);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geboortedatum(&self) -> NaiveDate {
        self.geboortedatum
    }

    /// The household.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert_eq!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.huishouden(), Huishouden::Alleenstaande);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn huishouden(&self) -> Huishouden {
        self.huishouden
    }

    /// The residence status.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden, Verblijf};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).verblijf(Verblijf::RechtmatigVerblijf).build()?;
    /// assert_eq!(f.verblijf(), Verblijf::RechtmatigVerblijf);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verblijf(&self) -> Verblijf {
        self.verblijf
    }

    /// Whether the applicant lives in the Netherlands (art. 11 lid 1).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.woont_in_nederland());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn woont_in_nederland(&self) -> bool {
        self.woont_in_nederland
    }

    /// The exclusions the caller has established.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.uitsluitingen().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitsluitingen(&self) -> Uitsluitingen {
        self.uitsluitingen
    }

    /// The co-residents other than the spouse.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.medebewoners().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn medebewoners(&self) -> &[Medebewoner] {
        &self.medebewoners
    }

    /// Income per month that counts as means (art. 31–33), net.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, bijstand::{BijstandFeiten, Huishouden}};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert_eq!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.inkomsten(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn inkomsten(&self) -> Money {
        self.inkomsten
    }

    /// Assets that count (art. 34), after debts.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, bijstand::{BijstandFeiten, Huishouden}};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert_eq!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build()?.vermogen(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vermogen(&self) -> Money {
        self.vermogen
    }
}

/// Builds [`BijstandFeiten`]; [`build`](Self::build) runs the facts' validation.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::{BijstandFeiten, Huishouden};
/// let err = BijstandFeiten::builder(NaiveDate::MIN, Huishouden::Alleenstaande).build().unwrap_err();
/// assert_eq!(err.field(), Some("geboortedatum"));
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct BijstandFeitenBuilder(BijstandFeiten);

impl BijstandFeitenBuilder {
    /// The residence status (default: Dutch national).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden, Verblijf};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let _ = BijstandFeiten::builder(day, Huishouden::Alleenstaande).verblijf(Verblijf::GeenRechtmatigVerblijf);
    /// ```
    pub fn verblijf(mut self, verblijf: Verblijf) -> Self {
        self.0.verblijf = verblijf;
        self
    }

    /// Whether the applicant lives in the Netherlands (default: yes).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).woont_in_nederland(false).build()?;
    /// assert!(!f.woont_in_nederland());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn woont_in_nederland(mut self, woont: bool) -> Self {
        self.0.woont_in_nederland = woont;
        self
    }

    /// Adds an exclusion of art. 13.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden, Uitsluiting};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).uitsluiting(Uitsluiting::Detentie).build()?;
    /// assert!(f.uitsluitingen().contains(Uitsluiting::Detentie));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn uitsluiting(mut self, uitsluiting: Uitsluiting) -> Self {
        self.0.uitsluitingen = self.0.uitsluitingen.met(uitsluiting);
        self
    }

    /// Adds a co-resident other than the spouse.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden, Medebewoner};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).medebewoner(Medebewoner::new(day)?).build()?;
    /// assert_eq!(f.medebewoners().len(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn medebewoner(mut self, medebewoner: Medebewoner) -> Self {
        self.0.medebewoners.push(medebewoner);
        self
    }

    /// The income per month that counts as means (default: none).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, bijstand::{BijstandFeiten, Huishouden}};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).inkomsten(Money::from_cents(100)?).build()?;
    /// assert_eq!(f.inkomsten().to_string(), "1.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn inkomsten(mut self, inkomsten: Money) -> Self {
        self.0.inkomsten = inkomsten;
        self
    }

    /// The assets that count (default: none).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, bijstand::{BijstandFeiten, Huishouden}};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// let f = BijstandFeiten::builder(day, Huishouden::Alleenstaande).vermogen(Money::from_cents(100)?).build()?;
    /// assert_eq!(f.vermogen().to_string(), "1.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn vermogen(mut self, vermogen: Money) -> Self {
        self.0.vermogen = vermogen;
        self
    }

    /// The facts, validated.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::bijstand::{BijstandFeiten, Huishouden};
    /// # let day = NaiveDate::from_ymd_opt(1980, 5, 1).unwrap();
    /// assert!(BijstandFeiten::builder(day, Huishouden::Alleenstaande).build().is_ok());
    /// ```
    pub fn build(self) -> Result<BijstandFeiten, Error> {
        self.0.validate()?;
        Ok(self.0)
    }
}
