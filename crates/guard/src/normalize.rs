//! A normalized view of careless text, scanned by the same rules as plain
//! text, with a map from its offsets back to the original.
//!
//! What the view sees through:
//! - Unicode compatibility forms: full-width ASCII, mathematical and
//!   Arabic-Indic digits, typographic dashes and quotes;
//! - Cyrillic and Greek letters drawn like Latin ones, inside a word that
//!   also holds ASCII letters ("раssword", "tokеn");
//! - zero-width, bidirectional and other format characters, soft hyphens
//!   and ASCII control characters (dropped), odd spaces (become `' '`);
//! - HTML character references (`&#52;`, `&#x34;`, `&amp;`, `&nbsp;`),
//!   URL escapes of printable ASCII (`%3D`; not `%20`, which would split a
//!   value in two), JSON/C escapes (`\u0034`, `\x34`, `\/`, and `\n`,
//!   `\t` as the line break and tab they stand for), PowerShell's escaped
//!   quote (`` `" `` inside a string: `-Body "{`"password`":`"…`"}"`);
//! - `+` as the space it stands for inside a form-encoded field
//!   (`Body=Your+code+is+006472&From=…`, `card_number=4917+2047+…`);
//! - string literals split in code (`"4539 1488" + "0343 6467"`,
//!   `'abc' . 'def'`);
//! - values wrapped over lines: digits on both sides of a line break become
//!   one group separator, and a long blob that continues on the next line
//!   is joined to it.
//!
//! The view is built only when the text holds something it would change
//! (`first_change`); plain text, accented prose included, is scanned as it
//! is. Each byte of the view knows the span of original bytes it came from,
//! so a finding in the view covers the whole original span, invisible
//! characters and separators included. Every step reads a bounded window,
//! so the view is built in linear time.

/// The view and, per view byte, the original span it stands for.
pub(crate) struct Normalized {
    pub text: String,
    /// `orig[i]` = (start, end) in the original of the unit that produced
    /// view byte `i`.
    orig: Vec<(u32, u32)>,
}

impl Normalized {
    /// The original span of view span `start..end` (`start < end`).
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig[start].0 as usize;
        let e = self.orig[end - 1].1 as usize;
        (s, e.max(s))
    }
}

/// What one step of the normalizer does at a position.
enum Step {
    /// Keep this many bytes as they are.
    Keep(usize),
    /// Replace this many original bytes with a character.
    Char(usize, char),
    /// Drop this many original bytes.
    Drop(usize),
}

/// Bytes that may start a change: non-ASCII, `&`, `%`, `\`, controls
/// other than tab/CR, line feeds (wrapped values), quotes (split literals).
const fn interesting() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c >= 0x80
            || c == b'&'
            || c == b'+'
            || c == b'%'
            || c == b'\\'
            || c == b'\n'
            || c == b'\r'
            || c == b'"'
            || c == b'\''
            || c == b'`'
            || c == b'['
            || (c < 0x20 && c != b'\t' && c != b'\r')
            || c == 0x7f;
        i += 1;
    }
    t
}

static INTERESTING: [bool; 256] = interesting();

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A split literal whose operator or line break is at `i`: the position of
/// the closing quote before it.
fn concat_before(b: &[u8], i: usize) -> Option<usize> {
    let blank = |c: u8| c == b' ' || c == b'\t' || c == b'\r';
    let mut p = i;
    while p > 0 && i - p < 32 && blank(b[p - 1]) {
        p -= 1;
    }
    if p > 0 && matches!(b[p - 1], b'.' | b'+' | b'\\') && b[i] == b'\n' {
        p -= 1;
        while p > 0 && i - p < 64 && blank(b[p - 1]) {
            p -= 1;
        }
    }
    // VB's `"…" & _` before the line break.
    if p >= 3 && b[p - 1] == b'_' && b[p - 2] == b' ' && b[p - 3] == b'&' && b[i] == b'\n' {
        p -= 3;
        while p > 0 && i - p < 64 && blank(b[p - 1]) {
            p -= 1;
        }
    }
    let q = p.checked_sub(1)?;
    if !matches!(b[q], b'"' | b'\'') {
        return None;
    }
    matches!(concatenation(b, q), Some(Step::Drop(_))).then_some(q)
}

/// Where the first change would happen, if anywhere.
pub(crate) fn first_change(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let other = other_change(text);
    let limit = other.unwrap_or(b.len());
    // The first line break (before `limit`) that joins or splits a literal.
    for nl in memchr::memchr_iter(b'\n', &b[..limit]) {
        // What ends the line decides what may happen there: a literal's
        // quote, an operator or blanks (a split literal), or a blob's
        // character (a wrapped value).
        let mut p = nl;
        if p > 0 && b[p - 1] == b'\r' {
            p -= 1;
        }
        let Some(&last) = p.checked_sub(1).and_then(|k| b.get(k)) else {
            continue;
        };
        let literal = matches!(
            last,
            b'"' | b'\'' | b'+' | b'.' | b'\\' | b' ' | b'\t' | b'_'
        );
        if !literal && !is_blob(last) {
            continue;
        }
        if literal && let Some(q) = concat_before(b, nl) {
            return Some(q.min(limit));
        }
        if line_break(b, nl).is_some() {
            // With CRLF the change starts at the carriage return.
            return Some(if nl > 0 && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            });
        }
    }
    other
}

/// `first_change` for everything but line feeds: the rare ASCII bytes by
/// memchr, non-ASCII and control bytes eight at a time.
fn other_change(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut best = b.len();
    for i in memchr::memchr3_iter(b'&', b'%', b'\\', b) {
        // A line continuation, or VB's `"…" & "…"` on one line.
        if matches!(b[i], b'\\' | b'&')
            && let Some(q) = concat_before(b, i)
        {
            best = q;
            break;
        }
        if !matches!(step(text, i), Step::Keep(_)) {
            best = i;
            break;
        }
    }
    for i in memchr::memchr_iter(b'+', &b[..best]) {
        if let Some(q) = concat_before(b, i) {
            best = best.min(q);
            break;
        }
        if form_space(b, i).is_some() {
            best = best.min(i);
            break;
        }
    }
    for i in memchr::memchr_iter(b'[', &b[..best]) {
        if lost_escape(b, i).is_some() {
            best = i;
            break;
        }
    }
    for i in memchr::memmem::find_iter(&b[..best], b"`\"") {
        if powershell_quote(b, i) {
            best = i;
            break;
        }
    }
    // PHP's `'a' . 'b'`.
    for i in memchr::memmem::find_iter(&b[..best], b" . ") {
        if let Some(q) = concat_before(b, i + 1) {
            best = best.min(q);
            break;
        }
    }
    let mut i = 0;
    while i < best {
        while let Some(chunk) = b.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let x = u64::from_le_bytes(w);
            let del = x ^ (ONES * 0x7f);
            // Non-ASCII, control and DEL bytes; borrows only travel
            // upwards, so the lowest flagged byte is a real one.
            let odd = (x & HIGHS)
                | (x.wrapping_sub(ONES * 0x20) & !x & HIGHS)
                | (del.wrapping_sub(ONES) & !del & HIGHS);
            if odd != 0 {
                i += (odd.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if i >= best {
            break;
        }
        let c = b[i];
        if ((0x20..0x7f).contains(&c)) || matches!(c, b'\n' | b'\t' | b'\r') {
            i += 1;
            continue;
        }
        match step(text, i) {
            Step::Keep(n) => i += n,
            _ => {
                best = i;
                break;
            }
        }
    }
    (best < b.len()).then_some(best)
}

/// Builds the view, or `None` when it would equal `text`.
pub(crate) fn normalize(text: &str) -> Option<Normalized> {
    let first = first_change(text)?;
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut orig: Vec<(u32, u32)> = Vec::with_capacity(text.len());
    out.push_str(&text[..first]);
    orig.extend((0..first as u32).map(|k| (k, k + 1)));
    let mut i = first;
    while i < b.len() {
        if !INTERESTING[usize::from(b[i])] {
            out.push(char::from(b[i]));
            orig.push((i as u32, i as u32 + 1));
            i += 1;
            continue;
        }
        match step(text, i) {
            Step::Keep(n) => {
                out.push_str(&text[i..i + n]);
                orig.extend((i..i + n).map(|k| (k as u32, k as u32 + 1)));
                i += n;
            }
            Step::Char(n, c) => {
                let (s, e) = (i as u32, (i + n) as u32);
                for _ in 0..c.len_utf8() {
                    orig.push((s, e));
                }
                out.push(c);
                i += n;
            }
            Step::Drop(n) => i += n,
        }
    }
    Some(Normalized { text: out, orig })
}

/// What a non-ASCII (or decoded) character becomes.
enum Map {
    Same,
    Drop,
    To(char),
}

fn map_char(c: char) -> Map {
    let u = c as u32;
    match u {
        // Zero-width, bidi controls, word joiner, BOM, soft hyphen, other
        // invisible format characters.
        0xAD
        | 0x034F
        | 0x061C
        | 0x115F
        | 0x1160
        | 0x17B4
        | 0x17B5
        | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x206F
        | 0xFEFF
        | 0xFFF9..=0xFFFB => Map::Drop,
        // ASCII control characters reached through an escape.
        0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F..=0x9F => Map::Drop,
        // Odd spaces.
        0xA0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Map::To(' '),
        // Full-width ASCII.
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).map_or(Map::Same, Map::To),
        // Mathematical digits (bold, double-struck, sans-serif, monospace).
        0x1D7CE..=0x1D7FF => Map::To(char::from(b'0' + ((u - 0x1D7CE) % 10) as u8)),
        // Arabic-Indic, extended Arabic-Indic, Devanagari digits.
        0x0660..=0x0669 => Map::To(char::from(b'0' + (u - 0x0660) as u8)),
        0x06F0..=0x06F9 => Map::To(char::from(b'0' + (u - 0x06F0) as u8)),
        0x0966..=0x096F => Map::To(char::from(b'0' + (u - 0x0966) as u8)),
        // Superscript and subscript digits.
        0x2070 => Map::To('0'),
        0xB9 => Map::To('1'),
        0xB2 => Map::To('2'),
        0xB3 => Map::To('3'),
        0x2074..=0x2079 => Map::To(char::from(b'0' + (u - 0x2070) as u8)),
        0x2080..=0x2089 => Map::To(char::from(b'0' + (u - 0x2080) as u8)),
        // Dashes and minus signs.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => Map::To('-'),
        // Typographic quotes.
        0x2018 | 0x2019 | 0x201A | 0x201B | 0x2032 => Map::To('\''),
        0x201C | 0x201D | 0x201E | 0x201F | 0x2033 => Map::To('"'),
        // Fraction slash, division slash.
        0x2044 | 0x2215 => Map::To('/'),
        _ => Map::Same,
    }
}

/// A mark a phone's keyboard offers where a dash is hard to reach, put
/// between groups of digits: a middle dot or a bullet (`4024·0071`), an
/// emoji or a pictograph (`40🔢48🔢57`, `4916 💳 2882`, `45➖55`).
fn group_mark(c: char) -> bool {
    matches!(
        c as u32,
        0xB7 | 0x2022 | 0x2027 | 0x22C5 | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF
    )
}

/// `n` bytes of a group mark at `i` with a digit before it and after it
/// (one space either side allowed, an emoji's variation selector after
/// it): the bytes the mark and its selector take, read as a dash.
#[inline(never)]
/// `29988849` over `9270 1705`, with a line of digits above them too:
/// numbers one under another, three lines high, are a column or a list
/// (codes, amounts), not one number wrapped. True when the line ending at
/// `prev_end` and the line above it each hold only digit groups (a list
/// marker allowed). Reads at most 64 bytes back.
fn stacked_numbers(b: &[u8], prev_end: usize) -> bool {
    let lo = prev_end.saturating_sub(64);
    let only_numbers = |l: &[u8]| {
        !l.is_empty()
            && l.iter().any(u8::is_ascii_digit)
            && l.iter()
                .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b')' | b'-' | b'\r'))
    };
    let Some(p) = memchr::memrchr(b'\n', &b[lo..prev_end]).map(|p| lo + p) else {
        return false;
    };
    if !only_numbers(&b[p + 1..prev_end]) || p == 0 {
        return false;
    }
    let Some(q) = memchr::memrchr(b'\n', &b[lo..p]).map(|q| lo + q) else {
        return false;
    };
    only_numbers(&b[q + 1..p])
}

/// Whether the digits at `k` open a list item: its line starts with a
/// marker (`1. `, `12) `, `- `, `* `) and the digits follow it.
fn list_item_start(b: &[u8], k: usize) -> bool {
    if k < 2 || b[k - 1] != b' ' {
        return false;
    }
    let m = k - 1;
    let at_line_start = |p: usize| p == 0 || b[p - 1] == b'\n';
    if matches!(b[m - 1], b'-' | b'*') {
        return at_line_start(m - 1);
    }
    if !matches!(b[m - 1], b'.' | b')') {
        return false;
    }
    let mut d = m - 1;
    while d > 0 && m - 1 - d < 3 && b[d - 1].is_ascii_digit() {
        d -= 1;
    }
    (1..=2).contains(&(m - 1 - d)) && at_line_start(d)
}

fn between_digits(b: &[u8], i: usize, n: usize) -> Option<usize> {
    let mut p = i;
    if p > 0 && b[p - 1] == b' ' {
        p -= 1;
    }
    if p == 0 || !b[p - 1].is_ascii_digit() {
        return None;
    }
    let mut e = i + n;
    if b.get(e..e + 3) == Some("\u{FE0F}".as_bytes()) {
        e += 3;
    }
    let mut q = e;
    if b.get(q) == Some(&b' ') {
        q += 1;
    }
    b.get(q).is_some_and(u8::is_ascii_digit).then_some(e - i)
}

/// The Latin letter a Cyrillic or Greek one is drawn like ("раssword"
/// with a Cyrillic `р` and `а`, "tokеn", "ΡIN").
fn confusable(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'һ' => 'h',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ӏ' => 'l',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'ο' => 'o',
        'ν' => 'v',
        'ι' => 'i',
        'κ' => 'k',
        'ρ' => 'p',
        'α' => 'a',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => return None,
    })
}

/// Whether the word around the character at `i..i + n` also holds an
/// ASCII letter: a look-alike mixed into a Latin word is read as the
/// Latin letter, a word wholly in Cyrillic or Greek is left as written.
/// Reads at most 32 bytes either side.
fn mixed_word(b: &[u8], i: usize, n: usize) -> bool {
    let letter = |c: u8| c >= 0x80 || c.is_ascii_alphabetic();
    let mut k = i;
    while k > 0 && i - k < 32 && letter(b[k - 1]) {
        k -= 1;
        if b[k].is_ascii_alphabetic() {
            return true;
        }
    }
    let mut k = i + n;
    while k < b.len() && k - i < 32 && letter(b[k]) {
        if b[k].is_ascii_alphabetic() {
            return true;
        }
        k += 1;
    }
    false
}

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn apply(n: usize, c: char) -> Step {
    match map_char(c) {
        Map::Same => Step::Char(n, c),
        Map::Drop => Step::Drop(n),
        Map::To(m) => Step::Char(n, m),
    }
}

fn step(text: &str, i: usize) -> Step {
    let b = text.as_bytes();
    let c = b[i];
    if c >= 0x80 {
        let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
        let n = ch.len_utf8();
        if group_mark(ch)
            && let Some(n) = between_digits(b, i, n)
        {
            return Step::Char(n, '-');
        }
        if let Some(a) = confusable(ch)
            && mixed_word(b, i, n)
        {
            return Step::Char(n, a);
        }
        return match map_char(ch) {
            Map::Same => Step::Keep(n),
            Map::Drop => Step::Drop(n),
            Map::To(m) => Step::Char(n, m),
        };
    }
    match c {
        b'&' => entity(b, i).unwrap_or(Step::Keep(1)),
        b'%' => percent(b, i).unwrap_or(Step::Keep(1)),
        b'\\' => escape(b, i).unwrap_or(Step::Keep(1)),
        b'\n' => line_break(b, i).unwrap_or(Step::Keep(1)),
        b'\r' if b.get(i + 1) == Some(&b'\n') => match line_break(b, i + 1) {
            Some(Step::Drop(n)) => Step::Drop(n + 1),
            Some(Step::Char(_, c)) => Step::Char(2, c),
            _ => Step::Keep(1),
        },
        b'"' | b'\'' => concatenation(b, i).unwrap_or(Step::Keep(1)),
        b'+' => form_space(b, i).unwrap_or(Step::Keep(1)),
        b'`' if powershell_quote(b, i) => Step::Char(2, '"'),
        b'[' => lost_escape(b, i).map_or(Step::Keep(1), Step::Drop),
        0x7f => Step::Drop(1),
        0x1b => Step::Drop(terminal_escape(b, i)),
        c if c < 0x20 && c != b'\t' && c != b'\r' => Step::Drop(1),
        _ => Step::Keep(1),
    }
}

/// Where the run of terminal escape sequences right before `start`
/// begins (`start` itself when none stands there).
pub(crate) fn escapes_before(b: &[u8], mut start: usize) -> usize {
    for _ in 0..4 {
        if start < 3 || !b[start - 1].is_ascii_alphabetic() {
            break;
        }
        let mut k = start - 1;
        while k > 0 && start - k < 18 && (b[k - 1].is_ascii_digit() || b[k - 1] == b';') {
            k -= 1;
        }
        if k >= 2 && b[k - 1] == b'[' && b[k - 2] == 0x1b {
            start = k - 2;
        } else if k >= 1 && b[k - 1] == b'[' && lost_escape(b, k - 1).is_some() {
            start = k - 1;
        } else {
            break;
        }
    }
    start
}

/// `ESC[01;31m`, `ESC[K`, `ESC[m`: a terminal's colour and erase codes
/// (what `grep --color` wraps a match in, a prompt's colours) are no part
/// of the value they cut; the whole sequence is dropped, not the escape
/// byte alone. Returns its length (1 when no sequence follows).
#[inline(never)]
fn terminal_escape(b: &[u8], i: usize) -> usize {
    if b.get(i + 1) != Some(&b'[') {
        return 1;
    }
    let p = i + 2;
    let params = b[p..]
        .iter()
        .take(16)
        .take_while(|c| c.is_ascii_digit() || **c == b';')
        .count();
    match b.get(p + params) {
        Some(c) if c.is_ascii_alphabetic() => params + 3,
        _ => 1,
    }
}

/// The length of a colour or erase code at `i` written without its
/// escape byte (`[01;31m`, `[00m`, `[K`, `[m`): `[`, up to 16 digits and
/// semicolons, then `m` or `K`, not closed by `]`.
fn bare_code(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let p = i + 1;
    let params = b[p..]
        .iter()
        .take(17)
        .take_while(|c| c.is_ascii_digit() || **c == b';')
        .count();
    if params > 16 || !matches!(b.get(p + params), Some(b'm' | b'K')) {
        return None;
    }
    (b.get(p + params + 1) != Some(&b']')).then_some(params + 2)
}

/// `PASSWD=[01;31m[KLampio[m[Kne-1142$`: a terminal's colour codes
/// whose escape byte a copy from the terminal (or a mail client) lost.
/// A code so written is read as one only beside another on its line:
/// one right after it, or one within 64 bytes before or after (a
/// prompt's `[01;32muser@host[00m`, `grep --color`'s `[m[K` pairs); a
/// lone `[0m` in prose stays. Returns the code's length. Reads at most
/// 64 bytes each way.
fn lost_escape(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && b[i - 1] == 0x1b {
        return None;
    }
    let n = bare_code(b, i)?;
    let line = |c: &u8| *c == b'\n';
    let hi = (i + n + 64).min(b.len());
    let after = &b[i + n..hi];
    let after = &after[..after.iter().position(line).unwrap_or(after.len())];
    if memchr::memchr_iter(b'[', after).any(|o| bare_code(b, i + n + o).is_some()) {
        return Some(n);
    }
    let lo = i.saturating_sub(64);
    let before = &b[lo..i];
    let from = before.iter().rposition(line).map_or(lo, |o| lo + o + 1);
    memchr::memchr_iter(b'[', &b[from..i])
        .any(|o| bare_code(b, from + o).is_some_and(|m| from + o + m <= i))
        .then_some(n)
}

/// `&#52;`, `&#x34;`, `&nbsp;`, `&colon;`…; not `&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&apos;` (nor their numeric forms).
fn entity(b: &[u8], i: usize) -> Option<Step> {
    let rest = b.get(i + 1..(i + 12).min(b.len()))?;
    let semi = rest.iter().position(|&c| c == b';')?;
    let body = &rest[..semi];
    let n = semi + 2;
    let c = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || digits.len() > 7 {
            return None;
        }
        let mut v: u32 = 0;
        for &d in digits {
            v = v * radix + (d as char).to_digit(radix)?;
        }
        char::from_u32(v)?
    } else {
        match body {
            b"amp" => '&',
            b"lt" => '<',
            b"gt" => '>',
            b"quot" => '"',
            b"apos" => '\'',
            b"nbsp" => ' ',
            b"colon" => ':',
            b"equals" => '=',
            b"commat" => '@',
            b"sol" => '/',
            b"period" => '.',
            b"lowbar" => '_',
            b"hyphen" | b"dash" => '-',
            // Accented letters and typographic marks, as mail clients and
            // old helpdesks escape Italian, French and Spanish prose ("la
            // password &egrave; …").
            _ => named_letter(body)?,
        }
    };
    // The characters markup is made of stay written as references: in
    // XML and HTML a value's `&gt;` or `&quot;` is part of it, and the
    // decoded `>` or `"` would end it early.
    // An apostrophe between two letters (`dell&#39;utente`, `don&#39;t`)
    // is prose's elision in a mail's HTML read as text, and reads as one.
    if c == '\'' && elision(b, i, n) {
        return Some(Step::Char(n, c));
    }
    if matches!(c, '&' | '<' | '>' | '"' | '\'') {
        return None;
    }
    Some(apply(n, c))
}

/// A letter right before `i` and right after the `n` bytes from it.
fn elision(b: &[u8], i: usize, n: usize) -> bool {
    i > 0 && b[i - 1].is_ascii_alphabetic() && b.get(i + n).is_some_and(u8::is_ascii_alphabetic)
}

/// Named references of Latin-1 letters and common typographic marks.
fn named_letter(body: &[u8]) -> Option<char> {
    Some(match body {
        b"egrave" => 'è',
        b"eacute" => 'é',
        b"agrave" => 'à',
        b"aacute" => 'á',
        b"igrave" => 'ì',
        b"iacute" => 'í',
        b"ograve" => 'ò',
        b"oacute" => 'ó',
        b"ugrave" => 'ù',
        b"uacute" => 'ú',
        b"Egrave" => 'È',
        b"Eacute" => 'É',
        b"Agrave" => 'À',
        b"ntilde" => 'ñ',
        b"ccedil" => 'ç',
        b"auml" => 'ä',
        b"ouml" => 'ö',
        b"uuml" => 'ü',
        b"szlig" => 'ß',
        b"euro" => '€',
        b"rsquo" => '\u{2019}',
        b"lsquo" => '\u{2018}',
        b"ldquo" => '\u{201c}',
        b"rdquo" => '\u{201d}',
        b"laquo" => '«',
        b"raquo" => '»',
        b"ndash" => '\u{2013}',
        b"mdash" => '\u{2014}',
        b"hellip" => '\u{2026}',
        _ => return None,
    })
}

/// `%41` → `A` for printable ASCII other than space and `%` itself.
fn percent(b: &[u8], i: usize) -> Option<Step> {
    let v = hex_val(*b.get(i + 1)?)? * 16 + hex_val(*b.get(i + 2)?)?;
    let c = u8::try_from(v).ok()?;
    if c >= 0xc2 {
        return escaped_utf8(b, i, b"%", c);
    }
    // `%2528` (`%28` encoded again, a URL carried inside another URL's
    // parameter): both layers at once, under the same rules.
    if c == b'%'
        && let Some(Step::Char(3, ch)) = percent(b.get(i + 2..)?, 0)
    {
        return Some(Step::Char(5, ch));
    }
    // `%25C2%25A0`: a character beyond ASCII encoded twice, each of its
    // bytes behind `%25`.
    if c == b'%'
        && let Some(lead) = hex_pair(b, i + 3)
        && lead >= 0xc2
    {
        return escaped_utf8(b, i, b"%25", lead);
    }
    // `#`, `/`, `?`, `@` and `:` shape a URL: left encoded, they stay
    // inside the value (`sftp://u:Pa%23ss@host`).
    // `%3Ftoken%3D…`: the encoded start of a query, in a URL carried
    // inside another URL's parameter (a mail scanner's safe link, a
    // `redirect_uri`), is decoded, so its first key is a word of its own.
    if c == b'?' && encoded_query_key(b, i + 3) {
        return Some(Step::Char(3, '?'));
    }
    // `password=Nebbia%23VY%26hha%3D6`: an `&` escaped inside a value
    // whose key was joined by a plain `=` is the value's own (that is why
    // it was escaped); left encoded, the value stays whole. Inside a URL
    // carried encoded in a parameter (`%3Fcode%3D…%26state%3D…`), it
    // separates that URL's own parameters and is decoded.
    // So are markup's `<` and `>` inside it (`password=gQ9a%25Sciro%3C50`),
    // which would end it once decoded; a value that opens with `%3C` is
    // a `<placeholder>` and is decoded whole.
    if matches!(c, b'&' | b'<' | b'>')
        && escaped_in_plain_value(b, i).is_some_and(|eq| {
            c == b'&' || !b[eq + 1..].starts_with(b"%3C") && !b[eq + 1..].starts_with(b"%3c")
        })
    {
        return None;
    }
    (c > 0x20 && c < 0x7f && !matches!(c, b'%' | b'#' | b'/' | b'?' | b'@' | b':'))
        .then(|| Step::Char(3, char::from(c)))
}

/// Back from the `%26` at `i` to the separator its parameter was given:
/// a plain `=` first (before an encoded `%3D`, an `&`, a `?`, a blank or
/// 128 bytes), whose position it returns.
fn escaped_in_plain_value(b: &[u8], i: usize) -> Option<usize> {
    let lo = i.saturating_sub(128);
    let mut k = i;
    while k > lo {
        k -= 1;
        match b[k] {
            b'=' => return Some(k),
            b'&' | b'?' | b' ' | b'\t' | b'\n' | b'"' | b'\'' => return None,
            b'%' if b
                .get(k + 1..k + 3)
                .is_some_and(|h| h.eq_ignore_ascii_case(b"3d")) =>
            {
                return None;
            }
            _ => {}
        }
    }
    None
}

/// `%E2%80%A2` (URL encoding) or `=E2=80=A6` (quoted-printable): the
/// UTF-8 bytes of one character, each escaped with `mark`, whose lead
/// byte `lead` is at `i`. The character they spell (`•`, `…`, `è`), or
/// nothing when the bytes are not one whole character.
///
/// The character reads as the view reads it written plain: a thin or
/// no-break space (`%E2%80%89`, `%C2%A0`) between a card's groups is a
/// space, a zero-width one is dropped.
fn escaped_utf8(b: &[u8], i: usize, mark: &[u8], lead: u8) -> Option<Step> {
    let n = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let w = mark.len() + 2;
    let mut bytes = [lead, 0, 0, 0];
    for (k, slot) in bytes.iter_mut().enumerate().take(n).skip(1) {
        let at = i + w * k;
        if !b.get(at..)?.starts_with(mark) {
            return None;
        }
        *slot = hex_pair(b, at + mark.len())?;
    }
    let ch = std::str::from_utf8(&bytes[..n]).ok()?.chars().next()?;
    Some(apply(w * n, ch))
}

/// The byte two hex digits at `at` spell.
fn hex_pair(b: &[u8], at: usize) -> Option<u8> {
    let v = hex_val(*b.get(at)?)? * 16 + hex_val(*b.get(at + 1)?)?;
    u8::try_from(v).ok()
}

/// A parameter's name (letters, digits, `_`, `-`, `.`) then an encoded
/// `=` (`%3D`) at `i`.
fn encoded_query_key(b: &[u8], i: usize) -> bool {
    let n = b
        .iter()
        .skip(i)
        .take(40)
        .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        .count();
    n > 0
        && b.get(i + n..i + n + 3)
            .is_some_and(|e| e.eq_ignore_ascii_case(b"%3d"))
}

/// `Body=Your+code+is+006472&From=…`: in `application/x-www-form-urlencoded`
/// (request bodies, query strings, webhook payloads) a `+` between two
/// words is a space. Read only inside a field: a name glued to `=` after
/// `&` or `?`, its value without `/` and not ending in `=` (base64 keeps
/// its `+`). Bounded to 256 bytes back.
fn form_space(b: &[u8], i: usize) -> Option<Step> {
    let word = |c: u8| c.is_ascii_alphanumeric();
    // `3782+-+821255`: a dash the form kept between two spaces.
    let dash_gap = |p: u8, n: u8| {
        (word(p) || p == b'-') && (word(n) || n == b'%' || n == b'-') && !(p == b'-' && n == b'-')
    };
    if i == 0 || !b.get(i + 1).is_some_and(|&n| dash_gap(b[i - 1], n)) {
        return None;
    }
    let field_char = |c: u8| {
        !matches!(
            c,
            b'&' | b'?' | b'=' | b'\n' | b'\r' | b' ' | b'"' | b'\'' | b'/'
        )
    };
    let lo = i.saturating_sub(256);
    let mut eq = i;
    while eq > lo && field_char(b[eq - 1]) {
        eq -= 1;
    }
    if eq == lo || b[eq - 1] != b'=' {
        return None;
    }
    let mut k = eq - 1;
    let name_end = k;
    while k > lo && (word(b[k - 1]) || matches!(b[k - 1], b'_' | b'.' | b'-' | b'[' | b']')) {
        k -= 1;
    }
    if k == name_end {
        return None;
    }
    let hi = (i + 256).min(b.len());
    let mut e = i + 1;
    while e < hi && field_char(b[e]) {
        e += 1;
    }
    if b.get(e) == Some(&b'=') || b.get(e) == Some(&b'/') {
        return None;
    }
    // Opened by `&` or `?` (or `#`: the fragment an OAuth redirect hands
    // its parameters in): a field that starts a line and ends at `&`
    // may be a password holding `&` (`pw=oRiK4-H+8KU&AjYu=R8`).
    (k > 0 && matches!(b[k - 1], b'&' | b'?' | b'#')).then_some(Step::Char(1, ' '))
}

/// `` `" `` at `i`: PowerShell's escaped quote, as in a JSON body written
/// inside a double-quoted string (`"{`"user`": `"ada`"}"`). Only after a
/// value's last character or JSON's punctuation, or after spaces that
/// follow a colon or a comma: a Markdown code span that opens on a quote
/// (`` `"x"` ``) follows a word's space or a parenthesis.
fn powershell_quote(b: &[u8], i: usize) -> bool {
    if b.get(i + 1) != Some(&b'"') || i == 0 {
        return false;
    }
    let c = b[i - 1];
    if c == b' ' {
        let mut k = i - 1;
        while k > 0 && i - k < 8 && b[k - 1] == b' ' {
            k -= 1;
        }
        return k > 0 && matches!(b[k - 1], b':' | b',');
    }
    c.is_ascii_graphic() && !matches!(c, b'(' | b'`')
}

/// `\u0034`, `\x34`, `\/`. An escaped backslash (`\\`) is kept whole.
fn escape(b: &[u8], i: usize) -> Option<Step> {
    match *b.get(i + 1)? {
        // `{\\\"otp\\\":\\\"797607\\\"}`: a JSON string inside a JSON string
        // inside a third (a log line whose message holds a payload): an
        // odd run of backslashes before a quote escapes that quote at
        // every level, and reads as it.
        b'\\' => Some(nested_quote(b, i).map_or(Step::Keep(2), |n| Step::Char(n, '"'))),
        b'/' => Some(Step::Char(2, '/')),
        // `{\"accessToken\":\"…\"}`: JSON inside a JSON string.
        b'"' => Some(Step::Char(2, '"')),
        // `"desc": "…non qui.\nABI 03015"`, an iCalendar `DESCRIPTION:`:
        // a line break or tab written as an escape inside a string ends a
        // value as the character would; read as it, a value does not run
        // on into the next line's first word. (Only before a word: at a
        // string's end, `\n"`, nothing runs on, and a PEM block's closing
        // escape stays part of the block.)
        b'n' | b't' if b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric) => {
            if b[i + 1] == b'n' && escaped_wrap(b, i) {
                return Some(Step::Drop(2));
            }
            Some(Step::Char(2, if b[i + 1] == b'n' { '\n' } else { '\t' }))
        }
        b'u' => {
            let mut v = 0;
            for k in 0..4 {
                v = v * 16 + hex_val(*b.get(i + 2 + k)?)?;
            }
            let c = char::from_u32(v)?;
            Some(apply(6, c))
        }
        b'x' => {
            let v = hex_val(*b.get(i + 2)?)? * 16 + hex_val(*b.get(i + 3)?)?;
            let c = char::from_u32(v)?;
            (c.is_ascii_graphic() || !c.is_ascii()).then(|| apply(4, c))
        }
        _ => None,
    }
}

/// The length of a run of an odd number (3 to 15) of backslashes at `i`
/// and the quote after it.
fn nested_quote(b: &[u8], i: usize) -> Option<usize> {
    let run = b[i..].iter().take(16).take_while(|&&c| c == b'\\').count();
    ((3..16).contains(&run) && run % 2 == 1 && b.get(i + run) == Some(&b'"')).then_some(run + 1)
}

/// `"body": "…Bearer eyJ…c3BvcnR\nlbGxv…"`: a value wrapped over lines
/// in a message that was then kept as a JSON string, its line break
/// written as the escape `\n` at `i`. It joins as the line break itself
/// would (`line_break`, read over a copy of the bounded window around it
/// with the escape as a real break); only after a blob of 16 characters,
/// so text and ordinary escapes cost a look at the bytes before.
fn escaped_wrap(b: &[u8], i: usize) -> bool {
    if i < 16 || !b[i - 16..i].iter().all(|&c| is_blob(c)) {
        return false;
    }
    let lo = i.saturating_sub(64);
    let hi = (i + 2 + 256).min(b.len());
    let mut w = Vec::with_capacity(hi - lo - 1);
    w.extend_from_slice(&b[lo..i]);
    w.push(b'\n');
    w.extend_from_slice(&b[i + 2..hi]);
    matches!(line_break(&w, i - lo), Some(Step::Drop(_)))
}

static BLOB: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'-' | b'+' | b'/' | b'=' | b'.' | b'~');
        i += 1;
    }
    t
};

fn is_blob(c: u8) -> bool {
    BLOB[usize::from(c)]
}

/// A line break inside a wrapped value. Digits on both sides: one group
/// separator (a card or IBAN split over lines). A blob of at least 24
/// characters continued by a word with no `:`/`=` key: joined.
fn line_break(b: &[u8], i: usize) -> Option<Step> {
    let mut prev_end = if i > 0 && b[i - 1] == b'\r' { i - 1 } else { i };
    let next = *b.get(i + 1)?;
    // "5018 0017 \n0173 6172": a space left at the line's end between
    // digits is part of the break.
    if prev_end >= 2
        && b[prev_end - 1] == b' '
        && b[prev_end - 2].is_ascii_digit()
        && next.is_ascii_digit()
    {
        prev_end -= 1;
    }
    let prev = *b.get(prev_end.checked_sub(1)?)?;
    // Only a blob's character on both sides can join (most line ends stop
    // here); or an indented continuation of a quoted argument left open on
    // its line (`-H "Authorization: Bearer eyJ…\n  …"` in a pasted command
    // a terminal or an editor wrapped).
    let indented = next == b' ' && is_blob(prev) && open_quote(b, prev_end);
    if !is_blob(prev) || !(is_blob(next) || next == b'>' || indented) {
        return None;
    }
    // `ghp_3EudPT` / `8aPIgi…`: a vendor's key cut short by a narrow
    // screen or a photo's text recognition, its format whole only joined.
    if is_blob(next) && vendor_cut(b, prev_end, i + 1) {
        return Some(Step::Drop(1));
    }
    // A mail client re-wrapping a quoted line leaves its overflow as a
    // short fragment on a line of its own, the quote going on below
    // (`…eyJzdWIi\nOiJ\n>> 1c3Jf…`): the fragment continues the line above,
    // where the blob's run is read.
    let above = if next == b'>' {
        rewrapped_fragment(b, prev_end)
    } else {
        None
    };
    // A blob is 8 characters at least before the break; shorter, only a
    // number written over two lines can join.
    let short = prev_end < 8 || b[prev_end - 8..prev_end].iter().any(|&c| !is_blob(c));
    if short
        && above.is_none()
        && !(prev.is_ascii_digit() && next.is_ascii_digit())
        && !jwt_head(b, prev_end)
    {
        return None;
    }
    // The next line starting with a date or a time (`10/12/23,`, `15:58`,
    // `2024-09-02T…`) is a new record, not the rest of a value.
    if next.is_ascii_digit() {
        let mut d = i + 1;
        while d < b.len() && b[d].is_ascii_digit() {
            d += 1;
        }
        let iso = d == i + 5
            && b.get(d) == Some(&b'-')
            && b.get(d + 1..d + 3)
                .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
            && b.get(d + 3) == Some(&b'-');
        // `2) 3003 …`, `2. 3003 …`: the next item of a numbered list.
        let item = d - (i + 1) <= 2
            && (b.get(d) == Some(&b')')
                || (b.get(d) == Some(&b'.') && b.get(d + 1) == Some(&b' ')));
        if iso
            || item
            || matches!(b.get(d), Some(b'/' | b':' | b'.' | b','))
                && b.get(d + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
    }
    // Digits ending a blob (`…NWViYS0` + `0MjE3…`) are no number.
    let mut d0 = prev_end;
    while d0 > 0 && prev_end - d0 < 32 && b[d0 - 1].is_ascii_digit() {
        d0 -= 1;
    }
    let blob_tail = d0 > 0 && b[d0 - 1].is_ascii_alphabetic();
    if prev.is_ascii_digit() && next.is_ascii_digit() && !blob_tail {
        // Only when the line ends in a number being written out: two
        // groups or more ("4539 1488\n0343 6467") or a long run, and not
        // in the last field of a table row (`…,913\n86401,…`).
        let mut k = prev_end;
        let (mut groups, mut digits) = (0, 0);
        while k > 0 && prev_end - k < 32 {
            let g = k;
            while k > 0 && b[k - 1].is_ascii_digit() {
                k -= 1;
            }
            if k == g {
                break;
            }
            groups += 1;
            digits += g - k;
            if k >= 2 && matches!(b[k - 1], b' ' | b'-') && b[k - 2].is_ascii_digit() {
                k -= 1;
            } else if k >= 3 && b[k - 1] == b' ' && b[k - 2] == b' ' && b[k - 3].is_ascii_digit() {
                // `4539  6243`: groups a form or a phone spaced twice.
                k -= 2;
            } else {
                break;
            }
        }
        let field = k > 0 && matches!(b[k - 1], b',' | b';' | b'|' | b'\t');
        // "carta n. 4539\n6078 7946 2947": a card's first group alone at
        // the line's end, its other three starting the next line; the
        // whole must be a card (issuer and Luhn).
        let lone_group = groups == 1 && digits == 4 && !field && card_wrapped(b, k, i + 1);
        // `1. 1794 6189` over `5977 2986`: a numbered or bulleted list's
        // item ends its line; what starts the next one is another item.
        let item_above = list_item_start(b, k);
        // `10850247` over `4df3yg9js4`: digits running into letters on
        // the next line start a word or a code, not the number's rest.
        let mut nd = i + 1;
        while nd < b.len() && nd - i < 32 && b[nd].is_ascii_digit() {
            nd += 1;
        }
        let into_letters = b.get(nd).is_some_and(u8::is_ascii_alphabetic);
        return (!field
            && !item_above
            && !stacked_numbers(b, prev_end)
            && !into_letters
            && (groups >= 2 || digits >= 8 || lone_group)
            && !new_row(b, prev_end, i + 1))
        .then_some(Step::Char(1, ' '));
    }
    // A quoted mail's `> ` prefix on the next line is part of the break,
    // at any depth: a reply to a reply marks its lines `> > > ` or `>>> `.
    let brk = i;
    let mut nx = i + 1;
    if next == b'>' {
        nx += 1;
        while nx < b.len() && nx - i < 12 && matches!(b[nx], b' ' | b'>') {
            nx += 1;
        }
    } else if indented {
        while nx < b.len() && nx - i < 9 && b[nx] == b' ' {
            nx += 1;
        }
    }
    let next = *b.get(nx)?;
    if !is_blob(prev) || !is_blob(next) || prev == b'=' {
        // Base64 padding ends a blob.
        return None;
    }
    // Length of the blob run before the break (bounded look-back): 16
    // characters or more, with letters and digits.
    let run_end = above.unwrap_or(prev_end);
    let mut k = run_end;
    while k > 0 && run_end - k < 24 && is_blob(b[k - 1]) {
        k -= 1;
    }
    let run = &b[k..run_end];
    // A JWT's start (`eyJ…`) is a blob however short its first line.
    let jwt = run.starts_with(b"eyJ") && run.len() >= 8 || jwt_head(b, run_end);
    // A value right after `=` (`refresh_token=RT.…`) is a blob when it
    // fills the whole look-back with upper and lower case and digits;
    // shorter `NAME=value` lines are not.
    let mut after_eq = k > 0 && b[k - 1] == b'=';
    let mut run = run;
    if let Some(p) = run.iter().rposition(|&c| c == b'=') {
        // `key=value`: the value after the last `=` is the run.
        run = &run[p + 1..];
        after_eq = true;
    }
    let mixed = || run.iter().any(u8::is_ascii_uppercase) && run.iter().any(u8::is_ascii_lowercase);
    // Random base64 has no digit in 24 characters often enough
    // (`…N_DfsMI_NumMOiCiNGmZhydz`): the case switching back and forth
    // shows it too, eight times at least (a name in capitals,
    // `secrets.ACCESS_TOKEN`, switches once; camel case, every word).
    let random_case = || {
        run.windows(2)
            .filter(|w| {
                w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase()
                    || w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()
            })
            .count()
            >= 8
    };
    // "Here's the key:" and below it a key a mail client broke in two:
    // a line that is one run alone (ten characters or more, mixing case
    // and digits) right under a line ending in a colon, continued by a
    // line that is one such run too (checked below, with the next word).
    let introduced = run.len() >= 10 && run.len() < 16 && introduced_line(b, k, run);
    if (!jwt
        && ((run.len() < 16 && !introduced)
            || !(run.iter().any(u8::is_ascii_digit) || random_case())
            || !run.iter().any(u8::is_ascii_alphabetic)))
        || (after_eq && (run.len() < 20 || !mixed()))
    {
        return None;
    }
    // A line that is a whole valid IBAN (an EPC payment QR's lines:
    // `BIC`, name, `IBAN`, `EUR12.50`) is complete: the next line is the
    // next field, not the rest of it.
    if let Some(nl) = memchr::memrchr(b'\n', &b[prev_end.saturating_sub(40)..prev_end]) {
        let ls = prev_end.saturating_sub(40) + nl + 1;
        if crate::iban::read_at(b, ls)
            .is_some_and(|(e, compact)| e == prev_end && crate::iban::is_valid(&compact))
        {
            return None;
        }
    }
    // So is a valid IBAN ending the line after a field's tag (SWIFT's
    // `:50K:/DE56…` in an MT103).
    let mut w = prev_end;
    while w > 0 && prev_end - w < 34 && b[w - 1].is_ascii_alphanumeric() {
        w -= 1;
    }
    if prev_end - w >= 15
        && crate::iban::read_at(b, w)
            .is_some_and(|(e, compact)| e == prev_end && crate::iban::is_valid(&compact))
    {
        return None;
    }
    // The next line's first word: blob characters to a space or the end,
    // not a `key:` or `key=` (base64 padding `=` only at its end), and not
    // a plain lowercase word of prose.
    let i = nx - 1;
    let mut j = i + 1;
    while j < b.len() && j - i < 4096 && is_blob(b[j]) {
        j += 1;
    }
    let word = &b[i + 1..j];
    let ends_ok = j >= b.len()
        || matches!(
            b[j],
            b' ' | b'\n' | b'\r' | b'\t' | b'"' | b'\'' | b',' | b'}' | b']' | b')' | b';' | b'<'
        );
    // `…e\n> SU=. Next sentence`: a blob's padded last chunk closing a
    // sentence; the dot after the padding is the sentence's, not the
    // value's (a `=` inside the chunk still marks a key).
    let word = match word.strip_suffix(b".") {
        Some(w) if w.ends_with(b"=") => w,
        _ => word,
    };
    let body = word
        .strip_suffix(b"==")
        .or_else(|| word.strip_suffix(b"="))
        .unwrap_or(word);
    let prose = word.len() < 16
        && word.first().is_some_and(u8::is_ascii_alphabetic)
        && word[1..].iter().all(u8::is_ascii_lowercase)
        && !quoted_overflow(b, prev_end, j);
    if word.starts_with(b"./") || word.starts_with(b"/") {
        return None;
    }
    // `client_secret` alone on the next line is a label, not the rest of
    // a wrapped blob: a continuation has digits or upper case.
    // A word followed by `:` or `=` is the next line's key.
    // So is a constant's name glued to its `=` and an opening quote
    // (`API_TOKEN="…"` in a .env file): a blob's last chunk ends in `=`
    // padding only after lower case or digits, and its quote closes.
    let constant = word.len() >= 3
        && word.ends_with(b"=")
        && matches!(b.get(j), Some(b'"' | b'\''))
        && word[..word.len() - 1]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && word[0].is_ascii_uppercase()
        && word.contains(&b'_');
    let keyed = matches!(b.get(skip_ws(b, j)), Some(b':' | b'=')) || constant;
    // `CCC 2100 …`, `BIC NWBK…`, `PIN 1234`: a short word of letters and
    // a space open the next line's field (a continuation is a chunk of
    // the value, with digits or longer).
    let acronym =
        word.len() <= 6 && word.iter().all(u8::is_ascii_alphabetic) && b.get(j) == Some(&b' ');
    // `P.S.`, `N.B.`: single letters each closed by a dot are an
    // abbreviation opening a line of prose, never a chunk of a value.
    let abbreviation = word.len() <= 8
        && word.len() >= 2
        && word
            .chunks(2)
            .all(|p| p[0].is_ascii_alphabetic() && p.get(1).is_none_or(|&c| c == b'.'))
        && word.contains(&b'.');
    // `CLIENT_RANDOM 5b…`, `SERVER_TRAFFIC_SECRET_0 …`: a record's label
    // in capitals joined by underscores, a space after it (a TLS key
    // log's lines, a constant's name opening a line), never a chunk of a
    // value (a blob's chunk has no `_` between capitals and a space).
    let record_label = word.len() >= 5
        && word.contains(&b'_')
        && word[0].is_ascii_uppercase()
        && word
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && b.get(j) == Some(&b' ');
    let label = keyed
        || acronym
        || abbreviation
        || record_label
        || !word
            .iter()
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    if !ends_ok || body.contains(&b'=') || word.len() < 2 || prose || label {
        return None;
    }
    if introduced
        && !(matches!(b.get(j), None | Some(b'\n' | b'\r'))
            && word.len() + run.len() >= 24
            && word.iter().any(u8::is_ascii_digit)
            && word.iter().any(u8::is_ascii_lowercase)
            && word.iter().any(u8::is_ascii_uppercase))
    {
        return None;
    }
    if new_row(b, prev_end, i + 1) {
        return None;
    }
    Some(Step::Drop(nx - brk))
}

/// The run starting at `k` is its whole line, of letters and digits
/// mixing case and digits, and the line above ends in a colon (a label
/// introducing the value below it: "Ecco la chiave:").
#[inline(never)]
fn introduced_line(b: &[u8], k: usize, run: &[u8]) -> bool {
    if k < 2 || b[k - 1] != b'\n' {
        return false;
    }
    let mut pe = k - 1;
    if pe > 0 && b[pe - 1] == b'\r' {
        pe -= 1;
    }
    pe > 0
        && b[pe - 1] == b':'
        && run.iter().all(u8::is_ascii_alphanumeric)
        && run.iter().any(u8::is_ascii_digit)
        && run.iter().any(u8::is_ascii_lowercase)
        && run.iter().any(u8::is_ascii_uppercase)
}

/// The last word of the line ending at `prev_end` starts with a vendor
/// key's prefix but is no whole key, and with the next line's first word (at `next`)
/// it is one: the prefix and the format's length and alphabet decide.
#[inline(never)]
fn vendor_cut(b: &[u8], prev_end: usize, next: usize) -> bool {
    // The cut key ends its line as its last word: the word's start (after
    // a space or the line's start) within 64 bytes, a vendor's first two
    // bytes there.
    let lo = prev_end.saturating_sub(64);
    let s = match memchr::memrchr2(b'\n', b' ', &b[lo..prev_end]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    if !crate::vendor::may_start(&b[s..prev_end]) || !b[s..prev_end].iter().all(|&c| is_blob(c)) {
        return false;
    }
    let mut e = next;
    while e < b.len() && e - next < 256 && is_blob(b[e]) {
        e += 1;
    }
    let (Ok(head), Ok(tail)) = (
        std::str::from_utf8(&b[s..prev_end]),
        std::str::from_utf8(&b[next..e]),
    ) else {
        return false;
    };
    // The rest ends its line or its word (not `Span:`, the next label),
    // and a masked key (`sk_live_XXXX`) is no start of one.
    let ends = b
        .get(e)
        .is_none_or(|&c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b','));
    let hb = head.as_bytes();
    let masked = hb.len() >= 4 && hb[hb.len() - 4..].iter().all(|&c| c == hb[hb.len() - 1]);
    if head.len() < 4 || tail.len() < 4 || !ends || masked || crate::vendor::whole_value(head) {
        return false;
    }
    let mut joined = String::with_capacity(head.len() + tail.len());
    joined.push_str(head);
    joined.push_str(tail);
    crate::vendor::whole_value(&joined)
}

/// The line ending at `prev_end` holds an odd number of `"`: a quoted
/// argument opened on it is still open at its end (2 KiB looked back).
fn open_quote(b: &[u8], prev_end: usize) -> bool {
    let lo = prev_end.saturating_sub(2048);
    let ls = memchr::memrchr(b'\n', &b[lo..prev_end]).map_or(lo, |p| lo + p + 1);
    memchr::memchr_iter(b'"', &b[ls..prev_end]).count() % 2 == 1
}

/// The line ending at `prev_end` is a fragment of one to eight blob
/// characters after a line that ends in a blob run of 16 or more: the end
/// of that line's run.
fn rewrapped_fragment(b: &[u8], prev_end: usize) -> Option<usize> {
    let lo = prev_end.saturating_sub(10);
    let ls = lo + memchr::memrchr(b'\n', &b[lo..prev_end])? + 1;
    if !(1..=8).contains(&(prev_end - ls)) || !b[ls..prev_end].iter().all(|&c| is_blob(c)) {
        return None;
    }
    let mut end = ls - 1;
    if end > 0 && b[end - 1] == b'\r' {
        end -= 1;
    }
    let run = b[end.saturating_sub(16)..end]
        .iter()
        .rev()
        .take_while(|&&c| is_blob(c))
        .count();
    (run >= 16 || jwt_head(b, end)).then_some(end)
}

/// The word ending at `j` (four characters at most) is alone on its line,
/// between a quoted line ending at `prev_end` and another quoted line: a
/// mail client re-wrapping the quote left a value's overflow there
/// (`> …InJl\nZn\n> Jlc2…`), so its case says nothing of prose. The
/// look-back for the quoted line's start stops at 512 bytes.
#[inline(never)]
fn quoted_overflow(b: &[u8], prev_end: usize, j: usize) -> bool {
    let w0 = j.saturating_sub(5);
    let Some(ws) = memchr::memrchr(b'\n', &b[w0..j]).map(|p| w0 + p + 1) else {
        return false;
    };
    if j - ws > 4 || b.get(j) != Some(&b'\n') || b.get(j + 1) != Some(&b'>') {
        return false;
    }
    let lo = prev_end.saturating_sub(512);
    match memchr::memrchr(b'\n', &b[lo..prev_end]) {
        Some(p) => b[lo + p + 1] == b'>',
        None => lo == 0 && b.first() == Some(&b'>'),
    }
}

/// The blob run ending at `end` is a JWT's first characters, `eyJ` and
/// three more at least, standing as a word of its own (`… con eyJhbG` at
/// a line's end): a token a hard wrap cut right after it began. Its
/// header's encoding makes so short a start already specific. The
/// look-back stops at 9 characters.
#[inline(never)]
fn jwt_head(b: &[u8], end: usize) -> bool {
    let mut k = end;
    while k > 0 && end - k < 9 && is_blob(b[k - 1]) {
        k -= 1;
    }
    end - k >= 6 && end - k < 9 && (k == 0 || !is_blob(b[k - 1])) && b[k..].starts_with(b"eyJ")
}

/// Four digits at `first` and, at `next`, the rest of a card in one of
/// the groupings cards are printed in, joined by one space or dash and
/// ending there: three groups of four, or six and five (American
/// Express, `3782\n822463 10005`) or six and four (Diners). Together a
/// card number (issuer and Luhn). Each group's read stops at 7 digits.
fn card_wrapped(b: &[u8], first: usize, next: usize) -> bool {
    let mut digits = [0u8; 19];
    digits[..4].copy_from_slice(&b[first..first + 4]);
    let mut n = 4;
    let mut groups = [0usize; 3];
    let mut ng = 0;
    let mut i = next;
    loop {
        let s = i;
        while i < b.len() && i - s < 7 && b[i].is_ascii_digit() {
            if n < digits.len() {
                digits[n] = b[i];
            }
            n += 1;
            i += 1;
        }
        if i == s || ng == groups.len() {
            return false;
        }
        groups[ng] = i - s;
        ng += 1;
        if ng < groups.len()
            && matches!(b.get(i), Some(b' ' | b'-'))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    let shape = matches!(groups[..ng], [4, 4, 4] | [6, 5] | [6, 4]);
    let word_goes_on = b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let group_goes_on =
        matches!(b.get(i), Some(b' ' | b'-')) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
    shape
        && n <= digits.len()
        && !word_goes_on
        && !group_goes_on
        && crate::card::is_card(&digits[..n])
}

/// The next line's first field ends at a delimiter (`;`, `,`, tab, `|`)
/// that the previous line holds too: a table's next row.
fn new_row(b: &[u8], prev_end: usize, next: usize) -> bool {
    let mut j = next;
    while j < b.len() && j - next < 64 && !matches!(b[j], b';' | b',' | b'\t' | b'|' | b'\n' | b' ')
    {
        j += 1;
    }
    let Some(&d) = b.get(j) else {
        return false;
    };
    if !matches!(d, b';' | b',' | b'\t' | b'|') {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &b[..prev_end]).map_or(0, |p| p + 1);
    memchr::memchr(d, &b[line_start..prev_end]).is_some()
}

/// `"abc" + "def"`, `'abc' . 'def'`, `"abc" +\n  "def"`: the closing quote,
/// the operator and the opening quote are dropped, joining the literal.
fn concatenation(b: &[u8], i: usize) -> Option<Step> {
    let q = b[i];
    let mut j = i + 1;
    while j < b.len() && j - i < 32 && (b[j] == b' ' || b[j] == b'\t') {
        j += 1;
    }
    let op = *b.get(j)?;
    match op {
        // `++` (Haskell, Erlang, Elm) as `+`.
        b'+' if b.get(j + 1) == Some(&b'+') => j += 2,
        b'+' => j += 1,
        b'.' if j > i + 1 && b.get(j + 1).is_some_and(u8::is_ascii_whitespace) => j += 1,
        // Lua's `..`, Haskell's `<>`, VB's `&` (with its line continuation
        // `& _`), each between blanks.
        b'.' if j > i + 1 && b.get(j + 1) == Some(&b'.') && b.get(j + 2) == Some(&b' ') => {
            j += 2;
        }
        b'<' if j > i + 1 && b.get(j + 1) == Some(&b'>') && b.get(j + 2) == Some(&b' ') => {
            j += 2;
        }
        b'&' if j > i + 1 && b.get(j + 1) == Some(&b' ') => {
            j += 1;
            let k = skip_ws(b, j);
            if b.get(k) == Some(&b'_') && matches!(b.get(k + 1), Some(b'\n' | b'\r')) {
                j = k + 1;
            }
        }
        // Python and C join adjacent literals; Ruby and shell after `\`.
        b'\\' if matches!(b.get(j + 1), Some(b'\n' | b'\r')) => j += 1,
        b'\n' | b'\r' => {}
        _ => return None,
    }
    let op_at = j;
    let mut newline = false;
    let ws = |j: &mut usize, newline: &mut bool| {
        while *j < b.len() && *j - i < 96 && b[*j].is_ascii_whitespace() {
            *newline |= b[*j] == b'\n';
            *j += 1;
        }
    };
    ws(&mut j, &mut newline);
    // `"abc" + \` then `"def"`: a line continuation after the operator.
    if op == b'+' && b.get(j) == Some(&b'\\') && matches!(b.get(j + 1), Some(b'\n' | b'\r')) {
        j += 1;
        ws(&mut j, &mut newline);
    }
    // `"abc"` then `    + "def"` (the operator leads the next line), or a
    // diff's `+` marking the added line the literal goes on in.
    let mut leading = false;
    // (`<>`, `++`, `..` leading the next line: Haskell's and Lua's way.)
    let long_op = b.get(j..j + 3).is_some_and(|w| {
        b[j - 1] != b'\n' && matches!(&w[..2], b"<>" | b"++" | b"..") && w[2] == b' '
    });
    if newline && long_op {
        leading = true;
        j += 2;
        while j < b.len() && j - i < 96 && (b[j] == b' ' || b[j] == b'\t') {
            j += 1;
        }
    } else if newline && b.get(j) == Some(&b'+') {
        // An operator is indented; a diff's marker starts its line (and
        // adjacent literals in a diff are still judged as a list's).
        leading = b[j - 1] != b'\n';
        j += 1;
        while j < b.len() && j - i < 96 && (b[j] == b' ' || b[j] == b'\t') {
            j += 1;
        }
    }
    if matches!(op, b'\n' | b'\r' | b'\\') && !newline {
        return None;
    }
    if b.get(j) != Some(&q) {
        return None;
    }
    // For adjacent literals on separate lines, the literal after must be
    // followed by another literal piece or a closing `)`/`;`, not by `:`
    // or `,` (a list or a mapping, whose items are separate strings).
    if matches!(op, b'\n' | b'\r') && !leading {
        let mut k = j + 1;
        while k < b.len() && k - j < 256 && b[k] != q && b[k] != b'\n' {
            k += 1;
        }
        let after = b.get(skip_ws(b, k + 1)).copied().unwrap_or(b')');
        if b.get(k) != Some(&q) || matches!(after, b':' | b',' | b'=' | b';' | b'|' | b'\t') {
            return None;
        }
    }
    let _ = op_at;
    Some(Step::Drop(j + 1 - i))
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(t: &str) -> String {
        normalize(t).map_or_else(|| t.to_owned(), |n| n.text)
    }

    #[test]
    fn a_quoted_constant_on_the_next_line_is_its_own_entry() {
        let t = "OTHER_KEY=Zq8Xw2Ev6Rt4Yu1Io9Pa3Sd7Fg5Hj\nAPP_TOKEN=\"Lk2Jh4Gf6Ds8Aq0Wz\"\n";
        assert_eq!(view(t), t);
    }

    #[test]
    fn an_abbreviation_opening_a_line_continues_no_value() {
        let t = "ref Mx7Qp2Lk9Zt4Wb6Yc8Rv3Nd5\nP.S. sorry for the rush";
        assert_eq!(view(t), t);
        // A chunk of the value on the next line is joined.
        assert_eq!(
            view("tok Mx7Qp2Lk9Zt4Wb6Yc8Rv3Nd5\nHq4Fs8Jk2 end"),
            "tok Mx7Qp2Lk9Zt4Wb6Yc8Rv3Nd5Hq4Fs8Jk2 end"
        );
    }

    #[test]
    fn literals_joined_across_lines() {
        assert_eq!(view("s = \"abc\"\n    + \"def\";"), "s = \"abcdef\";");
        assert_eq!(view("s = \"abc\" + \\\n    \"def\""), "s = \"abcdef\"");
        assert_eq!(view("+s = \"abc\" +\n+  \"def\";"), "+s = \"abcdef\";");
        // Items of a list in a diff stay apart.
        assert_eq!(
            view("+  \"abc\"\n+  \"def\": 1"),
            "+  \"abc\"\n+  \"def\": 1"
        );
    }

    #[test]
    fn a_list_item_is_not_continued_by_the_next_line() {
        // The numbered item's digits and the next line's stay two values.
        let v = view("codes:\n1. 4410 9921\n5977 2986\n\u{200b}");
        assert!(v.contains("4410 9921\n5977"), "{v:?}");
        // Numbers stacked three lines high are a list.
        let v = view("codes:\n5. 6714 9893\n29988849\n9270 1705\n\u{200b}");
        assert!(v.contains("29988849\n9270"), "{v:?}");
        // Digits running into letters on the next line are another value.
        let v = view("codes:\n10850247\n4df3yg9js4\n\u{200b}");
        assert!(v.contains("10850247\n4df3"), "{v:?}");
        // A number wrapped without a list marker is still joined.
        let v = view("carta 4539 1488\n0343 6467\u{200b}");
        assert!(v.contains("1488 0343"), "{v:?}");
    }

    #[test]
    fn a_mark_between_digit_groups_is_a_dash() {
        assert_eq!(view("code 40🔢48🔢57 ok"), "code 40-48-57 ok");
        assert_eq!(
            view("carta 4024·0071·1708·6032"),
            "carta 4024-0071-1708-6032"
        );
        assert_eq!(view("4916 💳 2882"), "4916 - 2882");
        assert_eq!(view("45➖\u{FE0F}55"), "45-55");
        // Between words it stays.
        assert!(normalize("Reveal · Copy 💳 card").is_none());
    }

    #[test]
    fn a_terminals_colour_codes_inside_a_value() {
        let t = "$ grep PASS .env\nDB_PASS=\u{1b}[01;31m\u{1b}[KRiv4\u{1b}[m\u{1b}[Kerbank-77!\n";
        assert_eq!(view(t), "$ grep PASS .env\nDB_PASS=Riv4erbank-77!\n");
        let found = crate::found(t);
        assert!(
            found.len() == 1
                && found[0].ends_with("\u{1b}[01;31m\u{1b}[KRiv4\u{1b}[m\u{1b}[Kerbank-77!"),
            "{found:?}"
        );
        let t = "IBAN=\u{1b}[01;31m\u{1b}[KGB82WEST1234\u{1b}[m\u{1b}[K5698765432\n";
        assert_eq!(
            crate::found(t),
            ["\u{1b}[01;31m\u{1b}[KGB82WEST1234\u{1b}[m\u{1b}[K5698765432"]
        );
        // An escape byte with no sequence after it is dropped alone.
        assert_eq!(view("a\u{1b}b [m] ok"), "ab [m] ok");
    }

    #[test]
    fn an_apostrophe_written_as_a_reference_between_letters() {
        let t = "Potete reimpostare la password dell&#39;utente amministratore?";
        assert_eq!(
            view(t),
            "Potete reimpostare la password dell'utente amministratore?"
        );
        assert!(crate::found(t).is_empty());
        // Elsewhere it stays a reference, as markup's characters do.
        for t in ["title=&#39;x&#39; ok", "a &#39; b", "value=&#39;"] {
            assert_eq!(view(t), t, "{t}");
        }
        assert_eq!(
            crate::found("la password &egrave; Tramonto&#39;42!x"),
            ["Tramonto&#39;42!x"]
        );
    }

    #[test]
    fn form_spaces_in_a_fragment_and_around_a_dash() {
        let t = "https://app.example/done#cc_number=3782+-+821255+-+27935&token_type=Bearer";
        assert_eq!(
            view(t),
            "https://app.example/done#cc_number=3782 - 821255 - 27935&token_type=Bearer"
        );
        let t = "https://app.example/done#iban=BE72+3343+7197+0516&token_type=Bearer";
        assert!(view(t).contains("#iban=BE72 3343 7197 0516&"));
        // A base64 value keeps its `+`; one between two dashes stays; outside
        // a field nothing changes.
        for t in [
            "https://a.example/#k=Zm9v+YmFy/cXV4=&x=1",
            "https://a.example/?q=a-+-b",
            "C++ -+ x",
        ] {
            assert_eq!(view(t), t, "{t}");
        }
    }

    #[test]
    fn url_escaped_spaces_beyond_ascii_read_as_spaces() {
        let t = "numero_carta=5167%E2%80%893253%E2%80%896213%E2%80%898942&x=1";
        assert_eq!(view(t), "numero_carta=5167 3253 6213 8942&x=1");
        assert_eq!(
            crate::found(t),
            ["5167%E2%80%893253%E2%80%896213%E2%80%898942"]
        );
        // Encoded twice, in a URL carried in another's parameter.
        let t = "?r=%2Fback%3Fcard_number%3D5425%25C2%25A02388%25C2%25A06974%25C2%25A00243&s=1";
        assert!(view(t).contains("5425 2388 6974 0243"), "{}", view(t));
        // A zero-width space is dropped; an accented letter stays one.
        assert_eq!(view("a%E2%80%8Bb %C3%A8"), "ab è");
        // Not one whole character: left as written.
        assert_eq!(view("x %25C2%2541 y"), "x %25C2A y");
    }

    #[test]
    fn json_nested_twice_in_a_log_line() {
        let t =
            r#"{"log":"{\"msg\":\"failed\",\"payload\":\"{\\\"securityCode\\\":\\\"628\\\"}\"}"}"#;
        assert_eq!(
            view(t),
            r#"{"log":"{"msg":"failed","payload":"{"securityCode":"628"}"}"}"#
        );
        assert_eq!(crate::found(t), ["628"]);
        // Escaped backslashes before a string's end stay: an even run.
        assert_eq!(nested_quote(br#"\\\\", "#, 0), None);
        assert_eq!(nested_quote(br#"\\\", "#, 0), Some(4));
    }

    #[test]
    fn a_terminals_colour_codes_that_lost_their_escape_byte() {
        let t = "$ cat .env\nPASSWD=[01;31m[KLampio[m[Kne-1142$\n";
        assert_eq!(view(t), "$ cat .env\nPASSWD=Lampione-1142$\n");
        assert_eq!(crate::found(t), ["[01;31m[KLampio[m[Kne-1142$"]);
        let t = "[36mPass[0m: +$FFua?n?bY9\n";
        assert_eq!(view(t), "Pass: +$FFua?n?bY9\n");
        assert_eq!(crate::found(t), ["+$FFua?n?bY9"]);
        // A lone code, a bracketed duration or an index stays.
        for t in [
            "retry after [5m then again",
            "timeout [30m] and [1m] later",
            "see note [K] and item [m]",
            "arr[1] = x[2]",
        ] {
            assert_eq!(view(t), t, "{t}");
        }
    }

    #[test]
    fn a_key_under_its_label_broken_in_two_by_a_mail_client() {
        let t = "Ecco la chiave:\nQz7Lp2Xw9Rk4M\nn6Vb3Tc8Hy1Jd5Fg2\n(la mail l'ha spezzata)";
        assert_eq!(crate::found(t), ["Qz7Lp2Xw9Rk4M\nn6Vb3Tc8Hy1Jd5Fg2"]);
        // Short lines under a colon that are no such halves stay apart.
        let t = "Codes:\nAb12Cd34Ef56\nOk\n";
        assert_eq!(view(t), t);
        let t = "Order:\nAB12CD34EF56\nSHIPPED2024X\n";
        assert_eq!(view(t), t);
    }

    #[test]
    fn a_vendor_key_cut_by_a_narrow_screen() {
        assert_eq!(
            view("Secret key\nghp_3EudPT\n8aPIgiKEOr7hTSoyHDiNbxBR5IVEKN\nReveal"),
            "Secret key\nghp_3EudPT8aPIgiKEOr7hTSoyHDiNbxBR5IVEKN\nReveal"
        );
        // A whole key ends its line; the next line is another.
        assert!(normalize("ghp_3EudPT8aPIgiKEOr7hTSoyHDiNbxBR5IVEKN\nReveal Copy").is_none());
        // Nor is a masked key continued by the next line's label.
        assert!(
            normalize("key: sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nSpan: d9ad6fe76f06e1a8").is_none()
        );
    }

    #[test]
    fn plain_text_needs_no_view() {
        assert!(normalize("card declined at 09:41, già provato").is_none());
        assert!(normalize("a \"quoted\" word and 'another'\nnext line").is_none());
    }

    #[test]
    fn compatibility_forms_and_invisibles() {
        assert_eq!(view("４５３９\u{200b}1488"), "45391488");
        assert_eq!(
            view("4539\u{00a0}1488\u{202f}0343\u{2009}6467"),
            "4539 1488 0343 6467"
        );
        assert_eq!(view("a\u{202e}b\u{2066}c\u{0}d"), "abcd");
        assert_eq!(view("parola d\u{2019}ordine"), "parola d'ordine");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            view("&#52;5&#x33;9 &amp; &lt;x&gt;"),
            "4539 &amp; &lt;x&gt;"
        );
        assert_eq!(
            view("pass%3Dword%40x %20 %PASSWORD%"),
            "pass=word%40x %20 %PASSWORD%"
        );
        assert_eq!(view("\\u0034\\u0035 \\\\u0034 \\/x"), "45 \\\\u0034 /x");
        // PowerShell's escaped quotes; a Markdown code span keeps its own.
        assert_eq!(view("-d \"{`\"k`\":`\"v`\"}\""), "-d \"{\"k\":\"v\"}\"");
        assert_eq!(view("run `\"make\"` now"), "run `\"make\"` now");
        assert_eq!(view("{`\"pin`\": `\"4821`\"}"), "{\"pin\": \"4821\"}");
    }

    #[test]
    fn a_json_body_in_a_powershell_string() {
        let t =
            "Invoke-RestMethod -Body \"{`\"login`\":`\"ops`\",`\"password`\":`\"Tq8vLm2Zr5Wx`\"}\"";
        assert_eq!(crate::found(t), ["Tq8vLm2Zr5Wx"]);
        // Its other members stay what they are.
        assert!(crate::found("Invoke-RestMethod -Body \"{`\"login`\":`\"ops`\"}\"").is_empty());
    }

    #[test]
    fn an_encoded_query_inside_a_url_parameter() {
        assert_eq!(
            view("?url=https%3A%2F%2Fx.io%2Freset%3Ftoken%3DabcDEF123%26email%3Dx"),
            "?url=https%3A%2F%2Fx.io%2Freset?token=abcDEF123&email=x"
        );
        // A `?` inside a value stays encoded.
        assert_eq!(view("sftp://u:Pa%3Fss@host"), "sftp://u:Pa%3Fss@host");
    }

    #[test]
    fn a_plus_in_a_form_field_is_a_space() {
        assert_eq!(
            view("To=x&Body=Your+code+is+006472&From=y"),
            "To=x&Body=Your code is 006472&From=y"
        );
        // Base64 keeps its `+`; so does a sum in code.
        assert_eq!(view("&sig=ab+cd/ef=="), "&sig=ab+cd/ef==");
        assert_eq!(view("let n = a+b;"), "let n = a+b;");
    }

    #[test]
    fn an_ampersand_escaped_inside_a_value_stays_in_it() {
        let t = "GET /api/v1/saldo?utente=arinaldi&password=Nebbia%23VY%26hha%3D6&formato=json HTTP/1.1\n";
        let found: Vec<&str> = crate::scan(t).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(found, ["Nebbia%23VY%26hha%3D6"]);
        // A URL carried encoded in a parameter keeps its own parameters.
        assert_eq!(
            view("?redirect=https%3A%2F%2Fx.it%2Fcb%3Fcode%3DAb12%26state%3Dxy"),
            "?redirect=https%3A%2F%2Fx.it%2Fcb?code=Ab12&state=xy"
        );
    }

    #[test]
    fn a_markup_character_escaped_inside_a_value_stays_in_it() {
        let t = "GET /api/v1/saldo?utente=app_ro01&password=gQ9a%25Scirocco%3C50&formato=json HTTP/1.1\n";
        let found: Vec<&str> = crate::scan(t).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(found, ["gQ9a%25Scirocco%3C50"]);
        let t = "login?user=ops&amp;pass=wVdc%25Lamp%3E66x&amp;return=%2Fhome\n";
        let found: Vec<&str> = crate::scan(t).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(found, ["wVdc%25Lamp%3E66x"]);
        // Carried encoded inside a parameter's URL, markup is decoded;
        // so is a value that is a `<placeholder>`.
        assert_eq!(view("?next=%2Fx%3Fq%3D%3Cb%3E"), "?next=%2Fx?q=<b>");
        let t = "GET /sync?private_key=%3Ccontenuto%20di%20id_rsa%3E&trace=feea77e8 HTTP/1.1\n";
        assert!(crate::scan(t).is_empty());
    }

    #[test]
    fn literals_joined_by_other_languages_operators() {
        // VB's `&` with its line continuation, Haskell's `<>` leading the
        // next line, `++`.
        assert_eq!(
            view("Const K As String = \"adb03b6d\" & _\n      \"4714e083\"\n"),
            "Const K As String = \"adb03b6d4714e083\"\n"
        );
        assert_eq!(
            view("k = \"c1e24fb2\"\n      <> \"f683a196\"\n"),
            "k = \"c1e24fb2f683a196\"\n"
        );
        assert_eq!(view("k = \"ab\" ++ \"cd\""), "k = \"abcd\"");
        // VB's `&` on one line; a variable after it, or `&&`, joins nothing.
        assert_eq!(
            view("Dim s As String = \"5862b8f8\" & \"8b143730\""),
            "Dim s As String = \"5862b8f88b143730\""
        );
        assert!(normalize("s = \"Hi \" & name & \"!\"").is_none());
        assert!(normalize("if (a == \"x\" && \"y\" == b)").is_none());
        // A comparison or a markup's `<>` between two strings is no join.
        assert!(normalize("If a <> \"x\" Then").is_none());
        let t = "api_key = \"pc_live_pDSqfGN3zNYm30u6\" & _\n    \"iaZvlYYqqpH1AYws\"\n";
        assert!(
            crate::scan(t)
                .iter()
                .any(|f| t[f.start..f.end].contains("iaZvlYYqqpH1AYws"))
        );
    }

    #[test]
    fn split_literals_and_wrapped_values() {
        assert_eq!(
            view("x = \"4539 1488 \" + \"0343 6467\""),
            "x = \"4539 1488 0343 6467\""
        );
        assert_eq!(view("'abc' .\n  'def'"), "'abcdef'");
        assert_eq!(view("4539 1488\n0343 6467"), "4539 1488 0343 6467");
        assert_eq!(
            view("eyJhbGciOiJIUzI1NiJ9.eyJzdWIi\nOiIxMjM0In0.sig"),
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig"
        );
        // A key on the next line is not part of the blob.
        assert!(normalize("commit 3f786850e387550fdab836ed7e6dc881\npassword: x").is_none());
    }

    #[test]
    fn a_blob_wrapped_in_a_reply_to_a_reply() {
        let t = "> > > Authorization: Basic ZGVwbG95OlF1ZXJjaWErNz\n> > > FaeCE=\n";
        assert_eq!(crate::found(t), ["ZGVwbG95OlF1ZXJjaWErNz\n> > > FaeCE="]);
        let t = ">>> token d8f2a61c0b9e47d3a5f1c2b8e6d4a7f9\n>>> 03c1e5b7a9d2 then\n";
        assert_eq!(
            crate::found(t),
            ["d8f2a61c0b9e47d3a5f1c2b8e6d4a7f9\n>>> 03c1e5b7a9d2"]
        );
    }

    #[test]
    fn an_open_quoted_argument_continued_on_an_indented_line() {
        let t = "curl https://api.example/v1 \\\n  -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyNj\n  IiLCJleHAiOjE3MjEyODUzNDJ9.Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm0Rt1Ys\" \\\n  -d x=1\n";
        let f = crate::found(t);
        assert!(f.len() == 1 && f[0].ends_with("Ys"), "{f:?}");
        // A closed quote ends the value; the indented line is the next.
        let t = "  -H \"X-Trace: Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5\"\n  Xm0Rt1Ys9Qm7Zr2Lx9Vk4Wp8\n";
        assert!(
            crate::scan(t)
                .iter()
                .all(|f| f.end <= t.find('\n').unwrap_or(0))
        );
    }

    #[test]
    fn a_quoted_line_rewrapped_with_its_overflow_alone() {
        let t = ">> Token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQ\nyNj\n>> IiLCJleHAiOjE3MjEyODUzNDJ9.Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm0Rt1Ys\n";
        let f = crate::found(t);
        assert!(f.len() == 1 && f[0].ends_with("Ys"), "{f:?}");
    }

    #[test]
    fn a_padded_chunk_closing_a_sentence_on_a_quoted_line() {
        let t = "> > Basic ZGVza3VzZXI6UXc5eE0yc2Ftc\n> > GxlIQ==. Then it fails.";
        assert!(view(t).contains("UXc5eE0yc2FtcGxlIQ==."), "{}", view(t));
        // A `=` inside the next line's word is still a key, dot or not.
        let u = "> > Basic ZGVza3VzZXI6UXc5eE0yc2Ftc\n> > A=B=. Then it fails.";
        assert!(view(u).contains("Ftc\n"), "{}", view(u));
    }

    #[test]
    fn a_card_in_six_and_five_wrapped_after_its_first_group() {
        assert_eq!(
            view("charged:\n3714\n496353 98431\nthanks"),
            "charged:\n3714 496353 98431\nthanks"
        );
        assert_eq!(
            view("carta 3852\n000002 3237 ok"),
            "carta 3852 000002 3237 ok"
        );
        // Luhn failing, or groups no card is printed in, stay two lines.
        assert_eq!(
            view("ref 3714\n496353 98432\nok"),
            "ref 3714\n496353 98432\nok"
        );
        assert_eq!(
            view("ref 3714\n49635 398431\nok"),
            "ref 3714\n49635 398431\nok"
        );
    }

    #[test]
    fn a_number_in_groups_spaced_twice_wrapped() {
        assert_eq!(
            view("card:\n4929  1014\n0631  4527\nok"),
            "card:\n4929  1014 0631  4527\nok"
        );
    }

    #[test]
    fn a_jwt_cut_right_after_it_began() {
        let t = ">> prova con eyJhbG\nciOi\n>> JIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyNiIsImV4cCI6MTcyMTI4NTM0Mn0.Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm0Rt1Ys ok\n";
        let f = crate::found(t);
        assert!(
            f.len() == 1 && f[0].starts_with("eyJhbG") && f[0].ends_with("Ys"),
            "{f:?}"
        );
        // A word merely starting so, in the middle of a name, is no start.
        assert!(view("x_eyJhbG\nciOi ok").contains("eyJhbG\n"));
    }

    #[test]
    fn a_quoted_overflow_in_lower_case() {
        let t = "> Token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyNiIsInR5cCI6InJl\nZn\n> Jlc2giLCJleHAiOjE3MjEyODUzNDJ9.Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5Xm0Rt1Ys\n";
        assert!(view(t).contains("InJlZnJlc2gi"), "{}", view(t));
        // Unquoted, a short word on its own line stays prose.
        let u = "Token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyNiIsInR5cCI6InJl\nOk\n> On Monday";
        assert!(view(u).contains("InJl\nOk"), "{}", view(u));
    }

    #[test]
    fn a_wrapped_blob_without_a_digit_near_the_break() {
        assert_eq!(
            view("token:\nQ7mZp2Kx9LwR4tYb8N_DfsMI_NumMOiCiNGmZhydz\ngMLyTJM35sKYjS8X\nok"),
            "token:\nQ7mZp2Kx9LwR4tYb8N_DfsMI_NumMOiCiNGmZhydz\ngMLyTJM35sKYjS8X\nok"
                .replacen("hydz\ng", "hydzg", 1)
        );
        // A name in capitals or camel case ends its line.
        assert!(normalize("D Auth: token=secrets.ACCESS_TOKEN\n06-15 17:38 D Net").is_none());
        assert!(
            normalize("at com.example.AbstractSingletonProxyFactoryBean\nCaused by X").is_none()
        );
    }

    #[test]
    fn a_numbered_list_is_not_a_number_going_on() {
        assert!(normalize("1) 4539 1488 0343 6467\n2) 5105 1051 0510 5100").is_none());
        assert_eq!(view("4539 1488\n0343 6467"), "4539 1488 0343 6467");
    }

    #[test]
    fn a_wrapped_value_kept_in_a_json_string() {
        assert_eq!(
            view(r#"{"body": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx\nMjM0In0.sig ok"}"#),
            r#"{"body": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig ok"}"#
        );
        // A line break escaped after a word or before the next line's
        // words stays one.
        assert_eq!(
            view(r#"{"body": "see the trace 9f2c4e1a7b3d5f60\nThanks, Ann"}"#),
            "{\"body\": \"see the trace 9f2c4e1a7b3d5f60\nThanks, Ann\"}"
        );
    }

    #[test]
    fn a_value_after_equals_wrapped() {
        assert_eq!(
            view("saved refresh_token=RT.Qw8sLmZt3VbN1xKp7.\nR4dYh2TfGj9Lq for x"),
            "saved refresh_token=RT.Qw8sLmZt3VbN1xKp7.R4dYh2TfGj9Lq for x"
        );
        // A short setting is no blob; the next line's key is not joined.
        assert!(normalize("port=8080abcdef12\nHost9 x").is_none());
        assert!(normalize("API_KEY=Qw8sLmZt3VbN1xKp7Xa\nDB_HOST=db1").is_none());
    }

    #[test]
    fn spans_map_back() {
        let t = "pin &#49;\u{200b}2 34";
        let n = normalize(t).unwrap();
        assert_eq!(n.text, "pin 12 34");
        let (s, e) = n.span(4, 9);
        assert_eq!(&t[s..e], "&#49;\u{200b}2 34");
    }
}
#[cfg(test)]
mod probe_tests {
    #[test]
    fn bench_ticket_needs_no_view() {
        let bench = include_str!("../benches/scan.rs");
        let start = bench.find("r#\"").unwrap() + 3;
        let end = bench[start..].find("\"#").unwrap() + start;
        let mut text = String::new();
        for i in 0..800 {
            text.push_str(&bench[start..end]);
            text.push_str(&format!("ticket #{i} amount 12{i}.50 EUR\n"));
        }
        let unit = &text;
        let at = super::first_change(unit);
        assert_eq!(
            at,
            None,
            "{:?}",
            at.map(|a| &unit[a.saturating_sub(20)..(a + 20).min(unit.len())])
        );
    }
}
