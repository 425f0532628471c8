//! One calendar month of a WW right: which part of it the right covered ([`Maanddeel`],
//! WW art. 1b lid 2), the maandloon, and the month's income ([`WwMaand`]).

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::dagloon::Dagloon;
use crate::date::checked;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde};

/// The maandloon of a full month is the dagloon times 21.75 (WW art. 1b lid 2 onderdeel a;
/// 21.75 is the average number of working days in a month, 261 / 12).
pub const MAANDLOON_FACTOR: Decimal = Decimal::from_parts(2175, 0, 0, false, 2);

/// The most working days a calendar month can have (five a week, WW art. 1b lid 2).
const MAX_WERKDAGEN: u8 = 23;

/// Which part of a calendar month the right covered (WW art. 1b lid 2).
///
/// ```
/// use participatiewet::ww::Maanddeel;
/// assert_eq!(serde_json::to_string(&Maanddeel::Volledig).unwrap(), r#"{"soort":"volledig"}"#);
/// let deel: Maanddeel = serde_json::from_str(r#"{"soort":"werkdagen","werkdagen":12}"#).unwrap();
/// assert_eq!(deel, Maanddeel::Werkdagen { werkdagen: 12 });
/// assert!(serde_json::from_str::<Maanddeel>(r#"{"soort":"werkdagen","werkdagen":24}"#).is_err());
/// assert_eq!(deel.to_string(), "werkdagen: 12");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "soort",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum Maanddeel {
    /// The right existed over the whole calendar month: A = 21.75 × the dagloon (onderdeel a).
    Volledig,
    /// The right existed on `werkdagen` working days of the month (a week counts five):
    /// A = working days × the dagloon (onderdeel b).
    Werkdagen {
        /// The working days with a right, 0 to 23.
        werkdagen: u8,
    },
}

validated_serde!(Maanddeel);

impl Validate for Maanddeel {
    fn validate(&self) -> Result<(), Error> {
        match *self {
            Self::Werkdagen { werkdagen } if werkdagen > MAX_WERKDAGEN => Err(Error::OutOfRange {
                field: "werkdagen".into(),
                value: werkdagen.to_string(),
                min: "0".to_owned(),
                max: MAX_WERKDAGEN.to_string(),
            }),
            _ => Ok(()),
        }
    }
}

impl std::fmt::Display for Maanddeel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Volledig => f.write_str("volledig"),
            Self::Werkdagen { werkdagen } => write!(f, "werkdagen: {werkdagen}"),
        }
    }
}

/// The working days from `van` up to and including `tot_en_met`, both in one calendar month,
/// counting Monday to Friday ("een kalenderweek geacht vijf werkdagen te hebben", WW art. 1b
/// lid 2 onderdeel b): the [`Maanddeel`] of a month the right starts or ends in.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::ww::{self, Maanddeel};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // a right from Wednesday 15 January 2025 to the end of the month: 13 working days
/// assert_eq!(ww::werkdagen(d(2025, 1, 15), d(2025, 1, 31))?, Maanddeel::Werkdagen { werkdagen: 13 });
/// // the whole month is the full month, whatever its working days
/// assert_eq!(ww::werkdagen(d(2025, 1, 1), d(2025, 1, 31))?, Maanddeel::Volledig);
/// assert!(ww::werkdagen(d(2025, 1, 15), d(2025, 2, 3)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn werkdagen(van: NaiveDate, tot_en_met: NaiveDate) -> Result<Maanddeel, Error> {
    checked(van, "van")?;
    checked(tot_en_met, "tot_en_met")?;
    if tot_en_met < van || (van.year(), van.month()) != (tot_en_met.year(), tot_en_met.month()) {
        return Err(Error::facts(
            "tot_en_met",
            Text::new(
                "ligt niet op of na de eerste dag in dezelfde kalendermaand",
                "is not on or after the first day in the same calendar month",
            ),
        ));
    }
    let volgende = tot_en_met.succ_opt().map(|d| d.month());
    if van.day() == 1 && volgende != Some(tot_en_met.month()) {
        return Ok(Maanddeel::Volledig);
    }
    let werkdagen = van
        .iter_days()
        .take_while(|d| *d <= tot_en_met)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count();
    Ok(Maanddeel::Werkdagen {
        werkdagen: u8::try_from(werkdagen).unwrap_or(MAX_WERKDAGEN),
    })
}

/// The maandloon (A) for the part `deel` of the month: 21.75 × the capped dagloon for a full
/// month, working days × the capped dagloon otherwise, rounded to cents (WW art. 1b lid 2).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww::{self, Maanddeel}};
/// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
/// assert_eq!(ww::maandloon(&d, Maanddeel::Volledig)?.to_string(), "2175.00");
/// assert_eq!(ww::maandloon(&d, Maanddeel::Werkdagen { werkdagen: 10 })?.to_string(), "1000.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn maandloon(dagloon: &Dagloon, deel: Maanddeel) -> Result<Money, Error> {
    deel.validate()?;
    let factor = match deel {
        Maanddeel::Volledig => MAANDLOON_FACTOR,
        Maanddeel::Werkdagen { werkdagen } => Decimal::from(werkdagen),
    };
    Money::rounded(dagloon.gemaximeerd.amount() * factor, Rounding::Cents)
}

/// The facts of one calendar month of a WW right: which month of the right it is (1 is the
/// first calendar month with a right), which part of it the right covered, the income B from
/// work and the other income E. A builder, so that the two amounts cannot be swapped.
///
/// ```
/// use participatiewet::{Money, ww::{Maanddeel, WwMaand}};
/// let m = WwMaand::new(3, Maanddeel::Volledig)?.inkomen(Money::from_cents(100_000)?);
/// assert_eq!(m.maand(), 3);
/// assert!(WwMaand::new(0, Maanddeel::Volledig).is_err());
/// assert_eq!(
///     serde_json::to_string(&m).unwrap(),
///     r#"{"maand":3,"deel":{"soort":"volledig"},"inkomen":"1000.00","overig_inkomen":"0.00"}"#
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WwMaand {
    pub(super) maand: u32,
    pub(super) deel: Maanddeel,
    pub(super) inkomen: Money,
    pub(super) overig_inkomen: Money,
}

validated_serde!(WwMaand);

impl Validate for WwMaand {
    fn validate(&self) -> Result<(), Error> {
        if self.maand == 0 {
            return Err(Error::OutOfRange {
                field: "maand".into(),
                value: "0".to_owned(),
                min: "1".to_owned(),
                max: u32::MAX.to_string(),
            });
        }
        self.deel.validate()
    }
}

impl WwMaand {
    /// Month number `maand` of the right (from 1), covered as `deel` says, with no income.
    ///
    /// ```
    /// use participatiewet::ww::{Maanddeel, WwMaand};
    /// assert!(WwMaand::new(1, Maanddeel::Werkdagen { werkdagen: 30 }).is_err());
    /// ```
    pub fn new(maand: u32, deel: Maanddeel) -> Result<Self, Error> {
        let m = Self {
            maand,
            deel,
            inkomen: Money::ZERO,
            overig_inkomen: Money::ZERO,
        };
        m.validate()?;
        Ok(m)
    }

    /// The same month with income B from (or in connection with) work.
    ///
    /// ```
    /// use participatiewet::{Money, ww::{Maanddeel, WwMaand}};
    /// let m = WwMaand::new(1, Maanddeel::Volledig)?.inkomen(Money::from_cents(5_000)?);
    /// assert_eq!(m.inkomen_uit_arbeid().to_string(), "50.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn inkomen(mut self, inkomen: Money) -> Self {
        self.inkomen = inkomen;
        self
    }

    /// The same month with other income E, set off in full.
    ///
    /// ```
    /// use participatiewet::{Money, ww::{Maanddeel, WwMaand}};
    /// let m = WwMaand::new(1, Maanddeel::Volledig)?.overig_inkomen(Money::from_cents(5_000)?);
    /// assert_eq!(m.overig().to_string(), "50.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn overig_inkomen(mut self, overig_inkomen: Money) -> Self {
        self.overig_inkomen = overig_inkomen;
        self
    }

    /// Which month of the right this is.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::WwMaand::new(2, participatiewet::ww::Maanddeel::Volledig)?.maand(), 2);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maand(&self) -> u32 {
        self.maand
    }

    /// The part of the month the right covered.
    ///
    /// ```
    /// use participatiewet::ww::{Maanddeel, WwMaand};
    /// assert_eq!(WwMaand::new(2, Maanddeel::Volledig)?.deel(), Maanddeel::Volledig);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn deel(&self) -> Maanddeel {
        self.deel
    }

    /// B: the income from work in the month.
    ///
    /// ```
    /// use participatiewet::ww::{Maanddeel, WwMaand};
    /// assert!(WwMaand::new(2, Maanddeel::Volledig)?.inkomen_uit_arbeid().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn inkomen_uit_arbeid(&self) -> Money {
        self.inkomen
    }

    /// E: other income, set off in full.
    ///
    /// ```
    /// use participatiewet::ww::{Maanddeel, WwMaand};
    /// assert!(WwMaand::new(2, Maanddeel::Volledig)?.overig().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn overig(&self) -> Money {
        self.overig_inkomen
    }
}
