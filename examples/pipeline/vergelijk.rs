//! Two municipalities' policies side by side: the same caseload on the same peildatum under
//! each policy, and the figures that differ.

use std::fmt::Write as _;

use participatiewet::{Money, Taal};

use super::tekst::{bedrag, datum, kies, regel};
use super::{Omgeving, Rapport};

/// One figure of the comparison: its name and its value under each policy.
struct Regel {
    naam: String,
    a: String,
    b: String,
}

/// The comparison in English (the default of the example).
#[allow(
    dead_code,
    reason = "the English table the tests read; the example calls vergelijk_in"
)]
pub fn vergelijk(ra: &Rapport, oa: &Omgeving, rb: &Rapport, ob: &Omgeving) -> String {
    vergelijk_in(ra, oa, rb, ob, Taal::En)
}

/// The policy settings and the report's figures under policy A and policy B, as a table in
/// `taal`; the last column marks the rows that differ.
pub fn vergelijk_in(
    ra: &Rapport,
    oa: &Omgeving,
    rb: &Rapport,
    ob: &Omgeving,
    taal: Taal,
) -> String {
    let mut regels = beleidsregels(oa, ob, taal);
    regels.extend(cijfers(ra, rb, taal));
    // Widths in characters: a Dutch amount holds a `€`.
    let breed = |s: &str| s.chars().count();
    let naam = regels.iter().map(|r| breed(&r.naam)).max().unwrap_or(0);
    let kolom = regels
        .iter()
        .map(|r| breed(&r.a).max(breed(&r.b)))
        .max()
        .unwrap_or(0)
        .max(8);
    let mut o = String::new();
    let peildatum = ra.peildatum.map(|d| datum(d, taal)).unwrap_or_default();
    regel!(
        o,
        taal,
        "Twee beleidskeuzes naast elkaar op {peildatum}: A = {}, B = {}",
        "Two policies side by side on {peildatum}: A = {}, B = {}",
        oa.beleid.gemeente(),
        ob.beleid.gemeente()
    );
    let _ = writeln!(o, "   A: {}", oa.beleid.citation().text(taal));
    let _ = writeln!(o, "   B: {}", ob.beleid.citation().text(taal));
    let _ = writeln!(o);
    let _ = writeln!(o, "   {:<naam$}  {:>kolom$}  {:>kolom$}", "", "A", "B");
    for r in &regels {
        let mark = if r.a == r.b {
            ""
        } else {
            kies(taal, "  <- verschilt", "  <- differs")
        };
        let _ = writeln!(
            o,
            "   {:<naam$}  {:>kolom$}  {:>kolom$}{mark}",
            r.naam, r.a, r.b
        );
    }
    let verschillen = regels.iter().filter(|r| r.a != r.b).count();
    let _ = writeln!(o);
    regel!(
        o,
        taal,
        "   {verschillen} van de {} regels verschillen",
        "   {verschillen} of {} rows differ",
        regels.len()
    );
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
fn beleidsregels(oa: &Omgeving, ob: &Omgeving, taal: Taal) -> Vec<Regel> {
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
            kies(taal, "beleid: segment 0", "policy: segment 0"),
            segment_0(a, taal),
            segment_0(b, taal),
        ),
        regel(
            kies(
                taal,
                "beleid: informatievenster WW (maanden)",
                "policy: WW information window (months)",
            ),
            a.ww_information_months(),
            b.ww_information_months(),
        ),
        regel(
            kies(
                taal,
                "beleid: korte WW (maanden)",
                "policy: short WW (months)",
            ),
            a.short_ww_months(),
            b.short_ww_months(),
        ),
        regel(
            kies(
                taal,
                "beleid: segment 2 vanaf trede",
                "policy: segment 2 from ladder rung",
            ),
            ca.ladder_na_ondersteuning_vanaf(),
            cb.ladder_na_ondersteuning_vanaf(),
        ),
        regel(
            kies(
                taal,
                "beleid: segment 3 vanaf trede",
                "policy: segment 3 from ladder rung",
            ),
            ca.ladder_direct_vanaf(),
            cb.ladder_direct_vanaf(),
        ),
        regel(
            kies(
                taal,
                "beleid: ZRM-probleemdomeinen voor segment 1",
                "policy: ZRM problem domains for segment 1",
            ),
            ca.zrm_beperkt_vanaf_probleemdomeinen(),
            cb.zrm_beperkt_vanaf_probleemdomeinen(),
        ),
        regel(
            kies(
                taal,
                "beleid: eigen aantal plaatsen beschut werk",
                "policy: beschut-werk places of its own",
            ),
            or_none(jaren(a), taal),
            or_none(jaren(b), taal),
        ),
        regel(
            kies(
                taal,
                "beleid: beslistermijn (weken)",
                "policy: decision term (weeks)",
            ),
            a.decision_term_weeks(),
            b.decision_term_weeks(),
        ),
        regel(
            kies(
                taal,
                "beleid: maatregelen van de verordening (art. 18)",
                "policy: measures of the verordening (art. 18)",
            ),
            maatregelen(a, taal),
            maatregelen(b, taal),
        ),
    ]
}

/// The categories of the latest afstemmingsverordening: percentage and months each
/// (Participatiewet art. 8 lid 1 onderdeel a, art. 18 lid 2), or "none" (no verordening).
fn maatregelen(beleid: &participatiewet::Beleid, taal: Taal) -> String {
    beleid
        .afstemmingsverordeningen()
        .last()
        .map_or(kies(taal, "geen", "none").to_owned(), |v| {
            v.categorieen()
                .iter()
                .map(|c| match taal {
                    Taal::Nl => format!(
                        "{}/{}mnd",
                        participatiewet::taal::percentage(c.percentage(), taal),
                        c.maanden()
                    ),
                    _ => format!("{}/{}m", c.percentage(), c.maanden()),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
}

/// The definition of segment 0 in two words (the full label is in the report).
fn segment_0(beleid: &participatiewet::Beleid, taal: Taal) -> &'static str {
    use participatiewet::doelgroep::Segment0Definitie as D;
    match beleid.segment_0() {
        D::GeenUitkering => kies(taal, "geen uitkering", "no benefit"),
        _ => kies(taal, "zonder bijstand", "no bijstand"),
    }
}

fn or_none(s: String, taal: Taal) -> String {
    if s.is_empty() {
        kies(taal, "geen", "none").to_owned()
    } else {
        s
    }
}

/// The report's figures.
fn cijfers(a: &Rapport, b: &Rapport, taal: Taal) -> Vec<Regel> {
    let mut out = Vec::new();
    for (s, (x, y)) in a.per_segment.iter().zip(b.per_segment).enumerate() {
        let naam = match taal {
            Taal::Nl => format!("mensen in segment {s}"),
            _ => format!("people in segment {s}"),
        };
        out.push(regel(naam, x, y));
    }
    out.push(regel(
        kies(
            taal,
            "bijstandsgerechtigden nog zonder segment",
            "bijstand clients without a segment yet",
        ),
        a.diagnose_nodig,
        b.diagnose_nodig,
    ));
    out.push(regel(
        kies(
            taal,
            "WW eindigt binnenkort: nu te informeren",
            "WW ending soon: people to inform now",
        ),
        a.ww_eindigt.len(),
        b.ww_eindigt.len(),
    ));
    out.push(regel(
        kies(
            taal,
            "beschut werk: UWV-advies te laat",
            "beschut werk: UWV advice overdue",
        ),
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
        Some(Err(_)) => kies(taal, "niet bekend", "not known").to_owned(),
        None => "-".to_owned(),
    };
    out.push(regel(
        kies(
            taal,
            "beschut werk: plaatsen gerealiseerd/vereist",
            "beschut werk: places realised/required",
        ),
        stand(a),
        stand(b),
    ));
    let lks = |r: &Rapport| {
        if r.lks_niet_berekenbaar.iter().any(|&n| n > 0) {
            kies(taal, "niet te berekenen", "not computable").to_owned()
        } else {
            Money::sum(r.lks_bedrag_per_band).map_or(
                kies(taal, "te groot", "overflow").to_owned(),
                |m| match taal {
                    Taal::Nl => bedrag(m, taal),
                    _ => m.to_string(),
                },
            )
        }
    };
    out.push(regel(
        kies(
            taal,
            "loonkostensubsidie per maand",
            "loonkostensubsidie per month (EUR)",
        ),
        lks(a),
        lks(b),
    ));
    out
}
