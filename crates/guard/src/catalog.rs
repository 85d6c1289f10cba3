//! Numbers a shop counts its goods and its platform's objects with, which
//! a card's length and Luhn can let through (one number in ten passes
//! Luhn): a product code (EAN/GTIN/UPC) that carries its own GS1 check
//! digit, named as one by its key, its element or its column; and a number
//! named as an id (`Catalog ID: …`, `ID pagina: …`, `"id": 5601…`,
//! `variant_id`). Judged after the scan, on card findings written as one
//! run of digits (product codes and ids are never grouped).

use crate::{Finding, Kind};

/// GS1's check: from the right, the check digit weighs 1, the next 3, then
/// 1, 3… and the sum is a multiple of ten (EAN-8, UPC-A, EAN-13, GTIN-14).
pub(crate) fn gs1_valid(d: &[u8]) -> bool {
    if d.is_empty() || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &c)| u32::from(c - b'0') * if i % 2 == 1 { 3 } else { 1 })
        .sum();
    sum.is_multiple_of(10)
}

/// Names of a product code's field: `gtin`, `ean`, `ean13`, `upc`,
/// `barcode`, `codice_a_barre`, `g:gtin`… (the name's last word).
fn product_word(w: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"gtin",
        b"gtin8",
        b"gtin12",
        b"gtin13",
        b"gtin14",
        b"ean",
        b"ean8",
        b"ean13",
        b"upc",
        b"barcode",
        b"barcodes",
        b"isbn",
        b"isbn13",
        b"jan",
        b"barre",
    ];
    WORDS.iter().any(|k| w.eq_ignore_ascii_case(k))
}

fn card_word(w: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"card", b"carta", b"pan", b"karte", b"tarjeta", b"carte", b"cc", b"credit",
    ];
    WORDS.iter().any(|k| w.eq_ignore_ascii_case(k))
}

fn name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b':' | b'.')
}

/// The words of a key's name, split at `_`, `-`, `:`, `.` and where a
/// lowercase letter meets a capital (`variantId`, `CatalogID`).
fn name_words(name: &[u8]) -> Vec<&[u8]> {
    let mut words = Vec::new();
    let mut s = 0;
    for i in 0..=name.len() {
        let split = i == name.len()
            || matches!(name[i], b'_' | b'-' | b':' | b'.')
            || (i > s && name[i].is_ascii_uppercase() && name[i - 1].is_ascii_lowercase());
        if split {
            if i > s {
                words.push(&name[s..i]);
            }
            s = if i < name.len() && !name[i].is_ascii_alphanumeric() {
                i + 1
            } else {
                i
            };
        }
    }
    words
}

/// The label right before the value on its line: past quotes, spaces and
/// one separator (`:`, `=`, `#`, `>` closing an element's tag), the words
/// back to the line's start or to the field before (`,`, `;`, `|`, `{`,
/// a tab) — at most 48 bytes. Returns the label's bytes.
fn label_before(b: &[u8], start: usize) -> &[u8] {
    let lo = start.saturating_sub(48);
    let mut k = start;
    while k > lo && matches!(b[k - 1], b'"' | b'\'' | b' ') {
        k -= 1;
    }
    if k > lo && matches!(b[k - 1], b':' | b'=' | b'#') {
        k -= 1;
        while k > lo && matches!(b[k - 1], b'"' | b'\'' | b' ') {
            k -= 1;
        }
    } else if k > lo && b[k - 1] == b'>' {
        // `<g:gtin>…`: the element's name.
        let e = k - 1;
        let mut s = e;
        while s > lo && name_byte(b[s - 1]) {
            s -= 1;
        }
        return if s > lo && b[s - 1] == b'<' {
            &b[s..e]
        } else {
            &[]
        };
    }
    let e = k;
    let mut s = e;
    while s > lo && !matches!(b[s - 1], b'\n' | b',' | b';' | b'|' | b'{' | b'\t' | b'(') {
        s -= 1;
    }
    &b[s..e]
}

fn words_of(label: &[u8]) -> Vec<&[u8]> {
    label
        .split(|&c| matches!(c, b' ' | b'"' | b'\''))
        .filter(|w| !w.is_empty())
        .flat_map(name_words)
        .collect()
}

/// A product code named by its key or element (`ean=…`, `"barcode": "…"`,
/// `<g:gtin>…`, `EAN 4006…`, `codice a barre: …`): the label's last word.
fn named_product_code(b: &[u8], start: usize) -> bool {
    words_of(label_before(b, start))
        .last()
        .is_some_and(|w| product_word(w))
}

/// A cell of a delimited table (`;`, `,`, tab, `|`) whose column's header
/// names a product code: the first line of the block of lines with as
/// many delimiters as the value's line (up to 8 KB above).
fn product_code_column(b: &[u8], start: usize, end: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..start]).map_or(0, |p| p + 1);
    let le = memchr::memchr(b'\n', &b[end..]).map_or(b.len(), |p| end + p);
    let Some(&delim) = [b';', b'\t', b'|', b','].iter().find(|&&d| {
        let before = ls == start || b[start - 1] == d;
        let after = end == le || b[end] == d;
        before && after && b[ls..le].contains(&d)
    }) else {
        return false;
    };
    let count = |s: usize, e: usize| b[s..e].iter().filter(|&&c| c == delim).count();
    let cells = count(ls, le);
    let col = count(ls, start);
    let mut top = ls;
    while top > 0 && start - top < 8192 {
        let pe = top - 1;
        let ps = memchr::memrchr(b'\n', &b[..pe]).map_or(0, |p| p + 1);
        if count(ps, pe) != cells {
            break;
        }
        top = ps;
    }
    if top == ls {
        return false;
    }
    let te = memchr::memchr(b'\n', &b[top..]).map_or(b.len(), |p| top + p);
    let Some(cell) = b[top..te].split(|&c| c == delim).nth(col) else {
        return false;
    };
    let words = words_of(cell);
    !words.is_empty()
        && words.iter().any(|w| product_word(w))
        && !words.iter().any(|w| card_word(w))
}

/// A number named as an id by the label before it: its last word `id`
/// (`Page ID:`, `pixel ID 7184…`, `"id":`, `variant_id`, `productId`), or
/// a label opening with `ID` and closed by a colon (`ID catalogo: …`,
/// `ID del negozio: …`). Never a label naming a card.
fn named_id(b: &[u8], start: usize) -> bool {
    let label = label_before(b, start);
    let words = words_of(label);
    if words.is_empty() || words.iter().any(|w| card_word(w)) {
        return false;
    }
    let id = |w: &[u8]| w.eq_ignore_ascii_case(b"id");
    if words.last().is_some_and(|w| id(w)) {
        return true;
    }
    let mut k = start;
    while k > 0 && matches!(b[k - 1], b'"' | b'\'' | b' ') {
        k -= 1;
    }
    let colon = k > 0 && b[k - 1] == b':';
    colon && words.len() <= 4 && id(words[0]) && label.trim_ascii_start().starts_with(words[0])
}

/// Whether a card finding is a shop's product code or an id instead.
#[inline(never)]
pub(crate) fn not_a_card(b: &[u8], f: &Finding) -> bool {
    if f.kind != Kind::CardNumber {
        return false;
    }
    let v = &b[f.start..f.end];
    if !v.iter().all(u8::is_ascii_digit) {
        return v.iter().all(|&c| c.is_ascii_digit() || c == b' ') && named_notice(b, f.start)
            || access_log_counts(b, f);
    }
    if (12..=14).contains(&v.len())
        && gs1_valid(v)
        && (named_product_code(b, f.start) || product_code_column(b, f.start, f.end))
    {
        return true;
    }
    named_id(b, f.start) || named_notice(b, f.start)
}

/// `"POST /v1/x HTTP/2" 504 - 3112 480 22339 …`: after the request line
/// an access log (Envoy's default format, Apache's and nginx's combined)
/// writes the status, the response flags and its counters (bytes in and
/// out, durations), numbers set apart by spaces that may add up to a
/// Luhn-valid run; none is a card.
fn access_log_counts(b: &[u8], f: &Finding) -> bool {
    let from = f.start.saturating_sub(48);
    let Some(q) = memchr::memrchr(b'"', &b[from..f.start]).map(|o| from + o) else {
        return false;
    };
    let counters = |s: &[u8]| {
        s.iter().all(|&c| {
            c.is_ascii_digit() || c.is_ascii_uppercase() || matches!(c, b' ' | b'-' | b',')
        })
    };
    // The request line's last twelve bytes (` HTTP/1.1`), within its line:
    // read no further back, whatever the line's length.
    let lo = q.saturating_sub(12);
    let request = &b[memchr::memrchr(b'\n', &b[lo..q]).map_or(lo, |o| lo + o + 1)..q];
    memchr::memmem::find(request, b" HTTP/").is_some()
        && counters(&b[q + 1..f.start])
        && counters(&b[f.start..f.end])
}

/// "Codice avviso: 3541 3095 …", `iuv=…`: a payment notice's number (an
/// Italian pagoPA notice, 18 digits, or its IUV, 15–17) under its name is
/// what the payer reads off the notice to pay it, never a card; the
/// label's last word says so.
fn named_notice(b: &[u8], start: usize) -> bool {
    words_of(label_before(b, start))
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case(b"avviso") || w.eq_ignore_ascii_case(b"iuv"))
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as};

    #[test]
    fn an_access_logs_counters_are_no_card() {
        // Status, flags, bytes in, bytes out, duration: 4111 1111 1111 1111
        // is no card when it is four counters.
        let t = "[2026-01-02T10:00:00.000Z] \"GET /v1/x HTTP/1.1\" 200 - 4111 1111 1111 1111 \"10.0.0.1\"\n";
        assert!(found_as(t, Kind::CardNumber).is_empty(), "{t}");
        let t = "card: 4111 1111 1111 1111\n";
        assert_eq!(found_as(t, Kind::CardNumber), ["4111 1111 1111 1111"]);
    }

    #[test]
    fn gs1_check_digits() {
        assert!(super::gs1_valid(b"4006381333931"));
        assert!(super::gs1_valid(b"036000291452"));
        assert!(!super::gs1_valid(b"4006381333932"));
    }

    #[test]
    fn a_product_code_under_its_name_is_no_card() {
        // 4000000000006 passes Luhn and GS1 both, with a Visa's prefix.
        let n = "4000000000006";
        assert!(crate::card::is_card(n.as_bytes()) && super::gs1_valid(n.as_bytes()));
        for t in [
            format!("riga 12: ean={n} qty=3"),
            format!("<g:gtin>{n}</g:gtin>"),
            format!(r#"{{"sku": "AB-1", "barcode": "{n}", "qty": 1}}"#),
            format!("il codice EAN {n} non viene importato"),
            format!("sku;ean;titolo\nX-1;{n};Tazza\nX-2;4006381333931;Piatto\n"),
        ] {
            assert!(found_as(&t, Kind::CardNumber).is_empty(), "{t}");
        }
        // The same number given as a card is one.
        for t in [
            format!("carta {n} scad 09/29"),
            format!("card number: {n}"),
            format!("sku;card;titolo\nX-1;{n};Tazza\n"),
        ] {
            assert_eq!(found_as(&t, Kind::CardNumber), [n], "{t}");
        }
    }

    #[test]
    fn a_number_named_as_an_id_is_no_card() {
        let n = "4111111111111111";
        for t in [
            format!("Catalog ID: {n}\nPage ID: 1"),
            format!("ID catalogo: {n}"),
            format!(r#"{{"id": {n}, "order_number": 12}}"#),
            format!(r#"{{"variant_id": {n}}}"#),
            format!("the pixel ID {n} is linked"),
        ] {
            assert!(found_as(&t, Kind::CardNumber).is_empty(), "{t}");
        }
        for t in [
            format!("paid with {n} yesterday"),
            format!("card ID: {n}"),
            format!("ID carta: {n}"),
            format!("order 77 id ok, card {n}"),
        ] {
            assert_eq!(found_as(&t, Kind::CardNumber), [n], "{t}");
        }
    }

    #[test]
    fn a_payment_notice_under_its_name_is_no_card() {
        // 3541 3095 5870 9563 22 passes Luhn with a JCB prefix.
        let n = "3541 3095 5870 9563 22";
        assert!(crate::card::is_card(n.replace(' ', "").as_bytes()));
        for t in [
            format!("Codice avviso: {n}\n"),
            "iuv=354130955870956322&importo=12.00\n".to_string(),
        ] {
            assert!(found_as(&t, Kind::CardNumber).is_empty(), "{t}");
        }
        assert!(!found_as(&format!("carta: {n}\n"), Kind::CardNumber).is_empty());
    }
}
