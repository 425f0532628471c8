//! The caseload pipeline shared by `examples/caseload.rs` and `benches/caseload.rs`: every
//! person of a caseload through every domain at a `peildatum`, aggregated into a report.
//!
//! The per-person work uses the crate's plain (allocation-free) functions; grounds are built
//! only for the report's lines and for one person on request (`--explain ID`).

pub mod banen;
pub mod data;
mod domeinen;
pub mod herbepaling;
pub mod html;
mod rapport;
pub mod tekst;
mod uitleg;
pub mod uitstroom;
pub mod vergelijk;

pub use rapport::report_in;
#[allow(
    unused_imports,
    reason = "the bench includes the pipeline and does not explain"
)]
pub use uitleg::explain;

/// The report in English (the default of the example); [`report_in`] writes it in Dutch too.
#[allow(
    dead_code,
    reason = "the English report the tests read; the example calls report_in"
)]
pub fn report(r: &Rapport, omgeving: &Omgeving) -> String {
    report_in(r, omgeving, Taal::En)
}

use chrono::{Datelike, NaiveDate};
use participatiewet::doelgroep::{
    Classificatie, Diagnose, LegalStatus, SegmentFeiten, classificeer,
};
use participatiewet::{
    Beleid, Context, Error, MonthEnd, Parameters, Procedure, Taal, add_months, age_on,
};

use data::{BeschutStap, Persoon, Status};
use participatiewet::beschut_werk::{Aanvraag, Aanvrager, Plaatsen, Stand, Taakstelling};
use participatiewet::doelgroep::{WwVervolg, vervolg_na_ww};
use participatiewet::loonwaarde::{
    Dienstbetrekking, LksGrondslag, LksUitkomst, Soort, lks_berekenen,
};
use participatiewet::ww::{self, Werkverleden, WwFeiten};
use participatiewet::{Confidence, Hours, Money, Percentage, Row};
use rust_decimal::Decimal;

/// Everything the run needs besides the people: the law's parameters, the municipality's
/// policy and its yearly number of beschut-werk places.
#[derive(Debug, Clone)]
pub struct Omgeving {
    pub params: Parameters,
    pub beleid: Beleid,
    pub taakstelling: Taakstelling,
}

impl Omgeving {
    /// The bundled parameters, the default policy, and the synthetic municipality's numbers.
    pub fn voorbeeld() -> Self {
        let beleid = Beleid::new("Voorbeeldstad (synthetic)", Beleid::default().citation())
            .unwrap_or_default();
        Self {
            params: Parameters::bundled(),
            beleid,
            taakstelling: taakstelling_voorbeeld(),
        }
    }
}

/// The synthetic municipality's minimum number of beschut-werk places per year (art. 10b
/// lid 4). 2017 and 2018 are Zwolle's figures from its own council documents (unverified); from 2019 the figure is
/// synthetic, for the example only: replace it with the year's regulation for real use.
pub fn taakstelling_voorbeeld() -> Taakstelling {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
    let rows = vec![
        Row::new(
            d(2017, 1, 1),
            Some(d(2017, 12, 31)),
            26,
            "Regeling beschut werk 2017; Zwolle figure from its council documents (unverified)",
            Confidence::Unverified,
        ),
        Row::new(
            d(2018, 1, 1),
            Some(d(2018, 12, 31)),
            46,
            "Regeling beschut werk 2018; Zwolle figure from its council documents, provisional (unverified)",
            Confidence::Unverified,
        ),
        Row::new(
            d(2019, 1, 1),
            Some(d(2030, 12, 31)),
            60,
            "synthetic figure for the example municipality (not a regulation)",
            Confidence::Unverified,
        ),
    ];
    Taakstelling::new("Voorbeeldstad (synthetic)", rows)
        .unwrap_or_else(|_| Taakstelling::voorbeeld_zwolle())
}

/// What the run counted. Plain numbers: the report adds the grounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rapport {
    pub peildatum: Option<NaiveDate>,
    pub mensen: u32,
    /// People per segment 0..=4.
    pub per_segment: [u32; 5],
    /// Segments 1–3 by instrument: participatieladder, ZRM, caseworker's judgement.
    pub per_instrument: [[u32; 3]; 3],
    /// Segment 0 by status: NUG, Anw, IOAW, IOAZ, LKS job, beschut-werk job.
    pub nul_per_status: [u32; 6],
    /// Anw, IOAW and IOAZ recipients placed in segments 1–3 by their diagnosis (the policy's
    /// segment 0 is "geen uitkering"), by benefit: Anw, IOAW, IOAZ.
    pub uitkering_per_status: [u32; 3],
    /// Anw, IOAW and IOAZ recipients the policy keeps out of segment 0 who await a diagnosis.
    pub uitkering_diagnose_nodig: u32,
    /// Bijstand clients without a diagnosis: no segment yet.
    pub diagnose_nodig: u32,
    /// The birth dates of the Wsw staff in segment 4: the stock leaves at AOW age.
    pub wsw_geboren: Vec<NaiveDate>,
    /// Bijstand clients without a diagnosis for more than 3 months.
    pub diagnose_nodig_lang: u32,
    /// People past AOW age on the peildatum (outside the segments).
    pub aow_bereikt: u32,
    /// People who reach AOW age within 12 months, by segment.
    pub aow_binnen_jaar: [u32; 5],
    /// Lines whose status starts after the peildatum.
    pub nog_niet: u32,
    /// WW recipients on file with WW running on the peildatum.
    pub ww_lopend: u32,
    /// WW recipients on file whose WW already ended before the peildatum.
    pub ww_beeindigd: u32,
    /// WW ending within the information window, in file order.
    pub ww_eindigt: Vec<WwEinde>,
    /// Every running WW by the month of its last day (year, month): the endings ahead.
    pub ww_einde_per_maand: std::collections::BTreeMap<(i32, u32), u32>,
    /// Beschut werk: procedures with the advice requested, people determined and waiting,
    /// places in use.
    pub beschut_aangevraagd: u32,
    pub beschut_vastgesteld: u32,
    pub beschut_geplaatst: u32,
    /// Advice requests whose UWV term (8 weeks) has passed on the peildatum.
    pub beschut_advies_verlopen: u32,
    /// Requests whose college decision is overdue on the peildatum: the UWV term of 8 weeks
    /// plus the municipality's decision term have passed since the request.
    pub beschut_besluit_verlopen: u32,
    /// For each person determined and still waiting for a place: the days since the
    /// determination.
    pub beschut_wacht_dagen: Vec<i64>,
    /// Bijstand clients in segment 1 without a beschut-werk procedure: a screen on the facts
    /// of the file (little or no perspective on regular work), not an advice.
    pub beschut_screen: u32,
    /// Places realised against required, from the beschut-werk domain.
    pub beschut_stand: Option<Result<Stand, Error>>,
    /// Jobs with loonkostensubsidie on the peildatum.
    pub lks_banen: u32,
    /// Jobs with loonkostensubsidie by loonwaarde band: [0, 30), [30, 50), [50, 70), [70, 100].
    pub lks_per_band: [u32; 4],
    /// The monthly loonkostensubsidie per band, in euros (Participatiewet art. 10d lid 4).
    pub lks_bedrag_per_band: [Money; 4],
    /// Jobs whose subsidy is refused (Wsw job, loonwaarde 100%), by band.
    pub lks_geweigerd: u32,
    /// Jobs whose subsidy cannot be computed on the peildatum (a legal value not known), by band.
    pub lks_niet_berekenbaar: [u32; 4],
    /// Loonwaarde re-determinations of the LKS jobs, from the determination machine.
    pub herbepalingen: Option<herbepaling::Herbepalingen>,
    /// Inflow and outflow over the year before the peildatum, when an outflow file is given.
    pub stromen: Option<Stromen>,
    /// The banenafspraak: the jobs counted as banen against the region's target.
    pub banen: Option<Result<banen::Plaatsingen, Error>>,
    /// The legal values the report needs that are not known on the peildatum: said up front,
    /// so no figure is read as "EUR 0.00".
    pub niet_bekend: Vec<Error>,
    /// Lines with impossible or missing facts: (id, error), the first 20.
    pub fouten: Vec<(u32, Error)>,
    pub fouten_totaal: u32,
}

/// The loonwaarde bands of the report: from (inclusive), to (exclusive), in percent. Below
/// 30% the 70% cap on the wage part binds (Participatiewet art. 10d lid 4).
pub const LKS_BANDEN: [(u8, u8); 4] = [(0, 30), (30, 50), (50, 70), (70, 101)];

/// A WW recipient whose WW ends within the municipality's information window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WwEinde {
    pub id: u32,
    pub geboren: NaiveDate,
    pub duur: ww::Uitkeringsduur,
    pub vervolg: WwVervolg,
    /// Short WW under the municipality's policy (at most `short_ww_months`).
    pub kort: bool,
    /// The person lives alone (Participatiewet art. 4 lid 1 a), when the file records the
    /// household.
    pub alleenstaand: Option<bool>,
    /// The hand-over's dates (Participatiewet art. 41, 43, 44), when the file records the
    /// household the hand-over needs.
    pub overgang: Option<Overgangsdata>,
}

/// The Wsw stock on 1 January of each of the next five years: those whose AOW date lies after
/// that day (no inflow since 2015-01-01, Wsw art. 1). A year for which the AOW age of someone
/// in the stock is not known is `None`, never a guess.
pub fn wsw_projectie(
    geboren: &[NaiveDate],
    peildatum: NaiveDate,
    params: &Parameters,
) -> Vec<(i32, Option<usize>)> {
    (1..=5)
        .map(|i| {
            let jaar = peildatum.year() + i;
            let dag = NaiveDate::from_ymd_opt(jaar, 1, 1).unwrap_or(peildatum);
            let mut n = Some(0);
            // The AOW age is 67 in 2024 and 2025 and is only ever raised after that (AOW art.
            // 7a lid 1 m-o and lid 2: "Indien V negatief is of minder dan 0,25 bedraagt, wordt
            // deze gesteld op 0"), so younger people need no table; before 2024 it was above 65.
            let zeker_jonger = if jaar >= 2024 { 67 } else { 65 };
            for &g in geboren {
                let nog = if age_on(g, dag).is_ok_and(|a| a < zeker_jonger) {
                    Ok(true)
                } else {
                    params.aow_datum(g).map(|aow| aow > dag)
                };
                n = match (n, nog) {
                    (Some(n), Ok(true)) => Some(n + 1),
                    (Some(n), Ok(false)) => Some(n),
                    _ => None,
                };
            }
            (jaar, n)
        })
        .collect()
}

/// Inflow and outflow over the year before the peildatum (from the day a year before, up to
/// and including the day before the peildatum).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stromen {
    /// The first day of the year counted.
    pub vanaf: Option<NaiveDate>,
    /// People whose status began in the year, by status (the caseload file's `sinds`).
    pub instroom: std::collections::BTreeMap<&'static str, u32>,
    /// Endings of bijstand in the year by reason (the outflow file; a first day without
    /// bijstand in the year).
    pub uitstroom:
        std::collections::BTreeMap<participatiewet::bijstand::beeindiging::Beeindigingsreden, u32>,
}

/// The council's own ambition for outflow to work per year: policy data, not law. The example
/// municipality takes Zwolle's figure of 2017, "350 cliënten uitstroom naar werk per jaar".
pub const AMBITIE_UITSTROOM_WERK: (u32, &str) = (
    350,
    "the council's ambition (policy data: Zwolle 2017, \"350 cliënten uitstroom naar werk per jaar\")",
);

/// The source of [`AMBITIE_UITSTROOM_WERK`] in Dutch.
pub const AMBITIE_BRON_NL: &str = "de ambitie van de raad (beleidsgegevens: Zwolle 2017, \"350 cliënten uitstroom naar werk per jaar\")";

/// The flows of the year before `peildatum`.
pub fn stromen(
    people: &[Persoon],
    uitstroom: &[uitstroom::Uitstroom],
    peildatum: NaiveDate,
) -> Stromen {
    let vanaf = add_months(peildatum, -12, MonthEnd::LastDay).unwrap_or(peildatum);
    let mut s = Stromen {
        vanaf: Some(vanaf),
        ..Stromen::default()
    };
    for p in people
        .iter()
        .filter(|p| (vanaf..peildatum).contains(&p.sinds))
    {
        *s.instroom.entry(p.status.as_str()).or_insert(0) += 1;
    }
    let einden: Vec<_> = uitstroom
        .iter()
        .map(|u| u.beeindiging)
        .filter(|b| (vanaf..peildatum).contains(&b.datum()))
        .collect();
    for ((_, reden), n) in participatiewet::bijstand::beeindiging::uitstroom(&einden) {
        *s.uitstroom.entry(reden).or_insert(0) += n;
    }
    s
}

/// The WW endings by age on the peildatum: under 27 (the search period of art. 41 lid 4
/// applies), 27 to 49, and 50 or older.
pub fn leeftijdsbanden(eindes: &[WwEinde], peildatum: NaiveDate) -> [usize; 3] {
    let mut banden = [0; 3];
    for e in eindes {
        let band = match age_on(e.geboren, peildatum) {
            Ok(0..27) => 0,
            Ok(27..50) => 1,
            _ => 2,
        };
        if let Some(n) = banden.get_mut(band) {
            *n += 1;
        }
    }
    banden
}

/// The dates of the WW-to-bijstand hand-over for one person, from the hand-over machine
/// (`bijstand::State`): its start, and a melding on the earliest day it may be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overgangsdata {
    /// From when the municipality informs (policy).
    pub informeren: Option<NaiveDate>,
    /// The earliest melding (art. 41 lid 6, under 27).
    pub melding: Option<NaiveDate>,
    /// The end of the search period of four weeks after the melding (art. 41 lid 4, under 27).
    pub zoektermijn_einde: Option<NaiveDate>,
    /// The earliest application (art. 41 lid 4, 43).
    pub aanvraag: Option<NaiveDate>,
    /// The expected first day of bijstand (art. 44).
    pub ingang: Option<NaiveDate>,
}

impl Overgangsdata {
    fn lees(&mut self, effects: &[participatiewet::Effect]) {
        for e in effects {
            let datum = Some(e.datum());
            match e.code().code {
                "overgang_informeren_vanaf" => self.informeren = datum,
                "overgang_vroegste_melding" => self.melding = datum,
                "overgang_zoektermijn_einde" => self.zoektermijn_einde = datum,
                "overgang_vroegste_aanvraag" => self.aanvraag = datum,
                "overgang_verwachte_ingang" | "overgang_ingang_bijstand" => self.ingang = datum,
                _ => {}
            }
        }
    }
}

/// The hand-over machine for a WW that ends: started on the peildatum, then a melding on the
/// earliest day it may be made (or on the peildatum when the law sets no earliest day).
fn overgang(
    p: &Persoon,
    huishouden: participatiewet::bijstand::Huishouden,
    duur: &ww::Uitkeringsduur,
    peildatum: NaiveDate,
    omgeving: &Omgeving,
) -> Result<Overgangsdata, Error> {
    use participatiewet::bijstand::{Dossier, Event, Opening, State, ZoektermijnUitzondering};
    let ctx = Context::new(&omgeving.params, &omgeving.beleid);
    let dossier = Dossier::builder()
        .geboortedatum(p.geboren)
        .huishouden(huishouden)
        .ww(duur)
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()?;
    let start = State::start(&Opening::new(dossier, peildatum)?, &ctx)?;
    let mut data = Overgangsdata::default();
    data.lees(&start.effects);
    let melding = data.melding.unwrap_or(peildatum).max(peildatum);
    if let Ok(gemeld) = start.state.apply(&Event::Melding { datum: melding }, &ctx) {
        data.lees(&gemeld.effects);
    }
    Ok(data)
}

/// The WW facts of a line: hours lost 36 of 36, the wekeneis met, and the work history.
pub fn ww_feiten(p: &Persoon) -> Result<WwFeiten, Error> {
    let uren = Hours::new(Decimal::from(36))?;
    let mut f = WwFeiten::new(p.geboren, p.sinds)?
        .uren(uren, uren)?
        .weken_gewerkt(36)?;
    if let Some(vanaf) = p.werkjaren_vanaf {
        f = f.werkverleden(Werkverleden::doorlopend(vanaf, p.sinds.year() - 1, 1800)?);
    }
    Ok(f)
}

fn ww_line(
    r: &mut Rapport,
    p: &Persoon,
    peildatum: NaiveDate,
    horizon: NaiveDate,
    omgeving: &Omgeving,
) -> Result<(), Error> {
    let feiten = ww_feiten(p)?;
    let duur = ww::uitkeringsduur(&feiten, &omgeving.params)?;
    if duur.einddatum() < peildatum {
        r.ww_beeindigd += 1;
        return Ok(());
    }
    r.ww_lopend += 1;
    let einde = duur.einddatum();
    *r.ww_einde_per_maand
        .entry((einde.year(), einde.month()))
        .or_insert(0) += 1;
    if duur.einddatum() < horizon {
        let iow = ww::iow_recht(
            &feiten,
            &duur,
            ww::WwVerloop::VolledigeDuur,
            &omgeving.params,
        )?;
        let vervolg = vervolg_na_ww(&duur, &iow);
        let overgang = match (p.huishouden, vervolg) {
            (Some(h), WwVervolg::Bijstand { .. }) => {
                Some(overgang(p, h, &duur, peildatum, omgeving)?)
            }
            _ => None,
        };
        r.ww_eindigt.push(WwEinde {
            id: p.id,
            geboren: p.geboren,
            duur,
            vervolg,
            kort: u32::from(duur.maanden()) <= omgeving.beleid.short_ww_months(),
            alleenstaand: p
                .huishouden
                .map(|h| h.leefvorm() == participatiewet::bijstand::Leefvorm::Alleenstaande),
            overgang,
        });
    }
    Ok(())
}

fn status_of(p: &Persoon) -> Result<Option<LegalStatus>, Error> {
    Ok(Some(match p.status {
        Status::Bijstand => LegalStatus::AlgemeneBijstand,
        Status::Nug => LegalStatus::Nug,
        Status::Anw => LegalStatus::Anw,
        Status::Ioaw => LegalStatus::Ioaw,
        Status::Ioaz => LegalStatus::Ioaz,
        Status::Lks => LegalStatus::Loonkostensubsidie,
        Status::Beschut => LegalStatus::BeschutWerk,
        Status::Wsw => LegalStatus::wsw_dienstbetrekking(p.sinds)?,
        Status::Ww => return Ok(None),
    }))
}

fn feiten(p: &Persoon, status: LegalStatus) -> SegmentFeiten {
    let f = SegmentFeiten::new(status);
    match p.diagnose {
        Some(d) => f.met_diagnose(d),
        None => f,
    }
}

/// The dates every line is measured against.
struct Peil {
    datum: NaiveDate,
    /// A year ahead: AOW age within 12 months.
    over_jaar: NaiveDate,
    /// The end of the WW information window (policy).
    horizon: NaiveDate,
    /// Three months back: bijstand without a diagnosis for longer.
    drie_maanden_terug: NaiveDate,
}

/// Runs every person through the domains at `peildatum`.
pub fn run(people: &[Persoon], peildatum: NaiveDate, omgeving: &Omgeving) -> Rapport {
    let mut plaatsen = Plaatsen::new(omgeving.taakstelling.clone());
    let mut r = Rapport {
        peildatum: Some(peildatum),
        ..Rapport::default()
    };
    let venster = i32::try_from(omgeving.beleid.ww_information_months()).unwrap_or(3);
    let peil = Peil {
        datum: peildatum,
        over_jaar: add_months(peildatum, 12, MonthEnd::LastDay).unwrap_or(peildatum),
        horizon: add_months(peildatum, venster, MonthEnd::LastDay).unwrap_or(peildatum),
        drie_maanden_terug: add_months(peildatum, -3, MonthEnd::LastDay).unwrap_or(peildatum),
    };
    r.niet_bekend = niet_bekend(&omgeving.params, peildatum);
    for p in people {
        r.mensen += 1;
        if p.sinds > peildatum {
            r.nog_niet += 1;
            continue;
        }
        if let Err(err) = line(&mut r, &mut plaatsen, p, &peil, omgeving) {
            r.fouten_totaal += 1;
            if r.fouten.len() < 20 {
                r.fouten.push((p.id, err));
            }
        }
    }
    r.beschut_stand = Some(plaatsen.stand(peildatum, &omgeving.beleid));
    r.herbepalingen = Some(herbepaling::herbepalingen(people, peildatum, omgeving));
    r.banen = Some(banen::regionale_afspraak().and_then(|a| banen::banen(people, peildatum, &a)));
    r
}

/// The legal values the report uses for everyone on the peildatum (per-person values such as
/// the AOW age are reported per line) that the parameter tables do not know.
fn niet_bekend(params: &Parameters, peildatum: NaiveDate) -> Vec<Error> {
    [
        // The loonkostensubsidie of section 4 (Participatiewet art. 10d lid 4, Regeling art. 1).
        params.wml_per_maand.at(peildatum).err(),
        params.werkgeverslasten.at(peildatum).err(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// One person through every domain.
fn line(
    r: &mut Rapport,
    plaatsen: &mut Plaatsen,
    p: &Persoon,
    peil: &Peil,
    omgeving: &Omgeving,
) -> Result<(), Error> {
    let peildatum = peil.datum;
    // AOW age: only people of 65 or older within a year need the table.
    let aow_datum = if age_on(p.geboren, peil.over_jaar)? >= 65 {
        Some(omgeving.params.aow_datum(p.geboren)?)
    } else {
        None
    };
    if aow_datum.is_some_and(|d| d <= peildatum) {
        r.aow_bereikt += 1;
        return Ok(());
    }
    match p.beschut {
        BeschutStap::Aangevraagd(d) if d <= peildatum => {
            r.beschut_aangevraagd += 1;
            let aanvraag = Aanvraag::new(Aanvrager::College, d)?;
            let advies = aanvraag.advies_uiterlijk()?;
            if advies < peildatum {
                r.beschut_advies_verlopen += 1;
            }
            let besluit = advies
                .checked_add_signed(chrono::Duration::weeks(i64::from(
                    omgeving.beleid.decision_term_weeks(),
                )))
                .unwrap_or(advies);
            if besluit < peildatum {
                r.beschut_besluit_verlopen += 1;
            }
        }
        BeschutStap::Vastgesteld(d) if d <= peildatum => {
            r.beschut_vastgesteld += 1;
            r.beschut_wacht_dagen.push((peildatum - d).num_days());
        }
        _ => {}
    }
    let Some(status) = status_of(p)? else {
        return ww_line(r, p, peildatum, peil.horizon, omgeving);
    };
    match status {
        LegalStatus::BeschutWerk => {
            r.beschut_geplaatst += 1;
            plaatsen.plaats(p.sinds)?;
        }
        LegalStatus::Loonkostensubsidie => {
            r.lks_banen += 1;
            let band = LKS_BANDEN
                .iter()
                .position(|&(_, tot)| p.loonwaarde.unwrap_or(0) < tot)
                .unwrap_or(LKS_BANDEN.len() - 1);
            if let Some(cell) = r.lks_per_band.get_mut(band) {
                *cell += 1;
            }
            let uitkomst = lks_maand(p, peildatum, &omgeving.params).inspect_err(|_| {
                if let Some(cell) = r.lks_niet_berekenbaar.get_mut(band) {
                    *cell += 1;
                }
            })?;
            match uitkomst {
                LksUitkomst::Subsidie(berekening) => {
                    if let Some(total) = r.lks_bedrag_per_band.get_mut(band) {
                        *total = total.checked_add(berekening.bedrag())?;
                    }
                }
                _ => r.lks_geweigerd += 1,
            }
        }
        _ => {}
    }
    if p.diagnose.is_none() && status.is_segment_0() && !omgeving.beleid.segment_0().omvat(status) {
        // a benefit the policy keeps out of segment 0 (Anw, IOAW, IOAZ under "geen uitkering")
        r.uitkering_diagnose_nodig += 1;
        return Ok(());
    }
    if status.is_algemene_bijstand() && p.diagnose.is_none() {
        r.diagnose_nodig += 1;
        if p.sinds < peil.drie_maanden_terug {
            r.diagnose_nodig_lang += 1;
        }
        return Ok(());
    }
    let c = classificeer(&feiten(p, status), peildatum, &omgeving.beleid)?;
    count_classificatie(r, c);
    let s = usize::from(c.segment().number());
    if let Some(cell) = r.per_segment.get_mut(s) {
        *cell += 1;
    }
    if s == 4 {
        r.wsw_geboren.push(p.geboren);
    }
    if s == 1 && status.is_algemene_bijstand() && p.beschut == BeschutStap::Geen {
        r.beschut_screen += 1;
    }
    if aow_datum.is_some_and(|d| d <= peil.over_jaar) {
        if let Some(cell) = r.aow_binnen_jaar.get_mut(s) {
            *cell += 1;
        }
    }
    Ok(())
}

fn count_classificatie(r: &mut Rapport, c: Classificatie) {
    if let Classificatie::Uitkering { status, .. } = c {
        let i = match status {
            LegalStatus::Anw => 0,
            LegalStatus::Ioaw => 1,
            _ => 2,
        };
        if let Some(cell) = r.uitkering_per_status.get_mut(i) {
            *cell += 1;
        }
    }
    if let Classificatie::Bijstand {
        diagnose,
        perspectief,
        ..
    }
    | Classificatie::Uitkering {
        diagnose,
        perspectief,
        ..
    } = c
    {
        let i = match diagnose {
            Diagnose::Participatieladder(_) => 0,
            Diagnose::Zelfredzaamheidsmatrix(_) => 1,
            _ => 2,
        };
        let s = usize::from(perspectief.segment().number()) - 1;
        if let Some(cell) = r.per_instrument.get_mut(s).and_then(|row| row.get_mut(i)) {
            *cell += 1;
        }
    }
    if let Classificatie::ZonderBijstand { status, .. } = c {
        let i = match status {
            LegalStatus::Nug => 0,
            LegalStatus::Anw => 1,
            LegalStatus::Ioaw => 2,
            LegalStatus::Ioaz => 3,
            LegalStatus::Loonkostensubsidie => 4,
            _ => 5,
        };
        if let Some(cell) = r.nul_per_status.get_mut(i) {
            *cell += 1;
        }
    }
}

/// The normal full-time hours of comparable jobs: the caseload file has no such column, so the
/// example assumes 38 hours (a common cao working week) for every job.
const VOLTIJD_UREN: u8 = 38;

/// The monthly loonkostensubsidie of an LKS line on the peildatum, by the loonwaarde domain
/// (value path, no grounds): the line's loonwaarde, or the flat route when none was fixed yet.
fn lks_maand(p: &Persoon, peildatum: NaiveDate, params: &Parameters) -> Result<LksUitkomst, Error> {
    let uren = Hours::new(Decimal::from(p.uren.unwrap_or(VOLTIJD_UREN)))?;
    let voltijd = Hours::new(Decimal::from(VOLTIJD_UREN))?;
    let baan = Dienstbetrekking::builder()
        .geboortedatum(p.geboren)
        .begindatum(p.sinds)
        .uren_per_week(uren)
        .voltijd_uren(voltijd)
        .soort(Soort::Regulier)
        .build()?;
    let grondslag = match p.loonwaarde {
        Some(lw) => LksGrondslag::Loonwaarde(Percentage::new(Decimal::from(lw))?),
        None => LksGrondslag::Forfaitair,
    };
    lks_berekenen(&baan, grondslag, peildatum, params)
}
