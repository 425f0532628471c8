//! The crate's one error type and the error of a refused state-machine event.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::citation::Citation;

/// Everything that can go wrong when the crate is asked a question.
///
/// Each variant carries the offending value and what was expected, so a caller can show the
/// message to a caseworker as it is.
///
/// ```
/// use participatiewet::{Error, Percentage};
/// use rust_decimal::dec;
///
/// let err = Percentage::new(dec!(101)).unwrap_err();
/// assert!(matches!(err, Error::OutOfRange { field: "percentage", .. }));
/// assert_eq!(err.to_string(), "percentage is 101, expected 0 to 100");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A number lies outside the range its type or rule allows.
    #[error("{field} is {value}, expected {min} to {max}")]
    OutOfRange {
        /// What the number is (`"money"`, `"hours"`, `"loonwaarde"`).
        field: &'static str,
        /// The offending value as text.
        value: String,
        /// The lowest allowed value, as text.
        min: String,
        /// The highest allowed value, as text.
        max: String,
    },
    /// A text could not be read as the value it should be.
    #[error("cannot read {input:?} as {expected}")]
    Parse {
        /// The text that was given.
        input: String,
        /// What the text should have been (`"an amount in euros like 12.34"`).
        expected: &'static str,
    },
    /// No row of a parameter table is in force on the asked date.
    ///
    /// The crate never carries a value past the end of its table: a date outside the table is
    /// this error, naming the nearest row that is known.
    #[error("{parameter} has no value in force on {peildatum}{}", nearest_text(*.nearest))]
    NotInForce {
        /// The parameter's name (`"wml_per_maand"`).
        parameter: &'static str,
        /// The date that was asked about.
        peildatum: NaiveDate,
        /// The known row closest to that date: its first and last day.
        nearest: Option<(NaiveDate, NaiveDate)>,
    },
    /// A parameter table breaks a table rule (unsorted, overlapping, a gap, empty).
    #[error("parameter table {parameter} is invalid: {reason}")]
    InvalidTable {
        /// The parameter's name.
        parameter: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The facts handed in contradict each other or a rule that must hold for them.
    #[error("{field} is invalid: {reason}")]
    InvalidFacts {
        /// The fact that is wrong (`"hoofdtaak \"inpakken\""`).
        field: Cow<'static, str>,
        /// What is wrong and what was expected.
        reason: Cow<'static, str>,
    },
    /// A persisted value breaks an invariant its type guarantees (a tampered or corrupt row).
    #[error("stored {what} is inconsistent: {reason}")]
    InvalidState {
        /// The type or state that was read.
        what: &'static str,
        /// The invariant that does not hold.
        reason: Cow<'static, str>,
    },
    /// A calculation exceeded the range of its numbers.
    #[error("arithmetic overflow in {operation}")]
    Overflow {
        /// The calculation that overflowed.
        operation: &'static str,
    },
}

fn nearest_text(nearest: Option<(NaiveDate, NaiveDate)>) -> String {
    match nearest {
        Some((from, to)) => format!(" (nearest known row: {from} to {to})"),
        None => " (the table is empty)".to_owned(),
    }
}

/// An event that a state machine refused in its current state.
///
/// The state the event was applied to is left as it was: `apply` borrows it and returns a new
/// state only on success.
///
/// ```
/// use participatiewet::{Citation, Regulation, TransitionError};
///
/// let err = TransitionError::new(
///     "advies_aangevraagd",
///     "aanvraag_door_persoon",
///     "a citizen may ask UWV for the advice only from 2017-01-01",
/// )
/// .citing(Citation::article(Regulation::Participatiewet, "10b").lid(3));
/// assert_eq!(
///     err.to_string(),
///     "event aanvraag_door_persoon refused in state advies_aangevraagd: \
///      a citizen may ask UWV for the advice only from 2017-01-01 (Participatiewet art. 10b lid 3)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event {event} refused in state {state}: {rule}{}", citation_text(.citation.as_ref()))]
#[non_exhaustive]
pub struct TransitionError {
    /// The state the event was applied to (its serde tag).
    pub state: &'static str,
    /// The event that was refused (its serde tag).
    pub event: &'static str,
    /// The rule the event would have broken, in one sentence.
    pub rule: Cow<'static, str>,
    /// The legal basis of that rule, where it has one.
    pub citation: Option<Citation>,
}

fn citation_text(citation: Option<&Citation>) -> String {
    citation.map_or_else(String::new, |c| format!(" ({c})"))
}

impl TransitionError {
    /// A refusal of `event` in `state` because of `rule`.
    ///
    /// ```
    /// let err = participatiewet::TransitionError::new("ended", "start", "the procedure has ended");
    /// assert_eq!(err.state, "ended");
    /// ```
    #[must_use]
    pub fn new(
        state: &'static str,
        event: &'static str,
        rule: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self {
            state,
            event,
            rule: rule.into(),
            citation: None,
        }
    }

    /// The same refusal, with the legal basis of the rule.
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation, TransitionError};
    /// let err = TransitionError::new("a", "b", "c").citing(Citation::article(Regulation::Participatiewet, "41"));
    /// assert!(err.citation.is_some());
    /// ```
    #[must_use]
    pub fn citing(mut self, citation: Citation) -> Self {
        self.citation = Some(citation);
        self
    }
}
