//! A submission's fields on their way to the store: normalized to the form
//! they are kept in, screened (or redacted), validated, and handed over as
//! the very values the guard saw.

use crate::AppError;
use crate::screening::FieldFinding;
use crate::text::located;
use domain::form::{
    self, FieldError, FieldValue, FormSpec, RawFields, RawValue, ValidSubmission, ValidationContext,
};
use guard::Screened;
use std::collections::BTreeMap;
use store::{ScreenedFields, ScreenedValue};

/// A submission that passed: its rules, and the guard on every plain field.
#[derive(Debug)]
pub struct Accepted {
    pub valid: ValidSubmission,
    pub subject: Screened,
    pub description: Option<Screened>,
    /// Every other plain field, exactly as screened.
    pub fields: ScreenedFields,
    /// The identifier fields agents pivot on, exactly as screened.
    pub identifiers: Vec<(String, Screened)>,
}

/// Normalizes, screens and validates `raw`. With `redact`, sensitive spans
/// are replaced instead of refusing. `wire_errors` are values the face
/// could not even read (a wrong JSON type); they replace the "required"
/// their absence caused.
pub fn accept(
    spec: &FormSpec,
    raw: &RawFields,
    ctx: &ValidationContext<'_>,
    redact: bool,
    wire_errors: Vec<FieldError>,
) -> Result<Accepted, AppError> {
    let mut normalized = form::normalize(spec, raw, ctx);
    let (mut screened, mut findings) = screen_all(spec, &mut normalized, redact);
    // A redaction is text too: normalized and screened again until nothing
    // changes (one round in practice), so what is validated is what was seen.
    for _ in 0..3 {
        if !redact {
            break;
        }
        let again = form::normalize(spec, &normalized, ctx);
        if again == normalized {
            break;
        }
        normalized = again;
        (screened, findings) = screen_all(spec, &mut normalized, redact);
    }
    let (valid, mut fields) = match form::validate(spec, &normalized, ctx) {
        Ok(v) => (Some(v), vec![]),
        Err(errors) => (None, errors),
    };
    fields.retain(|e| !wire_errors.iter().any(|w| w.field == e.field));
    fields.extend(wire_errors.iter().cloned());
    let Some(valid) = valid.filter(|_| findings.is_empty() && wire_errors.is_empty()) else {
        return Err(AppError::Unprocessable { fields, findings });
    };
    kept(spec, valid, screened)
}

/// Whether an agent may correct `field` on a filed request: every plain
/// field but the requester's own words (subject, description) and what
/// belongs to a sealed value (which is never shown back).
pub fn correctable(spec: &FormSpec, field: &str) -> bool {
    let sealed_flag = spec.fields.iter().any(|f| {
        matches!(f.kind, form::FieldKind::Sealed { .. })
            && matches!(f.only_when, Some(form::Condition::IsTrue { field: flag }) if flag == field)
    });
    spec.field(field).is_some_and(|f| {
        !matches!(f.kind, form::FieldKind::Sealed { .. })
            && field != "subject"
            && field != "description"
            && !sealed_flag
    })
}

/// A filed request's kept fields as raw values again (to show in a form,
/// or to take in again with a correction).
pub fn kept_raw(kept: &BTreeMap<String, serde_json::Value>) -> RawFields {
    let mut raw = RawFields::new();
    for (key, value) in kept {
        let value = match value {
            serde_json::Value::String(s) => RawValue::Text(s.clone()),
            serde_json::Value::Bool(b) => RawValue::Bool(*b),
            serde_json::Value::Array(items) => RawValue::List(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect(),
            ),
            _ => continue,
        };
        raw.insert(key.clone(), value);
    }
    raw
}

/// An agent's correction, as it is to be kept.
#[derive(Debug)]
pub struct Amended {
    /// Every plain field of the ticket after the correction, as screened.
    pub fields: ScreenedFields,
    pub identifiers: Vec<(String, Screened)>,
    /// The keys whose values changed (added, changed or removed).
    pub changed: Vec<String>,
}

/// Applies `changes` (a blank value clears the field) to a filed request's
/// kept fields and takes the whole set in again exactly as at filing:
/// normalized, screened, validated (so a correction cannot leave the
/// request incomplete, e.g. a Payments API request without its payment id).
/// Only [`correctable`] fields may be sent; `wire_errors` are values the
/// face could not read.
pub fn amend(
    spec: &FormSpec,
    subject: &str,
    description: Option<&str>,
    kept: &BTreeMap<String, serde_json::Value>,
    changes: RawFields,
    ctx: &ValidationContext<'_>,
    mut wire_errors: Vec<FieldError>,
) -> Result<Amended, AppError> {
    let mut raw = kept_raw(kept);
    raw.insert("subject".into(), RawValue::Text(subject.to_owned()));
    if let Some(d) = description {
        raw.insert("description".into(), RawValue::Text(d.to_owned()));
    }
    for (key, value) in changes {
        if !correctable(spec, &key) {
            // A key the form knows is named; any other is input.
            wire_errors.push(if spec.field(&key).is_some() {
                FieldError {
                    field: key,
                    code: form::FieldErrorCode::NotAllowed,
                }
            } else {
                FieldError {
                    field: form::UNKNOWN_FIELD_PLACE.to_owned(),
                    code: form::FieldErrorCode::UnknownField,
                }
            });
            continue;
        }
        let blank = match &value {
            RawValue::Text(s) => s.trim().is_empty(),
            RawValue::List(items) => items.iter().all(|i| i.trim().is_empty()),
            RawValue::Bool(_) => false,
        };
        if blank {
            raw.remove(&key);
        } else {
            raw.insert(key, value);
        }
    }
    let accepted = accept(spec, &raw, ctx, false, wire_errors)?;
    let mut changed: Vec<String> = accepted
        .fields
        .iter()
        .filter(|(key, value)| serde_json::to_value(value).ok().as_ref() != kept.get(key.as_str()))
        .map(|(key, _)| key.clone())
        .collect();
    changed.extend(
        kept.keys()
            .filter(|k| !accepted.fields.contains_key(k.as_str()))
            .cloned(),
    );
    changed.sort();
    Ok(Amended {
        fields: accepted.fields,
        identifiers: accepted.identifiers,
        changed,
    })
}

/// Screens every plain field of `raw` in place; with `redact`, replaces
/// findings in `raw` too, so validation sees the redacted text.
fn screen_all(
    spec: &FormSpec,
    raw: &mut RawFields,
    redact: bool,
) -> (BTreeMap<String, ScreenedValue>, Vec<FieldFinding>) {
    let mut screened = BTreeMap::new();
    let mut findings = Vec::new();
    for (key, value) in raw.iter_mut() {
        if spec
            .field(key)
            .is_some_and(|f| matches!(f.kind, form::FieldKind::Sealed { .. }))
        {
            continue;
        }
        match value {
            RawValue::Text(s) => match screen_one(key, s, redact) {
                Ok(clean) => {
                    *s = clean.as_str().to_owned();
                    screened.insert(key.clone(), ScreenedValue::Text(clean));
                }
                Err(f) => findings.extend(f),
            },
            RawValue::List(items) => match screen_list(key, items, redact) {
                Ok(clean) => {
                    *items = clean.iter().map(|s| s.as_str().to_owned()).collect();
                    screened.insert(key.clone(), ScreenedValue::List(clean));
                }
                Err(f) => findings.extend(f),
            },
            RawValue::Bool(b) => {
                screened.insert(key.clone(), ScreenedValue::Bool(*b));
            }
        }
    }
    (screened, findings)
}

fn screen_one(key: &str, text: &str, redact: bool) -> Result<Screened, Vec<FieldFinding>> {
    if redact {
        return Ok(guard::screen_redacting(text));
    }
    guard::screen(text).map_err(|f| located(key, f))
}

/// A list is screened as its lines joined by `\n` (a value wrapped over two
/// items is whole there), and each item as it is kept.
fn screen_list(
    key: &str,
    items: &[String],
    redact: bool,
) -> Result<Vec<Screened>, Vec<FieldFinding>> {
    let joined = items.join("\n");
    let findings = guard::scan(&joined);
    let items: Vec<String> = if findings.is_empty() {
        items.to_vec()
    } else if redact {
        guard::screen_redacting(joined)
            .split('\n')
            .map(str::to_owned)
            .collect()
    } else {
        return Err(located(key, findings));
    };
    let mut out = Vec::with_capacity(items.len());
    let mut offset = 0;
    for item in items {
        let len = item.len();
        match screen_one(key, &item, redact) {
            Ok(s) => out.push(s),
            Err(f) => {
                return Err(f
                    .into_iter()
                    .map(|f| FieldFinding {
                        start: f.start + offset,
                        end: f.end + offset,
                        ..f
                    })
                    .collect());
            }
        }
        offset += len + 1;
    }
    Ok(out)
}

/// The values to store: each validated value must be the one screened
/// (normalizing made validation change nothing); defaults come from the
/// form itself.
fn kept(
    spec: &FormSpec,
    valid: ValidSubmission,
    mut screened: BTreeMap<String, ScreenedValue>,
) -> Result<Accepted, AppError> {
    let mut take = |key: &str, value: &FieldValue| -> Result<ScreenedValue, AppError> {
        let seen = match screened.remove(key) {
            Some(seen) => seen,
            None => match (value, spec.field(key).and_then(|f| f.default)) {
                (FieldValue::Text(v), Some(d)) if v == d => {
                    ScreenedValue::Text(Screened::constant(d))
                }
                _ => return Err(changed(key)),
            },
        };
        let same = match (&seen, value) {
            (ScreenedValue::Text(s), FieldValue::Text(v)) => s.as_str() == v,
            (ScreenedValue::List(s), FieldValue::List(v)) => {
                s.len() == v.len() && s.iter().zip(v).all(|(a, b)| a.as_str() == b)
            }
            (ScreenedValue::Bool(a), FieldValue::Bool(b)) => a == b,
            _ => false,
        };
        if same { Ok(seen) } else { Err(changed(key)) }
    };
    let text = |v: ScreenedValue, key: &str| match v {
        ScreenedValue::Text(s) => Ok(s),
        _ => Err(changed(key)),
    };
    let subject = text(
        take("subject", &FieldValue::Text(valid.subject.clone()))?,
        "subject",
    )?;
    let description = match &valid.description {
        Some(d) => Some(text(
            take("description", &FieldValue::Text(d.clone()))?,
            "description",
        )?),
        None => None,
    };
    let mut fields = ScreenedFields::new();
    for (key, value) in &valid.fields {
        fields.insert((*key).to_owned(), take(key, value)?);
    }
    let identifiers = valid
        .identifiers(spec)
        .filter_map(|(key, _)| match fields.get(key) {
            Some(ScreenedValue::Text(s)) => Some((key.to_owned(), s.clone())),
            _ => None,
        })
        .collect();
    Ok(Accepted {
        valid,
        subject,
        description,
        fields,
        identifiers,
    })
}

/// Validation changed a value after the guard saw it: a bug in
/// `form::normalize`. Nothing is stored.
fn changed(key: &str) -> AppError {
    tracing::error!(field = key, "a value changed after screening; refused");
    AppError::Internal
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn raw(pairs: &[(&str, &str)]) -> RawFields {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), RawValue::Text((*v).to_owned())))
            .collect()
    }

    fn ctx() -> ValidationContext<'static> {
        ValidationContext {
            now: datetime!(2026-11-28 10:00 UTC),
            registered_client_ids: &[],
        }
    }

    fn incident(extra: &[(&str, &str)]) -> RawFields {
        let mut r = raw(&[
            ("subject", "  Payment declined  "),
            ("product", "data"),
            ("client_id", "sandbox-acme-1a2b3c"),
            ("occurred_at", "2026-11-28T09:41:00+00:00"),
            ("error_message", "HTTP 502"),
            ("steps", "call the API\r\nsee 502"),
            ("device", "Linux"),
            ("browser", "Firefox"),
        ]);
        r.insert(
            "endpoints".into(),
            RawValue::List(vec![" GET /v1/x ".into()]),
        );
        for (k, v) in extra {
            r.insert((*k).to_owned(), RawValue::Text((*v).to_owned()));
        }
        r
    }

    #[test]
    fn what_is_kept_is_what_the_guard_saw() {
        let spec = form::incident();
        let a = accept(&spec, &incident(&[]), &ctx(), false, vec![]).unwrap();
        assert_eq!(a.subject.as_str(), "Payment declined");
        assert_eq!(a.fields["steps"].as_str(), Some("call the API\nsee 502"));
        for (key, value) in &a.fields {
            if let ScreenedValue::Text(s) = value {
                assert!(guard::scan(s).is_empty(), "{key}");
                assert_eq!(guard::screen(s.as_str()).unwrap(), *s, "{key}");
            }
        }
    }

    #[test]
    fn a_nul_or_a_line_break_cannot_hide_a_secret() {
        let spec = form::incident();
        for (field, value) in [
            ("subject", "card 4539\u{0}148803436467"),
            ("device", "card 4539\u{0}1488\u{0}0343\u{0}6467"),
            ("subject", "password:\nCanaryPw!2026xyz"),
            ("browser", "password:\r\nCanaryPw!2026xyz"),
        ] {
            let err =
                accept(&spec, &incident(&[(field, value)]), &ctx(), false, vec![]).unwrap_err();
            let findings = err
                .sensitive()
                .unwrap_or_else(|| panic!("{field}: {err:?}"));
            assert_eq!(findings[0].field, field);
        }
    }

    #[test]
    fn redacting_keeps_only_what_the_guard_then_saw() {
        let spec = form::incident();
        let a = accept(
            &spec,
            &incident(&[("device", "card 4539\u{0}148803436467")]),
            &ctx(),
            true,
            vec![],
        )
        .unwrap();
        let device = a.fields["device"].as_str().unwrap();
        assert!(device.contains("[REDACTED:card_number]"), "{device}");
        assert!(!device.contains("4539"));
    }
}
