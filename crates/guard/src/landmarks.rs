//! One pass over the text for the rare strings that wake the passes run
//! after the trigger pass: `INSERT`/`insert` (`sql`), `</` (`xml`),
//! `Secret` (`encoded`), an answer marker at a line's start (`qa`),
//! `WIFI:` (`wifi`), ` PIC ` (`cobol`), `FII+` (`edifact`), `kty` (`jwk`),
//! `PuTTY-User-Key-File-` (`ppk`), a Tab keystroke (`typed`) and a
//! debugger's `(Pdb) p` (`eav`) and `user:pass` (`basic_pair`). (What starts with bytes as common
//! as "recovery" or `&c` is left to the trigger pass: each pattern's
//! first bytes are checked wherever they occur.)
//! Each had searched the whole text on its own (six searches and a walk
//! over every line break); one Aho-Corasick automaton, built once, finds
//! them all.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// The patterns, in the order of `Mark`'s discriminants below. Answer
/// markers are searched with the line break before them; the text's first
/// line is checked on its own.
const PATTERNS: &[&str] = &[
    "INSERT",
    "insert",
    "</",
    "Secret",
    "\nA:",
    "\nR:",
    "\n->",
    "\n→",
    "\n> ",
    "\nAnswer:",
    "\nRisposta:",
    "WIFI:",
    " PIC ",
    "FII+",
    "kty",
    "PuTTY-User-Key-File-",
    // The Tab keystroke's spellings in scripts that type a login (`typed`).
    "ab}",
    "ress('tab')",
    "ress(\"tab\")",
    "Keys.TAB",
    // A debugger's print command (`eav::debugger_prints`).
    "(Pdb) p",
    "ipdb> p",
    // A Basic pair's own label, `user:pass` (`basic_pair`): searched
    // from its colon, as `user` is too common a start.
    ":pass",
    // A login in a list item, `- name: user / password` (`listed_login`).
    " / ",
    // Key bytes in hex as `klist -K` prints them (`printed_keys`).
    "(0x",
    // A client's pair under its own label, `id:secret` (`basic_pair`).
    ":secret",
];

/// The answer markers a question-and-answer line starts with (`qa`).
pub(crate) const ANSWER_MARKERS: &[&str] = &["A:", "R:", "->", "→", "> ", "Answer:", "Risposta:"];

/// Where the rare strings are.
#[derive(Debug, Default)]
pub(crate) struct Landmarks {
    /// Starts of `INSERT` and `insert`, in order.
    pub inserts: Vec<usize>,
    /// Starts of `</`, in order.
    pub closes: Vec<usize>,
    /// `Secret` occurs.
    pub secret: bool,
    /// A line starts with an answer marker.
    pub answer: bool,
    /// Starts of `WIFI:` (a Wi-Fi QR payload, `wifi`), in order.
    pub wifi: Vec<usize>,
    /// Starts of ` PIC ` (a COBOL copybook's picture, `cobol`), in order.
    pub pics: Vec<usize>,
    /// Starts of `FII+` (an EDIFACT bank segment, `edifact`), in order.
    pub fii: Vec<usize>,
    /// Ends of a Tab keystroke's spelling (`typed`), in order.
    pub tabs: Vec<usize>,
    /// Ends of a debugger's print prompt (`(Pdb) p`), in order.
    pub prints: Vec<usize>,
    /// Starts of `kty` (a JSON Web Key's type member, `jwk`), in order.
    pub kty: Vec<usize>,
    /// Starts of `PuTTY-User-Key-File-` (a `.ppk` file, `ppk`), in order.
    pub ppk: Vec<usize>,
    /// Ends of `user:pass` and `id:secret` (a pair's label, `basic_pair`),
    /// in order.
    pub basic: Vec<usize>,
    /// Starts of ` / ` (a listed login, `listed_login`), in order.
    pub slashes: Vec<usize>,
    /// Starts of `(0x` (key bytes, `printed_keys`), in order.
    pub hex_keys: Vec<usize>,
}

fn automaton() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        // No pattern can start inside an occurrence of another (nor of
        // itself), so the non-overlapping search reports every occurrence
        // of each, as a search per pattern did.
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(PATTERNS)
            .unwrap_or_else(|e| panic!("landmark patterns: {e}"))
    })
}

pub(crate) fn find(text: &str) -> Landmarks {
    let b = text.as_bytes();
    let mut marks = Landmarks {
        answer: ANSWER_MARKERS.iter().any(|m| b.starts_with(m.as_bytes())),
        ..Landmarks::default()
    };
    for m in automaton().find_iter(text) {
        match m.pattern().as_usize() {
            0 | 1 => marks.inserts.push(m.start()),
            2 => marks.closes.push(m.start()),
            3 => marks.secret = true,
            11 => marks.wifi.push(m.start()),
            12 => marks.pics.push(m.start()),
            13 => marks.fii.push(m.start()),
            14 => marks.kty.push(m.start()),
            15 => marks.ppk.push(m.start()),
            16 => {
                if m.start() >= 2
                    && b[m.start() - 2] == b'{'
                    && b[m.start() - 1].eq_ignore_ascii_case(&b't')
                {
                    marks.tabs.push(m.end());
                }
            }
            17..=19 => marks.tabs.push(m.end()),
            20 | 21 => marks.prints.push(m.end()),
            22 => {
                if m.start() >= 4 && b[m.start() - 4..m.start()].eq_ignore_ascii_case(b"user") {
                    marks.basic.push(m.end());
                }
            }
            23 => marks.slashes.push(m.start()),
            24 => marks.hex_keys.push(m.start()),
            25 => {
                if m.start() >= 2 && b[m.start() - 2..m.start()].eq_ignore_ascii_case(b"id") {
                    marks.basic.push(m.end());
                }
            }
            _ => marks.answer = true,
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_occurrence_as_separate_searches_find_them() {
        let t = "INSERT insert INSERTinsert </a></b> Secret\nA: x\n> y";
        let m = find(t);
        let mut each: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), b"INSERT")
            .chain(memchr::memmem::find_iter(t.as_bytes(), b"insert"))
            .collect();
        each.sort_unstable();
        assert_eq!(m.inserts, each);
        assert_eq!(
            m.closes,
            memchr::memmem::find_iter(t.as_bytes(), b"</").collect::<Vec<_>>()
        );
        assert!(m.secret && m.answer);
        assert!(find("A: first line").answer);
        assert!(!find("no A: here").answer);
    }
}
