//! Administrators' API: organizations with their client ids, users, and
//! the reveal grant — what the command line does, for programs. Anyone
//! else is refused with 403 before the body is read.

use super::docs::{self, RoleDoc};
use super::views::{self, OrgView, UserView};
use crate::AppState;
use crate::auth::{self, StaffUser};
use crate::error::ApiError;
use crate::extract::ApiPath;
use crate::extract::JsonBody;
use app::accounts::{self, OrgInput, UserInput};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::account::NewPassword;
use domain::{Locale, Role};
use serde::Deserialize;
use store::User;
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
    let org = accounts::create_org(state.store.as_ref(), &input).await?;
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
        .store
        .org_by_slug(&slug)
        .await?
        .ok_or(ApiError::NotFound)?;
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
    let made = accounts::create_user(state.store.as_ref(), input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(views::user(&made, false))))
}

async fn user_by_id(state: &AppState, id: &str) -> Result<User, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    state.store.user_by_id(id).await?.ok_or(ApiError::NotFound)
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
    let can_reveal = state.store.can_reveal(found.id).await?;
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
    accounts::set_reveal(state.store.as_ref(), &target, allowed, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
