//! The closing sentences of Ziektewet art. 29b lid 2 (BWBR0001888), read in the consolidations
//! of 2022-01-01 and 2026-07-01 (whole-article texts, alike in these sentences):
//!
//! "Het recht op ziekengeld van de werknemer, bedoeld in onderdeel c, ontstaat niet eerder dan
//! zijn recht op een arbeidsongeschiktheidsuitkering of arbeidsondersteuning op grond van de
//! Wet arbeidsongeschiktheidsvoorziening jonggehandicapten. Het recht op ziekengeld van de
//! werknemer, bedoeld in onderdeel e, ontstaat niet eerder dan het moment waarop hij een
//! arbeidsbeperkte wordt als bedoeld in artikel 38b, eerste of tweede lid, van de Wet
//! financiering sociale verzekeringen."
//!
//! Lid 11: "Het bepaalde in het tweede en derde lid inzake het tweede lid, onderdeel e, is van
//! overeenkomstige toepassing op een arbeidsbeperkte als bedoeld in: a. artikel 38b, eerste
//! lid, onderdelen d, e en f, …; b. artikel 38b, tweede lid, …".

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    Dekking, Dienstverband, Feiten, Inschrijving, Minimumloonvaststelling, NoRiskPolis, Toeleiding,
    Werknemer, beoordeel, no_riskpolis,
};
use participatiewet::{Bezwaar, Citation, Motivering, Regulation, Taal};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn gedekt(p: NoRiskPolis) -> Dekking {
    match p {
        NoRiskPolis::Gedekt(d) => d,
        other => panic!("not covered: {other}"),
    }
}

fn zw(lid: u8) -> Citation {
    Citation::article(Regulation::Ziektewet, "29b").lid(lid)
}

#[test]
fn lid_2_c_no_ziekengeld_before_the_wajong_right() {
    // Onderdeel c: the job began before 18, before the Wajong right arose (on 2026-04-01).
    let f = Dienstverband::new(Werknemer::WajongNaDienstbetrekking, d(2025, 9, 1))
        .unwrap()
        .wajong_recht_vanaf(d(2026, 4, 1))
        .unwrap();
    // Sick from 2026-03-02: covered, but ziekengeld only from 2026-04-01.
    let dekking = gedekt(no_riskpolis(&f, d(2026, 3, 2)).unwrap());
    assert_eq!(dekking.eerste_ziektedag(), d(2026, 3, 2));
    assert_eq!(dekking.niet_eerder_dan(), Some(d(2026, 4, 1)));
    assert_eq!(dekking.ziekengeld_vanaf(), d(2026, 4, 1));
    // Sick from the day itself or after: from the first day.
    for dag in [d(2026, 4, 1), d(2026, 5, 4)] {
        assert_eq!(
            gedekt(no_riskpolis(&f, dag).unwrap()).ziekengeld_vanaf(),
            dag
        );
    }
}

#[test]
fn lid_2_e_no_ziekengeld_before_he_becomes_an_arbeidsbeperkte() {
    // In the job from 2026-01-01, in the register from 2026-02-16.
    let f = Dienstverband::new(Werknemer::Banenafspraak, d(2026, 1, 1))
        .unwrap()
        .arbeidsbeperkte_vanaf(d(2026, 2, 16))
        .unwrap();
    let dekking = gedekt(no_riskpolis(&f, d(2026, 1, 12)).unwrap());
    assert_eq!(dekking.ziekengeld_vanaf(), d(2026, 2, 16));
    let dec = no_riskpolis(&f, d(2026, 1, 12)).unwrap().decision();
    assert!(dec.cites(&zw(2)));
    assert!(dec.has("banenafspraak_no_riskpolis_niet_eerder_dan_arbeidsbeperkte"));
    assert_eq!(
        gedekt(no_riskpolis(&f, d(2026, 2, 17)).unwrap()).ziekengeld_vanaf(),
        d(2026, 2, 17)
    );
}

#[test]
fn lid_11_applies_the_rule_of_onderdeel_e() {
    let f = Dienstverband::new(Werknemer::Arbeidsbeperkte, d(2026, 1, 1))
        .unwrap()
        .arbeidsbeperkte_vanaf(d(2026, 3, 1))
        .unwrap();
    let p = no_riskpolis(&f, d(2026, 2, 2)).unwrap();
    assert_eq!(gedekt(p).ziekengeld_vanaf(), d(2026, 3, 1));
    let dec = p.decision();
    assert!(dec.cites(&zw(11)));
    assert!(!dec.cites(&zw(2)));
}

#[test]
fn without_the_day_the_groups_are_refused_with_the_field_named() {
    let c = Dienstverband::new(Werknemer::WajongNaDienstbetrekking, d(2025, 9, 1)).unwrap();
    assert_eq!(
        no_riskpolis(&c, d(2026, 3, 2)).unwrap_err().field(),
        Some("wajong_recht_vanaf")
    );
    for w in [Werknemer::Banenafspraak, Werknemer::Arbeidsbeperkte] {
        let e = Dienstverband::new(w, d(2025, 9, 1)).unwrap();
        assert_eq!(
            no_riskpolis(&e, d(2026, 3, 2)).unwrap_err().field(),
            Some("arbeidsbeperkte_vanaf")
        );
    }
    // Groups the sentences do not name need no day and take none.
    let a = Dienstverband::new(Werknemer::Wajong, d(2025, 9, 1)).unwrap();
    assert!(no_riskpolis(&a, d(2026, 3, 2)).is_ok());
    assert_eq!(
        a.wajong_recht_vanaf(d(2026, 1, 1)).unwrap_err().field(),
        Some("wajong_recht_vanaf")
    );
    assert_eq!(
        a.arbeidsbeperkte_vanaf(d(2026, 1, 1)).unwrap_err().field(),
        Some("arbeidsbeperkte_vanaf")
    );
    assert!(c.arbeidsbeperkte_vanaf(d(2026, 1, 1)).is_err());
    assert!(
        Dienstverband::new(Werknemer::Banenafspraak, d(2025, 9, 1))
            .unwrap()
            .wajong_recht_vanaf(d(2026, 1, 1))
            .is_err()
    );
    // The day is checked like every date.
    assert!(c.wajong_recht_vanaf(NaiveDate::MAX).is_err());
}

#[test]
fn the_register_gives_the_day_of_the_entry() {
    let koen = Feiten::builder()
        .toeleiding(Toeleiding::Artikel7Lid1a)
        .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
        .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3)).unwrap())
        .build()
        .unwrap();
    let b = beoordeel(&koen, d(2026, 7, 1)).unwrap();
    let f = Dienstverband::uit_register(&b, d(2025, 10, 1))
        .unwrap()
        .unwrap();
    assert_eq!(f.werknemer(), Werknemer::Banenafspraak);
    assert_eq!(f.aanvang(), d(2025, 10, 1));
    // Sick on 2025-10-20, before the entry of 2025-11-03: ziekengeld from 2025-11-03.
    let dekking = gedekt(no_riskpolis(&f, d(2025, 10, 20)).unwrap());
    assert_eq!(dekking.ziekengeld_vanaf(), d(2025, 11, 3));
    // No group, no dienstbetrekking.
    let niemand = beoordeel(&Feiten::builder().build().unwrap(), d(2026, 7, 1)).unwrap();
    assert_eq!(
        Dienstverband::uit_register(&niemand, d(2026, 1, 1)).unwrap(),
        None
    );
}

#[test]
fn a_stored_cover_reads_back_only_when_its_day_fits_its_group() {
    let f = Dienstverband::new(Werknemer::WajongNaDienstbetrekking, d(2025, 9, 1))
        .unwrap()
        .wajong_recht_vanaf(d(2026, 4, 1))
        .unwrap();
    let p = no_riskpolis(&f, d(2026, 3, 2)).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"gedekt":{"werknemer":{"groep":"wajong_na_dienstbetrekking"},"eerste_ziektedag":"2026-03-02","uiterlijk":null,"percentage":"70","niet_eerder_dan":"2026-04-01"}}"#
    );
    assert_eq!(serde_json::from_str::<NoRiskPolis>(&json).unwrap(), p);
    let zonder = json.replace(r#""2026-04-01""#, "null");
    assert!(serde_json::from_str::<NoRiskPolis>(&zonder).is_err());
    let andere_groep = json.replace("wajong_na_dienstbetrekking", "wajong");
    assert!(serde_json::from_str::<NoRiskPolis>(&andere_groep).is_err());
    let fj = serde_json::to_string(&f).unwrap();
    assert_eq!(
        fj,
        r#"{"werknemer":{"groep":"wajong_na_dienstbetrekking"},"aanvang":"2025-09-01","wsw_artikel_2":false,"wajong_recht_vanaf":"2026-04-01","arbeidsbeperkte_vanaf":null}"#
    );
    assert_eq!(serde_json::from_str::<Dienstverband>(&fj).unwrap(), f);
    let verkeerd = fj
        .replace(
            r#""wajong_recht_vanaf":"2026-04-01""#,
            r#""wajong_recht_vanaf":null"#,
        )
        .replace(
            r#""arbeidsbeperkte_vanaf":null"#,
            r#""arbeidsbeperkte_vanaf":"2026-04-01""#,
        );
    assert!(serde_json::from_str::<Dienstverband>(&verkeerd).is_err());
}

#[test]
fn golden_motivering_of_a_later_right() {
    let f = Dienstverband::new(Werknemer::WajongNaDienstbetrekking, d(2025, 9, 1))
        .unwrap()
        .wajong_recht_vanaf(d(2026, 4, 1))
        .unwrap();
    let dec = no_riskpolis(&f, d(2026, 3, 2)).unwrap().decision();
    assert_eq!(
        Motivering::new(&dec, Taal::Nl).to_string(),
        "Besluit\n\
         Het UWV betaalt ziekengeld vanaf 1 april 2026 (no-riskpolis).\n\
         \n\
         Motivering\n\
         - De no-riskpolis geldt voor u: uw dienstbetrekking begon vóór uw 18e, vóór uw \
         Wajong-recht. (artikel 29b, tweede lid, onderdeel c, van de Ziektewet)\n\
         - Uw recht op ziekengeld ontstaat niet eerder dan uw recht op een \
         arbeidsongeschiktheidsuitkering of arbeidsondersteuning op grond van de Wajong, op \
         1 april 2026. (artikel 29b, tweede lid, van de Ziektewet)\n\
         - Voor uw groep kent de wet geen termijn: de no-riskpolis geldt zolang uw dienstbetrekking \
         duurt. (artikel 29b, tweede lid, onderdeel c, van de Ziektewet)\n\
         - Het ziekengeld bedraagt 70% van het dagloon. (artikel 29b, vijfde lid, van de Ziektewet)\n"
    );
    let bezwaar = Bezwaar::new(d(2026, 3, 10)).unwrap();
    let met = Motivering::new(&dec, Taal::Nl)
        .met_bezwaar(bezwaar)
        .to_string();
    assert!(met.starts_with("Besluit\nHet UWV betaalt ziekengeld vanaf 1 april 2026"));
    assert!(met.contains("bezwaar"), "{met}");
}

/// The no-riskpolis covers from the first day of the employment, not a day before it; both
/// answers print their wire name and day.
#[test]
fn cover_starts_on_the_first_day_of_the_employment() {
    let f = Dienstverband::new(Werknemer::Wajong, d(2026, 3, 2)).unwrap();
    let eerste_dag = no_riskpolis(&f, d(2026, 3, 2)).unwrap();
    assert!(matches!(eerste_dag, NoRiskPolis::Gedekt(_)));
    assert_eq!(eerste_dag.to_string(), "gedekt: wajong (2026-03-02)");
    let ervoor = no_riskpolis(&f, d(2026, 3, 1)).unwrap();
    assert!(matches!(ervoor, NoRiskPolis::NietGedekt { .. }));
    assert!(ervoor.to_string().starts_with("niet_gedekt: "));
    assert!(ervoor.to_string().ends_with(" (2026-03-01)"));
}

/// A proefplaatsing is judged on Pw art. 8a as it reads from 1 January 2025: that day is
/// the first a proefplaatsing may start; the doelgroep answer prints as `ja: <day>` or `nee`.
#[test]
fn proefplaatsing_from_the_text_of_2025() {
    use participatiewet::banenafspraak::{DoelgroepLks, Proefkandidaat, proefplaatsing};
    assert!(proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2025, 1, 1), 0).is_ok());
    assert!(proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2024, 12, 31), 0).is_err());
    assert_eq!(
        DoelgroepLks::Ja {
            sinds: d(2026, 1, 1)
        }
        .to_string(),
        "ja: 2026-01-01"
    );
    assert_eq!(DoelgroepLks::Nee.to_string(), "nee");
}
