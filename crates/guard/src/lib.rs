//! The guard: finds secrets and end users' bank data in text before anything
//! is stored, indexed, mailed or logged.
//!
//! Pure: no IO, no async. Shape and context decide, not entropy.

use serde::Serialize;

/// What kind of sensitive value a finding is. `code()` is the stable
/// snake_case name used in API errors and in `[REDACTED:kind]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    AccessToken,
    ClientSecret,
    RefreshToken,
    PrivateKey,
    VendorKey,
    CardNumber,
    Cvv,
    Iban,
    UkBankAccount,
    Password,
    Pin,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::AccessToken,
        Kind::ClientSecret,
        Kind::RefreshToken,
        Kind::PrivateKey,
        Kind::VendorKey,
        Kind::CardNumber,
        Kind::Cvv,
        Kind::Iban,
        Kind::UkBankAccount,
        Kind::Password,
        Kind::Pin,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::AccessToken => "access_token",
            Kind::ClientSecret => "client_secret",
            Kind::RefreshToken => "refresh_token",
            Kind::PrivateKey => "private_key",
            Kind::VendorKey => "vendor_key",
            Kind::CardNumber => "card_number",
            Kind::Cvv => "cvv",
            Kind::Iban => "iban",
            Kind::UkBankAccount => "uk_bank_account",
            Kind::Password => "password",
            Kind::Pin => "pin",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Medium,
    High,
}

/// One sensitive span: byte offsets into the scanned text, never the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub confidence: Confidence,
}

/// Scans `text` and returns non-overlapping findings sorted by `start`.
pub fn scan(_text: &str) -> Vec<Finding> {
    Vec::new()
}

/// Replaces every finding's span with `[REDACTED:kind]`.
pub fn redact(text: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in findings {
        if f.start < pos {
            continue;
        }
        out.push_str(&text[pos..f.start]);
        out.push_str("[REDACTED:");
        out.push_str(f.kind.code());
        out.push(']');
        pos = f.end;
    }
    out.push_str(&text[pos..]);
    out
}
