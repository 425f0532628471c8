//! The crate's one error type, the error of a refused state-machine event, and [`Text`]: a
//! message in Dutch and English.
//!
//! Every error has a stable [`code`](Error::code) and, where it concerns one input, the
//! [`field`](Error::field) by its wire name (`geboortedatum`, `ww_laatste_dag`), so that a form
//! can put the message next to the field. [`Error::message`] renders it in Dutch or English;
//! `Display` is the English text.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::taal::{Taal, datum};

/// A short message in Dutch and English.
///
/// Messages the crate writes are fixed pairs ([`Text::new`]); a pair can also be built at run
/// time from both languages ([`Text::owned`]).
///
/// ```
/// use participatiewet::{Taal, Text};
/// const T: Text = Text::new("moet vóór de eerste WW-dag liggen", "must be before the first WW day");
/// assert_eq!(T.get(Taal::Nl), "moet vóór de eerste WW-dag liggen");
/// assert_eq!(T.to_string(), "must be before the first WW day");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The Dutch text.
    pub nl: Cow<'static, str>,
    /// The English text.
    pub en: Cow<'static, str>,
}

impl Text {
    /// A fixed pair of texts.
    ///
    /// ```
    /// let t = participatiewet::Text::new("te laat", "too late");
    /// assert_eq!(t.en, "too late");
    /// ```
    #[must_use]
    pub const fn new(nl: &'static str, en: &'static str) -> Self {
        Self {
            nl: Cow::Borrowed(nl),
            en: Cow::Borrowed(en),
        }
    }

    /// A pair of texts made at run time.
    ///
    /// ```
    /// let t = participatiewet::Text::owned(format!("{} uur", 4), format!("{} hours", 4));
    /// assert_eq!(t.nl, "4 uur");
    /// ```
    #[must_use]
    pub fn owned(nl: String, en: String) -> Self {
        Self {
            nl: Cow::Owned(nl),
            en: Cow::Owned(en),
        }
    }

    /// The text in `taal`.
    ///
    /// ```
    /// use participatiewet::{Taal, Text};
    /// assert_eq!(Text::new("ja", "yes").get(Taal::En), "yes");
    /// ```
    #[must_use]
    pub fn get(&self, taal: Taal) -> &str {
        match taal {
            Taal::Nl => &self.nl,
            Taal::En => &self.en,
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// Everything that can go wrong when the crate is asked a question.
///
/// Each variant carries the offending value and what was expected; [`Error::code`] is stable,
/// [`Error::field`] names the input by its wire name, and [`Error::message`] gives the text in
/// Dutch or English.
///
/// ```
/// use participatiewet::{Error, Percentage, Taal};
/// use rust_decimal::dec;
///
/// let err = Percentage::new(dec!(101)).unwrap_err().in_field("loonwaarde");
/// assert_eq!(err.code(), "out_of_range");
/// assert_eq!(err.field(), Some("loonwaarde"));
/// assert_eq!(err.message(Taal::Nl), "loonwaarde is 101; toegestaan is 0 tot en met 100");
/// assert_eq!(err.to_string(), "loonwaarde is 101, expected 0 to 100");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Error {
    /// A number lies outside the range its type or rule allows.
    OutOfRange {
        /// The input, by its wire name (`"uren"`), or the value's type when no field is known.
        field: Cow<'static, str>,
        /// The offending value as text.
        value: String,
        /// The lowest allowed value, as text.
        min: String,
        /// The highest allowed value, as text.
        max: String,
    },
    /// A text could not be read as the value it should be.
    Parse {
        /// The input, by its wire name, or the value's type when no field is known.
        field: Cow<'static, str>,
        /// The text that was given.
        input: String,
        /// What the text should have been.
        expected: Text,
    },
    /// A date lies outside the range of dates the crate accepts
    /// ([`EARLIEST`](crate::EARLIEST) to [`LATEST`](crate::LATEST)).
    DateOutOfRange {
        /// The input, by its wire name.
        field: Cow<'static, str>,
        /// The date that was given.
        date: NaiveDate,
    },
    /// No row of a parameter table is in force on the asked date.
    ///
    /// The crate never carries a value past the end of its table: a date outside the table is
    /// this error, naming the legal value that is not known and the nearest row that is.
    NotInForce {
        /// The parameter's wire name (`"wml_per_maand"`); see
        /// [`Parameters::label`](crate::Parameters::label) for its name in words.
        parameter: &'static str,
        /// The date that was asked about.
        peildatum: NaiveDate,
        /// The known row closest to that date: its first and last day (the last day is `None`
        /// for a row explicitly open-ended).
        nearest: Option<(NaiveDate, Option<NaiveDate>)>,
    },
    /// A parameter table breaks a table rule (unsorted, overlapping, a gap, empty, a value
    /// outside its legal range).
    InvalidTable {
        /// The parameter's wire name.
        parameter: &'static str,
        /// What is wrong with it.
        reason: Text,
    },
    /// The facts handed in contradict each other or a rule that must hold for them.
    InvalidFacts {
        /// The input that is wrong, by its wire name (`"ww_laatste_dag"`).
        field: Cow<'static, str>,
        /// What is wrong and what was expected.
        reason: Text,
    },
    /// A persisted value breaks an invariant its type guarantees (a tampered or corrupt row).
    InvalidState {
        /// The type or state that was read.
        what: &'static str,
        /// The invariant that does not hold.
        reason: Text,
    },
    /// A calculation exceeded the range of its numbers.
    Overflow {
        /// The calculation that overflowed.
        operation: &'static str,
    },
}

impl Error {
    /// The error's stable code (its wire tag): `out_of_range`, `parse`, `date_out_of_range`,
    /// `not_in_force`, `invalid_table`, `invalid_facts`, `invalid_state` or `overflow`.
    ///
    /// ```
    /// let err = "abc".parse::<participatiewet::Money>().unwrap_err();
    /// assert_eq!(err.code(), "parse");
    /// ```
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::OutOfRange { .. } => "out_of_range",
            Self::Parse { .. } => "parse",
            Self::DateOutOfRange { .. } => "date_out_of_range",
            Self::NotInForce { .. } => "not_in_force",
            Self::InvalidTable { .. } => "invalid_table",
            Self::InvalidFacts { .. } => "invalid_facts",
            Self::InvalidState { .. } => "invalid_state",
            Self::Overflow { .. } => "overflow",
        }
    }

    /// The input the error concerns, by its wire name, where there is one (`peildatum` for a
    /// date outside a table).
    ///
    /// ```
    /// use participatiewet::Money;
    /// let err = "-1".parse::<Money>().unwrap_err().in_field("inkomen");
    /// assert_eq!(err.field(), Some("inkomen"));
    /// ```
    #[must_use]
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::OutOfRange { field, .. }
            | Self::Parse { field, .. }
            | Self::DateOutOfRange { field, .. }
            | Self::InvalidFacts { field, .. } => Some(field),
            Self::NotInForce { .. } => Some("peildatum"),
            Self::InvalidTable { .. } | Self::InvalidState { .. } | Self::Overflow { .. } => None,
        }
    }

    /// The same error, about the input `field` (its wire name): a value type's constructor
    /// does not know which field it was given for, the rule that calls it does.
    ///
    /// ```
    /// use participatiewet::Hours;
    /// let err = Hours::new(rust_decimal::dec!(200)).unwrap_err().in_field("uren");
    /// assert_eq!(err.field(), Some("uren"));
    /// ```
    #[must_use]
    pub fn in_field(mut self, name: impl Into<Cow<'static, str>>) -> Self {
        match &mut self {
            Self::OutOfRange { field, .. }
            | Self::Parse { field, .. }
            | Self::DateOutOfRange { field, .. }
            | Self::InvalidFacts { field, .. } => *field = name.into(),
            Self::NotInForce { .. }
            | Self::InvalidTable { .. }
            | Self::InvalidState { .. }
            | Self::Overflow { .. } => {}
        }
        self
    }

    /// An [`Error::InvalidFacts`] about `field`.
    ///
    /// ```
    /// use participatiewet::{Error, Text};
    /// let err = Error::facts("uren", Text::new("meer dan voltijd", "more than full time"));
    /// assert_eq!(err.to_string(), "uren is invalid: more than full time");
    /// ```
    #[must_use]
    pub fn facts(field: impl Into<Cow<'static, str>>, reason: Text) -> Self {
        Self::InvalidFacts {
            field: field.into(),
            reason,
        }
    }

    /// An [`Error::InvalidState`] about the stored `what`.
    ///
    /// ```
    /// use participatiewet::{Error, Text};
    /// let err = Error::state("bijstand::State", Text::new("melding vóór geboorte", "melding before birth"));
    /// assert_eq!(err.code(), "invalid_state");
    /// ```
    #[must_use]
    pub fn state(what: &'static str, reason: Text) -> Self {
        Self::InvalidState { what, reason }
    }

    /// An [`Error::Overflow`] in `operation`. The crate builds it only on the failing path
    /// (`ok_or_else`): built eagerly, it is dropped on success at the cost of a call.
    ///
    /// ```
    /// assert_eq!(participatiewet::Error::overflow("x").code(), "overflow");
    /// ```
    #[must_use]
    #[cold]
    pub fn overflow(operation: &'static str) -> Self {
        Self::Overflow { operation }
    }

    /// The message in `taal`, for a caseworker or a citizen.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, Taal};
    /// let p = Parameters::bundled();
    /// let err = p.wml_per_maand.at(NaiveDate::from_ymd_opt(2090, 1, 1).unwrap()).unwrap_err();
    /// assert!(err.message(Taal::Nl).starts_with("het wettelijk minimumloon per maand is niet bekend op 1 januari 2090"));
    /// ```
    #[must_use]
    pub fn message(&self, taal: Taal) -> String {
        match (self, taal) {
            (
                Self::OutOfRange {
                    field,
                    value,
                    min,
                    max,
                },
                Taal::Nl,
            ) => format!("{field} is {value}; toegestaan is {min} tot en met {max}"),
            (
                Self::OutOfRange {
                    field,
                    value,
                    min,
                    max,
                },
                Taal::En,
            ) => format!("{field} is {value}, expected {min} to {max}"),
            (
                Self::Parse {
                    field,
                    input,
                    expected,
                },
                Taal::Nl,
            ) => format!("{field}: {input:?} is niet te lezen als {}", expected.nl),
            (
                Self::Parse {
                    field,
                    input,
                    expected,
                },
                Taal::En,
            ) => format!("{field}: cannot read {input:?} as {}", expected.en),
            (Self::DateOutOfRange { field, date }, Taal::Nl) => format!(
                "{field} is {}; deze datum ligt buiten het bereik {} tot en met {}",
                datum(*date, taal),
                datum(crate::date::EARLIEST, taal),
                datum(crate::date::LATEST, taal)
            ),
            (Self::DateOutOfRange { field, date }, Taal::En) => format!(
                "{field} is {date}, expected a date from {} to {}",
                crate::date::EARLIEST,
                crate::date::LATEST
            ),
            (
                Self::NotInForce {
                    parameter,
                    peildatum,
                    nearest,
                },
                _,
            ) => {
                let label = crate::params::label(parameter);
                let mut text = match taal {
                    Taal::Nl => format!(
                        "{} is niet bekend op {}",
                        label.get(taal),
                        datum(*peildatum, taal)
                    ),
                    Taal::En => format!("{} is not known on {peildatum}", label.get(taal)),
                };
                text.push_str(&nearest_text(*nearest, taal));
                text
            }
            (Self::InvalidTable { parameter, reason }, Taal::Nl) => {
                format!("parametertabel {parameter} is ongeldig: {}", reason.nl)
            }
            (Self::InvalidTable { parameter, reason }, Taal::En) => {
                format!("parameter table {parameter} is invalid: {}", reason.en)
            }
            (Self::InvalidFacts { field, reason }, Taal::Nl) => {
                format!("{field} is onjuist: {}", reason.nl)
            }
            (Self::InvalidFacts { field, reason }, Taal::En) => {
                format!("{field} is invalid: {}", reason.en)
            }
            (Self::InvalidState { what, reason }, Taal::Nl) => {
                format!("opgeslagen {what} is niet consistent: {}", reason.nl)
            }
            (Self::InvalidState { what, reason }, Taal::En) => {
                format!("stored {what} is inconsistent: {}", reason.en)
            }
            (Self::Overflow { operation }, Taal::Nl) => {
                format!("de berekening {operation} valt buiten het bereik van de getallen")
            }
            (Self::Overflow { operation }, Taal::En) => {
                format!("arithmetic overflow in {operation}")
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Taal::En))
    }
}

impl std::error::Error for Error {}

fn nearest_text(nearest: Option<(NaiveDate, Option<NaiveDate>)>, taal: Taal) -> String {
    match (nearest, taal) {
        (Some((from, Some(to))), Taal::Nl) => format!(
            " (bekend van {} tot en met {})",
            datum(from, taal),
            datum(to, taal)
        ),
        (Some((from, None)), Taal::Nl) => format!(" (bekend vanaf {})", datum(from, taal)),
        (Some((from, Some(to))), Taal::En) => format!(" (known from {from} to {to})"),
        (Some((from, None)), Taal::En) => format!(" (known from {from})"),
        (None, Taal::Nl) => " (de tabel is leeg)".to_owned(),
        (None, Taal::En) => " (the table is empty)".to_owned(),
    }
}

/// An event that a state machine refused in its current state.
///
/// The state the event was applied to is left as it was: `apply` borrows it and returns a new
/// state only on success.
///
/// ```
/// use participatiewet::{Citation, Regulation, Taal, Text, TransitionError};
///
/// let err = TransitionError::new(
///     "advies_aangevraagd",
///     "aanvraag_door_persoon",
///     Text::new(
///         "een burger kan UWV pas vanaf 1 januari 2017 zelf om advies vragen",
///         "a citizen may ask UWV for the advice only from 2017-01-01",
///     ),
/// )
/// .citing(&Citation::article(Regulation::Participatiewet, "10b").lid(3));
/// assert_eq!(
///     err.to_string(),
///     "event aanvraag_door_persoon refused in state advies_aangevraagd: \
///      a citizen may ask UWV for the advice only from 2017-01-01 (Participatiewet art. 10b lid 3)"
/// );
/// assert!(err.message(Taal::Nl).starts_with("gebeurtenis aanvraag_door_persoon geweigerd"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TransitionError(Box<Refusal>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct Refusal {
    state: &'static str,
    event: &'static str,
    rule: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    citation: Option<Citation>,
}

impl TransitionError {
    /// A refusal of `event` in `state` because of `rule`.
    ///
    /// ```
    /// use participatiewet::{Text, TransitionError};
    /// let err = TransitionError::new("beeindigd", "start", Text::new("de procedure is beëindigd", "the procedure has ended"));
    /// assert_eq!(err.state(), "beeindigd");
    /// assert_eq!(err.event(), "start");
    /// ```
    #[must_use]
    pub fn new(state: &'static str, event: &'static str, rule: impl Into<Text>) -> Self {
        Self(Box::new(Refusal {
            state,
            event,
            rule: rule.into(),
            citation: None,
        }))
    }

    /// The same refusal, with the legal basis of the rule.
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation, Text, TransitionError};
    /// let err = TransitionError::new("a", "b", Text::new("c", "c"))
    ///     .citing(&Citation::article(Regulation::Participatiewet, "41"));
    /// assert!(err.citation().is_some());
    /// ```
    #[must_use]
    pub fn citing(mut self, citation: &Citation) -> Self {
        self.0.citation = Some(citation.clone());
        self
    }

    /// The refusal because the event's facts are wrong (`error`), in `state`.
    ///
    /// ```
    /// use participatiewet::{Error, Text, TransitionError};
    /// let err = TransitionError::from_error("gemeld", "aanvraag", &Error::facts("datum", Text::new("te vroeg", "too early")));
    /// assert_eq!(err.rule().en, "datum is invalid: too early");
    /// ```
    #[must_use]
    pub fn from_error(state: &'static str, event: &'static str, error: &Error) -> Self {
        Self::new(
            state,
            event,
            Text::owned(error.message(Taal::Nl), error.message(Taal::En)),
        )
    }

    /// The state the event was applied to (its serde tag).
    ///
    /// ```
    /// use participatiewet::TransitionError;
    /// assert_eq!(TransitionError::new("a", "b", participatiewet::Text::new("c", "c")).state(), "a");
    /// ```
    #[must_use]
    pub fn state(&self) -> &'static str {
        self.0.state
    }

    /// The event that was refused (its serde tag).
    ///
    /// ```
    /// use participatiewet::TransitionError;
    /// assert_eq!(TransitionError::new("a", "b", participatiewet::Text::new("c", "c")).event(), "b");
    /// ```
    #[must_use]
    pub fn event(&self) -> &'static str {
        self.0.event
    }

    /// The rule the event would have broken, in one sentence.
    ///
    /// ```
    /// use participatiewet::{Text, TransitionError};
    /// assert_eq!(TransitionError::new("a", "b", Text::new("te laat", "too late")).rule().nl, "te laat");
    /// ```
    #[must_use]
    pub fn rule(&self) -> &Text {
        &self.0.rule
    }

    /// The legal basis of that rule, where it has one.
    ///
    /// ```
    /// use participatiewet::TransitionError;
    /// assert!(TransitionError::new("a", "b", participatiewet::Text::new("c", "c")).citation().is_none());
    /// ```
    #[must_use]
    pub fn citation(&self) -> Option<&Citation> {
        self.0.citation.as_ref()
    }

    /// The message in `taal`.
    ///
    /// ```
    /// use participatiewet::{Taal, Text, TransitionError};
    /// let err = TransitionError::new("a", "b", Text::new("te laat", "too late"));
    /// assert_eq!(err.message(Taal::Nl), "gebeurtenis b geweigerd in toestand a: te laat");
    /// ```
    #[must_use]
    pub fn message(&self, taal: Taal) -> String {
        let r = &self.0;
        let citation = r
            .citation
            .as_ref()
            .map_or_else(String::new, |c| format!(" ({})", c.text(taal)));
        match taal {
            Taal::Nl => format!(
                "gebeurtenis {} geweigerd in toestand {}: {}{citation}",
                r.event, r.state, r.rule.nl
            ),
            Taal::En => format!(
                "event {} refused in state {}: {}{citation}",
                r.event, r.state, r.rule.en
            ),
        }
    }
}

impl fmt::Display for TransitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Taal::En))
    }
}

impl std::error::Error for TransitionError {}
