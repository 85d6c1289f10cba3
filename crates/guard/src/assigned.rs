//! A credential handed over through a variable: `$tok = "…"` on one line
//! of a shell or PowerShell session, `Authorization = "Bearer $tok"` on a
//! later one. The header names no value, but it says what the variable
//! holds: the value assigned to it a few lines up is the token, whatever
//! the variable is called.

use crate::value::{QuoteMemo, Read, read_value, skip_spaces};

/// How far back the assignment is looked for: a session pasted into a
/// ticket assigns a variable a few lines before using it. The bound keeps
/// text full of `Bearer $x` linear.
const WINDOW: usize = 1024;

/// At most this many `=` signs back are tried.
const TRIES: usize = 32;

/// For a variable reference at `at` (`Bearer $tok`): the span of the
/// value assigned to it earlier.
pub(crate) fn value_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b'$') {
        return None;
    }
    let mut e = at + 1;
    while e < b.len() && e - at < 64 && (b[e].is_ascii_alphanumeric() || b"_{}:".contains(&b[e])) {
        e += 1;
    }
    value_of(text, &text[at..e], at)
}

/// The name a variable reference uses: `$tok`, `${TOKEN}`, `$env:TOKEN`.
fn variable_name(reference: &str) -> Option<&str> {
    let rest = reference.strip_prefix('$')?;
    let rest = rest
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .unwrap_or(rest);
    let rest = rest.strip_prefix("env:").unwrap_or(rest);
    let ident = rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && rest.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    ident.then_some(rest)
}

/// The span of the value last assigned, before `before`, to the variable
/// that `reference` reads (`$tok = "…"`, `TOKEN=…`, `$env:TOKEN = '…'`),
/// when there is one on a line of its own making.
fn value_of(text: &str, reference: &str, before: usize) -> Option<(usize, usize)> {
    let name = variable_name(reference)?.as_bytes();
    let b = text.as_bytes();
    let lo = crate::value::floor_boundary(b, before.saturating_sub(WINDOW));
    // Each `=` back from the use (a byte search, fast), the name before it.
    for eq in memchr::memrchr_iter(b'=', &b[lo..before])
        .take(TRIES)
        .map(|p| lo + p)
    {
        if b.get(eq + 1) == Some(&b'=')
            || (eq > 0 && matches!(b[eq - 1], b'=' | b'!' | b'<' | b'>'))
        {
            continue;
        }
        let mut end = eq;
        while end > lo && b[end - 1] == b' ' {
            end -= 1;
        }
        let Some(start) = end.checked_sub(name.len()).filter(|&s| s >= lo) else {
            continue;
        };
        if &b[start..end] != name {
            continue;
        }
        // The whole name, read as a variable or at a line's (or an
        // `export`'s) start.
        let lead = start.checked_sub(1).map(|p| b[p]);
        if !matches!(lead, None | Some(b'$' | b'\n' | b' ' | b'\t' | b':')) {
            continue;
        }
        let i = skip_spaces(b, eq + 1);
        // (A memo of its own: the scan's runs forward, this reads back.)
        let (s, e, _) = read_value(b, i, Read::Token, &mut QuoteMemo::default());
        return (e > s).then_some((s, e));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_reference_reads() {
        assert_eq!(variable_name("$tok"), Some("tok"));
        assert_eq!(variable_name("${API_TOKEN}"), Some("API_TOKEN"));
        assert_eq!(variable_name("$env:GH_TOKEN"), Some("GH_TOKEN"));
        assert_eq!(variable_name("$(cat token.txt)"), None);
    }

    #[test]
    fn the_value_assigned_before_the_use() {
        let t = "> $t = \"Vx82kLq\"\n> $t2 = \"other\"\n> iwr -Headers @{ Authorization = \"Bearer $t\" }";
        let before = t.find("Bearer").unwrap_or(0);
        let (s, e) = value_of(t, "$t", before).unwrap_or((0, 0));
        assert_eq!(&t[s..e], "Vx82kLq");
        // A comparison is no assignment.
        let t = "if [ \"$t\" == \"\" ]; then echo Bearer $t";
        assert_eq!(value_of(t, "$t", t.len()), None);
    }
}
