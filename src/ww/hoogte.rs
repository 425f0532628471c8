//! The WW amount per calendar month (`hoogte van de uitkering`, WW art. 47), from the
//! [`Dagloon`] (daily wage, art. 1b lid 1 and the Dagloonbesluit) and the maandloon (monthly
//! wage, art. 1b lid 2).
//!
//! Art. 47 lid 1: the benefit per calendar month is
//!
//! - `0,75 × (A − B × C/D) − E` over the first two months in which the right exists, and
//! - `0,7 × (A − B × C/D) − E` from the third month,
//!
//! with A the maandloon, B the income in that month, C the dagloon (capped at the maximum
//! dagloon), D the dagloon before the cap, and E income set off in full. The factor C/D scales
//! the income down in the same proportion as the cap scaled down the wage. The crate reads B as
//! the income from (or in connection with) work in the month and E as other income set off in
//! full.
//!
//! # A month only partly covered
//!
//! WW art. 1b lid 2 (text of 2017-01-01): "Het maandloon in een kalendermaand bedraagt: a.
//! indien de werknemer over de volledige kalendermaand recht op een uitkering heeft gehad 21,75
//! maal het dagloon; b. indien de werknemer niet over de volledige kalendermaand recht op een
//! uitkering heeft gehad het aantal werkdagen in die kalendermaand waarop recht op uitkering
//! heeft bestaan, vermenigvuldigd met het dagloon. Bij het bepalen van het aantal werkdagen
//! wordt een kalenderweek geacht vijf werkdagen te hebben". So a partial month has
//! A = workdays × C ([`Maanddeel::Werkdagen`], counted Monday to Friday by [`werkdagen`]), and
//! B is the income over the days with a right (lid 4 onderdeel b), which the caller supplies.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::dagloon::Dagloon;
use super::maand::{Maanddeel, WwMaand, maandloon};

use super::gronden::{
    WW_BEDRAG, WW_BEDRAG_EINDE, WW_DAGLOON, WW_DAGLOON_MAXIMUM, WW_FORMULE, WW_INKOMEN,
    WW_INKOMEN_GRENS, WW_MAANDLOON, WW_MAANDLOON_DEEL,
};
use crate::citation::{Citation, Regulation};
use crate::decision::{Decision, Eligibility, Ground, RowRef, Value};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::params::TableName;
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde};

/// The benefit percentage over the first two months: 75% (WW art. 47 lid 1 onderdeel a).
pub const PERCENTAGE_EERSTE_TWEE_MAANDEN: Decimal = Decimal::from_parts(75, 0, 0, false, 2);
/// The benefit percentage from the third month: 70% (WW art. 47 lid 1 onderdeel b).
pub const PERCENTAGE_DAARNA: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The right ends when the income, times C/D, exceeds 87.5% of the maandloon (WW art. 20
/// lid 1 onderdeel c).
pub const EINDE_BIJ_INKOMEN: Decimal = Decimal::from_parts(875, 0, 0, false, 3);

const ART_47_A: &Citation = &Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("a");
const ART_47_B: &Citation = &Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("b");
const ART_47: &Citation = &Citation::article(Regulation::Werkloosheidswet, "47").lid(1);
const ART_1B_1: &Citation = &Citation::article(Regulation::Werkloosheidswet, "1b").lid(1);
const ART_1B_2_A: &Citation = &Citation::article(Regulation::Werkloosheidswet, "1b")
    .lid(2)
    .onderdeel("a");
const ART_1B_2_B: &Citation = &Citation::article(Regulation::Werkloosheidswet, "1b")
    .lid(2)
    .onderdeel("b");
const WFSV_17: &Citation = &Citation::article(Regulation::Wfsv, "17").lid(1);
const ART_20_C: &Citation = &Citation::article(Regulation::Werkloosheidswet, "20")
    .lid(1)
    .onderdeel("c");

/// The WW amount for one calendar month, with every term of art. 47 lid 1. `Copy`; computed
/// by [`uitkering_per_maand`] without allocation; read from JSON only when every term follows
/// from the dagloon and the month.
///
/// ```
/// # use chrono::NaiveDate;
/// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
/// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
/// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
/// let json = serde_json::to_string(&u).unwrap();
/// assert_eq!(serde_json::from_str::<ww::WwUitkering>(&json).unwrap(), u);
/// assert!(serde_json::from_str::<ww::WwUitkering>(&json.replace("1957.50", "1957.51")).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WwUitkering {
    dagloon: Dagloon,
    maand: WwMaand,
    percentage: Percentage,
    maandloon: Money,
    verrekend_inkomen: Money,
    bedrag: Money,
    boven_grens_einde: bool,
}

validated_serde!(WwUitkering);

impl Validate for WwUitkering {
    fn validate(&self) -> Result<(), Error> {
        if uitkering_per_maand(&self.dagloon, &self.maand)? != *self {
            return Err(Error::state(
                "ww::WwUitkering",
                Text::new(
                    "het bedrag volgt niet uit het dagloon en de maand",
                    "the amount does not follow from the dagloon and the month",
                ),
            ));
        }
        Ok(())
    }
}

impl WwUitkering {
    /// The dagloon (C and D).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.dagloon(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn dagloon(&self) -> Dagloon {
        self.dagloon
    }

    /// The month's facts.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(4, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.maand().maand(), 4);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maand(&self) -> WwMaand {
        self.maand
    }

    /// 75% in months 1 and 2, 70% from month 3.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(3, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.percentage().to_string(), "70%");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn percentage(&self) -> Percentage {
        self.percentage
    }

    /// A: the maandloon.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.maandloon().to_string(), "2610.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maandloon(&self) -> Money {
        self.maandloon
    }

    /// B × C/D, rounded to cents.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert!(u.verrekend_inkomen().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verrekend_inkomen(&self) -> Money {
        self.verrekend_inkomen
    }

    /// The benefit for the month, rounded to cents, never below zero.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.bedrag().to_string(), "1957.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Money {
        self.bedrag
    }

    /// Whether B × C/D exceeds 87.5% of A: the right then ends from the first day of the
    /// month (WW art. 20 lid 1 onderdeel c).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert!(!u.boven_grens_einde());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn boven_grens_einde(&self) -> bool {
        self.boven_grens_einde
    }

    /// The outcome without grounds: the amount, or not eligible when the income ends the
    /// right (art. 20 lid 1 onderdeel c). Never allocates.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
    /// # let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// assert_eq!(u.uitkomst().value().map(ToString::to_string), Some("1957.50".to_owned()));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitkomst(&self) -> Eligibility<Money> {
        if self.boven_grens_einde {
            Eligibility::NotEligible
        } else {
            Eligibility::Eligible(self.bedrag)
        }
    }

    /// The amount with its coded grounds: the dagloon (and the cap), the maandloon (full or
    /// partial month), the income set off, the formula of art. 47, and the end of the right
    /// when the income exceeds 87.5% of the maandloon. One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters, Taal, ww::{self, Maanddeel, WwMaand}};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
    /// let decision = u.decision();
    /// assert_eq!(decision.grounds().len(), 3);
    /// assert_eq!(decision.outcome().text(Taal::Nl), "Uw WW-uitkering is € 1.631,25 bruto over maand 1 van uw recht.");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let maand = Value::Count(i64::from(self.maand.maand));
        let formule = if self.maand.maand <= 2 {
            ART_47_A
        } else {
            ART_47_B
        };
        let outcome = if self.boven_grens_einde {
            Ground::new(&WW_BEDRAG_EINDE, ART_20_C, [maand])
        } else {
            Ground::new(&WW_BEDRAG, formule, [Value::Money(self.bedrag), maand])
        };
        let mut d = Decision::with_capacity(self.uitkomst(), outcome, 5);
        let dl = &self.dagloon;
        d.push(if dl.is_gemaximeerd() {
            Ground::new(
                &WW_DAGLOON_MAXIMUM,
                WFSV_17,
                [
                    Value::Money(dl.ongemaximeerd),
                    Value::Money(dl.maximum),
                    Value::Row(RowRef::new(TableName::MaximumDagloon, dl.maximum_vanaf)),
                ],
            )
        } else {
            Ground::new(
                &WW_DAGLOON,
                ART_1B_1,
                [Value::Money(dl.gemaximeerd), Value::Money(dl.maximum)],
            )
        });
        d.push(match self.maand.deel {
            Maanddeel::Volledig => Ground::new(
                &WW_MAANDLOON,
                ART_1B_2_A,
                [Value::Money(dl.gemaximeerd), Value::Money(self.maandloon)],
            ),
            Maanddeel::Werkdagen { werkdagen } => Ground::new(
                &WW_MAANDLOON_DEEL,
                ART_1B_2_B,
                [
                    Value::Count(i64::from(werkdagen)),
                    Value::Money(dl.gemaximeerd),
                    Value::Money(self.maandloon),
                ],
            ),
        });
        if !self.maand.inkomen.is_zero() {
            d.push(Ground::new(
                &WW_INKOMEN,
                ART_47,
                [
                    Value::Money(self.maand.inkomen),
                    Value::Money(dl.gemaximeerd),
                    Value::Money(dl.ongemaximeerd),
                    Value::Money(self.verrekend_inkomen),
                ],
            ));
        }
        if self.boven_grens_einde {
            d.push(Ground::new(
                &WW_INKOMEN_GRENS,
                ART_20_C,
                [
                    Value::Money(self.verrekend_inkomen),
                    Value::Money(self.maandloon),
                ],
            ));
        } else {
            d.push(Ground::new(
                &WW_FORMULE,
                formule,
                [
                    Value::Percentage(self.percentage),
                    Value::Money(self.maandloon),
                    Value::Money(self.verrekend_inkomen),
                    Value::Money(self.maand.overig_inkomen),
                    Value::Money(self.bedrag),
                ],
            ));
        }
        d
    }
}

/// The WW amount for the calendar month `maand` of the right with dagloon `dagloon`
/// (WW art. 1b lid 2, art. 47 lid 1). Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww::{self, Maanddeel, WwMaand}};
/// let p = Parameters::bundled();
/// let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &p)?;
/// // A = 21.75 × 120.00 = 2,610.00
/// let m1 = ww::uitkering_per_maand(&d, &WwMaand::new(1, Maanddeel::Volledig)?)?;
/// assert_eq!(m1.bedrag().to_string(), "1957.50"); // 0.75 × 2,610.00
/// // month 3, with 1,000.00 earned: 0.70 × (2,610.00 − 1,000.00 × 120/120) = 1,127.00
/// let m3 = ww::uitkering_per_maand(&d, &WwMaand::new(3, Maanddeel::Volledig)?.inkomen(Money::from_cents(100_000)?))?;
/// assert_eq!(m3.bedrag().to_string(), "1127.00");
/// // a first month from Wednesday 15 January 2025: 13 working days × 120.00 = 1,560.00
/// let deel = ww::werkdagen(NaiveDate::from_ymd_opt(2025, 1, 15).unwrap(), NaiveDate::from_ymd_opt(2025, 1, 31).unwrap())?;
/// let m0 = ww::uitkering_per_maand(&d, &WwMaand::new(1, deel)?)?;
/// assert_eq!(m0.bedrag().to_string(), "1170.00"); // 0.75 × 1,560.00
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn uitkering_per_maand(dagloon: &Dagloon, maand: &WwMaand) -> Result<WwUitkering, Error> {
    maand.validate()?;
    let fractie = if maand.maand <= 2 {
        PERCENTAGE_EERSTE_TWEE_MAANDEN
    } else {
        PERCENTAGE_DAARNA
    };
    let percentage = Percentage::new(fractie * Decimal::ONE_HUNDRED)?;
    let a = maandloon(dagloon, maand.deel)?;
    let c = dagloon.gemaximeerd.amount();
    let d = dagloon.ongemaximeerd.amount();
    let inkomen = maand.inkomen.amount();
    // D = 0 means no wage at all: C = 0 too, and the ratio is taken as 1. C ≤ D, so the
    // product stays far inside the range of a decimal for any amount up to Money::MAX.
    let verrekend = if d.is_zero() {
        inkomen
    } else {
        inkomen
            .checked_mul(c)
            .and_then(|x| x.checked_div(d))
            .ok_or_else(|| Error::overflow("WW income times C/D"))?
    };
    let verrekend_inkomen = Money::rounded(verrekend, Rounding::Cents)?;
    let bruto = fractie * (a.amount() - verrekend) - maand.overig_inkomen.amount();
    let bedrag = Money::rounded(bruto.max(Decimal::ZERO), Rounding::Cents)?;
    Ok(WwUitkering {
        dagloon: *dagloon,
        maand: *maand,
        percentage,
        maandloon: a,
        verrekend_inkomen,
        bedrag,
        boven_grens_einde: verrekend > EINDE_BIJ_INKOMEN * a.amount(),
    })
}
