//! Beschut werk (Participatiewet art. 10b; Besluit advisering beschut werk, BWBR0035947):
//! eligibility, the procedure and the places, against the law text.
//!
//! Sources: Pw art. 10b as in force on 2016-12-08 and from 2017-01-01 (wetten.overheid.nl,
//! BWBR0015703); Besluit advisering beschut werk art. 2 and 3 (consolidation of 2022-07-01);
//! Regeling aantallen beschut werk 2017 (Stcrt. 2017, 4882) and 2018 (Stcrt. 2017, 68246).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanbodplicht, Aanvrager, Arbeidsvermogen, BuitenKring, Context, Dienstbetrekking, Effect,
    EindeReden, Event, Feiten, Kring, Melding, Negatief, Plaatsen, Positief, State, Taakstelling,
    Termijn, Uitkering, Uitkomst, Vaststelling, Verzoek, WswIndicatie, beoordeel,
};
use participatiewet::{Beleid, Citation, Confidence, Hours, Regulation, Row};
use rust_decimal::Decimal;
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn h(v: Decimal) -> Hours {
    Hours::new(v).unwrap()
}

/// A person with arbeidsvermogen on every criterion, dependent on guidance (art. 3 lid 1 b).
fn geschikt() -> Feiten {
    let mut f = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(true, h(dec!(2)), h(dec!(6)), true),
    );
    f.aangewezen_op_begeleiding = true;
    f
}

fn college(datum: NaiveDate) -> Verzoek {
    Verzoek::new(Aanvrager::College, datum)
}

fn persoon(datum: NaiveDate) -> Verzoek {
    Verzoek::new(Aanvrager::Persoon, datum)
}

// ---------------------------------------------------------------------------------------
// Eligibility
// ---------------------------------------------------------------------------------------

#[test]
fn baseline_is_positive_after_investigation() {
    let b = beoordeel(&geschikt(), &college(d(2018, 5, 1)));
    assert_eq!(
        b.uitkomst,
        Uitkomst::Positief(Positief::Onderzoek {
            aanpassingen: false,
            begeleiding: true
        })
    );
    let decision = b.explain();
    assert!(
        decision.cites(&Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(2))
    );
    assert!(
        decision.cites(
            &Citation::article(Regulation::Participatiewet, "7")
                .lid(1)
                .onderdeel("a")
        )
    );
}

#[test]
fn adaptations_alone_also_suffice() {
    // Besluit art. 3 lid 2: "ten minste een van de vragen ... bevestigend".
    let mut f = geschikt();
    f.aangewezen_op_begeleiding = false;
    f.aangewezen_op_aanpassingen = true;
    assert_eq!(
        beoordeel(&f, &college(d(2018, 5, 1))).uitkomst,
        Uitkomst::Positief(Positief::Onderzoek {
            aanpassingen: true,
            begeleiding: false
        })
    );
}

#[test]
fn not_in_circle_alone() {
    let mut f = geschikt();
    f.kring = Kring::Geen;
    let b = beoordeel(&f, &college(d(2018, 5, 1)));
    assert_eq!(
        b.uitkomst,
        Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep)
    );
    assert!(
        b.explain()
            .cites(&Citation::article(Regulation::Participatiewet, "10b").lid(1))
    );
}

#[test]
fn uwv_benefit_recipient_is_in_circle_only_from_2017() {
    // Pw art. 10b lid 1 before 2017 (old lid 1: art. 7 lid 1 a only) and from 2017-01-01.
    let mut f = geschikt();
    f.kring = Kring::Uitkering(Uitkering::Wajong);
    assert_eq!(
        beoordeel(&f, &college(d(2016, 12, 31))).uitkomst,
        Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017)
    );
    assert!(
        beoordeel(&f, &college(d(2017, 1, 1)))
            .uitkomst
            .is_positief()
    );
}

#[test]
fn each_arbeidsvermogen_criterion_failing_alone() {
    type Breuk = (&'static str, fn(&mut Feiten));
    let cases: [Breuk; 4] = [
        ("task", |f| f.arbeidsvermogen.voert_taak_uit = false),
        ("one hour at a stretch", |f| {
            f.arbeidsvermogen.uren_aaneengesloten = h(dec!(0.99));
        }),
        ("four hours a day", |f| {
            f.arbeidsvermogen.uren_per_dag = h(dec!(3.99));
        }),
        ("basic skills", |f| {
            f.arbeidsvermogen.basale_werknemersvaardigheden = false;
        }),
    ];
    for (name, break_it) in cases {
        let mut f = geschikt();
        break_it(&mut f);
        let b = beoordeel(&f, &college(d(2018, 5, 1)));
        let Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(t)) = b.uitkomst else {
            panic!("{name}: expected no arbeidsvermogen, got {:?}", b.uitkomst);
        };
        let failed = [
            t.taak,
            t.uur_aaneengesloten,
            t.vier_uur_per_dag,
            t.basale_vaardigheden,
        ]
        .iter()
        .filter(|ok| !**ok)
        .count();
        assert_eq!(failed, 1, "{name}: exactly one criterion fails");
        assert!(
            b.explain()
                .grounds
                .iter()
                .any(|g| g.text.contains("NOT met")),
            "{name}: the failed criterion is named"
        );
    }
}

#[test]
fn thresholds_are_inclusive() {
    // exactly 1 hour at a stretch and exactly 4 hours a day meet the test
    let mut f = geschikt();
    f.arbeidsvermogen.uren_aaneengesloten = h(dec!(1));
    f.arbeidsvermogen.uren_per_dag = h(dec!(4));
    assert!(
        beoordeel(&f, &college(d(2018, 5, 1)))
            .uitkomst
            .is_positief()
    );
}

#[test]
fn not_dependent_alone() {
    let mut f = geschikt();
    f.aangewezen_op_begeleiding = false;
    let b = beoordeel(&f, &college(d(2018, 5, 1)));
    assert_eq!(b.uitkomst, Uitkomst::Negatief(Negatief::NietAangewezen));
    assert!(
        b.explain()
            .cites(&Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(2))
    );
}

#[test]
fn own_request_before_2017_is_outside_the_law() {
    // Pw art. 10b lid 3 exists from 2017-01-01 (Stb. 2016, 519).
    assert_eq!(
        beoordeel(&geschikt(), &persoon(d(2016, 12, 31))).uitkomst,
        Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017)
    );
    assert!(
        beoordeel(&geschikt(), &persoon(d(2017, 1, 1)))
            .uitkomst
            .is_positief()
    );
}

#[test]
fn repeat_request_within_twelve_months() {
    // Besluit art. 3 lid 3 b and lid 6. Advice on 2019-03-01; 2020 is a leap year, so day 365
    // after the advice is 2020-02-29, still within twelve months; 2020-03-01 is not.
    let vorig = d(2019, 3, 1);
    assert_eq!((d(2020, 2, 29) - vorig).num_days(), 365);
    let dag_365 = persoon(d(2020, 2, 29)).na_advies(vorig);
    let na_12_maanden = persoon(d(2020, 3, 1)).na_advies(vorig);

    let b = beoordeel(&geschikt(), &dag_365);
    assert_eq!(
        b.uitkomst,
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
            vorig_advies: vorig
        })
    );
    assert!(
        b.explain().cites(
            &Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
                .lid(3)
                .onderdeel("b")
        )
    );
    assert!(
        beoordeel(&geschikt(), &na_12_maanden)
            .uitkomst
            .is_positief()
    );

    // with new facts (lid 6) UWV investigates, within the twelve months too
    let mut nieuw = geschikt();
    nieuw.nieuwe_feiten = true;
    assert!(beoordeel(&nieuw, &dag_365).uitkomst.is_positief());
    assert!(beoordeel(&nieuw, &na_12_maanden).uitkomst.is_positief());
}

#[test]
fn repeat_request_in_a_common_year() {
    // Advice 2017-03-01: day 364 (2018-02-28) is within, day 365 (2018-03-01) is twelve
    // months later and outside.
    let vorig = d(2017, 3, 1);
    let f = geschikt();
    assert!(
        !beoordeel(&f, &persoon(d(2018, 2, 28)).na_advies(vorig))
            .uitkomst
            .is_positief()
    );
    assert!(
        beoordeel(&f, &persoon(d(2018, 3, 1)).na_advies(vorig))
            .uitkomst
            .is_positief()
    );
}

#[test]
fn repeat_rule_applies_only_to_the_persons_own_request() {
    // lid 3 b: "indien het advies is aangevraagd door een persoon als bedoeld in art. 10b lid 3"
    let v = college(d(2020, 2, 29)).na_advies(d(2019, 3, 1));
    assert!(beoordeel(&geschikt(), &v).uitkomst.is_positief());
}

#[test]
fn former_wsw_indication_without_investigation() {
    // lid 3 a: able to do begeleid werken -> no on both, whatever the facts
    let mut f = geschikt();
    f.wsw_indicatie = WswIndicatie::BegeleidWerkenMogelijk;
    assert_eq!(
        beoordeel(&f, &college(d(2018, 5, 1))).uitkomst,
        Uitkomst::Negatief(Negatief::WswBegeleidWerken)
    );
    // lid 4: not able -> yes without investigation, even with facts that would fail
    let mut g = geschikt();
    g.aangewezen_op_begeleiding = false;
    g.wsw_indicatie = WswIndicatie::BegeleidWerkenNietMogelijk;
    assert_eq!(
        beoordeel(&g, &college(d(2018, 5, 1))).uitkomst,
        Uitkomst::Positief(Positief::WswNietBegeleidWerken)
    );
    // lid 5: new facts -> investigation
    f.nieuwe_feiten = true;
    g.nieuwe_feiten = true;
    assert!(
        beoordeel(&f, &college(d(2018, 5, 1)))
            .uitkomst
            .is_positief()
    );
    assert_eq!(
        beoordeel(&g, &college(d(2018, 5, 1))).uitkomst,
        Uitkomst::Negatief(Negatief::NietAangewezen)
    );
}

// ---------------------------------------------------------------------------------------
// Procedure
// ---------------------------------------------------------------------------------------

fn beleid() -> Beleid {
    Beleid::default()
}

fn kandidaat(sinds: NaiveDate) -> State {
    State::Kandidaat { sinds }
}

fn advies_gegeven(aanvraag: NaiveDate, advies: NaiveDate, positief: bool) -> State {
    let b = beleid();
    let ctx = Context::new(&b);
    kandidaat(aanvraag)
        .apply(
            &Event::AdviesAangevraagd {
                datum: aanvraag,
                door: Aanvrager::College,
            },
            &ctx,
        )
        .unwrap()
        .state
        .apply(
            &Event::AdviesUitgebracht {
                datum: advies,
                positief,
            },
            &ctx,
        )
        .unwrap()
        .state
}

#[test]
fn own_request_dated_2016_12_31_is_refused_and_2017_01_01_allowed() {
    let b = beleid();
    let ctx = Context::new(&b);
    let s = kandidaat(d(2016, 12, 1));
    let err = s
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2016, 12, 31),
                door: Aanvrager::Persoon,
            },
            &ctx,
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "event advies_aangevraagd refused in state kandidaat: a person may ask UWV for the \
         advice only from 2017-01-01 (Participatiewet art. 10b lid 3)"
    );
    assert_eq!(s, kandidaat(d(2016, 12, 1)));

    let t = s
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2017, 1, 1),
                door: Aanvrager::Persoon,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(t.state.tag(), "advies_aangevraagd");
    // UWV informs the person at the same time as the college (lid 3)
    assert!(t.effects.iter().any(|e| matches!(
        e,
        Effect::Melding {
            melding: Melding::AdviesGelijktijdigAanPersoon,
            ..
        }
    )));
}

#[test]
fn college_request_before_2017_is_allowed() {
    let b = beleid();
    let t = kandidaat(d(2015, 6, 1))
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2015, 6, 2),
                door: Aanvrager::College,
            },
            &Context::new(&b),
        )
        .unwrap();
    assert_eq!(t.state.tag(), "advies_aangevraagd");
}

#[test]
fn advice_deadline_is_the_56th_day() {
    // Besluit art. 2 lid 1: "binnen acht weken nadat het ... een verzoek heeft ontvangen".
    // Request received 2018-01-03; 8 × 7 = 56 days later is 2018-02-28.
    let b = beleid();
    let ctx = Context::new(&b);
    let t = kandidaat(d(2018, 1, 2))
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2018, 1, 3),
                door: Aanvrager::College,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(
        t.effects[0],
        Effect::Termijn {
            termijn: Termijn::Advies,
            datum: d(2018, 2, 28),
            citation: Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2").lid(1),
        }
    );
    let te_laat = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::Melding {
                melding: Melding::AdviesTeLaat { dagen },
                ..
            } => Some(*dagen),
            _ => None,
        })
    };
    let op_tijd = t
        .state
        .apply(
            &Event::AdviesUitgebracht {
                datum: d(2018, 2, 28),
                positief: true,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(te_laat(&op_tijd.effects), None);
    let laat = t
        .state
        .apply(
            &Event::AdviesUitgebracht {
                datum: d(2018, 3, 1),
                positief: true,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(te_laat(&laat.effects), Some(1));
}

#[test]
fn decision_term_from_policy_with_its_citation() {
    let default = beleid();
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let besluit = |effects: &[Effect]| {
        effects
            .iter()
            .find_map(|e| match e {
                Effect::Termijn {
                    termijn: Termijn::Besluit,
                    datum,
                    citation,
                } => Some((*datum, citation.clone())),
                _ => None,
            })
            .unwrap()
    };
    let aangevraagd = kandidaat(d(2018, 1, 3))
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2018, 1, 3),
                door: Aanvrager::College,
            },
            &Context::new(&default),
        )
        .unwrap()
        .state;
    let event = Event::AdviesUitgebracht {
        datum: d(2018, 2, 1),
        positief: true,
    };
    let (datum, citation) = besluit(
        &aangevraagd
            .apply(&event, &Context::new(&default))
            .unwrap()
            .effects,
    );
    assert_eq!(datum, d(2018, 3, 29)); // 8 weeks after the advice
    assert_eq!(citation, Citation::article(Regulation::Awb, "4:13").lid(2));

    let zes = Beleid::default().with_decision_term_weeks(6).unwrap();
    let (datum, citation) = besluit(
        &aangevraagd
            .apply(&event, &Context::new(&zes))
            .unwrap()
            .effects,
    );
    assert_eq!(datum, d(2018, 3, 15));
    assert_eq!(citation.regulation, Regulation::GemeentelijkBeleid);
    assert_eq!(s.tag(), "advies_uitgebracht");
}

#[test]
fn departure_from_positive_advice_without_reason_is_refused() {
    let b = beleid();
    let ctx = Context::new(&b);
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let before = s.clone();
    let err = s
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), false)),
            &ctx,
        )
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Awb, "3:9"))
    );
    assert_eq!(s, before);
    // an empty reason is no reason
    let leeg = Vaststelling::new(d(2018, 3, 1), false).met_afwijking("  ");
    assert!(s.apply(&Event::Vastgesteld(leeg), &ctx).is_err());
    // with a recorded reason the college may depart
    let met = Vaststelling::new(d(2018, 3, 1), false)
        .met_afwijking("UWV did not see the school's report on the person's independence");
    let t = s.apply(&Event::Vastgesteld(met), &ctx).unwrap();
    assert!(t.effects.iter().any(|e| matches!(
        e,
        Effect::Melding {
            melding: Melding::AfwijkingVanAdvies,
            ..
        }
    )));
    assert!(t.state.positieve_vaststelling().is_none());
}

#[test]
fn departure_from_negative_advice_also_needs_a_reason() {
    let b = beleid();
    let ctx = Context::new(&b);
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), false);
    let err = s
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), true)),
            &ctx,
        )
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Awb, "3:50"))
    );
}

fn aanbod_melding(effects: &[Effect]) -> Option<Melding> {
    effects.iter().find_map(|e| match e {
        Effect::Melding {
            melding: m @ (Melding::AanbodVerplicht | Melding::AanbodFacultatief),
            ..
        } => Some(*m),
        _ => None,
    })
}

#[test]
fn duty_to_offer_before_and_from_2017() {
    let b = beleid();
    let ctx = Context::new(&b);
    let voor = advies_gegeven(d(2016, 10, 3), d(2016, 11, 1), true)
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2016, 12, 31), true)),
            &ctx,
        )
        .unwrap();
    assert_eq!(
        aanbod_melding(&voor.effects),
        Some(Melding::AanbodFacultatief)
    );
    let vanaf = advies_gegeven(d(2016, 10, 3), d(2016, 11, 1), true)
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2017, 1, 1), true)),
            &ctx,
        )
        .unwrap();
    assert_eq!(
        aanbod_melding(&vanaf.effects),
        Some(Melding::AanbodVerplicht)
    );

    // the ledger says the same
    let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    assert_eq!(
        p.stand(d(2016, 12, 31), &b).unwrap().plicht,
        Aanbodplicht::Facultatief
    );
    assert_eq!(
        p.stand(d(2017, 1, 1), &b).unwrap().plicht,
        Aanbodplicht::Verplicht
    );
}

#[test]
fn employment_hands_over_to_loonkostensubsidie() {
    let b = beleid();
    let ctx = Context::new(&b);
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true)
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), true)),
            &ctx,
        )
        .unwrap()
        .state
        .apply(
            &Event::Aangeboden {
                datum: d(2018, 4, 1),
            },
            &ctx,
        )
        .unwrap()
        .state;
    let contract = Dienstbetrekking {
        aanvang: d(2018, 5, 1),
        uren_per_week: h(dec!(24)),
    };
    let t = s.apply(&Event::InDienst(contract), &ctx).unwrap();
    assert_eq!(t.state.dienstbetrekking(), Some(&contract));
    assert_eq!(
        t.effects,
        vec![Effect::Melding {
            melding: Melding::Loonkostensubsidie {
                aanvang: d(2018, 5, 1),
                uren_per_week: h(dec!(24)),
            },
            citation: Citation::article(Regulation::Participatiewet, "10b").lid(9),
        }]
    );
    let end = t
        .state
        .apply(
            &Event::Beeindigd {
                datum: d(2019, 4, 30),
                reden: EindeReden::DienstbetrekkingGeeindigd,
            },
            &ctx,
        )
        .unwrap();
    assert_eq!(end.state.tag(), "beeindigd");
    assert!(end.state.positieve_vaststelling().is_some());
}

#[test]
fn no_offer_or_job_after_a_negative_determination() {
    let b = beleid();
    let ctx = Context::new(&b);
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), false)
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), false)),
            &ctx,
        )
        .unwrap()
        .state;
    assert!(
        s.apply(
            &Event::Aangeboden {
                datum: d(2018, 4, 1)
            },
            &ctx
        )
        .is_err()
    );
    let contract = Dienstbetrekking {
        aanvang: d(2018, 5, 1),
        uren_per_week: h(dec!(24)),
    };
    assert!(s.apply(&Event::InDienst(contract), &ctx).is_err());
    // the person may ask again (the repeat rule is for UWV's assessment)
    assert!(
        s.apply(
            &Event::AdviesAangevraagd {
                datum: d(2018, 6, 1),
                door: Aanvrager::Persoon
            },
            &ctx
        )
        .is_ok()
    );
}

#[test]
fn reassessment_only_when_policy_sets_it() {
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let event = Event::Vastgesteld(Vaststelling::new(d(2018, 3, 1), true));
    let herbeoordeling = |b: &Beleid| {
        s.apply(&event, &Context::new(b))
            .unwrap()
            .effects
            .iter()
            .find_map(|e| match e {
                Effect::Termijn {
                    termijn: Termijn::Herbeoordeling,
                    datum,
                    ..
                } => Some(*datum),
                _ => None,
            })
    };
    assert_eq!(herbeoordeling(&Beleid::default()), None);
    let b = Beleid::default()
        .with_reassessment_months(Some(24))
        .unwrap();
    assert_eq!(herbeoordeling(&b), Some(d(2020, 3, 1)));
}

#[test]
fn events_before_the_state_date_are_refused() {
    let b = beleid();
    let s = kandidaat(d(2018, 1, 10));
    let err = s
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2018, 1, 9),
                door: Aanvrager::College,
            },
            &Context::new(&b),
        )
        .unwrap_err();
    assert_eq!(
        err.rule().en,
        "the event is dated before the state's own date"
    );
}

// ---------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------

fn dorp(aantal: u32) -> Taakstelling {
    Taakstelling::new(
        "Dorp",
        vec![Row::new(
            d(2018, 1, 1),
            Some(d(2018, 12, 31)),
            aantal,
            "test row",
            Confidence::Unverified,
        )],
    )
    .unwrap()
}

#[test]
fn duty_lapses_when_realised_and_revives_when_a_place_ends() {
    // Pw art. 10b lid 6: lid 1 does not apply "indien het aantal ... is gerealiseerd". The
    // regulations set the numbers "ultimo" the year (a stock), so realised = contracts in force.
    let b = beleid();
    let mut p = Plaatsen::new(dorp(2));
    let a = p.plaats(d(2018, 3, 1));
    assert_eq!(
        p.stand(d(2018, 3, 1), &b).unwrap().plicht,
        Aanbodplicht::Verplicht
    );
    p.plaats(d(2018, 4, 1));
    let vol = p.stand(d(2018, 4, 1), &b).unwrap();
    assert_eq!((vol.gerealiseerd, vol.plicht), (2, Aanbodplicht::Vervallen));
    assert!(
        vol.explain(&b)
            .cites(&Citation::article(Regulation::Participatiewet, "10b").lid(6))
    );
    p.beeindig(a, d(2018, 8, 31)).unwrap();
    assert_eq!(
        p.stand(d(2018, 8, 31), &b).unwrap().plicht,
        Aanbodplicht::Vervallen
    );
    let weer = p.stand(d(2018, 9, 1), &b).unwrap();
    assert_eq!(
        (weer.gerealiseerd, weer.geplaatst, weer.plicht),
        (1, 2, Aanbodplicht::Verplicht)
    );
}

#[test]
fn council_number_counts_only_when_higher() {
    let mut b = beleid().with_beschut_werk_places(2018, 3).unwrap();
    let mut p = Plaatsen::new(dorp(2));
    p.plaats(d(2018, 3, 1));
    p.plaats(d(2018, 3, 2));
    let s = p.stand(d(2018, 3, 2), &b).unwrap();
    assert_eq!(s.vereist.unwrap().aantal, 3);
    assert_eq!(s.plicht, Aanbodplicht::Verplicht);
    b = b.with_beschut_werk_places(2018, 1).unwrap();
    assert_eq!(
        p.stand(d(2018, 3, 2), &b).unwrap().vereist.unwrap().aantal,
        2
    );
}

#[test]
fn zwolle_example_is_flagged_unverified() {
    let z = Taakstelling::voorbeeld_zwolle();
    let rows = z.minimum().rows();
    assert_eq!(
        rows.iter().map(|r| r.value).collect::<Vec<_>>(),
        vec![26, 46]
    );
    assert!(rows.iter().all(|r| r.confidence == Confidence::Unverified));
    assert!(rows[0].source.contains("Stcrt. 2017, 4882"));
    assert!(rows[1].source.contains("Stcrt. 2017, 68246"));
    // a year without a row is an error, not the last number carried over
    assert!(Plaatsen::new(z).stand(d(2019, 1, 1), &beleid()).is_err());
}

#[test]
fn the_procedure_carries_the_earlier_advice_into_a_repeat_request() {
    // A negative advice of 2019-03-01 and a negative determination; the person asks again on
    // 2020-02-29 (day 365, within twelve months): UWV answers no without investigation
    // (Besluit art. 3 lid 3 b), unless new facts are reported (lid 6).
    let b = beleid();
    let ctx = Context::new(&b);
    let s = advies_gegeven(d(2019, 1, 15), d(2019, 3, 1), false)
        .apply(
            &Event::Vastgesteld(Vaststelling::new(d(2019, 3, 10), false)),
            &ctx,
        )
        .unwrap()
        .state
        .apply(
            &Event::AdviesAangevraagd {
                datum: d(2020, 2, 29),
                door: Aanvrager::Persoon,
            },
            &ctx,
        )
        .unwrap()
        .state;
    let verzoek = s.verzoek().unwrap();
    assert_eq!(verzoek.vorig_advies, Some(d(2019, 3, 1)));
    assert_eq!(
        beoordeel(&geschikt(), &verzoek).uitkomst,
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
            vorig_advies: d(2019, 3, 1)
        })
    );
    let mut nieuw = geschikt();
    nieuw.nieuwe_feiten = true;
    assert!(beoordeel(&nieuw, &verzoek).uitkomst.is_positief());
}

#[test]
fn outcome_json() {
    let b = beoordeel(
        &geschikt(),
        &persoon(d(2020, 2, 29)).na_advies(d(2019, 3, 1)),
    );
    assert_eq!(
        serde_json::to_string(&b.uitkomst).unwrap(),
        r#"{"negatief":{"herhaald_verzoek":{"vorig_advies":"2019-03-01"}}}"#
    );
    let p = beoordeel(&geschikt(), &college(d(2018, 5, 1)));
    assert_eq!(
        serde_json::to_string(&p.uitkomst).unwrap(),
        r#"{"positief":{"onderzoek":{"aanpassingen":false,"begeleiding":true}}}"#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<State>();
    check::<Event>();
    check::<participatiewet::beschut_werk::Transition>();
    check::<Effect>();
    check::<Plaatsen>();
    check::<Taakstelling>();
    check::<participatiewet::beschut_werk::Beoordeling>();
    check::<participatiewet::beschut_werk::Stand>();
    check::<Context<'static>>();
}

#[test]
fn error_messages_are_exact() {
    let mut p = Plaatsen::new(dorp(1));
    let id = p.plaats(d(2018, 3, 1));
    assert_eq!(
        p.beeindig(id, d(2018, 2, 1)).unwrap_err().to_string(),
        "beschut-werk placement is invalid: the end 2018-02-01 is before the start 2018-03-01"
    );
    assert_eq!(
        Taakstelling::new(
            "X",
            vec![Row::new(d(2018, 7, 1), None, 1, "s", Confidence::LawText)]
        )
        .unwrap_err()
        .to_string(),
        "parameter table beschut_werk_aantal is invalid: the row from 2018-07-01 does not cover \
         whole calendar years"
    );
    assert_eq!(
        Plaatsen::new(dorp(1))
            .stand(d(2019, 1, 1), &beleid())
            .unwrap_err()
            .to_string(),
        "the minimum number of beschut-werk places is not known on 2019-01-01 (known from \
         2018-01-01 to 2018-12-31)"
    );
    let bad = r#"{"state":"in_dienst","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"college"},"advies":{"datum":"2018-02-01","positief":false},"vaststelling":{"datum":"2018-03-01","beschut_werk":false},"dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}}"#;
    let err = serde_json::from_str::<State>(bad).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "stored beschut_werk::State is inconsistent: an offer or employment without a \
             positive determination"
        ),
        "{err}"
    );
}
