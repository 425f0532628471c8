//! Bijstand at a date and the WW-to-bijstand hand-over: hand-checked vectors. Amounts are the
//! statutory norms of Participatiewet art. 20–22 as bundled (brief §4.4, Stcrt. indexations).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    BijstandFeiten, Kostendelers, Leefvorm, Medebewoner, Weigering, bijstand_op,
};
use participatiewet::legacy::Eligibility;
use participatiewet::{Citation, Money, Parameters, Regulation};

/// The WW-to-bijstand hand-over (Participatiewet art. 41, 44).
#[path = "bijstand/overgang.rs"]
mod overgang;
/// The findings of the trial service on the hand-over.
#[path = "bijstand/overgang_bevindingen.rs"]
mod overgang_bevindingen;
/// The hand-over's stored shapes, display and golden text.
#[path = "bijstand/overgang_wire.rs"]
mod overgang_wire;

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
