//! Recall and false-positive rate of `scan` on the labeled corpus, per kind
//! and overall. A secret counts as found only when a finding of the right
//! kind covers its whole span (so redaction would remove all of it).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

mod corpus;

use std::collections::BTreeMap;

use guard::{Kind, scan};

const MIN_RECALL: f64 = 0.99;
const MAX_FPR: f64 = 0.01;
const MIN_RECALL_PER_KIND: f64 = 0.95;
const MAX_FPR_PER_KIND: f64 = 0.02;

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    /// Negative samples in which this kind was reported.
    false_pos: usize,
}

#[test]
fn corpus_recall_and_false_positive_rate() {
    let samples = corpus::generate();
    assert!(samples.len() >= 1500, "corpus too small: {}", samples.len());
    let langs: Vec<&str> = samples.iter().map(|s| s.lang).collect();
    assert!(langs.contains(&"en") && langs.contains(&"it"));

    let mut per_kind: BTreeMap<Kind, Tally> =
        Kind::ALL.iter().map(|k| (*k, Tally::default())).collect();
    let mut negatives = 0usize;
    let mut flagged_negatives = 0usize;
    let mut stray_on_positives = 0usize;
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();

    for s in &samples {
        let findings = scan(&s.text);
        if s.expected.is_empty() {
            negatives += 1;
            if !findings.is_empty() {
                flagged_negatives += 1;
                false_alarms.push((s, findings.clone()));
            }
            let mut seen: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
            seen.dedup();
            seen.sort();
            seen.dedup();
            for k in seen {
                per_kind.entry(k).or_default().false_pos += 1;
            }
            continue;
        }
        for &(kind, start, end) in &s.expected {
            let t = per_kind.entry(kind).or_default();
            t.expected += 1;
            if findings
                .iter()
                .any(|f| f.kind == kind && f.start <= start && f.end >= end)
            {
                t.found += 1;
            } else {
                misses.push((s, kind, findings.clone()));
            }
        }
        stray_on_positives += findings
            .iter()
            .filter(|f| !s.expected.iter().any(|&(_, a, z)| f.start < z && a < f.end))
            .count();
    }

    let total_expected: usize = per_kind.values().map(|t| t.expected).sum();
    let total_found: usize = per_kind.values().map(|t| t.found).sum();
    let recall = total_found as f64 / total_expected as f64;
    let fpr = flagged_negatives as f64 / negatives as f64;

    println!(
        "guard evaluation on {} samples ({} negatives)",
        samples.len(),
        negatives
    );
    println!(
        "{:<16} {:>8} {:>8} {:>8} {:>8}",
        "kind", "secrets", "found", "recall", "fpr"
    );
    let mut failures = Vec::new();
    for (kind, t) in &per_kind {
        let r = if t.expected == 0 {
            1.0
        } else {
            t.found as f64 / t.expected as f64
        };
        let f = t.false_pos as f64 / negatives as f64;
        println!(
            "{:<16} {:>8} {:>8} {:>8.4} {:>8.4}",
            kind.code(),
            t.expected,
            t.found,
            r,
            f
        );
        // National bank accounts are measured on tests/corpora, which the
        // generator here does not imitate.
        if t.expected == 0 && *kind != Kind::BankAccount {
            failures.push(format!("{}: no samples", kind.code()));
        }
        if r < MIN_RECALL_PER_KIND {
            failures.push(format!(
                "{}: recall {r:.4} < {MIN_RECALL_PER_KIND}",
                kind.code()
            ));
        }
        if f > MAX_FPR_PER_KIND {
            failures.push(format!("{}: fpr {f:.4} > {MAX_FPR_PER_KIND}", kind.code()));
        }
    }
    println!(
        "{:<16} {:>8} {:>8} {:>8.4} {:>8.4}",
        "overall", total_expected, total_found, recall, fpr
    );
    println!("stray findings on positive samples (outside any labeled span): {stray_on_positives}");
    for lang in ["en", "it"] {
        let (mut exp, mut hit, mut neg, mut flagged) = (0usize, 0usize, 0usize, 0usize);
        for s in samples.iter().filter(|s| s.lang == lang) {
            let findings = scan(&s.text);
            if s.expected.is_empty() {
                neg += 1;
                flagged += usize::from(!findings.is_empty());
            }
            for &(kind, start, end) in &s.expected {
                exp += 1;
                hit += usize::from(
                    findings
                        .iter()
                        .any(|f| f.kind == kind && f.start <= start && f.end >= end),
                );
            }
        }
        println!(
            "lang {lang}: recall {:.4} ({hit}/{exp}), fpr {:.4} ({flagged}/{neg})",
            hit as f64 / exp.max(1) as f64,
            flagged as f64 / neg.max(1) as f64
        );
    }

    for (s, kind, findings) in misses.iter().take(15) {
        println!(
            "MISS {} [{}] {:?}: {:?} -> {:?}",
            kind.code(),
            s.family,
            s.lang,
            s.text,
            findings
        );
    }
    for (s, findings) in false_alarms.iter().take(15) {
        println!("FALSE ALARM [{}]: {:?} -> {:?}", s.family, s.text, findings);
    }

    if recall < MIN_RECALL {
        failures.push(format!("overall recall {recall:.4} < {MIN_RECALL}"));
    }
    if fpr > MAX_FPR {
        failures.push(format!("overall fpr {fpr:.4} > {MAX_FPR}"));
    }
    assert!(
        failures.is_empty(),
        "evaluation below thresholds: {failures:#?}"
    );
}

#[test]
fn corpus_is_deterministic() {
    let a = corpus::generate();
    let b = corpus::generate();
    assert_eq!(a.len(), b.len());
    assert!(
        a.iter()
            .zip(&b)
            .all(|(x, y)| x.text == y.text && x.expected == y.expected)
    );
}

#[test]
fn labels_point_at_the_inserted_values() {
    for s in corpus::generate() {
        for &(_, start, end) in &s.expected {
            assert!(start < end && end <= s.text.len(), "{:?}", s.text);
            assert!(s.text.is_char_boundary(start) && s.text.is_char_boundary(end));
        }
    }
}
