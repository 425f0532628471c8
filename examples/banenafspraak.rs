//! Banenafspraak: is a person in the doelgroepregister, on which ground; how many banen the
//! region's placements count for on a date; how that compares with the targets; the
//! employer's instruments (no-riskpolis, proefplaatsing, jobcoaching) and the quotumheffing.
//!
//! `cargo run --example banenafspraak`

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    Activering, Arbeidsrelatie, Baan, BeschutWerk, Categorie, Dienstverband, DoelgroepLks, Feiten,
    Inschrijving, Minimumloonvaststelling, Proefkandidaat, Quotumfeiten, Realisatie,
    RegionaleAfspraak, Sector, Toeleiding, Wajong, beoordeel, jobcoaching, no_riskpolis,
    proefplaatsing, quotumheffing, tel,
};
use participatiewet::{Bezwaar, Hours, Motivering, Percentage, Taal};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("no such date");
    let peildatum = d(2026, 7, 1)?;

    // Koen: supported by the college; UWV found at the college's request that he cannot earn
    // the minimum wage (Wfsv art. 38b lid 1 onderdeel a).
    let koen = Feiten::builder()
        .toeleiding(Toeleiding::Artikel7Lid1a)
        .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
        .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3)?)?)
        .build()?;
    let besluit = beoordeel(&koen, peildatum)?.decision();
    println!(
        "{}",
        Motivering::new(&besluit, Taal::Nl).met_bezwaar(Bezwaar::new(d(2026, 7, 2)?)?)
    );

    // A person the college determined to be beschut werk is no arbeidsbeperkte (lid 1, opening
    // words), whatever ground of lid 1 applies.
    let beschut = Feiten::builder()
        .wajong(Wajong::MetMogelijkheden)
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6)? })
        .build()?;
    println!(
        "{}",
        Motivering::new(&beoordeel(&beschut, peildatum)?.decision(), Taal::Nl)
    );

    // The region's placements on the date, counted in banen of 25,5 hours a week.
    let lid = Inschrijving::opgenomen(d(2020, 1, 1)?)?;
    let uren = |u: &str| u.parse::<Hours>();
    let banen = [
        Baan::new(
            Sector::NietOverheid,
            Arbeidsrelatie::Dienstbetrekking,
            uren("32")?,
            d(2026, 1, 1)?,
        )?
        .inschrijving(lid),
        Baan::new(
            Sector::NietOverheid,
            Arbeidsrelatie::TerBeschikkingGesteld,
            uren("20")?,
            d(2025, 3, 1)?,
        )?
        .inschrijving(lid),
        Baan::new(
            Sector::Overheid,
            Arbeidsrelatie::Dienstbetrekking,
            uren("25.5")?,
            d(2024, 9, 1)?,
        )?
        .inschrijving(lid),
        // Not registered: does not count.
        Baan::new(
            Sector::Overheid,
            Arbeidsrelatie::Dienstbetrekking,
            uren("36")?,
            d(2024, 9, 1)?,
        )?,
    ];
    let telling = tel(&banen, peildatum)?;
    println!("{}", Motivering::new(&telling.decision(), Taal::Nl));

    // The region's own agreement (policy data, cited as such).
    let afspraak =
        RegionaleAfspraak::voorbeeld("Regionaal werkbedrijf, banenafspraak 2014-2017 en daarna")?;
    if let Some(r) = Realisatie::regionaal(&telling, &afspraak, Categorie::Arbeidsbeperking, 2026) {
        println!("{}", Motivering::new(&r.decision(), Taal::Nl));
    }
    if let Some(r) = Realisatie::landelijk(&telling, Sector::NietOverheid, 2025) {
        println!("{}", Motivering::new(&r.decision(), Taal::Nl));
    }

    instrumenten(&koen, peildatum)
}

/// The employer's instruments and the levy.
fn instrumenten(koen: &Feiten, peildatum: NaiveDate) -> Result<(), Box<dyn std::error::Error>> {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("no such date");
    // The employer's instruments: the no-riskpolis for Koen's group (Ziektewet art. 29b), a
    // proefplaatsing (Pw art. 8a lid 2 d) and jobcoaching (Pw art. 10da).
    let beoordeling = beoordeel(koen, peildatum)?;
    if let Some(dienst) = Dienstverband::uit_register(&beoordeling, d(2026, 1, 1)?)? {
        println!(
            "{}",
            Motivering::new(&no_riskpolis(&dienst, d(2026, 3, 2)?)?.decision(), Taal::Nl)
        );
    }
    let proef = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 9, 1)?, 2)?;
    println!("{}", Motivering::new(&proef, Taal::Nl));
    let coach = jobcoaching(DoelgroepLks::Ja {
        sinds: d(2026, 1, 1)?,
    })?;
    println!("{}", Motivering::new(&coach, Taal::Nl));

    // The quotumheffing of an employer in the government sector over 2026 (Wfsv art. 38g, 38h).
    let quotum = Quotumfeiten::new(
        2026,
        Sector::Overheid,
        Activering::Geactiveerd,
        "1000000".parse()?,
        Percentage::new("2.5".parse()?)?,
        "11740".parse()?,
        "1326".parse()?,
    )?;
    println!(
        "{}",
        Motivering::new(&quotumheffing(&quotum)?.decision(), Taal::Nl)
    );
    Ok(())
}
