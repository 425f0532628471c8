//! The report as one self-contained HTML file with charts (`--html FILE`): segments, the
//! outflow of the year by reason, WW endings per month, loonkostensubsidie by loonwaarde band,
//! loonwaarde re-determinations due per month, and beschut werk against the year's required
//! number. The charts are SVG drawn with the `plotters` crate and inlined, so
//! the file needs no network and no other file.

use std::fmt::Write as _;

use participatiewet::Taal;
use plotters::prelude::*;

use super::tekst::{datum, kies};
use super::{LKS_BANDEN, Omgeving, Rapport};

/// The ids of the charts, in the order the file holds them.
pub const CHARTS: [&str; 6] = [
    "segmenten",
    "uitstroom",
    "ww-einde",
    "loonkostensubsidie",
    "beschut-werk",
    "loonwaarde-herbepaling",
];

const WIDTH: u32 = 720;
const HEIGHT: u32 = 340;

/// The HTML report of `r` in English, with the text report beside the charts.
#[allow(
    dead_code,
    reason = "the English page the tests read; the example calls html_in"
)]
pub fn html(r: &Rapport, omgeving: &Omgeving, tekst: &str) -> Result<String, String> {
    html_in(r, omgeving, tekst, Taal::En)
}

/// The HTML report of `r` in `taal`, with the text report (in the same language) beside the
/// charts.
pub fn html_in(
    r: &Rapport,
    omgeving: &Omgeving,
    tekst: &str,
    taal: Taal,
) -> Result<String, String> {
    let mut o = kop(r, omgeving, taal);
    let segmenten: Vec<(String, u32)> = r
        .per_segment
        .iter()
        .enumerate()
        .map(|(s, &n)| (s.to_string(), n))
        .chain(std::iter::once((
            kies(taal, "nog geen", "none yet").to_owned(),
            r.diagnose_nodig,
        )))
        .collect();
    figure(
        &mut o,
        CHARTS[0],
        &bars(
            kies(taal, "Mensen per segment", "People per segment"),
            "segment",
            &segmenten,
        )?,
        kies(
            taal,
            "Segmenten 0-4 (artikelen 6, 7, 10b en 10d van de Participatiewet; artikel 1 van de \
             Wet sociale werkvoorziening; de segmentcriteria van de gemeente zijn beleid) en \
             bijstandsgerechtigden nog zonder diagnose.",
            "Segments 0-4 (Participatiewet art. 6, 7, 10b, 10d; Wsw art. 1; the municipality's \
             segment criteria are policy) and bijstand clients still without a diagnosis.",
        ),
    );
    let uitstroom: Vec<(String, u32)> = r
        .stromen
        .as_ref()
        .map(|s| {
            s.uitstroom
                .iter()
                .map(|(reden, n)| match taal {
                    Taal::Nl => (reden.to_string().replace('_', " "), *n),
                    _ => (reden.to_string(), *n),
                })
                .collect()
        })
        .unwrap_or_default();
    figure(
        &mut o,
        CHARTS[1],
        &bars(
            kies(
                taal,
                "Uitstroom uit de bijstand in het jaar, naar reden",
                "Outflow from bijstand in the year, by reason",
            ),
            kies(taal, "reden", "reason"),
            &uitstroom,
        )?,
        kies(
            taal,
            "Het einde van de bijstand met de reden ervan (artikelen 19, eerste lid, 40, 47a en 13 \
             van de Participatiewet) in het jaar vóór de peildatum; leeg zonder uitstroombestand.",
            "The end of bijstand with its reason (Participatiewet art. 19 lid 1, 40, 47a, 13) in \
             the year before the peildatum; empty without an outflow file.",
        ),
    );
    figuren_ww_lks_beschut(&mut o, r, taal)?;
    figuur_herbepaling(&mut o, r, taal)?;
    let _ = write!(
        o,
        "<h2>{}</h2>\n<pre>{}</pre>\n</body>\n</html>\n",
        kies(taal, "Het rapport", "The report"),
        escape(tekst)
    );
    Ok(o)
}

/// The charts of WW endings, loonkostensubsidie and beschut werk.
fn figuren_ww_lks_beschut(o: &mut String, r: &Rapport, taal: Taal) -> Result<(), String> {
    let ww: Vec<(String, u32)> = r
        .ww_einde_per_maand
        .iter()
        .take(12)
        .map(|(&(y, m), &n)| (format!("{y}-{m:02}"), n))
        .collect();
    figure(
        o,
        CHARTS[2],
        &bars(
            kies(taal, "Einde WW per maand", "WW endings per month"),
            kies(taal, "laatste dag van de WW", "last day of WW"),
            &ww,
        )?,
        kies(
            taal,
            "De maand waarin elke lopende WW eindigt (artikel 42 en artikel 19, eerste lid, \
             onderdeel i, van de Werkloosheidswet), de komende twaalf maanden.",
            "The month in which each running WW ends (WW art. 42, art. 19 lid 1 onderdeel i), \
             the next twelve months.",
        ),
    );
    let lks: Vec<(String, u32)> = LKS_BANDEN
        .iter()
        .zip(r.lks_per_band)
        .map(|(&(van, tot), n)| (format!("{van}-{}%", tot - 1), n))
        .collect();
    figure(
        o,
        CHARTS[3],
        &bars(
            kies(
                taal,
                "Banen met loonkostensubsidie naar loonwaarde",
                "Jobs with loonkostensubsidie by loonwaarde",
            ),
            "loonwaarde",
            &lks,
        )?,
        kies(
            taal,
            "Artikel 10d, vierde lid, van de Participatiewet: hoe lager de loonwaarde, hoe hoger de \
             subsidie, tot ten hoogste 70% van het minimumloon met vakantiebijslag.",
            "Participatiewet art. 10d lid 4: the lower the loonwaarde, the higher the subsidy, up \
             to 70% of the minimum wage plus holiday pay.",
        ),
    );
    let beschut = match &r.beschut_stand {
        Some(Ok(stand)) => vec![
            (
                kies(taal, "gerealiseerd", "realised").to_owned(),
                stand.gerealiseerd(),
            ),
            (
                kies(taal, "vereist", "required").to_owned(),
                stand
                    .vereist()
                    .map_or(0, participatiewet::beschut_werk::Vereist::aantal),
            ),
        ],
        _ => Vec::new(),
    };
    figure(
        o,
        CHARTS[4],
        &bars(
            kies(
                taal,
                "Beschut werk: plaatsen tegen het vereiste aantal",
                "Beschut werk: places against the required number",
            ),
            "",
            &beschut,
        )?,
        kies(
            taal,
            "Artikel 10b, vierde lid, van de Participatiewet: het aantal plaatsen dat de gemeente \
             per jaar ten minste moet realiseren.",
            "Participatiewet art. 10b lid 4: the yearly number of places the municipality must at \
             least realise.",
        ),
    );
    Ok(())
}

/// The loonwaarde re-determinations due per month in the window, and those overdue.
fn figuur_herbepaling(o: &mut String, r: &Rapport, taal: Taal) -> Result<(), String> {
    use chrono::Datelike as _;
    let mut rij: Vec<(String, u32)> = Vec::new();
    if let Some(h) = &r.herbepalingen {
        rij.push((
            kies(taal, "achterstallig", "overdue").to_owned(),
            u32::try_from(h.achterstallig.len()).unwrap_or(u32::MAX),
        ));
        let mut per_maand = std::collections::BTreeMap::<(i32, u32), u32>::new();
        for x in &h.binnenkort {
            *per_maand
                .entry((x.datum.year(), x.datum.month()))
                .or_insert(0) += 1;
        }
        rij.extend(
            per_maand
                .into_iter()
                .map(|((y, m), n)| (format!("{y}-{m:02}"), n)),
        );
    }
    let caption = match taal {
        Taal::Nl => format!(
            "Artikel 10d, zesde lid, van de Participatiewet: het college stelt de loonwaarde \
             periodiek opnieuw vast; de datum volgt uit de laatste vaststelling in het bestand \
             en een aangenomen afspraak van {} maanden, de komende {} maanden.",
            super::herbepaling::AFSPRAAK_MAANDEN,
            super::herbepaling::VENSTER_MAANDEN
        ),
        _ => format!(
            "Participatiewet art. 10d lid 6: the college re-determines the loonwaarde \
             periodically; the date follows from the last determination on file and an assumed \
             agreement of {} months, the next {} months.",
            super::herbepaling::AFSPRAAK_MAANDEN,
            super::herbepaling::VENSTER_MAANDEN
        ),
    };
    figure(
        o,
        CHARTS[5],
        &bars(
            kies(
                taal,
                "Herbepaling van de loonwaarde per maand",
                "Loonwaarde re-determinations per month",
            ),
            kies(taal, "uiterlijk", "due"),
            &rij,
        )?,
        &caption,
    );
    Ok(())
}

/// The document's head, style and title.
fn kop(r: &Rapport, omgeving: &Omgeving, taal: Taal) -> String {
    let peildatum = r.peildatum.map(|d| datum(d, taal)).unwrap_or_default();
    let titel = match taal {
        Taal::Nl => format!(
            "Caseload van {} op {peildatum}",
            escape(omgeving.beleid.gemeente())
        ),
        _ => format!(
            "Caseload of {} on {peildatum}",
            escape(omgeving.beleid.gemeente())
        ),
    };
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{taal}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{titel}</title>\n<style>\n\
         body {{ font-family: sans-serif; margin: 2em; max-width: 80em; color: #222; }}\n\
         figure {{ margin: 1.5em 0; }} figcaption {{ font-size: 0.9em; color: #555; }}\n\
         pre {{ background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 0.8em; }}\n\
         </style>\n</head>\n<body>\n<h1>{titel}</h1>\n",
    );
    o
}

fn figure(o: &mut String, id: &str, svg: &str, caption: &str) {
    let _ = write!(
        o,
        "<figure id=\"{id}\">\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
        escape(caption)
    );
}

/// A bar chart of labelled counts, as an SVG string.
fn bars(title: &str, x_desc: &str, data: &[(String, u32)]) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let top = data.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        let n = u32::try_from(data.len()).unwrap_or(0).max(1);
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(48)
            .build_cartesian_2d((0..n - 1).into_segmented(), 0..top + top / 10 + 1)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_desc(x_desc)
            .x_labels(data.len())
            .x_label_formatter(&|x| match x {
                SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => usize::try_from(*i)
                    .ok()
                    .and_then(|i| data.get(i))
                    .map(|(label, _)| label.clone())
                    .unwrap_or_default(),
                SegmentValue::Last => String::new(),
            })
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(RGBColor(40, 90, 160).filled())
                    .margin(8)
                    .data(
                        data.iter()
                            .enumerate()
                            .map(|(i, (_, v))| (u32::try_from(i).unwrap_or(0), *v)),
                    ),
            )
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
