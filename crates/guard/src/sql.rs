//! SQL written out with its values: `INSERT INTO t (cols) VALUES (…), (…)`
//! as dumps, ORM logs and scripts print it. A value is judged by the
//! column at its place, as a table's cell is by its header; a statement
//! whose values are placeholders (`$1`, `?`, `%s`) is followed in ORM logs
//! by its parameters in the same order (`Params: [...]`, `args=(...)`,
//! `{"1": …}`), judged the same way.
//!
//! The column list itself names fields, it holds no value: its span is
//! returned so that a key word inside it (`pwd, offlineToken`) is not read
//! as a key followed by its value.

use crate::{Confidence, Finding, Kind, tables};
use memchr::memmem;

/// At most this many bytes between a statement and its parameter list.
const PARAMS_WITHIN: usize = 400;

/// `SELECT id, phone, password FROM users WHERE phone = '…'`: a key in a
/// SELECT's column list names a column and holds no value (what follows
/// `FROM` and `WHERE` is another column's). The key is followed, over
/// commas and column names on its line, by `FROM`, and `SELECT` stands
/// before it on its line. Checked before a key is judged: it is no key.
pub(crate) fn selected_column(b: &[u8], start: usize, end: usize) -> bool {
    // What follows first (the cheaper test, and it rules out most keys):
    // a comma, or `FROM` as the next word.
    let mut i = end;
    while i < b.len() && i - end < 4 && matches!(b[i], b' ' | b'"' | b'`') {
        i += 1;
    }
    if !(b.get(i) == Some(&b',') || (i > end && b[i - 1] == b' ' && word_ci(b, i, b"from"))) {
        return false;
    }
    let mut i = end;
    let lim = (end + 160).min(b.len());
    loop {
        while i < lim && matches!(b[i], b' ' | b',' | b'\t' | b'"' | b'`') {
            i += 1;
        }
        if word_ci(b, i, b"from") && i > end && b[i - 1] == b' ' {
            break;
        }
        let w = i;
        while i < lim && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.')) {
            i += 1;
        }
        // A column's name and a comma go on; anything else ends the list.
        if i == w || i >= lim || !matches!(b[i], b',' | b' ' | b'"' | b'`') {
            return false;
        }
        if b[i] == b' ' && !matches!(b.get(skip_ws(b, i)), Some(b',')) {
            let next = skip_ws(b, i);
            if !word_ci(b, next, b"from") {
                return false;
            }
        }
    }
    let lo = start.saturating_sub(240);
    let line = match memchr::memrchr(b'\n', &b[lo..start]) {
        Some(p) => &b[lo + p + 1..start],
        None => &b[lo..start],
    };
    (0..line.len().saturating_sub(5))
        .any(|k| (k == 0 || !line[k - 1].is_ascii_alphanumeric()) && word_ci(line, k, b"select"))
}

/// Result rows a client printed without headers (sqlite's `.headers
/// off`, `psql -At`): `a|b|c` lines right after `SELECT x, y, z FROM …;`.
/// Each cell is judged by the column the SELECT list names at its place,
/// as a table's cell is by its header. `key_at` is a key inside the list
/// (`selected_column`); the list is read from its line's `SELECT`.
pub(crate) fn headerless_rows(text: &str, key_at: usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let lo = key_at.saturating_sub(240);
    let Some(line_start) = memchr::memrchr(b'\n', &b[lo..key_at])
        .map(|p| lo + p + 1)
        .or((lo == 0).then_some(0))
    else {
        return;
    };
    // (Bounded: a statement echoed by a client is one short line.)
    let Some(line_end) =
        memchr::memchr(b'\n', &b[key_at..(key_at + 400).min(b.len())]).map(|p| key_at + p)
    else {
        return;
    };
    let line = &b[line_start..line_end];
    let Some(sel) = (0..line.len().saturating_sub(6))
        .find(|&k| (k == 0 || !line[k - 1].is_ascii_alphanumeric()) && word_ci(line, k, b"select"))
    else {
        return;
    };
    let list_start = sel + 6;
    let Some(from) = (list_start..line.len().saturating_sub(4))
        .find(|&k| line[k - 1] == b' ' && word_ci(line, k, b"from"))
    else {
        return;
    };
    // The statement ends its line (a client echoes one statement a line).
    if !line.trim_ascii_end().ends_with(b";") {
        return;
    }
    let columns: Vec<&str> = line[list_start..from]
        .split(|&c| c == b',')
        .filter_map(|c| {
            let c = std::str::from_utf8(c).ok()?.trim();
            // `t.col`, `col AS name`: the name the client prints.
            let name = c.rsplit([' ', '.']).next()?.trim_matches(['"', '`']);
            (!name.is_empty() && name.bytes().all(|x| x.is_ascii_alphanumeric() || x == b'_'))
                .then_some(name)
        })
        .collect();
    if columns.len() < 2 || columns.len() > 32 {
        return;
    }
    let kinds: Vec<Option<Kind>> = columns.iter().map(|c| tables::field(c)).collect();
    if kinds.iter().all(Option::is_none) {
        return;
    }
    // The rows: lines of exactly as many `|`-separated cells, up to the
    // first line that is not one.
    let mut at = line_end + 1;
    let mut rows = 0;
    while at < b.len() && rows < 10_000 {
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |p| at + p);
        let row = &b[at..end];
        if row.is_empty() || row.starts_with(b"sqlite>") || row.first() == Some(&b'|') {
            break;
        }
        if memchr::memchr_iter(b'|', row).count() + 1 != columns.len() {
            break;
        }
        let mut cs = at;
        for (k, kind) in kinds.iter().enumerate() {
            let ce = memchr::memchr(b'|', &b[cs..end]).map_or(end, |p| cs + p);
            if let Some(kind) = kind
                && ce > cs
                && let Some((k2, s, e)) = tables::judge_field(text, (cs, ce), *kind)
            {
                out.push(Finding {
                    kind: k2,
                    start: s,
                    end: e,
                    confidence: Confidence::Medium,
                });
            }
            let _ = k;
            cs = ce + 1;
        }
        rows += 1;
        at = end + 1;
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn word_ci(b: &[u8], i: usize, w: &[u8]) -> bool {
    b.len() >= i + w.len()
        && b[i..i + w.len()].eq_ignore_ascii_case(w)
        && b.get(i + w.len())
            .is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// Finds `INSERT INTO … (cols) VALUES (…)` and pushes what its credential
/// and account columns hold; returns the column lists' spans. `at`: where
/// `INSERT` or `insert` starts, in order (`landmarks`).
pub(crate) fn scan(text: &str, at: &[usize], out: &mut Vec<Finding>) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut lists = Vec::new();
    let mut done = 0;
    for &p in at {
        if p < done || p > 0 && b[p - 1].is_ascii_alphanumeric() {
            continue;
        }
        if let Some(end) = insert_at(text, p + 6, out, &mut lists) {
            done = end;
        }
    }
    lists
}

/// One value in a list: its span (inside quotes when quoted), whether it
/// was quoted, and where the list goes on.
struct Item {
    span: (usize, usize),
    quoted: bool,
    next: usize,
}

/// Reads a value at `i` up to the `,` or closing bracket that ends it.
fn item(b: &[u8], i: usize, close: u8) -> Option<Item> {
    let mut i = skip_ws(b, i);
    let mut q = *b.get(i)?;
    let escaped = q == b'\\' && matches!(b.get(i + 1), Some(b'"'));
    if escaped {
        i += 1;
        q = b'"';
    }
    let (span, mut j, quoted) = if q == b'\'' || q == b'"' || q == b'`' {
        let s = i + 1;
        let mut j = s;
        loop {
            let c = *b.get(j)?;
            if c == b'\\' && !escaped {
                j += 2;
                continue;
            }
            if c == q {
                if escaped && b[j - 1] != b'\\' {
                    j += 1;
                    continue;
                }
                if b.get(j + 1) == Some(&q) && !escaped {
                    j += 2;
                    continue;
                }
                // `'Ryan O'Brien'`: an apostrophe between two letters, left
                // unescaped by a hand-written seed, closes no string (a
                // closing quote is followed by a comma, a bracket, a space).
                if q == b'\''
                    && j > s
                    && b[j - 1].is_ascii_alphabetic()
                    && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if c == b'\n' && j - s > 4096 {
                return None;
            }
            j += 1;
        }
        let e = if escaped { j - 1 } else { j };
        ((s, e), j + 1, true)
    } else {
        let s = i;
        let mut j = i;
        let mut depth = 0u32;
        while let Some(&c) = b.get(j) {
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b',' if depth == 0 => break,
                c if c == close && depth == 0 => break,
                b'\n' => return None,
                _ => {}
            }
            j += 1;
        }
        let mut e = j;
        while e > s && b[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        ((s, e), j, false)
    };
    // What follows a value before its comma (` (Size = 50)`, a cast).
    let mut depth = 0u32;
    while let Some(&c) = b.get(j) {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b',' if depth == 0 => break,
            c if c == close && depth == 0 => break,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b'\'' | b'"' | b'\n' => return None,
            _ => {}
        }
        j += 1;
    }
    Some(Item {
        span,
        quoted,
        next: j,
    })
}

/// Reads a bracketed list at `i` (`b[i]` opens it); `None` when it is not
/// a list of values.
fn list(b: &[u8], i: usize, keyed: bool) -> Option<(Vec<Item>, usize)> {
    let close = match b.get(i)? {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        _ => return None,
    };
    let mut items = Vec::new();
    let mut j = i + 1;
    loop {
        j = skip_ws(b, j);
        if b.get(j) == Some(&close) && items.is_empty() {
            return Some((items, j + 1));
        }
        if keyed {
            // `"1": v`, `'name_1': v`, `@p0=v`: the value after the name.
            let k = skip_ws(b, j);
            if b.get(k) == Some(&b'@') {
                j = k + memchr::memchr(b'=', b.get(k..(k + 40).min(b.len()))?)? + 1;
            } else if let Some(key) = item(b, k, b':')
                && b.get(key.next) == Some(&b':')
            {
                j = key.next + 1;
            }
        }
        let it = item(b, j, close)?;
        j = it.next;
        items.push(it);
        if items.len() > 256 {
            return None;
        }
        match b.get(j)? {
            b',' => j += 1,
            c if *c == close => return Some((items, j + 1)),
            _ => return None,
        }
    }
}

fn placeholder(b: &[u8], it: &Item) -> bool {
    let v = &b[it.span.0..it.span.1];
    !it.quoted
        && (v == b"?"
            || v == b"%s"
            || v.len() >= 2 && matches!(v[0], b'$' | b':' | b'@') && v[1].is_ascii_alphanumeric())
}

fn judge(text: &str, it: &Item, kind: Kind, out: &mut Vec<Finding>) {
    let (s, e) = it.span;
    // A bare value is a number or a keyword (`NULL`, `DEFAULT`, `NOW()`).
    if !it.quoted && !text.as_bytes()[s..e].iter().all(u8::is_ascii_digit) {
        return;
    }
    if let Some((k, s, e)) = tables::judge_field(text, (s, e), kind) {
        out.push(Finding {
            kind: k,
            start: s,
            end: e,
            confidence: Confidence::Medium,
        });
    }
}

fn insert_at(
    text: &str,
    i: usize,
    out: &mut Vec<Finding>,
    lists: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, i);
    if !word_ci(b, i, b"into") {
        return None;
    }
    i = skip_ws(b, i + 4);
    // The table's name, quoted or qualified.
    let t = i;
    while i < b.len()
        && i - t < 128
        && (b[i].is_ascii_alphanumeric()
            || matches!(b[i], b'_' | b'.' | b'"' | b'`' | b'[' | b']' | b'\\' | b'-'))
    {
        i += 1;
    }
    i = skip_ws(b, i);
    if i == t || b.get(i) != Some(&b'(') {
        return None;
    }
    // The column list: names only, quoted or not.
    let open = i;
    let mut cols: Vec<Option<Kind>> = Vec::new();
    i += 1;
    loop {
        i = skip_ws(b, i);
        while i < b.len() && matches!(b[i], b'"' | b'`' | b'[' | b'\\') {
            i += 1;
        }
        let s = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'-')) {
            i += 1;
        }
        if i == s || i - s > 64 {
            return None;
        }
        cols.push(tables::field(&text[s..i]));
        while i < b.len() && matches!(b[i], b'"' | b'`' | b']' | b'\\') {
            i += 1;
        }
        i = skip_ws(b, i);
        match b.get(i)? {
            b',' => i += 1,
            b')' => break,
            _ => return None,
        }
        if cols.len() > 128 {
            return None;
        }
    }
    lists.push((open, i + 1));
    i = skip_ws(b, i + 1);
    if !word_ci(b, i, b"values") {
        return Some(i);
    }
    i = skip_ws(b, i + 6);
    if cols.iter().all(Option::is_none) {
        return Some(i);
    }
    let mut waiting = false;
    // Rows: `(…), (…);`
    while let Some((items, next)) = list(b, i, false) {
        if items.len() != cols.len() {
            return Some(next);
        }
        if items.iter().all(|it| placeholder(b, it)) {
            waiting = true;
        } else {
            for (it, col) in items.iter().zip(&cols) {
                if let Some(k) = col {
                    judge(text, it, *k, out);
                }
            }
        }
        i = next;
        let j = skip_ws(b, i);
        if b.get(j) != Some(&b',') {
            break;
        }
        i = skip_ws(b, j + 1);
    }
    if waiting {
        params(text, i, &cols, out);
    }
    Some(i)
}

/// The parameters an ORM logs after a statement whose values were
/// placeholders: the first list of values within `PARAMS_WITHIN` bytes,
/// or Hibernate's `binding parameter (N:TYPE) <- [v]` lines.
fn params(text: &str, from: usize, cols: &[Option<Kind>], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let lim = (from + PARAMS_WITHIN).min(b.len());
    if memmem::find(&b[from..lim], b"binding parameter").is_some() {
        binds(text, from, cols, out);
        return;
    }
    let mut i = from;
    while i < lim {
        let Some(o) = memchr::memchr3(b'(', b'[', b'{', &b[i..lim]) else {
            return;
        };
        let at = i + o;
        if let Some((items, _)) = list(b, at, true)
            && items.len() == cols.len()
            && !items.iter().all(|it| placeholder(b, it))
        {
            for (it, col) in items.iter().zip(cols) {
                if let Some(k) = col {
                    judge(text, it, *k, out);
                }
            }
            return;
        }
        i = at + 1;
    }
}

/// Hibernate's bind lines: `binding parameter (2:VARCHAR) <- [v]` or
/// `binding parameter [2] as [VARCHAR] - [v]`, numbered from 1.
fn binds(text: &str, from: usize, cols: &[Option<Kind>], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = from;
    let mut seen = 0;
    while let Some(o) = memmem::find(&b[i..], b"binding parameter") {
        let s = i + o + 17;
        let le = memchr::memchr(b'\n', &b[s..]).map_or(b.len(), |n| s + n);
        i = le;
        seen += 1;
        if seen > cols.len() + 4 {
            return;
        }
        let line = &b[s..le];
        let Some(d) = line.iter().position(u8::is_ascii_digit) else {
            continue;
        };
        let n: usize = line[d..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .fold(0, |a, c| a * 10 + usize::from(c - b'0'));
        let Some(Some(kind)) = n.checked_sub(1).and_then(|k| cols.get(k)) else {
            continue;
        };
        // The value is the last bracketed part of the line.
        let (Some(vs), Some(ve)) = (memchr::memrchr(b'[', line), memchr::memrchr(b']', line))
        else {
            continue;
        };
        if ve <= vs + 1 {
            continue;
        }
        let it = Item {
            span: (s + vs + 1, s + ve),
            quoted: true,
            next: s + ve,
        };
        judge(text, &it, *kind, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_printed_without_headers_take_the_select_lists_columns() {
        let t = "sqlite> SELECT id, holder, card_cvc, note FROM cards;\n41|Ann Lee|725|ok\n42|Bo Chan|318|\n";
        assert_eq!(crate::found(t), ["725", "318"]);
    }

    #[test]
    fn rows_of_another_shape_are_not_read() {
        // A row with a cell more than the list names is not its row.
        let t = "sqlite> SELECT id, card_cvc FROM cards;\n41|725|extra\n";
        assert!(crate::found(t).is_empty());
        // The list names no credential: the same digits pass.
        let t = "sqlite> SELECT id, room FROM desks;\n41|725\n";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_names_apostrophe_left_unescaped_closes_no_string() {
        let t = "INSERT INTO cards (id, holder, pan, cvv, exp) VALUES\n(1, 'Ryan O'Brien', '5361109367791622', '023', '04/27'),\n(2, 'Anna Conti', '5550320586957891', '004', '09/28');\n";
        let cvv = crate::found_as(t, crate::Kind::Cvv);
        assert_eq!(cvv, ["023", "004"]);
        // The apostrophe's name is still no secret.
        assert!(!crate::found(t).iter().any(|v| v.contains("Brien")));
    }

    #[test]
    fn a_key_in_a_select_list_is_a_column() {
        let t = b"db=> SELECT id, password, email FROM staff WHERE email = 'a@b.it';";
        assert!(selected_column(t, 16, 24));
        let t = b"SELECT name, pwd FROM t";
        assert!(selected_column(t, 13, 16));
        // A password in a sentence that also says "select".
        let t = b"select the user; password Gx7-pl2Q from the old note";
        assert!(!selected_column(t, 17, 25));
        let t = b"SELECT 1; password: Gx7pl2Q";
        assert!(!selected_column(t, 10, 18));
    }
}
