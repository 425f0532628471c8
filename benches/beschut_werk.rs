//! Benches of the beschut-werk domain: the eligibility value path (allocation-free: it
//! returns the `Copy` `Beoordeling`), its explanation with grounds, a state transition, and
//! the duty-to-offer report on a ledger.
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
    Aanvrager, Arbeidsvermogen, Context, Event, Feiten, Kring, Plaatsen, State, Taakstelling,
    Verzoek, beoordeel,
};
use participatiewet::{Beleid, Hours};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn bench(c: &mut Criterion) {
    let mut feiten = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(
            true,
            Hours::new(Decimal::TWO).unwrap(),
            Hours::new(Decimal::new(6, 0)).unwrap(),
            true,
        ),
    );
    feiten.aangewezen_op_begeleiding = true;
    let verzoek = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29)).na_advies(d(2019, 3, 1));
    let mut nieuw = feiten;
    nieuw.nieuwe_feiten = true;

    c.bench_function("beschut_werk/beoordeel (repeat rule)", |b| {
        b.iter(|| beoordeel(black_box(&feiten), black_box(&verzoek)));
    });
    c.bench_function("beschut_werk/beoordeel (full investigation)", |b| {
        b.iter(|| beoordeel(black_box(&nieuw), black_box(&verzoek)));
    });
    c.bench_function("beschut_werk/beoordeel + explain", |b| {
        b.iter(|| beoordeel(black_box(&nieuw), black_box(&verzoek)).explain());
    });

    let beleid = Beleid::default();
    let ctx = Context::new(&beleid);
    let state = State::Kandidaat {
        sinds: d(2018, 1, 2),
    }
    .apply(
        &Event::AdviesAangevraagd {
            datum: d(2018, 1, 3),
            door: Aanvrager::College,
        },
        &ctx,
    )
    .unwrap()
    .state;
    let event = Event::AdviesUitgebracht {
        datum: d(2018, 2, 1),
        positief: true,
    };
    c.bench_function("beschut_werk/apply advies_uitgebracht", |b| {
        b.iter(|| black_box(&state).apply(black_box(&event), &ctx));
    });

    let mut plaatsen = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    for i in 0..30_u32 {
        let id = plaatsen.plaats(d(2017, 1 + i % 12, 1));
        if i % 3 == 0 {
            plaatsen.beeindig(id, d(2018, 6, 30)).unwrap();
        }
    }
    c.bench_function("beschut_werk/stand (30 placements)", |b| {
        b.iter(|| plaatsen.stand(black_box(d(2018, 9, 1)), &beleid));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
