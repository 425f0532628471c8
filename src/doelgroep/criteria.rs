//! The segment criteria (`segmentcriteria`): how a diagnosis maps to segment 1, 2 or 3.
//!
//! This is **municipal policy**, not law: no law defines the segments or their criteria. The
//! defaults follow the rung descriptions of the participatieladder and the working criterion
//! of the seeds' municipality (Zwolle council note, 2017: segment 2 is "can work for an
//! employer within a year with support"). A municipality sets its own in [`Beleid`]
//! (`segmentcriteria`), and every decision that applies them cites [`Beleid::citation`].
//!
//! [`Beleid`]: crate::Beleid
//! [`Beleid::citation`]: crate::Beleid::citation

use serde::{Deserialize, Serialize};

use super::diagnose::{Diagnose, Werkperspectief};
use crate::error::Error;

/// How a participatieladder rung or Zelfredzaamheid-Matrix scores place a bijstand client in
/// segment 1, 2 or 3 (municipal policy).
///
/// Participatieladder: rungs below `ladder_na_ondersteuning_vanaf` give segment 1, rungs from
/// `ladder_direct_vanaf` give segment 3, the rungs between give segment 2.
///
/// Zelfredzaamheid-Matrix: a domain scoring at most `zrm_probleem_tot_en_met` is a problem
/// domain; `zrm_beperkt_vanaf_probleemdomeinen` or more problem domains (multiple problems)
/// give segment 1; every domain scoring at least `zrm_direct_vanaf` gives segment 3;
/// everything else segment 2.
///
/// ```
/// use participatiewet::Segmentcriteria;
/// let c = Segmentcriteria::default();
/// assert_eq!((c.ladder_na_ondersteuning_vanaf, c.ladder_direct_vanaf), (3, 5));
/// assert_eq!(
///     (c.zrm_probleem_tot_en_met, c.zrm_beperkt_vanaf_probleemdomeinen, c.zrm_direct_vanaf),
///     (2, 3, 4)
/// );
/// assert!(c.validate().is_ok());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawSegmentcriteria")]
#[non_exhaustive]
pub struct Segmentcriteria {
    /// The lowest rung that gives segment 2 (default 3, organised activities: the person can
    /// take part in structured activity, so work is in reach with support).
    pub ladder_na_ondersteuning_vanaf: u8,
    /// The lowest rung that gives segment 3 (default 5, paid work with support: the person can
    /// do paid work now).
    pub ladder_direct_vanaf: u8,
    /// A Zelfredzaamheid-Matrix domain scoring at most this is a problem domain (default 2,
    /// "not self-reliant").
    pub zrm_probleem_tot_en_met: u8,
    /// This many problem domains or more are "multiple problems": segment 1 (default 3).
    pub zrm_beperkt_vanaf_probleemdomeinen: u8,
    /// Every domain scoring at least this gives segment 3 (default 4, "adequately self-reliant").
    pub zrm_direct_vanaf: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSegmentcriteria {
    ladder_na_ondersteuning_vanaf: u8,
    ladder_direct_vanaf: u8,
    zrm_probleem_tot_en_met: u8,
    zrm_beperkt_vanaf_probleemdomeinen: u8,
    zrm_direct_vanaf: u8,
}

impl TryFrom<RawSegmentcriteria> for Segmentcriteria {
    type Error = Error;
    fn try_from(raw: RawSegmentcriteria) -> Result<Self, Error> {
        let c = Segmentcriteria {
            ladder_na_ondersteuning_vanaf: raw.ladder_na_ondersteuning_vanaf,
            ladder_direct_vanaf: raw.ladder_direct_vanaf,
            zrm_probleem_tot_en_met: raw.zrm_probleem_tot_en_met,
            zrm_beperkt_vanaf_probleemdomeinen: raw.zrm_beperkt_vanaf_probleemdomeinen,
            zrm_direct_vanaf: raw.zrm_direct_vanaf,
        };
        c.validate()?;
        Ok(c)
    }
}

impl Default for Segmentcriteria {
    fn default() -> Self {
        Self {
            ladder_na_ondersteuning_vanaf: 3,
            ladder_direct_vanaf: 5,
            zrm_probleem_tot_en_met: 2,
            zrm_beperkt_vanaf_probleemdomeinen: 3,
            zrm_direct_vanaf: 4,
        }
    }
}

impl Segmentcriteria {
    /// Checks that the thresholds are in range and ordered: rungs `2 <= na_ondersteuning <=
    /// direct <= 6`, ZRM problem bound 1 to 4 and below the segment-3 bound (2 to 5), and 1 to
    /// 13 problem domains.
    ///
    /// ```
    /// let mut c = participatiewet::Segmentcriteria::default();
    /// c.ladder_direct_vanaf = 2; // below the segment-2 threshold
    /// assert!(c.validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        range(
            "ladder_na_ondersteuning_vanaf",
            self.ladder_na_ondersteuning_vanaf,
            2,
            6,
        )?;
        range(
            "ladder_direct_vanaf",
            self.ladder_direct_vanaf,
            self.ladder_na_ondersteuning_vanaf,
            6,
        )?;
        range(
            "zrm_probleem_tot_en_met",
            self.zrm_probleem_tot_en_met,
            1,
            4,
        )?;
        range(
            "zrm_direct_vanaf",
            self.zrm_direct_vanaf,
            self.zrm_probleem_tot_en_met.saturating_add(1),
            5,
        )?;
        range(
            "zrm_beperkt_vanaf_probleemdomeinen",
            self.zrm_beperkt_vanaf_probleemdomeinen,
            1,
            13,
        )
    }

    /// The perspective on work that `diagnose` establishes under these criteria.
    ///
    /// ```
    /// use participatiewet::{Diagnose, Segmentcriteria, Trede, Werkperspectief};
    /// let c = Segmentcriteria::default();
    /// assert_eq!(c.werkperspectief(&Diagnose::Participatieladder(Trede::new(2)?)), Werkperspectief::Beperkt);
    /// assert_eq!(c.werkperspectief(&Diagnose::Participatieladder(Trede::new(3)?)), Werkperspectief::NaOndersteuning);
    /// assert_eq!(c.werkperspectief(&Diagnose::Participatieladder(Trede::new(5)?)), Werkperspectief::Direct);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn werkperspectief(&self, diagnose: &Diagnose) -> Werkperspectief {
        match diagnose {
            Diagnose::Participatieladder(trede) => {
                if trede.value() >= self.ladder_direct_vanaf {
                    Werkperspectief::Direct
                } else if trede.value() >= self.ladder_na_ondersteuning_vanaf {
                    Werkperspectief::NaOndersteuning
                } else {
                    Werkperspectief::Beperkt
                }
            }
            Diagnose::Zelfredzaamheidsmatrix(zrm) => {
                if zrm.count_at_most(self.zrm_probleem_tot_en_met)
                    >= self.zrm_beperkt_vanaf_probleemdomeinen
                {
                    Werkperspectief::Beperkt
                } else if zrm.lowest() >= self.zrm_direct_vanaf {
                    Werkperspectief::Direct
                } else {
                    Werkperspectief::NaOndersteuning
                }
            }
            Diagnose::Oordeel(perspectief) => *perspectief,
        }
    }
}

fn range(field: &'static str, value: u8, min: u8, max: u8) -> Result<(), Error> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            field: std::borrow::Cow::Borrowed(field),
            value: value.to_string(),
            min: min.to_string(),
            max: max.to_string(),
        })
    }
}
