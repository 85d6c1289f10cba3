//! Help-center persistence: categories → sections → articles, each with a
//! translation per locale under one id; votes, comments, search and
//! deflection records. A separate trait so the ticket side stays readable.

use crate::{Person, Result};
use async_trait::async_trait;
use domain::{Locale, Role};
use guard::Screened;
use serde::Serialize;
use time::OffsetDateTime;

/// A category's or a section's name in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HcName {
    pub locale: Locale,
    pub name: String,
    pub description: String,
}

/// A category's or section's name in one locale, as it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHcName {
    pub locale: Locale,
    pub name: Screened,
    pub description: Screened,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcCategory {
    pub id: i64,
    pub position: i64,
    pub names: Vec<HcName>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcSection {
    pub id: i64,
    pub category_id: i64,
    pub position: i64,
    pub names: Vec<HcName>,
}

/// Something listed with its names in every locale (categories, sections).
pub trait HasNames {
    fn id(&self) -> i64;
    fn names_mut(&mut self) -> &mut Vec<HcName>;
}

impl HasNames for HcCategory {
    fn id(&self) -> i64 {
        self.id
    }
    fn names_mut(&mut self) -> &mut Vec<HcName> {
        &mut self.names
    }
}

impl HasNames for HcSection {
    fn id(&self) -> i64 {
        self.id
    }
    fn names_mut(&mut self) -> &mut Vec<HcName> {
        &mut self.names
    }
}

/// Folds the rows of "items LEFT JOIN their names", ordered so that one
/// item's rows are consecutive, into items each carrying its names: one
/// query for a whole listing, on any backend. `item` reads an item's own
/// columns (with empty names), `name` the row's name if the join found one.
pub fn fold_named<R, T: HasNames>(
    rows: &[R],
    id: impl Fn(&R) -> Result<i64>,
    item: impl Fn(&R, i64) -> Result<T>,
    name: impl Fn(&R) -> Result<Option<HcName>>,
) -> Result<Vec<T>> {
    let mut out: Vec<T> = Vec::new();
    for row in rows {
        let row_id = id(row)?;
        if out.last().is_none_or(|last| last.id() != row_id) {
            out.push(item(row, row_id)?);
        }
        if let (Some(last), Some(n)) = (out.last_mut(), name(row)?) {
            last.names_mut().push(n);
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize)]
pub struct HcTranslation {
    pub locale: Locale,
    pub title: String,
    /// The Markdown source.
    pub body_md: String,
    /// Sanitized HTML rendered from `body_md` when it was saved.
    pub body_html: String,
    pub published: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcArticle {
    pub id: i64,
    pub section_id: i64,
    pub position: i64,
    pub comments_closed: bool,
    pub author_id: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub translations: Vec<HcTranslation>,
}

impl HcArticle {
    pub fn translation(&self, locale: Locale) -> Option<&HcTranslation> {
        self.translations.iter().find(|t| t.locale == locale)
    }
    pub fn is_public(&self) -> bool {
        self.translations.iter().any(|t| t.published)
    }
}

/// What the web layer hands over when a translation is saved: the source
/// and what it made of it.
#[derive(Debug, Clone)]
pub struct HcTranslationInput {
    pub locale: Locale,
    pub title: Screened,
    /// The Markdown as written; the HTML and the text are what readers
    /// see once it is rendered, each screened on its own (a card number
    /// split by a comment or spelled in entities is whole only there).
    pub body_md: Screened,
    pub body_html: Screened,
    /// Plain text of the body, indexed for search and cut into snippets.
    pub body_text: Screened,
    pub published: bool,
}

#[derive(Debug, Clone)]
pub struct NewHcArticle {
    pub section_id: i64,
    pub position: i64,
    pub comments_closed: bool,
    pub author_id: Option<i64>,
    pub translation: HcTranslationInput,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HcArticlePatch {
    pub section_id: Option<i64>,
    pub position: Option<i64>,
    pub comments_closed: Option<bool>,
}

/// One translation's title in an article list.
#[derive(Debug, Clone, Serialize)]
pub struct HcTitle {
    pub locale: Locale,
    pub title: String,
    pub published: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcArticleSummary {
    pub id: i64,
    pub section_id: i64,
    pub position: i64,
    pub titles: Vec<HcTitle>,
}

#[derive(Debug, Clone, Default)]
pub struct HcArticleFilter {
    pub section_id: Option<i64>,
    /// Only articles in the sections of this category.
    pub category_id: Option<i64>,
    /// At most this many articles of each section (the first in display
    /// order), so one query lists a whole category.
    pub per_section: Option<i64>,
    /// Only articles with at least one published translation.
    pub published_only: bool,
    /// Leave out this article (related articles).
    pub except: Option<i64>,
    pub limit: i64,
}

/// A search over the published translations of one locale. `terms` holds
/// one group per query word (`domain::search::Vocabulary::query`): every
/// group must match, through any of its terms.
#[derive(Debug, Clone)]
pub struct HcSearch {
    pub locale: Locale,
    pub terms: Vec<Vec<String>>,
    /// Match the last group's terms as prefixes (suggestions while typing).
    pub prefix_last: bool,
    pub limit: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcSearchHit {
    pub article_id: i64,
    pub section_id: i64,
    pub title: String,
    pub body_text: String,
    /// bm25 score; lower is better.
    pub rank: f64,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HcVotes {
    pub helpful: i64,
    pub total: i64,
}

#[derive(Debug, Clone)]
pub struct NewHcComment {
    pub article_id: i64,
    pub author_id: i64,
    pub locale: Locale,
    pub body: Screened,
}

#[derive(Debug, Clone, Serialize)]
pub struct HcComment {
    pub id: i64,
    pub article_id: i64,
    pub author: Person,
    pub author_role: Role,
    pub locale: Locale,
    pub body: String,
    pub hidden: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeflectionEvent {
    /// An article was suggested while a request was being written.
    Shown,
    /// The requester opened the suggestion.
    Opened,
}

impl DeflectionEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            DeflectionEvent::Shown => "shown",
            DeflectionEvent::Opened => "opened",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HcDeflections {
    pub shown: i64,
    pub opened: i64,
}

#[async_trait]
pub trait HelpCenterStore: Send + Sync + 'static {
    // Categories and sections, in display order.
    async fn hc_create_category(&self, position: i64, names: &[NewHcName]) -> Result<HcCategory>;
    /// Replaces position and the given locales' names.
    async fn hc_update_category(
        &self,
        id: i64,
        position: i64,
        names: &[NewHcName],
    ) -> Result<HcCategory>;
    async fn hc_categories(&self) -> Result<Vec<HcCategory>>;
    async fn hc_category(&self, id: i64) -> Result<Option<HcCategory>>;
    async fn hc_create_section(
        &self,
        category_id: i64,
        position: i64,
        names: &[NewHcName],
    ) -> Result<HcSection>;
    async fn hc_update_section(
        &self,
        id: i64,
        category_id: i64,
        position: i64,
        names: &[NewHcName],
    ) -> Result<HcSection>;
    /// Deletes a category that holds no section; one that still does is
    /// refused with `Conflict("category_not_empty")`.
    async fn hc_delete_category(&self, id: i64) -> Result<()>;
    /// All sections (in category order), or a category's.
    async fn hc_sections(&self, category_id: Option<i64>) -> Result<Vec<HcSection>>;
    async fn hc_section(&self, id: i64) -> Result<Option<HcSection>>;
    /// Deletes a section that holds no article, drafts included; one that
    /// still does is refused with `Conflict("section_not_empty")`.
    async fn hc_delete_section(&self, id: i64) -> Result<()>;

    // Articles
    async fn hc_create_article(
        &self,
        article: NewHcArticle,
        now: OffsetDateTime,
    ) -> Result<HcArticle>;
    /// The article with every translation, drafts included.
    async fn hc_article(&self, id: i64) -> Result<Option<HcArticle>>;
    async fn hc_update_article(
        &self,
        id: i64,
        patch: &HcArticlePatch,
        now: OffsetDateTime,
    ) -> Result<HcArticle>;
    /// Creates or replaces one translation and keeps the search index in
    /// step (only published translations are searchable).
    async fn hc_save_translation(
        &self,
        article_id: i64,
        input: HcTranslationInput,
        now: OffsetDateTime,
    ) -> Result<HcArticle>;
    async fn hc_set_published(
        &self,
        article_id: i64,
        locale: Locale,
        published: bool,
        now: OffsetDateTime,
    ) -> Result<HcArticle>;
    /// Deletes an article with its translations, votes, comments and
    /// deflection records, and takes it out of search.
    async fn hc_delete_article(&self, id: i64) -> Result<()>;
    /// Articles in display order (section, position, id), each with the
    /// titles of all its translations.
    async fn hc_articles(&self, filter: &HcArticleFilter) -> Result<Vec<HcArticleSummary>>;
    async fn hc_search(&self, search: &HcSearch) -> Result<Vec<HcSearchHit>>;
    /// Every distinct term the locale's search index holds (published
    /// translations only), to complete and correct query words.
    async fn hc_terms(&self, locale: Locale) -> Result<Vec<String>>;

    // Votes: one per voter and article; voting again replaces the vote.
    async fn hc_vote(
        &self,
        article_id: i64,
        voter: &str,
        helpful: bool,
        now: OffsetDateTime,
    ) -> Result<HcVotes>;
    async fn hc_votes(&self, article_id: i64) -> Result<HcVotes>;
    async fn hc_my_vote(&self, article_id: i64, voter: &str) -> Result<Option<bool>>;

    // Comments
    async fn hc_add_comment(&self, comment: NewHcComment, now: OffsetDateTime)
    -> Result<HcComment>;
    async fn hc_comment(&self, id: i64) -> Result<Option<HcComment>>;
    async fn hc_comments(&self, article_id: i64, include_hidden: bool) -> Result<Vec<HcComment>>;
    async fn hc_edit_comment(
        &self,
        id: i64,
        body: &Screened,
        now: OffsetDateTime,
    ) -> Result<HcComment>;
    async fn hc_set_comment_hidden(
        &self,
        id: i64,
        hidden: bool,
        now: OffsetDateTime,
    ) -> Result<HcComment>;
    async fn hc_delete_comment(&self, id: i64) -> Result<()>;

    // Deflection
    async fn hc_record_deflection(
        &self,
        article_id: i64,
        user_id: Option<i64>,
        event: DeflectionEvent,
        now: OffsetDateTime,
    ) -> Result<()>;
    async fn hc_deflections(&self, article_id: i64) -> Result<HcDeflections>;
}
