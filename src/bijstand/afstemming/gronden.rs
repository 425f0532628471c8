//! The codes of the grounds of a measure decision (art. 18) and of the end of bijstand. Codes
//! are stable: their wire names never change.

use crate::decision::{Code, Kind, Slot};

use super::arbeidsplicht::{ONTHEFFINGEN, VERPLICHTINGEN_SETS};
use super::verplichtingen::{ARBEIDSVERPLICHTINGEN, VERPLICHTINGEN};

const BEDRAG: Slot = Slot::new("bedrag", Kind::Money);
const PERCENTAGE: Slot = Slot::new("percentage", Kind::Percentage);
const VAN: Slot = Slot::new("van", Kind::Date);
const TOT: Slot = Slot::new("tot", Kind::Date);
const DATUM: Slot = Slot::new("datum", Kind::Date);

/// Outcome: the bijstand is lowered for a period.
pub(crate) static BESLUIT_VERLAGING: Code = Code::new(
    "afstemming_verlaging_besluit",
    &[PERCENTAGE, VAN, TOT, BEDRAG],
    "Uw bijstand wordt verlaagd met {percentage}. Van {van} tot en met {tot} ontvangt u \
     {bedrag} per maand. Uw recht op bijstand blijft bestaan.",
    "Your bijstand is lowered by {percentage}. From {van} to {tot} you receive {bedrag} a \
     month. Your right to bijstand remains.",
);

/// Outcome: no measure.
pub(crate) static BESLUIT_GEEN: Code = Code::new(
    "afstemming_geen_maatregel",
    &[BEDRAG],
    "Uw bijstand wordt niet verlaagd. U ontvangt {bedrag} per maand.",
    "Your bijstand is not lowered. You receive {bedrag} a month.",
);

/// The bijstand before the measure.
pub(crate) static BIJSTAND: Code = Code::new(
    "afstemming_bijstand",
    &[BEDRAG],
    "Uw bijstand zonder maatregel is {bedrag} per maand.",
    "Your bijstand without a measure is {bedrag} a month.",
);

/// An arbeidsverplichting of art. 18 lid 4 not met.
pub(crate) static ARBEIDSVERPLICHTING: Code = Code::new(
    "afstemming_arbeidsverplichting",
    &[
        DATUM,
        Slot::new("verplichting", Kind::Label(&ARBEIDSVERPLICHTINGEN)),
    ],
    "U bent op {datum} deze verplichting niet nagekomen: {verplichting}.",
    "On {datum} you did not meet this obligation: {verplichting}.",
);

/// Another obligation of the law not met (art. 18 lid 2).
pub(crate) static VERPLICHTING: Code = Code::new(
    "afstemming_verplichting",
    &[
        DATUM,
        Slot::new("verplichting", Kind::Label(&VERPLICHTINGEN)),
    ],
    "U bent op {datum} deze verplichting niet nagekomen: {verplichting}.",
    "On {datum} you did not meet this obligation: {verplichting}.",
);

/// Art. 18 lid 9: no blame at all, no measure.
pub(crate) static NIET_VERWIJTBAAR: Code = Code::new(
    "afstemming_niet_verwijtbaar",
    &[],
    "Elke vorm van verwijtbaarheid ontbreekt. Daarom ziet het college af van een maatregel.",
    "There is no blame of any kind, so the college imposes no measure.",
);

/// No verordening: no measure for lid-2 conduct.
pub(crate) static GEEN_VERORDENING: Code = Code::new(
    "afstemming_geen_verordening",
    &[],
    "De gemeenteraad heeft geen afstemmingsverordening vastgesteld. Zonder verordening kan het \
     college de bijstand voor deze gedraging niet verlagen.",
    "The municipal council has adopted no afstemmingsverordening. Without one the college \
     cannot lower the bijstand for this conduct.",
);

/// No verordening for a statutory case: the shortest period the law allows.
pub(crate) static GEEN_VERORDENING_DUUR: Code = Code::new(
    "afstemming_geen_verordening_duur",
    &[],
    "De gemeenteraad heeft geen afstemmingsverordening vastgesteld. De verlaging duurt daarom \
     de kortste periode die de wet toelaat.",
    "The municipal council has adopted no afstemmingsverordening, so the lowering lasts the \
     shortest period the law allows.",
);

/// The verordening's category and its percentage.
pub(crate) static CATEGORIE: Code = Code::new(
    "afstemming_categorie",
    &[Slot::new("categorie", Kind::Count), PERCENTAGE],
    "De afstemmingsverordening deelt deze gedraging in categorie {categorie} in. Voor deze \
     categorie wordt de bijstand verlaagd met {percentage}.",
    "The afstemmingsverordening places this conduct in category {categorie}, for which the \
     bijstand is lowered by {percentage}.",
);

/// The verordening's category, repeated within its period.
pub(crate) static CATEGORIE_HERHALING: Code = Code::new(
    "afstemming_categorie_herhaling",
    &[Slot::new("categorie", Kind::Count), DATUM, PERCENTAGE],
    "De afstemmingsverordening deelt deze gedraging in categorie {categorie} in. U hebt zich \
     opnieuw zo gedragen binnen de termijn na de maatregel die op {datum} inging. Daarom wordt \
     de bijstand verlaagd met {percentage}.",
    "The afstemmingsverordening places this conduct in category {categorie}. You repeated it \
     within the period after the measure that started on {datum}, so the bijstand is lowered \
     by {percentage}.",
);

/// Art. 18 lid 5: the first statutory measure.
pub(crate) static WETTELIJK: Code = Code::new(
    "afstemming_wettelijk",
    &[],
    "Voor het niet nakomen van deze verplichting verlaagt het college de bijstand met 100%.",
    "For not meeting this obligation the college lowers the bijstand by 100%.",
);

/// Art. 18 lid 6–8: a repeat within twelve months.
pub(crate) static WETTELIJK_HERHALING: Code = Code::new(
    "afstemming_wettelijk_herhaling",
    &[DATUM],
    "U bent binnen twaalf maanden na de verlaging die op {datum} inging opnieuw een van deze \
     verplichtingen niet nagekomen. Het college verlaagt de bijstand met 100% voor een langere \
     periode.",
    "Within twelve months of the lowering that started on {datum} you again did not meet one \
     of these obligations. The college lowers the bijstand by 100% for a longer period.",
);

/// The verordening sets the period of a statutory measure (art. 18 lid 5 and 6).
pub(crate) static DUUR_VERORDENING: Code = Code::new(
    "afstemming_duur_verordening",
    &[],
    "De afstemmingsverordening stelt de duur van deze verlaging vast.",
    "The afstemmingsverordening sets the length of this lowering.",
);

/// The period, one month.
pub(crate) static PERIODE_EEN: Code = Code::new(
    "afstemming_periode_een_maand",
    &[VAN, TOT],
    "De verlaging geldt voor één maand: van {van} tot en met {tot}.",
    "The lowering applies for one month: from {van} to {tot}.",
);

/// The period, more months.
pub(crate) static PERIODE: Code = Code::new(
    "afstemming_periode",
    &[Slot::new("maanden", Kind::Count), VAN, TOT],
    "De verlaging geldt voor {maanden} maanden: van {van} tot en met {tot}.",
    "The lowering applies for {maanden} months: from {van} to {tot}.",
);

/// The amount of the lowering.
pub(crate) static VERLAGING: Code = Code::new(
    "afstemming_verlaging",
    &[Slot::new("verlaging", Kind::Money), BEDRAG],
    "De verlaging is {verlaging} per maand. U ontvangt in deze periode {bedrag} per maand.",
    "The lowering is {verlaging} a month. In this period you receive {bedrag} a month.",
);

/// Outcome of the obligations of art. 9 lid 1.
pub(crate) static PLICHT_BESLUIT: Code = Code::new(
    "arbeidsplicht_besluit",
    &[Slot::new(
        "verplichtingen",
        Kind::Label(&VERPLICHTINGEN_SETS),
    )],
    "Voor u gelden deze verplichtingen van artikel 9, eerste lid: {verplichtingen}.",
    "These obligations of art. 9 lid 1 apply to you: {verplichtingen}.",
);

/// The obligations run from the melding.
pub(crate) static PLICHT_MELDING: Code = Code::new(
    "arbeidsplicht_melding",
    &[DATUM],
    "De verplichtingen gelden vanaf de dag van uw melding, {datum}.",
    "The obligations apply from the day of your melding, {datum}.",
);

/// Age within 18 and the pensionable age.
pub(crate) static PLICHT_LEEFTIJD: Code = Code::new(
    "arbeidsplicht_leeftijd",
    &[Slot::new("leeftijd", Kind::Count), DATUM],
    "U bent {leeftijd} jaar. De verplichtingen gelden tot de pensioengerechtigde leeftijd, die \
     u bereikt op {datum}.",
    "You are {leeftijd}. The obligations apply until the pensionable age, which you reach on \
     {datum}.",
);

/// Age within 18 and a pensionable age the AOW table does not know yet.
pub(crate) static PLICHT_LEEFTIJD_ONBEKEND: Code = Code::new(
    "arbeidsplicht_leeftijd_pensioen_onbekend",
    &[Slot::new("leeftijd", Kind::Count)],
    "U bent {leeftijd} jaar. De verplichtingen gelden tot de pensioengerechtigde leeftijd.",
    "You are {leeftijd}. The obligations apply until the pensionable age.",
);

/// Under 18.
pub(crate) static PLICHT_JONGER: Code = Code::new(
    "arbeidsplicht_jonger_dan_18",
    &[DATUM],
    "U bent jonger dan 18 jaar. De verplichtingen gelden vanaf {datum}.",
    "You are under 18. The obligations apply from {datum}.",
);

/// At the pensionable age.
pub(crate) static PLICHT_PENSIOEN: Code = Code::new(
    "arbeidsplicht_pensioenleeftijd",
    &[DATUM],
    "U hebt op {datum} de pensioengerechtigde leeftijd bereikt. De verplichtingen gelden niet \
     meer.",
    "You reached the pensionable age on {datum}. The obligations no longer apply.",
);

/// An exemption.
pub(crate) static PLICHT_ONTHEFFING: Code = Code::new(
    "arbeidsplicht_ontheffing",
    &[Slot::new("ontheffing", Kind::Label(&ONTHEFFINGEN))],
    "Voor u geldt een uitzondering: {ontheffing}.",
    "An exception applies to you: {ontheffing}.",
);
