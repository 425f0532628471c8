//! # participatiewet
//!
//! The Dutch rules for work and income at the bottom of the labour market as typed, tested,
//! explainable code: a pure library (no I/O, no clock, no global state) for the case systems of
//! municipalities (`gemeenten`).
//!
//! Law is a function of facts and a date. A caller passes the facts it holds (birth date,
//! hours, wage, household, the UWV advice it received) and a `peildatum` (the date the
//! question is about) and gets back a [`Decision`]: the decided value, one coded sentence
//! saying what was decided, and the [`Ground`]s that led to it, each citing its article
//! ([`Citation`]). Where the law describes a procedure over time, the crate offers a state
//! machine ([`Procedure`]) whose states the caller stores (serde) between events.
//!
//! ## The domains
//!
//! Each domain is a public module named with the law's own word; its types live there
//! (`bijstand::Dossier`, `ww::WwFeiten`), so names that recur across domains are never
//! flattened. The crate root holds the foundation only.
//!
//! | module | law | what |
//! |---|---|---|
//! | [`doelgroep`] | Participatiewet art. 6, 7; municipal policy | segments 0–4, their classification and the segment machine |
//! | [`beschut_werk`] | Participatiewet art. 10b; Besluit advisering beschut werk | who qualifies, the advice-and-determination machine, the yearly places |
//! | [`loonwaarde`] | Participatiewet art. 10c–10e; Besluit/Regeling loonkostensubsidie | the wage value at the workplace, its determination machine, the monthly subsidy |
//! | [`ww`] | Werkloosheidswet art. 16–19, 42, 42d, 47; IOW | entitlement, duration, amount, IOW |
//! | [`banenafspraak`] | Wfsv art. 38b–38h; Ziektewet art. 29b; Participatiewet art. 8a, 10da | the doelgroepregister, banen counted in the law's unit, national and regional targets, the quotumheffing, the no-riskpolis, proefplaatsing and jobcoaching |
//! | [`bijstand`] | Participatiewet art. 11–13, 18, 19a–22a, 34, 41, 44 | bijstand at a date, measures (art. 18), the end of bijstand, the WW-to-bijstand hand-over machine |
//!
//! ## Integrating: a decision, a letter, a stored machine, a form error
//!
//! ```
//! # use chrono::NaiveDate;
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! use participatiewet::bijstand::{self, BijstandFeiten, Dossier, Huishouden, Opening, ZoektermijnUitzondering};
//! use participatiewet::{Beleid, Bezwaar, Context, Money, Motivering, Parameters, Procedure, Taal};
//! let (params, beleid) = (Parameters::bundled(), Beleid::default());
//!
//! // 1. A rule: bijstand for a single person of 45 with € 401,50 income on 1 March 2026.
//! let feiten = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::alleenstaande())
//!     .inkomsten(Money::from_cents(40_150)?)
//!     .build()?;
//! let decision = bijstand::bijstand_op(&feiten, d(2026, 3, 1), &params)?.decision();
//! assert_eq!(decision.value().value(), Some(&Money::from_cents(100_000)?));
//!
//! // 2. The letter: the Dutch motivering with the bezwaarclausule (Awb art. 6:7, 6:8).
//! let letter = Motivering::new(&decision, Taal::Nl).met_bezwaar(Bezwaar::new(d(2026, 3, 2))?);
//! assert!(letter.to_string().starts_with(
//!     "Besluit\nU hebt op 1 maart 2026 recht op algemene bijstand van € 1.000,00 per maand."));
//!
//! // 3. A machine: store the state as JSON, read it back (checked again), apply an event.
//! let ctx = Context::new(&params, &beleid);
//! let dossier = Dossier::builder()
//!     .geboortedatum(d(2001, 5, 1))
//!     .huishouden(Huishouden::alleenstaande())
//!     .ww_eerste_dag(d(2025, 10, 1))
//!     .ww_laatste_dag(d(2026, 3, 31))
//!     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
//!     .build()?;
//! let row = serde_json::to_string(&bijstand::State::start(&Opening::new(dossier, d(2025, 12, 1))?, &ctx)?.state)?;
//! let stored: bijstand::State = serde_json::from_str(&row)?;
//! let next = stored.apply(&bijstand::Event::Melding { datum: d(2026, 3, 4) }, &ctx)?;
//! assert_eq!(next.effects[1].text(Taal::Nl), "U kunt vanaf 1 april 2026 bijstand aanvragen.");
//!
//! // 4. A form error: a stable code, the field by its wire name, a Dutch message.
//! let err = BijstandFeiten::builder(d(2030, 1, 1), Huishouden::alleenstaande())
//!     .build()
//!     .and_then(|f| bijstand::bijstand_op(&f, d(2026, 3, 1), &params))
//!     .unwrap_err();
//! assert_eq!((err.code(), err.field()), ("invalid_facts", Some("geboortedatum")));
//! assert!(err.message(Taal::Nl).starts_with("geboortedatum is onjuist"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Foundations
//!
//! - [`Decision`], [`Eligibility`], [`Ground`] with its stable [`Code`] and typed [`Value`]s;
//!   [`Motivering`] and [`taal`] render them in Dutch or English; a [`Receipt`] names the
//!   parameter rows a decision used and the [`Parameters::fingerprint`] of the set.
//! - [`Procedure`], [`Context`], [`Transition`], [`Effect`]: the one shape of every machine.
//! - [`Error`] (stable [`code`](Error::code), [`field`](Error::field), Dutch and English
//!   [`message`](Error::message)) and [`TransitionError`]; [`from_json`] reads facts from
//!   a web form with the field named by its path.
//! - [`Money`], [`Percentage`], [`Hours`]: validating decimal newtypes; every legal rounding
//!   rule is a variant of [`Rounding`].
//! - [`Parameters`]: every number the legislator changes, as date-versioned [`Table`]s with a
//!   source and [`Confidence`] per row; [`Parameters::bundled`] is the embedded default.
//! - [`Beleid`] and [`Beleidsset`]: the municipality's own policy, dated like the law.
//! - [`age_on`], [`add_months`] with a named [`MonthEnd`] rule, [`Period`], and the range of
//!   dates the crate accepts, [`EARLIEST`]..=[`LATEST`].
//!
//! ## The crates in the signatures
//!
//! Dates are [`chrono::NaiveDate`] and decimals [`rust_decimal::Decimal`]. Both crates are
//! re-exported ([`participatiewet::chrono`](chrono), [`participatiewet::rust_decimal`](rust_decimal)),
//! so a caller can use exactly the versions this crate was built with:
//!
//! ```
//! use participatiewet::chrono::NaiveDate;
//! use participatiewet::rust_decimal::Decimal;
//! let peildatum = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
//! let uren = participatiewet::Hours::new(Decimal::from(32))?;
//! assert_eq!(uren.to_string(), "32");
//! assert!(participatiewet::EARLIEST < peildatum);
//! # Ok::<(), participatiewet::Error>(())
//! ```
//!
//! ## Wire stability
//!
//! Stored states, facts, decisions and parameter tables are public API. Every persisted type
//! reads back through the same check as its constructor ([`Validate`]) and refuses unknown
//! fields; a field with legal effect is never defaulted when missing; state enums are tagged
//! (`"state": "gemeld"`); decimals are strings. Tags, codes and field names are not renamed
//! without an alias, and new fields come only as optional. The JSON of every persisted type is
//! pinned by snapshot tests, so a change to it is a reviewed diff.

pub mod banenafspraak;
mod beleid;
pub mod beschut_werk;
pub mod bijstand;
mod citation;
mod date;
mod decision;
pub mod doelgroep;
mod error;
pub mod loonwaarde;
mod money;
mod params;
mod procedure;
mod rounding;
pub mod taal;
mod wire;
pub mod ww;

pub use beleid::{Beleid, Beleidsset, Plaatsingsvolgorde};
pub use chrono;
pub use citation::{Citation, Regulation};
pub use date::{
    BIRTHDAY_RULE, EARLIEST, LATEST, MonthEnd, Period, add_days, add_months, add_years_months,
    age_on, birthday, check_date, is_monday, monday_of,
};
pub use decision::{
    Code, Decision, Eligibility, Ground, Kind, Label, MAX_VALUES, Receipt, RowRef, RowSource, Slot,
    Value,
};
pub use error::{Error, Text, TransitionError};
pub use money::{Hours, Money, Percentage};
pub use params::{
    AowLeeftijd, Bijstandsnormen, Confidence, MET_VAKANTIEBIJSLAG, Minimumjeugdloon, OPEN,
    Parameters, Row, Table, TableName, VAKANTIEBIJSLAG, Vermogensgrenzen,
};
pub use procedure::{Context, Effect, Procedure, Transition};
pub use rounding::Rounding;
pub use rust_decimal;
pub use taal::{Bezwaar, Motivering, Taal, maandnaam};
pub use wire::{Validate, from_json};
