//! Outflow from algemene bijstand (`uitstroom`) in the segment machine: the reason the
//! college recorded with the end of the bijstand, kept in the state that follows, so that
//! outflow per reason and year is counted from stored states
//! ([`uitstroom`](crate::bijstand::beeindiging::uitstroom)).

use super::toestand::{Reden, SegmentState, WHAT};
use crate::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
use crate::error::{Error, Text};

/// A recorded outflow only in a state the end of bijstand led to: any reason after
/// `uitstroom`, work after a job with loonkostensubsidie or in beschut werk.
pub(super) fn check(state: &SegmentState) -> Result<(), Error> {
    let recorded = match state {
        SegmentState::ZonderBijstand { uitstroom, .. } | SegmentState::Buiten { uitstroom, .. } => {
            *uitstroom
        }
        _ => None,
    };
    let past = match (state.reden(), recorded) {
        (_, None) | (Reden::BijstandBeeindigd, Some(_)) => true,
        (Reden::LksBaanGestart | Reden::BeschutWerkGeplaatst, Some(reden)) => {
            reden == Beeindigingsreden::Werk
        }
        _ => false,
    };
    if !past {
        return Err(Error::state(
            WHAT,
            Text::new(
                "een reden van uitstroom hoort alleen bij het einde van de bijstand",
                "a reason of outflow belongs only to the end of bijstand",
            ),
        ));
    }
    Ok(())
}

impl SegmentState {
    /// The end of algemene bijstand this state records with its reason: the event
    /// [`SegmentEvent::Uitstroom`](super::SegmentEvent::Uitstroom), or work when a job with
    /// loonkostensubsidie or in beschut werk ended the bijstand (`lks_baan_gestart`,
    /// `beschut_werk_geplaatst` from segment 1–3 or a client awaiting a diagnosis). The first
    /// day without bijstand is the state's `sinds`. `None` for every other state, including an
    /// end sent without a reason (`bijstand_beeindigd`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// use participatiewet::doelgroep::{Diagnose, LegalStatus, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState, Werkperspectief};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let ctx = Context::new(&params, &beleid);
    /// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand).met_diagnose(Diagnose::Oordeel(Werkperspectief::Direct));
    /// let state = SegmentState::start(&SegmentStart::feiten(feiten, d(2025, 1, 1))?, &ctx)?.state;
    /// let einde = Beeindiging::new(d(2026, 3, 1), Beeindigingsreden::Werk)?;
    /// let next = state.apply(&SegmentEvent::Uitstroom { beeindiging: einde, daarna: None }, &ctx)?.state;
    /// assert_eq!(next.uitstroom(), Some(einde));
    /// assert_eq!(serde_json::to_string(&next)?, r#"{"state":"buiten","sinds":"2026-03-01","reden":"bijstand_beeindigd","uitstroom":"werk"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn uitstroom(&self) -> Option<Beeindiging> {
        match *self {
            Self::ZonderBijstand {
                sinds,
                uitstroom: Some(reden),
                ..
            }
            | Self::Buiten {
                sinds,
                uitstroom: Some(reden),
                ..
            } => Beeindiging::new(sinds, reden).ok(),
            _ => None,
        }
    }
}
