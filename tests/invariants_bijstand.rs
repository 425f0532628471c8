//! Property tests of bijstand and the hand-over machine: no event sequence panics, a refused
//! event leaves the state unchanged, every accepted state round-trips through serde, bijstand
//! never starts before the melding (art. 44 lid 1), an application under 27 never comes before
//! the search period ends (art. 41 lid 4), and the amount is never negative nor above the norm.

#![allow(clippy::unwrap_used, reason = "a test fails by unwrapping")]

use chrono::{Days, NaiveDate};
use participatiewet::bijstand::{
    Besluit, BijstandFeiten, Context, Dossier, Event, Leefvorm, Medebewoner, State, Weigering,
    bijstand_op,
};
use participatiewet::{Beleid, Money, Parameters};
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
