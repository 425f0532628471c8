//! What the determination machine starts from ([`Aanvraag`]) and the events it accepts
//! ([`Event`]), each dated and checked on reading.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use crate::date::checked;
use crate::error::Error;
use crate::money::Percentage;
use crate::wire::{Validate, validated_serde};

/// An `Option` field that must be present on the wire (`null` for none): a removed field is
/// an error, never a silent `None`.
pub(super) fn verplicht<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

/// The start of a determination: the request.
///
/// ```
/// use participatiewet::loonwaarde::Aanvraag;
/// let a: Aanvraag = serde_json::from_str(r#"{"aangevraagd_op":"2024-01-10"}"#)?;
/// assert_eq!(a.aangevraagd_op.to_string(), "2024-01-10");
/// assert!(serde_json::from_str::<Aanvraag>(r#"{"aangevraagd_op":"1800-01-01"}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Aanvraag {
    /// Date of the request.
    pub aangevraagd_op: NaiveDate,
}

validated_serde!(Aanvraag);

impl Validate for Aanvraag {
    fn validate(&self) -> Result<(), Error> {
        checked(self.aangevraagd_op, "aangevraagd_op").map(|_| ())
    }
}

/// An event, each with its date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::Event;
/// let e = Event::Gehoord { datum: NaiveDate::from_ymd_opt(2024, 2, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"gehoord","datum":"2024-02-01"}"#);
/// assert_eq!(e.to_string(), "gehoord 2024-02-01");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "event",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Event {
    /// The expert measured the loonwaarde.
    Meting {
        /// Date.
        datum: NaiveDate,
        /// The measured loonwaarde.
        loonwaarde: Percentage,
    },
    /// Employer and employee were heard on the report.
    Gehoord {
        /// Date.
        datum: NaiveDate,
    },
    /// The college fixes the loonwaarde.
    Vaststelling {
        /// Date.
        datum: NaiveDate,
        /// The agreed re-determination date: required from 2017-02-01, absent before.
        #[serde(deserialize_with = "verplicht")]
        herbepaling_op: Option<NaiveDate>,
    },
    /// College and employer agree on the flat route (from 2017-02-01).
    ForfaitaireRoute {
        /// Date of the agreement.
        datum: NaiveDate,
        /// First day of the job.
        begindatum: NaiveDate,
    },
    /// A re-determination starts.
    Herbepaling {
        /// Date.
        datum: NaiveDate,
    },
}

validated_serde!(Event);

impl Validate for Event {
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum(), "datum")?;
        match self {
            Self::Vaststelling {
                herbepaling_op: Some(d),
                ..
            } => checked(*d, "herbepaling_op").map(|_| ()),
            Self::ForfaitaireRoute { begindatum, .. } => {
                checked(*begindatum, "begindatum").map(|_| ())
            }
            _ => Ok(()),
        }
    }
}

impl Event {
    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 2, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::Event::Gehoord { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub fn datum(&self) -> NaiveDate {
        match self {
            Self::Meting { datum, .. }
            | Self::Gehoord { datum }
            | Self::Vaststelling { datum, .. }
            | Self::ForfaitaireRoute { datum, .. }
            | Self::Herbepaling { datum } => *datum,
        }
    }

    /// The event's tag.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 2, 1).unwrap();
    /// assert_eq!(participatiewet::loonwaarde::Event::Gehoord { datum: d }.tag(), "gehoord");
    /// ```
    #[must_use]
    pub fn tag(&self) -> &'static str {
        match self {
            Self::Meting { .. } => "meting",
            Self::Gehoord { .. } => "gehoord",
            Self::Vaststelling { .. } => "vaststelling",
            Self::ForfaitaireRoute { .. } => "forfaitaire_route",
            Self::Herbepaling { .. } => "herbepaling",
        }
    }
}

/// `<tag> <datum>`.
impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.tag(), self.datum())
    }
}
