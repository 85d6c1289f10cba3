//! The help center at the edge, shared by pages and the API: Markdown
//! previews and article input on the blocking pool, slugs and links, and
//! search results with their links and snippets. The rules (translation
//! fallback, comments, deletion, search) are `app::help`.

use crate::AppState;
use crate::error::ApiError;
use domain::Locale;
use store::HcTranslationInput;

pub use app::help::{
    MAX_QUERY_CHARS, Vocabularies, add_comment, can_delete, can_edit, delete_article,
    delete_category, delete_comment, delete_section, edit_comment, hide_comment, other, pick,
    pick_name, pick_title, public_article, visible_comment, vote, voter_key,
};

pub const MAX_TITLE_CHARS: usize = app::article::MAX_TITLE_CHARS;
pub const MAX_BODY_CHARS: usize = app::article::MAX_BODY_CHARS;

/// Markdown → sanitized HTML (`app::article` owns the rendering, so what
/// is previewed is what is screened and published).
pub fn render_markdown(md: &str) -> String {
    app::article::render_markdown(md)
}

/// A translation as the store wants it: cleaned, rendered, and screened
/// as written and as readers will see it.
pub fn translation_input(
    locale: Locale,
    title: &str,
    body_md: &str,
    published: bool,
) -> Result<HcTranslationInput, ApiError> {
    Ok(app::article::translation(
        locale, title, body_md, published,
    )?)
}

/// `translation_input` on the blocking pool: rendering and screening a
/// 100,000-character body holds a core, never an async worker.
pub async fn translation_input_pooled(
    state: &AppState,
    locale: Locale,
    title: &str,
    body_md: &str,
    published: bool,
) -> Result<HcTranslationInput, ApiError> {
    let (title, body_md) = (title.to_owned(), body_md.to_owned());
    state
        .blocking
        .run(crate::Job::Render, move || {
            translation_input(locale, &title, &body_md, published)
        })
        .await?
}

/// "Perché il token scade?" → "perche-il-token-scade".
pub fn slug(title: &str) -> String {
    let folded = domain::search::fold(title);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "article".to_owned()
    } else {
        out.to_owned()
    }
}

/// `"12-some-title"` → 12.
pub fn parse_id_slug(s: &str) -> Option<i64> {
    let digits: &str = s.split('-').next()?;
    digits.parse().ok().filter(|id: &i64| *id > 0)
}

pub fn article_url(locale: Locale, id: i64, title: &str) -> String {
    format!("/hc/{}/articles/{id}-{}", locale.as_str(), slug(title))
}

/// Authoring input: title and body are required, bounded, and pass the
/// guard like everything else that enters the desk (rendered too).
pub fn check_article_text(title: &str, body: &str) -> Result<(), ApiError> {
    translation_input(Locale::En, title, body, false).map(|_| ())
}

/// A search hit ready to show: link and a snippet in marked segments.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: i64,
    pub title: String,
    pub url: String,
    pub snippet: Vec<domain::search::Segment>,
    pub updated_at: time::OffsetDateTime,
}

impl Hit {
    /// The snippet as HTML: text escaped, matches in `<mark>`.
    pub fn snippet_html(&self) -> String {
        let mut out = String::new();
        for s in &self.snippet {
            if s.marked {
                out.push_str("<mark>");
                out.push_str(&escape(&s.text));
                out.push_str("</mark>");
            } else {
                out.push_str(&escape(&s.text));
            }
        }
        out
    }
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// The outcome of a search: `terms` is empty when the query held only stop
/// words or symbols, which is an empty result, not an error. `places` are
/// the categories and sections whose names match.
#[derive(Debug, Clone)]
pub struct SearchOutcome {
    pub terms: Vec<String>,
    pub hits: Vec<Hit>,
    pub places: Vec<Place>,
}

/// A category or section found by its name, with its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// `category` or `section`.
    pub kind: &'static str,
    pub name: String,
    pub url: String,
}

pub fn section_url(locale: Locale, id: i64, name: &str) -> String {
    format!("/hc/{}/sections/{id}-{}", locale.as_str(), slug(name))
}

pub fn category_url(locale: Locale, id: i64, name: &str) -> String {
    format!("/hc/{}/categories/{id}-{}", locale.as_str(), slug(name))
}

pub async fn search(
    state: &AppState,
    locale: Locale,
    query: &str,
    prefix_last: bool,
    limit: i64,
) -> Result<SearchOutcome, ApiError> {
    let found = app::help::search(
        &state.desk,
        &state.search_terms,
        locale,
        query,
        prefix_last,
        limit,
    )
    .await?;
    let terms = found.terms;
    let hits = found
        .hits
        .into_iter()
        .map(|h| Hit {
            id: h.article_id,
            url: article_url(locale, h.article_id, &h.title),
            snippet: domain::search::snippet(locale, &h.body_text, &terms, 30),
            title: h.title,
            updated_at: h.updated_at,
        })
        .collect();
    let places = found
        .places
        .into_iter()
        .map(|p| Place {
            kind: p.kind,
            url: match p.kind {
                "category" => category_url(locale, p.id, &p.name),
                _ => section_url(locale, p.id, &p.name),
            },
            name: p.name,
        })
        .collect();
    Ok(SearchOutcome {
        terms,
        hits,
        places,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_javascript_links_never_survive() {
        let html = render_markdown(
            "Hi <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> [ok](https://example.com)",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(
            html.contains("rel=\"nofollow noopener noreferrer\""),
            "{html}"
        );
    }

    #[test]
    fn slugs_are_folded_ascii() {
        assert_eq!(slug("Perché il token scade?"), "perche-il-token-scade");
        assert_eq!(slug("!!!"), "article");
        assert_eq!(parse_id_slug("12-abc"), Some(12));
        assert_eq!(parse_id_slug("12"), Some(12));
        assert_eq!(parse_id_slug("x-12"), None);
    }

    #[test]
    fn text_of_markdown_has_no_markup() {
        let t =
            app::article::markdown_text("# Title\n\nSome *bold* `code` <b>raw</b>\n\n- one\n- two");
        assert!(t.contains("Title") && t.contains("bold") && t.contains("code"));
        assert!(!t.contains('*') && !t.contains("<b>"));
    }
}
