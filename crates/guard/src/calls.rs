//! Credentials handed to a call as string literals, in the idioms of the
//! less travelled languages: a client's `auth` method (Redis's AUTH as
//! Lua, OpenResty and the redis clients spell it: `red:auth("…")`), R's
//! `authenticate("id", "secret")` (httr), a Basic pair given as one `user:pass`
//! literal after the word `basic` (Elixir's `{:basic, "user:pass"}`), and
//! a call confirming a strong-authentication step with its one-time code
//! (`client.confirm_sca(&id, "956641")`, `Sca.confirm(id, "800239")`).
//! Each is read from a trigger word the pass already finds.

use crate::context::{Sep, finding, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// The contents of the quoted literal starting at `i` (`"…"` or `'…'`),
/// closed before `lim` on its line and without escapes.
pub(crate) fn quoted(b: &[u8], i: usize, lim: usize) -> Option<(usize, usize)> {
    let q = *b.get(i).filter(|c| matches!(c, b'"' | b'\''))?;
    let s = i + 1;
    let e = s + b
        .get(s..lim)?
        .iter()
        .position(|&c| c == q || c == b'\n' || c == b'\\')?;
    (b[e] == q).then_some((s, e))
}

/// The string literals of the argument list opening at `open` (the byte
/// after `(`), when every argument is one: `("a", 'b')`, Erlang's
/// `(<<"a">>)`. At most four, within 256 bytes, on the call's lines.
pub(crate) fn literal_list(b: &[u8], open: usize) -> Option<Vec<(usize, usize)>> {
    let lim = (open + 256).min(b.len());
    let mut out = Vec::new();
    let mut i = open;
    loop {
        while i < lim && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let binary = b[i..lim].starts_with(b"<<");
        if binary {
            i += 2;
        }
        let (s, e) = quoted(b, i, lim)?;
        out.push((s, e));
        i = e + 1;
        if binary {
            if !b[i..lim].starts_with(b">>") {
                return None;
            }
            i += 2;
        }
        while i < lim && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match b.get(i) {
            Some(b')') if i < lim => return Some(out),
            Some(b',') if i < lim && out.len() < 4 => i += 1,
            _ => return None,
        }
    }
}

/// `red:auth("…")`, `client.auth("…")`, `$redis->auth("…")`,
/// `client.auth("user", "…")`: a method named `auth` called on an object
/// whose arguments are one or two string literals, or httr's
/// `authenticate("id", "secret")` with two; the last is the password or
/// the secret. `key_start` is where `auth` starts.
#[inline(never)]
pub(crate) fn auth_call(text: &str, b: &[u8], key_start: usize) -> Option<Finding> {
    let mut n = key_start;
    while n < b.len() && n - key_start < 16 && b[n].is_ascii_alphabetic() {
        n += 1;
    }
    let name = &b[key_start..n];
    let method = key_start > 0 && matches!(b[key_start - 1], b'.' | b':' | b'>');
    let authenticate = name.eq_ignore_ascii_case(b"authenticate");
    if !(name.eq_ignore_ascii_case(b"auth") && method || authenticate) || b.get(n) != Some(&b'(') {
        return None;
    }
    let args = literal_list(b, n + 1)?;
    if !(1..=2).contains(&args.len()) || authenticate && args.len() != 2 {
        return None;
    }
    let (s, e) = *args.last()?;
    let v = text.get(s..e)?;
    let kind = if args.len() == 2 {
        Kind::ClientSecret
    } else {
        Kind::Password
    };
    (password_value_ok(v, Sep::Bare)
        && !v.contains(' ')
        && !is_placeholder(v)
        && !is_reference(v)
        && !v.contains("://"))
    .then(|| finding(kind, s, e, Confidence::Medium))
    .flatten()
}

/// `$ua->credentials("host:443", "realm", "user", "…")` (Perl's LWP): a
/// `credentials` call of four literals (the server, the realm, the user)
/// takes the password last. `key_end` is the `(`.
#[inline(never)]
pub(crate) fn four_literal_credentials(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    let args = literal_list(b, key_end + 1)?;
    let &[_, _, _, (s, e)] = args.as_slice() else {
        return None;
    };
    let v = text.get(s..e)?;
    (password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, e, Confidence::Medium))
        .flatten()
}

/// `{:basic, "user:pass"}` (Elixir's Req), `auth: [:basic, "user:pass"]`:
/// after the word `basic` as a symbol and its comma, one literal that is
/// a whole `user:password` pair is the Basic credential.
#[inline(never)]
pub(crate) fn basic_pair_literal(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    let mut i = key_end + 1;
    while i < b.len() && i - key_end < 8 && b[i] == b' ' {
        i += 1;
    }
    let q = *b.get(i).filter(|c| matches!(c, b'"' | b'\''))?;
    let s = i + 1;
    let lim = (s + 200).min(b.len());
    let e = s + b[s..lim].iter().position(|&c| c == q || c == b'\n')?;
    if b[e] != q {
        return None;
    }
    let v = text.get(s..e)?;
    crate::auth::credential_pair(v)
        .then(|| finding(Kind::ClientSecret, s, e, Confidence::Medium))
        .flatten()
}

/// Words that name confirming or verifying a step, in a call's name.
const CONFIRMS: &[&[u8]] = &[
    b"confirm",
    b"verify",
    b"validate",
    b"submit",
    b"complete",
    b"authorize",
    b"authorise",
    b"conferma",
    b"verifica",
];

/// `client.confirm_sca(&p.id, "956641")`, `sca::confirm(consent,
/// "746800")`, `Sca.confirm(consent_id, "800239")`, `sca:confirm(Id,
/// <<"166365">>)`: a call whose name joins SCA (strong customer
/// authentication) with a verb of confirming hands over the one-time code
/// the step asks for: the quoted run of four to eight digits among its
/// arguments; so does a code's own word in such a name
/// (`verify_otp(user, "482913")`, `mfa.confirm(session, "482913")`).
/// `start..end` is the word (`sca`, `otp`…); the call's name runs around
/// it (identifier characters, `.`, `:`, `_`) up to its `(`.
#[inline(never)]
pub(crate) fn confirmed_code(b: &[u8], start: usize, end: usize) -> Option<Finding> {
    let part = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':');
    let mut s = start;
    while s > 0 && start - s < 32 && part(b[s - 1]) {
        s -= 1;
    }
    let mut e = end;
    while e < b.len() && e - end < 32 && part(b[e]) {
        e += 1;
    }
    if b.get(e) != Some(&b'(') {
        return None;
    }
    let name = b[s..e].to_ascii_lowercase();
    if !CONFIRMS
        .iter()
        .any(|w| memchr::memmem::find(&name, w).is_some())
    {
        return None;
    }
    // The arguments, to the call's closing parenthesis on its line.
    let lim = (e + 200).min(b.len());
    let mut i = e + 1;
    let mut depth = 0;
    while i < lim && b[i] != b'\n' {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return None,
            b')' | b']' | b'}' => depth -= 1,
            b'"' | b'\'' => {
                let q = b[i];
                let vs = i + 1;
                let ve = vs + b[vs..lim].iter().position(|&c| c == q || c == b'\n')?;
                let v = &b[vs..ve];
                if b[ve] == q && (4..=8).contains(&v.len()) && v.iter().all(u8::is_ascii_digit) {
                    return Some(Finding {
                        kind: Kind::Pin,
                        start: vs,
                        end: ve,
                        confidence: Confidence::Medium,
                    });
                }
                i = ve;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{found, has};

    #[test]
    fn a_clients_auth_method_takes_the_password() {
        assert!(has(
            "local res, err = red:auth(\"Girasole1646JLL\")\n",
            "Girasole1646JLL"
        ));
        assert!(has("$redis->auth('Tr0mbone!22');\n", "Tr0mbone!22"));
        assert!(has(
            "client.auth(\"svc_sync\", \"wNX0UWmtiA2XuywiF4TXq9sLXz7jfjce\")\n",
            "wNX0UWmtiA2XuywiF4TXq9sLXz7jfjce"
        ));
        assert!(has(
            "   authenticate(\"acme-pay-prod\", \"Yuh7RvLBBfA6uRznf6kO1WBPMZlirm7C06sxGVCv\"),\n",
            "Yuh7RvLBBfA6uRznf6kO1WBPMZlirm7C06sxGVCv"
        ));
        // A variable, a placeholder, a name, a word: no password.
        for t in [
            "local res, err = red:auth(password)\n",
            "red:auth(\"<redis-password>\")\n",
            "red:auth(os.getenv(\"REDIS_PASSWORD\"))\n",
            "app.auth(\"basic\")\n",
            "passport.authenticate(\"local\", opts)\n",
            "authenticate(user, pass)\n",
            "we could not authenticate with the server\n",
            "the auth(\"x\") call failed\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_basic_pair_after_the_symbol_basic() {
        let t =
            "|> Req.new(auth: {:basic, \"fintessa:Girasole372ANB\"}, receive_timeout: 36_000)\n";
        assert!(has(t, "fintessa:Girasole372ANB"));
        for t in [
            "|> Req.new(auth: {:basic, \"user:pass\"})\n",
            "|> Req.new(auth: {:basic, \"#{user}:#{pass}\"})\n",
            "|> Req.new(auth: {:basic, creds})\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_call_confirming_sca_hands_over_its_code() {
        for (t, v) in [
            (
                "    let done = client.confirm_sca(&p.id, \"956641\").await.unwrap();\n",
                "956641",
            ),
            (
                "    assert!(sca::confirm(consent, \"746800\").is_ok());\n",
                "746800",
            ),
            ("client.verify_otp(user_id, \"482913\")\n", "482913"),
            ("mfa.confirm(session, \"482913\")\n", "482913"),
            (
                "  assert {:ok, _} = Sca.confirm(consent_id, \"800239\")\n",
                "800239",
            ),
            (
                "    {ok, valid} = sca:confirm(ConsentId, <<\"166365\">>).\n",
                "166365",
            ),
        ] {
            assert!(has(t, v), "{t:?}: {:?}", found(t));
        }
        // Ids, amounts, a call that starts SCA, words about it: no code.
        for t in [
            "let p = client.start_sca(&p.id, \"956641\").await?;\n",
            "sca::confirm(consent, code)\n",
            "sca::confirm(\"3f9a1c2e-9b7d-4e21-8f00-1a2b3c4d5e6f\", otp)\n",
            "the SCA confirm step timed out after 300 seconds\n",
            "client.confirm_sca(&p.id, \"ok\")\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn erlang_binaries_and_objective_c_strings_are_literals() {
        let t = "#{access_token => <<\"ct9SbToAtojyErIVuwo236iS4P2pcaRw\">>,\n";
        assert!(has(t, "ct9SbToAtojyErIVuwo236iS4P2pcaRw"));
        let t = "   {client_secret, <<\"kjWBhVXO~dmDxapy0-PjnGCPhRpbYmCMb.FzPchA7j.\">>},\n";
        assert!(has(t, "kjWBhVXO~dmDxapy0-PjnGCPhRpbYmCMb.FzPchA7j."));
        let t = "static NSString * const kClientSecret = @\"UIbgXp1gAcWNmzaanVloZ7L3bcYAZY4F\";\n";
        assert!(has(t, "UIbgXp1gAcWNmzaanVloZ7L3bcYAZY4F"));
        for t in [
            "#{access_token => <<\"\">>, expires_at => 0}\n",
            "static NSString * const kClientSecret = @\"YOUR_CLIENT_SECRET\";\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn four_literal_credentials_take_the_password_last() {
        let t = "$ua->credentials('api.example.it:443', 'Shop', 'svc_pay', 'Tr0mb@ne!77');\n";
        assert!(has(t, "Tr0mb@ne!77"), "{:?}", found(t));
        let t = "$ua->credentials('api.example.it:443', 'Shop', 'svc_pay', $pass);\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }

    #[test]
    fn the_less_travelled_idioms_cut_anywhere_scan_safely() {
        // Every prefix of a sample of each idiom read since round 35: a
        // text may end anywhere inside one.
        for t in [
            "client.confirm_sca(&p.id, \"956641\").await\n",
            "red:auth(\"Girasole1646JLL\")\n",
            "authenticate(\"acme\", \"wNX0UWmtiA2XuywiF4TXq9sLXz7jfjce\")\n",
            "Environment=RELEASE_COOKIE=9MHCH4SLLS4PH51JJRZ7\n-setcookie DOLRMPDYKUQOJYZXWULN\n",
            "$ cat ~/.erlang.cookie\nZEKLVTQGHNISZTLAWKZV\n",
            "accounts: { mnemonic: \"paper ceiling cactus announce scorpion spider casual cluster pelican dance canal festival\" }\n",
            "accounts: [\"0x07ddcff0d7ddae6afa6e16157437f8406a82ac97f2e6e8253fd53526ea59d88e\"]\n",
            "//FTPSTEP EXEC PGM=FTP,PARM='h.example.it (EXIT'\n//INPUT DD *\nCBIUSER\nHSS5VY\nQUIT\n/*\n",
            "DbPassword = os:getenv(\"X\"),\n:db {:password #env DB_PASSWORD}\nlet token = env:SHOP_TOKEN as Text\n",
            "\"pwd\":\"{!$Credential.Password}\"\ndef client_secret, do: Application.fetch_env!(:shop, :client_secret)\n",
            "param sqlAdminPassword string = 'Tempesta#4240'\n@test_pin \"344943\"\n",
            "const HMAC_KEY: [u8; 16] = [0x6b, 0xb1, 0x53, 0x11, 0x32, 0x9d, 0x4a, 0x39, 0x9a, 0xa8, 0xd6, 0x20, 0xb5, 0xc0, 0xcc, 0xd0];\n",
            "Const K As String = \"adb03b6d\" & _\n  \"4714e083\"\nk = \"c1\"\n  <> \"f6\"\n",
            "password=Nebbia%23VY%26hha%3D6&x=1\nsecret: env::var(\"X\").unwrap_or_else(|_| \"cs_prod_mgQ8yF39Vkb9U4f944XaBdPBwcj2OMAk\".into())\n",
            "https://mainnet.infura.io/v3/e8be94ac7f582873e8de7aa032474fbf\nAPI key missing: x\n[10:31] E: which key?\n",
            "$ua->credentials('a:443', 'r', 'u', 'Tr0mb@ne!77');\n{connect,\"db\",\"u\",\n \"Juniper254KF7\",\n",
        ] {
            for (k, _) in t.char_indices() {
                let _ = crate::scan(&t[..k]);
            }
            let _ = crate::scan(t);
        }
    }

    #[test]
    fn literal_lists() {
        let b = b"(\"a\", <<\"b\">>)";
        assert_eq!(super::literal_list(b, 1).map(|v| v.len()), Some(2));
        assert!(super::literal_list(b"(a, \"b\")", 1).is_none());
    }
}
