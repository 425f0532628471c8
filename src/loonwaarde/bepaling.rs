//! The determination life cycle of a loonwaarde (`loonwaardebepaling`) as a persisted state
//! machine implementing [`Procedure`](crate::Procedure). The diagram is in the
//! [module docs](super).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::gebeurtenis::{Aanvraag, Event, verplicht};
use super::gronden as g;
use super::subsidie::{STROOMLIJNING_VANAF, forfaitair_einde};
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months, checked};
use crate::error::{Error, Text, TransitionError};
use crate::money::Percentage;
use crate::procedure::{Context, Effect, Procedure, Transition};
use crate::wire::{Validate, validated_serde};

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
pub const ART_10D_LID_12: &Citation =
    &Citation::article(Regulation::Participatiewet, "10d").lid(12);
/// The college agrees when the loonwaarde is re-determined (from 2017-02-01).
pub const ART_10D_LID_6: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(6);
/// The flat route.
pub const ART_10D_LID_5: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(5);
/// The yearly re-determination before 2017-02-01 (Pw art. 10d as in force 2015–2017).
pub const ART_10D_OUD: &Citation = &Citation::article(Regulation::Participatiewet, "10d");

/// A determination's state. Each state holds the dates that justify it; reading one from JSON
/// checks their order, the rules of art. 10d lid 5 and 6, and that its deadlines lie in the
/// crate's date range.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::State;
/// let s = State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 10).unwrap())?;
/// assert_eq!(serde_json::to_string(&s).unwrap(),
///     r#"{"state":"aangevraagd","aangevraagd_op":"2024-01-10","vorige_loonwaarde":null}"#);
/// assert_eq!(s.to_string(), "aangevraagd 2024-01-10");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "state",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum State {
    /// A (re-)determination was requested.
    Aangevraagd {
        /// Date of the request.
        aangevraagd_op: NaiveDate,
        /// The loonwaarde being re-determined, if this is a re-determination.
        #[serde(deserialize_with = "verplicht")]
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
        #[serde(deserialize_with = "verplicht")]
        herbepaling_op: Option<NaiveDate>,
    },
}

validated_serde!(State);

/// `<tag> <datum>`: the state and its latest date.
impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", Procedure::tag(self), self.datum())
    }
}

fn ongeldig(reason: Text) -> Error {
    Error::state("loonwaarde::State", reason)
}

impl Validate for State {
    fn validate(&self) -> Result<(), Error> {
        let (all, n): ([NaiveDate; 3], usize) = match self {
            Self::Aangevraagd { aangevraagd_op, .. } => ([*aangevraagd_op; 3], 1),
            Self::Forfaitair {
                afgesproken_op,
                begindatum,
            } => ([*afgesproken_op, *begindatum, *begindatum], 2),
            Self::Gemeten {
                aangevraagd_op,
                gemeten_op,
                ..
            } => ([*aangevraagd_op, *gemeten_op, *gemeten_op], 2),
            Self::Gerapporteerd {
                aangevraagd_op,
                gemeten_op,
                gehoord_op,
                ..
            } => ([*aangevraagd_op, *gemeten_op, *gehoord_op], 3),
            Self::Vastgesteld { vastgesteld_op, .. } => ([*vastgesteld_op; 3], 1),
        };
        let dates = all.get(..n).unwrap_or(&[]);
        for d in dates {
            checked(*d, "datum")?;
        }
        match self {
            Self::Aangevraagd { .. } => {}
            Self::Forfaitair {
                afgesproken_op,
                begindatum,
            } => check_forfaitair(*afgesproken_op, *begindatum).map_err(ongeldig)?,
            Self::Gemeten { .. } | Self::Gerapporteerd { .. } => {
                if dates.windows(2).any(|w| w.first() > w.get(1)) {
                    return Err(ongeldig(Text::new(
                        "de data liggen niet in volgorde",
                        "the dates are not in order",
                    )));
                }
            }
            Self::Vastgesteld {
                vastgesteld_op,
                herbepaling_op,
                ..
            } => check_herbepaling(*vastgesteld_op, *herbepaling_op)
                .map_err(|(reason, _)| ongeldig(reason))?,
        }
        // Every deadline of the state lies in the crate's date range, so it reads back.
        for e in self.termijnen()? {
            checked(e.datum(), "datum")?;
        }
        Ok(())
    }
}

impl State {
    /// A new request on `datum`; errors outside the crate's date range.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert!(matches!(s, participatiewet::loonwaarde::State::Aangevraagd { .. }));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn aangevraagd(datum: NaiveDate) -> Result<Self, Error> {
        let s = Self::Aangevraagd {
            aangevraagd_op: checked(datum, "aangevraagd_op")?,
            vorige_loonwaarde: None,
        };
        s.validate()?;
        Ok(s)
    }

    /// The latest date in the state: events before it are refused.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::State::aangevraagd(d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
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
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert!(s.vastgestelde_loonwaarde().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn vastgestelde_loonwaarde(&self) -> Option<Percentage> {
        match self {
            Self::Vastgesteld { loonwaarde, .. } => Some(*loonwaarde),
            _ => None,
        }
    }

    /// The deadlines that follow from this state, computed from its dates.
    fn termijnen(&self) -> Result<Vec<Effect>, Error> {
        let mut out = Vec::new();
        match self {
            Self::Forfaitair {
                afgesproken_op,
                begindatum,
            } => {
                out.push(Effect::new(
                    &g::LKS_FORFAITAIR_EINDE,
                    forfaitair_einde(*begindatum)?,
                    ART_10D_LID_5,
                ));
                beschikking(&mut out, *afgesproken_op)?;
            }
            Self::Vastgesteld {
                vastgesteld_op,
                herbepaling_op,
                ..
            } => {
                beschikking(&mut out, *vastgesteld_op)?;
                out.push(match herbepaling_op {
                    Some(d) => Effect::new(&g::LOONWAARDE_HERBEPALING, *d, ART_10D_LID_6),
                    None => Effect::new(
                        &g::LOONWAARDE_HERBEPALING_JAARLIJKS,
                        add_months(
                            *vastgesteld_op,
                            JAARLIJKSE_HERBEPALING_MAANDEN,
                            MonthEnd::LastDay,
                        )?,
                        ART_10D_OUD,
                    ),
                });
            }
            Self::Aangevraagd { .. } | Self::Gemeten { .. } | Self::Gerapporteerd { .. } => {}
        }
        Ok(out)
    }

    fn volgende(&self, event: &Event) -> Result<Self, TransitionError> {
        let tag = Procedure::tag(self);
        let refuse = |nl, en| TransitionError::new(tag, event.tag(), Text::new(nl, en));
        Ok(match (self, event) {
            (
                Self::Aangevraagd { aangevraagd_op, .. }
                | Self::Forfaitair {
                    afgesproken_op: aangevraagd_op,
                    ..
                },
                Event::Meting { datum, loonwaarde },
            ) => Self::Gemeten {
                aangevraagd_op: *aangevraagd_op,
                gemeten_op: *datum,
                loonwaarde: *loonwaarde,
            },
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
                check_herbepaling(*datum, *herbepaling_op).map_err(|(reason, citation)| {
                    TransitionError::new(tag, event.tag(), reason).citing(citation)
                })?;
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
                check_forfaitair(*datum, *begindatum).map_err(|reason| {
                    TransitionError::new(tag, event.tag(), reason).citing(ART_10D_LID_5)
                })?;
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
                return Err(refuse(
                    "deze gebeurtenis past niet bij deze toestand",
                    "the event does not fit this state",
                ));
            }
        })
    }
}

impl Procedure for State {
    const MACHINE: &'static str = "loonwaarde_bepaling";
    type Start = Aanvraag;
    type Event = Event;

    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::loonwaarde::{Aanvraag, State};
    /// # let (p, b) = (Parameters::bundled(), Beleid::default());
    /// let t = State::start(&Aanvraag { aangevraagd_op: NaiveDate::from_ymd_opt(2024, 1, 10).unwrap() }, &Context::new(&p, &b))?;
    /// assert_eq!(t.state.tag(), "aangevraagd");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn start(start: &Aanvraag, _ctx: &Context<'_>) -> Result<Transition<Self>, Error> {
        start.validate()?;
        let state = Self::aangevraagd(start.aangevraagd_op)?;
        let effects = state.termijnen()?;
        Ok(Transition::new(state, effects))
    }

    /// Applies an event. A refused event leaves `self` untouched and names the rule; every
    /// state it returns passes [`Validate::validate`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::loonwaarde::{Event, State};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let (p, b) = (Parameters::bundled(), Beleid::default());
    /// let ctx = Context::new(&p, &b);
    /// let s = State::aangevraagd(d(2024, 1, 10))?;
    /// let t = s.apply(&Event::Meting { datum: d(2024, 2, 1), loonwaarde: "60".parse()? }, &ctx).unwrap();
    /// assert_eq!(t.state.tag(), "gemeten");
    /// assert!(t.state.apply(&Event::Herbepaling { datum: d(2024, 3, 1) }, &ctx).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn apply(
        &self,
        event: &Event,
        _ctx: &Context<'_>,
    ) -> Result<Transition<Self>, TransitionError> {
        let tag = Procedure::tag(self);
        event
            .validate()
            .map_err(|e| TransitionError::from_error(tag, event.tag(), &e))?;
        if event.datum() < self.datum() {
            return Err(TransitionError::new(
                tag,
                event.tag(),
                Text::owned(
                    format!(
                        "de datum van de gebeurtenis {} ligt vóór de datum van de toestand {}",
                        event.datum(),
                        self.datum()
                    ),
                    format!(
                        "the event's date {} is before the state's date {}",
                        event.datum(),
                        self.datum()
                    ),
                ),
            ));
        }
        let state = self.volgende(event)?;
        state
            .validate()
            .map_err(|e| TransitionError::from_error(tag, event.tag(), &e))?;
        let effects = state
            .termijnen()
            .map_err(|e| TransitionError::from_error(tag, event.tag(), &e))?;
        Ok(Transition::new(state, effects))
    }

    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::Procedure;
    /// let s = participatiewet::loonwaarde::State::aangevraagd(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert_eq!(s.tag(), "aangevraagd");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn tag(&self) -> &'static str {
        match self {
            Self::Aangevraagd { .. } => "aangevraagd",
            Self::Forfaitair { .. } => "forfaitair",
            Self::Gemeten { .. } => "gemeten",
            Self::Gerapporteerd { .. } => "gerapporteerd",
            Self::Vastgesteld { .. } => "vastgesteld",
        }
    }

    /// The deadlines of the state: the end of the flat route (art. 10d lid 5), the LKS
    /// decision (lid 12, from 2023-07-01), the re-determination (lid 6, or yearly before
    /// 2017-02-01).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::loonwaarde::State;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let (p, b) = (Parameters::bundled(), Beleid::default());
    /// let s: State = serde_json::from_str(
    ///     r#"{"state":"forfaitair","afgesproken_op":"2024-01-15","begindatum":"2024-02-01"}"#).unwrap();
    /// let t = s.effects(&Context::new(&p, &b))?;
    /// assert!(t[0].is("lks_forfaitair_einde"));
    /// assert_eq!(t[0].datum(), d(2024, 8, 1));
    /// assert_eq!(t[1].datum(), d(2024, 2, 19)); // 5 weeks after the agreement
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn effects(&self, _ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
        self.termijnen()
    }
}

fn beschikking(out: &mut Vec<Effect>, vanaf: NaiveDate) -> Result<(), Error> {
    if vanaf >= BESCHIKKINGSTERMIJN_VANAF {
        out.push(Effect::new(
            &g::LKS_BESCHIKKING_UITERLIJK,
            add_days(vanaf, BESCHIKKINGSTERMIJN_DAGEN)?,
            ART_10D_LID_12,
        ));
    }
    Ok(())
}

fn check_herbepaling(
    vastgesteld: NaiveDate,
    herbepaling: Option<NaiveDate>,
) -> Result<(), (Text, &'static Citation)> {
    match (vastgesteld >= STROOMLIJNING_VANAF, herbepaling) {
        (true, Some(d)) if d > vastgesteld => Ok(()),
        (true, Some(_)) => Err((
            Text::new(
                "de afgesproken datum van herbepaling ligt niet na de vaststelling",
                "the agreed re-determination date must be after the determination",
            ),
            ART_10D_LID_6,
        )),
        (true, None) => Err((
            Text::new(
                "vanaf 1 februari 2017 spreekt het college af wanneer de loonwaarde opnieuw wordt \
                 bepaald: een datum is nodig",
                "from 2017-02-01 the college agrees when the loonwaarde is re-determined: a date \
                 is required",
            ),
            ART_10D_LID_6,
        )),
        (false, None) => Ok(()),
        (false, Some(_)) => Err((
            Text::new(
                "vóór 1 februari 2017 wordt de loonwaarde jaarlijks opnieuw bepaald; geen \
                 afgesproken datum",
                "before 2017-02-01 the loonwaarde is re-determined yearly; no agreed date",
            ),
            ART_10D_OUD,
        )),
    }
}

fn check_forfaitair(afgesproken: NaiveDate, begindatum: NaiveDate) -> Result<(), Text> {
    if afgesproken < STROOMLIJNING_VANAF || begindatum < STROOMLIJNING_VANAF {
        return Err(Text::new(
            "de forfaitaire route bestaat vanaf 1 februari 2017",
            "the flat route exists from 2017-02-01",
        ));
    }
    match forfaitair_einde(begindatum) {
        Ok(einde) if afgesproken < einde => Ok(()),
        Ok(_) => Err(Text::new(
            "de forfaitaire route geldt ten hoogste de eerste zes maanden van de dienstbetrekking",
            "the flat route covers at most the first 6 months of the job",
        )),
        Err(_) => Err(Text::new(
            "de begindatum van de dienstbetrekking valt buiten het bereik",
            "the job's start date is out of range",
        )),
    }
}
