//! Classification (`indeling`): the segment of one person from the legal status and the
//! diagnosis, with its grounds.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::diagnose::{Diagnose, Werkperspectief};
use crate::beleid::Beleid;
use crate::citation::{Citation, Regulation};
use crate::decision::legacy::{Decision, Ground};
use crate::error::Error;

/// Pw art. 6 lid 1 a: the niet-uitkeringsgerechtigde (NUG), a job seeker without benefit.
pub const NUG: Citation = Citation::article(Regulation::Participatiewet, "6")
    .lid(1)
    .onderdeel("a");
/// Pw art. 7 lid 1 a: the college supports people with algemene bijstand, NUG and people with
/// Anw, IOAW or IOAZ toward work.
pub const ONDERSTEUNING: Citation = Citation::article(Regulation::Participatiewet, "7")
    .lid(1)
    .onderdeel("a");
/// Pw art. 11: the right to algemene bijstand.
pub const ALGEMENE_BIJSTAND: Citation = Citation::article(Regulation::Participatiewet, "11");
/// Pw art. 10d: loonkostensubsidie for a person in the doelgroep loonkostensubsidie.
pub const LOONKOSTENSUBSIDIE: Citation = Citation::article(Regulation::Participatiewet, "10d");
/// Pw art. 10b: a beschut-werk dienstbetrekking.
pub const BESCHUT_WERK: Citation = Citation::article(Regulation::Participatiewet, "10b");
/// Wsw art. 1 (from 2015-01-01), definition of `geïndiceerd`: only people who had a Wsw
/// dienstbetrekking on the day before the Invoeringswet Participatiewet took effect
/// (2015-01-01) remain Wsw employees; the Wsw is closed to inflow.
pub const WSW_GEINDICEERD: Citation = Citation::article(Regulation::Wsw, "1");
/// Invoeringswet Participatiewet art. II: the amendment of the Wsw that closed it on 2015-01-01.
pub const WSW_AFSLUITING: Citation =
    Citation::article(Regulation::InvoeringswetParticipatiewet, "II");

/// The first day on which no new Wsw dienstbetrekking can start (Wsw art. 1 as amended by the
/// Invoeringswet Participatiewet, in force 2015-01-01).
pub const WSW_GESLOTEN_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2015, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// A client segment (`doelgroep`) 0 to 4.
///
/// The numbering is municipal policy (our source: a Zwolle council note, 2017); the legal
/// statuses under it are law. Serialised as its number.
///
/// ```
/// use participatiewet::Segment;
/// assert_eq!(Segment::S2.number(), 2);
/// assert_eq!(Segment::try_from(4)?, Segment::S4);
/// assert!(Segment::try_from(5).is_err());
/// assert!(Segment::S1.requires_algemene_bijstand());
/// assert!(!Segment::S0.requires_algemene_bijstand());
/// assert_eq!(serde_json::to_string(&Segment::S3).unwrap(), "3");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Segment {
    /// 0: no benefit, but supported toward work.
    S0,
    /// 1: algemene bijstand, no or limited perspective on paid work.
    S1,
    /// 2: algemene bijstand, can do paid work after development or support.
    S2,
    /// 3: algemene bijstand, job-ready.
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
    /// assert_eq!(participatiewet::Segment::S0.number(), 0);
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

    /// Whether the segment is one of 1 to 3, which require algemene bijstand.
    ///
    /// ```
    /// assert!(participatiewet::Segment::S3.requires_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn requires_algemene_bijstand(self) -> bool {
        matches!(self, Self::S1 | Self::S2 | Self::S3)
    }

    /// The segment's meaning in one line.
    ///
    /// ```
    /// assert!(participatiewet::Segment::S4.description().contains("Wsw"));
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::S0 => "no benefit, supported toward work",
            Self::S1 => "bijstand, no or limited perspective on paid work",
            Self::S2 => "bijstand, can work after development or support",
            Self::S3 => "bijstand, job-ready",
            Self::S4 => "Wsw employee (closed to inflow since 2015-01-01)",
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
        write!(f, "segment {}", self.number())
    }
}

/// The legal status under the segment: the person's position under the Participatiewet (or
/// the Wsw) on the date asked about.
///
/// Algemene bijstand takes precedence: a person with supplementary algemene bijstand next to
/// Anw or a job has the status `AlgemeneBijstand`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::LegalStatus;
/// let wsw = LegalStatus::WswDienstbetrekking { sinds: NaiveDate::from_ymd_opt(2009, 5, 1).unwrap() };
/// assert_eq!(
///     serde_json::to_string(&wsw).unwrap(),
///     r#"{"status":"wsw_dienstbetrekking","sinds":"2009-05-01"}"#
/// );
/// assert!(LegalStatus::AlgemeneBijstand.is_algemene_bijstand());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Works in a Wsw dienstbetrekking that started on `sinds`.
    WswDienstbetrekking {
        /// The first day of the uninterrupted Wsw dienstbetrekking.
        sinds: NaiveDate,
    },
}

impl LegalStatus {
    /// Whether the status is algemene bijstand.
    ///
    /// ```
    /// assert!(!participatiewet::LegalStatus::Nug.is_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn is_algemene_bijstand(self) -> bool {
        matches!(self, Self::AlgemeneBijstand)
    }

    /// Whether the status is one of segment 0: supported toward work without algemene bijstand.
    ///
    /// ```
    /// use participatiewet::LegalStatus;
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

    /// The article that makes this status one the college supports.
    ///
    /// ```
    /// use participatiewet::LegalStatus;
    /// assert_eq!(LegalStatus::Nug.citation().to_string(), "Participatiewet art. 6 lid 1 onderdeel a");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::AlgemeneBijstand => ALGEMENE_BIJSTAND,
            Self::Nug => NUG,
            Self::Anw | Self::Ioaw | Self::Ioaz => ONDERSTEUNING,
            Self::Loonkostensubsidie => LOONKOSTENSUBSIDIE,
            Self::BeschutWerk => BESCHUT_WERK,
            Self::WswDienstbetrekking { .. } => WSW_GEINDICEERD,
        }
    }

    /// The status in a few words.
    ///
    /// ```
    /// assert_eq!(participatiewet::LegalStatus::Ioaz.description(), "IOAZ without algemene bijstand");
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Self::AlgemeneBijstand => "algemene bijstand",
            Self::Nug => "niet-uitkeringsgerechtigde (no benefit)",
            Self::Anw => "Anw without algemene bijstand",
            Self::Ioaw => "IOAW without algemene bijstand",
            Self::Ioaz => "IOAZ without algemene bijstand",
            Self::Loonkostensubsidie => "job with loonkostensubsidie, without algemene bijstand",
            Self::BeschutWerk => "beschut-werk job, without algemene bijstand",
            Self::WswDienstbetrekking { .. } => "Wsw dienstbetrekking",
        }
    }
}

/// The facts the classification needs.
///
/// ```
/// use participatiewet::{Diagnose, LegalStatus, SegmentFeiten, Trede};
/// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
///     .met_diagnose(Diagnose::Participatieladder(Trede::new(4)?));
/// assert!(feiten.diagnose.is_some());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SegmentFeiten {
    /// The legal status on the peildatum.
    pub status: LegalStatus,
    /// The latest diagnosis of work potential, if one was made (required for algemene
    /// bijstand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diagnose: Option<Diagnose>,
}

impl SegmentFeiten {
    /// Facts with a status and no diagnosis yet.
    ///
    /// ```
    /// let f = participatiewet::SegmentFeiten::new(participatiewet::LegalStatus::Nug);
    /// assert!(f.diagnose.is_none());
    /// ```
    #[must_use]
    pub const fn new(status: LegalStatus) -> Self {
        Self {
            status,
            diagnose: None,
        }
    }

    /// The same facts with a diagnosis.
    ///
    /// ```
    /// use participatiewet::{Diagnose, LegalStatus, SegmentFeiten, Werkperspectief};
    /// let f = SegmentFeiten::new(LegalStatus::AlgemeneBijstand).met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct));
    /// assert_eq!(f.diagnose, Some(Diagnose::Oordeel(Werkperspectief::Direct)));
    /// ```
    #[must_use]
    pub const fn met_diagnose(mut self, diagnose: Diagnose) -> Self {
        self.diagnose = Some(diagnose);
        self
    }
}

/// Why a person is in their segment: the plain, allocation-free outcome of [`classificeer`].
/// Serialised for reports; not read back (persist a [`SegmentState`](super::SegmentState),
/// which re-checks its invariants).
///
/// ```
/// use participatiewet::{Beleid, Classificatie, LegalStatus, Segment, SegmentFeiten, classificeer};
/// use chrono::NaiveDate;
/// let c = classificeer(&SegmentFeiten::new(LegalStatus::Anw), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), &Beleid::default())?;
/// assert_eq!(c.segment(), Segment::S0);
/// assert!(matches!(c, Classificatie::ZonderBijstand { status: LegalStatus::Anw }));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "grond", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Classificatie {
    /// Segment 0: supported toward work without algemene bijstand.
    ZonderBijstand {
        /// The status (NUG, Anw, IOAW, IOAZ, LKS or beschut-werk job).
        status: LegalStatus,
    },
    /// Segment 1, 2 or 3: algemene bijstand, placed by the diagnosis under the policy.
    Bijstand {
        /// The diagnosis.
        diagnose: Diagnose,
        /// The perspective the policy derives from it.
        perspectief: Werkperspectief,
    },
    /// Segment 4: a Wsw dienstbetrekking that began before 2015-01-01.
    Wsw {
        /// The first day of the Wsw dienstbetrekking.
        sinds: NaiveDate,
    },
}

impl Classificatie {
    /// The segment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Classificatie, Segment};
    /// let c = Classificatie::Wsw { sinds: NaiveDate::from_ymd_opt(2001, 1, 1).unwrap() };
    /// assert_eq!(c.segment(), Segment::S4);
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Segment {
        match self {
            Self::ZonderBijstand { .. } => Segment::S0,
            Self::Bijstand { perspectief, .. } => perspectief.segment(),
            Self::Wsw { .. } => Segment::S4,
        }
    }

    /// The classification as a decision, with the legal status (law) and the criterion
    /// (municipal policy, cited as [`Beleid::citation`]) as separate grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Diagnose, LegalStatus, Regulation, Segment, SegmentFeiten, Trede, classificeer};
    /// let beleid = Beleid::default();
    /// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
    ///     .met_diagnose(Diagnose::Participatieladder(Trede::new(3)?));
    /// let d = classificeer(&feiten, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), &beleid)?.decision(&beleid);
    /// assert_eq!(d.value, Segment::S2);
    /// assert_eq!(d.grounds[0].citation.regulation, Regulation::Participatiewet);
    /// assert_eq!(d.grounds[1].citation, beleid.citation());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self, beleid: &Beleid) -> Decision<Segment> {
        Decision::with_grounds(self.segment(), self.grounds(beleid))
    }

    /// The grounds of the classification (see [`Classificatie::decision`]).
    ///
    /// ```
    /// use participatiewet::{Beleid, Classificatie, LegalStatus};
    /// let g = Classificatie::ZonderBijstand { status: LegalStatus::Nug }.grounds(&Beleid::default());
    /// assert_eq!(g.len(), 2);
    /// ```
    #[must_use]
    pub fn grounds(&self, beleid: &Beleid) -> Vec<Ground> {
        match *self {
            Self::ZonderBijstand { status } => vec![
                Ground::new(
                    status.citation(),
                    format!(
                        "{}: supported toward work (Participatiewet art. 7 lid 1 a)",
                        status.description()
                    ),
                ),
                Ground::new(
                    beleid.citation(),
                    "no algemene bijstand: segment 0 (municipal segmentation)",
                ),
            ],
            Self::Bijstand {
                diagnose,
                perspectief,
            } => vec![
                Ground::new(ALGEMENE_BIJSTAND, "receives algemene bijstand"),
                Ground::new(
                    beleid.citation(),
                    format!(
                        "{}: {} ({})",
                        diagnose_text(&diagnose, beleid),
                        perspectief.description(),
                        perspectief.segment()
                    ),
                ),
            ],
            Self::Wsw { sinds } => vec![
                Ground::new(
                    WSW_GEINDICEERD,
                    format!(
                        "Wsw dienstbetrekking since {sinds}, before {WSW_GESLOTEN_VANAF}: remains a Wsw employee"
                    ),
                ),
                Ground::new(
                    beleid.citation(),
                    "Wsw employee: segment 4 (municipal segmentation)",
                ),
            ],
        }
    }
}

fn diagnose_text(diagnose: &Diagnose, beleid: &Beleid) -> String {
    let c = &beleid.segmentcriteria();
    match diagnose {
        Diagnose::Participatieladder(trede) => format!(
            "participatieladder {trede} (segment 2 from trede {}, segment 3 from trede {})",
            c.ladder_na_ondersteuning_vanaf, c.ladder_direct_vanaf
        ),
        Diagnose::Zelfredzaamheidsmatrix(zrm) => format!(
            "zelfredzaamheid-matrix: {} domains scoring at most {} (segment 1 from {}), lowest score {} (segment 3 from {})",
            zrm.count_at_most(c.zrm_probleem_tot_en_met),
            c.zrm_probleem_tot_en_met,
            c.zrm_beperkt_vanaf_probleemdomeinen,
            zrm.lowest(),
            c.zrm_direct_vanaf
        ),
        Diagnose::Oordeel(_) => "caseworker's judgement after a methodical diagnosis".to_owned(),
    }
}

/// Classifies a person into a segment on `peildatum` under the municipality's `beleid`.
///
/// Errors ([`Error::InvalidFacts`]) when a fact is missing or impossible: algemene bijstand
/// without a diagnosis (there is no default segment), or a Wsw dienstbetrekking that started
/// on or after 2015-01-01 (the Wsw is closed to inflow, Wsw art. 1) or after `peildatum`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, LegalStatus, Segment, SegmentFeiten, classificeer};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let beleid = Beleid::default();
///
/// let wsw = |sinds| SegmentFeiten::new(LegalStatus::WswDienstbetrekking { sinds });
/// assert_eq!(classificeer(&wsw(d(2014, 12, 31)), d(2025, 1, 1), &beleid)?.segment(), Segment::S4);
/// assert!(classificeer(&wsw(d(2015, 1, 1)), d(2025, 1, 1), &beleid).is_err());
///
/// // algemene bijstand without a diagnosis: no default segment
/// assert!(classificeer(&SegmentFeiten::new(LegalStatus::AlgemeneBijstand), d(2025, 1, 1), &beleid).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn classificeer(
    feiten: &SegmentFeiten,
    peildatum: NaiveDate,
    beleid: &Beleid,
) -> Result<Classificatie, Error> {
    match feiten.status {
        LegalStatus::AlgemeneBijstand => {
            let diagnose = feiten.diagnose.ok_or(Error::InvalidFacts {
                field: std::borrow::Cow::Borrowed("diagnose"),
                reason: std::borrow::Cow::Borrowed(
                    "a client with algemene bijstand needs a diagnosis of work potential to be placed in segment 1, 2 or 3",
                ).into(),
            })?;
            Ok(Classificatie::Bijstand {
                diagnose,
                perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
            })
        }
        LegalStatus::WswDienstbetrekking { sinds } => {
            check_wsw_start(sinds)?;
            if sinds > peildatum {
                return Err(Error::InvalidFacts {
                    field: "wsw dienstbetrekking".into(),
                    reason: format!("starts on {sinds}, after the peildatum {peildatum}").into(),
                });
            }
            Ok(Classificatie::Wsw { sinds })
        }
        status => Ok(Classificatie::ZonderBijstand { status }),
    }
}

/// Checks that a Wsw dienstbetrekking began before 2015-01-01.
pub(crate) fn check_wsw_start(sinds: NaiveDate) -> Result<(), Error> {
    if sinds >= WSW_GESLOTEN_VANAF {
        return Err(Error::InvalidFacts {
            field: "wsw dienstbetrekking".into(),
            reason: format!(
                "starts on {sinds}, but no Wsw dienstbetrekking can start on or after {WSW_GESLOTEN_VANAF} (Wsw art. 1, Invoeringswet Participatiewet)"
            )
            .into(),
        });
    }
    Ok(())
}
