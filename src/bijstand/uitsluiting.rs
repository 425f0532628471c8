//! The residence status of art. 11 and the exclusions of art. 13.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::gronden;
use crate::citation::{Citation, Regulation};
use crate::decision::Label;

/// The residence status that gives a right to bijstand (art. 11).
///
/// ```
/// use participatiewet::bijstand::Verblijf;
/// assert!(Verblijf::Nederlander.geeft_recht());
/// assert!(!Verblijf::GeenRechtmatigVerblijf.geeft_recht());
/// assert_eq!("rechtmatig_verblijf".parse::<Verblijf>()?, Verblijf::RechtmatigVerblijf);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verblijf {
    /// A Dutch national (art. 11 lid 1).
    Nederlander,
    /// A foreigner lawfully resident under Vreemdelingenwet 2000 art. 8 a–e or l (art. 11
    /// lid 2).
    RechtmatigVerblijf,
    /// Neither: no right (art. 11).
    GeenRechtmatigVerblijf,
}

crate::wire::wire_enum!(Verblijf);

impl Verblijf {
    /// Whether this status gives a right to bijstand.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Verblijf::RechtmatigVerblijf.geeft_recht());
    /// ```
    #[must_use]
    pub fn geeft_recht(self) -> bool {
        !matches!(self, Self::GeenRechtmatigVerblijf)
    }

    /// The article: lid 1 for a Dutch national, lid 2 otherwise.
    ///
    /// ```
    /// use participatiewet::bijstand::Verblijf;
    /// assert_eq!(Verblijf::Nederlander.citation().to_string(), "Participatiewet art. 11 lid 1");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Nederlander => {
                const { &Citation::article(Regulation::Participatiewet, "11").lid(1) }
            }
            Self::RechtmatigVerblijf | Self::GeenRechtmatigVerblijf => {
                const { &Citation::article(Regulation::Participatiewet, "11").lid(2) }
            }
        }
    }

    /// The words for a letter.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Verblijf::Nederlander.label().nl, "Nederlander");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Nederlander => &gronden::VERBLIJF[0],
            Self::RechtmatigVerblijf => &gronden::VERBLIJF[1],
            Self::GeenRechtmatigVerblijf => &gronden::VERBLIJF[2],
        }
    }
}

/// An exclusion of art. 13 the caller has established (being under 18 is computed, not an
/// input).
///
/// ```
/// use participatiewet::bijstand::Uitsluiting;
/// assert_eq!(Uitsluiting::Detentie.citation().to_string(), "Participatiewet art. 13 lid 1 onderdeel a");
/// assert_eq!(Uitsluiting::OnderwijsOnder27.to_string(), "onderwijs_onder_27");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluiting {
    /// Lawfully deprived of liberty (art. 13 lid 1 a).
    Detentie,
    /// Evading a custodial sentence or measure (art. 13 lid 1 b).
    Onttrekking,
    /// In military or alternative service (art. 13 lid 1 c).
    Dienstplicht,
    /// Not working because of a strike or lock-out (art. 13 lid 1 d).
    Werkstaking,
    /// Abroad longer than four weeks a year or in a row, thirteen weeks at AOW age (art. 13
    /// lid 1 e, lid 4).
    Buitenland,
    /// Asking bijstand to pay off a debt while having had the means (art. 13 lid 1 g).
    Schuldenlast,
    /// A uitreiziger (art. 13 lid 1 h).
    Uitreiziger,
    /// 18, 19 or 20 and staying in an institution (art. 13 lid 2 a): no algemene bijstand.
    Inrichting,
    /// On unpaid leave, or married to someone who is (art. 13 lid 2 b): no algemene bijstand.
    OnbetaaldVerlof,
    /// Under 27 and able to follow publicly funded education (art. 13 lid 2 c).
    #[serde(rename = "onderwijs_onder_27")]
    OnderwijsOnder27,
    /// Under 27 and unambiguously unwilling to meet the obligations (art. 13 lid 2 d).
    #[serde(rename = "verplichtingen_onder_27")]
    VerplichtingenOnder27,
}

crate::wire::wire_enum!(Uitsluiting);

impl Uitsluiting {
    const ALL: [Self; 11] = [
        Self::Detentie,
        Self::Onttrekking,
        Self::Dienstplicht,
        Self::Werkstaking,
        Self::Buitenland,
        Self::Schuldenlast,
        Self::Uitreiziger,
        Self::Inrichting,
        Self::OnbetaaldVerlof,
        Self::OnderwijsOnder27,
        Self::VerplichtingenOnder27,
    ];

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The article, lid and onderdeel.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert_eq!(Uitsluiting::Inrichting.citation().to_string(), "Participatiewet art. 13 lid 2 onderdeel a");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Detentie => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("a")
                }
            }
            Self::Onttrekking => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("b")
                }
            }
            Self::Dienstplicht => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("c")
                }
            }
            Self::Werkstaking => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("d")
                }
            }
            Self::Buitenland => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("e")
                }
            }
            Self::Schuldenlast => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("g")
                }
            }
            Self::Uitreiziger => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(1)
                        .onderdeel("h")
                }
            }
            Self::Inrichting => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(2)
                        .onderdeel("a")
                }
            }
            Self::OnbetaaldVerlof => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(2)
                        .onderdeel("b")
                }
            }
            Self::OnderwijsOnder27 => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(2)
                        .onderdeel("c")
                }
            }
            Self::VerplichtingenOnder27 => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(2)
                        .onderdeel("d")
                }
            }
        }
    }

    /// Whether the exclusion bars only algemene bijstand (art. 13 lid 2), not all bijstand.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert!(Uitsluiting::OnderwijsOnder27.alleen_algemene_bijstand());
    /// assert!(!Uitsluiting::Detentie.alleen_algemene_bijstand());
    /// ```
    #[must_use]
    pub const fn alleen_algemene_bijstand(self) -> bool {
        matches!(
            self,
            Self::Inrichting
                | Self::OnbetaaldVerlof
                | Self::OnderwijsOnder27
                | Self::VerplichtingenOnder27
        )
    }

    /// Whether the exclusion applies at `leeftijd`: art. 13 lid 2 a only at 18, 19 or 20,
    /// lid 2 c and d only under 27.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert!(Uitsluiting::OnderwijsOnder27.geldt_op(26));
    /// assert!(!Uitsluiting::OnderwijsOnder27.geldt_op(27));
    /// ```
    #[must_use]
    pub const fn geldt_op(self, leeftijd: u32) -> bool {
        match self {
            Self::Inrichting => leeftijd >= 18 && leeftijd <= 20,
            Self::OnderwijsOnder27 | Self::VerplichtingenOnder27 => leeftijd < 27,
            Self::Detentie
            | Self::Onttrekking
            | Self::Dienstplicht
            | Self::Werkstaking
            | Self::Buitenland
            | Self::Schuldenlast
            | Self::Uitreiziger
            | Self::OnbetaaldVerlof => true,
        }
    }

    /// The fact as a sentence for a letter.
    ///
    /// ```
    /// use participatiewet::bijstand::Uitsluiting;
    /// assert_eq!(Uitsluiting::Uitreiziger.label().nl, "U bent een uitreiziger");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let l = &gronden::UITSLUITING;
        match self {
            Self::Detentie => &l[0],
            Self::Onttrekking => &l[1],
            Self::Dienstplicht => &l[2],
            Self::Werkstaking => &l[3],
            Self::Buitenland => &l[4],
            Self::Schuldenlast => &l[5],
            Self::Uitreiziger => &l[6],
            Self::Inrichting => &l[7],
            Self::OnbetaaldVerlof => &l[8],
            Self::OnderwijsOnder27 => &l[9],
            Self::VerplichtingenOnder27 => &l[10],
        }
    }
}

/// The set of exclusions the caller has established; on the wire a list of their names.
///
/// ```
/// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
/// let set = Uitsluitingen::default().met(Uitsluiting::Buitenland);
/// assert!(set.contains(Uitsluiting::Buitenland));
/// assert_eq!(serde_json::to_string(&set)?, r#"["buitenland"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Uitsluitingen(u16);

impl Uitsluitingen {
    /// The same set with `uitsluiting` added.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// assert!(!Uitsluitingen::default().met(Uitsluiting::Detentie).is_empty());
    /// ```
    #[must_use]
    pub const fn met(self, uitsluiting: Uitsluiting) -> Self {
        Self(self.0 | uitsluiting.bit())
    }

    /// Whether `uitsluiting` is in the set.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// assert!(!Uitsluitingen::default().contains(Uitsluiting::Detentie));
    /// ```
    #[must_use]
    pub const fn contains(self, uitsluiting: Uitsluiting) -> bool {
        self.0 & uitsluiting.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Uitsluitingen::default().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The exclusions in the set, in the order of art. 13.
    ///
    /// ```
    /// use participatiewet::bijstand::{Uitsluiting, Uitsluitingen};
    /// let set = Uitsluitingen::default().met(Uitsluiting::Werkstaking).met(Uitsluiting::Detentie);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Uitsluiting::Detentie, Uitsluiting::Werkstaking]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Uitsluiting> {
        Uitsluiting::ALL
            .into_iter()
            .filter(move |u| self.contains(*u))
    }
}

impl Serialize for Uitsluitingen {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Uitsluitingen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Vec::<Uitsluiting>::deserialize(deserializer)?;
        Ok(list.into_iter().fold(Self::default(), Self::met))
    }
}
