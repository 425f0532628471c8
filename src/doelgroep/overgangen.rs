//! Cross-domain flow (`overgangen`): the segment events that follow from the other domains'
//! decisions and transitions.
//!
//! Each function reads another domain's public result and returns the [`SegmentEvent`] it
//! implies, or `None`. No rule is repeated here: the other domain decided; this only carries
//! its date into the segment machine.

use crate::beschut_werk;

use super::segment::SegmentEvent;

/// The segment event that follows from a beschut-werk procedure state: a person in a
/// beschut-werk dienstbetrekking ([`beschut_werk::State::InDienst`]) is placed in beschut
/// werk from the first day of the job. Every other procedure state moves no segment.
///
/// Feeding the same `InDienst` state twice is harmless: the segment machine refuses the second
/// placement and keeps its state.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{
///     Aanvraag, Aanvrager, Advies, Dienstbetrekking, State, Vaststelling,
/// };
/// use participatiewet::{Hours, SegmentEvent, doelgroep};
/// use rust_decimal::dec;
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let in_dienst = State::InDienst {
///     sinds: d(6, 1),
///     aanvraag: Aanvraag { datum: d(1, 6), door: Aanvrager::College },
///     advies: Advies { datum: d(2, 20), positief: true },
///     vaststelling: Vaststelling::new(d(3, 10), true),
///     aanbod: Some(d(4, 1)),
///     dienstbetrekking: Dienstbetrekking { aanvang: d(6, 1), uren_per_week: Hours::new(dec!(32))? },
/// };
/// assert_eq!(
///     doelgroep::uit_beschut_werk(&in_dienst),
///     Some(SegmentEvent::BeschutWerkGeplaatst { datum: d(6, 1) })
/// );
/// assert_eq!(doelgroep::uit_beschut_werk(&State::Kandidaat { sinds: d(1, 1) }), None);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn uit_beschut_werk(state: &beschut_werk::State) -> Option<SegmentEvent> {
    match state {
        beschut_werk::State::InDienst {
            dienstbetrekking, ..
        } => Some(SegmentEvent::BeschutWerkGeplaatst {
            datum: dienstbetrekking.aanvang,
        }),
        _ => None,
    }
}
