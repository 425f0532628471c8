//! A person's entry (`inschrijving`) in the register of arbeidsbeperkten that UWV keeps (Wfsv
//! art. 38d lid 1): from when, until when, and the status on a date.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde};

/// The entry: the day UWV took the person in (`opgenomen`) and, once it ended, the day it ended
/// (`geeindigd`, the first day no longer registered).
///
/// The law leaves the validity and the end of a registration to an AMvB (Wfsv art. 38d lid 9
/// onderdeel b); the crate takes both dates from UWV and computes nothing about them.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{Inschrijving, Registerstatus};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let i = Inschrijving::opgenomen(d(2019, 6, 17))?.geeindigd(d(2024, 1, 1))?;
/// assert_eq!(i.status_op(d(2019, 6, 16)), Registerstatus::NietOpgenomen);
/// assert_eq!(i.status_op(d(2023, 12, 31)), Registerstatus::Opgenomen { sinds: d(2019, 6, 17) });
/// assert_eq!(i.status_op(d(2024, 1, 1)), Registerstatus::Geeindigd { op: d(2024, 1, 1) });
/// assert!(Inschrijving::opgenomen(d(2019, 6, 17))?.geeindigd(d(2019, 6, 17)).is_err());
/// assert_eq!(serde_json::to_string(&i)?, r#"{"opgenomen":"2019-06-17","geeindigd":"2024-01-01"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Inschrijving {
    opgenomen: NaiveDate,
    geeindigd: Option<NaiveDate>,
}

validated_serde!(Inschrijving);

impl Validate for Inschrijving {
    fn validate(&self) -> Result<(), Error> {
        checked(self.opgenomen, "opgenomen")?;
        if let Some(einde) = self.geeindigd {
            checked(einde, "geeindigd")?;
            if einde <= self.opgenomen {
                return Err(Error::facts(
                    "geeindigd",
                    Text::new(
                        "de inschrijving eindigt niet na de opname",
                        "the entry does not end after it began",
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Inschrijving {
    /// An entry that began on `opgenomen` and has not ended.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(participatiewet::banenafspraak::Inschrijving::opgenomen(NaiveDate::MIN).is_err());
    /// ```
    pub fn opgenomen(opgenomen: NaiveDate) -> Result<Self, Error> {
        let i = Self {
            opgenomen,
            geeindigd: None,
        };
        i.validate()?;
        Ok(i)
    }

    /// The same entry, ended on `einde` (the first day no longer registered).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::Inschrijving;
    /// let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert!(Inschrijving::opgenomen(d)?.geeindigd(NaiveDate::MAX).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn geeindigd(self, einde: NaiveDate) -> Result<Self, Error> {
        let i = Self {
            geeindigd: Some(einde),
            ..self
        };
        i.validate()?;
        Ok(i)
    }

    /// The day UWV took the person in.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert_eq!(participatiewet::banenafspraak::Inschrijving::opgenomen(d)?.opgenomen_op(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn opgenomen_op(&self) -> NaiveDate {
        self.opgenomen
    }

    /// The day the entry ended, if it has.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert_eq!(participatiewet::banenafspraak::Inschrijving::opgenomen(d)?.geeindigd_op(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geeindigd_op(&self) -> Option<NaiveDate> {
        self.geeindigd
    }

    /// The status on `datum`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::Inschrijving;
    /// let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert!(Inschrijving::opgenomen(d)?.status_op(d).is_opgenomen());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn status_op(&self, datum: NaiveDate) -> Registerstatus {
        match self.geeindigd {
            Some(op) if datum >= op => Registerstatus::Geeindigd { op },
            _ if datum >= self.opgenomen => Registerstatus::Opgenomen {
                sinds: self.opgenomen,
            },
            _ => Registerstatus::NietOpgenomen,
        }
    }

    /// Whether the person is registered on `datum`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::Inschrijving;
    /// let d = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert!(!Inschrijving::opgenomen(d)?.is_opgenomen_op(d.pred_opt().unwrap()));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn is_opgenomen_op(&self, datum: NaiveDate) -> bool {
        self.status_op(datum).is_opgenomen()
    }
}

/// A person's register status on a date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::Registerstatus;
/// let s = Registerstatus::Opgenomen { sinds: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() };
/// assert_eq!(s.to_string(), "opgenomen: 2020-01-01");
/// assert_eq!(serde_json::to_string(&s)?, r#"{"status":"opgenomen","sinds":"2020-01-01"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Registerstatus {
    /// Not (yet) registered.
    NietOpgenomen,
    /// Registered since the given day.
    Opgenomen {
        /// The day of the entry.
        sinds: NaiveDate,
    },
    /// The entry ended on the given day.
    Geeindigd {
        /// The first day no longer registered.
        op: NaiveDate,
    },
}

impl Registerstatus {
    /// Whether the person is registered.
    ///
    /// ```
    /// assert!(!participatiewet::banenafspraak::Registerstatus::NietOpgenomen.is_opgenomen());
    /// ```
    #[must_use]
    pub const fn is_opgenomen(self) -> bool {
        matches!(self, Self::Opgenomen { .. })
    }
}

impl fmt::Display for Registerstatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NietOpgenomen => f.write_str("niet_opgenomen"),
            Self::Opgenomen { sinds } => write!(f, "opgenomen: {sinds}"),
            Self::Geeindigd { op } => write!(f, "geeindigd: {op}"),
        }
    }
}
