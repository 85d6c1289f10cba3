//! Every rule of the incident form, both ways.
#![allow(clippy::unwrap_used)]

use domain::form::{FieldErrorCode, RawFields, RawValue, ValidationContext, incident, validate};
use time::macros::datetime;

const NOW: time::OffsetDateTime = datetime!(2026-11-28 10:00 UTC);

fn complete() -> RawFields {
    let t = |s: &str| RawValue::Text(s.to_owned());
    RawFields::from([
        ("subject".into(), t("Payments return 502")),
        ("product".into(), t("data")),
        ("client_id".into(), t("sandbox-acmepay-1a2b3c")),
        ("occurred_at".into(), t("2026-11-28T09:41:00+01:00")),
        ("error_message".into(), t("502 Bad Gateway")),
        (
            "steps".into(),
            t("Call the accounts endpoint with a valid consent"),
        ),
        (
            "endpoints".into(),
            RawValue::List(vec!["GET /v1/accounts?limit=10".into()]),
        ),
        ("device".into(), t("Linux x86_64")),
        ("browser".into(), t("Firefox 140")),
    ])
}

fn errors(raw: &RawFields, registered: &[String]) -> Vec<(String, FieldErrorCode)> {
    let ctx = ValidationContext {
        now: NOW,
        registered_client_ids: registered,
    };
    match validate(&incident(), raw, &ctx) {
        Ok(_) => vec![],
        Err(e) => e.into_iter().map(|e| (e.field, e.code)).collect(),
    }
}

fn with(mut raw: RawFields, key: &str, value: RawValue) -> RawFields {
    raw.insert(key.to_owned(), value);
    raw
}

fn text(s: &str) -> RawValue {
    RawValue::Text(s.to_owned())
}

#[test]
fn complete_submission_is_valid_and_canonical() {
    let ctx = ValidationContext {
        now: NOW,
        registered_client_ids: &[],
    };
    let valid = validate(&incident(), &complete(), &ctx).unwrap();
    assert_eq!(valid.subject, "Payments return 502");
    assert_eq!(valid.text("request_mode"), Some("sync"), "default applied");
    assert_eq!(valid.text("occurred_at"), Some("2026-11-28T09:41:00+01:00"));
    let spec = incident();
    let ids: Vec<_> = valid.identifiers(&spec).collect();
    assert_eq!(ids, vec![("client_id", "sandbox-acmepay-1a2b3c")]);
}

#[test]
fn each_required_field_missing_is_named() {
    for key in [
        "subject",
        "product",
        "client_id",
        "occurred_at",
        "error_message",
        "steps",
        "endpoints",
        "device",
        "browser",
    ] {
        let mut raw = complete();
        raw.remove(key);
        assert_eq!(
            errors(&raw, &[]),
            vec![(key.to_owned(), FieldErrorCode::Required)],
            "{key}"
        );
        // Blank counts as missing (HTML forms send empty strings).
        let raw = with(complete(), key, text("   "));
        assert_eq!(
            errors(&raw, &[]),
            vec![(key.to_owned(), FieldErrorCode::Required)],
            "{key} blank"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let raw = RawFields::new();
    let errs = errors(&raw, &[]);
    assert_eq!(errs.len(), 9);
    assert_eq!(errs[0].0, "subject", "in form order");
}

#[test]
fn simp_id_required_only_for_payments() {
    let raw = with(complete(), "product", text("payments"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("simp_id".into(), FieldErrorCode::Required)]
    );
    let raw = with(raw, "simp_id", text("C39DF0FB-A684-447C-9FBC-3F24C288F608"));
    assert_eq!(errors(&raw, &[]), vec![]);
    let raw = with(raw, "simp_id", text("not-a-uuid"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("simp_id".into(), FieldErrorCode::InvalidUuid)]
    );
    // Other products do not need it.
    assert_eq!(
        errors(&with(complete(), "product", text("other")), &[]),
        vec![]
    );
}

#[test]
fn task_id_required_for_async_and_batch() {
    for mode in ["async", "batch"] {
        let raw = with(complete(), "request_mode", text(mode));
        assert_eq!(
            errors(&raw, &[]),
            vec![("task_id".into(), FieldErrorCode::Required)],
            "{mode}"
        );
        let raw = with(raw, "task_id", text("c39df0fb-a684-447c-9fbc-3f24c288f608"));
        assert_eq!(errors(&raw, &[]), vec![], "{mode}");
    }
    assert_eq!(
        errors(&with(complete(), "request_mode", text("sync")), &[]),
        vec![]
    );
    assert_eq!(
        errors(&with(complete(), "request_mode", text("stream")), &[]),
        vec![("request_mode".into(), FieldErrorCode::InvalidChoice)]
    );
}

#[test]
fn refresh_token_only_with_refresh_related() {
    let raw = with(complete(), "refresh_token", text("opaque-refresh-value"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("refresh_token".into(), FieldErrorCode::NotAllowed)]
    );
    let raw = with(raw, "refresh_related", RawValue::Bool(true));
    let ctx = ValidationContext {
        now: NOW,
        registered_client_ids: &[],
    };
    let valid = validate(&incident(), &raw, &ctx).unwrap();
    assert_eq!(
        valid.sealed.get("refresh_token").map(String::as_str),
        Some("opaque-refresh-value")
    );
    assert!(
        !valid.fields.contains_key("refresh_token"),
        "sealed values never sit with plain fields"
    );
}

#[test]
fn occurred_at_rules() {
    let in_four_minutes = with(complete(), "occurred_at", text("2026-11-28T10:04:00Z"));
    assert_eq!(errors(&in_four_minutes, &[]), vec![]);
    let in_six_minutes = with(complete(), "occurred_at", text("2026-11-28T11:06:00+01:00"));
    assert_eq!(
        errors(&in_six_minutes, &[]),
        vec![("occurred_at".into(), FieldErrorCode::InFuture)]
    );
    for bad in ["2026-11-28 09:41", "2026-11-28T09:41:00", "yesterday"] {
        let raw = with(complete(), "occurred_at", text(bad));
        assert_eq!(
            errors(&raw, &[]),
            vec![("occurred_at".into(), FieldErrorCode::InvalidDatetime)],
            "{bad}"
        );
    }
}

#[test]
fn client_id_format_and_registration() {
    let raw = with(complete(), "client_id", text("Not Valid"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("client_id".into(), FieldErrorCode::InvalidClientId)]
    );
    let registered = vec!["acmepay".to_owned()];
    assert_eq!(
        errors(&complete(), &registered),
        vec![("client_id".into(), FieldErrorCode::UnknownClientId)]
    );
    let raw = with(complete(), "client_id", text("acmepay"));
    assert_eq!(errors(&raw, &registered), vec![]);
}

#[test]
fn endpoints_rules() {
    let lines = with(
        complete(),
        "endpoints",
        text("GET /v1/a\n\nhttps://api.example.com/v1/b\n"),
    );
    assert_eq!(errors(&lines, &[]), vec![]);
    let bad = with(
        complete(),
        "endpoints",
        RawValue::List(vec!["GET /ok".into(), "nonsense".into()]),
    );
    assert_eq!(
        errors(&bad, &[]),
        vec![("endpoints".into(), FieldErrorCode::InvalidEndpoint)]
    );
    let many = with(
        complete(),
        "endpoints",
        RawValue::List(vec!["GET /x".into(); 21]),
    );
    assert_eq!(
        errors(&many, &[]),
        vec![("endpoints".into(), FieldErrorCode::TooMany)]
    );
}

#[test]
fn optional_identifiers_are_checked_when_given() {
    let raw = with(complete(), "x_request_id", text("nope"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("x_request_id".into(), FieldErrorCode::InvalidUuid)]
    );
    let raw = with(
        complete(),
        "debug_id",
        text("dbg_abcdefghijklmnopqrstuvwxyz"),
    );
    assert_eq!(errors(&raw, &[]), vec![]);
    let raw = with(complete(), "debug_id", text("dbg_short"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("debug_id".into(), FieldErrorCode::InvalidDebugId)]
    );
}

#[test]
fn subject_length_type_and_unknown_fields() {
    let raw = with(complete(), "subject", text(&"x".repeat(151)));
    assert_eq!(
        errors(&raw, &[]),
        vec![("subject".into(), FieldErrorCode::TooLong)]
    );
    let raw = with(complete(), "subject", text(&"è".repeat(150)));
    assert_eq!(
        errors(&raw, &[]),
        vec![],
        "length counts characters, not bytes"
    );
    let raw = with(complete(), "device", RawValue::Bool(true));
    assert_eq!(
        errors(&raw, &[]),
        vec![("device".into(), FieldErrorCode::InvalidType)]
    );
    let raw = with(complete(), "colour", text("blue"));
    assert_eq!(
        errors(&raw, &[]),
        vec![("fields".into(), FieldErrorCode::UnknownField)],
        "an unknown field is reported by where it was, never by its name"
    );
}

#[test]
fn nul_characters_are_dropped_from_text() {
    let raw = with(complete(), "subject", text("Payments\0 fail"));
    let ctx = ValidationContext {
        now: NOW,
        registered_client_ids: &[],
    };
    assert_eq!(
        validate(&incident(), &raw, &ctx).unwrap().subject,
        "Payments fail"
    );
}
