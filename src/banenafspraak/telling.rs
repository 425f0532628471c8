//! Counting (`telling`) banenafspraak jobs on a measurement date: the paid hours of
//! registered persons, in the law's unit of a baan.
//!
//! The law counts in verloonde uren (Wfsv art. 38b lid 4: hours over which wage was paid, in
//! the loonaangifte and the polisadministratie) and converts them to banen with the average
//! paid hours of arbeidsbeperkten (variable C of the formula in art. 38f lid 2). That average
//! is **25,5 uur per week**, the figure of the nulmeting (baseline) of 1 January 2013; it is
//! not in the text of the Wfsv itself, which leaves the variables to an AMvB (art. 38f lid 3),
//! and the crate has not read that AMvB; the figure is the one employers' guidance publishes
//! ("Op basis van de nulmeting is komen vast te staan dat het gaat om een baan van 25,5 uur per
//! week"). [`UREN_PER_BAAN`] is a named constant so that it can be checked and changed in one
//! place. A smaller job counts in
//! proportion, a larger one as more than one baan.
//!
//! The Regeling Wfsv (BWBR0019150, text of 2015-10-19) has a baan of its own: art. 3.31
//! onderdeel a: "onder een baan wordt verstaan het gemiddeld aantal verloonde uren van
//! arbeidsbeperkten in de onderscheiden sectoren tezamen overeenkomstig variabele C", and
//! onderdeel c: "het gemiddeld aantal verloonde uren van arbeidsbeperkten in de onderscheiden
//! sectoren tezamen bedraagt 1.331 uren per jaar" (art. 3.28 the same for D of art. 38g lid 3);
//! its monitoring targets are hours in December, 110,92 a baan (see `doelen`). That is about
//! 25,6 hours a week, not 25,5; the law states no weekly figure, so the crate keeps the
//! guidance figure for this weekly count, and a comparison in the law's own terms compares
//! hours ([`LandelijkDoel::uren_december`](super::LandelijkDoel::uren_december)).
//!
//! No rounding of the count is prescribed: the law measures the banenafspraak in verloonde
//! uren (Wfsv art. 38b lid 4; the targets of Regeling Wfsv art. 3.29 are hours in December),
//! and the two roundings of the Besluit Wfsv name other quantities (art. 2.22 lid 2: the
//! variables of the quotumpercentage formula of art. 38f lid 2; art. 2.23: the variables and
//! the quotumtekort of art. 38g lid 3). [`Telling::banen`] is therefore the exact quotient of
//! the hours and [`UREN_PER_BAAN`]; only the text of a decision shows it to two decimals.
//!
//! A job counts only while its person is registered ([`Inschrijving`]) on the date; the hours
//! count in the sector of the employer where the work is done (a person placed by
//! detachering or uitzending counts at the hirer; the crate takes the sector from the caller).

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::decision::{Decision, Ground, Value};
use crate::error::{Error, Text};
use crate::money::Hours;
use crate::wire::{Validate, validated_serde, wire_enum};

use super::doelen::Sector;
use super::gronden as g;
use super::inschrijving::Inschrijving;

/// The paid hours a week that count as one baan: 25,5 (the nulmeting; see the module docs).
pub const UREN_PER_BAAN: Decimal = Decimal::from_parts(255, 0, 0, false, 1);

/// How the person works for the employer where the job counts.
///
/// ```
/// use participatiewet::banenafspraak::Arbeidsrelatie;
/// assert_eq!(Arbeidsrelatie::TerBeschikkingGesteld.to_string(), "ter_beschikking_gesteld");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Arbeidsrelatie {
    /// In the employer's own dienstbetrekking.
    Dienstbetrekking,
    /// Placed with the employer by another (detachering, uitzending): counts at the hirer.
    TerBeschikkingGesteld,
}

wire_enum!(Arbeidsrelatie);

/// One job: its sector, relation, paid hours a week, its days, and its person's register
/// entry.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Hours;
/// use participatiewet::banenafspraak::{Arbeidsrelatie, Baan, Inschrijving, Sector};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let b = Baan::new(Sector::NietOverheid, Arbeidsrelatie::Dienstbetrekking, "32".parse::<Hours>()?, d(2026, 1, 1))?
///     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?);
/// assert!(b.telt_op(d(2026, 7, 1)));
/// assert!(!b.telt_op(d(2025, 12, 31)));
/// assert!(b.einde(d(2025, 12, 31)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Baan {
    sector: Sector,
    relatie: Arbeidsrelatie,
    uren_per_week: Hours,
    begin: NaiveDate,
    einde: Option<NaiveDate>,
    inschrijving: Option<Inschrijving>,
}

validated_serde!(Baan);

impl Validate for Baan {
    fn validate(&self) -> Result<(), Error> {
        checked(self.begin, "begin")?;
        if let Some(einde) = self.einde {
            checked(einde, "einde")?;
            if einde < self.begin {
                return Err(Error::facts(
                    "einde",
                    Text::new(
                        "de baan eindigt vóór haar begin",
                        "the job ends before it begins",
                    ),
                ));
            }
        }
        if let Some(i) = self.inschrijving {
            i.validate()?;
        }
        Ok(())
    }
}

impl Baan {
    /// A job from `begin` with no end yet and no register entry.
    pub fn new(
        sector: Sector,
        relatie: Arbeidsrelatie,
        uren_per_week: Hours,
        begin: NaiveDate,
    ) -> Result<Self, Error> {
        let b = Self {
            sector,
            relatie,
            uren_per_week,
            begin,
            einde: None,
            inschrijving: None,
        };
        b.validate()?;
        Ok(b)
    }

    /// The same job, ending on `einde` (its last day).
    pub fn einde(self, einde: NaiveDate) -> Result<Self, Error> {
        let b = Self {
            einde: Some(einde),
            ..self
        };
        b.validate()?;
        Ok(b)
    }

    /// The same job, its person registered as `inschrijving`.
    #[must_use]
    pub const fn inschrijving(self, inschrijving: Inschrijving) -> Self {
        Self {
            inschrijving: Some(inschrijving),
            ..self
        }
    }

    /// The sector the job counts in.
    #[must_use]
    pub const fn sector(&self) -> Sector {
        self.sector
    }

    /// The paid hours a week.
    #[must_use]
    pub const fn uren_per_week(&self) -> Hours {
        self.uren_per_week
    }

    /// Whether the job runs on `datum`.
    #[must_use]
    pub fn loopt_op(&self, datum: NaiveDate) -> bool {
        self.begin <= datum && self.einde.is_none_or(|e| datum <= e)
    }

    /// Whether the job counts on `datum`: it runs and its person is registered.
    #[must_use]
    pub fn telt_op(&self, datum: NaiveDate) -> bool {
        self.loopt_op(datum) && self.inschrijving.is_some_and(|i| i.is_opgenomen_op(datum))
    }
}

/// The count on a measurement date: paid hours a week per sector, and the running jobs that
/// did not count because their person was not registered.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Hours;
/// use participatiewet::banenafspraak::{tel, Arbeidsrelatie, Baan, Inschrijving, Sector};
/// use rust_decimal::dec;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let lid = Inschrijving::opgenomen(d(2020, 1, 1))?;
/// let banen = [
///     Baan::new(Sector::NietOverheid, Arbeidsrelatie::Dienstbetrekking, "25.5".parse::<Hours>()?, d(2024, 1, 1))?.inschrijving(lid),
///     Baan::new(Sector::Overheid, Arbeidsrelatie::TerBeschikkingGesteld, "12.75".parse::<Hours>()?, d(2024, 1, 1))?.inschrijving(lid),
///     Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "36".parse::<Hours>()?, d(2024, 1, 1))?,
/// ];
/// let t = tel(&banen, d(2026, 1, 1))?;
/// assert_eq!(t.banen(Sector::NietOverheid), dec!(1));
/// assert_eq!(t.banen(Sector::Overheid), dec!(0.5));
/// assert_eq!(t.buiten_doelgroep(), 1);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Telling {
    peildatum: NaiveDate,
    uren_niet_overheid: Decimal,
    uren_overheid: Decimal,
    buiten_doelgroep: u64,
}

validated_serde!(Telling);

impl Validate for Telling {
    fn validate(&self) -> Result<(), Error> {
        checked(self.peildatum, "peildatum")?;
        if self.uren_niet_overheid.is_sign_negative() || self.uren_overheid.is_sign_negative() {
            return Err(Error::state(
                "banenafspraak::Telling",
                Text::new("negatief aantal uren", "negative hours"),
            ));
        }
        Ok(())
    }
}

/// Counts `banen` on `peildatum`. Allocation-free; errors only when the sum overflows.
pub fn tel<'a>(
    banen: impl IntoIterator<Item = &'a Baan>,
    peildatum: NaiveDate,
) -> Result<Telling, Error> {
    let overflow = || Error::overflow("banenafspraak::tel");
    let mut t = Telling {
        peildatum: checked(peildatum, "peildatum")?,
        uren_niet_overheid: Decimal::ZERO,
        uren_overheid: Decimal::ZERO,
        buiten_doelgroep: 0,
    };
    for baan in banen {
        if !baan.loopt_op(peildatum) {
            continue;
        }
        if !baan.telt_op(peildatum) {
            t.buiten_doelgroep = t.buiten_doelgroep.saturating_add(1);
            continue;
        }
        let uren = baan.uren_per_week.value();
        let som = match baan.sector {
            Sector::NietOverheid => &mut t.uren_niet_overheid,
            Sector::Overheid => &mut t.uren_overheid,
        };
        *som = som.checked_add(uren).ok_or_else(overflow)?;
    }
    Ok(t)
}

impl Telling {
    /// The measurement date.
    #[must_use]
    pub const fn peildatum(&self) -> NaiveDate {
        self.peildatum
    }

    /// The paid hours a week of counted jobs in `sector`.
    #[must_use]
    pub const fn uren(&self, sector: Sector) -> Decimal {
        match sector {
            Sector::NietOverheid => self.uren_niet_overheid,
            Sector::Overheid => self.uren_overheid,
        }
    }

    /// The banen in `sector`: hours divided by [`UREN_PER_BAAN`], unrounded (the law
    /// prescribes no rounding of the count; see the module docs).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Hours;
    /// use participatiewet::banenafspraak::{tel, Arbeidsrelatie, Baan, Inschrijving, Sector};
    /// use rust_decimal::dec;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let b = Baan::new(Sector::Overheid, Arbeidsrelatie::Dienstbetrekking, "32".parse::<Hours>()?, d(2024, 1, 1))?
    ///     .inschrijving(Inschrijving::opgenomen(d(2020, 1, 1))?);
    /// let t = tel(&[b], d(2026, 1, 1))?;
    /// assert_eq!(t.banen(Sector::Overheid).round_dp(6), dec!(1.254902));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn banen(&self, sector: Sector) -> Decimal {
        in_banen(self.uren(sector))
    }

    /// The banen in both sectors together.
    #[must_use]
    pub fn banen_totaal(&self) -> Decimal {
        in_banen(self.uren_niet_overheid.saturating_add(self.uren_overheid))
    }

    /// The running jobs that did not count (their person not registered on the date).
    #[must_use]
    pub const fn buiten_doelgroep(&self) -> u64 {
        self.buiten_doelgroep
    }

    /// The count as a decision with its grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Motivering, Taal};
    /// let t = participatiewet::banenafspraak::tel(&[], NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())?;
    /// assert!(Motivering::new(&t.decision(), Taal::Nl).to_string().starts_with("Besluit\nOp 1 januari 2026 telden 0 banen"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Telling> {
        let totaal = self.uren_niet_overheid.saturating_add(self.uren_overheid);
        let mut d = Decision::with_capacity(
            *self,
            Ground::new(
                &g::TELLING,
                g::ART_38B_LID_4,
                [
                    Value::Date(self.peildatum),
                    Value::Number(weergave(self.banen_totaal())),
                    Value::Number(totaal.normalize()),
                ],
            ),
            2,
        );
        if let Ok(eenheid) = Hours::new(UREN_PER_BAAN) {
            d.push(Ground::new(
                &g::BAAN_EENHEID,
                g::ART_38F_LID_2,
                [Value::Hours(eenheid)],
            ));
        }
        d.push(Ground::new(
            &g::ALLEEN_DOELGROEP,
            g::ART_38B_LID_1,
            [Value::Count(
                i64::try_from(self.buiten_doelgroep).unwrap_or(i64::MAX),
            )],
        ));
        d
    }
}

fn in_banen(uren: Decimal) -> Decimal {
    uren.checked_div(UREN_PER_BAAN)
        .unwrap_or(Decimal::MAX)
        .normalize()
}

/// A count of banen as a decision's text shows it: two decimals, half away from zero. For
/// display only; no rule of law rounds the count (see the module docs), so the value paths
/// keep it exact.
pub(super) fn weergave(banen: Decimal) -> Decimal {
    banen
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}
