//! A date-versioned parameter table: rows with a validity period, a source and a confidence.
//!
//! # The end of a table is explicit
//!
//! On the wire every row carries `valid_to`: the last day the value is in force (inclusive), or
//! the word `"open"` for a row that is in force until further notice. A missing `valid_to` is
//! refused, so deleting the field from a stored table can never make a value apply for ever;
//! only the last row of a table may be `"open"`, and every other row ends the day before the
//! next one starts.
//!
//! ```
//! use participatiewet::{Money, Row};
//! let row: Row<Money> = serde_json::from_str(
//!     r#"{"valid_from":"2026-07-01","valid_to":"open","value":"2337.00","source":"Stcrt. 2026, 16505","confidence":"law_text"}"#,
//! )?;
//! assert_eq!(row.valid_to, None);
//! // without valid_to, the row is refused
//! assert!(serde_json::from_str::<Row<Money>>(
//!     r#"{"valid_from":"2026-07-01","value":"2337.00","source":"s","confidence":"law_text"}"#,
//! ).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::borrow::Cow;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::rules;
use crate::error::{Error, Text};
use crate::taal::{Taal, datum};
use crate::wire::Validate;

/// How sure we are of a parameter value, by where it was read.
///
/// ```
/// use participatiewet::Confidence;
/// assert_eq!(serde_json::to_string(&Confidence::LawText).unwrap(), "\"law_text\"");
/// assert_eq!("official".parse::<Confidence>()?, Confidence::Official);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidence {
    /// Read in the law text or an official publication (Staatscourant).
    LawText,
    /// Official secondary source (uwv.nl, rijksoverheid.nl, svb.nl).
    Official,
    /// Other secondary source (a municipality's or payroll provider's site).
    Secondary,
    /// Not verified: shipped so that callers can see it, flagged so that they can check it.
    Unverified,
}

crate::wire::wire_enum!(Confidence);

/// The wire word for a row that is in force until further notice.
pub const OPEN: &str = "open";

/// One value of a parameter with the period it is in force and where it comes from.
///
/// `valid_to` is the last day the value is in force (inclusive, `tot en met`); `None` means
/// "until further notice" and is allowed only on the last row of a table. On the wire
/// `valid_to` is required: a date, or `"open"` for `None`. A missing `valid_to` (or `null`) is
/// refused, so deleting the field from a stored table can never make a value apply for ever.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Confidence, Money, Row};
///
/// let row = Row::new(
///     NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
///     Some(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()),
///     Money::from_cents(233_700)?,
///     "Stcrt. 2026, 16505",
///     Confidence::LawText,
/// );
/// assert_eq!(
///     serde_json::to_string(&row).unwrap(),
///     r#"{"valid_from":"2026-07-01","valid_to":"2026-12-31","value":"2337.00","source":"Stcrt. 2026, 16505","confidence":"law_text"}"#
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Row<T> {
    /// The first day the value is in force.
    pub valid_from: NaiveDate,
    /// The last day the value is in force (inclusive); `None` for an explicitly open end.
    #[serde(with = "einde")]
    pub valid_to: Option<NaiveDate>,
    /// The value.
    pub value: T,
    /// Where the value comes from: law, article, publication or address, as text.
    pub source: Cow<'static, str>,
    /// How sure the value is.
    pub confidence: Confidence,
}

impl<T: Serialize> Serialize for Row<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Row::<T>::serialize(self, serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Row<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let row = Row::<T>::deserialize(deserializer)?;
        row.validate().map_err(crate::wire::refuse)?;
        Ok(row)
    }
}

/// `valid_to` on the wire: a date or [`OPEN`], never absent.
mod einde {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::OPEN;

    #[allow(
        clippy::ref_option,
        clippy::trivially_copy_pass_by_ref,
        reason = "the signature serde's `with` calls"
    )]
    pub(super) fn serialize<S: Serializer>(
        value: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(date) => date.serialize(serializer),
            None => serializer.serialize_str(OPEN),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text == OPEN {
            return Ok(None);
        }
        text.parse::<NaiveDate>().map(Some).map_err(|_| {
            serde::de::Error::custom(format!(
                "valid_to must be a date (YYYY-MM-DD) or \"open\", not {text:?}"
            ))
        })
    }
}

impl<T> Row<T> {
    /// A row.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Confidence, Row};
    /// let row = Row::new(NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(), None, 27_u8, "Pw art. 19a", Confidence::LawText);
    /// assert_eq!(row.value, 27);
    /// ```
    #[must_use]
    pub fn new(
        valid_from: NaiveDate,
        valid_to: Option<NaiveDate>,
        value: T,
        source: impl Into<Cow<'static, str>>,
        confidence: Confidence,
    ) -> Self {
        Self {
            valid_from,
            valid_to,
            value,
            source: source.into(),
            confidence,
        }
    }
}

/// A row on its own: both dates in the crate's range, the end not before the start, and a
/// source. The value's legal range is checked by the [`Table`] the row joins, which knows the
/// parameter.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Confidence, Row, Validate};
/// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// assert!(Row::new(d(2025), Some(d(2024)), 1, "s", Confidence::LawText).validate().is_err());
/// assert!(Row::new(d(2025), None, 1, " ", Confidence::LawText).validate().is_err());
/// assert!(Row::new(d(2025), None, 1, "s", Confidence::LawText).validate().is_ok());
/// ```
impl<T> Validate for Row<T> {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.valid_from, "valid_from")?;
        if let Some(to) = self.valid_to {
            crate::date::checked(to, "valid_to")?;
            if to < self.valid_from {
                return Err(Error::facts(
                    "valid_to",
                    Text::owned(
                        format!(
                            "de rij vanaf {} eindigt op {}, vóór haar begin",
                            datum(self.valid_from, Taal::Nl),
                            datum(to, Taal::Nl)
                        ),
                        format!(
                            "the row from {} ends on {to}, before it starts",
                            self.valid_from
                        ),
                    ),
                ));
            }
        }
        if self.source.trim().is_empty() {
            return Err(Error::facts(
                "source",
                Text::owned(
                    format!(
                        "de rij vanaf {} noemt geen bron",
                        datum(self.valid_from, Taal::Nl)
                    ),
                    format!("the row from {} has no source", self.valid_from),
                ),
            ));
        }
        Ok(())
    }
}

/// The rows of one parameter, sorted, without overlap and without a gap, each value in the
/// legal range of the parameter.
///
/// Construction and every change validate the table; a lookup outside it is
/// [`Error::NotInForce`], never the nearest value carried over. The table knows its parameter
/// by its wire name (`"wml_per_maand"`) and checks every value against that parameter's legal
/// range (a positive minimum wage, a cost-sharer age of 18 to 30, an AOW age of 65 to 70 that
/// never decreases, ...; the ranges are listed on [`Parameters`](crate::Parameters)).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Confidence, Error, Row, Table};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let table = Table::new("kostendeler_leeftijd", vec![
///     Row::new(d(2015, 1, 1), Some(d(2022, 12, 31)), 21_u8, "Pw art. 19a (old)", Confidence::LawText),
///     Row::new(d(2023, 1, 1), Some(d(2026, 12, 31)), 27_u8, "Pw art. 19a", Confidence::LawText),
/// ])?;
/// assert_eq!(table.at(d(2022, 12, 31))?.value, 21);
/// assert_eq!(table.at(d(2023, 1, 1))?.value, 27);
/// assert!(matches!(table.at(d(2027, 1, 1)), Err(Error::NotInForce { .. })));
/// // a cost-sharer age of 0 is outside the law's range
/// let zero = vec![Row::new(d(2023, 1, 1), None, 0_u8, "x", Confidence::LawText)];
/// assert_eq!(Table::new("kostendeler_leeftijd", zero).unwrap_err().code(), "invalid_table");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Table<T> {
    #[serde(skip)]
    parameter: &'static str,
    rows: Vec<Row<T>>,
}

impl<T: 'static> Table<T> {
    /// A validated table named `parameter` (its wire name); errors when the rows are empty,
    /// overlap, leave a gap, a row other than the last is open-ended, a row ends before it
    /// starts, or a value lies outside the parameter's legal range. The rows are sorted by
    /// `valid_from` first.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Confidence, Row, Table};
    /// let d = |m| NaiveDate::from_ymd_opt(2025, m, 1).unwrap();
    /// let overlapping = vec![
    ///     Row::new(d(1), Some(d(8)), 1, "a", Confidence::LawText),
    ///     Row::new(d(7), None, 2, "b", Confidence::LawText),
    /// ];
    /// assert!(Table::new("x", overlapping).is_err());
    /// ```
    pub fn new(parameter: &'static str, mut rows: Vec<Row<T>>) -> Result<Self, Error> {
        rows.sort_by_key(|row| row.valid_from);
        validate(parameter, &rows)?;
        Ok(Self { parameter, rows })
    }

    /// Adds a row (a new indexation, a municipality's own value) and re-validates; on error the
    /// table is left as it was. To follow an open-ended last row, close that row first: only
    /// the last row may be open.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Confidence, Money, Parameters, Row};
    /// let mut p = Parameters::bundled();
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let last = p.wml_per_maand.rows().last().unwrap().clone();
    /// let next = last.valid_to.unwrap().succ_opt().unwrap();
    /// p.wml_per_maand.insert(Row::new(next, None, Money::from_cents(240_000)?, "caller's figure", Confidence::Unverified))?;
    /// assert_eq!(p.wml_per_maand.at(next)?.value, Money::from_cents(240_000)?);
    /// // overlapping an existing row is refused, and so is a minimum wage of 0
    /// assert!(p.wml_per_maand.insert(Row::new(d(2024, 3, 1), None, Money::from_cents(1)?, "x", Confidence::Unverified)).is_err());
    /// assert!(p.wml_per_maand.insert(Row::new(d(2090, 1, 1), None, Money::ZERO, "x", Confidence::Unverified)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn insert(&mut self, row: Row<T>) -> Result<(), Error> {
        let index = self
            .rows
            .partition_point(|r| r.valid_from <= row.valid_from);
        self.rows.insert(index, row);
        if let Err(err) = validate(self.parameter, &self.rows) {
            self.rows.remove(index);
            return Err(err);
        }
        Ok(())
    }
}

impl<T: 'static> Validate for Table<T> {
    /// Re-checks every table rule (the same check as [`Table::new`]).
    ///
    /// ```
    /// use participatiewet::{Parameters, Validate};
    /// assert!(Parameters::bundled().wml_per_maand.validate().is_ok());
    /// ```
    fn validate(&self) -> Result<(), Error> {
        validate(self.parameter, &self.rows)
    }
}

impl<T> Table<T> {
    /// A table from rows already known to be sorted and valid (the bundled defaults, whose
    /// validity a test proves), so that building them has no failure path.
    pub(crate) fn from_valid_rows(parameter: &'static str, rows: Vec<Row<T>>) -> Self {
        Self { parameter, rows }
    }

    /// The parameter's name.
    ///
    /// ```
    /// let p = participatiewet::Parameters::bundled();
    /// assert_eq!(p.wml_per_maand.parameter(), "wml_per_maand");
    /// ```
    #[must_use]
    pub fn parameter(&self) -> &'static str {
        self.parameter
    }

    /// The rows, sorted by `valid_from`.
    ///
    /// ```
    /// let p = participatiewet::Parameters::bundled();
    /// assert!(!p.wml_per_maand.rows().is_empty());
    /// ```
    #[must_use]
    pub fn rows(&self) -> &[Row<T>] {
        &self.rows
    }

    /// The row in force on `peildatum`; [`Error::NotInForce`] naming the parameter, the date
    /// and the nearest known row when there is none. Never allocates on success.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let p = participatiewet::Parameters::bundled();
    /// let row = p.wml_per_maand.at(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert_eq!(row.value.to_string(), "2069.40");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn at(&self, peildatum: NaiveDate) -> Result<&Row<T>, Error> {
        let index = self.rows.partition_point(|row| row.valid_from <= peildatum);
        let found = index
            .checked_sub(1)
            .and_then(|i| self.rows.get(i))
            .filter(|row| row.valid_to.is_none_or(|to| peildatum <= to));
        found.ok_or_else(|| self.not_in_force(peildatum, index))
    }

    /// The first day the table covers.
    ///
    /// ```
    /// let p = participatiewet::Parameters::bundled();
    /// assert_eq!(p.wml_per_maand.first_day().map(|d| d.to_string()).as_deref(), Some("2015-01-01"));
    /// ```
    #[must_use]
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.rows.first().map(|row| row.valid_from)
    }

    /// The last day the table covers (`None` if its last row is open-ended).
    ///
    /// ```
    /// let p = participatiewet::Parameters::bundled();
    /// assert!(p.wml_per_maand.last_day().is_some());
    /// ```
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.rows.last().and_then(|row| row.valid_to)
    }

    fn not_in_force(&self, peildatum: NaiveDate, index: usize) -> Error {
        // index is the first row starting after peildatum: the nearest is that row or the one
        // before it (which ended before peildatum).
        let nearest = self
            .rows
            .get(index)
            .or_else(|| index.checked_sub(1).and_then(|i| self.rows.get(i)))
            .map(|row| (row.valid_from, row.valid_to));
        Error::NotInForce {
            parameter: self.parameter,
            peildatum,
            nearest,
        }
    }

    /// The last day of the row that starts on `valid_from`, if it ends.
    pub(crate) fn last_day_of(&self, valid_from: NaiveDate) -> Option<NaiveDate> {
        self.rows
            .iter()
            .find(|r| r.valid_from == valid_from)
            .and_then(|r| r.valid_to)
    }
}

/// Every table rule, in one place: used by construction, insertion, deserialisation and
/// [`Validate`].
fn validate<T: 'static>(parameter: &'static str, rows: &[Row<T>]) -> Result<(), Error> {
    let invalid = |nl: String, en: String| Error::InvalidTable {
        parameter,
        reason: Text::owned(nl, en),
    };
    let nl = |date: NaiveDate| datum(date, Taal::Nl);
    if rows.is_empty() {
        return Err(Error::InvalidTable {
            parameter,
            reason: Text::new("de tabel heeft geen rijen", "the table has no rows"),
        });
    }
    for row in rows {
        row.validate()
            .map_err(|err| invalid(err.message(Taal::Nl), err.message(Taal::En)))?;
        rules::check_row(parameter, row)
            .map_err(|reason| Error::InvalidTable { parameter, reason })?;
    }
    for pair in rows.windows(2) {
        let [a, b] = pair else { continue };
        if a.valid_from == b.valid_from {
            return Err(invalid(
                format!("twee rijen beginnen op {}", nl(a.valid_from)),
                format!("two rows start on {}", a.valid_from),
            ));
        }
        let Some(to) = a.valid_to else {
            return Err(invalid(
                format!(
                    "de rij vanaf {} is open (\"open\"), maar de rij vanaf {} volgt; alleen de \
                     laatste rij mag open zijn",
                    nl(a.valid_from),
                    nl(b.valid_from)
                ),
                format!(
                    "the row from {} is open-ended but the row from {} follows; only the last \
                     row may be open",
                    a.valid_from, b.valid_from
                ),
            ));
        };
        if to >= b.valid_from {
            return Err(invalid(
                format!(
                    "de rij {} tot en met {} overlapt de rij vanaf {}",
                    nl(a.valid_from),
                    nl(to),
                    nl(b.valid_from)
                ),
                format!(
                    "the row {}..={to} overlaps the row from {}",
                    a.valid_from, b.valid_from
                ),
            ));
        }
        if to.checked_add_days(Days::new(1)) != Some(b.valid_from) {
            return Err(invalid(
                format!(
                    "gat tussen de rij die eindigt op {} en de rij vanaf {}",
                    nl(to),
                    nl(b.valid_from)
                ),
                format!(
                    "gap between the row ending {to} and the row from {}",
                    b.valid_from
                ),
            ));
        }
        rules::check_pair(parameter, a, b)
            .map_err(|reason| Error::InvalidTable { parameter, reason })?;
    }
    Ok(())
}
