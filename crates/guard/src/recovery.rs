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
        while i < b.len() && codes.len() < MAX_CODES {
            let le = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |p| i + p);
            let line = b[i..le].strip_suffix(b"\r").unwrap_or(&b[i..le]);
            let lead = line
                .iter()
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            let lead = lead + list_marker(&line[lead..]);
            let code = &line[lead..];
            let code = code.trim_ascii_end();
            if !is_code(code) {
                break;
            }
            codes.push((i + lead, i + lead + code.len()));
            i = le + 1;
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

/// One code: letters and digits, 6 to 20 of them, in at most four groups
/// joined by single dashes or spaces; with a digit, or else two groups of
/// one length joined by a dash (`ywvff-njqdx`), as generators print
/// them (words are not written so).
fn is_code(v: &[u8]) -> bool {
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
    let paired = joins == 1
        && memchr::memchr(b'-', v).is_some_and(|d| d * 2 + 1 == v.len())
        && v.iter().all(|c| !c.is_ascii_uppercase());
    shaped && (v.iter().any(u8::is_ascii_digit) || paired)
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
}
