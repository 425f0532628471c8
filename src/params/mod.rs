//! Date-versioned parameters: every number the legislator changes, as a table of rows with
//! their validity, source and confidence.
//!
//! [`Parameters::bundled`] is the embedded default. A caller can load its own set with serde
//! (any format): it passes exactly the checks of the bundled set, by the same code
//! ([`Validate`](crate::Validate)): every row states its end (`valid_to` is a date or
//! `"open"`, never absent, and only the last row may be open), rows join without gap or
//! overlap, unknown fields are refused, and every value lies in its parameter's legal range
//! (a positive minimum wage, norms and limits above zero, a cost-sharer age of 18 to 30, an
//! AOW age of 65 to 70 that never decreases, a sane youth scale, werkgeverslasten 0 to 100%).
//! A date outside a table is [`Error::NotInForce`]: the crate never carries a value past the
//! end of its table, and never fills a gap with a computed or carried value.
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
mod rules;
mod table;
mod values;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use table::{Confidence, OPEN, Row, Table};
pub use values::{AowLeeftijd, Bijstandsnormen, Minimumjeugdloon, Vermogensgrenzen};

use crate::date::{BIRTHDAY_RULE, add_years_months, age_on};
use crate::decision::{RowRef, RowSource};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::rounding::Rounding;
use crate::wire::Validate;

/// The full set of date-versioned parameters.
///
/// Read through serde, a set passes exactly the checks of the bundled set: every row states
/// its end (`valid_to` is a date or `"open"`, only the last row may be open), rows join
/// without gap or overlap, unknown fields are refused, and every value lies in the legal range
/// of its table:
///
/// | table | each value |
/// |---|---|
/// | `wml_per_maand` | € 0,01 – € 50.000,00 |
/// | `wml_per_uur` | € 0,01 – € 500,00 |
/// | `maximum_dagloon` | € 0,01 – € 5.000,00 |
/// | `vermogensgrens_eigen_woning` | € 0,01 – € 1.000.000,00 |
/// | `werkgeverslasten` | 0 – 100% |
/// | `kostendeler_leeftijd` | 18 – 30 years |
/// | `aow_leeftijd` | 65 – 70 years, rows of whole calendar years, never decreasing |
/// | `minimumjeugdloon` | see [`Minimumjeugdloon`] |
/// | `bijstandsnormen` | see [`Bijstandsnormen`] |
/// | `vermogensgrenzen` | see [`Vermogensgrenzen`] |
///
/// # Coverage of the bundled tables
///
/// | table | first day | last day | sources (confidence) |
/// |---|---|---|---|
/// | `wml_per_maand` | 2015-01-01 | 2026-12-31 | WMM art. 8 lid 1 b, art. 14; payroll publications (secondary), 2020-01 and 2026-07 Staatscourant (law text) |
/// | `wml_per_uur` | 2024-01-01 | 2026-12-31 | WMM art. 8 lid 1 a; payroll publications (secondary), 2025-01 rijksoverheid.nl (official), 2026-07 Stcrt. 2026, 16505 (law text) |
/// | `minimumjeugdloon` | 2015-01-01 | 2026-12-31 | WMM art. 7, 8 lid 3 with the Besluit minimumjeugdloon art. 2 lid 1 (secondary; the 2002 and 2024 texts agree with the first and last rows) |
/// | `aow_leeftijd` | 2015-01-01 | 2031-12-31 | AOW art. 7a: 2015–2025 law text; 2026–2031 as set and reported (secondary) |
/// | `werkgeverslasten` | 2015-01-01 | 2026-12-31 | Regeling loonkostensubsidie Participatiewet (2015: secondary; 2018 and 2021: law text) |
/// | `maximum_dagloon` | 2015-01-01 | 2025-06-30 | Wfsv art. 17 lid 1, art. 18; SZW rekenregels of each half-year and the Regeling premiepercentages 2025, as reported (secondary), 2021-07 uwv.nl (official) |
/// | `bijstandsnormen` | 2015-07-01 | 2026-12-31 | Participatiewet art. 20–22, consolidated text of each version date (law text) |
/// | `vermogensgrenzen` | 2015-01-01 | 2026-12-31 | Participatiewet art. 34 lid 3, consolidated text of each 1 January (law text) |
/// | `vermogensgrens_eigen_woning` | 2015-01-01 | 2026-12-31 | Participatiewet art. 34 lid 2 d, consolidated text of each 1 January (law text) |
/// | `kostendeler_leeftijd` | 2015-01-01 | 2026-12-31 | Participatiewet art. 19a lid 1: 21 until 2022-12-31, 27 from 2023-01-01 (law text) |
///
/// Not known, so an error on these dates (never a carried value):
///
/// - `bijstandsnormen` 2015-01-01 to 2015-06-30: the consolidated text of 2015-01-01 carries the
///   unindexed amounts of the introducing law in art. 20 and art. 21 onderdeel a (`€ 926,47`,
///   the single-parent norm of 2013, next to the indexed couple norm `€ 1.372,62`); the
///   art. 21 norms of that half-year are published (€ 960,83 and € 1.372,62 including holiday
///   allowance, ugs-fryslan.nl "per 1 januari 2015"), but the youth and pension-age norms were
///   found only in an undated table (st-ab.nl) whose art. 21 amounts equal those, so they have
///   no source that states their date.
/// - `maximum_dagloon` before 2015-01-01 and from 2025-07-01: the value from 2025-07-01 was not
///   found, so the value of 2026-01-01, € 304,25 (maximumpremieloon € 79.409 / 261, Regeling
///   premiepercentages 2026, Stcrt. 2025, 42324, as reported), cannot join without a gap;
///   2026-07-01 (€ 309,91) appears only in a third-party site's test text.
/// - The indexation of 1 January 2027 (minimum wage, norms, maximum dagloon): not found
///   published (no version dated 2027-01-01 of the WMM, the Participatiewet or the Wfsv in
///   the consolidated texts read, no Staatscourant notice found).
/// - `wml_per_uur` before 2024: the hourly minimum wage exists in law from 2024-01-01 only.
///
/// The consolidated WMM text states the base amounts of art. 8 lid 1 (€ 10,60 per hour,
/// € 1.653,60 per month in the text of 2026-01-01), not the indexed ones: art. 8 lid 2 puts the
/// amounts of the latest indexation in their place, so the indexed amounts come from the
/// indexation notices. Likewise the Wfsv states no maximum dagloon: art. 18 lid 3 puts the
/// revised amount in the place of that of art. 17 lid 1, published by the minister.
///
/// The monthly youth minimum wage is not a table: it is the youth percentage times the
/// monthly amount (WMM art. 8 lid 3 with lid 1 b), rounded to 5 cents until 2023-12-31
/// (Besluit minimumjeugdloon art. 2 lid 2 of that time) and kept to the cent from 2024-01-01,
/// when the Besluit rounds only the hourly youth wage ([`Parameters::minimumloon_per_maand`]).
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
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Parameters {
    /// Adult statutory minimum wage per month (WMM art. 8 lid 1 onderdeel b, indexed by
    /// art. 14): the basis of benefits and of loonkostensubsidie.
    #[serde(deserialize_with = "de::wml_per_maand")]
    pub wml_per_maand: Table<Money>,
    /// Adult statutory minimum wage per hour (WMM art. 8 lid 1 onderdeel a, from 2024-01-01).
    #[serde(deserialize_with = "de::wml_per_uur")]
    pub wml_per_uur: Table<Money>,
    /// The minimum youth wage scale (WMM art. 7 lid 3 and art. 8 lid 3, Besluit
    /// minimumjeugdloon art. 1 and art. 2 lid 1).
    #[serde(deserialize_with = "de::minimumjeugdloon")]
    pub minimumjeugdloon: Table<Minimumjeugdloon>,
    /// AOW age by the calendar year in which it is reached (AOW art. 7a); each row covers
    /// whole calendar years.
    #[serde(deserialize_with = "de::aow_leeftijd")]
    pub aow_leeftijd: Table<AowLeeftijd>,
    /// The allowance for employer's costs on top of loonkostensubsidie (Regeling
    /// loonkostensubsidie Participatiewet 2021, art. 1 and its predecessors).
    #[serde(deserialize_with = "de::werkgeverslasten")]
    pub werkgeverslasten: Table<Percentage>,
    /// The maximum dagloon of the employee insurances (Wfsv art. 17).
    #[serde(deserialize_with = "de::maximum_dagloon")]
    pub maximum_dagloon: Table<Money>,
    /// Bijstand norms per month including holiday allowance (Participatiewet art. 20–22).
    #[serde(deserialize_with = "de::bijstandsnormen")]
    pub bijstandsnormen: Table<Bijstandsnormen>,
    /// Asset limits (Participatiewet art. 34 lid 3).
    #[serde(deserialize_with = "de::vermogensgrenzen")]
    pub vermogensgrenzen: Table<Vermogensgrenzen>,
    /// The equity in an owner-occupied home left out of the assets (Participatiewet art. 34
    /// lid 2 onderdeel d); above it, bijstand is a loan (art. 50 lid 2).
    #[serde(deserialize_with = "de::vermogensgrens_eigen_woning")]
    pub vermogensgrens_eigen_woning: Table<Money>,
    /// From which age a co-resident counts as a cost-sharer (Participatiewet art. 19a lid 1).
    #[serde(deserialize_with = "de::kostendeler_leeftijd")]
    pub kostendeler_leeftijd: Table<u8>,
}

crate::wire::validated_serde!(Parameters);

/// Reading a table of [`Parameters`] from the wire: the rows, then every table rule of the
/// field's parameter ([`Table::new`]).
mod de {
    use serde::{Deserialize, Deserializer};

    use super::{Row, Table};

    macro_rules! tables {
        ($($name:ident),* $(,)?) => {$(
            pub(super) fn $name<'de, D, T>(deserializer: D) -> Result<Table<T>, D::Error>
            where
                D: Deserializer<'de>,
                T: Deserialize<'de> + 'static,
            {
                let rows = Vec::<Row<T>>::deserialize(deserializer)?;
                Table::new(stringify!($name), rows).map_err(crate::wire::refuse)
            }
        )*};
    }

    tables!(
        wml_per_maand,
        wml_per_uur,
        minimumjeugdloon,
        aow_leeftijd,
        werkgeverslasten,
        maximum_dagloon,
        bijstandsnormen,
        vermogensgrenzen,
        vermogensgrens_eigen_woning,
        kostendeler_leeftijd,
    );
}

/// Every table of the set is valid under its own parameter's rules and carries its field's
/// name: a table built for another parameter cannot stand in for this one.
///
/// ```
/// use participatiewet::{Parameters, Validate};
/// let mut p = Parameters::bundled();
/// assert!(p.validate().is_ok());
/// p.wml_per_uur = p.wml_per_maand.clone();
/// assert_eq!(p.validate().unwrap_err().code(), "invalid_table");
/// ```
impl Validate for Parameters {
    fn validate(&self) -> Result<(), Error> {
        fn named<T: 'static>(field: &'static str, table: &Table<T>) -> Result<(), Error> {
            if table.parameter() != field {
                return Err(Error::InvalidTable {
                    parameter: field,
                    reason: Text::owned(
                        format!("de tabel heet {} in plaats van {field}", table.parameter()),
                        format!(
                            "the table is named {} instead of {field}",
                            table.parameter()
                        ),
                    ),
                });
            }
            table.validate()
        }
        named("wml_per_maand", &self.wml_per_maand)?;
        named("wml_per_uur", &self.wml_per_uur)?;
        named("minimumjeugdloon", &self.minimumjeugdloon)?;
        named("aow_leeftijd", &self.aow_leeftijd)?;
        named("werkgeverslasten", &self.werkgeverslasten)?;
        named("maximum_dagloon", &self.maximum_dagloon)?;
        named("bijstandsnormen", &self.bijstandsnormen)?;
        named("vermogensgrenzen", &self.vermogensgrenzen)?;
        named(
            "vermogensgrens_eigen_woning",
            &self.vermogensgrens_eigen_woning,
        )?;
        named("kostendeler_leeftijd", &self.kostendeler_leeftijd)
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
    /// adult amount of WMM art. 8 lid 1 onderdeel b, or, under the adult age, the youth
    /// percentage of the Besluit minimumjeugdloon times that amount (WMM art. 8 lid 3; the
    /// `wettelijk minimumloon` of Participatiewet art. 2). The youth amount is rounded by the
    /// Besluit minimumjeugdloon of the date: to a multiple of 5 cents until 2023-12-31
    /// (art. 2 lid 2: "maand- en weekbedragen worden afgerond op een veelvoud van € 0,05");
    /// from 2024-01-01 the Besluit rounds only the hourly youth wage, so the monthly amount is
    /// kept to the cent. Never allocates on success.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let p = participatiewet::Parameters::bundled();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // 17 years old, 39.5% of the monthly amount:
    /// // 2023-12-31: 39.5% of 1,995.00 = 788.025, a month amount rounded to 5 cents (up from 0.025)
    /// assert_eq!(p.minimumloon_per_maand(d(2006, 6, 1), d(2023, 12, 31))?.to_string(), "788.05");
    /// // 2024-01-01: 39.5% of 2,069.40 = 817.413; the law rounds no month amount any more: cents
    /// assert_eq!(p.minimumloon_per_maand(d(2006, 6, 1), d(2024, 1, 1))?.to_string(), "817.41");
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
        minimumjeugdloon_per_maand(adult, percentage, peildatum)
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
            let january =
                NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| Error::overflow("AOW date"))?;
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
                        reason: Text::owned(
                            format!(
                                "geen kalenderjaar geeft een AOW-datum voor geboortedatum {}: \
                                 de AOW-leeftijd daalt in {year}",
                                crate::taal::datum(birth, crate::taal::Taal::Nl)
                            ),
                            format!(
                                "no calendar year gives an AOW date for birth date {birth}: \
                                 the AOW age decreases in {year}"
                            ),
                        ),
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
}

impl Parameters {
    /// The source of the row `row` refers to, if this parameter set has it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, RowRef, TableName};
    /// let p = Parameters::bundled();
    /// let src = p.row_source(RowRef::new(TableName::WmlPerMaand, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())).unwrap();
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
            TableName::WmlPerMaand => find(&self.wml_per_maand, row),
            TableName::WmlPerUur => find(&self.wml_per_uur, row),
            TableName::Minimumjeugdloon => find(&self.minimumjeugdloon, row),
            TableName::AowLeeftijd => find(&self.aow_leeftijd, row),
            TableName::Werkgeverslasten => find(&self.werkgeverslasten, row),
            TableName::MaximumDagloon => find(&self.maximum_dagloon, row),
            TableName::Bijstandsnormen => find(&self.bijstandsnormen, row),
            TableName::Vermogensgrenzen => find(&self.vermogensgrenzen, row),
            TableName::VermogensgrensEigenWoning => find(&self.vermogensgrens_eigen_woning, row),
            TableName::KostendelerLeeftijd => find(&self.kostendeler_leeftijd, row),
            TableName::BeschutWerkAantal => None,
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

/// A parameter table by its wire name: every table of [`Parameters`], and the per-municipality
/// beschut-werk table (`beschut_werk_aantal`), so that a ground naming one of their rows reads
/// back.
///
/// ```
/// use participatiewet::TableName;
/// assert_eq!(TableName::Bijstandsnormen.to_string(), "bijstandsnormen");
/// assert_eq!("maximum_dagloon".parse::<TableName>()?, TableName::MaximumDagloon);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TableName {
    /// `wml_per_maand`: the monthly minimum wage (WMM art. 8 lid 1 onderdeel a).
    WmlPerMaand,
    /// `wml_per_uur`: the hourly minimum wage (WMM art. 8 lid 1 onderdeel a).
    WmlPerUur,
    /// `minimumjeugdloon`: the youth percentages (Besluit minimumjeugdloon art. 2).
    Minimumjeugdloon,
    /// `aow_leeftijd`: the AOW age (AOW art. 7a).
    AowLeeftijd,
    /// `werkgeverslasten`: the employer's-costs percentage of loonkostensubsidie.
    Werkgeverslasten,
    /// `maximum_dagloon`: the maximum dagloon (Wfsv art. 17).
    MaximumDagloon,
    /// `bijstandsnormen`: the bijstand norms (Participatiewet art. 20–22).
    Bijstandsnormen,
    /// `vermogensgrenzen`: the asset limits (Participatiewet art. 34 lid 3).
    Vermogensgrenzen,
    /// `vermogensgrens_eigen_woning`: the home-equity limit (Participatiewet art. 34 lid 2
    /// onderdeel d).
    VermogensgrensEigenWoning,
    /// `kostendeler_leeftijd`: the age from which a co-resident shares costs (Participatiewet
    /// art. 19a lid 1).
    KostendelerLeeftijd,
    /// `beschut_werk_aantal`: the yearly number of beschut-werk places per municipality.
    BeschutWerkAantal,
}

crate::wire::wire_enum!(TableName);

impl TableName {
    /// The wire name (`"bijstandsnormen"`).
    ///
    /// ```
    /// assert_eq!(participatiewet::TableName::WmlPerUur.wire(), "wml_per_uur");
    /// ```
    #[must_use]
    pub const fn wire(self) -> &'static str {
        match self {
            Self::WmlPerMaand => "wml_per_maand",
            Self::WmlPerUur => "wml_per_uur",
            Self::Minimumjeugdloon => "minimumjeugdloon",
            Self::AowLeeftijd => "aow_leeftijd",
            Self::Werkgeverslasten => "werkgeverslasten",
            Self::MaximumDagloon => "maximum_dagloon",
            Self::Bijstandsnormen => "bijstandsnormen",
            Self::Vermogensgrenzen => "vermogensgrenzen",
            Self::VermogensgrensEigenWoning => "vermogensgrens_eigen_woning",
            Self::KostendelerLeeftijd => "kostendeler_leeftijd",
            Self::BeschutWerkAantal => "beschut_werk_aantal",
        }
    }

    /// The legal value the table holds, in words ([`Parameters::label`]).
    ///
    /// ```
    /// use participatiewet::{TableName, Taal};
    /// assert_eq!(TableName::MaximumDagloon.label().get(Taal::Nl), "het maximumdagloon");
    /// ```
    #[must_use]
    pub fn label(self) -> Text {
        label(self.wire())
    }
}

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
        "beleid" => Text::new(
            "het gemeentelijk beleid (de verordening of beleidsregels van dat jaar)",
            "the municipal policy (that year's ordinance or policy rules)",
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

/// The first day on which the Besluit minimumjeugdloon sets youth percentages of the hourly
/// minimum wage only, and rounds only that hourly wage (to the cent): 2024-01-01, when the
/// minimumuurloon replaced the month, week and day amounts as the wage a young employee is
/// owed.
pub(crate) const MINIMUMJEUGDLOON_UURLOON_VANAF: NaiveDate =
    match NaiveDate::from_ymd_opt(2024, 1, 1) {
        Some(day) => day,
        None => NaiveDate::MIN,
    };

/// The monthly minimum wage of a young employee: `percentage` of the adult monthly amount
/// `adult` (WMM art. 8 lid 3 with lid 1 onderdeel b), the amount Participatiewet art. 2 calls
/// the `wettelijk minimumloon` of a young werknemer ("jonger dan 21 jaar" in the text of
/// 2024-01-01). The full percentage gives `adult` unchanged.
///
/// The rounding follows the Besluit minimumjeugdloon of the date:
///
/// - until 2023-12-31, art. 2 lid 2: "De uit de toepassing van het voorgaande lid
///   voortvloeiende maand- en weekbedragen worden afgerond op een veelvoud van € 0,05; indien
///   het restbedrag € 0,025 of meer bedraagt, geschiedt de afronding naar boven"
///   ([`Rounding::FiveCents`]);
/// - from 2024-01-01 ([`MINIMUMJEUGDLOON_UURLOON_VANAF`]), art. 2 lid 1 takes the percentage
///   of "het minimumloon, dat geldt ingevolge de artikelen 8, eerste lid, onderdeel a, en 14,
///   tiende lid" (the hourly wage) and lid 2 rounds only "het uit de toepassing van het
///   eerste lid voortvloeiende uurloon" to a cent. No text sets or rounds a monthly youth
///   amount any more; WMM art. 8 lid 3 still makes the youth minimum wage a percentage of
///   "de in het eerste lid ... genoemde bedragen", lid 1 onderdeel b included, and
///   Participatiewet art. 2 still refers to "het voor zijn leeftijd geldende minimumloon per
///   maand, bedoeld in artikel 7, derde lid, en artikel 8, derde lid". The crate therefore
///   takes the percentage of the monthly amount and rounds it to whole cents only
///   ([`Rounding::Cents`], the rounding of payable amounts where the law names none).
///
/// Worked (tested in `tests/params.rs`): 2022-07-01, 20 years, 80% of € 1.756,20 = 1.404,96,
/// published as € 1.404,95; 2024-01-01, 80% of € 2.069,40 = € 1.655,52, kept to the cent.
pub(crate) fn minimumjeugdloon_per_maand(
    adult: Money,
    percentage: Percentage,
    peildatum: NaiveDate,
) -> Result<Money, Error> {
    if percentage == Percentage::HUNDRED {
        return Ok(adult);
    }
    let rule = if peildatum < MINIMUMJEUGDLOON_UURLOON_VANAF {
        Rounding::FiveCents
    } else {
        Rounding::Cents
    };
    Money::rounded(adult.amount() * percentage.fraction(), rule)
}

/// The holiday allowance on top of the minimum wage in the loonkostensubsidie basis and the WW
/// maandloon: 8% (WMM art. 15).
pub const VAKANTIEBIJSLAG: Decimal = Decimal::from_parts(8, 0, 0, false, 2);

/// One plus the holiday allowance: the factor 1.08 that turns the monthly minimum wage into the
/// loonkostensubsidie basis (WMM art. 15; Participatiewet art. 10d lid 4).
pub const MET_VAKANTIEBIJSLAG: Decimal = Decimal::from_parts(108, 0, 0, false, 2);
