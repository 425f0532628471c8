//! The legal range of every parameter, by its wire name: one check used by [`Table::new`],
//! [`Table::insert`], deserialisation and [`Validate`](crate::Validate).
//!
//! | parameter | each value | between rows |
//! |---|---|---|
//! | `wml_per_maand` | € 0,01 – € 50.000,00 | |
//! | `wml_per_uur` | € 0,01 – € 500,00 | |
//! | `maximum_dagloon` | € 0,01 – € 5.000,00 | |
//! | `vermogensgrens_eigen_woning` | € 0,01 – € 1.000.000,00 | |
//! | `werkgeverslasten` | 0 – 100% | |
//! | `kostendeler_leeftijd` | 18 – 30 years | |
//! | `aow_leeftijd` | 65 – 70 years ([`AowLeeftijd`]), whole calendar years | never decreases |
//! | `minimumjeugdloon` | see [`Minimumjeugdloon`] | |
//! | `bijstandsnormen` | see [`Bijstandsnormen`] | |
//! | `vermogensgrenzen` | see [`Vermogensgrenzen`] | |
//! | `beleid` | see [`Beleid`](crate::Beleid) | |
//!
//! A table of another name has no value rule beyond its type; a table of a known name whose
//! value has another type is refused.
//!
//! [`Table::new`]: super::Table::new
//! [`Table::insert`]: super::Table::insert

use std::any::Any;

use chrono::Datelike;

use super::table::Row;
use super::values::{AowLeeftijd, Bijstandsnormen, Minimumjeugdloon, Vermogensgrenzen, positive};
use crate::beleid::Beleid;
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::taal::{Taal, datum};
use crate::wire::Validate;

/// The highest monthly minimum wage a table may hold: € 50.000,00.
pub(crate) const MAX_WML_PER_MAAND: Money = Money::from_cents_const(5_000_000);
/// The highest hourly minimum wage a table may hold: € 500,00.
pub(crate) const MAX_WML_PER_UUR: Money = Money::from_cents_const(50_000);
/// The highest maximum dagloon a table may hold: € 5.000,00.
pub(crate) const MAX_DAGLOON: Money = Money::from_cents_const(500_000);
/// The highest home-equity limit a table may hold: € 1.000.000,00.
pub(crate) const MAX_EIGEN_WONING: Money = Money::from_cents_const(100_000_000);
/// The cost-sharer ages the law has used lie in this range (21 until 2022, 27 from 2023).
pub(crate) const KOSTENDELER_LEEFTIJD: std::ops::RangeInclusive<u8> = 18..=30;

/// Checks one row of `parameter`: its value's legal range and, for tables set per calendar
/// year, its period.
pub(crate) fn check_row<T: 'static>(parameter: &'static str, row: &Row<T>) -> Result<(), Text> {
    let value: &dyn Any = &row.value;
    let at = |err: Error| {
        Text::owned(
            format!(
                "de rij vanaf {}: {}",
                datum(row.valid_from, Taal::Nl),
                err.message(Taal::Nl)
            ),
            format!("the row from {}: {}", row.valid_from, err.message(Taal::En)),
        )
    };
    match parameter {
        "wml_per_maand" => money(value, parameter, MAX_WML_PER_MAAND, at),
        "wml_per_uur" => money(value, parameter, MAX_WML_PER_UUR, at),
        "maximum_dagloon" => money(value, parameter, MAX_DAGLOON, at),
        "vermogensgrens_eigen_woning" => money(value, parameter, MAX_EIGEN_WONING, at),
        "werkgeverslasten" => typed::<Percentage>(value, parameter).map(|_| ()),
        "kostendeler_leeftijd" => {
            let age = *typed::<u8>(value, parameter)?;
            if KOSTENDELER_LEEFTIJD.contains(&age) {
                Ok(())
            } else {
                Err(at(Error::OutOfRange {
                    field: parameter.into(),
                    value: age.to_string(),
                    min: KOSTENDELER_LEEFTIJD.start().to_string(),
                    max: KOSTENDELER_LEEFTIJD.end().to_string(),
                }))
            }
        }
        "aow_leeftijd" => {
            typed::<AowLeeftijd>(value, parameter)?
                .validate()
                .map_err(at)?;
            whole_years(row)
        }
        "minimumjeugdloon" => typed::<Minimumjeugdloon>(value, parameter)?
            .validate()
            .map_err(at),
        "bijstandsnormen" => typed::<Bijstandsnormen>(value, parameter)?
            .validate()
            .map_err(at),
        "vermogensgrenzen" => typed::<Vermogensgrenzen>(value, parameter)?
            .validate()
            .map_err(at),
        "beleid" => typed::<Beleid>(value, parameter)?.validate().map_err(at),
        _ => Ok(()),
    }
}

/// Checks two neighbouring rows of `parameter`: the AOW age never decreases (AOW art. 7a
/// lid 2 raises it), or no calendar year would give a birth date its AOW date.
pub(crate) fn check_pair<T: 'static>(
    parameter: &'static str,
    a: &Row<T>,
    b: &Row<T>,
) -> Result<(), Text> {
    if parameter != "aow_leeftijd" {
        return Ok(());
    }
    let (first, second): (&dyn Any, &dyn Any) = (&a.value, &b.value);
    let first = typed::<AowLeeftijd>(first, parameter)?;
    let second = typed::<AowLeeftijd>(second, parameter)?;
    if second < first {
        return Err(Text::owned(
            format!(
                "de AOW-leeftijd daalt op {} van {} naar {}",
                datum(b.valid_from, Taal::Nl),
                first.in_words(Taal::Nl),
                second.in_words(Taal::Nl)
            ),
            format!(
                "the AOW age decreases on {} from {first} to {second}",
                b.valid_from
            ),
        ));
    }
    Ok(())
}

fn typed<'a, V: 'static>(value: &'a dyn Any, parameter: &'static str) -> Result<&'a V, Text> {
    value.downcast_ref::<V>().ok_or_else(|| {
        let want = std::any::type_name::<V>()
            .rsplit("::")
            .next()
            .unwrap_or("?");
        Text::owned(
            format!("de waarden van {parameter} moeten van het type {want} zijn"),
            format!("the values of {parameter} must be of type {want}"),
        )
    })
}

fn money(
    value: &dyn Any,
    parameter: &'static str,
    max: Money,
    at: impl Fn(Error) -> Text,
) -> Result<(), Text> {
    let amount = *typed::<Money>(value, parameter)?;
    positive(parameter, amount, max).map_err(at)
}

fn whole_years<T>(row: &Row<T>) -> Result<(), Text> {
    let starts_year = row.valid_from.month() == 1 && row.valid_from.day() == 1;
    let ends_year = row
        .valid_to
        .is_none_or(|to| to.month() == 12 && to.day() == 31);
    if starts_year && ends_year {
        Ok(())
    } else {
        Err(Text::owned(
            format!(
                "de rij vanaf {} beslaat geen hele kalenderjaren",
                datum(row.valid_from, Taal::Nl)
            ),
            format!(
                "the row from {} does not cover whole calendar years",
                row.valid_from
            ),
        ))
    }
}
