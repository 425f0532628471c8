//! The dagloon (daily wage) of a WW right, capped at the maximum dagloon (WW art. 1b lid 1,
//! Wfsv art. 17 lid 1).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::params::Parameters;
use crate::wire::{Validate, validated_serde};

/// The dagloon (daily wage) of a WW right: the amount the caller computed under the
/// Dagloonbesluit (D, before the cap) and the amount after the cap at the maximum dagloon in
/// force (C, Wfsv art. 17), with the first day of the maximum-dagloon row used.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// let p = Parameters::bundled();
/// let peil = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
/// let hoog = ww::dagloon(Money::from_cents(30_000)?, peil, &p)?;
/// assert_eq!(hoog.gemaximeerd().to_string(), "274.44"); // the maximum dagloon of 2024
/// assert_eq!(hoog.ongemaximeerd().to_string(), "300.00");
/// assert!(hoog.is_gemaximeerd());
/// assert_eq!(
///     serde_json::to_string(&hoog).unwrap(),
///     r#"{"ongemaximeerd":"300.00","maximum":"274.44","maximum_vanaf":"2024-01-01","gemaximeerd":"274.44"}"#
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dagloon {
    pub(super) ongemaximeerd: Money,
    pub(super) maximum: Money,
    pub(super) maximum_vanaf: NaiveDate,
    pub(super) gemaximeerd: Money,
}

validated_serde!(Dagloon);

impl Validate for Dagloon {
    fn validate(&self) -> Result<(), Error> {
        checked(self.maximum_vanaf, "maximum_vanaf")?;
        if self.gemaximeerd != self.ongemaximeerd.min(self.maximum) {
            return Err(Error::state(
                "ww::Dagloon",
                Text::new(
                    "het gemaximeerde dagloon is niet het laagste van dagloon en maximum",
                    "the capped dagloon is not the lower of dagloon and maximum",
                ),
            ));
        }
        Ok(())
    }
}

impl Dagloon {
    /// Whether the cap applied.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert!(!d.is_gemaximeerd());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn is_gemaximeerd(&self) -> bool {
        self.gemaximeerd < self.ongemaximeerd
    }

    /// D: the dagloon before the cap.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.ongemaximeerd().to_string(), "100.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn ongemaximeerd(&self) -> Money {
        self.ongemaximeerd
    }

    /// The maximum dagloon in force on the peildatum.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.maximum().to_string(), "274.44");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum(&self) -> Money {
        self.maximum
    }

    /// The first day of the maximum-dagloon row used (for the decision's receipt).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.maximum_vanaf(), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum_vanaf(&self) -> NaiveDate {
        self.maximum_vanaf
    }

    /// C: the dagloon after the cap.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, ww};
    /// let d = ww::dagloon(Money::from_cents(10_000)?, NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(), &Parameters::bundled())?;
    /// assert_eq!(d.gemaximeerd().to_string(), "100.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn gemaximeerd(&self) -> Money {
        self.gemaximeerd
    }
}

/// The dagloon for an uncapped daily wage `ongemaximeerd`, capped at the maximum dagloon in
/// force on `peildatum` (WW art. 1b, Wfsv art. 17 lid 1). Never allocates on success.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters, ww};
/// // outside the bundled maximum-dagloon table: an error, never a guess
/// let far = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
/// assert!(ww::dagloon(Money::from_cents(10_000)?, far, &Parameters::bundled()).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn dagloon(
    ongemaximeerd: Money,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Dagloon, Error> {
    let row = params.maximum_dagloon.at(peildatum)?;
    Ok(Dagloon {
        ongemaximeerd,
        maximum: row.value,
        maximum_vanaf: row.valid_from,
        gemaximeerd: ongemaximeerd.min(row.value),
    })
}
