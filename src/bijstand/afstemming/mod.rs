//! Afstemming (Participatiewet art. 18): the college lowers bijstand for conduct, as the law
//! and the municipality's afstemmingsverordening say.
//!
//! - **Art. 18 lid 2 with art. 8 lid 1 onderdeel a**: the council lays down in a verordening how
//!   the bijstand is lowered for not meeting the law's obligations (art. 9, art. 17 lid 2, ...)
//!   or for an insufficient sense of responsibility. Its categories, percentages, lengths and
//!   repeat rules are municipal policy: [`Afstemmingsverordening`], dated and cited as the
//!   municipality's own instrument. A municipality without one is the explicit state
//!   [`Verordening::Ontbreekt`]: the decision then reports that no lowering is possible, never a
//!   silent 0%.
//! - **Art. 18 lid 4–8** (from 1 January 2015): for the eight arbeidsverplichtingen of lid 4
//!   ([`Arbeidsverplichting`]) the law itself lowers the bijstand by 100%: for the verordening's
//!   period of one to three months (lid 5); on a repeat within twelve months longer, at most
//!   three (lid 6); then three months each time (lid 7, 8). See [`Trede`].
//! - **Art. 9 lid 1**: which obligations apply on a date ([`arbeidsplicht`]): from the melding,
//!   from 18 to the pensionable age, with the exemptions of art. 9 lid 2, lid 5 and art. 9a
//!   ([`Ontheffing`]).
//! - **Art. 18 lid 9**: no measure when every form of blame is absent ([`Verwijtbaarheid`]).
//!
//! [`maatregel`] computes an allocation-free [`Maatregel`]; [`Maatregel::decision`] gives the
//! [`Decision`](crate::Decision) with coded grounds; [`Maatregel::opgelegd`] the
//! [`OpgelegdeMaatregel`] to persist, with its period, which later measures read for repeats.
//! A 100% measure leaves the right intact: the decision is eligible, € 0 for the period.
//!
//! In the hand-over machine ([`State`](crate::bijstand::State)) the event `maatregel` imposes a
//! measure on the bijstand decided with this rule, under the verordening the municipality's
//! [`Beleid`](crate::Beleid) has in force on the day of the conduct
//! ([`Beleid::afstemmingsverordening_op`](crate::Beleid::afstemmingsverordening_op)); the
//! decided state keeps the measures for the next repeat.
//!
//! Not covered yet: spreading the lowering over three months (lid 5, second sentence), the
//! college's tailoring for urgent reasons (lid 10) and revision (lid 11), the language
//! requirement of art. 18b and the boete of art. 18a.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Money, Taal};
//! use participatiewet::bijstand::afstemming::{maatregel, Afstemmingsverordening, MaatregelFeiten, Verordening, Verplichting};
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let verordening = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());
//! let feiten = MaatregelFeiten::builder("Voorbeeldstad", Money::from_cents(140_150)?)
//!     .verordening(Verplichting::Medewerking, 2, d(2026, 1, 5)) // category 2: 30%, one month
//!     .ingang(d(2026, 2, 1))
//!     .build()?;
//! let m = maatregel(&feiten, &verordening)?;
//! assert_eq!(m.bedrag().to_string(), "981.05");
//! assert_eq!(m.decision().outcome().text(Taal::Nl),
//!     "Uw bijstand wordt verlaagd met 30%. Van 1 februari 2026 tot en met 28 februari 2026 \
//!      ontvangt u € 981,05 per maand. Uw recht op bijstand blijft bestaan.");
//! # Ok::<(), participatiewet::Error>(())
//! ```

mod arbeidsplicht;
mod feiten;
pub(crate) mod gronden;
mod maatregel;
mod opgelegd;
mod verordening;
mod verplichtingen;

pub use arbeidsplicht::{Arbeidsplicht, Ontheffing, Verplichtingen, arbeidsplicht};
pub use feiten::{Gedraging, MaatregelFeiten, MaatregelFeitenBuilder, Verwijtbaarheid};
pub use maatregel::{HERHALINGSTERMIJN_MAANDEN, Maatregel, maatregel};
pub use opgelegd::{OpgelegdeMaatregel, Toepassing, Trede};
pub(crate) use verordening::reeks_check;
pub use verordening::{
    Afstemmingsverordening, Categorie, Herhaling, MAX_CATEGORIEEN, MAX_MAANDEN, Verordening,
    WettelijkeDuur,
};
pub use verplichtingen::{Arbeidsverplichting, Verplichting, WETTELIJKE_MAATREGELEN_VANAF};
