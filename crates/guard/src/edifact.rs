//! EDIFACT payment messages (PAYMUL, PAYORD, PAYEXT): the `FII` segment
//! (financial institution information) names a party's bank and, first in
//! its account composite, the party's account number:
//! `FII+BF+0378209096:ALESSANDRO BRUNO+43060967:25:137'`. The account is
//! read by the segment's grammar, whatever surrounds it.

use crate::{Confidence, Finding, Kind};

/// `starts`: where `FII+` occurs (from `landmarks`).
pub(crate) fn scan(text: &str, starts: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &p in starts {
        // A segment starts a line or follows the segment terminator.
        if p > 0 && !matches!(b[p - 1], b'\n' | b'\'' | b'\r') {
            continue;
        }
        // The party qualifier (`BF`, `OR`, `BE`, `PY`…), then `+`.
        let q = p + 4;
        let mut i = q;
        while i < b.len() && i - q < 3 && b[i].is_ascii_uppercase() {
            i += 1;
        }
        if i - q < 2 || b.get(i) != Some(&b'+') {
            continue;
        }
        let s = i + 1;
        let mut e = s;
        while e < b.len() && e - s <= 34 && b[e].is_ascii_alphanumeric() {
            e += 1;
        }
        let n = e - s;
        let digits = b[s..e].iter().filter(|c| c.is_ascii_digit()).count();
        if (6..=34).contains(&n) && digits >= 6 && matches!(b.get(e), Some(b':' | b'+' | b'\'')) {
            let valid_iban = crate::iban::is_valid(&b[s..e]);
            out.push(Finding {
                kind: if valid_iban {
                    Kind::Iban
                } else {
                    Kind::BankAccount
                },
                start: s,
                end: e,
                confidence: Confidence::Medium,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_account_in_an_fii_segment_is_read() {
        let t = "MOA+9:32516.66:EUR'\nFII+BF+0378209096:ALESSANDRO BRUNO+43060967:25:137'\nFII+OR++43060967:25:137'";
        let starts: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), b"FII+").collect();
        let mut out = Vec::new();
        super::scan(t, &starts, &mut out);
        let got: Vec<&str> = out.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, ["0378209096"]);
    }
}
