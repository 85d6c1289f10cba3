//! Help-center articles: Markdown rendered once, when it is saved, and
//! screened both as written and as readers will see it. A card number
//! split by an HTML comment (`4539<!-- -->1488…`) or spelled in entities
//! (`&#52;539…`) is harmless in the source and whole once rendered, and
//! the rendered text is what is published and indexed.

use crate::AppError;
use crate::screening::FieldFinding;
use crate::text::located;
use domain::Locale;
use domain::form::{FieldError, FieldErrorCode, clean_text};
use guard::Screened;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;
use store::HcTranslationInput;

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 100_000;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.link_rel(Some("nofollow noopener noreferrer"))
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .add_tag_attributes("code", &["class"]);
        b
    })
}

/// How deep rendered markup may nest: block quotes, lists, emphasis,
/// links and the rest, and raw HTML tags apart. Deeper markup is kept as
/// its text. Without a cap, rendering is quadratic: pulldown-cmark checks
/// every open block on each following line, and the HTML sanitizer's
/// parser walks the stack of open elements for each new one, so a 90 KB
/// body of `>` took over a minute. No article needs more than a few levels.
pub const MAX_NESTING: usize = 16;

/// Table columns rendered; cells past them are left out (their text
/// joins the last kept cell). pulldown-cmark pads every row to the header's
/// width, so a 40 KB header row made each one-letter row thousands of cells.
pub const MAX_TABLE_COLUMNS: usize = 64;

/// Escapes the container marker (`>`, `-`, `*`, `+`, `1.`, `1)`) that
/// would open a block past `MAX_NESTING` at the start of a line: what
/// follows it is then paragraph text, so no line opens more blocks than
/// that. Linear; a body within the cap comes back unchanged.
fn cap_line_prefixes(md: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut line_start = 0;
    for line in md.split_inclusive('\n') {
        if let Some(at) = excess_marker(line) {
            out.push_str(&md[copied..line_start + at]);
            out.push('\\');
            copied = line_start + at;
        }
        line_start += line.len();
    }
    if copied == 0 {
        return Cow::Borrowed(md);
    }
    out.push_str(&md[copied..]);
    Cow::Owned(out)
}

/// Where, in `line`, the container marker past `MAX_NESTING` has the
/// punctuation a backslash makes literal.
fn excess_marker(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let blank = |i: usize| b.get(i).is_none_or(|c| c.is_ascii_whitespace());
    let mut markers = 0;
    let mut i = 0;
    loop {
        while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
            i += 1;
        }
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let (punct, len) = match b.get(i) {
            Some(b'>') => (i, 1),
            Some(b'-' | b'*' | b'+') if blank(i + 1) => (i, 1),
            Some(c)
                if c.is_ascii_digit()
                    && (1..=9).contains(&digits)
                    && matches!(b.get(i + digits), Some(b'.' | b')'))
                    && blank(i + digits + 1) =>
            {
                (i + digits, digits + 1)
            }
            _ => return None,
        };
        if markers == MAX_NESTING {
            return Some(punct);
        }
        markers += 1;
        i += len;
    }
}

/// Opening minus closing tags in a piece of raw HTML; void elements,
/// `<x/>`, comments and declarations open nothing.
fn raw_balance(html: &str) -> isize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let mut balance = 0;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if tag.starts_with('/') {
            balance -= 1;
        } else if tag.starts_with(|c: char| c.is_ascii_alphabetic()) && !tag.ends_with('/') {
            let name = tag
                .split(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or_default();
            if !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
                balance += 1;
            }
        }
        rest = &rest[end..];
    }
    balance
}

/// The events of `md` with nesting capped (see `MAX_NESTING`): a tag that
/// would open past the cap is left out with its end (its text stays), as
/// is a table cell past `MAX_TABLE_COLUMNS`; raw HTML that would open
/// elements past the cap is shown as text.
fn capped_events(md: &str) -> impl Iterator<Item = Event<'_>> {
    let mut kept: Vec<bool> = Vec::new();
    let mut depth = 0;
    let mut raw_depth: isize = 0;
    let mut cells = 0;
    let cap = isize::try_from(MAX_NESTING).unwrap_or(isize::MAX);
    Parser::new_ext(md, options()).filter_map(move |event| match event {
        Event::Start(ref tag) => {
            match tag {
                Tag::TableHead | Tag::TableRow => cells = 0,
                Tag::TableCell => cells += 1,
                _ => {}
            }
            let keep = depth < MAX_NESTING && cells <= MAX_TABLE_COLUMNS;
            kept.push(keep);
            depth += usize::from(keep);
            keep.then_some(event)
        }
        Event::End(_) => {
            let keep = kept.pop().unwrap_or(false);
            depth -= usize::from(keep);
            keep.then_some(event)
        }
        Event::Html(html) | Event::InlineHtml(html) => {
            let balance = raw_balance(&html);
            if balance > 0 && raw_depth + balance > cap {
                Some(Event::Text(html))
            } else {
                raw_depth = (raw_depth + balance).max(0);
                Some(Event::Html(html))
            }
        }
        other => Some(other),
    })
}

/// Markdown → HTML through an allow-list sanitizer: no script, no event
/// handlers, no `javascript:` URLs; links get `rel="nofollow noopener noreferrer"`.
/// Nesting is capped (`MAX_NESTING`), so the work is linear in the input.
pub fn render_markdown(md: &str) -> String {
    let md = cap_line_prefixes(md);
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, capped_events(&md));
    sanitizer().clean(&raw).to_string()
}

/// The words of a Markdown body, for search and snippets. Raw HTML is left out.
pub fn markdown_text(md: &str) -> String {
    let md = cap_line_prefixes(md);
    let mut out = String::with_capacity(md.len());
    for ev in capped_events(&md) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::Rule => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => out.push('\n'),
            Event::Start(Tag::Item) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// What a reader of `html` sees: tags removed, entities decoded. Block
/// ends become line breaks, inline tags nothing, as a browser shows them.
pub fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            rest = &rest[lt..];
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default();
        if matches!(
            name,
            "p" | "br"
                | "li"
                | "tr"
                | "td"
                | "th"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "pre"
                | "blockquote"
                | "hr"
                | "div"
                | "table"
        ) {
            text.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    text.push_str(rest);
    decode_entities(&text)
}

/// HTML character references: the named ones a sanitizer writes and every
/// numeric one.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Bytes, not chars: the 12th byte may fall inside a character (a
        // `&` before `Ç` panicked here; found by fuzzing). `;` is ASCII, so
        // where it is found is a character boundary.
        let end = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&b| b == b';');
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A translation as the store wants it: title and Markdown as written
/// (cleaned), the sanitized HTML and the plain text, each screened. A
/// finding only the rendering shows is reported on the whole body.
pub fn translation(
    locale: Locale,
    title: &str,
    body_md: &str,
    published: bool,
) -> Result<HcTranslationInput, AppError> {
    let title = clean_text(title, false);
    let body = clean_text(body_md, true);
    let mut fields = Vec::new();
    let mut findings: Vec<FieldFinding> = Vec::new();
    for (name, value, max) in [
        ("title", &title, MAX_TITLE_CHARS),
        ("body", &body, MAX_BODY_CHARS),
    ] {
        if value.is_empty() {
            fields.push(FieldError {
                field: name.into(),
                code: FieldErrorCode::Required,
            });
        } else if value.chars().count() > max {
            fields.push(FieldError {
                field: name.into(),
                code: FieldErrorCode::TooLong,
            });
        }
        findings.extend(located(name, guard::scan(value)));
    }
    if !fields.is_empty() || !findings.is_empty() {
        return Err(AppError::Unprocessable { fields, findings });
    }
    let html = render_markdown(&body);
    let text = markdown_text(&body);
    let body_len = body.len();
    let whole_body = |found: Vec<guard::Finding>| -> AppError {
        AppError::findings(
            found
                .into_iter()
                .map(|f| FieldFinding {
                    field: "body".into(),
                    kind: f.kind,
                    start: 0,
                    end: body_len,
                })
                .collect(),
        )
    };
    let seen = guard::scan(&visible_text(&html));
    if !seen.is_empty() {
        return Err(whole_body(seen));
    }
    let screened = |text: String| guard::screen(text).map_err(whole_body);
    let title = screened(title)?;
    let body_html = screened(html)?;
    let body_text = screened(text)?;
    let body_md: Screened = screened(body)?;
    Ok(HcTranslationInput {
        locale,
        title,
        body_md,
        body_html,
        body_text,
        published,
    })
}

/// A category's or section's names, one per locale given: cleaned,
/// bounded (100 characters, descriptions 500) and screened as kept. At least
/// one name is needed; a locale without a name is left out.
pub fn names(given: &[(Locale, &str, &str)]) -> Result<Vec<store::NewHcName>, AppError> {
    let mut names = Vec::new();
    for &(locale, name, description) in given {
        let Some(name) = crate::text::optional("name", name, false, 100, false)? else {
            continue;
        };
        let description = crate::text::optional("description", description, false, 500, false)?
            .unwrap_or_default();
        names.push(store::NewHcName {
            locale,
            name,
            description,
        });
    }
    if names.is_empty() {
        return Err(AppError::field(
            "name",
            domain::form::FieldErrorCode::Required,
        ));
    }
    Ok(names)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_card_number_rebuilt_by_rendering_is_refused() {
        for body in [
            "Card 4539<!-- -->1488<!-- -->0343<!-- -->6467 was declined.",
            "Card &#52;539 1488 0343 6467 was declined.",
            "Card 4539<span></span>148803436467 was declined.",
            "Card 4539&#32;1488&#32;0343&#32;6467 was declined.",
        ] {
            assert!(
                guard::scan(body).is_empty() || body.contains("&#"),
                "{body}"
            );
            let err = translation(Locale::En, "Declines", body, true).unwrap_err();
            assert!(err.sensitive().is_some(), "{body}: {err:?}");
        }
    }

    #[test]
    fn plain_articles_pass_with_their_rendering() {
        let t = translation(Locale::En, " Tokens ", "Use **OAuth** & refresh.\r\n", true).unwrap();
        assert_eq!(t.title.as_str(), "Tokens");
        assert_eq!(t.body_md.as_str(), "Use **OAuth** & refresh.");
        assert!(t.body_html.contains("<strong>OAuth</strong>"));
        assert_eq!(t.body_text.as_str(), "Use OAuth & refresh.");
    }

    /// Hostile bodies: deep block quotes (on one line, and followed by
    /// lazy lines every open quote is checked against), nested lists,
    /// emphasis, brackets, raw HTML, and a table as wide as its header.
    fn hostile(n: usize) -> Vec<(&'static str, String)> {
        vec![
            (">", ">".repeat(n)),
            ("> ", "> ".repeat(n / 2)),
            (
                ">…a",
                format!("{}a\n{}", ">".repeat(n / 2), "b\n".repeat(n / 4)),
            ),
            ("- ", "- ".repeat(n / 2)),
            ("1. ", "1. ".repeat(n / 3)),
            ("*", "*".repeat(n)),
            ("*a", "*a".repeat(n / 2)),
            ("[", "[".repeat(n)),
            ("[a](", "[a](".repeat(n / 4)),
            ("<div>", "<div>".repeat(n / 5)),
            ("<ul><li>", "<ul><li>".repeat(n / 8)),
            (
                "|",
                format!(
                    "{}\n{}\n{}",
                    "|a".repeat(n / 8),
                    "|-".repeat(n / 8),
                    "a\n".repeat(n / 4)
                ),
            ),
        ]
    }

    /// The deepest element nesting in sanitized HTML (ammonia closes
    /// every element it opens, so counting tags is enough).
    fn depth(html: &str) -> usize {
        let (mut depth, mut deepest) = (0usize, 0);
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            rest = &rest[lt + 1..];
            let end = rest.find('>').unwrap_or(rest.len());
            let tag = &rest[..end];
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap_or("");
            let void = ["br", "hr", "img", "input", "col", "wbr"].contains(&name);
            if tag.starts_with('/') {
                depth = depth.saturating_sub(1);
            } else if !void && !tag.ends_with('/') {
                depth += 1;
                deepest = deepest.max(depth);
            }
            rest = &rest[end..];
        }
        deepest
    }

    #[test]
    fn rendered_nesting_is_capped_whatever_the_body() {
        for (name, body) in hostile(90_000) {
            let html = render_markdown(&body);
            // Markdown's levels, raw HTML's apart, and a table's few.
            assert!(
                depth(&html) <= 2 * MAX_NESTING + 4,
                "{name}: {}",
                depth(&html)
            );
            // The output grows with the input, not with its square.
            assert!(html.len() <= 8 * body.len(), "{name}: {} bytes", html.len());
        }
    }

    #[test]
    fn ordinary_nesting_is_untouched() {
        let md = "> quote\n> > inner\n\n- a\n  - b\n    1. c\n\n>>> print(1)\n";
        assert!(matches!(cap_line_prefixes(md), Cow::Borrowed(_)));
        let html = render_markdown(md);
        assert_eq!(html.matches("<blockquote>").count(), 5, "{html}");
        assert_eq!(html.matches("<li>").count(), 3, "{html}");
        let html = render_markdown(&format!("{}deep", "> ".repeat(40)));
        assert_eq!(html.matches("<blockquote>").count(), MAX_NESTING, "{html}");
        assert!(html.contains("deep"), "the text past the cap stays");
    }

    /// The CPU time this thread has used, from Linux's scheduler
    /// statistics (nanoseconds), so that other tests and builds running
    /// beside this one do not count; wall time elsewhere.
    fn cpu_time() -> std::time::Duration {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .map(std::time::Duration::from_nanos)
            .unwrap_or_else(|| START.get_or_init(std::time::Instant::now).elapsed())
    }

    /// Work grows linearly: sixteen times the input takes about 16 times
    /// the time (up to 50 measured: a small input's work fits in the
    /// caches), a quadratic rendering 256 times or more (the uncapped one
    /// took 20 times as long for 4 times the `>`). The bound sits between.
    /// Each size's best of three runs is compared, in CPU time.
    #[test]
    fn rendering_time_grows_linearly() {
        let best = |body: &str| {
            (0..3)
                .map(|_| {
                    let started = cpu_time();
                    std::hint::black_box(render_markdown(body));
                    cpu_time().saturating_sub(started)
                })
                .min()
                .unwrap()
        };
        let small = hostile(5_625);
        let large = hostile(90_000);
        for ((name, s), (_, l)) in small.iter().zip(&large) {
            // A floor keeps timer noise on tiny runs from deciding.
            let (ts, tl) = (best(s).max(std::time::Duration::from_millis(1)), best(l));
            assert!(
                tl < ts * 100,
                "{name}: {ts:?} for {} bytes, {tl:?} for {}",
                s.len(),
                l.len()
            );
        }
    }

    #[test]
    fn visible_text_decodes_what_the_browser_would() {
        assert_eq!(visible_text("<p>a&amp;b &#52;&#x35;</p>"), "\na&b 45\n");
    }
}

#[cfg(test)]
mod fuzzed {
    use super::render_markdown;

    /// Each tag of rendered HTML (escaped text holds no raw `<`).
    fn tags(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap_or("").to_ascii_lowercase())
            .collect()
    }

    /// Inputs found by `fuzz/fuzz_targets/markdown.rs`: handlers written as
    /// text stay text; the image keeps its source and loses its handler.
    #[test]
    fn fuzzed_articles_render_nothing_executable() {
        for md in [
            ">rc=x onerr&#62;\n> > > - * [a](<#g >i<m)b src=x onerror=alert(1)> &#60;script&#62;\n> > > - * [a](<b>) <img src=x onerror=alert(1)> &#60;script&#62;\n",
            "> > > - * [a](<b>) <60;script&#62;\n> > > - * [a](<b>) <img src=x onerreoa=rlrt(1)> &#60;script&#62;\n> > > - * [a](<b>) <img src\u{c7}\u{7d1}nerRin)a\u{0}ert(3)> &#60;script&#62;\n",
        ] {
            let html = render_markdown(md);
            for tag in tags(&html) {
                assert!(!tag.starts_with("script"), "{html}");
                let name_and_attrs: Vec<&str> = tag.split_whitespace().collect();
                assert!(
                    !name_and_attrs.iter().skip(1).any(|a| a.starts_with("on")),
                    "{html}"
                );
            }
            // Read back as the text readers see, without a panic.
            let _ = super::visible_text(&html);
            let _ = super::markdown_text(md);
        }
        // An entity cut short just before a two-byte character.
        let cut = super::visible_text("<p>&abcdefghij\u{c7}</p>");
        assert!(cut.contains("&abcdefghij\u{c7}"), "{cut:?}");
    }
}
