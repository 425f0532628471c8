//! The states of the hand-over ([`State`]) and their invariants.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::later::{check_einde, check_maatregelen};
use super::opening::niet_voor_geboorte;
use super::{Besluit, Dossier, Exit};
use crate::bijstand::afstemming::OpgelegdeMaatregel;
use crate::bijstand::beeindiging::Beeindiging;
use crate::bijstand::melding::{Zoektermijn, ingangsdatum, vroegste_melding};
use crate::date::checked;
use crate::error::{Error, Text};
use crate::wire::Validate;

/// A state of the hand-over, persisted by the caller as JSON (tag `"state"`).
///
/// The variants cannot be written by a caller: a state comes from
/// [`Procedure::start`](crate::Procedure::start), [`Procedure::apply`](crate::Procedure::apply)
/// or from JSON, which re-checks every invariant ([`Validate::validate`]) and refuses unknown
/// fields, so every state a caller holds can be stored and loaded again. Match on a variant
/// with `..`, or read it through the accessors.
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
/// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
/// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
/// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
/// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
/// # let ctx = participatiewet::Context::new(&params, &beleid);
/// use participatiewet::Procedure;
/// use participatiewet::bijstand::{Event, Opening, State};
/// let start = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?;
/// let t = start.state.apply(&Event::Melding { datum: d(2026, 3, 4) }, &ctx)?;
/// // save the state as JSON and load it again
/// let stored = serde_json::to_string(&t.state)?;
/// let loaded: State = serde_json::from_str(&stored)?;
/// assert_eq!(loaded, t.state);
/// assert_eq!(loaded.to_string(), "gemeld (2026-03-04)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "state",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum State {
    /// WW is running; the municipality has not informed the person yet.
    #[non_exhaustive]
    WwLoopt {
        /// The facts.
        dossier: Dossier,
        /// Since when this state holds (when the municipality opened the dossier).
        sinds: NaiveDate,
    },
    /// The municipality informed the person.
    #[non_exhaustive]
    Geinformeerd {
        /// The facts.
        dossier: Dossier,
        /// When.
        op: NaiveDate,
    },
    /// The melding is made (registration with UWV and, under 27, told of the search period).
    #[non_exhaustive]
    Gemeld {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
    },
    /// The application is submitted.
    #[non_exhaustive]
    Aangevraagd {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
        /// The day of the application.
        aanvraag: NaiveDate,
    },
    /// The college decided.
    #[non_exhaustive]
    Besloten {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
        /// The day of the application.
        aanvraag: NaiveDate,
        /// The day of the decision.
        datum: NaiveDate,
        /// The decision.
        besluit: Besluit,
        /// The measures imposed on the bijstand decided (Participatiewet art. 18), in the
        /// order imposed. Absent on the wire when there are none (a row stored before measures
        /// existed has none).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        maatregelen: Vec<OpgelegdeMaatregel>,
    },
    /// The bijstand decided has ended, with its reason (outflow, `uitstroom`).
    #[non_exhaustive]
    Uitgestroomd {
        /// The facts.
        dossier: Dossier,
        /// The day of the melding.
        melding: NaiveDate,
        /// The day of the application.
        aanvraag: NaiveDate,
        /// The day of the decision granting bijstand.
        datum: NaiveDate,
        /// The decision granting bijstand.
        besluit: Besluit,
        /// The measures imposed while it ran.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        maatregelen: Vec<OpgelegdeMaatregel>,
        /// The day the college decided the end.
        beeindigd_op: NaiveDate,
        /// The first day without bijstand and the reason.
        beeindiging: Beeindiging,
    },
    /// Ended without a decision.
    #[non_exhaustive]
    Beeindigd {
        /// The facts.
        dossier: Dossier,
        /// When.
        datum: NaiveDate,
        /// Why.
        exit: Exit,
    },
}
crate::wire::validated_serde!(State);

impl State {
    /// The state's serde tag.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.tag(), "ww_loopt");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::WwLoopt { .. } => "ww_loopt",
            Self::Geinformeerd { .. } => "geinformeerd",
            Self::Gemeld { .. } => "gemeld",
            Self::Aangevraagd { .. } => "aangevraagd",
            Self::Besloten { .. } => "besloten",
            Self::Beeindigd { .. } => "beeindigd",
            Self::Uitgestroomd { .. } => "uitgestroomd",
        }
    }

    /// The facts.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.dossier().geboortedatum(), d(2001, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn dossier(&self) -> &Dossier {
        match self {
            Self::WwLoopt { dossier, .. }
            | Self::Geinformeerd { dossier, .. }
            | Self::Gemeld { dossier, .. }
            | Self::Aangevraagd { dossier, .. }
            | Self::Besloten { dossier, .. }
            | Self::Uitgestroomd { dossier, .. }
            | Self::Beeindigd { dossier, .. } => dossier,
        }
    }

    /// The date the state holds from: its key date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.datum(), d(2025, 12, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match *self {
            Self::WwLoopt { sinds, .. } => sinds,
            Self::Geinformeerd { op, .. } => op,
            Self::Gemeld { melding, .. } => melding,
            Self::Aangevraagd { aanvraag, .. } => aanvraag,
            Self::Besloten { datum, .. } | Self::Beeindigd { datum, .. } => datum,
            Self::Uitgestroomd { beeindigd_op, .. } => beeindigd_op,
        }
    }

    /// The melding, once made.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Event, Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.melding(), None);
    /// let gemeld = state.apply(&Event::Melding { datum: d(2026, 3, 4) }, &ctx)?.state;
    /// assert_eq!(gemeld.melding(), Some(d(2026, 3, 4)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn melding(&self) -> Option<NaiveDate> {
        match *self {
            Self::Gemeld { melding, .. }
            | Self::Aangevraagd { melding, .. }
            | Self::Besloten { melding, .. }
            | Self::Uitgestroomd { melding, .. } => Some(melding),
            Self::WwLoopt { .. } | Self::Geinformeerd { .. } | Self::Beeindigd { .. } => None,
        }
    }

    /// The application day, once submitted.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Event, Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// assert_eq!(state.aanvraag(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn aanvraag(&self) -> Option<NaiveDate> {
        match *self {
            Self::Aangevraagd { aanvraag, .. }
            | Self::Besloten { aanvraag, .. }
            | Self::Uitgestroomd { aanvraag, .. } => Some(aanvraag),
            Self::WwLoopt { .. }
            | Self::Geinformeerd { .. }
            | Self::Gemeld { .. }
            | Self::Beeindigd { .. } => None,
        }
    }

    /// The decision, once made.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Opening, State};
    /// assert_eq!(State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state.besluit(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn besluit(&self) -> Option<Besluit> {
        match *self {
            Self::Besloten { besluit, .. } | Self::Uitgestroomd { besluit, .. } => Some(besluit),
            _ => None,
        }
    }

    /// How the hand-over ended without a decision.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Event, Exit, Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// let ended = state.apply(&Event::Verhuisd { datum: d(2026, 2, 1) }, &ctx)?.state;
    /// assert_eq!(ended.exit(), Some(Exit::Verhuisd));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn exit(&self) -> Option<Exit> {
        match *self {
            Self::Beeindigd { exit, .. } => Some(exit),
            _ => None,
        }
    }

    /// The search period that applies to the melding, if any (art. 41 lid 4).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Event, Opening, State};
    /// let state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// let gemeld = state.apply(&Event::Melding { datum: d(2026, 3, 4) }, &ctx)?.state;
    /// assert_eq!(gemeld.zoektermijn().map(|z| z.einde()), Some(d(2026, 4, 1)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn zoektermijn(&self) -> Option<Zoektermijn> {
        self.melding()
            .and_then(|melding| Zoektermijn::bij_melding(self.dossier(), melding))
    }

    /// The day bijstand would start if granted, once the melding is made (art. 44 lid 1: the
    /// day after the WW ends, not before the melding); on a decided state the start decided
    /// ([`ingangsdatum`](Self::ingangsdatum)).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::Procedure;
    /// use participatiewet::bijstand::{Event, Opening, State};
    /// let mut state = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state;
    /// for e in [Event::Melding { datum: d(2026, 3, 4) }, Event::Aanvraag { datum: d(2026, 4, 1) }] {
    ///     state = state.apply(&e, &ctx)?.state;
    /// }
    /// assert_eq!(state.tag(), "aangevraagd");
    /// assert_eq!(state.verwachte_ingang(), Some(d(2026, 4, 1)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn verwachte_ingang(&self) -> Option<NaiveDate> {
        match self {
            Self::Gemeld { dossier, melding }
            | Self::Aangevraagd {
                dossier, melding, ..
            } => Some(ingangsdatum(dossier.ww_dag_na_einde(), *melding)),
            Self::Besloten { .. } | Self::Uitgestroomd { .. } => self.ingangsdatum(),
            Self::WwLoopt { .. } | Self::Geinformeerd { .. } | Self::Beeindigd { .. } => None,
        }
    }

    /// The start date of the benefit decided: bijstand per art. 44 (the day after the WW ends,
    /// not before the melding; from the application when the college applied lid 3), IOW the
    /// day after the WW ends; `None` before a positive decision.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(1981, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2024, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
    /// # let ctx = participatiewet::Context::new(&params, &beleid);
    /// use participatiewet::{Money, Procedure};
    /// use participatiewet::bijstand::{Besluit, Event, Opening, State};
    /// let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1))?, &ctx)?.state;
    /// for e in [
    ///     Event::Melding { datum: d(2026, 3, 25) },
    ///     Event::Aanvraag { datum: d(2026, 6, 1) },
    ///     Event::Besluit { datum: d(2026, 6, 15), besluit: Besluit::bijstand_vanaf_aanvraag(Money::from_cents(140_150)?) },
    /// ] {
    ///     state = state.apply(&e, &ctx)?.state;
    /// }
    /// assert_eq!(state.ingangsdatum(), Some(d(2026, 6, 1))); // art. 44 lid 3
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ingangsdatum(&self) -> Option<NaiveDate> {
        match *self {
            Self::Besloten {
                besluit,
                melding,
                aanvraag,
                ref dossier,
                ..
            }
            | Self::Uitgestroomd {
                besluit,
                melding,
                aanvraag,
                ref dossier,
                ..
            } => besloten_ingang(dossier, melding, aanvraag, besluit),
            _ => None,
        }
    }
}

/// The start of the benefit `besluit` decides (art. 44 lid 1 and 3; IOW art. 3).
pub(crate) fn besloten_ingang(
    dossier: &Dossier,
    melding: NaiveDate,
    aanvraag: NaiveDate,
    besluit: Besluit,
) -> Option<NaiveDate> {
    match besluit {
        Besluit::Bijstand { vanaf_aanvraag, .. } => {
            let start = ingangsdatum(dossier.ww_dag_na_einde(), melding);
            Some(if vanaf_aanvraag {
                start.max(aanvraag)
            } else {
                start
            })
        }
        Besluit::Iow {} => Some(dossier.ww_dag_na_einde()),
        Besluit::Afgewezen { .. } => None,
    }
}

fn bad(reason: Text) -> Error {
    Error::state("bijstand::State", reason)
}

/// Art. 41 lid 6: a melding before the day it may be made is refused.
pub(crate) fn melding_toegestaan(dossier: &Dossier, melding: NaiveDate) -> bool {
    if dossier.zoektermijn_uitzondering().is_uitzondering() {
        return true;
    }
    // The same rule as `Dossier::melding_vanaf`: from four weeks before the WW ends, or once
    // not everyone is under 27; the age is computed only when the date alone does not decide.
    let vier_weken = vroegste_melding(dossier.ww_dag_na_einde()).unwrap_or(NaiveDate::MIN);
    melding >= vier_weken || !dossier.onder_27(melding)
}

/// Art. 41 lid 4: an application during the search period is refused.
pub(crate) fn aanvraag_toegestaan(
    dossier: &Dossier,
    melding: NaiveDate,
    aanvraag: NaiveDate,
) -> bool {
    Zoektermijn::bij_melding(dossier, melding).is_none_or(|z| aanvraag >= z.einde())
}

pub(crate) const MELDING_TE_VROEG: Text = Text::new(
    "een persoon jonger dan 27 jaar met WW kan zich pas melden vanaf vier weken voor het einde van de WW",
    "a person under 27 with WW may make the melding only from four weeks before the WW ends",
);

pub(crate) const AANVRAAG_IN_ZOEKTERMIJN: Text = Text::new(
    "een aanvraag die alleen personen jonger dan 27 jaar betreft, wordt niet ingediend voor vier weken na de melding",
    "an application concerning only people under 27 is not submitted before four weeks after the melding",
);

impl Validate for State {
    /// The dossier's invariants; every date in range and not before the birth date; melding,
    /// application and decision in date order; the melding not before art. 41 lid 6 allows it;
    /// the application not within the search period (art. 41 lid 4).
    fn validate(&self) -> Result<(), Error> {
        let dossier = self.dossier();
        dossier.validate()?;
        match *self {
            Self::WwLoopt { sinds, .. } => niet_voor_geboorte(dossier, sinds, "sinds"),
            Self::Uitgestroomd {
                melding,
                aanvraag,
                datum,
                besluit,
                ref maatregelen,
                beeindigd_op,
                beeindiging,
                ..
            } => {
                check_besloten(dossier, melding, aanvraag, datum)?;
                let ingang = besloten_ingang(dossier, melding, aanvraag, besluit);
                check_maatregelen(dossier, besluit, ingang, maatregelen)?;
                check_einde(besluit, datum, ingang, beeindigd_op, beeindiging)
            }
            Self::Geinformeerd { op, .. } => niet_voor_geboorte(dossier, op, "op"),
            Self::Beeindigd { datum, .. } => niet_voor_geboorte(dossier, datum, "datum"),
            Self::Gemeld { melding, .. } => check_melding(dossier, melding),
            Self::Aangevraagd {
                melding, aanvraag, ..
            } => check_aanvraag(dossier, melding, aanvraag),
            Self::Besloten {
                melding,
                aanvraag,
                datum,
                besluit,
                ref maatregelen,
                ..
            } => {
                check_besloten(dossier, melding, aanvraag, datum)?;
                let ingang = besloten_ingang(dossier, melding, aanvraag, besluit);
                check_maatregelen(dossier, besluit, ingang, maatregelen)
            }
        }
    }
}

fn check_besloten(
    dossier: &Dossier,
    melding: NaiveDate,
    aanvraag: NaiveDate,
    datum: NaiveDate,
) -> Result<(), Error> {
    check_aanvraag(dossier, melding, aanvraag)?;
    checked(datum, "datum")?;
    if datum < aanvraag {
        return Err(bad(Text::new(
            "het besluit ligt vóór de aanvraag",
            "the decision is dated before the application",
        )));
    }
    Ok(())
}

fn check_melding(dossier: &Dossier, melding: NaiveDate) -> Result<(), Error> {
    niet_voor_geboorte(dossier, melding, "melding")?;
    if !melding_toegestaan(dossier, melding) {
        return Err(bad(MELDING_TE_VROEG));
    }
    Ok(())
}

fn check_aanvraag(dossier: &Dossier, melding: NaiveDate, aanvraag: NaiveDate) -> Result<(), Error> {
    check_melding(dossier, melding)?;
    checked(aanvraag, "aanvraag")?;
    if aanvraag < melding {
        return Err(bad(Text::new(
            "de aanvraag ligt vóór de melding",
            "the application is dated before the melding",
        )));
    }
    if !aanvraag_toegestaan(dossier, melding, aanvraag) {
        return Err(bad(AANVRAAG_IN_ZOEKTERMIJN));
    }
    Ok(())
}

impl fmt::Display for State {
    /// The tag and the key date: `"aangevraagd (2026-04-01)"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.tag(), self.datum())?;
        match self {
            Self::Besloten { besluit, .. } => write!(f, ": {besluit}"),
            Self::Uitgestroomd { beeindiging, .. } => write!(f, ": {beeindiging}"),
            Self::Beeindigd { exit, .. } => write!(f, ": {exit}"),
            _ => Ok(()),
        }
    }
}
