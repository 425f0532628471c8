//! Property tests of bijstand and the hand-over machine: no event sequence panics, a refused
//! event leaves the state unchanged, every accepted state round-trips through serde, bijstand
//! never starts before the melding (art. 44 lid 1), an application under 27 never comes before
//! the search period ends (art. 41 lid 4), and the amount is never negative nor above the norm.

#![allow(clippy::unwrap_used, reason = "a test fails by unwrapping")]

use chrono::{Days, NaiveDate};
use participatiewet::bijstand::{
    BijstandBerekening, BijstandFeiten, Huishouden, Medebewoner, Uitsluiting, bijstand_op,
};
use participatiewet::{Decision, EARLIEST, Eligibility, LATEST, Money, Parameters};

/// The hand-over machine's invariants.
#[path = "invariants_bijstand/overgang.rs"]
mod overgang;
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(u64::from(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn bijstand_is_never_negative_nor_above_the_norm_and_refused_iff_a_refusal_ground(
        born in 0u32..30_000,
        partner in prop::option::of((0u32..30_000, any::<bool>())),
        peil in 0u32..1000,
        income in 0i64..500_000,
        assets in 0i64..3_000_000,
        gezin in any::<bool>(),
        co in prop::collection::vec((0u32..30_000, any::<bool>()), 0..4),
        excl in prop::option::of(0usize..11),
    ) {
        let p = Parameters::bundled();
        let base = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap();
        let geboren = base + Days::new(u64::from(born));
        let huishouden = match partner {
            Some((b, kind)) if kind => Huishouden::gehuwden_met_kinderen(base + Days::new(u64::from(b))).unwrap(),
            Some((b, _)) => Huishouden::gehuwden(base + Days::new(u64::from(b))).unwrap(),
            None if gezin => Huishouden::AlleenstaandeOuder,
            None => Huishouden::Alleenstaande,
        };
        let mut builder = BijstandFeiten::builder(geboren, huishouden)
            .inkomsten(Money::from_cents(income).unwrap())
            .vermogen(Money::from_cents(assets).unwrap());
        for &(b, ex) in &co {
            let g = base + Days::new(u64::from(b));
            builder = builder.medebewoner(if ex { Medebewoner::uitgezonderd(g).unwrap() } else { Medebewoner::new(g).unwrap() });
        }
        if let Some(i) = excl {
            builder = builder.uitsluiting(UITSLUITINGEN[i]);
        }
        let f = builder.build().unwrap();
        // The facts read back from their own JSON.
        let json = serde_json::to_string(&f).unwrap();
        prop_assert_eq!(&serde_json::from_str::<BijstandFeiten>(&json).unwrap(), &f);
        if let Ok(b) = bijstand_op(&f, day(peil), &p) {
            prop_assert!(b.bedrag() >= Money::ZERO);
            prop_assert!(b.bedrag() <= b.norm());
            let d = b.decision();
            prop_assert_eq!(b.weigering().is_some(), !d.value().is_eligible());
            prop_assert_eq!(d.reasons().count(), usize::from(b.weigering().is_some()));
            if b.weigering().is_some() {
                prop_assert_eq!(b.bedrag(), Money::ZERO);
            } else {
                prop_assert!(b.vermogen() <= b.vermogensgrens());
                prop_assert_eq!(d.value().value(), Some(&b.bedrag()));
            }
            // No ground twice, each well formed.
            for (i, g) in d.grounds().iter().enumerate() {
                prop_assert!(g.is_well_formed(), "{}", g.code().code);
                prop_assert!(d.grounds().iter().skip(i + 1).all(|h| h.code().code != g.code().code));
            }
            // The decision and the calculation round-trip through JSON.
            let text = serde_json::to_string(&d).unwrap();
            let back: Decision<Eligibility<Money>> = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&back, &d);
            let text = serde_json::to_string(&b).unwrap();
            prop_assert_eq!(serde_json::from_str::<BijstandBerekening>(&text).unwrap(), b);
        }
    }

    #[test]
    fn no_input_panics(
        born in prop::sample::select(extreme_dates()),
        partner in prop::option::of(prop::sample::select(extreme_dates())),
        peil in prop::sample::select(extreme_dates()),
        income in prop::sample::select(vec![Money::ZERO, Money::MAX]),
        assets in prop::sample::select(vec![Money::ZERO, Money::MAX]),
    ) {
        let p = Parameters::bundled();
        let huishouden = partner.map_or(Ok(Huishouden::Alleenstaande), Huishouden::gehuwden);
        if let Ok(h) = huishouden {
            if let Ok(f) = BijstandFeiten::builder(born, h)
                .inkomsten(income)
                .vermogen(assets)
                .medebewoner(Medebewoner::new(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap()).unwrap())
                .build()
            {
                if let Ok(b) = bijstand_op(&f, peil, &p) {
                    let _ = b.decision();
                    prop_assert!(b.bedrag() <= b.norm());
                }
            }
        }
    }
}

const UITSLUITINGEN: [Uitsluiting; 11] = [
    Uitsluiting::Detentie,
    Uitsluiting::Onttrekking,
    Uitsluiting::Dienstplicht,
    Uitsluiting::Werkstaking,
    Uitsluiting::Buitenland,
    Uitsluiting::Schuldenlast,
    Uitsluiting::Uitreiziger,
    Uitsluiting::Inrichting,
    Uitsluiting::OnbetaaldVerlof,
    Uitsluiting::OnderwijsOnder27,
    Uitsluiting::VerplichtingenOnder27,
];

fn extreme_dates() -> Vec<NaiveDate> {
    vec![
        NaiveDate::MIN,
        NaiveDate::MAX,
        EARLIEST,
        LATEST,
        NaiveDate::from_ymd_opt(2000, 2, 29).unwrap(),
        NaiveDate::from_ymd_opt(2005, 6, 1).unwrap(),
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
    ]
}
