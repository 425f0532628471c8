//! Loonwaarde and `loonkostensubsidie` (wage value and wage-cost subsidy; Pw art. 6, 10c–10e,
//! Besluit and Regeling loonkostensubsidie Participatiewet 2021).
//!
//! - [`doelgroep_loonkostensubsidie`]: does a person belong to the doelgroep (art. 10c)?
//! - [`loonwaarde_meten`]: the uniform method (from 2021-07-01): a [`Loonwaardemeting`] of up
//!   to five [`Hoofdtaak`]en against a [`Normfunctie`], giving a [`LoonwaardeRapport`]. How the
//!   factors combine is the one function [`prestatie`] (see below for the law text read and
//!   what was not found).
//! - [`State`]: the determination life cycle, a [`Procedure`](crate::Procedure) persisted by
//!   the caller.
//! - [`lks_berekenen`] (value only, no heap) and [`loonkostensubsidie`] (a
//!   `Decision<Eligibility<Money>>` with coded grounds, one allocation): the monthly subsidy for
//!   a [`Dienstbetrekking`] built by name.
//!
//! The codes of the grounds and effects (`lks_toegekend`, `lks_maximum`, `lks_wsw`,
//! `loonwaarde_hoofdtaak`, `lks_beschikking_uiterlijk`, ...) are stable wire names.
//!
//! ## The subsidy (art. 10d lid 4–7)
//!
//! `min(basis − loonwaarde × basis, 70% × basis) × (1 + werkgeverslasten) × hours factor`, with
//! basis = the employee's monthly minimum wage × 1.08; on the flat route (from 2017-02-01, the
//! job's first 6 months) 50% of basis instead of the gap. The hours factor is the agreed hours,
//! at most the normal full-time hours, over 36 from 2024 and over the normal full-time hours
//! before. From 2017-02-01 the minimum wage of 1 January (or of the job's start, if later) is
//! used (lid 7). The 70% cap is read as a cap on the wage part with the allowance on top
//! (Regeling art. 1: a percentage "van de loonkosten waarover loonkostensubsidie wordt
//! verstrekt"); the other reading gives the same amount. The amount is one exact integer
//! ratio rounded once to cents, never above [`LksBerekening::maximum`].
//!
//! ## How tempo, kwaliteit and netto werktijd combine (Besluit 2021 art. 2–5)
//!
//! An open legal point, settled as far as the law text was found. Read: the Besluit 2021
//! art. 1 definitions (hoofdtaak, kwaliteit, tempo, netto werktijd, normfunctie; consolidated
//! text of 2023-01-01), and the Regeling loonkostensubsidie Participatiewet (2014, in force
//! until the uniform method) art. 4: lid 1 "De loonwaarde ... bedraagt de som van de
//! loonwaarden per taak", lid 2 "De loonwaarde per taak bedraagt: L=T*K*I*BT" (tempo ×
//! kwaliteit × inzetbaarheid × the task's share of the work), lid 3 "rekenkundig afgerond op
//! hele procenten". Not found: the text of Besluit 2021 art. 2–5 (searched: the regelrecht
//! corpus, which holds only the 2014 Besluit, versions 2015-01-01 and 2017-07-01;
//! wetten.overheid.nl and Staatsblad 2021, 113 for BWBR0044894, of which only art. 1 could be
//! read; the official method guide, AKC Cahier 24). The crate keeps the structure of the 2014 text
//! with netto werktijd in the place of inzetbaarheid:
//! `loonwaarde = Σ aandeel × min(tempo, 100) × kwaliteit × netto werktijd`, rounded to whole
//! percents, in the one function [`prestatie`]; tempo above the norm counts as 100 (method
//! guide). If the Besluit 2021 text says otherwise, [`prestatie`] is the place to change.
//!
//! ## The determination life cycle (`loonwaarde_bepaling`)
//!
//! ```text
//!  aangevraagd ──meting──▶ gemeten ──gehoord──▶ gerapporteerd ──vaststelling──▶ vastgesteld
//!    │    ▲                  ▲                                                      │
//!    │    └──────────────────┼────────────────────herbepaling───────────────────────┘
//!    │                       │
//!    └─forfaitaire_route──▶ forfaitair ──meting──┘
//! ```
//!
//! Guards: an event dated before the state's own date, or outside 1900–2199, is refused.
//! `forfaitaire_route` only on a first request, from 2017-02-01, for a job that started then
//! or later, agreed within the job's first 6 months (art. 10d lid 1 b, lid 5). `vaststelling`
//! needs an agreed re-determination date after it from 2017-02-01 (art. 10d lid 6) and none
//! before (then the re-determination is yearly and computed). A state whose deadlines would
//! fall outside the date range is refused.
//!
//! Effects ([`Procedure::effects`](crate::Procedure::effects), returned by every transition):
//! `lks_forfaitair_einde` = start of the job + 6 months (lid 5); `lks_beschikking_uiterlijk` =
//! the determination or the flat-route agreement + 5 weeks, from 2023-07-01 (lid 12);
//! `loonwaarde_herbepaling` on the agreed date (lid 6, from 2017-02-01) or
//! `loonwaarde_herbepaling_jaarlijks` 12 months after the determination (before).

mod baan;
mod bepaling;
mod besluit;
mod doelgroep;
mod gebeurtenis;
mod gronden;
mod methode;
mod rapport;
mod subsidie;

pub use baan::{Dienstbetrekking, DienstbetrekkingBuilder, LksGrondslag, Soort};
pub use bepaling::{
    BESCHIKKINGSTERMIJN_DAGEN, BESCHIKKINGSTERMIJN_VANAF, JAARLIJKSE_HERBEPALING_MAANDEN, State,
};
pub use besluit::{LksUitkomst, LksWeigering, Uitsluiting};
pub use doelgroep::{
    Criterium, DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen,
    doelgroep_loonkostensubsidie,
};
pub use gebeurtenis::{Aanvraag, Event};
pub use methode::{
    Hoofdtaak, Loonwaardemeting, MAX_HOOFDTAKEN, MAX_TEMPO, Normfunctie, Prestatiefactoren, Tempo,
    UNIFORME_METHODE_VANAF, prestatie,
};
pub use rapport::{LoonwaardeRapport, TaakBijdrage, loonwaarde_meten};
pub use subsidie::{
    FORFAITAIR_AANDEEL, FORFAITAIRE_MAANDEN, LksBerekening, MAXIMUM_AANDEEL, REFERENTIE_UREN,
    STROOMLIJNING_VANAF, UREN_36_VANAF, forfaitair_einde, lks_berekenen, loonkostensubsidie,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = gronden::ALL;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_prefixed_and_effect_codes_use_datum() {
        for c in CODES {
            assert!(
                c.code.starts_with("lks_") || c.code.starts_with("loonwaarde_"),
                "{}",
                c.code
            );
        }
        for c in [
            &gronden::LKS_BESCHIKKING_UITERLIJK,
            &gronden::LKS_FORFAITAIR_EINDE,
            &gronden::LOONWAARDE_HERBEPALING,
            &gronden::LOONWAARDE_HERBEPALING_JAARLIJKS,
        ] {
            assert!(c.nl.contains("{datum}") && c.en.contains("{datum}"));
        }
    }
}
