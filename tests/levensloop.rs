//! Life paths through several domains, as a caller writes them: each domain decides, and
//! its result becomes the segment machine's next event through `participatiewet::doelgroep`'s
//! conversion functions.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    self, Aanvraag, Aanvrager, Advies, Dienstbetrekking, Vaststelling,
};
use participatiewet::doelgroep::{
    self, Diagnose, LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState,
    Trede,
};
use participatiewet::{Beleid, Context, Hours, Parameters, Procedure};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Feeds a segment event (when there is one) and returns the next segment state.
fn feed(state: SegmentState, event: Option<SegmentEvent>, beleid: &Beleid) -> SegmentState {
    let params = Parameters::bundled();
    match event {
        Some(event) => {
            state
                .apply(&event, &Context::new(&params, beleid))
                .unwrap()
                .state
        }
        None => state,
    }
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

#[test]
fn bijstand_client_into_beschut_werk() {
    let beleid = Beleid::default();
    // a bijstand client with limited perspective, segment 1
    let params = Parameters::bundled();
    let start = SegmentStart::feiten(
        SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
            .met_diagnose(Diagnose::Participatieladder(Trede::new(2).unwrap())),
        d(2025, 1, 1),
    )
    .unwrap();
    let mut segment = SegmentState::start(&start, &Context::new(&params, &beleid))
        .unwrap()
        .state;
    assert_eq!(segment.segment(), Some(Segment::S1));

    // the beschut-werk procedure, driven through its own public API
    let params = participatiewet::Parameters::bundled();
    let ctx = participatiewet::Context::new(&params, &beleid);
    let mut procedure =
        <beschut_werk::State as participatiewet::Procedure>::start(&d(2025, 1, 1), &ctx)
            .unwrap()
            .state;
    let steps = [
        beschut_werk::Event::AdviesAangevraagd(
            Aanvraag::new(Aanvrager::College, d(2025, 1, 6)).unwrap(),
        ),
        beschut_werk::Event::AdviesUitgebracht(Advies::positief(d(2025, 2, 20)).unwrap()),
        beschut_werk::Event::Vastgesteld(Vaststelling::positief(d(2025, 3, 10)).unwrap()),
        beschut_werk::Event::Aangeboden {
            datum: d(2025, 4, 1),
        },
        beschut_werk::Event::InDienst(
            Dienstbetrekking::new(d(2025, 6, 1), Hours::new(dec!(32)).unwrap()).unwrap(),
        ),
    ];
    for step in &steps {
        procedure = participatiewet::Procedure::apply(&procedure, step, &ctx)
            .unwrap()
            .state;
        // only the start of the job moves the segment
        segment = feed(segment, doelgroep::uit_beschut_werk(&procedure), &beleid);
    }
    assert_eq!(segment.segment(), Some(Segment::S0));
    assert!(!segment.has_algemene_bijstand());
    assert_eq!(segment.sinds(), d(2025, 6, 1));
    assert!(matches!(
        segment,
        SegmentState::ZonderBijstand {
            status: LegalStatus::BeschutWerk,
            ..
        }
    ));
    // feeding the same procedure state again is refused and changes nothing
    let again = doelgroep::uit_beschut_werk(&procedure).unwrap();
    assert!(
        segment
            .apply(&again, &Context::new(&params, &beleid))
            .is_err()
    );
}

#[test]
fn ww_into_bijstand_diagnosis_lks_job_and_exit() {
    use participatiewet::doelgroep::WwVervolg;
    use participatiewet::ww::{self, Werkverleden, WwFeiten};
    let beleid = Beleid::default();
    let params = Parameters::bundled();

    // WW: born 1985-05-10, unemployed from 2025-03-03, worked 2010-2024 at 1,800 hours a year.
    // WW art. 42: 15 years of arbeidsverleden, 10 at 1 month and 5 from 2016 at 1/2 month:
    // 12.5 months, so the WW runs 2025-03-03 + 12 months + 15 days - 1 = 2026-03-17.
    let feiten = WwFeiten::new(d(1985, 5, 10), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2010, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&feiten, &params).unwrap();
    assert_eq!((duur.maanden(), duur.halve_maand()), (12, true));
    assert_eq!(duur.einddatum(), d(2026, 3, 17));
    let iow = ww::iow_recht(&feiten, &duur, ww::WwVerloop::VolledigeDuur, &params).unwrap();
    let vervolg = doelgroep::vervolg_na_ww(&duur, &iow);
    assert_eq!(
        vervolg,
        WwVervolg::Bijstand {
            vanaf: d(2026, 3, 18)
        }
    );
    // the route's decision cites the article of the route (bijstand, Pw art. 11)
    let why = vervolg.decision();
    assert_eq!(
        why.outcome().citation().to_string(),
        "Participatiewet art. 11"
    );

    // the segment machine follows the person: outside the segments during WW
    let mut s = buiten(d(2025, 3, 3));
    s = feed(s, vervolg.segment_event(), &beleid);
    assert!(s.has_algemene_bijstand());
    assert_eq!(s.segment(), None); // awaiting a diagnosis: no default segment
    s = feed(
        s,
        Some(SegmentEvent::DiagnoseGemeten {
            datum: d(2026, 4, 15),
            diagnose: Diagnose::Participatieladder(Trede::new(4).unwrap()),
        }),
        &beleid,
    );
    assert_eq!(s.segment(), Some(Segment::S2));
    s = feed(
        s,
        Some(SegmentEvent::LksBaanGestart {
            datum: d(2026, 9, 1),
        }),
        &beleid,
    );
    assert_eq!(s.segment(), Some(Segment::S0));
    assert!(matches!(
        s,
        SegmentState::ZonderBijstand {
            status: LegalStatus::Loonkostensubsidie,
            ..
        }
    ));
    // exit: a regular job, support ends
    s = feed(
        s,
        Some(SegmentEvent::OndersteuningBeeindigd {
            datum: d(2028, 9, 1),
        }),
        &beleid,
    );
    assert_eq!(s.segment(), None);
    assert_eq!(s.reden(), doelgroep::Reden::OndersteuningBeeindigd);
    // and the persisted state survives a round trip
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(
        json,
        r#"{"state":"buiten","sinds":"2028-09-01","reden":"ondersteuning_beeindigd"}"#
    );
}

#[test]
fn ww_through_the_hand_over_machine_into_bijstand_and_an_lks_job() {
    use participatiewet::Parameters;
    use participatiewet::bijstand::{self, BijstandFeiten, Huishouden, bijstand_op};
    use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, Soort, lks_berekenen};
    use participatiewet::ww::{self, Werkverleden, WwFeiten};
    let beleid = Beleid::default();
    let params = Parameters::bundled();
    // WW (WW art. 42): born 1985-05-10, unemployed from 2025-03-03, 15 years of work: 12.5
    // months, the last WW day 2026-03-17 (the vector of the test above).
    let feiten = WwFeiten::new(d(1985, 5, 10), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2010, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&feiten, &params).unwrap();
    // The hand-over machine (Participatiewet art. 41, 44): informed, melding, application,
    // decision with the bijstand domain's amount.
    let dossier = bijstand::Dossier::builder()
        .geboortedatum(d(1985, 5, 10))
        .huishouden(bijstand::Huishouden::alleenstaande())
        .ww_eerste_dag(d(2025, 3, 3))
        .ww_laatste_dag(duur.einddatum())
        .zoektermijn_uitzondering(bijstand::ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    let ctx = participatiewet::Context::new(&params, &beleid);
    let opening = bijstand::Opening::new(dossier, d(2025, 12, 1)).unwrap();
    let mut h = bijstand::State::start(&opening, &ctx).unwrap().state;
    for event in [
        bijstand::Event::Geinformeerd {
            datum: d(2025, 12, 17),
        },
        bijstand::Event::Melding {
            datum: d(2026, 3, 10),
        },
        bijstand::Event::Aanvraag {
            datum: d(2026, 3, 10),
        },
    ] {
        h = h.apply(&event, &ctx).unwrap().state;
    }
    let bedrag = bijstand_op(
        &BijstandFeiten::builder(d(1985, 5, 10), Huishouden::Alleenstaande)
            .build()
            .unwrap(),
        d(2026, 3, 18),
        &params,
    )
    .unwrap()
    .bedrag();
    assert_eq!(bedrag.to_string(), "1401.50"); // art. 21 a, 2026-01-01
    h = h
        .apply(
            &bijstand::Event::Besluit {
                datum: d(2026, 4, 2),
                besluit: bijstand::Besluit::bijstand(bedrag),
            },
            &ctx,
        )
        .unwrap()
        .state;
    // The segment machine: into bijstand from the day after the WW (art. 44), then a diagnosis.
    let mut s = buiten(d(2025, 3, 3));
    s = feed(s, doelgroep::uit_bijstand_overgang(&h).unwrap(), &beleid);
    assert!(s.has_algemene_bijstand());
    s = feed(
        s,
        Some(SegmentEvent::DiagnoseGemeten {
            datum: d(2026, 4, 15),
            diagnose: Diagnose::Participatieladder(Trede::new(4).unwrap()),
        }),
        &beleid,
    );
    assert_eq!(s.segment(), Some(Segment::S2));
    // A job with loonkostensubsidie at 55% loonwaarde from 2026-09-01 (Participatiewet art. 10d).
    let baan = Dienstbetrekking::builder()
        .geboortedatum(d(1985, 5, 10))
        .begindatum(d(2026, 9, 1))
        .uren_per_week("32".parse().unwrap())
        .voltijd_uren("38".parse().unwrap())
        .soort(Soort::Regulier)
        .build()
        .unwrap();
    let lks = lks_berekenen(
        &baan,
        LksGrondslag::Loonwaarde("55".parse().unwrap()),
        d(2026, 9, 1),
        &params,
    )
    .unwrap();
    s = feed(s, doelgroep::uit_loonkostensubsidie(&baan, &lks), &beleid);
    assert_eq!(s.segment(), Some(Segment::S0));
    assert!(!s.has_algemene_bijstand());
}
