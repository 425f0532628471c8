//! The bijstand norm (`bijstandsnorm`) for age and household, with cost-sharers
//! (`kostendelers`, Participatiewet art. 19a, 20, 21, 22, 22a).
//!
//! Which norm applies follows from the ages of both spouses: a household with a member under
//! 21 has the norms of art. 20 (lid 1 without, lid 2 with children; onderdeel b when both
//! spouses are 18, 19 or 20, onderdeel c when one is 21 or older); otherwise art. 21 below and
//! art. 22 from the AOW age. With cost-sharers, art. 22a lid 1 gives each spouse of 21 or
//! older `(40 + A × 30) / (A × 100) × B`, where A counts the cost-sharers, the person and the
//! spouse "van 21 jaar of ouder"; a couple's norm is the sum (lid 2), and a couple with one
//! spouse under 21 has a fixed amount plus the older spouse's cost-sharer norm (lid 3).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::huishouden::{Huishouden, Medebewoner};
use super::normregel::{Kostendelersnorm, Normregel};
use crate::date::age_on;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::params::Parameters;
use crate::rounding::Rounding;

/// The adult norms of art. 21 apply from 21; below, the youth norms of art. 20.
pub(crate) const VOLWASSEN_VANAF: u32 = 21;
/// No right to bijstand below 18 (art. 13 lid 1 onderdeel f).
pub(crate) const MINIMUMLEEFTIJD: u32 = 18;

/// The cost-sharers counted on a date: how many co-residents count, from which age.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{Kostendelers, Medebewoner};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let zoon = [Medebewoner::new(d(1997, 6, 1))?]; // 25 on 2022-12-31
/// let p = Parameters::bundled();
/// assert_eq!(Kostendelers::tel(&zoon, d(2022, 12, 31), &p)?.aantal(), 1); // 21+ counts
/// assert_eq!(Kostendelers::tel(&zoon, d(2023, 1, 1), &p)?.aantal(), 0); // from 2023: 27+
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kostendelers {
    aantal: u8,
    leeftijd: u8,
    vanaf: NaiveDate,
}

impl Kostendelers {
    /// Counts the co-residents of at least the cost-sharer age in force on `peildatum`, not
    /// excepted (art. 19a lid 1). Never allocates. A co-resident born after the peildatum does
    /// not live there yet and is not counted.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Parameters;
    /// use participatiewet::bijstand::{Kostendelers, Medebewoner};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let huis = [Medebewoner::new(d(1990, 1, 1))?, Medebewoner::uitgezonderd(d(1990, 1, 1))?];
    /// assert_eq!(Kostendelers::tel(&huis, d(2026, 1, 1), &Parameters::bundled())?.aantal(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn tel(
        medebewoners: &[Medebewoner],
        peildatum: NaiveDate,
        params: &Parameters,
    ) -> Result<Self, Error> {
        let row = params.kostendeler_leeftijd.at(peildatum)?;
        let leeftijd = row.value;
        let mut aantal: u8 = 0;
        for m in medebewoners {
            // A co-resident born after the peildatum does not live there yet: no age.
            if !m.is_uitgezonderd()
                && age_on(m.geboortedatum(), peildatum).is_ok_and(|a| a >= u32::from(leeftijd))
            {
                aantal = aantal.saturating_add(1);
            }
        }
        Ok(Self {
            aantal,
            leeftijd,
            vanaf: row.valid_from,
        })
    }

    /// Co-residents who count as cost-sharers.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let p = participatiewet::Parameters::bundled();
    /// let k = participatiewet::bijstand::Kostendelers::tel(&[], NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &p)?;
    /// assert_eq!(k.aantal(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aantal(&self) -> u8 {
        self.aantal
    }

    /// The cost-sharer age in force (art. 19a lid 1: 21 until 2022, 27 from 2023).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let p = participatiewet::Parameters::bundled();
    /// let k = participatiewet::bijstand::Kostendelers::tel(&[], NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &p)?;
    /// assert_eq!(k.leeftijd(), 27);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn leeftijd(&self) -> u8 {
        self.leeftijd
    }

    /// The first day of the parameter row of the cost-sharer age used.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let p = participatiewet::Parameters::bundled();
    /// let k = participatiewet::bijstand::Kostendelers::tel(&[], NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &p)?;
    /// assert_eq!(k.vanaf().to_string(), "2023-01-01");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vanaf(&self) -> NaiveDate {
        self.vanaf
    }
}

/// The norm of a household on a date: which rule applied and every intermediate amount.
/// `Copy`, built without heap allocation.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{Huishouden, Normregel, bijstandsnorm};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// // Art. 20 lid 1 c: a couple of 35 and 19 without children, 2025-01-01.
/// let paar = Huishouden::gehuwden(d(2005, 6, 1))?;
/// let n = bijstandsnorm(d(1990, 1, 1), &paar, &[], d(2025, 1, 1), &p)?;
/// assert_eq!(n.regel(), Normregel::GehuwdenEenJongere);
/// assert_eq!(n.bedrag().to_string(), "1293.21");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Norm {
    regel: Normregel,
    kostendelersnorm: Kostendelersnorm,
    kostendelers: Kostendelers,
    a: u8,
    b: Money,
    jong: Money,
    oudere: Money,
    bedrag: Money,
    vanaf: NaiveDate,
}

impl Norm {
    /// The onderdeel of art. 20, 21 or 22 that applies (without cost-sharers).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, Normregel, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.regel(), Normregel::Alleenstaande);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn regel(&self) -> Normregel {
        self.regel
    }

    /// How cost-sharers changed the norm.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, Kostendelersnorm, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.kostendelersnorm(), Kostendelersnorm::Geen);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn kostendelersnorm(&self) -> Kostendelersnorm {
        self.kostendelersnorm
    }

    /// The cost-sharers counted.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.kostendelers().aantal(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn kostendelers(&self) -> Kostendelers {
        self.kostendelers
    }

    /// A of art. 22a lid 1 for the spouse of 21 or older (0 when no cost-sharer norm applies).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.a(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn a(&self) -> u8 {
        self.a
    }

    /// B of art. 22a lid 1: the couple norm of art. 21 b or 22 b/c (zero when no cost-sharer
    /// norm applies).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.b(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn b(&self) -> Money {
        self.b
    }

    /// The fixed amount of art. 22a lid 3 for a couple with a spouse under 21 (zero
    /// otherwise).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.jong(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn jong(&self) -> Money {
        self.jong
    }

    /// The cost-sharer norm of one spouse of 21 or older (zero when none applies).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.oudere(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn oudere(&self) -> Money {
        self.oudere
    }

    /// The household's norm per month.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(n.bedrag().to_string(), "1401.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Money {
        self.bedrag
    }

    /// The first day of the row of norms used.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{Huishouden, bijstandsnorm}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &[], d(2026, 3, 1), &Parameters::bundled())?;
    /// assert_eq!(n.vanaf().to_string(), "2026-01-01");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vanaf(&self) -> NaiveDate {
        self.vanaf
    }
}

/// `(40 + A × 30) / (A × 100) × B`, rounded to cents (art. 22a lid 1): one exact ratio of
/// integers, so that a product that lands on half a cent rounds as the law's fraction does
/// (13/30 is not cut off at 28 digits first).
fn kostendelersnorm(a: u8, b: Money) -> Result<Money, Error> {
    let overflow = || Error::overflow("kostendelersnorm");
    let (b_teller, b_noemer) = crate::rounding::ratio(b.amount()).ok_or_else(overflow)?;
    let a = i128::from(a);
    let teller = b_teller.checked_mul(40 + a * 30).ok_or_else(overflow)?;
    let noemer = b_noemer.checked_mul(a * 100).ok_or_else(overflow)?;
    Rounding::Cents
        .apply_ratio(teller, noemer)
        .ok_or_else(overflow)
}

/// The spouse's age and whether the spouse has reached AOW age; errors name `partner`.
fn partner_op(
    huishouden: Huishouden,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Option<(u32, bool)>, Error> {
    Ok(match huishouden.partner() {
        Some(p) => {
            let p_leeftijd = age_on(p, peildatum).map_err(|e| e.in_field("partner"))?;
            if p_leeftijd < MINIMUMLEEFTIJD {
                return Err(Error::facts(
                    "partner",
                    Text::new(
                        "de echtgenoot is jonger dan 18 jaar; de norm van artikel 24 is niet \
                         gebouwd",
                        "the spouse is under 18; the norm of art. 24 is not built",
                    ),
                ));
            }
            let p_aow = params
                .aow_leeftijd_bereikt(p, peildatum)
                .map_err(|e| e.in_field("partner"))?;
            Some((p_leeftijd, p_aow))
        }
        None => None,
    })
}

/// The onderdeel of art. 20, 21 or 22 for the applicant's age (`jong`: under 21, `aow`: AOW
/// age reached), children and the spouse's age and AOW age.
fn normregel(jong: bool, aow: bool, kinderen: bool, partner: Option<(u32, bool)>) -> Normregel {
    match partner {
        None if jong && kinderen => Normregel::AlleenstaandeOuderJongere,
        None if jong => Normregel::AlleenstaandeJongere,
        None if aow => Normregel::AlleenstaandePensioengerechtigde,
        None => Normregel::Alleenstaande,
        Some((p, _)) if jong && p < VOLWASSEN_VANAF => {
            if kinderen {
                Normregel::GehuwdenJongerenMetKinderen
            } else {
                Normregel::GehuwdenJongeren
            }
        }
        Some((p, _)) if jong || p < VOLWASSEN_VANAF => {
            if kinderen {
                Normregel::GehuwdenEenJongereMetKinderen
            } else {
                Normregel::GehuwdenEenJongere
            }
        }
        Some((_, p_aow)) if aow && p_aow => Normregel::GehuwdenPensioengerechtigd,
        Some((_, p_aow)) if aow || p_aow => Normregel::GehuwdenEenPensioengerechtigd,
        Some(_) => Normregel::Gehuwden,
    }
}

/// The norm of a household on `peildatum`: the applicant born on `geboortedatum`, the
/// household (with the spouse's birth date) and the co-residents other than the spouse.
///
/// The applicant must be 18 or older (younger people have no right, art. 13 lid 1 f), and so
/// must a spouse (the norm of art. 24 for a spouse without a right is not built): an error
/// naming the field otherwise. Never allocates.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{Huishouden, Medebewoner, bijstandsnorm};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// // Single of 45 with two cost-sharers: A = 3, (40 + 90) / 300 × 1,955.80 = 847.51.
/// let huis = [Medebewoner::new(d(1990, 1, 1))?, Medebewoner::new(d(1991, 1, 1))?];
/// let n = bijstandsnorm(d(1980, 1, 1), &Huishouden::Alleenstaande, &huis, d(2025, 7, 1), &p)?;
/// assert_eq!(n.bedrag().to_string(), "847.51");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn bijstandsnorm(
    geboortedatum: NaiveDate,
    huishouden: &Huishouden,
    medebewoners: &[Medebewoner],
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Norm, Error> {
    let leeftijd = age_on(geboortedatum, peildatum)?;
    if leeftijd < MINIMUMLEEFTIJD {
        return Err(Error::facts(
            "geboortedatum",
            Text::new(
                "wie jonger is dan 18 jaar, heeft geen bijstandsnorm (artikel 13, eerste lid, \
                 onderdeel f)",
                "a person under 18 has no bijstand norm (art. 13 lid 1 f)",
            ),
        ));
    }
    let row = params.bijstandsnormen.at(peildatum)?;
    let normen = &row.value;
    let kostendelers = Kostendelers::tel(medebewoners, peildatum, params)?;
    let aow = params.aow_leeftijd_bereikt(geboortedatum, peildatum)?;
    let partner = partner_op(*huishouden, peildatum, params)?;
    let kinderen = huishouden.kinderen();
    let jong = leeftijd < VOLWASSEN_VANAF;
    let regel = normregel(jong, aow, kinderen, partner);
    let mut norm = Norm {
        regel,
        kostendelersnorm: Kostendelersnorm::Geen,
        kostendelers,
        a: 0,
        b: Money::ZERO,
        jong: Money::ZERO,
        oudere: Money::ZERO,
        bedrag: regel.bedrag(normen),
        vanaf: row.valid_from,
    };
    let k = kostendelers.aantal;
    if k == 0 {
        return Ok(norm);
    }
    // Art. 22a lid 1: A counts the cost-sharers, the person and a spouse of 21 or older; B is
    // the couple norm of art. 21 b, or of art. 22 b/c at AOW age (the same amount).
    let (kind, a, b) = match regel {
        Normregel::AlleenstaandeJongere
        | Normregel::AlleenstaandeOuderJongere
        | Normregel::GehuwdenJongeren
        | Normregel::GehuwdenJongerenMetKinderen => return Ok(norm),
        Normregel::Alleenstaande => (Kostendelersnorm::Alleenstaande, 1, normen.gehuwden),
        Normregel::AlleenstaandePensioengerechtigde => (
            Kostendelersnorm::Alleenstaande,
            1,
            normen.gehuwden_pensioengerechtigd,
        ),
        Normregel::Gehuwden => (Kostendelersnorm::Gehuwden, 2, normen.gehuwden),
        Normregel::GehuwdenPensioengerechtigd | Normregel::GehuwdenEenPensioengerechtigd => (
            Kostendelersnorm::Gehuwden,
            2,
            normen.gehuwden_pensioengerechtigd,
        ),
        Normregel::GehuwdenEenJongere | Normregel::GehuwdenEenJongereMetKinderen => {
            // The older spouse's B: art. 22 b when that spouse has reached AOW age.
            let oudere_aow = if jong {
                partner.is_some_and(|(_, p_aow)| p_aow)
            } else {
                aow
            };
            let b = if oudere_aow {
                normen.gehuwden_pensioengerechtigd
            } else {
                normen.gehuwden
            };
            (Kostendelersnorm::JongePartner, 1, b)
        }
    };
    let a = k.saturating_add(a);
    let per_persoon = kostendelersnorm(a, b)?;
    norm.kostendelersnorm = kind;
    norm.a = a;
    norm.b = b;
    norm.oudere = per_persoon;
    norm.bedrag = match kind {
        Kostendelersnorm::Gehuwden => per_persoon.checked_add(per_persoon)?,
        Kostendelersnorm::JongePartner => {
            let jong = if kinderen {
                normen.kostendelers_jongere_partner_met_kinderen
            } else {
                normen.kostendelers_jongere_partner
            };
            // Not stated in the law text of the row's date: refused as not known.
            let Some(jong) = jong else {
                return Err(Error::NotInForce {
                    parameter: "bijstandsnormen",
                    peildatum,
                    nearest: None,
                });
            };
            norm.jong = jong;
            norm.jong.checked_add(per_persoon)?
        }
        Kostendelersnorm::Geen | Kostendelersnorm::Alleenstaande => per_persoon,
    };
    Ok(norm)
}

#[cfg(test)]
mod tests {
    use super::{Normregel, VOLWASSEN_VANAF, kostendelersnorm, normregel};
    use crate::Money;

    /// Art. 22a lid 1: `(40 + A × 30) / (A × 100) × B` as the law's fraction. With A = 3 the
    /// factor is 13/30: B = 0.15 gives exactly 0.065, half a cent, which rounds up (a factor
    /// cut off at 28 digits first would give 0.0649… and round down).
    #[test]
    fn the_cost_sharer_fraction_is_exact_at_half_a_cent() -> Result<(), crate::Error> {
        let b = Money::from_cents(15)?;
        assert_eq!(kostendelersnorm(3, b)?, Money::from_cents(7)?);
        // A = 1: 70% of B; A = 2: 50%; A = 4: 40% (the factors of the law's table).
        let b = Money::from_cents(183_668)?;
        assert_eq!(kostendelersnorm(1, b)?, Money::from_cents(128_568)?);
        assert_eq!(kostendelersnorm(2, b)?, Money::from_cents(91_834)?);
        assert_eq!(kostendelersnorm(4, b)?, Money::from_cents(73_467)?);
        assert!(kostendelersnorm(0, b).is_err());
        Ok(())
    }

    /// Art. 20 lid 1 b/c, lid 2 b/c: a spouse of exactly 21 is "21 jaar of ouder", so a young
    /// applicant with a spouse of 21 is a couple of whom one is under 21 (onderdeel c), not a
    /// couple of two under 21 (onderdeel b); a spouse of 20 is under 21.
    #[test]
    fn a_spouse_of_exactly_21_is_not_under_21() {
        let op = |jong, kinderen, partner| normregel(jong, false, kinderen, Some((partner, false)));
        assert_eq!(
            op(true, false, VOLWASSEN_VANAF),
            Normregel::GehuwdenEenJongere
        );
        assert_eq!(
            op(true, true, VOLWASSEN_VANAF),
            Normregel::GehuwdenEenJongereMetKinderen
        );
        assert_eq!(
            op(true, false, VOLWASSEN_VANAF - 1),
            Normregel::GehuwdenJongeren
        );
        assert_eq!(
            op(true, true, VOLWASSEN_VANAF - 1),
            Normregel::GehuwdenJongerenMetKinderen
        );
        // An applicant of 21 or older: a spouse of 21 makes an adult couple, of 20 one young.
        assert_eq!(op(false, false, VOLWASSEN_VANAF), Normregel::Gehuwden);
        assert_eq!(
            op(false, false, VOLWASSEN_VANAF - 1),
            Normregel::GehuwdenEenJongere
        );
        assert_eq!(
            op(false, true, VOLWASSEN_VANAF - 1),
            Normregel::GehuwdenEenJongereMetKinderen
        );
    }
}
