//! Properties of art. 18 measures: never negative, never above the unmeasured amount, a 100%
//! measure keeps the right, the period ends when the law or policy says, every persisted
//! measure validates and reads back from its JSON, and no input panics.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::single_match_else,
    reason = "a test fails by unwrapping"
)]

use chrono::{Days, NaiveDate};
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, Categorie, Herhaling, MaatregelFeiten,
    OpgelegdeMaatregel, Toepassing, Verordening, Verplichting, WettelijkeDuur, maatregel,
};
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
use participatiewet::{
    EARLIEST, Eligibility, LATEST, Money, MonthEnd, Percentage, Validate, add_months,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn datum() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (0u64..110_000).prop_map(|n| EARLIEST.checked_add_days(Days::new(n)).unwrap_or(LATEST)),
        Just(EARLIEST),
        Just(LATEST),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (2015i32..2040, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(
            y,
            m,
            d.min(28)
        )
        .unwrap_or(EARLIEST)),
    ]
}

fn bedrag() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0i64..100_000_000).prop_map(|c| Money::from_cents(c).unwrap_or(Money::ZERO)),
        Just(Money::MAX),
        Just(Money::ZERO),
    ]
}

fn percentage() -> impl Strategy<Value = Percentage> {
    prop_oneof![
        (0i64..=1_000_000)
            .prop_map(|n| Percentage::new(Decimal::new(n, 4)).unwrap_or(Percentage::ZERO)),
        Just(Percentage::HUNDRED),
        Just(Percentage::ZERO),
    ]
}

fn verordening() -> impl Strategy<Value = Verordening> {
    let categorie = (
        percentage(),
        1u8..=36,
        proptest::option::of((1u8..=36, percentage(), 1u8..=36)),
    )
        .prop_map(|(p, m, h)| {
            let h = h.and_then(|(b, p, m)| Herhaling::new(b, p, m).ok());
            Categorie::new("9", p, m, h).unwrap()
        });
    prop_oneof![
        (proptest::collection::vec(categorie, 1..5), 1u8..=2, datum()).prop_map(
            |(c, eerste, vanaf)| {
                let vanaf = vanaf.clamp(EARLIEST, LATEST);
                Verordening::Vastgesteld(
                    Afstemmingsverordening::new(
                        "G",
                        "Afstemmingsverordening G",
                        vanaf.min(NaiveDate::from_ymd_opt(2015, 1, 1).unwrap()),
                        c,
                        WettelijkeDuur::new("12", eerste, 3).unwrap(),
                    )
                    .unwrap(),
                )
            }
        ),
        Just(Verordening::ontbreekt("G").unwrap()),
    ]
}

#[derive(Debug, Clone)]
struct Invoer {
    bijstand: Money,
    arbeid: bool,
    categorie: u8,
    gedraging: NaiveDate,
    wacht: u64,
    verwijtbaar: bool,
    eerdere: Vec<(u64, u8)>,
}

fn invoer() -> impl Strategy<Value = Invoer> {
    (
        bedrag(),
        any::<bool>(),
        0u8..6,
        datum(),
        0u64..400,
        any::<bool>(),
        proptest::collection::vec((0u64..800, 0u8..4), 0..4),
    )
        .prop_map(
            |(bijstand, arbeid, categorie, gedraging, wacht, verwijtbaar, eerdere)| Invoer {
                bijstand,
                arbeid,
                categorie,
                gedraging,
                wacht,
                verwijtbaar,
                eerdere,
            },
        )
}

/// Builds the facts; earlier measures are made by the rule itself, some days before.
fn feiten(i: &Invoer, v: &Verordening) -> Result<MaatregelFeiten, participatiewet::Error> {
    let ingang = i
        .gedraging
        .checked_add_days(Days::new(i.wacht))
        .unwrap_or(i.gedraging);
    let mut b = MaatregelFeiten::builder("G", i.bijstand);
    b = if i.arbeid {
        b.arbeidsverplichting(Arbeidsverplichting::Reizen, i.gedraging)
    } else {
        b.verordening(Verplichting::Medewerking, i.categorie, i.gedraging)
    };
    b = b.ingang(ingang);
    if !i.verwijtbaar {
        b = b.niet_verwijtbaar();
    }
    for (terug, soort) in &i.eerdere {
        let Some(dag) = i.gedraging.checked_sub_days(Days::new(*terug)) else {
            continue;
        };
        let mut e = MaatregelFeiten::builder("G", i.bijstand);
        e = if *soort == 0 {
            e.verordening(Verplichting::Arbeid, 1, dag)
        } else {
            e.arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, dag)
        };
        let Ok(ef) = e.ingang(dag).build() else {
            continue;
        };
        if let Ok(m) = maatregel(&ef, v) {
            if let Some(o) = m.opgelegd() {
                b = b.eerdere(o);
            }
        }
    }
    b.build()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_negative_never_above_and_the_period_ends(i in invoer(), v in verordening()) {
        let Ok(f) = feiten(&i, &v) else { return Ok(()) };
        let Ok(m) = maatregel(&f, &v) else { return Ok(()) };
        prop_assert!(m.bedrag() <= m.bijstand());
        prop_assert!(m.verlaging() <= m.bijstand());
        prop_assert_eq!(m.bedrag().checked_add(m.verlaging()).unwrap(), m.bijstand());
        let d = m.decision();
        prop_assert_eq!(d.value(), &Eligibility::Eligible(m.bedrag()));
        prop_assert!(d.reasons().next().is_none());
        for g in std::iter::once(d.outcome()).chain(d.grounds()) {
            prop_assert!(g.is_well_formed(), "{}", g.code().code);
        }
        match m.periode() {
            Some(p) => {
                prop_assert_eq!(p.from(), f.ingangsdatum());
                let max = if i.arbeid { 3 } else { 36 };
                prop_assert!(p.to() <= add_months(p.from(), max, MonthEnd::NextDay).unwrap());
                prop_assert!(p.to() >= add_months(p.from(), 1, MonthEnd::NextDay).unwrap());
                prop_assert_eq!(m.bedrag_op(p.to()), m.bijstand());
                prop_assert_eq!(m.bedrag_op(p.from()), m.bedrag());
                if m.percentage() == Percentage::HUNDRED {
                    prop_assert!(m.bedrag().is_zero());
                }
                let o = m.opgelegd().unwrap();
                prop_assert!(o.validate().is_ok());
                let back: OpgelegdeMaatregel = serde_json::from_str(&serde_json::to_string(&o).unwrap()).unwrap();
                prop_assert_eq!(back, o);
                if let Toepassing::Wettelijk { .. } = o.toepassing() {
                    prop_assert_eq!(o.percentage(), Percentage::HUNDRED);
                }
            }
            None => {
                prop_assert_eq!(m.bedrag(), m.bijstand());
                prop_assert!(m.opgelegd().is_none());
            }
        }
        if !i.verwijtbaar {
            prop_assert!(m.periode().is_none());
        }
    }

    #[test]
    fn facts_read_back_from_their_json(i in invoer(), v in verordening()) {
        if let Ok(f) = feiten(&i, &v) {
            let json = serde_json::to_string(&f).unwrap();
            prop_assert_eq!(serde_json::from_str::<MaatregelFeiten>(&json).unwrap(), f);
        }
        let json = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(serde_json::from_str::<Verordening>(&json).unwrap(), v);
    }

    #[test]
    fn the_end_never_panics(datum in datum(), n in 0usize..13) {
        let reden = Beeindigingsreden::ALL[n];
        if let Ok(e) = Beeindiging::new(datum, reden) {
            prop_assert!(e.laatste_dag() <= e.datum());
            let back: Beeindiging = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
            prop_assert_eq!(back, e);
            prop_assert!(e.decision().outcome().is_well_formed());
        } else {
            prop_assert!(datum < EARLIEST || datum > LATEST);
        }
    }
}

#[test]
fn extremes_do_not_panic() {
    let v = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());
    for bijstand in [Money::ZERO, Money::MAX] {
        for ingang in [LATEST, NaiveDate::from_ymd_opt(2199, 12, 15).unwrap()] {
            let f = MaatregelFeiten::builder("Voorbeeldstad", bijstand)
                .arbeidsverplichting(Arbeidsverplichting::Voorzieningen, ingang)
                .ingang(ingang)
                .build()
                .unwrap();
            // the period leaves the crate's dates: an error, not a panic
            assert!(maatregel(&f, &v).is_err());
        }
        let f = MaatregelFeiten::builder("Voorbeeldstad", bijstand)
            .verordening(
                Verplichting::Arbeid,
                3,
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            )
            .ingang(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
            .build()
            .unwrap();
        let m = maatregel(&f, &v).unwrap();
        assert_eq!(m.bedrag(), Money::ZERO);
        assert_eq!(m.verlaging(), bijstand);
    }
    for date in [NaiveDate::MIN, NaiveDate::MAX] {
        assert!(
            MaatregelFeiten::builder("Voorbeeldstad", Money::MAX)
                .verordening(Verplichting::Arbeid, 1, date)
                .ingang(date)
                .build()
                .is_err()
        );
    }
}

/// The hand-over decided: bijstand of € 1.401,50 from 2026-04-01 for a single person of 35.
fn besloten(ctx: &participatiewet::Context<'_>) -> participatiewet::bijstand::State {
    use participatiewet::Procedure;
    use participatiewet::bijstand::{
        Besluit, Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering,
    };
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let dossier = Dossier::builder()
        .geboortedatum(d(1990, 7, 1))
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2024, 4, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1)).unwrap(), ctx)
        .unwrap()
        .state;
    for e in [
        Event::Melding {
            datum: d(2026, 3, 2),
        },
        Event::Aanvraag {
            datum: d(2026, 3, 9),
        },
        Event::Besluit {
            datum: d(2026, 3, 23),
            besluit: Besluit::bijstand(Money::from_cents(140_150).unwrap()),
        },
    ] {
        state = state.apply(&e, ctx).unwrap().state;
    }
    state
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Measures and the end imposed on decided bijstand through the machine: a refused event
    /// leaves the state unchanged; every accepted state validates, reads back from its JSON
    /// and carries its effects; bijstand after the measures is never above the amount decided
    /// and lies only within the bijstand granted.
    #[test]
    fn later_bijstand_in_the_machine(
        events in prop::collection::vec((0u8..6, 0u64..500, 0u64..60, 0i64..90, 0usize..13), 1..10),
        met in any::<bool>(),
    ) {
        use participatiewet::bijstand::afstemming::Gedraging;
        use participatiewet::bijstand::{Event, State};
        use participatiewet::{Beleid, Citation, Context, Parameters, Procedure, Regulation};
        let params = Parameters::bundled();
        let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleid".to_owned());
        let mut beleid = Beleid::new("Voorbeeldstad", bron).unwrap();
        if met {
            beleid = beleid.with_afstemmingsverordening(Afstemmingsverordening::voorbeeld()).unwrap();
        }
        let ctx = Context::new(&params, &beleid);
        let mut state = besloten(&ctx);
        let bedrag = Money::from_cents(140_150).unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 3, 23).unwrap();
        for (soort, na, eerder, ingang, reden) in events {
            let datum = start.checked_add_days(Days::new(na)).unwrap();
            let gedraging_datum = datum.checked_sub_days(Days::new(eerder)).unwrap();
            let ingang = gedraging_datum
                .checked_add_signed(chrono::Duration::days(ingang - 10))
                .unwrap();
            let event = match soort {
                0 | 1 => Event::Maatregel {
                    datum,
                    gedraging: Gedraging::Arbeidsverplichting {
                        verplichting: Arbeidsverplichting::AanvaardenOfBehouden,
                    },
                    gedraging_datum,
                    ingang,
                },
                2..=4 => Event::Maatregel {
                    datum,
                    gedraging: Gedraging::Verordening {
                        verplichting: Verplichting::Medewerking,
                        categorie: soort - 1,
                    },
                    gedraging_datum,
                    ingang,
                },
                _ => Event::Beeindiging {
                    datum,
                    beeindiging: Beeindiging::new(ingang, Beeindigingsreden::ALL[reden]).unwrap(),
                },
            };
            let before = state.clone();
            match state.apply(&event, &ctx) {
                Err(_) => prop_assert_eq!(&state, &before),
                Ok(t) => {
                    prop_assert!(t.state.validate().is_ok());
                    let json = serde_json::to_string(&t.state).unwrap();
                    prop_assert_eq!(&serde_json::from_str::<State>(&json).unwrap(), &t.state);
                    prop_assert_eq!(&t.state.effects(&ctx).unwrap(), &t.effects);
                    for m in t.state.maatregelen() {
                        prop_assert!(m.verlaging() <= bedrag);
                        for dag in [m.periode().from(), m.periode().last_day(), m.periode().to()] {
                            if let Some(na) = t.state.bedrag_op(dag) {
                                prop_assert!(na <= bedrag);
                            }
                        }
                        if let Toepassing::Wettelijk { .. } = m.toepassing() {
                            prop_assert_eq!(m.percentage(), Percentage::HUNDRED);
                        }
                    }
                    if let Some(e) = t.state.beeindiging() {
                        prop_assert!(t.state.bedrag_op(e.datum()).is_none());
                    }
                    // without a verordening only the statutory measures are imposed
                    if !met {
                        let wettelijk = t.state.maatregelen().iter().all(|m| {
                            matches!(m.toepassing(), Toepassing::Wettelijk { .. })
                        });
                        prop_assert!(wettelijk);
                    }
                    state = t.state;
                }
            }
        }
    }
}
