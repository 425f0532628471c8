//! The README's main job: a municipality's caseload through every domain of the crate at a
//! `peildatum`, printed as a report a policy officer reads, each line with its grounds.
//!
//! ```text
//! cargo run --example caseload                                  # the embedded caseload
//! cargo run --example caseload -- --taal nl                     # the whole report in Dutch
//! cargo run --example caseload -- --peildatum 2026-04-01        # on another date
//! cargo run --example caseload -- path/to/own.csv               # your own caseload file
//! cargo run --example caseload -- --explain 17                  # one person: due dates, motivering
//! cargo run --example caseload -- --explain 17 --taal en        # ... in English (Dutch by default)
//! cargo run --example caseload -- --generate 3200 > caseload.csv  # regenerate the synthetic file
//! cargo run --example caseload -- --html report.html           # also an HTML report with charts
//! cargo run --example caseload -- --beleid examples/data/beleid_ruim.json  # under another policy
//! cargo run --example caseload -- --beleid examples/data/beleid_standaard.json \
//!     --beleid examples/data/beleid_ruim.json                    # two policies side by side
//! ```
//!
//! A policy file is a `participatiewet::Beleid` in the crate's wire format; with two, the
//! report is the table of the policy settings and figures under each, the differences marked.
//! Among them the definition of segment 0 (`segment_0`): "geen uitkering" by default (who
//! receives no benefit, whatever the support; Anw, IOAW and IOAZ recipients are placed by
//! their diagnosis in segment 1-3), or `ondersteuning_zonder_bijstand` (`beleid_ruim.json`).
//!
//! Section 4 lists the loonwaarde re-determinations due in the next 6 months, per month and per
//! person, from the loonwaarde determination machine run from each LKS job's last
//! determination (`loonwaarde_vastgesteld`; Participatiewet art. 10d lid 6).
//!
//! `--taal nl|en` sets the language of what is printed. The report, the policy comparison and
//! the HTML page are English by default; `--taal nl` writes them in Dutch, the words of
//! municipal practice, amounts as `€ 1.401,50`, dates as `1 april 2026`, and grounds and
//! citations as the law writes them (`artikel 10b, vierde lid, van de Participatiewet`).
//! `--explain` is a caseworker's view of one person with the motivering of each decision as a
//! letter has it, so it is Dutch by default, its frame (headings, dates, "termijnen") too. Error messages on the terminal and the caseload
//! file's own words (status names, the source of a figure) stay as they are.
//!
//! The embedded caseload (`examples/data/caseload.csv`) is synthetic and deterministic: 3,200
//! people shaped like a mid-sized municipality (Zwolle, 2017), drawn around 2026-01-01. On
//! another peildatum it is moved by whole months to that date's month, so every run shows live
//! cases (the Wsw stock keeps its dates: no inflow since 2015). Its format is documented in
//! `examples/data/README.md`; a file of your own is read as it is.

use std::process::ExitCode;

use chrono::NaiveDate;

mod pipeline;

/// The embedded synthetic caseload.
const CASELOAD: &str = include_str!("data/caseload.csv");
/// The embedded endings of bijstand (the outflow of the year before 2026-01-01).
const UITSTROOM: &str = include_str!("data/uitstroom.csv");
/// The seed of the embedded caseload.
const SEED: u64 = 2017;

struct Args {
    peildatum: NaiveDate,
    path: Option<String>,
    generate: Option<u32>,
    generate_uitstroom: Option<u32>,
    explain: Option<u32>,
    beleid: Vec<String>,
    html: Option<String>,
    /// `--taal`, when given: the report's default is English, `--explain`'s Dutch.
    taal: Option<participatiewet::Taal>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut out = Args {
        peildatum: NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("bad default date")?,
        path: None,
        generate: None,
        generate_uitstroom: None,
        explain: None,
        beleid: Vec::new(),
        html: None,
        taal: None,
    };
    let number = |flag: &str, v: Option<String>| -> Result<u32, String> {
        let v = v.ok_or(format!("{flag} needs a number"))?;
        v.parse()
            .map_err(|_| format!("{flag}: cannot read {v:?} as a number"))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--peildatum" => {
                let value = args
                    .next()
                    .ok_or("--peildatum needs a date like 2026-01-01")?;
                out.peildatum = value
                    .parse()
                    .map_err(|_| format!("cannot read {value:?} as a date like 2026-01-01"))?;
            }
            "--generate" => out.generate = Some(number("--generate", args.next())?),
            "--generate-uitstroom" => {
                out.generate_uitstroom = Some(number("--generate-uitstroom", args.next())?);
            }
            "--explain" => out.explain = Some(number("--explain", args.next())?),
            "--taal" => {
                out.taal = match args.next().as_deref() {
                    Some("nl") => Some(participatiewet::Taal::Nl),
                    Some("en") => Some(participatiewet::Taal::En),
                    other => return Err(format!("--taal expects nl or en, got {other:?}")),
                }
            }
            "--html" => out.html = Some(args.next().ok_or("--html needs a file to write")?),
            "--beleid" => {
                if out.beleid.len() == 2 {
                    return Err("--beleid: at most two policies side by side".to_owned());
                }
                out.beleid
                    .push(args.next().ok_or("--beleid needs a policy file (JSON)")?);
            }
            other if other.starts_with("--") => {
                return Err(format!(
                    "unknown argument {other:?}; use --peildatum YYYY-MM-DD, --explain ID, --generate N, --beleid FILE, --html FILE, --taal nl|en, or a file path"
                ));
            }
            path => out.path = Some(path.to_owned()),
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if let Some(n) = args.generate {
        print!(
            "{}",
            pipeline::data::to_csv(&pipeline::data::generate(n, SEED))
        );
        return ExitCode::SUCCESS;
    }
    if let Some(n) = args.generate_uitstroom {
        print!(
            "{}",
            pipeline::uitstroom::to_csv(&pipeline::uitstroom::generate(n, SEED))
        );
        return ExitCode::SUCCESS;
    }
    let text = match &args.path {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("cannot read {path}: {err}");
                return ExitCode::from(2);
            }
        },
        None => CASELOAD.to_owned(),
    };
    let bron = args.path.as_deref().unwrap_or("embedded caseload");
    let people = match pipeline::data::lees(&text) {
        Ok(gelezen) => {
            // Every bad line is reported, and the rest of the caseload is still decided.
            for fout in &gelezen.fouten {
                eprintln!("{bron}: {fout} (line skipped)");
            }
            if args.path.is_some() {
                gelezen.people
            } else {
                // The embedded caseload as it stands on the peildatum: live cases on any date.
                pipeline::data::op_peildatum(gelezen.people, args.peildatum)
            }
        }
        Err(message) => {
            eprintln!("{bron}: {message}");
            return ExitCode::from(2);
        }
    };
    let mut omgevingen = Vec::new();
    for path in &args.beleid {
        match lees_beleid(path) {
            Ok(beleid) => omgevingen.push(pipeline::Omgeving {
                beleid,
                ..pipeline::Omgeving::voorbeeld()
            }),
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
        }
    }
    let taal = args.taal.unwrap_or(participatiewet::Taal::En);
    if let [a, b] = &omgevingen[..] {
        let ra = pipeline::run(&people, args.peildatum, a);
        let rb = pipeline::run(&people, args.peildatum, b);
        print!(
            "{}",
            pipeline::vergelijk::vergelijk_in(&ra, a, &rb, b, taal)
        );
        return ExitCode::SUCCESS;
    }
    let omgeving = omgevingen
        .pop()
        .unwrap_or_else(pipeline::Omgeving::voorbeeld);
    if let Some(id) = args.explain {
        let Some(p) = people.iter().find(|p| p.id == id) else {
            eprintln!("no person with id {id}");
            return ExitCode::from(2);
        };
        print!(
            "{}",
            pipeline::explain(
                p,
                args.peildatum,
                &omgeving,
                args.taal.unwrap_or(participatiewet::Taal::Nl)
            )
        );
        return ExitCode::SUCCESS;
    }
    rapport(&args, &people, &omgeving, taal)
}

/// The report in `taal` on standard output, and with `--html` also as an HTML page.
fn rapport(
    args: &Args,
    people: &[pipeline::data::Persoon],
    omgeving: &pipeline::Omgeving,
    taal: participatiewet::Taal,
) -> ExitCode {
    let mut rapport = pipeline::run(people, args.peildatum, omgeving);
    if args.path.is_none() {
        rapport.stromen = ingebedde_stromen(people, args.peildatum);
    }
    let tekst = pipeline::report_in(&rapport, omgeving, taal);
    if let Some(path) = &args.html {
        let written = pipeline::html::html_in(&rapport, omgeving, &tekst, taal)
            .and_then(|page| std::fs::write(path, page).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("cannot write {path}: {e}");
            return ExitCode::from(2);
        }
        eprintln!("wrote {path}");
    }
    print!("{tekst}");
    ExitCode::SUCCESS
}

/// A municipality's policy from a JSON file in the crate's wire format; a bad file gives the
/// crate's error with the field by its path.
fn lees_beleid(path: &str) -> Result<participatiewet::Beleid, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    participatiewet::from_json(&text).map_err(|e| {
        format!(
            "{path}: {} ({}, field {})",
            e,
            e.code(),
            e.field().unwrap_or("-")
        )
    })
}

/// The flows of the embedded caseload: its endings of bijstand, moved to the peildatum like
/// the caseload itself.
fn ingebedde_stromen(
    people: &[pipeline::data::Persoon],
    peildatum: NaiveDate,
) -> Option<pipeline::Stromen> {
    match pipeline::uitstroom::lees(UITSTROOM) {
        Ok((einden, fouten)) => {
            for fout in &fouten {
                eprintln!("embedded outflow: {fout} (line skipped)");
            }
            let einden = pipeline::uitstroom::op_peildatum(einden, peildatum);
            Some(pipeline::stromen(people, &einden, peildatum))
        }
        Err(message) => {
            eprintln!("embedded outflow: {message}");
            None
        }
    }
}
