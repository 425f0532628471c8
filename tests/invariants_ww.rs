//! Property tests of the WW rules: the duration stays within [3 months, the maximum in force],
//! the WW never runs to or past the AOW date, the amount is never negative nor above 75% of
//! the maandloon, more arbeidsverleden never shortens the WW, every result and decision reads
//! back from its own JSON, and no input panics, extreme dates and hours included.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, Days, NaiveDate};
use participatiewet::{
    EARLIEST, Error, Hours, LATEST, Money, Parameters, Validate,
    ww::{
        self, Kalenderjaar, Maanddeel, Uitsluitingsgrond, Werkverleden, WwFeiten, WwMaand,
        WwVerloop, Zorgjaar,
    },
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde::{Serialize, de::DeserializeOwned};

fn day_from(base: NaiveDate, offset: u32) -> NaiveDate {
    base.checked_add_days(Days::new(u64::from(offset))).unwrap()
}

/// A birth date from 1935 to 2009.
fn birth() -> impl Strategy<Value = NaiveDate> {
    (0u32..(75 * 365)).prop_map(|o| day_from(NaiveDate::from_ymd_opt(1935, 1, 1).unwrap(), o))
}

/// A first day of unemployment from 2006-10-01 to 2031-12-31.
fn first_day() -> impl Strategy<Value = NaiveDate> {
    (0u32..9_200).prop_map(|o| day_from(ww::EERSTE_ONDERSTEUNDE_DAG, o))
}

/// A work history: any subset of 1990..=2031, days or hours per year, some care years.
fn history() -> impl Strategy<Value = Werkverleden> {
    prop::collection::vec((1990i32..=2031, 0u32..2_500, any::<bool>()), 0..40).prop_map(|items| {
        let mut w = Werkverleden::default();
        for (jaar, amount, zorg) in items {
            let y = if jaar < 2013 {
                Kalenderjaar::dagen(jaar, u16::try_from(amount % 367).unwrap())
            } else {
                Kalenderjaar::uren(jaar, amount)
            }
            .unwrap();
            let y = if zorg {
                y.met_zorgjaar(Zorgjaar::KindOnderVijf)
            } else {
                y
            };
            // Duplicates are refused and leave the history as it was.
            let _ = w.insert(y);
        }
        w
    })
}

/// `value` reads back from its own JSON as itself.
fn round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) -> bool {
    let json = serde_json::to_string(value).unwrap();
    serde_json::from_str::<T>(&json).ok().as_ref() == Some(value)
}

/// Any date the crate accepts, and the calendar's own extremes.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        Just(EARLIEST),
        Just(LATEST),
        (0u32..(300 * 366)).prop_map(|o| day_from(EARLIEST, o).min(LATEST)),
    ]
}

fn feiten(geboren: NaiveDate, eerste: NaiveDate, w: Werkverleden) -> Option<WwFeiten> {
    WwFeiten::new(geboren, eerste)
        .ok()
        .map(|f| f.werkverleden(w))
}

/// The maximum in force for a first day with the jareneis met.
fn maximum_in_force(eerste: NaiveDate) -> std::ops::RangeInclusive<u8> {
    if eerste < ww::WWZ_INGANG {
        ww::MAXIMUM_MAANDEN_VOOR_2016..=ww::MAXIMUM_MAANDEN_VOOR_2016
    } else if eerste < ww::OVERGANG_EINDE {
        ww::MAXIMUM_MAANDEN..=(ww::MAXIMUM_MAANDEN_VOOR_2016 - 1)
    } else {
        ww::MAXIMUM_MAANDEN..=ww::MAXIMUM_MAANDEN
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn duration_within_3_months_and_the_maximum_in_force(
        geboren in birth(), eerste in first_day(), w in history()
    ) {
        let params = Parameters::bundled();
        let Some(f) = feiten(geboren, eerste, w) else { return Ok(()) };
        match ww::uitkeringsduur(&f, &params) {
            Ok(duur) => {
                prop_assert!(duur.maanden() >= ww::MINIMUM_MAANDEN);
                prop_assert!(duur.halve_maanden() <= u16::from(duur.maximum_maanden()) * 2);
                if duur.jareneis().voldaan() {
                    prop_assert!(maximum_in_force(eerste).contains(&duur.maximum_maanden()));
                } else {
                    prop_assert_eq!(duur.halve_maanden(), 6);
                }
                prop_assert!(duur.einddatum() >= duur.ingangsdatum());
                prop_assert!(duur.einddatum() <= duur.einddatum_volledige_duur());
            }
            // The only failures: no WW because the AOW age came first, or an AOW age beyond
            // the table.
            Err(Error::InvalidFacts { .. } | Error::NotInForce { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }

    #[test]
    fn ww_never_reaches_the_aow_date(
        geboren in birth(), eerste in first_day(), w in history()
    ) {
        let params = Parameters::bundled();
        let Some(f) = feiten(geboren, eerste, w) else { return Ok(()) };
        let Ok(duur) = ww::uitkeringsduur(&f, &params) else { return Ok(()) };
        if let Ok(aow) = params.aow_datum(geboren) {
            prop_assert!(duur.einddatum() < aow, "WW until {} with AOW on {}", duur.einddatum(), aow);
            prop_assert_eq!(duur.afgekapt_op_aow(), aow <= duur.einddatum_volledige_duur());
        }
    }

    #[test]
    fn more_arbeidsverleden_never_shortens_the_ww(
        geboren in birth(), eerste in first_day(), w in history(), extra in 1998i32..2031
    ) {
        let params = Parameters::bundled();
        let Some(f) = feiten(geboren, eerste, w.clone()) else { return Ok(()) };
        let Ok(kort) = ww::uitkeringsduur(&f, &params) else { return Ok(()) };
        // Make `extra` a full year (replace it if present).
        let jaren: Vec<Kalenderjaar> = w.jaren().iter().copied().filter(|j| j.jaar() != extra).collect();
        let mut langer = Werkverleden::new(jaren).unwrap();
        let vol = if extra < 2013 { Kalenderjaar::dagen(extra, 260) } else { Kalenderjaar::uren(extra, 2000) };
        langer.insert(vol.unwrap()).unwrap();
        let f2 = f.werkverleden(langer);
        // A longer WW may reach an age whose AOW date the table does not cover yet.
        let Ok(lang) = ww::uitkeringsduur(&f2, &params) else { return Ok(()) };
        prop_assert!(lang.halve_maanden() >= kort.halve_maanden());
        prop_assert!(lang.einddatum() >= kort.einddatum());
    }

    #[test]
    fn amount_never_negative_nor_above_75_percent(
        dagloon in 0i64..60_000, maand in 1u32..40, inkomen in 0i64..1_000_000, overig in 0i64..500_000
    ) {
        let params = Parameters::bundled();
        let peil = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let dl = ww::dagloon(Money::from_cents(dagloon).unwrap(), peil, &params).unwrap();
        prop_assert!(dl.gemaximeerd() <= dl.maximum());
        let m = WwMaand::new(maand, Maanddeel::Volledig).unwrap()
            .inkomen(Money::from_cents(inkomen).unwrap())
            .overig_inkomen(Money::from_cents(overig).unwrap());
        let u = ww::uitkering_per_maand(&dl, &m).unwrap();
        prop_assert!(round_trips(&u));
        prop_assert!(round_trips(&u.decision()));
        let plafond = u.maandloon().amount() * ww::PERCENTAGE_EERSTE_TWEE_MAANDEN;
        prop_assert!(u.bedrag().amount() >= Decimal::ZERO);
        prop_assert!(u.bedrag().amount() <= plafond + Decimal::new(1, 2));
    }

    #[test]
    fn no_input_panics(
        geboren in birth(), eerste in first_day(), w in history(),
        uren in 0u32..=1_680, verlies in 0u32..=1_680, weken in 0u8..=40,
        grond in prop::option::of(0usize..4), volledig in any::<bool>(), ao in any::<bool>(),
        later in 0u64..400
    ) {
        let params = Parameters::bundled();
        let Ok(f) = WwFeiten::new(geboren, eerste) else { return Ok(()) };
        let h = |tenths: u32| Hours::new(Decimal::new(i64::from(tenths), 1)).unwrap();
        let f = f.clone().uren(h(uren), h(verlies)).unwrap_or(f);
        let f = f.clone().weken_gewerkt(weken).unwrap_or(f);
        let f = f.clone()
            .recht_ontstaan_op(eerste.checked_add_days(Days::new(later)).unwrap())
            .unwrap_or(f);
        let grond = grond.map(|i| [
            Uitsluitingsgrond::Ziektewet, Uitsluitingsgrond::Detentie,
            Uitsluitingsgrond::AowLeeftijd, Uitsluitingsgrond::Staking,
        ][i]);
        let f = match grond { Some(g) => f.uitsluiting(g), None => f }.werkverleden(w);
        let f = if ao { f.arbeidsongeschiktheidsuitkering() } else { f };
        prop_assert!(round_trips(&f));
        if let Ok(r) = ww::recht(&f, &params) {
            let decision = r.decision();
            prop_assert_eq!(decision.value(), &r.uitkomst());
            prop_assert_eq!(decision.value().is_eligible(), decision.reasons().count() == 0);
            prop_assert!(round_trips(&r));
            prop_assert!(round_trips(&decision));
        }
        if let Ok(duur) = ww::uitkeringsduur(&f, &params) {
            prop_assert!(duur.validate().is_ok());
            prop_assert!(round_trips(&duur));
            let decision = duur.decision();
            prop_assert!(round_trips(&decision));
            prop_assert!(decision.grounds().iter().all(participatiewet::Ground::is_well_formed));
            let verloop = if volledig { WwVerloop::VolledigeDuur } else { WwVerloop::EerderBeeindigd };
            if let Ok(iow) = ww::iow_recht(&f, &duur, verloop, &params) {
                prop_assert!(round_trips(&iow));
                let decision = iow.decision();
                prop_assert_eq!(decision.value(), &iow.uitkomst());
                prop_assert!(round_trips(&decision));
                if iow.uitkomst().is_eligible() {
                    prop_assert!(iow.ingangsdatum() > duur.einddatum());
                    prop_assert!(iow.oud_genoeg() && iow.in_venster());
                    prop_assert!(eerste.year() <= 2027);
                }
            }
        }
    }

    /// Any dates at all, the calendar's extremes included, and any hours: an error or an
    /// answer, never a panic; every value a constructor accepts validates and reads back.
    #[test]
    fn extreme_dates_and_hours_never_panic(
        geboren in any_date(), eerste in any_date(), later in any_date(),
        uren in prop_oneof![Just(Decimal::MAX), Just(Decimal::MIN), Just(Decimal::new(1, 28)), (0i64..2_000_000).prop_map(|x| Decimal::new(x, 4))],
        verlies in prop_oneof![Just(Decimal::MAX), Just(Decimal::new(1, 28)), (0i64..2_000_000).prop_map(|x| Decimal::new(x, 4))],
        jaar in prop_oneof![Just(i32::MIN), Just(i32::MAX), 1890i32..2210],
        aantal in any::<u32>()
    ) {
        let params = Parameters::bundled();
        let _ = ww::referteperiode(eerste);
        let _ = Kalenderjaar::uren(jaar, aantal);
        let _ = Kalenderjaar::dagen(jaar, u16::try_from(aantal % 65_536).unwrap());
        let _ = ww::werkdagen(eerste, later);
        let Ok(f) = WwFeiten::new(geboren, eerste) else { return Ok(()) };
        prop_assert!(f.validate().is_ok());
        let f = match (Hours::new(uren), Hours::new(verlies)) {
            (Ok(a), Ok(b)) => f.clone().uren(a, b).unwrap_or(f),
            _ => f,
        };
        let f = f.clone().recht_ontstaan_op(later).unwrap_or(f);
        let f = match Kalenderjaar::uren(jaar, aantal) {
            Ok(j) => f.clone().jaar(j).unwrap_or(f),
            Err(_) => f,
        };
        prop_assert!(f.validate().is_ok());
        prop_assert!(round_trips(&f));
        if let Ok(r) = ww::recht(&f, &params) {
            prop_assert!(round_trips(&r.decision()));
        }
        if let Ok(duur) = ww::uitkeringsduur(&f, &params) {
            prop_assert!(duur.maanden() >= ww::MINIMUM_MAANDEN);
            prop_assert!(duur.maanden() <= ww::MAXIMUM_MAANDEN_VOOR_2016);
            prop_assert!(round_trips(&duur));
            let _ = ww::iow_recht(&f, &duur, WwVerloop::VolledigeDuur, &params);
        }
    }

    /// From 2016-01-01 the duration lies between 3 months and 24, or the phase-in's A − B
    /// (at most 37) for a first day before 2019-04-01.
    #[test]
    fn duration_from_2016_between_3_and_24_or_the_phase_in(
        geboren in birth(), eerste in first_day(), w in history()
    ) {
        let params = Parameters::bundled();
        let Some(f) = feiten(geboren, eerste, w) else { return Ok(()) };
        let Ok(duur) = ww::uitkeringsduur(&f, &params) else { return Ok(()) };
        if eerste >= ww::WWZ_INGANG {
            let plafond = match duur.overgang() {
                Some(o) => o.maximum(),
                None => ww::MAXIMUM_MAANDEN,
            };
            prop_assert!(duur.halve_maanden() >= 6);
            prop_assert!(duur.halve_maanden() <= u16::from(plafond) * 2);
            prop_assert!(plafond <= 37);
            prop_assert_eq!(duur.overgang().is_some(), duur.jareneis().voldaan() && eerste < ww::OVERGANG_EINDE);
        }
    }

    /// A tampered duration row is refused, or reads as a duration that validates.
    #[test]
    fn tampered_duration_rows_are_refused_or_consistent(
        geboren in birth(), eerste in first_day(), w in history(), delta in 1u8..5, veld in 0usize..4
    ) {
        let params = Parameters::bundled();
        let Some(f) = feiten(geboren, eerste, w) else { return Ok(()) };
        let Ok(duur) = ww::uitkeringsduur(&f, &params) else { return Ok(()) };
        let mut json: serde_json::Value = serde_json::to_value(duur).unwrap();
        let key = ["maanden", "maximum_maanden", "opgebouwde_halve_maanden", "halve_maand"][veld];
        let v = &mut json[key];
        *v = match v.clone() {
            serde_json::Value::Bool(b) => serde_json::Value::Bool(!b),
            serde_json::Value::Number(n) => serde_json::Value::from(n.as_u64().unwrap() + u64::from(delta)),
            other => other,
        };
        if let Ok(read) = serde_json::from_value::<ww::Uitkeringsduur>(json) {
            prop_assert!(read.validate().is_ok());
        }
    }
}
