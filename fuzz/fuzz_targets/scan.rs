//! `cargo +nightly fuzz run scan`: scan, redact and the line-oriented
//! sanitizers must never panic, findings must be ordered and disjoint, and
//! redacted text must scan clean.
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
    let redacted = guard::redact(text, &found);
    assert!(guard::scan(&redacted).is_empty(), "redacted text still has findings");
    let _ = guard::curl::sanitize(text);
    let _ = guard::headers::sanitize(text);
});
