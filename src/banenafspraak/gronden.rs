//! The codes (`gronden`: grounds) of the banenafspraak: every ground this domain states, with
//! its Dutch and English template, and the citations they rest on.
//!
//! Codes are stable wire names: they never change once released. The Dutch templates speak to
//! the person or the employer in the words of Wfsv art. 38b where it has them.

use crate::citation::{Citation, Regulation};
use crate::decision::{Code, Kind, Label, Slot};

use super::feiten::{INDICATIES, VOORMALIG};
use super::grond::GRONDEN;

const WFSV: Regulation = Regulation::Wfsv;

pub(super) const ART_38B: &Citation = &Citation::article(WFSV, "38b");
pub(super) const ART_38B_LID_1: &Citation = &Citation::article(WFSV, "38b").lid(1);
pub(super) const ART_38B_LID_1_A: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("a");
pub(super) const ART_38B_LID_1_B: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("b");
pub(super) const ART_38B_LID_1_C: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("c");
pub(super) const ART_38B_LID_1_D: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("d");
pub(super) const ART_38B_LID_1_E: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("e");
pub(super) const ART_38B_LID_1_F: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("f");
pub(super) const ART_38B_LID_1_G: &Citation = &Citation::article(WFSV, "38b").lid(1).onderdeel("g");
pub(super) const ART_38B_LID_2: &Citation = &Citation::article(WFSV, "38b").lid(2);
pub(super) const ART_38B_LID_4: &Citation = &Citation::article(WFSV, "38b").lid(4);
pub(super) const ART_38B_LID_6: &Citation = &Citation::article(WFSV, "38b").lid(6);
pub(super) const ART_38F_LID_2: &Citation = &Citation::article(WFSV, "38f").lid(2);
/// The national targets: Wfsv art. 122n lid 2 onderdeel a, set in Regeling Wfsv art. 3.29.
pub(super) const ART_122N_LID_2_A: &Citation =
    &Citation::article(WFSV, "122n").lid(2).onderdeel("a");

const DATUM: &[Slot] = &[Slot::new("datum", Kind::Date)];

use crate::decision::code;

// ----- the register: outcomes ---------------------------------------------------------------

code!(
    ARBEIDSBEPERKTE,
    "banenafspraak_arbeidsbeperkte",
    &[
        Slot::new("datum", Kind::Date),
        Slot::new("grond", Kind::Label(&GRONDEN))
    ],
    "U behoort op {datum} tot de doelgroep banenafspraak (arbeidsbeperkte) op grond van: {grond}.",
    "On {datum} you belong to the banenafspraak target group (arbeidsbeperkte) on the ground: \
     {grond}."
);
code!(
    refusal GEEN_ARBEIDSBEPERKTE,
    "banenafspraak_geen_arbeidsbeperkte",
    DATUM,
    "U behoort op {datum} niet tot de doelgroep banenafspraak.",
    "On {datum} you do not belong to the banenafspraak target group."
);

// ----- the register: the grounds of lid 1, 2 and 6 --------------------------------------

code!(
    TOEGELEID,
    "banenafspraak_toegeleid",
    &[],
    "U wordt met ondersteuning van het college op grond van artikel 7, eerste lid, onderdeel a, \
     van de Participatiewet naar een dienstbetrekking toegeleid.",
    "The college supports you towards a dienstbetrekking under Participatiewet art. 7 lid 1 a."
);
code!(
    LOONKOSTENSUBSIDIE,
    "banenafspraak_loonkostensubsidie",
    &[],
    "Voor u wordt loonkostensubsidie verstrekt op grond van artikel 10d, tweede lid, van de \
     Participatiewet.",
    "Loonkostensubsidie is paid for you under Participatiewet art. 10d lid 2."
);
code!(
    MINIMUMLOON_UWV_COLLEGE,
    "banenafspraak_minimumloon_uwv_college",
    &[],
    "Het UWV heeft op verzoek van het college vastgesteld dat u niet in staat bent het \
     wettelijk minimumloon te verdienen.",
    "At the college's request UWV found that you cannot earn the statutory minimum wage."
);
code!(
    LOONWAARDE_COLLEGE,
    "banenafspraak_loonwaarde_college",
    &[],
    "Het college heeft een loonwaarde vastgesteld die bij voltijdse arbeid minder bedraagt dan \
     het wettelijk minimumloon.",
    "The college set a loonwaarde that at full time is below the statutory minimum wage."
);
code!(
    MINIMUMLOON_UWV_EIGEN,
    "banenafspraak_minimumloon_uwv_eigen_verzoek",
    &[],
    "Het UWV heeft op uw eigen verzoek vastgesteld dat u niet in staat bent het wettelijk \
     minimumloon te verdienen.",
    "At your own request UWV found that you cannot earn the statutory minimum wage."
);
code!(
    WSW,
    "banenafspraak_wsw_indicatie",
    &[],
    "U bent geïndiceerd als bedoeld in de Wet sociale werkvoorziening, of u hebt een nog \
     geldende indicatiebeschikking.",
    "You have an indication under the Wet sociale werkvoorziening, or one still valid."
);
code!(
    WAJONG,
    "banenafspraak_wajong",
    &[],
    "U hebt recht op arbeidsondersteuning of een arbeidsongeschiktheidsuitkering op grond van \
     de Wajong.",
    "You have a right to arbeidsondersteuning or a benefit under the Wajong."
);
code!(
    WAJONG_IN_DIENSTBETREKKING,
    "banenafspraak_wajong_in_dienstbetrekking",
    &[],
    "U hebt recht op grond van de Wajong en duurzaam geen mogelijkheden tot \
     arbeidsparticipatie, maar u verricht arbeid in een dienstbetrekking; daarom telt u mee.",
    "You have a Wajong right and durably no capacity for work, but you work in a \
     dienstbetrekking; so you count."
);
code!(
    INDICATIE,
    "banenafspraak_indicatie",
    &[Slot::new("indicatie", Kind::Label(&INDICATIES))],
    "U voldoet aan een bij algemene maatregel van bestuur vastgestelde indicatie ({indicatie}).",
    "You meet an indication set by order in council ({indicatie})."
);
code!(
    VOORMALIG_CODE,
    "banenafspraak_voormalig",
    &[Slot::new("voormalig", Kind::Label(&VOORMALIG))],
    "U was op of na 1 januari 2013 {voormalig} en was dat op 1 mei 2015 niet langer.",
    "On or after 1 January 2013 you were {voormalig}, and on 1 May 2015 no longer."
);
code!(
    WIA_EXPERIMENT,
    "banenafspraak_wia_experiment",
    &[],
    "U hebt recht op een arbeidsongeschiktheidsuitkering op grond van hoofdstuk 6 van de Wet \
     WIA en voor u is bij wijze van experiment het instrument van de artikelen 2:20 en 3:63 van \
     de Wajong ingezet.",
    "You have a WIA benefit (chapter 6) and the instrument of Wajong art. 2:20 and 3:63 was \
     used for you by way of experiment."
);
code!(
    JONGGEHANDICAPT,
    "banenafspraak_jonggehandicapt",
    &[],
    "Het UWV oordeelt dat u wegens ziekte of gebrek, ontstaan voordat u 18 jaar werd of in de \
     tijd dat u studeerde, een belemmering ondervindt in het verrichten van arbeid in \
     dienstbetrekking, en dat u zonder voorziening niet in staat bent het wettelijk \
     minimumloon te verdienen.",
    "UWV judges that through illness or disability arising before 18 or while studying you are \
     hindered in working in a dienstbetrekking and cannot earn the minimum wage without a \
     provision."
);
code!(
    BLIJFT_OPGENOMEN,
    "banenafspraak_blijft_opgenomen",
    DATUM,
    "U voldoet niet langer aan de voorwaarden, maar uw opname in het doelgroepregister van \
     {datum} is nog niet geëindigd.",
    "You no longer meet the conditions, but your entry in the register of {datum} has not \
     ended."
);

// ----- the register: exclusions and refusals ---------------------------------------------

code!(
    refusal BESCHUT_WERK,
    "banenafspraak_beschut_werk",
    DATUM,
    "Het college heeft op {datum} vastgesteld dat u uitsluitend in een beschutte omgeving \
     onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt; daarom bent u \
     geen arbeidsbeperkte in de zin van dit artikel.",
    "On {datum} the college determined that you can work only in a sheltered environment under \
     adapted circumstances; so you are not an arbeidsbeperkte in the sense of this article."
);
code!(
    BESCHUT_WERK_LID_2,
    "banenafspraak_beschut_werk_lid_2",
    DATUM,
    "Het college heeft op {datum} beschut werk vastgesteld; die uitsluiting staat in het eerste \
     lid, niet in het tweede lid.",
    "On {datum} the college determined beschut werk; that exclusion is in lid 1, not in lid 2."
);
code!(
    refusal BESCHUT_WERK_DIENSTBETREKKING,
    "banenafspraak_beschut_werk_dienstbetrekking",
    DATUM,
    "U verricht sinds {datum} arbeid in een dienstbetrekking beschut werk; daarom valt u niet \
     onder onderdeel a.",
    "Since {datum} you work in a beschut-werk dienstbetrekking; so onderdeel a does not apply."
);
code!(
    refusal WAJONG_DUURZAAM,
    "banenafspraak_wajong_duurzaam_geen_mogelijkheden",
    &[],
    "U hebt recht op grond van de Wajong, maar u hebt duurzaam geen mogelijkheden tot \
     arbeidsparticipatie.",
    "You have a Wajong right, but durably no capacity for work."
);
code!(
    refusal VOORMALIG_UITGEZONDERD,
    "banenafspraak_voormalig_uitgezonderd",
    &[],
    "U was Wajong-gerechtigd, maar u hebt nu duurzaam geen mogelijkheden tot \
     arbeidsparticipatie; het overgangsrecht geldt dan niet.",
    "You were entitled under the Wajong but now durably have no capacity for work; the \
     transitional rule then does not apply."
);
code!(
    refusal GEEN_GROND,
    "banenafspraak_geen_grond",
    &[],
    "U voldoet aan geen van de voorwaarden van artikel 38b, eerste en tweede lid, en u staat \
     niet in het doelgroepregister.",
    "You meet none of the conditions of art. 38b lid 1 and 2, and you are not in the register."
);
code!(
    refusal NIET_IN_WERKING,
    "banenafspraak_niet_in_werking",
    &[Slot::new("vanaf", Kind::Date)],
    "Op deze datum bestond de doelgroep banenafspraak nog niet; artikel 38b geldt vanaf {vanaf}.",
    "On this date the banenafspraak target group did not exist; art. 38b applies from {vanaf}."
);

// ----- counting and targets -----------------------------------------------------------------

code!(
    TELLING,
    "banenafspraak_telling",
    &[
        Slot::new("datum", Kind::Date),
        Slot::new("banen", Kind::Number),
        Slot::new("uren", Kind::Number)
    ],
    "Op {datum} telden {banen} banen uit de doelgroep banenafspraak ({uren} verloonde uren per \
     week).",
    "On {datum}, {banen} banenafspraak jobs counted ({uren} paid hours a week)."
);
code!(
    BAAN_EENHEID,
    "banenafspraak_baan_eenheid",
    &[Slot::new("uren", Kind::Hours)],
    "Eén baan telt als {uren} verloonde uren per week; een kleinere of grotere baan telt naar \
     evenredigheid.",
    "One job counts as {uren} paid hours a week; a smaller or larger job counts in proportion."
);
code!(
    ALLEEN_DOELGROEP,
    "banenafspraak_alleen_doelgroep",
    &[Slot::new("buiten", Kind::Count)],
    "Alleen banen van personen die op de peildatum in het doelgroepregister staan tellen mee; \
     het aantal lopende banen dat daarom niet meetelt is {buiten}.",
    "Only jobs of persons registered on the date count; {buiten} jobs therefore do not."
);
code!(
    REALISATIE,
    "banenafspraak_realisatie",
    &[
        Slot::new("datum", Kind::Date),
        Slot::new("gerealiseerd", Kind::Number),
        Slot::new("doel", Kind::Number)
    ],
    "Op {datum} zijn {gerealiseerd} banen gerealiseerd tegen een doel van {doel}.",
    "On {datum}, {gerealiseerd} jobs were realised against a target of {doel}."
);
code!(
    LANDELIJK_DOEL,
    "banenafspraak_landelijk_doel",
    &[
        Slot::new("sector", Kind::Label(&SECTOREN)),
        Slot::new("doel", Kind::Number),
        Slot::new("jaar", Kind::Count)
    ],
    "Het landelijke doel voor de {sector} is {doel} extra banen in {jaar}, ten opzichte van de \
     nulmeting op 1 januari 2013 (artikel 3.29 van de Regeling Wfsv).",
    "The national target for the {sector} is {doel} extra jobs in {jaar}, against the baseline \
     of 1 January 2013 (Regeling Wfsv art. 3.29)."
);
code!(
    REGIONAAL_DOEL,
    "banenafspraak_regionaal_doel",
    &[
        Slot::new("doel", Kind::Count),
        Slot::new("jaar", Kind::Count)
    ],
    "Het regionale doel is {doel} banen tot en met {jaar}, volgens de regionale afspraak.",
    "The regional target is {doel} jobs up to and including {jaar}, under the regional agreement."
);

/// The labels of [`Sector`](super::Sector), in variant order.
pub(crate) static SECTOREN: [Label; 2] = [
    Label::new(
        "niet_overheid",
        "sector niet-overheid",
        "non-government sector",
    ),
    Label::new("overheid", "sector overheid", "government sector"),
];

/// Every code of the domain.
pub(crate) const ALL: &[&Code] = &[
    &ARBEIDSBEPERKTE,
    &GEEN_ARBEIDSBEPERKTE,
    &TOEGELEID,
    &LOONKOSTENSUBSIDIE,
    &MINIMUMLOON_UWV_COLLEGE,
    &LOONWAARDE_COLLEGE,
    &MINIMUMLOON_UWV_EIGEN,
    &WSW,
    &WAJONG,
    &WAJONG_IN_DIENSTBETREKKING,
    &INDICATIE,
    &VOORMALIG_CODE,
    &WIA_EXPERIMENT,
    &JONGGEHANDICAPT,
    &BLIJFT_OPGENOMEN,
    &BESCHUT_WERK,
    &BESCHUT_WERK_LID_2,
    &BESCHUT_WERK_DIENSTBETREKKING,
    &WAJONG_DUURZAAM,
    &VOORMALIG_UITGEZONDERD,
    &GEEN_GROND,
    &NIET_IN_WERKING,
    &TELLING,
    &BAAN_EENHEID,
    &ALLEEN_DOELGROEP,
    &REALISATIE,
    &LANDELIJK_DOEL,
    &REGIONAAL_DOEL,
];
