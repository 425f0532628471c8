//! The facts of a measure (art. 18): the conduct, its date, the bijstand before the measure,
//! blame, and the measures imposed earlier ([`OpgelegdeMaatregel`], for repeats).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::opgelegd::OpgelegdeMaatregel;
use super::verplichtingen::{Arbeidsverplichting, Verplichting, WETTELIJKE_MAATREGELEN_VANAF};
use crate::date::checked;
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::wire::Validate;

/// Whether the conduct can be blamed on the person (art. 18 lid 9: no measure when every form
/// of blame is absent).
///
/// ```
/// use participatiewet::bijstand::afstemming::Verwijtbaarheid;
/// assert_eq!("ontbreekt".parse::<Verwijtbaarheid>()?, Verwijtbaarheid::Ontbreekt);
/// assert_eq!(Verwijtbaarheid::Verwijtbaar.label().en, "blameworthy");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verwijtbaarheid {
    /// Some form of blame exists: the measure follows.
    Verwijtbaar,
    /// Every form of blame is absent: no measure (art. 18 lid 9).
    Ontbreekt,
}

crate::wire::wire_enum!(Verwijtbaarheid);

static VERWIJTBAARHEID: [Label; 2] = [
    Label::new("verwijtbaar", "verwijtbaar", "blameworthy"),
    Label::new(
        "ontbreekt",
        "elke vorm van verwijtbaarheid ontbreekt",
        "no blame at all",
    ),
];

impl Verwijtbaarheid {
    /// The words for it.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Verwijtbaarheid;
    /// assert_eq!(Verwijtbaarheid::Verwijtbaar.label().nl, "verwijtbaar");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Verwijtbaar => &VERWIJTBAARHEID[0],
            Self::Ontbreekt => &VERWIJTBAARHEID[1],
        }
    }
}

/// The conduct a measure answers: an arbeidsverplichting of art. 18 lid 4, or another
/// obligation the verordening places in one of its categories (art. 18 lid 2).
///
/// ```
/// use participatiewet::bijstand::afstemming::{Arbeidsverplichting, Gedraging, Verplichting};
/// let g = Gedraging::Arbeidsverplichting { verplichting: Arbeidsverplichting::Reizen };
/// assert_eq!(serde_json::to_string(&g)?, r#"{"soort":"arbeidsverplichting","verplichting":"reizen"}"#);
/// assert_eq!(g.to_string(), "arbeidsverplichting: reizen");
/// let v = Gedraging::Verordening { verplichting: Verplichting::Medewerking, categorie: 2 };
/// assert_eq!(v.to_string(), "verordening: medewerking (categorie 2)");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Gedraging {
    /// An arbeidsverplichting not met: the law's own measure (art. 18 lid 4–8).
    Arbeidsverplichting {
        /// The obligation.
        verplichting: Arbeidsverplichting,
    },
    /// Another obligation not met, in category `categorie` (from 1) of the verordening.
    Verordening {
        /// The obligation.
        verplichting: Verplichting,
        /// The verordening's category.
        categorie: u8,
    },
}

impl fmt::Display for Gedraging {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Arbeidsverplichting { verplichting } => {
                write!(f, "arbeidsverplichting: {verplichting}")
            }
            Self::Verordening {
                verplichting,
                categorie,
            } => write!(f, "verordening: {verplichting} (categorie {categorie})"),
        }
    }
}

/// The facts of a measure. Built with [`MaatregelFeiten::builder`]; reading JSON runs the same
/// checks and refuses unknown fields.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Money;
/// use participatiewet::bijstand::afstemming::{Arbeidsverplichting, MaatregelFeiten};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let feiten = MaatregelFeiten::builder("Voorbeeldstad", Money::from_cents(140_150)?)
///     .arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, d(2026, 1, 5))
///     .ingang(d(2026, 2, 1))
///     .build()?;
/// assert_eq!(feiten.gemeente(), "Voorbeeldstad");
/// let json = serde_json::to_string(&feiten).unwrap();
/// assert_eq!(serde_json::from_str::<MaatregelFeiten>(&json).unwrap(), feiten);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct MaatregelFeiten {
    gemeente: String,
    bijstand: Money,
    gedraging: Gedraging,
    gedraging_datum: NaiveDate,
    ingangsdatum: NaiveDate,
    verwijtbaarheid: Verwijtbaarheid,
    eerdere: Vec<OpgelegdeMaatregel>,
}

crate::wire::validated_serde!(MaatregelFeiten);

impl Validate for MaatregelFeiten {
    fn validate(&self) -> Result<(), Error> {
        if self.gemeente.trim().is_empty() {
            return Err(Error::facts(
                "gemeente",
                Text::new(
                    "de gemeente ontbreekt: zonder gemeente is de afstemmingsverordening niet \
                     bekend",
                    "the municipality is missing: without it the afstemmingsverordening is not \
                     known",
                ),
            ));
        }
        checked(self.gedraging_datum, "gedraging_datum")?;
        checked(self.ingangsdatum, "ingangsdatum")?;
        if self.ingangsdatum < self.gedraging_datum {
            return Err(Error::facts(
                "ingangsdatum",
                Text::new(
                    "een maatregel gaat niet in vóór de gedraging",
                    "a measure does not start before the conduct",
                ),
            ));
        }
        match self.gedraging {
            Gedraging::Arbeidsverplichting { .. } => {
                if self.gedraging_datum < WETTELIJKE_MAATREGELEN_VANAF {
                    return Err(voor_2015());
                }
            }
            Gedraging::Verordening { categorie, .. } => categorie_check(categorie)?,
        }
        self.eerdere.iter().try_for_each(Validate::validate)
    }
}

impl MaatregelFeiten {
    /// A builder for the facts of a measure in `gemeente` on bijstand of `bijstand` per month
    /// before the measure.
    ///
    /// ```
    /// use participatiewet::Money;
    /// use participatiewet::bijstand::afstemming::MaatregelFeiten;
    /// let err = MaatregelFeiten::builder("Voorbeeldstad", Money::ZERO).build().unwrap_err();
    /// assert_eq!(err.field(), Some("gedraging"));
    /// ```
    pub fn builder(gemeente: impl Into<String>, bijstand: Money) -> MaatregelFeitenBuilder {
        MaatregelFeitenBuilder {
            gemeente: gemeente.into(),
            bijstand,
            gedraging: None,
            ingangsdatum: None,
            verwijtbaarheid: Verwijtbaarheid::Verwijtbaar,
            eerdere: Vec::new(),
        }
    }

    /// The municipality whose verordening applies.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.gemeente(), "Voorbeeldstad");
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        &self.gemeente
    }

    /// The bijstand per month before the measure.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.bijstand().to_string(), "1401.50");
    /// ```
    #[must_use]
    pub const fn bijstand(&self) -> Money {
        self.bijstand
    }

    /// The conduct.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.gedraging().to_string(), "arbeidsverplichting: aanvaarden_of_behouden");
    /// ```
    #[must_use]
    pub const fn gedraging(&self) -> Gedraging {
        self.gedraging
    }

    /// The day of the conduct.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.gedraging_datum().to_string(), "2026-01-05");
    /// ```
    #[must_use]
    pub const fn gedraging_datum(&self) -> NaiveDate {
        self.gedraging_datum
    }

    /// The first day of the lowering, as the college decides it.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.ingangsdatum().to_string(), "2026-02-01");
    /// ```
    #[must_use]
    pub const fn ingangsdatum(&self) -> NaiveDate {
        self.ingangsdatum
    }

    /// Whether the conduct is blameworthy.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let f = MaatregelFeiten::voorbeeld();
    /// assert_eq!(f.verwijtbaarheid(), Verwijtbaarheid::Verwijtbaar);
    /// ```
    #[must_use]
    pub const fn verwijtbaarheid(&self) -> Verwijtbaarheid {
        self.verwijtbaarheid
    }

    /// The measures imposed earlier.
    ///
    /// ```
    /// # let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert!(f.eerdere().is_empty());
    /// ```
    #[must_use]
    pub fn eerdere(&self) -> &[OpgelegdeMaatregel] {
        &self.eerdere
    }

    /// Facts for examples: in Voorbeeldstad, a single person of 35 on the norm of 2026
    /// (€ 1.401,50) refused generally accepted work on 5 January 2026; the lowering starts on
    /// 1 February 2026.
    ///
    /// ```
    /// let f = participatiewet::bijstand::afstemming::MaatregelFeiten::voorbeeld();
    /// assert!(f.eerdere().is_empty());
    /// ```
    #[must_use]
    pub fn voorbeeld() -> Self {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(crate::date::EARLIEST);
        Self {
            gemeente: "Voorbeeldstad".to_owned(),
            bijstand: Money::from_cents_const(140_150),
            gedraging: Gedraging::Arbeidsverplichting {
                verplichting: Arbeidsverplichting::AanvaardenOfBehouden,
            },
            gedraging_datum: d(2026, 1, 5),
            ingangsdatum: d(2026, 2, 1),
            verwijtbaarheid: Verwijtbaarheid::Verwijtbaar,
            eerdere: Vec::new(),
        }
    }
}

/// The builder of [`MaatregelFeiten`]: the conduct with its date, the first day of the
/// lowering, blame (blameworthy unless said otherwise) and earlier measures.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Money;
/// use participatiewet::bijstand::afstemming::{MaatregelFeiten, Verplichting};
/// let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
/// let f = MaatregelFeiten::builder("Voorbeeldstad", Money::ZERO)
///     .verordening(Verplichting::Medewerking, 1, d)
///     .ingang(d)
///     .niet_verwijtbaar()
///     .build()?;
/// assert_eq!(f.ingangsdatum(), d);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct MaatregelFeitenBuilder {
    gemeente: String,
    bijstand: Money,
    gedraging: Option<(Gedraging, NaiveDate)>,
    ingangsdatum: Option<NaiveDate>,
    verwijtbaarheid: Verwijtbaarheid,
    eerdere: Vec<OpgelegdeMaatregel>,
}

impl MaatregelFeitenBuilder {
    /// The arbeidsverplichting not met on `datum`.
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// let b = MaatregelFeiten::builder("X", Money::ZERO)
    ///     .arbeidsverplichting(Arbeidsverplichting::Reizen, chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    /// assert!(b.build().is_err()); // no ingang yet
    /// ```
    pub fn arbeidsverplichting(
        mut self,
        verplichting: Arbeidsverplichting,
        datum: NaiveDate,
    ) -> Self {
        self.gedraging = Some((Gedraging::Arbeidsverplichting { verplichting }, datum));
        self
    }

    /// Another obligation not met on `datum`, in the verordening's `categorie`.
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    /// let f = MaatregelFeiten::builder("X", Money::ZERO).verordening(Verplichting::Arbeid, 2, d).ingang(d).build()?;
    /// assert_eq!(f.gedraging().to_string(), "verordening: arbeid (categorie 2)");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn verordening(
        mut self,
        verplichting: Verplichting,
        categorie: u8,
        datum: NaiveDate,
    ) -> Self {
        self.gedraging = Some((
            Gedraging::Verordening {
                verplichting,
                categorie,
            },
            datum,
        ));
        self
    }

    /// The first day of the lowering.
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// assert!(MaatregelFeiten::builder("X", Money::ZERO).ingang(chrono::NaiveDate::MIN).build().is_err());
    /// ```
    pub fn ingang(mut self, datum: NaiveDate) -> Self {
        self.ingangsdatum = Some(datum);
        self
    }

    /// Every form of blame is absent (art. 18 lid 9).
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    /// let f = MaatregelFeiten::builder("X", Money::ZERO).verordening(Verplichting::Arbeid, 1, d)
    ///     .ingang(d).niet_verwijtbaar().build()?;
    /// assert_eq!(f.verwijtbaarheid(), Verwijtbaarheid::Ontbreekt);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn niet_verwijtbaar(mut self) -> Self {
        self.verwijtbaarheid = Verwijtbaarheid::Ontbreekt;
        self
    }

    /// A measure imposed earlier.
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// let b = MaatregelFeiten::builder("X", Money::ZERO).eerdere(OpgelegdeMaatregel::voorbeeld()?);
    /// assert!(b.build().is_err()); // no conduct yet
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn eerdere(mut self, maatregel: OpgelegdeMaatregel) -> Self {
        self.eerdere.push(maatregel);
        self
    }

    /// The facts, checked.
    ///
    /// ```
    /// # use participatiewet::{Money, bijstand::afstemming::*};
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    /// let err = MaatregelFeiten::builder("X", Money::ZERO).verordening(Verplichting::Arbeid, 0, d)
    ///     .ingang(d).build().unwrap_err();
    /// assert_eq!(err.field(), Some("categorie"));
    /// ```
    pub fn build(self) -> Result<MaatregelFeiten, Error> {
        let (gedraging, gedraging_datum) = self.gedraging.ok_or_else(|| {
            Error::facts(
                "gedraging",
                Text::new("de gedraging ontbreekt", "the conduct is missing"),
            )
        })?;
        let ingangsdatum = self.ingangsdatum.ok_or_else(|| {
            Error::facts(
                "ingangsdatum",
                Text::new(
                    "de ingangsdatum van de maatregel ontbreekt",
                    "the first day of the measure is missing",
                ),
            )
        })?;
        let feiten = MaatregelFeiten {
            gemeente: self.gemeente,
            bijstand: self.bijstand,
            gedraging,
            gedraging_datum,
            ingangsdatum,
            verwijtbaarheid: self.verwijtbaarheid,
            eerdere: self.eerdere,
        };
        feiten.validate()?;
        Ok(feiten)
    }
}

pub(super) fn categorie_check(categorie: u8) -> Result<(), Error> {
    if categorie == 0 {
        Err(Error::facts(
            "categorie",
            Text::new(
                "de categorieën van de verordening tellen vanaf 1",
                "the verordening's categories count from 1",
            ),
        ))
    } else {
        Ok(())
    }
}

pub(super) fn voor_2015() -> Error {
    Error::facts(
        "gedraging_datum",
        Text::new(
            "de wettelijke maatregelen van artikel 18, vierde tot en met achtste lid, gelden \
             vanaf 1 januari 2015",
            "the statutory measures of art. 18 lid 4-8 apply from 2015-01-01",
        ),
    )
}
