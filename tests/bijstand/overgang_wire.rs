//! The hand-over's stored shapes as exact snapshots, tampered rows, `Display` and `FromStr` of
//! its enums, and the golden Dutch text of its effects.

use participatiewet::bijstand::{
    Besluit, Event, Exit, Huishouden, Opening, State, Weigering, WwDuur, Zoektermijn,
    ZoektermijnUitzondering,
};
use participatiewet::{Effect, Procedure, Taal, Transition, Validate};

use super::d;
use super::overgang::{Ctx, alleen, eur, jong, start, walk};
use super::overgang_bevindingen::aangevraagd_json;

fn every_state() -> Vec<State> {
    let c = Ctx::new();
    let ctx = c.get();
    let first = start(jong(), d(2025, 12, 1), &ctx).state;
    let informed = walk(
        first.clone(),
        &[Event::Geinformeerd {
            datum: d(2026, 1, 5),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    let gemeld = walk(
        informed.clone(),
        &[Event::Melding {
            datum: d(2026, 3, 4),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    let aangevraagd = walk(
        gemeld.clone(),
        &[Event::Aanvraag {
            datum: d(2026, 4, 1),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    let besloten = walk(
        aangevraagd.clone(),
        &[Event::Besluit {
            datum: d(2026, 4, 15),
            besluit: Besluit::bijstand(eur(140_150)),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    let beeindigd = walk(
        gemeld.clone(),
        &[Event::WerkGevonden {
            datum: d(2026, 3, 20),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    vec![first, informed, gemeld, aangevraagd, besloten, beeindigd]
}

#[test]
fn stored_states_snapshot_exactly() {
    const DOSSIER: &str = r#"{"geboortedatum":"2001-05-01","huishouden":{"leefvorm":"alleenstaande"},"ww_eerste_dag":"2025-10-01","ww_laatste_dag":"2026-03-31","zoektermijn_uitzondering":"geen"}"#;
    let expected = [
        format!(r#"{{"state":"ww_loopt","dossier":{DOSSIER},"sinds":"2025-12-01"}}"#),
        format!(r#"{{"state":"geinformeerd","dossier":{DOSSIER},"op":"2026-01-05"}}"#),
        format!(r#"{{"state":"gemeld","dossier":{DOSSIER},"melding":"2026-03-04"}}"#),
        format!(
            r#"{{"state":"aangevraagd","dossier":{DOSSIER},"melding":"2026-03-04","aanvraag":"2026-04-01"}}"#
        ),
        format!(
            r#"{{"state":"besloten","dossier":{DOSSIER},"melding":"2026-03-04","aanvraag":"2026-04-01","datum":"2026-04-15","besluit":{{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false}}}}"#
        ),
        format!(
            r#"{{"state":"beeindigd","dossier":{DOSSIER},"datum":"2026-03-20","exit":"werk_gevonden"}}"#
        ),
    ];
    for (state, json) in every_state().iter().zip(expected) {
        assert_eq!(serde_json::to_string(state).unwrap(), json);
        assert_eq!(&serde_json::from_str::<State>(&json).unwrap(), state);
        assert!(state.validate().is_ok());
    }
    assert_eq!(
        aangevraagd_json(),
        serde_json::to_string(&every_state()[3]).unwrap()
    );
    assert_eq!(
        serde_json::to_string(&Besluit::afgewezen(Weigering::JongerDan18)).unwrap(),
        r#"{"besluit":"afgewezen","weigering":"jonger_dan_18"}"#
    );
    assert_eq!(
        serde_json::to_string(&Opening::new(jong(), d(2025, 12, 1)).unwrap()).unwrap(),
        format!(r#"{{"dossier":{DOSSIER},"sinds":"2025-12-01"}}"#)
    );
    assert_eq!(
        serde_json::to_string(&Zoektermijn::bij_melding(&jong(), d(2026, 3, 4)).unwrap()).unwrap(),
        r#"{"melding":"2026-03-04","einde":"2026-04-01"}"#
    );
    assert!(
        serde_json::from_str::<Zoektermijn>(r#"{"melding":"2026-03-04","einde":"2026-04-02"}"#)
            .is_err()
    );
    assert_eq!(State::MACHINE, "bijstand_overgang");
}

#[test]
fn tampered_dates_in_stored_rows_are_refused() {
    let json = aangevraagd_json();
    for (from, to) in [
        // the application before the melding
        (r#""aanvraag":"2026-04-01""#, r#""aanvraag":"2026-03-01""#),
        // the application within the search period (art. 41 lid 4)
        (r#""aanvraag":"2026-04-01""#, r#""aanvraag":"2026-03-31""#),
        // the melding too early (art. 41 lid 6)
        (r#""melding":"2026-03-04""#, r#""melding":"2026-03-03""#),
        // the WW ending before it starts
        (
            r#""ww_laatste_dag":"2026-03-31""#,
            r#""ww_laatste_dag":"2025-03-31""#,
        ),
        // out of range
        (r#""aanvraag":"2026-04-01""#, r#""aanvraag":"2200-04-01""#),
    ] {
        assert!(serde_json::from_str::<State>(&json.replace(from, to)).is_err());
    }
    let besloten = serde_json::to_string(&every_state()[4]).unwrap();
    let tampered = besloten.replace(r#""datum":"2026-04-15""#, r#""datum":"2026-03-31""#);
    assert!(serde_json::from_str::<State>(&tampered).is_err());
    let same_day = besloten.replace(r#""datum":"2026-04-15""#, r#""datum":"2026-04-01""#);
    assert!(serde_json::from_str::<State>(&same_day).is_ok());
    let beeindigd = serde_json::to_string(&every_state()[5]).unwrap();
    let tampered = beeindigd.replace(r#""datum":"2026-03-20""#, r#""datum":"2001-04-30""#);
    assert!(serde_json::from_str::<State>(&tampered).is_err());
    let ww_loopt = serde_json::to_string(&every_state()[0]).unwrap();
    let tampered = ww_loopt.replace(r#""sinds":"2025-12-01""#, r#""sinds":"2001-04-30""#);
    assert!(serde_json::from_str::<State>(&tampered).is_err());
    let informed = serde_json::to_string(&every_state()[1]).unwrap();
    let tampered = informed.replace(r#""op":"2026-01-05""#, r#""op":"2001-04-30""#);
    assert!(serde_json::from_str::<State>(&tampered).is_err());
}

#[test]
fn transitions_and_their_effects_read_back() {
    let c = Ctx::new();
    let ctx = c.get();
    let t = start(jong(), d(2025, 12, 1), &ctx);
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<Transition<State>>(&json).unwrap(), t);
    let t = walk(
        t.state,
        &[Event::Melding {
            datum: d(2026, 3, 4),
        }],
        &ctx,
    )
    .unwrap();
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<Transition<State>>(&json).unwrap(), t);
    assert!(json.contains(
        r#"{"code":"overgang_zoektermijn_einde","datum":"2026-03-31","citation":{"regulation":"participatiewet","article":"41","lid":4"#
    ), "{json}");
}

#[test]
fn states_events_and_enums_display_their_tag_and_key_date() {
    let shown: Vec<String> = every_state().iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "ww_loopt (2025-12-01)",
            "geinformeerd (2026-01-05)",
            "gemeld (2026-03-04)",
            "aangevraagd (2026-04-01)",
            "besloten (2026-04-15): bijstand 1401.50",
            "beeindigd (2026-03-20): werk_gevonden",
        ]
    );
    let dag = d(2026, 3, 4);
    let events = [
        (
            Event::Geinformeerd { datum: dag },
            "geinformeerd (2026-03-04)",
        ),
        (Event::Melding { datum: dag }, "melding (2026-03-04)"),
        (Event::Aanvraag { datum: dag }, "aanvraag (2026-03-04)"),
        (
            Event::Besluit {
                datum: dag,
                besluit: Besluit::bijstand_vanaf_aanvraag(eur(140_150)),
            },
            "besluit (2026-03-04): bijstand 1401.50 vanaf_aanvraag",
        ),
        (
            Event::Besluit {
                datum: dag,
                besluit: Besluit::afgewezen(Weigering::VermogenBovenGrens),
            },
            "besluit (2026-03-04): afgewezen vermogen_boven_grens",
        ),
        (
            Event::Besluit {
                datum: dag,
                besluit: Besluit::iow(),
            },
            "besluit (2026-03-04): iow",
        ),
        (
            Event::WerkGevonden { datum: dag },
            "werk_gevonden (2026-03-04)",
        ),
        (Event::Verhuisd { datum: dag }, "verhuisd (2026-03-04)"),
        (
            Event::AowLeeftijd { datum: dag },
            "aow_leeftijd (2026-03-04)",
        ),
    ];
    for (event, text) in events {
        assert_eq!(event.to_string(), text);
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
        assert!(json.starts_with(&format!(r#"{{"event":"{}""#, event.tag())));
    }
    for b in [
        Besluit::bijstand(eur(1)),
        Besluit::bijstand_vanaf_aanvraag(eur(1)),
        Besluit::iow(),
        Besluit::afgewezen(Weigering::OnderwijsOnder27),
    ] {
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.starts_with(&format!(r#"{{"besluit":"{}""#, b.tag())));
        assert_eq!(serde_json::from_str::<Besluit>(&json).unwrap(), b);
    }
    assert_eq!(Besluit::bijstand(eur(5)).bedrag(), Some(eur(5)));
    assert_eq!(
        Besluit::afgewezen(Weigering::OnderwijsOnder27).bedrag(),
        None
    );
}

#[test]
fn unit_enums_round_trip_their_wire_names_and_have_dutch_labels() {
    for (v, wire, nl) in [
        (WwDuur::Kort, "kort", "korte WW"),
        (WwDuur::Lang, "lang", "lange WW"),
    ] {
        assert_eq!(v.to_string(), wire);
        assert_eq!(wire.parse::<WwDuur>().unwrap(), v);
        assert_eq!(v.label().wire, wire);
        assert_eq!(v.label().get(Taal::Nl), nl);
    }
    for (v, wire, nl) in [
        (Exit::WerkGevonden, "werk_gevonden", "werk gevonden"),
        (
            Exit::Verhuisd,
            "verhuisd",
            "verhuisd naar een andere gemeente",
        ),
        (Exit::AowLeeftijd, "aow_leeftijd", "AOW-leeftijd bereikt"),
    ] {
        assert_eq!(v.to_string(), wire);
        assert_eq!(wire.parse::<Exit>().unwrap(), v);
        assert_eq!(v.label().wire, wire);
        assert_eq!(v.label().get(Taal::Nl), nl);
    }
    for (v, wire) in [
        (ZoektermijnUitzondering::Geen, "geen"),
        (
            ZoektermijnUitzondering::ProVsoSchoolverlater,
            "pro_vso_schoolverlater",
        ),
        (
            ZoektermijnUitzondering::DoelgroepLoonkostensubsidie,
            "doelgroep_loonkostensubsidie",
        ),
        (
            ZoektermijnUitzondering::MedischeUrenbeperking,
            "medische_urenbeperking",
        ),
    ] {
        assert_eq!(v.to_string(), wire);
        assert_eq!(wire.parse::<ZoektermijnUitzondering>().unwrap(), v);
        assert_eq!(v.label().wire, wire);
        assert!(!v.label().get(Taal::Nl).is_empty());
        assert_eq!(v.is_uitzondering(), v != ZoektermijnUitzondering::Geen);
    }
    for (h, wire) in [
        (Huishouden::alleenstaande(), "alleenstaande"),
        (Huishouden::alleenstaande_ouder(), "alleenstaande_ouder"),
        (Huishouden::gehuwden(d(2000, 1, 1)).unwrap(), "gehuwden"),
    ] {
        assert_eq!(h.label().wire, wire);
        assert_eq!(h.tag(), wire);
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(serde_json::from_str::<Huishouden>(&json).unwrap(), h);
    }
    assert!("kortst".parse::<WwDuur>().is_err());
    assert!("".parse::<Exit>().is_err());
}

#[test]
fn golden_dutch_effects_of_a_25_year_old_whose_ww_ends() {
    // Born 2000-11-20 (25), WW 2025-06-02 to 2026-05-31: the municipality informs from
    // 1 March (policy: 3 months), the melding from 4 May (art. 41 lid 6: four weeks before the
    // WW ends); after a melding on 4 May the search period runs to 31 May and the application
    // may be submitted from 1 June (art. 41 lid 4); bijstand would start on 1 June (art. 44
    // lid 1: the day after the WW, not before the melding).
    let c = Ctx::new();
    let ctx = c.get();
    let dossier = alleen(d(2000, 11, 20), d(2025, 6, 2), d(2026, 5, 31));
    let first = start(dossier, d(2026, 2, 2), &ctx);
    let gemeld = walk(
        first.state,
        &[Event::Melding {
            datum: d(2026, 5, 4),
        }],
        &ctx,
    )
    .unwrap();
    let text = |effects: &[Effect]| {
        effects
            .iter()
            .map(|e| format!("- {} ({})", e.text(Taal::Nl), e.citation().text(Taal::Nl)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let beleid = c.beleid.citation().text(Taal::Nl);
    assert_eq!(
        text(&first.effects),
        format!(
            "- De gemeente informeert u vanaf 1 maart 2026 over bijstand na het einde van uw WW-uitkering. ({beleid})\n\
             - U kunt zich vanaf 4 mei 2026 melden voor bijstand. (artikel 41, zesde lid, van de Participatiewet)\n\
             - Uw WW-uitkering eindigt; 1 juni 2026 is de eerste dag zonder WW. (artikel 42 van de Werkloosheidswet)"
        )
    );
    assert_eq!(
        text(&gemeld.effects),
        "- Uw zoektermijn van vier weken na uw melding loopt tot en met 31 mei 2026. (artikel 41, vierde lid, van de Participatiewet)\n\
         - U kunt vanaf 1 juni 2026 bijstand aanvragen. (artikel 41, vierde lid, van de Participatiewet)\n\
         - Uw WW-uitkering eindigt; 1 juni 2026 is de eerste dag zonder WW. (artikel 42 van de Werkloosheidswet)\n\
         - Als u recht hebt op bijstand, gaat de bijstand in op 1 juni 2026. (artikel 44, eerste lid, van de Participatiewet)"
    );
}
