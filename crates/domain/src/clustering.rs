//! Incident clustering: many tickets about the same product with the same
//! error message, within a short sliding window, are probably one outage.
//! Error messages are compared after normalization, so request ids,
//! numbers and timestamps do not split a cluster.

use regex::Regex;
use std::sync::LazyLock;

/// How many similar tickets within how long make a possible incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub threshold: usize,
    pub window_secs: i64,
}

impl Default for Rule {
    fn default() -> Self {
        Rule {
            threshold: 3,
            window_secs: 30 * 60,
        }
    }
}

static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b",
    )
    .unwrap_or_else(|_| unreachable!())
});
static UUID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
        .unwrap_or_else(|_| unreachable!())
});
/// Words with a digit in them; those with three or more digits and a
/// letter are ids (`req_8f3a2b91`), others keep their letters.
static DIGIT_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[a-z0-9_\-]*\d[a-z0-9_\-]*").unwrap_or_else(|_| unreachable!()));
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:[.,]\d+)*").unwrap_or_else(|_| unreachable!()));

/// The longest signature kept; longer messages are cut.
pub const MAX_SIGNATURE_CHARS: usize = 200;

/// An error message with ids, numbers and timestamps replaced by
/// placeholders, lower-cased, with whitespace collapsed. Empty input (or
/// input that is nothing but ids) gives an empty signature, which never
/// clusters.
pub fn normalize(message: &str) -> String {
    let lower = message.to_lowercase();
    let s = TIMESTAMP.replace_all(&lower, "<ts>");
    let s = UUID.replace_all(&s, "<id>");
    let s = DIGIT_WORD.replace_all(&s, |c: &regex::Captures| {
        let w = &c[0];
        let digits = w.chars().filter(char::is_ascii_digit).count();
        if digits >= 3 && w.chars().any(|c| c.is_ascii_alphabetic()) {
            "<id>".to_owned()
        } else {
            w.to_owned()
        }
    });
    let s = NUMBER.replace_all(&s, "<n>");
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if out
        .split(' ')
        .all(|w| w.chars().all(|c| !c.is_alphabetic()) || matches!(w, "<n>" | "<id>" | "<ts>"))
    {
        return String::new();
    }
    if out.chars().count() > MAX_SIGNATURE_CHARS {
        out = out.chars().take(MAX_SIGNATURE_CHARS).collect();
    }
    out
}

/// The largest number of `times` (unix seconds) that fall within any
/// window of `window_secs` (both ends included).
pub fn peak(times: &[i64], window_secs: i64) -> usize {
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let mut best = 0;
    let mut lo = 0;
    for hi in 0..sorted.len() {
        while sorted[hi] - sorted[lo] > window_secs {
            lo += 1;
        }
        best = best.max(hi - lo + 1);
    }
    best
}

/// The largest number of tickets in any run of whole minutes that fits in
/// `window_secs`, from counts per minute (`(minute, n)`, ascending): a
/// lower bound of [`peak`] over the same tickets' times, for bursts too
/// large to read one by one.
pub fn peak_of_minutes(minutes: &[(i64, i64)], window_secs: i64) -> usize {
    let span = (window_secs / 60).max(1);
    let mut best = 0;
    let mut sum = 0;
    let mut lo = 0;
    for &(minute, n) in minutes {
        sum += n;
        while minute - minutes[lo].0 >= span {
            sum -= minutes[lo].1;
            lo += 1;
        }
        best = best.max(sum);
    }
    usize::try_from(best).unwrap_or(0)
}

impl Rule {
    /// Whether these creation times make a possible incident.
    pub fn is_incident(&self, times: &[i64]) -> bool {
        self.threshold > 0 && peak(times, self.window_secs) >= self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minute_counts_give_the_peak_to_the_minute() {
        // Thirty minutes: the 10 at minute 100 and the 7 at 129 share a
        // window, the 5 at 130 does not join the 10.
        let minutes = [(100, 10), (129, 7), (130, 5), (200, 1)];
        assert_eq!(peak_of_minutes(&minutes, 30 * 60), 17);
        assert_eq!(peak_of_minutes(&minutes, 60), 10);
        assert_eq!(peak_of_minutes(&[], 1800), 0);
        // Never above the peak over the times themselves.
        let times = [100 * 60, 100 * 60 + 59, 101 * 60];
        let per_minute = [(100, 2), (101, 1)];
        assert!(peak_of_minutes(&per_minute, 60) <= peak(&times, 60));
    }

    #[test]
    fn strips_ids_numbers_and_timestamps() {
        let a = normalize(
            "HTTP 502 upstream_unavailable request c39df0fb-a684-447c-9fbc-3f24c288f608 at 2026-11-28T09:41:00+01:00",
        );
        let b = normalize(
            "http 503  Upstream_unavailable request 0b7e1c2a-1111-4222-8333-444455556666 at 2026-11-28 10:02:13Z",
        );
        assert_eq!(a, b);
        assert_eq!(a, "http <n> upstream_unavailable request <id> at <ts>");
        assert_eq!(
            normalize("timeout after 30s on req_8f3a2b91 (09:41)"),
            "timeout after <n>s on <id> (<ts>)"
        );
        assert_eq!(normalize("invalid oauth2 scope"), "invalid oauth<n> scope");
        assert_eq!(normalize("  "), "");
        assert_eq!(normalize("12345"), "");
    }

    #[test]
    fn peak_counts_a_sliding_window() {
        assert_eq!(peak(&[], 1800), 0);
        assert_eq!(peak(&[0, 1800, 3600], 1800), 2);
        assert_eq!(peak(&[3600, 0, 1000, 1800], 1800), 3);
        let rule = Rule::default();
        assert!(!rule.is_incident(&[0, 900]));
        assert!(rule.is_incident(&[0, 900, 1800]));
        assert!(!rule.is_incident(&[0, 901, 1802]));
        let strict = Rule {
            threshold: 5,
            window_secs: 600,
        };
        assert!(!strict.is_incident(&[0, 1, 2, 3]));
        assert!(strict.is_incident(&[0, 1, 2, 3, 600]));
    }
}
