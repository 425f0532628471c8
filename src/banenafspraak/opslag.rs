//! The inclusiviteitsopslag (Wet banenafspraak art. 5 and 6, BWBR0051018): the levy of the
//! Wet banenafspraak's quotumregeling, a surcharge on the premium of Wfsv art. 36 lid 1 (the
//! Aof premium) once the minister has activated the quotumregeling.
//!
//! Read in the consolidations of 2026-01-01 and 2026-07-01 ([`OpslagTekst`]); the crate
//! applies the text in force on 1 January of the premium year:
//!
//! - art. 5 lid 1: "De quotumregeling wordt niet uitgevoerd dan nadat bij regeling van Onze
//!   Minister, in overeenstemming met het gevoelen van de ministerraad, tot activering is
//!   besloten" ([`Opslagactivering`], the caller's fact: the year of that decision);
//! - art. 6 lid 1, second sentence (both texts): "De inclusiviteitsopslag is verschuldigd met
//!   ingang van 1 januari van het tweede kalenderjaar na het kalenderjaar waarin tot activering
//!   is besloten." First sentence, 2026-01-01: "De premie, bedoeld in artikel 36, eerste lid,
//!   van de Wfsv, wordt na een activering … verhoogd met een inclusiviteitsopslag"; 2026-07-01:
//!   "… wordt een inclusiviteitsopslag geheven op de premie, bedoeld in artikel 36, eerste lid,
//!   van de Wfsv, die ten gunste komt van het Rijk" (the same amount; the change says where it
//!   goes);
//! - lid 3: not owed by a kleine werkgever of Wfsv art. 36 ([`Werkgeversomvang`]);
//! - lid 4: not owed over the wage of an uitgeleende werknemer (a), of a Wsw dienstbetrekking
//!   not placed with another employer or a beschut-werk dienstbetrekking (b), nor over the
//!   benefits of (c); lid 8: per werknemer the first day in the aangiftetijdvak decides. The
//!   caller states that wage as [`Opslagfeiten::vrijgesteld_loon`];
//! - lid 6: "De inclusiviteitsopslag wordt vastgesteld bij regeling van Onze Minister als een
//!   voor alle takken van bedrijf en beroep gelijk opslagpercentage op het in artikel 36 van de
//!   Wfsv bedoelde hoge premiepercentage. Artikel 35 van de Wfsv is van overeenkomstige
//!   toepassing." The percentage is not in the law: the crate takes it from the caller, as it
//!   takes the quotumpercentage, and refuses a levy that is owed without it (error on
//!   `opslagpercentage`). Art. 35 (the maximum premium wage) is the caller's: the wage given
//!   is the wage the premium of art. 36 is levied over;
//! - art. 12 lid 1 (2026-01-01: "Deze wet"; 2026-07-01: "De artikelen 1 tot en met 6 van deze
//!   wet") is "niet van toepassing met betrekking tot kalenderjaren, gelegen voor de datum van
//!   inwerkingtreding van artikel 2": a premium year or an activation year before
//!   [`WET_BANENAFSPRAAK_ARTIKEL_2`] is refused (over those years lid 2 keeps the Wfsv
//!   quotumheffing, [`quotumheffing`](super::quotumheffing)). So an opslag is owed at the
//!   earliest from 1 January 2028 (activation decided in 2026).
//!
//! The amount is the percentage of the wage, rounded to cents ([`Rounding::Cents`]: the law
//! names no rounding of its own). The day art. 2 entered into force is taken from the first
//! consolidation that contains it (see `quotumtekst`): the royal decree of art. 13 was not
//! found in the sources read.
//!
//! Each ground cites the article of the Wet banenafspraak it applies
//! ([`Regulation::WetBanenafspraak`](crate::Regulation::WetBanenafspraak)).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::{Code, Decision, Eligibility, Ground, Kind, Slot, Value};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde, wire_enum};

use super::quotumtekst::WET_BANENAFSPRAAK_ARTIKEL_2;

const WB: Regulation = Regulation::WetBanenafspraak;
const ART_5_LID_1: &Citation = &Citation::article(WB, "5").lid(1);
const ART_6: &Citation = &Citation::article(WB, "6");
const ART_6_LID_1: &Citation = &Citation::article(WB, "6").lid(1);
const ART_6_LID_3: &Citation = &Citation::article(WB, "6").lid(3);
const ART_6_LID_4: &Citation = &Citation::article(WB, "6").lid(4);

const fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// A text of Wet banenafspraak art. 6 and 12, named by the first consolidation it was read in.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::OpslagTekst;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(OpslagTekst::op(d(2025, 12, 31)), None);
/// assert_eq!(OpslagTekst::op(d(2026, 6, 30)), Some(OpslagTekst::T2026));
/// assert_eq!(OpslagTekst::op(d(2027, 1, 1)), Some(OpslagTekst::T2026Juli));
/// assert_eq!("t2026_juli".parse::<OpslagTekst>()?, OpslagTekst::T2026Juli);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OpslagTekst {
    /// From 2026-01-01: the premium "wordt … verhoogd met een inclusiviteitsopslag".
    T2026,
    /// From 2026-07-01: the opslag "geheven op de premie … die ten gunste komt van het Rijk";
    /// art. 12 lid 1 names articles 1 to 6.
    T2026Juli,
}

wire_enum!(OpslagTekst);

impl OpslagTekst {
    /// The text in force on `datum`; `None` before [`WET_BANENAFSPRAAK_ARTIKEL_2`].
    #[must_use]
    pub fn op(datum: NaiveDate) -> Option<Self> {
        [Self::T2026Juli, Self::T2026]
            .into_iter()
            .find(|t| t.vanaf() <= datum)
    }

    /// The first day the crate applies this text.
    #[must_use]
    pub const fn vanaf(self) -> NaiveDate {
        match self {
            Self::T2026 => WET_BANENAFSPRAAK_ARTIKEL_2,
            Self::T2026Juli => day(2026, 7, 1),
        }
    }
}

/// Whether the minister activated the quotumregeling (art. 5 lid 1), and in which year.
///
/// ```
/// use participatiewet::banenafspraak::Opslagactivering;
/// let a = Opslagactivering::Geactiveerd { besloten_in: 2026 };
/// assert_eq!(serde_json::to_string(&a)?, r#"{"stand":"geactiveerd","besloten_in":2026}"#);
/// assert_eq!(a.to_string(), "geactiveerd: 2026");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "stand", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Opslagactivering {
    /// No activation decided.
    NietGeactiveerd,
    /// Activation decided by ministerial regulation in `besloten_in`.
    Geactiveerd {
        /// The calendar year of the decision.
        besloten_in: i32,
    },
}

/// `niet_geactiveerd` or `geactiveerd: <year>`.
impl std::fmt::Display for Opslagactivering {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NietGeactiveerd => f.write_str("niet_geactiveerd"),
            Self::Geactiveerd { besloten_in } => write!(f, "geactiveerd: {besloten_in}"),
        }
    }
}

/// Whether the employer is a kleine werkgever of Wfsv art. 36 (art. 6 lid 3).
///
/// ```
/// use participatiewet::banenafspraak::Werkgeversomvang;
/// assert_eq!("kleine_werkgever".parse::<Werkgeversomvang>()?, Werkgeversomvang::KleineWerkgever);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Werkgeversomvang {
    /// A kleine werkgever of Wfsv art. 36: owes no opslag.
    KleineWerkgever,
    /// Any other employer.
    Overig,
}

wire_enum!(Werkgeversomvang);

/// The facts of one employer for one premium year.
///
/// ```
/// use participatiewet::banenafspraak::{Opslagactivering, Opslagfeiten, Werkgeversomvang};
/// use participatiewet::{Money, Percentage};
/// let f = Opslagfeiten::new(2028, Opslagactivering::Geactiveerd { besloten_in: 2026 }, Werkgeversomvang::Overig, "1000000.00".parse::<Money>()?, "50000.00".parse::<Money>()?)?
///     .opslagpercentage(Percentage::new(rust_decimal::dec!(0.5))?);
/// assert_eq!(f.kalenderjaar(), 2028);
/// assert!(Opslagfeiten::new(2028, Opslagactivering::NietGeactiveerd, Werkgeversomvang::Overig, "1.00".parse::<Money>()?, "2.00".parse::<Money>()?).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Opslagfeiten {
    kalenderjaar: i32,
    activering: Opslagactivering,
    werkgever: Werkgeversomvang,
    premieloon: Money,
    vrijgesteld_loon: Money,
    opslagpercentage: Option<Percentage>,
}

validated_serde!(Opslagfeiten);

impl Validate for Opslagfeiten {
    fn validate(&self) -> Result<(), Error> {
        let eerste = WET_BANENAFSPRAAK_ARTIKEL_2.year();
        let voor = |field: &'static str| {
            Error::facts(
                field,
                Text::new(
                    "de Wet banenafspraak is niet van toepassing op kalenderjaren vóór de inwerkingtreding van haar artikel 2 (artikel 12, eerste lid); daarover geldt de quotumheffing van de Wfsv",
                    "the Wet banenafspraak does not apply to calendar years before its art. 2 came into force (art. 12 lid 1); the Wfsv quota levy applies to them",
                ),
            )
        };
        if !(1900..=2199).contains(&self.kalenderjaar) {
            return Err(Error::OutOfRange {
                field: "kalenderjaar".into(),
                value: self.kalenderjaar.to_string(),
                min: eerste.to_string(),
                max: "2199".to_owned(),
            });
        }
        if self.kalenderjaar < eerste {
            return Err(voor("kalenderjaar"));
        }
        if let Opslagactivering::Geactiveerd { besloten_in } = self.activering {
            if besloten_in < eerste {
                return Err(voor("besloten_in"));
            }
            if besloten_in > self.kalenderjaar {
                return Err(Error::facts(
                    "besloten_in",
                    Text::new(
                        "de activering ligt na het premiejaar",
                        "the activation lies after the premium year",
                    ),
                ));
            }
        }
        if self.vrijgesteld_loon > self.premieloon {
            return Err(Error::facts(
                "vrijgesteld_loon",
                Text::new(
                    "meer vrijgesteld loon dan premieloon",
                    "more exempt wage than premium wage",
                ),
            ));
        }
        Ok(())
    }
}

impl Opslagfeiten {
    /// The facts: the premium year, the activation, the employer's size, the wage the premium
    /// of Wfsv art. 36 lid 1 is levied over (`premieloon`) and the part of it art. 6 lid 4
    /// exempts (`vrijgesteld_loon`). Errors for a year before [`WET_BANENAFSPRAAK_ARTIKEL_2`]
    /// (art. 12 lid 1), an activation after the year, or more exempt wage than wage.
    pub fn new(
        kalenderjaar: i32,
        activering: Opslagactivering,
        werkgever: Werkgeversomvang,
        premieloon: Money,
        vrijgesteld_loon: Money,
    ) -> Result<Self, Error> {
        let f = Self {
            kalenderjaar,
            activering,
            werkgever,
            premieloon,
            vrijgesteld_loon,
            opslagpercentage: None,
        };
        f.validate()?;
        Ok(f)
    }

    /// The same, with the opslagpercentage the minister's regulation sets (art. 6 lid 6).
    #[must_use]
    pub const fn opslagpercentage(self, percentage: Percentage) -> Self {
        Self {
            opslagpercentage: Some(percentage),
            ..self
        }
    }

    /// The premium year.
    #[must_use]
    pub const fn kalenderjaar(&self) -> i32 {
        self.kalenderjaar
    }
}

/// Why no opslag is owed.
///
/// ```
/// use participatiewet::banenafspraak::GeenOpslag;
/// assert_eq!(GeenOpslag::NogNietVerschuldigd.to_string(), "nog_niet_verschuldigd");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GeenOpslag {
    /// No activation (art. 5 lid 1).
    NietGeactiveerd,
    /// Activated, but the year lies before 1 January of the second year after (art. 6 lid 1).
    NogNietVerschuldigd,
    /// A kleine werkgever (art. 6 lid 3).
    KleineWerkgever,
}

wire_enum!(GeenOpslag);

/// The opslag over a premium year: owed, with its base and amount, or not, with the reason.
/// Reading one from JSON recomputes it from its facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Inclusiviteitsopslag {
    feiten: Opslagfeiten,
    tekst: OpslagTekst,
    verschuldigd_vanaf: Option<NaiveDate>,
    geen: Option<GeenOpslag>,
    grondslag: Money,
    opslag: Money,
}

validated_serde!(Inclusiviteitsopslag);

impl Validate for Inclusiviteitsopslag {
    fn validate(&self) -> Result<(), Error> {
        self.feiten.validate()?;
        if inclusiviteitsopslag(&self.feiten)? == *self {
            Ok(())
        } else {
            Err(Error::state(
                "banenafspraak::Inclusiviteitsopslag",
                Text::new(
                    "de opslag volgt niet uit de feiten",
                    "the surcharge does not follow from the facts",
                ),
            ))
        }
    }
}

impl Inclusiviteitsopslag {
    /// The facts.
    #[must_use]
    pub const fn feiten(&self) -> &Opslagfeiten {
        &self.feiten
    }
    /// The text applied: the one in force on 1 January of the premium year.
    #[must_use]
    pub const fn tekst(&self) -> OpslagTekst {
        self.tekst
    }
    /// The first day the opslag is owed after the activation (art. 6 lid 1), if activated.
    #[must_use]
    pub const fn verschuldigd_vanaf(&self) -> Option<NaiveDate> {
        self.verschuldigd_vanaf
    }
    /// Why none is owed, if none is.
    #[must_use]
    pub const fn geen(&self) -> Option<GeenOpslag> {
        self.geen
    }
    /// The wage the opslag is levied over: the premium wage less the exempt wage (lid 4).
    #[must_use]
    pub const fn grondslag(&self) -> Money {
        self.grondslag
    }
    /// The opslag (zero when none is owed).
    #[must_use]
    pub const fn opslag(&self) -> Money {
        self.opslag
    }
}

/// The opslag for `feiten`. Errors when it is owed and the facts lack the opslagpercentage of
/// the minister's regulation (art. 6 lid 6), which the law does not state.
///
/// ```
/// use participatiewet::banenafspraak::{inclusiviteitsopslag, GeenOpslag, Opslagactivering, Opslagfeiten, Werkgeversomvang};
/// use participatiewet::{Money, Percentage};
/// let activering = Opslagactivering::Geactiveerd { besloten_in: 2026 };
/// let f = |jaar| Opslagfeiten::new(jaar, activering, Werkgeversomvang::Overig, "1000000.00".parse::<Money>().unwrap(), "50000.00".parse::<Money>().unwrap());
/// // Activated in 2026: owed from 1 January 2028, not over 2027.
/// assert_eq!(inclusiviteitsopslag(&f(2027)?)?.geen(), Some(GeenOpslag::NogNietVerschuldigd));
/// // Over 2028 it needs the percentage: 0,5% of (1.000.000 − 50.000) = 4.750.
/// assert!(inclusiviteitsopslag(&f(2028)?).is_err());
/// let o = inclusiviteitsopslag(&f(2028)?.opslagpercentage(Percentage::new(rust_decimal::dec!(0.5))?))?;
/// assert_eq!(o.opslag().to_string(), "4750.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn inclusiviteitsopslag(feiten: &Opslagfeiten) -> Result<Inclusiviteitsopslag, Error> {
    let overflow = || Error::overflow("banenafspraak::inclusiviteitsopslag");
    let tekst = NaiveDate::from_ymd_opt(feiten.kalenderjaar, 1, 1)
        .and_then(OpslagTekst::op)
        .ok_or_else(overflow)?;
    let verschuldigd_vanaf = match feiten.activering {
        Opslagactivering::NietGeactiveerd => None,
        Opslagactivering::Geactiveerd { besloten_in } => Some(
            besloten_in
                .checked_add(2)
                .and_then(|j| NaiveDate::from_ymd_opt(j, 1, 1))
                .ok_or_else(overflow)?,
        ),
    };
    let grondslag = Money::new(feiten.premieloon.amount() - feiten.vrijgesteld_loon.amount())?;
    let geen = match verschuldigd_vanaf {
        None => Some(GeenOpslag::NietGeactiveerd),
        Some(d) if feiten.kalenderjaar < d.year() => Some(GeenOpslag::NogNietVerschuldigd),
        Some(_) if feiten.werkgever == Werkgeversomvang::KleineWerkgever => {
            Some(GeenOpslag::KleineWerkgever)
        }
        Some(_) => None,
    };
    let opslag = match (geen, feiten.opslagpercentage) {
        (Some(_), _) => Money::ZERO,
        (None, Some(p)) => Money::rounded(
            grondslag
                .amount()
                .checked_mul(p.fraction())
                .ok_or_else(overflow)?,
            Rounding::Cents,
        )?,
        (None, None) => {
            return Err(Error::facts(
                "opslagpercentage",
                Text::new(
                    "de inclusiviteitsopslag is verschuldigd; het opslagpercentage staat niet in de wet maar in de regeling van de minister (artikel 6, zesde lid, van de Wet banenafspraak)",
                    "the surcharge is owed; its percentage is set by the minister's regulation, not the law (Wet banenafspraak art. 6 lid 6)",
                ),
            ));
        }
    };
    Ok(Inclusiviteitsopslag {
        feiten: *feiten,
        tekst,
        verschuldigd_vanaf,
        geen,
        grondslag,
        opslag,
    })
}

pub(crate) static OPSLAG: Code = Code::new(
    "banenafspraak_inclusiviteitsopslag",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("bedrag", Kind::Money),
    ],
    "U bent over {jaar} een inclusiviteitsopslag verschuldigd van {bedrag}.",
    "You owe an inclusiveness surcharge of {bedrag} over {jaar}.",
);
pub(crate) static GEEN: Code = Code::refusal(
    "banenafspraak_geen_inclusiviteitsopslag",
    &[Slot::new("jaar", Kind::Count)],
    "U bent over {jaar} geen inclusiviteitsopslag verschuldigd.",
    "You owe no inclusiveness surcharge over {jaar}.",
);
pub(crate) static NIET_GEACTIVEERD: Code = Code::refusal(
    "banenafspraak_opslag_niet_geactiveerd",
    &[],
    "De minister heeft niet tot activering van de quotumregeling besloten.",
    "The minister has not activated the quota scheme.",
);
pub(crate) static VERSCHULDIGD_VANAF: Code = Code::new(
    "banenafspraak_opslag_verschuldigd_vanaf",
    &[
        Slot::new("jaar", Kind::Count),
        Slot::new("datum", Kind::Date),
    ],
    "Tot activering is besloten in {jaar}; de inclusiviteitsopslag is verschuldigd met ingang van {datum}, 1 januari van het tweede kalenderjaar daarna.",
    "Activation was decided in {jaar}; the surcharge is owed from {datum}, 1 January of the second calendar year after.",
);
pub(crate) static KLEINE_WERKGEVER: Code = Code::refusal(
    "banenafspraak_opslag_kleine_werkgever",
    &[],
    "De inclusiviteitsopslag is niet verschuldigd door een kleine werkgever als bedoeld in artikel 36 van de Wfsv.",
    "A kleine werkgever of Wfsv art. 36 owes no surcharge.",
);
pub(crate) static BEREKENING: Code = Code::new(
    "banenafspraak_opslag_berekening",
    &[
        Slot::new("percentage", Kind::Percentage),
        Slot::new("loon", Kind::Money),
        Slot::new("vrijgesteld", Kind::Money),
        Slot::new("grondslag", Kind::Money),
    ],
    "De opslag is {percentage} van {grondslag}: het premieloon van {loon} minus {vrijgesteld} loon waarover de opslag niet verschuldigd is; het percentage volgt uit de regeling van de minister (artikel 6, zesde lid).",
    "The surcharge is {percentage} of {grondslag}: the premium wage of {loon} less {vrijgesteld} exempt wage; the percentage is set by the minister's regulation (art. 6 lid 6).",
);

impl Inclusiviteitsopslag {
    /// The opslag as a decision with its grounds.
    ///
    /// ```
    /// use participatiewet::banenafspraak::{inclusiviteitsopslag, Opslagactivering, Opslagfeiten, Werkgeversomvang};
    /// use participatiewet::{Money, Motivering, Taal};
    /// let f = Opslagfeiten::new(2026, Opslagactivering::NietGeactiveerd, Werkgeversomvang::Overig, "1000.00".parse::<Money>()?, "0.00".parse::<Money>()?)?;
    /// let d = inclusiviteitsopslag(&f)?.decision();
    /// assert!(!d.value().is_eligible());
    /// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("niet tot activering"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let jaar = Value::Count(i64::from(self.feiten.kalenderjaar));
        let (value, outcome) = match self.geen {
            None if !self.opslag.is_zero() => (
                Eligibility::Eligible(self.opslag),
                Ground::new(&OPSLAG, ART_6, [jaar, Value::Money(self.opslag)]),
            ),
            _ => (Eligibility::NotEligible, Ground::new(&GEEN, ART_6, [jaar])),
        };
        let mut d = Decision::with_capacity(value, outcome, 3);
        if let (Opslagactivering::Geactiveerd { besloten_in }, Some(vanaf)) =
            (self.feiten.activering, self.verschuldigd_vanaf)
        {
            d.push(Ground::new(
                &VERSCHULDIGD_VANAF,
                ART_6_LID_1,
                [Value::Count(i64::from(besloten_in)), Value::Date(vanaf)],
            ));
        }
        match self.geen {
            Some(GeenOpslag::NietGeactiveerd) => {
                d.push(Ground::new(&NIET_GEACTIVEERD, ART_5_LID_1, []));
            }
            Some(GeenOpslag::KleineWerkgever) => {
                d.push(Ground::new(&KLEINE_WERKGEVER, ART_6_LID_3, []));
            }
            Some(GeenOpslag::NogNietVerschuldigd) => {}
            None => {
                if let Some(p) = self.feiten.opslagpercentage {
                    d.push(Ground::new(
                        &BEREKENING,
                        ART_6_LID_4,
                        [
                            Value::Percentage(p),
                            Value::Money(self.feiten.premieloon),
                            Value::Money(self.feiten.vrijgesteld_loon),
                            Value::Money(self.grondslag),
                        ],
                    ));
                }
            }
        }
        d
    }
}
