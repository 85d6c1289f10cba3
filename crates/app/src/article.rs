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

/// Markdown → HTML through an allow-list sanitizer: no script, no event
/// handlers, no `javascript:` URLs; links get `rel="nofollow noopener noreferrer"`.
pub fn render_markdown(md: &str) -> String {
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, Parser::new_ext(md, options()));
    sanitizer().clean(&raw).to_string()
}

/// The words of a Markdown body, for search and snippets. Raw HTML is left out.
pub fn markdown_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for ev in Parser::new_ext(md, options()) {
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
        let end = rest[..rest.len().min(12)].find(';');
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

    #[test]
    fn visible_text_decodes_what_the_browser_would() {
        assert_eq!(visible_text("<p>a&amp;b &#52;&#x35;</p>"), "\na&b 45\n");
    }
}
