//! The hand-over from WW into bijstand (`overgang`), as a state machine the caller persists.
//!
//! See the diagram in the module docs of [`bijstand`](super). [`State::apply`] borrows the state
//! and returns the next state with its [`Effect`]s (dates with their legal or policy basis), or
//! a [`TransitionError`]; the old state is untouched. Deserialising a [`State`] re-checks its
//! invariants, so a tampered row is an error.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::melding::{Zoektermijn, allen_onder_27, ingangsdatum, vroegste_melding};
use super::recht::Weigering;
use crate::beleid::Beleid;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months};
use crate::error::{Error, TransitionError};
use crate::money::Money;

const ART_41_LID_4: Citation = Citation::article(Regulation::Participatiewet, "41").lid(4);
const ART_41_LID_6: Citation = Citation::article(Regulation::Participatiewet, "41").lid(6);
const ART_44: Citation = Citation::article(Regulation::Participatiewet, "44").lid(1);
const WW_42: Citation = Citation::article(Regulation::Werkloosheidswet, "42");
const IOW_3: Citation = Citation::article(Regulation::Iow, "3");

/// The facts of one person's hand-over, fixed when the WW's end is known.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::Dossier;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
/// assert_eq!(dossier.ww_dag_na_einde()?, d(2026, 4, 1));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawDossier")]
#[non_exhaustive]
pub struct Dossier {
    /// The person's birth date.
    pub geboortedatum: NaiveDate,
    /// The spouse's birth date, for a couple (a joint application).
    pub partner: Option<NaiveDate>,
    /// A single person without a partner: the municipality's priority group (policy).
    pub alleenstaand: bool,
    /// The first day of unemployment (the WW's first day).
    pub ww_eerste_dag: NaiveDate,
    /// The last day with WW.
    pub ww_laatste_dag: NaiveDate,
    /// An exception to the search period applies (art. 41 lid 4: pro/vso leaver, doelgroep
    /// loonkostensubsidie, medically limited hours).
    #[serde(default)]
    pub zoektermijn_uitzondering: bool,
}

#[derive(Deserialize)]
struct RawDossier {
    geboortedatum: NaiveDate,
    partner: Option<NaiveDate>,
    alleenstaand: bool,
    ww_eerste_dag: NaiveDate,
    ww_laatste_dag: NaiveDate,
    #[serde(default)]
    zoektermijn_uitzondering: bool,
}

impl TryFrom<RawDossier> for Dossier {
    type Error = Error;
    fn try_from(raw: RawDossier) -> Result<Self, Error> {
        let mut dossier = Dossier::new(
            raw.geboortedatum,
            raw.partner,
            raw.alleenstaand,
            raw.ww_eerste_dag,
            raw.ww_laatste_dag,
        )?;
        dossier.zoektermijn_uitzondering = raw.zoektermijn_uitzondering;
        Ok(dossier)
    }
}

impl Dossier {
    /// A dossier; errors unless birth < first WW day <= last WW day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert!(Dossier::new(d(2001, 5, 1), None, true, d(2026, 4, 1), d(2026, 3, 31)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        geboortedatum: NaiveDate,
        partner: Option<NaiveDate>,
        alleenstaand: bool,
        ww_eerste_dag: NaiveDate,
        ww_laatste_dag: NaiveDate,
    ) -> Result<Self, Error> {
        if geboortedatum >= ww_eerste_dag || ww_eerste_dag > ww_laatste_dag {
            return Err(Error::InvalidFacts {
                field: "dossier".into(),
                reason: format!(
                    "expected birth {geboortedatum} < first WW day {ww_eerste_dag} <= last WW day {ww_laatste_dag}"
                )
                .into(),
            });
        }
        Ok(Self {
            geboortedatum,
            partner,
            alleenstaand,
            ww_eerste_dag,
            ww_laatste_dag,
            zoektermijn_uitzondering: false,
        })
    }

    /// The first day without WW: the day the right to bijstand can arise.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(dossier.ww_dag_na_einde()?, d(2026, 4, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn ww_dag_na_einde(&self) -> Result<NaiveDate, Error> {
        add_days(self.ww_laatste_dag, 1)
    }

    /// The day the municipality informs the person: the policy window before the WW ends.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(dossier.informeren_vanaf(&Beleid::default())?, d(2026, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn informeren_vanaf(&self, beleid: &Beleid) -> Result<NaiveDate, Error> {
        let months = i32::try_from(beleid.ww_information_months()).unwrap_or(i32::MAX);
        add_months(self.ww_dag_na_einde()?, -months, MonthEnd::LastDay)
    }

    /// Whether the person is under 27 on `datum` (and the spouse too, for a couple).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert!(dossier.onder_27(d(2026, 4, 1))?);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn onder_27(&self, datum: NaiveDate) -> Result<bool, Error> {
        allen_onder_27(self.geboortedatum, self.partner, datum)
    }

    /// Short or long WW under the municipality's policy (`Beleid::short_ww_months`): policy,
    /// not law.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// // six months of WW is long WW under the default policy (at most 3 months is short)
    /// assert_eq!(dossier.ww_duur(&Beleid::default())?, participatiewet::bijstand::WwDuur::Lang);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn ww_duur(&self, beleid: &Beleid) -> Result<WwDuur, Error> {
        let months = i32::try_from(beleid.short_ww_months()).unwrap_or(i32::MAX);
        let grens = add_months(self.ww_eerste_dag, months, MonthEnd::NextDay)?;
        Ok(if self.ww_dag_na_einde()? <= grens {
            WwDuur::Kort
        } else {
            WwDuur::Lang
        })
    }
}

/// The municipality's classification of a WW (policy, not law).
///
/// ```
/// use participatiewet::bijstand::WwDuur;
/// assert_ne!(WwDuur::Kort, WwDuur::Lang);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WwDuur {
    /// At most `Beleid::short_ww_months` of WW.
    Kort,
    /// Longer.
    Lang,
}

/// The college's decision on the application.
///
/// ```
/// use participatiewet::bijstand::Besluit;
/// assert_eq!(serde_json::to_string(&Besluit::Iow).unwrap(), r#"{"besluit":"iow"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "besluit", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Besluit {
    /// Bijstand at this monthly norm (from `bijstand_op`); the start date follows from art. 44.
    Bijstand {
        /// The monthly amount decided.
        bedrag: Money,
        /// The college decided that the application was culpably late, so bijstand starts on
        /// the day of the application (art. 44 lid 3).
        #[serde(default)]
        vanaf_aanvraag: bool,
    },
    /// The IOW applies instead, from the day after the WW ends (IOW art. 3).
    Iow,
    /// Refused, for this reason.
    Afgewezen {
        /// The reason.
        weigering: Weigering,
    },
}

/// How the hand-over ended without a decision.
///
/// ```
/// use participatiewet::bijstand::Exit;
/// assert_eq!(serde_json::to_string(&Exit::WerkGevonden).unwrap(), "\"werk_gevonden\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Exit {
    /// Found work.
    WerkGevonden,
    /// Moved to another municipality.
    Verhuisd,
    /// Reached AOW age (bijstand for AOW-age people is the SVB's, art. 22 norms).
    AowLeeftijd,
}

/// A state of the hand-over.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::bijstand::{Context, Dossier, Event, State};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let dossier = Dossier::new(d(1981, 5, 1), None, true, d(2025, 4, 1), d(2026, 3, 31))?;
/// let beleid = Beleid::default();
/// let ctx = Context::new(&beleid);
/// let s = State::start(dossier, d(2025, 12, 1));
/// let t = s.apply(&Event::Geinformeerd { datum: d(2026, 1, 5) }, &ctx).unwrap();
/// assert_eq!(t.state.tag(), "geinformeerd");
/// // an event dated before the state's own date is refused, the state unchanged
/// assert!(t.state.apply(&Event::Melding { datum: d(2026, 1, 1) }, &ctx).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", try_from = "RawState")]
#[non_exhaustive]
pub enum State {
    /// WW is running; the municipality has not informed the person yet.
    WwLoopt {
        /// The facts.
        dossier: Dossier,
        /// Since when this state holds (when the municipality opened the dossier).
        sinds: NaiveDate,
    },
    /// The municipality informed the person.
    Geinformeerd {
        /// The facts.
        dossier: Dossier,
        /// When.
        op: NaiveDate,
    },
    /// The melding is made (registration with UWV and, under 27, told of the search period).
    Gemeld {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
    },
    /// The application is submitted.
    Aangevraagd {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
        /// The day of the application.
        aanvraag: NaiveDate,
    },
    /// The college decided.
    Besloten {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
        /// The day of the application.
        aanvraag: NaiveDate,
        /// The day of the decision.
        datum: NaiveDate,
        /// The decision.
        besluit: Besluit,
    },
    /// Ended without a decision.
    Beeindigd {
        /// The facts.
        dossier: Dossier,
        /// When.
        datum: NaiveDate,
        /// Why.
        exit: Exit,
    },
}

/// An event of the hand-over; each carries its date.
///
/// ```
/// use participatiewet::bijstand::Event;
/// let e = Event::Melding { datum: chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"melding","datum":"2026-03-04"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// The municipality informed the person.
    Geinformeerd {
        /// When.
        datum: NaiveDate,
    },
    /// The person made the melding.
    Melding {
        /// When.
        datum: NaiveDate,
    },
    /// The person submitted the application.
    Aanvraag {
        /// When.
        datum: NaiveDate,
    },
    /// The college decided.
    Besluit {
        /// When.
        datum: NaiveDate,
        /// What.
        besluit: Besluit,
    },
    /// The person found work.
    WerkGevonden {
        /// When.
        datum: NaiveDate,
    },
    /// The person moved away.
    Verhuisd {
        /// When.
        datum: NaiveDate,
    },
    /// The person reached AOW age.
    AowLeeftijd {
        /// When.
        datum: NaiveDate,
    },
}

impl Event {
    /// The event's date.
    ///
    /// ```
    /// use participatiewet::bijstand::Event;
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    /// assert_eq!(Event::Aanvraag { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub fn datum(&self) -> NaiveDate {
        match *self {
            Self::Geinformeerd { datum }
            | Self::Melding { datum }
            | Self::Aanvraag { datum }
            | Self::Besluit { datum, .. }
            | Self::WerkGevonden { datum }
            | Self::Verhuisd { datum }
            | Self::AowLeeftijd { datum } => datum,
        }
    }

    /// The event's serde tag.
    ///
    /// ```
    /// use participatiewet::bijstand::Event;
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    /// assert_eq!(Event::Verhuisd { datum: d }.tag(), "verhuisd");
    /// ```
    #[must_use]
    pub fn tag(&self) -> &'static str {
        match self {
            Self::Geinformeerd { .. } => "geinformeerd",
            Self::Melding { .. } => "melding",
            Self::Aanvraag { .. } => "aanvraag",
            Self::Besluit { .. } => "besluit",
            Self::WerkGevonden { .. } => "werk_gevonden",
            Self::Verhuisd { .. } => "verhuisd",
            Self::AowLeeftijd { .. } => "aow_leeftijd",
        }
    }
}

/// What the caller must know or do by a date.
///
/// ```
/// use participatiewet::bijstand::EffectSoort;
/// assert_eq!(serde_json::to_string(&EffectSoort::WwEinde).unwrap(), "\"ww_einde\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EffectSoort {
    /// Inform the person from this date (municipal policy).
    Informeren,
    /// The earliest melding (under 27 with WW: four weeks before the WW ends).
    VroegsteMelding,
    /// The earliest application (under 27: after the search period).
    VroegsteAanvraag,
    /// The first day without WW.
    WwEinde,
    /// The expected start of bijstand (or IOW) if granted.
    VerwachteIngang,
    /// The college's decision term on the application.
    Beslistermijn,
}

/// A dated effect with its basis.
///
/// ```
/// use participatiewet::bijstand::{Effect, EffectSoort};
/// use participatiewet::{Citation, Regulation};
/// let e = Effect { soort: EffectSoort::WwEinde, datum: chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
///     citation: Citation::article(Regulation::Werkloosheidswet, "42") };
/// assert_eq!(e.soort, EffectSoort::WwEinde);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effect {
    /// What.
    pub soort: EffectSoort,
    /// By or from when.
    pub datum: NaiveDate,
    /// The legal or policy basis.
    pub citation: Citation,
}

/// The next state and its effects.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::{Dossier, State};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let s = State::start(Dossier::new(d(1981, 5, 1), None, true, d(2025, 4, 1), d(2026, 3, 31))?, d(2025, 12, 1));
/// assert_eq!(s.tag(), "ww_loopt");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Transition {
    /// The next state.
    pub state: State,
    /// Its dated effects.
    pub effects: Vec<Effect>,
}

/// What a transition needs besides the state and the event: the municipality's policy.
///
/// ```
/// let beleid = participatiewet::Beleid::default();
/// let _ctx = participatiewet::bijstand::Context::new(&beleid);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    beleid: &'a Beleid,
}

impl<'a> Context<'a> {
    /// A context with the municipality's policy.
    ///
    /// ```
    /// let beleid = participatiewet::Beleid::default();
    /// let _ctx = participatiewet::bijstand::Context::new(&beleid);
    /// ```
    #[must_use]
    pub fn new(beleid: &'a Beleid) -> Self {
        Self { beleid }
    }
}

fn refuse(state: &State, event: &Event, rule: &'static str) -> TransitionError {
    TransitionError::new(state.tag(), event.tag(), rule)
}

impl State {
    /// The first state: WW running, dossier opened on `sinds`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(State::start(dossier, d(2025, 12, 1)).tag(), "ww_loopt");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn start(dossier: Dossier, sinds: NaiveDate) -> Self {
        Self::WwLoopt { dossier, sinds }
    }

    /// The state's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(State::start(dossier, d(2025, 12, 1)).tag(), "ww_loopt");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn tag(&self) -> &'static str {
        match self {
            Self::WwLoopt { .. } => "ww_loopt",
            Self::Geinformeerd { .. } => "geinformeerd",
            Self::Gemeld { .. } => "gemeld",
            Self::Aangevraagd { .. } => "aangevraagd",
            Self::Besloten { .. } => "besloten",
            Self::Beeindigd { .. } => "beeindigd",
        }
    }

    /// The facts.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(State::start(dossier, d(2025, 12, 1)).dossier().geboortedatum, d(2001, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn dossier(&self) -> &Dossier {
        match self {
            Self::WwLoopt { dossier, .. }
            | Self::Geinformeerd { dossier, .. }
            | Self::Gemeld { dossier, .. }
            | Self::Aangevraagd { dossier, .. }
            | Self::Besloten { dossier, .. }
            | Self::Beeindigd { dossier, .. } => dossier,
        }
    }

    /// The date the state holds from.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// assert_eq!(State::start(dossier, d(2025, 12, 1)).datum(), d(2025, 12, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn datum(&self) -> NaiveDate {
        match *self {
            Self::WwLoopt { sinds, .. } => sinds,
            Self::Geinformeerd { op, .. } => op,
            Self::Gemeld { melding, .. } => melding,
            Self::Aangevraagd { aanvraag, .. } => aanvraag,
            Self::Besloten { datum, .. } | Self::Beeindigd { datum, .. } => datum,
        }
    }

    /// The melding, once made.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// let s = State::Gemeld { dossier, melding: d(2026, 3, 4) };
    /// assert_eq!(s.melding(), Some(d(2026, 3, 4)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn melding(&self) -> Option<NaiveDate> {
        match *self {
            Self::Gemeld { melding, .. }
            | Self::Aangevraagd { melding, .. }
            | Self::Besloten { melding, .. } => Some(melding),
            _ => None,
        }
    }

    /// The search period that applies to the melding, if any (art. 41 lid 4).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// let s = State::Gemeld { dossier, melding: d(2026, 3, 4) };
    /// assert_eq!(s.zoektermijn()?.map(|z| z.einde), Some(d(2026, 4, 1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn zoektermijn(&self) -> Result<Option<Zoektermijn>, Error> {
        let dossier = self.dossier();
        self.melding().map_or(Ok(None), |melding| {
            Zoektermijn::bij_melding(
                melding,
                dossier.geboortedatum,
                dossier.partner,
                dossier.zoektermijn_uitzondering,
            )
        })
    }

    /// The start date of the benefit decided: bijstand per art. 44 (the day after the WW ends,
    /// not before the melding; from the application when the college applied lid 3), IOW the
    /// day after the WW ends; `None` before a positive decision.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// use participatiewet::bijstand::Besluit;
    /// let s = State::Besloten { dossier, melding: d(2026, 3, 4), aanvraag: d(2026, 4, 1), datum: d(2026, 4, 10), besluit: Besluit::Iow };
    /// assert_eq!(s.ingangsdatum()?, Some(d(2026, 4, 1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn ingangsdatum(&self) -> Result<Option<NaiveDate>, Error> {
        match self {
            Self::Besloten {
                besluit: Besluit::Bijstand { vanaf_aanvraag, .. },
                melding,
                aanvraag,
                dossier,
                ..
            } => {
                let start = ingangsdatum(dossier.ww_dag_na_einde()?, *melding);
                Ok(Some(if *vanaf_aanvraag {
                    start.max(*aanvraag)
                } else {
                    start
                }))
            }
            Self::Besloten {
                besluit: Besluit::Iow,
                dossier,
                ..
            } => Ok(Some(dossier.ww_dag_na_einde()?)),
            _ => Ok(None),
        }
    }

    /// The dated effects of this state: what is due and when.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// use participatiewet::bijstand::EffectSoort;
    /// let beleid = Beleid::default();
    /// let effects = State::start(dossier, d(2025, 12, 1)).effects(&Context::new(&beleid))?;
    /// assert!(effects.iter().any(|e| e.soort == EffectSoort::VroegsteMelding && e.datum == d(2026, 3, 4)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn effects(&self, ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
        let dossier = self.dossier();
        let einde = dossier.ww_dag_na_einde()?;
        let mut effects = Vec::new();
        let push = |effects: &mut Vec<Effect>, soort, datum, citation| {
            effects.push(Effect {
                soort,
                datum,
                citation,
            });
        };
        match self {
            Self::WwLoopt { .. } | Self::Geinformeerd { .. } => {
                if matches!(self, Self::WwLoopt { .. }) {
                    push(
                        &mut effects,
                        EffectSoort::Informeren,
                        dossier.informeren_vanaf(ctx.beleid)?,
                        ctx.beleid.citation(),
                    );
                }
                if dossier.onder_27(einde)? && !dossier.zoektermijn_uitzondering {
                    push(
                        &mut effects,
                        EffectSoort::VroegsteMelding,
                        vroegste_melding(einde)?,
                        ART_41_LID_6,
                    );
                }
                push(&mut effects, EffectSoort::WwEinde, einde, WW_42);
            }
            Self::Gemeld { melding, .. } => {
                let z = self.zoektermijn()?;
                push(
                    &mut effects,
                    EffectSoort::VroegsteAanvraag,
                    z.map_or(*melding, |z| z.einde),
                    ART_41_LID_4,
                );
                push(&mut effects, EffectSoort::WwEinde, einde, WW_42);
                push(
                    &mut effects,
                    EffectSoort::VerwachteIngang,
                    ingangsdatum(einde, *melding),
                    ART_44,
                );
            }
            Self::Aangevraagd {
                melding, aanvraag, ..
            } => {
                let weken = i64::from(ctx.beleid.decision_term_weeks());
                push(
                    &mut effects,
                    EffectSoort::Beslistermijn,
                    add_days(*aanvraag, weken * 7)?,
                    ctx.beleid.decision_term_citation(),
                );
                push(
                    &mut effects,
                    EffectSoort::VerwachteIngang,
                    ingangsdatum(einde, *melding),
                    ART_44,
                );
            }
            Self::Besloten { besluit, .. } => {
                if let Some(start) = self.ingangsdatum()? {
                    let citation = if matches!(besluit, Besluit::Iow) {
                        IOW_3
                    } else {
                        ART_44
                    };
                    push(&mut effects, EffectSoort::VerwachteIngang, start, citation);
                }
            }
            Self::Beeindigd { .. } => {}
        }
        Ok(effects)
    }

    /// Applies `event`: the next state and its effects, or the refusal with the rule; `self` is
    /// never changed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// let beleid = Beleid::default();
    /// let s = State::start(dossier, d(2025, 12, 1));
    /// let t = s.apply(&Event::Melding { datum: d(2026, 3, 4) }, &Context::new(&beleid)).unwrap();
    /// assert_eq!(t.state.tag(), "gemeld");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn apply(&self, event: &Event, ctx: &Context<'_>) -> Result<Transition, TransitionError> {
        if matches!(self, Self::Besloten { .. } | Self::Beeindigd { .. }) {
            return Err(refuse(self, event, "the hand-over has ended"));
        }
        let datum = event.datum();
        if datum < self.datum() {
            return Err(refuse(
                self,
                event,
                "the event is dated before the current state",
            ));
        }
        let dossier = *self.dossier();
        let next = match (*self, *event) {
            (_, Event::WerkGevonden { .. }) => Self::Beeindigd {
                dossier,
                datum,
                exit: Exit::WerkGevonden,
            },
            (_, Event::Verhuisd { .. }) => Self::Beeindigd {
                dossier,
                datum,
                exit: Exit::Verhuisd,
            },
            (_, Event::AowLeeftijd { .. }) => Self::Beeindigd {
                dossier,
                datum,
                exit: Exit::AowLeeftijd,
            },
            (Self::WwLoopt { .. }, Event::Geinformeerd { .. }) => {
                Self::Geinformeerd { dossier, op: datum }
            }
            (Self::WwLoopt { .. } | Self::Geinformeerd { .. }, Event::Melding { .. }) => {
                let einde = dossier
                    .ww_dag_na_einde()
                    .map_err(|_| refuse(self, event, "the WW end is out of range"))?;
                let onder_27 = dossier
                    .onder_27(datum)
                    .map_err(|_| refuse(self, event, "the birth date is after the melding"))?;
                let vroegst = vroegste_melding(einde)
                    .map_err(|_| refuse(self, event, "the WW end is out of range"))?;
                if onder_27 && !dossier.zoektermijn_uitzondering && datum < vroegst {
                    return Err(refuse(
                        self,
                        event,
                        "a person under 27 with WW may make the melding only from four weeks before the WW ends",
                    )
                    .citing(ART_41_LID_6));
                }
                Self::Gemeld {
                    dossier,
                    melding: datum,
                }
            }
            (Self::Gemeld { melding, .. }, Event::Aanvraag { .. }) => {
                let z = self
                    .zoektermijn()
                    .map_err(|_| refuse(self, event, "the birth date is after the melding"))?;
                if let Some(z) = z {
                    if datum < z.einde {
                        return Err(refuse(
                            self,
                            event,
                            "an application concerning only people under 27 is not submitted before four weeks after the melding",
                        )
                        .citing(ART_41_LID_4));
                    }
                }
                Self::Aangevraagd {
                    dossier,
                    melding,
                    aanvraag: datum,
                }
            }
            (
                Self::Aangevraagd {
                    melding, aanvraag, ..
                },
                Event::Besluit { besluit, .. },
            ) => Self::Besloten {
                dossier,
                melding,
                aanvraag,
                datum,
                besluit,
            },
            _ => return Err(refuse(self, event, "this event does not fit this state")),
        };
        let effects = next
            .effects(ctx)
            .map_err(|_| refuse(self, event, "a date of the next state is out of range"))?;
        Ok(Transition {
            state: next,
            effects,
        })
    }

    /// Checks the invariants a stored state must keep: the dates in order.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::bijstand::{Context, Dossier, Event, State};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31))?;
    /// let bad = State::Aangevraagd { dossier, melding: d(2026, 4, 1), aanvraag: d(2026, 3, 1) };
    /// assert!(bad.validate().is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |reason: &'static str| Error::InvalidState {
            what: "bijstand::State",
            reason: reason.into(),
        };
        let dossier = self.dossier();
        match *self {
            Self::Aangevraagd {
                melding, aanvraag, ..
            } if aanvraag < melding => Err(bad("the application is dated before the melding")),
            Self::Besloten {
                melding,
                aanvraag,
                datum,
                ..
            } if aanvraag < melding || datum < aanvraag => Err(bad(
                "melding, application and decision are not in date order",
            )),
            _ if self.datum() < dossier.geboortedatum => {
                Err(bad("the state is dated before the birth date"))
            }
            _ => Ok(()),
        }
    }
}

/// The stored form of [`State`], checked by [`State::validate`] on the way in.
#[derive(Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
enum RawState {
    WwLoopt {
        dossier: Dossier,
        sinds: NaiveDate,
    },
    Geinformeerd {
        dossier: Dossier,
        op: NaiveDate,
    },
    Gemeld {
        dossier: Dossier,
        melding: NaiveDate,
    },
    Aangevraagd {
        dossier: Dossier,
        melding: NaiveDate,
        aanvraag: NaiveDate,
    },
    Besloten {
        dossier: Dossier,
        melding: NaiveDate,
        aanvraag: NaiveDate,
        datum: NaiveDate,
        besluit: Besluit,
    },
    Beeindigd {
        dossier: Dossier,
        datum: NaiveDate,
        exit: Exit,
    },
}

impl TryFrom<RawState> for State {
    type Error = Error;
    fn try_from(raw: RawState) -> Result<Self, Error> {
        let state = match raw {
            RawState::WwLoopt { dossier, sinds } => Self::WwLoopt { dossier, sinds },
            RawState::Geinformeerd { dossier, op } => Self::Geinformeerd { dossier, op },
            RawState::Gemeld { dossier, melding } => Self::Gemeld { dossier, melding },
            RawState::Aangevraagd {
                dossier,
                melding,
                aanvraag,
            } => Self::Aangevraagd {
                dossier,
                melding,
                aanvraag,
            },
            RawState::Besloten {
                dossier,
                melding,
                aanvraag,
                datum,
                besluit,
            } => Self::Besloten {
                dossier,
                melding,
                aanvraag,
                datum,
                besluit,
            },
            RawState::Beeindigd {
                dossier,
                datum,
                exit,
            } => Self::Beeindigd {
                dossier,
                datum,
                exit,
            },
        };
        state.validate()?;
        Ok(state)
    }
}
