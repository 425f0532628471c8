//! The household (`huishouden`) with the spouse, and the co-residents (`medebewoners`) of
//! art. 19a.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::normregel::Leefvorm;
use crate::date::checked;
use crate::error::Error;
use crate::wire::{Validate, validated_serde};

/// The household (`huishouden`): single, single parent, or a couple with the spouse's birth
/// date, with or without children. A couple always carries the partner; a single person never
/// does.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::{Huishouden, Leefvorm};
/// let paar = Huishouden::gehuwden(NaiveDate::from_ymd_opt(1982, 1, 1).unwrap())?;
/// assert_eq!(paar.leefvorm(), Leefvorm::Gehuwden);
/// assert_eq!(serde_json::to_string(&paar)?, r#"{"leefvorm":"gehuwden","partner":"1982-01-01"}"#);
/// assert_eq!(paar.to_string(), "gehuwden 1982-01-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "leefvorm", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Huishouden {
    /// A single person without children (art. 4 lid 1 a).
    Alleenstaande,
    /// A single parent (art. 4 lid 1 b).
    AlleenstaandeOuder,
    /// A married or cohabiting couple without children.
    Gehuwden {
        /// The spouse's birth date.
        partner: NaiveDate,
    },
    /// A married or cohabiting couple with one or more children in their care.
    GehuwdenMetKinderen {
        /// The spouse's birth date.
        partner: NaiveDate,
    },
}

/// The household on the wire: serde's internally tagged unit variants ignore extra fields, so
/// the shape is read as one strict map and then matched (a partner on a single person, or a
/// couple without one, is refused).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HuishoudenWire {
    leefvorm: HuishoudenSoort,
    partner: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum HuishoudenSoort {
    Alleenstaande,
    AlleenstaandeOuder,
    Gehuwden,
    GehuwdenMetKinderen,
}

impl<'de> Deserialize<'de> for Huishouden {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let wire = HuishoudenWire::deserialize(deserializer)?;
        let value = match (wire.leefvorm, wire.partner) {
            (HuishoudenSoort::Alleenstaande, None) => Self::Alleenstaande,
            (HuishoudenSoort::AlleenstaandeOuder, None) => Self::AlleenstaandeOuder,
            (HuishoudenSoort::Gehuwden, Some(partner)) => Self::Gehuwden { partner },
            (HuishoudenSoort::GehuwdenMetKinderen, Some(partner)) => {
                Self::GehuwdenMetKinderen { partner }
            }
            (HuishoudenSoort::Alleenstaande | HuishoudenSoort::AlleenstaandeOuder, Some(_)) => {
                return Err(D::Error::custom("a single person has no partner"));
            }
            (HuishoudenSoort::Gehuwden | HuishoudenSoort::GehuwdenMetKinderen, None) => {
                return Err(D::Error::missing_field("partner"));
            }
        };
        value.validate().map_err(crate::wire::refuse)?;
        Ok(value)
    }
}

impl Validate for Huishouden {
    fn validate(&self) -> Result<(), Error> {
        if let Some(p) = self.partner() {
            checked(p, "partner")?;
        }
        Ok(())
    }
}

impl fmt::Display for Huishouden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Alleenstaande => f.write_str("alleenstaande"),
            Self::AlleenstaandeOuder => f.write_str("alleenstaande_ouder"),
            Self::Gehuwden { partner } => write!(f, "gehuwden {partner}"),
            Self::GehuwdenMetKinderen { partner } => {
                write!(f, "gehuwden_met_kinderen {partner}")
            }
        }
    }
}

impl Huishouden {
    /// A single person (`alleenstaande`, art. 4 lid 1 a).
    ///
    /// ```
    /// use participatiewet::bijstand::Huishouden;
    /// assert_eq!(serde_json::to_string(&Huishouden::alleenstaande()).unwrap(), r#"{"leefvorm":"alleenstaande"}"#);
    /// ```
    #[must_use]
    pub const fn alleenstaande() -> Self {
        Self::Alleenstaande
    }

    /// A single parent (`alleenstaande ouder`, art. 4 lid 1 b).
    ///
    /// ```
    /// use participatiewet::bijstand::Huishouden;
    /// assert!(Huishouden::alleenstaande_ouder().kinderen());
    /// ```
    #[must_use]
    pub const fn alleenstaande_ouder() -> Self {
        Self::AlleenstaandeOuder
    }

    /// The serde tag (`"gehuwden"`).
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Huishouden::alleenstaande_ouder().tag(), "alleenstaande_ouder");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        self.label().wire
    }

    /// The Dutch and English words.
    ///
    /// ```
    /// use participatiewet::Taal;
    /// use participatiewet::bijstand::Huishouden;
    /// assert_eq!(Huishouden::alleenstaande_ouder().label().get(Taal::Nl), "alleenstaande ouder");
    /// ```
    #[must_use]
    pub const fn label(&self) -> &'static crate::Label {
        match self {
            Self::Alleenstaande => &ALLEENSTAANDE,
            Self::AlleenstaandeOuder => &ALLEENSTAANDE_OUDER,
            Self::Gehuwden { .. } => &GEHUWDEN,
            Self::GehuwdenMetKinderen { .. } => &GEHUWDEN_MET_KINDEREN,
        }
    }

    /// A couple without children; the spouse's birth date is checked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(participatiewet::bijstand::Huishouden::gehuwden(NaiveDate::MIN).is_err());
    /// ```
    pub fn gehuwden(partner: NaiveDate) -> Result<Self, Error> {
        Ok(Self::Gehuwden {
            partner: checked(partner, "partner")?,
        })
    }

    /// A couple with children; the spouse's birth date is checked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let h = participatiewet::bijstand::Huishouden::gehuwden_met_kinderen(NaiveDate::from_ymd_opt(2005, 1, 1).unwrap())?;
    /// assert!(h.kinderen());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn gehuwden_met_kinderen(partner: NaiveDate) -> Result<Self, Error> {
        Ok(Self::GehuwdenMetKinderen {
            partner: checked(partner, "partner")?,
        })
    }

    /// The household form.
    ///
    /// ```
    /// use participatiewet::bijstand::{Huishouden, Leefvorm};
    /// assert_eq!(Huishouden::AlleenstaandeOuder.leefvorm(), Leefvorm::AlleenstaandeOuder);
    /// ```
    #[must_use]
    pub const fn leefvorm(&self) -> Leefvorm {
        match self {
            Self::Alleenstaande => Leefvorm::Alleenstaande,
            Self::AlleenstaandeOuder => Leefvorm::AlleenstaandeOuder,
            Self::Gehuwden { .. } | Self::GehuwdenMetKinderen { .. } => Leefvorm::Gehuwden,
        }
    }

    /// The spouse's birth date, for a couple.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Huishouden::Alleenstaande.partner().is_none());
    /// ```
    #[must_use]
    pub const fn partner(&self) -> Option<NaiveDate> {
        match self {
            Self::Gehuwden { partner } | Self::GehuwdenMetKinderen { partner } => Some(*partner),
            Self::Alleenstaande | Self::AlleenstaandeOuder => None,
        }
    }

    /// Whether the household has children in its care (art. 20 lid 2, art. 22a lid 3 a).
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Huishouden::AlleenstaandeOuder.kinderen());
    /// ```
    #[must_use]
    pub const fn kinderen(&self) -> bool {
        matches!(
            self,
            Self::AlleenstaandeOuder | Self::GehuwdenMetKinderen { .. }
        )
    }
}

const ALLEENSTAANDE: crate::Label =
    crate::Label::new("alleenstaande", "alleenstaande", "single person");
const ALLEENSTAANDE_OUDER: crate::Label = crate::Label::new(
    "alleenstaande_ouder",
    "alleenstaande ouder",
    "single parent",
);
const GEHUWDEN: crate::Label = crate::Label::new("gehuwden", "gehuwden", "married couple");
const GEHUWDEN_MET_KINDEREN: crate::Label = crate::Label::new(
    "gehuwden_met_kinderen",
    "gehuwden met kinderen",
    "married couple with children",
);

/// A co-resident other than the spouse, and whether art. 19a lid 1 b–d excepts them from the
/// cost-sharers.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::Medebewoner;
/// let m = Medebewoner::new(NaiveDate::from_ymd_opt(1996, 1, 1).unwrap())?;
/// assert!(!m.is_uitgezonderd());
/// assert_eq!(serde_json::to_string(&m)?, r#"{"geboortedatum":"1996-01-01","uitgezonderd":false}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Medebewoner {
    geboortedatum: NaiveDate,
    uitgezonderd: bool,
}

validated_serde!(Medebewoner);

impl Validate for Medebewoner {
    fn validate(&self) -> Result<(), Error> {
        checked(self.geboortedatum, "medebewoners").map(|_| ())
    }
}

impl Medebewoner {
    /// A co-resident who is not excepted.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(participatiewet::bijstand::Medebewoner::new(NaiveDate::MAX).is_err());
    /// ```
    pub fn new(geboortedatum: NaiveDate) -> Result<Self, Error> {
        Ok(Self {
            geboortedatum: checked(geboortedatum, "medebewoners")?,
            uitgezonderd: false,
        })
    }

    /// A co-resident excepted by art. 19a lid 1 b–d: a commercial tenant, landlord or boarder
    /// on a written contract who is not family in the first or second degree, or a student
    /// with study finance or in a BBL programme.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::Medebewoner;
    /// assert!(Medebewoner::uitgezonderd(NaiveDate::from_ymd_opt(1996, 1, 1).unwrap())?.is_uitgezonderd());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn uitgezonderd(geboortedatum: NaiveDate) -> Result<Self, Error> {
        Ok(Self {
            geboortedatum: checked(geboortedatum, "medebewoners")?,
            uitgezonderd: true,
        })
    }

    /// The co-resident's birth date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(1996, 1, 1).unwrap();
    /// assert_eq!(participatiewet::bijstand::Medebewoner::new(day)?.geboortedatum(), day);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geboortedatum(&self) -> NaiveDate {
        self.geboortedatum
    }

    /// Whether art. 19a lid 1 b–d excepts the co-resident.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(!participatiewet::bijstand::Medebewoner::new(NaiveDate::from_ymd_opt(1996, 1, 1).unwrap())?.is_uitgezonderd());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn is_uitgezonderd(&self) -> bool {
        self.uitgezonderd
    }
}
