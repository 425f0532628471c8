//! The inclusiviteitsopslag of the Wet banenafspraak (BWBR0051018), art. 5, 6 and 12, read in
//! the consolidations of 2026-01-01 and 2026-07-01.
//!
//! Art. 6 lid 1 (both texts): "De inclusiviteitsopslag is verschuldigd met ingang van
//! 1 januari van het tweede kalenderjaar na het kalenderjaar waarin tot activering is
//! besloten." Lid 3: "De inclusiviteitsopslag is niet verschuldigd indien het een kleine
//! werkgever betreft, als bedoeld in artikel 36 van de Wfsv." Lid 6: "De inclusiviteitsopslag
//! wordt vastgesteld bij regeling van Onze Minister als een voor alle takken van bedrijf en
//! beroep gelijk opslagpercentage op het in artikel 36 van de Wfsv bedoelde hoge
//! premiepercentage." Art. 12 lid 1: "… niet van toepassing met betrekking tot kalenderjaren,
//! gelegen voor de datum van inwerkingtreding van artikel 2 van deze wet."

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    GeenOpslag, Inclusiviteitsopslag, OpslagTekst, Opslagactivering, Opslagfeiten,
    WET_BANENAFSPRAAK_ARTIKEL_2, Werkgeversomvang, inclusiviteitsopslag,
};
use participatiewet::{Bezwaar, Money, Motivering, Percentage, Taal};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn geld(s: &str) -> Money {
    s.parse().unwrap()
}

const IN_2026: Opslagactivering = Opslagactivering::Geactiveerd { besloten_in: 2026 };

fn feiten(jaar: i32, a: Opslagactivering, w: Werkgeversomvang) -> Opslagfeiten {
    Opslagfeiten::new(jaar, a, w, geld("1000000.00"), geld("50000.00")).unwrap()
}

fn half_procent() -> Percentage {
    Percentage::new(dec!(0.5)).unwrap()
}

#[test]
fn owed_from_1_january_of_the_second_year_after_the_activation() {
    for (jaar, geen) in [
        (2026, Some(GeenOpslag::NogNietVerschuldigd)),
        (2027, Some(GeenOpslag::NogNietVerschuldigd)),
        (2028, None),
        (2030, None),
    ] {
        let o = inclusiviteitsopslag(
            &feiten(jaar, IN_2026, Werkgeversomvang::Overig).opslagpercentage(half_procent()),
        )
        .unwrap();
        assert_eq!(o.verschuldigd_vanaf(), Some(d(2028, 1, 1)), "{jaar}");
        assert_eq!(o.geen(), geen, "{jaar}");
        assert_eq!(o.opslag().is_zero(), geen.is_some(), "{jaar}");
    }
    let later = Opslagactivering::Geactiveerd { besloten_in: 2029 };
    let o = inclusiviteitsopslag(&feiten(2030, later, Werkgeversomvang::Overig)).unwrap();
    assert_eq!(o.verschuldigd_vanaf(), Some(d(2031, 1, 1)));
    assert_eq!(o.geen(), Some(GeenOpslag::NogNietVerschuldigd));
}

#[test]
fn the_amount_is_the_percentage_of_the_wage_less_the_exempt_wage() {
    // 0,5% × (1.000.000 − 50.000) = 4.750,00.
    let o = inclusiviteitsopslag(
        &feiten(2028, IN_2026, Werkgeversomvang::Overig).opslagpercentage(half_procent()),
    )
    .unwrap();
    assert_eq!(o.grondslag(), geld("950000.00"));
    assert_eq!(o.opslag(), geld("4750.00"));
    // To the cent, half away from zero: 0,3333% × 1.000,05 = 3,333166… → 3,33.
    let f = Opslagfeiten::new(
        2028,
        IN_2026,
        Werkgeversomvang::Overig,
        geld("1000.05"),
        geld("0.00"),
    )
    .unwrap()
    .opslagpercentage(Percentage::new(dec!(0.3333)).unwrap());
    assert_eq!(inclusiviteitsopslag(&f).unwrap().opslag(), geld("3.33"));
}

#[test]
fn no_opslag_without_activation_or_for_a_kleine_werkgever() {
    let o = inclusiviteitsopslag(&feiten(
        2030,
        Opslagactivering::NietGeactiveerd,
        Werkgeversomvang::Overig,
    ))
    .unwrap();
    assert_eq!(o.geen(), Some(GeenOpslag::NietGeactiveerd));
    assert_eq!(o.verschuldigd_vanaf(), None);
    let k =
        inclusiviteitsopslag(&feiten(2028, IN_2026, Werkgeversomvang::KleineWerkgever)).unwrap();
    assert_eq!(k.geen(), Some(GeenOpslag::KleineWerkgever));
    assert!(k.opslag().is_zero());
    assert!(k.decision().has("banenafspraak_opslag_kleine_werkgever"));
}

#[test]
fn an_owed_opslag_without_the_ministers_percentage_is_refused() {
    // Art. 6 lid 6: the percentage is set by ministerial regulation, not in the law.
    let e = inclusiviteitsopslag(&feiten(2028, IN_2026, Werkgeversomvang::Overig)).unwrap_err();
    assert_eq!(e.field(), Some("opslagpercentage"));
    // Not owed: no percentage needed.
    assert!(inclusiviteitsopslag(&feiten(2027, IN_2026, Werkgeversomvang::Overig)).is_ok());
}

#[test]
fn years_before_article_2_are_refused() {
    assert_eq!(WET_BANENAFSPRAAK_ARTIKEL_2, d(2026, 1, 1));
    let e = Opslagfeiten::new(
        2025,
        Opslagactivering::NietGeactiveerd,
        Werkgeversomvang::Overig,
        geld("1.00"),
        geld("0.00"),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("kalenderjaar"));
    let e = Opslagfeiten::new(
        2028,
        Opslagactivering::Geactiveerd { besloten_in: 2025 },
        Werkgeversomvang::Overig,
        geld("1.00"),
        geld("0.00"),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("besloten_in"));
    let e = Opslagfeiten::new(
        2028,
        Opslagactivering::Geactiveerd { besloten_in: 2029 },
        Werkgeversomvang::Overig,
        geld("1.00"),
        geld("0.00"),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("besloten_in"));
    for jaar in [i32::MIN, 1899, 2200, i32::MAX] {
        assert!(
            Opslagfeiten::new(
                jaar,
                Opslagactivering::NietGeactiveerd,
                Werkgeversomvang::Overig,
                geld("1.00"),
                geld("0.00"),
            )
            .is_err()
        );
    }
    let e = Opslagfeiten::new(
        2028,
        IN_2026,
        Werkgeversomvang::Overig,
        geld("1.00"),
        geld("2.00"),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("vrijgesteld_loon"));
}

#[test]
fn the_text_of_1_january_of_the_year_applies() {
    let o = |jaar| {
        inclusiviteitsopslag(&feiten(jaar, IN_2026, Werkgeversomvang::Overig))
            .unwrap()
            .tekst()
    };
    assert_eq!(o(2026), OpslagTekst::T2026);
    assert_eq!(o(2027), OpslagTekst::T2026Juli);
    assert_eq!(OpslagTekst::T2026Juli.vanaf(), d(2026, 7, 1));
    assert_eq!(OpslagTekst::op(d(2026, 6, 30)), Some(OpslagTekst::T2026));
    assert_eq!(OpslagTekst::op(NaiveDate::MIN), None);
    assert_eq!(
        OpslagTekst::op(NaiveDate::MAX),
        Some(OpslagTekst::T2026Juli)
    );
    for t in [OpslagTekst::T2026, OpslagTekst::T2026Juli] {
        assert_eq!(t.to_string().parse::<OpslagTekst>().unwrap(), t);
    }
}

#[test]
fn json_snapshots_read_back_only_as_the_facts_give_them() {
    let f = feiten(2028, IN_2026, Werkgeversomvang::Overig).opslagpercentage(half_procent());
    let o = inclusiviteitsopslag(&f).unwrap();
    let json = serde_json::to_string(&o).unwrap();
    assert_eq!(
        json,
        r#"{"feiten":{"kalenderjaar":2028,"activering":{"stand":"geactiveerd","besloten_in":2026},"werkgever":"overig","premieloon":"1000000.00","vrijgesteld_loon":"50000.00","opslagpercentage":"0.5"},"tekst":"t2026_juli","verschuldigd_vanaf":"2028-01-01","geen":null,"grondslag":"950000.00","opslag":"4750.00"}"#
    );
    assert_eq!(
        serde_json::from_str::<Inclusiviteitsopslag>(&json).unwrap(),
        o
    );
    assert!(
        serde_json::from_str::<Inclusiviteitsopslag>(&json.replace("4750.00", "1.00")).is_err()
    );
    let fj = serde_json::to_string(&f).unwrap();
    assert_eq!(serde_json::from_str::<Opslagfeiten>(&fj).unwrap(), f);
    assert!(serde_json::from_str::<Opslagfeiten>(&fj.replace("2026}", "2025}")).is_err());
    assert!(
        serde_json::from_str::<Opslagfeiten>(&fj.replace("\"werkgever\"", "\"x\":1,\"werkgever\""))
            .is_err()
    );
}

#[test]
fn golden_motivering_of_an_owed_opslag() {
    let o = inclusiviteitsopslag(
        &feiten(2028, IN_2026, Werkgeversomvang::Overig).opslagpercentage(half_procent()),
    )
    .unwrap();
    let dec = o.decision();
    assert_eq!(dec.value().value(), Some(&geld("4750.00")));
    let tekst = Motivering::new(&dec, Taal::Nl).to_string();
    assert_eq!(
        tekst,
        "Besluit\n\
         U bent over 2028 een inclusiviteitsopslag verschuldigd van € 4.750,00.\n\
         \n\
         Motivering\n\
         - Tot activering is besloten in 2026; de inclusiviteitsopslag is verschuldigd met ingang \
         van 1 januari 2028, 1 januari van het tweede kalenderjaar daarna. (artikel 6, eerste lid, \
         van de Wet banenafspraak)\n\
         - De opslag is 0,5% van € 950.000,00: het premieloon van € 1.000.000,00 minus € 50.000,00 \
         loon waarover de opslag niet verschuldigd is; het percentage volgt uit de regeling van de \
         minister (artikel 6, zesde lid). (artikel 6, vierde lid, van de Wet banenafspraak)\n"
    );
    let met = Motivering::new(&dec, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2029, 3, 1)).unwrap())
        .to_string();
    assert!(met.starts_with(&tekst[..40]));
}

#[test]
fn golden_motivering_of_an_opslag_not_yet_owed() {
    let o = inclusiviteitsopslag(&feiten(2027, IN_2026, Werkgeversomvang::Overig)).unwrap();
    assert_eq!(
        Motivering::new(&o.decision(), Taal::Nl).to_string(),
        "Besluit\n\
         U bent over 2027 geen inclusiviteitsopslag verschuldigd.\n\
         \n\
         Motivering\n\
         - Tot activering is besloten in 2026; de inclusiviteitsopslag is verschuldigd met ingang \
         van 1 januari 2028, 1 januari van het tweede kalenderjaar daarna. (artikel 6, eerste lid, \
         van de Wet banenafspraak)\n"
    );
}

#[test]
fn an_owed_opslag_of_nothing_is_no_opslag() {
    // Owed (activated, due, not small), but the whole wage is exempt (art. 6 lid 4): € 0.
    let f = Opslagfeiten::new(
        2028,
        IN_2026,
        Werkgeversomvang::Overig,
        geld("1000.00"),
        geld("1000.00"),
    )
    .unwrap()
    .opslagpercentage(half_procent());
    assert_eq!(f.kalenderjaar(), 2028);
    let o = inclusiviteitsopslag(&f).unwrap();
    assert_eq!(o.geen(), None);
    assert!(o.opslag().is_zero());
    let dec = o.decision();
    assert!(!dec.value().is_eligible());
    assert!(dec.has("banenafspraak_geen_inclusiviteitsopslag"));
    assert!(dec.has("banenafspraak_opslag_berekening"));
}

#[test]
fn the_activation_and_its_text_read_as_their_wire_names() {
    assert_eq!(IN_2026.to_string(), "geactiveerd: 2026");
    assert_eq!(
        Opslagactivering::NietGeactiveerd.to_string(),
        "niet_geactiveerd"
    );
    for g in [
        GeenOpslag::NietGeactiveerd,
        GeenOpslag::NogNietVerschuldigd,
        GeenOpslag::KleineWerkgever,
    ] {
        assert_eq!(g.to_string().parse::<GeenOpslag>().unwrap(), g);
    }
    for w in [Werkgeversomvang::KleineWerkgever, Werkgeversomvang::Overig] {
        assert_eq!(w.to_string().parse::<Werkgeversomvang>().unwrap(), w);
    }
    assert_eq!(
        feiten(2031, IN_2026, Werkgeversomvang::Overig).kalenderjaar(),
        2031
    );
}
