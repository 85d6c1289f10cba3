//! A login handed over as its two halves, the user's name and then the
//! secret, where the secret's key alone is too common a word to read:
//! "email is emily@x.com and pass is arhgu…", "la mail è a@b.it e la pass
//! è tigre04Arsenal." (prose, "pass" after an address and "and"), and
//! `{"username":"ben37","key":"42f8…"}` (a credentials file's JSON: an
//! API key beside the user it belongs to, as Kaggle's `kaggle.json` and
//! other tools' token files keep them). Judged from the trigger pass's
//! key, once the first reading found no value.

use crate::{Confidence, Finding, Kind};

/// Copulas after "pass" that hand its value over.
const COPULAS: &[&[u8]] = &[b" is ", b" \xc3\xa8 ", b" e' ", b" ist ", b" est ", b" es "];

/// Conjunctions between the address and "pass" (`and`, `e`, `und`, `et`,
/// `y`), with the Italian article after `e` allowed ("e la pass").
const JOINS: &[&[u8]] = &[
    b" and ",
    b" and the ",
    b" and my ",
    b" e ",
    b" e la ",
    b" e il ",
    b" und ",
    b" et ",
    b" y ",
    b", ",
];

/// "… emily@x.com and pass is X": the key `pass` at `start..end`, a
/// copula after it, an e-mail address ending just before the
/// conjunction before it. The value is one word built like a password or
/// words joined by `-`; a closing comma or semicolon is no part of it.
#[inline(never)]
pub(crate) fn pass_after_address(text: &str, start: usize, end: usize) -> Option<Finding> {
    let b = text.as_bytes();
    if !b[start..end].eq_ignore_ascii_case(b"pass") {
        return None;
    }
    let cop = COPULAS.iter().find(|c| b[end..].starts_with(c))?;
    // The address before the conjunction (and an article) before the key.
    let lo = start.saturating_sub(12);
    let join = JOINS
        .iter()
        .filter(|j| b[lo..start].ends_with(j))
        .map(|j| j.len())
        .max()?;
    let addr_end = start - join;
    let mut a = addr_end;
    while a > 0 && addr_end - a < 80 && !b[a - 1].is_ascii_whitespace() {
        a -= 1;
    }
    let addr = &b[a..addr_end];
    let at = memchr::memchr(b'@', addr)?;
    if at == 0 || !addr[at..].contains(&b'.') {
        return None;
    }
    let vs = end + cop.len();
    let mut ve = vs;
    while ve < b.len() && ve - vs < 128 && !b[ve].is_ascii_whitespace() {
        ve += 1;
    }
    while ve > vs && matches!(b[ve - 1], b',' | b';' | b')') {
        ve -= 1;
    }
    // A full stop that ends the sentence (a space or the end after it).
    if ve > vs && b[ve - 1] == b'.' && b.get(ve).is_none_or(u8::is_ascii_whitespace) {
        ve -= 1;
    }
    let v = std::str::from_utf8(&b[vs..ve]).ok()?;
    // After the user's address, a run of letters in both cases (ten or
    // more) or three words joined by dashes is a password as well.
    let sh = crate::text::shape(v);
    let mixed = v.len() >= 10
        && v.bytes().all(|c| c.is_ascii_alphabetic())
        && sh.upper >= 2
        && sh.lower >= 2;
    let dashed = v.split('-').count() >= 3
        && v.split('-')
            .all(|w| w.len() >= 3 && w.bytes().all(|c| c.is_ascii_alphanumeric()));
    ((crate::context::password_word(v, true) || mixed || dashed)
        && !crate::text::is_placeholder(v)
        && !crate::text::is_reference(v)
        && !v.contains('@'))
    .then_some(Finding {
        kind: Kind::Password,
        start: vs,
        end: ve,
        confidence: Confidence::Medium,
    })
}

/// `{"username":"ben37","key":"42f8d536…"}`: the key `key` at
/// `start..end` as a JSON member's name, its string value built like a
/// token or 32+ hex digits, and a `"username"` member in the same object
/// before it (128 bytes back, after the object's `{`).
#[inline(never)]
pub(crate) fn key_beside_username(b: &[u8], start: usize, end: usize) -> Option<Finding> {
    if start == 0 || b[start - 1] != b'"' || b.get(end) != Some(&b'"') {
        return None;
    }
    let lo = start.saturating_sub(128);
    let open = lo + memchr::memrchr(b'{', &b[lo..start])?;
    // The user's member in the same object.
    memchr::memmem::find(&b[open..start], b"\"username\"")?;
    let mut i = end + 1;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if b.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let vs = i + 1;
    let lim = (vs + 256).min(b.len());
    let ve = vs + memchr::memchr(b'"', &b[vs..lim])?;
    let v = std::str::from_utf8(&b[vs..ve]).ok()?;
    let hex = v.len() >= 32 && v.bytes().all(|c| c.is_ascii_hexdigit());
    (hex || crate::nearby::token_ok(v)).then_some(Finding {
        kind: Kind::VendorKey,
        start: vs,
        end: ve,
        confidence: Confidence::Medium,
    })
}

/// `MONGO_PASSWORD    CoffeeFalcon70    [Edit] [Delete]`: a secrets
/// screen's row copied as text, a variable's name (capitals, digits and
/// `_`, from the line's start) ending in the key at `start..end`, a
/// column's gap (two spaces or more, or a tab), the value, then the
/// line's end or the row's buttons (`[Edit]`, `Delete`, `Copy`…) after
/// another gap. The gap stands where `=` would.
#[inline(never)]
pub(crate) fn screen_row_password(text: &str, start: usize, end: usize) -> Option<Finding> {
    let b = text.as_bytes();
    let gap = |i: usize| {
        b.get(i) == Some(&b'\t') || (b.get(i) == Some(&b' ') && b.get(i + 1) == Some(&b' '))
    };
    if !gap(end) {
        return None;
    }
    let mut ls = start;
    while ls > 0
        && start - ls < 64
        && (b[ls - 1].is_ascii_uppercase() || b[ls - 1].is_ascii_digit() || b[ls - 1] == b'_')
    {
        ls -= 1;
    }
    if !(ls == 0 || b[ls - 1] == b'\n') || !b[start..end].iter().all(|c| !c.is_ascii_lowercase()) {
        return None;
    }
    let mut vs = end;
    while vs < b.len() && matches!(b[vs], b' ' | b'\t') {
        vs += 1;
    }
    let lim = (vs + 512).min(b.len());
    let le = vs + memchr::memchr(b'\n', &b[vs..lim]).unwrap_or(lim - vs);
    let line = text.get(vs..le)?.trim_end_matches('\r');
    let row = crate::ui_chrome::without_chrome(line);
    if row.is_empty() || row.contains([' ', '\t']) {
        return None;
    }
    (crate::context::password_word(row, true)
        && !crate::text::is_placeholder(row)
        && !crate::text::is_reference(row))
    .then_some(Finding {
        kind: Kind::Password,
        start: vs,
        end: vs + row.len(),
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_pass_after_an_address_in_prose() {
        for (t, v) in [
            (
                "email is emily.khan@gmail.com and pass is arhguTnyIMJrhSmXMx, typed it right\n",
                "arhguTnyIMJrhSmXMx",
            ),
            (
                "la mail è tommaso.costa@hotmail.it e la pass è tigre04Arsenal., l'ho scritta giusta\n",
                "tigre04Arsenal.",
            ),
            (
                "la mail è s.conti@studio.unibo.it e la pass è cactus-violino-stone-corda, giusta\n",
                "cactus-violino-stone-corda",
            ),
        ] {
            assert_eq!(found(t), [v], "{t}");
        }
    }

    #[test]
    fn a_pass_that_is_a_word_passes() {
        for t in [
            "my bus pass is expired, can you help\n",
            "write to a@b.it and pass is not needed\n",
            "contact a@b.it and pass is valid until May\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_password_in_a_secrets_screens_row() {
        let t = "client_id    6898ad13-1e69    [Edit] [Delete]\nADMIN_PASS    HBdr_98dYEvR^SK_kAu4    [Edit] [Delete]\nMONGO_PASSWORD    CoffeeFalcon70    [Edit] [Delete]\n";
        assert_eq!(found(t), ["HBdr_98dYEvR^SK_kAu4", "CoffeeFalcon70"]);
        // Words, a placeholder, or prose after the name are none.
        for t in [
            "DB_PASSWORD    not set    [Edit] [Delete]\n",
            "DB_PASSWORD    changeme\n",
            "the PASSWORD  field is required\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn an_api_key_beside_its_user_in_a_credentials_file() {
        let t = "~/.kaggle/kaggle.json\n{\"username\":\"ben37\",\"key\":\"42f8d53623724634a2c869da4c54677c\"}\n";
        assert_eq!(found(t), ["42f8d53623724634a2c869da4c54677c"]);
        // A key of another object, or a word, is none.
        assert!(
            found("{\"id\":\"ben37\",\"key\":\"42f8d53623724634a2c869da4c54677c\"}\n").is_empty()
        );
        assert!(found("{\"username\":\"ben37\",\"key\":\"sort_order\"}\n").is_empty());
    }
}
