//! Eligibility (`geschiktheid`): would UWV advise beschut werk, and is the person in the
//! circle (`kring`) of Participatiewet art. 10b lid 1 at all?
//!
//! [`beoordeel`] is a pure function of [`Feiten`] and a [`Verzoek`] that returns a small
//! `Copy` [`Beoordeling`] without allocating; [`Beoordeling::decision`] turns it into a
//! [`Decision`](crate::Decision) with coded grounds (one allocation).
//!
//! The order of the tests follows the Besluit advisering beschut werk (BWBR0035947):
//!
//! 1. the circle of art. 10b lid 1 on the date of the request (before 2017-01-01 only the
//!    college's own art. 7 lid 1 a group; from 2017-01-01 also UWV benefit recipients; a
//!    person's own request exists only from 2017-01-01, art. 10b lid 3);
//! 2. the answers "without investigation" (art. 3 lid 3 and 4): a repeat request of the person
//!    with an advice in the twelve months before it, and former Wsw-indicated persons; each is
//!    set aside when the applicant reports new facts or changed circumstances (lid 5 against
//!    the indication, lid 6 against the earlier advice);
//! 3. the investigation (art. 3 lid 1): arbeidsvermogen, then dependence on (a) adaptations
//!    or (b) permanent supervision or intensive guidance; positive only if a or b (lid 2).
//!
//! The answers without investigation (art. 3 lid 3–6) are applied to requests from
//! 2017-01-01: the text in force from 2015-01-01 has only lid 1–2, the consolidation of
//! 2022-07-01 has lid 1–8, and lid 3 b refers to the person's own request of art. 10b lid 3
//! (2017). The exact commencement of lid 3–6 was not found and is inferred.
//!
//! The twelve months of lid 3 b are counted back from the request: see
//! [`herhaald_verzoek_vanaf`].
//!
//! The four tests of arbeidsvermogen (a task, one hour at a stretch, four hours a day, basic
//! employee skills) are UWV's operational test (secondary source); the Besluit says only
//! "met arbeidsvermogen". If both a Wsw answer (lid 3 a or 4) and the repeat rule (lid 3 b)
//! apply, the repeat rule is applied first: the law does not rank them.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::arbeidsvermogen::ArbeidsvermogenToets;
use super::feiten::{Aanvrager, BESCHUT_WERK_2017, Feiten, Kring, Verzoek, WswIndicatie};
use crate::date::{MonthEnd, add_months};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

/// Months of Besluit advisering beschut werk art. 3 lid 3 onderdeel b: an advice given in the
/// twelve months preceding the person's own request answers it "no" without investigation.
pub const HERHAALD_VERZOEK_MAANDEN: i32 = 12;

/// The month-end rule for counting the twelve months back from a request of 29 February: the
/// window then starts on 1 March of the year before (see [`herhaald_verzoek_vanaf`]).
pub const HERHAALD_VERZOEK_MAANDEINDE: MonthEnd = MonthEnd::NextDay;

/// The first day of the twelve months preceding a request received on `verzoek` (Besluit art.
/// 3 lid 3 onderdeel b): the same calendar day twelve months earlier, or 1 March for a request
/// of 29 February. Errors only outside the calendar.
///
/// Lid 3 b reads "indien ... het Uitvoeringsinstituut werknemersverzekeringen in de twaalf
/// maanden voorafgaand aan het verzoek ten aanzien van die persoon een advies heeft gegeven".
/// The window is counted back from the request: it starts on the same calendar day twelve
/// months earlier and ends with the request (an advice of the same day counts). **An advice given
/// exactly one year before the request is inside it**: for a request of 1 March 2020 the twelve
/// months preceding it are 1 March 2019 up to and including 29 February 2020. Lid 6 says the
/// same from the other side ("binnen twaalf maanden een nieuwe aanvraag indient"): a request on
/// the anniversary of the advice is still within twelve months of it. When the day does not
/// exist twelve months earlier (a request on 29 February), the window starts on 1 March, so it
/// is never longer than twelve months; the two readings then agree on every date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::herhaald_verzoek_vanaf;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(herhaald_verzoek_vanaf(d(2020, 3, 1))?, d(2019, 3, 1));
/// assert_eq!(herhaald_verzoek_vanaf(d(2020, 2, 29))?, d(2019, 3, 1));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn herhaald_verzoek_vanaf(verzoek: NaiveDate) -> Result<NaiveDate, Error> {
    add_months(
        verzoek,
        -HERHAALD_VERZOEK_MAANDEN,
        HERHAALD_VERZOEK_MAANDEINDE,
    )
}

/// What the person depends on, when UWV's investigation answers at least one question yes
/// (Besluit art. 3 lid 1 a, b and lid 2).
///
/// ```
/// use participatiewet::beschut_werk::Aangewezen;
/// use participatiewet::Taal;
/// assert_eq!("beide".parse::<Aangewezen>()?, Aangewezen::Beide);
/// assert_eq!(Aangewezen::Begeleiding.label().get(Taal::Nl), "permanent toezicht of intensieve begeleiding");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aangewezen {
    /// Adaptations an employer cannot realise (onderdeel a).
    Aanpassingen,
    /// Supervision or guidance an employer cannot offer (onderdeel b).
    Begeleiding,
    /// Both.
    Beide,
}

wire_enum!(Aangewezen);

impl Aangewezen {
    /// Whether onderdeel a was answered yes.
    ///
    /// ```
    /// assert!(participatiewet::beschut_werk::Aangewezen::Beide.aanpassingen());
    /// ```
    #[must_use]
    pub const fn aanpassingen(self) -> bool {
        matches!(self, Self::Aanpassingen | Self::Beide)
    }

    /// Whether onderdeel b was answered yes.
    ///
    /// ```
    /// assert!(!participatiewet::beschut_werk::Aangewezen::Aanpassingen.begeleiding());
    /// ```
    #[must_use]
    pub const fn begeleiding(self) -> bool {
        matches!(self, Self::Begeleiding | Self::Beide)
    }

    /// The dependence in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::Aangewezen};
    /// assert_eq!(Aangewezen::Aanpassingen.label().get(Taal::En), "adaptations");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const A: Label = Label::new(
            "aanpassingen",
            "technische of organisatorische aanpassingen",
            "adaptations",
        );
        const B: Label = Label::new(
            "begeleiding",
            "permanent toezicht of intensieve begeleiding",
            "supervision or guidance",
        );
        const AB: Label = Label::new("beide", "aanpassingen en begeleiding", "both");
        match self {
            Self::Aanpassingen => &A,
            Self::Begeleiding => &B,
            Self::Beide => &AB,
        }
    }
}

/// The outcome of the assessment.
///
/// ```
/// use participatiewet::beschut_werk::{Negatief, Uitkomst};
/// let u = Uitkomst::Negatief(Negatief::NietAangewezen);
/// assert!(!u.is_positief());
/// assert_eq!(u.to_string(), "negatief: niet_aangewezen");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitkomst {
    /// UWV advises the college to determine beschut werk.
    Positief(Positief),
    /// UWV advises against, for the reason given.
    Negatief(Negatief),
    /// The request is outside art. 10b: no advice on the merits.
    BuitenKring(BuitenKring),
}

impl Uitkomst {
    /// Whether the advice is positive.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Positief, Uitkomst};
    /// assert!(Uitkomst::Positief(Positief::WswNietBegeleidWerken).is_positief());
    /// ```
    #[must_use]
    pub const fn is_positief(self) -> bool {
        matches!(self, Self::Positief(_))
    }
}

/// Why the advice is positive.
///
/// ```
/// use participatiewet::beschut_werk::{Aangewezen, Positief};
/// assert_ne!(Positief::Onderzoek(Aangewezen::Aanpassingen), Positief::WswNietBegeleidWerken);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Positief {
    /// After investigation: dependent on adaptations (a), guidance (b), or both (art. 3 lid 2).
    Onderzoek(Aangewezen),
    /// Without investigation: former Wsw-indicated, found unable to do begeleid werken
    /// (art. 3 lid 4).
    WswNietBegeleidWerken,
}

/// Why the advice is negative.
///
/// Reading checks that a test without arbeidsvermogen names a criterion not met.
///
/// ```
/// use participatiewet::beschut_werk::Negatief;
/// assert_ne!(Negatief::NietAangewezen, Negatief::WswBegeleidWerken);
/// let alles = r#"{"geen_arbeidsvermogen":{"taak":true,"uur_aaneengesloten":true,"vier_uur_per_dag":true,"basale_vaardigheden":true}}"#;
/// assert!(serde_json::from_str::<Negatief>(alles).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Negatief {
    /// No arbeidsvermogen: the criteria not met are `false` in the test.
    GeenArbeidsvermogen(ArbeidsvermogenToets),
    /// Not dependent on adaptations or guidance beyond what an employer can offer (art. 3
    /// lid 1 and 2).
    NietAangewezen,
    /// Without investigation: former Wsw-indicated, found able to do begeleid werken (art. 3
    /// lid 3 onderdeel a).
    WswBegeleidWerken,
    /// Without investigation: the person's own request with UWV's advice of the given date in
    /// the twelve months before it, without new facts (art. 3 lid 3 onderdeel b).
    HerhaaldVerzoek {
        /// The earlier advice.
        vorig_advies: NaiveDate,
    },
}

validated_serde!(Negatief);

impl Validate for Negatief {
    fn validate(&self) -> Result<(), Error> {
        match self {
            Self::GeenArbeidsvermogen(t) if t.voldoet() => Err(Error::state(
                "beschut_werk::Negatief",
                Text::new(
                    "geen arbeidsvermogen, maar elk criterium is voldaan",
                    "no work capacity, yet every criterion is met",
                ),
            )),
            Self::HerhaaldVerzoek { vorig_advies } => {
                crate::date::checked(*vorig_advies, "vorig_advies").map(|_| ())
            }
            _ => Ok(()),
        }
    }
}

/// Why the request is outside art. 10b.
///
/// ```
/// use participatiewet::beschut_werk::BuitenKring;
/// assert_eq!("geen_doelgroep".parse::<BuitenKring>()?, BuitenKring::GeenDoelgroep);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BuitenKring {
    /// Neither supported under art. 7 lid 1 a nor a UWV benefit recipient.
    GeenDoelgroep,
    /// A UWV benefit recipient before 2017-01-01, when the circle was the college's own
    /// art. 7 lid 1 a group only.
    #[serde(rename = "uitkering_voor_2017")]
    UitkeringVoor2017,
    /// The person's own request before 2017-01-01: art. 10b lid 3 did not exist yet.
    #[serde(rename = "persoonlijk_verzoek_voor_2017")]
    PersoonlijkVerzoekVoor2017,
}

wire_enum!(BuitenKring);

impl BuitenKring {
    /// The reason in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::BuitenKring};
    /// assert_eq!(BuitenKring::GeenDoelgroep.label().get(Taal::En), "not in the circle of art. 10b");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const GEEN: Label = Label::new(
            "geen_doelgroep",
            "niet in de kring van artikel 10b",
            "not in the circle of art. 10b",
        );
        const UITKERING: Label = Label::new(
            "uitkering_voor_2017",
            "UWV-uitkering vóór 2017",
            "UWV benefit before 2017",
        );
        const PERSOON: Label = Label::new(
            "persoonlijk_verzoek_voor_2017",
            "eigen verzoek vóór 2017",
            "own request before 2017",
        );
        match self {
            Self::GeenDoelgroep => &GEEN,
            Self::UitkeringVoor2017 => &UITKERING,
            Self::PersoonlijkVerzoekVoor2017 => &PERSOON,
        }
    }
}

/// The assessment: the facts and the request it answers, and the outcome. `Copy`, no grounds:
/// see [`Beoordeling::decision`]. Reading one from JSON recomputes the outcome from its facts,
/// so a tampered outcome is refused.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, Feiten, Kring, Verzoek};
/// use participatiewet::Hours;
/// use rust_decimal::dec;
///
/// let a = Arbeidsvermogen::new(Hours::new(dec!(2))?, Hours::new(dec!(5))?)?
///     .voert_taak_uit(true)
///     .basale_werknemersvaardigheden(true);
/// let f = Feiten::new(Kring::Artikel7Lid1a, a).aangewezen_op_begeleiding(true);
/// let b = beoordeel(&f, &Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 5, 1).unwrap())?);
/// assert!(b.uitkomst().is_positief());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Beoordeling {
    feiten: Feiten,
    verzoek: Verzoek,
    uitkomst: Uitkomst,
}

validated_serde!(Beoordeling);

impl Validate for Beoordeling {
    fn validate(&self) -> Result<(), Error> {
        self.feiten.validate()?;
        self.verzoek.validate()?;
        if uitkomst(&self.feiten, &self.verzoek) == self.uitkomst {
            Ok(())
        } else {
            Err(Error::state(
                "beschut_werk::Beoordeling",
                Text::new(
                    "de uitkomst volgt niet uit de feiten en het verzoek",
                    "the outcome does not follow from the facts and the request",
                ),
            ))
        }
    }
}

impl Beoordeling {
    /// The facts assessed.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Hours, beschut_werk::*};
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 5, 1).unwrap())?;
    /// assert_eq!(beoordeel(&f, &v).feiten(), &f);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn feiten(&self) -> &Feiten {
        &self.feiten
    }

    /// The request assessed.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Hours, beschut_werk::*};
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 5, 1).unwrap())?;
    /// assert_eq!(beoordeel(&f, &v).verzoek(), &v);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verzoek(&self) -> &Verzoek {
        &self.verzoek
    }

    /// The outcome.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Hours, beschut_werk::*};
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 5, 1).unwrap())?;
    /// assert_eq!(beoordeel(&f, &v).uitkomst(), Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitkomst(&self) -> Uitkomst {
        self.uitkomst
    }
}

/// Assesses a request for the beschut-werk advice. Pure and allocation-free.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, BuitenKring, Feiten, Kring, Uitkomst, Verzoek};
/// use participatiewet::Hours;
///
/// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
/// let oudjaar = NaiveDate::from_ymd_opt(2016, 12, 31).unwrap();
/// let b = beoordeel(&f, &Verzoek::new(Aanvrager::Persoon, oudjaar)?);
/// assert_eq!(b.uitkomst(), Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn beoordeel(feiten: &Feiten, verzoek: &Verzoek) -> Beoordeling {
    Beoordeling {
        feiten: *feiten,
        verzoek: *verzoek,
        uitkomst: uitkomst(feiten, verzoek),
    }
}

fn uitkomst(feiten: &Feiten, verzoek: &Verzoek) -> Uitkomst {
    let vanaf_2017 = verzoek.datum() >= BESCHUT_WERK_2017;
    match feiten.kring() {
        Kring::Geen => return Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep),
        Kring::Uitkering(_) if !vanaf_2017 => {
            return Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017);
        }
        _ => {}
    }
    if verzoek.door() == Aanvrager::Persoon && !vanaf_2017 {
        return Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017);
    }
    if vanaf_2017 {
        // New facts against the earlier advice set the repeat rule aside (lid 6): the window
        // is only counted when none are reported.
        if !verzoek.nieuwe_feiten_sinds_advies() {
            if let Some(vorig) = herhaald(verzoek) {
                return Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
                    vorig_advies: vorig,
                });
            }
        }
        if !feiten.nieuwe_feiten_sinds_indicatie() {
            match feiten.wsw() {
                WswIndicatie::BegeleidWerkenMogelijk => {
                    return Uitkomst::Negatief(Negatief::WswBegeleidWerken);
                }
                WswIndicatie::BegeleidWerkenNietMogelijk => {
                    return Uitkomst::Positief(Positief::WswNietBegeleidWerken);
                }
                WswIndicatie::Geen => {}
            }
        }
    }
    let toets = feiten.arbeidsvermogen().toets();
    if !toets.voldoet() {
        return Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(toets));
    }
    match (
        feiten.is_aangewezen_op_aanpassingen(),
        feiten.is_aangewezen_op_begeleiding(),
    ) {
        (true, true) => Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Beide)),
        (true, false) => Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Aanpassingen)),
        (false, true) => Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Begeleiding)),
        (false, false) => Uitkomst::Negatief(Negatief::NietAangewezen),
    }
}

/// The earlier advice, if the request is the person's own and UWV gave that advice in the
/// twelve months preceding it (lid 3 b; see the module docs for the boundary).
pub(super) fn herhaald(verzoek: &Verzoek) -> Option<NaiveDate> {
    if verzoek.door() != Aanvrager::Persoon {
        return None;
    }
    let vorig = verzoek.vorig_advies()?;
    (vanaf_venster(verzoek.datum(), vorig) && vorig <= verzoek.datum()).then_some(vorig)
}

/// Whether `vorig` is on or after [`herhaald_verzoek_vanaf`]`(verzoek)`, without building
/// that day. Twelve months back is the same (month, day) a year earlier; compared as a (year,
/// month, day) triple, a day the year before lacks (29 February) is passed by exactly the days
/// from 1 March on, which is the rule [`HERHAALD_VERZOEK_MAANDEINDE`] gives. A property test
/// holds the two equal.
fn vanaf_venster(verzoek: NaiveDate, vorig: NaiveDate) -> bool {
    const _: () = assert!(HERHAALD_VERZOEK_MAANDEN == 12);
    const _: () = assert!(matches!(HERHAALD_VERZOEK_MAANDEINDE, MonthEnd::NextDay));
    (vorig.year(), vorig.month(), vorig.day())
        >= (
            verzoek.year().saturating_sub(1),
            verzoek.month(),
            verzoek.day(),
        )
}

/// `positief: onderzoek` and the like: the outcome's tag, its reason and the earlier advice's
/// date for a repeat request.
impl fmt::Display for Uitkomst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Positief(Positief::Onderzoek(a)) => write!(f, "positief: onderzoek ({a})"),
            Self::Positief(Positief::WswNietBegeleidWerken) => {
                f.write_str("positief: wsw_niet_begeleid_werken")
            }
            Self::Negatief(Negatief::GeenArbeidsvermogen(_)) => {
                f.write_str("negatief: geen_arbeidsvermogen")
            }
            Self::Negatief(Negatief::NietAangewezen) => f.write_str("negatief: niet_aangewezen"),
            Self::Negatief(Negatief::WswBegeleidWerken) => {
                f.write_str("negatief: wsw_begeleid_werken")
            }
            Self::Negatief(Negatief::HerhaaldVerzoek { vorig_advies }) => {
                write!(f, "negatief: herhaald_verzoek ({vorig_advies})")
            }
            Self::BuitenKring(r) => write!(f, "buiten_kring: {r}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::{herhaald_verzoek_vanaf, vanaf_venster};

    fn datum(dag: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(1900, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(dag)))
            .unwrap_or(NaiveDate::MIN)
    }

    proptest! {
        /// The triple comparison is the window's start of Besluit art. 3 lid 3 b, also for a
        /// request of 29 February and an earlier advice near it.
        #[test]
        fn the_window_test_is_the_first_day_of_the_twelve_months(
            verzoek in 0_i64..110_000,
            terug in -800_i64..800,
        ) {
            let verzoek = datum(verzoek);
            let vorig = verzoek.checked_sub_signed(chrono::TimeDelta::days(terug)).unwrap_or(verzoek);
            let vanaf = herhaald_verzoek_vanaf(verzoek).unwrap_or(verzoek);
            prop_assert_eq!(vanaf_venster(verzoek, vorig), vanaf <= vorig);
        }
    }

    #[test]
    fn around_29_february() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
        let verzoek = d(2020, 2, 29);
        assert!(!vanaf_venster(verzoek, d(2019, 2, 28)));
        assert!(vanaf_venster(verzoek, d(2019, 3, 1)));
        assert!(vanaf_venster(d(2020, 3, 1), d(2019, 3, 1)));
        assert!(!vanaf_venster(d(2020, 3, 1), d(2019, 2, 28)));
    }
}
