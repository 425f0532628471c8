//! Roundings of the banenafspraak: the quotumtekort and its variables (Besluit Wfsv art. 2.23,
//! BWBR0019070, the same in the consolidations of 2015-05-01 and 2026-04-01) and the count of
//! banen, for which no rounding is prescribed.
//!
//! Besluit Wfsv art. 2.23 lid 2: "De vaststelling van de variabelen, bedoeld in artikel 38g,
//! derde lid, van de Wfsv wordt naar beneden afgerond op twee cijfers achter de komma."
//! Lid 3: "Het quotumtekort, bedoeld in artikel 38g, derde lid, van de Wfsv wordt naar beneden
//! afgerond op één decimaal." Art. 2.22 lid 2 rounds the variables of the quotumpercentage
//! formula (art. 38f lid 2) the same way; neither names the count of banen on a date.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    Activering, Arbeidsrelatie, Baan, Inschrijving, Quotumfeiten, Realisatie, Sector,
    quotumheffing, tel,
};
use participatiewet::{Motivering, Percentage, Rounding, Taal};
use rust_decimal::{Decimal, dec};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn feiten(a: Decimal, b: Decimal, c: Decimal, dd: Decimal) -> Quotumfeiten {
    Quotumfeiten::new(
        2026,
        Sector::Overheid,
        Activering::Geactiveerd,
        a,
        Percentage::new(b).unwrap(),
        c,
        dd,
    )
    .unwrap()
}

#[test]
fn the_rounding_rules_round_down() {
    // "naar beneden afgerond": 9,79 → 9,7 and 1.326,999 → 1.326,99, never up.
    assert_eq!(Rounding::DownOneDecimal.apply(dec!(9.79)), dec!(9.7));
    assert_eq!(Rounding::DownOneDecimal.apply(dec!(9.7)), dec!(9.7));
    assert_eq!(Rounding::DownOneDecimal.apply(dec!(0.09)), dec!(0.0));
    assert_eq!(
        Rounding::DownTwoDecimals.apply(dec!(1326.999)),
        dec!(1326.99)
    );
    assert_eq!(Rounding::DownTwoDecimals.apply(dec!(2.5)), dec!(2.5));
    for r in [Rounding::DownOneDecimal, Rounding::DownTwoDecimals] {
        assert_eq!(r.to_string().parse::<Rounding>().unwrap(), r);
        for x in [Decimal::MAX, Decimal::MIN, dec!(1e-28), Decimal::ZERO] {
            let y = r.apply(x);
            assert!(y <= x, "{r}: {x} rounded up to {y}");
        }
    }
    assert_eq!(Rounding::DownOneDecimal.to_string(), "down_one_decimal");
    assert_eq!(Rounding::DownTwoDecimals.to_string(), "down_two_decimals");
}

#[test]
fn the_quotumtekort_is_rounded_down_to_one_decimal() {
    // A = 1.000.000, B = 2,5% → 25.000 hours; C = 12.042; D = 1.326:
    // (25.000 − 12.042) / 1.326 = 9,7722… → 9,7 (art. 2.23 lid 3); levy 9,7 × € 5.000.
    // Before this rule the crate kept 9,7722… and levied € 48.861,24.
    let q = quotumheffing(&feiten(
        dec!(1_000_000),
        dec!(2.5),
        dec!(12_042),
        dec!(1326),
    ))
    .unwrap();
    assert_eq!(q.quotumtekort(), dec!(9.7));
    assert_eq!(q.heffing().to_string(), "48500.00");
    // Just below a whole tenth: 12.970 hours short / 1.326 = 9,7812… → 9,7, not 9,8.
    let q = quotumheffing(&feiten(
        dec!(1_000_000),
        dec!(2.5),
        dec!(12_030),
        dec!(1326),
    ))
    .unwrap();
    assert_eq!(q.quotumtekort(), dec!(9.7));
    // A shortfall under a tenth is no shortfall: 100 hours / 1.326 = 0,075… → 0,0.
    let q = quotumheffing(&feiten(
        dec!(1_000_000),
        dec!(2.5),
        dec!(24_900),
        dec!(1326),
    ))
    .unwrap();
    assert_eq!(q.quotumtekort(), dec!(0));
    assert!(q.heffing().is_zero());
    assert!(!q.decision().value().is_eligible());
}

#[test]
fn each_variable_is_rounded_down_to_two_decimals_first() {
    // Art. 2.23 lid 2, one variable at a time; with D = 0,01 a hundredth of an hour of A is a
    // whole workplace, so the rounding of each variable shows in the quotumtekort.
    let tekort = |a, b, c, dd| quotumheffing(&feiten(a, b, c, dd)).unwrap().quotumtekort();
    // A = 1,0099 → 1,00: (1,00 × 100% − 0) / 0,01 = 100 (unrounded 100,99 → 100,9).
    assert_eq!(
        tekort(dec!(1.0099), dec!(100), dec!(0), dec!(0.01)),
        dec!(100)
    );
    // B = 1,0099% → 1,00%: (100 × 1,00% − 0) / 0,01 = 100 (unrounded 100,9).
    assert_eq!(
        tekort(dec!(100), dec!(1.0099), dec!(0), dec!(0.01)),
        dec!(100)
    );
    // C = 0,0099 → 0: (100 − 0) / 0,01 = 10.000 (unrounded 9.999,01 → 9.999).
    assert_eq!(
        tekort(dec!(100), dec!(100), dec!(0.0099), dec!(0.01)),
        dec!(10_000)
    );
    // D = 1,0099 → 1,00: 100 / 1,00 = 100 (unrounded 99,019… → 99).
    assert_eq!(
        tekort(dec!(100), dec!(100), dec!(0), dec!(1.0099)),
        dec!(100)
    );
}

#[test]
fn a_d_that_rounds_to_zero_is_refused() {
    // D = 0,009 rounds down to 0,00 (art. 2.23 lid 2): no division by zero, a form error.
    let e = Quotumfeiten::new(
        2026,
        Sector::Overheid,
        Activering::Geactiveerd,
        dec!(1000),
        Percentage::new(dec!(2.5)).unwrap(),
        dec!(0),
        dec!(0.009),
    )
    .unwrap_err();
    assert!(
        e.to_string().contains("gemiddelde_uren_arbeidsbeperkte"),
        "{e}"
    );
}

#[test]
fn the_ground_shows_the_rounded_variables() {
    let q = quotumheffing(&feiten(
        dec!(1_000_000.999),
        dec!(2.5),
        dec!(12_042.555),
        dec!(1326),
    ))
    .unwrap();
    let tekst = Motivering::new(&q.decision(), Taal::Nl).to_string();
    assert!(
        tekst.contains(
            "Het quotumtekort is 9,7 arbeidsplaatsen: (1.000.000,99 verloonde uren × 2,5% − \
             12.042,55 verloonde uren van arbeidsbeperkten) / 1.326 uren per arbeidsbeperkte."
        ),
        "{tekst}"
    );
    assert!(tekst.contains("U bent over 2026 een quotumheffing verschuldigd van € 48.500,00."));
}

// ----- the count of banen: exact, shown to two decimals ------------------------------------

fn baan(uren: &str) -> Baan {
    Baan::new(
        Sector::NietOverheid,
        Arbeidsrelatie::Dienstbetrekking,
        uren.parse().unwrap(),
        d(2024, 1, 1),
    )
    .unwrap()
    .inschrijving(Inschrijving::opgenomen(d(2020, 1, 1)).unwrap())
}

#[test]
fn the_count_of_banen_is_kept_exact() {
    // 32 hours / 25,5 = 1,2549…: the crate used to cut this to 1,25 with no rule of law behind
    // it. Three such jobs are 96 / 25,5 = 3,7647…, not 3 × 1,25 = 3,75.
    let t = tel(&[baan("32")], d(2026, 1, 1)).unwrap();
    assert!(t.banen(Sector::NietOverheid) > dec!(1.25));
    assert_eq!(
        t.banen(Sector::NietOverheid).round_dp(10),
        dec!(1.2549019608)
    );
    let drie = [baan("32"), baan("32"), baan("32")];
    let t = tel(&drie, d(2026, 1, 1)).unwrap();
    assert_eq!(t.banen(Sector::NietOverheid).round_dp(4), dec!(3.7647));
    assert_eq!(t.banen_totaal(), t.banen(Sector::NietOverheid));
    // Against a target the shortfall is exact too: 100.000 − 3,7647… for 2025.
    let r = Realisatie::landelijk(&t, Sector::NietOverheid, 2025).unwrap();
    assert_eq!(r.tekort() + r.gerealiseerd(), dec!(100_000));
}

#[test]
fn the_decision_shows_the_count_to_two_decimals() {
    let t = tel(&[baan("32")], d(2026, 1, 1)).unwrap();
    let tekst = Motivering::new(&t.decision(), Taal::Nl).to_string();
    assert!(
        tekst.starts_with(
            "Besluit\nOp 1 januari 2026 telden 1,25 banen uit de doelgroep banenafspraak (32 \
             verloonde uren per week)."
        ),
        "{tekst}"
    );
    // 25,5 × 1,005 = 25,6275 hours: 1,005 banen, shown half away from zero as 1,01.
    let t = tel(&[baan("25.6275")], d(2026, 1, 1)).unwrap();
    assert_eq!(t.banen(Sector::NietOverheid), dec!(1.005));
    let tekst = Motivering::new(&t.decision(), Taal::Nl).to_string();
    assert!(tekst.contains("telden 1,01 banen"), "{tekst}");
    let r = Realisatie::landelijk(&t, Sector::NietOverheid, 2025).unwrap();
    let tekst = Motivering::new(&r.decision(), Taal::Nl).to_string();
    assert!(tekst.contains("1,01"), "{tekst}");
    assert!(!tekst.contains("1,005"), "{tekst}");
}
