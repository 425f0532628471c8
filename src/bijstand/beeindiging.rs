//! The end of bijstand with its reason (`beëindiging`): why the right ended and the article
//! that ends it, dated, so that the hand-over and segment machines can carry it and outflow
//! (`uitstroom`) can be counted per reason and year.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::{Code, Decision, Ground, Kind, Label, Slot, Value};
use crate::error::Error;
use crate::wire::Validate;

/// Why bijstand ended.
///
/// ```
/// use participatiewet::bijstand::beeindiging::Beeindigingsreden;
/// use participatiewet::Taal;
/// let r: Beeindigingsreden = "werk".parse()?;
/// assert_eq!(r.label().get(Taal::Nl), "werk");
/// assert_eq!(r.citation().to_string(), "Participatiewet art. 19 lid 1 onderdeel a");
/// assert_eq!(Beeindigingsreden::Pensioenleeftijd.citation().to_string(), "Participatiewet art. 47a lid 1");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Beeindigingsreden {
    /// Income from work at or above the norm (art. 19 lid 1 onderdeel a).
    Werk,
    /// Other income (a benefit, maintenance) at or above the norm (art. 19 lid 1 onderdeel a).
    AnderInkomen,
    /// The partner's income: the couple's income at or above their norm (art. 11 lid 1, art. 19
    /// lid 1 onderdeel a).
    InkomenPartner,
    /// Assets above the limit (art. 19 lid 1 onderdeel b, art. 34).
    Vermogen,
    /// Moved to another municipality: the right lies with that college (art. 40 lid 1).
    Verhuizing,
    /// Left the Netherlands: only a resident has the right (art. 11 lid 1).
    Emigratie,
    /// Abroad longer than allowed (art. 13 lid 1 onderdeel e).
    Buitenland,
    /// Reached the pensionable age: bijstand passes to the Sociale verzekeringsbank (art. 47a
    /// lid 1).
    Pensioenleeftijd,
    /// In detention (art. 13 lid 1 onderdeel a).
    Detentie,
    /// Died: the right is personal (art. 11 lid 1).
    Overlijden,
    /// Under 27 and able to follow funded education (art. 13 lid 2 onderdeel c).
    Studie,
    /// Withdrawn after a suspension for missing information (art. 54 lid 4).
    GeenInlichtingen,
    /// Another reason the right ended (art. 11 lid 1).
    Overig,
}

crate::wire::wire_enum!(Beeindigingsreden);

static REDENEN: [Label; 13] = [
    Label::new("werk", "werk", "work"),
    Label::new("ander_inkomen", "ander inkomen", "other income"),
    Label::new(
        "inkomen_partner",
        "het inkomen van uw partner",
        "your partner's income",
    ),
    Label::new(
        "vermogen",
        "vermogen boven de vermogensgrens",
        "assets above the limit",
    ),
    Label::new(
        "verhuizing",
        "verhuizing naar een andere gemeente",
        "moving to another municipality",
    ),
    Label::new(
        "emigratie",
        "vertrek uit Nederland",
        "leaving the Netherlands",
    ),
    Label::new(
        "buitenland",
        "verblijf in het buitenland langer dan is toegestaan",
        "staying abroad longer than allowed",
    ),
    Label::new(
        "pensioenleeftijd",
        "het bereiken van de pensioengerechtigde leeftijd",
        "reaching the pensionable age",
    ),
    Label::new("detentie", "detentie", "detention"),
    Label::new("overlijden", "overlijden", "death"),
    Label::new(
        "studie",
        "de mogelijkheid om onderwijs te volgen",
        "being able to follow education",
    ),
    Label::new(
        "geen_inlichtingen",
        "het niet verstrekken van de gevraagde inlichtingen",
        "not giving the information asked for",
    ),
    Label::new("overig", "een andere reden", "another reason"),
];

impl Beeindigingsreden {
    /// Every reason.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::beeindiging::Beeindigingsreden::ALL.len(), 13);
    /// ```
    pub const ALL: [Self; 13] = [
        Self::Werk,
        Self::AnderInkomen,
        Self::InkomenPartner,
        Self::Vermogen,
        Self::Verhuizing,
        Self::Emigratie,
        Self::Buitenland,
        Self::Pensioenleeftijd,
        Self::Detentie,
        Self::Overlijden,
        Self::Studie,
        Self::GeenInlichtingen,
        Self::Overig,
    ];

    /// The reason in words.
    ///
    /// ```
    /// use participatiewet::bijstand::beeindiging::Beeindigingsreden;
    /// assert_eq!(Beeindigingsreden::Detentie.label().en, "detention");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Werk => &REDENEN[0],
            Self::AnderInkomen => &REDENEN[1],
            Self::InkomenPartner => &REDENEN[2],
            Self::Vermogen => &REDENEN[3],
            Self::Verhuizing => &REDENEN[4],
            Self::Emigratie => &REDENEN[5],
            Self::Buitenland => &REDENEN[6],
            Self::Pensioenleeftijd => &REDENEN[7],
            Self::Detentie => &REDENEN[8],
            Self::Overlijden => &REDENEN[9],
            Self::Studie => &REDENEN[10],
            Self::GeenInlichtingen => &REDENEN[11],
            Self::Overig => &REDENEN[12],
        }
    }

    /// The article that ends the right for this reason.
    ///
    /// ```
    /// use participatiewet::bijstand::beeindiging::Beeindigingsreden;
    /// assert_eq!(Beeindigingsreden::Verhuizing.citation().to_string(), "Participatiewet art. 40 lid 1");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Werk | Self::AnderInkomen | Self::InkomenPartner => {
                const { &pw("19").lid(1).onderdeel("a") }
            }
            Self::Vermogen => const { &pw("19").lid(1).onderdeel("b") },
            Self::Verhuizing => const { &pw("40").lid(1) },
            Self::Emigratie | Self::Overlijden | Self::Overig => const { &pw("11").lid(1) },
            Self::Buitenland => const { &pw("13").lid(1).onderdeel("e") },
            Self::Pensioenleeftijd => const { &pw("47a").lid(1) },
            Self::Detentie => const { &pw("13").lid(1).onderdeel("a") },
            Self::Studie => const { &pw("13").lid(2).onderdeel("c") },
            Self::GeenInlichtingen => const { &pw("54").lid(4) },
        }
    }

    /// Whether the person left for work (the council's "uitstroom naar werk").
    ///
    /// ```
    /// use participatiewet::bijstand::beeindiging::Beeindigingsreden;
    /// assert!(Beeindigingsreden::Werk.is_werk());
    /// assert!(!Beeindigingsreden::InkomenPartner.is_werk());
    /// ```
    #[must_use]
    pub const fn is_werk(self) -> bool {
        matches!(self, Self::Werk)
    }
}

/// The code of the end of bijstand.
pub(crate) static BEEINDIGD: Code = Code::new(
    "bijstand_beeindigd",
    &[
        Slot::new("datum", Kind::Date),
        Slot::new("reden", Kind::Label(&REDENEN)),
    ],
    "Uw bijstand wordt beëindigd met ingang van {datum} wegens {reden}.",
    "Your bijstand ends from {datum} because of {reden}.",
);

/// The end of bijstand: the first day without bijstand and the reason.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Taal;
/// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
/// let e = Beeindiging::new(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), Beeindigingsreden::Werk)?;
/// assert_eq!(e.to_string(), "werk@2026-03-01");
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"datum":"2026-03-01","reden":"werk"}"#);
/// assert_eq!(e.decision().outcome().text(Taal::Nl),
///     "Uw bijstand wordt beëindigd met ingang van 1 maart 2026 wegens werk.");
/// assert_eq!(e.laatste_dag().to_string(), "2026-02-28");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Beeindiging {
    datum: NaiveDate,
    reden: Beeindigingsreden,
}

crate::wire::validated_serde!(Beeindiging);

impl Validate for Beeindiging {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.datum, "datum").map(|_| ())
    }
}

impl Beeindiging {
    /// Bijstand ends from `datum` (the first day without it) for `reden`.
    ///
    /// ```
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// assert!(Beeindiging::new(chrono::NaiveDate::MAX, Beeindigingsreden::Overig).is_err());
    /// ```
    pub fn new(datum: NaiveDate, reden: Beeindigingsreden) -> Result<Self, Error> {
        let e = Self { datum, reden };
        e.validate()?;
        Ok(e)
    }

    /// The first day without bijstand.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    /// assert_eq!(Beeindiging::new(d, Beeindigingsreden::Werk)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The last day with bijstand (the day before [`Beeindiging::datum`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let e = Beeindiging::new(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(), Beeindigingsreden::Werk)?;
    /// assert_eq!(e.laatste_dag().to_string(), "2026-12-31");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn laatste_dag(&self) -> NaiveDate {
        self.datum.pred_opt().unwrap_or(self.datum)
    }

    /// The reason.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let e = Beeindiging::new(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), Beeindigingsreden::Detentie)?;
    /// assert_eq!(e.reden(), Beeindigingsreden::Detentie);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn reden(&self) -> Beeindigingsreden {
        self.reden
    }

    /// The ground of the end, citing the article that ends the right.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let e = Beeindiging::new(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), Beeindigingsreden::Detentie)?;
    /// assert_eq!(e.ground().citation().to_string(), "Participatiewet art. 13 lid 1 onderdeel a");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn ground(&self) -> Ground {
        Ground::new(
            &BEEINDIGD,
            self.reden.citation(),
            [Value::Date(self.datum), Value::Label(self.reden.label())],
        )
    }

    /// The decision ending the bijstand: its outcome is the ground.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::beeindiging::{Beeindiging, Beeindigingsreden};
    /// let e = Beeindiging::new(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), Beeindigingsreden::Werk)?;
    /// assert_eq!(e.decision().value(), &e);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Beeindiging> {
        Decision::with_capacity(*self, self.ground(), 0)
    }
}

impl fmt::Display for Beeindiging {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.reden, self.datum)
    }
}

/// Outflow per calendar year (of the last day with bijstand) and reason.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::beeindiging::{uitstroom, Beeindiging, Beeindigingsreden};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let einden = [
///     Beeindiging::new(d(2026, 3, 1), Beeindigingsreden::Werk)?,
///     Beeindiging::new(d(2027, 1, 1), Beeindigingsreden::Werk)?, // last day 31 December 2026
///     Beeindiging::new(d(2026, 6, 1), Beeindigingsreden::Verhuizing)?,
/// ];
/// let telling = uitstroom(&einden);
/// assert_eq!(telling.get(&(2026, Beeindigingsreden::Werk)), Some(&2));
/// assert_eq!(telling.get(&(2026, Beeindigingsreden::Verhuizing)), Some(&1));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn uitstroom<'a>(
    einden: impl IntoIterator<Item = &'a Beeindiging>,
) -> BTreeMap<(i32, Beeindigingsreden), u32> {
    let mut telling = BTreeMap::new();
    for e in einden {
        let n: &mut u32 = telling
            .entry((e.laatste_dag().year(), e.reden))
            .or_insert(0);
        *n = n.saturating_add(1);
    }
    telling
}

const fn pw(article: &'static str) -> Citation {
    Citation::article(Regulation::Participatiewet, article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_round_trips_and_has_words() {
        for r in Beeindigingsreden::ALL {
            assert_eq!(r.label().wire, r.to_string());
            assert_eq!(r.to_string().parse::<Beeindigingsreden>().unwrap(), r);
            assert!(!r.label().nl.is_empty());
            assert_eq!(r.citation().regulation, Regulation::Participatiewet);
        }
    }

    #[test]
    fn citations_per_reason() {
        let c = |r: Beeindigingsreden| r.citation().to_string();
        assert_eq!(
            c(Beeindigingsreden::AnderInkomen),
            "Participatiewet art. 19 lid 1 onderdeel a"
        );
        assert_eq!(
            c(Beeindigingsreden::InkomenPartner),
            "Participatiewet art. 19 lid 1 onderdeel a"
        );
        assert_eq!(
            c(Beeindigingsreden::Vermogen),
            "Participatiewet art. 19 lid 1 onderdeel b"
        );
        assert_eq!(
            c(Beeindigingsreden::Emigratie),
            "Participatiewet art. 11 lid 1"
        );
        assert_eq!(
            c(Beeindigingsreden::Overlijden),
            "Participatiewet art. 11 lid 1"
        );
        assert_eq!(
            c(Beeindigingsreden::Overig),
            "Participatiewet art. 11 lid 1"
        );
        assert_eq!(
            c(Beeindigingsreden::Buitenland),
            "Participatiewet art. 13 lid 1 onderdeel e"
        );
        assert_eq!(
            c(Beeindigingsreden::Studie),
            "Participatiewet art. 13 lid 2 onderdeel c"
        );
        assert_eq!(
            c(Beeindigingsreden::GeenInlichtingen),
            "Participatiewet art. 54 lid 4"
        );
        assert!(!Beeindigingsreden::Overig.is_werk());
    }
}
