//! The receipt of a decision: which parameter rows produced it, and a fingerprint of the whole
//! parameter set, so that a letter can be reprinted and a recomputation explained.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Decision;
use crate::params::{Confidence, Parameters};

/// One parameter row a decision used, with its source.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, RowRef, TableName};
/// let p = Parameters::bundled();
/// let source = p.row_source(RowRef::new(TableName::WmlPerMaand, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
/// assert!(source.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RowSource {
    /// The table's wire name.
    pub table: String,
    /// The row's first day.
    pub valid_from: NaiveDate,
    /// The row's last day (`None`: explicitly open-ended).
    pub valid_to: Option<NaiveDate>,
    /// Where the value comes from.
    pub source: String,
    /// How sure the source is.
    pub confidence: Confidence,
}

/// What produced a decision: the crate version, a fingerprint of the parameter set (a content
/// hash, no clock) and the rows used.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, Receipt};
/// let p = Parameters::bundled();
/// let receipt = Receipt::of(&p, std::iter::empty());
/// assert_eq!(receipt.crate_version, env!("CARGO_PKG_VERSION"));
/// assert_eq!(receipt.fingerprint, p.fingerprint());
/// assert!(receipt.rows.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Receipt {
    /// The version of this crate that decided.
    pub crate_version: String,
    /// The fingerprint of the parameter set ([`Parameters::fingerprint`]).
    pub fingerprint: String,
    /// The parameter rows used, each once, in order of first use.
    pub rows: Vec<RowSource>,
}

impl Receipt {
    /// The receipt for rows used under `params`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, Receipt, RowRef, TableName};
    /// let p = Parameters::bundled();
    /// let row = RowRef::new(TableName::WmlPerMaand, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// let r = Receipt::of(&p, [row, row]);
    /// assert_eq!(r.rows.len(), 1);
    /// ```
    #[must_use]
    pub fn of(params: &Parameters, rows: impl IntoIterator<Item = crate::RowRef>) -> Self {
        let mut out: Vec<RowSource> = Vec::new();
        for row in rows {
            if out
                .iter()
                .any(|r| r.table == row.table.wire() && r.valid_from == row.valid_from)
            {
                continue;
            }
            if let Some(source) = params.row_source(row) {
                out.push(source);
            }
        }
        Self {
            crate_version: env!("CARGO_PKG_VERSION").to_owned(),
            fingerprint: params.fingerprint(),
            rows: out,
        }
    }
}

impl<T> Decision<T> {
    /// The receipt of this decision under `params`: the rows its grounds used.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Parameters, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(1, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []));
    /// assert!(d.receipt(&Parameters::bundled()).rows.is_empty());
    /// ```
    #[must_use]
    pub fn receipt(&self, params: &Parameters) -> Receipt {
        Receipt::of(
            params,
            std::iter::once(&self.outcome)
                .chain(self.grounds.iter())
                .flat_map(super::Ground::rows),
        )
    }
}
