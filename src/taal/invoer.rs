//! Dutch number input: `"1.250,50"` euros and `"32,5"` hours, as a form in Dutch writes them.

use rust_decimal::Decimal;

use crate::error::{Error, Text};
use crate::money::{Hours, Money};

/// Reads a number written the Dutch way: a comma before the decimals and optionally points
/// between thousands (`1.250,50`, `1250,5`, `1250`). A point without a comma is a thousands
/// separator only when it is followed by exactly three digits in every group (`1.250`); any
/// other text is refused rather than guessed.
fn dutch_decimal(input: &str) -> Option<Decimal> {
    let s = input.trim();
    let s = s.strip_prefix('€').unwrap_or(s).trim_start();
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty()
        || frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let groups: Vec<&str> = int.split('.').collect();
    let first = groups.first()?;
    let grouped_ok = groups.len() == 1
        || (!first.is_empty() && first.len() <= 3 && groups.iter().skip(1).all(|g| g.len() == 3));
    if !grouped_ok || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut plain: String = groups.concat();
    if let Some(f) = frac {
        plain.push('.');
        plain.push_str(f);
    }
    Decimal::from_str_exact(&plain).ok()
}

/// An amount written the Dutch way (`"1.250,50"`, `"€ 1.250,50"`, `"12,5"`), checked like
/// [`Money::new`]; `field` is the input's wire name for the error.
///
/// ```
/// use participatiewet::taal::parse_bedrag;
/// assert_eq!(parse_bedrag("1.250,50", "inkomen")?.to_string(), "1250.50");
/// assert_eq!(parse_bedrag("€ 12,5", "inkomen")?.to_string(), "12.50");
/// let err = parse_bedrag("1,250.50", "inkomen").unwrap_err();
/// assert_eq!((err.code(), err.field()), ("parse", Some("inkomen")));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn parse_bedrag(input: &str, field: &'static str) -> Result<Money, Error> {
    let value = dutch_decimal(input).ok_or_else(|| Error::Parse {
        field: field.into(),
        input: input.to_owned(),
        expected: Text::new(
            "een bedrag in euro's zoals 1.250,50",
            "an amount in euros written the Dutch way, like 1.250,50",
        ),
    })?;
    Money::new(value).map_err(|e| e.in_field(field))
}

/// Hours written the Dutch way (`"32,5"`), checked like [`Hours::new`]; `field` is the input's
/// wire name for the error.
///
/// ```
/// use participatiewet::taal::parse_uren;
/// assert_eq!(parse_uren("32,5", "uren")?.to_string(), "32.5");
/// assert_eq!(parse_uren("200", "uren").unwrap_err().code(), "out_of_range");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn parse_uren(input: &str, field: &'static str) -> Result<Hours, Error> {
    let value = dutch_decimal(input).ok_or_else(|| Error::Parse {
        field: field.into(),
        input: input.to_owned(),
        expected: Text::new("een aantal uren zoals 32,5", "a number of hours like 32,5"),
    })?;
    Hours::new(value).map_err(|e| e.in_field(field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn dutch_numbers() {
        assert_eq!(dutch_decimal("1.250,50"), Some(dec!(1250.50)));
        assert_eq!(dutch_decimal("1.250"), Some(dec!(1250)));
        assert_eq!(dutch_decimal("1.250.000,01"), Some(dec!(1250000.01)));
        assert_eq!(dutch_decimal("0,5"), Some(dec!(0.5)));
        assert_eq!(dutch_decimal("12"), Some(dec!(12)));
        assert_eq!(dutch_decimal("1.25"), None);
        assert_eq!(dutch_decimal("1,250.50"), None);
        assert_eq!(dutch_decimal(",5"), None);
        assert_eq!(dutch_decimal("5,"), None);
        assert_eq!(dutch_decimal("-5"), None);
        assert_eq!(dutch_decimal("1e3"), None);
        assert_eq!(dutch_decimal(""), None);
        assert_eq!(dutch_decimal(".250"), None);
    }
}
