//! A banenafspraak job in the segment machine (`banenafspraak`): a person in the
//! doelgroepregister (Wfsv art. 38b, kept by UWV under art. 38d) placed on a
//! [`Baan`](crate::banenafspraak::Baan), recorded in the state so that a service counts the
//! jobs per segment. The job does not move the segment: see the module docs of
//! [`doelgroep`](super).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::gebeurtenis::SegmentEvent;
use super::gronden;
use super::toestand::SegmentState;
use crate::banenafspraak::{Baan, Grond};
use crate::beleid::Beleid;
use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text, TransitionError};
use crate::procedure::{Effect, Procedure, Transition};
use crate::wire::Validate;

/// Wfsv art. 38b: who counts for the banenafspraak (the doelgroep) and which hours count.
pub const BANENAFSPRAAK_DOELGROEP: &Citation = &Citation::article(Regulation::Wfsv, "38b");
/// Wfsv art. 38d lid 1: the register of arbeidsbeperkten that UWV keeps.
pub const DOELGROEPREGISTER: &Citation = &Citation::article(Regulation::Wfsv, "38d").lid(1);

/// A banenafspraak job recorded in a segment state: counted in this state from `vanaf` (the
/// job's start, or the start of a later state the job ran into), the job, and the ground of
/// art. 38b on which its person is in the register (from
/// [`beoordeel`](crate::banenafspraak::beoordeel)`(..).decision()`).
///
/// Invariants ([`Validate`], also run when reading JSON, which refuses unknown fields): the job
/// runs on `vanaf` and its person is registered on that day.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Hours;
/// use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
/// use participatiewet::doelgroep::BanenafspraakPlaatsing;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let baan = Baan::new(Sector::NietOverheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d(2026, 1, 1))?
///     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?);
/// let p = BanenafspraakPlaatsing::new(d(2026, 1, 1), baan, Grond::Lid1A)?;
/// assert_eq!(p.vanaf(), d(2026, 1, 1));
/// assert_eq!(p.grond(), Grond::Lid1A);
/// // not yet registered on the day it would count from
/// assert!(BanenafspraakPlaatsing::new(d(2025, 11, 2), baan, Grond::Lid1A).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct BanenafspraakPlaatsing {
    vanaf: NaiveDate,
    baan: Baan,
    grond: Grond,
}

crate::wire::validated_serde!(BanenafspraakPlaatsing);

impl Validate for BanenafspraakPlaatsing {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.vanaf, "vanaf")?;
        self.baan.validate()?;
        if !self.baan.loopt_op(self.vanaf) {
            return Err(Error::facts(
                "vanaf",
                Text::new(
                    "de baan loopt niet op de dag vanaf wanneer zij meetelt",
                    "the job does not run on the day it counts from",
                ),
            ));
        }
        if !self.baan.telt_op(self.vanaf) {
            return Err(Error::facts(
                "inschrijving",
                Text::new(
                    "de werknemer staat bij het begin van de baan niet in het doelgroepregister",
                    "the employee is not in the doelgroepregister when the job starts",
                ),
            ));
        }
        Ok(())
    }
}

impl BanenafspraakPlaatsing {
    /// The job `baan` counted from `vanaf`, its person registered on ground `grond`; errors
    /// when the job does not run on `vanaf` or its person is not registered on that day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Hours;
    /// use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Sector};
    /// use participatiewet::doelgroep::BanenafspraakPlaatsing;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let zonder_inschrijving = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d)?;
    /// assert!(BanenafspraakPlaatsing::new(d, zonder_inschrijving, Grond::Lid1C).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(vanaf: NaiveDate, baan: Baan, grond: Grond) -> Result<Self, Error> {
        let p = Self { vanaf, baan, grond };
        p.validate()?;
        Ok(p)
    }

    /// The first day the job counts in this state.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::Hours;
    /// # use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    /// # use participatiewet::doelgroep::BanenafspraakPlaatsing;
    /// # let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// # let baan = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d)?.inschrijving(Inschrijving::opgenomen(d)?);
    /// assert_eq!(BanenafspraakPlaatsing::new(d, baan, Grond::Lid1C)?.vanaf(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vanaf(&self) -> NaiveDate {
        self.vanaf
    }

    /// The job (to count with [`tel`](crate::banenafspraak::tel)).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::Hours;
    /// # use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    /// # use participatiewet::doelgroep::BanenafspraakPlaatsing;
    /// # let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// # let baan = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d)?.inschrijving(Inschrijving::opgenomen(d)?);
    /// assert_eq!(BanenafspraakPlaatsing::new(d, baan, Grond::Lid1C)?.baan(), baan);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn baan(&self) -> Baan {
        self.baan
    }

    /// The ground of art. 38b on which the person is in the register.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::Hours;
    /// # use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    /// # use participatiewet::doelgroep::BanenafspraakPlaatsing;
    /// # let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// # let baan = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d)?.inschrijving(Inschrijving::opgenomen(d)?);
    /// assert_eq!(BanenafspraakPlaatsing::new(d, baan, Grond::Lid1C)?.grond(), Grond::Lid1C);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn grond(&self) -> Grond {
        self.grond
    }

    /// The same job counted in a state that begins on `sinds`: from the later of its own
    /// `vanaf` and `sinds`, or `None` when it no longer counts on that day (ended, or the
    /// person left the register).
    pub(super) fn in_toestand_vanaf(self, sinds: NaiveDate) -> Option<Self> {
        Self::new(self.vanaf.max(sinds), self.baan, self.grond).ok()
    }
}

/// The placement of a state, if any, checked against the state's own date.
pub(super) fn check(
    sinds: NaiveDate,
    plaatsing: Option<&BanenafspraakPlaatsing>,
) -> Result<(), Error> {
    if let Some(p) = plaatsing {
        p.validate()?;
        if p.vanaf < sinds {
            return Err(Error::state(
                super::toestand::WHAT,
                Text::new(
                    "de banenafspraakbaan telt mee vóór het begin van de toestand",
                    "the banenafspraak job counts from before the state began",
                ),
            ));
        }
    }
    Ok(())
}

impl SegmentState {
    /// The banenafspraak job recorded in this state (event
    /// [`SegmentEvent::BanenafspraakGeplaatst`](super::SegmentEvent::BanenafspraakGeplaatst)),
    /// if any: only segment 0, a bijstand client awaiting a diagnosis, and segments 1–3 hold
    /// one. A state that follows keeps the job while it still counts, from the new state's
    /// start.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Hours, Parameters, Procedure};
    /// use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    /// use participatiewet::doelgroep::{LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let ctx = Context::new(&params, &beleid);
    /// let s = SegmentState::start(&SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2026, 1, 1))?, &ctx)?.state;
    /// let baan = Baan::new(Sector::NietOverheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d(2026, 2, 1))?
    ///     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?);
    /// let s = s.apply(&SegmentEvent::BanenafspraakGeplaatst { datum: d(2026, 2, 1), baan, grond: Grond::Lid1A }, &ctx)?.state;
    /// assert_eq!(s.segment(), Some(Segment::S0)); // the job does not move the segment
    /// assert_eq!(s.banenafspraak().map(|p| p.vanaf()), Some(d(2026, 2, 1)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn banenafspraak(&self) -> Option<BanenafspraakPlaatsing> {
        match *self {
            Self::ZonderBijstand { banenafspraak, .. }
            | Self::DiagnoseNodig { banenafspraak, .. }
            | Self::Bijstand { banenafspraak, .. } => banenafspraak,
            _ => None,
        }
    }

    /// Whether this state can hold a banenafspraak job.
    pub(super) const fn kan_banenafspraak(&self) -> bool {
        matches!(
            self,
            Self::ZonderBijstand { .. } | Self::DiagnoseNodig { .. } | Self::Bijstand { .. }
        )
    }

    /// This state holding `plaatsing` (from its own start on, while it still counts); a state
    /// that cannot hold one is returned as it is.
    pub(super) fn met_banenafspraak(mut self, plaatsing: Option<BanenafspraakPlaatsing>) -> Self {
        let sinds = self.sinds();
        let nieuw = plaatsing.and_then(|p| p.in_toestand_vanaf(sinds));
        match &mut self {
            Self::ZonderBijstand { banenafspraak, .. }
            | Self::DiagnoseNodig { banenafspraak, .. }
            | Self::Bijstand { banenafspraak, .. } => *banenafspraak = nieuw,
            _ => {}
        }
        self
    }
}

impl SegmentState {
    /// The transition of [`SegmentEvent::BanenafspraakGeplaatst`]: the job recorded, the
    /// segment unchanged.
    pub(super) fn plaats_banenafspraak(
        &self,
        event: &SegmentEvent,
        datum: NaiveDate,
        baan: Baan,
        grond: Grond,
        beleid: &Beleid,
    ) -> Result<Transition<Self>, TransitionError> {
        let refuse = |nl, en, citation| {
            TransitionError::new(self.tag(), event.tag(), Text::new(nl, en)).citing(citation)
        };
        if !self.kan_banenafspraak() {
            return Err(refuse(
                "een banenafspraakbaan wordt alleen vastgelegd in segment 0 tot en met 3 of \
                 bij bijstand in afwachting van een diagnose",
                "a banenafspraak job is recorded only in segments 0 to 3 or with bijstand \
                 awaiting a diagnosis",
                BANENAFSPRAAK_DOELGROEP,
            ));
        }
        if datum < self.laatste_datum() {
            return Err(refuse(
                "de baan telt mee vanaf een dag vóór de datum van de huidige toestand",
                "the job counts from a day before the state's own date",
                BANENAFSPRAAK_DOELGROEP,
            ));
        }
        if self.banenafspraak().is_some() {
            return Err(refuse(
                "er is al een banenafspraakbaan vastgelegd",
                "a banenafspraak job is already recorded",
                BANENAFSPRAAK_DOELGROEP,
            ));
        }
        if !baan.loopt_op(datum) {
            return Err(refuse(
                "de baan loopt niet op de dag vanaf wanneer zij meetelt",
                "the job does not run on the day it counts from",
                BANENAFSPRAAK_DOELGROEP,
            ));
        }
        if !baan.telt_op(datum) {
            return Err(refuse(
                "de werknemer staat bij het begin van de baan niet in het doelgroepregister",
                "the employee is not in the doelgroepregister when the job starts",
                DOELGROEPREGISTER,
            ));
        }
        let plaatsing = BanenafspraakPlaatsing::new(datum, baan, grond)
            .map_err(|err| TransitionError::from_error(self.tag(), event.tag(), &err))?;
        let next = self.clone().met_banenafspraak(Some(plaatsing));
        if let Err(err) = next.validate() {
            return Err(TransitionError::from_error(self.tag(), event.tag(), &err));
        }
        let mut effects = Vec::with_capacity(2);
        effects.push(Effect::new(
            &gronden::BANENAFSPRAAK_GEPLAATST,
            datum,
            BANENAFSPRAAK_DOELGROEP,
        ));
        effects.extend(next.state_effects(beleid));
        Ok(Transition::new(next, effects))
    }
}
