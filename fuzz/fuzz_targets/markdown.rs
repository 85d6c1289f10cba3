//! `cargo +nightly fuzz run markdown`: an article's Markdown, as rendered
//! for readers and read back as visible text, never panics, and no tag it
//! renders is a script, carries an event handler or a `javascript:` link.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The attribute names of one tag's inside (`a href="x" rel="y"`): words
/// outside quotes, after the tag name, before an `=` or a space.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut seen_name = false;
    for c in tag.chars() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            c if c.is_whitespace() || c == '=' || c == '/' => {
                if !word.is_empty() {
                    if seen_name {
                        names.push(std::mem::take(&mut word));
                    } else {
                        seen_name = true;
                        word.clear();
                    }
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() && seen_name {
        names.push(word);
    }
    names
}

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else {
        return;
    };
    let html = app::article::render_markdown(md);
    // Escaped text holds no raw `<`, so each piece after one is a tag.
    for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
        let lower = tag.to_ascii_lowercase();
        assert!(!lower.starts_with("script"), "script tag");
        assert!(
            !attribute_names(&lower).iter().any(|a| a.starts_with("on")),
            "event handler"
        );
        assert!(
            !lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"),
            "javascript: link"
        );
    }
    let _ = app::article::visible_text(&html);
    let _ = app::article::markdown_text(md);
});
