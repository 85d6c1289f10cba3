//! Administrators' API: organizations with their client ids, users, and
//! the reveal grant — what the command line does, for programs. Anyone
//! else is refused with 403 before the body is read.

use super::docs::{self, LocaleDoc, RoleDoc};
use super::views::{self, OrgList, OrgView, UserList, UserView};
use super::{query_pairs, query_parse};
use crate::AppState;
use crate::auth::{self, StaffUser};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use app::accounts::{self, OrgEdit, OrgInput, UserEdit, UserInput};
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use domain::account::NewPassword;
use domain::{Locale, Role};
use serde::Deserialize;
use store::{User, UserFilter};
use utoipa::ToSchema;

fn admin(user: &User) -> Result<(), ApiError> {
    match user.role {
        Role::Admin => Ok(()),
        _ => Err(ApiError::Forbidden),
    }
}

/// A new organization.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgBody {
    slug: String,
    name: String,
    /// Whether its members see each other's requests.
    #[serde(default)]
    shared: bool,
    /// The client ids its requests must name.
    #[serde(default)]
    client_ids: Vec<String>,
}

/// `POST /api/v1/orgs`
#[utoipa::path(
    post,
    path = "/orgs",
    tag = "admin",
    summary = "Admins: create an organization",
    description = "409 when the slug or a client id is taken.",
    request_body = OrgBody,
    responses(
        (status = 201, description = "The organization", body = OrgView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn create_org(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<OrgBody>,
) -> Result<(StatusCode, Json<OrgView>), ApiError> {
    admin(&user)?;
    let input = OrgInput {
        slug: body.slug,
        name: body.name,
        shared: body.shared,
        client_ids: body.client_ids,
    };
    let org = accounts::create_org(&state.desk, &input).await?;
    Ok((StatusCode::CREATED, Json(OrgView::from(&org))))
}

/// `GET /api/v1/orgs/{slug}`
#[utoipa::path(
    get,
    path = "/orgs/{slug}",
    tag = "admin",
    summary = "Admins: an organization with its client ids",
    params(("slug" = String, Path, description = "The organization's slug")),
    responses(
        (status = 200, description = "The organization", body = OrgView),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn show_org(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(slug): ApiPath<String>,
) -> Result<Json<OrgView>, ApiError> {
    admin(&user)?;
    let org = state
        .desk
        .store
        .org_by_slug(&slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(OrgView::from(&org)))
}

/// `GET /api/v1/orgs`
#[utoipa::path(
    get,
    path = "/orgs",
    tag = "admin",
    summary = "Admins: organizations with their client ids, in id order",
    params(
        ("after" = Option<i64>, Query, description = "Organizations after this id (the previous page's `next_after`)"),
        ("limit" = Option<i64>, Query, description = "At most this many (1–200, default 100)"),
    ),
    responses(
        (status = 200, description = "A page of organizations", body = OrgList),
        docs::Always,
        docs::Auth,
        docs::E422,
    )
)]
pub async fn list_orgs(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    raw: RawQuery,
) -> Result<Json<OrgList>, ApiError> {
    admin(&user)?;
    let q = query_pairs(&raw)?;
    let (after, limit) = page(&q)?;
    let orgs = state.desk.store.list_orgs(after, limit).await?;
    let next_after = next_after(orgs.len(), limit, orgs.last().map(|o| o.id));
    Ok(Json(OrgList {
        orgs: orgs.iter().map(OrgView::from).collect(),
        next_after,
    }))
}

/// A keyset page's start and size from the query (`after`, `limit`).
fn page(q: &[(String, String)]) -> Result<(i64, i64), ApiError> {
    let after = query_parse(q, "after")?.unwrap_or(0i64);
    let limit = query_parse(q, "limit")?.unwrap_or(100i64).clamp(1, 200);
    Ok((after, limit))
}

/// The cursor of the next page: the last id of a full page, else none.
fn next_after(len: usize, limit: i64, last: Option<i64>) -> Option<i64> {
    (len as i64 == limit).then_some(last).flatten()
}

/// An organization's new name, sharing and client ids.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgEditBody {
    name: String,
    /// Whether its members see each other's requests.
    shared: bool,
    /// The whole list: client ids left out are removed.
    client_ids: Vec<String>,
}

/// `PUT /api/v1/orgs/{slug}`
#[utoipa::path(
    put,
    path = "/orgs/{slug}",
    tag = "admin",
    summary = "Admins: change an organization's name, sharing and client ids",
    description = "The slug does not change. `client_ids` replaces the whole list.",
    params(("slug" = String, Path, description = "The organization's slug")),
    request_body = OrgEditBody,
    responses(
        (status = 200, description = "The organization", body = OrgView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::JsonErrors,
    )
)]
pub async fn update_org(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(slug): ApiPath<String>,
    JsonBody(body): JsonBody<OrgEditBody>,
) -> Result<Json<OrgView>, ApiError> {
    admin(&user)?;
    let edit = OrgEdit {
        name: body.name,
        shared: body.shared,
        client_ids: body.client_ids,
    };
    let org = accounts::update_org(&state.desk, &slug, &edit).await?;
    Ok(Json(OrgView::from(&org)))
}

/// A new user.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserBody {
    email: String,
    #[serde(default)]
    name: Option<String>,
    #[schema(value_type = RoleDoc)]
    role: Role,
    /// The organization's slug.
    #[serde(default)]
    org: Option<String>,
    /// `en` (the default) or `it`.
    #[serde(default)]
    locale: Option<String>,
    /// Checked against the password rules, hashed, never kept or echoed.
    #[serde(default)]
    password: Option<String>,
}

/// `POST /api/v1/users`
#[utoipa::path(
    post,
    path = "/users",
    tag = "admin",
    summary = "Admins: create a user",
    description = "The password meets the password rules, is hashed, and is never kept or echoed.",
    request_body = UserBody,
    responses(
        (status = 201, description = "The user", body = UserView),
        docs::Always,
        docs::Auth,
        docs::E409,
        docs::JsonErrors,
        docs::E503,
    )
)]
pub async fn create_user(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<UserBody>,
) -> Result<(StatusCode, Json<UserView>), ApiError> {
    admin(&user)?;
    let locale = match body.locale.as_deref() {
        None => Locale::default(),
        Some(l) => l
            .parse()
            .map_err(|_| ApiError::InvalidValue("locale".into()))?,
    };
    let password_hash = match &body.password {
        None => None,
        Some(pw) => {
            let pw =
                NewPassword::parse(pw).map_err(|_| ApiError::InvalidValue("password".into()))?;
            Some(auth::hash_password_pooled(&state.blocking, pw.expose()).await?)
        }
    };
    let input = UserInput {
        email: body.email,
        name: body.name,
        role: body.role,
        org: body.org,
        locale,
        password_hash,
    };
    let made = accounts::create_user(&state.desk, input).await?;
    Ok((StatusCode::CREATED, Json(views::user(&made, false))))
}

/// `GET /api/v1/users`
#[utoipa::path(
    get,
    path = "/users",
    tag = "admin",
    summary = "Admins: users in id order, by organization or role",
    params(
        ("org" = Option<String>, Query, description = "Only members of the organization with this slug"),
        ("role" = Option<RoleDoc>, Query, description = "Only users with this role"),
        ("after" = Option<i64>, Query, description = "Users after this id (the previous page's `next_after`)"),
        ("limit" = Option<i64>, Query, description = "At most this many (1–200, default 100)"),
    ),
    responses(
        (status = 200, description = "A page of users", body = UserList),
        docs::Always,
        docs::Auth,
        docs::E422,
    )
)]
pub async fn list_users(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    raw: RawQuery,
) -> Result<Json<UserList>, ApiError> {
    admin(&user)?;
    let q = query_pairs(&raw)?;
    let (after, limit) = page(&q)?;
    let org_id = match super::query_get(&q, "org") {
        Some(slug) => Some(
            state
                .desk
                .store
                .org_by_slug(slug)
                .await?
                .ok_or(ApiError::InvalidValue("org".into()))?
                .id,
        ),
        None => None,
    };
    let filter = UserFilter {
        org_id,
        role: query_parse(&q, "role")?,
    };
    let users = state.desk.store.list_users(filter, after, limit).await?;
    let next_after = next_after(users.len(), limit, users.last().map(|u| u.id));
    Ok(Json(UserList {
        users: users.iter().map(views::user_summary).collect(),
        next_after,
    }))
}

/// A user's new name, role, organization and language.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserEditBody {
    name: String,
    #[schema(value_type = RoleDoc)]
    role: Role,
    /// The organization's slug; `null` takes the user out of any.
    #[serde(default)]
    org: Option<String>,
    #[schema(value_type = LocaleDoc)]
    locale: Locale,
}

/// `PUT /api/v1/users/{id}`
#[utoipa::path(
    put,
    path = "/users/{id}",
    tag = "admin",
    summary = "Admins: change a user's name, role, organization and language",
    description = "The address and the password do not change here. 409 `own_role` when an administrator changes their own role.",
    params(("id" = i64, Path, description = "The user's id")),
    request_body = UserEditBody,
    responses(
        (status = 200, description = "The user", body = UserView),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
        docs::JsonErrors,
    )
)]
pub async fn update_user(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
    JsonBody(body): JsonBody<UserEditBody>,
) -> Result<Json<UserView>, ApiError> {
    admin(&user)?;
    let target = user_by_id(&state, &id).await?;
    let edit = UserEdit {
        name: body.name,
        role: body.role,
        org: body.org,
        locale: body.locale,
    };
    let changed = accounts::update_user(&state.desk, &user, target.id, &edit).await?;
    let can_reveal = state.desk.store.can_reveal(changed.id).await?;
    Ok(Json(views::user(&changed, can_reveal)))
}

async fn user_by_id(state: &AppState, id: &str) -> Result<User, ApiError> {
    Ok(app::accounts::user_at(&state.desk, id).await?)
}

/// `GET /api/v1/users/{id}`
#[utoipa::path(
    get,
    path = "/users/{id}",
    tag = "admin",
    summary = "Admins: a user, with whether they may reveal sealed values",
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = UserView),
        docs::Always,
        docs::Auth,
        docs::E404,
    )
)]
pub async fn show_user(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<UserView>, ApiError> {
    admin(&user)?;
    let found = user_by_id(&state, &id).await?;
    let can_reveal = state.desk.store.can_reveal(found.id).await?;
    Ok(Json(views::user(&found, can_reveal)))
}

/// `PUT /api/v1/users/{id}/reveal` grants the reveal permission, `DELETE`
/// takes it back.
#[utoipa::path(
    put,
    path = "/users/{id}/reveal",
    tag = "admin",
    summary = "Admins: allow an agent to reveal sealed values (each reveal is audited)",
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Granted"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
    )
)]
pub async fn grant_reveal(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    set_reveal(state, user, id, true).await
}

/// `DELETE /api/v1/users/{id}/reveal`
#[utoipa::path(
    delete,
    path = "/users/{id}/reveal",
    tag = "admin",
    summary = "Admins: take the reveal permission back",
    params(("id" = i64, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Revoked"),
        docs::Always,
        docs::Auth,
        docs::E404,
        docs::E409,
    )
)]
pub async fn revoke_reveal(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    set_reveal(state, user, id, false).await
}

async fn set_reveal(
    state: AppState,
    user: User,
    id: String,
    allowed: bool,
) -> Result<StatusCode, ApiError> {
    admin(&user)?;
    let target = user_by_id(&state, &id).await?;
    accounts::set_reveal(&state.desk, &target, allowed).await?;
    Ok(StatusCode::NO_CONTENT)
}
