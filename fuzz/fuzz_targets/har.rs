//! `cargo +nightly fuzz run har`: the HAR sanitizer never panics, and when
//! it accepts input its output is valid JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(clean) = guard::har::sanitize(text) {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(&clean.text);
        assert!(parsed.is_ok(), "sanitized HAR is not JSON");
    }
});
