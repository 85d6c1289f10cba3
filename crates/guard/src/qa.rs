//! Questionnaires answered in text: a question line, then its answer
//! marked `A:`, `R:`, `Answer:`, `Risposta:`, `->` or `→` (`Q: Device
//! PIN` / `A: 4821`), or — in a reply written above the quoted form — the
//! answer on its own line and the question quoted below it (`4821` /
//! `> 3) Device PIN`). The question says what the answer is: the first
//! key word in it, read as a column's header is.

use crate::{Confidence, Finding, Kind, tables};

/// Words of a question that name what its answer holds, strongest first
/// (a "PIN of the OTP token" is a PIN).
const WORDS: &[(&str, Kind)] = &[
    ("cvv", Kind::Cvv),
    ("cvv2", Kind::Cvv),
    ("cvc", Kind::Cvv),
    ("cvc2", Kind::Cvv),
    ("csc", Kind::Cvv),
    ("pin", Kind::Pin),
    ("otp", Kind::Pin),
    ("password", Kind::Password),
    ("passwort", Kind::Password),
    ("passphrase", Kind::Password),
    ("contraseña", Kind::Password),
    ("kennwort", Kind::Password),
    ("token", Kind::AccessToken),
    ("secret", Kind::AccessToken),
    ("segreto", Kind::AccessToken),
];

/// What a question asks for, from its words.
fn asks(q: &str) -> Option<Kind> {
    let lower = q.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 14 {
        return None;
    }
    if lower.contains("codice di sicurezza") || lower.contains("security code") {
        return Some(Kind::Cvv);
    }
    WORDS
        .iter()
        .find(|(k, _)| words.contains(k))
        .map(|&(_, kind)| kind)
}

/// A question line without its marker (`Q:`, `D:`, `Q3.`, `3.`, `3)`,
/// `> 3)`).
fn question(line: &str) -> Option<&str> {
    let l = line.trim_start_matches(['>', ' ']).trim();
    for m in ["Q:", "D:", "Domanda:", "Question:", "Frage:"] {
        if let Some(r) = l.strip_prefix(m) {
            return Some(r);
        }
    }
    let l = l.trim_start_matches(['Q', 'D']);
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    l[digits..].strip_prefix(['.', ')']).map(str::trim)
}

/// An answer line's value, after its marker.
fn answer(line: &str) -> Option<usize> {
    let l = line.trim_start();
    let lead = line.len() - l.len();
    for m in [
        "A:",
        "R:",
        "Answer:",
        "Risposta:",
        "Antwort:",
        "Réponse:",
        "->",
        "→",
    ] {
        if let Some(r) = l.strip_prefix(m) {
            let t = r.trim_start();
            return Some(lead + m.len() + (r.len() - t.len()));
        }
    }
    None
}

fn judge(text: &str, s: usize, e: usize, kind: Kind, out: &mut Vec<Finding>) {
    let v = &text[s..e];
    if v.is_empty() || v.contains("://") || v.contains('@') {
        return;
    }
    if let Some((k, s, e)) = tables::judge_field(text, (s, e), kind) {
        out.push(Finding {
            kind: k,
            start: s,
            end: e,
            confidence: Confidence::Medium,
        });
    }
}

/// `marked`: a line of the text starts with an answer marker or a quote
/// (`landmarks::ANSWER_MARKERS`, found in the landmarks pass).
pub(crate) fn scan(text: &str, marked: bool, out: &mut Vec<Finding>) {
    // Only text with an answer marker at a line's start, or a quoted
    // numbered question.
    let b = text.as_bytes();
    if !marked {
        return;
    }
    // (start, end) of each non-blank line.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for nl in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let mut e = nl;
        if e > s && b[e - 1] == b'\r' {
            e -= 1;
        }
        if !text[s..e].trim().is_empty() {
            lines.push((s, e));
        }
        s = nl + 1;
    }
    for (i, &(ls, le)) in lines.iter().enumerate() {
        let line = &text[ls..le];
        // The answer below its question.
        if let Some(off) = answer(line)
            && i > 0
        {
            let (ps, pe) = lines[i - 1];
            if let Some(kind) = question(&text[ps..pe]).and_then(asks) {
                let vs = ls + off;
                judge(text, vs, text[..le].trim_end().len(), kind, out);
            }
            continue;
        }
        // The answer above the quoted question: `value` / `> 3) label`.
        if line.starts_with('>') || i + 1 >= lines.len() {
            continue;
        }
        let (qs, qe) = lines[i + 1];
        let q = &text[qs..qe];
        if q.starts_with('>')
            && question(q).is_some()
            && let Some(kind) = question(q).and_then(asks)
        {
            let t = line.trim();
            let vs = ls + (line.len() - line.trim_start().len());
            judge(text, vs, vs + t.len(), kind, out);
        }
    }
}
