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
    Percentage, Period, Regulation, Rounding, Text, TransitionError, add_months, age_on,
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
    const C: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(3);
    let ground = Ground::new(&WSW, C, []);
    let refused: Decision<Eligibility<Money>> =
        Decision::new(Eligibility::NotEligible, ground.clone()).because(ground);
    let zero = Eligibility::Eligible(Money::ZERO);
    assert!(!refused.value().is_eligible() && zero.is_eligible());
    assert_ne!(*refused.value(), zero);
    assert_eq!(refused.reasons().count(), 1);
    assert_eq!(refused.reasons().next().unwrap().citation(), C);
    assert!(refused.cites(C));
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
        reason: Text::new("de tabel heeft geen rijen", "the table has no rows"),
    };
    assert_eq!(
        table.to_string(),
        "parameter table x is invalid: the table has no rows"
    );
    let facts = Error::InvalidFacts {
        field: "uren".into(),
        reason: Text::new("meer dan 168", "more than 168"),
    };
    assert_eq!(facts.to_string(), "uren is invalid: more than 168");
    let state = Error::InvalidState {
        what: "State",
        reason: Text::new("geen datum", "no date"),
    };
    assert_eq!(state.to_string(), "stored State is inconsistent: no date");
    let overflow = Error::Overflow { operation: "sum" };
    assert_eq!(overflow.to_string(), "arithmetic overflow in sum");
}

#[test]
fn transition_errors_name_state_event_rule_and_citation() {
    let plain = TransitionError::new(
        "ended",
        "start",
        Text::new("de procedure is beëindigd", "the procedure has ended"),
    );
    assert_eq!(
        plain.message(participatiewet::Taal::Nl),
        "gebeurtenis start geweigerd in toestand ended: de procedure is beëindigd"
    );
    assert_eq!(
        plain.to_string(),
        "event start refused in state ended: the procedure has ended"
    );
    let cited = plain.citing(&Citation::article(Regulation::Participatiewet, "41").lid(4));
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

// ---------------------------------------------------------------------------------------
// Municipal policy (issue #9 item 6, issue #11): unknown fields refused, every policy number
// in a range with a typed error, and the policy versioned by date.
// ---------------------------------------------------------------------------------------

fn beleid_json() -> serde_json::Value {
    serde_json::to_value(Beleid::default()).unwrap()
}

#[test]
fn finding_unknown_fields_in_beleid_are_refused() {
    // Before: a misspelt or extra field was ignored.
    let mut json = beleid_json();
    json["ww_informatie_maanden"] = 4.into();
    assert!(serde_json::from_value::<Beleid>(json).is_err());
    let mut nested = beleid_json();
    nested["segmentcriteria"]["extra"] = 1.into();
    assert!(serde_json::from_value::<Beleid>(nested).is_err());
    let mut bron = beleid_json();
    bron["bron"]["extra"] = 1.into();
    assert!(serde_json::from_value::<Beleid>(bron).is_err());
}

#[test]
fn every_beleid_field_is_required_on_the_wire() {
    for field in beleid_json().as_object().unwrap().keys() {
        let mut json = beleid_json();
        json.as_object_mut().unwrap().remove(field);
        assert!(
            serde_json::from_value::<Beleid>(json).is_err(),
            "{field} may be left out"
        );
    }
}

#[test]
fn every_policy_number_has_a_range_with_a_typed_error() {
    let cases: [(&str, serde_json::Value); 10] = [
        ("ww_information_months", 25.into()),
        ("short_ww_months", 25.into()),
        ("decision_term_weeks", 0.into()),
        ("decision_term_weeks", 27.into()),
        ("reassessment_months", 0.into()),
        ("reassessment_months", 121.into()),
        ("beschut_werk_places", serde_json::json!({ "2014": 3 })),
        (
            "beschut_werk_places",
            serde_json::json!({ "2018": 100_001 }),
        ),
        ("gemeente", "".into()),
        (
            "bron",
            serde_json::json!({ "regulation": "awb", "article": "4:13" }),
        ),
    ];
    for (field, value) in cases {
        let mut json = beleid_json();
        json[field] = value.clone();
        let err = serde_json::from_value::<Beleid>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains(field), "{field} = {value}: {err}");
    }
    // The same ranges through the checked setters, with the field named.
    let err = Beleid::default()
        .with_ww_information_months(25)
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("out_of_range", Some("ww_information_months"))
    );
    assert_eq!(
        err.message(participatiewet::Taal::Nl),
        "ww_information_months is 25; toegestaan is 0 tot en met 24"
    );
    let err = Beleid::default()
        .with_beschut_werk_places(2018, 100_001)
        .unwrap_err();
    assert_eq!(err.field(), Some("beschut_werk_places"));
    assert!(Beleid::default().with_decision_term_weeks(26).is_ok());
}

#[test]
fn beleid_json_snapshot() {
    let b = Beleid::new(
        "Zwolle",
        Citation::owned(
            Regulation::GemeentelijkBeleid,
            "Beleidsregels 2025".to_owned(),
        ),
    )
    .unwrap()
    .with_beschut_werk_places(2025, 50)
    .unwrap()
    .with_reassessment_months(Some(24))
    .unwrap();
    assert_eq!(
        serde_json::to_string(&b).unwrap(),
        concat!(
            r#"{"gemeente":"Zwolle","bron":{"regulation":"gemeentelijk_beleid","article":"Beleidsregels 2025"},"#,
            r#""ww_information_months":3,"short_ww_months":3,"beschut_werk_places":{"2025":50},"#,
            r#""placement_order":"by_determination_date","reassessment_months":24,"decision_term_weeks":8,"#,
            r#""segmentcriteria":{"ladder_na_ondersteuning_vanaf":3,"ladder_direct_vanaf":5,"#,
            r#""zrm_probleem_tot_en_met":2,"zrm_beperkt_vanaf_probleemdomeinen":3,"zrm_direct_vanaf":4,"herdiagnose_maanden":null},"segment_0":"geen_uitkering","afstemmingsverordeningen":[]}"#
        )
    );
}

#[test]
fn the_verordening_of_a_year_applies_on_a_peildatum_in_that_year() {
    use participatiewet::{Beleidsset, Confidence, Row};
    let bron = |jaar: i32| {
        Citation::owned(
            Regulation::GemeentelijkBeleid,
            format!("Beleidsregels {jaar}"),
        )
    };
    let versie = |jaar: i32, maanden: u32| {
        Row::new(
            d(jaar, 1, 1),
            Some(d(jaar, 12, 31)),
            Beleid::new("Zwolle", bron(jaar))
                .unwrap()
                .with_ww_information_months(maanden)
                .unwrap(),
            format!("Beleidsregels werk en inkomen Zwolle {jaar}"),
            Confidence::LawText,
        )
    };
    let set = Beleidsset::new("Zwolle", vec![versie(2017, 3), versie(2018, 4)]).unwrap();
    assert_eq!(
        set.beleid_op(d(2017, 12, 31))
            .unwrap()
            .ww_information_months(),
        3
    );
    assert_eq!(
        set.beleid_op(d(2018, 1, 1))
            .unwrap()
            .ww_information_months(),
        4
    );
    assert_eq!(set.beleid_op(d(2018, 1, 1)).unwrap().bron(), &bron(2018));
    let err = set.beleid_op(d(2019, 1, 1)).unwrap_err();
    assert!(matches!(
        err,
        Error::NotInForce {
            parameter: "beleid",
            ..
        }
    ));
    assert!(err.message(participatiewet::Taal::Nl).starts_with(
        "het gemeentelijk beleid (de verordening of beleidsregels van dat jaar) is niet bekend op 1 januari 2019"
    ));
    assert!(set.beleid_op(d(2016, 12, 31)).is_err());
    // It round-trips; an open end must be said, a policy of another municipality is refused.
    let json = serde_json::to_value(&set).unwrap();
    assert_eq!(
        serde_json::from_value::<Beleidsset>(json.clone()).unwrap(),
        set
    );
    let mut without_end = json.clone();
    without_end["versies"][1]
        .as_object_mut()
        .unwrap()
        .remove("valid_to");
    assert!(serde_json::from_value::<Beleidsset>(without_end).is_err());
    let mut other = json.clone();
    other["gemeente"] = "Deventer".into();
    assert!(serde_json::from_value::<Beleidsset>(other).is_err());
    let mut extra = json;
    extra["extra"] = 1.into();
    assert!(serde_json::from_value::<Beleidsset>(extra).is_err());
    // A gap between two verordeningen is refused.
    assert!(Beleidsset::new("Zwolle", vec![versie(2017, 3), versie(2019, 4)]).is_err());
}

#[test]
fn beleidsset_json_snapshot() {
    let set = participatiewet::Beleidsset::doorlopend(Beleid::default(), d(2015, 1, 1)).unwrap();
    let json = serde_json::to_string(&set).unwrap();
    assert!(json.starts_with(
        r#"{"gemeente":"(standaard)","versies":[{"valid_from":"2015-01-01","valid_to":"open","value":{"gemeente":"(standaard)","#
    ));
    assert!(json.ends_with(
        r#""source":"gemeentelijk beleid: standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW)","confidence":"law_text"}]}"#
    ), "{json}");
}

// ---------------------------------------------------------------------------------------
// Reading facts from JSON with the error a form can use: code, field by wire path, Dutch.
// ---------------------------------------------------------------------------------------

#[test]
fn from_json_names_the_field_by_its_wire_path() {
    use participatiewet::bijstand::BijstandFeiten;
    use participatiewet::{Taal, from_json};
    let ok = r#"{"geboortedatum":"1990-03-15","huishouden":{"leefvorm":"alleenstaande"},
        "verblijf":"nederlander","woont_in_nederland":true,"uitsluitingen":[],
        "medebewoners":[],"inkomsten":"0.00","vermogen":"0.00"}"#;
    let f: BijstandFeiten = from_json(ok).unwrap();
    assert_eq!(f.geboortedatum(), d(1990, 3, 15));
    // (input, code, field, a piece of the Dutch message)
    let table = [
        ("{", "parse", "json", "goed gevormde JSON"),
        (
            &format!("{ok} x") as &str,
            "parse",
            "json",
            "goed gevormde JSON",
        ),
        (
            &ok.replace("\"1990-03-15\"", "\"1990-02-30\""),
            "invalid_facts",
            "geboortedatum",
            "de invoer past niet",
        ),
        (
            &ok.replace("\"0.00\"}", "\"0.00\",\"vermogn\":\"1\"}"),
            "invalid_facts",
            "vermogn",
            "unknown field `vermogn`",
        ),
        (
            &ok.replace("\"inkomsten\":\"0.00\"", "\"inkomsten\":\"1e3\""),
            "invalid_facts",
            "inkomsten",
            "inkomsten",
        ),
        (
            &ok.replace(
                "{\"leefvorm\":\"alleenstaande\"}",
                "{\"leefvorm\":\"gehuwden\",\"partner\":\"1850-01-01\"}",
            ),
            "invalid_facts",
            "huishouden.partner",
            "buiten het bereik 1 januari 1900 tot en met 31 december 2199",
        ),
        (
            &ok.replace(",\"vermogen\":\"0.00\"", ""),
            "invalid_facts",
            "json",
            "missing field `vermogen`",
        ),
    ];
    for (input, code, field, nl) in table {
        let err = from_json::<BijstandFeiten>(input).unwrap_err();
        assert_eq!(err.code(), code, "{input}");
        assert_eq!(err.field(), Some(field), "{input}");
        let message = err.message(Taal::Nl);
        assert!(message.contains(nl), "{input}: {message}");
    }
}

/// The crate's dates run from 1900-01-01 to 2199-12-31, both included; a date outside names
/// the input field.
#[test]
fn check_date_keeps_the_range_and_names_the_field() {
    use participatiewet::{EARLIEST, LATEST, check_date};
    assert_eq!(
        check_date(d(1990, 1, 1), "geboortedatum").unwrap(),
        d(1990, 1, 1)
    );
    assert_eq!(check_date(EARLIEST, "x").unwrap(), d(1900, 1, 1));
    assert_eq!(check_date(LATEST, "x").unwrap(), d(2199, 12, 31));
    for buiten in [d(1899, 12, 31), d(2200, 1, 1)] {
        let err = check_date(buiten, "ww_laatste_dag").unwrap_err();
        assert_eq!(err.code(), "date_out_of_range");
        assert_eq!(err.field(), Some("ww_laatste_dag"));
    }
}

/// Whether a date is a Monday (the weeks of the WW wekeneis start on one), and an
/// eligibility printed as its wire tag with its value.
#[test]
fn mondays_and_eligibility_as_text() {
    use participatiewet::is_monday;
    assert!(is_monday(d(2025, 11, 17)));
    assert!(!is_monday(d(2025, 11, 16)));
    assert!(!is_monday(d(2025, 11, 18)));
    assert_eq!(
        Eligibility::Eligible(Money::from_cents(140_150).unwrap()).to_string(),
        "eligible: 1401.50"
    );
    assert_eq!(
        Eligibility::<Money>::NotEligible.to_string(),
        "not_eligible"
    );
}

/// Amounts have at most 2 decimals and hours at most 4 that are not trailing zeros; trailing
/// zeros beyond them are accepted.
#[test]
fn decimals_beyond_the_scale_only_as_trailing_zeros() {
    assert!(Money::new(dec!(1.25)).is_ok());
    assert!(Money::new(dec!(1.500)).is_ok());
    assert!(Money::new(dec!(1.005)).is_err());
    assert!(Hours::new(dec!(0.0001)).is_ok());
    assert!(Hours::new(dec!(1.23450)).is_ok());
    assert!(Hours::new(dec!(1.50000)).is_ok());
    assert!(Hours::new(dec!(1.23456)).is_err());
    assert!(Percentage::new(dec!(23.5000)).is_ok());
    assert!(Percentage::new(dec!(23.50001)).is_err());
}

/// A sum of amounts, and the error when it passes `Money::MAX`.
#[test]
fn sums_of_money() {
    let cent = |c| Money::from_cents(c).unwrap();
    assert_eq!(
        Money::sum([cent(1), cent(2), cent(140_150)]).unwrap(),
        cent(140_153)
    );
    assert_eq!(Money::sum([]).unwrap(), Money::ZERO);
    assert_eq!(
        Money::sum([Money::MAX, cent(1)]).unwrap_err().code(),
        "out_of_range"
    );
}
