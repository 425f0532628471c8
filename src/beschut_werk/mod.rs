//! Beschut werk (sheltered employment, Participatiewet art. 10b): paid work in a
//! `dienstbetrekking` (employment contract) in a sheltered environment under adapted
//! circumstances, for people who can work *only* there.
//!
//! Three parts, one file each:
//!
//! - [`geschiktheid`](beoordeel): would UWV advise beschut werk? The circle of art. 10b
//!   lid 1, the answers without investigation (Besluit advisering beschut werk art. 3 lid 3–6)
//!   and the investigation itself (arbeidsvermogen; dependence on adaptations or guidance,
//!   art. 3 lid 1–2). [`beoordeel`] is allocation-free; [`Beoordeling::explain`] adds the
//!   grounds.
//! - the procedure: a persisted state machine ([`State`], [`Event`], [`State::apply`]) from
//!   candidate to employment, with UWV's eight-week advice term and the college's decision
//!   term as computed deadlines.
//! - places ([`Plaatsen`]): the yearly minimum per municipality ([`Taakstelling`], art. 10b
//!   lid 4), the council's higher number (lid 5, [`Beleid::beschut_werk_places`]), the
//!   placement order ([`plaatsingsvolgorde`]), the ledger, and the duty to offer
//!   ([`Aanbodplicht`], lid 1 and 6).
//!
//! ## The procedure
//!
//! ```text
//!  kandidaat
//!     │ advies_aangevraagd { door: college | persoon }     persoon only from 2017-01-01 (lid 3)
//!     ▼                                                    effect: advice due in 56 days (Besluit art. 2 lid 1)
//!  advies_aangevraagd
//!     │ advies_uitgebracht { positief }                    effect: late notice; college's decision term
//!     ▼
//!  advies_uitgebracht
//!     │ vastgesteld { beschut_werk, afwijking }            departing from the advice needs a reason
//!     ▼                                                    (Awb 3:9, 3:50); effect: duty to offer from 2017
//!  vastgesteld ──advies_aangevraagd (college; or persoon after a negative one)──▶ advies_aangevraagd
//!     │ aangeboden (positive only)        │ in_dienst (positive only)
//!     ▼                                   │
//!  aangeboden ──in_dienst──▶ in_dienst ◀──┘                effect: loonkostensubsidie hand-over (lid 9)
//!
//!  any state but beeindigd ──beeindigd { reden }──▶ beeindigd
//! ```
//!
//! Guards common to every event: an event dated before the state's own date is refused, and
//! nothing happens after `beeindigd`.
//!
//! ## Where the law differs from the domain brief
//!
//! - The circle of lid 1 in the 2017 text is "a person to whom UWV pays a benefit"; the list
//!   (WW, IOW, WAZ, Wajong, WIA, WAO, ZW, Wamil) is the later text, which also adds Wajong
//!   `arbeidsondersteuning`. Before 2017 the circle was the college's art. 7 lid 1 a group.
//! - Before 2017 the old lid 3 already said the college "ensures" a job for a person it
//!   determined; what was optional was the determination itself and the volume (old lid 1
//!   and 4 c). The crate reports this as [`Aanbodplicht::Facultatief`].
//! - Besluit art. 3 lid 5 lets new facts set aside the Wsw answers (lid 3 a and 4) too, not
//!   only the repeat rule. The repeat rule applies only to the person's own request.
//! - The regulations set the numbers "ultimo" the year: realised is a stock, so the duty to
//!   offer revives when a contract ends.
//! - Besluit art. 2 lid 1 (the eight weeks) covers the person's request from 2017; before,
//!   art. 2 lid 2 set the same term for the college's request.
//! - The college may depart from *either* advice only with reasons (Awb art. 3:9 and 3:50);
//!   the brief mentions only departing from a positive advice.
//! - The law sets no decision term for the college's determination; the crate uses
//!   [`Beleid::decision_term_weeks`](crate::Beleid::decision_term_weeks) from the advice date.
//! - The Zwolle figures (26 for 2017, 46 for 2018) were not found in the stored regulation
//!   text and ship flagged [`Confidence::Unverified`](crate::Confidence::Unverified).
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::Beleid;
//! use participatiewet::beschut_werk::{Aanvrager, Context, Event, State, Vaststelling};
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let beleid = Beleid::default();
//! let ctx = Context::new(&beleid);
//! let s = State::Kandidaat { sinds: d(2018, 1, 2) };
//! let s = s.apply(&Event::AdviesAangevraagd { datum: d(2018, 1, 3), door: Aanvrager::College }, &ctx)?.state;
//! let s = s.apply(&Event::AdviesUitgebracht { datum: d(2018, 2, 20), positief: true }, &ctx)?.state;
//! // departing from a positive advice without a reason is refused
//! let refused = s.apply(&Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), false)), &ctx);
//! assert!(refused.is_err());
//! let s = s.apply(&Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), true)), &ctx)?.state;
//! assert!(s.positieve_vaststelling().is_some());
//! # Ok::<(), participatiewet::TransitionError>(())
//! ```
//!
//! [`Beleid::beschut_werk_places`]: crate::Beleid::beschut_werk_places

mod geschiktheid;
mod opslag;
mod plaatsen;
mod procedure;

pub use geschiktheid::{
    Aanvrager, Arbeidsvermogen, ArbeidsvermogenToets, BESCHUT_WERK_2017, Beoordeling, BuitenKring,
    Feiten, HERHAALD_VERZOEK_MAANDEINDE, HERHAALD_VERZOEK_MAANDEN, Kring, MIN_UREN_AANEENGESLOTEN,
    MIN_UREN_PER_DAG, Negatief, Positief, Uitkering, Uitkomst, Verzoek, WswIndicatie, beoordeel,
};
pub use plaatsen::{
    Aanbodplicht, Plaatsen, Plaatsing, PlaatsingId, Stand, Taakstelling, Vereist, Wachtende,
    plaatsingsvolgorde,
};
pub use procedure::{
    ADVIESTERMIJN_DAGEN, Aanvraag, Advies, Context, Dienstbetrekking, Effect, EindeReden, Event,
    Melding, State, Termijn, Transition, Vaststelling,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[];
