//! Loonwaarde and `loonkostensubsidie` (wage value and wage-cost subsidy; Pw art. 6, 10c–10e,
//! Besluit and Regeling loonkostensubsidie Participatiewet 2021).
//!
//! - [`doelgroep_loonkostensubsidie`]: does a person belong to the doelgroep (art. 10c)?
//! - [`loonwaarde_meten`]: the uniform method (from 2021-07-01): a [`Loonwaardemeting`] of up
//!   to five [`Hoofdtaak`]en against a [`Normfunctie`], giving a [`LoonwaardeRapport`]. How the
//!   factors combine is the one function [`prestatie`] (an unverified reading: the product).
//! - [`State`]: the determination life cycle, persisted by the caller.
//! - [`lks_berekenen`] (value only, no heap) and [`loonkostensubsidie`] (with grounds): the
//!   monthly subsidy.
//!
//! Domain-named items are also re-exported at the crate root (`participatiewet::Hoofdtaak`);
//! the machinery (`State`, `Event`, `Transition`, `Effect`, `Context`) is used as
//! `participatiewet::loonwaarde::State`.
//!
//! ## The determination life cycle
//!
//! ```text
//!  aangevraagd ──meting──▶ gemeten ──gehoord──▶ gerapporteerd ──vaststelling──▶ vastgesteld
//!    │    ▲                  ▲                                                      │
//!    │    └──────────────────┼────────────────────herbepaling───────────────────────┘
//!    │                       │
//!    └─forfaitaire_route──▶ forfaitair ──meting──┘
//! ```
//!
//! Guards: an event dated before the state's own date is refused. `forfaitaire_route` only on
//! a first request, from 2017-02-01, for a job that started then or later, agreed within the
//! job's first 6 months (art. 10d lid 1 b, lid 5). `vaststelling` needs an agreed
//! re-determination date after it from 2017-02-01 (art. 10d lid 6) and none before (then the
//! re-determination is yearly and computed).
//!
//! Deadlines ([`State::deadlines`], returned as effects of every transition): end of the flat
//! route = start of the job + 6 months; the LKS decision within 5 weeks of the determination
//! or of the flat-route agreement, from 2023-07-01 (art. 10d lid 12); re-determination on the
//! agreed date (from 2017-02-01) or 12 months after the determination (before).

mod bepaling;
mod doelgroep;
mod methode;
mod subsidie;

pub use bepaling::{
    BESCHIKKINGSTERMIJN_DAGEN, BESCHIKKINGSTERMIJN_VANAF, Context, Effect, Event,
    JAARLIJKSE_HERBEPALING_MAANDEN, State, Termijn, Transition,
};
pub use doelgroep::{DoelgroepAanvraag, doelgroep_loonkostensubsidie};
pub use methode::{
    Hoofdtaak, LoonwaardeRapport, Loonwaardemeting, MAX_HOOFDTAKEN, Normfunctie, TaakBijdrage,
    UNIFORME_METHODE_VANAF, loonwaarde_meten, prestatie,
};
pub use subsidie::{
    Dienstbetrekking, LksBerekening, LksGrondslag, LksUitkomst, REFERENTIE_UREN,
    STROOMLIJNING_VANAF, UREN_36_VANAF, Uitsluiting, forfaitair_einde, lks_berekenen,
    loonkostensubsidie,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[];
