//! The segment criteria (`segmentcriteria`): how a diagnosis maps to segment 1, 2 or 3, and
//! when a diagnosis is measured again.
//!
//! This is **municipal policy**, not law: no law defines the segments or their criteria. The
//! defaults follow the rung descriptions of the participatieladder and a municipality's working
//! criterion (segment 2 is "can work for an employer within a year with support"). A
//! municipality sets its own in [`Beleid`] (`segmentcriteria`), and every decision that applies
//! them cites [`Beleid::citation`].
//!
//! [`Beleid`]: crate::Beleid
//! [`Beleid::citation`]: crate::Beleid::citation

use serde::{Deserialize, Serialize};

use super::diagnose::{Diagnose, Werkperspectief};
use crate::error::Error;
use crate::wire::Validate;

/// How a participatieladder rung or Zelfredzaamheid-Matrix scores place a bijstand client in
/// segment 1, 2 or 3, and after how many months a diagnosis is measured again (municipal
/// policy).
///
/// Participatieladder: rungs below `ladder_na_ondersteuning_vanaf` give segment 1, rungs from
/// `ladder_direct_vanaf` give segment 3, the rungs between give segment 2.
///
/// Zelfredzaamheid-Matrix: a domain scoring at most `zrm_probleem_tot_en_met` is a problem
/// domain; `zrm_beperkt_vanaf_probleemdomeinen` or more problem domains (multiple problems)
/// give segment 1; every domain scoring at least `zrm_direct_vanaf` gives segment 3;
/// everything else segment 2.
///
/// Built with [`Segmentcriteria::builder`] (one named setter per threshold, checked once in
/// [`build`](SegmentcriteriaBuilder::build)); read from JSON through the same check, unknown
/// fields refused. `herdiagnose_maanden` is `null` when the municipality sets no term.
///
/// ```
/// use participatiewet::doelgroep::Segmentcriteria;
/// let c = Segmentcriteria::default();
/// assert_eq!((c.ladder_na_ondersteuning_vanaf(), c.ladder_direct_vanaf()), (3, 5));
/// assert_eq!(c.herdiagnose_maanden(), None);
/// let eigen = Segmentcriteria::builder().ladder_direct_vanaf(4).herdiagnose_maanden(12).build()?;
/// assert_eq!(eigen.ladder_direct_vanaf(), 4);
/// assert!(Segmentcriteria::builder().ladder_direct_vanaf(2).build().is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Segmentcriteria {
    ladder_na_ondersteuning_vanaf: u8,
    ladder_direct_vanaf: u8,
    zrm_probleem_tot_en_met: u8,
    zrm_beperkt_vanaf_probleemdomeinen: u8,
    zrm_direct_vanaf: u8,
    herdiagnose_maanden: Option<u8>,
}

crate::wire::validated_serde!(Segmentcriteria);

/// The defaults: segment 2 from rung 3 (organised activities: work is in reach with
/// support), segment 3 from rung 5 (paid work with support); ZRM problem domains score at most
/// 2 ("not self-reliant"), 3 of them are multiple problems, segment 3 when every domain scores
/// at least 4 ("adequately self-reliant"); no re-measurement term.
impl Default for Segmentcriteria {
    fn default() -> Self {
        Self {
            ladder_na_ondersteuning_vanaf: 3,
            ladder_direct_vanaf: 5,
            zrm_probleem_tot_en_met: 2,
            zrm_beperkt_vanaf_probleemdomeinen: 3,
            zrm_direct_vanaf: 4,
            herdiagnose_maanden: None,
        }
    }
}

/// The ranges and the order of the thresholds: rungs `2 <= na_ondersteuning <= direct <= 6`,
/// a ZRM problem bound of 1 to 4 below the segment-3 bound (at most 5), 1 to 13 problem
/// domains, and a re-measurement term of 1 to 60 months.
impl Validate for Segmentcriteria {
    fn validate(&self) -> Result<(), Error> {
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
        )?;
        if let Some(maanden) = self.herdiagnose_maanden {
            range("herdiagnose_maanden", maanden, 1, 60)?;
        }
        Ok(())
    }
}

impl Segmentcriteria {
    /// A builder starting from the defaults.
    ///
    /// ```
    /// let c = participatiewet::doelgroep::Segmentcriteria::builder().zrm_direct_vanaf(5).build()?;
    /// assert_eq!(c.zrm_direct_vanaf(), 5);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn builder() -> SegmentcriteriaBuilder {
        SegmentcriteriaBuilder(Self::default())
    }

    /// The lowest rung that gives segment 2.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().ladder_na_ondersteuning_vanaf(), 3);
    /// ```
    #[must_use]
    pub const fn ladder_na_ondersteuning_vanaf(&self) -> u8 {
        self.ladder_na_ondersteuning_vanaf
    }

    /// The lowest rung that gives segment 3.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().ladder_direct_vanaf(), 5);
    /// ```
    #[must_use]
    pub const fn ladder_direct_vanaf(&self) -> u8 {
        self.ladder_direct_vanaf
    }

    /// A ZRM domain scoring at most this is a problem domain.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().zrm_probleem_tot_en_met(), 2);
    /// ```
    #[must_use]
    pub const fn zrm_probleem_tot_en_met(&self) -> u8 {
        self.zrm_probleem_tot_en_met
    }

    /// This many problem domains or more give segment 1.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().zrm_beperkt_vanaf_probleemdomeinen(), 3);
    /// ```
    #[must_use]
    pub const fn zrm_beperkt_vanaf_probleemdomeinen(&self) -> u8 {
        self.zrm_beperkt_vanaf_probleemdomeinen
    }

    /// Every domain scoring at least this gives segment 3.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().zrm_direct_vanaf(), 4);
    /// ```
    #[must_use]
    pub const fn zrm_direct_vanaf(&self) -> u8 {
        self.zrm_direct_vanaf
    }

    /// After how many months a diagnosis is measured again, if the municipality sets a term.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Segmentcriteria::default().herdiagnose_maanden(), None);
    /// ```
    #[must_use]
    pub const fn herdiagnose_maanden(&self) -> Option<u8> {
        self.herdiagnose_maanden
    }

    /// The perspective on work that `diagnose` establishes under these criteria.
    ///
    /// ```
    /// use participatiewet::doelgroep::{Diagnose, Segmentcriteria, Trede, Werkperspectief};
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

/// A validating builder of [`Segmentcriteria`]: one named setter per threshold, so no two
/// numbers can be swapped unnoticed; [`build`](Self::build) checks them once.
///
/// ```
/// use participatiewet::doelgroep::Segmentcriteria;
/// let c = Segmentcriteria::builder()
///     .ladder_na_ondersteuning_vanaf(2)
///     .ladder_direct_vanaf(4)
///     .zrm_probleem_tot_en_met(1)
///     .zrm_beperkt_vanaf_probleemdomeinen(2)
///     .build()?;
/// assert_eq!(c.zrm_beperkt_vanaf_probleemdomeinen(), 2);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct SegmentcriteriaBuilder(Segmentcriteria);

impl SegmentcriteriaBuilder {
    /// The lowest rung that gives segment 2 (2 to 6).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().ladder_na_ondersteuning_vanaf(4);
    /// assert_eq!(b.build()?.ladder_na_ondersteuning_vanaf(), 4);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub const fn ladder_na_ondersteuning_vanaf(mut self, trede: u8) -> Self {
        self.0.ladder_na_ondersteuning_vanaf = trede;
        self
    }

    /// The lowest rung that gives segment 3 (from the segment-2 rung to 6).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().ladder_direct_vanaf(6);
    /// assert_eq!(b.build()?.ladder_direct_vanaf(), 6);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub const fn ladder_direct_vanaf(mut self, trede: u8) -> Self {
        self.0.ladder_direct_vanaf = trede;
        self
    }

    /// The highest ZRM score of a problem domain (1 to 4).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().zrm_probleem_tot_en_met(1);
    /// assert_eq!(b.build()?.zrm_probleem_tot_en_met(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub const fn zrm_probleem_tot_en_met(mut self, score: u8) -> Self {
        self.0.zrm_probleem_tot_en_met = score;
        self
    }

    /// How many problem domains give segment 1 (1 to 13).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().zrm_beperkt_vanaf_probleemdomeinen(14);
    /// assert!(b.build().is_err());
    /// ```
    pub const fn zrm_beperkt_vanaf_probleemdomeinen(mut self, domeinen: u8) -> Self {
        self.0.zrm_beperkt_vanaf_probleemdomeinen = domeinen;
        self
    }

    /// The lowest ZRM score of every domain that gives segment 3 (above the problem bound, at
    /// most 5).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().zrm_direct_vanaf(2);
    /// assert!(b.build().is_err());
    /// ```
    pub const fn zrm_direct_vanaf(mut self, score: u8) -> Self {
        self.0.zrm_direct_vanaf = score;
        self
    }

    /// The re-measurement term in months (1 to 60).
    ///
    /// ```
    /// let b = participatiewet::doelgroep::Segmentcriteria::builder().herdiagnose_maanden(0);
    /// assert!(b.build().is_err());
    /// ```
    pub const fn herdiagnose_maanden(mut self, maanden: u8) -> Self {
        self.0.herdiagnose_maanden = Some(maanden);
        self
    }

    /// The criteria, checked.
    ///
    /// ```
    /// assert!(participatiewet::doelgroep::Segmentcriteria::builder().build().is_ok());
    /// ```
    pub fn build(self) -> Result<Segmentcriteria, Error> {
        self.0.validate()?;
        Ok(self.0)
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
