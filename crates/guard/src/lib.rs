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
//!   their cues, cookies, passphrases), `auth` (Bearer, Basic, `-u`;
//!   `Bearer $tok` reads what `assigned` finds the variable set to),
//!   `jwt`, `pem`, `vendor` and `url`.
//! - `scanner` also finds base64 that decodes to `id:secret` from its `=`
//!   padding (client credentials kept in a variable or a table), and
//!   `generated` the random runs with a `~` that client secrets are
//!   generated as, and keys written as a name and two UUIDs
//!   (`name-<uuid>-<uuid>`), under any label or none.
//! - `tables`: columns named on a header line (CSV, TSV, Markdown, ASCII and
//!   SQL-client output, space-aligned reports, label-then-value layouts),
//!   read only from lines where a key led to no value.
//! - The digit pass: `digits` (digit runs grouped by any separator) feeding
//!   `card`, `iban`, `national` (Italian BBAN with CIN, French RIB, Spanish
//!   CCC, checked), ABI + CAB + account and UK sort code + account.
//! - `spoken`: near keys of what people say aloud (numbers, passwords),
//!   numbers said as words and values spelled out are rewritten as a
//!   digits view mapped back to the original bytes; the same rules scan
//!   it and findings touching a spoken run are kept.
//! - `text` holds the shared notions: boundaries, placeholders, references,
//!   stop words. `refs` judges what names or locates a secret without
//!   being one (a store's path, a vault URL, a ULID id); `code` reads
//!   credentials handed over in a language's idiom (`toCharArray`);
//!   `prose` how a message hands a value over once its key is named
//!   (quotes, "here it is", "also with", a UUID stated as a secret). All
//!   three are called from keys the trigger pass found.
//! - `nearby`: a second look at the keys the trigger pass left without a
//!   value: a candidate judged by its shape for the key's kind and by the
//!   short bridge between them; `replies` reads a chat export's next
//!   messages after one that asks for a key's value.
//! - `json` judges JSON values by their key; `har`, `curl`, `headers` are
//!   the sanitizers, sharing `sanitize`.
//! - Formats that say themselves which part is private: `jwk` (a JSON Web
//!   Key's `d`, `p`, `q`… members; the public ones pass), `ppk` (a PuTTY
//!   key file), `recovery` (two-factor recovery codes listed under their
//!   name, from the trigger pass), `query` (an OAuth authorization code, an
//!   Azure SAS signature, in the URLs the trigger pass found),
//!   `wifi`, `cobol`, `edifact`, woken by `landmarks`; `staged` (an API
//!   key that says it is live: `xyz_live_…`).
//! - `paired`: an access token on the line beside its refresh token's
//!   (`access:` over `refresh:`, or two constants declared so), found
//!   from the refresh key.
//! - Scripts and dumps that label a value by where it stands: `commented`
//!   (a literal named by its line's trailing comment), `typed` (the
//!   string a bot types between Tab and Enter), `eav` (name/value rows,
//!   a browser's cookie table, a debugger's tuple), `sql`'s rows printed
//!   without headers.
//! - `boxed`: an IBAN written one character per box (`|I|T|6|0|…`), read
//!   after the word "IBAN" and checked.
//! - `second_code`: a second one-time code handed over in the sentence
//!   of a first ("…, e poi quello nuovo 455 548"), read after the first.
//! - `quoted_printable`: a mail body that declares the encoding and
//!   holds `=3D` is scanned decoded too (`=3D` as `=`, soft line breaks
//!   dropped), after the scan.
//! - `dashed_pem`: a private key whose armor smart punctuation turned
//!   into em and en dashes (`——-BEGIN PRIVATE KEY——-`), after the scan.
//! - `account_run`: a bank account read in part is widened to the run of
//!   digit groups (bank, branch, account) its value is.
//! - `bank_records`: the account a fixed-width payment record's layout
//!   places (BACS Standard 18, CBI RiBa "14"), from the digit pass.
//! - `catalog`: a shop's product codes (EAN/GTIN with their GS1 check
//!   digit, under their name or column) and numbers named as ids are no
//!   cards; judged after the scan. `join_code`: a quiz or game's join
//!   PIN, shown to a room, is no PIN (judged after the scan too).
//! - From the trigger pass's keys: `aside` (a remark between a key and
//!   its copula), `login_as` ("log in as X with Y"), `login_block` (a
//!   long PIN under a user and a password), `shown_below` (a PIN mailer's
//!   PIN on a line of its own below its sentence).
//! - `stored`: a last look at each finding and its line for what names a
//!   secret's place or fate instead of being one (a store's entry, a
//!   public key, an SSO login, a note, a field-mapping row).
//! - `in_clear`: a key reported "in plain text" and given after a colon;
//!   `login_pair`: "pass is X" after an e-mail address and "and", an API
//!   key beside `"username"` in a credentials file's JSON; both from the
//!   trigger pass's key once it read no value.
//! - `basic_pair` (a Basic pair under its `user:pass` or `id:secret`
//!   label) and
//!   `listed_login` (`- name: user / password`), woken by `landmarks`;
//!   `haproxy` (`stats auth user:pass`), from the trigger `auth`.
//! - `printed_keys`: key material a tool prints under its own label
//!   (Vault's `Unseal Key n:` from the trigger pass, `klist -K`'s key
//!   bytes from `landmarks`).
//! - `at_command`: a modem's AT commands that hand it a SIM PIN, a
//!   facility lock's password or a data login's password (`AT+CPIN=`,
//!   `AT+QICSGP=`), from the trigger pass.
//! - `hex_key`: symmetric keys named by their role in a scheme that fixes
//!   their length (LoRaWAN's AppKey and NwkKey, a payment terminal's BDK,
//!   IPEK, TMK), read as hex of that length; their EUIs, KCV, KSN pass.
//! - `ocpp`: a charge point's `AuthorizationKey` (hex or not), in its
//!   setting or its configuration entry's value field.
//! - `readers`: reads of the environment, of settings and of credential
//!   stores in any language (`os:getenv`, `fetch_env!`, `#env X`, `env:X`,
//!   `{!$Credential.Password}`): no value, and a key given one has none
//!   below. `calls` (credentials handed to a call in less travelled
//!   idioms: `red:auth("…")`, `{:basic, "u:p"}`, `confirm_sca(id,
//!   "…")`), `declared` (a literal declared with a string type, a key as a
//!   byte array), `erlang` (a node's distribution cookie), `wallet` (a
//!   mnemonic, Hardhat's `accounts`) and `jcl` (a batch FTP step's
//!   password), from the trigger pass.
//! - `wire`: network tools' secrets in their own syntax, from the trigger
//!   pass: a TLS key log's lines, `Master-Key:`, IPsec and VPN pre-shared
//!   keys (`: PSK "…"`, `pre-shared-key`, `set secret`, `isakmp key`),
//!   `nsupdate -y`'s TSIG key, a VPN client's `--authkey`.
//! - `look_alikes`: after the scan, the nil UUID, `secret_id` beside
//!   `secret_key`, values that state their length, cipher strings,
//!   expansions, KDF parameters, utility accounts on a bill's line.
//! - `pin_tan`: the PIN and the TAN a PIN/TAN banking client's calls
//!   take as literals (`FinTS3PinTanClient(blz, user, 'pin', url)`).
//! - `screened`: the `Screened` text type only the guard constructs.
//! - `messages` explains each kind to users, in English and Italian ("tu").

use serde::{Deserialize, Serialize};

mod account_run;
mod aside;
mod assigned;
mod at_command;
mod auth;
mod bank_records;
mod basic_pair;
mod boxed;
mod calls;
mod card;
mod catalog;
mod claims;
mod cobol;
mod code;
mod commented;
mod context;
mod counted;
mod dashed_pem;
mod declared;
mod digits;
mod eav;
mod edifact;
mod encoded;
mod erlang;
mod generated;
mod haproxy;
mod hex_key;
mod iban;
mod in_clear;
mod jcl;
mod join_code;
mod joined_pair;
pub mod json;
mod jwk;
mod jwt;
mod keywords;
mod landmarks;
mod listed_login;
mod login_as;
mod login_block;
mod login_pair;
mod look_alikes;
mod messages;
mod national;
mod nearby;
mod normalize;
mod ocpp;
mod ocr_confusions;
mod paired;
mod pairs;
mod pem;
mod pin_tan;
mod ppk;
mod printed_keys;
mod prose;
mod qa;
mod query;
mod quoted_printable;
mod readers;
mod recovery;
mod refs;
mod replies;
mod scanner;
mod screened;
mod second_code;
mod shown_below;
mod spoken;
mod sql;
mod staged;
mod stats;
mod stored;
mod tables;
mod text;
mod triggers;
mod typed;
mod ui_chrome;
mod url;
mod value;
mod vendor;
mod wallet;
mod wifi;
mod wire;
mod xml;

pub mod curl;
pub mod har;
pub mod headers;
mod sanitize;

pub use card::{issuer, luhn_valid};
pub use json::{JsonFinding, redact_json, scan_json};
pub use messages::{Locale, message, message_en, message_it};
pub use ocr_confusions::digit_for as ocr_digit;
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

/// What a unit test reads of a scan: the text each finding covers.
#[cfg(test)]
pub(crate) fn found(text: &str) -> Vec<&str> {
    scan(text).iter().map(|f| &text[f.start..f.end]).collect()
}

/// Whether a finding covers exactly `value`.
#[cfg(test)]
pub(crate) fn has(text: &str, value: &str) -> bool {
    found(text).contains(&value)
}

/// The text of each finding of one kind.
#[cfg(test)]
pub(crate) fn found_as(text: &str, kind: Kind) -> Vec<&str> {
    scan(text)
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| &text[f.start..f.end])
        .collect()
}

/// Scans `text` and returns non-overlapping findings sorted by `start`.
pub fn scan(text: &str) -> Vec<Finding> {
    let started = std::time::Instant::now();
    let mut first = scanner::scan(text);
    // A national account read in part is widened to its whole number
    // (bank and branch codes with the account); what a quoted-printable
    // body holds once decoded, and a private key whose armor smart
    // punctuation changed, are added.
    let widened = account_run::widen(text, &mut first);
    let decoded = quoted_printable::extend(text, &mut first);
    if dashed_pem::extend(text, &mut first) | widened | decoded {
        first = scanner::resolve(first);
    }
    let n = first.len();
    let mut found = every_occurrence(text, first);
    if found.len() > n {
        found = scanner::settle(text, found);
    }
    found.retain(|f| {
        !inside_marker(text.as_bytes(), f)
            && !documented_example(text.as_bytes(), f)
            && !context::card_token(text.as_bytes(), f)
            && !catalog::not_a_card(text.as_bytes(), f)
    });
    stats::record(text.len(), started.elapsed());
    found
}

/// A value found once is a secret wherever else it appears in the same
/// text, with or without a key beside it (`Bearer X` on one line, `X`
/// alone on the next). One Aho-Corasick pass over the text for all found
/// values (eight bytes or longer), so the cost stays linear.
fn every_occurrence(text: &str, found: Vec<Finding>) -> Vec<Finding> {
    let mut seen = std::collections::HashSet::new();
    let mut values: Vec<(&str, Finding)> = Vec::new();
    for f in &found {
        let value = &text[f.start..f.end];
        // A one-time code of six digits or more is found again too (an
        // SMS logged, then the code extracted from it).
        let code =
            f.kind == Kind::Pin && value.len() >= 6 && value.bytes().all(|c| c.is_ascii_digit());
        if (value.len() >= 8 || code) && seen.insert(value) {
            values.push((value, *f));
        }
    }
    if values.is_empty() || values.len() > 4096 {
        return found;
    }
    // Where each value occurs (non-overlapping, left to right): a memmem
    // search per value when there are few (building an automaton costs more
    // than a 2 KB ticket's whole scan), one Aho-Corasick pass when many.
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    if values.len() <= 8 {
        for (k, (v, _)) in values.iter().enumerate() {
            hits.extend(
                memchr::memmem::find_iter(text.as_bytes(), v.as_bytes())
                    .map(|s| (s, s + v.len(), k)),
            );
        }
        hits.sort_unstable();
    } else {
        let Ok(ac) = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(values.iter().map(|(v, _)| *v))
        else {
            return found;
        };
        hits.extend(
            ac.find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
        );
    }
    let mut extra: Vec<Finding> = Vec::new();
    let mut i = 0;
    let mut last_end = 0;
    for (start, end, k) in hits {
        // Only where no finding (nor another extra) already is. Inside a
        // longer word too: those characters are the secret all the same.
        if start < last_end {
            continue;
        }
        while i < found.len() && found[i].end <= start {
            i += 1;
        }
        let overlaps = found.get(i).is_some_and(|f| f.start < end);
        if !overlaps {
            extra.push(Finding {
                start,
                end,
                ..values[k].1
            });
            last_end = end;
        }
    }
    if extra.is_empty() {
        return found;
    }
    let mut all = found;
    all.extend(extra);
    all.sort_by_key(|f| f.start);
    all
}

/// A finding that starts inside one of the guard's own `[REDACTED:kind]`
/// markers: text redacted once (and quoted, forwarded, scanned again)
/// holds no secret there. Checked per finding, a few bytes back.
fn inside_marker(b: &[u8], f: &Finding) -> bool {
    const MARK: &[u8] = b"[REDACTED:";
    let lo = f.start.saturating_sub(MARK.len() + 16);
    let hi = (f.start + MARK.len()).min(b.len());
    let Some(at) = memchr::memmem::rfind(&b[lo..hi], MARK) else {
        return false;
    };
    let open = lo + at;
    if open > f.start {
        return false;
    }
    // Only a whole marker counts: `[REDACTED:` typed by hand and left open
    // must not hide what follows it (redacting would close it, and the
    // value after it would then be found).
    let name = open + MARK.len();
    let close = name
        + b[name..]
            .iter()
            .take_while(|c| c.is_ascii_lowercase() || **c == b'_')
            .count();
    close > name && b.get(close) == Some(&b']') && f.start <= close
}

/// `AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`: a
/// vendor's documentation marks the keys it prints with the word
/// `EXAMPLE` in capitals inside the key itself; such a key is copied from
/// public pages and opens nothing. A generated key holds that run of seven
/// capitals only by a chance too small to weigh. A JWT with placeholder
/// claims introduced as an example is one too (`jwt::introduced_example`).
#[inline(never)]
fn documented_example(b: &[u8], f: &Finding) -> bool {
    matches!(
        f.kind,
        Kind::VendorKey | Kind::AccessToken | Kind::ClientSecret | Kind::RefreshToken
    ) && (memchr::memmem::find(&b[f.start..f.end], b"EXAMPLE").is_some()
        || jwt::introduced_example(b, f.start, f.end))
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

#[cfg(test)]
mod example_tests {
    use crate::{Kind, found_as};

    #[test]
    fn a_documented_example_key_is_no_secret() {
        let t = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
        assert!(crate::scan(t).is_empty());
        // The same shape with a generated body is a key.
        let t = "aws_access_key_id = AKIA2OGYBAH6T4QKXJ7M\n";
        assert_eq!(found_as(t, Kind::VendorKey), ["AKIA2OGYBAH6T4QKXJ7M"]);
    }
}
