//! Bijstand at a date and the WW-to-bijstand hand-over: hand-checked vectors. Amounts are the
//! statutory norms of Participatiewet art. 20–22 as bundled (brief §4.4, Stcrt. indexations).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    Besluit, BijstandFeiten, Context, Dossier, EffectSoort, Event, Kostendelers, Leefvorm,
    Medebewoner, State, Weigering, Zoektermijn, bijstand_op,
};
use participatiewet::legacy::Eligibility;
use participatiewet::{Beleid, Citation, Money, Parameters, Regulation};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn eur(s: &str) -> Money {
    s.parse().unwrap()
}

#[test]
fn norm_on_the_day_before_on_and_after_a_change_date() {
    // Single person of 45 (art. 21 a): 1,345.45 from 2025-01-01, 1,369.06 from 2025-07-01.
    let p = Parameters::bundled();
    let f = BijstandFeiten::new(d(1980, 5, 1), Leefvorm::Alleenstaande);
    let norm = |day| bijstand_op(&f, day, &p).unwrap().norm;
    assert_eq!(norm(d(2025, 6, 30)), eur("1345.45"));
    assert_eq!(norm(d(2025, 7, 1)), eur("1369.06"));
    assert_eq!(norm(d(2025, 7, 2)), eur("1369.06"));
}

#[test]
fn norms_by_age_and_household_on_2026_01_01() {
    let p = Parameters::bundled();
    let peil = d(2026, 1, 1);
    // 19-year-old single: youth norm art. 20 lid 1 a.
    let jong = BijstandFeiten::new(d(2006, 6, 1), Leefvorm::Alleenstaande);
    assert_eq!(bijstand_op(&jong, peil, &p).unwrap().norm, eur("345.99"));
    // Single parent of 35: the single norm (art. 21 a).
    let ouder = BijstandFeiten::new(d(1990, 6, 1), Leefvorm::AlleenstaandeOuder);
    assert_eq!(bijstand_op(&ouder, peil, &p).unwrap().norm, eur("1401.50"));
    // Single at AOW age (born 1955: AOW age reached in 2021): art. 22 a.
    let oud = BijstandFeiten::new(d(1955, 3, 1), Leefvorm::Alleenstaande);
    assert_eq!(bijstand_op(&oud, peil, &p).unwrap().norm, eur("1564.69"));
    // Couple of 45 and 44 with their son of 30 at home: A = 3 (person, spouse, son),
    // per person (40 + 3 x 30) / (3 x 100) x 2,002.13 = 0.43333 x 2,002.13 = 867.589 -> 867.59,
    // the couple's norm is both spouses' norms: 1,735.18 (art. 19a lid 1-2).
    let zoon = [Medebewoner::new(d(1995, 8, 1))];
    let mut paar = BijstandFeiten::new(d(1980, 5, 1), Leefvorm::Gehuwden);
    paar.partner = Some(d(1981, 9, 1));
    paar.medebewoners = &zoon;
    let b = bijstand_op(&paar, peil, &p).unwrap();
    assert_eq!(b.kostendelers.aantal, 1);
    assert_eq!(b.norm, eur("1735.18"));
    // A student son with study finance is excepted (art. 19a lid 1): the couple norm 2,002.13.
    let student = [Medebewoner::uitgezonderd(d(1995, 8, 1))];
    paar.medebewoners = &student;
    assert_eq!(bijstand_op(&paar, peil, &p).unwrap().norm, eur("2002.13"));
}

#[test]
fn the_cost_sharer_age_moves_from_21_to_27_on_2023_01_01() {
    // Pw art. 19a lid 1: a co-resident counts from 21 before 2023 and from 27 from 2023.
    // A single person of 45 with a son of 25 at home.
    let zoon = [Medebewoner::new(d(1997, 6, 1))];
    let mut f = BijstandFeiten::new(d(1977, 6, 1), Leefvorm::Alleenstaande);
    f.medebewoners = &zoon;
    let p = Parameters::bundled();
    assert_eq!(
        Kostendelers::tel(&zoon, d(2022, 12, 31), &p)
            .unwrap()
            .aantal,
        1
    );
    assert_eq!(
        Kostendelers::tel(&zoon, d(2023, 1, 1), &p).unwrap().aantal,
        0
    );
    // The bundled norms of 2022-07-01 (Participatiewet art. 21 onderdeel b, consolidated text
    // of 2022-07-01: couple norm 1,574.03). With one cost-sharer A = 2 and the norm is
    // (40 + 60) / 200 = 50% of it: 787.015, rounded to the cent.
    assert_eq!(
        bijstand_op(&f, d(2022, 12, 31), &p).unwrap().norm,
        eur("787.02")
    );
    // On 2023-01-01 the son no longer counts: the single norm of art. 21 a, 1,195.66.
    assert_eq!(
        bijstand_op(&f, d(2023, 1, 1), &p).unwrap().norm,
        eur("1195.66")
    );
}

#[test]
fn the_asset_limit_at_exactly_the_limit_and_one_euro_over() {
    // Pw art. 34 lid 3: no right when the assets exceed the limit; 2026 single: 8,000.
    let p = Parameters::bundled();
    let peil = d(2026, 3, 1);
    let mut f = BijstandFeiten::new(d(1980, 5, 1), Leefvorm::Alleenstaande);
    f.vermogen = eur("8000.00");
    let at = bijstand_op(&f, peil, &p).unwrap();
    assert_eq!(at.weigering, None);
    assert_eq!(at.decision().value, Eligibility::Eligible(eur("1401.50")));
    f.vermogen = eur("8001.00");
    let over = bijstand_op(&f, peil, &p).unwrap();
    assert_eq!(over.weigering, Some(Weigering::VermogenBovenGrens));
    let decision = over.decision();
    assert!(!decision.value.is_eligible());
    assert!(decision.cites(&Citation::article(Regulation::Participatiewet, "34").lid(3)));
    // A couple has the family limit: 16,000.
    let mut paar = BijstandFeiten::new(d(1980, 5, 1), Leefvorm::Gehuwden);
    paar.partner = Some(d(1980, 5, 1));
    paar.vermogen = eur("16000.00");
    assert_eq!(bijstand_op(&paar, peil, &p).unwrap().weigering, None);
}

#[test]
fn not_entitled_is_not_entitled_with_zero() {
    let p = Parameters::bundled();
    let peil = d(2026, 3, 1);
    // Income above the norm: entitled, EUR 0 (art. 19 lid 2).
    let mut rijk = BijstandFeiten::new(d(1980, 5, 1), Leefvorm::Alleenstaande);
    rijk.inkomsten = eur("1500.00");
    assert_eq!(
        bijstand_op(&rijk, peil, &p).unwrap().decision().value,
        Eligibility::Eligible(Money::ZERO)
    );
    // Income 401.50: bijstand 1,401.50 - 401.50 = 1,000.00.
    rijk.inkomsten = eur("401.50");
    assert_eq!(bijstand_op(&rijk, peil, &p).unwrap().bedrag, eur("1000.00"));
    // Under 18: not entitled (art. 13 lid 1), a refusal with its ground.
    let kind = BijstandFeiten::new(d(2009, 5, 1), Leefvorm::Alleenstaande);
    let refused = bijstand_op(&kind, peil, &p).unwrap().decision();
    assert_eq!(
        refused.value.reasons()[0].citation,
        Citation::article(Regulation::Participatiewet, "13").lid(1)
    );
    // Under 27 able to follow funded education: no algemene bijstand (art. 13 lid 2).
    let mut student = BijstandFeiten::new(d(2004, 5, 1), Leefvorm::Alleenstaande);
    student.uitsluitingen.onderwijs_onder_27 = true;
    assert_eq!(
        bijstand_op(&student, peil, &p).unwrap().weigering,
        Some(Weigering::OnderwijsOnder27)
    );
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
