//! Two more instruments for the employer, as the Participatiewet (consolidations of 2025-01-01
//! and 2025-02-04, BWBR0015703) has them:
//!
//! - the **proefplaatsing** (trial placement): art. 8a lid 2 onderdeel d. The council's
//!   ordinance sets "onder welke voorwaarden het college toestemming verleent aan een persoon
//!   als bedoeld in artikel 7, eerste lid, onderdeel a, die algemene bijstand ontvangt om op
//!   een proefplaats gedurende twee maanden, met mogelijkheid tot verlenging met maximaal vier
//!   maanden, werkzaamheden te verrichten". The durations are law; the conditions are policy
//!   (the ordinance), which the crate does not judge: [`proefplaatsing`] computes the period
//!   the law allows. The crate applies this text from 2025-01-01 (the first consolidation read)
//!   and refuses an earlier start rather than apply a text it did not read;
//! - **jobcoaching** (`begeleiding op de werkplek`): art. 10da, "Personen die behoren tot de
//!   doelgroep loonkostensubsidie hebben aanspraak op begeleiding op de werkplek." The right is
//!   law, without an ordinance's reservation; how the support is given (form, duration,
//!   intensity) is the municipality's ordinance on support (art. 8a lid 1 onderdeel a, lid 2
//!   onderdeel e). [`jobcoaching`] decides the right.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_days, add_months, checked};
use crate::decision::{Code, Decision, Eligibility, Ground, Kind, Slot, Value};
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

const PW: Regulation = Regulation::Participatiewet;
const ART_8A_LID_2_D: &Citation = &Citation::article(PW, "8a").lid(2).onderdeel("d");
const ART_10DA: &Citation = &Citation::article(PW, "10da");
const ART_8A_LID_2_E: &Citation = &Citation::article(PW, "8a").lid(2).onderdeel("e");

/// The first day the crate applies art. 8a lid 2 onderdeel d (the consolidation it read).
pub const PROEFPLAATSING_GELEZEN: NaiveDate = match NaiveDate::from_ymd_opt(2025, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The first period of a proefplaatsing, in months.
pub const PROEFPLAATSING_MAANDEN: u8 = 2;

/// The most months a proefplaatsing may be extended by.
pub const PROEFPLAATSING_VERLENGING_MAX: u8 = 4;

/// Whether the person is one of art. 7 lid 1 a who receives algemene bijstand: the only person
/// the provision names.
///
/// ```
/// use participatiewet::banenafspraak::Proefkandidaat;
/// assert_eq!(serde_json::to_string(&Proefkandidaat::AlgemeneBijstand)?, r#""algemene_bijstand""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Proefkandidaat {
    /// A person of art. 7 lid 1 a who receives algemene bijstand.
    AlgemeneBijstand,
    /// Anyone else.
    Anders,
}

wire_enum!(Proefkandidaat);

/// The period of a proefplaatsing the law allows: the last day of the first two months and,
/// with the extension asked, the last day.
///
/// Reading one from JSON recomputes its last days from its first day and extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Proefperiode {
    begin: NaiveDate,
    eerste_periode_tot_en_met: NaiveDate,
    verlenging_maanden: u8,
    tot_en_met: NaiveDate,
}

validated_serde!(Proefperiode);

impl Validate for Proefperiode {
    fn validate(&self) -> Result<(), Error> {
        if periode(self.begin, self.verlenging_maanden)? == *self {
            Ok(())
        } else {
            Err(Error::state(
                "banenafspraak::Proefperiode",
                Text::new(
                    "de einddata volgen niet uit het begin en de verlenging",
                    "the last days do not follow from the start and the extension",
                ),
            ))
        }
    }
}

impl Proefperiode {
    /// The first day.
    #[must_use]
    pub const fn begin(&self) -> NaiveDate {
        self.begin
    }
    /// The last day of the first two months.
    #[must_use]
    pub const fn eerste_periode_tot_en_met(&self) -> NaiveDate {
        self.eerste_periode_tot_en_met
    }
    /// The months of extension.
    #[must_use]
    pub const fn verlenging_maanden(&self) -> u8 {
        self.verlenging_maanden
    }
    /// The last day, extension included.
    #[must_use]
    pub const fn tot_en_met(&self) -> NaiveDate {
        self.tot_en_met
    }
}

fn periode(begin: NaiveDate, verlenging: u8) -> Result<Proefperiode, Error> {
    let begin = checked(begin, "begin")?;
    if verlenging > PROEFPLAATSING_VERLENGING_MAX {
        return Err(Error::OutOfRange {
            field: "verlenging".into(),
            value: verlenging.to_string(),
            min: "0".to_owned(),
            max: PROEFPLAATSING_VERLENGING_MAX.to_string(),
        });
    }
    let einde = |maanden: u8| -> Result<NaiveDate, Error> {
        add_days(
            add_months(begin, i32::from(maanden), MonthEnd::LastDay)?,
            -1,
        )
    };
    Ok(Proefperiode {
        begin,
        eerste_periode_tot_en_met: einde(PROEFPLAATSING_MAANDEN)?,
        verlenging_maanden: verlenging,
        tot_en_met: einde(PROEFPLAATSING_MAANDEN + verlenging)?,
    })
}

pub(crate) static PROEF_TOEGESTAAN: Code = Code::new(
    "banenafspraak_proefplaatsing",
    &[
        Slot::new("begin", Kind::Date),
        Slot::new("datum", Kind::Date),
    ],
    "U kunt van {begin} tot en met {datum} op een proefplaats werkzaamheden verrichten, als het college daarvoor toestemming geeft.",
    "You may work on a trial placement from {begin} to {datum}, if the college consents.",
);
pub(crate) static PROEF_DUUR: Code = Code::new(
    "banenafspraak_proefplaatsing_duur",
    &[Slot::new("maanden", Kind::Count)],
    "Een proefplaatsing duurt twee maanden en kan met ten hoogste vier maanden worden verlengd; gevraagd is een verlenging van {maanden} maanden.",
    "A trial placement lasts two months and may be extended by at most four; an extension of {maanden} months was asked.",
);
pub(crate) static PROEF_VOORWAARDEN: Code = Code::new(
    "banenafspraak_proefplaatsing_voorwaarden",
    &[],
    "Onder welke voorwaarden het college toestemming geeft, staat in de verordening van de gemeente.",
    "The conditions of the college's consent are in the municipality's ordinance.",
);
pub(crate) static PROEF_NIET: Code = Code::refusal(
    "banenafspraak_proefplaatsing_niet",
    &[],
    "U komt niet in aanmerking voor een proefplaatsing.",
    "You are not eligible for a trial placement.",
);
pub(crate) static PROEF_GEEN: Code = Code::refusal(
    "banenafspraak_proefplaatsing_geen",
    &[],
    "Een proefplaatsing is er alleen voor een persoon die algemene bijstand ontvangt en door het college wordt ondersteund bij arbeidsinschakeling.",
    "A trial placement is only for a person who receives algemene bijstand and is supported by the college.",
);
pub(crate) static JOBCOACH: Code = Code::new(
    "banenafspraak_jobcoaching",
    &[Slot::new("datum", Kind::Date)],
    "U behoort sinds {datum} tot de doelgroep loonkostensubsidie en hebt daarom aanspraak op begeleiding op de werkplek.",
    "Since {datum} you belong to the loonkostensubsidie target group and so have a right to support at the workplace.",
);
pub(crate) static JOBCOACH_BELEID: Code = Code::new(
    "banenafspraak_jobcoaching_verordening",
    &[],
    "Hoe de begeleiding wordt gegeven (duur en intensiteit), regelt de verordening van de gemeente.",
    "How the support is given (duration and intensity) is set by the municipality's ordinance.",
);
pub(crate) static JOBCOACH_NIET: Code = Code::refusal(
    "banenafspraak_jobcoaching_niet",
    &[],
    "U hebt geen aanspraak op begeleiding op de werkplek.",
    "You have no right to support at the workplace.",
);
pub(crate) static JOBCOACH_GEEN: Code = Code::refusal(
    "banenafspraak_jobcoaching_geen",
    &[],
    "U behoort niet tot de doelgroep loonkostensubsidie; de aanspraak op begeleiding op de werkplek geldt alleen voor die doelgroep.",
    "You do not belong to the loonkostensubsidie target group; the right to workplace support is only for that group.",
);

pub(crate) const CODES: &[&Code] = &[
    &PROEF_TOEGESTAAN,
    &PROEF_DUUR,
    &PROEF_VOORWAARDEN,
    &PROEF_GEEN,
    &PROEF_NIET,
    &JOBCOACH,
    &JOBCOACH_BELEID,
    &JOBCOACH_GEEN,
    &JOBCOACH_NIET,
];

/// The proefplaatsing the law allows for `kandidaat` from `begin` with `verlenging` months of
/// extension. Errors when `begin` lies before [`PROEFPLAATSING_GELEZEN`] or outside the crate's
/// range, or the extension exceeds four months.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{proefplaatsing, Proefkandidaat};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 1, 31), 4)?;
/// let periode = p.value().value().unwrap();
/// assert_eq!(periode.eerste_periode_tot_en_met(), d(2026, 3, 30));
/// assert_eq!(periode.tot_en_met(), d(2026, 7, 30));
/// assert!(proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 1, 31), 5).is_err());
/// assert!(!proefplaatsing(Proefkandidaat::Anders, d(2026, 1, 31), 0)?.value().is_eligible());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn proefplaatsing(
    kandidaat: Proefkandidaat,
    begin: NaiveDate,
    verlenging: u8,
) -> Result<Decision<Eligibility<Proefperiode>>, Error> {
    let begin = checked(begin, "begin")?;
    if begin < PROEFPLAATSING_GELEZEN {
        return Err(Error::facts(
            "begin",
            Text::new(
                "de crate past artikel 8a, tweede lid, onderdeel d, van de Participatiewet toe zoals het luidt vanaf 1 januari 2025; de eerdere tekst is niet nagelezen",
                "the crate applies Pw art. 8a lid 2 d as it reads from 1 January 2025; the earlier text was not read",
            ),
        ));
    }
    if verlenging > PROEFPLAATSING_VERLENGING_MAX {
        return Err(Error::OutOfRange {
            field: "verlenging".into(),
            value: verlenging.to_string(),
            min: "0".to_owned(),
            max: PROEFPLAATSING_VERLENGING_MAX.to_string(),
        });
    }
    if kandidaat == Proefkandidaat::Anders {
        let mut d = Decision::with_capacity(
            Eligibility::NotEligible,
            Ground::new(&PROEF_NIET, ART_8A_LID_2_D, []),
            1,
        );
        d.push(Ground::new(&PROEF_GEEN, ART_8A_LID_2_D, []));
        return Ok(d);
    }
    let periode = periode(begin, verlenging)?;
    let mut d = Decision::with_capacity(
        Eligibility::Eligible(periode),
        Ground::new(
            &PROEF_TOEGESTAAN,
            ART_8A_LID_2_D,
            [Value::Date(begin), Value::Date(periode.tot_en_met)],
        ),
        2,
    );
    d.push(Ground::new(
        &PROEF_DUUR,
        ART_8A_LID_2_D,
        [Value::Count(i64::from(verlenging))],
    ));
    d.push(Ground::new(&PROEF_VOORWAARDEN, ART_8A_LID_2_D, []));
    Ok(d)
}

/// Whether the person belongs to the doelgroep loonkostensubsidie (Pw art. 10c), and since
/// when.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::DoelgroepLks;
/// let j = DoelgroepLks::Ja { sinds: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&j)?, r#"{"doelgroep":"ja","sinds":"2026-01-01"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "doelgroep", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DoelgroepLks {
    /// In the doelgroep since `sinds` (the college's determination).
    Ja {
        /// The day of the determination.
        sinds: NaiveDate,
    },
    /// Not in the doelgroep.
    Nee,
}

/// `ja: <day>` or `nee`.
///
/// ```
/// use participatiewet::banenafspraak::DoelgroepLks;
/// assert_eq!(DoelgroepLks::Nee.to_string(), "nee");
/// ```
impl std::fmt::Display for DoelgroepLks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Ja { sinds } => write!(f, "ja: {sinds}"),
            Self::Nee => f.write_str("nee"),
        }
    }
}

/// The right to jobcoaching (Pw art. 10da) for `doelgroep`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Motivering, Taal};
/// use participatiewet::banenafspraak::{jobcoaching, DoelgroepLks};
/// let d = jobcoaching(DoelgroepLks::Ja { sinds: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() })?;
/// assert!(d.value().is_eligible());
/// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("(artikel 8a, tweede lid, onderdeel e, van de Participatiewet)"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn jobcoaching(doelgroep: DoelgroepLks) -> Result<Decision<Eligibility<NaiveDate>>, Error> {
    match doelgroep {
        DoelgroepLks::Ja { sinds } => {
            let sinds = checked(sinds, "sinds")?;
            let mut d = Decision::with_capacity(
                Eligibility::Eligible(sinds),
                Ground::new(&JOBCOACH, ART_10DA, [Value::Date(sinds)]),
                1,
            );
            d.push(Ground::new(&JOBCOACH_BELEID, ART_8A_LID_2_E, []));
            Ok(d)
        }
        DoelgroepLks::Nee => {
            let mut d = Decision::with_capacity(
                Eligibility::NotEligible,
                Ground::new(&JOBCOACH_NIET, ART_10DA, []),
                1,
            );
            d.push(Ground::new(&JOBCOACH_GEEN, ART_10DA, []));
            Ok(d)
        }
    }
}
