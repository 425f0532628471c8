//! Legal citations: which regulation, article, lid and onderdeel a rule comes from.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

/// A law, decree, regulation or policy the crate cites.
///
/// ```
/// use participatiewet::Regulation;
/// assert_eq!(Regulation::Participatiewet.bwb_id(), Some("BWBR0015703"));
/// assert_eq!(Regulation::Werkloosheidswet.to_string(), "WW");
/// assert_eq!(Regulation::GemeentelijkBeleid.bwb_id(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Regulation {
    /// Participatiewet (`Pw`), the social-assistance and participation act.
    Participatiewet,
    /// Werkloosheidswet (`WW`), the unemployment insurance act.
    Werkloosheidswet,
    /// Wet minimumloon en minimumvakantiebijslag (`WMM`), the minimum wage act.
    Wmm,
    /// Algemene Ouderdomswet (`AOW`), the state pension act.
    Aow,
    /// Wet inkomensvoorziening oudere werklozen (`IOW`), income for older unemployed people.
    Iow,
    /// Wet financiering sociale verzekeringen (`Wfsv`): the maximum dagloon.
    Wfsv,
    /// Dagloonbesluit werknemersverzekeringen: how the dagloon is computed.
    Dagloonbesluit,
    /// Besluit loonkostensubsidie Participatiewet 2021 (the uniform loonwaarde method).
    BesluitLoonkostensubsidie2021,
    /// Regeling loonkostensubsidie Participatiewet 2021 (werkgeverslasten, the expert, report).
    RegelingLoonkostensubsidie2021,
    /// Besluit loonkostensubsidie Participatiewet (2014, the method before 2021-07-01).
    BesluitLoonkostensubsidie2014,
    /// Besluit advisering beschut werk (UWV's advice on beschut werk).
    BesluitAdviseringBeschutWerk,
    /// The yearly ministerial regulation that sets the number of beschut-werk places.
    RegelingBeschutWerk,
    /// Wet sociale werkvoorziening (`Wsw`), sheltered employment before 2015.
    Wsw,
    /// Invoeringswet Participatiewet: the transition of 2015, closing Wsw inflow.
    InvoeringswetParticipatiewet,
    /// Algemene wet bestuursrecht (`Awb`): decision terms, motivering, objection.
    Awb,
    /// Algemene termijnenwet (`Atw`): terms that end on a weekend day or public holiday.
    Atw,
    /// Ziektewet (`ZW`): the sickness benefit, and the no-risk polis of art. 29b.
    Ziektewet,
    /// Besluit Wfsv: the quotum's variables and their rounding (art. 2.22, 2.23).
    BesluitWfsv,
    /// Regeling Wfsv: the banenafspraak targets in hours (art. 3.29) and the quotum's series.
    RegelingWfsv,
    /// Wet banenafspraak: the inclusiviteitsopslag (art. 5, 6, 12).
    WetBanenafspraak,
    /// Municipal policy (`gemeentelijk beleid`): an ordinance or policy rule of the
    /// municipality, not national law. The citation's article names the instrument.
    GemeentelijkBeleid,
}

impl Regulation {
    /// The identifier on wetten.overheid.nl (`BWBR…`), where the regulation has one.
    ///
    /// ```
    /// use participatiewet::Regulation;
    /// assert_eq!(Regulation::BesluitLoonkostensubsidie2021.bwb_id(), Some("BWBR0044894"));
    /// ```
    #[must_use]
    pub const fn bwb_id(self) -> Option<&'static str> {
        match self {
            Self::Participatiewet => Some("BWBR0015703"),
            Self::Werkloosheidswet => Some("BWBR0004045"),
            Self::Wmm => Some("BWBR0002638"),
            Self::Aow => Some("BWBR0002221"),
            Self::Iow => Some("BWBR0024394"),
            Self::Wfsv => Some("BWBR0017745"),
            Self::Dagloonbesluit => Some("BWBR0033471"),
            Self::BesluitLoonkostensubsidie2021 => Some("BWBR0044894"),
            Self::RegelingLoonkostensubsidie2021 => Some("BWBR0044901"),
            Self::BesluitAdviseringBeschutWerk => Some("BWBR0035947"),
            Self::Wsw => Some("BWBR0008903"),
            Self::Awb => Some("BWBR0005537"),
            Self::Atw => Some("BWBR0002448"),
            Self::Ziektewet => Some("BWBR0001888"),
            Self::BesluitWfsv => Some("BWBR0019070"),
            Self::WetBanenafspraak => Some("BWBR0051018"),
            // The yearly regulation and municipal policy have no BWB id; the 2014 Besluit and the
            // Invoeringswet are not yet verified: better no identifier than a wrong one.
            Self::BesluitLoonkostensubsidie2014
            | Self::InvoeringswetParticipatiewet
            | Self::RegelingBeschutWerk
            | Self::RegelingWfsv
            | Self::GemeentelijkBeleid => None,
        }
    }

    /// The short name used in citations.
    ///
    /// ```
    /// use participatiewet::Regulation;
    /// assert_eq!(Regulation::Iow.short_name(), "IOW");
    /// ```
    #[must_use]
    pub const fn short_name(self) -> &'static str {
        match self {
            Self::Participatiewet => "Participatiewet",
            Self::Werkloosheidswet => "WW",
            Self::Wmm => "WMM",
            Self::Aow => "AOW",
            Self::Iow => "IOW",
            Self::Wfsv => "Wfsv",
            Self::Dagloonbesluit => "Dagloonbesluit werknemersverzekeringen",
            Self::BesluitLoonkostensubsidie2021 => {
                "Besluit loonkostensubsidie Participatiewet 2021"
            }
            Self::RegelingLoonkostensubsidie2021 => {
                "Regeling loonkostensubsidie Participatiewet 2021"
            }
            Self::BesluitLoonkostensubsidie2014 => "Besluit loonkostensubsidie Participatiewet",
            Self::BesluitAdviseringBeschutWerk => "Besluit advisering beschut werk",
            Self::RegelingBeschutWerk => "Regeling beschut werk",
            Self::Wsw => "Wsw",
            Self::InvoeringswetParticipatiewet => "Invoeringswet Participatiewet",
            Self::Awb => "Awb",
            Self::Atw => "Atw",
            Self::Ziektewet => "ZW",
            Self::BesluitWfsv => "Besluit Wfsv",
            Self::RegelingWfsv => "Regeling Wfsv",
            Self::WetBanenafspraak => "Wet banenafspraak",
            Self::GemeentelijkBeleid => "gemeentelijk beleid",
        }
    }

    /// The full name with its Dutch article, as a Dutch citation writes it (`"de
    /// Participatiewet"`, `"het Dagloonbesluit werknemersverzekeringen"`).
    ///
    /// ```
    /// use participatiewet::Regulation;
    /// assert_eq!(Regulation::Awb.naam(), "de Algemene wet bestuursrecht");
    /// ```
    #[must_use]
    pub const fn naam(self) -> &'static str {
        match self {
            Self::Participatiewet => "de Participatiewet",
            Self::Werkloosheidswet => "de Werkloosheidswet",
            Self::Wmm => "de Wet minimumloon en minimumvakantiebijslag",
            Self::Aow => "de Algemene Ouderdomswet",
            Self::Iow => "de Wet inkomensvoorziening oudere werklozen",
            Self::Wfsv => "de Wet financiering sociale verzekeringen",
            Self::Dagloonbesluit => "het Dagloonbesluit werknemersverzekeringen",
            Self::BesluitLoonkostensubsidie2021 => {
                "het Besluit loonkostensubsidie Participatiewet 2021"
            }
            Self::RegelingLoonkostensubsidie2021 => {
                "de Regeling loonkostensubsidie Participatiewet 2021"
            }
            Self::BesluitLoonkostensubsidie2014 => "het Besluit loonkostensubsidie Participatiewet",
            Self::BesluitAdviseringBeschutWerk => "het Besluit advisering beschut werk",
            Self::RegelingBeschutWerk => "de Regeling beschut werk",
            Self::Wsw => "de Wet sociale werkvoorziening",
            Self::InvoeringswetParticipatiewet => "de Invoeringswet Participatiewet",
            Self::Awb => "de Algemene wet bestuursrecht",
            Self::Atw => "de Algemene termijnenwet",
            Self::Ziektewet => "de Ziektewet",
            Self::BesluitWfsv => "het Besluit Wfsv",
            Self::RegelingWfsv => "de Regeling Wfsv",
            Self::WetBanenafspraak => "de Wet banenafspraak",
            Self::GemeentelijkBeleid => "het gemeentelijk beleid",
        }
    }
}

/// The Dutch ordinal of a lid, as legislative style writes it (`vierde lid`).
const fn rangtelwoord(n: u8) -> Option<&'static str> {
    Some(match n {
        1 => "eerste",
        2 => "tweede",
        3 => "derde",
        4 => "vierde",
        5 => "vijfde",
        6 => "zesde",
        7 => "zevende",
        8 => "achtste",
        9 => "negende",
        10 => "tiende",
        11 => "elfde",
        12 => "twaalfde",
        13 => "dertiende",
        14 => "veertiende",
        15 => "vijftiende",
        16 => "zestiende",
        17 => "zeventiende",
        18 => "achttiende",
        19 => "negentiende",
        20 => "twintigste",
        _ => return None,
    })
}

/// Reads a regulation from its wire name (`"participatiewet"`) or its short name (`"WW"`, as
/// `Display` writes it).
///
/// ```
/// use participatiewet::Regulation;
/// assert_eq!("werkloosheidswet".parse::<Regulation>()?, Regulation::Werkloosheidswet);
/// assert_eq!(Regulation::Werkloosheidswet.to_string().parse::<Regulation>()?, Regulation::Werkloosheidswet);
/// assert!("xyz".parse::<Regulation>().is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
impl std::str::FromStr for Regulation {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, crate::Error> {
        crate::wire::from_wire(s, "regulation")
            .or_else(|err| ALL.iter().copied().find(|r| r.short_name() == s).ok_or(err))
    }
}

/// Every regulation, for reading a short name back.
const ALL: [Regulation; 21] = [
    Regulation::Participatiewet,
    Regulation::Werkloosheidswet,
    Regulation::Wmm,
    Regulation::Aow,
    Regulation::Iow,
    Regulation::Wfsv,
    Regulation::Dagloonbesluit,
    Regulation::BesluitLoonkostensubsidie2021,
    Regulation::RegelingLoonkostensubsidie2021,
    Regulation::BesluitLoonkostensubsidie2014,
    Regulation::BesluitAdviseringBeschutWerk,
    Regulation::RegelingBeschutWerk,
    Regulation::Wsw,
    Regulation::InvoeringswetParticipatiewet,
    Regulation::Awb,
    Regulation::Atw,
    Regulation::Ziektewet,
    Regulation::BesluitWfsv,
    Regulation::RegelingWfsv,
    Regulation::WetBanenafspraak,
    Regulation::GemeentelijkBeleid,
];

impl fmt::Display for Regulation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short_name())
    }
}

/// A legal citation: regulation, article, and optionally lid (paragraph) and onderdeel (point).
///
/// Built in `const` context so that a rule's citation costs nothing at run time. A rule keeps
/// its citation as a `&Citation` constant, which [`Ground::new`](crate::Ground::new) and
/// [`Effect::new`](crate::Effect::new) hold by reference; a citation made at run time (a
/// municipality's ordinance, [`Citation::owned`]) goes through
/// [`Ground::owned`](crate::Ground::owned):
///
/// ```
/// use participatiewet::{Citation, Regulation};
///
/// const LKS_FORMULE: &Citation = &Citation::article(Regulation::Participatiewet, "10d").lid(4);
/// assert_eq!(LKS_FORMULE.to_string(), "Participatiewet art. 10d lid 4");
///
/// let nug = Citation::article(Regulation::Participatiewet, "6").lid(1).onderdeel("a");
/// assert_eq!(nug.to_string(), "Participatiewet art. 6 lid 1 onderdeel a");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Citation {
    /// The regulation.
    pub regulation: Regulation,
    /// The article (`"10d"`), or for policy the instrument's own article or name.
    pub article: Cow<'static, str>,
    /// The lid (paragraph), if the rule is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lid: Option<u8>,
    /// The onderdeel (lettered point, `"a"`), if the rule is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onderdeel: Option<Cow<'static, str>>,
}

impl Citation {
    /// A citation of a whole article.
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation};
    /// assert_eq!(Citation::article(Regulation::Aow, "7a").to_string(), "AOW art. 7a");
    /// ```
    #[must_use]
    pub const fn article(regulation: Regulation, article: &'static str) -> Self {
        Self {
            regulation,
            article: Cow::Borrowed(article),
            lid: None,
            onderdeel: None,
        }
    }

    /// A citation of an article given at run time (a municipality's own ordinance, say).
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation};
    /// let c = Citation::owned(Regulation::GemeentelijkBeleid, format!("Verordening {} 2025, art. 3", "Zwolle"));
    /// assert_eq!(c.to_string(), "gemeentelijk beleid: Verordening Zwolle 2025, art. 3");
    /// ```
    #[must_use]
    pub fn owned(regulation: Regulation, article: String) -> Self {
        Self {
            regulation,
            article: Cow::Owned(article),
            lid: None,
            onderdeel: None,
        }
    }

    /// The same citation narrowed to a lid.
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation};
    /// assert_eq!(Citation::article(Regulation::Werkloosheidswet, "42").lid(2).lid, Some(2));
    /// ```
    #[must_use]
    pub const fn lid(mut self, lid: u8) -> Self {
        self.lid = Some(lid);
        self
    }

    /// The same citation narrowed to an onderdeel.
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation};
    /// let c = Citation::article(Regulation::Werkloosheidswet, "19").lid(1).onderdeel("i");
    /// assert_eq!(c.to_string(), "WW art. 19 lid 1 onderdeel i");
    /// ```
    #[must_use]
    pub const fn onderdeel(mut self, onderdeel: &'static str) -> Self {
        let previous = self.onderdeel.replace(Cow::Borrowed(onderdeel));
        // A `const fn` cannot run a destructor. The previous onderdeel is `None` or borrowed in
        // every citation this builder makes; forgetting it frees nothing.
        std::mem::forget(previous);
        self
    }
}

impl Citation {
    /// The citation for a reader: in Dutch as legislative style writes it (`artikel 10d, vierde
    /// lid, onderdeel a, van de Participatiewet`), in English as [`Display`](fmt::Display).
    ///
    /// ```
    /// use participatiewet::{Citation, Regulation, Taal};
    /// let c = Citation::article(Regulation::Participatiewet, "10d").lid(4);
    /// assert_eq!(c.text(Taal::Nl), "artikel 10d, vierde lid, van de Participatiewet");
    /// assert_eq!(c.text(Taal::En), "Participatiewet art. 10d lid 4");
    /// let awb = Citation::article(Regulation::Awb, "6:7");
    /// assert_eq!(awb.text(Taal::Nl), "artikel 6:7 van de Algemene wet bestuursrecht");
    /// ```
    #[must_use]
    pub fn text(&self, taal: crate::Taal) -> String {
        if taal == crate::Taal::En {
            return self.to_string();
        }
        if self.regulation == Regulation::GemeentelijkBeleid {
            let mut out = format!("gemeentelijk beleid: {}", self.article);
            if let Some(lid) = self.lid {
                {
                    let _ = write!(out, " lid {lid}");
                };
            }
            if let Some(o) = &self.onderdeel {
                {
                    let _ = write!(out, " onderdeel {o}");
                };
            }
            return out;
        }
        let mut out = format!("artikel {}", self.article);
        let mut parts = false;
        if let Some(lid) = self.lid {
            match rangtelwoord(lid) {
                Some(word) => {
                    let _ = write!(out, ", {word} lid");
                }
                None => {
                    let _ = write!(out, ", lid {lid}");
                }
            }
            parts = true;
        }
        if let Some(o) = &self.onderdeel {
            {
                let _ = write!(out, ", onderdeel {o}");
            };
            parts = true;
        }
        if parts {
            out.push(',');
        }
        out.push_str(" van ");
        out.push_str(self.regulation.naam());
        out
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.regulation == Regulation::GemeentelijkBeleid {
            write!(f, "{}: {}", self.regulation, self.article)?;
        } else {
            write!(f, "{} art. {}", self.regulation, self.article)?;
        }
        if let Some(lid) = self.lid {
            write!(f, " lid {lid}")?;
        }
        if let Some(onderdeel) = &self.onderdeel {
            write!(f, " onderdeel {onderdeel}")?;
        }
        Ok(())
    }
}

/// How a ground or an effect holds its citation: the rule's own constant (a pointer, nothing
/// copied or allocated on the value path), or an owned one (a municipality's policy, a ground or
/// effect read back from the wire). Two holders are equal when their citations are.
#[derive(Debug, Clone)]
pub(crate) enum Cite {
    /// A citation the crate defines as a constant.
    Static(&'static Citation),
    /// A citation made at run time.
    Owned(Box<Citation>),
}

impl Cite {
    /// The citation.
    #[inline]
    pub(crate) fn get(&self) -> &Citation {
        match self {
            Self::Static(c) => c,
            Self::Owned(c) => c,
        }
    }
}

impl PartialEq for Cite {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl Eq for Cite {}

impl From<&'static Citation> for Cite {
    #[inline]
    fn from(citation: &'static Citation) -> Self {
        Self::Static(citation)
    }
}

impl From<Citation> for Cite {
    fn from(citation: Citation) -> Self {
        Self::Owned(Box::new(citation))
    }
}
