//! Hand-checked vectors for the loonwaarde domain. Every amount below is computed by hand in
//! the comment from the bundled parameters (WML per month, youth scale, werkgeverslasten) and
//! the articles cited; the code is never asked to echo itself.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use chrono::NaiveDate;
use participatiewet::loonwaarde::{
    Context, Event, LksUitkomst, State, Termijn, Uitsluiting, prestatie,
};
use participatiewet::{
    Citation, Dienstbetrekking, DoelgroepAanvraag, Hoofdtaak, LksBerekening, LksGrondslag,
    Loonwaardemeting, Normfunctie, Parameters, Regulation, doelgroep_loonkostensubsidie,
    lks_berekenen, loonkostensubsidie, loonwaarde_meten,
};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn job(birth: NaiveDate, uren: &str, voltijd: &str, start: NaiveDate) -> Dienstbetrekking {
    Dienstbetrekking::new(
        birth,
        uren.parse().unwrap(),
        voltijd.parse().unwrap(),
        start,
        false,
    )
    .unwrap()
}

fn lks(baan: &Dienstbetrekking, g: LksGrondslag, peildatum: NaiveDate) -> LksBerekening {
    match lks_berekenen(baan, g, peildatum, &Parameters::bundled()).unwrap() {
        LksUitkomst::Subsidie(b) => b,
        other => panic!("expected a subsidy, got {other:?}"),
    }
}

fn lw(p: &str) -> LksGrondslag {
    LksGrondslag::Loonwaarde(p.parse().unwrap())
}

const ART_10D_LID_4: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(4);

fn drie_taken() -> Loonwaardemeting {
    Loonwaardemeting::new(
        d(2024, 3, 1),
        Normfunctie::new("medewerker wasserij", "38".parse().unwrap()).unwrap(),
        "32".parse().unwrap(),
        4,
        vec![
            Hoofdtaak::new(
                "strijken en vouwen",
                "16".parse().unwrap(),
                dec!(110),
                "90".parse().unwrap(),
                "80".parse().unwrap(),
            ),
            Hoofdtaak::new(
                "uitgifte",
                "10".parse().unwrap(),
                dec!(70),
                "100".parse().unwrap(),
                "90".parse().unwrap(),
            ),
            Hoofdtaak::new(
                "sorteren",
                "6".parse().unwrap(),
                dec!(80),
                "75".parse().unwrap(),
                "100".parse().unwrap(),
            ),
        ],
    )
}

/// Besluit LKS 2021 art. 1 (hoofdtaak, factors), art. 3 lid 1 (sum, whole percents); the
/// combination per task (art. 5) as a product (unverified reading), tempo capped at 100.
/// Week 32 h over 4 days.
/// - strijken: 16/32 = 50%; min(110,100) × 90% × 80% = 72%; 50% × 72% = 36
/// - uitgifte: 10/32 = 31.25%; 70 × 100% × 90% = 63%; 31.25% × 63 = 19.6875
/// - sorteren: 6/32 = 18.75%; 80 × 75% × 100% = 60%; 18.75% × 60 = 11.25
///
/// Total 66.9375 -> 67%.
#[test]
fn loonwaarde_from_three_hoofdtaken() {
    let r = loonwaarde_meten(&drie_taken()).unwrap();
    assert_eq!(r.taken[0].prestatie, dec!(72));
    assert_eq!(r.taken[0].tempo, dec!(100));
    assert_eq!(r.taken[1].bijdrage, dec!(19.6875));
    assert_eq!(r.taken[2].bijdrage, dec!(11.25));
    assert_eq!(r.totaal, dec!(66.9375));
    assert_eq!(r.loonwaarde.to_string(), "67%");
    let dec = r.decision();
    assert!(dec.cites(&Citation::article(Regulation::BesluitLoonkostensubsidie2021, "3").lid(1)));
    assert_eq!(dec.grounds.len(), 2 + 3 + 1);
}

#[test]
fn prestatie_is_the_product_with_tempo_capped() {
    assert_eq!(prestatie(dec!(150), dec!(50), dec!(50)), dec!(25));
    assert_eq!(prestatie(dec!(0), dec!(100), dec!(100)), dec!(0));
}

#[test]
fn invalid_measurements_name_the_task() {
    // 1/16 of 32 h = 2 h: a task of 1.5 h is not a hoofdtaak (Besluit art. 1)
    let mut m = drie_taken();
    m.hoofdtaken[2].uren_per_week = "1.5".parse().unwrap();
    m.hoofdtaken[0].uren_per_week = "20.5".parse().unwrap();
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(e.contains("hoofdtaak 3 (sorteren)"), "{e}");
    assert!(e.contains("1/16"), "{e}");

    // 2.5 h over 6 days = 25 minutes a day: under 30 minutes (week 36 h: 1/16 = 2.25 h passes)
    let mut m = drie_taken();
    m.uren_per_week = "36".parse().unwrap();
    m.werkdagen_per_week = 6;
    m.hoofdtaken[2].uren_per_week = "2.5".parse().unwrap();
    m.hoofdtaken[0].uren_per_week = "23.5".parse().unwrap();
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(
        e.contains("hoofdtaak 3 (sorteren)") && e.contains("30 minutes"),
        "{e}"
    );

    // shares not adding up
    let mut m = drie_taken();
    m.hoofdtaken[0].uren_per_week = "15".parse().unwrap();
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(e.contains("add up to 31"), "{e}");

    // tempo out of range
    let mut m = drie_taken();
    m.hoofdtaken[1].tempo = dec!(-1);
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(
        e.contains("hoofdtaak 2 (uitgifte)") && e.contains("tempo"),
        "{e}"
    );

    // six tasks: more than the method's maximum of five
    let mut m = drie_taken();
    m.uren_per_week = "48".parse().unwrap();
    for _ in 0..3 {
        m.hoofdtaken.push(m.hoofdtaken[2].clone());
    }
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(e.contains("6 hoofdtaken, expected 1 to 5"), "{e}");

    // before the uniform method
    let mut m = drie_taken();
    m.datum = d(2021, 6, 30);
    let e = loonwaarde_meten(&m).unwrap_err().to_string();
    assert!(e.contains("before the uniform method"), "{e}");
}

/// Pw art. 10d lid 4, Regeling 2021 art. 1, peildatum 2024-03-01, job from 2024-02-01, adult.
/// WML 2,069.40 (2024-01-01) × 1.08 = 2,234.952; gap at 60% = 40% × 2,234.952 = 893.9808;
/// × 1.235 = 1,104.066288; 36/36 h -> 1,104.07.
#[test]
fn lks_60_percent_full_time() {
    let baan = job(d(1990, 5, 1), "36", "38", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 3, 1));
    assert_eq!(b.basis(), dec!(2234.952));
    assert!(!b.maximum_bereikt);
    assert_eq!(b.bedrag.to_string(), "1104.07");
    let e = loonkostensubsidie(&baan, lw("60"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    let dec = e.value().unwrap();
    assert_eq!(dec.value.to_string(), "1104.07");
    assert!(dec.cites(&ART_10D_LID_4));
}

/// Same, 24 of 36 hours: 1,104.066288 × 24/36 = 736.044192 -> 736.04 (art. 10d lid 4, from
/// 2024: pro rata against 36 hours).
#[test]
fn lks_60_percent_part_time() {
    let baan = job(d(1990, 5, 1), "24", "38", d(2024, 2, 1));
    assert_eq!(
        lks(&baan, lw("60"), d(2024, 3, 1)).bedrag.to_string(),
        "736.04"
    );
}

/// Loonwaarde 20%: gap 80% × 2,234.952 = 1,787.9616 > cap 70% × 2,234.952 = 1,564.4664;
/// × 1.235 = 1,932.116004 -> 1,932.12 (art. 10d lid 4: "ten hoogste 70 procent").
#[test]
fn lks_cap_binds_under_30_percent() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("20"), d(2024, 3, 1));
    assert!(b.maximum_bereikt);
    assert_eq!(b.bedrag.to_string(), "1932.12");
    // at 30% the gap equals the cap
    assert_eq!(
        lks(&baan, lw("10"), d(2024, 3, 1)).bedrag,
        lks(&baan, lw("30"), d(2024, 3, 1)).bedrag
    );
}

/// Flat route (art. 10d lid 1 b, lid 5): 50% × 2,234.952 = 1,117.476; × 1.235 = 1,380.08286
/// -> 1,380.08 during the first 6 months (2024-02-01 up to 2024-08-01); from 2024-08-01 none.
#[test]
fn lks_flat_route() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, LksGrondslag::Forfaitair, d(2024, 7, 31));
    assert_eq!(b.bedrag.to_string(), "1380.08");
    let p = Parameters::bundled();
    let e = loonkostensubsidie(&baan, LksGrondslag::Forfaitair, d(2024, 8, 1), &p).unwrap();
    assert!(!e.is_eligible());
    assert_eq!(
        e.reasons()[0].citation,
        Citation::article(Regulation::Participatiewet, "10d").lid(5)
    );
    // and never before 2017-02-01
    let oud = job(d(1990, 5, 1), "36", "36", d(2016, 2, 1));
    assert_eq!(
        lks_berekenen(&oud, LksGrondslag::Forfaitair, d(2016, 3, 1), &p).unwrap(),
        LksUitkomst::Geen(Uitsluiting::ForfaitairVoorStroomlijning)
    );
}

/// Youth wage (WMM art. 8 lid 2): born 2005-06-01, 18 on 2024-02-01: 50% × 2,069.40 =
/// 1,034.70; × 1.08 = 1,117.476; × 40% × 1.235 = 552.033144 -> 552.03.
/// On 2025-01-01 aged 19: 60% × 2,191.80 = 1,315.08 -> 1,315.10 (5 cents); × 1.08 =
/// 1,420.308; × 40% × 1.235 = 701.632152 -> 701.63.
#[test]
fn lks_youth_wage() {
    let baan = job(d(2005, 6, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 3, 1));
    assert_eq!(b.minimumloon.to_string(), "1034.70");
    assert_eq!(b.bedrag.to_string(), "552.03");
    let b = lks(&baan, lw("60"), d(2025, 1, 1));
    assert_eq!(b.minimumloon.to_string(), "1315.10");
    assert_eq!(b.bedrag.to_string(), "701.63");
}

/// Werkgeverslasten 23% to 2017, 23.5% from 2018-01-01 (Regeling). Job from 2017-03-01, 38 of
/// 38 hours, 60%.
/// - 2017-12-01: WML of 2017-03-01 (art. 10d lid 7: re-fixed on 1 January) = 1,551.60;
///   × 1.08 × 40% × 1.23 = 824.458176 -> 824.46
/// - 2018-01-01: WML 1,578.00 × 1.08 × 40% × 1.235 = 841.89456 -> 841.89
#[test]
fn lks_around_2018_allowance_change() {
    let baan = job(d(1980, 1, 1), "38", "38", d(2017, 3, 1));
    let b = lks(&baan, lw("60"), d(2017, 12, 1));
    assert_eq!(b.werkgeverslasten.to_string(), "23%");
    assert_eq!(b.bedrag.to_string(), "824.46");
    let b = lks(&baan, lw("60"), d(2018, 1, 1));
    assert_eq!(b.werkgeverslasten.to_string(), "23.5%");
    assert_eq!(b.bedrag.to_string(), "841.89");
}

/// The 36-hour rule from 2024-01-01 (art. 10d lid 4). Job from 2023-02-01, 60%.
/// - 2023-12-01, 38 of 38 h (not below the normal hours: no reduction): WML 1,934.40 × 1.08 ×
///   40% × 1.235 = 1,032.041088 -> 1,032.04; 32 of 38 h: × 32/38 = 869.087232 -> 869.09
/// - 2024-01-01, 38 h (capped at the normal 38): WML 2,069.40 -> 1,104.066288 × 38/36 =
///   1,165.403304 -> 1,165.40 (increased above 36 hours)
#[test]
fn lks_around_36_hour_rule() {
    let vol = job(d(1980, 1, 1), "38", "38", d(2023, 2, 1));
    assert_eq!(
        lks(&vol, lw("60"), d(2023, 12, 1)).bedrag.to_string(),
        "1032.04"
    );
    let deel = job(d(1980, 1, 1), "32", "38", d(2023, 2, 1));
    assert_eq!(
        lks(&deel, lw("60"), d(2023, 12, 1)).bedrag.to_string(),
        "869.09"
    );
    assert_eq!(
        lks(&vol, lw("60"), d(2024, 1, 1)).bedrag.to_string(),
        "1165.40"
    );
    // hours above the normal full-time hours count up to them only
    let over = job(d(1980, 1, 1), "40", "38", d(2023, 2, 1));
    assert_eq!(
        lks(&over, lw("60"), d(2024, 1, 1)).bedrag.to_string(),
        "1165.40"
    );
}

/// Art. 10d lid 7: the July 2024 indexation reaches the LKS on 2025-01-01.
/// 2024-12-01: still WML 2,069.40 -> 1,104.07; 2025-01-01: 2,191.80 × 1.08 × 40% × 1.235 =
/// 1,169.369136 -> 1,169.37.
#[test]
fn lks_indexed_on_1_january() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    assert_eq!(
        lks(&baan, lw("60"), d(2024, 12, 1)).bedrag.to_string(),
        "1104.07"
    );
    assert_eq!(
        lks(&baan, lw("60"), d(2025, 1, 1)).bedrag.to_string(),
        "1169.37"
    );
}

#[test]
fn no_lks_is_not_an_amount_of_zero() {
    let p = Parameters::bundled();
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let e = loonkostensubsidie(&baan, lw("100"), d(2024, 3, 1), &p).unwrap();
    assert_eq!(e.reasons()[0].citation, ART_10D_LID_4);
    let wsw = Dienstbetrekking::new(
        d(1990, 5, 1),
        "36".parse().unwrap(),
        "36".parse().unwrap(),
        d(2024, 2, 1),
        true,
    )
    .unwrap();
    let e = loonkostensubsidie(&wsw, lw("50"), d(2024, 3, 1), &p).unwrap();
    assert_eq!(
        e.reasons()[0].citation,
        Citation::article(Regulation::Participatiewet, "10d").lid(3)
    );
    assert!(lks_berekenen(&baan, lw("50"), d(2024, 1, 1), &p).is_err()); // before the job
}

/// Pw art. 10c lid 2: one application per 12 months.
#[test]
fn doelgroep_once_per_twelve_months() {
    let mut a = DoelgroepAanvraag::new(d(2024, 5, 1));
    a.vorige_aanvraag = Some(d(2023, 5, 2));
    let e = doelgroep_loonkostensubsidie(&a).unwrap();
    assert_eq!(
        e.reasons()[0].citation,
        Citation::article(Regulation::Participatiewet, "10c").lid(2)
    );
    a.vorige_aanvraag = Some(d(2023, 5, 1));
    assert!(doelgroep_loonkostensubsidie(&a).unwrap().is_eligible());
    // 2 hours a day only counts while earning the hourly minimum wage (Besluit 2014 art. 1)
    a.belastbaar_uren_per_dag = dec!(2);
    assert!(!doelgroep_loonkostensubsidie(&a).unwrap().is_eligible());
    a.verdient_minimumloon_per_uur = true;
    assert!(doelgroep_loonkostensubsidie(&a).unwrap().is_eligible());
}

#[test]
fn life_cycle_with_deadlines() {
    let ctx = Context::default();
    let s = State::aangevraagd(d(2024, 1, 10));
    let t = s
        .apply(
            &Event::ForfaitaireRoute {
                datum: d(2024, 1, 15),
                begindatum: d(2024, 2, 1),
            },
            &ctx,
        )
        .unwrap();
    // end of flat route: 2024-02-01 + 6 months; LKS decision: 2024-01-15 + 35 days
    assert_eq!(t.effects[0].termijn, Termijn::EindeForfaitaireRoute);
    assert_eq!(t.effects[0].datum, d(2024, 8, 1));
    assert_eq!(t.effects[1].termijn, Termijn::BeschikkingLks);
    assert_eq!(t.effects[1].datum, d(2024, 2, 19));
    let t = t
        .state
        .apply(
            &Event::Meting {
                datum: d(2024, 6, 1),
                loonwaarde: "67".parse().unwrap(),
            },
            &ctx,
        )
        .unwrap();
    let t = t
        .state
        .apply(
            &Event::Gehoord {
                datum: d(2024, 6, 10),
            },
            &ctx,
        )
        .unwrap();
    // from 2017-02-01 the re-determination date is agreed (art. 10d lid 6): required
    let refused = t
        .state
        .apply(
            &Event::Vaststelling {
                datum: d(2024, 6, 20),
                herbepaling_op: None,
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(refused.state(), "gerapporteerd");
    assert_eq!(refused.event(), "vaststelling");
    let t = t
        .state
        .apply(
            &Event::Vaststelling {
                datum: d(2024, 6, 20),
                herbepaling_op: Some(d(2026, 6, 20)),
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(
        t.state.vastgestelde_loonwaarde().unwrap().to_string(),
        "67%"
    );
    assert_eq!(t.effects[0].datum, d(2024, 7, 25)); // 5 weeks
    assert_eq!(t.effects[1].termijn, Termijn::Herbepaling);
    assert_eq!(t.effects[1].datum, d(2026, 6, 20));
    let json = serde_json::to_string(&t.state).unwrap();
    assert_eq!(
        json,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-06-20","loonwaarde":"67","herbepaling_op":"2026-06-20"}"#
    );
    let t = t
        .state
        .apply(
            &Event::Herbepaling {
                datum: d(2026, 6, 1),
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(
        serde_json::to_string(&t.state).unwrap(),
        r#"{"state":"aangevraagd","aangevraagd_op":"2026-06-01","vorige_loonwaarde":"67"}"#
    );
}

/// Before 2017-02-01: yearly re-determination, computed; no LKS decision term (before
/// 2023-07-01).
#[test]
fn life_cycle_before_2017_is_yearly() {
    let ctx = Context::default();
    let s: State = serde_json::from_str(
        r#"{"state":"gerapporteerd","aangevraagd_op":"2016-01-04","gemeten_op":"2016-02-01","gehoord_op":"2016-02-08","loonwaarde":"55"}"#,
    )
    .unwrap();
    let t = s
        .apply(
            &Event::Vaststelling {
                datum: d(2016, 2, 15),
                herbepaling_op: None,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(t.effects.len(), 1);
    assert_eq!(t.effects[0].datum, d(2017, 2, 15));
    // a flat route before 2017-02-01 is refused
    let s = State::aangevraagd(d(2016, 5, 1));
    assert!(
        s.apply(
            &Event::ForfaitaireRoute {
                datum: d(2016, 5, 2),
                begindatum: d(2016, 6, 1)
            },
            &ctx
        )
        .is_err()
    );
}

#[test]
fn tampered_states_are_rejected() {
    for json in [
        r#"{"state":"gemeten","aangevraagd_op":"2024-03-01","gemeten_op":"2024-02-01","loonwaarde":"60"}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"60","herbepaling_op":null}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"160","herbepaling_op":"2025-01-01"}"#,
        r#"{"state":"forfaitair","afgesproken_op":"2024-09-01","begindatum":"2024-02-01"}"#,
        r#"{"state":"onbekend","datum":"2024-09-01"}"#,
    ] {
        assert!(serde_json::from_str::<State>(json).is_err(), "{json}");
    }
}

/// The wire format of every persisted type, asserted exactly: a change is a visible diff.
#[test]
fn wire_format_snapshots() {
    let states = [
        r#"{"state":"aangevraagd","aangevraagd_op":"2024-01-10","vorige_loonwaarde":null}"#,
        r#"{"state":"forfaitair","afgesproken_op":"2024-01-15","begindatum":"2024-02-01"}"#,
        r#"{"state":"gemeten","aangevraagd_op":"2024-01-10","gemeten_op":"2024-02-01","loonwaarde":"62.5"}"#,
        r#"{"state":"gerapporteerd","aangevraagd_op":"2024-01-10","gemeten_op":"2024-02-01","gehoord_op":"2024-02-08","loonwaarde":"62.5"}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2016-02-15","loonwaarde":"55","herbepaling_op":null}"#,
    ];
    for json in states {
        let s: State = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
    }
    let events = [
        r#"{"event":"meting","datum":"2024-02-01","loonwaarde":"67"}"#,
        r#"{"event":"gehoord","datum":"2024-02-01"}"#,
        r#"{"event":"vaststelling","datum":"2024-02-01","herbepaling_op":"2025-02-01"}"#,
        r#"{"event":"forfaitaire_route","datum":"2024-02-01","begindatum":"2024-02-01"}"#,
        r#"{"event":"herbepaling","datum":"2024-02-01"}"#,
    ];
    for json in events {
        let e: Event = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&e).unwrap(), json);
    }
    let s = State::aangevraagd(d(2024, 1, 10));
    let t = s
        .apply(
            &Event::ForfaitaireRoute {
                datum: d(2024, 1, 15),
                begindatum: d(2024, 2, 1),
            },
            &Context::default(),
        )
        .unwrap();
    assert_eq!(
        serde_json::to_string(&t.effects[0]).unwrap(),
        r#"{"termijn":"einde_forfaitaire_route","datum":"2024-08-01","citation":{"regulation":"participatiewet","article":"10d","lid":5}}"#
    );
    let baan = job(d(1990, 5, 1), "32", "38", d(2024, 2, 1));
    let json = r#"{"geboortedatum":"1990-05-01","uren_per_week":"32","voltijd_uren":"38","begindatum":"2024-02-01","wsw":false}"#;
    assert_eq!(serde_json::to_string(&baan).unwrap(), json);
    assert_eq!(
        serde_json::from_str::<Dienstbetrekking>(json).unwrap(),
        baan
    );
    assert!(
        serde_json::from_str::<Dienstbetrekking>(
            &json.replace(r#""voltijd_uren":"38""#, r#""voltijd_uren":"0""#)
        )
        .is_err()
    );
    assert_eq!(
        serde_json::to_string(&lw("60")).unwrap(),
        r#"{"grondslag":"loonwaarde","loonwaarde":"60"}"#
    );
    assert_eq!(
        serde_json::to_string(&LksGrondslag::Forfaitair).unwrap(),
        r#"{"grondslag":"forfaitair"}"#
    );
    let m = drie_taken();
    let json = serde_json::to_string(&m).unwrap();
    assert!(json.starts_with(r#"{"datum":"2024-03-01","normfunctie":{"omschrijving":"medewerker wasserij","voltijd_uren":"38"},"uren_per_week":"32","werkdagen_per_week":4,"hoofdtaken":[{"omschrijving":"strijken en vouwen","uren_per_week":"16","tempo":"110","kwaliteit":"90","netto_werktijd":"80"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Loonwaardemeting>(&json).unwrap(), m);
    assert!(
        serde_json::from_str::<Normfunctie>(r#"{"omschrijving":" ","voltijd_uren":"38"}"#).is_err()
    );
    let a = DoelgroepAanvraag::new(d(2024, 5, 1));
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        r#"{"aanvraagdatum":"2024-05-01","vorige_aanvraag":null,"ondersteund_art7":true,"taak_in_arbeidsorganisatie":true,"basale_werknemersvaardigheden":true,"uur_aaneengesloten":true,"belastbaar_uren_per_dag":"4","verdient_minimumloon_per_uur":false,"kan_wml_niet_voltijds_verdienen":true}"#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<State>();
    check::<Event>();
    check::<participatiewet::loonwaarde::Transition>();
    check::<Dienstbetrekking>();
    check::<LksBerekening>();
    check::<Loonwaardemeting>();
    check::<participatiewet::LoonwaardeRapport>();
    check::<DoelgroepAanvraag>();
}
