//! Turning a form spec, the values typed and the errors found into what the
//! form template shows: one view per field, in the form's order.

use super::PageCtx;
use crate::error::{Reader, field_error_message_to, finding_message};
use app::screening::FieldFinding;
use domain::form::{Condition, FieldError, FieldKind, FormSpec, RawFields, RawValue, Requirement};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widget {
    Input,
    Textarea,
    Select,
    Radios,
    Checkbox,
    /// Date, time and UTC offset, combined on the server.
    DateTime,
    /// A secret: never rendered back.
    Secret,
}

#[derive(Debug, Clone)]
pub struct ChoiceView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone)]
pub struct FieldView {
    pub key: String,
    pub label: String,
    pub hint: String,
    pub widget: Widget,
    pub value: String,
    pub checked: bool,
    pub required: bool,
    pub errors: Vec<String>,
    /// What was removed from this field's value ("We removed 1 access
    /// token from …"): a note, not an error, since the value shown is
    /// already safe to send.
    pub notices: Vec<String>,
    pub choices: Vec<ChoiceView>,
    /// For app.js: `field=value|value` that decides whether it is shown.
    pub show_when: String,
    pub max_chars: usize,
    /// The date, time and offset parts of a DateTime field.
    pub date: String,
    pub time: String,
    pub offsets: Vec<ChoiceView>,
}

impl FieldView {
    pub fn has_error(&self) -> bool {
        !self.errors.is_empty()
    }
    pub fn describedby(&self) -> String {
        let mut ids = vec![format!("{}-hint", self.key)];
        if self.has_error() {
            ids.push(format!("{}-error", self.key));
        }
        if !self.notices.is_empty() {
            ids.push(format!("{}-notice", self.key));
        }
        ids.join(" ")
    }
}

/// The refusal step, when the guard removed something from a form: what
/// was removed from which field, with one way on (send) and one back (edit).
#[derive(Debug, Clone)]
pub struct Review {
    pub removals: Vec<SummaryItem>,
    /// The `id` of the form the review's send button submits.
    pub form_id: String,
    /// Where "Edit" leads: the first field something was removed from.
    pub first: String,
    /// A token was removed: the review offers the debug-id page.
    pub token_refused: bool,
}

/// "1 access token and 2 passwords": what the guard found, counted.
pub fn removed_words(ctx: &PageCtx, kinds: &[guard::Kind]) -> String {
    let mut counted: Vec<(guard::Kind, i64)> = Vec::new();
    for k in kinds {
        match counted.iter_mut().find(|(c, _)| c == k) {
            Some((_, n)) => *n += 1,
            None => counted.push((*k, 1)),
        }
    }
    let parts: Vec<String> = counted
        .iter()
        .map(|(k, n)| ctx.plural(&format!("redact.kind.{}", k.code()), *n))
        .collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), ctx.t("redact.and")),
    }
}

impl Review {
    /// The review of `findings` for a form whose fields are labelled by
    /// `label` and reached at `target`.
    pub fn of(
        ctx: &PageCtx,
        form_id: &str,
        findings: &[FieldFinding],
        label: impl Fn(&str) -> String,
        target: impl Fn(&str) -> String,
    ) -> Option<Review> {
        let mut fields: Vec<&str> = Vec::new();
        for f in findings {
            if !fields.contains(&f.field.as_str()) {
                fields.push(&f.field);
            }
        }
        let removals: Vec<SummaryItem> = fields
            .iter()
            .map(|field| {
                let kinds: Vec<guard::Kind> = findings
                    .iter()
                    .filter(|f| f.field == *field)
                    .map(|f| f.kind)
                    .collect();
                SummaryItem {
                    target: target(field),
                    message: ctx
                        .t("redact.removed")
                        .replace("{what}", &removed_words(ctx, &kinds))
                        .replace("{field}", &label(field)),
                }
            })
            .collect();
        let first = removals.first()?.target.clone();
        Some(Review {
            removals,
            form_id: form_id.to_owned(),
            first,
            token_refused: findings
                .iter()
                .any(|f| matches!(f.kind, guard::Kind::AccessToken | guard::Kind::RefreshToken)),
        })
    }
}

/// One line of the error summary: the message and the field it links to.
#[derive(Debug, Clone)]
pub struct SummaryItem {
    pub target: String,
    pub message: String,
}

fn utc_offsets() -> Vec<String> {
    let mut out = Vec::new();
    for quarter in (-12i32 * 4)..=(14 * 4) {
        let mins = quarter * 15;
        // Half hours everywhere, plus the three zones on a quarter hour.
        if mins % 30 != 0 && ![345, 525, 765].contains(&mins) {
            continue;
        }
        let sign = if mins < 0 { '-' } else { '+' };
        out.push(format!(
            "{sign}{:02}:{:02}",
            mins.abs() / 60,
            mins.abs() % 60
        ));
    }
    out
}

fn text_of(raw: &RawFields, key: &str) -> String {
    match raw.get(key) {
        Some(RawValue::Text(s)) => s.clone(),
        Some(RawValue::List(items)) => items.join("\n"),
        _ => String::new(),
    }
}

/// Splits an RFC 3339 value back into the date, time and offset inputs.
fn split_datetime(v: &str) -> (String, String, String) {
    let Some((date, rest)) = v.split_once('T') else {
        return (String::new(), String::new(), "+00:00".into());
    };
    let cut = rest.rfind(['+', '-', 'Z']).unwrap_or(rest.len());
    let (time, offset) = rest.split_at(cut);
    let offset = if offset == "Z" || offset.is_empty() {
        "+00:00".to_owned()
    } else {
        offset.to_owned()
    };
    (date.to_owned(), time.to_owned(), offset)
}

pub fn views(
    ctx: &PageCtx,
    spec: &FormSpec,
    raw: &RawFields,
    errors: &[FieldError],
    findings: &[FieldFinding],
    reader: Reader,
) -> (Vec<FieldView>, Vec<SummaryItem>) {
    let locale = ctx.locale();
    let mut summary = Vec::new();
    let mut out = Vec::new();
    for f in &spec.fields {
        let messages: Vec<String> = errors
            .iter()
            .filter(|e| e.field == f.key)
            .map(|e| field_error_message_to(locale, e, reader))
            .collect();
        let kinds: Vec<guard::Kind> = findings
            .iter()
            .filter(|x| x.field == f.key)
            .map(|x| x.kind)
            .collect();
        // What was removed, and why such a thing must not be sent.
        let mut notices = Vec::new();
        if !kinds.is_empty() {
            notices.push(
                ctx.t("redact.removed_here")
                    .replace("{what}", &removed_words(ctx, &kinds)),
            );
            let mut why: Vec<String> = kinds.iter().map(|k| finding_message(locale, *k)).collect();
            why.dedup();
            notices.extend(why);
        }
        let target = if matches!(f.kind, FieldKind::DateTime { .. }) {
            format!("{}-date", f.key)
        } else {
            f.key.to_owned()
        };
        for m in &messages {
            summary.push(SummaryItem {
                target: target.clone(),
                message: m.clone(),
            });
        }
        let value = text_of(raw, f.key);
        let value = if value.is_empty() {
            f.default.unwrap_or_default().to_owned()
        } else {
            value
        };
        let option_label = |o: &str| ctx.t(&format!("option.{}.{o}", f.key));
        let (widget, choices, max_chars) = match &f.kind {
            FieldKind::Text {
                max_chars,
                multiline: true,
            } => (Widget::Textarea, vec![], *max_chars),
            FieldKind::Text { max_chars, .. } => (Widget::Input, vec![], *max_chars),
            FieldKind::Choice { options } => {
                let choices = options
                    .iter()
                    .map(|o| ChoiceView {
                        value: (*o).into(),
                        label: option_label(o),
                        selected: value == *o,
                    })
                    .collect();
                (
                    if options.len() <= 3 && f.default.is_some() {
                        Widget::Radios
                    } else {
                        Widget::Select
                    },
                    choices,
                    0,
                )
            }
            FieldKind::EndpointList { .. } => (Widget::Textarea, vec![], 0),
            FieldKind::DateTime { .. } => (Widget::DateTime, vec![], 0),
            FieldKind::Bool => (Widget::Checkbox, vec![], 0),
            FieldKind::Sealed { max_chars } => (Widget::Secret, vec![], *max_chars),
            FieldKind::ClientId | FieldKind::Uuid | FieldKind::DebugId => {
                (Widget::Input, vec![], 0)
            }
        };
        let show_when = match (&f.required, &f.only_when) {
            (Requirement::If { field, values }, _) => format!("{field}={}", values.join("|")),
            (_, Some(Condition::IsTrue { field })) => format!("{field}=true"),
            _ => String::new(),
        };
        let (date, time, offset) = split_datetime(&value);
        let offsets = if widget == Widget::DateTime {
            utc_offsets()
                .into_iter()
                .map(|o| ChoiceView {
                    selected: o == offset,
                    label: format!("UTC{o}"),
                    value: o,
                })
                .collect()
        } else {
            vec![]
        };
        out.push(FieldView {
            key: f.key.to_owned(),
            label: ctx.t(&format!("field.{}", f.key)),
            hint: ctx.t(&format!("hint.{}", f.key)),
            checked: matches!(raw.get(f.key), Some(RawValue::Bool(true))),
            value: if widget == Widget::Secret {
                String::new()
            } else {
                value
            },
            widget,
            // A conditional field is shown only when it is required.
            required: !matches!(f.required, Requirement::Optional),
            errors: messages,
            notices,
            choices,
            show_when,
            max_chars,
            date,
            time,
            offsets,
        });
    }
    (out, summary)
}

/// Reads the incident form's inputs back into raw values.
pub fn raw_from_form(spec: &FormSpec, pairs: &[(String, String)]) -> RawFields {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let mut raw = RawFields::new();
    for f in &spec.fields {
        match &f.kind {
            FieldKind::Bool => {
                if get(f.key).is_some_and(|v| v == "true" || v == "on") {
                    raw.insert(f.key.to_owned(), RawValue::Bool(true));
                }
            }
            FieldKind::DateTime { .. } => {
                let date = get(&format!("{}-date", f.key)).unwrap_or_default();
                let time = get(&format!("{}-time", f.key)).unwrap_or_default();
                let offset = get(&format!("{}-offset", f.key)).unwrap_or_else(|| "+00:00".into());
                let (date, time) = (date.trim(), time.trim());
                if !date.is_empty() || !time.is_empty() {
                    // HTML time inputs omit seconds when they are zero.
                    let time = if time.len() == 5 {
                        format!("{time}:00")
                    } else {
                        time.to_owned()
                    };
                    raw.insert(
                        f.key.to_owned(),
                        RawValue::Text(format!("{date}T{time}{}", offset.trim())),
                    );
                }
            }
            _ => {
                if let Some(v) = get(f.key) {
                    raw.insert(f.key.to_owned(), RawValue::Text(v));
                }
            }
        }
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetime_splits_back_into_inputs() {
        assert_eq!(
            split_datetime("2026-11-28T09:41:00+01:00"),
            ("2026-11-28".into(), "09:41:00".into(), "+01:00".into())
        );
        assert_eq!(split_datetime("2026-11-28T09:41:00Z").2, "+00:00");
        assert!(utc_offsets().contains(&"+05:30".to_owned()));
        assert!(utc_offsets().contains(&"-03:30".to_owned()));
        assert!(utc_offsets().contains(&"+00:00".to_owned()));
    }
}
