//! The codes of the segment grounds and effects: stable wire names with their Dutch and English
//! templates.
//!
//! Every code here is stable: its wire name never changes once released. Templates are written
//! for a letter to a citizen; the law's own words where it has them ("ondersteuning bij
//! arbeidsinschakeling", Participatiewet art. 7 lid 1 a).

use crate::decision::{Code, Kind, Slot};

use super::diagnose::WERKPERSPECTIEF_LABELS;
use super::status::{LEGAL_STATUS_LABELS, SEGMENT_LABELS};
use super::toestand::REDEN_LABELS;

const DATUM: Slot = Slot::new("datum", Kind::Date);
const SEGMENT: Slot = Slot::new("segment", Kind::Label(&SEGMENT_LABELS));

/// Outcome: the person is placed in a segment.
pub(crate) static SEGMENT_INDELING: Code = Code::new(
    "doelgroep_segment_indeling",
    &[SEGMENT],
    "U bent ingedeeld in segment {segment}.",
    "You are placed in segment {segment}.",
);

/// Outcome: the person is placed in a segment from a date (a state of the machine).
pub(crate) static SEGMENT_VANAF: Code = Code::new(
    "doelgroep_segment_vanaf",
    &[SEGMENT, DATUM],
    "U bent met ingang van {datum} ingedeeld in segment {segment}.",
    "You are placed in segment {segment} from {datum}.",
);

/// Outcome: a bijstand client awaits a diagnosis and has no segment yet.
pub(crate) static GEEN_SEGMENT_DIAGNOSE: Code = Code::new(
    "doelgroep_geen_segment_diagnose",
    &[DATUM],
    "U bent met ingang van {datum} nog niet ingedeeld in een segment.",
    "From {datum} you are not yet placed in a segment.",
);

/// Outcome: the person is outside the segments.
pub(crate) static GEEN_SEGMENT: Code = Code::new(
    "doelgroep_geen_segment",
    &[DATUM],
    "U valt met ingang van {datum} niet in een segment.",
    "From {datum} you are in no segment.",
);

/// What changed: the event that put the person in this state.
pub(crate) static WIJZIGING: Code = Code::new(
    "doelgroep_wijziging",
    &[DATUM, Slot::new("reden", Kind::Label(&REDEN_LABELS))],
    "Op {datum} is uw situatie gewijzigd: {reden}.",
    "On {datum} your situation changed: {reden}.",
);

/// Legal status: algemene bijstand (Pw art. 11).
pub(crate) static ALGEMENE_BIJSTAND: Code = Code::new(
    "doelgroep_algemene_bijstand",
    &[DATUM],
    "U ontvangt algemene bijstand sinds {datum}.",
    "You receive algemene bijstand since {datum}.",
);

/// Legal status: algemene bijstand, no date known (classification from facts).
pub(crate) static ALGEMENE_BIJSTAND_NU: Code = Code::new(
    "doelgroep_algemene_bijstand_nu",
    &[],
    "U ontvangt algemene bijstand.",
    "You receive algemene bijstand.",
);

/// Legal status without algemene bijstand (Pw art. 6 lid 1 a, art. 7 lid 1 a, 10b, 10d).
pub(crate) static ZONDER_BIJSTAND: Code = Code::new(
    "doelgroep_zonder_bijstand",
    &[Slot::new("status", Kind::Label(&LEGAL_STATUS_LABELS))],
    "U ontvangt geen algemene bijstand: {status}. Het college ondersteunt u bij \
     arbeidsinschakeling.",
    "You receive no algemene bijstand: {status}. The college supports you toward work.",
);

/// Policy: segment 0 is support without algemene bijstand.
pub(crate) static SEGMENT_0_BELEID: Code = Code::new(
    "doelgroep_segment_0_beleid",
    &[],
    "Volgens het gemeentelijk beleid valt wie zonder algemene bijstand wordt ondersteund bij \
     arbeidsinschakeling in segment 0.",
    "Under the municipal policy, a person supported toward work without algemene bijstand is \
     in segment 0.",
);

/// Policy `geen_uitkering`: segment 0 is who receives no benefit, whatever the support.
pub(crate) static SEGMENT_0_GEEN_UITKERING: Code = Code::new(
    "doelgroep_segment_0_geen_uitkering",
    &[],
    "Volgens het gemeentelijk beleid valt wie geen uitkering ontvangt in segment 0, met welke \
     ondersteuning bij arbeidsinschakeling ook.",
    "Under the municipal policy, a person who receives no benefit is in segment 0, whatever the \
     support toward work.",
);

/// Policy `geen_uitkering`: a benefit other than bijstand (Anw, IOAW, IOAZ) is placed by the
/// diagnosis in segment 1, 2 or 3.
pub(crate) static UITKERING_BELEID: Code = Code::new(
    "doelgroep_uitkering_beleid",
    &[],
    "Volgens het gemeentelijk beleid valt wie een uitkering ontvangt niet in segment 0; de \
     diagnose van uw mogelijkheden tot werk bepaalt of u in segment 1, 2 of 3 valt.",
    "Under the municipal policy, a person who receives a benefit is not in segment 0; the \
     diagnosis of your work potential places you in segment 1, 2 or 3.",
);

/// Legal status: a Wsw dienstbetrekking from before 2015 (Wsw art. 1).
pub(crate) static WSW_DIENSTBETREKKING: Code = Code::new(
    "doelgroep_wsw_dienstbetrekking",
    &[DATUM],
    "U werkt sinds {datum} in een dienstbetrekking op grond van de Wet sociale \
     werkvoorziening.",
    "You work in a dienstbetrekking under the Wsw since {datum}.",
);

/// The closure of the Wsw (Invoeringswet Participatiewet): only a dienstbetrekking begun
/// before 2015-01-01 keeps the person a Wsw employee.
pub(crate) static WSW_GESLOTEN: Code = Code::new(
    "doelgroep_wsw_gesloten",
    &[DATUM],
    "Sinds {datum} kan niemand meer in een Wsw-dienstbetrekking instromen; wie daarvoor al in \
     zo'n dienstbetrekking werkte, blijft onder de Wsw vallen.",
    "Since {datum} nobody can start a Wsw dienstbetrekking; a person who worked in one before \
     then remains under the Wsw.",
);

/// Policy: segment 4 is the Wsw population.
pub(crate) static SEGMENT_4_BELEID: Code = Code::new(
    "doelgroep_segment_4_beleid",
    &[],
    "Volgens het gemeentelijk beleid vormen werknemers met een Wsw-dienstbetrekking segment 4.",
    "Under the municipal policy, employees in a Wsw dienstbetrekking form segment 4.",
);

/// Policy: the participatieladder rung and the municipal thresholds.
pub(crate) static PARTICIPATIELADDER: Code = Code::new(
    "doelgroep_participatieladder",
    &[
        Slot::new("trede", Kind::Count),
        Slot::new("segment_2_vanaf", Kind::Count),
        Slot::new("segment_3_vanaf", Kind::Count),
    ],
    "Op de participatieladder staat u op trede {trede}. Volgens het gemeentelijk beleid hoort \
     trede {segment_2_vanaf} of hoger bij segment 2 en trede {segment_3_vanaf} of hoger bij \
     segment 3.",
    "On the participatieladder you are on rung {trede}. Under the municipal policy, rung \
     {segment_2_vanaf} or higher gives segment 2 and rung {segment_3_vanaf} or higher segment 3.",
);

/// Policy: the Zelfredzaamheid-Matrix scores and the municipal thresholds.
pub(crate) static ZELFREDZAAMHEIDSMATRIX: Code = Code::new(
    "doelgroep_zelfredzaamheidsmatrix",
    &[
        Slot::new("probleemdomeinen", Kind::Count),
        Slot::new("probleem_tot_en_met", Kind::Count),
        Slot::new("laagste", Kind::Count),
        Slot::new("segment_1_vanaf", Kind::Count),
        Slot::new("segment_3_vanaf", Kind::Count),
    ],
    "Op de Zelfredzaamheid-Matrix scoort u op {probleemdomeinen} van de 13 levensdomeinen \
     {probleem_tot_en_met} of lager; uw laagste score is {laagste}. Volgens het gemeentelijk \
     beleid geven {segment_1_vanaf} of meer van zulke domeinen segment 1, en een laagste score \
     van {segment_3_vanaf} of hoger segment 3.",
    "On the Zelfredzaamheid-Matrix you score {probleem_tot_en_met} or lower on \
     {probleemdomeinen} of the 13 life domains; your lowest score is {laagste}. Under the \
     municipal policy, {segment_1_vanaf} or more such domains give segment 1, and a lowest \
     score of {segment_3_vanaf} or higher segment 3.",
);

/// Policy: the caseworker's judgement after a methodical diagnosis.
pub(crate) static OORDEEL: Code = Code::new(
    "doelgroep_oordeel",
    &[],
    "Uw klantmanager heeft uw mogelijkheden tot werk methodisch vastgesteld.",
    "Your caseworker established your work potential after a methodical diagnosis.",
);

/// Policy: the perspective on work the diagnosis establishes, and so the segment.
pub(crate) static WERKPERSPECTIEF: Code = Code::new(
    "doelgroep_werkperspectief",
    &[
        Slot::new("perspectief", Kind::Label(&WERKPERSPECTIEF_LABELS)),
        SEGMENT,
    ],
    "Daarmee hebt u {perspectief}; dat is segment {segment}.",
    "So you have {perspectief}: segment {segment}.",
);

/// Policy: a bijstand client has no diagnosis yet.
pub(crate) static DIAGNOSE_ONTBREEKT: Code = Code::new(
    "doelgroep_diagnose_ontbreekt",
    &[],
    "Voor de indeling in segment 1, 2 of 3 is een diagnose van uw mogelijkheden tot werk nodig; \
     die is nog niet gesteld.",
    "A diagnosis of your work potential is needed to place you in segment 1, 2 or 3; none has \
     been made yet.",
);

/// Law: the obligations toward work end at AOW age (Pw art. 9 lid 1).
pub(crate) static AOW_LEEFTIJD: Code = Code::new(
    "doelgroep_aow_leeftijd",
    &[DATUM],
    "U hebt op {datum} de pensioengerechtigde leeftijd bereikt; de ondersteuning bij \
     arbeidsinschakeling geldt tot die leeftijd.",
    "You reached the pension age on {datum}; support toward work applies up to that age.",
);

/// Law: no support toward work by the college (Pw art. 7 lid 1 a).
pub(crate) static GEEN_ONDERSTEUNING: Code = Code::new(
    "doelgroep_geen_ondersteuning",
    &[DATUM],
    "U ontvangt sinds {datum} geen ondersteuning bij arbeidsinschakeling van het college.",
    "Since {datum} you receive no support toward work from the college.",
);

/// Effect: a diagnosis is needed from this date (policy).
pub(crate) static DIAGNOSE_NODIG: Code = Code::new(
    "doelgroep_diagnose_nodig",
    &[DATUM],
    "Vanaf {datum} is een diagnose van de mogelijkheden tot werk nodig om de cliënt in segment \
     1, 2 of 3 in te delen.",
    "From {datum} a diagnosis of work potential is needed to place the client in segment 1, 2 \
     or 3.",
);

/// Effect: the diagnosis is to be re-measured by this date (policy).
pub(crate) static HERDIAGNOSE: Code = Code::new(
    "doelgroep_herdiagnose",
    &[DATUM],
    "De diagnose van de mogelijkheden tot werk wordt uiterlijk op {datum} opnieuw gesteld.",
    "The diagnosis of work potential is to be made again by {datum}.",
);

/// Effect: the segment changed on this date.
/// Effect: a banenafspraak job recorded in the segment state (Wfsv art. 38b, 38d).
pub(crate) static BANENAFSPRAAK_GEPLAATST: Code = Code::new(
    "doelgroep_banenafspraak_geplaatst",
    &[DATUM],
    "De cliënt werkt vanaf {datum} in een baan die meetelt voor de banenafspraak; het segment \
     blijft ongewijzigd.",
    "From {datum} the client works in a job that counts for the banenafspraak; the segment is \
     unchanged.",
);

pub(crate) static SEGMENT_GEWIJZIGD: Code = Code::new(
    "doelgroep_segment_gewijzigd",
    &[DATUM],
    "Het segment van de cliënt is gewijzigd op {datum}.",
    "The client's segment changed on {datum}.",
);

/// Outcome: IOW follows the WW.
pub(crate) static VERVOLG_IOW: Code = Code::new(
    "doelgroep_vervolg_iow",
    &[DATUM],
    "Na uw WW-uitkering hebt u vanaf {datum} recht op een IOW-uitkering.",
    "After your WW benefit you are entitled to IOW from {datum}.",
);
/// Outcome: algemene bijstand may follow the WW.
pub(crate) static VERVOLG_BIJSTAND: Code = Code::new(
    "doelgroep_vervolg_bijstand",
    &[DATUM],
    "Vanaf {datum} ontvangt u geen WW-uitkering meer; u kunt algemene bijstand aanvragen.",
    "From {datum} you receive no WW benefit; you may apply for algemene bijstand.",
);
/// Outcome: the WW ends at AOW age.
pub(crate) static VERVOLG_AOW: Code = Code::new(
    "doelgroep_vervolg_aow",
    &[DATUM],
    "Uw WW-uitkering eindigt op {datum}, de dag waarop u de AOW-leeftijd bereikt.",
    "Your WW benefit ends on {datum}, the day you reach AOW age.",
);

/// Every code of the domain.
pub(crate) const CODES: &[&Code] = &[
    &SEGMENT_INDELING,
    &SEGMENT_VANAF,
    &GEEN_SEGMENT_DIAGNOSE,
    &GEEN_SEGMENT,
    &WIJZIGING,
    &ALGEMENE_BIJSTAND,
    &ALGEMENE_BIJSTAND_NU,
    &ZONDER_BIJSTAND,
    &SEGMENT_0_BELEID,
    &SEGMENT_0_GEEN_UITKERING,
    &UITKERING_BELEID,
    &WSW_DIENSTBETREKKING,
    &WSW_GESLOTEN,
    &SEGMENT_4_BELEID,
    &PARTICIPATIELADDER,
    &ZELFREDZAAMHEIDSMATRIX,
    &OORDEEL,
    &WERKPERSPECTIEF,
    &DIAGNOSE_ONTBREEKT,
    &AOW_LEEFTIJD,
    &GEEN_ONDERSTEUNING,
    &DIAGNOSE_NODIG,
    &HERDIAGNOSE,
    &SEGMENT_GEWIJZIGD,
    &BANENAFSPRAAK_GEPLAATST,
    &VERVOLG_IOW,
    &VERVOLG_BIJSTAND,
    &VERVOLG_AOW,
];
