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
