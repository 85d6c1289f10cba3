"""Value and look-alike generators for gen.py (stdlib only, seeded RNG)."""
import base64
import hashlib
import hmac
import json
import random
import string
import uuid as _uuid

import check as CK

R = random.Random(120612)

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def ch(seq):
    return R.choice(seq)


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def rmix(n, alpha=ALNUM):
    """random string guaranteed to mix digits, upper and lower letters"""
    while True:
        s = rs(n, alpha)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s)):
            return s


def rhex(n):
    while True:
        s = rs(n, HEX)
        if any(c.isalpha() for c in s) and any(c.isdigit() for c in s):
            return s


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def maybe(p=0.5):
    return R.random() < p


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


# ------------------------------------------------------------------ cards
CARD_PREFIX = [("4539", 16), ("4556", 16), ("4916", 16), ("4024", 16),
               ("4000", 16), ("4485", 16), ("4716", 16), ("5555", 16),
               ("5105", 16), ("5425", 16), ("5232", 16), ("2223", 16),
               ("2720", 16), ("3782", 15), ("3714", 15), ("3400", 15),
               ("6011", 16), ("6011", 16), ("3530", 16), ("3566", 16),
               ("36", 14), ("6759", 19), ("4", 13)]


def card_digits(valid=True):
    p, n = ch(CARD_PREFIX)
    body = p + rs(n - len(p) - 1, DIG)
    for d in DIG:
        if CK.luhn(body + d):
            good = body + d
            break
    if valid:
        return good
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not CK.luhn(bad)
    return bad


def groups_for(n):
    return {15: [4, 6, 5], 14: [4, 6, 4], 16: [4, 4, 4, 4],
            19: [4, 4, 4, 4, 3], 13: [4, 4, 5]}[n]


def fmt_card(d, sep=None, wrap=False):
    if sep is None:
        sep = ch([" ", " ", " ", "-", "", "", ".", "\u00a0", "  ", " - "])
    parts, i = [], 0
    for g in groups_for(len(d)):
        parts.append(d[i:i + g])
        i += g
    if wrap and len(parts) > 2:
        k = len(parts) // 2
        return sep.join(parts[:k]) + "\n" + sep.join(parts[k:])
    return sep.join(parts)


def card(**kw):
    return fmt_card(card_digits(), **kw)


def bad_card(**kw):
    return fmt_card(card_digits(False), **kw)


def cvv(n=3):
    return rs(n, DIG)


def expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])


def last4():
    return rs(4, DIG)


def masked_card():
    l4 = last4()
    return ch(["**** %s" % l4, "************%s" % l4, "XXXX-XXXX-XXXX-%s" % l4,
               "•••• •••• •••• %s" % l4, "%s******%s" % (ch(["453914", "555555", "401288"]), l4),
               "*%s" % l4, "ending in %s" % l4, "[REDACTED]", "xxxx xxxx xxxx %s" % l4])


# ------------------------------------------------------------------ banks
ABIS = ["03069", "02008", "05034", "01030", "03111", "05428", "05696",
        "03268", "08327", "06230", "03440", "05387", "01005", "03015"]


def iban_cd(cc, bban):
    return "%02d" % (98 - CK.mod97(bban + cc + "00"))


def it_parts():
    abi = ch(ABIS)
    cab = rs(5, DIG)
    conto = ch(["0000" + rs(8, DIG), "00000" + rs(7, DIG), rs(12, DIG),
                "CC" + rs(10, DIG), "0" * 6 + rs(6, DIG), "1000000" + rs(5, DIG)])
    cin = CK.it_cin(abi, cab, conto)
    return cin, abi, cab, conto


def fr_parts():
    b = ch(["30004", "30006", "20041", "10278", "30003", "11315", "18206"])
    g = rs(5, DIG)
    c = rs(11, DIG)
    return b, g, c, CK.fr_key(b, g, c)


def es_parts():
    e = ch(["2100", "0049", "0182", "0081", "2038", "1465", "0128"])
    o = rs(4, DIG)
    c = rs(10, DIG)
    return e, o, CK.es_dc(e, o, c), c


def gb_parts():
    return ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]), rs(6, DIG), rs(8, DIG)


def de_parts():
    return ch(["37040044", "10070000", "50010517", "20041111", "76026000", "12030000"]), rs(10, DIG)


def bban_for(cc):
    if cc in ("IT", "SM"):
        cin, abi, cab, conto = it_parts()
        return cin + abi + cab + conto
    if cc == "FR":
        return "".join(fr_parts())
    if cc == "ES":
        e, o, dc, c = es_parts()
        return e + o + dc + c
    if cc == "GB":
        return "".join(gb_parts())
    if cc == "DE":
        return "".join(de_parts())
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO"]) + rs(10, DIG)
    if cc == "BE":
        x = rs(10, DIG)
        k = int(x) % 97 or 97
        return x + "%02d" % k
    if cc == "AT":
        return rs(16, DIG)
    if cc == "CH":
        return rs(17, DIG)
    if cc == "PT":
        return rs(21, DIG)
    if cc == "IE":
        return ch(["AIBK", "BOFI"]) + rs(14, DIG)
    raise ValueError(cc)


def iban_compact(cc=None, valid=True):
    if cc is None:
        cc = ch(["IT"] * 6 + ["DE", "FR", "ES", "GB", "NL", "BE", "AT", "CH", "PT", "IE", "SM", "FR", "ES", "DE"])
    bban = bban_for(cc)
    cd = iban_cd(cc, bban)
    if not valid:
        while True:
            wrong = "%02d" % R.randint(2, 98)
            if wrong != cd and not CK.iban_ok(cc + wrong + bban):
                cd = wrong
                break
    return cc + cd + bban


def fmt_iban(c, style=None):
    if style is None:
        style = ch(["paper", "paper", "paper", "compact", "compact", "lower", "dash", "nbsp", "wrap", "odd"])
    g = [c[i:i + 4] for i in range(0, len(c), 4)]
    if style == "paper":
        return " ".join(g)
    if style == "compact":
        return c
    if style == "lower":
        return ch([c.lower(), " ".join(g).lower()])
    if style == "dash":
        return "-".join(g)
    if style == "nbsp":
        return "\u00a0".join(g)
    if style == "wrap":
        k = len(g) // 2
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if style == "odd":
        # IT-style by fields
        if c.startswith("IT"):
            return " ".join([c[:4], c[4], c[5:10], c[10:15], c[15:]])
        return "  ".join(g)
    return c


def iban(**kw):
    return fmt_iban(iban_compact(**kw))


def bic():
    return ch(["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "PASCITMM", "DEUTDEFF", "BNPAFRPP",
               "CAIXESBB", "NWBKGB2L", "INGBNL2A", "GEBABEBB", "BAPPIT21", "CRPPIT2P"])


# ------------------------------------------------------------------ tokens
def jwt(refresh=False):
    alg = ch(["RS256", "ES256", "HS256", "PS256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if maybe(0.6):
        hdr["kid"] = ch([rhex(8), rmix(12), "k" + str(R.randint(1, 40))])
    iat = R.randint(1704067200, 1760000000)
    pl = {"iss": ch(["https://auth.paylane.example", "https://id.tesoropay.test",
                     "https://login.aurora-bank.example/oauth2", "https://sso.kassa.example"]),
          "sub": ch([rs(10, DIG), "usr_" + rmix(12), str(_uuid.UUID(int=R.getrandbits(128), version=4))]),
          "iat": iat, "exp": iat + ch([300, 900, 3600, 86400 * 30])}
    if refresh:
        pl["typ"] = "refresh"
    else:
        pl["scope"] = ch(["payments:write", "accounts:read balances:read", "openid profile", "pis ais"])
    if maybe():
        pl["jti"] = rmix(16)
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    sig = b64url(rbytes({"HS256": 32, "ES256": 64}.get(alg, ch([128, 256]))))
    return enc(hdr) + "." + enc(pl) + "." + sig


def opaque_access():
    return ch([rmix(40), "at_" + rmix(32), "tp_live_" + rmix(32), "tp_test_" + rmix(28),
               "pl_at_" + rmix(36), rmix(28, ALNUM + "-_") + "." + rmix(12),
               "AUR." + rmix(48, ALNUM), rhex(64), "kso_" + rmix(30)])


def access_token():
    return jwt() if maybe(0.45) else opaque_access()


def refresh_token():
    return ch([jwt(refresh=True), "rt_" + rmix(48), rmix(64, ALNUM + "-_"), "def50200" + rhex(80),
               "RT-" + rmix(40), "1//" + rmix(60, ALNUM + "-_"), "plrt_" + rmix(44)])


def client_secret():
    return ch([rmix(32), rmix(40, ALNUM + "-_~."), "cs_live_" + rmix(32), "cs_test_" + rmix(28),
               rhex(64), base64.b64encode(rbytes(32)).decode(), rmix(24, ALNUM + "!#%*"),
               "sec_" + rmix(30), rmix(48, ALNUM + "._~-")])


def signing_secret():
    return ch(["whk_" + rmix(32), rhex(64), "sig_" + rmix(40), base64.b64encode(rbytes(24)).decode()])


def basic_blob(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


# ------------------------------------------------------------------ vendor
def vendor_key(which=None):
    which = which or ch(["aws", "aws_secret", "stripe", "stripe_rk", "ghp", "ghpat", "slack",
                         "google", "sendgrid", "gitlab", "npm", "openai", "twilio"])
    if which == "aws":
        return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, UP + DIG)
    if which == "aws_secret":
        return rmix(40, ALNUM + "/+")
    if which == "stripe":
        return ch(["sk_live_", "sk_test_"]) + rmix(ch([24, 48, 99]))
    if which == "stripe_rk":
        return "rk_live_" + rmix(ch([24, 48]))
    if which == "ghp":
        return ch(["ghp_", "gho_", "ghs_"]) + rmix(36)
    if which == "ghpat":
        return "github_pat_" + rmix(22) + "_" + rmix(59)
    if which == "slack":
        return ch(["xoxb-", "xoxp-"]) + rs(12, DIG) + "-" + rs(13, DIG) + "-" + rmix(24)
    if which == "google":
        return "AIza" + rmix(35, ALNUM + "-_")
    if which == "sendgrid":
        return "SG." + rmix(22, ALNUM + "-_") + "." + rmix(43, ALNUM + "-_")
    if which == "gitlab":
        return "glpat-" + rmix(20, ALNUM + "-_")
    if which == "npm":
        return "npm_" + rmix(36)
    if which == "openai":
        return "sk-proj-" + rmix(48, ALNUM + "-_")
    if which == "twilio":
        return "SK" + rhex(32)
    raise ValueError(which)


# ------------------------------------------------------------------ PEM
def pem_private(kind=None, width=64):
    kind = kind or ch(["RSA", "PKCS8", "EC", "OPENSSH", "ENC", "PKCS8"])
    if kind == "RSA":
        head, start, n = "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", R.randint(8, 25)
    elif kind == "PKCS8":
        head, start, n = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", R.randint(8, 25)
    elif kind == "EC":
        head, start, n = "EC PRIVATE KEY", "MHcCAQEEI", 3
    elif kind == "OPENSSH":
        head, start, n, width = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA", R.randint(5, 7), 70
    else:
        head, start, n = "ENCRYPTED PRIVATE KEY", "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQww", R.randint(8, 20)
    body = start + rs(width * n - len(start) - R.randint(0, 40), B64)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "OPENSSH":
        lines[-1] = lines[-1] + ch(["", "=", "=="])
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


def pem_public(kind=None):
    kind = kind or ch(["PUB", "CERT", "RSAPUB"])
    if kind == "PUB":
        head, start, n = "PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6
    elif kind == "RSAPUB":
        head, start, n = "RSA PUBLIC KEY", "MIIBCgKCAQEA", 5
    else:
        head, start, n = "CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", R.randint(10, 18)
    body = start + rs(64 * n - len(start) - R.randint(0, 30), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


# ------------------------------------------------------------------ passwords
W_IT = ["girasole", "pandoro", "vespa", "lampone", "gabbiano", "trullo", "cannolo", "basilico",
        "mareggiata", "tramonto", "scirocco", "ciliegia", "formica", "limoncello", "sartoria",
        "polenta", "gelsomino", "faro", "barca", "nonna", "pizzica", "castagna", "fontana"]
W_EN = ["harbour", "pumpkin", "falcon", "teapot", "granite", "meadow", "lantern", "biscuit",
        "thunder", "walnut", "copper", "saffron", "otter", "marble", "puffin", "kettle", "ember"]
SYM = "!#$%*?@&+_."


def password(simple=False, no_xml=False):
    w = ch(W_IT + W_EN)
    st = R.randint(0, 9)
    if st == 0:
        p = w.capitalize() + str(R.randint(1, 2025)) + ch(SYM)
    elif st == 1:
        p = w.translate(str.maketrans("aeio", ch(["4310", "@310", "a3!0"]))).capitalize() + ch(SYM) + str(R.randint(10, 99))
    elif st == 2:
        p = rmix(R.randint(10, 18), ALNUM + "!#$%*?@")
    elif st == 3:
        p = "-".join(ch(W_IT + W_EN) for _ in range(R.randint(3, 4))) + "-" + str(R.randint(1, 99))
    elif st == 4:
        p = ch(["Napoli", "Juve", "Roma", "Milan", "Inter", "Toro", "Lazio", "Arsenal", "Leeds"]) + str(R.randint(1900, 2025)) + ch(["!", "#", "", "."])
    elif st == 5:
        p = w.upper()[:3] + rs(3, DIG) + ch(SYM) + rs(3, LOW) + ch(SYM)
    elif st == 6:
        p = ch(W_IT + W_EN).capitalize() + "." + ch(W_IT + W_EN).capitalize() + "." + str(R.randint(10, 99))
    elif st == 7:
        p = rmix(R.randint(20, 32), ALNUM + "-_")
    elif st == 8:
        p = ch(["Mario", "Lucia", "Tommy", "Betty", "Pino"]) + ch(["_", ".", ""]) + "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(40, 99))
    else:
        p = rmix(R.randint(12, 16), ALNUM + "%$#@!")
    if simple:
        p = "".join(c for c in p if c.isalnum() or c in "-_.!") or rmix(12)
    if no_xml:
        p = p.replace("&", "+")
    if not any(c.isdigit() for c in p):
        p += str(R.randint(1, 9))
    return p


def pin(n=None):
    n = n or ch([4, 4, 5, 6, 6, 6, 8])
    while True:
        p = rs(n, DIG)
        if len(set(p)) > 1:
            return p


# ------------------------------------------------------------------ look-alikes
def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def trace():
    return rhex(32)


def sha():
    return rhex(40)


def short_sha():
    return rhex(7)


def digest():
    return "sha256:" + rhex(64)


def build_no():
    return str(R.randint(1000, 99999))


def order_no():
    return ch(["ORD-%d-%06d" % (R.randint(2023, 2025), R.randint(1, 999999)),
               "#%d" % R.randint(10000, 999999), "FT %d/%05d" % (R.randint(2023, 2025), R.randint(1, 9999)),
               "INV-%s-%d" % (rs(3, UP), R.randint(100, 9999)), "N. %d" % R.randint(100, 99999),
               "PO%08d" % R.randint(1, 99999999)])


def phone(lang):
    if lang == "it":
        return ch(["+39 3%d %d %d" % (R.randint(20, 99), R.randint(100, 999), R.randint(1000, 9999)),
                   "3%d%07d" % (R.randint(20, 99), R.randint(0, 9999999)),
                   "06 %d %d" % (R.randint(1000, 9999), R.randint(1000, 9999)),
                   "0039 3%d.%d.%d" % (R.randint(20, 99), R.randint(100, 999), R.randint(1000, 9999))])
    return ch(["+44 7700 900%03d" % R.randint(0, 999), "+1 (555) 01%02d-%04d" % (R.randint(0, 99), R.randint(0, 9999)),
               "020 7946 0%03d" % R.randint(0, 999), "+353 85 %d %d" % (R.randint(100, 999), R.randint(1000, 9999))])


def date(lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2025)
    if lang == "it":
        return ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, ch(["gennaio", "marzo", "maggio", "luglio", "ottobre", "dicembre"]), y)])
    return ch(["%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, ch(["Jan", "March", "May", "July", "Oct", "December"]), y)])


def amount(lang):
    e, c = R.randint(1, 4999), R.randint(0, 99)
    if lang == "it":
        return ch(["€ %d,%02d" % (e, c), "%d,%02d EUR" % (e, c), "%s,%02d €" % ("{:,}".format(e).replace(",", "."), c), "EUR %d.%02d" % (e, c)])
    return ch(["£%d.%02d" % (e, c), "EUR %s.%02d" % ("{:,}".format(e), c), "$%d.%02d" % (e, c), "%d.%02d EUR" % (e, c)])


CLIENT_IDS = ["acme-pay-prod", "acme-pay-sandbox", "bottega-checkout", "northgate-shop-live",
              "ferramenta-bonetti-web", "pasticceria-nino-pos", "bluebell-florists", "fintrail-ais-dev",
              "contabilita-rossi", "kassa-pos-eu", "merchant-4471", "app-ios-prod", "tp-partner-0193"]


def client_id():
    return ch(CLIENT_IDS + ["%s-%s" % (ch(["shop", "pos", "web", "ais", "pis"]), rs(6, LOW + DIG))])


def pay_id():
    return ch(["pay_" + rmix(14), "pmt_" + rs(20, LOW + DIG), "PAY-" + rs(10, UP + DIG),
               "tr_" + rmix(16), "txn_" + rs(12, DIG), "ch_" + rmix(18)])


def version():
    return "%d.%d.%d" % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 20))


def port():
    return ch(["5432", "3306", "6379", "8080", "8443", "9092", "27017", "5672", "15672", "3000"])


def hexcolor():
    return "#" + rs(6, "0123456789abcdef")


def hmac_sig(secret, payload):
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


def ip():
    return "%d.%d.%d.%d" % (ch([10, 172, 192, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


IT_FIRST = ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Matteo", "Elena",
            "Paolo", "Rosa", "Salvatore", "Carmela", "Gennaro", "Antonio", "Nunzia", "Ottavio", "Ilaria"]
IT_LAST = ["Esposito", "Bonetti", "Russo", "Ferrari", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi", "Barbieri", "Fontana"]
EN_FIRST = ["Priya", "Tom", "Hannah", "Oliver", "Aisha", "Ben", "Chloe", "Ravi", "Megan", "Sam",
            "Fiona", "Declan", "Grace", "Tunde", "Wei", "Margaret", "Harold"]
EN_LAST = ["Patel", "Hughes", "O'Brien", "Clarke", "Okafor", "Nguyen", "Walsh", "Reid", "Shah",
           "Turner", "Morgan", "Kaur", "Brennan", "Fletcher"]


def person(lang):
    if lang == "it":
        return ch(IT_FIRST), ch(IT_LAST)
    return ch(EN_FIRST), ch(EN_LAST)


SHOPS_IT = ["Ferramenta Bonetti", "Pasticceria Da Nino", "Farmacia San Rocco", "Ottica Lenti & Co.",
            "Bar Sport Tropea", "Agriturismo Il Poggio", "Lavanderia Stella", "Studio Rag. Fontana"]
SHOPS_EN = ["Northgate Cycles", "Bluebell Florists", "The Copper Kettle", "Hughes & Daughters Bakery",
            "Riverside Vets", "Okafor Accounting Ltd", "Moss Lane Pharmacy", "Gull Rock Surf Shop"]
PROVIDERS = ["Paylane", "Tesoro Pay", "Banca Aurora", "Kassa", "Fintrail", "OpenConto", "Liri Payments"]


def provider():
    return ch(PROVIDERS)


def host(prod=None):
    prod = maybe() if prod is None else prod
    base = ch(["paylane.example", "tesoropay.test", "aurora-bank.example", "kassa.example", "fintrail.test"])
    return ("api." if prod else ch(["sandbox.", "api.sandbox.", "staging-api."])) + base
