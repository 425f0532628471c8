//! The diagnosis of work potential (`diagnose`): a participatieladder rung, Zelfredzaamheid-Matrix
//! scores, or the caseworker's own judgement.
//!
//! The instruments are municipal practice, not law: the law asks the college to support a person
//! toward work (Participatiewet art. 7 lid 1 a) but prescribes no instrument. How an instrument's
//! outcome maps to a segment is policy ([`Segmentcriteria`](super::Segmentcriteria)).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::decision::Label;
use crate::error::{Error, Text};

use super::status::Segment;

/// A rung (`trede`) of the participatieladder, 1 to 6.
///
/// 1 isolated, 2 social contacts outside the home, 3 organised activities, 4 unpaid work,
/// 5 paid work with support, 6 paid work without support.
///
/// ```
/// use participatiewet::doelgroep::Trede;
/// assert_eq!(Trede::new(4)?.value(), 4);
/// assert!(Trede::new(0).is_err());
/// assert!(Trede::new(7).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Trede(u8);

impl Trede {
    /// The lowest rung.
    pub const MIN: u8 = 1;
    /// The highest rung.
    pub const MAX: u8 = 6;

    /// A rung; errors outside 1 to 6.
    ///
    /// ```
    /// assert!(participatiewet::doelgroep::Trede::new(6).is_ok());
    /// ```
    pub fn new(value: u8) -> Result<Self, Error> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Self(value))
        } else {
            Err(Error::OutOfRange {
                field: "trede".into(),
                value: value.to_string(),
                min: Self::MIN.to_string(),
                max: Self::MAX.to_string(),
            })
        }
    }

    /// The rung's number, 1 to 6.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Trede::new(2).map(|t| t.value()), Ok(2));
    /// ```
    #[must_use]
    pub const fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Trede {
    type Error = Error;
    fn try_from(value: u8) -> Result<Self, Error> {
        Self::new(value)
    }
}

impl From<Trede> for u8 {
    fn from(trede: Trede) -> u8 {
        trede.0
    }
}

impl fmt::Display for Trede {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trede {}", self.0)
    }
}

/// Scores on the 13 life domains of the Zelfredzaamheid-Matrix (`ZRM`), each 1 (acute
/// problems) to 5 (fully self-reliant), in the matrix's own domain order.
///
/// ```
/// use participatiewet::doelgroep::ZrmScores;
/// let zrm = ZrmScores::new([3; 13])?;
/// assert_eq!(zrm.lowest(), 3);
/// assert_eq!(zrm.count_at_most(2), 0);
/// assert!(ZrmScores::new([0; 13]).is_err());
/// assert!(ZrmScores::new([6; 13]).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<u8>", into = "Vec<u8>")]
pub struct ZrmScores([u8; ZrmScores::DOMAINS]);

impl ZrmScores {
    /// The number of life domains in the matrix.
    pub const DOMAINS: usize = 13;

    /// Scores for the 13 domains; errors when a score lies outside 1 to 5.
    ///
    /// ```
    /// assert!(participatiewet::doelgroep::ZrmScores::new([5; 13]).is_ok());
    /// ```
    pub fn new(scores: [u8; Self::DOMAINS]) -> Result<Self, Error> {
        if let Some(bad) = scores.iter().find(|s| !(1..=5).contains(*s)) {
            return Err(Error::OutOfRange {
                field: "zrm".into(),
                value: bad.to_string(),
                min: "1".to_owned(),
                max: "5".to_owned(),
            });
        }
        Ok(Self(scores))
    }

    /// The scores in domain order.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::ZrmScores::new([4; 13])?.scores()[0], 4);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn scores(&self) -> &[u8; Self::DOMAINS] {
        &self.0
    }

    /// The lowest score over all domains.
    ///
    /// ```
    /// let mut s = [5; 13];
    /// s[7] = 2;
    /// assert_eq!(participatiewet::doelgroep::ZrmScores::new(s)?.lowest(), 2);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn lowest(&self) -> u8 {
        self.0.iter().copied().min().unwrap_or(1)
    }

    /// How many domains score at most `score`.
    ///
    /// ```
    /// let mut s = [4; 13];
    /// s[0] = 1;
    /// s[1] = 2;
    /// assert_eq!(participatiewet::doelgroep::ZrmScores::new(s)?.count_at_most(2), 2);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn count_at_most(&self, score: u8) -> u8 {
        let mut n = 0_u8;
        for s in &self.0 {
            if *s <= score {
                n += 1;
            }
        }
        n
    }
}

impl TryFrom<Vec<u8>> for ZrmScores {
    type Error = Error;
    fn try_from(scores: Vec<u8>) -> Result<Self, Error> {
        let array: [u8; Self::DOMAINS] = scores.try_into().map_err(|v: Vec<u8>| {
            Error::facts(
                "zrm",
                Text::owned(
                    format!(
                        "heeft {} scores; nodig zijn er 13, één per levensdomein",
                        v.len()
                    ),
                    format!("has {} scores, expected 13 (one per life domain)", v.len()),
                ),
            )
        })?;
        Self::new(array)
    }
}

impl From<ZrmScores> for Vec<u8> {
    fn from(zrm: ZrmScores) -> Vec<u8> {
        zrm.0.to_vec()
    }
}

/// The perspective on paid work that a diagnosis establishes; it places a bijstand client in
/// segment 1, 2 or 3.
///
/// ```
/// use participatiewet::doelgroep::{Segment, Werkperspectief};
/// assert_eq!(Werkperspectief::NaOndersteuning.segment(), Segment::S2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Werkperspectief {
    /// No or limited perspective on paid work (multiple problems): segment 1.
    Beperkt,
    /// Can do paid work after development or support (often doelgroep loonkostensubsidie):
    /// segment 2.
    NaOndersteuning,
    /// Job-ready: can work quickly: segment 3.
    Direct,
}

impl Werkperspectief {
    /// The segment for a bijstand client with this perspective.
    ///
    /// ```
    /// use participatiewet::doelgroep::{Segment, Werkperspectief};
    /// assert_eq!(Werkperspectief::Direct.segment(), Segment::S3);
    /// ```
    #[must_use]
    pub const fn segment(self) -> Segment {
        match self {
            Self::Beperkt => Segment::S1,
            Self::NaOndersteuning => Segment::S2,
            Self::Direct => Segment::S3,
        }
    }

    /// The perspective's label for a ground, in Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, doelgroep::Werkperspectief};
    /// assert_eq!(Werkperspectief::Beperkt.label().get(Taal::Nl), "geen of beperkt perspectief op betaald werk");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::Beperkt => &WERKPERSPECTIEF_LABELS[0],
            Self::NaOndersteuning => &WERKPERSPECTIEF_LABELS[1],
            Self::Direct => &WERKPERSPECTIEF_LABELS[2],
        }
    }
}

crate::wire::wire_enum!(Werkperspectief);

/// The labels of [`Werkperspectief`], in variant order.
pub(crate) static WERKPERSPECTIEF_LABELS: [Label; 3] = [
    Label::new(
        "beperkt",
        "geen of beperkt perspectief op betaald werk",
        "no or limited perspective on paid work",
    ),
    Label::new(
        "na_ondersteuning",
        "perspectief op betaald werk na ontwikkeling of met ondersteuning",
        "a perspective on paid work after development or with support",
    ),
    Label::new(
        "direct",
        "perspectief op betaald werk op korte termijn",
        "a perspective on paid work in the short term",
    ),
];

/// A diagnosis of work potential: the instrument used and its outcome.
///
/// ```
/// use participatiewet::doelgroep::{Diagnose, Trede, Werkperspectief};
/// let ladder = Diagnose::Participatieladder(Trede::new(3)?);
/// let oordeel = Diagnose::Oordeel(Werkperspectief::Direct);
/// assert_eq!(
///     serde_json::to_string(&ladder).unwrap(),
///     r#"{"instrument":"participatieladder","uitkomst":3}"#
/// );
/// assert_ne!(ladder, oordeel);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "instrument",
    content = "uitkomst",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Diagnose {
    /// The rung measured on the participatieladder.
    Participatieladder(Trede),
    /// The scores on the Zelfredzaamheid-Matrix.
    Zelfredzaamheidsmatrix(ZrmScores),
    /// The caseworker's (`klantmanager`) direct judgement after a methodical diagnosis.
    Oordeel(Werkperspectief),
}

/// The instrument's wire tag and its outcome: `participatieladder 4`, `oordeel direct`,
/// `zelfredzaamheidsmatrix 4,4,…`.
///
/// ```
/// use participatiewet::doelgroep::{Diagnose, Trede, Werkperspectief};
/// assert_eq!(Diagnose::Participatieladder(Trede::new(4)?).to_string(), "participatieladder 4");
/// assert_eq!(Diagnose::Oordeel(Werkperspectief::Direct).to_string(), "oordeel direct");
/// # Ok::<(), participatiewet::Error>(())
/// ```
impl fmt::Display for Diagnose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Participatieladder(trede) => write!(f, "participatieladder {}", trede.value()),
            Self::Zelfredzaamheidsmatrix(zrm) => {
                f.write_str("zelfredzaamheidsmatrix ")?;
                for (i, s) in zrm.scores().iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{s}")?;
                }
                Ok(())
            }
            Self::Oordeel(p) => write!(f, "oordeel {p}"),
        }
    }
}
