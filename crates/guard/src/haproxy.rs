//! `stats auth admin:S3cret` in an HAProxy configuration: the login of the
//! load balancer's statistics page, written as `user:password` after the
//! directive. Found from the word `auth` (a trigger) when `stats ` stands
//! before it; the password alone is reported, as in a URL's userinfo the
//! user's name is no secret.

use crate::context::Outcome;
use crate::text::{is_placeholder, variable_reference};
use crate::{Confidence, Finding, Kind};

/// `stats ` stands right before the word `auth` at `start`.
pub(crate) fn directive_before(b: &[u8], start: usize) -> bool {
    start >= 6 && &b[start - 6..start] == b"stats "
}

/// The directive's password, after the word `auth` ending at `end`.
pub(crate) fn stats_auth(b: &[u8], end: usize) -> Outcome {
    match password_after(b, end) {
        Some((s, z)) => Outcome {
            finding: Some(Finding {
                kind: Kind::Password,
                start: s,
                end: z,
                confidence: Confidence::High,
            }),
            scanned_to: z,
        },
        None => Outcome {
            finding: None,
            scanned_to: end,
        },
    }
}

/// The password of the `user:password` token at `i` (spaces before it
/// skipped): the token runs to the line's end or a space; the user is a
/// plain name; an empty password, a placeholder or an environment
/// variable (`"${STATS_PASS}"`, which HAProxy expands) is none.
fn password_after(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    while b.get(i).is_some_and(|&c| c == b' ' || c == b'\t') {
        i += 1;
    }
    let lim = (i + 200).min(b.len());
    let end = b[i..lim]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(lim, |p| i + p);
    let token = std::str::from_utf8(&b[i..end]).ok()?;
    let (user, pass) = token.split_once(':')?;
    let plain_user = !user.is_empty()
        && user
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'));
    let reference = pass.contains('$') && variable_reference(pass.trim_matches('"'));
    if !plain_user || pass.is_empty() || is_placeholder(pass) || reference {
        return None;
    }
    // The pair whole, as a Basic login's `user:password` is redacted
    // (`-u user:pass`): the directive's one credential.
    Some((i, end))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as as found, scan};

    #[test]
    fn the_stats_pages_login_gives_its_password() {
        let t = "listen stats\n    bind :9000\n    stats auth ops:Quercia+71\n";
        assert_eq!(found(t, Kind::Password), ["ops:Quercia+71"]);
    }

    #[test]
    fn an_expanded_variable_or_a_placeholder_is_no_password() {
        assert!(scan("    stats auth ops:\"${STATS_PASSWORD}\"\n").is_empty());
        assert!(scan("    stats auth <user>:<password>\n").is_empty());
        assert!(scan("    stats auth admin:\n").is_empty());
    }
}
