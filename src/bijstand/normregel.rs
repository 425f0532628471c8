//! Which norm applies: the household form, the norm group (art. 20, 21, 22), the onderdeel of
//! the article, and how cost-sharers change it (art. 22a).

use serde::{Deserialize, Serialize};

use super::gronden;
use crate::citation::{Citation, Regulation};
use crate::decision::Label;
use crate::money::Money;
use crate::params::Bijstandsnormen;

/// The household form (`leefvorm`): single, single parent or couple.
///
/// ```
/// use participatiewet::bijstand::Leefvorm;
/// assert_eq!(Leefvorm::AlleenstaandeOuder.to_string(), "alleenstaande_ouder");
/// assert_eq!("gehuwden".parse::<Leefvorm>()?, Leefvorm::Gehuwden);
/// assert_eq!(Leefvorm::Gehuwden.label().nl, "gehuwd of samenwonend");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Leefvorm {
    /// A single person (art. 4 lid 1 onderdeel a).
    Alleenstaande,
    /// A single parent (art. 4 lid 1 onderdeel b): the single norm (art. 21 onderdeel a).
    AlleenstaandeOuder,
    /// Married or cohabiting partners (`gehuwden`, art. 3), who have a joint right (art. 11
    /// lid 4).
    Gehuwden,
}

crate::wire::wire_enum!(Leefvorm);

impl Leefvorm {
    /// Whether the asset limit of a family applies (single parent or couple, art. 34 lid 3 b).
    ///
    /// ```
    /// use participatiewet::bijstand::Leefvorm;
    /// assert!(!Leefvorm::Alleenstaande.is_gezin());
    /// assert!(Leefvorm::AlleenstaandeOuder.is_gezin());
    /// ```
    #[must_use]
    pub fn is_gezin(self) -> bool {
        !matches!(self, Self::Alleenstaande)
    }

    /// The words for a letter (`alleenstaand`, `alleenstaande ouder`, `gehuwd of samenwonend`).
    ///
    /// ```
    /// use participatiewet::{Taal, bijstand::Leefvorm};
    /// assert_eq!(Leefvorm::Alleenstaande.label().get(Taal::En), "single");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Alleenstaande => &gronden::LEEFVORM[0],
            Self::AlleenstaandeOuder => &gronden::LEEFVORM[1],
            Self::Gehuwden => &gronden::LEEFVORM[2],
        }
    }
}

/// Which article's norms apply: art. 20 (a household member under 21), 21 or 22 (AOW age).
///
/// ```
/// use participatiewet::bijstand::Normgroep;
/// assert_eq!(Normgroep::Volwassen.citation().to_string(), "Participatiewet art. 21");
/// assert_eq!(Normgroep::Jongere.to_string(), "jongere");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Normgroep {
    /// The person, or a spouse, is 18, 19 or 20 (art. 20).
    Jongere,
    /// 21 up to AOW age (art. 21).
    Volwassen,
    /// The person or a spouse has reached AOW age, the other 21 or older (art. 22).
    Pensioengerechtigd,
}

crate::wire::wire_enum!(Normgroep);

impl Normgroep {
    /// The article of the norm.
    ///
    /// ```
    /// use participatiewet::bijstand::Normgroep;
    /// assert_eq!(Normgroep::Pensioengerechtigd.citation().to_string(), "Participatiewet art. 22");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Jongere => const { &Citation::article(Regulation::Participatiewet, "20") },
            Self::Volwassen => const { &Citation::article(Regulation::Participatiewet, "21") },
            Self::Pensioengerechtigd => {
                const { &Citation::article(Regulation::Participatiewet, "22") }
            }
        }
    }

    /// The article of the cost-sharer norm (art. 22a for every group; art. 19a defines the
    /// cost-sharer).
    ///
    /// ```
    /// use participatiewet::bijstand::Normgroep;
    /// assert_eq!(Normgroep::Volwassen.kostendelers_citation().to_string(), "Participatiewet art. 22a");
    /// ```
    #[must_use]
    pub const fn kostendelers_citation(self) -> &'static Citation {
        const { &Citation::article(Regulation::Participatiewet, "22a") }
    }

    /// The words for a letter.
    ///
    /// ```
    /// use participatiewet::bijstand::Normgroep;
    /// assert_eq!(Normgroep::Jongere.label().nl, "jonger dan 21 jaar");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Jongere => &gronden::NORMGROEP[0],
            Self::Volwassen => &gronden::NORMGROEP[1],
            Self::Pensioengerechtigd => &gronden::NORMGROEP[2],
        }
    }
}

/// The onderdeel of art. 20, 21 or 22 whose norm applies without cost-sharers.
///
/// ```
/// use participatiewet::bijstand::Normregel;
/// assert_eq!(Normregel::GehuwdenEenJongere.citation().to_string(), "Participatiewet art. 20 lid 1 onderdeel c");
/// assert_eq!("gehuwden".parse::<Normregel>()?, Normregel::Gehuwden);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Normregel {
    /// A single person of 18, 19 or 20 (art. 20 lid 1 onderdeel a).
    AlleenstaandeJongere,
    /// A single parent of 18, 19 or 20 (art. 20 lid 2 onderdeel a).
    AlleenstaandeOuderJongere,
    /// A couple both 18, 19 or 20, no children (art. 20 lid 1 onderdeel b).
    GehuwdenJongeren,
    /// A couple both 18, 19 or 20, with children (art. 20 lid 2 onderdeel b).
    GehuwdenJongerenMetKinderen,
    /// A couple of whom one is 18, 19 or 20, the other 21 or older, no children (art. 20 lid 1
    /// onderdeel c).
    GehuwdenEenJongere,
    /// The same with children (art. 20 lid 2 onderdeel c).
    GehuwdenEenJongereMetKinderen,
    /// A single person or single parent of 21 up to AOW age (art. 21 onderdeel a).
    Alleenstaande,
    /// A couple both 21 up to AOW age (art. 21 onderdeel b).
    Gehuwden,
    /// A single person or single parent of AOW age (art. 22 onderdeel a).
    AlleenstaandePensioengerechtigde,
    /// A couple both of AOW age (art. 22 onderdeel b).
    GehuwdenPensioengerechtigd,
    /// A couple of whom one is of AOW age and the other 21 or older (art. 22 onderdeel c).
    GehuwdenEenPensioengerechtigd,
}

crate::wire::wire_enum!(Normregel);

impl Normregel {
    /// The article, lid and onderdeel.
    ///
    /// ```
    /// use participatiewet::bijstand::Normregel;
    /// assert_eq!(Normregel::Alleenstaande.citation().to_string(), "Participatiewet art. 21 onderdeel a");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        const fn art(a: &'static str) -> Citation {
            Citation::article(Regulation::Participatiewet, a)
        }
        match self {
            Self::AlleenstaandeJongere => const { &art("20").lid(1).onderdeel("a") },
            Self::GehuwdenJongeren => const { &art("20").lid(1).onderdeel("b") },
            Self::GehuwdenEenJongere => const { &art("20").lid(1).onderdeel("c") },
            Self::AlleenstaandeOuderJongere => const { &art("20").lid(2).onderdeel("a") },
            Self::GehuwdenJongerenMetKinderen => const { &art("20").lid(2).onderdeel("b") },
            Self::GehuwdenEenJongereMetKinderen => const { &art("20").lid(2).onderdeel("c") },
            Self::Alleenstaande => const { &art("21").onderdeel("a") },
            Self::Gehuwden => const { &art("21").onderdeel("b") },
            Self::AlleenstaandePensioengerechtigde => const { &art("22").onderdeel("a") },
            Self::GehuwdenPensioengerechtigd => const { &art("22").onderdeel("b") },
            Self::GehuwdenEenPensioengerechtigd => const { &art("22").onderdeel("c") },
        }
    }

    /// The norm group of the article.
    ///
    /// ```
    /// use participatiewet::bijstand::{Normgroep, Normregel};
    /// assert_eq!(Normregel::GehuwdenEenJongere.normgroep(), Normgroep::Jongere);
    /// ```
    #[must_use]
    pub const fn normgroep(self) -> Normgroep {
        match self {
            Self::AlleenstaandeJongere
            | Self::AlleenstaandeOuderJongere
            | Self::GehuwdenJongeren
            | Self::GehuwdenJongerenMetKinderen
            | Self::GehuwdenEenJongere
            | Self::GehuwdenEenJongereMetKinderen => Normgroep::Jongere,
            Self::Alleenstaande | Self::Gehuwden => Normgroep::Volwassen,
            Self::AlleenstaandePensioengerechtigde
            | Self::GehuwdenPensioengerechtigd
            | Self::GehuwdenEenPensioengerechtigd => Normgroep::Pensioengerechtigd,
        }
    }

    /// The amount of this onderdeel in a row of norms.
    pub(crate) fn bedrag(self, n: &Bijstandsnormen) -> Money {
        match self {
            Self::AlleenstaandeJongere | Self::AlleenstaandeOuderJongere => n.alleenstaande_jongere,
            Self::GehuwdenJongeren => n.gehuwden_jongeren,
            Self::GehuwdenJongerenMetKinderen => n.gehuwden_jongeren_met_kinderen,
            Self::GehuwdenEenJongere => n.gehuwden_een_jongere,
            Self::GehuwdenEenJongereMetKinderen => n.gehuwden_een_jongere_met_kinderen,
            Self::Alleenstaande => n.alleenstaande,
            Self::Gehuwden => n.gehuwden,
            Self::AlleenstaandePensioengerechtigde => n.alleenstaande_pensioengerechtigde,
            Self::GehuwdenPensioengerechtigd | Self::GehuwdenEenPensioengerechtigd => {
                n.gehuwden_pensioengerechtigd
            }
        }
    }

    /// The situation in the article's words.
    ///
    /// ```
    /// use participatiewet::bijstand::Normregel;
    /// assert_eq!(Normregel::AlleenstaandeJongere.label().nl, "een alleenstaande van 18, 19 of 20 jaar");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let labels = &gronden::NORMREGEL;
        match self {
            Self::AlleenstaandeJongere => &labels[0],
            Self::AlleenstaandeOuderJongere => &labels[1],
            Self::GehuwdenJongeren => &labels[2],
            Self::GehuwdenJongerenMetKinderen => &labels[3],
            Self::GehuwdenEenJongere => &labels[4],
            Self::GehuwdenEenJongereMetKinderen => &labels[5],
            Self::Alleenstaande => &labels[6],
            Self::Gehuwden => &labels[7],
            Self::AlleenstaandePensioengerechtigde => &labels[8],
            Self::GehuwdenPensioengerechtigd => &labels[9],
            Self::GehuwdenEenPensioengerechtigd => &labels[10],
        }
    }
}

/// How the cost-sharers changed the norm (art. 22a).
///
/// ```
/// use participatiewet::bijstand::Kostendelersnorm;
/// assert_eq!(Kostendelersnorm::Gehuwden.citation().to_string(), "Participatiewet art. 22a lid 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kostendelersnorm {
    /// No cost-sharers, or the norm of art. 20 lid 1 a/b, lid 2 a/b, which they do not change.
    Geen,
    /// A single person of 21 or older: `(40 + A × 30) / (A × 100) × B` (art. 22a lid 1).
    Alleenstaande,
    /// A couple both 21 or older: the sum of both spouses' norms (art. 22a lid 2).
    Gehuwden,
    /// A couple with one spouse under 21: a fixed amount plus the older spouse's norm
    /// (art. 22a lid 3).
    JongePartner,
}

crate::wire::wire_enum!(Kostendelersnorm);

impl Kostendelersnorm {
    /// The article and lid.
    ///
    /// ```
    /// use participatiewet::bijstand::Kostendelersnorm;
    /// assert_eq!(Kostendelersnorm::JongePartner.citation().to_string(), "Participatiewet art. 22a lid 3");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Geen | Self::Alleenstaande => {
                const { &Citation::article(Regulation::Participatiewet, "22a").lid(1) }
            }
            Self::Gehuwden => {
                const { &Citation::article(Regulation::Participatiewet, "22a").lid(2) }
            }
            Self::JongePartner => {
                const { &Citation::article(Regulation::Participatiewet, "22a").lid(3) }
            }
        }
    }
}
