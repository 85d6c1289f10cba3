//! What the API answers, as types: every response body of `/api/v1` is one
//! of these structs, and the OpenAPI document's schemas are derived from
//! them (`utoipa::ToSchema`). Store models never go on the wire as they
//! are; each has its view here, so a change to the store cannot change the
//! contract unseen.
//!
//! Sealed values show only that they exist; internal notes reach agents
//! only because only agents' handlers ask for them.

use super::docs::{FieldValue, LocaleDoc, PriorityDoc, RemovalDoc, RoleDoc, StatusDoc};
use domain::{Locale, Priority, Role, Status};
use serde::Serialize;
use std::collections::BTreeMap;
use store::{Comment, SealedField, Ticket};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

/// RFC 3339, as every time on the wire.
pub fn ts(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// A sealed value's trace: that it exists and when it goes.
#[derive(Debug, Serialize, ToSchema)]
pub struct SealedView {
    /// Always true: the value itself is never shown.
    pub sealed: bool,
    #[schema(format = DateTime)]
    pub destroy_after: String,
    #[schema(format = DateTime)]
    pub destroyed_at: Option<String>,
}

fn sealed_map(sealed: &[SealedField]) -> BTreeMap<String, SealedView> {
    sealed
        .iter()
        .map(|s| {
            let v = SealedView {
                sealed: true,
                destroy_after: ts(s.destroy_after),
                destroyed_at: s.destroyed_at.map(ts),
            };
            (s.key.clone(), v)
        })
        .collect()
}

/// Who asked, as the requester sees it (agents also see the address).
#[derive(Debug, Serialize, ToSchema)]
pub struct RequesterView {
    pub id: i64,
    pub name: String,
    /// Agents only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A user named on a ticket (its assignee).
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonView {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// A request (requesters) or a ticket (agents): the same record, agents
/// seeing the requester's address and the assignee as well.
#[derive(Debug, Serialize, ToSchema)]
pub struct TicketView {
    /// The number used in every URL.
    pub id: i64,
    pub form: String,
    pub subject: String,
    pub description: Option<String>,
    #[schema(value_type = StatusDoc)]
    pub status: Status,
    #[schema(value_type = PriorityDoc)]
    pub priority: Priority,
    pub requester: RequesterView,
    pub organization_id: Option<i64>,
    /// The form's fields as kept, by key.
    #[schema(value_type = BTreeMap<String, FieldValue>)]
    pub fields: store::StoredFields,
    /// Sealed fields by key: that they exist, never their value.
    pub sealed: BTreeMap<String, SealedView>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Agents only: `null` when nobody is assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<PersonView>)]
    pub assignee: Option<Option<PersonView>>,
    /// On reading one request or ticket: its conversation (requesters see
    /// public comments only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<CommentView>>,
    /// Agents reading one ticket: its audit log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit: Option<Vec<AuditView>>,
}

pub fn ticket(t: &Ticket, sealed: &[SealedField], for_agent: bool) -> TicketView {
    TicketView {
        id: t.id,
        form: t.form.clone(),
        subject: t.subject.clone(),
        description: t.description.clone(),
        status: t.status,
        priority: t.priority,
        requester: RequesterView {
            id: t.requester.id,
            name: t.requester.name.clone(),
            email: for_agent.then(|| t.requester.email.clone()),
        },
        organization_id: t.org_id,
        fields: t.fields.clone(),
        sealed: sealed_map(sealed),
        created_at: ts(t.created_at),
        updated_at: ts(t.updated_at),
        assignee: for_agent.then(|| {
            t.assignee.as_ref().map(|a| PersonView {
                id: a.id,
                name: a.name.clone(),
                email: a.email.clone(),
            })
        }),
        comments: None,
        audit: None,
    }
}

/// A ticket in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct TicketSummary {
    pub id: i64,
    pub subject: String,
    #[schema(value_type = StatusDoc)]
    pub status: Status,
    #[schema(value_type = PriorityDoc)]
    pub priority: Priority,
    pub requester: RequesterView,
    /// The `client_id` field as kept, if the ticket has one.
    #[schema(value_type = Option<FieldValue>)]
    pub client_id: Option<serde_json::Value>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Agents only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub assignee_id: Option<Option<i64>>,
}

pub fn ticket_summary(t: &Ticket, for_agent: bool) -> TicketSummary {
    TicketSummary {
        id: t.id,
        subject: t.subject.clone(),
        status: t.status,
        priority: t.priority,
        requester: RequesterView {
            id: t.requester.id,
            name: t.requester.name.clone(),
            email: None,
        },
        client_id: t.fields.get("client_id").cloned(),
        created_at: ts(t.created_at),
        updated_at: ts(t.updated_at),
        assignee_id: for_agent.then(|| t.assignee.as_ref().map(|a| a.id)),
    }
}

/// The author of a comment.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthorView {
    pub id: i64,
    pub name: String,
    #[schema(value_type = RoleDoc)]
    pub role: Role,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommentView {
    pub id: i64,
    pub ticket_id: i64,
    pub author: AuthorView,
    pub body: String,
    /// False for an internal note (agents only).
    pub public: bool,
    #[schema(format = DateTime)]
    pub created_at: String,
}

pub fn comment(c: &Comment) -> CommentView {
    CommentView {
        id: c.id,
        ticket_id: c.ticket_id,
        author: AuthorView {
            id: c.author.id,
            name: c.author.name.clone(),
            role: c.author_role,
        },
        body: c.body.clone(),
        public: c.visibility == domain::CommentVisibility::Public,
        created_at: ts(c.created_at),
    }
}

/// One entry of a ticket's audit log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub id: i64,
    pub ticket_id: i64,
    pub actor_id: Option<i64>,
    /// What happened (`created`, `status`, `assignee`, `tags`, …).
    pub action: String,
    /// The action's details, by action.
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    #[schema(format = DateTime)]
    pub at: String,
}

impl From<&store::AuditEvent> for AuditView {
    fn from(e: &store::AuditEvent) -> Self {
        AuditView {
            id: e.id,
            ticket_id: e.ticket_id,
            actor_id: e.actor_id,
            action: e.action.clone(),
            detail: e.detail.clone(),
            at: ts(e.at),
        }
    }
}

/// A page of the requester's own requests.
#[derive(Debug, Serialize, ToSchema)]
pub struct RequestList {
    pub requests: Vec<TicketSummary>,
    /// Pass as `before` for the next page; `null` on the last one.
    pub next_before: Option<i64>,
}

/// A page of tickets (agents).
#[derive(Debug, Serialize, ToSchema)]
pub struct TicketList {
    pub tickets: Vec<TicketSummary>,
    /// Tickets matching the filters, on every page.
    pub count: i64,
    pub next_before: Option<i64>,
}

// Accounts and tokens.

#[derive(Debug, Serialize, ToSchema)]
pub struct OrgView {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub shared: bool,
    pub client_ids: Vec<String>,
}

impl From<&store::Org> for OrgView {
    fn from(o: &store::Org) -> Self {
        OrgView {
            id: o.id,
            slug: o.slug.clone(),
            name: o.name.clone(),
            shared: o.shared,
            client_ids: o.client_ids.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[schema(value_type = RoleDoc)]
    pub role: Role,
    pub org_id: Option<i64>,
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    /// Whether they may reveal sealed values (always for admins).
    pub can_reveal: bool,
}

pub fn user(u: &store::User, can_reveal: bool) -> UserView {
    UserView {
        id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: u.role,
        org_id: u.org_id,
        locale: u.locale,
        can_reveal: can_reveal || u.role == Role::Admin,
    }
}

/// A page of organizations.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrgList {
    pub orgs: Vec<OrgView>,
    /// Pass as `after` for the next page; `null` on the last one.
    pub next_after: Option<i64>,
}

/// A user in a list (`GET /users/{id}` adds the reveal permission).
#[derive(Debug, Serialize, ToSchema)]
pub struct UserSummary {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[schema(value_type = RoleDoc)]
    pub role: Role,
    pub org_id: Option<i64>,
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    #[schema(format = DateTime)]
    pub created_at: String,
}

pub fn user_summary(u: &store::User) -> UserSummary {
    UserSummary {
        id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: u.role,
        org_id: u.org_id,
        locale: u.locale,
        created_at: ts(u.created_at),
    }
}

/// A page of users.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserList {
    pub users: Vec<UserSummary>,
    /// Pass as `after` for the next page; `null` on the last one.
    pub next_after: Option<i64>,
}

/// One of the caller's API tokens: never the token itself, except once,
/// in the answer that made it.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenView {
    pub id: i64,
    pub label: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub last_used_at: Option<String>,
    /// The new token, shown this once (only its hash is kept).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl From<&store::ApiToken> for TokenView {
    fn from(t: &store::ApiToken) -> Self {
        TokenView {
            id: t.id,
            label: t.label.clone(),
            created_at: ts(t.created_at),
            last_used_at: t.last_used_at.map(ts),
            token: None,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenList {
    pub tokens: Vec<TokenView>,
}

/// A debug id's metadata; never the token it stands for.
#[derive(Debug, Serialize, ToSchema)]
pub struct DebugIdView {
    pub debug_id: String,
    #[schema(format = DateTime)]
    pub expires_at: String,
    pub client_id: Option<String>,
    pub scopes: Vec<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    #[schema(format = DateTime)]
    pub purged_at: Option<String>,
}

impl From<&store::DebugId> for DebugIdView {
    fn from(d: &store::DebugId) -> Self {
        DebugIdView {
            debug_id: d.id.clone(),
            expires_at: ts(d.expires_at),
            client_id: d.client_id.clone(),
            scopes: d.scopes.clone(),
            created_at: ts(d.created_at),
            revoked_at: d.revoked_at.map(ts),
            purged_at: d.purged_at.map(ts),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DebugIdList {
    pub debug_ids: Vec<DebugIdView>,
}

/// A stored file.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentView {
    pub id: i64,
    pub ticket_id: i64,
    pub comment_id: Option<i64>,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    /// What cleaning took out (for HAR files: where secrets were removed).
    #[schema(value_type = Vec<RemovalDoc>)]
    pub removed: serde_json::Value,
    /// Where to download it.
    pub url: String,
    #[schema(format = DateTime)]
    pub created_at: String,
}

/// What became of an inbound message.
#[derive(Debug, Serialize, ToSchema)]
pub struct InboundOutcome {
    /// `replied`, `created` or `refused`.
    #[schema(pattern = "^(replied|created|refused)$")]
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment_id: Option<i64>,
}

// The help center.

/// A published article in a list, in the asked locale or the other one.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleListItem {
    pub id: i64,
    pub section_id: i64,
    pub title: String,
    /// The locale of `title`.
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    /// True when the asked locale has no published translation.
    pub fallback: bool,
    pub url: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleList {
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    pub articles: Vec<ArticleListItem>,
}

/// Votes on an article.
#[derive(Debug, Serialize, ToSchema)]
pub struct VotesView {
    pub helpful: i64,
    pub total: i64,
}

/// A published article as readers see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleView {
    pub id: i64,
    pub section_id: i64,
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    pub fallback: bool,
    pub title: String,
    /// Sanitized HTML.
    pub body_html: String,
    pub body_markdown: String,
    pub url: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    pub comments_closed: bool,
    pub comment_count: usize,
    pub votes: VotesView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResult {
    pub id: i64,
    pub title: String,
    pub url: String,
    /// HTML: the matched words in `<mark>`, everything else escaped.
    pub snippet: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResults {
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    /// False when the query had only stop words or symbols.
    pub searchable: bool,
    pub results: Vec<SearchResult>,
    /// Categories and sections whose name matches.
    pub places: Vec<SearchPlace>,
}

/// A category or section found by its name.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPlace {
    /// `category` or `section`.
    pub kind: &'static str,
    pub name: String,
    pub url: String,
}

/// A comment under an article.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleCommentView {
    pub id: i64,
    pub article_id: i64,
    pub author: AuthorView,
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    pub body: String,
    /// Hidden by an agent (only agents see hidden comments).
    pub hidden: bool,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl From<&store::HcComment> for ArticleCommentView {
    fn from(c: &store::HcComment) -> Self {
        ArticleCommentView {
            id: c.id,
            article_id: c.article_id,
            author: AuthorView {
                id: c.author.id,
                name: c.author.name.clone(),
                role: c.author_role,
            },
            locale: c.locale,
            body: c.body.clone(),
            hidden: c.hidden,
            created_at: ts(c.created_at),
            updated_at: ts(c.updated_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleCommentList {
    pub comments: Vec<ArticleCommentView>,
}

/// A category's or section's name in one locale.
#[derive(Debug, Serialize, ToSchema)]
pub struct NameView {
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    pub name: String,
    pub description: String,
}

fn names(given: &[store::HcName]) -> Vec<NameView> {
    given
        .iter()
        .map(|n| NameView {
            locale: n.locale,
            name: n.name.clone(),
            description: n.description.clone(),
        })
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryView {
    pub id: i64,
    pub position: i64,
    pub names: Vec<NameView>,
}

impl From<&store::HcCategory> for CategoryView {
    fn from(c: &store::HcCategory) -> Self {
        CategoryView {
            id: c.id,
            position: c.position,
            names: names(&c.names),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SectionView {
    pub id: i64,
    pub category_id: i64,
    pub position: i64,
    pub names: Vec<NameView>,
}

impl From<&store::HcSection> for SectionView {
    fn from(c: &store::HcSection) -> Self {
        SectionView {
            id: c.id,
            category_id: c.category_id,
            position: c.position,
            names: names(&c.names),
        }
    }
}

/// One translation of an article, as its authors see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationView {
    #[schema(value_type = LocaleDoc)]
    pub locale: Locale,
    pub title: String,
    /// The Markdown source.
    pub body_md: String,
    /// Sanitized HTML rendered from `body_md` when it was saved.
    pub body_html: String,
    pub published: bool,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

/// An article with all its translations (authoring).
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthoredArticleView {
    pub id: i64,
    pub section_id: i64,
    pub position: i64,
    pub comments_closed: bool,
    pub author_id: Option<i64>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    pub translations: Vec<TranslationView>,
}

impl From<&store::HcArticle> for AuthoredArticleView {
    fn from(a: &store::HcArticle) -> Self {
        AuthoredArticleView {
            id: a.id,
            section_id: a.section_id,
            position: a.position,
            comments_closed: a.comments_closed,
            author_id: a.author_id,
            created_at: ts(a.created_at),
            updated_at: ts(a.updated_at),
            translations: a
                .translations
                .iter()
                .map(|t| TranslationView {
                    locale: t.locale,
                    title: t.title.clone(),
                    body_md: t.body_md.clone(),
                    body_html: t.body_html.clone(),
                    published: t.published,
                    updated_at: ts(t.updated_at),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The views keep the field names of the `json!` bodies they replaced.
    #[test]
    fn a_requester_never_sees_agents_fields() {
        let v = serde_json::to_value(RequesterView {
            id: 1,
            name: "A".into(),
            email: None,
        })
        .unwrap();
        assert!(v.get("email").is_none());
    }
}
