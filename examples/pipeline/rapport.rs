//! The report as a policy officer reads it, in Dutch or English (`--taal nl|en`): each figure
//! with the rule it rests on. Every line is written from its own Dutch and English text
//! ([`super::tekst`]); amounts, dates, grounds and citations by the crate's rendering.

use std::fmt::Write as _;

use chrono::NaiveDate;
use participatiewet::doelgroep::{LegalStatus, Segment};
use participatiewet::{Beleid, Citation, Parameters, Regulation, Taal};

use super::domeinen;
use super::tekst::{datum, fout, gronden, kies, pw, regel};
use super::{AMBITIE_UITSTROOM_WERK, Omgeving, Rapport, Stromen, wsw_projectie};

/// The report in `taal`.
pub fn report_in(r: &Rapport, omgeving: &Omgeving, taal: Taal) -> String {
    let beleid = &omgeving.beleid;
    let mut o = String::new();
    let peildatum = r.peildatum.map(|d| datum(d, taal)).unwrap_or_default();
    let c = &beleid.segmentcriteria();
    regel!(
        o,
        taal,
        "Caseload van {} op {peildatum}: {} mensen in het bestand",
        "Caseload of {} on {peildatum}: {} people on file",
        beleid.gemeente(),
        r.mensen
    );
    let bron = beleid.citation().text(taal);
    regel!(
        o,
        taal,
        "Beleid: {bron} (geen wet)",
        "Policy: {bron} (municipal policy, not law)"
    );
    regel!(
        o,
        taal,
        "Segmentcriteria (beleid): ladder segment 2 vanaf trede {}, segment 3 vanaf trede {}; ZRM segment 1 vanaf {} domeinen met een score van ten hoogste {}, segment 3 als elk domein ten minste {} scoort",
        "Segment criteria (policy): ladder segment 2 from trede {}, segment 3 from trede {}; ZRM segment 1 from {} domains scoring <= {}, segment 3 when every domain >= {}",
        c.ladder_na_ondersteuning_vanaf(),
        c.ladder_direct_vanaf(),
        c.zrm_beperkt_vanaf_probleemdomeinen(),
        c.zrm_probleem_tot_en_met(),
        c.zrm_direct_vanaf()
    );
    if !r.niet_bekend.is_empty() {
        regel!(
            o,
            taal,
            "Niet te berekenen op deze datum (de wettelijke waarde is niet bekend; de cijfers die haar nodig hebben, zijn gemarkeerd):",
            "Not computable on this date (the law's value is not known to the crate; figures that need it are marked):"
        );
        for e in &r.niet_bekend {
            let _ = writeln!(o, "   - {}", fout(e, taal));
        }
    }
    let _ = writeln!(o);
    if let (Some(s), Some(peildatum)) = (&r.stromen, r.peildatum) {
        report_stromen(&mut o, s, peildatum, taal);
    }
    report_segments(&mut o, r, beleid, &omgeving.params, taal);
    report_domains(&mut o, r, omgeving, taal);
    o
}

fn report_stromen(o: &mut String, s: &Stromen, peildatum: NaiveDate, taal: Taal) {
    let vanaf = s.vanaf.map(|d| datum(d, taal)).unwrap_or_default();
    let tot = datum(peildatum, taal);
    regel!(
        o,
        taal,
        "0. In- en uitstroom van {vanaf} tot {tot}",
        "0. Flows from {vanaf} to the day before {tot}"
    );
    let instroom: u32 = s.instroom.values().sum();
    let per_status: Vec<String> = s.instroom.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let per_status = per_status.join(", ");
    regel!(
        o,
        taal,
        "   instroom: {instroom} ({per_status})",
        "   inflow: {instroom} ({per_status})"
    );
    let uit: u32 = s.uitstroom.values().sum();
    let per_reden: Vec<String> = s
        .uitstroom
        .iter()
        .map(|(reden, n)| match taal {
            // The wire name is the short Dutch word ("inkomen_partner"); the label is a
            // letter's sentence ("het inkomen van uw partner").
            Taal::Nl => format!("{} {n}", reden.to_string().replace('_', " ")),
            _ => format!("{reden} {n}"),
        })
        .collect();
    let per_reden = per_reden.join(", ");
    regel!(
        o,
        taal,
        "   uitstroom uit de bijstand: {uit} ({per_reden})",
        "   outflow from bijstand: {uit} ({per_reden})"
    );
    let werk = s
        .uitstroom
        .get(&participatiewet::bijstand::beeindiging::Beeindigingsreden::Werk)
        .copied()
        .unwrap_or(0);
    let (ambitie, bron_en) = AMBITIE_UITSTROOM_WERK;
    let bron = kies(taal, super::AMBITIE_BRON_NL, bron_en);
    let stand = match (werk >= ambitie, taal) {
        (true, Taal::Nl) => "gehaald".to_owned(),
        (true, _) => "met".to_owned(),
        (false, Taal::Nl) => format!("{} te weinig", ambitie - werk),
        (false, _) => format!("{} short", ambitie - werk),
    };
    regel!(
        o,
        taal,
        "   uitstroom naar werk: {werk} tegen {ambitie} per jaar, {bron}: {stand}",
        "   outflow to work: {werk} against {ambitie} a year, {bron}: {stand}"
    );
    gronden(
        o,
        taal,
        &[
            (pw("19").lid(1), ""),
            (pw("40"), ""),
            (pw("47a"), ""),
            (
                pw("13"),
                kies(
                    taal,
                    "het einde van de bijstand en de reden ervan",
                    "the end of bijstand and its reason",
                ),
            ),
        ],
        kies(taal, "de ambitie is beleid", "the ambition is policy"),
    );
    let _ = writeln!(o);
}

fn report_segments(o: &mut String, r: &Rapport, beleid: &Beleid, params: &Parameters, taal: Taal) {
    regel!(
        o,
        taal,
        "1. Mensen per segment (doelgroep)",
        "1. People per segment (doelgroep)"
    );
    for segment in Segment::ALL {
        let n = r
            .per_segment
            .get(usize::from(segment.number()))
            .copied()
            .unwrap_or(0);
        let _ = writeln!(o, "   {segment}: {n:>6}  {}", segment.omschrijving());
        match segment {
            Segment::S0 => report_segment_0(o, r, beleid, taal),
            Segment::S1 | Segment::S2 | Segment::S3 => {
                report_bijstand_segment(o, r, segment, beleid, taal);
            }
            Segment::S4 => {
                gronden(
                    o,
                    taal,
                    &[(
                        Citation::article(Regulation::Wsw, "1"),
                        kies(
                            taal,
                            "een Wsw-dienstbetrekking op 31 december 2014; geen instroom vanaf 1 januari 2015",
                            "a Wsw dienstbetrekking on 2014-12-31; no inflow from 2015-01-01",
                        ),
                    )],
                    "",
                );
                if let Some(peildatum) = r.peildatum {
                    report_wsw(o, r, peildatum, params, taal);
                }
            }
        }
    }
    report_zonder_segment(o, r, taal);
}

/// Segment 0 as the policy defines it (`segment_0`), by status; under "geen uitkering" the
/// Anw, IOAW and IOAZ recipients the diagnosis placed in 1–3.
fn report_segment_0(o: &mut String, r: &Rapport, beleid: &Beleid, taal: Taal) {
    let [nug, anw, werkloos, zelfstandig, lks, bw] = r.nul_per_status;
    let definitie = beleid.segment_0();
    let beleidsgrond = match taal {
        Taal::Nl => format!("segment 0 (beleid): {}", definitie.label().get(taal)),
        _ => format!("segment 0 (policy): {}", definitie.label().get(taal)),
    };
    if definitie.omvat(LegalStatus::Ioaw) {
        regel!(
            o,
            taal,
            "              NUG {nug}, Anw {anw}, IOAW {werkloos}, IOAZ {zelfstandig}, baan met LKS {lks}, beschut werk {bw}",
            "              NUG {nug}, Anw {anw}, IOAW {werkloos}, IOAZ {zelfstandig}, LKS job {lks}, beschut werk {bw}"
        );
        gronden(
            o,
            taal,
            &[
                (pw("6").lid(1).onderdeel("a"), "NUG"),
                (pw("7").lid(1).onderdeel("a"), "Anw/IOAW/IOAZ"),
                (pw("10d"), "LKS"),
                (pw("10b"), "beschut werk"),
            ],
            &beleidsgrond,
        );
        return;
    }
    regel!(
        o,
        taal,
        "              NUG {nug}, baan met LKS {lks}, beschut werk {bw}",
        "              NUG {nug}, LKS job {lks}, beschut werk {bw}"
    );
    gronden(
        o,
        taal,
        &[
            (pw("6").lid(1).onderdeel("a"), "NUG"),
            (pw("10d"), "LKS"),
            (pw("10b"), "beschut werk"),
        ],
        &beleidsgrond,
    );
    let [nabestaanden, werkloos, zelfstandig] = r.uitkering_per_status;
    regel!(
        o,
        taal,
        "              een uitkering, dus niet in segment 0: Anw {nabestaanden}, IOAW {werkloos}, IOAZ {zelfstandig} in segment 1-3 naar hun diagnose; {} wachten op een diagnose",
        "              a benefit, so not in segment 0: Anw {nabestaanden}, IOAW {werkloos}, IOAZ {zelfstandig} in segments 1-3 by their diagnosis; {} awaiting a diagnosis",
        r.uitkering_diagnose_nodig
    );
}

/// A bijstand segment (1, 2 or 3): by instrument, and the criterion of the policy.
fn report_bijstand_segment(
    o: &mut String,
    r: &Rapport,
    segment: Segment,
    beleid: &Beleid,
    taal: Taal,
) {
    let c = &beleid.segmentcriteria();
    let row = r
        .per_instrument
        .get(usize::from(segment.number()) - 1)
        .copied()
        .unwrap_or_default();
    let (twee, drie) = (c.ladder_na_ondersteuning_vanaf(), c.ladder_direct_vanaf());
    let (domeinen, score) = (
        c.zrm_beperkt_vanaf_probleemdomeinen(),
        c.zrm_probleem_tot_en_met(),
    );
    let criterion = match (segment, taal) {
        (Segment::S1, Taal::Nl) => format!(
            "trede op de ladder lager dan {twee}, of ten minste {domeinen} ZRM-domeinen met een score van ten hoogste {score}"
        ),
        (Segment::S1, _) => {
            format!("ladder trede < {twee}, or >= {domeinen} ZRM domains scoring <= {score}")
        }
        (Segment::S2, Taal::Nl) => format!(
            "trede {twee} tot en met {} op de ladder, of de ZRM in de overige gevallen",
            drie - 1
        ),
        (Segment::S2, _) => {
            format!("ladder trede {twee} to {}, or ZRM otherwise", drie - 1)
        }
        (_, Taal::Nl) => format!(
            "trede {drie} of hoger op de ladder, of elk ZRM-domein ten minste {}",
            c.zrm_direct_vanaf()
        ),
        _ => format!(
            "ladder trede >= {drie}, or every ZRM domain >= {}",
            c.zrm_direct_vanaf()
        ),
    };
    regel!(
        o,
        taal,
        "              naar de ladder {}, naar de ZRM {}, naar het oordeel van de klantmanager {}",
        "              by ladder {}, by ZRM {}, by caseworker's judgement {}",
        row[0],
        row[1],
        row[2]
    );
    let rest = match taal {
        Taal::Nl => format!("segmentcriteria (beleid): {criterion}"),
        _ => format!("segment criteria (policy): {criterion}"),
    };
    if beleid.segment_0().omvat(LegalStatus::Ioaw) {
        gronden(o, taal, &[(pw("11"), "algemene bijstand")], &rest);
    } else {
        gronden(
            o,
            taal,
            &[
                (pw("11"), "algemene bijstand"),
                (pw("7").lid(1).onderdeel("a"), "Anw/IOAW/IOAZ"),
            ],
            &rest,
        );
    }
}

/// The bijstand clients without a segment yet, and those reaching AOW age.
fn report_zonder_segment(o: &mut String, r: &Rapport, taal: Taal) {
    regel!(
        o,
        taal,
        "   nog geen segment: {:>4}  bijstandsgerechtigden die op een diagnose wachten ({} langer dan 3 maanden)",
        "   no segment yet: {:>4}  bijstand clients awaiting a diagnosis ({} for more than 3 months)",
        r.diagnose_nodig,
        r.diagnose_nodig_lang
    );
    gronden(
        o,
        taal,
        &[(pw("11"), "")],
        kies(
            taal,
            "een diagnose plaatst een cliënt in 1, 2 of 3 (geen standaardsegment)",
            "a diagnosis places a client in 1, 2 or 3 (no default segment)",
        ),
    );
    let [a0, a1, a2, a3, a4] = r.aow_binnen_jaar;
    regel!(
        o,
        taal,
        "   AOW-leeftijd binnen 12 maanden: segment 0 {a0}, 1 {a1}, 2 {a2}, 3 {a3}, 4 {a4}; al bereikt: {}",
        "   reaching AOW age within 12 months: segment 0 {a0}, 1 {a1}, 2 {a2}, 3 {a3}, 4 {a4}; already past it: {}",
        r.aow_bereikt
    );
    gronden(
        o,
        taal,
        &[
            (
                Citation::article(Regulation::Aow, "7a"),
                kies(
                    taal,
                    "AOW-leeftijd per kalenderjaar",
                    "AOW age per calendar year",
                ),
            ),
            (
                pw("9").lid(1),
                kies(taal, "de verplichtingen eindigen", "obligations end"),
            ),
        ],
        "",
    );
    let _ = writeln!(o);
}

/// The Wsw stock on 1 January of the next five years.
fn report_wsw(o: &mut String, r: &Rapport, peildatum: NaiveDate, params: &Parameters, taal: Taal) {
    let jaren = wsw_projectie(&r.wsw_geboren, peildatum, params)
        .iter()
        .map(|&(jaar, n)| {
            let dag = match (NaiveDate::from_ymd_opt(jaar, 1, 1), taal) {
                (Some(d), Taal::Nl) => datum(d, taal),
                _ => format!("1 Jan {jaar}"),
            };
            match n {
                Some(n) => format!("{dag}: {n}"),
                None => format!(
                    "{dag}: {}",
                    kies(taal, "AOW-leeftijd niet bekend", "AOW age not known")
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    regel!(
        o,
        taal,
        "              verwacht (geen instroom; ieder vertrekt op de AOW-leeftijd, artikel 7a van de Algemene Ouderdomswet): {jaren}",
        "              projected (no inflow; each leaves at AOW age, AOW art. 7a): {jaren}"
    );
}

fn report_domains(o: &mut String, r: &Rapport, omgeving: &Omgeving, taal: Taal) {
    let peildatum = r.peildatum.map(|d| datum(d, taal)).unwrap_or_default();
    domeinen::report_ww(o, r, omgeving, taal);
    domeinen::report_beschut(o, r, omgeving, taal);
    domeinen::report_lks(o, r, taal);
    domeinen::report_banen(o, r, taal);
    if r.nog_niet > 0 {
        regel!(
            o,
            taal,
            "Nog niet begonnen op {peildatum}: {} regels",
            "Not yet started on {peildatum}: {} lines",
            r.nog_niet
        );
    }
    if r.fouten_totaal > 0 {
        regel!(
            o,
            taal,
            "Regels met ontbrekende of onmogelijke feiten: {} (de eerste {} hieronder)",
            "Lines with missing or impossible facts: {} (first {} shown)",
            r.fouten_totaal,
            r.fouten.len()
        );
        for (id, err) in &r.fouten {
            let _ = writeln!(o, "   id {id}: {}", fout(err, taal));
        }
    }
}
