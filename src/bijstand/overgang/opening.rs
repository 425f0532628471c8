//! What the hand-over starts from ([`Opening`]): the dossier and the day it was opened.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Dossier;
use crate::date::checked;
use crate::error::{Error, Text};
use crate::wire::Validate;

/// What the hand-over starts from: the dossier and the day the municipality opened it.
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
/// # let dossier = Dossier::builder().geboortedatum(d(1997, 2, 15)).huishouden(Huishouden::alleenstaande())
/// #     .ww_eerste_dag(d(2023, 8, 21)).ww_laatste_dag(d(2025, 7, 26))
/// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
/// use participatiewet::bijstand::Opening;
/// assert_eq!(Opening::new(dossier, d(2025, 5, 1))?.sinds(), d(2025, 5, 1));
/// // a dossier opened before the person was born is refused
/// assert_eq!(Opening::new(dossier, d(1956, 8, 26)).unwrap_err().field(), Some("sinds"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Opening {
    dossier: Dossier,
    sinds: NaiveDate,
}
crate::wire::validated_serde!(Opening);

impl Opening {
    /// The dossier, opened on `sinds`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// let opening = participatiewet::bijstand::Opening::new(dossier, d(2025, 12, 1))?;
    /// assert_eq!(opening.dossier(), &dossier);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(dossier: Dossier, sinds: NaiveDate) -> Result<Self, Error> {
        let opening = Self { dossier, sinds };
        opening.validate()?;
        Ok(opening)
    }

    /// The facts.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// let opening = participatiewet::bijstand::Opening::new(dossier, d(2025, 12, 1))?;
    /// assert_eq!(opening.dossier().geboortedatum(), d(2001, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn dossier(&self) -> &Dossier {
        &self.dossier
    }

    /// The day the municipality opened the dossier.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// let opening = participatiewet::bijstand::Opening::new(dossier, d(2025, 12, 1))?;
    /// assert_eq!(opening.sinds(), d(2025, 12, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn sinds(&self) -> NaiveDate {
        self.sinds
    }
}

impl Validate for Opening {
    /// The dossier's invariants, and `sinds` in range and not before the birth date.
    fn validate(&self) -> Result<(), Error> {
        self.dossier.validate()?;
        niet_voor_geboorte(&self.dossier, self.sinds, "sinds")
    }
}

/// `date` in range and not before the person's birth date, else an error about `field`.
pub(crate) fn niet_voor_geboorte(
    dossier: &Dossier,
    date: NaiveDate,
    field: &'static str,
) -> Result<(), Error> {
    checked(date, field)?;
    if date < dossier.geboortedatum() {
        return Err(Error::facts(
            field,
            Text::new(
                "deze datum ligt vóór de geboortedatum",
                "this date is before the birth date",
            ),
        ));
    }
    Ok(())
}
