//! One left-to-right pass over digit runs: card numbers, IBANs (whose check
//! digits start a digit run right after the country code) and UK sort code
//! + account pairs. Each byte is looked at a bounded number of times.

use crate::text::{boundary_after, boundary_before, is_word};
use crate::{Confidence, Finding, Kind, card, iban, national};

const MAX_GROUPS: usize = 6;

#[derive(Clone, Copy, Default)]
struct Group {
    start: usize,
    end: usize,
    /// Separator that follows this group and leads to the next one.
    sep: u8,
}

/// Reads up to `MAX_GROUPS` digit groups from `pos`, joined by one space or
/// one dash.
fn read_groups(b: &[u8], pos: usize, groups: &mut [Group; MAX_GROUPS]) -> usize {
    let mut n = 0;
    let mut i = pos;
    while n < MAX_GROUPS {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 20 {
            i += 1;
        }
        if i == start {
            break;
        }
        groups[n] = Group {
            start,
            end: i,
            sep: 0,
        };
        n += 1;
        // Separators people group digits with: one to three spaces or
        // tabs, or one dash, dot or slash.
        let mut j = i;
        if j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
            while j < b.len() && j - i < 3 && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
        } else if j < b.len() && matches!(b[j], b'-' | b'.' | b'/' | b'_') {
            j += 1;
        }
        if j > i && b.get(j).is_some_and(u8::is_ascii_digit) {
            groups[n - 1].sep = if b[i] == b'\t' { b' ' } else { b[i] };
            i = j;
        } else {
            break;
        }
    }
    n
}

fn digits_of(b: &[u8], groups: &[Group]) -> Vec<u8> {
    let mut v = Vec::with_capacity(19);
    for g in groups {
        v.extend_from_slice(&b[g.start..g.end]);
    }
    v
}

/// True when the number continues as an amount or version (`1234.56`).
/// A comma between fields is not a decimal comma: only one or two digits
/// that end there (`,50 EUR`) continue the number; `,04/29` (the next
/// field, a date) or `,913` (a CVV) do not.
fn continues_as_decimal(b: &[u8], end: usize) -> bool {
    if !(end + 1 < b.len() && (b[end] == b'.' || b[end] == b',') && b[end + 1].is_ascii_digit()) {
        return false;
    }
    let mut k = end + 1;
    while k < b.len() && b[k].is_ascii_digit() && k - end <= 3 {
        k += 1;
    }
    let n = k - end - 1;
    let next = b.get(k).copied().unwrap_or(b' ');
    if b[end] == b'.' {
        // `1234.56`, `1.2.3`: dots after digits stay a decimal or version.
        return true;
    }
    n <= 2 && !matches!(next, b'/' | b'-' | b':')
}

/// Tries card layouts on the groups starting at `groups[0]`.
fn card_at(b: &[u8], groups: &[Group]) -> Option<usize> {
    let first = groups.first()?;
    let first_len = first.end - first.start;
    if (13..=19).contains(&first_len) {
        let d = &b[first.start..first.end];
        if card::is_card(d) && !continues_as_decimal(b, first.end) && boundary_after(b, first.end) {
            return Some(first.end);
        }
        return None;
    }
    // Every layout needs 13 digits at least: dates, times and versions
    // stop here.
    if groups.iter().map(|g| g.end - g.start).sum::<usize>() < 13 {
        return None;
    }
    'layouts: for layout in card::GROUPINGS {
        if layout.len() > groups.len() {
            continue;
        }
        let sep = groups[0].sep;
        for (k, &want) in layout.iter().enumerate() {
            let g = groups[k];
            if g.end - g.start != want {
                continue 'layouts;
            }
            if k + 1 < layout.len() && g.sep != sep {
                continue 'layouts;
            }
        }
        let used = &groups[..layout.len()];
        let end = used[used.len() - 1].end;
        // The number goes on with the same separator: a longer code. A
        // wider gap of blanks after it than between its groups (`0  5542
        // 2636 9345 3225   1260.49`: a data frame's row) is the next
        // column's, and ends it.
        let gap = |k: usize| groups[k + 1].start - groups[k].end;
        if used[used.len() - 1].sep == sep
            && sep != 0
            && groups.len() > layout.len()
            && !(sep == b' ' && gap(used.len() - 1) > gap(0))
        {
            continue;
        }
        if continues_as_decimal(b, end) || !boundary_after(b, end) {
            continue;
        }
        if card::is_card(&digits_of(b, used)) {
            return Some(end);
        }
    }
    None
}

/// A card number written in groups of any sizes (`45391488 0343 6467`,
/// `601 158 906 302 742 5`, `3056-9300  0902 - 0004`): the whole run of
/// digit groups, joined by up to three spaces or a dash (spaces around it
/// allowed; not tabs), holds 13 to 19 digits and passes Luhn with an issuer's
/// prefix. A run that goes on past 19 digits or 8 groups is something
/// else (a fixed-width record, a table row); a group followed by a decimal
/// (`336,73`) is an amount and ends the run before it.
fn card_run(b: &[u8], start: usize) -> Option<usize> {
    let mut digits = [0u8; 19];
    let (mut n, mut groups) = (0usize, 0usize);
    let mut i = start;
    let mut end = start;
    let mut piped = false;
    loop {
        let g0 = i;
        while i < b.len() && b[i].is_ascii_digit() && i - g0 <= 19 {
            i += 1;
        }
        let dotted = dotted_group(b, g0, i);
        if i == g0 || (groups > 0 && !dotted && continues_as_decimal(b, i)) {
            break;
        }
        // `… 0863  03/29`: an expiry date after the number ends it.
        if groups > 0
            && i - g0 <= 2
            && matches!(b.get(i), Some(b'/' | b'.'))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            break;
        }
        if n + (i - g0) > 19 {
            return None;
        }
        digits[n..n + (i - g0)].copy_from_slice(&b[g0..i]);
        n += i - g0;
        groups += 1;
        end = i;
        if groups > 8 {
            return None;
        }
        // The separator: spaces, a dash, or a dash with spaces around it.
        let mut j = i;
        // (A tab separates fields, not groups.)
        while j < b.len() && j - i < 3 && b[j] == b' ' {
            j += 1;
        }
        // `4111_1111_…` (an identifier's underscores) and ` / ` (a form's
        // slashes with spaces around them) group digits too.
        // `60111118/37433415`: a card copied in halves with a bare slash
        // (groups of four digits or more on both sides; a date's or a
        // file number's parts are shorter or fewer).
        let halves = j == i
            && b.get(j) == Some(&b'/')
            && i - g0 >= 4
            && b[j + 1..]
                .iter()
                .take(4)
                .filter(|c| c.is_ascii_digit())
                .count()
                == 4;
        // ` | ` (a phone's keyboard puts the bar where a dash is hard to
        // reach) too, when no bar stands before or after the whole run
        // (a table's cells: checked below).
        let bar = j > i && b.get(j) == Some(&b'|');
        if b.get(j) == Some(&b'-')
            || (j == i && b.get(j) == Some(&b'_'))
            || (j == i && dotted)
            || (j > i && matches!(b.get(j), Some(b'/' | b'|')))
            || halves
        {
            j += 1;
            let k = j;
            while j < b.len() && j - k < 3 && b[j] == b' ' {
                j += 1;
            }
        }
        if j == i || !b.get(j).is_some_and(u8::is_ascii_digit) {
            break;
        }
        piped |= bar;
        i = j;
    }
    let after_ok = boundary_after(b, end)
        && !continues_as_decimal(b, end)
        && !(b.get(end).is_some_and(|&c| matches!(c, b'/' | b':' | b'.'))
            && b.get(end + 1).is_some_and(u8::is_ascii_digit));
    (groups >= 2
        && (13..=19).contains(&n)
        && after_ok
        && (!piped || !between_bars(b, start, end))
        && card::is_card(&digits[..n]))
    .then_some(end)
}

/// `3589, 2516, 4143, 0089`: speech-to-text writes the pause between
/// the groups of a card's number read aloud as a comma; four groups of
/// four digits joined by `, `, and no fifth, are a card when they pass
/// Luhn with an issuer's prefix.
fn comma_groups(b: &[u8], start: usize) -> Option<usize> {
    let mut digits = [0u8; 16];
    let mut i = start;
    for k in 0..4 {
        let g = b.get(i..i + 4)?;
        if !g.iter().all(u8::is_ascii_digit) {
            return None;
        }
        digits[k * 4..k * 4 + 4].copy_from_slice(g);
        i += 4;
        if k < 3 {
            if b.get(i..i + 2) != Some(b", ".as_slice()) {
                return None;
            }
            i += 2;
        }
    }
    let next_group = b.get(i) == Some(&b',')
        && b.get(i + 1) == Some(&b' ')
        && b.get(i + 2).is_some_and(u8::is_ascii_digit);
    (!next_group && !b.get(i).is_some_and(u8::is_ascii_alphanumeric) && card::is_card(&digits))
        .then_some(i)
}

/// `4111 1193.5391 8358`, `5425.2363.0459 5677`: a dot between two
/// groups of four digits (the second not going on as a longer number)
/// joins a card's groups as a space does; `1234.56` stays an amount.
#[inline(never)]
fn dotted_group(b: &[u8], g0: usize, i: usize) -> bool {
    i - g0 == 4
        && b.get(i) == Some(&b'.')
        && b.get(i + 1..i + 5)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !b.get(i + 5).is_some_and(u8::is_ascii_digit)
}

/// `| 4539 | 9962 |`: a bar before or after a run of groups (spaces
/// skipped, on its line) makes its bars a table's cell borders.
#[inline(never)]
fn between_bars(b: &[u8], start: usize, end: usize) -> bool {
    let before = b[..start].iter().rev().find(|&&c| c != b' ');
    let after = b[end..].iter().find(|&&c| c != b' ');
    before == Some(&b'|') || after == Some(&b'|')
}

/// After a `NN-NN-NN` sort code, an 8-digit account number close by (only
/// words and punctuation between) makes the pair.
fn account_after(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let limit = (from + 40).min(b.len());
    let mut i = from;
    while i < limit {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - s == 8 && boundary_before(b, s) && boundary_after(b, i) {
                return Some((s, i));
            }
            return None;
        }
        // A line break or a redaction placeholder ends the pairing.
        if b[i] == b'\n' || b[i] == b'[' {
            return None;
        }
        i += 1;
    }
    None
}

/// "account" in the 120 bytes before `pos`.
fn account_word_before(b: &[u8], pos: usize) -> bool {
    let lo = pos.saturating_sub(120);
    b[lo..pos]
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"account"))
}

/// Position of the first ASCII digit at or after `from`, eight bytes at a
/// time: `x ^ b'0'` maps digits to 0..=9, and the classic "has a byte less
/// than 10" test flags them. Borrows only travel upwards, so the lowest
/// flagged byte is always a real digit.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const ZEROS: u64 = 0x3030_3030_3030_3030;
    const TENS: u64 = 0x0A0A_0A0A_0A0A_0A0A;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let t = u64::from_le_bytes(word) ^ ZEROS;
        let m = t.wrapping_sub(TENS) & !t & HIGH;
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i.min(b.len())..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|o| i + o)
}

/// Separators between fields of an export: `;`, `,`, `|`, `/`, `-`,
/// spaces, quotes and Excel's `="…"`, at most four of them.
fn field_gap(b: &[u8], mut i: usize) -> Option<usize> {
    let s = i;
    while i < b.len()
        && i - s < 5
        && matches!(
            b[i],
            b';' | b',' | b'|' | b'/' | b'-' | b' ' | b'"' | b'=' | b'\t'
        )
    {
        i += 1;
    }
    (i > s && i - s <= 4).then_some(i)
}

/// After an ABI (5 digits, ending at `abi_end`): a CAB of 5 digits and an
/// account of 6 to 12 characters, mostly digits, not masked. Returns the
/// account's span.
fn abi_cab_account(b: &[u8], abi_end: usize) -> Option<(usize, usize)> {
    let c0 = field_gap(b, abi_end)?;
    let mut c1 = c0;
    while c1 < b.len() && b[c1].is_ascii_digit() && c1 - c0 <= 5 {
        c1 += 1;
    }
    if c1 - c0 != 5 {
        return None;
    }
    let a0 = field_gap(b, c1)?;
    // Fields split by a cell border (`|`, `;`, `,`, a tab) are split the
    // same way throughout: `29416 | 07402 896504` is an id and a phone
    // number grouped by a space inside its cell, not ABI, CAB and account.
    let border = |g: &[u8]| g.iter().any(|c| matches!(c, b'|' | b';' | b',' | b'\t'));
    if border(&b[abi_end..c0]) && !border(&b[c1..a0]) {
        return None;
    }
    let mut a1 = a0;
    while a1 < b.len() && b[a1].is_ascii_alphanumeric() && a1 - a0 <= 12 {
        a1 += 1;
    }
    let acc = &b[a0..a1];
    let digits = acc.iter().filter(|c| c.is_ascii_digit()).count();
    let masked = b.get(a1).is_some_and(|&c| c == b'*');
    ((6..=12).contains(&acc.len()) && digits >= 6 && !masked && boundary_after(b, a1))
        .then_some((a0, a1))
}

/// An ABI before the 5-digit run at `cab`, past a field gap, read by OCR
/// with one or two of its digits as the letters they are confused with
/// (`055B4`): five characters, at least three digits, every letter one
/// `ocr_confusions` knows. Returns the ABI's end.
fn ocr_confused_abi_before(b: &[u8], cab: usize) -> Option<usize> {
    let mut e = cab;
    while e > 0 && cab - e < 5 && matches!(b[e - 1], b' ' | b'\t' | b';' | b'|' | b',') {
        e -= 1;
    }
    if e == cab || e < 5 || (e > 5 && b[e - 6].is_ascii_alphanumeric()) {
        return None;
    }
    let abi = &b[e - 5..e];
    let letters = abi.iter().filter(|c| !c.is_ascii_digit()).count();
    ((1..=2).contains(&letters)
        && abi
            .iter()
            .all(|&c| c.is_ascii_digit() || crate::ocr_confusions::digit_for(c).is_some()))
    .then_some(e)
}

/// Where the first word about UK payments is in the text, found once and
/// only when a sort-code-shaped number asks.
struct UkCue(Option<usize>);

impl UkCue {
    fn before(&mut self, b: &[u8], pos: usize) -> bool {
        let first = *self.0.get_or_insert_with(|| {
            let lower = b.to_ascii_lowercase();
            [
                &b"sort"[..],
                b"faster payment",
                b"bacs",
                b"standard 18",
                b"payee",
                b"beneficiary",
                b"building society",
                // Bank details named in Italian, German or French ("le mie
                // coordinate", a column `coordinate`, "Bankverbindung",
                // "coordonnées bancaires"): a UK account given by someone
                // writing in another language.
                b"coordinate",
                b"bankverbindung",
                b"coordonn",
                // The short forms a payment note writes: "s/c … a/c …".
                b"s/c ",
                b"a/c ",
                // The text names the UK or its currency.
                b" uk ",
                b"united kingdom",
                b"gbp",
                "\u{a3}".as_bytes(),
            ]
            .iter()
            .filter_map(|w| memchr::memmem::find(&lower, w))
            .min()
            .unwrap_or(usize::MAX)
        });
        first < pos
    }
}

/// `606867 66628881`, `09-50-40 / 07157019` in a text that speaks of UK
/// payments before it (a BACS file's rows may be far below its header).
fn uk_pair(b: &[u8], start: usize, six_end: usize, cue: &mut UkCue) -> Option<usize> {
    let mut a0 = six_end;
    while a0 < b.len() && a0 - six_end < 3 && matches!(b[a0], b' ' | b'/') {
        a0 += 1;
    }
    // `839171 a/c 19161136`, `839171, acct 19161136`: the account named
    // between them.
    if let Some(e) = account_label_between(b, six_end) {
        a0 = e;
    }
    // `415578-27075191`: one dash joins them as well.
    if a0 == six_end && b.get(a0) == Some(&b'-') {
        a0 += 1;
    }
    if a0 == six_end {
        return None;
    }
    let mut a1 = a0;
    while a1 < b.len() && b[a1].is_ascii_digit() && a1 - a0 <= 8 {
        a1 += 1;
    }
    if a1 - a0 != 8 || !boundary_after(b, a1) {
        return None;
    }
    (cue.before(b, start) || payee_before(b, start)).then_some(a1)
}

/// After a sort code: `, ` or a space, an account's short label (`a/c`,
/// `acct`, `acc`, `account`, with `no`/`no.` and a colon), spaces. Where
/// the account should start.
#[inline(never)]
fn account_label_between(b: &[u8], six_end: usize) -> Option<usize> {
    let mut i = six_end;
    if b.get(i) == Some(&b',') {
        i += 1;
    }
    if b.get(i) != Some(&b' ') {
        return None;
    }
    i += 1;
    const LABELS: &[&[u8]] = &[b"account", b"acct", b"acc", b"a/c"];
    let w = LABELS.iter().find(|w| {
        b.get(i..i + w.len())
            .is_some_and(|g| g.eq_ignore_ascii_case(w))
    })?;
    i += w.len();
    if b.get(i..i + 3)
        .is_some_and(|g| g.eq_ignore_ascii_case(b" no"))
    {
        i += 3;
    }
    while i < b.len() && matches!(b[i], b'.' | b':') {
        i += 1;
    }
    let s = i;
    while i < b.len() && i - s < 3 && b[i] == b' ' {
        i += 1;
    }
    (i > s && b.get(i).is_some_and(u8::is_ascii_digit)).then_some(i)
}

/// "Please pay our invoice to 605155 87112840": on the number's line, a
/// word of paying or sending before it and `to` right before it — the
/// payee's account.
#[inline(never)]
fn payee_before(b: &[u8], pos: usize) -> bool {
    let lo = pos.saturating_sub(80);
    let ls = memchr::memrchr(b'\n', &b[lo..pos]).map_or(lo, |o| lo + o + 1);
    let line = b[ls..pos].to_ascii_lowercase();
    line.ends_with(b" to ")
        && [&b"pay"[..], b"remit", b"transfer", b"send", b"wire"]
            .iter()
            .any(|w| memchr::memmem::find(&line, w).is_some())
}

/// A card's expiry date right after its number (`scad 02/28`, `expiry
/// 05/30`, `exp. 1/2029`), then its security code: the first number after
/// the expiry, of three or four digits, when a word about the code stands
/// between (code, codice, cv, cvv, security, sicurezza, back, retro,
/// dietro, digits, cifre), within 120 bytes and two line breaks (a
/// caller's answer on the next line). An amount (`78.240,23`) is none.
fn cvv_after_card(b: &[u8], card_end: usize) -> Option<(usize, usize)> {
    // The expiry: within 32 bytes, words and punctuation before it (48
    // and one line break when a chat's next message gives it).
    let lim = (card_end + 48).min(b.len());
    let mut i = card_end;
    let mut breaks = 0;
    while i < lim && !b[i].is_ascii_digit() {
        if b[i] == b'\n' {
            breaks += 1;
            if breaks > 1 {
                return None;
            }
        }
        i += 1;
    }
    if breaks == 0 && i - card_end > 32 {
        return None;
    }
    let m0 = i;
    while i < b.len() && b[i].is_ascii_digit() && i - m0 < 3 {
        i += 1;
    }
    if !(1..=2).contains(&(i - m0)) || !matches!(b.get(i), Some(b'/' | b'-' | b'.')) {
        return None;
    }
    let y0 = i + 1;
    let mut y1 = y0;
    while y1 < b.len() && b[y1].is_ascii_digit() && y1 - y0 < 5 {
        y1 += 1;
    }
    if !matches!(y1 - y0, 2 | 4) || !boundary_after(b, y1) {
        return None;
    }
    // The code, past a word about it.
    let lim = (y1 + 120).min(b.len());
    let mut k = y1;
    let mut lines = 0;
    while k < lim && !b[k].is_ascii_digit() {
        if b[k] == b'\n' {
            lines += 1;
            if lines > 2 {
                return None;
            }
        }
        k += 1;
    }
    if k >= lim {
        return None;
    }
    let between = b[y1..k].to_ascii_lowercase();
    let cue = [
        &b"cod"[..],
        b"cv",
        b"security",
        b"sicurezza",
        b"back",
        b"retro",
        b"dietro",
        b"digits",
        b"cifre",
        b"csc",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&between, w).is_some());
    // A currency sign or word before it: an amount.
    let money = between
        .iter()
        .rev()
        .take(4)
        .any(|&c| matches!(c, b'$' | 0xAC | 0xA3));
    if !cue || money || !boundary_before(b, k) {
        return None;
    }
    let mut e = k;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    let decimal = matches!(b.get(e), Some(b'.' | b',' | b'/' | b':'))
        && b.get(e + 1).is_some_and(u8::is_ascii_digit);
    ((3..=4).contains(&(e - k)) && boundary_after(b, e) && !decimal).then_some((k, e))
}

/// `card5555555555554444`, `carta4111…`: a card's number glued to the
/// word before it when the space bar is broken (only a valid card is then
/// taken from the digits).
fn glued_to_card_word(b: &[u8], run_start: usize) -> bool {
    [&b"card"[..], b"carta"].iter().any(|w| {
        run_start >= w.len()
            && b[run_start - w.len()..run_start].eq_ignore_ascii_case(w)
            && boundary_before(b, run_start - w.len())
    })
}

/// Words that name a card's security code, or where it is printed.
const CODE_WORDS: [&[u8]; 13] = [
    b"cvv",
    b"cvc",
    b"cv2",
    b"csc",
    b"security",
    b"sicurezza",
    b"verifica",
    b"verification",
    b"back",
    b"retro",
    b"dietro",
    b"digits",
    b"cifre",
];

/// Where a code's number may be: three digits (four only when not a
/// year), standing alone or glued to `cvv`/`cvc`/`csc` (`CVV468`), not an
/// amount, a time, a date or a decimal.
fn code_number(b: &[u8], k: usize) -> Option<usize> {
    let glued = k >= 3
        && matches!(
            &b[k - 3..k].to_ascii_lowercase()[..],
            b"cvv" | b"cvc" | b"csc"
        )
        && boundary_before(b, k - 3);
    if !(boundary_before(b, k) || glued) {
        return None;
    }
    let mut e = k;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    let decimal = matches!(b.get(e), Some(b'.' | b',' | b'/' | b':' | b'-'))
        && b.get(e + 1).is_some_and(u8::is_ascii_digit);
    let before = &b[k.saturating_sub(2)..k];
    let joined = before
        .iter()
        .any(|&c| matches!(c, b'/' | b'-' | b':' | b'.' | b','))
        && before.first().is_some_and(u8::is_ascii_digit);
    let year = e - k == 4 && matches!(&b[k..k + 2], b"19" | b"20");
    let money = b[k.saturating_sub(3)..k]
        .iter()
        .any(|&c| matches!(c, b'$' | 0xAC | 0xA3));
    ((3..=4).contains(&(e - k)) && boundary_after(b, e) && !decimal && !joined && !year && !money)
        .then_some(e)
}

fn names_code(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    CODE_WORDS
        .iter()
        .any(|w| memchr::memmem::find(&lower, w).is_some())
        // "the code on my card", "il codice della carta".
        || (memchr::memmem::find(&lower, b"cod").is_some()
            && (memchr::memmem::find(&lower, b"card").is_some()
                || memchr::memmem::find(&lower, b"carta").is_some()))
}

/// A card's security code near its number, without an expiry between or
/// before the number: within 120 bytes and one line break after the card
/// (a word about the code between them), or in the 120 bytes before it (a
/// word about the code in the 48 bytes before the number). Only the first
/// number of three or four digits on either side is looked at.
fn cvv_near_card(b: &[u8], card_start: usize, card_end: usize) -> Option<(usize, usize)> {
    // After: the first short number, past the expiry if there is one.
    let lim = (card_end + 120).min(b.len());
    let mut k = card_end;
    let mut lines = 0;
    while k < lim {
        if b[k] == b'\n' {
            lines += 1;
            if lines > 1 {
                break;
            }
        }
        if b[k].is_ascii_digit() {
            let mut e = k;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            if let Some(end) = code_number(b, k)
                && names_code(&b[card_end..k])
            {
                return Some((k, end));
            }
            // An expiry (`04/25`, `exp11/30`) is passed over; any other
            // number ends the search.
            let expiry = matches!(e - k, 1 | 2)
                && b.get(e) == Some(&b'/')
                && b.get(e + 1).is_some_and(u8::is_ascii_digit);
            if !expiry {
                break;
            }
            k = e + 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            continue;
        }
        k += 1;
    }
    // Before: the last short number before the card, in its paragraph.
    let from = card_start.saturating_sub(120);
    let mut k = card_start;
    while k > from {
        k -= 1;
        if b[k] == b'\n' && b.get(k.wrapping_sub(1)) == Some(&b'\n') {
            return None;
        }
        if b[k].is_ascii_digit() {
            let mut s = k;
            while s > 0 && b[s - 1].is_ascii_digit() {
                s -= 1;
            }
            let end = code_number(b, s)?;
            let cue_from = s.saturating_sub(48);
            return names_code(&b[cue_from..s]).then_some((s, end));
        }
    }
    None
}

/// A BACS Standard 18 or CBI RiBa record opening its line
/// (`bank_records`), kept out of the digit loop.
#[inline(never)]
fn fixed_width_record(b: &[u8], run_start: usize) -> Option<(usize, usize, Kind)> {
    if let Some((s, e)) = crate::bank_records::bacs18(b, run_start) {
        return Some((s, e, Kind::UkBankAccount));
    }
    crate::bank_records::cbi_riba(b, run_start).map(|(s, e)| (s, e, Kind::BankAccount))
}

pub(crate) fn scan(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut cue = UkCue(None);
    let mut group_buf = [Group::default(); MAX_GROUPS];
    while i < n {
        match next_digit(b, i) {
            Some(at) => i = at,
            None => break,
        }
        let run_start = i;
        // Digits deep inside a word (a hash, a hex id, `12T09`) start
        // nothing: only a word's first digits, or digits after its one or
        // two leading letters (an IBAN's country, a BBAN's CIN), can. The
        // rest of such a word is skipped at once.
        let mut ws = run_start;
        while ws > 0 && run_start - ws < 3 && is_word(b[ws - 1]) {
            ws -= 1;
        }
        let glued = glued_to_card_word(b, run_start);
        let inside = !glued
            && ((run_start - ws == 3 && ws > 0 && is_word(b[ws - 1]))
                || !b[ws..run_start].iter().all(u8::is_ascii_alphabetic));
        if inside {
            // `name_api1.shop.com`: PayPal's classic API username, whose
            // signature is read near it.
            if b[run_start] == b'1'
                && run_start >= 4
                && &b[run_start - 4..run_start] == b"_api"
                && b.get(run_start + 1) == Some(&b'.')
            {
                crate::vendor::paypal_signatures(text, run_start - 4, out);
            }
            while i < n && is_word(b[i]) {
                i += 1;
            }
            continue;
        }
        // The country code right before the check digits, or a space
        // apart (`IT 60 X 05428 …`, as forms print it).
        let country = if run_start >= 2
            && b[run_start - 1].is_ascii_alphabetic()
            && b[run_start - 2].is_ascii_alphabetic()
        {
            Some(run_start - 2)
        } else if run_start >= 3
            && b[run_start - 1] == b' '
            && b[run_start - 2].is_ascii_uppercase()
            && b[run_start - 3].is_ascii_uppercase()
            && b.get(run_start + 2) == Some(&b' ')
            && b[run_start..run_start + 2].iter().all(u8::is_ascii_digit)
        {
            Some(run_start - 3)
        } else {
            None
        };
        // `CH 89002 827013 50 82805 7`: a country a space apart from
        // check digits glued to the number's first characters, grouped
        // any way. Only a valid IBAN is taken from this reading (so a
        // card after a country's letters is still read as one).
        if country.is_none()
            && run_start >= 3
            && b[run_start - 1] == b' '
            && b[run_start - 2].is_ascii_uppercase()
            && b[run_start - 3].is_ascii_uppercase()
            && boundary_before(b, run_start - 3)
            && b.get(run_start + 1).is_some_and(u8::is_ascii_digit)
            && let Some((end, compact)) = iban::read_at(b, run_start - 3)
            && boundary_after(b, end)
            && iban::is_valid(&compact)
        {
            out.push(Finding {
                kind: Kind::Iban,
                start: run_start - 3,
                end,
                confidence: Confidence::High,
            });
            i = end;
            continue;
        }
        if let Some(cs) = country
            && boundary_before(b, cs)
            && let Some((end, compact)) = iban::read_at(b, cs)
            && boundary_after(b, end)
        {
            // IBAN-shaped but failing mod-97: not a card either (unless the
            // read crossed a line or a cell, where something else may start).
            if !iban::is_valid(&compact) {
                // `FR76 1130 6920 5380 5898 O986 996`: OCR's letters for
                // digits, when mod-97 holds on the digits they stand for.
                if crate::ocr_confusions::iban_through_confusions(&compact).is_some() {
                    out.push(Finding {
                        kind: Kind::Iban,
                        start: cs,
                        end,
                        confidence: Confidence::Medium,
                    });
                    i = end;
                    continue;
                }
                if !b[run_start..end]
                    .iter()
                    .any(|&c| matches!(c, b'\n' | b'|' | b'\t'))
                {
                    i = end;
                    continue;
                }
            } else {
                out.push(Finding {
                    kind: Kind::Iban,
                    start: cs,
                    end,
                    confidence: Confidence::High,
                });
                i = end;
                continue;
            }
        }
        // National account numbers with check digits (RIB, CCC, and the
        // Italian BBAN led by its CIN letter).
        let lead = if run_start >= 1
            && b[run_start - 1].is_ascii_alphabetic()
            && boundary_before(b, run_start - 1)
        {
            Some(run_start - 1)
        } else if run_start >= 2
            && matches!(b[run_start - 1], b' ' | b'-')
            && b[run_start - 2].is_ascii_alphabetic()
            && boundary_before(b, run_start - 2)
        {
            Some(run_start - 2)
        } else if boundary_before(b, run_start) {
            Some(run_start)
        } else {
            None
        };
        // Shape first: a 4- or 5-digit code before a separator, a whole
        // 20- or 23-character number, or a CIN letter.
        let mut run_end = run_start;
        // Runs glued to a word (inside ids and hashes) are none of these.
        if lead.is_some() {
            while run_end < n && b[run_end].is_ascii_digit() && run_end - run_start < 24 {
                run_end += 1;
            }
        }
        let run_len = run_end - run_start;
        // `4242 4Z31 7883 8I93`: a card OCR misread, Luhn deciding. Only
        // a number that starts a word, of three digits or more, is tried.
        if lead == Some(run_start)
            && run_len >= 3
            && crate::ocr_confusions::may_be_confused_card(b, run_end)
            && let Some(end) = crate::ocr_confusions::card_through_confusions(b, run_start)
        {
            out.push(Finding {
                kind: Kind::CardNumber,
                start: run_start,
                end,
                confidence: Confidence::Medium,
            });
            i = end;
            continue;
        }
        // A short number standing alone ("401", "09:41", "2000 ms")
        // starts nothing: cards, accounts and codes need more digits, or
        // another group right after.
        if lead == Some(run_start) && run_len <= 4 {
            // (`, ` only before a card read aloud: see `comma_groups`.)
            let grouped = run_end < n
                && (matches!(b[run_end], b' ' | b'\t' | b'-' | b'.' | b'/' | b'_')
                    || (run_len == 4 && b[run_end] == b',' && b.get(run_end + 1) == Some(&b' ')))
                && b[run_end + 1..(run_end + 4).min(n)]
                    .iter()
                    .any(u8::is_ascii_digit);
            if !grouped {
                i = run_end;
                continue;
            }
        }
        if lead == Some(run_start)
            && let Some(e) = crate::vendor::telegram_at(b, run_start, run_end)
        {
            out.push(Finding {
                kind: Kind::VendorKey,
                start: run_start,
                end: e,
                confidence: Confidence::High,
            });
            i = e;
            continue;
        }
        // A line opening with a long run of digits may be a fixed-width
        // payment record whose layout places the account.
        if run_len == 24
            && lead == Some(run_start)
            && let Some((s, e, kind)) = fixed_width_record(b, run_start)
        {
            out.push(Finding {
                kind,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
            i = e.max(run_end);
            continue;
        }
        let shaped = (lead.is_some_and(|s| s < run_start) && matches!(run_len, 5 | 10 | 22))
            || (matches!(run_len, 4 | 5)
                && matches!(b.get(run_end), Some(b' ' | b'-' | b'/' | b'.'))
                && b.get(run_end + 1..run_end + 5)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit)))
            || matches!(run_len, 20 | 23)
            || (run_len >= 6 && b.get(run_end).is_some_and(u8::is_ascii_alphabetic));
        if shaped
            && let Some(s) = lead
            && let Some(end) = national::at(b, s)
        {
            out.push(Finding {
                kind: Kind::BankAccount,
                start: s,
                end,
                confidence: Confidence::High,
            });
            i = end;
            continue;
        }
        // ABI and CAB (5 digits each) joined to the account after them,
        // in any separators a table or a CSV put between them; or, after
        // an ABI OCR read with a letter for a digit (`055B4   39192
        // 000004840159`), this run is the CAB.
        if run_len == 5
            && boundary_before(b, run_start)
            && let Some((s, e)) = abi_cab_account(b, run_end).or_else(|| {
                ocr_confused_abi_before(b, run_start).and_then(|abi| abi_cab_account(b, abi))
            })
        {
            out.push(Finding {
                kind: Kind::BankAccount,
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
            i = e;
            continue;
        }
        // A UK sort code written as six digits, then the account's eight,
        // in a text that speaks of UK payments.
        if run_len == 6
            && boundary_before(b, run_start)
            && let Some(e) = uk_pair(b, run_start, run_end, &mut cue)
        {
            out.push(Finding {
                kind: Kind::UkBankAccount,
                start: run_start,
                end: e,
                confidence: Confidence::Medium,
            });
            i = e;
            continue;
        }
        // A fraction ("0.5307886532952182") is no card either.
        let fraction = run_start >= 2
            && matches!(b[run_start - 1], b'.' | b',')
            && b[run_start - 2].is_ascii_digit();
        // `SM56-W032-2509-…`: digits continuing a dashed code with letters.
        let dashed_code =
            run_start >= 2 && b[run_start - 1] == b'-' && b[run_start - 2].is_ascii_alphanumeric();
        if !(boundary_before(b, run_start) || glued)
            || (run_start > 0 && b[run_start - 1] == b'+')
            || fraction
            || dashed_code
        {
            // Glued to a word or a phone prefix: skip the whole digit run.
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        }
        // Walk the groups of this sequence; each group is a candidate start.
        let mut pos = run_start;
        loop {
            let count = read_groups(b, pos, &mut group_buf);
            if count == 0 {
                i = pos.max(i + 1);
                break;
            }
            let groups = &group_buf[..count];
            let found = card_at(b, groups)
                .or_else(|| (pos == run_start).then(|| card_run(b, run_start)).flatten())
                .or_else(|| {
                    (pos == run_start)
                        .then(|| comma_groups(b, run_start))
                        .flatten()
                });
            if let Some(end) = found {
                out.push(Finding {
                    kind: Kind::CardNumber,
                    start: pos,
                    end,
                    confidence: Confidence::High,
                });
                if let Some((s, e)) = cvv_after_card(b, end).or_else(|| cvv_near_card(b, pos, end))
                {
                    out.push(Finding {
                        kind: Kind::Cvv,
                        start: s,
                        end: e,
                        confidence: Confidence::High,
                    });
                }
                i = end;
                break;
            }
            // A sort code `NN-NN-NN` (or `NN NN NN` where the text speaks
            // of UK payments) and the account number after it: one span.
            let sep = groups[0].sep;
            if count >= 3
                && groups[..3].iter().all(|g| g.end - g.start == 2)
                && (sep == b'-' || sep == b' ')
                && groups[1].sep == sep
                && (groups[2].sep != b'-'
                    || groups
                        .get(3)
                        .is_some_and(|g| g.end - g.start == 8 && g.sep == 0))
                && (pos == run_start || b[pos - 1] != b'-')
                && boundary_after(b, groups[2].end)
                && let Some((_, e)) = account_after(b, groups[2].end)
                && (sep == b'-'
                    || cue.before(b, pos)
                    || account_word_before(b, pos)
                    || payee_before(b, pos))
            {
                out.push(Finding {
                    kind: Kind::UkBankAccount,
                    start: pos,
                    end: e,
                    confidence: Confidence::High,
                });
                i = e;
                break;
            }
            let g = groups[0];
            if g.sep == 0 {
                i = g.end;
                break;
            }
            // `0.5307886532952182`: the digits after a decimal point.
            if matches!(g.sep, b'.' | b',') && groups.get(1).is_some_and(|n| n.end - n.start > 6) {
                i = groups[1].end;
                break;
            }
            pos = g.end + 1;
            while pos < n && !b[pos].is_ascii_digit() {
                pos += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<Kind> {
        let mut v = Vec::new();
        scan(t, &mut v);
        v.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn a_card_grouped_by_bars() {
        assert_eq!(
            kinds("card 4539 | 9962 | 9041 | 7600 ok?"),
            [Kind::CardNumber]
        );
        assert_eq!(kinds("carta 3714 | 167464 | 53769 ok?"), [Kind::CardNumber]);
        // Cells of a table's row are no groups of one number.
        assert!(kinds("| 4539 | 9962 | 9041 | 7600 |").is_empty());
    }

    #[test]
    fn a_card_grouped_by_dots_among_other_separators() {
        assert_eq!(
            kinds("Credit card – 4111 1193.5391 8358\n"),
            [Kind::CardNumber]
        );
        assert_eq!(
            kinds("card 4000.0033-9792 6193 (expiry 03/31)"),
            [Kind::CardNumber]
        );
        // An amount's decimals after a group are no group.
        assert!(kinds("totale 4111 1193.53 EUR").is_empty());
    }

    #[test]
    fn next_digit_matches_naive_search() {
        let samples: [&[u8]; 6] = [
            b"",
            b"abc",
            b"abcdefgh9",
            b"////////::::::::0",
            b"\xff\xfe/09",
            b"0",
        ];
        for s in samples {
            for from in 0..=s.len() {
                let naive = s[from..]
                    .iter()
                    .position(u8::is_ascii_digit)
                    .map(|o| from + o);
                assert_eq!(next_digit(s, from), naive, "{s:?} {from}");
            }
        }
        let all: Vec<u8> = (0..=255u8).collect();
        for from in 0..all.len() {
            let naive = all[from..]
                .iter()
                .position(u8::is_ascii_digit)
                .map(|o| from + o);
            assert_eq!(next_digit(&all, from), naive);
        }
    }

    #[test]
    fn cards_in_layouts() {
        assert_eq!(
            kinds("card 4111 1111 1111 1111 exp"),
            vec![Kind::CardNumber]
        );
        assert_eq!(kinds("card 4111-1111-1111-1111"), vec![Kind::CardNumber]);
        assert_eq!(kinds("4111111111111111"), vec![Kind::CardNumber]);
        assert_eq!(kinds("amex 3782 822463 10005."), vec![Kind::CardNumber]);
        assert_eq!(kinds("ref 12 4111 1111 1111 1111"), vec![Kind::CardNumber]);
    }

    #[test]
    fn a_card_read_aloud_with_pauses_as_commas() {
        let t = "la carta 6444, 2371, 9958, 3054 le tre cifre";
        assert_eq!(kinds(t), vec![Kind::CardNumber]);
        // A list of numbers goes on, or fails Luhn.
        assert!(kinds("ports 5432, 6379, 8080, 9200, 9300").is_empty());
        assert!(kinds("codes 4111, 1111, 1111, 1112.").is_empty());
    }

    #[test]
    fn a_card_between_a_rows_index_and_the_next_column() {
        // A data frame's row: the index, then the card, then an amount,
        // each apart by a wider gap than the card's groups are.
        let t = "3  4805 5848 2190 0091  16089.79  declined";
        assert_eq!(kinds(t), vec![Kind::CardNumber]);
        let t = "0  5542 2636 9345 3225   1260 pending";
        assert_eq!(kinds(t), vec![Kind::CardNumber]);
        // Groups all apart by the same gap go on as one longer number.
        assert!(kinds("5542 2636 9345 3225 1260 4477").is_empty());
        assert!(kinds("5542  2636  9345  3225  1260").is_empty());
    }

    #[test]
    fn non_cards() {
        assert!(kinds("4111111111111112").is_empty());
        assert!(kinds("id4111111111111111").is_empty());
        assert!(kinds("+4111111111111111").is_empty());
        assert!(kinds("4111111111111111.50").is_empty());
        assert!(kinds("ts 1700000000000").is_empty());
        assert!(kinds("2024-03-12T09:41:00Z").is_empty());
    }

    #[test]
    fn a_security_code_after_a_card_and_its_expiry() {
        let spans = |t: &str| -> Vec<(Kind, String)> {
            let mut v = Vec::new();
            scan(t, &mut v);
            v.iter()
                .map(|f| (f.kind, t[f.start..f.end].to_owned()))
                .collect()
        };
        assert_eq!(
            spans("carta 4539 1488 0343 6467 scad 11/29 cvc 731 grazie")[1],
            (Kind::Cvv, "731".to_owned())
        );
        assert_eq!(
            spans("card 4539148803436467, exp 11/2029, and the code on the back: 0452.")[1],
            (Kind::Cvv, "0452".to_owned())
        );
        assert_eq!(
            spans("4539148803436467 scadenza 11/29\nAgente: e il codice?\nCliente: 318\n")[1],
            (Kind::Cvv, "318".to_owned())
        );
        // An amount, an order number with no word about a code, a year.
        assert_eq!(spans("4539148803436467 exp 11/29, paid $ 120").len(), 1);
        assert_eq!(spans("4539148803436467 exp 11/29 order 8812").len(), 1);
        assert_eq!(spans("4539148803436467 exp 11/29 code 12.50 EUR").len(), 1);
        assert_eq!(spans("4539148803436467 exp 11/29 codice 2029").len(), 2);
    }

    #[test]
    fn a_uk_pair_where_the_text_names_the_uk() {
        assert_eq!(
            kinds("the customer's UK details: 601613 / 31926819 thanks"),
            vec![Kind::UkBankAccount]
        );
        assert_eq!(
            kinds("refund £12 to 601613 31926819"),
            vec![Kind::UkBankAccount]
        );
        assert!(kinds("order 601613 / 31926819 shipped").is_empty());
    }

    #[test]
    fn a_uk_pair_with_its_short_labels_or_after_a_payee_word() {
        assert_eq!(kinds("s/c 402217 a/c 61835529"), vec![Kind::UkBankAccount]);
        assert_eq!(
            kinds("kindly remit the balance to 402217 61835529 at Lloyds"),
            vec![Kind::UkBankAccount]
        );
        assert_eq!(
            kinds("Kindly transfer the refund to 40 22 17 61835529."),
            vec![Kind::UkBankAccount]
        );
        // Without a word of paying, or with `to` far from the number.
        assert!(kinds("batch 402217 20260417 closed").is_empty());
        assert!(kinds("pay run moved to Friday, batch 402217 20260417").is_empty());
    }

    #[test]
    fn ibans_and_sort_codes() {
        assert_eq!(
            kinds("IBAN IT60 X054 2811 1010 0000 0123 456"),
            vec![Kind::Iban]
        );
        assert_eq!(kinds("gb29nwbk60161331926819"), vec![Kind::Iban]);
        assert!(kinds("DE89370400440532013001").is_empty());
        assert_eq!(
            kinds("20-00-00 account 12345678"),
            vec![Kind::UkBankAccount]
        );
        assert!(kinds("on 12-03-24 at noon").is_empty());
    }

    #[test]
    fn a_uk_pair_after_bank_details_named_in_another_language() {
        let t = "cliente;coordinate;importo\nA B;30 94 57  18342290;12,00\n";
        assert_eq!(crate::found(t), ["30 94 57  18342290"]);
        // Without a word about payments the pair is two numbers.
        assert!(crate::found("lotto 309457 18342290 spedito").is_empty());
    }

    #[test]
    fn a_card_copied_in_halves_with_a_bare_slash() {
        assert_eq!(
            crate::found("carta 45391488/03436467 scad 04/28"),
            ["45391488/03436467"]
        );
        // Dates, file numbers and a Luhn-failing pair are none.
        assert!(crate::found("pratica 2026/4412 del 03/12/2026").is_empty());
        assert!(crate::found("rif. 45391488/03436468").is_empty());
    }

    #[test]
    fn an_abi_read_by_ocr_with_a_letter() {
        let t = "CIN   ABI   CAB   Conto\nI   055B4   39192   000004840159\n";
        assert!(crate::has(t, "000004840159"), "{t}");
        // Four letters are a word, not a misread ABI.
        assert!(crate::found("ref SOLD1 12345 678901234\n").is_empty());
    }
}
