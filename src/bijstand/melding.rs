//! The melding, the search period for people under 27 (`zoektermijn`, art. 41 lid 4) and the
//! start date of bijstand (art. 44).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::{add_days, age_on};
use crate::error::Error;

/// The age below which the search period and the early melding apply (art. 41 lid 4 and 6),
/// and the youth exclusion of art. 13 lid 2: 27.
pub const JONGEREN_TOT: u32 = 27;

/// The search period is four weeks from the melding (art. 41 lid 4).
pub const ZOEKTERMIJN_DAGEN: i64 = 28;

const ART_41_LID_4: Citation = Citation::article(Regulation::Participatiewet, "41").lid(4);

/// The search period of an application that concerns only people under 27 (art. 41 lid 4):
/// the application is not submitted and not taken up before four weeks after the melding.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::Zoektermijn;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // 26 on the melding: a search period; 27: none
/// let z = Zoektermijn::bij_melding(d(2026, 3, 2), d(1999, 6, 1), None, false)?.unwrap();
/// assert_eq!(z.einde, d(2026, 3, 30));
/// assert!(Zoektermijn::bij_melding(d(2026, 3, 2), d(1999, 3, 1), None, false)?.is_none());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Zoektermijn {
    /// The melding.
    pub melding: NaiveDate,
    /// The first day the application may be submitted: four weeks after the melding.
    pub einde: NaiveDate,
}

impl Zoektermijn {
    /// The search period after a melding on `melding`, if the application concerns only people
    /// under 27 (the applicant, and the spouse if any) and no exception applies
    /// (`uitzondering`: within a year after leaving pro/vso, doelgroep loonkostensubsidie,
    /// medically limited hours; art. 41 lid 4).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::Zoektermijn;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// // a couple of 24 and 25: both under 27, so the search period applies
    /// let z = Zoektermijn::bij_melding(d(2026, 3, 2), d(2001, 1, 1), Some(d(2000, 6, 1)), false)?;
    /// assert_eq!(z.map(|z| z.einde), Some(d(2026, 3, 30)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn bij_melding(
        melding: NaiveDate,
        geboortedatum: NaiveDate,
        partner: Option<NaiveDate>,
        uitzondering: bool,
    ) -> Result<Option<Self>, Error> {
        if uitzondering {
            return Ok(None);
        }
        let allemaal = allen_onder_27(geboortedatum, partner, melding)?;
        if !allemaal {
            return Ok(None);
        }
        Ok(Some(Self {
            melding,
            einde: add_days(melding, ZOEKTERMIJN_DAGEN)?,
        }))
    }

    /// The legal basis.
    ///
    /// ```
    /// use participatiewet::bijstand::Zoektermijn;
    /// assert_eq!(Zoektermijn::citation().to_string(), "Participatiewet art. 41 lid 4");
    /// ```
    #[must_use]
    pub const fn citation() -> Citation {
        ART_41_LID_4
    }
}

/// Whether the person, and the spouse if any, are under 27 on `datum`: the group the search
/// period and the early melding concern (art. 41 lid 4 and 6).
pub(crate) fn allen_onder_27(
    geboortedatum: NaiveDate,
    partner: Option<NaiveDate>,
    datum: NaiveDate,
) -> Result<bool, Error> {
    let onder_27 = |born: NaiveDate| -> Result<bool, Error> {
        Ok(born > datum || age_on(born, datum)? < JONGEREN_TOT)
    };
    Ok(onder_27(geboortedatum)? && partner.map_or(Ok(true), onder_27)?)
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
/// day after WW ends), but not before the day of the melding.
///
/// The search period of art. 41 lid 4 delays the *application* (not submitted, not taken up
/// before four weeks after the melding); it does not move the start date: with a right, a young
/// person's bijstand still starts on the day the right arose, from the melding on. A culpably
/// late application may count from the day it was submitted (art. 44 lid 3): that is the
/// college's decision, see [`Besluit::Bijstand`](super::Besluit::Bijstand).
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
