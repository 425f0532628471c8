//! Storage (`opslag`): the invariants a persisted [`State`] must satisfy, checked when it is
//! read back, so that a tampered or corrupt row is an error and never a state.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Deserialize;

use super::geschiktheid::{Aanvrager, BESCHUT_WERK_2017};
use super::procedure::{
    Aanvraag, Advies, Dienstbetrekking, EindeReden, State, Vaststelling, check_afwijking,
};
use crate::error::Error;

pub(super) fn invalid(reason: &'static str) -> Error {
    Error::InvalidState {
        what: "beschut_werk::State",
        reason: Cow::Borrowed(reason).into(),
    }
}

pub(super) fn check_aanvraag(sinds: NaiveDate, a: Aanvraag) -> Result<(), Error> {
    if a.datum < sinds {
        return Err(invalid("the request is dated before the candidacy"));
    }
    if a.door == Aanvrager::Persoon && a.datum < BESCHUT_WERK_2017 {
        return Err(invalid("a person's own request before 2017-01-01"));
    }
    Ok(())
}

pub(super) fn check_tot_advies(sinds: NaiveDate, a: Aanvraag, adv: Advies) -> Result<(), Error> {
    check_aanvraag(sinds, a)?;
    if adv.datum < a.datum {
        return Err(invalid("the advice is dated before the request"));
    }
    Ok(())
}

pub(super) fn check_tot_vaststelling(
    sinds: NaiveDate,
    a: Aanvraag,
    adv: Advies,
    v: &Vaststelling,
) -> Result<(), Error> {
    check_tot_advies(sinds, a, adv)?;
    if v.datum < adv.datum {
        return Err(invalid("the determination is dated before the advice"));
    }
    check_afwijking(adv, v).map_err(invalid)
}

/// A positive determination and an offer not before it; returns the date employment may
/// start from.
pub(super) fn check_aanbod(
    v: &Vaststelling,
    aanbod: Option<NaiveDate>,
) -> Result<NaiveDate, Error> {
    if !v.beschut_werk {
        return Err(invalid(
            "an offer or employment without a positive determination",
        ));
    }
    match aanbod {
        Some(a) if a < v.datum => Err(invalid("the offer is dated before the determination")),
        Some(a) => Ok(a),
        None => Ok(v.datum),
    }
}

pub(super) fn check_dienst(na: NaiveDate, d: &Dienstbetrekking) -> Result<(), Error> {
    if d.aanvang < na {
        return Err(invalid(
            "the contract starts before the determination or offer",
        ));
    }
    if d.uren_per_week.value().is_zero() {
        return Err(invalid("a contract of zero hours"));
    }
    Ok(())
}

pub(super) fn check_beeindigd(
    sinds: NaiveDate,
    vaststelling: Option<&Vaststelling>,
    dienstbetrekking: Option<&Dienstbetrekking>,
    einde: NaiveDate,
) -> Result<(), Error> {
    if let Some(v) = vaststelling {
        if v.datum < sinds {
            return Err(invalid("the determination is dated before the candidacy"));
        }
    }
    if let Some(d) = dienstbetrekking {
        match vaststelling {
            Some(v) => check_dienst(check_aanbod(v, None)?, d)?,
            None => return Err(invalid("employment without a positive determination")),
        }
        if einde < d.aanvang {
            return Err(invalid("the end is dated before the contract started"));
        }
    }
    if einde < vaststelling.map_or(sinds, |v| v.datum) {
        return Err(invalid("the end is dated before the procedure's last step"));
    }
    Ok(())
}

/// The wire shape of [`State`], checked by [`State::validate`] before it becomes one.
#[derive(Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub(super) enum RawState {
    Kandidaat {
        sinds: NaiveDate,
    },
    AdviesAangevraagd {
        sinds: NaiveDate,
        aanvraag: Aanvraag,
        #[serde(default)]
        vorig_advies: Option<NaiveDate>,
    },
    AdviesUitgebracht {
        sinds: NaiveDate,
        aanvraag: Aanvraag,
        advies: Advies,
    },
    Vastgesteld {
        sinds: NaiveDate,
        aanvraag: Aanvraag,
        advies: Advies,
        vaststelling: Vaststelling,
    },
    Aangeboden {
        sinds: NaiveDate,
        aanvraag: Aanvraag,
        advies: Advies,
        vaststelling: Vaststelling,
        aanbod: NaiveDate,
    },
    InDienst {
        sinds: NaiveDate,
        aanvraag: Aanvraag,
        advies: Advies,
        vaststelling: Vaststelling,
        #[serde(default)]
        aanbod: Option<NaiveDate>,
        dienstbetrekking: Dienstbetrekking,
    },
    Beeindigd {
        sinds: NaiveDate,
        #[serde(default)]
        vaststelling: Option<Vaststelling>,
        #[serde(default)]
        dienstbetrekking: Option<Dienstbetrekking>,
        einde: NaiveDate,
        reden: EindeReden,
    },
}

impl TryFrom<RawState> for State {
    type Error = Error;

    fn try_from(raw: RawState) -> Result<Self, Error> {
        let state = match raw {
            RawState::Kandidaat { sinds } => Self::Kandidaat { sinds },
            RawState::AdviesAangevraagd {
                sinds,
                aanvraag,
                vorig_advies,
            } => Self::AdviesAangevraagd {
                sinds,
                aanvraag,
                vorig_advies,
            },
            RawState::AdviesUitgebracht {
                sinds,
                aanvraag,
                advies,
            } => Self::AdviesUitgebracht {
                sinds,
                aanvraag,
                advies,
            },
            RawState::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            } => Self::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            },
            RawState::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            } => Self::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            },
            RawState::InDienst {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
                dienstbetrekking,
            } => Self::InDienst {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
                dienstbetrekking,
            },
            RawState::Beeindigd {
                sinds,
                vaststelling,
                dienstbetrekking,
                einde,
                reden,
            } => Self::Beeindigd {
                sinds,
                vaststelling,
                dienstbetrekking,
                einde,
                reden,
            },
        };
        state.validate()?;
        Ok(state)
    }
}
