//! Eligibility (`geschiktheid`): would UWV advise beschut werk, and is the person in the
//! circle (`kring`) of Participatiewet art. 10b lid 1 at all?
//!
//! [`beoordeel`] is a pure function of [`Feiten`] and a [`Verzoek`] that returns a small
//! `Copy` [`Beoordeling`] without allocating; [`Beoordeling::explain`] turns it into a
//! [`Decision`] with grounds.
//!
//! The order of the tests follows the Besluit advisering beschut werk (BWBR0035947):
//!
//! 1. the circle of art. 10b lid 1 on the date of the request (before 2017-01-01 only the
//!    college's own art. 7 lid 1 a group; from 2017-01-01 also UWV benefit recipients; a
//!    person's own request exists only from 2017-01-01, art. 10b lid 3);
//! 2. the answers "without investigation" (art. 3 lid 3 and 4): a repeat request of the person
//!    within twelve months of an earlier advice, and former Wsw-indicated persons; each is set
//!    aside when the applicant reports new facts or changed circumstances (lid 5 and 6);
//! 3. the investigation (art. 3 lid 1): arbeidsvermogen, then dependence on (a) adaptations
//!    or (b) permanent supervision or intensive guidance; positive only if a or b (lid 2).
//!
//! The answers without investigation (art. 3 lid 3–6) are applied to requests from
//! 2017-01-01: the text in force from 2015-01-01 has only lid 1–2, the consolidation of
//! 2022-07-01 has lid 1–8, and lid 3 b refers to the person's own request of art. 10b lid 3
//! (2017). The exact commencement of lid 3–6 was not found and is inferred.
//!
//! The four tests of arbeidsvermogen (a task, one hour at a stretch, four hours a day, basic
//! employee skills) are UWV's operational test (secondary source); the Besluit says only
//! "met arbeidsvermogen". If both a Wsw answer (lid 3 a or 4) and the repeat rule (lid 3 b)
//! apply, the repeat rule is applied first: the law does not rank them.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_months};
use crate::decision::legacy::{Decision, Ground};
use crate::money::Hours;

/// The day the Wet verplichting beschut werk (Stb. 2016, 519) took effect: the person's own
/// request (art. 10b lid 3), UWV benefit recipients in the circle, and the duty to offer.
pub const BESCHUT_WERK_2017: NaiveDate = match NaiveDate::from_ymd_opt(2017, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// Months within which a person's own repeat request is answered "no" without investigation
/// (Besluit advisering beschut werk art. 3 lid 3 onderdeel b).
pub const HERHAALD_VERZOEK_MAANDEN: i32 = 12;

/// The month-end rule for the twelve months (an advice of 29 February is followed by 28
/// February twelve months later); the crate's rule for birthdays, stated here on purpose.
pub const HERHAALD_VERZOEK_MAANDEINDE: MonthEnd = MonthEnd::LastDay;

/// UWV's operational test of arbeidsvermogen: at least one hour at a stretch.
/// (Secondary source: UWV's assessment practice; the Besluit says only "met arbeidsvermogen".)
pub const MIN_UREN_AANEENGESLOTEN: Decimal = Decimal::ONE;

/// UWV's operational test of arbeidsvermogen: at least four hours a day (secondary source, as
/// [`MIN_UREN_AANEENGESLOTEN`]).
pub const MIN_UREN_PER_DAG: Decimal = Decimal::from_parts(4, 0, 0, false, 0);

const ART_10B_LID_1: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(1);
const ART_10B_LID_3: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(3);
const ART_7_LID_1_A: Citation = Citation::article(Regulation::Participatiewet, "7")
    .lid(1)
    .onderdeel("a");
const BESLUIT_3_LID_1: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(1);
const BESLUIT_3_LID_1_A: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(1)
        .onderdeel("a");
const BESLUIT_3_LID_1_B: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(1)
        .onderdeel("b");
const BESLUIT_3_LID_2: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(2);
const BESLUIT_3_LID_3_A: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(3)
        .onderdeel("a");
const BESLUIT_3_LID_3_B: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(3)
        .onderdeel("b");
const BESLUIT_3_LID_4: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(4);
const BESLUIT_3_LID_5: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(5);
const BESLUIT_3_LID_6: Citation =
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(6);

/// A benefit from UWV that brings its recipient into the circle of art. 10b lid 1 (from
/// 2017-01-01).
///
/// The 2017 text says "a person to whom UWV pays a benefit"; the current text (consolidation
/// of 2025-02-04) lists the laws below and adds the right to Wajong `arbeidsondersteuning`.
///
/// ```
/// use participatiewet::beschut_werk::Uitkering;
/// assert_eq!(serde_json::to_string(&Uitkering::Wia).unwrap(), "\"wia\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitkering {
    /// Werkloosheidswet.
    Ww,
    /// Wet inkomensvoorziening oudere werklozen.
    Iow,
    /// Wet arbeidsongeschiktheidsverzekering zelfstandigen.
    Waz,
    /// Wet arbeidsongeschiktheidsvoorziening jonggehandicapten (benefit).
    Wajong,
    /// Wajong `arbeidsondersteuning` (art. 2:15 Wajong), named in the current text.
    WajongArbeidsondersteuning,
    /// Wet werk en inkomen naar arbeidsvermogen.
    Wia,
    /// Wet op de arbeidsongeschiktheidsverzekering.
    Wao,
    /// Ziektewet.
    Zw,
    /// Wet arbeidsongeschiktheidsvoorziening militairen.
    Wamil,
}

/// Why a person belongs to the circle (`kring`) of art. 10b lid 1, if at all.
///
/// ```
/// use participatiewet::beschut_werk::{Kring, Uitkering};
/// assert_eq!(serde_json::to_string(&Kring::Uitkering(Uitkering::Ww)).unwrap(), r#"{"uitkering":"ww"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kring {
    /// Supported by the college under art. 7 lid 1 onderdeel a (bijstand, NUG, Anw, IOAW,
    /// IOAZ and the others of that provision).
    Artikel7Lid1a,
    /// Receives a UWV benefit (in the circle from 2017-01-01).
    Uitkering(Uitkering),
    /// Neither.
    Geen,
}

/// Who asked UWV for the advice.
///
/// ```
/// use participatiewet::beschut_werk::Aanvrager;
/// assert_eq!(serde_json::to_string(&Aanvrager::Persoon).unwrap(), "\"persoon\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aanvrager {
    /// The college (art. 10b lid 2).
    College,
    /// The person (art. 10b lid 3, from 2017-01-01).
    Persoon,
}

/// A former Wsw indication (`Wsw-indicatie`) and what UWV advised on begeleid werken then.
///
/// ```
/// use participatiewet::beschut_werk::WswIndicatie;
/// assert_eq!(WswIndicatie::default(), WswIndicatie::Geen);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WswIndicatie {
    /// No Wsw indication.
    #[default]
    Geen,
    /// Wsw-indicated, and UWV advised that the person can do begeleid werken.
    BegeleidWerkenMogelijk,
    /// Wsw-indicated, and UWV advised that the person cannot do begeleid werken.
    BegeleidWerkenNietMogelijk,
}

/// The facts of arbeidsvermogen (work capacity) as UWV tests them.
///
/// ```
/// use participatiewet::beschut_werk::Arbeidsvermogen;
/// use participatiewet::Hours;
/// use rust_decimal::dec;
/// let a = Arbeidsvermogen::new(true, Hours::new(dec!(2))?, Hours::new(dec!(5))?, true);
/// assert!(a.toets().voldoet());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Arbeidsvermogen {
    /// Can perform a task (`een taak uitvoeren`).
    pub voert_taak_uit: bool,
    /// The hours the person can work at a stretch.
    pub uren_aaneengesloten: Hours,
    /// The hours a day the person can work.
    pub uren_per_dag: Hours,
    /// Has basic employee skills (`basale werknemersvaardigheden`).
    pub basale_werknemersvaardigheden: bool,
}

impl Arbeidsvermogen {
    /// The facts.
    ///
    /// ```
    /// use participatiewet::beschut_werk::Arbeidsvermogen;
    /// use participatiewet::Hours;
    /// let a = Arbeidsvermogen::new(true, Hours::WEEK, Hours::WEEK, false);
    /// assert!(!a.basale_werknemersvaardigheden);
    /// ```
    #[must_use]
    pub const fn new(
        voert_taak_uit: bool,
        uren_aaneengesloten: Hours,
        uren_per_dag: Hours,
        basale_werknemersvaardigheden: bool,
    ) -> Self {
        Self {
            voert_taak_uit,
            uren_aaneengesloten,
            uren_per_dag,
            basale_werknemersvaardigheden,
        }
    }

    /// Each of the four criteria, met or not.
    ///
    /// ```
    /// use participatiewet::beschut_werk::Arbeidsvermogen;
    /// use participatiewet::Hours;
    /// use rust_decimal::dec;
    /// let a = Arbeidsvermogen::new(true, Hours::new(dec!(1))?, Hours::new(dec!(3.5))?, true);
    /// assert!(a.toets().uur_aaneengesloten);
    /// assert!(!a.toets().vier_uur_per_dag);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn toets(&self) -> ArbeidsvermogenToets {
        ArbeidsvermogenToets {
            taak: self.voert_taak_uit,
            uur_aaneengesloten: self.uren_aaneengesloten.value() >= MIN_UREN_AANEENGESLOTEN,
            vier_uur_per_dag: self.uren_per_dag.value() >= MIN_UREN_PER_DAG,
            basale_vaardigheden: self.basale_werknemersvaardigheden,
        }
    }
}

/// Which arbeidsvermogen criteria are met.
///
/// ```
/// use participatiewet::beschut_werk::ArbeidsvermogenToets;
/// let t = ArbeidsvermogenToets { taak: true, uur_aaneengesloten: true, vier_uur_per_dag: true, basale_vaardigheden: true };
/// assert!(t.voldoet());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[allow(clippy::struct_excessive_bools)] // reason: four independent legal criteria
pub struct ArbeidsvermogenToets {
    /// Performs a task.
    pub taak: bool,
    /// Works at least one hour at a stretch.
    pub uur_aaneengesloten: bool,
    /// Works at least four hours a day.
    pub vier_uur_per_dag: bool,
    /// Has basic employee skills.
    pub basale_vaardigheden: bool,
}

impl ArbeidsvermogenToets {
    /// Whether all four criteria are met.
    ///
    /// ```
    /// use participatiewet::beschut_werk::ArbeidsvermogenToets;
    /// let t = ArbeidsvermogenToets { taak: false, uur_aaneengesloten: true, vier_uur_per_dag: true, basale_vaardigheden: true };
    /// assert!(!t.voldoet());
    /// ```
    #[must_use]
    pub const fn voldoet(self) -> bool {
        self.taak && self.uur_aaneengesloten && self.vier_uur_per_dag && self.basale_vaardigheden
    }
}

/// The facts UWV assesses.
///
/// ```
/// use participatiewet::beschut_werk::{Arbeidsvermogen, Feiten, Kring};
/// use participatiewet::Hours;
/// use rust_decimal::dec;
/// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(true, Hours::new(dec!(2))?, Hours::new(dec!(6))?, true));
/// assert!(!f.aangewezen_op_aanpassingen);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[allow(clippy::struct_excessive_bools)] // reason: independent legal facts
pub struct Feiten {
    /// Why the person is in the circle of art. 10b lid 1, if at all.
    pub kring: Kring,
    /// Work capacity.
    pub arbeidsvermogen: Arbeidsvermogen,
    /// Depends on technical or organisational adaptations an employer cannot realise within
    /// reasonable limits (Besluit art. 3 lid 1 onderdeel a).
    pub aangewezen_op_aanpassingen: bool,
    /// Depends on permanent supervision or intensive guidance an employer cannot offer within
    /// reasonable limits (Besluit art. 3 lid 1 onderdeel b).
    pub aangewezen_op_begeleiding: bool,
    /// A former Wsw indication, if any (Besluit art. 3 lid 3 onderdeel a and lid 4).
    #[serde(default)]
    pub wsw_indicatie: WswIndicatie,
    /// The applicant reports new facts or changed circumstances (Besluit art. 3 lid 5 and 6).
    #[serde(default)]
    pub nieuwe_feiten: bool,
}

impl Feiten {
    /// Facts with the circle and arbeidsvermogen given, no dependence, no Wsw indication and no
    /// new facts; set the other fields directly.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Arbeidsvermogen, Feiten, Kring};
    /// use participatiewet::Hours;
    /// let mut f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(true, Hours::WEEK, Hours::WEEK, true));
    /// f.aangewezen_op_begeleiding = true;
    /// assert!(f.aangewezen_op_begeleiding);
    /// ```
    #[must_use]
    pub const fn new(kring: Kring, arbeidsvermogen: Arbeidsvermogen) -> Self {
        Self {
            kring,
            arbeidsvermogen,
            aangewezen_op_aanpassingen: false,
            aangewezen_op_begeleiding: false,
            wsw_indicatie: WswIndicatie::Geen,
            nieuwe_feiten: false,
        }
    }
}

/// The request for the advice: who asked, when UWV received it, and the date of UWV's last
/// earlier advice on this person, if any.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
/// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 3, 1).unwrap());
/// assert_eq!(v.vorig_advies, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verzoek {
    /// Who asked.
    pub door: Aanvrager,
    /// The day UWV received the request.
    pub datum: NaiveDate,
    /// The day of UWV's last earlier advice on this person (art. 10b lid 2 or 3), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorig_advies: Option<NaiveDate>,
}

impl Verzoek {
    /// A request without an earlier advice.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let d = NaiveDate::from_ymd_opt(2018, 3, 1).unwrap();
    /// assert_eq!(Verzoek::new(Aanvrager::Persoon, d).datum, d);
    /// ```
    #[must_use]
    pub const fn new(door: Aanvrager, datum: NaiveDate) -> Self {
        Self {
            door,
            datum,
            vorig_advies: None,
        }
    }

    /// The same request, with the date of UWV's earlier advice.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let v = Verzoek::new(Aanvrager::Persoon, d(2018, 3, 1)).na_advies(d(2017, 6, 1));
    /// assert_eq!(v.vorig_advies, Some(d(2017, 6, 1)));
    /// ```
    #[must_use]
    pub const fn na_advies(mut self, datum: NaiveDate) -> Self {
        self.vorig_advies = Some(datum);
        self
    }
}

/// The outcome of the assessment.
///
/// ```
/// use participatiewet::beschut_werk::{Negatief, Uitkomst};
/// assert!(!Uitkomst::Negatief(Negatief::NietAangewezen).is_positief());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
/// use participatiewet::beschut_werk::Positief;
/// let p = Positief::Onderzoek { aanpassingen: true, begeleiding: false };
/// assert_ne!(p, Positief::WswNietBegeleidWerken);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Positief {
    /// After investigation: dependent on adaptations (a), guidance (b), or both (art. 3 lid 2).
    Onderzoek {
        /// Onderdeel a answered yes.
        aanpassingen: bool,
        /// Onderdeel b answered yes.
        begeleiding: bool,
    },
    /// Without investigation: former Wsw-indicated, found unable to do begeleid werken
    /// (art. 3 lid 4).
    WswNietBegeleidWerken,
}

/// Why the advice is negative.
///
/// ```
/// use participatiewet::beschut_werk::Negatief;
/// assert_ne!(Negatief::NietAangewezen, Negatief::WswBegeleidWerken);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// Without investigation: the person's own request within twelve months of UWV's advice of
    /// the given date, without new facts (art. 3 lid 3 onderdeel b).
    HerhaaldVerzoek {
        /// The earlier advice.
        vorig_advies: NaiveDate,
    },
}

/// Why the request is outside art. 10b.
///
/// ```
/// use participatiewet::beschut_werk::BuitenKring;
/// assert_ne!(BuitenKring::GeenDoelgroep, BuitenKring::PersoonlijkVerzoekVoor2017);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BuitenKring {
    /// Neither supported under art. 7 lid 1 a nor a UWV benefit recipient.
    GeenDoelgroep,
    /// A UWV benefit recipient before 2017-01-01, when the circle was the college's own
    /// art. 7 lid 1 a group only.
    UitkeringVoor2017,
    /// The person's own request before 2017-01-01: art. 10b lid 3 did not exist yet.
    PersoonlijkVerzoekVoor2017,
}

/// The assessment: the outcome with the request it answers. `Copy`, no grounds: see
/// [`Beoordeling::explain`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, Feiten, Kring, Verzoek};
/// use participatiewet::Hours;
/// use rust_decimal::dec;
///
/// let mut f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(true, Hours::new(dec!(2))?, Hours::new(dec!(5))?, true));
/// f.aangewezen_op_begeleiding = true;
/// let b = beoordeel(&f, &Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 5, 1).unwrap()));
/// assert!(b.uitkomst.is_positief());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Beoordeling {
    /// The circle the person is in (or not).
    pub kring: Kring,
    /// The request assessed.
    pub verzoek: Verzoek,
    /// The outcome.
    pub uitkomst: Uitkomst,
}

/// Assesses a request for the beschut-werk advice. Pure and allocation-free.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, BuitenKring, Feiten, Kring, Uitkomst, Verzoek};
/// use participatiewet::Hours;
///
/// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(true, Hours::WEEK, Hours::WEEK, true));
/// let oudjaar = NaiveDate::from_ymd_opt(2016, 12, 31).unwrap();
/// let b = beoordeel(&f, &Verzoek::new(Aanvrager::Persoon, oudjaar));
/// assert_eq!(b.uitkomst, Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017));
/// ```
#[must_use]
pub fn beoordeel(feiten: &Feiten, verzoek: &Verzoek) -> Beoordeling {
    Beoordeling {
        kring: feiten.kring,
        verzoek: *verzoek,
        uitkomst: uitkomst(feiten, verzoek),
    }
}

fn uitkomst(feiten: &Feiten, verzoek: &Verzoek) -> Uitkomst {
    let vanaf_2017 = verzoek.datum >= BESCHUT_WERK_2017;
    match feiten.kring {
        Kring::Geen => return Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep),
        Kring::Uitkering(_) if !vanaf_2017 => {
            return Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017);
        }
        _ => {}
    }
    if verzoek.door == Aanvrager::Persoon && !vanaf_2017 {
        return Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017);
    }
    if vanaf_2017 && !feiten.nieuwe_feiten {
        if let Some(vorig) = herhaald_binnen_twaalf_maanden(verzoek) {
            return Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
                vorig_advies: vorig,
            });
        }
        match feiten.wsw_indicatie {
            WswIndicatie::BegeleidWerkenMogelijk => {
                return Uitkomst::Negatief(Negatief::WswBegeleidWerken);
            }
            WswIndicatie::BegeleidWerkenNietMogelijk => {
                return Uitkomst::Positief(Positief::WswNietBegeleidWerken);
            }
            WswIndicatie::Geen => {}
        }
    }
    let toets = feiten.arbeidsvermogen.toets();
    if !toets.voldoet() {
        return Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(toets));
    }
    if feiten.aangewezen_op_aanpassingen || feiten.aangewezen_op_begeleiding {
        Uitkomst::Positief(Positief::Onderzoek {
            aanpassingen: feiten.aangewezen_op_aanpassingen,
            begeleiding: feiten.aangewezen_op_begeleiding,
        })
    } else {
        Uitkomst::Negatief(Negatief::NietAangewezen)
    }
}

/// The earlier advice, if the request is the person's own and falls within twelve months of
/// it: on or after the advice date and before the same date twelve months later.
fn herhaald_binnen_twaalf_maanden(verzoek: &Verzoek) -> Option<NaiveDate> {
    if verzoek.door != Aanvrager::Persoon {
        return None;
    }
    let vorig = verzoek.vorig_advies?;
    let einde = add_months(vorig, HERHAALD_VERZOEK_MAANDEN, HERHAALD_VERZOEK_MAANDEINDE).ok()?;
    (vorig <= verzoek.datum && verzoek.datum < einde).then_some(vorig)
}

impl Beoordeling {
    /// The outcome with its grounds, each citing its article.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, Feiten, Kring, Verzoek};
    /// use participatiewet::{Citation, Hours, Regulation};
    ///
    /// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(true, Hours::WEEK, Hours::WEEK, true));
    /// let d = beoordeel(&f, &Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 1, 8).unwrap())).explain();
    /// assert!(d.cites(&Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(2)));
    /// ```
    #[must_use]
    pub fn explain(&self) -> Decision<Uitkomst> {
        let mut grounds = Vec::new();
        let datum = self.verzoek.datum;
        grounds.push(match self.verzoek.door {
            Aanvrager::College => Ground::new(
                Citation::article(Regulation::Participatiewet, "10b").lid(2),
                format!("the college asked UWV for the advice; received {datum}"),
            ),
            Aanvrager::Persoon => Ground::new(
                ART_10B_LID_3,
                format!("the person asked UWV for the advice; received {datum}"),
            ),
        });
        match self.kring {
            Kring::Artikel7Lid1a => grounds.push(Ground::new(
                ART_7_LID_1_A,
                "supported by the college under art. 7 lid 1 a: in the circle of art. 10b lid 1",
            )),
            Kring::Uitkering(uitkering) if datum >= BESCHUT_WERK_2017 => grounds.push(Ground::new(
                ART_10B_LID_1,
                format!("receives a UWV benefit ({uitkering:?}): in the circle of art. 10b lid 1"),
            )),
            _ => {}
        }
        uitkomst_grounds(self.uitkomst, &mut grounds);
        Decision::with_grounds(self.uitkomst, grounds)
    }
}

fn uitkomst_grounds(uitkomst: Uitkomst, grounds: &mut Vec<Ground>) {
    match uitkomst {
        Uitkomst::BuitenKring(reden) => grounds.push(buiten_kring_ground(reden)),
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek { vorig_advies }) => {
            grounds.push(Ground::new(
                BESLUIT_3_LID_3_B,
                format!(
                    "own repeat request within twelve months of UWV's advice of {vorig_advies}: \
                         both questions answered no without investigation"
                ),
            ));
            grounds.push(Ground::new(
                BESLUIT_3_LID_6,
                "no new facts or changed circumstances reported",
            ));
        }
        Uitkomst::Negatief(Negatief::WswBegeleidWerken) => {
            grounds.push(Ground::new(
                BESLUIT_3_LID_3_A,
                "former Wsw indication, UWV found the person able to do begeleid werken: \
                     both questions answered no without investigation",
            ));
            grounds.push(Ground::new(
                BESLUIT_3_LID_5,
                "no new facts or changed circumstances reported",
            ));
        }
        Uitkomst::Positief(Positief::WswNietBegeleidWerken) => {
            grounds.push(Ground::new(
                BESLUIT_3_LID_4,
                "former Wsw indication, UWV found the person unable to do begeleid werken: \
                     answered yes without investigation",
            ));
            grounds.push(Ground::new(
                BESLUIT_3_LID_5,
                "no new facts or changed circumstances reported",
            ));
        }
        Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(toets)) => {
            grounds.extend(arbeidsvermogen_grounds(toets));
        }
        Uitkomst::Negatief(Negatief::NietAangewezen) => {
            grounds.extend(arbeidsvermogen_grounds(ALLES_VOLDAAN));
            grounds.push(Ground::new(
                BESLUIT_3_LID_1_A,
                "not dependent on adaptations an employer cannot realise",
            ));
            grounds.push(Ground::new(
                BESLUIT_3_LID_1_B,
                "not dependent on supervision or guidance an employer cannot offer",
            ));
            grounds.push(Ground::new(
                BESLUIT_3_LID_2,
                "neither question answered yes: negative advice",
            ));
        }
        Uitkomst::Positief(Positief::Onderzoek {
            aanpassingen,
            begeleiding,
        }) => {
            grounds.extend(arbeidsvermogen_grounds(ALLES_VOLDAAN));
            grounds.push(Ground::new(
                    BESLUIT_3_LID_1_A,
                    if aanpassingen {
                        "dependent on technical or organisational adaptations an employer cannot realise"
                    } else {
                        "not dependent on adaptations an employer cannot realise"
                    },
                ));
            grounds.push(Ground::new(
                    BESLUIT_3_LID_1_B,
                    if begeleiding {
                        "dependent on permanent supervision or intensive guidance an employer cannot offer"
                    } else {
                        "not dependent on supervision or guidance an employer cannot offer"
                    },
                ));
            grounds.push(Ground::new(
                    BESLUIT_3_LID_2,
                    "at least one question answered yes: UWV advises the college to determine beschut werk",
                ));
        }
    }
}

const ALLES_VOLDAAN: ArbeidsvermogenToets = ArbeidsvermogenToets {
    taak: true,
    uur_aaneengesloten: true,
    vier_uur_per_dag: true,
    basale_vaardigheden: true,
};

fn buiten_kring_ground(reden: BuitenKring) -> Ground {
    match reden {
        BuitenKring::GeenDoelgroep => Ground::new(
            ART_10B_LID_1,
            "not supported under art. 7 lid 1 a and no UWV benefit: outside art. 10b",
        ),
        BuitenKring::UitkeringVoor2017 => Ground::new(
            Citation::article(Regulation::Participatiewet, "10b").lid(1),
            "before 2017-01-01 art. 10b covered only the college's own art. 7 lid 1 a group, \
             not UWV benefit recipients",
        ),
        BuitenKring::PersoonlijkVerzoekVoor2017 => Ground::new(
            ART_10B_LID_3,
            "a person may ask UWV for the advice only from 2017-01-01",
        ),
    }
}

fn arbeidsvermogen_grounds(t: ArbeidsvermogenToets) -> impl Iterator<Item = Ground> {
    let ja_nee = |ok: bool| if ok { "met" } else { "NOT met" };
    [
        format!("performs a task: {}", ja_nee(t.taak)),
        format!(
            "works at least {MIN_UREN_AANEENGESLOTEN} hour at a stretch: {}",
            ja_nee(t.uur_aaneengesloten)
        ),
        format!(
            "works at least {MIN_UREN_PER_DAG} hours a day: {}",
            ja_nee(t.vier_uur_per_dag)
        ),
        format!("basic employee skills: {}", ja_nee(t.basale_vaardigheden)),
    ]
    .into_iter()
    .map(|text| {
        Ground::new(
            BESLUIT_3_LID_1,
            format!("arbeidsvermogen (UWV's operational test): {text}"),
        )
    })
    .chain(std::iter::once_with(move || {
        Ground::new(
            BESLUIT_3_LID_1,
            if t.voldoet() {
                "the person has arbeidsvermogen"
            } else {
                "no arbeidsvermogen: negative advice"
            },
        )
    }))
}

impl fmt::Display for Uitkomst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Positief(_) => f.write_str("positive advice"),
            Self::Negatief(Negatief::GeenArbeidsvermogen(_)) => {
                f.write_str("negative advice (no arbeidsvermogen)")
            }
            Self::Negatief(Negatief::NietAangewezen) => {
                f.write_str("negative advice (not dependent on a sheltered environment)")
            }
            Self::Negatief(Negatief::WswBegeleidWerken) => {
                f.write_str("negative advice (former Wsw, able to do begeleid werken)")
            }
            Self::Negatief(Negatief::HerhaaldVerzoek { .. }) => {
                f.write_str("negative advice (repeat request within twelve months)")
            }
            Self::BuitenKring(_) => f.write_str("outside art. 10b"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_2017_is_a_real_date() {
        assert_eq!(BESCHUT_WERK_2017.to_string(), "2017-01-01");
    }

    #[test]
    fn person_without_earlier_advice_is_not_a_repeat() {
        let v = Verzoek::new(Aanvrager::Persoon, BESCHUT_WERK_2017);
        assert_eq!(herhaald_binnen_twaalf_maanden(&v), None);
    }
}
