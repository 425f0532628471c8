//! Invariants of the banenafspraak domain (proptest): the register decision on any facts and
//! date, the count of banen, register entries.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Days, NaiveDate};
use participatiewet::banenafspraak::{
    Arbeidsrelatie, Baan, Beoordeling, BeschutWerk, Feiten, Grond, Indicatie, Inschrijving,
    Minimumloonvaststelling, Registerstatus, Sector, Toeleiding, Uitkomst, Voormalig, Wajong,
    beoordeel, tel,
};
use participatiewet::{EARLIEST, Hours, LATEST, Validate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn datum() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        8 => (0_u64..6000).prop_map(|n| d(2013, 1, 1).checked_add_days(Days::new(n)).unwrap()),
        1 => (0_u64..120).prop_map(|n| EARLIEST.checked_add_days(Days::new(n)).unwrap()),
        1 => (0_u64..120).prop_map(|n| LATEST.checked_sub_days(Days::new(n)).unwrap()),
        1 => prop_oneof![Just(NaiveDate::MIN), Just(NaiveDate::MAX)],
    ]
}

fn gewone_datum() -> impl Strategy<Value = NaiveDate> {
    (0_u64..6000).prop_map(|n| d(2013, 1, 1).checked_add_days(Days::new(n)).unwrap())
}

fn inschrijving() -> impl Strategy<Value = Option<Inschrijving>> {
    (gewone_datum(), proptest::option::of(1_u64..4000)).prop_map(|(van, duur)| {
        let i = Inschrijving::opgenomen(van).unwrap();
        Some(match duur {
            Some(n) => i
                .geeindigd(van.checked_add_days(Days::new(n)).unwrap())
                .unwrap(),
            None => i,
        })
    })
}

prop_compose! {
    fn feiten()(
        toe in 0_u8..3, min in 0_u8..4, wsw in any::<bool>(), wajong in 0_u8..3,
        dienst in any::<bool>(), ind in 0_u8..4, voormalig in 0_u8..4, lid2 in any::<bool>(),
        wia in any::<bool>(), beschut in 0_u8..3, op in gewone_datum(), extra in 0_u64..400,
        ins in proptest::option::of(inschrijving()),
    ) -> Feiten {
        let mut b = Feiten::builder()
            .toeleiding([Toeleiding::Geen, Toeleiding::Artikel7Lid1a, Toeleiding::Loonkostensubsidie][usize::from(toe)])
            .minimumloon([
                Minimumloonvaststelling::Geen,
                Minimumloonvaststelling::UwvOpVerzoekCollege,
                Minimumloonvaststelling::LoonwaardeCollege,
                Minimumloonvaststelling::UwvOpEigenVerzoek,
            ][usize::from(min)])
            .wajong([Wajong::Geen, Wajong::MetMogelijkheden, Wajong::DuurzaamGeenMogelijkheden][usize::from(wajong)])
            .voormalig([Voormalig::Geen, Voormalig::Wsw, Voormalig::Wajong, Voormalig::WajongDuurzaamGeenMogelijkheden][usize::from(voormalig)])
            .beschut_werk(match beschut {
                0 => BeschutWerk::Geen,
                1 => BeschutWerk::Vastgesteld { op },
                _ => BeschutWerk::InDienstbetrekking { op, sinds: op.checked_add_days(Days::new(extra)).unwrap() },
            });
        if wsw { b = b.wsw_indicatie(); }
        if dienst { b = b.in_dienstbetrekking(); }
        if ind < 3 { b = b.indicatie([Indicatie::Praktijkonderwijs, Indicatie::VoortgezetSpeciaalOnderwijs, Indicatie::Overig][usize::from(ind)]); }
        if lid2 { b = b.jonggehandicapt_uwv_oordeel(); }
        if wia { b = b.wia_experiment(); }
        if let Some(Some(i)) = ins { b = b.inschrijving(i); }
        b.build().unwrap()
    }
}

prop_compose! {
    fn baan()(
        sector in prop_oneof![Just(Sector::NietOverheid), Just(Sector::Overheid)],
        relatie in prop_oneof![Just(Arbeidsrelatie::Dienstbetrekking), Just(Arbeidsrelatie::TerBeschikkingGesteld)],
        centi in 0_i64..=16800, begin in gewone_datum(), duur in proptest::option::of(0_u64..3000),
        ins in inschrijving(), lid in any::<bool>(),
    ) -> Baan {
        let mut b = Baan::new(sector, relatie, Hours::new(Decimal::new(centi, 2)).unwrap(), begin).unwrap();
        if let Some(n) = duur { b = b.einde(begin.checked_add_days(Days::new(n)).unwrap()).unwrap(); }
        match ins { Some(i) if lid => b.inschrijving(i), _ => b }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_assessment_validates_reads_back_and_decides_within_capacity(f in feiten(), peil in datum()) {
        let Ok(b) = beoordeel(&f, peil) else {
            prop_assert!(!(EARLIEST..=LATEST).contains(&peil));
            return Ok(());
        };
        prop_assert!(b.validate().is_ok());
        let back: Beoordeling = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
        prop_assert_eq!(back, b);
        let dec = b.decision();
        prop_assert!(dec.grounds().len() <= 10);
        prop_assert_eq!(dec.value().is_eligible(), b.uitkomst().is_arbeidsbeperkte());
        prop_assert!(dec.outcome().is_well_formed());
        for (i, g) in dec.grounds().iter().enumerate() {
            prop_assert!(g.is_well_formed(), "{}", g.code().code);
            prop_assert!(dec.grounds().iter().skip(i + 1).all(|h| h.code() != g.code()), "twice: {}", g.code().code);
            prop_assert!(!dec.value().is_eligible() || !g.code().refusal);
        }
        prop_assert!(dec.value().is_eligible() || dec.reasons().count() >= 1);
        let _ = participatiewet::Motivering::new(&dec, participatiewet::Taal::Nl).to_string();
    }

    #[test]
    fn a_determination_of_beschut_werk_never_leaves_a_lid_1_ground_standing(f in feiten(), peil in gewone_datum()) {
        let b = beoordeel(&f, peil).unwrap();
        if let Uitkomst::Arbeidsbeperkte(grond) = b.uitkomst() {
            if peil >= d(2016, 1, 1) && matches!(f.beschut_werk(), BeschutWerk::Vastgesteld { op } | BeschutWerk::InDienstbetrekking { op, .. } if op <= peil) {
                prop_assert_eq!(grond, Grond::Lid2);
            }
        }
    }

    #[test]
    fn an_entry_status_moves_forward_only(i in inschrijving(), a in datum(), b in datum()) {
        let i = i.unwrap();
        let rang = |s: Registerstatus| match s {
            Registerstatus::NietOpgenomen => 0,
            Registerstatus::Opgenomen { .. } => 1,
            _ => 2,
        };
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(rang(i.status_op(a)) <= rang(i.status_op(b)));
        let back: Inschrijving = serde_json::from_str(&serde_json::to_string(&i).unwrap()).unwrap();
        prop_assert_eq!(back, i);
    }

    #[test]
    fn the_count_never_falls_when_hours_rise_and_is_never_negative(
        banen in proptest::collection::vec(baan(), 0..40), peil in datum(), k in any::<prop::sample::Index>(), plus in 0_i64..1000,
    ) {
        let voor = tel(&banen, peil);
        let Ok(voor) = voor else { return Ok(()); };
        prop_assert!(voor.banen_totaal() >= Decimal::ZERO);
        if banen.is_empty() { return Ok(()); }
        let i = k.index(banen.len());
        let meer = (banen[i].uren_per_week().value() + Decimal::new(plus, 2)).min(Decimal::from(168));
        let mut na = banen.clone();
        let json = serde_json::to_value(banen[i]).unwrap();
        let mut json = json;
        json["uren_per_week"] = serde_json::Value::String(meer.normalize().to_string());
        na[i] = serde_json::from_value(json).unwrap();
        let na = tel(&na, peil).unwrap();
        for s in [Sector::NietOverheid, Sector::Overheid] {
            prop_assert!(na.banen(s) >= voor.banen(s));
            prop_assert!(na.uren(s) >= voor.uren(s));
        }
    }

    #[test]
    fn a_non_member_never_counts(banen in proptest::collection::vec(baan(), 0..20), extra in baan(), peil in gewone_datum()) {
        let zonder = Baan::new(extra.sector(), Arbeidsrelatie::Dienstbetrekking, extra.uren_per_week(), d(2013, 1, 1)).unwrap();
        let mut met = banen.clone();
        met.push(zonder);
        let (a, b) = (tel(&banen, peil).unwrap(), tel(&met, peil).unwrap());
        prop_assert_eq!(a.banen_totaal(), b.banen_totaal());
        prop_assert_eq!(a.buiten_doelgroep() + 1, b.buiten_doelgroep());
    }

    #[test]
    fn tampered_facts_that_load_still_validate(f in feiten(), key in 0_usize..11, waarde in 0_usize..5) {
        let mut json = serde_json::to_value(f).unwrap();
        let keys: Vec<String> = json.as_object().unwrap().keys().cloned().collect();
        let k = &keys[key % keys.len()];
        json[k] = [serde_json::json!(null), serde_json::json!(true), serde_json::json!("1900-01-01"), serde_json::json!({"soort":"vastgesteld","op":"0001-01-01"}), serde_json::json!("x")][waarde].clone();
        if let Ok(back) = serde_json::from_value::<Feiten>(json) {
            prop_assert!(back.validate().is_ok());
        }
    }
}

proptest! {
    #[test]
    fn the_levy_never_rises_when_more_hours_are_filled_by_arbeidsbeperkten(
        a in 0_i64..10_000_000, pct in 0_i64..1000, c in 0_i64..10_000_000, extra in 0_i64..100_000, gem in 1_i64..3000,
    ) {
        use participatiewet::banenafspraak::{Activering, Quotumfeiten, quotumheffing};
        use participatiewet::Percentage;
        let a = Decimal::from(a.max(c + extra));
        let p = Percentage::new(Decimal::new(pct, 2)).unwrap();
        let f = |c: i64| Quotumfeiten::new(2026, Sector::NietOverheid, Activering::Geactiveerd, a, p, Decimal::from(c), Decimal::from(gem)).unwrap();
        let minder = quotumheffing(&f(c)).unwrap();
        let meer = quotumheffing(&f(c + extra)).unwrap();
        prop_assert!(meer.heffing() <= minder.heffing());
        prop_assert!(meer.quotumtekort() >= Decimal::ZERO);
    }

    #[test]
    fn a_proefplaatsing_never_exceeds_six_months(begin in gewone_datum(), verlenging in 0_u8..=4) {
        use participatiewet::banenafspraak::{Proefkandidaat, proefplaatsing};
        if let Ok(d) = proefplaatsing(Proefkandidaat::AlgemeneBijstand, begin, verlenging) {
            let p = d.value().value().unwrap();
            let zes = participatiewet::add_months(begin, 6, participatiewet::MonthEnd::LastDay).unwrap();
            prop_assert!(p.tot_en_met() < zes);
            prop_assert!(p.begin() < p.eerste_periode_tot_en_met());
        }
    }
}
