//! Service-level targets: when a first reply and a resolution are due, and
//! how a timer stands at a given moment. Targets count calendar time, or
//! only working time when a business-hours calendar is configured.

use crate::Priority;
use std::str::FromStr;
use time::{Duration, OffsetDateTime, Time, UtcOffset, Weekday};

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

/// Working days and hours in one UTC offset, e.g. `mon-fri 09:00-18:00 +01:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BusinessHours {
    /// Monday first.
    pub days: [bool; 7],
    pub start: Time,
    pub end: Time,
    pub offset: UtcOffset,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("business hours must look like \"mon-fri 09:00-18:00 +01:00\"")]
pub struct BadBusinessHours;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn parse_hm(s: &str) -> Result<Time, BadBusinessHours> {
    let (h, m) = s.split_once(':').ok_or(BadBusinessHours)?;
    let h: u8 = h.parse().map_err(|_| BadBusinessHours)?;
    let m: u8 = m.parse().map_err(|_| BadBusinessHours)?;
    Time::from_hms(h, m, 0).map_err(|_| BadBusinessHours)
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
        let mut parts = s.split_whitespace();
        let days_part = parts.next().ok_or(BadBusinessHours)?;
        let hours_part = parts.next().ok_or(BadBusinessHours)?;
        let offset = match parts.next() {
            Some(o) => parse_offset(o).ok_or(BadBusinessHours)?,
            None => UtcOffset::UTC,
        };
        if parts.next().is_some() {
            return Err(BadBusinessHours);
        }
        let pos = |d: &str| DAYS.iter().position(|x| *x == d).ok_or(BadBusinessHours);
        let mut days = [false; 7];
        for range in days_part.to_ascii_lowercase().split(',') {
            match range.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (pos(a)?, pos(b)?);
                    if a > b {
                        return Err(BadBusinessHours);
                    }
                    days[a..=b].iter_mut().for_each(|d| *d = true);
                }
                None => days[pos(range)?] = true,
            }
        }
        let (start, end) = hours_part.split_once('-').ok_or(BadBusinessHours)?;
        let (start, end) = (parse_hm(start)?, parse_hm(end)?);
        if start >= end || !days.contains(&true) {
            return Err(BadBusinessHours);
        }
        Ok(BusinessHours {
            days,
            start,
            end,
            offset,
        })
    }
}

impl BusinessHours {
    fn is_working_day(&self, d: Weekday) -> bool {
        self.days[d.number_days_from_monday() as usize]
    }
}

/// The moment `minutes` of (working) time after `from`.
pub fn due(from: OffsetDateTime, minutes: i64, hours: Option<&BusinessHours>) -> OffsetDateTime {
    let Some(h) = hours else {
        return from + Duration::minutes(minutes);
    };
    let mut t = from.to_offset(h.offset);
    let mut left = Duration::minutes(minutes.max(0));
    // At most a few years of days; the calendar always has a working day.
    for _ in 0..4000 {
        let day_start = t.replace_time(h.start);
        let day_end = t.replace_time(h.end);
        if !h.is_working_day(t.weekday()) || t >= day_end {
            t = (t.replace_time(Time::MIDNIGHT) + Duration::days(1)).replace_time(h.start);
            continue;
        }
        if t < day_start {
            t = day_start;
        }
        let available = day_end - t;
        if left <= available {
            return (t + left).to_offset(from.offset());
        }
        left -= available;
        t = (t.replace_time(Time::MIDNIGHT) + Duration::days(1)).replace_time(h.start);
    }
    (t + left).to_offset(from.offset())
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
        assert_eq!(h.offset, UtcOffset::UTC);
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
