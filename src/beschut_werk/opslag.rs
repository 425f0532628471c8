//! Storage (`opslag`): the invariants a persisted [`State`] must satisfy, checked by
//! [`Validate::validate`] and so on every read, so that a tampered or corrupt row is an error
//! and never a state.

use chrono::NaiveDate;

use super::feiten::{Aanvrager, BESCHUT_WERK_2017};
use super::stukken::{Aanvraag, Advies, Dienstbetrekking, Vaststelling};
use super::toestand::{EindeReden, State};
use crate::date::checked;
use crate::error::{Error, Text};
use crate::wire::Validate;

fn invalid(nl: &'static str, en: &'static str) -> Error {
    Error::state("beschut_werk::State", Text::new(nl, en))
}

fn check_aanvraag(sinds: NaiveDate, a: Aanvraag) -> Result<(), Error> {
    checked(sinds, "sinds")?;
    a.validate()?;
    if a.datum() < sinds {
        return Err(invalid(
            "het verzoek ligt vóór de kandidaatstelling",
            "the request is dated before the candidacy",
        ));
    }
    if a.door() == Aanvrager::Persoon && a.datum() < BESCHUT_WERK_2017 {
        return Err(invalid(
            "een eigen verzoek van de persoon vóór 1 januari 2017",
            "a person's own request before 2017-01-01",
        ));
    }
    Ok(())
}

fn check_tot_advies(sinds: NaiveDate, a: Aanvraag, adv: Advies) -> Result<(), Error> {
    check_aanvraag(sinds, a)?;
    adv.validate()?;
    if adv.datum() < a.datum() {
        return Err(invalid(
            "het advies ligt vóór het verzoek",
            "the advice is dated before the request",
        ));
    }
    Ok(())
}

fn check_tot_vaststelling(
    sinds: NaiveDate,
    a: Aanvraag,
    adv: Advies,
    v: &Vaststelling,
) -> Result<(), Error> {
    check_tot_advies(sinds, a, adv)?;
    v.validate()?;
    if v.datum() < adv.datum() {
        return Err(invalid(
            "de vaststelling ligt vóór het advies",
            "the determination is dated before the advice",
        ));
    }
    check_afwijking(adv, v).map_err(|t| Error::state("beschut_werk::State", t))
}

/// A departure from the advice needs a recorded reason; following it needs none.
pub(super) fn check_afwijking(advies: Advies, v: &Vaststelling) -> Result<(), Text> {
    let wijkt_af = advies.strekking() != v.strekking();
    match (v.afwijking().is_some(), wijkt_af) {
        (false, true) if advies.is_positief() => Err(Text::new(
            "afwijken van een positief advies vraagt een vastgelegde reden dat het advies niet \
             zorgvuldig tot stand is gekomen",
            "departing from a positive advice needs a recorded reason that the advice was not \
             carefully made",
        )),
        (false, true) => Err(Text::new(
            "afwijken van een negatief advies vraagt een vastgelegde reden",
            "departing from a negative advice needs a recorded reason",
        )),
        (true, false) => Err(Text::new(
            "er is een reden voor afwijken vastgelegd, maar de vaststelling volgt het advies",
            "a reason for departing is recorded, but the determination follows the advice",
        )),
        _ => Ok(()),
    }
}

/// A positive determination and an offer not before it; the date employment may start from.
fn check_aanbod(v: &Vaststelling, aanbod: Option<NaiveDate>) -> Result<NaiveDate, Error> {
    if !v.is_beschut_werk() {
        return Err(invalid(
            "een aanbod of dienstbetrekking zonder positieve vaststelling",
            "an offer or employment without a positive determination",
        ));
    }
    match aanbod {
        Some(a) if a < v.datum() => Err(invalid(
            "het aanbod ligt vóór de vaststelling",
            "the offer is dated before the determination",
        )),
        Some(a) => checked(a, "aanbod"),
        None => Ok(v.datum()),
    }
}

fn check_dienst(na: NaiveDate, d: &Dienstbetrekking) -> Result<(), Error> {
    d.validate()?;
    if d.aanvang() < na {
        return Err(invalid(
            "de dienstbetrekking begint vóór de vaststelling of het aanbod",
            "the contract starts before the determination or offer",
        ));
    }
    Ok(())
}

struct Beeindiging<'a> {
    sinds: NaiveDate,
    vaststelling: Option<&'a Vaststelling>,
    aanbod: Option<NaiveDate>,
    dienstbetrekking: Option<&'a Dienstbetrekking>,
    einde: NaiveDate,
    reden: EindeReden,
}

fn check_beeindigd(e: &Beeindiging<'_>) -> Result<(), Error> {
    checked(e.sinds, "sinds")?;
    checked(e.einde, "einde")?;
    let mut laatste = e.sinds;
    if let Some(v) = e.vaststelling {
        v.validate()?;
        if v.datum() < e.sinds {
            return Err(invalid(
                "de vaststelling ligt vóór de kandidaatstelling",
                "the determination is dated before the candidacy",
            ));
        }
        laatste = v.datum();
    }
    if e.aanbod.is_some() || e.dienstbetrekking.is_some() {
        let Some(v) = e.vaststelling else {
            return Err(invalid(
                "een aanbod of dienstbetrekking zonder vaststelling",
                "an offer or employment without a determination",
            ));
        };
        laatste = check_aanbod(v, e.aanbod)?;
        if let Some(d) = e.dienstbetrekking {
            check_dienst(laatste, d)?;
            laatste = d.aanvang();
        }
    }
    if e.einde < laatste {
        return Err(invalid(
            "het einde ligt vóór de laatste stap van de procedure",
            "the end is dated before the procedure's last step",
        ));
    }
    let past = match e.reden {
        EindeReden::DienstbetrekkingGeeindigd => e.dienstbetrekking.is_some(),
        EindeReden::AanbodAfgewezen => e.aanbod.is_some() && e.dienstbetrekking.is_none(),
        EindeReden::GeenBeschutWerk => e.vaststelling.is_some_and(|v| !v.is_beschut_werk()),
        EindeReden::NietMeerInKring => true,
    };
    if past {
        Ok(())
    } else {
        Err(invalid(
            "de reden van het einde past niet bij het verloop van de procedure",
            "the reason for the end does not fit what happened in the procedure",
        ))
    }
}

impl Validate for State {
    /// Checks the invariants a stored state must satisfy (used on deserialisation).
    fn validate(&self) -> Result<(), Error> {
        match self {
            Self::Kandidaat { sinds } => checked(*sinds, "sinds").map(|_| ()),
            Self::AdviesAangevraagd {
                sinds,
                aanvraag,
                vorig_advies,
            } => {
                check_aanvraag(*sinds, *aanvraag)?;
                if vorig_advies.is_some_and(|v| v < *sinds || v > aanvraag.datum()) {
                    return Err(invalid(
                        "het eerdere advies ligt buiten de kandidaatstelling of na het verzoek",
                        "the earlier advice lies outside the candidacy or after the request",
                    ));
                }
                Ok(())
            }
            Self::AdviesUitgebracht {
                sinds,
                aanvraag,
                advies,
            } => check_tot_advies(*sinds, *aanvraag, *advies),
            Self::Vastgesteld {
                sinds,
                aanvraag,
                advies,
                vaststelling,
            } => check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling),
            Self::Aangeboden {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
            } => {
                check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling)?;
                check_aanbod(vaststelling, Some(*aanbod)).map(|_| ())
            }
            Self::InDienst {
                sinds,
                aanvraag,
                advies,
                vaststelling,
                aanbod,
                dienstbetrekking,
            } => {
                check_tot_vaststelling(*sinds, *aanvraag, *advies, vaststelling)?;
                let na = check_aanbod(vaststelling, *aanbod)?;
                check_dienst(na, dienstbetrekking)
            }
            Self::Beeindigd {
                sinds,
                vaststelling,
                aanbod,
                dienstbetrekking,
                einde,
                reden,
            } => check_beeindigd(&Beeindiging {
                sinds: *sinds,
                vaststelling: vaststelling.as_ref(),
                aanbod: *aanbod,
                dienstbetrekking: dienstbetrekking.as_ref(),
                einde: *einde,
                reden: *reden,
            }),
        }
    }
}
