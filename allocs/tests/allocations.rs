//! The heap allocations of the crate's paths: the value paths make none, a decision with its
//! grounds makes at most one (issue: cheap grounds). Run with `cargo test -p participatiewet-allocs`.

use chrono::NaiveDate;
use participatiewet::{
    Citation, Code, Decision, Eligibility, Ground, Kind, Money, Parameters, Regulation, Slot, Value,
};
use participatiewet_allocs::{Counting, count};

#[global_allocator]
static ALLOC: Counting = Counting;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

static NORM: Code = Code::new(
    "allocs_test_norm",
    &[Slot::new("norm", Kind::Money)],
    "De norm is {norm}.",
    "The norm is {norm}.",
);

#[test]
fn parameter_lookups_do_not_allocate() {
    let p = Parameters::bundled();
    let (wml, a) = count(|| {
        p.minimumloon_per_maand(d(1980, 1, 1), d(2026, 1, 1))
            .unwrap()
    });
    assert_eq!(wml.to_string(), "2294.40");
    assert_eq!(a.count, 0, "{a:?}");
    let (aow, a) = count(|| p.aow_datum(d(1961, 1, 15)).unwrap());
    assert_eq!(aow, d(2028, 4, 15));
    assert_eq!(a.count, 0, "{a:?}");
}

#[test]
fn a_decision_with_grounds_allocates_once() {
    const C: &Citation = &Citation::article(Regulation::Participatiewet, "21");
    let norm = Money::from_cents(140_150).unwrap();
    let (decision, a) = count(|| {
        let g = Ground::new(&NORM, C, [Value::Money(norm)]);
        let mut d = Decision::with_capacity(Eligibility::Eligible(norm), g.clone(), 4);
        for _ in 0..4 {
            d.push(g.clone());
        }
        d
    });
    assert_eq!(decision.grounds().len(), 4);
    assert_eq!(a.count, 1, "{a:?}");
    println!(
        "decision with 4 grounds: {} allocation, {} bytes",
        a.count, a.bytes
    );
}

/// The value path of each domain rule allocates nothing; its decision with every ground
/// allocates once (the grounds' vector). Run with `--nocapture` for the figures.
#[test]
#[allow(
    clippy::many_single_char_names,
    reason = "short names for a measured value and its count"
)]
fn domain_value_paths_allocate_nothing_and_decisions_once() {
    use participatiewet::Hours;
    use participatiewet::beschut_werk::{
        Aanvrager, Arbeidsvermogen, Feiten, Kring, Plaatsen, Taakstelling, Verzoek, beoordeel,
    };
    use participatiewet::bijstand::{BijstandFeiten, Huishouden, Medebewoner, bijstand_op};
    use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, Soort, lks_berekenen};
    use participatiewet::ww::{self, Werkverleden, WwFeiten};
    use rust_decimal::Decimal;
    let p = Parameters::bundled();

    let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap())
        .inkomsten(Money::from_cents(25_000).unwrap())
        .build()
        .unwrap();
    let (b, a) = count(|| bijstand_op(&f, d(2026, 1, 15), &p).unwrap());
    assert_eq!(a.count, 0, "bijstand_op {a:?}");
    let (_, a) = count(|| b.decision());
    assert_eq!(a.count, 1, "bijstand decision {a:?}");
    println!(
        "bijstand_op: value 0, decision {} ({} bytes)",
        a.count, a.bytes
    );

    let w = WwFeiten::new(d(1985, 5, 10), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2010, 2024, 1800).unwrap());
    let (duur, a) = count(|| ww::uitkeringsduur(&w, &p).unwrap());
    assert_eq!(a.count, 0, "uitkeringsduur {a:?}");
    let (_, a) = count(|| duur.decision());
    assert_eq!(a.count, 1, "WW duration decision {a:?}");
    println!(
        "ww::uitkeringsduur: value 0, decision {} ({} bytes)",
        a.count, a.bytes
    );

    let baan = Dienstbetrekking::builder()
        .geboortedatum(d(1990, 5, 1))
        .begindatum(d(2026, 5, 1))
        .uren_per_week("32".parse().unwrap())
        .voltijd_uren("38".parse().unwrap())
        .soort(Soort::Regulier)
        .build()
        .unwrap();
    let grondslag = LksGrondslag::Loonwaarde("60".parse().unwrap());
    let (lks, a) = count(|| lks_berekenen(&baan, grondslag, d(2026, 6, 1), &p).unwrap());
    assert_eq!(a.count, 0, "lks_berekenen {a:?}");
    let (_, a) = count(|| lks.decision());
    assert_eq!(a.count, 1, "LKS decision {a:?}");
    println!(
        "lks_berekenen: value 0, decision {} ({} bytes)",
        a.count, a.bytes
    );

    // Beschut werk: the UWV assessment (Participatiewet art. 10b, Besluit advisering beschut
    // werk art. 3) and the yearly places against the required number (art. 10b lid 4).
    let vermogen = Arbeidsvermogen::new(
        Hours::new(Decimal::TWO).unwrap(),
        Hours::new(Decimal::new(6, 0)).unwrap(),
    )
    .unwrap()
    .voert_taak_uit(true)
    .basale_werknemersvaardigheden(true);
    let feiten = Feiten::new(Kring::Artikel7Lid1a, vermogen).aangewezen_op_begeleiding(true);
    let verzoek = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29))
        .unwrap()
        .na_advies(d(2019, 3, 1), true)
        .unwrap();
    let (beoordeling, a) = count(|| beoordeel(&feiten, &verzoek));
    assert_eq!(a.count, 0, "beoordeel {a:?}");
    let (_, a) = count(|| beoordeling.decision());
    assert_eq!(a.count, 1, "beschut werk decision {a:?}");
    println!(
        "beschut_werk::beoordeel: value 0, decision {} ({} bytes)",
        a.count, a.bytes
    );
    let mut plaatsen = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    for i in 0..30_u32 {
        plaatsen.plaats(d(2017, 1 + i % 12, 1)).unwrap();
    }
    let beleid = participatiewet::Beleid::default();
    let (stand, a) = count(|| plaatsen.stand(d(2018, 9, 1), &beleid).unwrap());
    assert_eq!(a.count, 0, "stand {a:?}");
    let (_, a) = count(|| stand.decision());
    assert_eq!(a.count, 1, "beschut werk stand decision {a:?}");
    println!(
        "beschut_werk::Plaatsen::stand: value 0, decision {} ({} bytes)",
        a.count, a.bytes
    );
}

/// The banenafspraak register and count: value paths allocate nothing, decisions once.
#[test]
fn banenafspraak_value_paths_allocate_nothing_and_decisions_once() {
    use participatiewet::banenafspraak::{
        Arbeidsrelatie, Baan, BeschutWerk, Feiten, Inschrijving, Minimumloonvaststelling, Sector,
        Toeleiding, Wajong, beoordeel, tel,
    };
    let peil = d(2026, 7, 1);
    for f in [
        Feiten::builder()
            .toeleiding(Toeleiding::Artikel7Lid1a)
            .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
            .wsw_indicatie()
            .wajong(Wajong::MetMogelijkheden)
            .jonggehandicapt_uwv_oordeel()
            .build()
            .unwrap(),
        Feiten::builder()
            .wajong(Wajong::DuurzaamGeenMogelijkheden)
            .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
            .inschrijving(Inschrijving::opgenomen(d(2019, 1, 1)).unwrap())
            .build()
            .unwrap(),
    ] {
        let (b, a) = count(|| beoordeel(&f, peil).unwrap());
        assert_eq!(a.count, 0, "beoordeel {a:?}");
        let (_, a) = count(|| b.decision());
        assert_eq!(a.count, 1, "register decision {a:?}");
    }
    let lid = Inschrijving::opgenomen(d(2020, 1, 1)).unwrap();
    let banen: Vec<Baan> = (0..1000)
        .map(|_| {
            Baan::new(
                Sector::Overheid,
                Arbeidsrelatie::Dienstbetrekking,
                "25.5".parse().unwrap(),
                d(2024, 1, 1),
            )
            .unwrap()
            .inschrijving(lid)
        })
        .collect();
    let (t, a) = count(|| tel(&banen, peil).unwrap());
    assert_eq!(a.count, 0, "tel {a:?}");
    let (_, a) = count(|| t.decision());
    assert_eq!(a.count, 1, "count decision {a:?}");
}

/// The WW-right decision reserves its grounds exactly (two, plus one per exclusion): one
/// allocation with an exclusion too.
#[test]
fn the_ww_right_decision_allocates_once_with_an_exclusion() {
    use participatiewet::Hours;
    use participatiewet::ww::{self, WwFeiten};
    let p = Parameters::bundled();
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let uren = Hours::new(rust_decimal::Decimal::from(38)).unwrap();
    // Born 1958-06-01: the AOW age on 2025-06-01, so WW art. 19 lid 1 i excludes.
    let feiten = WwFeiten::new(day(1958, 6, 1), day(2025, 6, 2))
        .unwrap()
        .uren(uren, uren)
        .unwrap()
        .weken_gewerkt(36)
        .unwrap();
    let r = ww::recht(&feiten, &p).unwrap();
    let (decision, allocs) = count(|| r.decision());
    assert_eq!(decision.grounds().len(), 3);
    assert_eq!(allocs.count, 1, "{allocs:?}");
}
