//! The WW-to-bijstand hand-over (Participatiewet art. 41, 44): hand-checked vectors, the
//! findings of the trial service, and the stored shapes. The bijstand amount itself (art. 11,
//! 13, 19a, 20–22a, 34) is tested in `tests/bijstand_recht.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;

/// Later bijstand: measures and the end of bijstand in the hand-over machine.
#[path = "bijstand/later.rs"]
mod later;
/// The WW-to-bijstand hand-over (Participatiewet art. 41, 44).
#[path = "bijstand/overgang.rs"]
mod overgang;
/// The findings of the trial service on the hand-over.
#[path = "bijstand/overgang_bevindingen.rs"]
mod overgang_bevindingen;
/// The hand-over's stored shapes, display and golden text.
#[path = "bijstand/overgang_wire.rs"]
mod overgang_wire;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
