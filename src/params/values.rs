//! The value types held in parameter rows that are more than one number.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::money::{Money, Percentage};

/// The AOW age (`pensioengerechtigde leeftijd`) for people who reach it in a calendar year
/// (AOW art. 7a): set per year of reaching, not per year of birth.
///
/// ```
/// use participatiewet::AowLeeftijd;
/// let age = AowLeeftijd::new(67, 3)?;
/// assert_eq!(age.to_string(), "67 years 3 months");
/// assert!(AowLeeftijd::new(67, 12).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawAowLeeftijd")]
#[non_exhaustive]
pub struct AowLeeftijd {
    /// Whole years.
    pub years: u8,
    /// Months on top of the years (0 to 11).
    pub months: u8,
}

#[derive(Deserialize)]
struct RawAowLeeftijd {
    years: u8,
    months: u8,
}

impl TryFrom<RawAowLeeftijd> for AowLeeftijd {
    type Error = Error;
    fn try_from(raw: RawAowLeeftijd) -> Result<Self, Error> {
        Self::new(raw.years, raw.months)
    }
}

impl AowLeeftijd {
    /// An AOW age; errors unless `months` is 0 to 11 and `years` 60 to 75.
    ///
    /// ```
    /// assert!(participatiewet::AowLeeftijd::new(66, 4).is_ok());
    /// ```
    pub fn new(years: u8, months: u8) -> Result<Self, Error> {
        if months > 11 {
            return Err(Error::OutOfRange {
                field: "AOW age months".into(),
                value: months.to_string(),
                min: "0".to_owned(),
                max: "11".to_owned(),
            });
        }
        if !(60..=75).contains(&years) {
            return Err(Error::OutOfRange {
                field: "AOW age years".into(),
                value: years.to_string(),
                min: "60".to_owned(),
                max: "75".to_owned(),
            });
        }
        Ok(Self { years, months })
    }
}

impl std::fmt::Display for AowLeeftijd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} years {} months", self.years, self.months)
    }
}

/// The minimum youth wage scale (`minimumjeugdloon`, WMM art. 8 lid 2 and the Besluit
/// minimumjeugdloon): from which age the full minimum wage applies, and the percentage of it
/// for each younger age.
///
/// ```
/// use participatiewet::{Minimumjeugdloon, Percentage};
/// use rust_decimal::dec;
/// use std::collections::BTreeMap;
///
/// let mut rates = BTreeMap::new();
/// for (age, pct) in [(15, dec!(30)), (16, dec!(34.5)), (17, dec!(39.5)), (18, dec!(50)), (19, dec!(60)), (20, dec!(80))] {
///     rates.insert(age, Percentage::new(pct)?);
/// }
/// let scale = Minimumjeugdloon::new(21, rates)?;
/// assert_eq!(scale.percentage(19)?, Percentage::new(dec!(60))?);
/// assert_eq!(scale.percentage(40)?, Percentage::HUNDRED);
/// assert!(scale.percentage(14).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawMinimumjeugdloon")]
#[non_exhaustive]
pub struct Minimumjeugdloon {
    /// The age from which the full (adult) minimum wage applies.
    pub adult_age: u8,
    /// The percentage of the adult minimum wage for each age below `adult_age`.
    pub rates: BTreeMap<u8, Percentage>,
}

#[derive(Deserialize)]
struct RawMinimumjeugdloon {
    adult_age: u8,
    rates: BTreeMap<u8, Percentage>,
}

impl TryFrom<RawMinimumjeugdloon> for Minimumjeugdloon {
    type Error = Error;
    fn try_from(raw: RawMinimumjeugdloon) -> Result<Self, Error> {
        Self::new(raw.adult_age, raw.rates)
    }
}

impl Minimumjeugdloon {
    /// A scale; errors unless every age from the youngest listed up to `adult_age - 1` has a
    /// rate and no rate is listed from `adult_age` on.
    ///
    /// ```
    /// use participatiewet::Minimumjeugdloon;
    /// assert!(Minimumjeugdloon::new(21, Default::default()).is_err());
    /// ```
    pub fn new(adult_age: u8, rates: BTreeMap<u8, Percentage>) -> Result<Self, Error> {
        let invalid = |reason: String| Error::InvalidFacts {
            field: "minimumjeugdloon".into(),
            reason: reason.into(),
        };
        let Some(&youngest) = rates.keys().next() else {
            return Err(invalid("no youth rates".to_owned()));
        };
        for age in youngest..adult_age {
            if !rates.contains_key(&age) {
                return Err(invalid(format!("no rate for age {age}")));
            }
        }
        if rates.keys().any(|&age| age >= adult_age) {
            return Err(invalid(format!(
                "a rate is listed at or above the adult age {adult_age}"
            )));
        }
        Ok(Self { adult_age, rates })
    }

    /// The percentage of the adult minimum wage at `age`; 100% from the adult age on; an error
    /// below the youngest age with a minimum wage.
    ///
    /// ```
    /// let p = participatiewet::Parameters::bundled();
    /// let scale = &p.minimumjeugdloon.rows()[0].value;
    /// assert!(scale.percentage(14).is_err());
    /// ```
    pub fn percentage(&self, age: u32) -> Result<Percentage, Error> {
        if age >= u32::from(self.adult_age) {
            return Ok(Percentage::HUNDRED);
        }
        u8::try_from(age)
            .ok()
            .and_then(|a| self.rates.get(&a))
            .copied()
            .ok_or_else(|| Error::OutOfRange {
                field: "age for the minimum wage".into(),
                value: age.to_string(),
                min: self
                    .rates
                    .keys()
                    .next()
                    .map_or_else(String::new, u8::to_string),
                max: "any".to_owned(),
            })
    }
}

/// The bijstand norms per month, including holiday allowance (Participatiewet art. 20–22).
///
/// ```
/// use chrono::NaiveDate;
/// let p = participatiewet::Parameters::bundled();
/// let norms = &p.bijstandsnormen.at(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())?.value;
/// assert_eq!(norms.alleenstaande.to_string(), "1401.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Bijstandsnormen {
    /// Single person or single parent aged 18 to 20 (art. 20 lid 1 onderdeel a and lid 2
    /// onderdeel a: the law sets the same amount for both in every version since 2015).
    pub alleenstaande_jongere: Money,
    /// Couple of whom both are 18, 19 or 20, without children (art. 20 lid 1 onderdeel b).
    pub gehuwden_jongeren: Money,
    /// Couple of whom both are 18, 19 or 20, with children (art. 20 lid 2 onderdeel b).
    pub gehuwden_jongeren_met_kinderen: Money,
    /// Couple of whom one is 18, 19 or 20 and the other 21 or older, without children and
    /// without cost-sharers (art. 20 lid 1 onderdeel c).
    pub gehuwden_een_jongere: Money,
    /// Couple of whom one is 18, 19 or 20 and the other 21 or older, with children and without
    /// cost-sharers (art. 20 lid 2 onderdeel c).
    pub gehuwden_een_jongere_met_kinderen: Money,
    /// The younger spouse's part of the norm of a couple of whom one is 18, 19 or 20 and the
    /// other 21 or older, with cost-sharers and without children (art. 22a lid 3 onderdeel b);
    /// the older spouse's cost-sharer norm is added.
    pub kostendelers_jongere_partner: Money,
    /// The same with children (art. 22a lid 3 onderdeel a).
    pub kostendelers_jongere_partner_met_kinderen: Money,
    /// Single person or single parent aged 21 up to AOW age (art. 21 onderdeel a).
    pub alleenstaande: Money,
    /// Married or cohabiting couple, both 21 up to AOW age (art. 21 onderdeel b).
    pub gehuwden: Money,
    /// Single person of AOW age (art. 22 lid 1 onderdeel a).
    pub alleenstaande_pensioengerechtigde: Money,
    /// Couple of whom at least one has reached AOW age (art. 22 lid 1 onderdelen b and c).
    pub gehuwden_pensioengerechtigd: Money,
}

/// The asset limits of the means test (Participatiewet art. 34 lid 3).
///
/// ```
/// use chrono::NaiveDate;
/// let p = participatiewet::Parameters::bundled();
/// let grens = &p.vermogensgrenzen.at(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap())?.value;
/// assert_eq!(grens.alleenstaande.to_string(), "7770.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Vermogensgrenzen {
    /// A single person (art. 34 lid 3 onderdeel a).
    pub alleenstaande: Money,
    /// A single parent or a couple (art. 34 lid 3 onderdeel b).
    pub gezin: Money,
}
