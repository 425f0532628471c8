//! The procedure (`procedure`): from candidate to employment, as a state machine the caller
//! persists.
//!
//! [`State::apply`] borrows the state and returns a [`Transition`] (the next state and its
//! [`Effect`]s: deadlines and notices with their citations) or a [`TransitionError`] that
//! names the state, the event and the rule; the old state is untouched. Deserialising a
//! [`State`] re-checks every invariant, so a tampered row is an error.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::geschiktheid::{Aanvrager, BESCHUT_WERK_2017, Verzoek};
use super::opslag::{
    check_aanbod, check_aanvraag, check_beeindigd, check_dienst, check_tot_advies,
    check_tot_vaststelling, invalid,
};
use crate::beleid::Beleid;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months};
use crate::error::{Error, TransitionError};
use crate::money::Hours;

/// UWV advises within eight weeks of receiving the request (Besluit advisering beschut werk
/// art. 2 lid 1; before 2017 art. 2 lid 2, for the college's request).
pub const ADVIESTERMIJN_DAGEN: i64 = 56;

const BESLUIT_2_LID_1: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2").lid(1);
const ART_10B_LID_1: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(1);
const ART_10B_LID_3: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(3);
const ART_10B_LID_9: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(9);
const ART_10B_OUD_LID_3: Citation =
    Citation::article(Regulation::Participatiewet, "10b (tekst tot 2017)").lid(3);
const AWB_3_9: Citation = Citation::article(Regulation::Awb, "3:9");
const AWB_3_50: Citation = Citation::article(Regulation::Awb, "3:50");

/// UWV's advice as the college received it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Advies;
/// let a = Advies { datum: NaiveDate::from_ymd_opt(2018, 2, 1).unwrap(), positief: true };
/// assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"datum":"2018-02-01","positief":true}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advies {
    /// The day UWV gave the advice.
    pub datum: NaiveDate,
    /// Whether UWV advised to determine beschut werk.
    pub positief: bool,
}

/// The request for the advice as recorded in the state.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
/// let a = Aanvraag { datum: NaiveDate::from_ymd_opt(2018, 1, 2).unwrap(), door: Aanvrager::College };
/// assert_eq!(a.advies_uiterlijk().unwrap(), NaiveDate::from_ymd_opt(2018, 2, 27).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aanvraag {
    /// The day UWV received the request.
    pub datum: NaiveDate,
    /// Who asked.
    pub door: Aanvrager,
}

impl Aanvraag {
    /// The last day for UWV's advice: the request date plus eight weeks (56 days).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Aanvraag};
    /// let a = Aanvraag { datum: NaiveDate::from_ymd_opt(2017, 1, 1).unwrap(), door: Aanvrager::Persoon };
    /// assert_eq!(a.advies_uiterlijk()?, NaiveDate::from_ymd_opt(2017, 2, 26).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn advies_uiterlijk(&self) -> Result<NaiveDate, Error> {
        add_days(self.datum, ADVIESTERMIJN_DAGEN)
    }
}

/// The college's determination (`vaststelling`, art. 10b lid 1).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Vaststelling;
/// let v = Vaststelling::new(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(), true);
/// assert!(v.afwijking.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Vaststelling {
    /// The day of the determination.
    pub datum: NaiveDate,
    /// Whether the college determined that the person can work only in a sheltered
    /// environment under adapted circumstances.
    pub beschut_werk: bool,
    /// Why the college departs from UWV's advice (the advice was not carefully made: Awb
    /// art. 3:9, stated per art. 3:50); required exactly when it departs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub afwijking: Option<Cow<'static, str>>,
}

impl Vaststelling {
    /// A determination that follows the advice.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Vaststelling;
    /// assert!(!Vaststelling::new(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(), false).beschut_werk);
    /// ```
    #[must_use]
    pub const fn new(datum: NaiveDate, beschut_werk: bool) -> Self {
        Self {
            datum,
            beschut_werk,
            afwijking: None,
        }
    }

    /// The same determination with the recorded reason for departing from the advice.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Vaststelling;
    /// let v = Vaststelling::new(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(), false)
    ///     .met_afwijking("UWV did not assess the report of the school");
    /// assert!(v.afwijking.is_some());
    /// ```
    #[must_use]
    pub fn met_afwijking(mut self, reden: impl Into<Cow<'static, str>>) -> Self {
        self.afwijking = Some(reden.into());
        self
    }
}

/// The beschut-werk employment contract (`dienstbetrekking`).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Dienstbetrekking;
/// use participatiewet::Hours;
/// let d = Dienstbetrekking { aanvang: NaiveDate::from_ymd_opt(2018, 6, 1).unwrap(), uren_per_week: Hours::new(rust_decimal::dec!(24))? };
/// assert_eq!(d.uren_per_week.to_string(), "24");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dienstbetrekking {
    /// The first day of the contract.
    pub aanvang: NaiveDate,
    /// The agreed hours per week (more than zero).
    pub uren_per_week: Hours,
}

/// Why the procedure ended.
///
/// ```
/// use participatiewet::beschut_werk::EindeReden;
/// assert_eq!(serde_json::to_string(&EindeReden::DienstbetrekkingGeeindigd).unwrap(), "\"dienstbetrekking_geeindigd\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EindeReden {
    /// The beschut-werk contract ended.
    DienstbetrekkingGeeindigd,
    /// The person declined the offer.
    AanbodAfgewezen,
    /// The person withdrew, moved away, or is otherwise no longer in the circle.
    NietMeerInKring,
    /// The college determined no beschut werk and the route closes.
    GeenBeschutWerk,
}

/// The state of one person's beschut-werk procedure. Every state keeps the dates that justify
/// it; deadlines are computed from them.
///
/// The diagram with its events and guards is in the [module docs](crate::beschut_werk):
///
/// ```text
/// kandidaat → advies_aangevraagd → advies_uitgebracht → vastgesteld → [aangeboden →] in_dienst
///                     ▲                                     │
///                     └─────────── new request ─────────────┘
/// any state but beeindigd → beeindigd
/// ```
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::State;
/// let s = State::Kandidaat { sinds: NaiveDate::from_ymd_opt(2018, 1, 2).unwrap() };
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"state":"kandidaat","sinds":"2018-01-02"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "state",
    rename_all = "snake_case",
    try_from = "super::opslag::RawState"
)]
#[non_exhaustive]
pub enum State {
    /// The college identified a candidate (or the person came forward).
    Kandidaat {
        /// Since when.
        sinds: NaiveDate,
    },
    /// UWV has been asked for the advice.
    AdviesAangevraagd {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The date of UWV's earlier advice in this procedure, when this is a new request
        /// after a determination (for the twelve-month rule of Besluit art. 3 lid 3 b).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vorig_advies: Option<NaiveDate>,
    },
    /// UWV gave its advice; the college has to determine.
    AdviesUitgebracht {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
    },
    /// The college determined; when positive, the person waits for a place.
    Vastgesteld {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The determination.
        vaststelling: Vaststelling,
    },
    /// The college offered a beschut-werk place.
    Aangeboden {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The (positive) determination.
        vaststelling: Vaststelling,
        /// The day of the offer.
        aanbod: NaiveDate,
    },
    /// Employed in beschut werk.
    InDienst {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The (positive) determination.
        vaststelling: Vaststelling,
        /// The day of the offer, if one preceded the contract.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        aanbod: Option<NaiveDate>,
        /// The contract.
        dienstbetrekking: Dienstbetrekking,
    },
    /// The procedure ended.
    Beeindigd {
        /// Since when the person was a candidate.
        sinds: NaiveDate,
        /// The determination, if there was one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vaststelling: Option<Vaststelling>,
        /// The contract, if there was one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dienstbetrekking: Option<Dienstbetrekking>,
        /// The day it ended.
        einde: NaiveDate,
        /// Why.
        reden: EindeReden,
    },
}

/// An event in the procedure; each carries its date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvrager, Event};
/// let e = Event::AdviesAangevraagd { datum: NaiveDate::from_ymd_opt(2017, 1, 1).unwrap(), door: Aanvrager::Persoon };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"advies_aangevraagd","datum":"2017-01-01","door":"persoon"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// UWV received a request for the advice (art. 10b lid 2 or 3).
    AdviesAangevraagd {
        /// The day UWV received it.
        datum: NaiveDate,
        /// Who asked.
        door: Aanvrager,
    },
    /// UWV gave its advice.
    AdviesUitgebracht {
        /// The day of the advice.
        datum: NaiveDate,
        /// Whether it is positive.
        positief: bool,
    },
    /// The college determined (art. 10b lid 1).
    Vastgesteld(Vaststelling),
    /// The college offered a place.
    Aangeboden {
        /// The day of the offer.
        datum: NaiveDate,
    },
    /// The beschut-werk contract started.
    InDienst(Dienstbetrekking),
    /// The procedure ended.
    Beeindigd {
        /// The day.
        datum: NaiveDate,
        /// Why.
        reden: EindeReden,
    },
}

/// What applying an event needs besides the state: the municipality's policy.
///
/// ```
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::Context;
/// let beleid = Beleid::default();
/// let ctx = Context::new(&beleid);
/// assert_eq!(ctx.beleid.decision_term_weeks(), 8);
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Context<'a> {
    /// The policy (decision term, re-assessment).
    pub beleid: &'a Beleid,
}

impl<'a> Context<'a> {
    /// A context with the given policy.
    ///
    /// ```
    /// let b = participatiewet::Beleid::default();
    /// let _ = participatiewet::beschut_werk::Context::new(&b);
    /// ```
    #[must_use]
    pub const fn new(beleid: &'a Beleid) -> Self {
        Self { beleid }
    }
}

/// A deadline that follows from a transition.
///
/// ```
/// use participatiewet::beschut_werk::Termijn;
/// assert_ne!(Termijn::Advies, Termijn::Besluit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Termijn {
    /// UWV's advice is due (Besluit art. 2 lid 1).
    Advies,
    /// The college's determination is due (policy or Awb art. 4:13). Neither the Pw nor the
    /// Besluit sets a term for it; the crate counts the policy's term from the day UWV's
    /// advice was given, since the college determines on that advice.
    Besluit,
    /// The municipality's own re-assessment (policy only; the law sets none).
    Herbeoordeling,
}

/// A notice that follows from a transition.
///
/// ```
/// use participatiewet::beschut_werk::Melding;
/// assert_ne!(Melding::AanbodVerplicht, Melding::AanbodFacultatief);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Melding {
    /// UWV tells the person the advice at the same time as the college (art. 10b lid 3).
    AdviesGelijktijdigAanPersoon,
    /// UWV's advice came after its deadline, by this many days.
    AdviesTeLaat {
        /// Days after the deadline.
        dagen: i64,
    },
    /// From 2017-01-01: the college must offer beschut werk, unless the year's number is
    /// realised (art. 10b lid 1 and 6; check with `Plaatsen::aanbodplicht`).
    AanbodVerplicht,
    /// Before 2017-01-01: the college ensures a job within the volume its own ordinance set
    /// (art. 10b lid 3 and 4 onderdeel c, old text); no yearly number applied.
    AanbodFacultatief,
    /// The college departed from UWV's advice, with a recorded reason (Awb art. 3:9, 3:50).
    AfwijkingVanAdvies,
    /// The contract started: loonkostensubsidie per art. 10d is for the loonwaarde domain
    /// (art. 10b lid 9).
    Loonkostensubsidie {
        /// The first day of the contract.
        aanvang: NaiveDate,
        /// The agreed hours per week.
        uren_per_week: Hours,
    },
}

/// A consequence of a transition, with its legal basis.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Effect, Termijn};
/// use participatiewet::{Citation, Regulation};
/// let e = Effect::Termijn { termijn: Termijn::Advies, datum: NaiveDate::from_ymd_opt(2018, 2, 27).unwrap(),
///     citation: Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2").lid(1) };
/// assert_eq!(e.to_string(), "deadline: UWV's advice due on 2018-02-27 (Besluit advisering beschut werk art. 2 lid 1)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Effect {
    /// A deadline.
    Termijn {
        /// Which.
        termijn: Termijn,
        /// The last day.
        datum: NaiveDate,
        /// Its basis.
        citation: Citation,
    },
    /// A notice.
    Melding {
        /// Which.
        melding: Melding,
        /// Its basis.
        citation: Citation,
    },
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Termijn {
                termijn,
                datum,
                citation,
            } => write!(f, "deadline: {termijn} on {datum} ({citation})"),
            Self::Melding { melding, citation } => write!(f, "notice: {melding} ({citation})"),
        }
    }
}

impl fmt::Display for Termijn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Advies => "UWV's advice due",
            Self::Besluit => "the college's determination due",
            Self::Herbeoordeling => "re-assessment (municipal policy)",
        })
    }
}

impl fmt::Display for Melding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AdviesGelijktijdigAanPersoon => {
                f.write_str("UWV informs the person of the advice at the same time as the college")
            }
            Self::AdviesTeLaat { dagen } => write!(f, "UWV's advice came {dagen} day(s) late"),
            Self::AanbodVerplicht => f.write_str(
                "the college must offer beschut werk unless the year's number is realised",
            ),
            Self::AanbodFacultatief => f.write_str(
                "before 2017: the offer follows the municipality's own ordinance; no yearly number",
            ),
            Self::AfwijkingVanAdvies => {
                f.write_str("the college departs from UWV's advice, with a recorded reason")
            }
            Self::Loonkostensubsidie {
                aanvang,
                uren_per_week,
            } => write!(
                f,
                "contract from {aanvang}, {uren_per_week} hours a week: loonkostensubsidie per art. 10d"
            ),
        }
    }
}

/// The result of an accepted event.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::{Aanvrager, Context, Event, State};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let b = Beleid::default();
/// let t = State::Kandidaat { sinds: d(2018, 1, 2) }
///     .apply(&Event::AdviesAangevraagd { datum: d(2018, 1, 3), door: Aanvrager::College }, &Context::new(&b))?;
/// assert_eq!(t.state.tag(), "advies_aangevraagd");
/// assert_eq!(t.effects.len(), 1);
/// # Ok::<(), participatiewet::TransitionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Transition {
    /// The next state.
    pub state: State,
    /// Deadlines and notices.
    pub effects: Vec<Effect>,
}

impl Event {
    /// The event's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Event;
    /// assert_eq!(Event::Aangeboden { datum: NaiveDate::MIN }.tag(), "aangeboden");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::AdviesAangevraagd { .. } => "advies_aangevraagd",
            Self::AdviesUitgebracht { .. } => "advies_uitgebracht",
            Self::Vastgesteld(_) => "vastgesteld",
            Self::Aangeboden { .. } => "aangeboden",
            Self::InDienst(_) => "in_dienst",
            Self::Beeindigd { .. } => "beeindigd",
        }
    }

    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Event;
    /// assert_eq!(Event::Aangeboden { datum: NaiveDate::MIN }.datum(), NaiveDate::MIN);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match self {
            Self::AdviesAangevraagd { datum, .. }
            | Self::AdviesUitgebracht { datum, .. }
            | Self::Aangeboden { datum }
            | Self::Beeindigd { datum, .. } => *datum,
            Self::Vastgesteld(v) => v.datum,
            Self::InDienst(d) => d.aanvang,
        }
    }
}

impl State {
    /// The state's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::State;
    /// assert_eq!(State::Kandidaat { sinds: NaiveDate::MIN }.tag(), "kandidaat");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::Kandidaat { .. } => "kandidaat",
            Self::AdviesAangevraagd { .. } => "advies_aangevraagd",
            Self::AdviesUitgebracht { .. } => "advies_uitgebracht",
            Self::Vastgesteld { .. } => "vastgesteld",
            Self::Aangeboden { .. } => "aangeboden",
            Self::InDienst { .. } => "in_dienst",
            Self::Beeindigd { .. } => "beeindigd",
        }
    }

    /// The state's own date: the latest date it holds. Events dated before it are refused.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::State;
    /// let d = NaiveDate::from_ymd_opt(2018, 1, 2).unwrap();
    /// assert_eq!(State::Kandidaat { sinds: d }.datum(), d);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match self {
            Self::Kandidaat { sinds } => *sinds,
            Self::AdviesAangevraagd { aanvraag, .. } => aanvraag.datum,
            Self::AdviesUitgebracht { advies, .. } => advies.datum,
            Self::Vastgesteld { vaststelling, .. } => vaststelling.datum,
            Self::Aangeboden { aanbod, .. } => *aanbod,
            Self::InDienst {
                dienstbetrekking, ..
            } => dienstbetrekking.aanvang,
            Self::Beeindigd { einde, .. } => *einde,
        }
    }

    /// The positive determination, if the person has one (waiting, offered or employed).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::State;
    /// assert!(State::Kandidaat { sinds: NaiveDate::MIN }.positieve_vaststelling().is_none());
    /// ```
    #[must_use]
    pub fn positieve_vaststelling(&self) -> Option<&Vaststelling> {
        match self {
            Self::Vastgesteld { vaststelling, .. }
            | Self::Aangeboden { vaststelling, .. }
            | Self::InDienst { vaststelling, .. } => Some(vaststelling).filter(|v| v.beschut_werk),
            Self::Beeindigd { vaststelling, .. } => {
                vaststelling.as_ref().filter(|v| v.beschut_werk)
            }
            _ => None,
        }
    }

    /// The request UWV is working on, as the eligibility assessment takes it (with the date of
    /// UWV's earlier advice in this procedure, for the twelve-month rule).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::beschut_werk::{Aanvrager, Context, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let b = Beleid::default();
    /// let s = State::Kandidaat { sinds: d(2018, 1, 2) }
    ///     .apply(&Event::AdviesAangevraagd { datum: d(2018, 1, 3), door: Aanvrager::Persoon }, &Context::new(&b))?
    ///     .state;
    /// assert_eq!(s.verzoek().unwrap().datum, d(2018, 1, 3));
    /// # Ok::<(), participatiewet::TransitionError>(())
    /// ```
    #[must_use]
    pub fn verzoek(&self) -> Option<Verzoek> {
        match self {
            Self::AdviesAangevraagd {
                aanvraag,
                vorig_advies,
                ..
            } => {
                let verzoek = Verzoek::new(aanvraag.door, aanvraag.datum);
                Some(match vorig_advies {
                    Some(v) => verzoek.na_advies(*v),
                    None => verzoek,
                })
            }
            _ => None,
        }
    }

    /// The beschut-werk contract, while employed: the facts the loonwaarde domain needs for
    /// loonkostensubsidie (art. 10b lid 9, art. 10d).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::State;
    /// assert!(State::Kandidaat { sinds: NaiveDate::MIN }.dienstbetrekking().is_none());
    /// ```
    #[must_use]
    pub const fn dienstbetrekking(&self) -> Option<&Dienstbetrekking> {
        match self {
            Self::InDienst {
                dienstbetrekking, ..
            } => Some(dienstbetrekking),
            _ => None,
        }
    }

    /// Applies `event`. The state is borrowed: on refusal it is unchanged.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::beschut_werk::{Aanvrager, Context, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let b = Beleid::default();
    /// let s = State::Kandidaat { sinds: d(2016, 11, 1) };
    /// let err = s.apply(&Event::AdviesAangevraagd { datum: d(2016, 12, 31), door: Aanvrager::Persoon }, &Context::new(&b)).unwrap_err();
    /// assert_eq!(err.rule().en, "a person may ask UWV for the advice only from 2017-01-01");
    /// ```
    pub fn apply(&self, event: &Event, ctx: &Context<'_>) -> Result<Transition, TransitionError> {
        if event.datum() < self.datum() {
            return Err(self.refuse(event, "the event is dated before the state's own date"));
        }
        if matches!(self, Self::Beeindigd { .. }) {
            return Err(self.refuse(event, "the procedure has ended"));
        }
        match event {
            Event::AdviesAangevraagd { datum, door } => self.aanvragen(event, *datum, *door),
            Event::AdviesUitgebracht { datum, positief } => {
                self.advies_uitbrengen(event, *datum, *positief, *ctx)
            }
            Event::Vastgesteld(vaststelling) => self.vaststellen(event, vaststelling, *ctx),
            Event::Aangeboden { datum } => self.aanbieden(event, *datum),
            Event::InDienst(dienstbetrekking) => self.in_dienst(event, dienstbetrekking),
            Event::Beeindigd { datum, reden } => Ok(self.beeindig(*datum, *reden)),
        }
    }

    fn refuse(&self, event: &Event, rule: &'static str) -> TransitionError {
        TransitionError::new(self.tag(), event.tag(), rule)
    }

    fn overflow(&self, event: &Event) -> TransitionError {
        self.refuse(event, "the date is outside the calendar's range")
    }

    fn aanvragen(
        &self,
        event: &Event,
        datum: NaiveDate,
        door: Aanvrager,
    ) -> Result<Transition, TransitionError> {
        let (sinds, vorig_advies) = match self {
            Self::Kandidaat { sinds } => (*sinds, None),
            Self::Vastgesteld {
                sinds,
                vaststelling,
                advies,
                ..
            } => {
                if vaststelling.beschut_werk && door == Aanvrager::Persoon {
                    return Err(
                        self.refuse(event, "the person already has a positive determination")
                    );
                }
                (*sinds, Some(advies.datum))
            }
            Self::AdviesUitgebracht { .. } => {
                return Err(self.refuse(
                    event,
                    "the college must first determine on the advice it has",
                ));
            }
            _ => return Err(self.refuse(event, "the event does not apply in this state")),
        };
        if door == Aanvrager::Persoon && datum < BESCHUT_WERK_2017 {
            return Err(self
                .refuse(
                    event,
                    "a person may ask UWV for the advice only from 2017-01-01",
                )
                .citing(ART_10B_LID_3));
        }
        let aanvraag = Aanvraag { datum, door };
        let mut effects = vec![Effect::Termijn {
            termijn: Termijn::Advies,
            datum: aanvraag
                .advies_uiterlijk()
                .map_err(|_| self.overflow(event))?,
            citation: BESLUIT_2_LID_1,
        }];
        if door == Aanvrager::Persoon {
            effects.push(Effect::Melding {
                melding: Melding::AdviesGelijktijdigAanPersoon,
                citation: ART_10B_LID_3,
            });
        }
        Ok(Transition {
            state: Self::AdviesAangevraagd {
                sinds,
                aanvraag,
                vorig_advies,
            },
            effects,
        })
    }

    fn advies_uitbrengen(
        &self,
        event: &Event,
        datum: NaiveDate,
        positief: bool,
        ctx: Context<'_>,
    ) -> Result<Transition, TransitionError> {
        let Self::AdviesAangevraagd {
            sinds, aanvraag, ..
        } = self
        else {
            return Err(self.refuse(event, "no advice was requested"));
        };
        let advies = Advies { datum, positief };
        let mut effects = Vec::new();
        let uiterlijk = aanvraag
            .advies_uiterlijk()
            .map_err(|_| self.overflow(event))?;
        if datum > uiterlijk {
            effects.push(Effect::Melding {
                melding: Melding::AdviesTeLaat {
                    dagen: (datum - uiterlijk).num_days(),
                },
                citation: BESLUIT_2_LID_1,
            });
        }
        let weeks = i64::from(ctx.beleid.decision_term_weeks());
        effects.push(Effect::Termijn {
            termijn: Termijn::Besluit,
            datum: add_days(datum, weeks.saturating_mul(7)).map_err(|_| self.overflow(event))?,
            citation: ctx.beleid.decision_term_citation(),
        });
        Ok(Transition {
            state: Self::AdviesUitgebracht {
                sinds: *sinds,
                aanvraag: *aanvraag,
                advies,
            },
            effects,
        })
    }

    fn vaststellen(
        &self,
        event: &Event,
        vaststelling: &Vaststelling,
        ctx: Context<'_>,
    ) -> Result<Transition, TransitionError> {
        let Self::AdviesUitgebracht {
            sinds,
            aanvraag,
            advies,
        } = self
        else {
            return Err(self.refuse(event, "the college determines on UWV's advice"));
        };
        check_afwijking(*advies, vaststelling).map_err(|rule| {
            self.refuse(event, rule)
                .citing(if advies.positief { AWB_3_9 } else { AWB_3_50 })
        })?;
        let mut effects = Vec::new();
        if vaststelling.afwijking.is_some() {
            effects.push(Effect::Melding {
                melding: Melding::AfwijkingVanAdvies,
                citation: AWB_3_50,
            });
        }
        if vaststelling.beschut_werk {
            effects.push(if vaststelling.datum >= BESCHUT_WERK_2017 {
                Effect::Melding {
                    melding: Melding::AanbodVerplicht,
                    citation: ART_10B_LID_1,
                }
            } else {
                Effect::Melding {
                    melding: Melding::AanbodFacultatief,
                    citation: ART_10B_OUD_LID_3,
                }
            });
            if let Some(months) = ctx.beleid.reassessment_months() {
                let months = i32::try_from(months).unwrap_or(i32::MAX);
                effects.push(Effect::Termijn {
                    termijn: Termijn::Herbeoordeling,
                    datum: add_months(vaststelling.datum, months, MonthEnd::LastDay)
                        .map_err(|_| self.overflow(event))?,
                    citation: ctx.beleid.citation(),
                });
            }
        }
        Ok(Transition {
            state: Self::Vastgesteld {
                sinds: *sinds,
                aanvraag: *aanvraag,
                advies: *advies,
                vaststelling: vaststelling.clone(),
            },
            effects,
        })
    }

    fn aanbieden(&self, event: &Event, datum: NaiveDate) -> Result<Transition, TransitionError> {
        let Self::Vastgesteld {
            sinds,
            aanvraag,
            advies,
            vaststelling,
        } = self
        else {
            return Err(self.refuse(event, "an offer follows a determination"));
        };
        if !vaststelling.beschut_werk {
            return Err(self
                .refuse(event, "an offer needs a positive determination")
                .citing(ART_10B_LID_1));
        }
        Ok(Transition {
            state: Self::Aangeboden {
                sinds: *sinds,
                aanvraag: *aanvraag,
                advies: *advies,
                vaststelling: vaststelling.clone(),
                aanbod: datum,
            },
            effects: Vec::new(),
        })
    }

    fn in_dienst(
        &self,
        event: &Event,
        dienstbetrekking: &Dienstbetrekking,
    ) -> Result<Transition, TransitionError> {
        let (sinds, aanvraag, advies, vaststelling, aanbod) = match self {
            Self::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            } => (sinds, aanvraag, advies, vaststelling, None),
            Self::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            } => (sinds, aanvraag, advies, vaststelling, Some(*aanbod)),
            _ => return Err(self.refuse(event, "employment follows a determination or an offer")),
        };
        if !vaststelling.beschut_werk {
            return Err(self
                .refuse(event, "beschut werk needs a positive determination")
                .citing(ART_10B_LID_1));
        }
        if dienstbetrekking.uren_per_week.value().is_zero() {
            return Err(self.refuse(event, "a contract needs more than zero hours a week"));
        }
        Ok(Transition {
            state: Self::InDienst {
                sinds: *sinds,
                aanvraag: *aanvraag,
                advies: *advies,
                vaststelling: vaststelling.clone(),
                aanbod,
                dienstbetrekking: *dienstbetrekking,
            },
            effects: vec![Effect::Melding {
                melding: Melding::Loonkostensubsidie {
                    aanvang: dienstbetrekking.aanvang,
                    uren_per_week: dienstbetrekking.uren_per_week,
                },
                citation: ART_10B_LID_9,
            }],
        })
    }

    fn beeindig(&self, einde: NaiveDate, reden: EindeReden) -> Transition {
        let (sinds, vaststelling, dienstbetrekking) = match self {
            Self::Kandidaat { sinds }
            | Self::AdviesAangevraagd { sinds, .. }
            | Self::AdviesUitgebracht { sinds, .. } => (*sinds, None, None),
            Self::Vastgesteld {
                sinds,
                vaststelling,
                ..
            }
            | Self::Aangeboden {
                sinds,
                vaststelling,
                ..
            } => (*sinds, Some(vaststelling.clone()), None),
            Self::InDienst {
                sinds,
                vaststelling,
                dienstbetrekking,
                ..
            } => (*sinds, Some(vaststelling.clone()), Some(*dienstbetrekking)),
            Self::Beeindigd {
                sinds,
                vaststelling,
                dienstbetrekking,
                ..
            } => (*sinds, vaststelling.clone(), *dienstbetrekking),
        };
        Transition {
            state: Self::Beeindigd {
                sinds,
                vaststelling,
                dienstbetrekking,
                einde,
                reden,
            },
            effects: Vec::new(),
        }
    }

    /// Checks the invariants a stored state must satisfy (used on deserialisation).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::State;
    /// assert!(State::Kandidaat { sinds: NaiveDate::MIN }.validate().is_ok());
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        match self {
            Self::Kandidaat { .. } => Ok(()),
            Self::AdviesAangevraagd {
                sinds,
                aanvraag,
                vorig_advies,
            } => {
                if vorig_advies.is_some_and(|v| v < *sinds || v > aanvraag.datum) {
                    return Err(invalid(
                        "the earlier advice lies outside the candidacy or after the request",
                    ));
                }
                check_aanvraag(*sinds, *aanvraag)
            }
            Self::AdviesUitgebracht {
                sinds,
                aanvraag,
                advies,
            } => check_tot_advies(*sinds, *aanvraag, *advies),
            Self::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            } => check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling),
            Self::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            } => {
                check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling)?;
                check_aanbod(vaststelling, Some(*aanbod)).map(|_| ())
            }
            Self::InDienst {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
                dienstbetrekking,
            } => {
                check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling)?;
                let na = check_aanbod(vaststelling, *aanbod)?;
                check_dienst(na, dienstbetrekking)
            }
            Self::Beeindigd {
                sinds,
                vaststelling,
                dienstbetrekking,
                einde,
                ..
            } => check_beeindigd(
                *sinds,
                vaststelling.as_ref(),
                dienstbetrekking.as_ref(),
                *einde,
            ),
        }
    }
}

/// A departure from the advice needs a recorded reason; following it needs none.
pub(super) fn check_afwijking(advies: Advies, v: &Vaststelling) -> Result<(), &'static str> {
    let wijkt_af = advies.positief != v.beschut_werk;
    match (&v.afwijking, wijkt_af) {
        (None, true) if advies.positief => Err(
            "departing from a positive advice needs a recorded reason that the advice was not carefully made",
        ),
        (None, true) => Err("departing from a negative advice needs a recorded reason"),
        (Some(reden), true) if reden.trim().is_empty() => {
            Err("the reason for departing from the advice is empty")
        }
        (Some(_), false) => {
            Err("a reason for departing is recorded, but the determination follows the advice")
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_the_advice_needs_no_reason() {
        let a = Advies {
            datum: BESCHUT_WERK_2017,
            positief: true,
        };
        assert!(check_afwijking(a, &Vaststelling::new(BESCHUT_WERK_2017, true)).is_ok());
    }
}
