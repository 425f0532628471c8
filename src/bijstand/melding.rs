//! The melding, the search period for people under 27 (`zoektermijn`, art. 41 lid 4) and the
//! start date of bijstand (art. 44).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Dossier;
use crate::citation::{Citation, Regulation};
use crate::date::{add_days, checked};
use crate::error::{Error, Text};
use crate::wire::Validate;

/// The age below which the search period and the early melding apply (art. 41 lid 4 and 6),
/// and the youth exclusion of art. 13 lid 2: 27.
pub const JONGEREN_TOT: u32 = 27;

/// The search period is four weeks from the melding (art. 41 lid 4).
pub const ZOEKTERMIJN_DAGEN: i64 = 28;

pub(crate) const ART_41_LID_4: &Citation =
    &Citation::article(Regulation::Participatiewet, "41").lid(4);

/// The search period of an application that concerns only people under 27 (art. 41 lid 4):
/// the application is not submitted and not taken up before four weeks after the melding.
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
/// # let dossier = |born| Dossier::builder().geboortedatum(born).huishouden(Huishouden::alleenstaande())
/// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
/// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build();
/// use participatiewet::bijstand::Zoektermijn;
/// // 26 on the melding: a search period until 29 March, the application from 30 March
/// let z = Zoektermijn::bij_melding(&dossier(d(1999, 6, 1))?, d(2026, 3, 2)).unwrap();
/// assert_eq!((z.laatste_dag(), z.einde()), (d(2026, 3, 29), d(2026, 3, 30)));
/// // 27 on the melding: none
/// assert!(Zoektermijn::bij_melding(&dossier(d(1999, 3, 1))?, d(2026, 3, 2)).is_none());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Zoektermijn {
    melding: NaiveDate,
    einde: NaiveDate,
}
crate::wire::validated_serde!(Zoektermijn);

impl Zoektermijn {
    /// The search period after a melding on `melding`, if the application concerns only people
    /// under 27 on that day (the person, and the spouse of a couple) and no exception of art.
    /// 41 lid 4 applies ([`ZoektermijnUitzondering`](super::ZoektermijnUitzondering)).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use participatiewet::bijstand::{Dossier, Huishouden, Zoektermijn, ZoektermijnUitzondering};
    /// // a couple of 25 and 26: both under 27, so the search period applies
    /// let dossier = Dossier::builder().geboortedatum(d(2001, 1, 1)).huishouden(Huishouden::gehuwden(d(2000, 6, 1))?)
    ///     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    ///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(Zoektermijn::bij_melding(&dossier, d(2026, 3, 2)).map(|z| z.einde()), Some(d(2026, 3, 30)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn bij_melding(dossier: &Dossier, melding: NaiveDate) -> Option<Self> {
        if dossier.zoektermijn_uitzondering().is_uitzondering() || !dossier.onder_27(melding) {
            return None;
        }
        let einde =
            melding.checked_add_days(chrono::Days::new(ZOEKTERMIJN_DAGEN.unsigned_abs()))?;
        Some(Self { melding, einde })
    }

    /// The melding the period runs from.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let z: participatiewet::bijstand::Zoektermijn =
    ///     serde_json::from_str(r#"{"melding":"2026-03-02","einde":"2026-03-30"}"#)?;
    /// assert_eq!(z.melding(), d(2026, 3, 2));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub const fn melding(&self) -> NaiveDate {
        self.melding
    }

    /// The first day the application may be submitted: four weeks after the melding.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let z: participatiewet::bijstand::Zoektermijn =
    ///     serde_json::from_str(r#"{"melding":"2026-03-02","einde":"2026-03-30"}"#)?;
    /// assert_eq!(z.einde(), d(2026, 3, 30));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub const fn einde(&self) -> NaiveDate {
        self.einde
    }

    /// The last day of the search period: the day before [`einde`](Self::einde).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let z: participatiewet::bijstand::Zoektermijn =
    ///     serde_json::from_str(r#"{"melding":"2026-03-02","einde":"2026-03-30"}"#)?;
    /// assert_eq!(z.laatste_dag(), d(2026, 3, 29));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn laatste_dag(&self) -> NaiveDate {
        // einde is four weeks after the melding (validate), so the day before exists.
        self.einde.pred_opt().unwrap_or(self.melding)
    }

    /// The legal basis.
    ///
    /// ```
    /// use participatiewet::bijstand::Zoektermijn;
    /// assert_eq!(Zoektermijn::citation().to_string(), "Participatiewet art. 41 lid 4");
    /// ```
    #[must_use]
    pub const fn citation() -> &'static Citation {
        ART_41_LID_4
    }
}

impl Validate for Zoektermijn {
    /// Both dates in range, the end four weeks after the melding.
    fn validate(&self) -> Result<(), Error> {
        checked(self.melding, "melding")?;
        checked(self.einde, "einde")?;
        if add_days(self.melding, ZOEKTERMIJN_DAGEN)? != self.einde {
            return Err(Error::facts(
                "einde",
                Text::new(
                    "de zoektermijn eindigt vier weken na de melding",
                    "the search period ends four weeks after the melding",
                ),
            ));
        }
        Ok(())
    }
}

impl fmt::Display for Zoektermijn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "zoektermijn {} t/m {}", self.melding, self.laatste_dag())
    }
}

/// The earliest melding for a person under 27 whose WW ends: four weeks before the WW ends
/// (art. 41 lid 6). `ww_dag_na_einde` is the first day without WW.
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(participatiewet::bijstand::vroegste_melding(d(2026, 4, 1))?, d(2026, 3, 4));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn vroegste_melding(ww_dag_na_einde: NaiveDate) -> Result<NaiveDate, Error> {
    add_days(ww_dag_na_einde, -ZOEKTERMIJN_DAGEN)
}

/// The start date of bijstand (art. 44 lid 1): the day the right arose (`recht_vanaf`, e.g. the
/// day after WW ends), but not before the day of the melding. The two dates play symmetric
/// parts (the later one counts), so they cannot be swapped by mistake.
///
/// The search period of art. 41 lid 4 delays the *application* (not submitted, not taken up
/// before four weeks after the melding); it does not move the start date: with a right, a young
/// person's bijstand still starts on the day the right arose, from the melding on. A culpably
/// late application may count from the day it was submitted (art. 44 lid 3): that is the
/// college's decision, see [`Besluit::bijstand_vanaf_aanvraag`](super::Besluit::bijstand_vanaf_aanvraag).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::ingangsdatum;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // WW ends 2026-03-31: the right arises 2026-04-01; a melding on 2026-03-20 does not delay it
/// assert_eq!(ingangsdatum(d(2026, 4, 1), d(2026, 3, 20)), d(2026, 4, 1));
/// // a melding only on 2026-04-10: bijstand from the melding
/// assert_eq!(ingangsdatum(d(2026, 4, 1), d(2026, 4, 10)), d(2026, 4, 10));
/// ```
#[must_use]
pub fn ingangsdatum(recht_vanaf: NaiveDate, melding: NaiveDate) -> NaiveDate {
    recht_vanaf.max(melding)
}
