//! Doelgroepen 0–4: classification at the boundaries of the default policy, the Wsw cut-off
//! of 2015-01-01, a municipality's own criteria, and the segment machine's guards.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::doelgroep::{WSW_GEINDICEERD, WSW_GESLOTEN_VANAF};
use participatiewet::{
    Beleid, Citation, Classificatie, Diagnose, Error, LegalStatus, Reden, Regulation, Segment,
    SegmentEffect, SegmentEvent, SegmentFeiten, SegmentState, Segmentcriteria, Trede,
    Werkperspectief, ZrmScores, classificeer,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn peildatum() -> NaiveDate {
    d(2025, 7, 1)
}

fn bijstand(diagnose: Diagnose) -> SegmentFeiten {
    SegmentFeiten::new(LegalStatus::AlgemeneBijstand).met_diagnose(diagnose)
}

fn segment_of(feiten: &SegmentFeiten, beleid: &Beleid) -> Segment {
    classificeer(feiten, peildatum(), beleid).unwrap().segment()
}

fn ladder(n: u8) -> Diagnose {
    Diagnose::Participatieladder(Trede::new(n).unwrap())
}

fn zrm(scores: [u8; 13]) -> Diagnose {
    Diagnose::Zelfredzaamheidsmatrix(ZrmScores::new(scores).unwrap())
}

#[test]
fn ladder_boundaries_of_the_default_policy() {
    // Default: segment 2 from rung 3 (organised activities), segment 3 from rung 5 (paid work
    // with support). Each boundary is tested on both sides.
    let beleid = Beleid::default();
    let expected = [
        (1, Segment::S1),
        (2, Segment::S1),
        (3, Segment::S2),
        (4, Segment::S2),
        (5, Segment::S3),
        (6, Segment::S3),
    ];
    for (rung, segment) in expected {
        assert_eq!(
            segment_of(&bijstand(ladder(rung)), &beleid),
            segment,
            "rung {rung}"
        );
    }
}

#[test]
fn zrm_boundaries_of_the_default_policy() {
    let beleid = Beleid::default();
    // two problem domains (score <= 2): not yet "multiple problems" -> segment 2
    let mut two = [4; 13];
    two[0] = 2;
    two[5] = 1;
    assert_eq!(segment_of(&bijstand(zrm(two)), &beleid), Segment::S2);
    // three problem domains -> segment 1
    let mut three = two;
    three[9] = 2;
    assert_eq!(segment_of(&bijstand(zrm(three)), &beleid), Segment::S1);
    // every domain at least 4 -> segment 3; one domain at 3 -> segment 2
    assert_eq!(segment_of(&bijstand(zrm([4; 13])), &beleid), Segment::S3);
    let mut one_three = [5; 13];
    one_three[12] = 3;
    assert_eq!(segment_of(&bijstand(zrm(one_three)), &beleid), Segment::S2);
}

#[test]
fn caseworker_judgement_is_taken_as_given() {
    let beleid = Beleid::default();
    for (p, s) in [
        (Werkperspectief::Beperkt, Segment::S1),
        (Werkperspectief::NaOndersteuning, Segment::S2),
        (Werkperspectief::Direct, Segment::S3),
    ] {
        assert_eq!(segment_of(&bijstand(Diagnose::Oordeel(p)), &beleid), s);
    }
}

#[test]
fn statuses_without_bijstand_are_segment_0_whatever_the_diagnosis() {
    let beleid = Beleid::default();
    for status in [
        LegalStatus::Nug,
        LegalStatus::Anw,
        LegalStatus::Ioaw,
        LegalStatus::Ioaz,
        LegalStatus::Loonkostensubsidie,
        LegalStatus::BeschutWerk,
    ] {
        let feiten = SegmentFeiten::new(status).met_diagnose(ladder(6));
        let c = classificeer(&feiten, peildatum(), &beleid).unwrap();
        assert_eq!(c.segment(), Segment::S0, "{status:?}");
        assert!(c.decision(&beleid).cites(&status.citation()));
    }
    let nug = classificeer(&SegmentFeiten::new(LegalStatus::Nug), peildatum(), &beleid)
        .unwrap()
        .decision(&beleid);
    assert_eq!(
        nug.grounds[0].citation.to_string(),
        "Participatiewet art. 6 lid 1 onderdeel a"
    );
}

#[test]
fn wsw_job_started_on_the_last_day_of_2014_is_segment_4() {
    let beleid = Beleid::default();
    let feiten = SegmentFeiten::new(LegalStatus::WswDienstbetrekking {
        sinds: d(2014, 12, 31),
    });
    let c = classificeer(&feiten, peildatum(), &beleid).unwrap();
    assert_eq!(c.segment(), Segment::S4);
    let decision = c.decision(&beleid);
    assert!(decision.cites(&WSW_GEINDICEERD));
    assert!(decision.grounds[0].text.contains("2014-12-31"));
}

#[test]
fn wsw_job_started_on_2015_01_01_is_impossible() {
    let beleid = Beleid::default();
    let feiten = SegmentFeiten::new(LegalStatus::WswDienstbetrekking {
        sinds: d(2015, 1, 1),
    });
    let err = classificeer(&feiten, peildatum(), &beleid).unwrap_err();
    assert!(matches!(err, Error::InvalidFacts { .. }));
    assert!(err.to_string().contains("on or after 2015-01-01"), "{err}");
    assert_eq!(WSW_GESLOTEN_VANAF, d(2015, 1, 1));

    // and the machine refuses to let anyone enter segment 4 by an event of that day
    let s = SegmentState::buiten(d(2014, 6, 1));
    let ok = s
        .apply(
            &SegmentEvent::WswDienstbetrekkingGestart {
                datum: d(2014, 12, 31),
            },
            &beleid,
        )
        .unwrap();
    assert_eq!(ok.state.segment(), Some(Segment::S4));
    let refused = s
        .apply(
            &SegmentEvent::WswDienstbetrekkingGestart {
                datum: d(2015, 1, 1),
            },
            &beleid,
        )
        .unwrap_err();
    assert_eq!(refused.citation(), Some(&WSW_GEINDICEERD));
}

#[test]
fn bijstand_without_a_diagnosis_is_an_error_not_a_default_segment() {
    let err = classificeer(
        &SegmentFeiten::new(LegalStatus::AlgemeneBijstand),
        peildatum(),
        &Beleid::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "diagnose is invalid: a client with algemene bijstand needs a diagnosis of work potential to be placed in segment 1, 2 or 3"
    );
}

#[test]
fn a_custom_policy_changes_the_segment_of_the_same_facts() {
    let facts = bijstand(ladder(4));
    let standaard = Beleid::default();
    assert_eq!(segment_of(&facts, &standaard), Segment::S2);

    // a municipality that counts unpaid work (rung 4) as job-ready
    let json = r#"{"gemeente":"Voorbeeldstad",
        "bron":{"regulation":"gemeentelijk_beleid","article":"Beleidsregels segmentering 2025, art. 2"},
        "ww_information_months":3,"short_ww_months":3,"beschut_werk_places":{},
        "placement_order":"by_determination_date","reassessment_months":null,"decision_term_weeks":8,
        "segmentcriteria":{"ladder_na_ondersteuning_vanaf":2,"ladder_direct_vanaf":4,
          "zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4}}"#;
    let eigen: Beleid = serde_json::from_str(json).unwrap();
    let decision = classificeer(&facts, peildatum(), &eigen)
        .unwrap()
        .decision(&eigen);
    assert_eq!(decision.value, Segment::S3);
    // the criterion is cited as the municipality's policy, never as law
    assert_eq!(
        decision.grounds[1].citation,
        Citation::owned(
            Regulation::GemeentelijkBeleid,
            "Beleidsregels segmentering 2025, art. 2".to_owned()
        )
    );
    assert!(decision.grounds[1].text.contains("segment 3 from trede 4"));
}

#[test]
fn policy_with_unordered_thresholds_is_rejected() {
    let json = r#"{"ladder_na_ondersteuning_vanaf":5,"ladder_direct_vanaf":4,
        "zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4}"#;
    let err = serde_json::from_str::<Segmentcriteria>(json).unwrap_err();
    assert!(
        err.to_string()
            .contains("ladder_direct_vanaf is 4, expected 5 to 6"),
        "{err}"
    );
}

#[test]
fn diagnosis_values_are_validated_on_the_wire() {
    assert!(
        serde_json::from_str::<Diagnose>(r#"{"instrument":"participatieladder","uitkomst":7}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<Diagnose>(
            r#"{"instrument":"zelfredzaamheidsmatrix","uitkomst":[3,3,3]}"#
        )
        .is_err()
    );
    let ok: Diagnose = serde_json::from_str(
        r#"{"instrument":"zelfredzaamheidsmatrix","uitkomst":[3,3,3,3,3,3,3,3,3,3,3,3,3]}"#,
    )
    .unwrap();
    assert_eq!(ok, zrm([3; 13]));
}

#[test]
fn re_measurement_that_keeps_the_segment_keeps_since_when() {
    let beleid = Beleid::default();
    let s = SegmentState::start(&bijstand(ladder(3)), d(2025, 1, 1), &beleid).unwrap();
    let t = s
        .apply(
            &SegmentEvent::DiagnoseGemeten {
                datum: d(2025, 7, 1),
                diagnose: ladder(4),
            },
            &beleid,
        )
        .unwrap();
    assert_eq!(t.state.segment(), Some(Segment::S2));
    assert_eq!(t.state.sinds(), d(2025, 1, 1));
    assert!(t.effects.is_empty());

    let t = t
        .state
        .apply(
            &SegmentEvent::DiagnoseGemeten {
                datum: d(2026, 1, 1),
                diagnose: ladder(5),
            },
            &beleid,
        )
        .unwrap();
    assert_eq!(t.state.segment(), Some(Segment::S3));
    assert_eq!(t.state.sinds(), d(2026, 1, 1));
    assert_eq!(t.state.reden(), Reden::DiagnoseGemeten);
    assert!(matches!(
        t.effects[0],
        SegmentEffect::SegmentGewijzigd {
            van: Some(Segment::S2),
            naar: Some(Segment::S3),
            ..
        }
    ));
}

#[test]
fn events_dated_before_the_state_are_refused() {
    let beleid = Beleid::default();
    let s = SegmentState::start(
        &SegmentFeiten::new(LegalStatus::Nug),
        d(2025, 1, 1),
        &beleid,
    )
    .unwrap();
    let err = s
        .apply(
            &SegmentEvent::OndersteuningBeeindigd {
                datum: d(2024, 12, 31),
            },
            &beleid,
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "event ondersteuning_beeindigd refused in state zonder_bijstand: the event is dated 2024-12-31, before the state's own date 2025-01-01"
    );
}

#[test]
fn a_wsw_employee_cannot_start_an_lks_job_inside_the_wsw() {
    let beleid = Beleid::default();
    let s = SegmentState::start(
        &SegmentFeiten::new(LegalStatus::WswDienstbetrekking {
            sinds: d(2005, 3, 1),
        }),
        d(2025, 1, 1),
        &beleid,
    )
    .unwrap();
    let err = s
        .apply(
            &SegmentEvent::LksBaanGestart {
                datum: d(2025, 2, 1),
            },
            &beleid,
        )
        .unwrap_err();
    assert_eq!(
        err.citation().unwrap().to_string(),
        "Participatiewet art. 10d lid 3"
    );
    // leaving the Wsw into bijstand with a diagnosis lands in 1-3; segment 4 is gone for good
    let t = s
        .apply(
            &SegmentEvent::WswBeeindigd {
                datum: d(2025, 2, 1),
                daarna: Some(LegalStatus::AlgemeneBijstand),
                diagnose: Some(ladder(2)),
            },
            &beleid,
        )
        .unwrap();
    assert_eq!(t.state.segment(), Some(Segment::S1));
    assert!(
        t.state
            .apply(
                &SegmentEvent::WswDienstbetrekkingGestart {
                    datum: d(2025, 3, 1)
                },
                &beleid
            )
            .is_err()
    );
}

#[test]
fn aow_age_ends_every_segment() {
    let beleid = Beleid::default();
    let s = SegmentState::start(&bijstand(ladder(1)), d(2025, 1, 1), &beleid).unwrap();
    let t = s
        .apply(
            &SegmentEvent::AowLeeftijdBereikt {
                datum: d(2026, 4, 15),
            },
            &beleid,
        )
        .unwrap();
    assert_eq!(t.state.segment(), None);
    assert_eq!(t.state.reden(), Reden::AowLeeftijdBereikt);
    assert!(
        t.state
            .decision(&beleid)
            .cites(&Citation::article(Regulation::Participatiewet, "9").lid(1))
    );
}

#[test]
fn classification_grounds_separate_law_and_policy() {
    let beleid = Beleid::default();
    let c = classificeer(&bijstand(ladder(2)), peildatum(), &beleid).unwrap();
    assert!(matches!(
        c,
        Classificatie::Bijstand {
            perspectief: Werkperspectief::Beperkt,
            ..
        }
    ));
    let decision = c.decision(&beleid);
    assert_eq!(
        decision.grounds[0].citation.to_string(),
        "Participatiewet art. 11"
    );
    assert_eq!(
        decision.grounds[1].citation.regulation,
        Regulation::GemeentelijkBeleid
    );
    assert_eq!(
        decision.grounds[1].text,
        "participatieladder trede 2 (segment 2 from trede 3, segment 3 from trede 5): no or limited perspective on paid work (segment 1)"
    );
}
