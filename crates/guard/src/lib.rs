//! The guard: finds secrets and end users' bank data in text before anything
//! is stored, indexed, mailed or logged.
//!
//! Pure: no IO, no async. Shape and context decide, not entropy.
//!
//! Map of the crate:
//! - `scanner` runs the passes and merges what they find. When the text
//!   holds something careless formatting hides behind (invisible or
//!   compatibility characters, entities, URL or JSON escapes, split string
//!   literals, values wrapped over lines), `normalize` builds a view of it
//!   with a map back to the original bytes; the same rules scan the view
//!   and findings cover the whole original span. Plain text skips the view.
//! - The trigger pass: `triggers` (word starts: the `keywords` in Italian,
//!   English, German, French and Spanish, vendor prefixes, `eyJ`,
//!   `-----BEGIN`, `://`) feeding `context` (keyed values read by `value`:
//!   `key: value`, prose with a few words between key and value, code
//!   arguments and XML, references such as `process.env.X` rejected, a
//!   value far from its key in the same paragraph, one-time codes near
//!   their cues, cookies, passphrases), `auth` (Bearer, Basic, `-u`),
//!   `jwt`, `pem`, `vendor` and `url`.
//! - `scanner` also finds base64 that decodes to `id:secret` from its `=`
//!   padding (client credentials kept in a variable or a table).
//! - `tables`: columns named on a header line (CSV, TSV, Markdown, ASCII and
//!   SQL-client output, space-aligned reports, label-then-value layouts),
//!   read only from lines where a key led to no value.
//! - The digit pass: `digits` (digit runs grouped by any separator) feeding
//!   `card`, `iban`, `national` (Italian BBAN with CIN, French RIB, Spanish
//!   CCC, checked), ABI + CAB + account and UK sort code + account.
//! - `text` holds the shared notions: boundaries, placeholders, references,
//!   stop words.
//! - `json` judges JSON values by their key; `har`, `curl`, `headers` are
//!   the sanitizers, sharing `sanitize`.
//! - `screened`: the `Screened` text type only the guard constructs.
//! - `messages` explains each kind to users, in English and Italian ("tu").

use serde::{Deserialize, Serialize};

mod auth;
mod card;
mod context;
mod digits;
mod iban;
pub mod json;
mod jwt;
mod keywords;
mod messages;
mod national;
mod normalize;
mod pem;
mod scanner;
mod screened;
mod stats;
mod tables;
mod text;
mod triggers;
mod url;
mod value;
mod vendor;

pub mod curl;
pub mod har;
pub mod headers;
mod sanitize;

pub use card::{issuer, luhn_valid};
pub use json::{JsonFinding, redact_json, scan_json};
pub use messages::{Locale, message, message_en, message_it};
pub use sanitize::{Removal, SanitizeError, Sanitized};
pub use screened::{Screened, screen, screen_redacting};
pub use stats::{Stats, stats};

/// What kind of sensitive value a finding is. `code()` is the stable
/// snake_case name used in API errors and in `[REDACTED:kind]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// A national bank account number: Italian conto with ABI/CAB or BBAN
    /// with CIN, German BLZ + Kontonummer, French RIB, Spanish CCC.
    BankAccount,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
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
        Kind::BankAccount,
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
            Kind::BankAccount => "bank_account",
        }
    }

    /// The kind whose `code()` is `code`.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
pub fn scan(text: &str) -> Vec<Finding> {
    let started = std::time::Instant::now();
    let found = scanner::scan(text);
    stats::record(text.len(), started.elapsed());
    found
}

/// True when `text` holds nothing the guard would report. Same work as
/// `scan`, without building the list.
pub fn is_clean(text: &str) -> bool {
    scan(text).is_empty()
}

/// Replaces every finding's span with `[REDACTED:kind]`. Findings must be
/// sorted and non-overlapping (as `scan` returns them); spans that overlap an
/// earlier one or do not fall on character boundaries are skipped rather
/// than panicking.
pub fn redact(text: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in findings {
        if f.start < pos
            || f.end < f.start
            || f.end > text.len()
            || !text.is_char_boundary(f.start)
            || !text.is_char_boundary(f.end)
        {
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

/// `redact(text, &scan(text))`.
pub fn scan_and_redact(text: &str) -> String {
    redact(text, &scan(text))
}
