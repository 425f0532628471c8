//! Loonwaarde re-determinations due in the coming months (Participatiewet art. 10d lid 6).
//!
//! For every job with loonkostensubsidie whose line records the day of the last loonwaarde
//! determination (`loonwaarde_vastgesteld`), the loonwaarde determination machine
//! (`loonwaarde::State`) is run to that determination: requested, measured and heard on that
//! day, then fixed with the agreed re-determination date. The date due is the machine's own
//! effect, `loonwaarde_herbepaling` (art. 10d lid 6, from 2017-02-01) or
//! `loonwaarde_herbepaling_jaarlijks` (yearly, before), with its citation.
//!
//! The file does not record the agreed re-determination date: from 2017-02-01 the college
//! fixes the loonwaarde "periodiek" at a frequency it agrees with the employer (lid 6), so the
//! example assumes a yearly agreement for every job ([`AFSPRAAK_MAANDEN`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use participatiewet::loonwaarde::{Aanvraag, Event, STROOMLIJNING_VANAF, State};
use participatiewet::{
    Context, Effect, Error, MonthEnd, Percentage, Procedure, Taal, TransitionError, add_months,
};
use rust_decimal::Decimal;

use super::data::{Persoon, Status};
use super::tekst::{datum, gronden, kies, pw, regel};
use super::{Omgeving, Rapport};

/// The agreed term between two determinations the example assumes for every job: a year.
/// Participatiewet art. 10d lid 6 leaves the frequency to the college and the employer; the
/// caseload file does not record it.
pub const AFSPRAAK_MAANDEN: i32 = 12;

/// The report lists the re-determinations due within this many months from the peildatum
/// (the peildatum included, the same day this many months later excluded).
pub const VENSTER_MAANDEN: i32 = 6;

/// One re-determination: whose, the determination it follows, when it is due and on what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Herbepaling {
    pub id: u32,
    /// The last determination (the file's `loonwaarde_vastgesteld`).
    pub vastgesteld: NaiveDate,
    /// The day the re-determination is due (the machine's effect).
    pub datum: NaiveDate,
    /// The machine's effect: `loonwaarde_herbepaling` or `loonwaarde_herbepaling_jaarlijks`,
    /// with its citation (art. 10d lid 6, or the yearly rule before 2017-02-01).
    pub effect: Effect,
}

/// The re-determinations of the jobs on file, as the report counts them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Herbepalingen {
    /// Due within [`VENSTER_MAANDEN`] of the peildatum, by date, then id.
    pub binnenkort: Vec<Herbepaling>,
    /// Due before the peildatum: overdue.
    pub achterstallig: Vec<Herbepaling>,
    /// Due later than the window.
    pub later: u32,
    /// LKS jobs whose line records no determination (or no loonwaarde).
    pub zonder_vaststelling: u32,
    /// Lines the machine refused (an impossible date): (id, reason).
    pub fouten: Vec<(u32, Error)>,
}

fn weigering(e: &TransitionError) -> Error {
    Error::facts("loonwaarde_vastgesteld", e.rule().clone())
}

/// The re-determination that follows the last determination of `p`'s job, from the machine;
/// `None` when the line records no determination or no loonwaarde.
pub fn herbepaling(p: &Persoon, omgeving: &Omgeving) -> Result<Option<Herbepaling>, Error> {
    let (Status::Lks, Some(vastgesteld), Some(loonwaarde)) =
        (p.status, p.loonwaarde_vastgesteld, p.loonwaarde)
    else {
        return Ok(None);
    };
    let ctx = Context::new(&omgeving.params, &omgeving.beleid);
    let loonwaarde = Percentage::new(Decimal::from(loonwaarde))?;
    let s = State::start(
        &Aanvraag {
            aangevraagd_op: vastgesteld,
        },
        &ctx,
    )?
    .state;
    let s = s
        .apply(
            &Event::Meting {
                datum: vastgesteld,
                loonwaarde,
            },
            &ctx,
        )
        .map_err(|e| weigering(&e))?
        .state;
    let s = s
        .apply(&Event::Gehoord { datum: vastgesteld }, &ctx)
        .map_err(|e| weigering(&e))?
        .state;
    // From 2017-02-01 the determination carries the agreed date (lid 6); before, none.
    let herbepaling_op = if vastgesteld >= STROOMLIJNING_VANAF {
        Some(add_months(
            vastgesteld,
            AFSPRAAK_MAANDEN,
            MonthEnd::LastDay,
        )?)
    } else {
        None
    };
    let t = s
        .apply(
            &Event::Vaststelling {
                datum: vastgesteld,
                herbepaling_op,
            },
            &ctx,
        )
        .map_err(|e| weigering(&e))?;
    Ok(t.effects
        .iter()
        .find(|e| e.is("loonwaarde_herbepaling") || e.is("loonwaarde_herbepaling_jaarlijks"))
        .map(|e| Herbepaling {
            id: p.id,
            vastgesteld,
            datum: e.datum(),
            effect: e.clone(),
        }))
}

/// Every LKS job of `people` against the window from `peildatum`.
pub fn herbepalingen(
    people: &[Persoon],
    peildatum: NaiveDate,
    omgeving: &Omgeving,
) -> Herbepalingen {
    let einde = add_months(peildatum, VENSTER_MAANDEN, MonthEnd::LastDay).unwrap_or(peildatum);
    let mut h = Herbepalingen::default();
    for p in people
        .iter()
        .filter(|p| p.status == Status::Lks && p.sinds <= peildatum)
    {
        match herbepaling(p, omgeving) {
            Ok(None) => h.zonder_vaststelling += 1,
            // a determination after the peildatum is not yet made on it
            Ok(Some(x)) if x.vastgesteld > peildatum => {}
            Ok(Some(x)) if x.datum < peildatum => h.achterstallig.push(x),
            Ok(Some(x)) if x.datum < einde => h.binnenkort.push(x),
            Ok(Some(_)) => h.later += 1,
            Err(e) => h.fouten.push((p.id, e)),
        }
    }
    h.binnenkort.sort_by_key(|x| (x.datum, x.id));
    h.achterstallig.sort_by_key(|x| (x.datum, x.id));
    h
}

/// A month: `maart 2026` in Dutch, `2026-03` in English.
fn maand(jaar: i32, m: u32, taal: Taal) -> String {
    match taal {
        Taal::Nl => format!("{} {jaar}", participatiewet::maandnaam(m).unwrap_or("")),
        _ => format!("{jaar}-{m:02}"),
    }
}

/// The section's lines (inside section 4 of the report): per month, then per person with the
/// article of the date due.
pub fn report(o: &mut String, r: &Rapport, taal: Taal) {
    let Some(h) = &r.herbepalingen else {
        return;
    };
    regel!(
        o,
        taal,
        "   herbepaling van de loonwaarde in de komende {VENSTER_MAANDEN} maanden: {} (achterstallig: {}, later: {}, zonder datum van vaststelling in het bestand: {})",
        "   loonwaarde re-determinations due in the next {VENSTER_MAANDEN} months: {} (overdue: {}, later: {}, no determination date on file: {})",
        h.binnenkort.len(),
        h.achterstallig.len(),
        h.later,
        h.zonder_vaststelling
    );
    let mut per_maand: BTreeMap<(i32, u32), Vec<&Herbepaling>> = BTreeMap::new();
    for x in &h.binnenkort {
        per_maand
            .entry((x.datum.year(), x.datum.month()))
            .or_default()
            .push(x);
    }
    for ((jaar, m), rij) in &per_maand {
        let _ = writeln!(o, "     {}: {}", maand(*jaar, *m, taal), rij.len());
        for x in rij {
            regel!(
                o,
                taal,
                "       id {:>5}  uiterlijk {}  (vastgesteld {}; {})",
                "       id {:>5}  due {}  (determined {}; {})",
                x.id,
                datum(x.datum, taal),
                datum(x.vastgesteld, taal),
                x.effect.citation().text(taal)
            );
        }
    }
    for x in &h.achterstallig {
        regel!(
            o,
            taal,
            "       id {:>5}  achterstallig sinds {}  (vastgesteld {}; {})",
            "       id {:>5}  overdue since {}  (determined {}; {})",
            x.id,
            datum(x.datum, taal),
            datum(x.vastgesteld, taal),
            x.effect.citation().text(taal)
        );
    }
    for (id, e) in &h.fouten {
        regel!(
            o,
            taal,
            "       id {id:>5}  niet te bepalen: {}",
            "       id {id:>5}  not determined: {}",
            e.message(taal)
        );
    }
    let aanname = match taal {
        Taal::Nl => format!(
            "de afgesproken termijn staat niet in het bestand: {AFSPRAAK_MAANDEN} maanden aangenomen; venster {VENSTER_MAANDEN} maanden"
        ),
        _ => format!(
            "the agreed term is not on file: {AFSPRAAK_MAANDEN} months assumed; window {VENSTER_MAANDEN} months"
        ),
    };
    gronden(
        o,
        taal,
        &[(
            pw("10d").lid(6),
            kies(
                taal,
                "periodiek vastgesteld, op de afgesproken datum; jaarlijks vóór 1 februari 2017",
                "determined periodically, on the agreed date; yearly before 2017-02-01",
            ),
        )],
        &aanname,
    );
}
