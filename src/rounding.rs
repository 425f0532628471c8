//! Every rounding rule the law prescribes, named in one place.
//!
//! A calculation never rounds ad hoc: it calls [`Rounding::apply`] with the rule its article
//! names, so a reader finds every rounding of the crate here.

use crate::Money;
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
    /// To multiples of 5 euro cents, a half (2.5 cents) away from zero: the month and week
    /// amounts of the minimum youth wage until 2023-12-31 (Besluit minimumjeugdloon art. 2
    /// lid 2: "afgerond op een veelvoud van € 0,05; indien het restbedrag € 0,025 of meer
    /// bedraagt, geschiedt de afronding naar boven"). From 2024-01-01 the Besluit rounds only
    /// the hourly youth wage, to the cent; WMM art. 14 lid 9 rounds the adult monthly amount
    /// to a multiple of € 0,60, not a youth amount.
    FiveCents,
    /// Down to two decimals (`naar beneden afgerond op twee cijfers achter de komma`): the
    /// variables of the quotum formulas, Besluit Wfsv art. 2.22 lid 2 (the variables of
    /// Wfsv art. 38f lid 2) and art. 2.23 lid 2 (the variables A–D of Wfsv art. 38g lid 3),
    /// the same in the texts of 2015-05-01 and 2026-04-01 (BWBR0019070).
    DownTwoDecimals,
    /// Down to one decimal (`naar beneden afgerond op één decimaal`): the quotumtekort of
    /// Wfsv art. 38g lid 3 (Besluit Wfsv art. 2.23 lid 3, the same in the texts of 2015-05-01
    /// and 2026-04-01).
    DownOneDecimal,
}

crate::wire::wire_enum!(Rounding);

impl Rounding {
    /// Rounds `value` by this rule. Never panics and never allocates.
    ///
    /// ```
    /// use participatiewet::Rounding;
    /// use rust_decimal::dec;
    ///
    /// assert_eq!(Rounding::FiveCents.apply(dec!(817.413)), dec!(817.40));
    /// assert_eq!(Rounding::FiveCents.apply(dec!(713.943)), dec!(713.95));
    /// assert_eq!(Rounding::DownTwoDecimals.apply(dec!(1326.999)), dec!(1326.99));
    /// assert_eq!(Rounding::DownOneDecimal.apply(dec!(9.7722)), dec!(9.7));
    /// assert_eq!(Rounding::DownOneDecimal.apply(dec!(-0.01)), dec!(-0.1));
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
            // "Naar beneden": toward minus infinity (the same as toward zero for the
            // non-negative values the law rounds).
            Self::DownTwoDecimals => {
                value.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity)
            }
            Self::DownOneDecimal => {
                value.round_dp_with_strategy(1, RoundingStrategy::ToNegativeInfinity)
            }
        }
    }
}

/// Powers of ten up to 10^28, the largest decimal scale.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an index out of range is a build error, not a panic"
)]
const POW10: [i128; 29] = {
    let mut table = [1_i128; 29];
    let mut i = 1;
    while i < 29 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// A non-negative decimal as an exact ratio of integers: (mantissa, 10^scale).
pub(crate) fn ratio(value: Decimal) -> Option<(i128, i128)> {
    if value.is_sign_negative() && !value.is_zero() {
        return None;
    }
    let scale = usize::try_from(value.scale()).ok()?;
    Some((value.mantissa().abs(), *POW10.get(scale)?))
}

impl Rounding {
    /// Rounds the exact ratio `num / den` (in euros) by this rule to an amount, with integers only: no
    /// intermediate rounding, no heap, no decimal division. Only [`Rounding::Cents`] is
    /// supported; `None` for another rule, a negative or zero-denominator ratio, or numbers
    /// too large for the exact path (the caller then uses the decimal path).
    pub(crate) fn apply_ratio(self, num: i128, den: i128) -> Option<Money> {
        if self != Self::Cents || num < 0 || den <= 0 {
            return None;
        }
        // In cents, half away from zero on a non-negative ratio: floor((200·num + den) / 2·den).
        let top = num.checked_mul(200)?.checked_add(den)?;
        let bottom = den.checked_mul(2)?;
        // The same division in 64 bits when it fits (the usual case): much cheaper than 128.
        let q = match (u64::try_from(top), u64::try_from(bottom)) {
            (Ok(top), Ok(bottom)) => i128::from(top.checked_div(bottom)?),
            _ => top.checked_div(bottom)?,
        };
        Money::from_cents_exact(q)
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::{Decimal, dec};

    use super::{Rounding, ratio};
    use crate::money::Money;

    #[test]
    fn a_ratio_is_exact_and_only_for_non_negative_decimals() {
        assert_eq!(ratio(dec!(1.5)), Some((15, 10)));
        assert_eq!(ratio(dec!(0.000)), Some((0, 1_000)));
        assert_eq!(ratio(-Decimal::ZERO), Some((0, 1)));
        assert_eq!(ratio(dec!(-1.5)), None);
        assert_eq!(ratio(Decimal::new(1, 28)), Some((1, 10_i128.pow(28))));
    }

    /// Only cents, a non-negative numerator and a positive denominator take the exact path;
    /// a half cent goes up.
    #[test]
    fn the_exact_path_takes_cents_of_a_non_negative_ratio() {
        let cent = |c| Money::from_cents(c).ok();
        assert_eq!(Rounding::Cents.apply_ratio(1, 200), cent(1));
        assert_eq!(Rounding::Cents.apply_ratio(1, 201), cent(0));
        assert_eq!(Rounding::Cents.apply_ratio(0, 7), cent(0));
        assert_eq!(Rounding::Cents.apply_ratio(140_150, 100), cent(140_150));
        assert_eq!(Rounding::Cents.apply_ratio(-1, 200), None);
        assert_eq!(Rounding::Cents.apply_ratio(1, 0), None);
        assert_eq!(Rounding::Cents.apply_ratio(1, -200), None);
        assert_eq!(Rounding::FiveCents.apply_ratio(1, 200), None);
        assert_eq!(Rounding::WholePercent.apply_ratio(1, 200), None);
    }
}
