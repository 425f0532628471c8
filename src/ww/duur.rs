//! The duration and end date of WW (`uitkeringsduur`, WW art. 42).
//!
//! # Months and half months
//!
//! The duration is a number of months, possibly with a half month. The end date is computed
//! from the day the right arose (art. 42 lid 1: "te rekenen vanaf de eerste dag waarop het
//! recht op uitkering is ontstaan"):
//!
//! - whole months are added with [`add_months`] under [`MAAND_EINDE`] =
//!   [`MonthEnd::NextDay`]: a right from 31 January runs one month up to and including the last
//!   day of February (31 January + 1 month = 1 March, exclusive). The law names no rule for a
//!   day that does not exist in the target month; this one never shortens a month;
//! - a remaining half month adds 15 calendar days after the whole months (art. 42 lid 2,
//!   last sentence: "telt een halve maand voor 15 kalenderdagen");
//! - the last day with WW is the day before the day so reached;
//! - the right ends on the day the AOW age is reached (art. 19 lid 1 onderdeel i with
//!   art. 20 lid 1 onderdeel a), so the last day is at most the day before the AOW date.
//!
//! The calculation is [`uitkeringsduur`]: a `Copy` result with every intermediate number and
//! no allocation; [`Uitkeringsduur::decision`] adds the grounds in one allocation.
//!
//! # Which rule applies when
//!
//! - **First day before 2016-01-01: the old duration.** WW art. 130z lid 1 (text of
//!   2017-01-01): "Hoofdstuk II en de daarop berustende bepalingen zoals deze luidden op de dag
//!   voor de datum waarop artikel XXVI, onderdeel S, van de Wet werk en zekerheid in werking is
//!   getreden, blijven van toepassing op een recht op uitkering waarvan de eerste
//!   werkloosheidsdag is gelegen voor de dag van die inwerkingtreding." The consolidated WW
//!   shows that day to be 2016-01-01, not 2015-07-01: art. 42 still reads "één maand per
//!   kalenderjaar arbeidsverleden" (lid 4: fictitious years from the 18th birthday to 1998) in
//!   the versions of 2015-07-01 and 2015-12-11 and first reads the new rule (24 months, half
//!   months for years "gelegen na 2015") in the version of 2016-01-01; and art. 42d lid 1
//!   starts the phase-in for a first day "op of na 1 januari 2016". The inwerkingtredingsbesluit
//!   of the Wet werk en zekerheid itself was not read. So [`WWZ_INGANG`] = 2016-01-01.
//! - **First day 2016-01-01 up to 2019-03-31: the phase-in, WW art. 42d.** Lid 1 (text of
//!   2017-01-01): "Indien de eerste werkloosheidsdag is gelegen op of na 1 januari 2016, en de
//!   berekening van het aantal kalenderjaren opgebouwd arbeidsverleden op grond van artikel 42,
//!   tweede lid, meer is dan 24, wordt de uitkeringsduur in afwijking van artikel 42 als volgt
//!   berekend: A – B. De uitkomst wordt uitgedrukt in een aantal maanden arbeidsverleden en is
//!   ten minste 24 maanden. Hierbij staat: A voor het aantal kalenderjaren dat op 1 januari
//!   2016 aan opgebouwd arbeidsverleden bestaat of zou hebben bestaan op grond van artikel 42,
//!   zesde lid, met een maximum van 38; en B voor het aantal kalenderkwartalen met ingang van 1
//!   januari 2016 tot en met het kalenderkwartaal waarin de eerste werkloosheidsdag is
//!   gelegen." Lid 2: "Dit artikel vervalt met ingang van 1 april 2019." The article is in the
//!   text of 2017-01-01 and gone from later versions. Because A (whole years before 2016, at
//!   most 38) never exceeds what art. 42 lid 2 builds from the same years, A – B, at least 24,
//!   is also the minimum of that build-up and max(24, A − B): the crate computes it as the
//!   maximum in force.
//! - **From 2019-04-01: art. 42**, at most 24 months.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::MonthEnd;
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

/// The minimum duration: 3 months (WW art. 42 lid 1), also the duration when only the
/// wekeneis is met.
pub const MINIMUM_MAANDEN: u8 = 3;
/// The maximum duration: 24 months (WW art. 42 lid 1, from 2016-01-01).
pub const MAXIMUM_MAANDEN: u8 = 24;
/// The maximum before the Wet werk en zekerheid: 38 months (WW art. 42 lid 1 as it read on
/// 2015-12-31, which keeps applying to a first day of unemployment before 2016 under
/// art. 130z lid 1). Also the cap on A in the 2016–2019 phase-in (art. 42d lid 1).
pub const MAXIMUM_MAANDEN_VOOR_2016: u8 = 38;
/// The first 10 years of arbeidsverleden count a whole month each (WW art. 42 lid 2,
/// "niet meer dan tien kalenderjaren").
pub const VOLLE_MAAND_JAREN: u8 = 10;
/// A remaining half month counts as 15 calendar days (WW art. 42 lid 2, last sentence).
pub const HALVE_MAAND_DAGEN: u8 = 15;
/// The month-end rule of the end date: see the module docs.
pub const MAAND_EINDE: MonthEnd = MonthEnd::NextDay;

const fn datum(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The day art. XXVI onderdeel S of the Wet werk en zekerheid took effect: 2016-01-01. A
/// first day of unemployment before it keeps the old duration (WW art. 130z lid 1; see the
/// module docs for how the date was settled).
pub const WWZ_INGANG: NaiveDate = datum(2016, 1, 1);
/// The day the phase-in lapses: 2019-04-01 (WW art. 42d lid 2, "vervalt met ingang van
/// 1 april 2019"); from then the maximum is 24 months for everyone.
pub const OVERGANG_EINDE: NaiveDate = datum(2019, 4, 1);

pub(crate) const ART_42_1: &Citation =
    &Citation::article(Regulation::Werkloosheidswet, "42").lid(1);
pub(crate) const ART_42_2: &Citation =
    &Citation::article(Regulation::Werkloosheidswet, "42").lid(2);
pub(crate) const ART_42_6: &Citation =
    &Citation::article(Regulation::Werkloosheidswet, "42").lid(6);
pub(crate) const ART_42A: &Citation = &Citation::article(Regulation::Werkloosheidswet, "42a");
/// WW art. 42d lid 1, the phase-in (in the WW from 2016-01-01 to 2019-03-31).
pub(crate) const ART_42D_1: &Citation =
    &Citation::article(Regulation::Werkloosheidswet, "42d").lid(1);
pub(crate) const ART_130Z: &Citation =
    &Citation::article(Regulation::Werkloosheidswet, "130z").lid(1);
pub(crate) const ART_19_I: &Citation = &Citation::article(Regulation::Werkloosheidswet, "19")
    .lid(1)
    .onderdeel("i");

/// Which rule set the duration.
///
/// ```
/// use participatiewet::{Taal, ww::Duurregel};
/// assert_eq!(serde_json::to_string(&Duurregel::Overgangsrecht).unwrap(), "\"overgangsrecht\"");
/// assert_eq!("voor2016".parse::<Duurregel>()?, Duurregel::Voor2016);
/// assert_eq!(Duurregel::Overgangsrecht.label().get(Taal::Nl), "overgangsrecht 2016–2019");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Duurregel {
    /// Only the wekeneis is met: 3 months (art. 42 lid 1 and 2).
    Wekeneis,
    /// The jareneis is met: months from the arbeidsverleden, at most 24 (art. 42 lid 2).
    Arbeidsverleden,
    /// The jareneis is met, the first day is from 2016-01-01 to 2019-03-31 and the phase-in of
    /// art. 42d gives `A − B` months, above 24.
    Overgangsrecht,
    /// The jareneis is met and the first day is before 2016: one month per year of
    /// arbeidsverleden, at most 38 (art. 42 as it read on 2015-12-31, art. 130z lid 1).
    Voor2016,
}

wire_enum!(Duurregel);

static DUURREGEL_LABELS: [Label; 4] = [
    Label::new("wekeneis", "alleen de wekeneis", "the wekeneis only"),
    Label::new(
        "arbeidsverleden",
        "het arbeidsverleden",
        "the employment record",
    ),
    Label::new(
        "overgangsrecht",
        "overgangsrecht 2016–2019",
        "the 2016–2019 phase-in",
    ),
    Label::new(
        "voor2016",
        "de regels van vóór 2016",
        "the rules before 2016",
    ),
];

impl Duurregel {
    /// The rule in words, Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, ww::Duurregel};
    /// assert_eq!(Duurregel::Wekeneis.label().get(Taal::En), "the wekeneis only");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        let [w, a, o, v] = &DUURREGEL_LABELS;
        match self {
            Self::Wekeneis => w,
            Self::Arbeidsverleden => a,
            Self::Overgangsrecht => o,
            Self::Voor2016 => v,
        }
    }
}

/// The numbers of the 2016–2019 phase-in (WW art. 42d lid 1): the duration is `A − B`
/// months, at least 24.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::ww::Overgang;
/// // 38 years on 2016-01-01, first day in 2017-Q1 (the 5th quarter)
/// let o = Overgang::new(38, NaiveDate::from_ymd_opt(2017, 2, 1).unwrap())?;
/// assert_eq!((o.a(), o.b(), o.maximum()), (38, 5, 33));
/// assert_eq!(serde_json::to_string(&o).unwrap(), r#"{"a":38,"b":5,"maximum":33}"#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Overgang {
    a: u8,
    b: u8,
    maximum: u8,
}

validated_serde!(Overgang);

impl Validate for Overgang {
    fn validate(&self) -> Result<(), Error> {
        if self.a > MAXIMUM_MAANDEN_VOOR_2016
            || self.b == 0
            || self.b > 13
            || self.maximum != Self::uitkomst(self.a, self.b)
        {
            return Err(Error::state(
                "ww::Overgang",
                Text::new(
                    "A, B of de uitkomst A – B (ten minste 24) klopt niet",
                    "A, B or the outcome A – B (at least 24) does not hold",
                ),
            ));
        }
        Ok(())
    }
}

impl Overgang {
    /// The phase-in numbers for `jaren_voor_2016` years of arbeidsverleden built up on
    /// 2016-01-01 and a first day of unemployment `eerste_werkloosheidsdag` from 2016-01-01 to
    /// 2019-03-31; errors for a first day outside that period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::ww::Overgang;
    /// let o = Overgang::new(20, NaiveDate::from_ymd_opt(2016, 1, 1).unwrap())?;
    /// assert_eq!(o.maximum(), 24); // 20 - 1 = 19, at least 24
    /// assert!(Overgang::new(20, NaiveDate::from_ymd_opt(2019, 4, 1).unwrap()).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(jaren_voor_2016: u8, eerste_werkloosheidsdag: NaiveDate) -> Result<Self, Error> {
        if !(WWZ_INGANG..OVERGANG_EINDE).contains(&eerste_werkloosheidsdag) {
            return Err(Error::facts(
                "eerste_werkloosheidsdag",
                Text::new(
                    "het overgangsrecht van art. 42d geldt alleen voor een eerste \
                     werkloosheidsdag van 1 januari 2016 tot 1 april 2019",
                    "the phase-in of art. 42d applies only to a first day of unemployment from \
                     1 January 2016 to 1 April 2019",
                ),
            ));
        }
        let a = jaren_voor_2016.min(MAXIMUM_MAANDEN_VOOR_2016);
        // B: the quarters from 2016-Q1 up to and including that of the first day (1..=13).
        let jaren = u32::try_from(eerste_werkloosheidsdag.year() - WWZ_INGANG.year()).unwrap_or(0);
        let b = u8::try_from(jaren * 4 + eerste_werkloosheidsdag.month0() / 3 + 1).unwrap_or(13);
        Ok(Self {
            a,
            b,
            maximum: Self::uitkomst(a, b),
        })
    }

    /// A - B, at least 24 months (art. 42d lid 1).
    fn uitkomst(a: u8, b: u8) -> u8 {
        a.saturating_sub(b).max(MAXIMUM_MAANDEN)
    }

    /// A: the years of arbeidsverleden built up on 2016-01-01, at most 38.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let o = participatiewet::ww::Overgang::new(40, NaiveDate::from_ymd_opt(2016, 1, 4).unwrap())?;
    /// assert_eq!(o.a(), 38);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn a(&self) -> u8 {
        self.a
    }

    /// B: the calendar quarters from 2016-Q1 up to and including that of the first day.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let o = participatiewet::ww::Overgang::new(38, NaiveDate::from_ymd_opt(2019, 3, 29).unwrap())?;
    /// assert_eq!(o.b(), 13);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn b(&self) -> u8 {
        self.b
    }

    /// The duration the phase-in gives: `A − B`, at least 24.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let o = participatiewet::ww::Overgang::new(38, NaiveDate::from_ymd_opt(2019, 3, 29).unwrap())?;
    /// assert_eq!(o.maximum(), 25);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn maximum(&self) -> u8 {
        self.maximum
    }
}
