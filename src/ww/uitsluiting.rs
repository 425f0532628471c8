//! The exclusion grounds of WW art. 19 lid 1 ([`Uitsluitingsgrond`]) and a set of them
//! ([`Uitsluitingen`]).

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::Label;
use crate::wire::wire_enum;

/// A ground of WW art. 19 lid 1 that excludes the right to WW.
///
/// The AOW age (onderdeel i) is not set by the caller: the crate derives it from the birth
/// date and [`Parameters::aow_datum`](crate::Parameters::aow_datum).
///
/// ```
/// use participatiewet::ww::Uitsluitingsgrond;
/// assert_eq!(Uitsluitingsgrond::Detentie.citation().to_string(), "WW art. 19 lid 1 onderdeel g");
/// assert_eq!(Uitsluitingsgrond::Wia.to_string(), "wia");
/// assert_eq!("onrechtmatig_verblijf".parse::<Uitsluitingsgrond>()?, Uitsluitingsgrond::OnrechtmatigVerblijf);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluitingsgrond {
    /// Receives Ziektewet benefit or the like (onderdeel a).
    Ziektewet,
    /// Receives a WIA disability benefit or WGA wage-related benefit (onderdeel b).
    Wia,
    /// Receives WAO benefit for at least 80% disability or the like (onderdeel c).
    Wao,
    /// Lives or stays outside the Netherlands other than on holiday (onderdeel e).
    Buitenland,
    /// Stays in the Netherlands unlawfully (onderdeel f).
    OnrechtmatigVerblijf,
    /// Lawfully deprived of liberty: detention (onderdeel g).
    Detentie,
    /// Evades a sentence or custodial measure (onderdeel h).
    OnttrekkingStraf,
    /// Has reached the AOW age (onderdeel i); derived, never set by the caller.
    AowLeeftijd,
    /// Unemployed because of a strike or lock-out (onderdeel l).
    Staking,
    /// Receives benefit under the Wet arbeid en zorg (onderdeel m).
    WetArbeidEnZorg,
}

wire_enum!(Uitsluitingsgrond);

/// The labels of [`Uitsluitingsgrond`], in the order of art. 19 lid 1.
pub(crate) static UITSLUITINGSGRONDEN: [Label; 10] = [
    Label::new(
        "ziektewet",
        "een uitkering op grond van de Ziektewet ontvangt",
        "receive Ziektewet benefit",
    ),
    Label::new("wia", "een WIA-uitkering ontvangt", "receive a WIA benefit"),
    Label::new(
        "wao",
        "een WAO-uitkering naar een arbeidsongeschiktheid van ten minste 80% ontvangt",
        "receive WAO benefit for at least 80% disability",
    ),
    Label::new(
        "buitenland",
        "buiten Nederland woont of verblijft, anders dan met vakantie",
        "live or stay abroad other than on holiday",
    ),
    Label::new(
        "onrechtmatig_verblijf",
        "niet rechtmatig in Nederland verblijft",
        "stay in the Netherlands unlawfully",
    ),
    Label::new(
        "detentie",
        "rechtens uw vrijheid bent ontnomen",
        "are lawfully deprived of liberty",
    ),
    Label::new(
        "onttrekking_straf",
        "zich onttrekt aan de tenuitvoerlegging van een vrijheidsstraf of vrijheidsbenemende maatregel",
        "evade a sentence or custodial measure",
    ),
    Label::new(
        "aow_leeftijd",
        "de AOW-leeftijd hebt bereikt",
        "have reached the AOW age",
    ),
    Label::new(
        "staking",
        "werkloos bent door een werkstaking of uitsluiting",
        "are unemployed because of a strike or lock-out",
    ),
    Label::new(
        "wet_arbeid_en_zorg",
        "een uitkering op grond van de Wet arbeid en zorg ontvangt",
        "receive benefit under the Wet arbeid en zorg",
    ),
];

impl Uitsluitingsgrond {
    const ALLE: [Uitsluitingsgrond; 10] = [
        Self::Ziektewet,
        Self::Wia,
        Self::Wao,
        Self::Buitenland,
        Self::OnrechtmatigVerblijf,
        Self::Detentie,
        Self::OnttrekkingStraf,
        Self::AowLeeftijd,
        Self::Staking,
        Self::WetArbeidEnZorg,
    ];

    /// The onderdeel of WW art. 19 lid 1.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::Uitsluitingsgrond::AowLeeftijd.onderdeel(), "i");
    /// ```
    #[must_use]
    pub const fn onderdeel(self) -> &'static str {
        match self {
            Self::Ziektewet => "a",
            Self::Wia => "b",
            Self::Wao => "c",
            Self::Buitenland => "e",
            Self::OnrechtmatigVerblijf => "f",
            Self::Detentie => "g",
            Self::OnttrekkingStraf => "h",
            Self::AowLeeftijd => "i",
            Self::Staking => "l",
            Self::WetArbeidEnZorg => "m",
        }
    }

    /// The citation: WW art. 19 lid 1 with the onderdeel.
    ///
    /// ```
    /// use participatiewet::ww::Uitsluitingsgrond;
    /// assert_eq!(Uitsluitingsgrond::AowLeeftijd.citation().to_string(), "WW art. 19 lid 1 onderdeel i");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        const WW_19_LID_1: Citation = Citation::article(Regulation::Werkloosheidswet, "19").lid(1);
        match self {
            Self::Ziektewet => const { &WW_19_LID_1.onderdeel("a") },
            Self::Wia => const { &WW_19_LID_1.onderdeel("b") },
            Self::Wao => const { &WW_19_LID_1.onderdeel("c") },
            Self::Buitenland => const { &WW_19_LID_1.onderdeel("e") },
            Self::OnrechtmatigVerblijf => const { &WW_19_LID_1.onderdeel("f") },
            Self::Detentie => const { &WW_19_LID_1.onderdeel("g") },
            Self::OnttrekkingStraf => const { &WW_19_LID_1.onderdeel("h") },
            Self::AowLeeftijd => const { &WW_19_LID_1.onderdeel("i") },
            Self::Staking => const { &WW_19_LID_1.onderdeel("l") },
            Self::WetArbeidEnZorg => const { &WW_19_LID_1.onderdeel("m") },
        }
    }

    /// The ground in words, Dutch and English, as it completes "… omdat u {grond}" (the
    /// label of the `ww_uitsluiting` ground).
    ///
    /// ```
    /// use participatiewet::{Taal, ww::Uitsluitingsgrond};
    /// assert_eq!(Uitsluitingsgrond::Detentie.label().get(Taal::Nl), "rechtens uw vrijheid bent ontnomen");
    /// assert_eq!(Uitsluitingsgrond::Detentie.label().wire, "detentie");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let [
            zw,
            wia,
            wao,
            buitenland,
            verblijf,
            detentie,
            straf,
            aow,
            staking,
            waz,
        ] = &UITSLUITINGSGRONDEN;
        match self {
            Self::Ziektewet => zw,
            Self::Wia => wia,
            Self::Wao => wao,
            Self::Buitenland => buitenland,
            Self::OnrechtmatigVerblijf => verblijf,
            Self::Detentie => detentie,
            Self::OnttrekkingStraf => straf,
            Self::AowLeeftijd => aow,
            Self::Staking => staking,
            Self::WetArbeidEnZorg => waz,
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of exclusion grounds; `Copy`, no allocation.
///
/// ```
/// use participatiewet::{ww::{Uitsluitingen, Uitsluitingsgrond}};
/// let set = Uitsluitingen::default().with(Uitsluitingsgrond::Wia);
/// assert!(set.contains(Uitsluitingsgrond::Wia));
/// assert_eq!(set.first(), Some(Uitsluitingsgrond::Wia));
/// assert_eq!(set.iter().count(), 1);
/// assert_eq!(serde_json::to_string(&set).unwrap(), r#"["wia"]"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Uitsluitingen(u16);

/// On the wire: the list of grounds in the order of art. 19 lid 1; a ground listed twice is
/// refused on reading.
impl Serialize for Uitsluitingen {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Uitsluitingen {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let list = Vec::<Uitsluitingsgrond>::deserialize(deserializer)?;
        let mut set = Self::default();
        for grond in list {
            if set.contains(grond) {
                return Err(serde::de::Error::custom(format!(
                    "the exclusion ground {grond} is listed twice"
                )));
            }
            set = set.with(grond);
        }
        Ok(set)
    }
}

impl Uitsluitingen {
    /// The set with `grond` added.
    ///
    /// ```
    /// use participatiewet::{ww::{Uitsluitingen, Uitsluitingsgrond}};
    /// assert!(!Uitsluitingen::default().with(Uitsluitingsgrond::Staking).is_empty());
    /// ```
    #[must_use]
    pub const fn with(self, grond: Uitsluitingsgrond) -> Self {
        Self(self.0 | grond.bit())
    }

    /// Whether `grond` is in the set.
    ///
    /// ```
    /// use participatiewet::{ww::{Uitsluitingen, Uitsluitingsgrond}};
    /// assert!(!Uitsluitingen::default().contains(Uitsluitingsgrond::Staking));
    /// ```
    #[must_use]
    pub const fn contains(self, grond: Uitsluitingsgrond) -> bool {
        self.0 & grond.bit() != 0
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// assert!(participatiewet::ww::Uitsluitingen::default().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The first ground in the order of art. 19 lid 1.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::Uitsluitingen::default().first(), None);
    /// ```
    #[must_use]
    pub fn first(self) -> Option<Uitsluitingsgrond> {
        self.iter().next()
    }

    /// The grounds in the order of art. 19 lid 1.
    ///
    /// ```
    /// use participatiewet::ww::{Uitsluitingen, Uitsluitingsgrond::*};
    /// let set = Uitsluitingen::default().with(Staking).with(Ziektewet);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), vec![Ziektewet, Staking]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Uitsluitingsgrond> {
        Uitsluitingsgrond::ALLE
            .into_iter()
            .filter(move |g| self.contains(*g))
    }
}
