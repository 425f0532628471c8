//! The bijstand norm (`bijstandsnorm`) for age and household, with cost-sharers
//! (`kostendelers`, Participatiewet art. 19a, 20, 21, 22, 22a).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::date::age_on;
use crate::error::Error;
use crate::money::Money;
use crate::params::Parameters;
use crate::rounding::Rounding;

/// The household form (`leefvorm`) the norm depends on.
///
/// ```
/// use participatiewet::bijstand::Leefvorm;
/// assert_eq!(serde_json::to_string(&Leefvorm::AlleenstaandeOuder).unwrap(), "\"alleenstaande_ouder\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Leefvorm {
    /// A single person.
    Alleenstaande,
    /// A single parent: since 2015 the same norm as a single person (art. 21 onderdeel a).
    AlleenstaandeOuder,
    /// Married or cohabiting partners (`gehuwden`), who have a joint right (art. 11 lid 1).
    Gehuwden,
}

impl Leefvorm {
    /// Whether the asset limit of a family applies (single parent or couple, art. 34 lid 3 b).
    ///
    /// ```
    /// use participatiewet::bijstand::Leefvorm;
    /// assert!(!Leefvorm::Alleenstaande.is_gezin());
    /// assert!(Leefvorm::AlleenstaandeOuder.is_gezin());
    /// ```
    #[must_use]
    pub fn is_gezin(self) -> bool {
        !matches!(self, Self::Alleenstaande)
    }
}

/// Why a co-resident does not count as a cost-sharer (art. 19a lid 1 onderdelen a–d).
///
/// ```
/// use participatiewet::bijstand::Medebewoner;
/// let m = Medebewoner::new(chrono::NaiveDate::from_ymd_opt(1996, 1, 1).unwrap());
/// assert!(!m.uitgezonderd);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Medebewoner {
    /// Birth date: only co-residents of the cost-sharer age count (21 before 2023, 27 from).
    pub geboortedatum: NaiveDate,
    /// Excepted by art. 19a lid 1: a commercial tenant, landlord or boarder on a written
    /// contract who is not family in the first or second degree, or a student with study
    /// finance or in a BBL programme.
    pub uitgezonderd: bool,
}

impl Medebewoner {
    /// A co-resident who is not excepted.
    ///
    /// ```
    /// use participatiewet::bijstand::Medebewoner;
    /// let _ = Medebewoner::new(chrono::NaiveDate::from_ymd_opt(1996, 1, 1).unwrap());
    /// ```
    #[must_use]
    pub fn new(geboortedatum: NaiveDate) -> Self {
        Self {
            geboortedatum,
            uitgezonderd: false,
        }
    }

    /// An excepted co-resident (commercial relation on a written contract, student, BBL).
    ///
    /// ```
    /// use participatiewet::bijstand::Medebewoner;
    /// assert!(Medebewoner::uitgezonderd(chrono::NaiveDate::from_ymd_opt(1996, 1, 1).unwrap()).uitgezonderd);
    /// ```
    #[must_use]
    pub fn uitgezonderd(geboortedatum: NaiveDate) -> Self {
        Self {
            geboortedatum,
            uitgezonderd: true,
        }
    }
}

/// The cost-sharers counted on a date: how many co-residents count, from which age.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{Kostendelers, Medebewoner};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let zoon = [Medebewoner::new(d(1997, 6, 1))]; // 25 on 2022-12-31
/// let p = Parameters::bundled();
/// assert_eq!(Kostendelers::tel(&zoon, d(2022, 12, 31), &p)?.aantal, 1); // 21+ counts
/// assert_eq!(Kostendelers::tel(&zoon, d(2023, 1, 1), &p)?.aantal, 0); // from 2023: 27+
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Kostendelers {
    /// Co-residents who count as cost-sharers.
    pub aantal: u8,
    /// The cost-sharer age in force (art. 19a lid 1).
    pub leeftijd: u8,
}

impl Kostendelers {
    /// Counts the co-residents of at least the cost-sharer age in force on `peildatum`, not
    /// excepted. Never allocates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Parameters;
    /// use participatiewet::bijstand::{Kostendelers, Medebewoner};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let huis = [Medebewoner::new(d(1990, 1, 1)), Medebewoner::uitgezonderd(d(1990, 1, 1))];
    /// assert_eq!(Kostendelers::tel(&huis, d(2026, 1, 1), &Parameters::bundled())?.aantal, 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn tel(
        medebewoners: &[Medebewoner],
        peildatum: NaiveDate,
        params: &Parameters,
    ) -> Result<Self, Error> {
        let leeftijd = params.kostendeler_leeftijd.at(peildatum)?.value;
        let mut aantal: u8 = 0;
        for m in medebewoners {
            if m.uitgezonderd || m.geboortedatum > peildatum {
                continue;
            }
            if age_on(m.geboortedatum, peildatum)? >= u32::from(leeftijd) {
                aantal = aantal.saturating_add(1);
            }
        }
        Ok(Self { aantal, leeftijd })
    }
}

/// Which article's norm applies.
///
/// ```
/// use participatiewet::bijstand::Normgroep;
/// assert_eq!(Normgroep::Volwassen.citation().to_string(), "Participatiewet art. 21");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Normgroep {
    /// 18 to 20 (art. 20).
    Jongere,
    /// 21 up to AOW age (art. 21; cost-sharers art. 19a).
    Volwassen,
    /// AOW age (art. 22; cost-sharers art. 22a).
    Pensioengerechtigd,
}

impl Normgroep {
    /// The article of the norm.
    ///
    /// ```
    /// use participatiewet::bijstand::Normgroep;
    /// assert_eq!(Normgroep::Pensioengerechtigd.citation().to_string(), "Participatiewet art. 22");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::Jongere => Citation::article(Regulation::Participatiewet, "20"),
            Self::Volwassen => Citation::article(Regulation::Participatiewet, "21"),
            Self::Pensioengerechtigd => Citation::article(Regulation::Participatiewet, "22"),
        }
    }

    /// The article of the cost-sharer norm for this group.
    ///
    /// ```
    /// use participatiewet::bijstand::Normgroep;
    /// assert_eq!(Normgroep::Volwassen.kostendelers_citation().to_string(), "Participatiewet art. 19a");
    /// ```
    #[must_use]
    pub const fn kostendelers_citation(self) -> Citation {
        match self {
            Self::Pensioengerechtigd => Citation::article(Regulation::Participatiewet, "22a"),
            Self::Jongere | Self::Volwassen => {
                Citation::article(Regulation::Participatiewet, "19a")
            }
        }
    }
}

/// The monthly norm including holiday allowance for a household on `peildatum`.
///
/// `aow_datum` is the person's AOW date (from [`Parameters::aow_datum`]); `a` is the number of
/// people the cost-sharer formula counts: the person, the spouse and the cost-sharers. With no
/// cost-sharers the norm of art. 20, 21 or 22 applies; with cost-sharers the norm per person is
/// ((40 + A × 30) / (A × 100)) × B, B the couple norm of art. 21 b (or 22 at AOW age), rounded
/// to cents, and a couple's norm is the sum of both spouses' norms (art. 19a lid 1–2, 22a).
///
/// Youth norms for couples with a partner under 21 (art. 20 lid 1 b–c, lid 2) are not in the
/// parameters: an error, not a guess.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{Leefvorm, Normgroep, bijstandsnorm};
/// let p = Parameters::bundled();
/// let d = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
/// // single, two cost-sharers: A = 3, (40 + 90) / 300 = 43.33% of 1,955.80 = 847.51
/// assert_eq!(bijstandsnorm(Normgroep::Volwassen, Leefvorm::Alleenstaande, 2, d, &p)?.to_string(), "847.51");
/// assert_eq!(bijstandsnorm(Normgroep::Volwassen, Leefvorm::Alleenstaande, 0, d, &p)?.to_string(), "1369.06");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn bijstandsnorm(
    groep: Normgroep,
    leefvorm: Leefvorm,
    kostendelers: u8,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<Money, Error> {
    let normen = params.bijstandsnormen.at(peildatum)?.value;
    let gehuwd = leefvorm == Leefvorm::Gehuwden;
    if groep == Normgroep::Jongere {
        if gehuwd {
            return Err(Error::InvalidFacts {
                field: "leefvorm".into(),
                reason: "the youth norms for couples (art. 20 lid 1 b-c, lid 2) are not in the \
                         parameters"
                    .into(),
            });
        }
        // Art. 20 lid 1 a and lid 2 a: the youth norm; a co-resident does not change it.
        return Ok(normen.alleenstaande_jongere);
    }
    let (alleen, b) = match groep {
        Normgroep::Pensioengerechtigd => (
            normen.alleenstaande_pensioengerechtigde,
            normen.gehuwden_pensioengerechtigd,
        ),
        Normgroep::Volwassen | Normgroep::Jongere => (normen.alleenstaande, normen.gehuwden),
    };
    if kostendelers == 0 {
        return Ok(if gehuwd { b } else { alleen });
    }
    let a = Decimal::from(kostendelers) + if gehuwd { Decimal::TWO } else { Decimal::ONE };
    let per_persoon = Rounding::Cents.apply(
        (Decimal::from(40) + a * Decimal::from(30)) / (a * Decimal::ONE_HUNDRED) * b.amount(),
    );
    let norm = if gehuwd {
        per_persoon * Decimal::TWO
    } else {
        per_persoon
    };
    Money::new(norm)
}
