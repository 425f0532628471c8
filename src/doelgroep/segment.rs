//! The client-segment machine: a person's segment over time, moved by dated events.
//!
//! The caller stores a [`SegmentState`] (serde) and feeds [`SegmentEvent`]s; see the module
//! documentation of [`crate::doelgroep`] for the diagram.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::classificatie::{
    ALGEMENE_BIJSTAND, Classificatie, LegalStatus, ONDERSTEUNING, Segment, SegmentFeiten,
    WSW_GEINDICEERD, WSW_GESLOTEN_VANAF, check_wsw_start, classificeer,
};
use super::diagnose::{Diagnose, Werkperspectief};
use crate::beleid::Beleid;
use crate::citation::{Citation, Regulation};
use crate::decision::legacy::{Decision, Ground};
use crate::error::{Error, TransitionError};

/// Pw art. 9 lid 1: the obligations toward work apply up to the pensioengerechtigde (AOW) age.
pub const ARBEIDSVERPLICHTINGEN_TOT_AOW: Citation =
    Citation::article(Regulation::Participatiewet, "9").lid(1);
/// Pw art. 10d lid 3: no loonkostensubsidie for a Wsw dienstbetrekking.
pub const GEEN_LKS_IN_WSW: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(3);
/// WW art. 42: the WW duration, after which a person may turn to algemene bijstand.
pub const WW_DUUR: Citation = Citation::article(Regulation::Werkloosheidswet, "42");

/// Why the person is in their current state: the event (or the start) that put them there.
///
/// ```
/// use participatiewet::Reden;
/// assert_eq!(serde_json::to_string(&Reden::LksBaanGestart).unwrap(), "\"lks_baan_gestart\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reden {
    /// The state was recorded from the facts ([`SegmentState::start`], [`SegmentState::buiten`]).
    Start,
    /// A diagnosis was (re-)measured.
    DiagnoseGemeten,
    /// Algemene bijstand was granted.
    BijstandToegekend,
    /// WW ran out and algemene bijstand followed.
    WwUitgeputInBijstand,
    /// Algemene bijstand ended.
    BijstandBeeindigd,
    /// A job with loonkostensubsidie started.
    LksBaanGestart,
    /// The person was placed in a beschut-werk job.
    BeschutWerkGeplaatst,
    /// Support without algemene bijstand started or changed (NUG, Anw, IOAW, IOAZ).
    OndersteuningGestart,
    /// Support without algemene bijstand ended.
    OndersteuningBeeindigd,
    /// A Wsw dienstbetrekking started (only possible before 2015-01-01).
    WswDienstbetrekkingGestart,
    /// The Wsw dienstbetrekking ended.
    WswBeeindigd,
    /// The person reached AOW age.
    AowLeeftijdBereikt,
}

/// A person's segment state. Every state records since when (`sinds`) and why (`reden`).
///
/// Invariants (checked on every transition and when deserialising): segments 1–3
/// (`bijstand`) hold algemene bijstand; segment 0 (`zonder_bijstand`) holds a status without
/// it; segment 4 (`wsw`) holds a Wsw dienstbetrekking that began before 2015-01-01, and a state
/// entered by the event [`SegmentEvent::WswDienstbetrekkingGestart`] is dated before then.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, LegalStatus, Segment, SegmentFeiten, SegmentState};
/// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
/// let state = SegmentState::start(&SegmentFeiten::new(LegalStatus::Nug), d, &Beleid::default())?;
/// assert_eq!(state.segment(), Some(Segment::S0));
/// assert_eq!(
///     serde_json::to_string(&state).unwrap(),
///     r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"nug"}}"#
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", try_from = "RawSegmentState")]
#[non_exhaustive]
pub enum SegmentState {
    /// Segment 0: supported toward work without algemene bijstand.
    ZonderBijstand {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The status (NUG, Anw, IOAW, IOAZ, LKS or beschut-werk job).
        status: LegalStatus,
    },
    /// Algemene bijstand without a diagnosis yet: no segment until one is made.
    DiagnoseNodig {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the algemene bijstand.
        bijstand_sinds: NaiveDate,
    },
    /// Segments 1–3: algemene bijstand, placed by the latest diagnosis.
    Bijstand {
        /// Since when in this segment.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the algemene bijstand.
        bijstand_sinds: NaiveDate,
        /// The latest diagnosis.
        diagnose: Diagnose,
        /// The day of the latest diagnosis.
        gemeten_op: NaiveDate,
        /// The perspective the policy derived from it when it was made (the segment).
        perspectief: Werkperspectief,
    },
    /// Segment 4: a Wsw employee.
    Wsw {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the Wsw dienstbetrekking (before 2015-01-01).
        dienstbetrekking_sinds: NaiveDate,
    },
    /// Not in any segment: not (or no longer) supported by the municipality.
    Buiten {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
    },
}

#[derive(Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum RawSegmentState {
    ZonderBijstand {
        sinds: NaiveDate,
        reden: Reden,
        status: LegalStatus,
    },
    DiagnoseNodig {
        sinds: NaiveDate,
        reden: Reden,
        bijstand_sinds: NaiveDate,
    },
    Bijstand {
        sinds: NaiveDate,
        reden: Reden,
        bijstand_sinds: NaiveDate,
        diagnose: Diagnose,
        gemeten_op: NaiveDate,
        perspectief: Werkperspectief,
    },
    Wsw {
        sinds: NaiveDate,
        reden: Reden,
        dienstbetrekking_sinds: NaiveDate,
    },
    Buiten {
        sinds: NaiveDate,
        reden: Reden,
    },
}

impl TryFrom<RawSegmentState> for SegmentState {
    type Error = Error;
    fn try_from(raw: RawSegmentState) -> Result<Self, Error> {
        let state = match raw {
            RawSegmentState::ZonderBijstand {
                sinds,
                reden,
                status,
            } => Self::ZonderBijstand {
                sinds,
                reden,
                status,
            },
            RawSegmentState::DiagnoseNodig {
                sinds,
                reden,
                bijstand_sinds,
            } => Self::DiagnoseNodig {
                sinds,
                reden,
                bijstand_sinds,
            },
            RawSegmentState::Bijstand {
                sinds,
                reden,
                bijstand_sinds,
                diagnose,
                gemeten_op,
                perspectief,
            } => Self::Bijstand {
                sinds,
                reden,
                bijstand_sinds,
                diagnose,
                gemeten_op,
                perspectief,
            },
            RawSegmentState::Wsw {
                sinds,
                reden,
                dienstbetrekking_sinds,
            } => Self::Wsw {
                sinds,
                reden,
                dienstbetrekking_sinds,
            },
            RawSegmentState::Buiten { sinds, reden } => Self::Buiten { sinds, reden },
        };
        state.validate()?;
        Ok(state)
    }
}

/// An event that may move a person between segments. Each carries its date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::SegmentEvent;
/// let e = SegmentEvent::LksBaanGestart { datum: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"lks_baan_gestart","datum":"2025-03-01"}"#);
/// assert_eq!(e.tag(), "lks_baan_gestart");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SegmentEvent {
    /// A diagnosis of work potential was made or re-measured.
    DiagnoseGemeten {
        /// The day of the diagnosis.
        datum: NaiveDate,
        /// The diagnosis.
        diagnose: Diagnose,
    },
    /// Algemene bijstand was granted from `datum`.
    BijstandToegekend {
        /// The first day of bijstand.
        datum: NaiveDate,
        /// A diagnosis, if one was made at intake.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        diagnose: Option<Diagnose>,
    },
    /// WW ran out and algemene bijstand follows from `datum`.
    WwUitgeputInBijstand {
        /// The first day of bijstand.
        datum: NaiveDate,
        /// A diagnosis, if one was made at intake.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        diagnose: Option<Diagnose>,
    },
    /// Algemene bijstand ended on `datum`; `daarna` is the status without bijstand the
    /// municipality keeps supporting, if any (otherwise the person leaves the segments).
    BijstandBeeindigd {
        /// The first day without bijstand.
        datum: NaiveDate,
        /// The status without bijstand that follows, if the person stays supported.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        daarna: Option<LegalStatus>,
    },
    /// A dienstbetrekking with loonkostensubsidie started (and algemene bijstand, if any,
    /// ended). A person who keeps supplementary bijstand stays in their segment: do not send
    /// this event for them until the bijstand ends.
    LksBaanGestart {
        /// The first day of the job.
        datum: NaiveDate,
    },
    /// The person started in a beschut-werk dienstbetrekking (and algemene bijstand, if any,
    /// ended).
    BeschutWerkGeplaatst {
        /// The first day of the job.
        datum: NaiveDate,
    },
    /// Support without bijstand started or changed (NUG, Anw, IOAW or IOAZ).
    OndersteuningGestart {
        /// The first day.
        datum: NaiveDate,
        /// The status (one without algemene bijstand).
        status: LegalStatus,
    },
    /// Support without bijstand ended (for example: a job without subsidy, moved away).
    OndersteuningBeeindigd {
        /// The first day without support.
        datum: NaiveDate,
    },
    /// A Wsw dienstbetrekking started; refused when dated on or after 2015-01-01.
    WswDienstbetrekkingGestart {
        /// The first day of the Wsw dienstbetrekking.
        datum: NaiveDate,
    },
    /// The Wsw dienstbetrekking ended on `datum`.
    WswBeeindigd {
        /// The first day without it.
        datum: NaiveDate,
        /// The status that follows, if the municipality supports the person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        daarna: Option<LegalStatus>,
        /// A diagnosis, needed to place a person who turns to algemene bijstand.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        diagnose: Option<Diagnose>,
    },
    /// The person reached AOW age on `datum`.
    AowLeeftijdBereikt {
        /// The AOW date.
        datum: NaiveDate,
    },
}

impl SegmentEvent {
    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    /// assert_eq!(participatiewet::SegmentEvent::AowLeeftijdBereikt { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match *self {
            Self::DiagnoseGemeten { datum, .. }
            | Self::BijstandToegekend { datum, .. }
            | Self::WwUitgeputInBijstand { datum, .. }
            | Self::BijstandBeeindigd { datum, .. }
            | Self::LksBaanGestart { datum }
            | Self::BeschutWerkGeplaatst { datum }
            | Self::OndersteuningGestart { datum, .. }
            | Self::OndersteuningBeeindigd { datum }
            | Self::WswDienstbetrekkingGestart { datum }
            | Self::WswBeeindigd { datum, .. }
            | Self::AowLeeftijdBereikt { datum } => datum,
        }
    }

    /// The event's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    /// assert_eq!(participatiewet::SegmentEvent::OndersteuningBeeindigd { datum: d }.tag(), "ondersteuning_beeindigd");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::DiagnoseGemeten { .. } => "diagnose_gemeten",
            Self::BijstandToegekend { .. } => "bijstand_toegekend",
            Self::WwUitgeputInBijstand { .. } => "ww_uitgeput_in_bijstand",
            Self::BijstandBeeindigd { .. } => "bijstand_beeindigd",
            Self::LksBaanGestart { .. } => "lks_baan_gestart",
            Self::BeschutWerkGeplaatst { .. } => "beschut_werk_geplaatst",
            Self::OndersteuningGestart { .. } => "ondersteuning_gestart",
            Self::OndersteuningBeeindigd { .. } => "ondersteuning_beeindigd",
            Self::WswDienstbetrekkingGestart { .. } => "wsw_dienstbetrekking_gestart",
            Self::WswBeeindigd { .. } => "wsw_beeindigd",
            Self::AowLeeftijdBereikt { .. } => "aow_leeftijd_bereikt",
        }
    }
}

/// A consequence of a transition for the caseworker.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, LegalStatus, SegmentEffect, SegmentEvent, SegmentFeiten, SegmentState};
/// let d = |m| NaiveDate::from_ymd_opt(2025, m, 1).unwrap();
/// let s = SegmentState::start(&SegmentFeiten::new(LegalStatus::Nug), d(1), &Beleid::default())?;
/// let t = s.apply(&SegmentEvent::BijstandToegekend { datum: d(2), diagnose: None }, &Beleid::default())?;
/// assert!(t.effects.iter().any(|e| matches!(e, SegmentEffect::DiagnoseVereist { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SegmentEffect {
    /// The segment changed (`None`: no segment).
    SegmentGewijzigd {
        /// The day of the change.
        datum: NaiveDate,
        /// The segment before.
        van: Option<Segment>,
        /// The segment after.
        naar: Option<Segment>,
        /// The rule that moved the person.
        grond: Ground,
    },
    /// A bijstand client has no diagnosis: one is needed to place them in segment 1, 2 or 3.
    DiagnoseVereist {
        /// Since when the bijstand runs without a diagnosis.
        sinds: NaiveDate,
        /// Why it is needed.
        grond: Ground,
    },
}

/// The outcome of an accepted event: the next state and its effects.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, SegmentEvent, SegmentState};
/// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let t = SegmentState::buiten(d(2014))
///     .apply(&SegmentEvent::WswDienstbetrekkingGestart { datum: d(2014) }, &Beleid::default())?;
/// assert_eq!(t.state.segment(), Some(participatiewet::Segment::S4));
/// # Ok::<(), participatiewet::TransitionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SegmentTransition {
    /// The next state.
    pub state: SegmentState,
    /// What follows from the transition.
    pub effects: Vec<SegmentEffect>,
}

impl SegmentState {
    /// The state of a person from the facts on `datum` (reason [`Reden::Start`]): segment 0, 1–3
    /// or 4 as [`classificeer`] decides, or [`SegmentState::DiagnoseNodig`] for a bijstand client
    /// without a diagnosis (the machine records that, where the classification would refuse).
    ///
    /// Errors like [`classificeer`] on impossible facts (a Wsw dienstbetrekking from 2015).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, LegalStatus, SegmentFeiten, SegmentState};
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let s = SegmentState::start(&SegmentFeiten::new(LegalStatus::AlgemeneBijstand), d, &Beleid::default())?;
    /// assert!(matches!(s, SegmentState::DiagnoseNodig { .. }));
    /// assert_eq!(s.segment(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn start(feiten: &SegmentFeiten, datum: NaiveDate, beleid: &Beleid) -> Result<Self, Error> {
        if feiten.status.is_algemene_bijstand() && feiten.diagnose.is_none() {
            return Ok(Self::DiagnoseNodig {
                sinds: datum,
                reden: Reden::Start,
                bijstand_sinds: datum,
            });
        }
        Ok(match classificeer(feiten, datum, beleid)? {
            Classificatie::ZonderBijstand { status } => Self::ZonderBijstand {
                sinds: datum,
                reden: Reden::Start,
                status,
            },
            Classificatie::Bijstand {
                diagnose,
                perspectief,
            } => Self::Bijstand {
                sinds: datum,
                reden: Reden::Start,
                bijstand_sinds: datum,
                diagnose,
                gemeten_op: datum,
                perspectief,
            },
            Classificatie::Wsw { sinds } => Self::Wsw {
                sinds: datum,
                reden: Reden::Start,
                dienstbetrekking_sinds: sinds,
            },
        })
    }

    /// A person outside every segment since `datum` (reason [`Reden::Start`]), for example a
    /// WW recipient the municipality follows before the WW ends.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let s = participatiewet::SegmentState::buiten(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert_eq!(s.segment(), None);
    /// ```
    #[must_use]
    pub const fn buiten(datum: NaiveDate) -> Self {
        Self::Buiten {
            sinds: datum,
            reden: Reden::Start,
        }
    }

    /// The segment, or `None` outside the segments or while a bijstand client awaits a
    /// diagnosis.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert_eq!(participatiewet::SegmentState::buiten(NaiveDate::MIN).segment(), None);
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Option<Segment> {
        match self {
            Self::ZonderBijstand { .. } => Some(Segment::S0),
            Self::Bijstand { perspectief, .. } => Some(perspectief.segment()),
            Self::Wsw { .. } => Some(Segment::S4),
            Self::DiagnoseNodig { .. } | Self::Buiten { .. } => None,
        }
    }

    /// Since when the person is in this state.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(participatiewet::SegmentState::buiten(d).sinds(), d);
    /// ```
    #[must_use]
    pub const fn sinds(&self) -> NaiveDate {
        match *self {
            Self::ZonderBijstand { sinds, .. }
            | Self::DiagnoseNodig { sinds, .. }
            | Self::Bijstand { sinds, .. }
            | Self::Wsw { sinds, .. }
            | Self::Buiten { sinds, .. } => sinds,
        }
    }

    /// Why the person is in this state.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Reden, SegmentState};
    /// assert_eq!(SegmentState::buiten(NaiveDate::MIN).reden(), Reden::Start);
    /// ```
    #[must_use]
    pub const fn reden(&self) -> Reden {
        match *self {
            Self::ZonderBijstand { reden, .. }
            | Self::DiagnoseNodig { reden, .. }
            | Self::Bijstand { reden, .. }
            | Self::Wsw { reden, .. }
            | Self::Buiten { reden, .. } => reden,
        }
    }

    /// Whether the person receives algemene bijstand in this state.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(!participatiewet::SegmentState::buiten(NaiveDate::MIN).has_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn has_algemene_bijstand(&self) -> bool {
        matches!(self, Self::DiagnoseNodig { .. } | Self::Bijstand { .. })
    }

    /// The state's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert_eq!(participatiewet::SegmentState::buiten(NaiveDate::MIN).tag(), "buiten");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::ZonderBijstand { .. } => "zonder_bijstand",
            Self::DiagnoseNodig { .. } => "diagnose_nodig",
            Self::Bijstand { .. } => "bijstand",
            Self::Wsw { .. } => "wsw",
            Self::Buiten { .. } => "buiten",
        }
    }

    /// The latest date recorded in the state; events dated before it are refused.
    fn laatste_datum(&self) -> NaiveDate {
        match *self {
            Self::Bijstand {
                sinds, gemeten_op, ..
            } => sinds.max(gemeten_op),
            _ => self.sinds(),
        }
    }

    /// Checks the state's invariants (also run when deserialising).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{LegalStatus, Reden, SegmentState};
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let bad = SegmentState::ZonderBijstand { sinds: d, reden: Reden::Start, status: LegalStatus::AlgemeneBijstand };
    /// assert!(bad.validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        let reden = self.reden();
        let allowed = self.allowed_redenen();
        if !allowed.contains(&reden) {
            return Err(invalid(format!(
                "state {} cannot be reached by reason {reden:?}",
                self.tag()
            )));
        }
        match *self {
            Self::ZonderBijstand { status, .. } => {
                if !status.is_segment_0() {
                    return Err(invalid(format!(
                        "segment 0 excludes algemene bijstand and Wsw, but the status is {}",
                        status.description()
                    )));
                }
                let expected = match reden {
                    Reden::LksBaanGestart => Some(LegalStatus::Loonkostensubsidie),
                    Reden::BeschutWerkGeplaatst => Some(LegalStatus::BeschutWerk),
                    _ => None,
                };
                if expected.is_some_and(|e| e != status) {
                    return Err(invalid(format!(
                        "reason {reden:?} does not fit status {}",
                        status.description()
                    )));
                }
            }
            Self::DiagnoseNodig {
                sinds,
                bijstand_sinds,
                ..
            } => check_order("bijstand_sinds", bijstand_sinds, "sinds", sinds)?,
            Self::Bijstand {
                sinds,
                bijstand_sinds,
                diagnose,
                gemeten_op,
                perspectief,
                ..
            } => {
                check_order("bijstand_sinds", bijstand_sinds, "sinds", sinds)?;
                check_order("sinds", sinds, "gemeten_op", gemeten_op)?;
                if let Diagnose::Oordeel(oordeel) = diagnose {
                    if oordeel != perspectief {
                        return Err(invalid(
                            "the perspective differs from the caseworker's judgement it rests on",
                        ));
                    }
                }
            }
            Self::Wsw {
                sinds,
                dienstbetrekking_sinds,
                ..
            } => {
                if dienstbetrekking_sinds >= WSW_GESLOTEN_VANAF {
                    return Err(invalid(format!(
                        "segment 4 needs a Wsw dienstbetrekking from before {WSW_GESLOTEN_VANAF}, not {dienstbetrekking_sinds}"
                    )));
                }
                check_order(
                    "dienstbetrekking_sinds",
                    dienstbetrekking_sinds,
                    "sinds",
                    sinds,
                )?;
                if reden == Reden::WswDienstbetrekkingGestart && sinds != dienstbetrekking_sinds {
                    return Err(invalid(
                        "entered segment 4 by the start of the dienstbetrekking, so both dates must be equal",
                    ));
                }
            }
            Self::Buiten { .. } => {}
        }
        Ok(())
    }

    /// Applies `event` under `beleid`. The state is borrowed: a refused event leaves it as
    /// it was.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Diagnose, LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentState, Trede};
    /// let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    /// let beleid = Beleid::default();
    /// let s = SegmentState::start(&SegmentFeiten::new(LegalStatus::Nug), d(2024, 1), &beleid)?;
    /// let s = s.apply(&SegmentEvent::BijstandToegekend {
    ///     datum: d(2024, 3),
    ///     diagnose: Some(Diagnose::Participatieladder(Trede::new(2)?)),
    /// }, &beleid)?.state;
    /// assert_eq!(s.segment(), Some(Segment::S1));
    ///
    /// // segment 4 is closed to newcomers
    /// let refused = s.apply(&SegmentEvent::WswDienstbetrekkingGestart { datum: d(2024, 6) }, &beleid);
    /// assert!(refused.is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn apply(
        &self,
        event: &SegmentEvent,
        beleid: &Beleid,
    ) -> Result<SegmentTransition, TransitionError> {
        let datum = event.datum();
        if datum < self.laatste_datum() {
            return Err(self.refuse(
                event,
                format!(
                    "the event is dated {datum}, before the state's own date {}",
                    self.laatste_datum()
                ),
            ));
        }
        let mut effects = Vec::new();
        let next = self.next_state(event, datum, beleid)?;
        if next.validate().is_err() {
            return Err(self.refuse(event, "the result would break a segment invariant"));
        }
        if next.segment() != self.segment() {
            effects.push(SegmentEffect::SegmentGewijzigd {
                datum,
                van: self.segment(),
                naar: next.segment(),
                grond: transition_ground(event),
            });
        }
        if let Self::DiagnoseNodig { sinds, .. } = next {
            effects.push(SegmentEffect::DiagnoseVereist {
                sinds,
                grond: Ground::new(
                    beleid.citation(),
                    "a bijstand client is placed in segment 1, 2 or 3 by a diagnosis of work potential",
                ),
            });
        }
        Ok(SegmentTransition {
            state: next,
            effects,
        })
    }

    /// The state as a decision: the segment (or none) with the grounds for it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, LegalStatus, Segment, SegmentFeiten, SegmentState};
    /// let beleid = Beleid::default();
    /// let s = SegmentState::start(
    ///     &SegmentFeiten::new(LegalStatus::WswDienstbetrekking { sinds: NaiveDate::from_ymd_opt(2003, 4, 1).unwrap() }),
    ///     NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    ///     &beleid,
    /// )?;
    /// let d = s.decision(&beleid);
    /// assert_eq!(d.value, Some(Segment::S4));
    /// assert!(d.grounds[0].text.contains("2003-04-01"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self, beleid: &Beleid) -> Decision<Option<Segment>> {
        let grounds = match *self {
            Self::ZonderBijstand { status, .. } => {
                Classificatie::ZonderBijstand { status }.grounds(beleid)
            }
            Self::Bijstand {
                diagnose,
                perspectief,
                ..
            } => Classificatie::Bijstand {
                diagnose,
                perspectief,
            }
            .grounds(beleid),
            Self::Wsw {
                dienstbetrekking_sinds,
                ..
            } => Classificatie::Wsw {
                sinds: dienstbetrekking_sinds,
            }
            .grounds(beleid),
            Self::DiagnoseNodig { bijstand_sinds, .. } => vec![
                Ground::new(
                    ALGEMENE_BIJSTAND,
                    format!("receives algemene bijstand since {bijstand_sinds}"),
                ),
                Ground::new(
                    beleid.citation(),
                    "no diagnosis of work potential yet: no segment until one is made",
                ),
            ],
            Self::Buiten { reden, sinds } => vec![Ground::new(
                match reden {
                    Reden::AowLeeftijdBereikt => ARBEIDSVERPLICHTINGEN_TOT_AOW,
                    _ => ONDERSTEUNING,
                },
                format!("not supported toward work since {sinds} ({reden:?})"),
            )],
        };
        Decision::with_grounds(self.segment(), grounds)
    }

    fn allowed_redenen(&self) -> &'static [Reden] {
        match self {
            Self::ZonderBijstand { .. } => &[
                Reden::Start,
                Reden::BijstandBeeindigd,
                Reden::LksBaanGestart,
                Reden::BeschutWerkGeplaatst,
                Reden::OndersteuningGestart,
                Reden::WswBeeindigd,
            ],
            Self::DiagnoseNodig { .. } => &[
                Reden::Start,
                Reden::BijstandToegekend,
                Reden::WwUitgeputInBijstand,
                Reden::WswBeeindigd,
            ],
            Self::Bijstand { .. } => &[
                Reden::Start,
                Reden::DiagnoseGemeten,
                Reden::BijstandToegekend,
                Reden::WwUitgeputInBijstand,
                Reden::WswBeeindigd,
            ],
            Self::Wsw { .. } => &[Reden::Start, Reden::WswDienstbetrekkingGestart],
            Self::Buiten { .. } => &[
                Reden::Start,
                Reden::BijstandBeeindigd,
                Reden::OndersteuningBeeindigd,
                Reden::WswBeeindigd,
                Reden::AowLeeftijdBereikt,
            ],
        }
    }

    #[allow(
        clippy::too_many_lines,
        reason = "the transition table reads best as one match, one arm per (state, event)"
    )]
    fn next_state(
        &self,
        event: &SegmentEvent,
        datum: NaiveDate,
        beleid: &Beleid,
    ) -> Result<Self, TransitionError> {
        Ok(match (self, *event) {
            (
                Self::Bijstand {
                    sinds,
                    reden,
                    bijstand_sinds,
                    perspectief,
                    ..
                },
                SegmentEvent::DiagnoseGemeten { diagnose, .. },
            ) => {
                let nieuw = beleid.segmentcriteria().werkperspectief(&diagnose);
                let (sinds, reden) = if nieuw == *perspectief {
                    (*sinds, *reden)
                } else {
                    (datum, Reden::DiagnoseGemeten)
                };
                Self::Bijstand {
                    sinds,
                    reden,
                    bijstand_sinds: *bijstand_sinds,
                    diagnose,
                    gemeten_op: datum,
                    perspectief: nieuw,
                }
            }
            (
                Self::DiagnoseNodig { bijstand_sinds, .. },
                SegmentEvent::DiagnoseGemeten { diagnose, .. },
            ) => Self::Bijstand {
                sinds: datum,
                reden: Reden::DiagnoseGemeten,
                bijstand_sinds: *bijstand_sinds,
                diagnose,
                gemeten_op: datum,
                perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
            },
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::BijstandToegekend { diagnose, .. },
            ) => bijstand(datum, Reden::BijstandToegekend, diagnose, beleid),
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::WwUitgeputInBijstand { diagnose, .. },
            ) => bijstand(datum, Reden::WwUitgeputInBijstand, diagnose, beleid),
            (
                Self::Bijstand { .. } | Self::DiagnoseNodig { .. },
                SegmentEvent::BijstandBeeindigd { daarna, .. },
            ) => match daarna {
                None => Self::Buiten {
                    sinds: datum,
                    reden: Reden::BijstandBeeindigd,
                },
                Some(status) if status.is_segment_0() => Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::BijstandBeeindigd,
                    status,
                },
                Some(status) => {
                    return Err(self.refuse(
                        event,
                        format!(
                            "after bijstand ends the status must be one without it, not {}",
                            status.description()
                        ),
                    ));
                }
            },
            (
                Self::Bijstand { .. }
                | Self::DiagnoseNodig { .. }
                | Self::ZonderBijstand { .. }
                | Self::Buiten { .. },
                SegmentEvent::LksBaanGestart { .. } | SegmentEvent::BeschutWerkGeplaatst { .. },
            ) => {
                let (status, reden) = if matches!(event, SegmentEvent::LksBaanGestart { .. }) {
                    (LegalStatus::Loonkostensubsidie, Reden::LksBaanGestart)
                } else {
                    (LegalStatus::BeschutWerk, Reden::BeschutWerkGeplaatst)
                };
                if let Self::ZonderBijstand { status: now, .. } = self {
                    if *now == status {
                        return Err(self.refuse(event, "the person already has this job"));
                    }
                }
                Self::ZonderBijstand {
                    sinds: datum,
                    reden,
                    status,
                }
            }
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::OndersteuningGestart { status, .. },
            ) => {
                if !matches!(
                    status,
                    LegalStatus::Nug | LegalStatus::Anw | LegalStatus::Ioaw | LegalStatus::Ioaz
                ) {
                    return Err(self.refuse(
                        event,
                        "support without bijstand starts as NUG, Anw, IOAW or IOAZ; bijstand, jobs and Wsw have their own events",
                    ).citing(ONDERSTEUNING));
                }
                if let Self::ZonderBijstand { status: now, .. } = self {
                    if *now == status {
                        return Err(self.refuse(event, "the person already has this status"));
                    }
                }
                Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::OndersteuningGestart,
                    status,
                }
            }
            (Self::ZonderBijstand { .. }, SegmentEvent::OndersteuningBeeindigd { .. }) => {
                Self::Buiten {
                    sinds: datum,
                    reden: Reden::OndersteuningBeeindigd,
                }
            }
            (Self::Wsw { .. }, SegmentEvent::WswDienstbetrekkingGestart { .. }) => {
                return Err(self.refuse(event, "the person is already a Wsw employee"));
            }
            (_, SegmentEvent::WswDienstbetrekkingGestart { .. }) => {
                if check_wsw_start(datum).is_err() {
                    return Err(self
                        .refuse(
                            event,
                            format!(
                                "no Wsw dienstbetrekking can start on or after {WSW_GESLOTEN_VANAF}: nobody enters segment 4 from then"
                            ),
                        )
                        .citing(WSW_GEINDICEERD));
                }
                Self::Wsw {
                    sinds: datum,
                    reden: Reden::WswDienstbetrekkingGestart,
                    dienstbetrekking_sinds: datum,
                }
            }
            (
                Self::Wsw { .. },
                SegmentEvent::WswBeeindigd {
                    daarna, diagnose, ..
                },
            ) => match daarna {
                None => Self::Buiten {
                    sinds: datum,
                    reden: Reden::WswBeeindigd,
                },
                Some(LegalStatus::AlgemeneBijstand) => {
                    bijstand(datum, Reden::WswBeeindigd, diagnose, beleid)
                }
                Some(status) if status.is_segment_0() => Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::WswBeeindigd,
                    status,
                },
                Some(_) => {
                    return Err(self
                        .refuse(
                            event,
                            "after the Wsw dienstbetrekking ends the person cannot start a new one",
                        )
                        .citing(WSW_GEINDICEERD));
                }
            },
            (Self::Buiten { .. }, SegmentEvent::AowLeeftijdBereikt { .. }) => {
                return Err(self.refuse(event, "the person is already outside the segments"));
            }
            (_, SegmentEvent::AowLeeftijdBereikt { .. }) => Self::Buiten {
                sinds: datum,
                reden: Reden::AowLeeftijdBereikt,
            },
            _ => return Err(self.refuse_default(event)),
        })
    }

    fn refuse(&self, event: &SegmentEvent, rule: impl Into<crate::error::Text>) -> TransitionError {
        TransitionError::new(self.tag(), event.tag(), rule)
    }

    fn refuse_default(&self, event: &SegmentEvent) -> TransitionError {
        let (rule, citation): (&'static str, Option<Citation>) = match (self, event) {
            (Self::Wsw { .. }, SegmentEvent::LksBaanGestart { .. }) => (
                "no loonkostensubsidie for a Wsw dienstbetrekking; end the Wsw dienstbetrekking first",
                Some(GEEN_LKS_IN_WSW),
            ),
            (Self::Wsw { .. }, _) => (
                "a Wsw employee stays in segment 4 until the Wsw dienstbetrekking ends or AOW age",
                Some(WSW_GEINDICEERD),
            ),
            (
                Self::Bijstand { .. } | Self::DiagnoseNodig { .. },
                SegmentEvent::BijstandToegekend { .. } | SegmentEvent::WwUitgeputInBijstand { .. },
            ) => (
                "the person already receives algemene bijstand",
                Some(ALGEMENE_BIJSTAND),
            ),
            (_, SegmentEvent::DiagnoseGemeten { .. }) => (
                "a diagnosis places only bijstand clients in segment 1, 2 or 3",
                None,
            ),
            (_, SegmentEvent::BijstandBeeindigd { .. }) => {
                ("the person does not receive algemene bijstand", None)
            }
            (_, SegmentEvent::WswBeeindigd { .. }) => {
                ("the person has no Wsw dienstbetrekking", None)
            }
            _ => ("the event does not apply in this state", None),
        };
        let err = self.refuse(event, rule);
        match citation {
            Some(c) => err.citing(c),
            None => err,
        }
    }
}

fn bijstand(
    datum: NaiveDate,
    reden: Reden,
    diagnose: Option<Diagnose>,
    beleid: &Beleid,
) -> SegmentState {
    match diagnose {
        Some(diagnose) => SegmentState::Bijstand {
            sinds: datum,
            reden,
            bijstand_sinds: datum,
            diagnose,
            gemeten_op: datum,
            perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
        },
        None => SegmentState::DiagnoseNodig {
            sinds: datum,
            reden,
            bijstand_sinds: datum,
        },
    }
}

fn transition_ground(event: &SegmentEvent) -> Ground {
    let (citation, text) = match event {
        SegmentEvent::DiagnoseGemeten { .. } => (
            ONDERSTEUNING,
            "a new diagnosis of work potential (criteria: municipal policy)",
        ),
        SegmentEvent::BijstandToegekend { .. } => (ALGEMENE_BIJSTAND, "algemene bijstand granted"),
        SegmentEvent::WwUitgeputInBijstand { .. } => {
            (WW_DUUR, "WW ran out; algemene bijstand follows")
        }
        SegmentEvent::BijstandBeeindigd { .. } => (ALGEMENE_BIJSTAND, "algemene bijstand ended"),
        SegmentEvent::LksBaanGestart { .. } => (
            super::classificatie::LOONKOSTENSUBSIDIE,
            "job with loonkostensubsidie started",
        ),
        SegmentEvent::BeschutWerkGeplaatst { .. } => (
            super::classificatie::BESCHUT_WERK,
            "beschut-werk dienstbetrekking started",
        ),
        SegmentEvent::OndersteuningGestart { .. } => {
            (ONDERSTEUNING, "support toward work without bijstand")
        }
        SegmentEvent::OndersteuningBeeindigd { .. } => (ONDERSTEUNING, "support ended"),
        SegmentEvent::WswDienstbetrekkingGestart { .. } => {
            (WSW_GEINDICEERD, "Wsw dienstbetrekking started before 2015")
        }
        SegmentEvent::WswBeeindigd { .. } => (WSW_GEINDICEERD, "Wsw dienstbetrekking ended"),
        SegmentEvent::AowLeeftijdBereikt { .. } => (
            ARBEIDSVERPLICHTINGEN_TOT_AOW,
            "AOW age reached: the obligations toward work end",
        ),
    };
    Ground::new(citation, text)
}

fn invalid(reason: impl Into<Cow<'static, str>>) -> Error {
    Error::InvalidState {
        what: "segment state",
        reason: reason.into().into(),
    }
}

fn check_order(
    first: &'static str,
    a: NaiveDate,
    second: &'static str,
    b: NaiveDate,
) -> Result<(), Error> {
    if a > b {
        return Err(invalid(format!("{first} {a} lies after {second} {b}")));
    }
    Ok(())
}
