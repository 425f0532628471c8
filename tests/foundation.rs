//! The foundation's rules at their edges: rounding on the half-cent boundaries, ages on
//! 29 February, months at month ends, periods, citations, decisions and every error message.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

use chrono::NaiveDate;
use participatiewet::{
    Beleid, Citation, Code, Decision, Eligibility, Error, Ground, Hours, Money, MonthEnd,
    Percentage, Period, Regulation, Rounding, TransitionError, add_months, age_on,
};
use rust_decimal::{Decimal, dec};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn cents_round_half_away_from_zero_on_both_signs() {
    let r = |x: Decimal| Rounding::Cents.apply(x);
    assert_eq!(r(dec!(1.005)), dec!(1.01));
    assert_eq!(r(dec!(-1.005)), dec!(-1.01));
    assert_eq!(r(dec!(1.004999)), dec!(1.00));
    assert_eq!(r(dec!(-1.004999)), dec!(-1.00));
    assert_eq!(r(dec!(2.675)), dec!(2.68));
    assert_eq!(r(dec!(0.015)), dec!(0.02));
}

#[test]
fn whole_percent_rounds_half_away_from_zero() {
    let r = |x: Decimal| Rounding::WholePercent.apply(x);
    assert_eq!(r(dec!(62.5)), dec!(63));
    assert_eq!(r(dec!(-62.5)), dec!(-63));
    assert_eq!(r(dec!(62.4999)), dec!(62));
    assert_eq!(r(dec!(66.9375)), dec!(67));
}

#[test]
fn five_cents_rounds_to_the_nearest_multiple_of_five_cents() {
    let r = |x: Decimal| Rounding::FiveCents.apply(x);
    assert_eq!(r(dec!(817.413)), dec!(817.40));
    assert_eq!(r(dec!(713.943)), dec!(713.95));
    assert_eq!(r(dec!(0.025)), dec!(0.05));
    assert_eq!(r(dec!(-0.025)), dec!(-0.05));
    assert_eq!(r(dec!(0.0249)), dec!(0.00));
    assert_eq!(r(dec!(1241.64)), dec!(1241.65));
}

#[test]
fn age_on_29_february() {
    let born = d(2000, 2, 29);
    assert_eq!(age_on(born, d(2018, 2, 27)).unwrap(), 17);
    assert_eq!(age_on(born, d(2018, 2, 28)).unwrap(), 18);
    assert_eq!(age_on(born, d(2020, 2, 28)).unwrap(), 19);
    assert_eq!(age_on(born, d(2020, 2, 29)).unwrap(), 20);
    assert!(matches!(
        age_on(born, d(1999, 1, 1)),
        Err(Error::InvalidFacts { .. })
    ));
}

#[test]
fn month_addition_at_month_ends_names_its_rule() {
    let cases = [
        (d(2025, 1, 31), 1, d(2025, 2, 28), d(2025, 3, 1)),
        (d(2024, 1, 31), 1, d(2024, 2, 29), d(2024, 3, 1)),
        (d(2025, 3, 31), 1, d(2025, 4, 30), d(2025, 5, 1)),
        (d(2025, 5, 31), -1, d(2025, 4, 30), d(2025, 5, 1)),
        (d(2024, 2, 29), 12, d(2025, 2, 28), d(2025, 3, 1)),
        (d(2025, 1, 15), 1, d(2025, 2, 15), d(2025, 2, 15)),
    ];
    for (from, months, last_day, next_day) in cases {
        assert_eq!(
            add_months(from, months, MonthEnd::LastDay).unwrap(),
            last_day
        );
        assert_eq!(
            add_months(from, months, MonthEnd::NextDay).unwrap(),
            next_day
        );
    }
    assert!(add_months(NaiveDate::MAX, 1, MonthEnd::LastDay).is_err());
}

#[test]
fn periods_are_half_open_and_checked_on_load() {
    let p = Period::new(d(2025, 1, 1), d(2025, 4, 1)).unwrap();
    assert!(p.contains(d(2025, 3, 31)));
    assert!(!p.contains(d(2025, 4, 1)));
    assert_eq!(p.days(), 90);
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"from":"2025-01-01","to":"2025-04-01"}"#
    );
    assert!(serde_json::from_str::<Period>(r#"{"from":"2025-04-01","to":"2025-04-01"}"#).is_err());
    assert_eq!(
        Period::new(d(2025, 4, 1), d(2025, 1, 1))
            .unwrap_err()
            .to_string(),
        "to is invalid: ends on 2025-01-01, not after its start 2025-04-01"
    );
}

#[test]
fn citations_display_in_each_shape() {
    let art = Citation::article(Regulation::Participatiewet, "10b");
    assert_eq!(art.to_string(), "Participatiewet art. 10b");
    assert_eq!(
        art.clone().lid(3).to_string(),
        "Participatiewet art. 10b lid 3"
    );
    assert_eq!(
        Citation::article(Regulation::Werkloosheidswet, "19")
            .lid(1)
            .onderdeel("i")
            .to_string(),
        "WW art. 19 lid 1 onderdeel i"
    );
    assert_eq!(
        Citation::owned(
            Regulation::GemeentelijkBeleid,
            "Beleidsregels 2025".to_owned()
        )
        .to_string(),
        "gemeentelijk beleid: Beleidsregels 2025"
    );
    assert_eq!(Regulation::Awb.bwb_id(), Some("BWBR0005537"));
}

#[test]
fn decisions_and_eligibility() {
    static WSW: Code = Code::refusal(
        "foundation_test_wsw",
        &[],
        "Geen loonkostensubsidie voor een Wsw-dienstbetrekking.",
        "No loonkostensubsidie for a Wsw dienstbetrekking.",
    );
    let c = Citation::article(Regulation::Participatiewet, "10d").lid(3);
    let ground = Ground::new(&WSW, c.clone(), []);
    let refused: Decision<Eligibility<Money>> =
        Decision::new(Eligibility::NotEligible, ground.clone()).because(ground);
    let zero = Eligibility::Eligible(Money::ZERO);
    assert!(!refused.value().is_eligible() && zero.is_eligible());
    assert_ne!(*refused.value(), zero);
    assert_eq!(refused.reasons().count(), 1);
    assert_eq!(refused.reasons().next().unwrap().citation(), &c);
    assert!(refused.cites(&c));
    assert_eq!(
        refused.grounds()[0].to_string(),
        "Participatiewet art. 10d lid 3: No loonkostensubsidie for a Wsw dienstbetrekking."
    );
}

#[test]
fn every_error_message_says_what_was_wrong_and_what_was_expected() {
    assert_eq!(
        Money::new(dec!(-5)).unwrap_err().to_string(),
        "money is -5, expected 0 to 1000000000000"
    );
    assert_eq!(
        Hours::new(dec!(200)).unwrap_err().to_string(),
        "uren is 200, expected 0 to 168"
    );
    assert_eq!(
        "abc".parse::<Percentage>().unwrap_err().to_string(),
        "percentage: cannot read \"abc\" as a percentage like 62.5 or 62.5%"
    );
    let not_in_force = Error::NotInForce {
        parameter: "x",
        peildatum: d(2030, 1, 1),
        nearest: None,
    };
    assert_eq!(
        not_in_force.to_string(),
        "the value x is not known on 2030-01-01 (the table is empty)"
    );
    let table = Error::InvalidTable {
        parameter: "x",
        reason: "the table has no rows".into(),
    };
    assert_eq!(
        table.to_string(),
        "parameter table x is invalid: the table has no rows"
    );
    let facts = Error::InvalidFacts {
        field: "uren".into(),
        reason: "more than 168".into(),
    };
    assert_eq!(facts.to_string(), "uren is invalid: more than 168");
    let state = Error::InvalidState {
        what: "State",
        reason: "no date".into(),
    };
    assert_eq!(state.to_string(), "stored State is inconsistent: no date");
    let overflow = Error::Overflow { operation: "sum" };
    assert_eq!(overflow.to_string(), "arithmetic overflow in sum");
}

#[test]
fn transition_errors_name_state_event_rule_and_citation() {
    let plain = TransitionError::new("ended", "start", "the procedure has ended");
    assert_eq!(
        plain.to_string(),
        "event start refused in state ended: the procedure has ended"
    );
    let cited = plain.citing(Citation::article(Regulation::Participatiewet, "41").lid(4));
    assert_eq!(
        cited.to_string(),
        "event start refused in state ended: the procedure has ended (Participatiewet art. 41 lid 4)"
    );
}

#[test]
fn beleid_round_trips_and_rejects_tampering() {
    let beleid = Beleid::default();
    let json = serde_json::to_string(&beleid).unwrap();
    assert_eq!(serde_json::from_str::<Beleid>(&json).unwrap(), beleid);
    let tampered = json.replace(
        "\"ww_information_months\":3",
        "\"ww_information_months\":99",
    );
    assert_ne!(tampered, json);
    assert!(serde_json::from_str::<Beleid>(&tampered).is_err());
}

#[test]
fn foundation_enums_read_back_what_they_write() {
    use participatiewet::{MonthEnd, Regulation, Rounding, Taal};
    for r in [Rounding::Cents, Rounding::WholePercent, Rounding::FiveCents] {
        assert_eq!(r.to_string().parse::<Rounding>().unwrap(), r);
        assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{r}\""));
    }
    for m in [MonthEnd::LastDay, MonthEnd::NextDay] {
        assert_eq!(m.to_string().parse::<MonthEnd>().unwrap(), m);
    }
    assert_eq!(MonthEnd::LastDay.to_string(), "last_day");
    for t in [Taal::Nl, Taal::En] {
        assert_eq!(t.to_string().parse::<Taal>().unwrap(), t);
    }
    let err = "cents ".parse::<Rounding>().unwrap_err();
    assert_eq!(err.code(), "parse");
    assert_eq!(
        Regulation::Atw.to_string().parse::<Regulation>().unwrap(),
        Regulation::Atw
    );
    assert_eq!(Regulation::Atw.bwb_id(), Some("BWBR0002448"));
}
