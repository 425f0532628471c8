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

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::beschut_werk::{
    Aanvraag, Aanvrager, Advies, Arbeidsvermogen, Event, Feiten, Kring, Plaatsen, State,
    Taakstelling, Verzoek, beoordeel,
};
use participatiewet::{Beleid, Context, Hours, Parameters, Procedure};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn bench(c: &mut Criterion) {
    let vermogen = Arbeidsvermogen::new(
        Hours::new(Decimal::TWO).unwrap(),
        Hours::new(Decimal::new(6, 0)).unwrap(),
    )
    .unwrap()
    .voert_taak_uit(true)
    .basale_werknemersvaardigheden(true);
    let feiten = Feiten::new(Kring::Artikel7Lid1a, vermogen).aangewezen_op_begeleiding(true);
    let verzoek = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29))
        .unwrap()
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    let nieuw = verzoek.na_advies(d(2019, 3, 1), true).unwrap();

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
    let state = State::start(&d(2018, 1, 2), &ctx)
        .unwrap()
        .state
        .apply(
            &Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(2018, 1, 3)).unwrap()),
            &ctx,
        )
        .unwrap()
        .state;
    let event = Event::AdviesUitgebracht(Advies::positief(d(2018, 2, 1)).unwrap());
    c.bench_function("beschut_werk/apply advies_uitgebracht", |b| {
        b.iter(|| black_box(&state).apply(black_box(&event), &ctx));
    });

    let mut plaatsen = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    for i in 0..30_u32 {
        let id = plaatsen.plaats(d(2017, 1 + i % 12, 1)).unwrap();
        if i % 3 == 0 {
            plaatsen.beeindig(id, d(2018, 6, 30)).unwrap();
        }
    }
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
