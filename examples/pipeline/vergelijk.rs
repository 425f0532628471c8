//! Two municipalities' policies side by side: the same caseload on the same peildatum under
//! each policy, and the figures that differ.

use std::fmt::Write as _;

use participatiewet::Money;

use super::{Omgeving, Rapport};

/// One figure of the comparison: its name and its value under each policy.
struct Regel {
    naam: String,
    a: String,
    b: String,
}

/// The policy settings and the report's figures under policy A and policy B, as a table; the
/// last column marks the rows that differ.
pub fn vergelijk(ra: &Rapport, oa: &Omgeving, rb: &Rapport, ob: &Omgeving) -> String {
    let mut regels = beleidsregels(oa, ob);
    regels.extend(cijfers(ra, rb));
    let breed = regels.iter().map(|r| r.naam.len()).max().unwrap_or(0);
    let kolom = regels
        .iter()
        .map(|r| r.a.len().max(r.b.len()))
        .max()
        .unwrap_or(0)
        .max(8);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Two policies side by side on {}: A = {}, B = {}",
        ra.peildatum.map(|d| d.to_string()).unwrap_or_default(),
        oa.beleid.gemeente(),
        ob.beleid.gemeente()
    );
    let _ = writeln!(o, "   A: {}", oa.beleid.citation());
    let _ = writeln!(o, "   B: {}", ob.beleid.citation());
    let _ = writeln!(o);
    let _ = writeln!(o, "   {:<breed$}  {:>kolom$}  {:>kolom$}", "", "A", "B");
    for r in &regels {
        let mark = if r.a == r.b { "" } else { "  <- differs" };
        let _ = writeln!(
            o,
            "   {:<breed$}  {:>kolom$}  {:>kolom$}{mark}",
            r.naam, r.a, r.b
        );
    }
    let verschillen = regels.iter().filter(|r| r.a != r.b).count();
    let _ = writeln!(o);
    let _ = writeln!(o, "   {verschillen} of {} rows differ", regels.len());
    o
}

fn regel(naam: impl Into<String>, a: impl std::fmt::Display, b: impl std::fmt::Display) -> Regel {
    Regel {
        naam: naam.into(),
        a: a.to_string(),
        b: b.to_string(),
    }
}

/// The policy settings that shape the report (all municipal policy, not law).
fn beleidsregels(oa: &Omgeving, ob: &Omgeving) -> Vec<Regel> {
    let (a, b) = (&oa.beleid, &ob.beleid);
    let (ca, cb) = (a.segmentcriteria(), b.segmentcriteria());
    let jaren = |x: &participatiewet::Beleid| {
        x.beschut_werk_places()
            .iter()
            .map(|(jaar, n)| format!("{jaar}:{n}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    vec![
        regel(
            "policy: WW information window (months)",
            a.ww_information_months(),
            b.ww_information_months(),
        ),
        regel(
            "policy: short WW (months)",
            a.short_ww_months(),
            b.short_ww_months(),
        ),
        regel(
            "policy: segment 2 from ladder rung",
            ca.ladder_na_ondersteuning_vanaf(),
            cb.ladder_na_ondersteuning_vanaf(),
        ),
        regel(
            "policy: segment 3 from ladder rung",
            ca.ladder_direct_vanaf(),
            cb.ladder_direct_vanaf(),
        ),
        regel(
            "policy: ZRM problem domains for segment 1",
            ca.zrm_beperkt_vanaf_probleemdomeinen(),
            cb.zrm_beperkt_vanaf_probleemdomeinen(),
        ),
        regel(
            "policy: beschut-werk places of its own",
            or_none(jaren(a)),
            or_none(jaren(b)),
        ),
        regel(
            "policy: decision term (weeks)",
            a.decision_term_weeks(),
            b.decision_term_weeks(),
        ),
        regel(
            "policy: measures of the verordening (art. 18)",
            maatregelen(a),
            maatregelen(b),
        ),
    ]
}

/// The categories of the latest afstemmingsverordening: percentage and months each
/// (Participatiewet art. 8 lid 1 onderdeel a, art. 18 lid 2), or "none" (no verordening).
fn maatregelen(beleid: &participatiewet::Beleid) -> String {
    beleid
        .afstemmingsverordeningen()
        .last()
        .map_or("none".to_owned(), |v| {
            v.categorieen()
                .iter()
                .map(|c| format!("{}/{}m", c.percentage(), c.maanden()))
                .collect::<Vec<_>>()
                .join(" ")
        })
}

fn or_none(s: String) -> String {
    if s.is_empty() { "none".to_owned() } else { s }
}

/// The report's figures.
fn cijfers(a: &Rapport, b: &Rapport) -> Vec<Regel> {
    let mut out = Vec::new();
    for (s, (x, y)) in a.per_segment.iter().zip(b.per_segment).enumerate() {
        out.push(regel(format!("people in segment {s}"), x, y));
    }
    out.push(regel(
        "bijstand clients without a segment yet",
        a.diagnose_nodig,
        b.diagnose_nodig,
    ));
    out.push(regel(
        "WW ending soon: people to inform now",
        a.ww_eindigt.len(),
        b.ww_eindigt.len(),
    ));
    out.push(regel(
        "beschut werk: UWV advice overdue",
        a.beschut_advies_verlopen,
        b.beschut_advies_verlopen,
    ));
    let stand = |r: &Rapport| match &r.beschut_stand {
        Some(Ok(s)) => format!(
            "{}/{}",
            s.gerealiseerd(),
            s.vereist()
                .map_or("-".to_owned(), |v| v.aantal().to_string())
        ),
        Some(Err(_)) => "not known".to_owned(),
        None => "-".to_owned(),
    };
    out.push(regel(
        "beschut werk: places realised/required",
        stand(a),
        stand(b),
    ));
    let lks = |r: &Rapport| {
        if r.lks_niet_berekenbaar.iter().any(|&n| n > 0) {
            "not computable".to_owned()
        } else {
            Money::sum(r.lks_bedrag_per_band).map_or("overflow".to_owned(), |m| m.to_string())
        }
    };
    out.push(regel("loonkostensubsidie per month (EUR)", lks(a), lks(b)));
    out
}
