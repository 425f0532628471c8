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

use participatiewet::beschut_werk::beoordeel;
use participatiewet::bijstand::bijstand_op;
use participatiewet::loonwaarde::{LksGrondslag, lks_berekenen, loonkostensubsidie};
use participatiewet::ww;
use participatiewet::{Beleid, Context, Parameters, Procedure};
use participatiewet_benches::{
    beschut_feiten, beschut_verzoeken, beschut_wacht_op_advies, bijstand_paar, d, lks_baan,
    plaatsen_30, ww_jong,
};

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
    let bijstand = bijstand_paar();
    let ww_feiten = ww_jong();
    let (volwassen, jong) = (lks_baan(d(1990, 5, 1)), lks_baan(d(2003, 5, 1)));
    let grondslag = LksGrondslag::Loonwaarde("60".parse().unwrap());
    let feiten = beschut_feiten();
    let (herhaald, nieuw) = beschut_verzoeken();
    let beleid = Beleid::default();
    let ctx = Context::new(&p, &beleid);
    let (state, advies) = beschut_wacht_op_advies(&ctx);
    let plaatsen = plaatsen_30();
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
