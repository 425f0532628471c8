//! Property tests for the loonwaarde domain: the LKS amount's bounds (never negative, never
//! above the cap of art. 10d lid 4 plus the allowance), monotonicity and linearity; the
//! measurement never panics; the determination machine's safety (a refused event leaves the
//! state unchanged, every returned state validates and reads back from its JSON).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::single_match_else,
    reason = "tests"
)]

use chrono::NaiveDate;
use participatiewet::loonwaarde::{
    Aanvraag, Dienstbetrekking, Event, Hoofdtaak, LksGrondslag, LksUitkomst, Loonwaardemeting,
    Normfunctie, Prestatiefactoren, Soort, State, Tempo, lks_berekenen, loonwaarde_meten,
};
use participatiewet::{
    Beleid, Context, Decision, EARLIEST, Eligibility, Hours, LATEST, Parameters, Percentage,
    Procedure, Validate,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0u64..4200).prop_map(|n| NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(n))
}

/// Any date the crate accepts, with the extremes weighted in.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(EARLIEST),
        Just(LATEST),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (0u64..110_000).prop_map(|n| EARLIEST + chrono::Days::new(n)),
        date_strategy(),
    ]
}

/// A percentage with up to four decimals.
fn pct() -> impl Strategy<Value = Percentage> {
    prop_oneof![
        Just(Percentage::ZERO),
        Just(Percentage::HUNDRED),
        (0u32..=1_000_000).prop_map(|n| Percentage::new(Decimal::new(i64::from(n), 4)).unwrap()),
    ]
}

/// Hours with up to four decimals, 0 to 168.
fn hours() -> impl Strategy<Value = Hours> {
    prop_oneof![
        Just(Hours::WEEK),
        Just(Hours::new(Decimal::new(1, 4)).unwrap()),
        (0u32..=1_680_000).prop_map(|n| Hours::new(Decimal::new(i64::from(n), 4)).unwrap()),
    ]
}

fn job(
    birth: NaiveDate,
    uren: Hours,
    voltijd: Hours,
    start: NaiveDate,
) -> Option<Dienstbetrekking> {
    Dienstbetrekking::builder()
        .geboortedatum(birth)
        .begindatum(start)
        .uren_per_week(uren)
        .voltijd_uren(voltijd)
        .soort(Soort::Regulier)
        .build()
        .ok()
}

fn bedrag(
    baan: &Dienstbetrekking,
    g: LksGrondslag,
    peil: NaiveDate,
    p: &Parameters,
) -> Option<Decimal> {
    match lks_berekenen(baan, g, peil, p).unwrap() {
        LksUitkomst::Subsidie(b) => Some(b.bedrag().amount()),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Never negative, never above 70% × basis × (1 + allowance) × hours factor, computed here
    /// independently in decimals (the hours factor at most the full-time hours over 36 from
    /// 2024, at most 1 before); no input panics; every result reads back from its JSON.
    #[test]
    fn lks_bounded(lw in pct(), uren in hours(), voltijd in hours(), start in date_strategy(), offset in 0u64..400, birth_y in 1955i32..2008, flat in any::<bool>()) {
        let p = Parameters::bundled();
        let peil = start + chrono::Days::new(offset);
        let Some(baan) = job(NaiveDate::from_ymd_opt(birth_y, 3, 1).unwrap(), uren, voltijd, start) else {
            prop_assert!(voltijd.value().is_zero() || start <= NaiveDate::from_ymd_opt(birth_y, 3, 1).unwrap());
            return Ok(());
        };
        let g = if flat { LksGrondslag::Forfaitair } else { LksGrondslag::Loonwaarde(lw) };
        let Ok(u) = lks_berekenen(&baan, g, peil, &p) else { return Ok(()) };
        let json = serde_json::to_string(&u).unwrap();
        prop_assert_eq!(serde_json::from_str::<LksUitkomst>(&json).unwrap(), u);
        let d = u.decision();
        prop_assert!(d.grounds().iter().all(participatiewet::Ground::is_well_formed));
        if let LksUitkomst::Subsidie(b) = u {
            prop_assert!(b.bedrag().amount() >= Decimal::ZERO);
            prop_assert!(b.bedrag() <= b.maximum());
            let basis = b.minimumloon().amount() * Decimal::new(108, 2);
            let factor = b.uren().value() / b.referentie_uren().value();
            let max = basis * Decimal::new(70, 2) * (Decimal::ONE + b.werkgeverslasten().fraction()) * factor;
            prop_assert!(b.bedrag().amount() <= max + Decimal::new(5, 3), "{} > {}", b.bedrag(), max);
            let grens = if peil >= NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() {
                voltijd.value().max(Decimal::from(36)) / Decimal::from(36)
            } else {
                Decimal::ONE
            };
            prop_assert!(factor <= grens);
            prop_assert_eq!(*d.value(), Eligibility::Eligible(b.bedrag()));
        } else {
            prop_assert_eq!(*d.value(), Eligibility::NotEligible);
            prop_assert_eq!(d.reasons().count(), 1);
        }
    }

    /// More loonwaarde never gives more subsidy.
    #[test]
    fn lks_non_increasing_in_loonwaarde(a in pct(), b in pct(), q in hours(), peil in date_strategy()) {
        let p = Parameters::bundled();
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assume!(hi != Percentage::HUNDRED);
        let baan = job(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(), q, Hours::new(Decimal::from(38)).unwrap(), peil).unwrap();
        let x = bedrag(&baan, LksGrondslag::Loonwaarde(lo), peil, &p).unwrap();
        let y = bedrag(&baan, LksGrondslag::Loonwaarde(hi), peil, &p).unwrap();
        prop_assert!(y <= x);
    }

    /// Below full time the amount is linear in hours (within rounding to cents).
    #[test]
    fn lks_linear_in_hours(lw in 0u32..999, q in 1u32..72, peil in date_strategy()) {
        let p = Parameters::bundled();
        let birth = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
        let h = |n: u32| Hours::new(Decimal::new(i64::from(n) * 25, 2)).unwrap();
        let one = job(birth, h(q), h(144), peil).unwrap();
        let two = job(birth, h(q * 2), h(144), peil).unwrap();
        let g = LksGrondslag::Loonwaarde(Percentage::new(Decimal::new(i64::from(lw), 1)).unwrap());
        let x = bedrag(&one, g, peil, &p).unwrap();
        let y = bedrag(&two, g, peil, &p).unwrap();
        prop_assert!((y - x * Decimal::TWO).abs() <= Decimal::new(1, 2), "{x} {y}");
    }

    /// No measurement panics, whatever its hours and factors; an accepted one gives a report
    /// whose loonwaarde is at most 100% and that reads back from its JSON.
    #[test]
    fn measurement_never_panics(week in hours(), dagen in 0u8..9, taken in proptest::collection::vec((hours(), 0u32..=3_000_000, pct(), pct()), 0..7), datum in any_date()) {
        let Ok(nf) = Normfunctie::new("functie", Hours::new(Decimal::from(38)).unwrap()) else { unreachable!() };
        let taken: Vec<Hoofdtaak> = taken
            .into_iter()
            .map(|(u, t, k, n)| {
                let f = Prestatiefactoren { tempo: Tempo::new(Decimal::new(i64::from(t), 4)).unwrap(), kwaliteit: k, netto_werktijd: n };
                Hoofdtaak::new("taak", u, f).unwrap()
            })
            .collect();
        if let Ok(m) = Loonwaardemeting::new(datum, nf, week, dagen, taken) {
            let json = serde_json::to_string(&m).unwrap();
            prop_assert_eq!(&serde_json::from_str::<Loonwaardemeting>(&json).unwrap(), &m);
            if let Ok(r) = loonwaarde_meten(&m) {
                prop_assert!(r.loonwaarde() <= Percentage::HUNDRED);
                let json = serde_json::to_string(&r).unwrap();
                prop_assert_eq!(&serde_json::from_str::<participatiewet::loonwaarde::LoonwaardeRapport>(&json).unwrap(), &r);
                let d: Decision<Percentage> = r.decision();
                prop_assert!(d.grounds().iter().all(participatiewet::Ground::is_well_formed));
            }
        }
    }

    /// A refused event leaves the state untouched; every state start and apply return passes
    /// validate() and reads back from its JSON, effects too; no event sequence panics, with
    /// extreme dates.
    #[test]
    fn state_machine_is_safe(start in any_date(), events in proptest::collection::vec((0u8..5, any_date(), pct(), any_date(), any::<bool>()), 0..14)) {
        let (p, b) = (Parameters::bundled(), Beleid::default());
        let ctx = Context::new(&p, &b);
        let Ok(t) = State::start(&Aanvraag { aangevraagd_op: start }, &ctx) else { return Ok(()) };
        let mut state = t.state;
        for (kind, datum, lw, other, some) in events {
            let event = match kind {
                0 => Event::Meting { datum, loonwaarde: lw },
                1 => Event::Gehoord { datum },
                2 => Event::Vaststelling { datum, herbepaling_op: some.then_some(other) },
                3 => Event::ForfaitaireRoute { datum, begindatum: other },
                _ => Event::Herbepaling { datum },
            };
            let before = state.clone();
            match state.apply(&event, &ctx) {
                Ok(t) => {
                    t.state.validate().unwrap();
                    let json = serde_json::to_string(&t).unwrap();
                    let back: participatiewet::Transition<State> = serde_json::from_str(&json).unwrap();
                    prop_assert_eq!(&back, &t);
                    prop_assert_eq!(&t.effects, &t.state.effects(&ctx).unwrap());
                    state = t.state;
                }
                Err(_) => prop_assert_eq!(&state, &before),
            }
        }
    }

    /// A tampered date order in a persisted state is rejected.
    #[test]
    fn tampered_state_rejected(a in 1u64..500) {
        let d1 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let d0 = d1 - chrono::Days::new(a);
        let json = format!(r#"{{"state":"gerapporteerd","aangevraagd_op":"{d1}","gemeten_op":"{d0}","gehoord_op":"{d1}","loonwaarde":"50"}}"#);
        prop_assert!(serde_json::from_str::<State>(&json).is_err());
        let ok = format!(r#"{{"state":"gerapporteerd","aangevraagd_op":"{d0}","gemeten_op":"{d0}","gehoord_op":"{d1}","loonwaarde":"50"}}"#);
        prop_assert!(serde_json::from_str::<State>(&ok).is_ok());
    }
}
