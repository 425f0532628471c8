//! The dated effects of each state of the hand-over: what is due and when, each with its
//! code ([`gronden`](super::gronden)) and its legal or policy basis.

use chrono::NaiveDate;

use super::gronden::{
    BESLISTERMIJN, BIJSTAND_EINDE, INFORMEREN_VANAF, INGANG_BIJSTAND, INGANG_IOW, MAATREGEL_EINDE,
    MAATREGEL_INGANG, VERWACHTE_INGANG, VROEGSTE_AANVRAAG, VROEGSTE_MELDING, WW_EINDE,
    ZOEKTERMIJN_EINDE,
};
use super::{Besluit, State};
use crate::bijstand::afstemming::Toepassing;
use crate::bijstand::melding::{ART_41_LID_4, Zoektermijn, ingangsdatum};
use crate::citation::{Citation, Regulation};
use crate::date::{add_days, checked};
use crate::decision::Code;
use crate::error::Error;
use crate::procedure::{Context, Effect};

pub(crate) const ART_41_LID_6: &Citation =
    &Citation::article(Regulation::Participatiewet, "41").lid(6);
pub(crate) const ART_44_LID_1: &Citation =
    &Citation::article(Regulation::Participatiewet, "44").lid(1);
pub(crate) const ART_44_LID_3: &Citation =
    &Citation::article(Regulation::Participatiewet, "44").lid(3);
pub(crate) const ART_18_LID_2: &Citation =
    &Citation::article(Regulation::Participatiewet, "18").lid(2);
pub(crate) const WW_42: &Citation = &Citation::article(Regulation::Werkloosheidswet, "42");
pub(crate) const IOW_3: &Citation = &Citation::article(Regulation::Iow, "3");

/// Pushes an effect whose date lies in the crate's range of dates.
fn push(
    effects: &mut Vec<Effect>,
    code: &'static Code,
    datum: NaiveDate,
    citation: impl Into<crate::citation::Cite>,
) -> Result<(), Error> {
    effects.push(Effect::with_cite(code, checked(datum, "datum")?, citation));
    Ok(())
}

/// The effects of `state`; an error when one of its dates falls outside
/// [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST).
pub(crate) fn effecten(state: &State, ctx: &Context<'_>) -> Result<Vec<Effect>, Error> {
    let dossier = state.dossier();
    let einde = dossier.ww_dag_na_einde();
    match *state {
        State::WwLoopt { .. } | State::Geinformeerd { .. } => {
            let mut effects = Vec::with_capacity(3);
            if let State::WwLoopt { .. } = state {
                let beleid = ctx.beleid();
                push(
                    &mut effects,
                    &INFORMEREN_VANAF,
                    dossier.informeren_vanaf(beleid)?,
                    beleid.citation(),
                )?;
            }
            if let Some(vanaf) = dossier.melding_vanaf() {
                if vanaf > state.datum() {
                    push(&mut effects, &VROEGSTE_MELDING, vanaf, ART_41_LID_6)?;
                }
            }
            push(&mut effects, &WW_EINDE, einde, WW_42)?;
            Ok(effects)
        }
        State::Gemeld { melding, .. } => {
            gemeld(einde, melding, Zoektermijn::bij_melding(dossier, melding))
        }
        State::Aangevraagd {
            melding, aanvraag, ..
        } => {
            let mut effects = Vec::with_capacity(2);
            let beleid = ctx.beleid();
            let dagen = i64::from(beleid.decision_term_weeks()).saturating_mul(7);
            push(
                &mut effects,
                &BESLISTERMIJN,
                add_days(aanvraag, dagen)?,
                beleid.decision_term_cite(),
            )?;
            push(
                &mut effects,
                &VERWACHTE_INGANG,
                ingangsdatum(einde, melding),
                ART_44_LID_1,
            )?;
            Ok(effects)
        }
        State::Besloten { besluit, .. } | State::Uitgestroomd { besluit, .. } => {
            let maatregelen = state.maatregelen();
            let mut effects = Vec::with_capacity(2 + 2 * maatregelen.len());
            if let Some(start) = state.ingangsdatum() {
                let (code, citation) = match besluit {
                    Besluit::Iow {} => (&INGANG_IOW, IOW_3),
                    _ if besluit.vanaf_aanvraag() => (&INGANG_BIJSTAND, ART_44_LID_3),
                    _ => (&INGANG_BIJSTAND, ART_44_LID_1),
                };
                push(&mut effects, code, start, citation)?;
            }
            for m in maatregelen {
                let citation: crate::citation::Cite = match m.toepassing() {
                    Toepassing::Wettelijk { trede } => trede.citation().into(),
                    _ => ART_18_LID_2.into(),
                };
                let periode = m.periode();
                push(
                    &mut effects,
                    &MAATREGEL_INGANG,
                    periode.from(),
                    citation.clone(),
                )?;
                push(&mut effects, &MAATREGEL_EINDE, periode.to(), citation)?;
            }
            if let Some(einde) = state.beeindiging() {
                push(
                    &mut effects,
                    &BIJSTAND_EINDE,
                    einde.datum(),
                    einde.reden().citation(),
                )?;
            }
            Ok(effects)
        }
        State::Beeindigd { .. } => Ok(Vec::new()),
    }
}

/// The effects of the melding: the search period (if any), the earliest application, the
/// WW's end and the expected start.
pub(crate) fn gemeld(
    einde: NaiveDate,
    melding: NaiveDate,
    zoektermijn: Option<Zoektermijn>,
) -> Result<Vec<Effect>, Error> {
    let mut effects = Vec::with_capacity(4);
    let aanvraag_vanaf = match zoektermijn {
        Some(z) => {
            push(
                &mut effects,
                &ZOEKTERMIJN_EINDE,
                z.laatste_dag(),
                ART_41_LID_4,
            )?;
            z.einde()
        }
        None => melding,
    };
    push(
        &mut effects,
        &VROEGSTE_AANVRAAG,
        aanvraag_vanaf,
        ART_41_LID_4,
    )?;
    push(&mut effects, &WW_EINDE, einde, WW_42)?;
    push(
        &mut effects,
        &VERWACHTE_INGANG,
        ingangsdatum(einde, melding),
        ART_44_LID_1,
    )?;
    Ok(effects)
}
