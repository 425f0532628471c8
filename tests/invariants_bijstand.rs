//! Property tests of bijstand and the hand-over machine: no event sequence panics, a refused
//! event leaves the state unchanged, every accepted state round-trips through serde, bijstand
//! never starts before the melding (art. 44 lid 1), an application under 27 never comes before
//! the search period ends (art. 41 lid 4), and the amount is never negative nor above the norm.

#![allow(clippy::unwrap_used, reason = "a test fails by unwrapping")]

use chrono::{Days, NaiveDate};
use participatiewet::bijstand::{
    Besluit, BijstandBerekening, BijstandFeiten, Context, Dossier, Event, Huishouden, Medebewoner,
    State, Uitsluiting, Weigering, bijstand_op,
};
use participatiewet::{Beleid, Decision, EARLIEST, Eligibility, LATEST, Money, Parameters};
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Days::new(u64::from(n))
}

fn event() -> impl Strategy<Value = (u8, u32, u8)> {
    (0u8..7, 0u32..1000, 0u8..3)
}

fn to_event((kind, offset, besluit): (u8, u32, u8)) -> Event {
    let datum = day(offset);
    match kind {
        0 => Event::Geinformeerd { datum },
        1 => Event::Melding { datum },
        2 => Event::Aanvraag { datum },
        3 => Event::Besluit {
            datum,
            besluit: match besluit {
                0 => Besluit::Bijstand {
                    bedrag: Money::from_cents(140_150).unwrap(),
                    vanaf_aanvraag: offset % 2 == 0,
                },
                1 => Besluit::Iow,
                _ => Besluit::Afgewezen {
                    weigering: Weigering::VermogenBovenGrens,
                },
            },
        },
        4 => Event::WerkGevonden { datum },
        5 => Event::Verhuisd { datum },
        _ => Event::AowLeeftijd { datum },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_event_sequence_breaks_the_hand_over(
        born in 0u32..20_000,
        ww_start in 0u32..300,
        ww_days in 0u32..700,
        events in prop::collection::vec(event(), 0..12),
    ) {
        let geboren = NaiveDate::from_ymd_opt(1960, 1, 1).unwrap() + Days::new(u64::from(born));
        let Ok(dossier) = Dossier::new(geboren, None, true, day(ww_start), day(ww_start + ww_days)) else {
            return Ok(());
        };
        let beleid = Beleid::default();
        let ctx = Context::new(&beleid);
        let mut state = State::start(dossier, day(0));
        for e in events {
            let event = to_event(e);
            let before = state;
            if let Ok(t) = state.apply(&event, &ctx) {
                let json = serde_json::to_string(&t.state).unwrap();
                prop_assert_eq!(serde_json::from_str::<State>(&json).unwrap(), t.state);
                state = t.state;
            } else {
                prop_assert_eq!(state, before);
            }
            // Art. 44 lid 1: bijstand never starts before the melding, nor during WW.
            if let State::Besloten { melding, besluit: Besluit::Bijstand { .. }, .. } = state {
                let start = state.ingangsdatum().unwrap().unwrap();
                prop_assert!(start >= melding, "bijstand before the melding");
                prop_assert!(start > dossier.ww_laatste_dag, "bijstand during WW");
            }
            // Art. 41 lid 4: under 27, the application never comes before the search period ends.
            if let State::Aangevraagd { aanvraag, .. } | State::Besloten { aanvraag, .. } = state {
                if let Some(z) = state.zoektermijn().unwrap() {
                    prop_assert!(aanvraag >= z.einde, "application during the search period");
                }
            }
        }
    }

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
