//! The boundary between what a person typed and what may be kept.
//!
//! `Screened` is text the guard has looked at, in exactly the form that will
//! be stored, indexed, mailed, logged or echoed. Its field is private and the
//! only constructors are in this module, so a function that takes `Screened`
//! (the store's writes, the mail outbox, the request log) cannot be handed
//! text that skipped the guard. Whatever the application does to a value —
//! trimming, removing NULs, folding line breaks, cleaning a file name,
//! rendering Markdown — it does *before* calling [`screen`]: the value the
//! guard sees is the value that is kept.

use std::fmt;

use crate::{Finding, redact, scan};

/// Text that passed the guard (or was redacted by it). See the module docs.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Screened(String);

impl Screened {
    /// A text written in the program itself (a status name, a system
    /// message). A `&'static str` comes from the binary, not from a person.
    pub fn constant(text: &'static str) -> Screened {
        Screened(text.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl AsRef<str> for Screened {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Screened {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Screened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// Debug shows the text: it is screened, so it is safe to print.
impl fmt::Debug for Screened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl serde::Serialize for Screened {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Accepts `text` as it is when the guard finds nothing in it; otherwise
/// returns the findings (byte offsets into `text`) and keeps nothing.
pub fn screen(text: impl Into<String>) -> Result<Screened, Vec<Finding>> {
    let text = text.into();
    let findings = scan(&text);
    if findings.is_empty() {
        Ok(Screened(text))
    } else {
        Err(findings)
    }
}

/// Keeps `text` with every finding replaced by `[REDACTED:kind]`. The
/// result is scanned again: a redaction can join what surrounded a span
/// into something new, and that is redacted too, until nothing is found.
pub fn screen_redacting(text: impl Into<String>) -> Screened {
    let mut text = text.into();
    // Each round removes at least one finding and adds none of its own
    // (placeholders are not findings); the bound is a belt for the braces.
    for _ in 0..8 {
        let findings = scan(&text);
        if findings.is_empty() {
            return Screened(text);
        }
        text = redact(&text, &findings);
    }
    // Still not clean after eight rounds: keep nothing of it.
    Screened(String::from("[REDACTED]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_kept_as_it_is() {
        let s = screen("request 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd failed").unwrap();
        assert_eq!(
            s.as_str(),
            "request 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd failed"
        );
    }

    #[test]
    fn a_secret_is_refused_with_its_place() {
        let text = "card 4539 1488 0343 6467 declined";
        let findings = screen(text).unwrap_err();
        assert_eq!(findings.len(), 1);
        assert_eq!(
            &text[findings[0].start..findings[0].end],
            "4539 1488 0343 6467"
        );
    }

    #[test]
    fn redacting_leaves_nothing_the_guard_finds() {
        let s = screen_redacting("password: hunter2hunter2 and card 4539148803436467");
        assert!(scan(s.as_str()).is_empty());
        assert!(!s.as_str().contains("4539148803436467"));
        assert!(!s.as_str().contains("hunter2hunter2"));
    }
}
