//! The criterion benchmarks of `participatiewet`: `cargo bench -p participatiewet-benches`
//! (or `cargo bench --workspace`). Each bench is a file beside this one; this library holds
//! the fixtures that the benches and the `paths` loop share, so that both measure the same
//! cases.

// Reason: a fixture that does not build should stop the bench.
#![allow(clippy::unwrap_used, clippy::missing_panics_doc)]

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanvraag, Aanvrager, Advies, Arbeidsvermogen, Event, Feiten, Kring, Plaatsen, State,
    Taakstelling, Verzoek,
};
use participatiewet::bijstand::{BijstandFeiten, Huishouden, Medebewoner};
use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
use participatiewet::ww::{Werkverleden, WwFeiten};
use participatiewet::{Context, Hours, Money, Procedure};
use rust_decimal::{Decimal, dec};

/// A date of the fixtures.
#[must_use]
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A couple with a cost-sharer and € 250 income (bijstand).
#[must_use]
pub fn bijstand_paar() -> BijstandFeiten {
    BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap())
        .inkomsten(Money::from_cents(25_000).unwrap())
        .build()
        .unwrap()
}

/// A 45-year-old with an unbroken career: 26 years of history (WW).
#[must_use]
pub fn ww_jong() -> WwFeiten {
    WwFeiten::new(d(1980, 5, 1), d(2025, 9, 1))
        .unwrap()
        .uren(Hours::new(dec!(36)).unwrap(), Hours::new(dec!(36)).unwrap())
        .unwrap()
        .weken_gewerkt(36)
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(1998, 2024, 1800).unwrap())
}

/// A regular job of 32 of 38 hours from 2024-02-01 for a person born on `geboren` (LKS).
#[must_use]
pub fn lks_baan(geboren: NaiveDate) -> Dienstbetrekking {
    Dienstbetrekking::builder()
        .geboortedatum(geboren)
        .begindatum(d(2024, 2, 1))
        .uren_per_week("32".parse().unwrap())
        .voltijd_uren("38".parse().unwrap())
        .soort(Soort::Regulier)
        .build()
        .unwrap()
}

/// Facts that meet every question of the beschut-werk advice but adaptations.
#[must_use]
pub fn beschut_feiten() -> Feiten {
    let vermogen = Arbeidsvermogen::new(
        Hours::new(Decimal::TWO).unwrap(),
        Hours::new(dec!(6)).unwrap(),
    )
    .unwrap()
    .voert_taak_uit(true)
    .basale_werknemersvaardigheden(true);
    Feiten::new(Kring::Artikel7Lid1a, vermogen).aangewezen_op_begeleiding(true)
}

/// A person's request of 2020-02-29 after an advice of 2019-03-01: without new facts (the
/// repeat rule answers) and with them (a full investigation).
#[must_use]
pub fn beschut_verzoeken() -> (Verzoek, Verzoek) {
    let herhaald = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29))
        .unwrap()
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    let nieuw = herhaald.na_advies(d(2019, 3, 1), true).unwrap();
    (herhaald, nieuw)
}

/// A beschut-werk procedure waiting for UWV's advice, and the event of a positive one.
#[must_use]
pub fn beschut_wacht_op_advies(ctx: &Context<'_>) -> (State, Event) {
    let state = State::start(&d(2018, 1, 2), ctx)
        .unwrap()
        .state
        .apply(
            &Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(2018, 1, 3)).unwrap()),
            ctx,
        )
        .unwrap()
        .state;
    (
        state,
        Event::AdviesUitgebracht(Advies::positief(d(2018, 2, 1)).unwrap()),
    )
}

/// A ledger of 30 placements in 2017, every third ended on 2018-06-30.
#[must_use]
pub fn plaatsen_30() -> Plaatsen {
    let mut plaatsen = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    for i in 0..30_u32 {
        let id = plaatsen.plaats(d(2017, 1 + i % 12, 1)).unwrap();
        if i % 3 == 0 {
            plaatsen.beeindig(id, d(2018, 6, 30)).unwrap();
        }
    }
    plaatsen
}
