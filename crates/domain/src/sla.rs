//! Service-level targets: when a first reply and a resolution are due, and
//! how a timer stands at a given moment. Targets count calendar time, or
//! only working time when a business-hours calendar is configured.

use crate::Priority;
use std::str::FromStr;
use time::{Date, Duration, Month, OffsetDateTime, Time, UtcOffset};

/// Minutes allowed per priority (low, normal, high, urgent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    pub first_reply_minutes: [i64; 4],
    pub resolution_minutes: [i64; 4],
}

impl Default for Targets {
    fn default() -> Self {
        Targets {
            first_reply_minutes: [24 * 60, 8 * 60, 2 * 60, 30],
            resolution_minutes: [10 * 24 * 60, 5 * 24 * 60, 24 * 60, 8 * 60],
        }
    }
}

fn index(p: Priority) -> usize {
    match p {
        Priority::Low => 0,
        Priority::Normal => 1,
        Priority::High => 2,
        Priority::Urgent => 3,
    }
}

impl Targets {
    pub fn first_reply(&self, p: Priority) -> i64 {
        self.first_reply_minutes[index(p)]
    }
    pub fn resolution(&self, p: Priority) -> i64 {
        self.resolution_minutes[index(p)]
    }
    /// Sets the target for one priority by name; false for an unknown name.
    pub fn set(&mut self, which: Which, priority: &str, minutes: i64) -> bool {
        let Ok(p) = priority.parse::<Priority>() else {
            return false;
        };
        match which {
            Which::FirstReply => self.first_reply_minutes[index(p)] = minutes,
            Which::Resolution => self.resolution_minutes[index(p)] = minutes,
        }
        true
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    FirstReply,
    Resolution,
}

/// Working days and hours in a time zone, e.g. `mon-fri 09:00-18:00
/// Europe/Rome` (an IANA name: local time, daylight saving included) or
/// `mon-fri 09:00-18:00 +01:00` (one fixed offset all year), with
/// holidays on which no SLA time counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessHours {
    /// Monday first.
    pub days: [bool; 7],
    /// Local opening and closing times in `zone`.
    pub start: Time,
    pub end: Time,
    pub zone: Zone,
    pub holidays: Vec<Holiday>,
}

/// Where the business hours are read: a fixed offset or an IANA zone from
/// the time-zone database bundled into the binary (nothing is read from
/// the system at run time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Zone {
    Fixed(UtcOffset),
    Named(jiff::tz::TimeZone),
}

impl Zone {
    /// The offset from UTC at that moment.
    pub fn offset_at(&self, at: OffsetDateTime) -> UtcOffset {
        match self {
            Zone::Fixed(o) => *o,
            Zone::Named(tz) => {
                let secs = tz.to_offset(timestamp(at)).seconds();
                UtcOffset::from_whole_seconds(secs).unwrap_or(UtcOffset::UTC)
            }
        }
    }

    /// The moment a local date and time happens. A time skipped by a
    /// daylight-saving change (02:30 on the last Sunday of March in Rome)
    /// moves forward by the length of the gap (03:30); a time that happens
    /// twice (02:30 on the last Sunday of October) is its first occurrence.
    pub fn moment(&self, date: Date, t: Time) -> OffsetDateTime {
        let fixed = |o: UtcOffset| date.with_time(t).assume_offset(o);
        match self {
            Zone::Fixed(o) => fixed(*o),
            Zone::Named(tz) => {
                let civil = jiff::civil::date(
                    date.year() as i16,
                    u8::from(date.month()) as i8,
                    date.day() as i8,
                )
                .at(t.hour() as i8, t.minute() as i8, t.second() as i8, 0);
                tz.to_ambiguous_timestamp(civil)
                    .compatible()
                    .ok()
                    .and_then(|ts| {
                        OffsetDateTime::from_unix_timestamp_nanos(ts.as_nanosecond()).ok()
                    })
                    .unwrap_or_else(|| fixed(UtcOffset::UTC))
            }
        }
    }

    /// The IANA name, or None for a fixed offset.
    pub fn name(&self) -> Option<&str> {
        match self {
            Zone::Fixed(_) => None,
            Zone::Named(tz) => tz.iana_name(),
        }
    }
}

fn timestamp(at: OffsetDateTime) -> jiff::Timestamp {
    let secs = at.unix_timestamp();
    jiff::Timestamp::new(secs, at.nanosecond() as i32).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// The time-zone database compiled into the binary.
fn tzdb() -> &'static jiff::tz::TimeZoneDatabase {
    static DB: std::sync::LazyLock<jiff::tz::TimeZoneDatabase> =
        std::sync::LazyLock::new(jiff::tz::TimeZoneDatabase::bundled);
    &DB
}

/// Parses an IANA zone name such as `Europe/Rome`, or a fixed offset
/// (`+01:00`, `-05:30`, `Z`, `UTC`).
impl FromStr for Zone {
    type Err = BadBusinessHours;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(o) = parse_offset(s) {
            return Ok(Zone::Fixed(o));
        }
        if s.starts_with(['+', '-']) {
            return Err(BadBusinessHours::Format);
        }
        tzdb()
            .get(s)
            .map(Zone::Named)
            .map_err(|_| BadBusinessHours::Zone(s.to_owned()))
    }
}

/// A day on which no SLA time counts: one date (`2026-12-25`) or the same
/// month and day every year (`12-25`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Date(Date),
    Yearly(Month, u8),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is neither a date (YYYY-MM-DD) nor a day of every year (MM-DD)")]
pub struct BadHoliday(pub String);

impl FromStr for Holiday {
    type Err = BadHoliday;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadHoliday(s.to_owned());
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u16, BadHoliday> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        match parts.as_slice() {
            [y, m, d] => {
                let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
                let month = Month::try_from(m as u8).map_err(|_| bad())?;
                Date::from_calendar_date(i32::from(y), month, d as u8)
                    .map(Holiday::Date)
                    .map_err(|_| bad())
            }
            [m, d] => {
                let (m, d) = (num(m, 2)?, num(d, 2)?);
                let month = Month::try_from(m as u8).map_err(|_| bad())?;
                // 02-29 is allowed: a holiday in leap years only.
                Date::from_calendar_date(2024, month, d as u8)
                    .map(|_| Holiday::Yearly(month, d as u8))
                    .map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    }
}

impl Holiday {
    pub fn is(&self, date: Date) -> bool {
        match *self {
            Holiday::Date(d) => d == date,
            Holiday::Yearly(m, d) => date.month() == m && date.day() == d,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadBusinessHours {
    #[error(
        "business hours must look like \"mon-fri 09:00-18:00 Europe/Rome\" or \"mon-fri 09:00-18:00 +01:00\""
    )]
    Format,
    #[error(
        "{0:?} is not a time zone: use an IANA name such as Europe/Rome, or an offset such as +01:00"
    )]
    Zone(String),
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn parse_hm(s: &str) -> Result<Time, BadBusinessHours> {
    let (h, m) = s.split_once(':').ok_or(BadBusinessHours::Format)?;
    let h: u8 = h.parse().map_err(|_| BadBusinessHours::Format)?;
    let m: u8 = m.parse().map_err(|_| BadBusinessHours::Format)?;
    Time::from_hms(h, m, 0).map_err(|_| BadBusinessHours::Format)
}

/// Parses `+01:00`, `-05:30` or `Z`.
pub fn parse_offset(s: &str) -> Option<UtcOffset> {
    if s == "Z" || s == "UTC" {
        return Some(UtcOffset::UTC);
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = s[1..].split_once(':')?;
    let h: i8 = h.parse().ok()?;
    let m: i8 = m.parse().ok()?;
    UtcOffset::from_hms(sign * h, sign * m, 0).ok()
}

impl FromStr for BusinessHours {
    type Err = BadBusinessHours;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use BadBusinessHours::Format;
        let mut parts = s.split_whitespace();
        let days_part = parts.next().ok_or(Format)?;
        let hours_part = parts.next().ok_or(Format)?;
        let zone = match parts.next() {
            Some(z) => z.parse()?,
            None => Zone::Fixed(UtcOffset::UTC),
        };
        if parts.next().is_some() {
            return Err(Format);
        }
        let pos = |d: &str| DAYS.iter().position(|x| *x == d).ok_or(Format);
        let mut days = [false; 7];
        for range in days_part.to_ascii_lowercase().split(',') {
            match range.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (pos(a)?, pos(b)?);
                    if a > b {
                        return Err(Format);
                    }
                    days[a..=b].iter_mut().for_each(|d| *d = true);
                }
                None => days[pos(range)?] = true,
            }
        }
        let (start, end) = hours_part.split_once('-').ok_or(Format)?;
        let (start, end) = (parse_hm(start)?, parse_hm(end)?);
        if start >= end || !days.contains(&true) {
            return Err(Format);
        }
        Ok(BusinessHours {
            days,
            start,
            end,
            zone,
            holidays: Vec::new(),
        })
    }
}

impl BusinessHours {
    /// The same hours with these holidays.
    pub fn with_holidays(mut self, holidays: Vec<Holiday>) -> Self {
        self.holidays = holidays;
        self
    }

    fn is_working_day(&self, d: Date) -> bool {
        self.days[d.weekday().number_days_from_monday() as usize]
            && !self.holidays.iter().any(|h| h.is(d))
    }

    /// When the working time of a local date begins and ends.
    fn window(&self, d: Date) -> (OffsetDateTime, OffsetDateTime) {
        (
            self.zone.moment(d, self.start),
            self.zone.moment(d, self.end),
        )
    }
}

/// The moment `minutes` of (working) time after `from`. With business
/// hours, each working day counts from its local opening to its local
/// closing time as they happen in the zone, so a 09:00-18:00 day is 9
/// hours on the days clocks change too, and the due time is a real moment
/// (never in an hour a daylight-saving change skips).
pub fn due(from: OffsetDateTime, minutes: i64, hours: Option<&BusinessHours>) -> OffsetDateTime {
    let Some(h) = hours else {
        return from + Duration::minutes(minutes);
    };
    let mut left = Duration::minutes(minutes.max(0));
    let mut day = from.to_offset(h.zone.offset_at(from)).date();
    // At most about eleven years of days: enough for any target, and a
    // bound if holidays happened to cover every working day.
    for _ in 0..4000 {
        if h.is_working_day(day) {
            let (open, close) = h.window(day);
            let begin = open.max(from);
            if begin < close {
                let available = close - begin;
                if left <= available {
                    return (begin + left).to_offset(from.offset());
                }
                left -= available;
            }
        }
        let Some(next) = day.next_day() else { break };
        day = next;
    }
    (from + left).to_offset(from.offset())
}

/// Where a timer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// Still running; seconds left.
    Running(i64),
    /// Still running and past due by these seconds.
    Breached(i64),
    /// Done in time.
    Met,
    /// Done, but after the due time.
    MetLate,
}

impl Timer {
    pub fn at(due: OffsetDateTime, done: Option<OffsetDateTime>, now: OffsetDateTime) -> Timer {
        match done {
            Some(d) if d <= due => Timer::Met,
            Some(_) => Timer::MetLate,
            None if now <= due => Timer::Running((due - now).whole_seconds()),
            None => Timer::Breached((now - due).whole_seconds()),
        }
    }
    pub fn breached(self) -> bool {
        matches!(self, Timer::Breached(_) | Timer::MetLate)
    }
    pub fn key(self) -> &'static str {
        match self {
            Timer::Running(_) => "running",
            Timer::Breached(_) => "breached",
            Timer::Met => "met",
            Timer::MetLate => "met_late",
        }
    }
}

/// A short human duration such as `2h 05m` or `3d 4h`.
pub fn short_duration(secs: i64) -> String {
    let secs = secs.abs();
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m:02}m")
    } else {
        format!("{m}m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn calendar_time_without_hours() {
        let from = datetime!(2026-11-27 17:00 UTC);
        assert_eq!(due(from, 120, None), datetime!(2026-11-27 19:00 UTC));
    }

    #[test]
    fn business_hours_skip_nights_and_weekends() {
        let h: BusinessHours = "mon-fri 09:00-18:00 +01:00".parse().unwrap();
        // Friday 17:00 local (16:00 UTC), 2 working hours: 1h Friday, 1h Monday.
        let from = datetime!(2026-11-27 16:00 UTC);
        assert_eq!(due(from, 120, Some(&h)), datetime!(2026-11-30 09:00 UTC));
        // Saturday: starts Monday 09:00 local.
        let sat = datetime!(2026-11-28 10:00 UTC);
        assert_eq!(due(sat, 30, Some(&h)), datetime!(2026-11-30 08:30 UTC));
        // Before opening on a weekday.
        let early = datetime!(2026-11-25 05:00 UTC);
        assert_eq!(due(early, 60, Some(&h)), datetime!(2026-11-25 09:00 UTC));
    }

    #[test]
    fn parses_lists_and_rejects_nonsense() {
        let h: BusinessHours = "mon,wed-thu 08:30-12:00".parse().unwrap();
        assert_eq!(h.days, [true, false, true, true, false, false, false]);
        assert_eq!(h.zone, Zone::Fixed(UtcOffset::UTC));
        for bad in [
            "",
            "mon-fri",
            "fri-mon 09:00-18:00",
            "mon 18:00-09:00",
            "xyz 09:00-10:00",
        ] {
            assert!(bad.parse::<BusinessHours>().is_err(), "{bad}");
        }
    }

    fn rome(s: &str) -> BusinessHours {
        let h: BusinessHours = s.parse().unwrap();
        assert_eq!(h.zone.name(), Some("Europe/Rome"));
        h
    }

    #[test]
    fn spring_forward_in_rome() {
        // Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST.
        let h = rome("mon-sun 09:00-18:00 Europe/Rome");
        // Saturday 17:00 CET, 2 hours: 1h Saturday, 1h Sunday from 09:00 CEST.
        let sat = datetime!(2026-03-28 17:00 +01:00);
        assert_eq!(due(sat, 120, Some(&h)), datetime!(2026-03-29 10:00 +02:00));
        // The whole Sunday is 9 hours, 09:00 to 18:00 CEST.
        let sun = datetime!(2026-03-29 09:00 +02:00);
        assert_eq!(
            due(sun, 9 * 60, Some(&h)),
            datetime!(2026-03-29 18:00 +02:00)
        );
        assert_eq!(
            due(sun, 9 * 60 + 1, Some(&h)),
            datetime!(2026-03-30 09:01 +02:00)
        );
        // Hours across the change: 00:00 CET to 06:00 CEST is 5 real hours,
        // and 2h30 after midnight is 03:30 CEST, not the skipped 02:30.
        let night = rome("mon-sun 00:00-06:00 Europe/Rome");
        let midnight = datetime!(2026-03-29 00:00 +01:00);
        let d = due(midnight, 150, Some(&night));
        assert_eq!(d, datetime!(2026-03-29 03:30 +02:00));
        assert_eq!(
            due(midnight, 5 * 60, Some(&night)),
            datetime!(2026-03-29 06:00 +02:00)
        );
        assert_eq!(
            due(midnight, 5 * 60 + 1, Some(&night)),
            datetime!(2026-03-30 00:01 +02:00)
        );
        // Opening at a skipped time opens when the clock gets there.
        let gap = rome("mon-sun 02:30-05:00 Europe/Rome");
        let sat_night = datetime!(2026-03-28 04:30 +01:00);
        assert_eq!(
            due(sat_night, 60, Some(&gap)),
            datetime!(2026-03-29 04:00 +02:00)
        );
    }

    #[test]
    fn fall_back_in_rome() {
        // Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET.
        let h = rome("mon-sun 09:00-18:00 Europe/Rome");
        let sat = datetime!(2026-10-24 17:00 +02:00);
        assert_eq!(due(sat, 120, Some(&h)), datetime!(2026-10-25 10:00 +01:00));
        let sun = datetime!(2026-10-25 09:00 +01:00);
        assert_eq!(
            due(sun, 9 * 60, Some(&h)),
            datetime!(2026-10-25 18:00 +01:00)
        );
        // 00:00 CEST to 06:00 CET is 7 real hours on that night.
        let night = rome("mon-sun 00:00-06:00 Europe/Rome");
        let midnight = datetime!(2026-10-25 00:00 +02:00);
        assert_eq!(
            due(midnight, 7 * 60, Some(&night)),
            datetime!(2026-10-25 06:00 +01:00)
        );
        assert_eq!(
            due(midnight, 150, Some(&night)),
            datetime!(2026-10-25 02:30 +02:00)
        );
        assert_eq!(
            due(midnight, 210, Some(&night)),
            datetime!(2026-10-25 02:30 +01:00)
        );
        // A summer ticket keeps summer time, a winter one winter time.
        let weekdays = rome("mon-fri 09:00-18:00 Europe/Rome");
        let july = datetime!(2026-07-01 06:00 UTC);
        assert_eq!(
            due(july, 60, Some(&weekdays)),
            datetime!(2026-07-01 08:00 UTC)
        );
        let january = datetime!(2026-01-07 06:00 UTC);
        assert_eq!(
            due(january, 60, Some(&weekdays)),
            datetime!(2026-01-07 09:00 UTC)
        );
    }

    #[test]
    fn friday_evening_is_due_on_monday() {
        let h = rome("mon-fri 09:00-18:00 Europe/Rome");
        let friday = datetime!(2026-11-27 19:00 +01:00);
        assert_eq!(
            due(friday, 60, Some(&h)),
            datetime!(2026-11-30 10:00 +01:00)
        );
        // The due time keeps the offset it was asked in.
        let utc = datetime!(2026-11-27 18:00 UTC);
        let d = due(utc, 60, Some(&h));
        assert_eq!(d, datetime!(2026-11-30 09:00 UTC));
        assert_eq!(d.offset(), UtcOffset::UTC);
    }

    #[test]
    fn holidays_count_no_time() {
        let holidays: Vec<Holiday> = ["12-25", "12-26", "2026-12-28"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let h = rome("mon-fri 09:00-18:00 Europe/Rome").with_holidays(holidays);
        // Thursday 24 December 17:00, 4 hours: 1h Thursday, Friday 25 is a
        // yearly holiday, the weekend, Monday 28 a one-off holiday, then 3h
        // on Tuesday 29.
        let eve = datetime!(2026-12-24 17:00 +01:00);
        assert_eq!(due(eve, 240, Some(&h)), datetime!(2026-12-29 12:00 +01:00));
        // The one-off date is a working day the next year.
        let monday = datetime!(2027-12-27 17:00 +01:00);
        assert_eq!(
            due(monday, 240, Some(&h)),
            datetime!(2027-12-28 12:00 +01:00)
        );
        // A yearly holiday comes back: 2031-12-25 and 26 are Thursday and
        // Friday, so Wednesday 24 at 17:00 plus 2 hours is Monday 29 10:00.
        let eve31 = datetime!(2031-12-24 17:00 +01:00);
        assert_eq!(
            due(eve31, 120, Some(&h)),
            datetime!(2031-12-29 10:00 +01:00)
        );
        // A holiday every day of the week still ends.
        let all: Vec<Holiday> = (1..=12)
            .flat_map(|m| (1..=31).map(move |d| format!("{m:02}-{d:02}")))
            .filter_map(|s| s.parse().ok())
            .collect();
        let closed = rome("mon-sun 09:00-18:00 Europe/Rome").with_holidays(all);
        let from = datetime!(2026-12-24 17:00 +01:00);
        assert_eq!(due(from, 60, Some(&closed)), from + Duration::hours(1));
    }

    #[test]
    fn zones_and_holidays_parse() {
        assert_eq!(
            "mon-fri 09:00-18:00 Europe/Rom".parse::<BusinessHours>(),
            Err(BadBusinessHours::Zone("Europe/Rom".into()))
        );
        assert_eq!(
            "mon-fri 09:00-18:00 +0100".parse::<BusinessHours>(),
            Err(BadBusinessHours::Format)
        );
        let fixed: BusinessHours = "mon-fri 09:00-18:00 +01:00".parse().unwrap();
        assert_eq!(fixed.zone.name(), None);
        assert_eq!(
            "America/New_York"
                .parse::<Zone>()
                .map(|z| z.name().map(str::to_owned)),
            Ok(Some("America/New_York".to_owned()))
        );
        assert_eq!(
            "2026-12-25".parse(),
            Ok(Holiday::Date(time::macros::date!(2026 - 12 - 25)))
        );
        assert_eq!("12-25".parse(), Ok(Holiday::Yearly(Month::December, 25)));
        assert!("02-29".parse::<Holiday>().is_ok());
        for bad in [
            "",
            "2026-13-01",
            "12-32",
            "2027-02-29",
            "12/25",
            "26-12-25",
            "1-1",
            "x",
        ] {
            assert!(bad.parse::<Holiday>().is_err(), "{bad}");
        }
    }

    proptest::proptest! {
        /// A due time in business hours falls inside a working window of a
        /// working day, and more minutes never make it earlier.
        #[test]
        fn due_falls_in_working_hours(secs in 1_767_225_600i64..1_830_297_600, minutes in 1i64..20_000) {
            let h = rome("mon-fri 09:00-18:00 Europe/Rome")
                .with_holidays(vec![Holiday::Yearly(Month::December, 25)]);
            let from = OffsetDateTime::from_unix_timestamp(secs).unwrap();
            let d = due(from, minutes, Some(&h));
            let local = d.to_offset(h.zone.offset_at(d));
            proptest::prop_assert!(d > from);
            proptest::prop_assert!(h.is_working_day(local.date()), "{local}");
            proptest::prop_assert!(local.time() > h.start && local.time() <= h.end, "{local}");
            proptest::prop_assert!(due(from, minutes + 1, Some(&h)) > d);
        }
    }

    #[test]
    fn timers() {
        let due = datetime!(2026-11-28 12:00 UTC);
        let before = datetime!(2026-11-28 11:00 UTC);
        let after = datetime!(2026-11-28 12:30 UTC);
        assert_eq!(Timer::at(due, None, before), Timer::Running(3600));
        assert_eq!(Timer::at(due, None, after), Timer::Breached(1800));
        assert_eq!(Timer::at(due, Some(before), after), Timer::Met);
        assert_eq!(Timer::at(due, Some(after), after), Timer::MetLate);
        assert_eq!(short_duration(3600 + 300), "1h 05m");
        assert_eq!(short_duration(90_000), "1d 1h");
    }

    #[test]
    fn targets_by_priority() {
        let mut t = Targets::default();
        assert!(t.set(Which::FirstReply, "urgent", 15));
        assert!(!t.set(Which::FirstReply, "blocker", 15));
        assert_eq!(t.first_reply(Priority::Urgent), 15);
        assert_eq!(t.resolution(Priority::Normal), 5 * 24 * 60);
    }
}
