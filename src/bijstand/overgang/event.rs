//! The events of the hand-over ([`Event`]); each carries its date.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Besluit;
use crate::date::checked;
use crate::error::Error;
use crate::wire::Validate;

/// An event of the hand-over; each carries its date (tag `"event"`).
///
/// ```
/// use participatiewet::bijstand::Event;
/// let e = Event::Melding { datum: chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"melding","datum":"2026-03-04"}"#);
/// assert_eq!(e.to_string(), "melding (2026-03-04)");
/// // a date outside 1900..=2199 is refused on reading
/// assert!(serde_json::from_str::<Event>(r#"{"event":"melding","datum":"1800-01-01"}"#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "event",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Event {
    /// The municipality informed the person.
    Geinformeerd {
        /// When.
        datum: NaiveDate,
    },
    /// The person made the melding (art. 41 lid 1).
    Melding {
        /// When.
        datum: NaiveDate,
    },
    /// The person submitted the application.
    Aanvraag {
        /// When.
        datum: NaiveDate,
    },
    /// The college decided.
    Besluit {
        /// When.
        datum: NaiveDate,
        /// What.
        besluit: Besluit,
    },
    /// The person found work.
    WerkGevonden {
        /// When.
        datum: NaiveDate,
    },
    /// The person moved away.
    Verhuisd {
        /// When.
        datum: NaiveDate,
    },
    /// The person reached AOW age.
    AowLeeftijd {
        /// When.
        datum: NaiveDate,
    },
}
crate::wire::validated_serde!(Event);

impl Validate for Event {
    /// The date in [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST).
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum(), "datum").map(|_| ())
    }
}

impl Event {
    /// The event's date.
    ///
    /// ```
    /// use participatiewet::bijstand::Event;
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    /// assert_eq!(Event::Aanvraag { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match *self {
            Self::Geinformeerd { datum }
            | Self::Melding { datum }
            | Self::Aanvraag { datum }
            | Self::Besluit { datum, .. }
            | Self::WerkGevonden { datum }
            | Self::Verhuisd { datum }
            | Self::AowLeeftijd { datum } => datum,
        }
    }

    /// The event's serde tag.
    ///
    /// ```
    /// use participatiewet::bijstand::Event;
    /// let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    /// assert_eq!(Event::Verhuisd { datum: d }.tag(), "verhuisd");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::Geinformeerd { .. } => "geinformeerd",
            Self::Melding { .. } => "melding",
            Self::Aanvraag { .. } => "aanvraag",
            Self::Besluit { .. } => "besluit",
            Self::WerkGevonden { .. } => "werk_gevonden",
            Self::Verhuisd { .. } => "verhuisd",
            Self::AowLeeftijd { .. } => "aow_leeftijd",
        }
    }
}

impl fmt::Display for Event {
    /// The tag and the date: `"melding (2026-03-04)"`; a decision adds what was decided.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.tag(), self.datum())?;
        if let Self::Besluit { besluit, .. } = self {
            write!(f, ": {besluit}")?;
        }
        Ok(())
    }
}
