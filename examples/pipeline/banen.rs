//! The banenafspraak section of the report: the jobs of the caseload counted as banen
//! (Wfsv art. 38f; 25,5 hours a week each) against the region's own agreement (policy data).
//!
//! The caseload file does not record the doelgroepregister (Wfsv art. 38b), which UWV keeps.
//! The section counts the jobs with loonkostensubsidie as if their holders were in the register
//! from the job's start: a screen of what could count, said to be one. Beschut-werk jobs are
//! not counted: the opening words of Wfsv art. 38b lid 1 exclude a person for whom the college
//! determined beschut werk (Participatiewet art. 10b lid 1).

use chrono::{Datelike, NaiveDate};
use participatiewet::banenafspraak::{
    Arbeidsrelatie, Baan, Categorie, Inschrijving, Realisatie, RegionaleAfspraak, Sector, tel,
};
use participatiewet::{Error, Hours};
use rust_decimal::Decimal;

use super::data::{Persoon, Status};

/// The banen of the caseload on a peildatum, and the region's target for its year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plaatsingen {
    /// The jobs counted (jobs with loonkostensubsidie running on the peildatum).
    pub jobs: u32,
    /// Their hours in banen of 25,5 hours a week.
    pub banen: Decimal,
    /// Against the region's target for arbeidsbeperkten in the peildatum's year, if it has one.
    pub realisatie: Option<Realisatie>,
    /// That year.
    pub jaar: i32,
    /// The agreement, as cited.
    pub bron: participatiewet::Citation,
}

/// The example region's agreement: 585 extra (leerwerk)banen for people with an
/// arbeidsbeperking and 415 for a broader group for 2014-2017, of which 365 garantiebanen in the
/// market sector and 140 at the government, and 1,000 a year after that. Policy data: the
/// figures of the municipal documents the example is shaped on, not law.
pub fn regionale_afspraak() -> Result<RegionaleAfspraak, Error> {
    RegionaleAfspraak::voorbeeld("Regionaal werkbedrijf Voorbeeldregio (synthetic), banenafspraak")
}

/// The banen of `people` on `peildatum` against `afspraak`.
pub fn banen(
    people: &[Persoon],
    peildatum: NaiveDate,
    afspraak: &RegionaleAfspraak,
) -> Result<Plaatsingen, Error> {
    let mut jobs = Vec::new();
    for p in people
        .iter()
        .filter(|p| p.status == Status::Lks && p.sinds <= peildatum)
    {
        let Some(uren) = p.uren else { continue };
        let baan = Baan::new(
            Sector::NietOverheid,
            Arbeidsrelatie::Dienstbetrekking,
            Hours::new(Decimal::from(uren))?,
            p.sinds,
        )?
        .inschrijving(Inschrijving::opgenomen(p.sinds)?);
        jobs.push(baan);
    }
    let telling = tel(&jobs, peildatum)?;
    Ok(Plaatsingen {
        jobs: u32::try_from(jobs.len()).unwrap_or(u32::MAX),
        banen: telling.banen_totaal(),
        realisatie: Realisatie::regionaal(
            &telling,
            afspraak,
            Categorie::Arbeidsbeperking,
            peildatum.year(),
        ),
        jaar: peildatum.year(),
        bron: afspraak.citation(),
    })
}
