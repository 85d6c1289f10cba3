//! Fixed-width payment records whose layout says where the account is:
//! a BACS Standard 18 line (UK: the payee's sort code and account open
//! the record) and a CBI RiBa "14" record (Italy: after the amount's sign,
//! the creditor's ABI, CAB and conto). Such a record is one run of digits
//! with nothing that names its fields, so only the record's shape (its
//! place at a line's start, its type and its field widths) can say which
//! digits are the account. Called from the digit pass when a line opens
//! with a run of 24 digits or more.

use crate::text::is_word;

/// The bytes before `pos` on its line are only a quote's `>` and spaces
/// (at most eight): the run starts the line, as a record does.
fn starts_line(b: &[u8], pos: usize) -> bool {
    let mut i = pos;
    while i > 0 && pos - i < 8 && matches!(b[i - 1], b' ' | b'>') {
        i -= 1;
    }
    i == 0 || b[i - 1] == b'\n'
}

/// Digits from `from`, counted up to 64 (a record's run is 46 at most).
fn digits_from(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .take(64)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// BACS Standard 18: sort code (6), account (8), account type (1) and a
/// transaction code (`99` bank giro credit, `17` direct debit, `01`,
/// `18`, `19` the first and re-presented ones), then the originator's
/// sort code and account and the amount (11) — 28 digits at least —
/// and a name in capitals. Returns the sort code and account's span.
#[inline(never)]
pub(crate) fn bacs18(b: &[u8], run_start: usize) -> Option<(usize, usize)> {
    if !starts_line(b, run_start) {
        return None;
    }
    let n = digits_from(b, run_start);
    if !(28..=46).contains(&n) {
        return None;
    }
    let tx = &b[run_start + 15..run_start + 17];
    if !matches!(tx, b"99" | b"17" | b"01" | b"18" | b"19") {
        return None;
    }
    // The amount is followed by a name in capitals (or the padding
    // before it).
    let after = run_start + n;
    b.get(after)
        .is_some_and(|&c| c.is_ascii_uppercase() || c == b' ')
        .then_some((run_start, run_start + 14))
}

/// A CBI RiBa record of type 14 (`' '` then `14` opening the line): up
/// to the amount's sign `-` only digits and spaces, then ABI (5), CAB
/// (5) and the 12-character conto (digits, or letters leading them).
/// Returns the span from the ABI to the conto's end.
#[inline(never)]
pub(crate) fn cbi_riba(b: &[u8], run_start: usize) -> Option<(usize, usize)> {
    if run_start == 0 || b[run_start - 1] != b' ' || !starts_line(b, run_start - 1) {
        return None;
    }
    if b.get(run_start..run_start + 2) != Some(b"14") {
        return None;
    }
    let lim = (run_start + 80).min(b.len());
    let mut i = run_start;
    while i < lim && (b[i].is_ascii_digit() || b[i] == b' ') {
        i += 1;
    }
    if i >= lim || b[i] != b'-' || !b[i - 1].is_ascii_digit() {
        return None;
    }
    let s = i + 1;
    let e = s + 22;
    let fields = b.get(s..e)?;
    if !fields[..10].iter().all(u8::is_ascii_digit)
        || !fields[10..].iter().all(u8::is_ascii_alphanumeric)
        || fields[10..].iter().filter(|c| c.is_ascii_digit()).count() < 8
        || b.get(e).is_some_and(|&c| is_word(c))
    {
        return None;
    }
    Some((s, e))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found, found_as};

    #[test]
    fn a_bacs_standard_18_line_opens_with_the_payees_account() {
        let t = "payroll file row:\n2071054417239809900000012050ACME TOOLING LTD  PAYRUN-0419\n";
        assert_eq!(found_as(t, Kind::UkBankAccount), ["20710544172398"]);
        // Quoted in a reply, the same.
        let q = "> 2071054417239809900000012050ACME TOOLING LTD  PAYRUN-0419\n";
        assert_eq!(found(q), ["20710544172398"]);
        // A long number in prose, a transaction code that is none, or a
        // run that does not open its line: no record.
        assert!(found("ref 2071054417239809900000012050ACME").is_empty());
        assert!(found("2071054417239852900000012050ACME TOOLING").is_empty());
    }

    #[test]
    fn a_cbi_riba_record_places_abi_cab_and_conto_after_the_sign() {
        let t = "tracciato:\n 1400012340000000000000012345-0842011102000000481516   03069\n";
        assert_eq!(found(t), ["0842011102000000481516"]);
        // Another record type, or no sign before the fields: nothing.
        assert!(found(" 2000012340000000000000012345-0842011102000000481516   03069").is_empty());
        assert!(found(" 1400012340000000000000012345 0842011102000000481516").is_empty());
    }
}
