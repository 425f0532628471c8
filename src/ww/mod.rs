//! WW (`Werkloosheidswet`, unemployment insurance): the right, the duration and end date, the
//! monthly amount, and the IOW that may follow it for older people.
//!
//! - [`recht`]: unemployed (art. 16), the [`Wekeneis`] (art. 17) and the exclusions
//!   ([`Uitsluitingsgrond`], art. 19 lid 1), for the facts in [`WwFeiten`];
//! - [`uitkeringsduur`] / [`einddatum`]: the duration from the [`Jareneis`] and the
//!   [`Arbeidsverleden`] (art. 42, 42a), the 2016–2019 phase-in (art. 42d) and the pre-2016
//!   rule (art. 130z), and the last day with WW, cut at the AOW age;
//! - [`dagloon`], [`maandloon`], [`uitkering_per_maand`]: the amount per calendar month
//!   (art. 1b, 47), also for a month only partly covered;
//! - [`iow_recht`], [`iow_uitkering`]: the IOW after the WW (Wet inkomensvoorziening oudere
//!   werklozen art. 3, 10).
//!
//! Every calculation is a plain function returning a small `Copy` value with its intermediate
//! numbers, without allocating; `.decision()` on the result gives a
//! [`Decision`](crate::Decision) with coded grounds in one allocation, which
//! [`Motivering`](crate::Motivering) renders as the motivering of a letter. Every fact and
//! every result is `Serialize + Deserialize`, and reading one runs the same checks as building
//! it. See [Months and half months](#months-and-half-months) for how the end date is counted.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Hours, Parameters, Taal, ww::{self, Werkverleden, WwFeiten}};
//! use rust_decimal::dec;
//!
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let params = Parameters::bundled();
//! let feiten = WwFeiten::new(d(1985, 6, 15), d(2026, 1, 5))?
//!     .uren(Hours::new(dec!(36))?, Hours::new(dec!(36))?)?
//!     .weken_gewerkt(36)?
//!     .werkverleden(Werkverleden::doorlopend(2003, 2025, 1800)?);
//!
//! assert!(ww::recht(&feiten, &params)?.uitkomst().is_eligible());
//! let duur = ww::uitkeringsduur(&feiten, &params)?;
//! // 23 years (2003–2025): 10 × 1 month, 3 more before 2016 × 1 month, 10 from 2016 × ½ = 18
//! assert_eq!((duur.maanden(), duur.halve_maand()), (18, false));
//! assert_eq!(duur.einddatum(), d(2027, 7, 4));
//! assert!(duur.decision().has("ww_jareneis_voldaan"));
//! # Ok::<(), participatiewet::Error>(())
//! ```
//!
//! # Months and half months
//!
//! Whole months are added with [`add_months`](crate::add_months) under
//! [`MonthEnd::NextDay`](crate::MonthEnd::NextDay) (31 January + 1 month is 1 March, so the
//! month runs to the end of February); a half month adds 15 calendar days after them; the last
//! day with WW is the day before; the WW ends on the day the AOW age is reached (art. 19 lid 1
//! onderdeel i, art. 20 lid 1 onderdeel a), so the last day is at most the day before the AOW
//! date. The law names no rule for a day that does not exist in the target month; this one
//! never shortens a month.

mod arbeidsverleden;
mod dagloon;
mod duur;
mod duur_besluit;
mod feiten;
mod gronden;
mod hoogte;
mod iow;
mod iow_uitkering;
mod maand;
mod recht;
mod uitkeringsduur;
mod uitsluiting;
mod werkverleden;

pub use arbeidsverleden::{Arbeidsverleden, Jareneis, arbeidsverleden, jareneis};
pub use dagloon::{Dagloon, dagloon};
pub use duur::{
    Duurregel, HALVE_MAAND_DAGEN, MAAND_EINDE, MAXIMUM_MAANDEN, MAXIMUM_MAANDEN_VOOR_2016,
    MINIMUM_MAANDEN, OVERGANG_EINDE, Overgang, VOLLE_MAAND_JAREN, WWZ_INGANG,
};
pub use feiten::{EERSTE_ONDERSTEUNDE_DAG, WwFeiten};
pub use hoogte::{
    EINDE_BIJ_INKOMEN, PERCENTAGE_DAARNA, PERCENTAGE_EERSTE_TWEE_MAANDEN, WwUitkering,
    uitkering_per_maand,
};
pub use iow::{
    IOW_LEEFTIJD_JAREN, IOW_LEEFTIJD_MAANDEN, IOW_VENSTER_TOT_EN_MET, IOW_VENSTER_VAN, IowRecht,
    WwVerloop, iow_recht,
};
pub use iow_uitkering::{IOW_PERCENTAGE, IowInkomen, IowUitkering, iow_uitkering};
pub use maand::{MAANDLOON_FACTOR, Maanddeel, WwMaand, maandloon, werkdagen};
pub use recht::{
    KLEINE_BAAN_UREN, MINIMUM_UREN_VERLIES, REFERTEPERIODE_WEKEN, WEKENEIS_WEKEN, Wekeneis,
    Werkloosheid, WwRecht, recht, referteperiode, wekeneis, werkloosheid,
};
pub use uitkeringsduur::{Uitkeringsduur, einddatum, uitkeringsduur};
pub use uitsluiting::{Uitsluitingen, Uitsluitingsgrond};
pub use werkverleden::{
    DAGEN_PER_JAAR, EERSTE_FEITELIJKE_JAAR, EERSTE_JAAR_HALVE_MAAND, EERSTE_JAAR_IN_UREN,
    JARENEIS_JAREN, JARENEIS_VENSTER, Kalenderjaar, UREN_PER_JAAR, Werkverleden, Zorgjaar,
};

/// The codes of this domain's grounds (see [`Code`](crate::Code)); stable wire names.
pub(crate) const CODES: &[&crate::Code] = gronden::CODES;

/// Reads an `Option` field that must be present on the wire (`null` for none): serde would
/// otherwise read a missing `Option` as `None`, a silent default with legal effect.
pub(crate) fn verplicht<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer)
}
