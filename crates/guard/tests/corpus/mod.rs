//! A deterministic, labeled corpus of ticket-like text in English and
//! Italian: every kind of secret in realistic surroundings, and the
//! look-alikes the guard must leave alone. Labels carry the exact span of
//! each secret so the evaluation can check that redaction would cover it.

#![allow(dead_code)]

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use guard::Kind;

/// A small seeded PRNG (splitmix64): enough variety, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn chars(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n).map(|_| *self.pick(alphabet) as char).collect()
    }

    pub fn digits(&mut self, n: usize) -> String {
        self.chars(b"0123456789", n)
    }
}

pub const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const UPPER_DIGIT: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
pub const HEX: &[u8] = b"0123456789abcdef";
pub const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
pub const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[derive(Debug, Clone)]
pub struct Sample {
    pub text: String,
    pub lang: &'static str,
    /// Expected (kind, start, end); empty for negatives.
    pub expected: Vec<(Kind, usize, usize)>,
    /// What the sample is about, for reading failures.
    pub family: &'static str,
}

/// Builds a sample piece by piece, recording the spans of secrets.
struct B {
    text: String,
    expected: Vec<(Kind, usize, usize)>,
}

impl B {
    fn new() -> B {
        B {
            text: String::new(),
            expected: Vec::new(),
        }
    }
    fn t(&mut self, s: &str) -> &mut B {
        self.text.push_str(s);
        self
    }
    fn v(&mut self, kind: Kind, s: &str) -> &mut B {
        let start = self.text.len();
        self.text.push_str(s);
        self.expected.push((kind, start, self.text.len()));
        self
    }
}

/// Fills a template's single `{}` with a secret of `kind`.
fn fill(tpl: &str, kind: Kind, value: &str) -> (String, Vec<(Kind, usize, usize)>) {
    let mut b = B::new();
    match tpl.split_once("{}") {
        Some((a, z)) => {
            b.t(a).v(kind, value).t(z);
        }
        None => {
            b.t(tpl);
        }
    }
    (b.text, b.expected)
}

// ---------------------------------------------------------------- values

pub fn uuid(r: &mut Rng) -> String {
    format!(
        "{}-{}-4{}-{}{}-{}",
        r.chars(HEX, 8),
        r.chars(HEX, 4),
        r.chars(HEX, 3),
        r.pick(&["8", "9", "a", "b"]),
        r.chars(HEX, 3),
        r.chars(HEX, 12)
    )
}

pub fn jwt(r: &mut Rng) -> String {
    let alg = r.pick(&["HS256", "RS256", "ES256", "PS256"]);
    let header = if r.chance(50) {
        format!("{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}")
    } else {
        format!("{{\"alg\":\"{alg}\",\"kid\":\"{}\"}}", r.chars(ALNUM, 10))
    };
    let payload = format!(
        "{{\"sub\":\"{}\",\"iss\":\"https://auth.example.com\",\"iat\":{},\"exp\":{},\"scope\":\"{}\"}}",
        uuid(r),
        1_700_000_000 + r.below(50_000_000),
        1_760_000_000 + r.below(50_000_000),
        r.pick(&["payments:read", "accounts transactions", "openid profile"])
    );
    let sig_len = if alg.starts_with('H') { 43 } else { 86 };
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload),
        r.chars(B64URL, sig_len)
    )
}

/// Opaque token with at least one digit and mixed case.
pub fn opaque(r: &mut Rng, min: usize, max: usize) -> String {
    let n = r.range(min, max);
    let mut s = r.chars(ALNUM, n - 3);
    s.push_str(&r.digits(1));
    s.push_str(&r.chars(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 1));
    s.push_str(&r.chars(b"abcdefghijkmnpqrstuvwxyz", 1));
    s
}

pub fn access_token(r: &mut Rng) -> String {
    match r.below(4) {
        0 | 1 => jwt(r),
        2 => format!("ya29.a0{}", opaque(r, 40, 80)),
        _ => opaque(r, 24, 48),
    }
}

pub fn refresh_token(r: &mut Rng) -> String {
    match r.below(3) {
        0 => format!("def50200{}", r.chars(HEX, 56)),
        1 => format!("rt_{}", opaque(r, 32, 48)),
        _ => opaque(r, 40, 64),
    }
}

pub fn client_secret(r: &mut Rng) -> String {
    match r.below(3) {
        0 => opaque(r, 24, 40),
        1 => format!("cs_{}", opaque(r, 28, 36)),
        _ => format!(
            "{}-{}~{}",
            opaque(r, 10, 12),
            opaque(r, 8, 10),
            opaque(r, 6, 8)
        ),
    }
}

pub fn vendor_key(r: &mut Rng) -> String {
    match r.below(12) {
        0 => format!("sk_live_{}", opaque(r, 24, 32)),
        1 => format!("sk_test_{}", opaque(r, 24, 32)),
        2 => format!("rk_live_{}", opaque(r, 24, 32)),
        3 => format!("AKIA{}", r.chars(UPPER_DIGIT, 16)),
        4 => format!("ghp_{}", opaque(r, 36, 36)),
        5 => format!("github_pat_{}_{}", opaque(r, 22, 22), opaque(r, 59, 59)),
        6 => format!(
            "xoxb-{}-{}-{}",
            r.digits(12),
            r.digits(12),
            opaque(r, 24, 24)
        ),
        7 => format!("AIza{}", r.chars(B64URL, 35)),
        8 => format!("glpat-{}", opaque(r, 20, 20)),
        9 => format!("SG.{}.{}", r.chars(B64URL, 22), r.chars(B64URL, 43)),
        10 => format!("npm_{}", opaque(r, 36, 36)),
        _ => format!("shpat_{}", r.chars(HEX, 32)),
    }
}

pub fn pem(r: &mut Rng) -> String {
    let label = r.pick(&[
        "RSA PRIVATE KEY",
        "PRIVATE KEY",
        "EC PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
    ]);
    let mut s = format!("-----BEGIN {label}-----\n");
    for _ in 0..r.range(3, 8) {
        s.push_str(&r.chars(B64, 64));
        s.push('\n');
    }
    s.push_str(&r.chars(B64, 20));
    s.push_str("==\n");
    s.push_str(&format!("-----END {label}-----"));
    s
}

fn luhn_digit(body: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in body.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// A Luhn-valid number with a real issuer prefix, compact.
pub fn card_digits(r: &mut Rng) -> String {
    let (prefix, len) = match r.below(9) {
        0 | 1 => ("4".to_string(), 16),
        2 => (format!("5{}", r.range(1, 5)), 16),
        3 => (format!("{}", r.range(2221, 2720)), 16),
        4 => (r.pick(&["34", "37"]).to_string(), 15),
        5 => ("6011".to_string(), 16),
        6 => (format!("{}", r.range(3528, 3589)), 16),
        7 => (r.pick(&["36", "38", "300", "305"]).to_string(), 14),
        _ => ("62".to_string(), 16),
    };
    let mut body = prefix.into_bytes();
    while body.len() < len - 1 {
        body.push(b'0' + r.below(10) as u8);
    }
    let c = luhn_digit(&body);
    body.push(c);
    String::from_utf8(body).unwrap_or_default()
}

pub fn format_card(r: &mut Rng, digits: &str) -> String {
    let style = r.below(4);
    if style == 0 {
        return digits.to_string();
    }
    let sep = if style == 1 || style == 3 { " " } else { "-" };
    let layout: &[usize] = match digits.len() {
        15 => &[4, 6, 5],
        14 => &[4, 6, 4],
        _ => &[4, 4, 4, 4],
    };
    let mut parts = Vec::new();
    let mut i = 0;
    for &n in layout {
        parts.push(&digits[i..i + n]);
        i += n;
    }
    parts.join(sep)
}

pub fn card(r: &mut Rng) -> String {
    let d = card_digits(r);
    format_card(r, &d)
}

/// A card-shaped number whose Luhn digit is wrong.
pub fn bad_card(r: &mut Rng) -> String {
    let d = card_digits(r);
    let mut b = d.into_bytes();
    let last = b.len() - 1;
    b[last] = b'0' + ((b[last] - b'0' + 1 + r.below(8) as u8) % 10);
    let s = String::from_utf8(b).unwrap_or_default();
    format_card(r, &s)
}

const IBAN_COUNTRIES: &[(&str, &str)] = &[
    // country, BBAN pattern: n = digit, a = upper letter, c = alnum
    ("IT", "annnnnnnnnnnnnnnnnnnnnn"),
    ("DE", "nnnnnnnnnnnnnnnnnn"),
    ("FR", "nnnnnnnnnnnnnnnnnnnnnnn"),
    ("ES", "nnnnnnnnnnnnnnnnnnnn"),
    ("GB", "aaaannnnnnnnnnnnnn"),
    ("NL", "aaaannnnnnnnnn"),
    ("BE", "nnnnnnnnnnnn"),
    ("AT", "nnnnnnnnnnnnnnnn"),
    ("CH", "nnnnnnnnnnnnnnnnn"),
    ("IE", "aaaannnnnnnnnnnnnn"),
    ("PT", "nnnnnnnnnnnnnnnnnnnnn"),
    ("SM", "annnnnnnnnnnnnnnnnnnnnn"),
];

fn iban_check(cc: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{cc}00");
    let mut rem: u32 = 0;
    for c in rearranged.chars() {
        if let Some(d) = c.to_digit(10) {
            rem = (rem * 10 + d) % 97;
        } else {
            let v = c as u32 - 'A' as u32 + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    format!("{:02}", 98 - rem)
}

pub fn iban_compact(r: &mut Rng) -> String {
    let (cc, pattern) = *r.pick(IBAN_COUNTRIES);
    let bban: String = pattern
        .chars()
        .map(|p| match p {
            'a' => *r.pick(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ") as char,
            _ => *r.pick(b"0123456789") as char,
        })
        .collect();
    format!("{cc}{}{bban}", iban_check(cc, &bban))
}

pub fn format_iban(r: &mut Rng, compact: &str) -> String {
    let spaced = r.chance(50);
    let s = if spaced {
        compact
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        compact.to_string()
    };
    if r.chance(20) { s.to_lowercase() } else { s }
}

pub fn iban(r: &mut Rng) -> String {
    let c = iban_compact(r);
    format_iban(r, &c)
}

pub fn bad_iban(r: &mut Rng) -> String {
    let c = iban_compact(r);
    let mut b = c.into_bytes();
    let i = b.len() - 1;
    b[i] = b'0' + ((b[i] - b'0' + 1) % 10);
    let s = String::from_utf8(b).unwrap_or_default();
    format_iban(r, &s)
}

pub fn sort_code(r: &mut Rng) -> String {
    format!("{}-{}-{}", r.digits(2), r.digits(2), r.digits(2))
}

pub fn password(r: &mut Rng) -> String {
    let words = [
        "Gatto", "Sunshine", "Dragon", "Milano", "Roma", "Tigre", "Summer", "Winter", "Pizza",
        "Falco", "Luna", "Monkey",
    ];
    match r.below(4) {
        0 => {
            let n = r.range(2, 4);
            format!(
                "{}{}{}",
                r.pick(&words),
                r.digits(n),
                r.pick(&["!", "#", "?", "", "$"])
            )
        }
        1 => format!(
            "{}_{}{}",
            r.pick(&words).to_lowercase(),
            r.digits(2),
            r.pick(&words)
        ),
        2 => {
            let n = r.range(10, 16);
            r.chars(
                b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#%&*+",
                n,
            )
        }
        _ => {
            let n = r.range(1, 4);
            format!("{}{}", r.pick(&words).to_lowercase(), r.digits(n))
        }
    }
}

pub fn pin(r: &mut Rng) -> String {
    let n = *r.pick(&[4, 4, 5, 6]);
    r.digits(n)
}

pub fn cvv(r: &mut Rng) -> String {
    if r.chance(80) {
        r.digits(3)
    } else {
        r.digits(4)
    }
}

pub fn client_id(r: &mut Rng) -> String {
    format!(
        "{}-{}-{}",
        r.pick(&["sandbox", "live", "prod", "test"]),
        r.pick(&[
            "acmepay", "fintech", "bankly", "shopco", "ratepay", "moneyapp"
        ]),
        r.chars(HEX, 6)
    )
}

fn time(r: &mut Rng) -> String {
    format!(
        "2024-0{}-{:02}T{:02}:{:02}:{:02}Z",
        r.range(1, 9),
        r.range(1, 28),
        r.range(0, 23),
        r.range(0, 59),
        r.range(0, 59)
    )
}

// ------------------------------------------------------------- templates

const ACCESS_EN: &[&str] = &[
    "Authorization: Bearer {}",
    "curl -H 'Authorization: Bearer {}' https://api.example.com/v1/payments",
    "{\"access_token\": \"{}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}",
    "GET /v1/accounts?access_token={}&limit=10 returns 401 since this morning",
    "Here is the access token we use: {}",
    "export ACCESS_TOKEN={}\n./sync.sh fails with 401",
    "The call fails. Request headers:\nHost: api.example.com\nAuthorization: Bearer {}\nAccept: application/json",
    "access_token={}&token_type=bearer",
    "id_token: {}",
    "Token response was {\"id_token\":\"{}\",\"scope\":\"openid\"}",
];

const ACCESS_IT: &[&str] = &[
    "Ecco il nostro access token: {}",
    "La chiamata con Authorization: Bearer {} restituisce 401",
    "Vi incollo la risposta: {\"access_token\":\"{}\",\"expires_in\":3600}",
    "Da stamattina GET /v1/accounts?access_token={} non funziona",
    "access_token = {}",
    "Abbiamo provato con questo token di accesso: Bearer {} ma niente",
    "Nel log vediamo: header Authorization=Bearer {}",
];

const JWT_ANY: &[&str] = &[
    "2024-03-12T09:41:07Z DEBUG sending request with jwt {} to /v1/payments",
    "the JWT decodes fine on jwt.io: {}",
    "il JWT che riceviamo è {}",
    "token: {}",
    "session cookie contains {}",
];

const CLIENT_EN: &[&str] = &[
    "client_id=sandbox-acmepay-1a2b3c&client_secret={}",
    "{\"client_id\":\"sandbox-acmepay-1a2b3c\",\"client_secret\":\"{}\"}",
    "CLIENT_SECRET={}",
    "Our client secret is {}, please check it",
    "client_secret: {}",
    "app config:\n  client_id: live-shopco-9f8e7d\n  client_secret: \"{}\"",
];

const CLIENT_IT: &[&str] = &[
    "Il nostro client_secret è {}",
    "Vi mando il client secret: {}",
    "client_secret={} e client_id=live-bankly-00aa11",
    "Configurazione: CLIENT_SECRET=\"{}\"",
];

const REFRESH_EN: &[&str] = &[
    "refresh_token={}",
    "{\"refresh_token\": \"{}\", \"grant_type\": \"refresh_token\"}",
    "refresh token: {}",
    "The refresh token {} is rejected with invalid_grant",
    "grant_type=refresh_token&refresh_token={}&client_id=sandbox-acmepay-1a2b3c",
    "REFRESH_TOKEN='{}'",
];

const REFRESH_IT: &[&str] = &[
    "Il refresh token è {}",
    "Questo è il refresh_token che fallisce: {}",
    "refresh_token = \"{}\"",
    "Con refresh token: {} riceviamo errore 400",
];

const PEM_ANY: &[&str] = &[
    "Our signing key:\n{}\nIs it the wrong format?",
    "Ecco la chiave privata che usiamo per firmare:\n{}",
    "{}",
    "key file contents below\n\n{}\n\nthanks",
];

const VENDOR_EN: &[&str] = &[
    "We call Stripe with {} and it works, but your API fails",
    "STRIPE_KEY={}",
    "config: {\"api_key\": \"{}\"}",
    "AWS_ACCESS_KEY_ID={}",
    "the deploy token {} is in our CI",
    "curl https://api.vendor.test -H \"X-Api-Key: {}\"",
];

const VENDOR_IT: &[&str] = &[
    "Usiamo la chiave {} per il webhook",
    "Nel file .env abbiamo API_KEY={}",
    "La chiave del fornitore è {}",
];

const CARD_EN: &[&str] = &[
    "The customer paid with card {} and got error 402",
    "card number: {}",
    "{\"card_number\": \"{}\", \"amount\": 1250}",
    "PAN {} exp 12/27",
    "Payment failed for {} at 09:41",
    "pan={}&currency=EUR",
];

const CARD_IT: &[&str] = &[
    "Il cliente ha pagato con la carta {} ma il pagamento risulta rifiutato",
    "numero carta: {}",
    "Carta {} scadenza 03/26",
    "Il pagamento con {} è andato in errore",
];

const CVV_EN: &[&str] = &[
    "cvv: {}",
    "CVC {}",
    "CVV2={}",
    "{\"cvv\": \"{}\"}",
    "security code {} was rejected",
    "the CVV is {}",
];

const CVV_IT: &[&str] = &[
    "CVV della carta: {}",
    "codice di sicurezza {}",
    "il CVV è {}",
    "CVC: {}",
    "Il codice di sicurezza è {} ma viene rifiutato",
];

const IBAN_EN: &[&str] = &[
    "Payout to IBAN {} failed",
    "iban: {}",
    "{\"iban\":\"{}\",\"amount\":100}",
    "The end user's account {} is not found",
    "beneficiary {} returns error 422",
];

const IBAN_IT: &[&str] = &[
    "Il bonifico verso {} non è arrivato",
    "IBAN del cliente: {}",
    "Coordinate: {} intestato a Mario",
    "Il conto {} risulta chiuso",
];

const PASSWORD_EN: &[&str] = &[
    "password = \"{}\"",
    "db:\n  user: app\n  password: {}\n  host: db.internal",
    "password: {}",
    "password={}",
    "pwd={}",
    "passwd {}",
    "{\"username\":\"mario\",\"password\":\"{}\"}",
    "my password is {}",
    "The user's password is {} and login fails",
    "login with user demo and password {} fails",
    "DB_PASSWORD={}",
    "{\"passcode\": \"{}\"}",
];

const PASSWORD_IT: &[&str] = &[
    "la password è {}",
    "la mia password è {}",
    "password: {}",
    "Ho provato con la password {} ma non entra",
    "La password dell'utente è {}",
    "pwd={}",
];

const PIN_EN: &[&str] = &[
    "PIN {}",
    "PIN: {}",
    "the PIN is {}",
    "{\"pin\": \"{}\"}",
    "user entered pin {} twice",
    "pin={}",
];

const PIN_IT: &[&str] = &[
    "il mio PIN è {}",
    "PIN della carta: {}",
    "il codice PIN è {}",
    "il pin è {}",
    "PIN: {}",
    "L'utente ha inserito il PIN {} e la carta è stata bloccata",
    "codice pin {}",
];

// ------------------------------------------------------------- negatives

/// Sentences about credentials that carry no credential.
const NEG_WORDS: &[(&str, &str)] = &[
    ("Password: see the attached screenshot", "en"),
    ("PIN: 4 digits are required by the terminal", "en"),
    ("Token: expired", "en"),
    ("The token endpoint returns 400 since 09:41", "en"),
    ("refresh_token grant fails with invalid_grant", "en"),
    (
        "We switched from client_secret_basic to client_secret_post",
        "en",
    ),
    ("Il campo password è obbligatorio", "it"),
    ("La password deve contenere almeno 8 caratteri", "it"),
    ("What is the PIN length, 4 or 6?", "en"),
    ("Token type: Bearer", "en"),
    ("Authorization header missing in the preflight", "en"),
    ("Authorization: Bearer", "en"),
    ("Basic authentication is disabled for this client", "en"),
    ("we use Bearer authentication everywhere", "en"),
    (
        "{\"token_type\":\"bearer\",\"scope\":\"payments\",\"expires_in\":3600}",
        "en",
    ),
    ("IBAN validation fails for Italian accounts", "en"),
    ("account number field is missing from the payout form", "en"),
    ("cvv check failed (response code 05)", "en"),
    ("GPIO pin 13 on the terminal stays low", "en"),
    ("password reset link expired at 09:41", "en"),
    ("Il token di accesso scade dopo 3600 secondi", "it"),
    ("Secret Manager rotation finished without errors", "en"),
    ("the secret is stored in Vault, not in the repo", "en"),
    ("x-api-key header is required for /v1/data", "en"),
    ("Il PIN della carta non funziona più", "it"),
    ("level=info msg=\"token refreshed\" user_id=12345678", "en"),
    ("PIN: ****", "en"),
    ("password hashing uses argon2id with default params", "en"),
    ("api key rotation is scheduled for Monday", "en"),
    ("La password è stata cambiata ieri sera", "it"),
    ("Il refresh token non viene più accettato", "it"),
    ("il client secret è stato rigenerato dalla dashboard", "it"),
    (
        "Non riusciamo a leggere il codice di sicurezza della carta",
        "it",
    ),
    ("Il codice PIN è stato bloccato dopo tre tentativi", "it"),
    ("Come si ottiene un access token per la sandbox?", "it"),
    ("access_token missing in the callback URL", "en"),
    (
        "the id_token signature is invalid according to the library",
        "en",
    ),
    ("Password field: type=password, autocomplete=off", "en"),
    ("password: required", "en"),
    ("password=", "en"),
    ("PIN code screen freezes on iOS 17.4", "en"),
    ("Il PIN è di 5 cifre o di 6?", "it"),
    ("private_key_jwt authentication is not enabled", "en"),
    ("the private key is stored in our HSM", "en"),
    ("La chiave API è scaduta?", "it"),
    (
        "sort code and account number are validated by the bank",
        "en",
    ),
    ("Il numero di conto non è corretto secondo la banca", "it"),
    ("card number is masked in the dashboard as **** 4242", "en"),
    ("Pan and zoom do not work in the dashboard", "en"),
    ("CVC: not provided", "en"),
    ("my token is expired, how do I get a new one?", "en"),
    ("Il mio token è scaduto, come lo rinnovo?", "it"),
    ("client_secret: <see vault>", "en"),
    ("Authorization: Bearer {{access_token}}", "en"),
    ("password: %DB_PASSWORD%", "en"),
    ("-u client_id:client_secret is what the docs say", "en"),
    ("curl -u $CLIENT_ID: https://api.example.com", "en"),
    ("Dove trovo il client secret nella dashboard?", "it"),
    ("La password dell'utente di test è stata reimpostata", "it"),
    (
        "Il PIN non viene accettato dal terminale dopo l'aggiornamento",
        "it",
    ),
    ("Il token è scaduto dopo un'ora, è normale?", "it"),
    (
        "Il campo codice di sicurezza è facoltativo per le carte prepagate?",
        "it",
    ),
    (
        "L'IBAN del beneficiario risulta non valido secondo la banca",
        "it",
    ),
    ("Il numero della carta è mascherato nella ricevuta", "it"),
    (
        "Abbiamo rigenerato l'access token ma l'errore 401 resta",
        "it",
    ),
    ("password: vedi il vault aziendale", "it"),
    ("PIN: non lo conosciamo, lo inserisce l'utente", "it"),
    (
        "Il refresh_token viene rifiutato con invalid_grant da ieri",
        "it",
    ),
    ("Il sort code inglese va inserito con i trattini?", "it"),
    ("La chiave privata è custodita nel nostro HSM", "it"),
    ("Authorization: Bearer <il_vostro_token>", "it"),
    (
        "client_secret=<segreto> e client_id=sandbox-acmepay-1a2b3c",
        "it",
    ),
    (
        "la password è troppo corta secondo il messaggio di errore",
        "it",
    ),
    ("il pin è obbligatorio per i pagamenti sopra 50 euro", "it"),
    ("Il CVV è richiesto anche per i pagamenti ricorrenti?", "it"),
    ("Il token di refresh scade dopo 90 giorni?", "it"),
    (
        "Ho incollato il token sbagliato nel ticket precedente, ignoratelo",
        "it",
    ),
];

fn negative(r: &mut Rng) -> (String, &'static str, &'static str) {
    let u = uuid(r);
    let cid = client_id(r);
    let sha = r.chars(HEX, 64);
    let commit = r.chars(HEX, 40);
    let t = time(r);
    if r.chance(35) {
        let (text, lang) = *r.pick(NEG_WORDS);
        return (text.to_string(), lang, "words");
    }
    match r.below(60) {
        0 => (format!("X-Request-Id: {u}"), "en", "uuid"),
        1 => (format!("simp_id {u}, task_id {}", uuid(r)), "en", "uuid"),
        2 => (format!("Il pagamento con simp_id {u} è fermo"), "it", "uuid"),
        3 => (format!("trace_id={u} debug_id={}", uuid(r)), "en", "uuid"),
        4 => (format!("client_id={cid} and the error is 401 at {t}"), "en", "client_id"),
        5 => (format!("Il nostro client_id è {cid}, l'errore è avvenuto alle 09:41"), "it", "client_id"),
        6 => (format!("sha256:{sha}"), "en", "digest"),
        7 => (format!("fixed in commit {commit}"), "en", "digest"),
        8 => (format!("Il file ha checksum {sha}"), "it", "digest"),
        9 => ("Authorization: Bearer <token>".into(), "en", "placeholder"),
        10 => ("access_token=<redacted>&client_id=sandbox-acmepay-1a2b3c".into(), "en", "placeholder"),
        11 => ("client_secret=***".into(), "en", "placeholder"),
        12 => ("password: ********".into(), "en", "placeholder"),
        13 => ("curl -u $CLIENT_ID:$CLIENT_SECRET -H 'Authorization: Bearer $TOKEN' https://api.example.com".into(), "en", "placeholder"),
        14 => ("{\"refresh_token\": \"...\", \"client_secret\": \"REDACTED\"}".into(), "en", "placeholder"),
        15 => ("Authorization: Bearer ${ACCESS_TOKEN}".into(), "en", "placeholder"),
        16 => ("il PIN è [REDACTED:pin] e la carta [REDACTED:card_number]".into(), "it", "placeholder"),
        17 => ("cvv: xxx, card: xxxx xxxx xxxx 1234".into(), "en", "placeholder"),
        18 => ("I reset my password yesterday and now login fails".into(), "en", "words"),
        19 => ("the PIN screen froze after the update".into(), "en", "words"),
        20 => ("ho dimenticato la password e non riesco a entrare".into(), "it", "words"),
        21 => ("the access_token expired after 3600 seconds".into(), "en", "words"),
        22 => ("la password è scaduta ieri".into(), "it", "words"),
        23 => ("the password is wrong according to the error".into(), "en", "words"),
        24 => ("Il PIN è sbagliato, la carta si blocca".into(), "it", "words"),
        25 => ("{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token scaduto\"}".into(), "it", "words"),
        26 => ("The refresh token is invalid after rotation".into(), "en", "words"),
        27 => ("client secret rotated last week, do we need a new one?".into(), "en", "words"),
        28 => ("CVV field missing in the checkout form".into(), "en", "words"),
        29 => ("Il campo IBAN viene rifiutato dalla validazione".into(), "it", "words"),
        30 => (format!("card {} declined", bad_card(r)), "en", "bad_luhn"),
        31 => (format!("la carta {} non passa", bad_card(r)), "it", "bad_luhn"),
        32 => (format!("IBAN {} rejected", bad_iban(r)), "en", "bad_iban"),
        33 => (format!("bonifico verso {} respinto", bad_iban(r)), "it", "bad_iban"),
        34 => (format!("amount: {}.{:02} EUR", r.range(1, 99_999), r.below(100)), "en", "amount"),
        35 => (format!("importo {},{:02} euro addebitato due volte", r.range(1, 9_999), r.below(100)), "it", "amount"),
        36 => (format!("occurred at {t}, timestamp {}", 1_700_000_000_000u64 + r.below(90_000_000_000) as u64), "en", "time"),
        37 => (format!("Errore del {:02}/{:02}/2024 alle {:02}:{:02}", r.range(1, 28), r.range(1, 12), r.range(0, 23), r.range(0, 59)), "it", "time"),
        38 => (format!("call me at +39 {} {} {}", r.digits(3), r.digits(3), r.digits(4)), "en", "phone"),
        39 => (format!("telefono +44 20 {} {}", r.digits(4), r.digits(4)), "it", "phone"),
        40 => ("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36".into(), "en", "user_agent"),
        41 => (format!("screenshot: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{}", r.chars(B64, 600)), "en", "base64_image"),
        42 => ("{\"access_token\": null, \"token_type\": \"Bearer\", \"expires_in\": 3600}".into(), "en", "json"),
        43 => (format!("{{\"status\":401,\"error\":\"unauthorized\",\"request_id\":\"{u}\"}}"), "en", "json"),
        44 => (format!("ordine n. {} spedito, tracking {}", r.digits(8), r.chars(UPPER_DIGIT, 12)), "it", "ids"),
        45 => (format!("La chiamata POST /v1/payments/{u}/refunds restituisce 500"), "it", "ids"),
        46 => (format!("il task {u} è in stato pending da 3 ore"), "it", "ids"),
        47 => ("token expired at 09:41, we refreshed and it worked".into(), "en", "words"),
        48 => ("Abbiamo cambiato la password dell'utente ma il problema resta".into(), "it", "words"),
        49 => ("The pin code screen shows up twice on Android 14".into(), "en", "words"),
        50 => (format!("sort code field is required, error at {t}"), "en", "words"),
        51 => (format!("version 2.14.3, build {}", r.digits(6)), "en", "ids"),
        52 => (format!("publishable key pk_test_{} works in the browser", opaque(r, 24, 24)), "en", "public_key"),
        53 => ("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----".into(), "en", "public_key"),
        54 => (format!("Ecco il debug_id richiesto: {u}"), "it", "uuid"),
        55 => (format!("La richiesta {u} del {t} è fallita con 422"), "it", "uuid"),
        56 => ("Il token di accesso è scaduto, come lo rinnovo?".into(), "it", "words"),
        57 => ("Which scopes does the access token need for /v1/payments?".into(), "en", "words"),
        58 => (format!("meeting on 12-03-24 about ticket {}", r.digits(6)), "en", "time"),
        _ => (format!("git log: {commit} Merge pull request #{} from acme/fix-token-refresh", r.digits(4)), "en", "digest"),
    }
}

fn positive_from(r: &mut Rng, kind: Kind) -> (String, &'static str, Vec<(Kind, usize, usize)>) {
    let (en, it): (&[&str], &[&str]) = match kind {
        Kind::AccessToken => (ACCESS_EN, ACCESS_IT),
        Kind::ClientSecret => (CLIENT_EN, CLIENT_IT),
        Kind::RefreshToken => (REFRESH_EN, REFRESH_IT),
        Kind::PrivateKey => (PEM_ANY, PEM_ANY),
        Kind::VendorKey => (VENDOR_EN, VENDOR_IT),
        Kind::CardNumber => (CARD_EN, CARD_IT),
        Kind::Cvv => (CVV_EN, CVV_IT),
        Kind::Iban => (IBAN_EN, IBAN_IT),
        Kind::Password => (PASSWORD_EN, PASSWORD_IT),
        Kind::Pin => (PIN_EN, PIN_IT),
        Kind::UkBankAccount | Kind::BankAccount => (&[], &[]),
    };
    let lang = if r.chance(50) { "en" } else { "it" };
    let tpl = if lang == "en" {
        *r.pick(en)
    } else {
        *r.pick(it)
    };
    let value = match kind {
        Kind::AccessToken => access_token(r),
        Kind::ClientSecret => client_secret(r),
        Kind::RefreshToken => refresh_token(r),
        Kind::PrivateKey => pem(r),
        Kind::VendorKey => vendor_key(r),
        Kind::CardNumber => card(r),
        Kind::Cvv => cvv(r),
        Kind::Iban => iban(r),
        Kind::Password => password(r),
        Kind::Pin => pin(r),
        Kind::UkBankAccount | Kind::BankAccount => String::new(),
    };
    let (text, exp) = fill(tpl, kind, &value);
    (text, lang, exp)
}

fn uk(r: &mut Rng) -> (String, &'static str, Vec<(Kind, usize, usize)>) {
    let sc = sort_code(r);
    let acc = r.digits(8);
    let mut b = B::new();
    let lang = match r.below(6) {
        0 => {
            b.t("Sort code ")
                .v(Kind::UkBankAccount, &sc)
                .t(", account number ")
                .v(Kind::UkBankAccount, &acc);
            "en"
        }
        1 => {
            b.t("{\"sort_code\":\"")
                .v(Kind::UkBankAccount, &sc)
                .t("\",\"account_number\":\"")
                .v(Kind::UkBankAccount, &acc)
                .t("\"}");
            "en"
        }
        2 => {
            b.t("Payout to ")
                .v(Kind::UkBankAccount, &sc)
                .t(" ")
                .v(Kind::UkBankAccount, &acc)
                .t(" bounced");
            "en"
        }
        3 => {
            b.t("Il conto UK del cliente: sort code ")
                .v(Kind::UkBankAccount, &sc)
                .t(" numero di conto ")
                .v(Kind::UkBankAccount, &acc);
            "it"
        }
        4 => {
            b.t("account number: ")
                .v(Kind::UkBankAccount, &acc)
                .t(" (sort code ")
                .v(Kind::UkBankAccount, &sc)
                .t(")");
            "en"
        }
        _ => {
            b.t("Bonifico verso ")
                .v(Kind::UkBankAccount, &sc)
                .t(" conto ")
                .v(Kind::UkBankAccount, &acc)
                .t(" non riuscito");
            "it"
        }
    };
    (b.text, lang, b.expected)
}

/// Samples that mix several kinds the way real tickets do.
fn mixed(r: &mut Rng) -> (String, &'static str, Vec<(Kind, usize, usize)>) {
    let mut b = B::new();
    match r.below(6) {
        0 => {
            let c = card(r);
            let v = cvv(r);
            b.t("{\"card\":{\"number\":\"")
                .v(Kind::CardNumber, &c)
                .t("\",\"exp\":\"12/27\",\"cvc\":\"")
                .v(Kind::Cvv, &v)
                .t("\"}}");
            ("en", b)
        }
        1 => {
            let u = uuid(r);
            let tok = jwt(r);
            b.t("X-Request-Id: ")
                .t(&u)
                .t("\nAuthorization: Bearer ")
                .v(Kind::AccessToken, &tok)
                .t("\nContent-Type: application/json");
            ("en", b)
        }
        2 => {
            let sec = client_secret(r);
            let id = client_id(r);
            b.t("curl -X POST https://api.example.com/oauth/token -u ")
                .t(&id)
                .t(":")
                .v(Kind::ClientSecret, &sec)
                .t(" -d grant_type=client_credentials");
            ("en", b)
        }
        3 => {
            let p = password(r);
            let n = pin(r);
            b.t("Utente: mario.rossi, la password è ")
                .v(Kind::Password, &p)
                .t(" e il PIN è ")
                .v(Kind::Pin, &n);
            ("it", b)
        }
        4 => {
            let id = client_id(r);
            let sec = client_secret(r);
            let creds = STANDARD.encode(format!("{id}:{sec}"));
            b.t("-H 'Authorization: Basic ")
                .v(Kind::ClientSecret, &creds)
                .t("'");
            ("en", b)
        }
        _ => {
            let i = iban(r);
            let u = uuid(r);
            b.t("Il pagamento ")
                .t(&u)
                .t(" verso l'IBAN ")
                .v(Kind::Iban, &i)
                .t(" è fallito");
            ("it", b)
        }
    }
    .into_sample()
}

trait IntoSample {
    fn into_sample(self) -> (String, &'static str, Vec<(Kind, usize, usize)>);
}

impl IntoSample for (&'static str, B) {
    fn into_sample(self) -> (String, &'static str, Vec<(Kind, usize, usize)>) {
        (self.1.text, self.0, self.1.expected)
    }
}

/// Hand-written samples (`tests/data/handwritten.jsonl`): one JSON object a
/// line, `{"text", "lang", "kind": code | null, "value"}`. Lines with the
/// same text are one sample with several secrets; `value` locates the span.
pub fn handwritten() -> Vec<Sample> {
    let raw = include_str!("../data/handwritten.jsonl");
    let mut out: Vec<Sample> = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let text = v["text"].as_str().expect("text").to_string();
        let lang = if v["lang"] == "it" { "it" } else { "en" };
        let expected = match v["kind"].as_str() {
            Some(code) => {
                let kind = Kind::from_code(code).expect("known kind");
                let value = v["value"].as_str().expect("value");
                let start = text.find(value).expect("value occurs in text");
                vec![(kind, start, start + value.len())]
            }
            None => Vec::new(),
        };
        match out.iter_mut().find(|s| s.text == text) {
            Some(s) => s.expected.extend(expected),
            None => out.push(Sample {
                text,
                lang,
                expected,
                family: "handwritten",
            }),
        }
    }
    out
}

/// The whole corpus, the same on every run.
pub fn generate() -> Vec<Sample> {
    let mut r = Rng::new(0x005E_ED0F_6A4D);
    let mut out = Vec::new();
    let per_kind = 90;
    for kind in guard::Kind::ALL {
        if kind == Kind::BankAccount {
            // Written in the style of the independent corpora
            // (tests/corpora), not generated here.
            continue;
        }
        for _ in 0..per_kind {
            let (text, lang, expected) = if kind == Kind::UkBankAccount {
                uk(&mut r)
            } else {
                positive_from(&mut r, kind)
            };
            out.push(Sample {
                text,
                lang,
                expected,
                family: kind.code(),
            });
        }
    }
    for _ in 0..40 {
        let tpl = *r.pick(JWT_ANY);
        let (text, expected) = fill(tpl, Kind::AccessToken, &jwt(&mut r));
        out.push(Sample {
            text,
            lang: if tpl.contains("il JWT") { "it" } else { "en" },
            expected,
            family: "jwt_bare",
        });
    }
    for _ in 0..60 {
        let (text, lang, expected) = mixed(&mut r);
        out.push(Sample {
            text,
            lang,
            expected,
            family: "mixed",
        });
    }
    out.extend(handwritten());
    for _ in 0..800 {
        let (text, lang, family) = negative(&mut r);
        out.push(Sample {
            text,
            lang,
            expected: Vec::new(),
            family,
        });
    }
    out
}
