//! The help center's rules, shared by the pages, the API and the command
//! line: which translation a reader gets, who may see, edit, hide or
//! delete a comment (through the guard like every comment), what deleting
//! takes with it, voter keys, and search over the index with the
//! vocabulary that completes and corrects words. URLs and Markdown
//! previews are the faces' (`web::help`).

use crate::{AppError, Desk, text};
use domain::Locale;
use domain::search::Vocabulary;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use store::{
    HcArticle, HcComment, HcName, HcSearch, HcSearchHit, HcTitle, HcTranslation, NewHcComment,
    NewHcName, Store, User,
};

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

/// A published article or "not found".
pub async fn public_article(desk: &Desk, id: i64) -> Result<HcArticle, AppError> {
    match desk.store.hc_article(id).await? {
        Some(a) if a.is_public() => Ok(a),
        _ => Err(AppError::NotFound),
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
    desk: &Desk,
    author: &User,
    article: &HcArticle,
    locale: Locale,
    body: &str,
    redact: bool,
) -> Result<HcComment, AppError> {
    if article.comments_closed {
        return Err(AppError::Conflict("comments_closed"));
    }
    let body = text::comment(body, redact)?;
    let c = NewHcComment {
        article_id: article.id,
        author_id: author.id,
        locale,
        body,
    };
    Ok(desk.store.hc_add_comment(c, desk.now()).await?)
}

/// A comment of `article_id` that `user` may see.
pub async fn visible_comment(
    desk: &Desk,
    user: Option<&User>,
    article_id: i64,
    comment_id: i64,
) -> Result<HcComment, AppError> {
    let staff = user.is_some_and(|u| u.role.is_staff());
    match desk.store.hc_comment(comment_id).await? {
        Some(c) if c.article_id == article_id && (!c.hidden || staff) => Ok(c),
        _ => Err(AppError::NotFound),
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
    desk: &Desk,
    user: &User,
    c: &HcComment,
    body: &str,
    redact: bool,
) -> Result<HcComment, AppError> {
    if !can_edit(user, c) {
        return Err(AppError::Forbidden);
    }
    let body = text::comment(body, redact)?;
    Ok(desk.store.hc_edit_comment(c.id, &body, desk.now()).await?)
}

pub async fn delete_comment(desk: &Desk, user: &User, c: &HcComment) -> Result<(), AppError> {
    if !can_delete(user, c) {
        return Err(AppError::Forbidden);
    }
    Ok(desk.store.hc_delete_comment(c.id).await?)
}

pub async fn hide_comment(
    desk: &Desk,
    user: &User,
    c: &HcComment,
    hidden: bool,
) -> Result<HcComment, AppError> {
    if !user.role.is_staff() {
        return Err(AppError::Forbidden);
    }
    Ok(desk
        .store
        .hc_set_comment_hidden(c.id, hidden, desk.now())
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

pub async fn delete_article(desk: &Desk, author: &User, id: i64) -> Result<(), AppError> {
    authors(author)?;
    Ok(desk.store.hc_delete_article(id).await?)
}

pub async fn delete_section(desk: &Desk, author: &User, id: i64) -> Result<(), AppError> {
    authors(author)?;
    Ok(desk.store.hc_delete_section(id).await?)
}

pub async fn delete_category(desk: &Desk, author: &User, id: i64) -> Result<(), AppError> {
    authors(author)?;
    Ok(desk.store.hc_delete_category(id).await?)
}

pub const MAX_QUERY_CHARS: usize = 200;

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

/// A category or section whose name matches a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// `category` or `section`.
    pub kind: &'static str,
    pub id: i64,
    pub name: String,
}

/// The categories and sections whose name in `locale` matches.
async fn places(
    store: &dyn Store,
    locale: Locale,
    groups: &[Vec<String>],
    prefix_last: bool,
) -> Result<Vec<Place>, AppError> {
    let mut out = Vec::new();
    for c in store.hc_categories().await? {
        let (name, _) = pick_name(&c.names, locale);
        if name_matches(locale, &name, groups, prefix_last) {
            out.push(Place {
                kind: "category",
                id: c.id,
                name,
            });
        }
    }
    for s in store.hc_sections(None).await? {
        let (name, _) = pick_name(&s.names, locale);
        if name_matches(locale, &name, groups, prefix_last) {
            out.push(Place {
                kind: "section",
                id: s.id,
                name,
            });
        }
    }
    Ok(out)
}

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

    pub async fn get(
        &self,
        store: &dyn Store,
        locale: Locale,
    ) -> Result<Arc<Vocabulary>, AppError> {
        if let Some(v) = self.fresh(locale) {
            return Ok(v);
        }
        let vocabulary = Arc::new(Vocabulary::new(store.hc_terms(locale).await?));
        let mut cached = self.cached.lock().unwrap_or_else(|p| p.into_inner());
        cached[Self::slot(locale)] = Some((std::time::Instant::now(), vocabulary.clone()));
        Ok(vocabulary)
    }
}

/// What a search found: `terms` is empty when the query held only stop
/// words or symbols, which is an empty result, not an error.
#[derive(Debug, Clone)]
pub struct Found {
    pub terms: Vec<String>,
    pub hits: Vec<HcSearchHit>,
    pub places: Vec<Place>,
}

/// Searches the published articles of `locale` (and the names of
/// categories and sections), the last word as a prefix while typing.
pub async fn search(
    desk: &Desk,
    vocabularies: &Vocabularies,
    locale: Locale,
    query: &str,
    prefix_last: bool,
    limit: i64,
) -> Result<Found, AppError> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let vocabulary = vocabularies.get(desk.store.as_ref(), locale).await?;
    let groups = vocabulary.query(locale, &query);
    let terms: Vec<String> = groups.iter().flatten().cloned().collect();
    if terms.is_empty() {
        return Ok(Found {
            terms,
            hits: vec![],
            places: vec![],
        });
    }
    let places = places(desk.store.as_ref(), locale, &groups, prefix_last).await?;
    let hits = desk
        .store
        .hc_search(&HcSearch {
            locale,
            terms: groups,
            prefix_last,
            limit,
        })
        .await?;
    Ok(Found {
        terms,
        hits,
        places,
    })
}

/// A vote on a published article, by a user or an anonymous voter key.
pub async fn vote(
    desk: &Desk,
    article: &HcArticle,
    voter: &str,
    helpful: bool,
) -> Result<store::HcVotes, AppError> {
    Ok(desk
        .store
        .hc_vote(article.id, voter, helpful, desk.now())
        .await?)
}

/// A suggested article was shown to, or opened by, someone about to file
/// a request (deflection).
pub async fn record_deflection(
    desk: &Desk,
    user: &User,
    article_id: i64,
    event: store::DeflectionEvent,
) -> Result<(), AppError> {
    public_article(desk, article_id).await?;
    Ok(desk
        .store
        .hc_record_deflection(article_id, Some(user.id), event, desk.now())
        .await?)
}

// Authoring (agents). Names arrive screened (`article::names`) and
// translations rendered and screened (`article::translation`, which the
// faces run on their blocking pool).

fn authors(user: &User) -> Result<(), AppError> {
    if user.role.is_staff() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

pub async fn create_category(
    desk: &Desk,
    author: &User,
    position: i64,
    names: &[NewHcName],
) -> Result<store::HcCategory, AppError> {
    authors(author)?;
    Ok(desk.store.hc_create_category(position, names).await?)
}

pub async fn update_category(
    desk: &Desk,
    author: &User,
    id: i64,
    position: i64,
    names: &[NewHcName],
) -> Result<store::HcCategory, AppError> {
    authors(author)?;
    Ok(desk.store.hc_update_category(id, position, names).await?)
}

pub async fn create_section(
    desk: &Desk,
    author: &User,
    category_id: i64,
    position: i64,
    names: &[NewHcName],
) -> Result<store::HcSection, AppError> {
    authors(author)?;
    Ok(desk
        .store
        .hc_create_section(category_id, position, names)
        .await?)
}

pub async fn update_section(
    desk: &Desk,
    author: &User,
    id: i64,
    category_id: i64,
    position: i64,
    names: &[NewHcName],
) -> Result<store::HcSection, AppError> {
    authors(author)?;
    Ok(desk
        .store
        .hc_update_section(id, category_id, position, names)
        .await?)
}

/// A new article with its first translation, written by `author`.
pub async fn create_article(
    desk: &Desk,
    author: &User,
    section_id: i64,
    position: i64,
    comments_closed: bool,
    translation: store::HcTranslationInput,
) -> Result<HcArticle, AppError> {
    authors(author)?;
    let new = store::NewHcArticle {
        section_id,
        position,
        comments_closed,
        author_id: Some(author.id),
        translation,
    };
    Ok(desk.store.hc_create_article(new, desk.now()).await?)
}

pub async fn update_article(
    desk: &Desk,
    author: &User,
    id: i64,
    patch: &store::HcArticlePatch,
) -> Result<HcArticle, AppError> {
    authors(author)?;
    Ok(desk.store.hc_update_article(id, patch, desk.now()).await?)
}

pub async fn save_translation(
    desk: &Desk,
    author: &User,
    article_id: i64,
    translation: store::HcTranslationInput,
) -> Result<HcArticle, AppError> {
    authors(author)?;
    Ok(desk
        .store
        .hc_save_translation(article_id, translation, desk.now())
        .await?)
}
