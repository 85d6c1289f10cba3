//! API tokens, made from the profile page or the API: a random token shown
//! once, its SHA-256 kept under a label the guard has seen.

use crate::AppState;
use crate::auth::{new_api_token, token_hash};
use crate::error::ApiError;
use store::{ApiToken, User};

/// Makes a token for `user`; returns it with its plaintext, which exists
/// nowhere else from now on.
pub async fn create(
    state: &AppState,
    user: &User,
    label: &str,
) -> Result<(ApiToken, String), ApiError> {
    let label = app::text::name("label", label)?;
    let token = new_api_token();
    let made = state
        .store
        .create_api_token(user.id, &label, &token_hash(&token), state.clock.now())
        .await?;
    Ok((made, token))
}
