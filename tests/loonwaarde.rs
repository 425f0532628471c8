//! Hand-checked vectors for the loonwaarde domain. Every amount below is computed by hand in
//! the comment from the bundled parameters (WML per month, youth scale, werkgeverslasten) and
//! the articles cited; the code is never asked to echo itself.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::too_many_lines,
    clippy::many_single_char_names,
    reason = "tests: vectors read better in one place"
)]
use chrono::NaiveDate;
use participatiewet::loonwaarde::{
    Aanvraag, Criterium, Dienstbetrekking, DoelgroepAanvraag, Event, Hoofdtaak, LksBerekening,
    LksGrondslag, LksUitkomst, LoonwaardeRapport, Loonwaardemeting, Normfunctie, Ondersteuning,
    Prestatiefactoren, Soort, State, Tempo, Uitsluiting, Uurloon, Verdienvermogen,
    doelgroep_loonkostensubsidie, lks_berekenen, loonkostensubsidie, loonwaarde_meten, prestatie,
};
use participatiewet::{
    Beleid, Bezwaar, Citation, Context, Decision, Eligibility, Money, Motivering, Parameters,
    Percentage, Procedure, Regulation, Taal, Validate, Value,
};
use rust_decimal::{Decimal, dec};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn job(birth: NaiveDate, uren: &str, voltijd: &str, start: NaiveDate) -> Dienstbetrekking {
    Dienstbetrekking::builder()
        .geboortedatum(birth)
        .begindatum(start)
        .uren_per_week(uren.parse().unwrap())
        .voltijd_uren(voltijd.parse().unwrap())
        .soort(Soort::Regulier)
        .build()
        .unwrap()
}

/// A Wsw job from 2024-02-01, 36 of 36 hours, of a person born 1990-05-01.
fn wsw_job() -> Dienstbetrekking {
    Dienstbetrekking::builder()
        .geboortedatum(d(1990, 5, 1))
        .begindatum(d(2024, 2, 1))
        .uren_per_week("36".parse().unwrap())
        .voltijd_uren("36".parse().unwrap())
        .soort(Soort::Wsw)
        .build()
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

fn factoren(t: &str, k: &str, n: &str) -> Prestatiefactoren {
    Prestatiefactoren {
        tempo: t.parse().unwrap(),
        kwaliteit: k.parse().unwrap(),
        netto_werktijd: n.parse().unwrap(),
    }
}

fn taak(naam: &str, uren: &str, f: Prestatiefactoren) -> Hoofdtaak {
    Hoofdtaak::new(naam, uren.parse().unwrap(), f).unwrap()
}

const ART_10D_LID_4: Citation = Citation::article(Regulation::Participatiewet, "10d").lid(4);

fn drie_taken() -> Loonwaardemeting {
    Loonwaardemeting::new(
        d(2024, 3, 1),
        Normfunctie::new("medewerker wasserij", "38".parse().unwrap()).unwrap(),
        "32".parse().unwrap(),
        4,
        vec![
            taak("strijken en vouwen", "16", factoren("110", "90", "80")),
            taak("uitgifte", "10", factoren("70", "100", "90")),
            taak("sorteren", "6", factoren("80", "75", "100")),
        ],
    )
    .unwrap()
}

fn ctx_run<T>(f: impl FnOnce(&Context<'_>) -> T) -> T {
    let (p, b) = (Parameters::bundled(), Beleid::default());
    f(&Context::new(&p, &b))
}

// --- Findings of issue 9, each failed (panicked or was accepted) before -----------------

/// `prestatie(Decimal::ONE, Decimal::MAX, Decimal::TWO)` and `prestatie(Decimal::MIN, 100,
/// 100)` panicked: the factors are now validated types, so such values cannot reach it.
#[test]
fn prestatie_factors_are_typed_and_refuse_extremes() {
    assert!(Tempo::new(Decimal::MAX).is_err());
    assert!(Tempo::new(Decimal::MIN).is_err());
    assert!(Tempo::new(dec!(-0.0001)).is_err());
    assert!(Tempo::new(dec!(0.00001)).is_err());
    assert!(Percentage::new(Decimal::MAX).is_err());
    assert!(Percentage::new(Decimal::TWO).is_ok());
    // the extremes that are allowed give at most 100%
    assert_eq!(prestatie(&factoren("300", "100", "100")), dec!(100));
    assert_eq!(prestatie(&factoren("0", "100", "100")), dec!(0));
    assert_eq!(
        prestatie(&factoren("0.0001", "0.0001", "0.0001")),
        dec!(0.0000000000000001)
    );
    assert_eq!(prestatie(&factoren("150", "50", "50")), dec!(25));
}

/// The measurement of 2022-01-01, 36 h normfunctie, 1 working day, one 1 h task, weekly hours
/// 1e-28 panicked "Division overflowed", also from JSON. Now 1e-28 hours are refused, and with
/// 0.0001 hours the measurement is a typed error naming the field.
#[test]
fn tiny_weekly_hours_are_a_typed_error_not_a_panic() {
    let nf = Normfunctie::new("schoonmaker", "36".parse().unwrap()).unwrap();
    let err = Loonwaardemeting::new(
        d(2022, 1, 1),
        nf.clone(),
        "0.0001".parse().unwrap(),
        1,
        vec![taak("vegen", "1", factoren("100", "100", "100"))],
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("hoofdtaken"));
    assert!(
        err.message(Taal::Nl).contains("tellen op tot 1 uur"),
        "{err}"
    );
    let json = |week: &str| {
        format!(
            r#"{{"datum":"2022-01-01","normfunctie":{{"omschrijving":"schoonmaker","voltijd_uren":"36"}},"uren_per_week":"{week}","werkdagen_per_week":1,"hoofdtaken":[{{"omschrijving":"vegen","uren_per_week":"1","factoren":{{"tempo":"100","kwaliteit":"100","netto_werktijd":"100"}}}}]}}"#
        )
    };
    assert!(
        serde_json::from_str::<Loonwaardemeting>(&json("0.0000000000000000000000000001")).is_err()
    );
    assert!(serde_json::from_str::<Loonwaardemeting>(&json("0.0001")).is_err());
    let ok: Loonwaardemeting = serde_json::from_str(&json("1")).unwrap();
    assert_eq!(
        loonwaarde_meten(&ok).unwrap().loonwaarde(),
        Percentage::HUNDRED
    );
    // the smallest weekly hours with one task of the same hours: no overflow anywhere
    let m = Loonwaardemeting::new(
        d(2022, 1, 1),
        nf,
        "0.0001".parse().unwrap(),
        1,
        vec![taak("vegen", "0.0001", factoren("300", "100", "100"))],
    );
    // 0.0001 h is less than 30 minutes a day: a typed error
    assert_eq!(m.unwrap_err().field(), Some("hoofdtaken.0.uren_per_week"));
}

/// Job from 2020-01-01, 36 h worked, full-time 1e-28 h, loonwaarde 0%, peildatum 2020-06-01
/// gave €1,544.00, above the 70% cap. 1e-28 hours are now refused; with the smallest full-time
/// week the crate accepts (0.0001 h) the hours factor is 1 (before 2024: pro rata against the
/// normal hours, hours counted up to them) and the amount is exactly the cap:
/// WML 2020-01-01 1,653.60 × 1.08 = 1,785.888; × 70% = 1,250.1216; × 1.235 = 1,543.900176
/// -> 1,543.90 (art. 10d lid 4).
#[test]
fn lks_never_exceeds_the_cap_for_tiny_full_time_hours() {
    let json = r#"{"geboortedatum":"1980-01-01","begindatum":"2020-01-01","uren_per_week":"36","voltijd_uren":"0.0000000000000000000000000001","soort":"regulier"}"#;
    let err = serde_json::from_str::<Dienstbetrekking>(json).unwrap_err();
    assert!(err.to_string().contains("4 decimals"), "{err}");
    let baan = job(d(1980, 1, 1), "36", "0.0001", d(2020, 1, 1));
    let b = lks(&baan, lw("0"), d(2020, 6, 1));
    assert!(b.maximum_bereikt());
    assert_eq!(b.bedrag().to_string(), "1543.90");
    assert_eq!(b.maximum(), b.bedrag());
}

/// Public fields let `voltijd_uren = 0` through; now the fields are private and the JSON goes
/// through the same check as the builder.
#[test]
fn stored_jobs_and_norm_functions_with_zero_hours_are_refused() {
    let json = r#"{"geboortedatum":"1990-05-01","begindatum":"2024-02-01","uren_per_week":"32","voltijd_uren":"0","soort":"regulier"}"#;
    assert!(serde_json::from_str::<Dienstbetrekking>(json).is_err());
    assert!(
        serde_json::from_str::<Normfunctie>(r#"{"omschrijving":"kok","voltijd_uren":"0"}"#)
            .is_err()
    );
    assert!(
        serde_json::from_str::<Normfunctie>(r#"{"omschrijving":" ","voltijd_uren":"38"}"#).is_err()
    );
    // unknown and missing fields
    assert!(
        serde_json::from_str::<Dienstbetrekking>(&json.replace(
            r#""voltijd_uren":"0""#,
            r#""voltijd_uren":"38","wsw":false"#
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<Dienstbetrekking>(&json.replace(r#","soort":"regulier""#, ""))
            .is_err()
    );
    let err = Dienstbetrekking::builder()
        .geboortedatum(d(1990, 5, 1))
        .begindatum(d(2024, 2, 1))
        .uren_per_week("32".parse().unwrap())
        .soort(Soort::Regulier)
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("voltijd_uren"));
    assert_eq!(err.message(Taal::Nl), "voltijd_uren is onjuist: ontbreekt");
}

/// Swapping `uren` and `voltijd_uren` in the positional constructor changed the amount
/// silently. The builder names each fact; the wire names them too. Vector: 2023-12-01, job
/// from 2023-02-01, 60%, 32 of 38 hours: WML 1,934.40 × 1.08 × 40% × 1.235 × 32/38 =
/// 869.087232 -> 869.09; the swapped facts (38 of 32 hours) are a different job, 1,032.04.
#[test]
fn hours_are_set_by_name() {
    let right = job(d(1980, 1, 1), "32", "38", d(2023, 2, 1));
    let swapped = job(d(1980, 1, 1), "38", "32", d(2023, 2, 1));
    assert_eq!(
        lks(&right, lw("60"), d(2023, 12, 1)).bedrag().to_string(),
        "869.09"
    );
    assert_eq!(
        lks(&swapped, lw("60"), d(2023, 12, 1)).bedrag().to_string(),
        "1032.04"
    );
    assert_eq!(right.uren_per_week().to_string(), "32");
    assert_eq!(right.voltijd_uren().to_string(), "38");
}

/// A Wsw job is a [`Soort`], not a bool (art. 10d lid 3).
#[test]
fn a_wsw_job_is_a_kind() {
    let wsw = wsw_job();
    let e = loonkostensubsidie(&wsw, lw("50"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    assert_eq!(*e.value(), Eligibility::NotEligible);
    let reasons: Vec<_> = e.reasons().map(|g| g.code().code).collect();
    assert_eq!(reasons, ["lks_wsw"]);
    assert_eq!(
        e.reasons().next().unwrap().citation(),
        &Citation::article(Regulation::Participatiewet, "10d").lid(3)
    );
}

// --- The uniform method --------------------------------------------------------------------

/// Besluit LKS 2021 art. 1 (hoofdtaak, factors); the combination per task as the product
/// (Regeling 2014 art. 4 lid 2, see the module docs), tempo capped at 100; the sum rounded to
/// whole percents. Week 32 h over 4 days.
/// - strijken: 16/32 = 50%; min(110,100) × 90% × 80% = 72%; 50% × 72% = 36
/// - uitgifte: 10/32 = 31.25%; 70 × 100% × 90% = 63%; 31.25% × 63 = 19.6875
/// - sorteren: 6/32 = 18.75%; 80 × 75% × 100% = 60%; 18.75% × 60 = 11.25
///
/// Total 66.9375 -> 67%.
#[test]
fn loonwaarde_from_three_hoofdtaken() {
    let r = loonwaarde_meten(&drie_taken()).unwrap();
    assert_eq!(r.taken()[0].prestatie(), dec!(72));
    assert_eq!(r.taken()[1].bijdrage(), dec!(19.6875));
    assert_eq!(r.taken()[2].bijdrage(), dec!(11.25));
    assert_eq!(r.totaal(), dec!(66.9375));
    assert_eq!(r.loonwaarde().to_string(), "67%");
    let dec = r.decision();
    assert!(dec.cites(&Citation::article(Regulation::BesluitLoonkostensubsidie2021, "3").lid(1)));
    assert_eq!(dec.grounds().len(), 1 + 3 + 1);
    assert_eq!(*dec.value(), r.loonwaarde());
    // the hoofdtaken are numbered from 1, in the order of the measurement
    let nummers: Vec<_> = dec
        .grounds()
        .iter()
        .filter(|g| g.code().code == "loonwaarde_hoofdtaak")
        .map(|g| g.value("nummer"))
        .collect();
    assert_eq!(
        nummers,
        [
            Some(Value::Count(1)),
            Some(Value::Count(2)),
            Some(Value::Count(3))
        ]
    );
}

#[test]
fn invalid_measurements_name_the_task() {
    let nf = || Normfunctie::new("medewerker wasserij", "38".parse().unwrap()).unwrap();
    let meting = |week: &str, dagen: u8, taken: Vec<Hoofdtaak>| {
        Loonwaardemeting::new(d(2024, 3, 1), nf(), week.parse().unwrap(), dagen, taken)
    };
    let f = factoren("100", "100", "100");
    // 1/16 of 32 h = 2 h: a task of 1.5 h is not a hoofdtaak (Besluit art. 1)
    let e = meting(
        "32",
        4,
        vec![
            taak("a", "20.5", f),
            taak("b", "10", f),
            taak("sorteren", "1.5", f),
        ],
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("hoofdtaken.2.uren_per_week"));
    assert!(e.to_string().contains("hoofdtaak 3 (sorteren)") && e.to_string().contains("1/16"));
    // exactly 1/16 (2 h of 32) is a hoofdtaak
    assert!(meting("32", 4, vec![taak("a", "30", f), taak("b", "2", f)]).is_ok());
    // 2.5 h over 6 days = 25 minutes a day: under 30 minutes (week 36 h: 1/16 = 2.25 h passes)
    let e = meting(
        "36",
        6,
        vec![taak("a", "33.5", f), taak("sorteren", "2.5", f)],
    )
    .unwrap_err();
    assert!(e.to_string().contains("30 minutes"), "{e}");
    // exactly 30 minutes a day (3 h over 6 days) passes
    assert!(meting("36", 6, vec![taak("a", "33", f), taak("b", "3", f)]).is_ok());
    // shares not adding up
    let e = meting("32", 4, vec![taak("a", "15", f), taak("b", "16", f)]).unwrap_err();
    assert!(e.to_string().contains("add up to 31"), "{e}");
    // six tasks: more than the method's maximum of five; none at all
    let e = meting("48", 4, (0..6).map(|_| taak("a", "8", f)).collect()).unwrap_err();
    assert!(
        e.to_string().contains("6 hoofdtaken, expected 1 to 5"),
        "{e}"
    );
    assert!(meting("40", 4, (0..5).map(|_| taak("a", "8", f)).collect()).is_ok());
    assert!(meting("32", 4, vec![]).is_err());
    // working days and weekly hours
    assert_eq!(
        meting("32", 0, vec![taak("a", "32", f)])
            .unwrap_err()
            .field(),
        Some("werkdagen_per_week")
    );
    assert_eq!(
        meting("32", 8, vec![taak("a", "32", f)])
            .unwrap_err()
            .field(),
        Some("werkdagen_per_week")
    );
    assert!(meting("32", 7, vec![taak("a", "32", f)]).is_ok());
    assert_eq!(
        meting("0", 1, vec![taak("a", "0", f)]).unwrap_err().field(),
        Some("uren_per_week")
    );
    assert!(Hoofdtaak::new(" ", "3".parse().unwrap(), f).is_err());
    // before the uniform method
    let m = Loonwaardemeting::new(
        d(2021, 6, 30),
        nf(),
        "32".parse().unwrap(),
        4,
        vec![taak("a", "32", f)],
    )
    .unwrap();
    let e = loonwaarde_meten(&m).unwrap_err();
    assert_eq!(e.field(), Some("datum"));
    assert!(e.to_string().contains("before the uniform method"));
    let m = Loonwaardemeting::new(
        d(2021, 7, 1),
        nf(),
        "32".parse().unwrap(),
        4,
        vec![taak("a", "32", f)],
    )
    .unwrap();
    assert!(loonwaarde_meten(&m).is_ok());
}

/// A tampered report is refused: the total must be the sum of its rows and the loonwaarde its
/// rounding.
#[test]
fn reports_read_back_only_when_consistent() {
    let r = loonwaarde_meten(&drie_taken()).unwrap();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<LoonwaardeRapport>(&json).unwrap(), r);
    assert!(
        serde_json::from_str::<LoonwaardeRapport>(
            &json.replace(r#""loonwaarde":"67""#, r#""loonwaarde":"70""#)
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<LoonwaardeRapport>(
            &json.replace(r#""totaal":"66.9375""#, r#""totaal":"69.9375""#)
        )
        .is_err()
    );
}

// --- The subsidy: hand-checked vectors (art. 10d lid 4–7, Regeling art. 1) -----------------

/// Peildatum 2024-03-01, job from 2024-02-01, adult. WML 2,069.40 (2024-01-01) × 1.08 =
/// 2,234.952; gap at 60% = 40% × 2,234.952 = 893.9808; × 1.235 = 1,104.066288; 36/36 h ->
/// 1,104.07.
#[test]
fn lks_60_percent_full_time() {
    let baan = job(d(1990, 5, 1), "36", "38", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 3, 1));
    assert_eq!(b.basis().to_string(), "2234.95");
    assert_eq!(b.loonkosten_ongemaximeerd().to_string(), "893.98");
    assert_eq!(b.loonkosten().to_string(), "893.98");
    assert_eq!(b.voltijd().to_string(), "1104.07");
    assert_eq!(b.urenfactor(), dec!(1));
    assert!(!b.maximum_bereikt());
    assert_eq!(b.bedrag().to_string(), "1104.07");
    // the cap for these hours: 70% × 2,234.952 × 1.235 = 1,932.116004 -> 1,932.12
    assert_eq!(b.maximum().to_string(), "1932.12");
    let e = loonkostensubsidie(&baan, lw("60"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    assert_eq!(e.value().value().unwrap().to_string(), "1104.07");
    assert!(e.cites(&ART_10D_LID_4));
    assert!(!e.has("lks_maximum"));
}

/// Same, 24 of 36 hours: 1,104.066288 × 24/36 = 736.044192 -> 736.04 (art. 10d lid 4, from
/// 2024: pro rata against 36 hours).
#[test]
fn lks_60_percent_part_time() {
    let baan = job(d(1990, 5, 1), "24", "38", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 3, 1));
    assert_eq!(b.bedrag().to_string(), "736.04");
    assert_eq!(b.referentie_uren().to_string(), "36");
    assert_eq!(b.uren().to_string(), "24");
}

/// Loonwaarde 20%: gap 80% × 2,234.952 = 1,787.9616 > cap 70% × 2,234.952 = 1,564.4664;
/// × 1.235 = 1,932.116004 -> 1,932.12 (art. 10d lid 4: "ten hoogste 70 procent").
#[test]
fn lks_cap_binds_under_30_percent() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("20"), d(2024, 3, 1));
    assert!(b.maximum_bereikt());
    assert_eq!(b.loonkosten_ongemaximeerd().to_string(), "1787.96");
    assert_eq!(b.loonkosten().to_string(), "1564.47");
    assert_eq!(b.bedrag().to_string(), "1932.12");
    // at 30% the gap equals the cap, and the cap does not bind
    let at30 = lks(&baan, lw("30"), d(2024, 3, 1));
    assert!(!at30.maximum_bereikt());
    assert_eq!(lks(&baan, lw("10"), d(2024, 3, 1)).bedrag(), at30.bedrag());
    assert!(lks(&baan, lw("29.9999"), d(2024, 3, 1)).maximum_bereikt());
    let e = loonkostensubsidie(&baan, lw("20"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    assert!(e.has("lks_maximum"));
}

/// Flat route (art. 10d lid 1 b, lid 5): 50% × 2,234.952 = 1,117.476; × 1.235 = 1,380.08286
/// -> 1,380.08 during the first 6 months (2024-02-01 up to 2024-08-01); from 2024-08-01 none.
#[test]
fn lks_flat_route() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, LksGrondslag::Forfaitair, d(2024, 7, 31));
    assert_eq!(b.bedrag().to_string(), "1380.08");
    assert!(!b.maximum_bereikt());
    let p = Parameters::bundled();
    let e = loonkostensubsidie(&baan, LksGrondslag::Forfaitair, d(2024, 8, 1), &p).unwrap();
    assert!(!e.value().is_eligible());
    let reden = e.reasons().next().unwrap();
    assert_eq!(reden.code().code, "lks_forfaitair_verstreken");
    assert_eq!(
        reden.citation(),
        &Citation::article(Regulation::Participatiewet, "10d").lid(5)
    );
    assert!(reden.text(Taal::Nl).contains("tot 1 augustus 2024"));
    // and never for a job that started before 2017-02-01; a job of 2017-02-01 has it
    let oud = job(d(1990, 5, 1), "36", "36", d(2017, 1, 31));
    match lks_berekenen(&oud, LksGrondslag::Forfaitair, d(2017, 3, 1), &p).unwrap() {
        LksUitkomst::Geen(w) => {
            assert_eq!(w.uitsluiting(), Uitsluiting::ForfaitairVoorStroomlijning);
        }
        other => panic!("{other:?}"),
    }
    let nieuw = job(d(1990, 5, 1), "36", "36", d(2017, 2, 1));
    assert!(
        lks_berekenen(&nieuw, LksGrondslag::Forfaitair, d(2017, 3, 1), &p)
            .unwrap()
            .bedrag()
            .is_some()
    );
}

/// Youth wage (Pw art. 2; WMM art. 8 lid 3 with the Besluit minimumjeugdloon): born
/// 2005-06-01, 18 on 2024-02-01: 50% × 2,069.40 = 1,034.70; × 1.08 = 1,117.476; × 40% × 1.235
/// = 552.033144 -> 552.03.
/// On 2025-01-01 aged 19: 60% × 2,191.80 = 1,315.08, kept to the cent (from 2024 the Besluit
/// rounds only the hourly youth wage; the 5-cent rounding of art. 2 lid 2 ended 2023-12-31);
/// × 1.08 = 1,420.2864; × 40% × 1.235 = 701.6214816 -> 701.62.
#[test]
fn lks_youth_wage() {
    let baan = job(d(2005, 6, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 3, 1));
    assert_eq!(b.minimumloon().to_string(), "1034.70");
    assert_eq!(b.bedrag().to_string(), "552.03");
    let b = lks(&baan, lw("60"), d(2025, 1, 1));
    assert_eq!(b.minimumloon().to_string(), "1315.08");
    assert_eq!(b.bedrag().to_string(), "701.62");
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
    assert_eq!(b.werkgeverslasten().to_string(), "23%");
    assert_eq!(b.referentiedatum(), d(2017, 3, 1));
    assert_eq!(b.bedrag().to_string(), "824.46");
    let b = lks(&baan, lw("60"), d(2018, 1, 1));
    assert_eq!(b.werkgeverslasten().to_string(), "23.5%");
    assert_eq!(b.referentiedatum(), d(2018, 1, 1));
    assert_eq!(b.bedrag().to_string(), "841.89");
}

/// Before 2017-02-01 the minimum wage on the peildatum itself is used (yearly
/// re-determination): job from 2016-01-04, 60%, peildatum 2016-07-01: WML 1,537.20 × 1.08 =
/// 1,660.176; × 40% = 664.0704; × 1.23 = 816.806592 -> 816.81.
#[test]
fn lks_before_2017_uses_the_peildatum() {
    let baan = job(d(1980, 1, 1), "38", "38", d(2016, 1, 4));
    let b = lks(&baan, lw("60"), d(2016, 7, 1));
    assert_eq!(b.referentiedatum(), d(2016, 7, 1));
    assert_eq!(b.minimumloon().to_string(), "1537.20");
    assert_eq!(b.bedrag().to_string(), "816.81");
    assert!(!b.decision().has("lks_herijking"));
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
        lks(&vol, lw("60"), d(2023, 12, 1)).bedrag().to_string(),
        "1032.04"
    );
    assert_eq!(
        lks(&vol, lw("60"), d(2023, 12, 31))
            .referentie_uren()
            .to_string(),
        "38"
    );
    assert_eq!(
        lks(&vol, lw("60"), d(2024, 1, 1)).bedrag().to_string(),
        "1165.40"
    );
    assert_eq!(
        lks(&vol, lw("60"), d(2024, 1, 1))
            .referentie_uren()
            .to_string(),
        "36"
    );
    // hours above the normal full-time hours count up to them only
    let over = job(d(1980, 1, 1), "40", "38", d(2023, 2, 1));
    assert_eq!(
        lks(&over, lw("60"), d(2024, 1, 1)).bedrag().to_string(),
        "1165.40"
    );
    assert_eq!(lks(&over, lw("60"), d(2024, 1, 1)).uren().to_string(), "38");
    let e = loonkostensubsidie(&vol, lw("60"), d(2023, 12, 1), &Parameters::bundled()).unwrap();
    assert!(e.has("lks_uren_normaal") && !e.has("lks_uren_36"));
    let e = loonkostensubsidie(&vol, lw("60"), d(2024, 1, 1), &Parameters::bundled()).unwrap();
    assert!(e.has("lks_uren_36") && !e.has("lks_uren_normaal"));
}

/// Art. 10d lid 7: the July 2024 indexation reaches the LKS on 2025-01-01.
/// 2024-12-01: still WML 2,069.40 -> 1,104.07; 2025-01-01: 2,191.80 × 1.08 × 40% × 1.235 =
/// 1,169.369136 -> 1,169.37.
#[test]
fn lks_indexed_on_1_january() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2024, 12, 1));
    assert_eq!(b.bedrag().to_string(), "1104.07");
    assert_eq!(b.referentiedatum(), d(2024, 2, 1));
    assert!(b.decision().has("lks_herijking"));
    assert_eq!(
        lks(&baan, lw("60"), d(2025, 1, 1)).bedrag().to_string(),
        "1169.37"
    );
}

#[test]
fn no_lks_is_not_an_amount_of_zero() {
    let p = Parameters::bundled();
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let e = loonkostensubsidie(&baan, lw("100"), d(2024, 3, 1), &p).unwrap();
    assert_eq!(*e.value(), Eligibility::NotEligible);
    assert_eq!(e.reasons().next().unwrap().citation(), &ART_10D_LID_4);
    assert!(e.has("lks_loonwaarde_vol"));
    // 99.5% is a subsidy: 0.5% × 2,234.952 × 1.235 = 13.8008 -> 13.80; 99.9999% one of 0.00
    assert_eq!(
        lks(&baan, lw("99.5"), d(2024, 3, 1)).bedrag().to_string(),
        "13.80"
    );
    assert_eq!(
        lks(&baan, lw("99.9999"), d(2024, 3, 1)).bedrag(),
        Money::ZERO
    );
    // zero hours: eligible, amount zero
    let nul = job(d(1990, 5, 1), "0", "36", d(2024, 2, 1));
    let e = loonkostensubsidie(&nul, lw("50"), d(2024, 3, 1), &p).unwrap();
    assert_eq!(*e.value(), Eligibility::Eligible(Money::ZERO));
    // before the job, and outside the date range
    let err = lks_berekenen(&baan, lw("50"), d(2024, 1, 31), &p).unwrap_err();
    assert_eq!(err.field(), Some("peildatum"));
    assert!(lks_berekenen(&baan, lw("50"), d(2024, 2, 1), &p).is_ok());
    assert_eq!(
        lks_berekenen(&baan, lw("50"), NaiveDate::MAX, &p)
            .unwrap_err()
            .code(),
        "date_out_of_range"
    );
    assert_eq!(
        lks_berekenen(&baan, lw("50"), d(2199, 12, 31), &p)
            .unwrap_err()
            .code(),
        "not_in_force"
    );
}

/// One decision shape: `Decision<Eligibility<Money>>`, the outcome a coded sentence, no
/// ground twice, refusal grounds only on a refusal.
#[test]
fn decision_shape() {
    let p = Parameters::bundled();
    let baan = job(d(1990, 5, 1), "32", "38", d(2024, 2, 1));
    for (g, peil) in [
        (lw("60"), d(2024, 3, 1)),
        (lw("10"), d(2024, 12, 1)),
        (LksGrondslag::Forfaitair, d(2024, 3, 1)),
        (lw("60"), d(2023, 12, 31)),
    ] {
        let baan = if peil.year_ce().1 == 2023 {
            job(d(1990, 5, 1), "32", "38", d(2023, 2, 1))
        } else {
            baan
        };
        let e: Decision<Eligibility<Money>> = loonkostensubsidie(&baan, g, peil, &p).unwrap();
        assert_eq!(e.outcome().code().code, "lks_toegekend");
        assert_eq!(e.reasons().count(), 0);
        let codes: Vec<_> = e.grounds().iter().map(|g| g.code().code).collect();
        let mut uniek = codes.clone();
        uniek.sort_unstable();
        uniek.dedup();
        assert_eq!(uniek.len(), codes.len(), "{codes:?}");
        assert!(e.grounds().len() <= 7);
        assert!(
            e.grounds()
                .iter()
                .all(participatiewet::Ground::is_well_formed)
        );
        assert!(e.outcome().is_well_formed());
        // the decision reads back from its own JSON
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            serde_json::from_str::<Decision<Eligibility<Money>>>(&json).unwrap(),
            e
        );
    }
}

use chrono::Datelike;

/// The Dutch motivering of an LKS decision, exact. Read against art. 10d lid 4: "het verschil
/// tussen het wettelijk minimumloon en de aanspraak op vakantiebijslag en de loonwaarde, maar
/// ten hoogste 70 procent van het totale bedrag ..., vermeerderd met een ... vergoeding voor
/// werkgeverslasten", pro rata against 36 hours from 2024; and Awb 6:7/6:8 for the clause.
#[test]
fn golden_dutch_lks_decision() {
    let baan = job(d(1990, 5, 1), "24", "38", d(2024, 2, 1));
    let e = loonkostensubsidie(&baan, lw("20"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    let tekst = Motivering::new(&e, Taal::Nl).to_string();
    let verwacht = "Besluit
De loonkostensubsidie bedraagt € 1.288,08 per maand.

Motivering
- Het wettelijk minimumloon van de werknemer is € 2.069,40 per maand, zoals dat geldt op 1 februari 2024. (artikel 8 van de Wet minimumloon en minimumvakantiebijslag)
- De loonkostensubsidie wordt per 1 januari opnieuw vastgesteld met de ontwikkeling van het minimumloon; tot dan geldt het minimumloon zoals dat gold op 1 februari 2024. (artikel 10d, zevende lid, van de Participatiewet)
- Het totale bedrag van het wettelijk minimumloon en de aanspraak op vakantiebijslag van 8 procent is € 2.234,95 per maand. (artikel 15 van de Wet minimumloon en minimumvakantiebijslag)
- De loonwaarde van de werknemer is 20%. Het verschil tussen dat totale bedrag en de loonwaarde is € 1.787,96 per maand. (artikel 10d, vierde lid, van de Participatiewet)
- De loonkostensubsidie is ten hoogste 70 procent van het totale bedrag van het minimumloon en de vakantiebijslag: € 1.564,47 per maand. (artikel 10d, vierde lid, van de Participatiewet)
- Dit wordt vermeerderd met een vergoeding voor werkgeverslasten van 23,5% van de loonkosten waarover loonkostensubsidie wordt verstrekt: € 1.932,12 per maand bij een volledige werkweek. (artikel 1 van de Regeling loonkostensubsidie Participatiewet 2021)
- De werknemer werkt 24 uur per week, ten hoogste de normale arbeidsduur. De loonkostensubsidie wordt naar evenredigheid van 36 uur per week verminderd of verhoogd: € 1.288,08 per maand. (artikel 10d, vierde lid, van de Participatiewet)
";
    // 1,932.116004 × 24/36 = 1,288.077336 -> 1,288.08
    assert_eq!(tekst, verwacht);
    let met = Motivering::new(&e, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2024, 3, 4)).unwrap())
        .to_string();
    assert_eq!(
        met,
        format!(
            "{verwacht}
Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (4 maart 2024); uw bezwaarschrift moet uiterlijk op 15 april 2024 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).
"
        )
    );
}

/// The Dutch text of a refusal, exact (art. 10d lid 3).
#[test]
fn golden_dutch_lks_refusal() {
    let wsw = wsw_job();
    let e = loonkostensubsidie(&wsw, lw("50"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    assert_eq!(
        Motivering::new(&e, Taal::Nl).to_string(),
        "Besluit
Er wordt geen loonkostensubsidie verstrekt.

Motivering
- Voor een dienstbetrekking als bedoeld in de Wet sociale werkvoorziening wordt geen loonkostensubsidie verstrekt. (artikel 10d, derde lid, van de Participatiewet)
"
    );
}

// --- The doelgroep (art. 6 lid 1 e, 10c) ------------------------------------------------------

fn aanvraag(uren: &str) -> DoelgroepAanvraag {
    DoelgroepAanvraag::new(
        d(2024, 5, 1),
        Ondersteuning::Art7,
        uren.parse().unwrap(),
        Uurloon::MinderDanMinimumloon,
        Verdienvermogen::OnderMinimumloon,
    )
    .unwrap()
}

/// Pw art. 10c lid 2: one application per 12 months; Besluit 2014 art. 1 lid 1 d: 4 hours a
/// day, or 2 while earning the hourly minimum wage.
#[test]
fn doelgroep_once_per_twelve_months() {
    let a = aanvraag("4").met_vorige_aanvraag(d(2023, 5, 2)).unwrap();
    let e = doelgroep_loonkostensubsidie(&a).unwrap();
    assert_eq!(
        e.reasons().next().unwrap().citation(),
        &Citation::article(Regulation::Participatiewet, "10c").lid(2)
    );
    assert_eq!(e.grounds().len(), 1);
    let a = aanvraag("4").met_vorige_aanvraag(d(2023, 5, 1)).unwrap();
    assert_eq!(
        *doelgroep_loonkostensubsidie(&a).unwrap().value(),
        Eligibility::Eligible(d(2024, 5, 1))
    );
    assert!(
        !doelgroep_loonkostensubsidie(&aanvraag("3.9999"))
            .unwrap()
            .value()
            .is_eligible()
    );
    assert!(
        !doelgroep_loonkostensubsidie(&aanvraag("2"))
            .unwrap()
            .value()
            .is_eligible()
    );
    let wml = DoelgroepAanvraag::new(
        d(2024, 5, 1),
        Ondersteuning::Art7,
        "2".parse().unwrap(),
        Uurloon::MinimumloonOfMeer,
        Verdienvermogen::OnderMinimumloon,
    )
    .unwrap();
    assert!(
        doelgroep_loonkostensubsidie(&wml)
            .unwrap()
            .value()
            .is_eligible()
    );
    let wml = DoelgroepAanvraag::new(
        d(2024, 5, 1),
        Ondersteuning::Art7,
        "1.9999".parse().unwrap(),
        Uurloon::MinimumloonOfMeer,
        Verdienvermogen::OnderMinimumloon,
    )
    .unwrap();
    assert!(
        !doelgroep_loonkostensubsidie(&wml)
            .unwrap()
            .value()
            .is_eligible()
    );
    // every unmet condition is a reason
    let alles = DoelgroepAanvraag::new(
        d(2024, 5, 1),
        Ondersteuning::Geen,
        "1".parse().unwrap(),
        Uurloon::MinderDanMinimumloon,
        Verdienvermogen::Minimumloon,
    )
    .unwrap()
    .niet_voldaan(Criterium::UurAaneengesloten)
    .niet_voldaan(Criterium::TaakInArbeidsorganisatie)
    .niet_voldaan(Criterium::UurAaneengesloten);
    let e = doelgroep_loonkostensubsidie(&alles).unwrap();
    assert_eq!(e.reasons().count(), 5);
    assert_eq!(
        e.grounds()[1].text(Taal::Nl),
        "U voldoet niet aan deze voorwaarde: een taak kunnen uitvoeren in een arbeidsorganisatie."
    );
    // -1 or 1e12 hours a day are refused (issue 9), and more than 24
    assert!("-1".parse::<participatiewet::Hours>().is_err());
    assert!("1000000000000".parse::<participatiewet::Hours>().is_err());
    assert!(
        DoelgroepAanvraag::new(
            d(2024, 5, 1),
            Ondersteuning::Art7,
            "24.0001".parse().unwrap(),
            Uurloon::MinderDanMinimumloon,
            Verdienvermogen::OnderMinimumloon
        )
        .is_err()
    );
    assert!(aanvraag("4").met_vorige_aanvraag(d(2024, 5, 2)).is_err());
}

// --- The determination life cycle (Procedure) --------------------------------------------------

#[test]
fn life_cycle_with_deadlines() {
    ctx_run(|ctx| {
        assert_eq!(State::MACHINE, "loonwaarde_bepaling");
        let t = State::start(
            &Aanvraag {
                aangevraagd_op: d(2024, 1, 10),
            },
            ctx,
        )
        .unwrap();
        assert!(t.effects.is_empty());
        let t = t
            .state
            .apply(
                &Event::ForfaitaireRoute {
                    datum: d(2024, 1, 15),
                    begindatum: d(2024, 2, 1),
                },
                ctx,
            )
            .unwrap();
        // end of flat route: 2024-02-01 + 6 months; LKS decision: 2024-01-15 + 35 days
        assert!(t.effects[0].is("lks_forfaitair_einde"));
        assert_eq!(t.effects[0].datum(), d(2024, 8, 1));
        assert!(t.effects[1].is("lks_beschikking_uiterlijk"));
        assert_eq!(t.effects[1].datum(), d(2024, 2, 19));
        assert_eq!(
            t.effects[1].text(Taal::Nl),
            "Het college beslist uiterlijk op 19 februari 2024 over de loonkostensubsidie."
        );
        assert_eq!(t.effects, t.state.effects(ctx).unwrap());
        let t = t
            .state
            .apply(
                &Event::Meting {
                    datum: d(2024, 6, 1),
                    loonwaarde: "67".parse().unwrap(),
                },
                ctx,
            )
            .unwrap();
        let t = t
            .state
            .apply(
                &Event::Gehoord {
                    datum: d(2024, 6, 10),
                },
                ctx,
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
                ctx,
            )
            .unwrap_err();
        assert_eq!(refused.state(), "gerapporteerd");
        assert_eq!(refused.event(), "vaststelling");
        assert_eq!(
            refused.citation(),
            Some(&Citation::article(Regulation::Participatiewet, "10d").lid(6))
        );
        let t = t
            .state
            .apply(
                &Event::Vaststelling {
                    datum: d(2024, 6, 20),
                    herbepaling_op: Some(d(2026, 6, 20)),
                },
                ctx,
            )
            .unwrap();
        assert_eq!(
            t.state.vastgestelde_loonwaarde().unwrap().to_string(),
            "67%"
        );
        assert_eq!(t.effects[0].datum(), d(2024, 7, 25)); // 5 weeks
        assert!(t.effects[1].is("loonwaarde_herbepaling"));
        assert_eq!(t.effects[1].datum(), d(2026, 6, 20));
        assert_eq!(
            serde_json::to_string(&t.state).unwrap(),
            r#"{"state":"vastgesteld","vastgesteld_op":"2024-06-20","loonwaarde":"67","herbepaling_op":"2026-06-20"}"#
        );
        let t = t
            .state
            .apply(
                &Event::Herbepaling {
                    datum: d(2026, 6, 1),
                },
                ctx,
            )
            .unwrap();
        assert_eq!(
            serde_json::to_string(&t.state).unwrap(),
            r#"{"state":"aangevraagd","aangevraagd_op":"2026-06-01","vorige_loonwaarde":"67"}"#
        );
        // a re-determination cannot take the flat route
        assert!(
            t.state
                .apply(
                    &Event::ForfaitaireRoute {
                        datum: d(2026, 6, 2),
                        begindatum: d(2026, 6, 2)
                    },
                    ctx
                )
                .is_err()
        );
    });
}

/// Before 2017-02-01: yearly re-determination, computed; no LKS decision term (before
/// 2023-07-01); the decision term starts on 2023-07-01.
#[test]
fn life_cycle_before_2017_is_yearly() {
    ctx_run(|ctx| {
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
                ctx,
            )
            .unwrap();
        assert_eq!(t.effects.len(), 1);
        assert!(t.effects[0].is("loonwaarde_herbepaling_jaarlijks"));
        assert_eq!(t.effects[0].datum(), d(2017, 2, 15));
        assert!(
            s.apply(
                &Event::Vaststelling {
                    datum: d(2016, 2, 15),
                    herbepaling_op: Some(d(2017, 1, 1))
                },
                ctx
            )
            .is_err()
        );
        // a flat route before 2017-02-01 is refused
        let s = State::aangevraagd(d(2016, 5, 1)).unwrap();
        assert!(
            s.apply(
                &Event::ForfaitaireRoute {
                    datum: d(2016, 5, 2),
                    begindatum: d(2016, 6, 1)
                },
                ctx
            )
            .is_err()
        );
        // the decision term from 2023-07-01 (art. 10d lid 12)
        let g = |datum| {
            let s: State = serde_json::from_str(&format!(
                r#"{{"state":"vastgesteld","vastgesteld_op":"{datum}","loonwaarde":"55","herbepaling_op":"2025-01-01"}}"#
            ))
            .unwrap();
            s.effects(ctx).unwrap().len()
        };
        assert_eq!(g("2023-06-30"), 1);
        assert_eq!(g("2023-07-01"), 2);
    });
}

#[test]
fn refused_events_leave_the_state_and_are_dated() {
    ctx_run(|ctx| {
        let s = State::aangevraagd(d(2024, 1, 10)).unwrap();
        let before = s.clone();
        let e = s
            .apply(
                &Event::Meting {
                    datum: d(2024, 1, 9),
                    loonwaarde: "50".parse().unwrap(),
                },
                ctx,
            )
            .unwrap_err();
        assert!(e.rule().nl.contains("vóór de datum van de toestand"));
        assert_eq!(s, before);
        assert!(
            s.apply(
                &Event::Meting {
                    datum: d(2024, 1, 10),
                    loonwaarde: "50".parse().unwrap()
                },
                ctx
            )
            .is_ok()
        );
        // dates outside the crate's range
        assert!(
            s.apply(
                &Event::Meting {
                    datum: NaiveDate::MAX,
                    loonwaarde: "50".parse().unwrap()
                },
                ctx
            )
            .is_err()
        );
        let g: State = serde_json::from_str(r#"{"state":"gerapporteerd","aangevraagd_op":"2199-01-01","gemeten_op":"2199-01-01","gehoord_op":"2199-12-01","loonwaarde":"50"}"#).unwrap();
        // an agreed date past 2199-12-31, or a deadline that would be, is refused
        assert!(
            g.apply(
                &Event::Vaststelling {
                    datum: d(2199, 12, 1),
                    herbepaling_op: Some(NaiveDate::MAX)
                },
                ctx
            )
            .is_err()
        );
        assert!(
            g.apply(
                &Event::Vaststelling {
                    datum: d(2199, 12, 1),
                    herbepaling_op: Some(d(2199, 12, 31))
                },
                ctx
            )
            .is_err()
        ); // decision term 2200-01-05
        assert!(State::aangevraagd(NaiveDate::MIN).is_err());
        assert!(
            State::start(
                &Aanvraag {
                    aangevraagd_op: NaiveDate::MAX
                },
                ctx
            )
            .is_err()
        );
    });
}

#[test]
fn tampered_states_are_rejected() {
    for json in [
        r#"{"state":"gemeten","aangevraagd_op":"2024-03-01","gemeten_op":"2024-02-01","loonwaarde":"60"}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"60","herbepaling_op":null}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"60"}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"160","herbepaling_op":"2025-01-01"}"#,
        r#"{"state":"vastgesteld","vastgesteld_op":"2024-03-01","loonwaarde":"60","herbepaling_op":"2024-03-01"}"#,
        r#"{"state":"forfaitair","afgesproken_op":"2024-09-01","begindatum":"2024-02-01"}"#,
        r#"{"state":"aangevraagd","aangevraagd_op":"2024-09-01"}"#,
        r#"{"state":"aangevraagd","aangevraagd_op":"2024-09-01","vorige_loonwaarde":null,"extra":1}"#,
        r#"{"state":"aangevraagd","aangevraagd_op":"1899-12-31","vorige_loonwaarde":null}"#,
        r#"{"state":"onbekend","datum":"2024-09-01"}"#,
    ] {
        assert!(serde_json::from_str::<State>(json).is_err(), "{json}");
    }
    for json in [
        r#"{"event":"vaststelling","datum":"2024-02-01"}"#,
        r#"{"event":"gehoord","datum":"2024-02-01","x":1}"#,
        r#"{"event":"gehoord","datum":"2200-01-01"}"#,
    ] {
        assert!(serde_json::from_str::<Event>(json).is_err(), "{json}");
    }
}

// --- Wire format: every persisted type, exact -----------------------------------------------

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
        s.validate().unwrap();
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
    ctx_run(|ctx| {
        let s = State::aangevraagd(d(2024, 1, 10)).unwrap();
        let t = s
            .apply(
                &Event::ForfaitaireRoute {
                    datum: d(2024, 1, 15),
                    begindatum: d(2024, 2, 1),
                },
                ctx,
            )
            .unwrap();
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            r#"{"state":{"state":"forfaitair","afgesproken_op":"2024-01-15","begindatum":"2024-02-01"},"effects":[{"code":"lks_forfaitair_einde","datum":"2024-08-01","citation":{"regulation":"participatiewet","article":"10d","lid":5}},{"code":"lks_beschikking_uiterlijk","datum":"2024-02-19","citation":{"regulation":"participatiewet","article":"10d","lid":12}}]}"#
        );
        assert_eq!(
            serde_json::from_str::<participatiewet::Transition<State>>(&json).unwrap(),
            t
        );
    });
    assert_eq!(
        serde_json::to_string(&Aanvraag {
            aangevraagd_op: d(2024, 1, 10)
        })
        .unwrap(),
        r#"{"aangevraagd_op":"2024-01-10"}"#
    );
    let baan = job(d(1990, 5, 1), "32", "38", d(2024, 2, 1));
    let json = r#"{"geboortedatum":"1990-05-01","begindatum":"2024-02-01","uren_per_week":"32","voltijd_uren":"38","soort":"regulier"}"#;
    assert_eq!(serde_json::to_string(&baan).unwrap(), json);
    assert_eq!(
        serde_json::from_str::<Dienstbetrekking>(json).unwrap(),
        baan
    );
    assert_eq!(
        serde_json::to_string(&lw("60")).unwrap(),
        r#"{"grondslag":"loonwaarde","loonwaarde":"60"}"#
    );
    assert_eq!(
        serde_json::to_string(&LksGrondslag::Forfaitair).unwrap(),
        r#"{"grondslag":"forfaitair"}"#
    );
    let p = Parameters::bundled();
    let u = lks_berekenen(&baan, lw("60"), d(2024, 3, 1), &p).unwrap();
    let json = serde_json::to_string(&u).unwrap();
    assert_eq!(
        json,
        r#"{"uitkomst":"subsidie","peildatum":"2024-03-01","referentiedatum":"2024-02-01","begindatum":"2024-02-01","grondslag":{"grondslag":"loonwaarde","loonwaarde":"60"},"minimumloon":"2069.40","minimumloon_rij":"2024-01-01","werkgeverslasten":"23.5","werkgeverslasten_rij":"2021-07-01","uren":"32","voltijd_uren":"38","maximum_bereikt":false,"bedrag":"981.39"}"#
    );
    assert_eq!(serde_json::from_str::<LksUitkomst>(&json).unwrap(), u);
    // a tampered amount, date order, hours or loonwaarde does not read back
    for (from, to) in [
        ("981.39", "1981.39"),
        (
            r#""referentiedatum":"2024-02-01""#,
            r#""referentiedatum":"2024-03-02""#,
        ),
        (
            r#""referentiedatum":"2024-02-01""#,
            r#""referentiedatum":"2024-01-31""#,
        ),
        (r#""peildatum":"2024-03-01""#, r#""peildatum":"1899-03-01""#),
        (r#""voltijd_uren":"38""#, r#""voltijd_uren":"0""#),
        (r#""voltijd_uren":"38""#, r#""voltijd_uren":"31.9999""#),
        (r#""loonwaarde":"60""#, r#""loonwaarde":"100""#),
        (
            r#""minimumloon_rij":"2024-01-01""#,
            r#""minimumloon_rij":"2200-01-01""#,
        ),
    ] {
        assert!(
            serde_json::from_str::<LksUitkomst>(&json.replace(from, to)).is_err(),
            "{to}"
        );
    }
    let LksUitkomst::Subsidie(b) = u else {
        panic!()
    };
    assert_eq!(b.peildatum(), d(2024, 3, 1));
    assert_eq!(b.grondslag(), lw("60"));
    assert!(
        serde_json::from_str::<LksUitkomst>(
            &json.replace(r#""maximum_bereikt":false"#, r#""maximum_bereikt":true"#)
        )
        .is_err()
    );
    let wsw = wsw_job();
    let geen = lks_berekenen(&wsw, lw("60"), d(2024, 3, 1), &p).unwrap();
    let json = serde_json::to_string(&geen).unwrap();
    assert_eq!(
        json,
        r#"{"uitkomst":"geen","uitsluiting":"wsw","begindatum":"2024-02-01","peildatum":"2024-03-01"}"#
    );
    assert_eq!(serde_json::from_str::<LksUitkomst>(&json).unwrap(), geen);
    let m = drie_taken();
    let json = serde_json::to_string(&m).unwrap();
    assert!(json.starts_with(r#"{"datum":"2024-03-01","normfunctie":{"omschrijving":"medewerker wasserij","voltijd_uren":"38"},"uren_per_week":"32","werkdagen_per_week":4,"hoofdtaken":[{"omschrijving":"strijken en vouwen","uren_per_week":"16","factoren":{"tempo":"110","kwaliteit":"90","netto_werktijd":"80"}}"#), "{json}");
    assert_eq!(serde_json::from_str::<Loonwaardemeting>(&json).unwrap(), m);
    let r = loonwaarde_meten(&m).unwrap();
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"datum":"2024-03-01","normfunctie":"medewerker wasserij","taken":[{"omschrijving":"strijken en vouwen","aandeel":"50","factoren":{"tempo":"110","kwaliteit":"90","netto_werktijd":"80"},"prestatie":"72","bijdrage":"36"},{"omschrijving":"uitgifte","aandeel":"31.25","factoren":{"tempo":"70","kwaliteit":"100","netto_werktijd":"90"},"prestatie":"63","bijdrage":"19.6875"},{"omschrijving":"sorteren","aandeel":"18.75","factoren":{"tempo":"80","kwaliteit":"75","netto_werktijd":"100"},"prestatie":"60","bijdrage":"11.25"}],"totaal":"66.9375","loonwaarde":"67"}"#
    );
    let a = aanvraag("4").niet_voldaan(Criterium::UurAaneengesloten);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(
        json,
        r#"{"aanvraagdatum":"2024-05-01","vorige_aanvraag":null,"ondersteuning":"art7","niet_voldaan":["uur_aaneengesloten"],"belastbaar_uren_per_dag":"4","uurloon":"minder_dan_minimumloon","verdienvermogen":"onder_minimumloon"}"#
    );
    assert_eq!(serde_json::from_str::<DoelgroepAanvraag>(&json).unwrap(), a);
    assert!(serde_json::from_str::<DoelgroepAanvraag>(&json.replace(r#""4""#, r#""25""#)).is_err());
}

/// Display and FromStr of every public unit enum, on its wire name, and the Dutch labels.
#[test]
fn unit_enums_round_trip_through_their_wire_names() {
    for s in [Soort::Regulier, Soort::Wsw] {
        assert_eq!(s.to_string().parse::<Soort>().unwrap(), s);
        assert_eq!(s.label().wire, s.to_string());
    }
    for u in [
        Uitsluiting::Wsw,
        Uitsluiting::LoonwaardeVol,
        Uitsluiting::ForfaitaireTermijnVerstreken,
        Uitsluiting::ForfaitairVoorStroomlijning,
    ] {
        assert_eq!(u.to_string().parse::<Uitsluiting>().unwrap(), u);
        assert_eq!(u.label().wire, u.to_string());
        assert!(!u.label().nl.is_empty());
    }
    for c in [
        Criterium::TaakInArbeidsorganisatie,
        Criterium::BasaleWerknemersvaardigheden,
        Criterium::UurAaneengesloten,
    ] {
        assert_eq!(c.to_string().parse::<Criterium>().unwrap(), c);
        assert_eq!(c.label().wire, c.to_string());
    }
    for o in [Ondersteuning::Art7, Ondersteuning::Geen] {
        assert_eq!(o.to_string().parse::<Ondersteuning>().unwrap(), o);
    }
    for u in [Uurloon::MinimumloonOfMeer, Uurloon::MinderDanMinimumloon] {
        assert_eq!(u.to_string().parse::<Uurloon>().unwrap(), u);
    }
    for v in [
        Verdienvermogen::OnderMinimumloon,
        Verdienvermogen::Minimumloon,
    ] {
        assert_eq!(v.to_string().parse::<Verdienvermogen>().unwrap(), v);
    }
    assert!("wsw ".parse::<Soort>().is_err());
    assert_eq!("110.5".parse::<Tempo>().unwrap().to_string(), "110.5%");
    assert!("abc".parse::<Tempo>().is_err());
}

#[test]
fn accessors_and_displays() {
    let m = drie_taken();
    assert_eq!(m.datum(), d(2024, 3, 1));
    assert_eq!(m.werkdagen_per_week(), 4);
    assert_eq!(m.uren_per_week().to_string(), "32");
    assert_eq!(m.normfunctie().voltijd_uren().to_string(), "38");
    assert_eq!(m.normfunctie().omschrijving(), "medewerker wasserij");
    assert_eq!(m.hoofdtaken()[1].omschrijving(), "uitgifte");
    assert_eq!(m.hoofdtaken()[1].factoren().tempo.value(), dec!(70));
    let r = loonwaarde_meten(&m).unwrap();
    assert_eq!(r.datum(), d(2024, 3, 1));
    assert_eq!(r.normfunctie(), "medewerker wasserij");
    assert_eq!(r.taken()[1].omschrijving(), "uitgifte");
    assert_eq!(r.taken()[1].aandeel(), dec!(31.25));
    assert_eq!(r.taken()[1].factoren().kwaliteit, Percentage::HUNDRED);
    assert_eq!("120".parse::<Tempo>().unwrap().value(), dec!(120));
    assert_eq!("120".parse::<Tempo>().unwrap().geteld(), dec!(100));
    let baan = job(d(1990, 5, 1), "32", "38", d(2024, 2, 1));
    assert_eq!(baan.geboortedatum(), d(1990, 5, 1));
    assert_eq!(baan.begindatum(), d(2024, 2, 1));
    assert_eq!(baan.soort(), Soort::Regulier);
    assert_eq!(baan.to_string(), "regulier dienstbetrekking van 2024-02-01");
    let s = State::aangevraagd(d(2024, 1, 10)).unwrap();
    assert_eq!(s.to_string(), "aangevraagd 2024-01-10");
    assert_eq!(s.datum(), d(2024, 1, 10));
    let e = Event::Gehoord {
        datum: d(2024, 2, 1),
    };
    assert_eq!(e.to_string(), "gehoord 2024-02-01");
    let u = lks_berekenen(&baan, lw("60"), d(2024, 3, 1), &Parameters::bundled()).unwrap();
    assert_eq!(u.to_string(), "subsidie 981.39");
    assert_eq!(u.bedrag().unwrap().to_string(), "981.39");
    assert_eq!(lw("62.5").to_string(), "loonwaarde 62.5%");
    assert_eq!(LksGrondslag::Forfaitair.to_string(), "forfaitair");
}

/// Art. 10d lid 5: the flat route exists from 2017-02-01, for a job started then or later,
/// agreed before the end of its first six months.
#[test]
fn flat_route_boundaries() {
    ctx_run(|ctx| {
        let route = |aanvraag, datum, begindatum| {
            State::aangevraagd(aanvraag)
                .unwrap()
                .apply(&Event::ForfaitaireRoute { datum, begindatum }, ctx)
        };
        assert!(route(d(2017, 1, 20), d(2017, 1, 31), d(2017, 2, 1)).is_err());
        assert!(route(d(2017, 1, 20), d(2017, 2, 1), d(2017, 1, 31)).is_err());
        assert!(route(d(2017, 1, 20), d(2017, 2, 1), d(2017, 2, 1)).is_ok());
        // agreed on the last day of the six months (2024-07-31), not on the end day 2024-08-01
        assert!(route(d(2024, 7, 1), d(2024, 7, 31), d(2024, 2, 1)).is_ok());
        assert!(route(d(2024, 7, 1), d(2024, 8, 1), d(2024, 2, 1)).is_err());
    });
    assert!(
        serde_json::from_str::<State>(
            r#"{"state":"forfaitair","afgesproken_op":"2024-08-01","begindatum":"2024-02-01"}"#
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<State>(
            r#"{"state":"forfaitair","afgesproken_op":"2024-07-31","begindatum":"2024-02-01"}"#
        )
        .is_ok()
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<State>();
    check::<Event>();
    check::<Dienstbetrekking>();
    check::<LksBerekening>();
    check::<Loonwaardemeting>();
    check::<LoonwaardeRapport>();
    check::<DoelgroepAanvraag>();
}

// --- Stored inputs and outcomes are re-checked on reading --------------------------------------

/// Reads `value` back as `T` after `tamper` changed its JSON.
fn tampered<T: serde::Serialize + serde::de::DeserializeOwned>(
    value: &T,
    tamper: impl FnOnce(&mut serde_json::Value),
) -> Result<T, serde_json::Error> {
    let mut json = serde_json::to_value(value).unwrap();
    tamper(&mut json);
    serde_json::from_value(json)
}

/// Every date of an event or request is in the crate's range (`EARLIEST`..=`LATEST`), the
/// nested ones too.
#[test]
fn event_dates_are_checked_on_reading() {
    let aanvraag = Aanvraag {
        aangevraagd_op: d(2024, 1, 10),
    };
    assert!(tampered(&aanvraag, |j| j["aangevraagd_op"] = "1899-12-31".into()).is_err());
    assert_eq!(tampered(&aanvraag, |_| {}).unwrap(), aanvraag);
    let vaststelling = Event::Vaststelling {
        datum: d(2024, 6, 20),
        herbepaling_op: Some(d(2026, 6, 20)),
    };
    assert!(tampered(&vaststelling, |j| j["herbepaling_op"] = "2200-01-01".into()).is_err());
    assert_eq!(tampered(&vaststelling, |_| {}).unwrap(), vaststelling);
    let forfaitair = Event::ForfaitaireRoute {
        datum: d(2024, 1, 15),
        begindatum: d(2024, 2, 1),
    };
    assert!(tampered(&forfaitair, |j| j["begindatum"] = "1899-12-31".into()).is_err());
    assert_eq!(tampered(&forfaitair, |_| {}).unwrap(), forfaitair);
}

/// A doelgroep application: the previous application may be on the same day, not after it;
/// 24 hours a day is the most a day has.
#[test]
fn doelgroep_application_is_checked_on_reading() {
    let a = aanvraag("4").met_vorige_aanvraag(d(2023, 5, 2)).unwrap();
    assert_eq!(a.vorige_aanvraag(), Some(d(2023, 5, 2)));
    assert_eq!(aanvraag("4").vorige_aanvraag(), None);
    let zelfde_dag = tampered(&a, |j| j["vorige_aanvraag"] = "2024-05-01".into()).unwrap();
    assert_eq!(zelfde_dag.vorige_aanvraag(), Some(d(2024, 5, 1)));
    assert!(tampered(&a, |j| j["vorige_aanvraag"] = "2024-05-02".into()).is_err());
    assert!(aanvraag("4").met_vorige_aanvraag(d(2024, 5, 2)).is_err());
    let vol = tampered(&a, |j| j["belastbaar_uren_per_dag"] = "24".into()).unwrap();
    assert_eq!(vol.validate(), Ok(()));
    assert!(tampered(&a, |j| j["belastbaar_uren_per_dag"] = "24.0001".into()).is_err());
}

/// No subsidy: the refusal's peildatum may be the job's first day, never before it.
#[test]
fn refusal_dates_are_checked_on_reading() {
    let wsw = wsw_job();
    let geen = lks_berekenen(&wsw, lw("50"), d(2024, 2, 1), &Parameters::bundled()).unwrap();
    assert!(matches!(geen, LksUitkomst::Geen(_)));
    assert_eq!(tampered(&geen, |_| {}).unwrap(), geen);
    let later = tampered(&geen, |j| j["peildatum"] = "2024-03-01".into()).unwrap();
    assert_ne!(later, geen);
    assert!(tampered(&geen, |j| j["peildatum"] = "2024-01-31".into()).is_err());
    assert!(tampered(&geen, |j| j["begindatum"] = "1899-12-31".into()).is_err());
}

/// Art. 10d lid 7: on 1 January the reference date is the peildatum itself, so the decision
/// names no earlier reference date.
#[test]
fn no_recalibration_ground_when_the_reference_date_is_the_peildatum() {
    let baan = job(d(1990, 5, 1), "36", "36", d(2024, 2, 1));
    let b = lks(&baan, lw("60"), d(2025, 1, 1));
    assert_eq!(b.referentiedatum(), d(2025, 1, 1));
    assert!(!b.decision().has("lks_herijking"));
    let b = lks(&baan, lw("60"), d(2025, 3, 1));
    assert!(b.decision().has("lks_herijking"));
}
