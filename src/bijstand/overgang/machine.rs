//! The hand-over as a [`Procedure`]: the start and the transitions with their guards.

use super::effecten::effecten;
use super::state::{
    AANVRAAG_IN_ZOEKTERMIJN, MELDING_TE_VROEG, aanvraag_toegestaan, melding_toegestaan,
};
use super::{Event, Exit, Opening, State, later};
use crate::bijstand::melding::ART_41_LID_4;
use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text, TransitionError};
use crate::procedure::{Context, Effect, Procedure, Transition};
use crate::wire::Validate;

use super::effecten::ART_41_LID_6;

const AOW_7A: &Citation = &Citation::article(Regulation::Aow, "7a").lid(1);

fn refuse(state: &State, event: &Event, rule: Text) -> TransitionError {
    TransitionError::new(state.tag(), event.tag(), rule)
}

/// AOW art. 7a: an end for the pensionable age is not dated before the person's AOW date.
pub(super) fn aow_bereikt(
    state: &State,
    event: &Event,
    datum: chrono::NaiveDate,
    ctx: &Context<'_>,
) -> Result<(), TransitionError> {
    let aow = ctx
        .params()
        .aow_datum(state.dossier().geboortedatum())
        .map_err(|err| TransitionError::from_error(state.tag(), event.tag(), &err))?;
    if datum < aow {
        return Err(refuse(
            state,
            event,
            Text::new(
                "de persoon heeft op deze datum de AOW-leeftijd nog niet bereikt",
                "the person has not reached AOW age on this date",
            ),
        )
        .citing(AOW_7A));
    }
    Ok(())
}

impl Procedure for State {
    const MACHINE: &'static str = "bijstand_overgang";

    type Start = Opening;

    type Event = Event;

    /// The first state: WW running, the dossier opened on [`Opening::sinds`].
    fn start(start: &Opening, ctx: &Context<'_>) -> Result<Transition<Self>, Error> {
        start.validate()?;
        let state = Self::WwLoopt {
            dossier: *start.dossier(),
            sinds: start.sinds(),
        };
        let effects = effecten(&state, ctx)?;
        Ok(Transition::new(state, effects))
    }

    /// The next state and its effects, or the refusal with the rule; `self` is never changed.
    fn apply(&self, event: &Event, ctx: &Context<'_>) -> Result<Transition<Self>, TransitionError> {
        let besloten = matches!(self, Self::Besloten { .. });
        let later = matches!(event, Event::Maatregel { .. } | Event::Beeindiging { .. });
        if matches!(self, Self::Beeindigd { .. } | Self::Uitgestroomd { .. })
            || (besloten && !later)
        {
            return Err(refuse(
                self,
                event,
                Text::new("de overgang is afgesloten", "the hand-over has ended"),
            ));
        }
        if let Err(err) = event.validate() {
            return Err(TransitionError::from_error(self.tag(), event.tag(), &err));
        }
        let datum = event.datum();
        if datum < self.datum() {
            return Err(refuse(
                self,
                event,
                Text::new(
                    "de gebeurtenis ligt vóór de datum van de huidige toestand",
                    "the event is dated before the current state",
                ),
            ));
        }
        let dossier = *self.dossier();
        let next = match (self, *event) {
            (Self::Besloten { .. }, Event::Maatregel { .. }) => {
                later::maatregel_opleggen(self, event, ctx)?
            }
            (Self::Besloten { .. }, Event::Beeindiging { .. }) => {
                later::beeindigen(self, event, ctx)?
            }
            (_, Event::WerkGevonden { .. }) => Self::Beeindigd {
                dossier,
                datum,
                exit: Exit::WerkGevonden,
            },
            (_, Event::Verhuisd { .. }) => Self::Beeindigd {
                dossier,
                datum,
                exit: Exit::Verhuisd,
            },
            (_, Event::AowLeeftijd { .. }) => {
                aow_bereikt(self, event, datum, ctx)?;
                Self::Beeindigd {
                    dossier,
                    datum,
                    exit: Exit::AowLeeftijd,
                }
            }
            (Self::WwLoopt { .. }, Event::Geinformeerd { .. }) => {
                Self::Geinformeerd { dossier, op: datum }
            }
            (Self::WwLoopt { .. } | Self::Geinformeerd { .. }, Event::Melding { .. }) => {
                if !melding_toegestaan(&dossier, datum) {
                    return Err(refuse(self, event, MELDING_TE_VROEG).citing(ART_41_LID_6));
                }
                Self::Gemeld {
                    dossier,
                    melding: datum,
                }
            }
            (&Self::Gemeld { melding, .. }, Event::Aanvraag { .. }) => {
                if !aanvraag_toegestaan(&dossier, melding, datum) {
                    return Err(refuse(self, event, AANVRAAG_IN_ZOEKTERMIJN).citing(ART_41_LID_4));
                }
                Self::Aangevraagd {
                    dossier,
                    melding,
                    aanvraag: datum,
                }
            }
            (
                &Self::Aangevraagd {
                    melding, aanvraag, ..
                },
                Event::Besluit { besluit, .. },
            ) => Self::Besloten {
                dossier,
                melding,
                aanvraag,
                datum,
                besluit,
                maatregelen: Vec::new(),
            },
            _ => {
                return Err(refuse(
                    self,
                    event,
                    Text::new(
                        "deze gebeurtenis past niet bij deze toestand",
                        "this event does not fit this state",
                    ),
                ));
            }
        };
        let effects = effecten(&next, ctx)
            .map_err(|err| TransitionError::from_error(self.tag(), event.tag(), &err))?;
        Ok(Transition::new(next, effects))
    }

    fn tag(&self) -> &'static str {
        State::tag(self)
    }

    fn effects(&self, ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
        effecten(self, ctx)
    }
}
