#!/usr/bin/env python3
"""Generator of /work/holdout11/fresh11.jsonl.

Style: "inherited history and second-hand text" -- tickets migrated from an
older help desk (HTML bodies, entities, quoted replies, forwards, signatures,
mis-encoded accents, machine translation), wiki/runbook pages, onboarding
checklists, partner notes, changelogs, Windows/.NET, mobile configs and crash
logs, Terraform/Ansible/Helm, GraphQL/gRPC, HTTPie/Bruno/Insomnia exports,
Excel cells pasted as TSV, accountant and call-centre notes, bank letters and
SEPA mandate forms, sloppy colleague-to-colleague writing.

Only the standard library is used and the random seed is fixed, so the output
is reproducible byte for byte.

Templates live in tpl_prose.py, tpl_tech.py, tpl_more.py, tpl_context.py
(positives, plus the must-pass twins of tpl_context.py) and tpl_neg.py,
tpl_more_neg.py, tpl_neg3.py (negatives, plus a few positives in tpl_neg3.py).  A template is a
string with slots written as  ⟦name⟧, ⟦name2⟧ (a second, different value) or
⟦name|opt⟧ (same underlying value, shown differently: wrapped, URL-encoded,
grouped...).  Slots that are secrets are labelled automatically with the exact
text that was inserted, after any whole-text transformation (HTML escaping,
quote markers, mojibake) has been applied to both text and value.
"""
import base64
import json
import os
import random
import re
import string
import sys
from urllib.parse import quote as urlquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "fresh11.jsonl")
SEED = 11_2024_0611

KINDS = ["access_token", "client_secret", "refresh_token", "private_key",
         "vendor_key", "card_number", "cvv", "iban", "bank_account",
         "password", "pin"]

B62 = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = B62 + "+/"
B64U = B62 + "-_"
ZW = "\u200b"
NBSP = "\u00a0"

R = random.Random(SEED)
USED = set()          # every random string handed out, secret or filler


def rs(n, alpha=B62, r=None):
    r = r or R
    return "".join(r.choice(alpha) for _ in range(n))


def uniq(fn):
    for _ in range(5000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not draw a unique value")


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def _num36(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc, bban):
    chk = 98 - _num36(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    return _num36(s[4:] + s[:4]) % 97 == 1


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
       16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    tot = 0
    for i, ch in enumerate(abi + cab + conto):
        idx = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


RIBMAP = {}
for _d, _ls in zip("123456789", ["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _l in _ls:
        RIBMAP[_l] = _d


def fr_key(b, g, c):
    c2 = "".join(RIBMAP.get(ch, ch) for ch in c.upper())
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c2)) % 97))


ESW = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_d(s10):
    r = 11 - sum(int(a) * w for a, w in zip(s10, ESW)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def es_dc(ent, ofi, cta):
    return "%d%d" % (es_d("00" + ent + ofi), es_d(cta))


# ------------------------------------------------------------ word lists
IT_FIRST = ["Mario", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Davide", "Sara",
            "Matteo", "Elena", "Gianni", "Rosaria", "Salvatore", "Antonella", "Federico",
            "Marta", "Pietro", "Ilaria", "Carmine", "Beatrice", "Tommaso", "Nadia", "Enzo",
            "Lucia", "Giorgio", "Valentina", "Stefano", "Paola", "Ciro", "Agnese"]
IT_LAST = ["Rossi", "Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
           "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
           "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Vitale"]
EN_FIRST = ["James", "Olivia", "Harry", "Amelia", "George", "Isla", "Noah", "Emily", "Jack",
            "Sophie", "Liam", "Grace", "Oscar", "Chloe", "Ethan", "Ruby", "Priya", "Tom",
            "Hannah", "Marcus", "Aisha", "Callum", "Megan", "Daniel", "Zoe", "Raj", "Fiona",
            "Owen", "Nina", "Sam"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
           "Roberts", "Walker", "Wright", "Patel", "Hughes", "Green", "Hall", "Wood",
           "Clarke", "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker",
           "Harris", "Khan", "Murphy", "Kelly", "Price", "Bell"]
IT_COMP = ["Pagamenti Lariani Srl", "Bottega Fintech SpA", "Conti Chiari Srl", "Ferramenta Bassi snc",
           "Farmacia San Rocco", "Trattoria da Gino", "Edilnord Servizi Srl", "Ottica Moderna Srl",
           "CassaViva Soluzioni", "Moda Berica Srl", "Agenzia Viaggi Sirena", "Studio Tributario Galli",
           "Panificio Fratelli Rizzo", "Logistica Adriatica Srl", "Cantina Val di Sole"]
EN_COMP = ["Northwind Payments Ltd", "Calder & Byrne", "Brightwater Retail", "Harbour Lane Books",
           "Kestrel Lending", "Oakfield Energy", "Pennant Travel", "Meridian Ledger Co",
           "Thistle & Rye Bakery", "Copperline Telecom", "Bluebell Pharmacy", "Ridgeway Motors",
           "Lanternfish Games", "Saltmarsh Insurance", "Quayside Clinics"]
HOSTS = ["api.lariani-pay.it", "sandbox.lariani-pay.it", "api.bottega-fintech.test",
         "auth.northwind-pay.example", "openbanking.contichiari.example", "gw.kestrel-lending.test",
         "api-eu.meridianledger.example", "psd2.cassaviva.example", "auth.sandbox.calderbyrne.test",
         "id.brightwater.example", "payments.oakfield.test", "connect.pennant.example"]
DOMAINS = ["lariani-pay.it", "bottega-fintech.test", "northwind-pay.example", "contichiari.example",
           "kestrel-lending.test", "meridianledger.example", "cassaviva.example", "calderbyrne.test",
           "brightwater.example", "oakfield.test", "pennant.example", "edilnord.example"]
CITIES_IT = ["Milano", "Bergamo", "Napoli", "Bari", "Torino", "Verona", "Padova", "Firenze",
             "Palermo", "Cagliari", "Trento", "Lecce", "Vicenza", "Pescara", "Ancona"]
CITIES_EN = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Dublin", "Brighton",
             "Norwich", "York", "Belfast", "Reading", "Exeter"]
IT_WORDS = ["girasole", "tramonto", "lasagna", "vesuvio", "cannolo", "gabbiano", "mareggiata",
            "pistacchio", "balena", "ciliegia", "lampione", "farfalla", "nebbia", "castagna",
            "fiordaliso", "pagnotta", "cometa", "ruscello", "scirocco", "tartaruga", "melograno",
            "ombrellone", "vespa", "grillo", "limone", "arancino", "gondola", "trullo"]
EN_WORDS = ["bluebird", "harbour", "thunder", "marmalade", "lighthouse", "pancake", "falcon",
            "meadow", "copper", "saffron", "walrus", "biscuit", "lantern", "orchard", "puffin",
            "kettle", "nutmeg", "cobble", "tangerine", "glacier", "pebble", "sparrow", "juniper"]
TEAMS = ["juve", "inter", "milan", "roma", "lazio", "napoli", "toro", "samp", "genoa"]
SYM = "!@#$%*?_-.+="


def it_name(r=None):
    r = r or R
    return r.choice(IT_FIRST) + " " + r.choice(IT_LAST)


def en_name(r=None):
    r = r or R
    return r.choice(EN_FIRST) + " " + r.choice(EN_LAST)


# --------------------------------------------------------------- secrets
def gen_pw_human():
    r = R
    w = r.choice(IT_WORDS + EN_WORDS + TEAMS)
    shape = r.randrange(7)
    if shape == 0:
        v = w.capitalize() + str(r.randint(1960, 2025)) + r.choice("!?#*$")
    elif shape == 1:
        v = w + r.choice("._-") + str(r.randint(10, 99)) + r.choice(["", "!", "!!", "#"])
    elif shape == 2:
        v = w.capitalize() + r.choice("@#$&") + str(r.randint(100, 9999))
    elif shape == 3:
        v = (w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize()
             + str(r.randint(1, 99)) + r.choice("!?"))
    elif shape == 4:
        w2 = r.choice(IT_WORDS + EN_WORDS)
        v = w.capitalize() + w2.capitalize() + str(r.randint(1, 999))
    elif shape == 5:
        v = r.choice(["Estate", "Inverno", "Primavera", "Autunno", "Summer", "Winter", "Spring"]) \
            + str(r.randint(2019, 2025)) + r.choice(["!", "!!", "$", "#", "?"])
    else:
        v = w + str(r.randint(1000, 99999))
    if len(v) < 8:
        v += str(r.randint(10, 99)) + "!"
    return v


def gen_pw_strong():
    r = R
    alpha = B62 + "!#$%*?@-_+=."
    while True:
        v = rs(r.randint(12, 22), alpha)
        if (any(c.isdigit() for c in v) and any(c in "!#$%*?@-_+=." for c in v)
                and v[0] not in "-=+." and v[-1] not in ".-"):
            return v


def gen_passphrase():
    r = R
    pool = r.choice([IT_WORDS, EN_WORDS])
    ws = r.sample(pool, r.randint(3, 4))
    sep = r.choice(["-", ".", "_", "-"])
    return sep.join(ws) + sep + str(r.randint(1, 99))


def gen_pw_special():
    # contains characters that get mangled by URL/HTML encoding
    r = R
    w = r.choice(IT_WORDS + EN_WORDS).capitalize()
    return r.choice([
        lambda: w + "&" + str(r.randint(10, 99)) + r.choice(["!", "#", "?"]) + rs(2, UP),
        lambda: w[:5] + "@" + rs(3, LOW) + ":" + str(r.randint(100, 999)) + "/" + rs(2, UP),
        lambda: rs(4, B62) + "%" + w + "<" + str(r.randint(10, 99)),
        lambda: w + " " + str(r.randint(10, 99)) + "&" + rs(3, B62) + "!",
        lambda: w + "#" + rs(2, B62) + "&" + rs(3, LOW) + "=" + str(r.randint(1, 9)),
    ])()


BAD_PINS = {str(y) for y in range(1900, 2100)} | {"0000", "1111", "1234", "8080", "8443",
                                                   "4040", "5000", "3000", "5432", "6379"}


def gen_pin():
    while True:
        n = R.choice([4, 4, 4, 5, 6])
        v = rs(n, "0123456789")
        if v not in BAD_PINS and len(set(v)) > 2:
            return v


def gen_otp():
    while True:
        v = rs(6, "0123456789")
        if len(set(v)) > 2 and not v.startswith("20"):
            return v


def gen_otp_long():
    return rs(8, "0123456789")


BAD_CVV = {"100", "200", "201", "204", "301", "302", "400", "401", "403", "404", "405", "409",
           "415", "422", "429", "500", "502", "503", "504", "443", "123", "999", "000"}


def gen_cvv():
    while True:
        v = rs(3, "0123456789")
        if v not in BAD_CVV and len(set(v)) > 1:
            return v


def gen_cvv4():
    while True:
        v = rs(4, "0123456789")
        if v not in BAD_PINS and len(set(v)) > 1:
            return v


CARD_BRANDS = {
    "visa": (["4539", "4716", "4024007", "4485", "4929", "4556", "4917", "4026", "4532"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2223", "2720", "2500"], 16),
    "amex": (["34", "37"], 15),
    "disc": (["6011", "6500", "6445"], 16),
    "jcb": (["3528", "3530", "3566", "3589"], 16),
    "diners": (["3056", "3600", "3852"], 14),
    "visa19": (["4000"], 19),
}


def gen_card(brand=None):
    r = R
    if brand is None:
        brand = r.choice(["visa"] * 6 + ["mc"] * 5 + ["amex"] * 2 + ["disc", "jcb", "diners", "visa19"])
    pref, ln = CARD_BRANDS[brand]
    p = r.choice(pref)
    body = p + rs(ln - 1 - len(p), "0123456789")
    return luhn_complete(body)


def groups_for(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 14:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


FWMAP = {str(i): chr(0xFF10 + i) for i in range(10)}


def fw(s):
    return "".join(FWMAP.get(c, c) for c in s)


def fmt_card(d, opt):
    r = R
    g = groups_for(d)
    if not opt:
        opt = r.choice(["sp"] * 8 + ["c"] * 5 + ["dash"] * 3 + ["dot", "nbsp", "mix", "2sp", "wrap", "fw"])
    if opt == "c":
        return d
    if opt == "sp":
        return " ".join(g)
    if opt == "dash":
        return "-".join(g)
    if opt == "dot":
        return ".".join(g)
    if opt == "nbsp":
        return NBSP.join(g)
    if opt == "2sp":
        return "  ".join(g)
    if opt == "slash":
        return "/".join(g)
    if opt == "mix":
        seps = [r.choice([" ", "-", ".", "  ", " - "]) for _ in g[1:]]
        out = g[0]
        for s, x in zip(seps, g[1:]):
            out += s + x
        return out
    if opt == "wrap":
        k = len(g) // 2
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if opt == "fw":
        return fw(" ".join(g))
    if opt == "zw":
        return (" ".join(g[:2]) + ZW + " " + " ".join(g[2:]))
    raise ValueError(opt)


def gen_jwt(kind="at"):
    r = R
    host = r.choice(HOSTS)
    alg = r.choice(["RS256", "RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r.choice([8, 12, 16]), HEXL)
    t = r.randint(1_680_000_000, 1_735_000_000)
    pl = {"iss": "https://%s/oauth2" % host.replace("api.", "auth."),
          "sub": r.choice([rs(8, HEXL) + "-" + rs(4, HEXL) + "-4" + rs(3, HEXL) + "-" + rs(4, HEXL) + "-" + rs(12, HEXL),
                           r.choice(["acme-pay-prod", "lariani-web", "bottega-pos", "kestrel-app"]) ]),
          "aud": r.choice(["payments-api", "accounts", "psd2-gateway", "https://%s" % host]),
          "iat": t, "exp": t + r.choice([300, 900, 3600, 86400])}
    if kind == "at":
        pl["scope"] = r.choice(["payments:write accounts:read", "openid profile", "ais pis",
                                "refunds:create", "read write", "payouts"])
    else:
        pl["typ"] = "Refresh"
        pl["sid"] = rs(20, B62)
    pl["jti"] = rs(22, B64U)

    def b64u(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
    siglen = {"HS256": 43, "ES256": 86, "RS256": 342, "PS256": 342}[alg]
    if siglen == 342 and r.random() < 0.5:
        siglen = 171  # truncated copies happen; still a token
    return b64u(hdr) + "." + b64u(pl) + "." + rs(siglen, B64U)


def gen_at():
    r = R
    return r.choice([
        lambda: rs(r.randint(32, 48), B62),
        lambda: "at_" + rs(40, B62),
        lambda: rs(24, B62) + "." + rs(20, B64U),
        lambda: "v2." + rs(12, B62) + "." + rs(36, B64U),
        lambda: rs(8, HEXL) + rs(24, B62) + "~" + rs(6, B62),
    ])()


def gen_apikey():
    r = R
    return r.choice([
        lambda: rs(32, HEXL),
        lambda: rs(40, B62),
        lambda: "live_" + rs(32, B62),
        lambda: "prod-" + rs(8, HEXL) + "-" + rs(24, B62),
        lambda: "lp_prod_" + rs(36, B62),
        lambda: "bfk_" + rs(44, B62),
    ])()


def gen_cookie():
    r = R
    return r.choice([
        lambda: rs(32, HEXU),
        lambda: "s%3A" + rs(32, B64U) + "." + rs(43, B64U),
        lambda: rs(26, LOW + "0123456789"),
        lambda: rs(48, B64U),
    ])()


def gen_aspcookie():
    return "CfDJ8" + rs(R.randint(140, 190), B64U)


def gen_rt():
    r = R
    return r.choice([
        lambda: rs(r.randint(40, 64), B62),
        lambda: "rt_" + rs(48, B62),
        lambda: "r1." + rs(20, B62) + "." + rs(30, B64U),
        lambda: rs(8, HEXL) + "-" + rs(4, HEXL) + "-" + rs(4, HEXL) + "-" + rs(4, HEXL) + "-" + rs(12, HEXL) + "." + rs(24, B62),
        lambda: "def50200" + rs(120, HEXL),
    ])()


def gen_cs():
    r = R
    return r.choice([
        lambda: rs(r.randint(32, 48), B62),
        lambda: rs(40, B64U),
        lambda: rs(24, B62) + "-" + rs(12, B62),
        lambda: "sec_" + rs(36, B62),
        lambda: rs(64, HEXL),
    ])()


def gen_csaz():
    return rs(3, B62) + R.choice("0123456789") + "Q~" + rs(34, B62 + "-_.~")


def gen_pem(which=None):
    r = R
    which = which or r.choice(["rsa", "pkcs8", "ec", "ec", "openssh", "enc", "ed"])
    if which == "rsa":
        hdr, start, n, w = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", r.randint(10, 25), 64
    elif which == "pkcs8":
        hdr, start, n, w = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", r.randint(10, 26), 64
    elif which == "ec":
        hdr, start, n, w = "EC PRIVATE KEY", "MHcCAQEEI", 3, 64
    elif which == "ed":
        hdr, start, n, w = "PRIVATE KEY", "MC4CAQAwBQYDK2VwBCIEI", 1, 48
    elif which == "openssh":
        hdr, start, n, w = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5, 70
    else:
        hdr, start, n, w = "ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", r.randint(8, 20), 64
    body = start + rs(n * w - len(start) - r.randint(0, 20), B64)
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    if which in ("ec", "ed"):
        lines[-1] = lines[-1][:-2] + "=="
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, "\n".join(lines), hdr)


def gen_pem_json():
    # a PEM key as it appears inside a JSON string: literal backslash-n
    return gen_pem(R.choice(["pkcs8", "ec", "rsa"])).replace("\n", "\\n")


def gen_rsa_xml():
    def b(n):
        return rs(n, B64)[:-2] + "=="
    return ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>AQAB</Exponent><P>%s</P><Q>%s</Q>"
            "<DP>%s</DP><DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>"
            % (b(172), b(88), b(88), b(88), b(88), b(88), b(172)))


VENDOR = {
    "awsid": lambda: "AKIA" + rs(16, UP + "234567"),
    "awssec": lambda: rs(40, B62 + "+/"),
    "stripe": lambda: "sk_live_" + rs(R.choice([24, 34, 99]), B62),
    "stripet": lambda: "sk_test_" + rs(R.choice([24, 34, 99]), B62),
    "rk": lambda: "rk_live_" + rs(R.choice([24, 99]), B62),
    "ghp": lambda: "ghp_" + rs(36, B62),
    "ghpat": lambda: "github_pat_11" + rs(20, UP + "0123456789") + "_" + rs(59, B62),
    "glpat": lambda: "glpat-" + rs(20, B62 + "-_"),
    "slack": lambda: "xoxb-" + rs(12, "0123456789") + "-" + rs(13, "0123456789") + "-" + rs(24, B62),
    "gapi": lambda: "AIza" + rs(35, B62 + "-_"),
    "sg": lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U),
    "npm": lambda: "npm_" + rs(36, B62),
    "oai": lambda: "sk-proj-" + rs(64, B62 + "-_"),
    "mailgun": lambda: "key-" + rs(32, HEXL),
    "azkey": lambda: rs(86, B64) + "==",
    "ddkey": lambda: rs(32, HEXL),
    "tg": lambda: str(R.randint(100000000, 7999999999)) + ":AA" + rs(33, B62 + "-_"),
    "shpat": lambda: "shpat_" + rs(32, HEXL),
    "sqtok": lambda: "EAAA" + rs(60, B62 + "-_"),
    "dopat": lambda: "dop_v1_" + rs(64, HEXL),
}
VENDOR_ANY = ["stripe", "stripet", "rk", "ghp", "ghpat", "glpat", "slack", "gapi", "sg", "npm",
              "oai", "mailgun", "shpat", "sqtok", "dopat"]


# ----------------------------------------------------------- bank objects
def make_it():
    r = R
    abi = r.choice(["03069", "02008", "05034", "03111", "01030", "05387", "08327", "03062",
                    "05696", "06230", "03440", "08549"])
    cab = rs(5, "0123456789")
    conto = r.choice([lambda: "0000" + rs(8, "0123456789"), lambda: "1000" + rs(8, "0123456789"),
                      lambda: rs(12, "0123456789"), lambda: "CC00" + rs(8, "0123456789"),
                      lambda: "0000000" + rs(5, "0123456789")])()
    cin = it_cin(abi, cab, conto)
    bban = cin + abi + cab + conto
    return {"abi": abi, "cab": cab, "conto": conto, "cin": cin, "bban": bban,
            "iban": iban_make(r.choice(["IT"] * 9 + ["SM"]), bban)}


def make_fr():
    r = R
    b = r.choice(["30004", "30003", "10278", "20041", "11315", "30066", "18206", "14505"])
    g = rs(5, "0123456789")
    c = rs(11, "0123456789") if r.random() < 0.85 else rs(2, "0123456789") + r.choice(UP) + rs(8, "0123456789")
    k = fr_key(b, g, c)
    return {"banque": b, "guichet": g, "compte": c, "cle": k, "bban": b + g + c + k,
            "iban": iban_make("FR", b + g + c + k)}


def make_es():
    r = R
    e = r.choice(["2100", "0049", "0182", "2038", "0081", "1465", "0128", "3058"])
    o = rs(4, "0123456789")
    c = rs(10, "0123456789")
    dc = es_dc(e, o, c)
    return {"ent": e, "ofi": o, "dc": dc, "cta": c, "ccc": e + o + dc + c,
            "iban": iban_make("ES", e + o + dc + c)}


def make_de():
    r = R
    blz = r.choice(["370400", "100100", "500105", "200411", "120300", "760100", "430609"]) + rs(2, "0123456789")
    kto = r.choice([lambda: rs(10, "0123456789"), lambda: "00" + rs(8, "0123456789"),
                    lambda: "0" + rs(9, "0123456789")])()
    return {"blz": blz, "kto": kto, "iban": iban_make("DE", blz + kto)}


def make_uk():
    r = R
    bank = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ", "SRLG"])
    sort = rs(6, "0123456789")
    acc = rs(8, "0123456789")
    return {"sort": sort, "acc": acc, "iban": iban_make("GB", bank + sort + acc)}


def make_other_iban():
    r = R
    cc = r.choice(["NL", "BE", "AT", "PT", "IE", "CH", "LU", "DE", "FR", "ES", "IT", "IT", "GB"])
    if cc == "NL":
        return iban_make(cc, r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rs(10, "0123456789"))
    if cc == "BE":
        x = rs(10, "0123456789")
        m = int(x) % 97 or 97
        return iban_make(cc, x + "%02d" % m)
    if cc == "AT":
        return iban_make(cc, rs(16, "0123456789"))
    if cc == "PT":
        return iban_make(cc, rs(21, "0123456789"))
    if cc == "IE":
        return iban_make(cc, r.choice(["AIBK", "BOFI", "IPBS"]) + rs(14, "0123456789"))
    if cc == "CH":
        return iban_make(cc, rs(17, "0123456789"))
    if cc == "LU":
        return iban_make(cc, rs(3, "0123456789") + rs(13, "0123456789"))
    return {"DE": make_de, "FR": make_fr, "ES": make_es, "IT": make_it, "GB": make_uk}[cc]()["iban"]


def fmt_iban(s, opt):
    r = R
    if not opt:
        opt = r.choice(["c"] * 5 + ["sp"] * 6 + ["low", "wrap", "nbsp", "dash"])
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    if opt == "c":
        return s
    if opt == "sp":
        return " ".join(g)
    if opt == "low":
        return s.lower()
    if opt == "nbsp":
        return NBSP.join(g)
    if opt == "dash":
        return "-".join(g)
    if opt == "wrap":
        k = len(g) // 2
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if opt == "fw":
        return fw(" ".join(g))
    raise ValueError(opt)


def bad_iban():
    r = R
    good = make_other_iban() if r.random() < 0.5 else make_it()["iban"]
    chk = int(good[2:4])
    while True:
        nc = r.randint(2, 98)
        if nc != chk:
            cand = good[:2] + "%02d" % nc + good[4:]
            if not iban_ok(cand):
                return cand


def bad_card():
    d = gen_card()
    while True:
        x = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
        if not luhn_ok(x):
            return x


# ----------------------------------------------------------- fillers
def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (rs(8, HEXL), rs(4, HEXL), rs(3, HEXL), R.choice("89ab"), rs(3, HEXL), rs(12, HEXL))


def phone_it():
    return R.choice([
        lambda: "+39 3%s %s %s" % (rs(2, "0123456789"), rs(3, "0123456789"), rs(4, "0123456789")),
        lambda: "3%s %s%s" % (rs(2, "0123456789"), rs(3, "0123456789"), rs(4, "0123456789")),
        lambda: "02 %s %s" % (rs(4, "0123456789"), rs(4, "0123456789")),
        lambda: "+39 06 %s%s" % (rs(4, "0123456789"), rs(4, "0123456789")),
        lambda: "800 %s %s" % (rs(3, "0123456789"), rs(3, "0123456789")),
    ])()


def phone_en():
    return R.choice([
        lambda: "+44 20 %s %s" % (rs(4, "0123456789"), rs(4, "0123456789")),
        lambda: "07%s %s" % (rs(3, "0123456789"), rs(6, "0123456789")),
        lambda: "0161 %s %s" % (rs(3, "0123456789"), rs(4, "0123456789")),
        lambda: "+353 1 %s %s" % (rs(3, "0123456789"), rs(4, "0123456789")),
        lambda: "0800 %s %s" % (rs(3, "0123456789"), rs(3, "0123456789")),
    ])()


MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def date_parts():
    return R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28)


def data_it():
    y, m, d = date_parts()
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MESI[m - 1], y),
                     "%02d-%02d-%d" % (d, m, y), "%s %d %s %d" % (R.choice(GIORNI), d, MESI[m - 1], y)])


def date_en():
    y, m, d = date_parts()
    return R.choice(["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1], y),
                     "%s %d, %d" % (MONTHS[m - 1][:3], d, y), "%s, %d %s %d" % (R.choice(DAYS), d, MONTHS[m - 1], y)])


def iso_ts():
    y, m, d = date_parts()
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, R.randint(0, 23), R.randint(0, 59),
                                                   R.randint(0, 59), R.randint(0, 999))


def euro():
    v = R.randint(100, 2_500_000)
    s = "{:,}".format(v // 100).replace(",", ".") + ",%02d" % (v % 100)
    return R.choice(["%s €" % s, "€ %s" % s, "EUR %s" % s, "%s euro" % s])


def amount_en():
    v = R.randint(100, 2_500_000)
    s = "{:,}".format(v // 100) + ".%02d" % (v % 100)
    return R.choice(["£%s" % s, "GBP %s" % s, "EUR %s" % s, "€%s" % s, "$%s" % s])


def masked_card():
    last = rs(4, "0123456789")
    return R.choice(["**** **** **** " + last, "XXXX-XXXX-XXXX-" + last, "•••• " + last,
                     "************" + last, "ending in " + last, "453912******" + last,
                     "**** " + last, "xxxx xxxx xxxx " + last])


def masked_iban():
    r = R
    i = make_other_iban() if r.random() < 0.5 else make_it()["iban"]
    return r.choice([i[:4] + " **** **** **** " + i[-4:], i[:2] + "** **** **** **** **** " + i[-3:],
                     i[:6] + "*" * (len(i) - 10) + i[-4:], "IBAN ending " + i[-4:]])


def b64txt():
    phrase = R.choice(["hello world", "test payload", "ciao mondo", "ordine confermato", "ping",
                       "{\"status\":\"ok\"}", "sandbox only", "grazie mille", "refund queued",
                       "no secrets here", "version=2.14.3", "{\"type\":\"refund\"}"])
    return base64.b64encode(phrase.encode()).decode()


def tracking():
    return R.choice([
        lambda: "1Z" + rs(6, UP + "0123456789") + rs(10, "0123456789"),
        lambda: R.choice(["RR", "RA", "CP"]) + rs(9, "0123456789") + "IT",
        lambda: rs(10, "0123456789"),
        lambda: "JD" + rs(16, "0123456789"),
        lambda: "BRT " + rs(12, "0123456789"),
    ])()


def piva():
    # Italian VAT number with its own check digit
    while True:
        d = rs(10, "0123456789")
        s = 0
        for i, ch in enumerate(d):
            n = int(ch)
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            s += n
        return d + str((10 - s % 10) % 10)


def cert_block(which="CERTIFICATE"):
    body = "MII" + rs(R.randint(5, 12) * 64 - 3 - R.randint(0, 30), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (which, "\n".join(lines), which)


def sshpub():
    return R.choice([
        lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " " + R.choice(["deploy@ci", "mrossi@laptop", "ops@bastion"]),
        lambda: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(200, B64) + " build-agent",
    ])()


def cidrand():
    return R.choice([
        lambda: uuid4(),
        lambda: "0oa" + rs(17, B62),
        lambda: rs(24, LOW + "0123456789"),
        lambda: str(R.randint(10**11, 10**12 - 1)) + "-" + rs(32, LOW + "0123456789") + ".apps.googleusercontent.com",
    ])()


def cidslug():
    return R.choice(["acme-pay-prod", "lariani-web-prod", "bottega-pos-sandbox", "kestrel-mobile",
                     "northwind-backoffice", "cassaviva-ais", "meridian-ledger-sync", "oakfield-billing",
                     "pennant-checkout-test", "brightwater-app", "calder-psd2-tpp", "edilnord-erp"]) + \
        R.choice(["", "", "-02", "-eu", "-v2"])


def user_name():
    return R.choice([
        lambda: R.choice(["svc_payments", "app_ro", "integrazione", "api_user", "backoffice",
                          "report_reader", "sportello_sync", "etl_loader", "admin_legacy"]) + R.choice(["", "", "01", "_prod"]),
        lambda: (R.choice(IT_FIRST)[0] + R.choice(IT_LAST).replace(" ", "")).lower(),
        lambda: (R.choice(EN_FIRST) + "." + R.choice(EN_LAST)).lower(),
    ])()


FILLERS = {
    "nome": it_name, "name": en_name,
    "first": lambda: R.choice(IT_FIRST), "efirst": lambda: R.choice(EN_FIRST),
    "email": lambda: (R.choice(IT_FIRST + EN_FIRST) + "." + R.choice(IT_LAST + EN_LAST).replace(" ", "")).lower() + "@" + R.choice(DOMAINS),
    "azienda": lambda: R.choice(IT_COMP), "company": lambda: R.choice(EN_COMP),
    "host": lambda: R.choice(HOSTS), "domain": lambda: R.choice(DOMAINS),
    "city": lambda: R.choice(CITIES_IT), "ecity": lambda: R.choice(CITIES_EN),
    "uuid": uuid4, "guid": lambda: "{" + uuid4().upper() + "}", "uguid": lambda: uuid4().upper(),
    "trace": lambda: "00-%s-%s-01" % (rs(32, HEXL), rs(16, HEXL)),
    "reqid": lambda: R.choice(["req_" + rs(24, B62), "REQ-" + rs(10, UP + "0123456789"), rs(20, LOW + "0123456789")]),
    "payid": lambda: R.choice(["pay_" + rs(24, B62), "PAY-" + rs(17, UP + "0123456789"), "pi_" + rs(24, B62),
                               "TXN" + rs(12, "0123456789")]),
    "taskid": lambda: R.choice(["task-" + rs(8, HEXL), "JOB-" + str(R.randint(10000, 99999)), "tsk_" + rs(16, B62)]),
    "corr": lambda: rs(16, HEXL),
    "sha": lambda: rs(40, HEXL), "short": lambda: rs(R.choice([7, 8, 10]), HEXL),
    "digest": lambda: "sha256:" + rs(64, HEXL),
    "integ": lambda: "sha512-" + rs(86, B64) + "==",
    "etag": lambda: 'W/"' + rs(R.choice([16, 27]), HEXL) + '"',
    "order": lambda: R.choice(["ORD-" + str(R.randint(100000, 999999)), "#" + str(R.randint(10000, 999999)),
                               "A" + str(R.randint(1000000, 9999999)), "OD-%d-%05d" % (R.randint(2021, 2025), R.randint(1, 99999))]),
    "fattura": lambda: R.choice(["FT %d/%05d" % (R.randint(2021, 2025), R.randint(1, 9999)),
                                 "n. %d/%d" % (R.randint(1, 999), R.randint(2021, 2025)),
                                 "FPR %d/%02d" % (R.randint(1, 400), R.randint(21, 25))]),
    "invoice": lambda: "INV-%d-%05d" % (R.randint(2021, 2025), R.randint(1, 99999)),
    "pratica": lambda: "PR-%d-%05d" % (R.randint(2021, 2025), R.randint(1, 99999)),
    "tel": phone_it, "phone": phone_en,
    "data": data_it, "date": date_en, "iso": iso_ts,
    "ora": lambda: "%02d:%02d" % (R.randint(7, 20), R.randint(0, 59)),
    "epoch": lambda: str(R.randint(1_650_000_000, 1_735_000_000)),
    "euro": euro, "amount": amount_en,
    "badcard": lambda: fmt_card(bad_card(), R.choice(["sp", "c", "dash"])),
    "badiban": lambda: fmt_iban(bad_iban(), R.choice(["sp", "c"])),
    "bic": lambda: R.choice(["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX", "CRPPIT2P", "BNLIITRR",
                             "NWBKGB2L", "BARCGB22", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP",
                             "CAIXESBBXXX", "INGBNL2A", "SELBIT2BXXX", "BPPIITRRXXX"]),
    "abi": lambda: R.choice(["03069", "02008", "05034", "03111", "01030", "05387", "08327"]),
    "cab": lambda: rs(5, "0123456789"),
    "mcard": masked_card, "miban": masked_iban,
    "ver": lambda: "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 40)),
    "port": lambda: R.choice(["8080", "8443", "5432", "6379", "3306", "9090", "50051", "1433", "443"]),
    "err": lambda: R.choice(["ERR-SCA-%04d", "E%04d", "PSD2-%03d", "AUTH_%04d", "0x%04X"]) % R.randint(1, 4095),
    "hexcol": lambda: "#" + rs(6, HEXU),
    "btxt": b64txt, "exp": lambda: "%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), "tracking": tracking, "piva": piva,
    "ticket": lambda: "#" + str(R.randint(10000, 399999)),
    "cidslug": cidslug, "cidrand": cidrand, "cid": cidslug,
    "kid": lambda: rs(R.choice([8, 16]), HEXL),
    "ip": lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "sshpub": sshpub, "fp": lambda: "SHA256:" + rs(43, B64),
    "cert": cert_block, "pubkey": lambda: cert_block("PUBLIC KEY"),
    "idfv": lambda: uuid4().upper(), "bundle": lambda: "com." + R.choice(["lariani", "bottega", "northwind", "kestrel"]) + "." + R.choice(["pay", "wallet", "pos", "app"]),
    "appid": lambda: "1:%d:%s:%s" % (R.randint(10**11, 10**12 - 1), R.choice(["android", "ios"]), rs(16, HEXL)),
    "teamid": lambda: rs(10, UP + "0123456789"),
    "sid": lambda: "S-1-5-21-%d-%d-%d-%d" % (R.randint(10**8, 4 * 10**9), R.randint(10**8, 4 * 10**9), R.randint(10**8, 4 * 10**9), R.randint(1000, 9999)),
    "user": user_name,
    "mandate": lambda: "MND-" + rs(4, UP) + "-" + str(R.randint(100000, 999999)),
    "credid": lambda: "IT%02dZZZ%s" % (R.randint(10, 99), rs(11, "0123456789")),
    "ext": lambda: str(R.randint(200, 899)),
    "pct": lambda: "%d%%" % R.randint(2, 99),
    "num": lambda: str(R.randint(2, 48)),
    "build": lambda: str(R.randint(1000, 9999)),
    "mem": lambda: "0x0000000" + rs(9, HEXL),
    "cap": lambda: rs(5, "0123456789"),
    "hexs": lambda: rs(64, HEXL),
    "banca": lambda: R.choice(["Banca del Lario", "Credito Berico", "Cassa Rurale Val di Non", "Banca Adriatica Sud",
                               "Banca Popolare del Sannio", "Cassa di Risparmio di Brenta"]),
    "bank": lambda: R.choice(["Kestrel Bank", "Northgate Building Society", "Harbour Mutual", "Penwith Bank plc",
                              "Thamesford Savings", "Clydeview Bank"]),
}


# ------------------------------------------------------------ rendering
SLOT = re.compile(r"⟦([a-z]+)(\d*)(?:\|([a-z][a-z0-9]*))?⟧")

SIMPLE = {
    "pw": ("password", gen_pw_human), "pws": ("password", gen_pw_strong),
    "pwp": ("password", gen_passphrase), "pwx": ("password", gen_pw_special),
    "pin": ("pin", gen_pin), "otp": ("pin", gen_otp), "otpl": ("pin", gen_otp_long),
    "cvv": ("cvv", gen_cvv), "cvva": ("cvv", gen_cvv4),
    "jwt": ("access_token", gen_jwt), "at": ("access_token", gen_at),
    "apikey": ("access_token", gen_apikey), "cookie": ("access_token", gen_cookie),
    "aspcookie": ("access_token", gen_aspcookie),
    "rt": ("refresh_token", gen_rt), "rtjwt": ("refresh_token", lambda: gen_jwt("rt")),
    "cs": ("client_secret", gen_cs), "csaz": ("client_secret", gen_csaz),
    "pk": ("private_key", gen_pem), "pkec": ("private_key", lambda: gen_pem("ec")),
    "pkrsa": ("private_key", lambda: gen_pem(R.choice(["rsa", "pkcs8"]))),
    "pkssh": ("private_key", lambda: gen_pem("openssh")), "pkj": ("private_key", gen_pem_json),
    "pkx": ("private_key", gen_rsa_xml),
    "card": ("card_number", gen_card), "visa": ("card_number", lambda: gen_card("visa")),
    "mc": ("card_number", lambda: gen_card("mc")), "amex": ("card_number", lambda: gen_card("amex")),
    "iban": ("iban", make_other_iban),
    "vk": ("vendor_key", lambda: VENDOR[R.choice(VENDOR_ANY)]()),
}
for _k, _f in VENDOR.items():
    SIMPLE[_k] = ("vendor_key", _f)

# composite bank objects: slot -> (object maker, field, kind or None)
COMPOSITE = {
    "itabi": ("it", "abi", None), "itcab": ("it", "cab", None), "itcin": ("it", "cin", None),
    "itconto": ("it", "conto", "bank_account"), "itbban": ("it", "bban", "bank_account"),
    "itiban": ("it", "iban", "iban"),
    "frbanque": ("fr", "banque", None), "frguichet": ("fr", "guichet", None), "frcle": ("fr", "cle", None),
    "frcompte": ("fr", "compte", "bank_account"), "frrib": ("fr", "bban", "bank_account"),
    "friban": ("fr", "iban", "iban"),
    "esent": ("es", "ent", None), "esofi": ("es", "ofi", None), "esdc": ("es", "dc", None),
    "escta": ("es", "cta", "bank_account"), "esccc": ("es", "ccc", "bank_account"),
    "esiban": ("es", "iban", "iban"),
    "deblz": ("de", "blz", None), "dekto": ("de", "kto", "bank_account"), "deiban": ("de", "iban", "iban"),
    "uksort": ("uk", "sort", None), "ukacc": ("uk", "acc", "bank_account"),
    "ukpair": ("uk", "pair", "bank_account"), "ukiban": ("uk", "iban", "iban"),
}
MAKERS = {"it": make_it, "fr": make_fr, "es": make_es, "de": make_de, "uk": make_uk}
DERIVED = {"pair", "basic", "uppair", "upbasic"}


def disp_generic(v, opt, kind):
    r = R
    if not opt:
        return v
    if opt == "wrap":
        k = r.randint(len(v) // 3, 2 * len(v) // 3)
        return v[:k] + "\n" + v[k:]
    if opt == "zw":
        k = r.randint(2, len(v) - 2)
        return v[:k] + ZW + v[k:]
    if opt == "cat":
        k = r.randint(len(v) // 3, 2 * len(v) // 3)
        return v[:k] + '" + "' + v[k:]
    if opt == "cats":
        k = r.randint(len(v) // 3, 2 * len(v) // 3)
        return v[:k] + "' + '" + v[k:]
    if opt == "catvb":
        k = r.randint(len(v) // 3, 2 * len(v) // 3)
        return v[:k] + '" & "' + v[k:]
    if opt == "url":
        return urlquote(v, safe="")
    if opt == "html":
        return html_esc(v)
    if opt == "b64":
        return base64.b64encode(v.encode()).decode()
    if opt == "up":
        return v.upper()
    if opt == "fw":
        return fw(v)
    if opt == "sp":       # digits in groups of three: 482 913
        if kind in ("pin", "cvv"):
            return " ".join(v[i:i + 3] for i in range(0, len(v), 3))
        return v
    if opt == "dash":
        return "-".join(v[i:i + 3] for i in range(0, len(v), 3))
    if opt == "dig":
        return " ".join(v)
    if opt in ("ind2", "ind4"):   # continuation lines indented (YAML block scalars)
        return v.replace("\n", "\n" + " " * int(opt[3]))
    if opt == "dq":       # JSON-style escaping of a double quote; none of our values has one
        return v
    raise ValueError("bad opt %s for %s" % (opt, kind))


def html_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.objs = {}
        self.cache = {}
        self.secrets = []

    def obj(self, key, maker, unique=True):
        if key not in self.objs:
            self.objs[key] = uniq(maker) if unique else maker()
        return self.objs[key]

    def comp(self, group, num):
        key = ("comp", group, num)
        if key not in self.objs:
            for _ in range(100):
                o = MAKERS[group]()
                ident = o.get("iban")
                if ident not in USED:
                    USED.add(ident)
                    for f in ("conto", "bban", "compte", "cta", "ccc", "kto", "acc"):
                        if f in o:
                            USED.add(o[f])
                    break
            self.objs[key] = o
        return self.objs[key]

    def add(self, kind, value):
        if kind and (kind, value) not in self.secrets:
            self.secrets.append((kind, value))

    def slot(self, m):
        base, num, opt = m.group(1), m.group(2), m.group(3) or ""
        ck = (base, num, opt)
        if ck in self.cache:
            return self.cache[ck]
        kind, text = self._slot(base, num, opt)
        self.add(kind, text)
        self.cache[ck] = text
        return text

    def _slot(self, base, num, opt):
        if base in SIMPLE:
            kind, fn = SIMPLE[base]
            v = self.obj((base, num), fn)
            if kind == "card_number":
                return kind, fmt_card(v, opt)
            if kind == "iban":
                return kind, fmt_iban(v, opt)
            return kind, disp_generic(v, opt, kind)
        if base in COMPOSITE:
            group, field, kind = COMPOSITE[base]
            o = self.comp(group, num)
            if field == "pair":
                s = o["sort"]
                sep = {"c": "", "sp": " "}.get(opt, "-")
                srt = sep.join([s[:2], s[2:4], s[4:]])
                if opt == "c":
                    return kind, srt + o["acc"]
                return kind, srt + R.choice([" ", " / ", "  ", " ", "/"]) + o["acc"]
            v = o[field]
            if field == "sort":
                sep = {"c": "", "sp": " "}.get(opt, "-")
                return None, sep.join([v[:2], v[2:4], v[4:]])
            if field == "blz" and opt == "sp":
                return None, v[:3] + " " + v[3:6] + " " + v[6:]
            if field == "iban":
                return kind, fmt_iban(v, opt)
            if field == "bban" and group == "it" and opt == "sp":
                return kind, " ".join([v[0], v[1:6], v[6:11], v[11:]])
            if field == "bban" and group == "fr":
                if opt == "c":
                    return kind, v
                return kind, " ".join([v[:5], v[5:10], v[10:21], v[21:]])
            if field == "ccc":
                if opt == "c":
                    return kind, v
                if opt == "dash":
                    return kind, "-".join([v[:4], v[4:8], v[8:10], v[10:]])
                return kind, " ".join([v[:4], v[4:8], v[8:10], v[10:]])
            if field == "kto" and opt == "sp":
                return kind, " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            return kind, v
        if base in DERIVED:
            cid = self.obj(("cid", num), FILLERS["cid"], False) \
                if base in ("pair", "basic") else self.obj(("user", num), FILLERS["user"], False)
            if base in ("pair", "basic"):
                sec = self.obj(("cs", num), gen_cs)
            else:
                sec = self.obj(("pw", num), gen_pw_human)
            raw = cid + ":" + sec
            if base in ("pair", "uppair"):
                return "client_secret", raw
            return "client_secret", base64.b64encode(raw.encode()).decode()
        if base in FILLERS:
            v = self.obj((base, num), FILLERS[base], False)
            if opt == "b64":
                v = base64.b64encode(v.encode()).decode()
            elif opt == "up":
                v = v.upper()
            return None, v
        raise KeyError(base)


# The derived slots reuse the objects of cid/cs/user/pw with the same number:
# ⟦cid⟧ shows the client id used in ⟦pair⟧ / ⟦basic⟧, ⟦cs⟧ its secret,
# ⟦user⟧ and ⟦pw⟧ the parts of ⟦uppair⟧ / ⟦upbasic⟧.


def render(body, lang):
    ctx = Ctx(lang)
    if callable(body):
        body = body(R)
    text = SLOT.sub(ctx.slot, body)
    return text, ctx.secrets


# --------------------------------------------------------------- wrappers
MOJI = {"à": "Ã ", "è": "Ã¨", "é": "Ã©", "ì": "Ã¬", "ò": "Ã²", "ù": "Ã¹", "’": "â€™", "“": "â€œ",
        "”": "â€\x9d", "€": "â‚¬", "È": "Ãˆ", "°": "Â°", "«": "Â«", "»": "Â»"}
HTML_ACC = {"à": "&agrave;", "è": "&egrave;", "é": "&eacute;", "ì": "&igrave;", "ò": "&ograve;",
            "ù": "&ugrave;", "€": "&euro;", "’": "&rsquo;", "È": "&Egrave;", NBSP: "&nbsp;"}


def tf_moji(s):
    return "".join(MOJI.get(c, c) for c in s)


def tf_html(s):
    s = html_esc(s)
    s = "".join(HTML_ACC.get(c, c) for c in s)
    return s.replace("\n", "<br />\n")


def tf_quote(s):
    return "> " + s.replace("\n", "\n> ")


def tf_quote_v(s):
    return s.replace("\n", "\n> ")


def filler(name):
    return FILLERS[name]()


SUBJ_IT = ["Problema accesso sandbox", "R: integrazione PSD2", "I: errore 401 su /token", "Richiesta supporto",
           "R: R: pagamenti non riconciliati", "Fwd: onboarding nuovo merchant", "urgente!!", "(senza oggetto)",
           "R: rinnovo certificato", "I: segnalazione cliente", "Re: configurazione webhook", "chiusura pratica"]
SUBJ_EN = ["Sandbox access issue", "RE: PSD2 onboarding", "FW: 401 on /oauth/token", "Support request",
           "RE: RE: settlement mismatch", "Fwd: new merchant setup", "URGENT", "(no subject)",
           "RE: cert renewal", "FW: customer complaint", "Re: webhook config", "Ticket closure"]
TOP_IT = ["Vi giro quanto ricevuto.", "Inoltro per competenza.", "Girato al secondo livello, vedi sotto.",
          "Ciao, ti inoltro la mail del cliente.", "FYI", "Per conoscenza.", "Vedi sotto, grazie.",
          "Ricevuto ieri sera, lo lascio a voi.", "Vi metto in copia lo storico.", "Ciao, lo avevi visto questo?"]
TOP_EN = ["Forwarding for visibility.", "See below, thanks.", "FYI", "Passing this on to L2.",
          "Can someone pick this up?", "Adding the history below.", "Customer mail below.",
          "Looping in the integrations team.", "Came in overnight.", "Not sure who owns this one."]
SIG_IT = ["--\n{nome}\nUfficio Amministrazione\n{azienda}\nTel. {tel}\nP.IVA {piva}",
          "Cordiali saluti\n{nome}\n{azienda} | {city}\n{tel}",
          "Distinti saluti,\n{nome}\n\nQuesto messaggio e i suoi allegati sono destinati esclusivamente al destinatario. Se lo avete ricevuto per errore vi preghiamo di cancellarlo.",
          "Inviato da iPhone", "Inviato dal mio dispositivo Android",
          "{nome} - Responsabile IT\nCell. {tel}\nPrima di stampare pensa all'ambiente."]
SIG_EN = ["--\n{name}\nFinance Operations\n{company}\nT: {phone}",
          "Kind regards,\n{name}\n{company} | {ecity}\n{phone}",
          "Best,\n{name}\n\nThis email and any attachments are confidential and intended solely for the addressee.",
          "Sent from my iPhone", "Sent from Outlook for Android",
          "{name} | Head of Engineering | {company}\nM: {phone}"]


def fill(s):
    return re.sub(r"\{(\w+)\}", lambda m: filler(m.group(1)), s)


def wrap_prose(text, secrets, lang):
    r = R
    it = lang == "it"
    chain = []
    x = r.random()
    if x < 0.40:
        pass
    elif x < 0.55:
        chain = ["fwd"]
    elif x < 0.68:
        chain = ["quote"]
    elif x < 0.78:
        chain = ["html"]
    elif x < 0.86:
        chain = ["mig"]
    elif x < 0.92:
        chain = ["sig", "quote"]
    else:
        chain = ["sig", "html", "mig"]
    if it and r.random() < 0.10:
        chain = ["moji"] + chain
    if "sig" not in chain and r.random() < 0.25:
        chain = ["sig"] + chain
    if any("\n" in v for _, v in secrets):
        # a value wrapped over lines keeps its plain line break: no <br /> or
        # "> " markers inside a labelled value
        chain = [w for w in chain if w not in ("html", "quote")]
    for w in chain:
        if w == "sig":
            text = text.rstrip() + "\n\n" + fill(r.choice(SIG_IT if it else SIG_EN))
        elif w == "moji":
            text = tf_moji(text)
            secrets = [(k, tf_moji(v)) for k, v in secrets]
        elif w == "html":
            text = '<div class="%s">' % r.choice(["ticket-body", "x_WordSection1", "gmail_quote", "moz-text-html"]) \
                + tf_html(text) + "</div>"
            secrets = [(k, tf_html(v)) for k, v in secrets]
        elif w == "quote":
            q = tf_quote(text)
            secrets = [(k, tf_quote_v(v)) for k, v in secrets]
            if it:
                hdr = "Il giorno %s alle ore %s %s <%s> ha scritto:" % (filler("data"), filler("ora"), filler("nome"), filler("email"))
                text = r.choice(TOP_IT) + "\n\n" + hdr + "\n" + q
            else:
                hdr = "On %s at %s, %s <%s> wrote:" % (filler("date"), filler("ora"), filler("name"), filler("email"))
                text = r.choice(TOP_EN) + "\n\n" + hdr + "\n" + q
        elif w == "fwd":
            if it:
                hdr = r.choice([
                    "-------- Messaggio originale --------\nDa: {nome} <{email}>\nData: {data}\nA: assistenza@{domain}\nOggetto: %s\n\n",
                    "---------- Messaggio inoltrato ---------\nDa: {email}\nDate: {data} {ora}\nSubject: %s\nTo: supporto@{domain}\n\n",
                    "Da: {nome} [mailto:{email}]\nInviato: {data} {ora}\nA: Help Desk\nOggetto: %s\n\n",
                ]) % r.choice(SUBJ_IT)
                text = r.choice(TOP_IT) + "\n\n" + fill(hdr) + text
            else:
                hdr = r.choice([
                    "-----Original Message-----\nFrom: {name} <{email}>\nSent: {date} {ora}\nTo: support@{domain}\nSubject: %s\n\n",
                    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: %s\nTo: <helpdesk@{domain}>\n\n",
                    "From: {email}\nSent: {date}\nTo: Service Desk\nSubject: %s\n\n",
                ]) % r.choice(SUBJ_EN)
                text = r.choice(TOP_EN) + "\n\n" + fill(hdr) + text
        elif w == "mig":
            src = r.choice(["OTRS", "Zendesk", "Freshdesk", "Kayako", "osTicket", "Jira SD", "HelpSpot"])
            if it:
                hdr = r.choice([
                    "[Importato da %s - ticket {ticket} del {data}]\n" % src,
                    "### Ticket migrato (%s {ticket}) ###\nRichiedente originale: {email}\nStato originale: In attesa\n---\n" % src,
                    "Migrazione %s -> Sportello | rif. {ticket} | creato {data}\n\n" % src,
                ])
            else:
                hdr = r.choice([
                    "[Imported from %s - ticket {ticket}, {date}]\n" % src,
                    "=== migrated from %s {ticket} ===\nOriginal requester: {email}\nOriginal status: Pending\n---\n" % src,
                    "Legacy %s export | ref {ticket} | created {iso}\n\n" % src,
                ])
            text = fill(hdr) + text
    return text, secrets


INTRO_IT = ["Ecco il file:", "Vi incollo la config così com'è:", "copio dal server di test:",
            "questo è quello che abbiamo in produzione (versione vecchia):", "allego estratto:",
            "dal repo del fornitore precedente:", "trovato nella wiki vecchia:", "output completo sotto",
            "ecco lo snippet che usiamo:", "vi giro il file che ci ha dato il partner:"]
INTRO_EN = ["Here's the file:", "Pasting the config as-is:", "copied from the test box:",
            "this is what we have in prod (old version):", "excerpt below:",
            "from the previous vendor's repo:", "found this in the old wiki:", "full output below",
            "snippet we use:", "file the partner sent us:"]


def wrap_code(text, secrets, lang):
    r = R
    if r.random() < 0.45:
        return text, secrets
    intro = r.choice(INTRO_IT if lang == "it" else INTRO_EN)
    if r.random() < 0.5:
        text = intro + "\n```\n" + text + "\n```"
    else:
        text = intro + "\n\n" + text
    return text, secrets


# ---------------------------------------------------------------- scanning
DIGITS_FW = {chr(0xFF10 + i): str(i) for i in range(10)}


def norm_digits(s):
    return "".join(DIGITS_FW.get(c, c) for c in s)


RUN_RE = re.compile(r"[0-9\uff10-\uff19](?:(?:[ \-.\u00a0\u200b]|  )?[0-9\uff10-\uff19])*")
IBAN_LEN = {"IT": 27, "SM": 27, "FR": 27, "ES": 24, "DE": 22, "GB": 22, "NL": 18, "BE": 16,
            "AT": 20, "PT": 25, "IE": 22, "CH": 21, "LU": 20}
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")


def spans_of(text, values):
    out = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            out.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return out


def overlaps(a, b, spans):
    return any(not (b <= s or a >= e) for s, e in spans)


def accidental(text, secrets):
    """Problems: Luhn-valid card-like runs / valid IBANs that are not labelled."""
    probs = []
    card_spans = spans_of(text, [v for k, v in secrets if k == "card_number"])
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", norm_digits(m.group()))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not overlaps(m.start(), m.end(), card_spans):
            probs.append("card-like " + m.group())
    iban_spans = spans_of(text, [v for k, v in secrets if k in ("iban", "bank_account")])
    for m in IBAN_START.finditer(text):
        cc = m.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc]
        j = m.start()
        got = ""
        while j < len(text) and len(got) < need:
            c = text[j]
            if c.isalnum() and c.isascii():
                got += c.upper()
            elif c in " \u00a0-\n" and got and j + 1 < len(text) and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        if len(got) == need and iban_ok(got) and not overlaps(m.start(), j, iban_spans):
            probs.append("iban-like " + got)
    return probs


# ------------------------------------------------------------------- main
def build(entries):
    import collections
    pos, neg = [], []
    for e in entries:
        (pos if e[0] == "P" else neg).append(e)
    samples = []
    counters = collections.Counter()

    def emit(e, idx):
        pn, lang, style, body, n, wrap = e
        for attempt in range(200):
            text, secrets = render(body, lang)
            if pn == "P" and not secrets:
                raise AssertionError("positive template rendered no secret: %r" % (body if isinstance(body, str) else body.__name__))
            if pn == "N" and secrets:
                raise AssertionError("negative template rendered secrets: %r %r" % (body, secrets))
            if wrap == "prose":
                text, secrets = wrap_prose(text, secrets, lang)
            elif wrap == "code":
                text, secrets = wrap_code(text, secrets, lang)
            for k, v in secrets:
                assert v in text, (v, text)
                assert v == v.strip(), repr(v)
            if accidental(text, secrets):
                continue
            if pn == "N" and leaks(text):
                continue
            return text, secrets
        raise RuntimeError("could not render cleanly: %r" % (body,))

    all_values = []

    def leaks(text):
        for v in all_values:
            i = text.find(v)
            while i >= 0:
                before = text[i - 1] if i > 0 else " "
                after = text[i + len(v)] if i + len(v) < len(text) else " "
                if not before.isalnum() and not after.isalnum():
                    return True
                i = text.find(v, i + 1)
        return False

    for group in (pos, neg):
        for e in group:
            for _ in range(e[4]):
                text, secrets = emit(e, None)
                lang, style = e[1], e[2]
                counters[(style, lang)] += 1
                sid = "%s-%s-%04d" % (style, lang, counters[(style, lang)])
                samples.append({"id": sid, "lang": lang, "style": style, "text": text,
                                "secrets": [{"kind": k, "value": v} for k, v in secrets]})
                if e[0] == "P":
                    for k, v in secrets:
                        if len(re.sub(r"\W", "", v)) >= 6:
                            all_values.append(v)
    return samples


def main():
    import tpl_prose
    import tpl_tech
    import tpl_more
    import tpl_neg
    import tpl_more_neg
    import tpl_neg3
    import tpl_context
    entries = (tpl_prose.T + tpl_tech.T + tpl_more.T + tpl_context.T
               + tpl_neg.T + tpl_more_neg.T + tpl_neg3.T)
    samples = build(entries)
    R2 = random.Random(SEED + 1)
    R2.shuffle(samples)
    with open(OUT, "w", encoding="utf-8") as f:
        for s in samples:
            line = json.dumps(s, ensure_ascii=False)
            for ch in (ZW, NBSP, "\u200c", "\u200d", "\ufeff", "\u2028", "\u2029"):
                line = line.replace(ch, "\\u%04x" % ord(ch))
            f.write(line + "\n")
    npos = sum(1 for s in samples if s["secrets"])
    print("templates: %d (P %d, N %d)" % (len(entries), sum(1 for e in entries if e[0] == "P"),
                                         sum(1 for e in entries if e[0] == "N")))
    print("samples: %d  positives: %d  negatives: %d" % (len(samples), npos, len(samples) - npos))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
