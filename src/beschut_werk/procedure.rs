//! The procedure (`procedure`): from candidate to employment, as a [`Procedure`] the caller
//! persists.
//!
//! [`Procedure::apply`] borrows the state and returns a [`Transition`] (the next state and its
//! dated [`Effect`]s: deadlines and notices with their citations) or a [`TransitionError`] that
//! names the state, the event and the rule; the old state is untouched. Every state it returns
//! passes [`Validate::validate`] and its effects' dates lie in the crate's range, so it reads
//! back from its own JSON.

use chrono::NaiveDate;

use super::feiten::{Aanvrager, BESCHUT_WERK_2017};
use super::gronden as g;
use super::opslag::check_afwijking;
use super::stukken::{Aanvraag, Advies, Dienstbetrekking, Vaststelling};
use super::toestand::{EindeReden, Event, State};
use crate::date::{MonthEnd, add_days, add_months, checked};
use crate::decision::Code;
use crate::error::{Error, Text, TransitionError};
use crate::procedure::{Context, Effect, Procedure, Transition};
use crate::wire::Validate;

/// An effect on `datum`, refused when the date lies outside the crate's range.
fn effect(
    code: &'static Code,
    datum: NaiveDate,
    citation: impl Into<crate::citation::Cite>,
) -> Result<Effect, Error> {
    Ok(Effect::with_cite(code, checked(datum, "datum")?, citation))
}

impl Procedure for State {
    const MACHINE: &'static str = "beschut_werk";

    /// The day the college identified the candidate (or the person came forward).
    type Start = NaiveDate;

    type Event = Event;

    /// A candidate since `sinds`; errors for a date outside the crate's range.
    fn start(sinds: &NaiveDate, ctx: &Context<'_>) -> Result<Transition<Self>, Error> {
        let state = Self::Kandidaat {
            sinds: checked(*sinds, "sinds")?,
        };
        let effects = state.effects(ctx)?;
        Ok(Transition::new(state, effects))
    }

    fn apply(&self, event: &Event, ctx: &Context<'_>) -> Result<Transition<Self>, TransitionError> {
        if let Err(err) = checked(event.datum(), "datum") {
            return Err(TransitionError::from_error(self.naam(), event.tag(), &err));
        }
        if matches!(self, Self::Beeindigd { .. }) {
            return Err(self.weiger(
                event,
                "de procedure is beëindigd",
                "the procedure has ended",
            ));
        }
        if event.datum() < self.datum() {
            return Err(self.weiger(
                event,
                "de gebeurtenis ligt vóór de datum van de huidige toestand",
                "the event is dated before the state's own date",
            ));
        }
        let state = match event {
            Event::AdviesAangevraagd(aanvraag) => self.aanvragen(event, *aanvraag)?,
            Event::AdviesUitgebracht(advies) => self.advies_uitbrengen(event, *advies)?,
            Event::Vastgesteld(vaststelling) => self.vaststellen(event, vaststelling)?,
            Event::Aangeboden { datum } => self.aanbieden(event, *datum)?,
            Event::InDienst(dienstbetrekking) => self.in_dienst(event, *dienstbetrekking)?,
            Event::Beeindigd { datum, reden } => self.beeindig(event, *datum, *reden)?,
        };
        // Guard: the next state is valid and its effects can be stated (and read back).
        let effects = state
            .validate()
            .and_then(|()| state.effects(ctx))
            .map_err(|err| TransitionError::from_error(self.naam(), event.tag(), &err))?;
        Ok(Transition::new(state, effects))
    }

    fn tag(&self) -> &'static str {
        self.naam()
    }

    fn effects(&self, ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
        // Room for the most effects the state can have: one allocation, none when it has none.
        let mut effects = Vec::with_capacity(match self {
            Self::Kandidaat { .. } | Self::Aangeboden { .. } | Self::Beeindigd { .. } => 0,
            Self::AdviesAangevraagd { .. } | Self::InDienst { .. } => 1,
            Self::AdviesUitgebracht { .. } | Self::Vastgesteld { .. } => 3,
        });
        match self {
            Self::Kandidaat { .. } | Self::Aangeboden { .. } | Self::Beeindigd { .. } => {}
            Self::AdviesAangevraagd { aanvraag, .. } => {
                effects.push(effect(
                    &g::ADVIES_UITERLIJK,
                    aanvraag.advies_uiterlijk()?,
                    g::BESLUIT_2_LID_1,
                )?);
            }
            Self::AdviesUitgebracht {
                aanvraag, advies, ..
            } => {
                if advies.datum() > aanvraag.advies_uiterlijk()? {
                    effects.push(effect(
                        &g::ADVIES_TE_LAAT,
                        advies.datum(),
                        g::BESLUIT_2_LID_1,
                    )?);
                }
                if aanvraag.door() == Aanvrager::Persoon {
                    effects.push(effect(
                        &g::ADVIES_KENNISGEVING,
                        advies.datum(),
                        g::ART_10B_LID_3,
                    )?);
                }
                let beleid = ctx.beleid();
                let dagen = i64::from(beleid.decision_term_weeks()).saturating_mul(7);
                effects.push(effect(
                    &g::BESLUIT_UITERLIJK,
                    add_days(advies.datum(), dagen)?,
                    beleid.decision_term_cite(),
                )?);
            }
            Self::Vastgesteld {
                advies,
                vaststelling,
                ..
            } => vastgesteld_effects(&mut effects, *advies, vaststelling, ctx)?,
            Self::InDienst {
                dienstbetrekking, ..
            } => effects.push(effect(
                &g::LOONKOSTENSUBSIDIE,
                dienstbetrekking.aanvang(),
                g::ART_10B_LID_9,
            )?),
        }
        Ok(effects)
    }
}

fn vastgesteld_effects(
    effects: &mut Vec<Effect>,
    advies: Advies,
    vaststelling: &Vaststelling,
    ctx: &Context<'_>,
) -> Result<(), Error> {
    let datum = vaststelling.datum();
    if vaststelling.afwijking().is_some() {
        effects.push(effect(&g::AFWIJKING_VAN_ADVIES, datum, g::AWB_3_50)?);
    }
    if vaststelling.is_beschut_werk() {
        effects.push(if datum >= BESCHUT_WERK_2017 {
            effect(&g::AANBODPLICHT, datum, g::ART_10B_LID_1)?
        } else {
            effect(&g::AANBOD_VOLGENS_VERORDENING, datum, g::ART_10B_OUD_LID_3)?
        });
        if let Some(months) = ctx.beleid().reassessment_months() {
            let months = i32::try_from(months).unwrap_or(i32::MAX);
            effects.push(effect(
                &g::HERBEOORDELING,
                add_months(datum, months, MonthEnd::LastDay)?,
                ctx.beleid().citation(),
            )?);
        }
    } else if datum >= BESCHUT_WERK_2017 {
        // The person may ask again; within twelve months of the advice UWV answers no
        // without investigation unless new facts are reported (Besluit art. 3 lid 3 b, 6).
        effects.push(effect(
            &g::HERHAALD_VERZOEK_TOT,
            add_months(advies.datum(), 12, MonthEnd::LastDay)?,
            g::BESLUIT_3_LID_6,
        )?);
    }
    Ok(())
}

impl State {
    fn weiger(&self, event: &Event, nl: &'static str, en: &'static str) -> TransitionError {
        TransitionError::new(self.naam(), event.tag(), Text::new(nl, en))
    }

    fn aanvragen(&self, event: &Event, aanvraag: Aanvraag) -> Result<Self, TransitionError> {
        let (sinds, vorig_advies) = match self {
            Self::Kandidaat { sinds } => (*sinds, None),
            Self::Vastgesteld {
                sinds,
                vaststelling,
                advies,
                ..
            } => {
                if vaststelling.is_beschut_werk() && aanvraag.door() == Aanvrager::Persoon {
                    return Err(self.weiger(
                        event,
                        "de persoon heeft al een positieve vaststelling",
                        "the person already has a positive determination",
                    ));
                }
                (*sinds, Some(advies.datum()))
            }
            Self::AdviesUitgebracht { .. } => {
                return Err(self.weiger(
                    event,
                    "het college moet eerst vaststellen op het advies dat het heeft",
                    "the college must first determine on the advice it has",
                ));
            }
            _ => {
                return Err(self.weiger(
                    event,
                    "de gebeurtenis past niet in deze toestand",
                    "the event does not apply in this state",
                ));
            }
        };
        if aanvraag.door() == Aanvrager::Persoon && aanvraag.datum() < BESCHUT_WERK_2017 {
            return Err(self
                .weiger(
                    event,
                    "een persoon kan UWV pas vanaf 1 januari 2017 zelf om advies vragen",
                    "a person may ask UWV for the advice only from 2017-01-01",
                )
                .citing(g::ART_10B_LID_3));
        }
        Ok(Self::AdviesAangevraagd {
            sinds,
            aanvraag,
            vorig_advies,
        })
    }

    fn advies_uitbrengen(&self, event: &Event, advies: Advies) -> Result<Self, TransitionError> {
        let Self::AdviesAangevraagd {
            sinds, aanvraag, ..
        } = self
        else {
            return Err(self.weiger(
                event,
                "er is geen advies gevraagd",
                "no advice was requested",
            ));
        };
        Ok(Self::AdviesUitgebracht {
            sinds: *sinds,
            aanvraag: *aanvraag,
            advies,
        })
    }

    fn vaststellen(&self, event: &Event, v: &Vaststelling) -> Result<Self, TransitionError> {
        let Self::AdviesUitgebracht {
            sinds,
            aanvraag,
            advies,
        } = self
        else {
            return Err(self.weiger(
                event,
                "het college stelt vast op het advies van UWV",
                "the college determines on UWV's advice",
            ));
        };
        check_afwijking(*advies, v).map_err(|rule| {
            TransitionError::new(self.naam(), event.tag(), rule).citing(if advies.is_positief() {
                g::AWB_3_9
            } else {
                g::AWB_3_50
            })
        })?;
        Ok(Self::Vastgesteld {
            sinds: *sinds,
            aanvraag: *aanvraag,
            advies: *advies,
            vaststelling: v.clone(),
        })
    }

    fn aanbieden(&self, event: &Event, datum: NaiveDate) -> Result<Self, TransitionError> {
        let Self::Vastgesteld {
            sinds,
            aanvraag,
            advies,
            vaststelling,
        } = self
        else {
            return Err(self.weiger(
                event,
                "een aanbod volgt op een vaststelling",
                "an offer follows a determination",
            ));
        };
        if !vaststelling.is_beschut_werk() {
            return Err(self
                .weiger(
                    event,
                    "een aanbod vraagt een positieve vaststelling",
                    "an offer needs a positive determination",
                )
                .citing(g::ART_10B_LID_1));
        }
        Ok(Self::Aangeboden {
            sinds: *sinds,
            aanvraag: *aanvraag,
            advies: *advies,
            vaststelling: vaststelling.clone(),
            aanbod: datum,
        })
    }

    fn in_dienst(&self, event: &Event, d: Dienstbetrekking) -> Result<Self, TransitionError> {
        let (sinds, aanvraag, advies, vaststelling, aanbod) = match self {
            Self::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            } => (sinds, aanvraag, advies, vaststelling, None),
            Self::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            } => (sinds, aanvraag, advies, vaststelling, Some(*aanbod)),
            _ => {
                return Err(self.weiger(
                    event,
                    "een dienstbetrekking volgt op een vaststelling of een aanbod",
                    "employment follows a determination or an offer",
                ));
            }
        };
        if !vaststelling.is_beschut_werk() {
            return Err(self
                .weiger(
                    event,
                    "beschut werk vraagt een positieve vaststelling",
                    "beschut werk needs a positive determination",
                )
                .citing(g::ART_10B_LID_1));
        }
        Ok(Self::InDienst {
            sinds: *sinds,
            aanvraag: *aanvraag,
            advies: *advies,
            vaststelling: vaststelling.clone(),
            aanbod,
            dienstbetrekking: d,
        })
    }

    fn beeindig(
        &self,
        event: &Event,
        einde: NaiveDate,
        reden: EindeReden,
    ) -> Result<Self, TransitionError> {
        let (sinds, vaststelling, aanbod, dienstbetrekking) = match self {
            Self::Kandidaat { sinds }
            | Self::AdviesAangevraagd { sinds, .. }
            | Self::AdviesUitgebracht { sinds, .. }
            | Self::Beeindigd { sinds, .. } => (*sinds, None, None, None),
            Self::Vastgesteld {
                sinds,
                vaststelling,
                ..
            } => (*sinds, Some(vaststelling.clone()), None, None),
            Self::Aangeboden {
                sinds,
                vaststelling,
                aanbod,
                ..
            } => (*sinds, Some(vaststelling.clone()), Some(*aanbod), None),
            Self::InDienst {
                sinds,
                vaststelling,
                aanbod,
                dienstbetrekking,
                ..
            } => (
                *sinds,
                Some(vaststelling.clone()),
                *aanbod,
                Some(*dienstbetrekking),
            ),
        };
        let past = match reden {
            EindeReden::DienstbetrekkingGeeindigd => dienstbetrekking.is_some(),
            EindeReden::AanbodAfgewezen => {
                matches!(self, Self::Aangeboden { .. })
            }
            EindeReden::GeenBeschutWerk => {
                matches!(self, Self::Vastgesteld { vaststelling, .. } if !vaststelling.is_beschut_werk())
            }
            EindeReden::NietMeerInKring => true,
        };
        if !past {
            return Err(self.weiger(
                event,
                "deze reden van beëindiging past niet bij deze toestand",
                "this reason for ending does not fit this state",
            ));
        }
        Ok(Self::Beeindigd {
            sinds,
            vaststelling,
            aanbod,
            dienstbetrekking,
            einde,
            reden,
        })
    }
}
