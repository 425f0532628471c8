//! The outflow file: the end of bijstand with its reason, one line per ending, as a municipal
//! system exports its end events (`examples/data/uitstroom.csv`). The people who left are no
//! longer in the caseload file; their endings are here.
//!
//! ```text
//! id,einde,reden
//! 4001,2025-03-01,werk
//! ```
//!
//! `einde` is the first day without bijstand and `reden` a `bijstand::beeindiging`
//! reason by its wire name (`werk`, `ander_inkomen`, `inkomen_partner`, `verhuizing`,
//! `pensioenleeftijd`, ...).

use std::fmt::Write as _;

use chrono::NaiveDate;
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};

use super::data::Regelfout;

/// The header of the outflow file.
pub const HEADER: &str = "id,einde,reden";

/// One ending of bijstand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uitstroom {
    /// The person's id in the municipality's system.
    pub id: u32,
    /// The first day without bijstand and the reason.
    pub beeindiging: Beeindiging,
}

/// Reads an outflow file; a bad line is reported with its line, id and reason, and the rest is
/// read. Only a wrong header stops the reading.
pub fn lees(text: &str) -> Result<(Vec<Uitstroom>, Vec<Regelfout>), String> {
    let mut out = Vec::new();
    let mut fouten = Vec::new();
    let mut header_seen = false;
    for (index, line) in text.lines().enumerate() {
        let n = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            if line != HEADER {
                return Err(format!("line {n}: expected the header {HEADER:?}"));
            }
            header_seen = true;
            continue;
        }
        match regel(line) {
            Ok(u) => out.push(u),
            Err(reden) => fouten.push(Regelfout {
                regel: n,
                id: line.split(',').next().and_then(|id| id.trim().parse().ok()),
                reden,
            }),
        }
    }
    if !header_seen {
        return Err(format!("no header line {HEADER:?}"));
    }
    Ok((out, fouten))
}

fn regel(line: &str) -> Result<Uitstroom, String> {
    let f: Vec<&str> = line.split(',').map(str::trim).collect();
    let [id, einde, reden] = f[..] else {
        return Err(format!("expected 3 fields, found {}", f.len()));
    };
    let id = id
        .parse()
        .map_err(|_| format!("id: cannot read {id:?} as a number"))?;
    let einde: NaiveDate = einde
        .parse()
        .map_err(|_| format!("einde: cannot read {einde:?} as YYYY-MM-DD"))?;
    let reden: Beeindigingsreden = reden
        .parse()
        .map_err(|e: participatiewet::Error| format!("reden: {e}"))?;
    let beeindiging = Beeindiging::new(einde, reden).map_err(|e| format!("einde: {e}"))?;
    Ok(Uitstroom { id, beeindiging })
}

/// Writes endings in the file format (the inverse of [`lees`]).
pub fn to_csv(uitstroom: &[Uitstroom]) -> String {
    let mut out = String::from(
        "# Synthetic endings of bijstand in the year before 2026-01-01, for the flows of the report.\n",
    );
    out.push_str(HEADER);
    out.push('\n');
    for u in uitstroom {
        let _ = writeln!(
            out,
            "{},{},{}",
            u.id,
            u.beeindiging.datum(),
            u.beeindiging.reden()
        );
    }
    out
}

/// `n` synthetic endings spread over 2025 (a first day without bijstand from 2025-01-02 to
/// 2026-01-01), ids from 5001, with reasons in the proportions of a mid-sized municipality:
/// about 40% work, 15% other income, 8% a partner's income, 12% moving, 10% AOW age, and the
/// rest detention, death, study or another reason.
pub fn generate(n: u32, seed: u64) -> Vec<Uitstroom> {
    use Beeindigingsreden as R;
    let mut rng = super::data::Rng(seed ^ 0x5EED_0F0F_1234_5678);
    let mut next = move |hi: u64| rng.next() % hi;
    let begin = NaiveDate::from_ymd_opt(2025, 1, 2).unwrap_or(NaiveDate::MIN);
    (1..=n)
        .filter_map(|i| {
            let dag = begin + chrono::Duration::days(i64::try_from(next(365)).unwrap_or(0));
            let reden = match next(100) {
                0..=39 => R::Werk,
                40..=54 => R::AnderInkomen,
                55..=62 => R::InkomenPartner,
                63..=74 => R::Verhuizing,
                75..=84 => R::Pensioenleeftijd,
                85..=88 => R::Detentie,
                89..=92 => R::Overlijden,
                93..=95 => R::Studie,
                _ => R::Overig,
            };
            Some(Uitstroom {
                id: 5000 + i,
                beeindiging: Beeindiging::new(dag, reden).ok()?,
            })
        })
        .collect()
}

/// The endings moved by whole months to the peildatum's month, as the caseload is
/// ([`super::data::op_peildatum`]).
pub fn op_peildatum(uitstroom: Vec<Uitstroom>, peildatum: NaiveDate) -> Vec<Uitstroom> {
    let maanden = super::data::maanden_tot(peildatum);
    uitstroom
        .into_iter()
        .filter_map(|u| {
            let dag = super::data::schuif(u.beeindiging.datum(), maanden);
            Some(Uitstroom {
                id: u.id,
                beeindiging: Beeindiging::new(dag, u.beeindiging.reden()).ok()?,
            })
        })
        .collect()
}
