//! One case, read as JSON and decided: the heart of `cargo run --example evaluate`.
//!
//! A case is one object whose single key names the rule (`{"bijstand": {...}}`) and whose
//! value carries that rule's facts in the crate's own wire format (the JSON each facts type
//! serialises to). The answer is JSON: the decision with its
//! coded grounds and the receipt of the parameter rows it used, or the crate's error with its
//! code and field; with `motivering` set, also the motivering of a beschikking.

use chrono::NaiveDate;
use participatiewet::beschut_werk::{self, Verzoek};
use participatiewet::bijstand::{BijstandFeiten, bijstand_op};
use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, loonkostensubsidie};
use participatiewet::ww::{self, WwFeiten};
use participatiewet::{Bezwaar, Decision, Error, Motivering, Parameters, Taal, from_json};
use serde::{Deserialize, Serialize};

/// A case: the rule and its facts.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Zaak {
    /// Bijstand on a date (Participatiewet art. 11, 19a–22a, 31–34).
    Bijstand {
        /// The date the right is decided for.
        peildatum: NaiveDate,
        /// The applicant and the household.
        feiten: BijstandFeiten,
    },
    /// The WW right (WW art. 15–19).
    WwRecht {
        /// The facts of the unemployment.
        feiten: WwFeiten,
    },
    /// The WW duration (WW art. 42).
    WwDuur {
        /// The facts of the unemployment.
        feiten: WwFeiten,
    },
    /// The loonkostensubsidie for a job (Participatiewet art. 10d).
    Loonkostensubsidie {
        /// The month the subsidy is for.
        peildatum: NaiveDate,
        /// The job.
        baan: Dienstbetrekking,
        /// Loonwaarde or the flat route.
        grondslag: LksGrondslag,
    },
    /// The UWV advice on beschut werk (Participatiewet art. 10b).
    BeschutWerk {
        /// The facts of the person.
        feiten: beschut_werk::Feiten,
        /// The request for advice.
        verzoek: Verzoek,
    },
}

/// How the answer is written.
#[derive(Debug, Clone, Copy)]
pub struct Opties {
    /// Also write the motivering.
    pub motivering: bool,
    /// The language of the motivering and of an error's message.
    pub taal: Taal,
    /// The day the decision is sent: adds the bezwaarclausule.
    pub verzonden: Option<NaiveDate>,
}

#[derive(Serialize)]
struct Antwoord<'a, T: Serialize> {
    decision: &'a Decision<T>,
    receipt: participatiewet::Receipt,
}

#[derive(Serialize)]
struct Fout<'a> {
    error: &'a Error,
    field: Option<&'a str>,
    message: String,
}

/// The answer to one case, as the text the CLI prints; `Err` with the same kind of text when
/// the case is refused.
pub fn beantwoord(json: &str, opties: Opties) -> Result<String, String> {
    let params = Parameters::bundled();
    let antwoord = from_json::<Zaak>(json).and_then(|zaak| match zaak {
        Zaak::Bijstand { peildatum, feiten } => schrijf(
            &bijstand_op(&feiten, peildatum, &params)?.decision(),
            &params,
            opties,
        ),
        Zaak::WwRecht { feiten } => {
            schrijf(&ww::recht(&feiten, &params)?.decision(), &params, opties)
        }
        Zaak::WwDuur { feiten } => schrijf(
            &ww::uitkeringsduur(&feiten, &params)?.decision(),
            &params,
            opties,
        ),
        Zaak::Loonkostensubsidie {
            peildatum,
            baan,
            grondslag,
        } => schrijf(
            &loonkostensubsidie(&baan, grondslag, peildatum, &params)?,
            &params,
            opties,
        ),
        Zaak::BeschutWerk { feiten, verzoek } => schrijf(
            &beschut_werk::beoordeel(&feiten, &verzoek).decision(),
            &params,
            opties,
        ),
    });
    antwoord.map_err(|e| fout(&e, opties.taal))
}

fn schrijf<T: Serialize>(
    decision: &Decision<T>,
    params: &Parameters,
    opties: Opties,
) -> Result<String, Error> {
    let antwoord = Antwoord {
        decision,
        receipt: decision.receipt(params),
    };
    let mut out = serde_json::to_string_pretty(&antwoord).map_err(|e| Error::Overflow {
        operation: if e.is_io() { "io" } else { "json" },
    })?;
    out.push('\n');
    if opties.motivering {
        let mut m = Motivering::new(decision, opties.taal);
        if let Some(verzonden) = opties.verzonden {
            m = m.met_bezwaar(Bezwaar::new(verzonden)?);
        }
        out.push('\n');
        out.push_str(&m.to_string());
        out.push('\n');
    }
    Ok(out)
}

fn fout(e: &Error, taal: Taal) -> String {
    let f = Fout {
        error: e,
        field: e.field(),
        message: e.message(taal),
    };
    let mut out = serde_json::to_string_pretty(&f).unwrap_or_else(|_| e.message(taal));
    out.push('\n');
    out
}
