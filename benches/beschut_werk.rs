//! Benches of the beschut-werk domain: the eligibility value path (allocation-free: it
//! returns the `Copy` `Beoordeling`), its decision with coded grounds (one allocation), a
//! state transition, and the duty to offer on a ledger (value path and decision).
//!
//! ```text
//! cargo bench --bench beschut_werk -- --warm-up-time 1 --measurement-time 3
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)]
// Reason: criterion_group! generates an undocumented function.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::beschut_werk::beoordeel;
use participatiewet::{Beleid, Context, Parameters, Procedure};
use participatiewet_benches::d;

fn bench(c: &mut Criterion) {
    let feiten = participatiewet_benches::beschut_feiten();
    let (verzoek, nieuw) = participatiewet_benches::beschut_verzoeken();

    c.bench_function("beschut_werk/beoordeel (repeat rule)", |b| {
        b.iter(|| beoordeel(black_box(&feiten), black_box(&verzoek)));
    });
    c.bench_function("beschut_werk/beoordeel (full investigation)", |b| {
        b.iter(|| beoordeel(black_box(&feiten), black_box(&nieuw)));
    });
    c.bench_function("beschut_werk/beoordeel + decision", |b| {
        b.iter(|| beoordeel(black_box(&feiten), black_box(&nieuw)).decision());
    });

    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    let (state, event) = participatiewet_benches::beschut_wacht_op_advies(&ctx);
    c.bench_function("beschut_werk/apply advies_uitgebracht", |b| {
        b.iter(|| black_box(&state).apply(black_box(&event), &ctx));
    });

    let plaatsen = participatiewet_benches::plaatsen_30();
    c.bench_function("beschut_werk/stand (30 placements)", |b| {
        b.iter(|| plaatsen.stand(black_box(d(2018, 9, 1)), &beleid));
    });
    let stand = plaatsen.stand(d(2018, 9, 1), &beleid).unwrap();
    c.bench_function("beschut_werk/stand decision", |b| {
        b.iter(|| black_box(&stand).decision());
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
