//! Property tests of the segment machine: invariants after any event sequence, refused
//! events leave the state unchanged, no sequence panics, serde round-trip, tamper rejection,
//! and snapshots of the persisted JSON.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::doelgroep::WSW_GESLOTEN_VANAF;
use participatiewet::{
    Beleid, Diagnose, LegalStatus, Reden, Segment, SegmentEvent, SegmentFeiten, SegmentState,
    Trede, Werkperspectief, ZrmScores,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // 2010..2030, so that the 2015-01-01 Wsw cut-off is crossed often
    (0_u64..7300).prop_map(|n| d(2010, 1, 1) + chrono::Days::new(n))
}

fn diagnose() -> impl Strategy<Value = Diagnose> {
    prop_oneof![
        (1_u8..=6).prop_map(|n| Diagnose::Participatieladder(Trede::new(n).unwrap())),
        proptest::array::uniform13(1_u8..=5)
            .prop_map(|s| Diagnose::Zelfredzaamheidsmatrix(ZrmScores::new(s).unwrap())),
        prop_oneof![
            Just(Werkperspectief::Beperkt),
            Just(Werkperspectief::NaOndersteuning),
            Just(Werkperspectief::Direct)
        ]
        .prop_map(Diagnose::Oordeel),
    ]
}

fn status() -> impl Strategy<Value = LegalStatus> {
    prop_oneof![
        Just(LegalStatus::AlgemeneBijstand),
        Just(LegalStatus::Nug),
        Just(LegalStatus::Anw),
        Just(LegalStatus::Ioaw),
        Just(LegalStatus::Ioaz),
        Just(LegalStatus::Loonkostensubsidie),
        Just(LegalStatus::BeschutWerk),
        date().prop_map(|sinds| LegalStatus::WswDienstbetrekking { sinds }),
    ]
}

fn event() -> impl Strategy<Value = SegmentEvent> {
    prop_oneof![
        (date(), diagnose())
            .prop_map(|(datum, diagnose)| SegmentEvent::DiagnoseGemeten { datum, diagnose }),
        (date(), proptest::option::of(diagnose()))
            .prop_map(|(datum, diagnose)| SegmentEvent::BijstandToegekend { datum, diagnose }),
        (date(), proptest::option::of(diagnose()))
            .prop_map(|(datum, diagnose)| SegmentEvent::WwUitgeputInBijstand { datum, diagnose }),
        (date(), proptest::option::of(status()))
            .prop_map(|(datum, daarna)| SegmentEvent::BijstandBeeindigd { datum, daarna }),
        date().prop_map(|datum| SegmentEvent::LksBaanGestart { datum }),
        date().prop_map(|datum| SegmentEvent::BeschutWerkGeplaatst { datum }),
        (date(), status())
            .prop_map(|(datum, status)| SegmentEvent::OndersteuningGestart { datum, status }),
        date().prop_map(|datum| SegmentEvent::OndersteuningBeeindigd { datum }),
        date().prop_map(|datum| SegmentEvent::WswDienstbetrekkingGestart { datum }),
        (
            date(),
            proptest::option::of(status()),
            proptest::option::of(diagnose())
        )
            .prop_map(|(datum, daarna, diagnose)| SegmentEvent::WswBeeindigd {
                datum,
                daarna,
                diagnose
            }),
        date().prop_map(|datum| SegmentEvent::AowLeeftijdBereikt { datum }),
    ]
}

fn start() -> impl Strategy<Value = SegmentState> {
    let beleid = Beleid::default();
    prop_oneof![
        date().prop_map(SegmentState::buiten),
        (status(), proptest::option::of(diagnose()), date()).prop_filter_map(
            "impossible facts",
            move |(status, diagnose, datum)| {
                let mut feiten = SegmentFeiten::new(status);
                if let Some(diagnose) = diagnose {
                    feiten = feiten.met_diagnose(diagnose);
                }
                SegmentState::start(&feiten, datum, &beleid).ok()
            }
        ),
    ]
}

/// The invariants of the issue, checked from the outside.
fn check(state: &SegmentState) {
    state.validate().unwrap();
    match state.segment() {
        Some(Segment::S1 | Segment::S2 | Segment::S3) => assert!(state.has_algemene_bijstand()),
        Some(Segment::S0) => assert!(!state.has_algemene_bijstand()),
        Some(Segment::S4) => {
            let SegmentState::Wsw {
                dienstbetrekking_sinds,
                reden,
                sinds,
            } = *state
            else {
                panic!("segment 4 outside the wsw state");
            };
            assert!(dienstbetrekking_sinds < WSW_GESLOTEN_VANAF);
            if reden == Reden::WswDienstbetrekkingGestart {
                assert!(sinds < WSW_GESLOTEN_VANAF);
            }
        }
        None => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_after_any_event_sequence(
        mut state in start(),
        mut events in proptest::collection::vec(event(), 0..24),
        sorted in any::<bool>(),
    ) {
        let beleid = Beleid::default();
        if sorted {
            // in date order most events are accepted; unsorted, many are refused as too early
            events.sort_by_key(SegmentEvent::datum);
        }
        check(&state);
        for event in &events {
            let before = state.clone();
            match state.apply(event, &beleid) {
                Ok(t) => {
                    check(&t.state);
                    prop_assert!(t.state.sinds() >= before.sinds());
                    // entering segment 4 by an event only before 2015
                    if t.state.segment() == Some(Segment::S4) && before.segment() != Some(Segment::S4) {
                        prop_assert!(event.datum() < WSW_GESLOTEN_VANAF);
                    }
                    state = t.state;
                }
                Err(err) => {
                    // refused: the state is untouched and the error names state and event
                    prop_assert_eq!(&state, &before);
                    prop_assert_eq!(err.state(), before.tag());
                    prop_assert_eq!(err.event(), event.tag());
                }
            }
        }
    }

    #[test]
    fn serde_round_trip(state in start(), events in proptest::collection::vec(event(), 0..12)) {
        let beleid = Beleid::default();
        let mut state = state;
        for event in &events {
            if let Ok(t) = state.apply(event, &beleid) {
                state = t.state;
            }
            let json = serde_json::to_string(&state).unwrap();
            let back: SegmentState = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &state);
        }
    }

    #[test]
    fn events_round_trip(event in event()) {
        let json = serde_json::to_string(&event).unwrap();
        let back: SegmentEvent = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, event);
    }

    #[test]
    fn tampered_wsw_start_is_rejected(sinds in date(), n in 0_u64..4000) {
        // a stored segment-4 state whose dienstbetrekking starts on or after 2015-01-01
        let bad = WSW_GESLOTEN_VANAF + chrono::Days::new(n);
        let json = format!(
            r#"{{"state":"wsw","sinds":"{}","reden":"start","dienstbetrekking_sinds":"{bad}"}}"#,
            sinds.max(bad)
        );
        prop_assert!(serde_json::from_str::<SegmentState>(&json).is_err());
    }
}

#[test]
fn tampered_states_are_rejected() {
    let tampered = [
        // segment 0 holding algemene bijstand
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"algemene_bijstand"}}"#,
        // segment 0 holding a Wsw job
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"wsw_dienstbetrekking","sinds":"2010-01-01"}}"#,
        // entered segment 4 by an event of 2015
        r#"{"state":"wsw","sinds":"2015-01-01","reden":"wsw_dienstbetrekking_gestart","dienstbetrekking_sinds":"2014-12-31"}"#,
        // a reason that cannot lead to the state
        r#"{"state":"wsw","sinds":"2016-01-01","reden":"lks_baan_gestart","dienstbetrekking_sinds":"2010-01-01"}"#,
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"lks_baan_gestart","status":{"status":"nug"}}"#,
        // a perspective that contradicts the caseworker's judgement it rests on
        r#"{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{"instrument":"oordeel","uitkomst":"direct"},"gemeten_op":"2025-01-01","perspectief":"beperkt"}"#,
        // bijstand starting after the state
        r#"{"state":"diagnose_nodig","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-02-01"}"#,
        // an invalid rung, an unknown state
        r#"{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{"instrument":"participatieladder","uitkomst":9},"gemeten_op":"2025-01-01","perspectief":"direct"}"#,
        r#"{"state":"segment_5","sinds":"2025-01-01","reden":"start"}"#,
    ];
    for json in tampered {
        assert!(
            serde_json::from_str::<SegmentState>(json).is_err(),
            "accepted: {json}"
        );
    }
}

#[test]
fn snapshot_of_every_state() {
    let beleid = Beleid::default();
    let s = |status, diagnose: Option<Diagnose>| {
        let mut f = SegmentFeiten::new(status);
        if let Some(diag) = diagnose {
            f = f.met_diagnose(diag);
        }
        serde_json::to_string(&SegmentState::start(&f, d(2025, 1, 1), &beleid).unwrap()).unwrap()
    };
    assert_eq!(
        s(LegalStatus::Anw, None),
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"anw"}}"#
    );
    assert_eq!(
        s(LegalStatus::AlgemeneBijstand, None),
        r#"{"state":"diagnose_nodig","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01"}"#
    );
    assert_eq!(
        s(
            LegalStatus::AlgemeneBijstand,
            Some(Diagnose::Zelfredzaamheidsmatrix(
                ZrmScores::new([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3]).unwrap()
            ))
        ),
        r#"{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{"instrument":"zelfredzaamheidsmatrix","uitkomst":[4,4,4,4,4,4,4,4,4,4,4,4,3]},"gemeten_op":"2025-01-01","perspectief":"na_ondersteuning"}"#
    );
    assert_eq!(
        s(
            LegalStatus::WswDienstbetrekking {
                sinds: d(1999, 9, 1)
            },
            None
        ),
        r#"{"state":"wsw","sinds":"2025-01-01","reden":"start","dienstbetrekking_sinds":"1999-09-01"}"#
    );
    assert_eq!(
        serde_json::to_string(&SegmentState::buiten(d(2025, 1, 1))).unwrap(),
        r#"{"state":"buiten","sinds":"2025-01-01","reden":"start"}"#
    );
}

#[test]
fn snapshot_of_events_and_policy() {
    let e = SegmentEvent::WswBeeindigd {
        datum: d(2025, 5, 1),
        daarna: Some(LegalStatus::AlgemeneBijstand),
        diagnose: Some(Diagnose::Oordeel(Werkperspectief::Beperkt)),
    };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"event":"wsw_beeindigd","datum":"2025-05-01","daarna":{"status":"algemene_bijstand"},"diagnose":{"instrument":"oordeel","uitkomst":"beperkt"}}"#
    );
    assert_eq!(
        serde_json::to_string(&Beleid::default().segmentcriteria()).unwrap(),
        r#"{"ladder_na_ondersteuning_vanaf":3,"ladder_direct_vanaf":5,"zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4}"#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SegmentState>();
    assert_send_sync::<SegmentEvent>();
    assert_send_sync::<participatiewet::SegmentTransition>();
    assert_send_sync::<participatiewet::Classificatie>();
}

#[test]
fn snapshot_of_facts_and_classification() {
    let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
        .met_diagnose(Diagnose::Participatieladder(Trede::new(5).unwrap()));
    assert_eq!(
        serde_json::to_string(&feiten).unwrap(),
        r#"{"status":{"status":"algemene_bijstand"},"diagnose":{"instrument":"participatieladder","uitkomst":5}}"#
    );
    let c = participatiewet::classificeer(&feiten, d(2025, 1, 1), &Beleid::default()).unwrap();
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"grond":"bijstand","diagnose":{"instrument":"participatieladder","uitkomst":5},"perspectief":"direct"}"#
    );
    // facts without a diagnosis leave the field out, and read back without it
    let nug: SegmentFeiten = serde_json::from_str(r#"{"status":{"status":"nug"}}"#).unwrap();
    assert_eq!(nug, SegmentFeiten::new(LegalStatus::Nug));
}
