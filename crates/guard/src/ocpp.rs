//! `AuthorizationKey = …`: OCPP's charge-point setting for the password it
//! authenticates to the central system with (HTTP Basic, security
//! profiles 1 and 2). The specification has it written in hex, so hex
//! there is the key, not a digest. A charging station's configuration is
//! printed as entries of a key, a read-only flag and a value
//! (`{key=AuthorizationKey,readonly=false,value=…}`, the JSON
//! `{"key": "AuthorizationKey", "readonly": false, "value": "…"}`): the
//! value field of the key's entry is its value, never the flag.

use crate::context::{Sep, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// What the key named at `start..end` is set to: `None` when it is not
/// `AuthorizationKey` (the caller's rules read it); `Some(None)` when it
/// is, and holds no value (a read-only flag is no password).
#[inline(never)]
pub(crate) fn authorization_key(b: &[u8], start: usize, end: usize) -> Option<Option<Finding>> {
    if !b[start..end].eq_ignore_ascii_case(b"authorizationkey") {
        return None;
    }
    let after = end + usize::from(matches!(b.get(end), Some(b'"' | b'\'')));
    let (v, record) = if b.get(after) == Some(&b',') {
        match entry_value(b, end) {
            Some(v) => (v, true),
            None => return Some(None),
        }
    } else {
        (setting_value(b, end)?, false)
    };
    let quoted = matches!(b.get(v), Some(b'"' | b'\''));
    let s = v + usize::from(quoted);
    let lim = (s + 128).min(b.len());
    let mut e = s;
    while e < lim
        && !b[e].is_ascii_whitespace()
        && !matches!(b[e], b'"' | b'\'' | b'}' | b',' | b']')
    {
        e += 1;
    }
    let value = std::str::from_utf8(&b[s..e]).ok()?;
    let hex = (16..=80).contains(&value.len()) && value.bytes().all(|c| c.is_ascii_hexdigit());
    let ok = e > s
        && !is_placeholder(value)
        && !is_reference(value)
        && (hex || password_value_ok(value, Sep::Strong));
    if !ok {
        // Only the entry's own value field is read; a setting that did not
        // lead to a value is left to the other rules.
        return record.then_some(None);
    }
    // Written in hex, the key is what the charge point authenticates
    // with (a client's secret), not a password someone typed (and a
    // password in capital hex is read as a digest).
    let kind = if hex {
        Kind::ClientSecret
    } else {
        Kind::Password
    };
    Some(Some(Finding {
        kind,
        start: s,
        end: e,
        confidence: Confidence::High,
    }))
}

/// `AuthorizationKey = X`, `AuthorizationKey: X`: where the value starts.
fn setting_value(b: &[u8], end: usize) -> Option<usize> {
    let mut j = end;
    if matches!(b.get(j), Some(b'"' | b'\'')) {
        j += 1;
    }
    j = skip(b, j);
    if !matches!(b.get(j), Some(b'=' | b':')) {
        return None;
    }
    let v = skip(b, j + 1);
    b.get(v)
        .is_some_and(|c| !c.is_ascii_whitespace())
        .then_some(v)
}

/// `AuthorizationKey,readonly=false,value=X`, `AuthorizationKey",
/// "readonly": false, "value": "X"`: the entry's value field, past at
/// most two other short fields, within the entry's braces.
fn entry_value(b: &[u8], end: usize) -> Option<usize> {
    let lim = (end + 96).min(b.len());
    let mut j = end;
    if matches!(b.get(j), Some(b'"' | b'\'')) {
        j += 1;
    }
    for _ in 0..3 {
        if b.get(j) != Some(&b',') {
            return None;
        }
        j = skip(b, j + 1);
        let quoted = matches!(b.get(j), Some(b'"' | b'\''));
        j += usize::from(quoted);
        let w = j;
        while j < lim && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        let name = &b[w..j];
        j += usize::from(quoted && matches!(b.get(j), Some(b'"' | b'\'')));
        j = skip(b, j);
        if !matches!(b.get(j), Some(b'=' | b':')) || name.is_empty() {
            return None;
        }
        j = skip(b, j + 1);
        if name.eq_ignore_ascii_case(b"value") {
            return Some(j);
        }
        // Another field's short value (`readonly=false`).
        let f = j;
        while j < lim && !matches!(b[j], b',' | b'}' | b'\n') {
            j += 1;
        }
        if j - f > 16 {
            return None;
        }
    }
    None
}

fn skip(b: &[u8], mut j: usize) -> usize {
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn an_ocpp_charge_points_authorization_key() {
        for (t, v) in [
            (
                "AuthorizationKey = Volta#495\nMeterValueSampleInterval = 60\n",
                "Volta#495",
            ),
            (
                "AuthorizationKey = F8B48209021605C78B49FFA8F7834C63A98CB7BE\n",
                "F8B48209021605C78B49FFA8F7834C63A98CB7BE",
            ),
            (
                "[2, \"f79\", \"ChangeConfiguration\", {\"key\": \"AuthorizationKey\", \"value\": \"FF9603DB58B213D4B7C7D0D52DAD40D78C132355\"}]",
                "FF9603DB58B213D4B7C7D0D52DAD40D78C132355",
            ),
            (
                "configurationKey=[{key=HeartbeatInterval,value=300},{key=AuthorizationKey,readonly=false,value=f40fa6c54aad5c183b40016b33315309},{key=SecurityProfile,value=1}]",
                "f40fa6c54aad5c183b40016b33315309",
            ),
            (
                "{key=AuthorizationKey,readonly=false,value=Falco3461$DVD},{key=X,value=1}",
                "Falco3461$DVD",
            ),
        ] {
            assert_eq!(found(t), [v], "{t}");
        }
        for t in [
            "AuthorizationKey: <set via CSMS>\n",
            "AuthorizationKey = ******** (set by the CSMS)\n",
            "{key=AuthorizationKey,readonly=false}\n",
            "the AuthorizationKey is set by the backend\n",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
