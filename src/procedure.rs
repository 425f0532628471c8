//! The one shape of every state machine: [`Procedure`], with one [`Context`], one
//! [`Transition`] and one [`Effect`] type.
//!
//! Where the law describes a procedure over time (an advice request, a loonwaarde that must be
//! re-determined, a WW benefit that runs out), the crate gives a state machine. The caller
//! stores the state (serde) between events; [`Procedure::apply`] borrows the stored state and
//! returns the next one with its dated [`Effect`]s, or a [`TransitionError`] that leaves the
//! old state as it was. Every state a start or an `apply` returns passes
//! [`Validate::validate`] and reads back from its own JSON; reading a tampered row re-checks
//! the invariants and refuses unknown fields.
//!
//! Every state carries the dates that justify it, so deadlines are computed
//! ([`Procedure::effects`]), never stored twice.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::beleid::Beleid;
use crate::citation::{Citation, Cite};
use crate::decision::{Code, Value};
use crate::error::{Error, TransitionError};
use crate::params::Parameters;
use crate::taal::Taal;
use crate::wire::Validate;

/// The codes of effects shared by every domain (none yet).
pub(crate) const CODES: &[&Code] = &[];

/// A state machine of the law: one trait for every domain, so that a caller stores any of them
/// in one table with one function.
///
/// The machine's [`MACHINE`](Procedure::MACHINE) name and the state's
/// [`tag`](Procedure::tag) identify a stored row; the state itself is its JSON.
///
/// One generic function stores any machine, and one reads it back (re-checked on reading):
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// use participatiewet::{Beleid, Context, Parameters, Procedure};
/// use participatiewet::bijstand::{Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering};
///
/// /// (machine, tag, json): one table for every machine of the crate.
/// fn store<P: Procedure>(table: &mut Vec<(&'static str, &'static str, String)>, state: &P) -> serde_json::Result<()> {
///     table.push((P::MACHINE, state.tag(), serde_json::to_string(state)?));
///     Ok(())
/// }
/// fn load<P: Procedure>(row: &(&'static str, &'static str, String)) -> Option<P> {
///     (row.0 == P::MACHINE).then(|| serde_json::from_str(&row.2).ok()).flatten()
/// }
///
/// let (params, beleid) = (Parameters::bundled(), Beleid::default());
/// let ctx = Context::new(&params, &beleid);
/// let dossier = Dossier::builder()
///     .geboortedatum(d(2001, 5, 1))
///     .huishouden(Huishouden::alleenstaande())
///     .ww_eerste_dag(d(2025, 10, 1))
///     .ww_laatste_dag(d(2026, 3, 31))
///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
///     .build()?;
/// let mut table = Vec::new();
/// store(&mut table, &State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state)?;
/// let stored: State = load(&table[0]).expect("a valid row");
/// let next = stored.apply(&Event::Melding { datum: d(2026, 3, 4) }, &ctx)?;
/// store(&mut table, &next.state)?;
/// assert_eq!((table[1].0, table[1].1), ("bijstand_overgang", "gemeld"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Procedure: Sized + Clone + Serialize + DeserializeOwned + Validate {
    /// The machine's stable name (`"bijstand_overgang"`), for the caller's store.
    const MACHINE: &'static str;

    /// The facts a procedure starts from.
    type Start: Serialize + DeserializeOwned;

    /// The events the machine accepts.
    type Event: Serialize + DeserializeOwned;

    /// The first state and its effects.
    fn start(start: &Self::Start, ctx: &Context<'_>) -> Result<Transition<Self>, Error>;

    /// The next state after `event`, with its effects; on a refusal the state is untouched.
    fn apply(
        &self,
        event: &Self::Event,
        ctx: &Context<'_>,
    ) -> Result<Transition<Self>, TransitionError>;

    /// The state's serde tag (`"aangevraagd"`).
    fn tag(&self) -> &'static str;

    /// The dated effects of being in this state (deadlines, notices), computed from the dates
    /// the state holds.
    fn effects(&self, ctx: &Context<'_>) -> Result<Vec<Effect>, Error>;
}

/// What a transition needs besides the state and the event: the parameter set and the
/// municipality's policy.
///
/// ```
/// use participatiewet::{Beleid, Context, Parameters};
/// let params = Parameters::bundled();
/// let beleid = Beleid::default();
/// let ctx = Context::new(&params, &beleid);
/// assert_eq!(ctx.beleid(), &beleid);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    params: &'a Parameters,
    beleid: &'a Beleid,
}

impl<'a> Context<'a> {
    /// A context of a parameter set and a policy.
    ///
    /// ```
    /// use participatiewet::{Beleid, Context, Parameters};
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let _ctx = Context::new(&params, &beleid);
    /// ```
    #[must_use]
    pub const fn new(params: &'a Parameters, beleid: &'a Beleid) -> Self {
        Self { params, beleid }
    }

    /// The parameter set.
    ///
    /// ```
    /// use participatiewet::{Beleid, Context, Parameters};
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// assert_eq!(Context::new(&params, &beleid).params(), &params);
    /// ```
    #[must_use]
    pub const fn params(&self) -> &'a Parameters {
        self.params
    }

    /// The municipality's policy.
    ///
    /// ```
    /// use participatiewet::{Beleid, Context, Parameters};
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// assert_eq!(Context::new(&params, &beleid).beleid(), &beleid);
    /// ```
    #[must_use]
    pub const fn beleid(&self) -> &'a Beleid {
        self.beleid
    }
}

/// The next state and its dated effects.
///
/// Deserialising a transition validates its state like every stored state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Transition<S> {
    /// The next state.
    pub state: S,
    /// Its dated effects.
    pub effects: Vec<Effect>,
}

impl<S> Transition<S> {
    /// A transition to `state` with `effects`.
    ///
    /// ```
    /// let t = participatiewet::Transition::new(1, Vec::new());
    /// assert_eq!(t.state, 1);
    /// ```
    #[must_use]
    pub fn new(state: S, effects: Vec<Effect>) -> Self {
        Self { state, effects }
    }
}

/// A dated effect of a state: a deadline, a date from which something may or must happen, or
/// a notice; with its code and legal or policy basis.
///
/// The code's templates use the slot `{datum}`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot, Taal};
/// static ADVIES: Code = Code::new(
///     "voorbeeld_advies_uiterlijk",
///     &[Slot::new("datum", Kind::Date)],
///     "UWV adviseert uiterlijk op {datum}.",
///     "UWV advises by {datum}.",
/// );
/// const BESLUIT_2_LID_1: &Citation =
///     &Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2").lid(1);
/// let e = Effect::new(&ADVIES, NaiveDate::from_ymd_opt(2026, 3, 27).unwrap(), BESLUIT_2_LID_1);
/// assert_eq!(e.text(Taal::Nl), "UWV adviseert uiterlijk op 27 maart 2026.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Effect {
    code: &'static Code,
    datum: NaiveDate,
    citation: Cite,
}

impl Effect {
    /// An effect with `code` on `datum`, resting on `citation`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// const AWB_4_13: &Citation = &Citation::article(Regulation::Awb, "4:13");
    /// let e = Effect::new(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), AWB_4_13);
    /// assert_eq!(e.code().code, "voorbeeld_termijn");
    /// ```
    #[must_use]
    pub const fn new(code: &'static Code, datum: NaiveDate, citation: &'static Citation) -> Self {
        Self {
            code,
            datum,
            citation: Cite::Static(citation),
        }
    }

    /// An effect resting on a citation made at run time (a municipality's ordinance, say).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels 2026".to_owned());
    /// let e = Effect::owned(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), bron.clone());
    /// assert_eq!(e.citation(), &bron);
    /// ```
    #[must_use]
    pub fn owned(code: &'static Code, datum: NaiveDate, citation: Citation) -> Self {
        Self::with_cite(code, datum, citation)
    }

    /// An effect on a constant or an owned citation (the crate's rules that take either).
    pub(crate) fn with_cite(
        code: &'static Code,
        datum: NaiveDate,
        citation: impl Into<Cite>,
    ) -> Self {
        Self {
            code,
            datum,
            citation: citation.into(),
        }
    }

    /// The effect's code.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// let e = Effect::owned(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Citation::article(Regulation::Awb, "4:13"));
    /// assert!(!e.code().refusal);
    /// ```
    #[must_use]
    pub const fn code(&self) -> &'static Code {
        self.code
    }

    /// The effect's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// assert_eq!(Effect::owned(&C, day, Citation::article(Regulation::Awb, "4:13")).datum(), day);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The legal or policy basis.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// let e = Effect::owned(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Citation::article(Regulation::Awb, "4:13"));
    /// assert_eq!(e.citation().to_string(), "Awb art. 4:13");
    /// ```
    #[must_use]
    pub fn citation(&self) -> &Citation {
        self.citation.get()
    }

    /// Whether the effect has the code `code` (its wire name).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "{datum}", "{datum}");
    /// let e = Effect::owned(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Citation::article(Regulation::Awb, "4:13"));
    /// assert!(e.is("voorbeeld_termijn"));
    /// ```
    #[must_use]
    pub fn is(&self, code: &str) -> bool {
        self.code.code == code
    }

    /// The effect's sentence in `taal`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Effect, Kind, Regulation, Slot, Taal};
    /// static C: Code = Code::new("voorbeeld_termijn", &[Slot::new("datum", Kind::Date)], "Op {datum}.", "On {datum}.");
    /// let e = Effect::owned(&C, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), Citation::article(Regulation::Awb, "4:13"));
    /// assert_eq!(e.text(Taal::En), "On 2026-01-01.");
    /// ```
    #[must_use]
    pub fn text(&self, taal: Taal) -> String {
        let mut out = String::new();
        let value = Value::Date(self.datum);
        crate::decision::fill(&mut out, self.code.template(taal), taal, |name| {
            (name == "datum").then_some(value)
        });
        out
    }
}

impl std::fmt::Display for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({})",
            self.datum,
            self.text(Taal::En),
            self.citation()
        )
    }
}

impl Serialize for Effect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Effect", 3)?;
        s.serialize_field("code", self.code.code)?;
        s.serialize_field("datum", &self.datum)?;
        s.serialize_field("citation", self.citation())?;
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EffectWire {
    code: String,
    datum: NaiveDate,
    citation: Citation,
}

impl<'de> Deserialize<'de> for Effect {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let wire = EffectWire::deserialize(deserializer)?;
        let code = Code::lookup(&wire.code)
            .ok_or_else(|| D::Error::custom(format!("unknown effect code {:?}", wire.code)))?;
        let datum = crate::date::checked(wire.datum, "datum").map_err(crate::wire::refuse)?;
        Ok(Self {
            code,
            datum,
            citation: Cite::Owned(Box::new(wire.citation)),
        })
    }
}
