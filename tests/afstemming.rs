//! Art. 18 measures (afstemming) and the end of bijstand: hand-checked vectors, golden Dutch
//! texts and JSON snapshots.
//!
//! The vectors follow the government rules engine's afstemming cases (categories of 5%, 30%
//! and 100% for one month), re-dated to 1 January 2026: a single person of 35 on the norm of
//! Participatiewet art. 21 onderdeel a as indexed on 1 January 2026, € 1.401,50 per month.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, Categorie, Herhaling, MaatregelFeiten,
    OpgelegdeMaatregel, Toepassing, Trede, Verordening, Verplichting, WettelijkeDuur, maatregel,
};
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden, uitstroom};
use participatiewet::{
    Bezwaar, Citation, Decision, Eligibility, Money, Motivering, Percentage, Period, Regulation,
    Taal,
};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The norm of a single person of 35 on 2026-01-01 (art. 21 onderdeel a).
fn norm() -> Money {
    Money::from_cents(140_150).unwrap()
}

fn voorbeeldstad() -> Verordening {
    Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld())
}

fn categorie(nummer: u8) -> MaatregelFeiten {
    MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Medewerking, nummer, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .build()
        .unwrap()
}

fn arbeid(datum: NaiveDate, ingang: NaiveDate, eerdere: &[OpgelegdeMaatregel]) -> MaatregelFeiten {
    let mut b = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, datum)
        .ingang(ingang);
    for e in eerdere {
        b = b.eerdere(*e);
    }
    b.build().unwrap()
}

#[test]
fn each_category_of_5_30_and_100_percent_for_one_month() {
    // 5% of 1401.50 = 70.075, rounded half away from zero to 70.08; 30% = 420.45; 100% = all.
    for (nummer, verlaging, bedrag) in [
        (1, "70.08", "1331.42"),
        (2, "420.45", "981.05"),
        (3, "1401.50", "0.00"),
    ] {
        let f = categorie(nummer);
        let v = voorbeeldstad();
        let m = maatregel(&f, &v).unwrap();
        assert_eq!(m.verlaging().to_string(), verlaging, "categorie {nummer}");
        assert_eq!(m.bedrag().to_string(), bedrag, "categorie {nummer}");
        let p = m.periode().unwrap();
        assert_eq!((p.from(), p.last_day()), (d(2026, 2, 1), d(2026, 2, 28)));
        // The period ends when the verordening says: March is paid in full again.
        assert_eq!(m.bedrag_op(d(2026, 3, 1)), norm());
        assert_eq!(m.bedrag_op(d(2026, 1, 31)), norm());
        assert_eq!(m.bedrag_op(d(2026, 2, 28)), m.bedrag());
        let decision = m.decision();
        assert_eq!(decision.value(), &Eligibility::Eligible(m.bedrag()));
        let bron = Citation::owned(
            Regulation::GemeentelijkBeleid,
            format!(
                "Afstemmingsverordening Participatiewet Voorbeeldstad 2025, artikel {}",
                8 + nummer
            ),
        );
        assert!(
            decision.cites(&bron),
            "categorie {nummer} cites its article"
        );
        assert_eq!(
            m.opgelegd().unwrap().toepassing(),
            Toepassing::Verordening { categorie: nummer }
        );
    }
}

#[test]
fn a_100_percent_measure_leaves_the_right_intact() {
    let f = categorie(3);
    let v = voorbeeldstad();
    let d = maatregel(&f, &v).unwrap().decision();
    assert!(d.value().is_eligible());
    assert_eq!(d.value().value(), Some(&Money::ZERO));
    assert_eq!(d.reasons().count(), 0);
}

#[test]
fn no_verordening_is_reported_never_a_silent_zero() {
    let f = categorie(2);
    let v = Verordening::ontbreekt("Voorbeeldstad").unwrap();
    let m = maatregel(&f, &v).unwrap();
    assert_eq!(m.bedrag(), norm());
    assert!(m.periode().is_none());
    let d = m.decision();
    assert!(d.has("afstemming_geen_verordening"));
    assert!(
        d.cites(
            &Citation::article(Regulation::Participatiewet, "8")
                .lid(1)
                .onderdeel("a")
        )
    );
    assert_eq!(
        Motivering::new(&d, Taal::Nl).to_string(),
        "Besluit\n\
         Uw bijstand wordt niet verlaagd. U ontvangt € 1.401,50 per maand.\n\
         \n\
         Motivering\n\
         - Uw bijstand zonder maatregel is € 1.401,50 per maand. (artikel 19, tweede lid, van de Participatiewet)\n\
         - U bent op 5 januari 2026 deze verplichting niet nagekomen: het college de medewerking verlenen die redelijkerwijs nodig is voor de uitvoering van de wet. (artikel 17, tweede lid, van de Participatiewet)\n\
         - De gemeenteraad heeft geen afstemmingsverordening vastgesteld. Zonder verordening kan het college de bijstand voor deze gedraging niet verlagen. (artikel 8, eerste lid, onderdeel a, van de Participatiewet)\n"
    );
}

#[test]
fn no_verordening_for_a_statutory_case_takes_the_shortest_period() {
    let v = Verordening::ontbreekt("Voorbeeldstad").unwrap();
    let f = arbeid(d(2026, 1, 5), d(2026, 2, 1), &[]);
    let m = maatregel(&f, &v).unwrap();
    assert_eq!(m.bedrag(), Money::ZERO);
    assert_eq!(m.periode().unwrap().to(), d(2026, 3, 1));
    assert!(m.decision().has("afstemming_geen_verordening_duur"));
    // a repeat within twelve months: two months, the shortest longer period (lid 6)
    let eerste = m.opgelegd().unwrap();
    let f2 = arbeid(d(2026, 5, 4), d(2026, 6, 1), &[eerste]);
    let m2 = maatregel(&f2, &v).unwrap();
    assert_eq!(m2.periode().unwrap().to(), d(2026, 8, 1));
    assert_eq!(
        m2.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Tweede
        })
    );
}

#[test]
fn a_missing_municipality_is_a_typed_error() {
    // in the facts: the builder and the JSON both refuse an empty municipality
    let err = MaatregelFeiten::builder("", norm())
        .verordening(Verplichting::Medewerking, 1, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .build()
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("invalid_facts", Some("gemeente"))
    );
    let json = serde_json::to_string(&categorie(1)).unwrap();
    let zonder = json.replace(r#""gemeente":"Voorbeeldstad","#, "");
    let err = serde_json::from_str::<MaatregelFeiten>(&zonder).unwrap_err();
    assert!(
        err.to_string().contains("missing field `gemeente`"),
        "{err}"
    );
    // a verordening of another municipality
    let elders = Verordening::ontbreekt("Elders").unwrap();
    let err = maatregel(&categorie(1), &elders).unwrap_err();
    assert_eq!(err.field(), Some("gemeente"));
    // a verordening without a status or without its municipality
    assert!(serde_json::from_str::<Verordening>(r#"{"status":"ontbreekt"}"#).is_err());
    assert!(
        serde_json::from_str::<Verordening>(r#"{"status":"ontbreekt","gemeente":""}"#).is_err()
    );
    assert!(serde_json::from_str::<Verordening>(r#"{"gemeente":"X"}"#).is_err());
}

#[test]
fn a_category_the_verordening_lacks_is_an_error() {
    let err = maatregel(&categorie(4), &voorbeeldstad()).unwrap_err();
    assert_eq!(err.field(), Some("categorie"));
}

#[test]
fn conduct_before_the_verordening_is_an_error() {
    let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Arbeid, 1, d(2024, 12, 31))
        .ingang(d(2025, 1, 1))
        .build()
        .unwrap();
    let err = maatregel(&f, &voorbeeldstad()).unwrap_err();
    assert_eq!(err.field(), Some("gedraging_datum"));
}

#[test]
fn no_blame_no_measure() {
    let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .arbeidsverplichting(Arbeidsverplichting::Reizen, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .niet_verwijtbaar()
        .build()
        .unwrap();
    let v = voorbeeldstad();
    let m = maatregel(&f, &v).unwrap();
    assert_eq!(m.bedrag(), norm());
    assert!(m.opgelegd().is_none());
    let d = m.decision();
    assert!(d.has("afstemming_niet_verwijtbaar"));
    assert!(d.cites(&Citation::article(Regulation::Participatiewet, "18").lid(9)));
}

#[test]
fn statutory_steps_within_twelve_months() {
    // Art. 18 lid 5-8 (text of 2015-01-01, unchanged to 2026-07-01): 100%, the verordening's
    // one month, then its two months, then three months, then three months each time.
    let v = voorbeeldstad();
    let f1 = arbeid(d(2025, 1, 6), d(2025, 2, 1), &[]);
    let m1 = maatregel(&f1, &v).unwrap();
    assert_eq!(
        m1.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Eerste
        })
    );
    assert_eq!(m1.periode().unwrap().to(), d(2025, 3, 1));
    let e1 = m1.opgelegd().unwrap();

    // within twelve months of 2025-02-01: lid 6, the verordening's two months
    let f2 = arbeid(d(2026, 1, 31), d(2026, 2, 1), &[e1]);
    let m2 = maatregel(&f2, &v).unwrap();
    assert_eq!(
        m2.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Tweede
        })
    );
    assert_eq!(m2.periode().unwrap().to(), d(2026, 4, 1));
    assert!(
        m2.decision()
            .cites(&Citation::article(Regulation::Participatiewet, "18").lid(6))
    );
    let e2 = m2.opgelegd().unwrap();

    // lid 7: three months
    let f3 = arbeid(d(2026, 6, 1), d(2026, 7, 1), &[e1, e2]);
    let m3 = maatregel(&f3, &v).unwrap();
    assert_eq!(
        m3.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Derde
        })
    );
    assert_eq!(m3.periode().unwrap().to(), d(2026, 10, 1));
    assert!(!m3.decision().has("afstemming_duur_verordening"));
    let e3 = m3.opgelegd().unwrap();

    // lid 8, and lid 8 again
    let f4 = arbeid(d(2026, 12, 1), d(2027, 1, 1), &[e1, e2, e3]);
    let e4 = maatregel(&f4, &v).unwrap().opgelegd().unwrap();
    assert_eq!(
        e4.toepassing(),
        Toepassing::Wettelijk {
            trede: Trede::Volgende
        }
    );
    let f5 = arbeid(d(2027, 3, 1), d(2027, 4, 1), &[e1, e2, e3, e4]);
    let m5 = maatregel(&f5, &v).unwrap();
    assert_eq!(
        m5.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Volgende
        })
    );
    assert_eq!(m5.periode().unwrap().to(), d(2027, 7, 1));
}

#[test]
fn twelve_months_after_the_previous_measure_starts_again() {
    let v = voorbeeldstad();
    let e1 = maatregel(&arbeid(d(2025, 1, 6), d(2025, 2, 1), &[]), &v)
        .unwrap()
        .opgelegd()
        .unwrap();
    // 2026-02-01 is twelve months after 2025-02-01: no longer "binnen twaalf maanden"
    let feiten_m = arbeid(d(2026, 2, 1), d(2026, 2, 1), &[e1]);
    let m = maatregel(&feiten_m, &v).unwrap();
    assert_eq!(
        m.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Eerste
        })
    );
    // an earlier measure that starts after the conduct does not count
    let later = maatregel(&arbeid(d(2025, 3, 1), d(2025, 4, 1), &[]), &v)
        .unwrap()
        .opgelegd()
        .unwrap();
    let feiten_m = arbeid(d(2025, 3, 15), d(2025, 3, 16), &[later]);
    let m = maatregel(&feiten_m, &v).unwrap();
    assert_eq!(
        m.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Eerste
        })
    );
    // a measure of the verordening does not count as a statutory step
    let cat = maatregel(&categorie(1), &v).unwrap().opgelegd().unwrap();
    let feiten_m = arbeid(d(2026, 3, 1), d(2026, 3, 1), &[cat]);
    let m = maatregel(&feiten_m, &v).unwrap();
    assert_eq!(
        m.toepassing(),
        Some(Toepassing::Wettelijk {
            trede: Trede::Eerste
        })
    );
}

#[test]
fn the_verordenings_repeat_rule() {
    let herhaling = Herhaling::new(6, Percentage::new(dec!(60)).unwrap(), 2).unwrap();
    let v = Verordening::Vastgesteld(
        Afstemmingsverordening::new(
            "Voorbeeldstad",
            "Afstemmingsverordening Voorbeeldstad 2026",
            d(2026, 1, 1),
            vec![
                Categorie::new("9", Percentage::new(dec!(20)).unwrap(), 1, Some(herhaling))
                    .unwrap(),
                Categorie::new("10", Percentage::HUNDRED, 1, None).unwrap(),
            ],
            WettelijkeDuur::new("12", 2, 3).unwrap(),
        )
        .unwrap(),
    );
    let feiten_eerste = categorie(1);
    let eerste = maatregel(&feiten_eerste, &v).unwrap();
    assert_eq!(eerste.verlaging().to_string(), "280.30");
    let e = eerste.opgelegd().unwrap();
    let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Arbeid, 1, d(2026, 7, 31))
        .ingang(d(2026, 8, 1))
        .eerdere(e)
        .build()
        .unwrap();
    let m = maatregel(&f, &v).unwrap();
    assert_eq!(m.percentage(), Percentage::new(dec!(60)).unwrap());
    assert_eq!(m.verlaging().to_string(), "840.90");
    assert_eq!(m.periode().unwrap().to(), d(2026, 10, 1));
    assert!(m.decision().has("afstemming_categorie_herhaling"));
    // outside the six months: the base rule
    let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Arbeid, 1, d(2026, 8, 1))
        .ingang(d(2026, 8, 1))
        .eerdere(e)
        .build()
        .unwrap();
    assert_eq!(
        maatregel(&f, &v).unwrap().percentage(),
        Percentage::new(dec!(20)).unwrap()
    );
    // another category does not repeat this one
    let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Arbeid, 2, d(2026, 3, 1))
        .ingang(d(2026, 3, 1))
        .eerdere(e)
        .build()
        .unwrap();
    assert!(
        !maatregel(&f, &v)
            .unwrap()
            .decision()
            .has("afstemming_categorie_herhaling")
    );
    // the verordening's own statutory period: two months for a first breach
    let feiten_m = arbeid(d(2026, 1, 5), d(2026, 2, 1), &[]);
    let m = maatregel(&feiten_m, &v).unwrap();
    assert_eq!(m.periode().unwrap().to(), d(2026, 4, 1));
    assert!(m.decision().has("afstemming_duur_verordening"));
}

#[test]
fn statutory_cases_before_2015_are_refused() {
    let err = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .arbeidsverplichting(Arbeidsverplichting::Reizen, d(2014, 12, 31))
        .ingang(d(2015, 1, 1))
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("gedraging_datum"));
    assert!(Arbeidsverplichting::op(d(2014, 12, 31)).is_empty());
}

fn golden_decision() -> Decision<Eligibility<Money>> {
    let f = arbeid(d(2026, 1, 5), d(2026, 2, 1), &[]);
    let v = voorbeeldstad();
    maatregel(&f, &v).unwrap().decision()
}

const GOLDEN: &str = "Besluit\n\
Uw bijstand wordt verlaagd met 100%. Van 1 februari 2026 tot en met 28 februari 2026 ontvangt u € 0,00 per maand. Uw recht op bijstand blijft bestaan.\n\
\n\
Motivering\n\
- Uw bijstand zonder maatregel is € 1.401,50 per maand. (artikel 19, tweede lid, van de Participatiewet)\n\
- U bent op 5 januari 2026 deze verplichting niet nagekomen: het aanvaarden of het behouden van algemeen geaccepteerde arbeid. (artikel 18, vierde lid, onderdeel a, van de Participatiewet)\n\
- Voor het niet nakomen van deze verplichting verlaagt het college de bijstand met 100%. (artikel 18, vijfde lid, van de Participatiewet)\n\
- De afstemmingsverordening stelt de duur van deze verlaging vast. (gemeentelijk beleid: Afstemmingsverordening Participatiewet Voorbeeldstad 2025, artikel 12)\n\
- De verlaging geldt voor één maand: van 1 februari 2026 tot en met 28 februari 2026. (artikel 18, vijfde lid, van de Participatiewet)\n\
- De verlaging is € 1.401,50 per maand. U ontvangt in deze periode € 0,00 per maand. (artikel 18, vijfde lid, van de Participatiewet)\n";

#[test]
fn golden_dutch_text_of_a_measure() {
    assert_eq!(
        Motivering::new(&golden_decision(), Taal::Nl).to_string(),
        GOLDEN
    );
}

#[test]
fn golden_dutch_text_with_the_bezwaarclausule() {
    let d = golden_decision();
    let text = Motivering::new(&d, Taal::Nl)
        .met_bezwaar(Bezwaar::new(self::d(2026, 1, 20)).unwrap())
        .to_string();
    let expected = format!(
        "{GOLDEN}\n\
         Bezwaar\n\
         Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (20 januari 2026); uw bezwaarschrift moet uiterlijk op 3 maart 2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).\n"
    );
    assert_eq!(text, expected);
}

#[test]
fn golden_dutch_text_of_a_category_measure() {
    let f = categorie(1);
    let v = voorbeeldstad();
    let d = maatregel(&f, &v).unwrap().decision();
    assert_eq!(
        Motivering::new(&d, Taal::Nl).to_string(),
        "Besluit\n\
         Uw bijstand wordt verlaagd met 5%. Van 1 februari 2026 tot en met 28 februari 2026 ontvangt u € 1.331,42 per maand. Uw recht op bijstand blijft bestaan.\n\
         \n\
         Motivering\n\
         - Uw bijstand zonder maatregel is € 1.401,50 per maand. (artikel 19, tweede lid, van de Participatiewet)\n\
         - U bent op 5 januari 2026 deze verplichting niet nagekomen: het college de medewerking verlenen die redelijkerwijs nodig is voor de uitvoering van de wet. (artikel 17, tweede lid, van de Participatiewet)\n\
         - De afstemmingsverordening deelt deze gedraging in categorie 1 in. Voor deze categorie wordt de bijstand verlaagd met 5%. (gemeentelijk beleid: Afstemmingsverordening Participatiewet Voorbeeldstad 2025, artikel 9)\n\
         - De verlaging geldt voor één maand: van 1 februari 2026 tot en met 28 februari 2026. (artikel 18, tweede lid, van de Participatiewet)\n\
         - De verlaging is € 70,08 per maand. U ontvangt in deze periode € 1.331,42 per maand. (artikel 18, tweede lid, van de Participatiewet)\n"
    );
}

#[test]
fn english_text_renders_from_templates() {
    let text = Motivering::new(&golden_decision(), Taal::En).to_string();
    assert!(text.starts_with("Decision\nYour bijstand is lowered by 100%. From 2026-02-01 to 2026-02-28 you receive €0.00 a month."), "{text}");
}

#[test]
fn decisions_read_back_from_json() {
    let d = golden_decision();
    let json = serde_json::to_string(&d).unwrap();
    let back: Decision<Eligibility<Money>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn json_snapshots_of_persisted_types() {
    let m = maatregel(&categorie(2), &voorbeeldstad())
        .unwrap()
        .opgelegd()
        .unwrap();
    assert_eq!(
        serde_json::to_string(&m).unwrap(),
        r#"{"gedraging_datum":"2026-01-05","toepassing":{"grond":"verordening","categorie":2},"percentage":"30","verlaging":"420.45","periode":{"from":"2026-02-01","to":"2026-03-01"}}"#
    );
    assert_eq!(
        serde_json::to_string(&categorie(2)).unwrap(),
        r#"{"gemeente":"Voorbeeldstad","bijstand":"1401.50","gedraging":{"soort":"verordening","verplichting":"medewerking","categorie":2},"gedraging_datum":"2026-01-05","ingangsdatum":"2026-02-01","verwijtbaarheid":"verwijtbaar","eerdere":[]}"#
    );
    assert_eq!(
        serde_json::to_string(&voorbeeldstad()).unwrap(),
        r#"{"status":"vastgesteld","gemeente":"Voorbeeldstad","citeertitel":"Afstemmingsverordening Participatiewet Voorbeeldstad 2025","geldig_vanaf":"2025-01-01","categorieen":[{"artikel":"9","percentage":"5","maanden":1,"herhaling":null},{"artikel":"10","percentage":"30","maanden":1,"herhaling":null},{"artikel":"11","percentage":"100","maanden":1,"herhaling":null}],"wettelijke_duur":{"artikel":"12","eerste":1,"tweede":2}}"#
    );
    let e = Beeindiging::new(d(2026, 3, 1), Beeindigingsreden::InkomenPartner).unwrap();
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"datum":"2026-03-01","reden":"inkomen_partner"}"#
    );
    for json in [
        serde_json::to_string(&m).unwrap(),
        serde_json::to_string(&voorbeeldstad()).unwrap(),
    ] {
        assert!(!json.is_empty());
    }
    assert_eq!(
        serde_json::from_str::<OpgelegdeMaatregel>(&serde_json::to_string(&m).unwrap()).unwrap(),
        m
    );
    assert_eq!(
        serde_json::from_str::<Verordening>(&serde_json::to_string(&voorbeeldstad()).unwrap())
            .unwrap(),
        voorbeeldstad()
    );
}

#[test]
fn tampered_rows_are_refused() {
    // a statutory measure below 100%, or longer than three months
    let bad = r#"{"gedraging_datum":"2026-01-05","toepassing":{"grond":"wettelijk","trede":"eerste"},"percentage":"50","verlaging":"1.00","periode":{"from":"2026-02-01","to":"2026-03-01"}}"#;
    assert!(serde_json::from_str::<OpgelegdeMaatregel>(bad).is_err());
    let bad = r#"{"gedraging_datum":"2026-01-05","toepassing":{"grond":"wettelijk","trede":"derde"},"percentage":"100","verlaging":"1.00","periode":{"from":"2026-02-01","to":"2026-05-02"}}"#;
    assert!(serde_json::from_str::<OpgelegdeMaatregel>(bad).is_err());
    let ok = bad.replace("2026-05-02", "2026-05-01");
    assert!(serde_json::from_str::<OpgelegdeMaatregel>(&ok).is_ok());
    // a measure before its conduct; category 0; an unknown field
    let bad = r#"{"gedraging_datum":"2026-03-05","toepassing":{"grond":"verordening","categorie":1},"percentage":"5","verlaging":"1.00","periode":{"from":"2026-02-01","to":"2026-03-01"}}"#;
    assert!(serde_json::from_str::<OpgelegdeMaatregel>(bad).is_err());
    let bad = r#"{"gedraging_datum":"2026-01-05","toepassing":{"grond":"verordening","categorie":0},"percentage":"5","verlaging":"1.00","periode":{"from":"2026-02-01","to":"2026-03-01"}}"#;
    assert!(serde_json::from_str::<OpgelegdeMaatregel>(bad).is_err());
    let json = serde_json::to_string(&categorie(1)).unwrap();
    assert!(
        serde_json::from_str::<MaatregelFeiten>(
            &json.replace("\"eerdere\"", "\"extra\":1,\"eerdere\"")
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<MaatregelFeiten>(&json.replace("2026-02-01", "2026-01-01")).is_err()
    );
    // verordening: lid 6 period not longer than lid 5, no categories, months out of range
    let v = serde_json::to_string(&voorbeeldstad()).unwrap();
    assert!(
        serde_json::from_str::<Verordening>(
            &v.replace(r#""eerste":1,"tweede":2"#, r#""eerste":2,"tweede":2"#)
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Verordening>(
            &v.replace(r#""eerste":1,"tweede":2"#, r#""eerste":1,"tweede":4"#)
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Verordening>(&v.replace(
            r#""maanden":1,"herhaling":null},{"artikel":"10""#,
            r#""maanden":0,"herhaling":null},{"artikel":"10""#
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<Verordening>(&v.replace(
            r#""citeertitel":"Afstemmingsverordening Participatiewet Voorbeeldstad 2025""#,
            r#""citeertitel":" ""#
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<Verordening>(
            &v.replace("\"wettelijke_duur\"", "\"extra\":1,\"wettelijke_duur\"")
        )
        .is_err()
    );
}

#[test]
fn unit_enums_round_trip_their_wire_names() {
    for v in Arbeidsverplichting::ALL {
        assert_eq!(v.to_string().parse::<Arbeidsverplichting>().unwrap(), v);
        assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{v}\""));
    }
    for t in [Trede::Eerste, Trede::Tweede, Trede::Derde, Trede::Volgende] {
        assert_eq!(t.to_string().parse::<Trede>().unwrap(), t);
        assert_eq!(t.label().wire, t.to_string());
        assert_eq!(t.citation().lid, Some(t.lid()));
    }
    for r in Beeindigingsreden::ALL {
        assert_eq!(r.to_string().parse::<Beeindigingsreden>().unwrap(), r);
    }
    assert!("geen".parse::<Trede>().is_err());
}

#[test]
fn the_end_of_bijstand_with_its_reason() {
    let e = Beeindiging::new(d(2026, 3, 1), Beeindigingsreden::Pensioenleeftijd).unwrap();
    assert_eq!(
        e.decision().outcome().text(Taal::Nl),
        "Uw bijstand wordt beëindigd met ingang van 1 maart 2026 wegens het bereiken van de pensioengerechtigde leeftijd."
    );
    assert_eq!(
        e.ground().citation().to_string(),
        "Participatiewet art. 47a lid 1"
    );
    assert!(
        serde_json::from_str::<Beeindiging>(r#"{"datum":"2300-01-01","reden":"werk"}"#).is_err()
    );
    assert!(
        serde_json::from_str::<Beeindiging>(r#"{"datum":"2026-01-01","reden":"werk","x":1}"#)
            .is_err()
    );
    let einden: Vec<Beeindiging> = (1..=12)
        .map(|m| {
            let reden = if m % 3 == 0 {
                Beeindigingsreden::Verhuizing
            } else {
                Beeindigingsreden::Werk
            };
            Beeindiging::new(d(2026, m, 1), reden).unwrap()
        })
        .collect();
    let telling = uitstroom(&einden);
    // 2026-01-01 ends bijstand on 31 December 2025: outflow of 2025
    assert_eq!(telling.get(&(2025, Beeindigingsreden::Werk)), Some(&1));
    assert_eq!(telling.get(&(2026, Beeindigingsreden::Werk)), Some(&7));
    assert_eq!(
        telling.get(&(2026, Beeindigingsreden::Verhuizing)),
        Some(&4)
    );
}

#[test]
fn persisted_period_is_the_measure_period() {
    let feiten_m = categorie(3);
    let v_m = voorbeeldstad();
    let m = maatregel(&feiten_m, &v_m).unwrap();
    let o = m.opgelegd().unwrap();
    assert_eq!(Some(o.periode()), m.periode());
    assert_eq!(o.verlaging_op(d(2026, 2, 14)), norm());
    assert_eq!(o.verlaging_op(d(2026, 3, 1)), Money::ZERO);
    assert_eq!(
        o.periode(),
        Period::new(d(2026, 2, 1), d(2026, 3, 1)).unwrap()
    );
}

mod arbeidsplicht_art_9 {
    use super::d;
    use participatiewet::bijstand::afstemming::{Ontheffing, Verplichtingen, arbeidsplicht};
    use participatiewet::{Motivering, Parameters, Taal};

    #[test]
    fn the_obligations_run_from_the_melding_between_18_and_the_pensionable_age() {
        let p = Parameters::bundled();
        let born = d(1990, 6, 1);
        let melding = d(2026, 1, 5);
        let at = |peil, o| {
            arbeidsplicht(born, melding, peil, o, &p)
                .unwrap()
                .verplichtingen()
        };
        assert_eq!(at(d(2026, 1, 4), Ontheffing::Geen), Verplichtingen::Geen);
        assert_eq!(at(d(2026, 1, 5), Ontheffing::Geen), Verplichtingen::Alle);
        assert_eq!(
            at(d(2026, 1, 5), Ontheffing::DringendeRedenen),
            Verplichtingen::AlleenVoorziening
        );
        assert_eq!(
            at(d(2026, 1, 5), Ontheffing::AlleenstaandeOuder),
            Verplichtingen::AlleenVoorziening
        );
        assert_eq!(
            at(d(2026, 1, 5), Ontheffing::VolledigDuurzaamArbeidsongeschikt),
            Verplichtingen::Geen
        );
        // under 18 at the melding: from the 18th birthday
        let jong = d(2008, 6, 1);
        let a = arbeidsplicht(jong, melding, d(2026, 5, 31), Ontheffing::Geen, &p).unwrap();
        assert!(!a.geldt());
        assert!(a.decision().has("arbeidsplicht_jonger_dan_18"));
        let a = arbeidsplicht(jong, melding, d(2026, 6, 1), Ontheffing::Geen, &p).unwrap();
        assert!(a.geldt());
        // at the pensionable age: no longer
        let oud = d(1960, 3, 10);
        let aow = p.aow_datum(oud).unwrap();
        let a = arbeidsplicht(oud, melding, aow, Ontheffing::Geen, &p).unwrap();
        assert!(!a.geldt());
        assert!(a.decision().has("arbeidsplicht_pensioenleeftijd"));
        let a = arbeidsplicht(oud, melding, aow.pred_opt().unwrap(), Ontheffing::Geen, &p).unwrap();
        assert!(a.geldt());
        // a melding before birth is an error
        let err =
            arbeidsplicht(born, d(1980, 1, 1), d(2026, 1, 1), Ontheffing::Geen, &p).unwrap_err();
        assert_eq!(err.field(), Some("melding"));
        assert!(
            arbeidsplicht(
                chrono::NaiveDate::MIN,
                melding,
                melding,
                Ontheffing::Geen,
                &p
            )
            .is_err()
        );
    }

    #[test]
    fn an_aow_date_the_table_does_not_know_yet() {
        let p = Parameters::bundled();
        let melding = d(2026, 1, 5);
        // a known AOW date is named in the grounds
        let oud = d(1960, 3, 10);
        let a = arbeidsplicht(oud, melding, d(2026, 2, 1), Ontheffing::Geen, &p).unwrap();
        assert!(a.decision().has("arbeidsplicht_leeftijd"));
        // not yet known: the obligations apply before the 65th birthday, an error from it on
        let later = d(1975, 1, 1);
        assert!(p.aow_datum(later).is_err());
        let a = arbeidsplicht(later, melding, d(2039, 12, 31), Ontheffing::Geen, &p).unwrap();
        assert!(a.geldt());
        assert!(a.decision().has("arbeidsplicht_leeftijd_pensioen_onbekend"));
        assert!(arbeidsplicht(later, melding, d(2040, 1, 1), Ontheffing::Geen, &p).is_err());
    }

    #[test]
    fn golden_dutch_text_of_the_obligations() {
        let p = Parameters::bundled();
        let a = arbeidsplicht(
            d(1990, 6, 1),
            d(2026, 1, 5),
            d(2026, 2, 1),
            Ontheffing::AlleenstaandeOuder,
            &p,
        )
        .unwrap();
        assert_eq!(
            Motivering::new(&a.decision(), Taal::Nl).to_string(),
            "Besluit\n\
                 Voor u gelden deze verplichtingen van artikel 9, eerste lid: alleen de plicht om gebruik te maken van een voorziening gericht op arbeidsinschakeling (onderdeel b).\n\
                 \n\
                 Motivering\n\
                 - De verplichtingen gelden vanaf de dag van uw melding, 5 januari 2026. (artikel 44, tweede lid, van de Participatiewet)\n\
                 - U bent 35 jaar. De verplichtingen gelden tot de pensioengerechtigde leeftijd. (artikel 9, eerste lid, van de Participatiewet)\n\
                 - Voor u geldt een uitzondering: u hebt als alleenstaande ouder van een kind jonger dan vijf jaar ontheffing van de plicht om arbeid te verkrijgen, te aanvaarden en te behouden en van de tegenprestatie. (artikel 9a, eerste lid, van de Participatiewet)\n"
        );
    }
}

mod grenzen {
    use super::*;
    use participatiewet::Parameters;
    use participatiewet::bijstand::afstemming::{Ontheffing, arbeidsplicht};

    #[test]
    fn conduct_on_the_verordenings_first_day_counts() {
        let f = MaatregelFeiten::builder("Voorbeeldstad", norm())
            .verordening(Verplichting::Arbeid, 1, d(2025, 1, 1))
            .ingang(d(2025, 1, 1))
            .build()
            .unwrap();
        let v = voorbeeldstad();
        assert_eq!(
            maatregel(&f, &v).unwrap().percentage(),
            Percentage::new(dec!(5)).unwrap()
        );
    }

    #[test]
    fn conduct_on_the_first_day_of_the_earlier_measure_is_a_repeat() {
        let v = voorbeeldstad();
        let eerste = arbeid(d(2026, 1, 5), d(2026, 2, 1), &[]);
        let e = maatregel(&eerste, &v).unwrap().opgelegd().unwrap();
        let f = arbeid(d(2026, 2, 1), d(2026, 3, 1), &[e]);
        let m = maatregel(&f, &v).unwrap();
        assert_eq!(
            m.toepassing(),
            Some(Toepassing::Wettelijk {
                trede: Trede::Tweede
            })
        );
        let besluit = m.decision();
        assert!(besluit.has("afstemming_wettelijk_herhaling"));
        assert!(besluit.has("afstemming_duur_verordening"));
        assert!(besluit.has("afstemming_periode"));
        // the day before the earlier measure starts: not yet a repeat
        let f = arbeid(d(2026, 1, 31), d(2026, 3, 1), &[e]);
        assert_eq!(
            maatregel(&f, &v).unwrap().toepassing(),
            Some(Toepassing::Wettelijk {
                trede: Trede::Eerste
            })
        );
    }

    #[test]
    fn the_latest_earlier_measure_decides_the_step() {
        let v = voorbeeldstad();
        let e1 = maatregel(&arbeid(d(2025, 6, 2), d(2025, 7, 1), &[]), &v)
            .unwrap()
            .opgelegd()
            .unwrap();
        let f2 = arbeid(d(2025, 8, 4), d(2025, 9, 1), &[e1]);
        let e2 = maatregel(&f2, &v).unwrap().opgelegd().unwrap();
        // listed in either order, the later measure (step two) decides: step three
        for eerdere in [[e1, e2], [e2, e1]] {
            let f = arbeid(d(2025, 12, 1), d(2026, 1, 1), &eerdere);
            assert_eq!(
                maatregel(&f, &v).unwrap().toepassing(),
                Some(Toepassing::Wettelijk {
                    trede: Trede::Derde
                })
            );
        }
    }

    #[test]
    fn a_melding_on_the_birth_date_is_accepted_and_no_exemption_is_not_a_ground() {
        let p = Parameters::bundled();
        let born = d(2000, 1, 1);
        assert!(arbeidsplicht(born, born, d(2026, 1, 1), Ontheffing::Geen, &p).is_ok());
        let a = arbeidsplicht(born, d(2026, 1, 1), d(2026, 1, 1), Ontheffing::Geen, &p).unwrap();
        let dec = a.decision();
        assert!(!dec.has("arbeidsplicht_ontheffing"));
        assert_eq!(dec.grounds().len(), 2);
        let a = arbeidsplicht(born, d(2026, 1, 1), d(2025, 12, 31), Ontheffing::Geen, &p).unwrap();
        assert_eq!(a.decision().grounds().len(), 1);
    }

    #[test]
    fn the_lowering_is_the_rounded_share_of_the_bijstand() {
        // 30% of 0.05 = 0.015 -> 0.02 (half away from zero); 5% of 0.01 = 0.0005 -> 0.00
        let v = voorbeeldstad();
        for (cents, categorie, verlaging) in [(5, 2, "0.02"), (1, 1, "0.00"), (1, 3, "0.01")] {
            let f = MaatregelFeiten::builder("Voorbeeldstad", Money::from_cents(cents).unwrap())
                .verordening(Verplichting::Arbeid, categorie, d(2026, 1, 5))
                .ingang(d(2026, 2, 1))
                .build()
                .unwrap();
            assert_eq!(
                maatregel(&f, &v).unwrap().verlaging().to_string(),
                verlaging
            );
        }
    }
}

/// The council's verordeningen over time (Participatiewet art. 8 lid 1 onderdeel a: "De
/// gemeenteraad stelt bij verordening regels"): the one in force on the day of the conduct
/// applies; before the first there is none, an explicit state; the list is as strict as every
/// other policy table.
#[test]
fn the_municipalitys_verordening_over_time() {
    use participatiewet::{Beleid, Parameters, bijstand};
    let bron = Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels Voorbeeldstad".to_owned(),
    );
    let pct = |p| Percentage::new(p).unwrap();
    let v2027 = Afstemmingsverordening::new(
        "Voorbeeldstad",
        "Afstemmingsverordening Participatiewet Voorbeeldstad 2027",
        d(2027, 1, 1),
        vec![Categorie::new("9", pct(dec!(10)), 1, None).unwrap()],
        WettelijkeDuur::new("12", 1, 3).unwrap(),
    )
    .unwrap();
    // inserted in any order, kept in date order
    let beleid = Beleid::new("Voorbeeldstad", bron.clone())
        .unwrap()
        .with_afstemmingsverordening(v2027.clone())
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap();
    let vanaf: Vec<_> = beleid
        .afstemmingsverordeningen()
        .iter()
        .map(Afstemmingsverordening::geldig_vanaf)
        .collect();
    assert_eq!(vanaf, [d(2025, 1, 1), d(2027, 1, 1)]);
    assert_eq!(
        beleid.afstemmingsverordening_op(d(2024, 12, 31)),
        Verordening::ontbreekt("Voorbeeldstad").unwrap()
    );
    assert_eq!(
        beleid.afstemmingsverordening_op(d(2026, 12, 31)),
        voorbeeldstad()
    );
    assert_eq!(
        beleid.afstemmingsverordening_op(d(2027, 1, 1)),
        Verordening::Vastgesteld(v2027.clone())
    );
    assert_eq!(
        Beleid::default().afstemmingsverordening_op(d(2026, 1, 1)),
        Verordening::ontbreekt("(standaard)").unwrap()
    );
    // the vectors of 5%, 30% and 100% for one month, with the bijstand of a single person of
    // 35 from the bundled norms on 2026-02-01 (art. 21 onderdeel a: € 1.401,50)
    let feiten =
        bijstand::BijstandFeiten::builder(d(1990, 7, 1), bijstand::Huishouden::alleenstaande())
            .build()
            .unwrap();
    let bijstand = bijstand::bijstand_op(&feiten, d(2026, 2, 1), &Parameters::bundled())
        .unwrap()
        .bedrag();
    assert_eq!(bijstand, norm());
    for (nummer, bedrag) in [(1, "1331.42"), (2, "981.05"), (3, "0.00")] {
        let f = MaatregelFeiten::builder("Voorbeeldstad", bijstand)
            .verordening(Verplichting::Medewerking, nummer, d(2026, 1, 5))
            .ingang(d(2026, 2, 1))
            .build()
            .unwrap();
        let v = beleid.afstemmingsverordening_op(f.gedraging_datum());
        let m = maatregel(&f, &v).unwrap();
        assert_eq!(m.bedrag().to_string(), bedrag);
        assert_eq!(m.periode().unwrap().to(), d(2026, 3, 1));
    }
    // the same conduct in 2027 falls under the new verordening: category 2 no longer exists
    let f = MaatregelFeiten::builder("Voorbeeldstad", bijstand)
        .verordening(Verplichting::Medewerking, 2, d(2027, 1, 5))
        .ingang(d(2027, 2, 1))
        .build()
        .unwrap();
    let v = beleid.afstemmingsverordening_op(f.gedraging_datum());
    assert_eq!(maatregel(&f, &v).unwrap_err().field(), Some("categorie"));
}

/// The verordeningen of a policy are as strict as every other policy table: another
/// municipality, two on one day, disorder on the wire and a missing list are refused.
#[test]
fn the_verordeningen_of_a_policy_are_strict() {
    use participatiewet::Beleid;
    let bron = Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels Voorbeeldstad".to_owned(),
    );
    let v2027 = Afstemmingsverordening::new(
        "Voorbeeldstad",
        "Afstemmingsverordening Participatiewet Voorbeeldstad 2027",
        d(2027, 1, 1),
        vec![Categorie::new("9", Percentage::new(dec!(10)).unwrap(), 1, None).unwrap()],
        WettelijkeDuur::new("12", 1, 3).unwrap(),
    )
    .unwrap();
    let beleid = Beleid::new("Voorbeeldstad", bron.clone())
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap()
        .with_afstemmingsverordening(v2027)
        .unwrap();
    let err = Beleid::new("Elders", bron.clone())
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap_err();
    assert_eq!(err.field(), Some("afstemmingsverordeningen"));
    let err = beleid
        .clone()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap_err();
    assert_eq!(err.field(), Some("afstemmingsverordeningen"));
    let json = serde_json::to_string(&beleid).unwrap();
    assert_eq!(serde_json::from_str::<Beleid>(&json).unwrap(), beleid);
    let lijst = |b: &Beleid| {
        let value: serde_json::Value = serde_json::to_value(b).unwrap();
        value["afstemmingsverordeningen"].clone()
    };
    let mut omgekeerd: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut verordeningen = lijst(&beleid).as_array().unwrap().clone();
    verordeningen.reverse();
    omgekeerd["afstemmingsverordeningen"] = verordeningen.into();
    assert!(serde_json::from_value::<Beleid>(omgekeerd).is_err());
    let mut zonder: serde_json::Value = serde_json::from_str(&json).unwrap();
    zonder
        .as_object_mut()
        .unwrap()
        .remove("afstemmingsverordeningen");
    let err = serde_json::from_value::<Beleid>(zonder).unwrap_err();
    assert!(
        err.to_string()
            .contains("missing field `afstemmingsverordeningen`"),
        "{err}"
    );
    let elders = json.replacen(
        r#""gemeente":"Voorbeeldstad","citeertitel""#,
        r#""gemeente":"Elders","citeertitel""#,
        1,
    );
    assert_ne!(elders, json);
    assert!(serde_json::from_str::<Beleid>(&elders).is_err());
}

#[test]
fn the_statutory_measures_apply_to_conduct_from_1_january_2015() {
    // Participatiewet art. 18 lid 4 and 5 (Wet maatregelen WWB, in force 2015-01-01): conduct
    // on that day is in scope, the day before is not.
    let op = |datum| {
        MaatregelFeiten::builder("Voorbeeldstad", norm())
            .arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, datum)
            .ingang(d(2015, 2, 1))
            .build()
    };
    let f = op(d(2015, 1, 1)).unwrap();
    assert_eq!(
        f.gedraging().to_string(),
        format!(
            "arbeidsverplichting: {}",
            Arbeidsverplichting::AanvaardenOfBehouden
        )
    );
    assert!(op(d(2014, 12, 31)).is_err());
    let v = MaatregelFeiten::builder("Voorbeeldstad", norm())
        .verordening(Verplichting::Medewerking, 2, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .build()
        .unwrap();
    assert_eq!(
        v.gedraging().to_string(),
        format!("verordening: {} (categorie 2)", Verplichting::Medewerking)
    );
}

#[test]
fn an_imposed_measure_may_start_on_the_day_of_the_conduct_and_prints_its_rule() {
    // Art. 18 lid 2: a measure lowers the bijstand from the conduct on, never before it; a
    // statutory one (lid 5) is for conduct from 2015-01-01.
    let maand = |van, tot| Period::new(van, tot).unwrap();
    let wettelijk = Toepassing::Wettelijk {
        trede: Trede::Eerste,
    };
    let m = OpgelegdeMaatregel::new(
        d(2015, 1, 1),
        wettelijk,
        Percentage::HUNDRED,
        norm(),
        maand(d(2015, 1, 1), d(2015, 2, 1)),
    )
    .unwrap();
    assert_eq!(m.toepassing().to_string(), "wettelijk: eerste");
    assert!(
        OpgelegdeMaatregel::new(
            d(2014, 12, 31),
            wettelijk,
            Percentage::HUNDRED,
            norm(),
            maand(d(2015, 1, 1), d(2015, 2, 1)),
        )
        .is_err()
    );
    let v = Toepassing::Verordening { categorie: 2 };
    assert_eq!(v.to_string(), "verordening: categorie 2");
    let m = OpgelegdeMaatregel::new(
        d(2026, 1, 5),
        v,
        Percentage::new(dec!(20)).unwrap(),
        Money::from_cents(28_030).unwrap(),
        maand(d(2026, 1, 5), d(2026, 2, 5)),
    )
    .unwrap();
    assert_eq!(m.periode().from(), d(2026, 1, 5));
    assert!(
        OpgelegdeMaatregel::new(
            d(2026, 1, 5),
            v,
            Percentage::new(dec!(20)).unwrap(),
            Money::from_cents(28_030).unwrap(),
            maand(d(2026, 1, 4), d(2026, 2, 4)),
        )
        .is_err()
    );
}

#[test]
fn a_verordening_has_one_to_twenty_categories_of_one_to_36_months() {
    use participatiewet::bijstand::afstemming::{MAX_CATEGORIEEN, MAX_MAANDEN};
    // Participatiewet art. 8 lid 1 onderdeel a: the verordening sets the categories of
    // conduct and the lowering for each; the crate bounds them to keep a stored one sane.
    let cat = |maanden| Categorie::new("9", Percentage::new(dec!(20)).unwrap(), maanden, None);
    assert_eq!(cat(3).unwrap().maanden(), 3);
    assert!(cat(MAX_MAANDEN).is_ok());
    assert!(cat(MAX_MAANDEN + 1).is_err());
    let duur = WettelijkeDuur::new("12", 1, 2).unwrap();
    let met = |n: usize| {
        Afstemmingsverordening::new(
            "Voorbeeldstad",
            "Afstemmingsverordening Voorbeeldstad",
            d(2025, 1, 1),
            vec![cat(1).unwrap(); n],
            duur.clone(),
        )
    };
    let v = met(MAX_CATEGORIEEN).unwrap();
    assert_eq!(v.citeertitel(), "Afstemmingsverordening Voorbeeldstad");
    assert_eq!(v.categorieen().len(), MAX_CATEGORIEEN);
    assert_eq!(
        met(MAX_CATEGORIEEN + 1).unwrap_err().field(),
        Some("categorieen")
    );
    assert_eq!(met(0).unwrap_err().field(), Some("categorieen"));
    // A repeat rule's months are checked on reading too.
    let h = Herhaling::new(12, Percentage::HUNDRED, 2).unwrap();
    let json = serde_json::to_string(&h).unwrap();
    assert_eq!(serde_json::from_str::<Herhaling>(&json).unwrap(), h);
    for (veld, waarde) in [("binnen_maanden", 0), ("maanden", 0), ("maanden", 37)] {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v[veld] = serde_json::Value::from(waarde);
        assert!(
            serde_json::from_value::<Herhaling>(v).is_err(),
            "{veld} {waarde}"
        );
    }
}

#[test]
fn an_imposed_measure_prints_its_rule_share_and_period() {
    let m = OpgelegdeMaatregel::new(
        d(2026, 1, 5),
        Toepassing::Wettelijk {
            trede: Trede::Eerste,
        },
        Percentage::HUNDRED,
        norm(),
        Period::new(d(2026, 2, 1), d(2026, 3, 1)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        m.to_string(),
        "wettelijk: eerste, 100% van 2026-02-01 tot 2026-03-01"
    );
}

#[test]
fn a_municipality_holds_at_most_50_verordeningen_and_each_prints_its_state() {
    use participatiewet::{Beleid, Regulation};
    let bron = Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels 2025".to_owned(),
    );
    let mut beleid = Beleid::new("Voorbeeldstad", bron).unwrap();
    let v = Afstemmingsverordening::voorbeeld();
    let cats = v.categorieen().to_vec();
    let jaar = |i: i32| {
        Afstemmingsverordening::new(
            "Voorbeeldstad",
            format!("Afstemmingsverordening Voorbeeldstad {}", 2000 + i),
            d(2000 + i, 1, 1),
            cats.clone(),
            v.wettelijke_duur().clone(),
        )
        .unwrap()
    };
    for i in 0..50 {
        beleid = beleid.with_afstemmingsverordening(jaar(i)).unwrap();
    }
    assert_eq!(beleid.afstemmingsverordeningen().len(), 50);
    let err = beleid.with_afstemmingsverordening(jaar(50)).unwrap_err();
    assert_eq!(err.field(), Some("afstemmingsverordeningen"));
    assert_eq!(
        Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()).to_string(),
        "vastgesteld: Voorbeeldstad@2025-01-01"
    );
    assert_eq!(
        Verordening::ontbreekt("Nergenshuizen").unwrap().to_string(),
        "ontbreekt: Nergenshuizen"
    );
}

#[test]
fn the_end_of_bijstand_reads_back_only_within_the_crates_dates_and_knows_work() {
    // The reason "werk" is the council's outflow to work; the others are not.
    assert!(Beeindigingsreden::Werk.is_werk());
    assert!(!Beeindigingsreden::InkomenPartner.is_werk());
    assert!(!Beeindigingsreden::Overig.is_werk());
    let b = Beeindiging::new(d(2026, 3, 1), Beeindigingsreden::Werk).unwrap();
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(serde_json::from_str::<Beeindiging>(&json).unwrap(), b);
    let buiten = json.replace("2026-03-01", "1899-12-31");
    assert_ne!(buiten, json);
    assert!(serde_json::from_str::<Beeindiging>(&buiten).is_err());
}
