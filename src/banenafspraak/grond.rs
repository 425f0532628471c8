//! The grounds (`gronden`) of Wfsv art. 38b on which a person is an arbeidsbeperkte, one by
//! one ([`Grond`]) and as a set ([`Gronden`]).

use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::decision::Label;
use crate::wire::wire_enum;

use super::gronden as g;
/// A ground of art. 38b on which a person is an arbeidsbeperkte.
///
/// ```
/// use participatiewet::{Taal, banenafspraak::Grond};
/// assert_eq!(Grond::Lid1C.label().get(Taal::Nl), "recht op grond van de Wajong");
/// assert_eq!(Grond::Lid1C.citation().to_string(), "Wfsv art. 38b lid 1 onderdeel c");
/// assert_eq!("lid1c".parse::<Grond>()?, Grond::Lid1C);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grond {
    /// Lid 1 a: the college's support and a finding that the minimum wage is out of reach.
    #[serde(rename = "lid1a")]
    Lid1A,
    /// Lid 1 b: a Wsw indication.
    #[serde(rename = "lid1b")]
    Lid1B,
    /// Lid 1 c: a Wajong right.
    #[serde(rename = "lid1c")]
    Lid1C,
    /// Lid 1 d: an indication set by AMvB.
    #[serde(rename = "lid1d")]
    Lid1D,
    /// Lid 1 e: UWV's finding at the person's own request.
    #[serde(rename = "lid1e")]
    Lid1E,
    /// Lid 1 f: former Wsw or Wajong (transitional).
    #[serde(rename = "lid1f")]
    Lid1F,
    /// Lid 1 g: WIA benefit with the Wajong instrument by way of experiment.
    #[serde(rename = "lid1g")]
    Lid1G,
    /// Lid 2: UWV's judgement (young disabled, needs a provision).
    #[serde(rename = "lid2")]
    Lid2,
    /// Lid 6: no longer meets lid 1 or 2, but the entry has not ended.
    #[serde(rename = "lid6")]
    Lid6,
}

wire_enum!(Grond);

const ALLE: [Grond; 9] = [
    Grond::Lid1A,
    Grond::Lid1B,
    Grond::Lid1C,
    Grond::Lid1D,
    Grond::Lid1E,
    Grond::Lid1F,
    Grond::Lid1G,
    Grond::Lid2,
    Grond::Lid6,
];

/// The labels of [`Grond`], in variant order.
pub(crate) static GRONDEN: [Label; 9] = [
    Label::new(
        "lid1a",
        "ondersteuning door het college en de vaststelling dat u het minimumloon niet kunt verdienen",
        "the college's support and a finding that you cannot earn the minimum wage",
    ),
    Label::new("lid1b", "een Wsw-indicatie", "a Wsw indication"),
    Label::new(
        "lid1c",
        "recht op grond van de Wajong",
        "a right under the Wajong",
    ),
    Label::new(
        "lid1d",
        "een indicatie bij algemene maatregel van bestuur",
        "an indication set by order in council",
    ),
    Label::new(
        "lid1e",
        "de vaststelling op eigen verzoek dat u het minimumloon niet kunt verdienen",
        "a finding at your own request that you cannot earn the minimum wage",
    ),
    Label::new(
        "lid1f",
        "het overgangsrecht voor voormalige Wsw- en Wajong-gerechtigden",
        "the transitional rule for former Wsw and Wajong persons",
    ),
    Label::new(
        "lid1g",
        "het experiment met een WIA-uitkering",
        "the WIA experiment",
    ),
    Label::new(
        "lid2",
        "het oordeel van het UWV over een belemmering van jongs af",
        "UWV's judgement of a hindrance from youth",
    ),
    Label::new(
        "lid6",
        "uw nog lopende opname in het doelgroepregister",
        "your entry in the register, not yet ended",
    ),
];

impl Grond {
    /// The ground in words.
    #[must_use]
    pub fn label(self) -> &'static Label {
        let [la, lb, lc, ld, le, lf, lg, lid2, lid6] = &GRONDEN;
        match self {
            Self::Lid1A => la,
            Self::Lid1B => lb,
            Self::Lid1C => lc,
            Self::Lid1D => ld,
            Self::Lid1E => le,
            Self::Lid1F => lf,
            Self::Lid1G => lg,
            Self::Lid2 => lid2,
            Self::Lid6 => lid6,
        }
    }

    /// The provision the ground rests on.
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Lid1A => g::ART_38B_LID_1_A,
            Self::Lid1B => g::ART_38B_LID_1_B,
            Self::Lid1C => g::ART_38B_LID_1_C,
            Self::Lid1D => g::ART_38B_LID_1_D,
            Self::Lid1E => g::ART_38B_LID_1_E,
            Self::Lid1F => g::ART_38B_LID_1_F,
            Self::Lid1G => g::ART_38B_LID_1_G,
            Self::Lid2 => g::ART_38B_LID_2,
            Self::Lid6 => g::ART_38B_LID_6,
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The set of grounds a person meets (before the beschut-werk exclusion), in the order of the
/// article.
///
/// ```
/// use participatiewet::banenafspraak::{Gronden, Grond};
/// let g = Gronden::default().met(Grond::Lid1C).met(Grond::Lid1A);
/// assert_eq!(g.iter().collect::<Vec<_>>(), vec![Grond::Lid1A, Grond::Lid1C]);
/// assert_eq!(g.eerste(), Some(Grond::Lid1A));
/// assert_eq!(serde_json::to_string(&g)?, r#"["lid1a","lid1c"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Gronden(u16);

impl Gronden {
    /// The same set with `grond`.
    #[must_use]
    pub const fn met(self, grond: Grond) -> Self {
        Self(self.0 | grond.bit())
    }
    /// Whether the set holds `grond`.
    #[must_use]
    pub const fn bevat(self, grond: Grond) -> bool {
        self.0 & grond.bit() != 0
    }
    /// Whether the set is empty.
    #[must_use]
    pub const fn is_leeg(self) -> bool {
        self.0 == 0
    }
    /// The grounds in the article's order.
    pub fn iter(self) -> impl Iterator<Item = Grond> {
        ALLE.into_iter().filter(move |g| self.bevat(*g))
    }
    /// The first ground in the article's order.
    #[must_use]
    pub fn eerste(self) -> Option<Grond> {
        self.iter().next()
    }
    pub(super) fn lid_1(self) -> Self {
        Self(self.0 & !(Grond::Lid2.bit() | Grond::Lid6.bit()))
    }
}

impl Serialize for Gronden {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Gronden {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<Grond>::deserialize(d)?;
        Ok(list.into_iter().fold(Self::default(), Self::met))
    }
}
