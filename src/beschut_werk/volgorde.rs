//! The placement order (`volgorde`, art. 10b lid 5): who of the people waiting for a place
//! gets one first under the ordinance.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::beleid::Plaatsingsvolgorde;
use crate::date::checked;
use crate::error::Error;
use crate::wire::{Validate, validated_serde};

/// A person waiting for a place: the date of the positive determination and whether the
/// ordinance gives them priority.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Wachtende;
/// let w = Wachtende::new(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?.met_voorrang();
/// assert!(w.voorrang());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Wachtende {
    vastgesteld: NaiveDate,
    voorrang: bool,
}

validated_serde!(Wachtende);

impl Validate for Wachtende {
    fn validate(&self) -> Result<(), Error> {
        checked(self.vastgesteld, "vastgesteld").map(|_| ())
    }
}

impl Wachtende {
    /// A person determined for beschut werk on `vastgesteld`, without priority.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// assert!(participatiewet::beschut_werk::Wachtende::new(NaiveDate::MIN).is_err());
    /// ```
    pub fn new(vastgesteld: NaiveDate) -> Result<Self, Error> {
        let w = Self {
            vastgesteld,
            voorrang: false,
        };
        w.validate()?;
        Ok(w)
    }

    /// The same person with the ordinance's priority (for example pupils leaving pro/vso).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let w = participatiewet::beschut_werk::Wachtende::new(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
    /// assert!(!w.voorrang());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn met_voorrang(mut self) -> Self {
        self.voorrang = true;
        self
    }

    /// The date of the positive determination.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2017, 3, 1).unwrap();
    /// assert_eq!(participatiewet::beschut_werk::Wachtende::new(d)?.vastgesteld(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vastgesteld(&self) -> NaiveDate {
        self.vastgesteld
    }

    /// Whether the ordinance gives priority.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let w = participatiewet::beschut_werk::Wachtende::new(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
    /// assert!(w.met_voorrang().voorrang());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn voorrang(&self) -> bool {
        self.voorrang
    }
}

/// The order in which waiting people get a place under the ordinance's placement order
/// (art. 10b lid 5): indices into `wachtenden`, first placed first. Ties keep the input order.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Plaatsingsvolgorde;
/// use participatiewet::beschut_werk::{plaatsingsvolgorde, Wachtende};
/// let d = |m| NaiveDate::from_ymd_opt(2017, m, 1).unwrap();
/// let w = [Wachtende::new(d(5))?, Wachtende::new(d(3))?, Wachtende::new(d(6))?.met_voorrang()];
/// assert_eq!(plaatsingsvolgorde(&w, Plaatsingsvolgorde::ByDeterminationDate), vec![1, 0, 2]);
/// assert_eq!(plaatsingsvolgorde(&w, Plaatsingsvolgorde::PriorityThenDeterminationDate), vec![2, 1, 0]);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn plaatsingsvolgorde(wachtenden: &[Wachtende], volgorde: Plaatsingsvolgorde) -> Vec<usize> {
    let mut order: Vec<usize> = (0..wachtenden.len()).collect();
    let key = |i: &usize| {
        wachtenden.get(*i).map(|w| {
            let voorrang = match volgorde {
                Plaatsingsvolgorde::ByDeterminationDate => false,
                Plaatsingsvolgorde::PriorityThenDeterminationDate => w.voorrang,
            };
            (!voorrang, w.vastgesteld)
        })
    };
    order.sort_by_key(key);
    order
}
