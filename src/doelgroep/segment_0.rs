//! Who is in segment 0 (`segment 0`): the municipality's own definition, a policy choice in
//! [`Beleid`](crate::Beleid) (`segment_0`).
//!
//! The municipal segmentation this crate follows names segment 0 "geen uitkering": the people
//! the municipality supports who receive no benefit, whatever the support (a job seeker
//! without benefit, a job with loonkostensubsidie or in beschut werk). A person with an Anw,
//! IOAW or IOAZ benefit then has a benefit and is placed by the diagnosis in segment 1, 2 or
//! 3, like a bijstand client. The other definition, the crate's earlier mapping, puts everyone
//! supported toward work without algemene bijstand in segment 0 (Participatiewet art. 7 lid 1
//! a: NUG, Anw, IOAW, IOAZ) together with the people working with loonkostensubsidie or in
//! beschut werk. No law defines the segments: both are policy, cited as such.

use serde::{Deserialize, Serialize};

use super::status::LegalStatus;
use crate::decision::Label;

/// The municipality's definition of segment 0 (policy, [`Beleid::segment_0`](crate::Beleid::segment_0)).
///
/// | definition | segment 0 holds | Anw, IOAW, IOAZ without bijstand |
/// |---|---|---|
/// | [`GeenUitkering`](Self::GeenUitkering) (default) | who receives no benefit: NUG, a job with loonkostensubsidie or beschut werk | segment 1, 2 or 3 by the diagnosis (a benefit) |
/// | [`OndersteuningZonderBijstand`](Self::OndersteuningZonderBijstand) | who is supported toward work without algemene bijstand: NUG, Anw, IOAW, IOAZ, a job with loonkostensubsidie or beschut werk | segment 0 |
///
/// Under both definitions algemene bijstand places a person in segment 1, 2 or 3 and a Wsw
/// dienstbetrekking in segment 4; people working with loonkostensubsidie or in beschut werk
/// without bijstand receive a wage, not a benefit, and are in segment 0 under both.
///
/// ```
/// use participatiewet::doelgroep::{LegalStatus, Segment0Definitie};
/// assert_eq!(Segment0Definitie::default(), Segment0Definitie::GeenUitkering);
/// assert!(Segment0Definitie::GeenUitkering.omvat(LegalStatus::Loonkostensubsidie));
/// assert!(!Segment0Definitie::GeenUitkering.omvat(LegalStatus::Ioaw));
/// assert!(Segment0Definitie::OndersteuningZonderBijstand.omvat(LegalStatus::Ioaw));
/// assert_eq!(Segment0Definitie::GeenUitkering.to_string(), "geen_uitkering");
/// assert_eq!("ondersteuning_zonder_bijstand".parse::<Segment0Definitie>()?, Segment0Definitie::OndersteuningZonderBijstand);
/// assert!("geen".parse::<Segment0Definitie>().is_err());
/// assert_eq!(serde_json::to_string(&Segment0Definitie::GeenUitkering).unwrap(), r#""geen_uitkering""#);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Segment0Definitie {
    /// Segment 0 is "geen uitkering": who receives no benefit, whatever the support (the
    /// municipal segmentation's own words; the default).
    #[default]
    GeenUitkering,
    /// Segment 0 is everyone supported toward work without algemene bijstand (Participatiewet
    /// art. 7 lid 1 a), Anw, IOAW and IOAZ included, and the people working with
    /// loonkostensubsidie or in beschut werk.
    OndersteuningZonderBijstand,
}

crate::wire::wire_enum!(Segment0Definitie);

/// The labels of [`Segment0Definitie`], in variant order.
pub(crate) static SEGMENT_0_LABELS: [Label; 2] = [
    Label::new(
        "geen_uitkering",
        "geen uitkering: in segment 0 valt wie geen uitkering ontvangt, met welke ondersteuning ook",
        "no benefit: segment 0 holds who receives no benefit, whatever the support",
    ),
    Label::new(
        "ondersteuning_zonder_bijstand",
        "ondersteuning zonder bijstand: in segment 0 valt wie zonder algemene bijstand wordt \
         ondersteund bij arbeidsinschakeling, ook met een Anw-, IOAW- of IOAZ-uitkering",
        "support without bijstand: segment 0 holds who is supported toward work without \
         algemene bijstand, Anw, IOAW or IOAZ included",
    ),
];

impl Segment0Definitie {
    /// Both definitions, the default first.
    pub const ALL: [Self; 2] = [Self::GeenUitkering, Self::OndersteuningZonderBijstand];

    /// Whether a person with `status` (and no algemene bijstand) is in segment 0 under this
    /// definition. Algemene bijstand and a Wsw dienstbetrekking never are.
    ///
    /// ```
    /// use participatiewet::doelgroep::{LegalStatus, Segment0Definitie};
    /// for d in Segment0Definitie::ALL {
    ///     assert!(d.omvat(LegalStatus::Nug));
    ///     assert!(!d.omvat(LegalStatus::AlgemeneBijstand));
    /// }
    /// assert!(!Segment0Definitie::GeenUitkering.omvat(LegalStatus::Anw));
    /// ```
    #[must_use]
    pub const fn omvat(self, status: LegalStatus) -> bool {
        match self {
            Self::GeenUitkering => status.is_segment_0() && !status.is_uitkering(),
            Self::OndersteuningZonderBijstand => status.is_segment_0(),
        }
    }

    /// The definition in words, for a ground or a report.
    ///
    /// ```
    /// use participatiewet::{Taal, doelgroep::Segment0Definitie};
    /// assert!(Segment0Definitie::GeenUitkering.label().get(Taal::Nl).starts_with("geen uitkering"));
    /// assert_eq!(Segment0Definitie::OndersteuningZonderBijstand.label().wire, "ondersteuning_zonder_bijstand");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::GeenUitkering => &SEGMENT_0_LABELS[0],
            Self::OndersteuningZonderBijstand => &SEGMENT_0_LABELS[1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_by_wire_name_and_label() {
        for d in Segment0Definitie::ALL {
            assert_eq!(d.to_string().parse::<Segment0Definitie>().ok(), Some(d));
            assert_eq!(d.label().wire, d.to_string());
            let json = serde_json::to_string(&d).unwrap_or_default();
            assert_eq!(
                serde_json::from_str::<Segment0Definitie>(&json).ok(),
                Some(d)
            );
        }
    }

    #[test]
    fn the_definitions_differ_only_for_anw_ioaw_ioaz() {
        let statuses = [
            LegalStatus::AlgemeneBijstand,
            LegalStatus::Nug,
            LegalStatus::Anw,
            LegalStatus::Ioaw,
            LegalStatus::Ioaz,
            LegalStatus::Loonkostensubsidie,
            LegalStatus::BeschutWerk,
        ];
        let verschil: Vec<LegalStatus> = statuses
            .into_iter()
            .filter(|&s| {
                Segment0Definitie::GeenUitkering.omvat(s)
                    != Segment0Definitie::OndersteuningZonderBijstand.omvat(s)
            })
            .collect();
        assert_eq!(
            verschil,
            [LegalStatus::Anw, LegalStatus::Ioaw, LegalStatus::Ioaz]
        );
    }
}
