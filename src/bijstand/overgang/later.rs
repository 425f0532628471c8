//! Later bijstand: the measures imposed on the bijstand decided (Participatiewet art. 18) and
//! its end with the reason (outflow), as transitions of the hand-over and their invariants.

use chrono::NaiveDate;

use super::opening::niet_voor_geboorte;
use super::{Besluit, Dossier, Event, Exit, State};
use crate::bijstand::afstemming::{
    Gedraging, MaatregelFeiten, OpgelegdeMaatregel, Verordening, maatregel,
};
use crate::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
use crate::citation::{Citation, Regulation};
use crate::decision::{Decision, Eligibility};
use crate::error::{Error, Text, TransitionError};
use crate::money::Money;
use crate::procedure::Context;

const ART_8_LID_1_A: &Citation = &Citation::article(Regulation::Participatiewet, "8")
    .lid(1)
    .onderdeel("a");

/// The most measures one bijstand carries (a bound of the crate: at most one a month for
/// eight years).
pub(crate) const MAX_MAATREGELEN: usize = 100;

fn bad(reason: Text) -> Error {
    Error::state("bijstand::State", reason)
}

fn refuse(state: &State, event: &Event, rule: Text) -> TransitionError {
    TransitionError::new(state.tag(), event.tag(), rule)
}

/// The measures of a decided state: only on bijstand granted, each valid, not before the birth
/// date, starting on or after the bijstand's start, lowering at most the amount decided.
pub(super) fn check_maatregelen(
    dossier: &Dossier,
    besluit: Besluit,
    ingang: Option<NaiveDate>,
    maatregelen: &[OpgelegdeMaatregel],
) -> Result<(), Error> {
    if maatregelen.is_empty() {
        return Ok(());
    }
    let (Some(bedrag), Some(ingang)) = (besluit.bedrag(), ingang) else {
        return Err(bad(Text::new(
            "een maatregel verlaagt alleen toegekende bijstand",
            "a measure lowers only bijstand granted",
        )));
    };
    if maatregelen.len() > MAX_MAATREGELEN {
        return Err(bad(Text::new(
            "ten hoogste 100 maatregelen per bijstand",
            "at most 100 measures per bijstand",
        )));
    }
    for m in maatregelen {
        crate::wire::Validate::validate(m)?;
        niet_voor_geboorte(dossier, m.gedraging_datum(), "gedraging_datum")?;
        if m.periode().from() < ingang {
            return Err(bad(NIET_VOOR_BIJSTAND));
        }
        if m.verlaging() > bedrag {
            return Err(bad(Text::new(
                "een maatregel verlaagt de bijstand niet met meer dan de bijstand",
                "a measure does not lower the bijstand by more than the bijstand",
            )));
        }
    }
    Ok(())
}

const NIET_VOOR_BIJSTAND: Text = Text::new(
    "een maatregel gaat niet in vóór de bijstand",
    "a measure does not start before the bijstand",
);

const NA_INGANG: Text = Text::new(
    "de bijstand eindigt na de eerste dag van de bijstand",
    "the bijstand ends after its first day",
);

/// The end of a decided bijstand: of bijstand granted, decided on or after the decision
/// granting it, the first day without bijstand after its first day.
pub(super) fn check_einde(
    besluit: Besluit,
    datum: NaiveDate,
    ingang: Option<NaiveDate>,
    beeindigd_op: NaiveDate,
    beeindiging: Beeindiging,
) -> Result<(), Error> {
    crate::date::checked(beeindigd_op, "beeindigd_op")?;
    crate::wire::Validate::validate(&beeindiging)?;
    if beeindigd_op < datum {
        return Err(bad(Text::new(
            "de beëindiging ligt vóór het besluit",
            "the end is decided before the decision",
        )));
    }
    if besluit.bedrag().is_none() {
        return Err(bad(Text::new(
            "alleen toegekende bijstand eindigt",
            "only bijstand granted ends",
        )));
    }
    match ingang {
        Some(ingang) if beeindiging.datum() > ingang => Ok(()),
        _ => Err(bad(NA_INGANG)),
    }
}

/// The granted bijstand of a decided state: its amount and first day.
fn toegekend(state: &State, event: &Event) -> Result<(Money, NaiveDate), TransitionError> {
    match (
        state.besluit().and_then(|b| b.bedrag()),
        state.ingangsdatum(),
    ) {
        (Some(bedrag), Some(ingang)) => Ok((bedrag, ingang)),
        _ => Err(refuse(
            state,
            event,
            Text::new(
                "er is geen bijstand toegekend",
                "no bijstand has been granted",
            ),
        )),
    }
}

/// The facts of the measure `event` imposes on the decided `state`, and the verordening in
/// force on the day of the conduct.
fn maatregel_invoer(
    state: &State,
    event: &Event,
    ctx: &Context<'_>,
) -> Result<(MaatregelFeiten, Verordening), TransitionError> {
    let Event::Maatregel {
        gedraging,
        gedraging_datum,
        ingang,
        ..
    } = *event
    else {
        return Err(refuse(
            state,
            event,
            Text::new("geen maatregel", "no measure"),
        ));
    };
    let (bedrag, bijstand_ingang) = toegekend(state, event)?;
    let fout = |err: &Error| TransitionError::from_error(state.tag(), event.tag(), err);
    niet_voor_geboorte(state.dossier(), gedraging_datum, "gedraging_datum")
        .map_err(|e| fout(&e))?;
    if ingang < bijstand_ingang {
        return Err(refuse(state, event, NIET_VOOR_BIJSTAND));
    }
    let verordening = ctx.beleid().afstemmingsverordening_op(gedraging_datum);
    let mut feiten = MaatregelFeiten::builder(verordening.gemeente(), bedrag).ingang(ingang);
    feiten = match gedraging {
        Gedraging::Arbeidsverplichting { verplichting } => {
            feiten.arbeidsverplichting(verplichting, gedraging_datum)
        }
        Gedraging::Verordening {
            verplichting,
            categorie,
        } => feiten.verordening(verplichting, categorie, gedraging_datum),
    };
    for m in state.maatregelen() {
        feiten = feiten.eerdere(*m);
    }
    let feiten = feiten.build().map_err(|e| fout(&e))?;
    Ok((feiten, verordening))
}

/// `maatregel`: the measure for the conduct under the law and the verordening in force on the
/// day of the conduct ([`Beleid::afstemmingsverordening_op`](crate::Beleid)), added to the
/// decided state.
pub(super) fn maatregel_opleggen(
    state: &State,
    event: &Event,
    ctx: &Context<'_>,
) -> Result<State, TransitionError> {
    let State::Besloten {
        dossier,
        melding,
        aanvraag,
        datum,
        besluit,
        maatregelen,
    } = state
    else {
        return Err(refuse(
            state,
            event,
            Text::new("niet besloten", "not decided"),
        ));
    };
    if maatregelen.len() >= MAX_MAATREGELEN {
        return Err(refuse(
            state,
            event,
            Text::new(
                "ten hoogste 100 maatregelen per bijstand",
                "at most 100 measures per bijstand",
            ),
        ));
    }
    let (feiten, verordening) = maatregel_invoer(state, event, ctx)?;
    let uitkomst = maatregel(&feiten, &verordening)
        .map_err(|e| TransitionError::from_error(state.tag(), event.tag(), &e))?;
    let Some(opgelegd) = uitkomst.opgelegd() else {
        return Err(refuse(
            state,
            event,
            Text::new(
                "de gemeenteraad heeft geen afstemmingsverordening vastgesteld: het college kan \
                 de bijstand voor deze gedraging niet verlagen",
                "the council adopted no afstemmingsverordening: the college cannot lower the \
                 bijstand for this conduct",
            ),
        )
        .citing(ART_8_LID_1_A));
    };
    let mut maatregelen = maatregelen.clone();
    maatregelen.push(opgelegd);
    Ok(State::Besloten {
        dossier: *dossier,
        melding: *melding,
        aanvraag: *aanvraag,
        datum: *datum,
        besluit: *besluit,
        maatregelen,
    })
}

/// `beeindiging`: the decided bijstand ends from the first day without it, for its reason;
/// the pensionable age not before the person's AOW date (AOW art. 7a).
pub(super) fn beeindigen(
    state: &State,
    event: &Event,
    ctx: &Context<'_>,
) -> Result<State, TransitionError> {
    let Event::Beeindiging {
        datum: beeindigd_op,
        beeindiging,
    } = *event
    else {
        return Err(refuse(
            state,
            event,
            Text::new("geen beëindiging", "no end"),
        ));
    };
    let State::Besloten {
        dossier,
        melding,
        aanvraag,
        datum,
        besluit,
        maatregelen,
    } = state
    else {
        return Err(refuse(
            state,
            event,
            Text::new("niet besloten", "not decided"),
        ));
    };
    let (_, ingang) = toegekend(state, event)?;
    if beeindiging.datum() <= ingang {
        return Err(refuse(state, event, NA_INGANG));
    }
    if beeindiging.reden() == Beeindigingsreden::Pensioenleeftijd {
        super::machine::aow_bereikt(state, event, beeindiging.datum(), ctx)?;
    }
    Ok(State::Uitgestroomd {
        dossier: *dossier,
        melding: *melding,
        aanvraag: *aanvraag,
        datum: *datum,
        besluit: *besluit,
        maatregelen: maatregelen.clone(),
        beeindigd_op,
        beeindiging,
    })
}

impl State {
    /// The decision of the measure `event` would impose on this decided state (its letter,
    /// with the grounds of [`afstemming::maatregel`](crate::bijstand::afstemming::maatregel)):
    /// computed from exactly the facts the machine uses (the amount decided, the earlier
    /// measures, the verordening in force on the day of the conduct), so the letter and the
    /// stored measure cannot disagree. Errors like the event; for conduct only a verordening
    /// can sanction in a municipality without one, the decision reports that the bijstand is
    /// not lowered (art. 8 lid 1 onderdeel a), where the event is refused.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(1990, 7, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2024, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::{Money, Procedure, Taal};
    /// use participatiewet::bijstand::afstemming::{Arbeidsverplichting, Gedraging};
    /// use participatiewet::bijstand::{Besluit, Event, Opening, State};
    /// let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1))?, &ctx)?.state;
    /// for e in [
    ///     Event::Melding { datum: d(2026, 3, 2) },
    ///     Event::Aanvraag { datum: d(2026, 3, 9) },
    ///     Event::Besluit { datum: d(2026, 3, 23), besluit: Besluit::bijstand(Money::from_cents(140_150)?) },
    /// ] {
    ///     state = state.apply(&e, &ctx)?.state;
    /// }
    /// let event = Event::Maatregel {
    ///     datum: d(2026, 5, 20),
    ///     gedraging: Gedraging::Arbeidsverplichting { verplichting: Arbeidsverplichting::Reizen },
    ///     gedraging_datum: d(2026, 5, 4),
    ///     ingang: d(2026, 6, 1),
    /// };
    /// let besluit = state.maatregel_besluit(&event, &ctx)?;
    /// assert!(besluit.outcome().text(Taal::Nl).starts_with("Uw bijstand wordt verlaagd met 100%."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn maatregel_besluit(
        &self,
        event: &Event,
        ctx: &Context<'_>,
    ) -> Result<Decision<Eligibility<Money>>, TransitionError> {
        if !matches!(self, Self::Besloten { .. }) {
            return Err(refuse(
                self,
                event,
                Text::new("niet besloten", "not decided"),
            ));
        }
        let (feiten, verordening) = maatregel_invoer(self, event, ctx)?;
        maatregel(&feiten, &verordening)
            .map(|m| m.decision())
            .map_err(|e| TransitionError::from_error(self.tag(), event.tag(), &e))
    }

    /// The measures imposed on the bijstand decided, in the order imposed (none before a
    /// decision).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(1990, 7, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2024, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// use participatiewet::{Beleid, Citation, Context, Money, Parameters, Procedure, Regulation};
    /// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Gedraging, Verplichting};
    /// use participatiewet::bijstand::{Besluit, Event, Opening, State};
    /// let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels 2026".to_owned());
    /// let beleid = Beleid::new("Voorbeeldstad", bron)?
    ///     .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())?;
    /// let params = Parameters::bundled();
    /// let ctx = Context::new(&params, &beleid);
    /// let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1))?, &ctx)?.state;
    /// for e in [
    ///     Event::Melding { datum: d(2026, 3, 2) },
    ///     Event::Aanvraag { datum: d(2026, 3, 9) },
    ///     Event::Besluit { datum: d(2026, 3, 23), besluit: Besluit::bijstand(Money::from_cents(140_150)?) },
    ///     Event::Maatregel {
    ///         datum: d(2026, 5, 20),
    ///         gedraging: Gedraging::Verordening { verplichting: Verplichting::Medewerking, categorie: 2 },
    ///         gedraging_datum: d(2026, 5, 4),
    ///         ingang: d(2026, 6, 1),
    ///     },
    /// ] {
    ///     state = state.apply(&e, &ctx)?.state;
    /// }
    /// assert_eq!(state.maatregelen()[0].to_string(), "verordening: categorie 2, 30% van 2026-06-01 tot 2026-07-01");
    /// assert_eq!(state.bedrag_op(d(2026, 6, 15)), Some(Money::from_cents(98_105)?));
    /// assert_eq!(state.bedrag_op(d(2026, 7, 1)), Some(Money::from_cents(140_150)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn maatregelen(&self) -> &[OpgelegdeMaatregel] {
        match self {
            Self::Besloten { maatregelen, .. } | Self::Uitgestroomd { maatregelen, .. } => {
                maatregelen
            }
            _ => &[],
        }
    }

    /// The bijstand per month on `datum` after the measures whose period holds it; `None`
    /// outside the bijstand granted (before its start, from its end, or without a grant).
    /// Never negative, never above the amount decided.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.bedrag_op(d(2026, 6, 1)), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn bedrag_op(&self, datum: NaiveDate) -> Option<Money> {
        let bedrag = self.besluit()?.bedrag()?;
        if datum < self.ingangsdatum()? || self.beeindiging().is_some_and(|e| datum >= e.datum()) {
            return None;
        }
        Some(
            self.maatregelen()
                .iter()
                .fold(bedrag, |rest, m| rest.saturating_sub(m.verlaging_op(datum))),
        )
    }

    /// The end of the bijstand decided, with its reason: the outflow this state records.
    /// A hand-over that ended before a decision records no end of bijstand (see
    /// [`State::exit`] and [`Exit::reden`]).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(1990, 7, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2024, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::{Money, Procedure};
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// use participatiewet::bijstand::{Besluit, Event, Opening, State};
    /// let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1))?, &ctx)?.state;
    /// let einde = Beeindiging::new(d(2026, 10, 1), Beeindigingsreden::Werk)?;
    /// for e in [
    ///     Event::Melding { datum: d(2026, 3, 2) },
    ///     Event::Aanvraag { datum: d(2026, 3, 9) },
    ///     Event::Besluit { datum: d(2026, 3, 23), besluit: Besluit::bijstand(Money::from_cents(140_150)?) },
    ///     Event::Beeindiging { datum: d(2026, 9, 25), beeindiging: einde },
    /// ] {
    ///     state = state.apply(&e, &ctx)?.state;
    /// }
    /// assert_eq!(state.tag(), "uitgestroomd");
    /// assert_eq!(state.beeindiging(), Some(einde));
    /// assert_eq!(state.bedrag_op(d(2026, 10, 1)), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn beeindiging(&self) -> Option<Beeindiging> {
        match *self {
            Self::Uitgestroomd { beeindiging, .. } => Some(beeindiging),
            _ => None,
        }
    }
}

impl Exit {
    /// The reason of the end this exit stands for.
    ///
    /// ```
    /// use participatiewet::bijstand::Exit;
    /// use participatiewet::bijstand::beeindiging::Beeindigingsreden;
    /// assert_eq!(Exit::WerkGevonden.reden(), Beeindigingsreden::Werk);
    /// assert_eq!(Exit::Verhuisd.reden(), Beeindigingsreden::Verhuizing);
    /// assert_eq!(Exit::AowLeeftijd.reden(), Beeindigingsreden::Pensioenleeftijd);
    /// ```
    #[must_use]
    pub const fn reden(self) -> Beeindigingsreden {
        match self {
            Self::WerkGevonden => Beeindigingsreden::Werk,
            Self::Verhuisd => Beeindigingsreden::Verhuizing,
            Self::AowLeeftijd => Beeindigingsreden::Pensioenleeftijd,
        }
    }
}
