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
use participatiewet::Hours;
use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
use participatiewet::doelgroep::{
    Diagnose, LegalStatus, Reden, Segment, Segment0Definitie, SegmentEvent, SegmentFeiten,
    SegmentStart, SegmentState, Segmentcriteria, Trede, WSW_GESLOTEN_VANAF, Werkperspectief,
    ZrmScores,
};
use participatiewet::{
    Beleid, Context, EARLIEST, LATEST, Motivering, Parameters, Procedure, Taal, Transition,
    Validate,
};
use proptest::prelude::*;

const GRONDEN: [Grond; 9] = [
    Grond::Lid1A,
    Grond::Lid1B,
    Grond::Lid1C,
    Grond::Lid1D,
    Grond::Lid1E,
    Grond::Lid1F,
    Grond::Lid1G,
    Grond::Lid2,
    Grond::Lid6,
];

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        // 2010..2030, so that the 2015-01-01 Wsw cut-off is crossed often
        8 => (0_u64..7300).prop_map(|n| d(2010, 1, 1) + chrono::Days::new(n)),
        // the edges of the crate's dates, and just outside them
        1 => (0_u64..400).prop_map(|n| EARLIEST + chrono::Days::new(n)),
        1 => (0_u64..400).prop_map(|n| LATEST - chrono::Days::new(n)),
        1 => prop_oneof![
            Just(EARLIEST),
            Just(LATEST),
            Just(EARLIEST.pred_opt().unwrap()),
            Just(LATEST.succ_opt().unwrap()),
            Just(NaiveDate::MIN),
            Just(NaiveDate::MAX),
        ],
    ]
}

fn wsw_date() -> impl Strategy<Value = NaiveDate> {
    // a Wsw dienstbetrekking can only be built before 2015
    prop_oneof![
        (0_u64..1800).prop_map(|n| d(2010, 1, 1) + chrono::Days::new(n)),
        (0_u64..400).prop_map(|n| EARLIEST + chrono::Days::new(n)),
        Just(WSW_GESLOTEN_VANAF.pred_opt().unwrap()),
    ]
}

fn beleid() -> impl Strategy<Value = Beleid> {
    prop_oneof![
        Just(Beleid::default()),
        Just(
            Beleid::default()
                .with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)
                .unwrap()
        ),
        (1_u8..=60).prop_map(|m| {
            Beleid::default()
                .with_segmentcriteria(
                    Segmentcriteria::builder()
                        .herdiagnose_maanden(m)
                        .ladder_na_ondersteuning_vanaf(2)
                        .ladder_direct_vanaf(4)
                        .build()
                        .unwrap(),
                )
                .unwrap()
        }),
    ]
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
        wsw_date().prop_map(|sinds| LegalStatus::wsw_dienstbetrekking(sinds).unwrap()),
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
        (
            date(),
            0_u64..400,
            proptest::option::of(-400_i64..800),
            0usize..9
        )
            .prop_filter_map(
                "a job and a register entry within the crate's dates",
                |(datum, terug, opgenomen, grond)| {
                    let begin = datum.checked_sub_days(chrono::Days::new(terug))?;
                    let mut baan = Baan::new(
                        Sector::NietOverheid,
                        Arbeidsrelatie::Dienstbetrekking,
                        "25.5".parse::<Hours>().ok()?,
                        begin,
                    )
                    .ok()?;
                    if let Some(dagen) = opgenomen {
                        let op = begin.checked_sub_signed(chrono::Duration::days(dagen))?;
                        baan = baan.inschrijving(Inschrijving::opgenomen(op).ok()?);
                    }
                    let grond = *GRONDEN.get(grond)?;
                    Some(SegmentEvent::BanenafspraakGeplaatst { datum, baan, grond })
                }
            ),
        (date(), 0usize..13, proptest::option::of(status())).prop_filter_map(
            "an end within the crate's dates",
            |(datum, reden, daarna)| {
                let reden = *Beeindigingsreden::ALL.get(reden)?;
                Some(SegmentEvent::Uitstroom {
                    beeindiging: Beeindiging::new(datum, reden).ok()?,
                    daarna,
                })
            }
        ),
    ]
}

fn start_strategy() -> impl Strategy<Value = SegmentStart> {
    prop_oneof![
        date().prop_filter_map("outside the dates", |d| SegmentStart::buiten(d).ok()),
        (status(), proptest::option::of(diagnose()), date()).prop_filter_map(
            "outside the dates",
            |(status, diagnose, datum)| {
                let mut feiten = SegmentFeiten::new(status);
                if let Some(diagnose) = diagnose {
                    feiten = feiten.met_diagnose(diagnose);
                }
                SegmentStart::feiten(feiten, datum).ok()
            }
        ),
    ]
}

/// Every state a start or an apply returns validates and reads back from its own JSON, and so
/// does its transition.
fn reloads(t: &Transition<SegmentState>) {
    t.state.validate().unwrap();
    let json = serde_json::to_string(&t.state).unwrap();
    let back: SegmentState = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(back, t.state);
    let json = serde_json::to_string(t).unwrap();
    let back: Transition<SegmentState> = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, t);
}

/// The state's decision is well formed and renders with every slot filled.
fn decides(state: &SegmentState, beleid: &Beleid) {
    let decision = state.decision(beleid);
    assert_eq!(*decision.value(), state.segment());
    assert!(decision.outcome().is_well_formed());
    for (i, g) in decision.grounds().iter().enumerate() {
        assert!(g.is_well_formed(), "{g}");
        assert!(
            decision.grounds()[i + 1..]
                .iter()
                .all(|h| h.code() != g.code()),
            "ground {} twice",
            g.code()
        );
    }
    let text = Motivering::new(&decision, Taal::Nl).to_string();
    assert!(!text.contains('{'), "{text}");
}

/// The invariants of the issue, checked from the outside.
fn check(state: &SegmentState) {
    state.validate().unwrap();
    // a recorded banenafspraak job counts from the state's start on, while its person is
    // registered
    if let Some(p) = state.banenafspraak() {
        assert!(p.vanaf() >= state.sinds());
        assert!(p.baan().telt_op(p.vanaf()));
    }
    match state.segment() {
        Some(Segment::S1 | Segment::S2 | Segment::S3) => assert!(state.has_algemene_bijstand()),
        Some(Segment::S0) => assert!(!state.has_algemene_bijstand()),
        Some(Segment::S4) => {
            let SegmentState::Wsw {
                dienstbetrekking_sinds,
                reden,
                sinds,
                ..
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
        start in start_strategy(),
        beleid in beleid(),
        mut events in proptest::collection::vec(event(), 0..24),
        sorted in any::<bool>(),
    ) {
        let params = Parameters::bundled();
        let ctx = Context::new(&params, &beleid);
        if sorted {
            // in date order most events are accepted; unsorted, many are refused as too early
            events.sort_by_key(SegmentEvent::datum);
        }
        let started = SegmentState::start(&start, &ctx);
        let Ok(t) = started else {
            // only impossible facts are refused: a Wsw job after the start date, or a benefit
            // the policy keeps out of segment 0 (the machine holds 1-3 for bijstand)
            let SegmentStart::Feiten { feiten, datum, .. } = start else {
                panic!("a start outside every segment is always accepted");
            };
            if feiten.status().is_segment_0() && !beleid.segment_0().omvat(feiten.status()) {
                let err = started.unwrap_err();
                prop_assert_eq!(err.field(), Some("status"));
                return Ok(());
            }
            let LegalStatus::WswDienstbetrekking { sinds, .. } = feiten.status() else {
                panic!("refused start {start:?}");
            };
            prop_assert!(sinds > datum);
            return Ok(());
        };
        reloads(&t);
        prop_assert_eq!(&t.effects, &t.state.effects(&ctx).unwrap());
        let mut state = t.state;
        check(&state);
        decides(&state, &beleid);
        for event in &events {
            let before = state.clone();
            let before_json = serde_json::to_string(&state).unwrap();
            match state.apply(event, &ctx) {
                Ok(t) => {
                    check(&t.state);
                    reloads(&t);
                    decides(&t.state, &beleid);
                    prop_assert!(t.state.sinds() >= before.sinds());
                    prop_assert!((EARLIEST..=LATEST).contains(&event.datum()));
                    // nobody enters segment 4 by an event dated on or after 2015-01-01
                    if t.state.segment() == Some(Segment::S4) && before.segment() != Some(Segment::S4) {
                        prop_assert!(event.datum() < WSW_GESLOTEN_VANAF);
                    }
                    // a change of segment is an effect of the transition
                    prop_assert_eq!(
                        t.effects.iter().any(|e| e.is("doelgroep_segment_gewijzigd")),
                        t.state.segment() != before.segment()
                    );
                    // a banenafspraak job is recorded, and moves no segment
                    if let SegmentEvent::BanenafspraakGeplaatst { datum, baan, grond } = *event {
                        prop_assert_eq!(before.banenafspraak(), None);
                        prop_assert_eq!(t.state.segment(), before.segment());
                        prop_assert_eq!((t.state.sinds(), t.state.reden()), (before.sinds(), before.reden()));
                        let p = t.state.banenafspraak().unwrap();
                        prop_assert_eq!((p.vanaf(), p.baan(), p.grond()), (datum, baan, grond));
                        prop_assert!(baan.telt_op(datum));
                        prop_assert!(t.effects[0].is("doelgroep_banenafspraak_geplaatst"));
                    }
                    state = t.state;
                }
                Err(err) => {
                    // refused: the state is untouched and the error names state and event
                    prop_assert_eq!(&state, &before);
                    prop_assert_eq!(serde_json::to_string(&state).unwrap(), before_json);
                    prop_assert_eq!(err.state(), before.tag());
                    prop_assert_eq!(err.event(), event.tag());
                    prop_assert!(!err.rule().get(Taal::Nl).is_empty());
                }
            }
        }
    }

    #[test]
    fn events_round_trip(event in event()) {
        let json = serde_json::to_string(&event).unwrap();
        let back = serde_json::from_str::<SegmentEvent>(&json);
        // an event dated outside the crate's dates is refused on reading
        if (EARLIEST..=LATEST).contains(&event.datum()) {
            prop_assert_eq!(back.unwrap(), event);
        } else {
            prop_assert!(back.is_err());
        }
    }

    #[test]
    fn starts_round_trip(start in start_strategy()) {
        let json = serde_json::to_string(&start).unwrap();
        prop_assert_eq!(serde_json::from_str::<SegmentStart>(&json).unwrap(), start);
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

    #[test]
    fn tampered_dates_out_of_range_are_rejected(n in 1_u64..100_000, late in any::<bool>()) {
        let bad = if late { LATEST + chrono::Days::new(n) } else { EARLIEST - chrono::Days::new(n) };
        let json = format!(r#"{{"state":"buiten","sinds":"{bad}","reden":"start"}}"#);
        prop_assert!(serde_json::from_str::<SegmentState>(&json).is_err());
        let json = format!(
            r#"{{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{{"instrument":"participatieladder","uitkomst":3}},"gemeten_op":"{bad}","perspectief":"na_ondersteuning"}}"#
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
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"beschut_werk_geplaatst","status":{"status":"loonkostensubsidie"}}"#,
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"lks_baan_gestart","status":{"status":"beschut_werk"}}"#,
        // a perspective that contradicts the caseworker's judgement it rests on
        r#"{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{"instrument":"oordeel","uitkomst":"direct"},"gemeten_op":"2025-01-01","perspectief":"beperkt"}"#,
        // bijstand starting after the state
        r#"{"state":"diagnose_nodig","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-02-01"}"#,
        // a date outside the crate's range
        r#"{"state":"buiten","sinds":"1899-12-31","reden":"start"}"#,
        r#"{"state":"diagnose_nodig","sinds":"2200-01-01","reden":"start","bijstand_sinds":"2025-02-01"}"#,
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
    let params = Parameters::bundled();
    // Anw in segment 0: the policy "ondersteuning zonder bijstand"
    let beleid = Beleid::default()
        .with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)
        .unwrap();
    let ctx = Context::new(&params, &beleid);
    let s = |status, diagnose: Option<Diagnose>| {
        let mut f = SegmentFeiten::new(status);
        if let Some(diag) = diagnose {
            f = f.met_diagnose(diag);
        }
        let start = SegmentStart::feiten(f, d(2025, 1, 1)).unwrap();
        serde_json::to_string(&SegmentState::start(&start, &ctx).unwrap().state).unwrap()
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
            LegalStatus::wsw_dienstbetrekking(d(1999, 9, 1)).unwrap(),
            None
        ),
        r#"{"state":"wsw","sinds":"2025-01-01","reden":"start","dienstbetrekking_sinds":"1999-09-01"}"#
    );
    let buiten = SegmentState::start(&SegmentStart::buiten(d(2025, 1, 1)).unwrap(), &ctx)
        .unwrap()
        .state;
    assert_eq!(
        serde_json::to_string(&buiten).unwrap(),
        r#"{"state":"buiten","sinds":"2025-01-01","reden":"start"}"#
    );
    // every snapshot reads back
    for json in [
        s(LegalStatus::Anw, None),
        s(LegalStatus::AlgemeneBijstand, None),
        serde_json::to_string(&buiten).unwrap(),
    ] {
        let back: SegmentState = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
}

#[test]
fn snapshot_of_events_starts_and_policy() {
    let e = SegmentEvent::WswBeeindigd {
        datum: d(2025, 5, 1),
        daarna: Some(LegalStatus::AlgemeneBijstand),
        diagnose: Some(Diagnose::Oordeel(Werkperspectief::Beperkt)),
    };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"event":"wsw_beeindigd","datum":"2025-05-01","daarna":{"status":"algemene_bijstand"},"diagnose":{"instrument":"oordeel","uitkomst":"beperkt"}}"#
    );
    let e = SegmentEvent::WwUitgeputInBijstand {
        datum: d(2026, 4, 1),
        diagnose: None,
    };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"event":"ww_uitgeput_in_bijstand","datum":"2026-04-01","diagnose":null}"#
    );
    assert_eq!(
        serde_json::to_string(&SegmentStart::buiten(d(2025, 3, 3)).unwrap()).unwrap(),
        r#"{"start":"buiten","datum":"2025-03-03"}"#
    );
    assert_eq!(
        serde_json::to_string(Beleid::default().segmentcriteria()).unwrap(),
        r#"{"ladder_na_ondersteuning_vanaf":3,"ladder_direct_vanaf":5,"zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,"herdiagnose_maanden":null}"#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SegmentState>();
    assert_send_sync::<SegmentEvent>();
    assert_send_sync::<SegmentStart>();
    assert_send_sync::<Transition<SegmentState>>();
    assert_send_sync::<participatiewet::doelgroep::Classificatie>();
}

#[test]
fn snapshot_of_facts_and_classification() {
    let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
        .met_diagnose(Diagnose::Participatieladder(Trede::new(5).unwrap()));
    assert_eq!(
        serde_json::to_string(&feiten).unwrap(),
        r#"{"status":{"status":"algemene_bijstand"},"diagnose":{"instrument":"participatieladder","uitkomst":5}}"#
    );
    let c = participatiewet::doelgroep::classificeer(&feiten, d(2025, 1, 1), &Beleid::default())
        .unwrap();
    let json = serde_json::to_string(&c).unwrap();
    assert_eq!(
        json,
        r#"{"grond":"bijstand","diagnose":{"instrument":"participatieladder","uitkomst":5},"perspectief":"direct"}"#
    );
    assert_eq!(
        serde_json::from_str::<participatiewet::doelgroep::Classificatie>(&json).unwrap(),
        c
    );
    // facts without a diagnosis write it as null, and read back
    let nug: SegmentFeiten =
        serde_json::from_str(r#"{"status":{"status":"nug"},"diagnose":null}"#).unwrap();
    assert_eq!(nug, SegmentFeiten::new(LegalStatus::Nug));
    assert_eq!(
        serde_json::to_string(&nug).unwrap(),
        r#"{"status":{"status":"nug"},"diagnose":null}"#
    );
    // every kind of classification reads back
    for feiten in [
        SegmentFeiten::new(LegalStatus::Nug),
        SegmentFeiten::new(LegalStatus::Ioaw)
            .met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct)),
        SegmentFeiten::new(LegalStatus::wsw_dienstbetrekking(d(2014, 12, 31)).unwrap()),
        SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
            .met_diagnose(Diagnose::Oordeel(Werkperspectief::Beperkt)),
    ] {
        let c =
            participatiewet::doelgroep::classificeer(&feiten, d(2025, 1, 1), &Beleid::default())
                .unwrap();
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            serde_json::from_str::<participatiewet::doelgroep::Classificatie>(&json).unwrap(),
            c,
            "{json}"
        );
    }
    // a tampered classification is refused
    for json in [
        r#"{"grond":"bijstand","diagnose":{"instrument":"oordeel","uitkomst":"direct"},"perspectief":"beperkt"}"#,
        r#"{"grond":"zonder_bijstand","status":{"status":"algemene_bijstand"}}"#,
        r#"{"grond":"wsw","sinds":"2015-01-01"}"#,
        r#"{"grond":"wsw","sinds":"2010-01-01","x":1}"#,
    ] {
        assert!(
            serde_json::from_str::<participatiewet::doelgroep::Classificatie>(json).is_err(),
            "{json}"
        );
    }
}
