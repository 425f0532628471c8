//! Generators and bookkeeping for the soak test: a small deterministic random source (the run
//! is reproducible), extreme values, and a JSON tamperer for stored rows.

#![allow(
    dead_code,
    reason = "each soak section uses its own part of the support"
)]

use chrono::NaiveDate;
use participatiewet::{EARLIEST, LATEST};
use rust_decimal::Decimal;
use serde_json::Value;

/// The run's multiplier, from `PARTICIPATIEWET_SOAK` (default 1).
pub fn scale() -> usize {
    std::env::var("PARTICIPATIEWET_SOAK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// Counts the calls a section made, and prints them with `--nocapture`.
#[derive(Default)]
pub struct Calls(pub u64);

impl Calls {
    pub fn add(&mut self, n: u64) {
        self.0 += n;
    }

    pub fn report(&self, section: &str) {
        println!("soak {section}: {} calls", self.0);
    }
}

/// xorshift64*: deterministic, no dependency, good enough to spread inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    pub fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[usize::try_from(self.below(items.len() as u64)).unwrap()]
    }

    /// A date: mostly 1930–2070, sometimes the crate's edges or chrono's limits.
    pub fn date(&mut self) -> NaiveDate {
        match self.below(20) {
            0 => *self.pick(&[NaiveDate::MIN, NaiveDate::MAX]),
            1 => *self.pick(&[
                EARLIEST,
                LATEST,
                EARLIEST.pred_opt().unwrap(),
                LATEST.succ_opt().unwrap(),
            ]),
            _ => {
                let base = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap();
                base + chrono::Days::new(self.below(51_000))
            }
        }
    }

    /// A date in 2015–2027, where the bundled tables have values.
    pub fn recent_date(&mut self) -> NaiveDate {
        NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(self.below(4_700))
    }

    /// A decimal: mostly ordinary amounts, sometimes extreme.
    pub fn decimal(&mut self) -> Decimal {
        match self.below(16) {
            0 => *self.pick(&[
                Decimal::MAX,
                Decimal::MIN,
                Decimal::ZERO,
                -Decimal::ZERO,
                Decimal::new(1, 28),
                Decimal::new(-1, 28),
                Decimal::ONE_HUNDRED,
                Decimal::from(168),
            ]),
            1 => {
                Decimal::from_i128_with_scale(i128::from(self.next()) - i128::from(u64::MAX / 2), 0)
            }
            _ => {
                let scale = u32::try_from(self.below(6)).unwrap();
                let mantissa = i64::try_from(self.below(10_000_000)).unwrap()
                    - if self.chance(10) { 5_000_000 } else { 0 };
                Decimal::new(mantissa, scale)
            }
        }
    }

    /// A short text that may or may not be a number.
    pub fn text(&mut self) -> String {
        const PARTS: [&str; 14] = [
            "1", "0", "9", ".", ",", "-", "e", "€", " ", "%", "250", "1.250,50", "abc", "\u{0}",
        ];
        let n = self.below(5) + 1;
        (0..n).map(|_| *self.pick(&PARTS)).collect()
    }
}

/// A tampered copy of a stored JSON row: a field removed, a field added, a value replaced by
/// another kind of value, or a date moved.
pub fn tamper(row: &Value, rng: &mut Rng) -> Value {
    let mut out = row.clone();
    tamper_in(&mut out, rng, 0);
    out
}

fn tamper_in(value: &mut Value, rng: &mut Rng, depth: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(5) {
                0 if key != "state" => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(format!("{key}_extra"), Value::Bool(true));
                }
                2 if depth < 4 => {
                    if let Some(inner) = map.get_mut(&key) {
                        tamper_in(inner, rng, depth + 1);
                    }
                }
                _ => {
                    if let Some(inner) = map.get_mut(&key) {
                        *inner = replacement(inner, rng);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = usize::try_from(rng.below(items.len() as u64)).unwrap();
            tamper_in(&mut items[i], rng, depth + 1);
        }
        other => *other = replacement(other, rng),
    }
}

fn replacement(old: &Value, rng: &mut Rng) -> Value {
    match rng.below(6) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => Value::String("1900-01-01".to_owned()),
        3 => Value::String(rng.date().to_string()),
        4 => match old {
            Value::String(s) => Value::String(format!("{s}x")),
            _ => Value::from(-1),
        },
        _ => Value::String("-1".to_owned()),
    }
}

/// Facts of the banenafspraak register: every combination of the law's facts, with dates from
/// anywhere in the calendar (the builder refuses those outside the crate's range).
pub fn banenafspraak_feiten(
    rng: &mut Rng,
) -> Result<participatiewet::banenafspraak::Feiten, participatiewet::Error> {
    use participatiewet::banenafspraak::{
        BeschutWerk, Feiten, Indicatie, Inschrijving, Minimumloonvaststelling, Toeleiding,
        Voormalig, Wajong,
    };
    let mut b = Feiten::builder()
        .toeleiding(*rng.pick(&[
            Toeleiding::Geen,
            Toeleiding::Artikel7Lid1a,
            Toeleiding::Loonkostensubsidie,
        ]))
        .minimumloon(*rng.pick(&[
            Minimumloonvaststelling::Geen,
            Minimumloonvaststelling::UwvOpVerzoekCollege,
            Minimumloonvaststelling::LoonwaardeCollege,
            Minimumloonvaststelling::UwvOpEigenVerzoek,
        ]))
        .wajong(*rng.pick(&[
            Wajong::Geen,
            Wajong::MetMogelijkheden,
            Wajong::DuurzaamGeenMogelijkheden,
        ]))
        .voormalig(*rng.pick(&[
            Voormalig::Geen,
            Voormalig::Wsw,
            Voormalig::Wajong,
            Voormalig::WajongDuurzaamGeenMogelijkheden,
        ]));
    if rng.chance(4) {
        b = b.wsw_indicatie();
    }
    if rng.chance(3) {
        b = b.in_dienstbetrekking();
    }
    if rng.chance(5) {
        b = b.indicatie(*rng.pick(&[
            Indicatie::Praktijkonderwijs,
            Indicatie::VoortgezetSpeciaalOnderwijs,
            Indicatie::Overig,
        ]));
    }
    if rng.chance(5) {
        b = b.jonggehandicapt_uwv_oordeel();
    }
    if rng.chance(6) {
        b = b.wia_experiment();
    }
    match rng.below(3) {
        0 => {}
        1 => b = b.beschut_werk(BeschutWerk::Vastgesteld { op: rng.date() }),
        _ => {
            b = b.beschut_werk(BeschutWerk::InDienstbetrekking {
                op: rng.date(),
                sinds: rng.date(),
            });
        }
    }
    if rng.chance(2) {
        let mut i = Inschrijving::opgenomen(rng.date())?;
        if rng.chance(2) {
            i = i.geeindigd(rng.date())?;
        }
        b = b.inschrijving(i);
    }
    b.build()
}
