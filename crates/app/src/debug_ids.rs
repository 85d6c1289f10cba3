//! Debug ids: an access token checked, sealed and exchanged for a `dbg_…`
//! id, counted against the user's hourly allowance. Shared by the API and
//! the page.

use crate::{AppError, Desk};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use domain::Role;
use domain::form::FieldErrorCode;
use serde_json::Value;
use store::{DebugId, NewDebugId, RateDecision, User};
use time::{Duration, OffsetDateTime};

/// How long a token without a readable expiry is kept.
pub const OPAQUE_TTL_HOURS: i64 = 24;

pub const MAX_TOKEN_CHARS: usize = 8192;

pub fn seal_purpose(debug_id: &str) -> String {
    format!("debug-id:{debug_id}")
}

/// A fresh id: `dbg_` and 26 characters of RFC 4648 base32 (lower case)
/// from 128 random bits.
pub fn new_debug_id() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut bytes = [0u8; 17];
    getrandom::fill(&mut bytes[..16]).unwrap_or_else(|e| panic!("OS random generator failed: {e}"));
    let mut out = String::from("dbg_");
    let mut acc: u32 = 0;
    let mut bits = 0;
    for b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 && out.len() < 30 {
            bits -= 5;
            out.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
    }
    out
}

/// What a JWT's payload says, when the token is a JWT.
#[derive(Debug, Default, PartialEq)]
pub struct Claims {
    pub client_id: Option<String>,
    pub scopes: Vec<String>,
    pub exp: Option<i64>,
}

/// Reads the claims of a JWS (`header.payload.signature`); None for an
/// opaque token. The signature is not checked: the claims only describe.
pub fn claims(token: &str) -> Option<Claims> {
    let mut parts = token.split('.');
    let (_header, payload, _sig) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let raw = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let v: Value = serde_json::from_slice(&raw).ok()?;
    let obj = v.as_object()?;
    let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
    let client_id = text("client_id")
        .or_else(|| text("azp"))
        .or_else(|| text("cid"));
    let scopes = ["scope", "scp", "scopes"]
        .iter()
        .find_map(|k| obj.get(*k))
        .map(|s| match s {
            Value::String(s) => s.split_whitespace().map(str::to_owned).collect(),
            Value::Array(items) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => vec![],
        })
        .unwrap_or_default();
    let exp = obj.get("exp").and_then(Value::as_i64);
    Some(Claims {
        client_id,
        scopes,
        exp,
    })
}

fn field_error(code: FieldErrorCode) -> AppError {
    AppError::field("access_token", code)
}

/// Checks and seals `token` for `user`, counting against their hourly
/// allowance. Shared by the API and the page.
pub async fn issue(desk: &Desk, user: &User, token: &str) -> Result<DebugId, AppError> {
    let now = desk.now();
    let token = token.trim();
    let token = token
        .strip_prefix("Bearer ")
        .or_else(|| token.strip_prefix("bearer "))
        .unwrap_or(token)
        .trim();
    if token.is_empty() {
        return Err(field_error(FieldErrorCode::Required));
    }
    if token.len() > MAX_TOKEN_CHARS {
        return Err(field_error(FieldErrorCode::TooLong));
    }
    if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(field_error(FieldErrorCode::InvalidType));
    }
    let key = crate::keys::of_ids("debug_ids:user", &[user.id]);
    if let RateDecision::Limited { retry_after_secs } = desk
        .store
        .rate_limit_hit(&key, now, 3600, desk.settings.debug_ids_per_hour)
        .await?
    {
        return Err(AppError::RateLimited { retry_after_secs });
    }
    let claims = claims(token).unwrap_or_default();
    let latest = now + Duration::days(desk.settings.sealed_retention_days.max(1));
    let expires_at = match claims.exp {
        Some(exp) => {
            let exp = OffsetDateTime::from_unix_timestamp(exp).unwrap_or(now);
            if exp <= now {
                return Err(field_error(FieldErrorCode::NotAllowed));
            }
            exp.min(latest)
        }
        None => now + Duration::hours(OPAQUE_TTL_HOURS),
    };
    if let Some(cid) = &claims.client_id {
        let org = match user.org_id {
            Some(id) => desk.store.org_by_id(id).await?,
            None => None,
        };
        if let Some(org) = org
            && !org.client_ids.is_empty()
            && !org.client_ids.contains(cid)
        {
            return Err(field_error(FieldErrorCode::UnknownClientId));
        }
    }
    let id = new_debug_id();
    let new = NewDebugId {
        ciphertext: desk.sealer.seal(token.as_bytes(), &seal_purpose(&id)),
        id,
        user_id: user.id,
        org_id: user.org_id,
        // Read from the token's claims: text someone pasted, screened (a
        // claim is shown back, so a finding in one is redacted, not kept).
        client_id: claims.client_id.map(crate::text::derived),
        scopes: claims
            .scopes
            .into_iter()
            .map(crate::text::derived)
            .collect(),
        expires_at,
    };
    Ok(desk.store.create_debug_id(new, now).await?)
}

/// A debug id its owner (or staff) may see; anyone else's is "not found".
pub async fn visible(desk: &Desk, user: &User, id: &str) -> Result<DebugId, AppError> {
    desk.store
        .debug_id(id)
        .await?
        .filter(|d| d.user_id == user.id || user.role.is_staff())
        .ok_or(AppError::NotFound)
}

/// The debug ids a user made, newest first.
pub async fn of_user(desk: &Desk, user: &User) -> Result<Vec<DebugId>, AppError> {
    Ok(desk.store.debug_ids_of(user.id).await?)
}

/// Revokes one of the user's debug ids and destroys its token.
pub async fn revoke(desk: &Desk, user: &User, id: &str) -> Result<(), AppError> {
    Ok(desk.store.revoke_debug_id(id, user.id, desk.now()).await?)
}

/// A debug id as agents see it (never the token), with its owner; staff
/// only, anyone else is answered "not found".
pub async fn for_agent(
    desk: &Desk,
    agent: &User,
    id: &str,
) -> Result<(DebugId, Option<User>), AppError> {
    if !agent.role.is_staff() {
        return Err(AppError::NotFound);
    }
    let d = desk.store.debug_id(id).await?.ok_or(AppError::NotFound)?;
    let owner = desk.store.user_by_id(d.user_id).await.ok().flatten();
    Ok((d, owner))
}

/// Whether `user` may reveal sealed values: admins, and agents granted it.
pub async fn may_reveal(desk: &Desk, user: &User) -> bool {
    match user.role {
        Role::Admin => true,
        Role::Agent => desk.store.can_reveal(user.id).await.unwrap_or(false),
        Role::Requester => false,
    }
}

/// Opens a sealed value of a ticket for an agent with the reveal
/// permission, recording the reveal in the ticket's history: `what` is a
/// sealed field's key or `debug_id` (the token of the ticket's debug id).
/// None when the value was destroyed meanwhile. A ciphertext that does not
/// open here (moved to another ticket or field, or sealed under another
/// key) is `sealed_value_damaged`.
pub async fn reveal(
    desk: &Desk,
    agent: &User,
    ticket_id: i64,
    what: &str,
) -> Result<Option<String>, AppError> {
    if !agent.role.is_staff() {
        return Err(AppError::NotFound);
    }
    let ticket = desk
        .store
        .ticket(ticket_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_reveal(desk, agent).await {
        return Err(AppError::Forbidden);
    }
    let now = desk.now();
    let opened = if what == "debug_id" {
        let Some(debug_id) = ticket.fields.get("debug_id").and_then(|v| v.as_str()) else {
            return Err(AppError::NotFound);
        };
        desk.store
            .reveal_debug_token(debug_id, ticket.id, agent.id, now)
            .await?
            .map(|c| desk.sealer.open(&c, &seal_purpose(debug_id)))
    } else {
        let sealed = desk.store.sealed_fields(ticket.id).await?;
        if !sealed.iter().any(|s| s.key == what) {
            return Err(AppError::NotFound);
        }
        desk.store
            .reveal_sealed(ticket.id, what, agent.id, now)
            .await?
            .map(|c| {
                let purpose = crate::filing::sealed_purpose(c.seal_binding.as_deref(), what);
                desk.sealer.open(&c.ciphertext, &purpose)
            })
    };
    match opened {
        Some(Ok(plain)) => Ok(Some(String::from_utf8_lossy(&plain).into_owned())),
        Some(Err(_)) => {
            // Not a fault of ours to retry: the ciphertext was not sealed
            // for this ticket and field (moved in the database) or under
            // this key. Said plainly, and left for an administrator.
            tracing::warn!(ticket_id = ticket.id, what, "sealed value did not open");
            Err(AppError::Conflict("sealed_value_damaged"))
        }
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_documented_shape() {
        for _ in 0..50 {
            let id = new_debug_id();
            assert!(domain::form::is_debug_id(&id), "{id}");
        }
        assert_ne!(new_debug_id(), new_debug_id());
    }

    #[test]
    fn reads_jwt_claims_and_ignores_opaque_tokens() {
        let payload = URL_SAFE_NO_PAD
            .encode(br#"{"client_id":"acmepay","scope":"accounts payments","exp":1900000000}"#);
        let jwt = format!("eyJhbGciOiJSUzI1NiJ9.{payload}.c2ln");
        assert_eq!(
            claims(&jwt),
            Some(Claims {
                client_id: Some("acmepay".into()),
                scopes: vec!["accounts".into(), "payments".into()],
                exp: Some(1_900_000_000),
            })
        );
        assert_eq!(claims("opaque-token-value"), None);
    }
}
