//! `--explain ID`: everything for one person, for a caseworker, in the reader's language (Dutch
//! by default): the segment and why, every due date from every machine in date order, and
//! the motivering of each decision. The frame (headings, labels, dates) is written from its
//! own Dutch and English text ([`super::tekst`]); the motiveringen by the crate.

use std::fmt::Write as _;

use chrono::NaiveDate;
use participatiewet::doelgroep::{SegmentStart, SegmentState, classificeer, vervolg_na_ww};
use participatiewet::{Citation, Context, Motivering, Procedure, Regulation, Taal, age_on, ww};

use super::data::{BeschutStap, Persoon};
use super::tekst::{datum, kies, pw, regel};
use super::{Omgeving, feiten, herbepaling, lks_maand, status_of, ww_feiten};
use participatiewet::beschut_werk::{Aanvraag, Aanvrager};
use participatiewet::doelgroep::LegalStatus;

/// Everything for one person in `taal`: the segment and why, every due date from every
/// machine, and the motivering of each decision (Dutch for letters).
pub fn explain(p: &Persoon, peildatum: NaiveDate, omgeving: &Omgeving, taal: Taal) -> String {
    let params = &omgeving.params;
    let beleid = &omgeving.beleid;
    let ctx = Context::new(params, beleid);
    let mut o = String::new();
    regel!(
        o,
        taal,
        "Persoon {} (geboren {}, {} jaar op {}), status {} sinds {}",
        "Person {} (born {}, {} years on {}), status {} since {}",
        p.id,
        datum(p.geboren, taal),
        age_on(p.geboren, peildatum).unwrap_or(0),
        datum(peildatum, taal),
        p.status.as_str(),
        datum(p.sinds, taal)
    );
    // (date, what is due, its basis): from every machine and rule that sets a date.
    let mut termijnen: Vec<(NaiveDate, String)> =
        aow_termijn(p, omgeving, taal).into_iter().collect();
    let mut beslissingen = String::new();
    match status_of(p) {
        Err(err) => niet_vastgesteld(&mut o, &err, taal),
        Ok(None) => {
            let art = pw("7").lid(3).onderdeel("c").text(taal);
            regel!(
                o,
                taal,
                "  ontvangt WW sinds {}: buiten de segmenten tot de WW eindigt ({art})",
                "  receives WW since {}: outside the segments until it ends ({art})",
                datum(p.sinds, taal)
            );
            explain_ww(
                p,
                peildatum,
                omgeving,
                taal,
                &mut termijnen,
                &mut beslissingen,
            );
        }
        Ok(Some(status)) if status.is_segment_0() && !beleid.segment_0().omvat(status) => {
            // a benefit the policy keeps out of segment 0: placed by its diagnosis (the segment
            // machine holds segments 1-3 for algemene bijstand)
            match classificeer(&feiten(p, status), peildatum, beleid) {
                Ok(c) => {
                    let d = c.decision(beleid);
                    let _ = writeln!(o, "  segment: {}", d.value());
                    motivering(&mut beslissingen, "Segment", &d, taal);
                }
                Err(err) => niet_vastgesteld(&mut o, &err, taal),
            }
        }
        Ok(Some(status)) => {
            let start = SegmentStart::feiten(feiten(p, status), p.sinds.min(peildatum));
            match start.and_then(|start| SegmentState::start(&start, &ctx)) {
                Ok(t) => {
                    let d = t.state.decision(beleid);
                    let segment = d.value().map_or_else(
                        || kies(taal, "nog geen", "none yet").to_owned(),
                        |s| s.to_string(),
                    );
                    let _ = writeln!(o, "  segment: {segment}");
                    motivering(&mut beslissingen, "Segment", &d, taal);
                    for e in &t.effects {
                        termijnen.push((e.datum(), e.text(taal)));
                    }
                }
                Err(err) => niet_vastgesteld(&mut o, &err, taal),
            }
            if status == LegalStatus::Loonkostensubsidie {
                explain_lks(
                    p,
                    peildatum,
                    omgeving,
                    taal,
                    &mut o,
                    &mut termijnen,
                    &mut beslissingen,
                );
            }
        }
    }
    beschut_termijnen(p, taal, &mut termijnen);
    schrijf_termijnen(&mut o, termijnen, peildatum, taal);
    o.push_str(&beslissingen);
    o
}

/// The due dates in date order, those before the peildatum marked as past.
fn schrijf_termijnen(
    o: &mut String,
    mut termijnen: Vec<(NaiveDate, String)>,
    peildatum: NaiveDate,
    taal: Taal,
) {
    termijnen.sort();
    let geen = if termijnen.is_empty() {
        kies(taal, " geen bekend", " none known")
    } else {
        ""
    };
    let _ = writeln!(o, "  {}:{geen}", kies(taal, "termijnen", "due dates"));
    for (dag, wat) in &termijnen {
        let mark = if *dag < peildatum {
            kies(taal, " (verstreken)", " (past)")
        } else {
            ""
        };
        let _ = writeln!(o, "    {}{mark}  {wat}", datum(*dag, taal));
    }
}

/// The AOW date (AOW art. 7a), when the table knows it.
fn aow_termijn(p: &Persoon, omgeving: &Omgeving, taal: Taal) -> Option<(NaiveDate, String)> {
    let aow = omgeving.params.aow_datum(p.geboren).ok()?;
    let art = Citation::article(Regulation::Aow, "7a").text(taal);
    Some((
        aow,
        match taal {
            Taal::Nl => format!("AOW-leeftijd ({art}): {}", datum(aow, taal)),
            _ => format!("AOW age ({art}): {}", datum(aow, taal)),
        },
    ))
}

fn niet_vastgesteld(o: &mut String, err: &participatiewet::Error, taal: Taal) {
    regel!(
        o,
        taal,
        "  segment: niet vastgesteld: {}",
        "  segment: not determined: {}",
        err.message(taal)
    );
}

/// The loonkostensubsidie of an LKS job and the re-determination of its loonwaarde.
fn explain_lks(
    p: &Persoon,
    peildatum: NaiveDate,
    omgeving: &Omgeving,
    taal: Taal,
    o: &mut String,
    termijnen: &mut Vec<(NaiveDate, String)>,
    beslissingen: &mut String,
) {
    match lks_maand(p, peildatum, &omgeving.params) {
        Ok(b) => motivering(beslissingen, "Loonkostensubsidie", &b.decision(), taal),
        Err(err) => regel!(
            o,
            taal,
            "  loonkostensubsidie: niet te berekenen: {}",
            "  loonkostensubsidie: not computable: {}",
            err.message(taal)
        ),
    }
    match herbepaling::herbepaling(p, omgeving) {
        Ok(Some(h)) => {
            let vastgesteld = datum(h.vastgesteld, taal);
            termijnen.push((
                h.datum,
                match taal {
                    Taal::Nl => format!(
                        "{} (loonwaarde vastgesteld op {vastgesteld}; aangenomen is een afgesproken termijn van {} maanden)",
                        h.effect.text(taal),
                        herbepaling::AFSPRAAK_MAANDEN
                    ),
                    _ => format!(
                        "{} (loonwaarde determined on {vastgesteld}; an agreed term of {} months assumed)",
                        h.effect.text(taal),
                        herbepaling::AFSPRAAK_MAANDEN
                    ),
                },
            ));
        }
        Ok(None) => {}
        Err(err) => regel!(
            o,
            taal,
            "  herbepaling van de loonwaarde: niet te bepalen: {}",
            "  loonwaarde re-determination: not determined: {}",
            err.message(taal)
        ),
    }
}

/// The beschut-werk dates of one person: the UWV advice due, or the wait for a place.
fn beschut_termijnen(p: &Persoon, taal: Taal, termijnen: &mut Vec<(NaiveDate, String)>) {
    match p.beschut {
        BeschutStap::Aangevraagd(d) => {
            if let Ok(uiterlijk) =
                Aanvraag::new(Aanvrager::College, d).and_then(|a| a.advies_uiterlijk())
            {
                let art = Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2")
                    .lid(1)
                    .text(taal);
                let dag = datum(uiterlijk, taal);
                termijnen.push((
                    uiterlijk,
                    match taal {
                        Taal::Nl => {
                            format!("advies van UWV over beschut werk uiterlijk op {dag} ({art})")
                        }
                        _ => format!("UWV advice on beschut werk due ({art}): {dag}"),
                    },
                ));
            }
        }
        BeschutStap::Vastgesteld(d) => {
            let art = pw("10b").text(taal);
            let dag = datum(d, taal);
            termijnen.push((
                d,
                match taal {
                    Taal::Nl => {
                        format!("beschut werk vastgesteld op {dag}: wacht op een plaats ({art})")
                    }
                    _ => format!("beschut werk determined on {dag}: waiting for a place ({art})"),
                },
            ));
        }
        BeschutStap::Geen => {}
    }
}

/// The WW duration, the hand-over's dates and the route after WW, for one person.
fn explain_ww(
    p: &Persoon,
    peildatum: NaiveDate,
    omgeving: &Omgeving,
    taal: Taal,
    termijnen: &mut Vec<(NaiveDate, String)>,
    beslissingen: &mut String,
) {
    use participatiewet::bijstand::{Dossier, Event, Opening, State, ZoektermijnUitzondering};
    let params = &omgeving.params;
    let ctx = Context::new(params, &omgeving.beleid);
    let uitkomst = ww_feiten(p).and_then(|f| {
        let duur = ww::uitkeringsduur(&f, params)?;
        let iow = ww::iow_recht(&f, &duur, ww::WwVerloop::VolledigeDuur, params)?;
        Ok((duur, iow))
    });
    let (duur, iow) = match uitkomst {
        Ok(x) => x,
        Err(err) => {
            let _ = writeln!(beslissingen);
            regel!(
                beslissingen,
                taal,
                "  WW: niet vastgesteld: {}",
                "  WW: not determined: {}",
                err.message(taal)
            );
            return;
        }
    };
    motivering(
        beslissingen,
        kies(taal, "WW-uitkeringsduur", "WW duration"),
        &duur.decision(),
        taal,
    );
    motivering(
        beslissingen,
        kies(taal, "Na de WW", "After the WW"),
        &vervolg_na_ww(&duur, &iow).decision(),
        taal,
    );
    let Some(huishouden) = p.huishouden else {
        return;
    };
    let gestart = Dossier::builder()
        .geboortedatum(p.geboren)
        .huishouden(huishouden)
        .ww(&duur)
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .and_then(|d| Opening::new(d, peildatum.min(duur.einddatum())))
        .and_then(|opening| State::start(&opening, &ctx));
    if let Ok(t) = gestart {
        for e in &t.effects {
            termijnen.push((e.datum(), e.text(taal)));
        }
        let melding = t
            .effects
            .iter()
            .find(|e| e.is("overgang_vroegste_melding"))
            .map_or(peildatum, participatiewet::Effect::datum)
            .max(peildatum);
        if let Ok(g) = t.state.apply(&Event::Melding { datum: melding }, &ctx) {
            // The melding's own dates; the ones the start already gave are not repeated.
            let op = datum(melding, taal);
            for e in g
                .effects
                .iter()
                .filter(|e| !t.effects.iter().any(|s| s.code() == e.code()))
            {
                termijnen.push((
                    e.datum(),
                    match taal {
                        Taal::Nl => format!("{} (na een melding op {op})", e.text(taal)),
                        _ => format!("{} (after a melding on {op})", e.text(taal)),
                    },
                ));
            }
        }
    }
}

/// A decision as the motivering of a beschikking, under a heading.
fn motivering<T>(o: &mut String, kop: &str, d: &participatiewet::Decision<T>, taal: Taal) {
    let _ = write!(o, "\n== {kop}\n{}\n", Motivering::new(d, taal));
}
