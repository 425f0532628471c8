//! The job (`dienstbetrekking`) a subsidy is for: built by name, so that no two facts of the
//! same type can be swapped unnoticed.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::{Hours, Percentage};
use crate::wire::{Validate, validated_serde, wire_enum};

/// The kind of job: a regular job, or a job under the Wet sociale werkvoorziening, for which
/// no loonkostensubsidie is granted (Participatiewet art. 10d lid 3).
///
/// ```
/// use participatiewet::loonwaarde::Soort;
/// assert_eq!("wsw".parse::<Soort>()?, Soort::Wsw);
/// assert_eq!(Soort::Regulier.to_string(), "regulier");
/// assert_eq!(Soort::Wsw.label().nl, "dienstbetrekking op grond van de Wsw");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Soort {
    /// A regular job with an employer.
    Regulier,
    /// A job under the Wsw (Wsw art. 2 and 7).
    Wsw,
}

wire_enum!(Soort);

impl Soort {
    /// The kind in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Soort};
    /// assert_eq!(Soort::Regulier.label().get(Taal::En), "regular job");
    /// ```
    #[must_use]
    pub const fn label(self) -> Label {
        match self {
            Self::Regulier => Label::new("regulier", "reguliere dienstbetrekking", "regular job"),
            Self::Wsw => Label::new(
                "wsw",
                "dienstbetrekking op grond van de Wsw",
                "job under the Wsw",
            ),
        }
    }
}

/// The job (`dienstbetrekking`) the subsidy is for: the employee's birth date (for the youth
/// minimum wage), the first day, the agreed hours, the normal full-time hours in comparable
/// jobs (`volledige dienstbetrekking`) and its [`Soort`].
///
/// Built with [`Dienstbetrekking::builder`], each fact by its name; the fields are private, so
/// nothing a caller writes breaks what [`Validate::validate`] checks (the same check reading
/// JSON makes).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let job = Dienstbetrekking::builder()
///     .geboortedatum(d(1990, 5, 1))
///     .begindatum(d(2024, 2, 1))
///     .uren_per_week("32".parse()?)
///     .voltijd_uren("38".parse()?)
///     .soort(Soort::Regulier)
///     .build()?;
/// assert_eq!(job.voltijd_uren().to_string(), "38");
/// assert_eq!(job.to_string(), "regulier dienstbetrekking van 2024-02-01");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dienstbetrekking {
    geboortedatum: NaiveDate,
    begindatum: NaiveDate,
    uren_per_week: Hours,
    voltijd_uren: Hours,
    soort: Soort,
}

validated_serde!(Dienstbetrekking);

impl Validate for Dienstbetrekking {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.geboortedatum, "geboortedatum")?;
        crate::date::checked(self.begindatum, "begindatum")?;
        if self.voltijd_uren.value().is_zero() {
            return Err(Error::facts(
                "voltijd_uren",
                Text::new(
                    "de normale arbeidsduur van een volledige dienstbetrekking is 0 uur",
                    "the normal full-time hours are zero",
                ),
            ));
        }
        if self.begindatum <= self.geboortedatum {
            return Err(Error::facts(
                "begindatum",
                Text::new(
                    "de dienstbetrekking begint niet na de geboortedatum van de werknemer",
                    "the job does not start after the employee's birth",
                ),
            ));
        }
        Ok(())
    }
}

impl Dienstbetrekking {
    /// A builder: every fact by its name; [`DienstbetrekkingBuilder::build`] checks them.
    ///
    /// ```
    /// use participatiewet::loonwaarde::Dienstbetrekking;
    /// let err = Dienstbetrekking::builder().build().unwrap_err();
    /// assert_eq!(err.field(), Some("geboortedatum"));
    /// ```
    pub const fn builder() -> DienstbetrekkingBuilder {
        DienstbetrekkingBuilder {
            geboortedatum: None,
            begindatum: None,
            uren_per_week: None,
            voltijd_uren: None,
            soort: None,
        }
    }

    /// The employee's birth date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
    /// #     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier).build()?;
    /// assert_eq!(job.geboortedatum(), d(1990, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geboortedatum(&self) -> NaiveDate {
        self.geboortedatum
    }

    /// The job's first day.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
    /// #     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier).build()?;
    /// assert_eq!(job.begindatum(), d(2024, 2, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn begindatum(&self) -> NaiveDate {
        self.begindatum
    }

    /// The agreed hours per week.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
    /// #     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier).build()?;
    /// assert_eq!(job.uren_per_week().to_string(), "32");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uren_per_week(&self) -> Hours {
        self.uren_per_week
    }

    /// The normal full-time hours per week in comparable jobs; never zero.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
    /// #     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier).build()?;
    /// assert_eq!(job.voltijd_uren().to_string(), "38");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn voltijd_uren(&self) -> Hours {
        self.voltijd_uren
    }

    /// The kind of job.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let job = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
    /// #     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Wsw).build()?;
    /// assert_eq!(job.soort(), Soort::Wsw);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn soort(&self) -> Soort {
        self.soort
    }
}

/// `<soort> dienstbetrekking van <begindatum>`.
impl fmt::Display for Dienstbetrekking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} dienstbetrekking van {}", self.soort, self.begindatum)
    }
}

/// The builder of a [`Dienstbetrekking`]: each fact set by its name, checked once by
/// [`build`](Self::build).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let err = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2024, 2, 1))
///     .uren_per_week("32".parse()?).voltijd_uren("0".parse()?).soort(Soort::Regulier)
///     .build().unwrap_err();
/// assert_eq!(err.field(), Some("voltijd_uren"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct DienstbetrekkingBuilder {
    geboortedatum: Option<NaiveDate>,
    begindatum: Option<NaiveDate>,
    uren_per_week: Option<Hours>,
    voltijd_uren: Option<Hours>,
    soort: Option<Soort>,
}

fn ontbreekt(field: &'static str) -> Error {
    Error::facts(field, Text::new("ontbreekt", "is missing"))
}

impl DienstbetrekkingBuilder {
    /// The employee's birth date.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Dienstbetrekking;
    /// let b = Dienstbetrekking::builder().geboortedatum(chrono::NaiveDate::MIN);
    /// assert_eq!(b.build().unwrap_err().field(), Some("begindatum"));
    /// ```
    pub const fn geboortedatum(mut self, datum: NaiveDate) -> Self {
        self.geboortedatum = Some(datum);
        self
    }

    /// The job's first day.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::Dienstbetrekking;
    /// let b = Dienstbetrekking::builder().begindatum(chrono::NaiveDate::MIN);
    /// assert_eq!(b.build().unwrap_err().field(), Some("geboortedatum"));
    /// ```
    pub const fn begindatum(mut self, datum: NaiveDate) -> Self {
        self.begindatum = Some(datum);
        self
    }

    /// The agreed hours per week.
    ///
    /// ```
    /// # use participatiewet::{Hours, loonwaarde::Dienstbetrekking};
    /// let _ = Dienstbetrekking::builder().uren_per_week(Hours::WEEK);
    /// ```
    pub const fn uren_per_week(mut self, uren: Hours) -> Self {
        self.uren_per_week = Some(uren);
        self
    }

    /// The normal full-time hours per week in comparable jobs.
    ///
    /// ```
    /// # use participatiewet::{Hours, loonwaarde::Dienstbetrekking};
    /// let _ = Dienstbetrekking::builder().voltijd_uren(Hours::WEEK);
    /// ```
    pub const fn voltijd_uren(mut self, uren: Hours) -> Self {
        self.voltijd_uren = Some(uren);
        self
    }

    /// The kind of job.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// let _ = Dienstbetrekking::builder().soort(Soort::Wsw);
    /// ```
    pub const fn soort(mut self, soort: Soort) -> Self {
        self.soort = Some(soort);
        self
    }

    /// A beschut-werk job: the start and the weekly hours of the dienstbetrekking the
    /// beschut-werk procedure recorded, as a regular job (Participatiewet art. 10b lid 9: the
    /// employer receives loonkostensubsidie under art. 10d). The birth date and the normal
    /// full-time hours are still the caller's.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use participatiewet::{beschut_werk, loonwaarde::{Dienstbetrekking, Soort}};
    /// let plaatsing = beschut_werk::Dienstbetrekking::new(d(2026, 6, 1), "24".parse()?)?;
    /// let baan = Dienstbetrekking::builder()
    ///     .beschut_werk(&plaatsing)
    ///     .geboortedatum(d(1990, 5, 1))
    ///     .voltijd_uren("38".parse()?)
    ///     .build()?;
    /// assert_eq!((baan.begindatum(), baan.uren_per_week().to_string(), baan.soort()), (d(2026, 6, 1), "24".to_owned(), Soort::Regulier));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub const fn beschut_werk(self, plaatsing: &crate::beschut_werk::Dienstbetrekking) -> Self {
        let (aanvang, uren) = plaatsing.loonwaarde_baan();
        self.begindatum(aanvang)
            .uren_per_week(uren)
            .soort(Soort::Regulier)
    }

    /// The job; errors naming the first missing or invalid fact.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::loonwaarde::{Dienstbetrekking, Soort};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let err = Dienstbetrekking::builder().geboortedatum(d(2024, 5, 1)).begindatum(d(1990, 2, 1))
    ///     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier)
    ///     .build().unwrap_err();
    /// assert_eq!(err.field(), Some("begindatum"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn build(self) -> Result<Dienstbetrekking, Error> {
        let job = Dienstbetrekking {
            geboortedatum: self
                .geboortedatum
                .ok_or_else(|| ontbreekt("geboortedatum"))?,
            begindatum: self.begindatum.ok_or_else(|| ontbreekt("begindatum"))?,
            uren_per_week: self
                .uren_per_week
                .ok_or_else(|| ontbreekt("uren_per_week"))?,
            voltijd_uren: self.voltijd_uren.ok_or_else(|| ontbreekt("voltijd_uren"))?,
            soort: self.soort.ok_or_else(|| ontbreekt("soort"))?,
        };
        job.validate()?;
        Ok(job)
    }
}

/// What the subsidy is based on.
///
/// ```
/// use participatiewet::loonwaarde::LksGrondslag;
/// let g = LksGrondslag::Loonwaarde("60".parse()?);
/// assert_eq!(g.to_string(), "loonwaarde 60%");
/// assert_eq!(LksGrondslag::Forfaitair.to_string(), "forfaitair");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "grondslag",
    content = "loonwaarde",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum LksGrondslag {
    /// A loonwaarde fixed by the college (art. 10d lid 1 a, lid 4).
    Loonwaarde(Percentage),
    /// The flat route without a loonwaarde (art. 10d lid 1 b, lid 5; from 2017-02-01).
    Forfaitair,
}

impl fmt::Display for LksGrondslag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Loonwaarde(lw) => write!(f, "loonwaarde {lw}"),
            Self::Forfaitair => f.write_str("forfaitair"),
        }
    }
}
