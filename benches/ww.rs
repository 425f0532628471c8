//! Benchmarks of the WW calculations: duration and end date, the monthly amount, and the
//! IOW test. The inputs (facts, parameters) are built once outside the measured closures, so
//! the measured path is the calculation alone, which allocates nothing.

// Reason: `criterion_group!` generates a public function without docs.
#![allow(missing_docs)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::{
    Money, Parameters,
    ww::{self, Werkverleden, WwFeiten},
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn bench_ww(c: &mut Criterion) {
    let params = Parameters::bundled();
    // A 45-year-old with an unbroken career: 26 years of history.
    let jong = participatiewet_benches::ww_jong();
    // A 66-year-old whose WW is cut at the AOW date (AOW lookup on the path).
    let oud = WwFeiten::new(d(1958, 6, 1), d(2024, 9, 2))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800).unwrap());
    // A first day in the 2016–2019 phase-in.
    let overgang = WwFeiten::new(d(1958, 1, 10), d(2017, 5, 1))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(1998, 2016, 1800).unwrap());

    c.bench_function("ww_uitkeringsduur", |b| {
        b.iter(|| ww::uitkeringsduur(black_box(&jong), black_box(&params)).unwrap());
    });
    c.bench_function("ww_uitkeringsduur_aow_cut", |b| {
        b.iter(|| ww::uitkeringsduur(black_box(&oud), black_box(&params)).unwrap());
    });
    c.bench_function("ww_uitkeringsduur_overgangsrecht", |b| {
        b.iter(|| ww::uitkeringsduur(black_box(&overgang), black_box(&params)).unwrap());
    });
    c.bench_function("ww_recht", |b| {
        b.iter(|| ww::recht(black_box(&jong), black_box(&params)).unwrap());
    });

    let peil = d(2025, 3, 1);
    let loon = Money::from_cents(30_000).unwrap();
    let inkomen = Money::from_cents(100_000).unwrap();
    let maand = ww::WwMaand::new(3, ww::Maanddeel::Volledig)
        .unwrap()
        .inkomen(inkomen);
    c.bench_function("ww_uitkering_per_maand", |b| {
        b.iter(|| {
            let dl = ww::dagloon(black_box(loon), black_box(peil), black_box(&params)).unwrap();
            ww::uitkering_per_maand(&dl, black_box(&maand)).unwrap()
        });
    });

    let duur = ww::uitkeringsduur(&jong, &params).unwrap();
    c.bench_function("ww_iow_recht", |b| {
        b.iter(|| {
            ww::iow_recht(
                black_box(&jong),
                black_box(&duur),
                ww::WwVerloop::VolledigeDuur,
                black_box(&params),
            )
            .unwrap()
        });
    });
    // With grounds: the value path plus the decision, one allocation (the grounds' Vec).
    c.bench_function("ww_uitkeringsduur_decision", |b| {
        b.iter(|| {
            ww::uitkeringsduur(black_box(&jong), black_box(&params))
                .unwrap()
                .decision()
        });
    });
    c.bench_function("ww_recht_decision", |b| {
        b.iter(|| {
            ww::recht(black_box(&jong), black_box(&params))
                .unwrap()
                .decision()
        });
    });
    c.bench_function("ww_uitkering_per_maand_decision", |b| {
        b.iter(|| {
            let dl = ww::dagloon(black_box(loon), black_box(peil), black_box(&params)).unwrap();
            ww::uitkering_per_maand(&dl, black_box(&maand))
                .unwrap()
                .decision()
        });
    });
}

criterion_group!(benches, bench_ww);
criterion_main!(benches);
