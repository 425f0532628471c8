//! Dates as the law counts them: age on a date, months with a named month-end rule, periods
//! `[from, to)` and Monday-based calendar weeks.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde};

/// What adding months does when the day does not exist in the target month (31 January plus
/// one month, 29 February plus a year).
///
/// The crate never picks silently: every month addition names its rule.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{add_months, MonthEnd};
///
/// let jan31 = NaiveDate::from_ymd_opt(2025, 1, 31).unwrap();
/// assert_eq!(add_months(jan31, 1, MonthEnd::LastDay)?, NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
/// assert_eq!(add_months(jan31, 1, MonthEnd::NextDay)?, NaiveDate::from_ymd_opt(2025, 3, 1).unwrap());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MonthEnd {
    /// The last day of the target month (31 January + 1 month = 28 or 29 February).
    LastDay,
    /// The day after the last day of the target month (31 January + 1 month = 1 March).
    NextDay,
}

crate::wire::wire_enum!(MonthEnd);

/// The rule by which a person born on 29 February has a birthday in a year without one.
///
/// Dutch law has no general provision that the crate could find: the Participatiewet, the AOW
/// and the Algemene termijnenwet count ages and terms without naming 29 February, and the
/// public sources found are secondary (a newspaper holds that such a person is legally a year
/// older on 1 March). The point is unsettled; the crate counts the birthday on 28 February
/// (the last day of the month), so that a person born on 29 February 2008 is 18 on
/// 28 February 2026. The rule is this one constant so that it can be changed in one place.
pub const BIRTHDAY_RULE: MonthEnd = MonthEnd::LastDay;

/// The earliest date the crate accepts in any fact, state or table: 1 January 1900.
///
/// Birth dates of people still alive and every date of the law the crate encodes lie far inside
/// [`EARLIEST`]..=[`LATEST`]; a date outside is refused everywhere with
/// [`Error::DateOutOfRange`], so that no date arithmetic can reach the calendar's limits.
///
/// ```
/// use participatiewet::{EARLIEST, LATEST};
/// assert_eq!(EARLIEST.to_string(), "1900-01-01");
/// assert_eq!(LATEST.to_string(), "2199-12-31");
/// ```
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The latest date the crate accepts: 31 December 2199 (see [`EARLIEST`]).
pub const LATEST: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// `date` when it lies in [`EARLIEST`]..=[`LATEST`]; otherwise [`Error::DateOutOfRange`] for the
/// input `field` (its wire name).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::check_date;
/// assert!(check_date(NaiveDate::MIN, "geboortedatum").is_err());
/// assert_eq!(check_date(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(), "geboortedatum")?.to_string(), "1990-01-01");
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn check_date(date: NaiveDate, field: &'static str) -> Result<NaiveDate, Error> {
    checked(date, field)
}

pub(crate) fn checked(date: NaiveDate, field: &'static str) -> Result<NaiveDate, Error> {
    if (EARLIEST..=LATEST).contains(&date) {
        Ok(date)
    } else {
        Err(Error::DateOutOfRange {
            field: field.into(),
            date,
        })
    }
}

/// `date` plus `months` (negative: minus), with `rule` for a day that does not exist.
///
/// Errors only outside the calendar's range.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{add_months, MonthEnd};
///
/// let d = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
/// assert_eq!(add_months(d, -1, MonthEnd::LastDay)?, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
/// assert_eq!(add_months(d, 12, MonthEnd::LastDay)?, NaiveDate::from_ymd_opt(2025, 3, 31).unwrap());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn add_months(date: NaiveDate, months: i32, rule: MonthEnd) -> Result<NaiveDate, Error> {
    let overflow = || Error::overflow("date plus months");
    // Count in months since year 0, then split back: no calendar walk.
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).map_err(|_| overflow())?;
    let month = u32::try_from(total.rem_euclid(12)).map_err(|_| overflow())? + 1;
    let last = days_in_month(year, month);
    if date.day() <= last {
        return NaiveDate::from_ymd_opt(year, month, date.day()).ok_or_else(overflow);
    }
    let last_day = NaiveDate::from_ymd_opt(year, month, last).ok_or_else(overflow)?;
    match rule {
        MonthEnd::LastDay => Ok(last_day),
        MonthEnd::NextDay => last_day.succ_opt().ok_or_else(overflow),
    }
}

/// The number of days of `month` (1–12) in `year` of the proleptic Gregorian calendar.
const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// `date` plus `years` and `months`, with `rule` for a day that does not exist.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{add_years_months, MonthEnd};
///
/// let born = NaiveDate::from_ymd_opt(1961, 1, 15).unwrap();
/// assert_eq!(
///     add_years_months(born, 67, 3, MonthEnd::LastDay)?,
///     NaiveDate::from_ymd_opt(2028, 4, 15).unwrap()
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn add_years_months(
    date: NaiveDate,
    years: u32,
    months: u32,
    rule: MonthEnd,
) -> Result<NaiveDate, Error> {
    let total = years
        .checked_mul(12)
        .and_then(|m| m.checked_add(months))
        .and_then(|m| i32::try_from(m).ok())
        .ok_or_else(|| Error::overflow("date plus years"))?;
    add_months(date, total, rule)
}

/// `date` plus `days` (negative: minus); errors only outside the calendar's range.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::add_days;
/// let d = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
/// assert_eq!(add_days(d, 1)?, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn add_days(date: NaiveDate, days: i64) -> Result<NaiveDate, Error> {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(n)
    } else {
        date.checked_sub_days(n)
    }
    .ok_or_else(|| Error::overflow("date plus days"))
}

/// The day after `date` (cheaper than [`add_days`] by one); errors only at the calendar's end.
pub(crate) fn next_day(date: NaiveDate) -> Result<NaiveDate, Error> {
    date.succ_opt()
        .ok_or_else(|| Error::overflow("date plus days"))
}

/// The day before `date`; errors only at the calendar's start.
pub(crate) fn previous_day(date: NaiveDate) -> Result<NaiveDate, Error> {
    date.pred_opt()
        .ok_or_else(|| Error::overflow("date plus days"))
}

/// The day a person born on `birth` reaches `years` of age, by [`BIRTHDAY_RULE`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::birthday;
/// let born = NaiveDate::from_ymd_opt(2008, 2, 29).unwrap();
/// assert_eq!(birthday(born, 18)?, NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn birthday(birth: NaiveDate, years: u32) -> Result<NaiveDate, Error> {
    add_years_months(birth, years, 0, BIRTHDAY_RULE)
}

/// A person's age in whole years on `peildatum`, counting birthdays by [`BIRTHDAY_RULE`].
///
/// Errors when `peildatum` is before the birth date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::age_on;
///
/// let born = NaiveDate::from_ymd_opt(2004, 2, 29).unwrap();
/// assert_eq!(age_on(born, NaiveDate::from_ymd_opt(2025, 2, 27).unwrap())?, 20);
/// assert_eq!(age_on(born, NaiveDate::from_ymd_opt(2025, 2, 28).unwrap())?, 21);
/// assert_eq!(age_on(born, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())?, 20);
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn age_on(birth: NaiveDate, peildatum: NaiveDate) -> Result<u32, Error> {
    if peildatum < birth {
        return Err(Error::facts(
            "geboortedatum",
            Text::owned(
                format!(
                    "de geboortedatum {} ligt na de peildatum {}",
                    crate::taal::datum(birth, crate::Taal::Nl),
                    crate::taal::datum(peildatum, crate::Taal::Nl)
                ),
                format!("the birth date {birth} is after the peildatum {peildatum}"),
            ),
        ));
    }
    // The birthday in the peildatum's year, with the named rule for 29 February in a year
    // without one; then the age is the difference in years, minus one before that birthday.
    let birthday_this_year = if birth.month() == 2 && birth.day() == 29 && !peildatum.leap_year() {
        match BIRTHDAY_RULE {
            MonthEnd::LastDay => (2, 28),
            MonthEnd::NextDay => (3, 1),
        }
    } else {
        (birth.month(), birth.day())
    };
    let years = u32::try_from(peildatum.year() - birth.year()).unwrap_or(0);
    let before_birthday = (peildatum.month(), peildatum.day()) < birthday_this_year;
    Ok(if before_birthday {
        years.saturating_sub(1)
    } else {
        years
    })
}

/// The Monday that starts the calendar week of `date` (WW counts calendar weeks from Monday).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::monday_of;
/// let sunday = NaiveDate::from_ymd_opt(2025, 11, 23).unwrap();
/// assert_eq!(monday_of(sunday), NaiveDate::from_ymd_opt(2025, 11, 17).unwrap());
/// ```
#[must_use]
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}

/// Whether `date` is a Monday.
///
/// ```
/// use chrono::NaiveDate;
/// assert!(participatiewet::is_monday(NaiveDate::from_ymd_opt(2025, 11, 17).unwrap()));
/// ```
#[must_use]
pub fn is_monday(date: NaiveDate) -> bool {
    date.weekday() == Weekday::Mon
}

/// A half-open period `[from, to)`: it contains `from` and ends just before `to`.
///
/// Deserialising checks `from < to` like the constructor.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Period;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let p = Period::new(d(1, 1), d(2, 1))?;
/// assert!(p.contains(d(1, 31)));
/// assert!(!p.contains(d(2, 1)));
/// assert_eq!(p.days(), 31);
/// assert_eq!(p.last_day(), d(1, 31));
/// assert!(Period::new(d(2, 1), d(2, 1)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Period {
    from: NaiveDate,
    to: NaiveDate,
}

validated_serde!(Period);

impl Validate for Period {
    fn validate(&self) -> Result<(), Error> {
        checked(self.from, "from")?;
        checked(self.to, "to")?;
        if self.from >= self.to {
            return Err(Error::facts(
                "to",
                Text::owned(
                    format!(
                        "de periode eindigt op {}, niet na het begin {}",
                        self.to, self.from
                    ),
                    format!("ends on {}, not after its start {}", self.to, self.from),
                ),
            ));
        }
        Ok(())
    }
}

impl Period {
    /// The period from `from` up to but not including `to`; errors unless `from < to`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert!(participatiewet::Period::new(d, d).is_err());
    /// ```
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, Error> {
        let period = Self { from, to };
        period.validate()?;
        Ok(period)
    }

    /// The first day in the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let e = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
    /// assert_eq!(participatiewet::Period::new(d, e)?.from(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn from(&self) -> NaiveDate {
        self.from
    }

    /// The first day after the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let e = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
    /// assert_eq!(participatiewet::Period::new(d, e)?.to(), e);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn to(&self) -> NaiveDate {
        self.to
    }

    /// The last day in the period (the day before [`Period::to`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(participatiewet::Period::new(d, d.succ_opt().unwrap())?.last_day(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn last_day(&self) -> NaiveDate {
        self.to.pred_opt().unwrap_or(self.from)
    }

    /// Whether `date` lies in the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// let p = participatiewet::Period::new(d, d.succ_opt().unwrap())?;
    /// assert!(p.contains(d));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date < self.to
    }

    /// The number of days in the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let e = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    /// assert_eq!(participatiewet::Period::new(d, e)?.days(), 366);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The month arithmetic as chrono does it (clamping to the month's last day), with the
    /// named rule applied after: the reference `add_months` is checked against.
    fn add_months_chrono(date: NaiveDate, months: i32, rule: MonthEnd) -> Option<NaiveDate> {
        let shifted = if months >= 0 {
            date.checked_add_months(chrono::Months::new(months.unsigned_abs()))
        } else {
            date.checked_sub_months(chrono::Months::new(months.unsigned_abs()))
        }?;
        if shifted.day() == date.day() || rule == MonthEnd::LastDay {
            Some(shifted)
        } else {
            shifted.succ_opt()
        }
    }

    proptest::proptest! {
        /// Over chrono's whole calendar and any number of months, `add_months` gives chrono's
        /// answer with the named rule, and an error (never a panic) where chrono has none.
        #[test]
        fn add_months_agrees_with_chrono(
            days in i32::MIN..=i32::MAX,
            months in proptest::prop_oneof![-2400..=2400_i32, proptest::num::i32::ANY],
            last in proptest::bool::ANY,
        ) {
            let min = NaiveDate::MIN.num_days_from_ce();
            let max = NaiveDate::MAX.num_days_from_ce();
            let span = i64::from(max) - i64::from(min) + 1;
            let offset = (i64::from(days) - i64::from(i32::MIN)).rem_euclid(span);
            let date = NaiveDate::from_num_days_from_ce_opt(i32::try_from(i64::from(min) + offset).unwrap()).unwrap();
            let rule = if last { MonthEnd::LastDay } else { MonthEnd::NextDay };
            proptest::prop_assert_eq!(add_months(date, months, rule).ok(), add_months_chrono(date, months, rule));
        }
    }

    /// Century years are leap years only when divisible by 400 (the Gregorian rule chrono
    /// follows): 1900 and 2100 have no 29 February, 2000 and 2400 have one.
    #[test]
    fn add_months_knows_the_century_leap_years() {
        for (year, leap) in [
            (1900, false),
            (2000, true),
            (2100, false),
            (2400, true),
            (2024, true),
            (2023, false),
        ] {
            let feb_end = if leap { d(year, 2, 29) } else { d(year, 2, 28) };
            assert_eq!(
                add_months(d(year, 1, 31), 1, MonthEnd::LastDay).unwrap(),
                feb_end,
                "{year}"
            );
            let next = if leap { d(year, 2, 29) } else { d(year, 3, 1) };
            assert_eq!(
                add_months(d(year, 1, 29), 1, MonthEnd::NextDay).unwrap(),
                next,
                "{year}"
            );
        }
    }

    #[test]
    fn add_months_at_the_calendar_edges() {
        for rule in [MonthEnd::LastDay, MonthEnd::NextDay] {
            for months in [i32::MIN, -1, 0, 1, i32::MAX] {
                for date in [
                    NaiveDate::MIN,
                    NaiveDate::MAX,
                    EARLIEST,
                    LATEST,
                    d(2024, 1, 31),
                ] {
                    assert_eq!(
                        add_months(date, months, rule).ok(),
                        add_months_chrono(date, months, rule),
                        "{date} {months} {rule:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn month_end_rules_at_month_ends() {
        assert_eq!(
            add_months(d(2024, 1, 31), 1, MonthEnd::LastDay).unwrap(),
            d(2024, 2, 29)
        );
        assert_eq!(
            add_months(d(2024, 1, 31), 1, MonthEnd::NextDay).unwrap(),
            d(2024, 3, 1)
        );
        assert_eq!(
            add_months(d(2024, 8, 31), 1, MonthEnd::LastDay).unwrap(),
            d(2024, 9, 30)
        );
        assert_eq!(
            add_months(d(2024, 8, 31), 1, MonthEnd::NextDay).unwrap(),
            d(2024, 10, 1)
        );
        // A day that exists is never moved, whatever the rule.
        assert_eq!(
            add_months(d(2024, 1, 30), 1, MonthEnd::NextDay).unwrap(),
            d(2024, 3, 1)
        );
        assert_eq!(
            add_months(d(2024, 1, 28), 1, MonthEnd::NextDay).unwrap(),
            d(2024, 2, 28)
        );
        assert_eq!(
            add_months(d(2024, 2, 29), 12, MonthEnd::LastDay).unwrap(),
            d(2025, 2, 28)
        );
        assert_eq!(
            add_months(d(2024, 2, 29), 12, MonthEnd::NextDay).unwrap(),
            d(2025, 3, 1)
        );
        assert_eq!(
            add_months(d(2024, 2, 29), 48, MonthEnd::NextDay).unwrap(),
            d(2028, 2, 29)
        );
        assert_eq!(
            add_months(d(2024, 3, 31), -1, MonthEnd::NextDay).unwrap(),
            d(2024, 3, 1)
        );
    }

    #[test]
    fn age_on_29_february() {
        let born = d(2000, 2, 29);
        assert_eq!(age_on(born, d(2018, 2, 27)).unwrap(), 17);
        assert_eq!(age_on(born, d(2018, 2, 28)).unwrap(), 18);
        assert_eq!(age_on(born, d(2020, 2, 28)).unwrap(), 19);
        assert_eq!(age_on(born, d(2020, 2, 29)).unwrap(), 20);
        assert_eq!(age_on(born, born).unwrap(), 0);
        assert!(age_on(born, d(2000, 2, 28)).is_err());
    }

    #[test]
    fn age_on_ordinary_birthday() {
        let born = d(1990, 6, 15);
        assert_eq!(age_on(born, d(2017, 6, 14)).unwrap(), 26);
        assert_eq!(age_on(born, d(2017, 6, 15)).unwrap(), 27);
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(monday_of(d(2024, 1, 1)), d(2024, 1, 1));
        assert_eq!(monday_of(d(2024, 1, 7)), d(2024, 1, 1));
        assert_eq!(monday_of(d(2024, 1, 8)), d(2024, 1, 8));
        assert!(is_monday(d(2024, 1, 8)));
    }

    #[test]
    fn tampered_period_is_rejected() {
        let bad = r#"{"from":"2025-02-01","to":"2025-01-01"}"#;
        assert!(serde_json::from_str::<Period>(bad).is_err());
    }
}
