//! Benches for the loonwaarde domain: the LKS calculation (value path, no heap: a `Copy`
//! result built from `Copy` inputs), the same with its coded grounds (one allocation), and one
//! state transition.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::loonwaarde::{Event, LksGrondslag, State, lks_berekenen, loonkostensubsidie};
use participatiewet::{Beleid, Context, Parameters, Procedure};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn bench(c: &mut Criterion) {
    let params = Parameters::bundled();
    let job = participatiewet_benches::lks_baan;
    let volwassen = job(d(1990, 5, 1));
    // 20 on the reference date: the youth minimum wage (80%, to the cent from 2024) is looked up
    let baan = job(d(2003, 5, 1));
    let g = LksGrondslag::Loonwaarde("60".parse().unwrap());
    // The peildatum is built once, outside the timed loop: the bench measures the calculation.
    let peil = d(2024, 9, 1);
    c.bench_function("lks_berekenen adult (value, no grounds)", |b| {
        b.iter(|| {
            lks_berekenen(
                black_box(&volwassen),
                black_box(g),
                black_box(peil),
                &params,
            )
        });
    });
    c.bench_function("lks_berekenen youth (value, no grounds)", |b| {
        b.iter(|| lks_berekenen(black_box(&baan), black_box(g), black_box(peil), &params));
    });
    c.bench_function("loonkostensubsidie adult (with grounds)", |b| {
        b.iter(|| {
            loonkostensubsidie(
                black_box(&volwassen),
                black_box(g),
                black_box(peil),
                &params,
            )
        });
    });
    c.bench_function("loonkostensubsidie youth (with grounds)", |b| {
        b.iter(|| loonkostensubsidie(black_box(&baan), black_box(g), black_box(peil), &params));
    });
    let state: State = serde_json::from_str(
        r#"{"state":"gerapporteerd","aangevraagd_op":"2024-01-04","gemeten_op":"2024-02-01","gehoord_op":"2024-02-08","loonwaarde":"55"}"#,
    )
    .unwrap();
    let event = Event::Vaststelling {
        datum: d(2024, 2, 15),
        herbepaling_op: Some(d(2025, 2, 15)),
    };
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    c.bench_function("state.apply (vaststelling)", |b| {
        b.iter(|| black_box(&state).apply(black_box(&event), &ctx));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
