//! The codes of the WW and IOW grounds (see [`Code`](crate::Code)).
//!
//! Every code is stable: its wire name (`ww_jareneis_voldaan`) never changes, so a stored
//! decision reads back. The Dutch templates are written for a letter to the citizen, in the
//! law's own words where it has them.

use crate::decision::{Code, Kind, Slot};

use super::uitsluiting::UITSLUITINGSGRONDEN;

const fn s(name: &'static str, kind: Kind) -> Slot {
    Slot::new(name, kind)
}

// --- The right (WW art. 16, 17, 19) ----------------------------------------------------------

pub(crate) static WW_RECHT_TOEGEKEND: Code = Code::new(
    "ww_recht_toegekend",
    &[s("datum", Kind::Date)],
    "U hebt recht op een WW-uitkering vanaf {datum}.",
    "You are entitled to WW benefit from {datum}.",
);
pub(crate) static WW_RECHT_AFGEWEZEN: Code = Code::new(
    "ww_recht_afgewezen",
    &[s("datum", Kind::Date)],
    "U hebt geen recht op een WW-uitkering vanaf {datum}.",
    "You are not entitled to WW benefit from {datum}.",
);
pub(crate) static WW_WERKLOOS: Code = Code::new(
    "ww_werkloos",
    &[
        s("verloren", Kind::Hours),
        s("uren", Kind::Hours),
        s("vereist", Kind::Hours),
    ],
    "U bent {verloren} van uw {uren} arbeidsuren per week kwijtgeraakt; ten minste {vereist} \
     is vereist. U bent beschikbaar voor arbeid en daarmee werkloos.",
    "You lost {verloren} of your {uren} working hours a week; at least {vereist} is required. \
     You are available for work and so unemployed.",
);
pub(crate) static WW_NIET_WERKLOOS: Code = Code::refusal(
    "ww_niet_werkloos",
    &[
        s("verloren", Kind::Hours),
        s("uren", Kind::Hours),
        s("vereist", Kind::Hours),
    ],
    "U bent {verloren} van uw {uren} arbeidsuren per week kwijtgeraakt; ten minste {vereist} \
     is vereist. U bent daarom niet werkloos.",
    "You lost {verloren} of your {uren} working hours a week; at least {vereist} is required. \
     So you are not unemployed.",
);
pub(crate) static WW_NIET_BESCHIKBAAR: Code = Code::refusal(
    "ww_niet_beschikbaar",
    &[],
    "U bent niet beschikbaar voor arbeid en daarom niet werkloos.",
    "You are not available for work and so not unemployed.",
);
pub(crate) static WW_WEKENEIS_VOLDAAN: Code = Code::new(
    "ww_wekeneis_voldaan",
    &[s("weken", Kind::Count)],
    "U hebt in {weken} van de 36 kalenderweken vóór uw eerste werkloosheidsdag gewerkt; ten \
     minste 26 is vereist. U voldoet aan de wekeneis.",
    "You worked in {weken} of the 36 calendar weeks before your first day of unemployment; at \
     least 26 are required. You meet the wekeneis.",
);
pub(crate) static WW_WEKENEIS_NIET_VOLDAAN: Code = Code::refusal(
    "ww_wekeneis_niet_voldaan",
    &[s("weken", Kind::Count)],
    "U hebt in {weken} van de 36 kalenderweken vóór uw eerste werkloosheidsdag gewerkt; ten \
     minste 26 is vereist. U voldoet niet aan de wekeneis.",
    "You worked in {weken} of the 36 calendar weeks before your first day of unemployment; at \
     least 26 are required. You do not meet the wekeneis.",
);
pub(crate) static WW_UITSLUITING: Code = Code::refusal(
    "ww_uitsluiting",
    &[s("grond", Kind::Label(&UITSLUITINGSGRONDEN))],
    "U hebt geen recht op WW omdat u {grond}.",
    "You are not entitled to WW because you {grond}.",
);
pub(crate) static WW_AOW_LEEFTIJD: Code = Code::refusal(
    "ww_aow_leeftijd",
    &[s("datum", Kind::Date)],
    "U hebt op {datum} de AOW-leeftijd bereikt.",
    "You reached the AOW age on {datum}.",
);

// --- The duration (WW art. 42, 42a, 42d, 130z) -----------------------------------------------

pub(crate) static WW_DUUR: Code = Code::new(
    "ww_duur",
    &[
        s("maanden", Kind::Number),
        s("van", Kind::Date),
        s("tot_en_met", Kind::Date),
    ],
    "Uw WW-uitkering duurt {maanden} maanden: van {van} tot en met {tot_en_met}.",
    "Your WW benefit lasts {maanden} months: from {van} up to and including {tot_en_met}.",
);
pub(crate) static WW_JARENEIS_VOLDAAN: Code = Code::new(
    "ww_jareneis_voldaan",
    &[
        s("jaren", Kind::Count),
        s("van", Kind::Count),
        s("tot_en_met", Kind::Count),
    ],
    "U hebt in {jaren} van de kalenderjaren {van} tot en met {tot_en_met} loon ontvangen over \
     208 of meer uren (vóór 2013: over 52 of meer dagen); ten minste 4 is vereist. U voldoet \
     aan de jareneis.",
    "You received wage over 208 or more hours (before 2013: 52 or more days) in {jaren} of the \
     calendar years {van} to {tot_en_met}; at least 4 are required. You meet the jareneis.",
);
pub(crate) static WW_JARENEIS_NIET_VOLDAAN: Code = Code::new(
    "ww_jareneis_niet_voldaan",
    &[
        s("jaren", Kind::Count),
        s("van", Kind::Count),
        s("tot_en_met", Kind::Count),
    ],
    "U hebt in {jaren} van de kalenderjaren {van} tot en met {tot_en_met} loon ontvangen over \
     208 of meer uren (vóór 2013: over 52 of meer dagen); ten minste 4 is vereist. U voldoet \
     niet aan de jareneis.",
    "You received wage over 208 or more hours (before 2013: 52 or more days) in {jaren} of the \
     calendar years {van} to {tot_en_met}; at least 4 are required. You do not meet the \
     jareneis.",
);
pub(crate) static WW_JARENEIS_ARBEIDSONGESCHIKTHEID: Code = Code::new(
    "ww_jareneis_arbeidsongeschiktheid",
    &[],
    "U had onmiddellijk voorafgaand aan of op uw eerste werkloosheidsdag recht op een \
     arbeidsongeschiktheidsuitkering. Daarmee voldoet u aan de jareneis.",
    "You had a right to a disability benefit immediately before or on your first day of \
     unemployment. So you meet the jareneis.",
);
pub(crate) static WW_DUUR_WEKENEIS: Code = Code::new(
    "ww_duur_wekeneis",
    &[],
    "U voldoet alleen aan de wekeneis. De uitkeringsduur is daarom drie maanden.",
    "You meet only the wekeneis. So the benefit lasts three months.",
);
pub(crate) static WW_ARBEIDSVERLEDEN: Code = Code::new(
    "ww_arbeidsverleden",
    &[
        s("jaren", Kind::Count),
        s("fictief", Kind::Count),
        s("voor_2016", Kind::Count),
        s("na_2015", Kind::Count),
    ],
    "Uw arbeidsverleden is {jaren} jaar: {fictief} jaar vanaf het jaar waarin u 18 werd tot \
     1998, {voor_2016} jaar met loon van 1998 tot en met 2015 en {na_2015} jaar met loon vanaf \
     2016.",
    "Your employment record is {jaren} years: {fictief} years from the year you turned 18 up \
     to 1998, {voor_2016} years with wage from 1998 to 2015 and {na_2015} years with wage from \
     2016.",
);
pub(crate) static WW_ZORGJAREN: Code = Code::new(
    "ww_zorgjaren",
    &[
        s("jaren", Kind::Count),
        s("voor_2016", Kind::Count),
        s("na_2015", Kind::Count),
    ],
    "{jaren} kalenderjaren met zorg voor een kind jonger dan vijf jaar of met inkomsten uit een \
     persoonsgebonden budget tellen voor de helft mee. Na afronding telt uw arbeidsverleden \
     {voor_2016} jaar vóór 2016 en {na_2015} jaar vanaf 2016.",
    "{jaren} calendar years of care for a child under five or with income from a personal \
     budget count half. After rounding your record counts {voor_2016} years before 2016 and \
     {na_2015} years from 2016.",
);
pub(crate) static WW_OPBOUW: Code = Code::new(
    "ww_opbouw",
    &[s("maanden", Kind::Number)],
    "De eerste tien jaar arbeidsverleden geven elk één maand uitkering, de verdere jaren vóór \
     2016 elk één maand en de verdere jaren vanaf 2016 elk een halve maand: samen {maanden} \
     maanden.",
    "The first ten years of the record give one month of benefit each, further years before \
     2016 one month each and further years from 2016 half a month each: {maanden} months in \
     all.",
);
pub(crate) static WW_OVERGANG: Code = Code::new(
    "ww_overgang",
    &[
        s("a", Kind::Count),
        s("b", Kind::Count),
        s("uitkomst", Kind::Count),
        s("maanden", Kind::Count),
    ],
    "Uw eerste werkloosheidsdag ligt op of na 1 januari 2016 en vóór 1 april 2019, en uw \
     arbeidsverleden geeft meer dan 24 maanden. De uitkeringsduur is daarom A – B: {a} jaar \
     arbeidsverleden op 1 januari 2016 (ten hoogste 38) min {b} kalenderkwartalen vanaf 1 \
     januari 2016 is {uitkomst}, en ten minste 24: {maanden} maanden.",
    "Your first day of unemployment is on or after 1 January 2016 and before 1 April 2019, and \
     your record gives more than 24 months. So the duration is A – B: {a} years of record on 1 \
     January 2016 (at most 38) minus {b} calendar quarters from 1 January 2016 is {uitkomst}, \
     and at least 24: {maanden} months.",
);
pub(crate) static WW_VOOR_2016: Code = Code::new(
    "ww_voor_2016",
    &[s("maanden", Kind::Number)],
    "Uw eerste werkloosheidsdag ligt vóór 1 januari 2016. Daarom geldt de uitkeringsduur zoals \
     de wet die tot die dag regelde: één maand per jaar arbeidsverleden, samen {maanden} \
     maanden, ten hoogste 38 maanden.",
    "Your first day of unemployment is before 1 January 2016. So the duration follows the law \
     as it read until that day: one month per year of record, {maanden} months in all, at most \
     38 months.",
);
pub(crate) static WW_DUUR_MAXIMUM: Code = Code::new(
    "ww_duur_maximum",
    &[s("maanden", Kind::Count)],
    "De uitkeringsduur is ten hoogste {maanden} maanden.",
    "The benefit lasts at most {maanden} months.",
);
pub(crate) static WW_HALVE_MAAND: Code = Code::new(
    "ww_halve_maand",
    &[],
    "Een halve maand telt voor 15 kalenderdagen.",
    "A half month counts as 15 calendar days.",
);
pub(crate) static WW_EINDE: Code = Code::new(
    "ww_einde",
    &[s("ingang", Kind::Date), s("einde", Kind::Date)],
    "De uitkeringsduur telt vanaf {ingang}, de eerste dag waarop uw recht op uitkering is \
     ontstaan. De laatste dag van de uitkeringsduur is {einde}.",
    "The duration counts from {ingang}, the first day your right to benefit arose. The last \
     day of the duration is {einde}.",
);
pub(crate) static WW_EINDE_AOW: Code = Code::new(
    "ww_einde_aow",
    &[s("aow", Kind::Date), s("einde", Kind::Date)],
    "U bereikt op {aow} de AOW-leeftijd. Uw recht op WW eindigt dan; de laatste dag met WW is \
     {einde}.",
    "You reach the AOW age on {aow}. Your right to WW ends then; the last day with WW is \
     {einde}.",
);

// --- The amount (WW art. 1b, 47, 20; Wfsv art. 17) --------------------------------------------

pub(crate) static WW_BEDRAG: Code = Code::new(
    "ww_bedrag",
    &[s("bedrag", Kind::Money), s("maand", Kind::Count)],
    "Uw WW-uitkering is {bedrag} bruto over maand {maand} van uw recht.",
    "Your WW benefit is {bedrag} gross for month {maand} of your right.",
);
pub(crate) static WW_BEDRAG_EINDE: Code = Code::new(
    "ww_bedrag_einde",
    &[s("maand", Kind::Count)],
    "Uw recht op WW eindigt met ingang van maand {maand} van uw recht.",
    "Your right to WW ends from month {maand} of your right.",
);
pub(crate) static WW_DAGLOON: Code = Code::new(
    "ww_dagloon",
    &[s("dagloon", Kind::Money), s("maximum", Kind::Money)],
    "Uw dagloon is {dagloon}; dat is niet meer dan het maximumdagloon van {maximum}.",
    "Your daily wage is {dagloon}; that is not above the maximum daily wage of {maximum}.",
);
pub(crate) static WW_DAGLOON_MAXIMUM: Code = Code::new(
    "ww_dagloon_maximum",
    &[
        s("ongemaximeerd", Kind::Money),
        s("maximum", Kind::Money),
        s("rij", Kind::Row),
    ],
    "Uw dagloon van {ongemaximeerd} is hoger dan het maximumdagloon. Gerekend wordt met het \
     maximumdagloon van {maximum}.",
    "Your daily wage of {ongemaximeerd} is above the maximum daily wage. The maximum of \
     {maximum} is used.",
);
pub(crate) static WW_MAANDLOON: Code = Code::new(
    "ww_maandloon",
    &[s("dagloon", Kind::Money), s("maandloon", Kind::Money)],
    "U had de hele kalendermaand recht op uitkering. Het maandloon is 21,75 × {dagloon} = \
     {maandloon}.",
    "You had a right to benefit for the whole calendar month. The monthly wage is 21.75 × \
     {dagloon} = {maandloon}.",
);
pub(crate) static WW_MAANDLOON_DEEL: Code = Code::new(
    "ww_maandloon_deel",
    &[
        s("werkdagen", Kind::Count),
        s("dagloon", Kind::Money),
        s("maandloon", Kind::Money),
    ],
    "U had niet de hele kalendermaand recht op uitkering. Het maandloon is {werkdagen} \
     werkdagen × {dagloon} = {maandloon}.",
    "You did not have a right to benefit for the whole calendar month. The monthly wage is \
     {werkdagen} working days × {dagloon} = {maandloon}.",
);
pub(crate) static WW_INKOMEN: Code = Code::new(
    "ww_inkomen",
    &[
        s("inkomen", Kind::Money),
        s("dagloon", Kind::Money),
        s("ongemaximeerd", Kind::Money),
        s("verrekend", Kind::Money),
    ],
    "Uw inkomen van {inkomen} wordt verrekend naar de verhouding van uw dagloon: {inkomen} × \
     {dagloon} / {ongemaximeerd} = {verrekend}.",
    "Your income of {inkomen} is set off in proportion to your daily wage: {inkomen} × \
     {dagloon} / {ongemaximeerd} = {verrekend}.",
);
pub(crate) static WW_FORMULE: Code = Code::new(
    "ww_formule",
    &[
        s("percentage", Kind::Percentage),
        s("maandloon", Kind::Money),
        s("verrekend", Kind::Money),
        s("overig", Kind::Money),
        s("bedrag", Kind::Money),
    ],
    "De uitkering is {percentage} van ({maandloon} – {verrekend}), min {overig} ander \
     inkomen: {bedrag}.",
    "The benefit is {percentage} of ({maandloon} – {verrekend}), minus {overig} other income: \
     {bedrag}.",
);
pub(crate) static WW_INKOMEN_GRENS: Code = Code::refusal(
    "ww_inkomen_grens",
    &[s("verrekend", Kind::Money), s("maandloon", Kind::Money)],
    "Uw verrekende inkomen van {verrekend} is meer dan 87,5% van uw maandloon van {maandloon}. \
     Uw recht op WW eindigt daarom.",
    "Your set-off income of {verrekend} is more than 87.5% of your monthly wage of {maandloon}. \
     So your right to WW ends.",
);

// --- The IOW (IOW art. 3, 6, 10) ---------------------------------------------------------------

pub(crate) static IOW_RECHT_TOEGEKEND: Code = Code::new(
    "iow_recht_toegekend",
    &[s("datum", Kind::Date)],
    "U hebt recht op een IOW-uitkering vanaf {datum}.",
    "You are entitled to IOW benefit from {datum}.",
);
pub(crate) static IOW_RECHT_AFGEWEZEN: Code = Code::new(
    "iow_recht_afgewezen",
    &[],
    "U hebt geen recht op een IOW-uitkering.",
    "You are not entitled to IOW benefit.",
);
pub(crate) static IOW_VENSTER: Code = Code::new(
    "iow_venster",
    &[s("datum", Kind::Date)],
    "Uw eerste werkloosheidsdag {datum} ligt tussen 30 september 2006 en 1 januari 2028.",
    "Your first day of unemployment {datum} lies between 30 September 2006 and 1 January 2028.",
);
pub(crate) static IOW_BUITEN_VENSTER: Code = Code::refusal(
    "iow_buiten_venster",
    &[s("datum", Kind::Date)],
    "Uw eerste werkloosheidsdag {datum} ligt niet tussen 30 september 2006 en 1 januari 2028.",
    "Your first day of unemployment {datum} does not lie between 30 September 2006 and 1 \
     January 2028.",
);
pub(crate) static IOW_LEEFTIJD: Code = Code::new(
    "iow_leeftijd",
    &[s("leeftijdsdatum", Kind::Date), s("datum", Kind::Date)],
    "U was op {leeftijdsdatum} 60 jaar en 4 maanden, niet later dan uw eerste \
     werkloosheidsdag {datum}.",
    "You were 60 years and 4 months on {leeftijdsdatum}, no later than your first day of \
     unemployment {datum}.",
);
pub(crate) static IOW_TE_JONG: Code = Code::refusal(
    "iow_te_jong",
    &[s("leeftijdsdatum", Kind::Date), s("datum", Kind::Date)],
    "U bent pas op {leeftijdsdatum} 60 jaar en 4 maanden, na uw eerste werkloosheidsdag \
     {datum}.",
    "You are 60 years and 4 months only on {leeftijdsdatum}, after your first day of \
     unemployment {datum}.",
);
pub(crate) static IOW_JARENEIS: Code = Code::new(
    "iow_jareneis",
    &[],
    "U voldeed op uw eerste werkloosheidsdag aan de jareneis van de Werkloosheidswet.",
    "You met the jareneis of the WW on your first day of unemployment.",
);
pub(crate) static IOW_GEEN_JARENEIS: Code = Code::refusal(
    "iow_geen_jareneis",
    &[],
    "U voldeed op uw eerste werkloosheidsdag niet aan de jareneis van de Werkloosheidswet.",
    "You did not meet the jareneis of the WW on your first day of unemployment.",
);
pub(crate) static IOW_WW_VOLLEDIG: Code = Code::new(
    "iow_ww_volledig",
    &[s("einde", Kind::Date)],
    "Uw WW-uitkering loopt de volledige duur, tot en met {einde}. De IOW begint de dag daarna.",
    "Your WW benefit runs its full duration, up to and including {einde}. The IOW starts the \
     day after.",
);
pub(crate) static IOW_WW_NIET_VOLLEDIG: Code = Code::refusal(
    "iow_ww_niet_volledig",
    &[],
    "U hebt de WW-uitkering niet de volledige uitkeringsduur ontvangen.",
    "You did not receive the WW benefit for its full duration.",
);
pub(crate) static IOW_AOW: Code = Code::refusal(
    "iow_aow",
    &[s("aow", Kind::Date), s("ingang", Kind::Date)],
    "U bereikt op {aow} de AOW-leeftijd, niet na {ingang}, de dag waarop de IOW zou beginnen.",
    "You reach the AOW age on {aow}, not after {ingang}, the day the IOW would start.",
);
pub(crate) static IOW_BEDRAG: Code = Code::new(
    "iow_bedrag",
    &[s("bedrag", Kind::Money)],
    "Uw IOW-uitkering is {bedrag} bruto per maand.",
    "Your IOW benefit is {bedrag} gross a month.",
);
pub(crate) static IOW_GRONDSLAG: Code = Code::new(
    "iow_grondslag",
    &[
        s("maandloon", Kind::Money),
        s("maximum", Kind::Money),
        s("a", Kind::Money),
    ],
    "Uw maandloon van {maandloon} telt tot ten hoogste {maximum} (10/7 × het bedrag van de \
     Toeslagenwet × 21,75): {a}.",
    "Your monthly wage of {maandloon} counts up to at most {maximum} (10/7 × the Toeslagenwet \
     amount × 21.75): {a}.",
);
pub(crate) static IOW_FORMULE: Code = Code::new(
    "iow_formule",
    &[
        s("a", Kind::Money),
        s("inkomen", Kind::Money),
        s("overig", Kind::Money),
        s("bedrag", Kind::Money),
    ],
    "De uitkering is 70% van ({a} – {inkomen} inkomen uit arbeid), min {overig} ander \
     inkomen: {bedrag}.",
    "The benefit is 70% of ({a} – {inkomen} income from work), minus {overig} other income: \
     {bedrag}.",
);

/// Every code of this domain.
pub(crate) const CODES: &[&Code] = &[
    &WW_RECHT_TOEGEKEND,
    &WW_RECHT_AFGEWEZEN,
    &WW_WERKLOOS,
    &WW_NIET_WERKLOOS,
    &WW_NIET_BESCHIKBAAR,
    &WW_WEKENEIS_VOLDAAN,
    &WW_WEKENEIS_NIET_VOLDAAN,
    &WW_UITSLUITING,
    &WW_AOW_LEEFTIJD,
    &WW_DUUR,
    &WW_JARENEIS_VOLDAAN,
    &WW_JARENEIS_NIET_VOLDAAN,
    &WW_JARENEIS_ARBEIDSONGESCHIKTHEID,
    &WW_DUUR_WEKENEIS,
    &WW_ARBEIDSVERLEDEN,
    &WW_ZORGJAREN,
    &WW_OPBOUW,
    &WW_OVERGANG,
    &WW_VOOR_2016,
    &WW_DUUR_MAXIMUM,
    &WW_HALVE_MAAND,
    &WW_EINDE,
    &WW_EINDE_AOW,
    &WW_BEDRAG,
    &WW_BEDRAG_EINDE,
    &WW_DAGLOON,
    &WW_DAGLOON_MAXIMUM,
    &WW_MAANDLOON,
    &WW_MAANDLOON_DEEL,
    &WW_INKOMEN,
    &WW_FORMULE,
    &WW_INKOMEN_GRENS,
    &IOW_RECHT_TOEGEKEND,
    &IOW_RECHT_AFGEWEZEN,
    &IOW_VENSTER,
    &IOW_BUITEN_VENSTER,
    &IOW_LEEFTIJD,
    &IOW_TE_JONG,
    &IOW_JARENEIS,
    &IOW_GEEN_JARENEIS,
    &IOW_WW_VOLLEDIG,
    &IOW_WW_NIET_VOLLEDIG,
    &IOW_AOW,
    &IOW_BEDRAG,
    &IOW_GRONDSLAG,
    &IOW_FORMULE,
];
