//! An aside between a key and the copula that hands its value over:
//! "codice sblocco (quella che ha impostato Anna ieri) è 5143", "PIN -
//! the one we set up when we opened - is 5744". A remark in parentheses
//! or between spaced dashes, after the key and at most two more words,
//! says who set the value or when; the value follows the copula as if
//! the remark were not there.

/// Words after a key before its aside: letters only, at most two.
fn skip_words(b: &[u8], mut i: usize) -> usize {
    for _ in 0..2 {
        let mut j = i;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        let w = j;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j == w || j - w > 14 || matches!(b.get(j), Some(b'(')) {
            break;
        }
        if b.get(j) != Some(&b' ') {
            break;
        }
        i = j;
    }
    i
}

/// Where the aside after `key_end` ends, when a copula (`is`, `è`, `=`)
/// follows it: the key is then read as ending there. The aside is one
/// line, 6 to 90 bytes, with no digit (a value is never inside it).
#[inline(never)]
pub(crate) fn after_aside(b: &[u8], key_end: usize) -> Option<usize> {
    let i = skip_words(b, key_end);
    let rest = b.get(i..)?;
    let (open, close): (&[u8], &[u8]) = if rest.starts_with(b" (") {
        (b" (", b")")
    } else if rest.starts_with(b" - ") || rest.starts_with(" \u{2014} ".as_bytes()) {
        let d = if rest.starts_with(b" - ") {
            &b" - "[..]
        } else {
            " \u{2014} ".as_bytes()
        };
        (d, d)
    } else {
        return None;
    };
    let s = i + open.len();
    let lim = (s + 90).min(b.len());
    let inner = &b[s..lim];
    let c = memchr::memmem::find(inner, close)?;
    let aside = &inner[..c];
    if c < 6 || aside.contains(&b'\n') || aside.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let e = s + c + close.len();
    // After `)`, a space then the copula; after a closing dash (its space
    // included), the copula at once. The key is read as ending at the
    // space before the copula.
    let copula_at = if close == b")" {
        if b.get(e) != Some(&b' ') {
            return None;
        }
        e + 1
    } else {
        e
    };
    let after = b.get(copula_at..)?;
    [&b"is "[..], b"= ", b": ", "\u{e8} ".as_bytes()]
        .iter()
        .any(|w| after.starts_with(w))
        .then_some(copula_at - 1)
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_remark_between_a_key_and_its_copula() {
        assert_eq!(
            found("PIN (the one Marta chose last spring) is 7305\n"),
            ["7305"]
        );
        assert_eq!(
            found("codice sblocco (quello che ha scelto Marta) è 7305"),
            ["7305"]
        );
        assert_eq!(found("the PIN - the one Marta chose - is 7305"), ["7305"]);
        // A remark naming something else with a number inside, or no
        // copula after it: nothing read past it.
        assert!(found("PIN (see page 4 of the manual) for the terminal").is_empty());
    }
}
