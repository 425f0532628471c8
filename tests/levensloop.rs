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
use participatiewet::beschut_werk::{self, Aanvrager, Dienstbetrekking, Vaststelling};
use participatiewet::{
    Beleid, Diagnose, Hours, LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentState,
    Trede, doelgroep,
};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Feeds a segment event (when there is one) and returns the next segment state.
fn feed(state: SegmentState, event: Option<SegmentEvent>, beleid: &Beleid) -> SegmentState {
    match event {
        Some(event) => state.apply(&event, beleid).unwrap().state,
        None => state,
    }
}

#[test]
fn bijstand_client_into_beschut_werk() {
    let beleid = Beleid::default();
    // a bijstand client with limited perspective, segment 1
    let mut segment = SegmentState::start(
        &SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
            .met_diagnose(Diagnose::Participatieladder(Trede::new(2).unwrap())),
        d(2025, 1, 1),
        &beleid,
    )
    .unwrap();
    assert_eq!(segment.segment(), Some(Segment::S1));

    // the beschut-werk procedure, driven through its own public API
    let ctx = beschut_werk::Context::new(&beleid);
    let mut procedure = beschut_werk::State::Kandidaat {
        sinds: d(2025, 1, 1),
    };
    let steps = [
        beschut_werk::Event::AdviesAangevraagd {
            datum: d(2025, 1, 6),
            door: Aanvrager::College,
        },
        beschut_werk::Event::AdviesUitgebracht {
            datum: d(2025, 2, 20),
            positief: true,
        },
        beschut_werk::Event::Vastgesteld(Vaststelling::new(d(2025, 3, 10), true)),
        beschut_werk::Event::Aangeboden {
            datum: d(2025, 4, 1),
        },
        beschut_werk::Event::InDienst(Dienstbetrekking {
            aanvang: d(2025, 6, 1),
            uren_per_week: Hours::new(dec!(32)).unwrap(),
        }),
    ];
    for step in &steps {
        procedure = procedure.apply(step, &ctx).unwrap().state;
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
    assert!(segment.apply(&again, &beleid).is_err());
}
