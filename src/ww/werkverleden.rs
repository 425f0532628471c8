//! The work history a caller holds (`werkverleden`): per calendar year the days (before 2013)
//! or hours (from 2013) over which wage was received, and the years that count half under
//! WW art. 42a. From it follow the jareneis and the arbeidsverleden
//! ([`jareneis`](super::jareneis), [`arbeidsverleden`](super::arbeidsverleden)).

use serde::{Deserialize, Serialize};

use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

/// The jareneis and the arbeidsverleden from 2013 on: a year counts with wage over 208 or
/// more hours (WW art. 42 lid 2 onderdeel a and lid 6 onderdeel a).
pub const UREN_PER_JAAR: u32 = 208;

/// The jareneis and the arbeidsverleden before 2013: a year counts with wage over 52 or more
/// days (WW art. 42 lid 2 onderdeel a and lid 6 onderdeel b).
pub const DAGEN_PER_JAAR: u16 = 52;

/// The first calendar year counted in hours instead of days (WW art. 42 lid 2 onderdeel a:
/// "vanaf 1 januari 2013 208 of meer uren").
pub const EERSTE_JAAR_IN_UREN: i32 = 2013;

/// The first calendar year of the actual (not fictitious) arbeidsverleden: years before it
/// count from the year of the 18th birthday, worked or not (WW art. 42 lid 6 onderdelen b
/// and c).
pub const EERSTE_FEITELIJKE_JAAR: i32 = 1998;

/// The first calendar year that adds half a month instead of a month beyond the first ten
/// years (WW art. 42 lid 2, second sentence: "gelegen na 2015").
pub const EERSTE_JAAR_HALVE_MAAND: i32 = 2016;

/// The jareneis: wage in at least 4 of the 5 calendar years before the year of the first day
/// of unemployment (WW art. 42 lid 2 onderdeel a).
pub const JARENEIS_JAREN: u8 = 4;

/// The window of the jareneis: the 5 calendar years before the year of the first day of
/// unemployment (WW art. 42 lid 2 onderdeel a).
pub const JARENEIS_VENSTER: i32 = 5;

/// Why a year without enough paid hours or days still counts half (WW art. 42a).
///
/// ```
/// use participatiewet::ww::Zorgjaar;
/// assert_eq!(serde_json::to_string(&Zorgjaar::KindOnderVijf).unwrap(), "\"kind_onder_vijf\"");
/// assert_eq!("persoonsgebondenbudget".parse::<Zorgjaar>()?, Zorgjaar::Persoonsgebondenbudget);
/// assert_eq!(Zorgjaar::KindOnderVijf.label().nl, "zorg voor een kind jonger dan vijf jaar");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Zorgjaar {
    /// Child benefit for a child in the household that was under 5 at the start of the year
    /// (art. 42a lid 2).
    KindOnderVijf,
    /// Income for care paid from a persoonsgebonden budget (Wlz, Wmo 2015), not as a
    /// self-employed person (art. 42a lid 3).
    Persoonsgebondenbudget,
}

wire_enum!(Zorgjaar);

static ZORGJAAR_KIND: Label = Label::new(
    "kind_onder_vijf",
    "zorg voor een kind jonger dan vijf jaar",
    "care for a child under five",
);
static ZORGJAAR_PGB: Label = Label::new(
    "persoonsgebondenbudget",
    "zorg betaald uit een persoonsgebonden budget",
    "care paid from a personal budget",
);

impl Zorgjaar {
    /// The care year in words, Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, ww::Zorgjaar};
    /// assert_eq!(Zorgjaar::Persoonsgebondenbudget.label().get(Taal::En), "care paid from a personal budget");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::KindOnderVijf => &ZORGJAAR_KIND,
            Self::Persoonsgebondenbudget => &ZORGJAAR_PGB,
        }
    }
}

/// One calendar year of the work history: the days (before 2013) or hours (from 2013) over
/// which wage was received, and whether it is a care year under art. 42a.
///
/// ```
/// use participatiewet::{ww::{Kalenderjaar, Zorgjaar}};
///
/// assert!(Kalenderjaar::uren(2024, 208)?.telt_volledig());
/// assert!(!Kalenderjaar::uren(2024, 207)?.telt_volledig());
/// assert!(Kalenderjaar::dagen(2010, 52)?.telt_volledig());
/// assert!(Kalenderjaar::dagen(2014, 200).is_err()); // from 2013 the law counts hours
/// let zorg = Kalenderjaar::uren(2020, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf);
/// assert!(zorg.telt_half());
/// assert_eq!(serde_json::to_string(&zorg).unwrap(), r#"{"jaar":2020,"dagen":0,"uren":0,"zorgjaar":"kind_onder_vijf"}"#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Kalenderjaar {
    jaar: i32,
    dagen: u16,
    uren: u32,
    #[serde(deserialize_with = "super::verplicht")]
    zorgjaar: Option<Zorgjaar>,
}

validated_serde!(Kalenderjaar);

/// A year before 2013 counts days only, a year from 2013 hours only, each within its range.
///
/// ```
/// use participatiewet::ww::Kalenderjaar;
/// let bad = r#"{"jaar":2014,"dagen":200,"uren":0,"zorgjaar":null}"#;
/// assert!(serde_json::from_str::<Kalenderjaar>(bad).is_err());
/// ```
impl Validate for Kalenderjaar {
    fn validate(&self) -> Result<(), Error> {
        if self.jaar < EERSTE_JAAR_IN_UREN {
            if !(1900..EERSTE_JAAR_IN_UREN).contains(&self.jaar) {
                return Err(buiten_bereik("jaar", self.jaar, 1900, 2012));
            }
            if self.dagen > 366 {
                return Err(buiten_bereik("dagen", self.dagen, 0, 366));
            }
            if self.uren != 0 {
                return Err(Error::facts(
                    "uren",
                    Text::new(
                        "vóór 2013 telt de wet dagen, geen uren",
                        "before 2013 the law counts days, not hours",
                    ),
                ));
            }
        } else {
            if self.jaar > 2199 {
                return Err(buiten_bereik("jaar", self.jaar, 2013, 2199));
            }
            if self.uren > 24 * 366 {
                return Err(buiten_bereik("uren", self.uren, 0, 24 * 366));
            }
            if self.dagen != 0 {
                return Err(Error::facts(
                    "dagen",
                    Text::new(
                        "vanaf 2013 telt de wet uren, geen dagen",
                        "from 2013 the law counts hours, not days",
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn buiten_bereik(
    field: &'static str,
    value: impl std::fmt::Display,
    min: impl std::fmt::Display,
    max: impl std::fmt::Display,
) -> Error {
    Error::OutOfRange {
        field: field.into(),
        value: value.to_string(),
        min: min.to_string(),
        max: max.to_string(),
    }
}

impl Kalenderjaar {
    /// A year before 2013 with wage over `dagen` days; errors from 2013 on (hours count
    /// then), before 1900, or above 366 days.
    ///
    /// ```
    /// assert!(participatiewet::ww::Kalenderjaar::dagen(2005, 260).is_ok());
    /// ```
    pub fn dagen(jaar: i32, dagen: u16) -> Result<Self, Error> {
        if jaar >= EERSTE_JAAR_IN_UREN {
            return Err(buiten_bereik("jaar", jaar, 1900, EERSTE_JAAR_IN_UREN - 1));
        }
        let j = Self {
            jaar,
            dagen,
            uren: 0,
            zorgjaar: None,
        };
        j.validate()?;
        Ok(j)
    }

    /// A year from 2013 with wage over `uren` hours; errors before 2013 (days count then),
    /// after 2199, or above 8,784 hours (24 × 366).
    ///
    /// ```
    /// assert!(participatiewet::ww::Kalenderjaar::uren(2012, 1000).is_err());
    /// ```
    pub fn uren(jaar: i32, uren: u32) -> Result<Self, Error> {
        if jaar < EERSTE_JAAR_IN_UREN {
            return Err(buiten_bereik("jaar", jaar, EERSTE_JAAR_IN_UREN, 2199));
        }
        let j = Self {
            jaar,
            dagen: 0,
            uren,
            zorgjaar: None,
        };
        j.validate()?;
        Ok(j)
    }

    /// The same year, marked as a care year under art. 42a: it counts half when it does not
    /// already count in full.
    ///
    /// ```
    /// use participatiewet::{ww::{Kalenderjaar, Zorgjaar}};
    /// let y = Kalenderjaar::dagen(2004, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf);
    /// assert_eq!(y.zorgjaar(), Some(Zorgjaar::KindOnderVijf));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn met_zorgjaar(mut self, zorgjaar: Zorgjaar) -> Self {
        self.zorgjaar = Some(zorgjaar);
        self
    }

    /// The calendar year.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::Kalenderjaar::uren(2020, 0)?.jaar(), 2020);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn jaar(&self) -> i32 {
        self.jaar
    }

    /// The care year mark, if any.
    ///
    /// ```
    /// assert_eq!(participatiewet::ww::Kalenderjaar::uren(2020, 0)?.zorgjaar(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn zorgjaar(&self) -> Option<Zorgjaar> {
        self.zorgjaar
    }

    /// Whether the year counts in full: wage over 52 or more days before 2013, over 208 or
    /// more hours from 2013 (WW art. 42 lid 2 onderdeel a, lid 6).
    ///
    /// ```
    /// assert!(!participatiewet::ww::Kalenderjaar::dagen(2012, 51)?.telt_volledig());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn telt_volledig(&self) -> bool {
        if self.jaar < EERSTE_JAAR_IN_UREN {
            self.dagen >= DAGEN_PER_JAAR
        } else {
            self.uren >= UREN_PER_JAAR
        }
    }

    /// Whether the year counts half: a care year that does not already count in full
    /// (WW art. 42a lid 2 and 3, "niet reeds in aanmerking genomen").
    ///
    /// ```
    /// use participatiewet::{ww::{Kalenderjaar, Zorgjaar}};
    /// let full = Kalenderjaar::uren(2020, 1500)?.met_zorgjaar(Zorgjaar::KindOnderVijf);
    /// assert!(!full.telt_half());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn telt_half(&self) -> bool {
        self.zorgjaar.is_some() && !self.telt_volledig()
    }
}

/// The work history: the calendar years the caller knows, at most one entry per year.
///
/// Years the caller does not list count as years without wage.
///
/// ```
/// use participatiewet::{ww::{Kalenderjaar, Werkverleden}};
///
/// let w = Werkverleden::new(vec![Kalenderjaar::uren(2024, 1800)?, Kalenderjaar::uren(2023, 1800)?])?;
/// assert_eq!(w.jaren().len(), 2);
/// assert_eq!(w.jaren()[0].jaar(), 2023); // sorted
/// assert!(Werkverleden::new(vec![Kalenderjaar::uren(2024, 1)?, Kalenderjaar::uren(2024, 2)?]).is_err());
/// let json = serde_json::to_string(&w)?;
/// assert_eq!(serde_json::from_str::<Werkverleden>(&json)?, w);
/// // a year listed twice is refused on reading too
/// let twice = r#"{"jaren":[{"jaar":2024,"dagen":0,"uren":1,"zorgjaar":null},{"jaar":2024,"dagen":0,"uren":2,"zorgjaar":null}]}"#;
/// assert!(serde_json::from_str::<Werkverleden>(twice).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Werkverleden {
    jaren: Vec<Kalenderjaar>,
}

validated_serde!(Werkverleden);

/// The years strictly ascending: each listed once, in order.
///
/// ```
/// use participatiewet::{Validate, ww::Werkverleden};
/// assert!(Werkverleden::default().validate().is_ok());
/// ```
impl Validate for Werkverleden {
    fn validate(&self) -> Result<(), Error> {
        for pair in self.jaren.windows(2) {
            if let [a, b] = pair {
                if a.jaar >= b.jaar {
                    return Err(dubbel_jaar());
                }
            }
        }
        Ok(())
    }
}

fn dubbel_jaar() -> Error {
    Error::facts(
        "werkverleden",
        Text::new(
            "een kalenderjaar staat er twee keer in, of de jaren staan niet op volgorde",
            "a calendar year is listed twice, or the years are not in order",
        ),
    )
}

impl Werkverleden {
    /// A work history; errors when a year is listed twice.
    ///
    /// ```
    /// assert!(participatiewet::ww::Werkverleden::new(Vec::new())?.jaren().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(mut jaren: Vec<Kalenderjaar>) -> Result<Self, Error> {
        jaren.sort_by_key(|j| j.jaar);
        let w = Self { jaren };
        w.validate()?;
        Ok(w)
    }

    /// A work history with wage over at least 208 hours (from 2013) or 52 days (before 2013)
    /// in every year from `van` up to and including `tot_en_met`: a convenience for the
    /// common case of an unbroken career. `uren_per_jaar` is used from 2013, 260 days before.
    ///
    /// ```
    /// let w = participatiewet::ww::Werkverleden::doorlopend(2010, 2025, 1800)?;
    /// assert_eq!(w.jaren().len(), 16);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn doorlopend(van: i32, tot_en_met: i32, uren_per_jaar: u32) -> Result<Self, Error> {
        let jaren = (van..=tot_en_met)
            .map(|jaar| {
                if jaar < EERSTE_JAAR_IN_UREN {
                    Kalenderjaar::dagen(jaar, 260)
                } else {
                    Kalenderjaar::uren(jaar, uren_per_jaar)
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(jaren)
    }

    /// The years, sorted.
    ///
    /// ```
    /// assert!(participatiewet::ww::Werkverleden::default().jaren().is_empty());
    /// ```
    #[must_use]
    pub fn jaren(&self) -> &[Kalenderjaar] {
        &self.jaren
    }

    /// Adds a year; errors (leaving the history unchanged) when it is already listed.
    ///
    /// ```
    /// use participatiewet::{ww::{Kalenderjaar, Werkverleden}};
    /// let mut w = Werkverleden::default();
    /// w.insert(Kalenderjaar::uren(2020, 300)?)?;
    /// assert!(w.insert(Kalenderjaar::uren(2020, 400)?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn insert(&mut self, jaar: Kalenderjaar) -> Result<(), Error> {
        match self.jaren.binary_search_by_key(&jaar.jaar, |j| j.jaar) {
            Ok(_) => Err(dubbel_jaar()),
            Err(index) => {
                self.jaren.insert(index, jaar);
                Ok(())
            }
        }
    }
}
