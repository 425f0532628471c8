//! Decides one case read as JSON from standard input, and prints the decision as JSON.
//!
//! ```sh
//! cargo run --example evaluate < examples/cases/bijstand_alleenstaande.json
//! cargo run --example evaluate -- --motivering --verzonden 2026-01-20 < examples/cases/ww_duur.json
//! cargo run --example evaluate -- --motivering --taal en < examples/cases/loonkostensubsidie.json
//! ```
//!
//! A case is one object whose key names the rule (`bijstand`, `ww_recht`, `ww_duur`,
//! `loonkostensubsidie`, `beschut_werk`) and whose value carries the rule's facts in the
//! crate's wire format (`{"bijstand": {"peildatum": "2026-01-01", "feiten": {...}}}`); `examples/cases/` holds one of each, with the expected answer beside it
//! (`<case>.out`, checked by `cargo test`). A refused case prints the crate's error (its
//! `code`, its `field` by wire path, and the message) and exits with status 2.

mod zaak;

use std::io::Read as _;
use std::process::ExitCode;

use participatiewet::Taal;

fn main() -> ExitCode {
    let mut opties = zaak::Opties {
        motivering: false,
        taal: Taal::Nl,
        verzonden: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--motivering" => opties.motivering = true,
            "--taal" => match args.next().as_deref() {
                Some("nl") => opties.taal = Taal::Nl,
                Some("en") => opties.taal = Taal::En,
                other => return usage(&format!("--taal expects nl or en, got {other:?}")),
            },
            "--verzonden" => match args.next().map(|s| s.parse()) {
                Some(Ok(datum)) => {
                    opties.verzonden = Some(datum);
                    opties.motivering = true;
                }
                _ => return usage("--verzonden expects a date, e.g. 2026-01-20"),
            },
            other => return usage(&format!("unknown argument {other}")),
        }
    }
    let mut json = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut json) {
        return usage(&format!("cannot read standard input: {e}"));
    }
    match zaak::beantwoord(&json, opties) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(out) => {
            print!("{out}");
            ExitCode::from(2)
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!(
        "{problem}\nusage: evaluate [--motivering] [--taal nl|en] [--verzonden DATE] < case.json"
    );
    ExitCode::from(64)
}
