//! A PIN mailer's way of handing a PIN over: the sentence naming it says
//! it is "shown below" ("qui sotto", "di seguito"), and the PIN stands
//! alone on a line further down (blank lines and indentation between),
//! whatever other numbers (a masked card's last digits) the sentence holds.

/// Words saying the value is on the lines below.
const BELOW: &[&[u8]] = &[
    b"below",
    b"qui sotto",
    b"di seguito",
    b"sotto riportato",
    b"riportato sotto",
];

/// After a PIN's key at `key_end`: the rest of its line says "below", and
/// the first non-blank line within the next three holds only four to
/// eight digits (indented or not). Returns their span.
#[inline(never)]
pub(crate) fn pin_below(b: &[u8], key_end: usize) -> Option<(usize, usize)> {
    let lim = (key_end + 160).min(b.len());
    let nl = key_end + memchr::memchr(b'\n', &b[key_end..lim])?;
    let rest = b[key_end..nl].to_ascii_lowercase();
    if !BELOW
        .iter()
        .any(|w| memchr::memmem::find(&rest, w).is_some())
    {
        return None;
    }
    let mut ls = nl + 1;
    for _ in 0..3 {
        let hi = (ls + 200).min(b.len());
        let le = memchr::memchr(b'\n', &b[ls.min(hi)..hi]).map_or(hi, |p| ls + p);
        let line = b.get(ls..le)?;
        let t = line.trim_ascii();
        if t.is_empty() {
            ls = le + 1;
            continue;
        }
        let s = ls + (line.len() - line.trim_ascii_start().len());
        return ((4..=8).contains(&t.len()) && t.iter().all(u8::is_ascii_digit))
            .then_some((s, s + t.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as};

    #[test]
    fn a_pin_mailers_pin_stands_below_its_sentence() {
        let t = "Dear Customer,\n\nThe PIN for your card ending **** 4410 is printed below.\n\n        6021\n\nDestroy this letter.";
        assert_eq!(found_as(t, Kind::Pin), ["6021"]);
        // A number below that is not alone on its line is something else.
        let t = "The PIN policy is explained below.\n\nSection 2041 of the handbook";
        assert!(found_as(t, Kind::Pin).is_empty());
    }
}
