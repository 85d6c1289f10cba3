//! The help center's rules at the edge, shared by pages and the API:
//! Markdown to sanitized HTML, slugs, picking a translation (with fallback
//! to the other locale), voter keys, and the comment rules (guard, own
//! edits, staff moderation, closed articles).

use crate::AppState;
use crate::error::ApiError;
use crate::submit::screen_comment;
use domain::Locale;
use domain::search::Vocabulary;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use store::{
    HcArticle, HcComment, HcName, HcSearch, HcSearchHit, HcTitle, HcTranslation,
    HcTranslationInput, NewHcComment, User,
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

pub fn other(locale: Locale) -> Locale {
    match locale {
        Locale::En => Locale::It,
        Locale::It => Locale::En,
    }
}

/// The published translation for `locale`, else the other locale's
/// (`true` = fallback).
pub fn pick(article: &HcArticle, locale: Locale) -> Option<(&HcTranslation, bool)> {
    let published = |l| article.translation(l).filter(|t| t.published);
    published(locale)
        .map(|t| (t, false))
        .or_else(|| published(other(locale)).map(|t| (t, true)))
}

pub fn pick_title(titles: &[HcTitle], locale: Locale) -> Option<(&HcTitle, bool)> {
    let published = |l| titles.iter().find(|t| t.locale == l && t.published);
    published(locale)
        .map(|t| (t, false))
        .or_else(|| published(other(locale)).map(|t| (t, true)))
}

/// A category's or section's name and description in `locale`, else any.
pub fn pick_name(names: &[HcName], locale: Locale) -> (String, String) {
    names
        .iter()
        .find(|n| n.locale == locale && !n.name.is_empty())
        .or_else(|| names.iter().find(|n| !n.name.is_empty()))
        .map(|n| (n.name.clone(), n.description.clone()))
        .unwrap_or_else(|| ("—".to_owned(), String::new()))
}

pub fn article_url(locale: Locale, id: i64, title: &str) -> String {
    format!("/hc/{}/articles/{id}-{}", locale.as_str(), slug(title))
}

/// A published article or "not found".
pub async fn public_article(state: &AppState, id: i64) -> Result<HcArticle, ApiError> {
    match state.store.hc_article(id).await? {
        Some(a) if a.is_public() => Ok(a),
        _ => Err(ApiError::NotFound),
    }
}

/// Who a vote belongs to: the user, or an anonymous browser known by its
/// (hashed) CSRF cookie, which every vote form must carry anyway.
pub fn voter_key(user: Option<&User>, csrf_cookie: Option<&str>) -> Option<String> {
    match (user, csrf_cookie) {
        (Some(u), _) => Some(format!("u:{}", u.id)),
        (None, Some(c)) if !c.is_empty() => {
            let h = Sha256::digest(format!("hc-vote:{c}").as_bytes());
            Some(format!("a:{}", hex::encode(&h[..16])))
        }
        _ => None,
    }
}

/// Adds a comment: closed articles refuse, and the body passes the guard
/// (refused with `sensitive_data`, or redacted when asked).
pub async fn add_comment(
    state: &AppState,
    author: &User,
    article: &HcArticle,
    locale: Locale,
    body: &str,
    redact: bool,
) -> Result<HcComment, ApiError> {
    if article.comments_closed {
        return Err(ApiError::Conflict("comments_closed"));
    }
    let body = screen_comment(body, redact)?;
    let c = NewHcComment {
        article_id: article.id,
        author_id: author.id,
        locale,
        body,
    };
    Ok(state.store.hc_add_comment(c, state.clock.now()).await?)
}

/// A comment of `article_id` that `user` may see.
pub async fn visible_comment(
    state: &AppState,
    user: Option<&User>,
    article_id: i64,
    comment_id: i64,
) -> Result<HcComment, ApiError> {
    let staff = user.is_some_and(|u| u.role.is_staff());
    match state.store.hc_comment(comment_id).await? {
        Some(c) if c.article_id == article_id && (!c.hidden || staff) => Ok(c),
        _ => Err(ApiError::NotFound),
    }
}

pub fn can_edit(user: &User, c: &HcComment) -> bool {
    c.author.id == user.id
}

pub fn can_delete(user: &User, c: &HcComment) -> bool {
    c.author.id == user.id || user.role.is_staff()
}

/// Authors edit their own comments, through the guard like a new one.
pub async fn edit_comment(
    state: &AppState,
    user: &User,
    c: &HcComment,
    body: &str,
    redact: bool,
) -> Result<HcComment, ApiError> {
    if !can_edit(user, c) {
        return Err(ApiError::Forbidden);
    }
    let body = screen_comment(body, redact)?;
    Ok(state
        .store
        .hc_edit_comment(c.id, &body, state.clock.now())
        .await?)
}

pub async fn delete_comment(state: &AppState, user: &User, c: &HcComment) -> Result<(), ApiError> {
    if !can_delete(user, c) {
        return Err(ApiError::Forbidden);
    }
    Ok(state.store.hc_delete_comment(c.id).await?)
}

pub async fn hide_comment(
    state: &AppState,
    user: &User,
    c: &HcComment,
    hidden: bool,
) -> Result<HcComment, ApiError> {
    if !user.role.is_staff() {
        return Err(ApiError::Forbidden);
    }
    Ok(state
        .store
        .hc_set_comment_hidden(c.id, hidden, state.clock.now())
        .await?)
}

// Deleting content. An article goes with everything that hangs from it:
// translations, votes, comments, deflection records, and its search rows.
//
// A section or a category that still holds something is refused with 409
// (`section_not_empty`, `category_not_empty`) rather than taking its
// contents with it. Zendesk Guide does delete a section's articles (and a
// category's sections) along with it, but it moves deleted articles to an
// archive from which an agent can restore them. Sportello has no archive
// and no undo, so cascading would let one click destroy every article
// below, irreversibly; refusing costs the author a few moves or deletes
// and loses nothing. Drafts count: a section of drafts is not empty.

pub async fn delete_article(state: &AppState, id: i64) -> Result<(), ApiError> {
    Ok(state.store.hc_delete_article(id).await?)
}

pub async fn delete_section(state: &AppState, id: i64) -> Result<(), ApiError> {
    Ok(state.store.hc_delete_section(id).await?)
}

pub async fn delete_category(state: &AppState, id: i64) -> Result<(), ApiError> {
    Ok(state.store.hc_delete_category(id).await?)
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

/// A category or section found by its name.
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

/// Whether a name holds every group of a query (the last group's terms as
/// prefixes while typing).
fn name_matches(locale: Locale, name: &str, groups: &[Vec<String>], prefix_last: bool) -> bool {
    let indexed = domain::search::index_text(locale, name);
    let words: Vec<&str> = indexed.split(' ').filter(|w| !w.is_empty()).collect();
    let last = groups.len().saturating_sub(1);
    !words.is_empty()
        && groups.iter().enumerate().all(|(i, group)| {
            group.iter().any(|t| {
                words
                    .iter()
                    .any(|w| *w == t || (prefix_last && i == last && w.starts_with(t.as_str())))
            })
        })
}

/// The categories and sections whose name in `locale` matches.
async fn places(
    state: &AppState,
    locale: Locale,
    groups: &[Vec<String>],
    prefix_last: bool,
) -> Result<Vec<Place>, ApiError> {
    let mut out = Vec::new();
    for c in state.store.hc_categories().await? {
        let (name, _) = pick_name(&c.names, locale);
        if name_matches(locale, &name, groups, prefix_last) {
            out.push(Place {
                kind: "category",
                url: category_url(locale, c.id, &name),
                name,
            });
        }
    }
    for s in state.store.hc_sections(None).await? {
        let (name, _) = pick_name(&s.names, locale);
        if name_matches(locale, &name, groups, prefix_last) {
            out.push(Place {
                kind: "section",
                url: section_url(locale, s.id, &name),
                name,
            });
        }
    }
    Ok(out)
}

pub const MAX_QUERY_CHARS: usize = 200;

/// How long a locale's search vocabulary is used before it is read again.
/// A word of an article published meanwhile is found at once when typed
/// whole; only completing and correcting it waits this long.
const VOCABULARY_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// The help center's search vocabularies (`domain::search::Vocabulary`),
/// one per locale, read from the index and kept for `VOCABULARY_TTL`.
/// A vocabulary and when it was read.
type Cached = Option<(std::time::Instant, Arc<Vocabulary>)>;

#[derive(Debug, Default)]
pub struct Vocabularies {
    /// One slot per locale (`Vocabularies::slot`).
    cached: std::sync::Mutex<[Cached; 2]>,
}

impl Vocabularies {
    fn slot(locale: Locale) -> usize {
        match locale {
            Locale::En => 0,
            Locale::It => 1,
        }
    }

    fn fresh(&self, locale: Locale) -> Option<Arc<Vocabulary>> {
        let cached = self.cached.lock().unwrap_or_else(|p| p.into_inner());
        cached[Self::slot(locale)]
            .as_ref()
            .filter(|(at, _)| at.elapsed() < VOCABULARY_TTL)
            .map(|(_, v)| v.clone())
    }

    pub async fn get(&self, state: &AppState, locale: Locale) -> Result<Arc<Vocabulary>, ApiError> {
        if let Some(v) = self.fresh(locale) {
            return Ok(v);
        }
        let vocabulary = Arc::new(Vocabulary::new(state.store.hc_terms(locale).await?));
        let mut cached = self.cached.lock().unwrap_or_else(|p| p.into_inner());
        cached[Self::slot(locale)] = Some((std::time::Instant::now(), vocabulary.clone()));
        Ok(vocabulary)
    }
}

pub async fn search(
    state: &AppState,
    locale: Locale,
    query: &str,
    prefix_last: bool,
    limit: i64,
) -> Result<SearchOutcome, ApiError> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let vocabulary = state.search_terms.get(state, locale).await?;
    let groups = vocabulary.query(locale, &query);
    let terms: Vec<String> = groups.iter().flatten().cloned().collect();
    if terms.is_empty() {
        return Ok(SearchOutcome {
            terms,
            hits: vec![],
            places: vec![],
        });
    }
    let places = places(state, locale, &groups, prefix_last).await?;
    let hits: Vec<HcSearchHit> = state
        .store
        .hc_search(&HcSearch {
            locale,
            terms: groups,
            prefix_last,
            limit,
        })
        .await?;
    let hits = hits
        .into_iter()
        .map(|h| Hit {
            id: h.article_id,
            url: article_url(locale, h.article_id, &h.title),
            snippet: domain::search::snippet(locale, &h.body_text, &terms, 30),
            title: h.title,
            updated_at: h.updated_at,
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
