//! Property tests of the foundation: value types round-trip, constructors never panic, table
//! lookups never panic and return the row that contains the date.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

use chrono::{Datelike, NaiveDate};
use participatiewet::{Hours, Money, MonthEnd, Parameters, Percentage, add_months, age_on};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn any_decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=28).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let min = NaiveDate::MIN.num_days_from_ce();
    let max = NaiveDate::MAX.num_days_from_ce();
    (min..=max).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn recent_date() -> impl Strategy<Value = NaiveDate> {
    let from = NaiveDate::from_ymd_opt(2010, 1, 1)
        .unwrap()
        .num_days_from_ce();
    let to = NaiveDate::from_ymd_opt(2032, 12, 31)
        .unwrap()
        .num_days_from_ce();
    (from..=to).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

proptest! {
    #[test]
    fn money_round_trips(cents in 0i64..=100_000_000_000_000) {
        let m = Money::from_cents(cents).unwrap();
        prop_assert_eq!(m.to_string().parse::<Money>().unwrap(), m);
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        prop_assert_eq!(m.cents(), cents);
    }

    #[test]
    fn percentage_and_hours_round_trip(hundredths in 0i64..=10_000, quarter_hours in 0i64..=672) {
        let p = Percentage::new(Decimal::new(hundredths, 2)).unwrap();
        prop_assert_eq!(p.to_string().parse::<Percentage>().unwrap(), p);
        prop_assert_eq!(serde_json::from_str::<Percentage>(&serde_json::to_string(&p).unwrap()).unwrap(), p);
        let h = Hours::new(Decimal::new(quarter_hours * 25, 2)).unwrap();
        prop_assert_eq!(h.to_string().parse::<Hours>().unwrap(), h);
        prop_assert_eq!(serde_json::from_str::<Hours>(&serde_json::to_string(&h).unwrap()).unwrap(), h);
    }

    #[test]
    fn constructors_never_panic_and_accept_exactly_their_range(x in any_decimal()) {
        let money = Money::new(x);
        prop_assert_eq!(money.is_ok(), x >= Decimal::ZERO && x <= Money::MAX.amount() && x.normalize().scale() <= 2);
        let pct = Percentage::new(x);
        prop_assert_eq!(pct.is_ok(), x >= Decimal::ZERO && x <= Decimal::ONE_HUNDRED && x.normalize().scale() <= Percentage::SCALE);
        let hours = Hours::new(x);
        prop_assert_eq!(hours.is_ok(), x >= Decimal::ZERO && x <= Decimal::from(168) && x.normalize().scale() <= Hours::SCALE);
    }

    #[test]
    fn parsing_never_panics(s in ".{0,40}") {
        let _ = s.parse::<Money>();
        let _ = s.parse::<Percentage>();
        let _ = s.parse::<Hours>();
        let _ = serde_json::from_str::<Money>(&s);
        let _ = serde_json::from_str::<Parameters>(&s);
    }

    #[test]
    fn table_lookup_never_panics_and_finds_the_containing_row(date in any_date(), recent in recent_date()) {
        let p = Parameters::bundled();
        for day in [date, recent] {
            if let Ok(row) = p.wml_per_maand.at(day) {
                prop_assert!(row.valid_from <= day);
                prop_assert!(row.valid_to.is_none_or(|to| day <= to));
            }
            let _ = p.bijstandsnormen.at(day);
            let _ = p.aow_leeftijd.at(day);
            let _ = p.minimumloon_per_maand(day, recent);
            let _ = p.aow_datum(day);
        }
    }

    #[test]
    fn add_months_never_panics(date in any_date(), months in any::<i32>()) {
        let _ = add_months(date, months, MonthEnd::LastDay);
        let _ = add_months(date, months, MonthEnd::NextDay);
    }

    #[test]
    fn age_is_monotone_in_the_peildatum(birth in recent_date(), a in 0i64..40_000, b in 0i64..40_000) {
        let (early, late) = (a.min(b), a.max(b));
        let on = |days: i64| birth.checked_add_signed(chrono::TimeDelta::days(days)).unwrap();
        prop_assert!(age_on(birth, on(early)).unwrap() <= age_on(birth, on(late)).unwrap());
    }

    #[test]
    fn age_agrees_with_the_birthdays(birth in recent_date(), days in 0i64..40_000) {
        // age_on(b, p) = n exactly when the n-th birthday is on or before p and the next after.
        let peil = birth.checked_add_signed(chrono::TimeDelta::days(days)).unwrap();
        let n = age_on(birth, peil).unwrap();
        prop_assert!(participatiewet::birthday(birth, n).unwrap() <= peil);
        prop_assert!(participatiewet::birthday(birth, n + 1).unwrap() > peil);
    }

    #[test]
    fn saturating_sub_stays_between_zero_and_the_minuend(a in 0i64..=1_000_000_000, b in 0i64..=1_000_000_000) {
        let (a, b) = (Money::from_cents(a).unwrap(), Money::from_cents(b).unwrap());
        let diff = a.saturating_sub(b);
        prop_assert!(diff <= a);
        prop_assert!(diff >= Money::ZERO);
    }
}

// ---------------------------------------------------------------------------------------
// Tampered parameter sets: every mutation of a stored set that loads satisfies the table
// invariants, checked here independently of the crate's own validation.
// ---------------------------------------------------------------------------------------

/// A mutation of one row of one table of the stored set.
#[derive(Debug, Clone)]
enum Mutation {
    ShiftFrom(i64),
    ShiftTo(i64),
    OpenEnd,
    RemoveField(usize),
    Value(i64),
    DropRow,
    DuplicateRow,
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (-400i64..400).prop_map(Mutation::ShiftFrom),
        (-400i64..400).prop_map(Mutation::ShiftTo),
        Just(Mutation::OpenEnd),
        (0usize..5).prop_map(Mutation::RemoveField),
        (-2_000_000i64..20_000_000).prop_map(Mutation::Value),
        Just(Mutation::DropRow),
        Just(Mutation::DuplicateRow),
    ]
}

fn shift(value: &mut serde_json::Value, days: i64) {
    if let Some(date) = value.as_str().and_then(|s| s.parse::<NaiveDate>().ok()) {
        if let Some(moved) = date.checked_add_signed(chrono::Duration::days(days)) {
            *value = moved.to_string().into();
        }
    }
}

fn mutate(rows: &mut Vec<serde_json::Value>, index: usize, mutation: &Mutation) {
    if rows.is_empty() {
        return;
    }
    let i = index % rows.len();
    match mutation {
        Mutation::ShiftFrom(days) => shift(&mut rows[i]["valid_from"], *days),
        Mutation::ShiftTo(days) => shift(&mut rows[i]["valid_to"], *days),
        Mutation::OpenEnd => rows[i]["valid_to"] = "open".into(),
        Mutation::RemoveField(f) => {
            let field = ["valid_from", "valid_to", "value", "source", "confidence"][*f];
            rows[i].as_object_mut().unwrap().remove(field);
        }
        Mutation::Value(cents) => {
            let v = &mut rows[i]["value"];
            if v.is_string() {
                *v = format!("{}.{:02}", cents / 100, (cents % 100).abs()).into();
            } else if v.is_number() {
                *v = (cents % 300).into();
            } else if let Some(obj) = v.as_object_mut() {
                if let Some((_, first)) = obj.iter_mut().next() {
                    *first = if first.is_string() {
                        format!("{}.{:02}", cents / 100, (cents % 100).abs()).into()
                    } else {
                        (cents % 300).into()
                    };
                }
            }
        }
        Mutation::DropRow => {
            rows.remove(i);
        }
        Mutation::DuplicateRow => {
            let row = rows[i].clone();
            rows.insert(i, row);
        }
    }
}

/// The invariants of every loaded table, read from its JSON: rows contiguous from the first
/// day, only the last one may be open, every amount positive, the cost-sharer age 18 to 30,
/// the AOW age 65 to 70 and never decreasing.
fn assert_invariants(json: &serde_json::Value) -> Result<(), TestCaseError> {
    for (name, rows) in json.as_object().unwrap() {
        let rows = rows.as_array().unwrap();
        prop_assert!(!rows.is_empty(), "{} empty", name);
        for pair in rows.windows(2) {
            let to: NaiveDate = pair[0]["valid_to"].as_str().unwrap().parse().unwrap();
            let next: NaiveDate = pair[1]["valid_from"].as_str().unwrap().parse().unwrap();
            prop_assert_eq!(to.succ_opt().unwrap(), next, "{} not contiguous", name);
        }
        for row in rows {
            let from: NaiveDate = row["valid_from"].as_str().unwrap().parse().unwrap();
            if let Ok(to) = row["valid_to"].as_str().unwrap().parse::<NaiveDate>() {
                prop_assert!(from <= to);
            }
            let value = &row["value"];
            let amounts: Vec<&serde_json::Value> = match value {
                serde_json::Value::Object(o)
                    if name != "aow_leeftijd" && name != "minimumjeugdloon" =>
                {
                    // a norm the law text of the row does not state is an explicit null
                    o.values().filter(|v| !v.is_null()).collect()
                }
                serde_json::Value::String(_) if name != "werkgeverslasten" => vec![value],
                _ => vec![],
            };
            for amount in amounts {
                let m: Decimal = amount.as_str().unwrap().parse().unwrap();
                prop_assert!(m > Decimal::ZERO, "{} holds {}", name, m);
            }
            if name == "kostendeler_leeftijd" {
                prop_assert!((18..=30).contains(&value.as_u64().unwrap()));
            }
            if name == "aow_leeftijd" {
                prop_assert!((65..=70).contains(&value["years"].as_u64().unwrap()));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_tampered_set_that_loads_satisfies_the_table_invariants(
        table in 0usize..10,
        index in 0usize..40,
        mutations in proptest::collection::vec(any_mutation(), 1..3),
    ) {
        let mut json = serde_json::to_value(Parameters::bundled()).unwrap();
        let name = json.as_object().unwrap().keys().nth(table).unwrap().clone();
        for m in &mutations {
            mutate(json[&name].as_array_mut().unwrap(), index, m);
        }
        if let Ok(p) = serde_json::from_value::<Parameters>(json.clone()) {
            prop_assert!(participatiewet::Validate::validate(&p).is_ok());
            let reread = serde_json::to_value(&p).unwrap();
            assert_invariants(&reread)?;
            let again: Parameters = serde_json::from_value(reread).unwrap();
            prop_assert_eq!(again, p);
        }
    }
}
