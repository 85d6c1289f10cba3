//! Sealing secrets at rest (the refresh_token field, debug-id tokens):
//! XChaCha20-Poly1305 with a random 24-byte nonce stored in front of the
//! ciphertext. The associated data binds a value to its purpose, so a
//! ciphertext copied to another field does not open.
//!
//! The same key makes tags: keyed BLAKE2b over a purpose and some data, for
//! values the desk hands out and must later recognise as its own without
//! having stored them (a ticket's reply address).

use blake2::Blake2bMac;
use blake2::digest::consts::U12;
use blake2::digest::{FixedOutput, Mac};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

const NONCE_LEN: usize = 24;

/// Bytes in a tag: 96 bits, short enough for the local part of an address.
pub const TAG_LEN: usize = 12;

type Tagger = Blake2bMac<U12>;

pub struct Sealer {
    cipher: XChaCha20Poly1305,
    tagger: Tagger,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(..)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("a seal key must be 32 bytes")]
    KeyLength,
    #[error("sealed value is damaged or was sealed under another key")]
    Damaged,
}

impl Sealer {
    pub fn new(key: &[u8]) -> Result<Self, SealError> {
        let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| SealError::KeyLength)?;
        let tagger = <Tagger as KeyInit>::new_from_slice(key).map_err(|_| SealError::KeyLength)?;
        Ok(Sealer { cipher, tagger })
    }

    /// The tag of `data` for `purpose`: a tag made for one purpose is no
    /// tag for another.
    pub fn tag(&self, purpose: &str, data: &[u8]) -> [u8; TAG_LEN] {
        self.tagging(purpose, data).finalize_fixed().into()
    }

    /// Whether `tag` is the tag of `data` for `purpose`, compared in
    /// constant time.
    pub fn tag_matches(&self, purpose: &str, data: &[u8], tag: &[u8]) -> bool {
        self.tagging(purpose, data).verify_slice(tag).is_ok()
    }

    fn tagging(&self, purpose: &str, data: &[u8]) -> Tagger {
        let mut mac = self.tagger.clone();
        // The purpose's length first, so purpose and data cannot trade bytes.
        Mac::update(&mut mac, &(purpose.len() as u64).to_le_bytes());
        Mac::update(&mut mac, purpose.as_bytes());
        Mac::update(&mut mac, data);
        mac
    }

    pub fn seal(&self, plaintext: &[u8], purpose: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).unwrap_or_else(|e| panic!("OS random generator failed: {e}"));
        let ct = self
            .cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: purpose.as_bytes(),
                },
            )
            .unwrap_or_else(|e| panic!("XChaCha20-Poly1305 encryption failed: {e}"));
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        out
    }

    pub fn open(&self, sealed: &[u8], purpose: &str) -> Result<Vec<u8>, SealError> {
        if sealed.len() < NONCE_LEN {
            return Err(SealError::Damaged);
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| SealError::Damaged)?;
        self.cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: ct,
                    aad: purpose.as_bytes(),
                },
            )
            .map_err(|_| SealError::Damaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper_detection() {
        let s = Sealer::new(&[7u8; 32]).unwrap_or_else(|_| unreachable!());
        let sealed = s.seal(b"rt-secret", "ticket:refresh_token");
        assert!(!sealed.windows(9).any(|w| w == b"rt-secret"));
        assert_eq!(
            s.open(&sealed, "ticket:refresh_token").as_deref(),
            Ok(&b"rt-secret"[..])
        );
        assert_eq!(s.open(&sealed, "debug_id").unwrap_err(), SealError::Damaged);
        let mut bad = sealed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert_eq!(
            s.open(&bad, "ticket:refresh_token").unwrap_err(),
            SealError::Damaged
        );
        let other = Sealer::new(&[8u8; 32]).unwrap_or_else(|_| unreachable!());
        assert_eq!(
            other.open(&sealed, "ticket:refresh_token").unwrap_err(),
            SealError::Damaged
        );
        assert!(Sealer::new(&[0u8; 16]).is_err());
    }

    #[test]
    fn tags_depend_on_key_purpose_and_data() {
        let s = Sealer::new(&[7u8; 32]).unwrap_or_else(|_| unreachable!());
        let tag = s.tag("reply-token", b"42");
        assert_eq!(
            tag,
            s.tag("reply-token", b"42"),
            "the same input, the same tag"
        );
        assert!(s.tag_matches("reply-token", b"42", &tag));
        assert!(!s.tag_matches("reply-token", b"43", &tag));
        assert!(!s.tag_matches("debug-id", b"42", &tag));
        assert!(!s.tag_matches("reply-token", b"42", &tag[..TAG_LEN - 1]));
        // Purpose and data cannot trade bytes.
        assert_ne!(s.tag("ab", b"c"), s.tag("a", b"bc"));
        let other = Sealer::new(&[8u8; 32]).unwrap_or_else(|_| unreachable!());
        assert!(!other.tag_matches("reply-token", b"42", &tag));
    }
}
