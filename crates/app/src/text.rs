//! One text at a time: cleaned the way it will be kept, checked, then
//! screened. The order is the point: the guard sees the final value.

use crate::AppError;
use crate::screening::{self, FieldFinding};
use domain::form::{FieldErrorCode, clean_text};
use guard::Screened;

pub const MAX_COMMENT_CHARS: usize = 20_000;
pub const MAX_NAME_CHARS: usize = 100;

/// `raw` cleaned (NUL removed, line breaks folded unless `multiline`,
/// trimmed), required, at most `max_chars`, and screened. With `redact`,
/// sensitive spans are replaced by `[REDACTED:kind]` instead of refusing;
/// otherwise a finding refuses the text, located in `field`.
pub fn required(
    field: &str,
    raw: &str,
    multiline: bool,
    max_chars: usize,
    redact: bool,
) -> Result<Screened, AppError> {
    match optional(field, raw, multiline, max_chars, redact)? {
        Some(s) => Ok(s),
        None => Err(AppError::field(field, FieldErrorCode::Required)),
    }
}

/// Like [`required`], but an empty text is `None`.
pub fn optional(
    field: &str,
    raw: &str,
    multiline: bool,
    max_chars: usize,
    redact: bool,
) -> Result<Option<Screened>, AppError> {
    let text = clean_text(raw, multiline);
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max_chars {
        return Err(AppError::field(field, FieldErrorCode::TooLong));
    }
    screen(field, text, redact).map(Some)
}

/// Screens a value that is already in its final form. With `redact`, a
/// clean text is kept as it is and a finding is replaced in place.
pub fn screen(field: &str, text: String, redact: bool) -> Result<Screened, AppError> {
    if redact {
        return Ok(guard::screen_redacting(text));
    }
    guard::screen(text).map_err(|findings| AppError::findings(located(field, findings)))
}

/// A comment, reply, note or mail body.
pub fn comment(body: &str, redact: bool) -> Result<Screened, AppError> {
    required("body", body, true, MAX_COMMENT_CHARS, redact)
}

/// A person's display name (profile, sign-up, organization).
pub fn name(field: &str, raw: &str) -> Result<Screened, AppError> {
    required(field, raw, false, MAX_NAME_CHARS, false)
}

/// A tag already in its canonical form (`domain::macros::parse_tag`).
pub fn tag(parsed: String) -> Result<Screened, AppError> {
    screen("tags", parsed, false)
}

/// Tags as typed (or as kept on a macro): each parsed to its canonical
/// form, then screened.
pub fn tags(raw: &[String]) -> Result<Vec<Screened>, AppError> {
    raw.iter()
        .map(|t| {
            let parsed = domain::macros::parse_tag(t).ok_or(AppError::InvalidValue("tags"))?;
            tag(parsed)
        })
        .collect()
}

/// A one-line title (a macro's): cleaned, 1 to `max_chars` characters (else
/// `InvalidValue(field)`), screened.
pub fn title(field: &'static str, raw: &str, max_chars: usize) -> Result<Screened, AppError> {
    let text = clean_text(raw, false);
    if text.is_empty() || text.chars().count() > max_chars {
        return Err(AppError::InvalidValue(field));
    }
    screen(field, text, false)
}

/// A text the program derived from screened text (an error signature, a
/// mail composed from templates and screened parts). Deriving can join
/// what the guard saw apart, so it is screened again; a finding there is
/// redacted, since refusing would refuse something the person did not type.
pub fn derived(text: impl Into<String>) -> Screened {
    guard::screen_redacting(text)
}

/// The guard's findings as field findings.
pub fn located(field: &str, findings: Vec<guard::Finding>) -> Vec<FieldFinding> {
    findings
        .into_iter()
        .map(|f| FieldFinding {
            field: field.to_owned(),
            kind: f.kind,
            start: f.start,
            end: f.end,
        })
        .collect()
}

/// Findings in `text`, located in `field` (for refusals that collect
/// several fields before answering).
pub fn findings_in(field: &str, text: &str) -> Vec<FieldFinding> {
    screening::screen_text(field, text)
}
