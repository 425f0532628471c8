//! The exception to the search period ([`ZoektermijnUitzondering`]) as a typed value. The
//! household of the application is the bijstand domain's one
//! [`Huishouden`](crate::bijstand::Huishouden).

use serde::{Deserialize, Serialize};

use crate::decision::Label;

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
