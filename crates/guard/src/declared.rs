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

/// The literal a key is declared with (see the module), judged for the
/// key's kind.
#[inline(never)]
pub(crate) fn typed_literal(text: &str, key_end: usize, kind: Kind) -> Option<Finding> {
    let b = text.as_bytes();
    let q = literal_after_type(b, key_end)?;
    let s = q + 1;
    let lim = (s + 512).min(b.len());
    let e = s + b[s..lim]
        .iter()
        .position(|&c| c == b[q] || c == b'\n')?;
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

#[cfg(test)]
mod tests {
    use crate::{Kind, scan};

    fn found(t: &str) -> Vec<(Kind, String)> {
        scan(t)
            .into_iter()
            .map(|f| (f.kind, t[f.start..f.end].to_string()))
            .collect()
    }

    fn has(t: &str, v: &str) -> bool {
        found(t).iter().any(|(_, f)| f == v)
    }

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
    fn declarations_without_a_literal_value_pass() {
        for t in [
            "@secure()\nparam sqlAdminPassword string\n",
            "param sqlAdminPassword string = keyVault.getSecret('sql-admin')\n",
            "const SHOP_TOKEN: &str = env!(\"SHOP_TOKEN\");\n",
            "Const PIN_POS As Integer = 4\n",
            "Const PIN_POS As String = \"\"\n",
            " $ token_type   : chr \"Bearer\"\n",
            "password string = '<admin-password>'\n",
            "let token: String = \"YOUR_TOKEN_HERE\".into();\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }
}
