//! The segment numbers (`Segment`) and the legal statuses under them (`LegalStatus`), with the
//! articles that make each status one the college supports.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::Validate;

/// Pw art. 6 lid 1 a: the niet-uitkeringsgerechtigde (NUG), a job seeker without benefit.
pub const NUG: &Citation = &Citation::article(Regulation::Participatiewet, "6")
    .lid(1)
    .onderdeel("a");
/// Pw art. 7 lid 1 a: the college supports people with algemene bijstand, NUG and people with
/// Anw, IOAW or IOAZ toward work (`ondersteuning bij arbeidsinschakeling`).
pub const ONDERSTEUNING: &Citation = &Citation::article(Regulation::Participatiewet, "7")
    .lid(1)
    .onderdeel("a");
/// Pw art. 11: the right to algemene bijstand.
pub const ALGEMENE_BIJSTAND: &Citation = &Citation::article(Regulation::Participatiewet, "11");
/// Pw art. 10d: loonkostensubsidie for a person in the doelgroep loonkostensubsidie.
pub const LOONKOSTENSUBSIDIE: &Citation = &Citation::article(Regulation::Participatiewet, "10d");
/// Pw art. 10b: a beschut-werk dienstbetrekking.
pub const BESCHUT_WERK: &Citation = &Citation::article(Regulation::Participatiewet, "10b");
/// Wsw art. 1 (from 2015-01-01), definition of `geïndiceerd`: only people who had a Wsw
/// dienstbetrekking on the day before the Invoeringswet Participatiewet took effect
/// (2015-01-01) remain Wsw employees; the Wsw is closed to inflow.
pub const WSW_GEINDICEERD: &Citation = &Citation::article(Regulation::Wsw, "1");
/// Invoeringswet Participatiewet art. II: the amendment of the Wsw that closed it on 2015-01-01.
pub const WSW_AFSLUITING: &Citation =
    &Citation::article(Regulation::InvoeringswetParticipatiewet, "II");

/// The first day on which no new Wsw dienstbetrekking can start (Wsw art. 1 as amended by the
/// Invoeringswet Participatiewet, in force 2015-01-01).
pub const WSW_GESLOTEN_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2015, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The labels of [`Segment`], in segment order (the wire name is the number).
pub(crate) static SEGMENT_LABELS: [Label; 5] = [
    Label::new("0", "0", "0"),
    Label::new("1", "1", "1"),
    Label::new("2", "2", "2"),
    Label::new("3", "3", "3"),
    Label::new("4", "4", "4"),
];

/// A client segment (`doelgroep`) 0 to 4.
///
/// The numbering is municipal policy; the legal statuses under it are law. Serialised, shown
/// ([`Display`](fmt::Display)) and parsed ([`FromStr`]) as its number.
///
/// ```
/// use participatiewet::doelgroep::Segment;
/// assert_eq!(Segment::S2.number(), 2);
/// assert_eq!(Segment::try_from(4)?, Segment::S4);
/// assert!(Segment::try_from(5).is_err());
/// assert!(Segment::S1.requires_algemene_bijstand());
/// assert!(!Segment::S0.requires_algemene_bijstand());
/// assert_eq!(serde_json::to_string(&Segment::S3).unwrap(), "3");
/// assert_eq!(Segment::S3.to_string(), "3");
/// assert_eq!("0".parse::<Segment>()?, Segment::S0);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Segment {
    /// 0: no benefit, but supported toward work.
    S0,
    /// 1: a benefit (algemene bijstand; under the policy "geen uitkering" also Anw, IOAW or
    /// IOAZ), no or limited perspective on paid work.
    S1,
    /// 2: a benefit, can do paid work after development or support.
    S2,
    /// 3: a benefit, job-ready.
    S3,
    /// 4: the former sheltered-employment (Wsw) population, closed since 2015-01-01.
    S4,
}

impl Segment {
    /// All segments in order.
    pub const ALL: [Segment; 5] = [Self::S0, Self::S1, Self::S2, Self::S3, Self::S4];

    /// The segment's number.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segment::S0.number(), 0);
    /// ```
    #[must_use]
    pub const fn number(self) -> u8 {
        match self {
            Self::S0 => 0,
            Self::S1 => 1,
            Self::S2 => 2,
            Self::S3 => 3,
            Self::S4 => 4,
        }
    }

    /// Whether the segment is one of 1 to 3, which the segment machine holds for algemene
    /// bijstand (the classification under the policy "geen uitkering" also places an Anw,
    /// IOAW or IOAZ benefit there, [`Classificatie::Uitkering`](super::Classificatie::Uitkering)).
    ///
    /// ```
    /// assert!(participatiewet::doelgroep::Segment::S3.requires_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn requires_algemene_bijstand(self) -> bool {
        matches!(self, Self::S1 | Self::S2 | Self::S3)
    }

    /// The segment's label for a ground: its number.
    ///
    /// ```
    /// use participatiewet::{Taal, doelgroep::Segment};
    /// assert_eq!(Segment::S2.label().get(Taal::Nl), "2");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::S0 => &SEGMENT_LABELS[0],
            Self::S1 => &SEGMENT_LABELS[1],
            Self::S2 => &SEGMENT_LABELS[2],
            Self::S3 => &SEGMENT_LABELS[3],
            Self::S4 => &SEGMENT_LABELS[4],
        }
    }

    /// The segment's meaning in one line, in Dutch (the words of municipal practice: segments
    /// 1–3 hold a benefit, algemene bijstand, and under the policy "geen uitkering" also Anw,
    /// IOAW or IOAZ).
    ///
    /// ```
    /// assert!(participatiewet::doelgroep::Segment::S4.omschrijving().contains("Wsw"));
    /// ```
    #[must_use]
    pub const fn omschrijving(self) -> &'static str {
        match self {
            Self::S0 => "geen uitkering, wel ondersteuning bij arbeidsinschakeling",
            Self::S1 => "uitkering, geen of beperkt perspectief op betaald werk",
            Self::S2 => "uitkering, betaald werk na ontwikkeling of met ondersteuning",
            Self::S3 => "uitkering, direct bemiddelbaar",
            Self::S4 => "Wsw-werknemer (geen instroom sinds 1 januari 2015)",
        }
    }
}

impl TryFrom<u8> for Segment {
    type Error = Error;
    fn try_from(n: u8) -> Result<Self, Error> {
        match n {
            0 => Ok(Self::S0),
            1 => Ok(Self::S1),
            2 => Ok(Self::S2),
            3 => Ok(Self::S3),
            4 => Ok(Self::S4),
            _ => Err(Error::OutOfRange {
                field: "segment".into(),
                value: n.to_string(),
                min: "0".to_owned(),
                max: "4".to_owned(),
            }),
        }
    }
}

impl From<Segment> for u8 {
    fn from(s: Segment) -> u8 {
        s.number()
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

impl FromStr for Segment {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        s.parse::<u8>()
            .ok()
            .and_then(|n| Self::try_from(n).ok())
            .ok_or_else(|| Error::Parse {
                field: "segment".into(),
                input: s.to_owned(),
                expected: Text::new("een segment 0 tot en met 4", "a segment 0 to 4"),
            })
    }
}

/// The labels of [`LegalStatus`], in variant order.
pub(crate) static LEGAL_STATUS_LABELS: [Label; 8] = [
    Label::new(
        "algemene_bijstand",
        "u ontvangt algemene bijstand",
        "algemene bijstand",
    ),
    Label::new(
        "nug",
        "u bent niet-uitkeringsgerechtigd",
        "niet-uitkeringsgerechtigde (no benefit)",
    ),
    Label::new("anw", "u ontvangt een Anw-uitkering", "Anw benefit"),
    Label::new("ioaw", "u ontvangt een IOAW-uitkering", "IOAW benefit"),
    Label::new("ioaz", "u ontvangt een IOAZ-uitkering", "IOAZ benefit"),
    Label::new(
        "loonkostensubsidie",
        "u werkt in een dienstbetrekking met loonkostensubsidie",
        "a job with loonkostensubsidie",
    ),
    Label::new(
        "beschut_werk",
        "u werkt in een dienstbetrekking beschut werk",
        "a beschut-werk job",
    ),
    Label::new(
        "wsw_dienstbetrekking",
        "u werkt in een Wsw-dienstbetrekking",
        "a Wsw dienstbetrekking",
    ),
];

/// The legal status under the segment: the person's position under the Participatiewet (or
/// the Wsw) on the date asked about.
///
/// Algemene bijstand takes precedence: a person with supplementary algemene bijstand next to
/// Anw or a job has the status `AlgemeneBijstand`. A Wsw dienstbetrekking is built with
/// [`LegalStatus::wsw_dienstbetrekking`], which refuses one that started on or after
/// 2015-01-01; reading one from JSON checks the same.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::doelgroep::LegalStatus;
/// let wsw = LegalStatus::wsw_dienstbetrekking(NaiveDate::from_ymd_opt(2009, 5, 1).unwrap())?;
/// assert_eq!(
///     serde_json::to_string(&wsw).unwrap(),
///     r#"{"status":"wsw_dienstbetrekking","sinds":"2009-05-01"}"#
/// );
/// assert_eq!(wsw.to_string(), "wsw_dienstbetrekking 2009-05-01");
/// assert!(LegalStatus::AlgemeneBijstand.is_algemene_bijstand());
/// assert!(serde_json::from_str::<LegalStatus>(r#"{"status":"nug","x":1}"#).is_err());
/// assert!(serde_json::from_str::<LegalStatus>(r#"{"status":"nug","sinds":"2009-05-01"}"#).is_err());
/// assert!(serde_json::from_str::<LegalStatus>(r#"{"status":"wsw_dienstbetrekking"}"#).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegalStatus {
    /// Receives algemene bijstand (Pw art. 11).
    AlgemeneBijstand,
    /// Niet-uitkeringsgerechtigde (NUG): a job seeker without benefit (Pw art. 6 lid 1 a).
    Nug,
    /// Receives Anw (survivor's benefit) without algemene bijstand (Pw art. 7 lid 1 a).
    Anw,
    /// Receives IOAW without algemene bijstand (Pw art. 7 lid 1 a).
    Ioaw,
    /// Receives IOAZ without algemene bijstand (Pw art. 7 lid 1 a).
    Ioaz,
    /// Works in a dienstbetrekking with loonkostensubsidie (Pw art. 10d), without algemene
    /// bijstand.
    Loonkostensubsidie,
    /// Works in a beschut-werk dienstbetrekking (Pw art. 10b), without algemene bijstand.
    BeschutWerk,
    /// Works in a Wsw dienstbetrekking that started on `sinds`, before 2015-01-01 (built with
    /// [`LegalStatus::wsw_dienstbetrekking`]).
    #[non_exhaustive]
    WswDienstbetrekking {
        /// The first day of the uninterrupted Wsw dienstbetrekking.
        sinds: NaiveDate,
    },
}

/// The wire form read back. Serde ignores unknown fields next to a unit variant of an
/// internally tagged enum even with `deny_unknown_fields`, so the tag and the one data field
/// are read here and checked: `sinds` belongs to a Wsw dienstbetrekking and to nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LegalStatusWire {
    status: StatusTag,
    #[serde(default)]
    sinds: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum StatusTag {
    AlgemeneBijstand,
    Nug,
    Anw,
    Ioaw,
    Ioaz,
    Loonkostensubsidie,
    BeschutWerk,
    WswDienstbetrekking,
}

impl<'de> Deserialize<'de> for LegalStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let wire = LegalStatusWire::deserialize(deserializer)?;
        let status = match (wire.status, wire.sinds) {
            (StatusTag::WswDienstbetrekking, Some(sinds)) => Self::WswDienstbetrekking { sinds },
            (StatusTag::WswDienstbetrekking, None) => {
                return Err(D::Error::missing_field("sinds"));
            }
            (_, Some(_)) => return Err(D::Error::unknown_field("sinds", &["status"])),
            (StatusTag::AlgemeneBijstand, None) => Self::AlgemeneBijstand,
            (StatusTag::Nug, None) => Self::Nug,
            (StatusTag::Anw, None) => Self::Anw,
            (StatusTag::Ioaw, None) => Self::Ioaw,
            (StatusTag::Ioaz, None) => Self::Ioaz,
            (StatusTag::Loonkostensubsidie, None) => Self::Loonkostensubsidie,
            (StatusTag::BeschutWerk, None) => Self::BeschutWerk,
        };
        status.validate().map_err(crate::wire::refuse)?;
        Ok(status)
    }
}

impl Validate for LegalStatus {
    fn validate(&self) -> Result<(), Error> {
        match *self {
            Self::WswDienstbetrekking { sinds } => check_wsw_start(sinds),
            _ => Ok(()),
        }
    }
}

/// Checks that a Wsw dienstbetrekking began on a date in range and before 2015-01-01.
fn check_wsw_start(sinds: NaiveDate) -> Result<(), Error> {
    crate::date::checked(sinds, "sinds")?;
    if sinds >= WSW_GESLOTEN_VANAF {
        return Err(Error::facts(
            "sinds",
            Text::owned(
                format!(
                    "de Wsw-dienstbetrekking begint op {sinds}, maar vanaf {WSW_GESLOTEN_VANAF} \
                     kan geen Wsw-dienstbetrekking meer beginnen (Wsw art. 1, Invoeringswet \
                     Participatiewet)"
                ),
                format!(
                    "starts on {sinds}, but no Wsw dienstbetrekking can start on or after \
                     {WSW_GESLOTEN_VANAF} (Wsw art. 1, Invoeringswet Participatiewet)"
                ),
            ),
        ));
    }
    Ok(())
}

impl LegalStatus {
    /// A Wsw dienstbetrekking that started on `sinds`; errors when it started on or after
    /// 2015-01-01 (the Wsw is closed to inflow) or outside the crate's dates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::doelgroep::LegalStatus;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert!(LegalStatus::wsw_dienstbetrekking(d(2014, 12, 31)).is_ok());
    /// let err = LegalStatus::wsw_dienstbetrekking(d(2015, 1, 1)).unwrap_err();
    /// assert_eq!(err.field(), Some("sinds"));
    /// ```
    pub fn wsw_dienstbetrekking(sinds: NaiveDate) -> Result<Self, Error> {
        let status = Self::WswDienstbetrekking { sinds };
        status.validate()?;
        Ok(status)
    }

    /// Whether the status is algemene bijstand.
    ///
    /// ```
    /// assert!(!participatiewet::doelgroep::LegalStatus::Nug.is_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn is_algemene_bijstand(self) -> bool {
        matches!(self, Self::AlgemeneBijstand)
    }

    /// Whether the status is one of segment 0: supported toward work without algemene bijstand.
    ///
    /// ```
    /// use participatiewet::doelgroep::LegalStatus;
    /// assert!(LegalStatus::Anw.is_segment_0());
    /// assert!(!LegalStatus::AlgemeneBijstand.is_segment_0());
    /// ```
    #[must_use]
    pub const fn is_segment_0(self) -> bool {
        matches!(
            self,
            Self::Nug
                | Self::Anw
                | Self::Ioaw
                | Self::Ioaz
                | Self::Loonkostensubsidie
                | Self::BeschutWerk
        )
    }

    /// Whether the status is a benefit (`uitkering`): algemene bijstand, Anw, IOAW or IOAZ. A
    /// job with loonkostensubsidie, beschut werk or the Wsw pays a wage; a NUG receives
    /// nothing.
    ///
    /// ```
    /// use participatiewet::doelgroep::LegalStatus;
    /// assert!(LegalStatus::Ioaz.is_uitkering());
    /// assert!(!LegalStatus::Loonkostensubsidie.is_uitkering());
    /// ```
    #[must_use]
    pub const fn is_uitkering(self) -> bool {
        matches!(
            self,
            Self::AlgemeneBijstand | Self::Anw | Self::Ioaw | Self::Ioaz
        )
    }

    /// The article that makes this status one the college supports.
    ///
    /// ```
    /// use participatiewet::doelgroep::LegalStatus;
    /// assert_eq!(LegalStatus::Nug.citation().to_string(), "Participatiewet art. 6 lid 1 onderdeel a");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::AlgemeneBijstand => ALGEMENE_BIJSTAND,
            Self::Nug => NUG,
            Self::Anw | Self::Ioaw | Self::Ioaz => ONDERSTEUNING,
            Self::Loonkostensubsidie => LOONKOSTENSUBSIDIE,
            Self::BeschutWerk => BESCHUT_WERK,
            Self::WswDienstbetrekking { .. } => WSW_GEINDICEERD,
        }
    }

    /// The status's label for a ground, in Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, doelgroep::LegalStatus};
    /// assert_eq!(LegalStatus::Ioaz.label().get(Taal::Nl), "u ontvangt een IOAZ-uitkering");
    /// assert_eq!(LegalStatus::Ioaz.label().wire, "ioaz");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::AlgemeneBijstand => &LEGAL_STATUS_LABELS[0],
            Self::Nug => &LEGAL_STATUS_LABELS[1],
            Self::Anw => &LEGAL_STATUS_LABELS[2],
            Self::Ioaw => &LEGAL_STATUS_LABELS[3],
            Self::Ioaz => &LEGAL_STATUS_LABELS[4],
            Self::Loonkostensubsidie => &LEGAL_STATUS_LABELS[5],
            Self::BeschutWerk => &LEGAL_STATUS_LABELS[6],
            Self::WswDienstbetrekking { .. } => &LEGAL_STATUS_LABELS[7],
        }
    }
}

/// The status's wire tag, with the first day of a Wsw dienstbetrekking.
impl fmt::Display for LegalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label().wire)?;
        if let Self::WswDienstbetrekking { sinds } = self {
            write!(f, " {sinds}")?;
        }
        Ok(())
    }
}
