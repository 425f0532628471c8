//! Doelgroepen 0–4: classification at the boundaries of the default policy, the Wsw cut-off
//! of 2015-01-01, a municipality's own criteria, and the segment machine's guards.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::doelgroep::{
    Classificatie, Diagnose, LegalStatus, Reden, Segment, Segment0Definitie, SegmentEvent,
    SegmentFeiten, SegmentStart, SegmentState, Segmentcriteria, Trede, WSW_GEINDICEERD,
    WSW_GESLOTEN_VANAF, Werkperspectief, ZrmScores, classificeer,
};
use participatiewet::{
    Beleid, Bezwaar, Citation, Context, Error, Motivering, Parameters, Procedure, Regulation, Taal,
    Transition, TransitionError,
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

fn start(feiten: SegmentFeiten, datum: NaiveDate, beleid: &Beleid) -> Result<SegmentState, Error> {
    let params = Parameters::bundled();
    let start = SegmentStart::feiten(feiten, datum)?;
    Ok(SegmentState::start(&start, &Context::new(&params, beleid))?.state)
}

fn buiten(datum: NaiveDate) -> SegmentState {
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    SegmentState::start(
        &SegmentStart::buiten(datum).unwrap(),
        &Context::new(&params, &beleid),
    )
    .unwrap()
    .state
}

fn apply(
    state: &SegmentState,
    event: &SegmentEvent,
    beleid: &Beleid,
) -> Result<Transition<SegmentState>, TransitionError> {
    let params = Parameters::bundled();
    state.apply(event, &Context::new(&params, beleid))
}

fn wsw(sinds: NaiveDate) -> SegmentFeiten {
    SegmentFeiten::new(LegalStatus::wsw_dienstbetrekking(sinds).unwrap())
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

/// The policy that keeps Anw, IOAW and IOAZ recipients in segment 0 (the crate's earlier
/// mapping).
fn ondersteuning_zonder_bijstand() -> Beleid {
    Beleid::default()
        .with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)
        .unwrap()
}

/// Segment 0 "geen uitkering" (the default): NUG and people working with LKS or in beschut
/// werk are segment 0 whatever the diagnosis; an Anw, IOAW or IOAZ benefit is placed by the
/// diagnosis (ladder 6: segment 3; ladder 2: segment 1), and without one it is refused.
#[test]
fn segment_0_geen_uitkering_places_a_benefit_by_its_diagnosis() {
    let beleid = Beleid::default();
    assert_eq!(beleid.segment_0(), Segment0Definitie::GeenUitkering);
    for status in [
        LegalStatus::Nug,
        LegalStatus::Loonkostensubsidie,
        LegalStatus::BeschutWerk,
    ] {
        let c = classificeer(
            &SegmentFeiten::new(status).met_diagnose(ladder(6)),
            peildatum(),
            &beleid,
        )
        .unwrap();
        assert_eq!(c.segment(), Segment::S0, "{status:?}");
        let decision = c.decision(&beleid);
        assert_eq!(
            decision.grounds()[1].text(Taal::Nl),
            "Volgens het gemeentelijk beleid valt wie geen uitkering ontvangt in segment 0, met \
             welke ondersteuning bij arbeidsinschakeling ook."
        );
        assert_eq!(decision.grounds()[1].citation(), &beleid.citation());
    }
    for status in [LegalStatus::Anw, LegalStatus::Ioaw, LegalStatus::Ioaz] {
        let c = classificeer(
            &SegmentFeiten::new(status).met_diagnose(ladder(6)),
            peildatum(),
            &beleid,
        )
        .unwrap();
        assert_eq!(c.segment(), Segment::S3, "{status:?}");
        assert!(matches!(c, Classificatie::Uitkering { status: s, .. } if s == status));
        let c = classificeer(
            &SegmentFeiten::new(status).met_diagnose(ladder(2)),
            peildatum(),
            &beleid,
        )
        .unwrap();
        assert_eq!(c.segment(), Segment::S1, "{status:?}");
        let err = classificeer(&SegmentFeiten::new(status), peildatum(), &beleid).unwrap_err();
        assert_eq!(err.field(), Some("diagnose"));
    }
    let ioaw = SegmentFeiten::new(LegalStatus::Ioaw).met_diagnose(ladder(4));
    let decision = classificeer(&ioaw, peildatum(), &beleid)
        .unwrap()
        .decision(&beleid);
    let texts: Vec<String> = decision
        .grounds()
        .iter()
        .map(|g| g.text(Taal::Nl))
        .collect();
    assert_eq!(
        decision.outcome().text(Taal::Nl),
        "U bent ingedeeld in segment 2."
    );
    assert_eq!(
        texts[0],
        "U ontvangt geen algemene bijstand: u ontvangt een IOAW-uitkering. Het college ondersteunt u bij arbeidsinschakeling."
    );
    assert_eq!(
        texts[1],
        "Volgens het gemeentelijk beleid valt wie een uitkering ontvangt niet in segment 0; de diagnose van uw mogelijkheden tot werk bepaalt of u in segment 1, 2 of 3 valt."
    );
    assert_eq!(
        decision.grounds()[0].citation().to_string(),
        "Participatiewet art. 7 lid 1 onderdeel a"
    );
    assert_eq!(decision.grounds()[1].citation(), &beleid.citation());
    assert_eq!(decision.grounds().len(), 4);
    // stored and read back, and a tampered status is refused
    let json = serde_json::to_string(&classificeer(&ioaw, peildatum(), &beleid).unwrap()).unwrap();
    assert_eq!(
        json,
        r#"{"grond":"uitkering","status":{"status":"ioaw"},"diagnose":{"instrument":"participatieladder","uitkomst":4},"perspectief":"na_ondersteuning"}"#
    );
    assert!(serde_json::from_str::<Classificatie>(&json.replace("ioaw", "nug")).is_err());
    assert!(
        serde_json::from_str::<Classificatie>(&json.replace("\"ioaw\"", "\"algemene_bijstand\""))
            .is_err()
    );
}

/// The definition of segment 0 is required on the wire, read by its wire name, and
/// unknown names are refused.
#[test]
fn beleid_segment_0_json_snapshot() {
    let json = serde_json::to_string(&ondersteuning_zonder_bijstand()).unwrap();
    assert_eq!(
        json,
        concat!(
            r#"{"gemeente":"(standaard)","bron":{"regulation":"gemeentelijk_beleid","article":"standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW)"},"#,
            r#""ww_information_months":3,"short_ww_months":3,"beschut_werk_places":{},"placement_order":"by_determination_date","#,
            r#""reassessment_months":null,"decision_term_weeks":8,"segmentcriteria":{"ladder_na_ondersteuning_vanaf":3,"ladder_direct_vanaf":5,"#,
            r#""zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,"herdiagnose_maanden":null},"#,
            r#""segment_0":"ondersteuning_zonder_bijstand","afstemmingsverordeningen":[]}"#
        )
    );
    assert_eq!(
        serde_json::from_str::<Beleid>(&json).unwrap(),
        ondersteuning_zonder_bijstand()
    );
    let default = json.replace("ondersteuning_zonder_bijstand", "geen_uitkering");
    assert_eq!(
        serde_json::from_str::<Beleid>(&default).unwrap(),
        Beleid::default()
    );
    assert!(
        serde_json::from_str::<Beleid>(&json.replace("ondersteuning_zonder_bijstand", "alles"))
            .is_err()
    );
    assert!(
        serde_json::from_str::<Beleid>(
            &json.replace(r#""segment_0":"ondersteuning_zonder_bijstand","#, "")
        )
        .is_err()
    );
}

/// The segment machine keeps segments 1–3 for algemene bijstand: under "geen uitkering" it
/// refuses to hold an Anw, IOAW or IOAZ benefit in segment 0, citing the policy, and leaves
/// the state as it was.
#[test]
fn the_machine_refuses_a_benefit_in_segment_0_under_geen_uitkering() {
    let beleid = Beleid::default();
    let err = start(
        SegmentFeiten::new(LegalStatus::Ioaw),
        d(2025, 1, 1),
        &beleid,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("status"));
    let err = start(
        SegmentFeiten::new(LegalStatus::Ioaz).met_diagnose(ladder(4)),
        d(2025, 1, 1),
        &beleid,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("status"));
    let nug = start(SegmentFeiten::new(LegalStatus::Nug), d(2025, 1, 1), &beleid).unwrap();
    let before = nug.clone();
    let refused = apply(
        &nug,
        &SegmentEvent::OndersteuningGestart {
            datum: d(2025, 2, 1),
            status: LegalStatus::Anw,
        },
        &beleid,
    )
    .unwrap_err();
    assert_eq!(refused.citation(), Some(&beleid.citation()));
    assert_eq!(nug, before);
    // under the other definition the same event is segment 0
    let t = apply(
        &nug,
        &SegmentEvent::OndersteuningGestart {
            datum: d(2025, 2, 1),
            status: LegalStatus::Anw,
        },
        &ondersteuning_zonder_bijstand(),
    )
    .unwrap();
    assert_eq!(t.state.segment(), Some(Segment::S0));
}

/// Segment 0 "ondersteuning zonder bijstand" (the crate's earlier mapping): every status
/// without algemene bijstand is segment 0 whatever the diagnosis, and the grounds cite it.
#[test]
fn statuses_without_bijstand_are_segment_0_whatever_the_diagnosis() {
    let beleid = ondersteuning_zonder_bijstand();
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
        assert!(c.decision(&beleid).cites(status.citation()));
        assert_eq!(
            c.decision(&beleid).grounds()[1].text(Taal::Nl),
            "Volgens het gemeentelijk beleid valt wie zonder algemene bijstand wordt ondersteund \
             bij arbeidsinschakeling in segment 0."
        );
    }
    let nug = classificeer(&SegmentFeiten::new(LegalStatus::Nug), peildatum(), &beleid)
        .unwrap()
        .decision(&beleid);
    assert_eq!(
        nug.grounds()[0].citation().to_string(),
        "Participatiewet art. 6 lid 1 onderdeel a"
    );
    assert_eq!(
        nug.grounds()[0].text(Taal::Nl),
        "U ontvangt geen algemene bijstand: u bent niet-uitkeringsgerechtigd. Het college \
         ondersteunt u bij arbeidsinschakeling."
    );
    let anw = classificeer(&SegmentFeiten::new(LegalStatus::Anw), peildatum(), &beleid)
        .unwrap()
        .decision(&beleid);
    assert_eq!(
        anw.grounds()[0].citation().to_string(),
        "Participatiewet art. 7 lid 1 onderdeel a"
    );
}

#[test]
fn wsw_job_started_on_the_last_day_of_2014_is_segment_4() {
    let beleid = Beleid::default();
    let c = classificeer(&wsw(d(2014, 12, 31)), peildatum(), &beleid).unwrap();
    assert_eq!(c.segment(), Segment::S4);
    let decision = c.decision(&beleid);
    assert!(decision.cites(WSW_GEINDICEERD));
    // the closure of the Wsw rests on the Invoeringswet Participatiewet
    assert!(decision.cites(&Citation::article(
        Regulation::InvoeringswetParticipatiewet,
        "II"
    )));
    assert_eq!(
        decision.grounds()[0].text(Taal::Nl),
        "U werkt sinds 31 december 2014 in een dienstbetrekking op grond van de Wet sociale \
         werkvoorziening."
    );
}

#[test]
fn wsw_job_started_on_2015_01_01_is_impossible() {
    let err = LegalStatus::wsw_dienstbetrekking(d(2015, 1, 1)).unwrap_err();
    assert_eq!(err.code(), "invalid_facts");
    assert_eq!(err.field(), Some("sinds"));
    assert!(err.to_string().contains("on or after 2015-01-01"), "{err}");
    assert!(
        err.message(Taal::Nl)
            .contains("kan geen Wsw-dienstbetrekking meer beginnen")
    );
    assert_eq!(WSW_GESLOTEN_VANAF, d(2015, 1, 1));
    // nor can it be read from JSON
    assert!(
        serde_json::from_str::<LegalStatus>(
            r#"{"status":"wsw_dienstbetrekking","sinds":"2015-01-01"}"#
        )
        .is_err()
    );

    // and the machine refuses to let anyone enter segment 4 by an event of that day
    let beleid = Beleid::default();
    let s = buiten(d(2014, 6, 1));
    let ok = apply(
        &s,
        &SegmentEvent::WswDienstbetrekkingGestart {
            datum: d(2014, 12, 31),
        },
        &beleid,
    )
    .unwrap();
    assert_eq!(ok.state.segment(), Some(Segment::S4));
    let refused = apply(
        &s,
        &SegmentEvent::WswDienstbetrekkingGestart {
            datum: d(2015, 1, 1),
        },
        &beleid,
    )
    .unwrap_err();
    assert_eq!(refused.citation(), Some(WSW_GEINDICEERD));
}

#[test]
fn a_wsw_job_after_the_peildatum_is_an_error_naming_its_field() {
    // on its first day the job counts
    let first_day = classificeer(&wsw(d(2010, 1, 1)), d(2010, 1, 1), &Beleid::default());
    assert_eq!(first_day.unwrap().segment(), Segment::S4);
    let err = classificeer(&wsw(d(2010, 1, 1)), d(2009, 12, 31), &Beleid::default()).unwrap_err();
    assert_eq!(err.field(), Some("sinds"));
    assert_eq!(
        err.message(Taal::Nl),
        "sinds is onjuist: de Wsw-dienstbetrekking begint op 2010-01-01, na de peildatum 2009-12-31"
    );
}

#[test]
fn bijstand_without_a_diagnosis_is_an_error_not_a_default_segment() {
    let err = classificeer(
        &SegmentFeiten::new(LegalStatus::AlgemeneBijstand),
        peildatum(),
        &Beleid::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid_facts");
    assert_eq!(err.field(), Some("diagnose"));
    assert_eq!(
        err.to_string(),
        "diagnose is invalid: a client with algemene bijstand needs a diagnosis of work potential \
         to be placed in segment 1, 2 or 3"
    );
    assert_eq!(
        err.message(Taal::Nl),
        "diagnose is onjuist: voor een cliënt met algemene bijstand is een diagnose van de \
         mogelijkheden tot werk nodig om in segment 1, 2 of 3 te worden ingedeeld"
    );
}

fn eigen_beleid() -> Beleid {
    // a municipality that counts unpaid work (rung 4) as job-ready
    let json = r#"{"gemeente":"Voorbeeldstad",
        "bron":{"regulation":"gemeentelijk_beleid","article":"Beleidsregels segmentering 2025, art. 2"},
        "ww_information_months":3,"short_ww_months":3,"beschut_werk_places":{},
        "placement_order":"by_determination_date","reassessment_months":null,"decision_term_weeks":8,
        "segmentcriteria":{"ladder_na_ondersteuning_vanaf":2,"ladder_direct_vanaf":4,
          "zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,
          "herdiagnose_maanden":12},"segment_0":"geen_uitkering","afstemmingsverordeningen":[]}"#;
    serde_json::from_str(json).unwrap()
}

#[test]
fn a_custom_policy_changes_the_segment_of_the_same_facts() {
    let facts = bijstand(ladder(4));
    let standaard = Beleid::default();
    assert_eq!(segment_of(&facts, &standaard), Segment::S2);

    let eigen = eigen_beleid();
    let decision = classificeer(&facts, peildatum(), &eigen)
        .unwrap()
        .decision(&eigen);
    assert_eq!(*decision.value(), Segment::S3);
    // the criterion is cited as the municipality's policy, never as law
    assert_eq!(
        decision.grounds()[1].citation(),
        &Citation::owned(
            Regulation::GemeentelijkBeleid,
            "Beleidsregels segmentering 2025, art. 2".to_owned()
        )
    );
    assert_eq!(
        decision.grounds()[1].text(Taal::Nl),
        "Op de participatieladder staat u op trede 4. Volgens het gemeentelijk beleid hoort \
         trede 2 of hoger bij segment 2 en trede 4 of hoger bij segment 3."
    );
}

#[test]
fn policy_with_unordered_thresholds_is_rejected() {
    let json = r#"{"ladder_na_ondersteuning_vanaf":5,"ladder_direct_vanaf":4,
        "zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,
        "herdiagnose_maanden":null}"#;
    let err = serde_json::from_str::<Segmentcriteria>(json).unwrap_err();
    assert!(
        err.to_string()
            .contains("ladder_direct_vanaf is 4, expected 5 to 6"),
        "{err}"
    );
    // the builder refuses the same, with the field's wire name
    let err = Segmentcriteria::builder()
        .ladder_na_ondersteuning_vanaf(5)
        .ladder_direct_vanaf(4)
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("ladder_direct_vanaf"));
    // every threshold at its bounds
    for (b, ok) in [
        (
            Segmentcriteria::builder().ladder_na_ondersteuning_vanaf(1),
            false,
        ),
        (
            Segmentcriteria::builder().ladder_na_ondersteuning_vanaf(2),
            true,
        ),
        (Segmentcriteria::builder().ladder_direct_vanaf(6), true),
        (Segmentcriteria::builder().ladder_direct_vanaf(7), false),
        (Segmentcriteria::builder().zrm_probleem_tot_en_met(0), false),
        (Segmentcriteria::builder().zrm_probleem_tot_en_met(1), true),
        (
            Segmentcriteria::builder()
                .zrm_probleem_tot_en_met(4)
                .zrm_direct_vanaf(5),
            true,
        ),
        (
            Segmentcriteria::builder()
                .zrm_probleem_tot_en_met(5)
                .zrm_direct_vanaf(5),
            false,
        ),
        (Segmentcriteria::builder().zrm_direct_vanaf(3), true),
        (Segmentcriteria::builder().zrm_direct_vanaf(2), false),
        (Segmentcriteria::builder().zrm_direct_vanaf(6), false),
        (
            Segmentcriteria::builder().zrm_beperkt_vanaf_probleemdomeinen(0),
            false,
        ),
        (
            Segmentcriteria::builder().zrm_beperkt_vanaf_probleemdomeinen(1),
            true,
        ),
        (
            Segmentcriteria::builder().zrm_beperkt_vanaf_probleemdomeinen(13),
            true,
        ),
        (
            Segmentcriteria::builder().zrm_beperkt_vanaf_probleemdomeinen(14),
            false,
        ),
        (Segmentcriteria::builder().herdiagnose_maanden(0), false),
        (Segmentcriteria::builder().herdiagnose_maanden(1), true),
        (Segmentcriteria::builder().herdiagnose_maanden(60), true),
        (Segmentcriteria::builder().herdiagnose_maanden(61), false),
    ] {
        assert_eq!(b.build().is_ok(), ok, "{b:?}");
    }
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
    let err = Trede::new(0).unwrap_err();
    assert_eq!(err.field(), Some("trede"));
    let err = ZrmScores::new([9; 13]).unwrap_err();
    assert_eq!(err.field(), Some("zrm"));
}

#[test]
fn re_measurement_that_keeps_the_segment_keeps_since_when() {
    let beleid = Beleid::default();
    let s = start(bijstand(ladder(3)), d(2025, 1, 1), &beleid).unwrap();
    let t = apply(
        &s,
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

    let t = apply(
        &t.state,
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
    assert_eq!(t.effects.len(), 1);
    assert!(t.effects[0].is("doelgroep_segment_gewijzigd"));
    assert_eq!(t.effects[0].datum(), d(2026, 1, 1));
}

#[test]
fn a_policy_term_gives_the_re_measurement_date_as_an_effect() {
    let beleid = eigen_beleid();
    let params = Parameters::bundled();
    let ctx = Context::new(&params, &beleid);
    let s = start(bijstand(ladder(3)), d(2025, 1, 31), &beleid).unwrap();
    let effects = s.effects(&ctx).unwrap();
    assert_eq!(effects.len(), 1);
    assert!(effects[0].is("doelgroep_herdiagnose"));
    // 12 months after 31 January 2025
    assert_eq!(effects[0].datum(), d(2026, 1, 31));
    assert_eq!(effects[0].citation(), &beleid.citation());
    assert_eq!(
        effects[0].text(Taal::Nl),
        "De diagnose van de mogelijkheden tot werk wordt uiterlijk op 31 januari 2026 opnieuw \
         gesteld."
    );
    // a re-measurement moves the date; the start's transition carries the same effect
    let t = apply(
        &s,
        &SegmentEvent::DiagnoseGemeten {
            datum: d(2025, 8, 31),
            diagnose: ladder(3),
        },
        &beleid,
    )
    .unwrap();
    assert_eq!(t.effects.len(), 1);
    assert_eq!(t.effects[0].datum(), d(2026, 8, 31));
    // without a term: no effect
    let standaard = Beleid::default();
    let plain = start(bijstand(ladder(3)), d(2025, 1, 31), &standaard).unwrap();
    assert!(
        plain
            .effects(&Context::new(&params, &standaard))
            .unwrap()
            .is_empty()
    );
    // a re-measurement date past the crate's last date is not given
    let late = start(bijstand(ladder(3)), d(2199, 6, 1), &beleid).unwrap();
    assert!(late.effects(&ctx).unwrap().is_empty());
    let edge = start(bijstand(ladder(3)), d(2198, 12, 31), &beleid).unwrap();
    assert_eq!(edge.effects(&ctx).unwrap()[0].datum(), d(2199, 12, 31));
}

#[test]
fn bijstand_without_a_diagnosis_has_a_diagnosis_due_effect() {
    let beleid = Beleid::default();
    let params = Parameters::bundled();
    let ctx = Context::new(&params, &beleid);
    let t = SegmentState::start(
        &SegmentStart::feiten(
            SegmentFeiten::new(LegalStatus::AlgemeneBijstand),
            d(2025, 2, 1),
        )
        .unwrap(),
        &ctx,
    )
    .unwrap();
    assert_eq!(t.state.segment(), None);
    assert_eq!(t.effects.len(), 1);
    assert!(t.effects[0].is("doelgroep_diagnose_nodig"));
    assert_eq!(t.effects[0].datum(), d(2025, 2, 1));
    assert_eq!(t.effects, t.state.effects(&ctx).unwrap());
    // entering bijstand without a diagnosis: the segment is gone (0 -> none) and one is due
    let s = start(SegmentFeiten::new(LegalStatus::Nug), d(2025, 1, 1), &beleid).unwrap();
    let t = apply(
        &s,
        &SegmentEvent::BijstandToegekend {
            datum: d(2025, 3, 1),
            diagnose: None,
        },
        &beleid,
    )
    .unwrap();
    let codes: Vec<_> = t.effects.iter().map(|e| e.code().code).collect();
    assert_eq!(
        codes,
        ["doelgroep_segment_gewijzigd", "doelgroep_diagnose_nodig"]
    );
}

#[test]
fn events_dated_before_the_state_are_refused() {
    let beleid = Beleid::default();
    let s = start(SegmentFeiten::new(LegalStatus::Nug), d(2025, 1, 1), &beleid).unwrap();
    let err = apply(
        &s,
        &SegmentEvent::OndersteuningBeeindigd {
            datum: d(2024, 12, 31),
        },
        &beleid,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "event ondersteuning_beeindigd refused in state zonder_bijstand: the event is dated \
         before the state's own date"
    );
    // the same day is accepted
    assert!(
        apply(
            &s,
            &SegmentEvent::OndersteuningBeeindigd {
                datum: d(2025, 1, 1),
            },
            &beleid,
        )
        .is_ok()
    );
}

#[test]
fn events_dated_outside_the_crates_dates_are_refused() {
    let beleid = Beleid::default();
    let s = buiten(d(2025, 1, 1));
    for datum in [NaiveDate::MAX, d(2200, 1, 1)] {
        let err = apply(&s, &SegmentEvent::AowLeeftijdBereikt { datum }, &beleid).unwrap_err();
        assert_eq!(err.state(), "buiten");
        assert_eq!(err.event(), "aow_leeftijd_bereikt");
    }
    let s = start(SegmentFeiten::new(LegalStatus::Nug), d(2025, 1, 1), &beleid).unwrap();
    assert!(
        apply(
            &s,
            &SegmentEvent::AowLeeftijdBereikt {
                datum: participatiewet::LATEST
            },
            &beleid
        )
        .is_ok()
    );
    // and the start refuses them too
    assert!(SegmentStart::buiten(NaiveDate::MIN).is_err());
    assert!(SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(1899, 12, 31)).is_err());
    assert!(SegmentStart::buiten(participatiewet::EARLIEST).is_ok());
}

#[test]
fn a_wsw_employee_cannot_start_an_lks_job_inside_the_wsw() {
    let beleid = Beleid::default();
    let s = start(wsw(d(2005, 3, 1)), d(2025, 1, 1), &beleid).unwrap();
    let err = apply(
        &s,
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
    let t = apply(
        &s,
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
        apply(
            &t.state,
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
    let s = start(bijstand(ladder(1)), d(2025, 1, 1), &beleid).unwrap();
    let t = apply(
        &s,
        &SegmentEvent::AowLeeftijdBereikt {
            datum: d(2026, 4, 15),
        },
        &beleid,
    )
    .unwrap();
    assert_eq!(t.state.segment(), None);
    assert_eq!(t.state.reden(), Reden::AowLeeftijdBereikt);
    let decision = t.state.decision(&beleid);
    assert!(decision.cites(&Citation::article(Regulation::Participatiewet, "9").lid(1)));
    assert_eq!(
        Motivering::new(&decision, Taal::Nl).to_string(),
        "Besluit\n\
         U valt met ingang van 15 april 2026 niet in een segment.\n\
         \n\
         Motivering\n\
         - U hebt op 15 april 2026 de pensioengerechtigde leeftijd bereikt; de ondersteuning bij \
         arbeidsinschakeling geldt tot die leeftijd. (artikel 9, eerste lid, van de \
         Participatiewet)\n"
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
        decision.grounds()[0].citation().to_string(),
        "Participatiewet art. 11"
    );
    assert_eq!(
        decision.grounds()[1].citation().regulation,
        Regulation::GemeentelijkBeleid
    );
    assert_eq!(
        decision.grounds()[2].text(Taal::Nl),
        "Daarmee hebt u geen of beperkt perspectief op betaald werk; dat is segment 1."
    );
    // one decision shape: every ground well formed, none twice, outcome cites the policy
    assert_eq!(decision.outcome().citation(), &beleid.citation());
    for g in decision.grounds() {
        assert!(g.is_well_formed(), "{g}");
    }
    assert_eq!(decision.grounds().len(), 3);
}

#[test]
fn zrm_and_judgement_grounds_name_the_thresholds() {
    let beleid = Beleid::default();
    let mut scores = [4; 13];
    scores[0] = 2;
    scores[3] = 1;
    let c = classificeer(&bijstand(zrm(scores)), peildatum(), &beleid).unwrap();
    assert_eq!(
        c.decision(&beleid).grounds()[1].text(Taal::Nl),
        "Op de Zelfredzaamheid-Matrix scoort u op 2 van de 13 levensdomeinen 2 of lager; uw \
         laagste score is 1. Volgens het gemeentelijk beleid geven 3 of meer van zulke domeinen \
         segment 1, en een laagste score van 4 of hoger segment 3."
    );
    let c = classificeer(
        &bijstand(Diagnose::Oordeel(Werkperspectief::Direct)),
        peildatum(),
        &beleid,
    )
    .unwrap();
    let decision = c.decision(&beleid);
    assert_eq!(
        decision.grounds()[1].text(Taal::Nl),
        "Uw klantmanager heeft uw mogelijkheden tot werk methodisch vastgesteld."
    );
    assert_eq!(
        decision.grounds()[2].text(Taal::En),
        "So you have a perspective on paid work in the short term: segment 3."
    );
}

/// A client whose WW ran out (WW art. 42) enters algemene bijstand on 1 April 2026 and is
/// placed in segment 2 on a participatieladder diagnosis of rung 4 (the default policy: segment
/// 2 from rung 3, segment 3 from rung 5). Read against Participatiewet art. 11 (the right to
/// algemene bijstand) and the municipal policy the criteria come from.
fn segment_change_from_ww() -> participatiewet::Decision<Option<Segment>> {
    let beleid = Beleid::default();
    let s = buiten(d(2025, 3, 3));
    let t = apply(
        &s,
        &SegmentEvent::WwUitgeputInBijstand {
            datum: d(2026, 4, 1),
            diagnose: Some(ladder(4)),
        },
        &beleid,
    )
    .unwrap();
    assert_eq!(t.state.segment(), Some(Segment::S2));
    t.state.decision(&beleid)
}

const GOLDEN_SEGMENT_WIJZIGING: &str = "Besluit
U bent met ingang van 1 april 2026 ingedeeld in segment 2.

Motivering
- Op 1 april 2026 is uw situatie gewijzigd: uw WW-uitkering is geëindigd en u bent algemene \
bijstand gaan ontvangen. (artikel 42 van de Werkloosheidswet)
- U ontvangt algemene bijstand sinds 1 april 2026. (artikel 11 van de Participatiewet)
- Op de participatieladder staat u op trede 4. Volgens het gemeentelijk beleid hoort trede 3 of \
hoger bij segment 2 en trede 5 of hoger bij segment 3. (gemeentelijk beleid: standaardbeleid \
van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW))
- Daarmee hebt u perspectief op betaald werk na ontwikkeling of met ondersteuning; dat is \
segment 2. (gemeentelijk beleid: standaardbeleid van de crate (afspraak gemeente-UWV: \
voorlichting 3 maanden voor einde WW))
";

#[test]
fn golden_dutch_text_of_a_segment_change() {
    let decision = segment_change_from_ww();
    assert_eq!(
        Motivering::new(&decision, Taal::Nl).to_string(),
        GOLDEN_SEGMENT_WIJZIGING
    );
}

#[test]
fn golden_dutch_text_of_a_segment_change_with_bezwaarclausule() {
    // The clause is the caller's choice: segment assignment is policy, not a beschikking with
    // bezwaar in every municipality.
    let decision = segment_change_from_ww();
    let text = Motivering::new(&decision, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2026, 4, 10)).unwrap())
        .to_string();
    let expected = format!(
        "{GOLDEN_SEGMENT_WIJZIGING}
Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag \
waarop dit besluit is verzonden (10 april 2026); uw bezwaarschrift moet uiterlijk op 22 mei \
2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet \
bestuursrecht; artikel 1 van de Algemene termijnenwet).
"
    );
    assert_eq!(text, expected);
}

#[test]
fn the_segment_decision_makes_one_allocation_shape() {
    // one ground per rule, none twice, each well formed, capacity not exceeded
    let decision = segment_change_from_ww();
    let codes: Vec<_> = decision.grounds().iter().map(|g| g.code().code).collect();
    assert_eq!(
        codes,
        [
            "doelgroep_wijziging",
            "doelgroep_algemene_bijstand",
            "doelgroep_participatieladder",
            "doelgroep_werkperspectief"
        ]
    );
    for g in decision.grounds() {
        assert!(g.is_well_formed(), "{g}");
    }
    // stored and read back
    let json = serde_json::to_string(&decision).unwrap();
    let back: participatiewet::Decision<Option<Segment>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, decision);
}

#[test]
fn the_segment_machine_has_the_one_procedure_shape() {
    assert_eq!(SegmentState::MACHINE, "doelgroep_segment");
    let beleid = Beleid::default();
    let s = buiten(d(2025, 1, 1));
    assert_eq!(s.tag(), "buiten");
    // a transition reads back from its own JSON
    let t = apply(
        &s,
        &SegmentEvent::BijstandToegekend {
            datum: d(2025, 2, 1),
            diagnose: None,
        },
        &beleid,
    )
    .unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(
        json,
        r#"{"state":{"state":"diagnose_nodig","sinds":"2025-02-01","reden":"bijstand_toegekend","bijstand_sinds":"2025-02-01"},"effects":[{"code":"doelgroep_diagnose_nodig","datum":"2025-02-01","citation":{"regulation":"gemeentelijk_beleid","article":"standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW)"}}]}"#
    );
    let back: Transition<SegmentState> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
}

#[test]
fn unit_enums_round_trip_through_display_and_from_str() {
    for r in [
        Reden::Start,
        Reden::DiagnoseGemeten,
        Reden::BijstandToegekend,
        Reden::WwUitgeputInBijstand,
        Reden::BijstandBeeindigd,
        Reden::LksBaanGestart,
        Reden::BeschutWerkGeplaatst,
        Reden::OndersteuningGestart,
        Reden::OndersteuningBeeindigd,
        Reden::WswDienstbetrekkingGestart,
        Reden::WswBeeindigd,
        Reden::AowLeeftijdBereikt,
    ] {
        assert_eq!(r.to_string().parse::<Reden>().unwrap(), r);
        assert_eq!(r.label().wire, r.to_string());
        assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{r}\""));
    }
    for p in [
        Werkperspectief::Beperkt,
        Werkperspectief::NaOndersteuning,
        Werkperspectief::Direct,
    ] {
        assert_eq!(p.to_string().parse::<Werkperspectief>().unwrap(), p);
        assert_eq!(p.label().wire, p.to_string());
    }
    for s in Segment::ALL {
        assert_eq!(s.to_string().parse::<Segment>().unwrap(), s);
        assert_eq!(s.to_string(), s.number().to_string());
        assert_eq!(s.label().wire, s.to_string());
    }
    assert_eq!("5".parse::<Segment>().unwrap_err().code(), "parse");
    assert_eq!("x".parse::<Reden>().unwrap_err().code(), "parse");
    for status in [
        LegalStatus::AlgemeneBijstand,
        LegalStatus::Nug,
        LegalStatus::Anw,
        LegalStatus::Ioaw,
        LegalStatus::Ioaz,
        LegalStatus::Loonkostensubsidie,
        LegalStatus::BeschutWerk,
        LegalStatus::wsw_dienstbetrekking(d(2001, 2, 3)).unwrap(),
    ] {
        let json = serde_json::to_string(&status).unwrap();
        assert!(json.contains(status.label().wire), "{json}");
        assert!(status.to_string().starts_with(status.label().wire));
    }
}

#[test]
fn finding_unknown_fields_in_segment_states_are_refused() {
    // issue 9: "Unknown fields are ignored by the beschut-werk and segment states"
    let accepted_before = [
        r#"{"state":"buiten","sinds":"2025-01-01","reden":"start","extra":true}"#,
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"nug","x":1}}"#,
        r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"nug"},"segment":3}"#,
        r#"{"state":"diagnose_nodig","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":null}"#,
        r#"{"state":"bijstand","sinds":"2025-01-01","reden":"start","bijstand_sinds":"2025-01-01","diagnose":{"instrument":"participatieladder","uitkomst":3,"x":0},"gemeten_op":"2025-01-01","perspectief":"na_ondersteuning"}"#,
        r#"{"state":"wsw","sinds":"2025-01-01","reden":"start","dienstbetrekking_sinds":"2010-01-01","dienstbetrekking_tot":"2030-01-01"}"#,
    ];
    for json in accepted_before {
        assert!(
            serde_json::from_str::<SegmentState>(json).is_err(),
            "accepted: {json}"
        );
    }
    // and the facts, criteria and events refuse them too
    assert!(
        serde_json::from_str::<SegmentFeiten>(
            r#"{"status":{"status":"nug"},"diagnose":null,"x":1}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Segmentcriteria>(
            r#"{"ladder_na_ondersteuning_vanaf":3,"ladder_direct_vanaf":5,"zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,"herdiagnose_maanden":null,"x":1}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<SegmentEvent>(
            r#"{"event":"aow_leeftijd_bereikt","datum":"2025-01-01","x":1}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<SegmentStart>(r#"{"start":"buiten","datum":"2025-01-01","x":1}"#)
            .is_err()
    );
}

#[test]
fn a_refused_event_leaves_the_stored_state_as_it_was() {
    let beleid = Beleid::default();
    let s = start(wsw(d(2005, 3, 1)), d(2025, 1, 1), &beleid).unwrap();
    let before = serde_json::to_string(&s).unwrap();
    let err = apply(
        &s,
        &SegmentEvent::BijstandToegekend {
            datum: d(2025, 2, 1),
            diagnose: None,
        },
        &beleid,
    )
    .unwrap_err();
    assert_eq!(
        err.rule().get(Taal::Nl),
        "een Wsw-werknemer blijft in segment 4 tot de Wsw-dienstbetrekking eindigt of tot de AOW-leeftijd"
    );
    assert_eq!(serde_json::to_string(&s).unwrap(), before);
}

/// The transition table, one row per arm: from a state, an event, to the expected state and
/// segment (the diagram in the module docs of `doelgroep`).
#[test]
#[allow(
    clippy::too_many_lines,
    clippy::type_complexity,
    clippy::single_match_else,
    reason = "one table, one row per arm"
)]
fn every_arm_of_the_transition_table() {
    // the machine's full table, Anw/IOAW/IOAZ in segment 0 (the refusals under the default
    // "geen uitkering" have their own test)
    let beleid = ondersteuning_zonder_bijstand();
    let nug = || start(SegmentFeiten::new(LegalStatus::Nug), d(2014, 1, 1), &beleid).unwrap();
    let lks = || {
        start(
            SegmentFeiten::new(LegalStatus::Loonkostensubsidie),
            d(2014, 1, 1),
            &beleid,
        )
        .unwrap()
    };
    let nodig = || {
        start(
            SegmentFeiten::new(LegalStatus::AlgemeneBijstand),
            d(2014, 1, 1),
            &beleid,
        )
        .unwrap()
    };
    let s2 = || start(bijstand(ladder(3)), d(2014, 1, 1), &beleid).unwrap();
    let s4 = || start(wsw(d(2010, 1, 1)), d(2014, 1, 1), &beleid).unwrap();
    let out = || buiten(d(2014, 1, 1));
    let day = d(2014, 6, 1);
    let rows: Vec<(SegmentState, SegmentEvent, Option<(&str, Option<Segment>)>)> = vec![
        (
            s2(),
            SegmentEvent::DiagnoseGemeten {
                datum: day,
                diagnose: ladder(1),
            },
            Some(("bijstand", Some(Segment::S1))),
        ),
        (
            nodig(),
            SegmentEvent::DiagnoseGemeten {
                datum: day,
                diagnose: ladder(6),
            },
            Some(("bijstand", Some(Segment::S3))),
        ),
        (
            nug(),
            SegmentEvent::DiagnoseGemeten {
                datum: day,
                diagnose: ladder(6),
            },
            None,
        ),
        (
            nug(),
            SegmentEvent::BijstandToegekend {
                datum: day,
                diagnose: Some(ladder(3)),
            },
            Some(("bijstand", Some(Segment::S2))),
        ),
        (
            out(),
            SegmentEvent::BijstandToegekend {
                datum: day,
                diagnose: None,
            },
            Some(("diagnose_nodig", None)),
        ),
        (
            out(),
            SegmentEvent::WwUitgeputInBijstand {
                datum: day,
                diagnose: Some(ladder(5)),
            },
            Some(("bijstand", Some(Segment::S3))),
        ),
        (
            nug(),
            SegmentEvent::WwUitgeputInBijstand {
                datum: day,
                diagnose: None,
            },
            Some(("diagnose_nodig", None)),
        ),
        (
            s2(),
            SegmentEvent::BijstandToegekend {
                datum: day,
                diagnose: None,
            },
            None,
        ),
        (
            nodig(),
            SegmentEvent::WwUitgeputInBijstand {
                datum: day,
                diagnose: None,
            },
            None,
        ),
        (
            s2(),
            SegmentEvent::BijstandBeeindigd {
                datum: day,
                daarna: None,
            },
            Some(("buiten", None)),
        ),
        (
            nodig(),
            SegmentEvent::BijstandBeeindigd {
                datum: day,
                daarna: Some(LegalStatus::Nug),
            },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            s2(),
            SegmentEvent::BijstandBeeindigd {
                datum: day,
                daarna: Some(LegalStatus::AlgemeneBijstand),
            },
            None,
        ),
        (
            nug(),
            SegmentEvent::BijstandBeeindigd {
                datum: day,
                daarna: None,
            },
            None,
        ),
        (
            s2(),
            SegmentEvent::LksBaanGestart { datum: day },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            nodig(),
            SegmentEvent::BeschutWerkGeplaatst { datum: day },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            nug(),
            SegmentEvent::LksBaanGestart { datum: day },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            out(),
            SegmentEvent::BeschutWerkGeplaatst { datum: day },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (lks(), SegmentEvent::LksBaanGestart { datum: day }, None),
        (
            lks(),
            SegmentEvent::BeschutWerkGeplaatst { datum: day },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            s4(),
            SegmentEvent::BeschutWerkGeplaatst { datum: day },
            None,
        ),
        (
            out(),
            SegmentEvent::OndersteuningGestart {
                datum: day,
                status: LegalStatus::Anw,
            },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            nug(),
            SegmentEvent::OndersteuningGestart {
                datum: day,
                status: LegalStatus::Ioaz,
            },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            nug(),
            SegmentEvent::OndersteuningGestart {
                datum: day,
                status: LegalStatus::Nug,
            },
            None,
        ),
        (
            nug(),
            SegmentEvent::OndersteuningGestart {
                datum: day,
                status: LegalStatus::Loonkostensubsidie,
            },
            None,
        ),
        (
            s2(),
            SegmentEvent::OndersteuningGestart {
                datum: day,
                status: LegalStatus::Anw,
            },
            None,
        ),
        (
            nug(),
            SegmentEvent::OndersteuningBeeindigd { datum: day },
            Some(("buiten", None)),
        ),
        (
            out(),
            SegmentEvent::OndersteuningBeeindigd { datum: day },
            None,
        ),
        (
            nug(),
            SegmentEvent::WswDienstbetrekkingGestart { datum: day },
            Some(("wsw", Some(Segment::S4))),
        ),
        (
            s4(),
            SegmentEvent::WswDienstbetrekkingGestart { datum: day },
            None,
        ),
        (
            s4(),
            SegmentEvent::WswBeeindigd {
                datum: day,
                daarna: None,
                diagnose: None,
            },
            Some(("buiten", None)),
        ),
        (
            s4(),
            SegmentEvent::WswBeeindigd {
                datum: day,
                daarna: Some(LegalStatus::AlgemeneBijstand),
                diagnose: None,
            },
            Some(("diagnose_nodig", None)),
        ),
        (
            s4(),
            SegmentEvent::WswBeeindigd {
                datum: day,
                daarna: Some(LegalStatus::Ioaw),
                diagnose: None,
            },
            Some(("zonder_bijstand", Some(Segment::S0))),
        ),
        (
            s4(),
            SegmentEvent::WswBeeindigd {
                datum: day,
                daarna: Some(LegalStatus::wsw_dienstbetrekking(d(2014, 1, 2)).unwrap()),
                diagnose: None,
            },
            None,
        ),
        (
            nug(),
            SegmentEvent::WswBeeindigd {
                datum: day,
                daarna: None,
                diagnose: None,
            },
            None,
        ),
        (
            s4(),
            SegmentEvent::AowLeeftijdBereikt { datum: day },
            Some(("buiten", None)),
        ),
        (
            nodig(),
            SegmentEvent::AowLeeftijdBereikt { datum: day },
            Some(("buiten", None)),
        ),
        (out(), SegmentEvent::AowLeeftijdBereikt { datum: day }, None),
    ];
    for (from, event, expected) in rows {
        let got = apply(&from, &event, &beleid);
        match expected {
            Some((tag, segment)) => {
                let t = got.unwrap_or_else(|e| panic!("{} {event}: {e}", from.tag()));
                assert_eq!(
                    (t.state.tag(), t.state.segment()),
                    (tag, segment),
                    "{} {event}",
                    from.tag()
                );
                assert_eq!(t.state.sinds().max(day), day);
            }
            None => {
                let err = got.expect_err(&format!("{} {event} accepted", from.tag()));
                assert_eq!((err.state(), err.event()), (from.tag(), event.tag()));
            }
        }
    }
}

// --- issue 12 item 5: a register member placed on a banenafspraak job ---------------------

mod banenafspraakbaan {
    use super::*;
    use participatiewet::Hours;
    use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    use participatiewet::doelgroep::{BANENAFSPRAAK_DOELGROEP, DOELGROEPREGISTER};

    pub(super) fn baan(begin: NaiveDate) -> Baan {
        Baan::new(
            Sector::NietOverheid,
            Arbeidsrelatie::Dienstbetrekking,
            "20".parse::<Hours>().unwrap(),
            begin,
        )
        .unwrap()
        .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3)).unwrap())
    }

    pub(super) fn geplaatst(datum: NaiveDate, baan: Baan) -> SegmentEvent {
        SegmentEvent::BanenafspraakGeplaatst {
            datum,
            baan,
            grond: Grond::Lid1A,
        }
    }

    fn nug() -> SegmentState {
        start(
            SegmentFeiten::new(LegalStatus::Nug),
            d(2026, 1, 1),
            &Beleid::default(),
        )
        .unwrap()
    }

    fn refused(state: &SegmentState, event: &SegmentEvent) -> TransitionError {
        let before = serde_json::to_string(state).unwrap();
        let err = apply(state, event, &Beleid::default()).unwrap_err();
        assert_eq!(serde_json::to_string(state).unwrap(), before);
        err
    }

    #[test]
    fn a_job_is_recorded_without_moving_the_segment() {
        let s = nug();
        let t = apply(
            &s,
            &geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1))),
            &Beleid::default(),
        )
        .unwrap();
        assert_eq!(t.state.segment(), Some(Segment::S0));
        assert_eq!(t.state.sinds(), s.sinds());
        assert_eq!(t.state.reden(), s.reden());
        let p = t.state.banenafspraak().unwrap();
        assert_eq!(
            (p.vanaf(), p.grond(), p.baan()),
            (d(2026, 2, 1), Grond::Lid1A, baan(d(2026, 2, 1)))
        );
        assert_eq!(t.effects.len(), 1);
        let effect = &t.effects[0];
        assert!(effect.is("doelgroep_banenafspraak_geplaatst"));
        assert_eq!(effect.datum(), d(2026, 2, 1));
        assert_eq!(effect.citation().to_string(), "Wfsv art. 38b");
        assert_eq!(
            effect.text(Taal::Nl),
            "De cliënt werkt vanaf 1 februari 2026 in een baan die meetelt voor de \
             banenafspraak; het segment blijft ongewijzigd."
        );
        // the decision is the one of the state without the job
        assert_eq!(
            t.state
                .decision(&Beleid::default())
                .outcome()
                .text(Taal::Nl),
            s.decision(&Beleid::default()).outcome().text(Taal::Nl)
        );
    }

    #[test]
    fn a_job_with_loonkostensubsidie_still_moves_the_segment_by_the_bijstand_event() {
        let beleid = Beleid::default();
        let s = start(bijstand(ladder(4)), d(2026, 1, 1), &beleid).unwrap();
        let s = apply(&s, &geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1))), &beleid)
            .unwrap()
            .state;
        assert_eq!(s.segment(), Some(Segment::S2));
        let t = apply(
            &s,
            &SegmentEvent::LksBaanGestart {
                datum: d(2026, 3, 1),
            },
            &beleid,
        )
        .unwrap();
        assert_eq!(t.state.segment(), Some(Segment::S0));
        assert!(t.effects[0].is("doelgroep_segment_gewijzigd"));
        // the job runs on, counted in the new state from its start
        assert_eq!(
            t.state.banenafspraak().map(|p| p.vanaf()),
            Some(d(2026, 3, 1))
        );
        // leaving the segments drops it
        let out = apply(
            &t.state,
            &SegmentEvent::OndersteuningBeeindigd {
                datum: d(2026, 4, 1),
            },
            &beleid,
        )
        .unwrap()
        .state;
        assert_eq!(out.banenafspraak(), None);
    }

    #[test]
    fn a_job_that_ended_does_not_run_into_the_next_state() {
        let beleid = Beleid::default();
        let s = start(bijstand(ladder(4)), d(2026, 1, 1), &beleid).unwrap();
        let kort = baan(d(2026, 2, 1)).einde(d(2026, 2, 28)).unwrap();
        let s = apply(&s, &geplaatst(d(2026, 2, 1), kort), &beleid)
            .unwrap()
            .state;
        let next = apply(
            &s,
            &SegmentEvent::DiagnoseGemeten {
                datum: d(2026, 3, 1),
                diagnose: ladder(6),
            },
            &beleid,
        )
        .unwrap()
        .state;
        assert_eq!(next.segment(), Some(Segment::S3));
        assert_eq!(next.banenafspraak(), None);
    }

    #[test]
    fn a_person_not_in_the_register_on_the_start_is_refused() {
        let s = nug();
        let zonder = Baan::new(
            Sector::Overheid,
            Arbeidsrelatie::Dienstbetrekking,
            "20".parse::<Hours>().unwrap(),
            d(2026, 2, 1),
        )
        .unwrap();
        let later = zonder.inschrijving(Inschrijving::opgenomen(d(2026, 2, 2)).unwrap());
        let geeindigd = zonder.inschrijving(
            Inschrijving::opgenomen(d(2020, 1, 1))
                .unwrap()
                .geeindigd(d(2026, 2, 1))
                .unwrap(),
        );
        for b in [zonder, later, geeindigd] {
            let err = refused(&s, &geplaatst(d(2026, 2, 1), b));
            assert_eq!(err.citation(), Some(DOELGROEPREGISTER));
            assert_eq!(err.citation().unwrap().to_string(), "Wfsv art. 38d lid 1");
            assert_eq!(
                err.rule().get(Taal::Nl),
                "de werknemer staat bij het begin van de baan niet in het doelgroepregister"
            );
        }
    }

    #[test]
    fn a_date_before_the_state_is_refused() {
        let err = refused(&nug(), &geplaatst(d(2025, 12, 31), baan(d(2025, 12, 1))));
        assert_eq!(err.citation(), Some(BANENAFSPRAAK_DOELGROEP));
        assert_eq!(
            err.rule().get(Taal::En),
            "the job counts from a day before the state's own date"
        );
        // the state's own day is not before it
        assert!(
            apply(
                &nug(),
                &geplaatst(d(2026, 1, 1), baan(d(2025, 12, 1))),
                &Beleid::default()
            )
            .is_ok()
        );
        // nor may a later event go back before the recorded job
        let s = apply(
            &nug(),
            &geplaatst(d(2026, 3, 1), baan(d(2026, 3, 1))),
            &Beleid::default(),
        )
        .unwrap()
        .state;
        assert!(
            apply(
                &s,
                &SegmentEvent::OndersteuningBeeindigd {
                    datum: d(2026, 2, 1)
                },
                &Beleid::default()
            )
            .is_err()
        );
    }

    #[test]
    fn a_job_already_recorded_is_refused() {
        let s = apply(
            &nug(),
            &geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1))),
            &Beleid::default(),
        )
        .unwrap()
        .state;
        let err = refused(&s, &geplaatst(d(2026, 3, 1), baan(d(2026, 3, 1))));
        assert_eq!(err.citation(), Some(BANENAFSPRAAK_DOELGROEP));
        assert_eq!(
            err.rule().get(Taal::Nl),
            "er is al een banenafspraakbaan vastgelegd"
        );
    }

    #[test]
    fn a_job_that_does_not_run_or_a_state_outside_0_to_3_is_refused() {
        let err = refused(&nug(), &geplaatst(d(2026, 2, 1), baan(d(2026, 3, 1))));
        assert_eq!(err.citation(), Some(BANENAFSPRAAK_DOELGROEP));
        assert_eq!(
            err.rule().get(Taal::En),
            "the job does not run on the day it counts from"
        );
        let beleid = Beleid::default();
        for s in [
            buiten(d(2026, 1, 1)),
            start(wsw(d(2005, 3, 1)), d(2026, 1, 1), &beleid).unwrap(),
        ] {
            let err = refused(&s, &geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1))));
            assert_eq!(err.citation(), Some(BANENAFSPRAAK_DOELGROEP));
            assert_eq!(err.event(), "banenafspraak_geplaatst");
        }
    }

    #[test]
    fn the_stored_state_round_trips_its_json_snapshot() {
        let beleid = Beleid::default();
        let s = start(
            SegmentFeiten::new(LegalStatus::AlgemeneBijstand),
            d(2026, 1, 1),
            &beleid,
        )
        .unwrap();
        let s = apply(&s, &geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1))), &beleid)
            .unwrap()
            .state;
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"state":"diagnose_nodig","sinds":"2026-01-01","reden":"start","bijstand_sinds":"2026-01-01","banenafspraak":{"vanaf":"2026-02-01","baan":{"sector":"niet_overheid","relatie":"dienstbetrekking","uren_per_week":"20","begin":"2026-02-01","einde":null,"inschrijving":{"opgenomen":"2025-11-03","geeindigd":null}},"grond":"lid1a"}}"#
        );
        assert_eq!(serde_json::from_str::<SegmentState>(&json).unwrap(), s);
        let e = geplaatst(d(2026, 2, 1), baan(d(2026, 2, 1)));
        let ej = serde_json::to_string(&e).unwrap();
        assert_eq!(
            ej,
            r#"{"event":"banenafspraak_geplaatst","datum":"2026-02-01","baan":{"sector":"niet_overheid","relatie":"dienstbetrekking","uren_per_week":"20","begin":"2026-02-01","einde":null,"inschrijving":{"opgenomen":"2025-11-03","geeindigd":null}},"grond":"lid1a"}"#
        );
        assert_eq!(serde_json::from_str::<SegmentEvent>(&ej).unwrap(), e);
    }

    #[test]
    fn tampered_rows_are_refused() {
        let baan = r#"{"sector":"niet_overheid","relatie":"dienstbetrekking","uren_per_week":"20","begin":"2026-02-01","einde":null,"inschrijving":{"opgenomen":"2025-11-03","geeindigd":null}}"#;
        let row = |plaatsing: &str| {
            format!(
                r#"{{"state":"zonder_bijstand","sinds":"2026-01-01","reden":"start","status":{{"status":"nug"}},"banenafspraak":{plaatsing}}}"#
            )
        };
        let good = row(&format!(
            r#"{{"vanaf":"2026-02-01","baan":{baan},"grond":"lid1a"}}"#
        ));
        assert!(
            serde_json::from_str::<SegmentState>(&good).is_ok(),
            "{good}"
        );
        let tampered = [
            // an unknown field
            row(&format!(
                r#"{{"vanaf":"2026-02-01","baan":{baan},"grond":"lid1a","x":1}}"#
            )),
            // dated before the state (the job itself runs and counts that day)
            format!(
                r#"{{"state":"zonder_bijstand","sinds":"2026-03-01","reden":"start","status":{{"status":"nug"}},"banenafspraak":{{"vanaf":"2026-02-01","baan":{baan},"grond":"lid1a"}}}}"#
            ),
            // counted before the job began
            row(&format!(
                r#"{{"vanaf":"2026-01-15","baan":{baan},"grond":"lid1a"}}"#
            )),
            // a person not in the register
            row(&format!(
                r#"{{"vanaf":"2026-02-01","baan":{},"grond":"lid1a"}}"#,
                baan.replace(r#"{"opgenomen":"2025-11-03","geeindigd":null}"#, "null")
            )),
            // a job in a state that cannot hold one
            format!(
                r#"{{"state":"buiten","sinds":"2026-01-01","reden":"start","banenafspraak":{{"vanaf":"2026-02-01","baan":{baan},"grond":"lid1a"}}}}"#
            ),
        ];
        for json in tampered {
            assert!(
                serde_json::from_str::<SegmentState>(&json).is_err(),
                "accepted: {json}"
            );
        }
        assert!(
            serde_json::from_str::<SegmentEvent>(&format!(
                r#"{{"event":"banenafspraak_geplaatst","datum":"2026-02-01","baan":{baan},"grond":"lid1a","x":1}}"#
            ))
            .is_err()
        );
    }
}

/// The letter of an IOAW recipient's classification under segment 0 "geen uitkering" (the
/// default policy), with the bezwaarclausule: the status with its article, the policy's
/// definition of segment 0 cited as policy, the diagnosis and its segment.
#[test]
fn golden_dutch_text_of_a_benefit_placed_by_its_diagnosis() {
    let beleid = Beleid::default();
    let feiten = SegmentFeiten::new(LegalStatus::Ioaw).met_diagnose(ladder(4));
    let decision = classificeer(&feiten, peildatum(), &beleid)
        .unwrap()
        .decision(&beleid);
    let text = Motivering::new(&decision, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2026, 4, 10)).unwrap())
        .to_string();
    assert_eq!(
        text,
        "Besluit
U bent ingedeeld in segment 2.

Motivering
- U ontvangt geen algemene bijstand: u ontvangt een IOAW-uitkering. Het college ondersteunt u \
bij arbeidsinschakeling. (artikel 7, eerste lid, onderdeel a, van de Participatiewet)
- Volgens het gemeentelijk beleid valt wie een uitkering ontvangt niet in segment 0; de \
diagnose van uw mogelijkheden tot werk bepaalt of u in segment 1, 2 of 3 valt. (gemeentelijk \
beleid: standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde \
WW))
- Op de participatieladder staat u op trede 4. Volgens het gemeentelijk beleid hoort trede 3 of \
hoger bij segment 2 en trede 5 of hoger bij segment 3. (gemeentelijk beleid: standaardbeleid \
van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW))
- Daarmee hebt u perspectief op betaald werk na ontwikkeling of met ondersteuning; dat is \
segment 2. (gemeentelijk beleid: standaardbeleid van de crate (afspraak gemeente-UWV: \
voorlichting 3 maanden voor einde WW))

Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag \
waarop dit besluit is verzonden (10 april 2026); uw bezwaarschrift moet uiterlijk op 22 mei \
2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet \
bestuursrecht; artikel 1 van de Algemene termijnenwet).
"
    );
}

#[test]
fn each_refused_segment_event_names_its_own_reason_and_leaves_the_state() {
    let beleid = Beleid::default();
    let reden = |state: &SegmentState, event: SegmentEvent| {
        let before = state.clone();
        let err = apply(state, &event, &beleid).unwrap_err();
        assert_eq!(state, &before);
        err.rule().get(Taal::En).to_owned()
    };
    let in_bijstand = start(bijstand(ladder(3)), d(2025, 1, 1), &beleid).unwrap();
    let daarna = d(2025, 3, 1);
    // Bijstand cannot be followed by bijstand.
    assert_eq!(
        reden(
            &in_bijstand,
            SegmentEvent::BijstandBeeindigd {
                datum: daarna,
                daarna: Some(LegalStatus::AlgemeneBijstand),
            }
        ),
        "after bijstand ends the status must be one without it"
    );
    assert_eq!(
        reden(
            &in_bijstand,
            SegmentEvent::BijstandToegekend {
                datum: daarna,
                diagnose: None,
            }
        ),
        "the person already receives algemene bijstand"
    );
    let erbuiten = buiten(d(2025, 1, 1));
    assert_eq!(
        reden(
            &erbuiten,
            SegmentEvent::DiagnoseGemeten {
                datum: daarna,
                diagnose: ladder(3),
            }
        ),
        "a diagnosis places only bijstand clients in segment 1, 2 or 3"
    );
    assert_eq!(
        reden(
            &erbuiten,
            SegmentEvent::BijstandBeeindigd {
                datum: daarna,
                daarna: None,
            }
        ),
        "the person does not receive algemene bijstand"
    );
    assert_eq!(
        reden(
            &erbuiten,
            SegmentEvent::WswBeeindigd {
                datum: daarna,
                daarna: None,
                diagnose: None,
            }
        ),
        "the person has no Wsw dienstbetrekking"
    );
    let in_wsw = start(wsw(d(2010, 1, 1)), d(2025, 1, 1), &beleid).unwrap();
    // The Wsw is closed to new entrants since 2015-01-01: after the Wsw job no new one starts.
    assert_eq!(
        reden(
            &in_wsw,
            SegmentEvent::WswBeeindigd {
                datum: daarna,
                daarna: Some(LegalStatus::wsw_dienstbetrekking(d(2012, 1, 1)).unwrap()),
                diagnose: None,
            },
        ),
        "after the Wsw dienstbetrekking ends the person cannot start a new one"
    );
    assert!(
        apply(
            &in_wsw,
            &SegmentEvent::WswBeeindigd {
                datum: daarna,
                daarna: Some(LegalStatus::Nug),
                diagnose: None,
            },
            &beleid,
        )
        .is_ok()
    );
}

#[test]
fn an_event_before_the_latest_diagnosis_is_refused() {
    // The segment follows the latest diagnosis; an event dated before it would rewrite the
    // order of what happened.
    let beleid = Beleid::default();
    let s = start(bijstand(ladder(3)), d(2025, 1, 1), &beleid).unwrap();
    let gemeten = apply(
        &s,
        &SegmentEvent::DiagnoseGemeten {
            datum: d(2025, 3, 1),
            diagnose: ladder(5),
        },
        &beleid,
    )
    .unwrap()
    .state;
    let eerder = SegmentEvent::DiagnoseGemeten {
        datum: d(2025, 2, 1),
        diagnose: ladder(2),
    };
    assert!(apply(&gemeten, &eerder, &beleid).is_err());
    assert!(apply(&s, &eerder, &beleid).is_ok());
}

/// The facts and routes print as their wire names with their values, and a stored route is
/// read through its date check.
#[test]
fn diagnoses_events_and_ww_routes_print_their_wire_names() {
    use participatiewet::doelgroep::WwVervolg;
    assert_eq!(Trede::new(3).unwrap().to_string(), "trede 3");
    assert_eq!(ladder(2).to_string(), "participatieladder 2");
    assert_eq!(
        zrm([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3]).to_string(),
        "zelfredzaamheidsmatrix 1,2,3,4,5,1,2,3,4,5,1,2,3"
    );
    assert_eq!(
        Diagnose::Oordeel(Werkperspectief::Beperkt).to_string(),
        "oordeel beperkt"
    );
    assert_eq!(
        SegmentEvent::BeschutWerkGeplaatst {
            datum: d(2024, 6, 1)
        }
        .to_string(),
        "beschut_werk_geplaatst 2024-06-01"
    );
    let v = d(2026, 2, 1);
    let routes = [
        (WwVervolg::Iow { vanaf: v }, "IOW", "iow 2026-02-01"),
        (
            WwVervolg::Bijstand { vanaf: v },
            "bijstand",
            "bijstand 2026-02-01",
        ),
        (
            WwVervolg::Aow { aow_datum: v },
            "none (AOW)",
            "aow 2026-02-01",
        ),
    ];
    for (route, woord, tekst) in routes {
        assert_eq!(route.route(), woord);
        assert_eq!(route.to_string(), tekst);
        let json = serde_json::to_string(&route).unwrap();
        assert_eq!(serde_json::from_str::<WwVervolg>(&json).unwrap(), route);
        let buiten = json.replace("2026-02-01", "2200-01-01");
        assert!(
            serde_json::from_str::<WwVervolg>(&buiten).is_err(),
            "{buiten}"
        );
    }
    assert_eq!(
        WwVervolg::Bijstand { vanaf: v }.segment_event(),
        Some(SegmentEvent::WwUitgeputInBijstand {
            datum: v,
            diagnose: None
        })
    );
    assert_eq!(WwVervolg::Aow { aow_datum: v }.segment_event(), None);
    assert_eq!(WwVervolg::Iow { vanaf: v }.segment_event(), None);
}

/// After the WW: the AOW when the duration stops at the AOW age (WW art. 19 lid 1 i), else the
/// IOW when it is granted (IOW art. 3), else bijstand from the day after the WW.
#[test]
fn the_route_after_ww_aow_before_iow_before_bijstand() {
    use participatiewet::doelgroep::{self, WwVervolg};
    use participatiewet::ww::{self, Werkverleden, WwFeiten};
    let p = Parameters::bundled();
    let route = |geboren, werkloos, tot| {
        let f = WwFeiten::new(geboren, werkloos)
            .unwrap()
            .werkverleden(Werkverleden::doorlopend(1998, tot, 1800).unwrap());
        let duur = ww::uitkeringsduur(&f, &p).unwrap();
        let iow = ww::iow_recht(&f, &duur, ww::WwVerloop::VolledigeDuur, &p).unwrap();
        (doelgroep::vervolg_na_ww(&duur, &iow), duur)
    };
    // 60 years and 4 months at the first day: IOW after the full 24 months
    let (iow, duur) = route(d(1964, 1, 15), d(2024, 6, 3), 2023);
    assert!(!duur.afgekapt_op_aow());
    assert_eq!(
        iow,
        WwVervolg::Iow {
            vanaf: d(2026, 6, 3)
        }
    );
    // 63 at the first day: 65 at the WW's end, the AOW date known but not reached, so IOW
    let (iow, duur) = route(d(1960, 7, 1), d(2024, 6, 3), 2023);
    assert!(duur.aow_datum().is_some() && !duur.afgekapt_op_aow());
    assert_eq!(
        iow,
        WwVervolg::Iow {
            vanaf: duur.dag_na_einde()
        }
    );
    // 66 at the first day: the WW stops at the AOW age
    let (aow, duur) = route(d(1958, 3, 1), d(2024, 6, 3), 2023);
    assert!(duur.afgekapt_op_aow());
    assert_eq!(
        aow,
        WwVervolg::Aow {
            aow_datum: duur.aow_datum().unwrap()
        }
    );
    // 40 at the first day: bijstand may follow
    let (bijstand, duur) = route(d(1984, 6, 1), d(2024, 6, 3), 2023);
    assert_eq!(
        bijstand,
        WwVervolg::Bijstand {
            vanaf: duur.dag_na_einde()
        }
    );
    for s in [Segment::S1, Segment::S2, Segment::S3] {
        assert!(s.requires_algemene_bijstand(), "{s}");
    }
    for s in [Segment::S0, Segment::S4] {
        assert!(!s.requires_algemene_bijstand(), "{s}");
    }
}

/// A recorded outflow reason belongs to the end of bijstand only: after `uitstroom` any
/// reason, after a job with loonkostensubsidie or in beschut werk only work; a tampered row is
/// refused.
#[test]
fn a_stored_outflow_reason_fits_the_end_of_bijstand() {
    let rij = |json: &str| serde_json::from_str::<SegmentState>(json);
    let buiten = r#"{"state":"buiten","sinds":"2024-06-01","reden":"bijstand_beeindigd","uitstroom":"werk"}"#;
    assert!(rij(buiten).is_ok());
    assert!(rij(&buiten.replace(r#""werk""#, r#""verhuizing""#)).is_ok());
    assert!(rij(&buiten.replace("bijstand_beeindigd", "start")).is_err());
    assert!(rij(&buiten.replace(r#""uitstroom":"werk""#, r#""uitstroom":null"#)).is_ok());
    let lks = r#"{"state":"zonder_bijstand","sinds":"2024-06-01","reden":"lks_baan_gestart","status":{"status":"loonkostensubsidie"},"uitstroom":"werk"}"#;
    assert!(rij(lks).is_ok());
    assert!(rij(&lks.replace(r#""uitstroom":"werk""#, r#""uitstroom":"verhuizing""#)).is_err());
}

/// Each segment has its own one-line meaning in the words of municipal practice.
#[test]
fn each_segment_has_its_meaning() {
    for s in [
        Segment::S0,
        Segment::S1,
        Segment::S2,
        Segment::S3,
        Segment::S4,
    ] {
        assert!(!s.omschrijving().is_empty());
    }
    assert!(Segment::S4.omschrijving().starts_with("Wsw-werknemer"));
    assert!(Segment::S0.omschrijving().starts_with("geen uitkering"));
    assert_ne!(Segment::S1.omschrijving(), Segment::S3.omschrijving());
}
