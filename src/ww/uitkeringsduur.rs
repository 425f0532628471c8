//! The WW duration and end date ([`Uitkeringsduur`], WW art. 42, 42a, 42d, 130z), computed
//! by [`uitkeringsduur`]; see [`super::duur`] for which rule applies when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::arbeidsverleden::{Arbeidsverleden, Jareneis, arbeidsverleden, jareneis};
use super::duur::{
    Duurregel, HALVE_MAAND_DAGEN, MAAND_EINDE, MAXIMUM_MAANDEN, MAXIMUM_MAANDEN_VOOR_2016,
    MINIMUM_MAANDEN, OVERGANG_EINDE, Overgang, VOLLE_MAAND_JAREN, WWZ_INGANG,
};
use super::feiten::{AOW_ONDERGRENS_JAREN, WwFeiten};
use crate::date::{add_days, add_months, age_on, checked, next_day, previous_day};
use crate::error::{Error, Text};
use crate::params::Parameters;
use crate::wire::{Validate, validated_serde};

/// The WW duration and end date, with every intermediate number. `Copy`; computed by
/// [`uitkeringsduur`] without allocation, and read from JSON only when every number follows
/// from the stored facts (the jareneis, the arbeidsverleden, the dates, the AOW date).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, Werkverleden, WwFeiten}};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let feiten = WwFeiten::new(d(1990, 3, 1), d(2025, 9, 1))?
///     .werkverleden(Werkverleden::doorlopend(2012, 2024, 1800)?);
/// let duur = ww::uitkeringsduur(&feiten, &Parameters::bundled())?;
/// // 18 in 2008: fictitious years none (after 1997); 2012..=2015 = 4 years before 2016,
/// // 2016..=2024 = 9 years after: 10 × 1 month + 3 × ½ month = 11.5 months
/// assert_eq!((duur.maanden(), duur.halve_maand()), (11, true));
/// // 2025-09-01 + 11 months = 2026-08-01, + 15 days = 2026-08-16; last day 2026-08-15
/// assert_eq!(duur.einddatum(), d(2026, 8, 15));
/// assert!(!duur.afgekapt_op_aow());
/// let json = serde_json::to_string(&duur).unwrap();
/// assert_eq!(serde_json::from_str::<ww::Uitkeringsduur>(&json).unwrap(), duur);
/// assert!(serde_json::from_str::<ww::Uitkeringsduur>(&json.replace("\"maanden\":11", "\"maanden\":12")).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Uitkeringsduur {
    eerste_werkloosheidsdag: NaiveDate,
    ingangsdatum: NaiveDate,
    regel: Duurregel,
    jareneis: Jareneis,
    arbeidsverleden: Arbeidsverleden,
    #[serde(deserialize_with = "super::verplicht")]
    overgang: Option<Overgang>,
    opgebouwde_halve_maanden: u16,
    maximum_maanden: u8,
    maanden: u8,
    halve_maand: bool,
    einddatum_volledige_duur: NaiveDate,
    einddatum: NaiveDate,
    #[serde(deserialize_with = "super::verplicht")]
    aow_datum: Option<NaiveDate>,
    afgekapt_op_aow: bool,
}

validated_serde!(Uitkeringsduur);

/// Every number must follow from the stored facts: the duration is computed again from the
/// first day, the day the right arose, the jareneis, the arbeidsverleden and the AOW date.
impl Validate for Uitkeringsduur {
    fn validate(&self) -> Result<(), Error> {
        let opnieuw = bereken(
            self.eerste_werkloosheidsdag,
            self.ingangsdatum,
            self.jareneis,
            self.arbeidsverleden,
            self.aow_datum,
        )?;
        if opnieuw != *self {
            return Err(Error::state(
                "ww::Uitkeringsduur",
                Text::new(
                    "de duur of de einddatum volgt niet uit de opgeslagen feiten",
                    "the duration or the end date does not follow from the stored facts",
                ),
            ));
        }
        Ok(())
    }
}

macro_rules! accessor {
    ($(#[$doc:meta])* $name:ident: $ty:ty, $example:literal) => {
        $(#[$doc])*
        ///
        /// ```
        /// # use chrono::NaiveDate;
        /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        /// # let f = participatiewet::ww::WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?;
        /// let duur = participatiewet::ww::uitkeringsduur(&f, &participatiewet::Parameters::bundled())?;
        #[doc = $example]
        /// # Ok::<(), participatiewet::Error>(())
        /// ```
        #[must_use]
        pub const fn $name(&self) -> $ty {
            self.$name
        }
    };
}

impl Uitkeringsduur {
    accessor!(
        /// The first day of unemployment.
        eerste_werkloosheidsdag: NaiveDate,
        "assert_eq!(duur.eerste_werkloosheidsdag(), d(2025, 1, 6));"
    );
    accessor!(
        /// The day the right arose, from which the duration counts (art. 42 lid 1).
        ingangsdatum: NaiveDate,
        "assert_eq!(duur.ingangsdatum(), d(2025, 1, 6));"
    );
    accessor!(
        /// The rule that set the duration.
        regel: Duurregel,
        "assert_eq!(duur.regel(), participatiewet::ww::Duurregel::Wekeneis);"
    );
    accessor!(
        /// The jareneis (art. 42 lid 2 onderdeel a).
        jareneis: Jareneis,
        "assert!(!duur.jareneis().voldaan());"
    );
    accessor!(
        /// The arbeidsverleden (art. 42 lid 4–6, art. 42a).
        arbeidsverleden: Arbeidsverleden,
        "assert_eq!(duur.arbeidsverleden().jaren(), 0);"
    );
    accessor!(
        /// The phase-in numbers (art. 42d), when the jareneis is met and the first day is from
        /// 2016-01-01 to 2019-03-31 (also when they leave the duration at the art. 42 result).
        overgang: Option<Overgang>,
        "assert_eq!(duur.overgang(), None);"
    );
    accessor!(
        /// The duration the arbeidsverleden gives before the minimum and maximum, in half
        /// months.
        opgebouwde_halve_maanden: u16,
        "assert_eq!(duur.opgebouwde_halve_maanden(), 6);"
    );
    accessor!(
        /// The maximum in force for this first day, in months (24, 38, or the phase-in).
        maximum_maanden: u8,
        "assert_eq!(duur.maximum_maanden(), 24);"
    );
    accessor!(
        /// Whole months of the duration (3 up to the maximum).
        maanden: u8,
        "assert_eq!(duur.maanden(), 3);"
    );
    accessor!(
        /// Whether a half month (15 calendar days) comes on top.
        halve_maand: bool,
        "assert!(!duur.halve_maand());"
    );
    accessor!(
        /// The last day of the full duration, ignoring the AOW age.
        einddatum_volledige_duur: NaiveDate,
        "assert_eq!(duur.einddatum_volledige_duur(), d(2025, 4, 5));"
    );
    accessor!(
        /// The last day with WW: the end of the duration, or the day before the AOW date.
        einddatum: NaiveDate,
        "assert_eq!(duur.einddatum(), d(2025, 4, 5));"
    );
    accessor!(
        /// The AOW date, when the person is 65 or older at the end of the full duration (the
        /// AOW age is at least 65, so for younger people it cannot cut the WW).
        aow_datum: Option<NaiveDate>,
        "assert_eq!(duur.aow_datum(), None);"
    );
    accessor!(
        /// Whether the WW ends before its full duration because the AOW age is reached.
        afgekapt_op_aow: bool,
        "assert!(!duur.afgekapt_op_aow());"
    );

    /// The first day without WW: the day after [`Uitkeringsduur::einddatum`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, ww::{self, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 31))?, &Parameters::bundled())?;
    /// assert_eq!(duur.einddatum(), d(2025, 4, 30)); // 3 months from 31 January
    /// assert_eq!(duur.dag_na_einde(), d(2025, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn dag_na_einde(&self) -> NaiveDate {
        self.einddatum.succ_opt().unwrap_or(self.einddatum)
    }

    /// The duration in half months (for comparison and sorting): `2 × maanden + halve_maand`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Parameters, ww::{self, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?, &Parameters::bundled())?;
    /// assert_eq!(duur.halve_maanden(), 6);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn halve_maanden(&self) -> u16 {
        self.maanden as u16 * 2 + self.halve_maand as u16
    }
}

/// The duration the arbeidsverleden gives under the current art. 42 lid 2, in half months,
/// before the minimum and maximum: the first 10 years (the earliest, so years before 2016
/// first) a month each; further years before 2016 a month, from 2016 half a month.
fn opbouw_nieuw(a: Arbeidsverleden) -> u16 {
    let voor = u16::from(a.jaren_voor_2016());
    let na = u16::from(a.jaren_na_2015());
    let vol = u16::from(VOLLE_MAAND_JAREN);
    let eerste_tien = (voor + na).min(vol);
    let rest_voor = voor.saturating_sub(vol);
    let rest_na = na.saturating_sub(vol.saturating_sub(voor));
    (eerste_tien + rest_voor) * 2 + rest_na
}

/// The duration from the facts it rests on; `aow_datum` is the AOW date when the person is
/// 65 or older at the end of the full duration.
fn bereken(
    eerste: NaiveDate,
    ingang: NaiveDate,
    jareneis: Jareneis,
    av: Arbeidsverleden,
    aow_datum: Option<NaiveDate>,
) -> Result<Uitkeringsduur, Error> {
    let duur = zonder_aow(eerste, ingang, jareneis, av)?;
    match aow_datum {
        Some(aow) => met_aow(duur, aow),
        None => Ok(duur),
    }
}

/// The duration before the AOW age is taken into account.
fn zonder_aow(
    eerste: NaiveDate,
    ingang: NaiveDate,
    jareneis: Jareneis,
    av: Arbeidsverleden,
) -> Result<Uitkeringsduur, Error> {
    checked(eerste, "eerste_werkloosheidsdag")?;
    checked(ingang, "recht_ontstaan_op")?;
    if ingang < eerste {
        return Err(Error::facts(
            "recht_ontstaan_op",
            Text::new(
                "ligt vóór de eerste werkloosheidsdag",
                "is before the first day of unemployment",
            ),
        ));
    }
    let (regel, opgebouwd, maximum, overgang) = if !jareneis.voldaan() {
        let max = if eerste < WWZ_INGANG {
            MAXIMUM_MAANDEN_VOOR_2016
        } else {
            MAXIMUM_MAANDEN
        };
        (
            Duurregel::Wekeneis,
            u16::from(MINIMUM_MAANDEN) * 2,
            max,
            None,
        )
    } else if eerste < WWZ_INGANG {
        (
            Duurregel::Voor2016,
            u16::from(av.jaren()) * 2,
            MAXIMUM_MAANDEN_VOOR_2016,
            None,
        )
    } else if eerste < OVERGANG_EINDE {
        // Art. 42d decides only when A − B is above 24 (see the module docs).
        let o = Overgang::new(av.jaren_voor_2016(), eerste)?;
        let regel = if o.maximum() > MAXIMUM_MAANDEN {
            Duurregel::Overgangsrecht
        } else {
            Duurregel::Arbeidsverleden
        };
        (regel, opbouw_nieuw(av), o.maximum(), Some(o))
    } else {
        (
            Duurregel::Arbeidsverleden,
            opbouw_nieuw(av),
            MAXIMUM_MAANDEN,
            None,
        )
    };
    // Before 2016 only whole months exist; the maximum and minimum are whole months.
    let halve = opgebouwd.clamp(u16::from(MINIMUM_MAANDEN) * 2, u16::from(maximum) * 2);
    let maanden = u8::try_from(halve / 2).unwrap_or(maximum);
    let halve_maand = halve % 2 == 1;

    let mut einde = add_months(ingang, i32::from(maanden), MAAND_EINDE)?;
    if halve_maand {
        einde = add_days(einde, i64::from(HALVE_MAAND_DAGEN))?;
    }
    let einddatum_volledige_duur = previous_day(einde)?;
    Ok(Uitkeringsduur {
        eerste_werkloosheidsdag: eerste,
        ingangsdatum: ingang,
        regel,
        jareneis,
        arbeidsverleden: av,
        overgang,
        opgebouwde_halve_maanden: opgebouwd,
        maximum_maanden: maximum,
        maanden,
        halve_maand,
        einddatum_volledige_duur,
        einddatum: einddatum_volledige_duur,
        aow_datum: None,
        afgekapt_op_aow: false,
    })
}

/// The duration cut at the AOW date `aow` (WW art. 19 lid 1 onderdeel i, art. 20 lid 1
/// onderdeel a); an error when the AOW age comes on or before the day the right arises.
fn met_aow(mut duur: Uitkeringsduur, aow: NaiveDate) -> Result<Uitkeringsduur, Error> {
    checked(aow, "aow_datum")?;
    if aow <= duur.ingangsdatum {
        return Err(Error::facts(
            "geboortedatum",
            Text::new(
                "de AOW-leeftijd is bereikt op of vóór de dag waarop het recht zou ontstaan: \
                 geen WW (WW art. 19 lid 1 onderdeel i)",
                "the AOW age is reached on or before the day the right would arise: no WW \
                 (WW art. 19 lid 1 onderdeel i)",
            ),
        ));
    }
    duur.aow_datum = Some(aow);
    if aow <= duur.einddatum_volledige_duur {
        duur.einddatum = previous_day(aow)?;
        duur.afgekapt_op_aow = true;
    }
    Ok(duur)
}

/// The WW duration and end date for `feiten` (WW art. 42, 42a, 42d, 130z; the AOW age by
/// art. 19 lid 1 onderdeel i). Never allocates.
///
/// The function assumes the right exists (see [`super::recht`]); with the jareneis not met
/// the duration is the 3 months of the wekeneis.
///
/// Errors when the AOW age is reached on or before the day the right arose (then there is no
/// WW at all), or when the AOW date is needed and the AOW-age table does not cover it.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, Werkverleden, WwFeiten}};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // born 1958-06-01, AOW date 2025-06-01; WW from 2024-09-02 would run 24 months
/// let feiten = WwFeiten::new(d(1958, 6, 1), d(2024, 9, 2))?
///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
/// let duur = ww::uitkeringsduur(&feiten, &Parameters::bundled())?;
/// assert_eq!(duur.maanden(), 24);
/// assert!(duur.afgekapt_op_aow());
/// assert_eq!(duur.einddatum(), d(2025, 5, 31));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn uitkeringsduur(feiten: &WwFeiten, params: &Parameters) -> Result<Uitkeringsduur, Error> {
    let eerste = feiten.eerste_werkloosheidsdag();
    let ingang = feiten.ingangsdatum();
    let mut jareneis = jareneis(feiten.werkverleden_ref(), eerste);
    if feiten.heeft_arbeidsongeschiktheidsuitkering() {
        jareneis = jareneis.met_arbeidsongeschiktheidsuitkering();
    }
    let av = arbeidsverleden(feiten.geboortedatum(), feiten.werkverleden_ref(), eerste);
    let duur = zonder_aow(eerste, ingang, jareneis, av)?;
    // The AOW age is at least 65 (AOW art. 7a): it can only cut the WW of a person who is 65
    // or older at the end of the full duration.
    let einde = next_day(duur.einddatum_volledige_duur)?;
    if age_on(feiten.geboortedatum(), einde)? >= AOW_ONDERGRENS_JAREN {
        let aow = params
            .aow_datum(feiten.geboortedatum())
            .map_err(|e| e.in_field("geboortedatum"))?;
        met_aow(duur, aow)
    } else {
        Ok(duur)
    }
}

/// The last day with WW for `feiten`: [`uitkeringsduur`]'s `einddatum`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Parameters, ww::{self, WwFeiten}};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?;
/// assert_eq!(ww::einddatum(&f, &Parameters::bundled())?, d(2025, 4, 5));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn einddatum(feiten: &WwFeiten, params: &Parameters) -> Result<NaiveDate, Error> {
    Ok(uitkeringsduur(feiten, params)?.einddatum)
}
