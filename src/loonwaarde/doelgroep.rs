//! The `doelgroep loonkostensubsidie` (target group for the wage-cost subsidy): Pw art. 6
//! lid 1 e, art. 10c.
//!
//! The criteria for "possibilities for work" are those of the 2014 Besluit art. 1 lid 1
//! (the 2021 Besluit text of its doelgroep article was not verified): a task in a work
//! organisation, basic employee skills, one hour at a stretch, and at least 4 hours a day or at
//! least 2 hours a day while earning at least the hourly minimum wage.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::legacy::{Decision, Eligibility, Ground};
use crate::error::Error;

/// At least this many hours a day (Besluit 2014 art. 1 lid 1 d).
pub const MIN_UREN_PER_DAG: Decimal = Decimal::from_parts(4, 0, 0, false, 0);
/// Or at least this many hours a day while earning the hourly minimum wage (art. 1 lid 1 d).
pub const MIN_UREN_PER_DAG_MET_WML: Decimal = Decimal::from_parts(2, 0, 0, false, 0);
/// An application at most once per this many months (Pw art. 10c lid 2).
pub const AANVRAAG_TERMIJN_MAANDEN: i32 = 12;

/// The college determines on application whether a person belongs to the doelgroep.
pub const ART_10C_LID_1: Citation = Citation::article(Regulation::Participatiewet, "10c").lid(1);
/// One application per twelve months.
pub const ART_10C_LID_2: Citation = Citation::article(Regulation::Participatiewet, "10c").lid(2);
/// Definition of the doelgroep.
pub const ART_6_LID_1: Citation = Citation::article(Regulation::Participatiewet, "6").lid(1);
/// Criteria for possibilities for work.
pub const BESLUIT_2014_ART_1: Citation =
    Citation::article(Regulation::BesluitLoonkostensubsidie2014, "1").lid(1);

/// The facts of an application for a doelgroep determination.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::DoelgroepAanvraag;
/// let a = DoelgroepAanvraag::new(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap());
/// assert!(a.vorige_aanvraag.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the criteria of the law are yes/no findings of the college"
)]
pub struct DoelgroepAanvraag {
    /// Date of the written application.
    pub aanvraagdatum: NaiveDate,
    /// Date of the person's previous application, if any.
    pub vorige_aanvraag: Option<NaiveDate>,
    /// The person is supported by the college (art. 7 lid 1 a).
    pub ondersteund_art7: bool,
    /// Can do a task in a work organisation.
    pub taak_in_arbeidsorganisatie: bool,
    /// Has basic employee skills.
    pub basale_werknemersvaardigheden: bool,
    /// Can work at least one hour at a stretch.
    pub uur_aaneengesloten: bool,
    /// Hours per day the person can work.
    #[serde(with = "rust_decimal::serde::str")]
    pub belastbaar_uren_per_dag: Decimal,
    /// Earns at least the hourly minimum wage.
    pub verdient_minimumloon_per_uur: bool,
    /// Cannot earn the minimum wage with full-time work.
    pub kan_wml_niet_voltijds_verdienen: bool,
}

impl DoelgroepAanvraag {
    /// An application on `aanvraagdatum` for a person supported under art. 7 lid 1 a who meets
    /// every criterion (4 hours a day, cannot earn the minimum wage); adjust the fields.
    ///
    /// ```
    /// use participatiewet::DoelgroepAanvraag;
    /// let a = DoelgroepAanvraag::new(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
    /// assert!(a.vorige_aanvraag.is_none());
    /// ```
    #[must_use]
    pub fn new(aanvraagdatum: NaiveDate) -> Self {
        Self {
            aanvraagdatum,
            vorige_aanvraag: None,
            ondersteund_art7: true,
            taak_in_arbeidsorganisatie: true,
            basale_werknemersvaardigheden: true,
            uur_aaneengesloten: true,
            belastbaar_uren_per_dag: MIN_UREN_PER_DAG,
            verdient_minimumloon_per_uur: false,
            kan_wml_niet_voltijds_verdienen: true,
        }
    }
}

/// Determines whether a person belongs to the doelgroep loonkostensubsidie. A second
/// application within 12 months of the previous one is refused (art. 10c lid 2) as
/// `NotEligible` with that ground first.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{DoelgroepAanvraag, doelgroep_loonkostensubsidie};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let mut a = DoelgroepAanvraag::new(d(2024, 5, 1));
/// assert!(doelgroep_loonkostensubsidie(&a)?.is_eligible());
/// a.vorige_aanvraag = Some(d(2023, 9, 1));
/// assert!(!doelgroep_loonkostensubsidie(&a)?.is_eligible());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn doelgroep_loonkostensubsidie(
    aanvraag: &DoelgroepAanvraag,
) -> Result<Eligibility<Decision<NaiveDate>>, Error> {
    if let Some(vorige) = aanvraag.vorige_aanvraag {
        if vorige > aanvraag.aanvraagdatum {
            return Err(Error::InvalidFacts {
                field: "vorige_aanvraag".into(),
                reason: "the previous application is after this one".into(),
            });
        }
        let vrij = add_months(vorige, AANVRAAG_TERMIJN_MAANDEN, MonthEnd::LastDay)?;
        if aanvraag.aanvraagdatum < vrij {
            return Ok(Eligibility::NotEligible(vec![Ground::new(
                ART_10C_LID_2,
                format!(
                    "an application can be made once per 12 months: the previous one was on \
                     {vorige}, the next is possible from {vrij}"
                ),
            )]));
        }
    }
    let mut redenen = Vec::new();
    if !aanvraag.ondersteund_art7 {
        redenen.push(Ground::new(
            ART_10C_LID_1,
            "the applicant is not a person supported by the college under art. 7 lid 1 a",
        ));
    }
    let checks = [
        (
            aanvraag.taak_in_arbeidsorganisatie,
            "cannot do a task in a work organisation",
        ),
        (
            aanvraag.basale_werknemersvaardigheden,
            "lacks basic employee skills",
        ),
        (
            aanvraag.uur_aaneengesloten,
            "cannot work one hour at a stretch",
        ),
    ];
    for (ok, text) in checks {
        if !ok {
            redenen.push(Ground::new(BESLUIT_2014_ART_1, text));
        }
    }
    let uren = aanvraag.belastbaar_uren_per_dag;
    let belastbaar = uren >= MIN_UREN_PER_DAG
        || (uren >= MIN_UREN_PER_DAG_MET_WML && aanvraag.verdient_minimumloon_per_uur);
    if !belastbaar {
        redenen.push(Ground::new(
            BESLUIT_2014_ART_1,
            format!(
                "can work {uren} hours a day: needs 4, or 2 while earning the hourly minimum wage"
            ),
        ));
    }
    if !aanvraag.kan_wml_niet_voltijds_verdienen {
        redenen.push(Ground::new(
            ART_6_LID_1,
            "can earn the minimum wage with full-time work",
        ));
    }
    if !redenen.is_empty() {
        return Ok(Eligibility::NotEligible(redenen));
    }
    Ok(Eligibility::Eligible(Decision::with_grounds(
        aanvraag.aanvraagdatum,
        vec![
            Ground::new(
                ART_6_LID_1,
                "cannot earn the minimum wage with full-time work but has possibilities for work",
            ),
            Ground::new(
                BESLUIT_2014_ART_1,
                "task in a work organisation, basic employee skills, one hour at a stretch, \
                 enough hours a day",
            ),
            Ground::new(ART_10C_LID_1, "belongs to the doelgroep loonkostensubsidie"),
        ],
    )))
}
