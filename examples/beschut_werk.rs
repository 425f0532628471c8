//! Three candidates through the beschut-werk procedure in one municipality-year with two
//! places, printing each step's grounds, effects and the ledger.
//!
//! ```text
//! cargo run --example beschut_werk
//! ```

use std::process::ExitCode;

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanvrager, Arbeidsvermogen, Context, Dienstbetrekking, EindeReden, Event, Feiten, Kring,
    Plaatsen, State, Taakstelling, Uitkering, Vaststelling, Verzoek, Wachtende, beoordeel,
    plaatsingsvolgorde,
};
use participatiewet::{Beleid, Confidence, Error, Hours, Row};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, day).ok_or(Error::InvalidFacts {
        field: "date".into(),
        reason: format!("{y}-{m}-{day} is not a date").into(),
    })
}

struct Kandidaat {
    naam: &'static str,
    feiten: Feiten,
    door: Aanvrager,
    aanvraag: NaiveDate,
    advies: NaiveDate,
    vaststelling: NaiveDate,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let uren = |v: i64| Hours::new(Decimal::new(v, 0));
    let beleid = Beleid::default();
    let ctx = Context::new(&beleid);
    // A small municipality with two places in 2018 (an illustration, not a regulation figure).
    let taakstelling = Taakstelling::new(
        "Voorbeelddorp",
        vec![Row::new(
            d(2018, 1, 1)?,
            Some(d(2018, 12, 31)?),
            2,
            "illustration: two places for 2018",
            Confidence::Unverified,
        )],
    )?;
    let mut plaatsen = Plaatsen::new(taakstelling);

    let kandidaten = kandidaten()?;

    let mut wachtenden = Vec::new();
    let mut states = Vec::new();
    for k in &kandidaten {
        println!("== {}", k.naam);
        let beoordeling = beoordeel(&k.feiten, &Verzoek::new(k.door, k.aanvraag));
        println!("UWV's assessment: {}", beoordeling.explain());
        let positief = beoordeling.uitkomst.is_positief();
        let mut state = State::Kandidaat { sinds: k.aanvraag };
        for event in [
            Event::AdviesAangevraagd {
                datum: k.aanvraag,
                door: k.door,
            },
            Event::AdviesUitgebracht {
                datum: k.advies,
                positief,
            },
            Event::Vastgesteld(Vaststelling::new(k.vaststelling, positief)),
        ] {
            let t = state.apply(&event, &ctx)?;
            println!("  {} -> {}", event.tag(), t.state.tag());
            for effect in &t.effects {
                println!("     {effect}");
            }
            state = t.state;
        }
        if let Some(v) = state.positieve_vaststelling() {
            wachtenden.push(Wachtende {
                vastgesteld: v.datum,
                voorrang: false,
            });
        } else {
            let einde = Event::Beeindigd {
                datum: k.vaststelling,
                reden: EindeReden::GeenBeschutWerk,
            };
            state = state.apply(&einde, &ctx)?.state;
            println!("  beeindigd -> {}", state.tag());
        }
        states.push(state);
    }

    println!("\n== Placement order ({:?})", beleid.placement_order());
    let positieven: Vec<usize> = states
        .iter()
        .enumerate()
        .filter(|(_, s)| s.positieve_vaststelling().is_some())
        .map(|(i, _)| i)
        .collect();
    let volgorde = plaatsingsvolgorde(&wachtenden, beleid.placement_order());
    for (rank, w) in volgorde.iter().enumerate() {
        let Some(&i) = positieven.get(*w) else {
            continue;
        };
        let Some(k) = kandidaten.get(i) else { continue };
        let Some(state) = states.get_mut(i) else {
            continue;
        };
        let start = d(2018, 4, 1 + u32::try_from(rank)?)?;
        println!("{}. {}", rank + 1, k.naam);
        let stand = plaatsen.stand(start, &beleid)?;
        println!("   ledger on {start}: {}", stand.explain(&beleid));
        let t = state.apply(&Event::Aangeboden { datum: start }, &ctx)?;
        let t = t.state.apply(
            &Event::InDienst(Dienstbetrekking {
                aanvang: start,
                uren_per_week: uren(24)?,
            }),
            &ctx,
        )?;
        for effect in &t.effects {
            println!("   {effect}");
        }
        *state = t.state;
        plaatsen.plaats(start);
    }

    let eind = d(2018, 12, 31)?;
    println!("\n== Ledger on {eind}");
    println!("{}", plaatsen.stand(eind, &beleid)?.explain(&beleid));
    Ok(())
}

fn kandidaten() -> Result<[Kandidaat; 3], Error> {
    let uren = |v: i64| Hours::new(Decimal::new(v, 0));
    let mut anna = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(true, uren(2)?, uren(6)?, true),
    );
    anna.aangewezen_op_begeleiding = true;
    let mut bram = Feiten::new(
        Kring::Uitkering(Uitkering::Wajong),
        Arbeidsvermogen::new(true, uren(1)?, uren(4)?, true),
    );
    bram.aangewezen_op_aanpassingen = true;
    let cor = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(true, uren(3)?, uren(8)?, true),
    );
    Ok([
        Kandidaat {
            naam: "Anna (bijstand, needs permanent supervision)",
            feiten: anna,
            door: Aanvrager::College,
            aanvraag: d(2018, 1, 8)?,
            advies: d(2018, 2, 26)?,
            vaststelling: d(2018, 3, 5)?,
        },
        Kandidaat {
            naam: "Bram (Wajong, asks UWV himself, needs adaptations)",
            feiten: bram,
            door: Aanvrager::Persoon,
            aanvraag: d(2018, 1, 15)?,
            advies: d(2018, 3, 14)?,
            vaststelling: d(2018, 3, 20)?,
        },
        Kandidaat {
            naam: "Cor (bijstand, can work for a regular employer with support)",
            feiten: cor,
            door: Aanvrager::College,
            aanvraag: d(2018, 2, 1)?,
            advies: d(2018, 3, 1)?,
            vaststelling: d(2018, 3, 8)?,
        },
    ])
}
