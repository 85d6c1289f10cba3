//! A login typed by a script: bots that fill a login form for a person
//! (AutoHotkey, pyautogui, Selenium) type the user, press Tab to the next
//! field, type the password and press Enter. The string typed between the
//! Tab and the Enter is the password, whatever the script calls it (often
//! nothing: `Send, admin{Tab}` then `Send, x7!…{Enter}`).
//!
//! Woken by the Tab keystroke's spellings (`{Tab}`, `press('tab')`,
//! `Keys.TAB`, found by `landmarks`); each reads a bounded window after
//! it, so the pass is linear.

use memchr::memmem;

use crate::context::{Sep, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// How far after the Tab the typed password and its Enter may be.
const WINDOW: usize = 200;

/// The Enter keystroke's spellings, lower case.
const ENTERS: &[&[u8]] = &[
    b"{enter}",
    b"press('enter')",
    b"press(\"enter\")",
    b"keys.enter",
    b"keys.return",
    b"{return}",
];

/// `tabs`: where each Tab keystroke's spelling ends (`landmarks`).
pub(crate) fn scan(text: &str, tabs: &[usize], out: &mut Vec<Finding>) {
    let mut last = 0;
    for &at in tabs {
        typed_after(text, at, &mut last, out);
    }
}

/// The string typed after a Tab ending at `from`, when an Enter follows
/// it; `last` is where the previous one read ended (no window is read
/// twice past it).
fn typed_after(text: &str, from: usize, last: &mut usize, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    if from < *last {
        return;
    }
    let lim = (from + WINDOW).min(b.len());
    *last = lim;
    let Some((s, e)) = typed_literal(b, from, lim) else {
        return;
    };
    // An Enter right after the literal (its line, or the next).
    let after_lim = (e + 80).min(b.len());
    let after = b[e..after_lim].to_ascii_lowercase();
    if !ENTERS.iter().any(|n| memmem::find(&after, n).is_some()) {
        return;
    }
    let Some(v) = text.get(s..e) else {
        return;
    };
    let email = v.contains('@') && v.contains('.');
    if !(6..=64).contains(&v.len())
        || v.contains(' ')
        || email
        // An AutoHotkey variable, `%pwd%`: a reference.
        || (v.starts_with('%') && v.ends_with('%'))
        || is_placeholder(v)
        || is_reference(v)
        || !password_value_ok(v, Sep::Strong)
        // Letters with a digit or a symbol: no name, town or word a form
        // asks for.
        || !v.bytes().any(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
        || !crate::commented::mixed(v)
    {
        return;
    }
    out.push(Finding {
        kind: Kind::Password,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    });
}

/// The first string typed in `b[from..lim]`: the rest of an AutoHotkey
/// `Send` up to its next braced key (`x7!…{Enter}`), the next `Send`
/// command's text, or the quoted argument of the next typing call
/// (`write('…')`, `send_keys("…")`).
fn typed_literal(b: &[u8], from: usize, lim: usize) -> Option<(usize, usize)> {
    let window = &b[from..lim];
    // The same AutoHotkey line goes on: `{Tab}x7!…{Enter}`.
    let same = window
        .iter()
        .position(|&c| c == b'\n')
        .unwrap_or(window.len());
    if same > 0 && window[0] != b'\r' && window[0] != b'\n' {
        let brace = window[..same].iter().position(|&c| c == b'{')?;
        return (brace > 0).then_some((from, from + brace));
    }
    // The next line that types.
    let mut i = from + same + 1;
    for _ in 0..3 {
        if i >= lim {
            return None;
        }
        let end = memchr::memchr(b'\n', &b[i..lim]).map_or(lim, |p| i + p);
        let line = &b[i..end];
        let t = line
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(line.len());
        let low = line[t..].to_ascii_lowercase();
        // `Send, x{Enter}`, `SendInput x{Enter}`.
        for cmd in [&b"sendinput"[..], b"sendraw", b"send"] {
            if low.starts_with(cmd) {
                let mut k = i + t + cmd.len();
                if b.get(k) == Some(&b',') {
                    k += 1;
                }
                while k < end && b[k] == b' ' {
                    k += 1;
                }
                let brace = b[k..end].iter().position(|&c| c == b'{')?;
                return (brace > 0).then_some((k, k + brace));
            }
        }
        // `write('x')`, `typewrite("x")`, `send_keys('x')`.
        for call in [&b"write("[..], b"send_keys(", b"type(", b"fill("] {
            if let Some(p) = memmem::find(&low, call) {
                let q = i + t + p + call.len();
                let quote = *b.get(q)?;
                if quote != b'\'' && quote != b'"' {
                    return None;
                }
                let close = memchr::memchr(quote, &b[q + 1..end])?;
                return Some((q + 1, q + 1 + close));
            }
        }
        // A pause between keystrokes (`Sleep, 500`, `time.sleep(1)`).
        if !low.contains(&b'(') && !low.starts_with(b"sleep") {
            return None;
        }
        i = end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn the_string_typed_between_tab_and_enter_is_the_password() {
        let t = "Send, mrossi{Tab}\nSleep, 300\nSend, Orchard!2290{Enter}\n";
        assert_eq!(found(t), ["Orchard!2290"]);
        let t = "pyautogui.write('mrossi')\npyautogui.press('tab')\npyautogui.write('Orchard!2290')\npyautogui.press('enter')\n";
        assert_eq!(found(t), ["Orchard!2290"]);
    }

    #[test]
    fn a_form_filled_with_ordinary_fields_holds_no_password() {
        // A town typed after Tab, a variable: no password.
        let t = "Send, Rossi{Tab}\nSend, Bologna{Enter}\n";
        assert!(found(t).is_empty());
        let t = "Send, %user%{Tab}\nSend, %pwd%{Enter}\n";
        assert!(found(t).is_empty());
    }
}
