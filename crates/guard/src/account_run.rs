//! A national account number is written as groups: the bank's code, the
//! branch's, then the account (`05034/55138/010021410065`, Germany's
//! `075 092 36 / 9107272901`, `03111 61796 100083603092`). A rule that
//! read only one group (the account after its bank code, or the bank code
//! before its account) left the rest of the number in the clear; the
//! finding is widened here to the whole run of digit groups the value is.
//!
//! Each finding looks at most a few groups (bounded bytes) either side,
//! so the pass is linear.

use crate::{Finding, Kind};

/// Groups joined to an account at most.
const MAX_GROUPS: usize = 3;

/// A separator between groups of one number at `i`: one space, two
/// spaces, `/`, `-`, or ` / `. Its length.
fn separator_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..) {
        Some([b' ', b'/', b' ', ..]) => Some(3),
        Some([b' ', b' ', c, ..]) if c.is_ascii_digit() => Some(2),
        Some([b' ' | b'/' | b'-', c, ..]) if c.is_ascii_digit() => Some(1),
        _ => None,
    }
}

/// A separator ending at `end` (just before a group): its length.
fn separator_before(b: &[u8], end: usize) -> Option<usize> {
    [3, 2, 1].into_iter().find(|&n| {
        end >= n
            && separator_at(b, end - n) == Some(n)
            && (end - n == 0 || b[end - n - 1].is_ascii_digit())
    })
}

/// Where a value starts: after a key's `:`, `=`, a cell's `|`, a tab or
/// the line's start, with spaces between.
fn value_start(b: &[u8], s: usize) -> bool {
    let mut k = s;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    k == 0
        || matches!(b[k - 1], b':' | b'=' | b'|' | b'\t' | b'\n')
        || k < s && k > 0 && b[k - 1].is_ascii_alphabetic()
}

/// Where a value ends: the line's end, a cell's border, a wide gap, or
/// punctuation ending a sentence.
fn value_end(b: &[u8], e: usize) -> bool {
    match b.get(e..) {
        None | Some([]) => true,
        Some([b'\n' | b'\r' | b'|' | b'\t', ..]) => true,
        Some([b' ', b' ' | b'|', ..]) => true,
        Some([b'.' | b',' | b';' | b')', rest @ ..]) => {
            rest.first().is_none_or(|c| c.is_ascii_whitespace())
        }
        Some([b' ', ..]) => false,
        _ => false,
    }
}

/// `f` widened over the digit groups that join it into one number.
fn widened(b: &[u8], f: &Finding) -> Option<(usize, usize)> {
    let (mut s, mut e) = (f.start, f.end);
    // Backward: groups of 2 to 8 digits (bank and branch codes).
    let mut groups = 0;
    while groups < MAX_GROUPS {
        let Some(n) = separator_before(b, s) else {
            break;
        };
        let ge = s - n;
        let mut gs = ge;
        while gs > 0 && ge - gs < 9 && b[gs - 1].is_ascii_digit() {
            gs -= 1;
        }
        if !(2..=8).contains(&(ge - gs)) || (gs > 0 && b[gs - 1].is_ascii_alphanumeric()) {
            break;
        }
        s = gs;
        groups += 1;
    }
    if groups == 0
        && let Some(blz) = bank_code_before_konto(b, s)
    {
        s = blz;
    }
    // Forward: an account after a bank code that was read alone (at most
    // 8 digits were found).
    let digits = b[f.start..f.end]
        .iter()
        .filter(|c| c.is_ascii_digit())
        .count();
    if digits <= 8
        && let Some(n) = separator_at(b, e)
    {
        let gs = e + n;
        let mut ge = gs;
        while ge < b.len() && ge - gs < 13 && b[ge].is_ascii_digit() {
            ge += 1;
        }
        if (6..=12).contains(&(ge - gs)) && value_end(b, ge) {
            e = ge;
        }
    }
    if (s, e) == (f.start, f.end) || !value_start(b, s) || !value_end(b, e) {
        return None;
    }
    Some((s, e))
}

/// `BLZ 43060967 Kto 4071300700`: a German account written with its
/// bank code before it and the account's word between (Kto, Kto.,
/// Konto, Konto-Nr., Kontonummer) is one number, as a sort code and its
/// account are: where the finding at `s` has such a word before it and
/// eight digits after "BLZ" before that, the start of those digits.
#[inline(never)]
fn bank_code_before_konto(b: &[u8], s: usize) -> Option<usize> {
    let lo = s.saturating_sub(40);
    let before = &b[lo..s];
    let trimmed = before.trim_ascii_end();
    let mut w = trimmed.len();
    while w > 0
        && (trimmed[w - 1].is_ascii_alphabetic() || matches!(trimmed[w - 1], b'.' | b'-' | b':'))
    {
        w -= 1;
    }
    let word = trimmed[w..].to_ascii_lowercase();
    let word = word.trim_ascii_end();
    let word = word.strip_suffix(b":").unwrap_or(word);
    if !matches!(
        word,
        b"kto"
            | b"kto."
            | b"konto"
            | b"kto.-nr."
            | b"kto-nr."
            | b"konto-nr."
            | b"kontonummer"
            | b"konto-nr"
    ) {
        return None;
    }
    let rest = trimmed[..w].trim_ascii_end();
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits != 8 {
        return None;
    }
    let label = rest[..rest.len() - 8].trim_ascii_end();
    let label = label.strip_suffix(b":").unwrap_or(label).trim_ascii_end();
    let n = label.len();
    (n >= 3
        && label[n - 3..].eq_ignore_ascii_case(b"blz")
        && (n == 3 || !label[n - 4].is_ascii_alphanumeric()))
    .then_some(lo + rest.len() - 8)
}

/// Widens each bank account finding in place; true when any changed.
pub(crate) fn widen(text: &str, found: &mut [Finding]) -> bool {
    let b = text.as_bytes();
    let mut changed = false;
    for f in found.iter_mut() {
        if !matches!(f.kind, Kind::BankAccount) {
            continue;
        }
        if let Some((s, e)) = widened(b, f) {
            f.start = s;
            f.end = e;
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn the_bank_and_branch_codes_join_their_account() {
        let t = "payee_bank: 07601/22150/000044871203\n";
        let all = found(t);
        assert!(all.iter().all(|v| v.contains('/')), "{all:?}");
    }

    #[test]
    fn a_german_bank_code_joins_its_konto() {
        assert_eq!(
            found("our supplier texted:\nBLZ 43060967 Kto 4071300700\nwhat now?"),
            ["43060967 Kto 4071300700"]
        );
        // A BLZ alone is public.
        assert!(found("BLZ 43060967, Commerzbank").is_empty());
    }

    #[test]
    fn a_number_beside_an_account_on_its_own_line_stays_apart() {
        // A whole account read first takes no number after it.
        let t = "conto: 000044871203 / 77812345 ordine\n";
        assert_eq!(found(t), ["000044871203"]);
    }
}
