//! Invariants (proptest) of the rules added for issue #12: the rounded quotumtekort (Besluit
//! Wfsv art. 2.23), the no-riskpolis's later right (ZW art. 29b lid 2, closing sentences) and
//! the inclusiviteitsopslag (Wet banenafspraak art. 6).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{Days, NaiveDate};
use participatiewet::banenafspraak::{
    Activering, Dienstverband, Inclusiviteitsopslag, NoRiskPolis, Opslagactivering, Opslagfeiten,
    Quotumfeiten, Sector, Werkgeversomvang, Werknemer, inclusiviteitsopslag, no_riskpolis,
    quotumheffing,
};
use participatiewet::{Money, Percentage, Rounding, Validate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn datum() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        8 => (0_u64..8000).prop_map(|n| d(2013, 1, 1).checked_add_days(Days::new(n)).unwrap()),
        1 => prop_oneof![Just(NaiveDate::MIN), Just(NaiveDate::MAX), Just(d(1900, 1, 1)), Just(d(2199, 12, 31))],
    ]
}

proptest! {
    #[test]
    fn the_quotumtekort_has_one_decimal_and_the_levy_is_a_multiple_of_500(
        a in 0_i64..10_000_000_000, ascale in 0_u32..5, pct in 0_i64..1_000_000, c in 0_i64..10_000_000_000,
        gem in 1_000_000_i64..30_000_000, jaar in 2015_i32..2199,
    ) {
        let a = Decimal::new(a, ascale);
        let c = Decimal::new(c, 4).min(a);
        let p = Percentage::new(Decimal::new(pct, 4)).unwrap();
        let f = Quotumfeiten::new(jaar, Sector::Overheid, Activering::Geactiveerd, a, p, c, Decimal::new(gem, 4)).unwrap();
        // D of at least 100 hours keeps every levy under Money::MAX (see `extremes_do_not_panic`).
        let q = quotumheffing(&f).unwrap();
        prop_assert!(q.quotumtekort() >= Decimal::ZERO);
        prop_assert_eq!(Rounding::DownOneDecimal.apply(q.quotumtekort()), q.quotumtekort());
        let per_500 = q.heffing().amount() / Decimal::from(500);
        prop_assert_eq!(per_500.fract(), Decimal::ZERO);
        if !q.heffing().is_zero() {
            prop_assert_eq!(q.heffing().amount(), q.quotumtekort() * Decimal::from(5000));
        }
        let json = serde_json::to_string(&q).unwrap();
        prop_assert_eq!(serde_json::from_str::<participatiewet::banenafspraak::Quotumheffing>(&json).unwrap(), q);
    }

    #[test]
    fn the_right_never_begins_before_the_sickness_or_the_day_of_lid_2(
        groep in 0_u8..3, aanvang in datum(), vanaf in datum(), ziek in datum(),
    ) {
        let w = [Werknemer::WajongNaDienstbetrekking, Werknemer::Banenafspraak, Werknemer::Arbeidsbeperkte][usize::from(groep)];
        let Ok(f) = Dienstverband::new(w, aanvang) else { return Ok(()) };
        let f = match w {
            Werknemer::WajongNaDienstbetrekking => f.wajong_recht_vanaf(vanaf),
            _ => f.arbeidsbeperkte_vanaf(vanaf),
        };
        let Ok(f) = f else { return Ok(()) };
        prop_assert!(f.validate().is_ok());
        if let Ok(p) = no_riskpolis(&f, ziek) {
            let json = serde_json::to_string(&p).unwrap();
            prop_assert_eq!(serde_json::from_str::<NoRiskPolis>(&json).unwrap(), p);
            if let NoRiskPolis::Gedekt(dekking) = p {
                prop_assert_eq!(dekking.ziekengeld_vanaf(), ziek.max(vanaf));
                prop_assert_eq!(dekking.niet_eerder_dan(), Some(vanaf));
            }
            let dec = p.decision();
            prop_assert!(dec.grounds().len() <= 4);
        }
    }

    #[test]
    fn the_opslag_is_never_negative_never_above_its_base_and_reads_back(
        jaar in 2026_i32..2199, besloten in proptest::option::of(2026_i32..2199), klein in any::<bool>(),
        loon in 0_i64..100_000_000_000_000, vrij in 0_i64..100_000_000_000_000, pct in proptest::option::of(0_i64..1_000_000),
    ) {
        let activering = besloten.map_or(Opslagactivering::NietGeactiveerd, |besloten_in| Opslagactivering::Geactiveerd { besloten_in });
        let w = if klein { Werkgeversomvang::KleineWerkgever } else { Werkgeversomvang::Overig };
        let loon = Money::new(Decimal::new(loon, 2)).unwrap();
        let vrij = Money::new(Decimal::new(vrij, 2)).unwrap();
        let Ok(mut f) = Opslagfeiten::new(jaar, activering, w, loon, vrij) else { return Ok(()) };
        if let Some(p) = pct {
            f = f.opslagpercentage(Percentage::new(Decimal::new(p, 4)).unwrap());
        }
        match inclusiviteitsopslag(&f) {
            Ok(o) => {
                prop_assert!(o.opslag() <= o.grondslag());
                prop_assert!(!o.opslag().amount().is_sign_negative());
                prop_assert!(o.geen().is_none() || o.opslag().is_zero());
                prop_assert!(o.validate().is_ok());
                let json = serde_json::to_string(&o).unwrap();
                prop_assert_eq!(serde_json::from_str::<Inclusiviteitsopslag>(&json).unwrap(), o);
                prop_assert!(o.decision().grounds().len() <= 3);
            }
            Err(e) => prop_assert_eq!(e.field(), Some("opslagpercentage")),
        }
    }
}

#[test]
fn extremes_do_not_panic() {
    let f = Opslagfeiten::new(
        2199,
        Opslagactivering::Geactiveerd { besloten_in: 2197 },
        Werkgeversomvang::Overig,
        Money::MAX,
        Money::ZERO,
    )
    .unwrap()
    .opslagpercentage(Percentage::HUNDRED);
    let o = inclusiviteitsopslag(&f).unwrap();
    assert_eq!(o.opslag(), Money::MAX);
    let q = Quotumfeiten::new(
        2198,
        Sector::NietOverheid,
        Activering::Geactiveerd,
        Decimal::from(1_000_000_000_000_000_i64),
        Percentage::HUNDRED,
        Decimal::ZERO,
        Decimal::new(1, 2),
    )
    .unwrap();
    // 10^15 hours short per 0,01 hour: a tekort of 10^17 workplaces overflows Money::MAX.
    assert!(quotumheffing(&q).is_err());
}
