//! Property tests for the loonwaarde domain: the LKS amount's bounds, monotonicity and
//! linearity, and the determination state machine's safety.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::loonwaarde::{Context, Event, LksUitkomst, State};
use participatiewet::{
    Dienstbetrekking, Hours, LksGrondslag, Parameters, Percentage, lks_berekenen,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0u64..4000).prop_map(|n| NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Days::new(n))
}

fn pct(tenths: u32) -> Percentage {
    Percentage::new(Decimal::new(i64::from(tenths), 1)).unwrap()
}

fn hours(quarters: u32) -> Hours {
    Hours::new(Decimal::new(i64::from(quarters) * 25, 2)).unwrap()
}

fn bedrag(
    baan: &Dienstbetrekking,
    g: LksGrondslag,
    peil: NaiveDate,
    p: &Parameters,
) -> Option<Decimal> {
    match lks_berekenen(baan, g, peil, p).unwrap() {
        LksUitkomst::Subsidie(b) => Some(b.bedrag.amount()),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Never negative, never above 70% × basis × (1 + allowance) × hours factor (+ a cent).
    #[test]
    fn lks_bounded(lw in 0u32..1000, q in 1u32..160, start in date_strategy(), offset in 0u64..400, birth_y in 1960i32..2000) {
        let p = Parameters::bundled();
        let start = start.max(NaiveDate::from_ymd_opt(2015, 1, 1).unwrap());
        let peil = start + chrono::Days::new(offset);
        prop_assume!(peil <= NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
        let baan = Dienstbetrekking::new(NaiveDate::from_ymd_opt(birth_y, 3, 1).unwrap(), hours(q), hours(152), start, false).unwrap();
        if let LksUitkomst::Subsidie(b) = lks_berekenen(&baan, LksGrondslag::Loonwaarde(pct(lw)), peil, &p).unwrap() {
            prop_assert!(b.bedrag.amount() >= Decimal::ZERO);
            let max = b.basis() * Decimal::new(70, 2) * (Decimal::ONE + b.werkgeverslasten.fraction()) * b.urenfactor();
            prop_assert!(b.bedrag.amount() <= max + Decimal::new(1, 2), "{} > {}", b.bedrag, max);
        }
    }

    /// More loonwaarde never gives more subsidy.
    #[test]
    fn lks_non_increasing_in_loonwaarde(a in 0u32..1000, b in 0u32..1000, q in 1u32..160, peil in date_strategy()) {
        let p = Parameters::bundled();
        prop_assume!(peil <= NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let baan = Dienstbetrekking::new(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(), hours(q), hours(152), peil, false).unwrap();
        let x = bedrag(&baan, LksGrondslag::Loonwaarde(pct(lo)), peil, &p).unwrap();
        let y = bedrag(&baan, LksGrondslag::Loonwaarde(pct(hi)), peil, &p).unwrap();
        prop_assert!(y <= x);
    }

    /// Below full time the amount is linear in hours (within rounding to cents).
    #[test]
    fn lks_linear_in_hours(lw in 0u32..999, q in 1u32..72, k in 1u32..2, peil in date_strategy()) {
        let p = Parameters::bundled();
        prop_assume!(peil <= NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
        let birth = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
        let one = Dienstbetrekking::new(birth, hours(q), hours(144), peil, false).unwrap();
        let two = Dienstbetrekking::new(birth, hours(q * (k + 1)), hours(144), peil, false).unwrap();
        let g = LksGrondslag::Loonwaarde(pct(lw));
        let x = bedrag(&one, g, peil, &p).unwrap();
        let y = bedrag(&two, g, peil, &p).unwrap();
        let diff = (y - x * Decimal::from(k + 1)).abs();
        prop_assert!(diff <= Decimal::new(1, 2) * Decimal::from(k + 1), "{x} {y}");
    }

    /// A refused event leaves the state untouched, and no event sequence panics.
    #[test]
    fn state_machine_is_safe(events in proptest::collection::vec((0u8..5, 0u64..800, 0u32..1000, 0u64..900, any::<bool>()), 0..12)) {
        let ctx = Context::default();
        let base = NaiveDate::from_ymd_opt(2016, 6, 1).unwrap();
        let mut state = State::aangevraagd(base);
        for (kind, off, lw, off2, some) in events {
            let datum = base + chrono::Days::new(off * 4);
            let other = datum + chrono::Days::new(off2);
            let event = match kind {
                0 => Event::Meting { datum, loonwaarde: pct(lw) },
                1 => Event::Gehoord { datum },
                2 => Event::Vaststelling { datum, herbepaling_op: some.then_some(other) },
                3 => Event::ForfaitaireRoute { datum, begindatum: datum - chrono::Days::new(off2 / 4) },
                _ => Event::Herbepaling { datum },
            };
            let before = state.clone();
            let result = state.apply(&event, &ctx);
            if let Ok(t) = result {
                // every accepted state survives a serde round trip
                let json = serde_json::to_string(&t.state).unwrap();
                let back: State = serde_json::from_str(&json).unwrap();
                prop_assert_eq!(&back, &t.state);
                state = t.state;
            } else {
                prop_assert_eq!(&state, &before);
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
