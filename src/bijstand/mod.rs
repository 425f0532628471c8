//! Bijstand (social assistance, Participatiewet) at a date, and the hand-over from WW into
//! bijstand when WW runs out.
//!
//! - [`bijstand_op`]: the right (art. 11), the exclusions (art. 13), the norm for age and
//!   household with cost-sharers (art. 19a, 20–22a) and the means test (art. 19 lid 2, art. 34)
//!   on a `peildatum`, as an allocation-free [`BijstandBerekening`];
//!   [`BijstandBerekening::decision`] adds the grounds. "Not entitled (reasons)" and
//!   "entitled, €0" are different outcomes ([`Eligibility`](crate::Eligibility)).
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

mod melding;
mod norm;
mod overgang;
mod recht;

pub use melding::{JONGEREN_TOT, ZOEKTERMIJN_DAGEN, Zoektermijn, ingangsdatum, vroegste_melding};
pub use norm::{Kostendelers, Leefvorm, Medebewoner, Normgroep, bijstandsnorm};
pub use overgang::{
    Besluit, Dossier, DossierBuilder, Event, Exit, Huishouden, Opening, State, WwDuur,
    ZoektermijnUitzondering,
};
pub use recht::{
    BijstandBerekening, BijstandFeiten, Uitsluitingen, Verblijf, Weigering, bijstand_op,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[
    // the hand-over's effects
    &overgang::gronden::INFORMEREN_VANAF,
    &overgang::gronden::VROEGSTE_MELDING,
    &overgang::gronden::ZOEKTERMIJN_EINDE,
    &overgang::gronden::VROEGSTE_AANVRAAG,
    &overgang::gronden::WW_EINDE,
    &overgang::gronden::VERWACHTE_INGANG,
    &overgang::gronden::BESLISTERMIJN,
    &overgang::gronden::INGANG_BIJSTAND,
    &overgang::gronden::INGANG_IOW,
];
