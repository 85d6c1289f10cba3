//! Values given as a reply: one message names a credential ("which token
//! are you using", "il pos chiede il pin supervisore", "did you type the
//! security code?") and one of the next few messages is the value, bare or
//! after a short lead ("è 3979", "yes the back one, 973", "here it is
//! 237401", "cmq è questo: …"). Chat exports' headers (`[12:01] Ana:`,
//! `03/08/24, 16:03 - Ana:`, `Ana, [18.05.25 14:42]`, `Ana  7:12 AM`) are
//! skipped; the reply is judged by the first message's key, with the same
//! shapes as `nearby`.
//!
//! Only a key on a chat's line (after a header with a time, or under a
//! header alone) is followed, at most five messages and 2,000 bytes ahead.

use crate::Kind;
use crate::nearby::{self, Key, Want};

/// How many messages after the key's a reply may come.
const AHEAD: usize = 5;

/// Words a short reply may end its lead with before the value.
const LEADS: &[&str] = &[
    "è",
    "e'",
    "é",
    "is",
    "it's",
    "its",
    "eccolo",
    "eccola",
    "ecco",
    "here",
    "this",
    "questo",
    "questa",
    "è:",
    "sono",
    "ist",
    "est",
    "es",
    "voilà",
    "qui",
    // Told what to type: "use 838053", "try 1345", "metti 926833".
    "use",
    "try",
    "type",
    "enter",
    "usa",
    "prova",
    "metti",
    "digita",
    "inserisci",
];

/// A line of a chat export: its message's start after a header with a
/// time (`[12:01] Ana: …`, `03/08/24, 16:03 - Ana: …`), a header alone
/// (`Ana, [18.05.25 14:42]`, `Ana  7:12 AM`, `[18:46] Customer`), or a
/// line of a message.
enum ChatLine {
    Headed(usize),
    Header,
    Plain,
}

fn has_time(s: &str) -> bool {
    s.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    })
}

fn chat_line(line: &str) -> ChatLine {
    // Only a line's first 64 bytes can hold a header.
    let b = line.as_bytes();
    let head_end = crate::value::floor_boundary(b, b.len().min(64));
    if let Some(p) = crate::text::find2(&b[..head_end], *b": ") {
        let head = &line[..p];
        // A log line's time and level are no chat header.
        let log = head.split_whitespace().any(|w| {
            matches!(
                w,
                "INFO"
                    | "WARN"
                    | "WARNING"
                    | "ERROR"
                    | "DEBUG"
                    | "TRACE"
                    | "FATAL"
                    | "E"
                    | "W"
                    | "I"
                    | "D"
                    | "V"
            )
        });
        if has_time(head)
            && !log
            && head.split_whitespace().count() <= 6
            && !head.contains(['"', '=', '{'])
        {
            return ChatLine::Headed(p + 2);
        }
    }
    if line.len() > 64 {
        return ChatLine::Plain;
    }
    let words = line.split_whitespace().count();
    if has_time(line)
        && words <= 5
        && !line.contains(": ")
        && !line.trim_end().ends_with(['?', '.', '!'])
    {
        return ChatLine::Header;
    }
    ChatLine::Plain
}

/// Words of a message that asks for a value or tells what is asked.
const ASKS: &[&str] = &[
    "which",
    "what",
    "what's",
    "need",
    "needs",
    "send",
    "give",
    "tell",
    "read",
    "type",
    "typed",
    "enter",
    "using",
    "received",
    "got",
    "quale",
    "qual",
    "che",
    "serve",
    "chiede",
    "chiedono",
    "manda",
    "mandami",
    "dammi",
    "dimmi",
    "leggi",
    "legge",
    "ricevuto",
    "arrivato",
    "usi",
    "usate",
    "digita",
    "inserisci",
    "welche",
    "quel",
    "quelle",
    "cuál",
    "asks",
    "asking",
    // "quando arriva scrivilo qui", "paste it here": asking for it when
    // it comes.
    "scrivilo",
    "scrivimelo",
    "incollalo",
    "leggimelo",
    "paste",
];

/// A message that announces the value comes in the next one ("password
/// next message", "te la mando in un messaggio a parte"): sent apart so
/// it is not read with the user name, it is a reply all the same.
const ANNOUNCES: &[&str] = &[
    "next message",
    "next msg",
    "separate message",
    "another message",
    "prossimo messaggio",
    "prossimo msg",
    "messaggio a parte",
    "messaggio separato",
    "altro messaggio",
    "nächste nachricht",
    "prochain message",
];

fn asks(body: &str) -> bool {
    let lower = body.to_lowercase();
    ANNOUNCES.iter().any(|a| lower.contains(a))
        || body.trim_end().ends_with('?')
        || body
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .any(|w| ASKS.contains(&w.to_lowercase().as_str()))
}

/// The value a reply gives, if the message is short and is a value after
/// a lead at most five words long.
fn reply_value(text: &str, bs: usize, be: usize, want: Want) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut i = bs;
    while i < be {
        while i < be && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= be {
            break;
        }
        let s = i;
        while i < be && !matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        words.push((s, i));
        if words.len() > 10 {
            return None;
        }
    }
    // `key: value` and `key=value` lines are fields, not replies.
    let body = &text[bs..be];
    if body.contains('=') || body.contains("://") {
        return None;
    }
    for k in 0..words.len().min(6) {
        if k > 0 {
            let lead = text[words[k - 1].0..words[k - 1].1].to_lowercase();
            if !(lead.ends_with([',', ':']) || LEADS.contains(&lead.as_str())) {
                continue;
            }
            // "the case number is 93481910": the lead names another thing.
            let lead_words: Vec<String> = text[words[0].0..words[k - 1].1]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let names_other = lead_words.iter().enumerate().any(|(n, w)| {
                (nearby::OTHER_CODES.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "number" | "numero" | "id" | "nummer" | "numéro" | "n"
                    ))
                    && !where_it_came(&lead_words[..n])
            });
            if names_other {
                return None;
            }
        }
        if let Some((s, e)) = nearby::candidate(text, words[k].0, want, false) {
            // The value ends the message (an emoji or a full stop aside).
            let rest = text[e..be].trim();
            if rest.chars().all(|c| !c.is_alphanumeric()) && rest.len() <= 8 {
                return Some((s, e));
            }
        }
    }
    None
}

/// "arrivato sul mio telefono: 177226", "just came to my phone: …": the
/// words before a thing's name place it as where the value came (after
/// "on", "sul", a possessive between), not as what the value is.
fn where_it_came(before: &[String]) -> bool {
    const OWNERS: &[&str] = &[
        "my", "mio", "mia", "the", "il", "la", "your", "tuo", "tua", "our", "nostro",
    ];
    const ON: &[&str] = &[
        "on", "to", "via", "sul", "sulla", "al", "alla", "nel", "per", "auf", "sur",
    ];
    let mut i = before.len();
    while i > 0 && OWNERS.contains(&before[i - 1].as_str()) {
        i -= 1;
    }
    i > 0 && ON.contains(&before[i - 1].as_str())
}

/// The lines after `from`, each as (start, end) without its line break,
/// up to `limit` bytes.
fn lines_from(b: &[u8], from: usize, limit: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let end = (from + limit).min(b.len());
    let mut s = from;
    std::iter::from_fn(move || {
        if s >= end {
            return None;
        }
        let nl = memchr::memchr(b'\n', &b[s..end]).map_or(end, |p| s + p);
        let mut e = nl;
        if e > s && b[e - 1] == b'\r' {
            e -= 1;
        }
        let line = (s, e);
        s = nl + 1;
        Some(line)
    })
}

/// "got the SMS to confirm the payout but the app says invalid code",
/// then "what code did you get?": a question in a chat asks about the
/// code the message before it spoke of, so that message's cues count.
/// The nearest line above the question's (`ls`) that is not a header.
fn cue_before(text: &str, key: &Key, ls: usize) -> bool {
    let b = text.as_bytes();
    let lo = ls.saturating_sub(400);
    let mut end = ls.saturating_sub(1);
    for _ in 0..3 {
        if end <= lo {
            return false;
        }
        let ps = memchr::memrchr(b'\n', &b[lo..end]).map_or(lo, |p| lo + p + 1);
        let line = text[ps..end].trim_end_matches('\r');
        if !line.trim().is_empty() && !matches!(chat_line(line), ChatLine::Header) {
            let at = Key {
                start: ps,
                end: ps,
                want: key.want,
            };
            return nearby::weak_code_ok(text, &at, ps, end);
        }
        end = ps.saturating_sub(1);
    }
    false
}

/// Replies that give the value a message before them names.
pub(crate) fn scan(text: &str, keys: &[Key], out: &mut Vec<(Kind, usize, usize)>) {
    let b = text.as_bytes();
    let mut last_line = usize::MAX;
    for key in keys {
        let want = match key.want {
            Want::Again => continue,
            Want::WeakCode => Want::Code,
            w => w,
        };
        // The key's line, and the line above it (a header alone).
        let lo = crate::value::floor_boundary(b, key.start.saturating_sub(400));
        let ls = memchr::memrchr(b'\n', &b[lo..key.start]).map_or(lo, |p| lo + p + 1);
        // Each line is looked at once, for its first key.
        if ls == last_line {
            continue;
        }
        last_line = ls;
        let hi = (key.start + 601).min(b.len());
        let le = memchr::memchr(b'\n', &b[key.start..hi]).map_or(hi, |p| key.start + p);
        let le = crate::value::floor_boundary(b, le);
        let le_line = if le > ls && b[le - 1] == b'\r' {
            le - 1
        } else {
            le
        };
        if le_line - ls > 600 {
            continue;
        }
        let line = &text[ls..le_line];
        // A header with a time before the key on its line, or a short
        // header line alone above it: anything else is no chat.
        let headed = has_time(&text[ls..crate::value::floor_boundary(b, key.start.min(ls + 64))]);
        let above = if !headed && ls > lo + 1 {
            let ps = memchr::memrchr(b'\n', &b[lo..ls - 1]).map_or(lo, |p| lo + p + 1);
            if ls - 1 - ps > 64 {
                continue;
            }
            &text[ps..ls - 1]
        } else {
            ""
        };
        let body = match chat_line(line) {
            ChatLine::Headed(off) if key.start >= ls + off => &line[off..],
            ChatLine::Plain
                if !headed
                    && matches!(chat_line(above.trim_end_matches('\r')), ChatLine::Header) =>
            {
                line
            }
            _ => continue,
        };
        if !asks(body)
            || (key.want == Want::WeakCode
                && !nearby::weak_code_ok(text, key, 0, b.len())
                && !cue_before(text, key, ls))
        {
            continue;
        }
        // The next messages, from the line after the key's.
        let mut bodies = 0;
        for (s, e) in lines_from(b, le + 1, 2000) {
            let l = &text[s..e];
            if l.trim().is_empty() {
                continue;
            }
            let (bs, be) = match chat_line(l) {
                ChatLine::Header => continue,
                ChatLine::Headed(off) => (s + off, e),
                ChatLine::Plain => (s, e),
            };
            bodies += 1;
            if bodies > AHEAD {
                break;
            }
            // A later message naming a key of its own answers that one.
            // (Keys are sorted by position: one binary search.)
            let p = keys.partition_point(|k| k.start < bs);
            if keys.get(p).is_some_and(|k| k.start < be) {
                break;
            }
            if let Some((vs, ve)) = reply_value(text, bs, be, want) {
                let kind = match want {
                    Want::Password => Kind::Password,
                    Want::Code | Want::WeakCode => Kind::Pin,
                    Want::Cvv if ve - vs <= 4 => Kind::Cvv,
                    Want::Cvv => Kind::Pin,
                    Want::Token(k) => k,
                    Want::Again => Kind::AccessToken,
                };
                out.push((kind, vs, ve));
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_key_asked_about_then_handed_over() {
        let t = "[10:30] Noah: put the key into the module but still 401\n[10:31] Emily: which key?\n[10:32] Noah: the one from the portal, API section\n[10:33] Noah: here\n[10:34] Noah: 5b4f903dc115590c82d7705838210c7ee76d9abe\n";
        assert_eq!(
            crate::found(t),
            ["5b4f903dc115590c82d7705838210c7ee76d9abe"]
        );
        let t = "[12:04] Tommaso: quale chiave?\n[12:06] Simone: eccola\n[12:07] Simone: RGE4AGXL3uT7FE3ighH4lq7EFGnpO91PCYVROZ0ATgXnVvGa\n";
        assert_eq!(
            crate::found(t),
            ["RGE4AGXL3uT7FE3ighH4lq7EFGnpO91PCYVROZ0ATgXnVvGa"]
        );
        // An id or a commit in the reply is no key; nor is a key named
        // without a question.
        let t = "[10:31] Emily: which key?\n[10:32] Noah: the request id 5f0c2a4e-1d7b-4c8e-9a3f-2b6d8e1f4a7c\n";
        assert!(crate::found(t).is_empty());
        let t = "[10:31] Emily: the key is rotated monthly\n[10:32] Noah: 5b4f903dc115590c82d7705838210c7ee76d9abe\n";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_reply_telling_what_to_type() {
        let t = "[11:12] Ada: at the machine, terminal 41208037 asks for the tech PIN\n[13:55] Leo: use 838053\n";
        assert_eq!(crate::found(t), ["838053"]);
        let t = "[11:12] Ada: il terminale chiede il PIN tecnico\n[11:13] Leo: metti 926833\n";
        assert_eq!(crate::found(t), ["926833"]);
        // Told to use something else than a value.
        let t = "[11:12] Ada: the terminal asks for the tech PIN\n[11:13] Leo: use the one on the sheet\n";
        assert!(crate::found(t).is_empty());
    }

    #[test]
    fn a_reply_may_say_where_the_code_came() {
        let t = "[09:10] Ada: the bank asks for the OTP to sign the batch\n[09:11] Leo: just came to my phone: 804417\n";
        assert_eq!(crate::found(t), ["804417"]);
        // The phone named as the thing is another number.
        let t = "[09:10] Ada: the bank asks for the OTP\n[09:11] Leo: my phone: 804417\n";
        assert!(crate::scan(t).is_empty(), "{:?}", crate::scan(t));
    }

    #[test]
    fn a_value_announced_for_the_next_message() {
        let t = "[09:14] Lia: utente lia.b, la password te la mando in un messaggio a parte\n[09:15] Lia: Cardellino#61\n";
        assert_eq!(crate::found(t), ["Cardellino#61"]);
        let t = "Tom (17:02): pw in next msg\nTom (17:03): otter-pebble-sundial-12\n";
        assert_eq!(crate::found(t), ["otter-pebble-sundial-12"]);
        // Announced, then something else said.
        let t = "Tom (17:02): pw in next msg\nTom (17:03): actually call me instead\n";
        assert!(crate::found(t).is_empty());
    }
}
