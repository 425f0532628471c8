//! The findings of the trial service on the hand-over, each a test that failed before: a start
//! before birth, dates outside 1900..=2199, stored rows that passed with a melding before the
//! birth, misspelt or extra fields, removed fields with legal effect; and errors that name the
//! form's field.

#![allow(
    clippy::too_many_lines,
    reason = "a table of form errors reads best in one test"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    Besluit, Dossier, Event, Huishouden, Opening, State, WwDuur, ZoektermijnUitzondering,
};
use participatiewet::{Beleid, Context, Parameters, Procedure, Taal, Validate};

use super::d;
use super::overgang::{Ctx, alleen, dossier_met, eur, jong, on, ouder, start, walk};

fn finding_dossier() -> Dossier {
    alleen(d(1997, 2, 15), d(2023, 8, 21), d(2025, 7, 26))
}

#[test]
fn finding_a_start_before_birth_is_refused() {
    // Before: State::start(dossier, 1956-08-26) was accepted, then AowLeeftijd 1957-12-10 too,
    // and the state failed its own validate() and JSON.
    let err = Opening::new(finding_dossier(), d(1956, 8, 26)).unwrap_err();
    assert_eq!(err.field(), Some("sinds"));
    let json = format!(
        r#"{{"dossier":{},"sinds":"1956-08-26"}}"#,
        serde_json::to_string(&finding_dossier()).unwrap()
    );
    assert!(serde_json::from_str::<Opening>(&json).is_err());
    // On the birth day itself the dossier can be opened (the date is not before the birth).
    assert!(Opening::new(finding_dossier(), d(1997, 2, 15)).is_ok());
    // From a valid state, the AOW event dated before the state (and before the birth) is refused.
    let c = Ctx::new();
    let ctx = c.get();
    let first = start(finding_dossier(), d(2025, 5, 1), &ctx).state;
    let before = first.clone();
    assert!(
        first
            .apply(
                &Event::AowLeeftijd {
                    datum: d(1957, 12, 10)
                },
                &ctx
            )
            .is_err()
    );
    assert_eq!(first, before);
    assert!(first.validate().is_ok());
}

#[test]
fn finding_events_outside_the_date_range_are_refused() {
    let c = Ctx::new();
    let ctx = c.get();
    let first = start(finding_dossier(), d(2025, 5, 1), &ctx).state;
    for datum in [NaiveDate::MAX, d(2200, 1, 1)] {
        let err = first.apply(&Event::Verhuisd { datum }, &ctx).unwrap_err();
        assert!(err.rule().nl.contains("datum"), "{}", err.rule().nl);
    }
    assert!(
        first
            .apply(
                &Event::Verhuisd {
                    datum: participatiewet::LATEST
                },
                &ctx
            )
            .is_ok()
    );
    // Same day as the state: accepted; a day before: refused.
    assert!(
        first
            .apply(
                &Event::Verhuisd {
                    datum: d(2025, 5, 1)
                },
                &ctx
            )
            .is_ok()
    );
    assert!(
        first
            .apply(
                &Event::Verhuisd {
                    datum: d(2025, 4, 30)
                },
                &ctx
            )
            .is_err()
    );
}

#[test]
fn dates_near_the_edges_of_the_range_never_give_an_unloadable_state() {
    let c = Ctx::new();
    let ctx = c.get();
    // WW ending in January 1900: the information day would fall in 1899, so start refuses.
    let early = alleen(d(1900, 1, 1), d(1900, 1, 2), d(1900, 1, 10));
    assert!(State::start(&Opening::new(early, d(1900, 1, 5)).unwrap(), &ctx).is_err());
    // An application in December 2199: the decision term would pass 2199, so it is refused.
    let late = alleen(d(2170, 1, 1), d(2199, 1, 1), d(2199, 12, 1));
    let t = start(late, d(2199, 12, 1), &ctx);
    let gemeld = walk(
        t.state,
        &[Event::Melding {
            datum: d(2199, 12, 20),
        }],
        &ctx,
    )
    .unwrap();
    let before = gemeld.state.clone();
    assert!(
        gemeld
            .state
            .apply(
                &Event::Aanvraag {
                    datum: d(2199, 12, 20)
                },
                &ctx
            )
            .is_err()
    );
    assert_eq!(gemeld.state, before);
    // The last WW day may not be the last day of the range: there is no day after it.
    let err = dossier_met(
        d(2170, 1, 1),
        Huishouden::alleenstaande(),
        d(2199, 1, 1),
        participatiewet::LATEST,
        ZoektermijnUitzondering::Geen,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("ww_laatste_dag"));
    assert!(
        dossier_met(
            d(2170, 1, 1),
            Huishouden::alleenstaande(),
            d(2199, 1, 1),
            d(2199, 12, 30),
            ZoektermijnUitzondering::Geen,
        )
        .is_ok()
    );
}

pub(super) fn aangevraagd_json() -> String {
    r#"{"state":"aangevraagd","dossier":{"geboortedatum":"2001-05-01","huishouden":{"leefvorm":"alleenstaande"},"ww_eerste_dag":"2025-10-01","ww_laatste_dag":"2026-03-31","zoektermijn_uitzondering":"geen"},"melding":"2026-03-04","aanvraag":"2026-04-01"}"#.to_owned()
}

#[test]
fn finding_a_melding_before_birth_in_a_stored_row_is_refused() {
    // Before: an aangevraagd row with the melding in 1982 and the birth in 2023 passed.
    let json = r#"{"state":"aangevraagd","dossier":{"geboortedatum":"2023-01-01","huishouden":{"leefvorm":"alleenstaande"},"ww_eerste_dag":"2024-01-01","ww_laatste_dag":"2024-12-31","zoektermijn_uitzondering":"geen"},"melding":"1982-01-01","aanvraag":"2025-01-02"}"#;
    let err = serde_json::from_str::<State>(json).unwrap_err();
    assert!(err.to_string().contains("melding"), "{err}");
}

#[test]
fn finding_misspelt_or_extra_fields_are_refused() {
    let json = aangevraagd_json();
    assert!(serde_json::from_str::<State>(&json).is_ok());
    for (from, to) in [
        // the misspelling of the trial service
        (
            r#""zoektermijn_uitzondering":"geen""#,
            r#""zoektermijn_uitzonderring":"geen""#,
        ),
        // extra fields at each level
        (
            r#""state":"aangevraagd","#,
            r#""state":"aangevraagd","x":1,"#,
        ),
        (r#""geboortedatum":"#, r#""x":1,"geboortedatum":"#),
        (
            r#"{"leefvorm":"alleenstaande"}"#,
            r#"{"leefvorm":"alleenstaande","partner":"2000-01-01"}"#,
        ),
        (r#""geen""#, r#""ja""#),
        (r#""aangevraagd""#, r#""onbekend""#),
    ] {
        let tampered = json.replace(from, to);
        assert_ne!(tampered, json);
        assert!(
            serde_json::from_str::<State>(&tampered).is_err(),
            "accepted {tampered}"
        );
    }
    let besluit = r#"{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false,"x":1}"#;
    assert!(serde_json::from_str::<Besluit>(besluit).is_err());
    assert!(serde_json::from_str::<Besluit>(r#"{"besluit":"iow","x":1}"#).is_err());
    let event = r#"{"event":"melding","datum":"2026-03-04","x":1}"#;
    assert!(serde_json::from_str::<Event>(event).is_err());
}

#[test]
fn finding_removing_a_field_with_legal_effect_is_an_error() {
    // vanaf_aanvraag (art. 44 lid 3): before, its removal read as false and moved the start.
    let c = Ctx::new();
    let ctx = c.get();
    let besloten = walk(
        start(ouder(), d(2026, 1, 1), &ctx).state,
        &[
            Event::Melding {
                datum: d(2026, 3, 25),
            },
            Event::Aanvraag {
                datum: d(2026, 6, 1),
            },
            Event::Besluit {
                datum: d(2026, 6, 15),
                besluit: Besluit::bijstand_vanaf_aanvraag(eur(140_150)),
            },
        ],
        &ctx,
    )
    .unwrap()
    .state;
    let json = serde_json::to_string(&besloten).unwrap();
    assert!(json.contains(r#","vanaf_aanvraag":true"#));
    assert!(serde_json::from_str::<State>(&json.replace(r#","vanaf_aanvraag":true"#, "")).is_err());
    // zoektermijn_uitzondering: required, never "none" by default.
    assert!(
        serde_json::from_str::<State>(&json.replace(r#","zoektermijn_uitzondering":"geen""#, ""))
            .is_err()
    );
    // partner: a couple without the partner's birth date is an error, not a single person.
    let couple = dossier_met(
        d(1981, 5, 1),
        Huishouden::gehuwden(d(1983, 2, 1)).unwrap(),
        d(2024, 4, 1),
        d(2026, 3, 31),
        ZoektermijnUitzondering::Geen,
    )
    .unwrap();
    let json = serde_json::to_string(&couple).unwrap();
    assert_eq!(
        json,
        r#"{"geboortedatum":"1981-05-01","huishouden":{"leefvorm":"gehuwden","partner":"1983-02-01"},"ww_eerste_dag":"2024-04-01","ww_laatste_dag":"2026-03-31","zoektermijn_uitzondering":"geen"}"#
    );
    assert!(
        serde_json::from_str::<Dossier>(&json.replace(r#","partner":"1983-02-01""#, "")).is_err()
    );
    assert!(
        serde_json::from_str::<Dossier>(&json.replace(
            r#""huishouden":{"leefvorm":"gehuwden","partner":"1983-02-01"},"#,
            ""
        ))
        .is_err()
    );
}

#[test]
fn errors_name_the_field_of_the_form() {
    let build = |geboren, huishouden, eerste, laatste| {
        dossier_met(
            geboren,
            huishouden,
            eerste,
            laatste,
            ZoektermijnUitzondering::Geen,
        )
        .unwrap_err()
    };
    let a = Huishouden::alleenstaande();
    // (facts, field, Dutch message)
    let cases = [
        (
            build(d(2025, 10, 1), a, d(2025, 10, 1), d(2026, 3, 31)),
            "geboortedatum",
            "geboortedatum is onjuist: de geboortedatum ligt niet vóór de eerste WW-dag",
        ),
        (
            build(d(2001, 5, 1), a, d(2025, 10, 1), d(2025, 9, 30)),
            "ww_laatste_dag",
            "ww_laatste_dag is onjuist: de laatste WW-dag ligt vóór de eerste WW-dag",
        ),
        (
            build(
                d(2001, 5, 1),
                Huishouden::gehuwden(d(2025, 10, 1)).unwrap(),
                d(2025, 10, 1),
                d(2026, 3, 31),
            ),
            "partner",
            "partner is onjuist: de geboortedatum van de partner ligt niet vóór de eerste WW-dag",
        ),
        (
            build(NaiveDate::MIN, a, d(2025, 10, 1), d(2026, 3, 31)),
            "geboortedatum",
            "",
        ),
        (
            Huishouden::gehuwden(d(1899, 12, 31)).unwrap_err(),
            "partner",
            "",
        ),
        (
            build(d(2001, 5, 1), a, d(2200, 1, 1), d(2200, 1, 2)),
            "ww_eerste_dag",
            "",
        ),
        (
            build(d(2001, 5, 1), a, d(2025, 1, 1), NaiveDate::MAX),
            "ww_laatste_dag",
            "",
        ),
    ];
    for (err, field, nl) in cases {
        assert_eq!(err.field(), Some(field), "{err}");
        if !nl.is_empty() {
            assert_eq!(err.message(Taal::Nl), nl);
        }
    }
    // The first WW day may equal the last (one day of WW).
    assert!(
        dossier_met(
            d(2001, 5, 1),
            a,
            d(2025, 10, 1),
            d(2025, 10, 1),
            ZoektermijnUitzondering::Geen
        )
        .is_ok()
    );
    // A missing fact names its field.
    let full = Dossier::builder()
        .geboortedatum(d(2001, 5, 1))
        .huishouden(a)
        .ww_eerste_dag(d(2025, 10, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen);
    assert!(full.build().is_ok());
    let missing = [
        (
            Dossier::builder()
                .huishouden(a)
                .ww_eerste_dag(d(2025, 10, 1))
                .ww_laatste_dag(d(2026, 3, 31))
                .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen),
            "geboortedatum",
        ),
        (
            Dossier::builder()
                .geboortedatum(d(2001, 5, 1))
                .ww_eerste_dag(d(2025, 10, 1))
                .ww_laatste_dag(d(2026, 3, 31))
                .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen),
            "huishouden",
        ),
        (
            Dossier::builder()
                .geboortedatum(d(2001, 5, 1))
                .huishouden(a)
                .ww_laatste_dag(d(2026, 3, 31))
                .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen),
            "ww_eerste_dag",
        ),
        (
            Dossier::builder()
                .geboortedatum(d(2001, 5, 1))
                .huishouden(a)
                .ww_eerste_dag(d(2025, 10, 1))
                .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen),
            "ww_laatste_dag",
        ),
        (
            Dossier::builder()
                .geboortedatum(d(2001, 5, 1))
                .huishouden(a)
                .ww_eerste_dag(d(2025, 10, 1))
                .ww_laatste_dag(d(2026, 3, 31)),
            "zoektermijn_uitzondering",
        ),
    ];
    for (builder, field) in missing {
        let err = builder.build().unwrap_err();
        assert_eq!(err.field(), Some(field));
        assert_eq!(
            err.message(Taal::Nl),
            format!("{field} is onjuist: ontbreekt")
        );
    }
}

#[test]
fn the_dossier_reads_back_its_facts() {
    let dossier = dossier_met(
        d(2001, 5, 1),
        Huishouden::gehuwden(d(2000, 1, 1)).unwrap(),
        d(2025, 10, 1),
        d(2026, 3, 31),
        ZoektermijnUitzondering::MedischeUrenbeperking,
    )
    .unwrap();
    assert_eq!(dossier.geboortedatum(), d(2001, 5, 1));
    assert_eq!(dossier.partner(), Some(d(2000, 1, 1)));
    assert_eq!(dossier.huishouden().partner(), Some(d(2000, 1, 1)));
    assert_eq!(dossier.ww_eerste_dag(), d(2025, 10, 1));
    assert_eq!(dossier.ww_laatste_dag(), d(2026, 3, 31));
    assert_eq!(
        dossier.zoektermijn_uitzondering(),
        ZoektermijnUitzondering::MedischeUrenbeperking
    );
    assert_eq!(
        dossier.to_string(),
        "geboren 2001-05-01, gehuwden 2000-01-01, WW 2025-10-01 t/m 2026-03-31, \
         uitzondering medische_urenbeperking"
    );
    assert_eq!(
        jong().to_string(),
        "geboren 2001-05-01, alleenstaande, WW 2025-10-01 t/m 2026-03-31"
    );
    assert_eq!(
        Huishouden::alleenstaande_ouder().leefvorm(),
        participatiewet::bijstand::Leefvorm::AlleenstaandeOuder
    );
    assert_eq!(
        Huishouden::gehuwden(d(2000, 1, 1)).unwrap().tag(),
        "gehuwden"
    );
    assert_eq!(
        Huishouden::alleenstaande().label().get(Taal::En),
        "single person"
    );
}

#[test]
fn short_and_long_ww_follow_the_policy_window() {
    // Beleid::short_ww_months (default 3): WW of at most 3 months is short (policy).
    let beleid = Beleid::default();
    let kort = alleen(d(2000, 1, 1), d(2026, 1, 1), d(2026, 3, 31));
    assert_eq!(kort.ww_duur(&beleid).unwrap(), WwDuur::Kort);
    let lang = alleen(d(2000, 1, 1), d(2026, 1, 1), d(2026, 4, 1));
    assert_eq!(lang.ww_duur(&beleid).unwrap(), WwDuur::Lang);
    assert_eq!(kort.informeren_vanaf(&beleid).unwrap(), d(2026, 1, 1));
}

#[test]
fn a_municipal_decision_term_is_cited_as_policy() {
    let params = Parameters::bundled();
    let beleid = Beleid::default().with_decision_term_weeks(6).unwrap();
    let ctx = Context::new(&params, &beleid);
    let t = walk(
        start(ouder(), d(2026, 1, 1), &ctx).state,
        &[
            Event::Melding {
                datum: d(2026, 3, 25),
            },
            Event::Aanvraag {
                datum: d(2026, 3, 25),
            },
        ],
        &ctx,
    )
    .unwrap();
    assert_eq!(
        on(&t.effects, "overgang_beslistermijn"),
        Some(d(2026, 5, 6))
    );
    let effect = t
        .effects
        .iter()
        .find(|e| e.is("overgang_beslistermijn"))
        .unwrap();
    assert_eq!(effect.citation(), &beleid.citation());
}
