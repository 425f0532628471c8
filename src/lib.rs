//! # participatiewet
//!
//! The Dutch rules for work and income at the bottom of the labour market as typed, tested,
//! explainable code: a pure library (no I/O, no clock, no global state) for the case systems of
//! municipalities (`gemeenten`).
//!
//! Law is a function of facts and a date. A caller passes the facts it holds (birth date,
//! hours, wage, household, the UWV advice it received) and a `peildatum` (the date the
//! question is about) and gets back a [`Decision`]: a typed value with the [`Ground`]s that
//! led to it, each citing its article ([`Citation`]). Where the law describes a procedure over
//! time, the crate offers a state machine whose states the caller stores (serde) between events.
//!
//! ## The four domains
//!
//! Each domain is a public module named with the law's own word; the legal concepts with a
//! unique name (`Loonwaardemeting`, `Uitkeringsduur`, `Segment`) are also re-exported here,
//! while each module's state machine stays under its module (`loonwaarde::State`,
//! `beschut_werk::Event`) because every domain has one.
//!
//! 1. [`doelgroep`] — **Doelgroepen 0–4**: the municipal segmentation of clients. The segment
//!    criteria are policy ([`Segmentcriteria`](doelgroep::Segmentcriteria) in [`Beleid`]); the legal statuses under them
//!    are law. A persisted segment machine follows a client through life events.
//! 2. [`beschut_werk`] — **Beschut werk** (Participatiewet art. 10b): who qualifies for UWV's
//!    advice, the advice-and-determination procedure, and the yearly number of places.
//! 3. [`loonwaarde`] — **Loonwaarde and loonkostensubsidie** (art. 10c–10e, Besluit
//!    loonkostensubsidie Participatiewet 2021): the wage value measured at the workplace, its
//!    determination life cycle, and the employer's monthly subsidy.
//! 4. [`ww`] and [`bijstand`] — **WW to bijstand**: WW entitlement, duration (with the
//!    2016–2019 phase-in and the AOW cut), amount and the IOW branch; bijstand (social
//!    assistance) at a date with its norms, cost-sharers and means test; the search period for
//!    under-27s; and the hand-over machine from WW into bijstand.
//!
//! ## Foundations
//!
//! - [`Money`], [`Percentage`], [`Hours`]: validating decimal newtypes; every legal rounding
//!   rule is a variant of [`Rounding`].
//! - [`Parameters`]: every number the legislator changes, as date-versioned [`Table`]s with a
//!   source and [`Confidence`] per row; [`Parameters::bundled`] is the embedded default.
//! - [`Beleid`]: the municipality's own policy choices, supplied by the caller.
//! - [`age_on`], [`add_months`] with a named [`MonthEnd`] rule, [`Period`]: dates as the law
//!   counts them.
//!
//! ## Example
//!
//! The monthly minimum wage for a 19-year-old and the AOW date of a person born in 1961:
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::Parameters;
//!
//! let params = Parameters::bundled();
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//!
//! let wml = params.minimumloon_per_maand(d(2005, 3, 1), d(2024, 7, 1))?;
//! assert_eq!(wml.to_string(), "1280.15"); // 60% of 2,133.60, rounded to 5 cents
//!
//! assert_eq!(params.aow_datum(d(1961, 1, 15))?, d(2028, 4, 15));
//! # Ok::<(), participatiewet::Error>(())
//! ```

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
    Parameters, Row, Table, VAKANTIEBIJSLAG, Vermogensgrenzen,
};
pub use procedure::{Context, Effect, Procedure, Transition};
pub use rounding::Rounding;
pub use taal::{Bezwaar, Motivering, Taal};
pub use wire::Validate;
