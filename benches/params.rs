//! Parameter lookups: a table row by date, the youth minimum wage, the AOW date.

#![allow(
    clippy::unwrap_used,
    missing_docs,
    reason = "criterion generates undocumented items; a bad fixture should stop"
)]

use chrono::NaiveDate;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::{Beleid, Beleidsset, Parameters};

fn bench(c: &mut Criterion) {
    let p = Parameters::bundled();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let peil = d(2025, 3, 1);
    c.bench_function("params_table_at", |b| {
        b.iter(|| p.wml_per_maand.at(black_box(peil)).map(|row| row.value));
    });
    c.bench_function("params_minimumloon_adult", |b| {
        b.iter(|| p.minimumloon_per_maand(black_box(d(1980, 5, 5)), black_box(peil)));
    });
    c.bench_function("params_minimumloon_youth", |b| {
        b.iter(|| p.minimumloon_per_maand(black_box(d(2006, 5, 5)), black_box(peil)));
    });
    c.bench_function("params_aow_datum", |b| {
        b.iter(|| p.aow_datum(black_box(d(1961, 1, 15))));
    });
    let set = Beleidsset::doorlopend(Beleid::default(), d(2015, 1, 1)).unwrap();
    c.bench_function("params_beleid_op", |b| {
        b.iter(|| {
            set.beleid_op(black_box(peil))
                .map(Beleid::decision_term_weeks)
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
