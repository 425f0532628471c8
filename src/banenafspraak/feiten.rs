//! The facts (`feiten`) that decide whether a person is an `arbeidsbeperkte` in the sense of
//! Wfsv art. 38b: owned data, built by a validating builder, read from JSON through the same
//! check.
//!
//! Each fact is stated by the body that holds it (UWV, the college); the crate does not
//! re-assess them. Every fact has its own setter, so no two facts can be swapped unnoticed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::decision::Label;
use crate::error::Error;
use crate::wire::{Validate, validated_serde, wire_enum};

use super::inschrijving::Inschrijving;

/// How the college supports the person towards work (art. 38b lid 1 a and e).
///
/// ```
/// use participatiewet::banenafspraak::Toeleiding;
/// assert_eq!("artikel7_lid1a".parse::<Toeleiding>()?, Toeleiding::Artikel7Lid1a);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Toeleiding {
    /// No such support.
    Geen,
    /// Supported towards a dienstbetrekking under Pw art. 7 lid 1 onderdeel a.
    #[serde(rename = "artikel7_lid1a")]
    Artikel7Lid1a,
    /// Loonkostensubsidie is paid for the person under Pw art. 10d lid 2 (in onderdeel a from
    /// the 2017 text).
    Loonkostensubsidie,
}

wire_enum!(Toeleiding);

/// Who found that the person cannot earn the minimum wage, and how (art. 38b lid 1 a and e).
///
/// ```
/// use participatiewet::banenafspraak::Minimumloonvaststelling;
/// assert_eq!(Minimumloonvaststelling::UwvOpEigenVerzoek.to_string(), "uwv_op_eigen_verzoek");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Minimumloonvaststelling {
    /// No such finding.
    Geen,
    /// UWV found it, only at the college's request (onderdeel a).
    UwvOpVerzoekCollege,
    /// The college set a loonwaarde below the minimum wage at full time, meeting the
    /// requirements of Pw art. 10d lid 1 or 2 (onderdeel a, from the 2017 text).
    LoonwaardeCollege,
    /// UWV found it at the person's own request (onderdeel e, from the 2016 text).
    UwvOpEigenVerzoek,
}

wire_enum!(Minimumloonvaststelling);

/// The person's Wajong right (art. 38b lid 1 c).
///
/// ```
/// use participatiewet::banenafspraak::Wajong;
/// assert_eq!("duurzaam_geen_mogelijkheden".parse::<Wajong>()?, Wajong::DuurzaamGeenMogelijkheden);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Wajong {
    /// No right to arbeidsondersteuning or a benefit under the Wajong.
    Geen,
    /// A right to arbeidsondersteuning or a benefit, with capacity for work.
    MetMogelijkheden,
    /// A right, but durably no capacity for work (Wajong art. 1a:1, 2:4 lid 1 or 3:8a lid 1).
    DuurzaamGeenMogelijkheden,
}

wire_enum!(Wajong);

/// The indication set by or under an AMvB that onderdeel d refers to, as the caller holds it
/// (the crate does not read the AMvB).
///
/// ```
/// use participatiewet::{Taal, banenafspraak::Indicatie};
/// assert_eq!(Indicatie::Praktijkonderwijs.label().get(Taal::Nl), "praktijkonderwijs");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Indicatie {
    /// A pupil or former pupil of praktijkonderwijs.
    Praktijkonderwijs,
    /// A pupil or former pupil of voortgezet speciaal onderwijs.
    VoortgezetSpeciaalOnderwijs,
    /// Another indication of the AMvB.
    Overig,
}

wire_enum!(Indicatie);

pub(crate) static INDICATIES: [Label; 3] = [
    Label::new(
        "praktijkonderwijs",
        "praktijkonderwijs",
        "practical education",
    ),
    Label::new(
        "voortgezet_speciaal_onderwijs",
        "voortgezet speciaal onderwijs",
        "special secondary education",
    ),
    Label::new("overig", "een andere indicatie", "another indication"),
];

impl Indicatie {
    /// The indication in words.
    #[must_use]
    pub fn label(self) -> &'static Label {
        let [pro, vso, overig] = &INDICATIES;
        match self {
            Self::Praktijkonderwijs => pro,
            Self::VoortgezetSpeciaalOnderwijs => vso,
            Self::Overig => overig,
        }
    }
}

/// What the person was on or after 2013-01-01 and no longer on 2015-05-01 (art. 38b lid 1 f,
/// from the 2020 text).
///
/// ```
/// use participatiewet::banenafspraak::Voormalig;
/// assert_eq!(Voormalig::Wsw.to_string(), "wsw");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Voormalig {
    /// Neither.
    Geen,
    /// A person of onderdeel b (Wsw indication).
    Wsw,
    /// A person of onderdeel c (Wajong) who still has capacity for work.
    Wajong,
    /// A person of onderdeel c who now durably has no capacity for work (Wajong art. 1a:1):
    /// excluded from onderdeel f.
    WajongDuurzaamGeenMogelijkheden,
}

wire_enum!(Voormalig);

pub(crate) static VOORMALIG: [Label; 2] = [
    Label::new(
        "wsw",
        "geïndiceerd voor de sociale werkvoorziening",
        "indicated for sheltered employment (Wsw)",
    ),
    Label::new(
        "wajong",
        "gerechtigd op grond van de Wajong",
        "entitled under the Wajong",
    ),
];

/// The college's determination under Pw art. 10b lid 1 (beschut werk), which the opening words
/// of art. 38b lid 1 and lid 6 exclude.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::BeschutWerk;
/// let b = BeschutWerk::Vastgesteld { op: NaiveDate::from_ymd_opt(2018, 3, 1).unwrap() };
/// assert_eq!(serde_json::to_string(&b)?, r#"{"soort":"vastgesteld","op":"2018-03-01"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum BeschutWerk {
    /// No determination.
    Geen,
    /// The college determined on `op` that the person can work only in a sheltered
    /// environment.
    Vastgesteld {
        /// The day of the determination.
        op: NaiveDate,
    },
    /// Determined on `op` and working in a beschut-werk dienstbetrekking since `sinds` (the
    /// 2015 text excluded only this person, and only from onderdeel a).
    InDienstbetrekking {
        /// The day of the determination.
        op: NaiveDate,
        /// The first day of the dienstbetrekking.
        sinds: NaiveDate,
    },
}

/// `geen`, `vastgesteld: <day>` or `in_dienstbetrekking: <day>`.
///
/// ```
/// use participatiewet::banenafspraak::BeschutWerk;
/// assert_eq!(BeschutWerk::Geen.to_string(), "geen");
/// ```
impl std::fmt::Display for BeschutWerk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Geen => f.write_str("geen"),
            Self::Vastgesteld { op } => write!(f, "vastgesteld: {op}"),
            Self::InDienstbetrekking { sinds, .. } => write!(f, "in_dienstbetrekking: {sinds}"),
        }
    }
}

impl BeschutWerk {
    /// The determination's date, when it was made on or before `datum`.
    pub(crate) fn vastgesteld_op(self, datum: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Vastgesteld { op } | Self::InDienstbetrekking { op, .. } if op <= datum => {
                Some(op)
            }
            _ => None,
        }
    }

    /// The dienstbetrekking's first day, when it began on or before `datum`.
    pub(crate) fn in_dienst_op(self, datum: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::InDienstbetrekking { sinds, .. } if sinds <= datum => Some(sinds),
            _ => None,
        }
    }
}

/// The facts of art. 38b for one person. Build with [`Feiten::builder`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{Feiten, Minimumloonvaststelling, Toeleiding};
/// let f = Feiten::builder()
///     .toeleiding(Toeleiding::Artikel7Lid1a)
///     .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
///     .build()?;
/// assert_eq!(f.toeleiding(), Toeleiding::Artikel7Lid1a);
/// let back: Feiten = serde_json::from_str(&serde_json::to_string(&f)?)?;
/// assert_eq!(back, f);
/// assert!(serde_json::from_str::<Feiten>(r#"{"toeleiding":"geen"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "private facts, each set by its own named builder method"
)]
pub struct Feiten {
    toeleiding: Toeleiding,
    minimumloon: Minimumloonvaststelling,
    wsw_indicatie: bool,
    wajong: Wajong,
    in_dienstbetrekking: bool,
    indicatie: Option<Indicatie>,
    voormalig: Voormalig,
    jonggehandicapt_uwv_oordeel: bool,
    wia_experiment: bool,
    beschut_werk: BeschutWerk,
    inschrijving: Option<Inschrijving>,
}

validated_serde!(Feiten);

impl Validate for Feiten {
    fn validate(&self) -> Result<(), Error> {
        match self.beschut_werk {
            BeschutWerk::Geen => {}
            BeschutWerk::Vastgesteld { op } => {
                checked(op, "beschut_werk")?;
            }
            BeschutWerk::InDienstbetrekking { op, sinds } => {
                checked(op, "beschut_werk")?;
                checked(sinds, "beschut_werk")?;
            }
        }
        if let Some(i) = self.inschrijving {
            i.validate()?;
        }
        Ok(())
    }
}

impl Feiten {
    /// A builder with no facts set (every fact "none").
    ///
    /// ```
    /// let f = participatiewet::banenafspraak::Feiten::builder().build()?;
    /// assert!(f.inschrijving().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn builder() -> FeitenBuilder {
        FeitenBuilder(Self {
            toeleiding: Toeleiding::Geen,
            minimumloon: Minimumloonvaststelling::Geen,
            wsw_indicatie: false,
            wajong: Wajong::Geen,
            in_dienstbetrekking: false,
            indicatie: None,
            voormalig: Voormalig::Geen,
            jonggehandicapt_uwv_oordeel: false,
            wia_experiment: false,
            beschut_werk: BeschutWerk::Geen,
            inschrijving: None,
        })
    }

    /// The college's support towards work.
    #[must_use]
    pub const fn toeleiding(&self) -> Toeleiding {
        self.toeleiding
    }
    /// The finding that the person cannot earn the minimum wage.
    #[must_use]
    pub const fn minimumloon(&self) -> Minimumloonvaststelling {
        self.minimumloon
    }
    /// Whether the person has a Wsw indication (onderdeel b).
    #[must_use]
    pub const fn heeft_wsw_indicatie(&self) -> bool {
        self.wsw_indicatie
    }
    /// The Wajong right (onderdeel c).
    #[must_use]
    pub const fn wajong(&self) -> Wajong {
        self.wajong
    }
    /// Whether the person works in a dienstbetrekking.
    #[must_use]
    pub const fn is_in_dienstbetrekking(&self) -> bool {
        self.in_dienstbetrekking
    }
    /// The AMvB indication (onderdeel d).
    #[must_use]
    pub const fn indicatie(&self) -> Option<Indicatie> {
        self.indicatie
    }
    /// The former status of onderdeel f.
    #[must_use]
    pub const fn voormalig(&self) -> Voormalig {
        self.voormalig
    }
    /// Whether UWV judged the person as lid 2 describes.
    #[must_use]
    pub const fn heeft_jonggehandicapt_uwv_oordeel(&self) -> bool {
        self.jonggehandicapt_uwv_oordeel
    }
    /// Whether the person is in the WIA experiment of onderdeel g.
    #[must_use]
    pub const fn is_in_wia_experiment(&self) -> bool {
        self.wia_experiment
    }
    /// The college's beschut-werk determination.
    #[must_use]
    pub const fn beschut_werk(&self) -> BeschutWerk {
        self.beschut_werk
    }
    /// The person's entry in the register.
    #[must_use]
    pub const fn inschrijving(&self) -> Option<Inschrijving> {
        self.inschrijving
    }
}

/// The builder of [`Feiten`]: one named method per fact.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{BeschutWerk, Feiten, Inschrijving, Wajong};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = Feiten::builder()
///     .wajong(Wajong::DuurzaamGeenMogelijkheden)
///     .in_dienstbetrekking()
///     .inschrijving(Inschrijving::opgenomen(d(2023, 9, 12))?)
///     .build()?;
/// assert!(f.is_in_dienstbetrekking());
/// let bad = Feiten::builder().beschut_werk(BeschutWerk::Vastgesteld { op: NaiveDate::MIN }).build();
/// assert_eq!(bad.unwrap_err().field(), Some("beschut_werk"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct FeitenBuilder(Feiten);

impl FeitenBuilder {
    /// The college's support towards work (onderdeel a, e).
    pub const fn toeleiding(mut self, toeleiding: Toeleiding) -> Self {
        self.0.toeleiding = toeleiding;
        self
    }
    /// The finding that the person cannot earn the minimum wage (onderdeel a, e).
    pub const fn minimumloon(mut self, vaststelling: Minimumloonvaststelling) -> Self {
        self.0.minimumloon = vaststelling;
        self
    }
    /// The person has a Wsw indication or a still valid one under Wsw art. 11 (onderdeel b).
    pub const fn wsw_indicatie(mut self) -> Self {
        self.0.wsw_indicatie = true;
        self
    }
    /// The person's Wajong right (onderdeel c).
    pub const fn wajong(mut self, wajong: Wajong) -> Self {
        self.0.wajong = wajong;
        self
    }
    /// The person works in a dienstbetrekking (onderdeel c, 2026 text).
    pub const fn in_dienstbetrekking(mut self) -> Self {
        self.0.in_dienstbetrekking = true;
        self
    }
    /// The person meets the AMvB indication (onderdeel d).
    pub const fn indicatie(mut self, indicatie: Indicatie) -> Self {
        self.0.indicatie = Some(indicatie);
        self
    }
    /// What the person was on or after 2013-01-01 and no longer on 2015-05-01 (onderdeel f).
    pub const fn voormalig(mut self, voormalig: Voormalig) -> Self {
        self.0.voormalig = voormalig;
        self
    }
    /// UWV judged the person as lid 2 describes (young disabled, needs a provision to earn
    /// the minimum wage).
    pub const fn jonggehandicapt_uwv_oordeel(mut self) -> Self {
        self.0.jonggehandicapt_uwv_oordeel = true;
        self
    }
    /// The person has a WIA benefit (chapter 6) and is in the experiment of Wet SUWI art. 82a
    /// (onderdeel g, 2026 text).
    pub const fn wia_experiment(mut self) -> Self {
        self.0.wia_experiment = true;
        self
    }
    /// The college's beschut-werk determination.
    pub const fn beschut_werk(mut self, beschut: BeschutWerk) -> Self {
        self.0.beschut_werk = beschut;
        self
    }
    /// The person's entry in the register (lid 6).
    pub const fn inschrijving(mut self, inschrijving: Inschrijving) -> Self {
        self.0.inschrijving = Some(inschrijving);
        self
    }
    /// The facts, checked.
    pub fn build(self) -> Result<Feiten, Error> {
        self.0.validate()?;
        Ok(self.0)
    }
}
