//! Two-factor recovery codes (also "backup codes"): the single-use codes a
//! service prints when two-factor login is turned on, each one a way in
//! without the second factor. Services print them as a list, one code a
//! line, in groups joined by a dash or a space (`hfpw6-xftxt`,
//! `6427-3857`, `1234 5678`). Read only as a list of two or more codes
//! right under a line that names them ("the customer pasted their MFA
//! recovery codes:"); "Trouble? Use a recovery code." names none.

use crate::{Confidence, Finding, Kind};

/// How many codes a list may hold (services print 8 to 16).
const MAX_CODES: usize = 24;

/// Each name of recovery codes ending at `starts` (the trigger pass's
/// `Listed` keys): the codes listed right under its line.
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &s in starts {
        if s < done {
            continue;
        }
        // The name's line ends within 48 bytes (a `:` or a word or two).
        let lim = (s + 96).min(b.len());
        let Some(nl) = memchr::memchr(b'\n', &b[s..lim]) else {
            continue;
        };
        let mut i = s + nl + 1;
        // One blank line may come first.
        if b.get(i) == Some(&b'\n') {
            i += 1;
        } else if b.get(i..i + 2) == Some(b"\r\n") {
            i += 2;
        }
        let mut codes = Vec::new();
        let mut strong = 0;
        'lines: while i < b.len() && codes.len() < MAX_CODES {
            let le = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
            let line = b[i..le].strip_suffix(b"\r").unwrap_or(&b[i..le]);
            let lead = line
                .iter()
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            let lead = lead + list_marker(&line[lead..]);
            // Codes printed in columns: cells apart by a tab or two
            // spaces or more; each cell is one code.
            let mut row = Vec::new();
            for (cs, ce) in cells(line, lead).into_iter().take(MAX_CODES) {
                match is_code(&line[cs..ce]) {
                    Some(st) => {
                        strong += usize::from(st);
                        row.push((i + cs, i + ce));
                    }
                    None => break 'lines,
                }
            }
            if row.is_empty() {
                break;
            }
            codes.extend(row);
            i = le + 1;
        }
        if strong == 0 {
            continue;
        }
        if codes.len() >= 2 {
            done = i;
            out.extend(codes.into_iter().map(|(cs, ce)| Finding {
                kind: Kind::Pin,
                start: cs,
                end: ce,
                confidence: Confidence::High,
            }));
        }
    }
}

/// A list item's marker before a code, as a notes app or a message
/// numbers or bullets a pasted list (`1. `, `2) `, `- `, `• `): its
/// length, spaces after it included; 0 when the line has none.
fn list_marker(line: &[u8]) -> usize {
    let digits = line.iter().take_while(|c| c.is_ascii_digit()).count();
    let mark = if (1..=2).contains(&digits) && matches!(line.get(digits), Some(b'.' | b')')) {
        digits + 1
    } else if matches!(line.first(), Some(b'-' | b'*')) {
        1
    } else if line.starts_with("•".as_bytes()) {
        "•".len()
    } else {
        return 0;
    };
    let spaces = line[mark..].iter().take_while(|c| **c == b' ').count();
    if spaces == 0 {
        return 0;
    }
    mark + spaces
}

/// The cells of a line from `from`: runs apart by a tab or by two
/// spaces or more (one space joins a code's groups).
fn cells(line: &[u8], from: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    let n = line.len();
    while i < n {
        while i < n && matches!(line[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= n {
            break;
        }
        let s = i;
        while i < n
            && line[i] != b'\t'
            && !(line[i] == b' ' && line.get(i + 1).is_some_and(|c| matches!(c, b' ' | b'\t')))
            && !(line[i] == b' ' && i + 1 == n)
        {
            i += 1;
        }
        out.push((s, i));
    }
    out
}

/// One code: letters and digits, 6 to 20 of them, in at most four groups
/// joined by single dashes or spaces. `Some(true)` with a digit, or for
/// two groups of one length and one case joined by a dash (`ywvff-njqdx`,
/// `DPTE-HKWH`), as generators print them (words are not written so);
/// `Some(false)` for one run of 8 to 20 letters of one case
/// (`gubramkasf`), which a generator prints among the others but which
/// counts only in a list that holds a code of the first sort.
fn is_code(v: &[u8]) -> Option<bool> {
    let alnum = v.iter().filter(|c| c.is_ascii_alphanumeric()).count();
    let joins = v.iter().filter(|c| matches!(c, b'-' | b' ')).count();
    let shaped = (6..=20).contains(&alnum)
        && alnum + joins == v.len()
        && joins <= 3
        && v.first().is_some_and(u8::is_ascii_alphanumeric)
        && v.last().is_some_and(u8::is_ascii_alphanumeric)
        && !v
            .windows(2)
            .any(|w| !w[0].is_ascii_alphanumeric() && !w[1].is_ascii_alphanumeric());
    if !shaped {
        return None;
    }
    let one_case =
        v.iter().all(|c| !c.is_ascii_uppercase()) || v.iter().all(|c| !c.is_ascii_lowercase());
    let paired =
        joins == 1 && memchr::memchr(b'-', v).is_some_and(|d| d * 2 + 1 == v.len()) && one_case;
    if v.iter().any(u8::is_ascii_digit) || paired {
        return Some(true);
    }
    (joins == 0 && alnum >= 8 && one_case).then_some(false)
}

#[cfg(test)]
mod tests {
    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> = t.find("recovery codes").into_iter().collect();
        super::scan(t, &starts, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn a_list_of_codes_under_their_name() {
        assert_eq!(
            found(
                "pasted their MFA recovery codes:\n\nhfpw6-xftxt\n6427-3857\nywvff-njqdx\n\nThey need"
            ),
            ["hfpw6-xftxt", "6427-3857", "ywvff-njqdx"]
        );
        assert!(found("Trouble? Use a recovery codes page.\nThanks").is_empty());
        // Numbered or bulleted as a notes app keeps them.
        assert_eq!(
            found(
                "I had the recovery codes in Notes:\n1. 18278365\n2. 3614 4216\n- 70930874\ncan I use these?"
            ),
            ["18278365", "3614 4216", "70930874"]
        );
        // A numbered list of words is none.
        assert!(found("recovery codes:\n1. open settings\n2. tap security\n").is_empty());
        assert!(found("recovery codes:\nsee the wiki\nask Anna").is_empty());
    }

    #[test]
    fn codes_printed_in_columns_and_of_letters_only() {
        assert_eq!(
            found("my recovery codes:\nkq7vz-2mfpa    4410 9921\nHRTW-PLDX\tmvcxzqrtul\n\nthanks"),
            ["kq7vz-2mfpa", "4410 9921", "HRTW-PLDX", "mvcxzqrtul"]
        );
        // Runs of letters alone are words, not a list of codes.
        assert!(found("recovery codes:\nregenerate\neverything\n").is_empty());
        // Two words spaced apart in a sentence are no cells of codes.
        assert!(found("recovery codes:\nI lost them  sorry\n").is_empty());
    }
}
