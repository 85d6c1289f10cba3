//! An Erlang node's distribution cookie: the shared secret that lets any
//! node (or a remote shell) holding it join the cluster and run code on
//! it. Releases read it from `RELEASE_COOKIE` (also `ERLANG_COOKIE`), `erl`
//! takes it after `-setcookie`, `iex` and `elixir` after `--cookie`, and
//! it is kept in `~/.erlang.cookie`, whose content `cat` prints on the
//! next line. Found from the word `cookie` (or `setcookie`), which the
//! trigger pass already finds; a cookie is labelled a client secret.

use crate::{Confidence, Finding, Kind};

/// The cookie's value from `i`: an atom's characters, 6 to 255 of them,
/// not a placeholder, a variable or a file's name.
fn value_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut s = i;
    let quote = matches!(b.get(s), Some(b'"' | b'\''));
    if quote {
        s += 1;
    }
    let mut e = s;
    while e < b.len()
        && e - s < 256
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'_' | b'-'))
    {
        e += 1;
    }
    if quote && b.get(e) != Some(&b[i]) {
        return None;
    }
    if !quote
        && b.get(e)
            .is_some_and(|&c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'`'))
    {
        return None;
    }
    let v = std::str::from_utf8(&b[s..e]).ok()?;
    let sh = crate::text::shape(v);
    ((6..=255).contains(&v.len())
        && sh.upper + sh.lower > 0
        && (sh.upper > 0 || sh.digits > 0)
        && !crate::text::is_placeholder(v)
        && !v
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c == b'_' || c == b'-'))
    .then_some((s, e))
}

/// The line holding `at`, up to 200 bytes each side.
fn line_of(b: &[u8], at: usize) -> &[u8] {
    let lo = at.saturating_sub(200);
    let s = memchr::memrchr(b'\n', &b[lo..at]).map_or(lo, |p| lo + p + 1);
    let hi = (at + 200).min(b.len());
    let e = memchr::memchr(b'\n', &b[at..hi]).map_or(hi, |p| at + p);
    &b[s..e]
}

/// The distribution cookie named by the word at `start..end` (`cookie`
/// or `setcookie`), when the words around it are an Erlang release's,
/// `erl`'s, `iex`'s or the cookie file's.
#[inline(never)]
pub(crate) fn distribution_cookie(b: &[u8], start: usize, end: usize) -> Option<Finding> {
    let before = &b[start.saturating_sub(8)..start];
    let ends = |w: &[u8]| {
        before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    let key = &b[start..end];
    let found = |(s, e): (usize, usize)| Finding {
        kind: Kind::ClientSecret,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    };
    // `RELEASE_COOKIE=…`, `ERLANG_COOKIE: "…"`.
    if key.eq_ignore_ascii_case(b"cookie") && (ends(b"release_") || ends(b"erlang_")) {
        let mut i = end;
        if b.get(i) == Some(&b'"') {
            i += 1;
        }
        let i = match b.get(i) {
            Some(b'=') => i + 1,
            Some(b':') => crate::value::skip_spaces(b, i + 1),
            _ => return None,
        };
        return value_at(b, i).map(found);
    }
    // `erl -setcookie …`, `iex --cookie … --remsh node@host`.
    let flag = key.eq_ignore_ascii_case(b"setcookie") && ends(b"-")
        || key.eq_ignore_ascii_case(b"cookie") && ends(b" --");
    if flag && b.get(end) == Some(&b' ') {
        if key.len() == 6 {
            let line = line_of(b, start);
            let erlang = [
                &b"iex"[..],
                b"erl",
                b"elixir",
                b"--remsh",
                b"--sname",
                b"--name ",
            ]
            .iter()
            .any(|w| memchr::memmem::find(line, w).is_some());
            if !erlang {
                return None;
            }
        }
        return value_at(b, crate::value::skip_spaces(b, end)).map(found);
    }
    // `$ cat ~/.erlang.cookie` and the cookie alone on the next line.
    if key.eq_ignore_ascii_case(b"cookie") && ends(b".erlang.") {
        let mut i = end;
        if b.get(i) == Some(&b'\r') {
            i += 1;
        }
        if b.get(i) != Some(&b'\n') {
            return None;
        }
        let (s, e) = value_at(b, i + 1)?;
        return (b.get(e).is_none_or(|&c| c == b'\n' || c == b'\r')).then(|| found((s, e)));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{found, has};

    #[test]
    fn a_nodes_cookie_where_erlang_takes_it() {
        assert!(has(
            "[Service]\nEnvironment=RELEASE_COOKIE=9MHCH4SLLS4PH51JJRZ7\nEnvironment=RELEASE_NODE=shop@10.0.7.226\n",
            "9MHCH4SLLS4PH51JJRZ7"
        ));
        assert!(has(
            "## vm.args\n-name payments@10.0.5.206\n-setcookie DOLRMPDYKUQOJYZXWULN\n+K true\n",
            "DOLRMPDYKUQOJYZXWULN"
        ));
        assert!(has(
            "$ cat ~/.erlang.cookie\nZEKLVTQGHNISZTLAWKZV\n$ iex --name debug@127.0.0.1 --cookie ZEKLVTQGHNISZTLAWKZV --remsh payments@127.0.0.1\n",
            "ZEKLVTQGHNISZTLAWKZV"
        ));
    }

    #[test]
    fn what_only_names_the_cookie_passes() {
        for t in [
            "Environment=RELEASE_COOKIE=${RELEASE_COOKIE}\n",
            "RELEASE_COOKIE=<your-cookie>\n",
            "-setcookie $COOKIE\n",
            "curl --cookie cookies.txt https://example.org/\n",
            "the cookie in ~/.erlang.cookie\nmust be the same on every node\n",
            "$ ls -l ~/.erlang.cookie\n-r-------- 1 app app 20 Jun 10 ~/.erlang.cookie\n",
            "RELEASE_COOKIE=changeme\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }
}
