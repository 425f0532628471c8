//! A measure of Participatiewet art. 18 for a single person of 35 on the norm of 2026
//! (€ 1.401,50): each category of a verordening of 5%, 30% and 100% for one month, the law's
//! own 100% for refusing work and its repeat within twelve months, a municipality without a
//! verordening, and the end of bijstand with its reason; each with its Dutch motivering. Then
//! the same in the hand-over machine: a measure imposed on the bijstand decided, under the
//! verordening in force on the day of the conduct, and the end of bijstand stored with its
//! reason.
//!
//! ```text
//! cargo run --example maatregel
//! ```

#![allow(clippy::print_stdout, reason = "an example prints its report")]

use std::process::ExitCode;

use chrono::NaiveDate;
use participatiewet::bijstand::afstemming::Gedraging;
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, MaatregelFeiten, Verordening, Verplichting,
    maatregel,
};
use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden, uitstroom};
use participatiewet::bijstand::{
    Besluit, Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering,
};
use participatiewet::{
    Beleid, Bezwaar, Citation, Context, Error, Money, Motivering, Parameters, Procedure,
    Regulation, Taal, TransitionError,
};

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, day)
        .ok_or_else(|| Error::facts("datum", participatiewet::Text::new("geen datum", "no date")))
}

fn run() -> Result<(), Error> {
    let norm = Money::from_cents(140_150)?;
    let verordening = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());

    println!("== Categories of the verordening (art. 18 lid 2) ==");
    for categorie in 1..=3 {
        let feiten = MaatregelFeiten::builder("Voorbeeldstad", norm)
            .verordening(Verplichting::Medewerking, categorie, d(2026, 1, 5)?)
            .ingang(d(2026, 2, 1)?)
            .build()?;
        let m = maatregel(&feiten, &verordening)?;
        println!(
            "categorie {categorie}: {} -> {} per maand in februari 2026",
            m.percentage(),
            m.bedrag()
        );
    }

    println!("\n== Refusing work (art. 18 lid 4 onderdeel a, lid 5) ==");
    let feiten = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, d(2026, 1, 5)?)
        .ingang(d(2026, 2, 1)?)
        .build()?;
    let m = maatregel(&feiten, &verordening)?;
    let decision = m.decision();
    print!(
        "{}",
        Motivering::new(&decision, Taal::Nl).met_bezwaar(Bezwaar::new(d(2026, 1, 20)?)?)
    );

    println!("\n== Again within twelve months (lid 6) ==");
    let eerste = m.opgelegd().ok_or_else(|| Error::overflow("no measure"))?;
    let feiten = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .arbeidsverplichting(Arbeidsverplichting::Reizen, d(2026, 6, 2)?)
        .ingang(d(2026, 7, 1)?)
        .eerdere(eerste)
        .build()?;
    print!(
        "{}",
        Motivering::new(&maatregel(&feiten, &verordening)?.decision(), Taal::Nl)
    );

    println!("\n== A municipality without a verordening ==");
    let geen = Verordening::ontbreekt("Voorbeeldstad")?;
    let feiten = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .verordening(Verplichting::Tegenprestatie, 2, d(2026, 1, 5)?)
        .ingang(d(2026, 2, 1)?)
        .build()?;
    print!(
        "{}",
        Motivering::new(&maatregel(&feiten, &geen)?.decision(), Taal::Nl)
    );

    println!("\n== The end of bijstand ==");
    let einden = [
        Beeindiging::new(d(2026, 3, 1)?, Beeindigingsreden::Werk)?,
        Beeindiging::new(d(2026, 5, 1)?, Beeindigingsreden::InkomenPartner)?,
        Beeindiging::new(d(2026, 9, 1)?, Beeindigingsreden::Werk)?,
    ];
    println!("{}", einden[0].decision().outcome().text(Taal::Nl));
    for ((jaar, reden), aantal) in uitstroom(&einden) {
        println!("{jaar} {reden}: {aantal}");
    }
    machine(norm)
}

/// A refused event as an error of the example.
fn geweigerd(e: &TransitionError) -> Error {
    Error::facts("event", e.rule().clone())
}

/// The hand-over machine carries the measure and the end of bijstand.
fn machine(norm: Money) -> Result<(), Error> {
    println!("\n== In the hand-over machine ==");
    let bron = Citation::owned(
        Regulation::GemeentelijkBeleid,
        "Beleidsregels werk en inkomen Voorbeeldstad 2026".to_owned(),
    );
    let beleid = Beleid::new("Voorbeeldstad", bron)?
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())?;
    let params = Parameters::bundled();
    let ctx = Context::new(&params, &beleid);
    let dossier = Dossier::builder()
        .geboortedatum(d(1990, 7, 1)?)
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2024, 4, 1)?)
        .ww_laatste_dag(d(2026, 3, 31)?)
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()?;
    let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1)?)?, &ctx)?.state;
    for event in [
        Event::Melding {
            datum: d(2026, 3, 2)?,
        },
        Event::Aanvraag {
            datum: d(2026, 3, 9)?,
        },
        Event::Besluit {
            datum: d(2026, 3, 23)?,
            besluit: Besluit::bijstand(norm),
        },
    ] {
        state = state.apply(&event, &ctx).map_err(|e| geweigerd(&e))?.state;
    }
    let maatregel = Event::Maatregel {
        datum: d(2026, 5, 20)?,
        gedraging: Gedraging::Verordening {
            verplichting: Verplichting::Medewerking,
            categorie: 2,
        },
        gedraging_datum: d(2026, 5, 4)?,
        ingang: d(2026, 6, 1)?,
    };
    let brief = state
        .maatregel_besluit(&maatregel, &ctx)
        .map_err(|e| geweigerd(&e))?;
    print!("{}", Motivering::new(&brief, Taal::Nl));
    let einde = Event::Beeindiging {
        datum: d(2026, 9, 25)?,
        beeindiging: Beeindiging::new(d(2026, 10, 1)?, Beeindigingsreden::Werk)?,
    };
    for event in [maatregel, einde] {
        let t = state.apply(&event, &ctx).map_err(|e| geweigerd(&e))?;
        for effect in &t.effects {
            println!("  {}", effect.text(Taal::Nl));
        }
        state = t.state;
    }
    println!("opgeslagen: {state}");
    println!(
        "bijstand op 15 juni 2026: {:?}",
        state.bedrag_op(d(2026, 6, 15)?).map(|m| m.to_string())
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.message(Taal::Nl));
            ExitCode::FAILURE
        }
    }
}
