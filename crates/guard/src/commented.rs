//! A literal labelled by the comment that ends its line: scripts that
//! type a login for a person (RPA bots, AutoHotkey, Selenium) name what
//! each typed string is in a trailing comment, `write('x7!…')  # password`,
//! `Send, 4821{Enter}  ; PIN`. The key stands in the comment, alone (a
//! short qualifier may follow it: "passcode (SCA)"); the value is the
//! last literal of the code before the comment marker.
//!
//! Called for keys the trigger pass left without a value; reads only the
//! key's own line (bounded), so the pass stays linear.

use crate::context::{Sep, password_value_ok};
use crate::text::{is_placeholder, is_reference, looks_like_token};
use crate::{Kind, value};

/// Longest line looked at.
const MAX_LINE: usize = 256;

/// The value, of `kind`, that the comment holding the key at `s..e`
/// labels.
pub(crate) fn labelled_literal(
    text: &str,
    s: usize,
    e: usize,
    kind: Kind,
) -> Option<(Kind, usize, usize)> {
    let b = text.as_bytes();
    let lo = s.saturating_sub(MAX_LINE);
    let line_start = match memchr::memrchr(b'\n', &b[lo..s]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    if !comment_tail(b, e) {
        return None;
    }
    // Back over the spaces before the key to the comment's marker.
    let mut m = s;
    while m > line_start && b[m - 1] == b' ' {
        m -= 1;
    }
    let marker = if m >= line_start + 2 && &b[m - 2..m] == b"//" {
        m - 2
    } else if m > line_start && matches!(b[m - 1], b'#' | b';') {
        m - 1
    } else {
        return None;
    };
    // Code before the marker, set apart from it by a space.
    if marker == line_start || b[marker - 1] != b' ' {
        return None;
    }
    let code = &b[line_start..marker];
    let (vs, ve) = last_literal(code)?;
    let (vs, ve) = (line_start + vs, line_start + ve);
    let v = text.get(vs..ve)?;
    if is_placeholder(v) || is_reference(v) {
        return None;
    }
    // A passcode typed as digits only is a PIN.
    let kind = if kind == Kind::Password
        && (4..=8).contains(&v.len())
        && v.bytes().all(|c| c.is_ascii_digit())
    {
        Kind::Pin
    } else {
        kind
    };
    let ok = match kind {
        Kind::Pin => (4..=8).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
        Kind::Cvv => (3..=4).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
        // Built like a password, as a sentence's value must be: a comment
        // may name the field a string was typed near, not the string.
        Kind::Password => password_value_ok(v, Sep::Strong) && mixed(v),
        // (A publishable key or an object's id, `pk_live_…`, is no secret
        // whatever its comment calls it.)
        Kind::AccessToken | Kind::RefreshToken | Kind::ClientSecret | Kind::VendorKey => {
            looks_like_token(v, 16) && !crate::context::is_id(v.as_bytes())
        }
        _ => false,
    };
    ok.then_some((kind, vs, ve))
}

/// Letters mixed with another kind of character (digits, capitals after
/// small letters, symbols): no plain word, as a field's name would be.
pub(crate) fn mixed(v: &str) -> bool {
    let b = v.as_bytes();
    let lower = b.iter().any(u8::is_ascii_lowercase);
    let upper = b.iter().any(u8::is_ascii_uppercase);
    let digit = b.iter().any(u8::is_ascii_digit);
    let symbol = b.iter().any(u8::is_ascii_punctuation);
    v.len() >= 6
        && (lower || upper)
        && usize::from(lower) + usize::from(upper) + usize::from(digit) + usize::from(symbol) >= 2
        && !v.contains(' ')
        && !v.contains("://")
        && !crate::context::is_id(b)
}

/// What follows the key to its line's end is at most a short qualifier
/// ("(SCA)", "usa e getta"): no digits, no separator of a value.
fn comment_tail(b: &[u8], e: usize) -> bool {
    let end = memchr::memchr(b'\n', &b[e..(e + 40).min(b.len())])
        .map_or_else(|| (e + 40 >= b.len()).then_some(b.len()), |p| Some(e + p));
    let Some(end) = end else {
        return false;
    };
    let end = if end > e && b[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    end - e <= 16
        && b[e..end].iter().all(|&c| {
            c.is_ascii_alphabetic() || matches!(c, b' ' | b'(' | b')' | b'\'') || c >= 0x80
        })
}

/// The last literal in a line of code: a quoted string, or the last
/// argument of a command (`Send, x7!…{Enter}`) with its braced key names
/// (`{Enter}`, `{Tab}`) dropped.
fn last_literal(code: &[u8]) -> Option<(usize, usize)> {
    let mut end = code.len();
    while end > 0 && matches!(code[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    // A quoted string: its closing quote is the last quote on the line.
    if let Some(close) = code[..end].iter().rposition(|&c| c == b'\'' || c == b'"') {
        let q = code[close];
        let open = code[..close].iter().rposition(|&c| c == q)?;
        // Only what closes the statement may follow it: `)`, `;`, `]`.
        if code[close + 1..end]
            .iter()
            .all(|&c| matches!(c, b')' | b';' | b']' | b' ' | b','))
        {
            return (close > open + 1).then_some((open + 1, close));
        }
        return None;
    }
    // A command's last argument, braced key names dropped.
    while end > 0 && code[end - 1] == b'}' {
        let open = code[..end].iter().rposition(|&c| c == b'{')?;
        if !code[open + 1..end - 1].iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        end = open;
    }
    let comma = code[..end].iter().rposition(|&c| c == b',')?;
    let start = value::skip_spaces(code, comma + 1);
    (start < end && !code[start..end].contains(&b' ')).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as as found, scan};

    #[test]
    fn a_trailing_comment_names_the_typed_string() {
        let t = "bot.type_text(\"Fennel#7702\")   # password\nbot.key('enter')\n";
        assert_eq!(found(t, Kind::Password), ["Fennel#7702"]);
        let t = "Send, 39417{Enter}  ; PIN\n";
        assert_eq!(found(t, Kind::Pin), ["39417"]);
        // A passcode typed as digits is a PIN.
        let t = "Send, 772014{Enter}  ; passcode\n";
        assert_eq!(found(t, Kind::Pin), ["772014"]);
    }

    #[test]
    fn a_comment_about_the_line_is_no_label() {
        // The comment says what the line does, not what the string is.
        assert!(scan("bot.click('#login')  # then the password field opens\n").is_empty());
        // A placeholder typed in a template is no value.
        assert!(scan("bot.type_text('<password>')  # password\n").is_empty());
        // A publishable key is public whatever its comment calls it.
        assert!(scan("init(\"pk_test_Qw3Er5Ty7Ui9Op1As3Df\"); // key\n").is_empty());
    }
}
