//! Legal terms for objection: the bezwaartermijn of the Awb, extended by the Algemene
//! termijnenwet when it ends on a weekend day or a public holiday.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::date::add_days;
use crate::error::Error;

/// The bezwaartermijn in days: six weeks (Awb art. 6:7).
const ZES_WEKEN: i64 = 42;

/// Easter Sunday of `year` (Gregorian computus).
#[allow(clippy::many_single_char_names)] // the computus's own letters
fn pasen(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The day the King's (before 2014 the Queen's) birthday is celebrated: 27 April from 2014,
/// 30 April before; the day before when that is a Sunday.
fn koningsdag(year: i32) -> Option<NaiveDate> {
    let day = if year >= 2014 { 27 } else { 30 };
    let date = NaiveDate::from_ymd_opt(year, 4, day)?;
    if date.weekday() == Weekday::Sun {
        date.pred_opt()
    } else {
        Some(date)
    }
}

/// Whether `date` is an `algemeen erkende feestdag` of the Algemene termijnenwet (art. 3 lid 1:
/// Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Christmas days, Hemelvaartsdag, the King's
/// birthday as celebrated, 5 May; lid 2: Goede Vrijdag).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::taal::is_algemeen_erkende_feestdag;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert!(is_algemeen_erkende_feestdag(d(2026, 4, 6)));  // tweede paasdag 2026
/// assert!(is_algemeen_erkende_feestdag(d(2026, 4, 3)));  // Goede Vrijdag 2026
/// assert!(is_algemeen_erkende_feestdag(d(2026, 5, 14))); // Hemelvaartsdag 2026
/// assert!(is_algemeen_erkende_feestdag(d(2026, 5, 25))); // tweede pinksterdag 2026
/// assert!(!is_algemeen_erkende_feestdag(d(2026, 4, 7)));
/// ```
#[must_use]
pub fn is_algemeen_erkende_feestdag(date: NaiveDate) -> bool {
    let (m, d) = (date.month(), date.day());
    if matches!((m, d), (1 | 5, 1 | 5) if m == d) || matches!((m, d), (12, 25 | 26)) {
        return true;
    }
    if koningsdag(date.year()) == Some(date) {
        return true;
    }
    let Some(easter) = pasen(date.year()) else {
        return false;
    };
    let offset = (date - easter).num_days();
    // Goede Vrijdag, tweede paasdag, Hemelvaartsdag, tweede pinksterdag.
    matches!(offset, -2 | 1 | 39 | 50)
}

/// The last day of a statutory term that ends on `einde`, extended by the Algemene termijnenwet
/// art. 1 lid 1 to the first day that is not a Saturday, Sunday or public holiday.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::taal::termijn_einde_atw;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(termijn_einde_atw(d(2026, 12, 25))?, d(2026, 12, 28)); // Christmas, weekend
/// assert_eq!(termijn_einde_atw(d(2026, 12, 29))?, d(2026, 12, 29));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn termijn_einde_atw(einde: NaiveDate) -> Result<NaiveDate, Error> {
    let mut day = einde;
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || is_algemeen_erkende_feestdag(day)
    {
        day = add_days(day, 1)?;
    }
    Ok(day)
}

/// The last day to object to a decision sent (`bekendgemaakt`) on `verzonden`: six weeks
/// (Awb art. 6:7) from the day after (art. 6:8 lid 1), so `verzonden` plus 42 days, extended by
/// the Algemene termijnenwet art. 1 when that day is a Saturday, Sunday or public holiday.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::taal::bezwaartermijn_einde;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // sent Tuesday 1 December 2026: the term runs 2 December up to and including 12 January 2027
/// assert_eq!(bezwaartermijn_einde(d(2026, 12, 1))?, d(2027, 1, 12));
/// // sent Friday 13 November 2026: six weeks end on Christmas Day, extended to Monday 28 December
/// assert_eq!(bezwaartermijn_einde(d(2026, 11, 13))?, d(2026, 12, 28));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn bezwaartermijn_einde(verzonden: NaiveDate) -> Result<NaiveDate, Error> {
    let verzonden = crate::date::checked(verzonden, "verzonden")?;
    termijn_einde_atw(add_days(verzonden, ZES_WEKEN)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_dates() {
        // Known Easter Sundays.
        assert_eq!(pasen(2024), Some(d(2024, 3, 31)));
        assert_eq!(pasen(2025), Some(d(2025, 4, 20)));
        assert_eq!(pasen(2026), Some(d(2026, 4, 5)));
        assert_eq!(pasen(2027), Some(d(2027, 3, 28)));
        assert_eq!(pasen(2019), Some(d(2019, 4, 21)));
        // Across the crate's range, the century terms included (the Gregorian computus's
        // correction changes from 2100 on).
        for (jaar, maand, dag) in [
            (1900, 4, 15),
            (1954, 4, 18),
            (2000, 4, 23),
            (2008, 3, 23),
            (2038, 4, 25),
            (2100, 3, 28),
            (2150, 4, 12),
            (2199, 4, 14),
            // the years of the computus's exception (its term m), where Easter falls a week
            // earlier than the plain rule gives
            (1954, 4, 18),
            (1981, 4, 19),
            (2049, 4, 18),
            (2076, 4, 19),
            (2106, 4, 18),
            (2133, 4, 19),
        ] {
            assert_eq!(pasen(jaar), Some(d(jaar, maand, dag)), "{jaar}");
        }
        // every year of the crate's range: a Sunday from 22 March to 25 April
        for jaar in 1900..=2199 {
            let p = pasen(jaar).unwrap();
            assert_eq!(p.weekday(), Weekday::Sun, "{jaar}");
            assert!(
                (d(jaar, 3, 22)..=d(jaar, 4, 25)).contains(&p),
                "{jaar}: {p}"
            );
        }
    }

    /// The fixed days of art. 3 lid 1: Nieuwjaarsdag, 5 May and both Christmas days; not the
    /// days around them, not 1 May or 5 January.
    #[test]
    fn the_fixed_holidays() {
        for (m, dag) in [(1, 1), (5, 5), (12, 25), (12, 26)] {
            assert!(is_algemeen_erkende_feestdag(d(2030, m, dag)), "{m}-{dag}");
        }
        for (m, dag) in [
            (12, 24),
            (12, 27),
            (12, 31),
            (1, 2),
            (5, 1),
            (1, 5),
            (5, 4),
            (5, 6),
        ] {
            assert!(!is_algemeen_erkende_feestdag(d(2030, m, dag)), "{m}-{dag}");
        }
    }

    #[test]
    fn kings_day_moves_off_sunday() {
        assert_eq!(koningsdag(2025), Some(d(2025, 4, 26))); // 27 April 2025 was a Sunday
        assert_eq!(koningsdag(2026), Some(d(2026, 4, 27)));
        assert_eq!(koningsdag(2013), Some(d(2013, 4, 30)));
        assert!(is_algemeen_erkende_feestdag(d(2025, 4, 26)));
        assert!(!is_algemeen_erkende_feestdag(d(2025, 4, 27)));
    }

    #[test]
    fn bezwaartermijn_on_a_weekday_is_not_extended() {
        // Sent Monday 2 March 2026: + 42 days = Monday 13 April 2026.
        assert_eq!(bezwaartermijn_einde(d(2026, 3, 2)).unwrap(), d(2026, 4, 13));
        // Sent Saturday 7 March 2026: ends Saturday 18 April, extended to Monday 20 April.
        assert_eq!(bezwaartermijn_einde(d(2026, 3, 7)).unwrap(), d(2026, 4, 20));
        // Sent 23 February 2026: six weeks end on Easter Monday 6 April, extended to 7 April.
        assert_eq!(bezwaartermijn_einde(d(2026, 2, 23)).unwrap(), d(2026, 4, 7));
        assert!(bezwaartermijn_einde(NaiveDate::MAX).is_err());
    }
}
