//! The `doelgroep loonkostensubsidie` (target group for the wage-cost subsidy): Pw art. 6
//! lid 1 e, art. 10c.
//!
//! The criteria for "possibilities for work" are those of the 2014 Besluit art. 1 lid 1 (law
//! text read): a task in a work organisation, basic employee skills, one hour at a stretch, and
//! at least 4 hours a day or at least 2 hours a day while earning at least the hourly minimum
//! wage. The doelgroep article of the 2021 Besluit was not found in the stored law texts.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::gronden as g;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::{Decision, Eligibility, Ground, Label, Value};
use crate::error::{Error, Text};
use crate::money::Hours;
use crate::wire::{Validate, validated_serde, wire_enum};

/// At least this many hours a day (Besluit 2014 art. 1 lid 1 d).
pub const MIN_UREN_PER_DAG: Decimal = Decimal::from_parts(4, 0, 0, false, 0);
/// Or at least this many hours a day while earning the hourly minimum wage (art. 1 lid 1 d).
pub const MIN_UREN_PER_DAG_MET_WML: Decimal = Decimal::from_parts(2, 0, 0, false, 0);
/// An application at most once per this many months (Pw art. 10c lid 2).
pub const AANVRAAG_TERMIJN_MAANDEN: i32 = 12;

/// The college determines on application whether a person belongs to the doelgroep.
pub const ART_10C_LID_1: &Citation = &Citation::article(Regulation::Participatiewet, "10c").lid(1);
/// One application per twelve months.
pub const ART_10C_LID_2: &Citation = &Citation::article(Regulation::Participatiewet, "10c").lid(2);
/// Definition of the doelgroep.
pub const ART_6_LID_1: &Citation = &Citation::article(Regulation::Participatiewet, "6")
    .lid(1)
    .onderdeel("e");
/// Criteria for possibilities for work.
pub const BESLUIT_2014_ART_1: &Citation =
    &Citation::article(Regulation::BesluitLoonkostensubsidie2014, "1").lid(1);

/// A criterion of Besluit 2014 art. 1 lid 1 a–c that the college found not met.
///
/// ```
/// use participatiewet::loonwaarde::Criterium;
/// assert_eq!(Criterium::UurAaneengesloten.to_string(), "uur_aaneengesloten");
/// assert_eq!("taak_in_arbeidsorganisatie".parse::<Criterium>()?, Criterium::TaakInArbeidsorganisatie);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Criterium {
    /// Can do a task in a work organisation (onderdeel a).
    TaakInArbeidsorganisatie,
    /// Has basic employee skills (onderdeel b).
    BasaleWerknemersvaardigheden,
    /// Can work at least one hour at a stretch (onderdeel c).
    UurAaneengesloten,
}

wire_enum!(Criterium);

/// The labels of [`Criterium`], in variant order.
pub(crate) const CRITERIA: &[Label] = &[
    Label::new(
        "taak_in_arbeidsorganisatie",
        "een taak kunnen uitvoeren in een arbeidsorganisatie",
        "able to do a task in a work organisation",
    ),
    Label::new(
        "basale_werknemersvaardigheden",
        "over basale werknemersvaardigheden beschikken",
        "having basic employee skills",
    ),
    Label::new(
        "uur_aaneengesloten",
        "ten minste een uur aaneengesloten kunnen werken",
        "able to work one hour at a stretch",
    ),
];

impl Criterium {
    /// The criterion in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Criterium};
    /// assert_eq!(Criterium::UurAaneengesloten.label().get(Taal::En), "able to work one hour at a stretch");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let i = match self {
            Self::TaakInArbeidsorganisatie => 0,
            Self::BasaleWerknemersvaardigheden => 1,
            Self::UurAaneengesloten => 2,
        };
        CRITERIA.get(i).unwrap_or(&CRITERIA_FALLBACK)
    }
}

const CRITERIA_FALLBACK: Label = Label::new("", "", "");

/// Whether the college supports the person towards work (art. 10c lid 1, art. 7 lid 1 a).
///
/// ```
/// use participatiewet::loonwaarde::Ondersteuning;
/// assert_eq!(Ondersteuning::Art7.to_string(), "art7");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Ondersteuning {
    /// Supported by the college under art. 7 lid 1 a.
    Art7,
    /// Not supported by the college.
    Geen,
}

wire_enum!(Ondersteuning);

impl Ondersteuning {
    /// The finding in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Ondersteuning};
    /// assert_eq!(Ondersteuning::Art7.label().get(Taal::Nl), "ondersteund door het college");
    /// ```
    #[must_use]
    pub const fn label(self) -> Label {
        match self {
            Self::Art7 => Label::new(
                "art7",
                "ondersteund door het college",
                "supported by the college",
            ),
            Self::Geen => Label::new(
                "geen",
                "niet ondersteund door het college",
                "not supported by the college",
            ),
        }
    }
}

/// Whether the person earns at least the hourly minimum wage (Besluit 2014 art. 1 lid 1 d).
///
/// ```
/// use participatiewet::loonwaarde::Uurloon;
/// assert_eq!("minimumloon_of_meer".parse::<Uurloon>()?, Uurloon::MinimumloonOfMeer);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uurloon {
    /// At least the hourly minimum wage.
    MinimumloonOfMeer,
    /// Less than the hourly minimum wage.
    MinderDanMinimumloon,
}

wire_enum!(Uurloon);

impl Uurloon {
    /// The finding in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Uurloon};
    /// assert_eq!(Uurloon::MinimumloonOfMeer.label().get(Taal::Nl), "ten minste het minimumloon per uur");
    /// ```
    #[must_use]
    pub const fn label(self) -> Label {
        match self {
            Self::MinimumloonOfMeer => Label::new(
                "minimumloon_of_meer",
                "ten minste het minimumloon per uur",
                "at least the hourly minimum wage",
            ),
            Self::MinderDanMinimumloon => Label::new(
                "minder_dan_minimumloon",
                "minder dan het minimumloon per uur",
                "less than the hourly minimum wage",
            ),
        }
    }
}

/// Whether the person can earn the minimum wage with full-time work (art. 6 lid 1 e).
///
/// ```
/// use participatiewet::loonwaarde::Verdienvermogen;
/// assert_eq!(Verdienvermogen::OnderMinimumloon.to_string(), "onder_minimumloon");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdienvermogen {
    /// Cannot earn the minimum wage with full-time work.
    OnderMinimumloon,
    /// Can earn the minimum wage with full-time work.
    Minimumloon,
}

wire_enum!(Verdienvermogen);

impl Verdienvermogen {
    /// The finding in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Verdienvermogen};
    /// assert_eq!(Verdienvermogen::Minimumloon.label().get(Taal::En), "can earn the minimum wage full-time");
    /// ```
    #[must_use]
    pub const fn label(self) -> Label {
        match self {
            Self::OnderMinimumloon => Label::new(
                "onder_minimumloon",
                "kan met voltijdse arbeid niet het minimumloon verdienen",
                "cannot earn the minimum wage full-time",
            ),
            Self::Minimumloon => Label::new(
                "minimumloon",
                "kan met voltijdse arbeid het minimumloon verdienen",
                "can earn the minimum wage full-time",
            ),
        }
    }
}

/// The facts of an application for a doelgroep determination, each finding a typed value.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let a = DoelgroepAanvraag::new(d(2024, 5, 1), Ondersteuning::Art7, "4".parse()?,
///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon)?;
/// assert!(a.vorige_aanvraag().is_none());
/// assert!(DoelgroepAanvraag::new(d(2024, 5, 1), Ondersteuning::Art7, "25".parse()?,
///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct DoelgroepAanvraag {
    aanvraagdatum: NaiveDate,
    vorige_aanvraag: Option<NaiveDate>,
    ondersteuning: Ondersteuning,
    niet_voldaan: Vec<Criterium>,
    belastbaar_uren_per_dag: Hours,
    uurloon: Uurloon,
    verdienvermogen: Verdienvermogen,
}

validated_serde!(DoelgroepAanvraag);

impl Validate for DoelgroepAanvraag {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.aanvraagdatum, "aanvraagdatum")?;
        if let Some(vorige) = self.vorige_aanvraag {
            crate::date::checked(vorige, "vorige_aanvraag")?;
            if vorige > self.aanvraagdatum {
                return Err(Error::facts(
                    "vorige_aanvraag",
                    Text::new(
                        "de vorige aanvraag ligt na deze aanvraag",
                        "the previous application is after this one",
                    ),
                ));
            }
        }
        if self.belastbaar_uren_per_dag.value() > Decimal::from(24) {
            return Err(Error::OutOfRange {
                field: "belastbaar_uren_per_dag".into(),
                value: self.belastbaar_uren_per_dag.to_string(),
                min: "0".to_owned(),
                max: "24".to_owned(),
            });
        }
        if self.niet_voldaan.windows(2).any(|w| w.first() >= w.get(1)) {
            return Err(Error::facts(
                "niet_voldaan",
                Text::new(
                    "de criteria staan niet gesorteerd of dubbel",
                    "the criteria are not sorted or repeat",
                ),
            ));
        }
        Ok(())
    }
}

impl DoelgroepAanvraag {
    /// An application on `aanvraagdatum` with the college's findings; every criterion of
    /// Besluit 2014 art. 1 lid 1 a–c met until [`niet_voldaan`](Self::niet_voldaan) says
    /// otherwise. Errors on a date out of range or more than 24 hours a day.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen};
    /// let a = DoelgroepAanvraag::new(NaiveDate::MIN, Ondersteuning::Art7, "4".parse()?,
    ///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon);
    /// assert_eq!(a.unwrap_err().field(), Some("aanvraagdatum"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        aanvraagdatum: NaiveDate,
        ondersteuning: Ondersteuning,
        belastbaar_uren_per_dag: Hours,
        uurloon: Uurloon,
        verdienvermogen: Verdienvermogen,
    ) -> Result<Self, Error> {
        let a = Self {
            aanvraagdatum,
            vorige_aanvraag: None,
            ondersteuning,
            niet_voldaan: Vec::new(),
            belastbaar_uren_per_dag,
            uurloon,
            verdienvermogen,
        };
        a.validate()?;
        Ok(a)
    }

    /// The same application with the date of the previous one; errors when it is later.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = DoelgroepAanvraag::new(d(2024, 5, 1), Ondersteuning::Art7, "4".parse()?,
    ///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon)?;
    /// assert!(a.met_vorige_aanvraag(d(2024, 6, 1)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn met_vorige_aanvraag(mut self, datum: NaiveDate) -> Result<Self, Error> {
        self.vorige_aanvraag = Some(datum);
        self.validate()?;
        Ok(self)
    }

    /// The same application with `criterium` found not met.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Criterium, DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = DoelgroepAanvraag::new(d(2024, 5, 1), Ondersteuning::Art7, "4".parse()?,
    ///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon)?
    ///     .niet_voldaan(Criterium::UurAaneengesloten);
    /// assert!(!participatiewet::loonwaarde::doelgroep_loonkostensubsidie(&a)?.value().is_eligible());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn niet_voldaan(mut self, criterium: Criterium) -> Self {
        if let Err(i) = self.niet_voldaan.binary_search(&criterium) {
            self.niet_voldaan.insert(i, criterium);
        }
        self
    }

    /// The date of the previous application, if any.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::DoelgroepAanvraag;
    /// # fn f(a: &DoelgroepAanvraag) -> Option<chrono::NaiveDate> { a.vorige_aanvraag() }
    /// ```
    #[must_use]
    pub const fn vorige_aanvraag(&self) -> Option<NaiveDate> {
        self.vorige_aanvraag
    }
}

/// Determines whether a person belongs to the doelgroep loonkostensubsidie. A second
/// application within 12 months of the previous one is refused (art. 10c lid 2) with that
/// ground alone; otherwise every unmet condition is a refusal ground.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{DoelgroepAanvraag, Ondersteuning, Uurloon, Verdienvermogen, doelgroep_loonkostensubsidie};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let a = DoelgroepAanvraag::new(d(2024, 5, 1), Ondersteuning::Art7, "4".parse()?,
///     Uurloon::MinderDanMinimumloon, Verdienvermogen::OnderMinimumloon)?;
/// assert!(doelgroep_loonkostensubsidie(&a)?.value().is_eligible());
/// let a = a.met_vorige_aanvraag(d(2023, 9, 1))?;
/// assert!(doelgroep_loonkostensubsidie(&a)?.has("lks_doelgroep_termijn"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn doelgroep_loonkostensubsidie(
    aanvraag: &DoelgroepAanvraag,
) -> Result<Decision<Eligibility<NaiveDate>>, Error> {
    aanvraag.validate()?;
    let datum = aanvraag.aanvraagdatum;
    let geweigerd = |n| {
        Decision::with_capacity(
            Eligibility::NotEligible,
            Ground::new(&g::LKS_DOELGROEP_NIET, ART_10C_LID_1, [Value::Date(datum)]),
            n,
        )
    };
    if let Some(vorige) = aanvraag.vorige_aanvraag {
        let vrij = add_months(vorige, AANVRAAG_TERMIJN_MAANDEN, MonthEnd::LastDay)?;
        if datum < vrij {
            let mut d = geweigerd(1);
            d.push(Ground::new(
                &g::LKS_DOELGROEP_TERMIJN,
                ART_10C_LID_2,
                [Value::Date(vorige), Value::Date(vrij)],
            ));
            return Ok(d);
        }
    }
    let uren = aanvraag.belastbaar_uren_per_dag;
    let belastbaar = uren.at_least(MIN_UREN_PER_DAG)
        || (uren.at_least(MIN_UREN_PER_DAG_MET_WML)
            && aanvraag.uurloon == Uurloon::MinimumloonOfMeer);
    let mut redenen = Vec::with_capacity(6);
    if aanvraag.ondersteuning == Ondersteuning::Geen {
        redenen.push(Ground::new(
            &g::LKS_DOELGROEP_NIET_ONDERSTEUND,
            ART_10C_LID_1,
            [],
        ));
    }
    for c in &aanvraag.niet_voldaan {
        redenen.push(Ground::new(
            &g::LKS_DOELGROEP_CRITERIUM,
            BESLUIT_2014_ART_1,
            [Value::Label(c.label())],
        ));
    }
    if !belastbaar {
        redenen.push(Ground::new(
            &g::LKS_DOELGROEP_BELASTBAARHEID,
            BESLUIT_2014_ART_1,
            [Value::Hours(uren)],
        ));
    }
    if aanvraag.verdienvermogen == Verdienvermogen::Minimumloon {
        redenen.push(Ground::new(&g::LKS_DOELGROEP_KAN_WML, ART_6_LID_1, []));
    }
    if !redenen.is_empty() {
        let mut d = geweigerd(redenen.len());
        for r in redenen {
            d.push(r);
        }
        return Ok(d);
    }
    let mut d = Decision::with_capacity(
        Eligibility::Eligible(datum),
        Ground::new(
            &g::LKS_DOELGROEP_BEHOORT,
            ART_10C_LID_1,
            [Value::Date(datum)],
        ),
        3,
    );
    d.push(Ground::new(
        &g::LKS_DOELGROEP_ONDERSTEUND,
        ART_10C_LID_1,
        [],
    ));
    d.push(Ground::new(
        &g::LKS_DOELGROEP_MOGELIJKHEDEN,
        BESLUIT_2014_ART_1,
        [Value::Hours(uren)],
    ));
    d.push(Ground::new(&g::LKS_DOELGROEP_GEEN_WML, ART_6_LID_1, []));
    Ok(d)
}
