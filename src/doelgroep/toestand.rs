//! The states of the segment machine (`toestand`): [`SegmentState`] with why (`Reden`) and
//! since when the person is in it, its invariants, its decision and its dated effects.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::banenafspraak::BanenafspraakPlaatsing;
use super::classificatie::{oordeel_past, push_diagnose, push_wsw, push_zonder_bijstand};
use super::diagnose::{Diagnose, Werkperspectief};
use super::gronden;
use super::status::{
    ALGEMENE_BIJSTAND, BESCHUT_WERK, LOONKOSTENSUBSIDIE, LegalStatus, ONDERSTEUNING, Segment,
    WSW_GEINDICEERD,
};
use crate::beleid::Beleid;
use crate::bijstand::beeindiging::Beeindigingsreden;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::{Decision, Ground, Label, Value};
use crate::error::{Error, Text};
use crate::procedure::Effect;
use crate::wire::Validate;

/// Pw art. 9 lid 1: the obligations toward work apply up to the pensioengerechtigde (AOW) age.
pub const ARBEIDSVERPLICHTINGEN_TOT_AOW: &Citation =
    &Citation::article(Regulation::Participatiewet, "9").lid(1);
/// WW art. 42: the WW duration, after which a person may turn to algemene bijstand.
pub const WW_DUUR: &Citation = &Citation::article(Regulation::Werkloosheidswet, "42");

/// The labels of [`Reden`], in variant order.
pub(crate) static REDEN_LABELS: [Label; 12] = [
    Label::new(
        "start",
        "uw situatie is vastgelegd",
        "your situation was recorded",
    ),
    Label::new(
        "diagnose_gemeten",
        "er is een diagnose van uw mogelijkheden tot werk gesteld",
        "a diagnosis of your work potential was made",
    ),
    Label::new(
        "bijstand_toegekend",
        "u hebt algemene bijstand gekregen",
        "you were granted algemene bijstand",
    ),
    Label::new(
        "ww_uitgeput_in_bijstand",
        "uw WW-uitkering is geëindigd en u bent algemene bijstand gaan ontvangen",
        "your WW benefit ended and you started to receive algemene bijstand",
    ),
    Label::new(
        "bijstand_beeindigd",
        "uw algemene bijstand is beëindigd",
        "your algemene bijstand ended",
    ),
    Label::new(
        "lks_baan_gestart",
        "u bent gaan werken in een dienstbetrekking met loonkostensubsidie",
        "you started a job with loonkostensubsidie",
    ),
    Label::new(
        "beschut_werk_geplaatst",
        "u bent gaan werken in een dienstbetrekking beschut werk",
        "you started a beschut-werk job",
    ),
    Label::new(
        "ondersteuning_gestart",
        "uw ondersteuning zonder algemene bijstand is begonnen of gewijzigd",
        "your support without algemene bijstand started or changed",
    ),
    Label::new(
        "ondersteuning_beeindigd",
        "uw ondersteuning door het college is beëindigd",
        "your support by the college ended",
    ),
    Label::new(
        "wsw_dienstbetrekking_gestart",
        "uw Wsw-dienstbetrekking is begonnen",
        "your Wsw dienstbetrekking started",
    ),
    Label::new(
        "wsw_beeindigd",
        "uw Wsw-dienstbetrekking is beëindigd",
        "your Wsw dienstbetrekking ended",
    ),
    Label::new(
        "aow_leeftijd_bereikt",
        "u hebt de pensioengerechtigde leeftijd bereikt",
        "you reached the pension age",
    ),
];

/// Why the person is in their current state: the event (or the start) that put them there.
///
/// ```
/// use participatiewet::{Taal, doelgroep::Reden};
/// assert_eq!(serde_json::to_string(&Reden::LksBaanGestart).unwrap(), "\"lks_baan_gestart\"");
/// assert_eq!(Reden::LksBaanGestart.to_string(), "lks_baan_gestart");
/// assert_eq!("start".parse::<Reden>()?, Reden::Start);
/// assert_eq!(Reden::AowLeeftijdBereikt.label().get(Taal::Nl), "u hebt de pensioengerechtigde leeftijd bereikt");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reden {
    /// The state was recorded from the facts (the machine's start).
    Start,
    /// A diagnosis was (re-)measured.
    DiagnoseGemeten,
    /// Algemene bijstand was granted.
    BijstandToegekend,
    /// WW ran out and algemene bijstand followed.
    WwUitgeputInBijstand,
    /// Algemene bijstand ended.
    BijstandBeeindigd,
    /// A job with loonkostensubsidie started.
    LksBaanGestart,
    /// The person was placed in a beschut-werk job.
    BeschutWerkGeplaatst,
    /// Support without algemene bijstand started or changed (NUG, Anw, IOAW, IOAZ).
    OndersteuningGestart,
    /// Support without algemene bijstand ended.
    OndersteuningBeeindigd,
    /// A Wsw dienstbetrekking started (only possible before 2015-01-01).
    WswDienstbetrekkingGestart,
    /// The Wsw dienstbetrekking ended.
    WswBeeindigd,
    /// The person reached AOW age.
    AowLeeftijdBereikt,
}

crate::wire::wire_enum!(Reden);

impl Reden {
    /// The reason's label for a ground, in Dutch and English.
    ///
    /// ```
    /// assert_eq!(participatiewet::doelgroep::Reden::Start.label().wire, "start");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::Start => &REDEN_LABELS[0],
            Self::DiagnoseGemeten => &REDEN_LABELS[1],
            Self::BijstandToegekend => &REDEN_LABELS[2],
            Self::WwUitgeputInBijstand => &REDEN_LABELS[3],
            Self::BijstandBeeindigd => &REDEN_LABELS[4],
            Self::LksBaanGestart => &REDEN_LABELS[5],
            Self::BeschutWerkGeplaatst => &REDEN_LABELS[6],
            Self::OndersteuningGestart => &REDEN_LABELS[7],
            Self::OndersteuningBeeindigd => &REDEN_LABELS[8],
            Self::WswDienstbetrekkingGestart => &REDEN_LABELS[9],
            Self::WswBeeindigd => &REDEN_LABELS[10],
            Self::AowLeeftijdBereikt => &REDEN_LABELS[11],
        }
    }

    /// The article of the change.
    ///
    /// ```
    /// use participatiewet::doelgroep::Reden;
    /// assert_eq!(Reden::WwUitgeputInBijstand.citation().to_string(), "WW art. 42");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Start
            | Self::DiagnoseGemeten
            | Self::OndersteuningGestart
            | Self::OndersteuningBeeindigd => ONDERSTEUNING,
            Self::BijstandToegekend | Self::BijstandBeeindigd => ALGEMENE_BIJSTAND,
            Self::WwUitgeputInBijstand => WW_DUUR,
            Self::LksBaanGestart => LOONKOSTENSUBSIDIE,
            Self::BeschutWerkGeplaatst => BESCHUT_WERK,
            Self::WswDienstbetrekkingGestart | Self::WswBeeindigd => WSW_GEINDICEERD,
            Self::AowLeeftijdBereikt => ARBEIDSVERPLICHTINGEN_TOT_AOW,
        }
    }
}

/// A person's segment state. Every state records since when (`sinds`) and why (`reden`).
///
/// Invariants ([`Validate`], also run when reading JSON, which refuses unknown fields):
/// every date within [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST); segments 1–3
/// (`bijstand`) hold algemene bijstand; segment 0 (`zonder_bijstand`) holds a status without
/// it; segment 4 (`wsw`) holds a Wsw dienstbetrekking that began before 2015-01-01, and a state
/// entered by the start of that dienstbetrekking is dated on its first day; the reason fits
/// the state. The variants cannot be built outside the crate: states come from
/// [`Procedure::start`](crate::Procedure::start), [`Procedure::apply`](crate::Procedure::apply)
/// or JSON.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, Context, Parameters, Procedure};
/// use participatiewet::doelgroep::{LegalStatus, Segment, SegmentFeiten, SegmentStart, SegmentState};
/// let (params, beleid) = (Parameters::bundled(), Beleid::default());
/// let ctx = Context::new(&params, &beleid);
/// let start = SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())?;
/// let state = SegmentState::start(&start, &ctx)?.state;
/// assert_eq!(state.segment(), Some(Segment::S0));
/// let json = serde_json::to_string(&state).unwrap();
/// assert_eq!(json, r#"{"state":"zonder_bijstand","sinds":"2025-01-01","reden":"start","status":{"status":"nug"}}"#);
/// assert_eq!(serde_json::from_str::<SegmentState>(&json).unwrap(), state);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "state",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum SegmentState {
    /// Segment 0: supported toward work without algemene bijstand.
    #[non_exhaustive]
    ZonderBijstand {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The status (NUG, Anw, IOAW, IOAZ, LKS or beschut-werk job).
        status: LegalStatus,
        /// Why the algemene bijstand ended, when the college recorded it (event `uitstroom`);
        /// absent otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        uitstroom: Option<Beeindigingsreden>,
        /// The banenafspraak job the person holds in this state, if recorded (event
        /// `banenafspraak_geplaatst`); absent otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        banenafspraak: Option<BanenafspraakPlaatsing>,
    },
    /// Algemene bijstand without a diagnosis yet: no segment until one is made.
    #[non_exhaustive]
    DiagnoseNodig {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the algemene bijstand.
        bijstand_sinds: NaiveDate,
        /// The banenafspraak job the person holds in this state, if recorded (event
        /// `banenafspraak_geplaatst`); absent otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        banenafspraak: Option<BanenafspraakPlaatsing>,
    },
    /// Segments 1–3: algemene bijstand, placed by the latest diagnosis.
    #[non_exhaustive]
    Bijstand {
        /// Since when in this segment.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the algemene bijstand.
        bijstand_sinds: NaiveDate,
        /// The latest diagnosis.
        diagnose: Diagnose,
        /// The day of the latest diagnosis.
        gemeten_op: NaiveDate,
        /// The perspective the policy derived from it when it was made (the segment).
        perspectief: Werkperspectief,
        /// The banenafspraak job the person holds in this state, if recorded (event
        /// `banenafspraak_geplaatst`); absent otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        banenafspraak: Option<BanenafspraakPlaatsing>,
    },
    /// Segment 4: a Wsw employee.
    #[non_exhaustive]
    Wsw {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// The first day of the Wsw dienstbetrekking (before 2015-01-01).
        dienstbetrekking_sinds: NaiveDate,
    },
    /// Not in any segment: not (or no longer) supported by the municipality.
    #[non_exhaustive]
    Buiten {
        /// Since when.
        sinds: NaiveDate,
        /// Why.
        reden: Reden,
        /// Why the algemene bijstand ended, when the college recorded it (event `uitstroom`);
        /// absent otherwise.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        uitstroom: Option<Beeindigingsreden>,
    },
}

crate::wire::validated_serde!(SegmentState);

pub(crate) const WHAT: &str = "doelgroep::SegmentState";

fn invalid(nl: &'static str, en: &'static str) -> Error {
    Error::state(WHAT, Text::new(nl, en))
}

impl Validate for SegmentState {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.sinds(), "sinds")?;
        let reden = self.reden();
        if !self.allowed_redenen().contains(&reden) {
            return Err(invalid(
                "deze reden kan niet tot deze toestand leiden",
                "this reason cannot lead to this state",
            ));
        }
        super::uitstroom::check(self)?;
        super::banenafspraak::check(self.sinds(), self.banenafspraak().as_ref())?;
        match *self {
            Self::ZonderBijstand { status, .. } => {
                status.validate()?;
                if !status.is_segment_0() {
                    return Err(invalid(
                        "segment 0 sluit algemene bijstand en de Wsw uit",
                        "segment 0 excludes algemene bijstand and the Wsw",
                    ));
                }
                let expected = match reden {
                    Reden::LksBaanGestart => Some(LegalStatus::Loonkostensubsidie),
                    Reden::BeschutWerkGeplaatst => Some(LegalStatus::BeschutWerk),
                    _ => None,
                };
                if expected.is_some_and(|e| e != status) {
                    return Err(invalid(
                        "de reden past niet bij de status",
                        "the reason does not fit the status",
                    ));
                }
            }
            Self::DiagnoseNodig {
                sinds,
                bijstand_sinds,
                ..
            } => check_order(bijstand_sinds, sinds)?,
            Self::Bijstand {
                sinds,
                bijstand_sinds,
                diagnose,
                gemeten_op,
                perspectief,
                ..
            } => {
                check_order(bijstand_sinds, sinds)?;
                check_order(sinds, gemeten_op)?;
                crate::date::checked(gemeten_op, "gemeten_op")?;
                oordeel_past(diagnose, perspectief, WHAT)?;
            }
            Self::Wsw {
                sinds,
                dienstbetrekking_sinds,
                ..
            } => {
                LegalStatus::wsw_dienstbetrekking(dienstbetrekking_sinds)?;
                check_order(dienstbetrekking_sinds, sinds)?;
                if reden == Reden::WswDienstbetrekkingGestart && sinds != dienstbetrekking_sinds {
                    return Err(invalid(
                        "segment 4 is bij het begin van de dienstbetrekking binnengekomen, dus \
                         beide datums zijn gelijk",
                        "entered segment 4 by the start of the dienstbetrekking, so both dates \
                         must be equal",
                    ));
                }
            }
            Self::Buiten { .. } => {}
        }
        Ok(())
    }
}

fn check_order(earlier: NaiveDate, later: NaiveDate) -> Result<(), Error> {
    crate::date::checked(earlier, "sinds")?;
    if earlier > later {
        return Err(invalid(
            "een datum van de toestand ligt na een datum die later moet zijn",
            "a date of the state lies after a date that must be later",
        ));
    }
    Ok(())
}

impl SegmentState {
    /// The segment, or `None` outside the segments or while a bijstand client awaits a
    /// diagnosis.
    ///
    /// ```
    /// # use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// # use participatiewet::doelgroep::{SegmentStart, SegmentState};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// let start = SegmentStart::buiten(chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())?;
    /// assert_eq!(SegmentState::start(&start, &ctx)?.state.segment(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Option<Segment> {
        match self {
            Self::ZonderBijstand { .. } => Some(Segment::S0),
            Self::Bijstand { perspectief, .. } => Some(perspectief.segment()),
            Self::Wsw { .. } => Some(Segment::S4),
            Self::DiagnoseNodig { .. } | Self::Buiten { .. } => None,
        }
    }

    /// Since when the person is in this state.
    ///
    /// ```
    /// # use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// # use participatiewet::doelgroep::{SegmentStart, SegmentState};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(SegmentState::start(&SegmentStart::buiten(d)?, &ctx)?.state.sinds(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn sinds(&self) -> NaiveDate {
        match *self {
            Self::ZonderBijstand { sinds, .. }
            | Self::DiagnoseNodig { sinds, .. }
            | Self::Bijstand { sinds, .. }
            | Self::Wsw { sinds, .. }
            | Self::Buiten { sinds, .. } => sinds,
        }
    }

    /// Why the person is in this state.
    ///
    /// ```
    /// # use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// # use participatiewet::doelgroep::{Reden, SegmentStart, SegmentState};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(SegmentState::start(&SegmentStart::buiten(d)?, &ctx)?.state.reden(), Reden::Start);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn reden(&self) -> Reden {
        match *self {
            Self::ZonderBijstand { reden, .. }
            | Self::DiagnoseNodig { reden, .. }
            | Self::Bijstand { reden, .. }
            | Self::Wsw { reden, .. }
            | Self::Buiten { reden, .. } => reden,
        }
    }

    /// Whether the person receives algemene bijstand in this state.
    ///
    /// ```
    /// # use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// # use participatiewet::doelgroep::{LegalStatus, SegmentFeiten, SegmentStart, SegmentState};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let start = SegmentStart::feiten(SegmentFeiten::new(LegalStatus::AlgemeneBijstand), d)?;
    /// assert!(SegmentState::start(&start, &ctx)?.state.has_algemene_bijstand());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn has_algemene_bijstand(&self) -> bool {
        matches!(self, Self::DiagnoseNodig { .. } | Self::Bijstand { .. })
    }

    pub(crate) const fn state_tag(&self) -> &'static str {
        match self {
            Self::ZonderBijstand { .. } => "zonder_bijstand",
            Self::DiagnoseNodig { .. } => "diagnose_nodig",
            Self::Bijstand { .. } => "bijstand",
            Self::Wsw { .. } => "wsw",
            Self::Buiten { .. } => "buiten",
        }
    }

    /// The latest date recorded in the state; events dated before it are refused.
    pub(crate) fn laatste_datum(&self) -> NaiveDate {
        let eigen = match *self {
            Self::Bijstand { gemeten_op, .. } => gemeten_op,
            _ => self.sinds(),
        };
        self.banenafspraak().map_or(eigen, |p| eigen.max(p.vanaf()))
    }

    fn allowed_redenen(&self) -> &'static [Reden] {
        match self {
            Self::ZonderBijstand { .. } => &[
                Reden::Start,
                Reden::BijstandBeeindigd,
                Reden::LksBaanGestart,
                Reden::BeschutWerkGeplaatst,
                Reden::OndersteuningGestart,
                Reden::WswBeeindigd,
            ],
            Self::DiagnoseNodig { .. } => &[
                Reden::Start,
                Reden::BijstandToegekend,
                Reden::WwUitgeputInBijstand,
                Reden::WswBeeindigd,
            ],
            Self::Bijstand { .. } => &[
                Reden::Start,
                Reden::DiagnoseGemeten,
                Reden::BijstandToegekend,
                Reden::WwUitgeputInBijstand,
                Reden::WswBeeindigd,
            ],
            Self::Wsw { .. } => &[Reden::Start, Reden::WswDienstbetrekkingGestart],
            Self::Buiten { .. } => &[
                Reden::Start,
                Reden::BijstandBeeindigd,
                Reden::OndersteuningBeeindigd,
                Reden::WswBeeindigd,
                Reden::AowLeeftijdBereikt,
            ],
        }
    }

    /// The state as a decision: the segment (or none) from `sinds`, with what changed (the
    /// reason and its article), the legal status with its article, and the criterion applied
    /// as municipal policy ([`Beleid::citation`]). One allocation.
    ///
    /// Segment assignment is municipal policy; whether the municipality sends it as a
    /// beschikking with a bezwaarclausule ([`Motivering::met_bezwaar`](crate::Motivering::met_bezwaar))
    /// is the caller's choice.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, Context, Parameters, Procedure, Taal};
    /// # use participatiewet::doelgroep::{LegalStatus, Segment, SegmentFeiten, SegmentStart, SegmentState};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let wsw = SegmentFeiten::new(LegalStatus::wsw_dienstbetrekking(d(2003, 4, 1))?);
    /// let s = SegmentState::start(&SegmentStart::feiten(wsw, d(2025, 1, 1))?, &ctx)?.state;
    /// let decision = s.decision(&beleid);
    /// assert_eq!(*decision.value(), Some(Segment::S4));
    /// assert_eq!(decision.grounds()[0].text(Taal::Nl),
    ///     "U werkt sinds 1 april 2003 in een dienstbetrekking op grond van de Wet sociale werkvoorziening.");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self, beleid: &Beleid) -> Decision<Option<Segment>> {
        let segment = self.segment();
        let sinds = self.sinds();
        let outcome = match (self, segment) {
            (_, Some(s)) => Ground::with_cite(
                &gronden::SEGMENT_VANAF,
                beleid.citation(),
                [Value::Label(s.label()), Value::Date(sinds)],
            ),
            (Self::DiagnoseNodig { .. }, None) => Ground::with_cite(
                &gronden::GEEN_SEGMENT_DIAGNOSE,
                beleid.citation(),
                [Value::Date(sinds)],
            ),
            (_, None) => Ground::with_cite(
                &gronden::GEEN_SEGMENT,
                beleid.citation(),
                [Value::Date(sinds)],
            ),
        };
        let mut d = Decision::with_capacity(segment, outcome, 4);
        let reden = self.reden();
        if !matches!(reden, Reden::Start | Reden::AowLeeftijdBereikt) {
            d.push(Ground::new(
                &gronden::WIJZIGING,
                reden.citation(),
                [Value::Date(sinds), Value::Label(reden.label())],
            ));
        }
        match *self {
            Self::ZonderBijstand { status, .. } => push_zonder_bijstand(&mut d, status, beleid),
            Self::DiagnoseNodig { bijstand_sinds, .. } => {
                d.push(bijstand_ground(bijstand_sinds));
                d.push(Ground::with_cite(
                    &gronden::DIAGNOSE_ONTBREEKT,
                    beleid.citation(),
                    [],
                ));
            }
            Self::Bijstand {
                bijstand_sinds,
                diagnose,
                perspectief,
                ..
            } => {
                d.push(bijstand_ground(bijstand_sinds));
                push_diagnose(&mut d, diagnose, perspectief, beleid);
            }
            Self::Wsw {
                dienstbetrekking_sinds,
                ..
            } => push_wsw(&mut d, dienstbetrekking_sinds, beleid),
            Self::Buiten { reden, sinds, .. } => d.push(if reden == Reden::AowLeeftijdBereikt {
                Ground::new(
                    &gronden::AOW_LEEFTIJD,
                    ARBEIDSVERPLICHTINGEN_TOT_AOW,
                    [Value::Date(sinds)],
                )
            } else {
                Ground::new(
                    &gronden::GEEN_ONDERSTEUNING,
                    ONDERSTEUNING,
                    [Value::Date(sinds)],
                )
            }),
        }
        d
    }

    /// The dated effects of being in this state under `beleid`: a diagnosis needed (bijstand
    /// without one), a re-measurement due when the policy sets a term
    /// ([`Segmentcriteria::herdiagnose_maanden`](super::Segmentcriteria::herdiagnose_maanden)).
    /// A re-measurement date after [`LATEST`](crate::LATEST) is not given.
    pub(crate) fn state_effects(&self, beleid: &Beleid) -> Vec<Effect> {
        match *self {
            Self::DiagnoseNodig { sinds, .. } => {
                vec![Effect::with_cite(
                    &gronden::DIAGNOSE_NODIG,
                    sinds,
                    beleid.citation(),
                )]
            }
            Self::Bijstand { gemeten_op, .. } => beleid
                .segmentcriteria()
                .herdiagnose_maanden()
                .and_then(|m| add_months(gemeten_op, i32::from(m), MonthEnd::LastDay).ok())
                .and_then(|due| crate::date::checked(due, "datum").ok())
                .map(|due| {
                    vec![Effect::with_cite(
                        &gronden::HERDIAGNOSE,
                        due,
                        beleid.citation(),
                    )]
                })
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

fn bijstand_ground(bijstand_sinds: NaiveDate) -> Ground {
    Ground::new(
        &gronden::ALGEMENE_BIJSTAND,
        ALGEMENE_BIJSTAND,
        [Value::Date(bijstand_sinds)],
    )
}
