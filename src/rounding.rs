//! Every rounding rule the law prescribes, named in one place.
//!
//! A calculation never rounds ad hoc: it calls [`Rounding::apply`] with the rule its article
//! names, so a reader finds every rounding of the crate here.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// A legal rounding rule.
///
/// ```
/// use participatiewet::Rounding;
/// use rust_decimal::dec;
///
/// assert_eq!(Rounding::Cents.apply(dec!(10.005)), dec!(10.01));
/// assert_eq!(Rounding::Cents.apply(dec!(-10.005)), dec!(-10.01));
/// assert_eq!(Rounding::WholePercent.apply(dec!(62.5)), dec!(63));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rounding {
    /// To whole euro cents, a half cent away from zero: the rounding of payable amounts
    /// (benefits, subsidies) where the law names none more specific.
    Cents,
    /// To whole percents, a half away from zero (`rekenkundig afgerond op hele procenten`):
    /// the loonwaarde (Besluit loonkostensubsidie Participatiewet 2021, art. 3 lid 1).
    WholePercent,
    /// To multiples of 5 euro cents, a half (2.5 cents) away from zero: the published
    /// minimum youth wage amounts (Wet minimumloon en minimumvakantiebijslag, art. 14).
    FiveCents,
}

impl Rounding {
    /// Rounds `value` by this rule. Never panics and never allocates.
    ///
    /// ```
    /// use participatiewet::Rounding;
    /// use rust_decimal::dec;
    ///
    /// assert_eq!(Rounding::FiveCents.apply(dec!(817.413)), dec!(817.40));
    /// assert_eq!(Rounding::FiveCents.apply(dec!(713.943)), dec!(713.95));
    /// ```
    #[must_use]
    pub fn apply(self, value: Decimal) -> Decimal {
        match self {
            Self::Cents => value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
            Self::WholePercent => {
                value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
            }
            Self::FiveCents => {
                // Round value × 20 to a whole number n, then n × 0.05: exact, no division.
                // Beyond Decimal::MAX / 20 the value is rounded to cents instead, the nearest
                // answer the type can hold.
                let twenty = Decimal::from(20);
                match value.checked_mul(twenty) {
                    Some(scaled) => {
                        let n = scaled
                            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                        n * Decimal::new(5, 2)
                    }
                    None => value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
                }
            }
        }
    }
}
