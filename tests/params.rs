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

/// Walks every row of a table: on its first and last day `at()` returns that row, the day
/// before its first day is the previous row (or, for the first row, `NotInForce`), the day
/// after its last day the next row (or, for the last row, `NotInForce`), and the day after a
/// change date is the new row. Returns the number of dates checked.
fn check_change_dates<T: PartialEq + std::fmt::Debug>(table: &Table<T>) -> usize {
    let rows = table.rows();
    let name = table.parameter();
    let mut checked = 0;
    for (i, row) in rows.iter().enumerate() {
        let first = row.valid_from;
        let last = row.valid_to.unwrap();
        for day in [first, first.succ_opt().unwrap(), last] {
            assert_eq!(table.at(day).unwrap(), row, "{name} on {day}");
            checked += 1;
        }
        let before = first.pred_opt().unwrap();
        match i.checked_sub(1).map(|j| &rows[j]) {
            Some(previous) => assert_eq!(table.at(before).unwrap(), previous, "{name} on {before}"),
            None => assert!(
                matches!(table.at(before), Err(Error::NotInForce { parameter, .. }) if parameter == name),
                "{name} on {before}"
            ),
        }
        let after = last.succ_opt().unwrap();
        match rows.get(i + 1) {
            Some(next) => assert_eq!(table.at(after).unwrap(), next, "{name} on {after}"),
            None => assert!(
                matches!(table.at(after), Err(Error::NotInForce { parameter, .. }) if parameter == name),
                "{name} on {after}"
            ),
        }
        checked += 2;
    }
    checked
}

#[test]
fn every_change_date_of_every_table() {
    let p = Parameters::bundled();
    let checks = [
        check_change_dates(&p.wml_per_maand),
        check_change_dates(&p.wml_per_uur),
        check_change_dates(&p.minimumjeugdloon),
        check_change_dates(&p.aow_leeftijd),
        check_change_dates(&p.werkgeverslasten),
        check_change_dates(&p.maximum_dagloon),
        check_change_dates(&p.bijstandsnormen),
        check_change_dates(&p.vermogensgrenzen),
        check_change_dates(&p.vermogensgrens_eigen_woning),
        check_change_dates(&p.kostendeler_leeftijd),
    ];
    // Every table of the set is walked: the JSON has exactly as many tables.
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json.as_object().unwrap().len(), checks.len());
    assert!(checks.iter().all(|&n| n >= 5));
}

#[test]
fn known_values_from_their_publications() {
    // Minimum wage: the indexation notices of WMM art. 14 (Staatscourant); norms: the
    // consolidated Participatiewet art. 20-21 of 2025-07-01; AOW age: AOW art. 7a.
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
        for row in rows {
            assert!(
                row["valid_to"].is_string(),
                "{name}: every row states its end (a date or \"open\")"
            );
        }
        assert_ne!(
            rows.last().unwrap()["valid_to"],
            "open",
            "{name}: the bundled tables end where their sources end"
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
    // Pw art. 2 and WMM art. 8 lid 3 with the youth scale from 2019-07-01: the adult monthly
    // amount of 2,069.40 (art. 8 lid 1 b) times the percentage for the age. From 2024-01-01
    // the Besluit minimumjeugdloon (art. 2 lid 2, text of 2024-01-01) rounds only the hourly
    // youth wage, so the monthly amount is kept to the cent:
    // 15: 30% = 620.82; 16: 34.5% = 713.943 -> 713.94; 17: 39.5% = 817.413 -> 817.41;
    // 18: 50% = 1,034.70; 19: 60% = 1,241.64; 20: 80% = 1,655.52; 21 and older: 2,069.40.
    let p = Parameters::bundled();
    let peil = d(2024, 1, 1);
    let expected = [
        (15, "620.82"),
        (16, "713.94"),
        (17, "817.41"),
        (18, "1034.70"),
        (19, "1241.64"),
        (20, "1655.52"),
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

/// Finding (issue #11): the 5-cent rounding is Besluit minimumjeugdloon art. 2 lid 2 ("De uit
/// de toepassing van het voorgaande lid voortvloeiende maand- en weekbedragen worden afgerond
/// op een veelvoud van € 0,05; indien het restbedrag € 0,025 of meer bedraagt, geschiedt de
/// afronding naar boven", text of 2002-01-01), and it ends with 2023: the text of 2024-01-01
/// takes the percentage of the hourly wage (art. 8 lid 1 a) and rounds only "het ...
/// uurloon" to a cent. Around the change date, a 17-year-old (39.5%):
/// 2023-12-31: 39.5% × 1,995.00 = 788.025 -> 788.05 (5 cents, up from 0.025);
/// 2024-01-01: 39.5% × 2,069.40 = 817.413 -> 817.41 (cents); before this change 817.40.
/// Vector with a published amount: 2022-07-01, 20 years, 80% × 1,756.20 = 1,404.96, published
/// as EUR 1.404,95 (seh.nl, "Cijfers per 1 juli 2022").
#[test]
fn finding_youth_month_amounts_round_to_5_cents_until_2023_and_to_cents_from_2024() {
    let p = Parameters::bundled();
    let wml = |day| {
        p.minimumloon_per_maand(d(2006, 6, 1), day)
            .unwrap()
            .to_string()
    };
    assert_eq!(wml(d(2023, 12, 31)), "788.05");
    assert_eq!(wml(d(2024, 1, 1)), "817.41");
    assert_eq!(wml(d(2024, 1, 2)), "817.41");
    let twintig = p
        .minimumloon_per_maand(d(2002, 1, 1), d(2022, 7, 1))
        .unwrap();
    assert_eq!(twintig.to_string(), "1404.95");
    // 2025-07-01, 19 years: 60% of 2,245.80 = 1,347.48 exactly either way; 16 years: 34.5%
    // of 2,245.80 = 774.801 -> 774.80 (cents), where 5-cent rounding would give 774.80 too;
    // 15 years: 30% = 673.74 (5 cents would give 673.75).
    assert_eq!(
        p.minimumloon_per_maand(d(2010, 1, 1), d(2025, 7, 1))
            .unwrap()
            .to_string(),
        "673.74"
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

// ---------------------------------------------------------------------------------------
// Issue #9 item 6: a parameter set read through serde is checked as strictly as the bundled
// one. Each finding below loaded before this change.
// ---------------------------------------------------------------------------------------

fn load(json: &str) -> Result<Parameters, serde_json::Error> {
    serde_json::from_str::<Parameters>(json)
}

#[test]
fn finding_a_monthly_minimum_wage_of_zero_is_refused() {
    // Before: it loaded and `lks_berekenen` returned EUR 0.00.
    let json = tampered("wml_per_maand", |rows| rows[20]["value"] = "0.00".into());
    let err = load(&json).unwrap_err().to_string();
    assert!(err.contains("wml_per_maand"), "{err}");
    assert!(load(&tampered("wml_per_uur", |rows| rows[0]["value"] = "0.00".into())).is_err());
    assert!(load(&tampered("maximum_dagloon", |rows| rows[0]["value"] = "0.00".into())).is_err());
    assert!(
        load(&tampered(
            "vermogensgrens_eigen_woning",
            |rows| rows[0]["value"] = "0.00".into()
        ))
        .is_err()
    );
    // An absurd amount is refused too: the monthly minimum wage is at most EUR 50,000.00.
    assert!(load(&tampered("wml_per_maand", |rows| rows[0]["value"] = "50000.01".into())).is_err());
}

#[test]
fn finding_a_cost_sharer_age_of_0_or_255_is_refused() {
    for age in [0, 17, 31, 255] {
        let json = tampered("kostendeler_leeftijd", |rows| rows[0]["value"] = age.into());
        assert!(load(&json).is_err(), "cost-sharer age {age} was accepted");
    }
    for age in [18, 21, 27, 30] {
        let json = tampered("kostendeler_leeftijd", |rows| rows[0]["value"] = age.into());
        assert!(load(&json).is_ok(), "cost-sharer age {age} was refused");
    }
}

#[test]
fn finding_norms_or_asset_limits_of_zero_are_refused() {
    for field in [
        "alleenstaande_jongere",
        "alleenstaande",
        "gehuwden",
        "alleenstaande_pensioengerechtigde",
        "gehuwden_pensioengerechtigd",
    ] {
        let json = tampered("bijstandsnormen", |rows| {
            rows[3]["value"][field] = "0.00".into();
        });
        assert!(load(&json).is_err(), "a norm {field} of 0.00 was accepted");
    }
    for field in ["alleenstaande", "gezin"] {
        let json = tampered("vermogensgrenzen", |rows| {
            rows[3]["value"][field] = "0.00".into();
        });
        assert!(
            load(&json).is_err(),
            "an asset limit {field} of 0.00 was accepted"
        );
    }
    // The order of the law: a couple's norm below the single norm is refused.
    let json = tampered("bijstandsnormen", |rows| {
        rows[0]["value"]["gehuwden"] = "900.00".into();
    });
    assert!(load(&json).is_err());
}

#[test]
fn finding_removing_valid_to_from_the_last_row_is_refused_in_every_table() {
    // Before: the last value applied for ever (a 2018 beschut-werk quota answered 46 for 2030).
    let json = serde_json::to_value(Parameters::bundled()).unwrap();
    for table in json.as_object().unwrap().keys() {
        let without = tampered(table, |rows| {
            rows.last_mut()
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove("valid_to");
        });
        let err = load(&without).unwrap_err().to_string();
        assert!(err.contains("valid_to"), "{table}: {err}");
        // A null is not an end either: the open end is the word "open".
        let null = tampered(table, |rows| {
            rows.last_mut().unwrap()["valid_to"] = serde_json::Value::Null;
        });
        assert!(load(&null).is_err(), "{table}: null accepted");
        // Said explicitly, the open end loads, and the value applies from then on.
        let open = tampered(table, |rows| {
            rows.last_mut().unwrap()["valid_to"] = "open".into();
        });
        let p = load(&open).unwrap();
        let reread: serde_json::Value = serde_json::from_str(&open).unwrap();
        assert!(
            serde_json::to_value(&p).unwrap() == reread,
            "{table}: not the same set"
        );
    }
    let open = load(&tampered("kostendeler_leeftijd", |rows| {
        rows.last_mut().unwrap()["valid_to"] = "open".into();
    }))
    .unwrap();
    assert_eq!(
        open.kostendeler_leeftijd.at(d(2090, 1, 1)).unwrap().value,
        27
    );
    assert_eq!(open.kostendeler_leeftijd.last_day(), None);
}

#[test]
fn finding_a_beschut_werk_quota_without_an_end_is_refused() {
    use participatiewet::beschut_werk::Taakstelling;
    let mut json = serde_json::to_value(Taakstelling::voorbeeld_zwolle()).unwrap();
    let stored: Taakstelling = serde_json::from_value(json.clone()).unwrap();
    assert!(stored.minimum().at(d(2030, 1, 1)).is_err());
    let rows = json["minimum"].as_array_mut().unwrap();
    rows.last_mut()
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("valid_to");
    assert!(serde_json::from_value::<Taakstelling>(json).is_err());
}

#[test]
fn only_the_last_row_may_be_open() {
    let json = tampered("wml_per_maand", |rows| rows[3]["valid_to"] = "open".into());
    let err = load(&json).unwrap_err().to_string();
    assert!(err.contains("only the last row may be open"), "{err}");
    let mut table = Table::new(
        "kostendeler_leeftijd",
        vec![Row::new(
            d(2023, 1, 1),
            None,
            27_u8,
            "Pw art. 19a",
            Confidence::LawText,
        )],
    )
    .unwrap();
    // A later row after an open one is refused: the open row must be closed first.
    let next = Row::new(d(2030, 1, 1), None, 28_u8, "x", Confidence::Unverified);
    assert!(table.insert(next).is_err());
    assert_eq!(table.rows().len(), 1);
}

#[test]
fn unknown_fields_are_refused_everywhere() {
    let mut json = serde_json::to_value(Parameters::bundled()).unwrap();
    json["wml_per_dag"] = json["wml_per_maand"].clone();
    assert!(
        serde_json::from_value::<Parameters>(json).is_err(),
        "Parameters"
    );
    let cases = [
        ("wml_per_maand", "row"),
        ("aow_leeftijd", "AowLeeftijd"),
        ("minimumjeugdloon", "Minimumjeugdloon"),
        ("bijstandsnormen", "Bijstandsnormen"),
        ("vermogensgrenzen", "Vermogensgrenzen"),
    ];
    for (table, what) in cases {
        let json = tampered(table, |rows| {
            if what == "row" {
                rows[0]["valid_untill"] = "2015-06-30".into();
            } else {
                rows[0]["value"]["extra"] = 1.into();
            }
        });
        assert!(load(&json).is_err(), "{what} accepted an unknown field");
    }
}

#[test]
fn ages_and_scales_outside_their_legal_range_are_refused() {
    // AOW age 65 to 70 (AOW art. 7a), never decreasing from one year to the next.
    for (years, months) in [(64, 11), (71, 0), (67, 12)] {
        let json = tampered("aow_leeftijd", |rows| {
            rows[0]["value"] = serde_json::json!({ "years": years, "months": months });
        });
        assert!(load(&json).is_err(), "AOW age {years}y{months}m accepted");
    }
    let json = tampered("aow_leeftijd", |rows| {
        rows[5]["value"] = serde_json::json!({ "years": 65, "months": 0 });
    });
    let err = load(&json).unwrap_err().to_string();
    assert!(err.contains("decreases"), "{err}");
    // The youth scale: rates above 0 and below 100, not decreasing, adult age 18 to 23.
    let scale = |edit: &dyn Fn(&mut serde_json::Value)| {
        tampered("minimumjeugdloon", |rows| edit(&mut rows[2]["value"]))
    };
    assert!(load(&scale(&|v| v["rates"]["18"] = "0".into())).is_err());
    assert!(load(&scale(&|v| v["rates"]["20"] = "100".into())).is_err());
    assert!(load(&scale(&|v| v["rates"]["19"] = "45".into())).is_err());
    assert!(load(&scale(&|v| v["adult_age"] = 30.into())).is_err());
    assert!(
        load(&scale(&|v| {
            v["rates"].as_object_mut().unwrap().remove("15");
            v["rates"]["14"] = "20".into();
        }))
        .is_err()
    );
    // Werkgeverslasten 0 to 100%.
    assert!(load(&tampered("werkgeverslasten", |rows| rows[0]["value"] = "0".into())).is_ok());
    assert!(
        load(&tampered("werkgeverslasten", |rows| rows[0]["value"] =
            "100.01".into()))
        .is_err()
    );
}

#[test]
fn a_table_checks_its_values_by_its_wire_name() {
    let row = |value| {
        Row::new(
            d(2024, 1, 1),
            Some(d(2024, 12, 31)),
            value,
            "s",
            Confidence::LawText,
        )
    };
    assert!(Table::new("wml_per_maand", vec![row(Money::ZERO)]).is_err());
    assert!(Table::new("wml_per_maand", vec![row(Money::from_cents(1).unwrap())]).is_ok());
    // A known name with a value of another type is refused; an unknown name has no rule.
    let wrong = Table::new("wml_per_maand", vec![row(Money::ZERO)]);
    assert!(wrong.is_err());
    let typed = Table::new(
        "kostendeler_leeftijd",
        vec![Row::new(
            d(2024, 1, 1),
            None,
            27_u32,
            "s",
            Confidence::LawText,
        )],
    );
    let err = typed.unwrap_err();
    assert_eq!(err.code(), "invalid_table");
    assert_eq!(
        err.message(participatiewet::Taal::Nl),
        "parametertabel kostendeler_leeftijd is ongeldig: de waarden van kostendeler_leeftijd moeten van het type u8 zijn"
    );
    assert!(Table::new("eigen_tabel", vec![row(Money::ZERO)]).is_ok());
    // Every parameter of the crate has its value type: a table of another type is refused.
    for name in [
        "wml_per_maand",
        "wml_per_uur",
        "minimumjeugdloon",
        "aow_leeftijd",
        "werkgeverslasten",
        "maximum_dagloon",
        "bijstandsnormen",
        "vermogensgrenzen",
        "vermogensgrens_eigen_woning",
        "kostendeler_leeftijd",
        "beleid",
    ] {
        let wrong = Row::new(
            d(2024, 1, 1),
            Some(d(2024, 12, 31)),
            true,
            "s",
            Confidence::LawText,
        );
        let err = Table::new(name, vec![wrong]).unwrap_err();
        assert!(err.to_string().contains("must be of type"), "{name}: {err}");
    }
    // The errors are bilingual and name the table by its wire name.
    let err = Table::new(
        "kostendeler_leeftijd",
        vec![Row::new(
            d(2023, 1, 1),
            None,
            0_u8,
            "s",
            Confidence::LawText,
        )],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "parameter table kostendeler_leeftijd is invalid: the row from 2023-01-01: \
         kostendeler_leeftijd is 0, expected 18 to 30"
    );
    assert_eq!(
        err.message(participatiewet::Taal::Nl),
        "parametertabel kostendeler_leeftijd is ongeldig: de rij vanaf 1 januari 2023: \
         kostendeler_leeftijd is 0; toegestaan is 18 tot en met 30"
    );
}

#[test]
fn every_table_has_its_legal_value_in_words() {
    let json = serde_json::to_value(Parameters::bundled()).unwrap();
    for table in json.as_object().unwrap().keys() {
        let label = Parameters::label(table);
        assert!(
            !label.nl.starts_with("de waarde "),
            "{table} has no Dutch label"
        );
        assert!(
            !label.en.starts_with("the value "),
            "{table} has no English label"
        );
    }
    for table in ["beleid", "beschut_werk_aantal"] {
        assert!(
            !Parameters::label(table).nl.starts_with("de waarde "),
            "{table}"
        );
    }
}

#[test]
fn json_snapshot_of_a_table() {
    let p = Parameters::bundled();
    assert_eq!(
        serde_json::to_string(&p.kostendeler_leeftijd).unwrap(),
        concat!(
            r#"[{"valid_from":"2015-01-01","valid_to":"2022-12-31","value":21,"#,
            r#""source":"Participatiewet art. 19a lid 1 (text 2015-2022: persoon van 21 jaar of ouder)","confidence":"law_text"},"#,
            r#"{"valid_from":"2023-01-01","valid_to":"2026-12-31","value":27,"#,
            r#""source":"Participatiewet art. 19a lid 1 (from 2023-01-01: persoon van 27 jaar of ouder)","confidence":"law_text"}]"#
        )
    );
    let norms = &p.bijstandsnormen.rows()[0];
    assert_eq!(
        serde_json::to_string(norms).unwrap(),
        concat!(
            r#"{"valid_from":"2015-07-01","valid_to":"2015-12-31","value":{"alleenstaande_jongere":"237.61","#,
            r#""gehuwden_jongeren":"475.22","gehuwden_jongeren_met_kinderen":"750.26","#,
            r#""gehuwden_een_jongere":"925.20","gehuwden_een_jongere_met_kinderen":"1200.24","#,
            r#""kostendelers_jongere_partner":null,"kostendelers_jongere_partner_met_kinderen":null,"#,
            r#""alleenstaande":"962.63","gehuwden":"1375.18","alleenstaande_pensioengerechtigde":"1079.78","#,
            r#""gehuwden_pensioengerechtigd":"1476.40"},"source":"Participatiewet art. 20-22a, consolidated text "#,
            r#"in force on 2015-07-01 (BWBR0015703)","confidence":"law_text"}"#
        )
    );
}

#[test]
fn bijstand_norms_and_asset_limits_from_the_law_text_2015_2022() {
    // Participatiewet art. 20-22, consolidated text (BWBR0015703) of each version date.
    let p = Parameters::bundled();
    let norm = |y, m| p.bijstandsnormen.at(d(y, m, 1)).unwrap().value;
    let n = norm(2015, 7);
    assert_eq!(
        (
            n.alleenstaande_jongere.to_string(),
            n.alleenstaande.to_string(),
            n.gehuwden.to_string()
        ),
        ("237.61".into(), "962.63".into(), "1375.18".into())
    );
    let n = norm(2017, 1); // art. 21 a: EUR 982,79; art. 21 b: EUR 1.403,98
    assert_eq!(
        (n.alleenstaande.to_string(), n.gehuwden.to_string()),
        ("982.79".into(), "1403.98".into())
    );
    let n = norm(2020, 7); // art. 22 a: EUR 1.184,26; art. 22 b: EUR 1.606,88
    assert_eq!(
        (
            n.alleenstaande_pensioengerechtigde.to_string(),
            n.gehuwden_pensioengerechtigd.to_string()
        ),
        ("1184.26".into(), "1606.88".into())
    );
    let n = norm(2022, 7);
    assert_eq!(
        (n.alleenstaande_jongere.to_string(), n.gehuwden.to_string()),
        ("272.02".into(), "1574.03".into())
    );
    // 2015-01-01..2015-06-30 is a gap: the consolidated text of 2015-01-01 carries unindexed
    // amounts in art. 20 and 21 a.
    assert!(matches!(
        p.bijstandsnormen.at(d(2015, 6, 30)),
        Err(Error::NotInForce {
            parameter: "bijstandsnormen",
            ..
        })
    ));
    // Art. 34 lid 3.
    let grens = |y| p.vermogensgrenzen.at(d(y, 6, 1)).unwrap().value;
    assert_eq!(grens(2015).alleenstaande.to_string(), "5895.00");
    assert_eq!(grens(2017).gezin.to_string(), "11880.00");
    assert_eq!(grens(2022).alleenstaande.to_string(), "6505.00");
    assert_eq!(grens(2022).gezin.to_string(), "13010.00");
}

#[test]
fn a_value_changed_through_its_public_fields_cannot_join_a_table() {
    // Bijstandsnormen and Vermogensgrenzen have public fields: a caller may build a value the
    // law does not allow, but the table refuses it on insert.
    let mut p = Parameters::bundled();
    let last = p.bijstandsnormen.rows().last().unwrap().clone();
    let next = last.valid_to.unwrap().succ_opt().unwrap();
    let mut norms = last.value;
    norms.gehuwden = Money::ZERO;
    let row = Row::new(next, None, norms, "caller", Confidence::Unverified);
    assert!(p.bijstandsnormen.insert(row).is_err());
    let mut grens = p.vermogensgrenzen.rows()[0].value;
    grens.gezin = Money::ZERO;
    let row = Row::new(d(2027, 1, 1), None, grens, "caller", Confidence::Unverified);
    assert!(p.vermogensgrenzen.insert(row).is_err());
    let mut scale = p.minimumjeugdloon.rows()[2].value.clone();
    scale.adult_age = 40;
    let row = Row::new(d(2027, 1, 1), None, scale, "caller", Confidence::Unverified);
    assert!(p.minimumjeugdloon.insert(row).is_err());
    // A valid value joins.
    let row = Row::new(next, None, last.value, "caller", Confidence::Unverified);
    assert!(p.bijstandsnormen.insert(row).is_ok());
}

#[test]
fn the_aow_age_is_set_for_whole_calendar_years() {
    // AOW art. 7a: the age of the calendar year in which it is reached, so a row starts on
    // 1 January and ends on 31 December.
    let age = participatiewet::AowLeeftijd::new(67, 0).unwrap();
    let table = |from: NaiveDate, to: NaiveDate| {
        Table::new(
            "aow_leeftijd",
            vec![Row::new(
                from,
                Some(to),
                age,
                "AOW art. 7a",
                Confidence::LawText,
            )],
        )
    };
    assert!(table(d(2025, 1, 1), d(2026, 12, 31)).is_ok());
    for (from, to) in [
        (d(2025, 1, 15), d(2025, 12, 31)),
        (d(2025, 7, 1), d(2025, 12, 31)),
        (d(2025, 1, 1), d(2025, 12, 15)),
        (d(2025, 1, 1), d(2026, 1, 31)),
    ] {
        let err = table(from, to).unwrap_err().to_string();
        assert!(err.contains("whole calendar years"), "{from}..={to}: {err}");
    }
}

#[test]
fn insert_adds_a_row_before_the_first_or_after_the_last() {
    let mut p = Parameters::bundled();
    // After the last row, open-ended.
    let next = p.wml_per_maand.last_day().unwrap().succ_opt().unwrap();
    let amount = Money::from_cents(240_000).unwrap();
    p.wml_per_maand
        .insert(Row::new(
            next,
            None,
            amount,
            "caller",
            Confidence::Unverified,
        ))
        .unwrap();
    assert_eq!(p.wml_per_maand.at(next).unwrap().value, amount);
    assert_eq!(p.wml_per_maand.at(d(2090, 1, 1)).unwrap().value, amount);
    assert_eq!(p.wml_per_maand.rows().last().unwrap().valid_from, next);
    // Before the first row, ending the day before it.
    let first = p.kostendeler_leeftijd.first_day().unwrap();
    let day_before = first.pred_opt().unwrap();
    p.kostendeler_leeftijd
        .insert(Row::new(
            d(2014, 1, 1),
            Some(day_before),
            21_u8,
            "caller",
            Confidence::Unverified,
        ))
        .unwrap();
    assert_eq!(p.kostendeler_leeftijd.first_day(), Some(d(2014, 1, 1)));
    assert_eq!(p.kostendeler_leeftijd.rows()[0].valid_to, Some(day_before));
    assert_eq!(p.kostendeler_leeftijd.at(d(2014, 6, 1)).unwrap().value, 21);
}

#[test]
fn a_row_of_one_day_is_valid() {
    use participatiewet::Validate;
    let day = d(2024, 2, 29);
    let row = Row::new(day, Some(day), 27_u8, "s", Confidence::LawText);
    assert!(row.validate().is_ok());
    let table = Table::new("kostendeler_leeftijd", vec![row]).unwrap();
    assert_eq!(table.at(day).unwrap().value, 27);
    assert!(table.at(day.succ_opt().unwrap()).is_err());
    let before = Row::new(
        day,
        Some(day.pred_opt().unwrap()),
        27_u8,
        "s",
        Confidence::LawText,
    );
    assert!(before.validate().is_err());
}

/// Participatiewet art. 34 lid 2 onderdeel d ("het vermogen gebonden in de woning met
/// bijbehorend erf ... voorzover dit minder bedraagt dan € ..."), consolidated text of each
/// 1 January (BWBR0015703): 2015 € 49.700, 2019 € 51.600,00, 2020 € 52.500,00, 2021
/// € 53.100,00, 2022 € 54.900,00, 2023 € 64.100,00; and art. 34 lid 3 of 2023-01-01: € 7.605,00
/// and € 15.210,00. Each change date from the day before to the day after.
#[test]
fn home_equity_limit_2015_2023_from_the_law_text() {
    let p = Parameters::bundled();
    let woning = |y, m, day| {
        p.vermogensgrens_eigen_woning
            .at(d(y, m, day))
            .unwrap()
            .value
            .to_string()
    };
    assert!(p.vermogensgrens_eigen_woning.at(d(2014, 12, 31)).is_err());
    assert_eq!(woning(2015, 1, 1), "49700.00");
    assert_eq!(woning(2018, 12, 31), "50800.00");
    assert_eq!(woning(2019, 1, 1), "51600.00");
    assert_eq!(woning(2019, 1, 2), "51600.00");
    assert_eq!(woning(2019, 12, 31), "51600.00");
    assert_eq!(woning(2020, 1, 1), "52500.00");
    assert_eq!(woning(2020, 12, 31), "52500.00");
    assert_eq!(woning(2021, 1, 1), "53100.00");
    assert_eq!(woning(2021, 12, 31), "53100.00");
    assert_eq!(woning(2022, 1, 1), "54900.00");
    assert_eq!(woning(2022, 12, 31), "54900.00");
    assert_eq!(woning(2023, 1, 1), "64100.00");
    assert_eq!(woning(2023, 12, 31), "64100.00");
    assert_eq!(woning(2024, 1, 1), "63900.00");
    let row = p.vermogensgrens_eigen_woning.at(d(2019, 6, 1)).unwrap();
    assert_eq!(row.confidence, Confidence::LawText);
    let grens = p.vermogensgrenzen.at(d(2023, 1, 1)).unwrap();
    assert_eq!(grens.value.alleenstaande.to_string(), "7605.00");
    assert_eq!(grens.value.gezin.to_string(), "15210.00");
    assert_eq!(grens.confidence, Confidence::LawText);
}

/// The maximum dagloon (Wfsv art. 17 lid 1: the maximum premieloon over 261 days; art. 18
/// lid 1: revised on the day and by the percentage the monthly minimum wage is revised), as the
/// SZW rekenregels published it, from 2015-01-01 to 2025-06-30. Spot values: 2015-01-01
/// € 199,15 (rekenregels januari 2015), 2017-07-01 € 207,60, 2021-07-01 € 225,57 (uwv.nl),
/// 2022-07-01 € 232,90 ("verhoogd van bruto € 232,90 naar € 256,54" per 2023-01-01), 2025-01-01
/// € 290,67 (€ 75.864 / 261, Regeling premiepercentages 2025). The value from 2025-07-01 was
/// not found, so the table ends on 2025-06-30 and a later date is an error, never the 2025
/// value carried on.
#[test]
fn maximum_dagloon_2015_to_2025_and_its_end() {
    let p = Parameters::bundled();
    let dagloon = |y, m, day| {
        p.maximum_dagloon
            .at(d(y, m, day))
            .unwrap()
            .value
            .to_string()
    };
    assert!(p.maximum_dagloon.at(d(2014, 12, 31)).is_err());
    assert_eq!(dagloon(2015, 1, 1), "199.15");
    assert_eq!(dagloon(2015, 6, 30), "199.15");
    assert_eq!(dagloon(2015, 7, 1), "199.95");
    assert_eq!(dagloon(2017, 7, 1), "207.60");
    assert_eq!(dagloon(2021, 7, 1), "225.57");
    assert_eq!(dagloon(2022, 6, 30), "228.76");
    assert_eq!(dagloon(2022, 7, 1), "232.90");
    assert_eq!(dagloon(2022, 12, 31), "232.90");
    assert_eq!(dagloon(2023, 1, 1), "256.54");
    let row = p.maximum_dagloon.at(d(2025, 6, 30)).unwrap();
    assert_eq!(row.value.to_string(), "290.67");
    assert_eq!(row.confidence, Confidence::Secondary);
    assert_eq!(
        p.maximum_dagloon.at(d(2021, 7, 1)).unwrap().confidence,
        Confidence::Official
    );
    for day in [d(2025, 7, 1), d(2026, 1, 1), d(2026, 12, 1)] {
        assert!(matches!(
            p.maximum_dagloon.at(day),
            Err(Error::NotInForce {
                parameter: "maximum_dagloon",
                ..
            })
        ));
    }
}

/// A check on the reading, not a source: Wfsv art. 18 lid 1 moves the maximum dagloon on the
/// day and by the percentage (to two decimals) the monthly minimum wage moves, so every change
/// date of the bundled dagloon table is a change date of `wml_per_maand` and the two ratios
/// agree to within the rounding (percentage to 0.01%, yearly amount to a multiple of € 2,61).
#[test]
fn every_maximum_dagloon_step_follows_the_minimum_wage_step() {
    use rust_decimal::Decimal;
    let p = Parameters::bundled();
    let rows = p.maximum_dagloon.rows();
    let tolerance = Decimal::new(2, 4); // 0.02%
    for pair in rows.windows(2) {
        let (old, new) = (&pair[0], &pair[1]);
        let wml_old = p.wml_per_maand.at(old.valid_from).unwrap();
        let wml_new = p.wml_per_maand.at(new.valid_from).unwrap();
        assert_eq!(
            wml_new.valid_from, new.valid_from,
            "WML changes on {}",
            new.valid_from
        );
        let dag = new.value.amount() / old.value.amount();
        let wml = wml_new.value.amount() / wml_old.value.amount();
        assert!(
            (dag - wml).abs() < tolerance,
            "{}: dagloon x{dag}, minimum wage x{wml}",
            new.valid_from
        );
    }
}

/// The edges of the values a parameter row holds: an AOW age has 0 to 11 months; a youth
/// scale starts at 15 or later and never falls with age (equal rates allowed); an asset limit
/// lies above zero and at most € 1.000.000, the family's limit not below the single person's.
#[test]
fn the_edges_of_the_values_a_row_holds() {
    use participatiewet::{
        AowLeeftijd, Minimumjeugdloon, Percentage, Taal, Validate, Vermogensgrenzen,
    };
    use std::collections::BTreeMap;
    assert!(AowLeeftijd::new(67, 11).is_ok());
    assert!(AowLeeftijd::new(67, 12).is_err());
    assert!(AowLeeftijd::new(67, 13).is_err());
    assert_eq!(
        AowLeeftijd::new(66, 4).unwrap().in_words(Taal::Nl),
        "66 jaar en 4 maanden"
    );
    assert_eq!(
        AowLeeftijd::new(67, 1).unwrap().in_words(Taal::En),
        "67 years and 1 month"
    );

    let pct = |p: &str| p.parse::<Percentage>().unwrap();
    let scale = |from: u8, rates: &[&str]| {
        let rates: BTreeMap<u8, Percentage> = (from..).zip(rates.iter().map(|r| pct(r))).collect();
        Minimumjeugdloon::new(21, rates)
    };
    assert!(scale(15, &["30", "35", "40", "50", "60", "80"]).is_ok());
    assert!(scale(16, &["35", "40", "50", "60", "80"]).is_ok());
    assert!(scale(14, &["30", "30", "35", "40", "50", "60", "80"]).is_err());
    assert!(scale(15, &["30", "30", "40", "50", "60", "80"]).is_ok());
    assert!(scale(15, &["30", "29", "40", "50", "60", "80"]).is_err());

    let euro = |e: i64| Money::from_cents(e * 100).unwrap();
    let bundled = Parameters::bundled();
    let grens = |alleenstaande, gezin| {
        let mut g: Vermogensgrenzen = bundled.vermogensgrenzen.rows()[0].value;
        g.alleenstaande = alleenstaande;
        g.gezin = gezin;
        g.validate()
    };
    assert!(grens(euro(7_000), euro(14_000)).is_ok());
    assert!(grens(euro(7_000), euro(7_000)).is_ok());
    assert!(grens(euro(7_000), euro(6_999)).is_err());
    assert!(grens(euro(1_000_000), euro(1_000_000)).is_ok());
    assert!(grens(euro(7_000), Money::from_cents(100_000_001).unwrap()).is_err());
    assert!(grens(Money::ZERO, euro(14_000)).is_err());
}
