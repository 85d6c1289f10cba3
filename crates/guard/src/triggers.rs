//! Finds trigger words (keys, "Bearer", vendor prefixes, `eyJ`,
//! `-----BEGIN`) in one forward pass. Every trigger starts a word (or is a
//! dash flag), so only word starts are looked up, in a table indexed by the
//! first two lowercased bytes. Matches are leftmost-longest and never
//! overlap.

use std::sync::OnceLock;

use crate::keywords::{KEYWORDS, Rule};
use crate::vendor;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Trigger {
    Context(Rule),
    Jwt,
    Pem,
    Vendor(usize),
    /// `://` of a URL that may carry `user:password@`.
    UrlCredentials,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub trigger: Trigger,
}

const BUCKETS: usize = 42;
const NO_BUCKET: u8 = u8::MAX;

/// 0: other, 1: lowercase letter, 2: uppercase letter, 3: digit.
const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() {
            1
        } else if c.is_ascii_uppercase() {
            2
        } else if c.is_ascii_digit() {
            3
        } else {
            0
        };
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = classes();

/// Bytes that start no trigger (neither a letter, a digit, `:` nor `-`):
/// spaces and punctuation, most of what lies between words, skipped with
/// one lookup each.
static INERT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = CLASS[i] == 0 && i as u8 != b':' && i as u8 != b'-';
        i += 1;
    }
    t
};

const fn bucket_of(c: u8) -> u8 {
    let c = c.to_ascii_lowercase();
    match c {
        b'a'..=b'z' => c - b'a',
        b'0'..=b'9' => 26 + c - b'0',
        b'_' => 36,
        b'-' => 37,
        b' ' => 38,
        b'.' => 39,
        b'/' => 40,
        // The lead byte of Latin-1 letters (`ó`, `é`): "código".
        0xc3 => 41,
        _ => NO_BUCKET,
    }
}

/// `bucket_of` for every byte.
static BUCKET: [u8; 256] = {
    let mut t = [NO_BUCKET; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = bucket_of(i as u8);
        i += 1;
    }
    t
};

struct Table {
    patterns: Vec<(&'static [u8], Trigger)>,
    /// Each pattern's first eight bytes in lower case (zeros past its end)
    /// and the mask of the bytes it has: one word comparison against
    /// `lower8` of the text decides a pattern of eight bytes or fewer.
    heads: Vec<(u64, u64)>,
    /// `offsets[k]..offsets[k + 1]` index `ids` for bucket pair `k`,
    /// longest pattern first, so the first match is the longest.
    offsets: Vec<u32>,
    ids: Vec<u16>,
    /// Bucket pairs whose words may be a key mistyped (`fuzzy_hit`).
    fuzzy: Vec<bool>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut patterns: Vec<(&'static [u8], Trigger)> = Vec::new();
        for (word, rule) in KEYWORDS {
            if !word.starts_with('-') {
                patterns.push((word.as_bytes(), Trigger::Context(*rule)));
            }
        }
        patterns.push((b"eyJ", Trigger::Jwt));
        for (i, v) in vendor::VENDORS.iter().enumerate() {
            patterns.push((v.prefix.as_bytes(), Trigger::Vendor(i)));
        }
        let mut lists: Vec<Vec<u16>> = vec![Vec::new(); BUCKETS * BUCKETS];
        for (id, (p, _)) in patterns.iter().enumerate() {
            let (a, b) = (bucket_of(p[0]), bucket_of(p[1]));
            assert!(
                a != NO_BUCKET && b != NO_BUCKET,
                "trigger {p:?} needs a bucket"
            );
            assert!(!p.contains(&0), "trigger {p:?} holds a zero byte");
            lists[usize::from(a) * BUCKETS + usize::from(b)].push(id as u16);
        }
        let mut offsets = Vec::with_capacity(lists.len() + 1);
        let mut ids = Vec::new();
        for l in &mut lists {
            // Longest first; of equal length, the earlier pattern (a stable
            // sort keeps them in `patterns` order), as before.
            l.sort_by_key(|&id| std::cmp::Reverse(patterns[usize::from(id)].0.len()));
            offsets.push(ids.len() as u32);
            ids.extend_from_slice(l);
        }
        let heads = patterns
            .iter()
            .map(|(p, _)| {
                let n = p.len().min(8);
                let mut w = [0u8; 8];
                w[..n].copy_from_slice(&p[..n]);
                let mask = if n == 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * n)) - 1
                };
                (u64::from_le_bytes(w.map(|c| c.to_ascii_lowercase())), mask)
            })
            .collect();
        offsets.push(ids.len() as u32);
        let mut fuzzy = vec![false; BUCKETS * BUCKETS];
        for p in FUZZY_PAIRS {
            for (x, y) in [(p[0], p[1]), (p[0].to_ascii_uppercase(), p[1])] {
                let (a, b) = (bucket_of(x), bucket_of(y));
                if a != NO_BUCKET && b != NO_BUCKET {
                    fuzzy[usize::from(a) * BUCKETS + usize::from(b)] = true;
                }
            }
        }
        Table {
            patterns,
            heads,
            offsets,
            ids,
            fuzzy,
        }
    })
}

#[inline(always)]
fn starts_with_ci(b: &[u8], at: usize, p: &[u8]) -> bool {
    b.get(at..at + p.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(p))
}

/// The eight bytes at `i` (zeros past the end) with ASCII capitals made
/// lower case, as `to_ascii_lowercase` does byte by byte. The high bits
/// are masked off before the additions so that no carry crosses bytes.
#[inline(always)]
fn lower8(b: &[u8], i: usize) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut w = [0u8; 8];
    match b.get(i..i + 8) {
        Some(chunk) => w.copy_from_slice(chunk),
        None => {
            let rest = &b[i.min(b.len())..];
            w[..rest.len()].copy_from_slice(rest);
        }
    }
    let x = u64::from_le_bytes(w);
    let y = x & !HIGHS;
    // High bit of each byte: at least `A`, and above `Z`.
    let ge_a = y.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let gt_z = y.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = ge_a & !gt_z & !x & HIGHS;
    x | (upper >> 2)
}

/// The longest pattern starting at word start `i`.
#[inline(always)]
fn word_hit(t: &Table, b: &[u8], i: usize) -> Option<Hit> {
    let second = *b.get(i + 1)?;
    let (x, y) = (BUCKET[usize::from(b[i])], BUCKET[usize::from(second)]);
    if y == NO_BUCKET {
        return None;
    }
    let k = usize::from(x) * BUCKETS + usize::from(y);
    let (lo, hi) = (t.offsets[k] as usize, t.offsets[k + 1] as usize);
    if lo < hi {
        let head = lower8(b, i);
        // Patterns never hold a zero byte, so one cannot match the zeros
        // `lower8` puts past the end of the text.
        for &id in &t.ids[lo..hi] {
            let id = usize::from(id);
            let (h, mask) = t.heads[id];
            if head & mask != h {
                continue;
            }
            let (p, trigger) = t.patterns[id];
            if p.len() > 8 && !starts_with_ci(b, i + 8, &p[8..]) {
                continue;
            }
            // A vendor's prefix that a keyword also starts (`secret_`):
            // without the key's body after it, the keyword is the hit.
            if let Trigger::Vendor(v) = trigger
                && vendor::short_miss(b, i, v)
            {
                continue;
            }
            return Some(Hit {
                start: i,
                end: i + p.len(),
                trigger,
            });
        }
    }
    if t.fuzzy[k] {
        return fuzzy_hit(b, i);
    }
    None
}

/// A capitalized key read from a screenshot, whose second letter OCR took
/// for a digit or a lowercase `l` (`C0dice`, `P1N`, `PlN`, `C0ntraseña`): the word is
/// looked up again with `0` read as `o`, `1` as `i` and an `l` between
/// capitals as `I` (wherever they stand after a letter in its first 32
/// bytes). The hit keeps the original span.
#[inline(always)]
fn ocr_hit(t: &Table, b: &[u8], i: usize) -> Option<Hit> {
    let second = *b.get(i + 1)?;
    let upper = |k: usize| b.get(k).is_some_and(u8::is_ascii_uppercase);
    // A capital first (hex ids and hashes are lowercase), at a word's real
    // start (not a camelCase hump inside base64).
    if !upper(i)
        || (i > 0 && b[i - 1].is_ascii_alphanumeric())
        || !(matches!(second, b'0' | b'1') || (second == b'l' && upper(i + 2)))
    {
        return None;
    }
    ocr_lookup(t, b, i)
}

/// `ocr_hit`'s lookup of the word read again (rare: kept out of the loop).
#[cold]
#[inline(never)]
fn ocr_lookup(t: &Table, b: &[u8], i: usize) -> Option<Hit> {
    let n = (b.len() - i).min(32);
    let mut w = [0u8; 32];
    w[..n].copy_from_slice(&b[i..i + n]);
    for k in 1..n {
        let prev_letter = w[k - 1].is_ascii_alphabetic();
        let next_digit = w.get(k + 1).is_some_and(u8::is_ascii_digit) && k + 1 < n;
        match w[k] {
            b'0' if prev_letter && !next_digit => w[k] = b'o',
            b'1' if prev_letter && !next_digit => w[k] = b'i',
            b'l' if w[k - 1].is_ascii_uppercase() && k + 1 < n && w[k + 1].is_ascii_uppercase() => {
                w[k] = b'I';
            }
            _ => {}
        }
    }
    word_hit(t, &w[..n], 0).map(|h| Hit {
        start: i,
        end: i + h.end,
        trigger: h.trigger,
    })
}

/// A key mistyped, autocorrected or read by OCR: "pasword", "passwrod",
/// "pazzword", "Passw0rd", "pa55word", "secrete", "secert", "toke",
/// "tocken", "c0dice", "lBAN", "c0nto". The word is folded (lower case;
/// OCR's digits `0 1 3 4 5 8` and `l`, `|` read as the letters they look
/// like; `z` as `s`; `vv` as `w`) and compared with a few keys: equal, or
/// for keys of five letters or more one letter dropped, added or swapped
/// with its neighbour (never replaced: "taken" is no token, nor a plural
/// the key). Only words whose first three bytes may start one of them are
/// looked at.
/// Called by `word_hit` only for words whose first two bytes may start
/// a mistyped key (`FUZZY_PAIRS`, flagged in the trigger table).
#[inline(always)]
fn fuzzy_hit(b: &[u8], i: usize) -> Option<Hit> {
    let g = |k: usize| b.get(i + k).map_or(0, u8::to_ascii_lowercase);
    let (x, mut y, mut z) = (g(0), g(1), g(2));
    // OCR's accent on a vowel ("pàssword", "cödice"): the letter under it.
    if y == 0xC3 {
        y = latin1_base(g(2) | 0x20);
        z = g(3);
    }
    let maybe = match (x, y) {
        (b'p', b'a' | b'4') => matches!(z, b's' | b'z' | b'5' | b'$' | b'w'),
        (b's', b'e' | b'3') => matches!(z, b'c' | b'g'),
        (b't', b'o' | b'0') => matches!(z, b'k' | b'c'),
        (b'c', b'o') => z == b'd',
        (b'c', b'0') => matches!(z, b'd' | b'n'),
        (b'k', b'o' | b'0') => z == b'n',
        (b'l' | b'i', b'b' | b'8') => z == b'a' || z == b'4',
        _ => false,
    };
    if !maybe || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    fuzzy_lookup(b, i)
}

/// First two bytes of the words `fuzzy_hit` looks at.
const FUZZY_PAIRS: &[[u8; 2]] = &[
    *b"pa",
    *b"p4",
    *b"se",
    *b"s3",
    *b"to",
    *b"t0",
    *b"co",
    *b"c0",
    *b"k0",
    *b"ko",
    *b"lb",
    *b"l8",
    *b"ib",
    *b"i8",
    [b'p', 0xC3],
    [b's', 0xC3],
    [b't', 0xC3],
    [b'c', 0xC3],
];

/// A prefix hit inside a longer word: the whole word when it is the key
/// mistyped (of a key of several words, "client secrete", the last word;
/// the key keeps its rule).
#[cold]
#[inline(never)]
fn mistyped_whole(b: &[u8], h: Hit) -> Hit {
    let last = memchr::memrchr(b' ', &b[h.start..h.end]).map_or(h.start, |p| h.start + p + 1);
    match fuzzy_hit(b, last) {
        Some(f) if last > h.start => Hit { end: f.end, ..h },
        Some(f) => f,
        None => h,
    }
}

#[cold]
#[inline(never)]
fn fuzzy_lookup(b: &[u8], i: usize) -> Option<Hit> {
    // (key, whether one edit is allowed)
    const KEYS: &[(&str, bool)] = &[
        ("password", true),
        ("secret", true),
        ("segreto", true),
        ("token", true),
        ("codice", true),
        ("iban", false),
        ("conto", false),
        ("konto", false),
    ];
    let mut j = i;
    while j < b.len() && j - i < 16 {
        if b[j].is_ascii_alphanumeric() || matches!(b[j], b'$' | b'|') {
            j += 1;
        } else if b[j] == 0xC3 && b.get(j + 1).is_some_and(|&c| latin1_base(c | 0x20) != 0) {
            j += 2;
        } else {
            break;
        }
    }
    if j - i < 4 || j - i > 12 || b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut w = [0u8; 16];
    let mut n = 0;
    let mut k = i;
    while k < j {
        let c = b[k].to_ascii_lowercase();
        if c == 0xC3 {
            w[n] = latin1_base(b[k + 1] | 0x20);
            n += 1;
            k += 2;
            continue;
        }
        let f = match c {
            b'0' => b'o',
            b'1' | b'l' | b'|' => b'i',
            b'3' => b'e',
            b'4' => b'a',
            b'5' | b'$' | b'z' => b's',
            b'8' => b'b',
            b'v' if b.get(k + 1).is_some_and(|c| c.eq_ignore_ascii_case(&b'v')) => {
                k += 1;
                b'w'
            }
            c => c,
        };
        w[n] = f;
        n += 1;
        k += 1;
    }
    let w = &w[..n];
    let key = KEYS.iter().find(|(key, edit)| {
        let key = key.as_bytes();
        w == key || (*edit && one_edit(w, key) && !(w.len() == key.len() + 1 && w.ends_with(b"s")))
    })?;
    let rule = KEYWORDS
        .iter()
        .find(|(k, _)| *k == key.0)
        .map(|(_, r)| *r)?;
    Some(Hit {
        start: i,
        end: j,
        trigger: Trigger::Context(rule),
    })
}

/// The base vowel of a Latin-1 letter's second UTF-8 byte (lower case
/// `à`…`ü`, as `| 0x20` folds capitals), or 0.
fn latin1_base(c: u8) -> u8 {
    match c {
        0xA0..=0xA5 => b'a',
        0xA8..=0xAB => b'e',
        0xAC..=0xAF => b'i',
        0xB2..=0xB6 => b'o',
        0xB9..=0xBC => b'u',
        _ => 0,
    }
}

/// `w` is `key` with one letter dropped, one added, or two neighbours
/// swapped.
fn one_edit(w: &[u8], key: &[u8]) -> bool {
    let p = w.iter().zip(key).take_while(|(a, b)| a == b).count();
    match w.len() as isize - key.len() as isize {
        0 => {
            p + 1 < w.len()
                && w[p] == key[p + 1]
                && w[p + 1] == key[p]
                && w[p + 2..] == key[p + 2..]
        }
        1 => w[p + 1..] == key[p..],
        -1 => w[p..] == key[p + 1..],
        _ => false,
    }
}

/// Dash-led triggers: a PEM header, curl's `-u` / `--user` flag (and
/// HTTPie's `-a` / `--auth`), or a `-p` password flag.
fn dash_hit(b: &[u8], i: usize) -> Option<Hit> {
    if b.get(i + 1) != Some(&b'-') && i + 1 < b.len() {
        let after_space = i == 0 || b[i - 1].is_ascii_whitespace();
        if after_space && (b[i + 1] == b'u' || b[i + 1] == b'U') {
            return Some(Hit {
                start: i,
                end: i + 2,
                trigger: Trigger::Context(Rule::CurlUser),
            });
        }
        // HTTPie's `-a id:secret` (`curl_user` asks for its command).
        if after_space && b[i + 1] == b'a' && b.get(i + 2) == Some(&b' ') {
            return Some(Hit {
                start: i,
                end: i + 2,
                trigger: Trigger::Context(Rule::CurlUser),
            });
        }
        // `-P` is a password flag only for SQL Server's clients
        // (`sqlcmd -U sa -P …`); `dash_p` asks for the command.
        // `-w` is the bind password of OpenLDAP's clients (`ldapsearch
        // -D dn -w pw`); `dash_p` asks for the command.
        if after_space
            && (b[i + 1] == b'p'
                || (matches!(b[i + 1], b'P' | b'w') && b.get(i + 2) == Some(&b' ')))
        {
            return Some(Hit {
                start: i,
                end: i + 2,
                trigger: Trigger::Context(Rule::DashP),
            });
        }
        return None;
    }
    if starts_with_ci(b, i, b"-----begin") {
        return Some(Hit {
            start: i,
            end: i + 10,
            trigger: Trigger::Pem,
        });
    }
    let after_space = i == 0 || b[i - 1].is_ascii_whitespace();
    if after_space && starts_with_ci(b, i, b"--user") {
        return Some(Hit {
            start: i,
            end: i + 6,
            trigger: Trigger::Context(Rule::CurlUser),
        });
    }
    // curl's login at the proxy, `user:password` as its `--user`'s.
    if after_space && starts_with_ci(b, i, b"--proxy-user") {
        return Some(Hit {
            start: i,
            end: i + 12,
            trigger: Trigger::Context(Rule::CurlUser),
        });
    }
    if after_space && starts_with_ci(b, i, b"--auth ") {
        return Some(Hit {
            start: i,
            end: i + 6,
            trigger: Trigger::Context(Rule::CurlUser),
        });
    }
    None
}

/// The first position at or after `i` that is not a lowercase ASCII
/// letter or a digit, eight bytes at a time.
fn skip_lower_digits(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        // Per byte (ASCII only, so no carry crosses bytes): the high bit
        // of `x + (0x80 - lo)` is set when the byte is `lo` or more.
        let ascii = !x & HIGHS;
        let lower = x.wrapping_add(ONES * (0x80 - u64::from(b'a')))
            & !x.wrapping_add(ONES * (0x80 - u64::from(b'z') - 1));
        let digit = x.wrapping_add(ONES * (0x80 - u64::from(b'0')))
            & !x.wrapping_add(ONES * (0x80 - u64::from(b'9') - 1));
        let other = !(lower | digit) & HIGHS | !ascii & HIGHS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && (b[i].is_ascii_lowercase() || b[i].is_ascii_digit()) {
        i += 1;
    }
    i
}

/// Calls `on_hit` for each trigger, left to right. The callback sees hits
/// in order and never two that overlap.
#[inline(never)]
pub(crate) fn for_each(text: &str, mut on_hit: impl FnMut(Hit)) {
    let t = table();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    // Invariant at the top of the loop: `i` is a word start (a letter after
    // a non-alphanumeric byte, or an uppercase letter after a lowercase
    // one), a dash, or a byte that starts neither.
    while i < n {
        let c = b[i];
        if INERT[usize::from(c)] {
            i += 1;
            continue;
        }
        let cls = CLASS[usize::from(c)];
        if cls == 1 || cls == 2 {
            let hit = match word_hit(t, b, i) {
                // A key's prefix inside a longer word ("passwrod",
                // "secrete"): the whole word may be the key mistyped. (A
                // vendor's prefix is followed by its key's body: `secret_…`
                // is Notion's, not a mistyped "secret".)
                Some(h)
                    if !matches!(h.trigger, Trigger::Vendor(_))
                        && b.get(h.end).is_some_and(u8::is_ascii_alphanumeric) =>
                {
                    Some(mistyped_whole(b, h))
                }
                Some(h) => Some(h),
                None => ocr_hit(t, b, i),
            };
            if let Some(h) = hit {
                on_hit(h);
                i = h.end;
                // A hit that ends inside a word must not start another.
                while i < n && CLASS[usize::from(b[i])] != 0 && CLASS[usize::from(b[i - 1])] != 0 {
                    if CLASS[usize::from(b[i])] == 2 && CLASS[usize::from(b[i - 1])] == 1 {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            // Rest of the word: lowercase letters and digits cannot start a
            // trigger; an uppercase letter after a lowercase one can.
            i = skip_lower_digits(b, i + 1);
            while i < n {
                let k = CLASS[usize::from(b[i])];
                if k == 1 || k == 3 || (k == 2 && CLASS[usize::from(b[i - 1])] != 1) {
                    i += 1;
                } else {
                    break;
                }
            }
            continue;
        }
        if cls == 3 {
            // A digit starts a trigger only before `/` (Google's refresh
            // tokens, `1//0…`).
            if b.get(i + 1) == Some(&b'/')
                && let Some(h) = word_hit(t, b, i)
            {
                on_hit(h);
                i = h.end;
                continue;
            }
            // Digits glue to following letters ("4pin" is no word start).
            loop {
                i = skip_lower_digits(b, i);
                if i < n && CLASS[usize::from(b[i])] == 2 {
                    i += 1;
                } else {
                    break;
                }
            }
            continue;
        }
        if c == b':' && b.get(i + 1) == Some(&b'/') && b.get(i + 2) == Some(&b'/') {
            on_hit(Hit {
                start: i,
                end: i + 3,
                trigger: Trigger::UrlCredentials,
            });
            i += 3;
            continue;
        }
        if c == b'-'
            && let Some(h) = dash_hit(b, i)
        {
            on_hit(h);
            i = h.end;
            continue;
        }
        // The property's name is the word; it starts after the letter. Only
        // a whole name counts: inside one (`-PstorePassword`) the word
        // starts already mark its key.
        if c == b'-'
            && property_flag(b, i)
            && let Some(h) = property_hit(t, b, i)
        {
            on_hit(h);
            i = h.end;
            continue;
        }
        i += 1;
    }
}

/// The key a property flag's whole name is (kept out of the loop above:
/// flags are rare, and the loop stays small).
#[cold]
#[inline(never)]
fn property_hit(t: &Table, b: &[u8], i: usize) -> Option<Hit> {
    word_hit(t, b, i + 2).filter(|h| !b.get(h.end).is_some_and(u8::is_ascii_alphanumeric))
}

/// `-DapiKey=…` (a Java system property), `-PsigningToken=…` (a Gradle
/// project property): the flag's letter is glued to the name it sets, so
/// the name's first letter starts a word though no boundary shows it.
fn property_flag(b: &[u8], i: usize) -> bool {
    (i == 0 || b[i - 1].is_ascii_whitespace())
        && matches!(b.get(i + 1), Some(b'D' | b'P'))
        && b.get(i + 2).is_some_and(u8::is_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_at_start(t: &str) -> Option<(usize, Trigger)> {
        let mut first = None;
        for_each(t, |h| {
            if first.is_none() {
                first = Some((h.end, h.trigger));
            }
        });
        first.filter(|(_, tr)| matches!(tr, Trigger::Context(_)))
    }

    #[test]
    fn keys_mistyped_or_read_by_ocr() {
        for t in [
            "pasword: x",
            "passwrod x",
            "pazzword x",
            "Passw0rd x",
            "PA55WORD x",
            "secrete x",
            "secert x",
            "toke x",
            "tocken x",
            "c0dice x",
            "lBAN x",
            "c0nto x",
            "passsword x",
            "pàssword x",
            "passwòrd x",
            "Kont0 x",
        ] {
            let w = t.find([' ', ':']).unwrap_or(t.len());
            assert_eq!(key_at_start(t).map(|(e, _)| e), Some(w), "{t}");
        }
        for t in [
            "taken x",
            "tokens x",
            "secrets x",
            "passaggio x",
            "pagamento x",
            "contro x",
            "secretary x",
            "toker x",
            "codici x",
            "payment x",
            "second x",
        ] {
            let w = t.split(' ').next().unwrap_or("");
            assert_ne!(key_at_start(t).map(|(e, _)| e), Some(w.len()), "{t}");
        }
    }

    fn hits(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        for_each(t, |h| v.push(&t[h.start..h.end]));
        v
    }

    #[test]
    fn skipping_lowercase_and_digits_matches_a_byte_loop() {
        let samples: [&[u8]; 5] = [
            b"abcdefghijklmnopqrstuvwxyz0123456789 tail",
            b"token endpoint, then",
            b"aaaaaaaaaaaaaaaaZ",
            b"\xc3\xa0bc{z`a/0:9@",
            b"",
        ];
        for s in samples {
            for from in 0..=s.len() {
                let naive = (from..s.len())
                    .find(|&k| !(s[k].is_ascii_lowercase() || s[k].is_ascii_digit()))
                    .unwrap_or(s.len());
                assert_eq!(skip_lower_digits(s, from), naive, "{s:?} {from}");
            }
        }
        let all: Vec<u8> = (0..=255u8).collect();
        for from in 0..all.len() {
            let naive = (from..all.len())
                .find(|&k| !(all[k].is_ascii_lowercase() || all[k].is_ascii_digit()))
                .unwrap_or(all.len());
            assert_eq!(skip_lower_digits(&all, from), naive);
        }
    }

    #[test]
    fn a_property_flags_name_starts_a_word() {
        assert_eq!(hits("mvn verify -DclientSecret=x"), vec!["clientSecret"]);
        assert_eq!(hits("gradle run -PaccessToken=x"), vec!["accessToken"]);
        // Inside a word, or without the flag's dash, no word starts.
        assert!(hits("x-Dclientid").is_empty());
        assert_eq!(
            hits(" -PstorePassword=x -PkeyPassword=y"),
            vec!["Password", "Password"]
        );
        let t = "./gradlew publish -PapiKey=Vq8Rk2Lm5Xz9Tb3Wn7Yc4Hp6 --info";
        assert_eq!(crate::found(t), ["Vq8Rk2Lm5Xz9Tb3Wn7Yc4Hp6"]);
    }

    #[test]
    fn word_starts_only_longest_first() {
        assert_eq!(
            hits("access_token=1 pinned spin PIN code"),
            vec!["access_token", "pin", "PIN code"]
        );
        assert_eq!(
            hits("newPassword db_password xpassword"),
            vec!["Password", "password"]
        );
        assert_eq!(hits("curl -u a:b --user c:d x-u"), vec!["-u", "--user"]);
        assert_eq!(
            hits("curl -x p:3128 --proxy-user c:d"),
            vec!["--proxy-user"]
        );
        assert_eq!(hits("\"-----BEGIN RSA"), vec!["-----BEGIN"]);
        assert_eq!(
            hits("Bearer eyJhbG sk_live_x"),
            vec!["Bearer", "eyJ", "sk_live_"]
        );
    }
}
