//! A mail body pasted as it travelled: `Content-Transfer-Encoding:
//! quoted-printable`. The encoding writes `=` as `=3D` and breaks lines
//! longer than 76 characters with a soft break (`=` at the line's end),
//! so `export SMS_CODE=3D11955` hides its key's `=` and a long token
//! arrives cut in two. When the text declares the encoding and holds a
//! `=3D`, the body is read decoded (`=3D` as `=`, `=20` as a space, soft
//! breaks dropped) with a map back to the original bytes, scanned by the
//! same rules, and what is found there is added.
//!
//! Two `memmem` searches gate it; the decoding is one pass.

use crate::{Finding, scanner};

/// `quoted-printable`, in any case, somewhere in `b`.
fn declared(b: &[u8]) -> bool {
    memchr::memmem::find_iter(b, b"-printable")
        .chain(memchr::memmem::find_iter(b, b"-Printable"))
        .chain(memchr::memmem::find_iter(b, b"-PRINTABLE"))
        .any(|at| at >= 6 && b[at - 6..at].eq_ignore_ascii_case(b"quoted"))
}

/// The decoded text and, for each of its bytes, the original span.
fn decode(text: &str) -> Option<(String, Vec<(usize, usize)>)> {
    let b = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut orig: Vec<(usize, usize)> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            let next = b.get(i + 1..(i + 3).min(b.len())).unwrap_or(&[]);
            let soft = match next {
                [b'\n', ..] => 2,
                [b'\r', b'\n'] => 3,
                _ => 0,
            };
            if soft > 0 {
                i += soft;
                continue;
            }
            let c = match next {
                [b'3', b'D' | b'd'] => Some(b'='),
                [b'2', b'0'] => Some(b' '),
                _ => None,
            };
            if let Some(c) = c {
                out.push(c);
                orig.push((i, i + 3));
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        orig.push((i, i + 1));
        i += 1;
    }
    // Only ASCII bytes were replaced or dropped: the rest is whole UTF-8.
    let out = String::from_utf8(out).ok()?;
    Some((out, orig))
}

/// Findings in the decoded body of a quoted-printable text, mapped back
/// and added to `found`. Returns whether any was added.
pub(crate) fn extend(text: &str, found: &mut Vec<Finding>) -> bool {
    let b = text.as_bytes();
    if memchr::memmem::find(b, b"=3D").is_none() || !declared(b) {
        return false;
    }
    let Some((view, orig)) = decode(text) else {
        return false;
    };
    let before = found.len();
    for f in scanner::scan(&view) {
        if f.end <= f.start {
            continue;
        }
        let (start, end) = (orig[f.start].0, orig[f.end - 1].1);
        // What the body read plain already holds whole is not added again
        // (a part of it, a token cut by a soft break, is widened).
        if found
            .iter()
            .take(before)
            .any(|g| g.start <= start && end <= g.end)
        {
            continue;
        }
        found.push(Finding { start, end, ..f });
    }
    found.len() > before
}

#[cfg(test)]
mod tests {
    use crate::found;

    const HEAD: &str = "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n";

    #[test]
    fn a_quoted_printable_body_is_read_decoded() {
        let t = format!(
            "{HEAD}Morning,\nexport SMS_CODE=3D11955\nSECRET=3Dkeyring.get_password(\"desk\", user)\n"
        );
        assert_eq!(found(&t), ["11955"]);
        let tok = "1//0gmeWUk3sY6129e2sZNl-5paThG4opCVnsKya1OWCFD9kEZdVFLAo1B=\nydRQemhnZPADJ2AcsevxhNls7hzjVgcanXdW5_sgVSC1";
        let t = format!("{HEAD}TASK_ID=3D\"task_7S2Z4AZ3\"\nREFRESH_TOKEN=3D'{tok}'\n\nThx");
        assert_eq!(found(&t), [tok]);
    }

    #[test]
    fn without_the_declaration_or_an_escape_nothing_changes() {
        // `=3D` in a text that declares no encoding stays as written.
        assert!(found("export SMS_CODE=3D11955\n").is_empty());
        // A declared body without `=3D` is scanned as it is.
        let t = format!("{HEAD}Hello=\n world, the build is green.\n");
        assert!(found(&t).is_empty());
        let t = format!("{HEAD}ratio=3D4:3 and width=3D1280\n");
        assert!(found(&t).is_empty());
    }
}
