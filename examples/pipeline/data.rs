//! The caseload file: one person per line, and the deterministic generator of the synthetic
//! caseload that ships with the crate (`examples/data/caseload.csv`).
//!
//! Format (UTF-8 CSV, comma-separated, a header line, `#` lines are comments, empty fields
//! allowed where marked):
//!
//! | column | content |
//! |---|---|
//! | `id` | a number identifying the person in the caller's system |
//! | `geboren` | date of birth, `YYYY-MM-DD` |
//! | `status` | `bijstand`, `nug`, `anw`, `ioaw`, `ioaz`, `lks` (job with loonkostensubsidie, no bijstand), `beschut` (beschut-werk job, no bijstand), `wsw` (Wsw dienstbetrekking), `ww` (receives WW) |
//! | `sinds` | since when, `YYYY-MM-DD`: first day of bijstand or support; first day of the job (`lks`, `beschut`); first day of the Wsw dienstbetrekking (`wsw`); first day of unemployment (`ww`) |
//! | `diagnose` | optional: `ladder:N` (participatieladder rung 1–6), `zrm:DDDDDDDDDDDDD` (13 Zelfredzaamheid-Matrix scores 1–5), `oordeel:beperkt`, `oordeel:na_ondersteuning`, `oordeel:direct`; places `bijstand`, and `anw`, `ioaw`, `ioaz` when the policy's segment 0 is "geen uitkering" |
//! | `werkjaren_vanaf` | `ww` only, optional: first calendar year of an uninterrupted work history of 1,800 hours a year up to the year before unemployment (empty: only the wekeneis is met) |
//! | `beschut` | optional beschut-werk stage: `aangevraagd:YYYY-MM-DD` (advice requested), `vastgesteld:YYYY-MM-DD` (the college determined beschut werk; waiting for a place) |
//! | `loonwaarde` | `lks` only: the loonwaarde in whole percent, 0–100 |
//! | `uren` | `lks` only: agreed hours a week |
//! | `huishouden` | optional: the household (Participatiewet art. 3, 4) |
//! | `loonwaarde_vastgesteld` | `lks` only, optional: the day the college last determined the loonwaarde (Participatiewet art. 10d lid 6); a file with the older header without this column is read too |

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use participatiewet::bijstand::Huishouden;
use participatiewet::doelgroep::{Diagnose, Trede, Werkperspectief, ZrmScores};

/// The status column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Bijstand,
    Nug,
    Anw,
    Ioaw,
    Ioaz,
    Lks,
    Beschut,
    Wsw,
    Ww,
}

impl Status {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "bijstand" => Self::Bijstand,
            "nug" => Self::Nug,
            "anw" => Self::Anw,
            "ioaw" => Self::Ioaw,
            "ioaz" => Self::Ioaz,
            "lks" => Self::Lks,
            "beschut" => Self::Beschut,
            "wsw" => Self::Wsw,
            "ww" => Self::Ww,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bijstand => "bijstand",
            Self::Nug => "nug",
            Self::Anw => "anw",
            Self::Ioaw => "ioaw",
            Self::Ioaz => "ioaz",
            Self::Lks => "lks",
            Self::Beschut => "beschut",
            Self::Wsw => "wsw",
            Self::Ww => "ww",
        }
    }
}

/// A beschut-werk procedure in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeschutStap {
    Geen,
    Aangevraagd(NaiveDate),
    Vastgesteld(NaiveDate),
}

/// One line of the caseload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Persoon {
    pub id: u32,
    pub geboren: NaiveDate,
    pub status: Status,
    pub sinds: NaiveDate,
    pub diagnose: Option<Diagnose>,
    pub werkjaren_vanaf: Option<i32>,
    pub beschut: BeschutStap,
    pub loonwaarde: Option<u8>,
    pub uren: Option<u8>,
    /// The household (Participatiewet art. 3, 4), when the file records it.
    pub huishouden: Option<Huishouden>,
    /// The day the college last determined the loonwaarde of an LKS job (Participatiewet
    /// art. 10d lid 6), when the file records it.
    pub loonwaarde_vastgesteld: Option<NaiveDate>,
}

pub const HEADER: &str = "id,geboren,status,sinds,diagnose,werkjaren_vanaf,beschut,loonwaarde,uren,huishouden,loonwaarde_vastgesteld";

/// The header of files written before the `loonwaarde_vastgesteld` column: still read.
pub const HEADER_ZONDER_VASTSTELLING: &str =
    "id,geboren,status,sinds,diagnose,werkjaren_vanaf,beschut,loonwaarde,uren,huishouden";

/// Reads a caseload file; the error names the line and the field.
#[allow(
    dead_code,
    reason = "the strict reader the tests use; the example reads with `lees`"
)]
pub fn parse(text: &str) -> Result<Vec<Persoon>, String> {
    let gelezen = lees(text)?;
    match gelezen.fouten.first() {
        Some(fout) => Err(fout.to_string()),
        None => Ok(gelezen.people),
    }
}

/// A line of the caseload file that could not be read: where, whose, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regelfout {
    /// The line number (1 is the first line of the file).
    pub regel: usize,
    /// The person's id, when the id field could be read.
    pub id: Option<u32>,
    /// What is wrong, naming the field.
    pub reden: String,
}

impl std::fmt::Display for Regelfout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.id {
            Some(id) => write!(f, "line {} (id {id}): {}", self.regel, self.reden),
            None => write!(f, "line {}: {}", self.regel, self.reden),
        }
    }
}

/// The people read from a caseload file, and every line that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Gelezen {
    /// The people, in file order.
    pub people: Vec<Persoon>,
    /// The bad lines, in file order; the rest of the file is still read.
    pub fouten: Vec<Regelfout>,
}

/// Reads a caseload file and goes on past a bad line: every bad line is reported with its line
/// number, id and reason. Only a missing or wrong header stops the reading.
pub fn lees(text: &str) -> Result<Gelezen, String> {
    let mut out = Gelezen::default();
    let mut header_seen = false;
    let mut met_vaststelling = true;
    for (index, line) in text.lines().enumerate() {
        let n = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            if line != HEADER && line != HEADER_ZONDER_VASTSTELLING {
                return Err(format!("line {n}: expected the header {HEADER:?}"));
            }
            met_vaststelling = line == HEADER;
            header_seen = true;
            continue;
        }
        match parse_line(line, met_vaststelling) {
            Ok(p) => out.people.push(p),
            Err(reden) => out.fouten.push(Regelfout {
                regel: n,
                id: line.split(',').next().and_then(|id| id.trim().parse().ok()),
                reden,
            }),
        }
    }
    if !header_seen {
        return Err(format!("no header line {HEADER:?}"));
    }
    Ok(out)
}

fn parse_line(line: &str, met_vaststelling: bool) -> Result<Persoon, String> {
    let mut f: Vec<&str> = line.split(',').map(str::trim).collect();
    let verwacht = if met_vaststelling { 11 } else { 10 };
    if f.len() != verwacht {
        return Err(format!("expected {verwacht} fields, found {}", f.len()));
    }
    let vastgesteld = if met_vaststelling { f.pop() } else { None };
    let [
        id,
        geboren,
        status,
        sinds,
        diagnose,
        werkjaren,
        beschut,
        loonwaarde,
        uren,
        huishouden,
    ] = f[..]
    else {
        return Err(format!("expected 10 fields, found {}", f.len()));
    };
    let date = |field: &str, v: &str| -> Result<NaiveDate, String> {
        v.parse()
            .map_err(|_| format!("{field}: cannot read {v:?} as YYYY-MM-DD"))
    };
    let opt_num = |field: &str, v: &str| -> Result<Option<u32>, String> {
        if v.is_empty() {
            Ok(None)
        } else {
            v.parse()
                .map(Some)
                .map_err(|_| format!("{field}: cannot read {v:?} as a number"))
        }
    };
    let status = Status::parse(status).ok_or_else(|| {
        format!(
            "status: unknown {status:?}; valid are bijstand, nug, anw, ioaw, ioaz, lks, beschut, wsw, ww"
        )
    })?;
    let diagnose = if diagnose.is_empty() {
        None
    } else {
        Some(parse_diagnose(diagnose)?)
    };
    let beschut = match beschut.split_once(':') {
        None if beschut.is_empty() => BeschutStap::Geen,
        Some(("aangevraagd", d)) => BeschutStap::Aangevraagd(date("beschut", d)?),
        Some(("vastgesteld", d)) => BeschutStap::Vastgesteld(date("beschut", d)?),
        _ => {
            return Err(format!(
                "beschut: cannot read {beschut:?}; valid are empty, aangevraagd:YYYY-MM-DD or vastgesteld:YYYY-MM-DD"
            ));
        }
    };
    let small = |field: &str, v: Option<u32>, max: u32| -> Result<Option<u8>, String> {
        match v {
            Some(x) if x > max => Err(format!("{field}: {x} is above {max}")),
            Some(x) => Ok(u8::try_from(x).ok()),
            None => Ok(None),
        }
    };
    let loonwaarde_vastgesteld = match vastgesteld {
        Some(v) if !v.is_empty() => Some(date("loonwaarde_vastgesteld", v)?),
        _ => None,
    };
    Ok(Persoon {
        loonwaarde_vastgesteld,
        id: id
            .parse()
            .map_err(|_| format!("id: cannot read {id:?} as a number"))?,
        geboren: date("geboren", geboren)?,
        status,
        sinds: date("sinds", sinds)?,
        diagnose,
        werkjaren_vanaf: opt_num("werkjaren_vanaf", werkjaren)?
            .map(|y| i32::try_from(y).unwrap_or(i32::MAX)),
        beschut,
        loonwaarde: small("loonwaarde", opt_num("loonwaarde", loonwaarde)?, 100)?,
        uren: small("uren", opt_num("uren", uren)?, 60)?,
        huishouden: parse_huishouden(huishouden)?,
    })
}

fn parse_huishouden(s: &str) -> Result<Option<Huishouden>, String> {
    let partner = |d: &str| -> Result<NaiveDate, String> {
        d.parse()
            .map_err(|_| format!("huishouden: cannot read the partner's birth date {d:?}"))
    };
    let err = |e: participatiewet::Error| format!("huishouden: {e}");
    Ok(Some(match s.split_once(':') {
        None if s.is_empty() => return Ok(None),
        None if s == "alleenstaande" => Huishouden::alleenstaande(),
        None if s == "alleenstaande_ouder" => Huishouden::alleenstaande_ouder(),
        Some(("gehuwden", d)) => Huishouden::gehuwden(partner(d)?).map_err(err)?,
        Some(("gehuwden_met_kinderen", d)) => {
            Huishouden::gehuwden_met_kinderen(partner(d)?).map_err(err)?
        }
        _ => {
            return Err(format!(
                "huishouden: cannot read {s:?}; valid are empty, alleenstaande, alleenstaande_ouder, gehuwden:YYYY-MM-DD or gehuwden_met_kinderen:YYYY-MM-DD (the partner's birth date)"
            ));
        }
    }))
}

fn huishouden_text(h: Huishouden) -> String {
    match h.partner() {
        Some(partner) => format!("{}:{partner}", h.tag()),
        None => h.tag().to_owned(),
    }
}

fn parse_diagnose(s: &str) -> Result<Diagnose, String> {
    let err = |e: participatiewet::Error| format!("diagnose: {e}");
    match s.split_once(':') {
        Some(("ladder", n)) => {
            let n: u8 = n
                .parse()
                .map_err(|_| format!("diagnose: cannot read rung {n:?}"))?;
            Ok(Diagnose::Participatieladder(Trede::new(n).map_err(err)?))
        }
        Some(("zrm", digits)) => {
            let scores: Vec<u8> = digits.bytes().map(|b| b.wrapping_sub(b'0')).collect();
            Ok(Diagnose::Zelfredzaamheidsmatrix(
                ZrmScores::try_from(scores).map_err(err)?,
            ))
        }
        Some(("oordeel", "beperkt")) => Ok(Diagnose::Oordeel(Werkperspectief::Beperkt)),
        Some(("oordeel", "na_ondersteuning")) => {
            Ok(Diagnose::Oordeel(Werkperspectief::NaOndersteuning))
        }
        Some(("oordeel", "direct")) => Ok(Diagnose::Oordeel(Werkperspectief::Direct)),
        _ => Err(format!(
            "diagnose: cannot read {s:?}; valid are ladder:1..6, zrm:<digits 1..5>, oordeel:beperkt, oordeel:na_ondersteuning, oordeel:direct"
        )),
    }
}

fn diagnose_text(d: &Diagnose) -> String {
    match d {
        Diagnose::Participatieladder(t) => format!("ladder:{}", t.value()),
        Diagnose::Zelfredzaamheidsmatrix(z) => {
            let digits: String = z.scores().iter().map(|s| char::from(b'0' + s)).collect();
            format!("zrm:{digits}")
        }
        Diagnose::Oordeel(Werkperspectief::Beperkt) => "oordeel:beperkt".to_owned(),
        Diagnose::Oordeel(Werkperspectief::NaOndersteuning) => {
            "oordeel:na_ondersteuning".to_owned()
        }
        _ => "oordeel:direct".to_owned(),
    }
}

/// Writes people in the file format (the inverse of [`parse`]).
pub fn to_csv(people: &[Persoon]) -> String {
    let mut out = String::new();
    out.push_str(
        "# Synthetic caseload of a municipality of about 130,000 inhabitants, shaped like its\n",
    );
    out.push_str(
        "# council documents' figures (Zwolle 2017: ~500 clients in segment 2, ~600 Wsw employees).\n",
    );
    out.push_str("# Generated by `cargo run --example caseload -- --generate 3200`; format: examples/data/README.md\n");
    out.push_str(HEADER);
    out.push('\n');
    for p in people {
        let opt = |v: Option<String>| v.unwrap_or_default();
        let beschut = match p.beschut {
            BeschutStap::Geen => String::new(),
            BeschutStap::Aangevraagd(d) => format!("aangevraagd:{d}"),
            BeschutStap::Vastgesteld(d) => format!("vastgesteld:{d}"),
        };
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{}",
            p.id,
            p.geboren,
            p.status.as_str(),
            p.sinds,
            opt(p.diagnose.as_ref().map(diagnose_text)),
            opt(p.werkjaren_vanaf.map(|y| y.to_string())),
            beschut,
            opt(p.loonwaarde.map(|v| v.to_string())),
            opt(p.uren.map(|v| v.to_string())),
            opt(p.huishouden.map(huishouden_text)),
            opt(p.loonwaarde_vastgesteld.map(|d| d.to_string())),
        );
    }
    out
}

/// SplitMix64: a tiny deterministic generator, so the data never depends on a crate version.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi - lo + 1).unwrap_or(1).max(1);
        lo + i64::try_from(self.next() % span).unwrap_or(0)
    }

    fn date(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let days = (to - from).num_days();
        from + chrono::Duration::days(self.range(0, days))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The shape of the municipality: share of each kind of person, per 10,000.
const SHAPE: [(Kind, u32); 12] = [
    (Kind::Segment(1), 2600),
    (Kind::Segment(2), 1560),
    (Kind::Segment(3), 900),
    (Kind::BijstandZonderDiagnose, 180),
    (Kind::Status(Status::Nug), 560),
    (Kind::Status(Status::Anw), 90),
    (Kind::Status(Status::Ioaw), 120),
    (Kind::Status(Status::Ioaz), 30),
    (Kind::Wsw, 1870),
    (Kind::Ww, 1110),
    (Kind::Beschut, 150),
    (Kind::Lks, 830),
];

#[derive(Clone, Copy)]
enum Kind {
    Segment(u8),
    BijstandZonderDiagnose,
    Status(Status),
    Wsw,
    Ww,
    Beschut,
    Lks,
}

/// A deterministic synthetic caseload of `n` people (the same `n` and `seed` give the same
/// people on every machine). Dates are chosen around 2026 so that the default peildatum
/// (2026-01-01) sees WW ending in the coming months.
/// The synthetic caseload as it stands on `peildatum`: the people of [`generate`] (drawn
/// around 2026-01-01, the embedded file) moved by whole months to the peildatum's month, so a
/// run on any date the tables cover shows live cases. What the law fixes is not moved: Wsw staff keep their Wsw
/// start before 2015-01-01 (no inflow since), and no loonkostensubsidie or beschut-werk start
/// moves before the Participatiewet began (2015-01-01).
pub fn op_peildatum(people: Vec<Persoon>, peildatum: NaiveDate) -> Vec<Persoon> {
    let maanden = maanden_tot(peildatum);
    people.into_iter().map(|p| verschuif(p, maanden)).collect()
}

/// The whole months from January of [`GENERATED_YEAR`] to the peildatum's month.
pub fn maanden_tot(peildatum: NaiveDate) -> i32 {
    (peildatum.year() - GENERATED_YEAR) * 12 + i32::try_from(peildatum.month0()).unwrap_or(0)
}

/// `d` moved by `maanden` whole months; a day past the end of the target month falls on its
/// last day (31 March minus one month is 28 or 29 February).
pub fn schuif(d: NaiveDate, maanden: i32) -> NaiveDate {
    participatiewet::add_months(d, maanden, participatiewet::MonthEnd::LastDay).unwrap_or(d)
}

/// The year [`generate`] draws its caseload around (its dates suit a peildatum in it).
pub const GENERATED_YEAR: i32 = 2026;

/// The first day of the Participatiewet: no start under it moves before this day.
const PARTICIPATIEWET: (i32, u32, u32) = (2015, 1, 1);

fn verschuif(mut p: Persoon, maanden: i32) -> Persoon {
    if maanden == 0 {
        return p;
    }
    let schuif = |d| schuif(d, maanden);
    let begin = ymd(PARTICIPATIEWET.0, PARTICIPATIEWET.1, PARTICIPATIEWET.2);
    match p.status {
        // Wsw: no inflow since 2015-01-01 (Wsw art. 1): the stock keeps its dates and ages.
        Status::Wsw => return p,
        Status::Lks | Status::Beschut => {
            p.sinds = schuif(p.sinds).max(begin);
            p.loonwaarde_vastgesteld = p.loonwaarde_vastgesteld.map(|d| schuif(d).max(p.sinds));
        }
        _ => p.sinds = schuif(p.sinds),
    }
    p.geboren = schuif(p.geboren);
    p.huishouden = p.huishouden.map(|h| match h.partner() {
        Some(partner) if h.kinderen() => {
            Huishouden::gehuwden_met_kinderen(schuif(partner)).unwrap_or(h)
        }
        Some(partner) => Huishouden::gehuwden(schuif(partner)).unwrap_or(h),
        None => h,
    });
    // The work history moves by the whole years the dates moved.
    p.werkjaren_vanaf = p
        .werkjaren_vanaf
        .map(|j| j + (schuif(ymd(GENERATED_YEAR, 1, 1)).year() - GENERATED_YEAR));
    p.beschut = match p.beschut {
        BeschutStap::Geen => BeschutStap::Geen,
        BeschutStap::Aangevraagd(d) => BeschutStap::Aangevraagd(schuif(d).max(begin)),
        BeschutStap::Vastgesteld(d) => BeschutStap::Vastgesteld(schuif(d).max(begin)),
    };
    p
}

pub fn generate(n: u32, seed: u64) -> Vec<Persoon> {
    let mut rng = Rng(seed);
    let total: u32 = SHAPE.iter().map(|(_, w)| w).sum();
    let mut people = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    for id in 1..=n {
        let mut pick = u32::try_from(rng.range(0, i64::from(total) - 1)).unwrap_or(0);
        let mut kind = Kind::Ww;
        for (k, w) in SHAPE {
            if pick < w {
                kind = k;
                break;
            }
            pick -= w;
        }
        let mut p = person(&mut rng, id, kind);
        p.huishouden = huishouden_voor(seed, &p);
        aanvullen(seed, &mut p);
        people.push(p);
    }
    people
}

fn person(rng: &mut Rng, id: u32, kind: Kind) -> Persoon {
    let mut p = Persoon {
        id,
        geboren: rng.date(ymd(1959, 3, 1), ymd(2006, 12, 31)),
        status: Status::Bijstand,
        sinds: rng.date(ymd(2016, 1, 1), ymd(2025, 12, 1)),
        diagnose: None,
        werkjaren_vanaf: None,
        beschut: BeschutStap::Geen,
        loonwaarde: None,
        uren: None,
        huishouden: None,
        loonwaarde_vastgesteld: None,
    };
    match kind {
        Kind::Segment(s) => {
            p.diagnose = Some(diagnose_for(rng, s));
            // a few bijstand clients are beschut-werk candidates
            if rng.range(0, 99) < 2 {
                p.beschut = if rng.range(0, 1) == 0 {
                    BeschutStap::Aangevraagd(rng.date(ymd(2025, 9, 15), ymd(2025, 12, 20)))
                } else {
                    BeschutStap::Vastgesteld(rng.date(ymd(2025, 1, 1), ymd(2025, 12, 15)))
                };
            }
        }
        Kind::BijstandZonderDiagnose => {
            p.sinds = rng.date(ymd(2025, 9, 1), ymd(2025, 12, 20));
        }
        Kind::Status(status) => {
            p.status = status;
            if status == Status::Ioaw {
                p.geboren = rng.date(ymd(1961, 1, 1), ymd(1966, 12, 31));
            }
        }
        Kind::Wsw => {
            p.status = Status::Wsw;
            p.geboren = rng.date(ymd(1959, 3, 1), ymd(1996, 12, 31));
            let earliest = ymd(p.geboren.year() + 18, 1, 1).max(ymd(1985, 1, 1));
            p.sinds = rng.date(earliest, ymd(2014, 12, 31));
        }
        Kind::Ww => {
            p.status = Status::Ww;
            p.geboren = rng.date(ymd(1959, 3, 1), ymd(2003, 12, 31));
            // first day of unemployment spread over 2024-10 .. 2025-12, so that the WW of
            // most ends in the months after the default peildatum 2026-01-01
            p.sinds = rng.date(ymd(2024, 10, 1), ymd(2025, 12, 15));
            let adult = p.geboren.year() + 18;
            if rng.range(0, 99) < 80 && adult <= 2020 {
                p.werkjaren_vanaf = Some(
                    i32::try_from(rng.range(i64::from(adult.max(1998)), 2020)).unwrap_or(2020),
                );
            }
        }
        Kind::Beschut => {
            p.status = Status::Beschut;
            p.sinds = rng.date(ymd(2017, 1, 1), ymd(2025, 12, 1));
        }
        Kind::Lks => {
            p.status = Status::Lks;
            p.sinds = rng.date(ymd(2021, 7, 1), ymd(2025, 12, 1));
            p.loonwaarde = u8::try_from(rng.range(20, 95)).ok();
            p.uren = [20, 24, 28, 32, 36, 36, 36, 38]
                .get(usize::try_from(rng.range(0, 7)).unwrap_or(0))
                .copied();
        }
    }
    p
}

/// The columns added after the first shipped file, each from a generator of its own (seeded
/// by the person's id) so the other columns do not change: a diagnosis for an Anw, IOAW or
/// IOAZ recipient (placed in segment 1–3 when the policy's segment 0 is "geen uitkering": a
/// third each), and for an LKS job the day of the last loonwaarde determination, in the year
/// before 2026-01-01 and not before the job (with a yearly agreement the re-determinations
/// fall due over 2026; those of December 2024 are overdue).
fn aanvullen(seed: u64, p: &mut Persoon) {
    let mut rng = Rng(seed ^ u64::from(p.id).wrapping_mul(0x9E6C_63D0_676A_9A99));
    match p.status {
        Status::Anw | Status::Ioaw | Status::Ioaz => {
            let segment = u8::try_from(rng.range(1, 3)).unwrap_or(2);
            p.diagnose = Some(diagnose_for(&mut rng, segment));
        }
        Status::Lks => {
            p.loonwaarde_vastgesteld =
                Some(rng.date(ymd(2024, 12, 1), ymd(2025, 12, 20)).max(p.sinds));
        }
        _ => {}
    }
}

/// The household of a generated person, from a generator of its own (seeded by the person's
/// id), so the other columns do not change with it: about 55% single, 10% single parents, 25%
/// couples and 10% couples with children, the partner up to 4 years older or younger. Wsw staff
/// get none (the file records households for benefit clients).
fn huishouden_voor(seed: u64, p: &Persoon) -> Option<Huishouden> {
    if p.status == Status::Wsw {
        return None;
    }
    let mut rng = Rng(seed ^ u64::from(p.id).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let partner = |rng: &mut Rng| p.geboren + chrono::Duration::days(rng.range(-4 * 365, 4 * 365));
    match rng.range(0, 99) {
        0..=54 => Some(Huishouden::alleenstaande()),
        55..=64 => Some(Huishouden::alleenstaande_ouder()),
        65..=89 => Huishouden::gehuwden(partner(&mut rng)).ok(),
        _ => Huishouden::gehuwden_met_kinderen(partner(&mut rng)).ok(),
    }
}

/// A diagnosis that places a client in `segment` under the default criteria, drawn from the
/// three instruments.
fn diagnose_for(rng: &mut Rng, segment: u8) -> Diagnose {
    let (lo, hi, perspectief) = match segment {
        1 => (1, 2, Werkperspectief::Beperkt),
        2 => (3, 4, Werkperspectief::NaOndersteuning),
        _ => (5, 6, Werkperspectief::Direct),
    };
    match rng.range(0, 9) {
        0..=5 => {
            let trede = u8::try_from(rng.range(lo, hi)).unwrap_or(1);
            Trede::new(trede).map_or(Diagnose::Oordeel(perspectief), Diagnose::Participatieladder)
        }
        6..=7 => {
            let mut s = [0_u8; 13];
            for x in &mut s {
                *x = u8::try_from(match segment {
                    1 => rng.range(1, 3),
                    2 => rng.range(3, 5),
                    _ => rng.range(4, 5),
                })
                .unwrap_or(3);
            }
            match segment {
                // at least three problem domains
                1 => {
                    s[0] = 2;
                    s[4] = 1;
                    s[9] = 2;
                }
                // one domain at 3 keeps it out of segment 3
                2 => s[12] = 3,
                _ => {}
            }
            ZrmScores::new(s).map_or(
                Diagnose::Oordeel(perspectief),
                Diagnose::Zelfredzaamheidsmatrix,
            )
        }
        _ => Diagnose::Oordeel(perspectief),
    }
}
