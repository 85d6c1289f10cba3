//! `cargo +nightly fuzz run scan`: scan, redact and the line-oriented
//! sanitizers never panic; findings are ordered, disjoint and on character
//! boundaries; what the store keeps of a text (`screen_redacting`, which
//! redacts until a scan finds nothing) scans clean and holds none of the
//! secrets the first scan found.
//!
//! One redaction pass is not required to scan clean: taking a span out can
//! bring its neighbours together into a new finding (a password in a URL
//! that a longer span had hidden), which the next pass redacts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let found = guard::scan(text);
    for w in found.windows(2) {
        assert!(w[0].end <= w[1].start, "overlapping findings");
    }
    for f in &found {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let kept = guard::screen_redacting(text);
    assert!(guard::scan(kept.as_str()).is_empty(), "kept text still has findings");
    for f in &found {
        let secret = &text[f.start..f.end];
        if secret.len() >= 8 && !secret.contains("[REDACTED") {
            assert!(!kept.as_str().contains(secret), "a found secret was kept");
        }
    }
    let _ = guard::curl::sanitize(text);
    let _ = guard::headers::sanitize(text);
});
