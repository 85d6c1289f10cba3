//! Credentials inside URLs: `scheme://user:password@host`. Database and
//! broker URLs pasted from config files carry live passwords.

use crate::text::{is_placeholder, variable_reference};

const MAX_USERINFO: usize = 256;

/// `at` points at the `:` of `://`. Returns the span of `user:password`
/// (of the password alone when there is no user).
pub(crate) fn password_at(b: &[u8], at: usize) -> Option<(usize, usize)> {
    if at == 0 || !b[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    let start = at + 3;
    let limit = (start + MAX_USERINFO).min(b.len());
    // The userinfo ends at the last `@` of the authority: passwords may
    // themselves contain `@` ("p@ssw0rd").
    let mut last_at = None;
    let mut colon = None;
    let mut i = start;
    while i < limit {
        match b[i] {
            b'@' => last_at = Some(i),
            b':' if colon.is_none() => colon = Some(i),
            // `app:Maple"19%@db`: a quote inside the password.
            b'"' if let Some(c) = colon
                && let Some(next) = crate::value::inner_quote(b, c + 1, i) =>
            {
                i = next;
                continue;
            }
            // (`#` is left in: a password with `#` is written unescaped
            // often enough, and the last `@` decides.)
            // `redis://ops:Orso!?@host`: a `?` after the user's colon and
            // before any `@` is the password's own (written unescaped);
            // after a port (`host:8080?next=a@b`, `host:1433;db=x?`) it
            // opens a query or a driver's parameters.
            b'?' if last_at.is_none() && colon.is_some_and(|c| !port_at(b, c + 1)) => {}
            c if c.is_ascii_whitespace()
                || matches!(c, b'/' | b'?' | b'"' | b'\'' | b'<' | b'>' | b'[' | b']') =>
            {
                break;
            }
            _ => {}
        }
        i += 1;
    }
    let i = last_at?;
    let colon = b[start..i]
        .iter()
        .position(|&c| c == b':')
        .map(|o| start + o);
    let colon = colon?;
    let (user, pass) = (&b[start..colon], &b[colon + 1..i]);
    let pass_str = std::str::from_utf8(pass).ok()?;
    // `redis://:password@host`: Redis URLs carry a password and no user.
    // (Only the scheme's own bytes are compared: lowering everything
    // before it made each URL cost the length of the text before it.)
    let scheme_is =
        |name: &[u8]| at >= name.len() && b[at - name.len()..at].eq_ignore_ascii_case(name);
    let redis = scheme_is(b"redis") || scheme_is(b"rediss");
    // `ftp://anonymous:me@example.com@host`, `amqp://guest:guest@localhost`
    // (RabbitMQ's built-in account, refused from other hosts): a public
    // login's conventional password opens nothing.
    let public_login = [&b"anonymous"[..], b"ftp", b"guest"]
        .iter()
        .any(|u| user.eq_ignore_ascii_case(u));
    if (user.is_empty() && !redis)
        || pass.is_empty()
        || (public_login && crate::context::conventional_guest_password(pass))
        || is_placeholder(pass_str)
        || (pass_str.starts_with('$') && variable_reference(pass_str))
    {
        return None;
    }
    // The whole `user:password` pair goes: a user name beside its
    // password is half of the credential.
    Some((if user.is_empty() { colon + 1 } else { start }, i))
}

/// A port at `p`: digits, then the end or a byte that is no letter or
/// digit (`8080/`, `1433;`, `5432?`).
fn port_at(b: &[u8], p: usize) -> bool {
    let n = b[p.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    n > 0 && b.get(p + n).is_none_or(|c| !c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(t: &str) -> Option<&str> {
        let at = t.find("://")?;
        password_at(t.as_bytes(), at).map(|(s, e)| &t[s..e])
    }

    #[test]
    fn a_quote_inside_the_password() {
        assert_eq!(
            find("mysql://svc:Harp\"33x@db.local/app"),
            Some("svc:Harp\"33x")
        );
        // A URL closed by its string's quote stays one.
        assert_eq!(find("dsn = \"mysql://svc@db\"; host=\"x:y@z\""), None);
    }

    #[test]
    fn a_question_mark_inside_the_password() {
        assert_eq!(
            find("amqp://relay:Tulipano!?@mq.internal:5672/%2f"),
            Some("relay:Tulipano!?")
        );
        // After a port, `?` opens the query; an `@` there is a parameter's.
        assert_eq!(find("https://shop.example:8443?next=a@b.example"), None);
        assert_eq!(find("https://shop.example?ref=a:b@c"), None);
        assert_eq!(
            find("jdbc:sqlserver://db.example:1433;user=u;password=Ab?1@Xy"),
            None
        );
    }

    #[test]
    fn userinfo_passwords() {
        assert_eq!(
            find("postgres://app:S3cretPass@db.internal:5432/app"),
            Some("app:S3cretPass")
        );
        assert_eq!(find("amqp://guest:guest@localhost"), None);
        assert_eq!(
            find("amqp://guest:S3cretPass@broker"),
            Some("guest:S3cretPass")
        );
        assert_eq!(find("https://api.example.com:443/v1"), None);
        assert_eq!(find("https://user@example.com"), None);
        assert_eq!(find("redis://:${REDIS_PASSWORD}@cache"), None);
        // Only Redis URLs carry a password without a user; the scheme's
        // case does not matter, and text before the URL does not count.
        assert_eq!(find("REDISS://:Sasso77!@cache"), Some("Sasso77!"));
        assert_eq!(find("see redis://:Sasso77!@cache"), Some("Sasso77!"));
        assert_eq!(find("https://:Sasso77!@cache"), None);
        assert_eq!(find("notredis; https://:Sasso77!@cache"), None);
        assert_eq!(find("postgres://app:***@db"), None);
        // A vendor's prefix before a mask: the token was masked.
        assert_eq!(
            find("https://oauth2:glpat-••••••@git.example.org/a.git"),
            None
        );
        assert_eq!(
            find("https://bot:glpat-R7mQ2xV9Lk4TzW8nP3cY@git.example.org/a.git"),
            Some("bot:glpat-R7mQ2xV9Lk4TzW8nP3cY")
        );
        assert_eq!(
            find("mysql://username:p@ssw0rd@hostname:3306/db"),
            Some("username:p@ssw0rd")
        );
        assert_eq!(
            find("http://cool:user@[::1]:456/file.txt"),
            Some("cool:user")
        );
    }
}
