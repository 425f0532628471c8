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

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::gronden::{
    WW_BEDRAG, WW_BEDRAG_EINDE, WW_DAGLOON, WW_DAGLOON_MAXIMUM, WW_FORMULE, WW_INKOMEN,
    WW_INKOMEN_GRENS, WW_MAANDLOON, WW_MAANDLOON_DEEL,
};
use crate::citation::{Citation, Regulation};
use crate::date::checked;
use crate::decision::{Decision, Eligibility, Ground, RowRef, Value};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::params::Parameters;
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde};

/// The maandloon of a full month is the dagloon times 21.75 (WW art. 1b lid 2 onderdeel a;
/// 21.75 is the average number of working days in a month, 261 / 12).
pub const MAANDLOON_FACTOR: Decimal = Decimal::from_parts(2175, 0, 0, false, 2);
/// The benefit percentage over the first two months: 75% (WW art. 47 lid 1 onderdeel a).
pub const PERCENTAGE_EERSTE_TWEE_MAANDEN: Decimal = Decimal::from_parts(75, 0, 0, false, 2);
/// The benefit percentage from the third month: 70% (WW art. 47 lid 1 onderdeel b).
pub const PERCENTAGE_DAARNA: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The right ends when the income, times C/D, exceeds 87.5% of the maandloon (WW art. 20
/// lid 1 onderdeel c).
pub const EINDE_BIJ_INKOMEN: Decimal = Decimal::from_parts(875, 0, 0, false, 3);

/// The most working days a calendar month can have (five a week, WW art. 1b lid 2).
const MAX_WERKDAGEN: u8 = 23;

const ART_47_A: Citation = Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("a");
const ART_47_B: Citation = Citation::article(Regulation::Werkloosheidswet, "47")
    .lid(1)
    .onderdeel("b");
const ART_47: Citation = Citation::article(Regulation::Werkloosheidswet, "47").lid(1);
const ART_1B_1: Citation = Citation::article(Regulation::Werkloosheidswet, "1b").lid(1);
const ART_1B_2_A: Citation = Citation::article(Regulation::Werkloosheidswet, "1b")
    .lid(2)
    .onderdeel("a");
const ART_1B_2_B: Citation = Citation::article(Regulation::Werkloosheidswet, "1b")
    .lid(2)
    .onderdeel("b");
const WFSV_17: Citation = Citation::article(Regulation::Wfsv, "17").lid(1);
const ART_20_C: Citation = Citation::article(Regulation::Werkloosheidswet, "20")
    .lid(1)
    .onderdeel("c");

/// The dagloon (daily wage) of a WW right: the amount the caller computed under the
/// Dagloonbesluit (D, before the cap) and the amount after the cap at the maximum dagloon in
/// force (C, Wfsv art. 17), with the first day of the maximum-dagloon row used.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// let p = Parameters::bundled();
/// let peil = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
/// let hoog = ww::dagloon(Money::from_cents(30_000)?, peil, &p)?;
/// assert_eq!(hoog.gemaximeerd().to_string(), "274.44"); // the maximum dagloon of 2024
/// assert_eq!(hoog.ongemaximeerd().to_string(), "300.00");
/// assert!(hoog.is_gemaximeerd());
/// assert_eq!(
///     serde_json::to_string(&hoog).unwrap(),
///     r#"{"ongemaximeerd":"300.00","maximum":"274.44","maximum_vanaf":"2024-01-01","gemaximeerd":"274.44"}"#
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dagloon {
    ongemaximeerd: Money,
    maximum: Money,
    maximum_vanaf: NaiveDate,
    gemaximeerd: Money,
}

validated_serde!(Dagloon);

impl Validate for Dagloon {
    fn validate(&self) -> Result<(), Error> {
        checked(self.maximum_vanaf, "maximum_vanaf")?;
        if self.gemaximeerd != self.ongemaximeerd.min(self.maximum) {
            return Err(Error::state(
                "ww::Dagloon",
                Text::new(
                    "het gemaximeerde dagloon is niet het laagste van dagloon en maximum",
                    "the capped dagloon is not the lower of dagloon and maximum",
                ),
            ));
        }
        Ok(())
    }
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

    /// D: the dagloon before the cap.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.ongemaximeerd().to_string(), "100.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn ongemaximeerd(&self) -> Money {
        self.ongemaximeerd
    }

    /// The maximum dagloon in force on the peildatum.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.maximum().to_string(), "274.44");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum(&self) -> Money {
        self.maximum
    }

    /// The first day of the maximum-dagloon row used (for the decision's receipt).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.maximum_vanaf(), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum_vanaf(&self) -> NaiveDate {
        self.maximum_vanaf
    }

    /// C: the dagloon after the cap.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.gemaximeerd().to_string(), "100.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn gemaximeerd(&self) -> Money {
        self.gemaximeerd
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
    let row = params.maximum_dagloon.at(peildatum)?;
    Ok(Dagloon {
        ongemaximeerd,
        maximum: row.value,
        maximum_vanaf: row.valid_from,
        gemaximeerd: ongemaximeerd.min(row.value),
    })
}

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
    maand: u32,
    deel: Maanddeel,
    inkomen: Money,
    overig_inkomen: Money,
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
            Ground::new(
                &WW_BEDRAG,
                formule.clone(),
                [Value::Money(self.bedrag), maand],
            )
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
                    Value::Row(RowRef::new("maximum_dagloon", dl.maximum_vanaf)),
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
