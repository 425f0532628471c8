//! The README's main job: run an embedded caseload through the crate at a `peildatum` and print
//! every decision with its grounds.
//!
//! ```text
//! cargo run --example caseload
//! cargo run --example caseload -- --peildatum 2025-07-01
//! ```
//!
//! Until the domain modules land this covers the foundation: the statutory minimum wage for
//! each client's age and the client's AOW date.

use std::process::ExitCode;

use chrono::NaiveDate;
use participatiewet::{Citation, Decision, Error, Ground, Money, Parameters, Regulation};

/// The embedded default caseload: name and birth date.
const CASELOAD: &[(&str, (i32, u32, u32))] = &[
    ("A. (19, student leaving vso)", (2006, 3, 1)),
    ("B. (single, 45)", (1980, 9, 15)),
    ("C. (born on 29 February)", (1964, 2, 29)),
    ("D. (older unemployed)", (1961, 1, 15)),
];

const DEFAULT_PEILDATUM: (i32, u32, u32) = (2026, 1, 1);

fn minimum_wage(
    p: &Parameters,
    birth: NaiveDate,
    peildatum: NaiveDate,
) -> Result<Decision<Money>, Error> {
    let amount = p.minimumloon_per_maand(birth, peildatum)?;
    let row = p.wml_per_maand.at(peildatum)?;
    Ok(Decision::new(amount).because(Ground::new(
        Citation::article(Regulation::Wmm, "8").lid(1),
        format!(
            "adult minimum wage {} per month from {} ({}); youth scale applied for the age on {peildatum}",
            row.value, row.valid_from, row.source
        ),
    )))
}

fn aow_date(p: &Parameters, birth: NaiveDate) -> Result<Decision<NaiveDate>, Error> {
    let date = p.aow_datum(birth)?;
    let age = p.aow_leeftijd.at(date)?.value;
    Ok(Decision::new(date).because(Ground::new(
        Citation::article(Regulation::Aow, "7a"),
        format!("AOW age for a person reaching it in that year: {age}"),
    )))
}

fn parse_args() -> Result<NaiveDate, String> {
    let mut args = std::env::args().skip(1);
    let (y, m, d) = DEFAULT_PEILDATUM;
    let mut peildatum = NaiveDate::from_ymd_opt(y, m, d).ok_or("bad default date")?;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--peildatum" => {
                let value = args
                    .next()
                    .ok_or("--peildatum needs a date like 2025-07-01")?;
                peildatum = value
                    .parse()
                    .map_err(|_| format!("cannot read {value:?} as a date like 2025-07-01"))?;
            }
            other => {
                return Err(format!(
                    "unknown argument {other:?}; use --peildatum YYYY-MM-DD"
                ));
            }
        }
    }
    Ok(peildatum)
}

fn main() -> ExitCode {
    let peildatum = match parse_args() {
        Ok(date) => date,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let params = Parameters::bundled();
    println!("Caseload on {peildatum}\n");
    for &(name, (y, m, d)) in CASELOAD {
        let Some(birth) = NaiveDate::from_ymd_opt(y, m, d) else {
            continue;
        };
        println!("{name}, born {birth}");
        match minimum_wage(&params, birth, peildatum) {
            Ok(decision) => println!("  minimum wage per month: {decision}"),
            Err(err) => println!("  minimum wage per month: not determined: {err}"),
        }
        match aow_date(&params, birth) {
            Ok(decision) => println!("  AOW date: {decision}"),
            Err(err) => println!("  AOW date: not determined: {err}"),
        }
        println!();
    }
    ExitCode::SUCCESS
}
