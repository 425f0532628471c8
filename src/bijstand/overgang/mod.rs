//! The hand-over from WW into bijstand (`overgang`): the machine's diagram, guards and effect
//! codes are documented on the [`bijstand`](super) module.

mod besluit;
mod dossier;
mod effecten;
mod event;
pub(crate) mod gronden;
mod huishouden;
mod later;
mod machine;
mod opening;
mod state;

pub use besluit::{Besluit, Exit};
pub use dossier::{Dossier, DossierBuilder, WwDuur};
pub use event::Event;
pub use huishouden::ZoektermijnUitzondering;
pub use opening::Opening;
pub use state::State;
