//! What a handover sheet writes where a secret would go when it gives the
//! secret's place or fate instead: a secret store and the entry's name in
//! it (`secretRef db-password`, `AWS Secrets Manager: prod/db-password`,
//! "in Bitwarden (vault 'Ops')"), a public key or a key's fingerprint, a
//! PHP superglobal read, a login through single sign-on, a note in words
//! ("to be reset on first login"), and a span running across a CSV row's
//! cells. Each is judged on one finding and the line around it, after the
//! passes have run, so no pass over the text is added.

use crate::Kind;

/// Secret stores and password managers by the names people write them
/// with (lowercase; matched without regard to case).
const STORES: &[&str] = &[
    "1password",
    "bitwarden",
    "keepass",
    "lastpass",
    "dashlane",
    "passbolt",
    "proton pass",
    "nordpass",
    "keeper",
    "secrets manager",
    "secret manager",
    "key vault",
    "keyvault",
    "doppler",
    "infisical",
    "vault",
];

/// Words that hand a value to a secret store's entry by name: Kubernetes'
/// `secretKeyRef`, the `secretRef` of operators and CI tools.
const REF_WORDS: &[&str] = &["secretref", "secretkeyref"];

/// True when the finding `start..end` of `kind` in `text` names or
/// describes a secret rather than being one.
pub(crate) fn points_elsewhere(text: &str, kind: Kind, start: usize, end: usize) -> bool {
    let secretish = matches!(
        kind,
        Kind::Password
            | Kind::AccessToken
            | Kind::ClientSecret
            | Kind::RefreshToken
            | Kind::PrivateKey
    );
    if !secretish || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return false;
    }
    let v = text[start..end].trim_matches(['"', '\'']);
    let b = text.as_bytes();
    // The line around the value, read at most 256 bytes either side (a
    // text without line breaks costs no more than one with them).
    let lo = start.saturating_sub(256);
    let hi = (end + 256).min(b.len());
    let line_start = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |p| lo + p + 1);
    let line_end = memchr::memchr(b'\n', &b[end..hi]).map_or(hi, |p| end + p);
    let mut line_start = line_start;
    while !text.is_char_boundary(line_start) {
        line_start += 1;
    }
    let mut line_end = line_end;
    while !text.is_char_boundary(line_end) {
        line_end -= 1;
    }
    // Only the 80 bytes before the value on its line are read.
    let mut from = start.saturating_sub(80).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let after = &text[end..line_end];
    store_entry(v, before)
        || store_reference(v, &text[start..line_end])
        || masked_tail(after)
        || hash_scheme(&text[start..line_end])
        || accessor(before)
        || credential_helper(before)
        || store_named_after(after)
        || public_key(v, before)
        || push_address(v, before)
        || v.starts_with("op://")
        || v.starts_with("$_ENV[")
        || v.starts_with("$_SERVER[")
        || (kind == Kind::Password && (single_sign_on(after) || note(v) || remark(v, after)))
        || across_cells(text, line_start, line_end, v)
        || (kind == Kind::Password && mapped_field(v, &text[line_start..line_end]))
}

/// `api_password | basic_auth_password | varchar`: a row of a sheet that
/// maps one system's field names to another's. The value is a field's
/// name (lowercase words joined by `_`), and another cell of its row is
/// one too.
fn mapped_field(v: &str, line: &str) -> bool {
    let snake = |c: &str| {
        let c = c.trim();
        c.len() >= 3
            && c.contains('_')
            && c.starts_with(|ch: char| ch.is_ascii_lowercase())
            && c.bytes().all(|ch| ch.is_ascii_lowercase() || ch == b'_')
    };
    snake(v)
        && line
            .split(['|', '\t', ',', ';'])
            .filter(|c| snake(c))
            .count()
            >= 2
}

/// `secretRef registrar-password`, `AWS Secrets Manager: prod/db-password`,
/// `in Bitwarden (vault "Ops")`: the value is an entry's name in a store
/// named just before it (or the reference word itself). An entry's name
/// is lowercase (`prod/db-password`); a password after a store's name
/// ("Bitwarden master: Tr0m…") has capitals or symbols, and stays.
fn store_entry(v: &str, before: &str) -> bool {
    let lower_v = v.to_ascii_lowercase();
    // `vault kv/legacy/app-password`: the store named in the value, then
    // the entry.
    if let Some(rest) = STORES
        .iter()
        .find_map(|s| lower_v.strip_prefix(s).and_then(|r| r.strip_prefix(' ')))
        && entry_name(rest.trim_start())
    {
        return true;
    }
    if REF_WORDS.iter().any(|w| {
        lower_v == *w
            || lower_v
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with(' ') && entry_name(rest.trim()))
    }) {
        return true;
    }
    // The cell the value stands in: back to the last separator.
    let cell = before
        .rsplit(['|', '\t', ',', ';', '='])
        .next()
        .unwrap_or(before)
        .to_ascii_lowercase();
    let cell_t = cell.trim_end_matches([' ', '"', '\'']);
    if REF_WORDS.iter().any(|w| cell_t.ends_with(w)) && entry_name(v) {
        return true;
    }
    let Some(at) = STORES
        .iter()
        .filter_map(|s| cell.rfind(s).map(|p| p + s.len()))
        .max()
    else {
        return false;
    };
    let between = &cell[at..];
    // "the vault password is": a secret's own word after the store's
    // name makes what follows its value.
    if ["pass", "pwd", "key", "token", "secret", "pin", "code"]
        .iter()
        .any(|w| between.contains(w))
    {
        return false;
    }
    // Inside the parenthesis that follows the store's name: its vault.
    let in_paren = between.contains('(') && !between.contains(')');
    in_paren || entry_name(v)
}

/// "password: Azure Key Vault: …", "AWS Secrets Manager": a word read as
/// the value that is the first of a store's name (its vendor).
fn store_named_after(after: &str) -> bool {
    let a = after.trim_start_matches(['"', '\'']);
    let Some(rest) = a.strip_prefix(' ') else {
        return false;
    };
    let head = rest.get(..20).unwrap_or(rest).to_ascii_lowercase();
    STORES.iter().any(|s| head.starts_with(s))
}

/// A store entry's name: lowercase letters, digits and `-_/.:`, with a
/// separator and a letter in it.
fn entry_name(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 3
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"-_/.:".contains(c))
        && b.iter().any(|c| b"-_/".contains(c))
        && b.iter().any(u8::is_ascii_lowercase)
}

/// `ssh-ed25519 AAAAC3Nz…`, `SHA256:vZky…`, `MD5:a2:f5:…`: an OpenSSH
/// public key (its type word, then base64 that starts `AAAA`) or a key's
/// fingerprint. Both are public by design.
fn public_key(v: &str, before: &str) -> bool {
    const TYPES: &[&str] = &["ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp"];
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    let typed = TYPES.iter().any(|t| word.starts_with(t));
    (typed && v.starts_with("AAAA"))
        || v.strip_prefix("SHA256:").is_some_and(|r| r.len() >= 40)
        || v.strip_prefix("MD5:")
            .is_some_and(|r| r.len() == 47 && r.bytes().all(|c| c.is_ascii_hexdigit() || c == b':'))
}

/// `ref+vault://secret/idp#/key`, `{vault://env/db-pass}`, `sm://name`,
/// `vault:secret/data/app#key`, `@Microsoft.KeyVault(SecretUri=…)`,
/// `secretKeyRef:`, `arn:aws:secretsmanager:…:secret:prod/db-…`: the
/// syntaxes configuration tools read a secret's address in (Kong and
/// `vals` references, Spring's `sm://`, Azure App Service's Key Vault
/// reference, an AWS resource name). They are resolved at run time; the
/// value is somewhere else. `rest` is the value and the rest of its line,
/// since a finding may stop at the reference's own punctuation.
fn store_reference(v: &str, rest: &str) -> bool {
    let r = rest.trim_start_matches(['{', '"', '\'', '(']);
    let lower = r.get(..40).unwrap_or(r).to_ascii_lowercase();
    let scheme_ref = |l: &str| {
        let (scheme, tail) = match l.split_once("://") {
            Some(p) => p,
            None => return false,
        };
        let scheme = scheme.strip_prefix("ref+").unwrap_or(scheme);
        let store = matches!(
            scheme,
            "vault"
                | "sm"
                | "op"
                | "awssecrets"
                | "awsssm"
                | "gcpsecrets"
                | "azurekeyvault"
                | "sops"
        ) || l.starts_with("ref+");
        store && tail.starts_with(|c: char| c.is_ascii_alphanumeric())
    };
    if scheme_ref(&lower) {
        return true;
    }
    // `vault:secret/data/app#key`: the store, a path, the entry's field.
    if let Some(path) = lower.strip_prefix("vault:")
        && path.contains('/')
        && path.contains('#')
    {
        return true;
    }
    if lower.starts_with("@microsoft.keyvault(") {
        return true;
    }
    let lv = v.to_ascii_lowercase();
    if REF_WORDS.iter().any(|w| lv.trim_end_matches(':') == *w) {
        return true;
    }
    // `arn:aws:secretsmanager:eu-west-1:1234…:secret:name`: an AWS
    // resource name (partition, service, region, account, resource).
    lower.starts_with("arn:aws")
        && r.bytes()
            .take_while(|c| !c.is_ascii_whitespace())
            .filter(|&c| c == b':')
            .count()
            >= 5
}

/// `secret=JBSWY3DP****`: the value goes on as a run of mask characters,
/// so what was found is the part left readable of a masked value.
fn masked_tail(after: &str) -> bool {
    let mut n = 0;
    for c in after.chars() {
        if matches!(c, '*' | '•' | '●') {
            n += 1;
        } else {
            break;
        }
    }
    n >= 3
}

/// `userPassword: {SSHA}rZYe…`, `{PBKDF2-SHA256}…`, `{CRYPT}$6$…`: a
/// directory's password attribute holding a hash, its scheme named in
/// braces in capitals (RFC 2307). A digest is not a password.
fn hash_scheme(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('{') else {
        return false;
    };
    let Some(close) = inner.find('}') else {
        return false;
    };
    let name = &inner[..close];
    (2..=16).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-')
        && inner.len() > close + 8
        && !inner[close + 1..].starts_with([' ', '\n'])
}

/// `vault token lookup -accessor X`, `accessor    X`, `"accessor": "X"`:
/// a token's accessor names the token so it can be looked up or revoked,
/// and cannot be used to sign in.
fn accessor(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\t', '"', '\'', '=', ':']);
    t.len()
        .checked_sub(8)
        .is_some_and(|at| t.as_bytes()[at..].eq_ignore_ascii_case(b"accessor"))
}

/// `"credsStore": "desktop"`, `credential.helper = osxkeychain`: Docker's
/// and git's settings that name the helper (and so the store) keeping
/// the credentials. A key that starts with `cred` and ends in `store` or
/// `helper` (case, `_`, `-`, `.` aside) holds a program's name.
fn credential_helper(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\t', '"', '\'', '=', ':']);
    let key_len = t
        .bytes()
        .rev()
        .take(40)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        .count();
    let key: Vec<u8> = t.as_bytes()[t.len() - key_len..]
        .iter()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    key.starts_with(b"cred") && (key.ends_with(b"store") || key.ends_with(b"helper"))
}

/// `cT1x…:APA91b…`, "APNs device token: 64 hex": the address a push
/// service delivers to one app on one device. Firebase's registration
/// tokens are an instance's id, `:`, and `APA91b` with a long body; Apple's
/// device tokens are 32 bytes written in hex, named as the device's (or
/// the push's) token. Both are handed to anyone who sends that device a
/// notification and grant nothing; the key that sends is another value
/// (FCM's legacy server key `AAAA…:APA91b…` after `key=`, a vendor key).
#[inline(never)]
fn push_address(v: &str, before: &str) -> bool {
    let b = v.as_bytes();
    let url_safe = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_');
    if let Some(colon) = memchr::memchr(b':', b)
        && b[colon + 1..].starts_with(b"APA91b")
    {
        let before_t = before.trim_end_matches(['"', '\'', ' ']);
        return (8..=64).contains(&colon)
            && b[..colon].iter().all(url_safe)
            && b.len() - colon > 64
            && b[colon + 1..].iter().all(url_safe)
            && !b.starts_with(b"AAAA")
            && !before_t.to_ascii_lowercase().ends_with("key=");
    }
    if b.len() != 64 || !b.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    // The token's name just before it (40 bytes): "device token",
    // `deviceToken`, `push_token`, "token del dispositivo".
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = &before[from..];
    let squeezed: String = tail
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    [
        "devicetoken",
        "pushtoken",
        "tokendeldispositivo",
        "tokendispositivo",
    ]
    .iter()
    .any(|w| squeezed.contains(w))
}

/// "password: Google SSO": the account signs in through single sign-on,
/// and the word before `SSO` names the identity provider.
fn single_sign_on(after: &str) -> bool {
    let a = after.trim_start_matches(['"', '\'']);
    a.starts_with(" SSO") && !a[4..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// `(Basic)`, `(optional)`: a word wholly in parentheses is a remark on
/// the label before it.
fn remark(v: &str, after: &str) -> bool {
    v.starts_with('(') && after.starts_with(')')
        || v.starts_with('(') && v.ends_with(')') && !v[1..v.len() - 1].contains(['(', ')'])
}

/// "to be reset on first login", "sealed envelope in the safe", "Google
/// SSO, no password": three words or more of letters only, that name a
/// password or a store, or of which two are ordinary function words
/// (passphrases are strings of content words, and carry no such note);
/// never letters spelled one by one.
fn note(v: &str) -> bool {
    let words: Vec<&str> = v
        .split([' ', ','])
        .map(|w| w.trim_matches(['(', ')', '"', '\'', '.']))
        .filter(|w| !w.is_empty())
        .collect();
    // "V maiuscola, e, s, p…": letters spelled one by one are a value
    // dictated, not a note.
    let letters = words.iter().filter(|w| w.chars().count() == 1).count();
    if words.len() < 3
        || letters >= 2
        || !v
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '(' | ')' | '\'' | '"' | '.'))
    {
        return false;
    }
    let lower = v.to_lowercase();
    let names = ["password", "passwort", "passphrase"]
        .iter()
        .chain(STORES)
        .any(|w| lower.contains(w));
    let stops = words
        .iter()
        .filter(|w| crate::text::is_stop_word(w))
        .count();
    names || (words.len() >= 4 && stops >= 2)
}

/// `FTP / SFTP,deploy,parola` in a CSV row: a span across the row's
/// commas, on a line with three or more of them beside a line with as
/// many, joins cells; a password with a comma in a CSV is quoted.
fn across_cells(text: &str, line_start: usize, line_end: usize, v: &str) -> bool {
    if !v.contains(',') {
        return false;
    }
    let b = text.as_bytes();
    let commas = |s: usize, e: usize| b[s..e].iter().filter(|&&c| c == b',').count();
    let n = commas(line_start, line_end);
    if n < 3 {
        return false;
    }
    // The line after, then the one before.
    if line_end >= b.len() || b[line_end] != b'\n' {
        // (No line break within reach: no neighbour to compare with.)
        return false;
    }
    let hi = (line_end + 1 + 512).min(b.len());
    let next_end = memchr::memchr(b'\n', &b[line_end + 1..hi]).map_or(hi, |p| line_end + 1 + p);
    let next = commas(line_end + 1, next_end) == n;
    let prev = line_start > 0 && b[line_start - 1] == b'\n' && {
        let pe = line_start - 1;
        let lo = pe.saturating_sub(512);
        let ps = memchr::memrchr(b'\n', &b[lo..pe]).map_or(lo, |p| lo + p + 1);
        commas(ps, pe) == n
    };
    next || prev
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_credential_helpers_name_is_no_secret() {
        for t in [
            "{\n  \"auths\": {\n    \"nexus.local:8443\": {}\n  },\n  \"credsStore\": \"desktop\"\n}",
            "[credential]\n\thelper = osxkeychain\n",
            "git config --global credential.helper wincred\n",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert_eq!(
            found("{\"password\": \"Rv7!tq9Lmz2\", \"credsStore\": \"desktop\"}"),
            ["Rv7!tq9Lmz2"]
        );
    }

    #[test]
    fn a_reference_in_a_store_syntax_is_no_secret() {
        for t in [
            "db_password = ref+vault://kv/shop/mysql#/pass\n",
            "db_password = {vault://env/shop-db-pass}\n",
            "db_password = sm://shop-db-pass\n",
            "db_password = vault:kv/data/shop#db_pass\n",
            "DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-shop.vault.azure.net/secrets/db/)\n",
            "db_password = secretKeyRef: {name: shop, key: db}\n",
            "db_password = arn:aws:secretsmanager:eu-south-1:111122223333:secret:shop/db-Ab12Cd\n",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert!(!found("db_password = Rv7!tq9Lmz2\n").is_empty());
    }

    #[test]
    fn a_masked_value_an_accessor_or_a_hash_is_no_secret() {
        assert!(
            found("totp: otpauth://totp/Desk:ana?secret=KRUGS4ZANFZSA****&issuer=Desk\n")
                .is_empty()
        );
        assert!(
            found("totp: otpauth://totp/Desk:ana?secret=KRUGS4ZANFZSAYJAMNXW&issuer=Desk\n").len()
                == 1
        );
        let t = "$ vault token lookup -accessor Qm3vT8xLp2Rk9WzY4bN6cJ1d\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(!found("$ vault login token=hvs.Qm3vT8xLp2Rk9WzY4bN6cJ1d\n").is_empty());
        assert!(found("userPassword: {SSHA512}q8Zt0mVb3xK1yLp7Rw2N\n").is_empty());
        assert!(!found("password: Zt0mVb3x!K1y\n").is_empty());
    }

    #[test]
    fn a_store_entry_is_no_secret() {
        assert!(found("db:\n  password: secretRef orders-db-pass\n").is_empty());
        let t = "mail password: Azure Key Vault: shop/smtp-pass\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert!(found("router pw: in KeePass (database 'Uffici')\n").is_empty());
        // A real password after a store's name stays one.
        assert_eq!(
            found("router password (also in KeePass): Gufo!Nero_88\n"),
            ["Gufo!Nero_88"]
        );
    }

    #[test]
    fn a_public_key_or_fingerprint_is_public() {
        let t = "deploy key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3xQm9Lr2vT8pWzYc4NbH7dJfG1sAeU0oVqXiRkMnE5 ci@build\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "PRIVATE_KEY=SHA256:Qm7Lp2Xz9Rk4Tv8Yc3NbW6Hj1Fg5Sd0Ae2Uo7Iq4Pw3\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }

    #[test]
    fn a_push_address_is_no_token() {
        let fcm = "fK3v9Qw2xYz:APA91bH7kLmN2pQrStUvWxYz0123456789abcdefGHIJKLmnopqrSTUVwxyz-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        let t = format!("{{\"message\": {{\"token\": \"{fcm}\"}}}}\n");
        assert!(found(&t).is_empty(), "{:?}", found(&t));
        let t = "APNs device token: 8b4aa4e0f21d84bdda3e5dc3147e02f8e23f2de7b580b09707d5099c49de2ce3, bundle x\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        let t = "token del dispositivo (APNs): 8b4aa4e0f21d84bdda3e5dc3147e02f8e23f2de7b580b09707d5099c49de2ce3\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        // The same 64 hex as an API token stays one.
        let t = "api token: 8b4aa4e0f21d84bdda3e5dc3147e02f8e23f2de7b580b09707d5099c49de2ce3\n";
        assert_eq!(found(t).len(), 1);
    }

    #[test]
    fn a_note_is_no_password() {
        assert!(found("vpn:\n  password: \"handed over on paper at the desk\"\n").is_empty());
        assert!(found("intranet password: Microsoft SSO, nothing to type\n").is_empty());
        assert_eq!(found("wifi password: Volpe Rossa Gialla 7\n").len(), 1);
    }

    #[test]
    fn a_field_mapping_row_holds_names() {
        let t = "old | new | type\nlogin_secret | portal_password | text\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
        assert_eq!(
            found("portal password: gufo_nero_bianco\n"),
            ["gufo_nero_bianco"]
        );
    }

    #[test]
    fn a_span_across_csv_cells_is_none() {
        let t = "Name,User,Field,Value,Notes\nNAS / backup,admin,password,CHANGE_ME,x\nmail,ops,pin,n/a,y\n";
        assert!(found(t).is_empty(), "{:?}", found(t));
    }
}
