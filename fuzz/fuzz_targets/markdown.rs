//! `cargo +nightly fuzz run markdown`: an article's Markdown, as rendered
//! for readers and read back as visible text, never panics, and what it
//! renders carries no script, event handler or `javascript:` link.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else {
        return;
    };
    let html = app::article::render_markdown(md);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script in rendered Markdown");
    assert!(!lower.contains(" onerror=") && !lower.contains(" onclick="), "event handler");
    assert!(!lower.contains("href=\"javascript:"), "javascript: link");
    let _ = app::article::visible_text(&html);
    let _ = app::article::markdown_text(md);
});
