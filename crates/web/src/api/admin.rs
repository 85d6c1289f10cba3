//! Administrators' API: organizations with their client ids, users, and
//! the reveal grant — what the command line does, for programs. Anyone
//! else is refused with 403 before the body is read.

use crate::AppState;
use crate::auth::{self, StaffUser};
use crate::error::ApiError;
use crate::extract::JsonBody;
use app::accounts::{self, OrgInput, UserInput};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::account::NewPassword;
use domain::{Locale, Role};
use serde::Deserialize;
use serde_json::{Value, json};
use store::{Org, User};

fn admin(user: &User) -> Result<(), ApiError> {
    match user.role {
        Role::Admin => Ok(()),
        _ => Err(ApiError::Forbidden),
    }
}

fn org_view(o: &Org) -> Value {
    json!({
        "id": o.id,
        "slug": o.slug,
        "name": o.name,
        "shared": o.shared,
        "client_ids": o.client_ids,
    })
}

fn user_view(u: &User, can_reveal: bool) -> Value {
    json!({
        "id": u.id,
        "email": u.email,
        "name": u.name,
        "role": u.role,
        "org_id": u.org_id,
        "locale": u.locale.as_str(),
        "can_reveal": can_reveal || u.role == Role::Admin,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgBody {
    slug: String,
    name: String,
    #[serde(default)]
    shared: bool,
    #[serde(default)]
    client_ids: Vec<String>,
}

pub async fn create_org(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<OrgBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    admin(&user)?;
    let input = OrgInput {
        slug: body.slug,
        name: body.name,
        shared: body.shared,
        client_ids: body.client_ids,
    };
    let org = accounts::create_org(state.store.as_ref(), &input).await?;
    Ok((StatusCode::CREATED, Json(org_view(&org))))
}

pub async fn show_org(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(slug): Path<String>,
) -> Result<Json<Value>, ApiError> {
    admin(&user)?;
    let org = state
        .store
        .org_by_slug(&slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(org_view(&org)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserBody {
    email: String,
    #[serde(default)]
    name: Option<String>,
    role: Role,
    /// The organization's slug.
    #[serde(default)]
    org: Option<String>,
    #[serde(default)]
    locale: Option<String>,
    /// Checked against the password rules, hashed, never kept or echoed.
    #[serde(default)]
    password: Option<String>,
}

pub async fn create_user(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    JsonBody(body): JsonBody<UserBody>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
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
    Ok((StatusCode::CREATED, Json(user_view(&made, false))))
}

async fn user_by_id(state: &AppState, id: &str) -> Result<User, ApiError> {
    let id = id.parse::<i64>().map_err(|_| ApiError::NotFound)?;
    state.store.user_by_id(id).await?.ok_or(ApiError::NotFound)
}

pub async fn show_user(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    admin(&user)?;
    let found = user_by_id(&state, &id).await?;
    let can_reveal = state.store.can_reveal(found.id).await?;
    Ok(Json(user_view(&found, can_reveal)))
}

/// `PUT` grants the reveal permission, `DELETE` takes it back.
pub async fn grant_reveal(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    set_reveal(state, user, id, true).await
}

pub async fn revoke_reveal(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
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
