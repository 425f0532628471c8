//! The work history a caller holds (`werkverleden`): per calendar year the days (before 2013)
//! or hours (from 2013) over which wage was received, and the years that count half under
//! WW art. 42a. From it follow the [`Jareneis`] (the years test, art. 42 lid 2 onderdeel a)
//! and the [`Arbeidsverleden`] (the employment record in years, art. 42 lid 4–6).
//!
//! Both calculations are plain functions over borrowed input that allocate nothing.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::error::Error;

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

const ART_42_LID_2_A: Citation = Citation::article(Regulation::Werkloosheidswet, "42")
    .lid(2)
    .onderdeel("a");

/// Why a year without enough paid hours or days still counts half (WW art. 42a).
///
/// ```
/// use participatiewet::Zorgjaar;
/// assert_eq!(serde_json::to_string(&Zorgjaar::KindOnderVijf).unwrap(), "\"kind_onder_vijf\"");
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

/// One calendar year of the work history: the days (before 2013) or hours (from 2013) over
/// which wage was received, and whether it is a care year under art. 42a.
///
/// ```
/// use participatiewet::{Kalenderjaar, Zorgjaar};
///
/// assert!(Kalenderjaar::uren(2024, 208)?.telt_volledig());
/// assert!(!Kalenderjaar::uren(2024, 207)?.telt_volledig());
/// assert!(Kalenderjaar::dagen(2010, 52)?.telt_volledig());
/// assert!(Kalenderjaar::dagen(2014, 200).is_err()); // from 2013 the law counts hours
/// let zorg = Kalenderjaar::uren(2020, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf);
/// assert!(zorg.telt_half());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kalenderjaar {
    jaar: i32,
    dagen: u16,
    uren: u32,
    zorgjaar: Option<Zorgjaar>,
}

impl Kalenderjaar {
    /// A year before 2013 with wage over `dagen` days; errors from 2013 on (hours count
    /// then), before 1900, or above 366 days.
    ///
    /// ```
    /// assert!(participatiewet::Kalenderjaar::dagen(2005, 260).is_ok());
    /// ```
    pub fn dagen(jaar: i32, dagen: u16) -> Result<Self, Error> {
        if !(1900..EERSTE_JAAR_IN_UREN).contains(&jaar) {
            return Err(Error::OutOfRange {
                field: "year counted in days".into(),
                value: jaar.to_string(),
                min: "1900".to_owned(),
                max: (EERSTE_JAAR_IN_UREN - 1).to_string(),
            });
        }
        if dagen > 366 {
            return Err(Error::OutOfRange {
                field: "days with wage in a year".into(),
                value: dagen.to_string(),
                min: "0".to_owned(),
                max: "366".to_owned(),
            });
        }
        Ok(Self {
            jaar,
            dagen,
            uren: 0,
            zorgjaar: None,
        })
    }

    /// A year from 2013 with wage over `uren` hours; errors before 2013 (days count then),
    /// after 2200, or above 8,784 hours (24 × 366).
    ///
    /// ```
    /// assert!(participatiewet::Kalenderjaar::uren(2012, 1000).is_err());
    /// ```
    pub fn uren(jaar: i32, uren: u32) -> Result<Self, Error> {
        if !(EERSTE_JAAR_IN_UREN..=2200).contains(&jaar) {
            return Err(Error::OutOfRange {
                field: "year counted in hours".into(),
                value: jaar.to_string(),
                min: EERSTE_JAAR_IN_UREN.to_string(),
                max: "2200".to_owned(),
            });
        }
        if uren > 24 * 366 {
            return Err(Error::OutOfRange {
                field: "hours with wage in a year".into(),
                value: uren.to_string(),
                min: "0".to_owned(),
                max: (24 * 366).to_string(),
            });
        }
        Ok(Self {
            jaar,
            dagen: 0,
            uren,
            zorgjaar: None,
        })
    }

    /// The same year, marked as a care year under art. 42a: it counts half when it does not
    /// already count in full.
    ///
    /// ```
    /// use participatiewet::{Kalenderjaar, Zorgjaar};
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
    /// assert_eq!(participatiewet::Kalenderjaar::uren(2020, 0)?.jaar(), 2020);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn jaar(&self) -> i32 {
        self.jaar
    }

    /// The care year mark, if any.
    ///
    /// ```
    /// assert_eq!(participatiewet::Kalenderjaar::uren(2020, 0)?.zorgjaar(), None);
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
    /// assert!(!participatiewet::Kalenderjaar::dagen(2012, 51)?.telt_volledig());
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
    /// use participatiewet::{Kalenderjaar, Zorgjaar};
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
/// use participatiewet::{Kalenderjaar, Werkverleden};
///
/// let w = Werkverleden::new(vec![Kalenderjaar::uren(2024, 1800)?, Kalenderjaar::uren(2023, 1800)?])?;
/// assert_eq!(w.jaren().len(), 2);
/// assert_eq!(w.jaren()[0].jaar(), 2023); // sorted
/// assert!(Werkverleden::new(vec![Kalenderjaar::uren(2024, 1)?, Kalenderjaar::uren(2024, 2)?]).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Werkverleden {
    jaren: Vec<Kalenderjaar>,
}

impl Werkverleden {
    /// A work history; errors when a year is listed twice.
    ///
    /// ```
    /// assert!(participatiewet::Werkverleden::new(Vec::new())?.jaren().is_empty());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(mut jaren: Vec<Kalenderjaar>) -> Result<Self, Error> {
        jaren.sort_by_key(|j| j.jaar);
        for pair in jaren.windows(2) {
            if let [a, b] = pair {
                if a.jaar == b.jaar {
                    return Err(Error::InvalidFacts {
                        field: "werkverleden".into(),
                        reason: format!("the year {} is listed twice", a.jaar).into(),
                    });
                }
            }
        }
        Ok(Self { jaren })
    }

    /// A work history with wage over at least 208 hours (from 2013) or 52 days (before 2013)
    /// in every year from `van` up to and including `tot_en_met`: a convenience for the
    /// common case of an unbroken career. `uren_per_jaar` is used from 2013, 260 days before.
    ///
    /// ```
    /// let w = participatiewet::Werkverleden::doorlopend(2010, 2025, 1800)?;
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
    /// assert!(participatiewet::Werkverleden::default().jaren().is_empty());
    /// ```
    #[must_use]
    pub fn jaren(&self) -> &[Kalenderjaar] {
        &self.jaren
    }

    /// Adds a year; errors (leaving the history unchanged) when it is already listed.
    ///
    /// ```
    /// use participatiewet::{Kalenderjaar, Werkverleden};
    /// let mut w = Werkverleden::default();
    /// w.insert(Kalenderjaar::uren(2020, 300)?)?;
    /// assert!(w.insert(Kalenderjaar::uren(2020, 400)?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn insert(&mut self, jaar: Kalenderjaar) -> Result<(), Error> {
        match self.jaren.binary_search_by_key(&jaar.jaar, |j| j.jaar) {
            Ok(_) => Err(Error::InvalidFacts {
                field: "werkverleden".into(),
                reason: format!("the year {} is listed twice", jaar.jaar).into(),
            }),
            Err(index) => {
                self.jaren.insert(index, jaar);
                Ok(())
            }
        }
    }
}

/// The outcome of the jareneis (WW art. 42 lid 2 onderdeel a): in how many of the 5 calendar
/// years before the year of the first day of unemployment wage was received over 52 days
/// (before 2013) or 208 hours (from 2013).
///
/// Care years (art. 42a) are not counted here: the crate reads "voor de helft gelijkgesteld"
/// as a half year of arbeidsverleden, and a half year does not make one of the "ten minste
/// vier kalenderjaren".
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Werkverleden, ww};
///
/// let w = Werkverleden::doorlopend(2021, 2024, 1800)?;
/// let j = ww::jareneis(&w, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
/// assert_eq!(j.jaren_met_loon, 4); // 2021..=2024 of 2020..=2024
/// assert!(j.voldaan);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Jareneis {
    /// The first year of the window (the year of unemployment minus 5).
    pub van: i32,
    /// The last year of the window (the year before the year of unemployment).
    pub tot_en_met: i32,
    /// The years in the window that count in full.
    pub jaren_met_loon: u8,
    /// Whether the person had a right to a disability benefit (WIA, WAO, WAMIL: the laws of
    /// art. 19 lid 1 onderdelen b–d) immediately before or on the first day of unemployment,
    /// which meets the jareneis on its own (art. 42 lid 2 onderdeel b). Set by
    /// [`uitkeringsduur`](crate::ww::uitkeringsduur) from the facts; `false` from [`jareneis`].
    pub arbeidsongeschiktheidsuitkering: bool,
    /// Whether the jareneis is met: at least 4 years count, or onderdeel b applies.
    pub voldaan: bool,
}

impl Jareneis {
    /// The citation of the jareneis by years.
    pub const CITATION: Citation = ART_42_LID_2_A;
    /// The citation of the jareneis by a disability benefit.
    pub const CITATION_ARBEIDSONGESCHIKTHEID: Citation =
        Citation::article(Regulation::Werkloosheidswet, "42")
            .lid(2)
            .onderdeel("b");

    /// The same outcome with art. 42 lid 2 onderdeel b applied: met by a disability benefit.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Werkverleden, ww};
    /// let j = ww::jareneis(&Werkverleden::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert!(!j.voldaan);
    /// assert!(j.met_arbeidsongeschiktheidsuitkering().voldaan);
    /// ```
    #[must_use]
    pub const fn met_arbeidsongeschiktheidsuitkering(mut self) -> Self {
        self.arbeidsongeschiktheidsuitkering = true;
        self.voldaan = true;
        self
    }
}

/// The jareneis on `eerste_werkloosheidsdag` (WW art. 42 lid 2 onderdeel a). Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Kalenderjaar, Werkverleden, ww};
/// let w = Werkverleden::new(vec![
///     Kalenderjaar::uren(2020, 208)?, Kalenderjaar::uren(2021, 207)?,
///     Kalenderjaar::uren(2022, 208)?, Kalenderjaar::uren(2023, 208)?,
///     Kalenderjaar::uren(2024, 208)?,
/// ])?;
/// assert!(ww::jareneis(&w, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()).voldaan);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn jareneis(werkverleden: &Werkverleden, eerste_werkloosheidsdag: NaiveDate) -> Jareneis {
    let jaar = eerste_werkloosheidsdag.year();
    let van = jaar - JARENEIS_VENSTER;
    let tot_en_met = jaar - 1;
    let mut jaren_met_loon: u8 = 0;
    for j in &werkverleden.jaren {
        if (van..=tot_en_met).contains(&j.jaar) && j.telt_volledig() {
            jaren_met_loon = jaren_met_loon.saturating_add(1);
        }
    }
    Jareneis {
        van,
        tot_en_met,
        jaren_met_loon,
        arbeidsongeschiktheidsuitkering: false,
        voldaan: jaren_met_loon >= JARENEIS_JAREN,
    }
}

/// The arbeidsverleden (employment record) in calendar years, as WW art. 42 lid 4–6 and
/// art. 42a build it, with every intermediate count.
///
/// - fictitious years: from the year of the 18th birthday up to and including 1997
///   (lid 6 onderdeel c);
/// - actual years: 1998–2012 with wage over 52 or more days (lid 6 onderdeel b), 2013 up to
///   the year before the first day of unemployment with 208 or more hours (lid 6 onderdeel a);
/// - care years (art. 42a lid 2 and 3) count half;
/// - a half year before 2016 is deemed to lie after 2015 (lid 4), and the years after 2015 are
///   rounded down to whole years (lid 5).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Werkverleden, ww};
///
/// let born = NaiveDate::from_ymd_opt(1978, 5, 1).unwrap(); // 18 in 1996
/// let w = Werkverleden::doorlopend(1998, 2024, 1800)?;
/// let a = ww::arbeidsverleden(born, &w, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
/// assert_eq!(a.fictieve_jaren, 2); // 1996, 1997
/// assert_eq!(a.jaren_voor_2016, 2 + 18); // + 1998..=2015
/// assert_eq!(a.jaren_na_2015, 9); // 2016..=2024
/// assert_eq!(a.jaren(), 29);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Arbeidsverleden {
    /// Years from the year of the 18th birthday up to and including 1997 (lid 6 onderdeel c).
    pub fictieve_jaren: u8,
    /// Actual years before 2016 that count in full (lid 6 onderdelen a and b).
    pub feitelijke_jaren_voor_2016: u8,
    /// Care years before 2016 that count half (art. 42a), as a number of such years.
    pub halve_jaren_voor_2016: u8,
    /// Actual years from 2016 that count in full (lid 6 onderdeel a).
    pub feitelijke_jaren_na_2015: u8,
    /// Care years from 2016 that count half (art. 42a), as a number of such years.
    pub halve_jaren_na_2015: u8,
    /// Whole years before 2016, after moving a remaining half year to after 2015 (lid 4).
    pub jaren_voor_2016: u8,
    /// Whole years after 2015, rounded down (lid 5).
    pub jaren_na_2015: u8,
}

impl Arbeidsverleden {
    /// The arbeidsverleden in whole years: before 2016 plus after 2015.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Werkverleden, ww};
    /// let a = ww::arbeidsverleden(
    ///     NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(),
    ///     &Werkverleden::default(),
    ///     NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    /// );
    /// assert_eq!(a.jaren(), 0);
    /// ```
    #[must_use]
    pub const fn jaren(&self) -> u8 {
        self.jaren_voor_2016.saturating_add(self.jaren_na_2015)
    }
}

/// The arbeidsverleden of a person born on `geboortedatum` with `werkverleden`, for a first
/// day of unemployment `eerste_werkloosheidsdag` (WW art. 42 lid 4–6, art. 42a). Years from
/// the year of the first day on are not counted. Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Kalenderjaar, Werkverleden, Zorgjaar, ww};
/// // two care years after 2015 make one year of arbeidsverleden; one alone makes none
/// let w = Werkverleden::new(vec![
///     Kalenderjaar::uren(2018, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
///     Kalenderjaar::uren(2019, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
///     Kalenderjaar::uren(2020, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
/// ])?;
/// let a = ww::arbeidsverleden(NaiveDate::from_ymd_opt(1995, 1, 1).unwrap(), &w, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
/// assert_eq!(a.halve_jaren_na_2015, 3);
/// assert_eq!(a.jaren_na_2015, 1); // 1.5 rounded down
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn arbeidsverleden(
    geboortedatum: NaiveDate,
    werkverleden: &Werkverleden,
    eerste_werkloosheidsdag: NaiveDate,
) -> Arbeidsverleden {
    let laatste_jaar = eerste_werkloosheidsdag.year() - 1;
    let jaar_18 = geboortedatum.year().saturating_add(18);
    // lid 6 onderdeel c: from the year of the 18th birthday up to 1998 (exclusive), and never
    // beyond the year before the first day of unemployment.
    let fictief_tot = (EERSTE_FEITELIJKE_JAAR - 1).min(laatste_jaar);
    let fictieve_jaren = clamp_u8(fictief_tot.saturating_sub(jaar_18).saturating_add(1));

    let mut feitelijk_voor: u8 = 0;
    let mut half_voor: u8 = 0;
    let mut feitelijk_na: u8 = 0;
    let mut half_na: u8 = 0;
    for j in &werkverleden.jaren {
        if j.jaar < EERSTE_FEITELIJKE_JAAR || j.jaar > laatste_jaar {
            continue;
        }
        let na_2015 = j.jaar >= EERSTE_JAAR_HALVE_MAAND;
        if j.telt_volledig() {
            if na_2015 {
                feitelijk_na = feitelijk_na.saturating_add(1);
            } else {
                feitelijk_voor = feitelijk_voor.saturating_add(1);
            }
        } else if j.telt_half() {
            if na_2015 {
                half_na = half_na.saturating_add(1);
            } else {
                half_voor = half_voor.saturating_add(1);
            }
        }
    }
    // lid 4: a remaining half year before 2016 is deemed to lie after 2015.
    let jaren_voor_2016 = fictieve_jaren
        .saturating_add(feitelijk_voor)
        .saturating_add(half_voor / 2);
    let verschoven_half = half_voor % 2;
    // lid 5: after 2015, whole years rounded down.
    let halve_na = half_na.saturating_add(verschoven_half);
    let jaren_na_2015 = feitelijk_na.saturating_add(halve_na / 2);
    Arbeidsverleden {
        fictieve_jaren,
        feitelijke_jaren_voor_2016: feitelijk_voor,
        halve_jaren_voor_2016: half_voor,
        feitelijke_jaren_na_2015: feitelijk_na,
        halve_jaren_na_2015: half_na,
        jaren_voor_2016,
        jaren_na_2015,
    }
}

/// A year count as `u8`: negative counts are zero, and no person has more than 255 years.
fn clamp_u8(n: i32) -> u8 {
    u8::try_from(n.max(0)).unwrap_or(u8::MAX)
}
