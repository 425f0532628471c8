//! The report's sections on the domains, in Dutch or English: WW ending soon and the
//! hand-over to bijstand, beschut werk, loonkostensubsidie and the banenafspraak.

use std::fmt::Write as _;

use participatiewet::doelgroep::WwVervolg;
use participatiewet::{Citation, Money, Regulation, Taal};

use super::tekst::{self, bedrag, datum, datum_of, fout, getal, gronden, kies, pw, regel};
use super::{LKS_BANDEN, Omgeving, Rapport, VOLTIJD_UREN, WwEinde, leeftijdsbanden};

/// The route after WW in words.
fn route(v: WwVervolg, taal: Taal) -> &'static str {
    match (v, taal) {
        (WwVervolg::Aow { .. }, Taal::Nl) => "geen (AOW)",
        _ => v.route(),
    }
}

pub(super) fn report_ww(o: &mut String, r: &Rapport, omgeving: &Omgeving, taal: Taal) {
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

pub(super) fn report_beschut(o: &mut String, r: &Rapport, omgeving: &Omgeving, taal: Taal) {
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

pub(super) fn report_lks(o: &mut String, r: &Rapport, taal: Taal) {
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
    super::herbepaling::report(o, r, taal);
    let _ = writeln!(o);
}

pub(super) fn report_banen(o: &mut String, r: &Rapport, taal: Taal) {
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
