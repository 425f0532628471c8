//! The IOW (`Wet inkomensvoorziening oudere werklozen`): income for older unemployed people
//! whose WW has run out, from the day after the WW ends until the AOW age, with no asset test
//! and no partner-income test.
//!
//! The right (IOW art. 3 lid 1 and 4): the first day of unemployment lies between
//! 30 September 2006 and 1 January 2028 (both exclusive), the person is 60 years and 4 months
//! or older on that day, met the jareneis of WW art. 42 lid 2 onderdeel a or b on that day,
//! and the WW duration has run out; the right arises on the day after the WW duration expired.
//! The right ends when an exclusion applies, among them the AOW age (IOW art. 6 lid 1
//! onderdeel f, art. 7).
//!
//! The amount (IOW art. 10): `0,7 × (A − B)` per calendar month, A the WW maandloon capped at
//! 10/7 × the Toeslagenwet amount of art. 2 lid 2 onderdeel b onder 1° × 21.75, B the income
//! from work; other income is set off in full.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::duur::Uitkeringsduur;
use super::recht::WwFeiten;
use crate::citation::{Citation, Regulation};
use crate::date::{BIRTHDAY_RULE, add_days, add_years_months};
use crate::decision::legacy::{Eligibility, Ground};
use crate::error::Error;
use crate::money::Money;
use crate::params::Parameters;
use crate::rounding::Rounding;

const fn datum(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The first day of the IOW window: the first day of unemployment must lie after 30 September
/// 2006 (IOW art. 3 lid 1 onderdeel a, "tussen 30 september 2006 en 1 januari 2028").
pub const IOW_VENSTER_VAN: NaiveDate = datum(2006, 10, 1);
/// The last day of the IOW window: before 1 January 2028 (IOW art. 3 lid 1 onderdeel a).
pub const IOW_VENSTER_TOT_EN_MET: NaiveDate = datum(2027, 12, 31);
/// The minimum age on the first day of unemployment: 60 years … (IOW art. 3 lid 1
/// onderdeel b).
pub const IOW_LEEFTIJD_JAREN: u32 = 60;
/// … and 4 months (IOW art. 3 lid 1 onderdeel b).
pub const IOW_LEEFTIJD_MAANDEN: u32 = 4;
/// The IOW percentage: 70% (IOW art. 10 lid 1).
pub const IOW_PERCENTAGE: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The cap on A is 10/7 × the Toeslagenwet amount × 21.75 (IOW art. 10 lid 1).
const IOW_MAANDFACTOR: Decimal = Decimal::from_parts(2175, 0, 0, false, 2);

const IOW_3_A: Citation = Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("a");
const IOW_3_B: Citation = Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("b");
const IOW_3_C: Citation = Citation::article(Regulation::Iow, "3")
    .lid(1)
    .onderdeel("c");
const IOW_3_4: Citation = Citation::article(Regulation::Iow, "3").lid(4);
const IOW_6_F: Citation = Citation::article(Regulation::Iow, "6")
    .lid(1)
    .onderdeel("f");
const IOW_10: Citation = Citation::article(Regulation::Iow, "10").lid(1);

/// The IOW test with every condition and date. `Copy`; computed by [`iow_recht`] without
/// allocation; [`IowRecht::decision`] adds the grounds.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, Werkverleden, WwFeiten, ww};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// // 60 years and 4 months on 2025-01-01, unemployed from 2025-01-06, jareneis met
/// let f = WwFeiten::new(d(1964, 9, 1), d(2025, 1, 6))?.werkverleden(Werkverleden::doorlopend(2019, 2024, 1800)?);
/// let duur = ww::uitkeringsduur(&f, &p)?;
/// let iow = ww::iow_recht(&f, &duur, true, &p)?;
/// assert!(iow.heeft_recht());
/// assert_eq!(iow.ingangsdatum, d(2026, 8, 6));
/// # Ok::<(), participatiewet::Error>(())
/// ```
// Reason: each bool is one condition of IOW art. 3, reported separately to the caller.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct IowRecht {
    /// The first day of unemployment.
    pub eerste_werkloosheidsdag: NaiveDate,
    /// Whether it lies in the IOW window (art. 3 lid 1 onderdeel a).
    pub in_venster: bool,
    /// The day the person is 60 years and 4 months.
    pub leeftijdsdatum: NaiveDate,
    /// Whether the person is 60 years and 4 months or older on the first day (onderdeel b).
    pub oud_genoeg: bool,
    /// Whether the jareneis was met on the first day (onderdeel c).
    pub jareneis: bool,
    /// Whether the WW ran its full duration (art. 3 lid 4): the caller's fact, and the WW not
    /// cut at the AOW age.
    pub ww_volledig: bool,
    /// The day the IOW would start: the day after the WW duration expired (art. 3 lid 4).
    pub ingangsdatum: NaiveDate,
    /// The AOW date, on which the IOW ends (art. 6 lid 1 onderdeel f, art. 7); `None` when the
    /// AOW-age table does not reach that far yet.
    pub aow_datum: Option<NaiveDate>,
}

impl IowRecht {
    /// Whether the person has a right to IOW: every condition met and the IOW starts before
    /// the AOW date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, Werkverleden, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let p = Parameters::bundled();
    /// // born 1964-01-15: 60 years 4 months on 2024-05-15; unemployed 2024-06-03
    /// let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))?
    ///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
    /// let duur = ww::uitkeringsduur(&f, &p)?;
    /// let iow = ww::iow_recht(&f, &duur, true, &p)?;
    /// assert!(iow.heeft_recht());
    /// assert_eq!(iow.ingangsdatum, d(2026, 6, 3)); // 24 months of WW, then IOW
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn heeft_recht(&self) -> bool {
        self.in_venster
            && self.oud_genoeg
            && self.jareneis
            && self.ww_volledig
            && self.aow_datum.is_none_or(|aow| self.ingangsdatum < aow)
    }

    /// The decision: eligible from the start date, or not eligible with each condition that
    /// failed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Parameters, Regulation, Werkverleden, WwFeiten, ww};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let p = Parameters::bundled();
    /// // born 1964-01-16: 60 years 4 months only on 2024-05-16, one day after the first day
    /// let f = WwFeiten::new(d(1964, 1, 16), d(2024, 5, 15))?
    ///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
    /// let iow = ww::iow_recht(&f, &ww::uitkeringsduur(&f, &p)?, true, &p)?;
    /// let decision = iow.decision();
    /// assert_eq!(decision.reasons().len(), 1);
    /// assert_eq!(decision.reasons()[0].citation, Citation::article(Regulation::Iow, "3").lid(1).onderdeel("b"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Eligibility<NaiveDate> {
        if self.heeft_recht() {
            return Eligibility::Eligible(self.ingangsdatum);
        }
        let mut reasons = Vec::new();
        if !self.in_venster {
            reasons.push(Ground::new(
                IOW_3_A,
                format!(
                    "the first day of unemployment {} is not between 30 September 2006 and \
                     1 January 2028",
                    self.eerste_werkloosheidsdag
                ),
            ));
        }
        if !self.oud_genoeg {
            reasons.push(Ground::new(
                IOW_3_B,
                format!(
                    "60 years and 4 months only on {}, after the first day of unemployment {}",
                    self.leeftijdsdatum, self.eerste_werkloosheidsdag
                ),
            ));
        }
        if !self.jareneis {
            reasons.push(Ground::new(
                IOW_3_C,
                "the jareneis of WW art. 42 lid 2 was not met on the first day of unemployment",
            ));
        }
        if !self.ww_volledig {
            reasons.push(Ground::new(IOW_3_4, "the WW did not run its full duration"));
        }
        if let Some(aow) = self.aow_datum {
            if self.ingangsdatum >= aow {
                reasons.push(Ground::new(
                    IOW_6_F,
                    format!(
                        "the AOW age is reached on {aow}, not after the IOW would start on {}",
                        self.ingangsdatum
                    ),
                ));
            }
        }
        Eligibility::NotEligible(reasons)
    }
}

/// The IOW test for the person in `feiten` whose WW is `duur`, where `ww_volledig_ontvangen`
/// says whether the WW was received for its full duration (not ended early by work, say).
/// Never allocates on success.
///
/// Errors only when a date leaves the calendar.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, Werkverleden, WwFeiten, ww};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))?
///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
/// let duur = ww::uitkeringsduur(&f, &p)?;
/// assert!(!ww::iow_recht(&f, &duur, false, &p)?.heeft_recht());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn iow_recht(
    feiten: &WwFeiten,
    duur: &Uitkeringsduur,
    ww_volledig_ontvangen: bool,
    params: &Parameters,
) -> Result<IowRecht, Error> {
    let eerste = feiten.eerste_werkloosheidsdag();
    let leeftijdsdatum = add_years_months(
        feiten.geboortedatum(),
        IOW_LEEFTIJD_JAREN,
        IOW_LEEFTIJD_MAANDEN,
        BIRTHDAY_RULE,
    )?;
    let aow_datum = match duur.aow_datum {
        Some(aow) => Some(aow),
        None => match params.aow_datum(feiten.geboortedatum()) {
            Ok(aow) => Some(aow),
            Err(Error::NotInForce { .. }) => None,
            Err(err) => return Err(err),
        },
    };
    Ok(IowRecht {
        eerste_werkloosheidsdag: eerste,
        in_venster: (IOW_VENSTER_VAN..=IOW_VENSTER_TOT_EN_MET).contains(&eerste),
        leeftijdsdatum,
        oud_genoeg: leeftijdsdatum <= eerste,
        jareneis: duur.jareneis.voldaan,
        ww_volledig: ww_volledig_ontvangen && !duur.afgekapt_op_aow,
        ingangsdatum: add_days(duur.einddatum_volledige_duur, 1)?,
        aow_datum,
    })
}

/// The IOW amount for a calendar month (IOW art. 10 lid 1, 3 and 4), with its terms.
///
/// Computed by [`iow_uitkering`]; its fields are the terms of the formula.
///
/// ```
/// # use participatiewet::IowUitkering;
/// fn bedrag(u: &IowUitkering) -> participatiewet::Money { u.bedrag }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct IowUitkering {
    /// The WW maandloon before the cap.
    pub maandloon: Money,
    /// The cap on A: 10/7 × the Toeslagenwet amount × 21.75.
    pub maximum: Money,
    /// A: the maandloon after the cap.
    pub a: Money,
    /// B: the income from work in the month.
    pub inkomen_uit_arbeid: Money,
    /// Other income, set off in full (lid 4).
    pub overig_inkomen: Money,
    /// The amount, rounded to cents, never below zero.
    pub bedrag: Money,
}

impl IowUitkering {
    /// The amount with its ground.
    ///
    /// ```
    /// use participatiewet::{Money, ww};
    /// let u = ww::iow_uitkering(Money::from_cents(300_000)?, Money::from_cents(7_000)?, Money::ZERO, Money::ZERO)?;
    /// assert_eq!(u.decision().grounds.len(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> crate::decision::legacy::Decision<Money> {
        crate::decision::legacy::Decision::new(self.bedrag).because(Ground::new(
            IOW_10,
            format!(
                "0.7 × ({} − {}) − {} = {} (A is the maandloon {} capped at {})",
                self.a,
                self.inkomen_uit_arbeid,
                self.overig_inkomen,
                self.bedrag,
                self.maandloon,
                self.maximum
            ),
        ))
    }
}

/// The IOW amount for a calendar month: `0,7 × (A − B)` minus other income (IOW art. 10).
///
/// `toeslagenwet_dagbedrag` is the amount of Toeslagenwet art. 2 lid 2 onderdeel b onder 1° in
/// force (indexed like the minimum wage, art. 10 lid 2); the crate does not bundle it yet, so
/// the caller passes it. Never allocates.
///
/// ```
/// use participatiewet::{Money, ww};
/// // maandloon 3,000.00; cap 10/7 × 70.00 × 21.75 = 2,175.00; 0.7 × 2,175.00 = 1,522.50
/// let u = ww::iow_uitkering(Money::from_cents(300_000)?, Money::from_cents(7_000)?, Money::ZERO, Money::ZERO)?;
/// assert_eq!(u.a.to_string(), "2175.00");
/// assert_eq!(u.bedrag.to_string(), "1522.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn iow_uitkering(
    maandloon: Money,
    toeslagenwet_dagbedrag: Money,
    inkomen_uit_arbeid: Money,
    overig_inkomen: Money,
) -> Result<IowUitkering, Error> {
    let maximum = Money::rounded(
        toeslagenwet_dagbedrag.amount() * Decimal::TEN / Decimal::from(7) * IOW_MAANDFACTOR,
        Rounding::Cents,
    )?;
    let a = maandloon.min(maximum);
    let bruto =
        IOW_PERCENTAGE * (a.amount() - inkomen_uit_arbeid.amount()) - overig_inkomen.amount();
    let bedrag = Money::rounded(bruto.max(Decimal::ZERO), Rounding::Cents)?;
    Ok(IowUitkering {
        maandloon,
        maximum,
        a,
        inkomen_uit_arbeid,
        overig_inkomen,
        bedrag,
    })
}
