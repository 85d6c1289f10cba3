#!/usr/bin/env python3
"""Held-out guard corpus generator (standard library only, deterministic).

Templates use slots delimited by ⟦ ⟧:
  ⟦s:KIND:GEN(args)|transform|transform@TAG⟧  secret, labelled with KIND
  ⟦n:GEN(args)|transform@TAG⟧                  non-secret filler / look-alike
  ⟦r:TAG⟧                                      repeat a tagged rendering
  ⟦c:opt one¦opt two¦...⟧                      choice (options may hold slots)
"""
import base64, hashlib, html, json, random, re, string, sys, urllib.parse

SEED = 20240917
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

def rs(rng, n, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

# ---------------------------------------------------------------- checksums
def luhn_sum(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total

def luhn_ok(num):
    return num.isdigit() and luhn_sum(num) % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError

def alnum_to_digits(s):
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s.upper())

def iban_check(country, bban):
    n = int(alnum_to_digits(bban + country + "00"))
    return "%02d" % (98 - n % 97)

def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        return False
    if iban[:2] in IBAN_LEN and len(iban) != IBAN_LEN[iban[:2]]:
        return False
    return int(alnum_to_digits(iban[4:] + iban[:4])) % 97 == 1

IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16,
            "AT": 20, "CH": 21, "PT": 25, "SM": 27, "IE": 22, "LU": 20}

CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]

def cin_it(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)

def cf_check(s15):
    tot = 0
    for i, ch in enumerate(s15):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)

def piva_complete(p10):
    tot = 0
    for i, ch in enumerate(p10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return p10 + str((10 - tot % 10) % 10)

def de_method00(kto9):
    tot = 0
    for i, ch in enumerate(reversed(kto9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return kto9 + str((10 - tot % 10) % 10)

def fr_cle(banque, guichet, compte):
    return "%02d" % (97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97))

def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(d, d)

UK_W = [0, 0, 0, 0, 0, 0, 7, 5, 8, 3, 4, 6, 2, 1]  # generic MOD11 weighting

def uk_ok(sort6, acc8):
    return sum(int(c) * w for c, w in zip(sort6 + acc8, UK_W)) % 11 == 0

def nl_elf(acc10):
    return sum(int(c) * (10 - i) for i, c in enumerate(acc10)) % 11 == 0

# ---------------------------------------------------------------- word lists
IT_NAMES = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro",
            "Elena", "Davide", "Martina", "Simone", "Federica", "Andrea", "Valentina", "Paolo",
            "Beatrice", "Giorgio", "Ilaria", "Stefano", "Roberta", "Nicola", "Anna", "Tommaso"]
IT_SURN = ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Caruso", "Ferrara", "Galli"]
EN_NAMES = ["James", "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophie", "Jack",
            "Isla", "Harry", "Grace", "Ethan", "Chloe", "Daniel", "Hannah", "Priya", "Tom",
            "Lucas", "Mia", "Ben", "Zoe", "Sam", "Ava"]
EN_SURN = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Patel", "Wright", "Walker", "Evans", "Thomas", "Roberts", "Green", "Hall", "Müller",
           "Schmidt", "Dubois", "García", "Murphy", "Kelly", "O'Brien", "Clarke"]
COMPANIES = ["Bottega Digitale S.r.l.", "Fintastico S.p.A.", "PagaFacile S.r.l.", "Tessuti Rossi snc",
             "Acme Payments Ltd", "Northwind Commerce", "Lumen Retail GmbH", "Cassa Rapida S.r.l.",
             "Orbit Fintech BV", "Mercato Verde Srl", "Brightpay Ltd", "Ferramenta Conti",
             "Vela Viaggi S.r.l.", "Kiosko Online SL", "Boulangerie Martin SARL"]
MERCHANTS = ["AMAZON EU", "TRENITALIA", "ESSELUNGA", "IKEA ITALIA", "BOOKING.COM", "RYANAIR",
             "ZALANDO", "DECATHLON", "TESCO STORES", "DELIVEROO", "NETFLIX.COM", "ENEL ENERGIA",
             "APPLE.COM/BILL", "SPOTIFY", "LIDL"]
CLIENT_IDS = ["acme-pay-prod", "bottega-srl-sandbox", "fintastico-web-prod", "pagafacile-app",
              "northwind-ecom-test", "lumen-retail-prod", "cassa-rapida-android", "orbit-ob-sandbox",
              "mercato-verde-web", "brightpay-backoffice", "vela-viaggi-b2c", "kiosko-pos-staging"]
DOMAINS = ["sportello.example", "api.paydesk.example", "openbank.example.eu", "psp.example.com",
           "gateway.fintastico.example"]
CITIES_IT = ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Bari", "Verona", "Padova",
             "Genova"]
IT_WORDS = ["girasole", "tramonto", "pallone", "gattino", "vesuvio", "lasagna", "gondola", "ciliegia",
            "farfalla", "montagna", "limone", "tartaruga", "nuvola", "cornetto", "basilico",
            "stella", "orsetto", "panettone", "scoiattolo", "mare"]
EN_WORDS = ["sunflower", "harbour", "marble", "falcon", "biscuit", "thunder", "copper", "meadow",
            "pumpkin", "rocket", "velvet", "anchor", "maple", "crimson", "lantern", "orbit",
            "pepper", "glacier", "walrus", "cobalt"]
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
IT_NUM = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
EN_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ABIS = ["03069", "02008", "05034", "03111", "01030", "05696", "03062", "03015", "01005",
        "07601", "08327", "05387", "06230", "03440", "05584"]
BICS = ["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX", "BLOPIT22", "PASCITMMXXX", "DEUTDEFFXXX",
        "COBADEFF", "BNPAFRPPXXX", "CAIXESBBXXX", "BARCGB22", "INGBNL2A", "GEBABEBB",
        "BPPIITRRXXX", "FEBIITM1", "SOGEFRPP", "NWBKGB2L", "HYVEDEMMXXX", "BSCHESMM"]
BLZS = ["37040044", "10070000", "50010517", "20041133", "70020270", "12030000", "60050101",
        "43060967", "50070010", "76026000"]
UK_SORT_BANK = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("MIDL", "40"), ("HBUK", "40"),
                ("NAIA", "07"), ("SRLG", "60")]
FR_BANKS = ["30004", "30003", "20041", "10107", "30066", "11315", "14505", "17515"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2085", "0128", "1465"]

# ---------------------------------------------------------------- account objects
def acct(rng, ctx, tag, country):
    key = "_acct_" + (tag or "anon%d" % rng.randrange(10**9))
    if tag and key in ctx:
        return ctx[key]
    a = {"country": country}
    if country == "IT":
        abi, cab = rng.choice(ABIS), digits(rng, 5)
        conto = rng.choice([lambda: "0000" + digits(rng, 8), lambda: digits(rng, 12),
                            lambda: "CC0" + digits(rng, 9), lambda: "1000000" + digits(rng, 5)])()
        a.update(abi=abi, cab=cab, conto=conto, cin=cin_it(abi, cab, conto))
        a["bban"] = a["cin"] + abi + cab + conto
    elif country == "DE":
        a["blz"] = rng.choice(BLZS)
        a["kto"] = de_method00(digits(rng, 9)) if rng.random() < 0.5 else de_method00("00" + digits(rng, 7))
        a["bban"] = a["blz"] + a["kto"]
    elif country == "FR":
        b, g, c = rng.choice(FR_BANKS), digits(rng, 5), digits(rng, 11)
        a.update(banque=b, guichet=g, compte=c, cle=fr_cle(b, g, c))
        a["bban"] = b + g + c + a["cle"]
    elif country == "ES":
        e, o, c = rng.choice(ES_BANKS), digits(rng, 4), digits(rng, 10)
        dc = "%d%d" % (es_dc("00" + e + o), es_dc(c))
        a.update(entidad=e, oficina=o, dc=dc, cuenta=c)
        a["bban"] = e + o + dc + c
    elif country == "GB":
        bank, pre = rng.choice(UK_SORT_BANK)
        while True:
            sort = pre + digits(rng, 4)
            acc = digits(rng, 8)
            if uk_ok(sort, acc):
                break
        a.update(bankcode=bank, sort=sort, acc=acc, bban=bank + sort + acc)
    elif country == "NL":
        while True:
            acc = digits(rng, 10)
            if nl_elf(acc):
                break
        a["bban"] = rng.choice(["INGB", "ABNA", "RABO", "TRIO"]) + acc
    elif country == "BE":
        f = digits(rng, 10)
        chk = int(f) % 97 or 97
        a["bban"] = f + "%02d" % chk
    elif country == "AT":
        a["bban"] = digits(rng, 16)
    elif country == "CH":
        a["bban"] = digits(rng, 17)
    elif country == "PT":
        base = digits(rng, 19)
        chk = 98 - (int(base) * 100) % 97
        a["bban"] = base + "%02d" % chk
    elif country == "SM":
        abi, cab, conto = "03225", digits(rng, 5), digits(rng, 12)
        a["bban"] = cin_it(abi, cab, conto) + abi + cab + conto
    elif country == "IE":
        a["bban"] = rng.choice(["AIBK", "BOFI"]) + "93" + digits(rng, 4) + digits(rng, 8)
    a["iban"] = country + iban_check(country, a["bban"]) + a["bban"]
    assert iban_valid(a["iban"]), a
    if tag:
        ctx[key] = a
    return a

def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- card numbers
CARD_PREFIXES = [("4539", 16), ("4556", 16), ("4916", 16), ("4024007", 16), ("4485", 16),
                 ("4716", 16), ("5355", 16), ("5425", 16), ("5105", 16), ("5232", 16),
                 ("2221", 16), ("2720", 16), ("6011", 16), ("3530", 16), ("371449", 15),
                 ("378282", 15), ("3714", 15), ("4000", 16), ("5200", 16), ("4263", 16)]

def card_raw(rng, brand=None):
    pool = CARD_PREFIXES
    if brand == "amex":
        pool = [p for p in pool if p[1] == 15]
    elif brand == "visa":
        pool = [p for p in pool if p[0][0] == "4"]
    elif brand == "mc":
        pool = [p for p in pool if p[0][0] in "52"]
    pre, ln = rng.choice(pool)
    return luhn_complete(pre + digits(rng, ln - len(pre) - 1))

def card_group(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return g4(num, sep)

# ---------------------------------------------------------------- generators
def jwt(rng, ctx, kind="access"):
    def b64u(obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    alg = rng.choice(["RS256", "HS256", "ES256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if rng.random() < 0.6:
        hdr["kid"] = rs(rng, rng.choice([8, 16, 22]), B64URL)
    now = rng.randrange(1700000000, 1735000000)
    pl = {"iss": "https://auth." + rng.choice(DOMAINS), "sub": rs(rng, 12, HEX),
          "aud": rng.choice(CLIENT_IDS), "iat": now, "exp": now + rng.choice([300, 900, 3600])}
    if kind == "refresh":
        pl["typ"] = "refresh"; pl["exp"] = now + 2592000
    else:
        pl["scope"] = rng.choice(["payments accounts", "accounts:read", "payments:write", "openid ais pis"])
    sig_len = {"RS256": 342, "PS256": 342, "HS256": 43, "ES256": 86}[alg]
    return b64u(hdr) + "." + b64u(pl) + "." + rs(rng, sig_len, B64URL)

def opaque(rng, ctx, n=None):
    n = int(n) if n else rng.choice([32, 40, 43, 48, 64])
    return rs(rng, n, ALNUM + ("-_" if rng.random() < 0.4 else ""))

def apikey(rng, ctx):
    return rng.choice([
        lambda: "live_" + rs(rng, 40, HEX),
        lambda: "sp_live_" + rs(rng, 32),
        lambda: "test_" + rs(rng, 32, HEX),
        lambda: "acme_prod_" + rs(rng, 28),
        lambda: rs(rng, 24) + "." + rs(rng, 32),
    ])()

def session(rng, ctx):
    return rng.choice([
        lambda: rs(rng, 32, HEX),
        lambda: "s%3A" + rs(rng, 32, B64URL) + "." + rs(rng, 43, ALNUM) + "%2F" + rs(rng, 6),
        lambda: rs(rng, 26, "abcdefghijklmnopqrstuv0123456789"),
        lambda: rs(rng, 40, ALNUM) + "%3D%3D",
        lambda: "eyJ" + rs(rng, 90, B64URL),
    ])()

def refresh(rng, ctx):
    return rng.choice([
        lambda: rs(rng, 64),
        lambda: "rt_" + rs(rng, 48),
        lambda: "def50200" + rs(rng, 120, HEX),
        lambda: jwt(rng, ctx, "refresh"),
        lambda: rs(rng, 8, HEX) + "-" + rs(rng, 4, HEX) + "-" + rs(rng, 4, HEX) + "." + rs(rng, 40, B64URL),
        lambda: "1//" + rs(rng, 98, B64URL),
    ])()

def csecret(rng, ctx):
    return rng.choice([
        lambda: rs(rng, 40),
        lambda: rs(rng, 64, HEX),
        lambda: "cs_" + rs(rng, 36),
        lambda: rs(rng, 32, ALNUM + "-_~."),
        lambda: rs(rng, 8) + "~" + rs(rng, 31, ALNUM + "._-"),
    ])()

def csecret_sym(rng, ctx):
    s = rs(rng, 40, B64)
    if "+" not in s and "/" not in s:
        s = s[:10] + "+" + s[11:]
    return s + "="

def basic(rng, ctx, cid=None, sec=None):
    u = ctx.get(cid + ".raw", ctx.get(cid)) if cid else rng.choice(CLIENT_IDS)
    p = ctx.get(sec + ".raw", ctx.get(sec)) if sec else rs(rng, 32)
    return base64.b64encode((u + ":" + p).encode()).decode()

def pair(rng, ctx, cid=None):
    u = ctx.get(cid + ".raw", ctx.get(cid)) if cid else rng.choice(CLIENT_IDS)
    return u + ":" + rs(rng, 32)

def b64pair(rng, ctx, tag):
    return base64.b64encode(ctx[tag].encode()).decode()

def concat_java(rng, ctx):
    s = csecret(rng, ctx)
    k = len(s) // 2
    return s[:k] + '" +\n            "' + s[k:]

def concat_py(rng, ctx):
    s = rs(rng, 44)
    k = len(s) // 2
    return s[:k] + '"\n    "' + s[k:]

def concat_js(rng, ctx):
    s = rs(rng, 36)
    k = rng.randrange(10, 26)
    return s[:k] + "' + '" + s[k:]

def pem_body(rng, lines):
    out = [rs(rng, 64, B64) for _ in range(lines)]
    out.append(rs(rng, rng.randrange(20, 60), B64) + "=")
    return out

def pem(rng, ctx, typ="RSA", sep="\n"):
    if typ == "RSA":
        h, n = "RSA PRIVATE KEY", rng.randrange(8, 25)
        body = ["MIIEpAIBAAKCAQEA" + rs(rng, 48, B64)] + pem_body(rng, n)
    elif typ == "EC":
        h = "EC PRIVATE KEY"
        body = ["MHcCAQEEI" + rs(rng, 55, B64), rs(rng, 64, B64), rs(rng, 56, B64) + "=="]
    elif typ == "PK8":
        h, n = "PRIVATE KEY", rng.randrange(8, 25)
        body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(rng, 32, B64)] + pem_body(rng, n)
    else:
        h = "OPENSSH PRIVATE KEY"
        body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + \
               [rs(rng, 70, B64) for _ in range(rng.randrange(3, 6))] + [rs(rng, 30, B64)]
    return sep.join(["-----BEGIN %s-----" % h] + body + ["-----END %s-----" % h])

def pem_yaml(rng, ctx):
    return pem(rng, ctx, "RSA", "\n    ")

def pem_json(rng, ctx):
    return pem(rng, ctx, "PK8", "\\n") + "\\n"

def vendor(rng, ctx, which=None):
    gens = {
        "aws_akid": lambda: rng.choice(["AKIA", "ASIA"]) + rs(rng, 16, string.ascii_uppercase + "234567"),
        "aws_secret": lambda: rs(rng, 40, B64),
        "stripe_sk": lambda: rng.choice(["sk_live_", "sk_test_"]) + rs(rng, rng.choice([24, 99])),
        "stripe_rk": lambda: "rk_live_" + rs(rng, 24),
        "stripe_wh": lambda: "whsec_" + rs(rng, 32),
        "ghp": lambda: "ghp_" + rs(rng, 36),
        "gh_pat": lambda: "github_pat_11" + rs(rng, 20, string.ascii_uppercase + string.digits) + "_" + rs(rng, 59),
        "slack": lambda: "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rs(rng, 24),
        "slack_hook": lambda: "https://hooks.slack.com/services/T" + rs(rng, 8, string.ascii_uppercase + string.digits) + "/B" + rs(rng, 10, string.ascii_uppercase + string.digits) + "/" + rs(rng, 24),
        "gapi": lambda: "AIza" + rs(rng, 35, B64URL),
        "sendgrid": lambda: "SG." + rs(rng, 22, B64URL) + "." + rs(rng, 43, B64URL),
        "twilio": lambda: "SK" + rs(rng, 32, HEX),
        "mailgun": lambda: "key-" + rs(rng, 32, HEX),
        "openai": lambda: "sk-proj-" + rs(rng, 48, B64URL),
        "gitlab": lambda: "glpat-" + rs(rng, 20, B64URL),
        "npm": lambda: "npm_" + rs(rng, 36),
        "telegram": lambda: digits(rng, 10) + ":AA" + rs(rng, 33, B64URL),
        "adyen": lambda: "AQE" + rs(rng, 60, B64URL) + "=" ,
        "paypal": lambda: "access_token$production$" + rs(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789") + "$" + rs(rng, 32, HEX),
        "shopify": lambda: "shpat_" + rs(rng, 32, HEX),
        "square": lambda: "EAAA" + rs(rng, 60, B64URL),
    }
    which = which or rng.choice(sorted(gens))
    return gens[which]()

PW_SPECIAL = "!#$%&*+=?@_-."

def password(rng, ctx, style=None):
    style = style or rng.choice(["wordnum", "leet", "random", "phrase", "date", "mixed", "itword"])
    if style == "wordnum":
        w = rng.choice(IT_WORDS + EN_WORDS)
        return w.capitalize() + digits(rng, rng.choice([2, 3, 4])) + rng.choice("!#$?*.")
    if style == "leet":
        w = rng.choice(IT_WORDS + EN_WORDS)
        w = w.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
        return w[0].upper() + w[1:] + rng.choice(["!", "#", "99", "$", "77!"])
    if style == "random":
        while True:
            s = rs(rng, rng.choice([12, 14, 16, 20]), ALNUM + "!#$%&*+=?@")
            if re.search(r"\d", s) and re.search(r"[A-Za-z]", s):
                return s
    if style == "phrase":
        ws = rng.sample(IT_WORDS + EN_WORDS, 3)
        return rng.choice(["-", ".", "_"]).join(ws) + "-" + digits(rng, 2)
    if style == "date":
        w = rng.choice(IT_WORDS + EN_WORDS + [n.lower() for n in IT_NAMES])
        return w + rng.choice(["19", "20"]) + digits(rng, 2)
    if style == "itword":
        return rng.choice(IT_NAMES) + rng.choice([".", "_", "@", ""]) + rng.choice(["19", "20"]) + digits(rng, 2) + rng.choice(["!", "?", "#", "$"])
    return rs(rng, 3, string.ascii_uppercase) + rs(rng, 3, string.ascii_lowercase) + digits(rng, 3) + rng.choice("!@#") + rs(rng, 2)

def pw_special(rng, ctx):
    base = rng.choice(IT_WORDS + EN_WORDS).capitalize()
    sp = rng.sample(["&", "<", ">", '"', "+", "=", "/", "%", "&", "@", "#"], 2)
    return base[:4] + sp[0] + base[4:] + digits(rng, 2) + sp[1] + rs(rng, 3)

def pw_url(rng, ctx):
    base = rng.choice(IT_WORDS + EN_WORDS).capitalize()
    return base + rng.choice(["@", "#", "/", "+", "%", "&", "?", ":"]) + digits(rng, 3) + rng.choice(["!", "=", "$", "+"])

def pw_voice(rng, ctx, lang="it"):
    nums = IT_NUM if lang == "it" else EN_NUM
    parts = []
    for _ in range(rng.randrange(5, 8)):
        r = rng.random()
        if r < 0.5:
            parts.append(rng.choice(NATO))
        elif r < 0.8:
            parts.append(str(rng.randrange(10)))
        else:
            parts.append(rng.choice(nums))
    if not any(p.isdigit() or p in nums for p in parts):
        parts.append(str(rng.randrange(10)))
    return " ".join(parts)

def pin(rng, ctx, n=None):
    n = int(n) if n else rng.choice([4, 5, 6])
    while True:
        s = digits(rng, n)
        if len(set(s)) > 2 and s not in ("1234", "123456"):
            return s

def pin_words(rng, ctx, lang="it", n=None):
    n = int(n) if n else rng.choice([4, 5, 6])
    nums = IT_NUM if lang == "it" else EN_NUM
    return " ".join(nums[int(c)] for c in pin(rng, ctx, n))

def cvv(rng, ctx, n=3):
    return digits(rng, int(n))

def card(rng, ctx, brand=None):
    return card_raw(rng, brand)

def iban(rng, ctx, country=None, tag=None):
    country = country or rng.choice(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "CH", "PT", "IE", "SM"])
    return acct(rng, ctx, tag, country)["iban"]

def acct_field(rng, ctx, country, field, tag=None):
    return acct(rng, ctx, tag, country)[field]

def bban_it(rng, ctx, tag=None, style=None):
    a = acct(rng, ctx, tag, "IT")
    style = style or rng.choice(["sp", "plain", "dash"])
    if style == "sp":
        return " ".join([a["cin"], a["abi"], a["cab"], a["conto"]])
    if style == "dash":
        return "-".join([a["cin"], a["abi"], a["cab"], a["conto"]])
    return a["bban"]

def rib(rng, ctx, tag=None, sep=" "):
    a = acct(rng, ctx, tag, "FR")
    return sep.join([a["banque"], a["guichet"], a["compte"], a["cle"]])

def ccc(rng, ctx, tag=None, style=None):
    a = acct(rng, ctx, tag, "ES")
    style = style or rng.choice(["sp", "plain", "dash"])
    if style == "sp":
        return " ".join([a["entidad"], a["oficina"], a["dc"], a["cuenta"]])
    if style == "dash":
        return "-".join([a["entidad"], a["oficina"], a["dc"], a["cuenta"]])
    return a["bban"]

def sortcode(rng, ctx, tag=None, sep="-"):
    s = acct(rng, ctx, tag, "GB")["sort"]
    return sep.join([s[:2], s[2:4], s[4:]])

def ukacc(rng, ctx, tag=None):
    return acct(rng, ctx, tag, "GB")["acc"]

def ukboth(rng, ctx, tag=None):
    a = acct(rng, ctx, tag, "GB")
    s = a["sort"]
    return rng.choice(["%s-%s-%s %s", "%s%s%s %s", "%s %s %s / %s"]) % (s[:2], s[2:4], s[4:], a["acc"])

# ------------------------------------------------------------ look-alike generators
def uuid(rng, ctx, case="lower"):
    h = rs(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if case == "upper" else u

def ulid(rng, ctx, prefix=""):
    return prefix + "01" + rs(rng, 24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")

def hexs(rng, ctx, n=32):
    return rs(rng, int(n), HEX)

def sha(rng, ctx, n=40):
    return rs(rng, int(n), HEX)

def digest(rng, ctx):
    return "sha256:" + rs(rng, 64, HEX)

def traceparent(rng, ctx):
    return "00-%s-%s-01" % (rs(rng, 32, HEX), rs(rng, 16, HEX))

def clientid(rng, ctx):
    return rng.choice(CLIENT_IDS)

def domain(rng, ctx):
    return rng.choice(DOMAINS)

def order(rng, ctx):
    return rng.choice([lambda: "ORD-%d-%06d" % (rng.randrange(2022, 2026), rng.randrange(10**6)),
                       lambda: "#%d" % rng.randrange(100000, 9999999),
                       lambda: "A%s-%s" % (digits(rng, 3), digits(rng, 7)),
                       lambda: "PO-%s" % digits(rng, 8),
                       lambda: "%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7))])()

def invoice(rng, ctx):
    return rng.choice([lambda: "FT %d/%05d" % (rng.randrange(2022, 2026), rng.randrange(10**5)),
                       lambda: "INV-%s" % digits(rng, 6),
                       lambda: "%d/%s/E" % (rng.randrange(1, 999), rng.randrange(2022, 2026)),
                       lambda: "FAT-%s-%s" % (rng.randrange(2022, 2026), digits(rng, 4))])()

def tracking(rng, ctx):
    return rng.choice([lambda: "1Z" + rs(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10),
                       lambda: "RR" + digits(rng, 9) + "IT",
                       lambda: "JJD" + digits(rng, 18),
                       lambda: digits(rng, 12),
                       lambda: "BRT " + digits(rng, 3) + " " + digits(rng, 6) + " " + digits(rng, 4)])()

def phone(rng, ctx, c="it"):
    if c == "it":
        return rng.choice(["+39 3%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 4)),
                           "3%s%s" % (digits(rng, 2), digits(rng, 7)),
                           "+39 02 %s %s" % (digits(rng, 4), digits(rng, 4)),
                           "06-%s%s" % (digits(rng, 4), digits(rng, 4)),
                           "347.%s.%s" % (digits(rng, 3), digits(rng, 4))])
    if c == "uk":
        return rng.choice(["+44 7700 900%s" % digits(rng, 3), "020 7946 0%s" % digits(rng, 3)])
    if c == "de":
        return "+49 30 %s %s" % (digits(rng, 4), digits(rng, 4))
    return "+1 (555) 01%s-%s" % (digits(rng, 1), digits(rng, 4))

def piva(rng, ctx):
    return piva_complete(digits(rng, 7) + rng.choice(["001", "015", "036", "058", "096"]))

def codfisc(rng, ctx):
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(rng, 3, cons) + rs(rng, 3, cons) + digits(rng, 2) + rng.choice("ABCDEHLMPRST") + \
        "%02d" % rng.choice(list(range(1, 29)) + list(range(41, 69))) + rng.choice("FHLAGDMC") + digits(rng, 3)
    return s + cf_check(s)

def creditor_id(rng, ctx):
    nat = piva(rng, ctx)
    chk = "%02d" % (98 - int(alnum_to_digits(nat + "IT00")) % 97)
    return "IT" + chk + "ZZZ" + nat

def amount(rng, ctx, style="it"):
    v = rng.choice([rng.randrange(100, 9999), rng.randrange(10000, 500000), rng.randrange(100000, 9000000)])
    e, c = divmod(v, 100)
    if style == "it":
        es = "{:,}".format(e).replace(",", ".")
        return rng.choice(["%s,%02d €" % (es, c), "€ %s,%02d" % (es, c), "EUR %s,%02d" % (es, c)])
    if style == "cents":
        return str(v)
    es = "{:,}".format(e)
    return rng.choice(["€%s.%02d" % (es, c), "EUR %s.%02d" % (es, c), "£%s.%02d" % (es, c), "%s.%02d EUR" % (e, c)])

def date(rng, ctx, style="it"):
    y, m, d = rng.randrange(2023, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    if style == "it":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"][m - 1], y)])
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return rng.choice(["%d %s %d" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1], y), "%02d/%02d/%d" % (m, d, y)])

def ts(rng, ctx):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randrange(2023, 2026), rng.randrange(1, 13), rng.randrange(1, 29),
                                                 rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000))

def time_(rng, ctx):
    return "%02d:%02d" % (rng.randrange(7, 23), rng.randrange(60))

def epoch(rng, ctx):
    return str(rng.randrange(1700000000, 1740000000))

def version(rng, ctx):
    return "%d.%d.%d" % (rng.randrange(1, 6), rng.randrange(0, 20), rng.randrange(0, 30))

def ip(rng, ctx):
    return rng.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]).replace("%d", "{}").format(*[rng.randrange(1, 254) for _ in range(3)])

def num(rng, ctx, a, b):
    return str(rng.randrange(int(a), int(b)))

def dig(rng, ctx, n):
    return digits(rng, int(n))

def name(rng, ctx, lang="it"):
    return rng.choice(IT_NAMES) if lang == "it" else rng.choice(EN_NAMES)

def surname(rng, ctx, lang="it"):
    return rng.choice(IT_SURN) if lang == "it" else rng.choice(EN_SURN)

def company(rng, ctx):
    return rng.choice(COMPANIES)

def merchant(rng, ctx):
    return rng.choice(MERCHANTS)

def city(rng, ctx):
    return rng.choice(CITIES_IT)

def bic(rng, ctx):
    return rng.choice(BICS)

def abi(rng, ctx):
    return rng.choice(ABIS)

def last4(rng, ctx):
    return digits(rng, 4)

def masked_card(rng, ctx):
    c = card_raw(rng)
    return rng.choice(["**** **** **** " + c[-4:], c[:6] + "******" + c[-4:], "XXXX-XXXX-XXXX-" + c[-4:],
                       "•••• " + c[-4:], c[:4] + " **** **** " + c[-4:], "ending in " + c[-4:]])

def masked_iban(rng, ctx, country="IT"):
    i = acct(rng, ctx, None, country)["iban"]
    return rng.choice([i[:4] + " **** **** **** " + i[-4:], i[:2] + "**" + "*" * (len(i) - 8) + i[-4:],
                       i[:7] + "…" + i[-3:], i[:4] + " XXXX XXXX XXXX XXXX " + i[-3:], "[REDACTED]"])

def card_bad(rng, ctx, fmt="sp"):
    c = card_raw(rng)
    c = c[:-1] + str((int(c[-1]) + rng.randrange(1, 10)) % 10)
    assert not luhn_ok(c)
    return {"sp": card_group(c), "plain": c, "dash": card_group(c, "-")}[fmt]

def iban_bad(rng, ctx, country=None, fmt="sp"):
    country = country or rng.choice(["IT", "IT", "DE", "FR", "ES", "GB", "NL"])
    a = acct(rng, ctx, None, country)
    i = a["iban"]
    while True:
        chk = "%02d" % ((int(i[2:4]) + rng.randrange(1, 90)) % 100)
        bad = i[:2] + chk + i[4:]
        if not iban_valid(bad):
            break
    return g4(bad) if fmt == "sp" else bad

def placeholder(rng, ctx, what="token"):
    opts = {
        "token": ["<token>", "<your-token>", "<ACCESS_TOKEN>", "YOUR_ACCESS_TOKEN", "${ACCESS_TOKEN}", "{{access_token}}",
                  "xxxxxxxxxxxxxxxx", "$TOKEN", "[REDACTED]", "***", "<redacted>", "TOKEN_HERE", "eyJ...", "%ACCESS_TOKEN%"],
        "secret": ["<client_secret>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{client_secret}}", "xxxxx",
                   "********", "<secret>", "CHANGE_ME", "changeme", "REPLACE_WITH_SECRET", "${{ secrets.CLIENT_SECRET }}",
                   "$(CLIENT_SECRET)", "<omesso>", "[rimosso]"],
        "password": ["<password>", "********", "${DB_PASSWORD}", "{{ db_password }}", "YOUR_PASSWORD", "xxxxxxxx",
                     "<la-tua-password>", "%PASSWORD%", "****", "[REDACTED]", "$PGPASSWORD", "changeit"],
    }[what]
    return rng.choice(opts)

def loglines(rng, ctx, n1=4, n2=12, lang="en"):
    out = []
    t0 = rng.randrange(0, 86000)
    for i in range(rng.randrange(int(n1), int(n2))):
        t = t0 + i * rng.randrange(1, 4)
        lvl = rng.choice(["INFO", "INFO", "DEBUG", "WARN", "INFO"])
        msg = rng.choice([
            "request_id=%s method=POST path=/v1/payments status=%d duration_ms=%d" % (uuid(rng, ctx), rng.choice([200, 201, 400, 401, 409, 502]), rng.randrange(12, 3000)),
            "payment %s state=%s amount=%s" % (ulid(rng, ctx, "pay_"), rng.choice(["PENDING", "EXECUTED", "REJECTED", "AUTHORISED"]), amount(rng, ctx, "cents")),
            "trace_id=%s span_id=%s upstream=bank-adapter retry=%d" % (rs(rng, 32, HEX), rs(rng, 16, HEX), rng.randrange(0, 4)),
            "consent %s status=%s psu_ip=%s" % (uuid(rng, ctx), rng.choice(["received", "valid", "expired", "rejected"]), ip(rng, ctx)),
            "webhook delivery %s attempt=%d http=%d" % (ulid(rng, ctx, "evt_"), rng.randrange(1, 6), rng.choice([200, 500, 504])),
            "token refreshed for client_id=%s expires_in=3600" % rng.choice(CLIENT_IDS),
            "task_id=%s batch=%s items=%d" % (uuid(rng, ctx), rs(rng, 10, HEX), rng.randrange(1, 500)),
            ("connessione al pool db riuscita (%d/%d)" if lang == "it" else "db pool connection ok (%d/%d)") % (rng.randrange(1, 20), 20),
        ])
        out.append("%02d:%02d:%02d.%03d %-5s [%s] %s" % (t // 3600 % 24, t // 60 % 60, t % 60, rng.randrange(1000), lvl,
                                                      rng.choice(["http-nio-8080-exec-%d" % rng.randrange(1, 20), "main", "worker-%d" % rng.randrange(1, 9), "scheduler"]), msg))
    return "\n".join(out)

def rowsnum(rng, ctx, n=None):
    return str(rng.randrange(2, 40))

GENS = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_")}
GENS["time"] = time_

# ---------------------------------------------------------------- transforms
FW = {c: chr(ord(c) - 0x21 + 0xFF01) for c in string.digits + string.ascii_letters}

def t_insert(rng, v, ins, k=1):
    v = list(v)
    cand = [i for i in range(2, len(v) - 1) if not v[i - 1].isspace() and not v[i].isspace()]
    for i in sorted(rng.sample(cand, min(k, len(cand))), reverse=True):
        v.insert(i, ins)
    return "".join(v)

def t_mix(rng, v):
    seps = [" ", "-", " - ", "  ", ".", "/"]
    out = []
    for i in range(0, len(v), 4):
        out.append(v[i:i + 4])
    res = out[0]
    for chunk in out[1:]:
        res += rng.choice(seps) + chunk
    return res

def t_ocr(rng, v):
    out = []
    for ch in v:
        r = rng.random()
        if ch == "0" and r < 0.3:
            out.append("O")
        elif ch == "1" and r < 0.3:
            out.append(rng.choice(["l", "I"]))
        elif ch == "5" and r < 0.15:
            out.append("S")
        elif ch == "8" and r < 0.15:
            out.append("B")
        else:
            out.append(ch)
    s = "".join(out)
    if rng.random() < 0.5:
        s = t_insert(rng, s, " ")
    return s

def t_jesc(rng, v, allc=False):
    out = []
    for ch in v:
        if allc or (ch.isdigit() and rng.random() < 0.45):
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    s = "".join(out)
    if s == v:
        s = "\\u%04x" % ord(v[0]) + v[1:]
    return s

def t_htmlnum(rng, v):
    return "".join("&#%d;" % ord(c) if (c.isdigit() and rng.random() < 0.6) or c in "&<>\"" else c for c in v)

TRANSFORMS = {
    "g4": lambda r, v: card_group(v) if v.isdigit() else g4(v),
    "g4d": lambda r, v: card_group(v, "-") if v.isdigit() else g4(v, "-"),
    "g4dot": lambda r, v: card_group(v, "."),
    "g4nb": lambda r, v: card_group(v, "\u00a0") if v.isdigit() else g4(v, "\u00a0"),
    "g4nnb": lambda r, v: card_group(v, "\u202f"),
    "g4mix": t_mix,
    "fw": lambda r, v: "".join(FW.get(c, c) if c.isdigit() else c for c in v),
    "fwall": lambda r, v: "".join(FW.get(c, "\u3000" if c == " " else c) for c in v),
    "zw": lambda r, v: t_insert(r, v, "\u200b", r.randrange(1, 4)),
    "zwj": lambda r, v: t_insert(r, v, r.choice(["\u2060", "\ufeff", "\u200c"]), 2),
    "shy": lambda r, v: t_insert(r, v, "\u00ad", 1),
    "wrap": lambda r, v: t_insert(r, v, "\n", 1),
    "wrapi": lambda r, v: t_insert(r, v, "\n" + " " * r.choice([2, 4, 8]), 1),
    "wrapb": lambda r, v: t_insert(r, v, "\\\n", 1),
    "ocr": t_ocr,
    "url": lambda r, v: urllib.parse.quote(v, safe=""),
    "html": lambda r, v: html.escape(v, quote=True),
    "htmlnum": t_htmlnum,
    "jesc": lambda r, v: t_jesc(r, v),
    "jescall": lambda r, v: t_jesc(r, v, True),
    "lower": lambda r, v: v.lower(),
    "upper": lambda r, v: v.upper(),
    "sp1": lambda r, v: " ".join(v),
    "sp2": lambda r, v: " ".join(v[i:i + 3] for i in range(0, len(v), 3)),
    "dashd": lambda r, v: "-".join(v[i:i + 3] for i in range(0, len(v), 3)),
    "b64": lambda r, v: base64.b64encode(v.encode()).decode(),
    "nbsp": lambda r, v: v.replace(" ", "\u00a0"),
    "spaced": lambda r, v: v.replace(" ", "  "),
}

# ---------------------------------------------------------------- template engine
class Ctx(dict):
    pass

def find_close(t, i):
    depth = 0
    j = i
    while j < len(t):
        if t[j] == "⟦":
            depth += 1
        elif t[j] == "⟧":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise ValueError("unbalanced template: " + t[i:i + 80])

def split_top(s, sep="¦"):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "⟦":
            depth += 1
        elif ch == "⟧":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur); cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts

SPEC = re.compile(r"^(?:(s):([a-z_]+):|(n):)([a-z_0-9]+)(?:\(([^)]*)\))?((?:\|[a-z0-9]+)*)(?:@([A-Za-z0-9_]+))?$")

def render(t, rng, ctx, secrets, lang):
    out = []
    i = 0
    while i < len(t):
        if t[i] == "⟦":
            j = find_close(t, i)
            inner = t[i + 1:j]
            if inner.startswith("c:"):
                opt = rng.choice(split_top(inner[2:]))
                out.append(render(opt, rng, ctx, secrets, lang))
            elif inner.startswith("r:"):
                out.append(ctx[inner[2:]])
            else:
                if "⟦" in inner:
                    inner = render(inner, rng, ctx, secrets, lang)
                m = SPEC.match(inner)
                if not m:
                    raise ValueError("bad slot " + inner)
                _, kind, _, gen, args, trs, tag = m.groups()
                a = [x.strip() for x in args.split(",")] if args else []
                a = [lang if x == "LANG" else x for x in a]
                raw = GENS[gen](rng, ctx, *a)
                v = raw
                for tr in [x for x in trs.split("|") if x]:
                    v = TRANSFORMS[tr](rng, v)
                if tag:
                    ctx[tag] = v
                    ctx[tag + ".raw"] = raw
                if kind:
                    secrets.append({"kind": kind, "value": v})
                out.append(v)
            i = j + 1
        else:
            out.append(t[i])
            i += 1
    return "".join(out)

CARD_RE = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")

def covered(text, secrets):
    spans = []
    for s in secrets:
        st = 0
        while True:
            k = text.find(s["value"], st)
            if k < 0:
                break
            spans.append((k, k + len(s["value"])))
            st = k + 1
    return spans

def inside(a, b, spans):
    return any(x <= a and b <= y for x, y in spans)

def problems(text, secrets):
    spans = covered(text, secrets)
    for s in secrets:
        v = s["value"]
        if not v or v != v.strip() or v not in text:
            return "bad value"
        core = re.sub(r"\s", "", v)
        if core.isdigit() and len(core) <= 8:
            for mm in re.finditer(re.escape(v), text):
                a, b = mm.start(), mm.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    return "short value glued"
        if len(v) < 3:
            return "too short"
    for mm in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", mm.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not inside(mm.start(), mm.end(), spans):
            return "unlabelled luhn " + mm.group()
    for mm in IBAN_RE.finditer(text):
        cand = mm.group().replace(" ", "")
        for L in range(len(cand), 14, -1):
            c = cand[:L]
            if iban_valid(c) and (c[:2] not in IBAN_LEN or len(c) == IBAN_LEN[c[:2]]):
                if not inside(mm.start(), mm.start() + 1, spans):
                    return "unlabelled iban " + c
                break
    return None

def instantiate(tpl, rng):
    lang, style, text = tpl
    for _ in range(200):
        ctx = Ctx()
        secrets = []
        out = render(text, rng, ctx, secrets, lang)
        seen, uniq = set(), []
        for s in secrets:
            key = (s["kind"], s["value"])
            if key not in seen:
                seen.add(key); uniq.append(s)
        if not problems(out, uniq):
            return out, uniq
    raise RuntimeError("cannot instantiate template: " + text[:120])

TEMPLATES = []

def T(lang, style, text):
    TEMPLATES.append((lang, style, text.strip("\n")))

# =====================================================================
# ITALIAN — samples carrying secrets
# =====================================================================
T("it", "github-issue", """
### Descrizione
Chiamando `POST /v1/payments` in ⟦c:sandbox¦staging¦produzione⟧ ricevo sempre `401 invalid_token`, anche se il token è stato generato ⟦c:due minuti prima¦pochi secondi prima¦subito prima⟧.

### Passi per riprodurre
```bash
curl -X POST https://⟦n:domain⟧/v1/payments \\
  -H "Authorization: Bearer ⟦s:access_token:jwt⟧" \\
  -H "X-Request-Id: ⟦n:uuid⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": ⟦n:amount(cents)⟧, "currency": "EUR", "reference": "⟦n:order⟧"}'
```

### Comportamento atteso
`201 Created`

### Ambiente
- client_id: `⟦n:clientid⟧`
- SDK java ⟦n:version⟧
- ⟦n:date(it)⟧ ore ⟦n:time⟧
""")

T("it", "stackoverflow", """
**Node.js: il refresh del token restituisce invalid_grant dopo 24 ore**

Sto integrando le API di open banking con axios. Il primo refresh funziona, poi dal giorno dopo ricevo `invalid_grant`. Questo è il codice (ho lasciato il refresh token così potete provare, tanto è sandbox):

```js
const axios = require('axios');
const REFRESH = '⟦s:refresh_token:refresh⟧';

async function rinnova() {
  const res = await axios.post('https://auth.⟦n:domain⟧/oauth/token', new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: REFRESH,
    client_id: '⟦n:clientid⟧',
  }));
  return res.data;
}
```
Qualcuno sa se il refresh token ruota a ogni utilizzo? Grazie mille
""")

T("it", "jira", """
[~⟦c:mrossi¦g.bianchi¦l.conti¦f.greco⟧] ho provato con le credenziali che ci ha girato il cliente ⟦n:company⟧: client_secret = ⟦s:client_secret:csecret⟧ ma il token endpoint risponde sempre `invalid_client`. ⟦c:Ticket collegato¦Vedi anche¦Rif.⟧ ⟦c:SPT¦PAY¦OB⟧-⟦n:num(100,9999)⟧. Lo riassegno a L2.
""")

T("it", "chat", """
ciao ragazzi 👋 mi servirebbe una mano ⟦c:urgente¦al volo¦appena potete⟧ 🙏
la ⟦c:psw¦pwd¦password¦pass⟧ del portale sandbox è ⟦s:password:password⟧ ma non entra più 😩
utente: ⟦c:admin@¦ops@¦dev@⟧⟦c:bottega.example¦fintastico.example¦pagafacile.example⟧
""")

T("it", "chat", """
[⟦n:time⟧] ⟦n:name(it)⟧: il cod. che mi è arrivato è ⟦s:pin:pin(6)⟧
[⟦n:time⟧] ⟦n:name(it)⟧: ah no aspetta è scaduto 🤦
[⟦n:time⟧] ⟦n:name(it)⟧: ok nuovo codice ⟦s:pin:pin(6)⟧ ⟦c:, provate voi?¦ funziona?¦ 👍⟧
""")

T("it", "voice", """
allora sì buongiorno chiamo per conto della signora ⟦n:surname(it)⟧ il codice che le è arrivato via sms è ⟦s:pin:pin(6)|sp1⟧ però l'app dice codice scaduto ⟦c:può verificare grazie¦mi può richiamare al numero ⟦n:phone(it)⟧¦non so più cosa fare⟧
""")

T("it", "voice", """
sì allora la password provvisoria che ci avete mandato era ⟦s:password:pw_voice(it)⟧ tutto minuscolo ⟦c:però non funziona¦e il portale dice credenziali errate¦mi conferma che è giusta⟧
""")

T("it", "voice", """
buonasera ⟦c:sono¦mi chiamo⟧ ⟦n:name(it)⟧ ⟦n:surname(it)⟧ titolare del conto allora le detto il pin della carta così controllate è ⟦s:pin:pin_words(it,5)⟧ e il problema è che al bancomat mi dice pin errato
""")

T("it", "complaint", """
---------- Messaggio inoltrato ----------
Da: ⟦n:name(it)⟧ ⟦n:surname(it)⟧
Oggetto: ADDEBITO DOPPIO!!!

Buongiorno, mi hanno addebitato due volte ⟦n:amount(it)⟧ sulla carta ⟦s:card_number:card|g4⟧ in data ⟦n:date(it)⟧. Il numero ordine è ⟦n:order⟧. Vi prego di stornare il secondo addebito al più presto, altrimenti mi rivolgo alla mia banca.

----
Ciao supporto, vi giro la mail del cliente, il pagamento risulta ⟦n:ulid(pay_)⟧ su di voi. Grazie
""")

T("it", "ocr", """
[trascrizione screenshot]
Bonifico eseguito ✓
Beneficiario: ⟦n:company⟧
IBAN: ⟦s:iban:iban(IT)|g4|ocr⟧
Importo: ⟦n:amount(it)⟧
CRO: ⟦n:dig(11)⟧
Data esecuzione: ⟦n:date(it)⟧
""")

T("it", "jupyter", """
In [3]: import requests, os
        BASE = "https://⟦n:domain⟧"
        TOKEN = "⟦s:access_token:opaque⟧"   # provo con lo scope accounts:read
        r = requests.get(f"{BASE}/v2/accounts", headers={"Authorization": f"Bearer {TOKEN}"})
        r.status_code, r.json()["error"]

Out[3]: (403, 'insufficient_scope')

In [4]: r.headers["X-Request-Id"]

Out[4]: '⟦n:uuid⟧'
""")

T("it", "postman", """
Ecco l'output della console di Postman:

POST https://auth.⟦n:domain⟧/oauth/token
  Request Headers
    Content-Type: application/x-www-form-urlencoded
    User-Agent: PostmanRuntime/7.36.⟦n:num(0,9)⟧
    Postman-Token: ⟦n:uuid⟧
  Request Body
    grant_type: "client_credentials"
    client_id: "⟦n:clientid⟧"
    client_secret: "⟦s:client_secret:csecret⟧"
  Response Headers
    x-request-id: ⟦n:uuid⟧
  Response Body
    {"error":"invalid_client","error_description":"client authentication failed"}
""")

T("it", "curl", """
Copia come cURL dal devtools di Chrome (la richiesta che fallisce):

curl 'https://dashboard.⟦n:domain⟧/api/merchants/me' \\
  -H 'accept: application/json' \\
  -H 'accept-language: it-IT,it;q=0.9,en;q=0.8' \\
  -H 'cookie: _ga=GA1.2.⟦n:dig(9)⟧.⟦n:epoch⟧; ⟦c:SESSIONID¦connect.sid¦sp_session⟧=⟦s:access_token:session⟧; lang=it' \\
  -H 'referer: https://dashboard.⟦n:domain⟧/impostazioni' \\
  --compressed

risposta: 500 Internal Server Error dopo 30 secondi
""")

T("it", "har", """
Allego un pezzo del file HAR esportato da Firefox:

{
  "comment": "client ⟦n:clientid@cid⟧",
  "request": {
    "method": "POST",
    "url": "https://⟦n:domain⟧/oauth/token",
    "headers": [
      {"name": "Content-Type", "value": "application/x-www-form-urlencoded"},
      {"name": "Authorization", "value": "Basic ⟦s:client_secret:basic(cid)⟧"},
      {"name": "X-Correlation-Id", "value": "⟦n:uuid⟧"}
    ],
    "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&scope=payments"}
  },
  "response": {"status": 401, "statusText": "Unauthorized"},
  "startedDateTime": "⟦n:ts⟧"
}
""")

T("it", "soap", """
Buongiorno, il servizio SOAP di riconciliazione ci risponde con un Fault. Questa è la richiesta:

<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>⟦c:WS_BOTTEGA¦ws-fintastico¦integrazione01⟧</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">⟦s:password:pw_special|html⟧</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ric:RichiestaEsiti><ric:DataDa>⟦n:date(iso)⟧</ric:DataDa></ric:RichiestaEsiti>
  </soapenv:Body>
</soapenv:Envelope>

Il fault è: <faultstring>Errore di autenticazione</faultstring>
""")

T("it", "sepa-xml", """
Il file pain.001 che carichiamo viene scartato con "RJCT - AC01". Lo incollo:

<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr>
   <MsgId>⟦c:DIST¦MSG¦BON⟧-⟦n:date(iso)⟧-⟦n:dig(4)⟧</MsgId>
   <CreDtTm>⟦n:ts⟧</CreDtTm>
   <NbOfTxs>1</NbOfTxs>
   <CtrlSum>⟦n:num(10,9000)⟧.00</CtrlSum>
   <InitgPty><Nm>⟦n:company⟧</Nm></InitgPty>
  </GrpHdr>
  <PmtInf>
   <PmtInfId>⟦n:hexs(16)⟧</PmtInfId>
   <PmtMtd>TRF</PmtMtd>
   <Dbtr><Nm>⟦n:company⟧</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>⟦s:iban:iban(IT)⟧</IBAN></Id></DbtrAcct>
   <DbtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></DbtrAgt>
   <CdtTrfTxInf>
    <PmtId><EndToEndId>⟦n:ulid⟧</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="EUR">⟦n:num(10,9000)⟧.00</InstdAmt></Amt>
    <Cdtr><Nm>⟦n:name(it)⟧ ⟦n:surname(it)⟧</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>⟦s:iban:iban⟧</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Saldo fattura ⟦n:invoice⟧</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>
""")

T("it", "psd2", """
Flusso di consenso AIS con ⟦c:Intesa¦UniCredit¦BPER¦Banca Sella¦Fineco⟧: dopo il redirect la banca chiede il codice SCA, l'utente inserisce ⟦s:pin:pin(6)⟧ ⟦c:(ce l'ha detto al telefono)¦— me l'ha dettato lui —¦come da screenshot⟧ e noi riceviamo `consentStatus: rejected`.
consentId=⟦n:uuid⟧
authorisationId=⟦n:uuid⟧
Potete controllare dai vostri log? Orario circa ⟦n:time⟧.
""")

T("it", "3ds-sms", """
Il cliente mi ha girato lo screenshot dell'SMS:
"⟦c:Il codice per confermare il pagamento¦Codice di sicurezza per l'acquisto¦Per autorizzare l'operazione⟧ di ⟦n:amount(it)⟧ presso ⟦n:merchant⟧ con carta ****⟦n:last4⟧ è ⟦s:pin:pin(6)⟧. Non comunicarlo a nessuno."
Il challenge 3DS però va in timeout dopo 5 minuti. ID transazione ⟦n:uuid⟧.
""")

T("it", "letter", """
Spett.le ⟦n:company⟧
Ufficio Reclami

Oggetto: contestazione addebito non autorizzato

La sottoscritta ⟦n:name(it)⟧ ⟦n:surname(it)⟧, codice fiscale ⟦n:codfisc⟧, titolare della carta n. ⟦s:card_number:card|g4d⟧ ⟦c:scadenza 09/27 CVV¦scad. 11/26 cod. sicurezza¦con codice CVV2⟧ ⟦s:cvv:cvv⟧, contesta formalmente l'addebito di ⟦n:amount(it)⟧ del ⟦n:date(it)⟧ a favore di ⟦n:merchant⟧, mai autorizzato.

Chiede pertanto il riaccredito sul conto IBAN ⟦s:iban:iban(IT)|g4⟧.

Distinti saluti
⟦n:city⟧, ⟦n:date(it)⟧
""")

T("it", "checklist", """
Checklist onboarding merchant — ⟦n:company⟧
[x] Contratto firmato (⟦n:date(it)⟧)
[x] P.IVA verificata: ⟦n:piva⟧
[x] IBAN per accredito: ⟦s:iban:iban(IT)|g4⟧
[ ] Webhook configurato
[x] Utente admin creato — pwd iniziale ⟦s:password:password⟧ (da cambiare al primo accesso)
[ ] Test 3DS con carte di prova
[ ] Go-live
""")

T("it", "table", """
Nome\tCognome\tIBAN\tImporto\tCausale
⟦n:name(it)⟧\t⟦n:surname(it)⟧\t⟦s:iban:iban(IT)⟧\t⟦n:num(50,900)⟧,00\tRimborso ⟦n:order⟧
⟦n:name(it)⟧\t⟦n:surname(it)⟧\t⟦s:iban:iban(IT)⟧\t⟦n:num(50,900)⟧,00\tRimborso ⟦n:order⟧
⟦n:name(it)⟧\t⟦n:surname(it)⟧\t⟦s:iban:iban⟧\t⟦n:num(50,900)⟧,50\tRimborso ⟦n:order⟧
⟦c:\nTotale\t\t\t\t¦⟧
⟦c:questi sono i 3 rimborsi che risultano ancora in stato PENDING¦il batch si blocca sulla terza riga¦perché la seconda riga viene scartata?⟧
""")

T("it", "bank-confirmation", """
CONFERMA ORDINE DI BONIFICO SEPA
Ordinante: ⟦n:company⟧
Conto di addebito: ⟦s:iban:iban(IT)⟧
Beneficiario: ⟦n:name(it)⟧ ⟦n:surname(it)⟧
Coordinate beneficiario: ABI ⟦n:acct_field(IT,abi,B)⟧ CAB ⟦n:acct_field(IT,cab,B)⟧ c/c ⟦s:bank_account:acct_field(IT,conto,B)⟧
Importo: ⟦n:amount(it)⟧
Commissioni: 0,00 €
Data esecuzione: ⟦n:date(it)⟧
TRN: ⟦n:dig(10)⟧⟦n:dig(10)⟧⟦n:dig(8)⟧IT
""")

T("it", "env", """
.env del progetto (scusate se lo incollo tutto, non so quale variabile è sbagliata)
APP_ENV=staging
DB_URL=postgres://sportello:⟦s:password:pw_url|url⟧@db-staging.internal:5432/app
PSP_CLIENT_ID=⟦n:clientid⟧
PSP_CLIENT_SECRET=⟦s:client_secret:csecret⟧
STRIPE_KEY=⟦s:vendor_key:vendor(stripe_sk)⟧
SENTRY_ENVIRONMENT=staging
LOG_LEVEL=debug
""")

T("it", "dockerfile", """
# Dockerfile del servizio pagamenti (build fallisce al passo 4)
FROM eclipse-temurin:17-jre
ARG NEXUS_USER=ci-build
ARG NEXUS_PASSWORD=⟦s:password:password⟧
ENV API_BASE=https://⟦n:domain⟧
ENV API_TOKEN=⟦s:access_token:apikey⟧
ENV TZ=Europe/Rome
COPY target/pagamenti-⟦n:version⟧.jar /app/app.jar
RUN curl -u ci-build:$NEXUS_PASSWORD https://nexus.internal/repository/raw/cert.pem -o /app/cert.pem
ENTRYPOINT ["java","-jar","/app/app.jar"]
""")

T("it", "gh-actions", """
Il workflow si rompe al deploy, ecco il file:

name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ⟦s:vendor_key:vendor(aws_akid)⟧
      AWS_SECRET_ACCESS_KEY: ⟦s:vendor_key:vendor(aws_secret)⟧   # TODO spostare nei secrets
      AWS_REGION: eu-south-1
    steps:
      - uses: actions/checkout@⟦n:sha(40)⟧
      - run: ./scripts/deploy.sh
""")

T("it", "ansible", """
# group_vars/produzione.yml
app_nome: pagamenti
app_versione: "⟦n:version⟧"
db_host: db01.prod.internal
db_utente: pagamenti
db_password: "⟦s:password:password⟧"
psp_client_id: ⟦n:clientid⟧
psp_client_secret: ⟦c:"⟦s:client_secret:csecret⟧"¦'⟦s:client_secret:csecret⟧'⟧
ntp_server: ntp1.inrim.it
""")

T("it", "helm", """
Ciao, con questi values il pod va in CrashLoopBackOff:

gateway:
  image:
    repository: registry.internal/gateway
    digest: ⟦n:digest⟧
  replicaCount: 2
  oauth:
    clientId: ⟦n:clientid⟧
    clientSecret: ⟦s:client_secret:csecret⟧
  resources:
    limits: {cpu: 500m, memory: 512Mi}
""")

T("it", "properties", """
# configurazione produzione - application-prod.properties
server.port=8443
psp.oauth.client-id=⟦n:clientid⟧
psp.oauth.client-secret=⟦s:client_secret:csecret⟧
spring.datasource.url=jdbc:postgresql://db-prod:5432/pagamenti
spring.datasource.username=pagamenti_app
spring.datasource.password=⟦s:password:password⟧
logging.level.root=INFO
""")

T("it", "gradle", """
# gradle.properties (app Android)
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
VERSION_NAME=⟦n:version⟧
MAPS_API_KEY=⟦s:vendor_key:vendor(gapi)⟧
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=⟦s:password:password⟧
RELEASE_KEY_ALIAS=upload
""")

T("it", "plist", """
Info.plist dell'app iOS, forse la chiave è sbagliata?

<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>CFBundleShortVersionString</key>
  <string>⟦n:version⟧</string>
  <key>SportelloClientId</key>
  <string>⟦n:clientid⟧</string>
  <key>SportelloApiKey</key>
  <string>⟦s:access_token:apikey⟧</string>
</dict>
</plist>
""")

T("it", "graphql", """
La mutation restituisce "Internal error" sempre. Query e variabili:

mutation AggiungiCarta($input: CardInput!) {
  addCard(input: $input) { id last4 brand }
}

Variables:
{
  "input": {
    "holder": "⟦n:name(it)⟧ ⟦n:surname(it)⟧",
    "number": "⟦s:card_number:card⟧",
    "expiry": "0⟦n:num(1,9)⟧/2⟦n:num(6,9)⟧",
    "cvc": "⟦s:cvv:cvv⟧"
  }
}
""")

T("it", "email", """
Buongiorno,
inoltro la mail del cliente perché non capiamo come procedere:

> Salve, vi scrivo perché il rimborso non mi è ancora arrivato.
> Il mio IBAN è ⟦s:iban:iban(IT)|lower⟧ intestato a ⟦n:name(it)⟧ ⟦n:surname(it)⟧.
> Grazie

Il rimborso risulta con id ⟦n:ulid(ref_)⟧. Cordiali saluti
""")

T("it", "sql", """
Output della query sul db di staging:

 id | titolare           | iban                        | stato
----+--------------------+-----------------------------+---------
 ⟦n:num(10,99)⟧ | ⟦n:surname(it)⟧ ⟦n:name(it)⟧ | ⟦s:iban:iban(IT)⟧ | ATTIVO
 ⟦n:num(100,999)⟧ | ⟦n:surname(it)⟧ ⟦n:name(it)⟧ | ⟦s:iban:iban(IT)⟧ | SOSPESO
(2 righe)

perché il secondo risulta sospeso?
""")

T("it", "log", """
⟦n:date(iso)⟧ ⟦n:time⟧:07 DEBUG OAuthClient - richiesta token: grant_type=refresh_token&refresh_token=⟦s:refresh_token:refresh|url⟧&client_id=⟦n:clientid⟧
⟦n:date(iso)⟧ ⟦n:time⟧:08 ERROR OAuthClient - risposta 400 {"error":"invalid_grant"}
""")

T("it", "email", """
Salve,
volevo chiedere una cosa: la password del conto demo — quella che ci avete mandato voi a ⟦c:gennaio¦marzo¦settembre⟧ per i test di integrazione, se non ricordo male, insieme al manuale — è ancora ⟦s:password:password⟧? Perché da ieri il login fallisce.
Grazie, ⟦n:name(it)⟧
""")

T("it", "email", """
Buongiorno, per l'accredito delle commissioni vi indico le coordinate bancarie nazionali (BBAN) del nostro conto: ⟦s:bank_account:bban_it(X)⟧, IBAN ⟦s:iban:iban(IT,X)|g4⟧, BIC ⟦n:bic⟧.
Cordiali saluti
Amministrazione ⟦n:company⟧
""")

T("it", "chat", """
ho copiato il numero dal PDF e viene fuori così: ⟦s:card_number:card|g4|fw⟧ 🤷‍♂️ non so perché, il form lo rifiuta
""")

T("it", "chat", """
token (copiato da Teams, potrebbe avere caratteri strani dentro): ⟦s:access_token:opaque|zw⟧
mi dice sempre 401
""")

T("it", "json", r"""
Questo è il body che il nostro backend manda all'endpoint di attivazione:
{"utente":"⟦n:name(it)⟧.⟦n:surname(it)⟧","dispositivo":"⟦n:uuid(upper)⟧","pin":"⟦s:pin:pin(5)|jescall⟧","lingua":"it"}
il server risponde 422 "pin non valido"
""")

T("it", "email", """
Ci hanno chiesto la chiave per firmare le richieste (mTLS / firma JWS), la allego qui sotto così verificate voi se è quella giusta:

⟦s:private_key:pem(⟦c:RSA¦PK8¦EC⟧)⟧

Il certificato pubblico lo avete già. Grazie
""")

T("it", "ticket", """
Cliente tedesco, bonifico non arrivato. Dati che ci ha mandato:
BLZ ⟦n:acct_field(DE,blz,D)⟧ ⟦c:Kontonummer¦Konto-Nr.¦Kto.⟧ ⟦s:bank_account:acct_field(DE,kto,D)⟧
(ha scritto "Bankleitzahl" e poi il numero di conto). Importo ⟦n:amount(it)⟧.
""")

T("it", "ticket", """
RIB del fornitore francese (ce l'ha mandato per mail): ⟦s:bank_account:rib⟧ — il nostro gestionale vuole l'IBAN, come lo convertiamo?
""")

T("it", "ticket", """
Il cliente spagnolo ci ha dato la sua cuenta corriente (CCC) ⟦s:bank_account:ccc⟧ invece dell'IBAN. Il vostro endpoint /payouts accetta anche il CCC?
""")

T("it", "chat", """
⟦n:name(it)⟧ 🙂: mi ha chiamato "la banca" e mi ha chiesto il PIN, gli ho detto ⟦s:pin:pin(4)⟧ 😰 e poi ho visto i movimenti strani
⟦n:name(it)⟧ 🙂: la carta è ⟦s:card_number:card(visa)|g4⟧ cosa devo fare???
""")

T("it", "devtools", """
Risposta del login (devtools → Network → Headers):

HTTP/2 200
content-type: application/json
set-cookie: ⟦c:SPORTELLO_SESSID¦JSESSIONID¦__Host-session⟧=⟦s:access_token:session⟧; Path=/; HttpOnly; Secure; SameSite=Lax
x-request-id: ⟦n:uuid⟧
date: ⟦n:date(en)⟧

ma la richiesta successiva torna 401
""")

T("it", "java", """
Classe di configurazione (lo so, non dovrebbe stare nel codice 😅):

public final class PspConfig {
    static final String CLIENT_ID = "⟦n:clientid⟧";
    static final String CLIENT_SECRET = "⟦s:client_secret:concat_java⟧";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
}
Il token endpoint risponde invalid_client
""")

T("it", "chat", """
raga il webhook slack per gli alert non va più, token ⟦s:vendor_key:vendor(slack)⟧ canale #pagamenti-alert. avete cambiato qualcosa voi? 🤔
""")

T("it", "email", """
Gentile supporto,
per l'apertura del conto di test vi comunico i dati richiesti:
Intestatario: ⟦n:company⟧
P.IVA: ⟦n:piva⟧
Conto corrente n. ⟦s:bank_account:acct_field(IT,conto,K)⟧ presso ⟦c:Intesa Sanpaolo¦UniCredit¦Banco BPM¦BPER Banca⟧, ABI ⟦n:acct_field(IT,abi,K)⟧ CAB ⟦n:acct_field(IT,cab,K)⟧
Referente: ⟦n:name(it)⟧ ⟦n:surname(it)⟧, tel. ⟦n:phone(it)⟧
Cordiali saluti
""")

T("it", "connection-url", """
Non riusciamo a collegarci al db di replica che ci avete fornito:
⟦c:mysql¦postgresql¦mongodb⟧://report_ro:⟦s:password:password⟧@replica-⟦n:num(1,4)⟧.db.⟦n:domain⟧:⟦c:3306¦5432¦27017⟧/reportistica?sslmode=require
errore: timeout dopo 10s
""")

T("it", "python", """
# script di riconciliazione, gira ogni notte
import requests

SESSIONE = requests.Session()
SESSIONE.auth = ("⟦n:clientid⟧", "⟦s:client_secret:csecret⟧")

def scarica_movimenti(giorno):
    r = SESSIONE.get("https://⟦n:domain⟧/v1/transactions", params={"date": giorno})
    r.raise_for_status()
    return r.json()["items"]
# da stanotte 401, ma la password non l'abbiamo cambiata
""")

T("it", "voice", """
sì buongiorno le leggo il numero della carta che mi ha dato il cliente allora ⟦s:card_number:card|sp2⟧ scadenza ⟦n:num(1,12)⟧ ⟦n:num(26,30)⟧ e mi dice che la transazione viene rifiutata
""")

T("it", "ocr", """
[OCR da foto della lettera della banca]
Gentile Cliente,
Le comunichiamo il PIN provvisorio della Sua carta: ⟦s:pin:pin(5)|sp1⟧
Il PIN andrà modificato al primo utilizzo presso uno sportello ATM.
Rif. pratica ⟦n:dig(9)⟧  -  ⟦n:city⟧, ⟦n:date(it)⟧
""")

T("it", "jira", """
*Steps to reproduce* (ambiente UAT)
# login come ⟦c:merchant_demo¦operatore1¦test.cassa⟧ / ⟦s:password:password⟧
# Pagamenti → Nuovo → carta ⟦s:card_number:card|g4⟧ exp 12/⟦n:num(26,30)⟧ cvv ⟦s:cvv:cvv⟧
# Conferma
*Risultato*: spinner infinito. Request id ⟦n:uuid⟧
""")

T("it", "email", """
Buongiorno, dopo la migrazione il login SFTP per i flussi CBI non funziona più. Host sftp.⟦n:domain⟧, utente ⟦c:cbi_⟦n:dig(5)⟧¦flussi.⟦n:dig(4)⟧⟧, ⟦c:la password è sempre la stessa di prima cioè¦psw:¦password (invariata):⟧ ⟦s:password:password⟧. Potete verificare?
""")

T("it", "yaml", """
# application.yml — Spring Boot
spring:
  security:
    oauth2:
      client:
        registration:
          sportello:
            client-id: ⟦n:clientid⟧
            client-secret: ⟦s:client_secret:csecret_sym|url⟧
            authorization-grant-type: client_credentials
# l'ho url-encodato perché aveva il + dentro, è giusto?
""")

# =====================================================================
# ITALIAN — look-alikes that must pass
# =====================================================================
T("it", "github-issue", """
### Bug: `GET /v2/accounts/{id}/balances` restituisce 504 a intermittenza

**Versione SDK**: ⟦n:version⟧ (commit `⟦n:sha(7)⟧`)
**X-Request-Id**: `⟦n:uuid⟧`
**traceparent**: `⟦n:traceparent⟧`

```http
GET /v2/accounts/⟦n:uuid⟧/balances HTTP/1.1
Host: ⟦n:domain⟧
Authorization: Bearer ⟦n:placeholder(token)⟧
Accept: application/json
```

Succede circa 1 volta su 5, soprattutto tra le ⟦n:time⟧ e le ⟦n:time⟧. Il token ovviamente l'ho tolto.
""")

T("it", "stackoverflow", """
**Come leggere il client secret da variabile d'ambiente in Spring Boot senza committarlo?**

Ho questo `application.yml`:

```yaml
sportello:
  client-id: ⟦n:clientid⟧
  client-secret: ${PSP_CLIENT_SECRET}
```
e in locale lancio con `PSP_CLIENT_SECRET=$(pass show psp/sandbox) ./mvnw spring-boot:run`. In CI però il valore arriva vuoto. Dove sbaglio? La variabile è definita nei secrets del repository.
""")

T("it", "jira", """
Il cliente segnala *OTP non ricevuto* in fase di SCA. Numero registrato ⟦n:phone(it)⟧ (verificato con lui al telefono). Pratica n. ⟦n:dig(8)⟧, consentId `⟦n:uuid⟧`.
Ho chiesto all'operatore SMS: stato consegna "DELIVERED" alle ⟦n:time⟧. Passo a L2 per verifica lato banca.
""")

T("it", "chat", """
ciao, la password l'ho resettata ⟦c:3 volte¦due volte¦stamattina⟧ ma non arriva la mail di conferma 😅 controllate voi? utente ⟦n:name(it)⟧.⟦n:surname(it)⟧@⟦c:gmail.com¦libero.it¦outlook.it⟧
""")

T("it", "voice", """
buongiorno chiamo perché non ricevo il codice via sms il mio numero è tre quattro sette ⟦n:pin_words(it,3)⟧ ⟦n:pin_words(it,4)⟧ ho provato tre volte e niente il codice non arriva mai
""")

T("it", "complaint", """
Inoltro reclamo cliente:
"Mi avete addebitato due volte ⟦n:amount(it)⟧ sulla carta che finisce con ⟦n:last4⟧, il ⟦n:date(it)⟧. Ordine ⟦n:order⟧. Rivoglio i miei soldi!!!"
Dal nostro lato vediamo un solo pagamento, id ⟦n:ulid(pay_)⟧, e un preautorizzo scaduto ⟦n:ulid(auth_)⟧.
""")

T("it", "ocr", """
[OCR scontrino POS]
⟦n:merchant⟧
VIA ROMA ⟦n:num(1,200)⟧ - ⟦n:city⟧
P.IVA ⟦n:piva⟧
ACQUISTO
CARTA ⟦c:************¦XXXX XXXX XXXX ⟧⟦n:last4⟧
COD. AUT. ⟦n:dig(6)⟧
STAN ⟦n:dig(6)⟧   TML ⟦n:dig(8)⟧
IMPORTO EUR ⟦n:num(1,300)⟧,⟦n:num(10,99)⟧
⟦n:date(it)⟧ ⟦n:time⟧
TRANSAZIONE ESEGUITA
""")

T("it", "jupyter", """
In [12]: df = pd.read_csv("pagamenti_⟦n:date(iso)⟧.csv")
         df[["payment_id", "importo", "stato", "iban_mascherato"]].head(3)

Out[12]:
           payment_id   importo     stato        iban_mascherato
0  ⟦n:ulid(pay_)⟧    ⟦n:num(10,999)⟧.00  EXECUTED  ⟦n:masked_iban⟧
1  ⟦n:ulid(pay_)⟧    ⟦n:num(10,999)⟧.50  REJECTED  ⟦n:masked_iban⟧
2  ⟦n:ulid(pay_)⟧    ⟦n:num(10,999)⟧.00  PENDING   ⟦n:masked_iban⟧

In [13]: df["stato"].value_counts()
Out[13]:
EXECUTED    ⟦n:num(100,900)⟧
REJECTED    ⟦n:num(1,90)⟧
PENDING     ⟦n:num(1,30)⟧
""")

T("it", "postman", """
Nella collection Postman uso le variabili d'ambiente, ecco la richiesta risolta (ho nascosto i valori):

POST {{base_url}}/v1/payments
Authorization: Bearer {{access_token}}
Idempotency-Key: ⟦n:uuid⟧
{
  "amount": ⟦n:amount(cents)⟧,
  "currency": "EUR",
  "creditor": {"name": "⟦n:company⟧", "iban": "{{iban_beneficiario}}"}
}

Risposta 400: "creditor.iban: invalid format". Ma la variabile è valorizzata!
""")

T("it", "fetch", """
"Copia come fetch" dalla dashboard:

fetch("https://dashboard.⟦n:domain⟧/api/v1/refunds?page=⟦n:num(1,9)⟧", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer [REDACTED]",
    "x-request-id": "⟦n:uuid⟧",
    "sec-ch-ua-platform": "\\"Windows\\""
  },
  "referrer": "https://dashboard.⟦n:domain⟧/rimborsi",
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});
Il rimborso ⟦n:ulid(re_)⟧ non compare nella lista.
""")

T("it", "soap", """
Per il servizio SOAP usiamo la password letta dal keystore, nel template c'è solo il segnaposto:

<wsse:UsernameToken wsu:Id="UsernameToken-⟦n:dig(6)⟧">
  <wsse:Username>${WS_USERNAME}</wsse:Username>
  <wsse:Password Type="...#PasswordDigest">${WS_PASSWORD_DIGEST}</wsse:Password>
  <wsse:Nonce EncodingType="...#Base64Binary">⟦n:hexs(24)⟧</wsse:Nonce>
  <wsu:Created>⟦n:ts⟧</wsu:Created>
</wsse:UsernameToken>

Il fault dice "The security token could not be authenticated". Timestamp sbagliato?
""")

T("it", "sepa-xml", """
Il nostro pain.002 di ritorno riporta lo stato RJCT ma senza motivazione:

<OrgnlGrpInfAndSts>
  <OrgnlMsgId>⟦c:DIST¦MSG⟧-⟦n:date(iso)⟧-⟦n:dig(4)⟧</OrgnlMsgId>
  <OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId>
  <GrpSts>RJCT</GrpSts>
</OrgnlGrpInfAndSts>
<TxInfAndSts>
  <OrgnlEndToEndId>⟦n:ulid⟧</OrgnlEndToEndId>
  <TxSts>RJCT</TxSts>
  <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
  <OrgnlTxRef><DbtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></DbtrAgt></OrgnlTxRef>
</TxInfAndSts>
AC04 = conto chiuso? Il creditor id è ⟦n:creditor_id⟧.
""")

T("it", "psd2", """
Log del flusso PIS (importo ⟦n:amount(it)⟧):
1. POST /v1/payments/sepa-credit-transfers → 201, paymentId ⟦n:uuid⟧
2. redirect SCA → scaStatus=started
3. l'utente dice di aver inserito il codice ricevuto ma scaStatus resta "started"
4. dopo 300 s → scaStatus=failed, transactionStatus=RJCT
authorisationId ⟦n:uuid⟧, PSU-IP-Address ⟦n:ip⟧. Il codice non ce l'ha dato (giustamente).
""")

T("it", "3ds-sms", """
OTP non ricevuto: l'utente dice che l'SMS del 3-D Secure non arriva mai. Transazione ⟦n:uuid⟧, ECI ⟦c:05¦06¦07⟧, dsTransID ⟦n:uuid⟧, versione protocollo 2.2.0. Numero di telefono in anagrafica: ⟦n:phone(it)⟧. Potete controllare se l'ACS ha inviato il codice?
""")

T("it", "letter", """
Spett.le ⟦n:company⟧,
con la presente il sottoscritto ⟦n:name(it)⟧ ⟦n:surname(it)⟧ (C.F. ⟦n:codfisc⟧) contesta l'addebito di ⟦n:amount(it)⟧ avvenuto il ⟦n:date(it)⟧ sulla carta ⟦n:masked_card⟧, relativo all'ordine ⟦n:order⟧.
Allego copia dell'estratto conto con i dati sensibili oscurati.
Distinti saluti
""")

T("it", "checklist", """
Checklist go-live ⟦n:clientid⟧
- [x] client_id di produzione ricevuto (`⟦n:clientid⟧`)
- [x] client_secret salvato nel vault (NON in chiaro qui)
- [x] redirect URI registrato: https://⟦n:domain⟧/callback
- [ ] IBAN di accredito: da confermare con l'amministrazione
- [ ] rotazione password utenti admin
- [x] test 3DS con carte di test della documentazione
""")

T("it", "table", """
Data\tN. fattura\tCliente\tP.IVA\tImporto\tStato
⟦n:date(it)⟧\t⟦n:invoice⟧\t⟦n:company⟧\t⟦n:piva⟧\t⟦n:amount(it)⟧\tPagata
⟦n:date(it)⟧\t⟦n:invoice⟧\t⟦n:company⟧\t⟦n:piva⟧\t⟦n:amount(it)⟧\tIn attesa
⟦n:date(it)⟧\t⟦n:invoice⟧\t⟦n:company⟧\t⟦n:piva⟧\t⟦n:amount(it)⟧\tScaduta
""")

T("it", "bank-confirmation", """
ESITO DISPOSIZIONE
Ordinante: ⟦n:company⟧
Conto: ⟦n:masked_iban⟧
Beneficiario: ⟦n:name(it)⟧ ⟦n:surname(it)⟧ — BIC ⟦n:bic⟧
Importo: ⟦n:amount(it)⟧
CRO: ⟦n:dig(11)⟧
Data regolamento: ⟦n:date(it)⟧
Stato: ESEGUITO
""")

T("it", "dockerfile", """
Il build si blocca qui, non capisco perché non trova il token:

# syntax=docker/dockerfile:1.6
FROM node:20-alpine
ARG NPM_TOKEN
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
ENV NODE_ENV=production PORT=8080
COPY . .
CMD ["node","server.js"]
""")

T("it", "gh-actions", """
Nel workflow leggo le credenziali dai secrets di GitHub:

      - name: Test integrazione
        env:
          PSP_CLIENT_ID: ${{ vars.PSP_CLIENT_ID }}
          PSP_CLIENT_SECRET: ${{ secrets.PSP_CLIENT_SECRET }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
        run: npm run test:e2e -- --base-url https://⟦n:domain⟧

ma i test falliscono con "client_secret mancante". Run id ⟦n:dig(10)⟧.
""")

T("it", "ansible", """
# group_vars/all/main.yml
db_password: "{{ vault_db_password }}"
psp_client_secret: "{{ lookup('env', 'PSP_CLIENT_SECRET') }}"
psp_client_id: ⟦n:clientid⟧
iban_accredito: "{{ vault_iban_accredito }}"
# il vault è cifrato con ansible-vault, la chiave sta sul bastion
""")

T("it", "helm", """
values-prod.yaml:

gateway:
  oauth:
    clientId: ⟦n:clientid⟧
    existingSecret: gateway-oauth
    secretKeys:
      clientSecret: client-secret
  image:
    tag: "⟦n:version⟧"
    digest: "⟦n:digest⟧"
Il pod non legge la chiave client-secret dal Secret, resta vuota.
""")

T("it", "properties", """
# application.properties
psp.oauth.client-id=${PSP_CLIENT_ID:⟦n:clientid⟧}
psp.oauth.client-secret=${PSP_CLIENT_SECRET}
spring.datasource.password=${DB_PASSWORD:}
psp.timeout.ms=⟦n:num(1000,30000)⟧
psp.retry.max=3
""")

T("it", "gradle", """
// build.gradle.kts — leggo la chiave da local.properties, che non è versionato
val props = Properties().apply { load(rootProject.file("local.properties").inputStream()) }
android {
    defaultConfig {
        versionCode = ⟦n:num(100,999)⟧
        buildConfigField("String", "API_KEY", "\\"${props.getProperty("API_KEY")}\\"")
    }
}
""")

T("it", "plist", """
<key>SportelloApiKey</key>
<string>$(SPORTELLO_API_KEY)</string>
<key>SportelloEnvironment</key>
<string>sandbox</string>
la variabile SPORTELLO_API_KEY è definita nel file .xcconfig che non committiamo, ma a runtime arriva la stringa letterale "$(SPORTELLO_API_KEY)"
""")

T("it", "graphql", """
query DettaglioPagamento($id: ID!) {
  payment(id: $id) { id status amount { value currency } createdAt }
}
variabili: {"id": "⟦n:ulid(pay_)⟧"}
risposta: {"errors":[{"message":"Not found","extensions":{"requestId":"⟦n:uuid⟧"}}]}
""")

T("it", "chat", """
ma il token scade dopo 3600 secondi o dopo 1 ora dall'ultimo utilizzo? 🤔 perché il nostro cron parte ogni 55 minuti e ogni tanto prende 401
""")

T("it", "ticket", """
L'IBAN ⟦n:iban_bad(IT)⟧ viene rifiutato dalla validazione ("check digit errato"). Il cliente giura che è giusto, me l'ha dettato due volte. Posso forzare il pagamento?
""")

T("it", "ticket", """
Il validatore del checkout rifiuta il numero ⟦n:card_bad(sp)⟧ (è inventato, l'ho preso da un esempio vecchio) — quali carte di test devo usare in sandbox?
""")

T("it", "ticket", """
La banca del beneficiario è ⟦n:bic⟧, ABI ⟦n:abi⟧ CAB ⟦n:dig(5)⟧, ma il numero di conto non ce l'abbiamo ancora. Possiamo creare il beneficiario lo stesso e completarlo dopo?
""")

T("it", "xml", """
Estratto della fattura elettronica che allegate alla notifica:
<CedentePrestatore>
  <DatiAnagrafici>
    <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>⟦n:piva⟧</IdCodice></IdFiscaleIVA>
    <CodiceFiscale>⟦n:piva⟧</CodiceFiscale>
    <Anagrafica><Denominazione>⟦n:company⟧</Denominazione></Anagrafica>
  </DatiAnagrafici>
</CedentePrestatore>
<CessionarioCommittente>
  <DatiAnagrafici><CodiceFiscale>⟦n:codfisc⟧</CodiceFiscale></DatiAnagrafici>
</CessionarioCommittente>
<DatiGeneraliDocumento><Numero>⟦n:invoice⟧</Numero><Data>⟦n:date(iso)⟧</Data><ImportoTotaleDocumento>⟦n:num(10,9999)⟧.00</ImportoTotaleDocumento></DatiGeneraliDocumento>
Il campo Numero non viene letto correttamente.
""")

T("it", "ticket", """
La regressione è entrata con il commit ⟦n:sha(40)⟧ (v⟦n:version⟧). L'immagine in produzione è registry.internal/gateway@⟦n:digest⟧. Con l'immagine precedente i webhook funzionavano.
""")

T("it", "log", """
Log del nostro servizio al momento dell'errore:
⟦n:loglines(6,14,it)⟧
Poi il servizio si riavvia. Nessun errore lato nostro prima di questo.
""")

T("it", "ticket", """
Spedizione del POS ⟦c:BRT¦SDA¦Poste¦GLS⟧ n. ⟦n:tracking⟧, consegnata il ⟦n:date(it)⟧. Il terminale ⟦n:dig(8)⟧ però non si attiva. Referente in negozio: ⟦n:name(it)⟧, tel. ⟦n:phone(it)⟧.
""")

T("it", "email", """
Buongiorno,
nell'estratto conto di ⟦c:aprile¦maggio¦giugno¦ottobre⟧ vediamo ⟦n:num(3,40)⟧ movimenti per un totale di ⟦n:amount(it)⟧, ma nella vostra dashboard il totale è ⟦n:amount(it)⟧. La differenza potrebbe essere dovuta alle commissioni del ⟦n:date(it)⟧?
Cordiali saluti, ⟦n:name(it)⟧ ⟦n:surname(it)⟧ — ⟦n:company⟧
""")

T("it", "js", """
// così leggiamo la configurazione, nessun segreto nel codice
const config = {
  clientId: process.env.PSP_CLIENT_ID,
  clientSecret: process.env.PSP_CLIENT_SECRET,
  baseUrl: process.env.PSP_BASE_URL ?? 'https://⟦n:domain⟧',
};
if (!config.clientSecret) throw new Error('PSP_CLIENT_SECRET mancante');
// il problema è che in produzione config.clientSecret risulta undefined
""")

T("it", "email", """
Gentile cliente,
le ricordiamo che la password deve contenere almeno 12 caratteri, una lettera maiuscola, un numero e un carattere speciale, e non può coincidere con le ultime 5 password utilizzate. La password scade ogni 90 giorni.
Il team ⟦n:company⟧
""")

T("it", "chat", """
ho rigenerato il client secret dal portale e ora funziona 👍 grazie ⟦n:name(it)⟧!! ticket ⟦c:SPT¦PAY⟧-⟦n:num(1000,9999)⟧ si può chiudere
""")

T("it", "ticket", """
Il token che mandiamo inizia con "eyJhbGciOiJSUzI1NiIs…" (il resto l'ho tagliato) e il vostro gateway risponde "invalid signature". Il kid nell'header è ⟦n:hexs(16)⟧. La chiave pubblica è quella pubblicata su /.well-known/jwks.json?
""")

T("it", "json", """
Risposta del token endpoint:
{"error":"invalid_client","error_description":"Client authentication failed (unknown client or unsupported method)","request_id":"⟦n:uuid⟧","timestamp":"⟦n:ts⟧"}
il client_id è ⟦n:clientid⟧, il secret l'ho ricontrollato dal vault
""")

T("it", "sql", """
Query sui pagamenti rifiutati ieri:

SELECT payment_id, amount_cents, card_last4, iban_masked, status
FROM payments WHERE status = 'REJECTED' AND created_at >= '⟦n:date(iso)⟧';

 payment_id         | amount_cents | card_last4 | iban_masked     | status
--------------------+--------------+------------+-----------------+---------
 ⟦n:ulid(pay_)⟧ | ⟦n:amount(cents)⟧ | ⟦n:last4⟧ | ⟦n:masked_iban⟧ | REJECTED
 ⟦n:ulid(pay_)⟧ | ⟦n:amount(cents)⟧ | ⟦n:last4⟧ | ⟦n:masked_iban⟧ | REJECTED
""")

T("it", "ticket", """
client_id: ⟦n:uuid⟧
redirect_uri: https://app.⟦n:domain⟧/oauth/callback
scope: openid accounts payments
Il client_id è quello giusto? Nel portale ne vedo due, uno finisce con ⟦n:hexs(4)⟧.
""")

T("it", "email", """
Buongiorno, il PIN della carta aziendale è stato bloccato dopo 3 tentativi errati. Come possiamo richiedere lo sblocco? Non vogliamo ricevere un nuovo PIN per posta ma via app. Titolare ⟦n:name(it)⟧ ⟦n:surname(it)⟧, carta ⟦n:masked_card⟧.
""")

T("it", "chat", """
📱 l'app mi chiede il codice di 6 cifre ma l'sms non arriva 😤 ho già provato a rinviarlo ⟦n:num(2,6)⟧ volte, numero ⟦n:phone(it)⟧
""")

T("it", "python", """
import os
from sportello import Client

client = Client(
    client_id=os.environ["PSP_CLIENT_ID"],
    client_secret=os.getenv("PSP_CLIENT_SECRET"),
    environment="sandbox",
)
pagamento = client.payments.get("⟦n:ulid(pay_)⟧")
print(pagamento.status)  # KeyError: 'PSP_CLIENT_ID' ???
""")

T("it", "ticket", """
Telefono ⟦n:phone(it)⟧, P.IVA ⟦n:piva⟧, codice fiscale ⟦n:codfisc⟧, codice SDI ⟦c:M5UXCR1¦KRRH6B9¦T04ZHR3⟧. Questi sono i dati per la fatturazione, l'indirizzo PEC ve lo mando a parte.
""")

T("it", "env", """
# .env.example — da copiare in .env
PSP_CLIENT_ID=
PSP_CLIENT_SECRET=<inserisci-qui-il-secret>
PSP_BASE_URL=https://⟦n:domain⟧
DB_URL=postgres://app:<password>@localhost:5432/app
STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
WEBHOOK_SECRET=whsec_...
""")

T("it", "ocr", """
[screenshot errore app, trascritto]
Operazione non riuscita
Codice errore: E⟦n:dig(4)⟧
ID richiesta: ⟦n:uuid(upper)⟧
Data: ⟦n:date(it)⟧ ⟦n:time⟧
Riprova più tardi o contatta l'assistenza al numero 800 ⟦n:dig(3)⟧ ⟦n:dig(3)⟧
""")

T("it", "jira", """
h3. Analisi
La chiamata `POST /oauth/token` con `grant_type=refresh_token` torna `invalid_grant` perché il refresh token era già stato usato (rotazione attiva). Nei log: ⟦n:ts⟧ request_id=⟦n:uuid⟧ client_id=⟦n:clientid⟧ reason=refresh_token_reused.
h3. Soluzione
Salvare sempre il *nuovo* refresh token restituito. Nessun valore è stato condiviso nel ticket.
""")

T("it", "email", """
Gentile supporto,
il codice di attivazione (quello a 8 cifre riportato nella lettera di benvenuto) non viene accettato. Il numero contratto è ⟦n:dig(10)⟧, ordine ⟦n:order⟧. Non vi giro il codice perché il vostro help center dice di non inviare mai PIN o password.
Saluti
""")

T("it", "ticket", """
ABI/CAB della filiale: ⟦n:abi⟧ / ⟦n:dig(5)⟧. Il BIC che ci ha dato la banca è ⟦n:bic⟧. Dove li inseriamo nel form del beneficiario estero?
""")

# =====================================================================
# ENGLISH — samples carrying secrets
# =====================================================================
T("en", "github-issue", """
## `KeyError: 'access_token'` after upgrading to ⟦n:version⟧

**Traceback**
```
Traceback (most recent call last):
  File "/srv/app/sync.py", line 42, in refresh
    tok = resp.json()["access_token"]
KeyError: 'access_token'
```

**Environment** (output of `python -c "import os; print(dict(os.environ))"`, trimmed):
```
{'HOME': '/root', 'PSP_CLIENT_ID': '⟦n:clientid⟧', 'PSP_CLIENT_SECRET': '⟦s:client_secret:csecret⟧', 'PSP_ENV': 'sandbox', 'HOSTNAME': '⟦n:hexs(12)⟧', 'PYTHON_VERSION': '3.12.⟦n:num(0,5)⟧'}
```
Response body was `{"error":"unauthorized_client"}`, request id `⟦n:uuid⟧`.
""")

T("en", "stackoverflow", """
**Spring WebClient doesn't refresh OAuth2 token – always 401 after an hour**

I'm using `spring-boot-starter-oauth2-client` ⟦n:version⟧. Config:

```yaml
spring:
  security:
    oauth2:
      client:
        registration:
          psp:
            client-id: ⟦n:clientid⟧
            client-secret: ⟦s:client_secret:csecret⟧
            authorization-grant-type: client_credentials
        provider:
          psp:
            token-uri: https://auth.⟦n:domain⟧/oauth/token
```
The first call works, but after ~3600s every request returns 401. What am I missing? Edit: tried `ServerOAuth2AuthorizedClientExchangeFilterFunction`, same result.
""")

T("en", "jira", """
QA note: reproduced on staging with card ⟦s:card_number:card|g4⟧ exp ⟦n:num(1,12)⟧/⟦n:num(26,31)⟧ ⟦c:cvc¦CVV¦security code⟧ ⟦s:cvv:cvv⟧ — 3DS challenge never renders in Safari ⟦n:num(15,18)⟧. Chrome fine. Attaching HAR later. cc [~⟦c:jsmith¦a.patel¦o.brown⟧]
""")

T("en", "chat", """
:rotating_light: prod payouts failing since ⟦n:time⟧ UTC
here's the key we're using just in case: ⟦s:vendor_key:vendor(stripe_sk)⟧
dashboard says "API key expired" 🙃 anyone around?
""")

T("en", "voice", """
hi yes hello so I'm calling about the sandbox login the password you sent us is ⟦s:password:pw_voice(en)⟧ all lowercase and it says invalid credentials can someone call me back thanks
""")

T("en", "voice", """
okay so the customer read me the code from the text message it was ⟦s:pin:pin_words(en,6)⟧ and then the bank page just spun and timed out
""")

T("en", "complaint", """
---------- Forwarded message ---------
From: ⟦n:name(en)⟧ ⟦n:surname(en)⟧
Subject: charged TWICE

Hello, I was charged twice ⟦n:amount(en)⟧ on ⟦n:date(en)⟧ for order ⟦n:order⟧. My card number is ⟦s:card_number:card⟧ so you can find it. Please refund ASAP.

---
Hi team, forwarding the above. Payment id on our side: ⟦n:ulid(pay_)⟧. Thanks!
""")

T("en", "ocr", """
[OCR of photo attached by customer]
⟦c:DEBIT¦CREDIT¦contactless ))) ¦PLATINUM⟧
⟦s:card_number:card|g4|ocr⟧
VALID
THRU  0⟦n:num(1,9)⟧/2⟦n:num(6,9)⟧
⟦n:name(en)⟧ ⟦n:surname(en)⟧
""")

T("en", "jupyter", """
In [7]: payouts = pd.DataFrame(client.payouts.list(limit=3))
        payouts[["id", "amount", "beneficiary_iban", "status"]]

Out[7]:
                          id  amount            beneficiary_iban     status
0  ⟦n:ulid(po_)⟧   ⟦n:num(10,999)⟧.00  ⟦s:iban:iban⟧     paid
1  ⟦n:ulid(po_)⟧   ⟦n:num(10,999)⟧.00  ⟦s:iban:iban⟧   failed
2  ⟦n:ulid(po_)⟧   ⟦n:num(10,999)⟧.90  ⟦s:iban:iban(GB)⟧    pending
Why does row 1 fail with `beneficiary_rejected`?
""")

T("en", "postman", """
Postman console:

▶ GET https://⟦n:domain⟧/v1/accounts?limit=50
  ▼ Network
    addresses: {local: "⟦n:ip⟧", remote: "⟦n:ip⟧"}
  ▼ Request Headers
    authorization: Bearer ⟦s:access_token:jwt⟧
    user-agent: PostmanRuntime/7.⟦n:num(30,40)⟧.0
    accept: */*
    postman-token: ⟦n:uuid⟧
  ▼ Response Headers
    x-request-id: ⟦n:uuid⟧
    www-authenticate: Bearer error="invalid_token", error_description="The access token expired"
""")

T("en", "fetch", """
Copy as fetch from devtools:

fetch("https://api.⟦n:domain⟧/v1/payment-links", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer ⟦s:access_token:opaque⟧",
    "content-type": "application/json",
    "x-request-id": "⟦n:uuid⟧"
  },
  "body": "{\\"amount\\":⟦n:amount(cents)⟧,\\"currency\\":\\"GBP\\",\\"reference\\":\\"⟦n:invoice⟧\\"}",
  "method": "POST"
});
→ 422 {"error":"reference already used"}
""")

T("en", "har", """
{
  "log": {
    "entries": [{
      "startedDateTime": "⟦n:ts⟧",
      "request": {
        "method": "GET",
        "url": "https://app.⟦n:domain⟧/api/session",
        "cookies": [
          {"name": "⟦c:__Secure-sid¦session¦_app_session⟧", "value": "⟦s:access_token:session⟧", "httpOnly": true, "secure": true},
          {"name": "_ga", "value": "GA1.1.⟦n:dig(9)⟧.⟦n:epoch⟧"},
          {"name": "theme", "value": "dark"}
        ]
      },
      "response": {"status": 403, "headers": [{"name": "x-trace-id", "value": "⟦n:hexs(32)⟧"}]},
      "time": ⟦n:num(40,900)⟧.⟦n:num(1,99)⟧
    }]
  }
}
""")

T("en", "soap", """
The legacy payout endpoint keeps returning `<faultcode>soap:Client</faultcode>`. Request below:

<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header>
    <AuthHeader xmlns="urn:payouts">
      <Username>⟦c:acme_api¦northwind_int¦brightpay-svc⟧</Username>
      <Password>⟦s:password:pw_special|html⟧</Password>
    </AuthHeader>
  </soap:Header>
  <soap:Body>
    <CreatePayout xmlns="urn:payouts">
      <BeneficiaryName>⟦n:name(en)⟧ ⟦n:surname(en)⟧</BeneficiaryName>
      <IBAN>⟦s:iban:iban⟧</IBAN>
      <BIC>⟦n:bic⟧</BIC>
      <Amount currency="EUR">⟦n:num(10,5000)⟧.00</Amount>
      <Reference>⟦n:invoice⟧</Reference>
    </CreatePayout>
  </soap:Body>
</soap:Envelope>
""")

T("en", "graphql", """
mutation {
  connectBank(input: {
    provider: "⟦c:monzo¦revolut¦starling¦n26⟧",
    refreshToken: "⟦s:refresh_token:refresh⟧"
  }) { connectionId status }
}
# returns {"errors":[{"message":"token_revoked","path":["connectBank"]}]}
""")

T("en", "dockerfile", """
FROM python:3.12-slim
WORKDIR /srv
ENV PIP_NO_CACHE_DIR=1
ENV GITHUB_TOKEN=⟦s:vendor_key:vendor(⟦c:ghp¦gh_pat⟧)⟧
RUN pip install git+https://${GITHUB_TOKEN}@github.com/acme/psp-client.git@v⟦n:version⟧
COPY . .
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]
# build works locally but fails in CI with 'Repository not found'
""")

T("en", "gh-actions", """
      - name: Notify
        run: |
          curl -sS -X POST -H "Authorization: token ⟦s:vendor_key:vendor(ghp)⟧" \\
            https://api.github.com/repos/acme/payments/issues/⟦n:num(10,999)⟧/comments \\
            -d '{"body":"deploy ⟦n:sha(7)⟧ done"}'
Step fails with 401 Bad credentials since yesterday.
""")

T("en", "helm", """
# values.yaml
payments:
  replicas: 3
  env:
    PSP_BASE_URL: https://⟦n:domain⟧
    PSP_API_KEY: "⟦s:access_token:apikey⟧"
    SENDGRID_API_KEY: "⟦s:vendor_key:vendor(sendgrid)⟧"
  podAnnotations:
    checksum/config: ⟦n:sha(64)⟧
""")

T("en", "k8s", """
apiVersion: v1
kind: Secret
metadata:
  name: psp-credentials
  namespace: payments
type: Opaque
stringData:
  client-id: ⟦n:clientid⟧
  client-secret: ⟦s:client_secret:csecret⟧
  webhook-secret: ⟦s:vendor_key:vendor(stripe_wh)⟧
---
# kubectl apply says "configured" but the pod still sees the old secret
""")

T("en", "terraform", """
provider "aws" {
  region     = "eu-west-1"
  access_key = "⟦s:vendor_key:vendor(aws_akid)⟧"
  secret_key = "⟦s:vendor_key:vendor(aws_secret)⟧"
}

resource "aws_sqs_queue" "payouts_dlq" {
  name = "payouts-dlq-⟦n:hexs(6)⟧"
}
# terraform plan -> "InvalidClientTokenId"
""")

T("en", "npmrc", """
contents of .npmrc in the repo root:
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=⟦s:vendor_key:vendor(⟦c:ghp¦npm⟧)⟧
always-auth=true
npm ERR! 403 Forbidden - GET https://npm.pkg.github.com/@acme%2fpsp-sdk
""")

T("en", "json", """
~/.docker/config.json on the build agent:
{
  "auths": {
    "registry.⟦n:domain⟧": {
      "auth": "⟦s:client_secret:basic⟧"
    }
  },
  "credsStore": ""
}
docker pull gives "unauthorized: authentication required"
""")

T("en", "git", """
$ git remote -v
origin  https://x-access-token:⟦s:vendor_key:vendor(⟦c:ghp¦gh_pat⟧)@_v⟧@github.com/⟦c:acme¦northwind¦brightpay⟧/payments-sdk.git (fetch)
origin  https://x-access-token:⟦r:_v⟧@github.com/acme/payments-sdk.git (push)
$ git push
remote: Permission to acme/payments-sdk.git denied.
""")

T("en", "connection-url", """
Worker can't connect to Mongo since the migration:
MONGO_URL=mongodb+srv://payments_rw:⟦s:password:pw_url|url⟧@cluster0.⟦n:hexs(5)⟧.mongodb.net/payments?retryWrites=true&w=majority
Error: MongoServerSelectionError: connection <monitor> to ⟦n:ip⟧:27017 closed
""")

T("en", "connection-url", """
REDIS_URL=redis://:⟦s:password:password⟧@cache.internal:6379/0
CELERY_BROKER_URL=${REDIS_URL}
-> celery says "NOAUTH Authentication required" even though the URL contains the password
""")

T("en", "jdbc", """
jdbc:sqlserver://sql-prod.⟦n:domain⟧:1433;databaseName=Payments;user=svc_payments;password=⟦s:password:password⟧;encrypt=true;trustServerCertificate=false
Login failed for user 'svc_payments'. ClientConnectionId:⟦n:uuid⟧
""")

T("en", "php", """
<?php
// config/mail.php
return [
    'driver' => 'smtp',
    'host' => 'smtp.mailgun.org',
    'port' => 587,
    'username' => 'postmaster@mg.⟦n:domain⟧',
    'password' => '⟦s:password:password⟧',
    'mailgun_secret' => '⟦s:vendor_key:vendor(mailgun)⟧',
];
// receipts are not being sent since Friday
""")

T("en", "go", """
func newClient() *psp.Client {
	return psp.NewClient(psp.Config{
		BaseURL:      "https://⟦n:domain⟧",
		ClientID:     "⟦n:clientid⟧",
		ClientSecret: "⟦s:client_secret:csecret⟧", // FIXME move to env
		Timeout:      30 * time.Second,
	})
}
// panic: oauth2: cannot fetch token: 401 Unauthorized
""")

T("en", "csharp", """
appsettings.Production.json:
{
  "ConnectionStrings": {
    "Payments": "Server=tcp:sql-⟦n:hexs(6)⟧.database.windows.net,1433;Initial Catalog=payments;User ID=payadmin;Password=⟦s:password:password⟧;Encrypt=True;"
  },
  "Psp": { "ClientId": "⟦n:clientid⟧", "BaseUrl": "https://⟦n:domain⟧" }
}
""")

T("en", "email", """
Hi,
Our customer sent the details for the refund, sort code ⟦s:bank_account:sortcode(U)⟧ and account number ⟦s:bank_account:ukacc(U)⟧, but your API rejects it with `invalid_account`. Could you check?
Thanks, ⟦n:name(en)⟧
""")

T("en", "email", """
Hello support,
Please update our settlement account. New details: ⟦s:bank_account:ukboth⟧ (⟦c:Barclays¦NatWest¦Lloyds¦HSBC UK⟧), account name ⟦n:company⟧.
Old account should be closed from ⟦n:date(en)⟧. Ref ⟦n:invoice⟧.
""")

T("en", "sepa-xml", """
Direct debit collection rejected with MD01 (no mandate). Our pain.008 snippet:

<DrctDbtTxInf>
  <PmtId><EndToEndId>⟦n:ulid⟧</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">⟦n:num(5,500)⟧.⟦n:num(10,99)⟧</InstdAmt>
  <DrctDbtTx>
    <MndtRltdInf><MndtId>MNDT-⟦n:dig(8)⟧</MndtId><DtOfSgntr>⟦n:date(iso)⟧</DtOfSgntr></MndtRltdInf>
    <CdtrSchmeId><Id><PrvtId><Othr><Id>⟦n:creditor_id⟧</Id></Othr></PrvtId></Id></CdtrSchmeId>
  </DrctDbtTx>
  <DbtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></DbtrAgt>
  <Dbtr><Nm>⟦n:name(en)⟧ ⟦n:surname(en)⟧</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>⟦s:iban:iban(⟦c:DE¦NL¦FR¦IE¦BE⟧)⟧</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>
""")

T("en", "psd2", """
PSD2 embedded SCA flow, step 3 (we forward the OTP the PSU typed into our UI):

PUT /v1/consents/⟦n:uuid⟧/authorisations/⟦n:uuid⟧
X-Request-ID: ⟦n:uuid⟧
PSU-ID: ⟦n:dig(8)⟧
{"scaAuthenticationData": "⟦s:pin:pin(⟦c:6¦8⟧)⟧"}

→ 400 {"tppMessages":[{"category":"ERROR","code":"PSU_CREDENTIALS_INVALID"}]}
""")

T("en", "3ds-sms", """
Customer screenshot of SMS:
"⟦n:dig(6)⟧ is NOT your code. Your one-time passcode for a payment of ⟦n:amount(en)⟧ to ⟦n:merchant⟧ is ⟦s:pin:pin(6)⟧. Never share this code."
""")

T("en", "3ds-sms", """
The challenge window shows "Enter the code we sent to ••• ••• ⟦n:dig(3)⟧". Customer entered ⟦s:pin:pin(6)⟧ twice and got "Incorrect code". ACS transaction id ⟦n:uuid⟧, amount ⟦n:amount(en)⟧.
""")

T("en", "letter", """
Dear Sir or Madam,

RE: Unauthorised transaction

I am writing to dispute a transaction of ⟦n:amount(en)⟧ dated ⟦n:date(en)⟧ on my card number ⟦s:card_number:card|g4⟧ (expiry ⟦n:num(1,12)⟧/⟦n:num(26,31)⟧, CVV ⟦s:cvv:cvv⟧). I did not authorise this payment to ⟦n:merchant⟧.

Please credit the amount back to my account.

Yours faithfully,
⟦n:name(en)⟧ ⟦n:surname(en)⟧
""")

T("en", "checklist", """
Onboarding checklist — ⟦n:company⟧
✅ KYB documents uploaded
✅ Sandbox credentials issued: client id ⟦n:clientid⟧ / secret ⟦s:client_secret:csecret⟧
✅ Webhook URL: https://hooks.⟦n:domain⟧/psp
⬜ Production keys
⬜ Settlement IBAN verified (⟦s:iban:iban⟧)
⬜ Pen-test report
""")

T("en", "curl", """
curl -u '⟦s:client_secret:pair⟧' -X POST https://auth.⟦n:domain⟧/oauth/token -d grant_type=client_credentials
{"error":"invalid_client"}
""")

T("en", "email", """
Hi there,
the access token, which I grabbed from the network tab just before the request failed with a 403 on ⟦n:date(en)⟧, was ⟦s:access_token:jwt|wrap⟧ — can you tell from your side why it was rejected?
Request id ⟦n:uuid⟧.
Best, ⟦n:name(en)⟧
""")

T("en", "email", """
Hi, our client from Munich can't log in to the merchant portal. He wrote "mein ⟦c:Passwort¦Kennwort⟧ ist ⟦s:password:password⟧, das funktioniert nicht mehr". Can you reset it? His user is ⟦n:name(en)⟧.⟦c:schmidt¦mueller⟧@⟦c:firma.de¦example.de⟧.
""")

T("en", "email", """
Hello, a French merchant reports he cannot access the dashboard. From his email: "mon mot de passe : ⟦s:password:password⟧ — identifiant ⟦c:boutique¦atelier¦epicerie⟧-⟦n:dig(4)⟧". Could you unlock the account?
""")

T("en", "chat", """
customer from Valencia says: "mi contraseña es ⟦s:password:password⟧ y no me deja entrar" 🤷 can we reset it for them? account ⟦n:ulid(acct_)⟧
""")

T("en", "github-issue", """
### Deploy key leaked? CI can't clone anymore

I rotated the deploy key but the job still fails. This is what's in the runner's `~/.ssh/id_ed25519`:

```
⟦s:private_key:pem(OPENSSH)⟧
```
`Permission denied (publickey)` — commit ⟦n:sha(40)⟧.
""")

T("en", "json", r"""
Our service account file (GCP) for the Pub/Sub bridge:
{
  "type": "service_account",
  "project_id": "psp-bridge-⟦n:dig(6)⟧",
  "private_key_id": "⟦n:hexs(40)⟧",
  "private_key": "⟦s:private_key:pem_json⟧",
  "client_email": "bridge@psp-bridge.iam.gserviceaccount.com",
  "client_id": "⟦n:dig(21)⟧"
}
Error: invalid_grant: Invalid JWT Signature.
""")

T("en", "xml", """
web.config excerpt:
<appSettings>
  <add key="PspBaseUrl" value="https://⟦n:domain⟧" />
  <add key="PspUser" value="⟦c:merchant01¦acme_api¦nw-int⟧" />
  <add key="PspPassword" value="⟦s:password:pw_special|html⟧" />
  <add key="RetryCount" value="3" />
</appSettings>
""")

T("en", "devtools", """
> localStorage
Storage {
  theme: "dark",
  "psp.auth": "{\\"access_token\\":\\"⟦s:access_token:opaque⟧\\",\\"refresh_token\\":\\"⟦s:refresh_token:refresh⟧\\",\\"expires_in\\":3600}",
  lastVisited: "/payments/⟦n:ulid(pay_)⟧",
  length: 3
}
Is it OK that the SPA keeps tokens here? The token gets rejected after refresh.
""")

T("en", "chat", """
bot for alerts stopped posting, token ⟦s:vendor_key:vendor(telegram)⟧ chat id -100⟦n:dig(10)⟧ 😕 did the API change?
""")

T("en", "rust", """
```rust
let client = reqwest::Client::new();
let resp = client
    .post("https://⟦n:domain⟧/v1/refunds")
    .bearer_auth("⟦s:access_token:apikey⟧")
    .json(&json!({"payment_id": "⟦n:ulid(pay_)⟧", "amount": ⟦n:amount(cents)⟧}))
    .send()
    .await?;
```
returns 409 `refund_exceeds_capture`, but the capture was for the full amount.
""")

T("en", "email", """
Hi,
We use Twilio for SMS OTP and since ⟦n:date(en)⟧ no codes go out. Our config: account ⟦c:AC⟦n:hexs(32)⟧⟧, API key ⟦s:vendor_key:vendor(twilio)⟧ with secret ⟦s:vendor_key:opaque(32)⟧. Did something change on your side?
""")

T("en", "env", """
# .env.production (accidentally committed, sorry)
OPENAI_API_KEY=⟦s:vendor_key:vendor(openai)⟧
PSP_ACCESS_TOKEN=⟦s:access_token:opaque⟧
PSP_REFRESH_TOKEN=⟦s:refresh_token:refresh⟧
FEATURE_FLAGS=payouts,refunds
""")

T("en", "python", """
headers = {
    "Authorization": "Basic " + "⟦s:client_secret:basic⟧",
    "X-Idempotency-Key": str(uuid.uuid4()),
}
r = requests.post(TOKEN_URL, headers=headers, data={"grant_type": "client_credentials"})
# {'error': 'invalid_client'}
""")

T("en", "python", r"""
API_KEY = ("⟦s:access_token:concat_py⟧")
# split across lines because of flake8 E501, does that break anything?
resp = httpx.get(f"{BASE}/v1/balance", headers={"X-Api-Key": API_KEY})
""")

T("en", "js", """
// quick test from the browser console
const key = '⟦s:access_token:concat_js⟧';
fetch('/v1/ping', { headers: { 'X-Api-Key': key } }).then(r => r.status); // 401
""")

T("en", "ticket", """
Card holder called in; card ⟦s:card_number:card|g4nb⟧ shows as blocked after 3 wrong PIN entries. They gave me the PIN ⟦s:pin:pin(4)⟧ to "prove" it's theirs — I know, I know. How do we unblock?
""")

T("en", "ocr", """
[screenshot of banking app → transcribed]
Account details
Name  ⟦n:name(en)⟧ ⟦n:surname(en)⟧
IBAN  ⟦s:iban:iban(⟦c:GB¦IE¦NL⟧)|g4|ocr⟧
BIC   ⟦n:bic⟧
Available  ⟦n:amount(en)⟧
""")

T("en", "json", """
webhook payload we received (pretty printed):
{
  "event": "mandate.created",
  "id": "⟦n:ulid(evt_)⟧",
  "data": {
    "mandate_id": "⟦n:ulid(md_)⟧",
    "debtor": {"name": "⟦n:name(en)⟧ ⟦n:surname(en)⟧", "iban": "⟦s:iban:iban|jesc⟧"},
    "created_at": "⟦n:ts⟧"
  }
}
why is the IBAN escaped like that?
""")

T("en", "html", """
Our admin page renders the merchant record like this (view-source):
<tr><td>API user</td><td>⟦c:merchant_⟦n:dig(4)⟧¦api-user⟧</td></tr>
<tr><td>API password</td><td>⟦s:password:pw_special|htmlnum⟧</td></tr>
<tr><td>Created</td><td>⟦n:date(en)⟧</td></tr>
""")

# =====================================================================
# ENGLISH — look-alikes that must pass
# =====================================================================
T("en", "github-issue", """
### 502 from `/v1/payouts` under load

Steps: run `k6 run payouts.js` with 50 VUs.

```
HTTP/1.1 502 Bad Gateway
x-request-id: ⟦n:uuid⟧
x-amzn-trace-id: Root=1-⟦n:hexs(8)⟧-⟦n:hexs(24)⟧
traceparent: ⟦n:traceparent⟧
```
Image `ghcr.io/acme/payouts@⟦n:digest⟧`, commit ⟦n:sha(40)⟧. Auth header was `Bearer ⟦n:placeholder(token)⟧` (removed).
""")

T("en", "stackoverflow", """
**How do I avoid hardcoding the client secret in a Python CLI?**

Right now I do:

```python
import os, keyring
secret = os.environ.get("PSP_CLIENT_SECRET") or keyring.get_password("psp", "client_secret")
if secret is None:
    raise SystemExit("set PSP_CLIENT_SECRET")
```
Is `keyring` safe enough on a shared build box, or should I fetch from Vault with a short-lived token each run?
""")

T("en", "jira", """
Customer reports *OTP not received* for SCA on ⟦n:date(en)⟧. Phone on file ⟦n:phone(uk)⟧. SMS provider shows status `undelivered (30008)`. Consent ⟦n:uuid⟧. No code was shared with us. Moving to ⟦c:Blocked¦Waiting for vendor⟧.
""")

T("en", "chat", """
hey 👋 quick q: do refresh tokens expire if unused for 30 days, or only after 90? docs say both lol
""")

T("en", "chat", """
ok deployed ⟦n:sha(7)⟧ ✅ token refresh looks fine now, p95 down to ⟦n:num(80,400)⟧ms 🎉
""")

T("en", "voice", """
hi I'm calling because I never got the code the text just doesn't come through my number is ⟦n:phone(uk)⟧ and I've tried like five times already
""")

T("en", "complaint", """
Forwarded from our customer service inbox:
"I was charged twice for order ⟦n:order⟧, ⟦n:amount(en)⟧ each, on my card ending ⟦n:last4⟧. Please sort this out."
On our side: payment ⟦n:ulid(pay_)⟧ captured, ⟦n:ulid(pay_)⟧ voided. Could the void not have reached the issuer?
""")

T("en", "ocr", """
[OCR of receipt]
⟦n:merchant⟧
STORE #⟦n:num(100,999)⟧
CARD: ⟦n:masked_card⟧
AUTH CODE: ⟦n:dig(6)⟧
REF: ⟦n:dig(12)⟧
TOTAL ⟦n:amount(en)⟧
APPROVED  ⟦n:date(en)⟧ ⟦n:time⟧
""")

T("en", "jupyter", """
In [21]: r = client.get(f"/v1/payments/{pid}")
         r.status_code, r.headers.get("x-request-id")
Out[21]: (404, '⟦n:uuid⟧')

In [22]: pid
Out[22]: '⟦n:ulid(pay_)⟧'

In [23]: os.environ.get("PSP_TOKEN") is None
Out[23]: False
""")

T("en", "postman", """
Pre-request script in our collection:

pm.sendRequest({
  url: pm.environment.get("auth_url"),
  method: "POST",
  header: { "Content-Type": "application/x-www-form-urlencoded" },
  body: { mode: "urlencoded", urlencoded: [
    { key: "client_id", value: pm.environment.get("client_id") },
    { key: "client_secret", value: pm.environment.get("client_secret") },
    { key: "grant_type", value: "client_credentials" }
  ]}
}, (err, res) => pm.environment.set("access_token", res.json().access_token));
The token isn't set on the first run. Why?
""")

T("en", "curl", """
curl -X POST "https://⟦n:domain⟧/v1/refunds" \\
  -H "Authorization: Bearer $PSP_TOKEN" \\
  -H "Idempotency-Key: ⟦n:uuid⟧" \\
  -d payment_id=⟦n:ulid(pay_)⟧ -d amount=⟦n:amount(cents)⟧
{"error":"payment_not_captured","request_id":"⟦n:uuid⟧"}
""")

T("en", "har", """
HAR (sanitized by Chrome "Export HAR (sanitized)"):
{"request": {"method": "POST", "url": "https://⟦n:domain⟧/oauth/token",
  "headers": [{"name": "authorization", "value": ""}, {"name": "content-type", "value": "application/json"}],
  "cookies": []},
 "response": {"status": 429, "headers": [{"name": "retry-after", "value": "⟦n:num(1,60)⟧"}, {"name": "x-request-id", "value": "⟦n:uuid⟧"}]},
 "timings": {"wait": ⟦n:num(10,999)⟧.⟦n:num(1,99)⟧}}
""")

T("en", "soap", """
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <soap:Fault>
      <faultcode>soap:Server</faultcode>
      <faultstring>Password expired for user ⟦c:acme_api¦svc_payouts⟧</faultstring>
      <detail><TraceId>⟦n:hexs(32)⟧</TraceId><Timestamp>⟦n:ts⟧</Timestamp></detail>
    </soap:Fault>
  </soap:Body>
</soap:Envelope>
How do we rotate it? The portal doesn't have a "change password" button for API users.
""")

T("en", "sepa-xml", """
<CdtTrfTxInf>
  <PmtId><InstrId>⟦n:hexs(12)⟧</InstrId><EndToEndId>⟦n:ulid⟧</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">⟦n:num(1,999)⟧.⟦n:num(10,99)⟧</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>⟦n:company⟧</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${CREDITOR_IBAN}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>
Our templating engine doesn't replace ${CREDITOR_IBAN} inside XML, any idea?
""")

T("en", "psd2", """
Consent lifecycle for ⟦n:uuid⟧:
⟦n:ts⟧ received
⟦n:ts⟧ scaStatus=psuAuthenticated
⟦n:ts⟧ scaStatus=scaMethodSelected (SMS_OTP)
⟦n:ts⟧ scaStatus=failed — PSU entered wrong OTP 3 times
Bank: ⟦n:bic⟧. Is the 3-attempt limit ours or the ASPSP's?
""")

T("en", "3ds-sms", """
We get transStatus=U from the ACS in about ⟦n:num(2,20)⟧% of 3DS2 challenges since ⟦n:date(en)⟧. Example threeDSServerTransID ⟦n:uuid⟧, acsTransID ⟦n:uuid⟧, messageVersion 2.2.0, ECI ⟦c:00¦07⟧. The cardholders say the OTP SMS never arrived.
""")

T("en", "letter", """
Dear Customer Services,
I am writing about the payment of ⟦n:amount(en)⟧ to ⟦n:merchant⟧ on ⟦n:date(en)⟧ using my card ⟦n:masked_card⟧. The goods never arrived (tracking ⟦n:tracking⟧). I would like to raise a chargeback.
Kind regards,
⟦n:name(en)⟧ ⟦n:surname(en)⟧
""")

T("en", "checklist", """
Go-live checklist
- [x] Production client id: `⟦n:clientid⟧`
- [x] Client secret stored in AWS Secrets Manager (`arn:aws:secretsmanager:eu-west-1:⟦n:dig(12)⟧:secret:psp/prod-⟦n:hexs(6)⟧`)
- [x] Webhook signing secret rotated
- [ ] Remove test cards from QA scripts
- [ ] Enable 3DS for all EEA cards
""")

T("en", "table", """
| Order       | Date       | Amount    | Card            | Status   |
|-------------|------------|-----------|-----------------|----------|
| ⟦n:order⟧ | ⟦n:date(iso)⟧ | ⟦n:amount(en)⟧ | ⟦n:masked_card⟧ | refunded |
| ⟦n:order⟧ | ⟦n:date(iso)⟧ | ⟦n:amount(en)⟧ | ⟦n:masked_card⟧ | captured |
| ⟦n:order⟧ | ⟦n:date(iso)⟧ | ⟦n:amount(en)⟧ | ⟦n:masked_card⟧ | disputed |
""")

T("en", "bank-confirmation", """
Payment confirmation
Reference: ⟦n:invoice⟧
From: ⟦n:company⟧ (account ⟦n:masked_iban(GB)⟧)
To: ⟦n:company⟧, BIC ⟦n:bic⟧
Amount: ⟦n:amount(en)⟧
Value date: ⟦n:date(en)⟧
UETR: ⟦n:uuid⟧
""")

T("en", "dockerfile", """
FROM golang:1.22 AS build
ARG GIT_SHA
ARG GITHUB_TOKEN
RUN --mount=type=secret,id=gh_token GITHUB_TOKEN=$(cat /run/secrets/gh_token) go mod download
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
LABEL org.opencontainers.image.revision=$GIT_SHA
# build arg GIT_SHA=⟦n:sha(40)⟧ works, but the secret mount is empty on BuildKit ⟦n:version⟧
""")

T("en", "gh-actions", """
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@⟦n:sha(40)⟧
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::⟦n:dig(12)⟧:role/gh-release
          aws-region: eu-west-1
      - run: echo "token length ${#GITHUB_TOKEN}"
        env: { GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }
OIDC assume-role fails with "Not authorized to perform sts:AssumeRoleWithWebIdentity".
""")

T("en", "ansible", """
- name: Render PSP config
  template:
    src: psp.env.j2
    dest: /etc/psp/psp.env
    mode: "0600"
  vars:
    psp_client_id: "⟦n:clientid⟧"
    psp_client_secret: "{{ lookup('hashi_vault', 'secret=kv/data/psp:client_secret') }}"
    db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          ⟦n:hexs(64)⟧
          ⟦n:hexs(64)⟧
""")

T("en", "helm", """
externalSecrets:
  enabled: true
  refreshInterval: 1h
  data:
    - secretKey: PSP_CLIENT_SECRET
      remoteRef: { key: psp/prod, property: client_secret }
    - secretKey: DB_PASSWORD
      remoteRef: { key: db/payments, property: password }
image:
  tag: "⟦n:version⟧@⟦n:digest⟧"
""")

T("en", "properties", """
# gradle.properties
org.gradle.jvmargs=-Xmx2048m
android.enableJetifier=true
VERSION_CODE=⟦n:num(100,999)⟧
PSP_CLIENT_ID=⟦n:clientid⟧
# PSP_API_KEY comes from ~/.gradle/gradle.properties on the CI machine
""")

T("en", "plist", """
<dict>
  <key>NSAppTransportSecurity</key>
  <dict><key>NSAllowsArbitraryLoads</key><false/></dict>
  <key>PSPClientID</key>
  <string>⟦n:clientid⟧</string>
  <key>PSPMerchantIdentifier</key>
  <string>merchant.com.⟦c:acme¦northwind¦brightpay⟧.pay</string>
</dict>
Apple Pay sheet says "Payment not completed". Merchant id is correct in the portal.
""")

T("en", "graphql", """
query Payouts($first: Int!, $after: String) {
  payouts(first: $first, after: $after) { edges { node { id status amount } } pageInfo { endCursor hasNextPage } }
}
{"first": 50, "after": "⟦n:opaque(24)|b64⟧"}
The cursor from page 2 returns page 1 again.
""")

T("en", "ticket", """
IBAN ⟦n:iban_bad⟧ fails validation in your API (`iban_checksum_invalid`) but the customer's bank says it's correct. Can you double check your validator? (I suspect the customer mistyped it.)
""")

T("en", "ticket", """
Our Luhn check rejects ⟦n:card_bad(plain)⟧ which QA typed from memory — which test PANs are valid in your sandbox for Mastercard 2-series?
""")

T("en", "ticket", """
We only have the beneficiary's BIC (⟦n:bic⟧) and sort code ⟦c:20-⟦n:dig(2)⟧-⟦n:dig(2)⟧¦40-⟦n:dig(2)⟧-⟦n:dig(2)⟧⟧, no account number yet. Can we pre-register the beneficiary?
""")

T("en", "log", """
⟦n:loglines(8,20,en)⟧
nothing obviously wrong in our logs; yours?
""")

T("en", "log", """
kubectl logs deploy/payments --since=10m | grep -i error
⟦n:ts⟧ ERROR auth: token endpoint returned 401 invalid_client client_id=⟦n:clientid⟧ secret_len=40 secret_sha256_prefix=⟦n:hexs(8)⟧
⟦n:ts⟧ ERROR auth: giving up after 3 retries request_id=⟦n:uuid⟧
""")

T("en", "email", """
Hello,
Please find our company details for the invoice: ⟦n:company⟧, VAT IT⟦n:piva⟧, phone ⟦n:phone(it)⟧. The invoice ⟦n:invoice⟧ for ⟦n:amount(en)⟧ was due on ⟦n:date(en)⟧.
Regards
""")

T("en", "js", """
const { PSP_CLIENT_ID, PSP_CLIENT_SECRET } = process.env;
const client = new Psp({ clientId: PSP_CLIENT_ID, clientSecret: PSP_CLIENT_SECRET });
console.log(config.clientSecret ? 'secret loaded' : 'secret missing');
// prints "secret missing" on Vercel even though the env var is set
""")

T("en", "go", """
secret := os.Getenv("PSP_CLIENT_SECRET")
if secret == "" {
	log.Fatal("PSP_CLIENT_SECRET not set")
}
cfg := clientcredentials.Config{ClientID: os.Getenv("PSP_CLIENT_ID"), ClientSecret: secret, TokenURL: tokenURL}
""")

T("en", "rust", """
let secret = std::env::var("PSP_CLIENT_SECRET").expect("PSP_CLIENT_SECRET");
let token = oauth.exchange_client_credentials().add_scope(Scope::new("payments".into())).request_async(&http).await?;
// Error: Server returned error response: invalid_scope (request id ⟦n:uuid⟧)
""")

T("en", "java", """
@Value("${psp.client-secret}")
private String clientSecret;

@Value("${psp.client-id:⟦n:clientid⟧}")
private String clientId;
// clientSecret is null in tests; @TestPropertySource doesn't seem to apply
""")

T("en", "email", """
Hi team,
What's your password policy for merchant users? Our auditor asks whether passwords are hashed with bcrypt or argon2, whether you enforce MFA, and how long reset links stay valid. No rush.
Thanks, ⟦n:name(en)⟧
""")

T("en", "chat", """
rotated the client secret in the portal + redeployed, all green now 🙌 closing ⟦c:INC¦SUP⟧-⟦n:num(100,9999)⟧
""")

T("en", "ticket", """
The JWT we get back has header `{"alg":"RS256","kid":"⟦n:hexs(16)⟧","typ":"JWT"}` and exp ⟦n:epoch⟧, but your gateway says "token not yet valid". Clock skew? Our NTP is fine. (Not pasting the token, obviously.)
""")

T("en", "json", """
{"type":"https://⟦n:domain⟧/problems/invalid-credentials","title":"Invalid client credentials","status":401,"detail":"The client secret provided does not match","instance":"/oauth/token","traceId":"⟦n:hexs(32)⟧"}
""")

T("en", "sql", """
SELECT id, merchant_id, last4, brand, exp_month, exp_year, fingerprint
FROM cards WHERE merchant_id = '⟦n:ulid(mer_)⟧' LIMIT 2;
⟦n:ulid(card_)⟧ | ⟦n:ulid(mer_)⟧ | ⟦n:last4⟧ | visa | ⟦n:num(1,12)⟧ | 20⟦n:num(26,31)⟧ | ⟦n:hexs(16)⟧
⟦n:ulid(card_)⟧ | ⟦n:ulid(mer_)⟧ | ⟦n:last4⟧ | mastercard | ⟦n:num(1,12)⟧ | 20⟦n:num(26,31)⟧ | ⟦n:hexs(16)⟧
""")

T("en", "ticket", """
client_id=⟦n:uuid⟧
tenant=⟦n:uuid⟧
redirect_uri=https://app.⟦n:domain⟧/callback
state=⟦n:hexs(16)⟧ nonce=⟦n:hexs(16)⟧
Authorization request returns `unauthorized_client`. Is the client id registered for the authorization_code grant?
""")

T("en", "ticket", """
Card blocked after 3 wrong PIN attempts. Cardholder ⟦n:name(en)⟧ ⟦n:surname(en)⟧, card ⟦n:masked_card⟧, phone ⟦n:phone(uk)⟧. How can they reset the PIN without visiting a branch?
""")

T("en", "env", """
# .env.sample
PSP_CLIENT_ID=your-client-id
PSP_CLIENT_SECRET=YOUR_CLIENT_SECRET
PSP_ACCESS_TOKEN=<token>
DATABASE_URL=postgres://user:password@localhost:5432/payments
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
""")

T("en", "ocr", """
[screenshot transcribed]
Something went wrong
Error code: PSP-⟦n:dig(4)⟧
Request ID: ⟦n:uuid⟧
Time: ⟦n:ts⟧
Please contact support and quote the request ID above.
""")

T("en", "jira", """
Root cause: the partner's token cache keyed by `client_id` (`⟦n:clientid⟧`) instead of `client_id + scope`, so a token with `accounts:read` was reused for `payments:write`. Fixed in ⟦n:sha(7)⟧, deployed ⟦n:date(iso)⟧. No credentials were exposed.
""")

T("en", "email", """
Hi,
your activation letter mentions a 6-digit PIN for the POS terminal ⟦n:dig(8)⟧, but we never received the second letter with the PIN. Order ⟦n:order⟧, delivered ⟦n:date(en)⟧ (tracking ⟦n:tracking⟧).
""")

T("en", "ticket", """
Amounts don't match: settlement report shows ⟦n:amount(en)⟧ for ⟦n:date(iso)⟧ but the sum of captures is ⟦n:amount(en)⟧. Batch ⟦n:ulid(stl_)⟧, ⟦n:num(100,3000)⟧ transactions.
""")

T("en", "chat", """
📵 customer says OTP never arrives on her phone (⟦n:phone(de)⟧), she's in Germany — "ich bekomme keinen Code" 😬 any known issues with German carriers?
""")

T("en", "yaml", """
# docker-compose.yml
services:
  api:
    image: ghcr.io/acme/api:⟦n:version⟧
    environment:
      PSP_CLIENT_SECRET: ${PSP_CLIENT_SECRET:?missing}
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw
    secrets: [pg_pw]
secrets:
  pg_pw:
    file: ./secrets/pg_pw.txt
""")


# =====================================================================
# extra skeletons: rarer kinds, heavier obfuscation, long texts
# =====================================================================
T("it", "log", """
Vi incollo il log completo della notte, l'errore è verso la fine:
⟦n:loglines(10,16,it)⟧
⟦n:time⟧:12.114 DEBUG [scheduler] refresh in corso, body=grant_type=refresh_token&refresh_token=⟦s:refresh_token:refresh|url⟧&scope=accounts
⟦n:loglines(6,10,it)⟧
ERROR token endpoint: invalid_grant
""")

T("it", "jira", """
Allego la chiave .p8 di Apple Pay che ci ha mandato il merchant (scaricata dal developer portal, Key ID ⟦n:hexs(10)|upper⟧):
{code}
⟦s:private_key:pem(⟦c:PK8¦EC⟧)⟧
{code}
Con questa il merchant validation fallisce: "invalid signature".
""")

T("it", "chat", """
ok allora la carta è ⟦s:card_number:card|g4⟧ scad ⟦n:num(1,12)⟧/⟦n:num(26,30)⟧ e il cvv ⟦c:è¦dietro è¦(quello dietro)⟧ ⟦s:cvv:cvv⟧ 👍 riprovate voi il pagamento? io dal telefono non ci riesco
""")

T("it", "voice", """
sì allora il numero di conto glielo detto è ⟦s:bank_account:acct_field(IT,conto,V)|sp2⟧ banca ⟦c:intesa¦unicredit¦poste⟧ abi ⟦n:acct_field(IT,abi,V)|sp1⟧ e poi non so cosa altro serve
""")

T("it", "table", """
Fornitore\tPaese\tCoordinate\tNote
⟦n:company⟧\tES\t⟦s:bank_account:ccc⟧\tCCC, manca IBAN
⟦n:company⟧\tFR\t⟦s:bank_account:rib⟧\tRIB
⟦n:company⟧\tIT\t⟦s:bank_account:bban_it(sp)⟧\tBBAN
⟦n:company⟧\tDE\t⟦n:bic⟧\tsolo BIC, chiedere IBAN
""")

T("it", "email", """
Buongiorno, copio e incollo dal PDF dell'estratto conto perché il vostro form non accetta l'IBAN: ⟦s:iban:iban(IT)|g4nb⟧ — forse ci sono spazi strani?
""")

T("it", "email", """
Gentile supporto, il cliente ci ha mandato l'IBAN da WhatsApp e nel nostro gestionale appare così: ⟦s:iban:iban(IT)|g4|fwall⟧ (caratteri larghi). Il vostro endpoint risponde "iban non valido". Come lo normalizziamo?
""")

T("it", "url", """
Dopo il login la banca ci rimanda a questo URL (flusso implicit, lo so che è deprecato):
https://app.⟦n:domain⟧/callback#access_token=⟦s:access_token:opaque⟧&token_type=Bearer&expires_in=3600&state=⟦n:hexs(16)⟧
poi la SPA va in loop sul redirect.
""")

T("it", "devtools", """
Header della richiesta (devtools → Network):
:authority: app.⟦n:domain⟧
cookie: _ga=GA1.1.⟦n:dig(9)⟧.⟦n:epoch⟧; lang=it; refresh_token=⟦s:refresh_token:refresh⟧; consent=accepted
x-request-id: ⟦n:uuid⟧
Il refresh token nel cookie non viene mai aggiornato.
""")

T("it", "shell", """
per generare l'header ho fatto così:
$ echo -n '⟦s:client_secret:pair@pr⟧' | base64
⟦s:client_secret:b64pair(pr)@b64⟧
e poi Authorization: Basic ⟦r:b64⟧ ma risponde 401
""")

T("it", "email", """
Gentile supporto,
vi comunico le credenziali dell'utente tecnico per l'area riservata come richiesto al telefono: username ⟦c:tecnico¦integrazione¦api⟧.⟦n:dig(3)⟧, e poi — per la password, che ho dovuto reimpostare due volte perché il sistema non accettava il carattere speciale — ⟦s:password:password⟧.
Restiamo in attesa, ⟦n:name(it)⟧ ⟦n:surname(it)⟧
""")

T("it", "ticket", """
Bonifico verso il Regno Unito: il cliente ha indicato sort code ⟦n:sortcode(W)⟧, n. conto ⟦s:bank_account:ukacc(W)⟧, beneficiario ⟦n:name(en)⟧ ⟦n:surname(en)⟧. Serve anche l'IBAN o basta così?
""")

T("it", "xml", r"""
Il nostro gestionale esporta così le coordinate nel tracciato XML:
<Beneficiario>
  <Nome>⟦n:name(it)⟧ ⟦n:surname(it)⟧</Nome>
  <IBAN>⟦s:iban:iban(IT)|htmlnum⟧</IBAN>
</Beneficiario>
le entità numeriche sono un problema per voi?
""")

T("en", "har", """
HAR export, the third request is the failing one:
{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
 {"startedDateTime": "⟦n:ts⟧", "request": {"method": "GET", "url": "https://app.⟦n:domain⟧/static/app.⟦n:hexs(8)⟧.js", "headers": [{"name": "accept", "value": "*/*"}]}, "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\\"⟦n:hexs(20)⟧\\""}, {"name": "x-cache", "value": "Hit from cloudfront"}]}},
 {"startedDateTime": "⟦n:ts⟧", "request": {"method": "GET", "url": "https://api.⟦n:domain⟧/v1/me", "headers": [{"name": "x-request-id", "value": "⟦n:uuid⟧"}]}, "response": {"status": 200, "headers": [{"name": "x-trace-id", "value": "⟦n:hexs(32)⟧"}]}},
 {"startedDateTime": "⟦n:ts⟧", "request": {"method": "POST", "url": "https://api.⟦n:domain⟧/v1/payouts", "headers": [{"name": "authorization", "value": "Bearer ⟦s:access_token:jwt⟧"}, {"name": "idempotency-key", "value": "⟦n:uuid⟧"}, {"name": "content-type", "value": "application/json"}], "postData": {"mimeType": "application/json", "text": "{\\"amount\\":⟦n:amount(cents)⟧,\\"currency\\":\\"EUR\\",\\"beneficiary_id\\":\\"⟦n:ulid(ben_)⟧\\"}"}}, "response": {"status": 500, "headers": [{"name": "x-request-id", "value": "⟦n:uuid⟧"}]}},
 {"startedDateTime": "⟦n:ts⟧", "request": {"method": "GET", "url": "https://api.⟦n:domain⟧/v1/payouts?status=failed&limit=20", "headers": []}, "response": {"status": 200, "headers": []}}
]}}
""")

T("en", "chat", """
ok card is ⟦s:card_number:card(⟦c:amex¦visa¦mc⟧)|g4d⟧ and the ⟦c:CVC¦cvv¦security code⟧ is ⟦s:cvv:cvv(⟦c:3¦4⟧)⟧, can you try charging it from your side? 🙏
""")

T("en", "curl", """
curl https://auth.⟦n:domain⟧/oauth/token \\
  -d grant_type=refresh_token \\
  --data-urlencode "refresh_token=⟦s:refresh_token:refresh⟧" \\
  -d client_id=⟦n:clientid⟧
{"error":"invalid_grant","error_description":"refresh token expired"}
""")

T("en", "ansible", """
# host_vars/sftp01.yml
sftp_user: settlements
sftp_private_key: |
    ⟦s:private_key:pem_yaml⟧
sftp_host: sftp.⟦n:domain⟧
# the task "copy key" writes the file but ssh says "invalid format"
""")

T("en", "email", """
Hi,
our German customer gave us his old-style details instead of an IBAN: Bankleitzahl ⟦n:acct_field(DE,blz,G)⟧, Kontonummer ⟦s:bank_account:acct_field(DE,kto,G)⟧ (⟦c:Sparkasse¦Commerzbank¦Deutsche Bank⟧). Can your payout API take these or do we have to convert?
""")

T("en", "ticket", """
Spanish supplier account (CCC) ⟦s:bank_account:ccc(⟦c:dash¦sp⟧)⟧, IBAN ⟦s:iban:iban(ES)|g4⟧ — the payout fails with `beneficiary_bank_unreachable`.
""")

T("en", "email", """
Hello, a French customer sent us his relevé d'identité bancaire: code banque ⟦n:acct_field(FR,banque,R)⟧, code guichet ⟦n:acct_field(FR,guichet,R)⟧, numéro de compte ⟦s:bank_account:acct_field(FR,compte,R)⟧, clé RIB ⟦n:acct_field(FR,cle,R)⟧. Can we pay out with just that?
""")

T("en", "json", r"""
Request body logged by our gateway (it escapes non-ASCII and some digits, don't ask):
{"cardholder":"⟦n:name(en)⟧ ⟦n:surname(en)⟧","pan":"⟦s:card_number:card|jesc⟧","exp":"0⟦n:num(1,9)⟧\/2⟦n:num(6,9)⟧","cvv":"⟦s:cvv:cvv|jescall⟧"}
""")

T("en", "chat", """
copying the token from the PDF export gives weird chars: ⟦s:access_token:opaque|zwj⟧ … that's why we get 401 I guess?
""")

T("en", "email", """
Hi, after the password reset the customer sent this (she typed it into the chat widget, sorry): new password ⟦s:password:password|shy⟧ — can you make sure the account is unlocked?
""")

T("en", "log", """
⟦n:loglines(12,18,en)⟧
⟦n:ts⟧ DEBUG http: > POST /oauth/token HTTP/1.1
⟦n:ts⟧ DEBUG http: > Authorization: Basic ⟦s:client_secret:basic⟧
⟦n:ts⟧ DEBUG http: < HTTP/1.1 401 Unauthorized
⟦n:loglines(4,8,en)⟧
""")

T("en", "log", """
Full log from the failing job (nothing sensitive, tokens are masked by our logger):
⟦n:loglines(18,24,en)⟧
⟦n:ts⟧ ERROR auth: POST /oauth/token -> 401 client_id=⟦n:clientid⟧ Authorization=Basic ****
""")

T("it", "log", """
Log completo dell'app (i token sono già mascherati dal nostro logger):
⟦n:loglines(18,24,it)⟧
⟦n:ts⟧ WARN  auth: Authorization: Bearer ***** (len=⟦n:num(800,1200)⟧) scaduto, provo il refresh
""")

T("en", "har", """
{"log": {"entries": [
 {"request": {"method": "GET", "url": "https://api.⟦n:domain⟧/v1/accounts/⟦n:uuid⟧/transactions?from=⟦n:date(iso)⟧&to=⟦n:date(iso)⟧", "headers": [{"name": "authorization", "value": "Bearer {{access_token}}"}, {"name": "x-request-id", "value": "⟦n:uuid⟧"}]}, "response": {"status": 206, "content": {"text": "{\\"transactions\\":[{\\"id\\":\\"⟦n:ulid(tx_)⟧\\",\\"amount\\":\\"-⟦n:num(1,999)⟧.⟦n:num(10,99)⟧\\",\\"counterparty\\":\\"⟦n:merchant⟧\\",\\"bookingDate\\":\\"⟦n:date(iso)⟧\\"},{\\"id\\":\\"⟦n:ulid(tx_)⟧\\",\\"amount\\":\\"⟦n:num(1,999)⟧.00\\",\\"counterparty\\":\\"⟦n:company⟧\\",\\"counterpartyIban\\":\\"⟦n:masked_iban⟧\\"}],\\"next\\":\\"⟦n:hexs(24)⟧\\"}"}}},
 {"request": {"method": "GET", "url": "https://api.⟦n:domain⟧/v1/accounts/⟦n:uuid⟧/balances", "headers": [{"name": "authorization", "value": "Bearer {{access_token}}"}]}, "response": {"status": 200, "content": {"text": "{\\"balances\\":[{\\"type\\":\\"closingBooked\\",\\"amount\\":\\"⟦n:num(100,99999)⟧.⟦n:num(10,99)⟧\\",\\"currency\\":\\"EUR\\"}]}"}}}
]}}
why does the first call return 206 instead of 200?
""")


# =====================================================================
# extra look-alike skeletons
# =====================================================================
T("it", "voice", """
sì buongiorno no guardi la password non me la ricordo più è per quello che chiamo mi avete mandato la mail di reset ma il link dice scaduto il mio codice cliente è ⟦n:dig(8)⟧
""")

T("it", "ticket", """
Numero ordine Amazon ⟦n:dig(3)⟧-⟦n:dig(7)⟧-⟦n:dig(7)⟧, riferimento interno ⟦n:card_bad(plain)⟧ (16 cifre, NON è una carta, è il nostro id gestionale). Il webhook lo tronca a 15 cifre.
""")

T("it", "sepa-xml", """
Il file viene rifiutato in validazione, secondo me per l'IBAN del creditore:
<CdtrAcct><Id><IBAN>⟦n:iban_bad(IT,plain)⟧</IBAN></Id></CdtrAcct>
<CdtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></CdtrAgt>
Il messaggio è "IBAN check digits invalid". L'abbiamo preso così dal contratto.
""")

T("it", "devtools", """
Set-Cookie che riceviamo dopo il logout:
set-cookie: SPORTELLO_SESSID=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; path=/; secure; HttpOnly
set-cookie: lang=it; Path=/; Max-Age=31536000
x-request-id: ⟦n:uuid⟧
ma il browser resta loggato, perché?
""")

T("it", "graphql", """
mutation Rimborso($input: RefundInput!) { createRefund(input: $input) { id status } }
{"input": {"paymentId": "⟦n:ulid(pay_)⟧", "amount": ⟦n:amount(cents)⟧, "reason": "DUPLICATE", "idempotencyKey": "⟦n:uuid⟧"}}
Errore: "refund window expired" ma il pagamento è del ⟦n:date(it)⟧.
""")

T("it", "jupyter", """
In [2]: from dotenv import load_dotenv; load_dotenv()
        token = os.environ["SPORTELLO_TOKEN"]
        len(token), token[:4] + "…"
Out[2]: (⟦n:num(40,1200)⟧, 'eyJh…')

In [3]: resp = requests.get(URL, headers={"Authorization": f"Bearer {token}"}); resp.status_code
Out[3]: 401
""")

T("it", "table", """
Spedizione\tCorriere\tDestinatario\tTelefono\tStato
⟦n:tracking⟧\t⟦c:BRT¦GLS¦SDA⟧\t⟦n:name(it)⟧ ⟦n:surname(it)⟧\t⟦n:phone(it)⟧\tConsegnato
⟦n:tracking⟧\t⟦c:BRT¦GLS¦Poste⟧\t⟦n:name(it)⟧ ⟦n:surname(it)⟧\t⟦n:phone(it)⟧\tIn transito
⟦n:tracking⟧\tPoste\t⟦n:company⟧\t⟦n:phone(it)⟧\tGiacenza
""")

T("it", "3ds-sms", """
Testo SMS che il cliente riceve (ho tolto il codice): "Codice ****** per il pagamento di ⟦n:amount(it)⟧ su ⟦n:merchant⟧. Valido 5 minuti. Non condividerlo con nessuno." Il problema è che arriva dopo 10 minuti, quando il challenge è già scaduto.
""")

T("it", "checklist", """
Onboarding – cose da NON mandare al supporto (promemoria interno):
• access_token e refresh_token → mandiamo solo il debug_id
• client_secret → mai, nemmeno in screenshot
• IBAN, numeri di conto, PIN, password degli utenti finali → oscurare
• X-Request-Id (es. ⟦n:uuid⟧) e simp_id → sì, servono
""")

T("it", "ticket", """
Il PSU ha sbagliato il PIN dispositivo ⟦c:3¦tre⟧ volte e la banca ha bloccato l'accesso. Il consent ⟦n:uuid⟧ è andato in stato "rejected" alle ⟦n:time⟧. Quanto dura il blocco? Serve che il cliente chiami la filiale (tel. ⟦n:phone(it)⟧)?
""")

T("en", "voice", """
yeah hi so I reset my password twice today and the new one still doesn't work can you unlock the account the email is ⟦n:name(en)⟧ dot ⟦n:surname(en)⟧ at gmail dot com thanks
""")

T("en", "ticket", """
Tracking ⟦n:tracking⟧ and order ⟦n:order⟧ — the terminal serial is ⟦n:dig(10)⟧. Our ERP reference ⟦n:card_bad(plain)⟧ looks like a card number but isn't; your fraud filter blocked the order because of it.
""")

T("en", "fetch", """
fetch("https://api.⟦n:domain⟧/v1/webhooks/test", {
  method: "POST",
  headers: { "Authorization": `Bearer ${process.env.PSP_TOKEN}`, "Content-Type": "application/json" },
  body: JSON.stringify({ url: "https://hooks.⟦n:domain⟧/psp", events: ["payment.succeeded"] })
}) // -> {"error":"url_not_reachable","request_id":"⟦n:uuid⟧"}
""")

T("en", "postman", """
Postman console:
POST https://auth.⟦n:domain⟧/oauth/token 401 (⟦n:num(80,900)⟧ ms)
  Request Body: grant_type=client_credentials&client_id=⟦n:clientid⟧&client_secret={{client_secret}}
  Warning: Variable "client_secret" is not defined in the current environment
""")

T("en", "sepa-xml", """
<DbtrAcct><Id><IBAN>⟦n:iban_bad(⟦c:DE¦FR¦NL¦ES⟧,plain)⟧</IBAN></Id></DbtrAcct>
<DbtrAgt><FinInstnId><BIC>⟦n:bic⟧</BIC></FinInstnId></DbtrAgt>
Validation error: "IBAN checksum mismatch". We copied it from an old mandate form, probably mistyped.
""")

T("en", "psd2", """
Redirect back from the bank: https://app.⟦n:domain⟧/psd2/callback?state=⟦n:hexs(32)⟧&consent_id=⟦n:uuid⟧&error=access_denied&error_description=PSU%20cancelled%20the%20SCA
The PSU cancelled on purpose, but our UI shows "technical error". How do we tell the two apart?
""")

T("en", "plist", """
<key>PSPEnvironment</key><string>production</string>
<key>PSPApiKey</key><string>$(PSP_API_KEY)</string>
<key>PSPBuildNumber</key><string>⟦n:num(1000,9999)⟧</string>
At runtime Bundle.main.object(forInfoDictionaryKey: "PSPApiKey") returns "$(PSP_API_KEY)" literally.
""")

T("en", "table", """
Date,Invoice,Customer,VAT,Net,Gross
⟦n:date(iso)⟧,⟦n:invoice⟧,⟦n:company⟧,IT⟦n:piva⟧,⟦n:num(10,900)⟧.00,⟦n:num(900,2000)⟧.00
⟦n:date(iso)⟧,⟦n:invoice⟧,⟦n:company⟧,GB⟦n:dig(9)⟧,⟦n:num(10,900)⟧.00,⟦n:num(900,2000)⟧.00
⟦n:date(iso)⟧,⟦n:invoice⟧,⟦n:company⟧,DE⟦n:dig(9)⟧,⟦n:num(10,900)⟧.00,⟦n:num(900,2000)⟧.00
""")

# =====================================================================
# main
# =====================================================================
TARGETS = {("it", True): 300, ("it", False): 340, ("en", True): 300, ("en", False): 340}

def main(out_path="/work/holdout/holdout.jsonl"):
    rng = random.Random(SEED)
    groups = {}
    for tpl in TEMPLATES:
        _, secs = instantiate(tpl, random.Random(1))
        groups.setdefault((tpl[0], bool(secs)), []).append(tpl)
    samples = []
    seen_text = set()
    for key in sorted(groups, key=str):
        tpls = groups[key]
        target = TARGETS[key]
        for i in range(target):
            tpl = tpls[i % len(tpls)]
            for _ in range(50):
                text, secs = instantiate(tpl, rng)
                if text not in seen_text:
                    break
            seen_text.add(text)
            assert bool(secs) == key[1], tpl[2][:80]
            samples.append({"lang": tpl[0], "style": tpl[1], "text": text, "secrets": secs})
    rng.shuffle(samples)
    counters = {}
    with open(out_path, "w", encoding="utf-8") as f:
        for s in samples:
            counters[s["lang"]] = counters.get(s["lang"], 0) + 1
            rec = {"id": "hold-%s-%04d" % (s["lang"], counters[s["lang"]]), "lang": s["lang"], "style": s["style"],
                   "text": s["text"], "secrets": s["secrets"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("templates:", len(TEMPLATES), {"%s/%s" % (k[0], "pos" if k[1] else "neg"): len(v) for k, v in groups.items()})
    print("samples:", len(samples))

if __name__ == "__main__":
    main(*sys.argv[1:])
