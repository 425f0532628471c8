//! Bijstand at a date: the right (art. 11), the exclusions (art. 13), the norm and the means
//! test (art. 19, art. 31–34); the decision with its coded grounds.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::BijstandFeiten;
use super::gronden as g;
use super::norm::{MINIMUMLEEFTIJD, Norm, bijstandsnorm};
use super::normregel::{Leefvorm, Normgroep};
use super::uitsluiting::{Uitsluiting, Verblijf};
use crate::citation::{Citation, Regulation};
use crate::date::{age_on, checked};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::money::Money;
use crate::params::Parameters;
use crate::wire::{Validate, validated_serde};

pub(super) const ART_11_LID_1: &Citation =
    &Citation::article(Regulation::Participatiewet, "11").lid(1);
pub(super) const ART_11_LID_2: &Citation =
    &Citation::article(Regulation::Participatiewet, "11").lid(2);
pub(super) const ART_13_LID_1_F: &Citation = &Citation::article(Regulation::Participatiewet, "13")
    .lid(1)
    .onderdeel("f");
const ART_13_LID_2: &Citation = &Citation::article(Regulation::Participatiewet, "13").lid(2);
pub(super) const ART_19_LID_1: &Citation =
    &Citation::article(Regulation::Participatiewet, "19").lid(1);
pub(super) const ART_19_LID_2: &Citation =
    &Citation::article(Regulation::Participatiewet, "19").lid(2);
pub(super) const ART_19A_LID_1: &Citation =
    &Citation::article(Regulation::Participatiewet, "19a").lid(1);
pub(super) const ART_3: &Citation = &Citation::article(Regulation::Participatiewet, "3");
pub(super) const ART_4_LID_1: &Citation =
    &Citation::article(Regulation::Participatiewet, "4").lid(1);
pub(super) const ART_34_LID_3: &Citation =
    &Citation::article(Regulation::Participatiewet, "34").lid(3);

/// Why there is no right to bijstand.
///
/// ```
/// use participatiewet::bijstand::Weigering;
/// assert_eq!(Weigering::VermogenBovenGrens.citation().to_string(), "Participatiewet art. 34 lid 3");
/// assert_eq!("jonger_dan_18".parse::<Weigering>()?, Weigering::JongerDan18);
/// assert_eq!(Weigering::JongerDan18.label().nl, "jonger dan 18 jaar");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Weigering {
    /// No Dutch nationality and no lawful residence (art. 11 lid 2).
    GeenRechtmatigVerblijf,
    /// Not living in the Netherlands (art. 11 lid 1).
    WoontNietInNederland,
    /// Under 18 (art. 13 lid 1 onderdeel f).
    #[serde(rename = "jonger_dan_18")]
    JongerDan18,
    /// An exclusion of art. 13 lid 1 (detention, abroad, strike, ...).
    Uitgesloten,
    /// Under 27 and able to follow publicly funded education (art. 13 lid 2 onderdeel c).
    #[serde(rename = "onderwijs_onder_27")]
    OnderwijsOnder27,
    /// Assets above the limit (art. 34 lid 3).
    VermogenBovenGrens,
    /// Another exclusion of art. 13 lid 2 (institution at 18–20, unpaid leave, an under-27
    /// unwilling to meet the obligations): no algemene bijstand.
    GeenAlgemeneBijstand,
}

crate::wire::wire_enum!(Weigering);

impl Weigering {
    /// The article of the refusal.
    ///
    /// ```
    /// use participatiewet::bijstand::Weigering;
    /// assert_eq!(Weigering::JongerDan18.citation().to_string(), "Participatiewet art. 13 lid 1 onderdeel f");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::GeenRechtmatigVerblijf => ART_11_LID_2,
            Self::WoontNietInNederland => ART_11_LID_1,
            Self::JongerDan18 => ART_13_LID_1_F,
            Self::Uitgesloten => {
                const { &Citation::article(Regulation::Participatiewet, "13").lid(1) }
            }
            Self::OnderwijsOnder27 => {
                const {
                    &Citation::article(Regulation::Participatiewet, "13")
                        .lid(2)
                        .onderdeel("c")
                }
            }
            Self::GeenAlgemeneBijstand => ART_13_LID_2,
            Self::VermogenBovenGrens => ART_34_LID_3,
        }
    }

    /// The words for a letter.
    ///
    /// ```
    /// use participatiewet::{Taal, bijstand::Weigering};
    /// assert_eq!(Weigering::VermogenBovenGrens.label().get(Taal::En), "assets above the limit");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let l = &g::WEIGERING;
        match self {
            Self::GeenRechtmatigVerblijf => &l[0],
            Self::WoontNietInNederland => &l[1],
            Self::JongerDan18 => &l[2],
            Self::Uitgesloten => &l[3],
            Self::OnderwijsOnder27 => &l[4],
            Self::VermogenBovenGrens => &l[5],
            Self::GeenAlgemeneBijstand => &l[6],
        }
    }

    fn van(uitsluiting: Uitsluiting) -> Self {
        match uitsluiting {
            Uitsluiting::OnderwijsOnder27 => Self::OnderwijsOnder27,
            u if u.alleen_algemene_bijstand() => Self::GeenAlgemeneBijstand,
            _ => Self::Uitgesloten,
        }
    }
}

/// Bijstand at a date, without grounds: every intermediate value, `Copy`, no heap allocation.
/// [`decision`](Self::decision) adds the grounds; serde reads it back through the same checks
/// that tie its amounts together.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::{BijstandFeiten, Huishouden, bijstand_op};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
/// let b = bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?;
/// assert_eq!(b.bedrag().to_string(), "1401.50");
/// let json = serde_json::to_string(&b)?;
/// assert_eq!(serde_json::from_str::<participatiewet::bijstand::BijstandBerekening>(&json)?, b);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct BijstandBerekening {
    pub(super) peildatum: NaiveDate,
    pub(super) leeftijd: u32,
    #[serde(deserialize_with = "Option::deserialize")]
    pub(super) partner_leeftijd: Option<u32>,
    pub(super) leefvorm: Leefvorm,
    pub(super) verblijf: Verblijf,
    #[serde(deserialize_with = "Option::deserialize")]
    pub(super) norm: Option<Norm>,
    pub(super) inkomsten: Money,
    pub(super) vermogen: Money,
    pub(super) vermogensgrens: Money,
    pub(super) grenzen_vanaf: NaiveDate,
    pub(super) bedrag: Money,
    #[serde(deserialize_with = "Option::deserialize")]
    pub(super) weigering: Option<Weigering>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub(super) uitsluiting: Option<Uitsluiting>,
}

validated_serde!(BijstandBerekening);

impl Validate for BijstandBerekening {
    fn validate(&self) -> Result<(), Error> {
        let invalid = |reason: Text| Err(Error::state("bijstand::BijstandBerekening", reason));
        checked(self.peildatum, "peildatum")?;
        checked(self.grenzen_vanaf, "grenzen_vanaf")?;
        if self.uitsluiting.is_some()
            && !matches!(
                self.weigering,
                Some(
                    Weigering::Uitgesloten
                        | Weigering::OnderwijsOnder27
                        | Weigering::GeenAlgemeneBijstand
                )
            )
        {
            return invalid(Text::new(
                "een uitsluiting zonder weigering",
                "an exclusion without a refusal",
            ));
        }
        if (self.leefvorm == Leefvorm::Gehuwden) != self.partner_leeftijd.is_some() {
            return invalid(Text::new(
                "de leefvorm en de echtgenoot spreken elkaar tegen",
                "the household form and the spouse contradict each other",
            ));
        }
        match self.weigering {
            Some(_) if !self.bedrag.is_zero() => invalid(Text::new(
                "een weigering met een bedrag",
                "a refusal with an amount",
            )),
            Some(Weigering::VermogenBovenGrens) if self.vermogen <= self.vermogensgrens => {
                invalid(Text::new(
                    "een weigering om vermogen binnen de grens",
                    "a refusal for assets within the limit",
                ))
            }
            None if self.vermogen > self.vermogensgrens => invalid(Text::new(
                "vermogen boven de grens zonder weigering",
                "assets above the limit without a refusal",
            )),
            None if self.norm.is_none()
                || self.bedrag != self.norm().saturating_sub(self.inkomsten) =>
            {
                invalid(Text::new(
                    "het bedrag is niet de norm min het inkomen",
                    "the amount is not the norm minus the income",
                ))
            }
            _ => Ok(()),
        }
    }
}

/// Bijstand on `peildatum` for the facts: the right (art. 11), the exclusions (art. 13), the
/// norm with cost-sharers (art. 19a–22a) and the means test (art. 19 lid 2, art. 34). Never
/// allocates.
///
/// Errors name the input: a birth date after the peildatum is `geboortedatum` (or `partner`);
/// a peildatum outside the bundled tables is [`Error::NotInForce`] naming the table.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Money, Parameters};
/// use participatiewet::bijstand::{BijstandFeiten, Huishouden, Weigering, bijstand_op};
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
///     .vermogen(Money::from_cents(800_100)?) // EUR 8,001: above the 2026 limit of 8,000
///     .build()?;
/// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &p)?.weigering(), Some(Weigering::VermogenBovenGrens));
/// let err = bijstand_op(&f, d(1979, 1, 1), &p).unwrap_err();
/// assert_eq!(err.field(), Some("geboortedatum"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn bijstand_op(
    feiten: &BijstandFeiten,
    peildatum: NaiveDate,
    params: &Parameters,
) -> Result<BijstandBerekening, Error> {
    let peildatum = checked(peildatum, "peildatum")?;
    let leeftijd = age_on(feiten.geboortedatum(), peildatum)?;
    let huishouden = feiten.huishouden();
    let partner_leeftijd = match huishouden.partner() {
        Some(p) => Some(age_on(p, peildatum).map_err(|e| e.in_field("partner"))?),
        None => None,
    };
    let leefvorm = huishouden.leefvorm();
    let grenzen = params.vermogensgrenzen.at(peildatum)?;
    let vermogensgrens = if leefvorm.is_gezin() {
        grenzen.value.gezin
    } else {
        grenzen.value.alleenstaande
    };
    let uitsluiting = feiten.uitsluitingen().iter().find(|u| u.geldt_op(leeftijd));
    let weigering = if !feiten.verblijf().geeft_recht() {
        Some(Weigering::GeenRechtmatigVerblijf)
    } else if !feiten.woont_in_nederland() {
        Some(Weigering::WoontNietInNederland)
    } else if leeftijd < MINIMUMLEEFTIJD {
        Some(Weigering::JongerDan18)
    } else if let Some(u) = uitsluiting {
        Some(Weigering::van(u))
    } else if feiten.vermogen() > vermogensgrens {
        Some(Weigering::VermogenBovenGrens)
    } else {
        None
    };
    let norm = if leeftijd < MINIMUMLEEFTIJD {
        None
    } else {
        Some(bijstandsnorm(
            feiten.geboortedatum(),
            &huishouden,
            feiten.medebewoners(),
            peildatum,
            params,
        )?)
    };
    let bedrag = match (weigering, norm) {
        (None, Some(n)) => n.bedrag().saturating_sub(feiten.inkomsten()),
        _ => Money::ZERO,
    };
    Ok(BijstandBerekening {
        peildatum,
        leeftijd,
        partner_leeftijd,
        leefvorm,
        verblijf: feiten.verblijf(),
        norm,
        inkomsten: feiten.inkomsten(),
        vermogen: feiten.vermogen(),
        vermogensgrens,
        grenzen_vanaf: grenzen.valid_from,
        bedrag,
        weigering,
        uitsluiting: if matches!(
            weigering,
            Some(
                Weigering::Uitgesloten
                    | Weigering::OnderwijsOnder27
                    | Weigering::GeenAlgemeneBijstand
            )
        ) {
            uitsluiting
        } else {
            None
        },
    })
}

impl BijstandBerekening {
    /// The date asked about.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.peildatum(), d(2026, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn peildatum(&self) -> NaiveDate {
        self.peildatum
    }

    /// The applicant's age.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.leeftijd(), 45);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn leeftijd(&self) -> u32 {
        self.leeftijd
    }

    /// The spouse's age, for a couple.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(2005, 6, 1))?).build()?;
    /// assert_eq!(bijstand_op(&f, d(2025, 1, 1), &Parameters::bundled())?.partner_leeftijd(), Some(19));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn partner_leeftijd(&self) -> Option<u32> {
        self.partner_leeftijd
    }

    /// The household form.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, Leefvorm, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.leefvorm(), Leefvorm::Alleenstaande);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn leefvorm(&self) -> Leefvorm {
        self.leefvorm
    }

    /// The norm with every intermediate value; `None` under 18 (no norm applies).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, Normregel, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// let b = bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?;
    /// assert_eq!(b.normdetail().map(|n| n.regel()), Some(Normregel::Alleenstaande));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn normdetail(&self) -> Option<Norm> {
        self.norm
    }

    /// The norm group; `None` under 18.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, Normgroep, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.normgroep(), Some(Normgroep::Volwassen));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn normgroep(&self) -> Option<Normgroep> {
        self.norm.map(|n| n.regel().normgroep())
    }

    /// The norm per month (zero under 18).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.norm().to_string(), "1401.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn norm(&self) -> Money {
        self.norm.map_or(Money::ZERO, |n| n.bedrag())
    }

    /// The income set off against the norm.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.inkomsten(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn inkomsten(&self) -> Money {
        self.inkomsten
    }

    /// The assets.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.vermogen(), Money::ZERO);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vermogen(&self) -> Money {
        self.vermogen
    }

    /// The asset limit that applies (art. 34 lid 3 a or b).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.vermogensgrens().to_string(), "8000.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vermogensgrens(&self) -> Money {
        self.vermogensgrens
    }

    /// Bijstand per month: the norm minus the income, never below zero; zero when refused.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Money, Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).inkomsten(Money::from_cents(40_150)?).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.bedrag().to_string(), "1000.00");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Money {
        self.bedrag
    }

    /// The refusal, if there is no right (for the hand-over's decision).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.weigering(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn weigering(&self) -> Option<Weigering> {
        self.weigering
    }

    /// The exclusion of art. 13 behind the refusal, if that is the reason.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::{BijstandFeiten, Huishouden, Uitsluiting, bijstand_op}};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).uitsluiting(Uitsluiting::Detentie).build()?;
    /// assert_eq!(bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.uitsluiting(), Some(Uitsluiting::Detentie));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uitsluiting(&self) -> Option<Uitsluiting> {
        self.uitsluiting
    }
}
