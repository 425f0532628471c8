//! Property tests of bijstand and the hand-over machine: no event sequence panics, a refused
//! event leaves the state unchanged, every accepted state round-trips through serde, bijstand
//! never starts before the melding (art. 44 lid 1), an application under 27 never comes before
//! the search period ends (art. 41 lid 4), and the amount is never negative nor above the norm.

#![allow(clippy::unwrap_used, reason = "a test fails by unwrapping")]

use chrono::{Days, NaiveDate};
use participatiewet::bijstand::{BijstandFeiten, Leefvorm, Medebewoner, bijstand_op};
use participatiewet::{Money, Parameters};
use proptest::prelude::*;

/// The hand-over machine: every state it returns validates and reloads; tampered rows.
#[path = "invariants_bijstand/overgang.rs"]
mod overgang;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(u64::from(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bijstand_is_never_negative_nor_above_the_norm(
        born in 0u32..25_000,
        peil in 0u32..1000,
        income in 0i64..500_000,
        assets in 0i64..3_000_000,
        gezin in any::<bool>(),
        co in prop::collection::vec((0u32..25_000, any::<bool>()), 0..4),
    ) {
        let p = Parameters::bundled();
        let geboren = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Days::new(u64::from(born));
        let medebewoners: Vec<Medebewoner> = co
            .iter()
            .map(|&(b, ex)| {
                let g = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Days::new(u64::from(b));
                if ex { Medebewoner::uitgezonderd(g) } else { Medebewoner::new(g) }
            })
            .collect();
        let leefvorm = if gezin { Leefvorm::AlleenstaandeOuder } else { Leefvorm::Alleenstaande };
        let mut f = BijstandFeiten::new(geboren, leefvorm);
        f.medebewoners = &medebewoners;
        f.inkomsten = Money::from_cents(income).unwrap();
        f.vermogen = Money::from_cents(assets).unwrap();
        if let Ok(b) = bijstand_op(&f, day(peil), &p) {
            prop_assert!(b.bedrag <= b.norm);
            if b.weigering.is_some() {
                prop_assert_eq!(b.bedrag, Money::ZERO);
                prop_assert!(!b.decision().value.is_eligible());
            } else {
                prop_assert!(b.decision().value.is_eligible());
                prop_assert!(b.vermogen <= b.vermogensgrens);
            }
        }
    }
}
