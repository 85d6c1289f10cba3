"""Value factories for the escalations corpus.

Everything here is invented: card numbers come from test ranges with a
computed Luhn digit, IBANs and national account numbers carry computed check
digits, tokens are random characters in realistic shapes.
"""
import base64
import hashlib
import json
import string

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

# ----------------------------------------------------------------- checksums

def luhn_ok(digits):
    digits = [int(c) for c in digits if c.isdigit()]
    if not digits:
        return False
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def iban_mod97(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    if len(s) < 5:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r.upper()))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "IE": 22,
            "NL": 18, "BE": 16, "PT": 25, "AT": 20, "CH": 21, "LU": 20, "MC": 27}

_CIN_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                         12, 14, 16, 10, 22, 25, 24, 23]):
    _CIN_ODD[chr(ord("A") + _i)] = _v
    if _i < 10:
        _CIN_ODD[str(_i)] = _v


def _cin_even(c):
    return int(c) if c.isdigit() else ord(c) - ord("A")


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s.upper()):
        tot += _CIN_ODD[c] if i % 2 == 0 else _cin_even(c)
    return chr(ord("A") + tot % 26)


def cf_check(first15):
    tot = 0
    for i, c in enumerate(first15):
        tot += _CIN_ODD[c] if i % 2 == 0 else _cin_even(c)
    return chr(ord("A") + tot % 26)


def fr_rib_key(banque, guichet, compte):
    return 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)


_ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _ES_W)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def es_dc(entidad, oficina, cuenta):
    return f"{_es_dc('00' + entidad + oficina)}{_es_dc(cuenta)}"


def de_m00(nine):
    tot = 0
    for i, c in enumerate(reversed(nine)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return str((10 - tot % 10) % 10)


def piva_ok(s):
    return luhn_ok(s)


# self tests
assert iban_mod97("IT60X0542811101000000123456")
assert it_cin("05428", "11101", "000000123456") == "X"
assert iban_make("DE", "370400440532013000") == "DE89370400440532013000"
assert es_dc("2100", "0418", "0200051332") == "45"
assert fr_rib_key("30006", "00001", "12345678901") == 89
assert iban_mod97("GB29NWBK60161331926819")
assert iban_make("PT", "000201231234567890154") == "PT50000201231234567890154"
assert de_m00("053201300") == "0"


class V:
    """Random value maker bound to one random.Random."""

    def __init__(self, r):
        self.r = r

    # ------------------------------------------------------------ basics
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n, lead_nonzero=False):
        d = self.s(string.digits, n)
        if lead_nonzero and d[0] == "0":
            d = str(self.r.randint(1, 9)) + d[1:]
        return d

    def hexs(self, n):
        return self.s(HEX, n)

    def pick(self, *xs):
        if len(xs) == 1 and isinstance(xs[0], (list, tuple, str)):
            xs = xs[0]
        return self.r.choice(xs)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        out = base64.b64encode(raw).decode()
        return out if pad else out.rstrip("=")

    # ------------------------------------------------------------ cards
    BRANDS = {
        "visa": (["4539", "4556", "4916", "4532", "4929", "4485", "4716", "4024", "4917", "4000"], [16]),
        "mc": (["5105", "5425", "5200", "5454", "2223", "2720", "5186", "5312"], [16]),
        "amex": (["3782", "3714", "3400", "3787"], [15]),
        "discover": (["6011", "6445", "6500"], [16]),
        "jcb": (["3530", "3566"], [16]),
        "diners": (["3056", "3852", "3600"], [14]),
        "maestro": (["6759", "6304", "5018"], [16, 19]),
        "unionpay": (["6200", "6212"], [16, 19]),
    }
    FAMOUS = ["4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556",
              "378282246310005", "6011111111111117", "5105105105105100", "4012888888881881"]

    def card_digits(self, brand=None):
        if brand is None:
            brand = self.r.choices(list(self.BRANDS), weights=[40, 30, 8, 4, 3, 2, 8, 2])[0]
        if brand == "famous":
            return self.pick(self.FAMOUS)
        pre, lens = self.BRANDS[brand]
        p = self.pick(pre)
        n = self.pick(lens)
        return luhn_complete(p + self.digits(n - len(p) - 1))

    def card_bad_digits(self, brand=None):
        d = self.card_digits(brand)
        last = int(d[-1])
        bad = (last + self.r.randint(1, 9)) % 10
        return d[:-1] + str(bad)

    @staticmethod
    def groups_for(n):
        return {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3], 13: [4, 4, 5]}.get(n, [4, 4, 4, 4])

    def fmt_card(self, d, style=None):
        if style is None:
            style = self.r.choices(
                ["space", "none", "dash", "dot", "double", "mixed", "two", "wrap", "slash"],
                weights=[40, 18, 12, 3, 4, 5, 4, 3, 1])[0]
        gs = self.groups_for(len(d))
        parts, i = [], 0
        for g in gs:
            parts.append(d[i:i + g])
            i += g
        if style == "space":
            return " ".join(parts)
        if style == "none":
            return d
        if style == "dash":
            return "-".join(parts)
        if style == "dot":
            return ".".join(parts)
        if style == "slash":
            return "/".join(parts)
        if style == "double":
            return "  ".join(parts)
        if style == "mixed":
            seps = [self.pick(" ", "-", " ", ".", "  ") for _ in parts[1:]]
            out = parts[0]
            for s_, p in zip(seps, parts[1:]):
                out += s_ + p
            return out
        if style == "two":
            return d[:8] + " " + d[8:]
        if style == "wrap":
            k = self.r.randint(1, len(parts) - 1)
            return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
        raise ValueError(style)

    def card(self, brand=None, style=None):
        return self.fmt_card(self.card_digits(brand), style)

    def card_bad(self, brand=None, style=None):
        return self.fmt_card(self.card_bad_digits(brand), style)

    def expiry(self):
        m = self.r.randint(1, 12)
        y = self.r.randint(25, 31)
        return self.pick(f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}/{y}")

    def cvv(self, amex=False):
        return self.digits(4 if amex else 3)

    def last4(self):
        return self.digits(4)

    def masked_card(self):
        d = self.card_digits()
        n = len(d)
        return self.pick(
            f"**** **** **** {d[-4:]}",
            f"{d[:6]}******{d[-4:]}",
            f"{d[:4]} **** **** {d[-4:]}",
            f"XXXX-XXXX-XXXX-{d[-4:]}",
            f"•••• {d[-4:]}",
            f"{d[:6]}{'x' * (n - 10)}{d[-4:]}",
            f"************{d[-4:]}",
            f"ending in {d[-4:]}",
        )

    # ------------------------------------------------------------ banks
    IT_ABI = ["03069", "05428", "02008", "03062", "05034", "01030", "03032", "05696", "06230", "08327", "03111", "05387"]
    DE_BLZ = ["37040044", "10070000", "50010517", "20041133", "70150000", "12030000", "43060967", "76026000"]
    FR_BQ = ["30004", "30006", "10278", "20041", "11315", "18206", "30003", "14505"]
    ES_ENT = ["2100", "0049", "0182", "0081", "2085", "1465", "0128"]
    GB_BANK = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40"), ("MONZ", "04"), ("REVO", "00"), ("SRLG", "09")]
    IE_BANK = [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")]
    NL_BANK = ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB", "BUNQ"]
    BIC = ["BCITITMM", "UNCRITMM", "BPMOIT22", "BAPPIT22", "CRPPITNN", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP",
           "CAIXESBBXXX", "NWBKGB2L", "INGBNL2A", "GEBABEBB", "CGDIPTPL", "AIBKIE2D", "BPPIITRRXXX", "SELBIT2BXXX"]

    def it_parts(self):
        abi = self.pick(self.IT_ABI)
        cab = self.digits(5)
        conto = self.pick(self.digits(12), "0000" + self.digits(8), "1000000" + self.digits(5),
                          "CC0" + self.digits(9))
        cin = it_cin(abi, cab, conto)
        return cin, abi, cab, conto

    def bban(self, cc):
        r = self.r
        if cc in ("IT", "SM"):
            cin, abi, cab, conto = self.it_parts()
            return cin + abi + cab + conto
        if cc == "DE":
            nine = self.digits(9)
            return self.pick(self.DE_BLZ) + nine + de_m00(nine)
        if cc in ("FR", "MC"):
            b, g, c = self.pick(self.FR_BQ), self.digits(5), self.digits(11)
            return f"{b}{g}{c}{fr_rib_key(b, g, c):02d}"
        if cc == "ES":
            e, o, c = self.pick(self.ES_ENT), self.digits(4), self.digits(10)
            return e + o + es_dc(e, o, c) + c
        if cc == "GB":
            bk, sc = self.pick(self.GB_BANK)
            return bk + sc + self.digits(4) + self.digits(8)
        if cc == "IE":
            bk, sc = self.pick(self.IE_BANK)
            return bk + sc + self.digits(4) + self.digits(8)
        if cc == "NL":
            while True:
                nine = self.digits(9)
                s = sum(int(c) * (10 - i) for i, c in enumerate(nine))
                last = (-s) % 11
                if last < 10:
                    return self.pick(self.NL_BANK) + nine + str(last)
        if cc == "BE":
            ten = self.digits(3) + self.digits(7)
            k = int(ten) % 97 or 97
            return f"{ten}{k:02d}"
        if cc == "PT":
            n19 = self.pick("0002", "0035", "0033", "0007", "0010") + self.digits(4) + self.digits(11)
            return f"{n19}{98 - (int(n19) * 100) % 97:02d}"
        if cc == "AT":
            return self.digits(5) + self.digits(11)
        if cc == "CH":
            return self.digits(5) + self.digits(12)
        if cc == "LU":
            return self.digits(3) + self.digits(13)
        raise ValueError(cc)

    def iban_raw(self, cc=None, it_bias=True):
        if cc is None:
            cc = self.r.choices(["IT", "DE", "FR", "ES", "GB", "NL", "BE", "PT", "IE", "AT", "CH", "LU", "SM"],
                                weights=[40 if it_bias else 10, 12, 10, 8, 8, 6, 4, 3, 3, 2, 2, 1, 1])[0]
        return iban_make(cc, self.bban(cc))

    def fmt_iban(self, raw, style=None):
        if style is None:
            style = self.r.choices(["g4", "none", "itfields", "wrap", "lower", "g4dash", "g4double"],
                                   weights=[45, 30, 12 if raw[:2] in ("IT", "SM") else 0, 6, 2, 2, 3])[0]
        if style == "g4":
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "g4dash":
            return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "g4double":
            return "  ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "none":
            return raw
        if style == "lower":
            return raw.lower()
        if style == "itfields" and raw[:2] not in ("IT", "SM"):
            style = "g4"
        if style == "g4":
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "itfields":
            return self.pick(f"{raw[:4]} {raw[4]} {raw[5:10]} {raw[10:15]} {raw[15:]}",
                             f"{raw[:2]} {raw[2:4]} {raw[4]} {raw[5:10]} {raw[10:15]} {raw[15:]}")
        if style == "wrap":
            g = [raw[i:i + 4] for i in range(0, len(raw), 4)]
            k = self.r.randint(2, len(g) - 2)
            return " ".join(g[:k]) + "\n" + " ".join(g[k:])
        raise ValueError(style)

    def iban(self, cc=None, style=None):
        return self.fmt_iban(self.iban_raw(cc), style)

    def iban_bad(self, cc=None, style=None):
        raw = self.iban_raw(cc)
        chk = int(raw[2:4])
        while True:
            n = self.r.randint(2, 98)
            if n != chk:
                break
        bad = raw[:2] + f"{n:02d}" + raw[4:]
        assert not iban_mod97(bad)
        return self.fmt_iban(bad, style)

    def iban_masked(self, cc=None):
        raw = self.iban_raw(cc)
        return self.pick(
            raw[:4] + " **** **** **** " + raw[-4:],
            raw[:2] + "** " + "*" * 4 + " " + raw[-4:],
            raw[:4] + "•" * (len(raw) - 8) + raw[-4:],
            raw[:6] + "XXXXXXXXXXXX" + raw[-3:],
            "IBAN ending " + raw[-4:],
        )

    def bic(self):
        return self.pick(self.BIC)

    def it_account(self):
        """(abi, cab, conto, cin)"""
        cin, abi, cab, conto = self.it_parts()
        return abi, cab, conto, cin

    def uk_account(self):
        sc = self.digits(6)
        return f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", self.digits(8, lead_nonzero=True)

    def de_account(self):
        nine = self.digits(9)
        blz = self.pick(self.DE_BLZ)
        return blz, nine + de_m00(nine)

    def fr_rib(self):
        b, g, c = self.pick(self.FR_BQ), self.digits(5), self.digits(11)
        return b, g, c, f"{fr_rib_key(b, g, c):02d}"

    def es_ccc(self):
        e, o, c = self.pick(self.ES_ENT), self.digits(4), self.digits(10)
        return e, o, es_dc(e, o, c), c

    # ------------------------------------------------------------ italian ids
    def piva(self):
        return luhn_complete(self.digits(7, True) + self.pick("001", "012", "015", "037", "058", "063", "072", "096"))

    def codice_fiscale(self):
        cons = "BCDFGLMNPRSTVZ"
        s = self.s(cons, 3) + self.s(cons, 3) + self.digits(2) + self.pick("ABCDEHLMPRST") + \
            f"{self.r.randint(1, 71):02d}" + self.pick("A", "B", "C", "D", "F", "H", "L", "G") + self.digits(3)
        return s + cf_check(s)

    def phone(self, it=True):
        if it:
            return self.pick(f"+39 3{self.digits(2)} {self.digits(3)} {self.digits(4)}",
                             f"3{self.digits(2)}-{self.digits(7)}", f"02 {self.digits(4)} {self.digits(4)}",
                             f"+39 06 {self.digits(8)}", f"800 {self.digits(3)} {self.digits(3)}")
        return self.pick(f"+44 20 {self.digits(4)} {self.digits(4)}", f"+1 (415) {self.digits(3)}-{self.digits(4)}",
                         f"+44 7{self.digits(3)} {self.digits(6)}", f"0800 {self.digits(3)} {self.digits(4)}")

    # ------------------------------------------------------------ tokens
    def jwt(self, kind="access", iss=None, sig_len=None, alg=None):
        alg = alg or self.pick("RS256", "HS256", "ES256", "RS256", "PS256")
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256" and self.r.random() < 0.7:
            hdr["kid"] = self.pick(self.hexs(16), self.s(ALNUM, 22), "k" + self.digits(4))
        now = self.r.randint(1704067200, 1767225600)
        iss = iss or self.pick("https://auth.paganinipay.it", "https://login.acmepay.example", "https://id.fatturalampo.io/oauth2",
                               "https://sso.orbita-payments.com", "https://accounts.nimbusbilling.dev")
        pl = {"iss": iss, "sub": self.pick(self.uuid(), "usr_" + self.s(ALNUM, 14), self.digits(9)),
              "aud": self.pick("api", "https://api.paganinipay.it", "payments", "acme-pay-prod"),
              "iat": now, "exp": now + self.pick(300, 900, 3600, 86400)}
        if kind == "access":
            pl["scope"] = self.pick("payments:read payments:write", "openid profile", "accounts transactions",
                                    "invoices.read", "admin")
        else:
            pl["typ"] = "Refresh"
            pl["jti"] = self.uuid()
        if self.r.random() < 0.5:
            pl["azp"] = self.pick("acme-pay-prod", "paganini-web", "ftl-mobile")

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        if sig_len is None:
            sig_len = {"HS256": 32, "ES256": 64}.get(alg, 256)
        return f"{enc(hdr)}.{enc(pl)}.{self.b64(sig_len, url=True)}"

    def opaque(self, n=None):
        return self.s(ALNUM, n or self.pick(32, 40, 43, 48, 64))

    def own_api_key(self):
        return self.pick(
            "acp_live_" + self.s(ALNUM, 32),
            "pgn_sk_" + self.s(ALNUM, 40),
            "ftl_" + self.hexs(40),
            "orb_prod_" + self.s(ALNUM, 28),
            "nmb-" + self.s(UPPER_ALNUM, 8) + "-" + self.s(UPPER_ALNUM, 24),
            self.hexs(32),
            self.s(ALNUM, 40),
            "sk_prod_" + self.s(ALNUM, 36),
        )

    def session_cookie(self):
        return self.pick(self.s(ALNUM, 32), self.b64(48, url=True), "s%3A" + self.s(ALNUM, 32) + "." + self.b64(32, pad=False).replace("/", "%2F").replace("+", "%2B"),
                         self.hexs(64))

    def refresh(self):
        return self.pick(
            "rt_" + self.s(ALNUM, 48),
            "1//0" + self.s(B64URL, 98),
            self.s(ALNUM, 64),
            "def50200" + self.hexs(180),
            self.jwt(kind="refresh"),
            "v1.M" + self.s(B64URL, 78),
        )

    def client_secret(self):
        return self.pick(
            self.s(ALNUM, 40),
            self.b64(32, url=True),
            "cs_" + self.s(ALNUM, 40),
            self.s(ALNUM + "~._-", 34),
            self.hexs(64),
            "GOCSPX-" + self.s(B64URL, 28),
        )

    def google_access(self):
        return "ya29.a0" + self.s(B64URL, 150)

    # vendor keys -> (label, value)
    def vendor(self, which=None):
        w = which or self.pick("aws", "stripe", "stripe_rk", "github", "github_pat", "gitlab", "slack", "google",
                               "sendgrid", "twilio", "openai", "npm", "mailgun", "shopify", "do", "azure",
                               "whsec", "telegram", "pypi", "square", "anthropic", "adyen", "datadog", "nexi", "heroku")
        r = self.r
        if w == "aws":
            return "AWS secret access key", self.s(ALNUM + "/+", 40)
        if w == "aws_id":
            return "AWS access key id", "AKIA" + self.s(string.ascii_uppercase + "234567", 16)
        if w == "stripe":
            return "Stripe secret key", "sk_live_" + self.pick("51" + self.s(ALNUM, 97), self.s(ALNUM, 24))
        if w == "stripe_test":
            return "Stripe test key", "sk_test_" + "51" + self.s(ALNUM, 97)
        if w == "stripe_rk":
            return "Stripe restricted key", "rk_live_" + "51" + self.s(ALNUM, 97)
        if w == "github":
            return "GitHub token", self.pick("ghp_", "gho_", "ghs_", "ghu_") + self.s(ALNUM, 36)
        if w == "github_pat":
            return "GitHub fine-grained PAT", "github_pat_11" + self.s(UPPER_ALNUM, 20) + "_" + self.s(ALNUM, 59)
        if w == "gitlab":
            return "GitLab PAT", "glpat-" + self.s(ALNUM + "_-", 20)
        if w == "slack":
            return "Slack token", self.pick("xoxb-", "xoxp-") + self.digits(12, True) + "-" + self.digits(13, True) + "-" + self.s(ALNUM, 24)
        if w == "slack_hook":
            return "Slack webhook", f"https://hooks.slack.com/services/T{self.s(UPPER_ALNUM, 10)}/B{self.s(UPPER_ALNUM, 10)}/{self.s(ALNUM, 24)}"
        if w == "google":
            return "Google API key", "AIza" + self.s(ALNUM + "_-", 35)
        if w == "sendgrid":
            return "SendGrid key", "SG." + self.s(B64URL, 22) + "." + self.s(B64URL, 43)
        if w == "twilio":
            return "Twilio auth token", self.hexs(32)
        if w == "twilio_sk":
            return "Twilio API key", "SK" + self.hexs(32)
        if w == "openai":
            return "OpenAI key", "sk-proj-" + self.s(B64URL, 120)
        if w == "anthropic":
            return "Anthropic key", "sk-ant-api03-" + self.s(B64URL, 93) + "AA"
        if w == "npm":
            return "npm token", "npm_" + self.s(ALNUM, 36)
        if w == "pypi":
            return "PyPI token", "pypi-AgEIcHlwaS5vcmc" + self.s(B64URL, 140)
        if w == "mailgun":
            return "Mailgun key", "key-" + self.hexs(32)
        if w == "shopify":
            return "Shopify token", self.pick("shpat_", "shpss_") + self.hexs(32)
        if w == "do":
            return "DigitalOcean token", "dop_v1_" + self.hexs(64)
        if w == "azure":
            return "Azure storage key", self.b64(64)
        if w == "whsec":
            return "Stripe webhook secret", "whsec_" + self.s(ALNUM, 32)
        if w == "telegram":
            return "Telegram bot token", self.digits(10, True) + ":AA" + self.s(B64URL, 33)
        if w == "square":
            return "Square token", self.pick("EAAA" + self.s(B64URL, 60), "sq0csp-" + self.s(B64URL, 43))
        if w == "adyen":
            return "Adyen API key", "AQE" + self.s(ALNUM, 9) + "+" + self.s(ALNUM, 12) + "/" + self.s(ALNUM, 40) + "=-" + self.s(ALNUM + "+/", 44) + "=-" + self.s(ALNUM, 6)
        if w == "datadog":
            return "Datadog API key", self.hexs(32)
        if w == "nexi":
            return "Nexi XPay chiave segreta", self.s(UPPER_ALNUM, 32)
        if w == "heroku":
            return "Heroku API key", self.uuid()
        if w == "paypal":
            return "Braintree access token", f"access_token$production${self.s(string.ascii_lowercase + string.digits, 16)}${self.hexs(32)}"
        if w == "mapbox":
            return "Mapbox secret token", "sk.eyJ1Ijoi" + self.s(B64URL, 40) + "." + self.s(B64URL, 22)
        raise ValueError(w)

    def aws_pair(self):
        return "AKIA" + self.s(string.ascii_uppercase + "234567", 16), self.s(ALNUM + "/+", 40)

    def pem(self, kind=None, lines=None):
        kind = kind or self.pick("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY")
        n = lines or {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}.get(kind, self.r.randint(8, 14))
        body = []
        lead = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE",
                "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        first = lead + self.s(B64, width - len(lead))
        body.append(first)
        for _ in range(n - 2):
            body.append(self.s(B64, width))
        body.append(self.s(B64, self.r.randint(10, width - 4)) + self.pick("==", "=", ""))
        return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"

    def pubkey(self):
        return self.pick(
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + self.s(B64, 20) + "\n" +
            "\n".join(self.s(B64, 64) for _ in range(5)) + "\n" + self.s(B64, 20) + "IDAQAB\n-----END PUBLIC KEY-----",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(B64, 43) + " " + self.pick("deploy@ci-runner-04", "giulia@laptop", "ops@bastion"),
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.s(B64, 180) + "== jenkins@build",
        )

    def cert(self):
        return "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + self.s(B64, 44) + "\n" + \
            "\n".join(self.s(B64, 64) for _ in range(self.r.randint(5, 9))) + "\n" + self.s(B64, 30) + "=\n-----END CERTIFICATE-----"

    def sha256(self):
        return hashlib.sha256(self.s(ALNUM, 20).encode()).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.s(ALNUM, 20).encode()).hexdigest()

    def commit(self, short=False):
        h = self.sha1()
        return h[:7] if short else h

    def password(self, strong=None):
        r = self.r
        words_it = ["Primavera", "Gatto", "Girasole", "Trombone", "Vesuvio", "Cannolo", "Lampone", "Zafferano", "Pinguino",
                    "Tramonto", "Marmotta", "Biscotto", "Ciliegia", "Farfalla", "Gondola", "Pistacchio", "Barolo"]
        words_en = ["Sunflower", "Harbour", "Penguin", "Marmalade", "Copper", "Falcon", "Thistle", "Quasar", "Juniper",
                    "Lantern", "Walrus", "Nebula", "Pepper", "Ember"]
        kind = strong or r.choices(["word", "leet", "random", "phrase", "mixed"], weights=[30, 15, 30, 10, 15])[0]
        if kind == "word":
            w = self.pick(words_it + words_en)
            return w + self.pick(str(r.randint(1, 99)), str(r.randint(1970, 2026)), "") + self.pick("!", "#", "$", "?", "*", "@", "!!", ".")
        if kind == "leet":
            w = self.pick(words_it + words_en)
            w = w.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
            return w + self.pick("!", "#", "_" + self.digits(2), self.digits(3))
        if kind == "random":
            return self.s(ALNUM + "!#$%&*+-=?@^_~", self.r.randint(12, 24))
        if kind == "phrase":
            ws = [w.lower() for w in r.sample(words_it + words_en, 4)]
            return self.pick("-", ".", "_", " ").join(ws)
        if kind == "mixed":
            return self.pick(words_it + words_en)[:5] + self.pick("-", "_", ".", "") + self.s(ALNUM, 6) + self.pick("!", "#", "9", "%")
        raise ValueError

    def pin(self, n=None):
        n = n or self.r.choices([4, 5, 6, 8], weights=[45, 5, 45, 5])[0]
        while True:
            p = self.digits(n)
            if len(set(p)) > 1 and p not in ("1234", "123456", "0000"):
                return p


IT_WORDS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def words_for(digits, lang):
    w = IT_WORDS if lang == "it" else EN_WORDS
    return [w[int(c)] for c in digits if c.isdigit()]
