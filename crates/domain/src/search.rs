//! Help-center search text: the same pipeline for what is indexed and what is
//! asked, so "pagamenti" meets "pagamento" and "perche" meets "perché".
//!
//! words → lowercase → accents folded → stop words dropped → Snowball stem.
//! Stemming happens here, in Rust, before any database sees the text; the
//! database only matches the resulting terms (SQLite FTS5, PostgreSQL
//! `simple` tsvector), so every backend finds the same articles.

use crate::Locale;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::sync::OnceLock;

/// Longest word kept; longer runs (hashes, base64) are not useful terms.
const MAX_WORD: usize = 40;

/// Folds accents and case: "Perché" → "perche", "Città" → "citta".
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
                'è' | 'é' | 'ê' | 'ë' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' => out.push('i'),
                'ò' | 'ó' | 'ô' | 'ö' | 'õ' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
                'ç' => out.push('c'),
                'ñ' => out.push('n'),
                'ß' => out.push_str("ss"),
                // Combining marks left by decomposed input ("e" + U+0301).
                '\u{300}'..='\u{36f}' => {}
                other => out.push(other),
            }
        }
    }
    out
}

/// Words of `text` with their byte ranges: runs of letters and digits.
/// An apostrophe splits ("l'articolo" → "l", "articolo").
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let is_word = c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

// Folded forms. Kept short on purpose: only words that carry no meaning in a
// help-center query. "perche" (why) is not one of them: people search for it.
const STOP_EN: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "does", "for", "from", "has",
    "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on",
    "or", "our", "so", "that", "the", "their", "then", "there", "these", "this", "to", "was", "we",
    "what", "when", "where", "which", "who", "will", "with", "you", "your", "can", "should",
];
const STOP_IT: &[&str] = &[
    "a", "ad", "al", "alla", "alle", "agli", "ai", "allo", "all", "anche", "che", "chi", "ci",
    "come", "con", "da", "dal", "dalla", "dalle", "dai", "dagli", "dallo", "del", "della", "delle",
    "dei", "degli", "dello", "di", "e", "ed", "gli", "ha", "hai", "ho", "i", "il", "in", "io",
    "la", "le", "lo", "l", "ma", "mi", "ne", "nel", "nella", "nelle", "nei", "negli", "nello",
    "non", "o", "per", "piu", "quale", "quando", "se", "si", "sono", "su", "sul", "sulla", "sui",
    "tra", "fra", "un", "una", "uno", "un", "vi", "voi", "noi", "cosa", "dove", "e", "c", "d",
];

fn is_stop(locale: Locale, folded: &str) -> bool {
    let list = match locale {
        Locale::En => STOP_EN,
        Locale::It => STOP_IT,
    };
    list.contains(&folded)
}

fn stemmer(locale: Locale) -> &'static Stemmer {
    static EN: OnceLock<Stemmer> = OnceLock::new();
    static IT: OnceLock<Stemmer> = OnceLock::new();
    match locale {
        Locale::En => EN.get_or_init(|| Stemmer::create(Algorithm::English)),
        Locale::It => IT.get_or_init(|| Stemmer::create(Algorithm::Italian)),
    }
}

/// The search term for one word, or None for a stop word or an overlong run.
pub fn term(locale: Locale, word: &str) -> Option<String> {
    if word.len() > MAX_WORD {
        return None;
    }
    let folded = fold(word);
    if folded.is_empty() || is_stop(locale, &folded) {
        return None;
    }
    // Identifiers and numbers stay as they are.
    if folded.chars().any(|c| c.is_ascii_digit()) {
        return Some(folded);
    }
    let stem = stemmer(locale).stem(&folded);
    // The Snowball stemmers may restore accents; fold again so the index
    // only ever holds folded terms.
    Some(fold(&stem))
}

/// The text to index: every term of `text`, space-separated.
pub fn index_text(locale: Locale, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (_, w) in words(text) {
        if let Some(t) = term(locale, w) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&t);
        }
    }
    out
}

/// The distinct terms of a query, in order. Empty when the query holds only
/// stop words or symbols: the caller answers with an empty result.
pub fn query_terms(locale: Locale, query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, w) in words(query) {
        if let Some(t) = term(locale, w)
            && !out.contains(&t)
        {
            out.push(t);
        }
        if out.len() == 12 {
            break;
        }
    }
    out
}

/// Most alternatives one query word may stand for.
const MAX_ALTERNATIVES: usize = 8;

/// The terms a help center's index holds (one locale), so that a query word
/// the index does not hold can still find articles: a word cut short or
/// still being typed ("pagam", "pagament") and a word with a typo
/// ("pagamnto", "acess") stand for the indexed terms they are close to.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    terms: BTreeSet<String>,
}

impl Vocabulary {
    pub fn new(terms: impl IntoIterator<Item = String>) -> Self {
        Vocabulary {
            terms: terms.into_iter().collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// What one query word stands for: its own term when the index holds
    /// it; else the indexed terms it starts with or that start with it (a
    /// stem is often shorter than the word, a typed word shorter than the
    /// term); else the terms a typo or two away. Empty for a stop word.
    pub fn alternatives(&self, locale: Locale, word: &str) -> Vec<String> {
        let Some(own) = term(locale, word) else {
            return vec![];
        };
        if self.terms.contains(&own) || own.chars().any(|c| c.is_ascii_digit()) {
            return vec![own];
        }
        let folded = fold(word);
        // The word's own term stays first: a vocabulary read a moment ago
        // may not hold a term indexed since.
        let mut out: Vec<String> = vec![own.clone()];
        let push = |t: &String, out: &mut Vec<String>| {
            if out.len() < MAX_ALTERNATIVES && !out.contains(t) {
                out.push(t.clone());
            }
        };
        // Indexed terms the word starts with, longest first ("pagament"
        // holds the stem "pag" of "pagamento").
        for (end, _) in folded.char_indices().rev() {
            let head = &folded[..end];
            if head.chars().count() < MIN_PREFIX {
                break;
            }
            if let Some(t) = self.terms.get(head) {
                push(t, &mut out);
                break;
            }
        }
        // Indexed terms that start with the word or its stem.
        for start in [&own, &folded] {
            if start.chars().count() < MIN_PREFIX {
                continue;
            }
            for t in self
                .terms
                .range::<str, _>((Bound::Included(start.as_str()), Bound::Unbounded))
                .take_while(|t| t.starts_with(start.as_str()))
                .take(MAX_ALTERNATIVES)
            {
                push(t, &mut out);
            }
        }
        if out.len() > 1 {
            return out;
        }
        // Typos: one edit for shorter words, two for long ones, among terms
        // of about the same length that start with the same letter.
        let max = match own.chars().count() {
            0..=3 => return out,
            4..=7 => 1,
            _ => 2,
        };
        let first: String = own.chars().take(1).collect();
        let mut near: Vec<(usize, &String)> = self
            .terms
            .range::<str, _>((Bound::Included(first.as_str()), Bound::Unbounded))
            .take_while(|t| t.starts_with(first.as_str()))
            .filter_map(|t| {
                let d = edit_distance(&own, t, max).min(edit_distance(&folded, t, max));
                (d <= max).then_some((d, t))
            })
            .collect();
        near.sort_by_key(|(d, t)| (*d, t.len()));
        for (_, t) in near {
            push(t, &mut out);
        }
        out
    }

    /// A query's words, each as its alternatives (all words required, any
    /// alternative of each), in order, at most twelve words.
    pub fn query(&self, locale: Locale, query: &str) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = Vec::new();
        for (_, w) in words(query) {
            let alts = self.alternatives(locale, w);
            if !alts.is_empty() && !out.contains(&alts) {
                out.push(alts);
            }
            if out.len() == 12 {
                break;
            }
        }
        out
    }
}

/// Shortest start of a word that completes or is completed by a term.
const MIN_PREFIX: usize = 3;

/// Edit distance (insertions, deletions, substitutions and swaps of two
/// neighbours) between `a` and `b`, or `max + 1` as soon as it must exceed
/// `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let width = b.len() + 1;
    let mut before = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(max + 1)
}

/// A piece of a snippet: plain text, marked or not. Rendering (escaping,
/// `<mark>`) is the web layer's job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// A window of about `max_words` words of `text` around the densest run of
/// query terms, split into marked and unmarked segments. Ellipses mark cuts.
pub fn snippet(locale: Locale, text: &str, terms: &[String], max_words: usize) -> Vec<Segment> {
    // Stemming every word is the costly part; a stem shares its first
    // letters with the word, so only words that start like a term are
    // stemmed, and each distinct word only once (articles repeat their
    // words: a 300-word body has far fewer distinct ones).
    let heads: Vec<String> = terms.iter().map(|t| t.chars().take(2).collect()).collect();
    let mut seen: HashMap<&str, bool> = HashMap::new();
    let all: Vec<(usize, &str, bool)> = words(text)
        .map(|(at, w)| {
            let hit = *seen.entry(w).or_insert_with(|| {
                let maybe = heads.iter().any(|h| {
                    let mut wc = w.chars().flat_map(char::to_lowercase);
                    h.chars().all(|hc| {
                        wc.next()
                            .is_some_and(|c| c == hc || fold(&c.to_string()).starts_with(hc))
                    })
                });
                maybe && term(locale, w).is_some_and(|t| terms.contains(&t))
            });
            (at, w, hit)
        })
        .collect();
    if all.is_empty() {
        return vec![];
    }
    let max_words = max_words.max(1);
    // The window start with the most hits; ties go to the earliest.
    let mut best = (0usize, 0usize);
    let mut hits = 0usize;
    for i in 0..all.len() {
        if all[i].2 {
            hits += 1;
        }
        if i >= max_words && all[i - max_words].2 {
            hits -= 1;
        }
        let start = (i + 1).saturating_sub(max_words);
        if hits > best.1 {
            best = (start, hits);
        }
    }
    // Start a little before the first hit so it has some context.
    let mut first = best.0;
    let window_end = (best.0 + max_words).min(all.len());
    let in_window = || {
        all[best.0..window_end]
            .iter()
            .enumerate()
            .filter(|(_, w)| w.2)
    };
    if let (Some((fh, _)), Some((lh, _))) = (in_window().next(), in_window().next_back()) {
        let (fh, lh) = (best.0 + fh, best.0 + lh);
        first = fh.saturating_sub(3).max((lh + 1).saturating_sub(max_words));
    }
    let last = (first + max_words).min(all.len()) - 1;
    let from = all[first].0;
    let to = all[last].0 + all[last].1.len();
    let mut segs: Vec<Segment> = Vec::new();
    let mut push = |s: &str, marked: bool| {
        if s.is_empty() {
            return;
        }
        match segs.last_mut() {
            Some(l) if l.marked == marked && !marked => l.text.push_str(s),
            _ => segs.push(Segment {
                text: s.to_owned(),
                marked,
            }),
        }
    };
    if first > 0 {
        push("… ", false);
    }
    let mut cursor = from;
    for (at, w, hit) in &all[first..=last] {
        push(&text[cursor..*at], false);
        push(w, *hit);
        cursor = at + w.len();
    }
    debug_assert!(cursor == to);
    if last + 1 < all.len() {
        push(" …", false);
    }
    // Whitespace runs (newlines from the Markdown source) become one space.
    // The spaces at a segment's ends are kept: they are what separates it
    // from the marked words beside it.
    for s in &mut segs {
        if !s.marked {
            s.text = collapse_whitespace(&s.text);
        }
    }
    segs
}

/// Every run of whitespace as one space, at the ends too.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(locale: Locale, text: &str) -> Vocabulary {
        Vocabulary::new(index_text(locale, text).split(' ').map(str::to_owned))
    }

    #[test]
    fn words_cut_short_or_mistyped_find_the_indexed_terms() {
        let it = vocabulary(
            Locale::It,
            "Lo stato del pagamento e il rimborso; accesso negato alla pagina",
        );
        let pagamento = term(Locale::It, "pagamento").unwrap();
        // The indexed word itself.
        assert_eq!(
            it.alternatives(Locale::It, "pagamenti"),
            vec![pagamento.clone()]
        );
        // Another word keeps its own term first.
        assert_eq!(
            it.alternatives(Locale::It, "pagament")[0],
            term(Locale::It, "pagament").unwrap()
        );
        // Longer than its stem, shorter than the word, or with a typo.
        for typed in ["pagament", "pagamnto", "pagamneto"] {
            assert!(
                it.alternatives(Locale::It, typed).contains(&pagamento),
                "{typed}: {:?}",
                it.alternatives(Locale::It, typed)
            );
        }
        assert!(
            it.alternatives(Locale::It, "rimbor")
                .contains(&term(Locale::It, "rimborso").unwrap())
        );
        let en = vocabulary(Locale::En, "Access tokens expire after an hour");
        assert!(
            en.alternatives(Locale::En, "acess")
                .contains(&term(Locale::En, "access").unwrap())
        );
        assert!(
            en.alternatives(Locale::En, "toke")
                .contains(&term(Locale::En, "tokens").unwrap())
        );
        // Far from anything: its own term alone.
        assert_eq!(
            en.alternatives(Locale::En, "zebra"),
            vec![term(Locale::En, "zebra").unwrap()]
        );
        // Stop words stand for nothing; a query keeps one group per word.
        assert!(en.alternatives(Locale::En, "the").is_empty());
        assert_eq!(en.query(Locale::En, "the acess toke").len(), 2);
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_and_stops_past_the_limit() {
        assert_eq!(edit_distance("token", "token", 2), 0);
        assert_eq!(edit_distance("tokne", "token", 2), 1);
        assert_eq!(edit_distance("tken", "token", 2), 1);
        assert_eq!(edit_distance("pagamnto", "pagamento", 2), 1);
        assert_eq!(edit_distance("abcdef", "uvwxyz", 2), 3);
        assert_eq!(edit_distance("a", "abcdefgh", 2), 3);
        assert_eq!(edit_distance("perché", "perche", 2), 1);
    }

    #[test]
    fn snippets_keep_the_spaces_around_marked_words() {
        let text = "Lo stato del pagamento o del\n\n  rimborso cambia dopo la conferma.";
        let segs = snippet(
            Locale::It,
            text,
            &[term(Locale::It, "pagamento").unwrap()],
            30,
        );
        let joined: String = segs
            .iter()
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect();
        assert_eq!(
            joined,
            "Lo stato del [pagamento] o del rimborso cambia dopo la conferma"
        );
    }

    #[test]
    fn italian_plurals_and_accents_meet() {
        assert_eq!(term(Locale::It, "pagamenti"), term(Locale::It, "pagamento"));
        assert_eq!(term(Locale::It, "perché"), term(Locale::It, "perche"));
        assert_eq!(term(Locale::It, "Città"), term(Locale::It, "citta"));
        assert_eq!(term(Locale::En, "payments"), term(Locale::En, "payment"));
        assert_eq!(term(Locale::En, "refreshing"), term(Locale::En, "refresh"));
    }

    #[test]
    fn stop_words_and_symbols_give_no_terms() {
        assert!(query_terms(Locale::It, "il la di che").is_empty());
        assert!(query_terms(Locale::En, "the of and ?!").is_empty());
        assert!(query_terms(Locale::En, "*** ()").is_empty());
        assert_eq!(query_terms(Locale::It, "perché"), vec!["perc".to_owned()]);
    }

    #[test]
    fn snippet_marks_matching_words() {
        let text = "Intro words here. Il pagamento è fallito perché il token era scaduto.";
        let terms = query_terms(Locale::It, "pagamenti scaduti");
        let segs = snippet(Locale::It, text, &terms, 8);
        let marked: Vec<_> = segs.iter().filter(|s| s.marked).map(|s| &s.text).collect();
        assert_eq!(marked, ["pagamento", "scaduto"]);
    }

    #[test]
    fn decomposed_accents_fold_too() {
        assert_eq!(fold("perche\u{301}"), "perche");
    }
}
