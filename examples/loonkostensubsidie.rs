//! A person in a laundry job: a measurement with three hoofdtaken, the resulting loonwaarde,
//! and the monthly loonkostensubsidie on two dates across the 1 January re-indexation
//! (Pw art. 10d lid 7), each printed as the Dutch motivering of the decision.
//!
//! Run with `cargo run --example loonkostensubsidie`.

use chrono::NaiveDate;
use participatiewet::loonwaarde::{
    Dienstbetrekking, Hoofdtaak, LksGrondslag, Loonwaardemeting, Normfunctie, Prestatiefactoren,
    Soort, loonkostensubsidie, loonwaarde_meten,
};
use participatiewet::{Error, Motivering, Parameters, Taal, Text};

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| Error::facts("datum", Text::new("bestaat niet", "no such day")))
}

fn taak(
    naam: &str,
    uren: &str,
    tempo: &str,
    kwaliteit: &str,
    netto: &str,
) -> Result<Hoofdtaak, Error> {
    let factoren = Prestatiefactoren {
        tempo: tempo.parse()?,
        kwaliteit: kwaliteit.parse()?,
        netto_werktijd: netto.parse()?,
    };
    Hoofdtaak::new(naam, uren.parse()?, factoren)
}

fn main() -> Result<(), Error> {
    let params = Parameters::bundled();
    let meting = Loonwaardemeting::new(
        date(2024, 3, 1)?,
        Normfunctie::new("medewerker wasserij", "38".parse()?)?,
        "32".parse()?,
        4,
        vec![
            taak("strijken en vouwen", "16", "110", "90", "80")?,
            taak("uitgifte", "10", "70", "100", "90")?,
            taak("sorteren", "6", "80", "75", "100")?,
        ],
    )?;
    let rapport = loonwaarde_meten(&meting)?;
    let loonwaarde = rapport.decision();
    println!("{}", Motivering::new(&loonwaarde, Taal::Nl));

    let baan = Dienstbetrekking::builder()
        .geboortedatum(date(1998, 9, 14)?)
        .begindatum(date(2024, 4, 1)?)
        .uren_per_week("32".parse()?)
        .voltijd_uren("38".parse()?)
        .soort(Soort::Regulier)
        .build()?;
    for peildatum in [date(2024, 12, 1)?, date(2025, 1, 1)?] {
        let besluit = loonkostensubsidie(
            &baan,
            LksGrondslag::Loonwaarde(*loonwaarde.value()),
            peildatum,
            &params,
        )?;
        println!(
            "Peildatum {peildatum}\n{}",
            Motivering::new(&besluit, Taal::Nl)
        );
    }
    Ok(())
}
