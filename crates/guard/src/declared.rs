//! A literal declared with its type between the name and the value:
//! Bicep's `param sqlAdminPassword string = '…'`, Rust's `const TOKEN:
//! &str = "…"` (and `&'static str`), VB's `Const PIN_POS As String =
//! "…"`, Go's `var apiKey string = "…"`, Haskell's and R's printed
//! `$ access_token : chr "…"` (`str()`'s type column). The type word is
//! one a string is declared with; a number's or a structure's type names
//! no such value. Read from a key the trigger pass found, after the rest
//! of its identifier (`sqlAdminPassword`, `PIN_POS`).

use crate::context::{Sep, finding, password_value_ok};
use crate::{Confidence, Finding, Kind};

/// The types a string is declared with, in lower case.
const STRING_TYPES: &[&[u8]] = &[
    b"string",
    b"str",
    b"&str",
    b"&'static str",
    b"securestring",
    b"text",
    b"bytestring",
    b"chr",
    b"character",
];

fn blanks(b: &[u8], mut i: usize, lim: usize) -> usize {
    while i < lim && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// Where the literal starts (its opening quote) when the key ending at
/// `key_end` is declared with a string type and given a literal.
fn literal_after_type(b: &[u8], key_end: usize) -> Option<usize> {
    let lim = (key_end + 64).min(b.len());
    let mut i = key_end;
    // The rest of the name (`sqlAdminPassword`, `PIN_POS`).
    while i < lim && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    let mut i = blanks(b, i, lim);
    let mut named = false;
    if b.get(i) == Some(&b':') {
        i += 1;
        named = true;
    } else if b.len() >= i + 3 && b[i..i + 3].eq_ignore_ascii_case(b"as ") {
        i += 3;
        named = true;
    } else if i == key_end || b[i - 1] != b' ' {
        return None;
    }
    let i = blanks(b, i, lim);
    let rest = b.get(i..lim)?;
    let ty = STRING_TYPES.iter().find(|t| {
        rest.len() > t.len()
            && rest[..t.len()].eq_ignore_ascii_case(t)
            && !(rest[t.len()].is_ascii_alphanumeric() || rest[t.len()] == b'_')
    })?;
    let mut j = blanks(b, i + ty.len(), lim);
    let assigned = b.get(j) == Some(&b'=');
    if assigned {
        j = blanks(b, j + 1, lim);
    }
    // Without `:` or `As`, `=` says it is a declaration (`param x string
    // = …`); R's `str()` prints `: chr "…"` with no `=`.
    if !(assigned || named && ty == &&b"chr"[..]) {
        return None;
    }
    matches!(b.get(j), Some(b'"' | b'\'')).then_some(j)
}

/// What a key ending at `key_end` is declared with: a literal after a
/// string type, or an array of bytes. Only a declaration's shape is read
/// further: the name's rest, then `:`, a blank, `[` or `=`, and `=` on
/// the line (or R's `: chr`).
#[inline(never)]
pub(crate) fn value(text: &str, key_end: usize, kind: Kind) -> Option<Finding> {
    let b = text.as_bytes();
    let lim = (key_end + 32).min(b.len());
    let mut i = key_end;
    while i < lim && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    while i < lim && b[i] == b' ' && b.get(i + 1) == Some(&b' ') {
        i += 1;
    }
    let colon = match b.get(i) {
        Some(b' ') if b.get(i + 1) == Some(&b':') => true,
        Some(b':') => true,
        Some(b' ' | b'[' | b'=') => false,
        _ => return None,
    };
    let lim = (i + 48).min(b.len());
    let eq = memchr::memchr2(b'=', b'\n', &b[i..lim]).is_some_and(|p| b[i + p] == b'=');
    if !eq && !colon {
        return attribute_literal(text, key_end, i, kind);
    }
    typed_literal(text, key_end, kind)
        .or_else(|| eq.then(|| byte_array(b, key_end, kind)).flatten())
}

/// `@test_pin "344943"`, `@api_key "…"`: an Elixir module attribute,
/// `@name` at its line's start and its value after a blank. `i` is where
/// the name ends.
#[inline(never)]
fn attribute_literal(text: &str, key_end: usize, i: usize, kind: Kind) -> Option<Finding> {
    let b = text.as_bytes();
    if b.get(i) != Some(&b' ') || !matches!(b.get(i + 1), Some(b'"')) {
        return None;
    }
    let mut k = key_end;
    while k > 0 && key_end - k < 40 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
        k -= 1;
    }
    if k == 0 || b[k - 1] != b'@' {
        return None;
    }
    let mut ls = k - 1;
    while ls > 0 && matches!(b[ls - 1], b' ' | b'\t') {
        ls -= 1;
    }
    if ls > 0 && b[ls - 1] != b'\n' {
        return None;
    }
    literal_judged(text, i + 1, kind)
}

/// The literal a key is declared with (see the module), judged for the
/// key's kind.
fn typed_literal(text: &str, key_end: usize, kind: Kind) -> Option<Finding> {
    let q = literal_after_type(text.as_bytes(), key_end)?;
    literal_judged(text, q, kind)
}

/// The string literal whose opening quote is at `q`, when it is built like
/// a value of `kind`.
fn literal_judged(text: &str, q: usize, kind: Kind) -> Option<Finding> {
    let b = text.as_bytes();
    let s = q + 1;
    let lim = (s + 512).min(b.len());
    let e = s + b[s..lim].iter().position(|&c| c == b[q] || c == b'\n')?;
    if b[e] != b[q] {
        return None;
    }
    let v = text.get(s..e)?;
    let ok = match kind {
        Kind::Pin => (4..=8).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
        Kind::Password => {
            password_value_ok(v, Sep::Strong) && !v.contains(' ') && !v.contains("://")
        }
        Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken | Kind::VendorKey => {
            crate::text::looks_like_token(v, 16)
        }
        _ => false,
    };
    (ok && !crate::text::is_placeholder(v) && !crate::text::is_reference(v))
        .then(|| finding(crate::context::refine(kind, v), s, e, Confidence::Medium))
        .flatten()
}

/// `pub const WEBHOOK_HMAC_KEY: [u8; 32] = [0x6b, 0xb1, …]`, `uint8_t
/// api_secret[16] = { 0x6b, … }`, `byte[] hmacKey = { (byte)0x6b, … }`:
/// a key named as such and written as an array of byte literals (sixteen
/// or more, on as many lines as it takes) is the key's material; the
/// finding runs from the first byte to the last. A shorter array (a
/// magic number, a header) names no key.
fn byte_array(b: &[u8], key_end: usize, kind: Kind) -> Option<Finding> {
    if !matches!(
        kind,
        Kind::ClientSecret | Kind::PrivateKey | Kind::VendorKey | Kind::AccessToken
    ) {
        return None;
    }
    // The declaration up to its `=` on the key's line, then the array's
    // opening bracket or brace.
    let lim = (key_end + 48).min(b.len());
    let eq = key_end
        + b[key_end..lim]
            .iter()
            .position(|&c| c == b'=' || c == b'\n')?;
    if b[eq] != b'=' || b.get(eq + 1) == Some(&b'=') {
        return None;
    }
    let lim = (eq + 24).min(b.len());
    let open = eq
        + 1
        + b[eq + 1..lim]
            .iter()
            .position(|&c| c == b'[' || c == b'{' || c == b'\n')?;
    if b[open] == b'\n' {
        return None;
    }
    let lim = (open + 1024).min(b.len());
    let mut i = open + 1;
    let (mut first, mut last, mut n) = (0, 0, 0);
    loop {
        while i < lim && (b[i].is_ascii_whitespace() || b[i] == b',') {
            i += 1;
        }
        // Java's `(byte) 0x6b`.
        if b[i..lim].starts_with(b"(byte)") {
            i = crate::value::skip_spaces(b, i + 6).min(lim);
        }
        let hex = b[i..lim].starts_with(b"0x") || b[i..lim].starts_with(b"0X");
        let digits = b
            .get(i + 2..(i + 4).min(lim))
            .is_some_and(|d| d.len() == 2 && d.iter().all(u8::is_ascii_hexdigit));
        if !(hex && digits) || b.get(i + 4).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        if n == 0 {
            first = i;
        }
        n += 1;
        last = i + 4;
        i += 4;
    }
    (n >= 16 && matches!(b.get(i), Some(b']' | b'}'))).then_some(Finding {
        kind,
        start: first,
        end: last,
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::{found, has};

    #[test]
    fn a_literal_declared_with_a_string_type() {
        for (t, v) in [
            (
                "@secure()\nparam sqlAdminPassword string = 'Tempesta#4240'\n",
                "Tempesta#4240",
            ),
            (
                "const SHOP_TOKEN: &str = \"73d7a2b80cd5c848fabccab0a86c1b46d2d0f7f6\";\n",
                "73d7a2b80cd5c848fabccab0a86c1b46d2d0f7f6",
            ),
            ("Const PIN_POS As String = \"1271\"\n", "1271"),
            ("# test card PIN\n@test_pin \"344943\"\n", "344943"),
            (
                " $ access_token : chr \"obh_at_CvnarRbHBX4jd5eyulSy3teR4VBgl8H4gm4EocuV\"\n",
                "obh_at_CvnarRbHBX4jd5eyulSy3teR4VBgl8H4gm4EocuV",
            ),
        ] {
            assert!(has(t, v), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_default_a_method_falls_back_on() {
        for (t, v) in [
            (
                "secret: std::env::var(\"SHOP_SECRET\").unwrap_or_else(|_| \"cs_prod_mgQ8yF39Vkb9U4f944XaBdPBwcj2OMAk\".to_string()),\n",
                "cs_prod_mgQ8yF39Vkb9U4f944XaBdPBwcj2OMAk",
            ),
            (
                "val token = sys.env.get(\"TOKEN\").getOrElse(\"Xq7Lm9Tz2RbVn4Kw8Pj3Hs6\")\n",
                "Xq7Lm9Tz2RbVn4Kw8Pj3Hs6",
            ),
            (
                "token = ENV.fetch(\"TOKEN\") { \"Xq7Lm9Tz2RbVn4Kw8Pj3Hs6Qa\" }\n",
                "Xq7Lm9Tz2RbVn4Kw8Pj3Hs6Qa",
            ),
        ] {
            assert!(has(t, v), "{t:?}: {:?}", found(t));
        }
        for t in [
            "secret: std::env::var(\"SHOP_SECRET\").unwrap_or_default(),\n",
            "secret: std::env::var(\"SHOP_SECRET\").unwrap_or_else(|_| String::new()),\n",
            "token: env::var(\"TOKEN\").unwrap_or(\"changeme\".into()),\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_function_named_for_the_token_it_takes() {
        let t = "req_auth_bearer_token(\"obh_at_Yibgc22mFq5CnaFOhObUWPhVtJWqxMxlhA32LAFM\") |>\n";
        assert!(has(t, "obh_at_Yibgc22mFq5CnaFOhObUWPhVtJWqxMxlhA32LAFM"));
        for t in [
            "tok <- get_bearer_token(\"payments-api\")\n",
            "req_auth_bearer_token(token) |>\n",
            "req_auth_bearer_token(\"my-token\") |>\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_key_written_as_bytes() {
        let t = "/// webhook HMAC secret\npub const WEBHOOK_HMAC_KEY: [u8; 32] = [\n    0x6b, 0xb1, 0x53, 0x11, 0x32, 0x9d, 0x4a, 0x39,\n    0x9a, 0xa8, 0xd6, 0x20, 0xb5, 0xc0, 0xcc, 0xd0,\n    0x1a, 0x8b, 0x2c, 0x81, 0xd0, 0x14, 0xde, 0x37,\n    0x5c, 0x4f, 0x78, 0x1d, 0xb9, 0x39, 0x23, 0x32,\n];\n";
        let f = found(t);
        assert!(
            f.iter()
                .any(|v| v.starts_with("0x6b, 0xb1") && v.ends_with("0x23, 0x32")),
            "{f:?}"
        );
        // A short array, an array of names, a key's id: no key material.
        for t in [
            "const HMAC_KEY: [u8; 4] = [0x6b, 0xb1, 0x53, 0x11];\n",
            "hmac_key = [key_a, key_b]\n",
            "const HMAC_KEY_LEN: usize = 32;\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn declarations_without_a_literal_value_pass() {
        for t in [
            "@secure()\nparam sqlAdminPassword string\n",
            "param sqlAdminPassword string = keyVault.getSecret('sql-admin')\n",
            "const SHOP_TOKEN: &str = env!(\"SHOP_TOKEN\");\n",
            "Const PIN_POS As Integer = 4\n",
            "Const PIN_POS As String = \"\"\n",
            "@test_pin \"see the card\"\n",
            "  x = @test_pin \"344943\"\n",
            " $ token_type   : chr \"Bearer\"\n",
            "password string = '<admin-password>'\n",
            "let token: String = \"YOUR_TOKEN_HERE\".into();\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }
}
