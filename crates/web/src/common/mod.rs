//! What the JSON API and the HTML pages share, below both: neither face
//! imports the other (a test in `tests/it/layers.rs` checks it), so a rule
//! both need lives here, in `app`, or in the shared modules beside this one
//! (`workspace`, `help`).

pub mod blocking;
pub mod client;
pub mod schema;
pub mod upload;
pub mod workspace;

use store::{Scope, User};

/// What `url_encode` leaves as it is: unreserved characters and `/`.
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

/// Percent-encodes a string for a query parameter.
pub fn url_encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, QUERY_VALUE).to_string()
}

/// `%XX` sequences decoded (invalid UTF-8 becomes U+FFFD); `+` is kept.
pub fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// A control character (C0, DEL or C1: NUL, tab, CR, LF, …) as sent or
/// once percent-decoded. No parameter of ours carries one, and some reach
/// places that break on them (a NUL in SQL text, a tab in a redirect that
/// a browser drops, turning `/\t/host` into `//host`).
pub fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control) || percent_decode(s).chars().any(char::is_control)
}

pub fn requester_scope(user: &User) -> Scope {
    Scope::Requester {
        user_id: user.id,
        shared_org_id: user.org_id.filter(|_| user.org_shared),
    }
}

pub use app::workspace::{PIVOTS, normalize_identifier};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_as_sent_and_decoded() {
        for bad in [
            "q=%00",
            "next=/%09/host",
            "next=/%0d",
            "q=a%0Ab",
            "q=%7F",
            "q=%C2%85",
        ] {
            assert!(has_control(bad), "{bad}");
        }
        for good in [
            "q=a+b",
            "q=caf%C3%A9",
            "next=/hc/en/",
            "q=%25",
            "q=%zz",
            "q=%",
        ] {
            assert!(!has_control(good), "{good}");
        }
    }
}
