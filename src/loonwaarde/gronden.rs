//! The codes of the loonwaarde domain's grounds and effects. Every code is stable: its wire
//! name never changes (a stored decision or effect names it).

use crate::decision::{Code, Kind, Slot};

const BEDRAG: Slot = Slot::new("bedrag", Kind::Money);
const DATUM: Slot = Slot::new("datum", Kind::Date);
const RIJ: Slot = Slot::new("rij", Kind::Row);

// --- The subsidy (Participatiewet art. 10d) -------------------------------------------------

/// Outcome: the monthly subsidy.
pub(crate) static LKS_TOEGEKEND: Code = Code::new(
    "lks_toegekend",
    &[BEDRAG],
    "De loonkostensubsidie bedraagt {bedrag} per maand.",
    "The wage-cost subsidy is {bedrag} a month.",
);
/// Outcome: no subsidy.
pub(crate) static LKS_GEWEIGERD: Code = Code::new(
    "lks_geweigerd",
    &[],
    "Er wordt geen loonkostensubsidie verstrekt.",
    "No wage-cost subsidy is granted.",
);
/// The employee's minimum wage (WMM art. 8) on the reference date.
pub(crate) static LKS_MINIMUMLOON: Code = Code::new(
    "lks_minimumloon",
    &[
        Slot::new("minimumloon", Kind::Money),
        DATUM,
        Slot::new("rij", Kind::Row),
    ],
    "Het wettelijk minimumloon van de werknemer is {minimumloon} per maand, zoals dat geldt op \
     {datum}.",
    "The employee's statutory minimum wage is {minimumloon} a month, as in force on {datum}.",
);
/// The 1 January re-indexation (art. 10d lid 7).
pub(crate) static LKS_HERIJKING: Code = Code::new(
    "lks_herijking",
    &[DATUM],
    "De loonkostensubsidie wordt per 1 januari opnieuw vastgesteld met de ontwikkeling van het \
     minimumloon; tot dan geldt het minimumloon zoals dat gold op {datum}.",
    "The subsidy is re-fixed every 1 January with the development of the minimum wage; until \
     then the minimum wage as in force on {datum} applies.",
);
/// The basis: minimum wage plus holiday allowance (art. 10d lid 4, WMM art. 15).
pub(crate) static LKS_GRONDSLAG: Code = Code::new(
    "lks_grondslag",
    &[Slot::new("basis", Kind::Money)],
    "Het totale bedrag van het wettelijk minimumloon en de aanspraak op vakantiebijslag van \
     8 procent is {basis} per maand.",
    "The minimum wage plus the 8% holiday allowance is {basis} a month.",
);
/// The gap between the basis and the loonwaarde (art. 10d lid 4).
pub(crate) static LKS_LOONWAARDE: Code = Code::new(
    "lks_loonwaarde",
    &[
        Slot::new("loonwaarde", Kind::Percentage),
        Slot::new("verschil", Kind::Money),
    ],
    "De loonwaarde van de werknemer is {loonwaarde}. Het verschil tussen dat totale bedrag en \
     de loonwaarde is {verschil} per maand.",
    "The employee's loonwaarde is {loonwaarde}. The difference between that amount and the \
     loonwaarde is {verschil} a month.",
);
/// The 70% cap (art. 10d lid 4).
pub(crate) static LKS_MAXIMUM: Code = Code::new(
    "lks_maximum",
    &[Slot::new("maximum", Kind::Money)],
    "De loonkostensubsidie is ten hoogste 70 procent van het totale bedrag van het minimumloon \
     en de vakantiebijslag: {maximum} per maand.",
    "The subsidy is at most 70% of the minimum wage plus holiday allowance: {maximum} a month.",
);
/// The flat route: 50% for the first six months (art. 10d lid 5).
pub(crate) static LKS_FORFAITAIR: Code = Code::new(
    "lks_forfaitair",
    &[DATUM, Slot::new("loonkosten", Kind::Money)],
    "De loonwaarde is nog niet vastgesteld. Tot {datum}, in de eerste zes maanden van de \
     dienstbetrekking, bedraagt de loonkostensubsidie 50 procent van dat totale bedrag: \
     {loonkosten} per maand.",
    "No loonwaarde has been fixed yet. Until {datum}, the first six months of the job, the \
     subsidy is 50% of that amount: {loonkosten} a month.",
);
/// The werkgeverslasten allowance (Regeling loonkostensubsidie art. 1).
pub(crate) static LKS_WERKGEVERSLASTEN: Code = Code::new(
    "lks_werkgeverslasten",
    &[
        Slot::new("percentage", Kind::Percentage),
        Slot::new("voltijd", Kind::Money),
        RIJ,
    ],
    "Dit wordt vermeerderd met een vergoeding voor werkgeverslasten van {percentage} van de \
     loonkosten waarover loonkostensubsidie wordt verstrekt: {voltijd} per maand bij een \
     volledige werkweek.",
    "Plus an allowance for employer's costs of {percentage} of the subsidised wage costs: \
     {voltijd} a month for a full working week.",
);
/// The hours factor from 2024: pro rata against 36 hours (art. 10d lid 4).
pub(crate) static LKS_UREN_36: Code = Code::new(
    "lks_uren_36",
    &[Slot::new("uren", Kind::Hours), BEDRAG],
    "De werknemer werkt {uren} uur per week, ten hoogste de normale arbeidsduur. De \
     loonkostensubsidie wordt naar evenredigheid van 36 uur per week verminderd of verhoogd: \
     {bedrag} per maand.",
    "The employee works {uren} hours a week, at most the normal working hours. The subsidy is \
     reduced or increased pro rata against 36 hours a week: {bedrag} a month.",
);
/// The hours factor before 2024: pro rata against the normal working hours (art. 10d lid 4).
pub(crate) static LKS_UREN_NORMAAL: Code = Code::new(
    "lks_uren_normaal",
    &[
        Slot::new("uren", Kind::Hours),
        Slot::new("voltijd_uren", Kind::Hours),
        BEDRAG,
    ],
    "De werknemer werkt {uren} uur per week bij een normale arbeidsduur van {voltijd_uren} uur. \
     Bij minder uren wordt de loonkostensubsidie naar evenredigheid verminderd: {bedrag} per \
     maand.",
    "The employee works {uren} hours a week against normal working hours of {voltijd_uren}. \
     With fewer hours the subsidy is reduced pro rata: {bedrag} a month.",
);
/// Refusal: a Wsw job (art. 10d lid 3).
pub(crate) static LKS_WSW: Code = Code::refusal(
    "lks_wsw",
    &[],
    "Voor een dienstbetrekking als bedoeld in de Wet sociale werkvoorziening wordt geen \
     loonkostensubsidie verstrekt.",
    "No wage-cost subsidy is granted for a job under the Wet sociale werkvoorziening.",
);
/// Refusal: a loonwaarde of 100% (art. 10d lid 4).
pub(crate) static LKS_LOONWAARDE_VOL: Code = Code::refusal(
    "lks_loonwaarde_vol",
    &[],
    "De loonwaarde is 100 procent: er is geen verschil met het minimumloon en de \
     vakantiebijslag.",
    "The loonwaarde is 100%: there is no difference with the minimum wage and holiday allowance.",
);
/// Refusal: the flat route's six months are over (art. 10d lid 5).
pub(crate) static LKS_FORFAITAIR_VERSTREKEN: Code = Code::refusal(
    "lks_forfaitair_verstreken",
    &[DATUM],
    "De loonkostensubsidie zonder vastgestelde loonwaarde geldt ten hoogste de eerste zes \
     maanden van de dienstbetrekking, tot {datum}. Daarna is een vastgestelde loonwaarde nodig.",
    "The subsidy without a fixed loonwaarde covers at most the first six months of the job, \
     until {datum}. After that a fixed loonwaarde is needed.",
);
/// Refusal: the flat route before it existed (art. 10d lid 5, from 2017-02-01).
pub(crate) static LKS_FORFAITAIR_VOOR_2017: Code = Code::refusal(
    "lks_forfaitair_voor_2017",
    &[DATUM],
    "De loonkostensubsidie zonder vastgestelde loonwaarde bestaat voor dienstbetrekkingen die \
     op of na 1 februari 2017 zijn begonnen; deze dienstbetrekking begon op {datum}.",
    "The subsidy without a fixed loonwaarde exists for jobs that started on or after \
     2017-02-01; this job started on {datum}.",
);

// --- The uniform method (Besluit loonkostensubsidie Participatiewet 2021) --------------------

/// Outcome: the loonwaarde.
pub(crate) static LOONWAARDE_UITKOMST: Code = Code::new(
    "loonwaarde_uitkomst",
    &[Slot::new("loonwaarde", Kind::Percentage)],
    "De loonwaarde is {loonwaarde}.",
    "The loonwaarde is {loonwaarde}.",
);
/// The measurement at the workplace (Regeling 2021 art. 2).
pub(crate) static LOONWAARDE_METING: Code = Code::new(
    "loonwaarde_meting",
    &[DATUM, Slot::new("taken", Kind::Count)],
    "De loonwaarde is op {datum} op de werkplek bepaald aan de hand van {taken} hoofdtaken, \
     vergeleken met de normfunctie.",
    "The loonwaarde was determined at the workplace on {datum} from {taken} main tasks, \
     against the norm function.",
);
/// One hoofdtaak's contribution (Besluit 2021 art. 1; the product of the factors).
pub(crate) static LOONWAARDE_HOOFDTAAK: Code = Code::new(
    "loonwaarde_hoofdtaak",
    &[
        Slot::new("nummer", Kind::Count),
        Slot::new("aandeel", Kind::Number),
        Slot::new("tempo", Kind::Number),
        Slot::new("kwaliteit", Kind::Percentage),
        Slot::new("netto_werktijd", Kind::Percentage),
        Slot::new("bijdrage", Kind::Number),
    ],
    "Hoofdtaak {nummer} ({aandeel}% van de werktijd): tempo {tempo}%, kwaliteit {kwaliteit}, \
     netto werktijd {netto_werktijd}; bijdrage aan de loonwaarde {bijdrage}%.",
    "Main task {nummer} ({aandeel}% of working time): tempo {tempo}%, quality {kwaliteit}, net \
     working time {netto_werktijd}; contribution to the loonwaarde {bijdrage}%.",
);
/// The sum, rounded to whole percents.
pub(crate) static LOONWAARDE_AFRONDING: Code = Code::new(
    "loonwaarde_afronding",
    &[
        Slot::new("totaal", Kind::Number),
        Slot::new("loonwaarde", Kind::Percentage),
    ],
    "De som van de bijdragen is {totaal}%, rekenkundig afgerond op hele procenten {loonwaarde}.",
    "The contributions add up to {totaal}%, rounded to whole percents {loonwaarde}.",
);

// --- The doelgroep (Participatiewet art. 6 lid 1 e, art. 10c) --------------------------------

/// Outcome: the person belongs to the doelgroep.
pub(crate) static LKS_DOELGROEP_BEHOORT: Code = Code::new(
    "lks_doelgroep_behoort",
    &[DATUM],
    "U behoort tot de doelgroep loonkostensubsidie (aanvraag van {datum}).",
    "You belong to the doelgroep loonkostensubsidie (application of {datum}).",
);
/// Outcome: the person does not belong to the doelgroep.
pub(crate) static LKS_DOELGROEP_NIET: Code = Code::new(
    "lks_doelgroep_niet",
    &[DATUM],
    "U behoort niet tot de doelgroep loonkostensubsidie (aanvraag van {datum}).",
    "You do not belong to the doelgroep loonkostensubsidie (application of {datum}).",
);
/// The possibilities for work (Besluit 2014 art. 1 lid 1).
pub(crate) static LKS_DOELGROEP_MOGELIJKHEDEN: Code = Code::new(
    "lks_doelgroep_mogelijkheden",
    &[Slot::new("uren", Kind::Hours)],
    "U kunt een taak uitvoeren in een arbeidsorganisatie, beschikt over basale \
     werknemersvaardigheden, kunt ten minste een uur aaneengesloten werken en bent {uren} uur per \
     dag belastbaar.",
    "You can do a task in a work organisation, have basic employee skills, can work one hour at \
     a stretch and can work {uren} hours a day.",
);
/// Cannot earn the minimum wage (art. 6 lid 1 e).
pub(crate) static LKS_DOELGROEP_GEEN_WML: Code = Code::new(
    "lks_doelgroep_geen_wml",
    &[],
    "U bent niet in staat met voltijdse arbeid het wettelijk minimumloon te verdienen.",
    "You cannot earn the statutory minimum wage with full-time work.",
);
/// Supported by the college (art. 10c lid 1, art. 7 lid 1 a).
pub(crate) static LKS_DOELGROEP_ONDERSTEUND: Code = Code::new(
    "lks_doelgroep_ondersteund",
    &[],
    "U wordt door het college ondersteund bij arbeidsinschakeling.",
    "The college supports you towards work.",
);
/// Refusal: one application per twelve months (art. 10c lid 2).
pub(crate) static LKS_DOELGROEP_TERMIJN: Code = Code::refusal(
    "lks_doelgroep_termijn",
    &[Slot::new("vorige", Kind::Date), DATUM],
    "U kunt ten hoogste eenmaal per twaalf maanden een aanvraag doen: uw vorige aanvraag was op \
     {vorige}, een nieuwe aanvraag is mogelijk vanaf {datum}.",
    "An application can be made once per twelve months: the previous one was on {vorige}, the \
     next is possible from {datum}.",
);
/// Refusal: not supported by the college (art. 10c lid 1).
pub(crate) static LKS_DOELGROEP_NIET_ONDERSTEUND: Code = Code::refusal(
    "lks_doelgroep_niet_ondersteund",
    &[],
    "U wordt niet door het college ondersteund bij arbeidsinschakeling.",
    "The college does not support you towards work.",
);
/// Refusal: a criterion of Besluit 2014 art. 1 lid 1 a–c is not met.
pub(crate) static LKS_DOELGROEP_CRITERIUM: Code = Code::refusal(
    "lks_doelgroep_criterium",
    &[Slot::new(
        "criterium",
        Kind::Label(super::doelgroep::CRITERIA),
    )],
    "U voldoet niet aan deze voorwaarde: {criterium}.",
    "You do not meet this condition: {criterium}.",
);
/// Refusal: not enough hours a day (Besluit 2014 art. 1 lid 1 d).
pub(crate) static LKS_DOELGROEP_BELASTBAARHEID: Code = Code::refusal(
    "lks_doelgroep_belastbaarheid",
    &[Slot::new("uren", Kind::Hours)],
    "U bent {uren} uur per dag belastbaar; nodig is ten minste vier uur, of ten minste twee uur \
     als u per uur ten minste het minimumloon per uur verdient.",
    "You can work {uren} hours a day; needed are four, or two while earning the hourly minimum \
     wage.",
);
/// Refusal: can earn the minimum wage (art. 6 lid 1 e).
pub(crate) static LKS_DOELGROEP_KAN_WML: Code = Code::refusal(
    "lks_doelgroep_kan_wml",
    &[],
    "U bent in staat met voltijdse arbeid het wettelijk minimumloon te verdienen.",
    "You can earn the statutory minimum wage with full-time work.",
);

// --- Effects of the determination life cycle ------------------------------------------------

/// The LKS decision is due (art. 10d lid 12).
pub(crate) static LKS_BESCHIKKING_UITERLIJK: Code = Code::new(
    "lks_beschikking_uiterlijk",
    &[DATUM],
    "Het college beslist uiterlijk op {datum} over de loonkostensubsidie.",
    "The college decides on the subsidy by {datum}.",
);
/// The flat route ends (art. 10d lid 5).
pub(crate) static LKS_FORFAITAIR_EINDE: Code = Code::new(
    "lks_forfaitair_einde",
    &[DATUM],
    "Op {datum} eindigt de loonkostensubsidie zonder vastgestelde loonwaarde; de loonwaarde \
     moet dan zijn vastgesteld.",
    "On {datum} the subsidy without a fixed loonwaarde ends; the loonwaarde must be fixed by \
     then.",
);
/// The agreed re-determination (art. 10d lid 6).
pub(crate) static LOONWAARDE_HERBEPALING: Code = Code::new(
    "loonwaarde_herbepaling",
    &[DATUM],
    "De loonwaarde wordt op {datum} opnieuw bepaald, zoals het college heeft afgesproken.",
    "The loonwaarde is re-determined on {datum}, as the college agreed.",
);
/// The yearly re-determination before 2017-02-01.
pub(crate) static LOONWAARDE_HERBEPALING_JAARLIJKS: Code = Code::new(
    "loonwaarde_herbepaling_jaarlijks",
    &[DATUM],
    "De loonwaarde wordt jaarlijks opnieuw bepaald, uiterlijk op {datum}.",
    "The loonwaarde is re-determined every year, by {datum}.",
);

/// Every code of the domain.
pub(crate) const ALL: &[&Code] = &[
    &LKS_TOEGEKEND,
    &LKS_GEWEIGERD,
    &LKS_MINIMUMLOON,
    &LKS_HERIJKING,
    &LKS_GRONDSLAG,
    &LKS_LOONWAARDE,
    &LKS_MAXIMUM,
    &LKS_FORFAITAIR,
    &LKS_WERKGEVERSLASTEN,
    &LKS_UREN_36,
    &LKS_UREN_NORMAAL,
    &LKS_WSW,
    &LKS_LOONWAARDE_VOL,
    &LKS_FORFAITAIR_VERSTREKEN,
    &LKS_FORFAITAIR_VOOR_2017,
    &LOONWAARDE_UITKOMST,
    &LOONWAARDE_METING,
    &LOONWAARDE_HOOFDTAAK,
    &LOONWAARDE_AFRONDING,
    &LKS_DOELGROEP_BEHOORT,
    &LKS_DOELGROEP_NIET,
    &LKS_DOELGROEP_MOGELIJKHEDEN,
    &LKS_DOELGROEP_GEEN_WML,
    &LKS_DOELGROEP_ONDERSTEUND,
    &LKS_DOELGROEP_TERMIJN,
    &LKS_DOELGROEP_NIET_ONDERSTEUND,
    &LKS_DOELGROEP_CRITERIUM,
    &LKS_DOELGROEP_BELASTBAARHEID,
    &LKS_DOELGROEP_KAN_WML,
    &LKS_BESCHIKKING_UITERLIJK,
    &LKS_FORFAITAIR_EINDE,
    &LOONWAARDE_HERBEPALING,
    &LOONWAARDE_HERBEPALING_JAARLIJKS,
];
