//! One table for every machine: a caller stores any state by the crate's one `Procedure` trait
//! (machine name, state tag, JSON), reloads it through the same validation, applies an event
//! and stores the next state. Every machine of the crate goes through the same two functions.

#![allow(clippy::unwrap_used, reason = "a test fails by unwrapping")]

use chrono::NaiveDate;
use participatiewet::beschut_werk::{self, Aanvraag as AdviesAanvraag, Aanvrager};
use participatiewet::bijstand::{self, Dossier, Huishouden, Opening, ZoektermijnUitzondering};
use participatiewet::doelgroep::{LegalStatus, SegmentFeiten, SegmentStart, SegmentState};
use participatiewet::loonwaarde;
use participatiewet::{Beleid, Context, Parameters, Procedure};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A row of the caller's one table.
#[derive(Debug, Clone, PartialEq)]
struct Rij {
    id: u32,
    machine: &'static str,
    tag: &'static str,
    json: String,
}

/// Stores any machine's state: the same function for every domain.
fn store<P: Procedure>(table: &mut Vec<Rij>, id: u32, state: &P) {
    table.retain(|r| r.id != id);
    table.push(Rij {
        id,
        machine: P::MACHINE,
        tag: state.tag(),
        json: serde_json::to_string(state).unwrap(),
    });
}

/// Loads a state back, re-checked on reading; a row of another machine is refused.
fn load<P: Procedure>(table: &[Rij], id: u32) -> Option<P> {
    let row = table
        .iter()
        .find(|r| r.id == id && r.machine == P::MACHINE)?;
    let state: P = serde_json::from_str(&row.json).ok()?;
    assert_eq!(state.tag(), row.tag);
    Some(state)
}

/// Starts, stores, reloads, applies one event and stores again.
fn walk<P: Procedure + PartialEq + std::fmt::Debug>(
    table: &mut Vec<Rij>,
    id: u32,
    start: &P::Start,
    event: &P::Event,
    ctx: &Context<'_>,
) -> P {
    let first = P::start(start, ctx).unwrap();
    assert!(first.state.validate().is_ok());
    store(table, id, &first.state);
    let loaded: P = load(table, id).unwrap();
    assert_eq!(loaded, first.state);
    let next = loaded.apply(event, ctx).unwrap();
    assert!(next.state.validate().is_ok());
    // the effects of a state are computed from its dates, never stored twice; the transition
    // carries them, with any notice of the event itself
    for effect in next.state.effects(ctx).unwrap() {
        assert!(next.effects.contains(&effect), "{effect}");
    }
    store(table, id, &next.state);
    load(table, id).unwrap()
}

#[test]
fn every_machine_lives_in_one_table() {
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    let mut table = Vec::new();

    let dossier = Dossier::builder()
        .geboortedatum(d(2001, 5, 1))
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2025, 10, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    let overgang: bijstand::State = walk(
        &mut table,
        1,
        &Opening::new(dossier, d(2025, 12, 1)).unwrap(),
        &bijstand::Event::Melding {
            datum: d(2026, 3, 4),
        },
        &ctx,
    );
    assert_eq!(overgang.tag(), "gemeld");

    let beschut: beschut_werk::State = walk(
        &mut table,
        2,
        &d(2025, 1, 1),
        &beschut_werk::Event::AdviesAangevraagd(
            AdviesAanvraag::new(Aanvrager::College, d(2025, 1, 6)).unwrap(),
        ),
        &ctx,
    );
    assert_eq!(beschut.tag(), "advies_aangevraagd");

    let bepaling: loonwaarde::State = walk(
        &mut table,
        3,
        &loonwaarde::Aanvraag {
            aangevraagd_op: d(2024, 1, 10),
        },
        &loonwaarde::Event::Meting {
            datum: d(2024, 1, 20),
            loonwaarde: "60".parse().unwrap(),
        },
        &ctx,
    );
    assert_eq!(bepaling.tag(), "gemeten");

    let segment: SegmentState = walk(
        &mut table,
        4,
        &SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2025, 3, 3)).unwrap(),
        &participatiewet::doelgroep::SegmentEvent::AowLeeftijdBereikt {
            datum: d(2025, 6, 1),
        },
        &ctx,
    );
    assert_eq!(segment.tag(), "buiten");

    // one table, four machines, each row identifies its machine and state
    let machines: Vec<&str> = table.iter().map(|r| r.machine).collect();
    assert_eq!(
        machines,
        [
            "bijstand_overgang",
            "beschut_werk",
            "loonwaarde_bepaling",
            "doelgroep_segment"
        ]
    );
    // a row is never read as another machine's state
    assert!(load::<beschut_werk::State>(&table, 1).is_none());
    assert!(load::<SegmentState>(&table, 2).is_none());
    // a tampered row is refused, not silently loaded
    let mut tampered = table.clone();
    tampered[0].json = tampered[0].json.replace("\"melding\"", "\"meldingen\"");
    assert!(load::<bijstand::State>(&tampered, 1).is_none());
}

/// The domains hand over without copying: the WW outcome builds the hand-over's dossier, the
/// bijstand calculation becomes the college's decision, and the decided state names the start.
#[test]
fn ww_outcome_and_bijstand_calculation_hand_over_into_the_machine() {
    use participatiewet::bijstand::{Besluit, BijstandFeiten, Event, State, bijstand_op};
    use participatiewet::ww::{self, Werkverleden, WwFeiten};
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    // WW art. 42: 15 years of work, 12.5 months: the WW runs 2025-03-03 to 2026-03-17.
    let feiten = WwFeiten::new(d(1985, 5, 10), d(2025, 3, 3))
        .unwrap()
        .werkverleden(Werkverleden::doorlopend(2010, 2024, 1800).unwrap());
    let duur = ww::uitkeringsduur(&feiten, &params).unwrap();
    let dossier = Dossier::builder()
        .geboortedatum(d(1985, 5, 10))
        .huishouden(Huishouden::alleenstaande())
        .ww(&duur)
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    assert_eq!(dossier.ww_laatste_dag(), duur.einddatum());
    let mut state = State::start(&Opening::new(dossier, d(2026, 1, 5)).unwrap(), &ctx)
        .unwrap()
        .state;
    for event in [
        Event::Melding {
            datum: d(2026, 3, 2),
        },
        Event::Aanvraag {
            datum: d(2026, 3, 2),
        },
    ] {
        state = state.apply(&event, &ctx).unwrap().state;
    }
    // Participatiewet art. 21 a: a single person of 40 on 2026-03-18, no income: € 1.401,50.
    let berekening = bijstand_op(
        &BijstandFeiten::builder(d(1985, 5, 10), Huishouden::alleenstaande())
            .build()
            .unwrap(),
        d(2026, 3, 18),
        &params,
    )
    .unwrap();
    let besluit = Besluit::uit_berekening(&berekening);
    assert_eq!(besluit.bedrag(), Some(berekening.bedrag()));
    let besloten = state
        .apply(
            &Event::Besluit {
                datum: d(2026, 3, 20),
                besluit,
            },
            &ctx,
        )
        .unwrap()
        .state;
    // Art. 44 lid 1: from the day after the WW ends, not before the melding.
    assert_eq!(besloten.ingangsdatum(), Some(d(2026, 3, 18)));
}

/// Later bijstand in the same table: a measure (Participatiewet art. 18) and the end of
/// bijstand with its reason, stored and reloaded between events, and the outflow the segment
/// machine records from it.
#[test]
fn measures_and_outflow_live_in_the_same_table() {
    use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Gedraging, Verplichting};
    use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden, uitstroom};
    use participatiewet::bijstand::{Besluit, Event, State};
    use participatiewet::doelgroep::{Diagnose, Werkperspectief, uit_bijstand_overgang};
    use participatiewet::{Citation, Money, Regulation};
    let params = Parameters::bundled();
    let bron = Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels 2026".to_owned(),
    );
    let beleid = Beleid::new("Voorbeeldstad", bron)
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap();
    let ctx = Context::new(&params, &beleid);
    let mut table = Vec::new();
    let dossier = Dossier::builder()
        .geboortedatum(d(1990, 7, 1))
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2024, 4, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    store(
        &mut table,
        1,
        &State::start(&Opening::new(dossier, d(2026, 1, 1)).unwrap(), &ctx)
            .unwrap()
            .state,
    );
    for event in [
        Event::Melding {
            datum: d(2026, 3, 2),
        },
        Event::Aanvraag {
            datum: d(2026, 3, 9),
        },
        Event::Besluit {
            datum: d(2026, 3, 23),
            besluit: Besluit::bijstand(Money::from_cents(140_150).unwrap()),
        },
        Event::Maatregel {
            datum: d(2026, 5, 20),
            gedraging: Gedraging::Verordening {
                verplichting: Verplichting::Medewerking,
                categorie: 1,
            },
            gedraging_datum: d(2026, 5, 4),
            ingang: d(2026, 6, 1),
        },
        Event::Beeindiging {
            datum: d(2026, 9, 25),
            beeindiging: Beeindiging::new(d(2026, 10, 1), Beeindigingsreden::Werk).unwrap(),
        },
    ] {
        let state: State = load(&table, 1).unwrap();
        let next = state.apply(&event, &ctx).unwrap();
        for effect in next.state.effects(&ctx).unwrap() {
            assert!(next.effects.contains(&effect), "{effect}");
        }
        store(&mut table, 1, &next.state);
    }
    let uit: State = load(&table, 1).unwrap();
    assert_eq!(table[0].tag, "uitgestroomd");
    assert_eq!(uit.maatregelen().len(), 1);
    assert_eq!(
        uit.bedrag_op(d(2026, 6, 15)),
        Some(Money::from_cents(133_142).unwrap())
    );
    // the segment machine records the same outflow in its own row
    let event = uit_bijstand_overgang(&uit).unwrap().unwrap();
    let segment: SegmentState = walk(
        &mut table,
        2,
        &SegmentStart::feiten(
            SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
                .met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct)),
            d(2026, 4, 1),
        )
        .unwrap(),
        &event,
        &ctx,
    );
    assert_eq!(segment.uitstroom(), uit.beeindiging());
    let einden: Vec<Beeindiging> = uit.beeindiging().into_iter().collect();
    assert_eq!(
        uitstroom(&einden).into_iter().collect::<Vec<_>>(),
        [((2026, Beeindigingsreden::Werk), 1)]
    );
}

/// The register decision of the banenafspraak hands its ground to the segment machine: the
/// job is stored in the segment row, the segment is unchanged, and a service counts the jobs
/// per segment from the stored rows.
#[test]
fn a_register_decision_places_a_segment_client_on_a_banenafspraak_job() {
    use participatiewet::banenafspraak::{
        Arbeidsrelatie, Baan, Feiten, Inschrijving, Minimumloonvaststelling, Sector, Toeleiding,
        beoordeel, tel,
    };
    use participatiewet::doelgroep::{Segment, SegmentEvent};
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    let mut table = Vec::new();

    let inschrijving = Inschrijving::opgenomen(d(2025, 11, 3)).unwrap();
    let feiten = Feiten::builder()
        .toeleiding(Toeleiding::Artikel7Lid1a)
        .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
        .inschrijving(inschrijving)
        .build()
        .unwrap();
    let besluit = beoordeel(&feiten, d(2026, 2, 1)).unwrap().decision();
    let grond = *besluit.value().value().unwrap();
    let baan = Baan::new(
        Sector::NietOverheid,
        Arbeidsrelatie::Dienstbetrekking,
        "25.5".parse().unwrap(),
        d(2026, 2, 1),
    )
    .unwrap()
    .inschrijving(inschrijving);
    let segment: SegmentState = walk(
        &mut table,
        1,
        &SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2026, 1, 1)).unwrap(),
        &SegmentEvent::BanenafspraakGeplaatst {
            datum: d(2026, 2, 1),
            baan,
            grond,
        },
        &ctx,
    );
    assert_eq!(segment.tag(), "zonder_bijstand");
    assert_eq!(segment.segment(), Some(Segment::S0));
    assert!(
        table[0].json.contains(r#""grond":"lid1a""#),
        "{}",
        table[0].json
    );

    // counted per segment from the stored rows
    let rows: Vec<SegmentState> = table
        .iter()
        .filter_map(|r| serde_json::from_str::<SegmentState>(&r.json).ok())
        .collect();
    let banen: Vec<Baan> = rows
        .iter()
        .filter(|s| s.segment() == Some(Segment::S0))
        .filter_map(|s| s.banenafspraak().map(|p| p.baan()))
        .collect();
    let telling = tel(&banen, d(2026, 7, 1)).unwrap();
    assert_eq!(
        telling.banen(Sector::NietOverheid),
        rust_decimal::Decimal::ONE
    );
}
