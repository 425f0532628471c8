//! The shipped synthetic caseload: deterministic, readable, and run end to end.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[allow(dead_code, reason = "the test uses part of the example's pipeline")]
#[path = "../examples/pipeline/mod.rs"]
mod pipeline;

use chrono::NaiveDate;

const SHIPPED: &str = include_str!("../examples/data/caseload.csv");

#[test]
fn shipped_file_is_the_generators_output() {
    // regenerate with: cargo run --example caseload -- --generate 3200 > examples/data/caseload.csv
    let generated = pipeline::data::to_csv(&pipeline::data::generate(3200, 2017));
    assert!(
        generated == SHIPPED,
        "examples/data/caseload.csv is not the generator's output"
    );
}

#[test]
fn file_round_trips_through_the_parser() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    assert_eq!(people.len(), 3200);
    assert_eq!(pipeline::data::to_csv(&people), SHIPPED);
}

#[test]
fn bad_lines_are_reported_with_line_and_field() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let err = pipeline::data::parse(&format!(
        "{header}\n1,1980-01-01,bijstand,2020-01-01,ladder:7,,,,,\n"
    ))
    .unwrap_err();
    assert_eq!(err, "line 2 (id 1): diagnose: trede is 7, expected 1 to 6");
    let err = pipeline::data::parse(&format!("{header}\n1,1980-13-01,nug,2020-01-01,,,,,,\n"))
        .unwrap_err();
    assert_eq!(
        err,
        "line 2 (id 1): geboren: cannot read \"1980-13-01\" as YYYY-MM-DD"
    );
    assert!(
        pipeline::data::parse("1,2,3\n")
            .unwrap_err()
            .starts_with("line 1: expected the header")
    );
}

/// The loader goes on past a bad line and reports each one with its line, id and reason; an
/// unknown value lists the valid ones.
#[test]
fn the_loader_reports_every_bad_line_and_goes_on() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let text = format!(
        "{header}\n1,1980-01-01,bijstand,2020-01-01,ladder:7,,,,,\n\
         2,1981-02-03,nug,2020-01-01,,,,,,alleenstaande\n\
         3,1982-03-04,pensioen,2020-01-01,,,,,,\n\
         x,1983-01-01,nug,2020-01-01,,,,,,\n\
         5,1984-05-06,ww,2025-06-01,,2004,,,,gehuwden:1985-01-01\n\
         6,1984-05-06,ww,2025-06-01,,2004,,,,samenwonend\n"
    );
    let gelezen = pipeline::data::lees(&text).unwrap();
    let ids: Vec<u32> = gelezen.people.iter().map(|p| p.id).collect();
    assert_eq!(ids, [2, 5]);
    let fouten: Vec<String> = gelezen.fouten.iter().map(ToString::to_string).collect();
    assert_eq!(
        fouten,
        [
            "line 2 (id 1): diagnose: trede is 7, expected 1 to 6",
            "line 4 (id 3): status: unknown \"pensioen\"; valid are bijstand, nug, anw, ioaw, \
             ioaz, lks, beschut, wsw, ww",
            "line 5: id: cannot read \"x\" as a number",
            "line 7 (id 6): huishouden: cannot read \"samenwonend\"; valid are empty, alleenstaande, \
             alleenstaande_ouder, gehuwden:YYYY-MM-DD or gehuwden_met_kinderen:YYYY-MM-DD (the \
             partner's birth date)",
        ]
    );
    assert!(
        pipeline::data::lees("1,2,3\n").is_err(),
        "a wrong header stops the reading"
    );
}

#[test]
fn a_run_accounts_for_every_person() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let r = pipeline::run(&people, peildatum, &pipeline::Omgeving::voorbeeld());
    let in_segments: u32 = r.per_segment.iter().sum();
    assert_eq!(
        in_segments
            + r.diagnose_nodig
            + r.aow_bereikt
            + r.nog_niet
            + r.ww_lopend
            + r.ww_beeindigd
            + r.fouten_totaal,
        r.mensen
    );
    assert_eq!(r.fouten_totaal, 0);
    // shaped like the council documents (Zwolle 2017): about 500 in segment 2, about 600 Wsw
    assert!(
        (400..=650).contains(&r.per_segment[2]),
        "{}",
        r.per_segment[2]
    );
    assert!(
        (500..=700).contains(&r.per_segment[4]),
        "{}",
        r.per_segment[4]
    );
}

#[test]
fn a_wsw_line_from_2015_is_reported_not_defaulted() {
    let text = format!(
        "{}\n7,1980-01-01,wsw,2015-01-01,,,,,,\n8,1980-01-01,wsw,2014-12-31,,,,,,\n",
        pipeline::data::HEADER_ZONDER_VASTSTELLING
    );
    let people = pipeline::data::parse(&text).unwrap();
    let r = pipeline::run(
        &people,
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        &pipeline::Omgeving::voorbeeld(),
    );
    assert_eq!(r.per_segment[4], 1);
    assert_eq!(r.fouten_totaal, 1);
    assert_eq!(r.fouten[0].0, 7);
}

#[test]
fn the_information_window_is_policy() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let standaard = pipeline::Omgeving::voorbeeld();
    let mut korter = pipeline::Omgeving::voorbeeld();
    korter.beleid = korter.beleid.with_ww_information_months(1).unwrap();
    let drie = pipeline::run(&people, peildatum, &standaard);
    let een = pipeline::run(&people, peildatum, &korter);
    assert!(een.ww_eindigt.len() < drie.ww_eindigt.len());
    // every WW in the 1-month window ends before 2026-02-01, and appears in the 3-month list
    // with the same duration; only the policy's date to inform from differs
    for e in &een.ww_eindigt {
        assert!(e.duur.einddatum() < NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
        let zelfde = drie.ww_eindigt.iter().find(|x| x.id == e.id).unwrap();
        assert_eq!(zelfde.duur, e.duur);
        if let (Some(a), Some(b)) = (e.overgang, zelfde.overgang) {
            assert!(
                a.informeren > b.informeren,
                "informed later with a shorter window"
            );
            assert_eq!(a.ingang, b.ingang);
        }
    }
    assert_eq!(een.ww_lopend, drie.ww_lopend);
}

/// A date past the tables is said up front, and no figure that needs an unknown legal value is
/// printed as an amount (never "EUR 0.00").
#[test]
fn a_date_past_the_tables_is_reported_as_not_computable() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let r = pipeline::run(&people, peildatum, &omgeving);
    assert!(r.niet_bekend.iter().all(|e| e.code() == "not_in_force"));
    assert!(!r.niet_bekend.is_empty());
    let report = pipeline::report(&r, &omgeving);
    assert!(report.contains("Not computable on this date"), "{report}");
    assert!(report.contains("the statutory minimum wage per month is not known on 2031-01-01"));
    assert!(!report.contains("EUR         0.00 per month"), "{report}");
    assert!(report.contains("total per month: not computable on this date"));
    // On a date every table covers nothing is said up front.
    let r = pipeline::run(
        &people,
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        &omgeving,
    );
    assert!(r.niet_bekend.is_empty(), "{:?}", r.niet_bekend);
}

/// Two policies side by side: the same caseload under each, the rows that differ marked. The
/// second policy informs 6 months ahead instead of 3 and lowers the ladder rungs, so more WW
/// endings fall in its window and segment 1 shrinks; the same policy twice differs nowhere.
#[test]
fn two_policies_side_by_side() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let lees = |name: &str| -> participatiewet::Beleid {
        participatiewet::from_json(
            &std::fs::read_to_string(format!("examples/data/{name}.json")).unwrap(),
        )
        .unwrap()
    };
    let a = pipeline::Omgeving {
        beleid: lees("beleid_standaard"),
        ..pipeline::Omgeving::voorbeeld()
    };
    let b = pipeline::Omgeving {
        beleid: lees("beleid_ruim"),
        ..pipeline::Omgeving::voorbeeld()
    };
    let (ra, rb) = (
        pipeline::run(&people, peildatum, &a),
        pipeline::run(&people, peildatum, &b),
    );
    assert!(rb.ww_eindigt.len() > ra.ww_eindigt.len());
    assert!(rb.per_segment[1] < ra.per_segment[1]);
    assert_eq!(
        ra.per_segment[4], rb.per_segment[4],
        "the Wsw stock is not policy"
    );
    let table = pipeline::vergelijk::vergelijk(&ra, &a, &rb, &b);
    let line = |name: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_default()
            .to_owned()
    };
    let cells = |name: &str| {
        line(name)
            .split_whitespace()
            .rev()
            .take(4)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells("policy: WW information window"),
        ["differs", "<-", "6", "3"],
        "{table}"
    );
    assert_eq!(
        cells("people in segment 4")[0],
        ra.per_segment[4].to_string()
    );
    let same = pipeline::vergelijk::vergelijk(&ra, &a, &ra, &a);
    assert!(same.contains("   0 of 19 rows differ"), "{same}");
    // the definition of segment 0 is a policy choice, shown in the table
    assert_eq!(
        line("policy: segment 0")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        "policy: segment 0 no benefit no bijstand <- differs",
        "{table}"
    );
    assert!(table.contains("5%/1m 30%/1m 100%/1m"), "{table}");
}

/// The embedded caseload moved to the peildatum's month shows live cases on the municipal
/// documents' years as on today: WW that runs on the peildatum, and no one moved before what
/// the law allows (no Wsw inflow from 2015, no loonkostensubsidie or beschut werk before the
/// Participatiewet of 2015-01-01).
#[test]
fn the_embedded_caseload_stands_on_any_peildatum() {
    let shipped = pipeline::data::parse(SHIPPED).unwrap();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let wsw_start = |people: &[pipeline::data::Persoon]| -> Vec<NaiveDate> {
        people
            .iter()
            .filter(|p| p.status == pipeline::data::Status::Wsw)
            .map(|p| p.sinds)
            .collect()
    };
    for (jaar, maand) in [(2017, 1), (2020, 7), (2026, 1), (2026, 12)] {
        let peildatum = NaiveDate::from_ymd_opt(jaar, maand, 1).unwrap();
        let people = pipeline::data::op_peildatum(shipped.clone(), peildatum);
        assert_eq!(people.len(), shipped.len());
        assert_eq!(
            wsw_start(&people),
            wsw_start(&shipped),
            "the Wsw stock keeps its dates"
        );
        let begin = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
        assert!(
            people
                .iter()
                .all(|p| p.status != pipeline::data::Status::Lks || p.sinds >= begin)
        );
        let r = pipeline::run(&people, peildatum, &omgeving);
        // Most WW on file still runs: the WW starts lie in the 15 months before the peildatum.
        assert!(
            r.ww_lopend > r.ww_beeindigd,
            "{jaar}: {} running, {} ended",
            r.ww_lopend,
            r.ww_beeindigd
        );
        assert!(!r.ww_eindigt.is_empty(), "{jaar}: WW ending soon");
        // the loonwaarde determinations move with the jobs: re-determinations fall due ahead,
        // and none lies before its job
        let h = r.herbepalingen.clone().unwrap();
        assert!(h.binnenkort.len() > h.achterstallig.len(), "{jaar}: {h:?}");
        assert!(people.iter().all(|p| {
            p.loonwaarde_vastgesteld
                .is_none_or(|v| v >= p.sinds && v <= peildatum)
        }));
    }
    let zelfde = pipeline::data::op_peildatum(
        shipped.clone(),
        NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
    );
    assert!(
        pipeline::data::to_csv(&zelfde) == SHIPPED,
        "January 2026 is the file as it is"
    );
}

/// The HTML report holds every chart as inline SVG, each with its title and caption, and
/// refers to nothing outside the file.
#[test]
fn the_html_report_holds_every_chart() {
    let people = pipeline::data::parse(SHIPPED).unwrap();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let r = pipeline::run(
        &people,
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        &omgeving,
    );
    let tekst = pipeline::report(&r, &omgeving);
    let html = pipeline::html::html(&r, &omgeving, &tekst).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let titles = [
        "People per segment",
        "Outflow from bijstand in the year, by reason",
        "WW endings per month",
        "Jobs with loonkostensubsidie by loonwaarde",
        "Beschut werk: places against the required number",
        "Loonwaarde re-determinations per month",
    ];
    for (id, title) in pipeline::html::CHARTS.iter().zip(titles) {
        let start = html.find(&format!("<figure id=\"{id}\">")).unwrap();
        let figure = &html[start..start + html[start..].find("</figure>").unwrap()];
        assert!(figure.contains("<svg"), "{id} has its chart");
        assert!(figure.contains(title), "{id} has its title");
        assert!(figure.contains("<figcaption>"), "{id} has its caption");
    }
    assert_eq!(html.matches("<svg").count(), pipeline::html::CHARTS.len());
    // Self-contained: no script, stylesheet or image loaded from elsewhere.
    assert!(!html.contains("<script"));
    assert!(!html.contains("src=\""));
    assert!(!html.contains("<link"));
    // The text report is in the file beside the charts.
    assert!(html.contains(&tekst.lines().next().unwrap().replace('&', "&amp;")));
}

/// WW ending soon, per person, from the hand-over machine, on a fixed caseload of two (figures
/// by hand; peildatum 2026-01-01, the default policy informs 3 months ahead):
///
/// - id 1, born 2002-09-12 (23), single, WW from 2025-11-04 with only the wekeneis: 3 months
///   (WW art. 42 lid 1), last day 2026-02-03. Inform from 2025-11-04 (3 months before the first
///   day without WW, 2026-02-04); under 27, so the melding may be made from four weeks before
///   that day, 2026-01-07 (Participatiewet art. 41 lid 6); the search period of four weeks
///   ends 2026-02-03 (art. 41 lid 4); the application and bijstand from 2026-02-04 (art. 44).
/// - id 2, born 1968-01-26 (57), married, WW from 2025-10-11: last day 2026-01-10; no search
///   period, so a melding on the peildatum is an application from 2026-01-01, and bijstand
///   from 2026-01-11.
#[test]
fn ww_ending_soon_per_person_from_the_hand_over_machine() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,2002-09-12,ww,2025-11-04,,,,,,alleenstaande\n\
         2,1968-01-26,ww,2025-10-11,,,,,,gehuwden:1970-01-01\n"
    ))
    .unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    let r = pipeline::run(&people, peildatum, &pipeline::Omgeving::voorbeeld());
    assert_eq!(r.ww_eindigt.len(), 2);
    let jong = &r.ww_eindigt[0];
    assert_eq!((jong.id, jong.alleenstaand), (1, Some(true)));
    assert_eq!(jong.duur.einddatum(), d(2026, 2, 3).unwrap());
    let g = jong.overgang.unwrap();
    assert_eq!(g.informeren, d(2025, 11, 4));
    assert_eq!(g.melding, d(2026, 1, 7));
    assert_eq!(g.zoektermijn_einde, d(2026, 2, 3));
    assert_eq!(g.aanvraag, d(2026, 2, 4));
    assert_eq!(g.ingang, d(2026, 2, 4));
    let oud = &r.ww_eindigt[1];
    assert_eq!((oud.id, oud.alleenstaand), (2, Some(false)));
    let g = oud.overgang.unwrap();
    assert_eq!(g.informeren, d(2025, 10, 11));
    assert_eq!((g.melding, g.zoektermijn_einde), (None, None));
    assert_eq!(g.aanvraag, d(2026, 1, 1));
    assert_eq!(g.ingang, d(2026, 1, 11));
    assert_eq!(
        pipeline::leeftijdsbanden(&r.ww_eindigt, peildatum),
        [1, 0, 1]
    );
    let report = pipeline::report(&r, &pipeline::Omgeving::voorbeeld());
    assert!(
        report.contains("under 27 1, 27-49 0, 50 and older 1; single (*) 1"),
        "{report}"
    );
    assert!(report.contains("   id     1* born 2002-09-12"), "{report}");
}

/// Beschut werk on a fixed caseload of four (figures by hand; peildatum 2026-01-01, default
/// policy with a decision term of 8 weeks):
///
/// - id 1: bijstand, ladder rung 1 (segment 1), no procedure: in the screen.
/// - id 2: bijstand, rung 2, advice requested 2025-08-01: the UWV advice was due 8 weeks later,
///   2025-09-26 (Besluit advisering beschut werk art. 2 lid 1), and the college's decision 8
///   weeks after that, 2025-11-21: both overdue on the peildatum; not in the screen (it has a
///   procedure).
/// - ids 3 and 4: rung 4 (segment 2), determined 2025-12-04 and 2025-10-09: waiting 28 and 84
///   days, so 8 weeks on average and 12 at most.
#[test]
fn beschut_werk_section_on_a_fixed_caseload() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,1980-01-01,bijstand,2020-01-01,ladder:1,,,,,alleenstaande\n\
         2,1980-01-01,bijstand,2020-01-01,ladder:2,,aangevraagd:2025-08-01,,,alleenstaande\n\
         3,1980-01-01,bijstand,2020-01-01,ladder:4,,vastgesteld:2025-12-04,,,alleenstaande\n\
         4,1980-01-01,bijstand,2020-01-01,ladder:4,,vastgesteld:2025-10-09,,,alleenstaande\n"
    ))
    .unwrap();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let r = pipeline::run(
        &people,
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        &omgeving,
    );
    assert_eq!((r.beschut_aangevraagd, r.beschut_advies_verlopen), (1, 1));
    assert_eq!(r.beschut_besluit_verlopen, 1);
    assert_eq!(r.beschut_vastgesteld, 2);
    assert_eq!(r.beschut_wacht_dagen, [28, 84]);
    assert_eq!(r.beschut_screen, 1);
    let report = pipeline::report(&r, &omgeving);
    assert!(
        report.contains("8 weeks on average, 12 weeks at most"),
        "{report}"
    );
    assert!(report.contains("since the request): 1"), "{report}");
    // The example municipality must realise 60 places in 2026 and has none of its own here.
    assert!(
        report.contains("shortfall against 2026: 60 places"),
        "{report}"
    );
}

/// The Wsw stock projected on a fixed caseload of three (figures by hand, peildatum
/// 2026-01-01; AOW art. 7a: 67 years in 2027, 67 years and 3 months in 2028):
///
/// - born 1960-03-15: AOW age on 2027-03-15, so in the stock on 1 January 2027 only;
/// - born 1961-06-01: 67 on 2028-06-01, AOW age 67 years 3 months in 2028, so AOW on
///   2028-09-01: in the stock on 1 January 2027 and 2028;
/// - born 1980-01-01: in the stock through 2031.
#[test]
fn the_wsw_stock_is_projected_to_the_aow_age() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,1960-03-15,wsw,2010-01-01,,,,,,\n2,1961-06-01,wsw,2010-01-01,,,,,,\n\
         3,1980-01-01,wsw,2010-01-01,,,,,,\n"
    ))
    .unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let r = pipeline::run(&people, peildatum, &omgeving);
    assert_eq!(r.per_segment[4], 3);
    let p = pipeline::wsw_projectie(&r.wsw_geboren, peildatum, &omgeving.params);
    assert_eq!(
        p,
        [
            (2027, Some(3)),
            (2028, Some(2)),
            (2029, Some(1)),
            (2030, Some(1)),
            (2031, Some(1))
        ]
    );
    let report = pipeline::report(&r, &omgeving);
    assert!(
        report.contains("1 Jan 2027: 3, 1 Jan 2028: 2, 1 Jan 2029: 1"),
        "{report}"
    );
}

/// `--explain`: every due date from every machine in date order, and the motivering of each
/// decision in Dutch. Person 1 is the under-27 of the WW test above (WW 2025-11-04 to
/// 2026-02-03, single): inform from 2025-11-04 (past on the peildatum), melding from
/// 2026-01-07 (Participatiewet art. 41 lid 6), the search period to 2026-02-03 (art. 41 lid 4),
/// application and bijstand from 2026-02-04, and the WW duration's motivering (WW art. 42).
#[test]
fn explain_gives_every_due_date_and_the_dutch_motivering() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,2002-09-12,ww,2025-11-04,,,,,,alleenstaande\n"
    ))
    .unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let uit = pipeline::explain(
        &people[0],
        peildatum,
        &pipeline::Omgeving::voorbeeld(),
        participatiewet::Taal::Nl,
    );
    // the frame is Dutch too: headings, labels and dates
    assert!(
        uit.starts_with(
            "Persoon 1 (geboren 12 september 2002, 23 jaar op 1 januari 2026), status ww sinds 4 november 2025\n  ontvangt WW sinds 4 november 2025: buiten de segmenten tot de WW eindigt (artikel 7, derde lid, onderdeel c, van de Participatiewet)\n  termijnen:\n"
        ),
        "{uit}"
    );
    let datums: Vec<&str> = uit
        .lines()
        .skip_while(|l| !l.starts_with("  termijnen:"))
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .map(|l| l.trim_start().split("  ").next().unwrap_or(""))
        .collect();
    assert_eq!(
        datums,
        [
            "4 november 2025 (verstreken)",
            "7 januari 2026",
            "3 februari 2026",
            "4 februari 2026",
            "4 februari 2026",
            "4 februari 2026"
        ],
        "{uit}"
    );
    assert!(
        uit.contains(
            "4 november 2025 (verstreken)  De gemeente informeert u vanaf 4 november 2025"
        )
    );
    for engels in [
        "Person ",
        "born",
        "due dates",
        "(past)",
        "receives WW",
        "after a melding",
        "not determined",
    ] {
        assert!(!uit.contains(engels), "{engels}: {uit}");
    }
    assert!(uit.contains("\n== WW-uitkeringsduur\nBesluit\n"), "{uit}");
    // with --taal en the frame is English
    let en = pipeline::explain(
        &people[0],
        peildatum,
        &pipeline::Omgeving::voorbeeld(),
        participatiewet::Taal::En,
    );
    assert!(
        en.starts_with(
            "Person 1 (born 2002-09-12, 23 years on 2026-01-01), status ww since 2025-11-04\n  receives WW since 2025-11-04: outside the segments until it ends (Participatiewet art. 7 lid 3 onderdeel c)\n  due dates:\n    2025-11-04 (past)  "
        ),
        "{en}"
    );
    assert!(en.contains("\n== WW duration\n"), "{en}");
    for nederlands in ["Persoon", "termijnen", "verstreken", "na een melding"] {
        assert!(!en.contains(nederlands), "{nederlands}: {en}");
    }
    assert!(uit.contains("U kunt zich vanaf 7 januari 2026 melden voor bijstand."));
    assert!(uit.contains(
        "Uw WW-uitkering duurt 3 maanden: van 4 november 2025 tot en met 3 februari 2026."
    ));
    assert!(uit.contains("(artikel 42, eerste lid, van de Werkloosheidswet)"));
    assert_eq!(
        uit.matches("eerste dag zonder WW").count(),
        1,
        "no date twice: {uit}"
    );
}

/// Flows over the year before the peildatum, on fixed data (figures by hand; peildatum
/// 2026-01-01, so the year is 2025-01-01 to 2025-12-31): two people started in the year (one
/// bijstand, one WW) and one before it; of the endings, two to work and one move fall in the
/// year, and a first day without bijstand on 2026-01-01 falls after it. Outflow to work: 2,
/// 348 short of the ambition of 350. A bad reason is reported with the valid ones and skipped.
#[test]
fn flows_of_the_year_against_the_ambition() {
    use participatiewet::bijstand::beeindiging::Beeindigingsreden;
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,1980-01-01,bijstand,2025-03-01,ladder:3,,,,,alleenstaande\n\
         2,1990-01-01,ww,2025-12-31,,,,,,alleenstaande\n\
         3,1980-01-01,bijstand,2024-12-31,ladder:3,,,,,alleenstaande\n"
    ))
    .unwrap();
    let (einden, fouten) = pipeline::uitstroom::lees(
        "id,einde,reden\n10,2025-01-01,werk\n11,2025-12-31,werk\n12,2025-06-01,verhuizing\n\
         13,2026-01-01,werk\n14,2025-06-01,lotto\n",
    )
    .unwrap();
    assert_eq!(einden.len(), 4);
    assert_eq!(fouten.len(), 1);
    assert!(
        fouten[0].to_string().starts_with("line 6 (id 14): reden:"),
        "{}",
        fouten[0]
    );
    assert!(
        fouten[0].to_string().contains("werk"),
        "the valid reasons: {}",
        fouten[0]
    );
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let s = pipeline::stromen(&people, &einden, peildatum);
    assert_eq!(s.instroom.get("bijstand"), Some(&1));
    assert_eq!(s.instroom.get("ww"), Some(&1));
    assert_eq!(s.instroom.values().sum::<u32>(), 2);
    assert_eq!(s.uitstroom.get(&Beeindigingsreden::Werk), Some(&2));
    assert_eq!(s.uitstroom.get(&Beeindigingsreden::Verhuizing), Some(&1));
    let omgeving = pipeline::Omgeving::voorbeeld();
    let mut r = pipeline::run(&people, peildatum, &omgeving);
    r.stromen = Some(s);
    let report = pipeline::report(&r, &omgeving);
    assert!(
        report.contains("   inflow: 2 (bijstand 1, ww 1)"),
        "{report}"
    );
    assert!(
        report.contains("outflow from bijstand: 3 (werk 2, verhuizing 1)"),
        "{report}"
    );
    assert!(
        report.contains("outflow to work: 2 against 350 a year"),
        "{report}"
    );
    assert!(report.contains(": 348 short"), "{report}");
}

#[test]
fn shipped_outflow_is_the_generators_output() {
    // regenerate with: cargo run --example caseload -- --generate-uitstroom 420 > examples/data/uitstroom.csv
    let shipped = include_str!("../examples/data/uitstroom.csv");
    let generated = pipeline::uitstroom::to_csv(&pipeline::uitstroom::generate(420, 2017));
    assert!(
        generated == shipped,
        "examples/data/uitstroom.csv is not the generator's output"
    );
    let (einden, fouten) = pipeline::uitstroom::lees(shipped).unwrap();
    assert_eq!((einden.len(), fouten.len()), (420, 0));
}

/// The banenafspraak section on a fixed caseload (figures by hand; peildatum 2017-06-01): two
/// jobs with loonkostensubsidie of 34 and 17 hours make 51 hours, 2 banen of 25,5 hours (Wfsv
/// art. 38f); a job that starts after the peildatum and a beschut-werk job do not count. The
/// region's target for arbeidsbeperkten in 2014-2017 is 585 (policy data), so 583 short.
#[test]
fn banenafspraak_section_on_a_fixed_caseload() {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,1980-01-01,lks,2016-01-01,,,,60,34,\n2,1980-01-01,lks,2017-01-01,,,,40,17,\n\
         3,1980-01-01,lks,2017-07-01,,,,40,36,\n4,1980-01-01,beschut,2017-01-01,,,,,,\n"
    ))
    .unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2017, 6, 1).unwrap();
    let afspraak = pipeline::banen::regionale_afspraak().unwrap();
    let b = pipeline::banen::banen(&people, peildatum, &afspraak).unwrap();
    assert_eq!(b.jobs, 2);
    assert_eq!(b.banen, rust_decimal::Decimal::TWO);
    let real = b.realisatie.unwrap();
    assert_eq!(real.doel(), 585);
    assert_eq!(real.tekort(), rust_decimal::Decimal::from(583));
    let omgeving = pipeline::Omgeving::voorbeeld();
    let report = pipeline::report(&pipeline::run(&people, peildatum, &omgeving), &omgeving);
    assert!(report.contains("   2 jobs = 2 banen"), "{report}");
    assert!(report.contains(": 2 of 585, shortfall 583"), "{report}");
}

/// A small fixed caseload for the report in Dutch (peildatum 2026-01-01): the under-27 on WW of
/// the test above (born 2002-09-12, WW ends 2026-02-03), a bijstand client in segment 1, one
/// determined for beschut werk and waiting, a job with loonkostensubsidie (loonwaarde 40%, 34
/// hours), a bijstand client without a diagnosis, and a Wsw employee.
fn kleine_caseload() -> (Vec<pipeline::data::Persoon>, NaiveDate) {
    let header = pipeline::data::HEADER_ZONDER_VASTSTELLING;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,2002-09-12,ww,2025-11-04,,,,,,alleenstaande\n\
         2,1980-01-01,bijstand,2020-01-01,ladder:1,,,,,alleenstaande\n\
         3,1980-01-01,bijstand,2020-01-01,ladder:4,,vastgesteld:2025-10-09,,,alleenstaande\n\
         4,1980-01-01,lks,2025-01-01,,,,40,34,\n\
         5,1990-01-01,bijstand,2025-12-01,,,,,,alleenstaande\n\
         6,1960-03-15,wsw,2010-01-01,,,,,,\n"
    ))
    .unwrap();
    (people, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
}

/// The report's English headings and words, none of which the Dutch report may hold.
const ENGELS: &[&str] = &[
    "Caseload of",
    "people on file",
    "Policy:",
    "Segment criteria",
    "Flows from",
    "inflow:",
    "outflow",
    "People per segment",
    "by ladder",
    "no segment yet",
    "reaching AOW age",
    "projected",
    "1 Jan ",
    "WW ending in the next",
    "expected route",
    "by age on the peildatum",
    "per person:",
    " born ",
    "WW ends",
    "inform from",
    "places realised",
    "shortfall",
    "determined and waiting",
    "college decision overdue",
    "weeks on average",
    "may qualify",
    "Jobs with loonkostensubsidie",
    "per month",
    "total per month",
    "jobs without subsidy",
    "jobs =",
    "against the region's target",
    "grounds:",
    "Participatiewet art.",
    "WW art.",
    "EUR",
    "2026-01-01",
];

/// `--taal nl`: the whole report in Dutch, with Dutch amounts (`€ 1.234,56`), dates
/// (`3 februari 2026`), grounds (`Ground::text(Taal::Nl)`) and citations as the law writes them
/// (`Citation::text(Taal::Nl)`), and none of the English headings; the English report is what
/// `report` gives.
#[test]
fn the_dutch_report_is_dutch_throughout() {
    use participatiewet::Taal;
    let (people, peildatum) = kleine_caseload();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let mut r = pipeline::run(&people, peildatum, &omgeving);
    let (einden, _) = pipeline::uitstroom::lees(
        "id,einde,reden\n10,2025-03-01,werk\n11,2025-06-01,ander_inkomen\n",
    )
    .unwrap();
    r.stromen = Some(pipeline::stromen(&people, &einden, peildatum));
    let nl = pipeline::report_in(&r, &omgeving, Taal::Nl);
    for kop in [
        "Caseload van Voorbeeldstad (synthetic) op 1 januari 2026: 6 mensen in het bestand",
        "Beleid: gemeentelijk beleid",
        "0. In- en uitstroom van 1 januari 2025 tot 1 januari 2026",
        "   uitstroom uit de bijstand: 2 (werk 1, ander inkomen 1)",
        "Beleid: gemeentelijk beleid: ",
        "   uitstroom naar werk: 1 tegen 350 per jaar",
        ": 349 te weinig",
        "1. Mensen per segment (doelgroep)",
        "   nog geen segment:    1  bijstandsgerechtigden die op een diagnose wachten",
        "verwacht (geen instroom; ieder vertrekt op de AOW-leeftijd",
        "1 januari 2027: 1, 1 januari 2028: 0",
        "2. WW eindigt in de komende 3 maanden: 1 mensen nu te informeren",
        "jonger dan 27 1, 27-49 0, 50 en ouder 0; alleenstaand (*) 1",
        "   id     1* geboren 12 september 2002  WW eindigt 3 februari 2026 (3 maanden, \
         alleen de wekeneis, kort)  -> bijstand vanaf 4 februari 2026",
        "informeren vanaf 4 november 2025, melden vanaf 7 januari 2026, einde zoektermijn \
         3 februari 2026, aanvraag vanaf 4 februari 2026, bijstand vanaf 4 februari 2026",
        "3. Beschut werk (artikel 10b van de Participatiewet)",
        "   tekort voor 2026: 60 plaatsen",
        "gemiddeld 12 weken, ten hoogste 12 weken",
        "4. Banen met loonkostensubsidie (artikel 10d van de Participatiewet): 1",
        "5. Banenafspraak",
        "              gronden: artikel 42 van de Werkloosheidswet (duur); artikel 19, eerste lid, \
         onderdeel i, van de Werkloosheidswet (eindigt op de AOW-leeftijd)",
        "gronden: artikel 6, eerste lid, onderdeel a, van de Participatiewet (NUG)",
    ] {
        assert!(nl.contains(kop), "missing {kop:?} in\n{nl}");
    }
    // The amount of the loonwaarde band 30-49% the Dutch way, with its thousands point.
    let bedrag = participatiewet::taal::bedrag(r.lks_bedrag_per_band[1], Taal::Nl);
    assert!(
        bedrag.starts_with("€ 1.") && bedrag.contains(','),
        "{bedrag}"
    );
    assert!(nl.contains(&format!("{bedrag} per maand")), "{nl}");
    assert!(nl.contains(&format!(
        "totaal per maand: {bedrag} (0 banen zonder subsidie)"
    )));
    // Beschut werk's grounds from their Dutch templates, with the Dutch citation first.
    let stand = r.beschut_stand.as_ref().unwrap().as_ref().unwrap();
    for g in stand.decision().grounds() {
        let regel = format!("{}: {}", g.citation().text(Taal::Nl), g.text(Taal::Nl));
        assert!(nl.contains(&regel), "missing {regel:?} in\n{nl}");
    }
    for woord in ENGELS {
        assert!(
            !nl.contains(woord),
            "English {woord:?} in the Dutch report:\n{nl}"
        );
    }
    // The English report stays the default, and holds those words.
    let en = pipeline::report(&r, &omgeving);
    assert_eq!(en, pipeline::report_in(&r, &omgeving, Taal::En));
    for woord in [
        "People per segment",
        "WW ending in the next 3 months",
        "grounds:",
        "per month",
    ] {
        assert!(en.contains(woord), "{woord:?} in\n{en}");
    }
}

/// `--taal nl` with two policies and with `--html`: the comparison table and the HTML page in
/// Dutch too.
#[test]
fn the_dutch_comparison_and_html_are_dutch() {
    use participatiewet::Taal;
    let (people, peildatum) = kleine_caseload();
    let lees = |name: &str| -> participatiewet::Beleid {
        participatiewet::from_json(
            &std::fs::read_to_string(format!("examples/data/{name}.json")).unwrap(),
        )
        .unwrap()
    };
    let a = pipeline::Omgeving {
        beleid: lees("beleid_standaard"),
        ..pipeline::Omgeving::voorbeeld()
    };
    let b = pipeline::Omgeving {
        beleid: lees("beleid_ruim"),
        ..pipeline::Omgeving::voorbeeld()
    };
    let (ra, rb) = (
        pipeline::run(&people, peildatum, &a),
        pipeline::run(&people, peildatum, &b),
    );
    let tabel = pipeline::vergelijk::vergelijk_in(&ra, &a, &rb, &b, Taal::Nl);
    assert!(
        tabel.starts_with("Twee beleidskeuzes naast elkaar op 1 januari 2026: A = "),
        "{tabel}"
    );
    let rij = tabel
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("beleid: informatievenster WW (maanden)")
        })
        .unwrap_or_default();
    let cellen: Vec<&str> = rij.split_whitespace().rev().take(4).collect();
    assert_eq!(cellen, ["verschilt", "<-", "6", "3"], "{tabel}");
    assert!(tabel.contains("mensen in segment 4"), "{tabel}");
    assert!(tabel.contains("5%/1mnd 30%/1mnd 100%/1mnd"), "{tabel}");
    assert!(tabel.contains(" van de 19 regels verschillen"), "{tabel}");
    let rij = tabel
        .lines()
        .find(|l| l.trim_start().starts_with("beleid: segment 0"))
        .unwrap_or_default();
    assert!(
        rij.ends_with("geen uitkering             zonder bijstand  <- verschilt"),
        "{tabel}"
    );
    let bedrag = participatiewet::taal::bedrag(
        participatiewet::Money::sum(ra.lks_bedrag_per_band).unwrap(),
        Taal::Nl,
    );
    assert!(tabel.contains(&bedrag), "{bedrag} in\n{tabel}");
    for woord in [
        "policy:",
        "people in segment",
        "differs",
        "rows differ",
        "EUR",
    ] {
        assert!(!tabel.contains(woord), "English {woord:?} in\n{tabel}");
    }

    let tekst = pipeline::report_in(&ra, &a, Taal::Nl);
    let html = pipeline::html::html_in(&ra, &a, &tekst, Taal::Nl).unwrap();
    assert!(html.contains("<html lang=\"nl\">"));
    for titel in [
        "Caseload van ",
        "Mensen per segment",
        "Uitstroom uit de bijstand in het jaar, naar reden",
        "Einde WW per maand",
        "Banen met loonkostensubsidie naar loonwaarde",
        "Beschut werk: plaatsen tegen het vereiste aantal",
        "<h2>Het rapport</h2>",
        "1. Mensen per segment (doelgroep)",
    ] {
        assert!(html.contains(titel), "missing {titel:?}");
    }
    for woord in [
        "People per segment",
        "The report",
        "Caseload of",
        "none yet",
        "realised",
    ] {
        assert!(!html.contains(woord), "English {woord:?} in the Dutch page");
    }
}

/// Past the tables (peildatum 2031-01-01) the Dutch report says which legal values are not
/// known, in the crate's Dutch messages, and marks the figures that need them.
#[test]
fn the_dutch_report_says_what_is_not_known() {
    use participatiewet::Taal;
    let (people, _) = kleine_caseload();
    let omgeving = pipeline::Omgeving::voorbeeld();
    let r = pipeline::run(
        &people,
        NaiveDate::from_ymd_opt(2031, 1, 1).unwrap(),
        &omgeving,
    );
    let nl = pipeline::report_in(&r, &omgeving, Taal::Nl);
    for tekst in [
        "Niet te berekenen op deze datum",
        "   - het wettelijk minimumloon per maand is niet bekend op 1 januari 2031",
        "banen, op deze datum niet te berekenen voor 1",
        "   totaal per maand: op deze datum niet te berekenen (1 banen;",
    ] {
        assert!(nl.contains(tekst), "missing {tekst:?} in\n{nl}");
    }
    for woord in ["Not computable", "not known", "total per month", "EUR"] {
        assert!(!nl.contains(woord), "English {woord:?} in\n{nl}");
    }
}

/// Loonwaarde re-determinations on a fixed caseload of eight LKS jobs (figures by hand;
/// peildatum 2026-01-01, the window of 6 months runs to 2026-06-30, the agreed term is 12
/// months; the dates come from the loonwaarde machine's effect, Participatiewet art. 10d lid 6):
///
/// - id 1: determined 2025-03-15, due 2026-03-15: in the window (March).
/// - id 2: determined 2025-01-31, due 2026-01-31: in the window (January).
/// - id 3: determined 2024-02-29, due 2025-02-28 (no 29 February in 2025: the month's last
///   day): overdue.
/// - id 4: determined 2025-08-01, due 2026-08-01: after the window.
/// - id 5: determined 2025-06-30, due 2026-06-30: the window's last day (June).
/// - id 6: no determination date on file.
/// - id 7: determined 2016-05-02, before 2017-02-01: no agreed date, the yearly rule gives
///   2017-05-02 (Participatiewet art. 10d as it read then): overdue.
/// - id 8: determined 2025-07-01, due 2026-07-01: the day after the window, so later.
///
/// So 3 due in the window (one each in January, March and June), 2 overdue, 2 later, 1 without
/// a date.
#[test]
fn loonwaarde_redeterminations_on_a_fixed_caseload() {
    let header = pipeline::data::HEADER;
    let lks = |id: u32, sinds: &str, vastgesteld: &str| {
        format!("{id},1980-01-01,lks,{sinds},,,,50,36,alleenstaande,{vastgesteld}\n")
    };
    let text = [
        format!("{header}\n"),
        lks(1, "2024-03-01", "2025-03-15"),
        lks(2, "2024-01-01", "2025-01-31"),
        lks(3, "2024-01-01", "2024-02-29"),
        lks(4, "2024-01-01", "2025-08-01"),
        lks(5, "2024-01-01", "2025-06-30"),
        lks(6, "2024-01-01", ""),
        lks(7, "2015-06-01", "2016-05-02"),
        lks(8, "2024-01-01", "2025-07-01"),
    ]
    .concat();
    let people = pipeline::data::parse(&text).unwrap();
    assert_eq!(
        pipeline::data::to_csv(&people).lines().last(),
        Some("8,1980-01-01,lks,2024-01-01,,,,50,36,alleenstaande,2025-07-01")
    );
    let omgeving = pipeline::Omgeving::voorbeeld();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let r = pipeline::run(&people, peildatum, &omgeving);
    let h = r.herbepalingen.clone().unwrap();
    let due = |v: &[pipeline::herbepaling::Herbepaling]| -> Vec<(u32, String)> {
        v.iter().map(|x| (x.id, x.datum.to_string())).collect()
    };
    assert_eq!(
        due(&h.binnenkort),
        [
            (2, "2026-01-31".to_owned()),
            (1, "2026-03-15".to_owned()),
            (5, "2026-06-30".to_owned())
        ]
    );
    assert_eq!(
        due(&h.achterstallig),
        [(7, "2017-05-02".to_owned()), (3, "2025-02-28".to_owned())]
    );
    assert_eq!((h.later, h.zonder_vaststelling), (2, 1));
    assert!(h.fouten.is_empty());
    assert_eq!(h.binnenkort[0].effect.code().code, "loonwaarde_herbepaling");
    assert_eq!(
        h.binnenkort[0].effect.citation().to_string(),
        "Participatiewet art. 10d lid 6"
    );
    assert_eq!(
        h.achterstallig[0].effect.code().code,
        "loonwaarde_herbepaling_jaarlijks"
    );
    assert_eq!(
        h.achterstallig[0].effect.citation().to_string(),
        "Participatiewet art. 10d"
    );
    let report = pipeline::report(&r, &omgeving);
    let section: Vec<&str> = report
        .lines()
        .skip_while(|l| !l.starts_with("   loonwaarde re-determinations"))
        .take(10)
        .collect();
    assert_eq!(
        section,
        [
            "   loonwaarde re-determinations due in the next 6 months: 3 (overdue: 2, later: 2, no determination date on file: 1)",
            "     2026-01: 1",
            "       id     2  due 2026-01-31  (determined 2025-01-31; Participatiewet art. 10d lid 6)",
            "     2026-03: 1",
            "       id     1  due 2026-03-15  (determined 2025-03-15; Participatiewet art. 10d lid 6)",
            "     2026-06: 1",
            "       id     5  due 2026-06-30  (determined 2025-06-30; Participatiewet art. 10d lid 6)",
            "       id     7  overdue since 2017-05-02  (determined 2016-05-02; Participatiewet art. 10d)",
            "       id     3  overdue since 2025-02-28  (determined 2024-02-29; Participatiewet art. 10d lid 6)",
            "              grounds: Participatiewet art. 10d lid 6 (determined periodically, on the agreed date; yearly before 2017-02-01); the agreed term is not on file: 12 months assumed; window 6 months",
        ],
        "{report}"
    );
    // --explain gives the same date among the person's due dates
    let uitleg = pipeline::explain(&people[1], peildatum, &omgeving, participatiewet::Taal::Nl);
    assert!(
        uitleg.contains(
            "    31 januari 2026  De loonwaarde wordt op 31 januari 2026 opnieuw bepaald, zoals het \
             college heeft afgesproken. (loonwaarde vastgesteld op 31 januari 2025; aangenomen is \
             een afgesproken termijn van 12 maanden)\n"
        ),
        "{uitleg}"
    );
    let nl = pipeline::report_in(&r, &omgeving, participatiewet::Taal::Nl);
    assert!(nl.contains("herbepaling van de loonwaarde in de komende 6 maanden: 3 (achterstallig: 2, later: 2, zonder datum van vaststelling in het bestand: 1)"), "{nl}");
    assert!(nl.contains("     januari 2026: 1\n       id     2  uiterlijk 31 januari 2026  (vastgesteld 31 januari 2025; artikel 10d, zesde lid, van de Participatiewet)"), "{nl}");
}

/// Segment 0 as the policy defines it, in the report and in `--explain`: an IOAW recipient
/// with ladder rung 5 is in segment 3 under the default "geen uitkering" (a benefit, placed by
/// the diagnosis) and in segment 0 under "ondersteuning zonder bijstand"; a NUG is in segment
/// 0 under both.
#[test]
fn segment_0_follows_the_policy_in_report_and_explain() {
    use participatiewet::doelgroep::Segment0Definitie;
    let header = pipeline::data::HEADER;
    let people = pipeline::data::parse(&format!(
        "{header}\n1,1963-01-01,ioaw,2025-01-01,ladder:5,,,,,alleenstaande,\n\
         2,1990-01-01,nug,2025-01-01,,,,,,alleenstaande,\n"
    ))
    .unwrap();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let standaard = pipeline::Omgeving::voorbeeld();
    let ruim = pipeline::Omgeving {
        beleid: standaard
            .beleid
            .clone()
            .with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)
            .unwrap(),
        ..pipeline::Omgeving::voorbeeld()
    };
    let (ra, rb) = (
        pipeline::run(&people, peildatum, &standaard),
        pipeline::run(&people, peildatum, &ruim),
    );
    assert_eq!(ra.per_segment, [1, 0, 0, 1, 0]);
    assert_eq!(ra.uitkering_per_status, [0, 1, 0]);
    assert_eq!(rb.per_segment, [2, 0, 0, 0, 0]);
    assert_eq!(rb.nul_per_status, [1, 0, 1, 0, 0, 0]);
    let report = pipeline::report(&ra, &standaard);
    assert!(
        report.contains("              NUG 1, LKS job 0, beschut werk 0\n"),
        "{report}"
    );
    assert!(report.contains("a benefit, so not in segment 0: Anw 0, IOAW 1, IOAZ 0 in segments 1-3 by their diagnosis; 0 awaiting a diagnosis"), "{report}");
    assert!(report.contains("segment 0 (policy): no benefit: segment 0 holds who receives no benefit, whatever the support"), "{report}");
    let report = pipeline::report(&rb, &ruim);
    assert!(
        report.contains("NUG 1, Anw 0, IOAW 1, IOAZ 0, LKS job 0, beschut werk 0"),
        "{report}"
    );
    let nl = |o: &pipeline::Omgeving| {
        pipeline::explain(&people[0], peildatum, o, participatiewet::Taal::Nl)
    };
    let a = nl(&standaard);
    assert!(a.contains("\n  segment: 3\n"), "{a}");
    assert!(
        a.contains(
            "Volgens het gemeentelijk beleid valt wie een uitkering ontvangt niet in segment 0"
        ),
        "{a}"
    );
    let b = nl(&ruim);
    assert!(b.contains("\n  segment: 0\n"), "{b}");
    assert!(b.contains("Volgens het gemeentelijk beleid valt wie zonder algemene bijstand wordt ondersteund bij arbeidsinschakeling in segment 0."), "{b}");
}
