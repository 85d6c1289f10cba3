"""Value generators for holdout6: secrets and harmless look-alikes.

Standard library only. Every function takes an explicit random.Random so the
whole corpus is deterministic for a given seed.
"""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rdigits(r, n, first_nonzero=False):
    s = rs(r, string.digits, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


IBAN_SPECS = {
    # country: (length, bban builder)
    "IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18,
    "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22, "LU": 20, "PL": 28,
    "GR": 27, "FI": 18, "DK": 18, "HR": 21, "SI": 19, "MT": 31,
}


def iban_numeric(s):
    out = []
    for ch in s.upper():
        if ch.isdigit():
            out.append(ch)
        elif ch.isalpha():
            out.append(str(ord(ch) - 55))
    return "".join(out)


def iban_ok(value):
    s = "".join(ch for ch in value if ch.isalnum()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    cc = s[:2]
    if cc in IBAN_SPECS and IBAN_SPECS[cc] != len(s):
        return False
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


def iban_check_digits(cc, bban):
    rem = int(iban_numeric(bban + cc + "00")) % 97
    return "%02d" % (98 - rem)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23]


def _idx(ch):
    return int(ch) if ch.isdigit() else ord(ch.upper()) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        tot += _CIN_ODD[_idx(ch)] if i % 2 == 0 else _idx(ch)
    return chr(65 + tot % 26)


def cf_check(first15):
    tot = 0
    for i, ch in enumerate(first15):
        tot += _CIN_ODD[_idx(ch)] if i % 2 == 0 else _idx(ch)
    return chr(65 + tot % 26)


def piva_check(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def aba_ok(rt):
    d = [int(c) for c in rt]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(v, v)


def rib_key(bank, guichet, compte):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97))


# ---------------------------------------------------------------- cards
CARD_BRANDS = [
    ("Visa", ["4"], [16, 16, 16, 13, 19]),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2520", "2702"], [16]),
    ("Amex", ["34", "37"], [15]),
    ("Discover", ["6011", "644", "65"], [16]),
    ("Diners", ["36", "300", "305"], [14]),
    ("JCB", ["3528", "3540", "3566", "3589"], [16]),
    ("Maestro", ["6759", "5018", "5020", "6761"], [16, 19]),
    ("UnionPay", ["62"], [16, 19]),
]
FAMOUS = {"4242424242424242", "4111111111111111", "5555555555554444",
          "378282246310005", "4000056655665556", "5105105105105100",
          "4012888888881881", "371449635398431", "6011111111111117"}


def card(r, brand=None):
    while True:
        b = brand and [x for x in CARD_BRANDS if x[0] == brand][0] or r.choice(CARD_BRANDS)
        pre = r.choice(b[1])
        n = r.choice(b[2])
        num = luhn_complete(pre + rdigits(r, n - len(pre) - 1))
        if num not in FAMOUS and len(set(num)) > 4:
            return b[0], num


def fmt_card(r, num, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", " ", "", "", "-", "\u00a0", ".", "  "])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)


def not_luhn_digits(r, n, first_nonzero=True):
    """A digit string of length n that is NOT Luhn-valid."""
    while True:
        s = rdigits(r, n, first_nonzero)
        if not luhn_ok(s):
            return s


# ---------------------------------------------------------------- IBAN / accounts
IT_ABI = ["03069", "02008", "05034", "03111", "01030", "05696", "03062", "05387",
          "08327", "03015", "06230", "05428", "03440", "01005", "36772"]


def bban(r, cc):
    if cc in ("IT", "SM"):
        abi = r.choice(IT_ABI) if cc == "IT" else "0" + rdigits(r, 4)
        cab = rdigits(r, 5, True)
        conto = r.choice(["0000", "1000", "0100"]) + rdigits(r, 8)
        return it_cin(abi, cab, conto) + abi + cab + conto
    if cc == "DE":
        return rdigits(r, 8, True) + rdigits(r, 10)
    if cc == "FR":
        b, g, c = rdigits(r, 5, True), rdigits(r, 5), rdigits(r, 11)
        return b + g + c + rib_key(b, g, c)
    if cc == "ES":
        bank, br, acct = rdigits(r, 4, True), rdigits(r, 4), rdigits(r, 10)
        return bank + br + str(es_dc("00" + bank + br)) + str(es_dc(acct)) + acct
    if cc in ("GB", "IE"):
        bic4 = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "MONZ", "REVO", "SRLG"])
        return bic4 + rdigits(r, 6) + rdigits(r, 8)
    if cc == "NL":
        return r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ"]) + rdigits(r, 10)
    if cc == "BE":
        return rdigits(r, 12)
    if cc == "AT":
        return rdigits(r, 16, True)
    if cc == "CH":
        return rdigits(r, 5) + rdigits(r, 12)
    if cc == "PT":
        return rdigits(r, 21)
    if cc == "LU":
        return rdigits(r, 3) + rs(r, UPPER_ALNUM, 13)
    if cc == "PL":
        return rdigits(r, 24)
    if cc == "GR":
        return rdigits(r, 7) + rdigits(r, 16)
    if cc in ("FI", "DK"):
        return rdigits(r, 14)
    if cc == "HR":
        return rdigits(r, 17)
    if cc == "SI":
        return rdigits(r, 15)
    if cc == "MT":
        return rs(r, string.ascii_uppercase, 4) + rdigits(r, 5) + rdigits(r, 18)
    raise KeyError(cc)


def iban(r, cc=None):
    if cc is None:
        cc = r.choice(["IT"] * 8 + ["DE", "DE", "FR", "FR", "ES", "GB", "NL", "BE",
                                    "AT", "CH", "PT", "IE", "LU", "PL", "GR", "SM",
                                    "FI", "HR", "MT"])
    b = bban(r, cc)
    v = cc + iban_check_digits(cc, b) + b
    assert iban_ok(v)
    return v


def fmt_iban(r, v, mode=None):
    if mode is None:
        mode = r.choice(["plain", "plain", "group", "group", "group", "nbsp", "dash", "lower"])
    if mode == "plain":
        return v
    if mode == "lower":
        return v.lower() if r.random() < 0.4 else v
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    sep = {"group": " ", "nbsp": "\u00a0", "dash": "-"}[mode]
    return sep.join(g)


def bank_account(r, lang):
    """Return (country, rendered context with {v}, value).

    The value is the national account number (or the whole national string
    where it is conventionally written as a single code)."""
    kind = r.choice(["IT", "IT", "IT", "GB", "GB", "US", "US", "FR", "DE", "DE", "ES", "CH"])
    if kind == "IT":
        abi = r.choice(IT_ABI)
        cab = rdigits(r, 5, True)
        variant = r.randrange(5)
        if variant == 0:
            conto = r.choice(["0000", "1000"]) + rdigits(r, 8)
            ctx = r.choice([
                "ABI {abi} CAB {cab} c/c {v}", "ABI {abi} - CAB {cab} - conto n. {v}",
                "conto corrente {v} (ABI {abi}, CAB {cab})", "c/c n° {v} ABI {abi} CAB {cab}",
            ])
        elif variant == 1:
            conto = rdigits(r, 4, True) + "/" + rdigits(r, 8)
            ctx = r.choice(["conto {v} presso filiale CAB {cab} (ABI {abi})",
                            "ABI {abi} CAB {cab} numero conto {v}"])
        elif variant == 2:
            conto = rdigits(r, 6, True) + r.choice(["X", "", "K"]) + rdigits(r, 2)
            ctx = r.choice(["c/c {v} - ABI {abi} CAB {cab}", "numero di conto: {v} / ABI {abi} / CAB {cab}"])
        elif variant == 3:
            c12 = r.choice(["0000", "1000"]) + rdigits(r, 8)
            conto = it_cin(abi, cab, c12) + " " + abi + " " + cab + " " + c12
            ctx = r.choice(["BBAN {v}", "coordinate BBAN: {v}", "CIN ABI CAB conto: {v}"])
        else:
            conto = rdigits(r, 12)
            ctx = r.choice(["conto n. {v} (ABI {abi} / CAB {cab})", "CC {v}, ABI {abi}, CAB {cab}"])
        return "IT", ctx.replace("{abi}", abi).replace("{cab}", cab), conto
    if kind == "GB":
        sc = "%s-%s-%s" % (rdigits(r, 2, True), rdigits(r, 2), rdigits(r, 2))
        acct = rdigits(r, 8, True)
        ctx = r.choice([
            "sort code {sc}, account number {v}", "sort code {sc} / acc no {v}",
            "account {v} (sort {sc})", "SC {sc} AN {v}", "acct no. {v}, sort code {sc}",
        ])
        return "GB", ctx.replace("{sc}", sc), acct
    if kind == "US":
        while True:
            rt = r.choice(["0", "1", "2", "3"]) + rdigits(r, 7)
            for c in "0123456789":
                if aba_ok(rt + c):
                    rt = rt + c
                    break
            break
        n = r.choice([8, 9, 10, 10, 11, 12])
        acct = rdigits(r, n, True)
        ctx = r.choice([
            "routing {rt}, account {v}", "ABA {rt} acct {v}", "routing number {rt} / account number {v}",
            "RTN {rt} DDA {v}", "account # {v} (routing {rt})",
        ])
        return "US", ctx.replace("{rt}", rt), acct
    if kind == "FR":
        b, g, c = rdigits(r, 5, True), rdigits(r, 5), rdigits(r, 11)
        v = "%s %s %s %s" % (b, g, c, rib_key(b, g, c))
        ctx = r.choice(["RIB {v}", "relevé d'identité bancaire : {v}", "RIB (banque guichet compte clé) {v}"])
        return "FR", ctx, v
    if kind == "DE":
        blz = rdigits(r, 8, True)
        kto = rdigits(r, r.choice([7, 9, 10]), True)
        ctx = r.choice(["BLZ {blz} Kto. {v}", "Kontonummer {v}, BLZ {blz}", "Konto-Nr. {v} / BLZ {blz}",
                        "BLZ {blz}, Kontonr {v}"])
        return "DE", ctx.replace("{blz}", blz), kto
    if kind == "ES":
        bank, br, acct = rdigits(r, 4, True), rdigits(r, 4), rdigits(r, 10)
        v = "%s %s %d%d %s" % (bank, br, es_dc("00" + bank + br), es_dc(acct), acct)
        ctx = r.choice(["CCC {v}", "cuenta (CCC) {v}", "número de cuenta {v}"])
        return "ES", ctx, v
    clearing = rdigits(r, 4, True)
    acct = "%s-%s.%s" % (rdigits(r, 2, True), rdigits(r, 6), rdigits(r, 1))
    ctx = r.choice(["Clearing {cl}, Konto {v}", "conto postale {v} (clearing {cl})"])
    return "CH", ctx.replace("{cl}", clearing), acct


# ---------------------------------------------------------------- tokens
ISSUERS = [
    "https://auth.sandbox.pagora.io", "https://id.openconto.eu/realms/psd2",
    "https://login.bancomint.it/oauth2", "https://sso.finlytics.com",
    "https://auth.sportello-pay.it/oidc", "https://accounts.tesorino.app",
    "https://ob.lirapay.co.uk/as", "https://idp.cassaviva.it/auth/realms/open-banking",
]


def jwt(r, refresh=False, long_sig=None):
    alg = r.choice(["RS256", "RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and r.random() < 0.8:
        hdr["kid"] = rs(r, B64URL, r.choice([16, 22, 43]))
    iat = 1700000000 + r.randrange(0, 40000000)
    iss = r.choice(ISSUERS)
    pl = {"iss": iss, "sub": uuid4(r), "aud": r.choice(["account", "payments-api", "ais", "pis", "https://api.pagora.io"]),
          "exp": iat + r.choice([300, 900, 3600, 86400]), "iat": iat}
    if refresh:
        pl["typ"] = "Refresh"
        pl["jti"] = uuid4(r)
        pl["exp"] = iat + r.choice([2592000, 604800, 1800])
    else:
        pl["scope"] = r.choice(["openid accounts", "payments:write payments:read", "ais pis", "read write",
                                "openid profile email", "accounts balances transactions"])
        if r.random() < 0.5:
            pl["azp"] = r.choice(["merchant-portal", "pos-backend", "mobile-app", "erp-connector"])
        if r.random() < 0.4:
            pl["jti"] = rs(r, B64URL, 22)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(pl, separators=(",", ":")).encode())
    if long_sig is None:
        long_sig = alg.startswith(("RS", "PS"))
    sig = rs(r, B64URL, 342 if long_sig else (86 if alg == "ES256" else 43))
    return "%s.%s.%s" % (h, p, sig)


def access_token(r):
    k = r.randrange(10)
    if k < 5:
        return jwt(r, long_sig=(r.random() < 0.5))
    if k == 5:
        return "ya29." + rs(r, B64URL, r.choice([120, 150, 170]))
    if k == 6:
        return rs(r, ALNUM, r.choice([32, 40, 48, 64]))
    if k == 7:
        return "at_" + rs(r, ALNUM, 40)
    if k == 8:
        return base64.b64encode(rbytes(r, r.choice([24, 32, 36]))).decode().rstrip("=")
    return "EAAB" + rs(r, ALNUM, r.choice([120, 160]))


def refresh_token(r):
    k = r.randrange(7)
    if k == 0:
        return jwt(r, refresh=True, long_sig=False)
    if k == 1:
        return "1//0" + r.choice("geh") + rs(r, B64URL, r.choice([60, 80, 100]))
    if k == 2:
        return "rt_" + rs(r, ALNUM, 48)
    if k == 3:
        return "def50200" + rs(r, HEX, r.choice([120, 200, 264]))
    if k == 4:
        return rs(r, ALNUM, 64)
    if k == 5:
        return rs(r, B64URL, 86)
    return "RT." + rs(r, ALNUM, 22) + "." + rs(r, ALNUM, 22)


def client_secret(r):
    k = r.randrange(7)
    if k == 0:
        return rs(r, ALNUM, r.choice([32, 40, 48]))
    if k == 1:
        return rs(r, ALNUM + "_~.-", 3) + "8Q~" + rs(r, ALNUM + "_~.-", 34)
    if k == 2:
        return "GOCSPX-" + rs(r, B64URL, 28)
    if k == 3:
        return rs(r, HEX, 40)
    if k == 4:
        return rs(r, B64URL, 64)
    if k == 5:
        return "cs_" + rs(r, ALNUM, 44)
    return "sq0csp-" + rs(r, B64URL, 43)


VENDOR_KEYS = [
    # (vendor, env var name, generator)
    ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + r.choice(["51", ""]) + rs(r, ALNUM, r.choice([24, 96]))),
    ("Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rs(r, ALNUM, 96)),
    ("Stripe", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    ("AWS", "AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
    ("AWS", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "+/", 40)),
    ("GitHub", "GITHUB_TOKEN", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    ("GitHub", "GH_PAT", lambda r: "github_pat_11" + rs(r, UPPER_ALNUM, 20) + "_" + rs(r, ALNUM, 59)),
    ("Slack", "SLACK_BOT_TOKEN", lambda r: "xoxb-" + rdigits(r, 11, True) + "-" + rdigits(r, 12, True) + "-" + rs(r, ALNUM, 24)),
    ("Slack", "SLACK_USER_TOKEN", lambda r: "xoxp-" + rdigits(r, 11, True) + "-" + rdigits(r, 11, True) + "-" + rdigits(r, 12, True) + "-" + rs(r, HEX, 32)),
    ("Google", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + rs(r, B64URL, 35)),
    ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
    ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20)),
    ("OpenAI", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, B64URL, 64)),
    ("Shopify", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
    ("npm", "NPM_TOKEN", lambda r: "npm_" + rs(r, ALNUM, 36)),
    ("Mailgun", "MAILGUN_API_KEY", lambda r: "key-" + rs(r, HEX, 32)),
    ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "sq0atp-" + rs(r, B64URL, 22)),
    ("Brevo", "BREVO_API_KEY", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)),
]


def vendor_key(r):
    vendor, env, g = r.choice(VENDOR_KEYS)
    return vendor, env, g(r)


PEM_KINDS = [
    ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1588, 64),
    ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1584, 64),
    ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620, 64),
    ("EC PRIVATE KEY", "MHcCAQEEI", 224, 64),
    ("EC PRIVATE KEY", "MHcCAQEEI", 224, 64),
    ("PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 184, 64),
    ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 396, 70),
    ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 396, 70),
    ("PRIVATE KEY", "MC4CAQAwBQYDK2VwBCIEI", 64, 64),
]


def pem_body(r, prefix, total, width):
    body = prefix + rs(r, B64, total - len(prefix))
    pad = r.choice(["", "=", "=="]) if total % 4 else ""
    body = body[: len(body) - len(pad)] + pad
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def private_key(r, short_bias=0.6):
    choices = PEM_KINDS
    if r.random() < short_bias:
        choices = [p for p in PEM_KINDS if p[2] < 500]
    label, prefix, total, width = r.choice(choices)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, pem_body(r, prefix, total, width), label)


def public_pem(r):
    kind = r.choice(["PUBLIC KEY", "CERTIFICATE", "PUBLIC KEY"])
    if kind == "PUBLIC KEY":
        if r.random() < 0.5:
            body = pem_body(r, "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", 124, 64)
        else:
            body = pem_body(r, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392, 64)
    else:
        body = pem_body(r, "MIID" + r.choice(["XTCCAkWgAwIBAgIJA", "jTCCAnWgAwIBAgIUY", "FzCCAf+gAwIBAgIQ"]), 640, 64)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)


IT_WORDS = ["gatto", "sole", "mare", "luna", "pizza", "estate", "tramonto", "nonna", "fragola", "bici",
            "montagna", "stella", "vespa", "caffe", "lupo", "limone", "vulcano", "ciliegia", "farfalla",
            "gelato", "torre", "pioggia", "ancora", "delfino", "rondine", "panettone", "bosco", "vento"]
EN_WORDS = ["river", "maple", "tiger", "sunset", "garden", "falcon", "copper", "winter", "harbor",
            "piano", "rocket", "lemon", "orchid", "pebble", "thunder", "velvet", "meadow", "anchor",
            "lantern", "cobalt", "saffron", "glacier", "biscuit", "walrus", "cactus", "juniper"]
SYMS = "!#$%&*+-.?@_~"


def password(r, lang="en"):
    words = IT_WORDS if lang == "it" else EN_WORDS
    k = r.randrange(8)
    if k == 0:
        return r.choice(words).capitalize() + str(r.randrange(1970, 2026)) + r.choice(SYMS[:6] + "")
    if k == 1:
        w = r.choice(words)
        leet = w.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}))
        return leet.capitalize() + r.choice(["_", "#", "!", ""]) + rdigits(r, r.choice([2, 3, 4]))
    if k == 2:
        return rs(r, ALNUM + SYMS, r.choice([12, 14, 16, 20]))
    if k == 3:
        sep = r.choice(["-", ".", "_"])
        return sep.join(r.sample(words, r.choice([3, 4]))) + sep + rdigits(r, 2)
    if k == 4:
        return r.choice(words).capitalize() + r.choice(words).capitalize() + r.choice(SYMS) + rdigits(r, 2)
    if k == 5:
        return rs(r, ALNUM, 10) + r.choice(SYMS) + rs(r, ALNUM, 3)
    if k == 6:
        return r.choice(["Ciao", "Benvenuto", "Estate", "Natale"] if lang == "it" else ["Welcome", "Summer", "Spring", "Hello"]) \
            + r.choice(["@", "!", "#"]) + str(r.randrange(2019, 2026))
    return r.choice(words) + rdigits(r, 3) + r.choice(words).upper() + r.choice(SYMS)


def pin(r):
    n = r.choice([4, 4, 4, 5, 6, 6])
    while True:
        p = rdigits(r, n)
        if len(set(p)) > 1:
            return p


def cvv(r, amex=False):
    return rdigits(r, 4 if amex else 3)


# ---------------------------------------------------------------- look-alikes
def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha1(r):
    return rs(r, HEX, 40)


def sha256(r):
    return rs(r, HEX, 64)


def traceparent(r):
    return "00-%s-%s-01" % (rs(r, HEX, 32), rs(r, HEX, 16))


def pay_id(r):
    return r.choice(["pay_", "pmt_", "pi_", "ch_", "re_", "po_", "tr_"]) + rs(r, ALNUM, r.choice([14, 18, 24]))


def obj_id(r):
    return r.choice(["cus_", "evt_", "mdt_", "cons_", "req_", "txn_", "ref_", "acc_", "wh_", "sub_", "inv_"]) + rs(r, ALNUM, r.choice([12, 16, 20]))


def client_id(r):
    k = r.randrange(4)
    if k == 0:
        return uuid4(r)
    if k == 1:
        return r.choice(["merchant", "app", "tpp", "pos", "erp"]) + "-" + r.choice(["prod", "sbx", "stg", "test"]) + "-" + rdigits(r, 4)
    if k == 2:
        return "PSDIT-BI-" + rdigits(r, 7)
    return rdigits(r, 12, True) + "-" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.example.com"


def idem_key(r):
    return r.choice([uuid4(r), "idem-" + rs(r, HEX, 24), "%s-%s" % (r.choice(["ord", "refund", "payout"]), rs(r, ALNUM, 16))])


def epoch_ms(r):
    while True:
        v = str(1700000000000 + r.randrange(0, 60000000000))
        if not luhn_ok(v):
            return v


def epoch_s(r):
    return str(1700000000 + r.randrange(0, 60000000))


def iso_ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                    r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def it_date(r):
    return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025]))


def order_no(r):
    return r.choice(["ORD-2024-%06d", "A%08d", "#%d", "ORD%07d", "SO-%05d", "W%d-IT"]) % r.randrange(1000, 999999)


def tracking(r):
    k = r.randrange(4)
    if k == 0:
        return "1Z" + rs(r, UPPER_ALNUM, 6) + rdigits(r, 2) + rdigits(r, 8)
    if k == 1:
        return not_luhn_digits(r, 12)
    if k == 2:
        return "RR" + rdigits(r, 9) + "IT"
    return "JD" + rdigits(r, 16)


def phone(r, lang):
    if lang == "it":
        return r.choice(["+39 3%d%d %s %s" % (r.randint(2, 9), r.randint(0, 9), rdigits(r, 3), rdigits(r, 4)),
                         "02 %s %s" % (rdigits(r, 4), rdigits(r, 4)),
                         "06-%s%s" % (rdigits(r, 4), rdigits(r, 4)),
                         "3%d%d%s" % (r.randint(2, 9), r.randint(0, 9), rdigits(r, 7))])
    return r.choice(["+44 20 %s %s" % (rdigits(r, 4), rdigits(r, 4)),
                     "+1 (%d) %s-%s" % (r.randint(201, 989), rdigits(r, 3), rdigits(r, 4)),
                     "07%s %s" % (rdigits(r, 3), rdigits(r, 6))])


def partita_iva(r):
    f = rdigits(r, 7) + r.choice(["001", "015", "026", "037", "096", "051"])
    return f + piva_check(f)


CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(r):
    s = rs(r, "BCDFGHLMNPRSTVZ", 3) + rs(r, "BCDFGLMNPRSTVZ", 2) + r.choice("AEIO") + \
        "%02d" % r.randint(50, 99) + r.choice(CF_MONTHS) + "%02d" % r.choice([r.randint(1, 28), r.randint(41, 68)]) + \
        r.choice("ABCDEFGHLMF") + rdigits(r, 3)
    return s + cf_check(s)


def invoice_no(r):
    return r.choice(["FT %d/%05d", "INV-%d-%04d", "Fattura n. %d/%d", "FPR %d/%03d"]) % (r.choice([2024, 2025]), r.randrange(1, 9999))


def masked_card(r):
    last4 = rdigits(r, 4)
    return r.choice(["****%s" % last4, "**** **** **** %s" % last4, "%s XXXX XXXX %s" % (rdigits(r, 4), last4),
                     "%s******%s" % (rdigits(r, 6, True), last4), "•••• %s" % last4, "xxxx-xxxx-xxxx-%s" % last4,
                     "%s ** **** %s" % (rdigits(r, 4), last4)])


def masked_iban(r):
    v = iban(r, r.choice(["IT", "IT", "DE", "FR", "ES"]))
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    return r.choice([
        " ".join(g[:2] + ["****"] * (len(g) - 3) + [g[-1]]),
        v[:4] + "*" * (len(v) - 8) + v[-4:],
        " ".join(g[:3]) + " **** **** ****",
        v[:2] + "XX XXXX XXXX XXXX " + v[-4:],
    ])


def masked_secret(r):
    return r.choice(["********", "••••••••", "***REDACTED***", "[REDACTED]", "<redacted>", "xxx", "XXXXXXXX",
                     "sk_live_" + "*" * 20 + rs(r, ALNUM, 4), "ghp_" + "*" * 32, "eyJ***", "(hidden)",
                     "<omissis>", "[rimosso]", "****" + rs(r, ALNUM, 4)])


def placeholder(r, kind=None):
    n = {"access_token": "ACCESS_TOKEN", "refresh_token": "REFRESH_TOKEN", "client_secret": "CLIENT_SECRET",
         "vendor_key": "API_KEY", "password": "DB_PASSWORD", "pin": "PIN", "cvv": "CVV"}.get(kind, r.choice(
             ["API_KEY", "CLIENT_SECRET", "ACCESS_TOKEN", "SECRET_KEY"]))
    low = n.lower()
    camel = low.split("_")[0] + "".join(p.capitalize() for p in low.split("_")[1:])
    return r.choice([
        "<your-token>", "<%s>" % low.replace("_", "-"), "{{%s}}" % low, "${%s}" % n, "$%s" % n,
        "process.env.%s" % n, 'os.environ["%s"]' % n, 'getenv("%s")' % n, "config.%s" % camel,
        "REDACTED", "xxx", "YOUR_%s_HERE" % n, "%%%s%%" % n, "<INSERISCI_QUI>", "changeme" if kind == "password" else "<secret>",
        "{{%s}}" % camel, "secrets.%s" % n, "[%s]" % n,
    ])


def base64_json(r):
    obj = r.choice([
        {"page": r.randint(2, 40), "size": r.choice([20, 50, 100])},
        {"after": obj_id(r), "limit": 50},
        {"locale": r.choice(["it-IT", "en-GB"]), "theme": "dark"},
        {"v": 2, "source": "checkout", "cart": r.randrange(1000, 9999)},
        {"typ": "cursor", "ts": int(epoch_s(r))},
    ])
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def bic(r):
    return r.choice(["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX", "PASCITMMXXX", "DEUTDEFF", "BNPAFRPPXXX",
                     "NWBKGB2L", "INGBNL2A", "CRPPIT2P", "BAPPIT22", "ICRAITRRXXX", "SELBIT2BXXX"])


def version(r):
    return "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 20))


def ip(r):
    return r.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]).count("%d") and \
        (lambda f: f % tuple(r.randint(1, 254) for _ in range(f.count("%d"))))(r.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]))


def amount(r, lang):
    v = r.randrange(100, 500000)
    if lang == "it":
        return ("€ %d,%02d" % (v // 100, v % 100)) if r.random() < 0.5 else "%d,%02d EUR" % (v // 100, v % 100)
    return r.choice(["£%d.%02d", "$%d.%02d", "EUR %d.%02d"]) % (v // 100, v % 100)


def webhook_sig(r):
    return "t=%s,v1=%s" % (epoch_s(r), sha256(r))
