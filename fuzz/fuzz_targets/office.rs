//! `cargo +nightly fuzz run office`: any bytes offered as an upload are
//! sniffed, and anything that looks like a zip is read as an Office file
//! within the archive limits, without a panic; what comes back is bounded
//! by those limits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = files::sniff(data, "upload.docx");
    let limits = files::office::ArchiveLimits::default();
    if let Ok((parts, _pictures)) = files::office::read(data, &limits) {
        let total: usize = parts.iter().map(|p| p.text.len()).sum();
        assert!(total as u64 <= limits.max_total_bytes, "read past the archive limit");
    }
});
