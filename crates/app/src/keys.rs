//! Keys built from what someone typed: rate-limit buckets, idempotency
//! keys, mail Message-IDs. They are kept as rows, so they pass the guard
//! like any text; where the typed part only has to be told apart from
//! others, only its hash is kept.

use crate::AppError;
use crate::text;
use guard::Screened;
use sha2::{Digest, Sha256};

/// The longest `Idempotency-Key` accepted.
pub const MAX_IDEMPOTENCY_KEY_CHARS: usize = 200;

fn digest(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// `prefix:` and the hash of `typed`. A person may type a password into
/// the e-mail box; its hash is all that is kept.
pub fn hashed(prefix: &'static str, typed: &str) -> Screened {
    // A hex digest has no context the guard reads as a secret; should a
    // rule ever find one, the redacted key is as stable as the digest.
    text::derived(format!("{prefix}:{}", digest(typed)))
}

/// A key made of a prefix and ids the program formatted.
pub fn of_ids(prefix: &'static str, ids: &[i64]) -> Screened {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    text::derived(format!("{prefix}:{}", ids.join(":")))
}

/// The `Idempotency-Key` header's value, as it is kept: trimmed, bounded,
/// screened. A key carrying a secret is refused like a field would be.
/// An empty or overlong key is ignored (the request is filed without one).
pub fn idempotency(raw: &str) -> Result<Option<Screened>, AppError> {
    let key = domain::form::clean_text(raw, false);
    if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY_CHARS {
        return Ok(None);
    }
    text::screen("Idempotency-Key", key, false).map(Some)
}

/// The submit key of a request opened by mail: the Message-ID's hash, so a
/// message delivered twice opens one request and nothing of the header is
/// kept.
pub fn message_id(raw: &str) -> Screened {
    hashed("mail", raw.trim())
}

/// `n` random bytes from the OS, URL-safe base64 without padding (session
/// ids, API tokens, reply tokens, seal bindings).
pub fn random_token(n: usize) -> String {
    use base64::Engine;
    let mut buf = vec![0u8; n];
    // The OS generator failing means the machine cannot do cryptography at all.
    getrandom::fill(&mut buf).unwrap_or_else(|e| panic!("OS random generator failed: {e}"));
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// What is stored instead of a session id, an API token or a reset link's
/// token: its SHA-256, in hex.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(token.as_bytes()))
}
