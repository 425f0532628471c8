//! The jareneis (the years test, WW art. 42 lid 2 onderdeel a) and the arbeidsverleden (the
//! employment record in years, art. 42 lid 4–6 and art. 42a), computed from a [`Werkverleden`].
//! Both are plain functions over borrowed input that allocate nothing.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::werkverleden::{
    EERSTE_FEITELIJKE_JAAR, EERSTE_JAAR_HALVE_MAAND, JARENEIS_JAREN, JARENEIS_VENSTER, Werkverleden,
};
use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde};

const ART_42_LID_2_A: &Citation = &Citation::article(Regulation::Werkloosheidswet, "42")
    .lid(2)
    .onderdeel("a");

/// The outcome of the jareneis (WW art. 42 lid 2 onderdeel a): in how many of the 5 calendar
/// years before the year of the first day of unemployment wage was received over 52 days
/// (before 2013) or 208 hours (from 2013).
///
/// # Care years and the jareneis: an open point
///
/// WW art. 42a lid 2 and 3 (text of 2017-01-01, unchanged since) read: "Voor de toepassing van
/// artikel 42 worden niet reeds in aanmerking genomen kalenderjaren waarin een persoon recht
/// heeft op kinderbijslag […] voor een tot zijn huishouden behorend kind dat bij de aanvang van
/// dat kalenderjaar de leeftijd van vijf jaar niet heeft bereikt, voor de helft gelijkgesteld
/// met kalenderjaren waarin over 52 of meer dagen loon is ontvangen, respectievelijk over 208
/// of meer uren loon is ontvangen." The words "voor de toepassing van artikel 42" take in the
/// jareneis of lid 2 onderdeel a, but the text does not say how a year equated "for half"
/// counts towards "ten minste vier kalenderjaren": as half a year (two care years make one),
/// or not at all. The crate counts care years towards the arbeidsverleden only (as half
/// years) and not towards the jareneis; this is stated as unsettled and pinned by a test.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{ww::{self, Werkverleden}};
///
/// let w = Werkverleden::doorlopend(2021, 2024, 1800)?;
/// let j = ww::jareneis(&w, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
/// assert_eq!(j.jaren_met_loon(), 4); // 2021..=2024 of 2020..=2024
/// assert!(j.voldaan());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Jareneis {
    van: i32,
    tot_en_met: i32,
    jaren_met_loon: u8,
    arbeidsongeschiktheidsuitkering: bool,
    voldaan: bool,
}

validated_serde!(Jareneis);

impl Validate for Jareneis {
    fn validate(&self) -> Result<(), Error> {
        if self.tot_en_met.checked_sub(self.van) != Some(JARENEIS_VENSTER - 1)
            || i32::from(self.jaren_met_loon) > JARENEIS_VENSTER
            || self.voldaan
                != (self.arbeidsongeschiktheidsuitkering || self.jaren_met_loon >= JARENEIS_JAREN)
        {
            return Err(Error::state(
                "ww::Jareneis",
                Text::new(
                    "het venster of de uitkomst van de jareneis klopt niet",
                    "the window or the outcome of the jareneis does not hold",
                ),
            ));
        }
        Ok(())
    }
}

impl Jareneis {
    /// The citation of the jareneis by years.
    pub const CITATION: &Citation = ART_42_LID_2_A;
    /// The citation of the jareneis by a disability benefit.
    pub const CITATION_ARBEIDSONGESCHIKTHEID: &Citation =
        &Citation::article(Regulation::Werkloosheidswet, "42")
            .lid(2)
            .onderdeel("b");

    /// The same outcome with art. 42 lid 2 onderdeel b applied: met by a disability benefit.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{ww::{self, Werkverleden}};
    /// let j = ww::jareneis(&Werkverleden::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert!(!j.voldaan());
    /// assert!(j.met_arbeidsongeschiktheidsuitkering().voldaan());
    /// ```
    #[must_use]
    pub const fn met_arbeidsongeschiktheidsuitkering(mut self) -> Self {
        self.arbeidsongeschiktheidsuitkering = true;
        self.voldaan = true;
        self
    }

    /// The first year of the window (the year of unemployment minus 5).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let j = participatiewet::ww::jareneis(&Default::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert_eq!((j.van(), j.tot_en_met()), (2020, 2024));
    /// ```
    #[must_use]
    pub const fn van(&self) -> i32 {
        self.van
    }

    /// The last year of the window (the year before the year of unemployment).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let j = participatiewet::ww::jareneis(&Default::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert_eq!(j.tot_en_met(), 2024);
    /// ```
    #[must_use]
    pub const fn tot_en_met(&self) -> i32 {
        self.tot_en_met
    }

    /// The years in the window that count in full.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let j = participatiewet::ww::jareneis(&Default::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert_eq!(j.jaren_met_loon(), 0);
    /// ```
    #[must_use]
    pub const fn jaren_met_loon(&self) -> u8 {
        self.jaren_met_loon
    }

    /// Whether the person had a right to a disability benefit (WIA, WAO, WAMIL: the laws of
    /// art. 19 lid 1 onderdelen b–d) immediately before or on the first day of unemployment,
    /// which meets the jareneis on its own (art. 42 lid 2 onderdeel b).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let j = participatiewet::ww::jareneis(&Default::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert!(!j.arbeidsongeschiktheidsuitkering());
    /// ```
    #[must_use]
    pub const fn arbeidsongeschiktheidsuitkering(&self) -> bool {
        self.arbeidsongeschiktheidsuitkering
    }

    /// Whether the jareneis is met: at least 4 years count, or onderdeel b applies.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let j = participatiewet::ww::jareneis(&Default::default(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// assert!(!j.voldaan());
    /// ```
    #[must_use]
    pub const fn voldaan(&self) -> bool {
        self.voldaan
    }
}

/// The jareneis on `eerste_werkloosheidsdag` (WW art. 42 lid 2 onderdeel a). Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{ww::{self, Kalenderjaar, Werkverleden}};
/// let w = Werkverleden::new(vec![
///     Kalenderjaar::uren(2020, 208)?, Kalenderjaar::uren(2021, 207)?,
///     Kalenderjaar::uren(2022, 208)?, Kalenderjaar::uren(2023, 208)?,
///     Kalenderjaar::uren(2024, 208)?,
/// ])?;
/// assert!(ww::jareneis(&w, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()).voldaan());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn jareneis(werkverleden: &Werkverleden, eerste_werkloosheidsdag: NaiveDate) -> Jareneis {
    let jaar = eerste_werkloosheidsdag.year();
    let van = jaar.saturating_sub(JARENEIS_VENSTER);
    let tot_en_met = jaar.saturating_sub(1);
    let mut jaren_met_loon: u8 = 0;
    for j in werkverleden.jaren() {
        if (van..=tot_en_met).contains(&j.jaar()) && j.telt_volledig() {
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
/// Read from JSON only when the whole years follow from the counts.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{ww::{self, Werkverleden}};
///
/// let born = NaiveDate::from_ymd_opt(1978, 5, 1).unwrap(); // 18 in 1996
/// let w = Werkverleden::doorlopend(1998, 2024, 1800)?;
/// let a = ww::arbeidsverleden(born, &w, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
/// assert_eq!(a.fictieve_jaren(), 2); // 1996, 1997
/// assert_eq!(a.jaren_voor_2016(), 2 + 18); // + 1998..=2015
/// assert_eq!(a.jaren_na_2015(), 9); // 2016..=2024
/// assert_eq!(a.jaren(), 29);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Arbeidsverleden {
    fictieve_jaren: u8,
    feitelijke_jaren_voor_2016: u8,
    halve_jaren_voor_2016: u8,
    feitelijke_jaren_na_2015: u8,
    halve_jaren_na_2015: u8,
    jaren_voor_2016: u8,
    jaren_na_2015: u8,
}

validated_serde!(Arbeidsverleden);

impl Validate for Arbeidsverleden {
    fn validate(&self) -> Result<(), Error> {
        if *self
            != Self::tel(
                self.fictieve_jaren,
                self.feitelijke_jaren_voor_2016,
                self.halve_jaren_voor_2016,
                self.feitelijke_jaren_na_2015,
                self.halve_jaren_na_2015,
            )
        {
            return Err(Error::state(
                "ww::Arbeidsverleden",
                Text::new(
                    "de hele jaren volgen niet uit de getelde jaren",
                    "the whole years do not follow from the counted years",
                ),
            ));
        }
        Ok(())
    }
}

impl Arbeidsverleden {
    /// The whole years from the counts (art. 42 lid 4 and 5).
    const fn tel(
        fictief: u8,
        feitelijk_voor: u8,
        half_voor: u8,
        feitelijk_na: u8,
        half_na: u8,
    ) -> Self {
        // lid 4: a remaining half year before 2016 is deemed to lie after 2015.
        let jaren_voor_2016 = fictief
            .saturating_add(feitelijk_voor)
            .saturating_add(half_voor / 2);
        let verschoven_half = half_voor % 2;
        // lid 5: after 2015, whole years rounded down.
        let halve_na = half_na.saturating_add(verschoven_half);
        let jaren_na_2015 = feitelijk_na.saturating_add(halve_na / 2);
        Self {
            fictieve_jaren: fictief,
            feitelijke_jaren_voor_2016: feitelijk_voor,
            halve_jaren_voor_2016: half_voor,
            feitelijke_jaren_na_2015: feitelijk_na,
            halve_jaren_na_2015: half_na,
            jaren_voor_2016,
            jaren_na_2015,
        }
    }

    /// The arbeidsverleden in whole years: before 2016 plus after 2015.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{ww::{self, Werkverleden}};
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

    /// Years from the year of the 18th birthday up to and including 1997 (lid 6 onderdeel c).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1970, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.fictieve_jaren(), 10); // 1988..=1997
    /// ```
    #[must_use]
    pub const fn fictieve_jaren(&self) -> u8 {
        self.fictieve_jaren
    }

    /// Actual years before 2016 that count in full (lid 6 onderdelen a and b).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let w = participatiewet::ww::Werkverleden::doorlopend(2010, 2020, 1800)?;
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &w, d(2025, 1, 1));
    /// assert_eq!((a.feitelijke_jaren_voor_2016(), a.feitelijke_jaren_na_2015()), (6, 5));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn feitelijke_jaren_voor_2016(&self) -> u8 {
        self.feitelijke_jaren_voor_2016
    }

    /// Care years before 2016 that count half (art. 42a), as a number of such years.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.halve_jaren_voor_2016(), 0);
    /// ```
    #[must_use]
    pub const fn halve_jaren_voor_2016(&self) -> u8 {
        self.halve_jaren_voor_2016
    }

    /// Actual years from 2016 that count in full (lid 6 onderdeel a).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.feitelijke_jaren_na_2015(), 0);
    /// ```
    #[must_use]
    pub const fn feitelijke_jaren_na_2015(&self) -> u8 {
        self.feitelijke_jaren_na_2015
    }

    /// Care years from 2016 that count half (art. 42a), as a number of such years.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.halve_jaren_na_2015(), 0);
    /// ```
    #[must_use]
    pub const fn halve_jaren_na_2015(&self) -> u8 {
        self.halve_jaren_na_2015
    }

    /// Whole years before 2016, after moving a remaining half year to after 2015 (lid 4).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.jaren_voor_2016(), 0);
    /// ```
    #[must_use]
    pub const fn jaren_voor_2016(&self) -> u8 {
        self.jaren_voor_2016
    }

    /// Whole years after 2015, rounded down (lid 5).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = participatiewet::ww::arbeidsverleden(d(1990, 1, 1), &Default::default(), d(2025, 1, 1));
    /// assert_eq!(a.jaren_na_2015(), 0);
    /// ```
    #[must_use]
    pub const fn jaren_na_2015(&self) -> u8 {
        self.jaren_na_2015
    }

    /// The number of care years (before and from 2016) that count half.
    pub(crate) const fn zorgjaren(self) -> u16 {
        self.halve_jaren_voor_2016 as u16 + self.halve_jaren_na_2015 as u16
    }
}

/// The arbeidsverleden of a person born on `geboortedatum` with `werkverleden`, for a first
/// day of unemployment `eerste_werkloosheidsdag` (WW art. 42 lid 4–6, art. 42a). Years from
/// the year of the first day on are not counted. Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{ww::{self, Kalenderjaar, Werkverleden, Zorgjaar}};
/// // two care years after 2015 make one year of arbeidsverleden; one alone makes none
/// let w = Werkverleden::new(vec![
///     Kalenderjaar::uren(2018, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
///     Kalenderjaar::uren(2019, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
///     Kalenderjaar::uren(2020, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf),
/// ])?;
/// let a = ww::arbeidsverleden(NaiveDate::from_ymd_opt(1995, 1, 1).unwrap(), &w, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
/// assert_eq!(a.halve_jaren_na_2015(), 3);
/// assert_eq!(a.jaren_na_2015(), 1); // 1.5 rounded down
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn arbeidsverleden(
    geboortedatum: NaiveDate,
    werkverleden: &Werkverleden,
    eerste_werkloosheidsdag: NaiveDate,
) -> Arbeidsverleden {
    let laatste_jaar = eerste_werkloosheidsdag.year().saturating_sub(1);
    let jaar_18 = geboortedatum.year().saturating_add(18);
    // lid 6 onderdeel c: from the year of the 18th birthday up to 1998 (exclusive), and never
    // beyond the year before the first day of unemployment.
    let fictief_tot = (EERSTE_FEITELIJKE_JAAR - 1).min(laatste_jaar);
    let fictieve_jaren = clamp_u8(fictief_tot.saturating_sub(jaar_18).saturating_add(1));

    let mut feitelijk_voor: u8 = 0;
    let mut half_voor: u8 = 0;
    let mut feitelijk_na: u8 = 0;
    let mut half_na: u8 = 0;
    for j in werkverleden.jaren() {
        if j.jaar() < EERSTE_FEITELIJKE_JAAR || j.jaar() > laatste_jaar {
            continue;
        }
        let na_2015 = j.jaar() >= EERSTE_JAAR_HALVE_MAAND;
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
    Arbeidsverleden::tel(
        fictieve_jaren,
        feitelijk_voor,
        half_voor,
        feitelijk_na,
        half_na,
    )
}

/// A year count as `u8`: negative counts are zero, and no person has more than 255 years.
fn clamp_u8(n: i32) -> u8 {
    u8::try_from(n.max(0)).unwrap_or(u8::MAX)
}
