//! What moves the segment machine (`gebeurtenis`): the facts it starts from
//! ([`SegmentStart`]) and the dated events ([`SegmentEvent`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::classificatie::SegmentFeiten;
use super::diagnose::Diagnose;
use super::status::LegalStatus;
use crate::banenafspraak::{Baan, Grond};
use crate::bijstand::beeindiging::Beeindiging;
use crate::error::Error;
use crate::wire::Validate;

/// What the segment machine starts from: a person's facts on a date, or a person outside
/// every segment (for example a WW recipient the municipality follows before the WW ends).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::doelgroep::{LegalStatus, SegmentFeiten, SegmentStart};
/// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
/// let start = SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Anw), d)?;
/// assert_eq!(start.datum(), d);
/// assert_eq!(
///     serde_json::to_string(&start).unwrap(),
///     r#"{"start":"feiten","datum":"2025-01-01","feiten":{"status":{"status":"anw"},"diagnose":null}}"#
/// );
/// assert!(SegmentStart::buiten(NaiveDate::MIN).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "start",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum SegmentStart {
    /// The state that follows from the facts on `datum`.
    #[non_exhaustive]
    Feiten {
        /// The day the state is recorded.
        datum: NaiveDate,
        /// The facts.
        feiten: SegmentFeiten,
    },
    /// Outside every segment since `datum`.
    #[non_exhaustive]
    Buiten {
        /// Since when.
        datum: NaiveDate,
    },
}

crate::wire::validated_serde!(SegmentStart);

impl Validate for SegmentStart {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.datum(), "datum").map(|_| ())
    }
}

impl SegmentStart {
    /// The start from `feiten` on `datum`; errors on a date outside the crate's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::doelgroep::{LegalStatus, SegmentFeiten, SegmentStart};
    /// assert!(SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), NaiveDate::MAX).is_err());
    /// ```
    pub fn feiten(feiten: SegmentFeiten, datum: NaiveDate) -> Result<Self, Error> {
        let start = Self::Feiten { datum, feiten };
        start.validate()?;
        Ok(start)
    }

    /// The start outside every segment on `datum`; errors on a date outside the crate's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(participatiewet::doelgroep::SegmentStart::buiten(d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn buiten(datum: NaiveDate) -> Result<Self, Error> {
        let start = Self::Buiten { datum };
        start.validate()?;
        Ok(start)
    }

    /// The day the state is recorded.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(participatiewet::doelgroep::SegmentStart::buiten(d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match *self {
            Self::Feiten { datum, .. } | Self::Buiten { datum } => datum,
        }
    }
}

/// An event that may move a person between segments. Each carries its date.
///
/// Read from JSON with its date checked and unknown fields refused; an optional diagnosis or
/// following status is `null` (or absent) when there is none.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::doelgroep::SegmentEvent;
/// let e = SegmentEvent::LksBaanGestart { datum: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"lks_baan_gestart","datum":"2025-03-01"}"#);
/// assert_eq!(e.tag(), "lks_baan_gestart");
/// assert!(serde_json::from_str::<SegmentEvent>(r#"{"event":"lks_baan_gestart","datum":"2025-03-01","x":1}"#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "event",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum SegmentEvent {
    /// A diagnosis of work potential was made or re-measured.
    DiagnoseGemeten {
        /// The day of the diagnosis.
        datum: NaiveDate,
        /// The diagnosis.
        diagnose: Diagnose,
    },
    /// Algemene bijstand was granted from `datum`.
    BijstandToegekend {
        /// The first day of bijstand.
        datum: NaiveDate,
        /// A diagnosis, if one was made at intake.
        diagnose: Option<Diagnose>,
    },
    /// WW ran out and algemene bijstand follows from `datum`.
    WwUitgeputInBijstand {
        /// The first day of bijstand.
        datum: NaiveDate,
        /// A diagnosis, if one was made at intake.
        diagnose: Option<Diagnose>,
    },
    /// Algemene bijstand ended on `datum`; `daarna` is the status without bijstand the
    /// municipality keeps supporting, if any (otherwise the person leaves the segments).
    BijstandBeeindigd {
        /// The first day without bijstand.
        datum: NaiveDate,
        /// The status without bijstand that follows, if the person stays supported.
        daarna: Option<LegalStatus>,
    },
    /// Algemene bijstand ended with the reason the college decided (outflow,
    /// [`Beeindiging`]): like `bijstand_beeindigd`, and the state that follows records the
    /// reason ([`SegmentState::uitstroom`](super::SegmentState::uitstroom)).
    Uitstroom {
        /// The first day without bijstand and the reason.
        beeindiging: Beeindiging,
        /// The status without bijstand that follows, if the person stays supported.
        daarna: Option<LegalStatus>,
    },
    /// A dienstbetrekking with loonkostensubsidie started (and algemene bijstand, if any,
    /// ended). A person who keeps supplementary bijstand stays in their segment: do not send
    /// this event for them until the bijstand ends.
    LksBaanGestart {
        /// The first day of the job.
        datum: NaiveDate,
    },
    /// The person started in a beschut-werk dienstbetrekking (and algemene bijstand, if any,
    /// ended).
    BeschutWerkGeplaatst {
        /// The first day of the job.
        datum: NaiveDate,
    },
    /// Support without bijstand started or changed (NUG, Anw, IOAW or IOAZ).
    OndersteuningGestart {
        /// The first day.
        datum: NaiveDate,
        /// The status (one without algemene bijstand).
        status: LegalStatus,
    },
    /// Support without bijstand ended (for example: a job without subsidy, moved away).
    OndersteuningBeeindigd {
        /// The first day without support.
        datum: NaiveDate,
    },
    /// A Wsw dienstbetrekking started; refused when dated on or after 2015-01-01.
    WswDienstbetrekkingGestart {
        /// The first day of the Wsw dienstbetrekking.
        datum: NaiveDate,
    },
    /// The Wsw dienstbetrekking ended on `datum`.
    WswBeeindigd {
        /// The first day without it.
        datum: NaiveDate,
        /// The status that follows, if the municipality supports the person.
        daarna: Option<LegalStatus>,
        /// A diagnosis, needed to place a person who turns to algemene bijstand.
        diagnose: Option<Diagnose>,
    },
    /// The person reached AOW age on `datum`.
    AowLeeftijdBereikt {
        /// The AOW date.
        datum: NaiveDate,
    },
    /// A person in the doelgroepregister (Wfsv art. 38b, 38d) was placed on a banenafspraak
    /// job, counted from `datum` (the job's start, or a later day). The machine records the job
    /// in the state ([`SegmentState::banenafspraak`](super::SegmentState::banenafspraak)) and
    /// does not move the segment: send the bijstand events as well (a job with
    /// loonkostensubsidie is still `lks_baan_gestart`). Refused for a person not in the
    /// register on `datum`, a job that does not run on `datum`, a date before the state's,
    /// a state that already records a job, and outside segments 0–3.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Hours;
    /// use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Grond, Inschrijving, Sector};
    /// use participatiewet::doelgroep::SegmentEvent;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let baan = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "20".parse::<Hours>()?, d(2026, 2, 1))?
    ///     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?);
    /// let e = SegmentEvent::BanenafspraakGeplaatst { datum: d(2026, 2, 1), baan, grond: Grond::Lid1C };
    /// assert_eq!(e.to_string(), "banenafspraak_geplaatst 2026-02-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    BanenafspraakGeplaatst {
        /// The first day the job counts.
        datum: NaiveDate,
        /// The job, with its person's register entry.
        baan: Baan,
        /// The ground of art. 38b on which the person is in the register (from
        /// [`beoordeel`](crate::banenafspraak::beoordeel)`(..).decision()`).
        grond: Grond,
    },
}

crate::wire::validated_serde!(SegmentEvent);

/// The event's date lies within [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST).
impl Validate for SegmentEvent {
    fn validate(&self) -> Result<(), Error> {
        if let Self::Uitstroom { beeindiging, .. } = self {
            beeindiging.validate()?;
        }
        if let Self::BanenafspraakGeplaatst { baan, .. } = self {
            baan.validate()?;
        }
        crate::date::checked(self.datum(), "datum").map(|_| ())
    }
}

impl SegmentEvent {
    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    /// assert_eq!(participatiewet::doelgroep::SegmentEvent::AowLeeftijdBereikt { datum: d }.datum(), d);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match *self {
            Self::DiagnoseGemeten { datum, .. }
            | Self::BijstandToegekend { datum, .. }
            | Self::WwUitgeputInBijstand { datum, .. }
            | Self::BijstandBeeindigd { datum, .. }
            | Self::LksBaanGestart { datum }
            | Self::BeschutWerkGeplaatst { datum }
            | Self::OndersteuningGestart { datum, .. }
            | Self::OndersteuningBeeindigd { datum }
            | Self::WswDienstbetrekkingGestart { datum }
            | Self::WswBeeindigd { datum, .. }
            | Self::AowLeeftijdBereikt { datum }
            | Self::BanenafspraakGeplaatst { datum, .. } => datum,
            Self::Uitstroom { beeindiging, .. } => beeindiging.datum(),
        }
    }

    /// The event's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    /// assert_eq!(participatiewet::doelgroep::SegmentEvent::OndersteuningBeeindigd { datum: d }.tag(), "ondersteuning_beeindigd");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::DiagnoseGemeten { .. } => "diagnose_gemeten",
            Self::BijstandToegekend { .. } => "bijstand_toegekend",
            Self::WwUitgeputInBijstand { .. } => "ww_uitgeput_in_bijstand",
            Self::BijstandBeeindigd { .. } => "bijstand_beeindigd",
            Self::Uitstroom { .. } => "uitstroom",
            Self::LksBaanGestart { .. } => "lks_baan_gestart",
            Self::BeschutWerkGeplaatst { .. } => "beschut_werk_geplaatst",
            Self::OndersteuningGestart { .. } => "ondersteuning_gestart",
            Self::OndersteuningBeeindigd { .. } => "ondersteuning_beeindigd",
            Self::WswDienstbetrekkingGestart { .. } => "wsw_dienstbetrekking_gestart",
            Self::WswBeeindigd { .. } => "wsw_beeindigd",
            Self::AowLeeftijdBereikt { .. } => "aow_leeftijd_bereikt",
            Self::BanenafspraakGeplaatst { .. } => "banenafspraak_geplaatst",
        }
    }
}

/// The event's tag and date: `lks_baan_gestart 2025-03-01`.
///
/// ```
/// use chrono::NaiveDate;
/// let e = participatiewet::doelgroep::SegmentEvent::LksBaanGestart { datum: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() };
/// assert_eq!(e.to_string(), "lks_baan_gestart 2025-03-01");
/// ```
impl std::fmt::Display for SegmentEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.tag(), self.datum())
    }
}
