//! A person in a laundry job: a measurement with three hoofdtaken, the resulting loonwaarde,
//! and the monthly loonkostensubsidie on two dates across the 1 January re-indexation
//! (Pw art. 10d lid 7), each printed with its grounds.
//!
//! Run with `cargo run --example loonkostensubsidie`.

use chrono::NaiveDate;
use participatiewet::legacy::Eligibility;
use participatiewet::{
    Dienstbetrekking, Error, Hoofdtaak, LksGrondslag, Loonwaardemeting, Normfunctie, Parameters,
    loonkostensubsidie, loonwaarde_meten,
};
use rust_decimal::dec;

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(Error::InvalidFacts {
        field: "date".into(),
        reason: "no such day".into(),
    })
}

fn main() -> Result<(), Error> {
    let params = Parameters::bundled();
    let geboren = date(1998, 9, 14)?;
    let meting = Loonwaardemeting::new(
        date(2024, 3, 1)?,
        Normfunctie::new("medewerker wasserij", "38".parse()?)?,
        "32".parse()?,
        4,
        vec![
            Hoofdtaak::new(
                "strijken en vouwen",
                "16".parse()?,
                dec!(110),
                "90".parse()?,
                "80".parse()?,
            ),
            Hoofdtaak::new(
                "uitgifte",
                "10".parse()?,
                dec!(70),
                "100".parse()?,
                "90".parse()?,
            ),
            Hoofdtaak::new(
                "sorteren",
                "6".parse()?,
                dec!(80),
                "75".parse()?,
                "100".parse()?,
            ),
        ],
    );
    let rapport = loonwaarde_meten(&meting)?;
    println!(
        "Rapport loonwaardemeting {} (normfunctie: {})",
        rapport.datum, rapport.normfunctie
    );
    println!(
        "{:<20} {:>8} {:>6} {:>10} {:>8} {:>10}",
        "hoofdtaak", "aandeel", "tempo", "kwaliteit", "netto", "bijdrage"
    );
    for t in &rapport.taken {
        println!(
            "{:<20} {:>7}% {:>5}% {:>9}% {:>7}% {:>9}%",
            t.omschrijving,
            t.aandeel.round_dp(2).normalize(),
            t.tempo.normalize(),
            t.kwaliteit.normalize(),
            t.netto_werktijd.normalize(),
            t.bijdrage.round_dp(2).normalize()
        );
    }
    let loonwaarde = rapport.decision();
    println!("\nLoonwaarde: {loonwaarde}\n");

    let baan = Dienstbetrekking::new(
        geboren,
        "32".parse()?,
        "38".parse()?,
        date(2024, 4, 1)?,
        false,
    )?;
    for peildatum in [date(2024, 12, 1)?, date(2025, 1, 1)?] {
        match loonkostensubsidie(
            &baan,
            LksGrondslag::Loonwaarde(loonwaarde.value),
            peildatum,
            &params,
        )? {
            Eligibility::Eligible(d) => println!("LKS per maand op {peildatum}: {d}\n"),
            Eligibility::NotEligible(reasons) => {
                println!("Geen LKS op {peildatum}:");
                for r in reasons {
                    println!("  - {r}");
                }
            }
            _ => println!("(unknown outcome)"),
        }
    }
    Ok(())
}
