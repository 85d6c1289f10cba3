//! "ci ha letto il codice SMS: 4689 8602, e poi quello nuovo 455 548",
//! "read me the code 771204 and then the new one 093318": a second
//! one-time code handed over in the same sentence as a first, after words
//! that say it replaces it. Read only after a code was found, from its
//! end, within the sentence.

use crate::{Confidence, Finding, Kind};

/// The words that hand over the next code, lowercase; what follows may be
/// a colon or "è"/"is" before the digits.
const NEXT: &[&str] = &[
    "e poi quello nuovo",
    "poi quello nuovo",
    "e quello nuovo",
    "and then the new one",
    "then the new one",
    "and the new one",
];

/// How far after the first code the words may start (a comma, "and").
const GAP: usize = 8;

pub(crate) fn scan(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut add = Vec::new();
    for f in found.iter().filter(|f| f.kind == Kind::Pin) {
        if let Some((s, e)) = next_code(b, f.end) {
            add.push(Finding {
                kind: Kind::Pin,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
        }
    }
    found.extend(add);
}

fn next_code(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < b.len() && i - from < GAP && matches!(b[i], b',' | b' ' | b';') {
        i += 1;
    }
    let rest = b.get(i..(i + 24).min(b.len()))?;
    let words = NEXT
        .iter()
        .find(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))?;
    let mut v = i + words.len();
    if b.get(v) == Some(&b':') {
        v += 1;
    }
    v = crate::value::skip_spaces(b, v);
    for lead in [&b"is "[..], "è ".as_bytes()] {
        if b[v.min(b.len())..].starts_with(lead) {
            v += lead.len();
        }
    }
    crate::context::code_digits(b, v, 4, 8)
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as as found, scan};

    #[test]
    fn the_new_code_after_the_first_in_one_sentence() {
        let t = "she read me the OTP code 771204, and then the new one 093 318.\n";
        assert_eq!(found(t, Kind::Pin), ["771204", "093 318"]);
    }

    #[test]
    fn without_a_first_code_nothing_is_read() {
        let t = "the old badge expired, and then the new one 0933 arrived\n";
        assert!(scan(t).is_empty(), "{:?}", scan(t));
    }
}
