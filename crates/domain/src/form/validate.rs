use super::{
    Condition, Endpoint, FieldKind, FieldSpec, FormSpec, RawFields, RawValue, Requirement,
};
use crate::ClientId;
use serde::Serialize;
use std::collections::BTreeMap;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// What validation needs to know about the world.
#[derive(Debug, Clone)]
pub struct ValidationContext<'a> {
    pub now: OffsetDateTime,
    /// The requester's organization's registered client ids; empty means any.
    pub registered_client_ids: &'a [String],
}

/// Why one field was refused. The snake_case code is stable: API clients
/// match on it and the web layer uses it as the translation key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldErrorCode {
    Required,
    TooLong,
    InvalidChoice,
    InvalidClientId,
    UnknownClientId,
    InvalidDatetime,
    InFuture,
    InvalidEndpoint,
    TooMany,
    InvalidUuid,
    InvalidDebugId,
    InvalidType,
    NotAllowed,
    UnknownField,
}

impl FieldErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong => "too_long",
            Self::InvalidChoice => "invalid_choice",
            Self::InvalidClientId => "invalid_client_id",
            Self::UnknownClientId => "unknown_client_id",
            Self::InvalidDatetime => "invalid_datetime",
            Self::InFuture => "in_future",
            Self::InvalidEndpoint => "invalid_endpoint",
            Self::TooMany => "too_many",
            Self::InvalidUuid => "invalid_uuid",
            Self::InvalidDebugId => "invalid_debug_id",
            Self::InvalidType => "invalid_type",
            Self::NotAllowed => "not_allowed",
            Self::UnknownField => "unknown_field",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: FieldErrorCode,
}

/// Where an unknown field is reported: the object that held it.
pub const UNKNOWN_FIELD_PLACE: &str = "fields";

/// A value that passed its field's rules, in its canonical form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FieldValue {
    Text(String),
    List(Vec<String>),
    Bool(bool),
}

impl FieldValue {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FieldValue::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// A submission that satisfies every rule of its form.
#[derive(Debug, Clone)]
pub struct ValidSubmission {
    pub form: &'static str,
    pub subject: String,
    pub description: Option<String>,
    /// Every other field with a value, by key, in canonical form.
    pub fields: BTreeMap<&'static str, FieldValue>,
    /// Sealed values: kept apart so they can never be stored or shown in clear.
    pub sealed: BTreeMap<&'static str, String>,
}

impl ValidSubmission {
    pub fn text(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(FieldValue::as_text)
    }

    /// The identifier fields agents pivot on, with their values.
    pub fn identifiers<'a>(
        &'a self,
        spec: &'a FormSpec,
    ) -> impl Iterator<Item = (&'static str, &'a str)> + 'a {
        spec.fields
            .iter()
            .filter(|f| f.identifier)
            .filter_map(|f| self.text(f.key).map(|v| (f.key, v)))
    }
}

/// Applies every rule of `spec` to `raw` and reports every problem at once,
/// in the form's field order (unknown fields last).
pub fn validate(
    spec: &FormSpec,
    raw: &RawFields,
    ctx: &ValidationContext<'_>,
) -> Result<ValidSubmission, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fields = BTreeMap::new();
    let mut sealed = BTreeMap::new();

    // Values after defaults, so conditions can look at their neighbours.
    let present = |key: &str| -> Option<&RawValue> { raw.get(key).filter(|v| !is_blank(v)) };
    let effective_text = |key: &str| -> Option<String> {
        match present(key) {
            Some(RawValue::Text(s)) => Some(s.trim().to_owned()),
            Some(_) => None,
            None => spec.field(key).and_then(|f| f.default).map(str::to_owned),
        }
    };
    let is_true = |key: &str| matches!(present(key), Some(RawValue::Bool(true)));

    for f in &spec.fields {
        let mut fail = |code| {
            errors.push(FieldError {
                field: f.key.to_owned(),
                code,
            })
        };
        let allowed = match &f.only_when {
            Some(Condition::IsTrue { field }) => is_true(field),
            None => true,
        };
        let Some(value) = present(f.key) else {
            let required = match &f.required {
                Requirement::Always => true,
                Requirement::Optional => false,
                Requirement::If { field, values } => {
                    effective_text(field).is_some_and(|v| values.contains(&v.as_str()))
                }
            };
            if required && allowed {
                fail(FieldErrorCode::Required);
            } else if let Some(d) = f.default {
                fields.insert(f.key, FieldValue::Text(d.to_owned()));
            }
            continue;
        };
        if !allowed {
            fail(FieldErrorCode::NotAllowed);
            continue;
        }
        match check(f, value, ctx) {
            Ok(Checked::Plain(v)) => {
                fields.insert(f.key, v);
            }
            Ok(Checked::Sealed(s)) => {
                sealed.insert(f.key, s);
            }
            Err(code) => fail(code),
        }
    }
    // An unknown key is named by where it was, never by itself: the name
    // was typed by someone and errors do not echo input.
    if raw.keys().any(|key| spec.field(key).is_none()) {
        errors.push(FieldError {
            field: UNKNOWN_FIELD_PLACE.to_owned(),
            code: FieldErrorCode::UnknownField,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let subject = match fields.remove("subject") {
        Some(FieldValue::Text(s)) => s,
        _ => String::new(),
    };
    let description = match fields.remove("description") {
        Some(FieldValue::Text(s)) => Some(s),
        _ => None,
    };
    Ok(ValidSubmission {
        form: spec.key,
        subject,
        description,
        fields,
        sealed,
    })
}

enum Checked {
    Plain(FieldValue),
    Sealed(String),
}

/// A free text as it is kept: without NUL (it carries no meaning in ticket
/// text and PostgreSQL cannot store it), line breaks folded to spaces in a
/// one-line field (to `\n` in a multi-line one), trimmed. Applying it twice
/// changes nothing.
pub fn clean_text(s: &str, multiline: bool) -> String {
    let s = s.replace('\0', "");
    let s = if multiline {
        s.replace("\r\n", "\n")
    } else {
        s.replace(['\r', '\n'], " ")
    };
    s.trim().to_owned()
}

/// Every value of `raw` in the form it would be kept: what `validate` does
/// to a value (removing NUL, folding line breaks in one-line fields,
/// trimming, canonical dates, endpoints and UUIDs) done up front, so the
/// guard sees exactly the value that is stored. A value its rule refuses
/// is only cleaned, and `validate` refuses it the same way. `validate` of
/// the result changes no value, so the screened value is the stored one.
/// Sealed values are left as they came: they are encrypted, never shown.
pub fn normalize(spec: &FormSpec, raw: &RawFields, ctx: &ValidationContext<'_>) -> RawFields {
    let cleaned = |value: &RawValue, multiline: bool| match value {
        RawValue::Text(s) => RawValue::Text(clean_text(s, multiline)),
        RawValue::List(items) => {
            RawValue::List(items.iter().map(|s| clean_text(s, false)).collect())
        }
        RawValue::Bool(b) => RawValue::Bool(*b),
    };
    raw.iter()
        .map(|(key, value)| {
            let out = match spec.field(key) {
                None => cleaned(value, true),
                Some(f) => match check(f, value, ctx) {
                    Ok(Checked::Plain(FieldValue::Text(s))) => RawValue::Text(s),
                    Ok(Checked::Plain(FieldValue::List(v))) => RawValue::List(v),
                    Ok(Checked::Plain(FieldValue::Bool(b))) => RawValue::Bool(b),
                    Ok(Checked::Sealed(_)) => value.clone(),
                    Err(_) => cleaned(
                        value,
                        matches!(
                            f.kind,
                            FieldKind::Text {
                                multiline: true,
                                ..
                            }
                        ),
                    ),
                },
            };
            (key.clone(), out)
        })
        .collect()
}

fn is_blank(v: &RawValue) -> bool {
    match v {
        RawValue::Text(s) => s.trim().is_empty(),
        RawValue::List(items) => items.iter().all(|s| s.trim().is_empty()),
        // An unchecked box means "no", which is the same as leaving it out.
        RawValue::Bool(b) => !b,
    }
}

fn check(
    f: &FieldSpec,
    value: &RawValue,
    ctx: &ValidationContext<'_>,
) -> Result<Checked, FieldErrorCode> {
    use FieldErrorCode as E;
    let text = || match value {
        RawValue::Text(s) => Ok(s.trim()),
        _ => Err(E::InvalidType),
    };
    let plain = |s: String| Ok(Checked::Plain(FieldValue::Text(s)));
    match &f.kind {
        FieldKind::Text {
            max_chars,
            multiline,
        } => {
            let RawValue::Text(s) = value else {
                return Err(E::InvalidType);
            };
            let s = clean_text(s, *multiline);
            if s.chars().count() > *max_chars {
                return Err(E::TooLong);
            }
            plain(s)
        }
        FieldKind::Choice { options } => {
            let s = text()?;
            if options.contains(&s) {
                plain(s.to_owned())
            } else {
                Err(E::InvalidChoice)
            }
        }
        FieldKind::ClientId => {
            let id = ClientId::parse(text()?).map_err(|_| E::InvalidClientId)?;
            let registered = ctx.registered_client_ids;
            if !registered.is_empty() && !registered.iter().any(|r| r == id.as_str()) {
                return Err(E::UnknownClientId);
            }
            plain(id.as_str().to_owned())
        }
        FieldKind::DateTime { max_future_secs } => {
            let at = OffsetDateTime::parse(text()?, &Rfc3339).map_err(|_| E::InvalidDatetime)?;
            if (at - ctx.now).whole_seconds() > *max_future_secs {
                return Err(E::InFuture);
            }
            plain(at.format(&Rfc3339).map_err(|_| E::InvalidDatetime)?)
        }
        FieldKind::EndpointList { max_items } => {
            let items: Vec<&str> = match value {
                RawValue::List(items) => items.iter().map(|s| s.as_str()).collect(),
                // A textarea: one endpoint per line.
                RawValue::Text(s) => s.lines().collect(),
                RawValue::Bool(_) => return Err(E::InvalidType),
            };
            let items: Vec<&str> = items
                .into_iter()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if items.len() > *max_items {
                return Err(E::TooMany);
            }
            let parsed: Option<Vec<String>> = items
                .iter()
                .map(|s| Endpoint::parse(s).map(|e| e.to_string()))
                .collect();
            parsed
                .map(|v| Checked::Plain(FieldValue::List(v)))
                .ok_or(E::InvalidEndpoint)
        }
        FieldKind::Uuid => parse_uuid(text()?)
            .map(|u| Checked::Plain(FieldValue::Text(u)))
            .ok_or(E::InvalidUuid),
        FieldKind::DebugId => {
            let s = text()?;
            if is_debug_id(s) {
                plain(s.to_owned())
            } else {
                parse_uuid(s)
                    .map(|u| Checked::Plain(FieldValue::Text(u)))
                    .ok_or(E::InvalidDebugId)
            }
        }
        FieldKind::Bool => match value {
            RawValue::Bool(b) => Ok(Checked::Plain(FieldValue::Bool(*b))),
            _ => Err(E::InvalidType),
        },
        FieldKind::Sealed { max_chars } => {
            let s = text()?;
            if s.chars().count() > *max_chars {
                return Err(E::TooLong);
            }
            Ok(Checked::Sealed(s.to_owned()))
        }
    }
}

/// A hyphenated UUID, returned lower-cased.
fn parse_uuid(s: &str) -> Option<String> {
    if s.len() != 36 {
        return None;
    }
    uuid::Uuid::try_parse(s)
        .ok()
        .map(|u| u.hyphenated().to_string())
}

/// `dbg_` followed by 26 lower-case base32 characters, as Sportello issues them.
pub fn is_debug_id(s: &str) -> bool {
    s.strip_prefix("dbg_").is_some_and(|rest| {
        rest.len() == 26
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
    })
}
