//! Rendering for people (`taal`: language): decisions, grounds, effects and errors as Dutch or
//! English text; amounts, dates and percentages the Dutch way (`€ 1.401,50`, `1 april 2026`,
//! `23,5%`); the motivering of a beschikking with its bezwaarclausule.
//!
//! Rendering is a separate step from deciding: a rule builds its grounds from static codes and
//! typed values without allocating; text is made only here, from [`Code`](crate::Code)
//! templates, never from `Debug` names.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Money, Percentage, Taal, taal};
//! use rust_decimal::dec;
//!
//! assert_eq!(taal::bedrag(Money::from_cents(140_150)?, Taal::Nl), "€ 1.401,50");
//! assert_eq!(taal::datum(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(), Taal::Nl), "1 april 2026");
//! assert_eq!(taal::percentage(Percentage::new(dec!(23.5))?, Taal::Nl), "23,5%");
//! assert_eq!(taal::bedrag(Money::from_cents(140_150)?, Taal::En), "€1,401.50");
//! # Ok::<(), participatiewet::Error>(())
//! ```

mod invoer;
mod motivering;
mod termijn;

use std::fmt;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{Hours, Money, Percentage};

pub use invoer::{parse_bedrag, parse_uren};
pub use motivering::{Bezwaar, Motivering};
pub use termijn::{bezwaartermijn_einde, is_algemeen_erkende_feestdag, termijn_einde_atw};

/// The language of a text: Dutch (`nl`, the default for letters to citizens) or English.
///
/// ```
/// use participatiewet::Taal;
/// assert_eq!(Taal::default(), Taal::Nl);
/// assert_eq!("en".parse::<Taal>()?, Taal::En);
/// assert_eq!(Taal::Nl.to_string(), "nl");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Taal {
    /// Dutch.
    #[default]
    Nl,
    /// English.
    En,
}

crate::wire::wire_enum!(Taal);

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch name of month `maand` (1 to 12), as a letter writes it in a date (`maart`).
///
/// ```
/// assert_eq!(participatiewet::maandnaam(3), Some("maart"));
/// assert_eq!(participatiewet::maandnaam(13), None);
/// ```
#[must_use]
pub fn maandnaam(maand: u32) -> Option<&'static str> {
    usize::try_from(maand)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| MAANDEN.get(m))
        .copied()
}

/// A date for a reader: `1 april 2026` in Dutch, `2026-04-01` in English.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Taal, taal::datum};
/// assert_eq!(datum(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(), Taal::Nl), "31 december 2025");
/// ```
#[must_use]
pub fn datum(date: NaiveDate, taal: Taal) -> String {
    let mut out = String::new();
    let _ = write_datum(&mut out, date, taal);
    out
}

pub(crate) fn write_datum(out: &mut impl fmt::Write, date: NaiveDate, taal: Taal) -> fmt::Result {
    match taal {
        Taal::Nl => {
            let maand = maandnaam(date.month()).unwrap_or("");
            write!(out, "{} {maand} {}", date.day(), date.year())
        }
        Taal::En => write!(out, "{date}"),
    }
}

/// Writes `digits` (an unsigned integer as text) with a thousands separator.
fn group(out: &mut impl fmt::Write, digits: &str, separator: char) -> fmt::Result {
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.write_char(separator)?;
        }
        out.write_char(c)?;
    }
    Ok(())
}

/// A number for a reader: Dutch `1.250,5` (point between thousands, comma before decimals),
/// English `1,250.5`; trailing zeros dropped.
///
/// ```
/// use participatiewet::{Taal, taal::getal};
/// use rust_decimal::dec;
/// assert_eq!(getal(dec!(1250.50), Taal::Nl), "1.250,5");
/// assert_eq!(getal(dec!(-0.5), Taal::En), "-0.5");
/// ```
#[must_use]
pub fn getal(value: Decimal, taal: Taal) -> String {
    let mut out = String::new();
    let _ = write_getal(&mut out, value, None, taal);
    out
}

pub(crate) fn write_getal(
    out: &mut impl fmt::Write,
    value: Decimal,
    decimals: Option<u32>,
    taal: Taal,
) -> fmt::Result {
    let (thousands, point) = match taal {
        Taal::Nl => ('.', ','),
        Taal::En => (',', '.'),
    };
    let text = match decimals {
        Some(dp) => format!("{:.*}", dp as usize, value.abs()),
        None => value.abs().normalize().to_string(),
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    if value.is_sign_negative() && !value.is_zero() {
        out.write_char('-')?;
    }
    group(out, int, thousands)?;
    if !frac.is_empty() {
        out.write_char(point)?;
        out.write_str(frac)?;
    }
    Ok(())
}

/// An amount for a reader: Dutch `€ 1.401,50`, English `€1,401.50`.
///
/// ```
/// use participatiewet::{Money, Taal, taal::bedrag};
/// assert_eq!(bedrag(Money::ZERO, Taal::Nl), "€ 0,00");
/// ```
#[must_use]
pub fn bedrag(amount: Money, taal: Taal) -> String {
    let mut out = String::new();
    let _ = write_bedrag(&mut out, amount, taal);
    out
}

pub(crate) fn write_bedrag(out: &mut impl fmt::Write, amount: Money, taal: Taal) -> fmt::Result {
    match taal {
        Taal::Nl => out.write_str("€ ")?,
        Taal::En => out.write_char('€')?,
    }
    write_getal(out, amount.amount(), Some(2), taal)
}

/// A percentage for a reader: Dutch `23,5%`, English `23.5%`.
///
/// ```
/// use participatiewet::{Percentage, Taal, taal::percentage};
/// assert_eq!(percentage(Percentage::HUNDRED, Taal::Nl), "100%");
/// ```
#[must_use]
pub fn percentage(value: Percentage, taal: Taal) -> String {
    let mut out = getal(value.value(), taal);
    out.push('%');
    out
}

/// Hours for a reader: Dutch `32,5 uur`, English `32.5 hours`.
///
/// ```
/// use participatiewet::{Hours, Taal, taal::uren};
/// assert_eq!(uren("32.5".parse::<Hours>()?, Taal::Nl), "32,5 uur");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn uren(value: Hours, taal: Taal) -> String {
    let mut out = getal(value.value(), taal);
    out.push_str(match taal {
        Taal::Nl => " uur",
        Taal::En => " hours",
    });
    out
}
