//! Classification (`indeling`): the segment of one person from the legal status and the
//! diagnosis, as a [`Decision`] with coded grounds.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::diagnose::{Diagnose, Werkperspectief};
use super::gronden;
use super::segment_0::Segment0Definitie;
use super::status::{
    ALGEMENE_BIJSTAND, LegalStatus, Segment, WSW_AFSLUITING, WSW_GEINDICEERD, WSW_GESLOTEN_VANAF,
};
use crate::beleid::Beleid;
use crate::decision::{Decision, Ground, Value};
use crate::error::{Error, Text};
use crate::wire::Validate;

/// The facts the classification needs: the legal status and, for algemene bijstand (and,
/// when the policy's segment 0 is "geen uitkering", for an Anw, IOAW or IOAZ benefit), the
/// latest diagnosis of work potential.
///
/// Data: read from JSON through the same check as [`SegmentFeiten::new`], unknown fields
/// refused; `diagnose` is `null` (or absent) when none was made.
///
/// ```
/// use participatiewet::doelgroep::{Diagnose, LegalStatus, SegmentFeiten, Trede};
/// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
///     .met_diagnose(Diagnose::Participatieladder(Trede::new(4)?));
/// assert!(feiten.diagnose().is_some());
/// assert!(serde_json::from_str::<SegmentFeiten>(r#"{"status":{"status":"nug"},"diagnse":null}"#).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct SegmentFeiten {
    status: LegalStatus,
    diagnose: Option<Diagnose>,
}

crate::wire::validated_serde!(SegmentFeiten);

/// Every field is valid by its own type (a status and a diagnosis can only be built or read
/// valid); a diagnosis next to a status without bijstand is kept (it places the person if
/// bijstand follows).
impl Validate for SegmentFeiten {
    fn validate(&self) -> Result<(), Error> {
        Ok(())
    }
}

impl SegmentFeiten {
    /// Facts with a status and no diagnosis yet.
    ///
    /// ```
    /// let f = participatiewet::doelgroep::SegmentFeiten::new(participatiewet::doelgroep::LegalStatus::Nug);
    /// assert!(f.diagnose().is_none());
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
    /// use participatiewet::doelgroep::{Diagnose, LegalStatus, SegmentFeiten, Werkperspectief};
    /// let f = SegmentFeiten::new(LegalStatus::AlgemeneBijstand).met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct));
    /// assert_eq!(f.diagnose(), Some(Diagnose::Oordeel(Werkperspectief::Direct)));
    /// ```
    #[must_use]
    pub const fn met_diagnose(mut self, diagnose: Diagnose) -> Self {
        self.diagnose = Some(diagnose);
        self
    }

    /// The legal status on the peildatum.
    ///
    /// ```
    /// use participatiewet::doelgroep::{LegalStatus, SegmentFeiten};
    /// assert_eq!(SegmentFeiten::new(LegalStatus::Anw).status(), LegalStatus::Anw);
    /// ```
    #[must_use]
    pub const fn status(&self) -> LegalStatus {
        self.status
    }

    /// The latest diagnosis of work potential, if one was made.
    ///
    /// ```
    /// use participatiewet::doelgroep::{LegalStatus, SegmentFeiten};
    /// assert_eq!(SegmentFeiten::new(LegalStatus::Anw).diagnose(), None);
    /// ```
    #[must_use]
    pub const fn diagnose(&self) -> Option<Diagnose> {
        self.diagnose
    }
}

/// Why a person is in their segment: the plain, allocation-free outcome of [`classificeer`];
/// [`Classificatie::decision`] gives it with its grounds.
///
/// Read from JSON through [`Validate`]: a caseworker's judgement must match the perspective,
/// a Wsw dienstbetrekking must have started before 2015.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::doelgroep::{Classificatie, LegalStatus, Segment, SegmentFeiten, classificeer};
/// let c = classificeer(&SegmentFeiten::new(LegalStatus::Nug), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), &Beleid::default())?;
/// assert_eq!(c.segment(), Segment::S0);
/// assert!(matches!(c, Classificatie::ZonderBijstand { status: LegalStatus::Nug, .. }));
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"grond":"zonder_bijstand","status":{"status":"nug"}}"#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "grond",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Classificatie {
    /// Segment 0: supported toward work without algemene bijstand.
    #[non_exhaustive]
    ZonderBijstand {
        /// The status (NUG, Anw, IOAW, IOAZ, LKS or beschut-werk job).
        status: LegalStatus,
    },
    /// Segment 1, 2 or 3: algemene bijstand, placed by the diagnosis under the policy.
    #[non_exhaustive]
    Bijstand {
        /// The diagnosis.
        diagnose: Diagnose,
        /// The perspective the policy derives from it.
        perspectief: Werkperspectief,
    },
    /// Segment 1, 2 or 3 under the policy "geen uitkering"
    /// ([`Segment0Definitie::GeenUitkering`]): an Anw, IOAW or IOAZ benefit without algemene
    /// bijstand is a benefit, so not segment 0; placed by the diagnosis under the policy.
    #[non_exhaustive]
    Uitkering {
        /// The benefit (Anw, IOAW or IOAZ).
        status: LegalStatus,
        /// The diagnosis.
        diagnose: Diagnose,
        /// The perspective the policy derives from it.
        perspectief: Werkperspectief,
    },
    /// Segment 4: a Wsw dienstbetrekking that began before 2015-01-01.
    #[non_exhaustive]
    Wsw {
        /// The first day of the Wsw dienstbetrekking.
        sinds: NaiveDate,
    },
}

crate::wire::validated_serde!(Classificatie);

impl Validate for Classificatie {
    fn validate(&self) -> Result<(), Error> {
        match *self {
            Self::ZonderBijstand { status } if !status.is_segment_0() => Err(Error::state(
                "doelgroep::Classificatie",
                Text::new(
                    "segment 0 sluit algemene bijstand en de Wsw uit",
                    "segment 0 excludes algemene bijstand and the Wsw",
                ),
            )),
            Self::Bijstand {
                diagnose,
                perspectief,
            } => oordeel_past(diagnose, perspectief, "doelgroep::Classificatie"),
            Self::Uitkering {
                status,
                diagnose,
                perspectief,
            } => {
                if !(status.is_segment_0() && status.is_uitkering()) {
                    return Err(Error::state(
                        "doelgroep::Classificatie",
                        Text::new(
                            "een uitkering naast segment 1, 2 of 3 zonder bijstand is een Anw-, \
                             IOAW- of IOAZ-uitkering",
                            "a benefit placed in segment 1, 2 or 3 without bijstand is Anw, IOAW \
                             or IOAZ",
                        ),
                    ));
                }
                oordeel_past(diagnose, perspectief, "doelgroep::Classificatie")
            }
            Self::Wsw { sinds } => LegalStatus::wsw_dienstbetrekking(sinds).map(|_| ()),
            Self::ZonderBijstand { .. } => Ok(()),
        }
    }
}

/// A caseworker's judgement is the perspective itself: a stored perspective that differs is
/// tampered.
pub(crate) fn oordeel_past(
    diagnose: Diagnose,
    perspectief: Werkperspectief,
    what: &'static str,
) -> Result<(), Error> {
    match diagnose {
        Diagnose::Oordeel(oordeel) if oordeel != perspectief => Err(Error::state(
            what,
            Text::new(
                "het perspectief wijkt af van het oordeel van de klantmanager waarop het rust",
                "the perspective differs from the caseworker's judgement it rests on",
            ),
        )),
        _ => Ok(()),
    }
}

impl Classificatie {
    /// The segment.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::doelgroep::{LegalStatus, Segment, SegmentFeiten, classificeer};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let wsw = SegmentFeiten::new(LegalStatus::wsw_dienstbetrekking(d(2001, 1, 1))?);
    /// assert_eq!(classificeer(&wsw, d(2025, 1, 1), &Beleid::default())?.segment(), Segment::S4);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Segment {
        match self {
            Self::ZonderBijstand { .. } => Segment::S0,
            Self::Bijstand { perspectief, .. } | Self::Uitkering { perspectief, .. } => {
                perspectief.segment()
            }
            Self::Wsw { .. } => Segment::S4,
        }
    }

    /// The classification as a decision: the outcome cites the municipal policy (segments are
    /// policy); the grounds give the legal status with its article, and the criterion applied
    /// as policy ([`Beleid::citation`]). Pass the policy the classification was made under.
    /// One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Regulation, Taal};
    /// use participatiewet::doelgroep::{Diagnose, LegalStatus, Segment, SegmentFeiten, Trede, classificeer};
    /// let beleid = Beleid::default();
    /// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
    ///     .met_diagnose(Diagnose::Participatieladder(Trede::new(3)?));
    /// let d = classificeer(&feiten, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), &beleid)?.decision(&beleid);
    /// assert_eq!(*d.value(), Segment::S2);
    /// assert_eq!(d.outcome().text(Taal::Nl), "U bent ingedeeld in segment 2.");
    /// assert_eq!(d.grounds()[0].citation().to_string(), "Participatiewet art. 11");
    /// assert_eq!(d.grounds()[1].citation(), &beleid.citation());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self, beleid: &Beleid) -> Decision<Segment> {
        let segment = self.segment();
        let outcome = Ground::with_cite(
            &gronden::SEGMENT_INDELING,
            beleid.citation(),
            [Value::Label(segment.label())],
        );
        let mut d = Decision::with_capacity(segment, outcome, 4);
        match *self {
            Self::ZonderBijstand { status } => push_zonder_bijstand(&mut d, status, beleid),
            Self::Bijstand {
                diagnose,
                perspectief,
            } => {
                d.push(Ground::new(
                    &gronden::ALGEMENE_BIJSTAND_NU,
                    ALGEMENE_BIJSTAND,
                    [],
                ));
                push_diagnose(&mut d, diagnose, perspectief, beleid);
            }
            Self::Uitkering {
                status,
                diagnose,
                perspectief,
            } => {
                d.push(Ground::new(
                    &gronden::ZONDER_BIJSTAND,
                    status.citation(),
                    [Value::Label(status.label())],
                ));
                d.push(Ground::with_cite(
                    &gronden::UITKERING_BELEID,
                    beleid.citation(),
                    [],
                ));
                push_diagnose(&mut d, diagnose, perspectief, beleid);
            }
            Self::Wsw { sinds } => push_wsw(&mut d, sinds, beleid),
        }
        d
    }
}

/// The grounds of segment 0: the status with its article, and the policy's definition of
/// segment 0 ([`Beleid::segment_0`]) it meets. A benefit in segment 0 (a state entered under
/// the definition "ondersteuning zonder bijstand") rests on that definition.
pub(crate) fn push_zonder_bijstand<T>(d: &mut Decision<T>, status: LegalStatus, beleid: &Beleid) {
    d.push(Ground::new(
        &gronden::ZONDER_BIJSTAND,
        status.citation(),
        [Value::Label(status.label())],
    ));
    let definitie =
        if beleid.segment_0() == Segment0Definitie::GeenUitkering && !status.is_uitkering() {
            &gronden::SEGMENT_0_GEEN_UITKERING
        } else {
            &gronden::SEGMENT_0_BELEID
        };
    d.push(Ground::with_cite(definitie, beleid.citation(), []));
}

/// The grounds of segment 4: the Wsw dienstbetrekking, the closure of 2015, the policy.
pub(crate) fn push_wsw<T>(d: &mut Decision<T>, sinds: NaiveDate, beleid: &Beleid) {
    d.push(Ground::new(
        &gronden::WSW_DIENSTBETREKKING,
        WSW_GEINDICEERD,
        [Value::Date(sinds)],
    ));
    d.push(Ground::new(
        &gronden::WSW_GESLOTEN,
        WSW_AFSLUITING,
        [Value::Date(WSW_GESLOTEN_VANAF)],
    ));
    d.push(Ground::with_cite(
        &gronden::SEGMENT_4_BELEID,
        beleid.citation(),
        [],
    ));
}

/// The grounds of a diagnosis under the policy: the instrument's outcome with the thresholds,
/// and the perspective with its segment.
pub(crate) fn push_diagnose<T>(
    d: &mut Decision<T>,
    diagnose: Diagnose,
    perspectief: Werkperspectief,
    beleid: &Beleid,
) {
    let c = beleid.segmentcriteria();
    d.push(match diagnose {
        Diagnose::Participatieladder(trede) => Ground::with_cite(
            &gronden::PARTICIPATIELADDER,
            beleid.citation(),
            [
                Value::Count(i64::from(trede.value())),
                Value::Count(i64::from(c.ladder_na_ondersteuning_vanaf())),
                Value::Count(i64::from(c.ladder_direct_vanaf())),
            ],
        ),
        Diagnose::Zelfredzaamheidsmatrix(zrm) => Ground::with_cite(
            &gronden::ZELFREDZAAMHEIDSMATRIX,
            beleid.citation(),
            [
                Value::Count(i64::from(zrm.count_at_most(c.zrm_probleem_tot_en_met()))),
                Value::Count(i64::from(c.zrm_probleem_tot_en_met())),
                Value::Count(i64::from(zrm.lowest())),
                Value::Count(i64::from(c.zrm_beperkt_vanaf_probleemdomeinen())),
                Value::Count(i64::from(c.zrm_direct_vanaf())),
            ],
        ),
        Diagnose::Oordeel(_) => Ground::with_cite(&gronden::OORDEEL, beleid.citation(), []),
    });
    d.push(Ground::with_cite(
        &gronden::WERKPERSPECTIEF,
        beleid.citation(),
        [
            Value::Label(perspectief.label()),
            Value::Label(perspectief.segment().label()),
        ],
    ));
}

/// Classifies a person into a segment on `peildatum` under the municipality's `beleid`.
///
/// Segment 0 is the policy's definition ([`Beleid::segment_0`]): by default "geen uitkering"
/// (NUG, a job with loonkostensubsidie or beschut werk), so an Anw, IOAW or IOAZ benefit is
/// placed by its diagnosis in segment 1, 2 or 3 ([`Classificatie::Uitkering`]); under
/// [`Segment0Definitie::OndersteuningZonderBijstand`] it is segment 0.
///
/// Errors ([`Error::InvalidFacts`]) when a fact is missing or impossible: algemene bijstand
/// (or, under "geen uitkering", an Anw, IOAW or IOAZ benefit) without a diagnosis (field
/// `diagnose`: there is no default segment), or a Wsw dienstbetrekking that starts after
/// `peildatum` (field `sinds`).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::doelgroep::{LegalStatus, Segment, SegmentFeiten, classificeer};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let beleid = Beleid::default();
///
/// let wsw = SegmentFeiten::new(LegalStatus::wsw_dienstbetrekking(d(2014, 12, 31))?);
/// assert_eq!(classificeer(&wsw, d(2025, 1, 1), &beleid)?.segment(), Segment::S4);
/// assert!(classificeer(&wsw, d(2014, 12, 30), &beleid).is_err());
///
/// // algemene bijstand without a diagnosis: no default segment
/// let err = classificeer(&SegmentFeiten::new(LegalStatus::AlgemeneBijstand), d(2025, 1, 1), &beleid).unwrap_err();
/// assert_eq!(err.field(), Some("diagnose"));
///
/// // segment 0 as the policy defines it
/// use participatiewet::doelgroep::{Diagnose, Segment0Definitie, Trede};
/// let ioaw = SegmentFeiten::new(LegalStatus::Ioaw).met_diagnose(Diagnose::Participatieladder(Trede::new(5)?));
/// assert_eq!(classificeer(&ioaw, d(2025, 1, 1), &beleid)?.segment(), Segment::S3);
/// let ruim = beleid.with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)?;
/// assert_eq!(classificeer(&ioaw, d(2025, 1, 1), &ruim)?.segment(), Segment::S0);
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn classificeer(
    feiten: &SegmentFeiten,
    peildatum: NaiveDate,
    beleid: &Beleid,
) -> Result<Classificatie, Error> {
    match feiten.status {
        LegalStatus::AlgemeneBijstand => {
            let diagnose = feiten.diagnose.ok_or_else(|| {
                Error::facts(
                    "diagnose",
                    Text::new(
                        "voor een cliënt met algemene bijstand is een diagnose van de \
                         mogelijkheden tot werk nodig om in segment 1, 2 of 3 te worden ingedeeld",
                        "a client with algemene bijstand needs a diagnosis of work potential to \
                         be placed in segment 1, 2 or 3",
                    ),
                )
            })?;
            Ok(Classificatie::Bijstand {
                diagnose,
                perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
            })
        }
        LegalStatus::WswDienstbetrekking { sinds } => {
            if sinds > peildatum {
                return Err(Error::facts(
                    "sinds",
                    Text::owned(
                        format!(
                            "de Wsw-dienstbetrekking begint op {sinds}, na de peildatum {peildatum}"
                        ),
                        format!("starts on {sinds}, after the peildatum {peildatum}"),
                    ),
                ));
            }
            Ok(Classificatie::Wsw { sinds })
        }
        status if beleid.segment_0().omvat(status) => Ok(Classificatie::ZonderBijstand { status }),
        status => {
            let diagnose = feiten.diagnose.ok_or_else(|| {
                Error::facts(
                    "diagnose",
                    Text::new(
                        "volgens het gemeentelijk beleid valt wie een uitkering ontvangt niet in \
                         segment 0; voor segment 1, 2 of 3 is een diagnose van de mogelijkheden \
                         tot werk nodig",
                        "under the municipal policy a person who receives a benefit is not in \
                         segment 0; segment 1, 2 or 3 needs a diagnosis of work potential",
                    ),
                )
            })?;
            Ok(Classificatie::Uitkering {
                status,
                diagnose,
                perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
            })
        }
    }
}
