//! The codes (`gronden`: grounds) of beschut werk: every ground and effect this domain
//! states, with its Dutch and English template, and the citations they rest on.
//!
//! Codes are stable wire names: they never change once released. Dutch templates speak to the
//! person the advice is about, in the words of Participatiewet art. 10b and the Besluit
//! advisering beschut werk where those have them.

use crate::citation::{Citation, Regulation};
use crate::decision::{Code, Kind, Slot};

use super::feiten::UITKERINGEN;

const PW: Regulation = Regulation::Participatiewet;
const BESLUIT: Regulation = Regulation::BesluitAdviseringBeschutWerk;

pub(super) const ART_10B_LID_1: &Citation = &Citation::article(PW, "10b").lid(1);
pub(super) const ART_10B_LID_2: &Citation = &Citation::article(PW, "10b").lid(2);
pub(super) const ART_10B_LID_3: &Citation = &Citation::article(PW, "10b").lid(3);
pub(super) const ART_10B_LID_4: &Citation = &Citation::article(PW, "10b").lid(4);
pub(super) const ART_10B_LID_5: &Citation = &Citation::article(PW, "10b").lid(5);
pub(super) const ART_10B_LID_6: &Citation = &Citation::article(PW, "10b").lid(6);
pub(super) const ART_10B_LID_9: &Citation = &Citation::article(PW, "10b").lid(9);
pub(super) const ART_10B_OUD_LID_1: &Citation =
    &Citation::article(PW, "10b (tekst tot 2017)").lid(1);
pub(super) const ART_10B_OUD_LID_3: &Citation =
    &Citation::article(PW, "10b (tekst tot 2017)").lid(3);
pub(super) const ART_10B_OUD_LID_4_C: &Citation = &Citation::article(PW, "10b (tekst tot 2017)")
    .lid(4)
    .onderdeel("c");
pub(super) const BESLUIT_2_LID_1: &Citation = &Citation::article(BESLUIT, "2").lid(1);
pub(super) const BESLUIT_3_LID_1: &Citation = &Citation::article(BESLUIT, "3").lid(1);
pub(super) const BESLUIT_3_LID_1_A: &Citation =
    &Citation::article(BESLUIT, "3").lid(1).onderdeel("a");
pub(super) const BESLUIT_3_LID_1_B: &Citation =
    &Citation::article(BESLUIT, "3").lid(1).onderdeel("b");
pub(super) const BESLUIT_3_LID_2: &Citation = &Citation::article(BESLUIT, "3").lid(2);
pub(super) const BESLUIT_3_LID_3_A: &Citation =
    &Citation::article(BESLUIT, "3").lid(3).onderdeel("a");
pub(super) const BESLUIT_3_LID_3_B: &Citation =
    &Citation::article(BESLUIT, "3").lid(3).onderdeel("b");
pub(super) const BESLUIT_3_LID_4: &Citation = &Citation::article(BESLUIT, "3").lid(4);
pub(super) const BESLUIT_3_LID_5: &Citation = &Citation::article(BESLUIT, "3").lid(5);
pub(super) const BESLUIT_3_LID_6: &Citation = &Citation::article(BESLUIT, "3").lid(6);
pub(super) const AWB_3_9: &Citation = &Citation::article(Regulation::Awb, "3:9");
pub(super) const AWB_3_50: &Citation = &Citation::article(Regulation::Awb, "3:50");

const DATUM: &[Slot] = &[Slot::new("datum", Kind::Date)];
const VORIG: &[Slot] = &[Slot::new("vorig_advies", Kind::Date)];
const UREN: &[Slot] = &[Slot::new("uren", Kind::Hours)];

use crate::decision::code;

// ----- the advice: outcomes -------------------------------------------------------------

code!(
    ADVIES_POSITIEF,
    "beschut_werk_advies_positief",
    &[],
    "UWV adviseert het college vast te stellen dat u uitsluitend in een beschutte omgeving \
     onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt.",
    "UWV advises the college to determine that you can take part in work only in a sheltered \
     environment under adapted circumstances."
);
code!(
    refusal ADVIES_NEGATIEF,
    "beschut_werk_advies_negatief",
    &[],
    "UWV adviseert het college niet vast te stellen dat u uitsluitend in een beschutte \
     omgeving onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt.",
    "UWV advises the college not to determine that you can take part in work only in a \
     sheltered environment under adapted circumstances."
);
code!(
    refusal BUITEN_TOEPASSING,
    "beschut_werk_buiten_toepassing",
    &[],
    "Artikel 10b van de Participatiewet is niet van toepassing op uw verzoek; UWV brengt geen \
     advies over beschut werk uit.",
    "Participatiewet art. 10b does not apply to your request; UWV gives no advice on \
     sheltered work."
);

// ----- the advice: the request and the circle --------------------------------------------

code!(
    VERZOEK_COLLEGE,
    "beschut_werk_verzoek_college",
    DATUM,
    "Het college heeft UWV om advies gevraagd; UWV heeft het verzoek op {datum} ontvangen.",
    "The college asked UWV for the advice; UWV received the request on {datum}."
);
code!(
    VERZOEK_PERSOON,
    "beschut_werk_verzoek_persoon",
    DATUM,
    "U hebt UWV zelf om advies gevraagd; UWV heeft uw verzoek op {datum} ontvangen.",
    "You asked UWV for the advice yourself; UWV received your request on {datum}."
);
code!(
    KRING_ARTIKEL_7,
    "beschut_werk_kring_artikel_7",
    &[],
    "U bent een persoon als bedoeld in artikel 7, eerste lid, onderdeel a, van de \
     Participatiewet en behoort daarmee tot de personen voor wie beschut werk bedoeld is.",
    "You are a person as meant in Participatiewet art. 7 lid 1 a, and so among the people \
     sheltered work is meant for."
);
code!(
    KRING_UITKERING,
    "beschut_werk_kring_uitkering",
    &[Slot::new("uitkering", Kind::Label(&UITKERINGEN))],
    "UWV verstrekt u een uitkering ({uitkering}); u behoort daarmee tot de personen voor wie \
     beschut werk bedoeld is.",
    "UWV pays you a benefit ({uitkering}), so you are among the people sheltered work is \
     meant for."
);
code!(
    refusal GEEN_DOELGROEP,
    "beschut_werk_geen_doelgroep",
    &[],
    "U bent geen persoon als bedoeld in artikel 7, eerste lid, onderdeel a, van de \
     Participatiewet en UWV verstrekt u geen uitkering.",
    "You are not a person as meant in Participatiewet art. 7 lid 1 a, and UWV pays you no \
     benefit."
);
code!(
    refusal UITKERING_VOOR_2017,
    "beschut_werk_uitkering_voor_2017",
    DATUM,
    "Op {datum} gold artikel 10b alleen voor personen als bedoeld in artikel 7, eerste lid, \
     onderdeel a; een uitkering van UWV telt pas vanaf 1 januari 2017.",
    "On {datum} art. 10b covered only people as meant in art. 7 lid 1 a; a UWV benefit counts \
     only from 2017-01-01."
);
code!(
    refusal EIGEN_VERZOEK_VOOR_2017,
    "beschut_werk_eigen_verzoek_voor_2017",
    DATUM,
    "Een persoon kan UWV pas vanaf 1 januari 2017 zelf om advies vragen; uw verzoek is op \
     {datum} ontvangen.",
    "A person may ask UWV for the advice only from 2017-01-01; your request was received on \
     {datum}."
);

// ----- the advice: answers without investigation (Besluit art. 3 lid 3-6) ----------------

code!(
    refusal HERHAALD_VERZOEK,
    "beschut_werk_herhaald_verzoek",
    &[
        Slot::new("vorig_advies", Kind::Date),
        Slot::new("vanaf", Kind::Date)
    ],
    "UWV heeft op {vorig_advies} een advies over u gegeven, in de twaalf maanden voorafgaand \
     aan uw verzoek (vanaf {vanaf}); UWV beantwoordt de vragen daarom zonder onderzoek \
     ontkennend.",
    "UWV gave an advice on you on {vorig_advies}, in the twelve months before your request \
     (from {vanaf}); UWV therefore answers the questions no without investigation."
);
code!(
    EERDER_ADVIES_VERLOPEN,
    "beschut_werk_eerder_advies_verlopen",
    &[
        Slot::new("vorig_advies", Kind::Date),
        Slot::new("vanaf", Kind::Date)
    ],
    "Het eerdere advies van UWV over u, van {vorig_advies}, ligt vóór de twaalf maanden \
     voorafgaand aan uw verzoek (vanaf {vanaf}); UWV heeft daarom onderzoek gedaan.",
    "UWV's earlier advice on you, of {vorig_advies}, lies before the twelve months before your \
     request (from {vanaf}); UWV therefore investigated."
);
code!(
    GEEN_NIEUWE_FEITEN_ADVIES,
    "beschut_werk_geen_nieuwe_feiten_advies",
    VORIG,
    "U hebt geen nieuw gebleken feiten of veranderde omstandigheden vermeld ten opzichte van \
     het advies van {vorig_advies}.",
    "You reported no new facts or changed circumstances against the advice of {vorig_advies}."
);
code!(
    NIEUWE_FEITEN_ADVIES,
    "beschut_werk_nieuwe_feiten_advies",
    VORIG,
    "U hebt nieuw gebleken feiten of veranderde omstandigheden vermeld ten opzichte van het \
     advies van {vorig_advies}; UWV heeft daarom onderzoek gedaan.",
    "You reported new facts or changed circumstances against the advice of {vorig_advies}; \
     UWV therefore investigated."
);
code!(
    refusal WSW_BEGELEID_WERKEN,
    "beschut_werk_wsw_begeleid_werken",
    &[],
    "U bent geïndiceerd op grond van de Wet sociale werkvoorziening en UWV heeft geadviseerd \
     dat u in staat bent tot begeleid werken; UWV beantwoordt de vragen daarom zonder \
     onderzoek ontkennend.",
    "You have a Wsw indication and UWV advised that you can do supported work; UWV therefore \
     answers the questions no without investigation."
);
code!(
    WSW_NIET_BEGELEID_WERKEN,
    "beschut_werk_wsw_niet_begeleid_werken",
    &[],
    "U bent geïndiceerd op grond van de Wet sociale werkvoorziening en UWV heeft geadviseerd \
     dat u niet in staat bent tot begeleid werken; UWV beantwoordt daarom zonder onderzoek \
     ten minste een van de vragen bevestigend.",
    "You have a Wsw indication and UWV advised that you cannot do supported work; UWV \
     therefore answers at least one question yes without investigation."
);
code!(
    GEEN_NIEUWE_FEITEN_INDICATIE,
    "beschut_werk_geen_nieuwe_feiten_indicatie",
    &[],
    "U hebt geen nieuw gebleken feiten of veranderde omstandigheden vermeld ten opzichte van \
     de indicatiebeschikking.",
    "You reported no new facts or changed circumstances against the Wsw indication."
);
code!(
    NIEUWE_FEITEN_INDICATIE,
    "beschut_werk_nieuwe_feiten_indicatie",
    &[],
    "U hebt nieuw gebleken feiten of veranderde omstandigheden vermeld ten opzichte van de \
     indicatiebeschikking; UWV heeft daarom onderzoek gedaan.",
    "You reported new facts or changed circumstances against the Wsw indication; UWV \
     therefore investigated."
);

// ----- the advice: the investigation (Besluit art. 3 lid 1-2) -----------------------------

code!(
    ARBEIDSVERMOGEN,
    "beschut_werk_arbeidsvermogen",
    &[
        Slot::new("uren_aaneengesloten", Kind::Hours),
        Slot::new("uren_per_dag", Kind::Hours)
    ],
    "U hebt arbeidsvermogen: u kunt een taak uitvoeren, {uren_aaneengesloten} uur \
     aaneengesloten en {uren_per_dag} uur per dag werken, en u hebt basale \
     werknemersvaardigheden.",
    "You have work capacity: you can perform a task, work {uren_aaneengesloten} hours at a \
     stretch and {uren_per_dag} hours a day, and you have basic employee skills."
);
code!(
    refusal GEEN_TAAK,
    "beschut_werk_geen_taak",
    &[],
    "U kunt geen taak uitvoeren.",
    "You cannot perform a task."
);
code!(
    refusal MINDER_DAN_EEN_UUR,
    "beschut_werk_minder_dan_een_uur_aaneengesloten",
    UREN,
    "U kunt {uren} uur aaneengesloten werken; voor arbeidsvermogen is ten minste 1 uur nodig.",
    "You can work {uren} hours at a stretch; work capacity needs at least 1 hour."
);
code!(
    refusal MINDER_DAN_VIER_UUR,
    "beschut_werk_minder_dan_vier_uur_per_dag",
    UREN,
    "U kunt {uren} uur per dag werken; voor arbeidsvermogen is ten minste 4 uur per dag nodig.",
    "You can work {uren} hours a day; work capacity needs at least 4 hours a day."
);
code!(
    refusal GEEN_BASALE_VAARDIGHEDEN,
    "beschut_werk_geen_basale_werknemersvaardigheden",
    &[],
    "U hebt geen basale werknemersvaardigheden.",
    "You do not have basic employee skills."
);
code!(
    refusal GEEN_ARBEIDSVERMOGEN,
    "beschut_werk_geen_arbeidsvermogen",
    &[],
    "U hebt daarom geen arbeidsvermogen; UWV onderzoekt de vragen alleen voor een persoon met \
     arbeidsvermogen.",
    "You therefore have no work capacity; UWV investigates the questions only for a person \
     with work capacity."
);
code!(
    AANPASSINGEN,
    "beschut_werk_aanpassingen",
    &[],
    "U bent bij het verrichten van werkzaamheden aangewezen op technische of organisatorische \
     aanpassingen die niet binnen redelijke grenzen door een werkgever kunnen worden \
     gerealiseerd.",
    "When working you depend on technical or organisational adaptations that an employer \
     cannot realise within reasonable limits."
);
code!(
    GEEN_AANPASSINGEN,
    "beschut_werk_geen_aanpassingen",
    &[],
    "U bent niet aangewezen op aanpassingen die een werkgever niet binnen redelijke grenzen \
     kan realiseren.",
    "You do not depend on adaptations that an employer cannot realise within reasonable \
     limits."
);
code!(
    BEGELEIDING,
    "beschut_werk_begeleiding",
    &[],
    "U bent bij het verrichten van werkzaamheden aangewezen op permanent toezicht of \
     intensieve begeleiding die niet binnen redelijke grenzen door een werkgever kan worden \
     aangeboden.",
    "When working you depend on permanent supervision or intensive guidance that an employer \
     cannot offer within reasonable limits."
);
code!(
    GEEN_BEGELEIDING,
    "beschut_werk_geen_begeleiding",
    &[],
    "U bent niet aangewezen op toezicht of begeleiding die een werkgever niet binnen \
     redelijke grenzen kan aanbieden.",
    "You do not depend on supervision or guidance that an employer cannot offer within \
     reasonable limits."
);
code!(
    refusal NIET_AANGEWEZEN,
    "beschut_werk_niet_aangewezen",
    &[],
    "Geen van beide vragen wordt bevestigend beantwoord.",
    "Neither question is answered yes."
);

// ----- effects of the procedure (slot {datum}) --------------------------------------------

code!(
    ADVIES_UITERLIJK,
    "beschut_werk_advies_uiterlijk",
    DATUM,
    "UWV brengt het advies uiterlijk op {datum} uit, binnen acht weken na ontvangst van het \
     verzoek.",
    "UWV gives the advice by {datum}, within eight weeks of receiving the request."
);
code!(
    ADVIES_TE_LAAT,
    "beschut_werk_advies_te_laat",
    DATUM,
    "UWV heeft het advies op {datum} uitgebracht, na afloop van de termijn van acht weken.",
    "UWV gave the advice on {datum}, after the eight-week term."
);
code!(
    ADVIES_KENNISGEVING,
    "beschut_werk_advies_kennisgeving",
    DATUM,
    "UWV meldt het uitbrengen en een weergave van de inhoud van het advies van {datum} \
     gelijktijdig aan u.",
    "UWV tells you, at the same time as the college, that it gave the advice of {datum} and \
     what it says."
);
code!(
    BESLUIT_UITERLIJK,
    "beschut_werk_besluit_uiterlijk",
    DATUM,
    "Het college stelt uiterlijk op {datum} vast of u uitsluitend in een beschutte omgeving \
     onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt.",
    "The college determines by {datum} whether you can take part in work only in a sheltered \
     environment under adapted circumstances."
);
code!(
    AFWIJKING_VAN_ADVIES,
    "beschut_werk_afwijking_van_advies",
    DATUM,
    "Het college wijkt in de vaststelling van {datum} af van het advies van UWV en vermeldt \
     de reden daarvan.",
    "In the determination of {datum} the college departs from UWV's advice and states why."
);
code!(
    AANBODPLICHT,
    "beschut_werk_aanbodplicht",
    DATUM,
    "Vanaf {datum} biedt het college u een dienstbetrekking beschut werk aan, tenzij het \
     aantal dienstbetrekkingen van dat jaar is gerealiseerd.",
    "From {datum} the college offers you a sheltered-work employment, unless the year's \
     number of employments is realised."
);
code!(
    AANBOD_VOLGENS_VERORDENING,
    "beschut_werk_aanbod_volgens_verordening",
    DATUM,
    "Vanaf {datum} draagt het college zorg voor een dienstbetrekking beschut werk, binnen de \
     omvang die de gemeenteraad bij verordening heeft vastgesteld.",
    "From {datum} the college ensures a sheltered-work employment, within the volume the \
     council set by ordinance."
);
code!(
    HERBEOORDELING,
    "beschut_werk_herbeoordeling",
    DATUM,
    "Het college beoordeelt de vaststelling opnieuw op {datum}.",
    "The college re-assesses the determination on {datum}."
);
code!(
    HERHAALD_VERZOEK_TOT,
    "beschut_werk_herhaald_verzoek_tot",
    DATUM,
    "Vraagt u tot en met {datum} opnieuw zelf om advies, dan beantwoordt UWV de vragen zonder \
     onderzoek ontkennend, tenzij u nieuw gebleken feiten of veranderde omstandigheden \
     vermeldt.",
    "If you ask for the advice yourself again by {datum}, UWV answers the questions no without \
     investigation, unless you report new facts or changed circumstances."
);
code!(
    LOONKOSTENSUBSIDIE,
    "beschut_werk_loonkostensubsidie",
    DATUM,
    "Vanaf {datum} werkt u in een dienstbetrekking beschut werk; het college verstrekt zo \
     nodig loonkostensubsidie in overeenstemming met artikel 10d.",
    "From {datum} you work in a sheltered-work employment; the college pays \
     loonkostensubsidie under art. 10d where needed."
);

// ----- places and the duty to offer (art. 10b lid 1, 4-6) ---------------------------------

code!(
    AANBOD_VERPLICHT,
    "beschut_werk_aanbod_verplicht",
    &[],
    "Het college moet beschut werk aanbieden aan de personen van wie het heeft vastgesteld dat \
     zij uitsluitend in een beschutte omgeving onder aangepaste omstandigheden mogelijkheden \
     tot arbeidsparticipatie hebben.",
    "The college must offer sheltered work to the people it determined can take part in work \
     only in a sheltered environment under adapted circumstances."
);
code!(
    AANBOD_VERVALLEN,
    "beschut_werk_aanbod_vervallen",
    &[],
    "Het aantal dienstbetrekkingen beschut werk is gerealiseerd; de plicht om beschut werk \
     aan te bieden geldt nu niet.",
    "The number of sheltered-work employments is realised; the duty to offer sheltered work \
     does not apply now."
);
code!(
    AANBOD_FACULTATIEF,
    "beschut_werk_aanbod_facultatief",
    &[],
    "Er geldt geen jaarlijks aantal dienstbetrekkingen beschut werk; de gemeenteraad stelt de \
     omvang van het aanbod bij verordening vast.",
    "No yearly number of sheltered-work employments applies; the council sets the volume of \
     the offer by ordinance."
);
code!(
    TEKST_TOT_2017,
    "beschut_werk_tekst_tot_2017",
    &[Slot::new("peildatum", Kind::Date)],
    "Op {peildatum} gold artikel 10b in de tekst van vóór 1 januari 2017.",
    "On {peildatum} art. 10b applied in its text from before 2017-01-01."
);
code!(
    TAAKSTELLING,
    "beschut_werk_taakstelling",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("minimum", Kind::Count),
        Slot::new("rij", Kind::Row)
    ],
    "Bij ministeriële regeling is bepaald dat in {jaar} ten minste {minimum} \
     dienstbetrekkingen beschut werk worden gerealiseerd.",
    "A ministerial regulation sets at least {minimum} sheltered-work employments to be \
     realised in {jaar}."
);
code!(
    RAAD_HOGER,
    "beschut_werk_raad_hoger",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("aantal", Kind::Count)
    ],
    "De gemeenteraad heeft bij verordening voor {jaar} een hoger aantal van {aantal} \
     dienstbetrekkingen vastgesteld.",
    "The council set a higher number of {aantal} employments for {jaar} by ordinance."
);
code!(
    RAAD_NIET_HOGER,
    "beschut_werk_raad_niet_hoger",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("aantal", Kind::Count)
    ],
    "Het aantal van {aantal} dat de gemeenteraad voor {jaar} heeft vastgesteld is niet hoger \
     dan het minimum; het minimum geldt.",
    "The council's number of {aantal} for {jaar} is not above the minimum; the minimum counts."
);
code!(
    GEREALISEERD,
    "beschut_werk_gerealiseerd",
    &[
        Slot::new("peildatum", Kind::Date),
        Slot::new("gerealiseerd", Kind::Count),
        Slot::new("aantal", Kind::Count)
    ],
    "Op {peildatum} is het aantal gerealiseerde dienstbetrekkingen beschut werk \
     {gerealiseerd}; vereist zijn er {aantal}.",
    "On {peildatum}, {gerealiseerd} of the {aantal} sheltered-work employments are realised."
);

/// Every code of the domain, for the crate's registry.
pub(super) const ALL: &[&Code] = &[
    &ADVIES_POSITIEF,
    &ADVIES_NEGATIEF,
    &BUITEN_TOEPASSING,
    &VERZOEK_COLLEGE,
    &VERZOEK_PERSOON,
    &KRING_ARTIKEL_7,
    &KRING_UITKERING,
    &GEEN_DOELGROEP,
    &UITKERING_VOOR_2017,
    &EIGEN_VERZOEK_VOOR_2017,
    &HERHAALD_VERZOEK,
    &EERDER_ADVIES_VERLOPEN,
    &GEEN_NIEUWE_FEITEN_ADVIES,
    &NIEUWE_FEITEN_ADVIES,
    &WSW_BEGELEID_WERKEN,
    &WSW_NIET_BEGELEID_WERKEN,
    &GEEN_NIEUWE_FEITEN_INDICATIE,
    &NIEUWE_FEITEN_INDICATIE,
    &ARBEIDSVERMOGEN,
    &GEEN_TAAK,
    &MINDER_DAN_EEN_UUR,
    &MINDER_DAN_VIER_UUR,
    &GEEN_BASALE_VAARDIGHEDEN,
    &GEEN_ARBEIDSVERMOGEN,
    &AANPASSINGEN,
    &GEEN_AANPASSINGEN,
    &BEGELEIDING,
    &GEEN_BEGELEIDING,
    &NIET_AANGEWEZEN,
    &ADVIES_UITERLIJK,
    &ADVIES_TE_LAAT,
    &ADVIES_KENNISGEVING,
    &BESLUIT_UITERLIJK,
    &AFWIJKING_VAN_ADVIES,
    &AANBODPLICHT,
    &AANBOD_VOLGENS_VERORDENING,
    &HERBEOORDELING,
    &HERHAALD_VERZOEK_TOT,
    &LOONKOSTENSUBSIDIE,
    &AANBOD_VERPLICHT,
    &AANBOD_VERVALLEN,
    &AANBOD_FACULTATIEF,
    &TEKST_TOT_2017,
    &TAAKSTELLING,
    &RAAD_HOGER,
    &RAAD_NIET_HOGER,
    &GEREALISEERD,
];
