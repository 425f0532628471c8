//! Validating value types: [`Money`], [`Percentage`] and [`Hours`].
//!
//! Each is a decimal with a range its constructor checks; deserialising goes through the same
//! check, so a tampered stored value is an error, not a silently wrong amount. All three are
//! written as decimal strings on the wire (`"2069.40"`), whatever serde features other crates
//! enable for `rust_decimal`.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Text};
use crate::rounding::Rounding;

/// Implements `FromStr`, `TryFrom<Decimal>`, `From<T> for Decimal` and string serde for a
/// validating decimal newtype whose constructor is `new`.
macro_rules! decimal_newtype {
    ($ty:ident, $field:literal, $nl:literal, $en:literal) => {
        impl FromStr for $ty {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                let trimmed = s.trim();
                let number = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end();
                let plain = !number.is_empty()
                    && number
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
                let value = plain
                    .then(|| Decimal::from_str_exact(number).ok())
                    .flatten()
                    .ok_or_else(|| Error::Parse {
                        field: $field.into(),
                        input: s.to_owned(),
                        expected: Text::new($nl, $en),
                    })?;
                Self::new(value)
            }
        }

        impl TryFrom<Decimal> for $ty {
            type Error = Error;

            fn try_from(value: Decimal) -> Result<Self, Error> {
                Self::new(value)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = Error;

            fn try_from(value: &str) -> Result<Self, Error> {
                value.parse()
            }
        }

        impl From<$ty> for Decimal {
            fn from(value: $ty) -> Decimal {
                value.0
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.wire())
            }
        }

        /// Read from a decimal string exactly as `FromStr` reads it (no exponent, no JSON
        /// number), then checked like the constructor.
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                text.parse().map_err(crate::wire::refuse_value)
            }
        }
    };
}

/// Whether `value` has more than `scale` decimals that are not trailing zeros.
fn too_fine(value: Decimal, scale: u32) -> bool {
    value.scale() > scale && value.normalize().scale() > scale
}

fn too_fine_error(field: &'static str, value: Decimal) -> Error {
    Error::facts(
        field,
        Text::owned(
            format!("{value} heeft meer dan 4 decimalen"),
            format!("{value} has more than 4 decimals"),
        ),
    )
}

/// An amount in euros, in whole cents, never negative.
///
/// The upper bound ([`Money::MAX`], a thousand billion euros) keeps every sum and product the
/// crate makes of amounts far inside the range of a decimal, so the calculations cannot
/// overflow on any amount a constructor accepted.
///
/// ```
/// use participatiewet::{Money, Rounding};
/// use rust_decimal::dec;
///
/// let wml: Money = "2069.40".parse()?;
/// assert_eq!(wml.amount(), dec!(2069.40));
/// assert_eq!(wml.to_string(), "2069.40");
/// assert!(Money::new(dec!(-0.01)).is_err());
/// assert!(Money::new(dec!(1.005)).is_err()); // not whole cents: round first
/// assert_eq!(Money::rounded(dec!(1.005), Rounding::Cents)?.amount(), dec!(1.01));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    /// Zero euros.
    pub const ZERO: Money = Money(Decimal::ZERO);
    /// The largest amount the crate accepts: 1,000,000,000,000 euros.
    pub const MAX: Money = Money(Decimal::from_parts(3_567_587_328, 232, 0, false, 0));

    /// An amount of euros; errors when negative, above [`Money::MAX`] or not in whole cents.
    ///
    /// ```
    /// use participatiewet::Money;
    /// use rust_decimal::dec;
    /// assert_eq!(Money::new(dec!(12.30))?.to_string(), "12.30");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(amount: Decimal) -> Result<Self, Error> {
        if amount.is_sign_negative() && !amount.is_zero() || amount > Self::MAX.0 {
            return Err(Error::OutOfRange {
                field: "money".into(),
                value: amount.to_string(),
                min: "0".to_owned(),
                max: Self::MAX.0.to_string(),
            });
        }
        if too_fine(amount, 2) {
            return Err(Error::facts(
                "money",
                Text::owned(
                    format!("{amount} is geen bedrag in hele centen"),
                    format!("{amount} is not in whole cents"),
                ),
            ));
        }
        // Validated non-negative; only a negative zero needs turning into zero.
        Ok(Self(if amount.is_zero() {
            Decimal::ZERO
        } else {
            amount
        }))
    }

    /// An amount rounded by a legal rounding `rule` first, then checked like [`Money::new`].
    ///
    /// ```
    /// use participatiewet::{Money, Rounding};
    /// use rust_decimal::dec;
    /// assert_eq!(Money::rounded(dec!(2234.952), Rounding::Cents)?.to_string(), "2234.95");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn rounded(amount: Decimal, rule: Rounding) -> Result<Self, Error> {
        Self::new(rule.apply(amount))
    }

    /// A whole number of euro cents.
    ///
    /// ```
    /// use participatiewet::Money;
    /// assert_eq!(Money::from_cents(206_940)?.to_string(), "2069.40");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn from_cents(cents: i64) -> Result<Self, Error> {
        Self::new(Decimal::new(cents, 2))
    }

    /// Whole cents from an exact calculation: `None` outside `0..=`[`Money::MAX`]. Integer
    /// comparisons only (no decimal ones), for the value paths.
    #[inline]
    pub(crate) fn from_cents_exact(cents: i128) -> Option<Self> {
        /// [`Money::MAX`] in cents.
        const MAX_CENTS: i128 = 100_000_000_000_000;
        let cents = u64::try_from(cents)
            .ok()
            .filter(|c| i128::from(*c) <= MAX_CENTS)?;
        // The low and the high 32 bits of a 96-bit mantissa whose top 32 are zero.
        let lo = u32::try_from(cents & u64::from(u32::MAX)).ok()?;
        let mid = u32::try_from(cents >> 32).ok()?;
        Some(Self(Decimal::from_parts(lo, mid, 0, false, 2)))
    }

    /// An amount of whole cents known to be in range (the bundled parameter values, checked by a
    /// test), so that building them has no failure path.
    pub(crate) const fn from_cents_const(cents: u32) -> Self {
        Self(Decimal::from_parts(cents, 0, 0, false, 2))
    }

    /// The amount in euros.
    ///
    /// ```
    /// use participatiewet::Money;
    /// assert_eq!(Money::ZERO.amount(), rust_decimal::Decimal::ZERO);
    /// ```
    #[must_use]
    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// Whether the amount is zero.
    ///
    /// ```
    /// assert!(participatiewet::Money::ZERO.is_zero());
    /// ```
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The amount in whole cents.
    ///
    /// ```
    /// use participatiewet::Money;
    /// assert_eq!(Money::from_cents(1234)?.cents(), 1234);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn cents(self) -> i64 {
        // In range by construction: MAX is 10^14 cents, far inside i64.
        (self.0 * Decimal::ONE_HUNDRED).to_i64().unwrap_or(i64::MAX)
    }

    /// The sum of two amounts; an error if it exceeds [`Money::MAX`].
    ///
    /// ```
    /// use participatiewet::Money;
    /// let a = Money::from_cents(150)?;
    /// assert_eq!(a.checked_add(a)?.to_string(), "3.00");
    /// assert!(Money::MAX.checked_add(a).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn checked_add(self, other: Money) -> Result<Money, Error> {
        Self::new(self.0 + other.0)
    }

    /// The difference, or zero when `other` is larger (a deduction never makes an amount
    /// negative).
    ///
    /// ```
    /// use participatiewet::Money;
    /// let norm = Money::from_cents(140_150)?;
    /// let income = Money::from_cents(200_000)?;
    /// assert_eq!(norm.saturating_sub(income), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn saturating_sub(self, other: Money) -> Money {
        if other.0 >= self.0 {
            Money::ZERO
        } else {
            Money(self.0 - other.0)
        }
    }

    /// The sum of amounts; an error if it exceeds [`Money::MAX`].
    ///
    /// ```
    /// use participatiewet::Money;
    /// let total = Money::sum([Money::from_cents(1)?, Money::from_cents(2)?])?;
    /// assert_eq!(total.cents(), 3);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn sum(amounts: impl IntoIterator<Item = Money>) -> Result<Money, Error> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, Money::checked_add)
    }
}

impl Money {
    /// The wire format: always two decimals (`"0.00"`, `"2069.40"`), like `Display`.
    fn wire(self) -> impl fmt::Display {
        self
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

decimal_newtype!(
    Money,
    "money",
    "een bedrag in euro's zoals 2069.40",
    "an amount in euros like 2069.40"
);

/// A percentage between 0 and 100 inclusive.
///
/// ```
/// use participatiewet::Percentage;
/// use rust_decimal::dec;
///
/// let p = Percentage::new(dec!(62.5))?;
/// assert_eq!(p.fraction(), dec!(0.625));
/// assert_eq!(p.to_string(), "62.5%");
/// assert_eq!("62.5%".parse::<Percentage>()?, p);
/// assert!(Percentage::new(dec!(100.01)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percentage(Decimal);

impl Percentage {
    /// Zero percent.
    pub const ZERO: Percentage = Percentage(Decimal::ZERO);
    /// One hundred percent.
    pub const HUNDRED: Percentage = Percentage(Decimal::ONE_HUNDRED);

    /// The finest step a percentage may have: four decimals (0.0001%).
    pub const SCALE: u32 = 4;

    /// A percentage; errors outside 0..=100 or finer than [`Percentage::SCALE`] decimals.
    ///
    /// ```
    /// use participatiewet::Percentage;
    /// use rust_decimal::dec;
    /// assert!(Percentage::new(dec!(23.5)).is_ok());
    /// assert!(Percentage::new(dec!(0.00001)).is_err());
    /// ```
    pub fn new(value: Decimal) -> Result<Self, Error> {
        if value.is_sign_negative() && !value.is_zero() || value > Decimal::ONE_HUNDRED {
            return Err(Error::OutOfRange {
                field: "percentage".into(),
                value: value.to_string(),
                min: "0".to_owned(),
                max: "100".to_owned(),
            });
        }
        if too_fine(value, Self::SCALE) {
            return Err(too_fine_error("percentage", value));
        }
        Ok(Self(value.abs().normalize()))
    }

    /// The percentage as a number (`62.5` for 62.5%).
    ///
    /// ```
    /// use participatiewet::Percentage;
    /// assert_eq!(Percentage::HUNDRED.value(), rust_decimal::dec!(100));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The percentage as a fraction (`0.625` for 62.5%).
    ///
    /// ```
    /// use participatiewet::Percentage;
    /// assert_eq!(Percentage::HUNDRED.fraction(), rust_decimal::Decimal::ONE);
    /// ```
    #[must_use]
    pub fn fraction(self) -> Decimal {
        // Dividing by 100 is shifting the scale by two: exact, and much cheaper than a decimal
        // division. At the maximum scale the shift is impossible and we divide instead.
        let mut fraction = self.0;
        match fraction.set_scale(self.0.scale() + 2) {
            Ok(()) => fraction,
            Err(_) => self.0 / Decimal::ONE_HUNDRED,
        }
    }
}

impl Percentage {
    /// The wire format: the number without trailing zeros and without `%` (`"23.5"`).
    fn wire(self) -> Decimal {
        self.0.normalize()
    }
}

impl fmt::Display for Percentage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.0.normalize())
    }
}

decimal_newtype!(
    Percentage,
    "percentage",
    "een percentage zoals 62.5 of 62.5%",
    "a percentage like 62.5 or 62.5%"
);

/// Hours of work per week, between 0 and 168 inclusive.
///
/// ```
/// use participatiewet::Hours;
/// use rust_decimal::dec;
///
/// let h: Hours = "32".parse()?;
/// assert_eq!(h.value(), dec!(32));
/// assert!(Hours::new(dec!(169)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hours(Decimal);

impl Hours {
    /// The hours in a week: 7 × 24.
    pub const WEEK: Hours = Hours(Decimal::from_parts(168, 0, 0, false, 0));

    /// The finest step hours may have: four decimals (0.0001 hour, a third of a second), so
    /// that no division by hours can overflow.
    pub const SCALE: u32 = 4;

    /// Hours per week; errors outside 0..=168 or finer than [`Hours::SCALE`] decimals.
    ///
    /// ```
    /// use participatiewet::Hours;
    /// use rust_decimal::dec;
    /// assert!(Hours::new(dec!(36)).is_ok());
    /// assert!(Hours::new(dec!(0.0000000000000000000000000001)).is_err());
    /// ```
    pub fn new(value: Decimal) -> Result<Self, Error> {
        if value.is_sign_negative() && !value.is_zero() || value > Self::WEEK.0 {
            return Err(Error::OutOfRange {
                field: "uren".into(),
                value: value.to_string(),
                min: "0".to_owned(),
                max: "168".to_owned(),
            });
        }
        if too_fine(value, Self::SCALE) {
            return Err(too_fine_error("uren", value));
        }
        Ok(Self(value.abs().normalize()))
    }

    /// The number of hours.
    ///
    /// ```
    /// use participatiewet::Hours;
    /// assert_eq!(Hours::WEEK.value(), rust_decimal::dec!(168));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }
}

impl Hours {
    /// Whether these hours are `min` or more, `min` a decimal constant of the law.
    ///
    /// The same answer as `self.value() >= min`, as a comparison of integers at
    /// [`Hours::SCALE`] decimals (a property test holds the two equal); a `min` finer than
    /// that goes through the decimal comparison.
    // Reason: inlined, the law's constant `min` folds to an integer.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn at_least(self, min: Decimal) -> bool {
        match (fixed(self.0, Self::SCALE), fixed(min, Self::SCALE)) {
            (Some(uren), Some(min)) => uren >= min,
            _ => self.0 >= min,
        }
    }

    /// The wire format: the number without trailing zeros (`"36"`, `"32.5"`).
    fn wire(self) -> Decimal {
        self.0.normalize()
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

decimal_newtype!(
    Hours,
    "uren",
    "een aantal uren per week zoals 36 of 32.5",
    "hours per week like 36 or 32.5"
);

/// A decimal as an integer at `scale` decimals (at most 4): `None` for a value finer than that
/// or too large for 64 bits. A validated `Money`, `Percentage` or `Hours` always fits (their
/// trailing zeros are normalized away), which is what the fixed-point calculations rely on.
#[inline]
pub(crate) fn fixed(value: Decimal, scale: u32) -> Option<i64> {
    const POW10: [i64; 5] = [1, 10, 100, 1_000, 10_000];
    let value = match scale.checked_sub(value.scale()) {
        Some(_) => value,
        None => value.normalize(),
    };
    let shift = usize::try_from(scale.checked_sub(value.scale())?).ok()?;
    i64::try_from(value.mantissa())
        .ok()?
        .checked_mul(*POW10.get(shift)?)
}

/// Rebuilding a value from the decimal a ground stored: the decimal came out of a value of the
/// same type, so it is in range by construction.
impl Money {
    pub(crate) const fn from_stored(amount: Decimal) -> Self {
        Self(amount)
    }
}

impl Percentage {
    pub(crate) const fn from_stored(value: Decimal) -> Self {
        Self(value)
    }
}

impl Hours {
    pub(crate) const fn from_stored(value: Decimal) -> Self {
        Self(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::dec;

    proptest! {
        /// The integer comparison answers as the decimal one, for every valid number of hours
        /// against minimums of any scale, the whole hours of the law among them.
        #[test]
        fn at_least_is_the_decimal_comparison(
            uren in 0_i64..=1_680_000,
            schaal in 0_u32..=4,
            min in -2_000_000_i64..=2_000_000,
            min_schaal in 0_u32..=28,
        ) {
            let Ok(uren) = Hours::new(Decimal::new(uren, schaal)) else {
                return Ok(());
            };
            let min = Decimal::new(min, min_schaal);
            prop_assert_eq!(uren.at_least(min), uren.value() >= min);
            let heel = Decimal::from(min.mantissa().clamp(-200, 200));
            prop_assert_eq!(uren.at_least(heel), uren.value() >= heel);
        }
    }

    /// A percentage has at most 4 decimals, so its fraction is a shift of the scale; the
    /// division that stands in for a scale beyond 28 gives the same exact answer.
    #[test]
    fn a_fraction_beyond_the_largest_scale_is_the_division() {
        let fijn = Percentage(Decimal::new(5, 27));
        assert_eq!(fijn.fraction(), Decimal::new(5, 27) / Decimal::ONE_HUNDRED);
        assert_eq!(Percentage(dec!(23.5)).fraction(), dec!(0.235));
    }

    #[test]
    fn at_least_at_the_boundaries() {
        let vier = Hours::new(dec!(4)).unwrap();
        assert!(vier.at_least(dec!(4)));
        assert!(vier.at_least(dec!(4.0000)));
        assert!(!vier.at_least(dec!(4.0001)));
        assert!(!Hours::new(dec!(3.9999)).unwrap().at_least(dec!(4)));
        assert!(Hours::WEEK.at_least(Decimal::MIN));
        assert!(!Hours::default().at_least(Decimal::MAX));
        assert!(Hours::default().at_least(Decimal::ZERO));
    }

    #[test]
    fn money_max_is_a_thousand_billion() {
        assert_eq!(Money::MAX.amount(), dec!(1_000_000_000_000));
    }

    #[test]
    fn negative_zero_is_zero() {
        let z = Money::new(-Decimal::ZERO).unwrap();
        assert_eq!(z.to_string(), "0.00");
        assert!(!z.amount().is_sign_negative());
    }

    #[test]
    fn tampered_json_is_rejected() {
        assert!(serde_json::from_str::<Money>("\"-1.00\"").is_err());
        assert!(serde_json::from_str::<Money>("\"1.001\"").is_err());
        assert!(serde_json::from_str::<Percentage>("\"100.5\"").is_err());
        assert!(serde_json::from_str::<Hours>("\"200\"").is_err());
        assert_eq!(
            serde_json::to_string(&Money::from_cents(206_940).unwrap()).unwrap(),
            "\"2069.40\""
        );
    }

    #[test]
    fn parse_errors_name_the_input() {
        let err = "12,50".parse::<Money>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "money: cannot read \"12,50\" as an amount in euros like 2069.40"
        );
    }
}
