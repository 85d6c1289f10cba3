//! Credentials that code hands over in an idiom of its language rather
//! than under a key's name.

use crate::context::{Sep, finding, password_value_ok};
use crate::text::{is_placeholder, is_reference};
use crate::{Confidence, Finding, Kind};

/// `ks.load(stream, "s3cret".toCharArray())`, `kmf.init(ks,
/// "pw".toCharArray())`: Java and Kotlin keep passwords as character
/// arrays, and a literal converted to one where a key store or a key
/// manager is opened (or a password is named) on the same line is that
/// password. `at` is where `toCharArray` starts; the literal is read back
/// from the `.` before it.
pub(crate) fn char_array_password(text: &str, b: &[u8], at: usize) -> Option<Finding> {
    if at < 3 || b[at - 1] != b'.' || !matches!(b[at - 2], b'"' | b'\'') {
        return None;
    }
    let q = b[at - 2];
    let close = at - 2;
    let line_start = memchr::memrchr(b'\n', &b[close.saturating_sub(400)..close])
        .map_or(close.saturating_sub(400), |o| {
            close.saturating_sub(400) + o + 1
        });
    let open = memchr::memrchr(q, &b[line_start..close]).map(|o| line_start + o)?;
    let s = open + 1;
    if s >= close || !text.is_char_boundary(s) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &b[at..(at + 400).min(b.len())])
        .map_or((at + 400).min(b.len()), |o| at + o);
    let line = b[line_start..line_end].to_ascii_lowercase();
    const OPENERS: &[&[u8]] = &[
        b"load(",
        b"getkey(",
        b"setkeyentry(",
        b"init(",
        b"keystore",
        b"keymanager",
        b"trustmanager",
        b".p12",
        b".pfx",
        b".jks",
        b"pkcs12",
        b"password",
        b"passphrase",
        b"storepass",
        b"keypass",
    ];
    if !OPENERS
        .iter()
        .any(|w| memchr::memmem::find(&line, w).is_some())
    {
        return None;
    }
    let v = &text[s..close];
    (password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, close, Confidence::High))
        .flatten()
}

/// The end of the line holding `at`, at most `max` bytes on.
fn line_end(b: &[u8], at: usize, max: usize) -> usize {
    let lim = (at + max).min(b.len());
    memchr::memchr(b'\n', &b[at..lim]).map_or(lim, |o| at + o)
}

/// A password literal between `s` and `e`, judged as a strong key's value.
fn literal_password(text: &str, s: usize, e: usize) -> Option<Finding> {
    if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return None;
    }
    let v = &text[s..e];
    (password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, e, Confidence::High))
        .flatten()
}

/// `ConvertTo-SecureString "pw" -AsPlainText -Force`: PowerShell builds a
/// credential's password from a plain literal only with `-AsPlainText`
/// on the same line, so the quoted literal after the cmdlet (`-String`
/// may name it) is that password. A variable (`$env:PW`, `$pw`) is
/// unquoted and never read. `key_end` is where the cmdlet's name ends.
pub(crate) fn secure_string_password(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    let end = line_end(b, key_end, 400);
    let line = b[key_end..end].to_ascii_lowercase();
    memchr::memmem::find(&line, b"-asplaintext")?;
    let mut i = key_end;
    while i < end && b[i] == b' ' {
        i += 1;
    }
    if b[i..end].len() > 8 && b[i..i + 8].eq_ignore_ascii_case(b"-string ") {
        i += 8;
        while i < end && b[i] == b' ' {
            i += 1;
        }
    }
    let q = *b.get(i).filter(|&&c| c == b'"' || c == b'\'')?;
    let close = memchr::memchr(q, &b[i + 1..end]).map(|o| i + 1 + o)?;
    // A literal, so never a field read off an object (`word.Word91`).
    let (s, e) = (i + 1, close);
    if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return None;
    }
    let v = &text[s..e];
    (e - s >= 4 && !v.contains(' ') && !v.starts_with('$') && !is_placeholder(v))
        .then(|| finding(Kind::Password, s, e, Confidence::High))
        .flatten()
}

/// `net use Z: \\fs\share /user:DOMAIN\name S3cret`: Windows maps a share
/// with the user after `/user:` and its password as the next word (a
/// `*` asks for it at the prompt; `/persistent:no` is another switch).
/// `key_end` is where `net use` ends.
pub(crate) fn net_use_password(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    // A share's UNC path (`\\fs\share`) read as escapes may break the
    // line in the view the scanner reads: `/user:` is looked for on the
    // next line as well.
    let first = line_end(b, key_end, 300);
    let end = line_end(b, (first + 1).min(b.len()), 300);
    let line = b[key_end..end].to_ascii_lowercase();
    let u = key_end + memchr::memmem::find(&line, b"/user:")? + 6;
    let end = line_end(b, u, 300);
    // The user: up to the next space (`DOMAIN\\tname` may be read with
    // a tab for its `\\t`).
    let mut i = u;
    while i < end && b[i] != b' ' {
        i += 1;
    }
    if i == u {
        return None;
    }
    while i < end && b[i] == b' ' {
        i += 1;
    }
    let s = i;
    if s >= end || matches!(b[s], b'/' | b'*' | b'"') {
        return None;
    }
    while i < end && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    literal_password(text, s, i)
}

/// `client.connect("coin-81989", "machine", "S3cret!")` (Arduino's MQTT
/// client), `mysqli_connect("db", "app", "S3cret!", "shop")`,
/// `MySQLdb.connect("localhost", "app", "S3cret!")`: a call that connects
/// with its first three arguments as string literals hands over a host
/// (or a client's id), a user and, third, that user's password.
pub(crate) fn connect_password(
    text: &str,
    b: &[u8],
    key_start: usize,
    key_end: usize,
) -> Option<Finding> {
    // Erlang's `{connect, "host", "user", "pw", …}`: a connecting message,
    // the tuple's first element the word, its arguments after it (the
    // lines broken as a crash report prints them).
    let tuple = key_start > 0 && b[key_start - 1] == b'{' && b.get(key_end) == Some(&b',');
    if b.get(key_end) != Some(&b'(') && !tuple {
        return None;
    }
    let space = |c: u8| matches!(c, b' ' | b'\t') || tuple && matches!(c, b'\n' | b'\r');
    let lim = (key_end + 256).min(b.len());
    let mut i = key_end + 1;
    let mut third = None;
    for k in 0..3 {
        while i < lim && space(b[i]) {
            i += 1;
        }
        let (s, e) = crate::calls::quoted(b, i, lim)?;
        if k == 2 {
            third = Some((s, e));
        }
        i = e + 1;
        while i < lim && space(b[i]) {
            i += 1;
        }
        if !matches!(b.get(i), Some(b',' | b')' | b'}')) || (k < 2 && b[i] != b',') {
            return None;
        }
        i += 1;
    }
    let (s, e) = third?;
    let v = text.get(s..e)?;
    (password_value_ok(v, Sep::Bare) && !is_placeholder(v) && !is_reference(v))
        .then(|| finding(Kind::Password, s, e, Confidence::Medium))
        .flatten()
}

/// `mosquitto_passwd -U passwd`: Mosquitto's tool hashes, in place, a
/// password file written in clear, one `user:password` a line. Where the
/// command is named with `-U` on its line, the `user:password` line right
/// below (within the next three lines) is that file in clear; a line
/// already hashed (`user:$7$…`, `$6$…`) holds none. With `-b` the tool
/// takes a password on its command line, after the file and the user.
pub(crate) fn plain_passwd_file(text: &str, b: &[u8], key_end: usize) -> Option<Finding> {
    let lim = (key_end + 512).min(b.len());
    let le = key_end + memchr::memchr(b'\n', &b[key_end..lim]).unwrap_or(lim - key_end);
    // `mosquitto_passwd -b passwd fleet S3cret`: batch mode takes the
    // file, the user and the password on the command line.
    if let Some(f) = memchr::memmem::find(&b[key_end..le], b" -b ") {
        let words: Vec<(usize, usize)> = words_from(b, key_end + f + 4, le);
        let &(s, e) = words.get(2)?;
        let v = text.get(s..e)?;
        return (password_value_ok(v, Sep::Strong) && !is_placeholder(v) && !is_reference(v))
            .then(|| finding(Kind::Password, s, e, Confidence::High))
            .flatten();
    }
    memchr::memmem::find(&b[key_end..le], b" -U")?;
    let mut ls = le + 1;
    for _ in 0..3 {
        if ls >= lim {
            return None;
        }
        let e = memchr::memchr(b'\n', &b[ls..lim]).map_or(lim, |p| ls + p);
        let line = &b[ls..e];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let name = line
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
            .count();
        if (1..=32).contains(&name) && line.get(name) == Some(&b':') {
            let s = ls + name + 1;
            let v = text.get(s..ls + line.len())?;
            let ok = (4..=64).contains(&v.len())
                && !v.contains([' ', '\t', ':'])
                && !v.starts_with('$')
                && !is_placeholder(v)
                && !is_reference(v);
            return ok
                .then(|| finding(Kind::Password, s, s + v.len(), Confidence::Medium))
                .flatten();
        }
        ls = e + 1;
    }
    None
}

/// `private const string Paymentsapikey = "…"` (C#), `const Smtppass =
/// "…"` (Go): a constant whose name runs its words together after one
/// capital names what it holds by its last word, as `PAYMENTS_API_KEY`
/// would; the string literal it is set to is that credential. `end` is
/// where the word `const` ends.
pub(crate) fn run_together_constant(text: &str, b: &[u8], end: usize) -> Option<Finding> {
    const ENDS: &[(&[u8], Kind)] = &[
        (b"clientsecret", Kind::ClientSecret),
        (b"secret", Kind::ClientSecret),
        (b"apikey", Kind::AccessToken),
        (b"token", Kind::AccessToken),
        (b"cookie", Kind::AccessToken),
        (b"password", Kind::Password),
        (b"passwd", Kind::Password),
        (b"pass", Kind::Password),
        (b"pwd", Kind::Password),
    ];
    if b.get(end) != Some(&b' ') {
        return None;
    }
    let lim = (end + 96).min(b.len());
    // The name is the last word before ` = "` (a type may stand between:
    // `const string`, `const char *`).
    let line = &b[end..lim];
    let eq = memchr::memchr2(b'=', b'\n', line).filter(|&p| line[p] == b'=')?;
    let name_end = end + line[..eq].trim_ascii_end().len();
    let mut k = name_end;
    while k > end && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    let name = &b[k..name_end];
    // One capital at most, first: `Smtppass`, `oauthclientsecret` (names
    // with humps or underscores are read word by word elsewhere).
    if name.len() < 5
        || name[1..]
            .iter()
            .any(|c| !c.is_ascii_lowercase() && !c.is_ascii_digit())
    {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let &(_, kind) = ENDS
        .iter()
        .find(|(w, _)| lower.len() > w.len() && lower.ends_with(w))?;
    let q = {
        let mut j = end + eq + 1;
        while j < lim && b[j] == b' ' {
            j += 1;
        }
        j
    };
    let quote = *b.get(q).filter(|c| matches!(c, b'"' | b'\'' | b'`'))?;
    let s = q + 1;
    let e = s + b[s..(s + 256).min(b.len())]
        .iter()
        .position(|&c| c == quote || c == b'\n')?;
    if b[e] != quote {
        return None;
    }
    let v = text.get(s..e)?;
    let sh = crate::text::shape(v);
    let ok = !is_placeholder(v)
        && !is_reference(v)
        && match kind {
            Kind::Password => {
                // Hyphens, dots and underscores join words ("fast-path").
                let symbols = v
                    .bytes()
                    .filter(|c| c.is_ascii_punctuation() && !matches!(c, b'-' | b'.' | b'_'))
                    .count();
                v.len() >= 6
                    && sh.upper + sh.lower > 0
                    && sh.digits + symbols > 0
                    && !v.contains(' ')
            }
            _ => crate::text::looks_like_token(v, 16),
        };
    ok.then(|| finding(kind, s, e, Confidence::Medium))
        .flatten()
}

/// The words (runs of non-space bytes) of `b[from..to]`, at most four.
fn words_from(b: &[u8], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to && out.len() < 4 {
        while i < to && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let s = i;
        while i < to && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i > s {
            out.push((s, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_powershell_literal_made_a_secure_string() {
        let t = "$p = ConvertTo-SecureString \"Qv7!mTz#2Lk\" -AsPlainText -Force";
        assert_eq!(found(t), ["Qv7!mTz#2Lk"]);
        // Under a password's key: the literal, not the cmdlet's name.
        let t = "$pwd = ConvertTo-SecureString \"Qv7!mTz#2Lk\" -AsPlainText -Force";
        assert_eq!(found(t), ["Qv7!mTz#2Lk"]);
        let t = "$pwd = ConvertTo-SecureString \"ledger.Autunno44\" -AsPlainText -Force";
        assert_eq!(found(t), ["ledger.Autunno44"]);
        // Read from a variable or without `-AsPlainText`: nothing handed over.
        assert!(found("$p = ConvertTo-SecureString $env:SVC_PW -AsPlainText -Force").is_empty());
    }

    #[test]
    fn sql_servers_capital_password_flag() {
        let t = "sqlcmd -S db01 -U ap_ro -P 'Tz8#qLm2Vw' -Q \"SELECT 1\"";
        assert_eq!(found(t), ["Tz8#qLm2Vw"]);
        // Elsewhere `-P` is a port.
        assert!(found("mysql -h db01 -u ap_ro -P 3306 ledger").is_empty());
    }

    #[test]
    fn a_share_mapped_with_its_password() {
        let t = "PS> net use S: \\\\nas2\\ledger /user:ACME\\svc_ap Wb4!kPz9q\nok";
        assert_eq!(found(t), ["Wb4!kPz9q"]);
        // A user whose name starts with `t` after the domain's backslash.
        let t = "net use S: \\\\nas2\\ledger /user:ACME\\treasury Wb4!kPz9q\nok";
        assert_eq!(found(t), ["Wb4!kPz9q"]);
        assert!(
            found("net use S: \\\\nas2\\ledger /user:ACME\\svc_ap * /persistent:no").is_empty()
        );
        assert!(found("net use S: \\\\nas2\\ledger /persistent:yes").is_empty());
    }

    #[test]
    fn a_connect_call_with_host_user_and_password_literals() {
        let t = "    if (client.connect(\"coin-81989\", \"machine\", \"spritz.girasole74\")) {\n";
        assert_eq!(crate::found(t), ["spritz.girasole74"]);
        let t = "$db = mysqli_connect(\"localhost\", \"shop\", \"Tq7!mLw2\", \"shop\");\n";
        assert_eq!(crate::found(t), ["Tq7!mLw2"]);
        // Variables, two arguments, a database's name third.
        for t in [
            "client.connect(clientId, MQTT_USER, MQTT_PASS)\n",
            "client.connect(\"coin-81989\")\n",
            "client.connect(\"coin-81989\", \"machine\", MQTT_PASS)\n",
            "pg.connect(\"localhost\", \"5432\", \"orders\")\n",
        ] {
            assert!(crate::found(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_mosquitto_password_file_before_it_is_hashed() {
        let t = "# mosquitto passwd (before mosquitto_passwd -U)\nfleet:Pompa$4919\nthanks\n";
        assert_eq!(crate::found(t), ["Pompa$4919"]);
        // Hashed already, or the command without a file in clear.
        let t = "# after mosquitto_passwd -U passwd\nfleet:$7$101$Zm9vYmFy$c2FsdGVkaGFzaA==\n";
        assert!(crate::found(t).is_empty());
        assert!(crate::found("mosquitto_passwd -c passwd fleet\nPassword:\n").is_empty());
        assert_eq!(
            crate::found("mosquitto_passwd -b /etc/mosquitto/passwd fleet Tq7!mLw2\n"),
            ["Tq7!mLw2"]
        );
    }

    #[test]
    fn a_constant_named_by_its_words_run_together() {
        for (t, v) in [
            (
                "    private const string Paymentsapikey = \"ofQKHFLKO2vYJ7SzOitrsx38Tj5ENZzuBixqhAp8\";\n",
                "ofQKHFLKO2vYJ7SzOitrsx38Tj5ENZzuBixqhAp8",
            ),
            ("const Smtppass = \"Lanterna5_\"\n", "Lanterna5_"),
        ] {
            assert_eq!(crate::found(t), [v], "{t}");
        }
        for t in [
            "const Compass = \"North\"\n",
            "const Bypass = \"fast-path\"\n",
            "const Apikey = os.Getenv(\"API_KEY\")\n",
            "private const string Sessioncookie = \"<session-cookie>\";\n",
        ] {
            assert!(crate::found(t).is_empty(), "{t}");
        }
    }
}
