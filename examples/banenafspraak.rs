//! Banenafspraak: is a person in the doelgroepregister, on which ground; how many banen the
//! region's placements count for on a date; and how that compares with the targets.
//!
//! `cargo run --example banenafspraak`

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    Arbeidsrelatie, Baan, BeschutWerk, Categorie, Feiten, Inschrijving, Minimumloonvaststelling,
    Omvang, Realisatie, Regiodoel, RegionaleAfspraak, Sector, Toeleiding, Wajong, beoordeel, tel,
};
use participatiewet::{Bezwaar, Hours, Motivering, Taal};

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
    let afspraak = RegionaleAfspraak::new(
        "Regionaal werkbedrijf, banenafspraak 2014-2017 en daarna",
        vec![
            Regiodoel::new(
                Categorie::Arbeidsbeperking,
                2014,
                Some(2017),
                Omvang::Totaal(585),
            ),
            Regiodoel::new(
                Categorie::BredereDoelgroep,
                2014,
                Some(2017),
                Omvang::Totaal(415),
            ),
            Regiodoel::new(
                Categorie::Garantiebanen(Sector::NietOverheid),
                2014,
                Some(2017),
                Omvang::Totaal(365),
            ),
            Regiodoel::new(
                Categorie::Garantiebanen(Sector::Overheid),
                2014,
                Some(2017),
                Omvang::Totaal(140),
            ),
            Regiodoel::new(
                Categorie::Arbeidsbeperking,
                2018,
                None,
                Omvang::PerJaar(1000),
            ),
        ],
    )?;
    if let Some(r) = Realisatie::regionaal(&telling, &afspraak, Categorie::Arbeidsbeperking, 2026) {
        println!("{}", Motivering::new(&r.decision(), Taal::Nl));
    }
    if let Some(r) = Realisatie::landelijk(&telling, Sector::NietOverheid, 2025) {
        println!("{}", Motivering::new(&r.decision(), Taal::Nl));
    }
    Ok(())
}
