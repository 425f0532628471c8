//! Bijstand (social assistance, Participatiewet) at a date, and the hand-over from WW into
//! bijstand when WW runs out.
//!
//! - [`bijstand_op`]: the right (art. 11), the exclusions (art. 13), the norm for the ages of
//!   both spouses and the household with cost-sharers (art. 19a, 20–22a) and the means test
//!   (art. 19 lid 2, art. 34) on a `peildatum`, for owned, validated [`BijstandFeiten`], as an
//!   allocation-free [`BijstandBerekening`]; [`BijstandBerekening::decision`] adds the coded
//!   grounds in one allocation. "Not entitled (reasons)" and "entitled, €0" are different
//!   outcomes ([`Eligibility`](crate::Eligibility)).
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Motivering, Parameters, Taal};
//! use participatiewet::bijstand::{BijstandFeiten, Huishouden, bijstand_op};
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! // A couple of 35 and 19 (art. 20 lid 1 c) on 1 January 2025.
//! let feiten = BijstandFeiten::builder(d(1990, 1, 1), Huishouden::gehuwden(d(2005, 6, 1))?).build()?;
//! let decision = bijstand_op(&feiten, d(2025, 1, 1), &Parameters::bundled())?.decision();
//! let brief = Motivering::new(&decision, Taal::Nl).to_string();
//! assert!(brief.contains("€ 1.293,21 per maand"));
//! # Ok::<(), participatiewet::Error>(())
//! ```
//! - [`Zoektermijn`] and the dates of art. 41 and 44: the melding, the four-week search period
//!   for people under 27, the earliest application and the start date.
//! - [`State`]: the persisted hand-over machine.
//!
//! ## The hand-over machine
//!
//! ```text
//!  ww_loopt ──geinformeerd──▶ geinformeerd ──melding──▶ gemeld ──aanvraag──▶ aangevraagd
//!     │  (information due from the policy window)        │ (under 27: search period of   │
//!     └──────────────────melding────────────────────────▶│  4 weeks before the           │ besluit
//!                                                         │  application, art. 41 lid 4)  ▼
//!                                                         │                           besloten
//!  any state but besloten/beeindigd ──werk_gevonden | verhuisd | aow_leeftijd──▶ beeindigd
//! ```
//!
//! Guards: an event dated before the state's own date is refused; a melding by a person under
//! 27 is allowed from four weeks before the WW ends (art. 41 lid 6); an application concerning
//! only people under 27 is refused before the search period ends (art. 41 lid 4); a decision
//! for bijstand starts on the later of the day after the WW ends and the melding (art. 44
//! lid 1), or on the application day when the college found it culpably late (lid 3). The
//! search period delays the application, not the start date: art. 44 lid 1 has no such bar. The policy window for informing people before their
//! WW ends and the short/long WW classification are municipal policy ([`Beleid`](crate::Beleid)).

mod besluit;
mod feiten;
mod gronden;
mod huishouden;
mod melding;
mod norm;
mod normregel;
mod overgang;
mod recht;
mod uitsluiting;

pub use feiten::{BijstandFeiten, BijstandFeitenBuilder};
pub use huishouden::{Huishouden, Medebewoner};
pub use melding::{JONGEREN_TOT, ZOEKTERMIJN_DAGEN, Zoektermijn, ingangsdatum, vroegste_melding};
pub use norm::{Kostendelers, Norm, bijstandsnorm};
pub use normregel::{Kostendelersnorm, Leefvorm, Normgroep, Normregel};
pub use overgang::{
    Besluit, Context, Dossier, Effect, EffectSoort, Event, Exit, State, Transition, WwDuur,
};
pub use recht::{BijstandBerekening, Weigering, bijstand_op};
pub use uitsluiting::{Uitsluiting, Uitsluitingen, Verblijf};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)): the grounds of
/// the bijstand decision (module `gronden`).
pub(crate) const CODES: &[&crate::Code] = gronden::CODES;
