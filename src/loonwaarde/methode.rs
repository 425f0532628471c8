//! The uniform method (`uniforme loonwaardemethode`, Besluit loonkostensubsidie Participatiewet
//! 2021): a measurement at the workplace against a [`Normfunctie`], split into
//! [`Hoofdtaak`]en, each scored on tempo, kwaliteit and netto werktijd.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::legacy::{Decision, Ground};
use crate::error::Error;
use crate::money::{Hours, Percentage};
use crate::rounding::Rounding;

/// The day the uniform method applies: 2021-07-01 (Besluit loonkostensubsidie Participatiewet
/// 2021, entry into force).
pub const UNIFORME_METHODE_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2021, 7, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The most hoofdtaken a measurement may have: 5. Source: the official method guide
/// (AKC Cahier 24 "Cursusgids Uniforme Loonwaardebepaling": "clustert de werkzaamheden tot
/// maximaal vijf hoofdtaken"); the Besluit text itself was not verified to state it (O).
pub const MAX_HOOFDTAKEN: usize = 5;

/// The minimum share of weekly working time for a hoofdtaak: 1/16 (Besluit 2021 art. 1,
/// definition of `hoofdtaak`).
pub const MIN_AANDEEL_WEEK: Decimal = Decimal::from_parts(625, 0, 0, false, 4);

/// The minimum time on a hoofdtaak per working day: 30 minutes (Besluit 2021 art. 1).
pub const MIN_MINUTEN_PER_WERKDAG: Decimal = Decimal::from_parts(30, 0, 0, false, 0);

/// The highest tempo that counts: 100% of the norm (official method guide, O: "een tempo boven
/// de 100% kan, maar in de loonwaarde is dit gemaximeerd op 100%").
pub const MAX_TEMPO: Decimal = Decimal::ONE_HUNDRED;

/// The highest tempo a measurement may record (a sanity bound on input): 300%.
pub const MAX_GEMETEN_TEMPO: Decimal = Decimal::from_parts(300, 0, 0, false, 0);

/// The definitions of hoofdtaak, tempo, kwaliteit, netto werktijd and normfunctie.
pub const BESLUIT_ART_1: Citation =
    Citation::article(Regulation::BesluitLoonkostensubsidie2021, "1");
/// The loonwaarde as the sum of the hoofdtaken, rounded to whole percents. Article number as
/// quoted by the official method guide (O); the Besluit text of art. 2–5 was not found, so the
/// number is unverified (the Regeling's preamble cites Besluit art. 3 lid 3 d, 4 lid 3 and 6).
pub const BESLUIT_ART_3: Citation =
    Citation::article(Regulation::BesluitLoonkostensubsidie2021, "3").lid(1);
/// How the factors combine per hoofdtaak (text not found; see [`prestatie`]).
pub const BESLUIT_ART_5: Citation =
    Citation::article(Regulation::BesluitLoonkostensubsidie2021, "5");
/// The model report.
pub const REGELING_ART_2: Citation =
    Citation::article(Regulation::RegelingLoonkostensubsidie2021, "2");

/// The `normfunctie`: the job of an average employee outside the doelgroep, with similar
/// education and experience, whose work is closest to the actual work (Besluit 2021 art. 1).
///
/// ```
/// use participatiewet::Normfunctie;
/// let n = Normfunctie::new("medewerker wasserij", "36".parse()?)?;
/// assert_eq!(n.omschrijving, "medewerker wasserij");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawNormfunctie")]
#[non_exhaustive]
pub struct Normfunctie {
    /// Description of the norm function.
    pub omschrijving: String,
    /// Full-time weekly hours of the norm function (from its cao).
    pub voltijd_uren: Hours,
}

impl Normfunctie {
    /// A norm function; errors on an empty description or zero full-time hours.
    ///
    /// ```
    /// use participatiewet::Normfunctie;
    /// assert!(Normfunctie::new("medewerker magazijn", "38".parse()?).is_ok());
    /// assert!(Normfunctie::new(" ", "38".parse()?).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(omschrijving: impl Into<String>, voltijd_uren: Hours) -> Result<Self, Error> {
        let omschrijving = omschrijving.into();
        if omschrijving.trim().is_empty() {
            return Err(Error::InvalidFacts {
                field: Cow::Borrowed("normfunctie"),
                reason: Cow::Borrowed("the description is empty").into(),
            });
        }
        if voltijd_uren.value().is_zero() {
            return Err(Error::InvalidFacts {
                field: Cow::Borrowed("normfunctie"),
                reason: Cow::Borrowed("full-time hours are zero").into(),
            });
        }
        Ok(Self {
            omschrijving,
            voltijd_uren,
        })
    }
}

/// The wire form of [`Normfunctie`], checked by [`Normfunctie::new`] on the way in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNormfunctie {
    omschrijving: String,
    voltijd_uren: Hours,
}

impl TryFrom<RawNormfunctie> for Normfunctie {
    type Error = Error;

    fn try_from(r: RawNormfunctie) -> Result<Self, Error> {
        Self::new(r.omschrijving, r.voltijd_uren)
    }
}

/// One `hoofdtaak` (main task) as measured: the hours per week the employee spends on it and
/// the three performance factors against the normfunctie (Besluit 2021 art. 1).
///
/// ```
/// use participatiewet::Hoofdtaak;
/// let t = Hoofdtaak::new("strijken", "18".parse()?, rust_decimal::dec!(90), "80".parse()?, "95".parse()?);
/// assert_eq!(t.uren_per_week.to_string(), "18");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Hoofdtaak {
    /// Description of the task.
    pub omschrijving: String,
    /// Hours per week spent on the task.
    pub uren_per_week: Hours,
    /// `tempo`: output per hour against the norm, in percent; may exceed 100 (counts at most
    /// 100), at most 300.
    #[serde(with = "rust_decimal::serde::str")]
    pub tempo: Decimal,
    /// `kwaliteit`: the share of output that is usable and meets the required quality.
    pub kwaliteit: Percentage,
    /// `netto werktijd`: the share of the time on the task spent on its actual actions.
    pub netto_werktijd: Percentage,
}

impl Hoofdtaak {
    /// A measured task. Validation happens in [`loonwaarde_meten`], which names the task.
    ///
    /// ```
    /// use participatiewet::Hoofdtaak;
    /// use rust_decimal::dec;
    /// let t = Hoofdtaak::new("inpakken", "12".parse()?, dec!(80), "90".parse()?, "95".parse()?);
    /// assert_eq!(t.omschrijving, "inpakken");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn new(
        omschrijving: impl Into<String>,
        uren_per_week: Hours,
        tempo: Decimal,
        kwaliteit: Percentage,
        netto_werktijd: Percentage,
    ) -> Self {
        Self {
            omschrijving: omschrijving.into(),
            uren_per_week,
            tempo,
            kwaliteit,
            netto_werktijd,
        }
    }
}

/// A `loonwaardemeting`: the expert's measurement at the workplace.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hoofdtaak, Loonwaardemeting, Normfunctie};
/// let m = Loonwaardemeting::new(
///     NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
///     Normfunctie::new("schoonmaker", "38".parse()?)?,
///     "20".parse()?,
///     5,
///     vec![Hoofdtaak::new("vegen", "20".parse()?, rust_decimal::dec!(100), "100".parse()?, "50".parse()?)],
/// );
/// assert_eq!(participatiewet::loonwaarde_meten(&m)?.loonwaarde.to_string(), "50%");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Loonwaardemeting {
    /// Date of the measurement.
    pub datum: NaiveDate,
    /// The norm function compared against.
    pub normfunctie: Normfunctie,
    /// The employee's weekly working time.
    pub uren_per_week: Hours,
    /// Working days per week (1 to 7).
    pub werkdagen_per_week: u8,
    /// The hoofdtaken, 1 to [`MAX_HOOFDTAKEN`]; their hours add up to `uren_per_week`.
    pub hoofdtaken: Vec<Hoofdtaak>,
}

impl Loonwaardemeting {
    /// A measurement; validation happens in [`loonwaarde_meten`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Loonwaardemeting, Normfunctie};
    /// let m = Loonwaardemeting::new(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
    ///     Normfunctie::new("schoonmaker", "38".parse()?)?, "20".parse()?, 5, vec![]);
    /// assert!(participatiewet::loonwaarde_meten(&m).is_err()); // no hoofdtaken
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn new(
        datum: NaiveDate,
        normfunctie: Normfunctie,
        uren_per_week: Hours,
        werkdagen_per_week: u8,
        hoofdtaken: Vec<Hoofdtaak>,
    ) -> Self {
        Self {
            datum,
            normfunctie,
            uren_per_week,
            werkdagen_per_week,
            hoofdtaken,
        }
    }
}

/// One row of the report: a task's share, the factors as counted, its performance and its
/// contribution to the loonwaarde (all in percent, unrounded).
///
/// ```
/// # use participatiewet::loonwaarde::TaakBijdrage;
/// # fn f(t: &TaakBijdrage) -> rust_decimal::Decimal { t.bijdrage }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TaakBijdrage {
    /// The task's description.
    pub omschrijving: String,
    /// Share of weekly working time, percent.
    pub aandeel: Decimal,
    /// Tempo as counted (capped at 100).
    pub tempo: Decimal,
    /// Kwaliteit, percent.
    pub kwaliteit: Decimal,
    /// Netto werktijd, percent.
    pub netto_werktijd: Decimal,
    /// The task's performance ([`prestatie`]), percent.
    pub prestatie: Decimal,
    /// Contribution to the loonwaarde: `aandeel × prestatie / 100`, percent.
    pub bijdrage: Decimal,
}

/// The `rapportage loonwaarde` (Regeling 2021 art. 2 and annex): one row per hoofdtaak and
/// the total, rounded to whole percents.
///
/// ```
/// # use participatiewet::LoonwaardeRapport;
/// # fn f(r: &LoonwaardeRapport) -> String { r.loonwaarde.to_string() }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LoonwaardeRapport {
    /// Date of the measurement.
    pub datum: NaiveDate,
    /// The norm function.
    pub normfunctie: String,
    /// One row per hoofdtaak.
    pub taken: Vec<TaakBijdrage>,
    /// The sum of the contributions, unrounded.
    pub totaal: Decimal,
    /// The loonwaarde: the total rounded to whole percents (Besluit 2021 art. 3 lid 1).
    pub loonwaarde: Percentage,
}

impl LoonwaardeRapport {
    /// The loonwaarde as a decision with grounds (the rule citations and one line per task).
    ///
    /// ```
    /// # use participatiewet::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) { let _ = r.decision(); }
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Percentage> {
        let mut grounds = vec![Ground::new(
            REGELING_ART_2,
            format!(
                "{} hoofdtaken measured on {} against normfunctie \"{}\"",
                self.taken.len(),
                self.datum,
                self.normfunctie
            ),
        )];
        grounds.push(Ground::new(
            BESLUIT_ART_1,
            "each hoofdtaak takes at least 1/16 of the weekly working time and 30 minutes per \
             working day",
        ));
        for t in &self.taken {
            grounds.push(Ground::new(
                BESLUIT_ART_5,
                format!(
                    "{}: share {}% × (tempo {}% × kwaliteit {}% × netto werktijd {}%) = {}% \
                     (combination as a product: unverified reading)",
                    t.omschrijving,
                    t.aandeel.round_dp(2).normalize(),
                    t.tempo.normalize(),
                    t.kwaliteit.normalize(),
                    t.netto_werktijd.normalize(),
                    t.bijdrage.round_dp(2).normalize()
                ),
            ));
        }
        grounds.push(Ground::new(
            BESLUIT_ART_3,
            format!(
                "loonwaarde = {}% rounded to whole percents = {}",
                self.totaal.round_dp(2).normalize(),
                self.loonwaarde
            ),
        ));
        Decision::with_grounds(self.loonwaarde, grounds)
    }
}

/// How the three factors of one hoofdtaak combine into its performance, in percent.
///
/// **Unverified reading.** Besluit 2021 art. 5 (the combination) was not found. This function
/// implements the product: `min(tempo, 100) × kwaliteit × netto werktijd / 100²`. It is the
/// one place to change if the Besluit says otherwise. Tempo above the norm counts at most 100%.
///
/// ```
/// use rust_decimal::dec;
/// use participatiewet::loonwaarde::prestatie;
/// assert_eq!(prestatie(dec!(120), dec!(80), dec!(90)), dec!(72));
/// assert_eq!(prestatie(dec!(50), dec!(100), dec!(100)), dec!(50));
/// ```
#[must_use]
pub fn prestatie(tempo: Decimal, kwaliteit: Decimal, netto_werktijd: Decimal) -> Decimal {
    let tempo = tempo.min(MAX_TEMPO);
    tempo * kwaliteit * netto_werktijd / (Decimal::ONE_HUNDRED * Decimal::ONE_HUNDRED)
}

fn taak_fout(index: usize, taak: &Hoofdtaak, reason: String) -> Error {
    Error::InvalidFacts {
        field: Cow::Owned(format!("hoofdtaak {} ({})", index + 1, taak.omschrijving)),
        reason: Cow::<str>::Owned(reason).into(),
    }
}

fn meting_fout(reason: impl Into<Cow<'static, str>>) -> Error {
    Error::InvalidFacts {
        field: Cow::Borrowed("loonwaardemeting"),
        reason: reason.into().into(),
    }
}

/// Computes the loonwaarde from a measurement by the uniform method.
///
/// Errors (typed, naming the task): a measurement before 2021-07-01 (the 2014 method with
/// kwaliteit, tempo and inzetbaarheid is **not** implemented: such loonwaarden are passed in as
/// fixed percentages); no tasks or more than [`MAX_HOOFDTAKEN`]; a task under 1/16 of the
/// weekly time or under 30 minutes per working day; task hours not adding up to the weekly
/// working time; a tempo outside 0..=300.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Hoofdtaak, Loonwaardemeting, Normfunctie, loonwaarde_meten};
/// let m = Loonwaardemeting::new(
///     NaiveDate::from_ymd_opt(2020, 3, 1).unwrap(),
///     Normfunctie::new("schoonmaker", "38".parse()?)?,
///     "20".parse()?,
///     5,
///     vec![Hoofdtaak::new("vegen", "20".parse()?, rust_decimal::dec!(100), "100".parse()?, "50".parse()?)],
/// );
/// assert!(loonwaarde_meten(&m).is_err()); // before 2021-07-01
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn loonwaarde_meten(meting: &Loonwaardemeting) -> Result<LoonwaardeRapport, Error> {
    if meting.datum < UNIFORME_METHODE_VANAF {
        return Err(meting_fout(format!(
            "measured on {}, before the uniform method (2021-07-01); the 2014 method \
             (kwaliteit, tempo, inzetbaarheid) is not implemented: pass the loonwaarde the \
             college fixed then as a percentage",
            meting.datum
        )));
    }
    if meting.hoofdtaken.is_empty() || meting.hoofdtaken.len() > MAX_HOOFDTAKEN {
        return Err(meting_fout(format!(
            "{} hoofdtaken, expected 1 to {MAX_HOOFDTAKEN}",
            meting.hoofdtaken.len()
        )));
    }
    if !(1..=7).contains(&meting.werkdagen_per_week) {
        return Err(meting_fout("working days per week must be 1 to 7"));
    }
    let week = meting.uren_per_week.value();
    if week.is_zero() {
        return Err(meting_fout("weekly working time is zero"));
    }
    let dagen = Decimal::from(meting.werkdagen_per_week);
    let mut som_uren = Decimal::ZERO;
    let mut taken = Vec::with_capacity(meting.hoofdtaken.len());
    let mut totaal = Decimal::ZERO;
    for (i, taak) in meting.hoofdtaken.iter().enumerate() {
        let uren = taak.uren_per_week.value();
        if uren < week * MIN_AANDEEL_WEEK {
            return Err(taak_fout(
                i,
                taak,
                format!("{uren} hours is less than 1/16 of the weekly {week} hours"),
            ));
        }
        if uren * Decimal::from(60) < MIN_MINUTEN_PER_WERKDAG * dagen {
            return Err(taak_fout(
                i,
                taak,
                format!("{uren} hours over {dagen} days is less than 30 minutes per working day"),
            ));
        }
        if taak.tempo.is_sign_negative() || taak.tempo > MAX_GEMETEN_TEMPO {
            return Err(taak_fout(
                i,
                taak,
                format!("tempo {} is outside 0 to {MAX_GEMETEN_TEMPO}", taak.tempo),
            ));
        }
        som_uren += uren;
        let aandeel = uren * Decimal::ONE_HUNDRED / week;
        let p = prestatie(
            taak.tempo,
            taak.kwaliteit.value(),
            taak.netto_werktijd.value(),
        );
        let bijdrage = aandeel * p / Decimal::ONE_HUNDRED;
        totaal += bijdrage;
        taken.push(TaakBijdrage {
            omschrijving: taak.omschrijving.clone(),
            aandeel,
            tempo: taak.tempo.min(MAX_TEMPO),
            kwaliteit: taak.kwaliteit.value(),
            netto_werktijd: taak.netto_werktijd.value(),
            prestatie: p,
            bijdrage,
        });
    }
    if som_uren != week {
        return Err(meting_fout(format!(
            "the hoofdtaken add up to {som_uren} hours, the weekly working time is {week}"
        )));
    }
    let loonwaarde = Percentage::new(Rounding::WholePercent.apply(totaal))?;
    Ok(LoonwaardeRapport {
        datum: meting.datum,
        normfunctie: meting.normfunctie.omschrijving.clone(),
        taken,
        totaal,
        loonwaarde,
    })
}
