//! Bijstand at a date (value path, no heap) and one transition of the hand-over machine.

#![allow(
    clippy::unwrap_used,
    missing_docs,
    reason = "criterion generates undocumented items; a bad fixture should stop"
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::bijstand::{
    Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering, bijstand_op,
};
use participatiewet::{Beleid, Context, Parameters, Procedure};

fn bench(c: &mut Criterion) {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let p = Parameters::bundled();
    let f = participatiewet_benches::bijstand_paar();
    let peil = d(2026, 1, 15);
    c.bench_function("bijstand_op_couple_with_cost_sharer", |b| {
        b.iter(|| bijstand_op(black_box(&f), black_box(peil), &p));
    });
    c.bench_function("bijstand_op_with_grounds", |b| {
        b.iter(|| bijstand_op(black_box(&f), black_box(peil), &p).map(|x| x.decision()));
    });
    let berekening = bijstand_op(&f, peil, &p).unwrap();
    c.bench_function("bijstand_decision_only", |b| {
        b.iter(|| black_box(&berekening).decision());
    });
    let beleid = Beleid::default();
    let ctx = Context::new(&p, &beleid);
    let dossier = Dossier::builder()
        .geboortedatum(d(2001, 5, 1))
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2025, 10, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    let opening = Opening::new(dossier, d(2025, 12, 1)).unwrap();
    let state = State::start(&opening, &ctx).unwrap().state;
    let event = Event::Melding {
        datum: d(2026, 3, 10),
    };
    c.bench_function("bijstand_overgang_melding", |b| {
        b.iter(|| black_box(&state).apply(black_box(&event), &ctx));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
