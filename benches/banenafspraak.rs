//! Benches of the banenafspraak domain: the register's value path (allocation-free: it
//! returns the `Copy` `Beoordeling`), its decision with coded grounds (one allocation), and a
//! count of banen over 100.000 jobs.
//!
//! ```text
//! cargo bench --bench banenafspraak -- --warm-up-time 1 --measurement-time 2
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)]
// Reason: criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::Hours;
use participatiewet::banenafspraak::{
    Arbeidsrelatie, Baan, BeschutWerk, Feiten, Inschrijving, Minimumloonvaststelling, Sector,
    Toeleiding, Wajong, beoordeel, tel,
};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn bench(c: &mut Criterion) {
    let koen = Feiten::builder()
        .toeleiding(Toeleiding::Artikel7Lid1a)
        .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
        .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3)).unwrap())
        .build()
        .unwrap();
    let uitgesloten = Feiten::builder()
        .wajong(Wajong::DuurzaamGeenMogelijkheden)
        .wsw_indicatie()
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
        .build()
        .unwrap();
    let peil = d(2026, 7, 1);
    c.bench_function("banenafspraak/beoordeel", |b| {
        b.iter(|| beoordeel(black_box(&koen), black_box(peil)));
    });
    c.bench_function("banenafspraak/beoordeel + decision", |b| {
        b.iter(|| {
            beoordeel(black_box(&koen), black_box(peil))
                .unwrap()
                .decision()
        });
    });
    c.bench_function("banenafspraak/beoordeel + decision (refusal)", |b| {
        b.iter(|| {
            beoordeel(black_box(&uitgesloten), black_box(peil))
                .unwrap()
                .decision()
        });
    });

    let lid = Inschrijving::opgenomen(d(2020, 1, 1)).unwrap();
    let banen: Vec<Baan> = (0..100_000_u32)
        .map(|i| {
            let sector = if i % 3 == 0 {
                Sector::Overheid
            } else {
                Sector::NietOverheid
            };
            let uren = Hours::new(Decimal::new(i64::from(800 + i % 3200), 2)).unwrap();
            let b = Baan::new(
                sector,
                Arbeidsrelatie::Dienstbetrekking,
                uren,
                d(2024, 1, 1),
            )
            .unwrap();
            if i % 10 == 0 { b } else { b.inschrijving(lid) }
        })
        .collect();
    c.bench_function("banenafspraak/tel (100.000 banen)", |b| {
        b.iter(|| tel(black_box(&banen), black_box(peil)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
