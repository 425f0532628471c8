//! The decision types of 0.1.0, kept while the domains move to coded grounds; removed before
//! the release.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::citation::Citation;

/// One step of a decision: the rule applied and what it decided, in one line.
///
/// ```ignore
/// use participatiewet::{Citation, Ground, Regulation};
///
/// let g = Ground::new(
///     Citation::article(Regulation::Participatiewet, "10d").lid(4),
///     "wage part capped at 70% of the basis",
/// );
/// assert_eq!(g.to_string(), "Participatiewet art. 10d lid 4: wage part capped at 70% of the basis");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Ground {
    /// The legal basis of the step.
    pub citation: Citation,
    /// What the step decided, in one line.
    pub text: Cow<'static, str>,
}

impl Ground {
    /// A ground citing `citation` that says `text`.
    ///
    /// ```ignore
    /// use participatiewet::{Citation, Ground, Regulation};
    /// let g = Ground::new(Citation::article(Regulation::Aow, "7a"), format!("AOW age {} years", 67));
    /// assert_eq!(g.text, "AOW age 67 years");
    /// ```
    #[must_use]
    pub fn new(citation: Citation, text: impl Into<Cow<'static, str>>) -> Self {
        Self {
            citation,
            text: text.into(),
        }
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.citation, self.text)
    }
}

/// A decided value with the grounds that led to it, in the order they were applied.
///
/// ```ignore
/// use participatiewet::{Citation, Decision, Ground, Regulation};
///
/// let d = Decision::new(67_u32)
///     .because(Ground::new(Citation::article(Regulation::Aow, "7a"), "AOW age in 2026 is 67"));
/// assert_eq!(d.value, 67);
/// assert!(d.cites(&Citation::article(Regulation::Aow, "7a")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Decision<T> {
    /// The decided value.
    pub value: T,
    /// Why: each rule applied, in order.
    pub grounds: Vec<Ground>,
}

impl<T> Decision<T> {
    /// A decision with no grounds yet.
    ///
    /// ```ignore
    /// let d = participatiewet::Decision::new("x");
    /// assert!(d.grounds.is_empty());
    /// ```
    #[must_use]
    pub fn new(value: T) -> Self {
        Self {
            value,
            grounds: Vec::new(),
        }
    }

    /// A decision with the given grounds.
    ///
    /// ```ignore
    /// use participatiewet::{Citation, Decision, Ground, Regulation};
    /// let g = Ground::new(Citation::article(Regulation::Aow, "7a"), "67");
    /// assert_eq!(Decision::with_grounds(1, vec![g]).grounds.len(), 1);
    /// ```
    #[must_use]
    pub fn with_grounds(value: T, grounds: Vec<Ground>) -> Self {
        Self { value, grounds }
    }

    /// The same decision with one more ground.
    ///
    /// ```ignore
    /// use participatiewet::{Citation, Decision, Ground, Regulation};
    /// let d = Decision::new(1).because(Ground::new(Citation::article(Regulation::Aow, "7a"), "67"));
    /// assert_eq!(d.grounds.len(), 1);
    /// ```
    #[must_use]
    pub fn because(mut self, ground: Ground) -> Self {
        self.grounds.push(ground);
        self
    }

    /// Whether any ground cites exactly `citation`.
    ///
    /// ```ignore
    /// use participatiewet::{Citation, Decision, Regulation};
    /// assert!(!Decision::new(1).cites(&Citation::article(Regulation::Aow, "7a")));
    /// ```
    #[must_use]
    pub fn cites(&self, citation: &Citation) -> bool {
        self.grounds.iter().any(|g| &g.citation == citation)
    }

    /// The decision with its value transformed and its grounds kept.
    ///
    /// ```ignore
    /// let d = participatiewet::Decision::new(2).map(|v| v * 10);
    /// assert_eq!(d.value, 20);
    /// ```
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Decision<U> {
        Decision {
            value: f(self.value),
            grounds: self.grounds,
        }
    }
}

impl<T: fmt::Display> fmt::Display for Decision<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)?;
        for ground in &self.grounds {
            write!(f, "\n  - {ground}")?;
        }
        Ok(())
    }
}

/// The outcome of a right or a subsidy: eligible with a value (which may be zero), or not
/// eligible for the reasons given.
///
/// "Not eligible" and "eligible, amount 0" are different answers: the first is a refusal with
/// grounds a citizen can object to, the second an entitlement that currently pays nothing.
///
/// ```ignore
/// use participatiewet::{Citation, Eligibility, Ground, Money, Regulation};
///
/// let zero: Eligibility<Money> = Eligibility::Eligible(Money::ZERO);
/// let refused: Eligibility<Money> = Eligibility::NotEligible(vec![Ground::new(
///     Citation::article(Regulation::Participatiewet, "10d").lid(3),
///     "no loonkostensubsidie for a Wsw dienstbetrekking",
/// )]);
/// assert!(zero.is_eligible());
/// assert!(!refused.is_eligible());
/// assert_eq!(refused.reasons().len(), 1);
/// assert_eq!(zero.value(), Some(&Money::ZERO));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Eligibility<T> {
    /// Eligible, with the value (an amount, a date, a norm) that follows.
    Eligible(T),
    /// Not eligible; each ground is a condition that was not met or an exclusion that applied.
    NotEligible(Vec<Ground>),
}

/// `eligible: <value>` or `not eligible`; the reasons are the decision's grounds.
///
/// ```ignore
/// use participatiewet::{Eligibility, Money};
/// assert_eq!(Eligibility::Eligible(Money::ZERO).to_string(), "eligible: 0.00");
/// assert_eq!(Eligibility::<Money>::NotEligible(vec![]).to_string(), "not eligible");
/// ```
impl<T: fmt::Display> fmt::Display for Eligibility<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Eligible(value) => write!(f, "eligible: {value}"),
            Self::NotEligible(_) => f.write_str("not eligible"),
        }
    }
}

impl<T> Eligibility<T> {
    /// Whether the outcome is eligible.
    ///
    /// ```ignore
    /// assert!(participatiewet::Eligibility::Eligible(1).is_eligible());
    /// ```
    #[must_use]
    pub fn is_eligible(&self) -> bool {
        matches!(self, Self::Eligible(_))
    }

    /// The value when eligible.
    ///
    /// ```ignore
    /// assert_eq!(participatiewet::Eligibility::Eligible(1).value(), Some(&1));
    /// ```
    #[must_use]
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Eligible(value) => Some(value),
            Self::NotEligible(_) => None,
        }
    }

    /// The reasons when not eligible (empty when eligible).
    ///
    /// ```ignore
    /// assert!(participatiewet::Eligibility::Eligible(1).reasons().is_empty());
    /// ```
    #[must_use]
    pub fn reasons(&self) -> &[Ground] {
        match self {
            Self::Eligible(_) => &[],
            Self::NotEligible(reasons) => reasons,
        }
    }
}
