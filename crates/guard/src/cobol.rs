//! Records described by a COBOL copybook pasted above them (`05 RA-CVV
//! PIC 9(3).`): each data line below holds the fields in the copybook's
//! order, one space or more apart. A field whose name says it holds a
//! card's security code, a PIN or an account number gives its kind to
//! the token in its place on every record, when the tokens before it fit
//! their fields' widths and the token fills its own.

use crate::{Confidence, Finding, Kind};

/// A field's kind from its name's parts (`RA-CVV`, `PM-PIN`, `RR-CONTO`).
fn kind_of(name: &[u8]) -> Option<Kind> {
    name.split(|&c| c == b'-' || c == b'_').find_map(|p| {
        let p = p.to_ascii_uppercase();
        match p.as_slice() {
            b"CVV" | b"CVV2" | b"CVC" | b"CVC2" | b"CID" | b"CSC" => Some(Kind::Cvv),
            b"PIN" | b"OTP" => Some(Kind::Pin),
            b"CONTO" | b"ACCOUNT" | b"ACCT" | b"KONTO" => Some(Kind::BankAccount),
            b"PWD" | b"PASSWORD" | b"PASSWD" => Some(Kind::Password),
            _ => None,
        }
    })
}

/// A picture's width and whether it is numeric: `X(19)` 19, `9(9)V99` 11,
/// `S9(5)` 5, `XX` 2.
fn width(pic: &[u8]) -> Option<(usize, bool)> {
    let mut n = 0;
    let mut numeric = true;
    let mut i = 0;
    while i < pic.len() {
        let c = pic[i].to_ascii_uppercase();
        match c {
            b'X' | b'A' | b'9' => {
                numeric &= c == b'9';
                if pic.get(i + 1) == Some(&b'(') {
                    let close = pic[i + 2..].iter().position(|&x| x == b')')? + i + 2;
                    n += std::str::from_utf8(&pic[i + 2..close])
                        .ok()?
                        .parse::<usize>()
                        .ok()?;
                    i = close + 1;
                } else {
                    n += 1;
                    i += 1;
                }
            }
            b'V' | b'S' => i += 1,
            b'.' if i + 1 == pic.len() => i += 1,
            _ => return None,
        }
    }
    (n > 0 && n <= 64).then_some((n, numeric))
}

/// A copybook line: a level number, a name, `PIC`, a picture.
fn field(line: &[u8]) -> Option<(&[u8], usize, bool)> {
    let mut w = line
        .split(|c| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty());
    let level = w.next()?;
    if level.len() != 2 || !level.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let name = w.next()?;
    let pic = w.next()?;
    if !pic.eq_ignore_ascii_case(b"PIC") && !pic.eq_ignore_ascii_case(b"PICTURE") {
        return None;
    }
    let (n, numeric) = width(w.next()?)?;
    Some((name, n, numeric))
}

fn lines(b: &[u8], from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |o| at + o);
        let s = at;
        at = end + 1;
        Some((s, end))
    })
}

/// `pics`: where ` PIC ` occurs (from `landmarks`), in order.
pub(crate) fn scan(text: &str, pics: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut done = 0;
    for &p in pics {
        if p < done {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..p]).map_or(0, |o| o + 1);
        let mut fields: Vec<(usize, bool, Option<Kind>)> = Vec::new();
        let mut data = None;
        for (s, e) in lines(b, ls) {
            done = e + 1;
            let line = &b[s..e];
            if let Some((name, n, numeric)) = field(line) {
                fields.push((n, numeric, kind_of(name)));
                continue;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            data = Some(s);
            break;
        }
        let Some(data) = data else {
            continue;
        };
        if !fields.iter().any(|f| f.2.is_some()) {
            continue;
        }
        for (s, e) in lines(b, data).take(500) {
            done = e + 1;
            let line = &b[s..e];
            if line.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            let mut tokens = Vec::new();
            let mut i = s;
            while i < e {
                while i < e && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                let t = i;
                while i < e && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i > t {
                    tokens.push((t, i));
                }
            }
            for (k, &(n, numeric, kind)) in fields.iter().enumerate() {
                let Some(&(ts, te)) = tokens.get(k) else {
                    break;
                };
                let tok = &b[ts..te];
                let fits = if numeric {
                    te - ts == n && tok.iter().all(u8::is_ascii_digit)
                } else {
                    te - ts <= n
                };
                if !fits && k + 1 < fields.len() {
                    // The record does not follow the copybook here.
                    break;
                }
                if let Some(kind) = kind
                    && te - ts == n
                    && fits
                {
                    out.push(Finding {
                        kind,
                        start: ts,
                        end: te,
                        confidence: Confidence::Medium,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_field_named_cvv_is_read_on_each_record() {
        let t = "01 REC.\n   05 RA-PAN      PIC 9(16).\n   05 RA-SCAD     PIC 9(4).\n   05 RA-CVV      PIC 9(3).\n   05 RA-NOME     PIC X(20).\n\n4929389755731095 0229 779 LAURA JONES\n4716074088667599 0926 810 GIULIA TAYLOR\n";
        let pics: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), b" PIC ").collect();
        let mut out = Vec::new();
        super::scan(t, &pics, &mut out);
        let got: Vec<&str> = out.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, ["779", "810"]);
    }
}
