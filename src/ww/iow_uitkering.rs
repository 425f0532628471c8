//! The IOW amount per calendar month (IOW art. 10): `0,7 × (A − B)` minus other income, A the
//! WW maandloon capped at 10/7 × the Toeslagenwet amount × 21.75.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::gronden::{IOW_BEDRAG, IOW_FORMULE, IOW_GRONDSLAG};
use crate::citation::{Citation, Regulation};
use crate::decision::{Decision, Ground, Value};
use crate::error::{Error, Text};
use crate::money::Money;
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde};

/// The IOW percentage: 70% (IOW art. 10 lid 1).
pub const IOW_PERCENTAGE: Decimal = Decimal::from_parts(70, 0, 0, false, 2);
/// The cap on A is 10/7 × the Toeslagenwet amount × 21.75 (IOW art. 10 lid 1).
const IOW_MAANDFACTOR: Decimal = Decimal::from_parts(2175, 0, 0, false, 2);
const IOW_10: &Citation = &Citation::article(Regulation::Iow, "10").lid(1);

/// The facts of an IOW month: the WW maandloon, the Toeslagenwet amount the cap derives
/// from, the income from work B and other income. Named fields, so no two amounts can be
/// swapped unnoticed; every field is required on the wire.
///
/// `toeslagenwet_dagbedrag` is the amount of Toeslagenwet art. 2 lid 2 onderdeel b onder 1° in
/// force (indexed like the minimum wage, IOW art. 10 lid 2); the crate does not bundle it yet,
/// so the caller passes it.
///
/// ```
/// use participatiewet::{Money, ww::IowInkomen};
/// let i = IowInkomen {
///     maandloon: Money::from_cents(300_000)?,
///     toeslagenwet_dagbedrag: Money::from_cents(7_000)?,
///     inkomen_uit_arbeid: Money::ZERO,
///     overig_inkomen: Money::ZERO,
/// };
/// let json = serde_json::to_string(&i).unwrap();
/// assert_eq!(json, r#"{"maandloon":"3000.00","toeslagenwet_dagbedrag":"70.00","inkomen_uit_arbeid":"0.00","overig_inkomen":"0.00"}"#);
/// assert_eq!(serde_json::from_str::<IowInkomen>(&json).unwrap(), i);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IowInkomen {
    /// The WW maandloon before the cap.
    pub maandloon: Money,
    /// The Toeslagenwet amount per day (art. 2 lid 2 onderdeel b onder 1°).
    pub toeslagenwet_dagbedrag: Money,
    /// B: the income from work in the month.
    pub inkomen_uit_arbeid: Money,
    /// Other income, set off in full (IOW art. 10 lid 4).
    pub overig_inkomen: Money,
}

/// The IOW amount for a calendar month (IOW art. 10 lid 1, 3 and 4), with its terms.
///
/// Computed by [`iow_uitkering`]; read from JSON only when its terms follow from the facts.
///
/// ```
/// # use participatiewet::{Money, ww::{self, IowInkomen}};
/// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
/// let u = ww::iow_uitkering(&i)?;
/// let json = serde_json::to_string(&u).unwrap();
/// assert_eq!(serde_json::from_str::<ww::IowUitkering>(&json).unwrap(), u);
/// assert!(serde_json::from_str::<ww::IowUitkering>(&json.replace("1522.50", "1600.00")).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct IowUitkering {
    inkomen: IowInkomen,
    maximum: Money,
    a: Money,
    bedrag: Money,
}

validated_serde!(IowUitkering);

impl Validate for IowUitkering {
    fn validate(&self) -> Result<(), Error> {
        if iow_uitkering(&self.inkomen)? != *self {
            return Err(Error::state(
                "ww::IowUitkering",
                Text::new(
                    "het bedrag volgt niet uit de feiten",
                    "the amount does not follow from the facts",
                ),
            ));
        }
        Ok(())
    }
}

impl IowUitkering {
    /// The facts of the month.
    ///
    /// ```
    /// # use participatiewet::{Money, ww::{self, IowInkomen}};
    /// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
    /// assert_eq!(ww::iow_uitkering(&i)?.inkomen(), i);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn inkomen(&self) -> IowInkomen {
        self.inkomen
    }

    /// The cap on A: 10/7 × the Toeslagenwet amount × 21.75.
    ///
    /// ```
    /// # use participatiewet::{Money, ww::{self, IowInkomen}};
    /// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
    /// assert_eq!(ww::iow_uitkering(&i)?.maximum().to_string(), "2175.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum(&self) -> Money {
        self.maximum
    }

    /// A: the maandloon after the cap.
    ///
    /// ```
    /// # use participatiewet::{Money, ww::{self, IowInkomen}};
    /// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
    /// assert_eq!(ww::iow_uitkering(&i)?.a().to_string(), "2175.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn a(&self) -> Money {
        self.a
    }

    /// The amount, rounded to cents, never below zero.
    ///
    /// ```
    /// # use participatiewet::{Money, ww::{self, IowInkomen}};
    /// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
    /// assert_eq!(ww::iow_uitkering(&i)?.bedrag().to_string(), "1522.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Money {
        self.bedrag
    }

    /// The amount with its coded grounds (a plain value: the right is decided by
    /// [`IowRecht::decision`](super::IowRecht::decision)). One allocation.
    ///
    /// ```
    /// # use participatiewet::{Money, Taal, ww::{self, IowInkomen}};
    /// # let i = IowInkomen { maandloon: Money::from_cents(300_000)?, toeslagenwet_dagbedrag: Money::from_cents(7_000)?, inkomen_uit_arbeid: Money::ZERO, overig_inkomen: Money::ZERO };
    /// let d = ww::iow_uitkering(&i)?.decision();
    /// assert_eq!(d.grounds().len(), 2);
    /// assert_eq!(d.outcome().text(Taal::Nl), "Uw IOW-uitkering is € 1.522,50 bruto per maand.");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Money> {
        let outcome = Ground::new(&IOW_BEDRAG, IOW_10, [Value::Money(self.bedrag)]);
        let mut d = Decision::with_capacity(self.bedrag, outcome, 2);
        d.push(Ground::new(
            &IOW_GRONDSLAG,
            IOW_10,
            [
                Value::Money(self.inkomen.maandloon),
                Value::Money(self.maximum),
                Value::Money(self.a),
            ],
        ));
        d.push(Ground::new(
            &IOW_FORMULE,
            IOW_10,
            [
                Value::Money(self.a),
                Value::Money(self.inkomen.inkomen_uit_arbeid),
                Value::Money(self.inkomen.overig_inkomen),
                Value::Money(self.bedrag),
            ],
        ));
        d
    }
}

/// The IOW amount for a calendar month: `0,7 × (A − B)` minus other income (IOW art. 10).
/// Never allocates.
///
/// ```
/// use participatiewet::{Money, ww::{self, IowInkomen}};
/// // maandloon 3,000.00; cap 10/7 × 70.00 × 21.75 = 2,175.00; 0.7 × 2,175.00 = 1,522.50
/// let u = ww::iow_uitkering(&IowInkomen {
///     maandloon: Money::from_cents(300_000)?,
///     toeslagenwet_dagbedrag: Money::from_cents(7_000)?,
///     inkomen_uit_arbeid: Money::ZERO,
///     overig_inkomen: Money::ZERO,
/// })?;
/// assert_eq!(u.a().to_string(), "2175.00");
/// assert_eq!(u.bedrag().to_string(), "1522.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn iow_uitkering(inkomen: &IowInkomen) -> Result<IowUitkering, Error> {
    let maximum = Money::rounded(
        inkomen.toeslagenwet_dagbedrag.amount() * Decimal::TEN / Decimal::from(7) * IOW_MAANDFACTOR,
        Rounding::Cents,
    )?;
    let a = inkomen.maandloon.min(maximum);
    let bruto = IOW_PERCENTAGE * (a.amount() - inkomen.inkomen_uit_arbeid.amount())
        - inkomen.overig_inkomen.amount();
    let bedrag = Money::rounded(bruto.max(Decimal::ZERO), Rounding::Cents)?;
    Ok(IowUitkering {
        inkomen: *inkomen,
        maximum,
        a,
        bedrag,
    })
}
