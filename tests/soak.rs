//! Soak test: generated inputs over every public rule and machine.
//!
//! It asserts what a service needs from the crate on any input: no panic; a refused event
//! leaves the state unchanged; every accepted state validates and reloads from its JSON; every
//! tampered stored row that still loads satisfies its type's invariants.
//!
//! The default run makes at least a million calls. `PARTICIPATIEWET_SOAK=10 cargo test --release
//! --test soak -- --nocapture` runs ten times as many and prints the counts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping or indexing"
)]

mod soak_support;

use chrono::NaiveDate;
use participatiewet::{
    Beleid, Context, EARLIEST, Hours, LATEST, Money, Parameters, Percentage, Period, Procedure,
    Taal, Validate, taal,
};
use rust_decimal::Decimal;
use soak_support::{Calls, Rng, scale};

#[test]
fn foundation_values_never_panic_and_read_back() {
    let mut rng = Rng::new(0x5eed_0001);
    let mut calls = Calls::default();
    let params = Parameters::bundled();
    for _ in 0..(60_000 * scale()) {
        let x = rng.decimal();
        calls.add(3);
        if let Ok(m) = Money::new(x) {
            let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
            assert_eq!(back, m);
            let _ = taal::bedrag(m, Taal::Nl);
        }
        if let Ok(p) = Percentage::new(x) {
            assert_eq!(p.to_string().parse::<Percentage>().unwrap(), p);
        }
        if let Ok(h) = Hours::new(x) {
            assert_eq!(h.to_string().parse::<Hours>().unwrap(), h);
        }
        let text = rng.text();
        calls.add(3);
        let _ = text.parse::<Money>();
        let _ = taal::parse_bedrag(&text, "bedrag");
        let _ = taal::parse_uren(&text, "uren");
        let (a, b) = (rng.date(), rng.date());
        calls.add(4);
        if let Ok(p) = Period::new(a, b) {
            assert!(p.validate().is_ok());
            let back: Period = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
            assert_eq!(back, p);
        }
        let _ = params.wml_per_maand.at(a);
        let _ = params.minimumloon_per_maand(a, b);
        let _ = params.aow_datum(a);
        calls.add(1);
        if let Ok(end) = taal::bezwaartermijn_einde(a) {
            assert!(end >= a);
        }
    }
    calls.report("foundation");
}

/// Dates that exercise the edges: chrono's limits, the crate's range and its neighbours, and
/// ordinary dates.
#[test]
fn the_date_range_is_enforced_everywhere_it_is_checked() {
    for date in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        EARLIEST.pred_opt().unwrap(),
        LATEST.succ_opt().unwrap(),
    ] {
        let err = participatiewet::check_date(date, "geboortedatum").unwrap_err();
        assert_eq!(err.code(), "date_out_of_range");
        assert_eq!(err.field(), Some("geboortedatum"));
    }
    assert!(participatiewet::check_date(EARLIEST, "x").is_ok());
    assert!(participatiewet::check_date(LATEST, "x").is_ok());
}

/// Drives one machine through generated events: nothing panics, a refused event leaves the
/// state unchanged, every accepted state validates and reloads from its JSON, and a tampered
/// copy of the stored row that still loads satisfies the state's invariants.
fn drive<P: Procedure + PartialEq + std::fmt::Debug>(
    rng: &mut Rng,
    calls: &mut Calls,
    start: &P::Start,
    events: &mut dyn FnMut(&mut Rng, chrono::NaiveDate) -> Option<P::Event>,
    ctx: &Context<'_>,
) {
    calls.add(1);
    let Ok(first) = P::start(start, ctx) else {
        return;
    };
    let mut state = first.state;
    let mut datum = rng.date();
    for _ in 0..8 {
        datum = if rng.chance(8) {
            rng.date()
        } else {
            datum
                .checked_add_days(chrono::Days::new(rng.below(200)))
                .unwrap_or(datum)
        };
        let Some(event) = events(rng, datum) else {
            continue;
        };
        let before = state.clone();
        calls.add(1);
        match state.apply(&event, ctx) {
            Ok(next) => {
                assert!(next.state.validate().is_ok(), "{:?}", next.state);
                let json = serde_json::to_value(&next.state).unwrap();
                let back: P = serde_json::from_value(json.clone()).unwrap();
                assert_eq!(back, next.state);
                let tampered = soak_support::tamper(&json, rng);
                if let Ok(t) = serde_json::from_value::<P>(tampered) {
                    assert!(t.validate().is_ok());
                }
                calls.add(3);
                state = next.state;
            }
            Err(_) => assert_eq!(state, before, "a refused event changed the state"),
        }
    }
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one generator per machine, read side by side"
)]
fn machines_never_panic_never_lose_a_state_and_refuse_tampered_rows() {
    use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    use participatiewet::beschut_werk::{self, Aanvraag, Aanvrager, Advies, Vaststelling};
    use participatiewet::bijstand::afstemming::{
        Afstemmingsverordening, Arbeidsverplichting, Gedraging, Verplichting,
    };
    use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    use participatiewet::bijstand::{self, Dossier, Huishouden, Opening, ZoektermijnUitzondering};
    use participatiewet::doelgroep::{
        LegalStatus, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState,
    };
    use participatiewet::loonwaarde;

    let params = Parameters::bundled();
    // a municipality with an afstemmingsverordening, so that measures are imposed
    let bron = participatiewet::Citation::owned(
        participatiewet::Regulation::GemeentelijkBeleid,
        "Beleidsregels Voorbeeldstad".to_owned(),
    );
    let beleid = Beleid::new("Voorbeeldstad", bron)
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap();
    let days = |datum: NaiveDate, n: u64, later: bool| {
        if later {
            datum.checked_add_days(chrono::Days::new(n))
        } else {
            datum.checked_sub_days(chrono::Days::new(n))
        }
        .unwrap_or(datum)
    };
    let ctx = Context::new(&params, &beleid);
    let mut rng = Rng::new(0x5eed_0002);
    let mut calls = Calls::default();
    for _ in 0..(12_000 * scale()) {
        // the WW-to-bijstand hand-over
        let geboren = rng.date();
        let eerste = geboren
            .checked_add_days(chrono::Days::new(rng.below(30_000)))
            .unwrap_or(geboren);
        let laatste = eerste
            .checked_add_days(chrono::Days::new(rng.below(900)))
            .unwrap_or(eerste);
        let dossier = Dossier::builder()
            .geboortedatum(geboren)
            .huishouden(Huishouden::alleenstaande())
            .ww_eerste_dag(eerste)
            .ww_laatste_dag(laatste)
            .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
            .build();
        calls.add(1);
        if let Ok(opening) = dossier.and_then(|d| Opening::new(d, eerste)) {
            drive::<bijstand::State>(
                &mut rng,
                &mut calls,
                &opening,
                &mut |rng, datum| {
                    Some(match rng.below(10) {
                        0 => bijstand::Event::Geinformeerd { datum },
                        1 | 2 => bijstand::Event::Melding { datum },
                        3 => bijstand::Event::Aanvraag { datum },
                        4 => bijstand::Event::Besluit {
                            datum,
                            besluit: bijstand::Besluit::bijstand(Money::from_cents(100_000).ok()?),
                        },
                        5 => bijstand::Event::WerkGevonden { datum },
                        6 => bijstand::Event::AowLeeftijd { datum },
                        7 | 8 => bijstand::Event::Maatregel {
                            datum,
                            gedraging: if rng.chance(2) {
                                Gedraging::Arbeidsverplichting {
                                    verplichting: Arbeidsverplichting::Reizen,
                                }
                            } else {
                                Gedraging::Verordening {
                                    verplichting: Verplichting::Medewerking,
                                    categorie: u8::try_from(rng.below(5)).ok()?,
                                }
                            },
                            gedraging_datum: days(datum, rng.below(60), false),
                            ingang: days(datum, rng.below(60), rng.chance(2)),
                        },
                        _ => bijstand::Event::Beeindiging {
                            datum,
                            beeindiging: Beeindiging::new(
                                days(datum, rng.below(400), rng.chance(2)),
                                *rng.pick(&Beeindigingsreden::ALL),
                            )
                            .ok()?,
                        },
                    })
                },
                &ctx,
            );
        }
        // beschut werk
        let sinds = rng.date();
        drive::<beschut_werk::State>(
            &mut rng,
            &mut calls,
            &sinds,
            &mut |rng, datum| {
                Some(match rng.below(4) {
                    0 => beschut_werk::Event::AdviesAangevraagd(
                        Aanvraag::new(Aanvrager::College, datum).ok()?,
                    ),
                    1 => beschut_werk::Event::AdviesUitgebracht(if rng.chance(2) {
                        Advies::positief(datum).ok()?
                    } else {
                        Advies::negatief(datum).ok()?
                    }),
                    2 => beschut_werk::Event::Vastgesteld(Vaststelling::positief(datum).ok()?),
                    _ => beschut_werk::Event::InDienst(
                        beschut_werk::Dienstbetrekking::new(
                            datum,
                            Hours::new(Decimal::from(24)).ok()?,
                        )
                        .ok()?,
                    ),
                })
            },
            &ctx,
        );
        // the loonwaarde determination
        let aanvraag = loonwaarde::Aanvraag {
            aangevraagd_op: rng.date(),
        };
        drive::<loonwaarde::State>(
            &mut rng,
            &mut calls,
            &aanvraag,
            &mut |rng, datum| {
                Some(match rng.below(3) {
                    0 => loonwaarde::Event::Meting {
                        datum,
                        loonwaarde: Percentage::new(Decimal::from(rng.below(101))).ok()?,
                    },
                    1 => loonwaarde::Event::Gehoord { datum },
                    _ => loonwaarde::Event::Vaststelling {
                        datum,
                        herbepaling_op: datum.checked_add_days(chrono::Days::new(rng.below(800))),
                    },
                })
            },
            &ctx,
        );
        // the segment machine
        if let Ok(start) = SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), rng.date()) {
            drive::<SegmentState>(
                &mut rng,
                &mut calls,
                &start,
                &mut |rng, datum| {
                    Some(match rng.below(6) {
                        5 => {
                            let begin = datum.checked_sub_days(chrono::Days::new(rng.below(60)))?;
                            let opgenomen =
                                begin.checked_sub_days(chrono::Days::new(rng.below(90)))?;
                            let baan = Baan::new(
                                Sector::Overheid,
                                Arbeidsrelatie::Dienstbetrekking,
                                Hours::new(Decimal::from(rng.below(41))).ok()?,
                                begin,
                            )
                            .ok()?;
                            SegmentEvent::BanenafspraakGeplaatst {
                                datum,
                                baan: if rng.chance(4) {
                                    baan
                                } else {
                                    baan.inschrijving(Inschrijving::opgenomen(opgenomen).ok()?)
                                },
                                grond: Grond::Lid1A,
                            }
                        }
                        4 => SegmentEvent::Uitstroom {
                            beeindiging: Beeindiging::new(
                                datum,
                                *rng.pick(&Beeindigingsreden::ALL),
                            )
                            .ok()?,
                            daarna: rng.chance(2).then_some(LegalStatus::Nug),
                        },
                        0 => SegmentEvent::BijstandToegekend {
                            datum,
                            diagnose: None,
                        },
                        1 => SegmentEvent::LksBaanGestart { datum },
                        2 => SegmentEvent::BijstandBeeindigd {
                            datum,
                            daarna: None,
                        },
                        _ => SegmentEvent::AowLeeftijdBereikt { datum },
                    })
                },
                &ctx,
            );
        }
    }
    calls.report("machines");
    assert!(
        calls.0 >= 100_000 * u64::try_from(scale()).unwrap(),
        "{}",
        calls.0
    );
}

#[test]
fn banenafspraak_rules_never_panic_and_read_back() {
    use participatiewet::banenafspraak::{
        Arbeidsrelatie, Baan, Beoordeling, Inschrijving, Sector, Telling, beoordeel, tel,
    };

    let mut rng = Rng::new(0x5eed_0005);
    let mut calls = Calls::default();
    let mut banen = Vec::new();
    for _ in 0..(40_000 * scale()) {
        calls.add(1);
        let Ok(feiten) = soak_support::banenafspraak_feiten(&mut rng) else {
            continue;
        };
        let peildatum = rng.date();
        calls.add(1);
        let Ok(b) = beoordeel(&feiten, peildatum) else {
            assert!(!(EARLIEST..=LATEST).contains(&peildatum));
            continue;
        };
        assert!(b.validate().is_ok());
        calls.add(2);
        let dec = b.decision();
        assert!(dec.grounds().len() <= 10);
        assert_eq!(dec.value().is_eligible(), b.uitkomst().is_arbeidsbeperkte());
        let _ = participatiewet::Motivering::new(&dec, Taal::Nl).to_string();
        let row = serde_json::to_value(b).unwrap();
        let back: Beoordeling = serde_json::from_value(row.clone()).unwrap();
        assert_eq!(back, b);
        calls.add(1);
        if let Ok(t) = serde_json::from_value::<Beoordeling>(soak_support::tamper(&row, &mut rng)) {
            assert!(t.validate().is_ok());
        }
        // a job for the count
        calls.add(1);
        let uren = Hours::new(rng.decimal()).unwrap_or_default();
        let sector = *rng.pick(&[Sector::NietOverheid, Sector::Overheid]);
        if let Ok(mut baan) = Baan::new(sector, Arbeidsrelatie::Dienstbetrekking, uren, rng.date())
        {
            if let Some(i) = feiten.inschrijving() {
                baan = baan.inschrijving(i);
            } else if let Ok(i) = Inschrijving::opgenomen(rng.date()) {
                baan = baan.inschrijving(i);
            }
            if banen.len() < 500 {
                banen.push(baan);
            }
        }
    }
    for _ in 0..(2_000 * scale()) {
        calls.add(2);
        if let Ok(t) = tel(&banen, rng.date()) {
            assert!(t.banen_totaal() >= Decimal::ZERO);
            let row = serde_json::to_value(t).unwrap();
            assert_eq!(serde_json::from_value::<Telling>(row.clone()).unwrap(), t);
            if let Ok(back) =
                serde_json::from_value::<Telling>(soak_support::tamper(&row, &mut rng))
            {
                assert!(back.validate().is_ok());
            }
            let _ = t.decision();
        }
    }
    calls.report("banenafspraak");
}

#[test]
fn banenafspraak_instruments_never_panic_and_read_back() {
    // the employer's instruments and the levy
    use participatiewet::banenafspraak::Sector;
    use participatiewet::banenafspraak::{
        Activering, Dienstverband, DoelgroepLks, Proefkandidaat, Quotumfeiten, Werknemer,
        jobcoaching, no_riskpolis, proefplaatsing, quotumheffing,
    };
    let mut rng = Rng::new(0x5eed_0006);
    let mut calls = Calls::default();
    for _ in 0..(20_000 * scale()) {
        calls.add(4);
        let (een, twee) = (rng.date(), rng.date());
        let werknemer = *rng.pick(&[
            Werknemer::WiaVoorafgaand,
            Werknemer::Onderwijs18Plus,
            Werknemer::Wajong,
            Werknemer::Banenafspraak,
            Werknemer::Arbeidsbeperkte,
            Werknemer::Lid6 { einde: Some(een) },
            Werknemer::WiaVoortgezet { vastgesteld: twee },
        ]);
        if let Ok(dv) = Dienstverband::new(werknemer, rng.date()) {
            if let Ok(p) = no_riskpolis(&dv, rng.date()) {
                let d = p.decision();
                assert!(d.grounds().len() <= 3);
                let row = serde_json::to_string(&p).unwrap();
                assert_eq!(
                    serde_json::from_str::<participatiewet::banenafspraak::NoRiskPolis>(&row)
                        .unwrap(),
                    p
                );
            }
        }
        let kandidaat = *rng.pick(&[Proefkandidaat::AlgemeneBijstand, Proefkandidaat::Anders]);
        let verlenging = u8::try_from(rng.below(7)).unwrap();
        if let Ok(d) = proefplaatsing(kandidaat, rng.date(), verlenging) {
            if let Some(p) = d.value().value() {
                assert!(
                    p.begin() <= p.eerste_periode_tot_en_met()
                        && p.eerste_periode_tot_en_met() <= p.tot_en_met()
                );
            }
        }
        let _ = jobcoaching(DoelgroepLks::Ja { sinds: rng.date() });
        let pct = Percentage::new(rng.decimal()).unwrap_or(Percentage::ZERO);
        let a = rng.decimal();
        let c = rng.decimal();
        let gem = rng.decimal();
        let jaar = 2020 + i32::try_from(rng.below(200)).unwrap();
        if let Ok(f) = Quotumfeiten::new(
            jaar,
            Sector::Overheid,
            Activering::Geactiveerd,
            a,
            pct,
            c,
            gem,
        ) {
            if let Ok(q) = quotumheffing(&f) {
                assert!(q.quotumtekort() >= Decimal::ZERO);
                let _ = q.decision();
            }
        }
    }
    calls.report("banenafspraak instruments");
}
