//! A measure as imposed (art. 18): the statutory step, the rule it was imposed under, and
//! [`OpgelegdeMaatregel`], the persisted measure with its period.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::{categorie_check, voor_2015};
use super::verplichtingen::WETTELIJKE_MAATREGELEN_VANAF;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, Period, add_months, checked};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::wire::Validate;

/// The step of a statutory measure (art. 18 lid 5–8): a first breach, and each repeat within
/// twelve months of the previous statutory measure.
///
/// ```
/// use participatiewet::bijstand::afstemming::Trede;
/// assert_eq!(Trede::Eerste.lid(), 5);
/// assert_eq!(Trede::Derde.volgende(), Trede::Volgende);
/// assert_eq!(Trede::Volgende.volgende(), Trede::Volgende);
/// assert_eq!(Trede::Tweede.to_string(), "tweede");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Trede {
    /// Lid 5: 100% for the verordening's period of one to three months.
    Eerste,
    /// Lid 6: a repeat within twelve months of lid 5; longer, at most three months.
    Tweede,
    /// Lid 7: a repeat within twelve months of lid 6; three months.
    Derde,
    /// Lid 8: each further repeat within twelve months of lid 7 or 8; three months.
    Volgende,
}

crate::wire::wire_enum!(Trede);

static TREDEN: [Label; 4] = [
    Label::new("eerste", "eerste keer", "first time"),
    Label::new(
        "tweede",
        "tweede keer binnen twaalf maanden",
        "second time within twelve months",
    ),
    Label::new(
        "derde",
        "derde keer binnen twaalf maanden",
        "third time within twelve months",
    ),
    Label::new(
        "volgende",
        "volgende keer binnen twaalf maanden",
        "further time within twelve months",
    ),
];

impl Trede {
    /// The lid of art. 18 that applies.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::afstemming::Trede::Volgende.lid(), 8);
    /// ```
    #[must_use]
    pub const fn lid(self) -> u8 {
        match self {
            Self::Eerste => 5,
            Self::Tweede => 6,
            Self::Derde => 7,
            Self::Volgende => 8,
        }
    }

    /// The step after a repeat within twelve months.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Trede;
    /// assert_eq!(Trede::Eerste.volgende(), Trede::Tweede);
    /// ```
    #[must_use]
    pub const fn volgende(self) -> Self {
        match self {
            Self::Eerste => Self::Tweede,
            Self::Tweede => Self::Derde,
            Self::Derde | Self::Volgende => Self::Volgende,
        }
    }

    /// Participatiewet art. 18 with this lid.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Trede;
    /// assert_eq!(Trede::Tweede.citation().to_string(), "Participatiewet art. 18 lid 6");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        const PW_18: Citation = Citation::article(Regulation::Participatiewet, "18");
        match self {
            Self::Eerste => const { &PW_18.lid(5) },
            Self::Tweede => const { &PW_18.lid(6) },
            Self::Derde => const { &PW_18.lid(7) },
            Self::Volgende => const { &PW_18.lid(8) },
        }
    }

    /// The words for it.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::afstemming::Trede::Eerste.label().en, "first time");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Eerste => &TREDEN[0],
            Self::Tweede => &TREDEN[1],
            Self::Derde => &TREDEN[2],
            Self::Volgende => &TREDEN[3],
        }
    }
}

/// The rule a measure was imposed under: a statutory step or a verordening category.
///
/// ```
/// use participatiewet::bijstand::afstemming::{Toepassing, Trede};
/// let t = Toepassing::Wettelijk { trede: Trede::Eerste };
/// assert_eq!(serde_json::to_string(&t)?, r#"{"grond":"wettelijk","trede":"eerste"}"#);
/// assert_eq!(t.to_string(), "wettelijk: eerste");
/// assert_eq!(Toepassing::Verordening { categorie: 3 }.to_string(), "verordening: categorie 3");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "grond", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Toepassing {
    /// Art. 18 lid 5–8.
    Wettelijk {
        /// The step.
        trede: Trede,
    },
    /// The verordening's category (art. 18 lid 2).
    Verordening {
        /// The category (from 1).
        categorie: u8,
    },
}

impl fmt::Display for Toepassing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Wettelijk { trede } => write!(f, "wettelijk: {trede}"),
            Self::Verordening { categorie } => write!(f, "verordening: categorie {categorie}"),
        }
    }
}

/// A measure as imposed: the conduct's date, the rule, the percentage, the amount of the
/// lowering per month and the period. The hand-over and later bijstand carry it; the next
/// measure reads it to find a repeat.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Percentage, Period};
/// use participatiewet::bijstand::afstemming::{OpgelegdeMaatregel, Toepassing, Trede};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let m = OpgelegdeMaatregel::new(
///     d(2026, 1, 5),
///     Toepassing::Wettelijk { trede: Trede::Eerste },
///     Percentage::HUNDRED,
///     Money::from_cents(140_150)?,
///     Period::new(d(2026, 2, 1), d(2026, 3, 1))?,
/// )?;
/// assert_eq!(
///     serde_json::to_string(&m).unwrap(),
///     r#"{"gedraging_datum":"2026-01-05","toepassing":{"grond":"wettelijk","trede":"eerste"},"percentage":"100","verlaging":"1401.50","periode":{"from":"2026-02-01","to":"2026-03-01"}}"#
/// );
/// assert_eq!(m.to_string(), "wettelijk: eerste, 100% van 2026-02-01 tot 2026-03-01");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct OpgelegdeMaatregel {
    gedraging_datum: NaiveDate,
    toepassing: Toepassing,
    percentage: Percentage,
    verlaging: Money,
    periode: Period,
}

crate::wire::validated_serde!(OpgelegdeMaatregel);

impl Validate for OpgelegdeMaatregel {
    fn validate(&self) -> Result<(), Error> {
        checked(self.gedraging_datum, "gedraging_datum")?;
        self.periode.validate()?;
        if self.periode.from() < self.gedraging_datum {
            return Err(Error::facts(
                "periode",
                Text::new(
                    "een maatregel gaat niet in vóór de gedraging",
                    "a measure does not start before the conduct",
                ),
            ));
        }
        match self.toepassing {
            Toepassing::Wettelijk { .. } => {
                if self.gedraging_datum < WETTELIJKE_MAATREGELEN_VANAF {
                    return Err(voor_2015());
                }
                if self.percentage != Percentage::HUNDRED {
                    return Err(Error::facts(
                        "percentage",
                        Text::new(
                            "een wettelijke maatregel is 100% (artikel 18, vijfde tot en met \
                             achtste lid)",
                            "a statutory measure is 100% (art. 18 lid 5-8)",
                        ),
                    ));
                }
                let drie = add_months(self.periode.from(), 3, MonthEnd::NextDay)?;
                if self.periode.to() > drie {
                    return Err(Error::facts(
                        "periode",
                        Text::new(
                            "een wettelijke maatregel duurt ten hoogste drie maanden",
                            "a statutory measure lasts at most three months",
                        ),
                    ));
                }
                Ok(())
            }
            Toepassing::Verordening { categorie } => categorie_check(categorie),
        }
    }
}

impl OpgelegdeMaatregel {
    /// A measure for conduct on `gedraging_datum`, imposed under `toepassing`: `percentage`,
    /// a lowering of `verlaging` per month, for `periode`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Percentage, Period};
    /// use participatiewet::bijstand::afstemming::{OpgelegdeMaatregel, Toepassing, Trede};
    /// let d = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
    /// // a statutory measure is always 100%
    /// assert!(OpgelegdeMaatregel::new(d(1), Toepassing::Wettelijk { trede: Trede::Eerste },
    ///     Percentage::ZERO, Money::ZERO, Period::new(d(2), d(3))?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        gedraging_datum: NaiveDate,
        toepassing: Toepassing,
        percentage: Percentage,
        verlaging: Money,
        periode: Period,
    ) -> Result<Self, Error> {
        let m = Self {
            gedraging_datum,
            toepassing,
            percentage,
            verlaging,
            periode,
        };
        m.validate()?;
        Ok(m)
    }

    /// The day of the conduct.
    ///
    /// ```
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.gedraging_datum().to_string(), "2026-01-05");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn gedraging_datum(&self) -> NaiveDate {
        self.gedraging_datum
    }

    /// The rule it was imposed under.
    ///
    /// ```
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.toepassing().to_string(), "wettelijk: eerste");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn toepassing(&self) -> Toepassing {
        self.toepassing
    }

    /// The percentage.
    ///
    /// ```
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.percentage(), participatiewet::Percentage::HUNDRED);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn percentage(&self) -> Percentage {
        self.percentage
    }

    /// The lowering per month.
    ///
    /// ```
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.verlaging().to_string(), "1401.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verlaging(&self) -> Money {
        self.verlaging
    }

    /// The period in which the bijstand is lowered.
    ///
    /// ```
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.periode().last_day().to_string(), "2026-02-28");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn periode(&self) -> Period {
        self.periode
    }

    /// The lowering on `datum`: the measure's lowering inside its period, zero outside.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Money;
    /// # let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.verlaging_op(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn verlaging_op(&self, datum: NaiveDate) -> Money {
        if self.periode.contains(datum) {
            self.verlaging
        } else {
            Money::ZERO
        }
    }

    /// A statutory first measure for examples: conduct on 5 January 2026, 100% (€ 1.401,50)
    /// in February 2026.
    ///
    /// ```
    /// let m = participatiewet::bijstand::afstemming::OpgelegdeMaatregel::voorbeeld()?;
    /// assert_eq!(m.periode().days(), 28);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn voorbeeld() -> Result<Self, Error> {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(crate::date::EARLIEST);
        Self::new(
            d(2026, 1, 5),
            Toepassing::Wettelijk {
                trede: Trede::Eerste,
            },
            Percentage::HUNDRED,
            Money::from_cents_const(140_150),
            Period::new(d(2026, 2, 1), d(2026, 3, 1))?,
        )
    }
}

impl fmt::Display for OpgelegdeMaatregel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, {} van {} tot {}",
            self.toepassing,
            self.percentage,
            self.periode.from(),
            self.periode.to()
        )
    }
}
