//! A date-versioned parameter table: rows with a validity period, a source and a confidence.

use std::borrow::Cow;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// How sure we are of a parameter value, by where it was read.
///
/// ```
/// use participatiewet::Confidence;
/// assert_eq!(serde_json::to_string(&Confidence::LawText).unwrap(), "\"law_text\"");
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

/// One value of a parameter with the period it is in force and where it comes from.
///
/// `valid_to` is the last day the value is in force (inclusive, `tot en met`); `None` means
/// "until the next row", or for the last row "until further notice".
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Confidence, Money, Row};
///
/// let row = Row::new(
///     NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
///     Some(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()),
///     Money::from_cents(236_000)?,
///     "Stcrt. 2026, indexation of 1 July",
///     Confidence::LawText,
/// );
/// assert_eq!(row.value.to_string(), "2360.00");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Row<T> {
    /// The first day the value is in force.
    pub valid_from: NaiveDate,
    /// The last day the value is in force (inclusive), if the row says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    /// The value.
    pub value: T,
    /// Where the value comes from: law, article, publication or address, as text.
    pub source: Cow<'static, str>,
    /// How sure the value is.
    pub confidence: Confidence,
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

/// The rows of one parameter, sorted, without overlap and without a gap.
///
/// Construction and every change validate the table; a lookup outside it is
/// [`Error::NotInForce`], never the nearest value carried over.
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
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Table<T> {
    #[serde(skip)]
    parameter: &'static str,
    rows: Vec<Row<T>>,
}

impl<T> Table<T> {
    /// A validated table named `parameter`; errors when the rows are empty, unsorted,
    /// overlapping, leave a gap, or a row ends before it starts.
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

    /// A table from rows already known to be sorted and valid (the bundled defaults, whose
    /// validity a test proves), so that building them has no failure path.
    pub(crate) fn from_valid_rows(parameter: &'static str, rows: Vec<Row<T>>) -> Self {
        Self { parameter, rows }
    }

    /// Re-validates the table (used by tests of the bundled defaults).
    #[cfg(test)]
    pub(crate) fn validate(&self) -> Result<(), Error> {
        validate(self.parameter, &self.rows)
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

    /// Adds a row (a new indexation, a municipality's own value) and re-validates; on error the
    /// table is left as it was.
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
    /// // overlapping an existing row is refused
    /// assert!(p.wml_per_maand.insert(Row::new(d(2024, 3, 1), None, Money::ZERO, "x", Confidence::Unverified)).is_err());
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
            .map(|row| (index, row))
            .or_else(|| {
                index
                    .checked_sub(1)
                    .and_then(|i| self.rows.get(i).map(|r| (i, r)))
            })
            .map(|(i, row)| (row.valid_from, self.end_of(i)));
        Error::NotInForce {
            parameter: self.parameter,
            peildatum,
            nearest,
        }
    }

    /// The last day of the row that starts on `valid_from`, if it ends.
    pub(crate) fn last_day_of(&self, valid_from: NaiveDate) -> Option<NaiveDate> {
        let i = self.rows.iter().position(|r| r.valid_from == valid_from)?;
        self.end_of(i)
    }

    /// The last day row `i` is in force, if it ends.
    fn end_of(&self, i: usize) -> Option<NaiveDate> {
        let row = self.rows.get(i)?;
        row.valid_to.or_else(|| {
            self.rows
                .get(i + 1)
                .and_then(|next| next.valid_from.checked_sub_days(Days::new(1)))
        })
    }
}

fn validate<T>(parameter: &'static str, rows: &[Row<T>]) -> Result<(), Error> {
    let invalid = |reason: String| Error::InvalidTable {
        parameter,
        reason: reason.into(),
    };
    if rows.is_empty() {
        return Err(invalid("the table has no rows".to_owned()));
    }
    for row in rows {
        if row.source.trim().is_empty() {
            return Err(invalid(format!(
                "the row from {} has no source",
                row.valid_from
            )));
        }
        if let Some(to) = row.valid_to {
            if to < row.valid_from {
                return Err(invalid(format!(
                    "the row from {} ends on {to}, before it starts",
                    row.valid_from
                )));
            }
        }
    }
    for pair in rows.windows(2) {
        let [a, b] = pair else { continue };
        if a.valid_from == b.valid_from {
            return Err(invalid(format!("two rows start on {}", a.valid_from)));
        }
        if let Some(to) = a.valid_to {
            if to >= b.valid_from {
                return Err(invalid(format!(
                    "the row {}..={to} overlaps the row from {}",
                    a.valid_from, b.valid_from
                )));
            }
            if to.checked_add_days(Days::new(1)) != Some(b.valid_from) {
                return Err(invalid(format!(
                    "gap between the row ending {to} and the row from {}",
                    b.valid_from
                )));
            }
        }
    }
    Ok(())
}
