#!/usr/bin/env python3
"""Generator for the sealed guard corpus fresh33.

Style: "the public side: administrations, taxes and regulated paperwork".
Written blind to the guard (brief: docs/guard-corpora.md only).
Deterministic: python3 gen_fresh33.py  ->  fresh33.jsonl next to this file.
"""
import base64
import json
import os
import random
import re
import string
import uuid

SEED = 33_2026_1203
N_TOTAL = 1600
N_SECRET = 750
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh33.jsonl")

R = random.Random(SEED)

# ---------------------------------------------------------------- primitives

ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n, upper=False):
    s = rs(r, n, HEXL)
    return s.upper() if upper else s


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def rdigits(r, n, first_nonzero=False):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pick(r, seq):
    return r.choice(seq)


# ----------------------------------------------------------- check digits

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_raw(r):
    kind = r.random()
    if kind < 0.45:
        pre, ln = pick(r, ["4111", "4539", "4012", "4929", "4485", "4716", "4000"]), 16
    elif kind < 0.75:
        pre, ln = pick(r, ["51", "52", "53", "54", "55", "2221", "2720", "2223"]), 16
    elif kind < 0.88:
        pre, ln = pick(r, ["34", "37"]), 15
    else:
        pre, ln = pick(r, ["6011", "6500", "3528", "36"]), pick(r, [16, 16, 14])
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_bad(r):
    c = card_raw(r)
    last = int(c[-1])
    return c[:-1] + str((last + r.randint(1, 9)) % 10)


def fmt_card(r, c):
    st = r.random()
    if st < 0.35:
        return c
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    else:
        g = [c[i:i + 4] for i in range(0, len(c), 4)]
    sep = pick(r, [" ", " ", "-", ".", "  ", " - "])
    return sep.join(g)


CF_ODD = {}
_odd_vals = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
for i, ch in enumerate("0123456789"):
    CF_ODD[ch] = _odd_vals[i]
for i, ch in enumerate(string.ascii_uppercase):
    CF_ODD[ch] = _odd_vals[i]


def _even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    t = 0
    for i, ch in enumerate(s):
        t += CF_ODD[ch] if i % 2 == 0 else _even(ch)
    return chr(t % 26 + 65)


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid_mod(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


ABIS = ["03069", "02008", "05034", "03111", "01030", "05696", "08327", "03104", "06230", "05387", "03062", "07601"]


def it_parts(r):
    abi = pick(r, ABIS)
    cab = rdigits(r, 5)
    conto = rdigits(r, 12) if r.random() < 0.6 else "0000" + rdigits(r, 8)
    if r.random() < 0.15:
        conto = "CC" + rdigits(r, 10)
    cin = it_cin(abi, cab, conto)
    return cin, abi, cab, conto


def iban_raw(r, country=None):
    country = country or pick(r, ["IT"] * 6 + ["GB", "DE", "FR", "ES", "NL", "BE"])
    if country == "IT":
        cin, abi, cab, conto = it_parts(r)
        bban = cin + abi + cab + conto
    elif country == "GB":
        bban = pick(r, ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + rdigits(r, 6) + rdigits(r, 8)
    elif country == "DE":
        bban = rdigits(r, 8, True) + rdigits(r, 10)
    elif country == "FR":
        bban = rdigits(r, 5) + rdigits(r, 5) + rdigits(r, 11) + rdigits(r, 2)
    elif country == "ES":
        bban = rdigits(r, 20)
    elif country == "NL":
        bban = pick(r, ["ABNA", "INGB", "RABO"]) + rdigits(r, 10)
    else:
        bban = rdigits(r, 12)
    return country + iban_check(country, bban) + bban


def iban_bad(r, country=None):
    good = iban_raw(r, country)
    ck = int(good[2:4])
    new = (ck + r.randint(1, 60)) % 97
    if new < 2:
        new += 2
    bad = good[:2] + "%02d" % new + good[4:]
    if iban_valid_mod(bad):
        return iban_bad(r, country)
    return bad


def fmt_iban(r, i):
    if r.random() < 0.45:
        return i
    sep = pick(r, [" ", " ", " ", "-", "  "])
    return sep.join(i[k:k + 4] for k in range(0, len(i), 4))


def piva(r):
    body = rdigits(r, 7) + pick(r, ["001", "012", "015", "021", "036", "037", "058", "063", "080", "096"])
    s = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def cf_ente(r):
    # codice fiscale of a public body: 11 digits, usually starting with 8 or 9
    body = pick(r, ["8", "9", "0"]) + rdigits(r, 9)
    s = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


MONTHS = "ABCDEHLMPRST"


def cf_person(r):
    cons = "BCDFGHLMNPRSTVZ"
    vow = "AEIOU"
    s = "".join(r.choice(cons) for _ in range(2)) + r.choice(vow + cons)
    s += "".join(r.choice(cons) for _ in range(2)) + r.choice(vow + cons)
    s += "%02d" % r.randint(40, 99) + r.choice(MONTHS)
    day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
    s += "%02d" % day
    s += r.choice("ABCDEFGHLMFHL") + "%03d" % r.randint(1, 999)
    t = 0
    for i, ch in enumerate(s):
        t += CF_ODD[ch] if i % 2 == 0 else _even(ch)
    return s + chr(t % 26 + 65)


def tessera_sanitaria(r):
    return "80380" + "000" + rdigits(r, 12)


def iuv(r):
    return pick(r, ["0", "1", "2", "3"]) + rdigits(r, 16)


def codice_avviso(r, grouped=None):
    n = pick(r, ["3", "3", "3", "0", "1"]) + rdigits(r, 17)
    if grouped is None:
        grouped = r.random() < 0.5
    if grouped:
        return " ".join([n[0:4], n[4:8], n[8:12], n[12:16], n[16:]])
    return n


def cbill(r):
    return rs(r, 5, string.ascii_uppercase + string.digits)


def cig(r):
    return pick(r, ["Z", "8", "9", "A", "B"]) + rs(r, 9, "0123456789ABCDEF")


def cup(r):
    return pick(r, "BCDEFGHIJ") + rdigits(r, 2) + pick(r, "BCDEFGHIJ") + rdigits(r, 2) + rdigits(r, 9)


def protocollo(r):
    return pick(r, [
        "Prot. n. %07d/%d" % (r.randint(100, 99999), r.choice([2025, 2026])),
        "prot. %d del %02d/%02d/2026" % (r.randint(1000, 40000), r.randint(1, 28), r.randint(1, 11)),
        "REP_PROT %d/%07d" % (r.choice([2025, 2026]), r.randint(1, 99999)),
        "Protocollo n.%d/%s" % (r.randint(100, 99999), pick(r, ["E", "U", "I"])),
        "c_%s|%s|%07d|%s" % (rs(r, 4, string.ascii_lowercase), "AOO_" + rs(r, 3, string.ascii_uppercase), r.randint(1, 99999), "26/11/2026"),
    ])


def sdi_id(r):
    return str(r.randint(4_000_000_000, 19_999_999_999))


def marca_bollo(r):
    return "01" + rdigits(r, 12)


def peppol_id(r):
    return pick(r, [
        "0211:IT" + piva(r),
        "9906:IT" + piva(r),
        "0088:" + "57" + rdigits(r, 11),
        "0192:" + rdigits(r, 9),
        "0007:" + rdigits(r, 10),
        "9930:DE" + rdigits(r, 9),
        "0204:99" + rdigits(r, 3) + "-" + rdigits(r, 5) + "-" + rdigits(r, 2),
    ])


def fingerprint(r, n=32):
    return ":".join(rhex(r, 2, True) for _ in range(n))


def cert_serial(r):
    return pick(r, [rhex(r, 32), ":".join(rhex(r, 2) for _ in range(16)), str(r.randint(10**15, 10**20))])


def money(r, lang):
    v = r.randint(100, 2_500_000) / 100
    if lang == "it":
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return pick(r, ["€ " + s, s + " €", "EUR " + s, s])
    return pick(r, ["£" + "{:,.2f}".format(v), "EUR " + "{:.2f}".format(v), "{:,.2f} GBP".format(v), "€" + "{:,.2f}".format(v)])


def date_it(r):
    return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026]))


def date_iso(r):
    return "%d-%02d-%02dT%02d:%02d:%02d" % (r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def phone(r, lang):
    if lang == "it":
        return pick(r, ["+39 0%d %d" % (r.randint(10, 999), r.randint(100000, 9999999)), "3%d %d" % (r.randint(20, 99), r.randint(1000000, 9999999)), "0%d-%d" % (r.randint(10, 99), r.randint(100000, 999999))])
    return pick(r, ["+44 20 %d %d" % (r.randint(1000, 9999), r.randint(1000, 9999)), "0161 %d %d" % (r.randint(100, 999), r.randint(1000, 9999)), "07%d %d" % (r.randint(100, 999), r.randint(100000, 999999))])


# ------------------------------------------------------------ secret values

WORDS_IT = ["Girasole", "Tramonto", "Comune", "Ragioneria", "Anagrafe", "Tributi", "Gabbiano", "Castagna", "Vesuvio", "Dolomiti", "Fiordaliso", "Scoiattolo", "Lampione", "Portico", "Cipresso", "Biblioteca", "Ufficio", "Protocollo", "Marittimo", "Cometa"]
WORDS_EN = ["Harbour", "Council", "Thistle", "Lantern", "Meadow", "Granite", "Ledger", "Falcon", "Bramble", "Chapel", "Rowan", "Kestrel", "Pebble", "Quarry", "Copper", "Willow"]
SYMS = "!@#$%&*?_.-+="


def password(r, lang="it"):
    w = WORDS_IT if lang == "it" else WORDS_EN
    st = r.random()
    if st < 0.3:
        return pick(r, w) + rdigits(r, r.randint(2, 4)) + r.choice(SYMS)
    if st < 0.5:
        a = pick(r, w)
        leet = a.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
        return leet + r.choice(SYMS) + rdigits(r, 2)
    if st < 0.65:
        return "-".join(pick(r, w).lower() for _ in range(3)) + "-" + rdigits(r, 2)
    if st < 0.85:
        return rs(r, r.randint(10, 16), ALNUM + "!#%&*?@")
    return r.choice(SYMS) + pick(r, w)[:5] + rdigits(r, 4) + pick(r, w)[:3].upper()


def pw_safe(r, lang="it"):
    # passwords that are valid inside XML/JSON strings without escaping trouble
    while True:
        p = password(r, lang)
        if not any(c in p for c in "&<>\"\\'"):
            return p


def pw_url(r, lang="it"):
    while True:
        p = password(r, lang)
        if not any(c in p for c in "@/:?#%&+= "):
            return p


def jwt(r, kind="voucher", iss=None):
    if kind == "voucher":
        hdr = {"alg": "RS256", "kid": rs(r, 43, B64U), "typ": "at+jwt"}
        pl = {"aud": pick(r, ["https://api.interop.pagopa.it/anpr", "https://erogatore.example-ente.it/e-service/v1", "api.pagoPA.it/e-service/" + ruuid(r)[:8]]),
              "sub": ruuid(r), "nbf": 1764700000 + r.randint(0, 9999999), "purposeId": ruuid(r),
              "iss": iss or "interop.pagopa.it", "client_id": ruuid(r), "jti": ruuid(r)}
    elif kind == "assertion":
        hdr = {"kid": rs(r, 43, B64U), "alg": "RS256", "typ": "JWT"}
        cid = ruuid(r)
        pl = {"iss": cid, "sub": cid, "aud": "auth.interop.pagopa.it/client-assertion", "purposeId": ruuid(r), "jti": ruuid(r), "iat": 1764700000 + r.randint(0, 9999999)}
    elif kind == "ssa":
        hdr = {"alg": "PS256", "kid": rs(r, 27, B64U), "typ": "JWT"}
        pl = {"iss": "OpenBanking Ltd", "software_id": rs(r, 22, ALNUM), "org_id": "0015800001" + rs(r, 8, ALNUM), "software_roles": ["AISP", "PISP"], "software_client_name": pick(r, ["CouncilPay", "RatesConnect", "Tesoreria Connect"])}
    else:
        hdr = {"alg": pick(r, ["RS256", "ES256", "HS256"]), "typ": "JWT"}
        pl = {"sub": ruuid(r), "iss": iss or "https://auth.sportello-api.example/", "scope": pick(r, ["payments", "read write", "notices:read"]), "exp": 1764700000 + r.randint(0, 9999999)}
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(pl, separators=(",", ":")).encode())
    sig = rs(r, pick(r, [86, 342, 342, 43]), B64U)
    return h + "." + p + "." + sig


def pem_body(r, nlines):
    lines = [rs(r, 64, B64) for _ in range(nlines)]
    lines.append(rs(r, r.randint(8, 60), B64) + pick(r, ["", "=", "=="]))
    return lines


def private_pem(r, kind=None, eol="\n"):
    kind = kind or pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    n = 3 if kind == "EC PRIVATE KEY" else r.randint(6, 12)
    lines = pem_body(r, n)
    if kind == "EC PRIVATE KEY":
        lines[0] = "MHcCAQEEI" + lines[0][9:]
    elif kind == "RSA PRIVATE KEY":
        lines[0] = "MIIEpAIBAAKCAQEA" + lines[0][16:]
    else:
        lines[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + lines[0][32:]
    return eol.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


def cert_pem(r, eol="\n"):
    lines = pem_body(r, r.randint(6, 12))
    lines[0] = "MIID" + rs(r, 4, ALNUM) + "CCA" + lines[0][11:]
    return eol.join(["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])


def pub_pem(r, eol="\n"):
    lines = pem_body(r, r.randint(3, 6))
    lines[0] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + lines[0][44:]
    return eol.join(["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


def apim_key(r):
    return rhex(r, 32)


def notify_key(r):
    name = pick(r, ["live_key", "test_key", "teamkey", "council_live", "rates-reminders", "prod"])
    return "%s-%s-%s" % (name, ruuid(r), ruuid(r))


def govpay_key(r):
    return pick(r, ["api_live_", "api_test_"]) + rs(r, 58, string.ascii_lowercase + string.digits)


def hmrc_secret(r):
    return pick(r, [ruuid(r), rhex(r, 32), rs(r, 36, ALNUM)])


def hmrc_client_id(r):
    return rs(r, 28, ALNUM)


def provider_key(r):
    return pick(r, ["spt_live_", "spt_test_", "sk-", "", "SP-"]) + rs(r, r.randint(32, 44), ALNUM)


def aws_key(r):
    return "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "+/")


def basic_blob(r, user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


# ----------------------------------------------------------------- decoys

def masked(r, like=None):
    tail = (like or rs(r, 8, ALNUM))[-4:]
    return pick(r, ["****" + tail, "••••••••" + tail, "[OMISSIS]", "[REDACTED]", "XXXXXXXXXXXX", "********",
                    "(oscurato)", "*** rimosso ***", "<hidden>", "…" + tail, "xxxx-xxxx-" + tail, "[omissis ai sensi del GDPR]", "••••••"])


def placeholder(r, name="CLIENT_SECRET"):
    low = name.lower()
    return pick(r, ["<%s>" % low.replace("_", "-"), "YOUR_%s" % name, "${%s}" % name, "{{%s}}" % low, "xxxxxxxxxxxxxxxx",
                    "<inserire qui>", "LA_TUA_%s" % name, "%%%s%%" % name, "CHANGE_ME", "********"])


def env_read(r, name, lang_code=None):
    lang_code = lang_code or pick(r, ["py", "java", "php", "cs", "js", "sh", "spring"])
    return {
        "py": 'os.environ["%s"]' % name,
        "java": 'System.getenv("%s")' % name,
        "php": "getenv('%s')" % name,
        "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
        "js": "process.env.%s" % name,
        "sh": "$%s" % name,
        "spring": "${%s}" % name.lower().replace("_", "."),
    }[lang_code]


# -------------------------------------------------------------- world bits

COMUNI = ["Vallebruna", "Castelnuovo Sopramonte", "San Pietro al Colle", "Roccafranca", "Monteleone di Sabina", "Borgo Valsana",
          "Torre del Lago Alto", "Fontanelle", "Sant'Agata sul Tevere", "Pieve Ligure Nuova", "Castrovalle", "Serravalle Piana",
          "Montecorvo", "Camporosso Marina", "Villafranca Alta", "Pontelungo", "Casalnuovo Scalo", "Rivarolo Basso"]
ENTI_TIPO = ["Comune di", "Unione dei Comuni di", "Consorzio Servizi di", "ASL di", "Provincia di", "Istituto Comprensivo di", "Azienda Speciale di"]
UK_COUNCILS = ["Wexbury Borough Council", "North Hallam District Council", "Kingsmere City Council", "Aldercombe Parish Council",
               "Eastvale Unitary Authority", "Hollinsford County Council", "Port Ardley Harbour Board", "Greyminster Council"]
NOMI_IT = ["Giuseppe Ferraro", "Anna Colombo", "Marco Esposito", "Lucia Romano", "Francesca Greco", "Davide Bruno", "Chiara Galli",
           "Roberto Conti", "Elena Marchetti", "Paolo Villa", "Silvia Moretti", "Alessandro Barbieri", "Giulia Fontana", "Stefano Rinaldi",
           "Maria Grazia Caruso", "Antonio De Luca", "Federica Sala", "Luca Mancini", "Rosa Lombardi", "Vincenzo Amato"]
NOMI_EN = ["Sarah Whitfield", "James Okafor", "Priya Raman", "Tom Hargreaves", "Emma Lindqvist", "Daniel Price", "Aisha Begum",
           "Oliver Grant", "Megan Doyle", "Rhys Llewellyn", "Hannah Kowalski", "Callum Reid", "Fiona MacLeod", "Ben Adeyemi"]
FORNITORI = ["Municipia Digitale srl", "PA Connect S.p.A.", "Softlab Enti srl", "Halley-like Sistemi srl", "Civica Informatica scarl",
             "TributiNet srl", "GovBridge Ltd", "Council Systems Ltd", "Nexo PA srl", "Datalink Pubblica srl", "EntiCloud srl"]


def comune(r):
    return pick(r, ENTI_TIPO[:1] * 4 + ENTI_TIPO[1:]) + " " + pick(r, COMUNI)


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "" for c in s.split(" di ")[-1])
    return out[:18]


def pec_addr(r, ente):
    return pick(r, ["protocollo", "ragioneria", "tributi", "ced", "sistemiinformativi", "comune"]) + "@pec." + slug(ente) + ".it"


def person(r, lang):
    return pick(r, NOMI_IT if lang == "it" else NOMI_EN)


def email_of(r, name, dom):
    parts = name.lower().replace("'", "").split()
    return parts[0][0] + "." + parts[-1] + "@" + dom


def reqid(r):
    return pick(r, [ruuid(r), rhex(r, 32), "req_" + rs(r, 20, string.ascii_lowercase + string.digits), rhex(r, 16) + "-" + rhex(r, 8)])


# ------------------------------------------------------------ sample context

class C:
    def __init__(self, r, lang, sec):
        self.r = r
        self.lang = lang
        self.sec = sec
        self.secrets = []
        self.p_real = r.choice([0.5, 0.65, 0.8])

    @property
    def it(self):
        return self.lang == "it"

    def t(self, it, en):
        return it if self.it else en

    def s(self, kind, value):
        self.secrets.append({"kind": kind, "value": value})
        return value

    def real(self):
        return self.sec and self.r.random() < self.p_real

    def slot(self, kind, value, name="CLIENT_SECRET", code=None, force=None):
        """A credential slot: the real value (labelled) in secret samples, a decoy otherwise."""
        use = force if force is not None else self.real()
        if use:
            return self.s(kind, value)
        r = self.r
        if code:
            x = r.random()
            if x < 0.55:
                return env_read(r, name, code)
            if x < 0.8:
                return placeholder(r, name)
            return masked(r, value)
        return masked(r, value) if r.random() < 0.6 else placeholder(r, name)

    def p(self, *opts):
        return self.r.choice(opts)


def hello(c):
    r = c.r
    if c.it:
        return c.p("Buongiorno,", "Gentili,", "Spett.le Supporto,", "Ciao,", "Salve,", "Buonasera,", "Alla c.a. dell'assistenza tecnica,", "Gentile supporto,")
    return c.p("Hi,", "Hello team,", "Dear Support,", "Good morning,", "Hi there,", "Hello,", "Dear Sir or Madam,")


def bye(c, name=None):
    name = name or person(c.r, c.lang)
    if c.it:
        return c.p("Cordiali saluti", "Distinti saluti", "Grazie, saluti", "Resto in attesa di riscontro.\nCordialità", "Grazie mille", "Saluti") + "\n" + name
    return c.p("Kind regards", "Best", "Thanks", "Many thanks", "Regards", "Cheers") + ",\n" + name


# ============================================================== templates
# each: f(c) -> (style, text)

def t_pec_mail(c):
    r = c.r
    ente = comune(r)
    pec = pec_addr(r, ente)
    prot = protocollo(r)
    gest = pick(r, ["posta-certificata@legalmail.it", "posta-certificata@pec.aruba.it", "posta-certificata@sicurezzapostale.it", "posta-certificata@cert.legalmail.it"])
    msgid = "opec%d.%s.%d.%d.1.%d@%s" % (r.randint(200, 299), "2026" + rdigits(r, 10), r.randint(1000, 99999), r.randint(100, 999), r.randint(10, 99), gest.split("@")[1])
    nm = person(r, "it")
    av = codice_avviso(r)
    lines = []
    if c.it:
        lines += ["Da: \"Per conto di: %s\" <%s>" % (pec, gest), "Data: %s %02d:%02d" % (date_it(r), r.randint(8, 18), r.randint(0, 59)),
                  "Oggetto: POSTA CERTIFICATA: %s - %s" % (c.p("Richiesta assistenza integrazione pagoPA", "Segnalazione anomalia avvisi di pagamento", "Problema riconciliazione flussi", "Credenziali ambiente di collaudo"), prot),
                  "ID messaggio: " + msgid, "", "Messaggio di posta certificata", "Il giorno %s alle ore %02d:%02d il messaggio \"%s\" è stato inviato da \"%s\"" % (date_it(r), r.randint(8, 18), r.randint(0, 59), c.p("Richiesta assistenza", "Trasmissione dati"), pec),
                  "Il messaggio originale è incluso in allegato.", "Identificativo messaggio: " + msgid, "", "-----", hello(c), ""]
        body = c.p("con riferimento al contratto in essere (CIG %s) si segnala che l'avviso %s risulta pagato ma non rendicontato." % (cig(r), av),
                   "il %s segnala che dal %s le chiamate verso l'ambiente di collaudo restituiscono 401." % (ente, date_it(r)),
                   "si trasmettono, come da accordi telefonici, i dati per l'attivazione della stazione.")
        lines.append(body)
    else:
        lines += ["From: \"On behalf of: %s\" <%s>" % (pec, gest), "Date: %s" % date_it(r), "Subject: CERTIFIED MAIL: %s - %s" % (c.p("pagoPA integration support request", "payment notices not reconciled", "test environment credentials"), prot),
                  "Message-ID: " + msgid, "", hello(c), "", c.p("we are the IT supplier for the %s and are forwarding their certified mail (PEC) below." % ente,
                                                              "writing on behalf of the %s; their protocol office sent this by PEC, translation below." % ente)]
    lines.append("")
    real_any = False
    if c.sec or r.random() < 0.7:
        hdr = c.t(c.p("Dati di accesso:", "Credenziali ambiente di collaudo:", "Riepilogo configurazione:"), c.p("Access details:", "Test environment credentials:", "Configuration summary:"))
        lines.append(hdr)
        lines.append("- %s: %s" % (c.p("ID Stazione", "idStation", "Stazione"), "%s_%02d" % (cf_ente(r), r.randint(1, 20))))
        lines.append("- %s: %s" % (c.p("Codice fiscale ente", "CF Ente", "idPA"), cf_ente(r)))
        k = c.slot("vendor_key", apim_key(r), "PAGOPA_SUBSCRIPTION_KEY")
        lines.append("- %s: %s" % (c.p("Subscription key (primaria)", "Ocp-Apim-Subscription-Key", "Chiave API GPD", "API key pagoPA"), k))
        if r.random() < 0.6:
            pw = c.slot("password", password(r), "PEC_PASSWORD")
            lines.append("- %s %s: %s" % (c.p("Password", "Pwd", "password"), c.p("casella PEC", "PEC " + pec, "PEC"), pw))
        if r.random() < 0.4:
            lines.append("- Codice avviso di test: %s" % codice_avviso(r))
    lines += ["", c.t("Segnatura: " + prot, "Protocol stamp: " + prot), "", bye(c, nm)]
    if r.random() < 0.5:
        lines += ["", c.t("Il presente messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario.", "This message and any attachments are confidential.")]
    return "email", "\n".join(lines)


def t_gpd_curl(c):
    r = c.r
    key_real = c.real()
    key = apim_key(r)
    fc = cf_ente(r)
    iupd = "%s-%s" % (fc, rdigits(r, 8))
    host = pick(r, ["api.uat.platform.pagopa.it", "api.platform.pagopa.it", "api.dev.platform.pagopa.it"])
    path = pick(r, ["/gpd/debt-positions-service/v1/organizations/%s/debtpositions" % fc, "/gpd/api/v1/organizations/%s/debtpositions?toPublish=true" % fc,
                    "/gpd-reporting/api/v1/organizations/%s/paymentoptions/%s" % (fc, iuv(r))])
    hv = c.s("vendor_key", key) if key_real else pick(r, ["$SUBKEY", "${PAGOPA_KEY}", "<subscription-key>", "{{gpd_key}}", masked(r, key)])
    ibanv = iban_raw(r, "IT") if c.sec and r.random() < 0.35 else iban_bad(r, "IT")
    if iban_valid_mod(ibanv):
        c.s("iban", ibanv)
    body = {"iupd": iupd, "type": c.p("F", "G"), "fiscalCode": cf_person(r), "fullName": person(r, "it").upper(),
            "companyName": comune(r), "paymentOption": [{"iuv": iuv(r), "amount": r.randint(1000, 90000), "description": c.p("TARI 2026 rata unica", "Mensa scolastica", "Sanzione CdS", "Diritti di segreteria"),
                                                            "isPartialPayment": False, "dueDate": date_iso(r) + ".000Z", "transfer": [{"idTransfer": "1", "amount": r.randint(1000, 90000), "remittanceInformation": "TARI", "category": "9/0101100IM/", "iban": ibanv}]}]}
    js = json.dumps(body, indent=2 if r.random() < 0.5 else None, ensure_ascii=False)
    cmd = "curl -s -X %s 'https://%s%s' \\\n  -H 'Ocp-Apim-Subscription-Key: %s' \\\n  -H 'Content-Type: application/json' \\\n  -d '%s'" % (c.p("POST", "PUT"), host, path, hv, js)
    resp = pick(r, ['{"status":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}',
                    '{"title":"Conflict","status":409,"detail":"Debt Position already exists","instance":"%s"}' % reqid(r),
                    'HTTP/1.1 201 Created\nx-request-id: %s' % ruuid(r)])
    intro = c.t(c.p("Vi incollo la chiamata che fa il nostro gestionale verso GPD:", "Ciao, la creazione della posizione debitoria fallisce, ecco la curl:", "In collaudo ottengo questo, dove sbaglio?"),
                c.p("Here is the call our billing system makes to GPD:", "Creating the debt position fails, curl below:", "On UAT I get this, what am I missing?"))
    return "curl", intro + "\n\n" + cmd + "\n\n" + c.t("Risposta:", "Response:") + "\n" + resp


def t_nodo_soap(c):
    r = c.r
    fc = cf_ente(r)
    broker = cf_ente(r)
    station = "%s_%02d" % (broker, r.randint(1, 9))
    op = pick(r, ["paVerifyPaymentNoticeReq", "paGetPaymentReq", "nodoInviaRPT", "nodoChiediCopiaRT", "nodoChiediElencoFlussiRendicontazione"])
    pw = c.slot("password", pw_safe(r), "NODO_PASSWORD", force=c.sec or None)
    nav = codice_avviso(r, grouped=False)
    xml = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:nod="http://pagopa-api.pagopa.gov.it/node/nodeForPa.xsd">
  <soapenv:Header/>
  <soapenv:Body>
    <nod:%s>
      <idPA>%s</idPA>
      <idBrokerPA>%s</idBrokerPA>
      <idStation>%s</idStation>
      <password>%s</password>
      <qrCode>
        <fiscalCode>%s</fiscalCode>
        <noticeNumber>%s</noticeNumber>
      </qrCode>
    </nod:%s>
  </soapenv:Body>
</soapenv:Envelope>""" % (op, fc, broker, station, pw, fc, nav, op)
    if r.random() < 0.4:
        xml = xml.replace("      <password>%s</password>\n" % pw, "") if not c.secrets else xml
    intro = c.t(c.p("Il nodo ci risponde PPT_AUTENTICAZIONE, questa è la request (dal log del connettore):", "Request SOAP estratta dal nostro intermediario tecnologico:", "Vi allego la busta che inviamo al Nodo dei Pagamenti:"),
                c.p("The node answers PPT_AUTENTICAZIONE; request from our connector log:", "SOAP request captured at our technology partner:", "Envelope we send to the pagoPA node:"))
    fault = pick(r, ["<faultCode>PPT_AUTENTICAZIONE</faultCode>", "<faultCode>PPT_STAZIONE_INT_PA_SCONOSCIUTA</faultCode>", "<outcome>KO</outcome> <faultString>Password errata</faultString>", "<faultCode>PAA_PAGAMENTO_SCONOSCIUTO</faultCode>"])
    return "xml", intro + "\n\n" + xml + "\n\n" + fault


def t_pdnd_code(c):
    r = c.r
    kid = rs(r, 43, B64U)
    cid = ruuid(r)
    purpose = ruuid(r)
    variant = pick(r, ["py", "java", "php", "cs"])
    real_key = c.sec and r.random() < 0.85
    pem = private_pem(r, "RSA PRIVATE KEY" if r.random() < 0.5 else "PRIVATE KEY")
    if variant == "py":
        keyline = ('PRIVATE_KEY = """%s"""' % c.s("private_key", pem)) if real_key else c.p('PRIVATE_KEY = open("/run/secrets/pdnd_key.pem").read()', 'PRIVATE_KEY = os.environ["PDND_PRIVATE_KEY"]', 'PRIVATE_KEY = vault.read("secret/pdnd/client")["key"]')
        code = """import time, uuid, jwt, requests

KID = "%s"
CLIENT_ID = "%s"
PURPOSE_ID = "%s"
%s

now = int(time.time())
assertion = jwt.encode({"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": "auth.uat.interop.pagopa.it/client-assertion",
                        "purposeId": PURPOSE_ID, "jti": str(uuid.uuid4()), "iat": now, "exp": now + 600},
                       PRIVATE_KEY, algorithm="RS256", headers={"kid": KID, "typ": "JWT"})
r = requests.post("https://auth.uat.interop.pagopa.it/token.oauth2", data={
    "client_id": CLIENT_ID, "client_assertion": assertion,
    "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    "grant_type": "client_credentials"})
print(r.status_code, r.text)""" % (kid, cid, purpose, keyline)
    elif variant == "java":
        keyline = ('private static final String PEM = "%s";' % c.s("private_key", pem.replace("\n", "\\n"))) if real_key else c.p('private static final String PEM = System.getenv("PDND_KEY");', '@Value("${pdnd.private-key}") private String pem;', 'private final String pem = secrets.get("pdnd/key");')
        code = """public class VoucherClient {
    private static final String KID = "%s";
    private static final String CLIENT_ID = "%s";
    private static final String PURPOSE_ID = "%s";
    %s

    public String voucher() throws Exception {
        String assertion = Jwts.builder().setHeaderParam("kid", KID)
            .setIssuer(CLIENT_ID).setSubject(CLIENT_ID)
            .setAudience("auth.interop.pagopa.it/client-assertion")
            .claim("purposeId", PURPOSE_ID).setId(UUID.randomUUID().toString())
            .signWith(loadKey(PEM), SignatureAlgorithm.RS256).compact();
        return tokenEndpoint.exchange(assertion);
    }
}""" % (kid, cid, purpose, keyline)
    elif variant == "php":
        keyline = ("$pem = <<<EOT\n%s\nEOT;" % c.s("private_key", pem)) if real_key else c.p("$pem = file_get_contents(getenv('PDND_KEY_PATH'));", "$pem = $_ENV['PDND_PRIVATE_KEY'];", "$pem = config('pdnd.private_key');")
        code = """<?php
$kid = '%s';
$clientId = '%s';
$purposeId = '%s';
%s
$payload = ['iss' => $clientId, 'sub' => $clientId, 'aud' => 'auth.interop.pagopa.it/client-assertion',
            'purposeId' => $purposeId, 'jti' => bin2hex(random_bytes(16)), 'iat' => time(), 'exp' => time() + 300];
$assertion = \\Firebase\\JWT\\JWT::encode($payload, $pem, 'RS256', $kid);""" % (kid, cid, purpose, keyline)
    else:
        keyline = ('var pem = @"%s";' % c.s("private_key", pem)) if real_key else c.p('var pem = Configuration["Pdnd:PrivateKey"];', 'var pem = Environment.GetEnvironmentVariable("PDND_PRIVATE_KEY");', 'var pem = await keyVault.GetSecretAsync("pdnd-key");')
        code = """// PdndVoucherService.cs
const string Kid = "%s";
const string ClientId = "%s";
const string PurposeId = "%s";
%s
var rsa = RSA.Create(); rsa.ImportFromPem(pem);
var token = new JwtSecurityToken(issuer: ClientId, audience: "auth.interop.pagopa.it/client-assertion",
    claims: new[] { new Claim("sub", ClientId), new Claim("purposeId", PurposeId), new Claim("jti", Guid.NewGuid().ToString()) },
    signingCredentials: new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = Kid }, "RS256"));""" % (kid, cid, purpose, keyline)
    intro = c.t(c.p("Il voucher PDND ci torna invalid_client, vi mando il codice che genera la client assertion.", "Per l'e-service ANPR stiamo generando la client assertion così, è corretto?", "Codice del fornitore per l'interoperabilità (PDND):"),
                c.p("PDND returns invalid_client for our voucher request; here is how we build the client assertion.", "Is this the right way to build the PDND client assertion?", "Our supplier's interoperability code:"))
    return "code", intro + "\n\n```\n" + code + "\n```"


def t_pdnd_token(c):
    r = c.r
    vouch = jwt(r, "voucher")
    ca = jwt(r, "assertion")
    parts = []
    intro = c.t(c.p("Risposta del token endpoint di PDND Interoperabilità:", "Ecco cosa restituisce auth.interop quando chiediamo il voucher:", "Dal log del nostro client (livello DEBUG):"),
                c.p("Response from the PDND interoperability token endpoint:", "This is what auth.interop returns for the voucher:", "From our client log (DEBUG):"))
    parts.append(intro)
    if c.real():
        parts.append("POST /token.oauth2\nclient_id=%s&client_assertion_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Aclient-assertion-type%%3Ajwt-bearer&client_assertion=%s&grant_type=client_credentials" % (ruuid(r), c.s("client_secret", ca)))
    else:
        parts.append("POST /token.oauth2\nclient_id=%s&client_assertion=%s&grant_type=client_credentials" % (ruuid(r), pick(r, ["<assertion>", "[REDACTED]", "eyJ...", "${CLIENT_ASSERTION}"])))
    tok = c.slot("access_token", vouch, "VOUCHER")
    parts.append(json.dumps({"access_token": tok, "token_type": "Bearer", "expires_in": pick(r, [600, 300, 3600])}, indent=pick(r, [None, 2])))
    extra = c.t("kid della chiave caricata: %s\npurposeId: %s\ne-service: %s", "uploaded key kid: %s\npurposeId: %s\ne-service: %s") % (rs(r, 43, B64U), ruuid(r), ruuid(r))
    parts.append(extra)
    if c.real():
        parts.append(c.t("Poi la chiamata all'erogatore:", "Then the call to the provider:") + "\nGET /anpr-service-e002/v1/%s\nAuthorization: Bearer %s\nAgid-JWT-Signature: %s" % (pick(r, ["verifica", "C030-servizioAccertamentoResidenza"]), c.s("access_token", jwt(r, "voucher")), rs(r, 40, B64U) + "..."))
    return "log", "\n\n".join(parts)


def t_spid_chat(c):
    r = c.r
    op = c.p("Operatore URP", "Sportello digitale", "Ufficio Tributi", "Help desk comunale") if c.it else c.p("Council contact centre", "Digital desk", "Revenues team")
    cit = person(r, c.lang).split()[0]
    ts = lambda: "%02d:%02d" % (r.randint(8, 19), r.randint(0, 59))
    rows = []
    intro = c.t(c.p("Vi inoltro la chat con una cittadina, non riesce a pagare l'avviso dopo l'accesso con SPID:", "Trascrizione chat dal portale del %s (inoltrata dall'ufficio):" % comune(r), "Copio la conversazione dal widget del portale tributi:"),
                c.p("Forwarding a resident's chat, they can't pay after SPID sign-in (we integrate your API for the payment step):", "Chat transcript from the %s portal, relayed by the office:" % pick(r, UK_COUNCILS), "Copying the chat from the rates portal widget:"))
    rows.append(intro)
    rows.append("")
    user = pick(r, ["m.rossi", "giulia.b", cf_person(r), "luca" + rdigits(r, 2), "ferraro.anna"]) if r.random() < 0.7 else cf_person(r)
    rows.append("[%s] %s: %s" % (ts(), cit, c.t(c.p("buongiorno non riesco a entrare", "salve ho un problema con lo spid", "mi da errore quando pago"), c.p("hi I can't log in", "hello, SPID keeps failing", "payment error after login"))))
    rows.append("[%s] %s: %s" % (ts(), op, c.t("Mi dice con quale identity provider accede?", "Which identity provider do you use?")))
    rows.append("[%s] %s: %s" % (ts(), cit, c.t("%s, utente %s" % (c.p("Poste", "Aruba", "InfoCert", "Sielte", "Lepida"), user), "%s, username %s" % (c.p("PosteID", "Aruba", "InfoCert"), user))))
    k = r.random()
    if c.sec and k < 0.5:
        pw = c.s("password", password(r, c.lang))
        rows.append("[%s] %s: %s" % (ts(), cit, c.t(c.p("la password è %s", "pw %s se vi serve", "vi scrivo la password così provate voi: %s", "password %s (l'ho cambiata il mese scorso)"), c.p("my password is %s", "password %s if you need it", "try it yourselves: %s")) % pw))
    elif c.sec:
        otp = c.s("pin", rdigits(r, 6))
        rows.append("[%s] %s: %s" % (ts(), cit, c.t(c.p("mi è arrivato il codice %s ma dice scaduto", "l'sms dice %s", "codice otp %s"), c.p("I got code %s but it says expired", "the text says %s", "OTP %s")) % otp))
    else:
        rows.append("[%s] %s: %s" % (ts(), cit, c.t(c.p("ho provato a reimpostare la password ma non arriva la mail", "il codice sms non arriva mai", "mi chiede di nuovo la password"), c.p("tried to reset my password but no email", "the SMS code never arrives", "it keeps asking for my password"))))
    rows.append("[%s] %s: %s" % (ts(), op, c.t("Non deve mai comunicare password o codici a nessuno, nemmeno a noi.", "Please never share your password or codes with anyone, including us.")))
    if c.sec and r.random() < 0.5:
        if r.random() < 0.5:
            v = c.s("pin", rdigits(r, 8))
            rows.append("[%s] %s: %s" % (ts(), cit, c.t("ok scusate. con la CIE invece il PIN è %s ma non funziona" % v, "sorry. with the CIE card the PIN is %s but it fails" % v)))
        else:
            cc = card_raw(r)
            cv = c.s("card_number", fmt_card(r, cc))
            rows.append("[%s] %s: %s" % (ts(), cit, c.t("pago con la carta %s scadenza %02d/%d" % (cv, r.randint(1, 12), r.randint(27, 31)), "I'm paying with card %s exp %02d/%d" % (cv, r.randint(1, 12), r.randint(27, 31)))))
            if r.random() < 0.5:
                cvv = c.s("cvv", rdigits(r, 4 if len(cc) == 15 else 3))
                rows.append("[%s] %s: %s" % (ts(), cit, c.t("cvv %s" % cvv, "security code %s" % cvv)))
    rows.append("[%s] %s: %s" % (ts(), cit, c.t("codice avviso %s" % codice_avviso(r), "the notice number is %s" % codice_avviso(r))))
    rows.append("")
    rows.append(c.t("ID sessione chat: ", "Chat session id: ") + ruuid(r))
    return "chat", "\n".join(rows)


def t_cie_letter(c):
    r = c.r
    pin1, pin2 = rdigits(r, 4), rdigits(r, 4)
    puk1, puk2 = rdigits(r, 4), rdigits(r, 4)
    card = "C" + rs(r, 1, "A") + rdigits(r, 5) + rs(r, 2, "ABCDEFGHJKLMNPRSTUVZ")
    rows = [c.t("Un utente ha allegato la foto della busta della CIE (testo letto dall'app):", "A user attached a photo of their Italian ID card (CIE) letter; OCR text:"), "",
            "MINISTERO DELL'INTERNO - CARTA D'IDENTITA' ELETTRONICA", "Numero carta: %s" % card, "Codice fiscale: %s" % cf_person(r)]
    if c.sec:
        mode = r.random()
        if mode < 0.4:
            rows.append("PRIMA PARTE DEL PIN: %s" % c.s("pin", pin1))
            rows.append("PRIMA PARTE DEL PUK: %s" % c.s("pin", puk1))
        elif mode < 0.7:
            rows.append("SECONDA PARTE DEL PIN: %s    SECONDA PARTE DEL PUK: %s" % (c.s("pin", pin2), c.s("pin", puk2)))
        else:
            full = c.s("pin", pin1 + pin2)
            rows.append(c.t("(l'utente scrive) il pin completo sarebbe %s" % full, "(user writes) the full PIN would be %s" % full))
    else:
        rows.append("PRIMA PARTE DEL PIN: ****    PRIMA PARTE DEL PUK: ****")
        rows.append(c.t("(il resto è coperto dal dito)", "(the rest is covered by a finger)"))
    rows.append("Comune di rilascio: %s" % pick(r, COMUNI))
    rows.append(c.t("Pratica n. %s del %s" % (rdigits(r, 7), date_it(r)), "Case %s, issued %s" % (rdigits(r, 7), date_it(r))))
    rows.append("")
    rows.append(c.t(c.p("Come gestiamo queste foto? La cittadina voleva solo sapere perché l'app IO non apre l'avviso.", "Da oscurare prima di inoltrare al fornitore?"), c.p("How should we handle these? She only asked why the IO app won't open the notice.", "Should we redact before forwarding?")))
    return "ocr", "\n".join(rows)


def t_entratel(c):
    r = c.r
    studio = pick(r, ["Studio Rinaldi & Associati", "Studio Commercialista Dott. Amato", "CAF Servizi Fiscali srl", "Studio Bruno Consulting", "Studio Associato Villa Conti"])
    cf = cf_person(r)
    pv = piva(r)
    prot_tel = rdigits(r, 17)
    lines = [hello(c), ""]
    lines.append(c.t(c.p("sono il commercialista di %s (P.IVA %s). Il vostro connettore per l'invio delle fatture si blocca e il cliente mi chiede di verificare." % (pick(r, FORNITORI), pv),
                         "vi scrivo per conto del cliente (CF %s): dobbiamo abilitare il vostro servizio come intermediario e non capisco cosa serve." % cf,
                         "da quando avete aggiornato l'integrazione non riesco più a scaricare le ricevute dall'Agenzia."),
                     c.p("I'm the accountant for %s (VAT no. IT%s). Your e-invoicing connector stopped working and the client asked me to check." % (pick(r, FORNITORI), pv),
                         "writing on behalf of an Italian client (tax code %s); we need to delegate your service as intermediary." % cf)))
    lines.append("")
    which = r.random()
    lab_pw = pick(r, ["Password Fisconline", "password Entratel", "PW Fisconline", "Password", "pass Entratel"])
    lab_pin = pick(r, ["Codice PIN", "PIN", "pincode", "codice pin (10 cifre)", "PIN Fisconline"])
    if c.sec:
        if which < 0.5:
            lines.append(c.t("Vi lascio i dati così fate prima:", "Credentials so you can check quickly:"))
            lines.append("%s: %s" % (c.t(c.p("Nome utente", "Utente", "User"), c.p("Username", "User", "Login")), cf))
            lines.append("%s: %s" % (lab_pw, c.s("password", password(r))))
            if r.random() < 0.7:
                lines.append("%s: %s" % (lab_pin, c.s("pin", rdigits(r, 10))))
        elif which < 0.8:
            p = c.s("password", password(r))
            lines.append(c.t("l'utenza è la mia (%s), la password di Entratel l'ho dovuta cambiare ieri ed è %s; il file di ambiente di sicurezza è protetto con la stessa." % (cf, p),
                             "the user is mine (%s); the Entratel password had to be changed yesterday and is now %s." % (cf, p)))
        else:
            p = c.s("password", password(r))
            lines.append(c.t("Password di protezione dell'ambiente di sicurezza (file %s.P12): %s" % ("U" + rdigits(r, 7), p),
                             "Protection password of the Entratel security environment (%s.P12): %s" % ("U" + rdigits(r, 7), p)))
            if r.random() < 0.5:
                lines.append(c.t("Codice di revoca: %s" % c.s("pin", rdigits(r, 10)), "Revocation code: %s" % c.s("pin", rdigits(r, 10))))
    else:
        lines.append(c.t(c.p("Le credenziali ovviamente non ve le mando: se servono le inserisco io in videochiamata.", "Password e PIN sono nel gestionale, non li scrivo qui.", "Il PIN è quello da 10 cifre che l'Agenzia manda in due parti, ma non lo condivido."),
                         c.p("Obviously I won't send the credentials; I'll type them during a call.", "Password and PIN are in our practice software, not writing them here.")))
        lines.append(c.t("Utente: %s  Password: %s" % (cf, masked(r)), "User: %s  Password: %s" % (cf, masked(r))))
    lines.append("")
    lines.append(c.t("Protocollo telematico ultima ricevuta: %s" % prot_tel, "Last receipt protocol number: %s" % prot_tel))
    lines.append(c.t("Codice fiscale intermediario: %s" % cf_person(r), "Intermediary tax code: %s" % cf_person(r)))
    lines.append("")
    lines.append(bye(c) + "\n" + studio + "\nTel. " + phone(r, "it"))
    return "email", "\n".join(lines)


def t_fatturapa(c):
    r = c.r
    pv_f, pv_c = piva(r), piva(r)
    ib = iban_raw(r, "IT") if c.sec else iban_bad(r, "IT")
    ibv = c.s("iban", ib) if iban_valid_mod(ib) else ib
    abi, cab = ib[5:10], ib[10:15]
    num = "%d/%s" % (r.randint(1, 999), pick(r, ["PA", "2026", "FE", "E"]))
    cod_dest = rs(r, 6, string.ascii_uppercase + string.digits)
    amount = "%.2f" % (r.randint(1000, 900000) / 100)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPA12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>
      <ProgressivoInvio>%s</ProgressivoInvio>
      <FormatoTrasmissione>FPA12</FormatoTrasmissione>
      <CodiceDestinatario>%s</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA></DatiAnagrafici></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><CodiceFiscale>%s</CodiceFiscale></DatiAnagrafici></CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><Numero>%s</Numero><ImportoTotaleDocumento>%s</ImportoTotaleDocumento></DatiGeneraliDocumento>
      <DatiContratto><IdDocumento>%s</IdDocumento><CodiceCUP>%s</CodiceCUP><CodiceCIG>%s</CodiceCIG></DatiContratto></DatiGenerali>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento>
      <DettaglioPagamento><ModalitaPagamento>%s</ModalitaPagamento><ImportoPagamento>%s</ImportoPagamento>
        <IstitutoFinanziario>%s</IstitutoFinanziario><IBAN>%s</IBAN><ABI>%s</ABI><CAB>%s</CAB></DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>""" % (pv_f, rs(r, 5, string.ascii_uppercase + string.digits), cod_dest, pv_f, cf_ente(r), num, amount, protocollo(r).split()[-1], cup(r), cig(r), pick(r, ["MP05", "MP23"]), amount, pick(r, ["Intesa Sanpaolo", "BPER Banca", "Banco BPM", "UniCredit", "Credem"]), ibv, abi, cab)
    sdi = sdi_id(r)
    intro = c.t(c.p("La fattura %s è stata scartata dallo SdI (IdentificativoSdI %s), codice errore 00311. XML:", "Il cliente PA ci rimanda indietro questa fattura dicendo che l'IBAN non torna. Ecco il file %s:" % ("IT%s_%s.xml" % (pv_f, rs(r, 5, ALNUM))), "Notifica di scarto NS per la fattura, vi incollo l'XML generato dalla vostra API:"),
                c.p("Invoice rejected by SdI (IdentificativoSdI %s), error 00311. XML below:" % sdi, "The public-sector customer bounced this e-invoice saying the IBAN is wrong. File:", "Rejection notice for the invoice; XML generated by your API:"))
    if "%s" in intro:
        intro = intro % (num, sdi) if intro.count("%s") == 2 else intro % sdi
    return "xml", intro + "\n\n" + xml


def t_sdi_channel(c):
    r = c.r
    fmt = pick(r, ["props", "yaml", "prose"])
    ks = pw_safe(r)
    sftp = pw_url(r)
    host = pick(r, ["sdi-sftp.example-intermediario.it", "sftp.sdi.fatturapa.it", "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
    serial = cert_serial(r)
    fp = fingerprint(r)
    if fmt == "props":
        t = """# canale SdICoop - ambiente di test
sdi.endpoint=https://testservizi.fatturapa.it/ricevi_file
sdi.keystore.path=/opt/fatture/certs/client_sdi.jks
sdi.keystore.password=%s
sdi.truststore.path=/opt/fatture/certs/trust_sdi.jks
sdi.truststore.password=%s
sdi.cert.serial=%s
sdi.cert.sha256=%s
sdi.sftp.host=%s
sdi.sftp.user=%s
sdi.sftp.password=%s""" % (c.slot("password", ks, "SDI_KEYSTORE_PASSWORD", code="spring"), pick(r, ["${TRUSTSTORE_PWD}", "ENC(" + rs(r, 32, B64) + ")", "${sdi.truststore.pwd}"]), serial, fp, host, "sdi_" + rs(r, 6, string.ascii_lowercase), c.slot("password", sftp, "SDI_SFTP_PASSWORD", code="spring"))
    elif fmt == "yaml":
        t = """sdi:
  canale: SDICOOP
  endpoint: https://servizi.fatturapa.it/ricevi_file
  keystore:
    file: classpath:certs/%s.p12
    password: "%s"
    alias: sdi-client
  certificato:
    serial: "%s"
    fingerprint: "%s"
  sftp:
    host: %s
    port: 22
    username: sdi_%s
    password: %s""" % (cf_ente(r), c.slot("password", ks, "SDI_P12_PASSWORD", code="spring"), serial, fp, host, rdigits(r, 5), c.slot("password", sftp, "SDI_SFTP_PASSWORD", code="spring"))
    else:
        t = c.t("Per il canale SFTP con lo SdI il certificato client ha seriale %s (impronta SHA-256 %s). La password del .p12 è %s e l'utente SFTP è sdi_%s con password %s." % (serial, fp, c.slot("password", ks, "P12_PASSWORD"), rdigits(r, 5), c.slot("password", sftp, "SFTP_PASSWORD")),
                "For the SdI SFTP channel the client certificate has serial %s (SHA-256 %s). The .p12 password is %s and the SFTP user is sdi_%s with password %s." % (serial, fp, c.slot("password", ks, "P12_PASSWORD"), rdigits(r, 5), c.slot("password", sftp, "SFTP_PASSWORD")))
    if c.sec and r.random() < 0.25:
        t += "\n\n" + c.t("e questa è la chiave del certificato di canale:", "and this is the channel certificate key:") + "\n" + c.s("private_key", private_pem(r))
    elif r.random() < 0.3:
        t += "\n\n" + c.t("Certificato di canale (pubblico):", "Channel certificate (public):") + "\n" + cert_pem(r)
    intro = c.t(c.p("Configurazione del nostro canale verso il Sistema di Interscambio, si connette ma le notifiche non arrivano:", "Vi mando la conf del connettore SdI come richiesto nel ticket %s:" % rdigits(r, 6), "Dal server del fornitore, file di configurazione fatturazione elettronica:"),
                c.p("Our Sistema di Interscambio channel config; it connects but notifications never arrive:", "SdI connector config as requested in ticket %s:" % rdigits(r, 6)))
    return "config", intro + "\n\n" + t


def t_inps(c):
    r = c.r
    matr = rdigits(r, 10)
    codditta = rdigits(r, 8)
    durc = "INPS_%d" % r.randint(10000000, 99999999)
    lines = [hello(c), ""]
    lines.append(c.t(c.p("per l'integrazione con i servizi INPS (cassetto previdenziale) il fornitore ci chiede le credenziali dell'incaricato.", "il modulo paghe del vostro partner non riesce più a scaricare il DURC (%s)." % durc, "vi inoltro la mail del consulente del lavoro sull'accesso INAIL."),
                     c.p("for the INPS integration (social-security drawer) the supplier wants our delegate's login.", "your partner's payroll module can no longer download the DURC (%s)." % durc)))
    lines.append("")
    lines.append(c.t("Matricola aziendale: %s" % matr, "Employer registration no.: %s" % matr))
    lines.append(c.t("Codice ditta INAIL: %s  PAT: %s" % (codditta, rdigits(r, 8)), "INAIL employer code: %s  PAT: %s" % (codditta, rdigits(r, 8))))
    if c.sec:
        m = r.random()
        if m < 0.4:
            lines.append(c.t("PIN INPS dispositivo (quello vecchio, ancora usato dal software): %s" % c.s("pin", rs(r, 16, string.ascii_uppercase + string.digits)),
                             "Old INPS device PIN still used by the software: %s" % c.s("pin", rs(r, 16, string.ascii_uppercase + string.digits))))
        elif m < 0.7:
            lines.append(c.t("Utente INAIL %s / password %s" % (cf_person(r), c.s("password", password(r))), "INAIL user %s / password %s" % (cf_person(r), c.s("password", password(r)))))
        else:
            lines.append(c.t("Il codice OTP ricevuto ora è %s, se fate in fretta funziona" % c.s("pin", rdigits(r, 6)), "The OTP I just received is %s, it works if you are quick" % c.s("pin", rdigits(r, 6))))
    else:
        lines.append(c.t(c.p("Dal 2021 l'accesso è solo con SPID/CIE/CNS, il PIN INPS non esiste più.", "Non allego password: l'accesso è con SPID del delegato.", "Codice PIN: (da richiedere al delegato)"),
                         c.p("Since 2021 access is only via SPID/CIE/CNS, the INPS PIN no longer exists.", "No password attached: access is via the delegate's SPID.")))
    lines.append(c.t("Protocollo domanda: INPS.%s.%d.%07d" % (rdigits(r, 4), r.choice([2025, 2026]), r.randint(1, 9999999)), "Application protocol: INPS.%s.%d.%07d" % (rdigits(r, 4), r.choice([2025, 2026]), r.randint(1, 9999999))))
    lines += ["", bye(c)]
    return "email", "\n".join(lines)


def t_f24(c):
    r = c.r
    rows = []
    cf = cf_person(r) if r.random() < 0.6 else piva(r)
    rows.append(c.t("Modello F24 - riepilogo da home banking (copia incolla)", "F24 tax payment form - summary copied from home banking"))
    rows.append("Contribuente: %s   %s" % (cf, person(r, "it").upper()))
    rows.append("")
    rows.append("SEZIONE  TRIBUTO  ENTE  RATEAZ.  ANNO  DEBITO")
    tot = 0
    for _ in range(r.randint(2, 5)):
        sez = pick(r, ["ERARIO", "IMU", "INPS", "REGIONI"])
        trib = pick(r, ["1001", "1040", "3918", "3919", "6031", "1668", "4001", "3850", "3843"])
        amt = r.randint(1000, 500000)
        tot += amt
        rows.append("%-8s %-8s %-5s %-8s %-5s %s" % (sez, trib, pick(r, ["", "H501", "F205", "L219", "A944"]), pick(r, ["0101", "0102", ""]), r.choice([2025, 2026]), "%.2f" % (amt / 100)))
    rows.append("SALDO FINALE  %.2f" % (tot / 100))
    rows.append("")
    ib = iban_raw(r, "IT") if c.sec and r.random() < 0.6 else iban_bad(r, "IT")
    ibs = fmt_iban(r, ib)
    if iban_valid_mod(ib):
        c.s("iban", ibs)
    rows.append(c.t("Conto di addebito: %s" % ibs, "Debit account: %s" % ibs))
    rows.append(c.t("Codice identificativo operazione (CRO): %s" % rdigits(r, 11), "Transaction reference (CRO): %s" % rdigits(r, 11)))
    rows.append(c.t("Protocollo delega: %s" % rdigits(r, 17), "Delegation protocol: %s" % rdigits(r, 17)))
    if c.sec and r.random() < 0.45:
        rows.append(c.t("Codice di conferma via SMS: %s" % c.s("pin", rdigits(r, pick(r, [6, 8]))), "SMS confirmation code: %s" % c.s("pin", rdigits(r, 6))))
    rows.append("")
    rows.append(c.t(c.p("Il pagamento risulta addebitato ma la vostra API restituisce stato PENDING da tre giorni.", "Ci serve sapere se l'F24 è partito: il cliente ha scadenza domani.", "Perché la quietanza non viene generata?"),
                    c.p("The amount was debited but your API has shown PENDING for three days.", "We need to know whether the F24 went through, deadline is tomorrow.")))
    return "pdf-text", "\n".join(rows)


def t_marca_bollo(c):
    r = c.r
    ids = [marca_bollo(r) for _ in range(r.randint(1, 4))]
    lines = [c.t(c.p("Per le istanze online usiamo @e.bollo tramite la vostra API. Identificativi marche acquistate oggi:", "Richiesta chiarimento sulle marche da bollo digitali:", "Export dal gestionale istanze - marca da bollo:"),
                 c.p("For online applications we use @e.bollo through your API. Stamp ids bought today:", "Question about digital revenue stamps (marca da bollo):"))]
    for i in ids:
        lines.append("- %s  %s  %s  IUBD %s" % (i, money(r, "it"), date_it(r), rdigits(r, 14)))
    lines.append(c.t("Impronta documento (SHA-256): %s" % rhex(r, 64), "Document digest (SHA-256): %s" % rhex(r, 64)))
    if c.sec:
        cc = card_raw(r)
        cv = c.s("card_number", fmt_card(r, cc))
        lines.append(c.t("La carta usata dal cittadino era %s, scad. %02d/%02d" % (cv, r.randint(1, 12), r.randint(27, 32)), "The resident's card was %s, exp %02d/%02d" % (cv, r.randint(1, 12), r.randint(27, 32))))
        if r.random() < 0.5:
            lines.append(c.t("CVV2 %s" % c.s("cvv", rdigits(r, 3 if len(cc) != 15 else 4)), "CVC %s" % c.s("cvv", rdigits(r, 3 if len(cc) != 15 else 4))))
    else:
        bad = card_bad(r)
        lines.append(c.t(c.p("La carta usata risulta %s (il numero che ci ha dettato, probabilmente sbagliato)" % fmt_card(r, bad), "Carta: **** **** **** %s" % rdigits(r, 4)),
                         c.p("The card number the resident read out was %s (probably mistyped)" % fmt_card(r, bad), "Card: **** **** **** %s" % rdigits(r, 4))))
    lines.append(c.t("Il bollo risulta pagato due volte, come facciamo il rimborso?", "The stamp shows as paid twice, how do we refund?"))
    return "list", "\n".join(lines)


def t_determina(c):
    r = c.r
    ente = comune(r)
    nd = r.randint(10, 999)
    lines = []
    if c.it:
        lines.append("%s\nSETTORE %s\n\nDETERMINAZIONE DIRIGENZIALE N. %d DEL %s" % (ente.upper(), pick(r, ["SERVIZI FINANZIARI", "SISTEMI INFORMATIVI", "AFFARI GENERALI", "TRIBUTI"]), nd, date_it(r)))
        lines.append("OGGETTO: Affidamento diretto del servizio di %s ai sensi dell'art. 50 del D.Lgs. 36/2023 - CIG %s - CUP %s" % (pick(r, ["intermediazione tecnologica pagoPA", "conservazione digitale a norma", "manutenzione del portale dei pagamenti", "integrazione PDND e ANPR"]), cig(r), cup(r)))
        lines.append("")
        lines.append("IL RESPONSABILE DEL SERVIZIO\nVISTO il D.Lgs. 267/2000;\nVISTA la Legge 136/2010 in materia di tracciabilità dei flussi finanziari;")
        lines.append("DATO ATTO che l'operatore economico %s, P.IVA %s, ha comunicato il conto corrente dedicato:" % (pick(r, FORNITORI), piva(r)))
    else:
        lines.append("Excerpt of a municipal resolution (determina) our Italian client quoted in their ticket, translated:")
        lines.append("%s - Resolution no. %d of %s - Direct award of %s - CIG %s - CUP %s" % (ente, nd, date_it(r), pick(r, ["pagoPA technology brokerage", "digital preservation", "payments portal maintenance"]), cig(r), cup(r)))
        lines.append("WHEREAS the supplier %s (VAT IT%s) has provided its dedicated bank account under Law 136/2010:" % (pick(r, FORNITORI), piva(r)))
    mode = r.random()
    if c.sec and mode < 0.6:
        ib = iban_raw(r, "IT")
        lines.append("IBAN %s" % c.s("iban", fmt_iban(r, ib)))
    elif c.sec:
        cin, abi, cab, conto = it_parts(r)
        lines.append(c.t("Banca %s, ABI %s, CAB %s, c/c n. %s, CIN %s" % (pick(r, ["Intesa Sanpaolo", "BPER", "Banca Sella"]), abi, cab, c.s("bank_account", conto), cin),
                         "Bank %s, ABI %s, CAB %s, account no. %s, CIN %s" % (pick(r, ["Intesa Sanpaolo", "BPER"]), abi, cab, c.s("bank_account", conto), cin)))
    else:
        x = r.random()
        if x < 0.4:
            lines.append("IBAN %s" % fmt_iban(r, iban_bad(r, "IT")))
        elif x < 0.7:
            lines.append("IBAN IT** **** **** **** **** ***%s [OMISSIS]" % rdigits(r, 4))
        else:
            lines.append(c.t("ABI %s - CAB %s (estremi completi agli atti d'ufficio)" % (pick(r, ABIS), rdigits(r, 5)), "ABI %s - CAB %s (full details on file)" % (pick(r, ABIS), rdigits(r, 5))))
    lines.append(c.t("DETERMINA\n1) di impegnare la somma di %s sul capitolo %d/%d del bilancio %d;\n2) di dare atto che il RUP è %s." % (money(r, "it"), r.randint(1000, 9999), r.randint(1, 99), r.choice([2026, 2027]), person(r, "it")),
                     "RESOLVES to commit %s on budget chapter %d." % (money(r, "en"), r.randint(1000, 9999))))
    lines.append("")
    lines.append(c.t(c.p("Domanda: il campo IBAN nell'anagrafica fornitori della vostra piattaforma va compilato con questo dato?", "Ci chiedete i riferimenti della determina: eccoli sopra."), "Question: should this go into the supplier registry of your platform?"))
    return "pdf-text", "\n".join(lines)


def t_forward_thread(c):
    r = c.r
    it_off = person(r, "it")
    ente = comune(r)
    dom = slug(ente) + ".it"
    lines = [c.t(c.p("Vi giro il thread interno, leggete in fondo.", "Inoltro quanto ricevuto dal CED.", "FYI vedi sotto"), c.p("Forwarding the internal thread, see the bottom.", "Passing on what our IT office sent.", "FYI see below")), ""]
    lines.append(c.t("---------- Messaggio inoltrato ----------", "---------- Forwarded message ---------"))
    lines.append("Da: %s <%s>" % (it_off, email_of(r, it_off, dom)) if c.it else "From: %s <%s>" % (it_off, email_of(r, it_off, dom)))
    lines.append(("Data: " if c.it else "Date: ") + date_it(r))
    lines.append(("Oggetto: " if c.it else "Subject: ") + "R: " + c.p("accesso backoffice pagamenti", "credenziali portale fornitore", "nuova chiave API", "rinnovo certificato"))
    lines.append("")
    q = ">" if r.random() < 0.6 else "> >"
    body = []
    body.append(c.t(c.p("Ciao, come richiesto ecco l'accesso al backoffice del fornitore.", "ti passo quello che serve per la riconciliazione.", "ho rigenerato la chiave dopo l'audit."), c.p("As requested, here is access to the supplier back office.", "here's what you need for reconciliation.", "I regenerated the key after the audit.")))
    body.append("URL: https://backoffice.%s/login" % pick(r, ["pagamenti-" + slug(ente) + ".it", "portale-tributi.it", "sportello-api.example"]))
    body.append("User: %s" % pick(r, ["ragioneria." + slug(ente), "admin_" + rdigits(r, 3), email_of(r, it_off, dom)]))
    pw = c.slot("password", password(r), "BACKOFFICE_PASSWORD")
    body.append(pick(r, ["Password: %s", "Pwd: %s", "pass %s", "Passwort: %s", "PW -> %s", "mot de passe : %s", "contraseña: %s", "password (provvisoria) %s", "la pw è sempre %s"]) % pw)
    if r.random() < 0.6:
        body.append(c.t("API key (produzione): %s", "API key (production): %s") % c.slot("access_token", provider_key(r), "SPORTELLO_API_KEY"))
    if r.random() < 0.3:
        body.append(c.t("Client ID: %s (quello si può condividere)", "Client ID: %s (fine to share)") % pick(r, ["comune-" + slug(ente) + "-prod", ruuid(r), "ente_" + cf_ente(r)]))
    body.append(c.t("Non inoltrare a nessuno per favore.", "Please don't forward this to anyone."))
    lines += [q + " " + b for b in "\n".join(body).split("\n")]
    lines.append("")
    lines.append(bye(c))
    return "thread", "\n".join(lines)


def t_csv_avvisi(c):
    r = c.r
    sep = pick(r, [";", ",", "\t", "|"])
    with_iban = c.sec or r.random() < 0.5
    cols = ["codice_avviso", "iuv", "cf_debitore", "importo", "scadenza", "stato"]
    if with_iban:
        cols.append(pick(r, ["iban_addebito", "IBAN", "iban_rimborso"]))
    if r.random() < 0.4:
        cols.append("cbill")
    lines = [c.t(c.p("Export avvisi da riconciliare (estratto):", "Vi allego l'estrazione in CSV degli avvisi TARI, righe con stato anomalo:", "Estrazione dal portale, separatore %r:" % sep),
                 c.p("Export of notices to reconcile (excerpt):", "CSV extract of the waste-tax notices with anomalous status:", "Portal export, separator %r:" % sep)), ""]
    if r.random() < 0.3:
        lines.append("# export generato il %s da %s" % (date_iso(r), pick(r, FORNITORI)))
    lines.append(sep.join(cols))
    nrows = r.randint(3, 8)
    any_real = False
    for i in range(nrows):
        row = [codice_avviso(r, grouped=False), iuv(r), cf_person(r), ("%.2f" % (r.randint(500, 90000) / 100)).replace(".", "," if sep != "," else "."), date_it(r), pick(r, ["PAGATO", "NON_PAGATO", "PAGATO_NON_RENDICONTATO", "ANNULLATO", "SCADUTO"])]
        if with_iban:
            if c.sec and (r.random() < 0.5 or (i == nrows - 1 and not any_real)):
                ib = iban_raw(r)
                row.append(c.s("iban", ib))
                any_real = True
            else:
                row.append(pick(r, ["", iban_bad(r), "IT**************" + rdigits(r, 4), "n/d"]))
        if "cbill" in cols:
            row.append(cbill(r))
        lines.append(sep.join(row))
    lines.append("")
    lines.append(c.t("Totale righe: %d" % nrows, "Rows: %d" % nrows))
    return "csv", "\n".join(lines)


def t_reconciliation(c):
    r = c.r
    lines = []
    ente = comune(r) if c.it else pick(r, UK_COUNCILS)
    lines.append(c.t("REPORT DI RICONCILIAZIONE - %s - periodo %s / %s" % (ente, date_it(r), date_it(r)), "RECONCILIATION REPORT - %s - period %s to %s" % (ente, date_it(r), date_it(r))))
    lines.append(c.t("Flusso di rendicontazione: %s" % ("%s-%s-%s" % (date_iso(r)[:10], pick(r, ["BPPIITRRXXX", "UNCRITMMXXX", "BCITITMM"]), rdigits(r, 10))), "Settlement file: %s" % ("FR-" + rdigits(r, 12))))
    lines.append("")
    hdr = c.t(pick(r, ["Data | Rif. pagamento | Pagatore | Strumento | Importo | Esito", "data\triferimento\tpagatore\tstrumento\timporto\tesito"]), pick(r, ["Date | Payment ref | Payer | Instrument | Amount | Result", "date\treference\tpayer\tinstrument\tamount\tresult"]))
    sep = " | " if "|" in hdr else "\t"
    lines.append(hdr)
    need = c.sec
    n = r.randint(3, 7)
    for i in range(n):
        kind = r.random()
        last = (i == n - 1)
        if c.sec and (kind < 0.35 or (last and need)):
            cc = card_raw(r)
            inst = c.s("card_number", fmt_card(r, cc))
            need = False
        elif c.sec and kind < 0.6:
            ib = iban_raw(r)
            inst = c.s("iban", fmt_iban(r, ib))
            need = False
        else:
            inst = pick(r, ["VISA ****" + rdigits(r, 4), "MC " + rdigits(r, 6) + "******" + rdigits(r, 4), "SEPA " + iban_bad(r), "PayPal", "Satispay", fmt_card(r, card_bad(r)), "BIC " + pick(r, ["BCITITMM", "UNCRITMM", "BPPIITRRXXX", "NWBKGB2L"]), "carta " + rdigits(r, 4)])
        lines.append(sep.join([date_it(r), pick(r, [iuv(r), "RF%02d%s" % (r.randint(10, 99), rdigits(r, 15)), ruuid(r)[:18]]), person(r, c.lang), inst, money(r, c.lang), pick(r, ["OK", "KO", "STORNATO", "RIMBORSATO", "OK"])]))
    lines.append("")
    lines.append(c.t("Differenza tra flusso e incassi: %s" % money(r, "it"), "Difference between settlement and receipts: %s" % money(r, "en")))
    if r.random() < 0.5:
        lines.append(c.t("Firmato: il tesoriere", "Signed: treasury officer"))
    return "report", "\n".join(lines)


def t_hmrc_token(c):
    r = c.r
    cid = hmrc_client_id(r)
    sec = hmrc_secret(r)
    code = rhex(r, 32)
    lines = [c.t(c.p("Per la parte UK (Making Tax Digital) il nostro cliente inglese riceve invalid_client. Richiesta:", "Integrazione HMRC MTD VAT, token endpoint:"), c.p("Our MTD VAT integration gets invalid_client from HMRC. Request:", "HMRC Making Tax Digital token exchange, captured:", "Here is the token request from our bridging software:")), ""]
    lines.append("POST https://%s/oauth/token" % pick(r, ["test-api.service.hmrc.gov.uk", "api.service.hmrc.gov.uk"]))
    lines.append("Content-Type: application/x-www-form-urlencoded")
    lines.append("")
    cs = c.slot("client_secret", sec, "HMRC_CLIENT_SECRET")
    ac = c.s("access_token", code) if c.real() else pick(r, ["<code>", "[auth code]", "{{code}}"])
    lines.append("client_id=%s&client_secret=%s&grant_type=authorization_code&redirect_uri=%s&code=%s" % (cid, cs, "https%3A%2F%2F" + pick(r, ["vat.bridge.example.co.uk", "localhost%3A8080"]) + "%2Fcallback", ac))
    lines.append("")
    if c.sec and r.random() < 0.6:
        at = c.s("access_token", rhex(r, 32))
        rt = c.s("refresh_token", rhex(r, 32))
        lines.append(c.t("Risposta (la volta che ha funzionato):", "Response (the one time it worked):"))
        lines.append(json.dumps({"access_token": at, "refresh_token": rt, "expires_in": 14400, "scope": "read:vat write:vat", "token_type": "bearer"}, indent=pick(r, [None, 2])))
    else:
        lines.append('{"error":"invalid_client","error_description":"invalid client id or secret"}')
    lines.append("")
    lines.append(c.t("VRN di test: %s, client_id %s (application name: %s)" % (rdigits(r, 9), cid, pick(r, ["Rates Bridge", "VAT Filer Pro"])), "Test VRN %s, client_id %s (application: %s)" % (rdigits(r, 9), cid, pick(r, ["Rates Bridge", "VAT Filer Pro"]))))
    lines.append("X-Correlation-Id: " + ruuid(r))
    return "http", "\n".join(lines)


def t_hmrc_fraud(c):
    r = c.r
    lines = [c.t("Header di prevenzione frodi HMRC che inviamo (dal log):", "Fraud prevention headers we send to HMRC (from the log):"), ""]
    lines.append("GET /organisations/vat/%s/obligations?status=O HTTP/1.1" % rdigits(r, 9))
    lines.append("Host: test-api.service.hmrc.gov.uk")
    lines.append("Accept: application/vnd.hmrc.1.0+json")
    lines.append("Authorization: Bearer %s" % c.slot("access_token", rhex(r, 32), "HMRC_TOKEN", force=(c.sec and r.random() < 0.8) or None))
    lines.append("Gov-Client-Connection-Method: %s" % pick(r, ["WEB_APP_VIA_SERVER", "DESKTOP_APP_DIRECT", "BATCH_PROCESS_DIRECT"]))
    lines.append("Gov-Client-Device-ID: %s" % ruuid(r))
    lines.append("Gov-Client-User-IDs: os=%s" % pick(r, ["jsmith", "accounts01", "finance.user"]))
    lines.append("Gov-Client-Timezone: UTC+00:00")
    lines.append("Gov-Client-Public-IP: %d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
    lines.append("Gov-Client-Public-IP-Timestamp: %s.%03dZ" % (date_iso(r), r.randint(0, 999)))
    lines.append("Gov-Client-Multi-Factor: type=TOTP&timestamp=%s&unique-reference=%s" % (date_iso(r).replace(":", "%3A") + "Z", rhex(r, 64)))
    lines.append("Gov-Vendor-Version: %s=%d.%d.%d" % (pick(r, ["rates-bridge", "vatfiler"]), r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)))
    lines.append("Gov-Vendor-License-IDs: %s=%s" % (pick(r, ["rates-bridge", "vatfiler"]), rhex(r, 40)))
    lines.append("Gov-Vendor-Product-Name: %s" % pick(r, ["Rates%20Bridge", "VAT%20Filer"]))
    if r.random() < 0.4:
        lines.append("Cookie: mdtp=%s" % c.slot("access_token", rs(r, 48, B64U), "MDTP"))
    lines.append("")
    lines.append(c.t("Il validatore (test-fraud-prevention-headers) segnala solo un warning su Gov-Client-Browser-JS-User-Agent.", "The validator (test-fraud-prevention-headers) only warns about Gov-Client-Browser-JS-User-Agent."))
    return "http", "\n".join(lines)


def t_govuk_pay(c):
    r = c.r
    key = govpay_key(r)
    pid = rs(r, 26, string.ascii_lowercase + string.digits)
    lines = [c.t(c.p("Il comune gemellato inglese usa GOV.UK Pay e vuole passare da noi per i rimborsi. Chiamata:", "Per il progetto UK: chiamata GOV.UK Pay che fallisce"), c.p("Council uses GOV.UK Pay and routes refunds through your API. Failing call:", "GOV.UK Pay call from our parking-permit service:", "We're migrating from GOV.UK Pay; here's the old call for reference:")), ""]
    k = c.slot("vendor_key", key, "GOVUK_PAY_API_KEY", code=pick(r, [None, "sh"]), force=(c.sec and r.random() < 0.75) or None)
    lines.append("curl https://publicapi.payments.service.gov.uk/v1/payments/%s/refunds \\" % pid)
    lines.append("  -H \"Authorization: Bearer %s\" \\" % k)
    lines.append("  -H 'Content-Type: application/json' \\")
    lines.append("  -d '{\"amount\": %d, \"refund_amount_available\": %d}'" % (r.randint(100, 50000), r.randint(100, 50000)))
    lines.append("")
    lines.append('{"code":"P0920","description":"Refund amount available mismatch"}' if r.random() < 0.5 else '{"refund_id":"%s","status":"submitted","created_date":"%sZ"}' % (rs(r, 26, string.ascii_lowercase + string.digits), date_iso(r)))
    lines.append("")
    lines.append(c.t("payment_id: %s, reference: %s" % (pid, "PCN-" + rdigits(r, 8)), "payment_id: %s, reference: %s" % (pid, "PCN-" + rdigits(r, 8))))
    if c.sec and r.random() < 0.4:
        acct = rdigits(r, 8)
        lines.append(c.t("Il cittadino chiede il rimborso su sort code %s account %s" % ("%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), c.s("bank_account", acct)),
                         "Resident wants the refund to sort code %s, account number %s" % ("%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)), c.s("bank_account", acct))))
    elif r.random() < 0.4:
        lines.append(c.t("Sort code %02d-%02d-%02d (solo quello, il conto lo chiediamo al telefono)", "Sort code %02d-%02d-%02d only - we'll take the account number by phone") % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)))
    return "curl", "\n".join(lines)


def t_govuk_notify(c):
    r = c.r
    key = notify_key(r)
    tmpl = ruuid(r)
    code = pick(r, ["py", "rb", "js", "cs"])
    k = c.slot("vendor_key", key, "NOTIFY_API_KEY", code={"py": "py", "rb": "sh", "js": "js", "cs": "cs"}[code], force=c.sec or None)
    if code == "py":
        body = 'from notifications_python_client.notifications import NotificationsAPIClient\n\nclient = NotificationsAPIClient("%s")\nclient.send_email_notification(email_address="%s", template_id="%s", personalisation={"ref": "%s"})' % (k, pick(r, ["rates@", "resident@"]) + "example.gov.uk", tmpl, "COU-" + rdigits(r, 6))
        if not k.startswith("os.") and "environ" not in k and not c.secrets:
            pass
    elif code == "rb":
        body = "require 'notifications/client'\nclient = Notifications::Client.new(\"%s\")\nclient.send_sms(phone_number: \"%s\", template_id: \"%s\")" % (k, phone(r, "en"), tmpl)
    elif code == "js":
        body = "const NotifyClient = require('notifications-node-client').NotifyClient\nconst notifyClient = new NotifyClient('%s')\nawait notifyClient.sendEmail('%s', email, { personalisation, reference: '%s' })" % (k, tmpl, rdigits(r, 10))
    else:
        body = 'var client = new NotificationClient("%s");\nvar resp = client.SendSms(mobileNumber: "%s", templateId: "%s");' % (k, phone(r, "en"), tmpl)
    intro = c.t(c.p("Usiamo GOV.UK Notify per avvisare i cittadini UK del pagamento ricevuto via la vostra API. Snippet:", "Codice del fornitore inglese per le notifiche:"), c.p("We use GOV.UK Notify to tell residents their payment arrived through your API. Snippet:", "Our notification code (council side):", "Receipts are emailed via Notify after your webhook fires:"))
    tail = c.t("template_id %s, service id nella dashboard Notify." % tmpl, "template_id %s; service id is in the Notify dashboard." % tmpl)
    return "code", intro + "\n\n" + body + "\n\n" + tail


def t_companies_house(c):
    r = c.r
    num = pick(r, ["0", "SC", "NI", "OC"]) + rdigits(r, 6)
    num = num if len(num) == 8 else num + rdigits(r, 8 - len(num))
    key = ruuid(r) if r.random() < 0.6 else rs(r, 40, ALNUM)
    lines = [c.t("Verifica KYB delle aziende UK tramite Companies House:", "KYB check of UK companies via Companies House, before onboarding them on your API:"), ""]
    code = pick(r, ["py", "sh"])
    if code == "py":
        k = c.slot("vendor_key", key, "CH_API_KEY", code="py", force=c.sec or None)
        q = '"' if not k.startswith("os.") else ""
        lines.append("import requests\nCH_KEY = %s%s%s\nr = requests.get('https://api.company-information.service.gov.uk/company/%s', auth=(CH_KEY, ''))\nprint(r.json()['company_status'])" % (q, k, q, num))
    else:
        k = c.slot("vendor_key", key, "CH_API_KEY", code="sh", force=c.sec or None)
        lines.append("curl -u %s: https://api.company-information.service.gov.uk/company/%s/officers" % (k, num))
    lines.append("")
    lines.append(c.t("Company number %s, request id %s, rate limit 600/5min." % (num, ruuid(r)), "Company number %s, request id %s, rate limit 600 per 5 minutes." % (num, ruuid(r))))
    lines.append(c.t(c.p("Torna 401 anche se la chiave è giusta.", "Ogni tanto 429."), c.p("Returns 401 although the key is right.", "Occasionally 429.")))
    return "code", "\n".join(lines)


def t_eidas(c):
    r = c.r
    org = pick(r, ["PSDIT-BI-%s" % rdigits(r, 5), "PSDGB-FCA-%s" % rdigits(r, 6), "PSDDE-BAFIN-%s" % rdigits(r, 6), "VATIT-%s" % piva(r)])
    serial = ":".join(rhex(r, 2) for _ in range(16))
    lines = [c.t(c.p("Dettagli del certificato QWAC usato per la mTLS verso di voi:", "Output di openssl sul nostro QSealC:"), c.p("Details of the QWAC we use for mTLS to you:", "openssl output for our QSealC:")), ""]
    lines.append("$ openssl x509 -in %s.pem -noout -text | head -20" % pick(r, ["qwac", "qseal", "transport", "signing"]))
    lines.append("Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            %s" % serial)
    lines.append("        Signature Algorithm: sha256WithRSAEncryption")
    lines.append("        Issuer: C=IT, O=%s, CN=%s" % (pick(r, ["InfoCert S.p.A.", "Namirial S.p.A.", "ArubaPEC S.p.A."]), pick(r, ["Qualified Electronic Seal CA", "QWAC CA 3"])))
    lines.append("        Subject: C=IT, O=%s, organizationIdentifier=%s, CN=%s" % (pick(r, FORNITORI), org, pick(r, ["api.", "mtls."]) + slug(pick(r, FORNITORI)) + ".it"))
    lines.append("        X509v3 extensions: qcStatements: PSD2 roles PSP_AI, PSP_PI")
    lines.append("SHA256 Fingerprint=%s" % fingerprint(r))
    lines.append("")
    if c.sec:
        m = r.random()
        if m < 0.5:
            lines.append(c.t("E la chiave (scusate, non so se serve):", "And the key (sorry, not sure you need it):"))
            lines.append(c.s("private_key", private_pem(r)))
        else:
            lines.append(c.t("Password del keystore .p12: %s" % c.s("password", password(r)), "The .p12 keystore password: %s" % c.s("password", password(r, "en"))))
    else:
        lines.append(c.t("Il certificato pubblico:", "Public certificate:"))
        lines.append(cert_pem(r))
        if r.random() < 0.4:
            lines.append(c.t("Chiave privata: resta sul nostro HSM, non esportabile.", "Private key: stays in our HSM, not exportable."))
    return "terminal", "\n".join(lines)


def t_ob_dcr(c):
    r = c.r
    ssa = jwt(r, "ssa")
    sid = rs(r, 22, ALNUM)
    lines = [c.t("Registrazione dinamica (DCR) verso l'ASPSP UK, Open Banking Directory:", "Dynamic client registration against a UK ASPSP (Open Banking Directory):"), ""]
    lines.append("software_id: %s" % sid)
    lines.append("org_id: 0015800001%s" % rs(r, 8, ALNUM))
    lines.append("kid (signing): %s" % rs(r, 27, B64U))
    if r.random() < 0.5:
        lines.append(c.t("SSA (software statement, firmato dalla directory):", "SSA (software statement, signed by the directory):"))
        lines.append(ssa)
    lines.append("")
    lines.append(c.t("Risposta della registrazione:", "Registration response:"))
    resp = {"client_id": ruuid(r), "client_id_issued_at": 1764700000 + r.randint(0, 99999), "token_endpoint_auth_method": pick(r, ["client_secret_basic", "tls_client_auth", "private_key_jwt"]),
            "redirect_uris": ["https://%s/callback" % pick(r, ["rates.example.gov.uk", "pay.council-connect.co.uk"])], "software_id": sid}
    if resp["token_endpoint_auth_method"] == "client_secret_basic":
        resp["client_secret"] = c.slot("client_secret", rs(r, pick(r, [32, 40, 48]), ALNUM + "-_"), "OB_CLIENT_SECRET")
    if c.sec and not c.secrets:
        resp["registration_access_token"] = c.s("access_token", rs(r, 40, B64U))
    lines.append(json.dumps(resp, indent=2))
    return "json", "\n".join(lines)


def t_peppol(c):
    r = c.r
    pid_s, pid_r = peppol_id(r), peppol_id(r)
    lines = [c.t("Fatturazione elettronica transfrontaliera via Peppol: l'access point rifiuta i documenti.", "Cross-border e-invoicing over Peppol: our access point rejects the documents."), ""]
    lines.append("Sender: %s\nReceiver: %s\nDocument type: urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1" % (pid_s, pid_r))
    lines.append("Message-Id: %s@%s" % (ruuid(r), pick(r, ["ap.example-peppol.eu", "as4.fornitore.it"])))
    lines.append("")
    cfg = pick(r, ["yaml", "props"])
    if cfg == "yaml":
        lines.append("as4:\n  endpoint: https://ap.%s/as4\n  keystore:\n    path: /etc/ap/ap-keystore.p12\n    password: %s\n    alias: %s\n  smp: https://smp.%s" % (
            pick(r, ["example-peppol.eu", "fornitore.it"]), c.slot("password", pw_safe(r), "AP_KEYSTORE_PASSWORD", code="spring"), "POP000" + rdigits(r, 3), pick(r, ["example-peppol.eu", "fornitore.it"])))
    else:
        lines.append("org.apache.wss4j.crypto.merlin.keystore.file=ap.jks\norg.apache.wss4j.crypto.merlin.keystore.password=%s\norg.apache.wss4j.crypto.merlin.keystore.alias=%s\nap.seat.id=POP000%s" % (
            c.slot("password", pw_safe(r), "AP_KEYSTORE_PASSWORD", code="spring"), "POP000" + rdigits(r, 3), rdigits(r, 3)))
    lines.append("")
    lines.append(c.t("Seriale certificato AP: %s" % cert_serial(r), "AP certificate serial: %s" % cert_serial(r)))
    if c.sec and r.random() < 0.3:
        lines.append(c.t("Accesso alla console dell'AP: admin / %s", "AP console login: admin / %s") % c.s("password", password(r, c.lang)))
    return "config", "\n".join(lines)


def t_spring_yaml(c):
    r = c.r
    ente = comune(r)
    db_pw = pw_url(r)
    lines = [c.t(c.p("application.yml del modulo pagamenti (fornitore del comune):", "Configurazione Spring del nostro connettore, ambiente collaudo:", "Vi allego la configurazione come richiesto:"), c.p("application.yml of the payments module (municipality's supplier):", "Spring config of our connector, staging:")), "", "```yaml"]
    lines.append("spring:\n  datasource:\n    url: jdbc:postgresql://db.%s.local:5432/tributi" % slug(ente))
    lines.append("    username: tributi_app")
    lines.append("    password: %s" % c.slot("password", db_pw, "DB_PASSWORD", code="spring"))
    lines.append("  mail:\n    host: smtps.pec.aruba.it\n    port: 465\n    username: %s" % pec_addr(r, ente))
    lines.append("    password: %s" % c.slot("password", pw_url(r), "PEC_PASSWORD", code="spring"))
    lines.append("pagopa:\n  gpd:\n    base-url: https://api.uat.platform.pagopa.it/gpd/api/v1\n    subscription-key: %s" % c.slot("vendor_key", apim_key(r), "GPD_SUBSCRIPTION_KEY", code="spring"))
    lines.append("  broker-id: \"%s\"\n  station-id: \"%s_%02d\"" % (cf_ente(r), cf_ente(r), r.randint(1, 9)))
    if r.random() < 0.5:
        lines.append("sportello:\n  api:\n    key: %s\n    client-id: %s" % (c.slot("access_token", provider_key(r), "SPORTELLO_API_KEY", code="spring"), "comune-" + slug(ente)))
    if r.random() < 0.3:
        lines.append("  callback:\n    hmac-secret: %s" % c.slot("private_key", rhex(r, 64), "CALLBACK_HMAC_SECRET", code="spring"))
    lines.append("```")
    return "yaml", "\n".join(lines)


def t_php(c):
    r = c.r
    lines = [c.t(c.p("Codice PHP del portale del comune (plugin pagamenti), da un vecchio fornitore:", "Il nostro sito istituzionale usa questo per generare l'avviso:"), c.p("PHP from the town's website payments plugin (old supplier):", "Our municipal site uses this to create the notice:")), "", "<?php"]
    key = c.slot("vendor_key", apim_key(r), "PAGOPA_KEY", code="php")
    q = "'" if not key.startswith("getenv") else ""
    lines.append("define('PAGOPA_SUBSCRIPTION_KEY', %s%s%s);" % (q, key, q))
    if r.random() < 0.6:
        pw = c.slot("password", pw_safe(r), "DB_PASS", code="php")
        q2 = "'" if not pw.startswith("getenv") else ""
        lines.append("$db = new PDO('mysql:host=localhost;dbname=pagamenti', 'pagamenti', %s%s%s);" % (q2, pw, q2))
    lines.append("$ch = curl_init('https://api.platform.pagopa.it/gpd/api/v1/organizations/%s/debtpositions');" % cf_ente(r))
    lines.append("curl_setopt($ch, CURLOPT_HTTPHEADER, ['Ocp-Apim-Subscription-Key: ' . PAGOPA_SUBSCRIPTION_KEY, 'Content-Type: application/json']);")
    lines.append("$payload = ['iupd' => '%s', 'fiscalCode' => $cf, 'paymentOption' => [['iuv' => '%s', 'amount' => %d]]];" % (cf_ente(r) + "-" + rdigits(r, 6), iuv(r), r.randint(100, 90000)))
    if c.sec and r.random() < 0.3:
        u, p = "comune_" + rdigits(r, 3), pw_url(r)
        blob = basic_blob(r, u, p)
        lines.append("curl_setopt($ch, CURLOPT_USERPWD, '%s');" % c.s("client_secret", "%s:%s" % (u, p)) if r.random() < 0.5 else "$headers[] = 'Authorization: Basic %s';" % c.s("client_secret", blob))
    lines.append("$res = curl_exec($ch);")
    return "php", "\n".join(lines)


def t_dotnet(c):
    r = c.r
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "ConnectionStrings": {"Tributi": "Server=sql%02d.%s.local;Database=Tributi;User Id=svc_tributi;Password=%s;" % (r.randint(1, 9), slug(comune(r)), "__PWD__")},
         "Hmrc": {"ClientId": hmrc_client_id(r), "ClientSecret": "__HS__", "BaseUrl": "https://test-api.service.hmrc.gov.uk"},
         "PagoPa": {"SubscriptionKey": "__PK__", "IdPA": cf_ente(r)}}
    pw = c.slot("password", pw_safe(r).replace(";", "!"), "DB_PASSWORD")
    hs = c.slot("client_secret", hmrc_secret(r), "Hmrc__ClientSecret")
    pk = c.slot("vendor_key", apim_key(r), "PagoPa__SubscriptionKey")
    js = json.dumps(d, indent=2).replace("__PWD__", pw).replace("__HS__", hs).replace("__PK__", pk)
    if r.random() < 0.5:
        del d["Hmrc"]
        c.secrets = [s for s in c.secrets if s["value"] != hs]
        js = json.dumps(d, indent=2).replace("__PWD__", pw).replace("__PK__", pk)
    intro = c.t(c.p("appsettings.Development.json del gestionale (ASP.NET):", "Il servizio .NET che chiama sia pagoPA che HMRC, configurazione:"), c.p("appsettings.Development.json of the revenue system (ASP.NET):", "Config of the .NET service that talks to both pagoPA and HMRC:"))
    code = '\n\n// Program.cs\nvar key = builder.Configuration["PagoPa:SubscriptionKey"];\nhttp.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);'
    return "json", intro + "\n\n" + js + (code if r.random() < 0.6 else "")


def t_python_script(c):
    r = c.r
    lines = [c.t(c.p("Script Python che usiamo per scaricare le ricevute dal vostro endpoint e girarle al protocollo:", "Il tecnico del comune ha scritto questo, funziona a metà:"), c.p("Python script we use to fetch receipts from your endpoint and push them to the protocol system:", "The council's technician wrote this; it half works:")), "", "```python"]
    lines.append("import requests, csv")
    key = c.slot("access_token", provider_key(r), "SPORTELLO_API_KEY", code="py")
    q = '"' if "environ" not in key else ""
    lines.append("API_KEY = %s%s%s" % (q, key, q))
    lines.append("BASE = 'https://api.%s/v2'" % pick(r, ["sportello-api.example", "sandbox.sportello-api.example"]))
    if r.random() < 0.6:
        pw = c.slot("password", pw_safe(r), "PROTOCOLLO_PASSWORD", code="py")
        q = '"' if "environ" not in pw else ""
        lines.append("PROTOCOLLO = {'url': 'https://protocollo.%s.it/ws', 'user': 'ws_pagamenti', 'password': %s%s%s}" % (slug(comune(r)), q, pw, q))
    if r.random() < 0.35:
        ak = c.slot("vendor_key", aws_key(r), "AWS_ACCESS_KEY_ID", code="py")
        q = '"' if "environ" not in ak else ""
        lines.append("S3_KEY_ID = %s%s%s  # bucket conservazione" % (q, ak, q))
        if ak.startswith("AKIA") and r.random() < 0.7:
            lines.append('S3_SECRET = "%s"' % c.s("vendor_key", aws_secret(r)))
    lines.append("for row in csv.DictReader(open('avvisi_%s.csv')):" % date_iso(r)[:10])
    lines.append("    r = requests.get(f\"{BASE}/receipts/{row['iuv']}\", headers={'Authorization': f'Bearer {API_KEY}'})")
    lines.append("    print(row['iuv'], r.status_code, r.headers.get('x-request-id'))")
    lines.append("```")
    lines.append("")
    lines.append(c.t("Output: ", "Output: ") + "%s 404 %s" % (iuv(r), ruuid(r)))
    return "python", "\n".join(lines)


def t_audit(c):
    r = c.r
    lines = [c.t("CHECKLIST DI CONFORMITÀ - Misure minime di sicurezza ICT (Circolare AgID 2/2017) - estratto", "ICT security checklist (AgID-style minimum measures) - excerpt from the audit report"), ""]
    lines.append(c.t("Ente: %s   Auditor: %s   Data: %s" % (comune(r), person(r, "it"), date_it(r)), "Body: %s   Auditor: %s   Date: %s" % (comune(r), person(r, "en"), date_it(r))))
    lines.append("")
    lines.append("| ID | %s | %s | %s |" % (c.t("Controllo", "Control"), c.t("Esito", "Result"), c.t("Evidenza", "Evidence")))
    lines.append("|---|---|---|---|")
    n = 0
    for abs_id in r.sample(["ABSC 5.1.1", "ABSC 5.7.1", "ABSC 3.2.1", "ABSC 13.1.1", "ABSC 8.1.1", "ABSC 10.1.1", "ABSC 2.1.1"], r.randint(3, 5)):
        res = pick(r, ["OK", "NON CONFORME", "PARZIALE"] if c.it else ["PASS", "FAIL", "PARTIAL"])
        if c.sec and (r.random() < 0.4 or (n == 0 and abs_id == "ABSC 2.1.1")):
            ev = r.random()
            if ev < 0.35:
                val = c.s("password", password(r, c.lang))
                e = c.t("password amministratore di default ancora attiva sul gestionale protocollo: %s" % val, "default admin password still active on the protocol system: %s" % val)
            elif ev < 0.65:
                val = c.s("vendor_key", apim_key(r))
                e = c.t("chiave pagoPA in chiaro nel file config.php: %s" % val, "pagoPA key in clear text in config.php: %s" % val)
            else:
                val = c.s("password", pw_url(r))
                e = c.t("stringa di connessione con credenziali nel repository: postgres://tributi:%s@10.0.%d.%d/tributi" % (val, r.randint(0, 9), r.randint(1, 200)), "connection string with credentials in the repo: postgres://tributi:%s@10.0.%d.%d/tributi" % (val, r.randint(0, 9), r.randint(1, 200)))
            n += 1
        else:
            e = pick(r, [c.t("hash bcrypt conformi: %s" % ("$2b$12$" + rs(r, 53, ALNUM + "./")), "bcrypt hashes compliant: %s" % ("$2b$12$" + rs(r, 53, ALNUM + "./"))),
                         c.t("password in chiaro rilevate: %s" % masked(r), "clear-text password found: %s" % masked(r)),
                         c.t("inventario aggiornato al %s" % date_it(r), "inventory updated %s" % date_it(r)),
                         c.t("certificato TLS seriale %s" % cert_serial(r), "TLS certificate serial %s" % cert_serial(r)),
                         c.t("nessuna credenziale nel codice (uso di %s)" % env_read(r, "PAGOPA_KEY"), "no credentials in code (uses %s)" % env_read(r, "PAGOPA_KEY"))])
        lines.append("| %s | %s | %s | %s |" % (abs_id, c.t("Gestione credenziali", "Credential management") if abs_id.startswith("ABSC 5") else c.t("Controllo tecnico", "Technical control"), res, e))
    lines.append("")
    lines.append(c.t("Il fornitore (voi) deve confermare la rotazione entro 30 giorni.", "The supplier (you) must confirm rotation within 30 days."))
    return "table", "\n".join(lines)


def t_procurement(c):
    r = c.r
    sep = pick(r, [";", "\t"])
    lines = [c.t(c.p("Export dal portale acquisti (MePA), lotti attivi:", "Estrazione dalla piattaforma di approvvigionamento digitale:"), c.p("Export from the procurement portal, active lots:", "Procurement platform export:")), ""]
    cols = ["CIG", "CUP", "Operatore", "P.IVA", "Importo", "Stato"]
    add_cred = c.sec or r.random() < 0.4
    if add_cred:
        cols.append(pick(r, ["Credenziali portale", "Note"]))
    lines.append(sep.join(cols))
    made = False
    n = r.randint(3, 7)
    for i in range(n):
        row = [cig(r), cup(r) if r.random() < 0.7 else "", pick(r, FORNITORI), piva(r), ("%.2f" % (r.randint(100000, 9000000) / 100)).replace(".", ","), pick(r, ["AGGIUDICATO", "IN CORSO", "STIPULATO"])]
        if add_cred:
            if c.sec and (r.random() < 0.35 or (i == n - 1 and not made)):
                row.append("user %s pwd %s" % (pick(r, ["rup_", "po_"]) + rdigits(r, 4), c.s("password", pw_safe(r).replace(sep, "!"))))
                made = True
            else:
                row.append(pick(r, ["", "v. PEC del " + date_it(r), "pwd in cassaforte", "SPID", "-"]))
        lines.append(sep.join(row))
    return "csv", "\n".join(lines)


def t_commercialista(c):
    r = c.r
    lines = [hello(c), ""]
    cli = r.randint(2, 5)
    lines.append(c.t(c.p("sono lo studio che segue %d clienti che usano la vostra app per incassare. Vi elenco i dati per l'attivazione dell'addebito delle commissioni:" % cli, "per la riconciliazione di fine anno mi servono gli incassi di questi clienti:"),
                     c.p("we are an accountancy practice with %d clients on your app. Details for the fee direct debit:" % cli, "for year-end reconciliation I need the receipts for these clients:")))
    lines.append("")
    for i in range(cli):
        nm = pick(r, ["Bar Centrale di ", "Ferramenta ", "Farmacia ", "Agriturismo ", "Studio dentistico "]) + person(r, "it").split()[-1]
        if c.sec and r.random() < 0.55:
            mode = r.random()
            if mode < 0.5:
                acct = c.s("iban", fmt_iban(r, iban_raw(r, "IT")))
                lines.append("%d) %s - P.IVA %s - IBAN %s" % (i + 1, nm, piva(r), acct))
            else:
                cin, abi, cab, conto = it_parts(r)
                bban = cin + abi + cab + conto
                if r.random() < 0.5:
                    lines.append("%d) %s - P.IVA %s - %s" % (i + 1, nm, piva(r), c.t("coordinate: CIN %s ABI %s CAB %s conto %s" % (cin, abi, cab, c.s("bank_account", conto)), "bank: CIN %s ABI %s CAB %s account %s" % (cin, abi, cab, c.s("bank_account", conto)))))
                else:
                    lines.append("%d) %s - P.IVA %s - BBAN %s" % (i + 1, nm, piva(r), c.s("bank_account", bban)))
        else:
            lines.append("%d) %s - P.IVA %s - %s" % (i + 1, nm, piva(r), pick(r, ["IBAN " + fmt_iban(r, iban_bad(r, "IT")), "IBAN già comunicato", "IBAN IT60 **** **** %s" % rdigits(r, 4), "ABI %s CAB %s" % (pick(r, ABIS), rdigits(r, 5)), "BIC " + pick(r, ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "CRPPIT2P"])])))
    if c.sec and not c.secrets:
        lines.append(c.t("Il mio accesso al vostro portale partner: %s / %s" % (email_of(r, person(r, "it"), "studio.it"), c.s("password", password(r))), "My partner portal login: %s / %s" % (email_of(r, person(r, "it"), "studio.it"), c.s("password", password(r)))))
    lines += ["", bye(c), "Dottore Commercialista - Revisore Legale", "Codice fiscale studio: " + cf_person(r)]
    return "email", "\n".join(lines)


def t_citizen_payment(c):
    r = c.r
    lines = [c.t(c.p("Segnalazione dall'URP, testo del cittadino copiato dal modulo web:", "Inoltro reclamo di un utente del servizio mensa:", "Il signore al telefono ha dettato questo, l'operatore ha trascritto:"), c.p("Complaint relayed by the council contact centre, copied from the web form:", "Resident's message about a parking fine payment:", "Phone call transcribed by the operator:")), ""]
    lines.append(c.t("Nome: %s" % person(r, "it"), "Name: %s" % person(r, "en")))
    lines.append(c.t("Codice fiscale: %s" % cf_person(r), "Reference: PCN %s" % rs(r, 10, string.ascii_uppercase + string.digits)))
    lines.append(c.t("Codice avviso: %s" % codice_avviso(r), "Notice number: %s" % codice_avviso(r)))
    if c.sec:
        cc = card_raw(r)
        cv = c.s("card_number", fmt_card(r, cc))
        msg = c.t(c.p("ho pagato con la carta %s e mi hanno addebitato due volte", "la mia carta è %s, scade %02d/%d, il pagamento risulta rifiutato ma i soldi sono usciti"), c.p("I paid with card %s and was charged twice", "my card is %s, expiry %02d/%d, payment says declined but money left my account"))
        lines.append(msg % ((cv,) if msg.count("%") == 1 else (cv, r.randint(1, 12), r.randint(27, 31))))
        if r.random() < 0.5:
            lines.append(c.t("codice di sicurezza dietro: %s", "the 3 digits on the back: %s") % c.s("cvv", rdigits(r, 4 if len(cc) == 15 else 3)))
        if r.random() < 0.3:
            lines.append(c.t("la banca mi ha mandato il codice %s per confermare", "the bank texted me %s to confirm") % c.s("pin", rdigits(r, 6)))
        if r.random() < 0.3:
            lines.append(c.t("Per il rimborso: IBAN %s", "For the refund: IBAN %s") % c.s("iban", fmt_iban(r, iban_raw(r))))
    else:
        lines.append(c.t(c.p("ho pagato con la carta che finisce in %s e mi hanno addebitato due volte" % rdigits(r, 4), "la carta %s viene rifiutata (l'ho ricopiata dal retro)" % fmt_card(r, card_bad(r))),
                         c.p("I paid with the card ending %s and was charged twice" % rdigits(r, 4), "card %s is declined (copied from the back)" % fmt_card(r, card_bad(r)))))
        lines.append(c.t("ID transazione: %s" % rs(r, 20, string.ascii_uppercase + string.digits), "Transaction id: %s" % rs(r, 20, string.ascii_uppercase + string.digits)))
    lines.append(c.t("Telefono: %s" % phone(r, "it"), "Phone: %s" % phone(r, "en")))
    lines.append("")
    lines.append(c.t("Potete verificare lato PSP? Noi vediamo la RT con esito %s." % pick(r, ["0", "1", "KO"]), "Can you check on the PSP side? We see the receipt with outcome %s." % pick(r, ["OK", "KO"])))
    return "form", "\n".join(lines)


def t_ts_cns(c):
    r = c.r
    ts = tessera_sanitaria(r)
    lines = [c.t(c.p("Un dipendente non riesce a firmare il mandato di pagamento con la TS-CNS:", "Accesso ai servizi con Tessera Sanitaria-CNS, problema col lettore:"), c.p("An employee can't sign the payment order with the health-card smart card (TS-CNS):", "TS-CNS smart-card login issue at the council:")), ""]
    lines.append(c.t("Numero tessera: %s" % ts, "Card number: %s" % ts))
    lines.append(c.t("Scadenza: %s  Codice fiscale: %s" % (date_it(r), cf_person(r)), "Expiry: %s  Tax code: %s" % (date_it(r), cf_person(r))))
    lines.append(c.t("Numero identificazione tessera (ID carta): %s" % rdigits(r, 20), "Card ID: %s" % rdigits(r, 20)))
    if c.sec:
        if r.random() < 0.6:
            lines.append(c.t("PIN della carta: %s  PUK: %s" % (c.s("pin", rdigits(r, 8)), c.s("pin", rdigits(r, 8))), "Card PIN: %s  PUK: %s" % (c.s("pin", rdigits(r, 8)), c.s("pin", rdigits(r, 8)))))
        else:
            lines.append(c.t("ha provato il pin %s tre volte e ora è bloccata" % c.s("pin", rdigits(r, pick(r, [5, 6, 8]))), "tried PIN %s three times and it is now locked" % c.s("pin", rdigits(r, pick(r, [5, 6, 8])))))
    else:
        lines.append(c.t("Il PIN lo conosce solo lui; è stato bloccato dopo 3 tentativi. Serve il PUK?", "Only he knows the PIN; it locked after 3 attempts. Is the PUK needed?"))
    lines.append(c.t("Lettore: %s, middleware %s" % (pick(r, ["Bit4id miniLector", "ACS ACR39U"]), pick(r, ["Bit4id 1.4.10", "IDProtect"])), "Reader: %s" % pick(r, ["Bit4id miniLector", "ACS ACR39U"])))
    return "ticket", "\n".join(lines)


def t_env_file(c):
    r = c.r
    lines = [c.t(c.p("Il .env del container che gira presso il comune:", "Variabili d'ambiente del servizio (docker compose), ambiente collaudo:"), c.p("The .env of the container running at the council:", "Service environment (docker compose), staging:")), ""]
    items = [
        ("PAGOPA_GPD_SUBSCRIPTION_KEY", "vendor_key", apim_key(r)),
        ("PAGOPA_IO_API_KEY", "vendor_key", apim_key(r)),
        ("PEC_SMTP_PASSWORD", "password", pw_url(r)),
        ("PDND_CLIENT_ID", None, ruuid(r)),
        ("PDND_KID", None, rs(r, 43, B64U)),
        ("PDND_PURPOSE_ID", None, ruuid(r)),
        ("HMRC_CLIENT_SECRET", "client_secret", hmrc_secret(r)),
        ("HMRC_CLIENT_ID", None, hmrc_client_id(r)),
        ("SPORTELLO_API_KEY", "access_token", provider_key(r)),
        ("SPORTELLO_WEBHOOK_SECRET", "private_key", "whsec_" + rs(r, 32, ALNUM)),
        ("ENTE_CF", None, cf_ente(r)),
        ("ENTE_IBAN_TESORERIA", "iban", iban_raw(r, "IT")),
        ("DATABASE_URL", "password", None),
        ("SENTRY_DSN", None, "https://%s@o%d.ingest.sentry.io/%d" % (rhex(r, 32), r.randint(10000, 999999), r.randint(1000000, 9999999))),
        ("NOTIFY_API_KEY", "vendor_key", notify_key(r)),
        ("LOG_LEVEL", None, "debug"),
    ]
    r.shuffle(items)
    for name, kind, val in items[: r.randint(5, 10)]:
        if name == "DATABASE_URL":
            pw = pw_url(r)
            v = c.slot("password", pw, "DB_PASSWORD") if True else pw
            if v == pw:
                lines.append("DATABASE_URL=postgres://tributi:%s@db:5432/tributi" % v)
            else:
                lines.append("DATABASE_URL=postgres://tributi@db:5432/tributi")
            continue
        if name == "ENTE_IBAN_TESORERIA":
            if c.real():
                lines.append("%s=%s" % (name, c.s("iban", val)))
            else:
                lines.append("%s=%s" % (name, iban_bad(r, "IT")))
            continue
        if kind is None:
            lines.append("%s=%s" % (name, val))
        else:
            v = c.slot(kind, val, name, code="sh")
            if v.startswith("$") and not v.startswith("${"):
                v = "${%s_FROM_VAULT}" % name
            lines.append("%s=%s" % (name, v))
    return "env", "\n".join(lines)


def t_app_log(c):
    r = c.r
    lines = [c.t(c.p("Log dell'applicazione (livello DEBUG acceso per il collaudo):", "Estratto dai log di produzione del nodo intermediario:"), c.p("Application log (DEBUG on for acceptance testing):", "Excerpt from production logs of our broker node:")), "", "```"]
    for _ in range(r.randint(4, 8)):
        ts = date_iso(r) + ".%03d" % r.randint(0, 999)
        lvl = pick(r, ["INFO ", "DEBUG", "WARN ", "ERROR"])
        ev = r.random()
        if ev < 0.2:
            msg = "c.m.p.GpdClient - >> Ocp-Apim-Subscription-Key: %s" % c.slot("vendor_key", apim_key(r), "KEY")
        elif ev < 0.35:
            msg = "o.s.w.c.RestTemplate - Authorization: Bearer %s" % c.slot("access_token", jwt(r, "voucher") if r.random() < 0.5 else provider_key(r), "TOKEN")
        elif ev < 0.45:
            msg = "PecSender - login %s password=%s" % (pec_addr(r, comune(r)), c.slot("password", pw_url(r), "PEC"))
        elif ev < 0.6:
            msg = "NodoService - paGetPayment noticeNumber=%s outcome=%s requestId=%s" % (codice_avviso(r, False), pick(r, ["OK", "KO"]), ruuid(r))
        elif ev < 0.7:
            msg = "SdiReceiver - RicevutaConsegna IdentificativoSdI=%s NomeFile=IT%s_%s.xml hash=%s" % (sdi_id(r), piva(r), rs(r, 5, ALNUM), rhex(r, 64))
        elif ev < 0.8:
            msg = "PdndClient - voucher obtained kid=%s exp=%d purposeId=%s" % (rs(r, 43, B64U), 1764700000 + r.randint(0, 999999), ruuid(r))
        elif ev < 0.9:
            msg = "Reconcile - IUV %s amount=%d psp=%s iur=%s" % (iuv(r), r.randint(100, 90000), pick(r, ["BCITITMM", "UNCRITMM", "BPPIITRRXXX"]), rs(r, 20, string.ascii_uppercase + string.digits))
        else:
            msg = "HttpClient - trace_id=%s span_id=%s status=%d" % (rhex(r, 32), rhex(r, 16), pick(r, [200, 401, 500, 504]))
        lines.append("%s %s [%s] %s" % (ts, lvl, pick(r, ["main", "http-nio-8080-exec-%d" % r.randint(1, 20), "pool-2-thread-1"]), msg))
    lines.append("```")
    return "log", "\n".join(lines)


def t_uk_refunds(c):
    r = c.r
    lines = [c.t("Rimborsi business rates del comune inglese partner, foglio inviato dal finance officer:", "Business rates refunds - sheet from the council's finance officer:"), ""]
    lines.append("Account ref,Name,Sort code,Account number,Amount,Reason")
    need = c.sec
    n = r.randint(3, 6)
    for i in range(n):
        sc = "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))
        if c.sec and (r.random() < 0.5 or (i == n - 1 and need)):
            acct = c.s("bank_account", rdigits(r, 8))
            need = False
        else:
            acct = pick(r, ["****" + rdigits(r, 4), "", "(by phone)", "XXXXXXXX"])
        lines.append("%s,%s,%s,%s,%s,%s" % ("NNDR" + rdigits(r, 8), person(r, "en"), sc, acct, "%.2f" % (r.randint(1000, 900000) / 100), pick(r, ["overpayment", "small business relief", "closed"])))
    lines.append("")
    lines.append(c.t("Chiedono se la vostra API payouts accetta sort code + account invece dell'IBAN.", "They ask whether your payouts API accepts sort code + account instead of IBAN."))
    return "csv", "\n".join(lines)


def t_io_app(c):
    r = c.r
    sid = rs(r, 26, string.ascii_uppercase + string.digits)
    lines = [c.t(c.p("Invio messaggi App IO con avviso di pagamento allegato:", "Servizio su App IO del comune, il messaggio parte ma senza avviso:"), c.p("Sending App IO messages with a payment notice attached:", "The municipality's App IO service sends messages but without the notice:")), ""]
    k = c.slot("vendor_key", apim_key(r), "IO_API_KEY", code=pick(r, [None, "sh"]), force=(c.sec and r.random() < 0.8) or None)
    lines.append("curl -X POST https://api.io.pagopa.it/api/v1/messages \\\n  -H 'Ocp-Apim-Subscription-Key: %s' \\\n  -d '{\"fiscal_code\":\"%s\",\"content\":{\"subject\":\"Avviso TARI %d\",\"markdown\":\"...\",\"payment_data\":{\"amount\":%d,\"notice_number\":\"%s\"}}}'" % (
        k, cf_person(r), r.choice([2025, 2026]), r.randint(1000, 90000), codice_avviso(r, False)))
    lines.append("")
    lines.append(c.t("service_id %s, message id restituito %s" % (sid, rs(r, 26, string.ascii_uppercase + string.digits)), "service_id %s, returned message id %s" % (sid, rs(r, 26, string.ascii_uppercase + string.digits))))
    if r.random() < 0.4:
        lines.append(c.t("(chiave secondaria: %s)", "(secondary key: %s)") % c.slot("vendor_key", apim_key(r), "IO_API_KEY_SECONDARY"))
    return "curl", "\n".join(lines)


def t_agent_note(c):
    r = c.r
    lines = [c.t("NOTA INTERNA (agente %s) - ticket #%d" % (person(r, "it").split()[0], r.randint(10000, 99999)), "INTERNAL NOTE (agent %s) - ticket #%d" % (person(r, "en").split()[0], r.randint(10000, 99999)))]
    lines.append(c.t("Cliente: %s (integratore %s)" % (comune(r), pick(r, FORNITORI)), "Customer: %s (integrator %s)" % (pick(r, UK_COUNCILS + [comune(r)]), pick(r, FORNITORI))))
    bits = []
    bits.append(c.t("Hanno riportato errore 401 su /v2/notices, request id %s." % ruuid(r), "They report 401 on /v2/notices, request id %s." % ruuid(r)))
    if c.sec:
        m = r.random()
        if m < 0.3:
            bits.append(c.t("Nel ticket hanno incollato la loro API key %s - chiedere rotazione!" % c.s("access_token", provider_key(r)), "They pasted their API key %s in the ticket - ask them to rotate!" % c.s("access_token", provider_key(r))))
        elif m < 0.55:
            bits.append(c.t("Il tecnico ha dettato al telefono la password del backoffice, %s, e l'OTP %s." % (c.s("password", password(r)), c.s("pin", rdigits(r, 6))), "The technician read out the back-office password, %s, and OTP %s, on the phone." % (c.s("password", password(r, "en")), c.s("pin", rdigits(r, 6)))))
        elif m < 0.8:
            bits.append(c.t("Refresh token visto nel log che ci hanno mandato: %s (dicono che è già revocato)" % c.s("refresh_token", rs(r, 48, B64U)), "Refresh token visible in their log: %s (they say it's already revoked)" % c.s("refresh_token", rs(r, 48, B64U))))
        else:
            u, p = "ente" + rdigits(r, 5), pw_url(r)
            bits.append(c.t("Header Basic che usano: Authorization: Basic %s" % c.s("client_secret", basic_blob(r, u, p)), "Basic header they use: Authorization: Basic %s" % c.s("client_secret", basic_blob(r, u, p))))
    else:
        bits.append(c.t(pick(r, ["Chiave già oscurata dal cliente (%s).", "Gli ho detto di non mandare password via ticket; valore rimosso (%s).", "Il client id è %s, nessuna credenziale nel ticket."]), pick(r, ["Key already masked by the customer (%s).", "Told them never to send passwords by ticket; value removed (%s).", "Client id is %s, no credentials in the ticket."])) % pick(r, [masked(r), "comune-" + slug(comune(r)) + "-prod", "[REDACTED]"]))
    bits.append(c.t("Prossimo passo: %s" % pick(r, ["verificare la stazione sul Backoffice pagoPA", "escalation L2", "attendere PEC di conferma"]), "Next: %s" % pick(r, ["check the station in the pagoPA back office", "escalate to L2", "wait for their certified mail"])))
    lines += bits
    return "note", "\n".join(lines)


def t_credentials_sheet(c):
    r = c.r
    ente = comune(r)
    lines = [c.t("Dal file \"Credenziali servizi online.xlsx\" dell'ufficio ragioneria (foglio 1, copiato):", "From the finance office's \"Online services credentials.xlsx\" (sheet 1, copied):"), ""]
    lines.append("\t".join([c.t("Servizio", "Service"), "URL", c.t("Utente", "User"), "Password", c.t("Note", "Notes")]))
    services = [("Backoffice pagoPA", "selfcare.pagopa.it", "SPID " + cf_person(r), None, c.t("accesso solo SPID", "SPID only")),
                ("PEC protocollo", "webmail.pec.it", pec_addr(r, ente), "pw", c.t("cambiata a %s" % date_it(r), "changed %s" % date_it(r))),
                ("Entratel", "telematici.agenziaentrate.gov.it", cf_person(r), "pw", "PIN " + "__PIN__"),
                ("Portale fornitore", "backoffice.pagamenti.it", "ragioneria", "pw", ""),
                ("MePA", "acquistinretepa.it", "PO" + rdigits(r, 6), "pw", "RUP"),
                ("INPS", "inps.it", cf_person(r), None, "SPID/CIE"),
                ("Tesoreria home banking", "inbank.it", rdigits(r, 8), "pw", c.t("token fisico in cassaforte", "hardware token in the safe")),
                ("PDND selfcare", "selfcare.pagopa.it", "SPID", None, "kid " + rs(r, 43, B64U))]
    r.shuffle(services)
    for s, url, u, pwk, note in services[: r.randint(3, 6)]:
        if pwk:
            pw = c.slot("password", pw_safe(r).replace("\t", ""), "PW")
        else:
            pw = "-"
        if "__PIN__" in note:
            note = note.replace("__PIN__", c.slot("pin", rdigits(r, 10), "PIN"))
        lines.append("\t".join([s, url, u, pw, note]))
    lines.append("")
    lines.append(c.t("(il file era condiviso su una cartella di rete: il fornitore ce l'ha segnalato)", "(the file sat on a shared network drive; the supplier flagged it)"))
    return "tsv", "\n".join(lines)


def t_tender_doc(c):
    r = c.r
    lines = [c.t("CAPITOLATO SPECIALE D'APPALTO - Allegato tecnico (estratto citato nel ticket)", "TECHNICAL ANNEX of the tender (excerpt quoted in the ticket)")]
    lines.append(c.t("Art. %d - Requisiti di sicurezza delle integrazioni" % r.randint(5, 30), "Section %d - Integration security requirements" % r.randint(5, 30)))
    lines.append(c.t("%d.1 Le credenziali di accesso alle API (subscription key, client secret, password) non devono mai essere trasmesse via e-mail o PEC né riportate nei ticket di assistenza." % r.randint(5, 30),
                     "The API credentials (subscription keys, client secrets, passwords) must never be sent by email or written into support tickets."))
    lines.append(c.t("%d.2 L'operatore economico utilizza un vault; nei file di configurazione è ammesso solo il riferimento (es. %s)." % (r.randint(5, 30), pick(r, ["vault:secret/data/pagopa#key", "arn:aws:secretsmanager:eu-south-1:%s:secret:pagopa-key-%s" % (rdigits(r, 12), rs(r, 6, ALNUM)), "${PAGOPA_KEY}", "kv://ente-kv/pdnd-private-key"])),
                     "The supplier uses a vault; configuration files may only hold the reference (e.g. %s)." % pick(r, ["vault:secret/data/pagopa#key", "arn:aws:secretsmanager:eu-west-2:%s:secret:hmrc-secret-%s" % (rdigits(r, 12), rs(r, 6, ALNUM)), "${HMRC_CLIENT_SECRET}"])))
    lines.append(c.t("%d.3 Le password rispettano una lunghezza minima di 14 caratteri e sono ruotate ogni 90 giorni." % r.randint(5, 30), "Passwords are at least 14 characters long and rotated every 90 days."))
    lines.append(c.t("Importo a base d'asta: %s - CIG %s - CUP %s" % (money(r, "it"), cig(r), cup(r)), "Base amount: %s - CIG %s - CUP %s" % (money(r, "en"), cig(r), cup(r))))
    lines.append("")
    if c.sec:
        lines.append(c.t("...e poi nell'allegato C del fornitore c'è scritto:", "...and then the supplier's annex C says:"))
        m = r.random()
        if m < 0.5:
            lines.append(c.t("\"Ambiente di collaudo: utente collaudo_ente, password %s\"", "\"Staging: user test_council, password %s\"") % c.s("password", password(r, c.lang)))
        else:
            lines.append(c.t("\"Chiave di sottoscrizione per i test: %s\"", "\"Subscription key for testing: %s\"") % c.s("vendor_key", apim_key(r)))
        lines.append(c.t("Va bene così secondo voi?", "Is that acceptable in your view?"))
    else:
        lines.append(c.t("Ci confermate che la vostra piattaforma rispetta questi punti?", "Can you confirm your platform meets these points?"))
    return "pdf-text", "\n".join(lines)


def t_pagopa_receipt(c):
    r = c.r
    d = {"receiptId": rhex(r, 32), "noticeNumber": codice_avviso(r, False), "fiscalCode": cf_ente(r), "outcome": "OK", "creditorReferenceId": iuv(r),
         "paymentAmount": "%.2f" % (r.randint(100, 90000) / 100), "description": pick(r, ["Retta asilo nido", "TARI acconto", "Diritti istruttoria SUAP", "Canone unico patrimoniale"]),
         "companyName": comune(r), "debtor": {"uniqueIdentifier": {"entityUniqueIdentifierType": "F", "entityUniqueIdentifierValue": cf_person(r)}, "fullName": person(r, "it")},
         "idPSP": pick(r, ["BCITITMM", "UNCRITMM", "CIPBITMM", "ABI03069"]), "pspCompanyName": pick(r, ["Intesa Sanpaolo", "Nexi Payments", "Poste Italiane"]),
         "idChannel": "%s_%02d" % (piva(r), r.randint(1, 9)), "paymentMethod": pick(r, ["CP", "BBT", "PO"]), "fee": "%.2f" % (r.randint(0, 300) / 100),
         "paymentDateTime": date_iso(r), "transferList": [{"idTransfer": 1, "transferAmount": "%.2f" % (r.randint(100, 90000) / 100), "fiscalCodePA": cf_ente(r), "IBAN": "__IB__", "remittanceInformation": "/RFB/%s/%.2f" % (iuv(r), r.randint(100, 9000) / 100), "transferCategory": "9/0101108TS/"}]}
    ib = iban_raw(r, "IT") if (c.sec and r.random() < 0.75) else iban_bad(r, "IT")
    if iban_valid_mod(ib):
        c.s("iban", ib)
    if c.sec and (r.random() < 0.5 or not c.secrets):
        cc = card_raw(r)
        d["paymentToken"] = rhex(r, 32)
        d["payer"] = {"card": "__CARD__"}
        txt = json.dumps(d, indent=2, ensure_ascii=False).replace("__IB__", ib).replace("__CARD__", c.s("card_number", cc))
    else:
        d["paymentToken"] = rhex(r, 32)
        txt = json.dumps(d, indent=2, ensure_ascii=False).replace("__IB__", ib)
    intro = c.t(c.p("Ricevuta telematica (paSendRT) che ci arriva, il campo IBAN è quello della tesoreria:", "JSON della ricevuta letta dal nostro connettore:"), c.p("Receipt (paSendRT) as we receive it; the IBAN is the treasury's:", "Receipt JSON as read by our connector:"))
    return "json", intro + "\n\n" + txt


def t_prose_no_secret(c):
    # long-ish pure prose about credentials, no values (always must-pass); secret variant adds one inline value
    r = c.r
    lines = [hello(c), ""]
    lines.append(c.t(c.p("vi scrivo perché dopo il passaggio al nuovo intermediario tecnologico non sappiamo più dove si configura la subscription key di pagoPA, né chi deve rigenerarla.",
                         "il nostro responsabile della transizione digitale chiede come ruotare la password della PEC senza interrompere l'invio delle notifiche.",
                         "dopo l'audit ci hanno detto che il client secret di HMRC non deve stare nel database: dove lo mettiamo?",
                         "abbiamo ricevuto l'avviso che la chiave PDND scade tra 30 giorni; la procedura di caricamento della nuova chiave pubblica è quella del manuale?"),
                     c.p("after switching to the new pagoPA technology broker we don't know where the subscription key is configured or who should regenerate it.",
                         "our digital transition officer asks how to rotate the PEC password without interrupting notifications.",
                         "after the audit we were told the HMRC client secret must not sit in the database: where should it go?",
                         "we got a notice that our PDND key expires in 30 days; is uploading the new public key as in the manual?")))
    lines.append("")
    lines.append(c.t("Riferimenti: %s, CIG %s, ticket precedente #%d, richiesta %s." % (protocollo(r), cig(r), r.randint(1000, 99999), ruuid(r)), "References: %s, CIG %s, previous ticket #%d, request %s." % (protocollo(r), cig(r), r.randint(1000, 99999), ruuid(r))))
    if r.random() < 0.5:
        lines.append(c.t("La chiave pubblica che abbiamo caricato:", "The public key we uploaded:"))
        lines.append(pub_pem(r))
        lines.append("kid: " + rs(r, 43, B64U))
    if c.sec:
        lines.append(c.t(c.p("(per inciso la subscription key attuale è %s, se vi serve per controllare)", "PS la chiave vecchia, che dovrebbe essere già revocata, era %s"), c.p("(the current subscription key is %s, in case you need to check)", "PS the old key, which should already be revoked, was %s")) % c.s("vendor_key", apim_key(r)))
    lines += ["", bye(c)]
    return "email", "\n".join(lines)


def t_pec_password_reset(c):
    r = c.r
    ente = comune(r)
    pec = pec_addr(r, ente)
    lines = [c.t(c.p("Il gestore PEC ci ha mandato il reset, ma il vostro servizio invia ancora con la vecchia:", "Configurazione client di posta certificata nel vostro pannello notifiche:"), c.p("The PEC provider sent the reset, but your notification service still sends with the old one:", "Certified-mail (PEC) client settings in your notifications panel:")), ""]
    lines.append(c.t("Casella: %s" % pec, "Mailbox: %s" % pec))
    lines.append("IMAP: imaps.pec.aruba.it:993   SMTP: smtps.pec.aruba.it:465")
    if c.sec:
        m = r.random()
        old, new = password(r), password(r)
        if m < 0.4:
            lines.append(c.t("Vecchia password: %s\nNuova password: %s" % (c.s("password", old), c.s("password", new)), "Old password: %s\nNew password: %s" % (c.s("password", old), c.s("password", new))))
        elif m < 0.7:
            lines.append(c.t("la password provvisoria arrivata per SMS era %s, poi cambiata in %s" % (c.s("password", old), c.s("password", new)), "the temporary password by SMS was %s, then changed to %s" % (c.s("password", old), c.s("password", new))))
        else:
            lines.append(c.t("Password\n%s\n(quella scritta sopra)" % c.s("password", new), "Password\n%s\n(the one above)" % c.s("password", new)))
    else:
        lines.append(c.t("Password: (aggiornata nel pannello il %s, non la riporto)" % date_it(r), "Password: (updated in the panel on %s, not writing it here)" % date_it(r)))
    lines.append(c.t("Ultima ricevuta di accettazione: %s" % "opec%d.%s@pec.aruba.it" % (r.randint(200, 299), rdigits(r, 20)), "Last acceptance receipt: opec%d.%s@pec.aruba.it" % (r.randint(200, 299), rdigits(r, 20))))
    return "ticket", "\n".join(lines)


def t_iban_check_question(c):
    r = c.r
    lines = [hello(c), ""]
    lines.append(c.t("la vostra API di validazione rifiuta questi IBAN che l'anagrafe tributaria ha importato. Potete dirci quali sono davvero errati?", "your validation API rejects these IBANs imported from the tax registry. Which are actually wrong?"))
    lines.append("")
    for _ in range(r.randint(3, 6)):
        if c.sec and r.random() < 0.5:
            lines.append("- " + c.s("iban", fmt_iban(r, iban_raw(r))))
        else:
            lines.append("- " + fmt_iban(r, iban_bad(r)) + pick(r, ["", "  (BIC %s)" % pick(r, ["BCITITMM", "BPPIITRRXXX", "UNCRITMM"]), "  " + c.t("errore: check digit", "error: check digit")]))
    if c.sec and not c.secrets:
        lines.append("- " + c.s("iban", iban_raw(r)))
    lines.append("")
    lines.append(c.t("ABI/CAB della tesoreria: %s / %s" % (pick(r, ABIS), rdigits(r, 5)), "Treasury ABI/CAB: %s / %s" % (pick(r, ABIS), rdigits(r, 5))))
    lines += ["", bye(c)]
    return "email", "\n".join(lines)


def t_wrapped_token(c):
    r = c.r
    tok = jwt(r, pick(r, ["voucher", "generic"]))
    w = r.randint(60, 76)
    wrapped = "\n".join(tok[i:i + w] for i in range(0, len(tok), w))
    lines = [c.t(c.p("Il token copiato dalla mail del collega (è andato a capo da solo):", "Token che il sistema del comune manda, copiato dal PDF del verbale di collaudo:"), c.p("Token copied from my colleague's mail (it wrapped by itself):", "Token the council system sends, copied from the acceptance-test PDF:")), ""]
    if c.sec:
        lines.append("Authorization: Bearer")
        lines.append(c.s("access_token", wrapped))
    else:
        lines.append("Authorization: Bearer " + pick(r, ["<token PDND>", "eyJhbGciOi...(troncato)", "[RIMOSSO]", "{{voucher}}"]))
        lines.append(c.t("Claim decodificati:", "Decoded claims:"))
        pl = tok.split(".")[1]
        lines.append(base64.urlsafe_b64decode(pl + "=" * (-len(pl) % 4)).decode())
    lines.append("")
    lines.append(c.t("Verbale n. %d - %s" % (r.randint(1, 99), protocollo(r)), "Minutes no. %d - %s" % (r.randint(1, 99), protocollo(r))))
    return "pdf-text", "\n".join(lines)


def t_cbill_bank(c):
    r = c.r
    lines = [c.t("Pagamento avviso tramite CBILL dall'home banking del cittadino, schermata copiata:", "Paying a notice via CBILL from a resident's home banking, screen copied:"), ""]
    lines.append("Codice CBILL azienda: %s" % cbill(r))
    lines.append(c.t("Numero avviso: %s" % codice_avviso(r), "Notice number: %s" % codice_avviso(r)))
    lines.append(c.t("Importo: %s" % money(r, "it"), "Amount: %s" % money(r, "it")))
    lines.append(c.t("Commissione: %s" % money(r, "it"), "Fee: %s" % money(r, "it")))
    ib = iban_raw(r, "IT") if (c.sec and r.random() < 0.6) else None
    if ib:
        lines.append(c.t("Conto di addebito: %s" % c.s("iban", fmt_iban(r, ib)), "Debit account: %s" % c.s("iban", fmt_iban(r, ib))))
    else:
        lines.append(c.t("Conto di addebito: IT** **** **** **** **** **%s" % rdigits(r, 4 + 2)[:4], "Debit account: IT** **** %s" % rdigits(r, 4)))
    if c.sec and r.random() < 0.6:
        lines.append(c.t("Codice O-Key / SMS inserito: %s" % c.s("pin", rdigits(r, 6)), "O-Key / SMS code entered: %s" % c.s("pin", rdigits(r, 6))))
    if c.sec and not c.secrets:
        lines.append(c.t("PIN dispositivo: %s" % c.s("pin", rdigits(r, 5)), "Device PIN: %s" % c.s("pin", rdigits(r, 5))))
    lines.append(c.t("Riferimento operazione: %s" % rs(r, 18, string.ascii_uppercase + string.digits), "Operation reference: %s" % rs(r, 18, string.ascii_uppercase + string.digits)))
    lines.append("")
    lines.append(c.t("Lo stato su pagoPA resta 'in attesa'.", "Status on pagoPA stays 'pending'."))
    return "screen", "\n".join(lines)


def t_keystore_cmd(c):
    r = c.r
    lines = [c.t("Comandi usati dal fornitore per preparare il keystore del canale (dalla loro documentazione interna):", "Commands the supplier used to prepare the channel keystore (from their internal docs):"), "", "```"]
    alias = pick(r, ["sdi", "pagopa-station", "qwac", "pdnd"])
    ksp = pw_url(r).replace("'", "")
    if c.sec:
        kp = c.s("password", ksp)
        lines.append("openssl pkcs12 -export -in %s.crt -inkey %s.key -out %s.p12 -name %s -passout pass:%s" % (alias, alias, alias, alias, kp))
        lines.append("keytool -importkeystore -srckeystore %s.p12 -srcstoretype PKCS12 -srcstorepass %s -destkeystore %s.jks -deststorepass %s" % (alias, kp, alias, kp))
    else:
        lines.append("openssl pkcs12 -export -in %s.crt -inkey %s.key -out %s.p12 -name %s -passout env:P12_PASS" % (alias, alias, alias, alias))
        lines.append("keytool -importkeystore -srckeystore %s.p12 -srcstoretype PKCS12 -srcstorepass:env P12_PASS -destkeystore %s.jks -deststorepass:env JKS_PASS" % (alias, alias))
    lines.append("keytool -list -v -keystore %s.jks | grep -E 'SHA256|Serial'" % alias)
    lines.append("```")
    lines.append("Serial number: %s" % rhex(r, 32))
    lines.append("SHA256: %s" % fingerprint(r))
    lines.append(c.t("Il certificato scade il %s: possiamo riusare la stessa procedura per il rinnovo?" % date_it(r), "The certificate expires on %s: can we reuse this procedure for renewal?" % date_it(r)))
    return "terminal", "\n".join(lines)


def t_k8s_secret(c):
    r = c.r
    lines = [c.t(c.p("Il manifest del deploy presso il datacenter regionale (ce l'ha mandato il fornitore):", "Secret Kubernetes del connettore pagamenti, ambiente %s:" % pick(r, ["collaudo", "produzione"])), c.p("The deployment manifest at the regional datacentre (sent by the supplier):", "Kubernetes Secret of the payments connector, %s:" % pick(r, ["staging", "production"]))), "", "apiVersion: v1", "kind: Secret", "metadata:", "  name: connettore-pagopa", "  namespace: ente-%s" % slug(comune(r)), "type: Opaque", "data:"]
    items = [("PEC_PASSWORD", "password", pw_url(r)), ("GPD_SUBSCRIPTION_KEY", "vendor_key", apim_key(r)), ("DB_PASSWORD", "password", pw_url(r)), ("SPORTELLO_API_KEY", "access_token", provider_key(r))]
    r.shuffle(items)
    for name, kind, val in items[: r.randint(2, 4)]:
        b64 = base64.b64encode(val.encode()).decode()
        if c.real():
            lines.append("  %s: %s" % (name, c.s(kind, b64)))
        else:
            lines.append("  %s: %s" % (name, pick(r, ["\"\"", "Q0hBTkdFX01F", "<base64>"])))
    lines.append("---")
    lines.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: connettore-pagopa-config\ndata:\n  ID_PA: \"%s\"\n  ID_STAZIONE: \"%s_%02d\"\n  PDND_KID: \"%s\"" % (cf_ente(r), cf_ente(r), r.randint(1, 9), rs(r, 43, B64U)))
    return "yaml", "\n".join(lines)


def t_webconfig(c):
    r = c.r
    pw = pw_safe(r).replace(";", "!")
    lines = [c.t(c.p("web.config del vecchio gestionale tributi (.NET Framework), trovato sul server del comune:", "Configurazione IIS dell'applicazione protocollo che deve chiamare la vostra API:"), c.p("web.config of the old revenue system (.NET Framework), found on the council's server:", "IIS config of the protocol application that calls your API:")), ""]
    lines.append('<configuration>\n  <connectionStrings>\n    <add name="Tributi" connectionString="Data Source=SRV-%s\\SQLEXPRESS;Initial Catalog=Tributi;User ID=sa;Password=%s;" providerName="System.Data.SqlClient" />\n  </connectionStrings>' % (rs(r, 4, string.ascii_uppercase), c.slot("password", pw, "SQL_PASSWORD")))
    lines.append('  <appSettings>\n    <add key="IdPA" value="%s" />\n    <add key="PagoPaSubscriptionKey" value="%s" />\n    <add key="SportelloApiKey" value="%s" />\n    <add key="SmtpPecUser" value="%s" />\n    <add key="SmtpPecPassword" value="%s" />\n  </appSettings>\n</configuration>' % (
        cf_ente(r), c.slot("vendor_key", apim_key(r), "PAGOPA_KEY"), c.slot("access_token", provider_key(r), "API_KEY"), pec_addr(r, comune(r)), c.slot("password", pw_safe(r), "PEC_PASSWORD")))
    return "xml", "\n".join(lines)


def t_sql_fornitori(c):
    r = c.r
    lines = [c.t("Output della query sull'anagrafica fornitori (psql), righe che la vostra API rifiuta:", "psql output from the supplier registry; rows your API rejects:"), "", "tributi=> SELECT id, ragione_sociale, piva, iban, bic FROM fornitori WHERE stato = 'KO';"]
    lines.append(" id  |      ragione_sociale       |    piva     |            iban             |     bic")
    lines.append("-----+----------------------------+-------------+-----------------------------+-------------")
    n = r.randint(2, 6)
    need = c.sec
    for i in range(n):
        if c.sec and (r.random() < 0.45 or (i == n - 1 and need)):
            ib = c.s("iban", iban_raw(r, "IT"))
            need = False
        else:
            ib = pick(r, [iban_bad(r, "IT"), "", "IT00X0000000000000000000000"])
        lines.append(" %3d | %-26s | %s | %-27s | %s" % (r.randint(1, 999), pick(r, FORNITORI)[:26], piva(r), ib, pick(r, ["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "BAPPIT21", ""])))
    lines.append("(%d rows)" % n)
    return "sql", "\n".join(lines)


def t_whatsapp(c):
    r = c.r
    a = person(r, c.lang).split()[0]
    day = date_it(r)
    mm = [r.randint(7 * 60, 20 * 60)]

    def ts():
        mm[0] = min(23 * 60 + 59, mm[0] + r.randint(0, 25))
        return "[%02d:%02d, %s]" % (mm[0] // 60, mm[0] % 60, day)
    lines = [c.t(c.p("Vi inoltro i messaggi che mi ha mandato il responsabile CED del comune su WhatsApp:", "Screenshot di WhatsApp trascritto dal mio collega:"), c.p("Forwarding the WhatsApp messages from the town's IT manager:", "WhatsApp chat transcribed by my colleague:")), ""]
    lines.append("%s %s: %s" % (ts(), a, c.t(c.p("ciao! ti giro le cose per il collaudo", "ecco, scusa il ritardo"), c.p("hi! sending the UAT stuff", "here you go, sorry for the delay"))))
    if c.sec:
        m = r.random()
        if m < 0.35:
            lines.append("%s %s: %s" % (ts(), a, c.t("chiave gpd", "gpd key")))
            lines.append("%s %s: %s" % (ts(), a, c.s("vendor_key", apim_key(r))))
        elif m < 0.7:
            p = c.s("password", password(r, c.lang))
            lines.append("%s %s: %s" % (ts(), a, c.t("pwd pec ragioneria %s", "PEC password %s") % p))
        else:
            lines.append("%s %s: %s" % (ts(), a, c.t("il codice che ti è arrivato è %s?", "is the code you got %s?") % c.s("pin", rdigits(r, 6))))
        if r.random() < 0.4:
            lines.append("%s %s: %s" % (ts(), a, c.t("e l'IBAN della tesoreria per i riversamenti è %s", "and the treasury IBAN for transfers is %s") % c.s("iban", fmt_iban(r, iban_raw(r, "IT")))))
    else:
        lines.append("%s %s: %s" % (ts(), a, c.t(c.p("la password te la detto a voce domani", "la chiave la trovi nel vault, cartella pagoPA", "lo IUV è %s" % iuv(r)), c.p("I'll tell you the password in person tomorrow", "the key is in the vault, pagoPA folder", "the IUV is %s" % iuv(r)))))
        lines.append("%s %s: %s" % (ts(), a, c.t("BIC tesoreria %s, ABI %s CAB %s" % (pick(r, ["BCITITMM", "BPMOIT22XXX"]), pick(r, ABIS), rdigits(r, 5)), "treasury BIC %s, ABI %s CAB %s" % (pick(r, ["BCITITMM", "BPMOIT22XXX"]), pick(r, ABIS), rdigits(r, 5)))))
    lines.append("%s %s: %s" % (ts(), a, c.t(c.p("👍", "ok?", "fammi sapere", "tutto chiaro?"), c.p("👍", "ok?", "let me know", "all clear?"))))
    return "chat", "\n".join(lines)


def t_spid_sp(c):
    r = c.r
    eid = "https://%s/spid" % pick(r, ["servizi." + slug(comune(r)) + ".it", "sportello.unione" + rdigits(r, 2) + ".it"])
    lines = [c.t(c.p("Configurazione del Service Provider SPID/CIE del portale (spid-php / satosa):", "Metadata e chiavi del SP SPID, il login va in errore 'firma non valida':"), c.p("SPID/CIE service provider config of the portal:", "SPID SP metadata and keys; login fails with 'invalid signature':")), ""]
    lines.append("entityID: %s" % eid)
    lines.append("AssertionConsumerService: %s/acs" % eid)
    lines.append("x509 fingerprint (SHA-256): %s" % fingerprint(r))
    lines.append("AuthnRequest ID: _%s" % rhex(r, 40))
    lines.append("")
    if c.sec:
        lines.append("sp.key:")
        lines.append(c.s("private_key", private_pem(r, pick(r, ["PRIVATE KEY", "RSA PRIVATE KEY"]))))
    else:
        lines.append("sp.crt:")
        lines.append(cert_pem(r))
        lines.append(c.t("sp.key: (non incollata, sta in /etc/spid/sp.key con permessi 600)", "sp.key: (not pasted; lives in /etc/spid/sp.key, mode 600)"))
    return "config", "\n".join(lines)


def t_dpo_notice(c):
    r = c.r
    lines = [c.t("COMUNICAZIONE AL RPD/DPO - possibile violazione di dati personali (art. 33 GDPR)", "NOTICE TO THE DPO - possible personal data breach (Art. 33 GDPR)"), ""]
    lines.append(c.t("Ente: %s  -  Rif. interno: %s" % (comune(r), protocollo(r)), "Body: %s  -  Internal ref: %s" % (pick(r, UK_COUNCILS + [comune(r)]), protocollo(r))))
    lines.append(c.t("In data %s un operatore ha inviato al supporto del fornitore un ticket contenente:" % date_it(r), "On %s an officer sent the supplier's support desk a ticket containing:" % date_it(r)))
    if c.sec:
        m = r.random()
        if m < 0.35:
            lines.append(c.t("- la password dell'utenza amministrativa del portale pagamenti (%s), poi modificata;" % c.s("password", password(r)), "- the admin password of the payments portal (%s), since changed;" % c.s("password", password(r, "en"))))
        if m >= 0.3 or r.random() < 0.5:
            lines.append(c.t("- i dati della carta di un cittadino: %s, CVV %s;" % (c.s("card_number", fmt_card(r, card_raw(r))), c.s("cvv", rdigits(r, 3))), "- a resident's card details: %s, CVV %s;" % (c.s("card_number", fmt_card(r, card_raw(r))), c.s("cvv", rdigits(r, 3)))))
        if r.random() < 0.4:
            lines.append(c.t("- l'IBAN di un beneficiario di contributo: %s." % c.s("iban", fmt_iban(r, iban_raw(r))), "- a grant recipient's IBAN: %s." % c.s("iban", fmt_iban(r, iban_raw(r)))))
    else:
        lines.append(c.t("- i dati della carta di un cittadino (numero oscurato: **** **** **** %s);" % rdigits(r, 4), "- a resident's card details (masked: **** **** **** %s);" % rdigits(r, 4)))
        lines.append(c.t("- un IBAN con cifre di controllo errate (%s), quindi non riconducibile a un conto." % iban_bad(r), "- an IBAN with wrong check digits (%s), so not tied to any account." % iban_bad(r)))
    lines.append(c.t("Valutazione del rischio: %s. Notifica al Garante: %s." % (pick(r, ["basso", "medio"]), pick(r, ["non necessaria", "entro 72 ore"])), "Risk: %s. Notification to the regulator: %s." % (pick(r, ["low", "medium"]), pick(r, ["not required", "within 72 hours"]))))
    lines.append(c.t("Il fornitore ha confermato la cancellazione del ticket n. %d." % r.randint(10000, 99999), "The supplier confirmed ticket %d was deleted." % r.randint(10000, 99999)))
    return "report", "\n".join(lines)


def t_docs_examples(c):
    r = c.r
    lines = [c.t(c.p("Nella vostra guida all'integrazione ci sono questi esempi, sono valori veri o finti?", "Dalla documentazione che ci avete mandato (pag. %d):" % r.randint(3, 60)), c.p("Your integration guide has these examples: real or fake values?", "From the documentation you sent us (p. %d):" % r.randint(3, 60))), ""]
    ex = [
        "Ocp-Apim-Subscription-Key: <your-subscription-key>",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "codice_fiscale: RSSMRA85T10A562S",
        "client_secret: YOUR_CLIENT_SECRET",
        "Authorization: Bearer {{voucher}}",
        "\"password\": \"<password-casella-pec>\"",
        "noticeNumber: 302000100000009424",
        "IBAN: IT00X0000000000000000000000",
        "HMRC_CLIENT_SECRET=${HMRC_CLIENT_SECRET}",
        "\"kid\": \"" + rs(r, 43, B64U) + "\"",
        "Gov-Client-Device-ID: beec798b-b366-47fa-b1f8-92cede14a1ce",
        "purposeId: 00000000-0000-0000-0000-000000000000",
        "card: 4111 1111 1111 1112",
    ]
    r.shuffle(ex)
    lines += ["    " + e for e in ex[: r.randint(4, 8)]]
    lines.append("")
    if c.sec:
        lines.append(c.t("Noi abbiamo messo i nostri al posto di quelli: la chiave è %s, giusto il formato?" % c.s("vendor_key", apim_key(r)), "We replaced them with ours: the key is %s, is that the right format?" % c.s("vendor_key", apim_key(r))))
    else:
        lines.append(c.t("Immagino siano segnaposto, ma il nostro scanner li ha segnalati.", "I assume they are placeholders, but our scanner flagged them."))
    return "docs", "\n".join(lines)


def t_xlsx_notices(c):
    r = c.r
    lines = [c.t("Allegato \"rimborsi_%d.xlsx\" convertito in testo (foglio Rimborsi):" % r.choice([2025, 2026]), "Attachment \"refunds_%d.xlsx\" as text (sheet Refunds):" % r.choice([2025, 2026])), ""]
    lines.append(c.t("ELENCO RIMBORSI TRIBUTI - DETERMINA N. %d" % r.randint(10, 999), "LOCAL TAX REFUNDS - RESOLUTION %d" % r.randint(10, 999)))
    lines.append("")
    lines.append(c.t("Beneficiario\tCodice fiscale\tImporto\tModalità\tCoordinate", "Payee\tTax code\tAmount\tMethod\tDetails"))
    lines.append("")
    n = r.randint(3, 6)
    need = c.sec
    for i in range(n):
        mode = pick(r, ["iban", "cc", "card", "none"])
        if c.sec and (r.random() < 0.5 or (i == n - 1 and need)):
            need = False
            if mode == "cc":
                cin, abi, cab, conto = it_parts(r)
                det = "ABI %s CAB %s c/c %s" % (abi, cab, c.s("bank_account", conto))
                met = "bonifico"
            elif mode == "card":
                det = c.s("card_number", fmt_card(r, card_raw(r)))
                met = c.t("storno su carta", "card refund")
            else:
                det = c.s("iban", fmt_iban(r, iban_raw(r)))
                met = "bonifico"
        else:
            det = pick(r, [fmt_iban(r, iban_bad(r)), "ABI %s CAB %s" % (pick(r, ABIS), rdigits(r, 5)), c.t("quietanza diretta", "cheque"), "**** " + rdigits(r, 4), fmt_card(r, card_bad(r))])
            met = pick(r, ["bonifico", "cassa", "-"])
        lines.append("\t".join([person(r, "it"), cf_person(r), ("%.2f" % (r.randint(500, 90000) / 100)).replace(".", ","), met, det]))
    lines.append("")
    lines.append(c.t("Totale\t\t\t\t", "Total\t\t\t\t"))
    return "xlsx", "\n".join(lines)


def t_minutes(c):
    r = c.r
    lines = [c.t("VERBALE DI COLLAUDO n. %d/%d" % (r.randint(1, 40), r.choice([2025, 2026])), "ACCEPTANCE TEST MINUTES no. %d/%d" % (r.randint(1, 40), r.choice([2025, 2026])))]
    lines.append(c.t("Presenti: %s (RUP), %s (fornitore), %s (CED)" % (person(r, "it"), person(r, "it"), person(r, "it")), "Present: %s (project lead), %s (supplier), %s (IT)" % (person(r, "en"), person(r, "it"), person(r, "en"))))
    lines.append(c.t("Oggetto: attivazione servizi di pagamento - CIG %s" % cig(r), "Subject: activation of payment services - CIG %s" % cig(r)))
    lines.append("")
    steps = []
    steps.append(c.t("1. Verifica della posizione debitoria di prova IUV %s: OK" % iuv(r), "1. Test debt position IUV %s: OK" % iuv(r)))
    steps.append(c.t("2. Pagamento con carta di test %s: %s" % ("__CARD__", pick(r, ["OK", "KO (3DS)"])), "2. Payment with test card %s: %s" % ("__CARD__", pick(r, ["OK", "KO (3DS)"]))))
    steps.append(c.t("3. Accesso al backoffice con utenza collaudo%s" % "__PW__", "3. Back-office login with the test user%s" % "__PW__"))
    steps.append(c.t("4. Ricezione RT e riconciliazione flusso %s: OK" % ("FR" + rdigits(r, 12)), "4. Receipt and settlement file %s: OK" % ("FR" + rdigits(r, 12))))
    txt = "\n".join(steps)
    if c.sec and r.random() < 0.6:
        txt = txt.replace("__CARD__", c.s("card_number", fmt_card(r, card_raw(r))))
    else:
        txt = txt.replace("__CARD__", pick(r, ["**** " + rdigits(r, 4), fmt_card(r, card_bad(r)), c.t("(vedi allegato)", "(see annex)")]))
    if c.sec and (r.random() < 0.5 or not c.secrets):
        txt = txt.replace("__PW__", c.t(" (password %s)", " (password %s)") % c.s("password", password(r, c.lang)))
    else:
        txt = txt.replace("__PW__", "")
    lines.append(txt)
    lines.append("")
    lines.append(c.t("Letto, confermato e sottoscritto.", "Read, confirmed and signed."))
    return "pdf-text", "\n".join(lines)


def t_mtd_desktop(c):
    r = c.r
    d = {"vrn": rdigits(r, 9), "clientId": hmrc_client_id(r), "environment": pick(r, ["sandbox", "production"]), "tokens": {"access_token": "__AT__", "refresh_token": "__RT__", "expires_at": date_iso(r) + "Z"},
         "deviceId": ruuid(r), "lastSubmission": {"periodKey": pick(r, ["18A1", "#001", "24AC"]), "formBundleNumber": rdigits(r, 12), "chargeRefNumber": "XM00" + rdigits(r, 10)}}
    at, rt = rhex(r, 32), rhex(r, 32)
    js = json.dumps(d, indent=2)
    if c.sec:
        js = js.replace("__AT__", c.s("access_token", at) if r.random() < 0.7 else "").replace("__RT__", c.s("refresh_token", rt))
    else:
        js = js.replace("__AT__", "").replace("__RT__", pick(r, ["[encrypted]", "", "<stored in keychain>"]))
    intro = c.t("Il file settings.json del software bridging MTD che usa il cliente UK:", "The settings.json of the MTD bridging software the client uses:")
    return "json", intro + "\n\n" + js + "\n\n" + c.t("formBundleNumber e chargeRef sono dell'ultima dichiarazione IVA.", "formBundleNumber and chargeRef are from the last VAT return.")


def t_hardwrap_mail(c):
    r = c.r
    width = r.randint(60, 76)
    kind = pick(r, ["apim", "iban", "notify", "secret", "jwt"])
    if kind == "apim":
        val, k = apim_key(r), "vendor_key"
        lead = c.t("la nuova chiave di sottoscrizione (primaria) generata dal Backoffice pagoPA dopo la rotazione di ieri sera è la seguente:", "the new primary subscription key generated in the pagoPA back office after last night's rotation is:")
        tail = c.t("e va sostituita anche nel connettore di collaudo entro venerdì.", "and must also be replaced in the staging connector by Friday.")
    elif kind == "iban":
        val, k = iban_raw(r), "iban"
        lead = c.t("per il rimborso del canone la contribuente chiede l'accredito sul conto intestato al figlio, IBAN", "for the refund the resident asks for payment to her son's account, IBAN")
        tail = c.t("(intestatario diverso dal debitore: serve la delega?).", "(holder differs from the debtor: do we need a mandate?).")
    elif kind == "notify":
        val, k = notify_key(r), "vendor_key"
        lead = c.t("per le notifiche ai residenti UK il consiglio ci ha girato la chiave GOV.UK Notify di produzione, che incollo qui:", "for resident notifications the council passed us the live GOV.UK Notify key, pasted here:")
        tail = c.t("grazie se potete verificare il limite giornaliero.", "thanks if you can check the daily limit.")
    elif kind == "jwt":
        val, k = jwt(r, "voucher"), "access_token"
        lead = c.t("il voucher PDND che il nostro client ottiene (e che l'erogatore rifiuta con 403) è", "the PDND voucher our client obtains (and the provider rejects with 403) is")
        tail = c.t("ma il purposeId sembra corretto.", "but the purposeId looks right.")
    else:
        val, k = (hmrc_secret(r) if r.random() < 0.5 else rs(r, 40, ALNUM)), "client_secret"
        lead = c.t("il client secret dell'applicazione registrata sull'HMRC Developer Hub (quella di sandbox) è", "the client secret of the application registered on the HMRC Developer Hub (the sandbox one) is")
        tail = c.t("e lo abbiamo già messo nel connettore.", "and we have already put it in the connector.")
    if not c.sec:
        val = pick(r, ["[OMISSIS]", c.t("<vedi vault>", "<see vault>"), masked(r, val), "(rimossa)" if c.it else "(removed)"])
    words = lead.split() + ["\x00"] + tail.split()
    lines, cur, shown = [], "", None
    for w in words:
        if w == "\x00":
            piece = val
            parts = []
            room = width - len(cur) - (1 if cur else 0)
            if len(piece) <= room:
                cur = (cur + " " if cur else "") + piece
                parts = [piece]
            else:
                if room >= 8 and c.sec:
                    first = piece[:room]
                    cur = (cur + " " if cur else "") + first
                    lines.append(cur)
                    parts.append(first)
                    piece = piece[room:]
                else:
                    lines.append(cur)
                while len(piece) > width:
                    lines.append(piece[:width])
                    parts.append(piece[:width])
                    piece = piece[width:]
                cur = piece
                parts.append(piece)
            shown = "\n".join(parts)
            continue
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " if cur else "") + w
    lines.append(cur)
    body = "\n".join(l for l in lines)
    if c.sec:
        c.s(k, shown)
    text = hello(c) + "\n\n" + body + "\n\n" + c.t("Ticket collegato #%d, %s." % (r.randint(1000, 99999), protocollo(r)), "Linked ticket #%d, ref %s." % (r.randint(1000, 99999), protocollo(r))) + "\n\n" + bye(c)
    return "email", text


TEMPLATES = [
    (t_pec_mail, 3), (t_gpd_curl, 3), (t_nodo_soap, 2), (t_pdnd_code, 3), (t_pdnd_token, 2), (t_spid_chat, 3), (t_cie_letter, 2),
    (t_entratel, 3), (t_fatturapa, 2), (t_sdi_channel, 2), (t_inps, 2), (t_f24, 2), (t_marca_bollo, 2), (t_determina, 3),
    (t_forward_thread, 3), (t_csv_avvisi, 3), (t_reconciliation, 3), (t_hmrc_token, 2), (t_hmrc_fraud, 2), (t_govuk_pay, 2),
    (t_govuk_notify, 2), (t_companies_house, 2), (t_eidas, 2), (t_ob_dcr, 2), (t_peppol, 2), (t_spring_yaml, 2), (t_php, 2),
    (t_dotnet, 2), (t_python_script, 2), (t_audit, 2), (t_procurement, 2), (t_commercialista, 3), (t_citizen_payment, 3),
    (t_ts_cns, 2), (t_env_file, 2), (t_app_log, 2), (t_uk_refunds, 1), (t_io_app, 2), (t_agent_note, 3), (t_credentials_sheet, 2),
    (t_tender_doc, 2), (t_pagopa_receipt, 2), (t_prose_no_secret, 2), (t_pec_password_reset, 2), (t_iban_check_question, 2),
    (t_wrapped_token, 1), (t_cbill_bank, 2), (t_keystore_cmd, 1),
    (t_k8s_secret, 2), (t_webconfig, 2), (t_sql_fornitori, 2), (t_whatsapp, 3), (t_spid_sp, 2), (t_dpo_notice, 2),
    (t_docs_examples, 2), (t_xlsx_notices, 2), (t_minutes, 2), (t_mtd_desktop, 2), (t_hardwrap_mail, 2),
]


# ================================================================ driver

KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv", "iban", "bank_account", "password", "pin"}


def boundaries_ok(text, value):
    start = 0
    found = False
    while True:
        i = text.find(value, start)
        if i < 0:
            break
        found = True
        if value[0].isalnum() and i > 0 and text[i - 1].isalnum():
            return False
        j = i + len(value)
        if value[-1].isalnum() and j < len(text) and text[j].isalnum():
            return False
        start = i + 1
    return found


IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b")
CARD_RE = re.compile(r"(?<![\dA-Za-z])(?:\d[ .-]{0,3}){12,18}\d(?![\dA-Za-z])")
CARD_PREFIX = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "34", "37", "6011", "65", "35", "36")


IBAN_LEN = {"IT": 27, "GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16}


def card_shape(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or ("2221" <= d[:4] <= "2720"):
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:2] == "36":
        return n == 14
    if d[:4] == "6011" or d[:2] == "65" or d[:2] == "35":
        return n in (16, 19)
    return False


def unlabelled_financial(text, out):
    """True when the text holds a check-valid IBAN or a Luhn-valid card-shaped number that is not labelled."""
    covered = [re.sub(r"[^0-9A-Z]", "", s["value"]) for s in out]
    for m in IBAN_RE.finditer(text):
        compact = re.sub(r"[ -]", "", m.group(0))
        L = IBAN_LEN.get(compact[:2])
        if L and len(compact) >= L and iban_valid_mod(compact[:L]):
            if not any(compact[:L] in x for x in covered):
                return True
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if card_shape(d) and luhn_ok(d):
            if not any(d in x for x in covered):
                return True
    return False


CODE_WORDS = ("pin", "puk", "otp", "codice", "code", "cvv", "cvc", "sicurezza", "security", "sms", "o-key", "digits", "cifre", "revoca", "revocation")


def short_code_in_context(text, value):
    """Every occurrence of a short numeric code stands alone and follows a word that names it."""
    start = 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return True
        j = i + len(value)
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".,/:-"):
            if not (text[i - 1] == ":" and i > 1 and text[i - 2].isalpha()):
                return False
        if j < len(text) and (text[j].isalnum() or (text[j] in ".,/:-" and j + 1 < len(text) and text[j + 1].isdigit())):
            return False
        window = text[max(0, i - 80):i].lower()
        if not any(w in window for w in CODE_WORDS):
            return False
        start = i + 1


def make(r, fn, lang, sec):
    c = C(r, lang, sec)
    style, text = fn(c)
    seen = {}
    out = []
    # c.t(it, en) evaluates both branches: a value labelled in the branch not taken is not in the text
    c.secrets = [s for s in c.secrets if s["value"] in text]
    for s in c.secrets:
        key = s["value"]
        if key in seen:
            if seen[key] != s["kind"]:
                return None
            continue
        seen[key] = s["kind"]
        out.append(s)
    if sec and not out:
        return None
    if not sec and out:
        return None
    for s in out:
        if s["kind"] not in KINDS or not s["value"] or not boundaries_ok(text, s["value"]):
            return None
    for s in out:
        if s["kind"] in ("pin", "cvv") and s["value"].isdigit() and not short_code_in_context(text, s["value"]):
            return None
    if unlabelled_financial(text, out):
        return None
    # a labelled value must not sit inside another labelled value of a different kind
    for a in out:
        for b in out:
            if a is not b and a["value"] in b["value"] and a["kind"] != b["kind"]:
                return None
    return style, text, out


def main():
    plan = [("it", True)] * (N_SECRET // 2) + [("en", True)] * (N_SECRET - N_SECRET // 2)
    n_pass = N_TOTAL - N_SECRET
    plan += [("it", False)] * (n_pass // 2) + [("en", False)] * (n_pass - n_pass // 2)
    R.shuffle(plan)
    fns = [f for f, w in TEMPLATES for _ in range(w)]
    texts = set()
    rows = []
    for idx, (lang, sec) in enumerate(plan, 1):
        for attempt in range(200):
            fn = R.choice(fns)
            res = make(R, fn, lang, sec)
            if res is None:
                continue
            style, text, secrets = res
            if text in texts:
                continue
            texts.add(text)
            rows.append({"id": "f33-%04d" % idx, "lang": lang, "style": style, "text": text, "secrets": secrets})
            break
        else:
            raise SystemExit("could not generate sample %d" % idx)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
