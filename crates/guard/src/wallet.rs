//! A crypto wallet's secrets as development tools write them: the
//! mnemonic (a BIP-39 seed phrase: 12, 15, 18, 21 or 24 lowercase words,
//! which derives every key of the wallet) under its name, and the private
//! keys listed in a network's `accounts` (Hardhat, Truffle: `accounts:
//! ["0x<64 hex digits>"]`). An address (40 hex digits) or a transaction's
//! hash outside such a list is public. Found from the words `mnemonic`
//! and `accounts`, which the trigger pass finds.

use crate::{Confidence, Finding, Kind};

/// The value after a key's `:`/`=` and blanks, opening quote included:
/// where it starts.
fn after_separator(b: &[u8], key_end: usize) -> Option<usize> {
    let lim = (key_end + 48).min(b.len());
    let mut i = key_end;
    // The rest of an identifier (`walletMnemonic`, `MNEMONIC_PHRASE`).
    while i < lim && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    if matches!(b.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    i = crate::value::skip_spaces(b, i);
    if !matches!(b.get(i), Some(b':' | b'=')) {
        return None;
    }
    Some(crate::value::skip_spaces(b, i + 1))
}

/// `mnemonic: "paper ceiling cactus …"`, `MNEMONIC="…"`, `val
/// walletMnemonic = "…"`: the phrase, quoted or to the line's end, of 12
/// to 24 words (a multiple of three) of three to eight lowercase letters.
#[inline(never)]
pub(crate) fn mnemonic(b: &[u8], key_end: usize) -> Option<Finding> {
    let mut s = after_separator(b, key_end)?;
    let quote = b.get(s).copied().filter(|c| matches!(c, b'"' | b'\''));
    if quote.is_some() {
        s += 1;
    }
    let lim = (s + 240).min(b.len());
    let e = s + b[s..lim]
        .iter()
        .position(|&c| Some(c) == quote || c == b'\n' || c == b'\r')
        .unwrap_or(lim - s);
    if quote.is_some() && b.get(e).copied() != quote {
        return None;
    }
    let phrase = &b[s..e];
    let words: Vec<&[u8]> = phrase.split(|&c| c == b' ').collect();
    let ok = (12..=24).contains(&words.len())
        && words.len().is_multiple_of(3)
        && words
            .iter()
            .all(|w| (3..=8).contains(&w.len()) && w.iter().all(u8::is_ascii_lowercase));
    ok.then_some(Finding {
        kind: Kind::Password,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    })
}

/// `accounts: ["0x07dd…", "0x…"]`: a network's accounts given as private
/// keys (`0x` and 64 hex digits each); the first found (the others are
/// found by the keys after it). `accounts: { mnemonic: … }` is read by
/// `mnemonic`.
#[inline(never)]
pub(crate) fn account_key(b: &[u8], key_end: usize) -> Option<Finding> {
    let v = after_separator(b, key_end)?;
    if b.get(v) != Some(&b'[') {
        return None;
    }
    let lim = (v + 16).min(b.len());
    let q = v
        + 1
        + b[v + 1..lim]
            .iter()
            .position(|c| !c.is_ascii_whitespace())?;
    if !matches!(b[q], b'"' | b'\'') || !b[q + 1..].starts_with(b"0x") {
        return None;
    }
    let s = q + 3;
    let hex = b[s..]
        .iter()
        .take(65)
        .take_while(|c| c.is_ascii_hexdigit())
        .count();
    (hex == 64 && b.get(s + 64) == Some(&b[q])).then_some(Finding {
        kind: Kind::PrivateKey,
        start: s,
        end: s + 64,
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    fn has(t: &str, v: &str) -> bool {
        found(t).iter().any(|f| f.contains(v))
    }

    #[test]
    fn a_wallets_mnemonic_under_its_name() {
        let p = "paper ceiling cactus announce scorpion spider casual cluster pelican dance canal festival";
        for t in [
            format!("      accounts: {{ mnemonic: \"{p}\" }},\n"),
            format!("val walletMnemonic = \"{p}\"\n"),
            format!("MNEMONIC={p}\n"),
        ] {
            assert!(has(&t, p), "{t:?}: {:?}", found(&t));
        }
        // A sentence, a variable, a short list: no phrase.
        for t in [
            "mnemonic: \"the words you wrote down when you created it\"\n",
            "accounts: { mnemonic: process.env.MNEMONIC },\n",
            "mnemonic = \"test test test\"\n",
            "The mnemonic is stored in the vault, not in this file.\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }

    #[test]
    fn a_networks_accounts_as_private_keys() {
        let k = "07ddcff0d7ddae6afa6e16157437f8406a82ac97f2e6e8253fd53526ea59d88e";
        let t = format!(
            "    sepolia: {{\n      url: RPC_URL,\n      accounts: [\"0x{k}\"],\n    }},\n"
        );
        assert!(has(&t, k), "{t:?}: {:?}", found(&t));
        // Addresses, variables, a hash outside a network's accounts.
        for t in [
            "      accounts: [\"0x9cf46fa5c49097b29d8a0a317cdffe9273de2b10\"],\n",
            "      accounts: [process.env.PRIVATE_KEY],\n",
            "tx: 0x07ddcff0d7ddae6afa6e16157437f8406a82ac97f2e6e8253fd53526ea59d88e confirmed\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }
}
