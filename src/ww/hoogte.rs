//! The WW amount per calendar month (`hoogte van de uitkering`, WW art. 47), from the
//! [`Dagloon`] (daily wage, art. 1b and the Dagloonbesluit) and the [`Maandloon`] (monthly wage,
//! 21.75 × the dagloon).
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
//! full; the definitions of the letters were not in the harvested text of art. 47 (see the
//! crate's notes).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::citation::{Citation, Regulation};
use crate::decision::legacy::{Decision, Ground};
use crate::error::Error;
use crate::money::{Money, Percentage};
use crate::params::Parameters;
use crate::rounding::Rounding;

/// The maandloon is the dagloon times 21.75 (WW art. 1b lid 2 onderdeel a; 21.75 is the
/// average number of working days in a month, 261 / 12).
pub const MAANDLOON_FACTOR: Decimal = Decimal::from_parts(2175, 0, 0, false, 2);
/// The benefit percentage over the first two months: 75% (WW art. 47 lid 1 onderdeel a).
pub const PERCENTAGE_EERSTE_TWEE_MAANDEN: Decimal = Decimal::from_parts(75, 0, 0, false, 2);
/// The benefit percentage from the third month: 70% (WW art. 47 lid 1 onderdeel b).
pub const PERCENTAGE_DAARNA: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The right ends when the income, times C/D, exceeds 87.5% of the maandloon (WW art. 20
/// lid 1 onderdeel c).
pub const EINDE_BIJ_INKOMEN: Decimal = Decimal::from_parts(875, 0, 0, false, 3);

const ART_47_A: Citation = Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("a");
const ART_47_B: Citation = Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("b");
const ART_1B: Citation = Citation::article(Regulation::Werkloosheidswet, "1b");
const WFSV_17: Citation = Citation::article(Regulation::Wfsv, "17").lid(1);
const ART_20_C: Citation = Citation::article(Regulation::Werkloosheidswet, "20")
    .lid(1)
    .onderdeel("c");

/// The dagloon (daily wage) of a WW right: the amount the caller computed under the
/// Dagloonbesluit (D, before the cap) and the amount after the cap at the maximum dagloon in
/// force (C, Wfsv art. 17).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// let p = Parameters::bundled();
/// let peil = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
/// let hoog = ww::dagloon(Money::from_cents(30_000)?, peil, &p)?;
/// assert_eq!(hoog.gemaximeerd.to_string(), "274.44"); // the maximum dagloon of 2024
/// assert_eq!(hoog.ongemaximeerd.to_string(), "300.00");
/// assert!(hoog.is_gemaximeerd());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Dagloon {
    /// D: the dagloon before the cap.
    pub ongemaximeerd: Money,
    /// The maximum dagloon in force on the peildatum.
    pub maximum: Money,
    /// C: the dagloon after the cap.
    pub gemaximeerd: Money,
}

impl Dagloon {
    /// Whether the cap applied.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert!(!d.is_gemaximeerd());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn is_gemaximeerd(&self) -> bool {
        self.gemaximeerd < self.ongemaximeerd
    }
}

/// The dagloon for an uncapped daily wage `ongemaximeerd`, capped at the maximum dagloon in
/// force on `peildatum` (WW art. 1b, Wfsv art. 17 lid 1). Never allocates on success.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// // outside the bundled maximum-dagloon table: an error, never a guess
/// let far = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
/// assert!(ww::dagloon(Money::from_cents(10_000)?, far, &Parameters::bundled()).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn dagloon(
    ongemaximeerd: Money,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Dagloon, Error> {
    let maximum = params.maximum_dagloon.at(peildatum)?.value;
    Ok(Dagloon {
        ongemaximeerd,
        maximum,
        gemaximeerd: ongemaximeerd.min(maximum),
    })
}

/// The maandloon (A): the capped dagloon times 21.75, rounded to cents (WW art. 1b lid 2).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
/// assert_eq!(ww::maandloon(&d)?.to_string(), "2175.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn maandloon(dagloon: &Dagloon) -> Result<Money, Error> {
    Money::rounded(
        dagloon.gemaximeerd.amount() * MAANDLOON_FACTOR,
        Rounding::Cents,
    )
}

/// The WW amount for one calendar month, with every term of art. 47 lid 1. `Copy`; computed
/// by [`uitkering_per_maand`] without allocation.
///
/// ```
/// # use participatiewet::WwUitkering;
/// fn bedrag(u: &WwUitkering) -> participatiewet::Money { u.bedrag }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct WwUitkering {
    /// Which month of the right this is (1 is the first calendar month with a right).
    pub maand: u32,
    /// 75% in months 1 and 2, 70% from month 3.
    pub percentage: Percentage,
    /// The dagloon (C and D).
    pub dagloon: Dagloon,
    /// A: the maandloon.
    pub maandloon: Money,
    /// B: the income in the month.
    pub inkomen: Money,
    /// B × C/D, rounded to cents.
    pub verrekend_inkomen: Money,
    /// E: income set off in full.
    pub overig_inkomen: Money,
    /// The benefit for the month, rounded to cents, never below zero.
    pub bedrag: Money,
    /// Whether B × C/D exceeds 87.5% of A: the right then ends from the first day of the month
    /// (WW art. 20 lid 1 onderdeel c).
    pub boven_grens_einde: bool,
}

impl WwUitkering {
    /// The amount with its grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// let u = ww::uitkering_per_maand(&d, 1, Money::ZERO, Money::ZERO)?;
    /// assert_eq!(u.decision().grounds.len(), 3);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Money> {
        let mut grounds = vec![Ground::new(
            if self.dagloon.is_gemaximeerd() {
                WFSV_17
            } else {
                ART_1B
            },
            format!(
                "dagloon {} (before the cap {}, maximum {}); maandloon 21.75 × {} = {}",
                self.dagloon.gemaximeerd,
                self.dagloon.ongemaximeerd,
                self.dagloon.maximum,
                self.dagloon.gemaximeerd,
                self.maandloon
            ),
        )];
        grounds.push(Ground::new(
            if self.maand <= 2 { ART_47_A } else { ART_47_B },
            format!(
                "month {}: {} × ({} − {} × {}/{}) − {} = {}",
                self.maand,
                self.percentage.fraction().normalize(),
                self.maandloon,
                self.inkomen,
                self.dagloon.gemaximeerd,
                self.dagloon.ongemaximeerd,
                self.overig_inkomen,
                self.bedrag
            ),
        ));
        grounds.push(Ground::new(
            ART_20_C,
            if self.boven_grens_einde {
                format!(
                    "income × C/D = {} exceeds 87.5% of the maandloon: the right ends from this month",
                    self.verrekend_inkomen
                )
            } else {
                format!(
                    "income × C/D = {} is not above 87.5% of the maandloon",
                    self.verrekend_inkomen
                )
            },
        ));
        Decision::with_grounds(self.bedrag, grounds)
    }
}

/// The WW amount for calendar month number `maand` of the right (1-based) for `dagloon`, with
/// `inkomen` (B) and `overig_inkomen` (E) in that month (WW art. 47 lid 1). Never allocates.
///
/// The amount is for a full calendar month; a month in which the right starts or ends part-way
/// is the caller's to prorate. Errors when `maand` is 0.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// let p = Parameters::bundled();
/// let d = ww::dagloon(Money::from_cents(12_000)?, NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(), &p)?;
/// // A = 21.75 × 120.00 = 2,610.00
/// let m1 = ww::uitkering_per_maand(&d, 1, Money::ZERO, Money::ZERO)?;
/// assert_eq!(m1.bedrag.to_string(), "1957.50"); // 0.75 × 2,610.00
/// // month 3, with 1,000.00 earned: 0.70 × (2,610.00 − 1,000.00 × 120/120) = 1,127.00
/// let m3 = ww::uitkering_per_maand(&d, 3, Money::from_cents(100_000)?, Money::ZERO)?;
/// assert_eq!(m3.bedrag.to_string(), "1127.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn uitkering_per_maand(
    dagloon: &Dagloon,
    maand: u32,
    inkomen: Money,
    overig_inkomen: Money,
) -> Result<WwUitkering, Error> {
    if maand == 0 {
        return Err(Error::OutOfRange {
            field: "month of the WW right".into(),
            value: "0".to_owned(),
            min: "1".to_owned(),
            max: "any".to_owned(),
        });
    }
    let fractie = if maand <= 2 {
        PERCENTAGE_EERSTE_TWEE_MAANDEN
    } else {
        PERCENTAGE_DAARNA
    };
    let percentage = Percentage::new(fractie * Decimal::ONE_HUNDRED)?;
    let a = maandloon(dagloon)?;
    let c = dagloon.gemaximeerd.amount();
    let d = dagloon.ongemaximeerd.amount();
    // D = 0 means no wage at all: C = 0 too, and the ratio is taken as 1.
    let verrekend = if d.is_zero() {
        inkomen.amount()
    } else {
        inkomen.amount() * c / d
    };
    let verrekend_inkomen = Money::rounded(verrekend, Rounding::Cents)?;
    let bruto = fractie * (a.amount() - verrekend) - overig_inkomen.amount();
    let bedrag = Money::rounded(bruto.max(Decimal::ZERO), Rounding::Cents)?;
    Ok(WwUitkering {
        maand,
        percentage,
        dagloon: *dagloon,
        maandloon: a,
        inkomen,
        verrekend_inkomen,
        overig_inkomen,
        bedrag,
        boven_grens_einde: verrekend > EINDE_BIJ_INKOMEN * a.amount(),
    })
}
