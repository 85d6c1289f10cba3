"""Shared value generators, template engine and validator for the holdout2 corpora.

All values are invented: cards come from test ranges with a Luhn check digit,
IBANs and national account numbers carry computed check digits, tokens are
random characters. Nothing here was derived from the guard's code or tests.
"""
import base64
import json
import random
import re
import string
import time

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"

# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = re.sub(r"[\s\-\u00a0.]", "", iban).upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16,
            "AT": 20, "CH": 21, "PT": 25, "IE": 22, "SM": 27, "LU": 20, "MT": 31,
            "PL": 28, "GR": 27, "FI": 18, "SI": 19, "HR": 21, "DK": 18, "SE": 24}

_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def fr_rib_key(banque, guichet, compte):
    return 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)


def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s10)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_ccc_ok(ccc):
    d = re.sub(r"\D", "", ccc)
    return len(d) == 20 and int(d[8]) == es_dc("00" + d[:8]) and int(d[9]) == es_dc(d[10:])


def fr_rib_ok(rib):
    d = re.sub(r"\D", "", rib)
    return len(d) == 23 and int(d[21:]) == fr_rib_key(d[:5], d[5:10], d[10:21])


def it_bban_ok(bban):
    s = re.sub(r"[\s\-]", "", bban).upper()
    return len(s) == 23 and s[0] == it_cin(s[1:6], s[6:11], s[11:])


# ---------------------------------------------------------------- random helpers

class R(random.Random):
    def s(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def digits(self, n, lead_nonzero=False):
        d = self.s(string.digits, n)
        if lead_nonzero and d[0] == "0":
            d = self.choice("123456789") + d[1:]
        return d

    def mixed(self, n):
        """random alnum with at least one digit, upper and lower"""
        while True:
            v = self.s(ALNUM, n)
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
                return v

    def pick(self, seq):
        return self.choice(seq)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- names / fillers

FIRST_IT = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Davide", "Sara", "Matteo", "Elena",
            "Federico", "Valentina", "Simone", "Martina", "Andrea", "Silvia", "Roberto", "Paola", "Stefano", "Ilaria",
            "Gianluca", "Beatrice", "Tommaso", "Irene", "Nicola", "Laura", "Pietro", "Anna", "Riccardo", "Marta"]
LAST_IT = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
           "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone"]
FIRST_EN = ["James", "Olivia", "Harry", "Amelia", "Jack", "Isla", "Noah", "Emily", "Oscar", "Grace", "Liam",
            "Chloe", "Ethan", "Sophie", "Mason", "Ruby", "Lucas", "Freya", "Henry", "Alice", "Priya", "Tom",
            "Hannah", "Daniel", "Zoe", "Samuel", "Megan", "Owen", "Leah", "Rory"]
LAST_EN = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
           "Walker", "Evans", "Thomas", "Roberts", "Green", "Hall", "Wood", "Hughes", "Clarke", "Turner", "Baker",
           "Murphy", "Kelly", "Shaw", "Price", "Hill", "Cooper", "Ward", "Morris", "King"]
FIRST_DE = ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Mia", "Paul", "Lena"]
LAST_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"]
FIRST_FR = ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules", "Manon", "Théo"]
LAST_FR = ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Girard"]
FIRST_ES = ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Álvaro", "Carmen", "Diego"]
LAST_ES = ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"]

PROVIDERS = ["pagaflux", "tesoreria-api", "cassaviva", "openbank-hub", "paylane", "fidopay", "bonifico-rapido",
             "clearmint", "sepaway", "incassi-pro", "northpay", "lirapay", "quickledger", "fatturabox"]
COMPANIES_IT = ["Bottega Digitale srl", "Ferramenta Galli snc", "Ottica Moretti", "Pasticceria Conti",
                "Cantina Rinaldi", "Studio Leone & Associati", "Autofficina Caruso", "Libreria Mariani",
                "Farmacia Santoro", "Hotel Belvedere", "Ortofrutta Greco", "Agriturismo La Quercia"]
COMPANIES_EN = ["Quayside Marine Ltd", "Brightcart", "Hollow Oak Coffee", "Northwind Bikes", "Pennyworth Books",
                "Silverline Travel", "Copperleaf Studio", "Harbour Lane Dental", "Fernhill Organics", "Kitebox"]
BICS = ["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "BAPPIT21AN8", "CRPPIT2P", "DEUTDEFF", "COBADEFFXXX",
        "BNPAFRPP", "SOGEFRPP", "CAIXESBB", "BBVAESMM", "NWBKGB2L", "BARCGB22", "ABNANL2A", "BSCHITMM"]
ABIS = ["03069", "02008", "05034", "03062", "01030", "05387", "06230", "03111", "05696", "08327", "03440", "05584"]
CITIES_IT = ["Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Firenze", "Genova", "Palermo",
             "Trento", "Brescia", "Lecce", "Parma", "Vicenza"]


def client_id(r):
    return r.pick(["acme", "bottega", "cassa", "shop", "erp", "b2b", "pos", "kiosk", "app", "portal"]) + "-" + \
        r.pick(["pay", "web", "ios", "android", "backoffice", "batch", "sync", "gateway"]) + "-" + \
        r.pick(["prod", "sandbox", "staging", "test", "live", "dev"])


def uuid4(r):
    h = r.s(HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def phone_it(r):
    return r.pick(["+39 3", "3", "+39 3", "0039 3"]) + r.digits(2) + r.pick([" ", "", "-"]) + r.digits(3) + r.pick([" ", ""]) + r.digits(r.pick([3, 4]))


def phone_en(r):
    return r.pick(["+44 7", "07"]) + r.digits(3) + " " + r.digits(6)


def amount_it(r):
    v = r.randint(100, 999999)
    e, c = divmod(v, 100)
    es = f"{e:,}".replace(",", ".")
    return r.pick([f"€ {es},{c:02d}", f"{es},{c:02d} €", f"EUR {es},{c:02d}", f"{es},{c:02d} euro"])


def amount_en(r):
    v = r.randint(100, 999999)
    e, c = divmod(v, 100)
    return r.pick([f"£{e:,}.{c:02d}", f"€{e:,}.{c:02d}", f"EUR {e}.{c:02d}", f"{e:,}.{c:02d} GBP"])


def date_it(r):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.pick([2024, 2025, 2026])}"


def date_iso(r):
    return f"{r.pick([2024, 2025, 2026])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def ts_iso(r):
    return f"{date_iso(r)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.digits(3)}Z"


def time_hm(r):
    return f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"


# ---------------------------------------------------------------- secret objects

CARD_PREFIXES = [("4111", 16), ("4242", 16), ("4000", 16), ("4539", 16), ("4532", 16), ("4716", 16),
                 ("4024", 16), ("5555", 16), ("5105", 16), ("5200", 16), ("5425", 16), ("2223", 16),
                 ("2720", 16), ("6011", 16), ("3782", 15), ("3714", 15), ("3566", 16), ("4917", 16),
                 ("5186", 16), ("4484", 16)]


def card_digits(r, valid=True, prefix=None):
    p, n = prefix or r.pick(CARD_PREFIXES)
    body = p + r.digits(n - len(p) - 1)
    c = luhn_digit(body)
    if not valid:
        c = r.pick([x for x in "0123456789" if x != c])
    return body + c


def card_format(r, d, style=None):
    amex = len(d) == 15
    styles = ["plain", "sp", "sp", "dash", "dot", "odd", "nbsp", "dblsp", "slash", "under"]
    st = style or r.pick(styles)
    if amex:
        sizes = [4, 6, 5]
    else:
        sizes = [4, 4, 4, 4]
    if st == "plain":
        return d
    if st == "sp":
        return group(d, sizes, " ")
    if st == "dash":
        return group(d, sizes, "-")
    if st == "dot":
        return group(d, sizes, ".")
    if st == "nbsp":
        return group(d, sizes, "\u00a0")
    if st == "dblsp":
        return group(d, sizes, "  ")
    if st == "slash":
        return group(d, sizes, " / ")
    if st == "under":
        return group(d, sizes, "_")
    if st == "odd":
        k = r.randint(0, 3)
        if k == 0:
            return group(d, [4, 6, len(d) - 10], " ")
        if k == 1:
            return group(d, [3, 3, 3, 3, 3, 3], " ")
        if k == 2:
            return d[:4] + " " + d[4:8] + "-" + d[8:12] + " " + d[12:]
        return group(d, [6, 6, len(d) - 12], " ")
    if st == "wrap":
        return group(d, sizes, " ").replace(" ", "\n", 1) if r.random() < 0.5 else d[:8] + "\n" + d[8:]
    raise ValueError(st)


class Card:
    def __init__(self, r, valid=True):
        self.r = r
        self.d = card_digits(r, valid)
        self.valid = valid

    def fmt(self, st):
        return card_format(self.r, self.d, st)


def _bank_it(r):
    abi = r.pick(ABIS)
    cab = r.digits(5, True)
    conto = r.pick(["0000", "1000", "0100", "CC00", "0000"]) + r.digits(8, True)
    cin = it_cin(abi, cab, conto)
    return abi, cab, conto, cin


def make_iban(r, cc):
    if cc == "IT" or cc == "SM":
        abi, cab, conto, cin = _bank_it(r)
        return iban_make(cc, cin + abi + cab + conto)
    if cc == "DE":
        return iban_make(cc, r.digits(8, True) + r.digits(10, True))
    if cc == "FR":
        b, g, c = r.digits(5, True), r.digits(5), r.digits(11)
        return iban_make(cc, b + g + c + f"{fr_rib_key(b, g, c):02d}")
    if cc == "ES":
        e, o, cu = r.digits(4, True), r.digits(4), r.digits(10)
        return iban_make(cc, e + o + f"{es_dc('00' + e + o)}{es_dc(cu)}" + cu)
    if cc == "GB":
        return iban_make(cc, r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(6, True) + r.digits(8))
    if cc == "NL":
        return iban_make(cc, r.pick(["ABNA", "INGB", "RABO"]) + r.digits(10))
    if cc == "BE":
        b = r.digits(10)
        k = int(b) % 97 or 97
        return iban_make(cc, b + f"{k:02d}")
    if cc == "AT":
        return iban_make(cc, r.digits(16, True))
    if cc == "CH":
        return iban_make(cc, r.digits(17, True))
    if cc == "PT":
        return iban_make(cc, r.digits(21, True))
    if cc == "IE":
        return iban_make(cc, r.pick(["AIBK", "BOFI"]) + r.digits(14, True))
    if cc == "LU":
        return iban_make(cc, r.digits(16, True))
    raise ValueError(cc)


IBAN_CC_WEIGHTED = ["IT"] * 6 + ["DE"] * 2 + ["FR"] * 2 + ["ES"] * 2 + ["GB", "NL", "BE", "AT", "CH", "PT", "IE", "LU", "SM"]


def iban_fmt(r, s, st=None):
    st = st or r.pick(["c", "s", "s", "s", "c", "dash", "wrap", "it", "nbsp"])
    if st == "it" and s[:2] not in ("IT", "SM"):
        st = "s"
    if st == "c":
        return s
    if st == "s":
        return group4(s, " ")
    if st == "dash":
        return group4(s, "-")
    if st == "nbsp":
        return group4(s, "\u00a0")
    if st == "wrap":
        g = group4(s, " ")
        parts = g.split(" ")
        k = r.randint(2, len(parts) - 2)
        return " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    if st == "it" and s[:2] not in ("IT", "SM"):
        st = "s"
    if st == "it":  # Italian style: IT60 X054 2811 1010 0000 0123 456  or  IT 60 X 05428 11101 000000123456
        return f"{s[:2]} {s[2:4]} {s[4]} {s[5:10]} {s[10:15]} {s[15:]}"
    raise ValueError(st)


def bad_iban(r, cc=None):
    cc = cc or r.pick(IBAN_CC_WEIGHTED)
    s = make_iban(r, cc)
    while True:
        chk = f"{r.randint(2, 98):02d}"
        t = s[:2] + chk + s[4:]
        if chk != s[2:4] and not iban_ok(t):
            return t


# ---------------------------------------------------------------- passwords / pins / tokens

PW_WORDS_IT = ["Gelato", "Ciao", "Fragola", "Mare", "Sole", "Pizza", "Gatto", "Roma", "Juve", "Inter", "Milan",
               "Amore", "Tesoro", "Primavera", "Lavoro", "Ufficio", "Negozio", "Cassa", "Estate", "Leone", "Luna",
               "Vespa", "Bottega", "Girasole", "Nonna", "Stella", "Bassotto", "Limone", "Tramonto"]
PW_WORDS_EN = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Welcome", "Football", "Coffee", "Pepper",
               "Shadow", "Harbour", "Rocket", "Lemon", "Falcon", "Banana", "Biscuit", "Thunder", "Maple", "Orchid"]
PW_WORDS_DE = ["Sommer", "Fußball", "Hallo", "Schatz", "Kaffee", "Bayern", "Sonne"]
PW_WORDS_FR = ["Soleil", "Bonjour", "Chouette", "Fromage", "Papillon", "Marseille"]
PW_WORDS_ES = ["Verano", "Madrid", "Corazón", "Cerveza", "Sevilla", "Gato"]
SYMS = "!@#$%&*?.+=-_"


def password(r, lang="en", urlsafe=False):
    k = r.randint(0, 9)
    syms = "!*.-_~" if urlsafe else SYMS
    words = {"it": PW_WORDS_IT, "en": PW_WORDS_EN}.get(lang, PW_WORDS_EN)
    if k in (0, 1):
        v = r.pick(words) + r.pick(["", str(r.randint(1, 99)), str(r.randint(1970, 2026))]) + r.pick(syms) + r.digits(r.randint(0, 2))
        v = v if any(c.isdigit() for c in v) else v + r.digits(2)
    elif k == 2:
        v = r.pick(PW_WORDS_DE + PW_WORDS_FR + PW_WORDS_ES) + r.digits(r.randint(2, 4)) + r.pick(syms)
    elif k == 3:
        v = "".join(r.pick([str.upper, str.lower])(c) for c in r.pick(words)).replace("a", "4").replace("e", "3").replace("o", "0") + r.pick(syms) + r.digits(2)
    elif k in (4, 5, 6):
        n = r.randint(10, 20)
        v = ""
        while not (any(c.isdigit() for c in v) and any(c in syms for c in v) and any(c.isalpha() for c in v)):
            v = r.s(ALNUM + syms, n)
    elif k == 7:
        v = "-".join(r.pick(words).lower() for _ in range(3)) + r.pick(["", "-" + r.digits(2)])
    elif k == 8:
        v = r.pick(words) + r.pick(syms) + r.pick(words).lower() + r.digits(r.randint(1, 3))
    else:
        v = r.mixed(r.randint(9, 14))
    if urlsafe:
        v = "".join(c for c in v if c in ALNUM + "!*.-_~") or r.mixed(10)
        if len(v) < 8:
            v += r.mixed(4)
    if v[-1] in ".,-_=+":
        v += r.digits(1)
    return v


def pin(r, n=None):
    n = n or r.pick([4, 4, 5, 6, 6, 6, 8])
    while True:
        v = r.digits(n)
        if len(set(v)) > 1 and not v.startswith("19") and not v.startswith("20"):
            return v


PROV_PREFIX = ["pgf_live_", "pgf_test_", "tsr_prod_", "cv_live_", "obh_sk_", "plk_live_", "fdp_", "nrp_live_",
               "sptl_live_", "sptl_sbx_", "api_live_", "ak_prod_", "qlk_", "lp_live_", "ic_sk_prod_"]


def api_key(r):
    return r.pick(PROV_PREFIX) + r.mixed(r.randint(28, 44))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, refresh=False):
    alg = r.pick(["RS256", "RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.7:
        hdr["kid"] = r.s(HEX, r.pick([12, 16, 32]))
    iat = r.randint(1717000000, 1790000000)
    prov = r.pick(PROVIDERS)
    pl = {"iss": f"https://auth.{prov}.example", "sub": r.pick(["merchant:", "usr_", "acct_"]) + r.digits(6),
          "aud": r.pick(["payments-api", f"https://api.{prov}.example", "sportello"]),
          "iat": iat, "exp": iat + (r.pick([2592000, 7776000]) if refresh else r.pick([300, 900, 3600]))}
    if refresh:
        pl["typ"] = "Refresh"
    else:
        pl["scope"] = r.pick(["payments:write payments:read", "accounts:read", "payouts:write", "openid profile"])
    pl["client_id"] = client_id(r)
    pl["jti"] = uuid4(r)
    keys = list(pl.keys())
    r.shuffle(keys)
    pl = {k: pl[k] for k in keys}
    siglen = {"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43}[alg]
    return b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + r.s(B64URL, siglen)


def access_token(r):
    k = r.randint(0, 7)
    if k in (0, 1, 2):
        return jwt(r)
    if k in (3, 4):
        return api_key(r)
    if k == 5:
        return r.s(B64URL, r.randint(32, 48))
    if k == 6:
        return "at_" + r.mixed(40)
    return r.mixed(r.randint(36, 56))


def opaque_session(r):
    return r.pick(["s%3A", "", "", "eyJ"]) + r.s(ALNUM, r.randint(32, 48)) + r.pick(["", ".", "%2F"]) + r.s(ALNUM, r.randint(10, 30))


def client_secret(r):
    k = r.randint(0, 5)
    if k == 0:
        return "cs_" + r.pick(["live_", "prod_", ""]) + r.mixed(r.randint(32, 40))
    if k == 1:
        return r.s(B64URL, r.randint(32, 44))
    if k == 2:
        return r.s(HEX, 40)
    if k == 3:
        return r.mixed(r.randint(24, 40))
    if k == 4:
        return r.s(ALNUM + "~._-", 40)
    return "sec_" + r.mixed(32)


def refresh_token(r):
    k = r.randint(0, 5)
    if k == 0:
        return jwt(r, refresh=True)
    if k == 1:
        return "rt_" + r.mixed(r.randint(36, 48))
    if k == 2:
        return "def50200" + r.s(HEX, r.randint(120, 260))
    if k == 3:
        return r.s(B64URL, r.randint(60, 90))
    if k == 4:
        return "1//" + r.s(B64URL, 90)
    return "RT." + r.mixed(20) + "." + r.mixed(30)


def vendor_key(r, which=None):
    k = which or r.pick(["aws", "aws_secret", "stripe", "stripe_rk", "ghp", "gh_pat", "glpat", "slack", "slack_user",
                         "google", "sendgrid", "twilio", "npm", "shopify", "do", "mailgun", "vault", "docker",
                         "openai", "azure_sas", "whsec"])
    U = string.ascii_uppercase + string.digits
    return {
        "aws": lambda: r.pick(["AKIA", "ASIA"]) + r.s(U, 16),
        "aws_secret": lambda: r.s(ALNUM + "/+", 40),
        "stripe": lambda: r.pick(["sk_live_", "sk_test_"]) + r.mixed(r.pick([24, 99])),
        "stripe_rk": lambda: "rk_live_" + r.mixed(r.pick([24, 99])),
        "ghp": lambda: r.pick(["ghp_", "gho_", "ghs_"]) + r.mixed(36),
        "gh_pat": lambda: "github_pat_11" + r.s(string.ascii_uppercase + string.digits, 20) + "_" + r.mixed(59),
        "glpat": lambda: "glpat-" + r.s(ALNUM + "-_", 20),
        "slack": lambda: "xoxb-" + r.digits(11, True) + "-" + r.digits(13, True) + "-" + r.mixed(24),
        "slack_user": lambda: "xoxp-" + r.digits(11, True) + "-" + r.digits(11, True) + "-" + r.digits(13, True) + "-" + r.s(HEX, 32),
        "google": lambda: "AIza" + r.s(ALNUM + "-_", 35),
        "sendgrid": lambda: "SG." + r.s(ALNUM + "-_", 22) + "." + r.s(ALNUM + "-_", 43),
        "twilio": lambda: "SK" + r.s(HEX, 32),
        "npm": lambda: "npm_" + r.mixed(36),
        "shopify": lambda: r.pick(["shpat_", "shpss_"]) + r.s(HEX, 32),
        "do": lambda: "dop_v1_" + r.s(HEX, 64),
        "mailgun": lambda: "key-" + r.s(HEX, 32),
        "vault": lambda: "hvs." + r.mixed(24),
        "docker": lambda: "dckr_pat_" + r.s(ALNUM + "-_", 27),
        "openai": lambda: "sk-proj-" + r.s(ALNUM + "-_", 48),
        "azure_sas": lambda: r.s(ALNUM + "+/", 86) + "==",
        "whsec": lambda: "whsec_" + r.mixed(32),
    }[k]()


def pem(r, typ=None, indent="", nl="\n"):
    typ = typ or r.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    nlines = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}.get(typ, r.randint(8, 25))
    start = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA", "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0w"}[typ]
    width = 70 if typ == "OPENSSH PRIVATE KEY" else 64
    lines = []
    for i in range(nlines):
        ln = r.s(B64, width)
        if i == 0:
            ln = start + ln[len(start):]
        lines.append(ln)
    lines.append(r.s(B64, r.randint(8, 50)) + r.pick(["", "=", "=="]))
    body = (nl + indent).join(lines)
    return f"-----BEGIN {typ}-----{nl}{indent}{body}{nl}{indent}-----END {typ}-----"


def pem_public(r, typ=None):
    typ = typ or r.pick(["PUBLIC KEY", "CERTIFICATE"])
    lines = [r.s(B64, 64) for _ in range(r.randint(4, 12))]
    lines[0] = ("MIIBIjANBgkqhkiG9w0BAQEFAAOC" if typ == "PUBLIC KEY" else "MIIDdzCCAl+gAwIBAgIE") + lines[0][28:]
    lines.append(r.s(B64, 20) + "==")
    return f"-----BEGIN {typ}-----\n" + "\n".join(lines) + f"\n-----END {typ}-----"


# ---------------------------------------------------------------- template engine

class Ctx:
    """Holds the per-sample objects so a placeholder can be reused in one sample."""

    def __init__(self, r, lang):
        self.r = r
        self.lang = lang
        self.cache = {}
        self.secrets = []

    def sec(self, kind, value):
        self.secrets.append({"kind": kind, "value": value})
        return value

    def obj(self, key, factory):
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]


def _name(r, lang):
    if lang == "it":
        return r.pick(FIRST_IT) + " " + r.pick(LAST_IT)
    return r.pick(FIRST_EN) + " " + r.pick(LAST_EN)


def _bank_obj(r, country):
    if country == "it":
        abi, cab, conto, cin = _bank_it(r)
        return {"abi": abi, "cab": cab, "conto": conto, "cin": cin, "bban": cin + abi + cab + conto,
                "bban_s": f"{cin} {abi} {cab} {conto}", "iban": iban_make("IT", cin + abi + cab + conto)}
    if country == "de":
        blz = r.pick(["100", "200", "370", "500", "600", "700", "760", "430"]) + r.digits(5)
        konto = r.digits(r.pick([7, 8, 9, 10]), True)
        return {"blz": blz, "blz_s": f"{blz[:3]} {blz[3:6]} {blz[6:]}", "konto": konto,
                "iban": iban_make("DE", blz + konto.zfill(10))}
    if country == "fr":
        b, g, c = r.pick(["30004", "30003", "20041", "10278", "30066", "18206"]), r.digits(5), r.digits(11)
        key = f"{fr_rib_key(b, g, c):02d}"
        return {"banque": b, "guichet": g, "compte": c, "cle": key, "rib": f"{b} {g} {c} {key}",
                "rib_c": b + g + c + key, "iban": iban_make("FR", b + g + c + key)}
    if country == "es":
        e, o, cu = r.pick(["2100", "0049", "0182", "2085", "0081", "1465"]), r.digits(4), r.digits(10)
        dc = f"{es_dc('00' + e + o)}{es_dc(cu)}"
        return {"entidad": e, "oficina": o, "dc": dc, "cuenta": cu, "ccc": f"{e} {o} {dc} {cu}",
                "ccc_d": f"{e}-{o}-{dc}-{cu}", "ccc_c": e + o + dc + cu, "iban": iban_make("ES", e + o + dc + cu)}
    if country == "uk":
        sc = r.pick(["20", "40", "60", "30", "11", "77", "09"]) + r.digits(4)
        acct = r.digits(8, True)
        return {"sort": f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "sort_s": f"{sc[:2]} {sc[2:4]} {sc[4:]}", "sort_c": sc,
                "acct": acct, "iban": iban_make("GB", r.pick(["NWBK", "BARC", "LOYD", "HBUK"]) + sc + acct)}
    raise ValueError(country)


BANK_SECRET_FIELDS = {"conto", "bban", "bban_s", "konto", "compte", "rib", "rib_c", "cuenta", "ccc", "ccc_d", "ccc_c", "acct"}

PLACEHOLDER = re.compile(r"(?<!\$)\{([a-z_0-9]+)(?:\.([a-zA-Z_0-9]+))?\}")


def fill(template, ctx):
    r, lang = ctx.r, ctx.lang

    def rep(m):
        name, field = m.group(1), m.group(2)
        # ---- secrets
        if name.startswith("card"):
            c = ctx.obj(name, lambda: Card(r))
            if field == "last4":
                return c.d[-4:]
            if field == "exp":
                return ctx.obj(name + ".exp", lambda: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}")
            if field == "cvv":
                return ctx.obj(name + ".cvv", lambda: ctx.sec("cvv", r.digits(4 if len(c.d) == 15 else 3)))
            if field == "bin":
                return c.d[:6]
            key = name + "." + (field or "any")
            return ctx.obj(key, lambda: ctx.sec("card_number", c.fmt(field if field and field != "any" else None)))
        if name.startswith("cvv"):
            return ctx.obj(name, lambda: ctx.sec("cvv", r.digits(r.pick([3, 3, 3, 4]))))
        if name.startswith("iban"):
            cc = (name[4:].upper() or None)
            raw = ctx.obj(name + "#raw", lambda: make_iban(r, cc if cc and not cc.isdigit() else r.pick(IBAN_CC_WEIGHTED)))
            return ctx.obj(name + "." + str(field), lambda: ctx.sec("iban", iban_fmt(r, raw, field)))
        if name in ("it", "de", "fr", "es", "uk", "it2", "de2", "uk2"):
            b = ctx.obj("bank_" + name, lambda: _bank_obj(r, name[:2]))
            if field == "iban":
                return ctx.obj("bank_" + name + ".iban", lambda: ctx.sec("iban", b["iban"]))
            if field == "iban_s":
                return ctx.obj("bank_" + name + ".iban_s", lambda: ctx.sec("iban", group4(b["iban"])))
            v = b[field]
            if field in BANK_SECRET_FIELDS:
                return ctx.obj("bank_" + name + "." + field, lambda: ctx.sec("bank_account", v))
            return v
        if name.startswith("pw"):
            return ctx.obj(name + str(field), lambda: ctx.sec("password", password(r, lang, urlsafe=(field == "url"))))
        if name.startswith("pin"):
            n = int(field[1:]) if field and field.startswith("n") else None
            return ctx.obj(name + str(field), lambda: ctx.sec("pin", pin(r, n)))
        if name.startswith("otp"):
            def mko():
                v = pin(r, 6)
                if field == "sp":
                    v = v[:3] + " " + v[3:]
                elif field == "dash":
                    v = v[:3] + "-" + v[3:]
                elif field == "spaced":
                    v = " ".join(v)
                return ctx.sec("pin", v)
            return ctx.obj(name + str(field), mko)
        if field == "wrap" and name.startswith(("tok", "csec", "rtok", "vkey")):
            def mkw():
                sub = Ctx(r, lang)
                raw = fill("{" + name + "}", sub)
                k = r.randint(len(raw) // 3, 2 * len(raw) // 3)
                return ctx.sec(sub.secrets[0]["kind"], raw[:k] + "\n" + raw[k:])
            return ctx.obj(name + ".wrap", mkw)
        if name.startswith("tok"):
            gen = {"jwt": lambda: jwt(r), "key": lambda: api_key(r), "sess": lambda: opaque_session(r)}.get(field, lambda: access_token(r))
            return ctx.obj(name + str(field), lambda: ctx.sec("access_token", gen()))
        if name.startswith("csec"):
            return ctx.obj(name, lambda: ctx.sec("client_secret", client_secret(r)))
        if name.startswith("basic"):  # base64 of id:secret
            cid = ctx.obj("cid.None", lambda: client_id(r))
            return ctx.obj(name, lambda: ctx.sec("client_secret", base64.b64encode(f"{cid}:{client_secret(r)}".encode()).decode()))
        if name.startswith("upair"):  # id:secret pair
            cid = ctx.obj("cid.None", lambda: client_id(r))
            return ctx.obj(name, lambda: ctx.sec("client_secret", f"{cid}:{client_secret(r)}"))
        if name.startswith("rtok"):
            return ctx.obj(name, lambda: ctx.sec("refresh_token", refresh_token(r)))
        if name.startswith("vkey"):
            return ctx.obj(name + str(field), lambda: ctx.sec("vendor_key", vendor_key(r, field)))
        if name.startswith("pkey"):
            typ, _, mod = (field or "").partition("_")
            typ = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "ssh": "OPENSSH PRIVATE KEY", "p8": "PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY"}.get(typ)
            indent = " " * int(mod[1:]) if mod.startswith("i") else ""
            nl = "\\n" if mod == "esc" else "\n"
            return ctx.obj(name + str(field), lambda: ctx.sec("private_key", pem(r, typ, indent=indent, nl=nl)))
        if name.startswith("b64"):  # base64 of a secret, labelled with the kind of what it encodes
            def mk():
                sub = Ctx(r, lang)
                raw = fill("{" + name[3:] + ("." + field if field else "") + "}", sub)
                return ctx.sec(sub.secrets[0]["kind"], base64.b64encode(raw.encode()).decode())
            return ctx.obj(name + str(field), mk)
        # ---- look-alikes / fillers (never secrets)
        if name.startswith("badcard"):
            c = ctx.obj(name, lambda: Card(r, valid=False))
            return ctx.obj(name + str(field), lambda: c.fmt(field if field and field != "any" else None))
        if name.startswith("badiban"):
            cc = name[7:].upper() or None
            raw = ctx.obj(name + "#raw", lambda: bad_iban(r, cc))
            return ctx.obj(name + str(field), lambda: iban_fmt(r, raw, field))
        if name.startswith("pubkey"):
            return ctx.obj(name, lambda: pem_public(r, {"cert": "CERTIFICATE", "pub": "PUBLIC KEY"}.get(field)))
        F = FILLERS.get(name)
        if F is None:
            raise KeyError(name)
        return ctx.obj(name + "." + str(field), lambda: F(r, lang, ctx))

    return PLACEHOLDER.sub(rep, template)


def _masked_card(r, lang, ctx):
    l4 = r.digits(4)
    return r.pick([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{r.pick(['4539', '5555', '4111'])}********{l4}",
                   f"•••• {l4}", f"************{l4}", f"{r.pick(['4539', '5105'])} 12** **** {l4}", f"ending {l4}"])


def _masked_iban(r, lang, ctx):
    return r.pick([f"IT** **** **** **** **** ***{r.digits(1)} {r.digits(3)}", f"IT{r.digits(2)}X{'*' * 18}{r.digits(4)}",
                   f"DE** **** **** **** **{r.digits(2)} {r.digits(2)}", f"****{r.digits(4)}", f"IT{r.digits(2)} **** **** **** **** ****{r.digits(3)}"])


def _traceparent(r, l, c):
    return f"00-{r.s(HEX, 32)}-{r.s(HEX, 16)}-01"


def _order(r, l, c):
    return r.pick([f"ORD-{r.pick([2024, 2025, 2026])}-{r.digits(6)}", f"#{r.digits(6, True)}", f"A{r.digits(9)}",
                   f"SO{r.digits(8)}", f"{r.digits(4, True)}-{r.digits(5)}"])


def _invoice(r, l, c):
    return r.pick([f"FT {r.pick([2024, 2025, 2026])}/{r.digits(5)}", f"INV-{r.digits(6)}", f"{r.digits(3, True)}/{r.pick(['A', 'B', 'E'])}/{r.pick([2025, 2026])}",
                   f"FPR {r.digits(4)}/26"])


def _safe_long_digits(r, n):
    while True:
        v = r.digits(n, True)
        if not luhn_ok(v):
            return v


FILLERS = {
    "name": lambda r, l, c: _name(r, l),
    "name_it": lambda r, l, c: _name(r, "it"),
    "name_en": lambda r, l, c: _name(r, "en"),
    "first": lambda r, l, c: r.pick(FIRST_IT if l == "it" else FIRST_EN),
    "first2": lambda r, l, c: r.pick(FIRST_IT if l == "it" else FIRST_EN),
    "surname": lambda r, l, c: r.pick(LAST_IT if l == "it" else LAST_EN),
    "name_de": lambda r, l, c: r.pick(FIRST_DE) + " " + r.pick(LAST_DE),
    "name_fr": lambda r, l, c: r.pick(FIRST_FR) + " " + r.pick(LAST_FR),
    "name_es": lambda r, l, c: r.pick(FIRST_ES) + " " + r.pick(LAST_ES),
    "company": lambda r, l, c: r.pick(COMPANIES_IT if l == "it" else COMPANIES_EN),
    "prov": lambda r, l, c: r.pick(PROVIDERS),
    "host": lambda r, l, c: r.pick(["api", "sandbox.api", "auth", "pay", "gateway"]) + "." + c.obj("prov.None", lambda: r.pick(PROVIDERS)) + ".example",
    "dbhost": lambda r, l, c: r.pick(["db-prod-01.internal", "10.0.3.17", "pg.bottega.lan", "mysql-primary.svc.cluster.local", "127.0.0.1", "rds-eu-south-1.example.internal"]),
    "user": lambda r, l, c: r.pick(["admin", "app_user", "sportello", "payments_rw", "root", "svc_batch", "deploy", "cassa", "integrazione", "postgres"]),
    "email": lambda r, l, c: r.pick(FIRST_IT + FIRST_EN).lower() + "." + r.pick(LAST_EN + ["rossi", "bianchi", "greco"]).lower() + "@" + r.pick(["gmail.com", "libero.it", "outlook.com", "bottegadigitale.it", "northwind.co.uk", "hotmail.it"]),
    "uuid": lambda r, l, c: uuid4(r),
    "uuid2": lambda r, l, c: uuid4(r),
    "uuid3": lambda r, l, c: uuid4(r),
    "payid": lambda r, l, c: r.pick(["pay_", "pi_", "py_", "po_", "tr_", "ch_"]) + r.s(ALNUM, r.pick([14, 24])),
    "payid2": lambda r, l, c: r.pick(["pay_", "pi_", "refund_", "po_"]) + r.s(ALNUM, r.pick([14, 24])),
    "taskid": lambda r, l, c: r.pick(["task_", "job_", "batch_", "evt_", "wh_"]) + r.s(string.ascii_lowercase + string.digits, r.pick([12, 20, 26])),
    "traceid": lambda r, l, c: r.s(HEX, 32),
    "spanid": lambda r, l, c: r.s(HEX, 16),
    "traceparent": _traceparent,
    "reqid": lambda r, l, c: r.pick(["req_", "", "rq-"]) + r.s(string.ascii_lowercase + string.digits, r.pick([16, 20, 26])),
    "commit": lambda r, l, c: r.s(HEX, 40),
    "short": lambda r, l, c: r.s(HEX, 7),
    "sha256": lambda r, l, c: r.s(HEX, 64),
    "md5": lambda r, l, c: r.s(HEX, 32),
    "cid": lambda r, l, c: client_id(r),
    "cid2": lambda r, l, c: client_id(r),
    "order": _order,
    "order2": _order,
    "invoice": _invoice,
    "phone": lambda r, l, c: phone_it(r) if l == "it" else phone_en(r),
    "amount": lambda r, l, c: amount_it(r) if l == "it" else amount_en(r),
    "amount2": lambda r, l, c: amount_it(r) if l == "it" else amount_en(r),
    "date": lambda r, l, c: date_it(r) if l == "it" else r.pick([date_it(r), date_iso(r)]),
    "date2": lambda r, l, c: date_it(r) if l == "it" else date_iso(r),
    "isodate": lambda r, l, c: date_iso(r),
    "ts": lambda r, l, c: ts_iso(r),
    "ts2": lambda r, l, c: ts_iso(r),
    "time": lambda r, l, c: time_hm(r),
    "time2": lambda r, l, c: time_hm(r),
    "ip": lambda r, l, c: f"{r.pick([10, 172, 192, 185, 93])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "port": lambda r, l, c: str(r.pick([5432, 3306, 6379, 8080, 8443, 27017, 1433])),
    "bic": lambda r, l, c: r.pick(BICS),
    "abi": lambda r, l, c: r.pick(ABIS),
    "cab": lambda r, l, c: r.digits(5, True),
    "blz": lambda r, l, c: r.pick(["100", "200", "370", "500"]) + r.digits(5),
    "sort": lambda r, l, c: f"{r.pick(['20', '40', '60', '30'])}-{r.digits(2)}-{r.digits(2)}",
    "maskcard": _masked_card,
    "maskiban": _masked_iban,
    "last4": lambda r, l, c: r.digits(4),
    "exp": lambda r, l, c: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}",
    "n": lambda r, l, c: str(r.randint(2, 40)),
    "n2": lambda r, l, c: str(r.randint(2, 40)),
    "http": lambda r, l, c: r.pick(["400", "401", "403", "409", "422", "500", "502", "503"]),
    "status401": lambda r, l, c: r.pick(["401", "403"]),
    "ver": lambda r, l, c: f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
    "city": lambda r, l, c: r.pick(CITIES_IT),
    "longnum": lambda r, l, c: _safe_long_digits(r, 16),
    "num12": lambda r, l, c: r.digits(12, True),
    "num8": lambda r, l, c: r.digits(8, True),
    "num6": lambda r, l, c: r.digits(6, True),
    "num5": lambda r, l, c: r.digits(5, True),
    "num4": lambda r, l, c: r.digits(4, True),
    "num3": lambda r, l, c: r.digits(3, True),
    "hex8": lambda r, l, c: r.s(HEX, 8),
    "hex12": lambda r, l, c: r.s(HEX, 12),
    "rand20": lambda r, l, c: r.s(string.ascii_lowercase + string.digits, 20),
    "ph": lambda r, l, c: r.pick(["<your-token>", "YOUR_ACCESS_TOKEN", "${ACCESS_TOKEN}", "{{token}}", "<token>", "xxxxxxxxxxxxxxxx", "INSERISCI_QUI_IL_TOKEN", "$TOKEN", "<ACCESS_TOKEN>", "{{access_token}}", "***", "[REDACTED]", "changeme", "TODO"]),
    "phsec": lambda r, l, c: r.pick(["YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<client-secret>", "{{client_secret}}", "xxxxxxxx", "********", "[REDACTED]", "<redacted>", "CHANGE_ME", "%CLIENT_SECRET%", "$(CLIENT_SECRET)", "{{ .Values.clientSecret }}"]),
    "phpw": lambda r, l, c: r.pick(["<password>", "${DB_PASSWORD}", "********", "xxxxxx", "YOUR_PASSWORD", "{{ db_password }}", "[REDACTED]", "<la-tua-password>", "$PGPASSWORD", "%DB_PASS%", "•••••••••", "(hidden)"]),
    "region": lambda r, l, c: r.pick(["eu-south-1", "eu-west-1", "eu-central-1", "europe-west8", "westeurope"]),
    "ns": lambda r, l, c: r.pick(["payments", "prod", "sportello", "default", "integrations", "staging"]),
    "app": lambda r, l, c: r.pick(["checkout-api", "payout-worker", "webhook-relay", "erp-sync", "pos-bridge", "billing-svc"]),
    "dbname": lambda r, l, c: r.pick(["payments", "shop_prod", "erp", "cassa", "sportello", "gestionale"]),
    "pid": lambda r, l, c: str(r.randint(1000, 65000)),
    "ms": lambda r, l, c: str(r.randint(12, 30000)),
    "plainb64": lambda r, l, c: base64.b64encode(r.pick([b"admin", b"postgres", b"app_user", b"5432", b"payments", b"eu-south-1", b"true", b"info", b"https://api.pagaflux.example"])).decode(),
}


# ---------------------------------------------------------------- validator

WORD = re.compile(r"[A-Za-z0-9]")
DIGIT_RUN = re.compile(r"\d(?:[ \-.\u00a0_/]{0,3}\d)+")
IBAN_CAND = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ \-\u00a0]?[A-Z0-9]){10,30})")


def sample_problems(text, secrets):
    probs = []
    vals = [s["value"] for s in secrets]
    spans = []
    for s in secrets:
        v, k = s["value"], s["kind"]
        if not v or v not in text:
            probs.append(f"value not in text: {v!r}")
            continue
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            j = i + len(v)
            if (i > 0 and WORD.match(text[i - 1]) and WORD.match(v[0])) or (j < len(text) and WORD.match(text[j]) and WORD.match(v[-1])):
                probs.append(f"value embedded in larger token: {v!r}")
            spans.append((i, j, v))
            start = i + 1
        if k == "card_number":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                probs.append(f"bad card {v!r}")
        if k == "iban" and not iban_ok(v):
            probs.append(f"bad iban {v!r}")
        if k == "bank_account":
            c = re.sub(r"[\s\-]", "", v)
            if len(c) == 23 and c[0].isalpha() and not it_bban_ok(c):
                probs.append(f"bad it bban {v!r}")
            if len(c) == 20 and c.isdigit() and not es_ccc_ok(c):
                probs.append(f"bad ccc {v!r}")
            if len(c) == 23 and c.isdigit() and not fr_rib_ok(c):
                probs.append(f"bad rib {v!r}")
        if k in ("pin", "cvv"):
            if not re.fullmatch(r"[\d \-]+", v):
                probs.append(f"odd pin {v!r}")
            if len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", text)) != 1:
                probs.append(f"short value occurs more than once {v!r}")
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1] and a[2] != b[2]:
            probs.append(f"overlapping labels {a[2]!r} / {b[2]!r}")
    card_digits_lab = {re.sub(r"\D", "", s["value"]) for s in secrets if s["kind"] == "card_number"}
    covered = lambda i, j: any(a <= i and j <= b for a, b, _ in spans)
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in card_digits_lab and not covered(m.start(), m.end()):
            # only worry about runs that look like one number (uniform groups)
            probs.append(f"unlabelled luhn-valid run {m.group()!r}")
    ib_lab = {re.sub(r"[\s\-\u00a0]", "", s["value"]) for s in secrets if s["kind"] == "iban"}
    for m in IBAN_CAND.finditer(text.replace("\n", " ")):
        raw = re.sub(r"[\s\-\u00a0]", "", m.group(1))
        cc = raw[:2]
        if cc in IBAN_LEN and len(raw) >= IBAN_LEN[cc]:
            cand = raw[:IBAN_LEN[cc]]
            if iban_ok(cand) and cand not in ib_lab:
                probs.append(f"unlabelled valid iban {cand!r}")
    return probs


def build(gen_one, n, seed, prefix):
    """gen_one(r, i) -> (lang, style, text, secrets). Retries a sample until it validates."""
    out = []
    seen_texts = set()
    for i in range(n):
        for attempt in range(200):
            r = R(f"{seed}-{i}-{attempt}")
            lang, style, text, secrets = gen_one(r, i)
            # dedupe labels, keep order
            seen, sec = set(), []
            for s in secrets:
                key = (s["kind"], s["value"])
                if key not in seen:
                    seen.add(key)
                    sec.append(s)
            if not sample_problems(text, sec) and text not in seen_texts:
                break
        else:
            raise RuntimeError(f"sample {i} failed: {sample_problems(text, sec)}\n{text}")
        seen_texts.add(text)
        out.append({"id": f"{prefix}-{lang}-{i:04d}", "lang": lang, "style": style, "text": text, "secrets": sec})
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
