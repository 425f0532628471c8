//! The date-versioned parameters: lookups around every change date, out-of-table errors,
//! validation on load and on insert, and the derived lookups (youth minimum wage, AOW date).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

use chrono::NaiveDate;
use participatiewet::{Confidence, Error, Money, Parameters, Row, Table};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Checks the day before, on and after every change date of a table.
fn check_change_dates<T: PartialEq + std::fmt::Debug>(table: &Table<T>) {
    for pair in table.rows().windows(2) {
        let (old, new) = (&pair[0], &pair[1]);
        let change = new.valid_from;
        let before = change.pred_opt().unwrap();
        let after = change.succ_opt().unwrap();
        assert_eq!(
            table.at(before).unwrap().value,
            old.value,
            "{} on {before}",
            table.parameter()
        );
        assert_eq!(
            table.at(change).unwrap().value,
            new.value,
            "{} on {change}",
            table.parameter()
        );
        assert_eq!(
            table.at(after).unwrap().value,
            new.value,
            "{} on {after}",
            table.parameter()
        );
    }
    let first = table.rows().first().unwrap().valid_from;
    let last = table.last_day().unwrap();
    assert!(matches!(
        table.at(first.pred_opt().unwrap()),
        Err(Error::NotInForce { .. })
    ));
    assert!(matches!(
        table.at(last.succ_opt().unwrap()),
        Err(Error::NotInForce { .. })
    ));
    assert!(table.at(last).is_ok());
}

#[test]
fn every_change_date_of_every_table() {
    let p = Parameters::bundled();
    check_change_dates(&p.wml_per_maand);
    check_change_dates(&p.wml_per_uur);
    check_change_dates(&p.minimumjeugdloon);
    check_change_dates(&p.aow_leeftijd);
    check_change_dates(&p.werkgeverslasten);
    check_change_dates(&p.maximum_dagloon);
    check_change_dates(&p.bijstandsnormen);
    check_change_dates(&p.vermogensgrenzen);
    check_change_dates(&p.vermogensgrens_eigen_woning);
    check_change_dates(&p.kostendeler_leeftijd);
}

#[test]
fn known_values_from_the_brief() {
    // Domain brief §5 (WML table) and §4.4 (norms), shared/domain/brief.md.
    let p = Parameters::bundled();
    let wml = |y, m, day| p.wml_per_maand.at(d(y, m, day)).unwrap().value.to_string();
    assert_eq!(wml(2023, 6, 30), "1934.40");
    assert_eq!(wml(2023, 7, 1), "1995.00");
    assert_eq!(wml(2024, 1, 1), "2069.40");
    assert_eq!(wml(2026, 1, 1), "2294.40");
    // Stcrt. 2026, 16505: 2,337.00 from 2026-07-01.
    assert_eq!(wml(2026, 7, 1), "2337.00");
    let norm = p.bijstandsnormen.at(d(2025, 7, 1)).unwrap().value;
    assert_eq!(norm.alleenstaande.to_string(), "1369.06");
    assert_eq!(norm.gehuwden.to_string(), "1955.80");
    assert_eq!(norm.alleenstaande_jongere.to_string(), "337.98");
    let aow = |y| p.aow_leeftijd.at(d(y, 6, 1)).unwrap().value.to_string();
    assert_eq!(aow(2015), "65 years 3 months");
    assert_eq!(aow(2021), "66 years 4 months");
    assert_eq!(aow(2023), "66 years 10 months");
    assert_eq!(aow(2028), "67 years 3 months");
    assert_eq!(
        p.kostendeler_leeftijd.at(d(2022, 12, 31)).unwrap().value,
        21
    );
    assert_eq!(p.kostendeler_leeftijd.at(d(2023, 1, 1)).unwrap().value, 27);
}

#[test]
fn out_of_table_error_names_parameter_date_and_nearest_row() {
    let p = Parameters::bundled();
    let err = p.wml_per_maand.at(d(2014, 12, 31)).unwrap_err();
    assert_eq!(
        err,
        Error::NotInForce {
            parameter: "wml_per_maand",
            peildatum: d(2014, 12, 31),
            nearest: Some((d(2015, 1, 1), Some(d(2015, 6, 30)))),
        }
    );
    assert_eq!(
        err.to_string(),
        "the statutory minimum wage per month is not known on 2014-12-31 (known from 2015-01-01 to 2015-06-30)"
    );
    let after = p.wml_per_maand.at(d(2027, 1, 1)).unwrap_err();
    assert_eq!(
        after.to_string(),
        "the statutory minimum wage per month is not known on 2027-01-01 (known from 2026-07-01 to 2026-12-31)"
    );
}

#[test]
fn every_bundled_row_has_a_source_and_every_table_an_explicit_end() {
    let p = Parameters::bundled();
    let json = serde_json::to_value(&p).unwrap();
    for (name, rows) in json.as_object().unwrap() {
        let rows = rows.as_array().unwrap();
        assert!(!rows.is_empty(), "{name} is empty");
        for row in rows {
            let source = row["source"].as_str().unwrap();
            assert!(!source.trim().is_empty(), "{name}: a row without source");
            let confidence = row["confidence"].as_str().unwrap();
            assert!(
                ["law_text", "official", "secondary", "unverified"].contains(&confidence),
                "{name}: confidence {confidence}"
            );
        }
        assert!(
            rows.last().unwrap().get("valid_to").is_some(),
            "{name}: the last row is open-ended; the crate never carries a value past its table"
        );
    }
}

/// The bundled set as JSON, with `edit` applied to one table's rows.
fn tampered(table: &str, edit: impl FnOnce(&mut Vec<serde_json::Value>)) -> String {
    let mut json = serde_json::to_value(Parameters::bundled()).unwrap();
    edit(json[table].as_array_mut().unwrap());
    json.to_string()
}

#[test]
fn a_tampered_parameter_set_is_rejected_on_load() {
    // Unchanged, it loads.
    assert!(serde_json::from_str::<Parameters>(&tampered("wml_per_maand", |_| {})).is_ok());
    let cases: Vec<(&str, String)> = vec![
        (
            "overlap",
            tampered("wml_per_maand", |rows| {
                rows[0]["valid_to"] = "2015-07-15".into();
            }),
        ),
        (
            "gap",
            tampered("wml_per_maand", |rows| {
                rows[0]["valid_to"] = "2015-06-01".into();
            }),
        ),
        (
            "duplicate start",
            tampered("wml_per_maand", |rows| {
                rows[1]["valid_from"] = "2015-01-01".into();
            }),
        ),
        (
            "negative money",
            tampered("wml_per_maand", |rows| {
                rows[0]["value"] = "-1.00".into();
            }),
        ),
        (
            "percentage over 100",
            tampered("werkgeverslasten", |rows| {
                rows[0]["value"] = "100.5".into();
            }),
        ),
        (
            "empty source",
            tampered("bijstandsnormen", |rows| {
                rows[0]["source"] = " ".into();
            }),
        ),
        ("no rows", tampered("maximum_dagloon", Vec::clear)),
        (
            "AOW row not on whole years",
            tampered("aow_leeftijd", |rows| {
                rows[0]["valid_to"] = "2015-06-30".into();
                rows[1]["valid_from"] = "2015-07-01".into();
            }),
        ),
        (
            "ends before it starts",
            tampered("kostendeler_leeftijd", |rows| {
                rows[1]["valid_to"] = "2022-01-01".into();
            }),
        ),
    ];
    for (what, json) in cases {
        assert!(
            serde_json::from_str::<Parameters>(&json).is_err(),
            "{what} was accepted"
        );
    }
}

#[test]
fn a_refused_insert_leaves_the_table_unchanged() {
    let mut p = Parameters::bundled();
    let before = p.wml_per_maand.clone();
    let overlapping = Row::new(
        d(2024, 3, 1),
        None,
        Money::ZERO,
        "caller",
        Confidence::Unverified,
    );
    let err = p.wml_per_maand.insert(overlapping).unwrap_err();
    assert!(matches!(
        err,
        Error::InvalidTable {
            parameter: "wml_per_maand",
            ..
        }
    ));
    assert_eq!(p.wml_per_maand, before);
    // A gap after the last row is refused too.
    let gap = Row::new(
        d(2027, 2, 1),
        None,
        Money::ZERO,
        "caller",
        Confidence::Unverified,
    );
    assert!(p.wml_per_maand.insert(gap).is_err());
    assert_eq!(p.wml_per_maand, before);
}

#[test]
fn youth_minimum_wage_on_2024_01_01() {
    // WMM art. 8 with the youth scale from 2019-07-01 (brief §5): the adult monthly amount of
    // 2,069.40 times the percentage for the age, rounded to 5 cents:
    // 15: 30% = 620.82 -> 620.80; 16: 34.5% = 713.943 -> 713.95; 17: 39.5% = 817.413 -> 817.40;
    // 18: 50% = 1,034.70; 19: 60% = 1,241.64 -> 1,241.65; 20: 80% = 1,655.52 -> 1,655.50;
    // 21 and older: 2,069.40.
    let p = Parameters::bundled();
    let peil = d(2024, 1, 1);
    let expected = [
        (15, "620.80"),
        (16, "713.95"),
        (17, "817.40"),
        (18, "1034.70"),
        (19, "1241.65"),
        (20, "1655.50"),
        (21, "2069.40"),
        (40, "2069.40"),
    ];
    for (age, amount) in expected {
        let born = d(2024 - age, 1, 1);
        assert_eq!(
            p.minimumloon_per_maand(born, peil).unwrap().to_string(),
            amount,
            "age {age}"
        );
    }
    assert!(
        p.minimumloon_per_maand(d(2010, 1, 1), peil).is_err(),
        "no minimum wage at 14"
    );
    // Before 2017-07-01 the adult age was 23: a 22-year-old got 85%.
    // 2016-01-01: 1,524.60 x 0.85 = 1,295.91 -> 1,295.90.
    assert_eq!(
        p.minimumloon_per_maand(d(1993, 6, 1), d(2016, 1, 1))
            .unwrap()
            .to_string(),
        "1295.90"
    );
}

#[test]
fn aow_dates_by_the_calendar_year_rule() {
    // AOW art. 7a: the AOW age of the calendar year in which it is reached (brief §5).
    let p = Parameters::bundled();
    assert_eq!(p.aow_datum(d(1961, 1, 15)).unwrap(), d(2028, 4, 15));
    assert_eq!(p.aow_datum(d(1958, 6, 1)).unwrap(), d(2025, 6, 1));
    // Born 1952-12-31: 66 years in 2018 would be 2018-12-31, in 2018 the age is 66.
    assert_eq!(p.aow_datum(d(1952, 12, 31)).unwrap(), d(2018, 12, 31));
    // Born 1953-01-01: 66 years on 2019-01-01, but in 2019 the age is 66 years 4 months.
    assert_eq!(p.aow_datum(d(1953, 1, 1)).unwrap(), d(2019, 5, 1));
    // Born on 29 February 1956: with the 2021 age (66y4m) the date is 2022-06-29, not in 2021;
    // with the 2022 age (66y7m) it is 2022-09-29, in 2022: that is the AOW date.
    assert_eq!(p.aow_datum(d(1956, 2, 29)).unwrap(), d(2022, 9, 29));
    // Born 1960-02-29: 67 years in 2027 = 2027-02-28 (the birthday rule: last day of February).
    assert_eq!(p.aow_datum(d(1960, 2, 29)).unwrap(), d(2027, 2, 28));
    // Reaching AOW age in 2014 or after 2030 is outside the table: an error, not a guess.
    assert!(matches!(
        p.aow_datum(d(1949, 6, 1)),
        Err(Error::NotInForce { .. })
    ));
    assert!(matches!(
        p.aow_datum(d(1970, 6, 1)),
        Err(Error::NotInForce { .. })
    ));
}

#[test]
fn a_loaded_set_equals_the_bundled_one() {
    let p = Parameters::bundled();
    let back: Parameters = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
}
