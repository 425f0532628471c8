//! WW and IOW rules at their boundaries, with the arithmetic and the articles in comments.
//!
//! WW = Werkloosheidswet (BWBR0004045), IOW = Wet inkomensvoorziening oudere werklozen
//! (BWBR0024394). The bundled parameters are used unless a test builds its own rows.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use chrono::{Datelike, NaiveDate};
use participatiewet::{
    Bezwaar, Citation, Confidence, Hours, Money, Motivering, Parameters, Regulation, Row, Taal,
    Validate,
    ww::{
        self, Duurregel, IowInkomen, Kalenderjaar, Maanddeel, Uitsluitingsgrond, Werkverleden,
        WwFeiten, WwMaand, WwVerloop, Zorgjaar,
    },
};
use rust_decimal::{Decimal, dec};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn h(x: Decimal) -> Hours {
    Hours::new(x).unwrap()
}

fn eur(cents: i64) -> Money {
    Money::from_cents(cents).unwrap()
}

fn maand(nummer: u32, inkomen: Money, overig: Money) -> WwMaand {
    WwMaand::new(nummer, Maanddeel::Volledig)
        .unwrap()
        .inkomen(inkomen)
        .overig_inkomen(overig)
}

fn params() -> Parameters {
    Parameters::bundled()
}

/// A full-time worker who lost all hours, with 36 weeks worked and an unbroken career.
fn voltijd(geboren: NaiveDate, eerste: NaiveDate, van: i32) -> WwFeiten {
    WwFeiten::new(geboren, eerste)
        .unwrap()
        .uren(h(dec!(38)), h(dec!(38)))
        .unwrap()
        .weken_gewerkt(36)
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(van, eerste.year() - 1, 1800).unwrap())
}

// ---------------------------------------------------------------------------------------------
// Art. 16: unemployed
// ---------------------------------------------------------------------------------------------

#[test]
fn unemployed_at_five_hours_lost_not_below() {
    // WW art. 16 lid 1 onderdeel a: at least 5 hours a week fewer than the average, or at most
    // half the average left. With 38 hours, 5 lost decides.
    let base = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3)).unwrap();
    let vijf = base.clone().uren(h(dec!(38)), h(dec!(5))).unwrap();
    let minder = base.uren(h(dec!(38)), h(dec!(4.99))).unwrap();
    assert!(ww::werkloosheid(&vijf).werkloos());
    assert!(!ww::werkloosheid(&minder).werkloos());
}

#[test]
fn small_job_needs_half_the_hours_lost() {
    // WW art. 16 lid 1 onderdeel a, second alternative: at most half the average left.
    // 9 hours → 4.5 left at most, so 4.5 lost suffices although it is under 5.
    let base = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3)).unwrap();
    let half = base.clone().uren(h(dec!(9)), h(dec!(4.5))).unwrap();
    let minder = base.clone().uren(h(dec!(9)), h(dec!(4.4))).unwrap();
    assert_eq!(ww::werkloosheid(&half).vereist_verlies(), h(dec!(4.5)));
    assert!(ww::werkloosheid(&half).werkloos());
    assert!(!ww::werkloosheid(&minder).werkloos());
    // At exactly 10 hours the 5-hour rule applies again: 5 of 10 required.
    let tien = base.uren(h(dec!(10)), h(dec!(4.9))).unwrap();
    assert_eq!(ww::werkloosheid(&tien).vereist_verlies(), h(dec!(5)));
    assert!(!ww::werkloosheid(&tien).werkloos());
}

#[test]
fn not_available_is_not_unemployed() {
    // WW art. 16 lid 1 onderdeel b: available for work.
    let f = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3))
        .unwrap()
        .uren(h(dec!(38)), h(dec!(38)))
        .unwrap()
        .niet_beschikbaar();
    assert!(!ww::werkloosheid(&f).werkloos());
}

// ---------------------------------------------------------------------------------------------
// Art. 17: the wekeneis, 26 of 36 calendar weeks
// ---------------------------------------------------------------------------------------------

#[test]
fn wekeneis_25_and_26_weeks() {
    // WW art. 17 lid 1: worked in at least 26 of the 36 calendar weeks before the first day.
    let p = params();
    let base = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3))
        .unwrap()
        .uren(h(dec!(38)), h(dec!(38)))
        .unwrap();
    let r25 = ww::recht(&base.clone().weken_gewerkt(25).unwrap(), &p).unwrap();
    let r26 = ww::recht(&base.weken_gewerkt(26).unwrap(), &p).unwrap();
    assert!(!r25.uitkomst().is_eligible());
    assert!(r26.uitkomst().is_eligible());
    let reasons = r25.decision();
    assert_eq!(reasons.reasons().count(), 1);
    assert_eq!(
        reasons.reasons().next().unwrap().citation(),
        &Citation::article(Regulation::Werkloosheidswet, "17").lid(1)
    );
}

#[test]
fn reference_period_is_36_monday_weeks_before_the_week_of_the_first_day() {
    // First day Monday 2025-03-03: the 36 weeks are 2024-06-24 (Monday) up to 2025-03-02.
    let p = ww::referteperiode(d(2025, 3, 3)).unwrap();
    assert_eq!(p.from(), d(2024, 6, 24));
    assert_eq!(p.last_day(), d(2025, 3, 2));
    // First day Sunday 2025-03-09: the same week, so the same 36 weeks.
    assert_eq!(ww::referteperiode(d(2025, 3, 9)).unwrap(), p);
}

// ---------------------------------------------------------------------------------------------
// Art. 19 lid 1: exclusions
// ---------------------------------------------------------------------------------------------

#[test]
fn exclusions_are_reported_with_their_onderdeel() {
    let p = params();
    let f = voltijd(d(1980, 5, 5), d(2025, 3, 3), 2000)
        .uitsluiting(Uitsluitingsgrond::Ziektewet)
        .uitsluiting(Uitsluitingsgrond::Detentie);
    let r = ww::recht(&f, &p).unwrap();
    assert!(!r.uitkomst().is_eligible());
    let reasons = r.decision();
    let cited: Vec<String> = reasons
        .reasons()
        .map(|g| g.citation().to_string())
        .collect();
    assert_eq!(
        cited,
        vec![
            "WW art. 19 lid 1 onderdeel a",
            "WW art. 19 lid 1 onderdeel g"
        ]
    );
}

#[test]
fn aow_age_excludes_on_the_aow_date_not_the_day_before() {
    // Born 1958-06-01: AOW age in 2025 is 67 (AOW art. 7a), AOW date 2025-06-01.
    // WW art. 19 lid 1 onderdeel i: no right once the AOW age is reached.
    let p = params();
    let voor = voltijd(d(1958, 6, 1), d(2025, 5, 31), 1998);
    let op = voltijd(d(1958, 6, 1), d(2025, 6, 1), 1998);
    assert!(ww::recht(&voor, &p).unwrap().uitkomst().is_eligible());
    let r = ww::recht(&op, &p).unwrap();
    assert!(r.uitsluitingen().contains(Uitsluitingsgrond::AowLeeftijd));
    assert!(!r.uitkomst().is_eligible());
    // And no duration can be computed for a right that never arises.
    assert!(ww::uitkeringsduur(&op, &p).is_err());
}

// ---------------------------------------------------------------------------------------------
// Art. 42: duration
// ---------------------------------------------------------------------------------------------

#[test]
fn uwv_example_jeroen_23_months() {
    // uwv.nl, "Hoe berekenen we de duur van uw WW? — arbeidsverleden van 11 jaar of langer",
    // example "Jeroen": works since 1998, aged 20 then (born 1978, 18 in 1996), unemployed
    // in May 2022.
    //   actual arbeidsverleden 1998..=2021 = 24 years (2022 does not count);
    //   fictitious 1996..=1997 = 2 years (WW art. 42 lid 6 onderdeel c); total 26;
    //   before 2016: 2 + 18 = 20 years → 20 months (first 10 and the 10 after, 1 month each);
    //   from 2016: 6 years × ½ = 3 months (art. 42 lid 2); total 23 months.
    let f = voltijd(d(1978, 3, 10), d(2022, 5, 2), 1998);
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert_eq!(duur.arbeidsverleden().fictieve_jaren(), 2);
    assert_eq!(duur.arbeidsverleden().jaren_voor_2016(), 20);
    assert_eq!(duur.arbeidsverleden().jaren_na_2015(), 6);
    assert_eq!(duur.arbeidsverleden().jaren(), 26);
    assert_eq!(duur.regel(), Duurregel::Arbeidsverleden);
    assert_eq!((duur.maanden(), duur.halve_maand()), (23, false));
    // 2022-05-02 + 23 months = 2024-04-02; the last day is 2024-04-01.
    assert_eq!(duur.einddatum(), d(2024, 4, 1));
}

#[test]
fn wekeneis_only_gives_three_months() {
    // Jareneis not met → the minimum of 3 months (WW art. 42 lid 1).
    let f = WwFeiten::new(d(2000, 1, 1), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2022, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert!(!duur.jareneis().voldaan());
    assert_eq!(duur.regel(), Duurregel::Wekeneis);
    assert_eq!((duur.maanden(), duur.halve_maand()), (3, false));
    assert_eq!(duur.einddatum(), d(2025, 6, 2));
}

#[test]
fn jareneis_3_or_4_years_with_207_or_208_hours() {
    // WW art. 42 lid 2 onderdeel a: wage over 208 or more hours in at least 4 of the 5 calendar
    // years before the year of unemployment (2020..=2024 for a first day in 2025).
    let p = params();
    let history = |uren_2021: u32| {
        Werkverleden::new(vec![
            Kalenderjaar::uren(2021, uren_2021).unwrap(),
            Kalenderjaar::uren(2022, 1800).unwrap(),
            Kalenderjaar::uren(2023, 1800).unwrap(),
            Kalenderjaar::uren(2024, 208).unwrap(),
        ])
        .unwrap()
    };
    let base = WwFeiten::new(d(2001, 1, 1), d(2025, 3, 3)).unwrap();
    // 207 hours in 2021: only 2022, 2023, 2024 count → 3 years → wekeneis only, 3 months.
    let drie = ww::uitkeringsduur(&base.clone().werkverleden(history(207)), &p).unwrap();
    assert_eq!(drie.jareneis().jaren_met_loon(), 3);
    assert!(!drie.jareneis().voldaan());
    assert_eq!(drie.maanden(), 3);
    // 208 hours: 4 years → jareneis met; arbeidsverleden 4 years (all from 2016, but the first
    // 10 count a month each) → 4 months.
    let vier = ww::uitkeringsduur(&base.werkverleden(history(208)), &p).unwrap();
    assert_eq!(vier.jareneis().jaren_met_loon(), 4);
    assert!(vier.jareneis().voldaan());
    assert_eq!(vier.regel(), Duurregel::Arbeidsverleden);
    assert_eq!((vier.maanden(), vier.halve_maand()), (4, false));
}

#[test]
fn jareneis_before_2013_counts_52_days() {
    // A first day in 2012: the window is 2007..=2011, counted in days (≥ 52).
    let w = Werkverleden::new(vec![
        Kalenderjaar::dagen(2008, 52).unwrap(),
        Kalenderjaar::dagen(2009, 52).unwrap(),
        Kalenderjaar::dagen(2010, 52).unwrap(),
        Kalenderjaar::dagen(2011, 51).unwrap(),
    ])
    .unwrap();
    assert!(!ww::jareneis(&w, d(2012, 6, 1)).voldaan());
    let mut w52 = w.clone();
    w52.insert(Kalenderjaar::dagen(2007, 200).unwrap()).unwrap();
    assert!(ww::jareneis(&w52, d(2012, 6, 1)).voldaan());
}

#[test]
fn eighteenth_birthday_in_1997_or_1998() {
    // WW art. 42 lid 6 onderdeel c: fictitious years from the year of the 18th birthday up to
    // and including 1997. Born 1979-12-31 → 18 in 1997 → 1 fictitious year; born 1980-01-01 →
    // 18 in 1998 → none. Both worked 1998..=2024 (27 years), first day 2025-03-03.
    let p = params();
    let in_1997 = ww::uitkeringsduur(&voltijd(d(1979, 12, 31), d(2025, 3, 3), 1998), &p).unwrap();
    let in_1998 = ww::uitkeringsduur(&voltijd(d(1980, 1, 1), d(2025, 3, 3), 1998), &p).unwrap();
    assert_eq!(in_1997.arbeidsverleden().fictieve_jaren(), 1);
    assert_eq!(in_1998.arbeidsverleden().fictieve_jaren(), 0);
    // 1997: 1 + 18 (1998..=2015) = 19 before 2016 → 19 months; 9 from 2016 → 4.5 → 23.5.
    assert_eq!((in_1997.maanden(), in_1997.halve_maand()), (23, true));
    // 1998: 18 before 2016 → 18 months; 9 × ½ = 4.5 → 22.5.
    assert_eq!((in_1998.maanden(), in_1998.halve_maand()), (22, true));
}

#[test]
fn a_half_month_is_15_calendar_days() {
    // WW art. 42 lid 2, last sentence: a remaining half month counts as 15 calendar days.
    // Secondary worked example (factory4work.nl, 2015-11-23, "Enkele wijzigingen per
    // 1 januari 2016"): 13 years, 9 before 2016 and 4 after: 10 × 1 month (the 9 earliest and
    // 1 later year) + 3 × ½ = 11.5 months. The article places the first day in 2018, when only
    // 2016 and 2017 can lie before the year of unemployment; the 9 + 4 split needs a first
    // day in 2020. Both are checked. Born 1989 (18 in 2007, no fictitious years).
    //
    // First day 2018-03-05, worked 2007..=2017: 9 before 2016, 2 after → 10 + 1 × ½ = 10.5.
    let f = voltijd(d(1989, 2, 1), d(2018, 3, 5), 2007);
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert_eq!(duur.arbeidsverleden().jaren_voor_2016(), 9);
    assert_eq!(duur.arbeidsverleden().jaren_na_2015(), 2);
    assert_eq!((duur.maanden(), duur.halve_maand()), (10, true));
    // In the phase-in window, but A − B = 9 − 9 = 0 leaves the maximum at 24: the normal rule.
    assert_eq!(duur.regel(), Duurregel::Arbeidsverleden);
    assert_eq!(duur.overgang().unwrap().maximum(), 24);
    // 2018-03-05 + 10 months = 2019-01-05; + 15 days = 2019-01-20; last day 2019-01-19.
    assert_eq!(duur.einddatum(), d(2019, 1, 19));

    // First day 2020-03-02, worked 2007..=2019: 9 before 2016, 4 after → 11.5 months.
    let f13 = voltijd(d(1989, 2, 1), d(2020, 3, 2), 2007);
    let duur13 = ww::uitkeringsduur(&f13, &params()).unwrap();
    assert_eq!(duur13.arbeidsverleden().jaren(), 13);
    assert_eq!((duur13.maanden(), duur13.halve_maand()), (11, true));
    // 2020-03-02 + 11 months = 2021-02-02; + 15 days = 2021-02-17; last day 2021-02-16.
    assert_eq!(duur13.einddatum(), d(2021, 2, 16));
}

#[test]
fn the_cap_is_24_months() {
    // Born 1960-05-05 (18 in 1978): 20 fictitious years + 1998..=2024 = 47 years; the
    // arbeidsverleden gives far more than 24 months: capped at 24 (WW art. 42 lid 1).
    let duur = ww::uitkeringsduur(&voltijd(d(1960, 5, 5), d(2025, 1, 6), 1998), &params()).unwrap();
    assert!(duur.opgebouwde_halve_maanden() > 48);
    assert_eq!(duur.maximum_maanden(), 24);
    assert_eq!((duur.maanden(), duur.halve_maand()), (24, false));
    // The cap drops the half month: 24 exactly, last day 2027-01-05 — but the AOW date of a
    // person born 1960-05-05 is 2027-05-05 (67 in 2027), later, so no cut.
    assert_eq!(duur.einddatum(), d(2027, 1, 5));
    assert!(!duur.afgekapt_op_aow());
}

#[test]
fn first_day_either_side_of_2016_01_01() {
    // Born 1955-06-01 (18 in 1973): 25 fictitious years (1973..=1997).
    let p = params();
    // 2015-12-31: old art. 42 (WW art. 130z lid 1), 1 month per year, at most 38.
    //   25 + 17 (1998..=2014) = 42 years → 42 months → capped at 38.
    let oud = ww::uitkeringsduur(&voltijd(d(1955, 6, 1), d(2015, 12, 31), 1998), &p).unwrap();
    assert_eq!(oud.regel(), Duurregel::Voor2016);
    assert_eq!(oud.arbeidsverleden().jaren(), 42);
    assert_eq!((oud.maanden(), oud.maximum_maanden()), (38, 38));
    // 2016-01-01: phase-in. A = min(38, 25 + 18) = 38; B = 1 (2016-Q1) → maximum 37.
    let nieuw = ww::uitkeringsduur(&voltijd(d(1955, 6, 1), d(2016, 1, 1), 1998), &p).unwrap();
    assert_eq!(nieuw.regel(), Duurregel::Overgangsrecht);
    let o = nieuw.overgang().unwrap();
    assert_eq!((o.a(), o.b(), o.maximum()), (38, 1, 37));
    assert_eq!(nieuw.maanden(), 37);
    // 2016-01-01 + 37 months = 2019-02-01 → last day 2019-01-31; the AOW date (66 years
    // 4 months, reached in 2021) is 2021-10-01, later.
    assert_eq!(nieuw.einddatum(), d(2019, 1, 31));
}

#[test]
fn first_day_either_side_of_2019_04_01() {
    // Born 1958-01-10 (18 in 1976): 22 fictitious years + 1998..=2018 (21) = 43 years.
    let p = params();
    // 2019-03-31: quarter 2019-Q1 is the 13th since 2016-Q1; A = 38 → maximum 38 − 13 = 25.
    let laatst = ww::uitkeringsduur(&voltijd(d(1958, 1, 10), d(2019, 3, 31), 1998), &p).unwrap();
    assert_eq!(laatst.regel(), Duurregel::Overgangsrecht);
    assert_eq!(laatst.overgang().unwrap().b(), 13);
    assert_eq!(laatst.maanden(), 25);
    // 2019-04-01: the phase-in is over, maximum 24.
    let daarna = ww::uitkeringsduur(&voltijd(d(1958, 1, 10), d(2019, 4, 1), 1998), &p).unwrap();
    assert_eq!(daarna.regel(), Duurregel::Arbeidsverleden);
    assert_eq!(daarna.overgang(), None);
    assert_eq!(daarna.maanden(), 24);
    // Phase-in maximum never below 24: A = 30 years on 2016-01-01 in 2018-Q1 (B = 9):
    // 30 − 9 = 21 → 24.
    let o = participatiewet::ww::Overgang::new(30, d(2018, 2, 1)).unwrap();
    assert_eq!((o.b(), o.maximum()), (9, 24));
}

#[test]
fn ww_is_cut_at_the_aow_date() {
    // Born 1958-06-01: AOW date 2025-06-01 (AOW age 67 in 2025). First day 2024-09-02 with
    // a long career: 24 months would run to 2026-09-01, but the right ends on the AOW date
    // (WW art. 19 lid 1 onderdeel i, art. 20 lid 1 onderdeel a): last day 2025-05-31.
    let f = voltijd(d(1958, 6, 1), d(2024, 9, 2), 1998);
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert_eq!(duur.maanden(), 24);
    assert_eq!(duur.einddatum_volledige_duur(), d(2026, 9, 1));
    assert_eq!(duur.aow_datum(), Some(d(2025, 6, 1)));
    assert!(duur.afgekapt_op_aow());
    assert_eq!(duur.einddatum(), d(2025, 5, 31));
    assert!(
        duur.decision().cites(
            &Citation::article(Regulation::Werkloosheidswet, "19")
                .lid(1)
                .onderdeel("i")
        )
    );
}

#[test]
fn end_date_exactly_the_day_before_aow_is_not_a_cut() {
    // Born 1958-06-01, AOW date 2025-06-01. A 3-month right from 2025-03-01 ends on
    // 2025-05-31, the day before the AOW date: not cut.
    let f = WwFeiten::new(d(1958, 6, 1), d(2025, 3, 1)).unwrap();
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert_eq!(duur.einddatum(), d(2025, 5, 31));
    assert!(!duur.afgekapt_op_aow());
}

#[test]
fn month_end_rule_next_day() {
    // 31 January + 3 months = 1 May (31 April does not exist: MonthEnd::NextDay), so the last
    // day is 30 April; 30 November + 3 months = 1 March 2026 (30 February does not exist), so
    // the last day is 28 February.
    let p = params();
    let jan =
        ww::uitkeringsduur(&WwFeiten::new(d(1990, 1, 1), d(2025, 1, 31)).unwrap(), &p).unwrap();
    assert_eq!(jan.einddatum(), d(2025, 4, 30));
    let nov =
        ww::uitkeringsduur(&WwFeiten::new(d(1990, 1, 1), d(2025, 11, 30)).unwrap(), &p).unwrap();
    assert_eq!(nov.einddatum(), d(2026, 2, 28));
}

#[test]
fn care_years_count_half_and_a_pre_2016_half_moves_after_2015() {
    // WW art. 42a lid 2: a care year (child under 5) counts half; art. 42 lid 4: a half year
    // before 2016 is deemed to lie after 2015; lid 5: after 2015 rounded down.
    // Born 1990 (18 in 2008). Full years 2008..=2014 (7), care 2015 (½), care 2016 (½),
    // full 2017..=2024 (8). Before 2016: 7 + ½ → 7, the ½ moves; after: 8 + ½ + ½ = 9.
    let mut jaren: Vec<Kalenderjaar> = (2008..=2012)
        .map(|y| Kalenderjaar::dagen(y, 260).unwrap())
        .collect();
    jaren.extend((2013..=2014).map(|y| Kalenderjaar::uren(y, 1800).unwrap()));
    jaren.push(
        Kalenderjaar::uren(2015, 0)
            .unwrap()
            .met_zorgjaar(Zorgjaar::KindOnderVijf),
    );
    jaren.push(
        Kalenderjaar::uren(2016, 100)
            .unwrap()
            .met_zorgjaar(Zorgjaar::KindOnderVijf),
    );
    jaren.extend((2017..=2024).map(|y| Kalenderjaar::uren(y, 1800).unwrap()));
    let f = WwFeiten::new(d(1990, 7, 1), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::new(jaren).unwrap());
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    let a = duur.arbeidsverleden();
    assert_eq!((a.halve_jaren_voor_2016(), a.halve_jaren_na_2015()), (1, 1));
    assert_eq!((a.jaren_voor_2016(), a.jaren_na_2015()), (7, 9));
    // First 10 years a month (7 before 2016 + 3 after), 6 more after 2016 × ½ = 3 → 13.
    assert_eq!((duur.maanden(), duur.halve_maand()), (13, false));
    assert!(
        duur.decision()
            .cites(&Citation::article(Regulation::Werkloosheidswet, "42a"))
    );
}

#[test]
fn duration_counts_from_the_day_the_right_arose() {
    // WW art. 42 lid 1: "te rekenen vanaf de eerste dag waarop het recht is ontstaan".
    let f = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3))
        .unwrap()
        .recht_ontstaan_op(d(2025, 4, 1))
        .unwrap();
    let duur = ww::uitkeringsduur(&f, &params()).unwrap();
    assert_eq!(duur.ingangsdatum(), d(2025, 4, 1));
    assert_eq!(duur.einddatum(), d(2025, 6, 30));
}

// ---------------------------------------------------------------------------------------------
// Art. 47: amount
// ---------------------------------------------------------------------------------------------

#[test]
fn amount_75_percent_in_months_1_and_2_and_70_from_month_3() {
    // Dagloon 100.00 (below the 2024 maximum 274.44): maandloon 21.75 × 100.00 = 2,175.00
    // (WW art. 1b). Month 2: 0.75 × 2,175.00 = 1,631.25; month 3: 0.70 × 2,175.00 = 1,522.50
    // (WW art. 47 lid 1 onderdelen a and b).
    let dl = ww::dagloon(eur(10_000), d(2024, 3, 1), &params()).unwrap();
    let m2 = ww::uitkering_per_maand(&dl, &maand(2, Money::ZERO, Money::ZERO)).unwrap();
    let m3 = ww::uitkering_per_maand(&dl, &maand(3, Money::ZERO, Money::ZERO)).unwrap();
    assert_eq!(m2.maandloon(), eur(217_500));
    assert_eq!(m2.bedrag(), eur(163_125));
    assert_eq!(m3.bedrag(), eur(152_250));
    assert!(
        m3.decision().cites(
            &Citation::article(Regulation::Werkloosheidswet, "47")
                .lid(1)
                .onderdeel("b")
        )
    );
}

#[test]
fn dagloon_capped_and_income_scaled_by_c_over_d() {
    // D = 300.00, capped at C = 274.44 (maximum dagloon 2024, Wfsv art. 17 lid 1).
    // A = 21.75 × 274.44 = 5,969.07. Income B = 1,000.00 scaled by C/D = 0.9148 → 914.80.
    // Month 1: 0.75 × (5,969.07 − 914.80) = 3,790.7025 → 3,790.70.
    let dl = ww::dagloon(eur(30_000), d(2024, 3, 1), &params()).unwrap();
    assert_eq!(dl.gemaximeerd(), eur(27_444));
    let u = ww::uitkering_per_maand(&dl, &maand(1, eur(100_000), Money::ZERO)).unwrap();
    assert_eq!(u.maandloon(), eur(596_907));
    assert_eq!(u.verrekend_inkomen(), eur(91_480));
    assert_eq!(u.bedrag(), eur(379_070));
}

#[test]
fn maximum_dagloon_from_a_callers_row() {
    // The bundled table covers 2024-01-01..=2026-06-30; a caller adds a row for 2026-07-01
    // (an illustrative value, not a published one).
    let mut p = params();
    let next = p.maximum_dagloon.last_day().unwrap().succ_opt().unwrap();
    p.maximum_dagloon
        .insert(Row::new(
            next,
            None,
            eur(31_000),
            "test row",
            Confidence::Unverified,
        ))
        .unwrap();
    let dl = ww::dagloon(eur(40_000), d(2026, 7, 1), &p).unwrap();
    assert_eq!(dl.gemaximeerd(), eur(31_000));
    assert!(ww::dagloon(eur(40_000), d(2026, 7, 1), &params()).is_err());
}

#[test]
fn income_above_87_5_percent_ends_the_right_and_amount_never_negative() {
    // B × C/D > 0.875 × A ends the right (WW art. 20 lid 1 onderdeel c); the amount is 0.
    let dl = ww::dagloon(eur(10_000), d(2024, 3, 1), &params()).unwrap();
    // A = 2,175.00; 87.5% = 1,903.125.
    let op = ww::uitkering_per_maand(&dl, &maand(3, eur(190_312), Money::ZERO)).unwrap();
    let boven = ww::uitkering_per_maand(&dl, &maand(3, eur(190_313), Money::ZERO)).unwrap();
    assert!(!op.boven_grens_einde());
    assert!(boven.boven_grens_einde());
    let veel = ww::uitkering_per_maand(&dl, &maand(3, eur(500_000), eur(10_000))).unwrap();
    assert_eq!(veel.bedrag(), Money::ZERO);
}

// ---------------------------------------------------------------------------------------------
// IOW
// ---------------------------------------------------------------------------------------------

#[test]
fn iow_age_boundary_60_years_4_months() {
    // IOW art. 3 lid 1 onderdeel b: 60 years and 4 months or older on the first day of
    // unemployment. Born 1964-01-15: 60 years 4 months on 2024-05-15.
    let p = params();
    let op = voltijd(d(1964, 1, 15), d(2024, 5, 15), 1998);
    let dag_eerder = voltijd(d(1964, 1, 16), d(2024, 5, 15), 1998);
    let iow = |f: &WwFeiten| {
        ww::iow_recht(
            f,
            &ww::uitkeringsduur(f, &p).unwrap(),
            WwVerloop::VolledigeDuur,
            &p,
        )
        .unwrap()
    };
    let ja = iow(&op);
    assert_eq!(ja.leeftijdsdatum(), d(2024, 5, 15));
    assert!(ja.uitkomst().is_eligible());
    // WW of 24 months from 2024-05-15: last day 2026-05-14, IOW from 2026-05-15 (art. 3 lid 4).
    assert_eq!(ja.ingangsdatum(), d(2026, 5, 15));
    let nee = iow(&dag_eerder);
    assert_eq!(nee.leeftijdsdatum(), d(2024, 5, 16));
    assert!(!nee.uitkomst().is_eligible());
    assert_eq!(
        nee.decision().reasons().next().unwrap().citation(),
        &Citation::article(Regulation::Iow, "3")
            .lid(1)
            .onderdeel("b")
    );
}

#[test]
fn iow_window_ends_on_2027_12_31() {
    // IOW art. 3 lid 1 onderdeel a: "tussen 30 september 2006 en 1 januari 2028".
    // Born 1966-01-01 (60 years 4 months on 2026-05-01).
    let p = params();
    let check = |eerste: NaiveDate| {
        let f = voltijd(d(1966, 1, 1), eerste, 1998);
        ww::iow_recht(
            &f,
            &ww::uitkeringsduur(&f, &p).unwrap(),
            WwVerloop::VolledigeDuur,
            &p,
        )
        .unwrap()
        .in_venster()
    };
    assert!(check(d(2027, 12, 31)));
    assert!(!check(d(2028, 1, 1)));
}

#[test]
fn iow_needs_jareneis_and_full_ww() {
    let p = params();
    let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2021, 2023, 1800).unwrap());
    let duur = ww::uitkeringsduur(&f, &p).unwrap();
    let iow = ww::iow_recht(&f, &duur, WwVerloop::EerderBeeindigd, &p).unwrap();
    assert!(!iow.jareneis());
    assert!(!iow.ww_volledig());
    assert_eq!(iow.decision().reasons().count(), 2);
}

#[test]
fn iow_amount_caps_a_and_sets_off_income() {
    // IOW art. 10 lid 1: 0.7 × (A − B); A capped at 10/7 × Toeslagenwet amount × 21.75.
    // Toeslagenwet amount 70.00 (illustrative): cap 10/7 × 70.00 × 21.75 = 2,175.00.
    // Maandloon 3,000.00 → A = 2,175.00; B = 175.00 → 0.7 × 2,000.00 = 1,400.00; other
    // income 100.00 in full (lid 4) → 1,300.00.
    let u = ww::iow_uitkering(&IowInkomen {
        maandloon: eur(300_000),
        toeslagenwet_dagbedrag: eur(7_000),
        inkomen_uit_arbeid: eur(17_500),
        overig_inkomen: eur(10_000),
    })
    .unwrap();
    assert_eq!(u.maximum(), eur(217_500));
    assert_eq!(u.bedrag(), eur(130_000));
}

#[test]
fn jareneis_met_by_a_disability_benefit() {
    // WW art. 42 lid 2 onderdeel b: a right to a benefit under a law of art. 19 lid 1
    // onderdeel b, c or d (WIA, WAO, WAMIL) immediately before or on the first day meets the
    // jareneis without the years. Born 1990 (18 in 2008), worked 2008..=2014 only (7 years,
    // all before 2016): 7 months instead of the 3 of the wekeneis.
    let p = params();
    let f = WwFeiten::new(d(1990, 1, 1), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2008, 2014, 1800).unwrap());
    assert_eq!(ww::uitkeringsduur(&f, &p).unwrap().maanden(), 3);
    let ao = ww::uitkeringsduur(&f.arbeidsongeschiktheidsuitkering(), &p).unwrap();
    assert!(ao.jareneis().voldaan() && ao.jareneis().arbeidsongeschiktheidsuitkering());
    assert_eq!(ao.maanden(), 7);
    assert!(
        ao.decision().cites(
            &Citation::article(Regulation::Werkloosheidswet, "42")
                .lid(2)
                .onderdeel("b")
        )
    );
}

#[test]
fn duration_grounds_explain_the_arithmetic() {
    // The grounds of the UWV "Jeroen" example, exactly as a caseworker sees them in English.
    let f = voltijd(d(1978, 3, 10), d(2022, 5, 2), 1998);
    let decision = ww::uitkeringsduur(&f, &params()).unwrap().decision();
    let lines: Vec<String> = decision.grounds().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        vec![
            "WW art. 42 lid 2 onderdeel a: You received wage over 208 or more hours (before \
             2013: 52 or more days) in 5 of the calendar years 2017 to 2021; at least 4 are \
             required. You meet the jareneis.",
            "WW art. 42 lid 6: Your employment record is 26 years: 2 years from the year you \
             turned 18 up to 1998, 18 years with wage from 1998 to 2015 and 6 years with wage \
             from 2016.",
            "WW art. 42 lid 2: The first ten years of the record give one month of benefit \
             each, further years before 2016 one month each and further years from 2016 half a \
             month each: 23 months in all.",
            "WW art. 42 lid 1: The duration counts from 2022-05-02, the first day your right to \
             benefit arose. The last day of the duration is 2024-04-01.",
        ]
    );
}

#[test]
fn no_iow_when_the_ww_runs_into_the_aow_age() {
    // Born 1958-06-01, AOW date 2025-06-01; WW from 2024-09-02 is cut at the AOW date, so it
    // never runs its full duration (IOW art. 3 lid 4) and the IOW would start after the AOW
    // date (IOW art. 6 lid 1 onderdeel f).
    let p = params();
    let f = voltijd(d(1958, 6, 1), d(2024, 9, 2), 1998);
    let duur = ww::uitkeringsduur(&f, &p).unwrap();
    let iow = ww::iow_recht(&f, &duur, WwVerloop::VolledigeDuur, &p).unwrap();
    assert!(iow.oud_genoeg() && iow.in_venster() && iow.jareneis());
    assert!(!iow.ww_volledig());
    assert!(!iow.uitkomst().is_eligible());
    let cited: Vec<String> = iow
        .decision()
        .reasons()
        .map(|g| g.citation().to_string())
        .collect();
    assert_eq!(
        cited,
        vec!["IOW art. 3 lid 4", "IOW art. 6 lid 1 onderdeel f"]
    );
}

#[test]
fn facts_before_the_supported_period_are_refused_with_a_reason() {
    let err = WwFeiten::new(d(1960, 1, 1), d(2006, 9, 30)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "eerste_werkloosheidsdag is invalid: is before 1 October 2006; an earlier right follows \
         the WW as it read then (WW art. 130o)"
    );
    assert_eq!(
        err.message(participatiewet::Taal::Nl),
        "eerste_werkloosheidsdag is onjuist: ligt vóór 1 oktober 2006; een eerder recht volgt de \
         WW zoals die toen luidde (WW art. 130o)"
    );
    assert!(WwFeiten::new(d(1960, 1, 1), d(2006, 10, 1)).is_ok());
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<WwFeiten>();
    assert_send_sync::<participatiewet::ww::WwRecht>();
    assert_send_sync::<participatiewet::ww::Uitkeringsduur>();
    assert_send_sync::<participatiewet::ww::IowRecht>();
    assert_send_sync::<participatiewet::ww::IowUitkering>();
    assert_send_sync::<participatiewet::ww::WwUitkering>();
    assert_send_sync::<participatiewet::ww::Dagloon>();
    assert_send_sync::<Werkverleden>();
    assert_send_sync::<Kalenderjaar>();
    assert_send_sync::<participatiewet::ww::Uitsluitingen>();
}

// ---------------------------------------------------------------------------------------------
// Issue #11: the phase-in is WW art. 42d, and the open points settled from the law text
// ---------------------------------------------------------------------------------------------

/// A person with A = 38: born 1956 (18 in 1974: 24 fictitious years to 1998) and wage in every
/// year from 1998 (18 more before 2016), so 42 years on 2016-01-01, capped at 38.
fn a_38(eerste: NaiveDate) -> ww::Uitkeringsduur {
    let f = WwFeiten::new(d(1956, 1, 10), eerste)
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(1998, eerste.year() - 1, 1800).unwrap());
    ww::uitkeringsduur(&f, &params()).unwrap()
}

#[test]
fn phase_in_is_art_42d_with_its_boundaries() {
    // WW art. 42d lid 1 (text of 2017-01-01): "A – B … ten minste 24 maanden … A … met een
    // maximum van 38; en B voor het aantal kalenderkwartalen met ingang van 1 januari 2016 tot
    // en met het kalenderkwartaal waarin de eerste werkloosheidsdag is gelegen"; lid 2: "Dit
    // artikel vervalt met ingang van 1 april 2019".
    let art_42d = Citation::article(Regulation::Werkloosheidswet, "42d").lid(1);
    // 2016-01-04: B = 1 (2016-Q1): 38 − 1 = 37 months.
    let eerste = a_38(d(2016, 1, 4));
    assert_eq!(eerste.maanden(), 37);
    assert_eq!(eerste.regel(), Duurregel::Overgangsrecht);
    assert_eq!(eerste.overgang().map(|o| (o.a(), o.b())), Some((38, 1)));
    assert!(eerste.decision().cites(&art_42d));
    // The phase-in was cited as art. 42 lid 1 before: no longer.
    let ground = eerste.decision().ground("ww_overgang").unwrap().clone();
    assert_eq!(ground.citation(), &art_42d);
    // 2019-03-29: B = 13 (2019-Q1): 38 − 13 = 25 months.
    let laatste = a_38(d(2019, 3, 29));
    assert_eq!(laatste.maanden(), 25);
    assert_eq!(laatste.overgang().map(|o| o.b()), Some(13));
    assert!(laatste.decision().cites(&art_42d));
    // 2019-04-01: art. 42d has lapsed: 24 months under art. 42.
    let daarna = a_38(d(2019, 4, 1));
    assert_eq!(daarna.maanden(), 24);
    assert_eq!(daarna.overgang(), None);
    assert!(!daarna.decision().cites(&art_42d));
}

#[test]
fn art_130z_old_duration_for_a_first_day_before_2016_also_from_2015_07_01() {
    // WW art. 130z lid 1: the old Chapter II for a first day before art. XXVI onderdeel S of
    // the Wet werk en zekerheid took effect; the consolidated art. 42 still reads one month per
    // year in the versions of 2015-07-01 and 2015-12-11 and changes on 2016-01-01, so a first
    // day on 2015-07-01 keeps the old rule (one month per year, at most 38).
    let art_130z = Citation::article(Regulation::Werkloosheidswet, "130z").lid(1);
    for eerste in [d(2015, 7, 1), d(2015, 12, 31)] {
        let duur = a_38(eerste);
        assert_eq!(duur.regel(), Duurregel::Voor2016, "{eerste}");
        assert_eq!(duur.maanden(), 38, "{eerste}");
        assert!(duur.decision().cites(&art_130z));
    }
    assert_eq!(a_38(d(2016, 1, 1)).regel(), Duurregel::Overgangsrecht);
}

#[test]
fn care_years_do_not_make_the_jareneis_an_unsettled_point_pinned() {
    // WW art. 42a lid 2: care years are "voor de toepassing van artikel 42 … voor de helft
    // gelijkgesteld"; how half a year counts towards "ten minste vier kalenderjaren" is not in
    // the text. The crate counts them for the arbeidsverleden only (documented on Jareneis).
    let jaren = vec![
        Kalenderjaar::uren(2020, 0)
            .unwrap()
            .met_zorgjaar(Zorgjaar::KindOnderVijf),
        Kalenderjaar::uren(2021, 0)
            .unwrap()
            .met_zorgjaar(Zorgjaar::KindOnderVijf),
        Kalenderjaar::uren(2022, 1800).unwrap(),
        Kalenderjaar::uren(2023, 1800).unwrap(),
        Kalenderjaar::uren(2024, 1800).unwrap(),
    ];
    let w = Werkverleden::new(jaren).unwrap();
    let j = ww::jareneis(&w, d(2025, 3, 3));
    assert_eq!(j.jaren_met_loon(), 3);
    assert!(!j.voldaan());
    let a = ww::arbeidsverleden(d(1990, 1, 1), &w, d(2025, 3, 3));
    assert_eq!((a.halve_jaren_na_2015(), a.jaren_na_2015()), (2, 4));
}

#[test]
fn partly_covered_month_counts_working_days_art_1b_lid_2() {
    // WW art. 1b lid 2 onderdeel b: not the whole month: "het aantal werkdagen in die
    // kalendermaand waarop recht op uitkering heeft bestaan, vermenigvuldigd met het dagloon",
    // a week counting five working days. Right from Monday 17 March 2025 to the end of March:
    // 17..=21, 24..=28, 31 = 11 working days. Dagloon 100.00: A = 1,100.00 (not 21.75 × 100 =
    // 2,175.00); month 1 at 75% = 825.00.
    let deel = ww::werkdagen(d(2025, 3, 17), d(2025, 3, 31)).unwrap();
    assert_eq!(deel, Maanddeel::Werkdagen { werkdagen: 11 });
    let dl = ww::dagloon(eur(10_000), d(2025, 3, 17), &params()).unwrap();
    let u = ww::uitkering_per_maand(&dl, &WwMaand::new(1, deel).unwrap()).unwrap();
    assert_eq!(u.maandloon(), eur(110_000));
    assert_eq!(u.bedrag(), eur(82_500));
    assert!(
        u.decision().cites(
            &Citation::article(Regulation::Werkloosheidswet, "1b")
                .lid(2)
                .onderdeel("b")
        )
    );
    // The whole month is 21.75 days whatever its weekdays (onderdeel a).
    assert_eq!(
        ww::werkdagen(d(2025, 3, 1), d(2025, 3, 31)).unwrap(),
        Maanddeel::Volledig
    );
    // 1 to 30 March is not the whole month: 20 working days (Monday 31 March is not in it).
    assert_eq!(
        ww::werkdagen(d(2025, 3, 1), d(2025, 3, 30)).unwrap(),
        Maanddeel::Werkdagen { werkdagen: 20 }
    );
}

// ---------------------------------------------------------------------------------------------
// Issue #10: one decision shape, coded grounds, golden Dutch text, errors a form can use
// ---------------------------------------------------------------------------------------------

/// Born 1977-06-01 (18 in 1995: 3 fictitious years 1995–1997), wage 2008–2024 (8 years
/// before 2016, 9 from 2016): 20 years of arbeidsverleden; unemployed from 2025-09-01.
fn twintig_jaar() -> WwFeiten {
    voltijd(d(1977, 6, 1), d(2025, 9, 1), 2008)
}

const GOLDEN_DUUR: &str = "Besluit
Uw WW-uitkering duurt 15,5 maanden: van 1 september 2025 tot en met 15 december 2026.

Motivering
- U hebt in 5 van de kalenderjaren 2020 tot en met 2024 loon ontvangen over 208 of meer uren (vóór 2013: over 52 of meer dagen); ten minste 4 is vereist. U voldoet aan de jareneis. (artikel 42, tweede lid, onderdeel a, van de Werkloosheidswet)
- Uw arbeidsverleden is 20 jaar: 3 jaar vanaf het jaar waarin u 18 werd tot 1998, 8 jaar met loon van 1998 tot en met 2015 en 9 jaar met loon vanaf 2016. (artikel 42, zesde lid, van de Werkloosheidswet)
- De eerste tien jaar arbeidsverleden geven elk één maand uitkering, de verdere jaren vóór 2016 elk één maand en de verdere jaren vanaf 2016 elk een halve maand: samen 15,5 maanden. (artikel 42, tweede lid, van de Werkloosheidswet)
- Een halve maand telt voor 15 kalenderdagen. (artikel 42, tweede lid, van de Werkloosheidswet)
- De uitkeringsduur telt vanaf 1 september 2025, de eerste dag waarop uw recht op uitkering is ontstaan. De laatste dag van de uitkeringsduur is 15 december 2026. (artikel 42, eerste lid, van de Werkloosheidswet)
";

#[test]
fn golden_dutch_ww_duration() {
    // 10 years × 1 month + 1 further year before 2016 × 1 month + 9 years from 2016 × ½ month
    // = 15.5 months (WW art. 42 lid 2); 2025-09-01 + 15 months = 2026-12-01, + 15 days =
    // 2026-12-16, last day 2026-12-15.
    let decision = ww::uitkeringsduur(&twintig_jaar(), &params())
        .unwrap()
        .decision();
    assert_eq!(
        Motivering::new(&decision, Taal::Nl).to_string(),
        GOLDEN_DUUR
    );
}

#[test]
fn golden_dutch_ww_duration_with_bezwaarclausule() {
    let decision = ww::uitkeringsduur(&twintig_jaar(), &params())
        .unwrap()
        .decision();
    let text = Motivering::new(&decision, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2025, 8, 20)).unwrap())
        .to_string();
    let expected = format!(
        "{GOLDEN_DUUR}
Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (20 augustus 2025); uw bezwaarschrift moet uiterlijk op 1 oktober 2025 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).
"
    );
    assert_eq!(text, expected);
}

#[test]
fn golden_dutch_ww_right_and_refusal() {
    let p = params();
    let toegekend = ww::recht(&twintig_jaar(), &p).unwrap().decision();
    assert_eq!(
        Motivering::new(&toegekend, Taal::Nl).to_string(),
        "Besluit
U hebt recht op een WW-uitkering vanaf 1 september 2025.

Motivering
- U bent 38 van uw 38 arbeidsuren per week kwijtgeraakt; ten minste 5 is vereist. U bent beschikbaar voor arbeid en daarmee werkloos. (artikel 16, eerste lid, van de Werkloosheidswet)
- U hebt in 36 van de 36 kalenderweken vóór uw eerste werkloosheidsdag gewerkt; ten minste 26 is vereist. U voldoet aan de wekeneis. (artikel 17, eerste lid, van de Werkloosheidswet)
"
    );
    let f = twintig_jaar()
        .weken_gewerkt(20)
        .unwrap()
        .uitsluiting(Uitsluitingsgrond::Detentie);
    let afgewezen = ww::recht(&f, &p).unwrap().decision();
    assert!(!afgewezen.value().is_eligible());
    let redenen: Vec<String> = afgewezen.reasons().map(|g| g.text(Taal::Nl)).collect();
    assert_eq!(
        redenen,
        vec![
            "U hebt in 20 van de 36 kalenderweken vóór uw eerste werkloosheidsdag gewerkt; ten \
             minste 26 is vereist. U voldoet niet aan de wekeneis.",
            "U hebt geen recht op WW omdat u rechtens uw vrijheid bent ontnomen.",
        ]
    );
}

#[test]
fn finding_ww_right_decision_had_no_grounds() {
    // Issue #10: `WwRecht::decision()` returned `Eligibility<NaiveDate>` without grounds. Now
    // a Decision whose grounds name every test, also when eligible, each once.
    let decision = ww::recht(&twintig_jaar(), &params()).unwrap().decision();
    assert!(decision.value().is_eligible());
    assert!(decision.has("ww_werkloos") && decision.has("ww_wekeneis_voldaan"));
    assert_eq!(decision.grounds().len(), 2);
    let codes: Vec<&str> = decision.grounds().iter().map(|g| g.code().code).collect();
    let mut uniek = codes.clone();
    uniek.dedup();
    assert_eq!(codes, uniek);
}

#[test]
fn finding_grounds_are_coded_and_dutch_not_debug_names() {
    // Issue #10: grounds were English text, some built from Debug names (`Overgangsrecht`).
    let decision = a_38(d(2017, 2, 1)).decision();
    for g in decision.grounds() {
        assert!(g.is_well_formed(), "{}", g.code());
        let nl = g.text(Taal::Nl);
        assert!(
            !nl.contains("Overgangsrecht") && !nl.contains("Some("),
            "{nl}"
        );
    }
    assert!(decision.has("ww_overgang"));
}

#[test]
fn errors_name_the_wire_field_in_dutch_and_english() {
    let cases: Vec<(participatiewet::Error, &str, &str)> = vec![
        (
            WwFeiten::new(d(2000, 1, 1), d(1999, 1, 1)).unwrap_err(),
            "eerste_werkloosheidsdag",
            "invalid_facts",
        ),
        (
            WwFeiten::new(d(2020, 1, 1), d(2025, 1, 6)).unwrap_err(),
            "geboortedatum",
            "invalid_facts",
        ),
        (
            WwFeiten::new(d(1990, 1, 1), NaiveDate::MAX).unwrap_err(),
            "eerste_werkloosheidsdag",
            "date_out_of_range",
        ),
        (
            WwFeiten::new(NaiveDate::MIN, d(2025, 1, 6)).unwrap_err(),
            "geboortedatum",
            "date_out_of_range",
        ),
        (
            twintig_jaar().weken_gewerkt(37).unwrap_err(),
            "weken_gewerkt",
            "out_of_range",
        ),
        (
            twintig_jaar().uren(h(dec!(4)), h(dec!(5))).unwrap_err(),
            "verloren_uren",
            "invalid_facts",
        ),
        (
            twintig_jaar()
                .recht_ontstaan_op(d(2025, 8, 31))
                .unwrap_err(),
            "recht_ontstaan_op",
            "invalid_facts",
        ),
        (
            twintig_jaar()
                .recht_ontstaan_op(NaiveDate::MAX)
                .unwrap_err(),
            "recht_ontstaan_op",
            "date_out_of_range",
        ),
        (
            twintig_jaar()
                .jaar(Kalenderjaar::uren(2024, 1).unwrap())
                .unwrap_err(),
            "werkverleden",
            "invalid_facts",
        ),
        (
            Kalenderjaar::uren(2024, 9_000).unwrap_err(),
            "uren",
            "out_of_range",
        ),
        (
            Kalenderjaar::dagen(2013, 10).unwrap_err(),
            "jaar",
            "out_of_range",
        ),
        (
            WwMaand::new(0, Maanddeel::Volledig).unwrap_err(),
            "maand",
            "out_of_range",
        ),
        (
            WwMaand::new(1, Maanddeel::Werkdagen { werkdagen: 24 }).unwrap_err(),
            "werkdagen",
            "out_of_range",
        ),
        (
            ww::wekeneis(40).unwrap_err(),
            "weken_gewerkt",
            "out_of_range",
        ),
    ];
    for (err, field, code) in cases {
        assert_eq!(err.field(), Some(field), "{err}");
        assert_eq!(err.code(), code, "{err}");
        assert_ne!(err.message(Taal::Nl), err.message(Taal::En), "{err}");
    }
    let err = WwFeiten::new(d(2020, 1, 1), d(2025, 1, 6)).unwrap_err();
    assert_eq!(
        err.message(Taal::Nl),
        "geboortedatum is onjuist: de persoon is op de eerste werkloosheidsdag jonger dan 15 jaar"
    );
}

// ---------------------------------------------------------------------------------------------
// Issue #9: facts are data, read through their validation; unknown fields refused
// ---------------------------------------------------------------------------------------------

#[test]
fn finding_ww_facts_had_no_serde_now_round_trip_through_validation() {
    let f = twintig_jaar().uitsluiting(Uitsluitingsgrond::Wia);
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(serde_json::from_str::<WwFeiten>(&json).unwrap(), f);
    // A stored row with the first day moved before the birth date is refused on reading.
    let bad = json.replace(
        "\"eerste_werkloosheidsdag\":\"2025-09-01\"",
        "\"eerste_werkloosheidsdag\":\"1970-09-01\"",
    );
    assert!(serde_json::from_str::<WwFeiten>(&bad).is_err());
}

#[test]
fn tampered_ww_rows_are_refused() {
    let p = params();
    let f = twintig_jaar();
    let json = serde_json::to_string(&f).unwrap();
    let zonder = |key: &str, s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        v.as_object_mut().unwrap().remove(key);
        v.to_string()
    };
    let met = |key: &str, s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        v.as_object_mut()
            .unwrap()
            .insert(key.to_owned(), serde_json::Value::Bool(true));
        v.to_string()
    };
    // A removed field with legal effect does not default silently; unknown fields are refused.
    for key in [
        "recht_ontstaan_op",
        "beschikbaar",
        "arbeidsongeschiktheidsuitkering",
        "uitsluitingen",
    ] {
        assert!(
            serde_json::from_str::<WwFeiten>(&zonder(key, &json)).is_err(),
            "{key}"
        );
    }
    assert!(serde_json::from_str::<WwFeiten>(&met("beschikbaarr", &json)).is_err());
    // The AOW age is derived, never stored as an input.
    assert!(
        serde_json::from_str::<WwFeiten>(&json.replace(
            "\"uitsluitingen\":[]",
            "\"uitsluitingen\":[\"aow_leeftijd\"]"
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<WwFeiten>(&json.replace(
            "\"uitsluitingen\":[]",
            "\"uitsluitingen\":[\"wia\",\"wia\"]"
        ))
        .is_err()
    );
    // A care year's mark cannot be dropped by removing the field.
    let jaar = r#"{"jaar":2020,"dagen":0,"uren":0}"#;
    assert!(serde_json::from_str::<Kalenderjaar>(jaar).is_err());
    // A stored duration: removing the AOW date, or changing the end date, is refused.
    let duur = ww::uitkeringsduur(&voltijd(d(1958, 6, 1), d(2024, 9, 2), 1998), &p).unwrap();
    assert!(duur.afgekapt_op_aow());
    let dj = serde_json::to_string(&duur).unwrap();
    assert!(serde_json::from_str::<ww::Uitkeringsduur>(&zonder("aow_datum", &dj)).is_err());
    assert!(
        serde_json::from_str::<ww::Uitkeringsduur>(
            &dj.replace("\"afgekapt_op_aow\":true", "\"afgekapt_op_aow\":false")
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<ww::Uitkeringsduur>(&dj.replace(
            "\"einddatum\":\"2025-05-31\"",
            "\"einddatum\":\"2025-06-30\""
        ))
        .is_err()
    );
    assert!(serde_json::from_str::<ww::Uitkeringsduur>(&met("extra", &dj)).is_err());
    assert_eq!(
        serde_json::from_str::<ww::Uitkeringsduur>(&dj).unwrap(),
        duur
    );
    // A stored right whose AOW exclusion does not follow from its AOW date is refused.
    let r = ww::recht(&voltijd(d(1958, 6, 1), d(2025, 6, 2), 1998), &p).unwrap();
    let rj = serde_json::to_string(&r).unwrap();
    assert!(
        serde_json::from_str::<ww::WwRecht>(&rj.replace(
            "\"uitsluitingen\":[\"aow_leeftijd\"]",
            "\"uitsluitingen\":[]"
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<ww::WwRecht>(&rj.replace("\"werkloos\":true", "\"werkloos\":false"))
            .is_err()
    );
}

#[test]
fn json_snapshots_of_the_ww_types() {
    let p = params();
    let f = twintig_jaar();
    let duur = ww::uitkeringsduur(&f, &p).unwrap();
    assert_eq!(
        serde_json::to_string(&duur).unwrap(),
        r#"{"eerste_werkloosheidsdag":"2025-09-01","ingangsdatum":"2025-09-01","regel":"arbeidsverleden","jareneis":{"van":2020,"tot_en_met":2024,"jaren_met_loon":5,"arbeidsongeschiktheidsuitkering":false,"voldaan":true},"arbeidsverleden":{"fictieve_jaren":3,"feitelijke_jaren_voor_2016":8,"halve_jaren_voor_2016":0,"feitelijke_jaren_na_2015":9,"halve_jaren_na_2015":0,"jaren_voor_2016":11,"jaren_na_2015":9},"overgang":null,"opgebouwde_halve_maanden":31,"maximum_maanden":24,"maanden":15,"halve_maand":true,"einddatum_volledige_duur":"2026-12-15","einddatum":"2026-12-15","aow_datum":null,"afgekapt_op_aow":false}"#
    );
    let kort = WwFeiten::new(d(1977, 6, 1), d(2025, 9, 1))
        .unwrap()
        .uren(h(dec!(36)), h(dec!(36)))
        .unwrap()
        .weken_gewerkt(30)
        .unwrap()
        .jaar(Kalenderjaar::dagen(2010, 200).unwrap())
        .unwrap()
        .jaar(
            Kalenderjaar::uren(2020, 0)
                .unwrap()
                .met_zorgjaar(Zorgjaar::KindOnderVijf),
        )
        .unwrap()
        .uitsluiting(Uitsluitingsgrond::Staking);
    assert_eq!(
        serde_json::to_string(&kort).unwrap(),
        r#"{"geboortedatum":"1977-06-01","eerste_werkloosheidsdag":"2025-09-01","recht_ontstaan_op":"2025-09-01","arbeidsuren":"36","verloren_uren":"36","beschikbaar":true,"arbeidsongeschiktheidsuitkering":false,"weken_gewerkt":30,"uitsluitingen":["staking"],"werkverleden":{"jaren":[{"jaar":2010,"dagen":200,"uren":0,"zorgjaar":null},{"jaar":2020,"dagen":0,"uren":0,"zorgjaar":"kind_onder_vijf"}]}}"#
    );
    assert_eq!(
        serde_json::to_string(&ww::recht(&f, &p).unwrap()).unwrap(),
        r#"{"eerste_werkloosheidsdag":"2025-09-01","werkloosheid":{"arbeidsuren":"38","verloren_uren":"38","vereist_verlies":"5","beschikbaar":true,"werkloos":true},"wekeneis":{"weken_gewerkt":36,"voldaan":true},"uitsluitingen":[],"aow_datum":null}"#
    );
    assert_eq!(
        serde_json::to_string(&ww::iow_recht(&f, &duur, WwVerloop::VolledigeDuur, &p).unwrap())
            .unwrap(),
        r#"{"eerste_werkloosheidsdag":"2025-09-01","leeftijdsdatum":"2037-10-01","jareneis":true,"ww_verloop":"volledige_duur","afgekapt_op_aow":false,"ingangsdatum":"2026-12-16","aow_datum":null}"#
    );
    let dl = ww::dagloon(eur(30_000), d(2024, 3, 1), &p).unwrap();
    let u = ww::uitkering_per_maand(
        &dl,
        &WwMaand::new(3, Maanddeel::Werkdagen { werkdagen: 12 })
            .unwrap()
            .inkomen(eur(50_000)),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_string(&u).unwrap(),
        r#"{"dagloon":{"ongemaximeerd":"300.00","maximum":"274.44","maximum_vanaf":"2024-01-01","gemaximeerd":"274.44"},"maand":{"maand":3,"deel":{"soort":"werkdagen","werkdagen":12},"inkomen":"500.00","overig_inkomen":"0.00"},"percentage":"70","maandloon":"3293.28","verrekend_inkomen":"457.40","bedrag":"1985.12","boven_grens_einde":false}"#
    );
    // A decision with its coded grounds reads back from its JSON.
    let decision = duur.decision();
    let dj = serde_json::to_string(&decision).unwrap();
    assert_eq!(
        serde_json::from_str::<participatiewet::Decision<ww::Uitkeringsduur>>(&dj).unwrap(),
        decision
    );
    assert!(dj.starts_with(r#"{"value":{"eerste_werkloosheidsdag":"2025-09-01""#));
    assert!(dj.contains(r#"{"code":"ww_arbeidsverleden","citation":"#));
}

#[test]
fn unit_enums_display_from_str_and_labels() {
    for g in [
        Uitsluitingsgrond::Ziektewet,
        Uitsluitingsgrond::Wia,
        Uitsluitingsgrond::Wao,
        Uitsluitingsgrond::Buitenland,
        Uitsluitingsgrond::OnrechtmatigVerblijf,
        Uitsluitingsgrond::Detentie,
        Uitsluitingsgrond::OnttrekkingStraf,
        Uitsluitingsgrond::AowLeeftijd,
        Uitsluitingsgrond::Staking,
        Uitsluitingsgrond::WetArbeidEnZorg,
    ] {
        assert_eq!(g.to_string().parse::<Uitsluitingsgrond>().unwrap(), g);
        assert_eq!(g.label().wire, g.to_string());
        assert_eq!(serde_json::to_string(&g).unwrap(), format!("\"{g}\""));
    }
    for r in [
        Duurregel::Wekeneis,
        Duurregel::Arbeidsverleden,
        Duurregel::Overgangsrecht,
        Duurregel::Voor2016,
    ] {
        assert_eq!(r.to_string().parse::<Duurregel>().unwrap(), r);
        assert_eq!(r.label().wire, r.to_string());
    }
    for z in [Zorgjaar::KindOnderVijf, Zorgjaar::Persoonsgebondenbudget] {
        assert_eq!(z.to_string().parse::<Zorgjaar>().unwrap(), z);
        assert_eq!(z.label().wire, z.to_string());
    }
    for v in [WwVerloop::VolledigeDuur, WwVerloop::EerderBeeindigd] {
        assert_eq!(v.to_string().parse::<WwVerloop>().unwrap(), v);
        assert_eq!(v.label().wire, v.to_string());
    }
    assert!("onbekend".parse::<Uitsluitingsgrond>().is_err());
}

#[test]
fn stored_facts_validate_again() {
    assert!(twintig_jaar().validate().is_ok());
}

#[test]
fn tampered_nested_rows_are_refused() {
    // Overgang: A at most 38, B from 1 to 13, the outcome A − B at least 24.
    assert!(serde_json::from_str::<ww::Overgang>(r#"{"a":38,"b":5,"maximum":33}"#).is_ok());
    for bad in [
        r#"{"a":39,"b":5,"maximum":34}"#,
        r#"{"a":38,"b":0,"maximum":38}"#,
        r#"{"a":38,"b":14,"maximum":24}"#,
        r#"{"a":38,"b":5,"maximum":34}"#,
        r#"{"a":20,"b":5,"maximum":15}"#,
    ] {
        assert!(serde_json::from_str::<ww::Overgang>(bad).is_err(), "{bad}");
    }
    assert!(serde_json::from_str::<ww::Overgang>(r#"{"a":38,"b":13,"maximum":25}"#).is_ok());
    assert!(serde_json::from_str::<ww::Overgang>(r#"{"a":20,"b":1,"maximum":24}"#).is_ok());
    // Jareneis: a 5-year window, at most 5 years, met when 4 count or a disability benefit.
    let ok = r#"{"van":2020,"tot_en_met":2024,"jaren_met_loon":4,"arbeidsongeschiktheidsuitkering":false,"voldaan":true}"#;
    assert!(serde_json::from_str::<ww::Jareneis>(ok).is_ok());
    for (from, to) in [
        ("\"jaren_met_loon\":4", "\"jaren_met_loon\":3"),
        ("\"jaren_met_loon\":4", "\"jaren_met_loon\":6"),
        ("\"tot_en_met\":2024", "\"tot_en_met\":2025"),
        ("\"van\":2020", "\"van\":2021"),
    ] {
        assert!(
            serde_json::from_str::<ww::Jareneis>(&ok.replace(from, to)).is_err(),
            "{to}"
        );
    }
    let ao = ok
        .replace("\"jaren_met_loon\":4", "\"jaren_met_loon\":0")
        .replace(
            "\"arbeidsongeschiktheidsuitkering\":false",
            "\"arbeidsongeschiktheidsuitkering\":true",
        );
    assert!(serde_json::from_str::<ww::Jareneis>(&ao).is_ok());
    let five = ok.replace("\"jaren_met_loon\":4", "\"jaren_met_loon\":5");
    assert!(serde_json::from_str::<ww::Jareneis>(&five).is_ok());
    // Arbeidsverleden: the whole years follow from the counts (art. 42 lid 4 and 5).
    let av = r#"{"fictieve_jaren":2,"feitelijke_jaren_voor_2016":10,"halve_jaren_voor_2016":3,"feitelijke_jaren_na_2015":4,"halve_jaren_na_2015":1,"jaren_voor_2016":13,"jaren_na_2015":5}"#;
    assert!(serde_json::from_str::<ww::Arbeidsverleden>(av).is_ok());
    assert!(
        serde_json::from_str::<ww::Arbeidsverleden>(
            &av.replace("\"jaren_na_2015\":5", "\"jaren_na_2015\":4")
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<ww::Arbeidsverleden>(
            &av.replace("\"jaren_voor_2016\":13", "\"jaren_voor_2016\":14")
        )
        .is_err()
    );
}

#[test]
fn tampered_rows_of_the_right_the_dagloon_and_the_history_are_refused() {
    // Wekeneis and Werkloosheid: the outcome follows from the numbers.
    assert!(serde_json::from_str::<ww::Wekeneis>(r#"{"weken_gewerkt":26,"voldaan":true}"#).is_ok());
    assert!(
        serde_json::from_str::<ww::Wekeneis>(r#"{"weken_gewerkt":25,"voldaan":true}"#).is_err()
    );
    assert!(
        serde_json::from_str::<ww::Wekeneis>(r#"{"weken_gewerkt":37,"voldaan":true}"#).is_err()
    );
    let w = r#"{"arbeidsuren":"8","verloren_uren":"4","vereist_verlies":"4","beschikbaar":true,"werkloos":true}"#;
    assert!(serde_json::from_str::<ww::Werkloosheid>(w).is_ok());
    assert!(
        serde_json::from_str::<ww::Werkloosheid>(
            &w.replace("\"vereist_verlies\":\"4\"", "\"vereist_verlies\":\"5\"")
        )
        .is_err()
    );
    // Dagloon: the capped amount is the lower of the two.
    let dl = r#"{"ongemaximeerd":"300.00","maximum":"274.44","maximum_vanaf":"2024-01-01","gemaximeerd":"274.44"}"#;
    assert!(serde_json::from_str::<ww::Dagloon>(dl).is_ok());
    assert!(
        serde_json::from_str::<ww::Dagloon>(
            &dl.replace("\"gemaximeerd\":\"274.44\"", "\"gemaximeerd\":\"300.00\"")
        )
        .is_err()
    );
    // Kalenderjaar: days before 2013, hours from 2013.
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2012,"dagen":52,"uren":0,"zorgjaar":null}"#
        )
        .is_ok()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2012,"dagen":52,"uren":8,"zorgjaar":null}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2013,"dagen":1,"uren":208,"zorgjaar":null}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(r#"{"jaar":1899,"dagen":1,"uren":0,"zorgjaar":null}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(r#"{"jaar":2200,"dagen":0,"uren":1,"zorgjaar":null}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2012,"dagen":367,"uren":0,"zorgjaar":null}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2012,"dagen":366,"uren":0,"zorgjaar":null}"#
        )
        .is_ok()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2024,"dagen":0,"uren":8784,"zorgjaar":null}"#
        )
        .is_ok()
    );
    assert!(
        serde_json::from_str::<Kalenderjaar>(
            r#"{"jaar":2024,"dagen":0,"uren":8785,"zorgjaar":null}"#
        )
        .is_err()
    );
    // Werkverleden: ascending years, each once.
    let twee = r#"{"jaren":[{"jaar":2024,"dagen":0,"uren":1,"zorgjaar":null},{"jaar":2023,"dagen":0,"uren":2,"zorgjaar":null}]}"#;
    assert!(serde_json::from_str::<Werkverleden>(twee).is_err());
}

#[test]
fn the_amount_decision_refuses_when_income_ends_the_right() {
    // WW art. 20 lid 1 onderdeel c: income × C/D above 87.5% of the maandloon ends the right.
    let dl = ww::dagloon(eur(10_000), d(2024, 3, 1), &params()).unwrap();
    let boven = ww::uitkering_per_maand(&dl, &maand(3, eur(190_313), Money::ZERO)).unwrap();
    let decision = boven.decision();
    assert!(!decision.value().is_eligible());
    assert!(decision.has("ww_inkomen_grens"));
    assert_eq!(decision.reasons().count(), 1);
    assert_eq!(
        decision.outcome().text(Taal::Nl),
        "Uw recht op WW eindigt met ingang van maand 3 van uw recht."
    );
    let op = ww::uitkering_per_maand(&dl, &maand(3, eur(190_312), Money::ZERO)).unwrap();
    assert_eq!(op.uitkomst().value(), Some(&op.bedrag()));
    assert!(op.decision().has("ww_formule") && op.decision().has("ww_inkomen"));
}

/// WW art. 17 lid 1: the wekeneis is met with at least 26 of the 36 weeks worked; the accessors
/// give what the rule decided (each could be replaced by a constant without another test
/// noticing).
#[test]
fn the_wekeneis_and_availability_as_decided() {
    use participatiewet::ww::{WwFeiten, wekeneis, werkloosheid};
    let w25 = wekeneis(25).unwrap();
    let w26 = wekeneis(26).unwrap();
    assert_eq!((w25.weken_gewerkt(), w25.voldaan()), (25, false));
    assert_eq!((w26.weken_gewerkt(), w26.voldaan()), (26, true));
    assert_eq!(wekeneis(36).unwrap().weken_gewerkt(), 36);
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let f = WwFeiten::new(day(1990, 1, 1), day(2025, 1, 6)).unwrap();
    assert!(werkloosheid(&f).beschikbaar());
    // WW art. 16 lid 1: who is not available for work is not unemployed.
    let niet = f.niet_beschikbaar();
    assert!(!werkloosheid(&niet).beschikbaar());
}

/// WW art. 16 and 19 lid 1 onderdeel i in the decision: each refusal names its own ground.
/// - available but too few hours lost: `ww_niet_werkloos` (art. 16), not `ww_niet_beschikbaar`;
/// - not available: `ww_niet_beschikbaar` (art. 16 lid 1 b);
/// - born 1958-06-01, AOW age 67 on 2025-06-01 (AOW art. 7a; the bundled table), unemployed
///   from 2025-06-02: `ww_aow_leeftijd` with that date, not the general exclusion ground.
#[test]
fn each_refusal_of_the_ww_right_names_its_own_ground() {
    use participatiewet::ww::{self, WwFeiten};
    use participatiewet::{Hours, Parameters, Value};
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let p = Parameters::bundled();
    let uren = |h: i64| Hours::new(rust_decimal::Decimal::from(h)).unwrap();
    let weinig = WwFeiten::new(day(1990, 1, 1), day(2025, 1, 6))
        .unwrap()
        .uren(uren(38), uren(1))
        .unwrap()
        .weken_gewerkt(36)
        .unwrap();
    let d = ww::recht(&weinig, &p).unwrap().decision();
    assert!(d.has("ww_niet_werkloos") && !d.has("ww_niet_beschikbaar"));
    let niet = weinig.niet_beschikbaar();
    let d = ww::recht(&niet, &p).unwrap().decision();
    assert!(d.has("ww_niet_beschikbaar") && !d.has("ww_niet_werkloos"));
    let aow = WwFeiten::new(day(1958, 6, 1), day(2025, 6, 2))
        .unwrap()
        .uren(uren(38), uren(38))
        .unwrap()
        .weken_gewerkt(36)
        .unwrap();
    let d = ww::recht(&aow, &p).unwrap().decision();
    let g = d.ground("ww_aow_leeftijd").expect("the AOW ground");
    assert_eq!(g.value("datum"), Some(Value::Date(day(2025, 6, 1))));
}

#[test]
fn phase_in_and_maximum_grounds_carry_the_figures_of_art_42d_and_42() {
    // WW art. 42d lid 1: A – B with A = 38 and B = 1 for a first day in 2016-Q1: 37 months.
    let eerste = a_38(d(2016, 1, 4)).decision();
    let overgang = eerste.ground("ww_overgang").unwrap();
    let waarden: Vec<_> = ["a", "b", "uitkomst", "maanden"]
        .iter()
        .map(|n| overgang.value(n))
        .collect();
    assert_eq!(
        waarden,
        [38, 1, 37, 37].map(|n| Some(participatiewet::Value::Count(n)))
    );
    // WW art. 42 lid 1 (from 2019-04-01): a record of 42 years builds more than 24 months, so
    // the maximum is a ground of its own.
    let begrensd = a_38(d(2019, 4, 1)).decision();
    let maximum = begrensd.ground("ww_duur_maximum").unwrap();
    assert_eq!(
        maximum.value("maanden"),
        Some(participatiewet::Value::Count(24))
    );
    // Ten years of record build ten months, under the maximum: no maximum ground.
    let kort = WwFeiten::new(d(1990, 1, 10), d(2025, 9, 1))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2015, 2024, 1800).unwrap());
    let kort = ww::uitkeringsduur(&kort, &params()).unwrap().decision();
    assert!(kort.has("ww_opbouw"));
    assert!(!kort.has("ww_duur_maximum"));
}

// ---------------------------------------------------------------------------------------------
// Boundaries the mutation run found untested
// ---------------------------------------------------------------------------------------------

#[test]
fn age_15_on_the_first_day_is_enough_and_the_right_may_start_on_that_day() {
    // WW art. 3 lid 1 with art. 15: the werknemer is at least 15; one day younger is refused.
    let eerste = d(2025, 1, 6);
    assert!(WwFeiten::new(d(2010, 1, 6), eerste).is_ok());
    let err = WwFeiten::new(d(2010, 1, 7), eerste).unwrap_err();
    assert_eq!(err.field(), Some("geboortedatum"));
    // The right may arise on the first day of unemployment itself (art. 42 lid 1), not before.
    let f = WwFeiten::new(d(1990, 1, 1), eerste).unwrap();
    assert_eq!(
        f.clone().recht_ontstaan_op(eerste).unwrap().ingangsdatum(),
        eerste
    );
    assert!(f.recht_ontstaan_op(d(2025, 1, 5)).is_err());
}

#[test]
fn years_outside_1998_to_the_year_before_the_first_day_do_not_count() {
    // WW art. 42 lid 5 and lid 6 onderdeel a, b: actual years from 1998 up to the calendar
    // year before the first day of unemployment. Born 1990 (18 in 2008): no fictitious years.
    let w = Werkverleden::doorlopend(1995, 2025, 1800).unwrap();
    let a = ww::arbeidsverleden(d(1990, 1, 1), &w, d(2025, 3, 1));
    assert_eq!(a.fictieve_jaren(), 0);
    // 1998–2015 and 2016–2024; 1995–1997 and 2025 are not counted.
    assert_eq!(a.feitelijke_jaren_voor_2016(), 18);
    assert_eq!(a.feitelijke_jaren_na_2015(), 9);
    assert_eq!(a.jaren(), 27);
    assert_eq!((a.halve_jaren_voor_2016(), a.halve_jaren_na_2015()), (0, 0));
}

#[test]
fn care_years_before_and_from_2016_count_half_each_and_are_added() {
    // WW art. 42a: a year of care for a child under five counts half; the ground names the
    // care years before and from 2016 together.
    let mut w = Werkverleden::doorlopend(2000, 2009, 1800).unwrap();
    w.insert(
        Kalenderjaar::dagen(2010, 0)
            .unwrap()
            .met_zorgjaar(Zorgjaar::KindOnderVijf),
    )
    .unwrap();
    for jaar in 2019..=2024 {
        w.insert(Kalenderjaar::uren(jaar, 1800).unwrap()).unwrap();
    }
    for jaar in [2017, 2018] {
        w.insert(
            Kalenderjaar::uren(jaar, 0)
                .unwrap()
                .met_zorgjaar(Zorgjaar::KindOnderVijf),
        )
        .unwrap();
    }
    let f = WwFeiten::new(d(1982, 1, 1), d(2025, 9, 1))
        .unwrap()
        .werkverleden(w.clone());
    let a = ww::arbeidsverleden(d(1982, 1, 1), &w, d(2025, 9, 1));
    assert_eq!(a.halve_jaren_voor_2016(), 1);
    assert_eq!(a.halve_jaren_na_2015(), 2);
    let decision = ww::uitkeringsduur(&f, &params()).unwrap().decision();
    let zorg = decision.ground("ww_zorgjaren").unwrap();
    assert_eq!(zorg.value("jaren"), Some(participatiewet::Value::Count(3)));
}

#[test]
fn the_dagloon_is_capped_only_above_the_maximum() {
    // WW art. 17 lid 1 with the Regeling: the maximum dagloon; a dagloon equal to it is not
    // capped, one cent more is.
    let p = params();
    let peil = d(2024, 3, 1);
    let laag = ww::dagloon(Money::from_cents(10_000).unwrap(), peil, &p).unwrap();
    assert!(!laag.is_gemaximeerd());
    let max = laag.maximum();
    let gelijk = ww::dagloon(max, peil, &p).unwrap();
    assert!(!gelijk.is_gemaximeerd());
    assert_eq!(gelijk.gemaximeerd(), max);
    let boven = ww::dagloon(
        max.checked_add(Money::from_cents(1).unwrap()).unwrap(),
        peil,
        &p,
    )
    .unwrap();
    assert!(boven.is_gemaximeerd());
    assert_eq!(boven.gemaximeerd(), max);
}

#[test]
fn income_of_exactly_87_5_percent_does_not_end_the_right_one_cent_more_does() {
    // WW art. 20 lid 1 onderdeel c: the right ends when the income exceeds 87.5% of the
    // monthly wage. Dagloon 120.00 in 2025: A = 21.75 × 120.00 = 2,610.00; 87.5% = 2,283.75.
    let p = params();
    let dagloon = ww::dagloon(Money::from_cents(12_000).unwrap(), d(2025, 2, 1), &p).unwrap();
    let maand = |cents| {
        WwMaand::new(3, Maanddeel::Volledig)
            .unwrap()
            .inkomen(Money::from_cents(cents).unwrap())
    };
    let gelijk = ww::uitkering_per_maand(&dagloon, &maand(228_375)).unwrap();
    assert!(!gelijk.boven_grens_einde());
    let boven = ww::uitkering_per_maand(&dagloon, &maand(228_376)).unwrap();
    assert!(boven.boven_grens_einde());
}

#[test]
fn a_stored_ww_amount_or_iow_right_that_does_not_follow_is_refused() {
    let p = params();
    let dagloon = ww::dagloon(Money::from_cents(12_000).unwrap(), d(2025, 2, 1), &p).unwrap();
    let u =
        ww::uitkering_per_maand(&dagloon, &WwMaand::new(1, Maanddeel::Volledig).unwrap()).unwrap();
    let json = serde_json::to_string(&u).unwrap();
    assert_eq!(serde_json::from_str::<ww::WwUitkering>(&json).unwrap(), u);
    let bad = json.replace("1957.50", "1957.51");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<ww::WwUitkering>(&bad).is_err());
    // An IOW right that would start on the first day of unemployment is refused.
    let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2019, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&f, &p).unwrap();
    let iow = ww::iow_recht(&f, &duur, ww::WwVerloop::VolledigeDuur, &p).unwrap();
    // IOW art. 6 lid 1 onderdeel f: the right ends on the AOW date, which the table knows.
    assert!(iow.aow_datum().is_some());
    assert_eq!(iow.aow_datum(), p.aow_datum(d(1964, 9, 1)).ok());
    let json = serde_json::to_string(&iow).unwrap();
    assert_eq!(serde_json::from_str::<ww::IowRecht>(&json).unwrap(), iow);
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["ingangsdatum"] = serde_json::Value::String("2025-01-06".into());
    assert!(serde_json::from_str::<ww::IowRecht>(&v.to_string()).is_err());
}

/// A person of 60 years and 4 months on 2025-01-01, unemployed from 2025-01-06, jareneis met:
/// an IOW right after the full WW duration.
fn iow_recht_60() -> ww::IowRecht {
    let p = params();
    let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2019, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&f, &p).unwrap();
    ww::iow_recht(&f, &duur, ww::WwVerloop::VolledigeDuur, &p).unwrap()
}

#[test]
fn the_iow_is_granted_from_its_start_and_not_from_the_aow_date_on() {
    // IOW art. 2 with art. 6 lid 1 onderdeel f: the right starts after the WW and ends on the
    // AOW date, so a start on the AOW date itself gives no right.
    let iow = iow_recht_60();
    let start = iow.ingangsdatum();
    assert_eq!(iow.uitkomst().value(), Some(&start));
    let decision = iow.decision();
    assert_eq!(decision.outcome().code().code, "iow_recht_toegekend");
    assert_eq!(
        decision.outcome().value("datum"),
        Some(participatiewet::Value::Date(start))
    );
    let met_aow = |aow: NaiveDate| {
        let mut v = serde_json::to_value(iow).unwrap();
        v["aow_datum"] = serde_json::Value::String(aow.to_string());
        serde_json::from_value::<ww::IowRecht>(v).unwrap()
    };
    assert!(!met_aow(start).uitkomst().is_eligible());
    assert_eq!(
        met_aow(start).decision().outcome().code().code,
        "iow_recht_afgewezen"
    );
    let dag_erna = start.succ_opt().unwrap();
    assert!(met_aow(dag_erna).uitkomst().is_eligible());
}

#[test]
fn a_stored_iow_amount_that_does_not_follow_is_refused() {
    // IOW art. 10: the amount follows from the monthly wage, the Toeslagenwet amount and the
    // income; a stored row with another amount is refused.
    let i = IowInkomen {
        maandloon: Money::from_cents(300_000).unwrap(),
        toeslagenwet_dagbedrag: Money::from_cents(7_000).unwrap(),
        inkomen_uit_arbeid: Money::ZERO,
        overig_inkomen: Money::ZERO,
    };
    let u = ww::iow_uitkering(&i).unwrap();
    let json = serde_json::to_string(&u).unwrap();
    assert_eq!(serde_json::from_str::<ww::IowUitkering>(&json).unwrap(), u);
    let bad = json.replace("1522.50", "1600.00");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<ww::IowUitkering>(&bad).is_err());
}

#[test]
fn month_parts_read_back_print_and_count_working_days_in_one_month() {
    // WW art. 1b lid 2 onderdeel b: a calendar week has five working days, so a part month
    // has at most 23 of them.
    assert_eq!(WwMaand::new(3, Maanddeel::Volledig).unwrap().maand(), 3);
    let deel = |n: u32| {
        serde_json::from_str::<Maanddeel>(&format!(r#"{{"soort":"werkdagen","werkdagen":{n}}}"#))
    };
    assert_eq!(deel(23).unwrap(), Maanddeel::Werkdagen { werkdagen: 23 });
    assert!(deel(24).is_err());
    assert_eq!(Maanddeel::Volledig.to_string(), "volledig");
    assert_eq!(
        Maanddeel::Werkdagen { werkdagen: 13 }.to_string(),
        "werkdagen: 13"
    );
    // One day is a part month of one working day (a Wednesday); the day before the first is
    // refused, and so is a day in the next month.
    let woensdag = d(2025, 1, 15);
    assert_eq!(
        ww::werkdagen(woensdag, woensdag).unwrap(),
        Maanddeel::Werkdagen { werkdagen: 1 }
    );
    assert!(ww::werkdagen(woensdag, d(2025, 1, 14)).is_err());
    assert!(ww::werkdagen(woensdag, d(2025, 2, 3)).is_err());
    assert!(ww::werkdagen(d(2025, 1, 31), d(2025, 2, 1)).is_err());
}

#[test]
fn the_weeks_test_alone_gives_three_months_under_the_maximum_of_its_day() {
    // WW art. 42 lid 1: without the jareneis the duration is three months; the maximum is 24
    // months from 2016 (art. 42 lid 1, Wet werk en zekerheid) and 38 before (art. 130z).
    let p = params();
    let nu = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6)).unwrap(), &p).unwrap();
    assert_eq!(nu.regel(), Duurregel::Wekeneis);
    assert_eq!(nu.opgebouwde_halve_maanden(), 6);
    assert_eq!(nu.maanden(), 3);
    assert_eq!(nu.maximum_maanden(), 24);
    let toen =
        ww::uitkeringsduur(&WwFeiten::new(d(1980, 3, 1), d(2015, 3, 2)).unwrap(), &p).unwrap();
    assert_eq!(toen.regel(), Duurregel::Wekeneis);
    assert_eq!(toen.opgebouwde_halve_maanden(), 6);
    assert_eq!(toen.maximum_maanden(), 38);
    let eerste_dag =
        ww::uitkeringsduur(&WwFeiten::new(d(1980, 3, 1), d(2016, 1, 1)).unwrap(), &p).unwrap();
    assert_eq!(eerste_dag.maximum_maanden(), 24);
}

#[test]
fn exclusions_are_a_set_in_the_order_of_art_19_and_the_end_date_has_a_shortcut() {
    use participatiewet::ww::Uitsluitingen;
    // WW art. 19 lid 1: each ground is an onderdeel; adding one twice keeps it once.
    assert_eq!(Uitsluitingsgrond::AowLeeftijd.onderdeel(), "i");
    assert_eq!(Uitsluitingsgrond::Ziektewet.onderdeel(), "a");
    let set = Uitsluitingen::default()
        .with(Uitsluitingsgrond::Wia)
        .with(Uitsluitingsgrond::Ziektewet)
        .with(Uitsluitingsgrond::Wia);
    assert!(set.contains(Uitsluitingsgrond::Wia));
    assert_eq!(set.first(), Some(Uitsluitingsgrond::Ziektewet));
    assert_eq!(set.iter().count(), 2);
    // `einddatum` is the duration's end date: three months from 2025-01-06 end on 2025-04-05.
    let f = WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6)).unwrap();
    assert_eq!(ww::einddatum(&f, &params()).unwrap(), d(2025, 4, 5));
    assert_eq!(
        ww::einddatum(&f, &params()).unwrap(),
        ww::uitkeringsduur(&f, &params()).unwrap().einddatum()
    );
}

#[test]
fn a_calendar_year_holds_at_most_366_days_or_24_x_366_hours_and_its_care() {
    // WW art. 42 lid 5 and 6: a year counts by days before 2013 and by hours from 2013; a
    // year has at most 366 days of 24 hours.
    assert!(Kalenderjaar::dagen(2012, 366).is_ok());
    assert!(Kalenderjaar::dagen(2012, 367).is_err());
    // The error says which years count by days: up to 2012.
    match Kalenderjaar::dagen(2013, 10).unwrap_err() {
        participatiewet::Error::OutOfRange { field, max, .. } => {
            assert_eq!((field.as_ref(), max.as_str()), ("jaar", "2012"));
        }
        other => panic!("{other:?}"),
    }
    assert!(Kalenderjaar::dagen(2012, 10).is_ok());
    assert!(Kalenderjaar::uren(2024, 24 * 366).is_ok());
    match Kalenderjaar::uren(2024, 24 * 366 + 1).unwrap_err() {
        participatiewet::Error::OutOfRange { field, max, .. } => {
            assert_eq!((field.as_ref(), max.as_str()), ("uren", "8784"));
        }
        other => panic!("{other:?}"),
    }
    assert!(Kalenderjaar::uren(2199, 0).is_ok());
    assert!(Kalenderjaar::uren(2200, 0).is_err());
    let zorg = Kalenderjaar::uren(2020, 0)
        .unwrap()
        .met_zorgjaar(Zorgjaar::KindOnderVijf);
    assert_eq!(zorg.zorgjaar(), Some(Zorgjaar::KindOnderVijf));
}

#[test]
fn a_care_year_counts_half_only_when_it_does_not_count_in_full() {
    // WW art. 42a lid 2 and 3: "niet reeds in aanmerking genomen"; art. 42 lid 2 onderdeel a:
    // 208 hours (from 2013) or 52 days (before) make a year count in full.
    let zorg = |j: Kalenderjaar| j.met_zorgjaar(Zorgjaar::KindOnderVijf);
    assert!(zorg(Kalenderjaar::uren(2020, 0).unwrap()).telt_half());
    assert!(zorg(Kalenderjaar::uren(2020, 207).unwrap()).telt_half());
    assert!(!zorg(Kalenderjaar::uren(2020, 208).unwrap()).telt_half());
    assert!(Kalenderjaar::uren(2020, 208).unwrap().telt_volledig());
    assert!(!Kalenderjaar::uren(2020, 0).unwrap().telt_half());
    assert!(!Kalenderjaar::uren(2020, 500).unwrap().telt_half());
    assert!(zorg(Kalenderjaar::dagen(2010, 51).unwrap()).telt_half());
    assert!(!zorg(Kalenderjaar::dagen(2010, 52).unwrap()).telt_half());
}

#[test]
fn a_jareneis_met_by_a_disability_benefit_without_record_still_gives_three_months() {
    // WW art. 42 lid 2 onderdeel b meets the jareneis without wage years; with no record the
    // build-up is zero, and art. 42 lid 1's three months are the floor.
    let p = params();
    for eerste in [d(2025, 1, 6), d(2015, 3, 2)] {
        let f = WwFeiten::new(d(1990, 1, 1), eerste)
            .unwrap()
            .arbeidsongeschiktheidsuitkering();
        let duur = ww::uitkeringsduur(&f, &p).unwrap();
        assert!(duur.jareneis().voldaan());
        assert_ne!(duur.regel(), Duurregel::Wekeneis, "{eerste}");
        assert_eq!(duur.opgebouwde_halve_maanden(), 0, "{eerste}");
        assert_eq!((duur.maanden(), duur.halve_maanden()), (3, 6), "{eerste}");
    }
}
