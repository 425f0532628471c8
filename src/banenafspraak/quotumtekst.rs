//! The texts (`quotumtekst`) of the quotumheffing through time: Wfsv art. 38e–38h with the
//! activation of art. 122n and the transitional art. 122na, as they read on a date.
//!
//! Each row is the text as read in the consolidation of that date (BWBR0017745). Where the
//! consolidation before it had the older text, the change took effect between the two; the
//! crate applies it from the first consolidation in which it was read, as `tekst` does for
//! art. 38b.
//!
//! | from | what changed | previous text read |
//! |---|---|---|
//! | 2015-05-01 | art. 38e–38j and 122n enacted; levy only if activated (art. 122n lid 1); set "vóór 1 augustus" | 2015-02-01 (no art. 38e) |
//! | 2017-01-01 | art. 38h lid 3: set "vóór 1 november" | 2016-12-08 |
//! | 2020-01-01 | art. 38e lid 1 and 122n lid 2: an activated levy can be "niet uitgevoerd"; art. 122na: not carried out over years before 1 januari 2022 | 2019-06-20 |
//! | 2022-12-14 | art. 122na lid 1: "vóór 1 januari 2026" | 2022-08-02 |
//! | 2026-01-01 | art. 122na lid 1: before the entry into force of art. 2 of the Wet banenafspraak | 2025-01-01 |
//!
//! Unchanged in every text read (2015-05-01, 2016-01-01, 2016-07-01, 2016-12-08, 2017-01-01,
//! 2018-01-01, 2019-06-20, 2020-01-01, 2022-01-01, 2026-01-01): art. 38h lid 4 "De
//! quotumheffing bedraagt het quotumtekort vermenigvuldigd met € 5.000." and the variables A–D
//! of art. 38g lid 3. Art. 38g lid 7 (the burgerservicenummer) was read from 2018-01-01 and
//! lid 8 (hours of a loonbelasting period in which the status begins or ends count too) from
//! 2019-06-20; both shape the hours the caller supplies, not the formula.
//!
//! The Wet banenafspraak (BWBR0051018) is first consolidated on 2026-01-01, with its art. 2
//! in it; the crate takes that day as the entry into force of art. 2
//! ([`WET_BANENAFSPRAAK_ARTIKEL_2`]), the royal decree naming the day not having been read.
//! Its art. 12 lid 2 keeps the Wfsv quotum rules, "zoals deze luidden op de dag voorafgaand",
//! for the years before that day; its own quotumregeling, the inclusiviteitsopslag of its
//! art. 6, is in `opslag`. The royal decree of its art. 13 (entry into force) was searched
//! for and not found in the sources read; the 2015 law's decree (Stb. 2015, 156: "Met ingang
//! van 1 mei 2015 treden in werking … de Wet banenafspraak en quotum arbeidsbeperkten")
//! confirms the first day of `T2015`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::wire::wire_enum;

const fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// The day the crate takes as the entry into force of art. 2 of the Wet banenafspraak: the
/// first consolidation of that law (BWBR0051018) that contains it, 2026-01-01.
pub const WET_BANENAFSPRAAK_ARTIKEL_2: NaiveDate = day(2026, 1, 1);

/// A text of the quotumheffing (Wfsv art. 38e–38h, 122n, 122na), named by the first
/// consolidation in which it was read.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::QuotumTekst;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(QuotumTekst::op(d(2015, 4, 30)), None);
/// assert_eq!(QuotumTekst::op(d(2016, 1, 1)), Some(QuotumTekst::T2015));
/// assert_eq!(QuotumTekst::op(d(2022, 12, 13)), Some(QuotumTekst::T2020));
/// assert_eq!(QuotumTekst::op(d(2022, 12, 14)), Some(QuotumTekst::T2022));
/// assert_eq!(QuotumTekst::T2017.vanaf(), d(2017, 1, 1));
/// assert_eq!("t2026".parse::<QuotumTekst>()?, QuotumTekst::T2026);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuotumTekst {
    /// From 2015-05-01: levied if activated; set before 1 August of the next year.
    T2015,
    /// From 2017-01-01: set before 1 November of the next year.
    T2017,
    /// From 2020-01-01: art. 122n lid 2 (not carried out) and art. 122na (not before 2022).
    T2020,
    /// From 2022-12-14: art. 122na, not before 2026.
    T2022,
    /// From 2026-01-01: art. 122na, not before art. 2 of the Wet banenafspraak.
    T2026,
}

wire_enum!(QuotumTekst);

pub(super) const TEKSTEN: [QuotumTekst; 5] = [
    QuotumTekst::T2026,
    QuotumTekst::T2022,
    QuotumTekst::T2020,
    QuotumTekst::T2017,
    QuotumTekst::T2015,
];

impl QuotumTekst {
    /// The text in force on `datum`; `None` before art. 38e ([`QuotumTekst::T2015`]).
    #[must_use]
    pub fn op(datum: NaiveDate) -> Option<QuotumTekst> {
        TEKSTEN.iter().copied().find(|t| t.vanaf() <= datum)
    }

    /// The first day the crate applies this text.
    ///
    /// ```
    /// use participatiewet::banenafspraak::QuotumTekst;
    /// assert_eq!(QuotumTekst::T2015.vanaf().to_string(), "2015-05-01");
    /// ```
    #[must_use]
    pub const fn vanaf(self) -> NaiveDate {
        match self {
            Self::T2015 => day(2015, 5, 1),
            Self::T2017 => day(2017, 1, 1),
            Self::T2020 => day(2020, 1, 1),
            Self::T2022 => day(2022, 12, 14),
            Self::T2026 => day(2026, 1, 1),
        }
    }

    /// The month whose first day the levy must be set before (art. 38h lid 3): August in the
    /// 2015 text ("vóór 1 augustus"), November from 2017 ("vóór 1 november").
    pub(super) const fn vaststelling_voor_maand(self) -> u32 {
        match self {
            Self::T2015 => 8,
            _ => 11,
        }
    }

    /// Whether art. 38e lid 1 and art. 122n lid 2 know an activated levy that is "niet
    /// uitgevoerd".
    pub(super) fn kent_niet_uitvoeren(self) -> bool {
        self >= Self::T2020
    }

    /// The day art. 122na lid 1 names: an activated levy is not carried out over calendar
    /// years that lie before it. `None` before art. 122na.
    pub(super) const fn uitgevoerd_vanaf(self) -> Option<NaiveDate> {
        match self {
            Self::T2015 | Self::T2017 => None,
            Self::T2020 => Some(day(2022, 1, 1)),
            Self::T2022 => Some(day(2026, 1, 1)),
            Self::T2026 => Some(WET_BANENAFSPRAAK_ARTIKEL_2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_ordered_and_each_starts_on_its_own_day() {
        for t in TEKSTEN {
            assert_eq!(QuotumTekst::op(t.vanaf()), Some(t));
            assert_ne!(QuotumTekst::op(t.vanaf().pred_opt().unwrap()), Some(t));
            assert_eq!(t.to_string().parse::<QuotumTekst>().unwrap(), t);
        }
        assert_eq!(QuotumTekst::op(day(2015, 4, 30)), None);
        assert_eq!(QuotumTekst::op(NaiveDate::MAX), Some(QuotumTekst::T2026));
        assert_eq!(QuotumTekst::op(NaiveDate::MIN), None);
    }

    #[test]
    fn each_text_says_what_it_read() {
        // 2015-05-01, art. 38h lid 3: "De vaststelling van de quotumheffing vindt plaats vóór
        // 1 augustus volgend op het kalenderjaar waarover het quotumtekort wordt vastgesteld."
        assert_eq!(QuotumTekst::T2015.vaststelling_voor_maand(), 8);
        // 2017-01-01, art. 38h lid 3: "... vindt plaats vóór 1 november volgend op het
        // kalenderjaar ..."
        assert_eq!(QuotumTekst::T2017.vaststelling_voor_maand(), 11);
        assert_eq!(QuotumTekst::T2026.vaststelling_voor_maand(), 11);
        // 2019-06-20, art. 38e lid 1 ends "... in de desbetreffende sector is geactiveerd.";
        // 2020-01-01 adds "en niet op grond van artikel 122n, tweede lid, niet wordt uitgevoerd."
        assert!(!QuotumTekst::T2017.kent_niet_uitvoeren());
        assert!(QuotumTekst::T2020.kent_niet_uitvoeren());
        // Art. 122na lid 1: "... niet uitgevoerd met betrekking tot kalenderjaren die zijn
        // gelegen vóór 1 januari 2022." (2020-01-01), "vóór 1 januari 2026." (2022-12-14),
        // "vóór het tijdstip van inwerkingtreding van artikel 2 van de Wet banenafspraak."
        // (2026-01-01).
        assert_eq!(QuotumTekst::T2017.uitgevoerd_vanaf(), None);
        assert_eq!(QuotumTekst::T2020.uitgevoerd_vanaf(), Some(day(2022, 1, 1)));
        assert_eq!(QuotumTekst::T2022.uitgevoerd_vanaf(), Some(day(2026, 1, 1)));
        assert_eq!(
            QuotumTekst::T2026.uitgevoerd_vanaf(),
            Some(WET_BANENAFSPRAAK_ARTIKEL_2)
        );
    }
}
