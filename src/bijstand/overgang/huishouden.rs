//! The household of the application ([`Huishouden`]), carrying the partner, and the exception
//! to the search period ([`ZoektermijnUitzondering`]) as a typed value.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::bijstand::Leefvorm;
use crate::date::checked;
use crate::decision::Label;
use crate::error::Error;
use crate::wire::Validate;

/// The household of the application: who the application concerns (Participatiewet art. 4:
/// a single person, a single parent, or spouses with a joint right, art. 11 lid 1). A couple
/// carries the spouse's birth date, so "single with a partner" cannot be written.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::Huishouden;
/// let partner = NaiveDate::from_ymd_opt(2000, 6, 1).unwrap();
/// assert_eq!(Huishouden::gehuwden(partner).partner(), Some(partner));
/// assert_eq!(Huishouden::alleenstaande().partner(), None);
/// let json = serde_json::to_string(&Huishouden::gehuwden(partner)).unwrap();
/// assert_eq!(json, r#"{"soort":"gehuwden","partner":"2000-06-01"}"#);
/// assert_eq!(Huishouden::gehuwden(partner).to_string(), "gehuwden (partner 2000-06-01)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "soort",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Huishouden {
    /// A single person (`alleenstaande`, art. 4 lid 1 a).
    #[non_exhaustive]
    Alleenstaande {},
    /// A single parent (`alleenstaande ouder`, art. 4 lid 1 b).
    #[non_exhaustive]
    AlleenstaandeOuder {},
    /// Spouses or partners with a joint household (`gehuwden`, art. 3), who apply together.
    #[non_exhaustive]
    Gehuwden {
        /// The spouse's birth date.
        partner: NaiveDate,
    },
}
crate::wire::validated_serde!(Huishouden);

impl Huishouden {
    /// A single person.
    ///
    /// ```
    /// use participatiewet::bijstand::Huishouden;
    /// assert_eq!(serde_json::to_string(&Huishouden::alleenstaande()).unwrap(), r#"{"soort":"alleenstaande"}"#);
    /// ```
    #[must_use]
    pub const fn alleenstaande() -> Self {
        Self::Alleenstaande {}
    }

    /// A single parent.
    ///
    /// ```
    /// use participatiewet::bijstand::Huishouden;
    /// assert_eq!(Huishouden::alleenstaande_ouder().tag(), "alleenstaande_ouder");
    /// ```
    #[must_use]
    pub const fn alleenstaande_ouder() -> Self {
        Self::AlleenstaandeOuder {}
    }

    /// A couple with the spouse born on `partner`.
    ///
    /// ```
    /// use participatiewet::bijstand::Huishouden;
    /// let h = Huishouden::gehuwden(chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap());
    /// assert_eq!(h.leefvorm(), participatiewet::bijstand::Leefvorm::Gehuwden);
    /// ```
    #[must_use]
    pub const fn gehuwden(partner: NaiveDate) -> Self {
        Self::Gehuwden { partner }
    }

    /// The spouse's birth date, for a couple.
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Huishouden::alleenstaande_ouder().partner(), None);
    /// ```
    #[must_use]
    pub const fn partner(&self) -> Option<NaiveDate> {
        match *self {
            Self::Gehuwden { partner } => Some(partner),
            Self::Alleenstaande {} | Self::AlleenstaandeOuder {} => None,
        }
    }

    /// The household as the norm of art. 20–21 reads it ([`Leefvorm`]).
    ///
    /// ```
    /// use participatiewet::bijstand::{Huishouden, Leefvorm};
    /// assert_eq!(Huishouden::alleenstaande().leefvorm(), Leefvorm::Alleenstaande);
    /// ```
    #[must_use]
    pub const fn leefvorm(&self) -> Leefvorm {
        match self {
            Self::Alleenstaande {} => Leefvorm::Alleenstaande,
            Self::AlleenstaandeOuder {} => Leefvorm::AlleenstaandeOuder,
            Self::Gehuwden { .. } => Leefvorm::Gehuwden,
        }
    }

    /// The serde tag (`"gehuwden"`).
    ///
    /// ```
    /// assert_eq!(participatiewet::bijstand::Huishouden::alleenstaande_ouder().tag(), "alleenstaande_ouder");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        self.label().wire
    }

    /// The Dutch and English words.
    ///
    /// ```
    /// use participatiewet::Taal;
    /// use participatiewet::bijstand::Huishouden;
    /// assert_eq!(Huishouden::alleenstaande_ouder().label().get(Taal::Nl), "alleenstaande ouder");
    /// ```
    #[must_use]
    pub const fn label(&self) -> &'static Label {
        match self {
            Self::Alleenstaande {} => &ALLEENSTAANDE,
            Self::AlleenstaandeOuder {} => &ALLEENSTAANDE_OUDER,
            Self::Gehuwden { .. } => &GEHUWDEN,
        }
    }
}

const ALLEENSTAANDE: Label = Label::new("alleenstaande", "alleenstaande", "single person");
const ALLEENSTAANDE_OUDER: Label = Label::new(
    "alleenstaande_ouder",
    "alleenstaande ouder",
    "single parent",
);
const GEHUWDEN: Label = Label::new("gehuwden", "gehuwden", "married couple");

impl Validate for Huishouden {
    fn validate(&self) -> Result<(), Error> {
        if let Some(partner) = self.partner() {
            checked(partner, "partner")?;
        }
        Ok(())
    }
}

impl fmt::Display for Huishouden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.partner() {
            Some(partner) => write!(f, "{} (partner {partner})", self.tag()),
            None => f.write_str(self.tag()),
        }
    }
}

/// The exception to the search period of art. 41 lid 4 that applies, or none: the
/// Participatiewet exempts people within a year after leaving praktijkonderwijs or voortgezet
/// speciaal onderwijs, people of the doelgroep loonkostensubsidie, and people with medically
/// limited hours (art. 6b). Required on the wire: a stored dossier never defaults to "none".
///
/// ```
/// use participatiewet::bijstand::ZoektermijnUitzondering;
/// assert_eq!(ZoektermijnUitzondering::Geen.to_string(), "geen");
/// assert_eq!("medische_urenbeperking".parse::<ZoektermijnUitzondering>()?,
///     ZoektermijnUitzondering::MedischeUrenbeperking);
/// assert!(!ZoektermijnUitzondering::Geen.is_uitzondering());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ZoektermijnUitzondering {
    /// No exception: the search period applies to an application concerning only people under
    /// 27.
    Geen,
    /// Within a year after leaving praktijkonderwijs or voortgezet speciaal onderwijs.
    ProVsoSchoolverlater,
    /// The college found that the person belongs to the doelgroep loonkostensubsidie.
    DoelgroepLoonkostensubsidie,
    /// Medically limited hours (`medische urenbeperking`, art. 6b).
    MedischeUrenbeperking,
}
crate::wire::wire_enum!(ZoektermijnUitzondering);

impl ZoektermijnUitzondering {
    /// Whether an exception applies (anything but [`Geen`](Self::Geen)).
    ///
    /// ```
    /// use participatiewet::bijstand::ZoektermijnUitzondering;
    /// assert!(ZoektermijnUitzondering::DoelgroepLoonkostensubsidie.is_uitzondering());
    /// ```
    #[must_use]
    pub const fn is_uitzondering(self) -> bool {
        !matches!(self, Self::Geen)
    }

    /// The Dutch and English words.
    ///
    /// ```
    /// use participatiewet::Taal;
    /// use participatiewet::bijstand::ZoektermijnUitzondering;
    /// assert_eq!(ZoektermijnUitzondering::Geen.label().get(Taal::Nl), "geen uitzondering");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::Geen => &GEEN,
            Self::ProVsoSchoolverlater => &PRO_VSO,
            Self::DoelgroepLoonkostensubsidie => &DOELGROEP_LKS,
            Self::MedischeUrenbeperking => &MEDISCH,
        }
    }
}

const GEEN: Label = Label::new("geen", "geen uitzondering", "no exception");
const PRO_VSO: Label = Label::new(
    "pro_vso_schoolverlater",
    "binnen een jaar na het verlaten van praktijkonderwijs of voortgezet speciaal onderwijs",
    "within a year after leaving praktijkonderwijs or special secondary education",
);
const DOELGROEP_LKS: Label = Label::new(
    "doelgroep_loonkostensubsidie",
    "behoort tot de doelgroep loonkostensubsidie",
    "belongs to the target group for wage-cost subsidy",
);
const MEDISCH: Label = Label::new(
    "medische_urenbeperking",
    "medische urenbeperking",
    "medically limited hours",
);
