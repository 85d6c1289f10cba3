//! Users, organizations and the identifiers they are known by.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("invalid email address")]
    Email,
    #[error("invalid client id")]
    ClientId,
    #[error("invalid organization slug")]
    Slug,
    #[error("unknown role")]
    Role,
    #[error("unknown locale")]
    Locale,
}

/// What a user may do. Agents and admins work the desk; requesters ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Requester,
    Agent,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Requester => "requester",
            Role::Agent => "agent",
            Role::Admin => "admin",
        }
    }

    /// Agents and admins see every ticket and internal notes.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Agent | Role::Admin)
    }
}

impl FromStr for Role {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "requester" => Ok(Role::Requester),
            "agent" => Ok(Role::Agent),
            "admin" => Ok(Role::Admin),
            _ => Err(ParseError::Role),
        }
    }
}

/// A lower-cased email address with one `@`, a local part and a dotted domain.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim().to_lowercase();
        let (local, domain) = s.split_once('@').ok_or(ParseError::Email)?;
        let ok = !local.is_empty()
            && s.len() <= 254
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
        if ok {
            Ok(Email(s))
        } else {
            Err(ParseError::Email)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An OAuth client id as integrators know it: `[a-z0-9][a-z0-9-]{2,63}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ClientId(String);

impl ClientId {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim();
        let bytes = s.as_bytes();
        let ok = (3..=64).contains(&bytes.len())
            && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
        if ok {
            Ok(ClientId(s.to_owned()))
        } else {
            Err(ParseError::ClientId)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An organization's URL-safe short name: `[a-z0-9][a-z0-9-]{0,62}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct OrgSlug(String);

impl OrgSlug {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let s = raw.trim();
        let b = s.as_bytes();
        let ok = (1..=63).contains(&b.len())
            && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-');
        if ok {
            Ok(OrgSlug(s.to_owned()))
        } else {
            Err(ParseError::Slug)
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The languages the product speaks. Every message key exists in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    It,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::It];
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
        }
    }
}

impl FromStr for Locale {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Locale::En),
            "it" => Ok(Locale::It),
            _ => Err(ParseError::Locale),
        }
    }
}

/// A password a user chose: at least 12 characters, at most 256 bytes,
/// neither a common password (compared case-insensitively with a list of
/// about 20,000 built into the binary, also with digits or symbols added)
/// nor one repeated character or a simple sequence.
#[derive(Clone)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// Which rule a password breaks, checked in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must have at least 12 characters")]
    TooShort,
    #[error("the password must have at most 256 bytes")]
    TooLong,
    #[error("the password is one repeated character or a simple sequence")]
    Simple,
    #[error("the password is on a list of common passwords")]
    Common,
}

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_BYTES: usize = 256;
    pub fn parse(raw: &str) -> Result<Self, PasswordError> {
        if raw.chars().count() < Self::MIN_CHARS {
            Err(PasswordError::TooShort)
        } else if raw.len() > Self::MAX_BYTES {
            Err(PasswordError::TooLong)
        } else if crate::common_passwords::is_simple(raw) {
            Err(PasswordError::Simple)
        } else if crate::common_passwords::is_common(raw) {
            Err(PasswordError::Common)
        } else {
            Ok(NewPassword(raw.to_owned()))
        }
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_id_pattern() {
        assert!(ClientId::parse("sandbox-acmepay-1a2b3c").is_ok());
        assert!(ClientId::parse("abc").is_ok());
        assert!(ClientId::parse("ab").is_err());
        assert!(ClientId::parse("-abc").is_err());
        assert!(ClientId::parse("Abc").is_err());
        assert!(ClientId::parse(&"a".repeat(64)).is_ok());
        assert!(ClientId::parse(&"a".repeat(65)).is_err());
        assert!(ClientId::parse("a_bc").is_err());
    }

    #[test]
    fn email_is_normalized() {
        assert_eq!(
            Email::parse(" Ann@Example.COM ").map(|e| e.0),
            Ok("ann@example.com".into())
        );
        assert!(Email::parse("nobody").is_err());
        assert!(Email::parse("a@b").is_err());
        assert!(Email::parse("a b@c.io").is_err());
    }

    #[test]
    fn password_length() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("long enough pw").is_ok());
        assert_eq!(
            NewPassword::parse("elevenchars").map(|_| ()),
            Err(PasswordError::TooShort)
        );
        assert!(NewPassword::parse("twelve chars").is_ok());
        assert_eq!(
            NewPassword::parse(&"ab1".repeat(90)).map(|_| ()),
            Err(PasswordError::TooLong)
        );
    }

    #[test]
    fn password_rules_say_which_failed() {
        let rule = |pw: &str| NewPassword::parse(pw).map(|_| ()).err();
        assert_eq!(rule("aaaaaaaaaaaaaaaa"), Some(PasswordError::Simple));
        assert_eq!(rule("123456789012"), Some(PasswordError::Simple));
        assert_eq!(rule("qwertyuiop123"), Some(PasswordError::Common));
        assert_eq!(rule("Password1234"), Some(PasswordError::Common));
        assert_eq!(rule("PASSWORD1234!"), Some(PasswordError::Common));
        assert_eq!(rule("ILoveYou2026!"), Some(PasswordError::Common));
        assert_eq!(rule("a long enough password"), None);
        assert_eq!(rule("correct horse battery"), None);
        assert!(PasswordError::Common.to_string().contains("common"));
    }
}
