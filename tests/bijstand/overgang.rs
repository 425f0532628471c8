//! The WW-to-bijstand hand-over: vectors read against Participatiewet art. 41 lid 4 and 6 and
//! art. 44 lid 1 and 3 (consolidated text, BWBR0015703), WW art. 42, IOW art. 3, AOW art. 7a
//! and Awb art. 4:13 lid 2; the findings of the trial service as tests; the stored shapes as
//! exact snapshots.

#![allow(
    clippy::too_many_lines,
    reason = "a walk through the hand-over reads best in one test"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    Besluit, Dossier, Event, Exit, Huishouden, Opening, State, Weigering, WwDuur, Zoektermijn,
    ZoektermijnUitzondering,
};
use participatiewet::{
    Beleid, Citation, Context, Effect, Money, Parameters, Procedure, Regulation, Transition,
    TransitionError, Validate,
};

use super::d;

pub(super) fn dossier_met(
    geboren: NaiveDate,
    huishouden: Huishouden,
    eerste: NaiveDate,
    laatste: NaiveDate,
    uitzondering: ZoektermijnUitzondering,
) -> Result<Dossier, participatiewet::Error> {
    Dossier::builder()
        .geboortedatum(geboren)
        .huishouden(huishouden)
        .ww_eerste_dag(eerste)
        .ww_laatste_dag(laatste)
        .zoektermijn_uitzondering(uitzondering)
        .build()
}

pub(super) fn alleen(geboren: NaiveDate, eerste: NaiveDate, laatste: NaiveDate) -> Dossier {
    dossier_met(
        geboren,
        Huishouden::alleenstaande(),
        eerste,
        laatste,
        ZoektermijnUitzondering::Geen,
    )
    .unwrap()
}

/// A 24-year-old single person, WW 2025-10-01..=2026-03-31.
pub(super) fn jong() -> Dossier {
    alleen(d(2001, 5, 1), d(2025, 10, 1), d(2026, 3, 31))
}

/// A 44-year-old single person, WW 2024-04-01..=2026-03-31.
pub(super) fn ouder() -> Dossier {
    alleen(d(1981, 5, 1), d(2024, 4, 1), d(2026, 3, 31))
}

pub(super) struct Ctx {
    pub(super) params: Parameters,
    pub(super) beleid: Beleid,
}

impl Ctx {
    pub(super) fn new() -> Self {
        Self {
            params: Parameters::bundled(),
            beleid: Beleid::default(),
        }
    }
    pub(super) fn get(&self) -> Context<'_> {
        Context::new(&self.params, &self.beleid)
    }
}

pub(super) fn start(dossier: Dossier, sinds: NaiveDate, ctx: &Context<'_>) -> Transition<State> {
    let t = State::start(&Opening::new(dossier, sinds).unwrap(), ctx).unwrap();
    reloads(&t);
    t
}

/// Every returned state validates and reads back equal from its own JSON.
fn reloads(t: &Transition<State>) {
    assert!(t.state.validate().is_ok(), "{:?}", t.state.validate());
    let json = serde_json::to_string(&t.state).unwrap();
    assert_eq!(serde_json::from_str::<State>(&json).unwrap(), t.state);
}

pub(super) fn walk(
    state: State,
    events: &[Event],
    ctx: &Context<'_>,
) -> Result<Transition<State>, TransitionError> {
    let mut t = Transition::new(state, Vec::new());
    for e in events {
        t = t.state.apply(e, ctx)?;
        reloads(&t);
    }
    Ok(t)
}

pub(super) fn eur(cents: i64) -> Money {
    Money::from_cents(cents).unwrap()
}

pub(super) fn on(effects: &[Effect], code: &str) -> Option<NaiveDate> {
    effects.iter().find(|e| e.is(code)).map(Effect::datum)
}

pub(super) fn pw(article: &'static str, lid: u8) -> Citation {
    Citation::article(Regulation::Participatiewet, article).lid(lid)
}

#[test]
fn the_search_period_applies_at_26_and_not_at_27() {
    // Pw art. 41 lid 4: an application concerning only people under 27 is not submitted before
    // four weeks after the melding.
    let melding = d(2026, 3, 2);
    let ww = |born| alleen(born, d(2025, 10, 1), d(2026, 3, 31));
    let z26 = Zoektermijn::bij_melding(&ww(d(1999, 6, 1)), melding).unwrap();
    assert_eq!(z26.melding(), melding);
    assert_eq!(z26.einde(), d(2026, 3, 30));
    assert_eq!(z26.laatste_dag(), d(2026, 3, 29));
    // The day before the 27th birthday: still under 27; on the birthday: 27.
    assert!(Zoektermijn::bij_melding(&ww(d(1999, 3, 3)), melding).is_some());
    assert!(Zoektermijn::bij_melding(&ww(d(1999, 3, 2)), melding).is_none());
    let couple = |partner| {
        dossier_met(
            d(2000, 1, 1),
            Huishouden::gehuwden(partner).unwrap(),
            d(2025, 10, 1),
            d(2026, 3, 31),
            ZoektermijnUitzondering::Geen,
        )
        .unwrap()
    };
    // A couple of whom one is 27 or older: no search period; both under 27: one.
    assert!(Zoektermijn::bij_melding(&couple(d(1990, 1, 1)), melding).is_none());
    assert!(Zoektermijn::bij_melding(&couple(d(1999, 3, 2)), melding).is_none());
    assert!(Zoektermijn::bij_melding(&couple(d(1999, 3, 3)), melding).is_some());
    // Each exception of art. 41 lid 4: none.
    for uitzondering in [
        ZoektermijnUitzondering::ProVsoSchoolverlater,
        ZoektermijnUitzondering::DoelgroepLoonkostensubsidie,
        ZoektermijnUitzondering::MedischeUrenbeperking,
    ] {
        let dossier = dossier_met(
            d(2000, 1, 1),
            Huishouden::alleenstaande(),
            d(2025, 10, 1),
            d(2026, 3, 31),
            uitzondering,
        )
        .unwrap();
        assert!(Zoektermijn::bij_melding(&dossier, melding).is_none());
        assert_eq!(dossier.melding_vanaf(), None);
    }
}

#[test]
fn under_27_is_decided_by_the_27th_birthday_of_either_spouse() {
    // The search period concerns an application "die uitsluitend betrekking heeft op personen
    // jonger dan 27 jaar": the earlier 27th birthday of the two ends it.
    let dossier = dossier_met(
        d(2001, 5, 1),
        Huishouden::gehuwden(d(2000, 1, 1)).unwrap(),
        d(2025, 10, 1),
        d(2026, 3, 31),
        ZoektermijnUitzondering::Geen,
    )
    .unwrap();
    assert_eq!(dossier.niet_allen_onder_27_vanaf(), d(2027, 1, 1));
    assert!(dossier.onder_27(d(2026, 12, 31)));
    assert!(!dossier.onder_27(d(2027, 1, 1)));
    let younger_partner = dossier_met(
        d(2000, 1, 1),
        Huishouden::gehuwden(d(2001, 5, 1)).unwrap(),
        d(2025, 10, 1),
        d(2026, 3, 31),
        ZoektermijnUitzondering::Geen,
    )
    .unwrap();
    assert_eq!(younger_partner.niet_allen_onder_27_vanaf(), d(2027, 1, 1));
    // Born on 29 February: 27 on 28 February of a common year.
    let leap = alleen(d(2000, 2, 29), d(2025, 10, 1), d(2026, 3, 31));
    assert_eq!(leap.niet_allen_onder_27_vanaf(), d(2027, 2, 28));
    assert!(leap.onder_27(d(2027, 2, 27)));
    assert!(!leap.onder_27(d(2027, 2, 28)));
    // A spouse born after the date counts as under 27 (the couple is under 27 together).
    assert!(dossier.onder_27(d(1999, 1, 1)));
    assert!(younger_partner.onder_27(d(2001, 1, 1)));
    // The melding rule and the effect agree: allowed from the earlier of the two days.
    let turning = alleen(d(1999, 2, 1), d(2025, 10, 1), d(2026, 3, 31));
    assert_eq!(turning.melding_vanaf(), Some(d(2026, 2, 1)));
}

#[test]
fn the_hand_over_of_a_24_year_old_single() {
    let c = Ctx::new();
    let ctx = c.get();
    let dossier = jong();
    let first = start(dossier, d(2025, 12, 1), &ctx);
    // Policy: inform 3 months before the WW ends; art. 41 lid 6: melding from 4 weeks before.
    assert_eq!(
        on(&first.effects, "overgang_informeren_vanaf"),
        Some(d(2026, 1, 1))
    );
    assert_eq!(
        on(&first.effects, "overgang_vroegste_melding"),
        Some(d(2026, 3, 4))
    );
    assert_eq!(on(&first.effects, "overgang_ww_einde"), Some(d(2026, 4, 1)));
    assert_eq!(first.effects, first.state.effects(&ctx).unwrap());
    assert_eq!(dossier.ww_duur(&c.beleid).unwrap(), WwDuur::Lang);
    // A melding on 2026-03-03 is too early (art. 41 lid 6); the state is unchanged.
    let informed = walk(
        first.state.clone(),
        &[Event::Geinformeerd {
            datum: d(2026, 1, 5),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(on(&informed.effects, "overgang_informeren_vanaf"), None);
    assert_eq!(
        on(&informed.effects, "overgang_vroegste_melding"),
        Some(d(2026, 3, 4))
    );
    let before = informed.state.clone();
    let err = informed
        .state
        .apply(
            &Event::Melding {
                datum: d(2026, 3, 3),
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(err.citation().cloned(), Some(pw("41", 6)));
    assert_eq!(err.state(), "geinformeerd");
    assert_eq!(err.event(), "melding");
    assert_eq!(informed.state, before);
    // Melding on 2026-03-04: the application is refused before 2026-04-01 (art. 41 lid 4).
    let gemeld = walk(
        informed.state,
        &[Event::Melding {
            datum: d(2026, 3, 4),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(
        on(&gemeld.effects, "overgang_zoektermijn_einde"),
        Some(d(2026, 3, 31))
    );
    assert_eq!(
        on(&gemeld.effects, "overgang_vroegste_aanvraag"),
        Some(d(2026, 4, 1))
    );
    assert_eq!(
        on(&gemeld.effects, "overgang_verwachte_ingang"),
        Some(d(2026, 4, 1))
    );
    assert_eq!(gemeld.state.melding(), Some(d(2026, 3, 4)));
    assert_eq!(
        gemeld.state.zoektermijn().map(|z| z.einde()),
        Some(d(2026, 4, 1))
    );
    // The machine's tag through the trait, as a store keyed by machine and tag reads it.
    assert_eq!(<State as Procedure>::tag(&gemeld.state), "gemeld");
    assert_eq!(first.state.melding(), None);
    let err = gemeld
        .state
        .apply(
            &Event::Aanvraag {
                datum: d(2026, 3, 31),
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(err.citation().cloned(), Some(pw("41", 4)));
    // Applied on 2026-04-01: the expected start is readable on the application (art. 44 lid 1).
    let aangevraagd = walk(
        gemeld.state,
        &[Event::Aanvraag {
            datum: d(2026, 4, 1),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(aangevraagd.state.verwachte_ingang(), Some(d(2026, 4, 1)));
    assert_eq!(aangevraagd.state.aanvraag(), Some(d(2026, 4, 1)));
    // Awb art. 4:13 lid 2: at most eight weeks.
    assert_eq!(
        on(&aangevraagd.effects, "overgang_beslistermijn"),
        Some(d(2026, 5, 27))
    );
    let decided = walk(
        aangevraagd.state,
        &[Event::Besluit {
            datum: d(2026, 4, 15),
            besluit: Besluit::bijstand(eur(140_150)),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(decided.state.ingangsdatum(), Some(d(2026, 4, 1)));
    assert_eq!(decided.state.verwachte_ingang(), Some(d(2026, 4, 1)));
    assert_eq!(
        on(&decided.effects, "overgang_ingang_bijstand"),
        Some(d(2026, 4, 1))
    );
    assert_eq!(decided.effects[0].citation(), &pw("44", 1));
    // A melding only on 2026-04-10: the application waits for the search period (2026-05-08,
    // art. 41 lid 4), but bijstand starts on the melding (art. 44 lid 1).
    let late = walk(
        first.state,
        &[Event::Melding {
            datum: d(2026, 4, 10),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(late.state.verwachte_ingang(), Some(d(2026, 4, 10)));
    assert!(
        late.state
            .apply(
                &Event::Aanvraag {
                    datum: d(2026, 5, 7)
                },
                &ctx
            )
            .is_err()
    );
    assert!(
        late.state
            .apply(
                &Event::Aanvraag {
                    datum: d(2026, 5, 8)
                },
                &ctx
            )
            .is_ok()
    );
}

#[test]
fn the_earliest_melding_is_shown_only_while_it_binds() {
    let c = Ctx::new();
    let ctx = c.get();
    // Opened on the earliest melding day itself: nothing left to wait for.
    let t = start(jong(), d(2026, 3, 4), &ctx);
    assert_eq!(on(&t.effects, "overgang_vroegste_melding"), None);
    let t = start(jong(), d(2026, 3, 3), &ctx);
    assert_eq!(
        on(&t.effects, "overgang_vroegste_melding"),
        Some(d(2026, 3, 4))
    );
    // A person who turns 27 before the four weeks: the limit ends on the birthday.
    let turning = alleen(d(1999, 2, 1), d(2025, 10, 1), d(2026, 3, 31));
    let t = start(turning, d(2025, 12, 1), &ctx);
    assert_eq!(
        on(&t.effects, "overgang_vroegste_melding"),
        Some(d(2026, 2, 1))
    );
    assert!(
        t.state
            .apply(
                &Event::Melding {
                    datum: d(2026, 1, 31)
                },
                &ctx
            )
            .is_err()
    );
    assert!(
        t.state
            .apply(
                &Event::Melding {
                    datum: d(2026, 2, 1)
                },
                &ctx
            )
            .is_ok()
    );
    // A person of 44: no limit, no effect; a melding long before the WW ends is accepted.
    let t = start(ouder(), d(2025, 12, 1), &ctx);
    assert_eq!(on(&t.effects, "overgang_vroegste_melding"), None);
    assert!(
        t.state
            .apply(
                &Event::Melding {
                    datum: d(2025, 12, 1)
                },
                &ctx
            )
            .is_ok()
    );
}

#[test]
fn an_exception_lets_a_young_person_report_and_apply_at_once() {
    // Art. 41 lid 4 exceptions: no search period, and so no early-melding limit (lid 6).
    let c = Ctx::new();
    let ctx = c.get();
    let dossier = dossier_met(
        d(2001, 5, 1),
        Huishouden::alleenstaande(),
        d(2025, 10, 1),
        d(2026, 3, 31),
        ZoektermijnUitzondering::DoelgroepLoonkostensubsidie,
    )
    .unwrap();
    let t = start(dossier, d(2025, 12, 1), &ctx);
    assert_eq!(on(&t.effects, "overgang_vroegste_melding"), None);
    let t = walk(
        t.state,
        &[
            Event::Melding {
                datum: d(2026, 1, 10),
            },
            Event::Aanvraag {
                datum: d(2026, 1, 10),
            },
        ],
        &ctx,
    )
    .unwrap();
    assert_eq!(t.state.zoektermijn(), None);
    assert_eq!(t.state.melding(), Some(d(2026, 1, 10)));
    assert_eq!(t.state.verwachte_ingang(), Some(d(2026, 4, 1)));
}

#[test]
fn a_culpably_late_application_counts_from_the_application_day() {
    // Art. 44 lid 3: the college may decide that bijstand starts on the day of the application.
    let c = Ctx::new();
    let ctx = c.get();
    let s = walk(
        start(ouder(), d(2026, 1, 1), &ctx).state,
        &[
            Event::Melding {
                datum: d(2026, 3, 25),
            },
            Event::Aanvraag {
                datum: d(2026, 6, 1),
            },
        ],
        &ctx,
    )
    .unwrap()
    .state;
    // The Awb decision term from the application: 8 weeks.
    let besluit = |besluit| Event::Besluit {
        datum: d(2026, 6, 15),
        besluit,
    };
    let normal = s
        .apply(&besluit(Besluit::bijstand(eur(140_150))), &ctx)
        .unwrap();
    assert_eq!(normal.state.ingangsdatum(), Some(d(2026, 4, 1)));
    assert_eq!(normal.effects[0].citation(), &pw("44", 1));
    let late = s
        .apply(
            &besluit(Besluit::bijstand_vanaf_aanvraag(eur(140_150))),
            &ctx,
        )
        .unwrap();
    assert_eq!(late.state.ingangsdatum(), Some(d(2026, 6, 1)));
    assert_eq!(late.effects[0].citation(), &pw("44", 3));
    assert_eq!(
        on(&late.effects, "overgang_ingang_bijstand"),
        Some(d(2026, 6, 1))
    );
    // The IOW instead: from the day after the WW (IOW art. 3); a refusal: no start.
    let iow = s.apply(&besluit(Besluit::iow()), &ctx).unwrap();
    assert_eq!(iow.state.ingangsdatum(), Some(d(2026, 4, 1)));
    assert_eq!(on(&iow.effects, "overgang_ingang_iow"), Some(d(2026, 4, 1)));
    assert_eq!(
        iow.effects[0].citation(),
        &Citation::article(Regulation::Iow, "3")
    );
    let refused = s
        .apply(
            &besluit(Besluit::afgewezen(Weigering::VermogenBovenGrens)),
            &ctx,
        )
        .unwrap();
    assert_eq!(refused.state.ingangsdatum(), None);
    assert_eq!(refused.state.verwachte_ingang(), None);
    assert!(refused.effects.is_empty());
    assert_eq!(
        refused.state.besluit().and_then(|b| b.weigering()),
        Some(Weigering::VermogenBovenGrens)
    );
}

#[test]
fn a_45_year_old_may_apply_right_after_the_melding() {
    let c = Ctx::new();
    let ctx = c.get();
    let gemeld = walk(
        start(ouder(), d(2026, 1, 1), &ctx).state,
        &[Event::Melding {
            datum: d(2026, 3, 25),
        }],
        &ctx,
    )
    .unwrap();
    assert_eq!(on(&gemeld.effects, "overgang_zoektermijn_einde"), None);
    assert_eq!(
        on(&gemeld.effects, "overgang_vroegste_aanvraag"),
        Some(d(2026, 3, 25))
    );
    let decided = walk(
        gemeld.state,
        &[
            Event::Aanvraag {
                datum: d(2026, 3, 25),
            },
            Event::Besluit {
                datum: d(2026, 3, 25),
                besluit: Besluit::bijstand(eur(140_150)),
            },
        ],
        &ctx,
    )
    .unwrap();
    assert_eq!(decided.state.ingangsdatum(), Some(d(2026, 4, 1)));
    // A decision ends the hand-over: later events are refused.
    let err = decided
        .state
        .apply(
            &Event::WerkGevonden {
                datum: d(2026, 6, 1),
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(err.state(), "besloten");
}

#[test]
fn the_ways_out_end_the_hand_over() {
    let c = Ctx::new();
    let ctx = c.get();
    let first = start(ouder(), d(2026, 1, 1), &ctx).state;
    for (event, exit) in [
        (
            Event::WerkGevonden {
                datum: d(2026, 1, 1),
            },
            Exit::WerkGevonden,
        ),
        (
            Event::Verhuisd {
                datum: d(2026, 2, 1),
            },
            Exit::Verhuisd,
        ),
    ] {
        let t = first.apply(&event, &ctx).unwrap();
        assert_eq!(t.state.exit(), Some(exit));
        assert_eq!(t.state.datum(), event.datum());
        assert!(t.effects.is_empty());
        let err = t.state.apply(&event, &ctx).unwrap_err();
        assert_eq!(err.state(), "beeindigd");
    }
    // Events that do not fit: an application before the melding, a decision before it.
    for event in [
        Event::Aanvraag {
            datum: d(2026, 2, 1),
        },
        Event::Besluit {
            datum: d(2026, 2, 1),
            besluit: Besluit::iow(),
        },
    ] {
        assert!(first.apply(&event, &ctx).is_err());
    }
    let informed = walk(
        first,
        &[Event::Geinformeerd {
            datum: d(2026, 1, 2),
        }],
        &ctx,
    )
    .unwrap()
    .state;
    assert!(
        informed
            .apply(
                &Event::Geinformeerd {
                    datum: d(2026, 1, 3)
                },
                &ctx
            )
            .is_err()
    );
}

#[test]
fn aow_age_ends_the_hand_over_only_from_the_aow_date() {
    // AOW art. 7a: born 1959-06-10, the AOW age is 67 (the bundled table): 2026-06-10.
    let c = Ctx::new();
    let ctx = c.get();
    let dossier = alleen(d(1959, 6, 10), d(2024, 6, 1), d(2026, 5, 31));
    let aow = c.params.aow_datum(d(1959, 6, 10)).unwrap();
    let first = start(dossier, d(2026, 1, 1), &ctx).state;
    let before = aow.pred_opt().unwrap();
    let err = first
        .apply(&Event::AowLeeftijd { datum: before }, &ctx)
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Aow, "7a").lid(1))
    );
    let t = first
        .apply(&Event::AowLeeftijd { datum: aow }, &ctx)
        .unwrap();
    assert_eq!(t.state.exit(), Some(Exit::AowLeeftijd));
}

#[test]
fn the_search_period_reads_back_and_cites_art_41_lid_4() {
    let z = jong().zoektermijn(d(2026, 3, 4)).unwrap();
    assert_eq!(z, Zoektermijn::bij_melding(&jong(), d(2026, 3, 4)).unwrap());
    assert_eq!(z.to_string(), "zoektermijn 2026-03-04 t/m 2026-03-31");
    assert_eq!(*Zoektermijn::citation(), pw("41", 4));
    let read: Zoektermijn =
        serde_json::from_str(r#"{"melding":"2026-03-04","einde":"2026-04-01"}"#).unwrap();
    assert_eq!(read, z);
    assert!(ouder().zoektermijn(d(2026, 3, 4)).is_none());
    for (h, leefvorm) in [
        (
            Huishouden::alleenstaande(),
            participatiewet::bijstand::Leefvorm::Alleenstaande,
        ),
        (
            Huishouden::alleenstaande_ouder(),
            participatiewet::bijstand::Leefvorm::AlleenstaandeOuder,
        ),
        (
            Huishouden::gehuwden(d(2000, 1, 1)).unwrap(),
            participatiewet::bijstand::Leefvorm::Gehuwden,
        ),
    ] {
        assert_eq!(h.leefvorm(), leefvorm);
    }
    assert_eq!(Huishouden::alleenstaande_ouder().partner(), None);
    assert_eq!(
        Huishouden::alleenstaande_ouder().to_string(),
        "alleenstaande_ouder"
    );
}
