//! A number whose digits were counted in the same breath: "she read out
//! six digits from her phone (703523)", "mi ha dettato le 3 cifre dietro la
//! carta, 605". The count is a check: only a number of exactly that many
//! digits is taken, so "six digits" near a year or an order number passes.
//! A card's last or first digits ("the last four digits are 4444") are
//! none of this.

use crate::text::{boundary_after, boundary_before};
use crate::{Confidence, Finding, Kind};

/// Counts said as a digit or a word (English, Italian), 3 to 8.
const COUNTS: [(&[u8], usize); 12] = [
    (b"three", 3),
    (b"tre", 3),
    (b"four", 4),
    (b"quattro", 4),
    (b"five", 5),
    (b"cinque", 5),
    (b"six", 6),
    (b"sei", 6),
    (b"seven", 7),
    (b"sette", 7),
    (b"eight", 8),
    (b"otto", 8),
];

/// Words before the count that make the digits part of a longer number.
const PART: [&[u8]; 8] = [
    b"last",
    b"first",
    b"final",
    b"ultime",
    b"prime",
    b"finali",
    b"ending",
    b"iniziali",
];

/// Where the back of a card is named: three or four counted digits there
/// are its security code.
const BACK: [&[u8]; 5] = [b"back", b"retro", b"dietro", b"card", b"carta"];

/// The word right before `end` (after spaces), lowercased, and where it
/// starts.
fn word_before(b: &[u8], end: usize) -> (Vec<u8>, usize) {
    let mut e = end;
    while e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 12 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    (b[s..e].to_ascii_lowercase(), s)
}

fn count_at(word: &[u8]) -> Option<usize> {
    if let [d @ b'3'..=b'8'] = word {
        return Some(usize::from(d - b'0'));
    }
    COUNTS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// `words`: where `digits` or `cifre` ends, in order (the trigger pass).
pub(crate) fn scan(text: &str, words: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &from in words {
        let w = from - if b[..from].ends_with(b"cifre") { 5 } else { 6 };
        let (count_word, cs) = word_before(b, w);
        let Some(n) = count_at(&count_word) else {
            continue;
        };
        // "le ultime 4 cifre", "the last four digits": part of a number;
        // of a PIN when the line names one just before ("PIN: le prime
        // quattro cifre sono 8214, le altre sei … 877573"), and then the
        // other part follows, counted too.
        let (before, _) = word_before(b, cs);
        let pin_parts = PART.contains(&&before[..]) && pin_named_before(b, cs);
        if PART.contains(&&before[..]) && !pin_parts || !boundary_before(b, cs) {
            continue;
        }
        // The number: the first one in the next 48 bytes of the sentence.
        let lim = (from + 48).min(b.len());
        let Some(o) = b[from..lim].iter().position(u8::is_ascii_digit) else {
            continue;
        };
        let s = from + o;
        let between = &b[from..s];
        if between.contains(&b'\n') || between.windows(2).any(|p| p == b". ") {
            continue;
        }
        // Digits in groups joined by one space or dash (`662 190`, `476-709`).
        let mut e = s;
        let mut digits = 0;
        while e < b.len() {
            if b[e].is_ascii_digit() {
                digits += 1;
                e += 1;
            } else if matches!(b[e], b' ' | b'-') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
                e += 1;
            } else {
                break;
            }
        }
        if digits != n || !boundary_before(b, s) || !boundary_after(b, e) {
            continue;
        }
        let said = b[cs..s].to_ascii_lowercase();
        let back = BACK
            .iter()
            .any(|k| memchr::memmem::find(&said, k).is_some());
        let kind = if back && n <= 4 { Kind::Cvv } else { Kind::Pin };
        out.push(Finding {
            kind,
            start: s,
            end: e,
            confidence: Confidence::Medium,
        });
        if pin_parts && let Some((s, e)) = other_part(b, e) {
            out.push(Finding {
                kind: Kind::Pin,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
        }
    }
}

/// "PIN" (a word) in the 48 bytes before `at`, on its line.
fn pin_named_before(b: &[u8], at: usize) -> bool {
    let lo = at.saturating_sub(48);
    let ls = memchr::memrchr(b'\n', &b[lo..at]).map_or(lo, |p| lo + p + 1);
    let w = b[ls..at].to_ascii_lowercase();
    memchr::memmem::find_iter(&w, b"pin").any(|k| {
        (k == 0 || !w[k - 1].is_ascii_alphanumeric())
            && w.get(k + 3).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// After a PIN's first part, "le altre sei (…) sono 877573", "the other
/// six … 877573": a count after "other", "remaining", "last", then the
/// first number of exactly that many digits, within the sentence (80
/// bytes).
fn other_part(b: &[u8], from: usize) -> Option<(usize, usize)> {
    const OTHER: [&[u8]; 8] = [
        b"altre",
        b"restanti",
        b"ultime",
        b"other",
        b"remaining",
        b"last",
        b"next",
        b"seconde",
    ];
    let hi = (from + 80).min(b.len());
    let line = &b[from..hi];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    let words: Vec<(usize, usize)> = line
        .split(|c| !c.is_ascii_alphanumeric())
        .scan(0usize, |pos, w| {
            let s = *pos;
            *pos += w.len() + 1;
            Some((s, s + w.len()))
        })
        .filter(|(s, e)| e > s)
        .collect();
    let k = words
        .windows(2)
        .position(|p| OTHER.contains(&&line[p[0].0..p[0].1].to_ascii_lowercase()[..]))?;
    let n = count_at(&line[words[k + 1].0..words[k + 1].1].to_ascii_lowercase())?;
    words[k + 2..]
        .iter()
        .find(|&&(s, e)| line[s..e].iter().all(u8::is_ascii_digit))
        .filter(|&&(s, e)| e - s == n)
        .map(|&(s, e)| (from + s, from + e))
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_pin_given_in_two_counted_parts() {
        let t = "PIN: the first four digits are 5170, the other six came by post: 902244";
        assert_eq!(found(t), ["5170", "902244"]);
        let t = "il PIN: le prime tre cifre sono 731, le restanti cinque sono 04418";
        assert_eq!(found(t), ["731", "04418"]);
        // A card's first digits, with no PIN named, are part of its number.
        assert!(found("the first four digits of the card are 4929, the rest I forgot").is_empty());
    }
}
