//! The value paths and decisions of the benches as a plain loop, for an instruction count that
//! does not depend on what else the machine is doing:
//!
//! ```text
//! cargo build --release -p participatiewet-benches --bin paths
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/paths bijstand 10000
//! ```
//!
//! Run it with 0 and with N iterations: the difference over N is the count per call. The
//! paths: `bijstand`, `ww`, `lks`, `lks_jeugd`, `beschut_herhaald`, `beschut`, `beschut_apply`,
//! `stand`, and each of the first six with `_besluit` for the decision with its grounds.

// Reason: a fixture that does not build should stop the run; the fixtures are one list.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::too_many_lines
)]

use std::hint::black_box;

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanvraag, Aanvrager, Advies, Arbeidsvermogen, Event, Feiten, Kring, Plaatsen, State,
    Taakstelling, Verzoek, beoordeel,
};
use participatiewet::bijstand::{BijstandFeiten, Huishouden, Medebewoner, bijstand_op};
use participatiewet::loonwaarde::{
    Dienstbetrekking, LksGrondslag, Soort, lks_berekenen, loonkostensubsidie,
};
use participatiewet::ww::{self, Werkverleden, WwFeiten};
use participatiewet::{Beleid, Context, Hours, Money, Parameters, Procedure};
use rust_decimal::{Decimal, dec};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Keeps a result from being optimised away.
fn keep<T>(x: T) {
    drop(black_box(x));
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pad = args.get(1).map_or("", String::as_str);
    let n: u32 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1);
    let p = Parameters::bundled();
    // The fixtures of the criterion benches.
    let bijstand =
        BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
            .medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap())
            .inkomsten(Money::from_cents(25_000).unwrap())
            .build()
            .unwrap();
    let ww_feiten = WwFeiten::new(d(1980, 5, 1), d(2025, 9, 1))
        .unwrap()
        .uren(Hours::new(dec!(36)).unwrap(), Hours::new(dec!(36)).unwrap())
        .unwrap()
        .weken_gewerkt(36)
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(1998, 2024, 1800).unwrap());
    let baan = |geboren| {
        Dienstbetrekking::builder()
            .geboortedatum(geboren)
            .begindatum(d(2024, 2, 1))
            .uren_per_week("32".parse().unwrap())
            .voltijd_uren("38".parse().unwrap())
            .soort(Soort::Regulier)
            .build()
            .unwrap()
    };
    let (volwassen, jong) = (baan(d(1990, 5, 1)), baan(d(2003, 5, 1)));
    let grondslag = LksGrondslag::Loonwaarde("60".parse().unwrap());
    let vermogen = Arbeidsvermogen::new(
        Hours::new(Decimal::TWO).unwrap(),
        Hours::new(dec!(6)).unwrap(),
    )
    .unwrap()
    .voert_taak_uit(true)
    .basale_werknemersvaardigheden(true);
    let feiten = Feiten::new(Kring::Artikel7Lid1a, vermogen).aangewezen_op_begeleiding(true);
    let herhaald = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29))
        .unwrap()
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    let nieuw = herhaald.na_advies(d(2019, 3, 1), true).unwrap();
    let beleid = Beleid::default();
    let ctx = Context::new(&p, &beleid);
    let state = State::start(&d(2018, 1, 2), &ctx)
        .unwrap()
        .state
        .apply(
            &Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(2018, 1, 3)).unwrap()),
            &ctx,
        )
        .unwrap()
        .state;
    let advies = Event::AdviesUitgebracht(Advies::positief(d(2018, 2, 1)).unwrap());
    let mut plaatsen = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    for i in 0..30_u32 {
        let id = plaatsen.plaats(d(2017, 1 + i % 12, 1)).unwrap();
        if i % 3 == 0 {
            plaatsen.beeindig(id, d(2018, 6, 30)).unwrap();
        }
    }
    let (peil_b, peil_l) = (d(2026, 1, 15), d(2024, 9, 1));
    let run: &dyn Fn() = match pad {
        "bijstand" => &|| keep(bijstand_op(black_box(&bijstand), black_box(peil_b), &p)),
        "bijstand_besluit" => &|| {
            keep(bijstand_op(black_box(&bijstand), black_box(peil_b), &p).map(|x| x.decision()));
        },
        "ww" => &|| keep(ww::uitkeringsduur(black_box(&ww_feiten), &p)),
        "ww_besluit" => {
            &|| keep(ww::uitkeringsduur(black_box(&ww_feiten), &p).map(|x| x.decision()))
        }
        "lks" => &|| {
            keep(lks_berekenen(
                black_box(&volwassen),
                grondslag,
                black_box(peil_l),
                &p,
            ));
        },
        "lks_besluit" => &|| {
            keep(loonkostensubsidie(
                black_box(&volwassen),
                grondslag,
                black_box(peil_l),
                &p,
            ));
        },
        "lks_jeugd" => &|| {
            keep(lks_berekenen(
                black_box(&jong),
                grondslag,
                black_box(peil_l),
                &p,
            ));
        },
        "lks_jeugd_besluit" => &|| {
            keep(loonkostensubsidie(
                black_box(&jong),
                grondslag,
                black_box(peil_l),
                &p,
            ));
        },
        "beschut_herhaald" => &|| keep(beoordeel(black_box(&feiten), black_box(&herhaald))),
        "beschut_herhaald_besluit" => &|| {
            keep(beoordeel(black_box(&feiten), black_box(&herhaald)).decision());
        },
        "beschut" => &|| keep(beoordeel(black_box(&feiten), black_box(&nieuw))),
        "beschut_besluit" => &|| keep(beoordeel(black_box(&feiten), black_box(&nieuw)).decision()),
        "beschut_apply" => &|| keep(black_box(&state).apply(black_box(&advies), &ctx)),
        "stand" => &|| keep(plaatsen.stand(black_box(d(2018, 9, 1)), &beleid)),
        other => panic!("unknown path {other:?}; see the module docs"),
    };
    for _ in 0..n {
        run();
    }
}
