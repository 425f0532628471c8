//! Decisions with coded grounds: what was decided, on which facts, under which article.
//!
//! Every rule of the crate answers with the same shape, [`Decision<T>`]: the decided value, the
//! [`outcome`](Decision::outcome) as one coded sentence, and the [`Ground`]s that led to it, in
//! the order they were applied. For a right or a subsidy, `T` is an [`Eligibility`]: eligible
//! with a value (which may be zero), or not eligible. A ground is cheap to build: a static
//! [`Code`], a static [`Citation`] and up to [`MAX_VALUES`] typed [`Value`]s inline; text is
//! rendered from the code's Dutch or English template in a separate step
//! ([`Ground::text`], [`Motivering`](crate::Motivering)).
//!
//! Codes are stable: their wire name never changes, and reading a stored ground with an unknown
//! code is an error.
//!
//! ```
//! use participatiewet::{Citation, Code, Decision, Eligibility, Ground, Kind, Money, Regulation, Slot, Taal, Value};
//!
//! static NORM: Code = Code::new(
//!     "voorbeeld_norm",
//!     &[Slot::new("norm", Kind::Money)],
//!     "De norm is {norm} per maand.",
//!     "The norm is {norm} a month.",
//! );
//! let norm = Money::from_cents(140_150)?;
//! let ground = Ground::owned(&NORM, Citation::article(Regulation::Participatiewet, "21"), [Value::Money(norm)]);
//! assert_eq!(ground.text(Taal::Nl), "De norm is € 1.401,50 per maand.");
//! let decision = Decision::new(Eligibility::Eligible(norm), ground.clone()).because(ground);
//! assert!(decision.value().is_eligible());
//! # Ok::<(), participatiewet::Error>(())
//! ```

mod ground;
pub(crate) use ground::{code, fill};
mod receipt;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use ground::{Code, Ground, Kind, Label, MAX_VALUES, RowRef, Slot, Value};
pub use receipt::{Receipt, RowSource};

/// A decided value with the outcome sentence and the grounds that led to it.
///
/// ```
/// use participatiewet::{Citation, Code, Decision, Ground, Regulation, Taal};
/// static AOW: Code = Code::new("voorbeeld_aow", &[], "De AOW-leeftijd is 67 jaar.", "The AOW age is 67.");
/// let g = Ground::owned(&AOW, Citation::article(Regulation::Aow, "7a"), []);
/// let d = Decision::new(67_u32, g);
/// assert_eq!(*d.value(), 67);
/// assert!(d.cites(&Citation::article(Regulation::Aow, "7a")));
/// assert_eq!(d.outcome().text(Taal::En), "The AOW age is 67.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Decision<T> {
    value: T,
    outcome: Ground,
    grounds: Vec<Ground>,
}

impl<T> Decision<T> {
    /// A decision with its outcome and no grounds yet.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new("x", Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []));
    /// assert!(d.grounds().is_empty());
    /// ```
    #[must_use]
    pub fn new(value: T, outcome: Ground) -> Self {
        Self {
            value,
            outcome,
            grounds: Vec::new(),
        }
    }

    /// A decision with room for `capacity` grounds: the one allocation a decision makes.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::with_capacity(1, Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []), 4);
    /// assert!(d.grounds().is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub fn with_capacity(value: T, outcome: Ground, capacity: usize) -> Self {
        Self {
            value,
            outcome,
            grounds: Vec::with_capacity(capacity),
        }
    }

    /// The same decision with one more ground.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []);
    /// assert_eq!(Decision::new(1, g.clone()).because(g).grounds().len(), 1);
    /// ```
    #[must_use]
    pub fn because(mut self, ground: Ground) -> Self {
        self.grounds.push(ground);
        self
    }

    /// Adds a ground in place.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []);
    /// let mut d = Decision::new(1, g.clone());
    /// d.push(g);
    /// assert_eq!(d.grounds().len(), 1);
    /// ```
    #[inline]
    pub fn push(&mut self, ground: Ground) {
        self.grounds.push(ground);
    }

    /// The decided value.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// assert_eq!(*Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), [])).value(), 7);
    /// ```
    #[must_use]
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decided value, by value.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// assert_eq!(Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), [])).into_value(), 7);
    /// ```
    #[must_use]
    pub fn into_value(self) -> T {
        self.value
    }

    /// What was decided, as one coded sentence (the first line of a motivering).
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []));
    /// assert_eq!(d.outcome().code().code, "voorbeeld_leeg");
    /// ```
    #[must_use]
    pub fn outcome(&self) -> &Ground {
        &self.outcome
    }

    /// Why: each rule applied, in order; each appears once.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []));
    /// assert!(d.grounds().is_empty());
    /// ```
    #[must_use]
    pub fn grounds(&self) -> &[Ground] {
        &self.grounds
    }

    /// The grounds that refuse (their code is a refusal reason): why a right was not granted.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Eligibility, Ground, Regulation};
    /// static WEIGERING: Code = Code::refusal("voorbeeld_weigering", &[], "Geen recht.", "No right.");
    /// let g = Ground::owned(&WEIGERING, Citation::article(Regulation::Participatiewet, "13"), []);
    /// let d = Decision::new(Eligibility::<()>::NotEligible, g.clone()).because(g);
    /// assert_eq!(d.reasons().count(), 1);
    /// ```
    pub fn reasons(&self) -> impl Iterator<Item = &Ground> {
        self.grounds.iter().filter(|g| g.code().refusal)
    }

    /// Whether the outcome or any ground cites exactly `citation`.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []));
    /// assert!(!d.cites(&Citation::article(Regulation::Participatiewet, "21")));
    /// ```
    #[must_use]
    pub fn cites(&self, citation: &Citation) -> bool {
        self.outcome.citation() == citation || self.grounds.iter().any(|g| g.citation() == citation)
    }

    /// Whether the outcome or any ground has the code `code` (its wire name).
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(7, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []));
    /// assert!(d.has("voorbeeld_leeg"));
    /// ```
    #[must_use]
    pub fn has(&self, code: &str) -> bool {
        self.outcome.code().code == code || self.grounds.iter().any(|g| g.code().code == code)
    }

    /// The ground with the code `code`, if any.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), []);
    /// assert!(Decision::new(7, g.clone()).because(g).ground("voorbeeld_leeg").is_some());
    /// ```
    #[must_use]
    pub fn ground(&self, code: &str) -> Option<&Ground> {
        self.grounds.iter().find(|g| g.code().code == code)
    }

    /// The decision with its value transformed and its outcome and grounds kept.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld_leeg", &[], "Besloten.", "Decided.");
    /// let d = Decision::new(2, Ground::owned(&C, Citation::article(Regulation::Aow, "7a"), [])).map(|v| v * 10);
    /// assert_eq!(*d.value(), 20);
    /// ```
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Decision<U> {
        Decision {
            value: f(self.value),
            outcome: self.outcome,
            grounds: self.grounds,
        }
    }
}

/// The outcome of a right or a subsidy: eligible with a value (which may be zero), or not
/// eligible; the reasons are the decision's refusal grounds ([`Decision::reasons`]).
///
/// "Not eligible" and "eligible, amount 0" are different answers: the first is a refusal with
/// grounds a citizen can object to, the second an entitlement that currently pays nothing.
///
/// ```
/// use participatiewet::{Eligibility, Money};
///
/// let zero: Eligibility<Money> = Eligibility::Eligible(Money::ZERO);
/// let refused: Eligibility<Money> = Eligibility::NotEligible;
/// assert!(zero.is_eligible());
/// assert!(!refused.is_eligible());
/// assert_eq!(zero.value(), Some(&Money::ZERO));
/// assert_eq!(serde_json::to_string(&zero).unwrap(), r#"{"outcome":"eligible","value":"0.00"}"#);
/// assert_eq!(serde_json::to_string(&refused).unwrap(), r#"{"outcome":"not_eligible"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Eligibility<T> {
    /// Eligible, with the value (an amount, a date, a norm) that follows.
    Eligible(T),
    /// Not eligible: a condition was not met or an exclusion applied.
    NotEligible,
}

/// `eligible: <value>` or `not_eligible`.
///
/// ```
/// use participatiewet::{Eligibility, Money};
/// assert_eq!(Eligibility::Eligible(Money::ZERO).to_string(), "eligible: 0.00");
/// assert_eq!(Eligibility::<Money>::NotEligible.to_string(), "not_eligible");
/// ```
impl<T: fmt::Display> fmt::Display for Eligibility<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Eligible(value) => write!(f, "eligible: {value}"),
            Self::NotEligible => f.write_str("not_eligible"),
        }
    }
}

impl<T> Eligibility<T> {
    /// Whether the outcome is eligible.
    ///
    /// ```
    /// assert!(participatiewet::Eligibility::Eligible(1).is_eligible());
    /// ```
    #[must_use]
    pub fn is_eligible(&self) -> bool {
        matches!(self, Self::Eligible(_))
    }

    /// The value when eligible.
    ///
    /// ```
    /// assert_eq!(participatiewet::Eligibility::Eligible(1).value(), Some(&1));
    /// ```
    #[must_use]
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Eligible(value) => Some(value),
            Self::NotEligible => None,
        }
    }

    /// The outcome with its value transformed.
    ///
    /// ```
    /// assert_eq!(participatiewet::Eligibility::Eligible(2).map(|v| v + 1).value(), Some(&3));
    /// ```
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Eligibility<U> {
        match self {
            Self::Eligible(value) => Eligibility::Eligible(f(value)),
            Self::NotEligible => Eligibility::NotEligible,
        }
    }
}

use crate::citation::Citation;
