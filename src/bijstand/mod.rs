//! Bijstand (social assistance, Participatiewet) at a date, and the hand-over from WW into
//! bijstand when WW runs out.
//!
//! - [`bijstand_op`]: the right (art. 11), the exclusions (art. 13), the norm for the ages of
//!   both spouses and the household with cost-sharers (art. 19a, 20–22a) and the means test
//!   (art. 19 lid 2, art. 34) on a `peildatum`, for owned, validated [`BijstandFeiten`], as an
//!   allocation-free [`BijstandBerekening`]; [`BijstandBerekening::decision`] adds the coded
//!   grounds in one allocation. "Not entitled (reasons)" and "entitled, €0" are different
//!   outcomes ([`Eligibility`](crate::Eligibility)).
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Motivering, Parameters, Taal};
//! use participatiewet::bijstand::{BijstandFeiten, Huishouden, bijstand_op};
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! // A couple of 35 and 19 (art. 20 lid 1 c) on 1 January 2025.
//! let feiten = BijstandFeiten::builder(d(1990, 1, 1), Huishouden::gehuwden(d(2005, 6, 1))?).build()?;
//! let decision = bijstand_op(&feiten, d(2025, 1, 1), &Parameters::bundled())?.decision();
//! let brief = Motivering::new(&decision, Taal::Nl).to_string();
//! assert!(brief.contains("€ 1.293,21 per maand"));
//! # Ok::<(), participatiewet::Error>(())
//! ```
//! - [`Zoektermijn`] and the dates of art. 41 and 44: the melding, the four-week search period
//!   for people under 27, the earliest application and the start date.
//! - [`State`]: the persisted hand-over machine ([`Procedure`](crate::Procedure) named
//!   `"bijstand_overgang"`), started from an [`Opening`] of a [`Dossier`], and later bijstand:
//!   the measures imposed on the bijstand decided ([`afstemming`], art. 18) and its end with
//!   the reason ([`beeindiging`]), so outflow per reason and year is counted from stored rows.
//!
//! ## The hand-over machine
//!
//! [`State::start`](crate::Procedure::start) takes an [`Opening`] (the [`Dossier`] and the day
//! it was opened); [`apply`](crate::Procedure::apply) borrows the state and returns the next
//! state with its dated [`Effect`](crate::Effect)s, or a
//! [`TransitionError`](crate::TransitionError) that leaves the state as it was. Every state
//! `start` and `apply` return passes [`Validate::validate`](crate::Validate::validate) and
//! reads back from its own JSON; a tampered row is refused on reading.
//!
//! ```text
//!  ww_loopt ──geinformeerd──▶ geinformeerd ──melding──▶ gemeld ──aanvraag──▶ aangevraagd
//!     │                                                   ▲                       │
//!     └──────────────────────melding──────────────────────┘                besluit│
//!                                                                                 ▼
//!                                            maatregel (bijstand granted) ┌──▶ besloten
//!                                                                         └─────┘ │
//!                                                  beeindiging (bijstand granted) │
//!                                                                                 ▼
//!  every state before besloten                                           uitgestroomd
//!     └──werk_gevonden | verhuisd | aow_leeftijd──▶ beeindigd
//! ```
//!
//! Guards (a refused event leaves the state unchanged):
//!
//! - every event is dated within 1900-01-01..=2199-12-31 and not before the state's own date
//!   (so never before the birth date); `beeindigd` and `uitgestroomd` accept no event,
//!   `besloten` only `maatregel` and `beeindiging`, and only when bijstand was granted;
//! - `melding`: a person under 27 with WW may make it only from four weeks before the WW
//!   ends (Participatiewet art. 41 lid 6), unless an exception of art. 41 lid 4 applies;
//! - `aanvraag`: an application concerning only people under 27 is not submitted before four
//!   weeks after the melding (art. 41 lid 4), unless an exception applies;
//! - `aow_leeftijd`, and `beeindiging` for the pensionable age: not before the person's AOW
//!   date (AOW art. 7a);
//! - `maatregel`: the conduct not after the event nor before the birth date, the lowering not
//!   before the conduct nor before the bijstand starts; the measure is the one
//!   [`afstemming::maatregel`] computes under the afstemmingsverordening in force on the day
//!   of the conduct ([`Beleid::afstemmingsverordening_op`](crate::Beleid::afstemmingsverordening_op)),
//!   with the earlier measures for a repeat; refused when that verordening is absent and the
//!   conduct is one only a verordening can sanction (art. 8 lid 1 onderdeel a), never a
//!   silent 0%; at most 100 measures;
//! - `beeindiging`: the first day without bijstand after the first day of bijstand;
//! - every effect date of the next state lies within 1900..=2199.
//!
//! A decision for bijstand starts on the later of the day after the WW ends and the melding
//! (art. 44 lid 1), or on the application day when the college found it culpably late (lid 3).
//! The search period delays the application, not the start date: art. 44 lid 1 has no such
//! bar. The information window before the WW ends and the short/long WW classification are
//! municipal policy ([`Beleid`](crate::Beleid)).
//!
//! ## Effects
//!
//! | code | state | date | basis |
//! |---|---|---|---|
//! | `overgang_informeren_vanaf` | ww_loopt | policy window before the WW ends | `Beleid::citation` |
//! | `overgang_vroegste_melding` | ww_loopt, geinformeerd | four weeks before the WW ends | Pw art. 41 lid 6 |
//! | `overgang_ww_einde` | ww_loopt, geinformeerd, gemeld | first day without WW | WW art. 42 |
//! | `overgang_zoektermijn_einde` | gemeld | last day of the search period | Pw art. 41 lid 4 |
//! | `overgang_vroegste_aanvraag` | gemeld | first day to apply | Pw art. 41 lid 4 |
//! | `overgang_verwachte_ingang` | gemeld, aangevraagd | expected start | Pw art. 44 lid 1 |
//! | `overgang_beslistermijn` | aangevraagd | the college's decision term | Awb art. 4:13 lid 2 |
//! | `overgang_ingang_bijstand` | besloten, uitgestroomd | start decided | Pw art. 44 lid 1 or 3 |
//! | `overgang_ingang_iow` | besloten | IOW start | IOW art. 3 |
//! | `overgang_maatregel_ingang` | besloten, uitgestroomd | first day of each measure | Pw art. 18 lid 2, or lid 5–8 |
//! | `overgang_maatregel_einde` | besloten, uitgestroomd | first day after each measure | Pw art. 18 lid 2, or lid 5–8 |
//! | `overgang_bijstand_einde` | uitgestroomd | first day without bijstand | the reason's article ([`beeindiging::Beeindigingsreden::citation`]) |
//!
//! The codes are stable: a stored effect is read back by its code.
//!
//! ```
//! # use chrono::NaiveDate;
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! # let (params, beleid) = (participatiewet::Parameters::bundled(), participatiewet::Beleid::default());
//! use participatiewet::bijstand::{Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering};
//! use participatiewet::{Context, Procedure, Taal};
//! let ctx = Context::new(&params, &beleid);
//! let dossier = Dossier::builder()
//!     .geboortedatum(d(2001, 5, 1))
//!     .huishouden(Huishouden::alleenstaande())
//!     .ww_eerste_dag(d(2025, 10, 1))
//!     .ww_laatste_dag(d(2026, 3, 31))
//!     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
//!     .build()?;
//! let start = State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?;
//! let stored = serde_json::to_string(&start.state)?; // the caller's row
//! let loaded: State = serde_json::from_str(&stored)?; // checked again on reading
//! let t = loaded.apply(&Event::Melding { datum: d(2026, 3, 4) }, &ctx)?;
//! assert_eq!(t.effects[1].text(Taal::Nl), "U kunt vanaf 1 april 2026 bijstand aanvragen.");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod afstemming;
pub mod beeindiging;
mod besluit;
mod feiten;
mod gronden;
mod huishouden;
mod melding;
mod norm;
mod normregel;
mod overgang;
mod recht;
mod uitsluiting;

pub use feiten::{BijstandFeiten, BijstandFeitenBuilder};
pub use huishouden::{Huishouden, Medebewoner};
pub use melding::{JONGEREN_TOT, ZOEKTERMIJN_DAGEN, Zoektermijn, ingangsdatum, vroegste_melding};
pub use norm::{Kostendelers, Norm, bijstandsnorm};
pub use normregel::{Kostendelersnorm, Leefvorm, Normgroep, Normregel};
pub use overgang::{
    Besluit, Dossier, DossierBuilder, Event, Exit, Opening, State, WwDuur, ZoektermijnUitzondering,
};
pub use recht::{BijstandBerekening, Weigering, bijstand_op};
pub use uitsluiting::{Uitsluiting, Uitsluitingen, Verblijf};

/// The codes of the bijstand decision's grounds (module `gronden`).
pub(crate) const RECHT_CODES: &[&crate::Code] = gronden::CODES;

/// The codes of this domain's other grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[
    // Art. 18 measures (afstemming).
    &afstemming::gronden::BESLUIT_VERLAGING,
    &afstemming::gronden::BESLUIT_GEEN,
    &afstemming::gronden::BIJSTAND,
    &afstemming::gronden::ARBEIDSVERPLICHTING,
    &afstemming::gronden::VERPLICHTING,
    &afstemming::gronden::NIET_VERWIJTBAAR,
    &afstemming::gronden::GEEN_VERORDENING,
    &afstemming::gronden::GEEN_VERORDENING_DUUR,
    &afstemming::gronden::CATEGORIE,
    &afstemming::gronden::CATEGORIE_HERHALING,
    &afstemming::gronden::WETTELIJK,
    &afstemming::gronden::WETTELIJK_HERHALING,
    &afstemming::gronden::DUUR_VERORDENING,
    &afstemming::gronden::PERIODE_EEN,
    &afstemming::gronden::PERIODE,
    &afstemming::gronden::VERLAGING,
    &afstemming::gronden::PLICHT_BESLUIT,
    &afstemming::gronden::PLICHT_MELDING,
    &afstemming::gronden::PLICHT_LEEFTIJD,
    &afstemming::gronden::PLICHT_LEEFTIJD_ONBEKEND,
    &afstemming::gronden::PLICHT_JONGER,
    &afstemming::gronden::PLICHT_PENSIOEN,
    &afstemming::gronden::PLICHT_ONTHEFFING,
    // The end of bijstand.
    &beeindiging::BEEINDIGD,
    // the hand-over's effects
    &overgang::gronden::INFORMEREN_VANAF,
    &overgang::gronden::VROEGSTE_MELDING,
    &overgang::gronden::ZOEKTERMIJN_EINDE,
    &overgang::gronden::VROEGSTE_AANVRAAG,
    &overgang::gronden::WW_EINDE,
    &overgang::gronden::VERWACHTE_INGANG,
    &overgang::gronden::BESLISTERMIJN,
    &overgang::gronden::INGANG_BIJSTAND,
    &overgang::gronden::INGANG_IOW,
    &overgang::gronden::MAATREGEL_INGANG,
    &overgang::gronden::MAATREGEL_EINDE,
    &overgang::gronden::BIJSTAND_EINDE,
];
