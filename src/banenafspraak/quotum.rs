//! The quotumheffing (Wfsv art. 38e–38h): the levy on an employer whose jobs filled by
//! arbeidsbeperkten fall short of the quotum, once the quotum is activated for its sector.
//!
//! Every text from 2015-05-01 on, as `quotumtekst` lists them ([`QuotumTekst`]); the levy
//! over a calendar year is set in the year after it, so the crate applies the text in force
//! on 1 January of that next year (every change read took effect on or before a 1 January
//! it could govern). Read in each of them:
//!
//! - art. 38e lid 1: the levy is raised only if art. 122n lid 1 activated it for the
//!   employer's sector, and, from the 2020 text, art. 122n lid 2 does not suspend it
//!   ([`Activering`], a fact the caller holds);
//! - art. 122na lid 1 (from 2020): an activated levy is still not carried out over the
//!   calendar years before a day the text names (2022, then 2026, then the entry into force of
//!   art. 2 of the Wet banenafspraak);
//! - art. 38g lid 3: the quotumtekort per employer from A (the employer's total verloonde uren
//!   in the year), B (the sector's quotumpercentage of art. 38f lid 1), C (the verloonde uren
//!   of arbeidsbeperkten at the employer) and D (the average verloonde uren of arbeidsbeperkten
//!   a year, both sectors together; Regeling Wfsv art. 3.28, text of 2015-10-19: "1.331
//!   uren", which the caller supplies as the regulation of its year sets it). The formula itself is typeset in the law and missing from
//!   the consolidated text as read; the crate computes `(A × B − C) / D`, the one combination
//!   of the four that yields a number of workplaces, and never below zero;
//! - Besluit Wfsv art. 2.23 (BWBR0019070, the same in the texts of 2015-05-01 and 2026-04-01),
//!   lid 2: "De vaststelling van de variabelen, bedoeld in artikel 38g, derde lid, van de Wfsv
//!   wordt naar beneden afgerond op twee cijfers achter de komma" (the crate rounds A, C and D
//!   in hours and B in percent, [`Rounding::DownTwoDecimals`]); lid 3: "Het quotumtekort,
//!   bedoeld in artikel 38g, derde lid, van de Wfsv wordt naar beneden afgerond op één
//!   decimaal" ([`Rounding::DownOneDecimal`]). The levy is then a whole multiple of € 500;
//! - art. 38h lid 4: "De quotumheffing bedraagt het quotumtekort vermenigvuldigd met
//!   € 5.000"; lid 3: the levy is set before 1 August (2015 text) or 1 November (from 2017) of
//!   the following year.
//!
//! Not built: who is liable at all (art. 34 lid 3 and 4, not read), the AMvB rules on the
//! variables (art. 38g lid 4–6) other than their rounding, years before 2015 (refused), the
//! quotumpercentage's own computation (art. 38f lid 2). The levy of the Wet banenafspraak that
//! follows it is in `opslag`.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::{Code, Decision, Eligibility, Ground, Kind, Slot, Value};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde, wire_enum};

use super::doelen::Sector;
use super::quotumtekst::QuotumTekst;

const WFSV: Regulation = Regulation::Wfsv;
const ART_38E_LID_1: &Citation = &Citation::article(WFSV, "38e").lid(1);
const ART_38G_LID_3: &Citation = &Citation::article(WFSV, "38g").lid(3);
const BESLUIT_2_23: &Citation = &Citation::article(crate::Regulation::BesluitWfsv, "2.23");
const ART_38H_LID_3: &Citation = &Citation::article(WFSV, "38h").lid(3);
const ART_38H_LID_4: &Citation = &Citation::article(WFSV, "38h").lid(4);
const ART_122NA_LID_1: &Citation = &Citation::article(WFSV, "122na").lid(1);

/// The levy per missing workplace (art. 38h lid 4, the same in every text read): € 5.000.
pub const HEFFING_PER_ARBEIDSPLAATS: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);

/// The first calendar year the crate computes the levy for: 2015, the year art. 38e–38h came
/// in (read from the consolidation of 2015-05-01; earlier years are refused).
pub const QUOTUM_TEKST_VANAF: i32 = 2015;

/// Whether art. 122n activated the levy for the sector for the year.
///
/// ```
/// use participatiewet::banenafspraak::Activering;
/// assert_eq!("niet_uitgevoerd".parse::<Activering>()?, Activering::NietUitgevoerd);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Activering {
    /// Activated (art. 122n lid 1) and not suspended.
    Geactiveerd,
    /// Not activated.
    NietGeactiveerd,
    /// Activated but not carried out (art. 122n lid 2, from the 2020 text; refused for a year
    /// whose text has no such lid).
    NietUitgevoerd,
}

wire_enum!(Activering);

/// The facts of one employer for one calendar year.
///
/// ```
/// use participatiewet::banenafspraak::{Activering, Quotumfeiten, Sector};
/// use participatiewet::Percentage;
/// use rust_decimal::dec;
/// let f = Quotumfeiten::new(2026, Sector::Overheid, Activering::Geactiveerd, dec!(1_000_000), Percentage::new(dec!(2.5))?, dec!(10_000), dec!(1326))?;
/// assert_eq!(f.kalenderjaar(), 2026);
/// assert!(Quotumfeiten::new(2026, Sector::Overheid, Activering::Geactiveerd, dec!(100), Percentage::new(dec!(2.5))?, dec!(200), dec!(1326)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Quotumfeiten {
    kalenderjaar: i32,
    sector: Sector,
    activering: Activering,
    uren_werknemers: Decimal,
    quotumpercentage: Percentage,
    uren_arbeidsbeperkten: Decimal,
    gemiddelde_uren_arbeidsbeperkte: Decimal,
}

validated_serde!(Quotumfeiten);

/// The largest number of hours the crate accepts in a year's total (10^15).
const UREN_MAX: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

impl Validate for Quotumfeiten {
    fn validate(&self) -> Result<(), Error> {
        if !(1900..=2199).contains(&self.kalenderjaar) {
            return Err(Error::OutOfRange {
                field: "kalenderjaar".into(),
                value: self.kalenderjaar.to_string(),
                min: "1900".to_owned(),
                max: "2199".to_owned(),
            });
        }
        for (field, v) in [
            ("uren_werknemers", self.uren_werknemers),
            ("uren_arbeidsbeperkten", self.uren_arbeidsbeperkten),
            (
                "gemiddelde_uren_arbeidsbeperkte",
                self.gemiddelde_uren_arbeidsbeperkte,
            ),
        ] {
            if v.is_sign_negative() || v > UREN_MAX || v.scale() > 4 {
                return Err(Error::OutOfRange {
                    field: field.into(),
                    value: v.to_string(),
                    min: "0".to_owned(),
                    max: UREN_MAX.to_string(),
                });
            }
        }
        if Rounding::DownTwoDecimals
            .apply(self.gemiddelde_uren_arbeidsbeperkte)
            .is_zero()
        {
            return Err(Error::facts(
                "gemiddelde_uren_arbeidsbeperkte",
                Text::new(
                    "moet ten minste 0,01 zijn (artikel 2.23, tweede lid, van het Besluit Wfsv rondt af op twee decimalen)",
                    "must be at least 0.01 (Besluit Wfsv art. 2.23 lid 2 rounds to two decimals)",
                ),
            ));
        }
        if self.uren_arbeidsbeperkten > self.uren_werknemers {
            return Err(Error::facts(
                "uren_arbeidsbeperkten",
                Text::new(
                    "meer uren van arbeidsbeperkten dan uren van alle werknemers",
                    "more hours of arbeidsbeperkten than of all employees",
                ),
            ));
        }
        Ok(())
    }
}

impl Quotumfeiten {
    /// The facts: year, sector, activation, A, B, C and D of art. 38g lid 3.
    pub fn new(
        kalenderjaar: i32,
        sector: Sector,
        activering: Activering,
        uren_werknemers: Decimal,
        quotumpercentage: Percentage,
        uren_arbeidsbeperkten: Decimal,
        gemiddelde_uren_arbeidsbeperkte: Decimal,
    ) -> Result<Self, Error> {
        let f = Self {
            kalenderjaar,
            sector,
            activering,
            uren_werknemers,
            quotumpercentage,
            uren_arbeidsbeperkten,
            gemiddelde_uren_arbeidsbeperkte,
        };
        f.validate()?;
        Ok(f)
    }

    /// The calendar year.
    #[must_use]
    pub const fn kalenderjaar(&self) -> i32 {
        self.kalenderjaar
    }

    /// A, B (in percent), C and D as the levy uses them: each rounded down to two decimals
    /// (Besluit Wfsv art. 2.23 lid 2).
    fn variabelen(&self) -> Variabelen {
        let twee = Rounding::DownTwoDecimals;
        Variabelen {
            a: twee.apply(self.uren_werknemers).normalize(),
            b: twee.apply(self.quotumpercentage.value()).normalize(),
            c: twee.apply(self.uren_arbeidsbeperkten).normalize(),
            d: twee.apply(self.gemiddelde_uren_arbeidsbeperkte).normalize(),
        }
    }
}

/// The variables of art. 38g lid 3 after the rounding of Besluit Wfsv art. 2.23 lid 2.
struct Variabelen {
    a: Decimal,
    b: Decimal,
    c: Decimal,
    d: Decimal,
}

/// The levy: the quotumtekort in workplaces and the amount (zero when not activated or no
/// shortfall), with the last day to set it.
///
/// Reading one from JSON recomputes it from its facts, so a tampered amount is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Quotumheffing {
    feiten: Quotumfeiten,
    tekst: QuotumTekst,
    quotumtekort: Decimal,
    heffing: Money,
    vaststellen_uiterlijk: NaiveDate,
}

validated_serde!(Quotumheffing);

impl Validate for Quotumheffing {
    fn validate(&self) -> Result<(), Error> {
        self.feiten.validate()?;
        if quotumheffing(&self.feiten)? == *self {
            Ok(())
        } else {
            Err(Error::state(
                "banenafspraak::Quotumheffing",
                Text::new(
                    "de heffing volgt niet uit de feiten",
                    "the levy does not follow from the facts",
                ),
            ))
        }
    }
}

impl Quotumheffing {
    /// The facts.
    #[must_use]
    pub const fn feiten(&self) -> &Quotumfeiten {
        &self.feiten
    }
    /// The text applied: the one in force on 1 January after the calendar year.
    #[must_use]
    pub const fn tekst(&self) -> QuotumTekst {
        self.tekst
    }
    /// Whether the levy is carried out: activated (art. 38e lid 1, 122n) and not held back by
    /// art. 122na.
    #[must_use]
    pub fn uitgevoerd(&self) -> bool {
        self.feiten.activering == Activering::Geactiveerd && !self.overgang()
    }
    /// Whether art. 122na lid 1 holds an activated levy back for this year.
    fn overgang(&self) -> bool {
        self.tekst
            .uitgevoerd_vanaf()
            .is_some_and(|d| self.feiten.kalenderjaar < d.year())
    }
    /// The quotumtekort in workplaces.
    #[must_use]
    pub const fn quotumtekort(&self) -> Decimal {
        self.quotumtekort
    }
    /// The levy.
    #[must_use]
    pub const fn heffing(&self) -> Money {
        self.heffing
    }
    /// The last day the inspecteur may set it: the day before 1 August (2015 text) or
    /// 1 November (from 2017) of the next year.
    #[must_use]
    pub const fn vaststellen_uiterlijk(&self) -> NaiveDate {
        self.vaststellen_uiterlijk
    }
}

pub(crate) static HEFFING: Code = Code::new(
    "banenafspraak_quotumheffing",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("bedrag", Kind::Money),
    ],
    "U bent over {jaar} een quotumheffing verschuldigd van {bedrag}.",
    "You owe a quota levy of {bedrag} over {jaar}.",
);
pub(crate) static GEEN_HEFFING: Code = Code::refusal(
    "banenafspraak_geen_quotumheffing",
    &[Slot::new("jaar", Kind::Count)],
    "U bent over {jaar} geen quotumheffing verschuldigd.",
    "You owe no quota levy over {jaar}.",
);
pub(crate) static TEKORT: Code = Code::new(
    "banenafspraak_quotumtekort",
    &[
        Slot::new("tekort", Kind::Number),
        Slot::new("uren", Kind::Number),
        Slot::new("percentage", Kind::Percentage),
        Slot::new("uren_ab", Kind::Number),
        Slot::new("gemiddeld", Kind::Number),
    ],
    "Het quotumtekort is {tekort} arbeidsplaatsen: ({uren} verloonde uren × {percentage} − {uren_ab} verloonde uren van arbeidsbeperkten) / {gemiddeld} uren per arbeidsbeperkte.",
    "The quota shortfall is {tekort} workplaces: ({uren} paid hours × {percentage} − {uren_ab} paid hours of arbeidsbeperkten) / {gemiddeld} hours per arbeidsbeperkte.",
);
pub(crate) static AFRONDING: Code = Code::new(
    "banenafspraak_quotumtekort_afronding",
    &[],
    "De uren en het quotumpercentage zijn naar beneden afgerond op twee cijfers achter de komma en het quotumtekort naar beneden op één decimaal.",
    "The hours and the quota percentage are rounded down to two decimals and the shortfall down to one decimal.",
);
pub(crate) static PER_PLAATS: Code = Code::new(
    "banenafspraak_quotumheffing_per_plaats",
    &[Slot::new("bedrag", Kind::Money)],
    "De quotumheffing bedraagt het quotumtekort vermenigvuldigd met {bedrag}.",
    "The levy is the shortfall times {bedrag}.",
);
pub(crate) static NIET_GEACTIVEERD: Code = Code::refusal(
    "banenafspraak_quotum_niet_geactiveerd",
    &[],
    "De quotumheffing is voor uw sector niet geactiveerd of wordt niet uitgevoerd.",
    "The quota levy is not activated for your sector or is not carried out.",
);
pub(crate) static VASTSTELLING: Code = Code::new(
    "banenafspraak_quotumheffing_termijn",
    &[Slot::new("datum", Kind::Date)],
    "De inspecteur stelt de quotumheffing uiterlijk op {datum} vast.",
    "The inspecteur sets the levy by {datum}.",
);

pub(crate) static OVERGANG: Code = Code::refusal(
    "banenafspraak_quotum_overgangsrecht",
    &[Slot::new("datum", Kind::Date)],
    "De quotumheffing wordt niet uitgevoerd over kalenderjaren die vóór {datum} liggen.",
    "The quota levy is not carried out over calendar years before {datum}.",
);

pub(crate) const CODES: &[&Code] = &[
    &HEFFING,
    &GEEN_HEFFING,
    &TEKORT,
    &AFRONDING,
    &PER_PLAATS,
    &NIET_GEACTIVEERD,
    &VASTSTELLING,
    &OVERGANG,
    // The inclusiviteitsopslag of the Wet banenafspraak, its successor (`opslag`).
    &super::opslag::OPSLAG,
    &super::opslag::GEEN,
    &super::opslag::NIET_GEACTIVEERD,
    &super::opslag::VERSCHULDIGD_VANAF,
    &super::opslag::KLEINE_WERKGEVER,
    &super::opslag::BEREKENING,
];

/// The levy for `feiten`, under the text in force on 1 January after the calendar year
/// ([`QuotumTekst`]). Errors for a year before [`QUOTUM_TEKST_VANAF`] (no art. 38e yet) and
/// for [`Activering::NietUitgevoerd`] under a text without art. 122n lid 2.
///
/// ```
/// use participatiewet::banenafspraak::{quotumheffing, Activering, QuotumTekst, Quotumfeiten, Sector};
/// use participatiewet::Percentage;
/// use rust_decimal::dec;
/// // A = 1.000.000 hours, B = 2,5%, C = 12.042 hours, D = 1.326 hours: (25.000 − 12.042) / 1.326.
/// let f = Quotumfeiten::new(2026, Sector::Overheid, Activering::Geactiveerd, dec!(1_000_000), Percentage::new(dec!(2.5))?, dec!(12_042), dec!(1326))?;
/// let q = quotumheffing(&f)?;
/// assert_eq!(q.tekst(), QuotumTekst::T2026);
/// // (25.000 − 12.042) / 1.326 = 9,7722…, rounded down to one decimal (Besluit Wfsv art. 2.23 lid 3).
/// assert_eq!(q.quotumtekort(), dec!(9.7));
/// assert_eq!(q.heffing().to_string(), "48500.00");
/// let back: participatiewet::banenafspraak::Quotumheffing = serde_json::from_str(&serde_json::to_string(&q).unwrap()).unwrap();
/// assert_eq!(back, q);
/// let tampered = serde_json::to_string(&q).unwrap().replace("48500.00", "1.00");
/// assert!(serde_json::from_str::<participatiewet::banenafspraak::Quotumheffing>(&tampered).is_err());
/// // Over 2019 the 2020 text holds an activated levy back (art. 122na: not before 2022).
/// let f = Quotumfeiten::new(2019, Sector::Overheid, Activering::Geactiveerd, dec!(1_000_000), Percentage::new(dec!(2.5))?, dec!(12_042), dec!(1326))?;
/// assert!(quotumheffing(&f)?.heffing().is_zero());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn quotumheffing(feiten: &Quotumfeiten) -> Result<Quotumheffing, Error> {
    let overflow = || Error::overflow("banenafspraak::quotumheffing");
    let volgend = feiten.kalenderjaar.checked_add(1).ok_or_else(overflow)?;
    let tekst = NaiveDate::from_ymd_opt(volgend, 1, 1)
        .and_then(QuotumTekst::op)
        .ok_or_else(|| {
            Error::facts(
                "kalenderjaar",
                Text::new(
                    "de artikelen 38e tot en met 38h van de Wfsv gelden vanaf 1 mei 2015; over een eerder kalenderjaar is geen quotumheffing",
                    "Wfsv art. 38e–38h apply from 1 May 2015; there is no quota levy over an earlier calendar year",
                ),
            )
        })?;
    if feiten.activering == Activering::NietUitgevoerd && !tekst.kent_niet_uitvoeren() {
        return Err(Error::facts(
            "activering",
            Text::new(
                "het niet uitvoeren van een geactiveerde quotumheffing (artikel 122n, tweede lid, van de Wfsv) bestaat pas vanaf 1 januari 2020",
                "not carrying out an activated levy (Wfsv art. 122n lid 2) exists only from 1 January 2020",
            ),
        ));
    }
    let v = feiten.variabelen();
    let doel =
        v.a.checked_mul(v.b)
            .and_then(|ab| ab.checked_div(Decimal::ONE_HUNDRED))
            .ok_or_else(overflow)?;
    let tekort = Rounding::DownOneDecimal.apply(
        (doel - v.c)
            .max(Decimal::ZERO)
            .checked_div(v.d)
            .ok_or_else(overflow)?,
    );
    let mut q = Quotumheffing {
        feiten: *feiten,
        tekst,
        quotumtekort: tekort.normalize(),
        heffing: Money::ZERO,
        vaststellen_uiterlijk: NaiveDate::from_ymd_opt(volgend, tekst.vaststelling_voor_maand(), 1)
            .and_then(|d| d.pred_opt())
            .ok_or_else(overflow)?,
    };
    if q.uitgevoerd() {
        q.heffing = Money::rounded(
            tekort
                .checked_mul(HEFFING_PER_ARBEIDSPLAATS)
                .ok_or_else(overflow)?,
            Rounding::Cents,
        )?;
    }
    Ok(q)
}

impl Quotumheffing {
    /// The levy as a decision with its grounds.
    ///
    /// ```
    /// use participatiewet::banenafspraak::{quotumheffing, Activering, Quotumfeiten, Sector};
    /// use participatiewet::{Motivering, Percentage, Taal};
    /// use rust_decimal::dec;
    /// let f = Quotumfeiten::new(2026, Sector::NietOverheid, Activering::NietGeactiveerd, dec!(1_000_000), Percentage::new(dec!(2.5))?, dec!(0), dec!(1326))?;
    /// let d = quotumheffing(&f)?.decision();
    /// assert!(!d.value().is_eligible());
    /// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("niet geactiveerd"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let jaar = Value::Count(i64::from(self.feiten.kalenderjaar));
        let geactiveerd = self.feiten.activering == Activering::Geactiveerd;
        let uitgevoerd = self.uitgevoerd();
        let (value, outcome) = if uitgevoerd && !self.heffing.is_zero() {
            (
                Eligibility::Eligible(self.heffing),
                Ground::new(&HEFFING, ART_38H_LID_4, [jaar, Value::Money(self.heffing)]),
            )
        } else {
            (
                Eligibility::NotEligible,
                Ground::new(&GEEN_HEFFING, ART_38E_LID_1, [jaar]),
            )
        };
        let mut d = Decision::with_capacity(value, outcome, 5);
        if !geactiveerd {
            d.push(Ground::new(&NIET_GEACTIVEERD, ART_38E_LID_1, []));
        } else if let (false, Some(vanaf)) = (uitgevoerd, self.tekst.uitgevoerd_vanaf()) {
            d.push(Ground::new(
                &OVERGANG,
                ART_122NA_LID_1,
                [Value::Date(vanaf)],
            ));
        }
        let v = self.feiten.variabelen();
        let b = Percentage::new(v.b).unwrap_or(self.feiten.quotumpercentage);
        d.push(Ground::new(
            &TEKORT,
            ART_38G_LID_3,
            [
                Value::Number(self.quotumtekort),
                Value::Number(v.a),
                Value::Percentage(b),
                Value::Number(v.c),
                Value::Number(v.d),
            ],
        ));
        d.push(Ground::new(&AFRONDING, BESLUIT_2_23, []));
        if uitgevoerd {
            if let Ok(per) = Money::new(HEFFING_PER_ARBEIDSPLAATS) {
                d.push(Ground::new(&PER_PLAATS, ART_38H_LID_4, [Value::Money(per)]));
            }
            d.push(Ground::new(
                &VASTSTELLING,
                ART_38H_LID_3,
                [Value::Date(self.vaststellen_uiterlijk)],
            ));
        }
        d
    }
}
