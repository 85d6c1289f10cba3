//! The controls a screen prints beside a field's value, as OCR reads
//! them: `harbour_SCOIATTOLO8%    👁`, `7Kq…   Copy   Hide`,
//! `482 913   ⏱ 25`. A screenshot's text puts them after the value, one
//! column away (two spaces or a tab); they are not part of the value, and
//! a value followed only by them is still alone on its line.

/// Buttons beside a secret field, in the languages of the desk. OCR may
/// misread one letter of them (`Hidc`, `Copio`).
const BUTTONS: &[&str] = &[
    "show",
    "hide",
    "copy",
    "copied",
    "reveal",
    "view",
    "mostra",
    "nascondi",
    "copia",
    "copiato",
    "visualizza",
    "anzeigen",
    "ausblenden",
    "kopieren",
    "afficher",
    "masquer",
    "copier",
    "mostrar",
    "ocultar",
    "copiar",
    // A settings screen's row actions, printed as buttons (`[Edit]`).
    "edit",
    "delete",
    "modifica",
    "elimina",
];

/// `line` without the controls that end it (none: `line` itself).
pub(crate) fn without_chrome(line: &str) -> &str {
    let mut rest = line.trim_end();
    loop {
        let Some(gap) = column_gap(rest) else {
            return rest;
        };
        let tail = rest[gap..].trim();
        if !is_control(tail) {
            return rest;
        }
        rest = rest[..gap].trim_end();
    }
}

/// Where the last column of `line` starts: at its last run of two or more
/// spaces or a tab (0 when the line is only that column, indented).
fn column_gap(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        let c = b[i];
        if c == b'\t' || (c == b' ' && i > 0 && b[i - 1] == b' ') {
            let mut s = i;
            while s > 0 && matches!(b[s - 1], b' ' | b'\t') {
                s -= 1;
            }
            return Some(s);
        }
    }
    None
}

/// A button (a word of `BUTTONS`, one letter misread allowed in words of
/// four or more), an icon (symbols only: `👁`, `⧉`, `🙈`), or a one-time
/// code's countdown (`⏱ 25`, `13s`).
fn is_control(tail: &str) -> bool {
    // `[Edit] [Delete]`: buttons in brackets, a space apart.
    is_control_one(tail)
        || tail.contains(' ')
            && tail
                .split_whitespace()
                .all(|w| w.starts_with('[') && is_control_one(w))
}

fn is_control_one(tail: &str) -> bool {
    if tail.is_empty() {
        return false;
    }
    if tail
        .chars()
        .all(|c| !c.is_alphanumeric() && !c.is_whitespace())
    {
        return true;
    }
    let digits = tail
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start();
    let secs = digits.strip_suffix('s').unwrap_or(digits);
    if digits.len() < tail.len() || secs.len() < digits.len() {
        // An icon then seconds (`⏱ 25`), or seconds with their unit.
        if !secs.is_empty() && secs.len() <= 3 && secs.bytes().all(|c| c.is_ascii_digit()) {
            return true;
        }
    }
    // `[Edit]`: a button printed in brackets.
    let tail = tail
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap_or(tail);
    if tail.len() > 12 || !tail.chars().all(char::is_alphabetic) {
        return false;
    }
    let lower = tail.to_lowercase();
    BUTTONS.iter().any(|w| near(&lower, w))
}

/// Equal, or of one length (four letters or more) and one letter apart.
fn near(word: &str, button: &str) -> bool {
    if word == button {
        return true;
    }
    if word.len() != button.len() || button.len() < 4 || !word.is_ascii() {
        return false;
    }
    word.bytes()
        .zip(button.bytes())
        .filter(|(a, b)| a != b)
        .count()
        <= 1
}

#[cfg(test)]
mod tests {
    use super::without_chrome;

    #[test]
    fn controls_after_a_value_are_dropped() {
        assert_eq!(
            without_chrome("harbour_SCOIATTOLO8%    👁"),
            "harbour_SCOIATTOLO8%"
        );
        assert_eq!(
            without_chrome("granchio_LAMPONE5%   Nascondi"),
            "granchio_LAMPONE5%"
        );
        assert_eq!(without_chrome("aB3dE5   Copy   Hidc"), "aB3dE5");
        assert_eq!(without_chrome("482 913   ⏱ 25"), "482 913");
        assert_eq!(without_chrome("482913   13s"), "482913");
        assert_eq!(without_chrome("    👁"), "");
        assert_eq!(
            without_chrome("CoffeeFalcon70    [Edit] [Delete]"),
            "CoffeeFalcon70"
        );
    }

    #[test]
    fn other_columns_stay() {
        assert_eq!(without_chrome("guest   Disattivato"), "guest   Disattivato");
        assert_eq!(without_chrome("Show"), "Show");
        assert_eq!(without_chrome("token_type   Bearer"), "token_type   Bearer");
        assert_eq!(without_chrome("a b"), "a b");
    }
}
