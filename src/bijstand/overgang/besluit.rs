//! The college's decision on the application ([`Besluit`]) and the ways a hand-over ends
//! without one ([`Exit`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::bijstand::Weigering;
use crate::decision::Label;
use crate::money::Money;
use crate::wire::Validate;

/// The college's decision on the application, built with its named constructors.
///
/// `vanaf_aanvraag` is required on the wire: a stored decision never loses art. 44 lid 3.
///
/// ```
/// use participatiewet::Money;
/// use participatiewet::bijstand::Besluit;
/// let b = Besluit::bijstand(Money::from_cents(140_150)?);
/// assert_eq!(serde_json::to_string(&b).unwrap(),
///     r#"{"besluit":"bijstand","bedrag":"1401.50","vanaf_aanvraag":false}"#);
/// assert!(serde_json::from_str::<Besluit>(r#"{"besluit":"bijstand","bedrag":"1401.50"}"#).is_err());
/// assert_eq!(serde_json::to_string(&Besluit::iow()).unwrap(), r#"{"besluit":"iow"}"#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "besluit",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Besluit {
    /// Bijstand at this monthly amount (from `bijstand_op`); the start date follows from
    /// art. 44. Built with [`Besluit::bijstand`] or [`Besluit::bijstand_vanaf_aanvraag`].
    #[non_exhaustive]
    Bijstand {
        /// The monthly amount decided.
        bedrag: Money,
        /// The college decided that the application was culpably late, so bijstand starts on
        /// the day of the application (art. 44 lid 3).
        vanaf_aanvraag: bool,
    },
    /// The IOW applies instead, from the day after the WW ends (IOW art. 3).
    #[non_exhaustive]
    Iow {},
    /// Refused, for this reason.
    #[non_exhaustive]
    Afgewezen {
        /// The reason.
        weigering: Weigering,
    },
}
crate::wire::validated_serde!(Besluit);

impl Validate for Besluit {
    /// A decision has no invariant beyond its amount's ([`Money`] is never negative).
    fn validate(&self) -> Result<(), crate::Error> {
        Ok(())
    }
}

impl Besluit {
    /// Bijstand of `bedrag` a month, starting as art. 44 lid 1 says (the day the right arose,
    /// not before the melding).
    ///
    /// ```
    /// use participatiewet::Money;
    /// use participatiewet::bijstand::Besluit;
    /// let b = Besluit::bijstand(Money::from_cents(140_150)?);
    /// assert_eq!(b.bedrag(), Some(Money::from_cents(140_150)?));
    /// assert!(!b.vanaf_aanvraag());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bijstand(bedrag: Money) -> Self {
        Self::Bijstand {
            bedrag,
            vanaf_aanvraag: false,
        }
    }

    /// Bijstand of `bedrag` a month from the day of the application: the college found the
    /// application culpably late (art. 44 lid 3).
    ///
    /// ```
    /// use participatiewet::Money;
    /// use participatiewet::bijstand::Besluit;
    /// assert!(Besluit::bijstand_vanaf_aanvraag(Money::from_cents(140_150)?).vanaf_aanvraag());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn bijstand_vanaf_aanvraag(bedrag: Money) -> Self {
        Self::Bijstand {
            bedrag,
            vanaf_aanvraag: true,
        }
    }

    /// The IOW applies instead of bijstand (IOW art. 3).
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Besluit::iow().tag(), "iow");
    /// ```
    #[must_use]
    pub const fn iow() -> Self {
        Self::Iow {}
    }

    /// The application is refused for `weigering`.
    ///
    /// ```
    /// use participatiewet::bijstand::{Besluit, Weigering};
    /// let b = Besluit::afgewezen(Weigering::VermogenBovenGrens);
    /// assert_eq!(b.weigering(), Some(Weigering::VermogenBovenGrens));
    /// ```
    #[must_use]
    pub const fn afgewezen(weigering: Weigering) -> Self {
        Self::Afgewezen { weigering }
    }

    /// The college's decision that follows from the bijstand calculation
    /// ([`bijstand_op`](crate::bijstand::bijstand_op)): bijstand of its amount, or the refusal
    /// with its reason, so that neither is copied by hand. A culpably late application
    /// (art. 44 lid 3) is the college's finding, made with
    /// [`Besluit::bijstand_vanaf_aanvraag`].
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use participatiewet::{Money, Parameters};
    /// use participatiewet::bijstand::{Besluit, BijstandFeiten, Huishouden, Weigering, bijstand_op};
    /// let p = Parameters::bundled();
    /// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::alleenstaande()).build()?;
    /// let besluit = Besluit::uit_berekening(&bijstand_op(&f, d(2026, 3, 1), &p)?);
    /// assert_eq!(besluit.bedrag(), Some(Money::from_cents(140_150)?));
    /// let rijk = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::alleenstaande())
    ///     .vermogen(Money::from_cents(900_000)?)
    ///     .build()?;
    /// let besluit = Besluit::uit_berekening(&bijstand_op(&rijk, d(2026, 3, 1), &p)?);
    /// assert_eq!(besluit.weigering(), Some(Weigering::VermogenBovenGrens));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uit_berekening(berekening: &crate::bijstand::BijstandBerekening) -> Self {
        match berekening.weigering() {
            Some(weigering) => Self::afgewezen(weigering),
            None => Self::bijstand(berekening.bedrag()),
        }
    }

    /// The monthly amount of a decision granting bijstand.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Besluit::iow().bedrag(), None);
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Option<Money> {
        match *self {
            Self::Bijstand { bedrag, .. } => Some(bedrag),
            Self::Iow {} | Self::Afgewezen { .. } => None,
        }
    }

    /// Whether bijstand starts on the day of the application (art. 44 lid 3).
    ///
    /// ```
    /// assert!(!participatiewet::bijstand::Besluit::iow().vanaf_aanvraag());
    /// ```
    #[must_use]
    pub const fn vanaf_aanvraag(&self) -> bool {
        matches!(
            self,
            Self::Bijstand {
                vanaf_aanvraag: true,
                ..
            }
        )
    }

    /// The reason of a refusal.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Besluit::iow().weigering(), None);
    /// ```
    #[must_use]
    pub const fn weigering(&self) -> Option<Weigering> {
        match *self {
            Self::Afgewezen { weigering } => Some(weigering),
            Self::Bijstand { .. } | Self::Iow {} => None,
        }
    }

    /// The serde tag (`"bijstand"`, `"iow"`, `"afgewezen"`).
    ///
    /// ```
    /// use participatiewet::bijstand::{Besluit, Weigering};
    /// assert_eq!(Besluit::afgewezen(Weigering::JongerDan18).tag(), "afgewezen");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::Bijstand { .. } => "bijstand",
            Self::Iow {} => "iow",
            Self::Afgewezen { .. } => "afgewezen",
        }
    }
}

impl fmt::Display for Besluit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Bijstand {
                bedrag,
                vanaf_aanvraag,
            } => {
                write!(f, "bijstand {bedrag}")?;
                if vanaf_aanvraag {
                    f.write_str(" vanaf_aanvraag")?;
                }
                Ok(())
            }
            Self::Iow {} => f.write_str("iow"),
            Self::Afgewezen { weigering } => {
                write!(f, "afgewezen {}", crate::wire::wire_name(&weigering))
            }
        }
    }
}

/// How the hand-over ended without a decision.
///
/// ```
/// use participatiewet::Taal;
/// use participatiewet::bijstand::Exit;
/// assert_eq!(serde_json::to_string(&Exit::WerkGevonden).unwrap(), "\"werk_gevonden\"");
/// assert_eq!(Exit::WerkGevonden.to_string(), "werk_gevonden");
/// assert_eq!("aow_leeftijd".parse::<Exit>()?, Exit::AowLeeftijd);
/// assert_eq!(Exit::Verhuisd.label().get(Taal::Nl), "verhuisd naar een andere gemeente");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Exit {
    /// Found work.
    WerkGevonden,
    /// Moved to another municipality.
    Verhuisd,
    /// Reached AOW age (bijstand for AOW-age people is the SVB's, art. 22 norms).
    AowLeeftijd,
}
crate::wire::wire_enum!(Exit);

const WERK: Label = Label::new("werk_gevonden", "werk gevonden", "found work");
const VERHUISD: Label = Label::new(
    "verhuisd",
    "verhuisd naar een andere gemeente",
    "moved to another municipality",
);
const AOW: Label = Label::new("aow_leeftijd", "AOW-leeftijd bereikt", "reached AOW age");

impl Exit {
    /// The Dutch and English words.
    ///
    /// ```
    /// use participatiewet::Taal;
    /// assert_eq!(participatiewet::bijstand::Exit::AowLeeftijd.label().get(Taal::Nl), "AOW-leeftijd bereikt");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::WerkGevonden => &WERK,
            Self::Verhuisd => &VERHUISD,
            Self::AowLeeftijd => &AOW,
        }
    }
}
