//! Settings kept as name/value rows (an entity-attribute-value table: a
//! `settings` or `config` table dumped by a SQL client, a key/value sheet):
//! the header names a column for the setting's name (`key`, `name`,
//! `setting`, `chiave`…) and one for its `value`; each row's value is
//! judged by what its name cell names, as a column's cell is by its
//! header (`| bearer_token | pat_… |`).
//!
//! Woken by a header cell reading "value"; each row is read once (a
//! header inside rows already read is not read again), so the pass is
//! linear. A debugger's print of several names answered by a tuple is
//! read the same way (`debugger_prints`).

use std::sync::OnceLock;

use memchr::memmem::Finder;

use crate::{Confidence, Finding, Kind, tables};

/// Most rows read under one header.
const MAX_ROWS: usize = 1000;

/// Names of the column that holds each row's setting name.
const NAME_COLUMNS: &[&str] = &[
    "key",
    "name",
    "setting",
    "field",
    "parameter",
    "param",
    "variable",
    "chiave",
    "nome",
    "parametro",
    "campo",
    "impostazione",
    // A sheet of items and their values ("| Item | Value | Notes |",
    // Confluence's "||Voce||Valore||Note||").
    "item",
    "voce",
];

/// The searches for a value column's name, built once: `alue` (`value`,
/// `Value`), `ALUE`, `alore` (`valore`, `Valore`).
fn finders() -> &'static [Finder<'static>; 3] {
    static F: OnceLock<[Finder<'static>; 3]> = OnceLock::new();
    F.get_or_init(|| {
        [
            Finder::new("alue"),
            Finder::new("ALUE"),
            Finder::new("alore"),
        ]
    })
}

pub(crate) fn scan(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // A table has cells: no delimiter, no table (a secrets pane's entries,
    // one line each, are read all the same).
    let table =
        memchr::memchr2(b'|', b'\t', b).is_some() || memchr::memchr2(b',', b';', b).is_some();
    for (n, f) in finders().iter().enumerate() {
        if !table && n > 0 {
            break;
        }
        let mut done = 0;
        for hit in f.find_iter(b) {
            if hit == 0 || !matches!(b[hit - 1], b'v' | b'V') {
                continue;
            }
            let (at, end) = (hit - 1, hit + f.needle().len());
            if n == 0 && b[at] == b'V' && pane_entry(text, at, end, out) {
                continue;
            }
            if !table {
                continue;
            }
            if at < done || !whole_cell(b, at, end) {
                continue;
            }
            let ls = memchr::memrchr(b'\n', &b[..at]).map_or(0, |p| p + 1);
            if ls < done {
                continue;
            }
            done = done.max(rows_under(text, ls, out));
        }
    }
}

/// `Key⏎PAY_API_KEY⏎Value⏎ak_B9AA…`: a secrets pane (Replit's Secrets
/// tab, copied as text) prints each entry as four lines, `Key`, the name,
/// `Value`, the value. `Value` at `at..end` alone on its line, the name
/// above it under `Key`: the value below is judged by its name, as a
/// column's cell is by its header. True when an entry was read.
fn pane_entry(text: &str, at: usize, end: usize, out: &mut Vec<Finding>) -> bool {
    let b = text.as_bytes();
    let line_end = |p: usize| p + usize::from(b.get(p) == Some(&b'\r'));
    let ve = line_end(end);
    if at < 6 || b[at - 1] != b'\n' || b.get(ve) != Some(&b'\n') {
        return false;
    }
    // The name's line (an identifier, 64 bytes at most) and `Key` above.
    let lo = at.saturating_sub(72);
    let Some(nl) = memchr::memrchr(b'\n', &b[lo..at - 1]).map(|p| lo + p) else {
        return false;
    };
    let name = b[nl + 1..at - 1]
        .strip_suffix(b"\r")
        .unwrap_or(&b[nl + 1..at - 1]);
    if name.is_empty()
        || !name
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
    {
        return false;
    }
    let above = &b[nl.saturating_sub(5)..nl];
    let above = above.strip_suffix(b"\r").unwrap_or(above);
    if !(above.ends_with(b"\nKey") || nl == 3 && above == b"Key") {
        return false;
    }
    // The value's line.
    let vs = ve + 1;
    let lim = (vs + 512).min(b.len());
    let vz = match memchr::memchr(b'\n', &b[vs..lim]) {
        Some(p) => vs + p,
        None if lim == b.len() => lim,
        None => return false,
    };
    let vz = if vz > vs && b[vz - 1] == b'\r' {
        vz - 1
    } else {
        vz
    };
    if vz <= vs {
        return false;
    }
    let name = std::str::from_utf8(name).unwrap_or("");
    // A pane of secrets names a key by the word alone (`KEY`,
    // `SANDBOX_KEY`, `chiave`), which a sheet's column would not be read by.
    let keyed = || {
        let last = name.rsplit(['_', '-', '.']).next().unwrap_or(name);
        (last.eq_ignore_ascii_case("key") || last.eq_ignore_ascii_case("chiave"))
            .then_some(Kind::AccessToken)
    };
    if let Some(kind) = tables::field(name).or_else(keyed)
        && let Some((k, s, e)) = tables::judge_field(text, (vs, vz), kind)
    {
        out.push(Finding {
            kind: k,
            start: s,
            end: e,
            confidence: Confidence::Medium,
        });
        return true;
    }
    false
}

/// The word at `s..e` is a whole cell: a delimiter (or the line's edge)
/// on both sides, spaces aside.
fn whole_cell(b: &[u8], s: usize, e: usize) -> bool {
    let mut k = s;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    let before = k == 0 || matches!(b[k - 1], b'|' | b'\t' | b',' | b';' | b'\n');
    let mut j = e;
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    let after = j >= b.len() || matches!(b[j], b'|' | b'\t' | b',' | b';' | b'\n' | b'\r');
    before && after
}

/// A cookie's name that says it holds a session (`__Secure-sess`,
/// `__Host-sid`, `app_session`): the browser's prefixes that only a
/// secure site may set are dropped first.
fn session_cookie(name: &str) -> bool {
    let n = name
        .strip_prefix("__Secure-")
        .or_else(|| name.strip_prefix("__Host-"))
        .unwrap_or(name)
        .to_ascii_lowercase();
    // A server's own session cookie glues its name to the word
    // (`PHPSESSID`, `JSESSIONID`, `ASPSESSIONID…`).
    n.split(['-', '_', '.']).any(|w| {
        matches!(w, "sess" | "session" | "sid" | "sessid" | "auth")
            || w.ends_with("sessid")
            || w.ends_with("sessionid")
    })
}

/// A session cookie's value as a browser's storage panel shows it: the
/// cookie's own escapes left in (`DjenfBK42%xHMags9%B7…`, `%3D`), a
/// signed cookie's `s:` or `s%3A` before it. Built like a token once
/// those are set aside.
#[inline(never)]
fn cookie_value(v: &str) -> bool {
    let v = v
        .strip_prefix("s%3A")
        .or_else(|| v.strip_prefix("s:"))
        .unwrap_or(v);
    let plain: String = v.chars().filter(|&c| c != '%').collect();
    !v.contains(char::is_whitespace) && crate::text::looks_like_token(&plain, 16)
}

/// The cells of a line split on `delim`, as spans, with the borders of a
/// pipe table (`| a | b |`) dropped.
fn cells(b: &[u8], ls: usize, le: usize, delim: u8) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = ls;
    for k in ls..=le {
        if k == le || b[k] == delim {
            let (mut a, mut z) = (s, k);
            while a < z && b[a].is_ascii_whitespace() {
                a += 1;
            }
            while z > a && b[z - 1].is_ascii_whitespace() {
                z -= 1;
            }
            out.push((a, z));
            s = k + 1;
        }
    }
    if delim == b'|' {
        if out.first().is_some_and(|&(a, z)| a == z) {
            out.remove(0);
        }
        if out.last().is_some_and(|&(a, z)| a == z) {
            out.pop();
        }
    }
    out
}

/// Reads the rows under the header line starting at `ls`; returns where
/// the reading stopped.
fn rows_under(text: &str, ls: usize, out: &mut Vec<Finding>) -> usize {
    let b = text.as_bytes();
    let le = memchr::memchr(b'\n', &b[ls..]).map_or(b.len(), |p| ls + p);
    let header = &b[ls..le];
    let Some(delim) = [b'|', b'\t', b';', b',']
        .into_iter()
        .find(|d| header.contains(d))
    else {
        return le;
    };
    // Confluence and Jira double a header's bars (`||Voce||Valore||`):
    // the empty cells between are none.
    let mut head = cells(b, ls, le, delim);
    if delim == b'|' && memchr::memmem::find(header, b"||").is_some() {
        head.retain(|&(a, z)| a < z);
    }
    let lower = |(a, z): (usize, usize)| text[a..z].to_ascii_lowercase();
    let Some(vcol) = head
        .iter()
        .position(|&c| matches!(lower(c).as_str(), "value" | "valore"))
    else {
        return le;
    };
    let Some(ncol) = head
        .iter()
        .position(|&c| NAME_COLUMNS.contains(&lower(c).as_str()))
    else {
        return le;
    };
    // A browser's cookie table (DevTools: Name, Value, Domain, Path…).
    let cookies = head.iter().any(|&c| lower(c) == "domain");
    let mut at = le + 1;
    let mut rows = 0;
    while at < b.len() && rows < MAX_ROWS {
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |p| at + p);
        let line = &b[at..end];
        // A rule under the header (`---+---`, `|---|---|`).
        if !line.is_empty()
            && line
                .iter()
                .all(|c| matches!(c, b'-' | b'+' | b'|' | b'=' | b':' | b' ' | b'\r'))
        {
            at = end + 1;
            continue;
        }
        if !line.contains(&delim) {
            return at;
        }
        let row = cells(b, at, end, delim);
        if let (Some(&(na, nz)), Some(&(va, vz))) = (row.get(ncol), row.get(vcol))
            && va < vz
            && let Some(kind) = tables::field(&text[na..nz])
                .or_else(|| (cookies && session_cookie(&text[na..nz])).then_some(Kind::AccessToken))
            && let Some((k, s, e)) =
                tables::judge_field(text, (va, vz), kind).or_else(|| {
                    (cookies && kind == Kind::AccessToken && cookie_value(&text[va..vz]))
                        .then_some((Kind::AccessToken, va, vz))
                })
        {
            out.push(Finding {
                kind: k,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
        }
        rows += 1;
        at = end + 1;
    }
    at
}

/// A debugger's print of several expressions (`(Pdb) p self.client_id,
/// self.client_secret`, `ipdb> p …`) answered on the next line by a tuple
/// of as many values (`('shop-api', 'Xq…')`): each value is judged by the
/// name its expression ends in, as a column's cell is by its header.
/// `prints`: where each `(Pdb) p` prompt ends (`landmarks`).
pub(crate) fn debugger_prints(text: &str, prints: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    {
        for &at in prints {
            // `p ` or `pp ` (pretty-print).
            let es = if b.get(at) == Some(&b' ') {
                at + 1
            } else if b.get(at..at + 2) == Some(b"p ") {
                at + 2
            } else {
                continue;
            };
            let lim = (es + 400).min(b.len());
            let Some(ee) = memchr::memchr(b'\n', &b[es..lim]).map(|p| es + p) else {
                continue;
            };
            let names: Vec<&str> = text[es..ee]
                .split(',')
                .map(|x| x.trim().rsplit('.').next().unwrap_or(""))
                .collect();
            if names.len() < 2
                || names.iter().any(|n| {
                    n.is_empty() || !n.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
                })
            {
                continue;
            }
            // The printed tuple on the next line.
            let ts = ee + 1;
            let tlim = (ts + 2048).min(b.len());
            let te = memchr::memchr(b'\n', &b[ts..tlim]).map_or(tlim, |p| ts + p);
            let line = &b[ts..te];
            if line.first() != Some(&b'(') || line.last() != Some(&b')') {
                continue;
            }
            // Quoted elements, in order.
            let mut values = Vec::new();
            let mut k = ts + 1;
            while k < te - 1 {
                let q = b[k];
                if q == b'\'' || q == b'"' {
                    let Some(close) = memchr::memchr(q, &b[k + 1..te]) else {
                        break;
                    };
                    values.push((k + 1, k + 1 + close));
                    k += close + 2;
                } else if b[k] == b',' || b[k] == b' ' {
                    k += 1;
                } else {
                    // An unquoted element (a number, None): its place.
                    let e = k + b[k..te - 1]
                        .iter()
                        .position(|&c| c == b',')
                        .unwrap_or(te - 1 - k);
                    values.push((k, k));
                    k = e;
                }
            }
            if values.len() != names.len() {
                continue;
            }
            for (name, &(s, e)) in names.iter().zip(&values) {
                if s < e
                    && let Some(kind) = tables::field(name)
                    && let Some((k, fs, fe)) = tables::judge_field(text, (s, e), kind)
                {
                    out.push(Finding {
                        kind: k,
                        start: fs,
                        end: fe,
                        confidence: Confidence::Medium,
                    });
                }
            }
        }
    }
}

/// lldb's print of one expression that names a key (`(lldb) po
/// KeychainWrapper.standard.string(forKey: "access_token")`, `(lldb) p
/// session.token`) answered on the next lines by the value it holds
/// (`  - some : "…"` under `▿ Optional<String>`, `(String) $R0 = "…"`):
/// the first quoted string of the three lines below, judged by the key
/// the expression ends in (its last quoted string, or its last name).
/// `at`: where each `(lldb) p` prompt ends (`landmarks`).
pub(crate) fn lldb_prints(text: &str, at: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &p in at {
        // `p `, `po `, `print `.
        let rest = &b[p..(p + 6).min(b.len())];
        let es = p + if rest.starts_with(b" ") {
            1
        } else if rest.starts_with(b"o ") {
            2
        } else if rest.starts_with(b"rint ") {
            5
        } else {
            continue;
        };
        let lim = (es + 256).min(b.len());
        let Some(ee) = memchr::memchr(b'\n', &b[es..lim]).map(|q| es + q) else {
            continue;
        };
        let expr = &text[es..ee];
        let name = match expr.rfind('"') {
            Some(close) => expr[..close].rsplit('"').next().unwrap_or(""),
            None => expr
                .trim_end_matches([')', '(', ' ', '\r'])
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or(""),
        };
        let Some(kind) = tables::field(name) else {
            continue;
        };
        // The first quoted string on the three lines below.
        let mut ls = ee + 1;
        for _ in 0..3 {
            if ls >= b.len() {
                break;
            }
            let le = memchr::memchr(b'\n', &b[ls..(ls + 1024).min(b.len())])
                .map_or((ls + 1024).min(b.len()), |q| ls + q);
            let line = &b[ls..le];
            if line.starts_with(b"(lldb)") {
                break;
            }
            if let Some(q) = memchr::memchr(b'"', line)
                && let Some(z) = memchr::memchr(b'"', &line[q + 1..])
            {
                let (s, e) = (ls + q + 1, ls + q + 1 + z);
                if let Some((k, fs, fe)) = tables::judge_field(text, (s, e), kind) {
                    out.push(Finding {
                        kind: k,
                        start: fs,
                        end: fe,
                        confidence: Confidence::Medium,
                    });
                }
                break;
            }
            ls = le + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn an_items_value_in_a_sheet_with_notes() {
        let t = "||Item||Value||Notes||\n|Card PIN|4754|rotate in June|\n|Request ID|72c56775-69cb-49e6-b034-0dcf3dbdcc86|test|\n";
        assert_eq!(found(t), ["4754"]);
        let t = "| Item | Value | Notes |\n|-----|-----|-----|\n| App secret | GiojbxUNVkBVMPeumHTtOojBkMY_CcvjMle2Z_Hv |  |\n| Status | ok | - |\n";
        assert_eq!(found(t), ["GiojbxUNVkBVMPeumHTtOojBkMY_CcvjMle2Z_Hv"]);
    }

    #[test]
    fn lldb_prints_a_keys_value_below() {
        let t = "(lldb) po KeychainWrapper.standard.string(forKey: \"access_token\")\n▿ Optional<String>\n  - some : \"kaJdOwfbq3EqDsO1xokRyLv1ABIXD9jf1SoDKVYd\"\n";
        assert_eq!(found(t), ["kaJdOwfbq3EqDsO1xokRyLv1ABIXD9jf1SoDKVYd"]);
        // A key that names no secret prints no value.
        let t = "(lldb) po defaults.string(forKey: \"locale\")\n▿ Optional<String>\n  - some : \"itIT9xQ7bW2mZk4LpR8sTn3V\"\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }

    #[test]
    fn a_session_cookie_with_its_escapes_in_a_storage_panel() {
        let t = "Name\tValue\tDomain\nPHPSESSID\tDjenfBK42%xHMags9%B7zyoWL5uTogaB\t.shop.dev\n_ga\tGA1.2.537329841.1796400087\t.shop.dev\n";
        assert_eq!(found(t), ["DjenfBK42%xHMags9%B7zyoWL5uTogaB"]);
        let t = "Name\tValue\tDomain\nconnect.sid\ts%3AUWiKbOwsVSNY4hjk4jUNAhSIm5iRrmZI.3NEhq7p4eaAEnFA\t.shop.dev\n";
        assert_eq!(
            found(t),
            ["s%3AUWiKbOwsVSNY4hjk4jUNAhSIm5iRrmZI.3NEhq7p4eaAEnFA"]
        );
        // A preference cookie is no session.
        assert!(found("Name\tValue\tDomain\ntheme\tdark%20blue\t.shop.dev\n").is_empty());
    }

    #[test]
    fn a_secrets_panes_entries_read_by_their_names() {
        let t = "Secrets pane:\n\nKey\nCLIENT_ID\nValue\nunimi-demo-sbx\n\nKey\nPAY_API_KEY\nValue\nak_B9AAB795Cbe3E4ac94FabDEA567536Cc\n\nKey\nDB_PASSWORD\nValue\nFalconSole88\n\nThanks\n";
        assert_eq!(
            crate::found(t),
            ["ak_B9AAB795Cbe3E4ac94FabDEA567536Cc", "FalconSole88"]
        );
        let t = "Key\nSANDBOX_KEY\nValue\nygr8kBSGUlxYzfFVmyMGRJMAjFxkyGqM\n\nKey\nchiave\nValue\nlive_XE1r1HHXcPQJpBRDJFscc74QKruE59Jf0dF47KSHcahZnjKS\n";
        assert_eq!(
            crate::found(t),
            [
                "ygr8kBSGUlxYzfFVmyMGRJMAjFxkyGqM",
                "live_XE1r1HHXcPQJpBRDJFscc74QKruE59Jf0dF47KSHcahZnjKS"
            ]
        );
        // A key's name over a word is no key's value.
        assert!(crate::found("Key\nSORT_KEY\nValue\ncreated_at\n").is_empty());
        // A name that names no credential, or no `Key` above it.
        assert!(crate::found("Key\nNODE_ENV\nValue\nproduction-eu-west-1\n").is_empty());
        assert!(crate::found("Pane\nDB_PASSWORD\nValue\nFalconSole88\n").is_empty());
    }

    #[test]
    fn a_settings_row_is_read_by_its_name() {
        let t = " id | key          | value                       \n----+--------------+-----------------------------\n  7 | api_token    | Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9 \n  8 | page_size    | 50\n";
        assert_eq!(found(t), ["Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9"]);
    }

    #[test]
    fn a_debuggers_tuple_lines_up_with_its_expressions() {
        let t =
            "(Pdb) p cfg.client_id, cfg.client_secret\n('shop-web', 'Zq8Wm3Lp5Rt7Yv2Kc9Hb4Nd')\n";
        assert_eq!(found(t), ["Zq8Wm3Lp5Rt7Yv2Kc9Hb4Nd"]);
        // A tuple of another length is not the answer.
        let t = "(Pdb) p cfg.client_id, cfg.client_secret\n('shop-web',)\n";
        assert!(found(t).is_empty());
    }

    #[test]
    fn a_session_cookie_in_a_browsers_cookie_table() {
        let t = "Name\tValue\tDomain\tPath\n__Host-sess\tQw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz\tshop.example\t/\nlang\tit\tshop.example\t/\n";
        assert_eq!(found(t), ["Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz"]);
        // A consent cookie is no session.
        let t =
            "Name\tValue\tDomain\n__Secure-consent\tQw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz\tshop.example\n";
        assert!(found(t).is_empty());
    }

    #[test]
    fn settings_that_name_no_credential_pass() {
        let t = "name\tvalue\ntheme\tQw3Er5Ty7Ui9Op1As3Df5Gh7Jk9\nlocale\tit_IT\n";
        assert!(found(t).is_empty());
    }
}
