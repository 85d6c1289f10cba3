use super::csrf::{self, CSRF_HEADER};
use super::{AuthMethod, Authenticated};
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::Method;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use store::User;

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<User>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(
            parts
                .extensions
                .get::<Authenticated>()
                .map(|a| a.user.clone()),
        ))
    }
}

/// A signed-in user for a page; anyone else is sent to sign in and back.
#[derive(Debug, Clone)]
pub struct PageUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for PageUser {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Authenticated>() {
            Some(a) => Ok(PageUser(a.user.clone())),
            None => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str())
                    .unwrap_or("/");
                let target = format!("/signin?next={}", crate::pages::url_encode(next));
                Err(Redirect::to(&target).into_response())
            }
        }
    }
}

/// A user calling the JSON API. Cookie-authenticated writes must carry the
/// CSRF token in `X-CSRF-Token`.
#[derive(Debug, Clone)]
pub struct ApiUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for ApiUser {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let auth = parts
            .extensions
            .get::<Authenticated>()
            .ok_or(ApiError::Unauthorized)?;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if auth.method == AuthMethod::Session && !safe {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if !csrf::matches(&parts.headers, sent) {
                return Err(ApiError::CsrfFailed);
            }
        }
        Ok(ApiUser(auth.user.clone()))
    }
}

/// An agent or admin calling the agents' API. Checked before the body is
/// read, so a requester learns nothing from how a body would be judged.
#[derive(Debug, Clone)]
pub struct StaffUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for StaffUser {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ApiUser(user) = ApiUser::from_request_parts(parts, state).await?;
        if user.role.is_staff() {
            Ok(StaffUser(user))
        } else {
            Err(ApiError::Forbidden)
        }
    }
}
