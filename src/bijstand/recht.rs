//! Bijstand at a date: the right (art. 11), the exclusions (art. 13), the norm and the means
//! test (art. 19 lid 2, art. 31–34).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::melding::JONGEREN_TOT;
use super::norm::{Kostendelers, Leefvorm, Medebewoner, Normgroep, bijstandsnorm};
use crate::citation::{Citation, Regulation};
use crate::date::age_on;
use crate::decision::legacy::{Decision, Eligibility, Ground};
use crate::error::Error;
use crate::money::Money;
use crate::params::Parameters;

/// No right to bijstand below 18 (art. 13 lid 1).
const MINIMUMLEEFTIJD: u32 = 18;
/// The adult norms of art. 21 apply from 21; below, the youth norms of art. 20.
const VOLWASSEN_VANAF: u32 = 21;

const ART_11: Citation = Citation::article(Regulation::Participatiewet, "11").lid(1);
const ART_13_LID_1: Citation = Citation::article(Regulation::Participatiewet, "13").lid(1);
const ART_13_LID_2: Citation = Citation::article(Regulation::Participatiewet, "13").lid(2);
const ART_19_LID_2: Citation = Citation::article(Regulation::Participatiewet, "19").lid(2);
const ART_34_LID_3: Citation = Citation::article(Regulation::Participatiewet, "34").lid(3);

/// The residence status that gives a right to bijstand (art. 11).
///
/// ```
/// use participatiewet::bijstand::Verblijf;
/// assert!(Verblijf::Nederlander.geeft_recht());
/// assert!(!Verblijf::GeenRechtmatigVerblijf.geeft_recht());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verblijf {
    /// A Dutch national (art. 11 lid 1).
    Nederlander,
    /// A foreigner lawfully resident under Vreemdelingenwet 2000 art. 8 a–e or l (art. 11
    /// lid 2).
    RechtmatigVerblijf,
    /// Neither: no right (art. 11).
    GeenRechtmatigVerblijf,
}

impl Verblijf {
    /// Whether this status gives a right to bijstand.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Verblijf::RechtmatigVerblijf.geeft_recht());
    /// ```
    #[must_use]
    pub fn geeft_recht(self) -> bool {
        !matches!(self, Self::GeenRechtmatigVerblijf)
    }
}

/// The exclusions of art. 13 the caller has established (being under 18 is computed).
///
/// ```
/// use participatiewet::bijstand::Uitsluitingen;
/// assert!(!Uitsluitingen::default().enige());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each flag is an independent exclusion of art. 13 the caller establishes"
)]
pub struct Uitsluitingen {
    /// In detention (art. 13 lid 1).
    pub detentie: bool,
    /// Abroad longer than the law allows: four weeks a year or in a row, 13 weeks at AOW age
    /// (art. 13 lid 1).
    pub buitenland: bool,
    /// On strike, in military service or another exclusion of art. 13 lid 1.
    pub overig: bool,
    /// Under 27 and able to follow publicly funded education (art. 13 lid 2).
    pub onderwijs_onder_27: bool,
}

impl Uitsluitingen {
    /// Whether any exclusion applies.
    ///
    /// ```
    /// let mut u = participatiewet::bijstand::Uitsluitingen::default();
    /// u.detentie = true;
    /// assert!(u.enige());
    /// ```
    #[must_use]
    pub fn enige(&self) -> bool {
        self.detentie || self.buitenland || self.overig || self.onderwijs_onder_27
    }
}

/// The facts of a bijstand question. Borrowing the co-residents keeps the calculation free of
/// heap allocation.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::{BijstandFeiten, Leefvorm};
/// let f = BijstandFeiten::new(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Leefvorm::Alleenstaande);
/// assert!(f.partner.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BijstandFeiten<'a> {
    /// The applicant's birth date.
    pub geboortedatum: NaiveDate,
    /// The spouse's birth date, for a couple.
    pub partner: Option<NaiveDate>,
    /// Household form.
    pub leefvorm: Leefvorm,
    /// Residence status.
    pub verblijf: Verblijf,
    /// Living in the Netherlands (art. 11 lid 1).
    pub woont_in_nederland: bool,
    /// Exclusions the caller has established.
    pub uitsluitingen: Uitsluitingen,
    /// Co-residents other than the spouse.
    pub medebewoners: &'a [Medebewoner],
    /// Income per month that counts as means (art. 31–33), net.
    pub inkomsten: Money,
    /// Assets that count (art. 34), after debts.
    pub vermogen: Money,
}

impl BijstandFeiten<'_> {
    /// A Dutch national living in the Netherlands, no exclusions, no co-residents, no income
    /// and no assets; set the other fields directly.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Money;
    /// use participatiewet::bijstand::{BijstandFeiten, Leefvorm};
    /// let mut f = BijstandFeiten::new(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Leefvorm::Gehuwden);
    /// f.partner = NaiveDate::from_ymd_opt(1982, 1, 1);
    /// f.inkomsten = Money::from_cents(50_000)?;
    /// assert!(f.woont_in_nederland);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn new(geboortedatum: NaiveDate, leefvorm: Leefvorm) -> Self {
        Self {
            geboortedatum,
            partner: None,
            leefvorm,
            verblijf: Verblijf::Nederlander,
            woont_in_nederland: true,
            uitsluitingen: Uitsluitingen::default(),
            medebewoners: &[],
            inkomsten: Money::ZERO,
            vermogen: Money::ZERO,
        }
    }
}

/// Why there is no right to bijstand.
///
/// ```
/// use participatiewet::bijstand::Weigering;
/// assert_eq!(Weigering::VermogenBovenGrens.citation().to_string(), "Participatiewet art. 34 lid 3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Weigering {
    /// No Dutch nationality and no lawful residence (art. 11).
    GeenRechtmatigVerblijf,
    /// Not living in the Netherlands (art. 11 lid 1).
    WoontNietInNederland,
    /// Under 18 (art. 13 lid 1).
    JongerDan18,
    /// An exclusion of art. 13 lid 1 (detention, abroad, strike, ...).
    Uitgesloten,
    /// Under 27 and able to follow publicly funded education (art. 13 lid 2).
    OnderwijsOnder27,
    /// Assets above the limit (art. 34 lid 3).
    VermogenBovenGrens,
}

impl Weigering {
    /// The article of the refusal.
    ///
    /// ```
    /// use participatiewet::bijstand::Weigering;
    /// assert_eq!(Weigering::JongerDan18.citation().to_string(), "Participatiewet art. 13 lid 1");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::GeenRechtmatigVerblijf | Self::WoontNietInNederland => ART_11,
            Self::JongerDan18 | Self::Uitgesloten => ART_13_LID_1,
            Self::OnderwijsOnder27 => ART_13_LID_2,
            Self::VermogenBovenGrens => ART_34_LID_3,
        }
    }

    fn text(self) -> &'static str {
        match self {
            Self::GeenRechtmatigVerblijf => {
                "no Dutch nationality and no lawful residence: no right to bijstand"
            }
            Self::WoontNietInNederland => "not living in the Netherlands: no right to bijstand",
            Self::JongerDan18 => "under 18: no right to bijstand",
            Self::Uitgesloten => "an exclusion of art. 13 lid 1 applies",
            Self::OnderwijsOnder27 => {
                "under 27 and able to follow publicly funded education: no algemene bijstand"
            }
            Self::VermogenBovenGrens => "assets above the limit: no right to bijstand",
        }
    }
}

/// Bijstand at a date, without grounds: every intermediate value, no heap allocation.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{BijstandFeiten, Leefvorm, bijstand_op};
/// let f = BijstandFeiten::new(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Leefvorm::Alleenstaande);
/// let b = bijstand_op(&f, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &Parameters::bundled())?;
/// assert_eq!(b.bedrag.to_string(), "1401.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BijstandBerekening {
    /// The date asked about.
    pub peildatum: NaiveDate,
    /// The applicant's age.
    pub leeftijd: u32,
    /// Which article's norm applies.
    pub normgroep: Normgroep,
    /// Household form.
    pub leefvorm: Leefvorm,
    /// Cost-sharers counted.
    pub kostendelers: Kostendelers,
    /// The norm per month including holiday allowance.
    pub norm: Money,
    /// Income set off against the norm.
    pub inkomsten: Money,
    /// The asset limit that applies.
    pub vermogensgrens: Money,
    /// The assets.
    pub vermogen: Money,
    /// Bijstand per month: norm minus income, never below zero (0 when refused).
    pub bedrag: Money,
    /// The refusal, if there is no right.
    pub weigering: Option<Weigering>,
}

/// Bijstand on `peildatum` for the facts: the right, the exclusions, the norm with
/// cost-sharers and the means test. Never allocates on success.
///
/// Errors when a parameter is not in force on the date, the peildatum is before the birth
/// date, or the facts need a norm the parameters do not have.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters};
/// use participatiewet::bijstand::{BijstandFeiten, Leefvorm, Weigering, bijstand_op};
/// let p = Parameters::bundled();
/// let peil = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// let mut f = BijstandFeiten::new(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Leefvorm::Alleenstaande);
/// f.vermogen = Money::from_cents(800_100)?; // EUR 8,001: above the 2026 limit of 8,000
/// assert_eq!(bijstand_op(&f, peil, &p)?.weigering, Some(Weigering::VermogenBovenGrens));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn bijstand_op(
    feiten: &BijstandFeiten<'_>,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<BijstandBerekening, Error> {
    let leeftijd = age_on(feiten.geboortedatum, peildatum)?;
    let pensioengerechtigd = params.aow_leeftijd_bereikt(feiten.geboortedatum, peildatum)?
        || match feiten.partner {
            Some(partner) if feiten.leefvorm == Leefvorm::Gehuwden => {
                params.aow_leeftijd_bereikt(partner, peildatum)?
            }
            _ => false,
        };
    let normgroep = if pensioengerechtigd {
        Normgroep::Pensioengerechtigd
    } else if leeftijd < VOLWASSEN_VANAF {
        Normgroep::Jongere
    } else {
        Normgroep::Volwassen
    };
    let kostendelers = Kostendelers::tel(feiten.medebewoners, peildatum, params)?;
    let grenzen = params.vermogensgrenzen.at(peildatum)?.value;
    let vermogensgrens = if feiten.leefvorm.is_gezin() {
        grenzen.gezin
    } else {
        grenzen.alleenstaande
    };
    let weigering = if !feiten.verblijf.geeft_recht() {
        Some(Weigering::GeenRechtmatigVerblijf)
    } else if !feiten.woont_in_nederland {
        Some(Weigering::WoontNietInNederland)
    } else if leeftijd < MINIMUMLEEFTIJD {
        Some(Weigering::JongerDan18)
    } else if feiten.uitsluitingen.detentie
        || feiten.uitsluitingen.buitenland
        || feiten.uitsluitingen.overig
    {
        Some(Weigering::Uitgesloten)
    } else if feiten.uitsluitingen.onderwijs_onder_27 && leeftijd < JONGEREN_TOT {
        Some(Weigering::OnderwijsOnder27)
    } else if feiten.vermogen > vermogensgrens {
        Some(Weigering::VermogenBovenGrens)
    } else {
        None
    };
    let norm = if weigering == Some(Weigering::JongerDan18) {
        Money::ZERO
    } else {
        bijstandsnorm(
            normgroep,
            feiten.leefvorm,
            kostendelers.aantal,
            peildatum,
            params,
        )?
    };
    let bedrag = if weigering.is_some() {
        Money::ZERO
    } else {
        norm.saturating_sub(feiten.inkomsten)
    };
    Ok(BijstandBerekening {
        peildatum,
        leeftijd,
        normgroep,
        leefvorm: feiten.leefvorm,
        kostendelers,
        norm,
        inkomsten: feiten.inkomsten,
        vermogensgrens,
        vermogen: feiten.vermogen,
        bedrag,
        weigering,
    })
}

impl BijstandBerekening {
    /// The outcome with its grounds: eligible with the monthly amount (which may be zero), or
    /// not eligible with the reason.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters};
    /// use participatiewet::bijstand::{BijstandFeiten, Leefvorm, bijstand_op};
    /// let mut f = BijstandFeiten::new(NaiveDate::from_ymd_opt(1980, 5, 1).unwrap(), Leefvorm::Alleenstaande);
    /// f.inkomsten = Money::from_cents(200_000)?; // income above the norm: entitled, EUR 0
    /// let d = bijstand_op(&f, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &Parameters::bundled())?.decision();
    /// assert_eq!(d.value.value(), Some(&Money::ZERO));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        if let Some(weigering) = self.weigering {
            let reden = Ground::new(weigering.citation(), weigering.text());
            let mut grounds = vec![reden.clone()];
            if weigering == Weigering::VermogenBovenGrens {
                grounds.push(Ground::new(
                    ART_34_LID_3,
                    format!(
                        "assets {} above the limit of {}",
                        self.vermogen, self.vermogensgrens
                    ),
                ));
            }
            return Decision::with_grounds(Eligibility::NotEligible(vec![reden]), grounds);
        }
        let mut grounds = vec![
            Ground::new(
                ART_11,
                "Dutch or lawfully resident, living in the Netherlands, without sufficient means",
            ),
            Ground::new(
                self.normgroep.citation(),
                format!(
                    "norm group {:?}, household {:?}, age {}",
                    self.normgroep, self.leefvorm, self.leeftijd
                ),
            ),
        ];
        if self.kostendelers.aantal > 0 {
            grounds.push(Ground::new(
                self.normgroep.kostendelers_citation(),
                format!(
                    "{} cost-sharer(s) aged {} or older: cost-sharer norm {}",
                    self.kostendelers.aantal, self.kostendelers.leeftijd, self.norm
                ),
            ));
        } else {
            grounds.push(Ground::new(
                self.normgroep.citation(),
                format!("norm {} per month incl. holiday allowance", self.norm),
            ));
        }
        grounds.push(Ground::new(
            ART_34_LID_3,
            format!(
                "assets {} within the limit of {}",
                self.vermogen, self.vermogensgrens
            ),
        ));
        grounds.push(Ground::new(
            ART_19_LID_2,
            format!(
                "bijstand = norm {} - income {} = {}",
                self.norm, self.inkomsten, self.bedrag
            ),
        ));
        Decision::with_grounds(Eligibility::Eligible(self.bedrag), grounds)
    }
}
