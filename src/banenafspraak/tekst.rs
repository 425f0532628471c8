//! The texts (`tekst`) of Wfsv art. 38b through time: which grounds the definition of an
//! `arbeidsbeperkte` has on a date.
//!
//! Each row is the text as read in the consolidation of that date on wetten.overheid.nl
//! (BWBR0017745). Where the consolidation before it had the older text, the change took effect
//! between the two; the crate applies it from the first consolidation in which it was read and
//! says so here, rather than guessing a commencement date.
//!
//! | from | what changed | previous text read |
//! |---|---|---|
//! | 2015-05-01 | art. 38b enacted: lid 1 a–d, lid 2; a excludes a person working in a beschut-werk dienstbetrekking | 2015-01-01 (no art. 38b) |
//! | 2016-01-01 | the opening words exclude a person the college determined to be beschut werk; onderdeel e (UWV on the person's own request) | 2015-07-01 |
//! | 2017-01-01 | onderdeel a also for a person with loonkostensubsidie (Pw art. 10d lid 2), and by a loonwaarde below the minimum wage | 2016-01-01 |
//! | 2018-01-01 | onderdeel e also requires the college's support towards a dienstbetrekking | 2017-01-01 |
//! | 2020-01-01 | onderdeel f (former Wsw/Wajong, transitional) and lid 6 (stays while registered) | 2019-01-01 |
//! | 2026-01-01 | onderdeel c: a Wajong person without durable capacity counts while in a dienstbetrekking; onderdeel g (WIA experiment) | 2025-01-01 |

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::wire::wire_enum;

const fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The first day of art. 38b as read (consolidation of 2015-05-01; the one of 2015-01-01 has
/// no art. 38b).
pub const ARTIKEL_38B_VANAF: NaiveDate = day(2015, 5, 1);

/// A text of art. 38b, named by the first consolidation in which it was read.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::Tekst;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(Tekst::op(d(2015, 4, 30)), None);
/// assert_eq!(Tekst::op(d(2016, 6, 1)), Some(Tekst::T2016));
/// assert_eq!(Tekst::op(d(2026, 7, 1)), Some(Tekst::T2026));
/// assert_eq!(Tekst::T2020.vanaf(), d(2020, 1, 1));
/// assert_eq!("t2020".parse::<Tekst>()?, Tekst::T2020);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Tekst {
    /// From 2015-05-01: lid 1 a–d and lid 2.
    T2015,
    /// From 2016-01-01: the beschut-werk exclusion in the opening words; onderdeel e.
    T2016,
    /// From 2017-01-01: onderdeel a with loonkostensubsidie and a loonwaarde below WML.
    T2017,
    /// From 2018-01-01: onderdeel e requires support towards a dienstbetrekking.
    T2018,
    /// From 2020-01-01: onderdeel f and lid 6.
    T2020,
    /// From 2026-01-01: onderdeel c's proviso for a dienstbetrekking; onderdeel g.
    T2026,
}

wire_enum!(Tekst);

const TEKSTEN: [Tekst; 6] = [
    Tekst::T2026,
    Tekst::T2020,
    Tekst::T2018,
    Tekst::T2017,
    Tekst::T2016,
    Tekst::T2015,
];

impl Tekst {
    /// The text in force on `datum`; `None` before art. 38b ([`ARTIKEL_38B_VANAF`]).
    #[must_use]
    pub fn op(datum: NaiveDate) -> Option<Tekst> {
        TEKSTEN.iter().copied().find(|t| t.vanaf() <= datum)
    }

    /// The first day the crate applies this text.
    ///
    /// ```
    /// use participatiewet::banenafspraak::{ARTIKEL_38B_VANAF, Tekst};
    /// assert_eq!(Tekst::T2015.vanaf(), ARTIKEL_38B_VANAF);
    /// ```
    #[must_use]
    pub const fn vanaf(self) -> NaiveDate {
        match self {
            Self::T2015 => ARTIKEL_38B_VANAF,
            Self::T2016 => day(2016, 1, 1),
            Self::T2017 => day(2017, 1, 1),
            Self::T2018 => day(2018, 1, 1),
            Self::T2020 => day(2020, 1, 1),
            Self::T2026 => day(2026, 1, 1),
        }
    }

    /// Whether the opening words of lid 1 exclude the person the college determined to be
    /// beschut werk (Pw art. 10b lid 1).
    pub(crate) fn uitsluiting_beschut_werk(self) -> bool {
        self >= Self::T2016
    }

    /// Whether onderdeel e exists.
    pub(crate) fn onderdeel_e(self) -> bool {
        self >= Self::T2016
    }

    /// Whether onderdeel a covers loonkostensubsidie and a college's loonwaarde.
    pub(crate) fn a_ruim(self) -> bool {
        self >= Self::T2017
    }

    /// Whether onderdeel e requires the college's support towards a dienstbetrekking.
    pub(crate) fn e_met_toeleiding(self) -> bool {
        self >= Self::T2018
    }

    /// Whether onderdeel f and lid 6 exist.
    pub(crate) fn f_en_lid_6(self) -> bool {
        self >= Self::T2020
    }

    /// Whether onderdeel c keeps a person without durable capacity who works in a
    /// dienstbetrekking, and onderdeel g exists.
    pub(crate) fn c_dienstbetrekking_en_g(self) -> bool {
        self >= Self::T2026
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_ordered_and_each_starts_on_its_own_day() {
        for t in TEKSTEN {
            assert_eq!(Tekst::op(t.vanaf()), Some(t));
            assert_ne!(Tekst::op(t.vanaf().pred_opt().unwrap()), Some(t));
        }
        assert_eq!(Tekst::op(ARTIKEL_38B_VANAF.pred_opt().unwrap()), None);
        assert_eq!(Tekst::op(NaiveDate::MAX), Some(Tekst::T2026));
        assert_eq!(Tekst::op(NaiveDate::MIN), None);
    }

    #[test]
    fn wire_names_round_trip() {
        for t in TEKSTEN {
            assert_eq!(t.to_string().parse::<Tekst>().unwrap(), t);
        }
    }
}
