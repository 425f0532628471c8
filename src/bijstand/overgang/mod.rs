//! The hand-over from WW into bijstand (`overgang`), as a [`Procedure`](crate::Procedure) the
//! caller persists: machine name `"bijstand_overgang"`.
//!
//! [`State::start`](crate::Procedure::start) takes an [`Opening`] (the [`Dossier`] and the day
//! it was opened); [`apply`](crate::Procedure::apply) borrows the state and returns the next
//! state with its dated [`Effect`](crate::Effect)s, or a
//! [`TransitionError`](crate::TransitionError) that leaves the state as it was. Every state
//! `start` and `apply` return passes [`Validate::validate`](crate::Validate::validate) and
//! reads back from its own JSON; a tampered row is refused on reading.
//!
//! ```text
//!  ww_loopt ──geinformeerd──▶ geinformeerd ──melding──▶ gemeld ──aanvraag──▶ aangevraagd
//!     │                                                   ▲                       │
//!     └──────────────────────melding──────────────────────┘                besluit│
//!                                                                                 ▼
//!  every state but besloten and beeindigd                                     besloten
//!     └──werk_gevonden | verhuisd | aow_leeftijd──▶ beeindigd
//! ```
//!
//! Guards (a refused event leaves the state unchanged):
//!
//! - every event is dated within 1900-01-01..=2199-12-31 and not before the state's own date
//!   (so never before the birth date); `besloten` and `beeindigd` accept no event;
//! - `melding`: a person under 27 with WW may make it only from four weeks before the WW
//!   ends (Participatiewet art. 41 lid 6), unless an exception of art. 41 lid 4 applies;
//! - `aanvraag`: an application concerning only people under 27 is not submitted before four
//!   weeks after the melding (art. 41 lid 4), unless an exception applies;
//! - `aow_leeftijd`: not before the person's AOW date (AOW art. 7a);
//! - every effect date of the next state lies within 1900..=2199.
//!
//! A decision for bijstand starts on the later of the day after the WW ends and the melding
//! (art. 44 lid 1), or on the application day when the college found it culpably late (lid 3).
//! The search period delays the application, not the start date: art. 44 lid 1 has no such
//! bar. The information window before the WW ends and the short/long WW classification are
//! municipal policy ([`Beleid`](crate::Beleid)).
//!
//! ## Effects
//!
//! | code | state | date | basis |
//! |---|---|---|---|
//! | `overgang_informeren_vanaf` | ww_loopt | policy window before the WW ends | `Beleid::citation` |
//! | `overgang_vroegste_melding` | ww_loopt, geinformeerd | four weeks before the WW ends | Pw art. 41 lid 6 |
//! | `overgang_ww_einde` | ww_loopt, geinformeerd, gemeld | first day without WW | WW art. 42 |
//! | `overgang_zoektermijn_einde` | gemeld | last day of the search period | Pw art. 41 lid 4 |
//! | `overgang_vroegste_aanvraag` | gemeld | first day to apply | Pw art. 41 lid 4 |
//! | `overgang_verwachte_ingang` | gemeld, aangevraagd | expected start | Pw art. 44 lid 1 |
//! | `overgang_beslistermijn` | aangevraagd | the college's decision term | Awb art. 4:13 lid 2 |
//! | `overgang_ingang_bijstand` | besloten | start decided | Pw art. 44 lid 1 or 3 |
//! | `overgang_ingang_iow` | besloten | IOW start | IOW art. 3 |
//!
//! The codes are stable: a stored effect is read back by its code.

mod besluit;
mod dossier;
mod effecten;
mod event;
pub(crate) mod gronden;
mod huishouden;
mod machine;
mod opening;
mod state;

pub use besluit::{Besluit, Exit};
pub use dossier::{Dossier, DossierBuilder, WwDuur};
pub use event::Event;
pub use huishouden::{Huishouden, ZoektermijnUitzondering};
pub use opening::Opening;
pub use state::State;
