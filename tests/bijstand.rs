//! The WW-to-bijstand hand-over: hand-checked vectors. The right and amount of bijstand
//! (`bijstand_op`, the norms) are tested in `tests/bijstand_recht.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    Besluit, Context, Dossier, EffectSoort, Event, State, Zoektermijn,
};
use participatiewet::{Beleid, Citation, Money, Regulation};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn eur(s: &str) -> Money {
    s.parse().unwrap()
}

#[test]
fn the_search_period_applies_at_26_and_not_at_27() {
    // Pw art. 41 lid 4: an application concerning only people under 27 is not submitted before
    // four weeks after the melding.
    let melding = d(2026, 3, 2);
    let z26 = Zoektermijn::bij_melding(melding, d(1999, 6, 1), None, false).unwrap();
    assert_eq!(z26.unwrap().einde, d(2026, 3, 30));
    let z27 = Zoektermijn::bij_melding(melding, d(1999, 3, 2), None, false).unwrap();
    assert!(z27.is_none(), "27 on the day of the melding");
    // A couple of whom one is 27 or older: no search period.
    assert!(
        Zoektermijn::bij_melding(melding, d(2000, 1, 1), Some(d(1990, 1, 1)), false)
            .unwrap()
            .is_none()
    );
    // An exception (e.g. doelgroep loonkostensubsidie): none.
    assert!(
        Zoektermijn::bij_melding(melding, d(2000, 1, 1), None, true)
            .unwrap()
            .is_none()
    );
}

fn walk(
    dossier: Dossier,
    melding: NaiveDate,
    aanvraag: NaiveDate,
) -> Result<State, participatiewet::TransitionError> {
    let beleid = Beleid::default();
    let ctx = Context::new(&beleid);
    let s = State::start(dossier, d(2025, 12, 1));
    let s = s
        .apply(
            &Event::Geinformeerd {
                datum: d(2026, 1, 5),
            },
            &ctx,
        )?
        .state;
    let s = s.apply(&Event::Melding { datum: melding }, &ctx)?.state;
    let s = s.apply(&Event::Aanvraag { datum: aanvraag }, &ctx)?.state;
    let bedrag = eur("1401.50");
    let datum = aanvraag + chrono::Days::new(14);
    Ok(s.apply(
        &Event::Besluit {
            datum,
            besluit: Besluit::Bijstand {
                bedrag,
                vanaf_aanvraag: false,
            },
        },
        &ctx,
    )?
    .state)
}

#[test]
fn the_hand_over_of_a_24_year_old_single() {
    // WW from 2025-10-01 to 2026-03-31; the first day without WW is 2026-04-01.
    let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31)).unwrap();
    let beleid = Beleid::default();
    let ctx = Context::new(&beleid);
    let start = State::start(dossier, d(2025, 12, 1));
    let effects = start.effects(&ctx).unwrap();
    let on = |soort| effects.iter().find(|e| e.soort == soort).map(|e| e.datum);
    // Policy: inform 3 months before the WW ends; art. 41 lid 6: melding from 4 weeks before.
    assert_eq!(on(EffectSoort::Informeren), Some(d(2026, 1, 1)));
    assert_eq!(on(EffectSoort::VroegsteMelding), Some(d(2026, 3, 4)));
    assert_eq!(on(EffectSoort::WwEinde), Some(d(2026, 4, 1)));
    assert_eq!(
        dossier.ww_duur(&beleid).unwrap(),
        participatiewet::bijstand::WwDuur::Lang
    );
    // A melding on 2026-03-03 is too early (art. 41 lid 6); the state is unchanged.
    let informed = start
        .apply(
            &Event::Geinformeerd {
                datum: d(2026, 1, 5),
            },
            &ctx,
        )
        .unwrap()
        .state;
    let before = informed;
    let err = informed
        .apply(
            &Event::Melding {
                datum: d(2026, 3, 3),
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Participatiewet, "41").lid(6))
    );
    assert_eq!(informed, before);
    // Melding on 2026-03-04: the application is refused before 2026-04-01 (art. 41 lid 4).
    assert!(walk(dossier, d(2026, 3, 4), d(2026, 3, 31)).is_err());
    // Applied on 2026-04-01: bijstand from 2026-04-01 (art. 44 lid 1: the day after the WW,
    // not before the melding).
    let decided = walk(dossier, d(2026, 3, 4), d(2026, 4, 1)).unwrap();
    assert_eq!(decided.ingangsdatum().unwrap(), Some(d(2026, 4, 1)));
    // A melding only on 2026-04-10: the application waits for the search period (2026-05-08,
    // art. 41 lid 4), but the bijstand starts on the melding, 2026-04-10 (art. 44 lid 1: the
    // search period delays the application, not the start date).
    assert!(walk(dossier, d(2026, 4, 10), d(2026, 5, 7)).is_err());
    let late = walk(dossier, d(2026, 4, 10), d(2026, 5, 8)).unwrap();
    assert_eq!(late.ingangsdatum().unwrap(), Some(d(2026, 4, 10)));
}

#[test]
fn a_culpably_late_application_counts_from_the_application_day() {
    // Art. 44 lid 3: the college may decide that bijstand starts on the day of the application.
    let dossier = Dossier::new(d(1981, 5, 1), None, false, d(2024, 4, 1), d(2026, 3, 31)).unwrap();
    let beleid = Beleid::default();
    let ctx = Context::new(&beleid);
    let mut s = State::start(dossier, d(2026, 1, 1));
    s = s
        .apply(
            &Event::Melding {
                datum: d(2026, 3, 25),
            },
            &ctx,
        )
        .unwrap()
        .state;
    s = s
        .apply(
            &Event::Aanvraag {
                datum: d(2026, 6, 1),
            },
            &ctx,
        )
        .unwrap()
        .state;
    let besluit = |vanaf_aanvraag| Event::Besluit {
        datum: d(2026, 6, 15),
        besluit: Besluit::Bijstand {
            bedrag: eur("1401.50"),
            vanaf_aanvraag,
        },
    };
    let normal = s.apply(&besluit(false), &ctx).unwrap().state;
    assert_eq!(normal.ingangsdatum().unwrap(), Some(d(2026, 4, 1)));
    let late = s.apply(&besluit(true), &ctx).unwrap().state;
    assert_eq!(late.ingangsdatum().unwrap(), Some(d(2026, 6, 1)));
}

#[test]
fn a_45_year_old_may_apply_right_after_the_melding() {
    let dossier = Dossier::new(d(1981, 5, 1), None, false, d(2024, 4, 1), d(2026, 3, 31)).unwrap();
    let decided = walk(dossier, d(2026, 3, 25), d(2026, 3, 25)).unwrap();
    assert_eq!(decided.ingangsdatum().unwrap(), Some(d(2026, 4, 1)));
    // A decision ends the hand-over: later events are refused.
    let beleid = Beleid::default();
    assert!(
        decided
            .apply(
                &Event::WerkGevonden {
                    datum: d(2026, 6, 1)
                },
                &Context::new(&beleid)
            )
            .is_err()
    );
}

#[test]
fn stored_states_snapshot_and_tamper() {
    let dossier = Dossier::new(d(2001, 5, 1), None, true, d(2025, 10, 1), d(2026, 3, 31)).unwrap();
    let state = State::Aangevraagd {
        dossier,
        melding: d(2026, 3, 4),
        aanvraag: d(2026, 4, 1),
    };
    let json = serde_json::to_string(&state).unwrap();
    assert_eq!(
        json,
        r#"{"state":"aangevraagd","dossier":{"geboortedatum":"2001-05-01","partner":null,"alleenstaand":true,"ww_eerste_dag":"2025-10-01","ww_laatste_dag":"2026-03-31","zoektermijn_uitzondering":false},"melding":"2026-03-04","aanvraag":"2026-04-01"}"#
    );
    assert_eq!(serde_json::from_str::<State>(&json).unwrap(), state);
    // An application dated before the melding is rejected.
    let tampered = json.replace(r#""aanvraag":"2026-04-01""#, r#""aanvraag":"2026-03-01""#);
    assert!(serde_json::from_str::<State>(&tampered).is_err());
    // A dossier whose WW ends before it starts is rejected.
    let tampered = json.replace(
        r#""ww_laatste_dag":"2026-03-31""#,
        r#""ww_laatste_dag":"2025-03-31""#,
    );
    assert!(serde_json::from_str::<State>(&tampered).is_err());
    // An unknown state is an error, not dropped.
    assert!(serde_json::from_str::<State>(&json.replace("aangevraagd", "onbekend")).is_err());
}
