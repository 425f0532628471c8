//! The report as a policy officer reads it, in Dutch or English (`--taal nl|en`): each figure
//! with the rule it rests on. Every line is written from its own Dutch and English text
//! ([`super::tekst`]); amounts, dates, grounds and citations by the crate's rendering.

use std::fmt::Write as _;

use chrono::NaiveDate;
use participatiewet::doelgroep::{Segment, WwVervolg};
use participatiewet::{Beleid, Citation, Money, Parameters, Regulation, Taal};

use super::tekst::{self, bedrag, datum, datum_of, fout, getal, gronden, kies, pw, regel};
use super::{
    AMBITIE_UITSTROOM_WERK, LKS_BANDEN, Omgeving, Rapport, Stromen, VOLTIJD_UREN, WwEinde,
    leeftijdsbanden, wsw_projectie,
};

/// The report in English (the default of the example).
#[allow(
    dead_code,
    reason = "the English report the tests read; the example calls report_in"
)]
pub fn report(r: &Rapport, omgeving: &Omgeving) -> String {
    report_in(r, omgeving, Taal::En)
}

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
            Segment::S0 => {
                let [nug, anw, werkloos, zelfstandig, lks, bw] = r.nul_per_status;
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
                    "",
                );
            }
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
    gronden(o, taal, &[(pw("11"), "algemene bijstand")], &rest);
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
    report_ww(o, r, omgeving, taal);
    report_beschut(o, r, omgeving, taal);
    report_lks(o, r, taal);
    report_banen(o, r, taal);
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

/// The route after WW in words.
fn route(v: WwVervolg, taal: Taal) -> &'static str {
    match (v, taal) {
        (WwVervolg::Aow { .. }, Taal::Nl) => "geen (AOW)",
        _ => v.route(),
    }
}

fn report_ww(o: &mut String, r: &Rapport, omgeving: &Omgeving, taal: Taal) {
    let beleid = &omgeving.beleid;
    let n = r.ww_eindigt.len();
    regel!(
        o,
        taal,
        "2. WW eindigt in de komende {} maanden: {n} mensen nu te informeren (van {} met lopende WW)",
        "2. WW ending in the next {} months: {n} people to inform now (of {} with WW running)",
        beleid.ww_information_months(),
        r.ww_lopend
    );
    let count = |route: &str| {
        r.ww_eindigt
            .iter()
            .filter(|e| e.vervolg.route() == route)
            .count()
    };
    let kort = r.ww_eindigt.iter().filter(|e| e.kort).count();
    regel!(
        o,
        taal,
        "   verwachte route: bijstand {}, IOW {}, geen (AOW) {}; korte WW (ten hoogste {} maanden) {kort}, langere WW {}",
        "   expected route: bijstand {}, IOW {}, none (AOW) {}; short WW (<= {} months) {kort}, longer WW {}",
        count("bijstand"),
        count("IOW"),
        count("none (AOW)"),
        beleid.short_ww_months(),
        n - kort
    );
    gronden(
        o,
        taal,
        &[
            (
                Citation::article(Regulation::Werkloosheidswet, "42"),
                kies(taal, "duur", "duration"),
            ),
            (
                Citation::article(Regulation::Werkloosheidswet, "19")
                    .lid(1)
                    .onderdeel("i"),
                kies(taal, "eindigt op de AOW-leeftijd", "ends at AOW age"),
            ),
            (Citation::article(Regulation::Iow, "3"), ""),
            (pw("11"), ""),
        ],
        kies(
            taal,
            "venster en korte/lange WW: beleid",
            "window and short/long WW: policy",
        ),
    );
    if let Some(peildatum) = r.peildatum {
        let [jong, midden, oud] = leeftijdsbanden(&r.ww_eindigt, peildatum);
        let alleen = r
            .ww_eindigt
            .iter()
            .filter(|e| e.alleenstaand == Some(true))
            .count();
        regel!(
            o,
            taal,
            "   naar leeftijd op de peildatum: jonger dan 27 {jong}, 27-49 {midden}, 50 en ouder {oud}; alleenstaand (*) {alleen}",
            "   by age on the peildatum: under 27 {jong}, 27-49 {midden}, 50 and older {oud}; single (*) {alleen}"
        );
    }
    regel!(
        o,
        taal,
        "   per persoon: de data van de overgang (bijstand::State, een melding op de vroegste dag): \
         informeren vanaf, melden vanaf (artikel 41, zesde lid), einde zoektermijn (artikel 41, \
         vierde lid), aanvraag vanaf, bijstand vanaf (artikel 44)",
        "   per person: the hand-over's dates (bijstand::State, a melding on the earliest day): \
         inform from, melding from (art. 41 lid 6), search period ends (art. 41 lid 4), \
         application from, bijstand from (art. 44)"
    );
    let mut lines: Vec<&WwEinde> = r.ww_eindigt.iter().collect();
    lines.sort_by_key(|e| (e.duur.einddatum(), e.id));
    for e in lines {
        report_ww_persoon(o, e, taal);
    }
    if r.ww_beeindigd > 0 {
        regel!(
            o,
            taal,
            "   WW al geëindigd vóór de peildatum (werk het bestand bij): {}",
            "   WW already ended before the peildatum (update the file): {}",
            r.ww_beeindigd
        );
    }
    let _ = writeln!(o);
}

/// One person whose WW ends soon, with the hand-over's dates.
fn report_ww_persoon(o: &mut String, e: &WwEinde, taal: Taal) {
    let half = if e.duur.halve_maand() { "½" } else { "" };
    let vanaf = match e.vervolg {
        WwVervolg::Iow { vanaf } | WwVervolg::Bijstand { vanaf } => {
            format!(" {} {}", kies(taal, "vanaf", "from"), datum(vanaf, taal))
        }
        WwVervolg::Aow { aow_datum } => {
            format!(" {} {}", kies(taal, "op", "on"), datum(aow_datum, taal))
        }
        _ => String::new(),
    };
    let ster = if e.alleenstaand == Some(true) {
        "*"
    } else {
        " "
    };
    let kort = if e.kort {
        kies(taal, ", kort", ", short")
    } else {
        ""
    };
    regel!(
        o,
        taal,
        "   id {:>5}{ster} geboren {}  WW eindigt {} ({}{half} maanden, {}{kort})  -> {}{vanaf}",
        "   id {:>5}{ster} born {}  WW ends {} ({}{half} months, {}{kort})  -> {}{vanaf}",
        e.id,
        datum(e.geboren, taal),
        datum(e.duur.einddatum(), taal),
        e.duur.maanden(),
        e.duur.regel().label().get(taal),
        route(e.vervolg, taal)
    );
    if let Some(g) = e.overgang {
        regel!(
            o,
            taal,
            "              informeren vanaf {}, melden vanaf {}, einde zoektermijn {}, aanvraag vanaf {}, bijstand vanaf {}",
            "              inform from {}, melding from {}, search period ends {}, application from {}, bijstand from {}",
            datum_of(g.informeren, taal),
            datum_of(g.melding, taal),
            datum_of(g.zoektermijn_einde, taal),
            datum_of(g.aanvraag, taal),
            datum_of(g.ingang, taal)
        );
    }
}

fn report_beschut(o: &mut String, r: &Rapport, omgeving: &Omgeving, taal: Taal) {
    let titel = pw("10b").text(taal);
    regel!(
        o,
        taal,
        "3. Beschut werk ({titel})",
        "3. Beschut werk ({titel})"
    );
    match &r.beschut_stand {
        Some(Ok(stand)) => report_stand(o, stand, omgeving, taal),
        Some(Err(err)) => {
            regel!(
                o,
                taal,
                "   vereiste plaatsen: niet vastgesteld: {}",
                "   places required: not determined: {}",
                fout(err, taal)
            );
        }
        None => {}
    }
    regel!(
        o,
        taal,
        "   vastgesteld en wachtend op een plaats {}; UWV-advies aangevraagd {} ({} na de termijn van 8 weken)",
        "   determined and waiting for a place {}; UWV advice requested {} ({} past the 8-week term)",
        r.beschut_vastgesteld,
        r.beschut_aangevraagd,
        r.beschut_advies_verlopen
    );
    regel!(
        o,
        taal,
        "   besluit van het college te laat (8 weken voor het advies + {} weken om te beslissen, sinds de aanvraag): {}",
        "   college decision overdue (8 weeks for the advice + {} weeks to decide since the request): {}",
        omgeving.beleid.decision_term_weeks(),
        r.beschut_besluit_verlopen
    );
    if let (Some(langst), false) = (
        r.beschut_wacht_dagen.iter().max(),
        r.beschut_wacht_dagen.is_empty(),
    ) {
        let totaal: i64 = r.beschut_wacht_dagen.iter().sum();
        let n = i64::try_from(r.beschut_wacht_dagen.len())
            .unwrap_or(1)
            .max(1);
        regel!(
            o,
            taal,
            "   wachttijd sinds de vaststelling, van wie wachten: gemiddeld {} weken, ten hoogste {} weken",
            "   wait since the determination, of those waiting: {} weeks on average, {} weeks at most",
            totaal / n / 7,
            langst / 7
        );
    }
    regel!(
        o,
        taal,
        "   mogelijk in aanmerking (een screening van het bestand, geen advies): {} bijstandsgerechtigden in segment 1 zonder procedure",
        "   may qualify (a screen on the file, not an advice): {} bijstand clients in segment 1 without a procedure",
        r.beschut_screen
    );
    gronden(
        o,
        taal,
        &[
            (
                pw("10b"),
                kies(taal, "eerste tot en met derde lid", "lid 1-3"),
            ),
            (
                Citation::article(Regulation::BesluitAdviseringBeschutWerk, "2").lid(1),
                kies(taal, "advies binnen 8 weken", "advice within 8 weeks"),
            ),
        ],
        kies(taal, "beslistermijn: beleid", "decision term: policy"),
    );
    let _ = writeln!(o);
}

fn report_lks(o: &mut String, r: &Rapport, taal: Taal) {
    let titel = pw("10d").text(taal);
    regel!(
        o,
        taal,
        "4. Banen met loonkostensubsidie ({titel}): {}",
        "4. Jobs with loonkostensubsidie ({titel}): {}",
        r.lks_banen
    );
    for (((&(van, tot), n), per_maand), open) in LKS_BANDEN
        .iter()
        .zip(r.lks_per_band)
        .zip(r.lks_bedrag_per_band)
        .zip(r.lks_niet_berekenbaar)
    {
        let tot = tot - 1;
        if open > 0 {
            regel!(
                o,
                taal,
                "   loonwaarde {van:>2}-{tot:>3}%: {n:>5} banen, op deze datum niet te berekenen voor {open}",
                "   loonwaarde {van:>2}-{tot:>3}%: {n:>5} jobs, not computable on this date for {open}"
            );
        } else {
            let b = bedrag(per_maand, taal);
            regel!(
                o,
                taal,
                "   loonwaarde {van:>2}-{tot:>3}%: {n:>5} banen, {b:>14} per maand",
                "   loonwaarde {van:>2}-{tot:>3}%: {n:>5} jobs, {b} per month"
            );
        }
    }
    let open: u32 = r.lks_niet_berekenbaar.iter().sum();
    if open > 0 {
        regel!(
            o,
            taal,
            "   totaal per maand: op deze datum niet te berekenen ({open} banen; zie de waarden die hierboven niet bekend zijn)",
            "   total per month: not computable on this date ({open} jobs; see the values not known above)"
        );
    } else {
        let totaal = bedrag(
            Money::sum(r.lks_bedrag_per_band).unwrap_or(Money::MAX),
            taal,
        );
        regel!(
            o,
            taal,
            "   totaal per maand: {totaal} ({} banen zonder subsidie)",
            "   total per month: {totaal} ({} jobs without subsidy)",
            r.lks_geweigerd
        );
    }
    let uren = match taal {
        Taal::Nl => {
            format!("uren tegen 36 vanaf 2024; {VOLTIJD_UREN} uur als normale voltijd aangenomen")
        }
        _ => format!("hours against 36 from 2024; {VOLTIJD_UREN} normal full-time hours assumed"),
    };
    gronden(
        o,
        taal,
        &[
            (
                pw("10d").lid(4),
                kies(
                    taal,
                    "grondslag WML + 8%, loondeel ten hoogste 70%",
                    "basis WML + 8%, wage part at most 70%",
                ),
            ),
            (
                Citation::article(Regulation::RegelingLoonkostensubsidie2021, "1"),
                "werkgeverslasten",
            ),
            (pw("10d").lid(4), uren.as_str()),
        ],
        "",
    );
    let _ = writeln!(o);
}

fn report_banen(o: &mut String, r: &Rapport, taal: Taal) {
    regel!(
        o,
        taal,
        "5. Banenafspraak (artikelen 38b en 38f van de Wet financiering sociale verzekeringen): banen met loonkostensubsidie, geteld in banen van 25,5 uur per week",
        "5. Banenafspraak (Wfsv art. 38b, 38f): jobs with loonkostensubsidie counted as banen of 25,5 hours a week"
    );
    regel!(
        o,
        taal,
        "   een screening: het bestand vermeldt het doelgroepregister (van UWV) niet; elke baan telt alsof de werknemer vanaf het begin van de baan in het register staat",
        "   a screen: the file does not record the doelgroepregister (UWV's); each job is counted as if its holder were registered from its start"
    );
    match &r.banen {
        Some(Ok(b)) => {
            let banen = getal(b.banen.round_dp(2), taal);
            regel!(
                o,
                taal,
                "   {} dienstbetrekkingen = {banen} banen",
                "   {} jobs = {banen} banen",
                b.jobs
            );
            match &b.realisatie {
                Some(real) => {
                    let bron = b.bron.text(taal);
                    regel!(
                        o,
                        taal,
                        "   tegen het doel van de regio voor {} (beleidsgegevens: {bron}): {} van {}, tekort {}",
                        "   against the region's target for {} (policy data: {bron}): {} of {}, shortfall {}",
                        b.jaar,
                        getal(real.gerealiseerd().round_dp(2), taal),
                        getal(rust_decimal::Decimal::from(real.doel()), taal),
                        getal(real.tekort().round_dp(2), taal)
                    );
                }
                None => {
                    regel!(
                        o,
                        taal,
                        "   de regionale afspraak stelt voor dit jaar geen doel",
                        "   the region's agreement sets no target for this year"
                    );
                }
            }
        }
        Some(Err(e)) => {
            regel!(
                o,
                taal,
                "   niet te berekenen: {}",
                "   not computable: {}",
                fout(e, taal)
            );
        }
        None => {}
    }
    let _ = writeln!(o);
}

/// The places realised against the year's required number, with the grounds.
fn report_stand(
    o: &mut String,
    stand: &participatiewet::beschut_werk::Stand,
    omgeving: &Omgeving,
    taal: Taal,
) {
    let vereist = stand.vereist().map_or(
        kies(
            taal,
            "geen jaarlijks aantal (vóór 2017)",
            "no yearly number (before 2017)",
        )
        .to_owned(),
        |v| match taal {
            Taal::Nl => format!("{} vereist voor {}", v.aantal(), v.jaar()),
            _ => format!("{} required for {}", v.aantal(), v.jaar()),
        },
    );
    regel!(
        o,
        taal,
        "   plaatsen gerealiseerd {} ({vereist}); aanbodplicht: {}",
        "   places realised {} ({vereist}); duty to offer: {}",
        stand.gerealiseerd(),
        stand.plicht().label().get(taal)
    );
    if let Some(v) = stand.vereist() {
        let tekort = v.aantal().saturating_sub(stand.gerealiseerd());
        regel!(
            o,
            taal,
            "   tekort voor {}: {tekort} plaatsen",
            "   shortfall against {}: {tekort} places",
            v.jaar()
        );
    }
    for g in stand.decision().grounds() {
        let _ = writeln!(o, "              {}", tekst::grond(g, taal));
    }
    if let Ok(row) = omgeving.taakstelling.minimum().at(stand.peildatum()) {
        regel!(
            o,
            taal,
            "              bron van het aantal: {} ({})",
            "              source of the number: {} ({})",
            row.source,
            tekst::zekerheid(row.confidence, taal)
        );
    }
}
