//! What reads a secret from somewhere else, in whatever language it is
//! written: a call that reads the environment or an application's
//! configuration (`os:getenv("X")`, `(System/getenv "X")`,
//! `Application.fetch_env!(:app, :key)`, `getEnv "X"`, `env::var("X")`),
//! a configuration reader's tag (aero's `#env X`, CloudFormation's
//! `!Ref X`), an import from the environment (Dhall's `env:X`), a
//! template's merge field (Salesforce's `{!$Credential.Password}`) and a
//! named credential (`callout:Name`). Each stands where a value would go
//! and names where the value comes from; none is the value. Judged on a
//! value some key already led to, and on the rest of a key's line (a key
//! given such a read has no literal further on), so no pass is added.

/// A name of a function or a tag that reads the environment or an
/// application's settings, as the languages spell it: `getenv`
/// (C, Erlang's `os:getenv`, Java's `System/getenv`, R's `Sys.getenv`),
/// `getEnv`/`lookupEnv` (Haskell), `get_env`/`fetch_env!`/`compile_env`
/// (Elixir), `getenv_opt` (OCaml), `GetEnvironmentVariable` (.NET),
/// `environ`. Compared in lower case, a closing `!` dropped.
fn env_word(w: &[u8]) -> bool {
    let w = w.strip_suffix(b"!").unwrap_or(w);
    let lower = w.to_ascii_lowercase();
    matches!(
        lower.as_slice(),
        b"getenv"
            | b"get_env"
            | b"fetch_env"
            | b"compile_env"
            | b"getenv_opt"
            | b"lookupenv"
            | b"lookup_env"
            | b"getenvironmentvariable"
            | b"environ"
            | b"getenvvar"
    )
}

fn ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// `os:getenv("X")`, `(System/getenv "X")`, `System.fetch_env!("X")`,
/// `Application.get_env(:app, :k)`, `getEnv "X"`, `std::env::var("X")`,
/// `env!("X")`: the value (leading blanks and an opening parenthesis
/// aside) starts with a name, qualified by `.`, `:`, `::` or `/`, whose
/// last part reads the environment; what follows it is its argument
/// (a parenthesis, a quote, a space, or nothing: the value was cut).
fn getter_call(v: &[u8]) -> bool {
    let mut i = 0;
    while i < v.len() && matches!(v[i], b' ' | b'\t' | b'(') {
        i += 1;
    }
    let head_start = i;
    while i < v.len() && (ident_char(v[i]) || matches!(v[i], b'.' | b':' | b'/' | b'!')) {
        i += 1;
    }
    let head = &v[head_start..i];
    if head.is_empty() || !head[0].is_ascii_alphabetic() {
        return false;
    }
    if !(i == v.len() || matches!(v[i], b'(' | b' ' | b'"' | b'\'')) {
        return false;
    }
    let mut parts = head
        .split(|&c| matches!(c, b'.' | b':' | b'/'))
        .filter(|p| !p.is_empty())
        .rev();
    let Some(last) = parts.next() else {
        return false;
    };
    if env_word(last) {
        return true;
    }
    // Rust's `env::var("X")`, `env!("X")`, `option_env!("X")`.
    let called = i < v.len() && v[i] == b'(';
    let prev = parts.next();
    called
        && (last.eq_ignore_ascii_case(b"var")
            && prev.is_some_and(|p| p.eq_ignore_ascii_case(b"env"))
            || prev.is_none() && matches!(last, b"env!" | b"option_env!"))
}

/// Whether `line` may hold a read at all: `env` in any case (every name
/// `env_word` knows holds it, and so do `#env`, `env:` and `env::var`) or
/// a merge field's `{!`. Found with `memchr`, so a line without one costs
/// little.
fn may_read(line: &[u8]) -> bool {
    memchr::memchr2_iter(b'v', b'V', line)
        .any(|p| p >= 2 && line[p - 1] | 0x20 == b'n' && line[p - 2] | 0x20 == b'e')
        || memchr::memchr_iter(b'{', line).any(|p| line.get(p + 1) == Some(&b'!'))
}

/// `#env DB_PASSWORD`, `#envf […]`, `!Ref DbPassword`, `!env_var X`: a
/// tag that a configuration reader expands (Clojure's aero and EDN
/// readers, CloudFormation's and other YAML tags), followed by what it
/// reads. The tag is one lowercase or capitalised word after `#` or `!`
/// and a space then a name (an identifier, a keyword, a quoted name or a
/// vector) follows it.
fn reader_tag(b: &[u8], s: usize, e: usize) -> bool {
    let v = &b[s..e];
    if v.len() < 3 || !matches!(v[0], b'#' | b'!') {
        return false;
    }
    let word = &v[1..];
    if !word[0].is_ascii_alphabetic()
        || !word
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'_' || c == b'-')
    {
        return false;
    }
    if b.get(e) != Some(&b' ') {
        return false;
    }
    let n = e + 1;
    b.get(n)
        .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'_' | b':' | b'"' | b'\'' | b'['))
}

/// `env:SPORTELLO_TOKEN` (Dhall's import from the environment, and the
/// `env:` scheme other configuration files use), `callout:Payments_API`
/// (an Apex named credential): a scheme naming a store, then the name of
/// the entry, and nothing else.
fn store_scheme(v: &[u8]) -> bool {
    let lower = v.to_ascii_lowercase();
    for scheme in [&b"env:"[..], b"callout:"] {
        if let Some(name) = lower.strip_prefix(scheme) {
            return !name.is_empty()
                && name[0].is_ascii_alphabetic()
                && name.iter().all(|&c| ident_char(c));
        }
    }
    false
}

/// `{!$Credential.Password}`, `{!$Setup.Api_Key__c}`, `{!token}`: a
/// Salesforce (Visualforce, Apex callout) merge field, filled in with the
/// named field's value when the text is sent.
fn merge_field(v: &[u8]) -> bool {
    let Some(inner) = v.strip_prefix(b"{!") else {
        return false;
    };
    let inner = inner.strip_suffix(b"}").unwrap_or(inner);
    !inner.is_empty()
        && inner
            .iter()
            .all(|&c| ident_char(c) || matches!(c, b'$' | b'.'))
}

/// `$ENV{DB_PASSWORD}` (Perl's `%ENV`), `{:system, "DB_PASSWORD"}` and
/// `{env, "DB_PASSWORD"}` (Elixir's and Erlang's configuration tuples
/// that say "read this variable at boot"): the environment by a name
/// a hash or a tuple is given.
fn env_by_name(b: &[u8], s: usize, e: usize) -> bool {
    let v = &b[s..e];
    v.starts_with(b"$ENV{")
        || matches!(v, b"{env" | b"{:env" | b"{system" | b"{:system")
            && b.get(e) == Some(&b',')
            && {
                let q = crate::value::skip_spaces(b, e + 1);
                matches!(b.get(q), Some(b'"' | b'\''))
            }
}

/// The value at `s..e` reads a secret from elsewhere (see the module).
#[inline(never)]
pub(crate) fn reads_elsewhere(b: &[u8], s: usize, e: usize) -> bool {
    let v = &b[s..e];
    if v.is_empty() {
        return false;
    }
    merge_field(v)
        || reader_tag(b, s, e)
        || env_by_name(b, s, e)
        || (may_read(v) || v.starts_with(b"callout:")) && (store_scheme(v) || getter_call(v))
}

/// The line of a key ending at `key_end` reads a value from elsewhere
/// (`def client_secret, do: Application.fetch_env!(…)`, `apiKey <- getEnv
/// "X"`, or the key is the name such a read is given, `fetch_env!(:app,
/// :client_secret)`): what stands on later lines is not the key's value.
/// Reads at most 160 bytes each side of the key.
#[inline(never)]
pub(crate) fn line_reads_elsewhere(b: &[u8], key_end: usize) -> bool {
    let lo = key_end.saturating_sub(160);
    let from = memchr::memrchr(b'\n', &b[lo..key_end]).map_or(lo, |p| lo + p + 1);
    let lim = (key_end + 160).min(b.len());
    let end = memchr::memchr(b'\n', &b[key_end..lim]).map_or(lim, |p| key_end + p);
    let line = &b[from..end];
    if !may_read(line) {
        return false;
    }
    let mut i = 0;
    while i < line.len() {
        let c = line[i];
        if c == b'{' && line.get(i + 1) == Some(&b'!') {
            let close = line[i..].iter().position(|&c| c == b'}').map(|p| i + p + 1);
            if close.is_some_and(|k| merge_field(&line[i..k])) {
                return true;
            }
        }
        if !c.is_ascii_alphabetic() || (i > 0 && ident_char(line[i - 1])) {
            i += 1;
            continue;
        }
        let s = i;
        while i < line.len() && (ident_char(line[i]) || matches!(line[i], b'.' | b':' | b'/')) {
            i += 1;
        }
        if i < line.len() && line[i] == b'!' {
            i += 1;
        }
        if getter_call(&line[s..]) {
            return true;
        }
        // aero's `#env X`.
        if s > 0 && line[s - 1] == b'#' && reader_tag(line, s - 1, i) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn reads_of_the_environment_in_many_languages_pass() {
        for t in [
            "DbPassword = os:getenv(\"SHOP_DB_PASSWORD\"),\n",
            "(def db {:jdbcUrl (str \"jdbc:mysql://db01:3306/pay?user=shop&password=\" (System/getenv \"DB_PASSWORD\"))})\n",
            ":db {:password #env DB_PASSWORD}\n",
            "let token = env:SHOP_TOKEN as Text\n",
            "req.setBody('{\"user\":\"{!$Credential.UserName}\",\"pwd\":\"{!$Credential.Password}\"}');\n",
            "String accessToken = '{!$Credential.Password}';\n",
            "client_secret: System.fetch_env!(\"SHOP_CLIENT_SECRET\"),\n",
            "password: Application.compile_env(:shop, :db_password)\n",
            "secret <- Sys.getenv(\"WEBHOOK_SECRET\")\n",
            "my $password = $ENV{DB_PASSWORD};\n",
            "password: {:system, \"DB_PASSWORD\"},\n",
            "{password, {env, \"DB_PASSWORD\"}},\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_key_given_a_read_has_no_value_on_later_lines() {
        for t in [
            "  def client_secret, do: Application.fetch_env!(:shop, :client_secret)\n  # sample consent: 63f5daaa-d339-4d13-9bb6-37a4229ab35f, amount 4627.76 EUR\nend\n",
            "  def webhook_secret, do: System.fetch_env!(\"SHOP_WEBHOOK_SECRET\")\n  # sample consent: 63f5daaa-d339-4d13-9bb6-37a4229ab35f, amount 4627.76 EUR\nend\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_key_said_missing_has_no_value_further_on() {
        let t = "    apiKey = Environ(\"SHOP_API_KEY\")\n    If apiKey = \"\" Then\n        MsgBox \"API key missing: ask IT\"\n        Exit Sub\n    End If\n    Sheets(\"Incassi\").Range(\"A1\").Value = \"cns_9C4U4Q7TYK9D09CJUJAV\"\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }

    #[test]
    fn literals_beside_reads_are_still_found() {
        // A literal is a value even where a read of the environment is
        // named nearby.
        let t = "password: \"Tr0mb@ne!77\"  # was os:getenv(\"DB_PASSWORD\")\n";
        assert!(found(t).contains(&"Tr0mb@ne!77"));
        let t = ":db {:password \"#envy-Maple42\"}\n";
        assert!(found(t).iter().any(|v| v.contains("Maple42")));
        // A hashtag-like password with no name after it is a value.
        let t = "password: #Girasole42\n";
        assert!(!found(t).is_empty());
    }

    #[test]
    fn the_shapes_themselves() {
        assert!(super::getter_call(b"os:getenv(\"X"));
        assert!(super::getter_call(b" (System/getenv "));
        assert!(super::getter_call(b"Application.fetch_env!(:a, :b)"));
        assert!(super::getter_call(b"std::env::var(\"X\")"));
        assert!(super::getter_call(b"getEnv \"X\""));
        assert!(!super::getter_call(b"Tr0mb@ne!"));
        assert!(!super::getter_call(b"env_var_value"));
        assert!(!super::getter_call(b"Getenv42secret"));
        assert!(super::store_scheme(b"env:SHOP_TOKEN"));
        assert!(super::store_scheme(b"callout:Payments_API"));
        assert!(!super::store_scheme(b"env:"));
        assert!(!super::store_scheme(b"envy:Maple42!"));
        assert!(super::merge_field(b"{!$Credential.Password}"));
        assert!(!super::merge_field(b"{!Xq7$#}"));
    }
}
