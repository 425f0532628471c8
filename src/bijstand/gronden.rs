//! The coded grounds of a bijstand decision (right, exclusions, norm, means test) and the
//! labels of the bijstand enums.
//!
//! The codes are stable: their wire names never change (a stored decision is read back by
//! them). Templates are the sentences of the motivering, in the law's own words where it has
//! them.

use crate::decision::{Code, Kind, Label, Slot};

// ---------------------------------------------------------------------------------------------
// Labels

/// Labels of [`Leefvorm`](super::Leefvorm), in variant order.
pub(crate) static LEEFVORM: [Label; 3] = [
    Label::new("alleenstaande", "alleenstaand", "single"),
    Label::new(
        "alleenstaande_ouder",
        "alleenstaande ouder",
        "a single parent",
    ),
    Label::new("gehuwden", "gehuwd of samenwonend", "married or cohabiting"),
];

/// Labels of [`Normgroep`](super::Normgroep), in variant order.
pub(crate) static NORMGROEP: [Label; 3] = [
    Label::new("jongere", "jonger dan 21 jaar", "under 21"),
    Label::new(
        "volwassen",
        "21 jaar of ouder en jonger dan de pensioengerechtigde leeftijd",
        "21 or older and under the AOW age",
    ),
    Label::new(
        "pensioengerechtigd",
        "de pensioengerechtigde leeftijd bereikt",
        "of AOW age",
    ),
];

/// Labels of [`Normregel`](super::Normregel), in variant order: the situation as the article
/// names it.
pub(crate) static NORMREGEL: [Label; 11] = [
    Label::new(
        "alleenstaande_jongere",
        "een alleenstaande van 18, 19 of 20 jaar",
        "a single person aged 18, 19 or 20",
    ),
    Label::new(
        "alleenstaande_ouder_jongere",
        "een alleenstaande ouder van 18, 19 of 20 jaar",
        "a single parent aged 18, 19 or 20",
    ),
    Label::new(
        "gehuwden_jongeren",
        "gehuwden van wie beide echtgenoten 18, 19 of 20 jaar zijn",
        "a couple both aged 18, 19 or 20",
    ),
    Label::new(
        "gehuwden_jongeren_met_kinderen",
        "gehuwden met kinderen van wie beide echtgenoten 18, 19 of 20 jaar zijn",
        "a couple with children both aged 18, 19 or 20",
    ),
    Label::new(
        "gehuwden_een_jongere",
        "gehuwden van wie een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 jaar \
         of ouder, zonder kostendelende medebewoners",
        "a couple of whom one is 18, 19 or 20 and the other 21 or older",
    ),
    Label::new(
        "gehuwden_een_jongere_met_kinderen",
        "gehuwden met kinderen van wie een echtgenoot 18, 19 of 20 jaar is en de andere \
         echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners",
        "a couple with children of whom one is 18, 19 or 20 and the other 21 or older",
    ),
    Label::new(
        "alleenstaande",
        "een alleenstaande of een alleenstaande ouder van 21 jaar of ouder en jonger dan de \
         pensioengerechtigde leeftijd, zonder kostendelende medebewoners",
        "a single person or single parent aged 21 or older",
    ),
    Label::new(
        "gehuwden",
        "gehuwden van wie beide echtgenoten 21 jaar of ouder en jonger dan de \
         pensioengerechtigde leeftijd zijn, zonder kostendelende medebewoners",
        "a couple both 21 or older and under the AOW age",
    ),
    Label::new(
        "alleenstaande_pensioengerechtigde",
        "een alleenstaande of een alleenstaande ouder die de pensioengerechtigde leeftijd \
         heeft bereikt, zonder kostendelende medebewoners",
        "a single person or single parent of AOW age",
    ),
    Label::new(
        "gehuwden_pensioengerechtigd",
        "gehuwden van wie beide echtgenoten de pensioengerechtigde leeftijd hebben bereikt, \
         zonder kostendelende medebewoners",
        "a couple both of AOW age",
    ),
    Label::new(
        "gehuwden_een_pensioengerechtigd",
        "gehuwden van wie een echtgenoot de pensioengerechtigde leeftijd heeft bereikt en de \
         andere echtgenoot 21 jaar of ouder is, zonder kostendelende medebewoners",
        "a couple of whom one is of AOW age and the other 21 or older",
    ),
];

/// Labels of [`Verblijf`](super::Verblijf), in variant order.
pub(crate) static VERBLIJF: [Label; 3] = [
    Label::new("nederlander", "Nederlander", "a Dutch national"),
    Label::new(
        "rechtmatig_verblijf",
        "vreemdeling met rechtmatig verblijf",
        "a foreign national lawfully resident",
    ),
    Label::new(
        "geen_rechtmatig_verblijf",
        "vreemdeling zonder rechtmatig verblijf",
        "a foreign national without lawful residence",
    ),
];

/// Labels of [`Weigering`](super::Weigering), in variant order.
pub(crate) static WEIGERING: [Label; 7] = [
    Label::new(
        "geen_rechtmatig_verblijf",
        "geen Nederlander en geen rechtmatig verblijf",
        "no Dutch nationality and no lawful residence",
    ),
    Label::new(
        "woont_niet_in_nederland",
        "woont niet in Nederland",
        "not living in the Netherlands",
    ),
    Label::new("jonger_dan_18", "jonger dan 18 jaar", "under 18"),
    Label::new(
        "uitgesloten",
        "uitgesloten van bijstand",
        "excluded from bijstand",
    ),
    Label::new(
        "onderwijs_onder_27",
        "jonger dan 27 jaar en kan onderwijs volgen",
        "under 27 and able to follow education",
    ),
    Label::new(
        "vermogen_boven_grens",
        "vermogen boven de vermogensgrens",
        "assets above the limit",
    ),
    Label::new(
        "geen_algemene_bijstand",
        "geen recht op algemene bijstand",
        "no right to algemene bijstand",
    ),
];

/// Labels of [`Uitsluiting`](super::Uitsluiting), in variant order: the fact as a sentence.
pub(crate) static UITSLUITING: [Label; 11] = [
    Label::new(
        "detentie",
        "Uw vrijheid is rechtens ontnomen",
        "You are lawfully deprived of your liberty",
    ),
    Label::new(
        "onttrekking",
        "U onttrekt zich aan de tenuitvoerlegging van een vrijheidsstraf of \
         vrijheidsbenemende maatregel",
        "You evade the enforcement of a custodial sentence or measure",
    ),
    Label::new(
        "dienstplicht",
        "U vervult uw militaire of vervangende dienstplicht",
        "You are doing military or alternative service",
    ),
    Label::new(
        "werkstaking",
        "U neemt wegens werkstaking of uitsluiting niet deel aan de arbeid",
        "You do not work because of a strike or lock-out",
    ),
    Label::new(
        "buitenland",
        "U verblijft langer buiten Nederland dan de wet toestaat",
        "You stay outside the Netherlands longer than the law allows",
    ),
    Label::new(
        "schuldenlast",
        "U vraagt bijstand om een schuld af te lossen, terwijl u over de middelen beschikte \
         of beschikt om in de noodzakelijke kosten van het bestaan te voorzien",
        "You ask bijstand to pay off a debt while you had or have the means to live on",
    ),
    Label::new(
        "uitreiziger",
        "U bent een uitreiziger",
        "You are a uitreiziger",
    ),
    Label::new(
        "inrichting",
        "U bent 18, 19 of 20 jaar en verblijft in een inrichting",
        "You are 18, 19 or 20 and stay in an institution",
    ),
    Label::new(
        "onbetaald_verlof",
        "U of uw echtgenoot geniet onbetaald verlof en uw gebrek aan middelen is daarvan het \
         gevolg",
        "You or your spouse take unpaid leave and your lack of means follows from it",
    ),
    Label::new(
        "onderwijs_onder_27",
        "U bent jonger dan 27 jaar en kunt onderwijs volgen dat uit 's Rijks kas wordt \
         bekostigd",
        "You are under 27 and can follow publicly funded education",
    ),
    Label::new(
        "verplichtingen_onder_27",
        "U bent jonger dan 27 jaar en uit uw houding en gedragingen blijkt ondubbelzinnig dat \
         u de verplichtingen niet wilt nakomen",
        "You are under 27 and your conduct shows unambiguously that you will not meet the \
         obligations",
    ),
];

// ---------------------------------------------------------------------------------------------
// Outcomes

/// Bijstand is awarded: the amount per month on the peildatum.
pub(crate) static BIJSTAND_TOEGEKEND: Code = Code::new(
    "bijstand_toegekend",
    &[
        Slot::new("peildatum", Kind::Date),
        Slot::new("bedrag", Kind::Money),
    ],
    "U hebt op {peildatum} recht op algemene bijstand van {bedrag} per maand.",
    "On {peildatum} you are entitled to algemene bijstand of {bedrag} a month.",
);

/// Bijstand is refused on the peildatum; the reason is the refusal ground.
pub(crate) static BIJSTAND_AFGEWEZEN: Code = Code::new(
    "bijstand_afgewezen",
    &[Slot::new("peildatum", Kind::Date)],
    "U hebt op {peildatum} geen recht op algemene bijstand.",
    "On {peildatum} you are not entitled to algemene bijstand.",
);

// ---------------------------------------------------------------------------------------------
// The right (art. 11) and the refusals

/// Dutch or lawfully resident, living in the Netherlands (art. 11 lid 1, 2).
pub(crate) static BIJSTAND_RECHT: Code = Code::new(
    "bijstand_recht",
    &[Slot::new("verblijf", Kind::Label(&VERBLIJF))],
    "U woont in Nederland en u bent {verblijf}.",
    "You live in the Netherlands and you are {verblijf}.",
);

/// Neither Dutch nor lawfully resident (art. 11 lid 2).
pub(crate) static BIJSTAND_GEEN_RECHTMATIG_VERBLIJF: Code = Code::refusal(
    "bijstand_geen_rechtmatig_verblijf",
    &[],
    "U bent geen Nederlander en u verblijft niet rechtmatig in Nederland. U hebt daarom geen \
     recht op bijstand.",
    "You are not a Dutch national and not lawfully resident in the Netherlands, so you are not \
     entitled to bijstand.",
);

/// Not living in the Netherlands (art. 11 lid 1).
pub(crate) static BIJSTAND_WOONT_NIET_IN_NEDERLAND: Code = Code::refusal(
    "bijstand_woont_niet_in_nederland",
    &[],
    "U woont niet in Nederland. U hebt daarom geen recht op bijstand.",
    "You do not live in the Netherlands, so you are not entitled to bijstand.",
);

/// Under 18 (art. 13 lid 1 onderdeel f).
pub(crate) static BIJSTAND_JONGER_DAN_18: Code = Code::refusal(
    "bijstand_jonger_dan_18",
    &[Slot::new("leeftijd", Kind::Count)],
    "U bent {leeftijd} jaar. Wie jonger is dan 18 jaar, heeft geen recht op bijstand.",
    "You are {leeftijd}. A person under 18 is not entitled to bijstand.",
);

/// An exclusion of art. 13 lid 1: no right to bijstand.
pub(crate) static BIJSTAND_UITSLUITING: Code = Code::refusal(
    "bijstand_uitsluiting",
    &[Slot::new("uitsluiting", Kind::Label(&UITSLUITING))],
    "{uitsluiting}. U hebt daarom geen recht op bijstand.",
    "{uitsluiting}, so you are not entitled to bijstand.",
);

/// An exclusion of art. 13 lid 2: no right to algemene bijstand.
pub(crate) static BIJSTAND_UITSLUITING_ALGEMEEN: Code = Code::refusal(
    "bijstand_uitsluiting_algemene_bijstand",
    &[Slot::new("uitsluiting", Kind::Label(&UITSLUITING))],
    "{uitsluiting}. U hebt daarom geen recht op algemene bijstand.",
    "{uitsluiting}, so you are not entitled to algemene bijstand.",
);

// ---------------------------------------------------------------------------------------------
// Household, norm and cost-sharers (art. 19a, 20-22a)

/// The applicant's age and household form, single.
pub(crate) static BIJSTAND_LEEFTIJD: Code = Code::new(
    "bijstand_leeftijd",
    &[
        Slot::new("leeftijd", Kind::Count),
        Slot::new("leefvorm", Kind::Label(&LEEFVORM)),
    ],
    "U bent {leeftijd} jaar en {leefvorm}.",
    "You are {leeftijd} and {leefvorm}.",
);

/// The ages of both spouses.
pub(crate) static BIJSTAND_LEEFTIJD_GEHUWDEN: Code = Code::new(
    "bijstand_leeftijd_gehuwden",
    &[
        Slot::new("leeftijd", Kind::Count),
        Slot::new("partner_leeftijd", Kind::Count),
    ],
    "U bent gehuwd of samenwonend. U bent {leeftijd} jaar en uw echtgenoot of partner is \
     {partner_leeftijd} jaar.",
    "You are married or cohabiting. You are {leeftijd} and your spouse or partner is \
     {partner_leeftijd}.",
);

/// The norm of art. 20, 21 or 22 without cost-sharers.
pub(crate) static BIJSTANDSNORM: Code = Code::new(
    "bijstandsnorm",
    &[
        Slot::new("situatie", Kind::Label(&NORMREGEL)),
        Slot::new("norm", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "Voor {situatie} is de bijstandsnorm {norm} per maand.",
    "For {situatie} the bijstand norm is {norm} a month.",
);

/// The number of cost-sharers and the age from which a co-resident counts (art. 19a lid 1).
pub(crate) static BIJSTAND_KOSTENDELERS: Code = Code::new(
    "bijstand_kostendelers",
    &[
        Slot::new("aantal", Kind::Count),
        Slot::new("leeftijd", Kind::Count),
        Slot::new("rij", Kind::Row),
    ],
    "Het aantal kostendelende medebewoners (personen van {leeftijd} jaar of ouder die in uw \
     woning hun hoofdverblijf hebben) is {aantal}.",
    "The number of cost-sharing co-residents (people aged {leeftijd} or older whose main \
     residence is your home) is {aantal}.",
);

/// The cost-sharer norm of a single person (art. 22a lid 1).
pub(crate) static BIJSTAND_KOSTENDELERSNORM: Code = Code::new(
    "bijstand_kostendelersnorm",
    &[
        Slot::new("a", Kind::Count),
        Slot::new("b", Kind::Money),
        Slot::new("norm", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "Uw norm is (40 + A × 30) / (A × 100) × B, met A = {a} (de kostendelende medebewoners en \
     uzelf) en B = {b}: {norm} per maand.",
    "Your norm is (40 + A × 30) / (A × 100) × B, with A = {a} (the cost-sharers and you) and \
     B = {b}: {norm} a month.",
);

/// The cost-sharer norm of a couple: the sum of both spouses' norms (art. 22a lid 1, 2).
pub(crate) static BIJSTAND_KOSTENDELERSNORM_GEHUWDEN: Code = Code::new(
    "bijstand_kostendelersnorm_gehuwden",
    &[
        Slot::new("a", Kind::Count),
        Slot::new("b", Kind::Money),
        Slot::new("norm", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "De norm van ieder van u is (40 + A × 30) / (A × 100) × B, met A = {a} (de kostendelende \
     medebewoners, u en uw echtgenoot) en B = {b}. Uw norm samen is {norm} per maand.",
    "The norm of each of you is (40 + A × 30) / (A × 100) × B, with A = {a} (the cost-sharers, \
     you and your spouse) and B = {b}. Your joint norm is {norm} a month.",
);

/// The cost-sharer norm of a couple with one spouse under 21 (art. 22a lid 3).
pub(crate) static BIJSTAND_KOSTENDELERSNORM_JONGE_PARTNER: Code = Code::new(
    "bijstand_kostendelersnorm_jonge_partner",
    &[
        Slot::new("jong", Kind::Money),
        Slot::new("a", Kind::Count),
        Slot::new("b", Kind::Money),
        Slot::new("oudere", Kind::Money),
        Slot::new("norm", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "Een van u is 18, 19 of 20 jaar. Uw norm is {jong} plus de norm van de echtgenoot van 21 \
     jaar of ouder: (40 + A × 30) / (A × 100) × B, met A = {a} en B = {b}, is {oudere}. Samen \
     is dat {norm} per maand.",
    "One of you is 18, 19 or 20. Your norm is {jong} plus the norm of the spouse aged 21 or \
     older: (40 + A × 30) / (A × 100) × B, with A = {a} and B = {b}, is {oudere}. Together \
     that is {norm} a month.",
);

// ---------------------------------------------------------------------------------------------
// The means test (art. 19 lid 2, art. 34)

/// Assets within the limit (art. 34 lid 3).
pub(crate) static BIJSTAND_VERMOGEN: Code = Code::new(
    "bijstand_vermogen",
    &[
        Slot::new("vermogen", Kind::Money),
        Slot::new("grens", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "Uw vermogen van {vermogen} is niet hoger dan de vermogensgrens van {grens}.",
    "Your assets of {vermogen} are not above the limit of {grens}.",
);

/// Assets above the limit: no right (art. 34 lid 3 with art. 19 lid 1 b).
pub(crate) static BIJSTAND_VERMOGEN_BOVEN_GRENS: Code = Code::refusal(
    "bijstand_vermogen_boven_grens",
    &[
        Slot::new("vermogen", Kind::Money),
        Slot::new("grens", Kind::Money),
        Slot::new("rij", Kind::Row),
    ],
    "Uw vermogen van {vermogen} is hoger dan de vermogensgrens van {grens}. U hebt daarom geen \
     recht op algemene bijstand.",
    "Your assets of {vermogen} are above the limit of {grens}, so you are not entitled to \
     algemene bijstand.",
);

/// The income set off against the norm (art. 19 lid 2).
pub(crate) static BIJSTAND_INKOMEN: Code = Code::new(
    "bijstand_inkomen",
    &[
        Slot::new("inkomsten", Kind::Money),
        Slot::new("norm", Kind::Money),
        Slot::new("bedrag", Kind::Money),
    ],
    "Uw inkomen van {inkomsten} per maand gaat af van de norm van {norm}. De bijstand is het \
     verschil: {bedrag} per maand.",
    "Your income of {inkomsten} a month is deducted from the norm of {norm}. Bijstand is the \
     difference: {bedrag} a month.",
);

/// Every code of this module, for the crate's registry.
pub(crate) const CODES: &[&Code] = &[
    &BIJSTAND_TOEGEKEND,
    &BIJSTAND_AFGEWEZEN,
    &BIJSTAND_RECHT,
    &BIJSTAND_GEEN_RECHTMATIG_VERBLIJF,
    &BIJSTAND_WOONT_NIET_IN_NEDERLAND,
    &BIJSTAND_JONGER_DAN_18,
    &BIJSTAND_UITSLUITING,
    &BIJSTAND_UITSLUITING_ALGEMEEN,
    &BIJSTAND_LEEFTIJD,
    &BIJSTAND_LEEFTIJD_GEHUWDEN,
    &BIJSTANDSNORM,
    &BIJSTAND_KOSTENDELERS,
    &BIJSTAND_KOSTENDELERSNORM,
    &BIJSTAND_KOSTENDELERSNORM_GEHUWDEN,
    &BIJSTAND_KOSTENDELERSNORM_JONGE_PARTNER,
    &BIJSTAND_VERMOGEN,
    &BIJSTAND_VERMOGEN_BOVEN_GRENS,
    &BIJSTAND_INKOMEN,
];
