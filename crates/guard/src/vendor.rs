//! Well-known vendor key formats: a fixed, case-sensitive prefix and a body
//! of known alphabet and length.

use crate::Kind;
use crate::text::{boundary_after, is_word};

#[derive(Debug, Clone, Copy)]
enum Body {
    Alnum,
    AlnumUnderscore,
    AlnumDash,
    UpperDigit,
    Hex,
    SendGrid,
    /// A webhook's path: `T…/B…/secret` (checked by `webhook_path`).
    Path,
    /// A Telegram bot's token in the Bot API's path, glued to `bot`
    /// (`/bot123456789:AA…/sendMessage`; checked by `telegram_at`).
    Telegram,
    /// Letters and digits, both cases and a digit in it (a random body
    /// behind a prefix that is also a word's start: `live_`).
    Random,
    /// Braintree's `merchant$secret` after `access_token$environment$`:
    /// 16 lowercase letters and digits, `$`, 32 hex digits.
    Braintree,
    /// Base64url (letters, digits, `-`, `_`) with both cases and a digit.
    RandomUrl,
    /// Standard or URL-safe base64, `%`-escapes of its `+/=` allowed.
    Base64,
    /// Adyen's API keys after `AQE`: base64 parts joined by `-`, each but
    /// the last closed by its `=` padding (so `=-` stands inside).
    Adyen,
    /// Airtable's personal access token after `pat`: the token's id (14
    /// letters and digits), `.`, and its secret (64 hex digits).
    Airtable,
    /// Firebase Cloud Messaging's legacy server key after `AAAA`: 7 more
    /// characters of the project's key id, `:`, `APA91b` and a base64url
    /// body (checked by `fcm_server_key`).
    FcmServer,
}

impl Body {
    fn accepts(self, b: u8) -> bool {
        match self {
            Body::Alnum => b.is_ascii_alphanumeric(),
            Body::AlnumUnderscore => b.is_ascii_alphanumeric() || b == b'_',
            Body::AlnumDash => b.is_ascii_alphanumeric() || b == b'-' || b == b'_',
            Body::UpperDigit => b.is_ascii_uppercase() || b.is_ascii_digit(),
            Body::Hex => b.is_ascii_hexdigit(),
            Body::SendGrid => b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'),
            Body::Path => b.is_ascii_alphanumeric() || b == b'/',
            Body::Telegram => b.is_ascii_digit(),
            Body::Random => b.is_ascii_alphanumeric(),
            Body::Braintree => b.is_ascii_alphanumeric() || b == b'$',
            Body::RandomUrl => b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'),
            Body::Airtable => b.is_ascii_alphanumeric() || b == b'.',
            Body::FcmServer => b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'),
            Body::Base64 | Body::Adyen => {
                b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'/' | b'=' | b'%')
            }
        }
    }
}

pub(crate) struct Vendor {
    pub prefix: &'static str,
    body: Body,
    min: usize,
    max: usize,
    /// What the key is, when its format says more than "a vendor's key".
    pub kind: Kind,
}

const fn v(prefix: &'static str, body: Body, min: usize, max: usize) -> Vendor {
    vk(prefix, body, min, max, Kind::VendorKey)
}

const fn vk(prefix: &'static str, body: Body, min: usize, max: usize, kind: Kind) -> Vendor {
    Vendor {
        prefix,
        body,
        min,
        max,
        kind,
    }
}

pub(crate) const VENDORS: &[Vendor] = &[
    // Telegram bot tokens in a Bot API URL (alone they are read by the
    // digit pass).
    v("bot", Body::Telegram, 0, 0),
    // Stripe secret, restricted and webhook keys (publishable pk_ keys are public).
    v("sk_live_", Body::Alnum, 16, 256),
    v("sk_test_", Body::Alnum, 16, 256),
    v("rk_live_", Body::Alnum, 16, 256),
    v("rk_test_", Body::Alnum, 16, 256),
    v("whsec_", Body::Alnum, 24, 128),
    // Mailgun's legacy private API keys.
    v("key-", Body::Hex, 32, 32),
    // AWS access key ids.
    v("AKIA", Body::UpperDigit, 16, 16),
    v("ASIA", Body::UpperDigit, 16, 16),
    // GitHub.
    v("ghp_", Body::Alnum, 36, 255),
    v("gho_", Body::Alnum, 36, 255),
    v("ghu_", Body::Alnum, 36, 255),
    v("ghs_", Body::Alnum, 36, 255),
    v("ghr_", Body::Alnum, 36, 255),
    v("github_pat_", Body::AlnumUnderscore, 22, 255),
    // GitLab.
    v("glpat-", Body::AlnumDash, 20, 255),
    // Slack.
    v("xoxb-", Body::AlnumDash, 10, 255),
    v("xoxa-", Body::AlnumDash, 10, 255),
    v("xoxp-", Body::AlnumDash, 10, 255),
    v("xoxr-", Body::AlnumDash, 10, 255),
    v("xoxs-", Body::AlnumDash, 10, 255),
    v("xoxe-", Body::AlnumDash, 10, 255),
    // Google API keys.
    v("AIza", Body::AlnumDash, 35, 35),
    // SendGrid.
    v("SG.", Body::SendGrid, 60, 80),
    // OpenAI / Anthropic style.
    v("sk-proj-", Body::AlnumDash, 20, 255),
    v("sk-ant-", Body::AlnumDash, 20, 255),
    v("sk-svcacct-", Body::AlnumDash, 20, 255),
    // npm, PyPI.
    v("npm_", Body::Alnum, 36, 36),
    v("pypi-AgEIcHlwaS5vcmc", Body::AlnumDash, 40, 255),
    // Shopify.
    v("shpat_", Body::Hex, 32, 32),
    v("shpss_", Body::Hex, 32, 32),
    v("shpca_", Body::Hex, 32, 32),
    v("shppa_", Body::Hex, 32, 32),
    // Mollie live API keys.
    v("live_", Body::Random, 30, 30),
    // Braintree access tokens.
    v("access_token$production$", Body::Braintree, 49, 49),
    v("access_token$sandbox$", Body::Braintree, 49, 49),
    // Square access tokens (production `EAAA` and the older `sq0atp-`).
    v("EAAA", Body::AlnumDash, 60, 60),
    v("sq0atp-", Body::AlnumDash, 22, 255),
    v("sq0csp-", Body::AlnumDash, 40, 255),
    // DigitalOcean.
    v("dop_v1_", Body::Hex, 64, 64),
    // Hugging Face.
    v("hf_", Body::Alnum, 34, 40),
    // Notion integration tokens: `ntn_` now, `secret_` and 43 random
    // characters before (a word's start, so the body must be random).
    v("ntn_", Body::Random, 40, 50),
    v("secret_", Body::Random, 43, 43),
    // Airtable personal access tokens.
    v("pat", Body::Airtable, 79, 79),
    // Twilio API key SIDs.
    v("SK", Body::Hex, 32, 32),
    // Google OAuth: client secrets (`GOCSPX-` and 28 characters), refresh
    // tokens (`1//0` or `1//` and a region digit, then base64url) and
    // access tokens (`ya29.`).
    vk("GOCSPX-", Body::AlnumDash, 24, 40, Kind::ClientSecret),
    vk("1//0", Body::RandomUrl, 40, 512, Kind::RefreshToken),
    vk("ya29.", Body::RandomUrl, 30, 2048, Kind::AccessToken),
    // defuse/php-encryption's ciphertext header (`def50200`, then hex):
    // the refresh tokens of league/oauth2-server (Laravel Passport,
    // PrestaShop, Magento, WooCommerce plugins) are such ciphertexts.
    vk("def50200", Body::Hex, 64, 4096, Kind::RefreshToken),
    // Laravel's encrypted cookies (`laravel_session`, `XSRF-TOKEN` aside):
    // base64 of `{"iv":…,"value":…,"mac":…}`, so they start `eyJpdiI6`.
    vk("eyJpdiI6", Body::Base64, 64, 4096, Kind::AccessToken),
    // WooCommerce REST API keys: consumer key `ck_` and consumer secret
    // `cs_`, each 40 lowercase hex digits (a SHA-1 of random bytes).
    v("ck_", Body::Hex, 40, 40),
    vk("cs_", Body::Hex, 40, 40, Kind::ClientSecret),
    // Brevo (Sendinblue) API and SMTP keys: 64 hex digits, `-`, 16
    // letters and digits.
    v("xkeysib-", Body::AlnumDash, 81, 81),
    v("xsmtpsib-", Body::AlnumDash, 81, 81),
    // Login with Amazon (Selling Partner API, Alexa): refresh tokens
    // `Atzr|`, access tokens `Atza|`, then a long base64url body.
    vk("Atzr|", Body::RandomUrl, 100, 2048, Kind::RefreshToken),
    vk("Atza|", Body::RandomUrl, 100, 2048, Kind::AccessToken),
    // Adyen API keys (`AQE…`, base64 parts joined by `-`).
    v("AQE", Body::Adyen, 80, 240),
    // Firebase Cloud Messaging's legacy server keys (`key=AAAA…:APA91b…`
    // in the `Authorization` header of the old HTTP API). A device's
    // registration token has the same `:APA91b` but no `AAAA` start.
    v("AAAA", Body::FcmServer, 100, 300),
    // Slack incoming webhooks: the URL is the credential (anyone holding
    // it posts to the channel).
    v("https://hooks.slack.com/services/", Body::Path, 30, 80),
];

/// A Slack webhook's path: the workspace (`T…`) and the app (`B…`), each
/// 8–12 capitals and digits, then a secret of 20–32 letters and digits.
fn webhook_path(body: &[u8]) -> bool {
    let segs: Vec<&[u8]> = body.split(|&c| c == b'/').collect();
    let id = |s: &[u8], lead: u8| {
        s.first() == Some(&lead)
            && (8..=12).contains(&s.len())
            && s.iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    segs.len() == 3 && id(segs[0], b'T') && id(segs[1], b'B') && (20..=32).contains(&segs[2].len())
}

/// `https://mainnet.infura.io/v3/<key>`, `wss://…infura.io/ws/v3/<key>`,
/// `https://eth-sepolia.g.alchemy.com/v2/<key>`: a blockchain node
/// provider's endpoint carries the project's API key as the path segment
/// after its version (Infura's 32 hex digits, Alchemy's 32 letters,
/// digits, `-` and `_`). `at` is the `:` of `://`; returns the key.
#[inline(never)]
pub(crate) fn rpc_path_key(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let host_s = at + 3;
    let lim = (host_s + 96).min(b.len());
    let slash = host_s + memchr::memchr(b'/', &b[host_s..lim])?;
    let host = &b[host_s..slash];
    let ends =
        |w: &[u8]| host.len() >= w.len() && host[host.len() - w.len()..].eq_ignore_ascii_case(w);
    let path = &b[slash..lim];
    let (s, hex) = if ends(b".infura.io") {
        let v = if path.starts_with(b"/v3/") {
            4
        } else if path.starts_with(b"/ws/v3/") {
            7
        } else {
            return None;
        };
        (slash + v, true)
    } else if ends(b".alchemy.com") || ends(b".alchemyapi.io") {
        if !path.starts_with(b"/v2/") {
            return None;
        }
        (slash + 4, false)
    } else {
        return None;
    };
    let mut e = s;
    while e < b.len()
        && (b[e].is_ascii_alphanumeric() || !hex && matches!(b[e], b'-' | b'_'))
        && e - s <= 40
    {
        e += 1;
    }
    let v = &b[s..e];
    let ok = if hex {
        v.len() == 32 && v.iter().all(u8::is_ascii_hexdigit)
    } else {
        v.len() == 32 && {
            let sh = crate::text::shape(std::str::from_utf8(v).ok()?);
            sh.digits > 0 && sh.upper > 0 && sh.lower > 0
        }
    };
    (ok && b.get(e).is_none_or(|&c| !c.is_ascii_alphanumeric())).then_some((s, e))
}

/// A URL that is itself a vendor's credential (a Slack webhook), so no
/// rule about addresses lets it pass.
pub(crate) fn secret_url(v: &[u8]) -> bool {
    VENDORS.iter().enumerate().any(|(idx, vendor)| {
        matches!(vendor.body, Body::Path)
            && v.starts_with(vendor.prefix.as_bytes())
            && match_at(v, 0, idx) == Some(v.len())
    })
}

/// A Telegram bot token: the bot's numeric id, `:`, and a 35-character
/// secret starting `AA`. `start` is the first digit; returns the end.
pub(crate) fn telegram_at(b: &[u8], start: usize, id_end: usize) -> Option<usize> {
    if !(8..=10).contains(&(id_end - start)) || b.get(id_end..id_end + 3) != Some(b":AA") {
        return None;
    }
    let body = id_end + 1;
    let mut i = body;
    while i < b.len()
        && i - body <= 40
        && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'-'))
    {
        i += 1;
    }
    ((34..=36).contains(&(i - body)) && boundary_after(b, i)).then_some(i)
}

/// The body of an FCM legacy server key after `AAAA`: 7 base64url
/// characters, `:APA91b`, then base64url only.
#[inline(never)]
fn fcm_server_key(body: &[u8]) -> bool {
    body.len() > 14
        && body[7] == b':'
        && &body[8..14] == b"APA91b"
        && !body[..7].contains(&b':')
        && !body[14..].contains(&b':')
}

/// `start` points at where `VENDORS[idx].prefix` matched case-insensitively.
pub(crate) fn match_at(b: &[u8], start: usize, idx: usize) -> Option<usize> {
    let vendor = VENDORS.get(idx)?;
    let p = vendor.prefix.as_bytes();
    if b.get(start..start + p.len())? != p {
        return None;
    }
    if start > 0 && (is_word(b[start - 1]) || b[start - 1] == b'-') {
        return None;
    }
    let body_start = start + p.len();
    if matches!(vendor.body, Body::Telegram) {
        let digits = b[body_start..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        return telegram_at(b, body_start, body_start + digits);
    }
    let mut i = body_start;
    while i < b.len() && vendor.body.accepts(b[i]) && i - body_start <= vendor.max {
        i += 1;
    }
    let len = i - body_start;
    if len < vendor.min || len > vendor.max || !boundary_after(b, i) {
        return None;
    }
    // A body of one repeated character is a mask (`sk_live_xxxxxxxx...`).
    let body = &b[body_start..i];
    if body.iter().all(|&c| c == body[0]) {
        return None;
    }
    if matches!(vendor.body, Body::Path) && !webhook_path(body) {
        return None;
    }
    if matches!(vendor.body, Body::Random | Body::RandomUrl)
        && !(body.iter().any(u8::is_ascii_digit)
            && body.iter().any(u8::is_ascii_uppercase)
            && body.iter().any(u8::is_ascii_lowercase))
    {
        return None;
    }
    if matches!(vendor.body, Body::Adyen)
        && !(memchr::memmem::find(body, b"=-").is_some()
            && body.iter().any(u8::is_ascii_digit)
            && body.iter().any(u8::is_ascii_lowercase))
    {
        return None;
    }
    if matches!(vendor.body, Body::Airtable)
        && !(body[14] == b'.'
            && body[..14].iter().all(u8::is_ascii_alphanumeric)
            && body[15..].iter().all(u8::is_ascii_hexdigit))
    {
        return None;
    }
    if matches!(vendor.body, Body::FcmServer) && !fcm_server_key(body) {
        return None;
    }
    if matches!(vendor.body, Body::Braintree)
        && !(body[16] == b'$'
            && body[..16]
                .iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && body[17..].iter().all(u8::is_ascii_hexdigit))
    {
        return None;
    }
    Some(i)
}

/// eBay's OAuth tokens say what they are: `v^1.1#i^1#`, flags written
/// `x^N#` (`p^3#r^0#I^3#f^0#`), then `t^` and a base64 body (an access
/// token's `H4sI…`, a refresh token's `Ul4x…`). Found wherever they stand,
/// a label or none; `r^1` among the flags marks a refresh token.
/// Looked for from each caret (`v^` then `1.1#`), a byte rare in text.
#[inline(never)]
pub(crate) fn ebay_tokens(text: &str, out: &mut Vec<crate::Finding>) {
    let b = text.as_bytes();
    let mut last_end = 0;
    for c in memchr::memchr_iter(b'^', b) {
        if c == 0 || b[c - 1] != b'v' || b.get(c + 1..c + 6) != Some(b"1.1#i") {
            continue;
        }
        let s = c - 1;
        if s < last_end || (s > 0 && (is_word(b[s - 1]) || matches!(b[s - 1], b'^' | b'#'))) {
            continue;
        }
        let mut e = s;
        while e < b.len()
            && e - s <= 4096
            && (b[e].is_ascii_alphanumeric()
                || matches!(b[e], b'^' | b'#' | b'+' | b'/' | b'=' | b'.' | b'_' | b'-'))
        {
            e += 1;
        }
        let v = &b[s..e];
        let Some(t) = memchr::memmem::find(v, b"#t^") else {
            continue;
        };
        let body = &v[t + 3..];
        let random = body.len() >= 40
            && body.iter().any(u8::is_ascii_digit)
            && body.iter().any(u8::is_ascii_uppercase)
            && body.iter().any(u8::is_ascii_lowercase)
            && !body.contains(&b'#');
        if !random || !v.starts_with(b"v^1.1#i^") {
            continue;
        }
        let kind = if memchr::memmem::find(&v[..t], b"#r^1").is_some() {
            Kind::RefreshToken
        } else {
            Kind::AccessToken
        };
        out.push(crate::Finding {
            kind,
            start: s,
            end: e,
            confidence: crate::Confidence::High,
        });
        last_end = e;
    }
}

/// PayPal's classic API (NVP/SOAP) signs with three credentials: the API
/// username (`name_api1.shop.com`), a password and a signature of 56
/// letters, digits, dots and dashes (`A…`). Near such a username (600
/// bytes either side), a value of 50 to 64 such characters, mixing case
/// and digits, after "signature" or "firma" (an "API" before or after the
/// word, then `:` or `=`) is the signature, a client secret.
/// `at`: where `_api1.` starts (the digit pass meets its `1`).
#[inline(never)]
pub(crate) fn paypal_signatures(text: &str, at: usize, out: &mut Vec<crate::Finding>) {
    let b = text.as_bytes();
    {
        let lo = at.saturating_sub(600);
        let hi = (at + 600).min(b.len());
        let mut i = lo;
        while i < hi {
            let Some(k) = memchr::memchr2(b's', b'S', &b[i..hi])
                .into_iter()
                .chain(memchr::memchr2(b'f', b'F', &b[i..hi]))
                .min()
            else {
                break;
            };
            let k = i + k;
            i = k + 1;
            let word: &[u8] = if b[k..].len() >= 9 && b[k..k + 9].eq_ignore_ascii_case(b"signature")
            {
                b"signature"
            } else if b[k..].len() >= 5 && b[k..k + 5].eq_ignore_ascii_case(b"firma") {
                b"firma"
            } else {
                continue;
            };
            if k > 0 && b[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            let mut j = k + word.len();
            if b[j..].len() >= 4 && b[j..j + 4].eq_ignore_ascii_case(b" api") {
                j += 4;
            }
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            if !matches!(b.get(j), Some(b':' | b'=')) {
                continue;
            }
            j += 1;
            while j < b.len() && matches!(b[j], b' ' | b'"' | b'\'' | b'\t') {
                j += 1;
            }
            let mut e = j;
            while e < b.len()
                && e - j <= 64
                && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'-' | b'_'))
            {
                e += 1;
            }
            let v = &b[j..e];
            let ends = b.get(e).is_none_or(|&c| !c.is_ascii_alphanumeric());
            if (50..=64).contains(&v.len())
                && ends
                && v.iter().any(u8::is_ascii_digit)
                && v.iter().any(u8::is_ascii_uppercase)
                && v.iter().any(u8::is_ascii_lowercase)
            {
                out.push(crate::Finding {
                    kind: Kind::ClientSecret,
                    start: j,
                    end: e,
                    confidence: crate::Confidence::Medium,
                });
                i = e;
            }
        }
    }
}

/// A vendor's short prefix at `start` that is not followed by its key's
/// body (`secret_value:` is no Notion token): the trigger pass then tries
/// the keywords the same word starts with. Only for prefixes ending in
/// `_` or `-` and bodies of 128 bytes at most, so the look is rare and
/// costs a bounded read.
pub(crate) fn short_miss(b: &[u8], start: usize, idx: usize) -> bool {
    // Only a prefix that ends a word (`secret_`, `key-`) can shadow a
    // keyword the same word starts with.
    VENDORS.get(idx).is_some_and(|v| {
        v.max <= 128 && v.prefix.ends_with(['_', '-']) && !matches!(v.body, Body::Telegram)
    }) && match_at(b, start, idx).is_none()
}

/// `0a1b…e8f9-us21`: a Mailchimp API key, 32 hex digits and the data
/// centre the account lives in. It has no prefix to be found by, so only
/// a name that ends in "key" leads to it.
pub(crate) fn datacenter_key(value: &str) -> bool {
    let b = value.as_bytes();
    let Some((hex, dc)) = value.split_once("-us") else {
        return false;
    };
    hex.len() == 32
        && b[..32]
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
        && (1..=2).contains(&dc.len())
        && dc.bytes().all(|c| c.is_ascii_digit())
}

/// Whether `b` starts with the first two bytes of some vendor's prefix
/// (a table of byte pairs built once): a cheap look before `whole_value`.
pub(crate) fn may_start(b: &[u8]) -> bool {
    static PAIRS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for v in VENDORS {
            let p = v.prefix.as_bytes();
            let k = usize::from(p[0]) << 8 | usize::from(p[1]);
            bits[k / 64] |= 1 << (k % 64);
        }
        bits
    });
    b.len() >= 2 && {
        let k = usize::from(b[0]) << 8 | usize::from(b[1]);
        pairs[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The vendor key that `value` is entirely, if any.
pub(crate) fn whole_value(value: &str) -> bool {
    whole_kind(value).is_some()
}

/// The kind of the vendor format `value` is entirely, if any.
pub(crate) fn whole_kind(value: &str) -> Option<Kind> {
    let b = value.as_bytes();
    VENDORS
        .iter()
        .enumerate()
        .find(|&(idx, v)| {
            b.starts_with(v.prefix.as_bytes()) && match_at(b, 0, idx) == Some(b.len())
        })
        .map(|(_, v)| v.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(prefix: &str) -> usize {
        VENDORS
            .iter()
            .position(|v| v.prefix == prefix)
            .expect("vendor")
    }

    #[test]
    fn a_node_providers_endpoint_carries_its_key() {
        let keys = |t: &str| -> Vec<String> {
            crate::scan(t)
                .into_iter()
                .map(|f| t[f.start..f.end].to_string())
                .collect()
        };
        let t = "RPC_URL=https://mainnet.infura.io/v3/e8be94ac7f582873e8de7aa032474fbf\n";
        assert_eq!(keys(t), ["e8be94ac7f582873e8de7aa032474fbf"]);
        let t = "url: \"https://eth-sepolia.g.alchemy.com/v2/4rkOaWPFXZv-0Nxsk67n1MC1dsZLA50B\",\n";
        assert_eq!(keys(t), ["4rkOaWPFXZv-0Nxsk67n1MC1dsZLA50B"]);
        // Placeholders, the public demo key, other hosts' paths pass.
        for t in [
            "https://mainnet.infura.io/v3/YOUR-PROJECT-ID\n",
            "https://eth-mainnet.g.alchemy.com/v2/demo\n",
            "https://docs.infura.io/v3/getting-started/e8be94ac\n",
            "https://api.example.com/v3/e8be94ac7f582873e8de7aa032474fbf\n",
        ] {
            assert!(keys(t).is_empty(), "{t:?}: {:?}", keys(t));
        }
    }

    #[test]
    fn an_ebay_token_says_what_it_is() {
        let tok = "v^1.1#i^1#p^3#r^0#I^3#f^0#t^H4sIAAAAAAAA/2Qx9LmWv7Kp3Rz8Tb5Nc1Yd4Fg6Hj+Ab0Cd==";
        let t = format!("Token utente\n{tok}\nscade tra 2 ore");
        assert_eq!(crate::found_as(&t, Kind::AccessToken), [tok]);
        let rt = "v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4xMF8Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk8Lz0Xc2Vb4Nm6";
        assert_eq!(
            crate::found_as(&format!("- {rt}"), Kind::RefreshToken),
            [rt]
        );
        // The format's name and a version string are no token.
        assert!(crate::found(r"tokens look like v^1.1#i^1#… (see docs)").is_empty());
        assert!(crate::found("v^1.1#t^short").is_empty());
    }

    #[test]
    fn a_paypal_classic_signature_beside_its_api_username() {
        let sig = "AFcWxV21C7fd0v3bYYYRCpSSRl31A8kzPq9xJ2mL4nB6vT0sH5dG3e.-";
        let t = format!(
            "API Username: shop_api1.example.com\nAPI Password: QWERTY1234ABCDEF\nSignature: {sig}\n"
        );
        assert!(crate::found(&t).contains(&sig));
        let t = format!("Nome utente API: x_api1.negozio.it\nFirma: {sig}");
        assert!(crate::found(&t).contains(&sig));
        // A mail's signature, or a long value with no API username near.
        assert!(crate::found(&format!("Signature: {sig}")).is_empty());
        assert!(
            crate::found("API Username: shop_api1.example.com\nSignature: Mario Rossi, Negozio")
                .iter()
                .all(|v| !v.contains("Mario"))
        );
    }

    #[test]
    fn stripe_and_aws() {
        let t = b"key sk_live_4eC39HqLyjWDarjtT1zdp7dc end";
        assert_eq!(match_at(t, 4, idx("sk_live_")), Some(36));
        assert!(match_at(b"AKIAIOSFODNN7EXAMPLE", 0, idx("AKIA")).is_some());
        assert!(match_at(b"akiaiosfodnn7example", 0, idx("AKIA")).is_none());
        assert!(match_at(b"sk_live_xxxxxxxxxxxxxxxxxxxx", 0, idx("sk_live_")).is_none());
        let t = b"live_ZfrEFTt87cpbn6Dur38E54gXXfb0RL";
        assert_eq!(match_at(t, 0, idx("live_")), Some(t.len()));
        assert!(match_at(b"live_updatesfromthestorefrontpage", 0, idx("live_")).is_none());
        let t = b"access_token$production$u019ivxaujbus0zr$905e629f3745fc68dadd26e27e698b90";
        assert_eq!(
            match_at(t, 0, idx("access_token$production$")),
            Some(t.len())
        );
    }

    #[test]
    fn shop_and_mailing_keys() {
        let t = b"ck_5d1f0c9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d";
        assert_eq!(match_at(t, 0, idx("ck_")), Some(t.len()));
        let t = b"cs_0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b";
        assert_eq!(match_at(t, 0, idx("cs_")), Some(t.len()));
        // A word ending in `ck_` (`stock_`), or a short hex tail, is no key.
        let t = b"stock_5d1f0c9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d";
        assert!(match_at(t, 3, idx("ck_")).is_none());
        assert!(match_at(b"ck_5d1f0c9e", 0, idx("ck_")).is_none());
        let t = b"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";
        assert_eq!(match_at(t, 0, idx("xkeysib-")), Some(t.len()));
        assert!(match_at(b"xkeysib-1234", 0, idx("xkeysib-")).is_none());
        let body = "Q".repeat(3) + &"aB3dE5fG7h-J9kL1mN3p_".repeat(6);
        let t = format!("Atzr|{body}");
        assert_eq!(match_at(t.as_bytes(), 0, idx("Atzr|")), Some(t.len()));
        assert!(match_at(b"Atzr|short", 0, idx("Atzr|")).is_none());
    }

    #[test]
    fn oauth_formats() {
        let t = b"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";
        assert_eq!(match_at(t, 0, idx("GOCSPX-")), Some(t.len()));
        let t = b"1//0eXaMpLe4Rt9Qw2Zx7Cv5Bn3Mk8Lj6Hg1Fd0Sa-Pq_Wo";
        assert_eq!(match_at(t, 0, idx("1//0")), Some(t.len()));
        assert!(
            match_at(
                b"1//0000000000000000000000000000000000000000000",
                0,
                idx("1//0")
            )
            .is_none()
        );
        let t = b"def50200aa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
        assert_eq!(match_at(t, 0, idx("def50200")), Some(t.len()));
        assert!(match_at(b"def50200 is a header", 0, idx("def50200")).is_none());
    }

    #[test]
    fn an_adyen_api_key() {
        let k = "AQEqhmfxKo7NbhZLw0m/n3Q5qf3VaY9UCJ14XWZE03G/k2NFivpTjH7PrsZSRAmZ4WYH6RiwQV1bDb7kfNy1WIxIIkxgBw==-wRmpsWjFvIMoaKbbSq43wT/Hq2JSYvrIFcbOAlK4bR0=-h2G6BxJ9mRkP3c";
        assert_eq!(crate::found(&format!("ADYEN_KEY=\"{k}\"")), [k]);
        // The same start in a base64 blob without its joined parts.
        assert!(crate::found("cert: AQEqhmfxKo7NbhZLw0mn3Q5qf3VaY9UCJ14XWZE03Gk2NFivpTjH7PrsZSRAmZ4WYH6RiwQV1bDb7kfNy1WIxIIkxgBw== ok").is_empty());
    }

    #[test]
    fn an_fcm_server_key() {
        let body = "aB3dE5fG7h-J9kL1mN3p_".repeat(7);
        let key = format!("AAAAx1Fqrlk:APA91b{body}");
        let t = format!("curl -H \"Authorization: key={key}\" https://fcm.googleapis.com/fcm/send");
        assert_eq!(crate::found(&t), [key.as_str()]);
        // A device's registration token (no `AAAA` start) is no key.
        let t = format!("{{\"to\":\"EPCIjn6QIsA:APA91b{body}\"}}");
        assert!(crate::found(&t).is_empty(), "{:?}", crate::found(&t));
        // Nor is base64 that starts `AAAA` without the `:APA91b`.
        assert!(match_at(b"AAAAB3NzaC1yc2EAAAADAQABAAABAQC7xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz", 0, idx("AAAA")).is_none());
    }

    #[test]
    fn workspace_tool_formats() {
        let t = format!("patAb3Cd5Ef7Gh9Ij.{}", "0123456789abcdef".repeat(4));
        assert_eq!(match_at(t.as_bytes(), 0, idx("pat")), Some(t.len()));
        // A word starting `pat` is no token.
        assert!(match_at(b"pattern.matching", 0, idx("pat")).is_none());
        let t = b"ntn_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6Nm8Qa1Ws3";
        assert_eq!(match_at(t, 0, idx("ntn_")), Some(t.len()));
        let t = b"secret_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6Nm8Qa1W";
        assert_eq!(match_at(t, 0, idx("secret_")), Some(t.len()));
        // A key named with the prefix is still read as a key.
        assert_eq!(
            crate::found("secret_value: Xy7Qw2Er5Ty8Ui3Op\n"),
            ["Xy7Qw2Er5Ty8Ui3Op"]
        );
        // A name in snake case is no secret.
        assert!(
            match_at(
                b"secret_key_base_for_the_rails_app_in_production",
                0,
                idx("secret_")
            )
            .is_none()
        );
    }
}
