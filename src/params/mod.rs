//! Date-versioned parameters: every number the legislator changes, as a table of rows with
//! their validity, source and confidence.
//!
//! [`Parameters::bundled`] is the embedded default, covering 2015 to 2026 where the domain
//! brief and the law give values. A caller can load its own set with serde (any format: the
//! same validation runs) or add rows to a table ([`Table::insert`]). A date outside a table is
//! [`Error::NotInForce`]: the crate never carries a value past the end of its table.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::Parameters;
//!
//! let p = Parameters::bundled();
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! assert_eq!(p.wml_per_maand.at(d(2023, 12, 31))?.value.to_string(), "1995.00");
//! assert_eq!(p.wml_per_maand.at(d(2024, 1, 1))?.value.to_string(), "2069.40");
//! assert!(p.wml_per_maand.at(d(2014, 12, 31)).is_err());
//!
//! // a full set round-trips through serde and is validated on the way in
//! let json = serde_json::to_string(&p).unwrap();
//! let back: Parameters = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, p);
//! # Ok::<(), participatiewet::Error>(())
//! ```

mod bundled;
mod table;
mod values;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use table::{Confidence, Row, Table};
pub use values::{AowLeeftijd, Bijstandsnormen, Minimumjeugdloon, Vermogensgrenzen};

use crate::date::{BIRTHDAY_RULE, add_years_months, age_on};
use crate::decision::{RowRef, RowSource};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::rounding::Rounding;

/// The full set of date-versioned parameters.
///
/// Each field is a validated [`Table`]; look a value up with `.at(peildatum)`.
///
/// ```
/// use chrono::NaiveDate;
/// let p = participatiewet::Parameters::bundled();
/// let row = p.werkgeverslasten.at(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())?;
/// assert_eq!(row.value.to_string(), "23.5%");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawParameters")]
#[non_exhaustive]
pub struct Parameters {
    /// Adult statutory minimum wage per month (WMM art. 8 lid 1 onderdeel b, indexed by
    /// art. 14): the basis of benefits and of loonkostensubsidie.
    pub wml_per_maand: Table<Money>,
    /// Adult statutory minimum wage per hour (WMM art. 8 lid 1 onderdeel a, from 2024-01-01).
    pub wml_per_uur: Table<Money>,
    /// The minimum youth wage scale (WMM art. 8 lid 2, Besluit minimumjeugdloon).
    pub minimumjeugdloon: Table<Minimumjeugdloon>,
    /// AOW age by the calendar year in which it is reached (AOW art. 7a); each row covers
    /// whole calendar years.
    pub aow_leeftijd: Table<AowLeeftijd>,
    /// The allowance for employer's costs on top of loonkostensubsidie (Regeling
    /// loonkostensubsidie Participatiewet 2021, art. 1 and its predecessors).
    pub werkgeverslasten: Table<Percentage>,
    /// The maximum dagloon of the employee insurances (Wfsv art. 17).
    pub maximum_dagloon: Table<Money>,
    /// Bijstand norms per month including holiday allowance (Participatiewet art. 20–22).
    pub bijstandsnormen: Table<Bijstandsnormen>,
    /// Asset limits (Participatiewet art. 34 lid 3).
    pub vermogensgrenzen: Table<Vermogensgrenzen>,
    /// The equity in an owner-occupied home left out of the assets (Participatiewet art. 34
    /// lid 2 onderdeel d); above it, bijstand is a loan (art. 50 lid 2).
    pub vermogensgrens_eigen_woning: Table<Money>,
    /// From which age a co-resident counts as a cost-sharer (Participatiewet art. 19a lid 1).
    pub kostendeler_leeftijd: Table<u8>,
}

#[derive(Deserialize)]
struct RawParameters {
    wml_per_maand: Vec<Row<Money>>,
    wml_per_uur: Vec<Row<Money>>,
    minimumjeugdloon: Vec<Row<Minimumjeugdloon>>,
    aow_leeftijd: Vec<Row<AowLeeftijd>>,
    werkgeverslasten: Vec<Row<Percentage>>,
    maximum_dagloon: Vec<Row<Money>>,
    bijstandsnormen: Vec<Row<Bijstandsnormen>>,
    vermogensgrenzen: Vec<Row<Vermogensgrenzen>>,
    vermogensgrens_eigen_woning: Vec<Row<Money>>,
    kostendeler_leeftijd: Vec<Row<u8>>,
}

impl TryFrom<RawParameters> for Parameters {
    type Error = Error;

    fn try_from(raw: RawParameters) -> Result<Self, Error> {
        let params = Self {
            wml_per_maand: Table::new("wml_per_maand", raw.wml_per_maand)?,
            wml_per_uur: Table::new("wml_per_uur", raw.wml_per_uur)?,
            minimumjeugdloon: Table::new("minimumjeugdloon", raw.minimumjeugdloon)?,
            aow_leeftijd: Table::new("aow_leeftijd", raw.aow_leeftijd)?,
            werkgeverslasten: Table::new("werkgeverslasten", raw.werkgeverslasten)?,
            maximum_dagloon: Table::new("maximum_dagloon", raw.maximum_dagloon)?,
            bijstandsnormen: Table::new("bijstandsnormen", raw.bijstandsnormen)?,
            vermogensgrenzen: Table::new("vermogensgrenzen", raw.vermogensgrenzen)?,
            vermogensgrens_eigen_woning: Table::new(
                "vermogensgrens_eigen_woning",
                raw.vermogensgrens_eigen_woning,
            )?,
            kostendeler_leeftijd: Table::new("kostendeler_leeftijd", raw.kostendeler_leeftijd)?,
        };
        params.check_aow_rows()?;
        Ok(params)
    }
}

impl Parameters {
    /// The embedded default parameters: every value with its source and confidence.
    ///
    /// ```
    /// use participatiewet::{Confidence, Parameters};
    /// let p = Parameters::bundled();
    /// assert!(p.wml_per_maand.rows().iter().all(|row| !row.source.is_empty()));
    /// ```
    #[must_use]
    pub fn bundled() -> Self {
        bundled::parameters()
    }

    /// The monthly statutory minimum wage for a person born on `birth`, on `peildatum`: the
    /// adult amount times the youth percentage for the person's age, rounded to 5 cents for
    /// youth amounts (WMM art. 8 and 14). Never allocates on success.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let p = participatiewet::Parameters::bundled();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 19 years old on 2024-01-01: 60% of 2,069.40 = 1,241.64, rounded to 5 cents
    /// assert_eq!(p.minimumloon_per_maand(d(2004, 6, 1), d(2024, 1, 1))?.to_string(), "1241.65");
    /// assert_eq!(p.minimumloon_per_maand(d(1980, 6, 1), d(2024, 1, 1))?.to_string(), "2069.40");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn minimumloon_per_maand(
        &self,
        birth: NaiveDate,
        peildatum: NaiveDate,
    ) -> Result<Money, Error> {
        let adult = self.wml_per_maand.at(peildatum)?.value;
        let age = age_on(birth, peildatum)?;
        let percentage = self.minimumjeugdloon.at(peildatum)?.value.percentage(age)?;
        if percentage == Percentage::HUNDRED {
            return Ok(adult);
        }
        Money::rounded(adult.amount() * percentage.fraction(), Rounding::FiveCents)
    }

    /// The day a person born on `birth` reaches the AOW age (AOW art. 7a): the age in force for
    /// the calendar year in which it is reached.
    ///
    /// Errors when the answer depends on a year outside the AOW-age table.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let p = participatiewet::Parameters::bundled();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // born 1961-01-15: turns 67 in 2028, but the AOW age of 2028 is 67 years 3 months
    /// assert_eq!(p.aow_datum(d(1961, 1, 15))?, d(2028, 4, 15));
    /// // born 1958-06-01: AOW age of 2025 is 67
    /// assert_eq!(p.aow_datum(d(1958, 6, 1))?, d(2025, 6, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn aow_datum(&self, birth: NaiveDate) -> Result<NaiveDate, Error> {
        // The AOW age is never below 65 (art. 7a lid 1: 65 years, raised by the table), so
        // nobody reaches it before the calendar year of the 65th birthday. Walk the years from
        // there: the answer is the first year whose own AOW age is reached in that year.
        let mut year = birth.year().saturating_add(AOW_BASISLEEFTIJD);
        loop {
            let january = NaiveDate::from_ymd_opt(year, 1, 1).ok_or(Error::Overflow {
                operation: "AOW date",
            })?;
            let age = self.aow_leeftijd.at(january)?.value;
            let date = add_years_months(
                birth,
                u32::from(age.years),
                u32::from(age.months),
                BIRTHDAY_RULE,
            )?;
            match date.year().cmp(&year) {
                std::cmp::Ordering::Equal => return Ok(date),
                std::cmp::Ordering::Greater => year = year.saturating_add(1),
                std::cmp::Ordering::Less => {
                    return Err(Error::InvalidTable {
                        parameter: "aow_leeftijd",
                        reason: format!(
                            "no calendar year gives an AOW date for birth date {birth}: \
                             the AOW age decreases in {year}"
                        )
                        .into(),
                    });
                }
            }
        }
    }

    /// Whether a person born on `birth` has reached the AOW age on `peildatum`.
    ///
    /// Someone not yet 65 has not (the AOW age is never below 65, AOW art. 7a lid 1), whatever
    /// the table holds; otherwise the AOW date decides, and a year outside the table is an
    /// error.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let p = participatiewet::Parameters::bundled();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // a 45-year-old: no AOW-age table for 2047 is needed to answer
    /// assert!(!p.aow_leeftijd_bereikt(d(1980, 5, 1), d(2025, 6, 1))?);
    /// assert!(p.aow_leeftijd_bereikt(d(1958, 6, 1), d(2025, 6, 1))?);
    /// assert!(!p.aow_leeftijd_bereikt(d(1958, 6, 1), d(2025, 5, 31))?);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn aow_leeftijd_bereikt(
        &self,
        birth: NaiveDate,
        peildatum: NaiveDate,
    ) -> Result<bool, Error> {
        let minimum = add_years_months(birth, AOW_BASISLEEFTIJD.unsigned_abs(), 0, BIRTHDAY_RULE)?;
        if minimum > peildatum {
            return Ok(false);
        }
        Ok(self.aow_datum(birth)? <= peildatum)
    }

    /// The rows of the AOW-age table must cover whole calendar years.
    fn check_aow_rows(&self) -> Result<(), Error> {
        for row in self.aow_leeftijd.rows() {
            let starts_year = row.valid_from.month() == 1 && row.valid_from.day() == 1;
            let ends_year = row
                .valid_to
                .is_none_or(|to| to.month() == 12 && to.day() == 31);
            if !starts_year || !ends_year {
                return Err(Error::InvalidTable {
                    parameter: "aow_leeftijd",
                    reason: format!(
                        "the row from {} does not cover whole calendar years",
                        row.valid_from
                    )
                    .into(),
                });
            }
        }
        Ok(())
    }
}

impl Parameters {
    /// The source of the row `row` refers to, if this parameter set has it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, RowRef};
    /// let p = Parameters::bundled();
    /// let src = p.row_source(RowRef::new("wml_per_maand", NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())).unwrap();
    /// assert_eq!(src.table, "wml_per_maand");
    /// ```
    #[must_use]
    pub fn row_source(&self, row: RowRef) -> Option<RowSource> {
        fn find<T>(table: &Table<T>, row: RowRef) -> Option<RowSource> {
            let found = table
                .rows()
                .iter()
                .find(|r| r.valid_from == row.valid_from)?;
            let valid_to = table.last_day_of(row.valid_from);
            Some(RowSource {
                table: table.parameter().to_owned(),
                valid_from: found.valid_from,
                valid_to,
                source: found.source.to_string(),
                confidence: found.confidence,
            })
        }
        match row.table {
            "wml_per_maand" => find(&self.wml_per_maand, row),
            "wml_per_uur" => find(&self.wml_per_uur, row),
            "minimumjeugdloon" => find(&self.minimumjeugdloon, row),
            "aow_leeftijd" => find(&self.aow_leeftijd, row),
            "werkgeverslasten" => find(&self.werkgeverslasten, row),
            "maximum_dagloon" => find(&self.maximum_dagloon, row),
            "bijstandsnormen" => find(&self.bijstandsnormen, row),
            "vermogensgrenzen" => find(&self.vermogensgrenzen, row),
            "vermogensgrens_eigen_woning" => find(&self.vermogensgrens_eigen_woning, row),
            "kostendeler_leeftijd" => find(&self.kostendeler_leeftijd, row),
            _ => None,
        }
    }

    /// A fingerprint of the whole parameter set: the crate version and a 64-bit FNV-1a hash
    /// of its JSON, as `"0.1.0-1a2b3c4d5e6f7a8b"`. Two sets with the same rows have the same
    /// fingerprint; no clock is involved.
    ///
    /// ```
    /// use participatiewet::Parameters;
    /// let p = Parameters::bundled();
    /// assert_eq!(p.fingerprint(), Parameters::bundled().fingerprint());
    /// assert!(p.fingerprint().starts_with(env!("CARGO_PKG_VERSION")));
    /// ```
    #[must_use]
    pub fn fingerprint(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in json {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{}-{hash:016x}", env!("CARGO_PKG_VERSION"))
    }

    /// The legal value a table holds, in words (`"het wettelijk minimumloon per maand"`).
    ///
    /// ```
    /// use participatiewet::{Parameters, Taal};
    /// assert_eq!(Parameters::label("maximum_dagloon").get(Taal::Nl), "het maximumdagloon");
    /// ```
    #[must_use]
    pub fn label(parameter: &str) -> Text {
        label(parameter)
    }
}

/// The wire names of every table in [`Parameters`], and of the per-municipality beschut-werk
/// table (`beschut_werk_aantal`), so that a ground naming one of their rows reads back.
pub(crate) const TABLES: [&str; 11] = [
    "wml_per_maand",
    "wml_per_uur",
    "minimumjeugdloon",
    "aow_leeftijd",
    "werkgeverslasten",
    "maximum_dagloon",
    "bijstandsnormen",
    "vermogensgrenzen",
    "vermogensgrens_eigen_woning",
    "kostendeler_leeftijd",
    "beschut_werk_aantal",
];

/// The legal value of a table in words, for messages a caseworker reads.
pub(crate) fn label(parameter: &str) -> Text {
    match parameter {
        "wml_per_maand" => Text::new(
            "het wettelijk minimumloon per maand",
            "the statutory minimum wage per month",
        ),
        "wml_per_uur" => Text::new(
            "het wettelijk minimumloon per uur",
            "the statutory minimum wage per hour",
        ),
        "minimumjeugdloon" => Text::new(
            "de staffel van het minimumjeugdloon",
            "the scale of the minimum youth wage",
        ),
        "aow_leeftijd" => Text::new("de AOW-leeftijd", "the AOW age"),
        "werkgeverslasten" => Text::new(
            "het percentage werkgeverslasten bij loonkostensubsidie",
            "the employer's-costs percentage of loonkostensubsidie",
        ),
        "maximum_dagloon" => Text::new("het maximumdagloon", "the maximum dagloon"),
        "bijstandsnormen" => Text::new("de bijstandsnormen", "the bijstand norms"),
        "vermogensgrenzen" => Text::new(
            "de vermogensgrenzen in de bijstand",
            "the asset limits of bijstand",
        ),
        "vermogensgrens_eigen_woning" => Text::new(
            "de vermogensgrens voor de eigen woning",
            "the asset limit for an owner-occupied home",
        ),
        "kostendeler_leeftijd" => Text::new(
            "de leeftijd vanaf wanneer een medebewoner kostendeler is",
            "the age from which a co-resident shares costs",
        ),
        "beschut_werk_aantal" => Text::new(
            "het minimumaantal plaatsen beschut werk",
            "the minimum number of beschut-werk places",
        ),
        _ => Text::owned(
            format!("de waarde {parameter}"),
            format!("the value {parameter}"),
        ),
    }
}

/// The base of the AOW age, before the yearly raises of the table: 65 years (AOW art. 7a
/// lid 1).
const AOW_BASISLEEFTIJD: i32 = 65;

/// The holiday allowance on top of the minimum wage in the loonkostensubsidie basis and the WW
/// maandloon: 8% (WMM art. 15).
pub const VAKANTIEBIJSLAG: Decimal = Decimal::from_parts(8, 0, 0, false, 2);

/// One plus the holiday allowance: the factor 1.08 that turns the monthly minimum wage into the
/// loonkostensubsidie basis (WMM art. 15; Participatiewet art. 10d lid 4).
pub const MET_VAKANTIEBIJSLAG: Decimal = Decimal::from_parts(108, 0, 0, false, 2);
