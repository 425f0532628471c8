//! Invariants of the beschut-werk domain (proptest), tampered rows, and snapshots of its wire
//! format.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Days, NaiveDate};
use participatiewet::beschut_werk::{
    Aanvraag, Aanvrager, Advies, Arbeidsvermogen, Beoordeling, Dienstbetrekking, EindeReden, Event,
    Feiten, Kring, Plaatsen, Plaatsing, Stand, Strekking, Taakstelling, Uitkering, Uitkomst,
    Vaststelling, Verzoek, Wachtende, WswIndicatie, beoordeel, herhaald_verzoek_vanaf,
};
use participatiewet::{
    Beleid, Context, EARLIEST, Effect, Hours, LATEST, MonthEnd, Parameters, Procedure, Text,
    Transition, Validate, add_months,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Dates from 2015-01-01 over about six years, and now and then a date near the crate's
/// limits or outside them.
fn datum() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        8 => (0_u64..2200).prop_map(|n| d(2015, 1, 1).checked_add_days(Days::new(n)).unwrap()),
        1 => (0_u64..120).prop_map(|n| EARLIEST.checked_add_days(Days::new(n)).unwrap()),
        1 => (0_u64..120).prop_map(|n| LATEST.checked_sub_days(Days::new(n)).unwrap()),
        1 => prop_oneof![
            Just(NaiveDate::MIN),
            Just(NaiveDate::MAX),
            Just(EARLIEST.pred_opt().unwrap()),
            Just(LATEST.succ_opt().unwrap()),
        ],
    ]
}

fn uren() -> impl Strategy<Value = Hours> {
    (0_i64..=4000).prop_map(|c| Hours::new(Decimal::new(c, 2)).unwrap())
}

fn aanvrager() -> impl Strategy<Value = Aanvrager> {
    prop_oneof![Just(Aanvrager::College), Just(Aanvrager::Persoon)]
}

fn strekking() -> impl Strategy<Value = Strekking> {
    prop_oneof![Just(Strekking::Positief), Just(Strekking::Negatief)]
}

fn reden() -> impl Strategy<Value = EindeReden> {
    prop_oneof![
        Just(EindeReden::DienstbetrekkingGeeindigd),
        Just(EindeReden::AanbodAfgewezen),
        Just(EindeReden::NietMeerInKring),
        Just(EindeReden::GeenBeschutWerk)
    ]
}

/// Any event a caller can build (facts out of range cannot be built: they are `None`).
fn event() -> impl Strategy<Value = Option<Event>> {
    prop_oneof![
        (datum(), aanvrager()).prop_map(|(datum, door)| Aanvraag::new(door, datum)
            .ok()
            .map(Event::AdviesAangevraagd)),
        (datum(), strekking())
            .prop_map(|(datum, s)| Advies::new(datum, s).ok().map(Event::AdviesUitgebracht)),
        (datum(), strekking(), any::<bool>()).prop_map(|(datum, s, afwijking)| {
            let v = Vaststelling::new(datum, s).ok()?;
            let v = if afwijking {
                v.met_afwijking(Text::new("advies niet zorgvuldig", "advice not careful"))
                    .ok()?
            } else {
                v
            };
            Some(Event::Vastgesteld(v))
        }),
        datum().prop_map(|datum| Some(Event::Aangeboden { datum })),
        (datum(), uren())
            .prop_map(|(aanvang, u)| Dienstbetrekking::new(aanvang, u).ok().map(Event::InDienst)),
        (datum(), reden()).prop_map(|(datum, reden)| Some(Event::Beeindigd { datum, reden })),
    ]
}

/// Events with non-decreasing dates, so that long paths through the machine are explored.
fn sorted_events() -> impl Strategy<Value = Vec<Event>> {
    prop::collection::vec(event(), 0..14).prop_map(|events| {
        let mut events: Vec<Event> = events.into_iter().flatten().collect();
        events.sort_by_key(Event::datum);
        events
    })
}

fn feiten() -> impl Strategy<Value = Feiten> {
    let kring = prop_oneof![
        Just(Kring::Artikel7Lid1a),
        Just(Kring::Uitkering(Uitkering::Ww)),
        Just(Kring::Uitkering(Uitkering::WajongArbeidsondersteuning)),
        Just(Kring::Geen)
    ];
    let wsw = prop_oneof![
        Just(WswIndicatie::Geen),
        Just(WswIndicatie::BegeleidWerkenMogelijk),
        Just(WswIndicatie::BegeleidWerkenNietMogelijk)
    ];
    (
        kring,
        any::<bool>(),
        uren(),
        uren(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        wsw,
        any::<bool>(),
    )
        .prop_filter_map(
            "hours at a stretch within the hours a day",
            |(kring, taak, a, p, v, aa, bb, wsw, nieuw)| {
                let (a, p) = if a <= p { (a, p) } else { (p, a) };
                let vermogen = Arbeidsvermogen::new(a, p)
                    .ok()?
                    .voert_taak_uit(taak)
                    .basale_werknemersvaardigheden(v);
                Feiten::new(kring, vermogen)
                    .aangewezen_op_aanpassingen(aa)
                    .aangewezen_op_begeleiding(bb)
                    .wsw_indicatie(wsw, nieuw && wsw != WswIndicatie::Geen)
                    .ok()
            },
        )
}

fn reads_back(state: &State) -> Result<(), TestCaseError> {
    prop_assert!(state.validate().is_ok(), "{:?}", state);
    let json = serde_json::to_string(state).unwrap();
    let back: State = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("{json} does not read back: {e}")))?;
    prop_assert_eq!(&back, state);
    Ok(())
}

fn effects_read_back(t: &Transition<State>) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(t).unwrap();
    let back: Transition<State> = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("{json} does not read back: {e}")))?;
    prop_assert_eq!(&back, t);
    Ok(())
}

use participatiewet::beschut_werk::State;

proptest! {
    #[test]
    fn no_event_sequence_panics_and_invariants_hold(
        sorted in any::<bool>(),
        start in datum(),
        events in sorted_events(),
        raw in prop::collection::vec(event(), 0..14),
    ) {
        let (params, beleid) = (Parameters::bundled(), Beleid::default());
        let ctx = Context::new(&params, &beleid);
        let Ok(t) = State::start(&start, &ctx) else {
            prop_assert!(start < EARLIEST || start > LATEST);
            return Ok(());
        };
        effects_read_back(&t)?;
        let mut state = t.state;
        let raw: Vec<Event> = raw.into_iter().flatten().collect();
        let mut had_positive_determination = false;
        for event in if sorted { events } else { raw } {
            let before = state.clone();
            if let Ok(t) = state.apply(&event, &ctx) {
                effects_read_back(&t)?;
                prop_assert_eq!(&t.effects, &t.state.effects(&ctx).unwrap());
                if let State::Vastgesteld { vaststelling, .. } = &t.state {
                    had_positive_determination = vaststelling.is_beschut_werk();
                }
                state = t.state;
            } else {
                prop_assert_eq!(&state, &before, "a refused event leaves the state unchanged");
            }
            reads_back(&state)?;
            if let State::InDienst { vaststelling, .. } = &state {
                prop_assert!(vaststelling.is_beschut_werk());
                prop_assert!(had_positive_determination);
            }
            if state.dienstbetrekking().is_some() {
                prop_assert!(state.positieve_vaststelling().is_some());
            }
        }
    }

    #[test]
    fn eligibility_never_panics_and_respects_the_law(
        f in feiten(),
        door in aanvrager(),
        datum in datum(),
        vorig in prop::option::of(datum()),
        nieuw in any::<bool>(),
    ) {
        let Ok(mut v) = Verzoek::new(door, datum) else { return Ok(()); };
        if let Some(vorig) = vorig {
            match v.na_advies(vorig, nieuw) {
                Ok(w) => v = w,
                Err(_) => prop_assert!(vorig > datum || vorig < EARLIEST || vorig > LATEST),
            }
        }
        let b = beoordeel(&f, &v);
        let positief = b.uitkomst().is_positief();
        if positief {
            prop_assert_ne!(f.kring(), Kring::Geen);
            prop_assert!(!(door == Aanvrager::Persoon && datum < d(2017, 1, 1)));
        }
        if f.kring() == Kring::Geen {
            prop_assert!(matches!(b.uitkomst(), Uitkomst::BuitenKring(_)));
        }
        let decision = b.decision();
        prop_assert!(!decision.grounds().is_empty());
        prop_assert!(decision.grounds().len() <= 10);
        prop_assert!(decision.grounds().iter().all(participatiewet::Ground::is_well_formed));
        // no ground twice
        for (i, g) in decision.grounds().iter().enumerate() {
            prop_assert!(!decision.grounds()[i + 1..].contains(g));
        }
        // refusal grounds exactly when the advice is not positive
        prop_assert_eq!(decision.reasons().next().is_none(), positief);
        // the assessment and its decision read back
        let back: Beoordeling = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
        prop_assert_eq!(back, b);
        let back: participatiewet::Decision<Uitkomst> =
            serde_json::from_str(&serde_json::to_string(&decision).unwrap()).unwrap();
        prop_assert_eq!(back, decision);
    }

    /// Lid 3 b counted back from the request agrees with lid 6 counted forward from the advice
    /// ("binnen twaalf maanden"): inside exactly when the request is on or before the advice
    /// date plus twelve months.
    #[test]
    fn the_two_readings_of_the_twelve_months_agree(n in 0_u64..3000, gap in 0_u64..800) {
        let advies = d(2017, 1, 1).checked_add_days(Days::new(n)).unwrap();
        let verzoek = advies.checked_add_days(Days::new(gap)).unwrap();
        let terug = herhaald_verzoek_vanaf(verzoek).unwrap() <= advies;
        let vooruit = verzoek <= add_months(advies, 12, MonthEnd::LastDay).unwrap();
        prop_assert_eq!(terug, vooruit, "advice {} request {}", advies, verzoek);
    }

    #[test]
    fn realised_places_never_exceed_placed(
        ops in prop::collection::vec((any::<bool>(), 0_usize..8, datum()), 0..30),
        probes in prop::collection::vec(datum(), 1..10),
    ) {
        let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
        let mut ids = Vec::new();
        for (nieuw, i, datum) in ops {
            let before = p.clone();
            if nieuw || ids.is_empty() {
                if let Ok(id) = p.plaats(datum) {
                    ids.push(id);
                } else {
                    prop_assert_eq!(&p, &before);
                }
            } else if p.beeindig(ids[i % ids.len()], datum).is_err() {
                prop_assert_eq!(&p, &before);
            }
        }
        let total = u32::try_from(p.plaatsingen().len()).unwrap();
        for probe in probes {
            let realised = p.gerealiseerd(probe);
            prop_assert!(realised <= p.geplaatst(probe));
            prop_assert!(p.geplaatst(probe) <= total);
            if let Ok(stand) = p.stand(probe, &Beleid::default()) {
                prop_assert_eq!(stand.gerealiseerd(), realised);
                let back: Stand = serde_json::from_str(&serde_json::to_string(&stand).unwrap()).unwrap();
                prop_assert_eq!(back, stand);
                let decision = stand.decision();
                prop_assert!(decision.grounds().len() <= 3);
            }
        }
        let back: Plaatsen = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        prop_assert_eq!(back, p);
    }
}

// ---------------------------------------------------------------------------------------
// Tampered rows
// ---------------------------------------------------------------------------------------

const IN_DIENST: &str = r#"{"state":"in_dienst","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"college"},"advies":{"datum":"2018-02-01","strekking":"positief"},"vaststelling":{"datum":"2018-03-01","strekking":"positief","afwijking":null},"aanbod":"2018-04-01","dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}}"#;

const BEEINDIGD: &str = r#"{"state":"beeindigd","sinds":"2018-01-02","vaststelling":{"datum":"2018-03-01","strekking":"positief","afwijking":null},"aanbod":"2018-04-01","dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"},"einde":"2019-04-30","reden":"dienstbetrekking_geeindigd"}"#;

const PLAATSEN: &str = r#"{"taakstelling":{"gemeente":"X","minimum":[{"valid_from":"2018-01-01","valid_to":"2018-12-31","value":1,"source":"s","confidence":"unverified"}]},"plaatsingen":[{"aanvang":"2018-05-01","einde":"2018-09-30"},{"aanvang":"2018-06-01","einde":null}]}"#;

#[test]
fn valid_rows_read() {
    for json in [IN_DIENST, BEEINDIGD] {
        let s: State = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
    }
    let p: Plaatsen = serde_json::from_str(PLAATSEN).unwrap();
    assert_eq!(serde_json::to_string(&p).unwrap(), PLAATSEN);
}

/// Issue #9: "a beschut-werk `beeindigd` row with reason `dienstbetrekking_geeindigd` but no
/// dienstbetrekking" was accepted.
#[test]
fn an_ended_contract_without_a_contract_is_refused() {
    let zonder = BEEINDIGD.replace(
        r#""dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}"#,
        r#""dienstbetrekking":null"#,
    );
    let err = serde_json::from_str::<State>(&zonder)
        .unwrap_err()
        .to_string();
    assert!(err.contains("the reason for the end does not fit"), "{err}");
    // declining an offer that was never made, or ending a positive route as "no beschut werk"
    let afgewezen = zonder
        .replace(r#""aanbod":"2018-04-01""#, r#""aanbod":null"#)
        .replace("dienstbetrekking_geeindigd", "aanbod_afgewezen");
    assert!(serde_json::from_str::<State>(&afgewezen).is_err());
    let geen = zonder.replace("dienstbetrekking_geeindigd", "geen_beschut_werk");
    assert!(serde_json::from_str::<State>(&geen).is_err());
    // the same row without the contract but a fitting reason reads
    let kring = zonder.replace("dienstbetrekking_geeindigd", "niet_meer_in_kring");
    assert!(serde_json::from_str::<State>(&kring).is_ok());
}

/// Issue #9: "unknown fields are ignored by the beschut-werk states, `Plaatsen` and nested
/// types". Every object of a stored row refuses an extra field.
#[test]
fn extra_fields_are_refused_at_every_level() {
    let extra = [
        // the state itself
        IN_DIENST.replacen(r#""sinds""#, r#""extra":1,"sinds""#, 1),
        // each nested object
        IN_DIENST.replace(
            r#"{"datum":"2018-01-03""#,
            r#"{"extra":1,"datum":"2018-01-03""#,
        ),
        IN_DIENST.replace(
            r#"{"datum":"2018-02-01""#,
            r#"{"extra":1,"datum":"2018-02-01""#,
        ),
        IN_DIENST.replace(
            r#"{"datum":"2018-03-01""#,
            r#"{"extra":1,"datum":"2018-03-01""#,
        ),
        IN_DIENST.replace(r#"{"aanvang""#, r#"{"extra":1,"aanvang""#),
        BEEINDIGD.replacen(r#""sinds""#, r#""extra":1,"sinds""#, 1),
    ];
    for json in &extra {
        assert!(
            serde_json::from_str::<State>(json).is_err(),
            "accepted: {json}"
        );
    }
    let plaatsen = [
        PLAATSEN.replacen(r#""taakstelling""#, r#""extra":1,"taakstelling""#, 1),
        PLAATSEN.replacen(r#""gemeente""#, r#""extra":1,"gemeente""#, 1),
        PLAATSEN.replacen(r#"{"aanvang""#, r#"{"extra":1,"aanvang""#, 1),
    ];
    for json in &plaatsen {
        assert!(
            serde_json::from_str::<Plaatsen>(json).is_err(),
            "accepted: {json}"
        );
    }
    let feiten = r#"{"kring":"artikel7_lid1a","arbeidsvermogen":{"voert_taak_uit":true,"uren_aaneengesloten":"1","uren_per_dag":"4","basale_werknemersvaardigheden":true},"aangewezen_op_aanpassingen":false,"aangewezen_op_begeleiding":true,"wsw_indicatie":"geen","nieuwe_feiten_sinds_indicatie":false}"#;
    assert!(serde_json::from_str::<Feiten>(feiten).is_ok());
    assert!(serde_json::from_str::<Feiten>(&feiten.replacen('{', r#"{"extra":1,"#, 1)).is_err());
    assert!(
        serde_json::from_str::<Feiten>(
            &feiten.replace(r#""voert_taak_uit""#, r#""extra":1,"voert_taak_uit""#)
        )
        .is_err()
    );
    // a misspelt field is an unknown one, not a default
    assert!(
        serde_json::from_str::<Feiten>(&feiten.replace(
            "nieuwe_feiten_sinds_indicatie",
            "nieuwe_feiten_sinds_indicatiee"
        ))
        .is_err()
    );
    let verzoek = r#"{"door":"persoon","datum":"2020-02-29","vorig_advies":"2019-03-01","nieuwe_feiten_sinds_advies":false}"#;
    assert!(serde_json::from_str::<Verzoek>(verzoek).is_ok());
    assert!(serde_json::from_str::<Verzoek>(&verzoek.replacen('{', r#"{"extra":1,"#, 1)).is_err());
    let event = r#"{"event":"in_dienst","aanvang":"2018-05-01","uren_per_week":"24","extra":1}"#;
    assert!(serde_json::from_str::<Event>(event).is_err());
    let event = r#"{"event":"aangeboden","datum":"2018-05-01","extra":1}"#;
    assert!(serde_json::from_str::<Event>(event).is_err());
}

#[test]
fn tampered_rows_are_rejected() {
    let tampered = [
        // employed without a determination
        IN_DIENST.replace(
            r#""vaststelling":{"datum":"2018-03-01","strekking":"positief","afwijking":null},"#,
            "",
        ),
        // employed on a negative determination
        IN_DIENST.replace(
            r#""strekking":"positief","afwijking""#,
            r#""strekking":"negatief","afwijking""#,
        ),
        // departure from a positive advice without a reason
        IN_DIENST
            .replace(r#""state":"in_dienst""#, r#""state":"vastgesteld""#)
            .replace(r#","aanbod":"2018-04-01","dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}"#, "")
            .replace(
                r#""strekking":"positief","afwijking""#,
                r#""strekking":"negatief","afwijking""#,
            ),
        // the contract before the offer
        IN_DIENST.replace(r#""aanvang":"2018-05-01""#, r#""aanvang":"2018-03-15""#),
        // the advice before the request
        IN_DIENST.replace(r#"{"datum":"2018-02-01""#, r#"{"datum":"2017-12-01""#),
        // a person's own request before 2017
        IN_DIENST.replace("2018-01-02", "2016-01-02").replace(
            r#"{"datum":"2018-01-03","door":"college"}"#,
            r#"{"datum":"2016-12-31","door":"persoon"}"#,
        ),
        // zero hours
        IN_DIENST.replace(r#""uren_per_week":"24""#, r#""uren_per_week":"0""#),
        // an unknown state
        IN_DIENST.replace("in_dienst", "gepensioneerd"),
        // a missing optional fact is not a default: it must be written null
        IN_DIENST.replace(r#""aanbod":"2018-04-01","#, ""),
        // an empty reason for departing
        IN_DIENST.replace(r#""afwijking":null"#, r#""afwijking":{"nl":" ","en":" "}"#),
        // a date outside the crate's range
        IN_DIENST.replace("2018-01-02", "1899-12-31"),
    ];
    for json in &tampered {
        assert!(
            serde_json::from_str::<State>(json).is_err(),
            "accepted: {json}"
        );
    }
    let vorig_na_verzoek = r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2019-01-03","door":"persoon"},"vorig_advies":"2019-02-01"}"#;
    assert!(serde_json::from_str::<State>(vorig_na_verzoek).is_err());
    let zonder_vorig = r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2019-01-03","door":"persoon"}}"#;
    assert!(serde_json::from_str::<State>(zonder_vorig).is_err());
    let beeindigd_zonder_vaststelling = r#"{"state":"beeindigd","sinds":"2018-01-02","vaststelling":null,"aanbod":null,"dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"},"einde":"2019-01-01","reden":"dienstbetrekking_geeindigd"}"#;
    assert!(serde_json::from_str::<State>(beeindigd_zonder_vaststelling).is_err());
    let terug_in_tijd = PLAATSEN.replace(r#""einde":"2018-09-30""#, r#""einde":"2018-04-30""#);
    assert!(serde_json::from_str::<Plaatsen>(&terug_in_tijd).is_err());
    // removing the end of a placement would count it as running
    let zonder_einde = PLAATSEN.replace(r#","einde":"2018-09-30""#, "");
    assert!(serde_json::from_str::<Plaatsen>(&zonder_einde).is_err());
    let half_jaar = r#"{"gemeente":"X","minimum":[{"valid_from":"2018-07-01","valid_to":"2018-12-31","value":1,"source":"s","confidence":"unverified"}]}"#;
    assert!(serde_json::from_str::<Taakstelling>(half_jaar).is_err());
    // a stand whose duty does not follow from its numbers
    let stand = r#"{"peildatum":"2018-06-01","vereist":{"jaar":2018,"minimum":1,"raad":null,"aantal":1,"rij":"2018-01-01"},"gerealiseerd":1,"geplaatst":1,"plicht":"verplicht"}"#;
    assert!(serde_json::from_str::<Stand>(stand).is_err());
    assert!(serde_json::from_str::<Stand>(&stand.replace("verplicht", "vervallen")).is_ok());
}

/// Where a tamper can make a row say something else.
#[derive(Debug, Clone)]
enum Tamper {
    /// Replace the `n`-th value token with another.
    Value(usize, &'static str),
    /// Drop the `n`-th `"key":value` pair.
    Drop(usize),
    /// Add a field to the `n`-th object.
    Add(usize),
}

fn tamper() -> impl Strategy<Value = Tamper> {
    let values = prop::sample::select(vec![
        "null",
        "true",
        "0",
        "\"0\"",
        "\"24\"",
        "\"1899-12-31\"",
        "\"2200-01-01\"",
        "\"2016-12-31\"",
        "\"2017-01-01\"",
        "\"2018-02-29\"",
        "\"2018-03-01\"",
        "\"2019-12-31\"",
        "\"positief\"",
        "\"negatief\"",
        "\"persoon\"",
        "\"college\"",
        "\"aangeboden\"",
        "\"niet_meer_in_kring\"",
        "\"geen_beschut_werk\"",
        "\"aanbod_afgewezen\"",
        "{}",
        "{\"nl\":\"x\",\"en\":\"x\"}",
    ]);
    prop_oneof![
        (0_usize..40, values).prop_map(|(n, v)| Tamper::Value(n, v)),
        (0_usize..20).prop_map(Tamper::Drop),
        (0_usize..8).prop_map(Tamper::Add),
    ]
}

/// Applies a tamper to a JSON text by walking its `serde_json::Value` tree.
fn apply_tamper(json: &str, t: &Tamper) -> String {
    fn count(v: &serde_json::Value, objects: bool) -> usize {
        match v {
            serde_json::Value::Object(map) => {
                usize::from(objects) + map.values().map(|x| count(x, objects)).sum::<usize>()
            }
            serde_json::Value::Array(items) => items.iter().map(|x| count(x, objects)).sum(),
            _ => usize::from(!objects),
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    match t {
        Tamper::Value(n, new) => {
            let leaves = count(&v, false);
            if leaves > 0 {
                let mut k = 0;
                replace_leaf(
                    &mut v,
                    n % leaves,
                    &mut k,
                    &serde_json::from_str(new).unwrap(),
                );
            }
        }
        Tamper::Drop(n) => {
            let mut k = 0;
            drop_pair(&mut v, *n, &mut k);
        }
        Tamper::Add(n) => {
            let objects = count(&v, true);
            if objects > 0 {
                let mut k = 0;
                add_field(&mut v, n % objects, &mut k);
            }
        }
    }
    serde_json::to_string(&v).unwrap()
}

fn replace_leaf(
    v: &mut serde_json::Value,
    target: usize,
    k: &mut usize,
    new: &serde_json::Value,
) -> bool {
    match v {
        serde_json::Value::Object(map) => map.values_mut().any(|x| replace_leaf(x, target, k, new)),
        serde_json::Value::Array(items) => {
            items.iter_mut().any(|x| replace_leaf(x, target, k, new))
        }
        leaf => {
            if *k == target {
                *leaf = new.clone();
                return true;
            }
            *k += 1;
            false
        }
    }
}

fn drop_pair(v: &mut serde_json::Value, target: usize, k: &mut usize) -> bool {
    if let serde_json::Value::Object(map) = v {
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            if *k == target {
                map.remove(&key);
                return true;
            }
            *k += 1;
            if map.get_mut(&key).is_some_and(|x| drop_pair(x, target, k)) {
                return true;
            }
        }
    } else if let serde_json::Value::Array(items) = v {
        return items.iter_mut().any(|x| drop_pair(x, target, k));
    }
    false
}

fn add_field(v: &mut serde_json::Value, target: usize, k: &mut usize) -> bool {
    match v {
        serde_json::Value::Object(map) => {
            if *k == target {
                map.insert("extra".to_owned(), serde_json::Value::Bool(true));
                return true;
            }
            *k += 1;
            map.values_mut().any(|x| add_field(x, target, k))
        }
        serde_json::Value::Array(items) => items.iter_mut().any(|x| add_field(x, target, k)),
        _ => false,
    }
}

proptest! {
    /// Every tampered row either is refused or reads as a value that satisfies its type's
    /// invariants and writes back to the same JSON; an added field is always refused.
    #[test]
    fn tampered_rows_never_load_as_broken_values(
        row in prop::sample::select(vec![IN_DIENST, BEEINDIGD]),
        t in tamper(),
    ) {
        let json = apply_tamper(row, &t);
        if let Ok(s) = serde_json::from_str::<State>(&json) {
            prop_assert!(!matches!(t, Tamper::Add(_)), "an extra field was accepted: {}", json);
            prop_assert!(s.validate().is_ok());
            let again = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(serde_json::from_str::<State>(&again).unwrap(), s);
        }
        let json = apply_tamper(PLAATSEN, &t);
        if let Ok(p) = serde_json::from_str::<Plaatsen>(&json) {
            prop_assert!(!matches!(t, Tamper::Add(_)), "an extra field was accepted: {}", json);
            prop_assert!(p.validate().is_ok());
            prop_assert!(p.plaatsingen().iter().all(|x| x.einde().is_none_or(|e| e >= x.aanvang())));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Snapshots: a change to the wire format is a visible diff
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_states() {
    let aanvraag = r#""aanvraag":{"datum":"2018-01-03","door":"college"}"#;
    let advies = r#""advies":{"datum":"2018-02-01","strekking":"positief"}"#;
    let vaststelling =
        r#""vaststelling":{"datum":"2018-03-01","strekking":"positief","afwijking":null}"#;
    let expected = [
        r#"{"state":"kandidaat","sinds":"2018-01-02"}"#.to_owned(),
        format!(r#"{{"state":"advies_aangevraagd","sinds":"2018-01-02",{aanvraag},"vorig_advies":null}}"#),
        format!(r#"{{"state":"advies_uitgebracht","sinds":"2018-01-02",{aanvraag},{advies}}}"#),
        format!(r#"{{"state":"vastgesteld","sinds":"2018-01-02",{aanvraag},{advies},{vaststelling}}}"#),
        format!(r#"{{"state":"aangeboden","sinds":"2018-01-02",{aanvraag},{advies},{vaststelling},"aanbod":"2018-04-01"}}"#),
        IN_DIENST.to_owned(),
        BEEINDIGD.to_owned(),
        r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2019-01-03","door":"persoon"},"vorig_advies":"2018-02-01"}"#.to_owned(),
        r#"{"state":"vastgesteld","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"persoon"},"advies":{"datum":"2018-02-01","strekking":"positief"},"vaststelling":{"datum":"2018-03-01","strekking":"negatief","afwijking":{"nl":"advies niet zorgvuldig","en":"advice not careful"}}}"#.to_owned(),
    ];
    for json in expected {
        let s: State = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), json);
    }
}

#[test]
fn snapshot_events() {
    let events = [
        (
            Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(2018, 1, 3)).unwrap()),
            r#"{"event":"advies_aangevraagd","datum":"2018-01-03","door":"college"}"#,
        ),
        (
            Event::AdviesUitgebracht(Advies::negatief(d(2018, 2, 1)).unwrap()),
            r#"{"event":"advies_uitgebracht","datum":"2018-02-01","strekking":"negatief"}"#,
        ),
        (
            Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1)).unwrap()),
            r#"{"event":"vastgesteld","datum":"2018-03-01","strekking":"positief","afwijking":null}"#,
        ),
        (
            Event::Aangeboden {
                datum: d(2018, 4, 1),
            },
            r#"{"event":"aangeboden","datum":"2018-04-01"}"#,
        ),
        (
            Event::InDienst(
                Dienstbetrekking::new(d(2018, 5, 1), Hours::new(Decimal::new(325, 1)).unwrap())
                    .unwrap(),
            ),
            r#"{"event":"in_dienst","aanvang":"2018-05-01","uren_per_week":"32.5"}"#,
        ),
        (
            Event::Beeindigd {
                datum: d(2019, 1, 1),
                reden: EindeReden::AanbodAfgewezen,
            },
            r#"{"event":"beeindigd","datum":"2019-01-01","reden":"aanbod_afgewezen"}"#,
        ),
    ];
    for (event, json) in events {
        assert_eq!(serde_json::to_string(&event).unwrap(), json);
        assert_eq!(serde_json::from_str::<Event>(json).unwrap(), event);
    }
}

#[test]
fn snapshot_transition_with_effects() {
    let (params, beleid) = (Parameters::bundled(), Beleid::default());
    let ctx = Context::new(&params, &beleid);
    let s: State = serde_json::from_str(r#"{"state":"advies_aangevraagd","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"persoon"},"vorig_advies":null}"#).unwrap();
    let t = s
        .apply(
            &Event::AdviesUitgebracht(Advies::positief(d(2018, 3, 1)).unwrap()),
            &ctx,
        )
        .unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(
        json,
        r#"{"state":{"state":"advies_uitgebracht","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"persoon"},"advies":{"datum":"2018-03-01","strekking":"positief"}},"effects":[{"code":"beschut_werk_advies_te_laat","datum":"2018-03-01","citation":{"regulation":"besluit_advisering_beschut_werk","article":"2","lid":1}},{"code":"beschut_werk_advies_kennisgeving","datum":"2018-03-01","citation":{"regulation":"participatiewet","article":"10b","lid":3}},{"code":"beschut_werk_besluit_uiterlijk","datum":"2018-04-26","citation":{"regulation":"awb","article":"4:13","lid":2}}]}"#
    );
    let back: Transition<State> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
    let effects: Vec<Effect> =
        serde_json::from_str(&serde_json::to_string(&t.effects).unwrap()).unwrap();
    assert_eq!(effects, t.effects);
}

#[test]
fn snapshot_places() {
    let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    let id = p.plaats(d(2017, 3, 1)).unwrap();
    p.beeindig(id, d(2017, 9, 30)).unwrap();
    p.plaats(d(2017, 4, 1)).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"taakstelling":{"gemeente":"Zwolle","minimum":[{"valid_from":"2017-01-01","valid_to":"2017-12-31","value":26,"source":"Regeling aantallen beschut werk 2017 (Stcrt. 2017, 4882), bijlage; Zwolle figure not found in the published text","confidence":"unverified"},{"valid_from":"2018-01-01","valid_to":"2018-12-31","value":46,"source":"Regeling vaststelling aantallen beschut werk 2018 (Stcrt. 2017, 68246), bijlage; Zwolle figure (provisional) not found in the published text","confidence":"unverified"}]},"plaatsingen":[{"aanvang":"2017-03-01","einde":"2017-09-30"},{"aanvang":"2017-04-01","einde":null}]}"#
    );
    assert_eq!(serde_json::from_str::<Plaatsen>(&json).unwrap(), p);
    let stand = p.stand(d(2017, 6, 1), &Beleid::default()).unwrap();
    let json = serde_json::to_string(&stand).unwrap();
    assert_eq!(
        json,
        r#"{"peildatum":"2017-06-01","vereist":{"jaar":2017,"minimum":26,"raad":null,"aantal":26,"rij":"2017-01-01"},"gerealiseerd":2,"geplaatst":2,"plicht":"verplicht"}"#
    );
    assert_eq!(serde_json::from_str::<Stand>(&json).unwrap(), stand);
    let plaatsing = Plaatsing::new(d(2017, 3, 1), None).unwrap();
    assert_eq!(
        serde_json::to_string(&plaatsing).unwrap(),
        r#"{"aanvang":"2017-03-01","einde":null}"#
    );
    let w = Wachtende::new(d(2017, 3, 1)).unwrap().met_voorrang();
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(json, r#"{"vastgesteld":"2017-03-01","voorrang":true}"#);
    assert_eq!(serde_json::from_str::<Wachtende>(&json).unwrap(), w);
}

#[test]
fn snapshot_feiten_verzoek_and_assessment() {
    let a = Arbeidsvermogen::new(
        Hours::new(Decimal::ONE).unwrap(),
        Hours::new(Decimal::new(4, 0)).unwrap(),
    )
    .unwrap()
    .voert_taak_uit(true)
    .basale_werknemersvaardigheden(true);
    let f = Feiten::new(Kring::Uitkering(Uitkering::Wia), a).aangewezen_op_begeleiding(true);
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(
        json,
        r#"{"kring":{"uitkering":"wia"},"arbeidsvermogen":{"voert_taak_uit":true,"uren_aaneengesloten":"1","uren_per_dag":"4","basale_werknemersvaardigheden":true},"aangewezen_op_aanpassingen":false,"aangewezen_op_begeleiding":true,"wsw_indicatie":"geen","nieuwe_feiten_sinds_indicatie":false}"#
    );
    assert_eq!(serde_json::from_str::<Feiten>(&json).unwrap(), f);
    let v = Verzoek::new(Aanvrager::Persoon, d(2020, 2, 29))
        .unwrap()
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    let vjson = serde_json::to_string(&v).unwrap();
    assert_eq!(
        vjson,
        r#"{"door":"persoon","datum":"2020-02-29","vorig_advies":"2019-03-01","nieuwe_feiten_sinds_advies":false}"#
    );
    assert_eq!(serde_json::from_str::<Verzoek>(&vjson).unwrap(), v);
    let b = beoordeel(&f, &v);
    assert_eq!(
        serde_json::to_string(&b).unwrap(),
        format!(
            r#"{{"feiten":{json},"verzoek":{vjson},"uitkomst":{{"negatief":{{"herhaald_verzoek":{{"vorig_advies":"2019-03-01"}}}}}}}}"#
        )
    );
    // swapped hours and new facts without an indication are refused on reading too
    assert!(
        serde_json::from_str::<Feiten>(
            &json.replace(r#""uren_per_dag":"4""#, r#""uren_per_dag":"0.5""#)
        )
        .is_err()
    );
    assert!(
        serde_json::from_str::<Feiten>(&json.replace(
            r#""nieuwe_feiten_sinds_indicatie":false"#,
            r#""nieuwe_feiten_sinds_indicatie":true"#
        ))
        .is_err()
    );
    assert!(
        serde_json::from_str::<Verzoek>(
            &vjson
                .replace(r#""vorig_advies":"2019-03-01""#, r#""vorig_advies":null"#)
                .replace(":false}", ":true}")
        )
        .is_err()
    );
}

#[test]
fn a_stored_outcome_reads_only_when_it_can_be_true() {
    use participatiewet::beschut_werk::Negatief;
    let geen = r#"{"geen_arbeidsvermogen":{"taak":false,"uur_aaneengesloten":true,"vier_uur_per_dag":true,"basale_vaardigheden":true}}"#;
    assert!(serde_json::from_str::<Negatief>(geen).is_ok());
    // "no work capacity" with every criterion met cannot be true
    let alles = geen.replace(r#""taak":false"#, r#""taak":true"#);
    assert!(serde_json::from_str::<Negatief>(&alles).is_err());
    let herhaald = r#"{"herhaald_verzoek":{"vorig_advies":"2019-03-01"}}"#;
    assert!(serde_json::from_str::<Negatief>(herhaald).is_ok());
    assert!(serde_json::from_str::<Negatief>(&herhaald.replace("2019", "1899")).is_err());
    assert!(serde_json::from_str::<Uitkomst>(&format!(r#"{{"negatief":{alles}}}"#)).is_err());
}
