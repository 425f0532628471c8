//! The uniform method (`uniforme loonwaardemethode`, Besluit loonkostensubsidie Participatiewet
//! 2021): a measurement at the workplace against a [`Normfunctie`], split into
//! [`Hoofdtaak`]en, each scored on tempo, kwaliteit and netto werktijd.
//!
//! How the factors combine is the one function [`prestatie`]; the law text read for it, and
//! what was not found, is in the loonwaarde module docs.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::error::{Error, Text};
use crate::money::{Hours, Percentage};
use crate::wire::{Validate, validated_serde};

/// The day the uniform method applies: 2021-07-01 (Besluit loonkostensubsidie Participatiewet
/// 2021, entry into force).
pub const UNIFORME_METHODE_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2021, 7, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The most hoofdtaken a measurement may have: 5 (official method guide, AKC Cahier 24
/// "clustert de werkzaamheden tot maximaal vijf hoofdtaken").
pub const MAX_HOOFDTAKEN: usize = 5;

/// The minimum share of weekly working time for a hoofdtaak: 1/16 (Besluit 2021 art. 1).
pub const MIN_AANDEEL_WEEK: Decimal = Decimal::from_parts(625, 0, 0, false, 4);

/// The minimum time on a hoofdtaak per working day: 30 minutes (Besluit 2021 art. 1).
pub const MIN_MINUTEN_PER_WERKDAG: Decimal = Decimal::from_parts(30, 0, 0, false, 0);

/// The highest tempo that counts: 100% of the norm (official method guide).
pub const MAX_TEMPO: Decimal = Decimal::ONE_HUNDRED;

/// The definitions of hoofdtaak, tempo, kwaliteit, netto werktijd and normfunctie.
pub const BESLUIT_ART_1: &Citation =
    &Citation::article(Regulation::BesluitLoonkostensubsidie2021, "1");
/// The loonwaarde as the sum of the hoofdtaken, rounded to whole percents (article number as
/// the official method guide quotes it; see the module docs).
pub const BESLUIT_ART_3: &Citation =
    &Citation::article(Regulation::BesluitLoonkostensubsidie2021, "3").lid(1);
/// The model report.
pub const REGELING_ART_2: &Citation =
    &Citation::article(Regulation::RegelingLoonkostensubsidie2021, "2");

/// The measured `tempo` of a hoofdtaak: output per hour against the norm, in percent, 0 to 300
/// with at most four decimals. Above 100 it counts as 100 ([`MAX_TEMPO`]).
///
/// ```
/// use participatiewet::loonwaarde::Tempo;
/// use rust_decimal::Decimal;
/// assert_eq!("110".parse::<Tempo>()?.geteld().to_string(), "100");
/// assert!(Tempo::new(Decimal::MAX).is_err());
/// assert!(Tempo::new(Decimal::MIN).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Tempo(Decimal);

impl Tempo {
    /// The highest tempo a measurement may record: 300%.
    pub const MAX: Decimal = Decimal::from_parts(300, 0, 0, false, 0);

    /// A tempo; errors outside 0..=300 or finer than four decimals.
    ///
    /// ```
    /// use participatiewet::loonwaarde::Tempo;
    /// assert!(Tempo::new(rust_decimal::dec!(300.5)).is_err());
    /// ```
    pub fn new(value: Decimal) -> Result<Self, Error> {
        if value.is_sign_negative() && !value.is_zero() || value > Self::MAX {
            return Err(Error::OutOfRange {
                field: "tempo".into(),
                value: value.to_string(),
                min: "0".to_owned(),
                max: "300".to_owned(),
            });
        }
        let value = value.normalize();
        if value.scale() > 4 {
            return Err(Error::facts(
                "tempo",
                Text::new("heeft meer dan 4 decimalen", "has more than 4 decimals"),
            ));
        }
        Ok(Self(value.abs()))
    }

    /// The tempo as measured.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Tempo;
    /// assert_eq!("120".parse::<Tempo>()?.value().to_string(), "120");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The tempo as it counts: at most 100.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Tempo;
    /// assert_eq!("80".parse::<Tempo>()?.geteld().to_string(), "80");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn geteld(self) -> Decimal {
        self.0.min(MAX_TEMPO)
    }
}

impl TryFrom<Decimal> for Tempo {
    type Error = Error;
    fn try_from(value: Decimal) -> Result<Self, Error> {
        Self::new(value)
    }
}

impl From<Tempo> for Decimal {
    fn from(t: Tempo) -> Decimal {
        t.0
    }
}

impl std::str::FromStr for Tempo {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let value = Decimal::from_str_exact(s.trim()).map_err(|_| Error::Parse {
            field: "tempo".into(),
            input: s.to_owned(),
            expected: Text::new("een percentage", "a percentage"),
        })?;
        Self::new(value)
    }
}

/// `110%`.
impl fmt::Display for Tempo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.0)
    }
}

/// How [`Tempo`], kwaliteit and netto werktijd combine into a hoofdtaak's performance, in
/// percent: `min(tempo, 100) × kwaliteit × netto werktijd / 100²` (see the module docs for the
/// law text behind it). Typed inputs: no input can overflow it.
///
/// ```
/// use participatiewet::loonwaarde::{Prestatiefactoren, prestatie};
/// let f = Prestatiefactoren { tempo: "120".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "90".parse()? };
/// assert_eq!(prestatie(&f).to_string(), "72");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn prestatie(f: &Prestatiefactoren) -> Decimal {
    // At most 100 × 100 × 100 with 12 decimals: far inside a decimal.
    f.tempo.geteld() * f.kwaliteit.value() * f.netto_werktijd.value()
        / (Decimal::ONE_HUNDRED * Decimal::ONE_HUNDRED)
}

/// The three performance factors of one hoofdtaak against the normfunctie (Besluit 2021
/// art. 1), by name.
///
/// ```
/// use participatiewet::loonwaarde::Prestatiefactoren;
/// let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "100".parse()?, netto_werktijd: "95".parse()? };
/// assert_eq!(f.kwaliteit.to_string(), "100%");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prestatiefactoren {
    /// `tempo`: output per hour against the norm.
    pub tempo: Tempo,
    /// `kwaliteit`: the share of output that is usable and meets the required quality.
    pub kwaliteit: Percentage,
    /// `netto werktijd`: the share of the time on the task spent on its actual actions.
    pub netto_werktijd: Percentage,
}

fn leeg(field: &'static str) -> Error {
    Error::facts(
        field,
        Text::new("de omschrijving is leeg", "the description is empty"),
    )
}

/// The `normfunctie`: the job of an average employee outside the doelgroep, with similar
/// education and experience, whose work is closest to the actual work (Besluit 2021 art. 1).
///
/// ```
/// use participatiewet::loonwaarde::Normfunctie;
/// let n = Normfunctie::new("medewerker wasserij", "36".parse()?)?;
/// assert_eq!(n.omschrijving(), "medewerker wasserij");
/// assert!(Normfunctie::new("x", "0".parse()?).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Normfunctie {
    omschrijving: String,
    voltijd_uren: Hours,
}

validated_serde!(Normfunctie);

impl Validate for Normfunctie {
    fn validate(&self) -> Result<(), Error> {
        if self.omschrijving.trim().is_empty() {
            return Err(leeg("normfunctie.omschrijving"));
        }
        if self.voltijd_uren.value().is_zero() {
            return Err(Error::facts(
                "normfunctie.voltijd_uren",
                Text::new(
                    "de voltijdse arbeidsduur is 0 uur",
                    "full-time hours are zero",
                ),
            ));
        }
        Ok(())
    }
}

impl Normfunctie {
    /// A norm function; errors on an empty description or zero full-time hours.
    ///
    /// ```
    /// use participatiewet::loonwaarde::Normfunctie;
    /// assert!(Normfunctie::new(" ", "38".parse()?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(omschrijving: impl Into<String>, voltijd_uren: Hours) -> Result<Self, Error> {
        let n = Self {
            omschrijving: omschrijving.into(),
            voltijd_uren,
        };
        n.validate()?;
        Ok(n)
    }

    /// The description.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Normfunctie;
    /// assert_eq!(Normfunctie::new("kok", "38".parse()?)?.omschrijving(), "kok");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn omschrijving(&self) -> &str {
        &self.omschrijving
    }

    /// Full-time weekly hours of the norm function (from its cao); never zero.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Normfunctie;
    /// assert_eq!(Normfunctie::new("kok", "38".parse()?)?.voltijd_uren().to_string(), "38");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn voltijd_uren(&self) -> Hours {
        self.voltijd_uren
    }
}

/// One `hoofdtaak` (main task) as measured: the hours per week the employee spends on it and
/// its [`Prestatiefactoren`] (Besluit 2021 art. 1).
///
/// ```
/// use participatiewet::loonwaarde::{Hoofdtaak, Prestatiefactoren};
/// let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "95".parse()? };
/// let t = Hoofdtaak::new("strijken", "18".parse()?, f)?;
/// assert_eq!(t.uren_per_week().to_string(), "18");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Hoofdtaak {
    omschrijving: String,
    uren_per_week: Hours,
    factoren: Prestatiefactoren,
}

validated_serde!(Hoofdtaak);

impl Validate for Hoofdtaak {
    fn validate(&self) -> Result<(), Error> {
        if self.omschrijving.trim().is_empty() {
            return Err(leeg("hoofdtaak.omschrijving"));
        }
        Ok(())
    }
}

impl Hoofdtaak {
    /// A measured task; errors on an empty description.
    ///
    /// ```
    /// use participatiewet::loonwaarde::{Hoofdtaak, Prestatiefactoren};
    /// let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "95".parse()? };
    /// assert!(Hoofdtaak::new("", "18".parse()?, f).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        omschrijving: impl Into<String>,
        uren_per_week: Hours,
        factoren: Prestatiefactoren,
    ) -> Result<Self, Error> {
        let t = Self {
            omschrijving: omschrijving.into(),
            uren_per_week,
            factoren,
        };
        t.validate()?;
        Ok(t)
    }

    /// The description.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Hoofdtaak, Prestatiefactoren};
    /// # let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "95".parse()? };
    /// assert_eq!(Hoofdtaak::new("vegen", "18".parse()?, f)?.omschrijving(), "vegen");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn omschrijving(&self) -> &str {
        &self.omschrijving
    }

    /// Hours per week spent on the task.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Hoofdtaak, Prestatiefactoren};
    /// # let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "95".parse()? };
    /// assert_eq!(Hoofdtaak::new("vegen", "18".parse()?, f)?.uren_per_week().to_string(), "18");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uren_per_week(&self) -> Hours {
        self.uren_per_week
    }

    /// The performance factors.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Hoofdtaak, Prestatiefactoren};
    /// # let f = Prestatiefactoren { tempo: "90".parse()?, kwaliteit: "80".parse()?, netto_werktijd: "95".parse()? };
    /// assert_eq!(Hoofdtaak::new("vegen", "18".parse()?, f)?.factoren(), &f);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn factoren(&self) -> &Prestatiefactoren {
        &self.factoren
    }
}

/// A `loonwaardemeting`: the expert's measurement at the workplace: its date, the normfunctie,
/// the employee's weekly hours and working days, and 1 to [`MAX_HOOFDTAKEN`] hoofdtaken whose
/// hours add up to the weekly hours, each at least 1/16 of them and 30 minutes per working
/// day (Besluit 2021 art. 1). The constructor and reading JSON make the same check.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{Hoofdtaak, Loonwaardemeting, Normfunctie, Prestatiefactoren, loonwaarde_meten};
/// let f = Prestatiefactoren { tempo: "100".parse()?, kwaliteit: "100".parse()?, netto_werktijd: "50".parse()? };
/// let m = Loonwaardemeting::new(
///     NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
///     Normfunctie::new("schoonmaker", "38".parse()?)?,
///     "20".parse()?,
///     5,
///     vec![Hoofdtaak::new("vegen", "20".parse()?, f)?],
/// )?;
/// assert_eq!(loonwaarde_meten(&m)?.loonwaarde().to_string(), "50%");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Loonwaardemeting {
    datum: NaiveDate,
    normfunctie: Normfunctie,
    uren_per_week: Hours,
    werkdagen_per_week: u8,
    hoofdtaken: Vec<Hoofdtaak>,
}

validated_serde!(Loonwaardemeting);

fn meting_fout(field: impl Into<std::borrow::Cow<'static, str>>, nl: String, en: String) -> Error {
    Error::facts(field, Text::owned(nl, en))
}

impl Validate for Loonwaardemeting {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.datum, "datum")?;
        self.normfunctie.validate()?;
        let n = self.hoofdtaken.len();
        if n == 0 || n > MAX_HOOFDTAKEN {
            return Err(meting_fout(
                "hoofdtaken",
                format!("{n} hoofdtaken; toegestaan is 1 tot en met {MAX_HOOFDTAKEN}"),
                format!("{n} hoofdtaken, expected 1 to {MAX_HOOFDTAKEN}"),
            ));
        }
        if !(1..=7).contains(&self.werkdagen_per_week) {
            return Err(meting_fout(
                "werkdagen_per_week",
                "het aantal werkdagen per week is niet 1 tot en met 7".to_owned(),
                "working days per week must be 1 to 7".to_owned(),
            ));
        }
        let week = self.uren_per_week.value();
        if week.is_zero() {
            return Err(meting_fout(
                "uren_per_week",
                "de werktijd per week is 0 uur".to_owned(),
                "weekly working time is zero".to_owned(),
            ));
        }
        let dagen = Decimal::from(self.werkdagen_per_week);
        let mut som = Decimal::ZERO;
        for (i, taak) in self.hoofdtaken.iter().enumerate() {
            taak.validate()?;
            let field = || format!("hoofdtaken.{i}.uren_per_week");
            let uren = taak.uren_per_week.value();
            // Hours ≤ 168 with four decimals: these products cannot overflow.
            if uren < week * MIN_AANDEEL_WEEK {
                return Err(meting_fout(
                    field(),
                    format!(
                        "hoofdtaak {} ({}): {uren} uur is minder dan 1/16 van de {week} uur per week",
                        i + 1,
                        taak.omschrijving
                    ),
                    format!(
                        "hoofdtaak {} ({}): {uren} hours is less than 1/16 of the weekly {week} hours",
                        i + 1,
                        taak.omschrijving
                    ),
                ));
            }
            if uren * Decimal::from(60) < MIN_MINUTEN_PER_WERKDAG * dagen {
                return Err(meting_fout(
                    field(),
                    format!(
                        "hoofdtaak {} ({}): {uren} uur over {dagen} dagen is minder dan 30 minuten per werkdag",
                        i + 1,
                        taak.omschrijving
                    ),
                    format!(
                        "hoofdtaak {} ({}): {uren} hours over {dagen} days is less than 30 minutes per working day",
                        i + 1,
                        taak.omschrijving
                    ),
                ));
            }
            som += uren;
        }
        if som != week {
            return Err(meting_fout(
                "hoofdtaken",
                format!("de hoofdtaken tellen op tot {som} uur, de werktijd per week is {week}"),
                format!("the hoofdtaken add up to {som} hours, the weekly working time is {week}"),
            ));
        }
        Ok(())
    }
}

impl Loonwaardemeting {
    /// A measurement; errors (naming the field, and the task by number and description) on
    /// no or more than five tasks, working days outside 1..=7, zero weekly hours, a task under
    /// 1/16 of the weekly time or under 30 minutes per working day, or task hours not adding
    /// up to the weekly time.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::loonwaarde::{Loonwaardemeting, Normfunctie};
    /// let err = Loonwaardemeting::new(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
    ///     Normfunctie::new("schoonmaker", "38".parse()?)?, "20".parse()?, 5, vec![]).unwrap_err();
    /// assert_eq!(err.field(), Some("hoofdtaken"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(
        datum: NaiveDate,
        normfunctie: Normfunctie,
        uren_per_week: Hours,
        werkdagen_per_week: u8,
        hoofdtaken: Vec<Hoofdtaak>,
    ) -> Result<Self, Error> {
        let m = Self {
            datum,
            normfunctie,
            uren_per_week,
            werkdagen_per_week,
            hoofdtaken,
        };
        m.validate()?;
        Ok(m)
    }

    /// The date of the measurement.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Loonwaardemeting;
    /// # fn f(m: &Loonwaardemeting) -> chrono::NaiveDate { m.datum() }
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The norm function.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Loonwaardemeting, Normfunctie};
    /// # fn f(m: &Loonwaardemeting) -> &Normfunctie { m.normfunctie() }
    /// ```
    #[must_use]
    pub const fn normfunctie(&self) -> &Normfunctie {
        &self.normfunctie
    }

    /// The employee's weekly working time.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Loonwaardemeting;
    /// # fn f(m: &Loonwaardemeting) -> participatiewet::Hours { m.uren_per_week() }
    /// ```
    #[must_use]
    pub const fn uren_per_week(&self) -> Hours {
        self.uren_per_week
    }

    /// Working days per week (1 to 7).
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Loonwaardemeting;
    /// # fn f(m: &Loonwaardemeting) -> u8 { m.werkdagen_per_week() }
    /// ```
    #[must_use]
    pub const fn werkdagen_per_week(&self) -> u8 {
        self.werkdagen_per_week
    }

    /// The hoofdtaken.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Hoofdtaak, Loonwaardemeting};
    /// # fn f(m: &Loonwaardemeting) -> &[Hoofdtaak] { m.hoofdtaken() }
    /// ```
    #[must_use]
    pub fn hoofdtaken(&self) -> &[Hoofdtaak] {
        &self.hoofdtaken
    }
}
