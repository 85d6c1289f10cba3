//! What names, locates or identifies a secret without being one: the
//! address of a secret in a store (a path or a URL), an object id built on
//! a ULID, the name of a method in a stack trace. Each is judged on the
//! value a key already led to, so no pass over the text is added.

/// Where a secret is kept, written where a value would go: a secret
/// store's path (`secret/data/payments/prod`, `kv-v2/apps/billing`,
/// `projects/4711/secrets/db-password/versions/3`) or a URL with no user
/// and password in it and no query (`https://kv-acme.vault.azure.net/
/// secrets/api-secret/5c1d…`). A path is three segments or more of
/// lowercase letters, digits, `-`, `_` and `.`, one of them a word of
/// three letters or more; random tokens carry capitals. A URL's query may
/// carry a signature (`?sig=…`), userinfo a password and a path segment a
/// token (`/reset/Xq7…`), so those stay values, and so do the URLs of
/// vendors whose address is the secret (`hooks.slack.com/services/…`).
pub(crate) fn secret_location(v: &[u8]) -> bool {
    let lower = v.to_ascii_lowercase();
    for scheme in [&b"https://"[..], b"http://"] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            let auth_end = rest.iter().position(|&c| c == b'/').unwrap_or(rest.len());
            // A path segment mixing capitals, small letters and digits
            // over 16 characters or more is a token carried in the link
            // (`/reset/Xq7…`), not a name.
            let carries_token = v[scheme.len() + auth_end..]
                .split(|&c| c == b'/')
                .any(|seg| {
                    seg.len() >= 16
                        && seg.iter().any(u8::is_ascii_uppercase)
                        && seg.iter().any(u8::is_ascii_lowercase)
                        && seg.iter().any(u8::is_ascii_digit)
                });
            return !rest[..auth_end].contains(&b'@')
                && !rest.contains(&b'?')
                && !rest.contains(&b'#')
                && !carries_token
                && !crate::vendor::secret_url(v);
        }
    }
    let segs: Vec<&[u8]> = v.split(|&c| c == b'/').collect();
    segs.len() >= 3
        && segs.iter().all(|s| {
            !s.is_empty()
                && s.iter().all(|&c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'-' | b'_' | b'.')
                })
        })
        && segs
            .iter()
            .any(|s| s.len() >= 3 && s.iter().all(u8::is_ascii_lowercase))
}

/// `01J8ZK3QH6W0V9T2R5M7XACB4D`, `task_01J8ZK3QH6W0V9T2R5M7XACB4D`: a
/// ULID (26 characters of Crockford's base32, in capitals, its first a
/// digit up to 7: a timestamp), alone or after a short lowercase prefix
/// naming the object. It identifies a record; the lowercase prefix is
/// what made it look like a mixed-case token.
pub(crate) fn ulid_id(v: &[u8]) -> bool {
    let body = match v.iter().position(|&c| c == b'_') {
        Some(us) if (2..=8).contains(&us) && v[..us].iter().all(u8::is_ascii_lowercase) => {
            &v[us + 1..]
        }
        Some(_) => return false,
        None => v,
    };
    body.len() == 26
        && (b'0'..=b'7').contains(&body[0])
        && body.iter().all(|&c| {
            c.is_ascii_digit()
                || (c.is_ascii_uppercase() && !matches!(c, b'I' | b'L' | b'O' | b'U'))
        })
}

/// "letto estratto conto FT25/0412": an account word in "estratto conto"
/// (an account statement) names a statement, and what follows it is the
/// statement's reference, not an account number. `start` is where the
/// account word starts.
pub(crate) fn statement_word(b: &[u8], start: usize) -> bool {
    let lo = start.saturating_sub(9);
    let before = b[lo..start].to_ascii_lowercase();
    before.ends_with(b"estratto ")
}

/// "the Amex is 3782 …, 4-digit CID 0613": a word shared with other
/// things (`CID` is also a mail part's Content-ID, a customer's or a
/// caller's id) names a card's code only after Amex is named or a card
/// number is written (13 digits or more, grouped any way) in the 160
/// bytes before it.
pub(crate) fn card_near(b: &[u8], at: usize) -> bool {
    let lo = at.saturating_sub(160);
    let before = b[lo..at].to_ascii_lowercase();
    if [&b"amex"[..], b"american express"]
        .iter()
        .any(|w| memchr::memmem::find(&before, w).is_some())
    {
        return true;
    }
    let mut digits = 0;
    let mut gap = 0;
    for &c in &before {
        if c.is_ascii_digit() {
            digits += 1;
            gap = 0;
            if digits >= 13 {
                return true;
            }
        } else if matches!(c, b' ' | b'-' | b'.' | 0xc2 | 0xa0) && gap < 2 && digits > 0 {
            gap += 1;
        } else {
            digits = 0;
            gap = 0;
        }
    }
    false
}
