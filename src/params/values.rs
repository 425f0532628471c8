//! The value types held in parameter rows that are more than one number; each checks its own
//! legal range ([`Validate`]) on construction and on deserialisation, and refuses unknown
//! fields.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::taal::Taal;
use crate::wire::Validate;

/// The AOW age (`pensioengerechtigde leeftijd`) for people who reach it in a calendar year
/// (AOW art. 7a): set per year of reaching, not per year of birth.
///
/// The law starts from 65 years (art. 7a lid 1) and raises it by the table of art. 7a lid 1
/// and by at most three months a year after (art. 7a lid 2); the crate accepts 65 to 70 years
/// and 0 to 11 months.
///
/// ```
/// use participatiewet::AowLeeftijd;
/// let age = AowLeeftijd::new(67, 3)?;
/// assert_eq!(age.to_string(), "67 years 3 months");
/// assert!(AowLeeftijd::new(67, 12).is_err());
/// assert!(AowLeeftijd::new(64, 0).is_err());
/// assert!(serde_json::from_str::<AowLeeftijd>(r#"{"years":67,"months":0,"days":1}"#).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct AowLeeftijd {
    /// Whole years.
    pub years: u8,
    /// Months on top of the years (0 to 11).
    pub months: u8,
}

crate::wire::validated_serde!(AowLeeftijd);

/// The lowest AOW age in years (AOW art. 7a lid 1: 65 years, raised by the table).
pub(crate) const AOW_MIN_JAREN: u8 = 65;
/// The highest AOW age in years the crate accepts.
pub(crate) const AOW_MAX_JAREN: u8 = 70;

impl AowLeeftijd {
    /// An AOW age; errors unless `months` is 0 to 11 and `years` 65 to 70.
    ///
    /// ```
    /// assert!(participatiewet::AowLeeftijd::new(66, 4).is_ok());
    /// ```
    pub fn new(years: u8, months: u8) -> Result<Self, Error> {
        let age = Self { years, months };
        age.validate()?;
        Ok(age)
    }

    /// The age in words (`"67 jaar en 3 maanden"`).
    ///
    /// ```
    /// use participatiewet::{AowLeeftijd, Taal};
    /// assert_eq!(AowLeeftijd::new(67, 3)?.in_words(Taal::Nl), "67 jaar en 3 maanden");
    /// assert_eq!(AowLeeftijd::new(67, 0)?.in_words(Taal::Nl), "67 jaar");
    /// assert_eq!(AowLeeftijd::new(66, 1)?.in_words(Taal::En), "66 years and 1 month");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn in_words(&self, taal: Taal) -> String {
        match (taal, self.months) {
            (Taal::Nl, 0) => format!("{} jaar", self.years),
            (Taal::Nl, 1) => format!("{} jaar en 1 maand", self.years),
            (Taal::Nl, m) => format!("{} jaar en {m} maanden", self.years),
            (Taal::En, 0) => format!("{} years", self.years),
            (Taal::En, 1) => format!("{} years and 1 month", self.years),
            (Taal::En, m) => format!("{} years and {m} months", self.years),
        }
    }
}

impl Validate for AowLeeftijd {
    fn validate(&self) -> Result<(), Error> {
        if self.months > 11 {
            return Err(Error::OutOfRange {
                field: "months".into(),
                value: self.months.to_string(),
                min: "0".to_owned(),
                max: "11".to_owned(),
            });
        }
        if !(AOW_MIN_JAREN..=AOW_MAX_JAREN).contains(&self.years) {
            return Err(Error::OutOfRange {
                field: "years".into(),
                value: self.years.to_string(),
                min: AOW_MIN_JAREN.to_string(),
                max: AOW_MAX_JAREN.to_string(),
            });
        }
        Ok(())
    }
}

impl std::fmt::Display for AowLeeftijd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} years {} months", self.years, self.months)
    }
}

/// The minimum youth wage scale (`minimumjeugdloon`, WMM art. 7 and 8, Besluit
/// minimumjeugdloon): from which age the full minimum wage applies, and the percentage of it
/// for each younger age.
///
/// A scale is sane: the adult age is 18 to 23 (23 until 2017-07-01, 22 until 2019-07-01, 21
/// since), the youngest age is at least 15, every age from the youngest up to the adult age
/// has a rate, each rate lies above 0% and below 100%, and no rate is lower than the rate of
/// a younger age.
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
/// let scale = Minimumjeugdloon::new(21, rates.clone())?;
/// assert_eq!(scale.percentage(19)?, Percentage::new(dec!(60))?);
/// assert_eq!(scale.percentage(40)?, Percentage::HUNDRED);
/// assert!(scale.percentage(14).is_err());
/// // a rate lower than a younger age's is refused
/// rates.insert(20, Percentage::new(dec!(40))?);
/// assert!(Minimumjeugdloon::new(21, rates).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Minimumjeugdloon {
    /// The age from which the full (adult) minimum wage applies.
    pub adult_age: u8,
    /// The percentage of the adult minimum wage for each age below `adult_age`.
    pub rates: BTreeMap<u8, Percentage>,
}

crate::wire::validated_serde!(Minimumjeugdloon);

/// The youngest age with a minimum wage (WMM art. 7: a werknemer of 15 or older).
const JEUGD_MIN_LEEFTIJD: u8 = 15;

impl Minimumjeugdloon {
    /// A scale; errors unless it is sane (see the type's docs).
    ///
    /// ```
    /// use participatiewet::Minimumjeugdloon;
    /// assert!(Minimumjeugdloon::new(21, Default::default()).is_err());
    /// ```
    pub fn new(adult_age: u8, rates: BTreeMap<u8, Percentage>) -> Result<Self, Error> {
        let scale = Self { adult_age, rates };
        scale.validate()?;
        Ok(scale)
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
                field: "leeftijd".into(),
                value: age.to_string(),
                min: self
                    .rates
                    .keys()
                    .next()
                    .map_or_else(String::new, u8::to_string),
                max: "150".to_owned(),
            })
    }
}

impl Validate for Minimumjeugdloon {
    fn validate(&self) -> Result<(), Error> {
        let invalid = |nl: String, en: String| Error::facts("rates", Text::owned(nl, en));
        if !(18..=23).contains(&self.adult_age) {
            return Err(Error::OutOfRange {
                field: "adult_age".into(),
                value: self.adult_age.to_string(),
                min: "18".to_owned(),
                max: "23".to_owned(),
            });
        }
        let Some(&youngest) = self.rates.keys().next() else {
            return Err(Error::facts(
                "rates",
                Text::new("de staffel noemt geen percentages", "no youth rates"),
            ));
        };
        if youngest < JEUGD_MIN_LEEFTIJD {
            return Err(invalid(
                format!("de staffel begint bij {youngest} jaar; het minimumloon geldt vanaf 15"),
                format!("the scale starts at age {youngest}; the minimum wage applies from 15"),
            ));
        }
        if let Some(&age) = self.rates.keys().find(|&&age| age >= self.adult_age) {
            return Err(invalid(
                format!(
                    "een percentage voor {age} jaar, op of boven de volwassen leeftijd {}",
                    self.adult_age
                ),
                format!(
                    "a rate is listed for age {age}, at or above the adult age {}",
                    self.adult_age
                ),
            ));
        }
        let mut previous = Percentage::ZERO;
        for age in youngest..self.adult_age {
            let Some(&rate) = self.rates.get(&age) else {
                return Err(invalid(
                    format!("geen percentage voor {age} jaar"),
                    format!("no rate for age {age}"),
                ));
            };
            if rate == Percentage::ZERO || rate >= Percentage::HUNDRED {
                return Err(invalid(
                    format!(
                        "het percentage voor {age} jaar is {rate}; toegestaan is meer dan 0% en minder dan 100%"
                    ),
                    format!("the rate for age {age} is {rate}, expected above 0% and below 100%"),
                ));
            }
            if rate < previous {
                return Err(invalid(
                    format!(
                        "het percentage voor {age} jaar ({rate}) is lager dan voor een jongere leeftijd ({previous})"
                    ),
                    format!(
                        "the rate for age {age} ({rate}) is below a younger age's ({previous})"
                    ),
                ));
            }
            previous = rate;
        }
        Ok(())
    }
}

/// The highest bijstand norm a table may hold: € 10.000,00 a month.
pub(crate) const MAX_NORM: Money = Money::from_cents_const(1_000_000);

/// The bijstand norms per month, including holiday allowance (Participatiewet art. 20–22).
///
/// Every norm lies above € 0 and at most € 10.000,00 a month, and the norms keep the order of
/// the law: the norm of a single young person is at most the single norm, which is at most
/// the couple's norm; and the same for the norms at AOW age (art. 20–22).
///
/// ```
/// use chrono::NaiveDate;
/// let p = participatiewet::Parameters::bundled();
/// let norms = &p.bijstandsnormen.at(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())?.value;
/// assert_eq!(norms.alleenstaande.to_string(), "1401.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
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
    /// the older spouse's cost-sharer norm is added. `None` where the consolidated text of the
    /// row's date does not state a current amount (2015-07-01 and 2016-01-01): a calculation
    /// that needs it is then refused as not known, never guessed.
    pub kostendelers_jongere_partner: Option<Money>,
    /// The same with children (art. 22a lid 3 onderdeel a).
    pub kostendelers_jongere_partner_met_kinderen: Option<Money>,
    /// Single person or single parent aged 21 up to AOW age (art. 21 onderdeel a).
    pub alleenstaande: Money,
    /// Married or cohabiting couple, both 21 up to AOW age (art. 21 onderdeel b).
    pub gehuwden: Money,
    /// Single person of AOW age (art. 22 lid 1 onderdeel a).
    pub alleenstaande_pensioengerechtigde: Money,
    /// Couple of whom at least one has reached AOW age (art. 22 lid 1 onderdelen b and c).
    pub gehuwden_pensioengerechtigd: Money,
}

crate::wire::validated_serde!(Bijstandsnormen);

impl Validate for Bijstandsnormen {
    fn validate(&self) -> Result<(), Error> {
        let norms = [
            ("alleenstaande_jongere", self.alleenstaande_jongere),
            ("gehuwden_jongeren", self.gehuwden_jongeren),
            (
                "gehuwden_jongeren_met_kinderen",
                self.gehuwden_jongeren_met_kinderen,
            ),
            ("gehuwden_een_jongere", self.gehuwden_een_jongere),
            (
                "gehuwden_een_jongere_met_kinderen",
                self.gehuwden_een_jongere_met_kinderen,
            ),
            ("alleenstaande", self.alleenstaande),
            ("gehuwden", self.gehuwden),
            (
                "alleenstaande_pensioengerechtigde",
                self.alleenstaande_pensioengerechtigde,
            ),
            (
                "gehuwden_pensioengerechtigd",
                self.gehuwden_pensioengerechtigd,
            ),
        ];
        for (field, norm) in norms {
            positive(field, norm, MAX_NORM)?;
        }
        for (field, norm) in [
            (
                "kostendelers_jongere_partner",
                self.kostendelers_jongere_partner,
            ),
            (
                "kostendelers_jongere_partner_met_kinderen",
                self.kostendelers_jongere_partner_met_kinderen,
            ),
        ] {
            if let Some(norm) = norm {
                positive(field, norm, MAX_NORM)?;
            }
        }
        ordered(
            "alleenstaande",
            self.alleenstaande_jongere,
            self.alleenstaande,
            MAX_NORM,
        )?;
        ordered("gehuwden", self.alleenstaande, self.gehuwden, MAX_NORM)?;
        ordered(
            "gehuwden_pensioengerechtigd",
            self.alleenstaande_pensioengerechtigde,
            self.gehuwden_pensioengerechtigd,
            MAX_NORM,
        )
    }
}

/// The highest asset limit a table may hold: € 1.000.000,00.
pub(crate) const MAX_VERMOGENSGRENS: Money = Money::from_cents_const(100_000_000);

/// The asset limits of the means test (Participatiewet art. 34 lid 3).
///
/// Both limits lie above € 0 and at most € 1.000.000,00, and the limit of a family is at
/// least that of a single person (art. 34 lid 3: twice it).
///
/// ```
/// use chrono::NaiveDate;
/// let p = participatiewet::Parameters::bundled();
/// let grens = &p.vermogensgrenzen.at(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap())?.value;
/// assert_eq!(grens.alleenstaande.to_string(), "7770.00");
/// assert!(serde_json::from_str::<participatiewet::Vermogensgrenzen>(r#"{"alleenstaande":"0.00","gezin":"1.00"}"#).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Vermogensgrenzen {
    /// A single person (art. 34 lid 3 onderdeel a).
    pub alleenstaande: Money,
    /// A single parent or a couple (art. 34 lid 3 onderdeel b).
    pub gezin: Money,
}

crate::wire::validated_serde!(Vermogensgrenzen);

impl Validate for Vermogensgrenzen {
    fn validate(&self) -> Result<(), Error> {
        positive("alleenstaande", self.alleenstaande, MAX_VERMOGENSGRENS)?;
        positive("gezin", self.gezin, MAX_VERMOGENSGRENS)?;
        ordered("gezin", self.alleenstaande, self.gezin, MAX_VERMOGENSGRENS)
    }
}

/// `amount` lies above zero and at most `max`.
pub(crate) fn positive(field: &'static str, amount: Money, max: Money) -> Result<(), Error> {
    if amount.is_zero() || amount > max {
        return Err(Error::OutOfRange {
            field: field.into(),
            value: amount.to_string(),
            min: "0.01".to_owned(),
            max: max.to_string(),
        });
    }
    Ok(())
}

/// `higher` (the value of `field`) is not below `lower`.
fn ordered(field: &'static str, lower: Money, higher: Money, max: Money) -> Result<(), Error> {
    if higher < lower {
        return Err(Error::OutOfRange {
            field: field.into(),
            value: higher.to_string(),
            min: lower.to_string(),
            max: max.to_string(),
        });
    }
    Ok(())
}
