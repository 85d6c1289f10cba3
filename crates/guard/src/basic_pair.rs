//! "user:pass (Basic) -> ops:Gr4nite!", "use this id:secret pair for
//! Basic, team-28:isAmAu…": a value handed over under the label that
//! names its own shape, `user:pass` or `id:secret`: HTTP Basic
//! credentials (a user's, or a client's id and secret) written as the
//! pair. Found from the label (a landmark), read on its line across a
//! short bridge of words and remarks.

use crate::{Confidence, Finding, Kind};

/// `ends` are where each `user:pass` or `id:secret` label ends.
pub(crate) fn scan(text: &str, ends: &[usize], out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for &e in ends {
        // The label stands as a word of its own: not inside a URL's
        // userinfo (`//user:password@host`) or a longer name.
        let start = if b[..e].ends_with(b":secret") {
            e - "id:secret".len()
        } else {
            e - "user:pass".len()
        };
        let alone = start == 0
            || !(b[start - 1].is_ascii_alphanumeric() || b"/_.-@".contains(&b[start - 1]));
        if !alone {
            continue;
        }
        if let Some((s, z)) = pair_after(b, e) {
            out.push(Finding {
                kind: Kind::ClientSecret,
                start: s,
                end: z,
                confidence: Confidence::Medium,
            });
        }
    }
}

/// The `name:secret` token after the label, within 80 bytes on its line:
/// what stands between is words, remarks in parentheses and separators
/// (`:`, `=`, `->`, dashes). A token with a colon of another shape (a
/// time, a URL) ends the search.
fn pair_after(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    // The rest of the label's word (`user:password`).
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    if !matches!(b.get(i), Some(b' ' | b'\t' | b'(' | b':' | b'=')) {
        return None;
    }
    let lim = (i + 80).min(b.len());
    while i < lim {
        match b[i] {
            b'\n' => return None,
            b' ' | b'\t' | b'=' | b':' | b'-' | b'>' | b',' => i += 1,
            b'(' => {
                // A remark: skipped to its close on the line.
                let close = b[i..lim].iter().position(|&c| c == b')' || c == b'\n')?;
                if b[i + close] != b')' {
                    return None;
                }
                i += close + 1;
            }
            _ => {
                let end = b[i..]
                    .iter()
                    .position(|c| c.is_ascii_whitespace())
                    .map_or(b.len(), |p| i + p);
                let word = &b[i..end];
                if word.contains(&b':') {
                    return pair_token(b, i, end);
                }
                // A bridge word may close its clause (`for Basic,`).
                let word = word.strip_suffix(b",").unwrap_or(word);
                if !word.iter().all(|c| c.is_ascii_alphabetic() || *c >= 0x80) {
                    return None;
                }
                i = end;
            }
        }
    }
    None
}

/// `ops:Thund3r-30`: a user name (letters, digits, `._@-`), a colon, and
/// a secret of six characters or more that is neither a placeholder nor
/// a port or a time. Closing punctuation after it is not part of it.
fn pair_token(b: &[u8], s: usize, mut e: usize) -> Option<(usize, usize)> {
    while e > s && matches!(b[e - 1], b'.' | b',' | b';' | b')' | b']') {
        e -= 1;
    }
    let tok = &b[s..e];
    let colon = tok.iter().position(|&c| c == b':')?;
    let (user, secret) = (&tok[..colon], &tok[colon + 1..]);
    let user_ok = user.len() >= 2
        && user
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"._@-".contains(c) || *c == b'_');
    let secret_ok = secret.len() >= 6
        && !secret.starts_with(b"//")
        && !secret.iter().all(u8::is_ascii_digit)
        && !secret.iter().any(|c| b"<>{}$".contains(c))
        && std::str::from_utf8(secret).is_ok_and(|v| !crate::text::is_placeholder(v));
    (user_ok && secret_ok).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_pair_under_its_label() {
        assert_eq!(
            found("billing API user:pass (HTTP Basic), new -> billing:Corvo_Bianco77\n"),
            ["billing:Corvo_Bianco77"]
        );
    }

    #[test]
    fn a_clients_pair_under_its_id_secret_label() {
        assert_eq!(
            found(
                "Mateo: use this id:secret pair for Basic, team-28-sandbox:isAmAuY7lFHowCoOaG2C4Qef~JhbzNFlm\n"
            ),
            ["team-28-sandbox:isAmAuY7lFHowCoOaG2C4Qef~JhbzNFlm"]
        );
        assert_eq!(
            found(
                "usa questa coppia id:secret per il Basic, cli_ce944f87ca342f29:Ltm31ybLnm97Jul2WWFkV16POZbxl09Ty60gK2Iq\n"
            ),
            ["cli_ce944f87ca342f29:Ltm31ybLnm97Jul2WWFkV16POZbxl09Ty60gK2Iq"]
        );
        // A longer name ending in the label, a placeholder pair.
        assert!(found("the paid:secret tier costs more, see plans:pricing\n").is_empty());
        assert!(found("id:secret pair for Basic, <client_id>:<client_secret>\n").is_empty());
    }

    #[test]
    fn a_placeholder_or_an_address_is_none() {
        assert!(found("user:pass (Basic): <user>:<password>\n").is_empty());
        assert!(found("user:password form at https://example.org/login\n").is_empty());
    }
}
