//! The public API as a caller writes it: only `participatiewet::…` paths, every public type
//! `Send + Sync`, and the exact JSON of every persisted foundation type (a change to the wire
//! format shows up here as a reviewed diff).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

use chrono::NaiveDate;
use participatiewet::{
    AowLeeftijd, Beleid, Bijstandsnormen, Citation, Code, Confidence, Decision, Eligibility, Error,
    Ground, Hours, Kind, Minimumjeugdloon, Money, MonthEnd, Parameters, Percentage, Period,
    Plaatsingsvolgorde, Regulation, Rounding, Row, RowRef, Slot, Taal, Table, TransitionError,
    Value, Vermogensgrenzen,
};

static CAPPED: Code = Code::new(
    "api_test_capped",
    &[Slot::new("cap", Kind::Percentage)],
    "begrensd op {cap}",
    "capped at {cap}",
);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn every_public_foundation_type_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Money>();
    assert_send_sync::<Percentage>();
    assert_send_sync::<Hours>();
    assert_send_sync::<Rounding>();
    assert_send_sync::<Period>();
    assert_send_sync::<MonthEnd>();
    assert_send_sync::<Citation>();
    assert_send_sync::<Regulation>();
    assert_send_sync::<Ground>();
    assert_send_sync::<Decision<Money>>();
    assert_send_sync::<Eligibility<Money>>();
    assert_send_sync::<Error>();
    assert_send_sync::<TransitionError>();
    assert_send_sync::<Parameters>();
    assert_send_sync::<Table<Money>>();
    assert_send_sync::<Row<Money>>();
    assert_send_sync::<Confidence>();
    assert_send_sync::<AowLeeftijd>();
    assert_send_sync::<Minimumjeugdloon>();
    assert_send_sync::<Bijstandsnormen>();
    assert_send_sync::<Vermogensgrenzen>();
    assert_send_sync::<Beleid>();
    assert_send_sync::<Plaatsingsvolgorde>();
}

#[test]
fn a_caller_looks_up_a_value_and_explains_it_with_a_coded_ground() {
    static NORM: Code = Code::new(
        "api_test_norm",
        &[Slot::new("norm", Kind::Money), Slot::new("rij", Kind::Row)],
        "De norm voor een alleenstaande is {norm} per maand (vanaf {rij}).",
        "The norm for a single person is {norm} a month (from {rij}).",
    );
    let params = Parameters::bundled();
    let peildatum = d(2025, 7, 1);
    let row = params.bijstandsnormen.at(peildatum).unwrap();
    let citation = Citation::article(Regulation::Participatiewet, "21").onderdeel("a");
    let ground = Ground::owned(
        &NORM,
        citation.clone(),
        [
            Value::Money(row.value.alleenstaande),
            Value::Row(RowRef::new(
                participatiewet::TableName::Bijstandsnormen,
                row.valid_from,
            )),
        ],
    );
    let decision = Decision::new(
        Eligibility::Eligible(row.value.alleenstaande),
        ground.clone(),
    )
    .because(ground);
    assert_eq!(decision.value().value().unwrap().to_string(), "1369.06");
    assert_eq!(row.confidence, Confidence::LawText);
    assert!(decision.cites(&citation));
    assert_eq!(
        decision.grounds()[0].text(Taal::Nl),
        "De norm voor een alleenstaande is € 1.369,06 per maand (vanaf 1 juli 2025)."
    );
    let receipt = decision.receipt(&params);
    assert_eq!(receipt.rows.len(), 1);
    assert_eq!(receipt.rows[0].table, "bijstandsnormen");
    assert_eq!(receipt.rows[0].valid_from, d(2025, 7, 1));
    assert_eq!(receipt.rows[0].valid_to, Some(d(2025, 12, 31)));
}

#[test]
fn wire_format_of_value_types() {
    let json = |v: &dyn erased::Json| v.json();
    assert_eq!(json(&Money::from_cents(206_940).unwrap()), r#""2069.40""#);
    assert_eq!(
        json(&Percentage::new(rust_decimal::dec!(23.5)).unwrap()),
        r#""23.5""#
    );
    assert_eq!(
        json(&Hours::new(rust_decimal::dec!(36)).unwrap()),
        r#""36""#
    );
    assert_eq!(
        json(&Period::new(d(2025, 1, 1), d(2025, 2, 1)).unwrap()),
        r#"{"from":"2025-01-01","to":"2025-02-01"}"#
    );
}

#[test]
fn wire_format_of_citations_grounds_and_decisions() {
    let c = Citation::article(Regulation::Participatiewet, "10d").lid(4);
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"regulation":"participatiewet","article":"10d","lid":4}"#
    );
    let full = Citation::article(Regulation::Werkloosheidswet, "19")
        .lid(1)
        .onderdeel("i");
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"regulation":"werkloosheidswet","article":"19","lid":1,"onderdeel":"i"}"#
    );
    let bare = Citation::article(Regulation::Aow, "7a");
    assert_eq!(
        serde_json::to_string(&bare).unwrap(),
        r#"{"regulation":"aow","article":"7a"}"#
    );
    let ground = Ground::owned(
        &CAPPED,
        c,
        [Value::Percentage(
            Percentage::new(rust_decimal::dec!(70)).unwrap(),
        )],
    );
    assert_eq!(
        serde_json::to_string(&ground).unwrap(),
        r#"{"code":"api_test_capped","citation":{"regulation":"participatiewet","article":"10d","lid":4},"values":{"cap":"70"}}"#
    );
    let decision = Decision::new(Money::from_cents(150).unwrap(), ground.clone()).because(ground);
    assert_eq!(
        serde_json::to_string(&decision).unwrap(),
        r#"{"value":"1.50","outcome":{"code":"api_test_capped","citation":{"regulation":"participatiewet","article":"10d","lid":4},"values":{"cap":"70"}},"grounds":[{"code":"api_test_capped","citation":{"regulation":"participatiewet","article":"10d","lid":4},"values":{"cap":"70"}}]}"#
    );
    // A code the crate does not define is refused on reading: a stored ground is never guessed.
    assert!(
        serde_json::from_str::<Ground>(&serde_json::to_string(&decision.grounds()[0]).unwrap())
            .is_err()
    );
    let eligible: Eligibility<Money> = Eligibility::Eligible(Money::ZERO);
    assert_eq!(
        serde_json::to_string(&eligible).unwrap(),
        r#"{"outcome":"eligible","value":"0.00"}"#
    );
    let refused: Eligibility<Money> = Eligibility::NotEligible;
    assert_eq!(
        serde_json::to_string(&refused).unwrap(),
        r#"{"outcome":"not_eligible"}"#
    );
    let back: Eligibility<Money> =
        serde_json::from_str(&serde_json::to_string(&refused).unwrap()).unwrap();
    assert_eq!(back, refused);
}

#[test]
fn wire_format_of_parameter_rows_and_policy() {
    let row = Row::new(
        d(2026, 7, 1),
        Some(d(2026, 12, 31)),
        Money::from_cents(233_700).unwrap(),
        "Stcrt. 2026, 16505",
        Confidence::LawText,
    );
    assert_eq!(
        serde_json::to_string(&row).unwrap(),
        r#"{"valid_from":"2026-07-01","valid_to":"2026-12-31","value":"2337.00","source":"Stcrt. 2026, 16505","confidence":"law_text"}"#
    );
    let open = Row::new(
        d(2026, 7, 1),
        None,
        27_u8,
        "Pw art. 19a",
        Confidence::Unverified,
    );
    assert_eq!(
        serde_json::to_string(&open).unwrap(),
        r#"{"valid_from":"2026-07-01","valid_to":"open","value":27,"source":"Pw art. 19a","confidence":"unverified"}"#
    );
    assert_eq!(
        serde_json::to_string(&Beleid::default()).unwrap(),
        concat!(
            r#"{"gemeente":"(standaard)","bron":{"regulation":"gemeentelijk_beleid","article":"standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW)"},"#,
            r#""ww_information_months":3,"short_ww_months":3,"beschut_werk_places":{},"placement_order":"by_determination_date","#,
            r#""reassessment_months":null,"decision_term_weeks":8,"segmentcriteria":SEG,"segment_0":"geen_uitkering","afstemmingsverordeningen":[]}"#
        )
        .replace("SEG", &serde_json::to_string(&Beleid::default().segmentcriteria()).unwrap())
    );
}

/// A tiny object-safe wrapper so the snapshot test can take values of different types.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}
