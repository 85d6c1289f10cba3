# -*- coding: utf-8 -*-
"""Invented values (secrets and look-alikes) for the fieldwork corpus.

Everything here is random; nothing is real.  Check digits are computed so
that positives validate and negatives deliberately fail.
"""
import base64
import json
import string
import uuid

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
B62 = UP + LO + DG
B64U = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def rs(r, n, a=B62):
    return "".join(r.choice(a) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(DG) for _ in range(n))


def ndigits(r, n):
    return r.choice("123456789") + digits(r, n - 1)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# --------------------------------------------------------------------------
# Luhn / cards

def luhn_ok(s):
    d = [int(x) for x in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


KNOWN_TEST_CARDS = [
    "4111111111111111", "4242424242424242", "4000056655665556",
    "5555555555554444", "5200828282828210", "5105105105105100",
    "378282246310005", "371449635398431", "6011111111111117",
    "6011000990139424", "4012888888881881", "2223003122003222",
    "4000002500003155", "4000000000003220", "4000000000000002",
    "5454545454545454", "4917610000000000003"[:16],
]
KNOWN_TEST_CARDS = [c for c in KNOWN_TEST_CARDS if luhn_ok(c)]

CARD_PREFIX = [
    ("visa", ["4539", "4716", "4929", "4485", "4024", "4532", "4556", "4917"], 16),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2223", "2500"], 16),
    ("amex", ["34", "37"], 15),
    ("discover", ["6011", "6445", "65"], 16),
]


def card(r, brand=None):
    """Luhn-valid invented card number (digits only)."""
    if brand is None and r.random() < 0.25:
        return r.choice(KNOWN_TEST_CARDS)
    opts = [p for p in CARD_PREFIX if brand is None or p[0] == brand]
    b, prefs, n = r.choice(opts) if brand is None else opts[0]
    if b == "visa" and r.random() < 0.05:
        n = 19
    p = r.choice(prefs)
    return luhn_complete(p + digits(r, n - 1 - len(p)))


def bad_card(r, brand=None):
    """Card-shaped number that fails Luhn."""
    c = card(r, brand)
    last = int(c[-1])
    return c[:-1] + str((last + r.randint(1, 9)) % 10)


def card_brand(num):
    if num.startswith(("34", "37")):
        return "amex"
    if num.startswith("4"):
        return "visa"
    if num.startswith(("5", "2")):
        return "mastercard"
    return "discover"


FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def fullwidth(s):
    return "".join(FW.get(ch, ch) for ch in s)


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def fmt_card(r, num, style=None):
    style = style or r.choice(["space", "space", "space", "compact", "dash", "dash",
                               "dot", "nbsp", "odd", "slash", "double", "fullwidth"])
    if style == "space":
        return group_card(num, " ")
    if style == "compact":
        return num
    if style == "dash":
        return group_card(num, "-")
    if style == "dot":
        return group_card(num, ".")
    if style == "nbsp":
        return group_card(num, r.choice(["\u00a0", "\u202f"]))
    if style == "slash":
        return group_card(num, " / ")
    if style == "double":
        return group_card(num, "  ")
    if style == "odd":
        cut = r.choice([[6, 6], [3, 5, 4], [2, 7, 3], [8]])
        out, i = [], 0
        for k in cut:
            out.append(num[i:i + k])
            i += k
        out.append(num[i:])
        return r.choice([" ", "-", " "]).join(out)
    if style == "fullwidth":
        return fullwidth(group_card(num, r.choice([" ", "\u3000", ""])))
    raise ValueError(style)


def cvv(r, num=None):
    if num and card_brand(num) == "amex":
        return digits(r, 4)
    return digits(r, 3)


def expiry(r):
    return "%02d/%02d" % (r.randint(1, 12), r.randint(25, 31))


# --------------------------------------------------------------------------
# IBAN and national numbers

def _num36(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check(cc, bban):
    return "%02d" % (98 - _num36(bban + cc + "00") % 97)


def iban_valid(s):
    s = s.upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    try:
        return _num36(s[4:] + s[:4]) % 97 == 1
    except ValueError:
        return False


ODD = {}
_odd_vals = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
for i, ch in enumerate(UP):
    ODD[ch] = _odd_vals[i]
for i, ch in enumerate(DG):
    ODD[ch] = _odd_vals[i]
EVEN = {ch: i for i, ch in enumerate(UP)}
EVEN.update({ch: i for i, ch in enumerate(DG)})


def it_control_char(s):
    """CIN / codice fiscale control letter (odd/even tables, 1-based odd)."""
    tot = 0
    for i, ch in enumerate(s.upper()):
        tot += ODD[ch] if i % 2 == 0 else EVEN[ch]
    return UP[tot % 26]


def abi(r):
    return "0" + r.choice("1235678") + digits(r, 3)


def cab(r):
    return r.choice("0123456789") + digits(r, 4)


def it_conto(r):
    style = r.random()
    if style < 0.4:
        return "0000" + ndigits(r, 8)
    if style < 0.6:
        return "1000000" + digits(r, 5)
    if style < 0.75:
        return "CC0" + digits(r, 9)
    return digits(r, 12)


def it_bban(r):
    a, c, k = abi(r), cab(r), it_conto(r)
    cin = it_control_char(a + c + k)
    return {"cin": cin, "abi": a, "cab": c, "conto": k, "bban": cin + a + c + k}


def fr_rib(r):
    banque = r.choice(["3", "1", "2"]) + digits(r, 4)
    guichet = digits(r, 5)
    compte = digits(r, 11)
    cle = 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return {"banque": banque, "guichet": guichet, "compte": compte, "cle": "%02d" % cle,
            "bban": banque + guichet + compte + "%02d" % cle}


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(s10):
    t = sum(int(d) * w for d, w in zip(s10, _ES_W))
    d = 11 - t % 11
    return {11: 0, 10: 1}.get(d, d)


def es_ccc(r):
    ent = r.choice(["2100", "0049", "0182", "2085", "0081", "1465", "0128", "3058"])
    if r.random() < 0.5:
        ent = digits(r, 4)
    ofi = digits(r, 4)
    cta = digits(r, 10)
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cta))
    return {"entidad": ent, "oficina": ofi, "dc": dc, "cuenta": cta, "bban": ent + ofi + dc + cta}


def de_acc(r):
    blz = r.choice("12345678") + digits(r, 7)
    kto = digits(r, 10) if r.random() < 0.5 else "00" + ndigits(r, 8)
    return {"blz": blz, "konto": kto, "bban": blz + kto}


UK_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "SRLG", "CPBK", "TSBS"]


def uk_acc(r):
    sc = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
    return {"bank": r.choice(UK_BANKS), "sort": sc, "sort_fmt": sc[:2] + "-" + sc[2:4] + "-" + sc[4:],
            "account": ndigits(r, 8), "bban": None}


def nl_acc(r):
    while True:
        d = digits(r, 9)
        t = sum(int(x) * w for x, w in zip(d, range(10, 1, -1)))
        last = (-t) % 11
        if last < 10:
            return d + str(last)


def be_acc(r):
    n = digits(r, 10)
    c = int(n) % 97 or 97
    return n + "%02d" % c


def pt_bban(r):
    n = digits(r, 19)
    c = 98 - (int(n) * 100) % 97
    return n + "%02d" % c


def make_iban(r, cc=None):
    cc = cc or r.choices(["IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "CH", "IE", "PT"],
                         [45, 12, 10, 10, 8, 5, 4, 2, 2, 1, 1])[0]
    if cc == "IT":
        bban = it_bban(r)["bban"]
    elif cc == "DE":
        bban = de_acc(r)["bban"]
    elif cc == "FR":
        bban = fr_rib(r)["bban"]
    elif cc == "ES":
        bban = es_ccc(r)["bban"]
    elif cc == "GB":
        u = uk_acc(r)
        bban = u["bank"] + u["sort"] + u["account"]
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 6) + ndigits(r, 8)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + nl_acc(r)
    elif cc == "BE":
        bban = be_acc(r)
    elif cc == "AT":
        bban = r.choice("12345") + digits(r, 4) + digits(r, 11)
    elif cc == "CH":
        bban = "00" + digits(r, 3) + "0" + digits(r, 11)
    elif cc == "PT":
        bban = pt_bban(r)
    else:
        raise ValueError(cc)
    return cc + iban_check(cc, bban) + bban


def iban_from_bban(cc, bban):
    return cc + iban_check(cc, bban) + bban


def bad_iban(r, cc=None):
    ib = make_iban(r, cc)
    ck = int(ib[2:4])
    while True:
        nk = (ck + r.randint(1, 40)) % 97
        if nk < 2:
            continue
        cand = ib[:2] + "%02d" % nk + ib[4:]
        if not iban_valid(cand):
            return cand


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(r, ib, style=None):
    style = style or r.choice(["paper", "paper", "paper", "compact", "compact", "lower",
                               "dash", "nbsp", "itsplit", "spaced2", "dot"])
    if style == "itsplit" and not ib.startswith("IT"):
        style = "paper"
    if style == "paper":
        return group4(ib)
    if style == "compact":
        return ib
    if style == "lower":
        return r.choice([group4(ib.lower()), ib.lower()])
    if style == "dash":
        return group4(ib, "-")
    if style == "nbsp":
        return group4(ib, "\u00a0")
    if style == "dot":
        return group4(ib, ".")
    if style == "itsplit":
        return " ".join([ib[:2], ib[2:4], ib[4], ib[5:10], ib[10:15], ib[15:]])
    if style == "spaced2":
        return ib[:4] + "  " + group4(ib[4:], "  ")
    raise ValueError(style)


def wrap_at(s, r, seps=(" ",), nl="\n"):
    """Replace one separator near the middle by a line break."""
    idx = [i for i, ch in enumerate(s) if ch in seps]
    if not idx:
        k = len(s) // 2 + r.randint(-3, 3)
        return s[:k] + nl + s[k:]
    mid = len(s) / 2
    i = min(idx, key=lambda j: abs(j - mid) + r.random())
    return s[:i] + nl + s[i + 1:]


def hardwrap(s, r, width=None):
    """Break a long value with no spaces at an arbitrary point."""
    k = width or r.randint(len(s) // 3, 2 * len(s) // 3)
    return s[:k] + "\n" + s[k:]


# --------------------------------------------------------------------------
# tokens and keys

ISSUERS = ["https://auth.acmepay.example", "https://id.borealis-pagamenti.test",
           "https://login.fenice-commerce.example", "https://sso.larix.test",
           "https://accounts.orsaminore.example", "https://oauth.sportello-demo.test"]
SCOPES = ["payments:read payments:write", "openid profile email", "refunds:write",
          "accounts.read", "merchant.admin", "webhooks:manage payouts:read", "read write"]


def jwt(r, typ="access"):
    alg = r.choice(["RS256", "RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.6:
        hdr["kid"] = rs(r, r.choice([8, 16, 27]), B64U)
    now = 1700000000 + r.randint(0, 60000000)
    pl = {"iss": r.choice(ISSUERS), "sub": r.choice([ruuid(r), "usr_" + rs(r, 14), str(r.randint(10000, 999999))]),
          "iat": now}
    if typ == "access":
        pl["exp"] = now + r.choice([300, 900, 3600, 7200])
        pl["scope"] = r.choice(SCOPES)
        if r.random() < 0.5:
            pl["client_id"] = r.choice(CLIENT_IDS)
    else:
        pl["exp"] = now + r.choice([86400 * 30, 86400 * 90])
        pl["typ"] = "Refresh"
        pl["jti"] = ruuid(r)
    siglen = {"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43}[alg]
    hj = json.dumps(hdr, separators=(",", ":")).encode()
    pj = json.dumps(pl, separators=(",", ":")).encode()
    return b64u(hj) + "." + b64u(pj) + "." + rs(r, siglen, B64U)


PROVIDER_PREFIX = ["acp_live_", "acp_test_", "brl_at_", "fnx_", "lrx_key_", "om_tok_", "spk_"]


def access_token(r, allow_jwt=True):
    k = r.random()
    if allow_jwt and k < 0.3:
        return jwt(r)
    if k < 0.5:
        return r.choice(PROVIDER_PREFIX) + rs(r, r.choice([24, 32, 40]))
    if k < 0.65:
        return rs(r, r.choice([40, 43, 64]), B64U)
    if k < 0.75:
        return "at_" + rs(r, 36, B64U)
    if k < 0.85:
        return rs(r, 40, HEX)
    return rs(r, 8, B62) + "." + rs(r, 32, B64U)


def session_cookie(r):
    k = r.random()
    if k < 0.3:
        return ("connect.sid", "s%3A" + rs(r, 32, B64U) + "." + rs(r, 43, B62).replace("A", "%2F", 1))
    if k < 0.5:
        return ("PHPSESSID", rs(r, 26, LO + DG))
    if k < 0.7:
        return ("JSESSIONID", rs(r, 32, HEXU))
    if k < 0.85:
        return ("session", rs(r, 48, B64U))
    return ("__Host-sp_session", b64u(rbytes(r, 30)) + "." + rs(r, 27, B64U))


def client_secret(r):
    k = r.random()
    if k < 0.3:
        return rs(r, r.choice([32, 40, 48]))
    if k < 0.45:
        return "cs_" + r.choice(["live_", "test_", ""]) + rs(r, 32)
    if k < 0.6:
        return rs(r, 64, B64U)
    if k < 0.72:
        return rs(r, 3) + r.choice(DG) + "Q~" + rs(r, 34, B62 + "~._-").rstrip(".-~") + rs(r, 2)
    if k < 0.85:
        return rs(r, 64, HEX)
    return rs(r, 24, B62 + "-_") + rs(r, 2)


def basic_pair(r):
    user = r.choice(CLIENT_IDS + ["merchant_" + digits(r, 5), "api-user", "svc-" + rs(r, 6, LO)])
    pw = r.choice([rs(r, 24), rs(r, 32, B64U).strip("-_") + "x", password(r, urlsafe=True)])
    return user, pw, b64((user + ":" + pw).encode())


def refresh_token(r):
    k = r.random()
    if k < 0.2:
        return jwt(r, "refresh")
    if k < 0.4:
        return "rt_" + rs(r, 48)
    if k < 0.55:
        return "1//0" + r.choice("34569") + rs(r, 96, B64U)
    if k < 0.7:
        return "def50200" + rs(r, 184, HEX)
    if k < 0.85:
        return rs(r, 64, B64U)
    return ruuid(r).replace("-", "") + rs(r, 32, HEX)


def vendor_key(r, which=None):
    """Returns (vendor, [(label, value), ...])."""
    which = which or r.choice(["aws", "stripe", "stripe", "github", "slack", "google", "sendgrid",
                               "twilio", "mailgun", "openai", "shopify", "gitlab", "stripe_wh"])
    if which == "aws":
        return "AWS", [("aws_access_key_id", "AKIA" + rs(r, 16, UP + "234567")),
                       ("aws_secret_access_key", rs(r, 40, B62 + "+/"))]
    if which == "stripe":
        return "Stripe", [("STRIPE_SECRET_KEY", r.choice(["sk_live_", "sk_test_", "rk_live_"]) + rs(r, r.choice([24, 99])))]
    if which == "stripe_wh":
        return "Stripe", [("STRIPE_WEBHOOK_SECRET", "whsec_" + rs(r, 32))]
    if which == "github":
        return "GitHub", [("GITHUB_TOKEN", r.choice(["ghp_" + rs(r, 36), "gho_" + rs(r, 36),
                                                      "github_pat_11" + rs(r, 20, UP + DG) + "_" + rs(r, 59)]))]
    if which == "slack":
        return "Slack", [("SLACK_BOT_TOKEN", r.choice(["xoxb-", "xoxp-"]) + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, 24))]
    if which == "google":
        return "Google", [("GOOGLE_API_KEY", "AIza" + rs(r, 35, B64U))]
    if which == "sendgrid":
        return "SendGrid", [("SENDGRID_API_KEY", "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U))]
    if which == "twilio":
        return "Twilio", [("TWILIO_API_KEY", "SK" + rs(r, 32, HEX)), ("TWILIO_API_SECRET", rs(r, 32))]
    if which == "mailgun":
        return "Mailgun", [("MAILGUN_API_KEY", "key-" + rs(r, 32, HEX))]
    if which == "openai":
        return "OpenAI", [("OPENAI_API_KEY", "sk-proj-" + rs(r, 48, B64U))]
    if which == "shopify":
        return "Shopify", [("SHOPIFY_ACCESS_TOKEN", "shpat_" + rs(r, 32, HEX))]
    if which == "gitlab":
        return "GitLab", [("GITLAB_TOKEN", "glpat-" + rs(r, 20, B64U))]
    raise ValueError(which)


PEM_START = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
    "ENCRYPTED PRIVATE KEY": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI",
}


def pem(r, typ=None, sep="\n", lines=None):
    typ = typ or r.choices(list(PEM_START), [4, 4, 3, 3, 1])[0]
    width = 70 if typ == "OPENSSH PRIVATE KEY" else 64
    n = lines or {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}.get(typ, r.randint(9, 16))
    body = PEM_START[typ] + rs(r, width * n - len(PEM_START[typ]) - r.randint(0, 30), B64)
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    if typ == "EC PRIVATE KEY":
        rows[-1] = rows[-1][:-2] + "=="
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (typ, sep, sep.join(rows), sep, typ)


def public_pem(r, typ=None):
    typ = typ or r.choice(["PUBLIC KEY", "CERTIFICATE"])
    start = {"PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
             "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIE"}[typ]
    n = 7 if typ == "PUBLIC KEY" else 12
    body = start + rs(r, 64 * n - len(start) - 8, B64) + "IDAQAB"
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, "\n".join(rows), typ)


def ssh_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, 43, B64) + " " + r.choice(["deploy@ci", "giulia@laptop", "tom@mbp"])


# --------------------------------------------------------------------------
# passwords, pins

IT_WORDS = ["girasole", "tramonto", "pantera", "lampone", "mirtillo", "cipresso", "gabbiano",
            "fenicottero", "ornitorinco", "zucchero", "vulcano", "trottola", "cammello", "farfalla",
            "scoiattolo", "biscotto", "pistacchio", "castagna", "maestrale", "libeccio", "tempesta",
            "arancia", "cannolo", "lucertola", "pomodoro", "balena", "carciofo", "gelsomino",
            "tartaruga", "pinguino", "vesuvio", "dolomiti", "ciliegia", "melograno", "lanterna"]
EN_WORDS = ["falcon", "pumpkin", "harbour", "granite", "marmalade", "thunder", "velvet", "walnut",
            "juniper", "lantern", "copper", "meadow", "saffron", "quokka", "biscuit", "glacier",
            "pelican", "orchard", "tangerine", "hedgehog", "compass", "cobalt", "marble", "puffin"]
XX_WORDS = ["Schnecke", "Brezel", "Papillon", "Citron", "Mariposa", "Girasol", "Fuchs", "Soleil"]
NAMES = ["marco", "giulia", "luca", "chiara", "davide", "sara", "paolo", "elena", "tom", "priya",
         "owen", "megan", "samir", "laura", "dan", "ines", "jonas"]
SYM = "!@#$%&*?_-+=~^"
LEET = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$", "t": "7"}


def _leet(r, w):
    out = []
    for ch in w:
        if ch in LEET and r.random() < 0.5:
            out.append(LEET[ch])
        else:
            out.append(ch)
    return "".join(out)


def password(r, urlsafe=False, lang=None):
    words = IT_WORDS if lang == "it" else EN_WORDS if lang == "en" else IT_WORDS + EN_WORDS
    sym = "!*-_~" if urlsafe else SYM
    k = r.random()
    w = r.choice(words + XX_WORDS)
    if k < 0.18:
        pw = w.capitalize() + str(r.randint(1970, 2025)) + r.choice(sym)
    elif k < 0.32:
        pw = _leet(r, w.capitalize()) + r.choice(sym) + digits(r, r.randint(0, 2))
    elif k < 0.44:
        pw = w + r.choice(".-_") + r.choice(words) + digits(r, 2)
    elif k < 0.6:
        pw = rs(r, r.randint(12, 20), B62 + sym)
    elif k < 0.7:
        pw = r.choice(NAMES).capitalize() + r.choice(["", ".", "_"]) + "%02d%02d" % (r.randint(1, 28), r.randint(1, 12)) + r.choice(["", "!", "#"])
    elif k < 0.8:
        pw = r.choice(["Qwe", "Asd", "Zxc"]) + r.choice(sym) + r.choice(["rty", "fgh", "vbn"]) + digits(r, 2)
    elif k < 0.9:
        pw = rs(r, 4, UP) + digits(r, 4) + r.choice(sym) + rs(r, 3, LO)
    else:
        pw = w.upper() + "_" + r.choice(words) + str(r.randint(10, 99))
    pw = pw.strip(".-,")
    if urlsafe:
        pw = "".join(ch for ch in pw if ch.isalnum() or ch in "!*-_~") or rs(r, 12)
    if not pw[-1].isalnum() and pw[-1] not in "!#*?$%&@":
        pw += digits(r, 1)
    if not pw[0].isalnum():
        pw = r.choice(UP) + pw
    return pw


def passphrase(r, lang=None):
    words = IT_WORDS if lang == "it" else EN_WORDS if lang == "en" else IT_WORDS + EN_WORDS
    sep = r.choice(["-", " ", ".", "_", ""])
    ws = r.sample(words, r.randint(3, 5))
    if sep == "":
        ws = [w.capitalize() for w in ws]
    return sep.join(ws) + (str(r.randint(1, 99)) if r.random() < 0.4 else "")


def any_password(r, lang=None, urlsafe=False):
    if not urlsafe and r.random() < 0.15:
        return passphrase(r, lang)
    return password(r, urlsafe=urlsafe, lang=lang)


def pin(r, n=None):
    n = n or r.choice([4, 4, 5, 6, 6, 6, 8])
    return digits(r, n)


IT_DIG = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken(r, ds, lang, group=None, sep=" "):
    words = IT_DIG if lang == "it" else EN_DIG
    ws = [words[int(d)] for d in ds]
    if lang == "en" and r.random() < 0.3:
        ws = ["oh" if w == "zero" else w for w in ws]
    if group:
        out = []
        for i in range(0, len(ws), group):
            out.append(" ".join(ws[i:i + group]))
        return (sep).join(out)
    return sep.join(ws)


def spaced_digits(r, ds):
    k = r.random()
    if k < 0.3:
        return " ".join(ds)
    if k < 0.5:
        return "-".join(ds)
    if k < 0.7 and len(ds) == 6:
        return ds[:3] + r.choice([" ", "-", "\u00a0", "."]) + ds[3:]
    if k < 0.85:
        return fullwidth(ds)
    return ".".join(ds)


# --------------------------------------------------------------------------
# look-alike ids (never secrets)

CLIENT_IDS = ["acme-pay-prod", "acme-pay-sandbox", "borealis-web", "fenice-mobile-ios",
              "larix-backoffice", "orsa-checkout", "sportello-cli", "tessiture-erp",
              "caffe-lucano-shop", "nordwind-pos"]
HOSTS = ["api.acmepay.example", "sandbox.borealis-pagamenti.test", "api.fenice-commerce.example",
         "gw.larix.test", "payments.orsaminore.example", "api.sportello-demo.test"]
AUTH_HOSTS = ["auth.acmepay.example", "id.borealis-pagamenti.test", "login.fenice-commerce.example",
              "sso.larix.test"]
MERCHANTS = ["Orsa Minore SRL", "Tessiture Rinaldi", "Caffè Lucano", "Nordwind GmbH", "Maison Pivert",
             "Ferramenta Bellandi", "Larix Logistics", "Fenice Commerce", "Pasticceria Galli",
             "Studio Moretti & Associati", "Harbour Lane Ltd", "Quokka Outdoor"]
IT_PEOPLE = ["Giulia Ferri", "Marco Bellandi", "Chiara Esposito", "Luca Moretti", "Francesca Galli",
             "Davide Russo", "Sara Colombo", "Paolo Rinaldi", "Elena Fontana", "Andrea Marchetti",
             "Valentina Greco", "Stefano De Luca", "Martina Conti", "Roberto Sala"]
EN_PEOPLE = ["Tom Hadley", "Priya Nair", "Owen Clarke", "Megan Price", "Samir Haddad", "Laura Jenkins",
             "Dan Whitfield", "Ines Kowalski", "Jonas Weber", "Claire Dubois", "Rosa Jiménez"]
AGENTS = ["Irene (Sportello)", "Matteo – Supporto Sportello", "Kate @ Sportello", "Alessio, Sportello L2",
          "Nadia B. | Sportello Support"]


def person(r, lang):
    return r.choice(IT_PEOPLE if lang == "it" else EN_PEOPLE)


def email_of(name, r):
    dom = r.choice(["example.com", "example.it", "orsaminore.example", "larix.test", "mail.example",
                    "fenice-commerce.example"])
    n = name.lower().replace(" ", ".").replace("'", "").replace("é", "e").replace("í", "i")
    return n + "@" + dom


def trace_id(r):
    return rs(r, 32, HEX)


def span_id(r):
    return rs(r, 16, HEX)


def traceparent(r):
    return "00-%s-%s-01" % (trace_id(r), span_id(r))


def req_id(r):
    return r.choice([ruuid(r), "req_" + rs(r, 14), "rq-" + rs(r, 10, LO + DG), rs(r, 26, UP + DG)])


def pay_id(r):
    return r.choice(["pay_" + rs(r, 24), "pi_" + rs(r, 24), "PAY-" + rs(r, 17, UP + DG),
                     "txn_" + rs(r, 20, LO + DG), "tr_" + rs(r, 10)])


def task_id(r):
    return r.choice(["task_" + rs(r, 12, LO + DG), "job-" + ruuid(r)[:8], "TSK-" + str(r.randint(1000, 99999))])


def idem_key(r):
    return r.choice([ruuid(r), "idem-" + digits(r, 13), "ord-%d-retry-%d" % (r.randint(10000, 99999), r.randint(1, 4))])


def sha1(r):
    return rs(r, 40, HEX)


def short_sha(r):
    return rs(r, r.choice([7, 8, 12]), HEX)


def sha256(r):
    return rs(r, 64, HEX)


def b64_json(r):
    obj = r.choice([
        {"page": r.randint(2, 40), "limit": r.choice([20, 50, 100])},
        {"cursor": r.randint(100000, 999999), "dir": "next"},
        {"locale": "it-IT", "theme": "dark"},
        {"env": "sandbox", "region": "eu-south-1"},
        {"after": "2024-0%d-1%dT00:00:00Z" % (r.randint(1, 9), r.randint(0, 9))},
        {"v": 2, "source": "checkout", "ab": "B"},
    ])
    s = b64(json.dumps(obj, separators=(",", ":")).encode())
    return s if r.random() < 0.5 else s.rstrip("=")


def non_luhn_digits(r, n):
    while True:
        d = ndigits(r, n)
        if not luhn_ok(d):
            return d


def order_no(r):
    return r.choice(["ORD-" + str(r.randint(100000, 999999)), "#" + str(r.randint(10000, 99999)),
                     "A" + digits(r, 9), "2024-%06d" % r.randint(1, 999999), non_luhn_digits(r, 13)])


def invoice_no(r):
    return r.choice(["FT-2024/%05d" % r.randint(1, 9999), "INV-%d" % r.randint(10000, 99999),
                     "%d/PA" % r.randint(1, 999), "FATT-%04d-%02d" % (r.randint(1, 9999), r.randint(1, 12))])


def case_no(r):
    return r.choice(["CS-%06d" % r.randint(1, 999999), "SPT-%d" % r.randint(1000, 99999),
                     "Ticket #%d" % r.randint(10000, 999999), "INC%07d" % r.randint(1, 9999999)])


def phone(r, lang):
    if lang == "it":
        return r.choice(["+39 3%d%d %s %s" % (r.randint(2, 9), r.randint(0, 9), digits(r, 3), digits(r, 4)),
                         "3%d%d%s" % (r.randint(2, 9), r.randint(0, 9), digits(r, 7)),
                         "0%d %s%s" % (r.randint(2, 9), digits(r, 4), digits(r, 3))])
    return r.choice(["+44 7%s %s" % (digits(r, 3), digits(r, 6)), "+1 (415) 555-%s" % digits(r, 4),
                     "+49 151 %s %s" % (digits(r, 4), digits(r, 4)), "020 7946 %s" % digits(r, 4)])


def piva(r):
    base = ndigits(r, 7) + "%03d" % r.randint(1, 100)
    return luhn_complete(base)


MONTHS_CF = "ABCDEHLMPRST"
BELFIORE = ["H501", "F205", "L219", "A944", "D612", "F839", "G273", "L736", "C351", "B157"]


def codice_fiscale(r):
    s = rs(r, 6, "BCDFGLMNPRSTVZ" + "AEIOU")
    s = s[:6].upper()
    s += "%02d" % r.randint(50, 99) + r.choice(MONTHS_CF) + "%02d" % (r.randint(1, 28) + r.choice([0, 40]))
    s += r.choice(BELFIORE)
    return s + it_control_char(s)


def date(r, lang):
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2023, 2024, 2025])
    if lang == "it":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                         "%d %s %d" % (d, ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                           "agosto", "settembre", "ottobre", "novembre", "dicembre"][m - 1], y)])
    return r.choice(["%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                       "Nov", "Dec"][m - 1], y)])


def amount(r, lang):
    v = r.randint(100, 2500000) / 100
    if lang == "it":
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return r.choice(["€ " + s, s + " €", "EUR " + s])
    return r.choice(["€%.2f" % v, "£%.2f" % v, "EUR %.2f" % v, "$%s" % "{:,.2f}".format(v)])


def tracking(r):
    return r.choice(["1Z" + rs(r, 6, UP + DG) + digits(r, 10), "JD0146" + digits(r, 12),
                     "RR" + digits(r, 9) + "IT", "BRT " + digits(r, 14)[:-1] + "0"])


BICS = ["BPPIITRRXXX", "UNCRITMMXXX", "BCITITMM", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX",
        "NWBKGB2L", "INGBNL2A", "GEBABEBB", "BSCHITMM", "DEUTDEFF500", "CRPPIT2P123"]


def bic(r):
    return r.choice(BICS)


def masked_card(r):
    last4 = digits(r, 4)
    return r.choice(["**** **** **** " + last4, "•••• " + last4, "XXXX-XXXX-XXXX-" + last4,
                     "************" + last4, r.choice(["4539", "5425", "4716"]) + digits(r, 2) + "******" + last4,
                     "ending in " + last4, "…" + last4])


def masked_iban(r):
    ib = make_iban(r)
    return r.choice([ib[:4] + " **** **** **** " + ib[-4:], ib[:2] + "** " + "*" * 8 + ib[-3:],
                     group4(ib[:8]) + " XXXX XXXX " + ib[-4:], ib[:4] + "•" * 12 + ib[-4:]])


def masked_token(r):
    return r.choice(["sk_live_****" + rs(r, 4), "********", "[REDACTED]", "<redacted>", "***",
                     "eyJhbGciOi…(troncato)", rs(r, 4) + "…" + rs(r, 4), "REDACTED", "••••••••••",
                     "[FILTERED]", "xxxxxxxxxxxxxxxx", "<hidden>"])


PLACEHOLDERS = ["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx",
                "<il-tuo-token>", "YOUR_API_KEY", "changeme", "<CLIENT_SECRET>", "{{client_secret}}",
                "$ACCESS_TOKEN", "${env:API_TOKEN}", "%CLIENT_SECRET%", "<inserire qui la password>",
                "INSERISCI_SECRET", "<REFRESH_TOKEN>", "your_password_here", "****", "{{ .Values.secret }}",
                "sk_test_XXXXXXXXXXXXXXXX", "<PIN>", "__SECRET__"]


def placeholder(r):
    return r.choice(PLACEHOLDERS)


def version(r):
    return r.choice(["%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40)),
                     "v%d.%d" % (r.randint(1, 5), r.randint(0, 20)),
                     "%d.%d.%d-rc.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5)),
                     "build %d" % r.randint(1000, 99999)])


def port(r):
    return str(r.choice([443, 8443, 8080, 5432, 3306, 6379, 9092, 27017, 5672, 15672, 9200]))


def hexcolor(r):
    return "#" + rs(r, r.choice([3, 6]), HEXU if r.random() < 0.5 else HEX)


def pod_name(r):
    return r.choice(["api", "checkout", "payouts-worker", "webhook-relay", "auth-gateway", "ledger"]) + \
        "-" + rs(r, r.choice([9, 10]), LO + DG) + "-" + rs(r, 5, LO + DG)


def k8s_name(r):
    return r.choice(["payments-api-credentials", "oauth-client", "db-conn", "stripe-keys", "tls-acme-pay",
                     "sportello-env", "redis-auth"]) + r.choice(["", "-v2", "-prod", "-eu"])


def ip(r):
    return r.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]).replace("%d", "{}").format(
        *[r.randint(1, 254) for _ in range(3)])


def merchant_id(r):
    return r.choice(["MID-" + digits(r, 9), "acct_" + rs(r, 16), "merchant_" + digits(r, 6), "M" + digits(r, 8)])


def iso_ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                     r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def hhmm(r):
    return "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59))
