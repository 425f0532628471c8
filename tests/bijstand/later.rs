//! Later bijstand in the hand-over machine: measures imposed on a dated event (Participatiewet
//! art. 18 lid 2 and 4–8, read in the consolidated text of 2025-01-01, BWBR0015703) under the
//! verordening in force on the day of the conduct (art. 8 lid 1 onderdeel a), and the end of
//! bijstand with its reason, counted per reason and year from stored states.

#![allow(
    clippy::too_many_lines,
    reason = "a walk through later bijstand reads best in one test"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, Categorie, Gedraging, Toepassing, Trede,
    Verordening, Verplichting, WettelijkeDuur,
};
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden, uitstroom};
use participatiewet::bijstand::{
    Besluit, BijstandFeiten, Dossier, Event, Huishouden, State, bijstand_op,
};
use participatiewet::doelgroep::{
    Diagnose, LegalStatus, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState, Werkperspectief,
};
use participatiewet::{
    Beleid, Citation, Context, Money, Parameters, Percentage, Procedure, Regulation, Validate,
};
use rust_decimal::dec;

use super::d;
use super::overgang::{alleen, on, start, walk};

/// A single person of 35 on 2026-04-01, WW 2024-04-01..=2026-03-31.
fn vijfendertig() -> Dossier {
    alleen(d(1990, 7, 1), d(2024, 4, 1), d(2026, 3, 31))
}

fn bron() -> Citation {
    Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels werk en inkomen Voorbeeldstad 2026".to_owned(),
    )
}

/// Voorbeeldstad with its afstemmingsverordening of 2025 (5%, 30% and 100% for one month;
/// statutory periods of one and two months).
fn voorbeeldstad() -> Beleid {
    Beleid::new("Voorbeeldstad", bron())
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap()
}

/// The decision on the application: bijstand as `bijstand_op` computes it with the bundled
/// norms on 2026-04-01 (art. 21 onderdeel a: € 1.401,50 for a single person of 21 or older).
fn besluit(params: &Parameters) -> Besluit {
    let feiten = BijstandFeiten::builder(d(1990, 7, 1), Huishouden::alleenstaande())
        .build()
        .unwrap();
    Besluit::uit_berekening(&bijstand_op(&feiten, d(2026, 4, 1), params).unwrap())
}

/// The hand-over up to the decision: bijstand of € 1.401,50 from 2026-04-01 (art. 44 lid 1).
fn besloten(ctx: &Context<'_>) -> State {
    let first = start(vijfendertig(), d(2026, 1, 1), ctx).state;
    let t = walk(
        first,
        &[
            Event::Melding {
                datum: d(2026, 3, 2),
            },
            Event::Aanvraag {
                datum: d(2026, 3, 9),
            },
            Event::Besluit {
                datum: d(2026, 3, 23),
                besluit: besluit(ctx.params()),
            },
        ],
        ctx,
    )
    .unwrap();
    assert_eq!(t.state.ingangsdatum(), Some(d(2026, 4, 1)));
    assert_eq!(
        t.state.besluit().and_then(|b| b.bedrag()),
        Some(eur(140_150))
    );
    t.state
}

fn eur(cents: i64) -> Money {
    Money::from_cents(cents).unwrap()
}

fn categorie(nummer: u8, op: NaiveDate, ingang: NaiveDate) -> Event {
    Event::Maatregel {
        datum: op,
        gedraging: Gedraging::Verordening {
            verplichting: Verplichting::Medewerking,
            categorie: nummer,
        },
        gedraging_datum: op,
        ingang,
    }
}

fn arbeid(op: NaiveDate, ingang: NaiveDate) -> Event {
    Event::Maatregel {
        datum: op,
        gedraging: Gedraging::Arbeidsverplichting {
            verplichting: Arbeidsverplichting::AanvaardenOfBehouden,
        },
        gedraging_datum: op,
        ingang,
    }
}

/// Applies `event` and asserts the refusal left `state` as it was; returns the rule's Dutch.
fn refused(state: &State, event: &Event, ctx: &Context<'_>) -> participatiewet::TransitionError {
    let before = state.clone();
    let err = state.apply(event, ctx).unwrap_err();
    assert_eq!(state, &before, "a refused event leaves the state unchanged");
    err
}

#[test]
fn each_category_of_5_30_and_100_percent_for_one_month_in_later_bijstand() {
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    // 5% of 1401.50 = 70.075, rounded to 70.08; 30% = 420.45; 100% = all (art. 18 lid 2 and
    // the verordening's categories 1 to 3).
    for (nummer, bedrag, pct) in [(1, 133_142, "5"), (2, 98_105, "30"), (3, 0, "100")] {
        let t = walk(
            state.clone(),
            &[categorie(nummer, d(2026, 5, 4), d(2026, 6, 1))],
            &ctx,
        )
        .unwrap();
        let m = t.state.maatregelen()[0];
        assert_eq!(
            m.toepassing(),
            Toepassing::Verordening { categorie: nummer }
        );
        assert_eq!(m.percentage().to_string(), format!("{pct}%"));
        // the period ends when the verordening says: one month
        assert_eq!(
            (m.periode().from(), m.periode().last_day()),
            (d(2026, 6, 1), d(2026, 6, 30))
        );
        assert_eq!(t.state.bedrag_op(d(2026, 5, 31)), Some(eur(140_150)));
        assert_eq!(t.state.bedrag_op(d(2026, 6, 1)), Some(eur(bedrag)));
        assert_eq!(t.state.bedrag_op(d(2026, 6, 30)), Some(eur(bedrag)));
        assert_eq!(t.state.bedrag_op(d(2026, 7, 1)), Some(eur(140_150)));
        // a 100% measure keeps the right: the state is still the granted bijstand, € 0
        assert_eq!(t.state.tag(), "besloten");
        assert_eq!(
            on(&t.effects, "overgang_maatregel_ingang"),
            Some(d(2026, 6, 1))
        );
        assert_eq!(
            on(&t.effects, "overgang_maatregel_einde"),
            Some(d(2026, 7, 1))
        );
        assert_eq!(
            on(&t.effects, "overgang_ingang_bijstand"),
            Some(d(2026, 4, 1))
        );
        assert_eq!(t.effects, t.state.effects(&ctx).unwrap());
    }
}

#[test]
fn statutory_measures_repeat_within_twelve_months_through_the_machine() {
    // Art. 18 lid 5: 100% for the verordening's period (one month); lid 6: a repeat within
    // twelve months, longer (the verordening's two months); lid 7: three months.
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let t = walk(
        besloten(&ctx),
        &[
            arbeid(d(2026, 5, 4), d(2026, 6, 1)),
            arbeid(d(2026, 8, 3), d(2026, 9, 1)),
            arbeid(d(2027, 1, 4), d(2027, 2, 1)),
        ],
        &ctx,
    )
    .unwrap();
    let treden: Vec<_> = t
        .state
        .maatregelen()
        .iter()
        .map(|m| (m.toepassing(), m.periode().to()))
        .collect();
    assert_eq!(
        treden,
        [
            (
                Toepassing::Wettelijk {
                    trede: Trede::Eerste
                },
                d(2026, 7, 1)
            ),
            (
                Toepassing::Wettelijk {
                    trede: Trede::Tweede
                },
                d(2026, 11, 1)
            ),
            (
                Toepassing::Wettelijk {
                    trede: Trede::Derde
                },
                d(2027, 5, 1)
            ),
        ]
    );
    assert_eq!(t.state.bedrag_op(d(2026, 10, 31)), Some(Money::ZERO));
    assert_eq!(t.state.bedrag_op(d(2026, 11, 1)), Some(eur(140_150)));
    let einden: Vec<_> = t
        .effects
        .iter()
        .filter(|e| e.is("overgang_maatregel_einde"))
        .map(|e| e.citation().to_string())
        .collect();
    assert_eq!(
        einden,
        [
            "Participatiewet art. 18 lid 5",
            "Participatiewet art. 18 lid 6",
            "Participatiewet art. 18 lid 7"
        ]
    );
}

#[test]
fn no_verordening_refuses_a_category_measure_and_never_lowers_by_a_silent_zero() {
    let params = Parameters::bundled();
    let beleid = Beleid::new("Voorbeeldstad", bron()).unwrap();
    assert_eq!(
        beleid.afstemmingsverordening_op(d(2026, 5, 4)),
        Verordening::ontbreekt("Voorbeeldstad").unwrap()
    );
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    let err = refused(&state, &categorie(2, d(2026, 5, 4), d(2026, 6, 1)), &ctx);
    assert_eq!(
        err.citation(),
        Some(
            &Citation::article(Regulation::Participatiewet, "8")
                .lid(1)
                .onderdeel("a")
        )
    );
    assert!(
        err.rule()
            .nl
            .starts_with("de gemeenteraad heeft geen afstemmingsverordening")
    );
    // the law's own measure (lid 4 and 5) applies without a verordening, for the shortest
    // period the law allows: one month
    let t = walk(state, &[arbeid(d(2026, 5, 4), d(2026, 6, 1))], &ctx).unwrap();
    assert_eq!(t.state.maatregelen()[0].periode().to(), d(2026, 7, 1));
}

#[test]
fn the_verordening_in_force_on_the_day_of_the_conduct_applies() {
    let params = Parameters::bundled();
    let pct = |p| Percentage::new(p).unwrap();
    let nieuw = Afstemmingsverordening::new(
        "Voorbeeldstad",
        "Afstemmingsverordening Participatiewet Voorbeeldstad 2026",
        d(2026, 7, 1),
        vec![
            Categorie::new("9", pct(dec!(5)), 1, None).unwrap(),
            Categorie::new("10", pct(dec!(40)), 2, None).unwrap(),
        ],
        WettelijkeDuur::new("12", 2, 3).unwrap(),
    )
    .unwrap();
    let beleid = voorbeeldstad().with_afstemmingsverordening(nieuw).unwrap();
    assert_eq!(beleid.afstemmingsverordeningen().len(), 2);
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    let oud = walk(
        state.clone(),
        &[categorie(2, d(2026, 6, 30), d(2026, 8, 1))],
        &ctx,
    )
    .unwrap()
    .state;
    assert_eq!(oud.maatregelen()[0].percentage().to_string(), "30%");
    assert_eq!(oud.maatregelen()[0].periode().to(), d(2026, 9, 1));
    let nu = walk(
        state.clone(),
        &[categorie(2, d(2026, 7, 1), d(2026, 8, 1))],
        &ctx,
    )
    .unwrap()
    .state;
    assert_eq!(nu.maatregelen()[0].percentage().to_string(), "40%");
    assert_eq!(nu.maatregelen()[0].periode().to(), d(2026, 10, 1));
    assert_eq!(nu.bedrag_op(d(2026, 9, 30)), Some(eur(84_090)));
    // the new verordening has no category 3: an error, not a silent 0%
    let err = refused(&state, &categorie(3, d(2026, 7, 1), d(2026, 8, 1)), &ctx);
    assert!(err.to_string().contains("categorie"), "{err}");
}

#[test]
fn refused_events_of_later_bijstand_leave_the_state_unchanged() {
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    // a lowering before the bijstand starts
    let err = refused(&state, &categorie(1, d(2026, 3, 24), d(2026, 3, 24)), &ctx);
    assert_eq!(err.rule().nl, "een maatregel gaat niet in vóór de bijstand");
    // conduct after the event that imposes the measure, a lowering before the conduct
    let mut e = categorie(1, d(2026, 5, 4), d(2026, 6, 1));
    if let Event::Maatregel {
        gedraging_datum, ..
    } = &mut e
    {
        *gedraging_datum = d(2026, 5, 5);
    }
    refused(&state, &e, &ctx);
    let mut e = categorie(1, d(2026, 5, 4), d(2026, 6, 1));
    if let Event::Maatregel { ingang, .. } = &mut e {
        *ingang = d(2026, 5, 3);
    }
    refused(&state, &e, &ctx);
    // an event dated before the decision
    refused(&state, &categorie(1, d(2026, 3, 20), d(2026, 4, 1)), &ctx);
    // the statutory measures apply from 2015 (art. 18 lid 4–8 as amended on 2015-01-01)
    // and a conduct date before the birth date is refused
    let mut e = arbeid(d(2026, 5, 4), d(2026, 6, 1));
    if let Event::Maatregel {
        gedraging_datum, ..
    } = &mut e
    {
        *gedraging_datum = d(1989, 1, 1);
    }
    refused(&state, &e, &ctx);
    // the end of bijstand on or before its first day
    let einde = |datum, reden| Event::Beeindiging {
        datum: d(2026, 5, 1),
        beeindiging: Beeindiging::new(datum, reden).unwrap(),
    };
    let err = refused(&state, &einde(d(2026, 4, 1), Beeindigingsreden::Werk), &ctx);
    assert_eq!(
        err.rule().nl,
        "de bijstand eindigt na de eerste dag van de bijstand"
    );
    // the pensionable age before the AOW date (AOW art. 7a): for a person born in 1990 the
    // AOW age is not yet fixed, so the end for that reason is refused
    let err = refused(
        &state,
        &einde(d(2026, 6, 1), Beeindigingsreden::Pensioenleeftijd),
        &ctx,
    );
    assert!(err.to_string().contains("AOW age is not known"), "{err}");
    // the hand-over's own ends do not follow a decision
    refused(
        &state,
        &Event::WerkGevonden {
            datum: d(2026, 5, 1),
        },
        &ctx,
    );
    // before a decision there is no bijstand to lower or end
    let gemeld = walk(
        start(vijfendertig(), d(2026, 1, 1), &ctx).state,
        &[Event::Melding {
            datum: d(2026, 3, 2),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    refused(&gemeld, &arbeid(d(2026, 5, 4), d(2026, 6, 1)), &ctx);
    refused(
        &gemeld,
        &einde(d(2026, 6, 1), Beeindigingsreden::Werk),
        &ctx,
    );
    // the IOW instead of bijstand: no measure, no end of bijstand
    let iow = walk(
        start(vijfendertig(), d(2026, 1, 1), &ctx).state,
        &[
            Event::Melding {
                datum: d(2026, 3, 2),
            },
            Event::Aanvraag {
                datum: d(2026, 3, 9),
            },
            Event::Besluit {
                datum: d(2026, 3, 23),
                besluit: Besluit::iow(),
            },
        ],
        &ctx,
    )
    .unwrap()
    .state;
    let err = refused(&iow, &arbeid(d(2026, 5, 4), d(2026, 6, 1)), &ctx);
    assert_eq!(err.rule().nl, "er is geen bijstand toegekend");
    refused(&iow, &einde(d(2026, 6, 1), Beeindigingsreden::Werk), &ctx);
    // once ended, no event
    let uit = walk(
        state,
        &[einde(d(2026, 6, 1), Beeindigingsreden::Werk)],
        &ctx,
    )
    .unwrap()
    .state;
    refused(&uit, &arbeid(d(2026, 5, 4), d(2026, 6, 1)), &ctx);
    refused(&uit, &einde(d(2026, 7, 1), Beeindigingsreden::Overig), &ctx);
}

#[test]
fn json_snapshots_of_later_bijstand() {
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let dossier = serde_json::to_string(&vijfendertig()).unwrap();
    let t = walk(
        besloten(&ctx),
        &[
            categorie(2, d(2026, 5, 4), d(2026, 6, 1)),
            Event::Beeindiging {
                datum: d(2026, 9, 25),
                beeindiging: Beeindiging::new(d(2026, 10, 1), Beeindigingsreden::Werk).unwrap(),
            },
        ],
        &ctx,
    )
    .unwrap();
    let kern = concat!(
        r#""melding":"2026-03-02","aanvraag":"2026-03-09","datum":"2026-03-23","#,
        r#""besluit":{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false},"#,
        r#""maatregelen":[{"gedraging_datum":"2026-05-04","toepassing":{"grond":"verordening","categorie":2},"#,
        r#""percentage":"30","verlaging":"420.45","periode":{"from":"2026-06-01","to":"2026-07-01"}}]"#
    );
    let json = serde_json::to_string(&t.state).unwrap();
    assert_eq!(
        json,
        format!(
            r#"{{"state":"uitgestroomd","dossier":{dossier},{kern},"beeindigd_op":"2026-09-25","beeindiging":{{"datum":"2026-10-01","reden":"werk"}}}}"#
        )
    );
    assert_eq!(serde_json::from_str::<State>(&json).unwrap(), t.state);
    assert_eq!(
        t.state.to_string(),
        "uitgestroomd (2026-09-25): werk@2026-10-01"
    );
    assert_eq!(
        t.effects
            .iter()
            .map(|e| e.text(participatiewet::Taal::Nl))
            .collect::<Vec<_>>(),
        [
            "Uw bijstand gaat in op 1 april 2026.",
            "Uw bijstand wordt vanaf 1 juni 2026 verlaagd door een maatregel.",
            "Vanaf 1 juli 2026 wordt uw bijstand niet meer door deze maatregel verlaagd.",
            "Uw bijstand eindigt; 1 oktober 2026 is de eerste dag zonder bijstand.",
        ]
    );
    // the decided state with its measure
    let besloten = format!(r#"{{"state":"besloten","dossier":{dossier},{kern}}}"#);
    let state: State = serde_json::from_str(&besloten).unwrap();
    assert_eq!(state.maatregelen().len(), 1);
    assert_eq!(serde_json::to_string(&state).unwrap(), besloten);
    // a row stored without measures reads as none; an empty list is not written
    let zonder = besloten.replace(
        &besloten[besloten.find(r#","maatregelen""#).unwrap()..besloten.len() - 1],
        "",
    );
    let state: State = serde_json::from_str(&zonder).unwrap();
    assert!(state.maatregelen().is_empty());
    assert_eq!(serde_json::to_string(&state).unwrap(), zonder);
    // tampered rows are refused
    for (wat, van, naar) in [
        (
            "a measure before the bijstand",
            r#""from":"2026-06-01""#,
            r#""from":"2026-03-01""#,
        ),
        (
            "a lowering above the bijstand",
            r#""verlaging":"420.45""#,
            r#""verlaging":"1401.51""#,
        ),
        (
            "a measure on an IOW",
            r#"{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false}"#,
            r#"{"besluit":"iow"}"#,
        ),
        (
            "an unknown field",
            r#""maatregelen":["#,
            r#""x":1,"maatregelen":["#,
        ),
        (
            "conduct before the birth date",
            r#""gedraging_datum":"2026-05-04""#,
            r#""gedraging_datum":"1980-05-04""#,
        ),
    ] {
        let row = besloten.replace(van, naar);
        assert_ne!(row, besloten, "{wat}");
        assert!(serde_json::from_str::<State>(&row).is_err(), "{wat}");
    }
    for (wat, van, naar) in [
        (
            "an end on the first day",
            r#""beeindiging":{"datum":"2026-10-01""#,
            r#""beeindiging":{"datum":"2026-04-01""#,
        ),
        (
            "an end decided before the decision",
            r#""beeindigd_op":"2026-09-25""#,
            r#""beeindigd_op":"2026-03-22""#,
        ),
        (
            "an unknown reason",
            r#""reden":"werk""#,
            r#""reden":"loterij""#,
        ),
        ("no end", r#","beeindigd_op":"2026-09-25""#, ""),
        (
            "the end of an IOW",
            r#"{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false},"maatregelen":[{"gedraging_datum":"2026-05-04","toepassing":{"grond":"verordening","categorie":2},"percentage":"30","verlaging":"420.45","periode":{"from":"2026-06-01","to":"2026-07-01"}}]"#,
            r#"{"besluit":"iow"}"#,
        ),
    ] {
        let row = json.replace(van, naar);
        assert_ne!(row, json, "{wat}");
        assert!(serde_json::from_str::<State>(&row).is_err(), "{wat}");
    }
}

/// Outflow per reason and year, counted from the stored rows of a few machine runs (the
/// hand-over and the segment machine), as the caseload report will.
#[test]
fn outflow_per_reason_and_year_is_counted_from_stored_states() {
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    let einden = [
        (d(2026, 10, 1), Beeindigingsreden::Werk),
        (d(2027, 1, 1), Beeindigingsreden::Werk), // last day 2026-12-31
        (d(2027, 1, 2), Beeindigingsreden::Werk),
        (d(2026, 6, 1), Beeindigingsreden::Verhuizing),
        (d(2026, 8, 1), Beeindigingsreden::Detentie),
    ];
    for (datum, reden) in einden {
        let beeindiging = Beeindiging::new(datum, reden).unwrap();
        let t = walk(
            besloten(&ctx),
            &[Event::Beeindiging {
                datum: d(2026, 5, 1),
                beeindiging,
            }],
            &ctx,
        )
        .unwrap();
        rows.push((State::MACHINE, serde_json::to_string(&t.state).unwrap()));
        // the same end in the segment machine, through the conversion of the hand-over
        let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
            .met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct));
        let seg = SegmentState::start(&SegmentStart::feiten(feiten, d(2026, 4, 1)).unwrap(), &ctx)
            .unwrap()
            .state;
        let event = participatiewet::doelgroep::uit_bijstand_overgang(&t.state)
            .unwrap()
            .unwrap();
        assert_eq!(
            event,
            SegmentEvent::Uitstroom {
                beeindiging,
                daarna: None
            }
        );
        let seg = seg.apply(&event, &ctx).unwrap().state;
        rows.push((SegmentState::MACHINE, serde_json::to_string(&seg).unwrap()));
    }
    // a hand-over still running and one ended before a decision record no outflow
    let lopend = besloten(&ctx);
    rows.push((State::MACHINE, serde_json::to_string(&lopend).unwrap()));
    let voor = walk(
        start(vijfendertig(), d(2026, 1, 1), &ctx).state,
        &[Event::WerkGevonden {
            datum: d(2026, 2, 1),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    rows.push((State::MACHINE, serde_json::to_string(&voor).unwrap()));

    let uit_overgang: Vec<Beeindiging> = rows
        .iter()
        .filter(|(m, _)| *m == State::MACHINE)
        .filter_map(|(_, json)| serde_json::from_str::<State>(json).unwrap().beeindiging())
        .collect();
    let uit_segment: Vec<Beeindiging> = rows
        .iter()
        .filter(|(m, _)| *m == SegmentState::MACHINE)
        .filter_map(|(_, json)| {
            serde_json::from_str::<SegmentState>(json)
                .unwrap()
                .uitstroom()
        })
        .collect();
    for telling in [uitstroom(&uit_overgang), uitstroom(&uit_segment)] {
        assert_eq!(
            telling.into_iter().collect::<Vec<_>>(),
            [
                ((2026, Beeindigingsreden::Werk), 2),
                ((2026, Beeindigingsreden::Verhuizing), 1),
                ((2026, Beeindigingsreden::Detentie), 1),
                ((2027, Beeindigingsreden::Werk), 1),
            ]
        );
    }
    assert_eq!(voor.beeindiging(), None);
    assert_eq!(
        voor.exit().map(participatiewet::bijstand::Exit::reden),
        Some(Beeindigingsreden::Werk)
    );
}

#[test]
fn the_segment_machine_records_outflow_with_its_reason() {
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
        .met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct));
    let bijstand = SegmentState::start(&SegmentStart::feiten(feiten, d(2026, 1, 1)).unwrap(), &ctx)
        .unwrap()
        .state;
    let einde = Beeindiging::new(d(2026, 5, 1), Beeindigingsreden::AnderInkomen).unwrap();
    let event = SegmentEvent::Uitstroom {
        beeindiging: einde,
        daarna: Some(LegalStatus::Nug),
    };
    assert_eq!(
        serde_json::to_string(&event).unwrap(),
        r#"{"event":"uitstroom","beeindiging":{"datum":"2026-05-01","reden":"ander_inkomen"},"daarna":{"status":"nug"}}"#
    );
    assert_eq!(event.to_string(), "uitstroom 2026-05-01");
    let t = bijstand.apply(&event, &ctx).unwrap();
    let json = serde_json::to_string(&t.state).unwrap();
    assert_eq!(
        json,
        r#"{"state":"zonder_bijstand","sinds":"2026-05-01","reden":"bijstand_beeindigd","status":{"status":"nug"},"uitstroom":"ander_inkomen"}"#
    );
    assert_eq!(
        serde_json::from_str::<SegmentState>(&json).unwrap(),
        t.state
    );
    assert_eq!(t.state.uitstroom(), Some(einde));
    assert!(t.state.validate().is_ok());
    // an end without a reason records none
    let zonder = bijstand
        .apply(
            &SegmentEvent::BijstandBeeindigd {
                datum: d(2026, 5, 1),
                daarna: None,
            },
            &ctx,
        )
        .unwrap()
        .state;
    assert_eq!(zonder.uitstroom(), None);
    // a reason of outflow on a state the end of bijstand did not lead to is refused
    let nug = SegmentState::start(
        &SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2026, 1, 1)).unwrap(),
        &ctx,
    )
    .unwrap()
    .state;
    let row = serde_json::to_string(&nug)
        .unwrap()
        .replace('}', r#","uitstroom":"werk"}"#);
    let row = row.replacen(r#","uitstroom":"werk"}"#, "}", 1);
    assert!(row.contains("uitstroom"), "{row}");
    assert!(serde_json::from_str::<SegmentState>(&row).is_err(), "{row}");
    // outflow from a person without bijstand is refused and leaves the state unchanged
    let before = nug.clone();
    assert!(nug.apply(&event, &ctx).is_err());
    assert_eq!(nug, before);
}

const GOLDEN_MAATREGEL: &str = "Besluit\n\
Uw bijstand wordt verlaagd met 30%. Van 1 juni 2026 tot en met 30 juni 2026 ontvangt u € 981,05 per maand. Uw recht op bijstand blijft bestaan.\n\
\n\
Motivering\n\
- Uw bijstand zonder maatregel is € 1.401,50 per maand. (artikel 19, tweede lid, van de Participatiewet)\n\
- U bent op 4 mei 2026 deze verplichting niet nagekomen: het college de medewerking verlenen die redelijkerwijs nodig is voor de uitvoering van de wet. (artikel 17, tweede lid, van de Participatiewet)\n\
- De afstemmingsverordening deelt deze gedraging in categorie 2 in. Voor deze categorie wordt de bijstand verlaagd met 30%. (gemeentelijk beleid: Afstemmingsverordening Participatiewet Voorbeeldstad 2025, artikel 10)\n\
- De verlaging geldt voor één maand: van 1 juni 2026 tot en met 30 juni 2026. (artikel 18, tweede lid, van de Participatiewet)\n\
- De verlaging is € 420,45 per maand. U ontvangt in deze periode € 981,05 per maand. (artikel 18, tweede lid, van de Participatiewet)\n";

#[test]
fn golden_dutch_text_of_the_measure_the_machine_imposes() {
    use participatiewet::{Bezwaar, Eligibility, Motivering, Taal};
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    let event = Event::Maatregel {
        datum: d(2026, 5, 20),
        gedraging: Gedraging::Verordening {
            verplichting: Verplichting::Medewerking,
            categorie: 2,
        },
        gedraging_datum: d(2026, 5, 4),
        ingang: d(2026, 6, 1),
    };
    let besluit = state.maatregel_besluit(&event, &ctx).unwrap();
    assert_eq!(besluit.value(), &Eligibility::Eligible(eur(98_105)));
    assert_eq!(
        Motivering::new(&besluit, Taal::Nl).to_string(),
        GOLDEN_MAATREGEL
    );
    assert_eq!(
        Motivering::new(&besluit, Taal::Nl)
            .met_bezwaar(Bezwaar::new(d(2026, 5, 20)).unwrap())
            .to_string(),
        format!(
            "{GOLDEN_MAATREGEL}\n\
             Bezwaar\n\
             Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (20 mei 2026); uw bezwaarschrift moet uiterlijk op 1 juli 2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).\n"
        )
    );
    // the letter and the stored measure agree
    let t = state.apply(&event, &ctx).unwrap();
    let m = t.state.maatregelen()[0];
    assert_eq!(m.verlaging(), eur(42_045));
    assert_eq!(
        t.state.bedrag_op(d(2026, 6, 1)),
        besluit.value().value().copied()
    );
    // a repeat: the decision on the decided state with the measure reads the earlier one
    let herhaling = Event::Maatregel {
        datum: d(2026, 8, 20),
        gedraging: Gedraging::Arbeidsverplichting {
            verplichting: Arbeidsverplichting::AanvaardenOfBehouden,
        },
        gedraging_datum: d(2026, 8, 3),
        ingang: d(2026, 9, 1),
    };
    let besluit = t.state.maatregel_besluit(&herhaling, &ctx).unwrap();
    assert!(
        besluit.has("afstemming_wettelijk"),
        "a category measure is no statutory repeat"
    );
    // no verordening: the letter says the bijstand is not lowered; the event is refused
    let geen = Beleid::new("Voorbeeldstad", bron()).unwrap();
    let ctx = Context::new(&params, &geen);
    let besluit = state.maatregel_besluit(&event, &ctx).unwrap();
    assert!(besluit.has("afstemming_geen_verordening"));
    assert_eq!(besluit.value(), &Eligibility::Eligible(eur(140_150)));
    assert!(state.apply(&event, &ctx).is_err());
    // on a state before the decision: refused
    let first = start(vijfendertig(), d(2026, 1, 1), &ctx).state;
    assert!(first.maatregel_besluit(&event, &ctx).is_err());
}

/// A job with loonkostensubsidie or in beschut werk that ends algemene bijstand is outflow to
/// work; the same job for a person without bijstand is not.
#[test]
fn a_job_that_ends_bijstand_is_outflow_to_work() {
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
    let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand)
        .met_diagnose(Diagnose::Oordeel(Werkperspectief::NaOndersteuning));
    let bijstand = SegmentState::start(&SegmentStart::feiten(feiten, d(2026, 1, 1)).unwrap(), &ctx)
        .unwrap()
        .state;
    for event in [
        SegmentEvent::LksBaanGestart {
            datum: d(2026, 9, 1),
        },
        SegmentEvent::BeschutWerkGeplaatst {
            datum: d(2026, 9, 1),
        },
    ] {
        let t = bijstand.apply(&event, &ctx).unwrap();
        assert_eq!(
            t.state.uitstroom(),
            Some(Beeindiging::new(d(2026, 9, 1), Beeindigingsreden::Werk).unwrap())
        );
        let json = serde_json::to_string(&t.state).unwrap();
        assert!(json.ends_with(r#","uitstroom":"werk"}"#), "{json}");
        assert_eq!(
            serde_json::from_str::<SegmentState>(&json).unwrap(),
            t.state
        );
        // only work follows from a job: another reason on that row is refused
        let row = json.replace(r#""uitstroom":"werk""#, r#""uitstroom":"detentie""#);
        assert!(serde_json::from_str::<SegmentState>(&row).is_err(), "{row}");
    }
    let nug = SegmentState::start(
        &SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2026, 1, 1)).unwrap(),
        &ctx,
    )
    .unwrap()
    .state;
    let t = nug
        .apply(
            &SegmentEvent::LksBaanGestart {
                datum: d(2026, 9, 1),
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(t.state.uitstroom(), None);
}

/// The boundaries of later bijstand: a measure may start on the first day of bijstand, an end
/// may be decided on the day of the decision, and a decided state holds at most 100 measures.
#[test]
fn the_boundaries_of_later_bijstand() {
    let params = Parameters::bundled();
    let beleid = voorbeeldstad();
    let ctx = Context::new(&params, &beleid);
    let state = besloten(&ctx);
    // a lowering from the first day of bijstand, for conduct before it
    let t = walk(
        state.clone(),
        &[Event::Maatregel {
            datum: d(2026, 4, 20),
            gedraging: Gedraging::Verordening {
                verplichting: Verplichting::Medewerking,
                categorie: 1,
            },
            gedraging_datum: d(2026, 3, 30),
            ingang: d(2026, 4, 1),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(t.state.maatregelen()[0].periode().from(), d(2026, 4, 1));
    // a stored measure of conduct before the bijstand that starts before it is refused
    let json = serde_json::to_string(&t.state).unwrap();
    let row = json
        .replace(
            r#""gedraging_datum":"2026-03-30""#,
            r#""gedraging_datum":"2026-03-25""#,
        )
        .replace(r#""from":"2026-04-01""#, r#""from":"2026-03-31""#)
        .replace(r#""to":"2026-05-01""#, r#""to":"2026-04-30""#);
    assert_ne!(row, json);
    assert!(serde_json::from_str::<State>(&row).is_err(), "{row}");
    // an end decided on the day of the decision
    let einde = Event::Beeindiging {
        datum: d(2026, 3, 23),
        beeindiging: Beeindiging::new(d(2026, 4, 2), Beeindigingsreden::Overlijden).unwrap(),
    };
    let uit = walk(state.clone(), &[einde], &ctx).unwrap().state;
    assert_eq!(uit.bedrag_op(d(2026, 3, 31)), None);
    assert_eq!(uit.bedrag_op(d(2026, 4, 1)), Some(eur(140_150)));
    assert_eq!(uit.bedrag_op(d(2026, 4, 2)), None);
    // 100 measures load; the 101st is refused, by the machine and on reading
    let een = serde_json::to_value(t.state.maatregelen()[0]).unwrap();
    let mut value = serde_json::to_value(&t.state).unwrap();
    value["maatregelen"] = serde_json::Value::Array(vec![een.clone(); 100]);
    let honderd: State = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(honderd.maatregelen().len(), 100);
    let err = refused(
        &honderd,
        &Event::Maatregel {
            datum: d(2026, 4, 20),
            gedraging: Gedraging::Verordening {
                verplichting: Verplichting::Medewerking,
                categorie: 1,
            },
            gedraging_datum: d(2026, 4, 20),
            ingang: d(2026, 5, 1),
        },
        &ctx,
    );
    assert_eq!(err.rule().nl, "ten hoogste 100 maatregelen per bijstand");
    value["maatregelen"] = serde_json::Value::Array(vec![een; 101]);
    assert!(serde_json::from_value::<State>(value).is_err());
}

/// An event prints its tag and date, and for a measure the conduct, for an end the reason
/// and first day without bijstand.
#[test]
fn measure_and_end_events_print_what_they_decide() {
    let maatregel = Event::Maatregel {
        datum: d(2026, 6, 20),
        gedraging: Gedraging::Arbeidsverplichting {
            verplichting: Arbeidsverplichting::Reizen,
        },
        gedraging_datum: d(2026, 6, 8),
        ingang: d(2026, 7, 1),
    };
    assert_eq!(
        maatregel.to_string(),
        "maatregel (2026-06-20): arbeidsverplichting: reizen"
    );
    let einde = Event::Beeindiging {
        datum: d(2026, 9, 20),
        beeindiging: Beeindiging::new(d(2026, 10, 1), Beeindigingsreden::Werk).unwrap(),
    };
    assert_eq!(
        einde.to_string(),
        "beeindiging (2026-09-20): werk@2026-10-01"
    );
    // the end's own dates are checked when the event is read
    let json = serde_json::to_string(&einde).unwrap();
    assert!(serde_json::from_str::<Event>(&json.replace("2026-10-01", "2200-01-01")).is_err());
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), einde);
}
