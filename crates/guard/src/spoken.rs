//! Numbers said as words and values spelled out, read into a digits view.
//!
//! A phone call typed out, a voicemail transcript or voice-to-text writes
//! a PIN as "quattro cinque tre nove", a card as "four five three nine,
//! one four eight eight…", a CVV as "three... one... oh", an IBAN as "I T
//! sei sette, I zero due zero…", and a password letter by letter ("capital
//! W, i, n, t, e, r, five, one, exclamation mark", "V maiuscola, e, s…").
//! Near the words that announce a value (any key the trigger pass saw,
//! 160 bytes before it to 320 after), such runs are rewritten as the
//! digits and characters they say: the rest of the text is kept, and each
//! byte of the view knows the original span it came from, so the same
//! rules (Luhn, mod-97, a PIN after its key, a password's shape) judge the
//! view and a finding covers the whole spoken run, separators included.
//!
//! What makes a run: number words (Italian and English units, teens, tens
//! and their compounds, "cento"/"hundred", "double"/"doppio"/"triple"
//! before a digit, "oh" for zero inside a run) and digit groups, joined by
//! spaces, commas, semicolons, dashes, slashes, dots and ellipses (not a
//! sentence's end, never a line break), and "e"/"and" between single
//! digits. A run needs two numbers or more and three digits or more, and
//! something spoken in it; two tens alone ("ten thirty", "nineteen
//! ninety") are a time or a year, not a code. Digits spaced one by one
//! with no word in between ("4 9 1 7 — 9 5 6 9 …") make a run from eight
//! digits in six groups. Single capital letters in a run are kept only
//! when the whole is a valid IBAN (the checksum decides). After a password
//! key, single letters spelled out (with "capital", "maiuscola", "X come
//! Xeres", "X as in X-ray" and the names of symbols) make a run of three
//! letters or more in five characters or more, with a digit, a symbol or a
//! capital among them.
//!
//! Only findings that touch a rewritten run are taken from the view (the
//! rest of the text was scanned as it is). Work is bounded: each byte of a
//! window is read once and a run stops after 640 bytes.

/// A key the trigger pass saw: where a spoken value may be near.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    pub start: usize,
    pub end: usize,
    /// A password key: spelled letters may follow it.
    pub password: bool,
}

/// The view: the text with spoken runs rewritten, and per view byte the
/// original span it stands for.
pub(crate) struct Spoken {
    pub text: String,
    orig: Vec<(u32, u32)>,
    /// View ranges that were rewritten, in order.
    runs: Vec<(usize, usize)>,
}

impl Spoken {
    /// The original span of view span `start..end` (`start < end`).
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig[start].0 as usize;
        let e = self.orig[end - 1].1 as usize;
        (s, e.max(s))
    }

    /// True when view span `start..end` touches a rewritten run.
    pub fn rewritten(&self, start: usize, end: usize) -> bool {
        let k = self.runs.partition_point(|r| r.1 <= start);
        self.runs.get(k).is_some_and(|r| r.0 < end)
    }
}

const BEFORE: usize = 160;
const AFTER: usize = 320;
const RUN_MAX: usize = 640;

/// One rewritten piece: the characters it says and the original span.
struct Piece {
    s: usize,
    e: usize,
    out: Vec<u8>,
    what: What,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    /// A number word (one digit, or a compound of two or three).
    Word,
    /// "oh": a zero only inside a run.
    Oh,
    /// ASCII digits.
    Digits,
    /// A single capital letter (an IBAN's country or CIN).
    Capital,
    /// A letter spelled out after a password key.
    Letter,
    /// A symbol said by name.
    Symbol,
}

/// Bytes of a word: ASCII letters and digits, and Latin-1 letters
/// (`tré`, UTF-8 `C3 xx`).
fn word_end(b: &[u8], mut j: usize, limit: usize) -> usize {
    while j < limit {
        if b[j].is_ascii_alphanumeric() {
            j += 1;
        } else if b[j] == 0xC3 && j + 1 < b.len() && (0x80..=0xBF).contains(&b[j + 1]) {
            j += 2;
        } else {
            break;
        }
    }
    j.min(b.len())
}

fn word_byte_before(b: &[u8], i: usize) -> bool {
    i > 0
        && (b[i - 1].is_ascii_alphanumeric()
            || (i >= 2 && b[i - 2] == 0xC3 && (0x80..=0xBF).contains(&b[i - 1])))
}

fn starts_word(b: &[u8], i: usize) -> bool {
    (b[i].is_ascii_alphanumeric()
        || (b[i] == 0xC3 && b.get(i + 1).is_some_and(|c| (0x80..=0xBF).contains(c))))
        && !word_byte_before(b, i)
}

/// The next word at or after `i`, before `limit`: (start, end).
fn next_word(b: &[u8], mut i: usize, limit: usize) -> Option<(usize, usize)> {
    while i < limit {
        if starts_word(b, i) {
            let e = word_end(b, i, (i + 32).min(b.len()));
            return Some((i, e));
        }
        i += 1;
    }
    None
}

/// What may stand between two numbers of a run: spaces, `,`, `;`, `-`,
/// `/`, dots and ellipses, en and em dashes, within eight bytes. A single
/// dot before a capitalized word ends a sentence; a line break ends the
/// run. Returns the next word when the gap allows it.
fn gap_to_next(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let mut i = e;
    let mut dots = 0;
    while i < b.len() && i - e <= 8 {
        match b[i] {
            b' ' | b'\t' | b',' | b';' | b'-' | b'/' => i += 1,
            b'.' => {
                dots += 1;
                i += 1;
            }
            0xE2 if b.get(i + 1) == Some(&0x80)
                && b.get(i + 2)
                    .is_some_and(|c| matches!(c, 0x93 | 0x94 | 0xA6)) =>
            {
                i += 3;
            }
            _ => break,
        }
    }
    if i - e > 8 || i >= b.len() || !starts_word(b, i) {
        return None;
    }
    if dots == 1 && b[i].is_ascii_uppercase() {
        return None;
    }
    Some((i, word_end(b, i, (i + 32).min(b.len()))))
}

fn lower(b: &[u8], s: usize, e: usize, buf: &mut [u8; 32]) -> usize {
    let n = (e - s).min(32);
    for (k, c) in b[s..s + n].iter().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    n
}

fn unit(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"zero" | b"nought" => 0,
        b"one" | b"uno" => 1,
        b"two" | b"due" => 2,
        b"three" | b"tre" | b"tr\xc3\xa9" => 3,
        b"four" | b"quattro" => 4,
        b"five" | b"cinque" => 5,
        b"six" | b"sei" => 6,
        b"seven" | b"sette" => 7,
        b"eight" | b"otto" => 8,
        b"nine" | b"nove" => 9,
        _ => return None,
    })
}

/// English teens and tens.
fn en_tens(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" | b"fourty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        _ => return None,
    })
}

/// An Italian number of one word up to 999 ("quarantacinque",
/// "trecentoventitré", "diciotto"): its value and how many digits it says
/// (a unit one, tens two, hundreds three).
fn it_number(w: &[u8]) -> Option<(u32, usize)> {
    const UNITS: &[(&[u8], u32)] = &[
        (b"uno", 1),
        (b"due", 2),
        (b"tr\xc3\xa9", 3),
        (b"tre", 3),
        (b"quattro", 4),
        (b"cinque", 5),
        (b"sei", 6),
        (b"sette", 7),
        (b"otto", 8),
        (b"nove", 9),
    ];
    const TEENS: &[(&[u8], u32)] = &[
        (b"dieci", 10),
        (b"undici", 11),
        (b"dodici", 12),
        (b"tredici", 13),
        (b"quattordici", 14),
        (b"quindici", 15),
        (b"sedici", 16),
        (b"diciassette", 17),
        (b"diciotto", 18),
        (b"diciannove", 19),
    ];
    const TENS: &[(&[u8], u32)] = &[
        (b"venti", 20),
        (b"trenta", 30),
        (b"quaranta", 40),
        (b"cinquanta", 50),
        (b"sessanta", 60),
        (b"settanta", 70),
        (b"ottanta", 80),
        (b"novanta", 90),
    ];
    let mut rest = w;
    let mut hundreds = 0;
    if let Some(r) = rest.strip_prefix(b"cento") {
        hundreds = 1;
        rest = r;
    } else {
        for &(u, v) in &UNITS[1..] {
            if v > 1
                && let Some(r) = rest.strip_prefix(u)
                && let Some(r) = r.strip_prefix(b"cento")
            {
                hundreds = v;
                rest = r;
                break;
            }
        }
    }
    let mut tens = 0;
    let mut teen = false;
    for &(t, v) in TENS {
        if let Some(r) = rest.strip_prefix(t) {
            tens = v;
            rest = r;
            break;
        }
        // Elided before "uno" and "otto": ventuno, trentotto.
        let elided = &t[..t.len() - 1];
        if let Some(r) = rest.strip_prefix(elided)
            && (r == b"uno" || r == b"otto")
        {
            tens = v;
            rest = r;
            break;
        }
    }
    if tens == 0 {
        for &(t, v) in TEENS {
            if rest == t {
                tens = v;
                teen = true;
                rest = &[];
                break;
            }
        }
    }
    let mut units = 0;
    if !rest.is_empty() {
        // "cento" and the tens take a unit; "tre" only as "tré" in a
        // compound, but both are written.
        units = UNITS.iter().find(|(u, _)| *u == rest)?.1;
    } else if hundreds == 0 && tens == 0 {
        return None;
    }
    let _ = teen;
    let value = hundreds * 100 + tens + units;
    let digits = if hundreds > 0 {
        3
    } else if tens > 0 {
        2
    } else {
        1
    };
    Some((value, digits))
}

fn push_number(out: &mut Vec<u8>, value: u32, digits: usize) {
    let s = format!("{value:0digits$}");
    out.extend_from_slice(s.as_bytes());
}

/// A symbol said by name, possibly over two words: its character and the
/// end of its last word.
fn symbol(b: &[u8], s: usize, e: usize) -> Option<(u8, usize)> {
    let mut buf = [0u8; 32];
    let n = lower(b, s, e, &mut buf);
    let w = &buf[..n];
    let next = || {
        gap_to_next(b, e).map(|(s2, e2)| {
            let mut buf2 = [0u8; 32];
            let n2 = lower(b, s2, e2, &mut buf2);
            (buf2, n2, e2)
        })
    };
    let second = |want: &[&[u8]]| -> Option<usize> {
        let (buf2, n2, e2) = next()?;
        want.contains(&&buf2[..n2]).then_some(e2)
    };
    Some(match w {
        b"exclamation" => (b'!', second(&[b"mark", b"point"]).unwrap_or(e)),
        b"esclamativo" => (b'!', e),
        b"at" | b"ad" => (b'@', second(&[b"sign", b"symbol"])?),
        b"chiocciola" | b"chiocciolina" => (b'@', e),
        b"hash" | b"hashtag" | b"cancelletto" => (b'#', e),
        b"pound" => (b'#', second(&[b"sign"])?),
        b"dollar" | b"dollaro" => (b'$', second(&[b"sign"]).unwrap_or(e)),
        b"percent" => (b'%', second(&[b"sign"]).unwrap_or(e)),
        b"underscore" => (b'_', e),
        b"hyphen" | b"dash" | b"minus" | b"trattino" => {
            if let Some(e2) = second(&[b"basso"]) {
                (b'_', e2)
            } else {
                (b'-', e)
            }
        }
        b"asterisk" | b"asterisco" => (b'*', e),
        b"ampersand" => (b'&', e),
        b"plus" => (b'+', e),
        b"slash" => (b'/', e),
        b"question" => (b'?', second(&[b"mark"])?),
        b"punto" => {
            if let Some(e2) = second(&[b"esclamativo"]) {
                (b'!', e2)
            } else if let Some(e2) = second(&[b"interrogativo"]) {
                (b'?', e2)
            } else {
                (b'.', e)
            }
        }
        b"dot" | b"period" => (b'.', e),
        _ => return None,
    })
}

/// "…, sei, uno. quindi Come61", "…, 6, 3. so that's Kipp63": after
/// spelling a password the writer often puts it together; that word is
/// the same password. From `end`, the spelled run's end: the lead, then
/// one word with a letter and a digit, a symbol or a capital.
pub(crate) fn assembled_after(text: &str, end: usize) -> Option<(usize, usize)> {
    const LEADS: [&[u8]; 9] = [
        b"quindi ",
        "cioè ".as_bytes(),
        b"ovvero ",
        b"so that's ",
        b"so thats ",
        b"so it's ",
        b"that is ",
        b"i.e. ",
        b"which is ",
    ];
    let b = text.as_bytes();
    let hi = (end + 64).min(b.len());
    let mut i = end;
    while i < hi && matches!(b[i], b'.' | b',' | b';' | b' ' | b'-') {
        i += 1;
    }
    let rest = b[i..hi].to_ascii_lowercase();
    let lead = LEADS.iter().find(|l| rest.starts_with(l))?;
    let s = i + lead.len();
    let mut e = s;
    while e < hi && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    while e > s && matches!(b[e - 1], b'.' | b',' | b';' | b')') {
        e -= 1;
    }
    let v = text.get(s..e)?;
    let letters = v.bytes().filter(u8::is_ascii_alphabetic).count();
    let other = v.bytes().any(|c| !c.is_ascii_lowercase());
    ((4..=40).contains(&v.len()) && letters >= 2 && other && !v.contains("://")).then_some((s, e))
}

/// The radio (NATO) alphabet's words, each spelling its first letter.
fn nato(w: &[u8]) -> bool {
    matches!(
        w,
        b"alpha"
            | b"alfa"
            | b"bravo"
            | b"charlie"
            | b"delta"
            | b"echo"
            | b"foxtrot"
            | b"golf"
            | b"hotel"
            | b"india"
            | b"juliet"
            | b"juliett"
            | b"kilo"
            | b"lima"
            | b"mike"
            | b"november"
            | b"oscar"
            | b"papa"
            | b"quebec"
            | b"romeo"
            | b"sierra"
            | b"tango"
            | b"uniform"
            | b"victor"
            | b"whiskey"
            | b"whisky"
            | b"xray"
            | b"yankee"
            | b"zulu"
    )
}

/// Words that make the letter beside them a capital (or lower case).
fn case_word(w: &[u8]) -> Option<bool> {
    match w {
        b"capital" | b"uppercase" | b"upper" | b"maiuscola" | b"maiuscolo" | b"maiusc" => {
            Some(true)
        }
        b"lowercase" | b"small" | b"minuscola" | b"minuscolo" => Some(false),
        _ => None,
    }
}

/// Reads one token of a run at word `s..e`: the piece it makes and where
/// the token ends (several words for "double five", "forty-five", "four
/// hundred and twelve", "capital W", "exclamation mark", "P come Palermo").
fn token(b: &[u8], s: usize, e: usize, spell: bool) -> Option<Piece> {
    let mut buf = [0u8; 32];
    let n = lower(b, s, e, &mut buf);
    let w = &buf[..n];
    if e - s > 31 {
        return None;
    }
    let peek = |at: usize| -> Option<(usize, usize, [u8; 32], usize)> {
        let (s2, e2) = gap_to_next(b, at)?;
        let mut b2 = [0u8; 32];
        let n2 = lower(b, s2, e2, &mut b2);
        Some((s2, e2, b2, n2))
    };
    if w.iter().all(u8::is_ascii_digit) {
        if w.len() > 19 {
            return None;
        }
        return Some(Piece {
            s,
            e,
            out: w.to_vec(),
            what: What::Digits,
        });
    }
    // "double five", "doppio zero", "triple seven".
    let times = match w {
        b"double" | b"doppio" | b"doppia" => 2,
        b"triple" | b"triplo" | b"tripla" => 3,
        _ => 0,
    };
    if times > 0 {
        let (_, e2, b2, n2) = peek(e)?;
        // "double oh": the zero said as the letter.
        let d = unit(&b2[..n2])
            .or_else(|| (n2 == 1 && b2[0].is_ascii_digit()).then(|| u32::from(b2[0] - b'0')))
            .or_else(|| (&b2[..n2] == b"oh").then_some(0))?;
        let out = vec![b'0' + d as u8; times];
        return Some(Piece {
            s,
            e: e2,
            out,
            what: What::Word,
        });
    }
    if let Some(v) = en_tens(w) {
        let mut out = Vec::new();
        let mut end = e;
        let mut value = v;
        // "forty-five", "forty five".
        if v >= 20
            && let Some((_, e2, b2, n2)) = peek(e)
            && let Some(u) = unit(&b2[..n2])
            && u > 0
            && b[e..].first().is_some_and(|&c| c == b'-' || c == b' ')
            && gap_len(b, e) == 1
        {
            value += u;
            end = e2;
        }
        push_number(&mut out, value, 2);
        return Some(Piece {
            s,
            e: end,
            out,
            what: What::Word,
        });
    }
    if let Some(u) = unit(w) {
        // "four hundred (and) twelve".
        if u > 0
            && let Some((_, e2, b2, n2)) = peek(e)
            && &b2[..n2] == b"hundred"
        {
            let mut value = u * 100;
            let mut end = e2;
            let mut at = e2;
            if let Some((_, e3, b3, n3)) = peek(at)
                && &b3[..n3] == b"and"
            {
                at = e3;
            }
            if let Some((_, e3, b3, n3)) = peek(at) {
                let w3 = &b3[..n3];
                if let Some(t) = en_tens(w3) {
                    value += t;
                    end = e3;
                    if t >= 20
                        && let Some((_, e4, b4, n4)) = peek(e3)
                        && let Some(u4) = unit(&b4[..n4])
                        && u4 > 0
                        && gap_len(b, e3) == 1
                    {
                        value += u4;
                        end = e4;
                    }
                } else if let Some(u3) = unit(w3)
                    && u3 > 0
                {
                    value += u3;
                    end = e3;
                }
            }
            let mut out = Vec::new();
            push_number(&mut out, value, 3);
            return Some(Piece {
                s,
                e: end,
                out,
                what: What::Word,
            });
        }
        return Some(Piece {
            s,
            e,
            out: vec![b'0' + u as u8],
            what: What::Word,
        });
    }
    if w == b"oh" {
        return Some(Piece {
            s,
            e,
            out: vec![b'0'],
            what: What::Oh,
        });
    }
    if let Some((v, digits)) = it_number(w) {
        let mut out = Vec::new();
        push_number(&mut out, v, digits);
        return Some(Piece {
            s,
            e,
            out,
            what: What::Word,
        });
    }
    let single = e - s == 1 && b[s].is_ascii_alphabetic();
    if !spell {
        // A capital alone may be an IBAN's country or CIN letter.
        return (single && b[s].is_ascii_uppercase()).then(|| Piece {
            s,
            e,
            out: vec![b[s]],
            what: What::Capital,
        });
    }
    // Spelled out after a password key.
    // "capital W", "capital Tango", "maiuscola C come Como".
    let (letter_at, mut upper, word_end) = if let Some(upper) = case_word(w) {
        let (s2, e2, b2, n2) = peek(e)?;
        if !(e2 - s2 == 1 && b[s2].is_ascii_alphabetic() || nato(&b2[..n2])) {
            return None;
        }
        (s2, Some(upper), e2)
    } else if single || nato(w) {
        // "Tango", "Papa": the radio alphabet's word is its letter.
        (s, None, e)
    } else {
        (usize::MAX, None, e)
    };
    if letter_at != usize::MAX {
        let c = b[letter_at];
        let mut end = word_end;
        // "V maiuscola", "W capital".
        if upper.is_none()
            && let Some((_, e2, b2, n2)) = peek(end)
            && let Some(u) = case_word(&b2[..n2])
        {
            upper = Some(u);
            end = e2;
        }
        // "P come Palermo", "P as in Papa", "P for Peter": the word after
        // starts with the letter (a single letter only).
        if word_end - letter_at == 1
            && let Some((_, e2, b2, n2)) = peek(end)
        {
            let mut at = None;
            match &b2[..n2] {
                b"come" | b"for" | b"like" => at = Some(e2),
                b"as" => {
                    if let Some((_, e3, b3, n3)) = peek(e2)
                        && &b3[..n3] == b"in"
                    {
                        at = Some(e3);
                    }
                }
                _ => {}
            }
            if let Some(at) = at
                && let Some((s3, e3)) = gap_to_next(b, at)
                && e3 - s3 >= 3
                && b[s3].eq_ignore_ascii_case(&c)
            {
                end = e3;
            }
        }
        // "C come Como maiuscola", "R for Romeo lowercase": the case said
        // after the word that spells the letter.
        if upper.is_none()
            && end > word_end
            && let Some((_, e2, b2, n2)) = peek(end)
            && let Some(u) = case_word(&b2[..n2])
        {
            upper = Some(u);
            end = e2;
        }
        let c = match upper {
            Some(true) => c.to_ascii_uppercase(),
            Some(false) => c.to_ascii_lowercase(),
            None => c,
        };
        return Some(Piece {
            s,
            e: end,
            out: vec![c],
            what: What::Letter,
        });
    }
    let (c, end) = symbol(b, s, e)?;
    Some(Piece {
        s,
        e: end,
        out: vec![c],
        what: What::Symbol,
    })
}

fn gap_len(b: &[u8], e: usize) -> usize {
    gap_to_next(b, e).map_or(usize::MAX, |(s2, _)| s2 - e)
}

/// Reads a run from word `s..e`; returns where reading stopped and the
/// pieces (possibly none qualify).
fn read_run(b: &[u8], s: usize, e: usize, spell: bool) -> (usize, Vec<Piece>) {
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut ws, mut we) = (s, e);
    loop {
        if ws - s > RUN_MAX {
            break;
        }
        // "e"/"and" between single digits in a run already under way.
        if !spell {
            let mut buf = [0u8; 32];
            let n = lower(b, ws, we, &mut buf);
            if matches!(&buf[..n], b"e" | b"ed" | b"and")
                && pieces.len() >= 2
                && pieces.last().is_some_and(|p| {
                    p.out.len() == 1 && p.what != What::Letter && p.what != What::Capital
                })
                && let Some((s2, e2)) = gap_to_next(b, we)
            {
                let mut b2 = [0u8; 32];
                let n2 = lower(b, s2, e2, &mut b2);
                let w2 = &b2[..n2];
                if unit(w2).is_some() || (n2 == 1 && w2[0].is_ascii_digit()) {
                    ws = s2;
                    we = e2;
                    continue;
                }
            }
        }
        let Some(p) = token(b, ws, we, spell) else {
            break;
        };
        let end = p.e;
        pieces.push(p);
        match gap_to_next(b, end) {
            Some((s2, e2)) => {
                ws = s2;
                we = e2;
            }
            None => break,
        }
    }
    let stop = pieces.last().map_or(e, |p| p.e);
    (stop, pieces)
}

/// True when `pieces` (numbers only) say a value: two numbers or more and
/// three digits or more, something spoken among them, not two tens alone;
/// or digits one by one (six groups, eight digits).
fn numbers_ok(pieces: &[Piece]) -> bool {
    let strong = pieces
        .iter()
        .filter(|p| matches!(p.what, What::Word | What::Digits))
        .count();
    let words = pieces
        .iter()
        .filter(|p| matches!(p.what, What::Word | What::Oh))
        .count();
    let digits: usize = pieces.iter().map(|p| p.out.len()).sum();
    if words == 0 {
        return pieces.len() >= 6 && digits >= 8 && pieces.iter().all(|p| p.out.len() == 1);
    }
    // Numbers of two or three digits ("trenta, due", "ten thirty"): a
    // time, a year or a count more often than a code, unless four digits
    // or more and not two tens alone.
    let compound = pieces
        .iter()
        .any(|p| p.what == What::Word && p.out.len() >= 2);
    let two_tens = pieces.len() == 2
        && pieces
            .iter()
            .all(|p| p.what == What::Word && p.out.len() >= 2);
    strong >= 2 && digits >= if compound { 4 } else { 3 } && !two_tens
}

/// Splits `pieces` into the runs they make: a spelled password, an IBAN
/// with its letters, or numbers between the letters.
fn runs_of(pieces: Vec<Piece>, spell: bool, out: &mut Vec<Vec<Piece>>) {
    let letters = pieces
        .iter()
        .filter(|p| matches!(p.what, What::Letter | What::Capital))
        .count();
    let symbols = pieces.iter().filter(|p| p.what == What::Symbol).count();
    if letters == 0 && symbols == 0 {
        if numbers_ok(&pieces) {
            out.push(pieces);
        }
        return;
    }
    if spell && letters >= 3 {
        let chars: usize = pieces.iter().map(|p| p.out.len()).sum();
        let digit = pieces
            .iter()
            .any(|p| matches!(p.what, What::Word | What::Digits | What::Oh));
        let capital = pieces
            .iter()
            .any(|p| p.what == What::Letter && p.out[0].is_ascii_uppercase());
        if chars >= 5 && (digit || symbols > 0 || capital) {
            out.push(pieces);
            return;
        }
    }
    // An IBAN: two capitals, then its exact length; the checksum decides.
    if pieces.len() >= 2 && pieces[0].what == What::Capital && pieces[1].what == What::Capital {
        let cc = [pieces[0].out[0], pieces[1].out[0]];
        if let Some(len) = crate::iban::country_length(cc) {
            let mut compact = Vec::with_capacity(len);
            let mut k = 0;
            while k < pieces.len() && compact.len() < len {
                if matches!(pieces[k].what, What::Symbol | What::Letter) {
                    break;
                }
                compact.extend_from_slice(&pieces[k].out);
                k += 1;
            }
            if compact.len() == len && crate::iban::is_valid(&compact) {
                let mut pieces = pieces;
                let rest = pieces.split_off(k);
                out.push(pieces);
                runs_of(rest, spell, out);
                return;
            }
        }
    }
    // Otherwise letters and symbols split the numbers.
    let mut part = Vec::new();
    for p in pieces {
        if matches!(p.what, What::Letter | What::Capital | What::Symbol) {
            if numbers_ok(&part) {
                out.push(std::mem::take(&mut part));
            } else {
                part.clear();
            }
        } else {
            part.push(p);
        }
    }
    if numbers_ok(&part) {
        out.push(part);
    }
}

/// First two letters of the words that may start a run: number words,
/// and after a password key the words for case and symbols.
const NUMBER_STARTS: &[&[u8; 2]] = &[
    b"ze", b"no", b"on", b"oh", b"tw", b"th", b"te", b"fo", b"fi", b"si", b"se", b"ei", b"el",
    b"ni", b"tr", b"un", b"du", b"do", b"qu", b"ci", b"ot", b"di", b"ve", b"ce",
];
const SPELL_STARTS: &[&[u8; 2]] = &[
    b"ca", b"up", b"ma", b"lo", b"sm", b"mi", b"ex", b"es", b"at", b"ad", b"ch", b"ha", b"po",
    b"pe", b"hy", b"da", b"as", b"am", b"pl", b"sl", b"pu", b"un",
];

const fn bigrams(lists: &[&[&[u8; 2]]]) -> [u32; 26] {
    let mut t = [0u32; 26];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k];
            t[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
            k += 1;
        }
        l += 1;
    }
    t
}

static NUMBER_BIGRAMS: [u32; 26] = bigrams(&[NUMBER_STARTS]);
static SPELL_BIGRAMS: [u32; 26] = bigrams(&[NUMBER_STARTS, SPELL_STARTS]);

fn may_start(a: u8, b: u8, spell: bool) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    let t = if spell {
        &SPELL_BIGRAMS
    } else {
        &NUMBER_BIGRAMS
    };
    t[usize::from(a - b'a')] & (1 << (b - b'a')) != 0
}

/// Builds the view around `cues` (sorted by start), or `None` when no
/// spoken run is near any of them.
pub(crate) fn view(text: &str, cues: &[Cue]) -> Option<Spoken> {
    let b = text.as_bytes();
    let mut runs: Vec<Vec<Piece>> = Vec::new();
    let mut done = 0usize;
    // Where spelled letters may be: after a password key (ends sorted,
    // all of the same length, so a pointer walks them).
    let spelled: Vec<(usize, usize)> = cues
        .iter()
        .filter(|c| c.password)
        .map(|c| (c.end, c.end + AFTER))
        .collect();
    let mut sp = 0;
    for cue in cues {
        let lo = cue.start.saturating_sub(BEFORE).max(done);
        let hi = (cue.end + AFTER).min(b.len());
        // Only numbers (digits or words) start a run; letters only after a
        // password key or as an IBAN's country.
        let mut i = lo;
        while i < hi {
            let Some((s, e)) = next_word(b, i, hi) else {
                break;
            };
            while sp < spelled.len() && spelled[sp].1 <= s {
                sp += 1;
            }
            let spell = spelled.get(sp).is_some_and(|r| r.0 <= s);
            // Cheap first test: digits, a single letter, or the first two
            // letters of a word that may start a run.
            if !b[s].is_ascii_digit() && e - s > 1 && !may_start(b[s], b[s + 1], spell) {
                i = e;
                continue;
            }
            let (stop, pieces) = read_run(b, s, e, spell);
            if pieces.len() >= 2 {
                runs_of(pieces, spell, &mut runs);
            }
            // A run that says nothing is skipped whole: a later start
            // inside it would say less (bounded work per byte).
            i = stop.max(e);
        }
        done = done.max(i).max(hi);
    }
    if runs.is_empty() {
        return None;
    }
    // Runs are found left to right and never overlap.
    let mut out = Vec::with_capacity(b.len());
    let mut orig: Vec<(u32, u32)> = Vec::with_capacity(b.len());
    let mut ranges = Vec::with_capacity(runs.len());
    let mut pos = 0;
    for run in &runs {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        if first.s < pos {
            continue;
        }
        out.extend_from_slice(&b[pos..first.s]);
        orig.extend((pos..first.s).map(|k| (k as u32, k as u32 + 1)));
        let v0 = out.len();
        for p in run {
            for &c in &p.out {
                out.push(c);
                orig.push((p.s as u32, p.e as u32));
            }
        }
        ranges.push((v0, out.len()));
        pos = last.e;
    }
    out.extend_from_slice(&b[pos..]);
    orig.extend((pos..b.len()).map(|k| (k as u32, k as u32 + 1)));
    let text = String::from_utf8(out).ok()?;
    Some(Spoken {
        text,
        orig,
        runs: ranges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(t: &str, password: bool) -> Option<String> {
        let cues = [Cue {
            start: 0,
            end: 0,
            password,
        }];
        view(t, &cues).map(|v| v.text)
    }

    #[test]
    fn italian_and_english_digits() {
        assert_eq!(
            rewritten("PIN: quattro cinque tre nove", false).as_deref(),
            Some("PIN: 4539")
        );
        assert_eq!(
            rewritten("code is four oh three, nine two oh.", false).as_deref(),
            Some("code is 403920.")
        );
        assert_eq!(
            rewritten("otp sette... due... tre... due", false).as_deref(),
            Some("otp 7232")
        );
        assert_eq!(
            rewritten("pin zero-6-otto-6 ok", false).as_deref(),
            Some("pin 0686 ok")
        );
        assert_eq!(
            rewritten("pin doppio cinque, tre, triple seven", false).as_deref(),
            Some("pin 553777")
        );
        assert_eq!(
            rewritten("code forty-five twenty-two eighteen", false).as_deref(),
            Some("code 452218")
        );
        assert_eq!(
            rewritten("codice quarantacinque ventidue diciotto", false).as_deref(),
            Some("codice 452218")
        );
        assert_eq!(
            rewritten("cvv trecentoventitré e basta", false).as_deref(),
            None
        );
        assert_eq!(
            rewritten("pin uno due e tre quattro", false).as_deref(),
            Some("pin 1234")
        );
        assert_eq!(
            rewritten("card 4 9 1 7 — 9 5 6 9 — 4 2 9 8", false).as_deref(),
            Some("card 491795694298")
        );
    }

    #[test]
    fn ordinary_numbers_stay() {
        for t in [
            "one or two errors since ten thirty",
            "the code expires in five minutes",
            "alle dieci e trenta, due volte",
            "in nineteen ninety-nine",
            "sei sicuro? ho provato tre volte",
            "we paid two hundred euros for 3 seats",
            "PIN 1 2 3",
            "Oh, one more thing",
        ] {
            assert_eq!(rewritten(t, false), None, "{t}");
        }
    }

    #[test]
    fn iban_letters_only_when_valid() {
        assert_eq!(
            rewritten("IBAN I T sei zero, X zero cinque quattro due otto, uno uno uno zero uno, zero zero zero zero zero zero uno due tre quattro cinque sei", false).as_deref(),
            Some("IBAN IT60X0542811101000000123456")
        );
        // A wrong check digit: the letters split the numbers.
        assert_eq!(rewritten("I T sei uno, X zero cinque", false), None);
    }

    #[test]
    fn spelled_passwords() {
        assert_eq!(
            rewritten(
                "password: capital W, i, n, t, e, r, five, one, exclamation mark. Bye",
                true
            )
            .as_deref(),
            Some("password: Winter51!. Bye")
        );
        assert_eq!(
            rewritten(
                "la password è R maiuscola, o, m, a, sette, chiocciola",
                true
            )
            .as_deref(),
            Some("la password è Roma7@")
        );
        assert_eq!(
            rewritten("password P come Palermo, i, n, o, tre, tre", true).as_deref(),
            Some("password Pino33")
        );
        // Without a password key, letters are not read.
        assert_eq!(
            rewritten("capital W, i, n, t, e, r, five, one", false),
            None
        );
        assert_eq!(rewritten("options a, b, c or d", true), None);
    }

    #[test]
    fn spans_map_back() {
        let t = "pin: tre, sei, cinque, uno!";
        let v = view(
            t,
            &[Cue {
                start: 0,
                end: 3,
                password: false,
            }],
        )
        .unwrap();
        assert_eq!(v.text, "pin: 3651!");
        let (s, e) = v.span(5, 9);
        assert_eq!(&t[s..e], "tre, sei, cinque, uno");
        assert!(v.rewritten(5, 9));
        assert!(!v.rewritten(0, 4));
    }

    #[test]
    fn letters_spelled_with_the_radio_alphabet_and_case_after() {
        let t = "she read the admin password: capital Victor, Echo, Golf lowercase, 4, 2, at sign";
        assert_eq!(
            crate::found(t),
            ["capital Victor, Echo, Golf lowercase, 4, 2, at sign"]
        );
        let t = "la password: B come Bari maiuscola, R come Roma minuscola, E come Empoli, 7, due";
        assert_eq!(
            crate::found(t),
            ["B come Bari maiuscola, R come Roma minuscola, E come Empoli, 7, due"]
        );
        // "double oh": two zeros.
        let t = "card is four five three nine, one four double oh, three four three six, four six seven five";
        assert_eq!(
            crate::found(t),
            ["four five three nine, one four double oh, three four three six, four six seven five"]
        );
        // Put together after spelling it.
        let t = "the wifi password: capital Kilo, Oscar, Lima lowercase, 5, 0. so that's Kol50";
        assert_eq!(crate::found(t).len(), 2);
        assert_eq!(crate::found(t)[1], "Kol50");
        // The radio alphabet's words in a sentence near a password key.
        assert!(crate::found("password reset for Mike at the Hotel, call Oscar").is_empty());
    }
}
