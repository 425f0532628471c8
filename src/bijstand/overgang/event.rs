//! The events of the hand-over ([`Event`]); each carries its date.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Besluit;
use crate::bijstand::afstemming::Gedraging;
use crate::bijstand::beeindiging::Beeindiging;
use crate::date::checked;
use crate::error::{Error, Text};
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
    /// The college imposes a measure (Participatiewet art. 18) on the bijstand decided: for
    /// `gedraging` on `gedraging_datum`, lowering the bijstand from `ingang`. The percentage,
    /// the period and a repeat follow from the law and the municipality's
    /// afstemmingsverordening in force on the day of the conduct.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::Event;
    /// use participatiewet::bijstand::afstemming::{Arbeidsverplichting, Gedraging};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let e = Event::Maatregel {
    ///     datum: d(2026, 6, 20),
    ///     gedraging: Gedraging::Arbeidsverplichting { verplichting: Arbeidsverplichting::Reizen },
    ///     gedraging_datum: d(2026, 6, 8),
    ///     ingang: d(2026, 7, 1),
    /// };
    /// assert_eq!(serde_json::to_string(&e)?, r#"{"event":"maatregel","datum":"2026-06-20","gedraging":{"soort":"arbeidsverplichting","verplichting":"reizen"},"gedraging_datum":"2026-06-08","ingang":"2026-07-01"}"#);
    /// assert_eq!(e.to_string(), "maatregel (2026-06-20): arbeidsverplichting: reizen");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    Maatregel {
        /// The day the college imposes it.
        datum: NaiveDate,
        /// The conduct.
        gedraging: Gedraging,
        /// The day of the conduct (not after `datum`).
        gedraging_datum: NaiveDate,
        /// The first day of the lowering (not before the conduct).
        ingang: NaiveDate,
    },
    /// The college ends the bijstand decided, from the first day without it, for its reason
    /// ([`Beeindiging`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::Event;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let e = Event::Beeindiging { datum: d(2026, 9, 20), beeindiging: Beeindiging::new(d(2026, 10, 1), Beeindigingsreden::Werk)? };
    /// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"beeindiging","datum":"2026-09-20","beeindiging":{"datum":"2026-10-01","reden":"werk"}}"#);
    /// assert_eq!(e.to_string(), "beeindiging (2026-09-20): werk@2026-10-01");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    Beeindiging {
        /// The day the college decides it.
        datum: NaiveDate,
        /// The first day without bijstand and the reason.
        beeindiging: Beeindiging,
    },
}
crate::wire::validated_serde!(Event);

impl Validate for Event {
    /// The date in [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST); a measure's
    /// conduct not after the event, its first day not before the conduct.
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum(), "datum")?;
        match *self {
            Self::Maatregel {
                datum,
                gedraging_datum,
                ingang,
                ..
            } => {
                checked(gedraging_datum, "gedraging_datum")?;
                checked(ingang, "ingang")?;
                if gedraging_datum > datum {
                    return Err(Error::facts(
                        "gedraging_datum",
                        Text::new(
                            "het college legt geen maatregel op voor een gedraging die nog niet \
                             heeft plaatsgevonden",
                            "the college imposes no measure for conduct that has not happened",
                        ),
                    ));
                }
                if ingang < gedraging_datum {
                    return Err(Error::facts(
                        "ingang",
                        Text::new(
                            "een maatregel gaat niet in vóór de gedraging",
                            "a measure does not start before the conduct",
                        ),
                    ));
                }
                Ok(())
            }
            // A `Beeindiging` is valid by its own construction and reading.
            _ => Ok(()),
        }
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
            | Self::AowLeeftijd { datum }
            | Self::Maatregel { datum, .. }
            | Self::Beeindiging { datum, .. } => datum,
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
            Self::Maatregel { .. } => "maatregel",
            Self::Beeindiging { .. } => "beeindiging",
        }
    }
}

impl fmt::Display for Event {
    /// The tag and the date: `"melding (2026-03-04)"`; a decision adds what was decided.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.tag(), self.datum())?;
        match self {
            Self::Besluit { besluit, .. } => write!(f, ": {besluit}"),
            Self::Maatregel { gedraging, .. } => write!(f, ": {gedraging}"),
            Self::Beeindiging { beeindiging, .. } => write!(f, ": {beeindiging}"),
            _ => Ok(()),
        }
    }
}
