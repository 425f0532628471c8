//! The determination life cycle of a loonwaarde (`loonwaardebepaling`) as a persisted state
//! machine. The diagram is in the [module docs](super).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::subsidie::{STROOMLIJNING_VANAF, forfaitair_einde};
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months};
use crate::error::{Error, TransitionError};
use crate::money::Percentage;

/// From this day the LKS decision is due within 5 weeks (art. 10d lid 12).
pub const BESCHIKKINGSTERMIJN_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2023, 7, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// The LKS decision term: 5 weeks = 35 days (art. 10d lid 12).
pub const BESCHIKKINGSTERMIJN_DAGEN: i64 = 35;
/// Before 2017-02-01 the loonwaarde was re-determined every year (12 months).
pub const JAARLIJKSE_HERBEPALING_MAANDEN: i32 = 12;

/// The LKS decision within five weeks of the loonwaarde or the flat-route decision.
pub const ART_10D_LID_12: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(12);
/// The college agrees when the loonwaarde is re-determined (from 2017-02-01).
pub const ART_10D_LID_6: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(6);
/// The flat route.
pub const ART_10D_LID_5: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(5);
/// The yearly re-determination before 2017-02-01 (Pw art. 10d as in force 2015–2017).
pub const ART_10D_OUD: Citation = Citation::article(Regulation::Participatiewet, "10d");

/// A determination's state. Each state holds the dates that justify it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::State;
/// let s = State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 10).unwrap());
/// assert_eq!(serde_json::to_string(&s).unwrap(),
///     r#"{"state":"aangevraagd","aangevraagd_op":"2024-01-10","vorige_loonwaarde":null}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", try_from = "RawState")]
#[non_exhaustive]
pub enum State {
    /// A (re-)determination was requested.
    Aangevraagd {
        /// Date of the request.
        aangevraagd_op: NaiveDate,
        /// The loonwaarde being re-determined, if this is a re-determination.
        vorige_loonwaarde: Option<Percentage>,
    },
    /// College and employer agreed to skip the measurement for now (flat route).
    Forfaitair {
        /// Date of the agreement (the decision that the loonwaarde can wait).
        afgesproken_op: NaiveDate,
        /// First day of the job.
        begindatum: NaiveDate,
    },
    /// Measured at the workplace by a loonwaardedeskundige.
    Gemeten {
        /// Date of the request.
        aangevraagd_op: NaiveDate,
        /// Date of the measurement.
        gemeten_op: NaiveDate,
        /// The measured loonwaarde.
        loonwaarde: Percentage,
    },
    /// Reported; employer and employee heard.
    Gerapporteerd {
        /// Date of the request.
        aangevraagd_op: NaiveDate,
        /// Date of the measurement.
        gemeten_op: NaiveDate,
        /// Date both parties were heard.
        gehoord_op: NaiveDate,
        /// The measured loonwaarde.
        loonwaarde: Percentage,
    },
    /// Fixed by the college.
    Vastgesteld {
        /// Date the college fixed it.
        vastgesteld_op: NaiveDate,
        /// The fixed loonwaarde.
        loonwaarde: Percentage,
        /// The agreed re-determination date (from 2017-02-01; `None` before, when it is
        /// yearly and computed).
        herbepaling_op: Option<NaiveDate>,
    },
}

/// An event, each with its date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::Event;
/// let e = Event::Gehoord { datum: NaiveDate::from_ymd_opt(2024, 2, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"gehoord","datum":"2024-02-01"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// The expert measured the loonwaarde.
    Meting {
        /// Date.
        datum: NaiveDate,
        /// The measured loonwaarde.
        loonwaarde: Percentage,
    },
    /// Employer and employee were heard on the report.
    Gehoord {
        /// Date.
        datum: NaiveDate,
    },
    /// The college fixes the loonwaarde.
    Vaststelling {
        /// Date.
        datum: NaiveDate,
        /// The agreed re-determination date: required from 2017-02-01, absent before.
        herbepaling_op: Option<NaiveDate>,
    },
    /// College and employer agree on the flat route (from 2017-02-01).
    ForfaitaireRoute {
        /// Date of the agreement.
        datum: NaiveDate,
        /// First day of the job.
        begindatum: NaiveDate,
    },
    /// A re-determination starts.
    Herbepaling {
        /// Date.
        datum: NaiveDate,
    },
}

impl Event {
    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 2, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::Event::Gehoord { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub fn datum(&self) -> NaiveDate {
        match self {
            Self::Meting { datum, .. }
            | Self::Gehoord { datum }
            | Self::Vaststelling { datum, .. }
            | Self::ForfaitaireRoute { datum, .. }
            | Self::Herbepaling { datum } => *datum,
        }
    }

    /// The event's tag.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 2, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::Event::Gehoord { datum: d }.tag(), "gehoord");
    /// ```
    #[must_use]
    pub fn tag(&self) -> &'static str {
        match self {
            Self::Meting { .. } => "meting",
            Self::Gehoord { .. } => "gehoord",
            Self::Vaststelling { .. } => "vaststelling",
            Self::ForfaitaireRoute { .. } => "forfaitaire_route",
            Self::Herbepaling { .. } => "herbepaling",
        }
    }
}

/// What a deadline is about.
///
/// ```
/// use participatiewet::loonwaarde::Termijn;
/// assert_ne!(Termijn::BeschikkingLks, Termijn::Herbepaling);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Termijn {
    /// The flat route ends; from this day the loonwaarde must be fixed (art. 10d lid 5).
    EindeForfaitaireRoute,
    /// The LKS decision is due by this day (art. 10d lid 12, from 2023-07-01).
    BeschikkingLks,
    /// The loonwaarde must be re-determined by this day.
    Herbepaling,
}

/// A deadline that follows from a state, with its legal basis.
///
/// ```
/// # use participatiewet::loonwaarde::Effect;
/// # fn f(e: &Effect) -> chrono::NaiveDate { e.datum }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Effect {
    /// What the deadline is about.
    pub termijn: Termijn,
    /// The day.
    pub datum: NaiveDate,
    /// Its legal basis.
    pub citation: Citation,
}

/// The result of an accepted event.
///
/// ```
/// # use participatiewet::loonwaarde::Transition;
/// # fn f(t: &Transition) -> usize { t.effects.len() }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Transition {
    /// The new state.
    pub state: State,
    /// The deadlines that follow from it.
    pub effects: Vec<Effect>,
}

/// Context for transitions (nothing yet; reserved for municipal policy).
///
/// ```
/// let _ = participatiewet::loonwaarde::Context::default();
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {}

impl State {
    /// A new request on `datum`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// assert_eq!(s.tag(), "aangevraagd");
    /// ```
    #[must_use]
    pub fn aangevraagd(datum: NaiveDate) -> Self {
        Self::Aangevraagd {
            aangevraagd_op: datum,
            vorige_loonwaarde: None,
        }
    }

    /// The state's tag.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// assert_eq!(s.tag(), "aangevraagd");
    /// ```
    #[must_use]
    pub fn tag(&self) -> &'static str {
        match self {
            Self::Aangevraagd { .. } => "aangevraagd",
            Self::Forfaitair { .. } => "forfaitair",
            Self::Gemeten { .. } => "gemeten",
            Self::Gerapporteerd { .. } => "gerapporteerd",
            Self::Vastgesteld { .. } => "vastgesteld",
        }
    }

    /// The latest date in the state: events before it are refused.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::State::aangevraagd(d).datum(), d);
    /// ```
    #[must_use]
    pub fn datum(&self) -> NaiveDate {
        match self {
            Self::Aangevraagd { aangevraagd_op, .. } => *aangevraagd_op,
            Self::Forfaitair { afgesproken_op, .. } => *afgesproken_op,
            Self::Gemeten { gemeten_op, .. } => *gemeten_op,
            Self::Gerapporteerd { gehoord_op, .. } => *gehoord_op,
            Self::Vastgesteld { vastgesteld_op, .. } => *vastgesteld_op,
        }
    }

    /// The fixed loonwaarde, if the state has one.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// assert!(s.vastgestelde_loonwaarde().is_none());
    /// ```
    #[must_use]
    pub fn vastgestelde_loonwaarde(&self) -> Option<Percentage> {
        match self {
            Self::Vastgesteld { loonwaarde, .. } => Some(*loonwaarde),
            _ => None,
        }
    }

    /// The deadlines that follow from this state, computed from its dates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::loonwaarde::{State, Termijn};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let s: State = serde_json::from_str(
    ///     r#"{"state":"forfaitair","afgesproken_op":"2024-01-15","begindatum":"2024-02-01"}"#).unwrap();
    /// let t = s.deadlines()?;
    /// assert_eq!(t[0].termijn, Termijn::EindeForfaitaireRoute);
    /// assert_eq!(t[0].datum, d(2024, 8, 1));
    /// assert_eq!(t[1].datum, d(2024, 2, 19)); // 5 weeks after the agreement
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn deadlines(&self) -> Result<Vec<Effect>, Error> {
        let mut out = Vec::new();
        match self {
            Self::Forfaitair {
                afgesproken_op,
                begindatum,
            } => {
                out.push(Effect {
                    termijn: Termijn::EindeForfaitaireRoute,
                    datum: forfaitair_einde(*begindatum)?,
                    citation: ART_10D_LID_5,
                });
                beschikking(&mut out, *afgesproken_op)?;
            }
            Self::Vastgesteld {
                vastgesteld_op,
                herbepaling_op,
                ..
            } => {
                beschikking(&mut out, *vastgesteld_op)?;
                let (datum, citation) = match herbepaling_op {
                    Some(d) => (*d, ART_10D_LID_6),
                    None => (
                        add_months(
                            *vastgesteld_op,
                            JAARLIJKSE_HERBEPALING_MAANDEN,
                            MonthEnd::LastDay,
                        )?,
                        ART_10D_OUD,
                    ),
                };
                out.push(Effect {
                    termijn: Termijn::Herbepaling,
                    datum,
                    citation,
                });
            }
            Self::Aangevraagd { .. } | Self::Gemeten { .. } | Self::Gerapporteerd { .. } => {}
        }
        Ok(out)
    }

    /// Applies an event. A refused event leaves `self` untouched and names the rule.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::loonwaarde::{Context, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let s = State::aangevraagd(d(2024, 1, 10));
    /// let t = s.apply(&Event::Meting { datum: d(2024, 2, 1), loonwaarde: "60".parse()? }, &Context::default()).unwrap();
    /// assert_eq!(t.state.tag(), "gemeten");
    /// assert!(t.state.apply(&Event::Herbepaling { datum: d(2024, 3, 1) }, &Context::default()).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn apply(&self, event: &Event, _ctx: &Context) -> Result<Transition, TransitionError> {
        let refuse = |rule: Cow<'static, str>| TransitionError::new(self.tag(), event.tag(), rule);
        let datum = event.datum();
        if datum < self.datum() {
            return Err(refuse(
                format!(
                    "the event's date {datum} is before the state's date {}",
                    self.datum()
                )
                .into(),
            ));
        }
        let state = match (self, event) {
            (Self::Aangevraagd { aangevraagd_op, .. }, Event::Meting { datum, loonwaarde }) => {
                Self::Gemeten {
                    aangevraagd_op: *aangevraagd_op,
                    gemeten_op: *datum,
                    loonwaarde: *loonwaarde,
                }
            }
            (Self::Forfaitair { afgesproken_op, .. }, Event::Meting { datum, loonwaarde }) => {
                Self::Gemeten {
                    aangevraagd_op: *afgesproken_op,
                    gemeten_op: *datum,
                    loonwaarde: *loonwaarde,
                }
            }
            (
                Self::Gemeten {
                    aangevraagd_op,
                    gemeten_op,
                    loonwaarde,
                },
                Event::Gehoord { datum },
            ) => Self::Gerapporteerd {
                aangevraagd_op: *aangevraagd_op,
                gemeten_op: *gemeten_op,
                gehoord_op: *datum,
                loonwaarde: *loonwaarde,
            },
            (
                Self::Gerapporteerd { loonwaarde, .. },
                Event::Vaststelling {
                    datum,
                    herbepaling_op,
                },
            ) => {
                check_herbepaling(*datum, *herbepaling_op)
                    .map_err(|(rule, c)| refuse(rule.into()).citing(c))?;
                Self::Vastgesteld {
                    vastgesteld_op: *datum,
                    loonwaarde: *loonwaarde,
                    herbepaling_op: *herbepaling_op,
                }
            }
            (
                Self::Aangevraagd {
                    vorige_loonwaarde: None,
                    ..
                },
                Event::ForfaitaireRoute { datum, begindatum },
            ) => {
                check_forfaitair(*datum, *begindatum)
                    .map_err(|rule| refuse(rule.into()).citing(ART_10D_LID_5))?;
                Self::Forfaitair {
                    afgesproken_op: *datum,
                    begindatum: *begindatum,
                }
            }
            (Self::Vastgesteld { loonwaarde, .. }, Event::Herbepaling { datum }) => {
                Self::Aangevraagd {
                    aangevraagd_op: *datum,
                    vorige_loonwaarde: Some(*loonwaarde),
                }
            }
            _ => {
                return Err(refuse(Cow::Borrowed("the event does not fit this state")));
            }
        };
        let effects = state
            .deadlines()
            .map_err(|e| refuse(e.to_string().into()))?;
        Ok(Transition { state, effects })
    }

    fn validate(&self) -> Result<(), String> {
        match self {
            Self::Aangevraagd { .. } => Ok(()),
            Self::Forfaitair {
                afgesproken_op,
                begindatum,
            } => check_forfaitair(*afgesproken_op, *begindatum).map_err(str::to_owned),
            Self::Gemeten {
                aangevraagd_op,
                gemeten_op,
                ..
            } => order(&[*aangevraagd_op, *gemeten_op]),
            Self::Gerapporteerd {
                aangevraagd_op,
                gemeten_op,
                gehoord_op,
                ..
            } => order(&[*aangevraagd_op, *gemeten_op, *gehoord_op]),
            Self::Vastgesteld {
                vastgesteld_op,
                herbepaling_op,
                ..
            } => check_herbepaling(*vastgesteld_op, *herbepaling_op).map_err(|(r, _)| r.to_owned()),
        }
    }
}

fn beschikking(out: &mut Vec<Effect>, vanaf: NaiveDate) -> Result<(), Error> {
    if vanaf >= BESCHIKKINGSTERMIJN_VANAF {
        out.push(Effect {
            termijn: Termijn::BeschikkingLks,
            datum: add_days(vanaf, BESCHIKKINGSTERMIJN_DAGEN)?,
            citation: ART_10D_LID_12,
        });
    }
    Ok(())
}

fn order(dates: &[NaiveDate]) -> Result<(), String> {
    if dates.windows(2).all(|w| w.first() <= w.get(1)) {
        Ok(())
    } else {
        Err("the dates are not in order".to_owned())
    }
}

fn check_herbepaling(
    vastgesteld: NaiveDate,
    herbepaling: Option<NaiveDate>,
) -> Result<(), (&'static str, Citation)> {
    match (vastgesteld >= STROOMLIJNING_VANAF, herbepaling) {
        (true, Some(d)) if d > vastgesteld => Ok(()),
        (true, Some(_)) => Err((
            "the agreed re-determination date must be after the determination",
            ART_10D_LID_6,
        )),
        (true, None) => Err((
            "from 2017-02-01 the college agrees when the loonwaarde is re-determined: a date is required",
            ART_10D_LID_6,
        )),
        (false, None) => Ok(()),
        (false, Some(_)) => Err((
            "before 2017-02-01 the loonwaarde is re-determined yearly; no agreed date",
            ART_10D_OUD,
        )),
    }
}

fn check_forfaitair(afgesproken: NaiveDate, begindatum: NaiveDate) -> Result<(), &'static str> {
    if afgesproken < STROOMLIJNING_VANAF || begindatum < STROOMLIJNING_VANAF {
        return Err("the flat route exists from 2017-02-01");
    }
    match forfaitair_einde(begindatum) {
        Ok(einde) if afgesproken < einde => Ok(()),
        Ok(_) => Err("the flat route covers at most the first 6 months of the job"),
        Err(_) => Err("the job's start date is out of range"),
    }
}

/// The wire form of [`State`], checked on the way in.
#[derive(Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
enum RawState {
    Aangevraagd {
        aangevraagd_op: NaiveDate,
        vorige_loonwaarde: Option<Percentage>,
    },
    Forfaitair {
        afgesproken_op: NaiveDate,
        begindatum: NaiveDate,
    },
    Gemeten {
        aangevraagd_op: NaiveDate,
        gemeten_op: NaiveDate,
        loonwaarde: Percentage,
    },
    Gerapporteerd {
        aangevraagd_op: NaiveDate,
        gemeten_op: NaiveDate,
        gehoord_op: NaiveDate,
        loonwaarde: Percentage,
    },
    Vastgesteld {
        vastgesteld_op: NaiveDate,
        loonwaarde: Percentage,
        herbepaling_op: Option<NaiveDate>,
    },
}

impl TryFrom<RawState> for State {
    type Error = Error;

    fn try_from(raw: RawState) -> Result<Self, Error> {
        let state = match raw {
            RawState::Aangevraagd {
                aangevraagd_op,
                vorige_loonwaarde,
            } => Self::Aangevraagd {
                aangevraagd_op,
                vorige_loonwaarde,
            },
            RawState::Forfaitair {
                afgesproken_op,
                begindatum,
            } => Self::Forfaitair {
                afgesproken_op,
                begindatum,
            },
            RawState::Gemeten {
                aangevraagd_op,
                gemeten_op,
                loonwaarde,
            } => Self::Gemeten {
                aangevraagd_op,
                gemeten_op,
                loonwaarde,
            },
            RawState::Gerapporteerd {
                aangevraagd_op,
                gemeten_op,
                gehoord_op,
                loonwaarde,
            } => Self::Gerapporteerd {
                aangevraagd_op,
                gemeten_op,
                gehoord_op,
                loonwaarde,
            },
            RawState::Vastgesteld {
                vastgesteld_op,
                loonwaarde,
                herbepaling_op,
            } => Self::Vastgesteld {
                vastgesteld_op,
                loonwaarde,
                herbepaling_op,
            },
        };
        state.validate().map_err(|reason| Error::InvalidState {
            what: "loonwaarde determination",
            reason: reason.into(),
        })?;
        Ok(state)
    }
}
