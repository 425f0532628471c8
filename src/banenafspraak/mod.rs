//! Banenafspraak: the doelgroepregister of arbeidsbeperkten (Wet financiering sociale
//! verzekeringen art. 38b, 38d), banenafspraak jobs counted in the law's unit, and the targets
//! they are measured against.
//!
//! One concept per file:
//!
//! - `tekst`: the texts of art. 38b through time ([`Tekst`]): which grounds exist on a date;
//! - `feiten`, `inschrijving`: the facts of art. 38b ([`Feiten`], built by
//!   [`FeitenBuilder`]) and a person's entry in the register over time ([`Inschrijving`],
//!   [`Registerstatus`]);
//! - `grond`: the grounds of art. 38b ([`Grond`], [`Gronden`]);
//! - `register`: who is an arbeidsbeperkte, on which ground ([`beoordeel`],
//!   [`Beoordeling::decision`]);
//! - `telling`: what counts and how ([`Baan`], [`tel`], [`UREN_PER_BAAN`]);
//! - `doelen`: the national targets per sector ([`LANDELIJKE_DOELEN`]), the region's own
//!   agreement as policy data ([`RegionaleAfspraak`]) and the count against a target
//!   ([`Realisatie`]);
//! - `noriskpolis`, `werknemer`: the no-riskpolis of Ziektewet art. 29b ([`no_riskpolis`], [`Dienstverband`],
//!   [`Werknemer`], with [`Werknemer::uit_register`] from a register decision);
//! - `instrumenten`: the proefplaatsing (Pw art. 8a lid 2 d: two months, extension at most four;
//!   the conditions are the ordinance's) and jobcoaching (Pw art. 10da: a right in law for the
//!   doelgroep loonkostensubsidie; its form is the ordinance's) ([`proefplaatsing`],
//!   [`jobcoaching`]);
//! - `quotum`, `quotumtekst`: the quotumheffing of art. 38e–38h with art. 122n and 122na, in
//!   every text from 2015-05-01 ([`quotumheffing`], [`QuotumTekst`]); what is not built is
//!   listed there;
//! - `opslag`: the inclusiviteitsopslag of the Wet banenafspraak art. 5 and 6, the levy that
//!   follows the quotumheffing from the entry into force of that law's art. 2
//!   ([`inclusiviteitsopslag`], [`OpslagTekst`]);
//! - `gronden`: every ground code of the domain.
//!
//! A placement on a banenafspraak job is recorded in the segment machine
//! ([`doelgroep`](crate::doelgroep)) by `SegmentEvent::BanenafspraakGeplaatst`, which does not
//! move the segment: a job with loonkostensubsidie is still that machine's
//! `SegmentEvent::LksBaanGestart`, and whether a job without it moves a segment is the
//! municipality's policy, which the crate does not guess.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Hours, Motivering, Taal};
//! use participatiewet::banenafspraak::{
//!     beoordeel, tel, Arbeidsrelatie, Baan, Feiten, Grond, Inschrijving, Minimumloonvaststelling,
//!     Realisatie, Sector, Toeleiding,
//! };
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! // Koen: supported by the college, UWV found at its request he cannot earn the minimum wage.
//! let koen = Feiten::builder()
//!     .toeleiding(Toeleiding::Artikel7Lid1a)
//!     .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
//!     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?)
//!     .build()?;
//! let besluit = beoordeel(&koen, d(2026, 7, 1))?.decision();
//! assert_eq!(besluit.value().value(), Some(&Grond::Lid1A));
//! assert!(Motivering::new(&besluit, Taal::Nl).to_string().starts_with(
//!     "Besluit\nU behoort op 1 juli 2026 tot de doelgroep banenafspraak"));
//! // His job of 32 hours counts as 32 / 25,5 = 1,2549… banen (no rounding is prescribed).
//! let baan = Baan::new(Sector::NietOverheid, Arbeidsrelatie::Dienstbetrekking, "32".parse::<Hours>()?, d(2026, 1, 1))?
//!     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?);
//! let telling = tel(&[baan], d(2026, 7, 1))?;
//! assert_eq!(telling.banen(Sector::NietOverheid).round_dp(4), rust_decimal::dec!(1.2549));
//! assert!(Realisatie::landelijk(&telling, Sector::NietOverheid, 2025).is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod dienstverband;
mod doelen;
mod feiten;
mod grond;
mod gronden;
mod inschrijving;
mod instrumenten;
mod noriskpolis;
mod opslag;
mod quotum;
mod quotumtekst;
mod register;
mod tekst;
mod telling;
mod werknemer;

pub use dienstverband::Dienstverband;
pub use doelen::{
    Categorie, LANDELIJKE_DOELEN, LandelijkDoel, Omvang, Realisatie, Regiodoel, RegionaleAfspraak,
    Sector, landelijk_doel,
};
pub use feiten::{
    BeschutWerk, Feiten, FeitenBuilder, Indicatie, Minimumloonvaststelling, Toeleiding, Voormalig,
    Wajong,
};
pub use grond::{Grond, Gronden};
pub use inschrijving::{Inschrijving, Registerstatus};
pub use instrumenten::{
    DoelgroepLks, PROEFPLAATSING_GELEZEN, PROEFPLAATSING_MAANDEN, PROEFPLAATSING_VERLENGING_MAX,
    Proefkandidaat, Proefperiode, jobcoaching, proefplaatsing,
};
pub use noriskpolis::{ARTIKEL_29B_GELEZEN, Dekking, NoRiskPolis, Uitsluiting29b, no_riskpolis};
pub use opslag::{
    GeenOpslag, Inclusiviteitsopslag, OpslagTekst, Opslagactivering, Opslagfeiten,
    Werkgeversomvang, inclusiviteitsopslag,
};
pub use quotum::{
    Activering, HEFFING_PER_ARBEIDSPLAATS, QUOTUM_TEKST_VANAF, Quotumfeiten, Quotumheffing,
    quotumheffing,
};
pub use quotumtekst::{QuotumTekst, WET_BANENAFSPRAAK_ARTIKEL_2};
pub use register::{Beoordeling, Uitkomst, beoordeel};
pub use tekst::{ARTIKEL_38B_VANAF, Tekst};
pub use telling::{Arbeidsrelatie, Baan, Telling, UREN_PER_BAAN, tel};
pub use werknemer::Werknemer;

/// The codes of this domain's grounds (see [`Code`](crate::Code)); stable wire names.
pub(crate) const CODES: &[&crate::Code] = gronden::ALL;

/// The codes of the employer's instruments.
pub(crate) const INSTRUMENT_CODES: &[&crate::Code] = noriskpolis::CODES;

/// The codes of the proefplaatsing and jobcoaching.
pub(crate) const PW_INSTRUMENT_CODES: &[&crate::Code] = instrumenten::CODES;

/// The codes of the quotumheffing.
pub(crate) const QUOTUM_CODES: &[&crate::Code] = quotum::CODES;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_prefixed_with_the_domain() {
        assert!(
            CODES
                .iter()
                .chain(INSTRUMENT_CODES)
                .chain(PW_INSTRUMENT_CODES)
                .chain(QUOTUM_CODES)
                .all(|c| c.code.starts_with("banenafspraak_"))
        );
    }
}
