//! Three people whose WW ends in the coming months, from the municipality's point of view:
//! when the WW ends, when to inform them, when they may make the melding and apply, and what
//! follows — bijstand with its norm and start date, or IOW — each with its grounds.
//!
//! ```text
//! cargo run --example ww_naar_bijstand
//! ```

#![allow(clippy::print_stdout, reason = "an example prints its report")]

use std::process::ExitCode;

use chrono::NaiveDate;
use participatiewet::bijstand::{
    BijstandFeiten, Dossier, Huishouden, Medebewoner, Opening, State, ZoektermijnUitzondering,
    bijstand_op,
};
use participatiewet::ww::{self, Werkverleden, WwFeiten};
use participatiewet::{
    Beleid, Context, Error, Hours, Motivering, Parameters, Procedure, Taal, Text,
};
use rust_decimal::Decimal;

struct Persoon {
    naam: &'static str,
    geboren: NaiveDate,
    partner: Option<NaiveDate>,
    medebewoners: Vec<Medebewoner>,
    eerste_werkloosheidsdag: NaiveDate,
    /// Calendar years worked (1,800 hours each), if any: the jareneis and arbeidsverleden.
    gewerkt: Option<(i32, i32)>,
}

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, day).ok_or(Error::facts(
        "datum",
        Text::new("geen bestaande datum", "not a calendar date"),
    ))
}

fn mensen() -> Result<Vec<Persoon>, Error> {
    Ok(vec![
        Persoon {
            naam: "Sanne, 24, single, short WW (wekeneis only)",
            geboren: d(2002, 3, 1)?,
            partner: None,
            medebewoners: Vec::new(),
            eerste_werkloosheidsdag: d(2026, 5, 4)?,
            gewerkt: None,
        },
        Persoon {
            naam: "Ahmed (45) and Petra (44), son of 30 living at home",
            geboren: d(1981, 2, 1)?,
            partner: Some(d(1982, 4, 1)?),
            medebewoners: vec![Medebewoner::new(d(1996, 1, 1)?)?],
            eerste_werkloosheidsdag: d(2024, 10, 7)?,
            gewerkt: Some((1999, 2023)),
        },
        Persoon {
            naam: "Willem, 61, unemployed at 60 years and 4 months",
            geboren: d(1964, 9, 1)?,
            partner: None,
            medebewoners: Vec::new(),
            eerste_werkloosheidsdag: d(2025, 1, 6)?,
            gewerkt: Some((2019, 2024)),
        },
    ])
}

fn run(peildatum: NaiveDate) -> Result<(), Error> {
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    println!("WW ending in the coming months, seen on {peildatum}\n");
    for p in mensen()? {
        println!("== {}", p.naam);
        let uren = Hours::new(Decimal::from(36))?;
        let mut feiten = WwFeiten::new(p.geboren, p.eerste_werkloosheidsdag)?
            .uren(uren, uren)?
            .weken_gewerkt(36)?;
        if let Some((van, tot)) = p.gewerkt {
            feiten = feiten.werkverleden(Werkverleden::doorlopend(van, tot, 1800)?);
        }
        let duur = ww::uitkeringsduur(&feiten, &params)?;
        println!(
            "WW from {} to {} inclusive ({} months{}){}",
            duur.eerste_werkloosheidsdag(),
            duur.einddatum(),
            duur.maanden(),
            if duur.halve_maand() {
                " and a half"
            } else {
                ""
            },
            if duur.afgekapt_op_aow() {
                ", cut at AOW age"
            } else {
                ""
            }
        );
        for ground in duur.decision().grounds() {
            println!("  - {ground}");
        }

        let huishouden = p
            .partner
            .map_or(Ok(Huishouden::alleenstaande()), Huishouden::gehuwden)?;
        let dossier = Dossier::builder()
            .geboortedatum(p.geboren)
            .huishouden(huishouden)
            .ww_eerste_dag(p.eerste_werkloosheidsdag)
            .ww_laatste_dag(duur.einddatum())
            .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
            .build()?;
        println!(
            "policy: {} ({}), household: {}",
            dossier.ww_duur(&beleid)?.label().get(Taal::En),
            dossier.ww_duur(&beleid)?,
            huishouden.label().get(Taal::En),
        );
        let start = State::start(&Opening::new(dossier, peildatum)?, &ctx)?;
        // The stored row, and the letter's sentences of the deadlines.
        println!(
            "stored: {}",
            serde_json::to_string(&start.state).unwrap_or_default()
        );
        for effect in &start.effects {
            println!(
                "  {}: {} ({})",
                effect.code(),
                effect.text(Taal::Nl),
                effect.citation()
            );
        }

        let iow = ww::iow_recht(&feiten, &duur, ww::WwVerloop::VolledigeDuur, &params)?;
        if let Some(vanaf) = iow.uitkomst().value() {
            println!(
                "route: IOW from {vanaf} until the AOW date (no asset or partner test, IOW art. 3)\n"
            );
            continue;
        }
        let recht_vanaf = dossier.ww_dag_na_einde();
        let huishouden = match p.partner {
            Some(partner) => Huishouden::gehuwden(partner)?,
            None => Huishouden::Alleenstaande,
        };
        let bijstand = p
            .medebewoners
            .iter()
            .fold(BijstandFeiten::builder(p.geboren, huishouden), |b, m| {
                b.medebewoner(*m)
            })
            .build()?;
        let besluit = bijstand_op(&bijstand, recht_vanaf, &params)?.decision();
        println!(
            "route: bijstand from {recht_vanaf} at the earliest (art. 44), if they apply in time:\n{}",
            Motivering::new(&besluit, Taal::En)
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match d(2026, 6, 1).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}
