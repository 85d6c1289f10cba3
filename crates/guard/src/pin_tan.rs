//! PIN/TAN banking clients' calls (python-fints): `FinTS3PinTanClient(
//! blz, user, pin, url)` takes the online-banking PIN as its third
//! argument, `send_tan(challenge, tan)` the one-time TAN as its second.
//! A quoted literal there is the PIN or the TAN; a name or a call
//! (`getpass()`, `os.environ[…]`) is not read.
//!
//! Found from two fixed names searched over the text (their searchers
//! built once); each call's arguments are read within a fixed reach.

use crate::{Confidence, Finding, Kind};

const REACH: usize = 400;

/// Adds the PINs and TANs handed to these calls that no finding covers,
/// keeping the findings in order.
pub(crate) fn find(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let before = found.len();
    static NAMES: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        [
            memchr::memmem::Finder::new(b"PinTanClient("),
            memchr::memmem::Finder::new(b"send_tan("),
        ]
    });
    for (finder, index) in names.iter().zip([2, 1]) {
        for at in finder.find_iter(b) {
            let Some((s, e)) = argument(b, at + finder.needle().len(), index) else {
                continue;
            };
            if !found.iter().any(|f| f.start < e && f.end > s) {
                found.push(Finding {
                    kind: Kind::Pin,
                    start: s,
                    end: e,
                    confidence: Confidence::High,
                });
            }
        }
    }
    if found.len() > before {
        found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    }
}

/// The `index`th argument from `open` (just past the parenthesis) when it
/// is a quoted literal of 4 to 64 bytes without spaces or brackets: the
/// span inside its quotes.
fn argument(b: &[u8], open: usize, index: usize) -> Option<(usize, usize)> {
    let hi = (open + REACH).min(b.len());
    let mut i = open;
    let mut n = 0;
    let mut depth = 0usize;
    while i < hi {
        match b[i] {
            q @ (b'\'' | b'"') => {
                let close = i + 1 + memchr::memchr(q, &b[i + 1..hi])?;
                if n == index && depth == 0 {
                    let lit = &b[i + 1..close];
                    let after = b[close + 1..hi].iter().find(|c| !c.is_ascii_whitespace())?;
                    let ok = (4..=64).contains(&lit.len())
                        && lit
                            .iter()
                            .all(|c| c.is_ascii_graphic() && !matches!(c, b'[' | b']'))
                        && matches!(after, b',' | b')');
                    return ok.then_some((i + 1, close));
                }
                i = close;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            b',' if depth == 0 => n += 1,
            _ => {}
        }
        if n > index {
            return None;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn the_pin_and_the_tan_of_a_pin_tan_client_are_found() {
        let t = "client = FinTS3PinTanClient('43060967', USER, '37532', 'https://banking.example/fints',\n    product_id='B0FW3G795Q2ZRZY')\n";
        assert_eq!(found(t), ["37532"]);
        let t = "client = FinTS3PinTanClient('43060967', 'giulia_b', 'eck8jslO', URL)\n";
        assert_eq!(found(t), ["eck8jslO"]);
        let t = "    client.send_tan(res, '175958')  # TAN from the chipTAN reader\n";
        assert_eq!(found(t), ["175958"]);
    }

    #[test]
    fn names_and_reads_pass() {
        let t = "client = FinTS3PinTanClient('43060967', USER, getpass.getpass('PIN: '), URL)\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "client = FinTS3PinTanClient(blz, user, pin, url)\nclient.send_tan(res, tan)\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "client.send_tan(res, input('TAN: '))\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }
}
