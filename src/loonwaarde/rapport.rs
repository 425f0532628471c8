//! The report of a measurement (`rapportage loonwaarde`, Regeling 2021 art. 2 and annex):
//! [`loonwaarde_meten`] computes it; [`LoonwaardeRapport::decision`] gives the loonwaarde with
//! its coded grounds.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::gronden as g;
use super::methode::{
    BESLUIT_ART_1, BESLUIT_ART_3, Loonwaardemeting, MAX_HOOFDTAKEN, Prestatiefactoren,
    REGELING_ART_2, UNIFORME_METHODE_VANAF, prestatie,
};
use crate::decision::{Decision, Ground, Value};
use crate::error::{Error, Text};
use crate::money::Percentage;
use crate::rounding::Rounding;
use crate::wire::{Validate, validated_serde};

/// One row of the report: a task's share, its performance and its contribution to the
/// loonwaarde (all in percent, unrounded).
///
/// ```
/// # use participatiewet::loonwaarde::TaakBijdrage;
/// # fn f(t: &TaakBijdrage) -> rust_decimal::Decimal { t.bijdrage() }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaakBijdrage {
    omschrijving: String,
    aandeel: Decimal,
    factoren: Prestatiefactoren,
    prestatie: Decimal,
    bijdrage: Decimal,
}

impl TaakBijdrage {
    /// The task's description.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::TaakBijdrage;
    /// # fn f(t: &TaakBijdrage) -> &str { t.omschrijving() }
    /// ```
    #[must_use]
    pub fn omschrijving(&self) -> &str {
        &self.omschrijving
    }

    /// Share of weekly working time, percent.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::TaakBijdrage;
    /// # fn f(t: &TaakBijdrage) -> rust_decimal::Decimal { t.aandeel() }
    /// ```
    #[must_use]
    pub const fn aandeel(&self) -> Decimal {
        self.aandeel
    }

    /// The factors as measured.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{Prestatiefactoren, TaakBijdrage};
    /// # fn f(t: &TaakBijdrage) -> &Prestatiefactoren { t.factoren() }
    /// ```
    #[must_use]
    pub const fn factoren(&self) -> &Prestatiefactoren {
        &self.factoren
    }

    /// The task's performance ([`prestatie`]), percent.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::TaakBijdrage;
    /// # fn f(t: &TaakBijdrage) -> rust_decimal::Decimal { t.prestatie() }
    /// ```
    #[must_use]
    pub const fn prestatie(&self) -> Decimal {
        self.prestatie
    }

    /// Contribution to the loonwaarde: `aandeel × prestatie / 100`, percent.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::TaakBijdrage;
    /// # fn f(t: &TaakBijdrage) -> rust_decimal::Decimal { t.bijdrage() }
    /// ```
    #[must_use]
    pub const fn bijdrage(&self) -> Decimal {
        self.bijdrage
    }
}

/// The `rapportage loonwaarde` (Regeling 2021 art. 2 and annex): one row per hoofdtaak and
/// the total, rounded to whole percents. Reading it from JSON checks that the total is the sum
/// of the rows and the loonwaarde its rounding.
///
/// ```
/// # use participatiewet::loonwaarde::LoonwaardeRapport;
/// # fn f(r: &LoonwaardeRapport) -> String { r.loonwaarde().to_string() }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct LoonwaardeRapport {
    datum: NaiveDate,
    normfunctie: String,
    taken: Vec<TaakBijdrage>,
    totaal: Decimal,
    loonwaarde: Percentage,
}

validated_serde!(LoonwaardeRapport);

impl Validate for LoonwaardeRapport {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.datum, "datum")?;
        let som = self
            .taken
            .iter()
            .try_fold(Decimal::ZERO, |acc, t| acc.checked_add(t.bijdrage));
        let ok = !self.taken.is_empty()
            && self.taken.len() <= MAX_HOOFDTAKEN
            && som == Some(self.totaal)
            && Percentage::new(Rounding::WholePercent.apply(self.totaal)).ok()
                == Some(self.loonwaarde);
        if ok {
            Ok(())
        } else {
            Err(Error::state(
                "loonwaarde::LoonwaardeRapport",
                Text::new(
                    "het totaal is niet de som van de hoofdtaken of de loonwaarde niet de afronding ervan",
                    "the total is not the sum of the tasks or the loonwaarde not its rounding",
                ),
            ))
        }
    }
}

impl LoonwaardeRapport {
    /// The date of the measurement.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) -> chrono::NaiveDate { r.datum() }
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The norm function's description.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) -> &str { r.normfunctie() }
    /// ```
    #[must_use]
    pub fn normfunctie(&self) -> &str {
        &self.normfunctie
    }

    /// One row per hoofdtaak.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{LoonwaardeRapport, TaakBijdrage};
    /// # fn f(r: &LoonwaardeRapport) -> &[TaakBijdrage] { r.taken() }
    /// ```
    #[must_use]
    pub fn taken(&self) -> &[TaakBijdrage] {
        &self.taken
    }

    /// The sum of the contributions, unrounded.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) -> rust_decimal::Decimal { r.totaal() }
    /// ```
    #[must_use]
    pub const fn totaal(&self) -> Decimal {
        self.totaal
    }

    /// The loonwaarde: the total rounded to whole percents.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) -> participatiewet::Percentage { r.loonwaarde() }
    /// ```
    #[must_use]
    pub const fn loonwaarde(&self) -> Percentage {
        self.loonwaarde
    }

    /// The loonwaarde as a decision with coded grounds (the measurement, one ground per task,
    /// the rounding): one heap allocation.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LoonwaardeRapport;
    /// # fn f(r: &LoonwaardeRapport) -> bool { r.decision().has("loonwaarde_afronding") }
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Percentage> {
        let twee = |d: Decimal| Value::Number(d.round_dp(2).normalize());
        let mut d = Decision::with_capacity(
            self.loonwaarde,
            Ground::new(
                &g::LOONWAARDE_UITKOMST,
                BESLUIT_ART_3,
                [Value::Percentage(self.loonwaarde)],
            ),
            self.taken.len() + 2,
        );
        d.push(Ground::new(
            &g::LOONWAARDE_METING,
            REGELING_ART_2,
            [
                Value::Date(self.datum),
                Value::Count(i64::try_from(self.taken.len()).unwrap_or(i64::MAX)),
            ],
        ));
        for (i, t) in self.taken.iter().enumerate() {
            d.push(Ground::new(
                &g::LOONWAARDE_HOOFDTAAK,
                BESLUIT_ART_1,
                [
                    Value::Count(i64::try_from(i + 1).unwrap_or(i64::MAX)),
                    twee(t.aandeel),
                    twee(t.factoren.tempo.geteld()),
                    Value::Percentage(t.factoren.kwaliteit),
                    Value::Percentage(t.factoren.netto_werktijd),
                    twee(t.bijdrage),
                ],
            ));
        }
        d.push(Ground::new(
            &g::LOONWAARDE_AFRONDING,
            BESLUIT_ART_3,
            [twee(self.totaal), Value::Percentage(self.loonwaarde)],
        ));
        d
    }
}

/// Computes the loonwaarde from a measurement by the uniform method.
///
/// Errors for a measurement before 2021-07-01: the 2014 method (kwaliteit, tempo,
/// inzetbaarheid) is not implemented; such loonwaarden are passed in as fixed percentages.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::loonwaarde::{Hoofdtaak, Loonwaardemeting, Normfunctie, Prestatiefactoren, loonwaarde_meten};
/// let f = Prestatiefactoren { tempo: "100".parse()?, kwaliteit: "100".parse()?, netto_werktijd: "50".parse()? };
/// let m = Loonwaardemeting::new(
///     NaiveDate::from_ymd_opt(2020, 3, 1).unwrap(),
///     Normfunctie::new("schoonmaker", "38".parse()?)?,
///     "20".parse()?,
///     5,
///     vec![Hoofdtaak::new("vegen", "20".parse()?, f)?],
/// )?;
/// assert_eq!(loonwaarde_meten(&m).unwrap_err().field(), Some("datum"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn loonwaarde_meten(meting: &Loonwaardemeting) -> Result<LoonwaardeRapport, Error> {
    if meting.datum() < UNIFORME_METHODE_VANAF {
        return Err(Error::facts(
            "datum",
            Text::new(
                "gemeten vóór de uniforme methode (1 juli 2021); de methode van 2014 (kwaliteit, \
                 tempo, inzetbaarheid) is niet ingebouwd: geef de toen vastgestelde loonwaarde \
                 als percentage op",
                "measured before the uniform method (2021-07-01); the 2014 method (kwaliteit, \
                 tempo, inzetbaarheid) is not implemented: pass the loonwaarde the college fixed \
                 then as a percentage",
            ),
        ));
    }
    let overflow = || Error::overflow("loonwaarde_meten");
    let week = meting.uren_per_week().value();
    let mut taken = Vec::with_capacity(meting.hoofdtaken().len());
    let mut totaal = Decimal::ZERO;
    for taak in meting.hoofdtaken() {
        let aandeel = taak
            .uren_per_week()
            .value()
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(week))
            .ok_or_else(overflow)?;
        let p = prestatie(taak.factoren());
        let bijdrage = aandeel
            .checked_mul(p)
            .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
            .ok_or_else(overflow)?;
        totaal = totaal.checked_add(bijdrage).ok_or_else(overflow)?;
        taken.push(TaakBijdrage {
            omschrijving: taak.omschrijving().to_owned(),
            aandeel,
            factoren: *taak.factoren(),
            prestatie: p,
            bijdrage,
        });
    }
    let loonwaarde = Percentage::new(Rounding::WholePercent.apply(totaal))?;
    Ok(LoonwaardeRapport {
        datum: meting.datum(),
        normfunctie: meting.normfunctie().omschrijving().to_owned(),
        taken,
        totaal,
        loonwaarde,
    })
}
