//! Three candidates through the beschut-werk procedure in one municipality-year with two
//! places, printing UWV's advice as a Dutch motivering, each step's effects and the ledger.
//!
//! ```text
//! cargo run --example beschut_werk
//! ```

use std::process::ExitCode;

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanvraag, Aanvrager, Advies, Arbeidsvermogen, Dienstbetrekking, EindeReden, Event, Feiten,
    Kring, Plaatsen, State, Strekking, Taakstelling, Uitkering, Vaststelling, Verzoek, Wachtende,
    beoordeel, plaatsingsvolgorde,
};
use participatiewet::{
    Beleid, Confidence, Context, Error, Hours, Motivering, Parameters, Procedure, Row, Taal, Text,
};
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, day).ok_or_else(|| {
        Error::facts(
            "datum",
            Text::owned(
                format!("{y}-{m}-{day} is geen datum"),
                format!("{y}-{m}-{day} is not a date"),
            ),
        )
    })
}

fn uren(v: i64) -> Result<Hours, Error> {
    Hours::new(Decimal::new(v, 0))
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
    let params = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&params, &beleid);
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
        let beoordeling = beoordeel(&k.feiten, &Verzoek::new(k.door, k.aanvraag)?);
        println!("{}", Motivering::new(&beoordeling.decision(), Taal::Nl));
        let strekking = if beoordeling.uitkomst().is_positief() {
            Strekking::Positief
        } else {
            Strekking::Negatief
        };
        let mut state = State::start(&k.aanvraag, &ctx)?.state;
        for event in [
            Event::AdviesAangevraagd(Aanvraag::new(k.door, k.aanvraag)?),
            Event::AdviesUitgebracht(Advies::new(k.advies, strekking)?),
            Event::Vastgesteld(Vaststelling::new(k.vaststelling, strekking)?),
        ] {
            let t = state.apply(&event, &ctx)?;
            println!("  {event} -> {}", t.state);
            for effect in &t.effects {
                println!("     {}", effect.text(Taal::Nl));
            }
            state = t.state;
        }
        if let Some(v) = state.positieve_vaststelling() {
            wachtenden.push(Wachtende::new(v.datum())?);
        } else {
            let einde = Event::Beeindigd {
                datum: k.vaststelling,
                reden: EindeReden::GeenBeschutWerk,
            };
            state = state.apply(&einde, &ctx)?.state;
            println!("  {einde} -> {state}");
        }
        println!();
        states.push(state);
    }

    println!("== Placement order ({:?})", beleid.placement_order());
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
        println!("{}", Motivering::new(&stand.decision(), Taal::Nl));
        let t = state.apply(&Event::Aangeboden { datum: start }, &ctx)?;
        let t = t.state.apply(
            &Event::InDienst(Dienstbetrekking::new(start, uren(24)?)?),
            &ctx,
        )?;
        for effect in &t.effects {
            println!("   {}", effect.text(Taal::Nl));
        }
        *state = t.state;
        plaatsen.plaats(start)?;
    }

    let eind = d(2018, 12, 31)?;
    println!("\n== Ledger on {eind}");
    println!(
        "{}",
        Motivering::new(&plaatsen.stand(eind, &beleid)?.decision(), Taal::Nl)
    );
    Ok(())
}

fn kandidaten() -> Result<[Kandidaat; 3], Error> {
    let anna = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(uren(2)?, uren(6)?)?
            .voert_taak_uit(true)
            .basale_werknemersvaardigheden(true),
    )
    .aangewezen_op_begeleiding(true);
    let bram = Feiten::new(
        Kring::Uitkering(Uitkering::Wajong),
        Arbeidsvermogen::new(uren(1)?, uren(4)?)?
            .voert_taak_uit(true)
            .basale_werknemersvaardigheden(true),
    )
    .aangewezen_op_aanpassingen(true);
    let cor = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(uren(3)?, uren(8)?)?
            .voert_taak_uit(true)
            .basale_werknemersvaardigheden(true),
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
