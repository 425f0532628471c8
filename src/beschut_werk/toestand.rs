//! The states and events of the procedure (`toestand`: state), and why it ended.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::Verzoek;
use super::stukken::{Aanvraag, Advies, Dienstbetrekking, Vaststelling};
use crate::decision::Label;
use crate::wire::{validated_serde, wire_enum};

/// Why the procedure ended.
///
/// ```
/// use participatiewet::beschut_werk::EindeReden;
/// use participatiewet::Taal;
/// assert_eq!(EindeReden::DienstbetrekkingGeeindigd.to_string(), "dienstbetrekking_geeindigd");
/// assert_eq!(EindeReden::AanbodAfgewezen.label().get(Taal::Nl), "aanbod afgewezen");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EindeReden {
    /// The beschut-werk contract ended (only from employment).
    DienstbetrekkingGeeindigd,
    /// The person declined the offer (only from an offer).
    AanbodAfgewezen,
    /// The person withdrew, moved away, or is otherwise no longer in the circle (any state).
    NietMeerInKring,
    /// The college determined no beschut werk and the route closes (only after a negative
    /// determination).
    GeenBeschutWerk,
}

wire_enum!(EindeReden);

impl EindeReden {
    /// The reason in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::EindeReden};
    /// assert_eq!(EindeReden::GeenBeschutWerk.label().get(Taal::En), "no sheltered work determined");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const DIENST: Label = Label::new(
            "dienstbetrekking_geeindigd",
            "dienstbetrekking geëindigd",
            "contract ended",
        );
        const AANBOD: Label = Label::new("aanbod_afgewezen", "aanbod afgewezen", "offer declined");
        const KRING: Label = Label::new(
            "niet_meer_in_kring",
            "niet meer in de kring van artikel 10b",
            "no longer in the circle of art. 10b",
        );
        const GEEN: Label = Label::new(
            "geen_beschut_werk",
            "geen beschut werk vastgesteld",
            "no sheltered work determined",
        );
        match self {
            Self::DienstbetrekkingGeeindigd => &DIENST,
            Self::AanbodAfgewezen => &AANBOD,
            Self::NietMeerInKring => &KRING,
            Self::GeenBeschutWerk => &GEEN,
        }
    }
}

/// An event in the procedure; each carries its date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvraag, Aanvrager, Event};
/// let e = Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::Persoon, NaiveDate::from_ymd_opt(2017, 1, 1).unwrap())?);
/// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"event":"advies_aangevraagd","datum":"2017-01-01","door":"persoon"}"#);
/// assert_eq!(e.to_string(), "advies_aangevraagd (2017-01-01)");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Event {
    /// UWV received a request for the advice (art. 10b lid 2 or 3).
    AdviesAangevraagd(Aanvraag),
    /// UWV gave its advice.
    AdviesUitgebracht(Advies),
    /// The college determined (art. 10b lid 1).
    Vastgesteld(Vaststelling),
    /// The college offered a place.
    Aangeboden {
        /// The day of the offer.
        datum: NaiveDate,
    },
    /// The beschut-werk contract started.
    InDienst(Dienstbetrekking),
    /// The procedure ended.
    Beeindigd {
        /// The day.
        datum: NaiveDate,
        /// Why.
        reden: EindeReden,
    },
}

impl Event {
    /// The event's serde tag.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Event;
    /// assert_eq!(Event::Aangeboden { datum: NaiveDate::MIN }.tag(), "aangeboden");
    /// ```
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        match self {
            Self::AdviesAangevraagd(_) => "advies_aangevraagd",
            Self::AdviesUitgebracht(_) => "advies_uitgebracht",
            Self::Vastgesteld(_) => "vastgesteld",
            Self::Aangeboden { .. } => "aangeboden",
            Self::InDienst(_) => "in_dienst",
            Self::Beeindigd { .. } => "beeindigd",
        }
    }

    /// The event's date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Event;
    /// assert_eq!(Event::Aangeboden { datum: NaiveDate::MIN }.datum(), NaiveDate::MIN);
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match self {
            Self::AdviesAangevraagd(a) => a.datum(),
            Self::AdviesUitgebracht(a) => a.datum(),
            Self::Vastgesteld(v) => v.datum(),
            Self::Aangeboden { datum } | Self::Beeindigd { datum, .. } => *datum,
            Self::InDienst(d) => d.aanvang(),
        }
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.tag(), self.datum())
    }
}

/// The state of one person's beschut-werk procedure. Every state keeps the dates that justify
/// it; deadlines are computed from them ([`Procedure::effects`](crate::Procedure::effects)).
/// The diagram with its events and guards is in the [module docs](crate::beschut_werk).
///
/// Reading a state from JSON checks every invariant and refuses unknown fields; an absent
/// optional fact is written `null`, never left out.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, Context, Parameters, Procedure};
/// use participatiewet::beschut_werk::State;
/// let (params, beleid) = (Parameters::bundled(), Beleid::default());
/// let s = State::start(&NaiveDate::from_ymd_opt(2018, 1, 2).unwrap(), &Context::new(&params, &beleid))?.state;
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"state":"kandidaat","sinds":"2018-01-02"}"#);
/// assert_eq!(s.to_string(), "kandidaat (2018-01-02)");
/// # Ok::<(), participatiewet::Error>(())
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
    /// The college identified a candidate (or the person came forward).
    Kandidaat {
        /// Since when.
        sinds: NaiveDate,
    },
    /// UWV has been asked for the advice.
    AdviesAangevraagd {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The date of UWV's earlier advice in this procedure, when this is a new request
        /// after a determination (for the twelve months of Besluit art. 3 lid 3 b).
        #[serde(deserialize_with = "Option::deserialize")]
        vorig_advies: Option<NaiveDate>,
    },
    /// UWV gave its advice; the college has to determine.
    AdviesUitgebracht {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
    },
    /// The college determined; when positive, the person waits for a place.
    Vastgesteld {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The determination.
        vaststelling: Vaststelling,
    },
    /// The college offered a beschut-werk place.
    Aangeboden {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The (positive) determination.
        vaststelling: Vaststelling,
        /// The day of the offer.
        aanbod: NaiveDate,
    },
    /// Employed in beschut werk.
    InDienst {
        /// Since when the person is a candidate.
        sinds: NaiveDate,
        /// The request.
        aanvraag: Aanvraag,
        /// The advice.
        advies: Advies,
        /// The (positive) determination.
        vaststelling: Vaststelling,
        /// The day of the offer, if one preceded the contract.
        #[serde(deserialize_with = "Option::deserialize")]
        aanbod: Option<NaiveDate>,
        /// The contract.
        dienstbetrekking: Dienstbetrekking,
    },
    /// The procedure ended.
    Beeindigd {
        /// Since when the person was a candidate.
        sinds: NaiveDate,
        /// The determination, if there was one.
        #[serde(deserialize_with = "Option::deserialize")]
        vaststelling: Option<Vaststelling>,
        /// The day of the offer, if there was one.
        #[serde(deserialize_with = "Option::deserialize")]
        aanbod: Option<NaiveDate>,
        /// The contract, if there was one.
        #[serde(deserialize_with = "Option::deserialize")]
        dienstbetrekking: Option<Dienstbetrekking>,
        /// The day it ended.
        einde: NaiveDate,
        /// Why.
        reden: EindeReden,
    },
}

validated_serde!(State);

impl State {
    /// The state's own date: the latest date it holds. Events dated before it are refused.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure, beschut_werk::State};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let d = NaiveDate::from_ymd_opt(2018, 1, 2).unwrap();
    /// assert_eq!(State::start(&d, &Context::new(&params, &beleid))?.state.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        match self {
            Self::Kandidaat { sinds } => *sinds,
            Self::AdviesAangevraagd { aanvraag, .. } => aanvraag.datum(),
            Self::AdviesUitgebracht { advies, .. } => advies.datum(),
            Self::Vastgesteld { vaststelling, .. } => vaststelling.datum(),
            Self::Aangeboden { aanbod, .. } => *aanbod,
            Self::InDienst {
                dienstbetrekking, ..
            } => dienstbetrekking.aanvang(),
            Self::Beeindigd { einde, .. } => *einde,
        }
    }

    /// The positive determination, if the person has one (waiting, offered, employed, or
    /// ended after one).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure, beschut_werk::State};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let s = State::start(&NaiveDate::from_ymd_opt(2018, 1, 2).unwrap(), &Context::new(&params, &beleid))?.state;
    /// assert!(s.positieve_vaststelling().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn positieve_vaststelling(&self) -> Option<&Vaststelling> {
        match self {
            Self::Vastgesteld { vaststelling, .. }
            | Self::Aangeboden { vaststelling, .. }
            | Self::InDienst { vaststelling, .. } => {
                Some(vaststelling).filter(|v| v.is_beschut_werk())
            }
            Self::Beeindigd { vaststelling, .. } => {
                vaststelling.as_ref().filter(|v| v.is_beschut_werk())
            }
            _ => None,
        }
    }

    /// The request UWV is working on, as the eligibility assessment takes it (with the date of
    /// UWV's earlier advice in this procedure, for the twelve-month rule; whether new facts
    /// are reported against it is for the caller to add with
    /// [`Verzoek::na_advies`]).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure};
    /// use participatiewet::beschut_werk::{Aanvraag, Aanvrager, Event, State};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// # let ctx = Context::new(&params, &beleid);
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let s = State::start(&d(2018, 1, 2), &ctx)?.state;
    /// let s = s.apply(&Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::Persoon, d(2018, 1, 3))?), &ctx)?.state;
    /// assert_eq!(s.verzoek().unwrap().datum(), d(2018, 1, 3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn verzoek(&self) -> Option<Verzoek> {
        let Self::AdviesAangevraagd {
            aanvraag,
            vorig_advies,
            ..
        } = self
        else {
            return None;
        };
        let verzoek = aanvraag.verzoek().ok()?;
        match vorig_advies {
            Some(v) => verzoek.na_advies(*v, false).ok(),
            None => Some(verzoek),
        }
    }

    /// The beschut-werk contract, while employed: the facts the loonwaarde domain needs for
    /// loonkostensubsidie (art. 10b lid 9, art. 10d; see [`Dienstbetrekking::loonwaarde_baan`]).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure, beschut_werk::State};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let s = State::start(&NaiveDate::from_ymd_opt(2018, 1, 2).unwrap(), &Context::new(&params, &beleid))?.state;
    /// assert!(s.dienstbetrekking().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn dienstbetrekking(&self) -> Option<&Dienstbetrekking> {
        match self {
            Self::InDienst {
                dienstbetrekking, ..
            } => Some(dienstbetrekking),
            _ => None,
        }
    }

    /// The state's serde tag (also [`Procedure::tag`](crate::Procedure::tag)).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Context, Parameters, Procedure, beschut_werk::State};
    /// # let (params, beleid) = (Parameters::bundled(), Beleid::default());
    /// let s = State::start(&NaiveDate::from_ymd_opt(2018, 1, 2).unwrap(), &Context::new(&params, &beleid))?.state;
    /// assert_eq!(s.naam(), "kandidaat");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn naam(&self) -> &'static str {
        match self {
            Self::Kandidaat { .. } => "kandidaat",
            Self::AdviesAangevraagd { .. } => "advies_aangevraagd",
            Self::AdviesUitgebracht { .. } => "advies_uitgebracht",
            Self::Vastgesteld { .. } => "vastgesteld",
            Self::Aangeboden { .. } => "aangeboden",
            Self::InDienst { .. } => "in_dienst",
            Self::Beeindigd { .. } => "beeindigd",
        }
    }
}

/// The state's tag and its own date: `vastgesteld (2018-03-01)`.
impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.naam(), self.datum())
    }
}
