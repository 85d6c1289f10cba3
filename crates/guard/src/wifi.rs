//! The Wi-Fi QR payload phones read and print (`WIFI:T:WPA;S:Shop;P:…;;`,
//! the ZXing format): fields `T:` (security), `S:` (network name), `P:`
//! (the password), `H:` (hidden), separated by `;`, `\` escaping `;`,
//! `,`, `:` and `\`. The `P:` field is the network's password whatever it
//! looks like; an empty field, a mask or a placeholder is none, and what
//! other rules read into the rest of the payload (a key word in the prose
//! above reaching into it) is not one either.

use crate::value::{QuoteMemo, Read, read_value, skip_spaces};
use crate::{Confidence, Finding, Kind};

/// "guest wifi: Otter?1072", "wifi ospiti: Tartaruga!754", "meeting
/// room wifi: X": a Wi-Fi network named on a note, at most one word after
/// the key (whose network: "ospiti", "guests"), then a colon and the
/// value on the line. A network's password is what a note gives after
/// its name; only a value built like a password counts (letters with
/// digits and symbols or mixed case: "wifi: down", "Wi-Fi: yes" pass),
/// and not a QR payload's next field (`WIFI:T:WPA;…`). `key_end` ends
/// the key; returns the value's span.
pub(crate) fn labelled(text: &str, key_end: usize, memo: &mut QuoteMemo) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = key_end;
    if b.get(i) == Some(&b' ') {
        let w = i + 1;
        let mut j = w;
        while j < b.len() && j - w < 16 && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j > w && b.get(j) == Some(&b':') {
            i = j;
        }
    }
    if b.get(i) != Some(&b':') || b.get(i + 1) != Some(&b' ') {
        // "guest WiFi Seaview, password …": the network's name right
        // after the key, one word, with no colon.
        return (b.get(key_end) == Some(&b' '))
            .then(|| after_network_name(text, key_end + 1, false, memo))
            .flatten();
    }
    let v = skip_spaces(b, i + 1);
    if let Some(found) =
        after_network_name(text, v, true, memo).or_else(|| key_below_name(text, v, memo))
    {
        return Some(found);
    }
    let (s, e, _) = read_value(b, v, Read::Free, memo);
    let e = crate::value::trim_prose_end(b, s, e);
    let v = &text[s..e];
    (crate::context::password_word(v, false)
        && !v.contains([':', ';'])
        && !crate::text::is_placeholder(v)
        && !crate::text::is_reference(v))
    .then_some((s, e))
}

/// The words a note names the network by, and the ones it names its
/// password by, after it.
const NETWORK: &[&str] = &["network", "rete", "ssid", "name", "nome", "réseau", "red"];
const SECRET: &[&str] = &[
    "key",
    "chiave",
    "password",
    "pass",
    "pw",
    "pwd",
    "psw",
    "passphrase",
    "clave",
    "clé",
];

/// "shop wifi: network Bottega, key X", "wifi: rete Negozio, chiave X":
/// the network's name, then its password under a word of its own (on a
/// note "key" is the Wi-Fi key). From `v`, the first word after the
/// colon. The value is one word built like a password or a passphrase of
/// three words or more.
fn after_network_name(
    text: &str,
    v: usize,
    colon: bool,
    memo: &mut QuoteMemo,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let word_end = |from: usize| {
        let lim = (from + 24).min(b.len());
        from + b[from..lim]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80)
            .count()
    };
    let w = word_end(v);
    let is_in = |list: &[&str], s: usize, e: usize| {
        std::str::from_utf8(&b[s..e]).is_ok_and(|w| list.iter().any(|k| k.eq_ignore_ascii_case(w)))
    };
    let named = w > v && is_in(NETWORK, v, w) && b.get(w) == Some(&b' ');
    if colon && !named {
        return None;
    }
    // The name, to the comma or semicolon that closes it (a few words
    // after a colon, one without).
    let w = if named { w } else { v };
    let lim = (w + 64).min(b.len());
    let close = w + b[w..lim]
        .iter()
        .position(|&c| matches!(c, b',' | b';' | b'\n'))
        .unwrap_or(lim - w);
    let k =
        if close < lim && b[close] != b'\n' && (colon || !b[w..close].contains(&b' ')) && close > w
        {
            skip_spaces(b, close + 1)
        } else if !colon {
            // "wifi TIM-RLE8 pass X", "Wi-Fi Negozio_4S4U / key X": the
            // network's name as one word (an SSID), a slash or nothing, then
            // the word for its password.
            name_then_secret(b, w)?
        } else {
            return None;
        };
    let ke = word_end(k);
    if ke == k || !is_in(SECRET, k, ke) {
        return None;
    }
    let mut s = ke;
    if b.get(s) == Some(&b':') {
        s += 1;
    }
    if b.get(s) != Some(&b' ') {
        return None;
    }
    secret_value(text, skip_spaces(b, s), memo)
}

/// The password a note gives after its word for it, from `s`: a
/// passphrase of three words or more, or one word built like a password.
fn secret_value(text: &str, s: usize, memo: &mut QuoteMemo) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if let Some(e) = crate::context::passphrase_words(b, s, 3) {
        return Some((s, e));
    }
    let (s, e, _) = read_value(b, s, Read::Free, memo);
    let e = crate::value::trim_prose_end(b, s, e);
    let v = &text[s..e];
    (crate::context::password_word(v, true)
        && !crate::text::is_placeholder(v)
        && !crate::text::is_reference(v))
    .then_some((s, e))
}

/// "Wi-Fi: UNIMI-EVENT⏎   chiave: Penguin5291*": the network's name
/// alone after the colon (one word, an SSID), and its password on the
/// next line under a word of its own (`key:`, `chiave:`, `password:`),
/// as an event's info sheet lays them out. From `v`, the name's start.
fn key_below_name(text: &str, v: usize, memo: &mut QuoteMemo) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let lim = (v + 33).min(b.len());
    let n = b[v..lim]
        .iter()
        .take_while(|&&c| !c.is_ascii_whitespace())
        .count();
    let mut i = v + n;
    if n == 0 || i == lim {
        return None;
    }
    if b.get(i) == Some(&b'\r') {
        i += 1;
    }
    if b.get(i) != Some(&b'\n') {
        return None;
    }
    let mut k = i + 1;
    while k < b.len() && k - i < 16 && matches!(b[k], b' ' | b'\t') {
        k += 1;
    }
    let ke = k + b[k..(k + 12).min(b.len())]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80)
        .count();
    let word = std::str::from_utf8(&b[k..ke]).ok()?;
    if ke == k
        || !SECRET.iter().any(|w| w.eq_ignore_ascii_case(word))
        || b.get(ke) != Some(&b':')
        || b.get(ke + 1) != Some(&b' ')
    {
        return None;
    }
    secret_value(text, skip_spaces(b, ke + 1), memo)
}

/// After a network's name written as one word at `w` (a space, ` / `
/// or `, ` after it): where the next word starts.
fn name_then_secret(b: &[u8], w: usize) -> Option<usize> {
    let lim = (w + 33).min(b.len());
    let n = b[w..lim]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b',' | b';' | b'/'))
        .count();
    if n < 2 || w + n >= lim || b[w + n] != b' ' {
        return None;
    }
    let mut k = w + n + 1;
    if b.get(k) == Some(&b'/') && b.get(k + 1) == Some(&b' ') {
        k += 2;
    }
    Some(k)
}

/// Each `WIFI:` payload at `starts` (from `landmarks`): drops findings
/// that overlap a payload but are not inside its password, and adds the
/// password when it is a value.
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &s in starts {
        let Some((end, pw)) = payload(b, s) else {
            continue;
        };
        out.retain(|f| {
            f.end <= s || f.start >= end || pw.is_some_and(|(ps, pe)| f.start >= ps && f.end <= pe)
        });
        if let Some((ps, pe)) = pw
            && is_value(&text[ps..pe])
        {
            out.push(Finding {
                kind: Kind::Password,
                start: ps,
                end: pe,
                confidence: Confidence::High,
            });
        }
    }
}

/// The payload's end (after its closing `;;`, or its last field on the
/// line) and its `P:` field, when `s` starts one with a `S:` or `T:`
/// field. Bounded to one line of 512 bytes.
fn payload(b: &[u8], s: usize) -> Option<(usize, Option<(usize, usize)>)> {
    let mut i = s + 5;
    let limit = (s + 512).min(b.len());
    let mut named = false;
    let mut pw = None;
    while i < limit {
        // A field: one letter, `:`, a value up to an unescaped `;`.
        let tag = b[i];
        if !(tag.is_ascii_alphabetic() && b.get(i + 1) == Some(&b':')) {
            break;
        }
        let vs = i + 2;
        let mut j = vs;
        while j < limit && !matches!(b[j], b';' | b'\n' | b'\r') {
            j += if b[j] == b'\\' { 2 } else { 1 };
        }
        let j = j.min(limit);
        match tag.to_ascii_uppercase() {
            b'S' | b'T' => named = true,
            b'P' => pw = Some((vs, j)),
            _ => {}
        }
        if b.get(j) != Some(&b';') {
            i = j;
            break;
        }
        i = j + 1;
        if b.get(i) == Some(&b';') {
            i += 1;
            break;
        }
    }
    named.then_some((i, pw))
}

/// A password written in, not left empty, masked or named.
fn is_value(v: &str) -> bool {
    let named =
        v.starts_with("${") || v.starts_with("{{") || v.starts_with('%') && v.ends_with('%');
    v.chars().any(char::is_alphanumeric) && !named && !crate::text::is_placeholder(v)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_network_named_then_its_key_on_the_next_line() {
        for (t, v) in [
            (
                "📶 Wi-Fi: UNIMI-EVENT\n   chiave: Penguin5291*\n🕘 Check-in dalle 9:00\n",
                "Penguin5291*",
            ),
            (
                "📶 Wi-Fi: eduroam-guest\n   key: ALP&*8mP6czX\n🕘 Check-in from 9am\n",
                "ALP&*8mP6czX",
            ),
        ] {
            assert_eq!(crate::found(t), [v], "{t}");
        }
        // A name that goes on in words, or a word that is no password.
        assert!(crate::found("Wi-Fi: ask at the desk\n   key: on the badge\n").is_empty());
        assert!(crate::found("Wi-Fi: eduroam\n   key: none\n").is_empty());
    }

    #[test]
    fn a_network_named_as_one_word_then_its_key() {
        assert_eq!(
            crate::found("Wi-Fi FASTWEB-YLU9 / key Luna.Roma.7010 — tech says"),
            ["Luna.Roma.7010"]
        );
        assert_eq!(
            crate::found("il pos si collega al wifi TIM-RLE8 pass Pasqua2025$ ma perde"),
            ["Pasqua2025$"]
        );
        // A word after the name that names no password gives none.
        assert!(crate::found("wifi TIM-RLE8 down Pasqua2025$ again").is_empty());
    }

    #[test]
    fn a_network_named_on_a_note_and_its_password() {
        assert_eq!(
            crate::found("notes\nguest wifi: Heron?2291\nmeeting 10:30"),
            ["Heron?2291"]
        );
        assert_eq!(crate::found("wifi ospiti: Gabbiano!883"), ["Gabbiano!883"]);
        // A state, not a password; a QR payload is read by its fields.
        assert!(crate::found("office wifi: down since 9am, router rebooted").is_empty());
        assert!(crate::found("Wi-Fi: yes, free for guests").is_empty());
        assert_eq!(
            crate::found("WIFI:T:WPA;S:Shop;P:Inverno2024*;;"),
            ["Inverno2024*"]
        );
    }

    fn found(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let starts: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), b"WIFI:").collect();
        super::scan(t, &starts, &mut out);
        out.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn the_password_field_is_read_and_an_empty_one_is_none() {
        assert_eq!(
            found("WIFI:T:WPA;S:Shop;P:Inverno2024*;H:false;;"),
            ["Inverno2024*"]
        );
        assert_eq!(found("WIFI:S:Bar;T:WPA;P:a\\;b;;"), ["a\\;b"]);
        assert!(found("WIFI:T:WPA;S:Guest;P:;;").is_empty());
        assert!(found("WIFI:T:nopass;S:Free;P:********;;").is_empty());
        assert!(found("WIFI:T:WPA;S:Free;P:${WIFI_PSK};;").is_empty());
        assert!(found("WIFI:T:WPA;S:Free;P:<ask at the till>;;").is_empty());
        assert!(found("WIFI: the router is down").is_empty());
    }

    #[test]
    fn a_network_then_its_key_under_a_word_of_its_own() {
        assert_eq!(
            crate::found("wifi bar: rete BarSport, chiave Lampadina!88 se chiedono"),
            ["Lampadina!88"]
        );
        assert_eq!(
            crate::found("office wifi: network Atrium, key pebble lantern willow 7. ta"),
            ["pebble lantern willow 7"]
        );
        assert_eq!(
            crate::found("lobby WiFi HotelAzzurro, password Conchiglia_41 at the desk"),
            ["Conchiglia_41"]
        );
        // The words without a password after them.
        assert!(crate::found("wifi: network Atrium, key rotation is monthly").is_empty());
        assert!(crate::found("the wifi is down, password reset link broken too").is_empty());
    }
}
