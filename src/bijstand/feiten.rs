//! The facts of a bijstand question, owned and validated: the household with the spouse, the
//! co-residents, the residence status, the exclusions of art. 13, income and assets.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::gronden;
use super::norm::Leefvorm;
use crate::citation::{Citation, Regulation};
use crate::date::checked;
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::Money;
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
        value.validate().map_err(D::Error::custom)?;
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

/// The residence status that gives a right to bijstand (art. 11).
///
/// ```
/// use participatiewet::bijstand::Verblijf;
/// assert!(Verblijf::Nederlander.geeft_recht());
/// assert!(!Verblijf::GeenRechtmatigVerblijf.geeft_recht());
/// assert_eq!("rechtmatig_verblijf".parse::<Verblijf>()?, Verblijf::RechtmatigVerblijf);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verblijf {
    /// A Dutch national (art. 11 lid 1).
    Nederlander,
    /// A foreigner lawfully resident under Vreemdelingenwet 2000 art. 8 a–e or l (art. 11
    /// lid 2).
    RechtmatigVerblijf,
    /// Neither: no right (art. 11).
    GeenRechtmatigVerblijf,
}

crate::wire::wire_enum!(Verblijf);

impl Verblijf {
    /// Whether this status gives a right to bijstand.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Verblijf::RechtmatigVerblijf.geeft_recht());
    /// ```
    #[must_use]
    pub fn geeft_recht(self) -> bool {
        !matches!(self, Self::GeenRechtmatigVerblijf)
    }

    /// The article: lid 1 for a Dutch national, lid 2 otherwise.
    ///
    /// ```
    /// use participatiewet::bijstand::Verblijf;
    /// assert_eq!(Verblijf::Nederlander.citation().to_string(), "Participatiewet art. 11 lid 1");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        let art = Citation::article(Regulation::Participatiewet, "11");
        match self {
            Self::Nederlander => art.lid(1),
            Self::RechtmatigVerblijf | Self::GeenRechtmatigVerblijf => art.lid(2),
        }
    }

    /// The words for a letter.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Verblijf::Nederlander.label().nl, "Nederlander");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Nederlander => &gronden::VERBLIJF[0],
            Self::RechtmatigVerblijf => &gronden::VERBLIJF[1],
            Self::GeenRechtmatigVerblijf => &gronden::VERBLIJF[2],
        }
    }
}

/// An exclusion of art. 13 the caller has established (being under 18 is computed, not an
/// input).
///
/// ```
/// use participatiewet::bijstand::Uitsluiting;
/// assert_eq!(Uitsluiting::Detentie.citation().to_string(), "Participatiewet art. 13 lid 1 onderdeel a");
/// assert_eq!(Uitsluiting::OnderwijsOnder27.to_string(), "onderwijs_onder_27");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluiting {
    /// Lawfully deprived of liberty (art. 13 lid 1 a).
    Detentie,
    /// Evading a custodial sentence or measure (art. 13 lid 1 b).
    Onttrekking,
    /// In military or alternative service (art. 13 lid 1 c).
    Dienstplicht,
    /// Not working because of a strike or lock-out (art. 13 lid 1 d).
    Werkstaking,
    /// Abroad longer than four weeks a year or in a row, thirteen weeks at AOW age (art. 13
    /// lid 1 e, lid 4).
    Buitenland,
    /// Asking bijstand to pay off a debt while having had the means (art. 13 lid 1 g).
    Schuldenlast,
    /// A uitreiziger (art. 13 lid 1 h).
    Uitreiziger,
    /// 18, 19 or 20 and staying in an institution (art. 13 lid 2 a): no algemene bijstand.
    Inrichting,
    /// On unpaid leave, or married to someone who is (art. 13 lid 2 b): no algemene bijstand.
    OnbetaaldVerlof,
    /// Under 27 and able to follow publicly funded education (art. 13 lid 2 c).
    #[serde(rename = "onderwijs_onder_27")]
    OnderwijsOnder27,
    /// Under 27 and unambiguously unwilling to meet the obligations (art. 13 lid 2 d).
    #[serde(rename = "verplichtingen_onder_27")]
    VerplichtingenOnder27,
}

crate::wire::wire_enum!(Uitsluiting);

impl Uitsluiting {
    const ALL: [Self; 11] = [
        Self::Detentie,
        Self::Onttrekking,
        Self::Dienstplicht,
        Self::Werkstaking,
        Self::Buitenland,
        Self::Schuldenlast,
        Self::Uitreiziger,
        Self::Inrichting,
        Self::OnbetaaldVerlof,
        Self::OnderwijsOnder27,
        Self::VerplichtingenOnder27,
    ];

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The article, lid and onderdeel.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert_eq!(Uitsluiting::Inrichting.citation().to_string(), "Participatiewet art. 13 lid 2 onderdeel a");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        let art = Citation::article(Regulation::Participatiewet, "13");
        match self {
            Self::Detentie => art.lid(1).onderdeel("a"),
            Self::Onttrekking => art.lid(1).onderdeel("b"),
            Self::Dienstplicht => art.lid(1).onderdeel("c"),
            Self::Werkstaking => art.lid(1).onderdeel("d"),
            Self::Buitenland => art.lid(1).onderdeel("e"),
            Self::Schuldenlast => art.lid(1).onderdeel("g"),
            Self::Uitreiziger => art.lid(1).onderdeel("h"),
            Self::Inrichting => art.lid(2).onderdeel("a"),
            Self::OnbetaaldVerlof => art.lid(2).onderdeel("b"),
            Self::OnderwijsOnder27 => art.lid(2).onderdeel("c"),
            Self::VerplichtingenOnder27 => art.lid(2).onderdeel("d"),
        }
    }

    /// Whether the exclusion bars only algemene bijstand (art. 13 lid 2), not all bijstand.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert!(Uitsluiting::OnderwijsOnder27.alleen_algemene_bijstand());
    /// assert!(!Uitsluiting::Detentie.alleen_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn alleen_algemene_bijstand(self) -> bool {
        matches!(
            self,
            Self::Inrichting
                | Self::OnbetaaldVerlof
                | Self::OnderwijsOnder27
                | Self::VerplichtingenOnder27
        )
    }

    /// Whether the exclusion applies at `leeftijd`: art. 13 lid 2 a only at 18, 19 or 20,
    /// lid 2 c and d only under 27.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert!(Uitsluiting::OnderwijsOnder27.geldt_op(26));
    /// assert!(!Uitsluiting::OnderwijsOnder27.geldt_op(27));
    /// ```
    #[must_use]
    pub const fn geldt_op(self, leeftijd: u32) -> bool {
        match self {
            Self::Inrichting => leeftijd >= 18 && leeftijd <= 20,
            Self::OnderwijsOnder27 | Self::VerplichtingenOnder27 => leeftijd < 27,
            Self::Detentie
            | Self::Onttrekking
            | Self::Dienstplicht
            | Self::Werkstaking
            | Self::Buitenland
            | Self::Schuldenlast
            | Self::Uitreiziger
            | Self::OnbetaaldVerlof => true,
        }
    }

    /// The fact as a sentence for a letter.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert_eq!(Uitsluiting::Uitreiziger.label().nl, "U bent een uitreiziger");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let l = &gronden::UITSLUITING;
        match self {
            Self::Detentie => &l[0],
            Self::Onttrekking => &l[1],
            Self::Dienstplicht => &l[2],
            Self::Werkstaking => &l[3],
            Self::Buitenland => &l[4],
            Self::Schuldenlast => &l[5],
            Self::Uitreiziger => &l[6],
            Self::Inrichting => &l[7],
            Self::OnbetaaldVerlof => &l[8],
            Self::OnderwijsOnder27 => &l[9],
            Self::VerplichtingenOnder27 => &l[10],
        }
    }
}

/// The set of exclusions the caller has established; on the wire a list of their names.
///
/// ```
/// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
/// let set = Uitsluitingen::default().met(Uitsluiting::Buitenland);
/// assert!(set.contains(Uitsluiting::Buitenland));
/// assert_eq!(serde_json::to_string(&set)?, r#"["buitenland"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Uitsluitingen(u16);

impl Uitsluitingen {
    /// The same set with `uitsluiting` added.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// assert!(!Uitsluitingen::default().met(Uitsluiting::Detentie).is_empty());
    /// ```
    #[must_use]
    pub const fn met(self, uitsluiting: Uitsluiting) -> Self {
        Self(self.0 | uitsluiting.bit())
    }

    /// Whether `uitsluiting` is in the set.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// assert!(!Uitsluitingen::default().contains(Uitsluiting::Detentie));
    /// ```
    #[must_use]
    pub const fn contains(self, uitsluiting: Uitsluiting) -> bool {
        self.0 & uitsluiting.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Uitsluitingen::default().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The exclusions in the set, in the order of art. 13.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// let set = Uitsluitingen::default().met(Uitsluiting::Werkstaking).met(Uitsluiting::Detentie);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Uitsluiting::Detentie, Uitsluiting::Werkstaking]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Uitsluiting> {
        Uitsluiting::ALL
            .into_iter()
            .filter(move |u| self.contains(*u))
    }
}

impl Serialize for Uitsluitingen {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Uitsluitingen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Vec::<Uitsluiting>::deserialize(deserializer)?;
        Ok(list.into_iter().fold(Self::default(), Self::met))
    }
}

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
