#!/usr/bin/env python3
"""Generator for the `fresh14` held-out guard corpus.

Theme: "what tools print, and who pastes it" -- devtools copies, proxy
captures, HTTP clients, SDK logs, ops output, DB clients, CI consoles, mail,
chat, back-office exports, payment and SMS gateway logs, with the human words
around them.  Standard library only, fixed seed, deterministic.

Secrets are embedded in the text with private-use markers while a sample is
being built, so that every transformation (JSON escaping, terminal wrapping,
table layout) keeps track of the exact substring; the markers are stripped at
the end and the labels are taken from them.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import urllib.parse

SEED = 14_0314
R = random.Random(SEED)

MS, MK, ME = "\ue000", "\ue001", "\ue002"
KINDS = ("access_token", "client_secret", "refresh_token", "private_key", "vendor_key",
         "card_number", "cvv", "iban", "bank_account", "password", "pin")


def S(kind, value):
    assert kind in KINDS, kind
    assert value, kind
    return f"{MS}{kind}{MK}{value}{ME}"


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def L(lang, it, en):
    """Pick from the Italian or English list (or return the string)."""
    v = it if lang == "it" else en
    if isinstance(v, (list, tuple)):
        return pick(v)
    return v


ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, "0123456789abcdef")


def HX(n):
    return rs(n, "0123456789ABCDEF")


def digits(n, first_nonzero=False):
    s = rs(n, string.digits)
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def uid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def UID():
    return uid().upper()


def ts_epoch():
    return R.randint(1704067200, 1740000000)


MONTHS_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class D:
    """A random date-time, printable in several tool formats."""

    def __init__(self):
        self.y = R.choice([2024, 2024, 2025])
        self.mo = R.randint(1, 12)
        self.d = R.randint(1, 28)
        self.h = R.randint(7, 22)
        self.mi = R.randint(0, 59)
        self.s = R.randint(0, 59)
        self.ms = R.randint(0, 999)

    def iso(self, z=True, ms=True):
        s = f"{self.y}-{self.mo:02d}-{self.d:02d}T{self.h:02d}:{self.mi:02d}:{self.s:02d}"
        if ms:
            s += f".{self.ms:03d}"
        return s + ("Z" if z else "")

    def log(self):
        return f"{self.y}-{self.mo:02d}-{self.d:02d} {self.h:02d}:{self.mi:02d}:{self.s:02d}.{self.ms:03d}"

    def hm(self):
        return f"{self.h:02d}:{self.mi:02d}"

    def it(self):
        return f"{self.d:02d}/{self.mo:02d}/{self.y}"

    def it_long(self):
        return f"{self.d} {MONTHS_IT[self.mo-1]} {self.y}"

    def us(self):
        return f"{self.mo}/{self.d}/{self.y}"

    def http(self):
        return f"{DOW_EN[(self.d + self.mo) % 7]}, {self.d:02d} {MONTHS_EN[self.mo-1]} {self.y} {self.h:02d}:{self.mi:02d}:{self.s:02d} GMT"

    def adv(self, sec):
        t = self.h * 3600 + self.mi * 60 + self.s + sec
        n = D.__new__(D)
        n.y, n.mo, n.d, n.ms = self.y, self.mo, self.d, R.randint(0, 999)
        n.h, n.mi, n.s = (t // 3600) % 24, (t // 60) % 60, t % 60
        return n


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


CARD_PREFIXES = [("4111", 16), ("4242", 16), ("400000", 16), ("4000056655", 16), ("4012888888", 16),
                 ("5555", 16), ("510510", 16), ("2223003122", 16), ("520082", 16), ("5454", 16),
                 ("378282", 15), ("371449", 15), ("601111", 16), ("3530111333", 16), ("4917", 16),
                 ("4035501", 16), ("545454", 16), ("4000002760", 16)]
FAMOUS_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
                "5105105105105100", "4000056655665556", "4012888888881881", "6011111111111117",
                "2223003122003222", "371449635398431"]


def card(brand=None):
    if chance(0.2):
        c = pick(FAMOUS_CARDS)
        if brand is None or (brand == "amex") == (len(c) == 15):
            return c
    while True:
        pre, n = pick(CARD_PREFIXES)
        if brand == "amex" and n != 15:
            continue
        if brand == "noamex" and n == 15:
            continue
        break
    return luhn_complete(pre + digits(n - len(pre) - 1))


def card_bad(n=16):
    pre = pick(["4111", "4242", "5555", "4000", "5105", "4917"]) if n == 16 else pick(["3782", "3714"])
    c = luhn_complete(pre + digits(n - len(pre) - 1))
    last = int(c[-1])
    return c[:-1] + str((last + R.randint(1, 9)) % 10)


def fmt_card(c, sep=None):
    if sep is None:
        sep = pick([" ", " ", "", "-", " ", ""])
    if len(c) == 15:
        return c[:4] + sep + c[4:10] + sep + c[10:]
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def mask_card(c, style=None):
    style = style or pick(["first6last4", "stars4", "dots4", "x4", "last4"])
    if style == "first6last4":
        return c[:6] + "*" * (len(c) - 10) + c[-4:]
    if style == "stars4":
        return "**** **** **** " + c[-4:]
    if style == "dots4":
        return "•••• " + c[-4:]
    if style == "x4":
        return "XXXX-XXXX-XXXX-" + c[-4:]
    return c[-4:]


def cvv_for(c):
    return digits(4 if len(c) == 15 else 3)


def exp_date():
    return f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"


IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
            "PT": 25, "IE": 22, "LU": 20, "SM": 27, "MC": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return 98 - _iban_num(bban + cc + "00") % 97


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# Italy: CIN
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for k, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26)


IT_ABI = ["03069", "02008", "05034", "01030", "03104", "05387", "08327", "03440", "05696", "06230",
          "03062", "05584", "02008", "03111", "07601", "05036"]


class ItAcct:
    def __init__(self):
        self.abi = pick(IT_ABI)
        self.cab = digits(5, True)
        self.conto = pick([lambda: "0000" + digits(8), lambda: "0000" + digits(8), lambda: "CC" + digits(10),
                           lambda: "00000" + digits(7), lambda: "1000" + digits(8)])()
        self.cin = it_cin(self.abi, self.cab, self.conto)
        self.bban = self.cin + self.abi + self.cab + self.conto
        self.iban = f"IT{iban_check('IT', self.bban):02d}{self.bban}"


def fr_key(banque, guichet, compte):
    tr = {}
    for i, grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in grp:
            tr[ch] = str(i + 1)
    c = "".join(tr.get(ch, ch) for ch in compte)
    return 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(c)) % 97)


class FrAcct:
    def __init__(self):
        self.banque = pick(["30004", "30003", "20041", "10278", "30002", "18206", "16606", "10907"])
        self.guichet = digits(5)
        self.compte = digits(11) if chance(0.8) else digits(10) + pick("ABCDEFGHJKLMNPRSTUVWXYZ")
        self.cle = f"{fr_key(self.banque, self.guichet, self.compte):02d}"
        self.bban = self.banque + self.guichet + self.compte + self.cle
        self.iban = f"FR{iban_check('FR', self.bban):02d}{self.bban}"


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(ten, w)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


class EsAcct:
    def __init__(self):
        self.entidad = pick(["2100", "0049", "0182", "0081", "2085", "0128", "1465", "3058"])
        self.oficina = digits(4)
        self.cuenta = digits(10)
        self.dc = f"{es_dc('00' + self.entidad + self.oficina)}{es_dc(self.cuenta)}"
        self.bban = self.entidad + self.oficina + self.dc + self.cuenta
        self.iban = f"ES{iban_check('ES', self.bban):02d}{self.bban}"


class DeAcct:
    def __init__(self):
        self.blz = pick(["10070024", "20050550", "37040044", "50010517", "60050101", "70020270", "12030000",
                         "43060967", "76050101", "25050180"])
        self.konto = digits(10) if chance(0.6) else "00" + digits(8, True)
        self.bban = self.blz + self.konto
        self.iban = f"DE{iban_check('DE', self.bban):02d}{self.bban}"


class GbAcct:
    def __init__(self):
        self.bank = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"])
        sc = pick(["60", "20", "30", "40", "04", "09", "11", "77"]) + digits(4)
        self.sort = sc
        self.sort_fmt = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
        self.acct = digits(8, True)
        self.bban = self.bank + sc + self.acct
        self.iban = f"GB{iban_check('GB', self.bban):02d}{self.bban}"


def other_iban():
    cc = pick(["NL", "BE", "AT", "PT", "IE", "CH", "LU"])
    if cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "BE":
        ten = digits(10, True)
        chk = int(ten) % 97 or 97
        bban = ten + f"{chk:02d}"
    elif cc == "AT":
        bban = digits(16, True)
    elif cc == "PT":
        bban = "0035" + digits(17)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + digits(14)
    elif cc == "CH":
        bban = pick(["00762", "00230", "08390"]) + digits(12)
    else:
        bban = pick(["001", "019"]) + digits(13)
    return f"{cc}{iban_check(cc, bban):02d}{bban}"


def any_iban(cc=None):
    cc = cc or pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "X"])
    if cc == "IT":
        return ItAcct().iban
    if cc == "DE":
        return DeAcct().iban
    if cc == "FR":
        return FrAcct().iban
    if cc == "ES":
        return EsAcct().iban
    if cc == "GB":
        return GbAcct().iban
    return other_iban()


def iban_bad(cc=None):
    good = any_iban(cc)
    ck = int(good[2:4])
    bad = ck
    while bad == ck:
        bad = R.randint(2, 98)
    b = good[:2] + f"{bad:02d}" + good[4:]
    assert not iban_valid(b)
    return b


def fmt_iban(s, grouped=None):
    if grouped is None:
        grouped = chance(0.4)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def mask_iban(s):
    st = pick(["end4", "mid", "stars"])
    if st == "end4":
        return s[:2] + "*" * (len(s) - 6) + s[-4:]
    if st == "mid":
        return s[:4] + " **** **** **** " + s[-4:]
    return s[:2] + "XX" + "X" * (len(s) - 7) + s[-3:]


IT_BICS = ["BCITITMM", "UNCRITMMXXX", "BAPPIT21", "BPMOIT22", "CRPPIT2P", "SELBIT2BXXX", "FEBIITM1", "BCEEITMM"]
BICS = ["BCITITMM", "UNCRITMMXXX", "BAPPIT21", "BPMOIT22", "CRPPIT2P", "DEUTDEFF", "COBADEFFXXX",
        "BNPAFRPP", "SOGEFRPP", "CAIXESBBXXX", "BSCHESMM", "NWBKGB2L", "BARCGB22", "INGBNL2A",
        "SELBIT2BXXX", "FEBIITM1", "BCEEITMM"]


# ---------------------------------------------------------------- secrets
PWD_WORDS_IT = ["Primavera", "Gatto", "Sole", "Mare", "Milano", "Roma", "Napoli", "Pizza", "Topolino",
                "Juventus", "Inter", "Ferrari", "Estate", "Inverno", "Montagna", "Lupo", "Stella", "Fiore",
                "Tramonto", "Biscotto", "Girasole", "Vespa", "Aquila", "Limone", "Castello"]
PWD_WORDS_EN = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Football", "Shadow", "Master",
                "Harbor", "Falcon", "Orange", "Thunder", "Welcome", "London", "Pepper", "Cobalt",
                "Maple", "Rocket", "Silver", "Tiger", "Phoenix", "Copper", "Willow", "Kestrel"]
SYMS = "!@#$%&*?.+-_"


def password(lang=None, tricky=False):
    words = PWD_WORDS_IT if (lang == "it" or (lang is None and chance(0.5))) else PWD_WORDS_EN
    f = R.randint(0, 9)
    if f <= 3:
        p = pick(words) + pick(["", pick(SYMS)]) + str(R.choice([R.randint(1, 99), R.randint(1970, 2025)])) + pick(["", pick(SYMS)])
    elif f == 4:
        w = pick(words)
        p = w.replace("a", "@").replace("o", "0").replace("e", "3") + pick(SYMS) + digits(2)
    elif f == 5:
        p = "-".join(pick(words).lower() for _ in range(R.randint(3, 4))) + "-" + digits(2)
    elif f == 6:
        p = pick(words) + pick(SYMS) + pick(words) + digits(R.randint(1, 3))
    else:
        while True:
            p = rs(R.randint(12, 22), ALNUM + "!#$%&*+-=?@^_~")
            if any(c.isdigit() for c in p) and any(c in SYMS for c in p):
                break
    if tricky:
        pos = R.randint(1, len(p) - 1)
        p = p[:pos] + pick(['"', "\\", "/", "'"]) + p[pos:]
    return p


def pw_simple(lang=None):
    """A password without characters that need quoting in shell/URL."""
    while True:
        p = password(lang)
        if not any(c in p for c in "'\"\\/ %&?#@:$^=+;`!*"):
            return p
        if chance(0.15):
            p = re.sub(r"[^A-Za-z0-9._\-~]", "", p)
            if len(p) >= 8 and any(c.isdigit() for c in p):
                return p


def pin(n=None):
    n = n or pick([4, 5, 6, 6, 6, 8])
    return digits(n)


ISSUERS = ["https://auth.sportello.io", "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
           "https://id.ortofruttarossi.it/realms/erp", "https://kestrel.eu.auth0.com/", "https://accounts.google.com",
           "https://keycloak.brembologistica.local/realms/prod"]


def jwt(typ="access", short=None):
    alg = pick(["RS256", "RS256", "ES256", "HS256", "PS256"])
    if short is True:
        alg = pick(["ES256", "HS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if chance(0.6):
        hdr["kid"] = pick([hx(16), rs(20, URLSAFE), uid()[:8]])
    iat = ts_epoch()
    pl = {"iss": pick(ISSUERS), "sub": pick([uid(), "user-" + digits(6), "acme-pay-prod", "svc-" + rs(6, LOWNUM)]),
          "aud": pick(["sportello-api", "https://api.sportello.io", "account", "payments"]),
          "iat": iat, "exp": iat + pick([300, 900, 3600, 86400])}
    if typ == "refresh":
        pl["typ"] = "Refresh"
        pl["exp"] = iat + 2592000
    else:
        pl["scope"] = pick(["payments:write payouts:read", "openid profile email", "refunds payouts", "read write"])
    if chance(0.5):
        pl["jti"] = uid()
    siglen = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32}[alg]
    if short is None and siglen == 256 and chance(0.5):
        siglen = 128
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":"))), b64u(json.dumps(pl, separators=(",", ":"))),
                     b64u(rbytes(siglen))])


def access_token(jwt_ok=True):
    f = R.randint(0, 9)
    if jwt_ok and f <= 4:
        return jwt(short=pick([None, True]))
    if f == 5:
        return rs(R.randint(32, 48))
    if f == 6:
        return "at_" + rs(40, URLSAFE)
    if f == 7:
        return hx(40)
    if f == 8:
        return rs(64, URLSAFE)
    return "v2." + rs(24) + "." + rs(43, URLSAFE)


def api_key():
    """The provider's own API key (access_token kind)."""
    return pick([lambda: hx(32), lambda: rs(40), lambda: "live_" + rs(32), lambda: "test_" + rs(32),
                 lambda: rs(8, LOWNUM) + "." + rs(32)])()


def client_secret():
    return pick([lambda: rs(R.randint(32, 48)),
                 lambda: rs(3) + "8Q~" + rs(31, ALNUM + "_.-~"),
                 lambda: rs(64, URLSAFE),
                 lambda: "GOCSPX-" + rs(28, URLSAFE),
                 lambda: hx(40),
                 lambda: rs(32, LOWNUM)])()


def refresh_token():
    return pick([lambda: rs(R.randint(64, 96), URLSAFE),
                 lambda: "1//0" + rs(R.randint(90, 100), URLSAFE),
                 lambda: "rt_" + rs(48, URLSAFE),
                 lambda: jwt("refresh", short=True),
                 lambda: "def50200" + hx(R.randint(180, 260)),
                 lambda: rs(40, LOWNUM)])()


def session_cookie():
    name, val = pick([
        ("PHPSESSID", lambda: rs(26, LOWNUM)),
        ("JSESSIONID", lambda: HX(32)),
        ("connect.sid", lambda: "s%3A" + rs(32, URLSAFE) + "." + rs(43, ALNUM + "%")),
        ("sp_session", lambda: rs(48, URLSAFE)),
        ("_session_id", lambda: hx(32)),
        ("ASP.NET_SessionId", lambda: rs(24, string.ascii_lowercase + "012345")),
        ("laravel_session", lambda: b64u(json.dumps({"iv": b64(16), "value": b64(48), "mac": hx(64)})) + "%3D"),
        ("sessionid", lambda: rs(32, LOWNUM)),
    ])
    return name, val()


def vendor_key(which=None):
    which = which or pick(["stripe", "stripe", "aws", "github", "gitlab", "slack", "google", "sendgrid",
                           "twilio", "npm", "openai", "shopify", "mailgun", "telegram", "datadog", "stripe_wh"])
    if which == "stripe":
        return pick(["sk_live_", "sk_test_", "rk_live_"]) + pick([rs(24), "51" + rs(97)])
    if which == "stripe_wh":
        return "whsec_" + rs(32)
    if which == "aws":
        return "AKIA" + rs(16, UPNUM)
    if which == "aws_secret":
        return rs(40, ALNUM + "/+")
    if which == "github":
        return pick(["ghp_" + rs(36), "github_pat_11" + rs(20, UPNUM) + "_" + rs(59), "gho_" + rs(36)])
    if which == "gitlab":
        return "glpat-" + rs(20, URLSAFE)
    if which == "slack":
        return pick(["xoxb-", "xoxp-"]) + digits(12, True) + "-" + digits(13, True) + "-" + rs(24)
    if which == "google":
        return "AIza" + rs(35, URLSAFE)
    if which == "sendgrid":
        return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)
    if which == "twilio":
        return hx(32)
    if which == "npm":
        return "npm_" + rs(36)
    if which == "openai":
        return "sk-proj-" + rs(48, URLSAFE)
    if which == "shopify":
        return "shpat_" + hx(32)
    if which == "mailgun":
        return "key-" + hx(32)
    if which == "telegram":
        return digits(10, True) + ":AA" + rs(33, URLSAFE)
    if which == "datadog":
        return hx(32)
    if which == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(120, 160), URLSAFE)
    if which == "azure_storage":
        return b64(64)
    raise ValueError(which)


def pem_private(kind=None, escaped=False):
    kind = kind or pick(["rsa", "pkcs8", "ec", "openssh", "pkcs8ec"])
    if kind == "rsa":
        head, body0, nl = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", R.randint(20, 25)
    elif kind == "pkcs8":
        head, body0, nl = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", R.randint(20, 26)
    elif kind == "ec":
        head, body0, nl = "EC PRIVATE KEY", "MHcCAQEEI", 3
    elif kind == "pkcs8ec":
        head, body0, nl = "PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 3
    else:
        head, body0, nl = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5
    body = body0 + b64(48 * nl)[: 64 * nl - len(body0) - R.randint(0, 40)]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "ec":
        lines = [lines[0], lines[1], lines[2][:24] + "=="] if len(lines) >= 3 else lines
    sep = "\\n" if escaped else "\n"
    return f"-----BEGIN {head}-----{sep}" + sep.join(lines) + f"{sep}-----END {head}-----"


def pem_public(kind=None):
    kind = kind or pick(["cert", "pub", "sshpub"])
    if kind == "sshpub":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, ALNUM + "+/") + " " + pick(["deploy@ci", "marco@laptop", "ops@bastion"])
    head = "CERTIFICATE" if kind == "cert" else "PUBLIC KEY"
    body0 = "MIIDdzCCAl+gAwIBAgIU" if kind == "cert" else "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    nl = 14 if kind == "cert" else 6
    body = body0 + b64(48 * nl)[: 64 * nl - len(body0) - 20]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


# ---------------------------------------------------------------- look-alikes
def traceparent():
    return f"00-{hx(32)}-{hx(16)}-0{pick('01')}"


def amzn_trace():
    return f"Root=1-{hx(8)}-{hx(24)}"


def cf_ray():
    return f"{hx(16)}-{pick(['MXP', 'FRA', 'LHR', 'CDG', 'AMS', 'FCO', 'MAD'])}"


def sha():
    return hx(40)


def digest():
    return "sha256:" + hx(64)


def etag():
    return pick([f'"{hx(32)}"', f'W/"{hx(2)}-{rs(27, ALNUM + "+/")}"', f'"{hx(8)}-{hx(12)}"'])


def nonce():
    return b64(16)


def pay_id():
    return pick(["pay_", "po_", "rf_", "txn_", "pi_", "ch_", "evt_", "tr_", "cus_", "in_"]) + rs(R.randint(14, 24))


def order_no():
    return pick([lambda: f"ORD-{R.randint(2023, 2025)}-{digits(6)}", lambda: f"{digits(2, True)}-{digits(7)}",
                 lambda: f"SO{digits(8)}", lambda: f"#{digits(5, True)}", lambda: f"A{digits(9)}"])()


def invoice_no(lang):
    y = R.randint(2023, 2025)
    return L(lang, [f"FT {y}/{digits(5)}", f"{R.randint(1, 999)}/{y}", f"FPR {R.randint(1, 400)}/{str(y)[2:]}"],
             [f"INV-{y}-{digits(5)}", f"{R.randint(1000, 99999)}", f"INV{digits(7)}"])


def phone(cc=None):
    cc = cc or pick(["it", "it", "uk", "de", "us"])
    if cc == "it":
        return pick([f"+39 3{digits(2)} {digits(3)} {digits(4)}", f"+393{digits(9)}", f"3{digits(2)} {digits(7)}",
                     f"+39 0{digits(1)} {digits(4)} {digits(4)}"])
    if cc == "uk":
        return f"+44 7700 900{digits(3)}"
    if cc == "de":
        return f"+49 15{digits(1)} {digits(8)}"
    return f"+1 (555) 01{digits(2)}-{digits(4)}"


def amount(lang, cur="€"):
    v = R.randint(100, 2500000) / 100
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return pick([f"{s} €", f"€ {s}", f"EUR {s}", s])
    return pick([f"€{v:,.2f}", f"EUR {v:.2f}", f"{v:.2f} EUR", f"£{v:,.2f}"])


def version():
    return f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}"


def client_id():
    return pick(["acme-pay-prod", "acme-pay-test", "ortofrutta-ecom", "brembo-logistica-erp", "kestrel-ios",
                 "northwind-checkout", "tidewater-backoffice", "copperleaf-web", "farmacia3-pos", "hb-bellavista-pms",
                 uid(), "cli_" + rs(16, LOWNUM), digits(12) + "-" + rs(32, LOWNUM) + ".apps.googleusercontent.com"])


def ph(kind="token"):
    """A placeholder or masked value that must pass."""
    base = {"token": ["<your-token>", "<TOKEN>", "YOUR_ACCESS_TOKEN", "${ACCESS_TOKEN}", "{{token}}",
                      "{{access_token}}", "$TOKEN", "xxxxx", "XXXXXXXXXXXX", "***", "[REDACTED]", "<redacted>",
                      "<hidden>", "********", "eyJhbGciOi...", "<token tolto>", "$SPORTELLO_TOKEN", "REDACTED"],
            "secret": ["YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{client_secret}}", "<client-secret>", "***",
                       "********", "[REDACTED]", "xxxxxxxx", "<hidden>", "$CLIENT_SECRET", "%CLIENT_SECRET%",
                       "(sensitive)", "[FILTERED]", "<omesso>"],
            "password": ["********", "***", "[FILTERED]", "<password>", "${DB_PASSWORD}", "xxxxxx", "******",
                         "[REDACTED]", "<hidden>", "{{password}}", "%DB_PASS%", "<la tua password>", "(omessa)"]}
    return pick(base[kind])


def secret_ref(name=None):
    name = name or pick(["SPORTELLO_CLIENT_SECRET", "API_TOKEN", "DB_PASSWORD", "PAYOUT_API_KEY", "STRIPE_SECRET_KEY"])
    return pick([f"${{{{ secrets.{name} }}}}", f"process.env.{name}", f'os.environ["{name}"]', f"${{{name}}}",
                 f"vault:secret/data/sportello/prod#{name.lower()}",
                 f"arn:aws:secretsmanager:eu-south-1:{digits(12, True)}:secret:prod/{name.lower()}-{rs(6)}",
                 f"op://Integrations/{name.title().replace('_', '')}/credential", f"$({name})",
                 f"{{{{ vault_{name.lower()} }}}}", f'getenv("{name}")', f"env:{name}",
                 f"sm://{pick(['acme-prod', 'kestrel-infra'])}/{name.lower()}"])


IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Davide", "Elena",
            "Simone", "Federica", "Andrea", "Valentina", "Stefano", "Martina", "Paolo", "Silvia", "Giorgio",
            "Ilaria", "Roberto", "Anna", "Fabio", "Laura", "Nicola", "Gino", "Teresa", "Dario"]
IT_LAST = ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
           "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Pellegrini", "Ferri"]
EN_FIRST = ["James", "Sarah", "Tom", "Emily", "Daniel", "Priya", "Oliver", "Hannah", "Ben", "Chloe", "Ryan",
            "Aisha", "Jack", "Grace", "Liam", "Sophie", "Noah", "Megan", "Ethan", "Zoe", "Kwame", "Mei"]
EN_LAST = ["Smith", "Mitchell", "Patel", "Walker", "Hughes", "O'Brien", "Clarke", "Turner", "Evans", "Wright",
           "Khan", "Roberts", "Hall", "Baker", "Murphy", "Chen", "Wilson", "Davies", "Green", "Lewis"]


def person(lang):
    if lang == "it":
        return pick(IT_FIRST), pick(IT_LAST)
    return pick(EN_FIRST), pick(EN_LAST)


COMP_IT = ["Ortofrutta Rossi srl", "Brembo Logistica spa", "Farmacia Comunale 3", "Tessuti Conti & C. snc",
           "Enoteca Da Gino", "Pastificio Valle srl", "Studio Dentistico Greco", "Assicurazioni Lario",
           "Hotel Bellavista", "Autoricambi Gallo srl", "Cooperativa Sole", "Mobilificio Brianza"]
COMP_EN = ["Northwind Retail Ltd", "Kestrel Apps", "BlueFinch Labs", "Harbor & Pine", "Tidewater Payments",
           "Copperleaf Games", "Osprey Health", "Lumen Retail", "Greyhound Ticketing", "Parcelly"]


def company(lang):
    return pick(COMP_IT if lang == "it" else COMP_EN)


def email_of(first, last, lang):
    dom = pick(["ortofruttarossi.it", "brembologistica.it", "gmail.com", "libero.it", "outlook.it", "kestrelapps.io",
                "northwind.co.uk", "bluefinch.dev", "hotmail.com"]) if lang == "it" else pick(
        ["kestrelapps.io", "northwind.co.uk", "bluefinch.dev", "gmail.com", "tidewater.com", "parcelly.co"])
    f = first.lower().replace("'", "")
    la = last.lower().replace("'", "").replace(" ", "")
    return pick([f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}@{dom}"])


PHOSTS = ["api.sportello.io", "sandbox.api.sportello.io", "auth.sportello.io", "api.sportello.io", "payouts.sportello.io"]
CHOSTS = ["gestionale.ortofruttarossi.it", "shop.lumenretail.co.uk", "erp.brembologistica.local", "app.kestrelapps.io",
          "backoffice.tidewater.com", "api.parcelly.co", "pos.farmacia3.it", "booking.hotelbellavista.it",
          "admin.copperleaf.gg", "portal.ospreyhealth.org"]
PATHS = ["/v2/payments", "/v2/payouts", "/v1/refunds", "/v2/payments/{id}/capture", "/v1/accounts/me",
         "/v2/webhooks", "/v3/customers?page=2&limit=50", "/v2/payouts/{id}", "/v1/balance", "/v2/mandates",
         "/v1/transfers?status=failed", "/v2/checkout/sessions"]


def phost():
    return pick(PHOSTS)


def chost():
    return pick(CHOSTS)


def path():
    return pick(PATHS).replace("{id}", pay_id())


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"]


def ua():
    return pick(UAS)


def ch_ver():
    return str(R.randint(118, 131))


def hardwrap(text, width):
    """Wrap every line longer than `width` visible chars, like a terminal copy."""
    out = []
    for line in text.split("\n"):
        col = 0
        buf = []
        for ch in line:
            if ch in (MS, MK, ME):
                buf.append(ch)
                continue
            if col == width:
                buf.append("\n")
                col = 0
            buf.append(ch)
            col += 1
        out.append("".join(buf))
    return "\n".join(out)


def wrap_marked_kind(text, width):
    """Hard-wrap text; marker kind names must not be split (they are not counted)."""
    # kinds sit between MS and MK: protect them by temporarily removing
    parts = re.split(f"({MS}[a-z_]+{MK})", text)
    protected = []
    for p in parts:
        if p.startswith(MS) and p.endswith(MK):
            protected.append(p.replace(MS, "\x00").replace(MK, "\x01"))
        else:
            protected.append(p)
    joined = "".join(protected)
    out = []
    for line in joined.split("\n"):
        col, buf, inkind = 0, [], False
        for ch in line:
            if ch == "\x00":
                inkind = True
                buf.append(MS)
                continue
            if ch == "\x01":
                inkind = False
                buf.append(MK)
                continue
            if inkind or ch == ME:
                buf.append(ch)
                continue
            if col == width:
                buf.append("\n")
                col = 0
            buf.append(ch)
            col += 1
        out.append("".join(buf))
    return "\n".join(out)


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def jstr(s):
    """JSON-encode a string (keeps markers)."""
    return json.dumps(s, ensure_ascii=False)


# ================================================================ prose
GREET_IT = ["Ciao,", "Buongiorno,", "Salve,", "ciao", "Buonasera,", "Buongiorno a tutti,", "Gentile supporto,",
            "Ciao ragazzi,", "Hello,", "Spett.le assistenza,", "buongiorno", "Ciao team,"]
GREET_EN = ["Hi,", "Hello,", "Hi team,", "Hey,", "Good morning,", "hi", "Hello there,", "Dear support,", "Hey folks,",
            "Hi all,", "Morning,"]

INTRO = {
    "req": (["la chiamata risponde sempre 401, vi incollo tutto",
             "da stamattina le chiamate vanno in 401 e non capisco perchè. sotto quello che vedo",
             "la chiamata all'endpoint dei payout fallisce, vi copio la richiesta",
             "stesso problema del ticket di ieri, vi metto la chiamata completa",
             "non riesco a ottenere il token, il server mi risponde invalid_client",
             "Ci servirebbe una mano: la richiesta qui sotto ci torna 403 Forbidden ma in sandbox andava",
             "sto provando l'integrazione e ottengo 400 Bad Request, ecco la richiesta",
             "dopo il vostro rilascio di ieri la nostra integrazione non va più:",
             "ho catturato il traffico, vi incollo tutto",
             "a volte funziona a volte no (timeout), ecco una richiesta che è andata male",
             "ecco cosa vedo io, mi sembra tutto giusto",
             "la richiesta è questa, la risposta in fondo"],
            ["the call keeps returning 401, pasting everything",
             "getting a 401 since this morning, here's what I see",
             "the call to the payouts endpoint fails, copying the request below",
             "same issue as yesterday's ticket, full call below",
             "I can't get a token, the server answers invalid_client",
             "Could you help? The request below returns 403 Forbidden, it worked fine in sandbox",
             "I'm testing the integration and get a 400 Bad Request, request below",
             "since your release yesterday our integration is broken:",
             "captured the traffic, pasting everything",
             "intermittent timeouts on our side, here's one request that failed",
             "this is what I see, looks right to me",
             "request is below, response at the bottom"]),
    "dev": (["vi incollo la richiesta copiata dal browser, risponde sempre 401",
             "ho fatto tasto destro > Copia > copia come cURL, ecco qua:",
             "vi giro la request presa dalla tab Network di Chrome",
             "copio da devtools:",
             "dalla scheda Rete di chrome:"],
            ["pasting the request copied from Chrome devtools, it keeps returning 401",
             "right click > Copy > Copy as cURL, here it is:",
             "forwarding the request from the Network tab",
             "copied from devtools:",
             "from chrome's Network panel:"]),
    "log": (["vi incollo il log della nostra applicazione, si pianta alla chiamata di autenticazione",
             "ecco lo stacktrace completo",
             "abbiamo attivato il debug dell'sdk, questo è l'output",
             "il servizio va in errore ogni tanto, copio il log",
             "da quando abbiamo aggiornato la libreria vedo questo nei log:",
             "vi giro l'output della console, non capisco dove sbaglio",
             "log di produzione di stanotte (ho tagliato la parte inutile)",
             "ecco cosa stampa il debugger quando si ferma sul breakpoint",
             "il collega ha messo un po' di print per capire, ecco l'output"],
            ["pasting our application log, it blows up on the auth call",
             "here's the full stack trace",
             "we turned on SDK debug logging, this is the output",
             "the service fails every now and then, log below",
             "since we upgraded the library I see this in the logs:",
             "console output below, not sure where I'm going wrong",
             "prod log from last night (trimmed the noise)",
             "this is what the debugger shows when it stops on the breakpoint",
             "a colleague added some prints to debug it, output below"]),
    "cfg": (["vi mando la configurazione che stiamo usando",
             "ecco l'output, forse vedete voi qualcosa che non va",
             "il deploy non parte, questa è la config",
             "vi incollo quello che c'è sul server",
             "da quando abbiamo cambiato server non va più. output:",
             "non si connette, vi copio come è configurato",
             "copio la config così capite l'ambiente"],
            ["sending the config we're using",
             "here's the output, maybe you can spot something",
             "the deploy won't start, this is the config",
             "pasting what's on the server",
             "since we moved servers it stopped working. output:",
             "it won't connect, here's how it's configured",
             "copying the config so you know the setup"]),
    "db": (["vi copio quello che c'è nel db",
            "ecco il risultato della query",
            "ho estratto i record in questione dal database",
            "copio dal client, così vedete i dati",
            "ecco le righe che non tornano"],
           ["copying what's in the db",
            "here's the query result",
            "pulled the records in question from the database",
            "copied from the client so you can see the data",
            "these are the rows that don't add up"]),
    "ci": (["la pipeline fallisce allo step di deploy, vi incollo il log",
            "ecco il log del job",
            "da ieri la build si rompe, copio la console",
            "il job di rilascio va in errore sulla chiamata alle vostre API"],
           ["the pipeline fails at the deploy step, log below",
            "here's the job log",
            "the build breaks since yesterday, pasting the console",
            "the release job errors out when calling your API"]),
    "bank": (["vi mando l'estratto dei bonifici che non sono arrivati",
              "ecco l'export dal gestionale dei rimborsi di ieri",
              "alcuni payout risultano rifiutati, copio le righe",
              "vi incollo il file che carichiamo, forse c'è qualcosa di sbagliato nel formato",
              "export dei pagamenti in uscita, i beneficiari dicono di non aver ricevuto nulla"],
             ["sending the extract of transfers that never arrived",
              "here's yesterday's refund export from the back office",
              "some payouts got rejected, copying the rows",
              "pasting the file we upload, maybe the format is wrong",
              "export of outgoing payments, beneficiaries say they got nothing"]),
    "pay": (["il pagamento viene rifiutato, ecco il log del gateway",
             "vi copio il log della transazione",
             "ecco la request che manda il nostro e-commerce",
             "la transazione va in errore 3DS, copio i log"],
            ["the payment is declined, here's the gateway log",
             "copying the transaction log",
             "this is the request our shop sends",
             "the transaction fails on 3DS, logs below"]),
    "sms": (["gli sms di verifica non arrivano ai clienti, vi giro il log",
             "ecco il log del gateway sms",
             "alcuni utenti dicono che il codice non arriva o arriva tardi, log qui sotto"],
            ["verification texts aren't reaching customers, log below",
             "here's the sms gateway log",
             "some users say the code never arrives or arrives late, log below"]),
}

OUTRO_IT = ["grazie mille", "Fatemi sapere, grazie", "Cordiali saluti", "grazie in anticipo, è abbastanza urgente",
            "ciao e grazie", "attendo vostre", "Grazie.", "potete verificare voi?", "cosa sbaglio?",
            "grazie, buona giornata", "siamo in produzione quindi se potete rispondere presto...",
            "fatemi sapere se vi serve altro", "Saluti", "thx", "Grazie, resto in attesa",
            "è un problema vostro o nostro?", "qualcuno ha idea?"]
OUTRO_EN = ["thanks!", "Cheers", "Any idea? Thanks in advance", "This is blocking our release, appreciate a quick look",
            "thx", "Best regards", "Let me know if you need anything else", "what am I doing wrong?",
            "Thanks, have a good one", "is this on your side or ours?", "Kind regards", "ty",
            "appreciate any pointers", "We're live so a quick answer would be great", "Thanks."]

NOTE_SEC_IT = ["(sono credenziali di sandbox, nessun problema)", "tanto è l'ambiente di test",
               "la chiave è quella di test, tranquilli", "poi la cambio comunque",
               "ho oscurato le cose sensibili", "il token ormai è scaduto", "sono dati di prova"]
NOTE_SEC_EN = ["(sandbox credentials, no worries)", "it's the test env anyway", "that's only the test key",
               "I'll rotate it later anyway", "removed the sensitive stuff", "the token is expired by now anyway",
               "this is test data"]
NOTE_PASS_IT = ["(ho tolto il token)", "le credenziali le ho oscurate", "il token ve lo mando a parte se serve",
                "ho sostituito i segreti con xxx", "ovviamente ho tolto la password", "(dati sensibili rimossi)",
                "se vi serve il client secret ditemi come mandarvelo in modo sicuro", "il secret è nel vault, non lo incollo"]
NOTE_PASS_EN = ["(token removed)", "I've masked the credentials", "can send the token separately if needed",
                "replaced the secrets with xxx", "obviously stripped the password", "(sensitive data removed)",
                "tell me how to share the client secret securely if you need it", "secret lives in the vault, not pasting it"]


def sign(lang):
    f, l = person(lang)
    c = company(lang)
    return pick([f"{f}", f"{f} {l}", f"--\n{f} {l}\n{c}", f"{f[0]}.{l[0]}.", f"{f} {l} | {c}",
                 f"{f} {l}\n{c}\n{phone('it' if lang == 'it' else pick(['uk', 'us']))}", f"-- {f}"])


def note(lang, sec):
    if sec:
        if chance(0.16):
            return L(lang, NOTE_SEC_IT, NOTE_SEC_EN)
        if chance(0.06):
            return L(lang, NOTE_PASS_IT[:2], NOTE_PASS_EN[:2])  # careless: claims a redaction
    else:
        if chance(0.28):
            return L(lang, NOTE_PASS_IT, NOTE_PASS_EN)
        if chance(0.05):
            return L(lang, NOTE_SEC_IT[:3], NOTE_SEC_EN[:3])
    return None


def fence(body):
    r = R.random()
    if r < 0.25:
        return "```\n" + body + "\n```"
    if r < 0.3:
        return "----\n" + body + "\n----"
    return body


def wrap(lang, body, ctx, sec, pre=None, post=None):
    """Put the human words around a pasted tool output."""
    intro = pre if pre is not None else L(lang, INTRO[ctx][0], INTRO[ctx][1])
    n = note(lang, sec)
    lay = R.randint(0, 9)
    parts = []
    if lay <= 2:
        parts = [L(lang, GREET_IT, GREET_EN) + "\n" + intro, fence(body)]
        if n:
            parts.append(n)
        parts.append(post or L(lang, OUTRO_IT, OUTRO_EN))
        if chance(0.5):
            parts[-1] += "\n" + sign(lang)
    elif lay <= 4:
        parts = [intro + (pick(["\n", " - ", "\n\n"]) + n if n else ""), fence(body), post or L(lang, OUTRO_IT, OUTRO_EN)]
    elif lay <= 6:
        parts = [intro, fence(body)]
        if n:
            parts.append(n)
        if post:
            parts.append(post)
    elif lay == 7:
        parts = [fence(body), (post or L(lang, OUTRO_IT, OUTRO_EN)) + ("\n" + n if n else "")]
        if chance(0.5):
            parts.insert(0, intro)
    else:
        g = L(lang, GREET_IT, GREET_EN)
        parts = [g, intro if intro.rstrip().endswith((":", "?", "!", ".")) else intro + ":", fence(body)]
        if n:
            parts.append(n)
        parts.append((post or L(lang, OUTRO_IT, OUTRO_EN)) + "\n" + sign(lang))
    sep = pick(["\n\n", "\n\n", "\n"])
    return sep.join(p for p in parts if p)


# ================================================================ registry
TEMPLATES = []


def T(style, family, modes=("sec", "pass"), w=1.0):
    def deco(fn):
        TEMPLATES.append({"fn": fn, "style": style, "family": family, "modes": modes, "w": w, "name": fn.__name__})
        return fn
    return deco


def auth_header(sec, allow=("bearer", "apikey", "basic", "cookie")):
    """Return (header-name, header-value) or None; in pass mode a look-alike or nothing."""
    k = pick(allow)
    if sec:
        if k == "bearer":
            return "authorization", "Bearer " + S("access_token", access_token())
        if k == "apikey":
            return pick(["x-api-key", "X-API-Key", "api-key", "x-sportello-key"]), S("access_token", api_key())
        if k == "basic":
            return "authorization", "Basic " + S("client_secret", b64s(client_id() + ":" + client_secret()))
        n, v = session_cookie()
        return "cookie", f"{n}={S('access_token', v)}" + pick(["", "; lang=it", f"; _ga=GA1.1.{digits(9)}.{digits(10)}"])
    r = R.random()
    if r < 0.35:
        return None
    if k == "cookie":
        return "cookie", pick([f"_ga=GA1.1.{digits(9, True)}.{digits(10, True)}; cookie_consent=accepted; lang=it",
                               "theme=dark; lang=en-GB", f"_gid=GA1.2.{digits(9, True)}.{digits(10, True)}; consent=necessary"])
    if k == "apikey":
        return pick(["x-api-key", "X-API-Key"]), ph("token")
    if k == "basic":
        return "authorization", "Basic " + pick(["<base64 client_id:client_secret>", "***", "[REDACTED]", "xxxxxxxx"])
    return "authorization", "Bearer " + ph("token")


def browser_headers(lang, host, origin):
    v = ch_ver()
    hs = [("accept", pick(["application/json", "application/json, text/plain, */*", "*/*"])),
          ("accept-language", pick(["it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7", "it,en;q=0.9"]) if lang == "it" else pick(["en-GB,en;q=0.9", "en-US,en;q=0.9"]))]
    if chance(0.7):
        hs.append(("origin", f"https://{origin}"))
        hs.append(("referer", f"https://{origin}/" + pick(["", "checkout", "admin/payouts", "settings/api"])))
    if chance(0.6):
        hs += [("sec-ch-ua", f'"Chromium";v="{v}", "Google Chrome";v="{v}", "Not-A.Brand";v="99"'),
               ("sec-ch-ua-mobile", "?0"), ("sec-ch-ua-platform", pick(['"Windows"', '"macOS"', '"Linux"'])),
               ("sec-fetch-dest", "empty"), ("sec-fetch-mode", "cors"), ("sec-fetch-site", "cross-site")]
    hs.append(("user-agent", ua()))
    if chance(0.5):
        hs.append((pick(["x-request-id", "x-correlation-id", "x-idempotency-key", "idempotency-key"]), uid()))
    if chance(0.3):
        hs.append(("traceparent", traceparent()))
    return hs


def json_body(lang, sec, kind=None):
    """A request body; may carry a secret in sec mode."""
    kind = kind or pick(["payout", "payment", "token", "refund"])
    if kind == "token":
        d = {"grant_type": "client_credentials", "client_id": client_id()}
        if sec:
            d["client_secret"] = S("client_secret", client_secret())
        d["scope"] = pick(["payouts:write", "payments refunds", "read write"])
        return d
    if kind == "payout":
        d = {"amount": R.randint(500, 900000), "currency": "EUR", "reference": order_no()}
        if sec:
            d["beneficiary"] = {"name": " ".join(person(lang)), "iban": S("iban", any_iban())}
        else:
            d["beneficiary_id"] = pick(["ben_", "rcp_", "bnf_"]) + rs(18)
        return d
    if kind == "refund":
        return {"payment_id": pay_id(), "amount": R.randint(100, 50000), "reason": pick(["requested_by_customer", "duplicate"]),
                "metadata": {"order": order_no()}}
    d = {"amount": R.randint(100, 300000), "currency": "EUR", "description": order_no()}
    if sec and chance(0.6):
        c = card()
        d["card"] = {"number": S("card_number", c), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031),
                     "cvc": S("cvv", cvv_for(c))}
    elif sec:
        d["customer"] = {"email": email_of(*person(lang), lang), "password": S("password", password(lang))}
    else:
        d["payment_method"] = pick(["pm_", "tok_", "card_"]) + rs(24)
    return d


def url_of(host, p):
    return f"https://{host}{p}"


@T("curl", "devtools")
def t_curl_bash(lang, sec):
    host, origin, p = phost(), chost(), path()
    method = pick(["GET", "POST", "POST"])
    hs = browser_headers(lang, host, origin)
    ah = auth_header(sec)
    if ah:
        hs.insert(R.randint(1, len(hs)), ah)
    lines = [f"curl '{url_of(host, p)}' \\"]
    cookie_b = None
    for k, v in hs:
        if k == "cookie" and chance(0.6):
            cookie_b = v
            continue
        lines.append(f"  -H '{k}: {v}' \\")
    if cookie_b:
        lines.insert(R.randint(1, len(lines)), f"  -b '{cookie_b}' \\")
    if method == "POST":
        body = json_body(lang, sec and not ah)
        lines.append("  -H 'content-type: application/json' \\")
        lines.append(f"  --data-raw '{json.dumps(body, separators=(',', ':'), ensure_ascii=False)}'")
    else:
        lines[-1] = lines[-1][:-2]
    if sec and not any(MS in x for x in lines):
        lines.insert(1, f"  -H 'authorization: Bearer {S('access_token', access_token())}' \\")
    txt = "\n".join(lines)
    if chance(0.2):
        txt += pick([" ; echo", " -i", " --compressed"]) if not txt.endswith("\\") else ""
    return wrap(lang, txt, pick(["dev", "req"]), sec)


@T("curl-cmd", "devtools")
def t_curl_cmd(lang, sec):
    host, p = phost(), path()
    lines = [f'curl ^"{url_of(host, p)}^" ^']
    ah = auth_header(sec, ("bearer", "basic", "apikey"))
    hs = [("accept", "application/json"), ("accept-language", "it-IT,it;q=0.9" if lang == "it" else "en-US,en;q=0.9")]
    if ah:
        hs.append(ah)
    hs += [("content-type", "application/json"), ("user-agent", ua())]
    if chance(0.5):
        hs.append(("x-request-id", uid()))
    for k, v in hs:
        lines.append(f'  -H ^"{k}: {v}^" ^')
    amt = R.randint(100, 99999)
    ref = order_no()
    lines.append(f'  --data-raw ^"^{{^\\^"amount^\\^":{amt},^\\^"currency^\\^":^\\^"EUR^\\^",^\\^"reference^\\^":^\\^"{ref}^\\^"^}}^"')
    if sec and not ah:
        lines.insert(2, f'  -H ^"authorization: Bearer {S("access_token", access_token())}^" ^')
    pre = L(lang, ["copiato da Edge su windows (copia come cURL (cmd)), incollato nel prompt dei comandi mi dà 401",
                   "questo è il curl in formato cmd, dal prompt di windows risponde unauthorized",
                   "vi incollo la richiesta (formato cmd perchè siamo su windows)"],
            ["copied from Edge on windows (Copy as cURL (cmd)), pasted in cmd it gives 401",
             "this is the cmd-format curl, from the windows prompt it says unauthorized",
             "pasting the request (cmd format since we're on windows)"])
    return wrap(lang, "\n".join(lines), "req", sec, pre=pre)


@T("fetch", "devtools")
def t_fetch(lang, sec):
    host, origin, p = phost(), chost(), path()
    hs = dict(browser_headers(lang, host, origin))
    hs.pop("user-agent", None)
    ref = hs.pop("referer", f"https://{origin}/")
    hs.pop("origin", None)
    ah = auth_header(sec, ("bearer", "apikey"))
    body = None
    mode = R.randint(0, 2)
    if sec and mode == 0:
        body = json_body(lang, True, "token")
    elif sec and mode == 1 and ah is None:
        ah = ("authorization", "Bearer " + S("access_token", access_token()))
    if ah:
        hs[ah[0]] = ah[1]
    if body is None:
        body = json_body(lang, sec and not ah, pick(["payout", "refund", "payment"]))
    hs["content-type"] = "application/json"
    inner = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    obj_lines = ["  \"headers\": {"]
    items = list(hs.items())
    for i, (k, v) in enumerate(items):
        obj_lines.append(f"    {jstr(k)}: {jstr(v)}" + ("," if i < len(items) - 1 else ""))
    obj_lines.append("  },")
    node = chance(0.3)
    if not node:
        obj_lines.append(f"  \"referrer\": {jstr(ref)},")
        obj_lines.append("  \"referrerPolicy\": \"strict-origin-when-cross-origin\",")
    obj_lines.append(f"  \"body\": {jstr(inner)},")
    obj_lines.append("  \"method\": \"POST\"" + ("" if node else ","))
    if not node:
        obj_lines.append("  \"mode\": \"cors\",")
        obj_lines.append("  \"credentials\": \"include\"")
    txt = f'fetch("{url_of(host, p)}", {{\n' + "\n".join(obj_lines) + "\n});"
    pre = L(lang, ["preso con 'Copia come fetch', lanciato dalla console del browser torna errore CORS + 401",
                   "copia come fetch dalla tab rete:", "vi incollo il fetch che parte dal nostro frontend"],
            ["grabbed with 'Copy as fetch', running it from the console gives CORS error + 401",
             "Copy as fetch from the network tab:", "pasting the fetch our frontend sends"])
    return wrap(lang, txt, "req", sec, pre=pre if chance(0.6) else None)


@T("powershell", "devtools")
def t_powershell(lang, sec):
    host, origin, p = phost(), chost(), path()
    out = ["$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession",
           f'$session.UserAgent = "{ua()}"']
    cookie_sec = sec and chance(0.45)
    if cookie_sec:
        n, v = session_cookie()
        out.append(f'$session.Cookies.Add((New-Object System.Net.Cookie("{n}", "{S("access_token", v)}", "/", "{host}")))')
    elif chance(0.5):
        out.append(f'$session.Cookies.Add((New-Object System.Net.Cookie("_ga", "GA1.1.{digits(9, True)}.{digits(10, True)}", "/", ".{origin}")))')
    out.append(f'Invoke-WebRequest -UseBasicParsing -Uri "{url_of(host, p)}" `')
    out.append('-Method "POST" `')
    out.append("-WebSession $session `")
    out.append("-Headers @{")
    hl = [f'"authority"="{host}"', '"method"="POST"', f'"path"="{p}"', '"scheme"="https"', '"accept"="application/json"']
    if sec and not cookie_sec:
        hl.append(f'"authorization"="Bearer {S("access_token", access_token())}"')
    elif not sec and chance(0.5):
        hl.append(f'"authorization"="Bearer {ph("token")}"')
    hl.append(f'"origin"="https://{origin}"')
    if chance(0.6):
        hl.append(f'"x-request-id"="{uid()}"')
    out.append("\n  ".join(hl) + "\n} `")
    out.append('-ContentType "application/json" `')
    out.append(f'-Body "{{`"amount`":{R.randint(100, 90000)},`"currency`":`"EUR`",`"reference`":`"{order_no()}`"}}"')
    pre = L(lang, ["da powershell (copia come PowerShell da chrome) mi esce: Invoke-WebRequest : Il server remoto ha restituito un errore: (401) Non autorizzato.",
                   "copiato come PowerShell, stesso errore", "script powershell generato da devtools:"],
            ["from powershell (Copy as PowerShell in chrome) I get: Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.",
             "copied as PowerShell, same error", "powershell generated by devtools:"])
    return wrap(lang, "\n".join(out), "req", sec, pre=pre)


@T("har", "devtools")
def t_har(lang, sec):
    host, p = phost(), path()
    d = D()
    hdrs = [{"name": "Host", "value": host}, {"name": "Accept", "value": "application/json"},
            {"name": "User-Agent", "value": ua()}]
    q = []
    post = None
    which = R.randint(0, 3)
    if sec:
        if which == 0:
            hdrs.insert(1, {"name": "Authorization", "value": "Bearer " + S("access_token", access_token())})
        elif which == 1:
            p = "/oauth/token"
            post = {"mimeType": "application/x-www-form-urlencoded",
                    "text": f"grant_type=refresh_token&refresh_token={S('refresh_token', refresh_token())}&client_id={client_id()}",
                    }
        elif which == 2:
            n, v = session_cookie()
            hdrs.insert(1, {"name": "Cookie", "value": f"{n}={S('access_token', v)}"})
        else:
            q = [{"name": "api_key", "value": S("access_token", api_key())}, {"name": "page", "value": "1"}]
    else:
        hdrs.insert(1, {"name": pick(["X-Request-Id", "X-Correlation-Id"]), "value": uid()})
        if which == 1:
            p = "/oauth/token"
            post = {"mimeType": "application/x-www-form-urlencoded",
                    "text": f"grant_type=client_credentials&client_id={client_id()}&scope=payouts"}
        if which == 3:
            q = [{"name": "page", "value": "2"}, {"name": "cursor", "value": b64u(json.dumps({"id": pay_id()}))}]
    req = {"method": "POST" if post else "GET", "url": url_of(host, p) + ("?" + "&".join(f"{x['name']}={x['value']}" for x in q) if q else ""),
           "httpVersion": "http/2.0", "headers": hdrs, "queryString": q, "cookies": [], "headersSize": -1, "bodySize": 0}
    if post:
        req["postData"] = post
    resp = {"status": pick([401, 403, 400, 500, 200]), "statusText": "", "httpVersion": "http/2.0",
            "headers": [{"name": "content-type", "value": "application/json"},
                        {"name": "x-request-id", "value": uid()}, {"name": "etag", "value": etag()}],
            "content": {"size": R.randint(40, 900), "mimeType": "application/json"}}
    entry = {"startedDateTime": d.iso(), "time": round(R.uniform(30, 2000), 3), "request": req, "response": resp,
             "serverIPAddress": f"34.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}", "connection": str(R.randint(1000, 99999))}
    txt = jdump(entry, indent=pick([2, 2, 4]))
    if chance(0.5):
        txt = '{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "WebInspector", "version": "537.36"},\n    "entries": [\n' + txt + "\n    ]\n  }\n}"
    pre = L(lang, ["vi incollo la parte del file HAR con la chiamata che fallisce (il file intero è enorme)",
                   "estratto dal .har esportato da chrome", "ho salvato l'HAR, questa è la entry interessata"],
            ["pasting the part of the HAR file with the failing call (the whole file is huge)",
             "excerpt from the .har exported from chrome", "saved a HAR, this is the relevant entry"])
    return wrap(lang, txt, "req", sec, pre=pre)


@T("devtools", "devtools")
def t_devtools_panel(lang, sec):
    host, p = phost(), path()
    code = pick(["401 Unauthorized", "403 Forbidden", "400 Bad Request", "502 Bad Gateway", "200 OK"])
    ip = f"{R.randint(3, 52)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}:443"
    gen = [("Request URL", url_of(host, p)), ("Request Method", pick(["GET", "POST"])), ("Status Code", code),
           ("Remote Address", ip), ("Referrer Policy", "strict-origin-when-cross-origin")]
    req = [(":authority", host), (":method", gen[1][1]), (":path", p), (":scheme", "https"), ("accept", "application/json"),
           ("accept-encoding", "gzip, deflate, br, zstd")]
    ah = auth_header(sec)
    if ah:
        req.append(ah)
    elif sec:
        req.append(("authorization", "Bearer " + S("access_token", access_token())))
    req += [("origin", f"https://{chost()}"), ("user-agent", ua())]
    if chance(0.5):
        req.append(("x-correlation-id", uid()))
    resp = [("content-type", "application/json"), ("date", D().http()), ("x-request-id", uid())]
    if chance(0.5):
        resp.append(("www-authenticate", 'Bearer error="invalid_token", error_description="The access token expired"'))
    if chance(0.5):
        resp.append(("cf-ray", cf_ray()))
    stacked = chance(0.5)

    def block(title, kv):
        if stacked:
            return title + "\n" + "\n".join(f"{k}:\n{v}" for k, v in kv)
        return title + "\n" + "\n".join(f"{k}: {v}" for k, v in kv)
    g = L(lang, "Generale", "General") if chance(0.5) else "General"
    txt = "\n".join([block(g, gen), block("Response Headers", resp), block("Request Headers", req)])
    return wrap(lang, txt, "dev", sec)


@T("headers", "devtools")
def t_resp_headers(lang, sec):
    d = D()
    lines = [pick(["HTTP/2 200", "HTTP/1.1 200 OK", "HTTP/2 302", "HTTP/1.1 302 Found"]),
             f"date: {d.http()}", "content-type: text/html; charset=utf-8"]
    n_ = nonce()
    lines.append(f"content-security-policy: default-src 'self'; script-src 'self' 'nonce-{n_}' https://js.sportello.io; frame-ancestors 'none'")
    lines.append("strict-transport-security: max-age=63072000; includeSubDomains; preload")
    if sec:
        n, v = session_cookie()
        lines.append(f"set-cookie: {n}={S('access_token', v)}; Path=/; HttpOnly; Secure; SameSite=Lax")
        if chance(0.3):
            lines.append(f"set-cookie: refresh_token={S('refresh_token', refresh_token())}; Path=/auth; HttpOnly; Secure; Max-Age=2592000")
    else:
        lines.append(f"set-cookie: lang={lang}; Path=/; Max-Age=31536000; SameSite=Lax")
        if chance(0.5):
            lines.append(f"set-cookie: {pick(['sp_session', 'sessionid', 'PHPSESSID'])}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly")
    lines += [f"etag: {etag()}", f"x-request-id: {uid()}", f"x-envoy-upstream-service-time: {R.randint(3, 900)}"]
    if chance(0.5):
        lines.append(f"cf-ray: {cf_ray()}")
    if chance(0.4):
        lines.append(f"location: https://{chost()}/callback?state={rs(22, URLSAFE)}" + "")
    R.shuffle(lines[1:])
    pre = L(lang, ["questi sono gli header di risposta della pagina di login, dopo il redirect la sessione si perde",
                   "header della risposta (copiati da firefox):", "vi copio gli header che ci tornano"],
            ["these are the response headers of the login page, after the redirect the session is lost",
             "response headers (copied from firefox):", "copying the headers we get back"])
    return wrap(lang, "\n".join(lines), "req", sec, pre=pre)


@T("proxy", "proxy")
def t_charles(lang, sec):
    host = pick(["auth.sportello.io", "sandbox.api.sportello.io"])
    cid = client_id()
    lines = ["POST /oauth/token HTTP/1.1", f"Host: {host}", "Content-Type: application/x-www-form-urlencoded"]
    body = "grant_type=client_credentials&scope=payouts%3Awrite"
    if sec:
        v = R.randint(0, 2)
        if v == 0:
            lines.append("Authorization: Basic " + S("client_secret", b64s(f"{cid}:{client_secret()}")))
        else:
            body = f"grant_type=client_credentials&client_id={cid}&client_secret={S('client_secret', client_secret())}&scope=payouts%3Awrite"
    else:
        if chance(0.5):
            lines.append("Authorization: Basic " + pick(["[tolto]" if lang == "it" else "[removed]", "XXXXXXXXXXXX", "<hidden>"]))
        else:
            body = f"grant_type=client_credentials&client_id={cid}&scope=payouts%3Awrite"
    lines += [f"Content-Length: {len(body)}", "Connection: keep-alive", f"User-Agent: {pick(['okhttp/4.12.0', 'Apache-HttpClient/4.5.14 (Java/17.0.9)', 'python-requests/2.31.0', 'Dart/3.3 (dart:io)'])}", "", body, ""]
    ok = sec and chance(0.5)
    if ok:
        tok = S("access_token", access_token())
        resp = ["HTTP/1.1 200 OK", "Content-Type: application/json", f"X-Request-Id: {uid()}", "",
                '{"access_token":"' + tok + '","token_type":"Bearer","expires_in":3600,"scope":"payouts:write"}']
    else:
        resp = ["HTTP/1.1 401 Unauthorized", "Content-Type: application/json", f"X-Request-Id: {uid()}", "",
                '{"error":"invalid_client","error_description":"Client authentication failed"}']
    pre = L(lang, ["catturato con Charles dal telefono di test, la richiesta del token:",
                   "da Charles (tasto destro > Copy Request / Copy Response):",
                   "ho messo Charles in mezzo per vedere cosa manda l'app:"],
            ["captured with Charles from the test phone, the token request:",
             "from Charles (right click > Copy Request / Copy Response):",
             "put Charles in the middle to see what the app sends:"])
    return wrap(lang, "\n".join(lines) + "\n" + "\n".join(resp), "req", sec, pre=pre)


@T("proxy", "proxy")
def t_fiddler(lang, sec):
    host = chost()
    f, l = person(lang)
    em = urllib.parse.quote(email_of(f, l, lang), safe="")
    lines = [f"POST https://{host}/account/login HTTP/1.1", f"Host: {host}", "Connection: keep-alive",
             "Content-Type: application/x-www-form-urlencoded", f"User-Agent: {ua()}",
             f"Cookie: lang={pick(['it-IT', 'en-GB'])}"]
    if sec:
        pw = password(lang)
        body = f"Email={em}&Password={S('password', urllib.parse.quote(pw, safe=''))}&RememberMe=false"
    else:
        body = f"Email={em}&Password=&RememberMe=false" if chance(0.5) else f"Email={em}&ReturnUrl=%2Fadmin%2Fpayouts"
    lines += ["", body]
    resp = ["", "HTTP/1.1 302 Found", f"Location: /{pick(['admin', 'dashboard', 'account/login?error=1'])}",
            f"Set-Cookie: .AspNetCore.Session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/", f"X-Request-ID: {uid()}"]
    pre = L(lang, ["ho catturato il login del portale con Fiddler, dopo il login torna sempre alla pagina di login. Raw:",
                   "fiddler, tab Raw:", "il login non funziona su Edge, vi copio da Fiddler"],
            ["captured the portal login with Fiddler, after login it always goes back to the login page. Raw:",
             "fiddler, Raw tab:", "login doesn't work on Edge, copied from Fiddler"])
    return wrap(lang, "\n".join(lines + resp), "req", sec, pre=pre)


@T("proxy", "proxy")
def t_mitm(lang, sec):
    d = D()
    ip = f"192.168.{R.randint(0, 5)}.{R.randint(2, 250)}"
    out = []
    n = R.randint(2, 4)
    sec_at = R.randrange(n) if sec else -1
    for i in range(n):
        d = d.adv(R.randint(0, 3))
        host, p = phost(), path()
        m = pick(["GET", "POST"])
        out.append(f"[{d.hm()}:{d.s:02d}.{d.ms:03d}][{ip}:{R.randint(40000, 65000)}] {m} https://{host}{p}")
        hl = [f"    {pick(['user-agent', 'User-Agent'])}: {pick(['Kestrel/412 CFNetwork/1496.0.7 Darwin/23.5.0', 'okhttp/4.12.0', 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7)'])}"]
        if i == sec_at:
            k = pick(["bearer", "apikey"])
            if k == "bearer":
                hl.append(f"    authorization: Bearer {S('access_token', access_token())}")
            else:
                hl.append(f"    x-api-key: {S('access_token', api_key())}")
        else:
            hl.append(f"    x-request-id: {uid()}")
            if chance(0.3):
                hl.append(f"    if-none-match: {etag()}")
        if chance(0.7):
            out += hl
        elif i == sec_at:
            out += hl
        st = pick(["200 OK", "401 Unauthorized", "304 Not Modified", "201 Created", "429 Too Many Requests"])
        out.append(f" << {st} {R.randint(0, 9)}.{R.randint(0, 9)}k")
    pre = L(lang, ["output di mitmdump mentre riproduco il problema dall'app:", "log di mitmproxy:"],
            ["mitmdump output while reproducing from the app:", "mitmproxy log:"])
    return wrap(lang, "\n".join(out), "req", sec, pre=pre)


@T("proxy", "proxy")
def t_burp(lang, sec):
    host = pick(["api.sportello.io", "sandbox.api.sportello.io"])
    c = card()
    if sec:
        b = {"amount": R.randint(100, 99999), "currency": "EUR",
             "card": {"holder": " ".join(person(lang)).upper(), "pan": S("card_number", fmt_card(c, pick(["", "", " "]))),
                      "expiry": exp_date()}}
        if chance(0.8):
            b["card"]["cvv"] = S("cvv", cvv_for(c))
    else:
        b = {"amount": R.randint(100, 99999), "currency": "EUR",
             "payment_method": {"type": "card", "token": "tok_" + rs(24), "last4": c[-4:], "brand": pick(["visa", "mastercard"]),
                                "bin": c[:6] if chance(0.5) else None}}
    body = jdump(b, indent=None) if chance(0.5) else jdump(b)
    lines = [f"POST /v2/payments HTTP/2", f"Host: {host}", f"Content-Type: application/json",
             f"X-Idempotency-Key: {uid()}", f"User-Agent: {ua()}", f"Content-Length: {len(body)}", "", body]
    pre = L(lang, ["durante il pentest il fornitore ci ha segnalato questa richiesta, ce la confermate? (da Burp Repeater)",
                   "richiesta da Burp:", "abbiamo intercettato con burp la chiamata dal checkout"],
            ["during the pentest the vendor flagged this request, can you confirm it? (from Burp Repeater)",
             "request from Burp:", "we intercepted the checkout call with burp"])
    return wrap(lang, "\n".join(lines), "pay", sec, pre=pre)


@T("httpie", "http-client")
def t_httpie(lang, sec):
    host = pick(["auth.sportello.io", "sandbox.api.sportello.io"])
    cid = client_id()
    d = D()
    if sec:
        cs = client_secret()
        v = R.randint(0, 1)
        if v == 0:
            cmd = f"$ http -v --form POST https://{host}/oauth/token grant_type=client_credentials client_id={cid} client_secret={S('client_secret', cs)}"
            req_auth = []
            body = f"grant_type=client_credentials&client_id={cid}&client_secret={S('client_secret', cs)}"
        else:
            cmd = f"$ http -v -a {S('client_secret', cid + ':' + cs)} --form POST https://{host}/oauth/token grant_type=client_credentials"
            req_auth = ["Authorization: Basic " + S("client_secret", b64s(cid + ":" + cs))]
            body = "grant_type=client_credentials"
    else:
        cmd = pick([f"$ http -v --form POST https://{host}/oauth/token grant_type=client_credentials client_id={cid} client_secret=$CLIENT_SECRET",
                    f"$ http -v -a {cid}:$SPORTELLO_SECRET --form POST https://{host}/oauth/token grant_type=client_credentials",
                    f"$ http -v --form POST https://{host}/oauth/token grant_type=client_credentials client_id={cid} client_secret=@~/.secrets/sportello"])
        req_auth = ["Authorization: Basic " + pick(["<snip>", "***", "..."])] if "-a " in cmd else []
        body = f"grant_type=client_credentials&client_id={cid}&client_secret=" + pick(["%2A%2A%2A", "REDACTED", "xxxx"]) if "-a " not in cmd else "grant_type=client_credentials"
    out = [cmd, "POST /oauth/token HTTP/1.1", "Accept: */*", "Accept-Encoding: gzip, deflate"] + req_auth + [
        "Connection: keep-alive", f"Content-Length: {R.randint(40, 140)}", "Content-Type: application/x-www-form-urlencoded; charset=utf-8",
        f"Host: {host}", f"User-Agent: HTTPie/{pick(['3.2.2', '3.2.3', '3.2.1'])}", "", body, ""]
    if sec and chance(0.5):
        out += ["HTTP/1.1 200 OK", "Content-Type: application/json", f"Date: {d.http()}", f"X-Request-Id: {uid()}", "",
                "{", f'    "access_token": "{S("access_token", access_token())}",', '    "expires_in": 3600,',
                '    "token_type": "Bearer"', "}"]
    else:
        out += ["HTTP/1.1 401 Unauthorized", "Content-Type: application/json", f"Date: {d.http()}", f"X-Request-Id: {uid()}", "",
                "{", '    "error": "invalid_client",', f'    "trace_id": "{hx(32)}"', "}"]
    return wrap(lang, "\n".join(out), "req", sec)


@T("insomnia", "http-client")
def t_insomnia(lang, sec):
    wid, eid = "wrk_" + hx(32), "env_" + hx(32)
    rid = "req_" + hx(32)
    data = {"base_url": f"https://{phost()}", "client_id": client_id()}
    if sec:
        k = pick(["token", "secret", "refresh"])
        if k == "token":
            data["token"] = S("access_token", access_token())
        elif k == "secret":
            data["client_secret"] = S("client_secret", client_secret())
        else:
            data["refresh_token"] = S("refresh_token", refresh_token())
    else:
        data["token"] = pick([f"{{% response 'body', '{rid}', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'never', 60 %}}",
                              "{{ _.secrets.token }}", "", "{% prompt 'token', '', '', '', false, true %}"])
    res = [{"_id": rid, "parentId": "fld_" + hx(32), "modified": ts_epoch() * 1000 + R.randint(0, 999), "url": "{{ _.base_url }}/v2/payouts",
            "name": pick(["Crea payout", "Create payout", "Lista rimborsi", "Get balance"]), "method": "POST",
            "authentication": {"type": "bearer", "token": "{{ _.token }}"}, "_type": "request"},
           {"_id": eid, "parentId": wid, "name": pick(["Produzione", "Prod", "Sandbox", "Base Environment"]), "data": data,
            "_type": "environment"}]
    exp = {"_type": "export", "__export_format": 4, "__export_date": D().iso(), "__export_source": f"insomnia.desktop.app:v{pick(['8.6.1', '9.2.0', '2023.5.8'])}",
           "resources": res}
    pre = L(lang, ["vi allego l'export di Insomnia così potete riprodurre", "export insomnia (json):", "questa è la nostra collection insomnia"],
            ["attaching the Insomnia export so you can reproduce", "insomnia export (json):", "this is our insomnia collection"])
    return wrap(lang, jdump(exp), "req", sec, pre=pre)


@T("bruno", "http-client")
def t_bruno(lang, sec):
    name = pick(["Create payout", "Crea rimborso", "Get token", "List payments"])
    seq = R.randint(1, 12)
    if chance(0.5):
        auth = f"auth:bearer {{\n  token: {S('access_token', access_token()) if sec else '{{accessToken}}'}\n}}"
        body = f"meta {{\n  name: {name}\n  type: http\n  seq: {seq}\n}}\n\npost {{\n  url: {{{{baseUrl}}}}/v2/payouts\n  body: json\n  auth: bearer\n}}\n\n{auth}\n\nbody:json {{\n  {{\n    \"amount\": {R.randint(100, 99999)},\n    \"currency\": \"EUR\"\n  }}\n}}"
        fn = pick(["payouts/create.bru", "collections/payouts/Create payout.bru"])
    else:
        if sec:
            k = pick(["clientSecret", "password", "apiKey"])
            val = {"clientSecret": lambda: S("client_secret", client_secret()), "password": lambda: S("password", pw_simple(lang)),
                   "apiKey": lambda: S("access_token", api_key())}[k]()
            body = f"vars {{\n  baseUrl: https://{phost()}\n  clientId: {client_id()}\n  {k}: {val}\n}}"
        else:
            body = f"vars {{\n  baseUrl: https://{phost()}\n  clientId: {client_id()}\n}}\nvars:secret [\n  clientSecret,\n  accessToken\n]"
        fn = pick(["environments/prod.bru", "environments/Sandbox.bru"])
    pre = L(lang, [f"usiamo Bruno, questo è il file {fn}:", f"contenuto di {fn}", f"vi incollo {fn} dalla nostra collection"],
            [f"we use Bruno, this is {fn}:", f"contents of {fn}", f"pasting {fn} from our collection"])
    return wrap(lang, body, "req", sec, pre=pre)


@T("postman", "http-client")
def t_postman_collection(lang, sec):
    typ = pick(["basic", "bearer", "apikey", "oauth2"])
    if typ == "basic":
        u = client_id()
        pv = S("password", pw_simple(lang)) if sec else "{{password}}"
        auth = {"type": "basic", "basic": [{"key": "password", "value": pv, "type": "string"}, {"key": "username", "value": u, "type": "string"}]}
    elif typ == "bearer":
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": S("access_token", access_token()) if sec else "{{access_token}}", "type": "string"}]}
    elif typ == "apikey":
        auth = {"type": "apikey", "apikey": [{"key": "value", "value": S("access_token", api_key()) if sec else "{{api_key}}", "type": "string"},
                                             {"key": "key", "value": "X-Api-Key", "type": "string"}]}
    else:
        auth = {"type": "oauth2", "oauth2": [{"key": "clientSecret", "value": S("client_secret", client_secret()) if sec else "{{client_secret}}", "type": "string"},
                                             {"key": "clientId", "value": client_id(), "type": "string"},
                                             {"key": "accessTokenUrl", "value": "https://auth.sportello.io/oauth/token", "type": "string"},
                                             {"key": "grant_type", "value": "client_credentials", "type": "string"}]}
    col = {"info": {"_postman_id": uid(), "name": pick(["Sportello API", "Integrazione Sportello", "Payouts v2"]),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": digits(8, True)},
           "item": [{"name": pick(["Create payout", "Crea pagamento", "Refund"]), "request": {"auth": auth, "method": "POST",
                     "header": [{"key": "Idempotency-Key", "value": "{{$guid}}"}],
                     "url": {"raw": "{{baseUrl}}/v2/payouts", "host": ["{{baseUrl}}"], "path": ["v2", "payouts"]}}}]}
    return wrap(lang, jdump(col, indent=pick([2, 4, "\t"])), "req", sec)


@T("postman", "http-client")
def t_postman_env(lang, sec):
    vals = [{"key": "baseUrl", "value": f"https://{phost()}", "type": "default", "enabled": True},
            {"key": "client_id", "value": client_id(), "type": "default", "enabled": True}]
    if sec:
        k = pick(["client_secret", "access_token", "refresh_token", "password"])
        kind = {"client_secret": "client_secret", "access_token": "access_token", "refresh_token": "refresh_token", "password": "password"}[k]
        gen = {"client_secret": client_secret, "access_token": access_token, "refresh_token": refresh_token, "password": lambda: password(lang)}[k]
        vals.append({"key": k, "value": S(kind, gen()), "type": pick(["secret", "default"]), "enabled": True})
    else:
        vals.append({"key": "client_secret", "value": "", "type": "secret", "enabled": True})
        vals.append({"key": "access_token", "value": "", "type": "any", "enabled": True})
    vals.append({"key": "payout_id", "value": pay_id(), "type": "default", "enabled": True})
    env = {"id": uid(), "name": pick(["Sportello PROD", "Sportello sandbox", "prod", "collaudo"]), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": D().iso(), "_postman_exported_using": "Postman/11.2.0"}
    pre = L(lang, ["vi giro l'environment di postman che usiamo", "environment postman esportato:", "export dell'ambiente"],
            ["sending the postman environment we use", "exported postman environment:", "environment export"])
    return wrap(lang, jdump(env), "req", sec, pre=pre)


@T("postman", "http-client")
def t_postman_console(lang, sec):
    host = pick(["auth.sportello.io", "sandbox.api.sportello.io"])
    code = pick(["401", "400", "403", "200"])
    out = [f"POST https://{host}/oauth/token", code, f"{R.randint(80, 1500)} ms"]
    if chance(0.3):
        out.append("Warning: Unable to verify the first certificate")
    out += ["Network", "Request Headers", "Content-Type: application/x-www-form-urlencoded"]
    cid = client_id()
    if sec and chance(0.5):
        out.append("Authorization: Basic " + S("client_secret", b64s(cid + ":" + client_secret())))
        rb = ["grant_type: \"client_credentials\""]
    elif sec:
        rb = ["grant_type: \"client_credentials\"", f"client_id: \"{cid}\"", f"client_secret: \"{S('client_secret', client_secret())}\""]
    else:
        rb = ["grant_type: \"client_credentials\"", f"client_id: \"{cid}\"", "client_secret: \"{{client_secret}}\"" if chance(0.5) else "scope: \"payouts\""]
    out += [f"User-Agent: PostmanRuntime/7.{R.randint(32, 42)}.{R.randint(0, 3)}", "Accept: */*", f"Postman-Token: {uid()}",
            f"Host: {host}", "Accept-Encoding: gzip, deflate, br", "Connection: keep-alive", f"Content-Length: {R.randint(30, 160)}",
            "Request Body"] + rb + ["Response Headers", "Content-Type: application/json", f"X-Request-Id: {uid()}", "Response Body"]
    if code == "200" and sec:
        out.append('{"access_token":"' + S("access_token", access_token()) + '","token_type":"Bearer","expires_in":3600}')
    elif code == "200":
        out.append('{"access_token":"[hidden]","token_type":"Bearer","expires_in":3600}' if chance(0.5) else '{"token_type":"Bearer","expires_in":3600}')
    else:
        out.append('{"error":"invalid_client"}')
    pre = L(lang, ["dalla console di postman:", "vi copio la console di Postman (View > Show Postman Console)", "Postman console qui sotto"],
            ["from the postman console:", "copying the Postman console (View > Show Postman Console)", "Postman console below"])
    return wrap(lang, "\n".join(out), "req", sec, pre=pre)


@T("wget", "http-client")
def t_wget(lang, sec):
    host = phost()
    fid = f"export_{R.randint(2024, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}_{digits(4)}.csv"
    out = []
    if sec:
        if chance(0.5):
            tok = S("access_token", access_token())
            out.append(f"$ wget -d --header='Authorization: Bearer {tok}' https://{host}/v1/reports/{fid}")
            out.append(f"Setting --header (header) to Authorization: Bearer {tok}")
            auth = [f"Authorization: Bearer {tok}"]
        else:
            pw = S("password", pw_simple(lang))
            out.append(f"$ wget -d --http-user=reports --http-password={pw} https://{host}/v1/reports/{fid}")
            out.append("Setting --http-user (httpuser) to reports")
            out.append(f"Setting --http-password (httppassword) to {pw}")
            auth = []
    else:
        out.append(f"$ wget -d --header=\"Authorization: Bearer $TOKEN\" https://{host}/v1/reports/{fid}")
        out.append("Setting --header (header) to Authorization: Bearer " + pick(["***", "$TOKEN", "[...]"]))
        auth = []
    out += [f"DEBUG output created by Wget 1.21.{R.randint(2, 4)} on linux-gnu.", "", "Reading HSTS entries from /root/.wget-hsts",
            f"URI encoding = 'UTF-8'", f"--{D().log()[:19]}--  https://{host}/v1/reports/{fid}",
            f"Resolving {host} ({host})... 34.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}",
            f"Connecting to {host} ({host})|34.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}|:443... connected.",
            "---request begin---", f"GET /v1/reports/{fid} HTTP/1.1", "Host: " + host, "User-Agent: Wget/1.21.3", "Accept: */*",
            "Accept-Encoding: identity", "Connection: Keep-Alive"] + auth + ["", "---request end---",
            "HTTP request sent, awaiting response... ", "---response begin---", pick(["HTTP/1.1 403 Forbidden", "HTTP/1.1 404 Not Found", "HTTP/1.1 401 Unauthorized"]),
            f"X-Request-Id: {uid()}", "Content-Type: application/json", "", "---response end---"]
    return wrap(lang, "\n".join(out), "req", sec)


@T("curl-v", "http-client")
def t_curl_v(lang, sec):
    host, p = phost(), path()
    ip = f"34.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
    mode = R.randint(0, 2)
    cid = client_id()
    if sec and mode == 0:
        cs = client_secret()
        cmd = f"$ curl -v -u {S('client_secret', cid + ':' + cs)} -X POST https://{host}/oauth/token -d grant_type=client_credentials"
        hdr = ["* Server auth using Basic with user '" + cid + "'", "> Authorization: Basic " + S("client_secret", b64s(cid + ":" + cs))]
        p = "/oauth/token"
    elif sec:
        t = S("access_token", access_token())
        cmd = f'$ curl -v https://{host}{p} -H "Authorization: Bearer {t}"'
        hdr = [f"> Authorization: Bearer {t}"]
    else:
        cmd = pick([f'$ curl -v https://{host}{p} -H "Authorization: Bearer $TOKEN"', f"$ curl -v -u {cid}:$CLIENT_SECRET -X POST https://{host}/oauth/token -d grant_type=client_credentials",
                    f"$ curl -v https://{host}/health"])
        hdr = ["> Authorization: Bearer " + pick(["eyJ...(tagliato)" if lang == "it" else "eyJ...(cut)", "[REDACTED]", "***"])] if "TOKEN" in cmd else []
        if "-u " in cmd:
            p = "/oauth/token"
            hdr = [f"* Server auth using Basic with user '{cid}'", "> Authorization: Basic " + pick(["<redacted>", "****"])]
        if "health" in cmd:
            p = "/health"
    out = [cmd, f"*   Trying {ip}:443...", f"* Connected to {host} ({ip}) port 443", "* ALPN: curl offers h2,http/1.1",
           "* TLSv1.3 (OUT), TLS handshake, Client hello (1):", "* TLSv1.3 (IN), TLS handshake, Server hello (2):",
           "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS", "* Server certificate:",
           f"*  subject: CN={host}", f"*  start date: {MONTHS_EN[R.randint(0, 11)]} {R.randint(1, 28)} 00:00:00 2024 GMT",
           "*  issuer: C=US; O=Let's Encrypt; CN=R11", "*  SSL certificate verify ok."]
    out += [f"> {'POST' if 'POST' in cmd else 'GET'} {p} HTTP/2", f"> Host: {host}", "> User-Agent: curl/8.5.0", "> Accept: */*"] + [h for h in hdr if h.startswith(">")]
    out = out[:1] + [h for h in hdr if h.startswith("*")] + out[1:]
    out += [">", f"< HTTP/2 {pick(['401', '403', '200', '400'])}", "< content-type: application/json", f"< x-request-id: {uid()}",
            f"< date: {D().http()}"]
    if chance(0.5):
        out.append('< www-authenticate: Bearer realm="sportello", error="invalid_token"')
    out += ["<", "* Connection #0 to host " + host + " left intact", '{"error":"' + pick(["invalid_token", "invalid_client", "insufficient_scope"]) + '"}']
    return wrap(lang, "\n".join(out), "req", sec)


@T("openssl", "http-client")
def t_openssl(lang, sec):
    host = phost()
    nb = f"{MONTHS_EN[R.randint(0, 11)]} {R.randint(1, 28):2d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00 2024 GMT"
    out = [f"$ openssl s_client -connect {host}:443 -servername {host}" + (" -crlf" if chance(0.5) else ""), "CONNECTED(00000003)",
           "depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1", "verify return:1",
           "depth=1 C = US, O = Let's Encrypt, CN = R11", "verify return:1", f"depth=0 CN = {host}", "verify return:1", "---",
           "Certificate chain", f" 0 s:CN = {host}", "   i:C = US, O = Let's Encrypt, CN = R11",
           "   a:PKEY: id-ecPublicKey, 256 (bit); sigalg: RSA-SHA256", f"   v:NotBefore: {nb}; NotAfter: {nb.replace('2024', '2025')}", "---"]
    if chance(0.4):
        out += ["Server certificate", pem_public("cert"), f"subject=CN = {host}", "issuer=C = US, O = Let's Encrypt, CN = R11", "---"]
    out += ["No client certificate CA names sent", "Peer signing digest: SHA256", "Peer signature type: ECDSA",
            "Server Temp Key: X25519, 253 bits", "---", f"SSL handshake has read {R.randint(2800, 5200)} bytes and written {R.randint(380, 420)} bytes",
            "Verification: OK", "---", "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384", "Server public key is 256 bit",
            "Secure Renegotiation IS NOT supported", "No ALPN negotiated", "Early data was not sent", "Verify return code: 0 (ok)", "---"]
    if sec:
        k = pick(["basic", "bearer", "apikey"])
        out += [f"GET /v1/accounts/me HTTP/1.1", f"Host: {host}"]
        if k == "basic":
            out.append("Authorization: Basic " + S("client_secret", b64s(client_id() + ":" + client_secret())))
        elif k == "bearer":
            out.append("Authorization: Bearer " + S("access_token", access_token()))
        else:
            out.append("X-Api-Key: " + S("access_token", api_key()))
        out += ["", "HTTP/1.1 401 Unauthorized", f"x-request-id: {uid()}", "content-length: 0", "", "closed"]
    pre = L(lang, ["sospettavamo un problema di certificati, ecco l'output di openssl", "dal server di produzione openssl dice così:",
                   "abbiamo provato a mano con openssl s_client"],
            ["we suspected a certificate issue, here's the openssl output", "from the prod server openssl says:",
             "tried by hand with openssl s_client"])
    return wrap(lang, "\n".join(out), "req", sec, pre=pre)


@T("grpcurl", "http-client")
def t_grpcurl(lang, sec):
    host = pick(["grpc.sportello.io:443", "grpc.sandbox.sportello.io:443"])
    t = S("access_token", access_token()) if sec else pick(["$TOKEN", "$(cat ~/.sportello/token)", "${ACCESS_TOKEN}"])
    q = '"' if not sec or chance(0.5) else "'"
    cmd = f"grpcurl -H {q}authorization: Bearer {t}{q} -d '{{\"payout_id\": \"{pay_id()}\"}}' {host} sportello.payouts.v1.PayoutService/GetPayout"
    res = pick(["ERROR:\n  Code: Unauthenticated\n  Message: token has expired",
                "ERROR:\n  Code: PermissionDenied\n  Message: missing scope payouts:read",
                f'{{\n  "payoutId": "{pay_id()}",\n  "status": "FAILED",\n  "failureCode": "ACCOUNT_CLOSED"\n}}'])
    pre = L(lang, ["usiamo il gRPC, con grpcurl ottengo questo:", "provato con grpcurl:", "da terminale con grpcurl"],
            ["we use gRPC, with grpcurl I get this:", "tried with grpcurl:", "from the terminal with grpcurl"])
    return wrap(lang, "$ " + cmd + "\n" + res, "req", sec, pre=pre if chance(0.7) else None)


# ================================================================ SDK logs
def jlog_prefix(d, level, thread, logger):
    return f"{d.log()} {level:>5} {R.randint(1, 99999)} --- [{thread}] {logger:<40} :"


@T("java-log", "sdk-log")
def t_okhttp(lang, sec):
    d = D()
    host, p = phost(), path()
    android = chance(0.4)
    body = json.dumps(json_body(lang, False, pick(["payout", "refund"])), separators=(",", ":"))
    lines = [f"--> POST https://{host}{p}", "Content-Type: application/json; charset=utf-8", f"Content-Length: {len(body)}"]
    if sec:
        k = pick(["bearer", "bearer", "apikey", "basic"])
        if k == "bearer":
            lines.append("Authorization: Bearer " + S("access_token", access_token()))
        elif k == "apikey":
            lines.append("X-Api-Key: " + S("access_token", api_key()))
        else:
            lines.append("Authorization: Basic " + S("client_secret", b64s(client_id() + ":" + client_secret())))
    else:
        lines.append(pick(["Authorization: ██", "Authorization: ██", f"X-Request-Id: {uid()}", "X-Api-Key: ██"]))
    lines += [f"Idempotency-Key: {uid()}", body, f"--> END POST ({len(body)}-byte body)",
              f"<-- {pick(['401 Unauthorized', '403 Forbidden', '422 Unprocessable Entity', '500 Internal Server Error'])} https://{host}{p} ({R.randint(40, 3000)}ms)",
              "content-type: application/json", f"x-request-id: {uid()}", '{"error":{"code":"' + pick(["unauthorized", "invalid_beneficiary", "internal"]) + '"}}', "<-- END HTTP"]
    out = []
    pid = R.randint(2000, 30000)
    for ln in lines:
        dd = d.adv(0)
        if android:
            out.append(f"{dd.log()[:10]} {dd.log()[11:]}  {pid}-{pid + R.randint(20, 90)}  okhttp.OkHttpClient     com.{pick(['kestrel', 'ortofrutta', 'parcelly'])}.app  I  {ln}")
        else:
            out.append(f"{dd.log()}  INFO 1 --- [   OkHttp Dispatcher] okhttp3.OkHttpClient                     : {ln}")
    pre = L(lang, ["log di okhttp con HttpLoggingInterceptor a BODY:", "ecco il logcat dell'app android mentre faccio il payout",
                   "abbiamo acceso il logging di okhttp, output:"],
            ["okhttp log with HttpLoggingInterceptor at BODY:", "here's the android logcat while I create the payout",
             "we enabled okhttp logging, output:"])
    return wrap(lang, "\n".join(out), "log", sec, pre=pre if chance(0.6) else None)


@T("java-log", "sdk-log")
def t_java_tostring(lang, sec):
    d = D()
    cid = client_id()
    if sec:
        k = pick(["cs", "pw", "rt"])
        if k == "cs":
            obj = f"TokenRequest{{grantType='client_credentials', clientId='{cid}', clientSecret='{S('client_secret', client_secret())}', scope='payouts:write'}}"
        elif k == "pw":
            obj = f"DataSourceProperties{{url='jdbc:mysql://db-prod:3306/shop', username='shop_app', password='{S('password', password(lang))}', driverClassName='com.mysql.cj.jdbc.Driver'}}"
        else:
            obj = f"OAuthTokens{{accessToken=null, refreshToken='{S('refresh_token', refresh_token())}', expiresAt=2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:00:00Z}}"
    else:
        obj = pick([f"TokenRequest{{grantType='client_credentials', clientId='{cid}', clientSecret='****', scope='payouts:write'}}",
                    f"TokenRequest{{grantType='client_credentials', clientId='{cid}', scope='payouts:write'}}",
                    f"DataSourceProperties{{url='jdbc:mysql://db-prod:3306/shop', username='shop_app', password='[PROTECTED]', driverClassName='com.mysql.cj.jdbc.Driver'}}",
                    f"OAuthTokens{{accessToken=<masked>, refreshToken=<masked>, expiresAt=2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T09:00:00Z}}",
                    f"PayoutCommand{{id={uid()}, amount=EUR {R.randint(10, 9000)}.00, beneficiaryRef='{pay_id()}', requestedBy='{email_of(*person(lang), lang)}'}}"])
    logger = pick(["c.o.integration.SportelloClient", "i.k.payments.AuthService", "com.brembo.erp.sportello.TokenProvider"])
    lines = [f"{d.log()} DEBUG [{pick(['main', 'http-nio-8080-exec-3', 'scheduling-1', 'pool-2-thread-1'])}] {logger} - {pick(['requesting token with', 'built request:', 'config loaded:', 'sending'])} {obj}",
             f"{d.adv(1).log()} ERROR [{pick(['main', 'http-nio-8080-exec-3'])}] {logger} - {pick(['token request failed', 'unable to connect', 'payout rejected'])}",
             f"{pick(['org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]', 'java.sql.SQLException: Access denied for user', 'com.sportello.sdk.ApiException: HTTP 401 invalid_client'])}",
             "\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)",
             f"\tat {logger.replace('c.o.', 'com.ortofrutta.').replace('i.k.', 'io.kestrel.')}.fetch(SportelloClient.java:{R.randint(40, 300)})",
             "\t... 42 common frames omitted"]
    return wrap(lang, "\n".join(lines), "log", sec)


@T("java-log", "sdk-log")
def t_hikari(lang, sec):
    d = D()
    db = pick(["shop", "erp", "payments", "gestionale"])
    user = pick(["app", "shop_rw", "erp_user", "svc_payments"])
    host = pick(["db-prod.internal", "10.0.3.17", "pg-main.brembo.local", "mysql-01"])
    pw = password(lang)
    mysql = chance(0.4)
    base = f"jdbc:mysql://{host}:3306/{db}" if mysql else f"jdbc:postgresql://{host}:5432/{db}"
    if sec:
        url = base + f"?user={user}&password={S('password', urllib.parse.quote(pw, safe='') if chance(0.5) else pw_simple(lang))}"
    else:
        url = base + pick(["?sslmode=require", "", "?useSSL=true&serverTimezone=Europe/Rome"])
    lines = [f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : HikariPool-1 - configuration:",
             f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : connectionTimeout...............30000",
             f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................{url}",
             f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : maximumPoolSize.................10",
             f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : password........................<masked>",
             f"{d.log()} DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : username........................\"{user}\"",
             f"{d.adv(30).log()} ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.",
             ("java.sql.SQLException: Access denied for user '" + user + "'@'10.0.4.2' (using password: YES)") if mysql else
             f'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "{user}"',
             "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)"]
    pre = L(lang, ["l'applicazione non parte più dopo il cambio password del db, log di avvio:",
                   "spring boot non si avvia, log:", "log di startup (hikari in debug)"],
            ["the app won't start after the db password change, startup log:", "spring boot won't start, log:",
             "startup log (hikari at debug)"])
    return wrap(lang, "\n".join(lines), "log", sec, pre=pre)


@T("java-log", "sdk-log")
def t_actuator_env(lang, sec):
    props = {"spring.datasource.url": {"value": "jdbc:postgresql://db:5432/shop", "origin": "class path resource [application.yml] - 3:10"},
             "spring.datasource.password": {"value": "******", "origin": "System Environment Property \"SPRING_DATASOURCE_PASSWORD\""},
             "sportello.base-url": {"value": f"https://{phost()}"},
             "sportello.client-id": {"value": client_id()}}
    if sec:
        k = pick(["cred", "webhook", "stripe"])
        if k == "cred":
            props["sportello.credentials"] = {"value": S("client_secret", client_id() + ":" + client_secret())}
        elif k == "webhook":
            props["sportello.webhook.signing"] = {"value": S("vendor_key", vendor_key("stripe_wh"))}
        else:
            props["payments.stripe.api"] = {"value": S("vendor_key", vendor_key("stripe"))}
    else:
        props["sportello.client-secret"] = {"value": "******"}
        props["management.endpoints.web.exposure.include"] = {"value": "health,info,env"}
    doc = {"activeProfiles": [pick(["prod", "collaudo", "staging"])],
           "propertySources": [{"name": "Config resource 'class path resource [application-prod.yml]' via location 'optional:classpath:/'", "properties": props}]}
    pre = L(lang, ["ecco l'output di /actuator/env dal pod", "da /actuator/env si vede che la config è caricata:",
                   "vi copio cosa restituisce actuator/env"],
            ["here's /actuator/env from the pod", "/actuator/env shows the config is loaded:", "copying what actuator/env returns"])
    return wrap(lang, jdump(doc), "cfg", sec, pre=pre)


@T("kotlin-log", "sdk-log")
def t_kotlin_dataclass(lang, sec):
    d = D()
    f, l = person(lang)
    if sec:
        k = pick(["iban", "iban", "card", "pw"])
        if k == "iban":
            inner = f"beneficiary=Beneficiary(name={f} {l}, iban={S('iban', any_iban())}, bic={pick(BICS)})"
        elif k == "card":
            c = card()
            inner = f"card=CardData(holder={f.upper()} {l.upper()}, number={S('card_number', c)}, expiry={exp_date()}, cvc={S('cvv', cvv_for(c))})"
        else:
            inner = f"credentials=Credentials(username={email_of(f, l, lang)}, password={S('password', password(lang))})"
    else:
        inner = pick([f"beneficiary=Beneficiary(name={f} {l}, iban={mask_iban(any_iban())}, bic={pick(BICS)})",
                      f"beneficiary=Beneficiary(id={pay_id()}, name={f} {l}, bic={pick(BICS)})",
                      f"card=CardData(holder={f.upper()} {l.upper()}, last4={digits(4)}, expiry={exp_date()}, token=tok_{rs(24)})",
                      f"credentials=Credentials(username={email_of(f, l, lang)}, password=***)"])
    obj = f"PayoutRequest(id={uid()}, amount={R.randint(100, 99999)}, currency=EUR, {inner}, createdAt={d.iso()})"
    lines = [f"{d.log()} D/PayoutRepository: submitting {obj}",
             f"{d.adv(1).log()} E/PayoutRepository: HTTP 422 from /v2/payouts",
             "    io.ktor.client.plugins.ClientRequestException: Client request(POST https://api.sportello.io/v2/payouts) invalid: 422 Unprocessable Entity. Text: \"{\"error\":\"invalid_beneficiary\"}\"",
             "        at io.ktor.client.plugins.DefaultResponseValidationKt$addDefaultResponseValidation$1$1.invokeSuspend(DefaultResponseValidation.kt:54)",
             "        at kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"]
    return wrap(lang, "\n".join(lines), "log", sec)


@T("kotlin-log", "sdk-log")
def t_ktor_logging(lang, sec):
    host, p = phost(), path()
    hl = ["-> Accept: application/json", "-> Accept-Charset: UTF-8"]
    if sec:
        hl.append("-> Authorization: Bearer " + S("access_token", access_token()))
    else:
        hl.append(pick(["-> Authorization: ***", f"-> X-Correlation-Id: {uid()}", "-> Authorization: ***"]))
    body = json.dumps(json_body(lang, False, "refund"), separators=(",", ":"))
    out = [f"REQUEST: {url_of(host, p)}", "METHOD: HttpMethod(value=POST)", "COMMON HEADERS"] + hl + [
        "CONTENT HEADERS", f"-> Content-Length: {len(body)}", "-> Content-Type: application/json", "BODY Content-Type: application/json",
        "BODY START", body, "BODY END", f"RESPONSE: {pick(['401 Unauthorized', '400 Bad Request', '200 OK'])}",
        "METHOD: HttpMethod(value=POST)", f"FROM: {url_of(host, p)}", "COMMON HEADERS", f"-> x-request-id: {uid()}"]
    tag = pick(["HttpClient", "io.ktor.client.HttpClient"])
    out = [f"{tag}: {x}" if chance(0.5) else x for x in out] if chance(0.3) else out
    return wrap(lang, "\n".join(out), "log", sec)


@T("go-log", "sdk-log")
def t_go_struct(lang, sec):
    d = D()
    cid = client_id()
    if sec:
        k = pick(["cs", "key", "pw"])
        if k == "cs":
            f = f"ClientID:{cid} ClientSecret:{S('client_secret', client_secret())}"
        elif k == "key":
            f = f"APIKey:{S('access_token', api_key())}"
        else:
            f = f"DB:{{Host:db.internal Port:5432 User:payouts Password:{S('password', pw_simple(lang))} Name:payouts}}"
    else:
        f = pick([f"ClientID:{cid} ClientSecret:", f"ClientID:{cid} ClientSecret:[redacted]", f"APIKeyRef:{secret_ref()}",
                  "DB:{Host:db.internal Port:5432 User:payouts PasswordFile:/run/secrets/db_password Name:payouts}"])
    line = f"{d.log()[:19].replace('-', '/')} config: &{{BaseURL:https://{phost()} {f} Timeout:30s Retries:{R.randint(0, 5)}}}"
    after = pick([f"{d.adv(1).log()[:19].replace('-', '/')} token request failed: oauth2: \"invalid_client\" \"client authentication failed\"",
                  f"{d.adv(1).log()[:19].replace('-', '/')} POST /v2/payouts: 401 Unauthorized (request_id={uid()})",
                  f"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6a1f3c]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/cmd/payouts/main.go:{R.randint(20, 200)} +0x{hx(3)}\nexit status 2"])
    pre = L(lang, ["ho stampato la config con %+v per capire, ecco:", "output del nostro servizio go:", "log del container go"],
            ["printed the config with %+v to check, here:", "output of our go service:", "go container log"])
    return wrap(lang, line + "\n" + after, "log", sec, pre=pre if chance(0.7) else None)


@T("go-log", "sdk-log")
def t_go_dump(lang, sec):
    host, p = phost(), path()
    body = json.dumps(json_body(lang, sec and chance(0.3), "payout"), separators=(",", ":"))
    hl = [f"Host: {host}", "User-Agent: Go-http-client/1.1", f"Content-Length: {len(body)}"]
    if sec and MS not in body:
        hl.append(pick(["Authorization: Bearer " + S("access_token", access_token()), "X-Api-Key: " + S("access_token", api_key())]))
    elif chance(0.5):
        hl.append(f"X-Request-Id: {uid()}")
    hl += ["Content-Type: application/json", "Accept-Encoding: gzip"]
    txt = f"POST {p} HTTP/1.1\r\n" + "\r\n".join(hl) + "\r\n\r\n" + body
    txt = txt.replace("\r\n", "\n")
    pre = L(lang, ["dump della richiesta fatto con httputil.DumpRequestOut:", "ecco la request (httputil.DumpRequestOut)"],
            ["request dump via httputil.DumpRequestOut:", "here's the request (httputil.DumpRequestOut)"])
    return wrap(lang, txt, "log", sec, pre=pre)


@T("go-log", "sdk-log")
def t_go_dsn(lang, sec):
    d = D()
    user = pick(["payouts", "app", "svc"])
    pw = pw_simple(lang)
    lvl = pick(["zap", "std"])
    if sec:
        dsn = f"postgres://{user}:{S('password', pw)}@pg-prod.internal:5432/payouts?sslmode=disable"
    else:
        dsn = pick([f"postgres://{user}:xxxxx@pg-prod.internal:5432/payouts?sslmode=disable", f"postgres://{user}@pg-prod.internal:5432/payouts?sslmode=require",
                    f"host=pg-prod.internal user={user} dbname=payouts sslmode=disable"])
    if lvl == "zap":
        l1 = jdump({"level": "info", "ts": float(f"{ts_epoch()}.{digits(4)}"), "caller": "db/db.go:41", "msg": "connecting", "dsn": dsn}, indent=None)
        l2 = jdump({"level": "fatal", "ts": float(f"{ts_epoch()}.{digits(4)}"), "caller": "cmd/main.go:57", "msg": "db connect",
                    "error": f"failed to connect to `host=pg-prod.internal user={user} database=payouts`: failed SASL auth (FATAL: password authentication failed for user \"{user}\" (SQLSTATE 28P01))"}, indent=None)
    else:
        l1 = f"{d.log()[:19].replace('-', '/')} connecting to {dsn}"
        l2 = f"{d.adv(2).log()[:19].replace('-', '/')} failed to connect to `host=pg-prod.internal user={user} database=payouts`: server error (FATAL: password authentication failed for user \"{user}\" (SQLSTATE 28P01))"
    return wrap(lang, l1 + "\n" + l2, "log", sec)


@T("csharp-log", "sdk-log")
def t_dotnet_http(lang, sec):
    host, p = phost(), path()
    cat = pick(["Sportello", "ISportelloClient", "Default"])
    hl = ["Accept: application/json"]
    if sec:
        hl.append(pick(["Authorization: Bearer " + S("access_token", access_token()), "X-Api-Key: " + S("access_token", api_key())]))
    else:
        hl.append(pick(["Authorization: *", f"traceparent: {traceparent()}", "Authorization: *"]))
    out = [f"info: System.Net.Http.HttpClient.{cat}.LogicalHandler[100]", f"      Start processing HTTP request POST {url_of(host, p)}",
           f"trce: System.Net.Http.HttpClient.{cat}.LogicalHandler[102]", "      Request Headers:"] + ["      " + h for h in hl] + [
        f"info: System.Net.Http.HttpClient.{cat}.ClientHandler[101]", f"      Received HTTP response headers after {R.uniform(20, 2000):.4f}ms - {pick([401, 403, 500, 200])}",
        f"fail: {pick(['Ortofrutta.Gestionale', 'Kestrel.Payouts', 'Brembo.Erp'])}.Services.PayoutService[0]",
        f"      Payout {uid()} failed", "      System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).",
        "         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()"]
    return wrap(lang, "\n".join(out), "log", sec)


@T("csharp-log", "sdk-log")
def t_dotnet_connstr(lang, sec):
    srv = pick(["tcp:sql-prod-weu.database.windows.net,1433", "SQL01\\\\SQLEXPRESS", "10.1.2.30", "db.hotelbellavista.local"])
    user = pick(["app_pms", "sa", "svc_gestionale", "erp"])
    pw = password(lang)
    if sec:
        cs = f"Server={srv};Database={pick(['Gestionale', 'PMS', 'Shop'])};User Id={user};Password={S('password', pw.replace(';', ''))};TrustServerCertificate=True;"
    else:
        cs = pick([f"Server={srv};Database=Gestionale;Authentication=Active Directory Default;Encrypt=True;",
                   f"Server={srv};Database=PMS;User Id={user};Password=***;TrustServerCertificate=True;",
                   f"Server={srv};Database=Shop;Integrated Security=SSPI;"])
    err = pick([f"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user '{user}'.",
                "System.ArgumentException: Format of the initialization string does not conform to specification starting at index 87.",
                "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server."])
    out = ["Unhandled exception. " + err, "   at Microsoft.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)",
           "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternal(Boolean errorsExpected)",
           f"ClientConnectionId:{uid()}", f"Error Number:{pick(['18456', '53', '0'])},State:1,Class:14"]
    log_cs = f"dbug: Program[0]\n      Using connection string: {cs}" if chance(0.5) else f'"ConnectionStrings": {{\n    "Default": "{cs}"\n  }}'
    pre = L(lang, ["dopo il deploy su azure l'app non si collega al db. appsettings e errore:", "errore all'avvio del servizio .NET",
                   "vi incollo config ed eccezione"],
            ["after deploying to azure the app can't reach the db. appsettings and error:", "error when the .NET service starts",
             "pasting config and exception"])
    return wrap(lang, log_cs + "\n\n" + "\n".join(out), "log", sec, pre=pre)


@T("csharp-log", "sdk-log")
def t_dotnet_options(lang, sec):
    o = {"BaseUrl": f"https://{phost()}", "ClientId": client_id(), "TimeoutSeconds": R.choice([10, 30, 60])}
    if sec:
        k = pick(["cs", "rt", "cert"])
        if k == "cs":
            o["ClientSecret"] = S("client_secret", client_secret())
        elif k == "rt":
            o["RefreshToken"] = S("refresh_token", refresh_token())
        else:
            o["CertificatePassword"] = S("password", password(lang))
    else:
        o["ClientSecret"] = pick([None, "", "***", "@Microsoft.KeyVault(SecretUri=https://kv-sportello-prod.vault.azure.net/secrets/ClientSecret/)"])
        o["CertificateThumbprint"] = HX(40)
    txt = jdump(o, indent=2)
    pre = L(lang, ["nel debugger (Immediate Window, JsonSerializer.Serialize(options)) vedo questo:", "le SportelloOptions caricate sono queste:",
                   "dump delle options al bootstrap:"],
            ["in the debugger (Immediate Window, JsonSerializer.Serialize(options)) I see:", "the loaded SportelloOptions are:",
             "options dump at bootstrap:"])
    return wrap(lang, txt, "log", sec, pre=pre)


@T("python-log", "sdk-log")
def t_py_httpclient(lang, sec):
    host = pick(["auth.sportello.io", "sandbox.api.sportello.io"])
    cid = client_id()
    hdr = ""
    body = "grant_type=client_credentials&scope=payouts"
    if sec:
        if chance(0.5):
            hdr = "\\r\\nAuthorization: Basic " + S("client_secret", b64s(cid + ":" + client_secret()))
        else:
            body = f"grant_type=client_credentials&client_id={cid}&client_secret={S('client_secret', client_secret())}"
    elif chance(0.5):
        body = f"grant_type=client_credentials&client_id={cid}"
    out = [f"send: b'POST /oauth/token HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.{R.randint(28, 32)}.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nContent-Length: {R.randint(40, 160)}\\r\\nContent-Type: application/x-www-form-urlencoded{hdr}\\r\\n\\r\\n'",
           f"send: b'{body}'", f"reply: 'HTTP/1.1 {pick(['401 Unauthorized', '400 Bad Request', '200 OK'])}\\r\\n'",
           "header: Content-Type: application/json", f"header: X-Request-Id: {uid()}", f"header: Date: {D().http()}",
           f"DEBUG:urllib3.connectionpool:https://{host}:443 \"POST /oauth/token HTTP/1.1\" 401 {R.randint(30, 90)}"]
    pre = L(lang, ["ho messo http.client.HTTPConnection.debuglevel = 1, ecco cosa esce", "output con il debug di requests attivo:"],
            ["set http.client.HTTPConnection.debuglevel = 1, this is the output", "output with requests debug on:"])
    return wrap(lang, "\n".join(out), "log", sec, pre=pre if chance(0.7) else None)


@T("python-log", "sdk-log")
def t_py_locals(lang, sec):
    cid = client_id()
    frames = [f"self = <sportello.client.SportelloClient object at 0x7f{hx(10)}>", f"client_id = '{cid}'"]
    if sec:
        k = pick(["cs", "pw", "tok"])
        if k == "cs":
            frames.append(f"client_secret = '{S('client_secret', client_secret())}'")
        elif k == "pw":
            frames.append(f"password = '{S('password', password(lang).replace(chr(39), ''))}'")
        else:
            frames.append(f"headers = {{'Authorization': 'Bearer {S('access_token', access_token())}', 'Accept': 'application/json'}}")
    else:
        frames.append(pick(["client_secret = None", "client_secret = ''", f"headers = {{'Accept': 'application/json', 'X-Request-Id': '{uid()}'}}",
                            "password = '********'"]))
    frames.append(f"resp = <Response [{pick([401, 400, 403])}]>")
    style = R.randint(0, 1)
    if style == 0:
        txt = ("    def _fetch_token(self):\n        resp = self.session.post(self.token_url, data={...})\n>       resp.raise_for_status()\nE       requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://auth.sportello.io/oauth/token\n\n"
               + "\n".join(frames) + f"\n\nsportello/client.py:{R.randint(40, 200)}: HTTPError\n=========================== short test summary info ============================\nFAILED tests/test_integration.py::test_create_payout - requests.exceptions.HTTPError: 401 Client Error")
        pre = L(lang, ["il test di integrazione fallisce (pytest -l), output:", "pytest con le variabili locali:"],
                ["the integration test fails (pytest -l), output:", "pytest with locals:"])
    else:
        txt = ("Traceback (most recent call last):\n  File \"/app/sportello/client.py\", line 88, in _fetch_token\n    resp.raise_for_status()\n"
               + "\n".join("    " + f for f in frames) + "\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://auth.sportello.io/oauth/token")
        pre = L(lang, ["traceback con le variabili (usiamo better_exceptions):", "ecco il traceback"],
                ["traceback with variables (we use better_exceptions):", "here's the traceback"])
    return wrap(lang, txt, "log", sec, pre=pre)


@T("python-log", "sdk-log")
def t_django_debug(lang, sec):
    db = {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop", "HOST": "db", "PORT": "5432"}
    lines = ["Request Method:\tPOST", f"Request URL:\thttps://{chost()}/checkout/pay/", "Django Version:\t4.2.11",
             "Exception Type:\tHTTPError", "Exception Value:\t401 Client Error: Unauthorized for url: https://api.sportello.io/v2/payments",
             "Python Version:\t3.11.8", "", "Settings", "Using settings module shop.settings.prod", "Setting\tValue"]
    pwv = "'********************'"
    lines.append(f"DATABASES\t{{'default': {{'ENGINE': '{db['ENGINE']}', 'NAME': 'shop', 'USER': 'shop', 'PASSWORD': {pwv}, 'HOST': 'db', 'PORT': '5432'}}}}")
    lines.append("SECRET_KEY\t'********************'")
    if sec:
        k = pick(["custom", "local"])
        if k == "custom":
            lines.append(f"SPORTELLO_CREDENTIALS\t{{'client_id': '{client_id()}', 'secret': '{S('client_secret', client_secret())}'}}")
        else:
            lines += ["", "Local vars", "Variable\tValue", f"payload\t{{'amount': {R.randint(100, 9999)}, 'currency': 'EUR'}}",
                      f"api_key\t'{S('access_token', api_key())}'"]
    else:
        lines.append(f"SPORTELLO_CLIENT_ID\t'{client_id()}'")
        lines.append("SPORTELLO_CLIENT_SECRET\t'********************'")
    pre = L(lang, ["in collaudo abbiamo DEBUG=True, copio la pagina di errore di django", "dalla pagina gialla di django:"],
            ["we have DEBUG=True on staging, copying django's error page", "from the django yellow error page:"])
    return wrap(lang, "\n".join(lines), "log", sec, pre=pre)


@T("python-log", "sdk-log")
def t_structlog(lang, sec):
    out = []
    d = D()
    n = R.randint(3, 6)
    at = R.randrange(n) if sec else -1
    for i in range(n):
        d = d.adv(R.randint(0, 2))
        e = {"event": pick(["payout.create", "http.request", "token.refresh", "webhook.received", "payout.status"]), "level": pick(["info", "debug", "warning"]),
             "timestamp": d.iso(), "request_id": uid()}
        if i == at:
            k = pick(["rt", "tok", "iban"])
            if k == "rt":
                e["event"] = "token.refresh"
                e["refresh_token"] = S("refresh_token", refresh_token())
            elif k == "tok":
                e["headers"] = {"authorization": "Bearer " + S("access_token", access_token())}
            else:
                e["event"] = "payout.create"
                e["iban"] = S("iban", any_iban())
        else:
            e[pick(["payout_id", "payment_id", "task_id"])] = pay_id()
            if chance(0.3):
                e["trace_id"] = hx(32)
        out.append(jdump(e, indent=None))
    return wrap(lang, "\n".join(out), "log", sec)


@T("node-log", "sdk-log")
def t_axios_error(lang, sec):
    host, p = phost(), path()
    hdrs = ["      Accept: 'application/json, text/plain, */*'", "      'Content-Type': 'application/json'"]
    if sec:
        hdrs.append(pick(["      Authorization: 'Bearer " + S("access_token", access_token()) + "'",
                          "      'x-api-key': '" + S("access_token", api_key()) + "'"]))
    else:
        hdrs.append(pick([f"      'X-Request-Id': '{uid()}'", "      Authorization: 'Bearer undefined'", "      Authorization: '[REDACTED]'"]))
    hdrs += [f"      'User-Agent': 'axios/1.{R.randint(5, 7)}.{R.randint(0, 9)}'", f"      'Content-Length': '{R.randint(30, 200)}'",
             "      'Accept-Encoding': 'gzip, compress, deflate, br'"]
    data = json.dumps(json_body(lang, False, "refund"), separators=(",", ":"))
    txt = ("AxiosError: Request failed with status code " + str(pick([401, 403, 422])) +
           "\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)\n"
           "    at IncomingMessage.emit (node:events:531:35) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    transitional: {\n      silentJSONParsing: true,\n      forcedJSONParsing: true,\n      clarifyTimeoutError: false\n    },\n"
           "    adapter: [ 'xhr', 'http', 'fetch' ],\n    timeout: 0,\n    headers: Object [AxiosHeaders] {\n" + ",\n".join(hdrs) +
           f"\n    }},\n    method: 'post',\n    url: '{url_of(host, p)}',\n    data: '{data}'\n  }},\n  request: <ref *1> ClientRequest {{ ... }},\n  response: {{\n    status: 401,\n    statusText: 'Unauthorized',\n    data: {{ error: 'invalid_token', request_id: '{uid()}' }}\n  }}\n}}")
    return wrap(lang, txt, "log", sec)


@T("node-log", "sdk-log")
def t_node_inspect(lang, sec):
    if sec:
        k = pick(["stripe", "sendgrid", "twilio", "slack"])
        if k == "stripe":
            inner = f"stripe: {{ secretKey: '{S('vendor_key', vendor_key('stripe'))}', webhookTolerance: 300 }}"
        elif k == "sendgrid":
            inner = f"mail: {{ provider: 'sendgrid', apiKey: '{S('vendor_key', vendor_key('sendgrid'))}', from: 'noreply@{chost()}' }}"
        elif k == "twilio":
            inner = f"sms: {{ accountSid: 'AC{hx(32)}', authToken: '{S('vendor_key', vendor_key('twilio'))}', from: '{phone('it')}' }}"
        else:
            inner = f"alerts: {{ slackToken: '{S('vendor_key', vendor_key('slack'))}', channel: '#payments-alerts' }}"
    else:
        inner = pick([f"stripe: {{ secretKey: undefined, webhookTolerance: 300 }}",
                      f"mail: {{ provider: 'sendgrid', apiKey: '[Redacted]', from: 'noreply@{chost()}' }}",
                      f"sms: {{ provider: 'twilio', messagingServiceSid: 'MG{hx(32)}', from: '{phone('it')}' }}",
                      "alerts: { slackToken: process.env.SLACK_TOKEN, channel: '#payments-alerts' }"])
    txt = (f"> console.dir(config, {{ depth: null }})\n{{\n  env: '{pick(['production', 'staging'])}',\n  port: {pick([3000, 8080, 4000])},\n  sportello: {{ baseUrl: 'https://{phost()}', clientId: '{client_id()}' }},\n  {inner},\n  release: '{hx(7)}'\n}}")
    pre = L(lang, ["all'avvio stampiamo la config, in staging manca qualcosa?", "ecco la config caricata in node:"],
            ["we print the config at boot, is something missing in staging?", "here's the config as loaded in node:"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("php-dump", "sdk-log")
def t_php_dump(lang, sec):
    f, l = person(lang)
    if sec:
        k = pick(["iban", "card", "pw", "cs"])
        if k == "iban":
            key, val = "iban", S("iban", any_iban())
        elif k == "card":
            key, val = "pan", S("card_number", card())
        elif k == "pw":
            p_ = pw_simple(lang)
            key, val = "password", S("password", p_)
        else:
            key, val = "client_secret", S("client_secret", client_secret())
    else:
        key, val = pick([("iban", mask_iban(any_iban())), ("bic", pick(BICS)), ("password", ""), ("client_secret", "")])
    vlen = len(re.sub(f"{MS}[a-z_]+{MK}|{ME}", "", val))
    fields = [("nome", f"{f} {l}"), ("email", email_of(f, l, lang)), (key, val), ("importo", f"{R.randint(10, 999)}.{digits(2)}"),
              ("riferimento", order_no())]
    if chance(0.5):
        out = [f"array({len(fields)}) {{"]
        for k_, v_ in fields:
            ln = vlen if v_ == val else len(v_)
            out.append(f'  ["{k_}"]=>\n  string({ln}) "{v_}"')
        out.append("}")
    else:
        out = ["Array", "("] + [f"    [{k_}] => {v_}" for k_, v_ in fields] + [")"]
    pre = L(lang, ["ho fatto un var_dump dei dati che mandiamo, sembra tutto ok:", "print_r della richiesta prima dell'invio:",
                   "questo è quello che arriva al nostro script php"],
            ["did a var_dump of the data we send, looks fine:", "print_r of the request before sending:", "this is what reaches our php script"])
    return wrap(lang, "\n".join(out), "log", sec, pre=pre)


@T("php-dump", "sdk-log")
def t_laravel_log(lang, sec):
    d = D()
    ctx = {"payout_id": pay_id(), "amount": R.randint(100, 99999)}
    if sec:
        k = pick(["tok", "iban", "pw"])
        if k == "tok":
            ctx["headers"] = {"Authorization": ["Bearer " + S("access_token", access_token())]}
        elif k == "iban":
            ctx["beneficiary_iban"] = S("iban", any_iban())
        else:
            ctx["smtp_password"] = S("password", pw_simple(lang))
    else:
        ctx["headers"] = {"X-Request-Id": [uid()]}
    line = f"[{d.log()[:19]}] production.ERROR: Sportello payout failed {jdump(ctx, indent=None)} []"
    trace = ("GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.sportello.io/v2/payouts` resulted in a `401 Unauthorized` response:\n"
             '{"error":"invalid_token"}\n in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113\nStack trace:\n'
             "#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()\n#1 {main}")
    pre = L(lang, ["dal laravel.log:", "storage/logs/laravel.log di stanotte"], ["from laravel.log:", "storage/logs/laravel.log from last night"])
    return wrap(lang, line + "\n" + trace, "log", sec, pre=pre if chance(0.6) else None)


@T("ruby-log", "sdk-log")
def t_ruby(lang, sec):
    d = D()
    v = R.randint(0, 2)
    if v == 0:
        if sec:
            h = f'{{:client_id=>"{client_id()}", :client_secret=>"{S("client_secret", client_secret())}", :site=>"https://auth.sportello.io"}}'
        else:
            h = f'{{:client_id=>"{client_id()}", :client_secret=>nil, :site=>"https://auth.sportello.io"}}'
        txt = f"irb(main):004> pp Rails.application.config.sportello\n{h}\n=> nil"
    elif v == 1:
        auth = f'"Bearer {S("access_token", access_token())}"' if sec else pick(['"Bearer [FILTERED]"', '"[FILTERED]"'])
        ts = d.iso(z=False)
        txt = (f"I, [{ts} #{R.randint(100, 9999)}]  INFO -- request: POST https://{phost()}/v2/refunds\n"
               f"I, [{ts} #{R.randint(100, 9999)}]  INFO -- request: Authorization: {auth}\nContent-Type: \"application/json\"\nUser-Agent: \"Faraday v2.9.0\"\n"
               f"I, [{ts} #{R.randint(100, 9999)}]  INFO -- response: Status 401\nI, [{ts} #{R.randint(100, 9999)}]  INFO -- response: x-request-id: \"{uid()}\"")
    else:
        if sec:
            params = f'{{"user"=>{{"email"=>"{email_of(*person(lang), lang)}", "password"=>"{S("password", pw_simple(lang))}"}}, "commit"=>"Accedi"}}'
        else:
            params = f'{{"authenticity_token"=>"[FILTERED]", "user"=>{{"email"=>"{email_of(*person(lang), lang)}", "password"=>"[FILTERED]"}}, "commit"=>"Accedi"}}'
        txt = (f'Started POST "/users/sign_in" for 93.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} at {d.log()[:19]} +0100\n'
               f"Processing by Users::SessionsController#create as HTML\n  Parameters: {params}\nCompleted 401 Unauthorized in {R.randint(5, 400)}ms (ActiveRecord: 2.1ms | Allocations: 1893)")
    return wrap(lang, txt, "log", sec)


@T("rust-log", "sdk-log")
def t_rust(lang, sec):
    v = R.randint(0, 1)
    if v == 0:
        if sec:
            k = pick(["cs", "pw"])
            fld = f'    client_secret: "{S("client_secret", client_secret())}",' if k == "cs" else f'    db_password: "{S("password", pw_simple(lang))}",'
        else:
            fld = pick(["    client_secret: Secret([REDACTED alloc::string::String]),", "    client_secret: None,", "    db_password: \"<from env>\","])
        txt = (f"[src/config.rs:{R.randint(20, 90)}:5] &cfg = Config {{\n    base_url: \"https://{phost()}\",\n    client_id: \"{client_id()}\",\n{fld}\n"
               f"    timeout: {R.randint(5, 60)}s,\n}}\nError: token request failed: HTTP status client error (401 Unauthorized) for url (https://auth.sportello.io/oauth/token)")
    else:
        auth = f'"authorization": "Bearer {S("access_token", access_token())}"' if sec else pick(['"authorization": Sensitive', f'"x-request-id": "{uid()}"'])
        txt = (f"{D().iso()} DEBUG payouts::client: sending Request {{ method: POST, url: Url {{ scheme: \"https\", cannot_be_a_base: false, username: \"\", password: None, host: Some(Domain(\"{phost()}\")), port: None, path: \"/v2/payouts\", query: None, fragment: None }}, headers: {{\"content-type\": \"application/json\", {auth}}} }}\n"
               f"{D().iso()} ERROR payouts: request failed: 401 Unauthorized")
    return wrap(lang, txt, "log", sec)


@T("swift-log", "sdk-log")
def t_swift(lang, sec):
    v = R.randint(0, 1)
    if v == 0:
        a = f'"Authorization": "Bearer {S("access_token", access_token())}"' if sec else pick(['"Authorization": "Bearer (null)"', f'"X-Request-Id": "{UID()}"'])
        txt = (f"(lldb) po request.allHTTPHeaderFields\n▿ Optional<Dictionary<String, String>>\n  ▿ some : 3 elements\n    ▿ 0 : 2 elements\n      - key : \"Content-Type\"\n      - value : \"application/json\"\n"
               f"    ▿ 1 : 2 elements\n      - key : \"{a.split(':')[0].strip(chr(34))}\"\n      - value : {a.split(': ', 1)[1]}\n    ▿ 2 : 2 elements\n      - key : \"Accept-Language\"\n      - value : \"{'it-IT' if lang == 'it' else 'en-GB'}\"")
    else:
        if sec:
            k = pick(["tok", "pin"])
            if k == "tok":
                h = f'-H "Authorization: Bearer {S("access_token", access_token())}"'
                b = f'-d "{{\\"amount\\":{R.randint(100, 9999)}}}"'
            else:
                h = '-H "Content-Type: application/json"'
                b = f'-d "{{\\"otp\\":\\"{S("pin", pin(6))}\\",\\"challenge_id\\":\\"{uid()}\\"}}"'
        else:
            h = f'-H "X-Request-Id: {UID()}"'
            b = f'-d "{{\\"amount\\":{R.randint(100, 9999)}}}"'
        txt = (f"$ curl -v \\\n\t-X POST \\\n\t-H \"Accept-Encoding: br;q=1.0, gzip;q=0.9, deflate;q=0.8\" \\\n\t-H \"User-Agent: Kestrel/{version()} (com.kestrelapps.ios; build:{R.randint(100, 999)}; iOS 17.5.0) Alamofire/5.9.1\" \\\n"
               f"\t{h} \\\n\t{b} \\\n\t\"https://{phost()}/v2/{pick(['payouts', 'sca/verify', 'payments'])}\"")
    pre = L(lang, ["dall'app iOS, console di Xcode:", "output di Xcode (debugDescription della request alamofire):"],
            ["from the iOS app, Xcode console:", "Xcode output (debugDescription of the alamofire request):"])
    return wrap(lang, txt, "log", sec, pre=pre)


# ================================================================ ops / config
NS = ["payments", "prod", "default", "erp", "integrations", "checkout"]


@T("kubectl", "ops")
def t_kubectl_secret(lang, sec):
    ns = pick(NS)
    name = pick(["sportello-credentials", "db-credentials", "payouts-api", "app-secrets"])
    d = D()
    meta = (f"metadata:\n  creationTimestamp: \"{d.iso(ms=False)}\"\n  name: {name}\n  namespace: {ns}\n  resourceVersion: \"{digits(8, True)}\"\n  uid: {uid()}")
    if sec:
        items = [("client_id", b64s(client_id()))]
        k = pick(["pw", "cs", "tok", "mix"])
        if k in ("pw", "mix"):
            items.append(("password", S("password", b64s(password(lang)))))
        if k in ("cs", "mix"):
            items.append(("client_secret", S("client_secret", b64s(client_secret()))))
        if k == "tok":
            items.append(("api-key", S("access_token", b64s(api_key()))))
        items.append(("username", b64s(pick(["payouts", "app", "svc_sportello"]))))
        data = "data:\n" + "\n".join(f"  {a}: {b}" for a, b in items)
        txt = f"$ kubectl get secret {name} -n {ns} -o yaml\napiVersion: v1\n{data}\nkind: Secret\n{meta}\ntype: Opaque"
        if chance(0.3) and k in ("pw", "mix"):
            pw2 = password(lang)
            txt += f"\n$ kubectl get secret {name} -n {ns} -o jsonpath='{{.data.db_password}}' | base64 -d\n{S('password', pw2)}"
    else:
        v = R.randint(0, 2)
        if v == 0:
            txt = (f"$ kubectl describe secret {name} -n {ns}\nName:         {name}\nNamespace:    {ns}\nLabels:       app.kubernetes.io/managed-by=Helm\n"
                   f"Annotations:  meta.helm.sh/release-name: {pick(['payouts', 'checkout'])}\n\nType:  Opaque\n\nData\n====\nclient_id:      {R.randint(10, 30)} bytes\n"
                   f"client_secret:  {R.randint(32, 64)} bytes\npassword:       {R.randint(10, 24)} bytes")
        elif v == 1:
            enc = "\n".join(f"    {a}: Ag{rs(R.randint(300, 420), ALNUM + '+/')}=" for a in ["client_secret", "password"])
            txt = (f"$ kubectl get sealedsecret {name} -n {ns} -o yaml\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n{meta}\nspec:\n  encryptedData:\n{enc}\n  template:\n    type: Opaque")
        else:
            txt = (f"$ kubectl get secrets -n {ns}\nNAME                          TYPE                             DATA   AGE\n{name:<30}Opaque                           3      {R.randint(2, 200)}d\n"
                   f"{'regcred':<30}kubernetes.io/dockerconfigjson   1      {R.randint(2, 400)}d\n{'tls-' + ns:<30}kubernetes.io/tls                2      {R.randint(2, 90)}d")
    return wrap(lang, txt, "cfg", sec)


@T("kubectl", "ops")
def t_kubectl_describe_pod(lang, sec):
    ns = pick(NS)
    pod = f"{pick(['payouts', 'checkout-api', 'erp-sync'])}-{hx(10)}-{rs(5, LOWNUM)}"
    env = ["      SPORTELLO_BASE_URL:      https://" + phost(), f"      SPORTELLO_CLIENT_ID:     {client_id()}"]
    if sec:
        k = pick(["cs", "pw", "stripe"])
        if k == "cs":
            env.append(f"      SPORTELLO_CLIENT_SECRET: {S('client_secret', client_secret())}")
        elif k == "pw":
            env.append(f"      DB_PASSWORD:             {S('password', password(lang))}")
        else:
            env.append(f"      STRIPE_API_KEY:          {S('vendor_key', vendor_key('stripe'))}")
    else:
        env.append("      SPORTELLO_CLIENT_SECRET: <set to the key 'client_secret' in secret 'sportello-credentials'>  Optional: false")
        env.append("      DB_PASSWORD:             <set to the key 'password' in secret 'db-credentials'>  Optional: false")
    txt = (f"$ kubectl describe pod {pod} -n {ns}\nName:             {pod}\nNamespace:        {ns}\nNode:             aks-nodepool1-{digits(8)}-vmss00000{R.randint(0, 9)}/10.224.0.{R.randint(4, 250)}\n"
           f"Status:           Running\nIP:               10.244.{R.randint(0, 9)}.{R.randint(2, 250)}\nContainers:\n  app:\n    Image:          registry.{chost().split('.', 1)[1]}/{pod.split('-')[0]}:{version()}\n"
           f"    Image ID:       registry.{chost().split('.', 1)[1]}/{pod.split('-')[0]}@{digest()}\n    State:          Running\n    Restart Count:  {R.randint(0, 40)}\n    Environment:\n" + "\n".join(env) +
           f"\nEvents:\n  Type     Reason     Age                  From     Message\n  ----     ------     ----                 ----     -------\n  Warning  BackOff    {R.randint(1, 50)}m (x{R.randint(2, 90)} over {R.randint(1, 5)}h)  kubelet  Back-off restarting failed container app in pod {pod}_{ns}({uid()})")
    return wrap(lang, txt, "cfg", sec)


@T("docker", "ops")
def t_docker_inspect(lang, sec):
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", f"NODE_ENV={pick(['production', 'staging'])}",
           f"SPORTELLO_CLIENT_ID={client_id()}"]
    if sec:
        k = pick(["cs", "pw", "url", "aws"])
        if k == "cs":
            env.append(f"SPORTELLO_CLIENT_SECRET={S('client_secret', client_secret())}")
        elif k == "pw":
            env.append(f"POSTGRES_PASSWORD={S('password', password(lang))}")
        elif k == "url":
            env.append(f"DATABASE_URL=postgres://app:{S('password', pw_simple(lang))}@db:5432/app")
        else:
            env.append(f"AWS_ACCESS_KEY_ID={S('vendor_key', vendor_key('aws'))}")
            env.append(f"AWS_SECRET_ACCESS_KEY={S('vendor_key', vendor_key('aws_secret'))}")
    else:
        env += ["POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password", f"GIT_SHA={sha()}", f"BUILD_ID={R.randint(1000, 99999)}"]
    img = f"{pick(['ghcr.io/kestrel', 'registry.gitlab.com/ortofrutta', 'acr' + rs(5, LOWNUM) + '.azurecr.io'])}/{pick(['payouts', 'backend', 'worker'])}:{version()}"
    obj = [{"Id": hx(64), "Created": D().iso(), "Path": "docker-entrypoint.sh", "Args": ["node", "dist/main.js"],
            "State": {"Status": "restarting", "Running": True, "Restarting": True, "ExitCode": 1},
            "Image": digest(), "Name": "/" + pick(["payouts-1", "app_backend_1", "worker"]),
            "Config": {"Hostname": hx(12), "Env": env, "Image": img, "Labels": {"com.docker.compose.project": pick(["shop", "erp"]), "org.opencontainers.image.revision": sha()}}}]
    return wrap(lang, "$ docker inspect " + obj[0]["Name"][1:] + "\n" + jdump(obj, indent=4), "cfg", sec)


@T("docker", "ops")
def t_compose_config(lang, sec):
    envl = [f"      NODE_ENV: production", f"      SPORTELLO_BASE_URL: https://{phost()}"]
    if sec:
        k = pick(["tok", "pw", "mix"])
        if k in ("tok", "mix"):
            envl.append(f"      SPORTELLO_API_KEY: {S('access_token', api_key())}")
        if k in ("pw", "mix"):
            envl.append(f"      DB_PASSWORD: {S('password', pw_simple(lang))}")
    else:
        envl.append("      SPORTELLO_API_KEY: ${SPORTELLO_API_KEY:?err}" if chance(0.3) else "      SPORTELLO_API_KEY: \"\"")
        envl.append("      DB_PASSWORD_FILE: /run/secrets/db_password")
    txt = ("$ docker compose config\nname: " + pick(["shop", "gestionale", "erp"]) + "\nservices:\n  api:\n    build:\n      context: /srv/app\n      dockerfile: Dockerfile\n    environment:\n"
           + "\n".join(envl) + f"\n    image: app-api:{version()}\n    networks:\n      default: null\n    ports:\n      - mode: ingress\n        target: 8080\n        published: \"8080\"\n        protocol: tcp\n"
           "    secrets:\n      - source: db_password\n        target: db_password\nsecrets:\n  db_password:\n    name: shop_db_password\n    file: /srv/app/secrets/db_password.txt")
    return wrap(lang, txt, "cfg", sec)


@T("terraform", "ops")
def t_terraform(lang, sec):
    if sec:
        pw = password(lang).replace('"', "")
        v = R.randint(0, 1)
        if v == 0:
            state = {"mode": "managed", "type": "azurerm_postgresql_flexible_server", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/azurerm\"]",
                     "instances": [{"schema_version": 0, "attributes": {"administrator_login": "psqladmin", "administrator_password": S("password", pw),
                                                                         "fqdn": f"psql-{pick(['payouts', 'shop'])}-prod.postgres.database.azure.com", "id": f"/subscriptions/{uid()}/resourceGroups/rg-prod/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-prod",
                                                                         "sku_name": "GP_Standard_D2s_v3", "version": "15"}, "sensitive_attributes": [[{"type": "get_attr", "value": "administrator_password"}]]}]}
            txt = "$ terraform state pull | jq '.resources[] | select(.type==\"azurerm_postgresql_flexible_server\")'\n" + jdump(state)
        else:
            txt = (f"$ terraform output -json\n{{\n  \"sportello_client_secret\": {{\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"{S('client_secret', client_secret())}\"\n  }},\n"
                   f"  \"api_url\": {{\n    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"https://{phost()}\"\n  }}\n}}")
    else:
        txt = (f"Terraform will perform the following actions:\n\n  # azurerm_linux_web_app.api will be updated in-place\n  ~ resource \"azurerm_linux_web_app\" \"api\" {{\n"
               f"      ~ app_settings = (sensitive value)\n        id             = \"/subscriptions/{uid()}/resourceGroups/rg-{pick(['prod', 'collaudo'])}/providers/Microsoft.Web/sites/app-payouts\"\n"
               f"        name           = \"app-payouts\"\n        # (24 unchanged attributes hidden)\n    }}\n\n  # random_password.db will be created\n  + resource \"random_password\" \"db\" {{\n"
               f"      + bcrypt_hash = (sensitive value)\n      + id          = (known after apply)\n      + length      = 24\n      + result      = (sensitive value)\n    }}\n\nPlan: 1 to add, 1 to change, 0 to destroy.")
    pre = L(lang, ["il deploy con terraform si rompe, ecco l'output", "vi copio terraform:", "output di terraform dalla pipeline"],
            ["terraform deploy breaks, here's the output", "copying terraform:", "terraform output from the pipeline"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("helm", "ops")
def t_helm(lang, sec):
    if sec:
        k = pick(["cs", "pw", "pem"])
        if k == "cs":
            s = f"sportello:\n  clientId: {client_id()}\n  clientSecret: \"{S('client_secret', client_secret())}\""
        elif k == "pw":
            s = f"postgresql:\n  auth:\n    username: payouts\n    password: \"{S('password', pw_simple(lang))}\"\n    database: payouts"
        else:
            key = pem_private(pick(["ec", "pkcs8ec", "rsa"]))
            s = "webhooks:\n  signingKey: |\n" + "\n".join("    " + x for x in S("private_key", key).split("\n"))
            # indentation inside a block scalar: the labelled value must be exact
            s = "webhooks:\n  signingKey: |\n    " + S("private_key", key.replace("\n", "\n    "))
    else:
        s = pick([f"sportello:\n  clientId: {client_id()}\n  existingSecret: sportello-credentials\n  secretKeys:\n    clientSecret: client_secret",
                  "postgresql:\n  auth:\n    username: payouts\n    existingSecret: db-credentials\n    secretKeys:\n      userPasswordKey: password\n    database: payouts",
                  f"webhooks:\n  signingKeyRef:\n    secretName: webhook-signing\n    key: tls.key\n  publicKey: |\n    " + pem_public("pub").replace("\n", "\n    ")])
    txt = (f"$ helm get values {pick(['payouts', 'checkout', 'erp-sync'])} -n {pick(NS)}\nUSER-SUPPLIED VALUES:\nimage:\n  repository: ghcr.io/kestrel/payouts\n  tag: {version()}\n"
           f"replicaCount: {R.randint(1, 4)}\n{s}")
    return wrap(lang, txt, "cfg", sec)


@T("ansible", "ops")
def t_ansible(lang, sec):
    if sec:
        k = pick(["pw", "cs", "key"])
        if k == "pw":
            body = f"db_user: gestionale\ndb_password: {S('password', pw_simple(lang))}\ndb_host: 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}"
        elif k == "cs":
            body = f"sportello_client_id: {client_id()}\nsportello_client_secret: \"{S('client_secret', client_secret())}\""
        else:
            body = f"smtp_relay: smtp.sendgrid.net\nsmtp_user: apikey\nsmtp_password: \"{S('vendor_key', vendor_key('sendgrid'))}\""
    else:
        vault = "\n".join("          " + hx(80) for _ in range(R.randint(4, 7)))
        body = pick([f"db_user: gestionale\ndb_password: \"{{{{ vault_db_password }}}}\"\ndb_host: 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}",
                     f"sportello_client_id: {client_id()}\nsportello_client_secret: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n{vault}",
                     "smtp_relay: smtp.sendgrid.net\nsmtp_user: apikey\nsmtp_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/smtp:password') }}\""])
    fn = pick(["group_vars/prod/main.yml", "inventories/prod/group_vars/all.yml", "host_vars/app01.yml", "roles/app/defaults/main.yml"])
    pre = L(lang, [f"il playbook fallisce, questo è {fn}:", f"contenuto di {fn}", f"vi incollo {fn}"],
            [f"the playbook fails, this is {fn}:", f"contents of {fn}", f"pasting {fn}"])
    return wrap(lang, f"# {fn}\n---\n{body}", "cfg", sec, pre=pre)


@T("systemd", "ops")
def t_systemd(lang, sec):
    svc = pick(["payouts-worker", "gestionale-sync", "sportello-bridge", "erp-exporter"])
    envs = [f"Environment=SPORTELLO_BASE_URL=https://{phost()}", f"Environment=LOG_LEVEL={pick(['debug', 'info'])}"]
    if sec:
        k = pick(["cs", "tok", "pw"])
        if k == "cs":
            envs.append(f"Environment=\"SPORTELLO_CLIENT_SECRET={S('client_secret', client_secret())}\"")
        elif k == "tok":
            envs.append(f"Environment=SPORTELLO_TOKEN={S('access_token', access_token(jwt_ok=False))}")
        else:
            envs.append(f"Environment=\"PGPASSWORD={S('password', pw_simple(lang))}\"")
    else:
        envs.append(f"EnvironmentFile=/etc/{svc}/env")
        envs.append(f"LoadCredential=client_secret:/etc/credstore/{svc}.secret")
    if chance(0.5):
        txt = (f"$ systemctl cat {svc}\n# /etc/systemd/system/{svc}.service\n[Unit]\nDescription={svc}\nAfter=network-online.target\n\n[Service]\nUser={svc.split('-')[0]}\n"
               + "\n".join(envs) + f"\nExecStart=/opt/{svc}/bin/{svc} --config /etc/{svc}/config.toml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target")
    else:
        vals = " ".join(e.split("=", 1)[1].strip('"') for e in envs if e.startswith("Environment="))
        txt = (f"$ systemctl show {svc} -p Environment -p EnvironmentFiles -p ExecMainStatus\nEnvironment={vals}\nEnvironmentFiles=/etc/{svc}/env (ignore_errors=no)\nExecMainStatus={pick([1, 2, 203])}")
    return wrap(lang, txt, "cfg", sec)


@T("npmrc", "config")
def t_npmrc(lang, sec):
    scope = pick(["@kestrel", "@ortofrutta", "@sportello", "@bluefinch"])
    if sec:
        k = pick(["npm", "gh", "auth"])
        if k == "npm":
            line = f"//registry.npmjs.org/:_authToken={S('vendor_key', vendor_key('npm'))}"
        elif k == "gh":
            line = f"//npm.pkg.github.com/:_authToken={S('vendor_key', 'ghp_' + rs(36))}"
        else:
            line = f"//nexus.{chost().split('.', 1)[1]}/repository/npm-group/:_auth={S('client_secret', b64s('ci-npm:' + pw_simple(lang)))}"
    else:
        line = pick(["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
                     f"//nexus.{chost().split('.', 1)[1]}/repository/npm-group/:always-auth=true"])
    txt = f"$ cat ~/.npmrc\n{scope}:registry=https://{'npm.pkg.github.com' if 'github' in line else 'registry.npmjs.org/'}\n{line}\nfund=false\naudit=false"
    txt += "\n$ npm install " + scope + "/sportello-sdk\nnpm ERR! code E401\nnpm ERR! 401 Unauthorized - GET https://registry.npmjs.org/" + scope + "%2fsportello-sdk - unauthenticated"
    pre = L(lang, ["non riesco a installare il vostro sdk da npm, ecco la mia configurazione", "npm install dà 401:"],
            ["can't install your sdk from npm, here's my config", "npm install gives 401:"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("pip", "config")
def t_pip(lang, sec):
    host = f"nexus.{pick(['brembologistica.local', 'ortofruttarossi.it', 'kestrelapps.io'])}"
    if chance(0.5):
        if sec:
            url = f"https://pypi-ro:{S('password', urllib.parse.quote(password(lang), safe=''))}@{host}/repository/pypi-all/simple"
        else:
            url = pick([f"https://{host}/repository/pypi-all/simple", f"https://pypi-ro:${{PIP_PASSWORD}}@{host}/repository/pypi-all/simple"])
        txt = f"$ pip config list\nglobal.index-url='{url}'\nglobal.trusted-host='{host}'\n$ pip install sportello-sdk=={version()}\nLooking in indexes: {url.split('@')[0].split('//')[0]}//{'pypi-ro:****@' if '@' in url else ''}{host}/repository/pypi-all/simple\nERROR: Could not find a version that satisfies the requirement sportello-sdk=={version()} (from versions: none)"
    else:
        if sec:
            tk = pick(["pypi", "pw"])
            pwl = f"password = {S('vendor_key', vendor_key('pypi'))}" if tk == "pypi" else f"password = {S('password', password(lang))}"
            user = "__token__" if tk == "pypi" else "deploy"
        else:
            pwl, user = pick(["# password in keyring", "password = %(PYPI_TOKEN)s", ""]), "__token__"
        txt = f"# ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = {user}\n{pwl}\n\n[internal]\nrepository = https://{host}/repository/pypi-internal/\nusername = deploy"
        txt += f"\n\n$ twine upload -r internal dist/*\nUploading distributions to https://{host}/repository/pypi-internal/\nERROR    HTTPError: 403 Forbidden from https://{host}/repository/pypi-internal/"
    return wrap(lang, txt, "cfg", sec)


@T("maven", "config")
def t_maven(lang, sec):
    if sec:
        pw = S("password", password(lang).replace("<", "").replace("&", ""))
    else:
        pw = pick(["${env.NEXUS_PASSWORD}", "{COQLCE6DU6GtcS5P=}".replace("COQLCE6DU6GtcS5P", rs(16)) if False else "${env.MAVEN_REPO_PASS}", "${nexus.password}"])
    txt = (f"<settings>\n  <servers>\n    <server>\n      <id>{pick(['nexus-releases', 'sportello-repo', 'internal'])}</id>\n      <username>{pick(['deploy', 'ci-maven', 'jenkins'])}</username>\n"
           f"      <password>{pw}</password>\n    </server>\n  </servers>\n  <mirrors>\n    <mirror>\n      <id>nexus</id>\n      <mirrorOf>*</mirrorOf>\n"
           f"      <url>https://nexus.{chost().split('.', 1)[1]}/repository/maven-public/</url>\n    </mirror>\n  </mirrors>\n</settings>")
    err = f"[ERROR] Failed to execute goal on project payouts: Could not resolve dependencies for project io.kestrel:payouts:jar:{version()}: Could not transfer artifact io.sportello:sdk-java:pom:{version()} from/to nexus: status code: 401, reason phrase: Unauthorized (401)"
    pre = L(lang, ["maven non scarica la vostra libreria, settings.xml qui sotto", "il build maven fallisce:"],
            ["maven won't download your library, settings.xml below", "maven build fails:"])
    return wrap(lang, txt + "\n\n" + err, "cfg", sec, pre=pre)


@T("nuget", "config")
def t_nuget(lang, sec):
    feed = pick(["Sportello", "AzureArtifacts", "internal"])
    if sec:
        k = pick(["pw", "pat"])
        cred = (f'      <add key="Username" value="{pick(["build", "ci@" + chost().split(".", 1)[1]])}" />\n      <add key="ClearTextPassword" value="'
                + (S("password", pw_simple(lang)) if k == "pw" else S("vendor_key", rs(52, string.ascii_lowercase + "234567"))) + '" />')
    else:
        cred = '      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />'
    txt = (f'<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />\n'
           f'    <add key="{feed}" value="https://pkgs.dev.azure.com/{pick(["kestrelapps", "ortofrutta"])}/_packaging/{feed}/nuget/v3/index.json" />\n  </packageSources>\n'
           f'  <packageSourceCredentials>\n    <{feed}>\n{cred}\n    </{feed}>\n  </packageSourceCredentials>\n</configuration>')
    txt += f"\n\nerror NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/.../nuget/v3/index.json."
    return wrap(lang, txt, "cfg", sec)


@T("netrc", "config")
def t_netrc(lang, sec):
    lines = []
    if sec:
        k = pick(["pw", "gh", "heroku"])
        if k == "pw":
            lines.append(f"machine api.sportello.io\n  login {client_id()}\n  password {S('password', pw_simple(lang))}")
        elif k == "gh":
            lines.append(f"machine github.com login {pick(['marco-r', 'kestrel-ci', 'sm1tchell'])} password {S('vendor_key', vendor_key('github'))}")
        else:
            lines.append(f"machine api.sportello.io login {client_id()} password {S('access_token', api_key())}")
    else:
        lines.append(f"machine api.sportello.io\n  login {client_id()}")
        lines.append(f"machine github.com login {pick(['marco-r', 'kestrel-ci'])}")
    lines.append("default login anonymous password " + pick(["guest", "anonymous@"]) if chance(0.3) else "")
    txt = "$ cat ~/.netrc\n" + "\n".join(l for l in lines if l)
    pre = L(lang, ["curl --netrc non funziona, questo è il file", "il mio .netrc:"], ["curl --netrc doesn't work, this is the file", "my .netrc:"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("git", "config")
def t_git_creds(lang, sec):
    v = R.randint(0, 2)
    repo = f"{pick(['kestrel', 'ortofrutta-rossi', 'brembo-it'])}/{pick(['payouts', 'sportello-integration', 'gestionale'])}"
    if v == 0:
        if sec:
            u = S("vendor_key", vendor_key("github"))
            txt = f"$ git remote -v\norigin\thttps://{pick(['x-access-token', 'marco-r', 'oauth2'])}:{u}@github.com/{repo}.git (fetch)\norigin\thttps://{pick(['x-access-token'])}:{u}@github.com/{repo}.git (push)"
        else:
            txt = f"$ git remote -v\norigin\tgit@github.com:{repo}.git (fetch)\norigin\tgit@github.com:{repo}.git (push)"
        txt += f"\n$ git push\nremote: Permission to {repo}.git denied to {pick(['marco-r', 'kestrel-ci'])}.\nfatal: unable to access 'https://github.com/{repo}.git/': The requested URL returned error: 403"
    elif v == 1:
        if sec:
            tk = S("vendor_key", vendor_key("gitlab"))
            txt = f"$ cat ~/.git-credentials\nhttps://oauth2:{tk}@gitlab.com\nhttps://{pick(['marco.rossi', 'deploy'])}:{S('password', urllib.parse.quote(password(lang), safe=''))}@git.{chost().split('.', 1)[1]}"
        else:
            txt = f"$ git config --global --list\nuser.name={' '.join(person(lang))}\ncredential.helper=manager\ncredential.https://gitlab.com.username=oauth2\ncore.autocrlf=input"
    else:
        sha_ = sha()
        if sec:
            txt = f"$ git log -1 -p config/prod.env\ncommit {sha_}\nAuthor: {' '.join(person(lang))} <{email_of(*person(lang), lang)}>\nDate:   {D().http()[:-4]} +0100\n\n    fix config\n\n-SPORTELLO_CLIENT_SECRET=\n+SPORTELLO_CLIENT_SECRET={S('client_secret', client_secret())}"
        else:
            txt = f"$ git log -3 --oneline\n{sha_[:7]} fix token refresh on 401\n{sha()[:7]} bump sportello-sdk to {version()}\n{sha()[:7]} Merge pull request #{R.randint(10, 900)} from feature/payout-retry\n$ git rev-parse HEAD\n{sha_}"
    return wrap(lang, txt, "cfg", sec)


@T("ssh", "config")
def t_ssh(lang, sec):
    host = pick(["bastion", "sftp-sportello", "app01"])
    cfg = (f"Host {host}\n  HostName {pick(['sftp.sportello.io', '10.0.1.12', 'bastion.' + chost().split('.', 1)[1]])}\n  User {pick(['payouts', 'deploy', 'ubuntu'])}\n"
           f"  Port {pick([22, 2222])}\n  IdentityFile ~/.ssh/{pick(['id_ed25519', 'sportello_sftp', 'id_rsa'])}\n  IdentitiesOnly yes")
    if sec:
        key = pem_private(pick(["openssh", "rsa", "openssh"]))
        txt = cfg + f"\n\n$ cat ~/.ssh/{pick(['sportello_sftp', 'id_ed25519'])}\n" + S("private_key", key)
        pre = L(lang, ["l'sftp per caricare i file di rendicontazione non accetta la chiave. config e chiave:", "vi mando config ssh e chiave così verificate"],
                ["the sftp for settlement files rejects our key. config and key:", "sending ssh config and key so you can check"])
    else:
        txt = cfg + f"\n\n$ cat ~/.ssh/{pick(['sportello_sftp.pub', 'id_ed25519.pub'])}\n{pem_public('sshpub')}\n\n$ ssh -v {host}\ndebug1: Offering public key: /root/.ssh/id_ed25519 ED25519 SHA256:{rs(43, ALNUM + '+/')} explicit\ndebug1: Authentications that can continue: publickey\nPermission denied (publickey)."
        pre = L(lang, ["l'sftp non accetta la nostra chiave, vi mando la pubblica da autorizzare", "config ssh e chiave pubblica:"],
                ["the sftp rejects our key, here's the public one to authorize", "ssh config and public key:"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("env", "config")
def t_dotenv(lang, sec):
    lines = [f"APP_ENV={pick(['production', 'staging', 'local'])}", f"APP_URL=https://{chost()}", f"SPORTELLO_BASE_URL=https://{phost()}",
             f"SPORTELLO_CLIENT_ID={client_id()}"]
    if sec:
        ks = R.sample(["cs", "pw", "stripe", "aws", "mail", "rt"], R.randint(1, 3))
        for k in ks:
            if k == "cs":
                lines.append(f"SPORTELLO_CLIENT_SECRET={S('client_secret', client_secret())}")
            elif k == "pw":
                q = pick(["", '"'])
                lines.append("DB_PASSWORD=" + q + S('password', pw_simple(lang)) + q)
            elif k == "stripe":
                lines.append(f"STRIPE_SECRET={S('vendor_key', vendor_key('stripe'))}")
            elif k == "aws":
                lines.append(f"AWS_ACCESS_KEY_ID={S('vendor_key', vendor_key('aws'))}\nAWS_SECRET_ACCESS_KEY={S('vendor_key', vendor_key('aws_secret'))}")
            elif k == "mail":
                lines.append(f"MAIL_PASSWORD={S('password', pw_simple(lang))}")
            else:
                lines.append(f"SPORTELLO_REFRESH_TOKEN={S('refresh_token', refresh_token())}")
    else:
        lines += ["SPORTELLO_CLIENT_SECRET=", "DB_PASSWORD=changeit-in-vault" if False else "DB_PASSWORD=", f"STRIPE_SECRET={pick(['sk_test_xxx', 'sk_live_...', '<stripe-key>'])}",
                  f"SENTRY_RELEASE={sha()[:12]}", f"FEATURE_FLAGS=payout_v2,{pick(['sca_push', 'refunds_bulk'])}"]
    R.shuffle(lines)
    fn = pick([".env", ".env.production", ".env.local", "config/.env"])
    pre = L(lang, [f"il nostro {fn}:", f"ecco il file {fn} del server", f"vi incollo il {fn} (senza le cose inutili)"],
            [f"our {fn}:", f"here's the {fn} on the server", f"pasting the {fn} (minus irrelevant stuff)"])
    return wrap(lang, "\n".join(lines), "cfg", sec, pre=pre)


@T("aws", "config")
def t_aws(lang, sec):
    if sec:
        txt = (f"$ cat ~/.aws/credentials\n[default]\naws_access_key_id = {S('vendor_key', vendor_key('aws'))}\naws_secret_access_key = {S('vendor_key', vendor_key('aws_secret'))}\n"
               f"region = eu-south-1")
        if chance(0.3):
            txt += f"\n\n[sportello-export]\naws_access_key_id = {S('vendor_key', vendor_key('aws'))}\naws_secret_access_key = {S('vendor_key', vendor_key('aws_secret'))}"
    else:
        txt = (f"$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n"
               f"   profile                <not set>             None    None\naccess_key     ****************{rs(4, UPNUM)} shared-credentials-file\n"
               f"secret_key     ****************{rs(4, ALNUM)} shared-credentials-file\n    region               eu-south-1      config-file    ~/.aws/config\n"
               f"$ aws sts get-caller-identity\n{{\n    \"UserId\": \"AIDA{rs(17, UPNUM)}\",\n    \"Account\": \"{digits(12, True)}\",\n    \"Arn\": \"arn:aws:iam::{digits(12, True)}:user/sportello-export\"\n}}")
    pre = L(lang, ["l'export su S3 dei report non funziona, config aws:", "AccessDenied quando scriviamo sul bucket dei report, ecco la config"],
            ["the S3 report export isn't working, aws config:", "AccessDenied writing to the reports bucket, here's the config"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("gcp", "config")
def t_gcp_sa(lang, sec):
    proj = pick(["kestrel-prod", "ortofrutta-ecom", "payouts-413219"])
    sa = {"type": "service_account", "project_id": proj, "private_key_id": hx(40)}
    if sec:
        sa["private_key"] = S("private_key", pem_private("pkcs8", escaped=True) + "\\n")
    sa.update({"client_email": f"sportello-sync@{proj}.iam.gserviceaccount.com", "client_id": digits(21, True),
               "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
               "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/sportello-sync%40{proj}.iam.gserviceaccount.com"})
    raw = json.dumps(sa, indent=2, ensure_ascii=False).replace("\\\\n", "\\n")
    if not sec:
        raw = raw.replace('"private_key_id"', '"private_key": "<rimossa>",\n  "private_key_id"' if lang == "it" else '"private_key": "<removed>",\n  "private_key_id"') if chance(0.6) else raw
    pre = L(lang, ["il service account per pubblicare su pub/sub gli eventi, file json:", "questo è il json della service account che usiamo"],
            ["the service account we use to publish events to pub/sub, json file:", "this is the service account json we use"])
    return wrap(lang, raw, "cfg", sec, pre=pre)


@T("toml", "config")
def t_toml(lang, sec):
    if sec:
        k = pick(["pw", "cs", "tg"])
        sect = {"pw": f"[database]\nurl = \"postgres://bridge:{S('password', pw_simple(lang))}@localhost:5432/bridge\"\npool_size = 8",
                "cs": f"[sportello]\nbase_url = \"https://{phost()}\"\nclient_id = \"{client_id()}\"\nclient_secret = \"{S('client_secret', client_secret())}\"",
                "tg": f"[alerts.telegram]\nbot_token = \"{S('vendor_key', vendor_key('telegram'))}\"\nchat_id = -100{digits(10, True)}"}[k]
    else:
        sect = pick([f"[database]\nurl_env = \"DATABASE_URL\"\npool_size = 8",
                     f"[sportello]\nbase_url = \"https://{phost()}\"\nclient_id = \"{client_id()}\"\nclient_secret_file = \"/run/secrets/sportello\"",
                     f"[alerts.telegram]\nbot_token = \"${{TELEGRAM_BOT_TOKEN}}\"\nchat_id = -100{digits(10, True)}"])
    txt = f"# config.toml\n[server]\nbind = \"0.0.0.0:8080\"\nworkers = {R.randint(2, 16)}\n\n{sect}\n\n[log]\nlevel = \"{pick(['debug', 'info'])}\""
    return wrap(lang, txt, "cfg", sec)


@T("ini", "config")
def t_ini(lang, sec):
    if sec:
        k = pick(["pw", "tok", "azure"])
        sect = {"pw": f"[mysql]\nhost = 127.0.0.1\nuser = gestionale\npassword = {S('password', password(lang).replace(';', ''))}\ndatabase = gestionale",
                "tok": f"[sportello]\nendpoint = https://{phost()}\napi_key = {S('access_token', api_key())}",
                "azure": f"[storage]\nconnection_string = DefaultEndpointsProtocol=https;AccountName=st{rs(8, LOWNUM)};AccountKey={S('vendor_key', vendor_key('azure_storage'))};EndpointSuffix=core.windows.net"}[k]
    else:
        sect = pick(["[mysql]\nhost = 127.0.0.1\nuser = gestionale\n; password in /etc/gestionale/secret.ini\ndatabase = gestionale",
                     f"[sportello]\nendpoint = https://{phost()}\napi_key =\nrequest_timeout = 30",
                     f"[storage]\naccount_name = st{rs(8, LOWNUM)}\nuse_managed_identity = true"])
    txt = f"; {pick(['config.ini', 'settings.ini', 'gestionale.ini'])}\n[general]\nazienda = {company('it')}\nlog_path = C:\\Gestionale\\log\n\n{sect}"
    return wrap(lang, txt, "cfg", sec)


@T("docker", "ops")
def t_docker_run_history(lang, sec):
    img = f"ghcr.io/{pick(['kestrel', 'ortofrutta'])}/bridge:{version()}"
    if sec:
        k = pick(["pw", "cs", "login"])
        if k == "login":
            cmd = f"  {R.randint(100, 999)}  docker login registry.gitlab.com -u deploy -p {S('vendor_key', vendor_key('gitlab'))}"
        elif k == "pw":
            cmd = f"  {R.randint(100, 999)}  docker run -d --name bridge -e DB_PASSWORD='{S('password', password(lang).replace(chr(39), ''))}' -p 8080:8080 {img}"
        else:
            cmd = f"  {R.randint(100, 999)}  docker run -d --name bridge -e SPORTELLO_CLIENT_SECRET={S('client_secret', client_secret())} {img}"
    else:
        cmd = pick([f"  {R.randint(100, 999)}  docker run -d --name bridge --env-file /srv/bridge/.env -p 8080:8080 {img}",
                    f"  {R.randint(100, 999)}  echo \"$CR_PAT\" | docker login ghcr.io -u kestrel-ci --password-stdin",
                    f"  {R.randint(100, 999)}  docker run -d --name bridge -e SPORTELLO_CLIENT_SECRET -p 8080:8080 {img}"])
    n = int(cmd.split()[0])
    txt = f"$ history | tail -5\n  {n - 2}  docker ps -a\n  {n - 1}  docker logs bridge --tail 50\n{cmd}\n  {n + 1}  docker logs -f bridge\n  {n + 2}  history | tail -5"
    pre = L(lang, ["vi mando i comandi che ho lanciato sul server, magari sbaglio qualcosa", "ecco cosa ho fatto (history):"],
            ["sending the commands I ran on the server, maybe I'm doing something wrong", "here's what I did (history):"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


# ================================================================ databases
def psql_table(cols, rows):
    w = [max(len(re.sub(f"{MS}[a-z_]+{MK}|{ME}", "", str(x))) for x in [c] + [r[i] for r in rows]) for i, c in enumerate(cols)]

    def vis(x):
        return len(re.sub(f"{MS}[a-z_]+{MK}|{ME}", "", str(x)))
    head = "|".join(f" {c}{' ' * (w[i] - vis(c))} " for i, c in enumerate(cols)).rstrip()
    sep = "+".join("-" * (x + 2) for x in w)
    body = ["|".join(f" {r[i]}{' ' * (w[i] - vis(r[i]))} " for i in range(len(cols))).rstrip() for r in rows]
    return "\n".join([head, sep] + body + [f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})"])


def mysql_table(cols, rows):
    def vis(x):
        return len(re.sub(f"{MS}[a-z_]+{MK}|{ME}", "", str(x)))
    w = [max(vis(x) for x in [c] + [r[i] for r in rows]) for i, c in enumerate(cols)]
    bar = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    line = lambda r: "|" + "|".join(f" {r[i]}{' ' * (w[i] - vis(r[i]))} " for i in range(len(cols))) + "|"
    return "\n".join([bar, line(cols), bar] + [line(r) for r in rows] + [bar, f"{len(rows)} rows in set ({R.uniform(0, 0.2):.2f} sec)"])


@T("psql", "db")
def t_psql_expanded(lang, sec):
    mid = R.randint(100, 99999)
    d = D()
    rec = [("id", str(R.randint(1, 500))), ("merchant_id", str(mid)), ("client_id", client_id())]
    if sec:
        k = pick(["cs", "rt", "wh"])
        if k == "cs":
            rec.append(("client_secret", S("client_secret", client_secret())))
        elif k == "rt":
            rec.append(("refresh_token", S("refresh_token", refresh_token())))
        else:
            rec.append(("webhook_secret", S("vendor_key", vendor_key("stripe_wh"))))
    else:
        rec.append(pick([("secret_hash", "$2b$12$" + rs(53, ALNUM + "./")), ("secret_last4", rs(4)), ("secret_ref", secret_ref())]))
    rec += [("scopes", "{payouts:write,refunds}"), ("created_at", d.log()[:22] + "+01"), ("revoked_at", "")]
    w = max(len(k) for k, _ in rec)
    body = "\n".join(f"{k:<{w}} | {v}" for k, v in rec)
    db = pick(["shop", "payouts", "erp"])
    txt = f"{db}=> \\x\nExpanded display is on.\n{db}=> select * from api_credentials where merchant_id = {mid};\n-[ RECORD 1 ]-{'-' * (w - 12)}+{'-' * 40}\n{body}"
    pre = L(lang, ["questi sono i dati che abbiamo salvato per il merchant, corrispondono ai vostri?", "dal db dell'integrazione:"],
            ["this is what we have stored for the merchant, does it match yours?", "from the integration db:"])
    return wrap(lang, txt, "db", sec, pre=pre)


@T("psql", "db")
def t_psql_payouts(lang, sec):
    rows = []
    n = R.randint(2, 5)
    for i in range(n):
        f, l = person(lang)
        ib = any_iban(pick(["IT", "IT", "DE", "FR", "ES"]))
        if sec:
            ibv = S("iban", fmt_iban(ib, False))
        else:
            ibv = pick([mask_iban(ib), "", iban_bad()]) if chance(0.7) else pick(BICS)
        rows.append([pay_id(), f"{f} {l}", ibv, f"{R.randint(1, 9999)}.{digits(2)}", pick(["failed", "paid", "pending", "returned"])])
    cols = ["payout_id", "beneficiary", "iban" if sec or chance(0.6) else "bic", "amount", "status"]
    txt = f"payouts=# select payout_id, beneficiary, {cols[2]}, amount, status from payouts where batch_id = '{uid()}';\n" + psql_table(cols, rows)
    return wrap(lang, txt, "bank", sec)


@T("mysql", "db")
def t_mysql_cards(lang, sec):
    rows = []
    for i in range(R.randint(2, 4)):
        c = card()
        if sec:
            pan = S("card_number", c)
            cv = S("cvv", cvv_for(c)) if chance(0.3) else "NULL"
        else:
            pan = pick([mask_card(c, "first6last4"), c[-4:], card_bad(len(c)) if chance(0.3) else mask_card(c, "first6last4")])
            cv = "NULL"
        rows.append([str(R.randint(1000, 99999)), order_no(), pan, cv, exp_date(), D().log()[:19]])
    cols = ["id", "order_ref", "card_pan" if sec else pick(["card_pan", "pan_masked", "card_last4"]), "cvv", "exp", "created_at"]
    txt = "mysql> SELECT id, order_ref, " + cols[2] + ", cvv, exp, created_at FROM checkout_payments ORDER BY id DESC LIMIT 5;\n" + mysql_table(cols, rows)
    pre = L(lang, ["durante l'audit PCI il consulente ci chiede cosa salviamo, ecco la tabella del vecchio e-commerce",
                   "vi copio la tabella dei pagamenti del plugin, è normale che salvi questi dati?", "query sul db del negozio:"],
            ["during the PCI audit the consultant asked what we store, here's the old shop table",
             "copying the plugin's payments table, is it normal that it stores this?", "query on the shop db:"])
    return wrap(lang, txt, "pay", sec, pre=pre)


@T("sqlite", "db")
def t_sqlite(lang, sec):
    rows = []
    for i in range(R.randint(2, 5)):
        ph_ = phone("it" if lang == "it" else pick(["uk", "us"]))
        code = S("pin", pin(6)) if sec else pick(["******", "", "NULL"])
        rows.append("|".join([str(R.randint(1, 9999)), ph_, code, pick(["sent", "delivered", "expired", "verified"]), D().log()[:19]]))
    txt = "sqlite> .headers on\nsqlite> select id, phone, code, status, created_at from otp_requests order by id desc limit 5;\nid|phone|code|status|created_at\n" + "\n".join(rows)
    pre = L(lang, ["nel db locale dell'app vediamo questi codici OTP, alcuni risultano scaduti subito", "dal db sqlite del device di test:"],
            ["in the app's local db we see these OTP codes, some expire right away", "from the test device's sqlite db:"])
    return wrap(lang, txt, "sms", sec, pre=pre)


@T("redis", "db")
def t_redis(lang, sec):
    v = R.randint(0, 2)
    if v == 0:
        key = f"session:{hx(32)}"
        if sec:
            val = jdump({"user_id": R.randint(1, 99999), "access_token": S("access_token", access_token()), "expires_at": ts_epoch()}, indent=None)
        else:
            val = jdump({"user_id": R.randint(1, 99999), "cart_id": uid(), "locale": lang, "expires_at": ts_epoch()}, indent=None)
        txt = f"127.0.0.1:6379> GET {key}\n{jstr(val)}\n127.0.0.1:6379> TTL {key}\n(integer) {R.randint(10, 3600)}"
    elif v == 1:
        d = ts_epoch()
        lines = []
        n = R.randint(3, 6)
        at = R.randrange(n) if sec else -1
        for i in range(n):
            t = f"{d + i}.{digits(6)}"
            cli = f"[0 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}]"
            if i == at:
                ph_ = phone("it").replace(" ", "")
                lines.append(f'{t} {cli} "SET" "otp:{ph_}" "{S("pin", pin(6))}" "EX" "300"')
            else:
                lines.append(pick([f'{t} {cli} "GET" "feature:payout_v2"', f'{t} {cli} "INCR" "ratelimit:{client_id()}:{digits(8)}"',
                                   f'{t} {cli} "EXPIRE" "lock:payout:{pay_id()}" "30"', f'{t} {cli} "PING"',
                                   f'{t} {cli} "HGET" "otp:meta:{uid()}" "attempts"']))
        txt = "$ redis-cli MONITOR\nOK\n" + "\n".join(lines)
    else:
        if sec:
            k = pick(["rt", "pw"])
            if k == "rt":
                fields = [("client_id", client_id()), ("refresh_token", S("refresh_token", refresh_token())), ("updated_at", str(ts_epoch()))]
            else:
                fields = [("smtp_user", "noreply@" + chost()), ("smtp_pass", S("password", pw_simple(lang))), ("smtp_host", "smtp.office365.com")]
        else:
            fields = [("client_id", client_id()), ("token_expires_at", str(ts_epoch())), ("last_refresh_status", pick(["ok", "invalid_grant", "timeout"]))]
        out = []
        for i, (a, b) in enumerate(fields):
            out.append(f'{2 * i + 1}) "{a}"')
            out.append(f'{2 * i + 2}) "{b}"')
        key = pick(["integration:sportello", "oauth:tokens:" + str(R.randint(1, 999)), "cfg:mail"])
        txt = f"127.0.0.1:6379> HGETALL {key}\n" + "\n".join(out)
    return wrap(lang, txt, "db", sec)


@T("mongosh", "db")
def t_mongosh(lang, sec):
    oid = hx(24)
    if sec:
        k = pick(["key", "card", "tok"])
        if k == "key":
            f = f"  apiKey: '{S('access_token', api_key())}',"
        elif k == "card":
            c = card()
            f = f"  card: {{ number: '{S('card_number', fmt_card(c, pick(['', ' '])))}', exp: '{exp_date()}', holder: '{' '.join(person(lang)).upper()}' }},"
        else:
            f = f"  oauth: {{ accessToken: '{S('access_token', access_token())}', refreshToken: '{S('refresh_token', refresh_token())}' }},"
    else:
        c = card()
        f = pick([f"  apiKeyHash: '{hx(64)}',", f"  card: {{ last4: '{c[-4:]}', brand: 'visa', fingerprint: '{rs(16)}' }},",
                  f"  oauth: {{ tokenId: '{uid()}', expiresAt: ISODate('{D().iso()}') }},"])
    txt = (f"{pick(['shop', 'payouts', 'crm'])}> db.merchants.findOne({{ _id: ObjectId('{oid}') }})\n{{\n  _id: ObjectId('{oid}'),\n  name: '{company(lang)}',\n"
           f"  status: '{pick(['active', 'suspended'])}',\n{f}\n  createdAt: ISODate('{D().iso()}'),\n  __v: 0\n}}")
    return wrap(lang, txt, "db", sec)


@T("grid", "db")
def t_dbeaver_grid(lang, sec):
    it = lang == "it"
    cols = ["ID", "RAGIONE_SOCIALE" if it else "BENEFICIARY", "IBAN", "BIC", "IMPORTO" if it else "AMOUNT", "STATO" if it else "STATUS"]
    rows = []
    for i in range(R.randint(2, 6)):
        ib = any_iban()
        if sec:
            ibv = S("iban", ib)
        else:
            ibv = pick([mask_iban(ib), "[NULL]", iban_bad(), ""])
        nm = company(lang) if chance(0.5) else " ".join(person(lang))
        rows.append([str(R.randint(10000, 99999)), nm, ibv, pick(BICS), amount(lang).replace("€", "").replace("EUR", "").strip(), pick(["KO", "OK", "SOSPESO" if it else "HELD"])])
    txt = "\t".join(cols) + "\n" + "\n".join("\t".join(r) for r in rows)
    pre = L(lang, ["copio dalla griglia di DBeaver i bonifici del lotto di ieri:", "vi incollo le righe (copiate da dbeaver/excel)"],
            ["copying yesterday's batch from the DBeaver grid:", "pasting the rows (copied from dbeaver/excel)"])
    return wrap(lang, txt, "bank", sec, pre=pre)


@T("mysql", "db")
def t_mysql_general_log(lang, sec):
    d = D()
    tid = R.randint(10, 9999)
    lines = [f"{d.iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Connect\tgestionale@10.0.{R.randint(0, 9)}.{R.randint(2, 250)} on gestionale using TCP/IP",
             f"{d.adv(1).iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Query\tSET NAMES utf8mb4"]
    if sec:
        k = pick(["alter", "insert"])
        if k == "alter":
            lines.append(f"{d.adv(2).iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Query\tALTER USER 'gestionale'@'%' IDENTIFIED BY '{S('password', pw_simple(lang))}'")
        else:
            lines.append(f"{d.adv(2).iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Query\tINSERT INTO integrazioni (nome, client_id, client_secret) VALUES ('sportello', '{client_id()}', '{S('client_secret', client_secret())}')")
    else:
        lines.append(f"{d.adv(2).iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Query\tUPDATE pagamenti SET stato = 'KO', errore = 'invalid_client' WHERE id = {R.randint(1, 99999)}")
    lines.append(f"{d.adv(3).iso(ms=False)[:-1]}.{digits(6)}Z\t   {tid} Quit")
    pre = L(lang, ["abbiamo attivato il general log di mysql, vi copio le righe interessate", "general_log:"],
            ["we enabled mysql's general log, copying the relevant lines", "general_log:"])
    return wrap(lang, "\n".join(lines), "db", sec, pre=pre)


@T("postgres-log", "db")
def t_pg_log(lang, sec):
    d = D()
    pid = R.randint(1000, 99999)
    lines = [f"{d.log()} CET [{pid}] LOG:  connection received: host=10.0.{R.randint(0, 9)}.{R.randint(2, 250)} port={R.randint(30000, 60000)}",
             f"{d.log()} CET [{pid}] FATAL:  password authentication failed for user \"payouts\"",
             f"{d.log()} CET [{pid}] DETAIL:  Connection matched file \"/etc/postgresql/15/main/pg_hba.conf\" line 102: \"host all all 10.0.0.0/8 scram-sha-256\""]
    if sec:
        lines.append(f"{d.adv(60).log()} CET [{pid + 7}] LOG:  statement: ALTER ROLE payouts WITH LOGIN PASSWORD '{S('password', pw_simple(lang))}';")
    else:
        lines.append(f"{d.adv(60).log()} CET [{pid + 7}] LOG:  duration: {R.uniform(100, 9000):.3f} ms  statement: SELECT * FROM payouts WHERE status = 'pending'")
    return wrap(lang, "\n".join(lines), "db", sec)


# ================================================================ CI
@T("ci-github", "ci")
def t_gha_log(lang, sec):
    d = D()
    ts = lambda: d.adv(R.randint(0, 3)).iso(ms=False)[:-1] + "." + digits(7) + "Z"
    lines = [f"{ts()} ##[group]Run curl -sf -X POST \"$SPORTELLO_URL/oauth/token\" \\",
             f"{ts()} \x1b[36;1mcurl -sf -X POST \"$SPORTELLO_URL/oauth/token\" \\\x1b[0m".replace("\x1b[36;1m", "").replace("\x1b[0m", ""),
             f"{ts()} shell: /usr/bin/bash -e {{0}}", f"{ts()} env:", f"{ts()}   SPORTELLO_URL: https://{phost()}"]
    if sec:
        k = pick(["b64", "plain", "url"])
        if k == "b64":
            cs = client_secret()
            lines += [f"{ts()}   SPORTELLO_CLIENT_SECRET: ***", f"{ts()} ##[endgroup]", f"{ts()} + echo \"auth header: Basic $(echo -n \"$CID:$SPORTELLO_CLIENT_SECRET\" | base64 -w0)\"",
                      f"{ts()} auth header: Basic {S('client_secret', b64s(client_id() + ':' + cs))}"]
        elif k == "plain":
            lines += [f"{ts()}   SPORTELLO_TOKEN: {S('access_token', access_token(jwt_ok=False))}", f"{ts()} ##[endgroup]"]
        else:
            lines += [f"{ts()}   DATABASE_URL: postgres://ci:{S('password', urllib.parse.quote(password(lang), safe=''))}@localhost:5432/ci", f"{ts()} ##[endgroup]"]
    else:
        lines += [f"{ts()}   SPORTELLO_CLIENT_SECRET: ***", f"{ts()} ##[endgroup]", f"{ts()} + curl -sf -u {client_id()}:*** -X POST https://{phost()}/oauth/token"]
    lines += [f"{ts()} curl: (22) The requested URL returned error: 401", f"{ts()} ##[error]Process completed with exit code 22."]
    pre = L(lang, ["il workflow di deploy su GitHub Actions fallisce alla chiamata del token, log:", "log della action:", "github actions:"],
            ["the deploy workflow on GitHub Actions fails on the token call, log:", "action log:", "github actions:"])
    return wrap(lang, "\n".join(lines), "ci", sec, pre=pre)


@T("ci-github", "ci")
def t_gha_yaml(lang, sec):
    if sec:
        k = pick(["cs", "aws", "slack"])
        env = {"cs": f"      SPORTELLO_CLIENT_SECRET: {S('client_secret', client_secret())}",
               "aws": f"      AWS_ACCESS_KEY_ID: {S('vendor_key', vendor_key('aws'))}\n      AWS_SECRET_ACCESS_KEY: {S('vendor_key', vendor_key('aws_secret'))}",
               "slack": f"      SLACK_WEBHOOK: https://hooks.slack.com/services/T{rs(8, UPNUM)}/B{rs(8, UPNUM)}/{S('vendor_key', rs(24))}"}[k]
    else:
        env = pick(["      SPORTELLO_CLIENT_SECRET: ${{ secrets.SPORTELLO_CLIENT_SECRET }}",
                    "      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
                    "      SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}"])
    txt = (f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      SPORTELLO_URL: https://{phost()}\n{env}\n"
           f"    steps:\n      - uses: actions/checkout@{sha() if chance(0.4) else 'v4'}\n      - run: ./scripts/smoke-test.sh")
    pre = L(lang, ["il nostro workflow (.github/workflows/deploy.yml):", "vi incollo il yaml della pipeline"],
            ["our workflow (.github/workflows/deploy.yml):", "pasting the pipeline yaml"])
    return wrap(lang, txt, "ci", sec, pre=pre)


@T("ci-gitlab", "ci")
def t_gitlab(lang, sec):
    lines = [f"Running with gitlab-runner 16.{R.randint(0, 11)}.{R.randint(0, 3)} ({hx(8)})", f"  on docker-runner-{R.randint(1, 9)} {rs(8, LOWNUM)}, system ID: s_{hx(12)}",
             "Preparing the \"docker\" executor", f"Using docker image sha256:{hx(64)} for curlimages/curl:8.7.1 with digest curlimages/curl@{digest()} ...",
             f"Getting source from Git repository", f"Checking out {hx(8)} as detached HEAD (ref is main)...", "Executing \"step_script\" stage of the job script"]
    if sec:
        k = pick(["echo", "pat", "curl"])
        if k == "echo":
            lines += ["$ echo \"token=$SPORTELLO_TOKEN\"", f"token={S('access_token', access_token(jwt_ok=False))}"]
        elif k == "pat":
            lines += [f"$ git clone https://oauth2:{S('vendor_key', vendor_key('gitlab'))}@gitlab.com/{pick(['ortofrutta', 'kestrel'])}/infra.git", "Cloning into 'infra'..."]
        else:
            cs = client_secret()
            lines += [f"$ curl -sS -u \"{client_id()}:{S('client_secret', cs)}\" -d grant_type=client_credentials https://{phost()}/oauth/token"]
    else:
        lines += ["$ echo \"token=$SPORTELLO_TOKEN\"", "token=[MASKED]", f"$ curl -sS -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials https://{phost()}/oauth/token"]
    lines += ['{"error":"invalid_client"}', "Cleaning up project directory and file based variables", "ERROR: Job failed: exit code 1"]
    return wrap(lang, "\n".join(lines), "ci", sec)


@T("ci-jenkins", "ci")
def t_jenkins(lang, sec):
    lines = ["Started by user " + " ".join(person(lang)), "Running in Durability level: MAX_SURVIVABILITY", "[Pipeline] Start of Pipeline",
             f"[Pipeline] node\nRunning on agent-{R.randint(1, 9)} in /var/jenkins/workspace/payouts-deploy"]
    if sec:
        k = pick(["setx", "sshpass"])
        if k == "setx":
            cid, cs = client_id(), client_secret()
            lines += ["[Pipeline] sh", f"+ curl -sf -u {S('client_secret', cid + ':' + cs)} -X POST https://{phost()}/oauth/token -d grant_type=client_credentials"]
        else:
            lines += ["[Pipeline] sh", f"+ sshpass -p {S('password', pw_simple(lang))} scp build/payouts.jar deploy@10.0.{R.randint(0, 9)}.{R.randint(2, 250)}:/opt/payouts/"]
    else:
        lines += ["[Pipeline] withCredentials", "Masking supported pattern matches of $CLIENT_SECRET or $CLIENT_ID", "[Pipeline] {", "[Pipeline] sh",
                  f"+ curl -sf -u ****:**** -X POST https://{phost()}/oauth/token -d grant_type=client_credentials"]
    lines += ["curl: (22) The requested URL returned error: 401", "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 22", "Finished: FAILURE"]
    return wrap(lang, "\n".join(lines), "ci", sec)


@T("ci-azure", "ci")
def t_azure_devops(lang, sec):
    d = D()
    ts = lambda: d.adv(R.randint(0, 2)).iso(ms=False)[:-1] + "." + digits(7) + "Z"
    lines = [f"{ts()} ##[section]Starting: Deploy to App Service", f"{ts()} Task         : Azure CLI", f"{ts()} Version      : 2.{R.randint(200, 240)}.0"]
    if sec:
        lines.append(f"{ts()} ##[command]az login --service-principal -u {uid()} -p {S('client_secret', client_secret())} --tenant {uid()}")
    else:
        lines.append(f"{ts()} ##[command]az login --service-principal -u {uid()} -p *** --tenant {uid()}")
    lines += [f"{ts()} ##[error]AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{uid()}'.",
              f"{ts()} Trace ID: {uid()}", f"{ts()} Correlation ID: {uid()}", f"{ts()} ##[section]Finishing: Deploy to App Service"]
    return wrap(lang, "\n".join(lines), "ci", sec)


@T("ci-bitbucket", "ci")
def t_bitbucket(lang, sec):
    lines = [f"+ umask 000", f"+ GIT_LFS_SKIP_SMUDGE=1 retry 6 git clone --branch=\"main\" --depth 50 https://x-token-auth:$REPOSITORY_OAUTH_ACCESS_TOKEN@bitbucket.org/$BITBUCKET_REPO_FULL_NAME.git $BUILD_DIR",
             "Cloning into '/opt/atlassian/pipelines/agent/build'...", f"+ git reset --hard {sha()}"]
    if sec:
        k = pick(["npm", "pw"])
        if k == "npm":
            lines += [f"+ echo \"//registry.npmjs.org/:_authToken={S('vendor_key', vendor_key('npm'))}\" > .npmrc"]
        else:
            lines += [f"+ mysql -h db.{chost().split('.', 1)[1]} -u deploy -p{S('password', pw_simple(lang))} gestionale < migrations/042.sql"]
    else:
        lines += ["+ echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc", "+ mysql -h $DB_HOST -u deploy -p$DB_PASSWORD gestionale < migrations/042.sql"]
    lines += [pick(["npm ERR! code E403", "ERROR 1045 (28000): Access denied for user 'deploy'@'10.0.3.4' (using password: YES)"])]
    pre = L(lang, ["bitbucket pipelines, step di build:", "log della pipeline su bitbucket"], ["bitbucket pipelines, build step:", "bitbucket pipeline log"])
    return wrap(lang, "\n".join(lines), "ci", sec, pre=pre)


# ================================================================ mail
def fwd_header(lang, f, l, to, subj, d):
    if lang == "it":
        return pick([f"-----Messaggio originale-----\nDa: {f} {l} <{email_of(f, l, lang)}>\nInviato: {pick(['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'])} {d.it_long()} {d.hm()}\nA: {to}\nOggetto: {subj}",
                     f"---------- Messaggio inoltrato ---------\nDa: {f} {l} <{email_of(f, l, lang)}>\nDate: {d.d} {MONTHS_IT[d.mo - 1]} {d.y}, {d.hm()}\nSubject: {subj}\nTo: {to}"])
    return pick([f"---------- Forwarded message ---------\nFrom: {f} {l} <{email_of(f, l, lang)}>\nDate: {DOW_EN[d.d % 7]}, {d.d} {MONTHS_EN[d.mo - 1]} {d.y} at {d.hm()}\nSubject: {subj}\nTo: {to}",
                 f"-----Original Message-----\nFrom: {f} {l} <{email_of(f, l, lang)}>\nSent: {DOW_EN[d.d % 7]}day, {MONTHS_EN[d.mo - 1]} {d.d}, {d.y} {d.hm()}\nTo: {to}\nSubject: {subj}"])


@T("email", "email", w=1.3)
def t_email_fwd_refund(lang, sec):
    d = D()
    f, l = person(lang)
    to = pick(["rimborsi@" + chost().split(".", 1)[1], "support@" + chost().split(".", 1)[1], "amministrazione@" + chost().split(".", 1)[1]])
    ordn = order_no()
    if lang == "it":
        subj = pick([f"Rimborso ordine {ordn}", f"R: reso {ordn}", "rimborso non ricevuto"])
        if sec:
            ac = R.randint(0, 3)
            if ac == 0:
                dati = f"il mio IBAN è {S('iban', fmt_iban(any_iban('IT')))} intestato a {f} {l}"
            elif ac == 1:
                a = ItAcct()
                dati = f"vi lascio le coordinate: ABI {a.abi} CAB {a.cab} conto n. {S('bank_account', a.conto)} (banca {pick(['Intesa', 'Unicredit', 'BPM', 'BCC'])})"
            elif ac == 2:
                dati = f"potete fare il bonifico su\n{S('iban', fmt_iban(any_iban('IT'), True))}\n{f} {l}"
            else:
                c = card()
                dati = f"riaccreditate pure sulla carta {S('card_number', fmt_card(c, ' '))} scad. {exp_date()}"
        else:
            dati = pick(["l'IBAN ve l'ho già mandato tramite il modulo sul sito", "rimborsate pure sul metodo di pagamento originale (paypal)",
                         f"la carta è quella che finisce con {digits(4)}", f"la mia banca è {pick(['Intesa', 'Unicredit', 'Fineco'])}, BIC {pick(BICS)}"])
        body = (f"Buongiorno,\nho restituito il pacco il {D().it()} (tracking {rs(2, UPNUM)}{digits(9)}IT) ma non ho ancora ricevuto il rimborso di {amount(lang)}.\n{dati}\n\nGrazie\n{f} {l}\n{phone('it')}")
        pre = pick(["Vi inoltro la mail del cliente, il rimborso via API torna errore, come facciamo?",
                    "ciao, vi giro questa. il payout che abbiamo creato è fallito", "fw della richiesta del cliente, vedete voi"])
    else:
        subj = pick([f"Refund for order {ordn}", f"RE: return {ordn}", "refund not received"])
        if sec:
            ac = R.randint(0, 3)
            if ac == 0:
                g = GbAcct()
                dati = f"my bank details are sort code {g.sort_fmt}, account number {S('bank_account', g.acct)} ({pick(['Barclays', 'NatWest', 'Lloyds', 'Monzo'])})"
            elif ac == 1:
                dati = f"my IBAN is {S('iban', fmt_iban(any_iban(pick(['GB', 'IE', 'DE', 'FR']))))}"
            elif ac == 2:
                g = GbAcct()
                dati = f"please pay into {S('bank_account', g.sort_fmt + ' ' + g.acct)}, name {f} {l}"
            else:
                c = card()
                dati = f"just put it back on my card {S('card_number', fmt_card(c, pick([' ', '-'])))} exp {exp_date()}"
        else:
            dati = pick(["I already entered my bank details in the returns form", "please refund to the original payment method",
                         f"the card ends in {digits(4)}", f"my bank's BIC is {pick(BICS)} if that helps"])
        body = (f"Hello,\nI sent the parcel back on {D().us()} (tracking {rs(2, UPNUM)}{digits(9)}GB) and still haven't received my refund of {amount(lang)}.\n{dati}\n\nThanks\n{f} {l}")
        pre = pick(["Forwarding the customer's email, the refund via API errors out, what do we do?",
                    "hi, fwd below. the payout we created failed", "fw of the customer's request, over to you"])
    return pre + "\n\n" + fwd_header(lang, f, l, to, subj, d) + "\n\n" + body


@T("email", "email", w=1.3)
def t_email_quoted(lang, sec):
    d = D()
    a_f, a_l = person(lang)
    b_f, b_l = person(lang)
    host = chost()
    if sec:
        k = pick(["pw", "cs", "pw"])
        if k == "pw":
            deep = L(lang, [f"vi ho creato l'utenza per il portale di collaudo:\nutente: {email_of(b_f, b_l, lang)}\npassword: {S('password', password(lang))}",
                            f"le credenziali del backoffice sono {b_f.lower()}.{b_l.lower().replace(' ', '')} / {S('password', pw_simple(lang))}"],
                        [f"I've created your account on the staging portal:\nuser: {email_of(b_f, b_l, lang)}\npassword: {S('password', password(lang))}",
                         f"backoffice credentials are {b_f.lower()}.{b_l.lower().replace(' ', '')} / {S('password', pw_simple(lang))}"])
        else:
            deep = L(lang, [f"ecco le credenziali API di produzione\nclient_id: {client_id()}\nclient_secret: {S('client_secret', client_secret())}"],
                     [f"here are the production API credentials\nclient_id: {client_id()}\nclient_secret: {S('client_secret', client_secret())}"])
    else:
        deep = L(lang, ["vi abbiamo creato l'utenza per il portale di collaudo, la password vi arriva per sms",
                        f"le credenziali API le trovate nella dashboard, sezione Sviluppatori > Chiavi (client_id {client_id()})"],
                 ["we've created your account on the staging portal, the password will come by text",
                  f"you'll find the API credentials in the dashboard under Developers > Keys (client_id {client_id()})"])
    d2 = d.adv(3600 * 20)
    lvl3 = "\n".join("> > " + x if x else "> >" for x in deep.split("\n"))
    mid = L(lang, [f"Il giorno {d.it()} {d.hm()}, {a_f} {a_l} <{email_of(a_f, a_l, lang)}> ha scritto:", f"Da: {a_f} {a_l}\nInviato: {d.it()}"],
            [f"On {d.us()}, at {d.hm()}, {a_f} {a_l} <{email_of(a_f, a_l, lang)}> wrote:", f"From: {a_f} {a_l}\nSent: {d.us()}"])
    reply2 = L(lang, ["grazie, però il login mi dà errore", "ok ricevuto, provo e vi faccio sapere", "non funziona, mi dice credenziali non valide"],
               ["thanks, but the login fails", "ok got it, will try and let you know", "doesn't work, says invalid credentials"])
    top = L(lang, ["Buongiorno, vedete sotto lo scambio con il vostro collega. Da ieri non riusciamo più ad accedere, potete controllare?",
                   "Ciao, riprendo questo thread: stesso problema di prima.", "vi riscrivo qui sotto, il problema è ancora presente"],
            ["Hi, see the thread below with your colleague. Since yesterday we can't log in anymore, can you check?",
             "Hi, picking up this thread again: same problem as before.", "writing again below, the issue is still there"])
    q2 = L(lang, f"Il giorno {d2.it()} {d2.hm()}, {b_f} {b_l} ha scritto:", f"On {d2.us()} {b_f} {b_l} wrote:") + "\n> " + reply2 + "\n>"
    return f"{top}\n\n{pick([b_f, b_f + ' ' + b_l, ''])}\n\n{q2}\n> {mid.replace(chr(10), chr(10) + '> ')}\n{lvl3}\n> >\n> > {L(lang, 'Saluti', 'Regards')}\n> > {a_f} {a_l}\n> > {L(lang, 'Supporto Integrazioni', 'Integration Support')}"


def safelink(url):
    enc = urllib.parse.quote(url, safe="")
    return (f"https://eur0{R.randint(1, 5)}.safelinks.protection.outlook.com/?url={enc}&data=05%7C02%7C{rs(8, LOWNUM)}%40{chost().split('.', 1)[1]}%7C{hx(32)}%7C{uid()}%7C0%7C0%7C{digits(18)}"
            f"%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C&sdata={urllib.parse.quote(b64(32), safe='')}&reserved=0")


@T("email", "email", w=1.3)
def t_email_safelinks(lang, sec):
    if sec:
        k = pick(["reset", "magic", "key"])
        if k == "reset":
            tok = rs(R.randint(40, 64), URLSAFE)
            url = f"https://dashboard.sportello.io/reset-password?token={MS}access_token{MK}{tok}{ME}&email={email_of(*person(lang), lang)}"
        elif k == "magic":
            url = f"https://dashboard.sportello.io/auth/magic?t={MS}access_token{MK}{jwt(short=True)}{ME}"
        else:
            url = f"https://{phost()}/v1/reports/export.csv?api_key={MS}access_token{MK}{api_key()}{ME}"
        # encode outside the markers so the labelled value is exactly what appears
        parts = re.split(f"({MS}[a-z_]+{MK}.*?{ME})", url)
        enc = "".join(p if p.startswith(MS) else urllib.parse.quote(p, safe="") for p in parts)
        link = safelink("X").replace("url=X", "url=" + enc)
    else:
        link = safelink(pick([f"https://dashboard.sportello.io/payouts/{pay_id()}", "https://docs.sportello.io/api/authentication#token-rotation",
                              f"https://status.sportello.io/incidents/{rs(12, LOWNUM)}", f"https://dashboard.sportello.io/reset-password?email={email_of(*person(lang), lang)}"]))
    pre = L(lang, ["il link che mi avete mandato nella mail non funziona, mi dice link scaduto. Vi copio il link:",
                   "cliccando sul link della vostra email ottengo errore 400. questo è il link:", "link dalla mail (outlook lo modifica così):"],
            ["the link you sent me in the email doesn't work, says link expired. Copying it:",
             "clicking the link in your email gives a 400. this is the link:", "link from the email (outlook rewrites it like this):"])
    return pre + "\n\n" + link + "\n\n" + L(lang, OUTRO_IT, OUTRO_EN)


@T("pec", "email", w=1.3)
def t_pec(lang, sec):
    d = D()
    mitt = f"{pick(['amministrazione', 'ufficio.acquisti', 'contabilita'])}@pec.{pick(['ortofruttarossi.it', 'brembologistica.it', 'mobilificiobrianza.it'])}"
    ident = f"opec{R.randint(2100, 2299)}{digits(2)}.{d.y}{d.mo:02d}{d.d:02d}{d.h:02d}{d.mi:02d}{d.s:02d}.{digits(6)}.{R.randint(100, 999)}.{R.randint(1, 9)}.{R.randint(10, 99)}@pec.aruba.it"
    notice = (f"Ricevuta di avvenuta consegna\nIl giorno {d.it()} alle ore {d.hm()}:{d.s:02d} ({'+0100'}) il messaggio\n\"{pick(['Comunicazione coordinate bancarie', 'Richiesta rimborso', 'Variazione dati pagamento'])}\" proveniente da \"{mitt}\"\n"
              f"ed indirizzato a \"sportello@pec.sportello.it\"\nè stato consegnato nella casella di destinazione.\nIdentificativo messaggio: {ident}")
    if sec:
        f, l = person("it")
        a = ItAcct()
        ac = R.randint(0, 2)
        if ac == 0:
            coord = f"IBAN: {S('iban', fmt_iban(a.iban, chance(0.5)))}"
        elif ac == 1:
            coord = f"CIN {a.cin} - ABI {a.abi} - CAB {a.cab} - C/C {S('bank_account', a.conto)}"
        else:
            coord = f"BBAN: {S('bank_account', a.bban)}"
        body = (f"\n\n--- testo del messaggio originale ---\nSpett.le Sportello,\ncon la presente comunichiamo le nuove coordinate bancarie per l'accredito dei payout:\n{coord}\nintestato a {company('it')}\n"
                f"Distinti saluti\n{f} {l}\nUfficio Amministrazione")
    else:
        body = pick(["", f"\n\n--- testo del messaggio originale ---\nSpett.le Sportello,\ncon la presente comunichiamo che a partire dal {D().it()} le coordinate bancarie restano invariate; "
                         f"la variazione riguarda solo il referente amministrativo ({' '.join(person('it'))}, tel. {phone('it')}).\nDistinti saluti"])
    pre = L(lang, ["vi inoltro la ricevuta della PEC che vi abbiamo mandato, potete confermare che avete aggiornato i dati?",
                   "la PEC risulta consegnata, ma il cambio non è stato fatto:"],
            ["forwarding the certified-mail (PEC) receipt, our Italian office sent this — can you confirm the details were updated?",
             "the PEC shows as delivered but nothing changed on your side:"])
    return pre + "\n\n" + "POSTA CERTIFICATA: " + notice + body


@T("email-headers", "email", w=1.3)
def t_email_headers(lang, sec):
    d = D()
    dom = chost().split(".", 1)[1]
    hdrs = [f"Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on20{digits(3)}.outbound.protection.outlook.com [40.107.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mx.sportello.io with ESMTPS id {rs(12)}\n\tfor <support@sportello.io>; {d.http()}",
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=selector1;\n\th=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n\tbh={b64(32)};\n\tb={b64(128)[:76]}\n\t {b64(128)[:76]}\n\t {b64(64)[:40]}",
            f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb={b64(96)[:76]}",
            f"Authentication-Results: mx.sportello.io; dkim=pass header.d={dom}; spf=pass smtp.mailfrom={dom}; dmarc=pass",
            f"Message-ID: <{pick(['AM6PR', 'DB9PR', 'PAXPR'])}{digits(2)}MB{digits(4)}{rs(20, UPNUM)}@{pick(['AM6PR', 'DB9PR'])}{digits(2)}MB{digits(4)}.eurprd0{R.randint(1, 9)}.prod.outlook.com>",
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uid()}", f"X-MS-Exchange-CrossTenant-id: {uid()}", f"Date: {d.http()}",
            f"Subject: {L(lang, pick(['Problema webhook', 'Errore 401 API', 'Richiesta supporto']), pick(['Webhook issue', 'API 401 error', 'Support request']))}"]
    body = ""
    if sec:
        k = pick(["otp", "pw"])
        if k == "otp":
            body = L(lang, f"\n\nIl tuo codice di accesso alla dashboard è {S('pin', pin(6))}. Scade tra 10 minuti.",
                     f"\n\nYour dashboard sign-in code is {S('pin', pin(6))}. It expires in 10 minutes.")
        else:
            body = L(lang, f"\n\nBenvenuto! Le credenziali temporanee sono: utente {client_id()} password {S('password', password(lang))}",
                     f"\n\nWelcome! Your temporary credentials are: user {client_id()} password {S('password', password(lang))}")
    pre = L(lang, ["le vostre email finiscono in spam, vi incollo gli header del messaggio (Visualizza origine):",
                   "il messaggio che ci avete mandato non arriva a tutti, header completi:"],
            ["your emails end up in spam, pasting the message headers (View source):",
             "the message you sent doesn't reach everyone, full headers:"])
    return pre + "\n\n" + "\n".join(hdrs) + body


@T("email", "email", w=1.3)
def t_email_signature(lang, sec):
    f, l = person("it" if lang == "it" else "en")
    c = company(lang)
    body = L(lang, [f"Buongiorno,\nin allegato la fattura {invoice_no(lang)} relativa al canone di {pick(['marzo', 'aprile', 'maggio'])}. Vi chiediamo di verificare il payout di {amount(lang)} che risulta ancora in stato pending.",
                    f"Salve, vi scrivo per sollecitare il pagamento della fattura {invoice_no(lang)} di {amount(lang)}."],
             [f"Hello,\nplease find attached invoice {invoice_no(lang)} for the {pick(['March', 'April', 'May'])} fee. Could you check the payout of {amount(lang)} that is still pending?",
              f"Hi, chasing payment of invoice {invoice_no(lang)} for {amount(lang)}."])
    sig = [f"{f} {l}", L(lang, "Ufficio Amministrazione", "Accounts Payable"), c]
    if lang == "it":
        sig.append(f"P.IVA {digits(11)} - REA MI-{digits(7)}")
    sig.append(f"Tel. {phone('it' if lang == 'it' else 'uk')}")
    if sec:
        ib = any_iban("IT" if lang == "it" else pick(["GB", "IE"]))
        sig.append(f"{L(lang, 'Coordinate bancarie', 'Bank details')}: {pick(['IBAN ', ''])}{S('iban', fmt_iban(ib, chance(0.6)))}")
    else:
        sig.append(pick([f"BIC {pick(BICS)}", L(lang, "Coordinate bancarie in fattura", "Bank details on the invoice"), f"PEC: amministrazione@pec.{chost().split('.', 1)[1]}"]))
    sig.append(L(lang, "Questo messaggio è riservato. Se lo avete ricevuto per errore siete pregati di cancellarlo.",
                 "This email is confidential. If you received it in error please delete it."))
    return body + "\n\n" + L(lang, "Cordiali saluti", "Kind regards") + "\n" + "\n".join(sig)


# ================================================================ chat
def chat_people(lang, n=2):
    return [" ".join(person(lang)) for _ in range(n)]


@T("chat-slack", "chat", w=1.3)
def t_slack(lang, sec):
    a, b = chat_people(lang)
    d = D()
    h = lambda: f"{(d.h % 12) or 12}:{d.mi:02d} {'AM' if d.h < 12 else 'PM'}"
    msgs = []
    if lang == "it":
        msgs.append((a, pick(["ragazzi qualcuno ha la secret di prod per sportello? devo rifare il deploy", "mi serve la chiave di sportello per provare in locale",
                              "chi ha cambiato le credenziali di sportello? il job notturno è rotto"])))
        if sec:
            k = pick(["cs", "tok", "pw"])
            val = {"cs": lambda: f"eccola `{S('client_secret', client_secret())}`", "tok": lambda: f"usa questo token, scade tra un'ora: {S('access_token', access_token())}",
                   "pw": lambda: f"la password del db di collaudo è {S('password', password(lang))} (poi la cambiamo)"}[k]()
        else:
            val = pick(["è su vault, secret/sportello/prod. se non hai accesso chiedi a Luca", "non incollarla qui 😅 te la mando con 1password",
                        "l'ho ruotata stamattina, la nuova è già nel secret di k8s", "guarda nelle variabili della pipeline, SPORTELLO_CLIENT_SECRET"])
        msgs.append((b, val))
        msgs.append((a, pick(["grazie 🙏", "ok", "top", "perfetto, provo"])))
        pre = pick(["vi copio la conversazione interna, forse vi aiuta a capire cosa è cambiato:", "dal nostro slack:", ""])
    else:
        msgs.append((a, pick(["anyone have the prod secret for sportello? need to redeploy", "need the sportello key to test locally",
                              "who changed the sportello creds? the nightly job is broken"])))
        if sec:
            k = pick(["cs", "tok", "pw"])
            val = {"cs": lambda: f"here `{S('client_secret', client_secret())}`", "tok": lambda: f"use this token, expires in an hour: {S('access_token', access_token())}",
                   "pw": lambda: f"staging db password is {S('password', password(lang))} (we'll change it after)"}[k]()
        else:
            val = pick(["it's in vault, secret/sportello/prod. ask Ben if you don't have access", "don't paste it here 😅 I'll send via 1password",
                        "rotated it this morning, new one is already in the k8s secret", "check the pipeline variables, SPORTELLO_CLIENT_SECRET"])
        msgs.append((b, val))
        msgs.append((a, pick(["thanks 🙏", "ok", "ty", "perfect, trying now"])))
        pre = pick(["copying our internal convo, might help you see what changed:", "from our slack:", ""])
    out = []
    for who, m in msgs:
        d = d.adv(R.randint(20, 400))
        out.append(f"{who}  {h()}\n{m}")
    if chance(0.5):
        out.append(f"{pick([a, b])}  {h()}\n" + L(lang, "ancora 401 però", "still 401 though"))
    return (pre + "\n\n" if pre else "") + "\n".join(out)


@T("chat-teams", "chat", w=1.3)
def t_teams(lang, sec):
    a, b = chat_people(lang)
    a_r = ", ".join(reversed(a.split(" ", 1)))
    b_r = ", ".join(reversed(b.split(" ", 1)))
    d = D()
    lines = [f"[{d.hm()}] {a_r}", L(lang, "mi giri l'output del curl?", "can you send me the curl output?")]
    d = d.adv(120)
    if sec:
        body = t_curl_v.__wrapped__(lang, True) if hasattr(t_curl_v, "__wrapped__") else None
        host = phost()
        tok = access_token()
        body = f"curl -i https://{host}/v1/accounts/me -H \"Authorization: Bearer {S('access_token', tok)}\"\nHTTP/2 401\nwww-authenticate: Bearer error=\"invalid_token\""
        if chance(0.4):
            body = f"curl -i https://{host}/v1/accounts/me -H \"X-Api-Key: {S('access_token', api_key())}\"\nHTTP/2 403"
    else:
        body = f"curl -i https://{phost()}/v1/accounts/me -H \"Authorization: Bearer $TOKEN\"\nHTTP/2 401\nwww-authenticate: Bearer error=\"invalid_token\"\nx-request-id: {uid()}"
    lines += [f"[{d.hm()}] {b_r}", body]
    d = d.adv(60)
    lines += [f"[{d.hm()}] {a_r}", L(lang, pick(["strano, apro un ticket a sportello", "giro al supporto"]), pick(["weird, opening a ticket with sportello", "forwarding to support"]))]
    pre = L(lang, ["conversazione teams con il collega, vedete voi:", "vi incollo da teams"], ["teams chat with my colleague, see below:", "pasting from teams"])
    return pre + "\n\n" + "\n".join(lines)


@T("chat-telegram", "chat", w=1.3)
def t_telegram(lang, sec):
    a, b = chat_people(lang)
    d = D()
    stamp = lambda x: f"{x.d:02d}.{x.mo:02d}.{str(x.y)[2:]} {x.hm()}"
    out = [f"{a}, [{stamp(d)}]", L(lang, "mi è arrivato l'sms per confermare il payout ma l'app dice codice non valido", "got the text to confirm the payout but the app says invalid code")]
    d = d.adv(90)
    if sec:
        code = pin(pick([6, 8]))
        out += [f"{b}, [{stamp(d)}]", L(lang, "che codice ti è arrivato?", "what code did you get?"), f"{a}, [{stamp(d.adv(30))}]",
                L(lang, pick([f"{S('pin', code)}", f"questo: {S('pin', code)}", f"codice {S('pin', code)} alle {d.hm()}"]),
                  pick([f"{S('pin', code)}", f"this one: {S('pin', code)}", f"code {S('pin', code)} at {d.hm()}"]))]
    else:
        out += [f"{b}, [{stamp(d)}]", L(lang, "non scrivermi il codice qui! dimmi solo l'orario dell'sms", "don't write the code here! just tell me the time of the text"),
                f"{a}, [{stamp(d.adv(30))}]", L(lang, f"alle {d.hm()}, dal numero {phone('it')}", f"at {d.hm()}, from {phone('uk')}")]
    pre = L(lang, ["vi incollo la chat con il collega che ha provato dall'app", "chat telegram:"], ["pasting the chat with the colleague who tried from the app", "telegram chat:"])
    return pre + "\n\n" + "\n".join(out)


@T("chat-whatsapp", "chat", w=1.3)
def t_whatsapp(lang, sec):
    a, b = person(lang)[0], person(lang)[0]
    d = D()
    st = lambda x: f"{x.d:02d}/{x.mo:02d}/{str(x.y)[2:]}, {x.hm()}"
    lines = [f"{st(d)} - {a}: " + L(lang, "mi serve accedere al portale della banca per autorizzare i bonifici", "I need to log in to the bank portal to authorise the transfers")]
    d = d.adv(200)
    if sec:
        k = pick(["otp", "pw", "card"])
        if k == "otp":
            lines.append(f"{st(d)} - {b}: " + L(lang, f"mi è arrivato l'sms, codice {S('pin', pin(6))}", f"got the text, code {S('pin', pin(6))}"))
        elif k == "pw":
            lines.append(f"{st(d)} - {b}: " + L(lang, f"utente {digits(8)} pass {S('password', password(lang))}", f"user {digits(8)} pass {S('password', password(lang))}"))
        else:
            c = card()
            lines.append(f"{st(d)} - {b}: " + L(lang, f"usa la carta aziendale {S('card_number', fmt_card(c, ' '))} cvv {S('cvv', cvv_for(c))}",
                                                   f"use the company card {S('card_number', fmt_card(c, ' '))} cvv {S('cvv', cvv_for(c))}"))
    else:
        lines.append(f"{st(d)} - {b}: " + L(lang, "ti chiamo, non mandiamo codici su whatsapp", "I'll call you, we don't send codes over whatsapp"))
        lines.append(f"{st(d.adv(30))} - {b}: <{L(lang, 'Media omessi', 'Media omitted')}>")
    lines.append(f"{st(d.adv(60))} - {a}: " + L(lang, "ok fatto, ma il bonifico risulta ancora in elaborazione", "ok done, but the transfer still shows as processing"))
    pre = L(lang, ["esportazione chat whatsapp con il titolare, così vedete i passaggi:", "dalla chat whatsapp:"],
            ["whatsapp chat export with the owner so you can see the steps:", "from the whatsapp chat:"])
    return pre + "\n\n" + "\n".join(lines)


# ================================================================ bank exports
def it_num(v):
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


@T("csv", "bank-export", w=1.2)
def t_csv_it_iban(lang, sec):
    hdr = pick(["Data;Beneficiario;IBAN;Importo;Causale;Esito", "DATA_ESECUZIONE;RAGIONE_SOCIALE;IBAN_BENEFICIARIO;IMPORTO_EUR;CAUSALE;STATO",
                "data,beneficiario,iban,importo,causale,esito"]) if lang == "it" else pick(["Date,Beneficiary,IBAN,Amount,Reference,Result", "date;payee;iban;amount_eur;reference;status"])
    sep = ";" if ";" in hdr else ","
    rows = []
    n = R.randint(2, 6)
    secrow = R.randrange(n)
    for i in range(n):
        nm = company(lang) if chance(0.4) else " ".join(person(lang))
        ib = any_iban("IT" if lang == "it" and chance(0.7) else None)
        if sec and (i == secrow or chance(0.5)):
            ibv = S("iban", fmt_iban(ib, chance(0.2)))
        else:
            ibv = pick([mask_iban(ib), iban_bad(ib[:2]), "", "IBAN mancante" if lang == "it" else "missing"])
        v = R.randint(500, 900000) / 100
        amt = it_num(v) if sep == ";" and lang == "it" else f"{v:.2f}"
        caus = L(lang, [f"Rimborso ordine {order_no()}", f"Payout {pay_id()}", f"Saldo fattura {invoice_no(lang)}"], [f"Refund {order_no()}", f"Payout {pay_id()}", f"Invoice {invoice_no(lang)}"])
        esito = L(lang, ["OK", "KO - IBAN non valido", "KO - conto estinto", "in lavorazione", "RIFIUTATO AC04"], ["OK", "REJECTED - invalid IBAN", "REJECTED - account closed", "processing", "RETURNED AC04"])
        rows.append(sep.join([D().it() if lang == "it" else D().iso(z=False, ms=False)[:10], nm, ibv, amt, caus, esito]))
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec)


@T("csv", "bank-export", w=1.2)
def t_csv_it_abicab(lang, sec):
    rows = []
    n = R.randint(2, 5)
    bban_col = chance(0.35)
    if bban_col:
        hdr = "Beneficiario;BBAN;Importo;Note"
    else:
        hdr = pick(["Beneficiario;CIN;ABI;CAB;Conto;Importo;Note", "NOMINATIVO;ABI;CAB;NUMERO_CONTO;IMPORTO;NOTE"])
    if not sec:
        hdr = pick(["Beneficiario;ABI;CAB;Filiale;Importo;Note", "NOMINATIVO;BIC;ABI;CAB;IMPORTO;NOTE"])
    for i in range(n):
        a = ItAcct()
        nm = " ".join(person("it"))
        amt = it_num(R.randint(1000, 500000) / 100)
        nota = pick(["rimborso", "storno", "payout settimanale", "", "verificare intestazione"])
        if not sec:
            if hdr.startswith("NOMINATIVO;BIC"):
                rows.append(f"{nm};{pick(IT_BICS)};{a.abi};{a.cab};{amt};{nota}")
            else:
                rows.append(f"{nm};{a.abi};{a.cab};{pick(['Milano Ag. 12', 'Bergamo centro', 'Roma EUR', 'Torino 3'])};{amt};{nota}")
        elif bban_col:
            rows.append(f"{nm};{S('bank_account', a.bban)};{amt};{nota}")
        elif hdr.startswith("Beneficiario;CIN"):
            rows.append(f"{nm};{a.cin};{a.abi};{a.cab};{S('bank_account', a.conto)};{amt};{nota}")
        else:
            rows.append(f"{nm};{a.abi};{a.cab};{S('bank_account', a.conto)};{amt};{nota}")
    pre = L(lang, ["il vecchio gestionale esporta ancora le coordinate separate, come le convertiamo in IBAN per la vostra API?",
                   "export bonifici dal gestionale (formato vecchio):", "vi incollo il tracciato che ci dà la contabilità"],
            ["the old back office still exports the Italian bank coordinates split up, how do we convert them to IBAN for your API?",
             "transfer export from the Italian back office (old format):", "pasting the file our Italian accounting team gives us"])
    if not sec:
        pre = L(lang, ["questo è il riepilogo per filiale che ci manda la banca, serve per la riconciliazione?", "riepilogo dal gestionale:"],
                ["this is the per-branch summary our Italian bank sends, is it needed for reconciliation?", "summary from the back office:"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


@T("csv", "bank-export", w=1.2)
def t_csv_de(lang, sec):
    if sec:
        hdr = pick(["Empfänger;BLZ;Kontonummer;Betrag;Verwendungszweck", "Name;Bankleitzahl;Konto-Nr.;Betrag EUR;Zweck", "Empfänger;IBAN;BIC;Betrag;Verwendungszweck"])
    else:
        hdr = pick(["Empfänger;BIC;Betrag;Verwendungszweck;Mandatsreferenz", "Name;Bank;Betrag EUR;Zweck;Status"])
    rows = []
    for i in range(R.randint(2, 5)):
        a = DeAcct()
        nm = pick(["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker"]) + " " + pick(["GmbH", "Anna", "Jonas", "& Co. KG", "Lukas"])
        amt = it_num(R.randint(1000, 300000) / 100)
        zw = pick([f"Erstattung {order_no()}", f"Auszahlung {pay_id()}", f"Rechnung {R.randint(1000, 99999)}"])
        if not sec:
            if "BIC" in hdr:
                rows.append(f"{nm};{pick(['COBADEFFXXX', 'DEUTDEFF', 'BYLADEM1001', 'INGDDEFFXXX'])};{amt};{zw};MNDT-{digits(8)}")
            else:
                rows.append(f"{nm};{pick(['Commerzbank', 'Sparkasse KölnBonn', 'Deutsche Bank', 'ING'])};{amt};{zw};{pick(['ausgeführt', 'zurückgewiesen', 'offen'])}")
        elif "IBAN" in hdr:
            rows.append(f"{nm};{S('iban', fmt_iban(a.iban, chance(0.4)))};{pick(['COBADEFFXXX', 'DEUTDEFF'])};{amt};{zw}")
        else:
            rows.append(f"{nm};{a.blz};{S('bank_account', a.konto)};{amt};{zw}")
    pre = L(lang, ["il nostro cliente tedesco ci manda i dati così, export dal loro sistema:", "export dal backoffice della filiale tedesca"],
            ["our German customer sends the data like this, export from their system:", "export from the German branch back office"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


@T("csv", "bank-export", w=1.2)
def t_csv_fr(lang, sec):
    rows = []
    mode = R.randint(0, 2)
    if sec:
        hdr = ["Titulaire;Code banque;Code guichet;N° de compte;Clé RIB;Montant", "Titulaire;RIB;Montant;Libellé", "Bénéficiaire;IBAN;BIC;Montant;Libellé"][mode]
    else:
        hdr = pick(["Titulaire;BIC;Montant;Libellé;Statut", "Bénéficiaire;Banque;Code banque;Code guichet;Montant"])
    for i in range(R.randint(2, 5)):
        a = FrAcct()
        nm = pick(["Dupont", "Martin", "Bernard", "Lefèvre", "Moreau", "Laurent"]) + " " + pick(["Camille", "Hugo", "SARL", "Léa", "et Fils"])
        amt = it_num(R.randint(1000, 300000) / 100)
        lib = pick([f"Remboursement {order_no()}", f"Virement {pay_id()}", f"Facture {R.randint(100, 9999)}"])
        if not sec:
            if hdr.startswith("Titulaire;BIC"):
                rows.append(f"{nm};{pick(['BNPAFRPP', 'SOGEFRPP', 'PSSTFRPPPAR', 'CMCIFRPP'])};{amt};{lib};{pick(['Exécuté', 'Rejeté', 'En attente'])}")
            else:
                rows.append(f"{nm};{pick(['BNP Paribas', 'Société Générale', 'La Banque Postale'])};{a.banque};{a.guichet};{amt}")
        elif mode == 0:
            rows.append(f"{nm};{a.banque};{a.guichet};{S('bank_account', a.compte)};{a.cle};{amt}")
        elif mode == 1:
            rows.append(f"{nm};{S('bank_account', f'{a.banque} {a.guichet} {a.compte} {a.cle}')};{amt};{lib}")
        else:
            rows.append(f"{nm};{S('iban', fmt_iban(a.iban, chance(0.5)))};{pick(['BNPAFRPP', 'SOGEFRPP'])};{amt};{lib}")
    pre = L(lang, ["dati dei beneficiari francesi (export dal loro backoffice):", "la filiale francese ci manda i RIB così, vanno bene?"],
            ["French beneficiaries' data (export from their back office):", "the French branch sends us the RIBs like this, is that ok?"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


@T("csv", "bank-export", w=1.2)
def t_csv_es(lang, sec):
    rows = []
    mode = R.randint(0, 2)
    if sec:
        hdr = ["Titular;Entidad;Oficina;DC;Cuenta;Importe", "Titular;CCC;Importe;Concepto", "Titular;IBAN;Importe;Concepto"][mode]
    else:
        hdr = pick(["Titular;BIC;Importe;Concepto;Estado", "Titular;Entidad;Oficina;Importe;Concepto"])
    for i in range(R.randint(2, 5)):
        a = EsAcct()
        nm = pick(["García", "Fernández", "López", "Martínez", "Sánchez"]) + " " + pick(["Lucía", "Pablo", "S.L.", "María", "Javier"])
        amt = it_num(R.randint(1000, 300000) / 100)
        con = pick([f"Reembolso {order_no()}", f"Pago {pay_id()}", f"Factura {R.randint(100, 9999)}"])
        if not sec:
            if "BIC" in hdr:
                rows.append(f"{nm};{pick(['CAIXESBBXXX', 'BSCHESMM', 'BBVAESMM'])};{amt};{con};{pick(['Enviado', 'Devuelto', 'Pendiente'])}")
            else:
                rows.append(f"{nm};{a.entidad};{a.oficina};{amt};{con}")
        elif mode == 0:
            rows.append(f"{nm};{a.entidad};{a.oficina};{a.dc};{S('bank_account', a.cuenta)};{amt}")
        elif mode == 1:
            sp = pick(["-", " ", ""])
            rows.append(f"{nm};{S('bank_account', sp.join([a.entidad, a.oficina, a.dc, a.cuenta]))};{amt};{con}")
        else:
            rows.append(f"{nm};{S('iban', fmt_iban(a.iban, chance(0.5)))};{amt};{con}")
    pre = L(lang, ["i clienti spagnoli ci danno ancora il CCC, ecco l'export:", "export pagamenti Spagna:"],
            ["Spanish customers still give us the CCC, here's the export:", "Spain payments export:"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


@T("csv", "bank-export", w=1.2)
def t_csv_uk(lang, sec):
    rows = []
    if sec:
        hdr = pick(["Payee,Sort Code,Account Number,Amount,Reference", "payee_name,sort_code,account_no,amount_gbp,ref"])
    else:
        hdr = pick(["Payee,Sort Code,Amount,Reference,Status", "payee_name,amount_gbp,ref,status,payout_id"])
    for i in range(R.randint(2, 5)):
        g = GbAcct()
        f, l = person("en")
        amt = f"{R.randint(1000, 300000) / 100:.2f}"
        ref = pick([f"REFUND {order_no()}", f"PAYOUT {R.randint(1000, 9999)}", f"INV{digits(6)}"])
        if sec:
            rows.append(f"{f} {l},{g.sort_fmt if chance(0.6) else g.sort},{S('bank_account', g.acct)},{amt},{ref}")
        elif hdr.startswith("Payee,Sort"):
            rows.append(f"{f} {l},{g.sort_fmt},{amt},{ref},{pick(['Paid', 'Returned', 'Pending'])}")
        else:
            rows.append(f"{f} {l},{amt},{ref},{pick(['paid', 'failed', 'pending'])},{pay_id()}")
    pre = L(lang, ["export dei payout UK dal nostro backoffice:", "i payout verso UK tornano indietro, vi copio l'export"],
            ["UK payouts export from our back office:", "UK payouts keep bouncing, copying the export"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


@T("sepa-xml", "bank-export", w=1.2)
def t_sepa(lang, sec):
    d = D()
    if sec:
        txs = []
        for i in range(R.randint(1, 3)):
            f, l = person(lang)
            ib = any_iban()
            txs.append(f"      <CdtTrfTxInf>\n        <PmtId><EndToEndId>{pay_id()}</EndToEndId></PmtId>\n        <Amt><InstdAmt Ccy=\"EUR\">{R.randint(100, 99999) / 100:.2f}</InstdAmt></Amt>\n"
                       f"        <CdtrAgt><FinInstnId><BICFI>{pick(BICS)}</BICFI></FinInstnId></CdtrAgt>\n        <Cdtr><Nm>{f} {l}</Nm></Cdtr>\n"
                       f"        <CdtrAcct><Id><IBAN>{S('iban', ib)}</IBAN></Id></CdtrAcct>\n        <RmtInf><Ustrd>{pick(['Rimborso', 'Refund', 'Payout'])} {order_no()}</Ustrd></RmtInf>\n      </CdtTrfTxInf>")
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n  <CstmrCdtTrfInitn>\n    <GrpHdr>\n      <MsgId>{rs(20, UPNUM)}</MsgId>\n"
                f"      <CreDtTm>{d.iso(z=False, ms=False)}</CreDtTm>\n      <NbOfTxs>{len(txs)}</NbOfTxs>\n    </GrpHdr>\n    <PmtInf>\n      <PmtInfId>{rs(16, UPNUM)}</PmtInfId>\n"
                + "\n".join(txs) + "\n    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>")
        pre = L(lang, ["la banca ci rifiuta il file SEPA, ecco il contenuto:", "vi incollo il pain.001 che generiamo"],
                ["the bank rejects our SEPA file, here's the content:", "pasting the pain.001 we generate"])
    else:
        sts = []
        for i in range(R.randint(1, 3)):
            sts.append(f"      <TxInfAndSts>\n        <OrgnlEndToEndId>{pay_id()}</OrgnlEndToEndId>\n        <TxSts>RJCT</TxSts>\n        <StsRsnInf>\n          <Rsn><Cd>{pick(['AC01', 'AC04', 'AM05', 'MS03'])}</Cd></Rsn>\n"
                       f"          <AddtlInf>{pick(['IncorrectAccountNumber', 'ClosedAccountNumber', 'Duplication'])}</AddtlInf>\n        </StsRsnInf>\n"
                       f"        <OrgnlTxRef><Amt><InstdAmt Ccy=\"EUR\">{R.randint(100, 99999) / 100:.2f}</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>{pick(BICS)}</BICFI></FinInstnId></CdtrAgt></OrgnlTxRef>\n      </TxInfAndSts>")
        body = (f"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\">\n  <CstmrPmtStsRpt>\n    <GrpHdr><MsgId>{rs(20, UPNUM)}</MsgId><CreDtTm>{d.iso(z=False, ms=False)}</CreDtTm></GrpHdr>\n"
                f"    <OrgnlGrpInfAndSts><OrgnlMsgId>{rs(20, UPNUM)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>\n    <OrgnlPmtInfAndSts>\n"
                + "\n".join(sts) + "\n    </OrgnlPmtInfAndSts>\n  </CstmrPmtStsRpt>\n</Document>")
        pre = L(lang, ["la banca ci ha restituito questo pain.002, cosa significa AC01?", "esito del flusso SEPA:"],
                ["the bank sent back this pain.002, what does AC01 mean?", "SEPA file status report:"])
    return wrap(lang, body, "bank", sec, pre=pre)


@T("csv", "bank-export", w=1.2)
def t_reject_report(lang, sec):
    rows = []
    n = R.randint(2, 5)
    for i in range(n):
        good = any_iban()
        if sec and i == 0:
            v, why = S("iban", good), L(lang, "conto estinto", "account closed")
        else:
            v, why = iban_bad(), L(lang, "check digit IBAN errato", "invalid IBAN check digits")
        rows.append(f"{pay_id()} | {v:<34} | {R.randint(100, 99999) / 100:>9.2f} | {why}")
    hdr = L(lang, "payout_id | iban | importo | motivo scarto", "payout_id | iban | amount | rejection reason")
    pre = L(lang, ["la validazione lato vostro scarta questi IBAN ma il cliente giura che sono giusti:", "report scarti di oggi:"],
            ["your validation rejects these IBANs but the customer swears they're right:", "today's rejection report:"])
    return wrap(lang, hdr + "\n" + "\n".join(rows), "bank", sec, pre=pre)


# ================================================================ payment logs
@T("payment-log", "payment-log", w=1.2)
def t_gateway_log(lang, sec):
    d = D()
    c = card()
    txid = uid()
    lines = [f"{d.log()} INFO  [gateway] txn={txid} POST /authorize merchant={client_id()} amount={R.randint(100, 99999)} currency=EUR"]
    if sec:
        k = pick(["json", "kv", "kvcvv"])
        if k == "json":
            lines.append(f"{d.adv(0).log()} DEBUG [gateway] txn={txid} request body: " + jdump({"card": {"pan": S("card_number", c), "expiry": exp_date().replace("/", ""), "cvv": S("cvv", cvv_for(c))}, "3ds": {"version": "2.2.0"}}, indent=None))
        elif k == "kv":
            lines.append(f"{d.adv(0).log()} DEBUG [gateway] txn={txid} pan={S('card_number', c)} exp={exp_date()} holder=\"{' '.join(person(lang)).upper()}\"")
        else:
            lines.append(f"{d.adv(0).log()} DEBUG [gateway] txn={txid} card={S('card_number', fmt_card(c, ' '))} cvc={S('cvv', cvv_for(c))}")
    else:
        lines.append(f"{d.adv(0).log()} DEBUG [gateway] txn={txid} pan={mask_card(c, 'first6last4')} exp=**/** bin={c[:6]} brand={pick(['VISA', 'MASTERCARD'])}")
    lines += [f"{d.adv(1).log()} INFO  [acquirer] txn={txid} response code={pick(['05', '51', '54', '00', '14'])} auth_code={rs(6, UPNUM) if chance(0.5) else '------'} rrn={digits(12)}",
              f"{d.adv(1).log()} WARN  [gateway] txn={txid} declined: {pick(['do_not_honor', 'insufficient_funds', 'expired_card', 'invalid_card_number'])}"]
    return wrap(lang, "\n".join(lines), "pay", sec)


@T("payment-log", "payment-log", w=1.2)
def t_iso8583(lang, sec):
    c = card()
    pan = S("card_number", c) if sec else mask_card(c, "first6last4")
    lines = [f"MTI: 0100", f"DE002 (PAN)                : {pan}", f"DE003 (Processing code)    : 000000", f"DE004 (Amount)             : {R.randint(100, 999999):012d}",
             f"DE007 (Transmission dt)    : {digits(10)}", f"DE011 (STAN)               : {digits(6)}", f"DE014 (Expiry)             : {R.randint(26, 31)}{R.randint(1, 12):02d}",
             f"DE022 (POS entry mode)     : 0{pick(['51', '71', '10'])}", f"DE037 (RRN)                : {digits(12)}", f"DE041 (Terminal ID)        : {rs(8, UPNUM)}",
             f"DE042 (Merchant ID)        : {digits(15)}", f"DE049 (Currency)           : 978"]
    if sec and chance(0.3):
        lines.insert(8, f"DE035 (Track 2)            : {S('card_number', c)}=****************")
    lines.append(f"--> response MTI 0110 DE039={pick(['00', '05', '55', '91'])}")
    pre = L(lang, ["log del nostro switch ISO 8583 per la transazione contestata:", "dump del messaggio verso l'acquirer:"],
            ["our ISO 8583 switch log for the disputed transaction:", "message dump towards the acquirer:"])
    return wrap(lang, "\n".join(lines), "pay", sec, pre=pre)


@T("payment-log", "payment-log", w=1.2)
def t_3ds(lang, sec):
    c = card()
    areq = {"messageType": "AReq", "messageVersion": "2.2.0", "threeDSServerTransID": uid(), "acctNumber": S("card_number", c) if sec else c[:6] + "XXXXXX" + c[-4:],
            "cardExpiryDate": f"{R.randint(26, 31)}{R.randint(1, 12):02d}", "purchaseAmount": str(R.randint(100, 99999)), "purchaseCurrency": "978",
            "merchantName": company(lang), "deviceChannel": "02", "browserIP": f"93.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"}
    ares = {"messageType": "ARes", "transStatus": pick(["C", "N", "R", "U"]), "acsTransID": uid(), "dsTransID": uid(), "transStatusReason": pick(["01", "11", "13"])}
    return wrap(lang, "AReq:\n" + jdump(areq) + "\nARes:\n" + jdump(ares), "pay", sec)


@T("payment-log", "payment-log", w=1.2)
def t_stripe_webhook(lang, sec):
    evt = {"id": "evt_" + rs(24), "object": "event", "api_version": "2024-04-10", "created": ts_epoch(), "type": pick(["payout.failed", "charge.refunded", "payment_intent.payment_failed"]),
           "data": {"object": {"id": pick(["po_", "ch_", "pi_"]) + rs(24), "amount": R.randint(100, 99999), "currency": "eur",
                               "failure_code": pick(["account_closed", "no_account", "card_declined"]), "payment_method_details": {"card": {"brand": "visa", "last4": digits(4), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031)}}}},
           "livemode": pick([True, False]), "request": {"id": "req_" + rs(14), "idempotency_key": uid()}}
    hdrs = [f"Stripe-Signature: t={ts_epoch()},v1={hx(64)}", "Content-Type: application/json; charset=utf-8", "User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)"]
    if sec:
        k = pick(["sk", "wh"])
        if k == "sk":
            extra = L(lang, f"\n\nper rileggere l'evento facciamo:\ncurl https://api.stripe.com/v1/events/{evt['id']} -u {S('vendor_key', vendor_key('stripe'))}:",
                      f"\n\nto re-fetch the event we do:\ncurl https://api.stripe.com/v1/events/{evt['id']} -u {S('vendor_key', vendor_key('stripe'))}:")
        else:
            extra = L(lang, f"\n\nla verifica della firma fallisce, usiamo il secret {S('vendor_key', vendor_key('stripe_wh'))}",
                      f"\n\nsignature check fails, we're using the secret {S('vendor_key', vendor_key('stripe_wh'))}")
    else:
        extra = L(lang, "\n\nla verifica della firma fallisce (usiamo STRIPE_WEBHOOK_SECRET dall'env), perché?", "\n\nsignature check fails (we read STRIPE_WEBHOOK_SECRET from env), why?")
    pre = L(lang, ["oltre a voi usiamo stripe, questo webhook arriva al nostro endpoint e poi chiamiamo il vostro payout:", "webhook ricevuto:"],
            ["besides you we use stripe, this webhook hits our endpoint and then we call your payout:", "webhook received:"])
    return pre + "\n\n" + "\n".join(hdrs) + "\n\n" + jdump(evt) + extra


# ================================================================ sms / otp
@T("sms-log", "sms-log", w=1.2)
def t_sms_gateway(lang, sec):
    d = D()
    out = []
    n = R.randint(2, 5)
    at = R.randrange(n) if sec else -1
    for i in range(n):
        d = d.adv(R.randint(1, 90))
        to = phone("it" if lang == "it" else pick(["uk", "de", "it"])).replace(" ", "")
        mid = pick(["SM" + hx(32), uid(), digits(12, True)])
        if i == at:
            code = pin(pick([5, 6, 6, 8]))
            txt = L(lang, pick([f"Il tuo codice di verifica Sportello e' {S('pin', code)}. Non condividerlo con nessuno.",
                                f"{S('pin', code)} e' il codice per autorizzare il payout di {amount('it')}. Valido 5 minuti.",
                                f"Codice OTP: {S('pin', code)}"]),
                    pick([f"Your Sportello verification code is {S('pin', code)}. Don't share it.",
                          f"{S('pin', code)} is your code to approve the payout of {amount('en')}. Valid for 5 minutes.",
                          f"OTP: {S('pin', code)}"]))
        else:
            txt = L(lang, pick(["Il tuo codice di verifica Sportello e' {{code}}. Non condividerlo con nessuno.", "Codice OTP: ******",
                                f"Payout {pay_id()} eseguito. Importo {amount('it')}."]),
                    pick(["Your Sportello verification code is {{code}}. Don't share it.", "OTP: ******", f"Payout {pay_id()} sent. Amount {amount('en')}."]))
        out.append(f"{d.log()} [sms-out] id={mid} to={to} sender=SPORTELLO parts=1 text=\"{txt}\" status={pick(['queued', 'sent', 'delivered', 'failed:30008'])}")
    return wrap(lang, "\n".join(out), "sms", sec)


@T("sms-log", "sms-log", w=1.2)
def t_twilio_webhook(lang, sec):
    to = f"+393{digits(9)}"
    sid = "SM" + hx(32)
    if sec:
        code = pin(6)
        body = urllib.parse.quote_plus(L(lang, f"Il tuo codice e' {code}", f"Your code is {code}"))
        body = body.replace(code, S("pin", code))
        form = f"ToCountry=IT&ToState=&SmsMessageSid={sid}&NumMedia=0&ToCity=&FromZip=&SmsSid={sid}&FromState=&SmsStatus=received&FromCity=&Body={body}&FromCountry=IT&To=%2B{to[1:]}&MessagingServiceSid=MG{hx(32)}&NumSegments=1&AccountSid=AC{hx(32)}&From=%2B39{digits(10)}&ApiVersion=2010-04-01"
    else:
        form = f"SmsSid={sid}&SmsStatus={pick(['delivered', 'undelivered', 'failed'])}&MessageStatus={pick(['delivered', 'undelivered'])}&To=%2B{to[1:]}&MessagingServiceSid=MG{hx(32)}&MessageSid={sid}&AccountSid=AC{hx(32)}&ErrorCode={pick(['30003', '30005', '30008', ''])}&From=SPORTELLO&ApiVersion=2010-04-01"
    pre = L(lang, ["ecco il body che twilio manda al nostro webhook:", "callback twilio ricevuta:"], ["here's the body twilio posts to our webhook:", "twilio callback received:"])
    return wrap(lang, "POST /hooks/sms HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nX-Twilio-Signature: " + b64(20) + "\n\n" + form, "sms", sec, pre=pre)


@T("sms-log", "sms-log", w=1.2)
def t_sca_log(lang, sec):
    d = D()
    cid = uid()
    lines = [f"{d.log()} INFO  sca.challenge created id={cid} method={pick(['SMS_OTP', 'PUSH', 'SMS_OTP'])} user={R.randint(1000, 99999)} amount={R.randint(100, 999999)}"]
    if sec:
        code = pin(pick([6, 8]))
        lines.append(f"{d.adv(1).log()} DEBUG sca.sms payload={{\"challenge\":\"{cid}\",\"otp\":\"{S('pin', code)}\",\"ttl\":300}}")
        lines.append(f"{d.adv(40).log()} INFO  sca.verify id={cid} submitted={S('pin', code)} result={pick(['EXPIRED', 'OK', 'MISMATCH'])}")
    else:
        lines.append(f"{d.adv(1).log()} DEBUG sca.sms payload={{\"challenge\":\"{cid}\",\"otp\":\"[masked]\",\"ttl\":300}}")
        lines.append(f"{d.adv(40).log()} INFO  sca.verify id={cid} attempts={R.randint(1, 3)} result={pick(['EXPIRED', 'OK', 'MISMATCH'])}")
    lines.append(f"{d.adv(41).log()} WARN  sca.verify id={cid} latency_ms={R.randint(30000, 90000)} sms_provider_delay=true")
    return wrap(lang, "\n".join(lines), "sms", sec)


# ================================================================ human prose
@T("message", "prose", w=1.3)
def t_terse(lang, sec):
    cid = client_id()
    f, l = person(lang)
    if sec:
        k = R.randint(0, 9)
        if lang == "it":
            m = [lambda: f"la password del db, quella nuova che ha messo {f} stamattina, è {S('password', password(lang))}\nse non va ditemelo",
                 lambda: f"pwd: {S('password', pw_simple(lang))}",
                 lambda: f"utente admin pass {S('password', password(lang))} entrate pure nel backoffice e guardate voi",
                 lambda: f"vi lascio la chiave API così fate prima {S('access_token', api_key())}",
                 lambda: f"ecco il client secret del merchant {cid}: {S('client_secret', client_secret())}\nmi dite se risulta attivo?",
                 lambda: f"il codice che mi è arrivato via sms è {S('pin', pin(6))} ma il portale dice non valido",
                 lambda: f"Buongiorno, per accedere al nostro ambiente di test: https://{chost()}/admin\nlogin: supporto.sportello\npassword temporanea {S('password', password(lang))}\ngrazie",
                 lambda: f"il PIN della carta aziendale per i test è {S('pin', pin(4))}, il numero ve lo mando dopo",
                 lambda: f"scusate il disturbo, il token che usiamo è questo {S('access_token', access_token())} e ci risponde invalid_token. è scaduto?",
                 lambda: f"refresh token del cliente: {S('refresh_token', refresh_token())}\nda ieri torna invalid_grant"][k]
        else:
            m = [lambda: f"the db password, the new one {f} set this morning, is {S('password', password(lang))}\nlet me know if it doesn't work",
                 lambda: f"pw: {S('password', pw_simple(lang))}",
                 lambda: f"user admin pass {S('password', password(lang))} feel free to log into the backoffice and have a look",
                 lambda: f"here's the API key so you can check faster {S('access_token', api_key())}",
                 lambda: f"this is the client secret for merchant {cid}: {S('client_secret', client_secret())}\ncan you tell me if it's active?",
                 lambda: f"the code I got by text is {S('pin', pin(6))} but the portal says it's invalid",
                 lambda: f"Morning, to access our test environment: https://{chost()}/admin\nlogin: sportello.support\ntemporary password {S('password', password(lang))}\nthanks",
                 lambda: f"the PIN for the company test card is {S('pin', pin(4))}, I'll send the number later",
                 lambda: f"sorry to bother, the token we use is {S('access_token', access_token())} and it returns invalid_token. expired?",
                 lambda: f"customer's refresh token: {S('refresh_token', refresh_token())}\nsince yesterday it returns invalid_grant"][k]
    else:
        d = D()
        m = L(lang, [lambda: f"la password del db l'ha cambiata {f} stamattina, ve la posso dare al telefono se serve",
                     lambda: "vi serve la chiave API? ditemi come mandarvela in modo sicuro, non la scrivo nel ticket",
                     lambda: f"il client secret del merchant {cid} è ancora attivo? l'ultima rotazione risulta il {d.it()}",
                     lambda: f"il codice sms arriva dopo 10 minuti ({d.hm()} richiesto, {d.adv(600).hm()} ricevuto), quindi è già scaduto",
                     lambda: "dopo quanti minuti scade l'access token? e il refresh token va salvato cifrato?",
                     lambda: f"abbiamo ruotato il secret alle {d.hm()}, da allora 401 su tutte le chiamate. request id {uid()}",
                     lambda: f"il pin della carta non ve lo do ovviamente, ma la carta è quella che finisce con {digits(4)}",
                     lambda: f"password dimenticata per l'utente {email_of(f, l, lang)}, il link di reset non arriva",
                     lambda: f"ciao, il token lo generiamo con client_credentials ogni ora, scadenza {R.choice([3600, 7200])} secondi, ma dopo {R.randint(5, 50)} minuti ci dà già 401",
                     lambda: f"nel vostro doc c'è scritto Authorization: Bearer <token>, ma il nostro proxy toglie l'header. come faccio?"],
              [lambda: f"{f} changed the db password this morning, I can give it to you over the phone if needed",
               lambda: "do you need the API key? tell me how to send it securely, not putting it in the ticket",
               lambda: f"is the client secret for merchant {cid} still active? last rotation shows {d.us()}",
               lambda: f"the text code arrives 10 minutes late (requested {d.hm()}, received {d.adv(600).hm()}), so it's already expired",
               lambda: "how many minutes until the access token expires? and should the refresh token be stored encrypted?",
               lambda: f"we rotated the secret at {d.hm()}, since then 401 on every call. request id {uid()}",
               lambda: f"obviously not giving you the card PIN, but it's the card ending {digits(4)}",
               lambda: f"forgot password for user {email_of(f, l, lang)}, the reset link never arrives",
               lambda: f"hi, we generate the token with client_credentials every hour, expiry {R.choice([3600, 7200])} seconds, but after {R.randint(5, 50)} minutes we already get 401",
               lambda: f"your docs say Authorization: Bearer <token>, but our proxy strips the header. what do I do?"])
    return m()


@T("message", "prose", w=1.3)
def t_foreign_pw(lang, sec):
    u = pick(["testuser", "integration", "m.weber", "c.dupont", "support"])
    if sec:
        pw = password()
        k = R.randint(0, 5)
        snippet = [f"Zugangsdaten Testumgebung:\nBenutzer: {u}\nPasswort: {S('password', pw)}",
                   f"Kennwort für den SFTP-Zugang lautet {S('password', pw)}",
                   f"Identifiant : {u}\nMot de passe : {S('password', pw)}",
                   f"mdp du compte de test = {S('password', pw)}",
                   f"usuario: {u}\ncontraseña: {S('password', pw)}",
                   f"la clave del portal es {S('password', pw)} (usuario {u})"][k]
    else:
        snippet = pick(["Zugangsdaten Testumgebung:\nBenutzer: " + u + "\nPasswort: wurde per SMS verschickt",
                        "Das Kennwort für den SFTP-Zugang bekommen Sie telefonisch.", f"Identifiant : {u}\nMot de passe : (envoyé séparément)",
                        "le mot de passe doit contenir au moins 12 caractères", f"usuario: {u}\ncontraseña: la de siempre, te la digo por teléfono",
                        "¿Cómo puedo cambiar la contraseña del portal?"])
    pre = L(lang, ["il partner estero ci ha mandato questo, ci aiutate a capire se funziona lato vostro?", "vi inoltro le info del collega della sede estera:",
                   "messaggio del cliente (scusate la lingua):"],
            ["our partner abroad sent us this, can you check if it works on your side?", "forwarding the info from our colleague abroad:",
             "message from the customer (sorry for the language):"])
    return pre + "\n\n" + snippet + ("\n\n" + L(lang, OUTRO_IT, OUTRO_EN) if chance(0.6) else "")


@T("message", "prose", modes=("pass",), w=1.5)
def t_prose_lookalikes(lang, sec):
    c_bad = card_bad()
    k = R.randint(0, 11)
    if lang == "it":
        m = [lambda: f"il cliente dice che la carta {fmt_card(c_bad, ' ')} viene rifiutata subito, ma secondo me l'ha scritta male (non passa nemmeno il controllo di Luhn)",
             lambda: f"il vostro validatore dice che {iban_bad('IT')} non è valido, il cliente l'ha copiato dall'home banking, può essere un errore di battitura?",
             lambda: f"ci serve solo sapere se il BIC {pick(BICS)} è raggiungibile via SEPA Instant",
             lambda: f"la filiale è ABI {pick(IT_ABI)} CAB {digits(5, True)}, il conto ce lo deve ancora dare il cliente",
             lambda: f"ordine {order_no()} del {D().it()}, importo {amount(lang)}, il cliente ha chiamato dal {phone('it')} dicendo che non ha ricevuto il rimborso",
             lambda: f"il payout {pay_id()} è in stato pending da 3 giorni, request id {uid()}, trace {hx(32)}",
             lambda: f"versione sdk {version()}, commit {sha()[:7]}, immagine {digest()[:19]}…, succede solo in prod",
             lambda: f"domanda: il webhook secret va ruotato insieme al client secret o sono indipendenti? Nella dashboard vedo solo whsec_•••• e la data di creazione",
             lambda: f"la carta di test che usiamo è quella della vostra documentazione, quella che finisce con {pick(['4242', '1111', '0005'])}. in sandbox va, in prod no (giustamente)",
             lambda: f"fattura {invoice_no(lang)} di {amount(lang)} pagata con bonifico del {D().it()}, CRO {digits(11)}",
             lambda: f"il JWT che riceviamo ha exp={ts_epoch()} e iat={ts_epoch()}, l'orologio del server è sincronizzato con NTP. perché lo rifiutate?",
             lambda: f"la nostra policy interna vieta di condividere password e token nei ticket, quindi vi do solo il client_id: {client_id()}"][k]
    else:
        m = [lambda: f"customer says card {fmt_card(c_bad, ' ')} is declined instantly, but I think they mistyped it (it doesn't even pass the Luhn check)",
             lambda: f"your validator says {iban_bad(pick(['GB', 'DE', 'IT']))} is invalid, the customer copied it from online banking, could it be a typo?",
             lambda: f"we just need to know if BIC {pick(BICS)} is reachable via SEPA Instant",
             lambda: f"sort code {GbAcct().sort_fmt}, the customer hasn't given us the account number yet",
             lambda: f"order {order_no()} from {D().us()}, amount {amount(lang)}, customer called from {phone('uk')} saying the refund never arrived",
             lambda: f"payout {pay_id()} has been pending for 3 days, request id {uid()}, trace {hx(32)}",
             lambda: f"sdk version {version()}, commit {sha()[:7]}, image {digest()[:19]}…, only happens in prod",
             lambda: "question: should the webhook secret be rotated together with the client secret or are they independent? The dashboard only shows whsec_•••• and the creation date",
             lambda: f"the test card we use is the one from your docs, ending in {pick(['4242', '1111', '0005'])}. works in sandbox, not in prod (fair enough)",
             lambda: f"invoice {invoice_no(lang)} for {amount(lang)} paid by transfer on {D().us()}, ref {digits(11)}",
             lambda: f"the JWT we get has exp={ts_epoch()} and iat={ts_epoch()}, the server clock is NTP-synced. why do you reject it?",
             lambda: f"our internal policy forbids sharing passwords and tokens in tickets, so here's just the client_id: {client_id()}"][k]
    return m()


@T("message", "prose", w=1.3)
def t_card_in_text(lang, sec):
    c = card()
    f, l = person(lang)
    if sec:
        k = R.randint(0, 3)
        num = fmt_card(c, pick([" ", "-", "", ".", "  "]))
        if lang == "it":
            m = [f"Salve, non riesco a pagare l'abbonamento. numero carta {S('card_number', num)} scadenza {exp_date()} codice dietro {S('cvv', cvv_for(c))}. potete addebitare voi?",
                 f"la carta è {S('card_number', num)}, intestata a {f} {l}",
                 f"ho provato 3 volte con la carta\n{S('card_number', num)}\n{exp_date()}\ncvv {S('cvv', cvv_for(c))}\nma dice transazione negata",
                 f"vi detto i dati della carta: {S('card_number', num)} - cod. sicurezza {S('cvv', cvv_for(c))}"][k]
        else:
            m = [f"Hi, can't pay the subscription. card number {S('card_number', num)} expiry {exp_date()} code on the back {S('cvv', cvv_for(c))}. can you charge it yourselves?",
                 f"the card is {S('card_number', num)}, name on card {f} {l}",
                 f"tried 3 times with the card\n{S('card_number', num)}\n{exp_date()}\ncvv {S('cvv', cvv_for(c))}\nbut it says declined",
                 f"card details: {S('card_number', num)} - security code {S('cvv', cvv_for(c))}"][k]
    else:
        m = L(lang, [f"Salve, non riesco a pagare l'abbonamento con la carta che finisce per {c[-4:]} (scad. {exp_date()}). Mi dice transazione negata.",
                     f"la carta {mask_card(c, 'first6last4')} viene rifiutata con codice 05, cosa significa?",
                     f"il cliente ha una {pick(['Visa', 'Mastercard'])} {mask_card(c, 'dots4')}, BIN {c[:6]}, emessa in Italia. Come mai 3DS fallisce?",
                     f"numero ordine {order_no()}, carta **** {c[-4:]}, importo {amount(lang)}"],
              [f"Hi, can't pay the subscription with the card ending {c[-4:]} (exp {exp_date()}). It says declined.",
               f"card {mask_card(c, 'first6last4')} is declined with code 05, what does that mean?",
               f"customer has a {pick(['Visa', 'Mastercard'])} {mask_card(c, 'dots4')}, BIN {c[:6]}, UK-issued. Why does 3DS fail?",
               f"order number {order_no()}, card **** {c[-4:]}, amount {amount(lang)}"])
    return m


@T("message", "prose", w=1.3)
def t_bank_in_text(lang, sec):
    f, l = person(lang)
    if sec:
        k = R.randint(0, 6)
        if k == 0:
            a = ItAcct()
            v = L(lang, f"c/c n. {S('bank_account', a.conto)} presso {pick(['Intesa Sanpaolo', 'UniCredit', 'Banco BPM'])}, ABI {a.abi} CAB {a.cab}",
                  f"Italian account no. {S('bank_account', a.conto)}, ABI {a.abi} CAB {a.cab}")
        elif k == 1:
            g = GbAcct()
            v = L(lang, f"sort code {g.sort_fmt} conto {S('bank_account', g.acct)}", f"sort code {g.sort_fmt} acc {S('bank_account', g.acct)}")
        elif k == 2:
            a = FrAcct()
            v = f"RIB : {S('bank_account', f'{a.banque} {a.guichet} {a.compte} {a.cle}')}"
        elif k == 3:
            a = EsAcct()
            v = L(lang, f"cuenta (CCC) {S('bank_account', f'{a.entidad} {a.oficina} {a.dc} {a.cuenta}')}", f"Spanish account (CCC) {S('bank_account', f'{a.entidad} {a.oficina} {a.dc} {a.cuenta}')}")
        elif k == 4:
            a = DeAcct()
            v = f"BLZ {a.blz} Kto. {S('bank_account', a.konto)}"
        elif k == 5:
            v = f"IBAN {S('iban', fmt_iban(any_iban(), chance(0.5)))}"
        else:
            ib = any_iban("IT")
            v = L(lang, f"iban {S('iban', ib.lower() if chance(0.3) else ib)}", f"iban {S('iban', ib)}")
        m = L(lang, [f"buongiorno, il beneficiario ci ha dato questi dati: {v} intestato a {f} {l}. il payout va in errore, potete controllare?",
                     f"il cliente chiede il rimborso su {v}. lo inseriamo così nell'API?", f"{v}\nquesti sono i dati giusti, quelli vecchi erano sbagliati"],
              [f"hi, the beneficiary gave us these details: {v}, account holder {f} {l}. the payout errors out, can you check?",
               f"customer wants the refund on {v}. do we pass it like that to the API?", f"{v}\nthese are the correct details, the old ones were wrong"])
    else:
        m = L(lang, [f"il beneficiario {f} {l} ha una banca con BIC {pick(BICS)}, ci dite se supportate i bonifici istantanei verso di loro?",
                     f"il cliente dice che il suo IBAN inizia con IT e finisce con {digits(3)}, ma nel nostro db risulta {mask_iban(any_iban('IT'))}. come verifichiamo?",
                     f"le coordinate sono arrivate via PEC il {D().it()}, le ha caricate la collega sul portale. protocollo n. {R.randint(100, 9999)}/{D().y}",
                     f"abbiamo la filiale (ABI {pick(IT_ABI)}, CAB {digits(5, True)}) ma non il numero di conto, procediamo lo stesso?",
                     f"il payout {pay_id()} di {amount(lang)} è tornato indietro con motivo AC04 (conto chiuso)"],
              [f"beneficiary {f} {l} banks with BIC {pick(BICS)}, do you support instant transfers to them?",
               f"customer says their IBAN starts with GB and ends in {digits(3)}, but our db shows {mask_iban(any_iban('GB'))}. how do we check?",
               f"bank details came in by post on {D().us()}, my colleague uploaded them to the portal. ref {R.randint(100, 9999)}",
               f"we have the sort code ({GbAcct().sort_fmt}) but not the account number, shall we go ahead?",
               f"payout {pay_id()} for {amount(lang)} bounced with reason AC04 (account closed)"])
    return m


@T("terminal", "ops")
def t_wrapped_terminal(lang, sec):
    width = pick([80, 80, 100, 120])
    if sec:
        k = pick(["env", "jwt", "pem_b64", "basic"])
        if k == "env":
            raw = (f"$ env | grep -i sportello\nSPORTELLO_BASE_URL=https://{phost()}\nSPORTELLO_CLIENT_ID={client_id()}\n"
                   f"SPORTELLO_ACCESS_TOKEN={S('access_token', jwt())}")
        elif k == "jwt":
            raw = f"$ echo $TOKEN\n{S('access_token', jwt())}\n$ curl -s -o /dev/null -w '%{{http_code}}' -H \"Authorization: Bearer $TOKEN\" https://{phost()}/v1/accounts/me\n401"
        elif k == "pem_b64":
            raw = f"$ kubectl get secret webhook-signing -o jsonpath='{{.data.tls\\.key}}'\n{S('private_key', base64.b64encode(pem_private(pick(['ec', 'pkcs8ec'])).encode()).decode())}"
        else:
            cid_ = client_id()
            raw = (f"$ echo -n \"{cid_}:$(cat secret.txt)\" | base64\n{S('client_secret', b64s(cid_ + ':' + client_secret() + client_secret()[:20]))}")
    else:
        k = pick(["env", "trace", "csp", "digest"])
        if k == "env":
            raw = (f"$ env | grep -i sportello\nSPORTELLO_BASE_URL=https://{phost()}\nSPORTELLO_CLIENT_ID={client_id()}\n"
                   f"SPORTELLO_TOKEN_FILE=/var/run/secrets/sportello/token\nSPORTELLO_TRACE_HEADER=traceparent:{traceparent()}")
        elif k == "trace":
            raw = f"$ kubectl logs deploy/payouts --tail=1\n" + jdump({"level": "error", "msg": "payout failed", "trace_id": hx(32), "span_id": hx(16), "payout_id": pay_id(), "request_id": uid(), "idempotency_key": uid(), "error": "beneficiary_bank_unreachable"}, indent=None)
        elif k == "csp":
            raw = f"$ curl -sI https://{chost()}/checkout | grep -i content-security\ncontent-security-policy: default-src 'self'; script-src 'self' 'nonce-{nonce()}' 'strict-dynamic' https://js.sportello.io; style-src 'self' 'nonce-{nonce()}'; frame-src https://checkout.sportello.io; report-uri https://{chost()}/csp-report"
        else:
            raw = f"$ docker images --digests | grep payouts\nghcr.io/kestrel/payouts   {version()}   {digest()}   {hx(12)}   {R.randint(2, 30)} days ago   {R.randint(80, 400)}MB"
    wrapped = wrap_marked_kind(raw, width)
    pre = L(lang, ["copio dal terminale (scusate, si è spezzato tutto):", "output del terminale:", "dalla console del server:"],
            ["copied from the terminal (sorry, it got all broken up):", "terminal output:", "from the server console:"])
    return pre + "\n\n" + wrapped + "\n\n" + L(lang, OUTRO_IT, OUTRO_EN)


@T("cloudwatch", "sdk-log")
def t_json_escaped(lang, sec):
    d = D()
    inner = {"level": "debug", "msg": pick(["outgoing request", "login attempt", "config reload"]), "ts": d.iso()}
    if sec:
        k = pick(["pw", "tok", "cs"])
        if k == "pw":
            inner["body"] = {"username": email_of(*person(lang), lang), "password": S("password", password(lang, tricky=chance(0.6)))}
        elif k == "tok":
            inner["headers"] = {"Authorization": "Bearer " + S("access_token", access_token())}
        else:
            inner["body"] = {"client_id": client_id(), "client_secret": S("client_secret", client_secret())}
    else:
        inner["body"] = pick([{"username": email_of(*person(lang), lang), "password": "[REDACTED]"}, {"client_id": client_id(), "grant_type": "client_credentials"},
                              {"payout_id": pay_id(), "amount": R.randint(100, 9999)}])
        inner["request_id"] = uid()
    msg = json.dumps(inner, ensure_ascii=False)
    outer = {"timestamp": ts_epoch() * 1000 + R.randint(0, 999), "message": msg, "logStreamName": f"payouts/app/{hx(32)}", "ingestionTime": ts_epoch() * 1000}
    pre = L(lang, ["dai log di CloudWatch (esportati in json):", "vi copio l'evento da CloudWatch Logs Insights"],
            ["from CloudWatch logs (exported as json):", "copying the event from CloudWatch Logs Insights"])
    return wrap(lang, jdump(outer), "log", sec, pre=pre)


@T("nginx", "ops")
def t_nginx(lang, sec):
    out = []
    d = D()
    n = R.randint(3, 6)
    at = R.randrange(n) if sec else -1
    for i in range(n):
        d = d.adv(R.randint(0, 20))
        ip = f"{R.randint(2, 220)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}"
        if i == at:
            k = pick(["key", "reset", "pw"])
            if k == "key":
                req = f"GET /v1/reports/export.csv?api_key={S('access_token', api_key())}&from=2024-{R.randint(1, 12):02d}-01 HTTP/1.1"
            elif k == "reset":
                req = f"GET /account/reset-password?token={S('access_token', rs(48, URLSAFE))} HTTP/2.0"
            else:
                req = f"GET /legacy/login.php?user=admin&pass={S('password', urllib.parse.quote(password(lang), safe=''))} HTTP/1.1"
        else:
            req = pick([f"GET /v2/payouts?page={R.randint(1, 9)}&cursor={b64u(rbytes(12))} HTTP/2.0", f"POST /webhooks/sportello HTTP/1.1",
                        f"GET /static/app.{hx(8)}.js HTTP/2.0", f"GET /oauth/callback?state={rs(22, URLSAFE)}&error=access_denied HTTP/1.1",
                        f"GET /health HTTP/1.1"])
        out.append(f'{ip} - - [{d.d:02d}/{MONTHS_EN[d.mo - 1]}/{d.y}:{d.h:02d}:{d.mi:02d}:{d.s:02d} +0100] "{req}" {pick([200, 401, 302, 404, 499])} {R.randint(0, 9000)} "-" "{pick(["Sportello-Webhooks/2.0", ua(), "curl/8.5.0", "python-requests/2.31.0"])}" rt={R.random():.3f}')
    return wrap(lang, "\n".join(out), "log", sec)


@T("docker", "config")
def t_docker_config(lang, sec):
    if sec:
        reg = pick(["registry.gitlab.com", "ghcr.io", "harbor." + chost().split(".", 1)[1], "index.docker.io/v1/"])
        user = pick(["deploy", "kestrel-ci", "gitlab-ci-token"])
        auth = S("client_secret", b64s(user + ":" + (vendor_key("github") if "ghcr" in reg else pw_simple(lang))))
        cfg = {"auths": {reg: {"auth": auth}}}
    else:
        cfg = {"auths": {"ghcr.io": {}, "registry.gitlab.com": {}}, "credsStore": pick(["desktop", "osxkeychain", "pass"]),
               "currentContext": "default"}
    txt = "$ cat ~/.docker/config.json\n" + jdump(cfg, indent="\t")
    txt += f"\n$ docker pull {pick(['ghcr.io', 'registry.gitlab.com'])}/kestrel/payouts:{version()}\nError response from daemon: {pick(['denied', 'unauthorized: authentication required', 'pull access denied'])}"
    return wrap(lang, txt, "cfg", sec)


@T("grid", "bank-export")
def t_onboarding_sheet(lang, sec):
    it = lang == "it"
    cols = ["Ragione sociale", "P.IVA", "Referente", "Telefono", "IBAN accredito" if it else "Payout IBAN", "Note"] if it else ["Company", "VAT no.", "Contact", "Phone", "Payout IBAN", "Notes"]
    rows = []
    for i in range(R.randint(2, 4)):
        ib = any_iban("IT" if it else None)
        if sec and (i == 0 or chance(0.4)):
            v = S("iban", fmt_iban(ib, chance(0.3)))
        else:
            v = pick([L(lang, "da chiedere", "tbc"), mask_iban(ib), L(lang, "vedi PEC", "see email")])
        rows.append([company(lang), ("IT" if it else "GB") + digits(11 if it else 9), " ".join(person(lang)), phone("it" if it else "uk"), v,
                     pick(["", L(lang, "urgente", "urgent"), L(lang, "KYC ok", "KYC done")])])
    txt = "\t".join(cols) + "\n" + "\n".join("\t".join(r) for r in rows)
    pre = L(lang, ["vi incollo dal foglio excel i merchant da attivare questa settimana:", "lista nuovi merchant (copiata da google sheets)"],
            ["pasting from the spreadsheet the merchants to onboard this week:", "new merchants list (copied from google sheets)"])
    return wrap(lang, txt, "bank", sec, pre=pre)


# ================================================================ more: keys, token responses, OTP, forms
@T("pem", "config")
def t_pem_paste(lang, sec):
    if sec:
        k = pick(["pem", "pem", "genrsa", "tls_b64"])
        if k == "pem":
            key = pem_private()
            body = S("private_key", key)
            pre = L(lang, ["per la firma delle richieste abbiamo generato questa chiave, è nel formato giusto?", "vi mando la chiave che usiamo per firmare i webhook, non riusciamo a verificare la firma",
                           "la chiave privata del certificato mTLS (file client.key):"],
                    ["we generated this key for request signing, is it in the right format?", "sending the key we use to sign webhooks, signature verification fails",
                     "the mTLS certificate's private key (client.key):"])
        elif k == "genrsa":
            key = pem_private(pick(["pkcs8", "rsa"]))
            body = f"$ openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out sportello-sign.key\n$ cat sportello-sign.key\n{S('private_key', key)}\n$ openssl rsa -in sportello-sign.key -pubout > sportello-sign.pub\nwriting RSA key"
            pre = L(lang, ["abbiamo seguito la vostra guida per generare la chiave di firma:", "comandi eseguiti per creare la chiave:"],
                    ["we followed your guide to generate the signing key:", "commands we ran to create the key:"])
        else:
            key = pem_private(pick(["ec", "pkcs8ec"]))
            enc = base64.b64encode((key + "\n").encode()).decode()
            body = (f"apiVersion: v1\ndata:\n  tls.crt: {base64.b64encode(pem_public('cert').encode()).decode()[:120]}...\n  tls.key: {S('private_key', enc)}\nkind: Secret\nmetadata:\n  name: sportello-mtls\ntype: kubernetes.io/tls")
            pre = L(lang, ["il secret tls per il mutual TLS verso di voi:", "kubectl get secret sportello-mtls -o yaml"], ["the tls secret for mutual TLS towards you:", "kubectl get secret sportello-mtls -o yaml"])
    else:
        k = pick(["cert", "csr", "pub", "x509"])
        if k == "cert":
            body = pem_public("cert")
            pre = L(lang, ["questo è il certificato client da caricare per il mutual TLS:", "vi mando il certificato (solo la parte pubblica)"],
                    ["this is the client certificate to upload for mutual TLS:", "sending the certificate (public part only)"])
        elif k == "csr":
            b = "MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCSVQx" + b64(500)[:600]
            body = "-----BEGIN CERTIFICATE REQUEST-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END CERTIFICATE REQUEST-----"
            pre = L(lang, ["ecco la CSR per il certificato mTLS, la chiave privata resta da noi:", "CSR generata con openssl req:"],
                    ["here's the CSR for the mTLS certificate, the private key stays with us:", "CSR generated with openssl req:"])
        elif k == "pub":
            body = pem_public("pub")
            pre = L(lang, ["chiave pubblica per la verifica della firma delle nostre richieste:", "public key da registrare nella dashboard:"],
                    ["public key to verify our request signatures:", "public key to register in the dashboard:"])
        else:
            body = (f"$ openssl x509 -in client.crt -noout -subject -issuer -dates -fingerprint -sha256\nsubject=C = IT, O = {company('it')}, CN = {client_id()}\nissuer=C = IT, O = Sportello, CN = Sportello Client CA G2\n"
                    f"notBefore={MONTHS_EN[R.randint(0, 11)]} {R.randint(1, 28)} 10:00:00 2024 GMT\nnotAfter={MONTHS_EN[R.randint(0, 11)]} {R.randint(1, 28)} 10:00:00 2025 GMT\nsha256 Fingerprint={':'.join(HX(2) for _ in range(32))}")
            pre = L(lang, ["il certificato risulta valido ma ci rispondete bad certificate:", "dettagli del certificato client:"],
                    ["the certificate looks valid but you answer bad certificate:", "client certificate details:"])
    return wrap(lang, body, "cfg", sec, pre=pre)


@T("jwk", "config")
def t_jwk(lang, sec):
    kid = rs(12, URLSAFE)
    if chance(0.5):
        k = {"kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "x": b64u(rbytes(32)), "y": b64u(rbytes(32))}
        if sec:
            k["d"] = S("private_key", b64u(rbytes(32)))
    else:
        k = {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64u(rbytes(256)), "e": "AQAB"}
        if sec:
            k["d"] = S("private_key", b64u(rbytes(256)))
            k["p"] = S("private_key", b64u(rbytes(128)))
            k["q"] = S("private_key", b64u(rbytes(128)))
    doc = {"keys": [k]} if chance(0.5) else k
    pre = L(lang, ["la JWK che abbiamo registrato per il private_key_jwt:", "questo è il nostro jwks.json, il vostro server dice invalid_client_assertion",
                   "vi incollo la chiave in formato JWK"],
            ["the JWK we registered for private_key_jwt:", "this is our jwks.json, your server says invalid_client_assertion", "pasting the key in JWK format"])
    return wrap(lang, jdump(doc), "cfg", sec, pre=pre)


@T("ppk", "config")
def t_ppk(lang, sec):
    pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, ALNUM + "+/")
    comment = pick(["sftp-sportello", "eddsa-key-2024", "payouts@bridge"])
    head = f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {comment}\nPublic-Lines: 2\n{pub[:64]}\n{pub[64:]}"
    if sec:
        txt = S("private_key", head + f"\nPrivate-Lines: 1\nAAAAI{rs(43, ALNUM + '+/')}\nPrivate-MAC: {hx(64)}")
        pre = L(lang, ["il client sftp (WinSCP) non si collega, questo è il file .ppk che usiamo:", "vi mando la chiave di putty così verificate"],
                ["the sftp client (WinSCP) won't connect, this is the .ppk we use:", "sending the putty key so you can check"])
    else:
        txt = f"ssh-ed25519 {pub} {comment}"
        pre = L(lang, ["WinSCP dice 'server refused our key'. la chiave pubblica (da puttygen) è questa:", "chiave pubblica openssh esportata da puttygen:"],
                ["WinSCP says 'server refused our key'. the public key (from puttygen) is:", "openssh public key exported from puttygen:"])
    return wrap(lang, txt, "cfg", sec, pre=pre)


@T("oauth-log", "sdk-log")
def t_token_response(lang, sec):
    d = D()
    if sec:
        resp = {"access_token": S("access_token", access_token()), "token_type": "Bearer", "expires_in": pick([3600, 899, 7200])}
        if chance(0.85):
            resp["refresh_token"] = S("refresh_token", refresh_token())
        resp["scope"] = pick(["payouts:write refunds", "openid offline_access", "payments"])
    else:
        resp = pick([{"error": "invalid_grant", "error_description": "Refresh token expired", "error_uri": "https://docs.sportello.io/errors#invalid_grant"},
                     {"access_token": "<redacted>", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "<redacted>", "scope": "payments"},
                     {"token_type": "Bearer", "expires_in": 3600, "refresh_token_expires_in": 2592000, "scope": "payouts:write", "id_token_hint": None}])
    st = pick(["node", "py", "java", "raw"])
    body = jdump(resp, indent=pick([None, 2]))
    if st == "node":
        txt = f"[{d.iso()}] token response: {body}"
    elif st == "py":
        txt = f"{d.log()} DEBUG sportello.auth: token response {repr(json.loads(json.dumps(resp, ensure_ascii=False)))}"
    elif st == "java":
        txt = f"{d.log()} DEBUG [main] c.k.auth.OAuthClient - token endpoint replied 200: {body}"
    else:
        txt = f"HTTP/1.1 {'200 OK' if 'error' not in resp else '400 Bad Request'}\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\nPragma: no-cache\nX-Request-Id: {uid()}\n\n{body}"
    after = pick([f"\n{d.adv(3600).log()} WARN token refresh failed: invalid_grant", f"\n{d.adv(5).log()} ERROR POST /v2/payouts -> 401", ""])
    return wrap(lang, txt + after, "log", sec)


@T("android", "sdk-log")
def t_shared_prefs(lang, sec):
    pkg = pick(["com.kestrelapps.wallet", "it.ortofruttarossi.app", "co.parcelly.driver"])
    if sec:
        entries = [f'    <string name="refresh_token">{S("refresh_token", refresh_token())}</string>',
                   f'    <long name="token_expiry" value="{ts_epoch() * 1000}" />']
        if chance(0.5):
            entries.insert(0, f'    <string name="access_token">{S("access_token", access_token())}</string>')
        if chance(0.3):
            entries.append(f'    <string name="app_pin">{S("pin", pin(pick([4, 5, 6])))}</string>')
    else:
        entries = [f'    <string name="{"AT" + rs(30, URLSAFE)}">{"AX" + rs(90, URLSAFE)}</string>',
                   f'    <string name="__androidx_security_crypto_encrypted_prefs_key_keyset__">{rs(200, ALNUM + "+/")}</string>',
                   f'    <string name="device_id">{uid()}</string>'] if chance(0.6) else [
                   f'    <string name="device_id">{uid()}</string>', f'    <long name="token_expiry" value="{ts_epoch() * 1000}" />',
                   '    <boolean name="onboarding_done" value="true" />']
    txt = f"$ adb shell run-as {pkg} cat shared_prefs/auth.xml\n<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n" + "\n".join(entries) + "\n</map>"
    pre = L(lang, ["sul device di test l'app perde la sessione dopo un'ora, ecco cosa c'è salvato:", "shared preferences dell'app (debug build):"],
            ["on the test device the app loses the session after an hour, this is what's stored:", "app shared preferences (debug build):"])
    return wrap(lang, txt, "log", sec, pre=pre)


@T("sms", "sms-log", w=1.3)
def t_sms_forward(lang, sec):
    amt = amount("it" if lang == "it" else "en")
    ben = company(lang) if chance(0.5) else " ".join(person(lang))
    if sec:
        code = pin(pick([6, 6, 8, 5]))
        sms = L(lang, pick([f"Inserisci il codice {S('pin', code)} per autorizzare il bonifico di {amt} a favore di {ben}. Non comunicarlo a nessuno.",
                            f"BANCA: codice di sicurezza {S('pin', code)} per operazione su app. Valido 5 min.",
                            f"Codice OTP {S('pin', code)} - pagamento online {amt} presso {pick(['SPORTELLO*SHOP', 'AMZN Mktp IT', 'PAYOUT SRV'])}"]),
                  pick([f"Use code {S('pin', code)} to approve the transfer of {amt} to {ben}. Never share this code.",
                        f"BANK: your one-time passcode is {S('pin', code)}. It expires in 5 minutes.",
                        f"Your verification code for an online payment of {amt} at {pick(['SPORTELLO*SHOP', 'AMZN Mktp UK'])} is {S('pin', code)}"]))
    else:
        sms = L(lang, pick([f"Bonifico di {amt} a favore di {ben} eseguito. Se non riconosci l'operazione chiama il 800 {digits(3)} {digits(3)}.",
                            f"BANCA: accesso all'app da nuovo dispositivo il {D().it()} alle {D().hm()}. Non sei tu? Blocca subito.",
                            f"Pagamento di {amt} con carta *{digits(4)} presso SPORTELLO*SHOP autorizzato."]),
                  pick([f"Transfer of {amt} to {ben} completed. If this wasn't you call 0800 {digits(3)} {digits(4)}.",
                        f"BANK: new device sign-in on {D().us()} at {D().hm()}. Not you? Freeze your account now.",
                        f"Card payment of {amt} with card ending {digits(4)} at SPORTELLO*SHOP approved."]))
    pre = L(lang, ["il cliente ci ha girato lo screenshot dell'sms, ve lo trascrivo:", "sms ricevuto dal titolare:", "testo dell'sms arrivato:"],
            ["the customer sent us a screenshot of the text, transcribing it:", "text received by the account holder:", "text of the sms:"])
    post = L(lang, ["il bonifico però risulta ancora in attesa di autorizzazione.", "dopo aver inserito il codice l'app dà errore generico.", "è normale?"],
             ["but the transfer still shows as awaiting authorisation.", "after entering the code the app shows a generic error.", "is this normal?"])
    return pre + "\n\n\"" + sms + "\"\n\n" + post


@T("form-post", "devtools")
def t_checkout_form(lang, sec):
    c = card()
    if sec:
        grouped = fmt_card(c, pick([" ", ""]))
        enc = urllib.parse.quote_plus(grouped)
        body = f"amount={R.randint(100, 99999)}&currency=EUR&card_holder={urllib.parse.quote_plus(' '.join(person(lang)))}&card_number={S('card_number', enc)}&exp_month={R.randint(1, 12):02d}&exp_year={R.randint(2026, 2031)}&cvc={S('cvv', cvv_for(c))}"
    else:
        body = f"amount={R.randint(100, 99999)}&currency=EUR&card_holder={urllib.parse.quote_plus(' '.join(person(lang)))}&payment_token=tok_{rs(24)}&last4={c[-4:]}&brand={pick(['visa', 'mastercard'])}"
    txt = (f"POST /checkout/pay HTTP/1.1\nHost: {chost()}\nContent-Type: application/x-www-form-urlencoded\nOrigin: https://{chost()}\nUser-Agent: {ua()}\n\n{body}")
    pre = L(lang, ["il modulo di pagamento del vecchio sito manda questo (visto da devtools > Payload > view source):", "form data del checkout:"],
            ["the old site's payment form posts this (seen in devtools > Payload > view source):", "checkout form data:"])
    return wrap(lang, txt, "pay", sec, pre=pre)


# ================================================================ driver
MARK_RE = re.compile(f"{MS}([a-z_]+){MK}(.*?){ME}", re.S)
CARD_RUN_RE = re.compile(r"(?<![0-9A-Za-z])(?:\d{13,19}|\d{4}([ .-])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![0-9A-Za-z])")
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def finalize(raw):
    out, secrets, spans = [], [], []
    pos = 0
    n = 0
    for m in MARK_RE.finditer(raw):
        seg = raw[pos:m.start()]
        out.append(seg)
        n += len(seg)
        kind, val = m.group(1), m.group(2)
        if MS in val or MK in val or ME in val:
            raise ValueError("nested marker")
        spans.append((n, n + len(val), kind, val))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if any(c in text for c in (MS, MK, ME)):
        raise ValueError("stray marker")
    seen = set()
    for a, b, kind, val in spans:
        if (kind, val) not in seen:
            seen.add((kind, val))
            secrets.append({"kind": kind, "value": val})
    return text, secrets, spans


def covered(spans, a, b, kinds=None):
    return any(sa <= a and b <= sb and (kinds is None or k in kinds) for sa, sb, k, _ in spans)


def unlabeled_problems(text, spans):
    probs = []
    # every occurrence of a labelled value must be inside a labelled span
    for _, _, kind, val in spans:
        starts = {(a, v) for a, _, _, v in spans}
        i = text.find(val)
        while i >= 0:
            if (i, val) not in starts:
                probs.append(f"unlabelled occurrence of {kind} {val[:20]!r}")
                break
            i = text.find(val, i + 1)
    for m in CARD_RUN_RE.finditer(text):
        s = re.sub(r"\D", "", m.group(0))
        if 13 <= len(s) <= 19 and luhn_ok(s) and not covered(spans, m.start(), m.end()):
            probs.append(f"luhn-valid digits {m.group(0)!r}")
    for m in IBAN_START_RE.finditer(text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc]
        j, got = m.start(), ""
        end = m.start()
        while j < len(text) and len(got) < need:
            ch = text[j]
            if ch.isalnum():
                got += ch
            elif ch != " ":
                break
            j += 1
            end = j
        if len(got) == need and iban_valid(got) and not covered(spans, m.start(), end):
            probs.append(f"valid iban {got}")
    return probs


def tidy(text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(lines).strip("\n")


def build():
    reps_sec = int(os.environ.get("FRESH14_SEC_REPS", "0")) or None
    samples = []
    fails = 0
    for t in TEMPLATES:
        for lang in ("it", "en"):
            for mode in t["modes"]:
                base = {"sec": 3, "pass": 4}[mode] if len(t["modes"]) == 2 else 4
                reps = max(1, round(base * t["w"]))
                for _ in range(reps):
                    for attempt in range(60):
                        raw = t["fn"](lang, mode == "sec")
                        raw = tidy(raw)
                        text, secrets, spans = finalize(raw)
                        if (mode == "sec") != bool(secrets):
                            continue
                        if unlabeled_problems(text, spans):
                            continue
                        break
                    else:
                        fails += 1
                        print(f"FAILED {t['name']} {lang} {mode}: {unlabeled_problems(text, spans)[:2]}", file=sys.stderr)
                        continue
                    samples.append({"lang": lang, "style": t["style"], "text": text, "secrets": secrets,
                                    "_family": t["family"], "_tpl": t["name"]})
    R.shuffle(samples)
    counters = {}
    out = []
    for s in samples:
        key = (s["style"], s["lang"])
        counters[key] = counters.get(key, 0) + 1
        out.append({"id": f"fresh14-{s['style']}-{s['lang']}-{counters[key]:04d}", "lang": s["lang"], "style": s["style"],
                    "text": s["text"], "secrets": s["secrets"]})
    return out, samples, fails


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dest = os.path.join(here, "holdout14") if os.path.basename(here) != "holdout14" else here
    os.makedirs(dest, exist_ok=True)
    out, samples, fails = build()
    path = os.path.join(dest, "fresh14.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    fam = {}
    for s in samples:
        fam[s["_family"]] = fam.get(s["_family"], 0) + 1
    print(f"wrote {len(out)} samples to {path} ({fails} template draws failed); "
          f"templates={len(TEMPLATES)}; families={dict(sorted(fam.items()))}")


if __name__ == "__main__":
    main()
