//! The segment machine's transitions: [`SegmentState`] as a [`Procedure`] (`doelgroep_segment`).
//!
//! See the diagram in the module docs of [`doelgroep`](super).

use chrono::NaiveDate;

use super::classificatie::{Classificatie, classificeer};
use super::diagnose::Diagnose;
use super::gebeurtenis::{SegmentEvent, SegmentStart};
use super::gronden;
use super::status::{ALGEMENE_BIJSTAND, LegalStatus, ONDERSTEUNING, WSW_GEINDICEERD};
use super::toestand::{Reden, SegmentState};
use crate::beleid::Beleid;
use crate::bijstand::beeindiging::Beeindigingsreden;
use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text, TransitionError};
use crate::procedure::{Context, Effect, Procedure, Transition};
use crate::wire::Validate;

/// Pw art. 10d lid 3: no loonkostensubsidie for a Wsw dienstbetrekking.
pub const GEEN_LKS_IN_WSW: &Citation =
    &Citation::article(Regulation::Participatiewet, "10d").lid(3);

impl Procedure for SegmentState {
    const MACHINE: &'static str = "doelgroep_segment";
    type Start = SegmentStart;
    type Event = SegmentEvent;

    /// The state of a person from the facts (reason [`Reden::Start`]): segment 0, 1–3 or 4 as
    /// [`classificeer`] decides, or [`SegmentState::DiagnoseNodig`] for a bijstand client
    /// without a diagnosis (the machine records that, where the classification refuses);
    /// with the effects of that state.
    ///
    /// Errors like [`classificeer`] on impossible facts (a Wsw dienstbetrekking that starts
    /// after the date).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::doelgroep::{LegalStatus, SegmentFeiten, SegmentStart, SegmentState};
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let start = SegmentStart::feiten(SegmentFeiten::new(LegalStatus::AlgemeneBijstand), d)?;
    /// let t = SegmentState::start(&start, &Context::new(&params, &beleid))?;
    /// assert!(matches!(t.state, SegmentState::DiagnoseNodig { .. }));
    /// assert!(t.effects[0].is("doelgroep_diagnose_nodig"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn start(start: &SegmentStart, ctx: &Context<'_>) -> Result<Transition<Self>, Error> {
        start.validate()?;
        let beleid = ctx.beleid();
        let state = match *start {
            SegmentStart::Buiten { datum } => Self::Buiten {
                sinds: datum,
                reden: Reden::Start,
                uitstroom: None,
            },
            SegmentStart::Feiten { datum, feiten } => {
                if feiten.status().is_algemene_bijstand() && feiten.diagnose().is_none() {
                    Self::DiagnoseNodig {
                        sinds: datum,
                        reden: Reden::Start,
                        bijstand_sinds: datum,
                        banenafspraak: None,
                    }
                } else if buiten_machine(feiten.status(), beleid) {
                    return Err(Error::facts("status", UITKERING_BUITEN_MACHINE));
                } else {
                    match classificeer(&feiten, datum, beleid)? {
                        Classificatie::ZonderBijstand { status } => Self::ZonderBijstand {
                            sinds: datum,
                            reden: Reden::Start,
                            status,
                            uitstroom: None,
                            banenafspraak: None,
                        },
                        Classificatie::Bijstand {
                            diagnose,
                            perspectief,
                        } => Self::Bijstand {
                            sinds: datum,
                            reden: Reden::Start,
                            bijstand_sinds: datum,
                            diagnose,
                            gemeten_op: datum,
                            perspectief,
                            banenafspraak: None,
                        },
                        Classificatie::Uitkering { .. } => {
                            return Err(Error::facts("status", UITKERING_BUITEN_MACHINE));
                        }
                        Classificatie::Wsw { sinds } => Self::Wsw {
                            sinds: datum,
                            reden: Reden::Start,
                            dienstbetrekking_sinds: sinds,
                        },
                    }
                }
            }
        };
        state.validate()?;
        let effects = state.state_effects(beleid);
        Ok(Transition::new(state, effects))
    }

    /// Applies `event`. The state is borrowed: a refused event leaves it as it was. The
    /// effects are a segment change (when the segment changed) and the dated effects of the
    /// next state.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::doelgroep::{Diagnose, LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentStart, SegmentState, Trede};
    /// let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
    /// let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let ctx = Context::new(&params, &beleid);
    /// let s = SegmentState::start(&SegmentStart::feiten(SegmentFeiten::new(LegalStatus::Nug), d(2024, 1))?, &ctx)?.state;
    /// let t = s.apply(&SegmentEvent::BijstandToegekend {
    ///     datum: d(2024, 3),
    ///     diagnose: Some(Diagnose::Participatieladder(Trede::new(2)?)),
    /// }, &ctx)?;
    /// assert_eq!(t.state.segment(), Some(Segment::S1));
    /// assert!(t.effects[0].is("doelgroep_segment_gewijzigd"));
    ///
    /// // segment 4 is closed to newcomers
    /// let refused = t.state.apply(&SegmentEvent::WswDienstbetrekkingGestart { datum: d(2024, 6) }, &ctx);
    /// assert!(refused.is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn apply(
        &self,
        event: &SegmentEvent,
        ctx: &Context<'_>,
    ) -> Result<Transition<Self>, TransitionError> {
        let beleid = ctx.beleid();
        if let Err(err) = event.validate() {
            return Err(TransitionError::from_error(self.tag(), event.tag(), &err));
        }
        if let SegmentEvent::BanenafspraakGeplaatst { datum, baan, grond } = *event {
            return self.plaats_banenafspraak(event, datum, baan, grond, beleid);
        }
        let datum = event.datum();
        if datum < self.laatste_datum() {
            return Err(self.refuse(
                event,
                Text::new(
                    "de gebeurtenis ligt vóór de datum van de huidige toestand",
                    "the event is dated before the state's own date",
                ),
            ));
        }
        // a banenafspraak job runs on into the next state while it counts
        let next = self
            .next_state(event, datum, beleid)?
            .met_banenafspraak(self.banenafspraak());
        if let Self::ZonderBijstand { status, .. } = next {
            if buiten_machine(status, beleid) {
                return Err(self
                    .refuse(event, UITKERING_BUITEN_MACHINE)
                    .citing(&beleid.citation()));
            }
        }
        if let Err(err) = next.validate() {
            return Err(TransitionError::from_error(self.tag(), event.tag(), &err));
        }
        let mut effects = Vec::with_capacity(2);
        if next.segment() != self.segment() {
            effects.push(Effect::with_cite(
                &gronden::SEGMENT_GEWIJZIGD,
                datum,
                beleid.citation(),
            ));
        }
        effects.extend(next.state_effects(beleid));
        Ok(Transition::new(next, effects))
    }

    fn tag(&self) -> &'static str {
        self.state_tag()
    }

    /// The dated effects of being in this state: a diagnosis needed, a re-measurement due.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::doelgroep::{Diagnose, LegalStatus, SegmentFeiten, SegmentStart, SegmentState, Segmentcriteria, Trede};
    /// let beleid = Beleid::default()
    ///     .with_segmentcriteria(Segmentcriteria::builder().herdiagnose_maanden(12).build()?)?;
    /// let params = Parameters::bundled();
    /// let ctx = Context::new(&params, &beleid);
    /// let feiten = SegmentFeiten::new(LegalStatus::AlgemeneBijstand).met_diagnose(Diagnose::Participatieladder(Trede::new(4)?));
    /// let s = SegmentState::start(&SegmentStart::feiten(feiten, NaiveDate::from_ymd_opt(2025, 3, 31).unwrap())?, &ctx)?.state;
    /// let effects = s.effects(&ctx)?;
    /// assert!(effects[0].is("doelgroep_herdiagnose"));
    /// assert_eq!(effects[0].datum(), NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn effects(&self, ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
        Ok(self.state_effects(ctx.beleid()))
    }
}

/// Whether a status without algemene bijstand falls outside what the machine can hold under
/// the policy: the machine's segments 1–3 are algemene bijstand, so an Anw, IOAW or IOAZ
/// benefit is held only where the policy puts it in segment 0.
fn buiten_machine(status: LegalStatus, beleid: &Beleid) -> bool {
    status.is_segment_0() && !beleid.segment_0().omvat(status)
}

/// Why the machine refuses an Anw, IOAW or IOAZ benefit under the policy "geen uitkering".
const UITKERING_BUITEN_MACHINE: Text = Text::new(
    "volgens het gemeentelijk beleid (segment 0: geen uitkering) valt wie een Anw-, IOAW- of \
     IOAZ-uitkering ontvangt niet in segment 0; de segmentmachine houdt segment 1, 2 en 3 voor \
     algemene bijstand: deel deze persoon in met de diagnose (classificeer)",
    "under the municipal policy (segment 0: no benefit) a person with an Anw, IOAW or IOAZ \
     benefit is not in segment 0; the segment machine keeps segments 1, 2 and 3 for algemene \
     bijstand: classify this person by the diagnosis (classificeer)",
);

impl SegmentState {
    fn refuse(&self, event: &SegmentEvent, rule: Text) -> TransitionError {
        TransitionError::new(self.state_tag(), event.tag(), rule)
    }

    #[allow(
        clippy::too_many_lines,
        reason = "the transition table reads best as one match, one arm per (state, event)"
    )]
    fn next_state(
        &self,
        event: &SegmentEvent,
        datum: NaiveDate,
        beleid: &Beleid,
    ) -> Result<Self, TransitionError> {
        let uitstroom = match event {
            SegmentEvent::Uitstroom { beeindiging, .. } => Some(beeindiging.reden()),
            _ => None,
        };
        Ok(match (self, *event) {
            (
                Self::Bijstand {
                    sinds,
                    reden,
                    bijstand_sinds,
                    perspectief,
                    ..
                },
                SegmentEvent::DiagnoseGemeten { diagnose, .. },
            ) => {
                let nieuw = beleid.segmentcriteria().werkperspectief(&diagnose);
                let (sinds, reden) = if nieuw == *perspectief {
                    (*sinds, *reden)
                } else {
                    (datum, Reden::DiagnoseGemeten)
                };
                Self::Bijstand {
                    sinds,
                    reden,
                    bijstand_sinds: *bijstand_sinds,
                    diagnose,
                    gemeten_op: datum,
                    perspectief: nieuw,
                    banenafspraak: None,
                }
            }
            (
                Self::DiagnoseNodig { bijstand_sinds, .. },
                SegmentEvent::DiagnoseGemeten { diagnose, .. },
            ) => Self::Bijstand {
                sinds: datum,
                reden: Reden::DiagnoseGemeten,
                bijstand_sinds: *bijstand_sinds,
                diagnose,
                gemeten_op: datum,
                perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
                banenafspraak: None,
            },
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::BijstandToegekend { diagnose, .. },
            ) => bijstand(datum, Reden::BijstandToegekend, diagnose, beleid),
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::WwUitgeputInBijstand { diagnose, .. },
            ) => bijstand(datum, Reden::WwUitgeputInBijstand, diagnose, beleid),
            (
                Self::Bijstand { .. } | Self::DiagnoseNodig { .. },
                SegmentEvent::BijstandBeeindigd { daarna, .. }
                | SegmentEvent::Uitstroom { daarna, .. },
            ) => match daarna {
                None => Self::Buiten {
                    sinds: datum,
                    reden: Reden::BijstandBeeindigd,
                    uitstroom,
                },
                Some(status) if status.is_segment_0() => Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::BijstandBeeindigd,
                    status,
                    uitstroom,
                    banenafspraak: None,
                },
                Some(_) => {
                    return Err(self.refuse(
                        event,
                        Text::new(
                            "na het einde van de bijstand volgt een status zonder bijstand",
                            "after bijstand ends the status must be one without it",
                        ),
                    ));
                }
            },
            (
                Self::Bijstand { .. }
                | Self::DiagnoseNodig { .. }
                | Self::ZonderBijstand { .. }
                | Self::Buiten { .. },
                SegmentEvent::LksBaanGestart { .. } | SegmentEvent::BeschutWerkGeplaatst { .. },
            ) => {
                let (status, reden) = if matches!(event, SegmentEvent::LksBaanGestart { .. }) {
                    (LegalStatus::Loonkostensubsidie, Reden::LksBaanGestart)
                } else {
                    (LegalStatus::BeschutWerk, Reden::BeschutWerkGeplaatst)
                };
                if let Self::ZonderBijstand { status: now, .. } = self {
                    if *now == status {
                        return Err(self.refuse(
                            event,
                            Text::new(
                                "de persoon heeft deze baan al",
                                "the person already has this job",
                            ),
                        ));
                    }
                }
                // a job that ends algemene bijstand is outflow to work
                Self::ZonderBijstand {
                    sinds: datum,
                    reden,
                    status,
                    uitstroom: self
                        .has_algemene_bijstand()
                        .then_some(Beeindigingsreden::Werk),
                    banenafspraak: None,
                }
            }
            (
                Self::ZonderBijstand { .. } | Self::Buiten { .. },
                SegmentEvent::OndersteuningGestart { status, .. },
            ) => {
                if !matches!(
                    status,
                    LegalStatus::Nug | LegalStatus::Anw | LegalStatus::Ioaw | LegalStatus::Ioaz
                ) {
                    return Err(self
                        .refuse(
                            event,
                            Text::new(
                                "ondersteuning zonder bijstand begint als NUG, Anw, IOAW of IOAZ; \
                                 bijstand, banen en de Wsw hebben hun eigen gebeurtenis",
                                "support without bijstand starts as NUG, Anw, IOAW or IOAZ; \
                                 bijstand, jobs and Wsw have their own events",
                            ),
                        )
                        .citing(ONDERSTEUNING));
                }
                if let Self::ZonderBijstand { status: now, .. } = self {
                    if *now == status {
                        return Err(self.refuse(
                            event,
                            Text::new(
                                "de persoon heeft deze status al",
                                "the person already has this status",
                            ),
                        ));
                    }
                }
                Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::OndersteuningGestart,
                    status,
                    uitstroom: None,
                    banenafspraak: None,
                }
            }
            (Self::ZonderBijstand { .. }, SegmentEvent::OndersteuningBeeindigd { .. }) => {
                Self::Buiten {
                    sinds: datum,
                    reden: Reden::OndersteuningBeeindigd,
                    uitstroom: None,
                }
            }
            (Self::Wsw { .. }, SegmentEvent::WswDienstbetrekkingGestart { .. }) => {
                return Err(self.refuse(
                    event,
                    Text::new(
                        "de persoon is al Wsw-werknemer",
                        "the person is already a Wsw employee",
                    ),
                ));
            }
            (_, SegmentEvent::WswDienstbetrekkingGestart { .. }) => {
                if LegalStatus::wsw_dienstbetrekking(datum).is_err() {
                    return Err(self
                        .refuse(
                            event,
                            Text::new(
                                "vanaf 1 januari 2015 kan geen Wsw-dienstbetrekking meer \
                                 beginnen: niemand komt dan nog in segment 4",
                                "no Wsw dienstbetrekking can start on or after 2015-01-01: \
                                 nobody enters segment 4 from then",
                            ),
                        )
                        .citing(WSW_GEINDICEERD));
                }
                Self::Wsw {
                    sinds: datum,
                    reden: Reden::WswDienstbetrekkingGestart,
                    dienstbetrekking_sinds: datum,
                }
            }
            (
                Self::Wsw { .. },
                SegmentEvent::WswBeeindigd {
                    daarna, diagnose, ..
                },
            ) => match daarna {
                None => Self::Buiten {
                    sinds: datum,
                    reden: Reden::WswBeeindigd,
                    uitstroom: None,
                },
                Some(LegalStatus::AlgemeneBijstand) => {
                    bijstand(datum, Reden::WswBeeindigd, diagnose, beleid)
                }
                Some(status) if status.is_segment_0() => Self::ZonderBijstand {
                    sinds: datum,
                    reden: Reden::WswBeeindigd,
                    status,
                    uitstroom: None,
                    banenafspraak: None,
                },
                Some(_) => {
                    return Err(self
                        .refuse(
                            event,
                            Text::new(
                                "na het einde van de Wsw-dienstbetrekking kan geen nieuwe beginnen",
                                "after the Wsw dienstbetrekking ends the person cannot start a \
                                 new one",
                            ),
                        )
                        .citing(WSW_GEINDICEERD));
                }
            },
            (Self::Buiten { .. }, SegmentEvent::AowLeeftijdBereikt { .. }) => {
                return Err(self.refuse(
                    event,
                    Text::new(
                        "de persoon valt al buiten de segmenten",
                        "the person is already outside the segments",
                    ),
                ));
            }
            (_, SegmentEvent::AowLeeftijdBereikt { .. }) => Self::Buiten {
                sinds: datum,
                reden: Reden::AowLeeftijdBereikt,
                uitstroom: None,
            },
            _ => return Err(self.refuse_default(event)),
        })
    }

    fn refuse_default(&self, event: &SegmentEvent) -> TransitionError {
        let (rule, citation): (Text, Option<&Citation>) = match (self, event) {
            (Self::Wsw { .. }, SegmentEvent::LksBaanGestart { .. }) => (
                Text::new(
                    "geen loonkostensubsidie voor een Wsw-dienstbetrekking; beëindig eerst de \
                     Wsw-dienstbetrekking",
                    "no loonkostensubsidie for a Wsw dienstbetrekking; end the Wsw \
                     dienstbetrekking first",
                ),
                Some(GEEN_LKS_IN_WSW),
            ),
            (Self::Wsw { .. }, _) => (
                Text::new(
                    "een Wsw-werknemer blijft in segment 4 tot de Wsw-dienstbetrekking eindigt of \
                     tot de AOW-leeftijd",
                    "a Wsw employee stays in segment 4 until the Wsw dienstbetrekking ends or \
                     AOW age",
                ),
                Some(WSW_GEINDICEERD),
            ),
            (
                Self::Bijstand { .. } | Self::DiagnoseNodig { .. },
                SegmentEvent::BijstandToegekend { .. } | SegmentEvent::WwUitgeputInBijstand { .. },
            ) => (
                Text::new(
                    "de persoon ontvangt al algemene bijstand",
                    "the person already receives algemene bijstand",
                ),
                Some(ALGEMENE_BIJSTAND),
            ),
            (_, SegmentEvent::DiagnoseGemeten { .. }) => (
                Text::new(
                    "een diagnose deelt alleen bijstandscliënten in segment 1, 2 of 3 in",
                    "a diagnosis places only bijstand clients in segment 1, 2 or 3",
                ),
                None,
            ),
            (_, SegmentEvent::BijstandBeeindigd { .. } | SegmentEvent::Uitstroom { .. }) => (
                Text::new(
                    "de persoon ontvangt geen algemene bijstand",
                    "the person does not receive algemene bijstand",
                ),
                None,
            ),
            (_, SegmentEvent::WswBeeindigd { .. }) => (
                Text::new(
                    "de persoon heeft geen Wsw-dienstbetrekking",
                    "the person has no Wsw dienstbetrekking",
                ),
                None,
            ),
            _ => (
                Text::new(
                    "deze gebeurtenis past niet bij deze toestand",
                    "the event does not apply in this state",
                ),
                None,
            ),
        };
        let err = self.refuse(event, rule);
        match citation {
            Some(c) => err.citing(c),
            None => err,
        }
    }
}

fn bijstand(
    datum: NaiveDate,
    reden: Reden,
    diagnose: Option<Diagnose>,
    beleid: &Beleid,
) -> SegmentState {
    match diagnose {
        Some(diagnose) => SegmentState::Bijstand {
            sinds: datum,
            reden,
            bijstand_sinds: datum,
            diagnose,
            gemeten_op: datum,
            perspectief: beleid.segmentcriteria().werkperspectief(&diagnose),
            banenafspraak: None,
        },
        None => SegmentState::DiagnoseNodig {
            sinds: datum,
            reden,
            bijstand_sinds: datum,
            banenafspraak: None,
        },
    }
}
