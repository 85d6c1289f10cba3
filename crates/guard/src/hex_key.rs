//! `AppKey: AD83…C15C`, `--root-keys.app-key.key 38D7…`, `BDK: 5379…`,
//! `TMK component 1: C9FD…`: symmetric keys named by the role they play
//! in a scheme that fixes their length. LoRaWAN's root and session keys
//! (AppKey, NwkKey, AppSKey, NwkSKey and LoRaWAN 1.1's FNwkSIntKey,
//! SNwkSIntKey, NwkSEncKey) are AES-128 keys, 32 hex digits; a payment
//! terminal's key hierarchy (the base derivation key, the initial key it
//! derives, terminal and zone master keys, PIN keys, key-encrypting keys)
//! is 3DES or AES, 32, 48 or 64 hex digits, whole or as a component.
//! Found from the key's name (a trigger): the first hex run on its line
//! within a few words, of a key's length. Whatever else a device or a key
//! ceremony prints beside them passes: the device's EUIs (16 digits), a
//! key check value (6), a key serial number (20), and any value whose
//! words say it is a check, an id or a fingerprint of the key.

use crate::context::Outcome;
use crate::{Confidence, Finding, Kind};

/// Words between a key's name and a hex run that make the run something
/// about the key rather than the key.
const ABOUT_THE_KEY: &[&[u8]] = &[
    b"kcv",
    b"check",
    b"checksum",
    b"fingerprint",
    b"hash",
    b"digest",
    b"id",
    b"kid",
    b"serial",
    b"ksn",
    b"eui",
    b"crc",
];

/// The key after the name at `start..end`.
pub(crate) fn value(b: &[u8], start: usize, end: usize, kind: Kind) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: end,
    };
    if start > 0 && b[start - 1].is_ascii_alphanumeric() {
        return none;
    }
    match key_after(b, end) {
        Some((s, e)) => Outcome {
            finding: Some(Finding {
                kind,
                start: s,
                end: e,
                confidence: Confidence::High,
            }),
            scanned_to: e,
        },
        None => none,
    }
}

fn key_after(b: &[u8], end: usize) -> Option<(usize, usize)> {
    // The name ends a word (`AppKey:`) or goes on as a field of it
    // (`app-key.key`, `app_key": {"key"`).
    if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let lim = (end + 40).min(b.len());
    let mut j = end;
    let mut word = (j, j);
    while j < lim {
        let c = b[j];
        if c == b'\n' {
            return None;
        }
        if c.is_ascii_hexdigit()
            && (j == 0 || !b[j - 1].is_ascii_alphanumeric())
            && let Some(e) = hex_run(b, j)
        {
            return Some((j, e));
        }
        if c.is_ascii_alphanumeric() {
            if j == 0 || !b[j - 1].is_ascii_alphanumeric() {
                word.0 = j;
            }
            word.1 = j + 1;
            if !b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) {
                let w = b[word.0..word.1].to_ascii_lowercase();
                if ABOUT_THE_KEY.contains(&w.as_slice()) {
                    return None;
                }
                // A long run of hex digits that is no key's length: some
                // other value (an EUI) stands between.
                if word.1 - word.0 >= 12 && b[word.0..word.1].iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
            }
        } else if !matches!(
            c,
            b' ' | b'\t'
                | b'_'
                | b'.'
                | b'-'
                | b'"'
                | b'\''
                | b':'
                | b'='
                | b'#'
                | b'('
                | b')'
                | b'{'
        ) {
            return None;
        }
        j += 1;
    }
    None
}

/// A key's hex at `i`: 32, 48 or 64 hex digits, run together or in groups
/// of four set apart by single spaces, not glued to a letter or a digit.
fn hex_run(b: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    while e < b.len() && b[e].is_ascii_hexdigit() {
        e += 1;
    }
    let mut digits = e - i;
    if digits == 4 {
        // `0123 4567 89AB …`
        while b.get(e) == Some(&b' ')
            && b.get(e + 1..e + 5)
                .is_some_and(|g| g.iter().all(u8::is_ascii_hexdigit))
            && !b.get(e + 5).is_some_and(u8::is_ascii_alphanumeric)
        {
            e += 5;
            digits += 4;
        }
    }
    (matches!(digits, 32 | 48 | 64) && !b.get(e).is_some_and(u8::is_ascii_alphanumeric))
        .then_some(e)
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found, found_as};

    #[test]
    fn lorawan_root_keys_are_secrets_and_euis_are_not() {
        let t = "DevEUI: CDCA95BDE69DEAC4\nJoinEUI: 3777F49B44B5AEBF\nAppKey: AD83DC076E792093F6E0CF9DFA79C15C\nNwkKey: 2636213269ECC43EC42E1DDD191557A9\nClass: A\n";
        assert_eq!(
            found_as(t, Kind::ClientSecret),
            [
                "AD83DC076E792093F6E0CF9DFA79C15C",
                "2636213269ECC43EC42E1DDD191557A9"
            ]
        );
        assert_eq!(found(t).len(), 2);
        let t = "ttn-lw-cli end-devices create fleet pm-1 --dev-eui B686D16CBB36BA56 --root-keys.app-key.key 38D75BFDD1001E5986C8B7EA6EE7095D\n";
        assert_eq!(found(t), ["38D75BFDD1001E5986C8B7EA6EE7095D"]);
        for t in [
            "AppKey: ${APP_KEY}\n",
            "AppKey: YOUR_APP_KEY\n",
            "AppKey: ********************************\n",
            "AppKey: (kept by the join server)\n",
            "The LoRaWAN AppKey lives in the join server. DevEUI 1FB8E47F7B65E6C1\n",
            "AppKey id: 38D75BFDD1001E5986C8B7EA6EE7095D\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_payment_key_component_is_key_material_and_its_kcv_is_not() {
        let t = "Key injection batch 2951\nTMK component 1: C9FD8E0051CFC1C5318207B137181F31\nKCV: B6FDB0\nInitial KSN: FFFFDA53612EC40FF91C\n";
        assert_eq!(
            found_as(t, Kind::PrivateKey),
            ["C9FD8E0051CFC1C5318207B137181F31"]
        );
        assert_eq!(found(t).len(), 1);
        assert_eq!(
            found("BDK: 0123 4567 89AB CDEF FEDC BA98 7654 3210\n"),
            ["0123 4567 89AB CDEF FEDC BA98 7654 3210"]
        );
        assert!(found("BDK KCV: 1A2B3C\nBDK ID: FFFF987654\n").is_empty());
        assert!(found("IPEK check value: 08D7B4FB629D0885E6F0D3A1B2C4E5F6\n").is_empty());
    }
}
