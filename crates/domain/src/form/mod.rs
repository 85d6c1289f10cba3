//! Forms as data. A form is a list of field specs; one validation
//! (`validate`) serves the HTML form and the JSON API and reports every
//! problem at once.
//!
//! The built-in incident form lives in `incident.rs`; operators will define
//! others (an `item_id` here, a `pspReference` there) without code.

mod endpoint;
mod incident;
mod validate;

pub use endpoint::Endpoint;
pub use incident::incident;
pub use validate::{
    FieldError, FieldErrorCode, FieldValue, UNKNOWN_FIELD_PLACE, ValidSubmission,
    ValidationContext, clean_text, is_debug_id, normalize, validate,
};

use serde::Serialize;
use std::collections::BTreeMap;

/// A form definition.
#[derive(Debug, Clone, Serialize)]
pub struct FormSpec {
    pub key: &'static str,
    pub fields: Vec<FieldSpec>,
}

impl FormSpec {
    pub fn field(&self, key: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.key == key)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldSpec {
    pub key: &'static str,
    #[serde(flatten)]
    pub kind: FieldKind,
    pub required: Requirement,
    /// The field may only carry a value while this holds (otherwise it is refused).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_when: Option<Condition>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<&'static str>,
    /// Whether the value is a pivot identifier agents search on exactly.
    pub identifier: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        max_chars: usize,
        multiline: bool,
    },
    Choice {
        options: &'static [&'static str],
    },
    ClientId,
    DateTime {
        max_future_secs: i64,
    },
    EndpointList {
        max_items: usize,
    },
    Uuid,
    /// A Sportello debug id (`dbg_` + 26 characters) or a UUID.
    DebugId,
    Bool,
    /// A secret that is sealed at rest and never shown back.
    Sealed {
        max_chars: usize,
    },
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum Requirement {
    Always,
    Optional,
    /// Required when `field` has one of `values`.
    If {
        field: &'static str,
        values: &'static [&'static str],
    },
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum Condition {
    IsTrue { field: &'static str },
}

/// A value as it arrives, before the form's rules have been applied.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Text(String),
    List(Vec<String>),
    Bool(bool),
}

/// A submission as it arrives: subject, description and fields by key.
pub type RawFields = BTreeMap<String, RawValue>;
