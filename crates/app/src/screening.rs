//! Findings located in fields, and redaction for showing a refused form
//! back. The rule "sealed fields are exempt, everything else is scanned"
//! lives here; what is kept is screened in `text` and `submission`.

use domain::form::{FieldKind, FormSpec, RawFields, RawValue};
use serde::Serialize;

/// A guard finding located in one field of a submission. Offsets are bytes
/// into that field's text (a list is screened as its lines joined by `\n`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldFinding {
    pub field: String,
    pub kind: guard::Kind,
    pub start: usize,
    pub end: usize,
}

/// Screens one free text (a comment, a profile field).
pub fn screen_text(field: &str, text: &str) -> Vec<FieldFinding> {
    guard::scan(text)
        .into_iter()
        .map(|f| FieldFinding {
            field: field.to_owned(),
            kind: f.kind,
            start: f.start,
            end: f.end,
        })
        .collect()
}

/// Replaces every sensitive span in `text` with `[REDACTED:kind]`.
pub fn redact_text(text: &str) -> String {
    guard::redact(text, &guard::scan(text))
}

fn is_sealed(spec: &FormSpec, key: &str) -> bool {
    spec.field(key)
        .is_some_and(|f| matches!(f.kind, FieldKind::Sealed { .. }))
}

/// Screens every field of a raw submission except sealed ones.
pub fn screen_submission(spec: &FormSpec, raw: &RawFields) -> Vec<FieldFinding> {
    let mut out = Vec::new();
    for (key, value) in raw {
        if is_sealed(spec, key) {
            continue;
        }
        match value {
            RawValue::Text(s) => out.extend(screen_text(key, s)),
            RawValue::List(items) => out.extend(screen_text(key, &items.join("\n"))),
            RawValue::Bool(_) => {}
        }
    }
    out
}

/// Redacts every field of a raw submission except sealed ones, in place.
pub fn redact_submission(spec: &FormSpec, raw: &mut RawFields) {
    for (key, value) in raw.iter_mut() {
        if is_sealed(spec, key) {
            continue;
        }
        match value {
            RawValue::Text(s) => *s = redact_text(s),
            RawValue::List(items) => {
                *items = redact_text(&items.join("\n"))
                    .split('\n')
                    .map(str::to_owned)
                    .collect();
            }
            RawValue::Bool(_) => {}
        }
    }
}
