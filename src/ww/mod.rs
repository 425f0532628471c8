//! WW (`Werkloosheidswet`, unemployment insurance): the right, the duration and end date, the
//! monthly amount, and the IOW that may follow it for older people.
//!
//! - [`recht`]: unemployed (art. 16), the [`Wekeneis`] (art. 17) and the exclusions
//!   ([`Uitsluitingsgrond`], art. 19 lid 1), for the facts in [`WwFeiten`];
//! - [`uitkeringsduur`] / [`einddatum`]: the duration from the [`Jareneis`] and the
//!   [`Arbeidsverleden`] (art. 42, 42a), the 2016–2019 phase-in and the pre-2016 rule, and the
//!   last day with WW, cut at the AOW age;
//! - [`dagloon`], [`maandloon`], [`uitkering_per_maand`]: the amount per calendar month
//!   (art. 47);
//! - [`iow_recht`], [`iow_uitkering`]: the IOW after the WW (Wet inkomensvoorziening oudere
//!   werklozen art. 3, 10).
//!
//! Every calculation is a plain function returning a small `Copy` value with its intermediate
//! numbers, without allocating; `.decision()` on the result adds the grounds with their
//! articles. See [Months and half months](#months-and-half-months) for how the end date is
//! counted.
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Hours, Parameters, Werkverleden, WwFeiten, ww};
//! use rust_decimal::dec;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let params = Parameters::bundled();
//! let feiten = WwFeiten::new(d(1985, 6, 15), d(2026, 1, 5))?
//!     .uren(Hours::new(dec!(36))?, Hours::new(dec!(36))?)?
//!     .weken_gewerkt(36)?
//!     .werkverleden(Werkverleden::doorlopend(2003, 2025, 1800)?);
//!
//! assert!(ww::recht(&feiten, &params)?.heeft_recht());
//! let duur = ww::uitkeringsduur(&feiten, &params)?;
//! // 23 years (2003–2025): 10 × 1 month, 3 more before 2016 × 1 month, 10 from 2016 × ½ = 18
//! assert_eq!((duur.maanden, duur.halve_maand), (18, false));
//! assert_eq!(duur.einddatum, d(2027, 7, 4));
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

mod duur;
mod hoogte;
mod iow;
mod recht;
mod werkverleden;

pub use duur::{
    Duurregel, HALVE_MAAND_DAGEN, MAAND_EINDE, MAXIMUM_MAANDEN, MAXIMUM_MAANDEN_VOOR_2016,
    MINIMUM_MAANDEN, OVERGANG_EINDE, Overgang, Uitkeringsduur, VOLLE_MAAND_JAREN, WWZ_INGANG,
    einddatum, uitkeringsduur,
};
pub use hoogte::{
    Dagloon, EINDE_BIJ_INKOMEN, MAANDLOON_FACTOR, PERCENTAGE_DAARNA,
    PERCENTAGE_EERSTE_TWEE_MAANDEN, WwUitkering, dagloon, maandloon, uitkering_per_maand,
};
pub use iow::{
    IOW_LEEFTIJD_JAREN, IOW_LEEFTIJD_MAANDEN, IOW_PERCENTAGE, IOW_VENSTER_TOT_EN_MET,
    IOW_VENSTER_VAN, IowRecht, IowUitkering, iow_recht, iow_uitkering,
};
pub use recht::{
    EERSTE_ONDERSTEUNDE_DAG, KLEINE_BAAN_UREN, MINIMUM_UREN_VERLIES, REFERTEPERIODE_WEKEN,
    Uitsluitingen, Uitsluitingsgrond, WEKENEIS_WEKEN, Wekeneis, Werkloosheid, WwFeiten, WwRecht,
    recht, referteperiode, wekeneis, werkloosheid,
};
pub use werkverleden::{
    Arbeidsverleden, DAGEN_PER_JAAR, EERSTE_FEITELIJKE_JAAR, EERSTE_JAAR_HALVE_MAAND,
    EERSTE_JAAR_IN_UREN, JARENEIS_JAREN, JARENEIS_VENSTER, Jareneis, Kalenderjaar, UREN_PER_JAAR,
    Werkverleden, Zorgjaar, arbeidsverleden, jareneis,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[];
