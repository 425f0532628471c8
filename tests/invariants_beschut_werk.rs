//! Invariants of the beschut-werk domain (proptest) and snapshots of its wire format.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Days, NaiveDate};
use participatiewet::beschut_werk::{
    Aanvrager, Arbeidsvermogen, Context, Dienstbetrekking, EindeReden, Event, Feiten, Kring,
    Plaatsen, State, Taakstelling, Uitkering, Uitkomst, Vaststelling, Verzoek, WswIndicatie,
    beoordeel,
};
use participatiewet::{Beleid, Hours};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Dates from 2015-01-01 over about six years.
fn datum() -> impl Strategy<Value = NaiveDate> {
    (0_u64..2200).prop_map(|n| d(2015, 1, 1).checked_add_days(Days::new(n)).unwrap())
}

fn uren() -> impl Strategy<Value = Hours> {
    (0_i64..=4000).prop_map(|c| Hours::new(Decimal::new(c, 2)).unwrap())
}

fn aanvrager() -> impl Strategy<Value = Aanvrager> {
    prop_oneof![Just(Aanvrager::College), Just(Aanvrager::Persoon)]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (datum(), aanvrager()).prop_map(|(datum, door)| Event::AdviesAangevraagd { datum, door }),
        (datum(), any::<bool>())
            .prop_map(|(datum, positief)| Event::AdviesUitgebracht { datum, positief }),
        (
            datum(),
            any::<bool>(),
            prop_oneof![Just(None), Just(Some("")), Just(Some("niet zorgvuldig"))]
        )
            .prop_map(|(datum, bw, reden)| {
                let v = Vaststelling::new(datum, bw);
                Event::Vastgesteld(match reden {
                    Some(r) => v.met_afwijking(r),
                    None => v,
                })
            }),
        datum().prop_map(|datum| Event::Aangeboden { datum }),
        (datum(), uren()).prop_map(
            |(aanvang, uren_per_week)| Event::InDienst(Dienstbetrekking {
                aanvang,
                uren_per_week
            })
        ),
        (
            datum(),
            prop_oneof![
                Just(EindeReden::DienstbetrekkingGeeindigd),
                Just(EindeReden::AanbodAfgewezen),
                Just(EindeReden::NietMeerInKring),
                Just(EindeReden::GeenBeschutWerk)
            ]
        )
            .prop_map(|(datum, reden)| Event::Beeindigd { datum, reden }),
    ]
}

/// Events with non-decreasing dates, so that long paths through the machine are explored.
fn sorted_events() -> impl Strategy<Value = Vec<Event>> {
    prop::collection::vec(event(), 0..14).prop_map(|mut events| {
        events.sort_by_key(Event::datum);
        events
    })
}

fn feiten() -> impl Strategy<Value = Feiten> {
    let kring = prop_oneof![
        Just(Kring::Artikel7Lid1a),
        Just(Kring::Uitkering(Uitkering::Ww)),
        Just(Kring::Uitkering(Uitkering::WajongArbeidsondersteuning)),
        Just(Kring::Geen)
    ];
    let wsw = prop_oneof![
        Just(WswIndicatie::Geen),
        Just(WswIndicatie::BegeleidWerkenMogelijk),
        Just(WswIndicatie::BegeleidWerkenNietMogelijk)
    ];
    (
        kring,
        any::<bool>(),
        uren(),
        uren(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        wsw,
        any::<bool>(),
    )
        .prop_map(|(kring, taak, a, p, v, aa, bb, wsw, nieuw)| {
            let mut f = Feiten::new(kring, Arbeidsvermogen::new(taak, a, p, v));
            f.aangewezen_op_aanpassingen = aa;
            f.aangewezen_op_begeleiding = bb;
            f.wsw_indicatie = wsw;
            f.nieuwe_feiten = nieuw;
            f
        })
}

proptest! {
    #[test]
    fn no_event_sequence_panics_and_invariants_hold(sorted in any::<bool>(), events in sorted_events(), raw in prop::collection::vec(event(), 0..14)) {
        let beleid = Beleid::default();
        let ctx = Context::new(&beleid);
        let mut state = State::Kandidaat { sinds: d(2015, 1, 1) };
        let mut had_positive_determination = false;
        for event in if sorted { events } else { raw } {
            let before = state.clone();
            if let Ok(t) = state.apply(&event, &ctx) {
                if matches!(t.state, State::Vastgesteld { .. }) {
                    had_positive_determination = t.state.positieve_vaststelling().is_some();
                }
                state = t.state;
            } else {
                prop_assert_eq!(&state, &before, "a refused event leaves the state unchanged");
            }
            // every reachable state satisfies the stored-state invariants and round-trips
            prop_assert!(state.validate().is_ok(), "{:?}", state);
            let json = serde_json::to_string(&state).unwrap();
            let back: State = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &state);
            // employment is never reached without a positive determination
            if let State::InDienst { vaststelling, .. } = &state {
                prop_assert!(vaststelling.beschut_werk);
                prop_assert!(had_positive_determination);
            }
            if state.dienstbetrekking().is_some() {
                prop_assert!(state.positieve_vaststelling().is_some());
            }
        }
    }

    #[test]
    fn eligibility_never_panics_and_respects_the_law(f in feiten(), door in aanvrager(), datum in datum(), vorig in prop::option::of(datum())) {
        let mut v = Verzoek::new(door, datum);
        if let Some(vorig) = vorig { v = v.na_advies(vorig); }
        let b = beoordeel(&f, &v);
        let positief = b.uitkomst.is_positief();
        if positief {
            prop_assert_ne!(f.kring, Kring::Geen);
            prop_assert!(!(door == Aanvrager::Persoon && datum < d(2017, 1, 1)));
        }
        if f.kring == Kring::Geen {
            prop_assert!(matches!(b.uitkomst, Uitkomst::BuitenKring(_)));
        }
        prop_assert!(!b.explain().grounds.is_empty());
    }

    #[test]
    fn realised_places_never_exceed_placed(ops in prop::collection::vec((any::<bool>(), 0_usize..8, datum()), 0..30), probes in prop::collection::vec(datum(), 1..10)) {
        let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
        let mut ids = Vec::new();
        for (nieuw, i, datum) in ops {
            if nieuw || ids.is_empty() {
                ids.push(p.plaats(datum));
            } else {
                let id = ids[i % ids.len()];
                let before = p.clone();
                if p.beeindig(id, datum).is_err() {
                    prop_assert_eq!(&p, &before);
                }
            }
        }
        let total = u32::try_from(p.plaatsingen().len()).unwrap();
        for probe in probes {
            let realised = p.gerealiseerd(probe);
            prop_assert!(realised <= p.geplaatst(probe));
            prop_assert!(p.geplaatst(probe) <= total);
            if let Ok(stand) = p.stand(probe, &Beleid::default()) {
                prop_assert_eq!(stand.gerealiseerd, realised);
            }
        }
        let back: Plaatsen = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        prop_assert_eq!(back, p);
    }
}

/// One step of a guided walk: mostly the natural next event of the current state (so that
/// long paths are reached), sometimes any event, sometimes dated in the past.
#[derive(Debug, Clone, Copy)]
struct Step {
    choice: u8,
    gap: u16,
    positief: bool,
    reden: u8,
    door: bool,
    uren: u8,
    kind: u8,
}

fn step() -> impl Strategy<Value = Step> {
    (
        any::<u8>(),
        0_u16..120,
        any::<bool>(),
        any::<u8>(),
        any::<bool>(),
        0_u8..41,
        0_u8..6,
    )
        .prop_map(|(choice, gap, positief, reden, door, uren, kind)| Step {
            choice,
            gap,
            positief,
            reden,
            door,
            uren,
            kind,
        })
}

fn guided_event(state: &State, s: Step) -> Event {
    let base = state.datum();
    let datum = if s.choice < 12 {
        base.checked_sub_days(Days::new(u64::from(s.gap) + 1))
            .unwrap()
    } else {
        base.checked_add_days(Days::new(u64::from(s.gap))).unwrap()
    };
    let door = if s.door {
        Aanvrager::Persoon
    } else {
        Aanvrager::College
    };
    let uren_per_week = Hours::new(Decimal::from(s.uren)).unwrap();
    let reden = match s.reden % 4 {
        0 => None,
        1 => Some(""),
        _ => Some("advies niet zorgvuldig"),
    };
    let kind = if s.choice < 200 {
        match state {
            State::Kandidaat { .. } => 0,
            State::AdviesAangevraagd { .. } => 1,
            State::AdviesUitgebracht { .. } => 2,
            State::Vastgesteld { .. } => [3, 4, 0][usize::from(s.reden % 3)],
            State::Aangeboden { .. } => 4,
            _ => 5,
        }
    } else {
        s.kind
    };
    match kind {
        0 => Event::AdviesAangevraagd { datum, door },
        1 => Event::AdviesUitgebracht {
            datum,
            positief: s.positief,
        },
        2 => {
            // follow the advice, or depart with or without a reason
            let advies = match state {
                State::AdviesUitgebracht { advies, .. } => advies.positief,
                _ => s.positief,
            };
            let departs = s.reden % 5 == 0;
            let v = Vaststelling::new(datum, advies != departs);
            Event::Vastgesteld(match reden {
                Some(r) if departs || s.reden % 7 == 0 => v.met_afwijking(r),
                _ => v,
            })
        }
        3 => Event::Aangeboden { datum },
        4 => Event::InDienst(Dienstbetrekking {
            aanvang: datum,
            uren_per_week,
        }),
        _ => Event::Beeindigd {
            datum,
            reden: EindeReden::DienstbetrekkingGeeindigd,
        },
    }
}

proptest! {
    #[test]
    fn guided_walks_keep_the_invariants(steps in prop::collection::vec(step(), 1..12), start in datum()) {
        let beleid = Beleid::default();
        let ctx = Context::new(&beleid);
        let mut state = State::Kandidaat { sinds: start };
        let mut last_determination_positive = false;
        for s in steps {
            let event = guided_event(&state, s);
            let before = state.clone();
            if let Ok(t) = state.apply(&event, &ctx) {
                if let State::Vastgesteld { vaststelling, .. } = &t.state {
                    last_determination_positive = vaststelling.beschut_werk;
                }
                if let State::InDienst { .. } = &t.state {
                    // employment only after a positive determination
                    prop_assert!(last_determination_positive);
                    let from_determination = matches!(before, State::Vastgesteld { .. } | State::Aangeboden { .. });
                    prop_assert!(from_determination);
                }
                state = t.state;
            } else {
                prop_assert_eq!(&state, &before);
            }
            prop_assert!(state.validate().is_ok(), "{:?}", state);
            let back: State = serde_json::from_str(&serde_json::to_string(&state).unwrap()).unwrap();
            prop_assert_eq!(&back, &state);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tampered rows are rejected
// ---------------------------------------------------------------------------------------

const IN_DIENST: &str = r#"{"state":"in_dienst","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"college"},"advies":{"datum":"2018-02-01","positief":true},"vaststelling":{"datum":"2018-03-01","beschut_werk":true},"aanbod":"2018-04-01","dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}}"#;

#[test]
fn a_valid_row_reads() {
    let s: State = serde_json::from_str(IN_DIENST).unwrap();
    assert_eq!(serde_json::to_string(&s).unwrap(), IN_DIENST);
}

#[test]
fn tampered_rows_are_rejected() {
    let tampered = [
        // employed without a determination
        IN_DIENST.replace(
            r#""vaststelling":{"datum":"2018-03-01","beschut_werk":true},"#,
            "",
        ),
        // employed on a negative determination
        IN_DIENST.replace(r#""beschut_werk":true"#, r#""beschut_werk":false"#),
        // departure from a positive advice without a reason
        IN_DIENST
            .replace(r#""beschut_werk":true"#, r#""beschut_werk":false"#)
            .replace(r#""positief":true"#, r#""positief":false"#)
            .replace(r#""state":"in_dienst""#, r#""state":"aangeboden""#),
        // the contract before the offer
        IN_DIENST.replace(r#""aanvang":"2018-05-01""#, r#""aanvang":"2018-03-15""#),
        // the advice before the request
        IN_DIENST.replace(
            r#""advies":{"datum":"2018-02-01""#,
            r#""advies":{"datum":"2017-12-01""#,
        ),
        // a person's own request before 2017
        IN_DIENST.replace("2018-01-02", "2016-01-02").replace(
            r#"{"datum":"2018-01-03","door":"college"}"#,
            r#"{"datum":"2016-12-31","door":"persoon"}"#,
        ),
        // zero hours
        IN_DIENST.replace(r#""uren_per_week":"24""#, r#""uren_per_week":"0""#),
        // an unknown state
        IN_DIENST.replace("in_dienst", "gepensioneerd"),
    ];
    for json in &tampered {
        assert!(
            serde_json::from_str::<State>(json).is_err(),
            "accepted: {json}"
        );
    }
    let vorig_na_verzoek = r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2019-01-03","door":"persoon"},"vorig_advies":"2019-02-01"}"#;
    assert!(serde_json::from_str::<State>(vorig_na_verzoek).is_err());
    let beeindigd_zonder_vaststelling = r#"{"state":"beeindigd","sinds":"2018-01-02","dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"},"einde":"2019-01-01","reden":"dienstbetrekking_geeindigd"}"#;
    assert!(serde_json::from_str::<State>(beeindigd_zonder_vaststelling).is_err());
    let plaatsen_terug_in_tijd = r#"{"taakstelling":{"gemeente":"X","minimum":[{"valid_from":"2018-01-01","valid_to":"2018-12-31","value":1,"source":"s","confidence":"unverified"}]},"plaatsingen":[{"aanvang":"2018-05-01","einde":"2018-04-30"}]}"#;
    assert!(serde_json::from_str::<Plaatsen>(plaatsen_terug_in_tijd).is_err());
    let half_jaar = r#"{"gemeente":"X","minimum":[{"valid_from":"2018-07-01","valid_to":"2018-12-31","value":1,"source":"s","confidence":"unverified"}]}"#;
    assert!(serde_json::from_str::<Taakstelling>(half_jaar).is_err());
}

// ---------------------------------------------------------------------------------------
// Snapshots: a change to the wire format is a visible diff
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_states() {
    let aanvraag = r#""aanvraag":{"datum":"2018-01-03","door":"college"}"#;
    let advies = r#""advies":{"datum":"2018-02-01","positief":true}"#;
    let vaststelling = r#""vaststelling":{"datum":"2018-03-01","beschut_werk":true}"#;
    let expected = [
        r#"{"state":"kandidaat","sinds":"2018-01-02"}"#.to_owned(),
        format!(r#"{{"state":"advies_aangevraagd","sinds":"2018-01-02",{aanvraag}}}"#),
        format!(r#"{{"state":"advies_uitgebracht","sinds":"2018-01-02",{aanvraag},{advies}}}"#),
        format!(r#"{{"state":"vastgesteld","sinds":"2018-01-02",{aanvraag},{advies},{vaststelling}}}"#),
        format!(r#"{{"state":"aangeboden","sinds":"2018-01-02",{aanvraag},{advies},{vaststelling},"aanbod":"2018-04-01"}}"#),
        IN_DIENST.to_owned(),
        format!(r#"{{"state":"beeindigd","sinds":"2018-01-02",{vaststelling},"dienstbetrekking":{{"aanvang":"2018-05-01","uren_per_week":"24"}},"einde":"2019-04-30","reden":"dienstbetrekking_geeindigd"}}"#),
        r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2019-01-03","door":"persoon"},"vorig_advies":"2018-02-01"}"#.to_owned(),
        r#"{"state":"vastgesteld","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"persoon"},"advies":{"datum":"2018-02-01","positief":true},"vaststelling":{"datum":"2018-03-01","beschut_werk":false,"afwijking":"advies niet zorgvuldig"}}"#.to_owned(),
    ];
    for json in expected {
        let s: State = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
    }
}

#[test]
fn snapshot_events() {
    let events = [
        (
            Event::AdviesAangevraagd {
                datum: d(2018, 1, 3),
                door: Aanvrager::College,
            },
            r#"{"event":"advies_aangevraagd","datum":"2018-01-03","door":"college"}"#,
        ),
        (
            Event::AdviesUitgebracht {
                datum: d(2018, 2, 1),
                positief: false,
            },
            r#"{"event":"advies_uitgebracht","datum":"2018-02-01","positief":false}"#,
        ),
        (
            Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), true)),
            r#"{"event":"vastgesteld","datum":"2018-03-01","beschut_werk":true}"#,
        ),
        (
            Event::Aangeboden {
                datum: d(2018, 4, 1),
            },
            r#"{"event":"aangeboden","datum":"2018-04-01"}"#,
        ),
        (
            Event::InDienst(Dienstbetrekking {
                aanvang: d(2018, 5, 1),
                uren_per_week: Hours::new(Decimal::new(325, 1)).unwrap(),
            }),
            r#"{"event":"in_dienst","aanvang":"2018-05-01","uren_per_week":"32.5"}"#,
        ),
        (
            Event::Beeindigd {
                datum: d(2019, 1, 1),
                reden: EindeReden::AanbodAfgewezen,
            },
            r#"{"event":"beeindigd","datum":"2019-01-01","reden":"aanbod_afgewezen"}"#,
        ),
    ];
    for (event, json) in events {
        assert_eq!(serde_json::to_string(&event).unwrap(), json);
        assert_eq!(serde_json::from_str::<Event>(json).unwrap(), event);
    }
}

#[test]
fn snapshot_places() {
    let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    let id = p.plaats(d(2017, 3, 1));
    p.beeindig(id, d(2017, 9, 30)).unwrap();
    p.plaats(d(2017, 4, 1));
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"taakstelling":{"gemeente":"Zwolle","minimum":[{"valid_from":"2017-01-01","valid_to":"2017-12-31","value":26,"source":"Regeling aantallen beschut werk 2017 (Stcrt. 2017, 4882), bijlage; Zwolle figure from the seeds, not found in the stored text","confidence":"unverified"},{"valid_from":"2018-01-01","valid_to":"2018-12-31","value":46,"source":"Regeling vaststelling aantallen beschut werk 2018 (Stcrt. 2017, 68246), bijlage; Zwolle figure (provisional) from the seeds, not found in the stored text","confidence":"unverified"}]},"plaatsingen":[{"aanvang":"2017-03-01","einde":"2017-09-30"},{"aanvang":"2017-04-01"}]}"#
    );
    assert_eq!(serde_json::from_str::<Plaatsen>(&json).unwrap(), p);
}

#[test]
fn snapshot_feiten() {
    let mut f = Feiten::new(
        Kring::Uitkering(Uitkering::Wia),
        Arbeidsvermogen::new(
            true,
            Hours::new(Decimal::ONE).unwrap(),
            Hours::new(Decimal::new(4, 0)).unwrap(),
            true,
        ),
    );
    f.aangewezen_op_begeleiding = true;
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(
        json,
        r#"{"kring":{"uitkering":"wia"},"arbeidsvermogen":{"voert_taak_uit":true,"uren_aaneengesloten":"1","uren_per_dag":"4","basale_werknemersvaardigheden":true},"aangewezen_op_aanpassingen":false,"aangewezen_op_begeleiding":true,"wsw_indicatie":"geen","nieuwe_feiten":false}"#
    );
    assert_eq!(serde_json::from_str::<Feiten>(&json).unwrap(), f);
    let v = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29)).na_advies(d(2019, 3, 1));
    assert_eq!(
        serde_json::to_string(&v).unwrap(),
        r#"{"door":"persoon","datum":"2020-02-29","vorig_advies":"2019-03-01"}"#
    );
}
