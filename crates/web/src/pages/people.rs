//! Administrators' people pages: organizations with their client ids and
//! users, listed, made and changed — what `/api/v1/orgs` and
//! `/api/v1/users` do, for a person. Anyone but an administrator is shown
//! "not found", as for any page they may not see.

use super::PagePath;
use super::agent::Choice;
use super::{ErrorPage, PageCtx, error_messages, render};
use crate::AppState;
use crate::auth::PageUser;
use crate::error::ApiError;
use crate::extract::CsrfForm;
use app::accounts::{self, OrgEdit, OrgInput, UserEdit, UserInput};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{Locale, Role};
use serde::Deserialize;
use store::{Org, User, UserFilter};

/// Rows a list shows at once.
const PAGE: i64 = 100;

fn admin_only(ctx: &PageCtx, user: &User) -> Result<(), Response> {
    if user.role == Role::Admin {
        Ok(())
    } else {
        Err(ErrorPage::new(ctx.locale(), ApiError::NotFound).into_response())
    }
}

fn err(ctx: &PageCtx, e: impl Into<ApiError>) -> Response {
    ErrorPage::new(ctx.locale(), e.into()).into_response()
}

/// The list's filters and where its pages start, from the address.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    org: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    after: Option<i64>,
    #[serde(default)]
    orgs_after: Option<i64>,
}

/// What a "new organization" or "new user" form held, to show again with
/// the problem when it is refused.
#[derive(Debug, Default)]
pub struct Typed {
    pub slug: String,
    pub name: String,
    pub shared: bool,
    pub client_ids: String,
    pub email: String,
    pub user_name: String,
    pub role: String,
    pub org: String,
    pub locale: String,
}

pub struct UserRow {
    pub user: User,
    pub org: String,
}

#[derive(Template)]
#[template(path = "agent_people.html")]
struct PeopleTemplate<'a> {
    ctx: &'a PageCtx,
    orgs: Vec<Org>,
    next_orgs: Option<i64>,
    users: Vec<UserRow>,
    next_users: Option<String>,
    filter_orgs: Vec<Choice>,
    filter_roles: Vec<Choice>,
    new_orgs: Vec<Choice>,
    new_roles: Vec<Choice>,
    locales: Vec<Choice>,
    typed: Typed,
    errors: Vec<String>,
}

fn role_choices(ctx: &PageCtx, selected: &str, any: bool) -> Vec<Choice> {
    let mut out = Vec::new();
    if any {
        out.push(Choice {
            value: String::new(),
            label: ctx.t("people.any_role"),
            selected: selected.is_empty(),
        });
    }
    out.extend(
        [Role::Requester, Role::Agent, Role::Admin]
            .iter()
            .map(|r| Choice {
                value: r.as_str().into(),
                label: ctx.label("role", r.as_str()),
                selected: r.as_str() == selected,
            }),
    );
    out
}

fn org_choices(ctx: &PageCtx, orgs: &[Org], selected: &str, none_key: &str) -> Vec<Choice> {
    let mut out = vec![Choice {
        value: String::new(),
        label: ctx.t(none_key),
        selected: selected.is_empty(),
    }];
    out.extend(orgs.iter().map(|o| Choice {
        value: o.slug.clone(),
        label: format!("{} ({})", o.name, o.slug),
        selected: o.slug == selected,
    }));
    out
}

fn locale_choices(selected: &str) -> Vec<Choice> {
    Locale::ALL
        .iter()
        .map(|l| Choice {
            value: l.as_str().into(),
            label: match l {
                Locale::En => "English",
                Locale::It => "Italiano",
            }
            .into(),
            selected: l.as_str() == selected,
        })
        .collect()
}

/// Every organization, for the choosers (a desk has hundreds, not
/// millions; the list pages the table, not the chooser).
async fn all_orgs(state: &AppState) -> Result<Vec<Org>, ApiError> {
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let page = state.desk.store.list_orgs(after, 500).await?;
        let full = page.len() == 500;
        after = page.last().map_or(after, |o| o.id);
        out.extend(page);
        if !full {
            return Ok(out);
        }
    }
}

async fn people_page(
    state: &AppState,
    ctx: &PageCtx,
    q: &ListQuery,
    typed: Typed,
    errors: Vec<String>,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let every_org = match all_orgs(state).await {
        Ok(o) => o,
        Err(e) => return err(ctx, e),
    };
    let orgs_after = q.orgs_after.unwrap_or(0);
    let orgs: Vec<Org> = every_org
        .iter()
        .filter(|o| o.id > orgs_after)
        .take(PAGE as usize)
        .cloned()
        .collect();
    let next_orgs = (orgs.len() as i64 == PAGE)
        .then(|| orgs.last().map(|o| o.id))
        .flatten();
    let org_filter = every_org.iter().find(|o| o.slug == q.org);
    let filter = UserFilter {
        org_id: org_filter.map(|o| o.id),
        role: q.role.parse().ok(),
    };
    let users = match state
        .desk
        .store
        .list_users(filter, q.after.unwrap_or(0), PAGE)
        .await
    {
        Ok(u) => u,
        Err(e) => return err(ctx, e),
    };
    let next_users = (users.len() as i64 == PAGE)
        .then(|| users.last().map(|u| u.id))
        .flatten()
        .map(|last| {
            let mut href = format!("/agent/people?after={last}");
            if let Some(o) = org_filter {
                href.push_str(&format!("&org={}", crate::common::url_encode(&o.slug)));
            }
            if let Some(r) = filter.role {
                href.push_str(&format!("&role={}", r.as_str()));
            }
            href
        });
    let users = users
        .into_iter()
        .map(|user| UserRow {
            org: user
                .org_id
                .and_then(|id| every_org.iter().find(|o| o.id == id))
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            user,
        })
        .collect();
    let role = if typed.role.is_empty() {
        Role::Requester.as_str().to_owned()
    } else {
        typed.role.clone()
    };
    let locale = if typed.locale.is_empty() {
        ctx.locale().as_str().to_owned()
    } else {
        typed.locale.clone()
    };
    render(
        status,
        &PeopleTemplate {
            ctx,
            filter_orgs: org_choices(ctx, &every_org, &q.org, "people.any_org"),
            filter_roles: role_choices(ctx, &q.role, true),
            new_orgs: org_choices(ctx, &every_org, &typed.org, "people.no_org"),
            new_roles: role_choices(ctx, &role, false),
            locales: locale_choices(&locale),
            orgs,
            next_orgs,
            users,
            next_users,
            typed,
            errors,
        },
    )
}

/// `GET /agent/people`
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    Query(q): Query<ListQuery>,
) -> Response {
    if let Err(r) = admin_only(&ctx, &user) {
        return r;
    }
    people_page(&state, &ctx, &q, Typed::default(), vec![]).await
}

fn lines(text: &str) -> Vec<String> {
    text.split(['\n', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `POST /agent/people/orgs`
pub async fn create_org(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = admin_only(&ctx, &user) {
        return r;
    }
    let typed = Typed {
        slug: form.get("slug").unwrap_or_default().trim().to_owned(),
        name: form.get("name").unwrap_or_default().to_owned(),
        shared: form.get("shared").is_some(),
        client_ids: form.get("client_ids").unwrap_or_default().to_owned(),
        ..Typed::default()
    };
    let input = OrgInput {
        slug: typed.slug.clone(),
        name: typed.name.clone(),
        shared: typed.shared,
        client_ids: lines(&typed.client_ids),
    };
    match accounts::create_org(&state.desk, &input).await {
        Ok(org) => Redirect::to(&format!("/agent/people/orgs/{}", org.slug)).into_response(),
        Err(e) => {
            let errors = error_messages(&ctx, &e.into());
            people_page(&state, &ctx, &ListQuery::default(), typed, errors).await
        }
    }
}

/// `POST /agent/people/users`: the account has no password; its owner
/// sets one with "Forgot your password?".
pub async fn create_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    form: CsrfForm,
) -> Response {
    if let Err(r) = admin_only(&ctx, &user) {
        return r;
    }
    let typed = Typed {
        email: form.get("email").unwrap_or_default().trim().to_owned(),
        user_name: form.get("name").unwrap_or_default().to_owned(),
        role: form.get("role").unwrap_or_default().to_owned(),
        org: form.get("org").unwrap_or_default().to_owned(),
        locale: form.get("locale").unwrap_or_default().to_owned(),
        ..Typed::default()
    };
    let (Ok(role), Ok(locale)) = (typed.role.parse::<Role>(), typed.locale.parse::<Locale>())
    else {
        let errors = vec![ctx.t("api.invalid_value")];
        return people_page(&state, &ctx, &ListQuery::default(), typed, errors).await;
    };
    let input = UserInput {
        email: typed.email.clone(),
        name: Some(typed.user_name.trim().to_owned()).filter(|n| !n.is_empty()),
        role,
        org: Some(typed.org.clone()).filter(|o| !o.is_empty()),
        locale,
        password_hash: None,
    };
    match accounts::create_user(&state.desk, input).await {
        Ok(made) => Redirect::to(&format!("/agent/people/users/{}", made.id)).into_response(),
        Err(e) => {
            let errors = error_messages(&ctx, &e.into());
            people_page(&state, &ctx, &ListQuery::default(), typed, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "agent_people_org.html")]
struct OrgTemplate<'a> {
    ctx: &'a PageCtx,
    org: Org,
    name: String,
    shared: bool,
    client_ids: String,
    members: Vec<User>,
    errors: Vec<String>,
    saved: bool,
}

async fn org_page(
    state: &AppState,
    ctx: &PageCtx,
    org: Org,
    typed: Option<(String, bool, String)>,
    errors: Vec<String>,
    saved: bool,
) -> Response {
    let filter = UserFilter {
        org_id: Some(org.id),
        role: None,
    };
    let members = match state.desk.store.list_users(filter, 0, PAGE).await {
        Ok(m) => m,
        Err(e) => return err(ctx, e),
    };
    let (name, shared, client_ids) =
        typed.unwrap_or_else(|| (org.name.clone(), org.shared, org.client_ids.join("\n")));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &OrgTemplate {
            ctx,
            org,
            name,
            shared,
            client_ids,
            members,
            errors,
            saved,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// `GET /agent/people/orgs/{slug}`
pub async fn org(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(slug): PagePath<String>,
    Query(q): Query<SavedQuery>,
) -> Response {
    if let Err(r) = admin_only(&ctx, &user) {
        return r;
    }
    match state.desk.store.org_by_slug(&slug).await {
        Ok(Some(org)) => org_page(&state, &ctx, org, None, vec![], q.saved.is_some()).await,
        Ok(None) => err(&ctx, ApiError::NotFound),
        Err(e) => err(&ctx, e),
    }
}

/// `POST /agent/people/orgs/{slug}`
pub async fn update_org(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(user): PageUser,
    PagePath(slug): PagePath<String>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = admin_only(&ctx, &user) {
        return r;
    }
    let org = match state.desk.store.org_by_slug(&slug).await {
        Ok(Some(org)) => org,
        Ok(None) => return err(&ctx, ApiError::NotFound),
        Err(e) => return err(&ctx, e),
    };
    let name = form.get("name").unwrap_or_default().to_owned();
    let shared = form.get("shared").is_some();
    let client_ids = form.get("client_ids").unwrap_or_default().to_owned();
    let edit = OrgEdit {
        name: name.clone(),
        shared,
        client_ids: lines(&client_ids),
    };
    match accounts::update_org(&state.desk, &slug, &edit).await {
        Ok(_) => Redirect::to(&format!("/agent/people/orgs/{slug}?saved=1")).into_response(),
        Err(e) => {
            let errors = error_messages(&ctx, &e.into());
            org_page(
                &state,
                &ctx,
                org,
                Some((name, shared, client_ids)),
                errors,
                false,
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "agent_people_user.html")]
struct UserTemplate<'a> {
    ctx: &'a PageCtx,
    person: User,
    name: String,
    roles: Vec<Choice>,
    orgs: Vec<Choice>,
    locales: Vec<Choice>,
    can_reveal: bool,
    own: bool,
    errors: Vec<String>,
    saved: bool,
}

struct UserTyped {
    name: String,
    role: String,
    org: String,
    locale: String,
}

async fn user_page(
    state: &AppState,
    ctx: &PageCtx,
    viewer: &User,
    person: User,
    typed: Option<UserTyped>,
    errors: Vec<String>,
    saved: bool,
) -> Response {
    let every_org = match all_orgs(state).await {
        Ok(o) => o,
        Err(e) => return err(ctx, e),
    };
    let can_reveal = match state.desk.store.can_reveal(person.id).await {
        Ok(c) => c || person.role == Role::Admin,
        Err(e) => return err(ctx, e),
    };
    let typed = typed.unwrap_or_else(|| UserTyped {
        name: person.name.clone(),
        role: person.role.as_str().into(),
        org: person
            .org_id
            .and_then(|id| every_org.iter().find(|o| o.id == id))
            .map(|o| o.slug.clone())
            .unwrap_or_default(),
        locale: person.locale.as_str().into(),
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &UserTemplate {
            ctx,
            own: person.id == viewer.id,
            roles: role_choices(ctx, &typed.role, false),
            orgs: org_choices(ctx, &every_org, &typed.org, "people.no_org"),
            locales: locale_choices(&typed.locale),
            name: typed.name,
            person,
            can_reveal,
            errors,
            saved,
        },
    )
}

async fn person(state: &AppState, id: &str) -> Result<User, ApiError> {
    Ok(app::accounts::user_at(&state.desk, id).await?)
}

/// `GET /agent/people/users/{id}`
pub async fn user(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(viewer): PageUser,
    PagePath(id): PagePath<String>,
    Query(q): Query<SavedQuery>,
) -> Response {
    if let Err(r) = admin_only(&ctx, &viewer) {
        return r;
    }
    match person(&state, &id).await {
        Ok(p) => user_page(&state, &ctx, &viewer, p, None, vec![], q.saved.is_some()).await,
        Err(e) => err(&ctx, e),
    }
}

/// `POST /agent/people/users/{id}`: name, role, organization, language,
/// and (for staff) whether they may reveal sealed values.
pub async fn update_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    PageUser(viewer): PageUser,
    PagePath(id): PagePath<String>,
    form: CsrfForm,
) -> Response {
    if let Err(r) = admin_only(&ctx, &viewer) {
        return r;
    }
    let target = match person(&state, &id).await {
        Ok(p) => p,
        Err(e) => return err(&ctx, e),
    };
    let typed = UserTyped {
        name: form.get("name").unwrap_or_default().to_owned(),
        role: form.get("role").unwrap_or_default().to_owned(),
        org: form.get("org").unwrap_or_default().to_owned(),
        locale: form.get("locale").unwrap_or_default().to_owned(),
    };
    let result = match (typed.role.parse::<Role>(), typed.locale.parse::<Locale>()) {
        (Ok(role), Ok(locale)) => {
            let edit = UserEdit {
                name: typed.name.clone(),
                role,
                org: Some(typed.org.clone()),
                locale,
            };
            accounts::update_user(&state.desk, &viewer, target.id, &edit)
                .await
                .map_err(ApiError::from)
        }
        _ => Err(ApiError::InvalidValue("role".into())),
    };
    let result = match result {
        Ok(changed) if changed.role.is_staff() => {
            let allowed = form.get("can_reveal").is_some();
            accounts::set_reveal(&state.desk, &changed, allowed)
                .await
                .map_err(ApiError::from)
        }
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            Redirect::to(&format!("/agent/people/users/{}?saved=1", target.id)).into_response()
        }
        Err(e) => {
            let errors = error_messages(&ctx, &e);
            user_page(&state, &ctx, &viewer, target, Some(typed), errors, false).await
        }
    }
}
