//! Byte-level helpers shared by the detectors: word boundaries, value
//! shapes, placeholders and the stop list of ordinary words.

/// Bytes that continue a word for boundary purposes. `_` counts because
/// identifiers such as `sha_4111...` are not free-standing numbers.
#[inline]
pub(crate) fn is_word(b: u8) -> bool {
    // One lookup: the digit pass and the key readers ask at every byte
    // of the words around a number or a key.
    BYTE_KIND[usize::from(b)] & WORD != 0
}

/// Characters a token-like secret is made of (base64, base64url, JWT dots,
/// the usual vendor separators).
#[inline]
pub(crate) fn is_token_char(b: u8) -> bool {
    BYTE_KIND[usize::from(b)] & TOKEN != 0
}

const WORD: u8 = 1;
const TOKEN: u8 = 2;

/// `WORD` for ASCII letters, digits and `_`; `TOKEN` for those and
/// `- . ~ + / =`.
static BYTE_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[i] = WORD | TOKEN;
        } else if matches!(c, b'-' | b'.' | b'~' | b'+' | b'/' | b'=') {
            t[i] = TOKEN;
        }
        i += 1;
    }
    t
};

pub(crate) fn is_b64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// True when the byte before `pos` does not glue onto a word starting at `pos`.
pub(crate) fn boundary_before(bytes: &[u8], pos: usize) -> bool {
    pos == 0 || !is_word(bytes[pos - 1])
}

pub(crate) fn boundary_after(bytes: &[u8], pos: usize) -> bool {
    pos >= bytes.len() || !is_word(bytes[pos])
}

/// A value that stands for a secret without being one: what people type
/// when they have already redacted, or template variables.
pub(crate) fn is_placeholder(value: &str) -> bool {
    let raw = value.trim();
    if raw.contains("...") || raw.contains('\u{2026}') {
        // "eyJhbGciOi...": elided.
        return true;
    }
    let v = raw.trim_end_matches(['.', ',', ';']);
    if v.is_empty() {
        return true;
    }
    let lower = v.to_ascii_lowercase();
    let b = lower.as_bytes();
    if b[0] == b'<'
        || b.starts_with(b"{{")
        || b[0] == b'['
        || (b[0] == b'{' && b.ends_with(b"}") && is_ident(&v[1..v.len() - 1]))
    {
        // `<token>`, `{{secret}}`, `[REDACTED:kind]`, `[hidden]`.
        return true;
    }
    if (b[0] == b'$' && variable_reference(v)) || (b[0] == b'%' && percent_reference(v)) {
        // `$TOKEN`, `${ACCESS_TOKEN}`, `$env:X`, `%PASSWORD%`; a literal that
        // merely starts with `$` or `%` (`$Tr0mb@ne!`) is still a value.
        return true;
    }
    if b[0] == b'('
        && b.ends_with(b")")
        && v[1..v.len() - 1]
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ')
    {
        // `(set)`, `(none)`, `(nascosta)`: a status, not a value.
        return true;
    }
    if b[0] == b'!'
        && v.len() > 1
        && is_ident(&v[1..])
        && (v[1..].bytes().all(|c| c.is_ascii_lowercase() || c == b'_')
            || matches!(
                &v[1..],
                "Ref" | "Sub" | "GetAtt" | "ImportValue" | "Join" | "Select"
            ))
    {
        // `!vault |`, `!Ref DbPassword`: a YAML tag saying where the value
        // comes from.
        return true;
    }
    if (b[0] == b':' || b[0] == b'@')
        && v.len() > 1
        && is_ident(&v[1..])
        && v.bytes().filter(u8::is_ascii_digit).count() <= 2
    {
        // `:new_password`, `@password`, `@p1`: SQL bind parameters. (A
        // run of digits inside, `@Ledge5370MEA`, is a password's.)
        return true;
    }
    if v.len() > 4 && v.starts_with("__") && v.ends_with("__") {
        // `__CLIENT_SECRET__`: a build-time substitution marker.
        return true;
    }
    // `INSERT_DB_PASSWORD_HERE`, `CHANGE_ME`: a constant naming what
    // goes there.
    let constant = v.len() > 6
        && v.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
        && v.contains('_')
        && ["PASSWORD", "SECRET", "TOKEN", "KEY", "PWD", "PASS", "PIN"]
            .iter()
            .any(|w| v.contains(w));
    // `INSERIRE_QUI`, `METTI_LA_TUA`, `ENTER_VALUE`: a blank to fill,
    // said in words (insert, here, yours) in any of the desk's languages.
    let blank = v.len() > 6
        && v.contains('_')
        && v.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')
        && lower.split('_').any(|w| {
            matches!(
                w,
                "qui"
                    | "qua"
                    | "inserire"
                    | "inserisci"
                    | "metti"
                    | "tua"
                    | "tuo"
                    | "enter"
                    | "fill"
                    | "ici"
                    | "votre"
                    | "aqui"
                    | "aquí"
                    | "hier"
                    | "ihr"
                    | "dein"
            )
        });
    if constant
        || blank
        || lower.contains("_here")
        || lower.starts_with("insert_")
        || lower.starts_with("changeme")
        || lower == "changeit"
        || lower.starts_with("changeit-")
        || lower.starts_with("changeit_")
        || lower.starts_with("change_me")
        || lower.starts_with("replace_")
    {
        return true;
    }
    if lower.contains("redacted")
        || lower.contains("your_")
        || lower.contains("your-")
        || lower.starts_with("your")
        // Italian's "your" opening a name (`LA_TUA_Chiave`, `il-tuo-token`).
        || ["la_tua", "il_tuo", "la-tua", "il-tuo"]
            .iter()
            .any(|p| lower.starts_with(p) && lower.len() > p.len() + 1)
        || lower.contains("<")
        || lower.contains("...")
        || lower.contains('\u{2026}')
        || lower.contains("placeholder")
        || lower.contains("example")
        || lower.contains("omitted")
        || lower.contains("removed")
        || lower.contains("hidden")
        || lower.contains("nascost")
        || lower.contains("rimoss")
        || lower.contains("oscurat")
    {
        return true;
    }
    // `***`, `xxxx`, `••••`, `----`, `0000`-like masks: one repeated symbol.
    let mut chars = v.chars();
    if let Some(first) = chars.next() {
        let same = chars.all(|c| c == first);
        if same && (matches!(first, '*' | 'x' | 'X' | '•' | '-' | '#' | '.' | '?' | '_')) {
            return true;
        }
    }
    if v.chars()
        .all(|c| matches!(c, '*' | '•' | '●' | 'x' | 'X' | '#' | ' ' | '-'))
    {
        return true;
    }
    if masked_after_prefix(v) {
        return true;
    }
    matches!(
        lower.as_str(),
        "null"
            | "none"
            | "nil"
            | "undefined"
            | "true"
            | "false"
            | "token"
            | "secret"
            | "password"
            | "string"
            | "value"
            | "n/a"
            | "na"
            | "tbd"
            | "todo"
            | "fixme"
            | "empty"
            | "blank"
            | "masked"
            | "client_secret"
            | "clientsecret"
            | "client-secret"
            | "access_token"
            | "refresh_token"
            | "api_key"
            | "apikey"
            | "pass"
            | "pwd"
            | "pin"
            | "secret_key"
            | "id_token"
    )
}

/// `ghp_xxxxxxxxxxxx`, `sk_live_••••••••`, `xoxb-***`: a vendor's prefix
/// kept to say which key it was, and the key itself masked: after the
/// last `_` or `-`, only one masking character, at least three times.
fn masked_after_prefix(v: &str) -> bool {
    let Some(cut) = v.rfind(['_', '-']) else {
        return false;
    };
    let (prefix, mask) = (&v[..cut], &v[cut + 1..]);
    let mut marks = mask.chars();
    let Some(mark) = marks.next() else {
        return false;
    };
    prefix.starts_with(|c: char| c.is_ascii_alphabetic())
        && prefix
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        && matches!(mark, '*' | '•' | '●' | 'x' | 'X' | '#')
        && mask.chars().count() >= 3
        && (marks.clone().all(|c| c == mark) || masked_but_last(mask, mark))
}

/// `****0AN8`, `••••4242`: a mask of three or more marks no key is made
/// of (`*`, `•`, `●`), then the last four characters at most, as
/// dashboards show a key they will not show again.
fn masked_but_last(mask: &str, mark: char) -> bool {
    let marks = mask.chars().take_while(|&c| c == mark).count();
    let tail = &mask[mask
        .char_indices()
        .nth(marks)
        .map_or(mask.len(), |(i, _)| i)..];
    matches!(mark, '*' | '•' | '●')
        && marks >= 3
        && (1..=4).contains(&tail.len())
        && tail.bytes().all(|c| c.is_ascii_alphanumeric())
}

fn is_ident(s: &str) -> bool {
    let mut it = s.bytes();
    it.next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        && it.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// `$NAME`, `${NAME}`, `$(cmd)`, `$env:NAME`, `$config.Secret`, `$password`:
/// a shell, PowerShell, PHP or template variable. A capitalized word with
/// digits or symbols after the `$` (`$Sunflower42`, `$lasag!o`) is a literal.
pub(crate) fn variable_reference(v: &str) -> bool {
    let rest = &v[1..];
    if rest.starts_with('{') || rest.starts_with('(') {
        return true;
    }
    let rest = rest.trim_end_matches([';', ',', ')', '"', '\'']);
    let mut parts = rest.split(['.', ':']);
    let Some(head) = parts.next() else {
        return false;
    };
    if !is_ident(head) || !parts.all(is_ident) {
        return false;
    }
    let upper_env = head
        .bytes()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_');
    let lower_start = head.starts_with(|c: char| c.is_ascii_lowercase() || c == '_');
    let has_digit = head.bytes().any(|c| c.is_ascii_digit());
    upper_env || (lower_start && !has_digit) || rest.contains(['.', ':'])
}

/// `%NAME%`, `%(name)s`, `%s`: Windows variables and format strings.
fn percent_reference(v: &str) -> bool {
    let rest = &v[1..];
    if let Some(inner) = rest.strip_suffix('%') {
        return is_ident(inner);
    }
    rest.starts_with('(') || matches!(rest, "s" | "d" | "v")
}

/// `process.env.X`, `config.clientSecret`, `settings.PASSWORD`,
/// `import.meta.env.X`, `BuildConfig.CLIENT_SECRET`, `os.environ[`,
/// `getenv(`, `ENV[`: code that reads a secret, not the secret. Segments
/// joined by dots must all be identifiers (`Sunflower.hedgehog.01` ends in
/// a number, so it is a value).
pub(crate) fn is_reference(value: &str) -> bool {
    let v = value.trim_end_matches([';', ',', '!']);
    // `f"{getenv('X')}"`, `"${config.secret}"`, `{{ settings.token }}`: a
    // string made only of one interpolation is what it interpolates.
    if let Some(inner) = interpolation(v) {
        return is_reference(inner);
    }
    let head = v.split(['[', '(']).next().unwrap_or(v);
    let called = head.len() < v.len();
    let segs: Vec<&str> = head.split(['.']).collect();
    if segs.iter().any(|s| !is_ident(s)) {
        return false;
    }
    // `ya29.a0Xq…`: a digit inside a segment, followed by letters, is a
    // token's randomness, not a name.
    let random = segs.iter().any(|s| {
        let b = s.as_bytes();
        b.windows(2)
            .any(|w| w[0].is_ascii_digit() && w[1].is_ascii_alphabetic())
    });
    if random {
        return false;
    }
    if segs.len() >= 2 {
        // Two plain words joined by a dot ("Pass.word") could be typed as
        // a password; a lowercase first segment or an identifier-style
        // segment (camelCase, SNAKE_CASE) reads as code.
        let first_lower = segs[0].starts_with(|c: char| c.is_ascii_lowercase() || c == '_');
        let codey = segs.iter().any(|s| {
            s.contains('_')
                || s.bytes().skip(1).any(|c| c.is_ascii_uppercase())
                    && s.bytes().any(|c| c.is_ascii_lowercase())
        });
        // `System.getenv(`, `Config.get(`: a method called on a class or
        // an object reads a value; no one types a password with a call's
        // parenthesis after dotted names.
        return (first_lower || codey || called || segs.len() >= 3) && !dotted_words(&segs, called);
    }
    called
}

/// The expression inside a string that is one interpolation and nothing
/// else: an f-string's or a template's quotes and prefix (`f"…"`, `$"…"`,
/// `` `…` ``), then `{…}`, `${…}`, `#{…}` or `{{…}}`.
fn interpolation(v: &str) -> Option<&str> {
    let mut t = v;
    for p in ["rf", "fr", "f", "F", "$"] {
        if let Some(rest) = t.strip_prefix(p)
            && rest.starts_with(['"', '\'', '`'])
        {
            t = rest;
            break;
        }
    }
    if let Some(q) = t.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) {
        t = t
            .strip_prefix(q)?
            .strip_suffix(q)
            .unwrap_or(t.strip_prefix(q)?);
    }
    let open = ["${", "#{", "{{", "{"]
        .into_iter()
        .find(|o| t.starts_with(o))?;
    let close = if open == "{{" { "}}" } else { "}" };
    let inner = t.strip_prefix(open)?.strip_suffix(close)?.trim();
    (!inner.is_empty() && !inner.contains(['{', '}'])).then_some(inner)
}

/// `tramonto.biscotto.falcon.girasole`: three or more ordinary words of
/// four letters or more joined by dots, none of them a name code reads
/// settings through (`config`, `env`, `values`…) or the setting's own name
/// (`password`, `secret`…). Generated passphrases look like this; a
/// property path names where it reads from or what it reads.
pub(crate) fn dotted_words(segs: &[&str], called: bool) -> bool {
    const CODE: &[&str] = &[
        "process",
        "config",
        "conf",
        "configuration",
        "settings",
        "setting",
        "self",
        "this",
        "import",
        "meta",
        "environ",
        "values",
        "secrets",
        "secret",
        "vault",
        "params",
        "props",
        "properties",
        "spring",
        "datasource",
        "request",
        "response",
        "window",
        "document",
        "context",
        "options",
        "credentials",
        "password",
        "passwd",
        "token",
        "client",
        "auth",
        "database",
        "data",
        "spec",
        "metadata",
        "store",
        "state",
        "session",
        "local",
        "global",
        "default",
        "defaults",
        "application",
        "system",
        "user",
        "users",
        "keys",
        "result",
        "payload",
        "body",
        "headers",
        "header",
        "input",
        "form",
        "model",
        "models",
        "args",
        "argv",
        "opts",
        "module",
        "exports",
        "require",
        "services",
        "service",
        "stripe",
        "github",
        "inputs",
        "steps",
        "outputs",
        "matrix",
        "needs",
        "runner",
        "build",
    ];
    // A generated passphrase may close with a number (`…maple90`); two
    // words are enough when it does (`heron.dusk4471`): a field read off
    // an object is not named with a run of digits at its end.
    let last = segs.len().saturating_sub(1);
    let numbered = segs.len() == 2
        && segs[last]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count()
            >= 2;
    !called
        && (segs.len() >= 3 || numbered)
        && segs.iter().enumerate().all(|(k, s)| {
            let word = if k == last {
                s.trim_end_matches(|c: char| c.is_ascii_digit())
            } else {
                s
            };
            // (Two words and a number: the closing word may be capitalised,
            // `heron.Dusk4471`, as people make a password "stronger"; it is
            // checked in lower case.)
            let lowered;
            let word = if numbered
                && k == last
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.bytes().skip(1).all(|c| c.is_ascii_lowercase())
            {
                lowered = word.to_ascii_lowercase();
                lowered.as_str()
            } else {
                word
            };
            let s = &word;
            // (Two words and a number: the number may follow a short word,
            // `heron.ops4471`.)
            let min = if numbered && k == last { 3 } else { 4 };
            s.len() >= min
                && s.bytes().all(|c| c.is_ascii_lowercase())
                && !CODE.contains(s)
                && !s.ends_with("key")
                && !s.ends_with("token")
                && !s.ends_with("pass")
                && !s.ends_with("word")
        })
}

/// `walrus-biscuit-lantern-00`, `harbour.rocket.brezza6`: a passphrase
/// of words joined by one kind of separator, as generators write them
/// (see `dotted_words`); a closing number may stand as a part of its own.
pub(crate) fn joined_words(v: &str) -> bool {
    let Some(sep) = ['-', '.', '_'].into_iter().find(|&c| v.contains(c)) else {
        return false;
    };
    if ['-', '.', '_'].iter().any(|&c| c != sep && v.contains(c)) || v.len() > 64 {
        return false;
    }
    let mut segs: Vec<&str> = v.split(sep).collect();
    if segs.len() >= 4
        && segs
            .last()
            .is_some_and(|l| (1..=4).contains(&l.len()) && l.bytes().all(|c| c.is_ascii_digit()))
    {
        segs.pop();
    }
    // (Two words and a number, `heron.dusk4471`, read as a passphrase only
    // where a password key names them; alone they may be a host's name.)
    segs.len() >= 3 && dotted_words(&segs, false)
}

/// Ordinary words that follow "password", "token", "PIN" in sentences about
/// them. A value equal to one of these is prose, not a credential.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // English
    "a", "an", "the", "is", "was", "are", "be", "been", "not", "no", "and", "or", "but", "for",
    "to", "of", "in", "on", "at", "by", "with", "from", "that", "this", "it", "its", "my", "our",
    "your", "their", "his", "her", "which", "when", "then", "than", "also", "still", "just",
    "again", "wrong", "incorrect", "correct", "right", "invalid", "valid", "expired", "expires",
    "expiring", "reset", "resets", "changed", "change", "changes", "updated", "update", "rotated",
    "rotate", "revoked", "revoke", "missing", "required", "optional", "empty", "blank", "set",
    "unset", "field", "fields", "screen", "page", "prompt", "dialog", "form", "policy", "manager",
    "length", "too", "short", "long", "weak", "strong", "same", "different", "new", "old",
    "current", "temporary", "ok", "okay", "fine", "works", "worked", "working", "fails", "failed",
    "failing", "rejected", "accepted", "unknown", "known", "forgotten", "forgot", "lost", "locked",
    "blocked", "entry", "input", "request", "requests", "flow", "grant", "endpoint", "refresh",
    "refreshed", "issue", "issues", "problem", "error", "errors", "type", "format", "hash",
    "hashed", "stored", "here", "there", "below", "above", "attached", "sent", "send", "used",
    "use", "using", "needed", "does", "did", "do", "has", "have", "had", "will", "would", "should",
    "can", "could", "must", "may", "might", "being", "please", "thanks", "only", "already", "never",
    "always", "yet", "any", "all", "some", "none", "every", "each", "via", "into", "as", "if", "so",
    "again.", "confirmation", "see", "check", "ask", "contact", "usual", "verification", "code",
    "number", "pad", "entered", "typed", "mismatch", "requirements", "rules", "complexity", "hint",
    "recovery", "login", "authentication", "invalid_grant", "invalid_token", "invalid_request",
    "invalid_client", "expired_token", "unauthorized", "forbidden", "denied", "endpoint.", "null",
    "undefined",
    // Italian
    "il", "lo", "la", "le", "gli", "i", "un", "una", "uno", "di", "del", "della", "dello", "dei",
    "delle", "da", "dal", "dalla", "in", "nel", "nella", "su", "sul", "sulla", "per", "con", "tra",
    "fra", "che", "non", "e", "ed", "o", "ma", "mio", "mia", "miei", "mie", "suo", "sua", "nostro",
    "nostra", "vostro", "vostra", "è", "era", "sono", "stato", "stata", "sia", "ancora", "già",
    "sempre", "mai", "anche", "solo", "poi", "quando", "se", "come", "qui", "sotto", "sopra",
    "sbagliata", "sbagliato", "errata", "errato", "corretta", "corretto", "giusta", "giusto",
    "scaduta", "scaduto", "scade", "valida", "valido", "invalida", "non_valida", "nuova", "nuovo",
    "vecchia", "vecchio", "attuale", "temporanea", "temporaneo", "dimenticata", "dimenticato",
    "persa", "perso", "bloccata", "bloccato", "cambiata", "cambiato", "modificata", "modificato",
    "reimpostata", "reimpostato", "resettata", "resettato", "aggiornata", "aggiornato",
    "obbligatoria", "obbligatorio", "mancante", "vuota", "vuoto", "richiesta", "richiesto",
    "rifiutata", "rifiutato", "accettata", "accettato", "uguale", "stessa", "stesso", "diversa",
    "diverso", "troppo", "corta", "corto", "lunga", "lungo", "debole", "forte", "funziona",
    "schermata", "pagina", "campo", "modulo", "errore", "problema", "richiesto", "inserita",
    "inserito", "digitata", "digitato", "inviata", "inviato", "allegata", "allegato", "usata",
    "usato", "revocata", "revocato", "ruotata", "ruotato", "generata", "generato", "ok", "codice",
    "numero", "tastierino", "vedi", "vedere", "chiedi", "chiedere", "contatta", "solita", "solito",
    "quella", "quello", "questa", "questo", "conferma", "verifica", "recupero", "accesso",
    // French, German, Spanish: what a form says of a password it does not
    // show ("Mot de passe : oublié", "Passwort: vergessen").
    "oublié", "oubliée", "perdu", "perdue", "expiré", "expirée", "bloqué", "bloquée",
    "incorrect.", "vergessen", "verloren", "abgelaufen", "gesperrt", "falsch", "unbekannt",
    "olvidada", "olvidado", "olvidé", "caducada", "caducado", "bloqueada", "incorrecta",
    // A password policy's quantifiers ("Criteri password: minimo 10
    // caratteri", "Password: min. 12 characters"): a rule, not a value.
    "min", "minimum", "max", "maximum", "least", "minimo", "minima", "massimo", "massima",
    "almeno", "mindestens", "mínimo", "mínima",
];

pub(crate) fn is_stop_word(value: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let v = value.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    if v.is_empty() {
        return true;
    }
    if v.len() > 24 {
        return false;
    }
    let sorted = SORTED.get_or_init(|| {
        let mut w = STOP_WORDS.to_vec();
        w.sort_unstable();
        w.dedup();
        w
    });
    // Lowercased on the stack when ASCII (nearly always), without
    // allocating.
    if v.is_ascii() {
        let mut buf = [0u8; 24];
        let lower = &mut buf[..v.len()];
        lower.copy_from_slice(v.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or("");
        return sorted.binary_search(&lower).is_ok();
    }
    sorted.binary_search(&v.to_lowercase().as_str()).is_ok()
}

/// Counts digits, letters and "other" bytes of a value.
pub(crate) struct Shape {
    pub digits: usize,
    pub upper: usize,
    pub lower: usize,
    /// ASCII punctuation and symbols.
    pub other: usize,
    /// Bytes of non-ASCII characters (accented letters, symbols).
    pub non_ascii: usize,
}

pub(crate) fn shape(value: &str) -> Shape {
    let mut s = Shape {
        digits: 0,
        upper: 0,
        lower: 0,
        other: 0,
        non_ascii: 0,
    };
    for b in value.bytes() {
        if b.is_ascii_digit() {
            s.digits += 1;
        } else if b.is_ascii_uppercase() {
            s.upper += 1;
        } else if b.is_ascii_lowercase() {
            s.lower += 1;
        } else if b >= 0x80 {
            s.non_ascii += 1;
        } else {
            s.other += 1;
        }
    }
    s
}

/// A string built like a token: at least `min` token characters and enough
/// variety (a digit, or mixed case) that it is not a word.
pub(crate) fn looks_like_token(value: &str, min: usize) -> bool {
    if value.len() < min || value.len() > 8192 {
        return false;
    }
    if !value.bytes().all(is_token_char) && !ebay_token(value) {
        return false;
    }
    let s = shape(value);
    if s.digits == 0 && !mixed_case(value) {
        return false;
    }
    if is_placeholder(value) || is_stop_word(value) {
        return false;
    }
    let letters = s.upper + s.lower;
    if letters == 0 && s.digits == 0 {
        return false;
    }
    // Punctuation alone proves nothing: "re-authentication" is a word.
    s.digits > 0 || mixed_case(value)
}

/// eBay's OAuth tokens (`v^1.1#i^1#p^3#…#t^` and base64): `^` and `#`
/// are part of the token, so a token's alphabet alone would cut it.
pub(crate) fn ebay_token(value: &str) -> bool {
    value.starts_with("v^1.1#")
        && value
            .bytes()
            .all(|c| is_token_char(c) || c == b'^' || c == b'#')
}

/// Upper and lower case mixed inside the value, not just a capitalized word
/// ("Authorization" is a word; "aZ9kQ" is not).
pub(crate) fn mixed_case(value: &str) -> bool {
    let s = shape(value);
    let first_upper = value.starts_with(|c: char| c.is_ascii_uppercase());
    s.lower > 0 && (s.upper >= 2 || (s.upper == 1 && !first_upper))
}

/// First position of the two-byte `pat` in `hay`: memchr on its first
/// byte, without building a substring searcher (a hot path calls this on
/// short windows).
pub(crate) fn find2(hay: &[u8], pat: [u8; 2]) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = memchr::memchr(pat[0], &hay[from..]) {
        let at = from + o;
        if hay.get(at + 1) == Some(&pat[1]) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_interpolation_is_what_it_interpolates() {
        assert!(is_reference("f\"{os.getenv('SMTP_PASS')}\""));
        assert!(is_reference("\"${settings.apiToken}\""));
        assert!(is_reference("{{ config.secret }}"));
        // A value in braces is still a value.
        assert!(!is_reference("{Tr0mbone!44}"));
        assert!(!is_reference("f\"{user}:Tr0mbone!44\""));
    }

    #[test]
    fn a_prefixed_key_masked_but_its_last_four() {
        assert!(is_placeholder("sk_live_****0AN8"));
        assert!(is_placeholder("pk_test_••••4242"));
        // Marks keys can hold, or more than four shown, are no mask.
        assert!(!is_placeholder("sk_live_xxxx0AN8"));
        assert!(!is_placeholder("sk_live_***Xq7Lm9Tz2Rb"));
        let found = crate::scan("api_key: \"sk_live_****0AN8\"\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn placeholders_are_recognized() {
        for p in [
            "<redacted>",
            "***",
            "REDACTED",
            "[REDACTED:access_token]",
            "xxx",
            "XXXXXXXX",
            "<token>",
            "$TOKEN",
            "${ACCESS_TOKEN}",
            "...",
            "{{client_secret}}",
            "YOUR_CLIENT_SECRET",
            "••••",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        for v in ["hunter2", "sk_live_abc", "1234"] {
            assert!(!is_placeholder(v), "{v}");
        }
        // Blanks to fill, said in words.
        for p in [
            "INSERISCI_QUI",
            "METTI_LA_TUA",
            "ENTER_VALUE",
            "HIER_EINTRAGEN",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        // A constant-looking value with no such word is a value.
        assert!(!is_placeholder("QUINTO_PIANO_7"));
        // A vendor's prefix before a mask.
        assert!(is_placeholder("glpat-xxxxxxxxxxxxxxxx"));
        assert!(is_placeholder("rk_test_••••••"));
        assert!(is_placeholder("AKIA_****"));
        // A word before a few x's is a value.
        assert!(!is_placeholder("Stella_xxx7"));
        assert!(!is_placeholder("tre-xx"));
    }

    #[test]
    fn ebay_tokens_keep_their_marks() {
        let tok = "v^1.1#i^1#r^0#p^3#I^3#f^0#t^H4sIAAAAAAAA/9VZe2wTZRyvKx8QPq+7Zl0bW1nZ3Z+aQ=";
        assert!(ebay_token(tok));
        let t = format!("refresh_token={tok}&grant_type=refresh_token");
        assert_eq!(crate::found(&t), vec![tok]);
        let t = format!("Token di aggiornamento: {tok}\nscade a marzo");
        assert_eq!(crate::found(&t), vec![tok]);
        let t = format!("refresh token (from the seller app): {tok}\nit expires in June");
        assert_eq!(crate::found(&t), vec![tok]);
        // A version string with a `#` anchor is no token.
        assert!(!ebay_token("v1.1#changelog"));
        assert!(crate::found("see release notes v^1.1#fixes for details").is_empty());
    }

    #[test]
    fn words_joined_as_a_passphrase() {
        assert!(joined_words("otter-pebble-sundial-12"));
        assert!(joined_words("quarzo.lampone.vetro7"));
        // Names in code and kebab-case names are no passphrases.
        assert!(!joined_words("config.database.password2"));
        assert!(!joined_words("heron.dusk4471"));
        assert!(!joined_words("payment-retry-service"));
        assert!(!joined_words("otter-pebble.sundial-12"));
    }

    #[test]
    fn token_shape() {
        assert!(looks_like_token("a8F3kQ9zLm2xP0wR", 16));
        assert!(!looks_like_token("expired", 6));
        assert!(!looks_like_token("abcdefghijklmnopq", 16));
        assert!(!looks_like_token("<redacted>", 4));
    }

    #[test]
    fn a_bind_parameter_has_few_digits() {
        assert!(is_placeholder("@password"));
        assert!(is_placeholder(":new_pw2"));
        assert!(!is_placeholder("@Ledge5370MEA"));
    }

    #[test]
    fn italian_your_opens_a_placeholder() {
        assert!(is_placeholder("LA_TUA_Chiave_Api"));
        assert!(is_placeholder("il-tuo-token"));
        assert!(!is_placeholder("latuamamma77X"));
    }
}
