#!/usr/bin/env python3
"""Generator for the holdout corpus "fresh18".

Style: people in a hurry, on the phone, and in other trades' tools
(shop owners dictating to phone assistants, voicemail transcripts, call-centre
notes, ERP/CRM/e-commerce exports, POS receipts, bank letters, payroll forms,
front desks, travel agencies, school offices, typo-ridden phone tickets ...).

Standard library only, fixed seed, deterministic output.
All values are invented: Luhn-valid cards from test ranges, IBANs with
correct check digits, tokens of random characters.
"""
import base64
import json
import os
import random
import re
import string
import sys
from collections import Counter

SEED = 180718
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "fresh18.jsonl")

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
DIG = string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = AL + "-_"

KINDS = ["access_token", "client_secret", "refresh_token", "private_key",
         "vendor_key", "card_number", "cvv", "iban", "bank_account",
         "password", "pin"]


def rs(n, a=AL):
    return "".join(R.choice(a) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def L(lang, it, en):
    return it if lang == "it" else en


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# people, places, small facts
IT_FIRST = ["Mario", "Giulia", "Luca", "Francesca", "Paolo", "Chiara", "Gianni",
            "Sara", "Marco", "Elena", "Roberto", "Anna", "Stefano", "Marta",
            "Davide", "Lucia", "Antonio", "Federica", "Simone", "Rosa",
            "Gianna", "Tiziana", "Enzo", "Carla", "Nicola", "Ilaria"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino",
           "Greco", "Bruno", "Gallo", "Conti", "Costa", "Giordano", "Mancini",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Rinaldi",
           "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile"]
EN_FIRST = ["Dave", "Sarah", "Mark", "Emma", "Tom", "Lucy", "James", "Olivia",
            "Gary", "Karen", "Steve", "Rachel", "Ian", "Helen", "Chris", "Joanne",
            "Mike", "Linda", "Paul", "Becky", "Nigel", "Sophie", "Raj", "Priya"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
           "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall",
           "Wood", "Clarke", "Patel", "Khan", "Murphy", "O'Brien", "Baker"]
IT_CITIES = ["Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona",
             "Padova", "Firenze", "Genova", "Brescia", "Lecce", "Perugia",
             "Trento", "Ancona", "Pescara", "Rimini", "Bergamo", "Parma"]
EN_CITIES = ["Leeds", "Bristol", "Manchester", "Leicester", "Cardiff",
             "Norwich", "York", "Brighton", "Sheffield", "Reading", "Bath",
             "Glasgow", "Dublin", "Exeter", "Derby"]
IT_SHOPS = ["Ferramenta Rossi", "Panificio Da Gino", "Ottica Bellavista",
            "Bar Centrale", "Fioreria Le Rose", "Parrucchiera Stile",
            "Macelleria Bertoni", "Cartoleria Arcobaleno", "Enoteca Il Grappolo",
            "Pizzeria Vesuvio", "Calzature Marisa", "Tabaccheria n. 12",
            "Lavanderia Bolle Blu", "Gelateria Polo Nord", "Autofficina Galli"]
EN_SHOPS = ["Hargreaves Hardware", "The Daily Crust Bakery", "Bloom & Stem",
            "Kingsway Opticians", "The Red Lion", "Corner Cuts Barbers",
            "Pemberton Pet Supplies", "Nook & Cranny Gifts", "Seaview B&B",
            "Fairway Dental", "Green Leaf Cafe", "Ashby Motors", "Pages Bookshop"]
IT_BANKS = [("Intesa Sanpaolo", "03069", "BCITITMM"), ("UniCredit", "02008", "UNCRITMM"),
            ("Banco BPM", "05034", "BAPPIT21"), ("BPER Banca", "05387", "BPMOIT22"),
            ("Monte dei Paschi", "01030", "PASCITMM"), ("Banca Sella", "03268", "SELBIT2B"),
            ("Credem", "03032", "BACRIT22"), ("BCC di Roma", "08327", "ROMAITRR"),
            ("Banca Mediolanum", "03062", "MEDBITMM"), ("Poste Italiane", "07601", "BPPIITRR")]
EN_BANKS = [("NatWest", "NWBK", "NWBKGB2L"), ("Barclays", "BARC", "BARCGB22"),
            ("Lloyds", "LOYD", "LOYDGB2L"), ("HSBC UK", "HBUK", "HBUKGB4B"),
            ("Monzo", "MONZ", "MONZGB2L"), ("Santander UK", "ABBY", "ABBYGB2L")]
DE_BLZ = ["37040044", "50010517", "10020890", "20041133", "70150000", "43060967", "12030000"]
FR_BANKS = ["30004", "30003", "20041", "10278", "30066", "11315", "18206"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2038", "0128"]
IT_D = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
IT_PHON = {"A": "Ancona", "B": "Bologna", "C": "Como", "D": "Domodossola", "E": "Empoli",
           "F": "Firenze", "G": "Genova", "H": "hotel", "I": "Imola", "J": "jolly",
           "K": "kappa", "L": "Livorno", "M": "Milano", "N": "Napoli", "O": "Otranto",
           "P": "Palermo", "Q": "quarto", "R": "Roma", "S": "Savona", "T": "Torino",
           "U": "Udine", "V": "Venezia", "W": "Washington", "X": "xeres", "Y": "yacht",
           "Z": "Zara"}
NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo",
        "F": "Foxtrot", "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliet",
        "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "O": "Oscar",
        "P": "Papa", "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango",
        "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee",
        "Z": "Zulu"}
IT_SYM = {"!": "punto esclamativo", "@": "chiocciola", "#": "cancelletto",
          "_": "trattino basso", "-": "trattino", ".": "punto", "$": "dollaro",
          "*": "asterisco", "?": "punto interrogativo"}
EN_SYM = {"!": "exclamation mark", "@": "at sign", "#": "hash", "_": "underscore",
          "-": "dash", ".": "dot", "$": "dollar sign", "*": "star", "?": "question mark"}
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
             "agosto", "settembre", "ottobre", "novembre", "dicembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def person(lang):
    if lang == "it":
        return f"{pick(IT_FIRST)} {pick(IT_LAST)}"
    return f"{pick(EN_FIRST)} {pick(EN_LAST)}"


def first(lang):
    return pick(IT_FIRST if lang == "it" else EN_FIRST)


def last(lang):
    return pick(IT_LAST if lang == "it" else EN_LAST)


def city(lang):
    return pick(IT_CITIES if lang == "it" else EN_CITIES)


def shop(lang):
    return pick(IT_SHOPS if lang == "it" else EN_SHOPS)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def domain(lang):
    return slug(shop(lang))[:14] + L(lang, pick([".it", ".com", ".shop"]), pick([".co.uk", ".com", ".uk"]))


def phone(lang):
    if lang == "it":
        p = f"3{R.randint(20, 93)}"
        f = pick(["+39 {p} {a} {b}", "{p} {a}{b}", "{p}/{a}{b}", "{p}-{a}-{b}"])
        return f.format(p=p, a=rs(3, DIG), b=rs(4, DIG))
    return pick(["07700 900{x}", "+44 7700 900{x}", "020 7946 0{x}", "0113 496 0{x}"]).format(x=rs(3, DIG))


def date(lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2024, 2025, 2026])
    if lang == "it":
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {IT_MONTHS[m-1]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d} {EN_MONTHS[m-1]} {y}", f"{EN_MONTHS[m-1][:3]} {d}, {y}"])


def ttime():
    return f"{R.randint(7, 20):02d}:{R.randint(0, 59):02d}"


def amount(lang):
    v = R.randint(5, 4999)
    c = R.randint(0, 99)
    if lang == "it":
        s = f"{v:,}".replace(",", ".")
        return pick([f"€ {s},{c:02d}", f"{s},{c:02d} EUR", f"{s},{c:02d}€"])
    return pick([f"£{v:,}.{c:02d}", f"GBP {v:,}.{c:02d}", f"€{v:,}.{c:02d}"])


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"


def uuid4():
    h = rs(32, HEX)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def codice_fiscale():
    c = string.ascii_uppercase
    return rs(6, c) + rs(2, DIG) + pick("ABCDEHLMPRST") + rs(2, DIG) + pick("ABCDEFGHILM") + rs(3, DIG) + rs(1, c)


def piva():
    # Italian VAT number with correct check digit (Luhn-like) - not a secret
    b = rs(7, DIG) + pick(["001", "015", "037", "049", "058"])
    s = 0
    for i, ch in enumerate(b):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return b + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------
# Luhn and cards
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_cd(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return c
    raise AssertionError


CARD_PREFIXES = [("424242", 16, "Visa"), ("400005", 16, "Visa"), ("411111", 16, "Visa"),
                 ("401288", 16, "Visa"), ("453914", 16, "Visa"), ("455673", 16, "Visa"),
                 ("555555", 16, "Mastercard"), ("510510", 16, "Mastercard"),
                 ("222300", 16, "Mastercard"), ("520082", 16, "Mastercard"),
                 ("378282", 15, "Amex"), ("371449", 15, "Amex"), ("601111", 16, "Discover"),
                 ("601100", 16, "Discover"), ("356600", 16, "JCB"), ("305693", 14, "Diners")]


def card_raw():
    pre, n, brand = pick(CARD_PREFIXES)
    body = pre + rs(n - 1 - len(pre), DIG)
    return body + luhn_cd(body), brand


def group_card(num, sep=None):
    n = len(num)
    if n == 16:
        gs = pick([[4, 4, 4, 4]] * 6 + [[8, 8], [4, 4, 4, 4]])
    elif n == 15:
        gs = [4, 6, 5]
    else:
        gs = [4, 6, 4]
    if sep is None:
        sep = pick([" ", " ", " ", "-", "", ".", "  ", " - ", "/"])
    out, i = [], 0
    for g in gs:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def card(sep=None):
    raw, brand = card_raw()
    return group_card(raw, sep), raw, brand


def card_bad(sep=None):
    raw, brand = card_raw()
    if chance(0.5):
        last = (int(raw[-1]) + R.randint(1, 9)) % 10
        bad = raw[:-1] + str(last)
    else:
        while True:
            i = R.randint(6, len(raw) - 3)
            if raw[i] != raw[i + 1]:
                bad = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]
                if not luhn_ok(bad):
                    break
    assert not luhn_ok(bad)
    return group_card(bad, sep), bad, brand


def cvv_for(brand):
    return rs(4, DIG) if brand == "Amex" else rs(3, DIG)


def non_luhn_digits(n, first=None):
    while True:
        s = (first or str(R.randint(1, 9))) + rs(n - 1, DIG)
        if not luhn_ok(s):
            return s


# --------------------------------------------------------------------------
# IBAN / national accounts
def iban_cd(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(ib):
    ib = ib.replace(" ", "").upper()
    s = ib[4:] + ib[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for k, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + s % 26)


def it_account(abi=None):
    if abi is None:
        abi = pick(IT_BANKS)[1]
    cab = rs(5, DIG)
    conto = pick(["0000", "000", "1000", "CC00"]) 
    conto = conto + rs(12 - len(conto), DIG)
    cin = it_cin(abi, cab, conto)
    return abi, cab, conto, cin


def de_konto():
    base = rs(9, DIG)
    s = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return base + str((10 - s % 10) % 10)


def fr_cle(b, g, c):
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    r = 11 - sum(int(d) * w for d, w in zip(ten, ES_W)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def bank_parts(cc):
    """Returns (bban, parts dict)."""
    if cc == "IT":
        abi, cab, conto, cin = it_account()
        return cin + abi + cab + conto, dict(abi=abi, cab=cab, conto=conto, cin=cin)
    if cc == "DE":
        blz, kto = pick(DE_BLZ), de_konto()
        return blz + kto, dict(blz=blz, kto=kto)
    if cc == "FR":
        b, g, c = pick(FR_BANKS), rs(5, DIG), rs(11, DIG)
        k = fr_cle(b, g, c)
        return b + g + c + k, dict(b=b, g=g, c=c, k=k)
    if cc == "ES":
        e, o, c = pick(ES_BANKS), rs(4, DIG), rs(10, DIG)
        dc = f"{es_dc('00' + e + o)}{es_dc(c)}"
        return e + o + dc + c, dict(e=e, o=o, dc=dc, c=c)
    if cc == "GB":
        bank = pick(EN_BANKS)
        sc, acc = rs(6, DIG), rs(8, DIG)
        return bank[1] + sc + acc, dict(sc=sc, acc=acc, bank=bank)
    if cc == "NL":
        return pick(["ABNA", "INGB", "RABO", "TRIO"]) + rs(10, DIG), {}
    if cc == "BE":
        a = rs(10, DIG)
        m = int(a) % 97 or 97
        return a + "%02d" % m, {}
    if cc == "AT":
        return rs(5, DIG) + rs(11, DIG), {}
    if cc == "CH":
        return rs(5, DIG) + rs(12, DIG), {}
    if cc == "PT":
        b = rs(19, DIG)
        return b + "%02d" % (98 - (int(b) * 100) % 97), {}
    raise ValueError(cc)


def iban(cc=None, lang="it"):
    if cc is None:
        if lang == "it":
            cc = pick(["IT"] * 6 + ["DE", "FR", "ES", "AT", "CH"])
        else:
            cc = pick(["GB"] * 5 + ["IT", "DE", "FR", "ES", "NL", "BE", "PT"])
    bban, parts = bank_parts(cc)
    ib = cc + iban_cd(cc, bban) + bban
    assert iban_valid(ib)
    return ib, parts


def iban_bad(cc=None, lang="it"):
    ib, parts = iban(cc, lang)
    cd = int(ib[2:4])
    while True:
        nd = (cd + R.randint(1, 96)) % 97
        if nd >= 2:
            break
    bad = ib[:2] + "%02d" % nd + ib[4:]
    if bad[:2] == "IT":  # also break the CIN so the embedded BBAN is not valid
        c = bad[4]
        bad = bad[:4] + chr(65 + (ord(c) - 65 + R.randint(1, 25)) % 26) + bad[5:]
    if iban_valid(bad):
        return iban_bad(cc, lang)
    return bad


def fmt_iban(ib, style=None):
    if style is None:
        style = pick(["compact", "spaced", "spaced", "spaced", "fields", "lower"])
    if style == "compact":
        return ib
    if style == "lower" and chance(0.3):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    if style == "fields" and ib.startswith("IT"):
        return f"{ib[:2]} {ib[2:4]} {ib[4]} {ib[5:10]} {ib[10:15]} {ib[15:]}"
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def bic(lang):
    if lang == "it":
        b = pick(IT_BANKS)[2]
    else:
        b = pick(EN_BANKS)[2]
    return b + pick(["", "", "XXX"])


# --------------------------------------------------------------------------
# passwords, pins, tokens
IT_W = ["gabbiano", "lampone", "girasole", "tramonto", "pinguino", "cometa",
        "ciliegia", "fragola", "lucertola", "castagna", "farfalla", "marmotta",
        "gelsomino", "bussola", "trottola", "scoiattolo", "aquilone", "vesuvio",
        "dolomiti", "limone", "basilico", "cannolo", "tortellino", "mandorla"]
EN_W = ["sunflower", "pelican", "thunder", "maple", "harbour", "biscuit",
        "lantern", "cobalt", "meadow", "falcon", "pepper", "juniper", "walrus",
        "orchid", "saffron", "marble", "copper", "willow", "kipper", "crumpet"]


def password(lang="en"):
    w = IT_W if lang == "it" else EN_W
    k = R.randint(0, 8)
    a, b = pick(w), pick(w)
    if k == 0:
        return a.capitalize() + str(R.randint(1960, 2026)) + pick("!#$*?@")
    if k == 1:
        return a + pick("_.-") + rs(2, DIG)
    if k == 2:
        return a.capitalize() + b.capitalize() + pick("#!$") + str(R.randint(1, 99))
    if k == 3:
        return rs(R.randint(10, 14), AL + "!#$%*?@")
    if k == 4:
        tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
        return a.capitalize().translate(tr) + pick("!?#") + rs(2, DIG)
    if k == 5:
        return "-".join([a, b, pick(w)]) + "-" + rs(2, DIG)
    if k == 6:
        return rs(1, string.ascii_uppercase) + rs(7, LO) + rs(1, "!$#@") + rs(1, DIG)
    if k == 7:
        return a.capitalize() + "_" + b + str(R.randint(10, 99))
    return rs(4, string.ascii_uppercase) + rs(4, DIG) + rs(2, string.ascii_lowercase) + pick("!#")


def passphrase(lang):
    w = IT_W if lang == "it" else EN_W
    return " ".join(pick(w) for _ in range(R.randint(3, 4))) + " " + str(R.randint(1, 99))


def pin(n=None):
    n = n or pick([4, 4, 5, 6, 6])
    while True:
        p = rs(n, DIG)
        if len(set(p)) > 1:
            return p


def spell_digits(ds, lang, doubles=True, mix=0.0):
    words = IT_D if lang == "it" else EN_D
    toks, i = [], 0
    while i < len(ds):
        c = ds[i]
        if not c.isdigit():
            i += 1
            continue
        if mix and chance(mix):
            toks.append(c)
            i += 1
            continue
        if doubles and i + 1 < len(ds) and ds[i + 1] == c and chance(0.7):
            if c == "0" and lang == "it" and chance(0.5):
                toks.append("zero zero")
            elif lang == "it":
                toks.append("doppio " + words[int(c)])
            else:
                toks.append("double " + (pick(["oh", "zero"]) if c == "0" else words[int(c)]))
            i += 2
            continue
        if c == "0" and lang == "en" and chance(0.5):
            toks.append("oh")
        else:
            toks.append(words[int(c)])
        i += 1
    return " ".join(toks)


def spell_letters(pw, lang):
    toks = []
    for c in pw:
        if c.isalpha():
            up = c.upper()
            if lang == "it":
                t = f"{up} come {IT_PHON[up]}"
                if c.isupper():
                    t += " maiuscola"
                elif chance(0.4):
                    t += " minuscola"
            else:
                t = f"{up} for {NATO[up]}" if chance(0.5) else f"{NATO[up]}"
                if c.isupper():
                    t = "capital " + t
                elif chance(0.3):
                    t += " lowercase"
            toks.append(t)
        elif c.isdigit():
            toks.append(c if chance(0.5) else (IT_D if lang == "it" else EN_D)[int(c)])
        else:
            toks.append((IT_SYM if lang == "it" else EN_SYM).get(c, c))
    return ", ".join(toks)


def spellable_pw(lang):
    w = pick(IT_W if lang == "it" else EN_W)[:R.randint(4, 6)]
    w = w[0].upper() + w[1:]
    return w + rs(R.randint(1, 3), DIG) + pick(["", "!", "#", "@", "_"])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(kind="access"):
    hdr = pick([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": rs(8, LO)},
                {"typ": "JWT", "alg": "ES256"}])
    body = {"sub": str(R.randint(10000, 9999999)), "iat": R.randint(1700000000, 1760000000)}
    body["exp"] = body["iat"] + pick([900, 3600, 86400, 2592000])
    if kind == "refresh":
        body["typ"] = "refresh"
        body["jti"] = uuid4()
    else:
        body["scope"] = pick(["orders.read orders.write", "shipments", "pos", "read write", "invoices"])
    if chance(0.5):
        body["tenant"] = pick(["negozio-" + rs(4, LO), "store" + rs(3, DIG), "acme"])
    sig = rs(43, B64U) if hdr["alg"] != "ES256" else rs(86, B64U)
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(json.dumps(body, separators=(",", ":")).encode()) + "." + sig


def bearer():
    k = R.randint(0, 4)
    if k == 0:
        return jwt()
    if k == 1:
        return rs(pick([32, 40, 48, 64]), AL)
    if k == 2:
        return rs(40, HEX)
    if k == 3:
        return "EAA" + pick("BGI") + rs(R.randint(150, 190), AL)
    return rs(20, AL) + "." + rs(30, B64U)


def session_cookie():
    k = R.randint(0, 3)
    if k == 0:
        return "PHPSESSID", rs(26, "abcdefghijklmnopqrstuv0123456789")
    if k == 1:
        return "sessionid", rs(32, LO)
    if k == 2:
        return "connect.sid", "s%3A" + rs(32, B64U) + "." + rs(43, B64U)
    return "ASP.NET_SessionId", rs(24, "abcdefghijklmnopqrstuvwxyz012345")


def client_secret():
    k = R.randint(0, 3)
    if k == 0:
        return rs(pick([32, 40, 48]), AL)
    if k == 1:
        return "GOCSPX-" + rs(28, B64U)
    if k == 2:
        return rs(3, AL) + rs(1, DIG) + "Q~" + rs(34, AL + "_-.~")
    return rs(64, HEX)


def basic_blob(lang):
    u = pick(["negozio", "admin", "shop", "magazzino", "api", "store01", "ufficio"]) + rs(2, DIG)
    p = password(lang)
    return base64.b64encode(f"{u}:{p}".encode()).decode(), u, p


def refresh_token():
    k = R.randint(0, 6)
    if k == 0:
        return "1//0" + pick("cdeg") + rs(99, B64U)
    if k == 1:
        return "Atzr|IwEB" + rs(R.randint(180, 240), AL + "-")
    if k == 2:
        return "v^1.1#i^1#p^3#r^1#I^3#f^0#t^" + rs(160, AL + "+/") + "="
    if k == 3:
        return "AB11" + rs(46, AL)
    if k == 4:
        return jwt("refresh")
    if k == 5:
        return "0.A" + rs(R.randint(200, 280), B64U + ".")
    return rs(64, AL)


def vendor_key():
    """Returns (description, key); labels are in VK_NAMES."""
    k = R.randint(0, 17)
    if k == 0:
        return "aws", "AKIA" + rs(16, string.ascii_uppercase + "234567")
    if k == 1:
        return "aws_secret", rs(40, AL + "+/")
    if k == 2:
        return "stripe", pick(["sk_live_", "rk_live_", "sk_test_"]) + rs(pick([24, 99]), AL)
    if k == 3:
        return "stripe_wh", "whsec_" + rs(32, AL)
    if k == 4:
        return "github", pick(["ghp_", "gho_"]) + rs(36, AL)
    if k == 5:
        return "gitlab", "glpat-" + rs(20, AL + "-_")
    if k == 6:
        return "slack", "xoxb-" + rs(11, DIG) + "-" + rs(13, DIG) + "-" + rs(24, AL)
    if k == 7:
        return "slack_hook", "https://hooks.slack.com/services/T" + rs(8, UP) + "/B" + rs(10, UP) + "/" + rs(24, AL)
    if k == 8:
        return "google", "AIza" + rs(35, B64U)
    if k == 9:
        return "sendgrid", "SG." + rs(22, B64U) + "." + rs(43, B64U)
    if k == 10:
        return "twilio", "SK" + rs(32, HEX)
    if k == 11:
        return "mailgun", "key-" + rs(32, HEX)
    if k == 12:
        return "mailchimp", rs(32, HEX) + "-us" + str(R.randint(1, 21))
    if k == 13:
        return "openai", "sk-proj-" + rs(48, B64U) + rs(20, AL)
    if k == 14:
        return "anthropic", "sk-ant-api03-" + rs(93, B64U) + "AA"
    if k == 15:
        return "shopify", pick(["shpat_", "shpss_", "shpca_"]) + rs(32, HEX)
    if k == 16:
        return "telegram", str(R.randint(1000000000, 7999999999)) + ":AA" + rs(33, B64U)
    return "brevo", "xkeysib-" + rs(64, HEX) + "-" + rs(16, AL)


VK_NAMES = {"aws": ("AWS access key id", "AWS access key id"), "aws_secret": ("AWS secret access key", "AWS secret access key"),
            "stripe": ("chiave segreta Stripe", "Stripe secret key"), "stripe_wh": ("segreto webhook Stripe", "Stripe webhook secret"),
            "github": ("token GitHub", "GitHub token"), "gitlab": ("token GitLab", "GitLab token"),
            "slack": ("token del bot Slack", "Slack bot token"), "slack_hook": ("webhook Slack", "Slack webhook"),
            "google": ("chiave Google Maps", "Google Maps key"), "sendgrid": ("API key SendGrid", "SendGrid API key"),
            "twilio": ("chiave API Twilio", "Twilio API key"), "mailgun": ("chiave Mailgun", "Mailgun key"),
            "mailchimp": ("API key Mailchimp", "Mailchimp API key"), "openai": ("chiave OpenAI", "OpenAI key"),
            "anthropic": ("chiave Claude", "Claude API key"), "shopify": ("token Shopify", "Shopify token"),
            "telegram": ("token del bot Telegram", "Telegram bot token"), "brevo": ("chiave Brevo", "Brevo key")}


def pem():
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    if kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + rs(211, B64)
        nlines = None
    elif kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + rs(R.randint(300, 360), B64)
        nlines = 70
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEow" + rs(R.randint(700, 1100), B64)
        nlines = 64
    else:
        body = "MIIEv" + rs(R.randint(700, 1100), B64)
        nlines = 64
    w = nlines or 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    lines[-1] = lines[-1] + pick(["", "=", "=="])
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def hexid(n):
    return rs(n, HEX)


# ==========================================================================
# SECRET-BEARING TEMPLATES: each returns (style, text, [(kind, value), ...])
# ==========================================================================
def s_dictate_pin(lang):
    p = pin(pick([4, 4, 5, 6]))
    sp = spell_digits(p, lang, mix=pick([0, 0, 0.25]))
    n = first(lang)
    if lang == "it":
        pre = pick([f"Ok Google, manda un messaggio a {n}:", f"Ehi Siri, scrivi a {n}", f"Messaggio dettato per {n} -", f"Dettatura: a {n}"])
        body = pick([f"il pin del bancomat del negozio è {sp} virgola non darlo a nessuno",
                     f"il codice dell'allarme è {sp} lo fai appena entri punto",
                     f"il pin della carta carburante è {sp} mi raccomando",
                     f"pin della carta aziendale {sp} virgola poi cancella il messaggio",
                     f"ti ricordo il codice della cassaforte {sp} punto grazie"])
        return "dictation", f"{pre} {body}", [("pin", sp)]
    pre = pick([f"Hey Siri, text {n}", f"OK Google, send a message to {n}:", f"Dictated to {n} -", f"Voice message to {n}:"])
    body = pick([f"the card pin for the shop is {sp} don't tell anyone full stop",
                 f"alarm code is {sp} put it in as soon as you open up",
                 f"pin for the fuel card {sp} comma delete this after",
                 f"the safe code is {sp} thanks love"])
    return "dictation", f"{pre} {body}", [("pin", sp)]


def s_dictate_card(lang):
    c, raw, brand = card(" ")
    parts = c.split(" ")
    mix = pick([0, 0, 0.3])
    sp = ", ".join(spell_digits(g, lang, mix=mix) for g in parts)
    cv = cvv_for(brand)
    spc = spell_digits(cv, lang, doubles=False)
    n = first(lang)
    if lang == "it":
        t = pick([f"Ok Google scrivi a {n}: carta aziendale {sp}, scadenza {expiry()}, dietro {spc}",
                  f"Messaggio vocale per {n}: il numero della carta è {sp} e il codice di sicurezza è {spc} punto paga tu il fornitore",
                  f"Dettato: {n} la carta per l'ordine è {sp} virgola cvv {spc}"])
    else:
        t = pick([f"Hey Siri text {n}: company card {sp}, expiry {expiry()}, code on the back {spc}",
                  f"Voice message for {n}: card number is {sp} and the security code is {spc} full stop can you pay the supplier",
                  f"Dictated: {n} card for the order is {sp} comma CVV {spc}"])
    return "dictation", t, [("card_number", sp), ("cvv", spc)]


def s_voicemail_pw(lang):
    pw = password(lang)
    n, s = first(lang), shop(lang)
    if lang == "it":
        t = (f"Trascrizione segreteria ({R.randint(0, 1)}:{R.randint(10, 59)}) da {phone(lang)}\n"
             f"ciao sono {n} del {s} ehm vi chiamo per il gestionale allora la password nuova è {pw} "
             + pick([f"ripeto {pw} ", "", "tutto attaccato "]) + f"ok richiamatemi quando potete grazie ciao")
    else:
        t = (f"Voicemail from {phone(lang)} ({R.randint(0, 1)}:{R.randint(10, 59)})\nTranscription: "
             f"hi it's {n} from {s} um calling about the till software so the new password is {pw} "
             + pick([f"again that's {pw} ", "", "all one word "]) + "ok call me back when you can cheers bye")
    return "voicemail", t, [("password", pw)]


def s_voicemail_otp(lang):
    p = pin(6)
    spaced = pick([" ".join(p), p, p[:3] + " " + p[3:]])
    n = first(lang)
    if lang == "it":
        t = (f"Messaggio in segreteria – trascrizione automatica\nsì buongiorno sono {n} {last(lang)} mi avete detto di chiamare "
             f"quando arrivava il codice allora il codice che mi è arrivato per sms è {spaced} ecco fatemi sapere se va bene grazie")
    else:
        t = (f"New voicemail – automatic transcript (low confidence)\nyeah hi this is {n} {last(lang)} you said to ring back when the "
             f"text came through so the code I got is {spaced} let me know if that works thanks")
    return "voicemail", t, [("pin", spaced)]


def s_callcenter_pw(lang):
    pw = password(lang)
    tk = rs(6, DIG)
    secrets = [("password", pw)]
    if lang == "it":
        lab = pick(["pw", "pwd", "psw", "pass", "passw."])
        t = (f"{ttime()} cl. {last(lang).upper()} ({city(lang)}) – non accede area ris. Verif. identità OK (dn + cf). "
             f"Comunica {lab} attuale: {pw} -> bloccata. ")
        if chance(0.5):
            pw2 = password(lang)
            secrets.append(("password", pw2))
            t += f"Fatto reset, {pick(['psw', 'pw'])} temp. {pw2} comunicata a voce. "
        else:
            t += "Fatto reset, nuova psw inviata via sms. "
        t += f"Tk #{tk} – op. {first(lang)[0]}.{last(lang)[0]}."
    else:
        lab = pick(["pw", "pwd", "pass", "p/w"])
        t = (f"{ttime()} cust. {last(lang).upper()} ({city(lang)}) called re login. ID&V passed (DOB + postcode). "
             f"Cust read out {lab}: {pw} – acct locked. ")
        if chance(0.5):
            pw2 = password(lang)
            secrets.append(("password", pw2))
            t += f"Reset done, temp {pick(['pw', 'pwd'])} {pw2} given verbally. "
        else:
            t += "Reset done, temp pw sent by SMS. "
        t += f"Ref {tk} – agent {first(lang)}"
    return "callcenter-note", t, secrets


def s_callcenter_card(lang):
    c, raw, brand = card()
    cv = cvv_for(brand)
    o = rs(6, DIG)
    if lang == "it":
        t = pick([f"ord. tel. n. {o} – pagam. cc {c} scad {expiry()} cvv {cv} – intest. {person(lang).upper()} – cons. entro ven.",
                  f"{ttime()} chiamata sig.ra {last(lang)}: vuole pagare al tel. carta {brand} {c}, {pick(['cod. sic.', 'cvv', 'cvc', 'cod. retro'])} {cv}, scad. {expiry()}. Importo {amount(lang)}"])
    else:
        t = pick([f"phone order #{o} – pmt card {c} exp {expiry()} CVV {cv} – name on card {person(lang).upper()} – deliver Fri",
                  f"{ttime()} Mrs {last(lang)} rang, wants to pay over the phone: {brand} {c}, {pick(['sec code', 'CVV', 'CVC', '3 digits on back'])} {cv}, exp {expiry()}. Amt {amount(lang)}"])
    return "callcenter-note", t, [("card_number", c), ("cvv", cv)]


def s_sap_vendor(lang):
    rows, secrets = [], []
    for _ in range(R.randint(2, 4)):
        cc = pick(["IT", "IT", "DE", "FR", "ES"]) if lang == "it" else pick(["GB", "DE", "FR", "IT", "ES"])
        ib, p = iban(cc)
        if cc == "IT":
            bankl, bankn, bkont = p["abi"] + p["cab"], p["conto"], p["cin"]
        elif cc == "DE":
            bankl, bankn, bkont = p["blz"], p["kto"], ""
        elif cc == "FR":
            bankl, bankn, bkont = p["b"] + p["g"], p["c"], p["k"]
        elif cc == "ES":
            bankl, bankn, bkont = p["e"] + p["o"], p["c"], p["dc"]
        else:
            bankl, bankn, bkont = p["sc"], p["acc"], ""
        name = (shop(lang) + pick([" SRL", " SPA", " SNC"])) if lang == "it" else (shop(lang) + pick([" LTD", " LLP"]))
        rows.append("\t".join(["0000" + rs(6, DIG), name.upper(), cc, bankl, bankn, bkont, ib]))
        secrets.append(("iban", ib))
        secrets.append(("bank_account", bankn))
    hdr = "\t".join(["LIFNR", "NAME1", "BANKS", "BANKL", "BANKN", "BKONT", "IBAN"])
    intro = L(lang, f"Estrazione da SAP (LFBK) come chiesto, controllate le coordinate prima del pagamento del {date(lang)}:\n",
              f"SAP vendor bank export (LFBK) as requested, please check before the payment run on {date(lang)}:\n")
    return "erp-export", intro + hdr + "\n" + "\n".join(rows), secrets


def s_payroll(lang):
    if lang == "it":
        ib, _ = iban("IT")
        f = fmt_iban(ib)
        t = (f"ZUCCHETTI HR – Anagrafica dipendente\nMatricola: {rs(6, DIG)}\nCognome e nome: {last(lang).upper()} {first(lang).upper()}\n"
             f"Codice fiscale: {codice_fiscale()}\nQualifica: impiegato {R.randint(2, 5)}° livello\nModalità di pagamento: Bonifico\n"
             f"IBAN: {f}\nBanca: {pick(IT_BANKS)[0]} – filiale di {city(lang)}\nDecorrenza: {date(lang)}")
        return "hr-form", t, [("iban", f)]
    b = pick(EN_BANKS)
    sc = rs(6, DIG)
    acc = rs(8, DIG)
    scf = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    t = (f"New starter form – payroll\nEmployee no: {rs(5, DIG)}\nName: {person(lang)}\nStart date: {date(lang)}\nTax code: 1257L\n"
         f"Bank: {b[0]}\nSort code: {scf}\nAccount number: {acc}\nAccount name: {person(lang)}\nSigned: ____")
    return "hr-form", t, [("bank_account", acc)]


def s_csv_suppliers(lang):
    rows, secrets = [], []
    if lang == "it":
        hdr = "Codice;Ragione sociale;P.IVA;IBAN;Banca appoggio"
        for i in range(R.randint(2, 5)):
            ib, _ = iban("IT")
            f = fmt_iban(ib, pick(["compact", "spaced"]))
            rows.append(f"F{R.randint(100, 999)};{shop(lang)} srl;{piva()};{f};{pick(IT_BANKS)[0]}")
            secrets.append(("iban", f))
        intro = pick(["Export anagrafica fornitori da TeamSystem, ho tolto le colonne vuote:\n", "ecco il csv dei fornitori dal gestionale (Fatture in Cloud):\n"])
        return "csv", intro + hdr + "\n" + "\n".join(rows), secrets
    hdr = "*ContactName,EmailAddress,BankAccountName,BankAccountNumber,TaxNumber"
    for i in range(R.randint(2, 5)):
        sc, acc = rs(6, DIG), rs(8, DIG)
        v = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc}{acc}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}-{acc}"])
        nm = shop(lang)
        rows.append(f"{nm},accounts@{slug(nm)[:10]}.co.uk,{nm} Ltd,{v},GB{rs(9, DIG)}")
        secrets.append(("bank_account", v))
    intro = "Xero contacts export - the bank details column is what the supplier portal is rejecting:\n"
    return "csv", intro + hdr + "\n" + "\n".join(rows), secrets


def s_crm_pw(lang):
    pw = password(lang)
    u = pick(["dealer", "rivenditore", "shop", "agente"]) + rs(3, DIG) if lang == "it" else pick(["dealer", "trade", "partner"]) + rs(3, DIG)
    if lang == "it":
        t = (f"Attività: Chiamata – registrata da {person(lang)}\nOggetto: accesso portale rivenditori\n"
             f"Commenti: il cliente non riusciva a entrare. Gli ho dato le credenziali condivise: utente {u} / pw {pw}. "
             f"Detto di cambiarla al primo accesso.\nProssimo passo: richiamare {date(lang)}")
    else:
        t = (f"Activity: Call – Logged by {person(lang)}\nSubject: Portal access\nComments: Customer couldn't log in. "
             f"Gave him the shared dealer login: user {u} / pwd {pw}. Told him to change it.\nNext step: follow up {date(lang)}\nOpportunity: 0065g0000{rs(9, AL)}")
    return "crm-note", t, [("password", pw)]


def s_crm_key(lang):
    tok = f"pat-{pick(['na1', 'eu1'])}-{uuid4()}"
    if lang == "it":
        t = (f"Nota HubSpot su {shop(lang)}: il consulente ha creato la app privata per sincronizzare il gestionale. "
             f"Token app privata: {tok}\nScope: crm.objects.contacts.read, crm.objects.deals.write. Record ID {R.randint(10**9, 10**10)}")
    else:
        t = (f"HubSpot note on {shop(lang)}: consultant set up the private app for the stock sync.\nPrivate app token: {tok}\n"
             f"Scopes: contacts read, deals write. Record ID {R.randint(10**9, 10**10)}")
    return "crm-note", t, [("vendor_key", tok)]


def s_shopify(lang):
    api_key, sec, tok = rs(32, HEX), rs(32, HEX), "shpat_" + rs(32, HEX)
    if lang == "it":
        t = (f"Ho copiato la pagina dell'app personalizzata su Shopify, non so quale vi serve:\n\nApp: Sync Gestionale\nCredenziali API\n"
             f"Chiave API\n{api_key}\nChiave segreta API\n{sec}\nToken di accesso API Admin\n{tok}\nVersione webhook 2024-07")
    else:
        t = (f"copied the custom app page from Shopify admin, not sure which one you need:\n\nApp: Stock Sync\nAPI credentials\n"
             f"API key\n{api_key}\nAPI secret key\n{sec}\nAdmin API access token\n{tok}\nWebhooks API version 2024-07")
    return "shop-admin", t, [("client_secret", sec), ("vendor_key", tok)]


def s_woo(lang):
    ck, cs = "ck_" + rs(40, HEX), "cs_" + rs(40, HEX)
    if lang == "it":
        t = (f"WooCommerce > Impostazioni > Avanzate > REST API\nDescrizione: corriere\nUtente: {first(lang).lower()}\nPermessi: Lettura/Scrittura\n"
             f"Chiave utente: {ck}\nSegreto utente: {cs}\n(ho generato le chiavi adesso, mi dite se funzionano?)")
    else:
        t = (f"WooCommerce > Settings > Advanced > REST API\nDescription: courier\nUser: {first(lang).lower()}\nPermissions: Read/Write\n"
             f"Consumer key: {ck}\nConsumer secret: {cs}\n(generated them just now, can you check they work?)")
    return "shop-admin", t, [("vendor_key", ck), ("client_secret", cs)]


def s_prestashop(lang):
    k = rs(32, UP)
    if lang == "it":
        t = f"PrestaShop – Parametri avanzati – Webservice\nChiave: {k}\nDescrizione: gestionale magazzino\nStato: Sì\nvi serve altro? il negozio riapre alle 15"
    else:
        t = f"PrestaShop – Advanced Parameters – Webservice\nKey: {k}\nKey description: warehouse app\nStatus: Yes\nanything else? shop reopens at 3"
    return "shop-admin", t, [("access_token", k)]


def s_stripe_plugin(lang):
    sk = pick(["sk_live_", "rk_live_"]) + rs(pick([24, 99]), AL)
    secrets = [("vendor_key", sk)]
    wh = ""
    if chance(0.6):
        w = "whsec_" + rs(32, AL)
        secrets.append(("vendor_key", w))
        wh = L(lang, f"\nSegreto di firma webhook: {w}", f"\nWebhook signing secret: {w}")
    t = L(lang, f"Impostazioni > Pagamenti > Stripe\nModalità: Live\nChiave segreta: {sk}{wh}\nAccount: acct_{rs(16, AL)}\nil plugin dice 'chiave non valida' ma l'ho copiata giusta",
          f"Settings > Payments > Stripe\nMode: Live\nSecret key: {sk}{wh}\nAccount: acct_{rs(16, AL)}\nplugin says 'invalid key' but I copied it exactly")
    return "shop-admin", t, secrets


def s_paypal(lang):
    cid, sec = "A" + rs(79, B64U), "E" + rs(79, B64U)
    t = L(lang, f"Dati app PayPal (Live) per il sito:\nClient ID: {cid}\nSecret: {sec}\nIl tecnico dice che servono tutti e due. Grazie",
          f"PayPal app details (Live) for the website:\nClient ID: {cid}\nSecret: {sec}\nThe web guy says you need both. Thanks")
    return "shop-admin", t, [("client_secret", sec)]


def s_pos_pin(lang):
    p = pin(pick([4, 5, 6]))
    tid = rs(8, DIG)
    if lang == "it":
        t = pick([f"Terminale {pick(['Ingenico Move/5000', 'PAX A920', 'Verifone V240m'])} – TID {tid}\nil tecnico ha lasciato scritto: PIN operatore {p} per chiusura contabile e storni. Il POS si blocca dopo la chiusura, cosa faccio?",
                  f"scusate il POS chiede il codice gestore per fare lo storno, sul foglio c'è scritto 'cod. gestore: {p}' ma non lo accetta. TID {tid}"])
    else:
        t = pick([f"Terminal {pick(['Ingenico Move/5000', 'PAX A920', 'Verifone V240m'])} – TID {tid}\nengineer left a note: supervisor PIN {p} for end of day and refunds. Terminal freezes after Z report, what do I do?",
                  f"hi the card machine wants the manager code for a refund, the sheet says 'mgr code: {p}' but it won't take it. TID {tid}"])
    return "pos-note", t, [("pin", p)]


def s_bank_letter(lang):
    bn = pick(IT_BANKS)
    if lang == "it":
        abi, cab, conto, cin = it_account(bn[1])
        bb = cin + abi + cab + conto
        ib, p = "IT" + iban_cd("IT", bb) + bb, {}
    else:
        ib, p = iban("GB")
    f = fmt_iban(ib, pick(["spaced", "fields", "compact"]))
    secrets = [("iban", f)]
    extra = ""
    if chance(0.5):
        code = pin(pick([6, 8]))
        secrets.append(("pin", code))
        extra = L(lang, f"\nIl codice di attivazione dell'app è: {code} (valido 72 ore).",
                  f"\nYour app activation code is: {code} (valid for 72 hours).")
    if lang == "it":
        cty = city(lang)
        t = (f"{bn[0]} – Filiale di {cty}\n{cty}, {date(lang)}\nOggetto: comunicazione coordinate del nuovo conto\n\n"
             f"Gentile Cliente,\nLe comunichiamo le coordinate del conto a Lei intestato:\nIBAN: {f}\nBIC: {bn[2]}{extra}\n"
             f"Il PIN della carta di debito Le sarà inviato con separata comunicazione.\nCordiali saluti")
    else:
        t = (f"{p['bank'][0]} – {city(lang)} branch\n{date(lang)}\nRe: your new account details\n\nDear Customer,\n"
             f"Your new account is now open.\nIBAN: {f}\nBIC: {p['bank'][2]}{extra}\nYour card PIN will be sent separately.\nYours faithfully")
    return "bank-letter", t, secrets


def s_bank_pin_letter(lang):
    p = pin(pick([4, 5]))
    fmt = pick([p, " ".join(p), "-".join(p)])
    if lang == "it":
        t = (f"[foto della lettera, trascritta]\nGentile Cliente, come da Sua richiesta Le comunichiamo il PIN della carta n. **** {rs(4, DIG)}:\n\n   {fmt}\n\n"
             f"Memorizzi il codice e distrugga la presente.\n\n-- me l'ha mandata mia madre, dice che non le funziona al bancomat, potete aiutarla?")
    else:
        t = (f"[photo of letter, typed out]\nDear Customer, as requested here is the PIN for card ending {rs(4, DIG)}:\n\n   {fmt}\n\n"
             f"Memorise it and destroy this letter.\n\n-- my dad sent me this, the cash machine keeps rejecting it, can you help him?")
    return "bank-letter", t, [("pin", fmt)]


def s_accountant(lang):
    if lang == "it":
        pw = password(lang)
        p1, p2 = pin(4), pin(6)
        t = (f"Dott. {last(lang)},\nle mando le credenziali Fisconline di mia moglie così fa lei il 730:\ncodice fiscale {codice_fiscale()}\n"
             f"password {pw}\nPIN: le prime quattro cifre sono {p1}, le altre sei arrivate per posta sono {p2}\n\nGrazie, {first(lang)}\n"
             f"Inviato da smartphone")
        return "email", t, [("password", pw), ("pin", p1), ("pin", p2)]
    pw = password(lang)
    t = (f"Hi {first(lang)},\nfor the HMRC Government Gateway it's user ID {rs(2, DIG)} {rs(2, DIG)} {rs(2, DIG)} {rs(2, DIG)} {rs(2, DIG)} {rs(2, DIG)} "
         f"and password {pw} – please file the VAT return before the {R.randint(1, 7)}th.\nThanks\n{first(lang)}\nSent from my iPad")
    return "email", t, [("password", pw)]


def s_insurance(lang):
    c, raw, brand = card()
    cv = cvv_for(brand)
    if lang == "it":
        t = (f"MODULO DI ADESIONE – Polizza RC Auto n. {rs(9, DIG)}\nContraente: {person(lang)}\nTarga: {rs(2, string.ascii_uppercase)}{rs(3, DIG)}{rs(2, string.ascii_uppercase)}\n"
             f"Premio annuo: {amount(lang)}\nPagamento: carta di credito\nNumero carta: {c}\nScadenza: {expiry()}\n"
             f"{pick(['CVV2', 'Codice di sicurezza (3 cifre sul retro)', 'CVC'])}: {cv}\nFirma: ______")
    else:
        t = (f"APPLICATION FORM – Home Insurance policy {rs(3, string.ascii_uppercase)}{rs(7, DIG)}\nPolicyholder: {person(lang)}\n"
             f"Annual premium: {amount(lang)}\nPayment method: credit card\nCard number: {c}\nExpiry: {expiry()}\n"
             f"{pick(['Security code', 'CVV', 'CVC (3 digits on the back)'])}: {cv}\nSignature: ______")
    return "insurance-form", t, [("card_number", c), ("cvv", cv)]


def s_utility_sepa(lang):
    ib, _ = iban("IT" if lang == "it" else pick(["GB", "GB", "IE" if False else "GB"]))
    f = fmt_iban(ib)
    if lang == "it":
        t = (f"Mandato SEPA – domiciliazione bollette\nFornitura: energia elettrica\nCodice POD: IT001E{rs(8, DIG)}\nCodice cliente: {rs(9, DIG)}\n"
             f"Intestatario del conto: {person(lang)}\nIBAN di addebito: {f}\nData: {date(lang)}\nsalve ho compilato il modulo ma sul portale da errore")
    else:
        t = (f"Direct Debit Instruction – energy account {rs(10, DIG)}\nMPAN: {rs(2, DIG)} {rs(4, DIG)} {rs(4, DIG)} {rs(3, DIG)}\n"
             f"Account holder: {person(lang)}\nIBAN: {f}\nDate: {date(lang)}\nhi I filled this in but your website keeps saying error")
    return "utility-form", t, [("iban", f)]


def s_condo(lang):
    secrets = []
    if lang == "it":
        ib, _ = iban("IT")
        f = fmt_iban(ib)
        secrets.append(("iban", f))
        t = (f"Condominio {pick(['Le Magnolie', 'Via Verdi 12', 'Residence Sole', 'Parco dei Pini'])} – comunicazione ai condòmini\n"
             f"Le rate del preventivo {R.randint(2024, 2026)} vanno versate sul c/c condominiale IBAN {f} entro il {date(lang)}.")
        if chance(0.6):
            pw = password(lang)
            secrets.append(("password", pw))
            t += f"\nPer il portale condomini: utente = vostro codice fiscale, password provvisoria {pw}"
        t += "\nL'amministratore"
        return "condo-notice", t, secrets
    sc, acc = rs(6, DIG), rs(8, DIG)
    if chance(0.5):
        t = (f"Dear tenant,\nfrom next month please pay rent to our client account:\nAccount name: {last(lang)} Lettings Client A/C\n"
             f"Sort code: {sc[:2]}-{sc[2:4]}-{sc[4:]}\nAccount no: {acc}\nRef: your flat number")
        secrets.append(("bank_account", acc))
    else:
        v = f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}"
        t = f"hi, the landlord says rent now goes to {v} (sort code + acct), is that right? the old one was different. thx"
        secrets.append(("bank_account", v))
    if chance(0.4):
        pw = password(lang)
        secrets.append(("password", pw))
        t += f"\nTenant portal temporary password: {pw}"
    return "letting-notice", t, secrets


def s_hotel(lang):
    c, raw, brand = card()
    cv = cvv_for(brand)
    secrets = [("card_number", c)]
    cvpart = ""
    if chance(0.8):
        secrets.append(("cvv", cv))
        cvpart = L(lang, f" – CVC {cv}", f" – CVC {cv}")
    res = rs(10, DIG)
    if lang == "it":
        t = (f"Prenotazione #{res} – {last(lang).upper()} {first(lang)} – arrivo {date(lang)}, 3 notti, dus\n"
             f"Garanzia: {brand} {c} scad. {expiry()}{cvpart}\nNo-show: addebito prima notte. Note: arriva tardi, lasciare chiave al bar")
    else:
        t = (f"Reservation #{res} – {last(lang).upper()}, {first(lang)} – arr {date(lang)}, 2 nts, DBL\n"
             f"Guarantee: {brand} {c} exp {expiry()}{cvpart}\nNo-show: charge first night. Notes: late arrival, key at bar")
    if chance(0.3):
        pw = password(lang)
        secrets.append(("password", pw))
        t += L(lang, f"\nextranet Booking nuova pw: {pw} (cambiata da {first(lang)})", f"\nBooking extranet new pw: {pw} (changed by {first(lang)})")
    return "front-desk", t, secrets


def s_travel(lang):
    pnr = rs(6, string.ascii_uppercase.replace("O", "") + "23456789")
    if chance(0.5):
        c, raw, brand = card()
        cv = cvv_for(brand)
        if lang == "it":
            t = (f"Pratica n. {R.randint(2024, 2026)}/{rs(4, DIG)} – pax {last(lang).upper()}/{first(lang).upper()} SIG – PNR {pnr}\n"
                 f"Volo {rs(2, string.ascii_uppercase)}{rs(4, DIG)} del {date(lang)}\nPagamento con carta cliente {c} scad {expiry()} cvv {cv}\nemettere entro oggi!!")
        else:
            t = (f"File {rs(5, DIG)} – pax {last(lang).upper()}/{first(lang).upper()} MR – PNR {pnr}\n"
                 f"Flight {rs(2, string.ascii_uppercase)}{rs(4, DIG)} on {date(lang)}\nPay with client card {c} exp {expiry()} cvv {cv}\nticket today pls!!")
        return "travel-booking", t, [("card_number", c), ("cvv", cv)]
    pw = password(lang)
    sys_ = pick(["Amadeus", "Sabre", "portale Alpitour" if lang == "it" else "TUI trade portal", "Galileo"])
    t = L(lang, f"{first(lang)} sono in ferie, per {sys_} usa il mio utente {first(lang).lower()}.{last(lang).lower()} con password {pw} – la pratica del PNR {pnr} è da chiudere",
          f"{first(lang)} I'm on leave, for {sys_} use my login {first(lang).lower()}.{last(lang).lower()} password {pw} – PNR {pnr} needs ticketing")
    return "travel-booking", t, [("password", pw)]


def s_school(lang):
    child = f"{first(lang)} {last(lang)}"
    if chance(0.6):
        pw = password(lang)
        u = f"{slug(child)[:10]}{rs(2, DIG)}"
        t = L(lang, f"Gentili genitori di {child} (classe {R.randint(1, 5)}{pick('ABCD')}),\nle credenziali del registro elettronico sono:\nutente: {u}\npassword: {pw}\nAl primo accesso verrà chiesto di cambiarla.\nLa Segreteria",
              f"Dear parents of {child} (Year {R.randint(3, 11)}),\nyour login for the parent portal:\nusername: {u}\npassword: {pw}\nYou will be asked to change it on first login.\nSchool Office")
        return "school-notice", t, [("password", pw)]
    p = pin(pick([4, 6]))
    t = L(lang, f"Segreteria: per prenotare i colloqui con i docenti di {child} usate il PIN {p} nell'app. Non condividetelo.",
          f"School office: to book parents' evening slots for {child} use PIN {p} in the app. Please don't share it.")
    return "school-notice", t, [("pin", p)]


def typo(s, rate=0.04):
    out = []
    for ch in s:
        if ch.isalpha() and chance(rate):
            k = R.randint(0, 2)
            if k == 0:
                continue
            if k == 1:
                out.append(ch + ch)
                continue
            out.append(pick("qwertyuiopasdfghjkl"))
            continue
        out.append(ch)
    return "".join(out)


def s_phone_ticket(lang):
    pw = password(lang)
    if lang == "it":
        pre = typo(pick(["ciao nn riesco ad entrare nel gestionale, ho provato la", "buongiorno non mi fa accedere alla cassa ho messo la",
                         "raga nn va piu niente, la"]))
        post = typo(pick(["ma mi da errore, mi potete resettare? grz", "e dice password errata. urgente x favore",
                          "e niente. chiamatemi"]))
        t = f"{pre} {pick(['psw', 'pw', 'password', 'passw'])} {pw} {post}\n\nInviato da iPhone"
    else:
        pre = typo(pick(["hi cant log in to the till app, tried", "morning, locked out of the booking system, used", "help!! tried"]))
        post = typo(pick(["like 5 times now its locked?? pls help asap", "and it says wrong password", "nothing works call me"]))
        t = f"{pre} {pick(['pasword', 'pwd', 'password', 'pw'])} {pw} {post}\n\nSent from my iPhone"
    return "phone-ticket", t, [("password", pw)]


def s_mixed_lang(lang):
    k = R.randint(0, 2)
    if k == 0:
        cs = client_secret()
        t = L(lang, f"Ciao team, the client secret per l'integrazione con il corriere è {cs}, l'ho preso dal developer portal. Thanks mille!",
              f"Hi guys, ecco il client secret for the courier integration: {cs} – got it from the portale sviluppatori. Grazie!")
        return "chat", t, [("client_secret", cs)]
    if k == 1:
        pw = password(lang)
        t = L(lang, f"Buongiorno, the password for the gestionale è {pw} – please non cambiatela che la usano in tre",
              f"Hi, here's the password for the gestionale: {pw} – grazie mille and sorry for the delay")
        return "chat", t, [("password", pw)]
    ib, _ = iban(lang=lang)
    f = fmt_iban(ib)
    t = L(lang, f"Hello, per il refund please use this IBAN: {f} – intestato a {person(lang)}. Ciao!",
          f"Hello, for the rimborso please use this IBAN {f}, account holder {person(lang)}. Grazie!")
    return "chat", t, [("iban", f)]


def s_correction(lang):
    k = R.randint(0, 3)
    if k == 0:
        a, b = password(lang), password(lang)
        t = L(lang, pick([f"la password è {a}\n...\nscusate ho sbagliato, quella giusta è {b}",
                          f"psw: {a}\nno aspetta quella è vecchia. è {b}"]),
              pick([f"the password is {a}\n...\nsorry, the password is actually {b}",
                    f"pw: {a}\nwait no that's the old one, it's {b}"]))
        return "chat", t, [("password", a), ("password", b)]
    if k == 1:
        a, b = pin(6), pin(6)
        t = L(lang, f"il codice arrivato è {a}... scusate ho sbagliato, il codice giusto è {b}",
              f"code I got is {a}... sorry misread it, the right code is {b}")
        return "chat", t, [("pin", a), ("pin", b)]
    if k == 2:
        bad, _, _ = card_bad(" ")
        good, _, brand = card(" ")
        t = L(lang, f"carta {bad}\nah no scusate ho invertito due numeri: {good}",
              f"card {bad}\noops sorry swapped two digits, it's {good}")
        return "chat", t, [("card_number", good)]
    bad = iban_bad(lang=lang)
    good, _ = iban(lang=lang)
    t = L(lang, f"IBAN per il rimborso: {fmt_iban(bad, 'spaced')}\nscusate ho copiato male, quello giusto è {good}",
          f"IBAN for the refund: {fmt_iban(bad, 'spaced')}\nsorry copied it wrong, correct one is {good}")
    return "chat", t, [("iban", good)]


def wa_line(lang, who, msg, hh=None):
    hh = hh or ttime()
    d = date("en") if False else f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/25"
    return pick([f"[{d}, {hh}:{R.randint(10, 59)}] {who}: {msg}", f"{who} ({hh}): {msg}", f"{hh} {who}: {msg}"])


def wa_chat(lang, who, msgs):
    fmt = R.randint(0, 2)
    h, m = R.randint(7, 21), R.randint(0, 50)
    d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/25"
    out = []
    for msg in msgs:
        hh = f"{h:02d}:{m:02d}"
        if fmt == 0:
            out.append(f"[{d}, {hh}:{R.randint(10, 59)}] {who}: {msg}")
        elif fmt == 1:
            out.append(f"{who} ({hh}): {msg}")
        else:
            out.append(f"{hh} {who}: {msg}")
        m = min(59, m + R.randint(0, 2))
    return "\n".join(out)


def s_two_messages(lang):
    who = person(lang)
    k = R.randint(0, 2)
    if k == 0:
        pw = password(lang)
        m1 = L(lang, pick(["ti mando la password in un messaggio a parte", "la pw te la scrivo sotto", "utente è " + first(lang).lower() + ", la password nel prossimo msg"]),
               pick(["sending the password in a separate message", "pw in next msg", "username is " + first(lang).lower() + ", password next message"]))
        return "whatsapp", wa_chat(lang, who, [m1, pw]), [("password", pw)]
    if k == 1:
        c, raw, brand = card()
        cv = cvv_for(brand)
        m1 = L(lang, f"carta {c}", f"card {c}")
        m2 = L(lang, pick([f"e il cvv è {cv}", f"codice dietro {cv}", f"cvv {cv} scad {expiry()}"]),
               pick([f"and cvv is {cv}", f"code on back {cv}", f"cvv {cv} exp {expiry()}"]))
        return "whatsapp", wa_chat(lang, who, [m1, m2]), [("card_number", c), ("cvv", cv)]
    ib, _ = iban(lang=lang)
    f = fmt_iban(ib)
    m1 = L(lang, "ok ti giro le coordinate per il bonifico", "ok here are the bank details for the transfer")
    m2 = f
    m3 = L(lang, f"intestato a {who}", f"name: {who}")
    return "whatsapp", wa_chat(lang, who, [m1, m2, m3]), [("iban", f)]


def s_position(lang):
    if chance(0.6):
        c, raw, brand = card()
        l4 = raw[-4:]
        t = L(lang, pick([f"le ultime 4 sono {l4}, per intero è {c}", f"la carta che finisce con {l4}... ve la scrivo tutta: {c} scad {expiry()}"]),
              pick([f"the last 4 are {l4}, the full one is {c}", f"card ending {l4} – full number {c}, exp {expiry()}"]))
        return "chat", t, [("card_number", c)]
    ib, _ = iban(lang=lang)
    f = fmt_iban(ib, "spaced")
    t = L(lang, f"l'IBAN che finisce con {ib[-4:]}, quello nuovo, per intero: {f}",
          f"the IBAN ending {ib[-4:]} (the new one), full: {f}")
    return "chat", t, [("iban", f)]


def s_letters(lang):
    pw = spellable_pw(lang)
    sp = spell_letters(pw, lang)
    also = chance(0.4)
    if lang == "it":
        t = f"{ttime()} al telefono con {person(lang)}, mi detta la password del wifi del negozio: {sp}."
        if also:
            t += f" quindi {pw}"
    else:
        t = f"{ttime()} on the phone with {person(lang)}, reading me the admin password: {sp}."
        if also:
            t += f" so that's {pw}"
    sec = [("password", sp)]
    if also:
        sec.append(("password", pw))
    return "callcenter-note", t, sec


def s_foreign_word(lang):
    pw = password("en")
    w = pick(["Passwort", "Kennwort", "mot de passe", "contraseña", "clave"])
    if lang == "it":
        t = pick([f"Il collega della sede di Monaco mi ha scritto '{w}: {pw}' per il portale fornitori, va messo in maiuscolo?",
                  f"fornitore francese: accesso al loro B2B con utente {first(lang).lower()} e {w} {pw}. Ho provato ma non entra",
                  f"dal cliente spagnolo: '{w}: {pw}' — è per il loro FTP, scaricate voi i listini?"])
    else:
        t = pick([f"Our Munich office sent '{w}: {pw}' for the supplier portal – is it case sensitive?",
                  f"French supplier gave us their B2B login, user {first(lang).lower()}, {w} {pw}. doesn't work",
                  f"from the Spanish client: '{w}: {pw}' – it's for their FTP, can you grab the price lists?"])
    return "email", t, [("password", pw)]


def s_sms_forward(lang):
    p = pin(pick([6, 6, 8, 5]))
    if lang == "it":
        bank = pick(["Intesa Sanpaolo", "UniCredit", "BancoPosta", "Fineco", "BPER"])
        t = pick([f"Inoltrato:\n\"{bank}: il codice per autorizzare il bonifico di {amount(lang)} è {p}. Non comunicarlo a nessuno.\"\nè normale? non ho fatto io il bonifico",
                  f"mi è arrivato questo sms: {bank} – codice OTP {p} per accesso da nuovo dispositivo. lo devo dare a voi?",
                  f"> Il tuo codice di verifica SPID è {p}\nvi serve questo per finire la pratica?"])
    else:
        bank = pick(["Barclays", "Monzo", "NatWest", "HSBC", "Revolut"])
        t = pick([f"Fwd:\n\"{bank}: your code to approve the payment of {amount(lang)} is {p}. Never share this code.\"\nis this normal? I didn't make that payment",
                  f"got this text: {bank} – one-time passcode {p} for new device sign in. do you need it?",
                  f"> Your verification code is {p}\nis this what you need to finish setting up?"])
    return "sms", t, [("pin", p)]


def s_conn_url(lang):
    pw = password(lang)
    pwu = pw.replace("@", "%40").replace("#", "%23").replace("?", "%3F").replace("$", "%24")
    u = pick(["negozio", "admin", "shop", "ufficio", "scanner", "webmaster", "info"])
    d = domain(lang)
    k = R.randint(0, 4)
    if k == 0:
        url = f"ftp://{u}:{pwu}@ftp.{d}/public_html"
        pre = L(lang, "Dati FTP lasciati dal vecchio webmaster:", "FTP details left by the old web guy:")
    elif k == 1:
        url = f"smtps://info%40{d}:{pwu}@smtp.{d}:465"
        pre = L(lang, "impostazione invio mail dal gestionale (copiata dalla schermata):", "outgoing mail setting from the till software (copied from the screen):")
    elif k == 2:
        url = f"mysql://{u}:{pwu}@localhost:3306/prestashop"
        pre = L(lang, "il tecnico ha scritto questa riga nel file del sito:", "the tech put this line in the website file:")
    elif k == 3:
        url = f"smb://{u}:{pwu}@192.168.1.{R.randint(2, 250)}/scansioni"
        pre = L(lang, "la stampante multifunzione salva le scansioni qui:", "the office printer saves scans to:")
    else:
        url = f"imaps://{u}%40{d}:{pwu}@imap.{d}:993/INBOX"
        pre = L(lang, "account posta configurato sul tablet della cassa:", "mail account on the till tablet:")
    post = L(lang, " – da ieri non funziona più", " – stopped working yesterday")
    return "config-copy", f"{pre}\n{url}{post}", [("password", pwu)]


def s_private_key(lang):
    if chance(0.3):
        body = "MIIEvg" + rs(R.randint(900, 1200), B64)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        k = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
        proj = pick(["negozio-sheets", "inventario-2024", "stock-sync", "bookings-sheet"]) + "-" + rs(6, DIG)
        js = ('{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(40, HEX) +
              '",\n  "private_key": "' + k + '",\n  "client_email": "sync@' + proj + '.iam.gserviceaccount.com",\n  "client_id": "' + rs(21, DIG) + '"\n}')
        pre = L(lang, "per collegare il foglio Google degli ordini il ragazzo mi ha dato questo file json, va bene?",
                "to link the orders Google Sheet the lad gave me this json file, is that ok?")
        return "json", pre + "\n" + js, [("private_key", k)]
    k = pem()
    pre = L(lang, pick(["il commercialista ci ha mandato questo file per la firma delle fatture elettroniche, lo incollo qui:",
                        "la web agency ha lasciato questa chiave per il server, a cosa serve?",
                        "file 'chiave_banca.key' per il remote banking CBI (apro con blocco note):"]),
                pick(["our accountant sent this file for signing e-invoices, pasting it here:",
                      "the web agency left this key for the server, what is it for?",
                      "file 'bank_sftp.key' for the payroll upload (opened in Notepad):"]))
    post = L(lang, "\ngrazie", "\nthanks")
    return "email", f"{pre}\n{k}{post}", [("private_key", k)]


def s_refresh(lang):
    rt = refresh_token()
    k = R.randint(0, 3)
    if k == 0:
        at = bearer()
        txt = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt}, indent=2)
        pre = L(lang, "Make.com mi mostra questo nella connessione a Xero, è giusto?\n", "Make.com shows this in the Xero connection, is it right?\n")
        return "config-copy", pre + txt, [("access_token", at), ("refresh_token", rt)]
    if k == 1:
        t = L(lang, f"Seller Central > App > credenziali LWA\nRefresh token: {rt}\nil programma di spedizioni dice 'token scaduto'",
              f"Seller Central > Apps > LWA credentials\nRefresh token: {rt}\nthe shipping program says 'token expired'")
        return "shop-admin", t, [("refresh_token", rt)]
    if k == 2:
        t = L(lang, f"dal log di Zapier:\nrefresh_token={rt}&grant_type=refresh_token\nrisposta: invalid_grant",
              f"from the Zapier log:\nrefresh_token={rt}&grant_type=refresh_token\nresponse: invalid_grant")
        return "log", t, [("refresh_token", rt)]
    t = L(lang, f"Token di aggiornamento (QuickBooks): {rt}\nCompany ID: {rs(19, DIG)}\nscade tra 100 giorni dice",
          f"Refresh token (QuickBooks): {rt}\nRealm ID: {rs(19, DIG)}\nsays it expires in 100 days")
    return "config-copy", t, [("refresh_token", rt)]


def s_access(lang):
    k = R.randint(0, 4)
    if k == 0:
        name, v = session_cookie()
        t = L(lang, f"l'assistenza del sito mi ha detto di copiare il cookie, eccolo: {name}={v}; path=/",
              f"your colleague asked me to copy the cookie from the browser: {name}={v}; path=/")
        return "chat", t, [("access_token", v)]
    if k == 1:
        b = bearer()
        t = L(lang, f"Impostazioni corriere > API\nAuthorization: Bearer {b}\nstato: 401 dopo l'aggiornamento",
              f"Courier settings > API\nAuthorization: Bearer {b}\nstatus: 401 since the update")
        return "shop-admin", t, [("access_token", b)]
    if k == 2:
        b = "EAA" + pick("BGI") + rs(R.randint(150, 190), AL)
        t = L(lang, f"la ragazza dei social mi ha lasciato il token della pagina Facebook: {b} – serve per il catalogo?",
              f"our social media girl left the Facebook page token: {b} – do you need it for the catalogue?")
        return "chat", t, [("access_token", b)]
    if k == 3:
        j = jwt()
        t = L(lang, f"il gestionale cassa mostra 'token: {j}' in basso nella pagina errore, vi può servire?",
              f"the till app shows 'token: {j}' at the bottom of the error page, does that help?")
        return "phone-ticket", t, [("access_token", j)]
    key = rs(pick([32, 40]), AL)
    t = L(lang, f"Chiave API del vostro servizio (presa dal pannello Impostazioni > Sviluppatori): {key}\nfunziona per l'app del magazzino?",
          f"API key for your service (from Settings > Developers): {key}\nwill this work for the warehouse app?")
    return "shop-admin", t, [("access_token", key)]


def s_basic(lang):
    blob, u, p = basic_blob(lang)
    k = R.randint(0, 2)
    if k == 0:
        t = L(lang, f"Configurazione webservice {pick(['BRT', 'GLS', 'SDA', 'DHL'])}:\nURL: https://api.corriere.example/shipments\nHeader: Authorization: Basic {blob}\nmi risponde 403",
              f"{pick(['DPD', 'Evri', 'DHL', 'Royal Mail'])} web service config:\nURL: https://api.courier.example/shipments\nHeader: Authorization: Basic {blob}\ngetting 403")
        return "config-copy", t, [("client_secret", blob)]
    if k == 1:
        pair = f"{u}:{p}"
        t = L(lang, f"il tecnico ha usato questo comando: curl -u {pair} https://gestionale.{domain(lang)}/api/ordini",
              f"the tech ran this: curl -u {pair} https://stock.{domain(lang)}/api/orders")
        return "chat", t, [("client_secret", pair)]
    pair = f"{u}:{p}"
    t = L(lang, f"credenziali webservice fornitore (formato utente:password): {pair}", f"supplier web service login (user:password format): {pair}")
    return "email", t, [("client_secret", pair)]


def s_oauth_secret(lang):
    cid = pick(["acme-pay-prod", "negozio-sync", "pos-bridge-" + rs(4, LO), rs(12, DIG) + "-" + rs(32, LO) + ".apps.googleusercontent.com"])
    cs = client_secret()
    t = L(lang, f"App registrata sul portale del corriere:\nclient_id: {cid}\nclient_secret: {cs}\nredirect: https://{domain(lang)}/callback",
          f"App registered on the courier portal:\nclient_id: {cid}\nclient_secret: {cs}\nredirect: https://{domain(lang)}/callback")
    return "shop-admin", t, [("client_secret", cs)]


def s_vendor(lang):
    desc, key = vendor_key()
    nm = VK_NAMES[desc][0 if lang == "it" else 1]
    ctx_it = pick([f"la web agency ci ha lasciato la {nm} per il sito: {key}",
                   f"nel plugin c'è scritto {nm} = {key}, la devo cambiare?",
                   f"ho trovato su un post-it del freelance: {key} ({nm})",
                   f"{nm}: {key}\ndopo il rinnovo il modulo non va più"])
    ctx_en = pick([f"the web agency left us the {nm} for the site: {key}",
                   f"plugin settings say {nm} = {key}, should I change it?",
                   f"found on the freelancer's sticky note: {key} ({nm})",
                   f"{nm}: {key}\nmodule stopped working after renewal"])
    t = ctx_it if lang == "it" else ctx_en
    secrets = [("vendor_key", key)]
    if desc == "aws" and chance(0.7):
        sk = rs(40, AL + "+/")
        t += L(lang, f"\nsecret: {sk}", f"\nsecret: {sk}")
        secrets.append(("vendor_key", sk))
    if desc == "twilio" and chance(0.7):
        t += f"\nAccount SID AC{rs(32, HEX)}"
    return "email", t, secrets


def s_iban_chat(lang):
    ib, _ = iban(lang=lang)
    f = fmt_iban(ib)
    t = L(lang, pick([f"ok per la caparra fai il bonifico qui {f} causale: nome + data arrivo",
                      f"mandami i soldi su questo {f} intestato a me grazie",
                      f"Spett.le ditta, per il saldo fattura usate l'IBAN {f}. Cordiali saluti"]),
          pick([f"for the deposit transfer to {f} ref: your name + arrival date",
                f"send it to {f} it's in my name, thanks",
                f"Dear Sirs, please settle the invoice to IBAN {f}. Kind regards"]))
    return "chat", t, [("iban", f)]


def s_pin_words(lang):
    p = pin(4)
    if chance(0.6):
        i = R.randint(0, 2)
        p = p[:i] + p[i] + p[i + 2:] if False else p[:i] + p[i] * 2 + p[i + 2:]
    sp = spell_digits(p, lang)
    t = L(lang, pick([f"mamma il pin della carta nuova è {sp} non scriverlo sul bancomat!!",
                      f"{first(lang)} mi ha detto al telefono che il pin è {sp}, segno qui"]),
          pick([f"mum the pin for the new card is {sp} don't write it on the card!!",
                f"{first(lang)} told me on the phone the pin is {sp}, noting it here"]))
    return "sms", t, [("pin", sp)]


def s_bank_account(lang):
    k = R.randint(0, 5)
    if k == 0:
        abi, cab, conto, cin = it_account()
        t = L(lang, f"c/c n. {conto} presso {pick(IT_BANKS)[0]}, ABI {abi} CAB {cab} – intestato a {person('it')}",
              f"Italian supplier account: conto {conto}, ABI {abi} CAB {cab}, holder {person('it')}")
        return "email", t, [("bank_account", conto)]
    if k == 1:
        abi, cab, conto, cin = it_account()
        v = pick([f"{cin} {abi} {cab} {conto}", f"{cin}{abi}{cab}{conto}"])
        t = L(lang, f"coordinate BBAN del vecchio conto (dal modulo RID): {v}", f"BBAN from the old Italian direct debit form: {v}")
        return "form", t, [("bank_account", v)]
    if k == 2:
        blz, kto = pick(DE_BLZ), de_konto()
        t = L(lang, f"fornitore tedesco: BLZ {blz}, Kto.-Nr. {kto} – bisogna fare bonifico estero?",
              f"German supplier: BLZ {blz}, Kontonummer {kto} – do we do an international transfer?")
        return "email", t, [("bank_account", kto)]
    if k == 3:
        b, g, c = pick(FR_BANKS), rs(5, DIG), rs(11, DIG)
        v = f"{b} {g} {c} {fr_cle(b, g, c)}"
        t = L(lang, f"RIB del cliente francese (lo ha dettato al telefono): {v}", f"French client's RIB (read out on the phone): {v}")
        return "callcenter-note", t, [("bank_account", v)]
    if k == 4:
        e, o, c = pick(ES_BANKS), rs(4, DIG), rs(10, DIG)
        dc = f"{es_dc('00' + e + o)}{es_dc(c)}"
        v = pick([f"{e} {o} {dc} {c}", f"{e}-{o}-{dc}-{c}", f"{e}{o}{dc}{c}"])
        t = L(lang, f"cuenta (CCC) del proveedor de Valencia: {v}, chiedono pagamento entro venerdì",
              f"Spanish supplier's CCC: {v} – they want paying by Friday")
        return "email", t, [("bank_account", v)]
    sc, acc = rs(6, DIG), rs(8, DIG)
    v = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]} {acc}", f"{sc[:2]}{sc[2:4]}{sc[4:]} / {acc}"])
    t = L(lang, f"cliente inglese, coordinate UK (sort code e conto): {v}", f"refund to sort code/acc {v} pls – Mrs {last(lang)}")
    return "callcenter-note", t, [("bank_account", v)]


def s_wifi_pw(lang):
    pw = password(lang) if chance(0.6) else passphrase(lang)
    t = L(lang, pick([f"Reception: WiFi ospiti rete HotelSole_Guest, password {pw} – il cliente della 12 dice che non si collega",
                      f"wifi negozio: rete {slug(shop(lang))[:10]}, chiave {pw}. il POS nuovo non la prende"]),
          pick([f"Front desk: guest WiFi SeaviewGuest, password {pw} – room 12 says it won't connect",
                f"shop wifi: network {slug(shop(lang))[:10]}, key {pw}. new card machine won't take it"]))
    return "front-desk", t, [("password", pw)]


def s_ini_env(lang):
    pw = password(lang)
    k = R.randint(0, 2)
    if k == 0:
        t = L(lang, f"[Database]\nServer=192.168.0.10\nUtente=sa\nPassword={pw}\n; file gestionale.ini della cassa, il programma non parte",
              f"[Database]\nServer=192.168.0.10\nUser=sa\nPassword={pw}\n; till software .ini file, program won't start")
        return "ini", t, [("password", pw)]
    if k == 1:
        tok = bearer()
        t = L(lang, f"SHOP_URL=https://{domain(lang)}\nAPI_TOKEN={tok}\nDB_PASS={pw}\n(file .env dal server, me l'ha mandato il tecnico)",
              f"SHOP_URL=https://{domain(lang)}\nAPI_TOKEN={tok}\nDB_PASS={pw}\n(.env from the server, the tech sent it)")
        return "env", t, [("access_token", tok), ("password", pw)]
    t = L(lang, f"riga esportata dal gestionale (SQL):\n| id | utente | password_chiaro |\n| 3 | cassa2 | {pw} |",
          f"row from the till database (SQL):\n| id | user | plain_password |\n| 3 | till2 | {pw} |")
    return "sql-output", t, [("password", pw)]


def s_wrapped(lang):
    k = pem() if False else None
    ib, _ = iban(lang=lang)
    s = fmt_iban(ib, "spaced")
    cut = s.rfind(" ", 0, len(s) // 2 + 3)
    v = s[:cut] + "\n" + s[cut + 1:]
    t = L(lang, f"IBAN (copiato dal pdf della fattura, va a capo):\n{v}\nimporto {amount(lang)}",
          f"IBAN (copied from the invoice pdf, it wraps):\n{v}\namount {amount(lang)}")
    return "pdf-text", t, [("iban", v)]


# ==========================================================================
# MUST-PASS TEMPLATES: each returns (style, text) with no secret in it
# ==========================================================================
def p_uuid(lang):
    u = uuid4()
    t = L(lang, pick([f"Errore durante il pagamento sul sito. Request ID: {u} – ora {ttime()} del {date(lang)}. Potete controllare?",
                      f"il cliente ha ricevuto 'Si è verificato un errore (rif. {u})', cosa significa?",
                      f"{ttime()} cl. {last(lang)} segnala errore checkout, id richiesta {u}, riprovato 2 volte"]),
          pick([f"Error at checkout. Request ID: {u} – {ttime()} on {date(lang)}. Can you look?",
                f"customer got 'Something went wrong (ref {u})', what does it mean?",
                f"{ttime()} cust {last(lang)} reports checkout error, request id {u}, tried twice"]))
    return pick(["phone-ticket", "callcenter-note", "email"]), t


def p_payment_ids(lang):
    pi, ch, cus = "pi_" + rs(24, AL), "ch_" + rs(24, AL), "cus_" + rs(14, AL)
    pp = rs(17, UP)
    t = L(lang, pick([f"Rimborso ordine #{R.randint(1000, 99999)}: PaymentIntent {pi}, addebito {ch}, cliente {cus}. Importo {amount(lang)}",
                      f"PayPal: ID transazione {pp} del {date(lang)}, {amount(lang)} – il cliente dice che non è arrivato",
                      f"Nexi: codice transazione {rs(12, DIG)}, esito OK, ma l'ordine risulta non pagato"]),
          pick([f"Refund order #{R.randint(1000, 99999)}: PaymentIntent {pi}, charge {ch}, customer {cus}. Amount {amount(lang)}",
                f"PayPal transaction ID {pp} on {date(lang)}, {amount(lang)} – customer says it never arrived",
                f"Worldpay order code {rs(12, DIG)} shows authorised but order says unpaid"]))
    return "shop-admin", t


def p_trace(lang):
    tr, sp = rs(32, HEX), rs(16, HEX)
    job = pick(["task-", "job_", "exp-", "sync-"]) + rs(8, LO)
    t = L(lang, f"la pagina di errore del pannello dice:\nTrace ID: {tr}\nSpan: {sp}\nJob: {job}\nDebug id {rs(10, UP)}\nnon so cosa farne",
          f"admin error page says:\nTrace ID: {tr}\nSpan: {sp}\nJob: {job}\nDebug id {rs(10, UP)}\nno idea what to do with it")
    return "shop-admin", t


def p_client_ids(lang):
    cid = pick(["acme-pay-prod", "negozio-sync-prod", "pos-bridge-live", rs(12, DIG) + "-" + rs(32, LO) + ".apps.googleusercontent.com"])
    t = L(lang, pick([f"client_id: {cid}\nil client secret ve lo manda il tecnico a parte per telefono",
                      f"sul portale c'è solo 'Client ID {cid}', il segreto non lo vedo più (mostrato una volta sola)"]),
          pick([f"client_id: {cid}\nthe tech will phone you the client secret separately",
                f"portal only shows 'Client ID {cid}', the secret isn't visible any more (shown once)"]))
    return "shop-admin", t


def p_hashes(lang):
    c, d = rs(40, HEX), rs(64, HEX)
    t = L(lang, f"Aggiornamento sito fatto dalla web agency: versione {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}, commit {c}\nchecksum sha256 del backup: {d}\nda lunedì il carrello è lento",
          f"Web agency release notes: version {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}, commit {c}\nbackup sha256: {d}\ncart has been slow since Monday")
    return "email", t


def p_orders(lang):
    t = L(lang, f"Fattura n. {R.randint(2024, 2026)}/FE/{rs(5, DIG)} del {date(lang)} – ordine n. {rs(9, DIG)} – DDT {rs(4, DIG)}\nImporto {amount(lang)}, scadenza {date(lang)}. Non risulta pagata?",
          f"Invoice INV-{rs(6, DIG)} dated {date(lang)} – PO {rs(8, DIG)} – delivery note {rs(5, DIG)}\nAmount {amount(lang)}, due {date(lang)}. Shows unpaid?")
    return pick(["email", "erp-export"]), t


def p_phone(lang):
    ph = phone(lang)
    digits = "".join(c for c in ph if c.isdigit())
    if chance(0.5):
        if lang == "it":
            digits = digits[-10:]
            sp = ", ".join(spell_digits(digits[i:j], lang) for i, j in [(0, 3), (3, 6), (6, 10)])
            t = f"Ok Google, manda un messaggio a {first(lang)}: richiamami al {sp} è per l'ordine della farina"
        else:
            sp = spell_digits(digits, lang)
            t = f"Hey Siri text {first(lang)}: call me back on {sp} it's about the flour order"
        return "dictation", t
    t = L(lang, f"segreteria: sono {person(lang)}, richiamatemi al {ph} entro le {ttime()}, grazie",
          f"voicemail: it's {person(lang)}, please call me back on {ph} before {ttime()}, thanks")
    return "voicemail", t


def p_dates_amounts(lang):
    t = L(lang, f"Rata {R.randint(1, 11)} di 12: {amount(lang)} con scadenza {date(lang)}; saldo residuo {amount(lang)}. Rif. pratica {rs(6, DIG)}",
          f"Instalment {R.randint(1, 11)} of 12: {amount(lang)} due {date(lang)}; balance {amount(lang)}. Case ref {rs(6, DIG)}")
    return "email", t


def p_card_bad(lang):
    c, raw, brand = card_bad()
    t = L(lang, pick([f"il sito mi rifiuta la carta {c}, dice numero non valido. è la {brand}",
                      f"{ttime()} cl. al tel: carta {c} respinta dal form 'numero errato' – forse l'ha letta male, richiama lui"]),
          pick([f"website rejects my card {c} says invalid number. it's the {brand}",
                f"{ttime()} cust on phone: card {c} rejected by the form 'invalid number' – probably misread it, will call back"]))
    return "phone-ticket", t


def p_iban_bad(lang):
    b = iban_bad(lang=lang)
    f = fmt_iban(b, pick(["spaced", "compact"]))
    t = L(lang, pick([f"la banca dice che l'IBAN {f} non è corretto, me l'ha dato il fornitore così",
                      f"Home banking: 'IBAN non valido' per {f}. controllate voi?"]),
          pick([f"the bank says IBAN {f} is not valid, that's what the supplier gave me",
                f"Online banking: 'invalid IBAN' for {f}. can you check?"]))
    return "chat", t


def p_bic(lang):
    t = L(lang, f"il fornitore estero chiede il nostro BIC/SWIFT: {bic(lang)}. Basta quello o serve altro?",
          f"overseas supplier asked for our BIC/SWIFT: {bic(lang)}. Is that all they need?")
    return "email", t


def p_abi_cab(lang):
    bn = pick(IT_BANKS)
    t = L(lang, f"la filiale nuova è {bn[0]} di {city(lang)}, ABI {bn[1]} CAB {rs(5, DIG)}. Il numero di conto ve lo mando quando lo aprono",
          f"our Italian branch banks with {bn[0]}, ABI {bn[1]} CAB {rs(5, DIG)}. Account number to follow once opened")
    return "email", t


def p_masked(lang):
    l4 = rs(4, DIG)
    k = R.randint(0, 4)
    if k == 0:
        t = L(lang, f"Carta **** **** **** {l4} – addebito di {amount(lang)} non riconosciuto", f"Card **** **** **** {l4} – charge of {amount(lang)} not recognised")
    elif k == 1:
        t = L(lang, f"IBAN: IT** **** **** **** **** ***{rs(1, DIG)} {l4} (visibile solo al titolare)", f"IBAN: GB** **** **** **** **{rs(2, DIG)} {l4} (only visible to the holder)")
    elif k == 2:
        t = L(lang, f"password: ********\npin: ****\nil campo è nascosto, come faccio a vederlo?", f"password: ********\npin: ****\nit's hidden, how do I see it?")
    elif k == 3:
        t = L(lang, f"nel log c'è: Authorization: Bearer [REDACTED] – client_secret=[REDACTED]", f"log shows: Authorization: Bearer [REDACTED] – client_secret=[REDACTED]")
    else:
        t = L(lang, f"Visa che termina con {l4}, scad. {expiry()} – XXXX-XXXX-XXXX-{l4}", f"Visa ending {l4}, exp {expiry()} – XXXX-XXXX-XXXX-{l4}")
    return pick(["shop-admin", "bank-letter", "chat"]), t


def p_placeholder(lang):
    ph = pick(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<la-tua-password>", "INSERIRE_QUI", "********", "{{api_key}}", "<API_KEY>"])
    t = L(lang, pick([f"La guida del plugin dice di incollare qui: api_key = {ph}. Cosa ci metto?",
                      f"nel modulo c'è scritto 'Password: {ph}', va cambiato?",
                      f"Esempio dalla documentazione del corriere:\ncurl -H \"Authorization: Bearer {ph}\" https://api.example/v1/spedizioni"]),
          pick([f"The plugin guide says paste here: api_key = {ph}. What goes there?",
                f"the form says 'Password: {ph}' – do I change that?",
                f"Example from the courier docs:\ncurl -H \"Authorization: Bearer {ph}\" https://api.example/v1/shipments"]))
    return "chat", t


def p_code_reads(lang):
    k = R.randint(0, 5)
    snip = [
        "define( 'DB_PASSWORD', getenv('DB_PASSWORD') );",
        "Authorization: Bearer {{steps.auth.access_token}}",
        "pwd = Environ(\"SMTP_PWD\")",
        "const key = process.env.STRIPE_SECRET_KEY;",
        "secret = os.environ[\"XERO_CLIENT_SECRET\"]",
        "password: @{body('Get_secret')?['value']}",
    ][k]
    t = L(lang, f"il tecnico ha lasciato questa riga, funziona ancora dopo il trasloco del sito?\n{snip}\n",
          f"the contractor left this line, will it still work after the site move?\n{snip}\n")
    return "config-copy", t


def p_prose_pw(lang):
    t = L(lang, pick(["la password deve avere almeno 8 caratteri, una maiuscola e un numero: il gestionale non me la accetta, perché?",
                      "ho cambiato la password ieri e oggi non entro più, potete resettarla?",
                      "non ricordo il PIN della cassa, dove lo trovo?",
                      "il codice OTP non arriva mai, ho provato 3 volte",
                      "mi raccomando non mandate mai la password per email, usate il telefono",
                      "mio marito ha cambiato la psw del wifi e non me l'ha detta, come faccio a vederla dal router?"]),
          pick(["password must have 8 characters, a capital and a number: the system won't accept mine, why?",
                "changed my password yesterday and now I can't get in, can you reset it?",
                "can't remember the till PIN, where do I find it?",
                "the OTP code never arrives, tried 3 times",
                "please never send passwords by email, phone us instead",
                "my husband changed the wifi pw and didn't tell me, how do I see it on the router?"]))
    return "phone-ticket", t


def p_pos_receipt(lang):
    l4 = rs(4, DIG)
    t = L(lang, (f"{shop(lang).upper()}\nP.IVA {piva()}\nTERMINALE {rs(8, DIG)}  ESERC. {rs(8, DIG)}\nACQUISTO\n"
                 f"CARTA ************{l4}\nA.I.I.C. {rs(11, DIG)}\nSTAN {rs(6, DIG)}  AUT. {rs(6, DIG)}\nAID A0000000041010\n"
                 f"IMPORTO EUR {rs(2, DIG)},{rs(2, DIG)}\n{date(lang)} {ttime()}\nTRANSAZIONE ESEGUITA\n-- scontrino del cliente, dice addebitato due volte"),
          (f"{shop(lang).upper()}\nMID {rs(8, DIG)}  TID {rs(8, DIG)}\nSALE\nVISA DEBIT ************{l4}\nPAN SEQ 01\n"
           f"AUTH CODE {rs(6, UP)}  RRN {rs(12, DIG)}\nAID A0000000031010\nTOTAL GBP {rs(2, DIG)}.{rs(2, DIG)}\n{date(lang)} {ttime()}\nAPPROVED\n-- customer receipt, says charged twice"))
    return "pos-receipt", t


def p_tax_ids(lang):
    t = L(lang, f"Dati per la fattura: {shop(lang)} srl, P.IVA {piva()}, C.F. {codice_fiscale()}, codice SDI {rs(7, UP)}, PEC amministrazione@pec.{domain(lang)}",
          f"Invoice details: {shop(lang)} Ltd, VAT GB{rs(3, DIG)} {rs(4, DIG)} {rs(2, DIG)}, company no. {rs(8, DIG)}, registered in England")
    return "email", t


def p_utility_codes(lang):
    t = L(lang, f"Bolletta luce: POD IT001E{rs(8, DIG)}, codice cliente {rs(9, DIG)}, lettura {rs(5, DIG)} kWh al {date(lang)}. Bolletta gas PDR {rs(14, DIG)}",
          f"Electricity bill: MPAN {rs(2, DIG)} {rs(4, DIG)} {rs(4, DIG)} {rs(3, DIG)}, account {rs(10, DIG)}, meter reading {rs(5, DIG)} on {date(lang)}. Gas MPRN {rs(10, DIG)}")
    return "utility-form", t


def p_booking(lang):
    pnr = rs(6, string.ascii_uppercase.replace("O", "") + "23456789")
    t = L(lang, f"Pratica {rs(5, DIG)}: PNR {pnr}, biglietto {R.randint(55, 176):03d}-{non_luhn_digits(10)}, volo {rs(2, string.ascii_uppercase)}{rs(4, DIG)} del {date(lang)}, conferma hotel {rs(4, DIG)}.{rs(3, DIG)}.{rs(3, DIG)}",
          f"Booking {rs(5, DIG)}: PNR {pnr}, e-ticket {R.randint(55, 176):03d}-{non_luhn_digits(10)}, flight {rs(2, string.ascii_uppercase)}{rs(4, DIG)} on {date(lang)}, hotel conf {rs(4, DIG)}.{rs(3, DIG)}.{rs(3, DIG)}")
    return "travel-booking", t


def p_tracking(lang):
    t = L(lang, f"il pacco {pick(['1Z' + rs(16, UP), 'BRT ' + rs(12, DIG), 'GLS ' + rs(11, DIG), rs(2, string.ascii_uppercase) + rs(9, DIG) + 'IT'])} risulta in giacenza dal {date(lang)}",
          f"parcel {pick(['1Z' + rs(16, UP), rs(2, string.ascii_uppercase) + rs(9, DIG) + 'GB', 'DPD ' + rs(14, DIG)])} stuck at depot since {date(lang)}")
    return "chat", t


def p_imei(lang):
    body = "35" + rs(12, DIG)
    imei = body + luhn_cd(body)
    f = pick([imei, f"{imei[:2]} {imei[2:8]} {imei[8:14]} {imei[14]}"])
    t = L(lang, f"il terminale POS Android ha IMEI {f}, seriale {rs(3, UP)}{rs(8, DIG)}: si riavvia da solo",
          f"the Android card reader IMEI is {f}, serial {rs(3, UP)}{rs(8, DIG)}: keeps rebooting")
    return "pos-note", t


def p_cro(lang):
    t = L(lang, f"Bonifico eseguito il {date(lang)}, CRO {rs(11, DIG)}, TRN {rs(4, UP)}{non_luhn_digits(16)}, importo {amount(lang)}. Il fornitore dice che non gli è arrivato",
          f"Payment sent {date(lang)}, reference {rs(4, UP)}{non_luhn_digits(14)}, FPS id {rs(18, UP)}, amount {amount(lang)}. Supplier says not received")
    return "email", t


def p_wifi_nopw(lang):
    t = L(lang, "WiFi: rete HotelBellavista_Guest – la password è sul cartellino in camera, se non la trovate chiedete in reception",
          "WiFi network Seaview_Guest – password is on the card in your room, ask reception if you can't find it")
    return "front-desk", t


def p_spelled_plate(lang):
    plate = rs(2, string.ascii_uppercase.replace("O", "").replace("I", "")) + rs(3, DIG) + rs(2, string.ascii_uppercase.replace("O", "").replace("I", ""))
    sp = spell_letters(plate.lower(), lang).replace(" minuscola", "").replace(" lowercase", "")
    what = pick(["targa", "codice prenotazione"]) if lang == "it" else pick(["registration", "booking reference"])
    t = L(lang, f"{ttime()} al telefono sig. {last(lang)}: {what} {sp}, arriva domani verso le {ttime()}",
          f"{ttime()} on the phone with Mr {last(lang)}: {what} {sp}, arriving tomorrow around {ttime()}")
    return "callcenter-note", t


def p_dictation_order(lang):
    code = rs(4, DIG)
    sp = spell_digits(code, lang)
    t = L(lang, f"Ok Google, scrivi a {first(lang)}: ordina quaranta chili di farina, codice articolo {sp}, e sei casse d'acqua",
          f"Hey Siri, text {first(lang)}: order forty kilos of flour, item code {sp}, and six cases of water")
    return "dictation", t


def p_not_given(lang):
    t = L(lang, pick(["ti ho mandato la password su WhatsApp, guarda lì", "la pw è quella solita, quella del negozio",
                      "pin: te lo dico a voce quando passi", "password: vedi busta chiusa in cassaforte",
                      "password [omessa per sicurezza]"]),
          pick(["sent you the password on WhatsApp, check there", "pw is the usual one, the shop one",
                "pin: I'll tell you in person", "password: see sealed envelope in the safe",
                "password [removed for security]"]))
    return "chat", t


def p_coupon(lang):
    c = pick(["ESTATE", "SALDI", "BENVENUTO", "BLACKFRIDAY", "WELCOME", "SUMMER", "XMAS"]) + str(R.randint(5, 50))
    t = L(lang, f"il codice sconto {c} non funziona al checkout, dice 'codice scaduto' ma la promo finisce il {date(lang)}",
          f"discount code {c} doesn't work at checkout, says 'expired' but the promo ends {date(lang)}")
    return "shop-admin", t


def p_ledger(lang):
    t = L(lang, f"Prima nota: conto 180010 'Banca c/c' dare {amount(lang)}, conto 601005 'Spese bancarie' avere {amount(lang)}. Mastro 18. Centro di costo {rs(4, DIG)}",
          f"Journal: nominal 1200 'Bank current account' Dr {amount(lang)}, nominal 7900 'Bank charges' Cr {amount(lang)}. Cost centre {rs(4, DIG)}")
    return "erp-export", t


def p_hr_nobank(lang):
    t = L(lang, f"Matricola {rs(6, DIG)} – {person(lang)} – livello {R.randint(1, 7)}° CCNL Commercio – ore sett. 40 – ferie residue {R.randint(0, 30)} gg – cedolino di {pick(IT_MONTHS)}",
          f"Employee {rs(5, DIG)} – {person(lang)} – grade {R.randint(1, 7)} – 37.5 hrs/wk – holiday left {R.randint(0, 28)} days – payslip for {pick(EN_MONTHS)}")
    return "hr-form", t


def p_request(lang):
    t = L(lang, pick(["Potete mandarmi la nuova password del gestionale? Quella vecchia non funziona.",
                      "Buongiorno, mi serve l'IBAN per pagare il rinnovo, me lo girate?",
                      "ciao ci mandi il token per il corriere? grazie", "avete voi il PIN della carta aziendale? il titolare è in ferie"]),
          pick(["Can you send me the new password for the booking system? The old one doesn't work.",
                "Hi, what's your IBAN so I can pay the renewal?",
                "can you send us the API key for the courier integration?",
                "do you have the company card PIN? the boss is on holiday"]))
    return "phone-ticket", t


def p_authcode(lang):
    t = L(lang, f"il cliente chiede lo storno: codice autorizzazione {rs(6, DIG)}, importo {amount(lang)}, ora {ttime()}",
          f"customer wants a refund: approval code {rs(6, UP)}, amount {amount(lang)}, time {ttime()}")
    return "pos-note", t


def p_sdi(lang):
    pv = piva()
    t = L(lang, f"Notifica di scarto SdI: identificativo {rs(10, DIG)}, file IT{pv}_{rs(5, AL)}.xml, errore 00305 (IdFiscaleIVA non valido)",
          f"Making Tax Digital: submission receipt {rs(10, DIG)}, period {R.randint(1, 12):02d}/25, bundle {rs(12, DIG)}")
    return "email", t


def p_crm_ids(lang):
    t = L(lang, f"Record Salesforce: Account 001{rs(15, AL)}, Opportunità 006{rs(15, AL)}, Caso {rs(8, DIG)} – proprietario {person(lang)}",
          f"Salesforce: Account 001{rs(15, AL)}, Opportunity 006{rs(15, AL)}, Case {rs(8, DIG)} – owner {person(lang)}")
    return "crm-note", t


def p_shop_settings(lang):
    t = L(lang, f"Shopify > App > Sync Gestionale\nChiave API: (visibile)\nChiave segreta API: ••••••••••\nToken API Admin: già mostrato una volta\nID negozio {rs(10, DIG)}",
          f"Shopify > Apps > Stock Sync\nAPI key: (visible)\nAPI secret key: ••••••••••\nAdmin API access token: already revealed once\nStore ID {rs(10, DIG)}")
    return "shop-admin", t


def p_revoked(lang):
    t = L(lang, "il token vecchio l'abbiamo revocato ieri sera, il nuovo ve lo genera il tecnico lunedì",
          "we revoked the old token last night, the contractor will generate a new one on Monday")
    return "chat", t


def p_voicemail(lang):
    t = L(lang, f"Trascrizione segreteria: sì buongiorno sono {person(lang)} del {shop(lang)} è per l'ordine {rs(5, DIG)} del {date(lang)} mi richiamate al {phone(lang)} grazie",
          f"Voicemail transcript: hi it's {person(lang)} from {shop(lang)} about order {rs(5, DIG)} from {date(lang)} can you call me back on {phone(lang)} thanks")
    return "voicemail", t


def p_otp_expired(lang):
    t = L(lang, "il codice sms mi dice 'scaduto', me ne rimandate uno? sono fuori casa e ho solo il cellulare",
          "the text code says 'expired', can you send another? I'm out and only have my phone")
    return "sms", t


def p_meeting(lang):
    t = L(lang, f"sala riunioni: codice meeting {rs(3, DIG)} {rs(3, DIG)} {rs(4, DIG)}, ci vediamo il {date(lang)} alle {ttime()}",
          f"conference call: meeting ID {rs(3, DIG)} {rs(3, DIG)} {rs(4, DIG)}, see you on {date(lang)} at {ttime()}")
    return "email", t


def p_sap_doc(lang):
    t = L(lang, f"SAP FB03: doc. {rs(10, DIG)} esercizio 2025, società 1000, fornitore 0000{rs(6, DIG)}, partita aperta {amount(lang)}",
          f"SAP FB03: doc {rs(10, DIG)} FY2025, company code 1000, vendor 0000{rs(6, DIG)}, open item {amount(lang)}")
    return "erp-export", t


def p_policy(lang):
    t = L(lang, f"Polizza n. {rs(9, DIG)} – sinistro {rs(4, DIG)}/{rs(6, DIG)} – targa {rs(2, string.ascii_uppercase)}{rs(3, DIG)}{rs(2, string.ascii_uppercase)} – perito assegnato {person(lang)}",
          f"Policy {rs(3, string.ascii_uppercase)}{rs(7, DIG)} – claim {rs(8, DIG)} – reg {rs(2, string.ascii_uppercase)}{rs(2, DIG)} {rs(3, string.ascii_uppercase)} – assessor {person(lang)}")
    return "insurance-form", t


PASS_TEMPLATES = [p_uuid, p_payment_ids, p_trace, p_client_ids, p_hashes, p_orders, p_phone, p_dates_amounts,
                  p_card_bad, p_card_bad, p_iban_bad, p_iban_bad, p_bic, p_abi_cab, p_masked, p_masked, p_placeholder,
                  p_placeholder, p_code_reads, p_code_reads, p_prose_pw, p_prose_pw, p_pos_receipt, p_tax_ids, p_utility_codes,
                  p_booking, p_tracking, p_imei, p_cro, p_wifi_nopw, p_spelled_plate, p_dictation_order, p_not_given,
                  p_coupon, p_ledger, p_hr_nobank, p_request, p_authcode, p_sdi, p_crm_ids, p_shop_settings, p_revoked,
                  p_voicemail, p_otp_expired, p_meeting, p_sap_doc, p_policy]

SECRET_TEMPLATES = [s_dictate_pin, s_dictate_card, s_voicemail_pw, s_voicemail_otp, s_callcenter_pw, s_callcenter_card,
                    s_sap_vendor, s_payroll, s_csv_suppliers, s_crm_pw, s_crm_key, s_shopify, s_woo, s_prestashop,
                    s_stripe_plugin, s_paypal, s_pos_pin, s_bank_letter, s_bank_pin_letter, s_accountant, s_insurance,
                    s_utility_sepa, s_condo, s_hotel, s_travel, s_school, s_phone_ticket, s_mixed_lang, s_correction,
                    s_two_messages, s_position, s_letters, s_foreign_word, s_sms_forward, s_conn_url, s_private_key,
                    s_private_key, s_refresh, s_refresh, s_refresh, s_access, s_access, s_basic, s_oauth_secret, s_vendor, s_vendor,
                    s_iban_chat, s_pin_words, s_bank_account, s_bank_account, s_wifi_pw, s_ini_env, s_wrapped,
                    s_private_key, s_private_key, s_refresh, s_access, s_callcenter_card]


# ==========================================================================
# checks and assembly
# ==========================================================================
def is_alnum(ch):
    return ch.isalnum()


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def secrets_ok(text, secrets):
    spans = []
    for k, v in secrets:
        assert k in KINDS, k
        if v not in text:
            return False
        for i in occurrences(text, v):
            spans.append((i, i + len(v), k, v))
    for k, v in secrets:
        occ = occurrences(text, v)
        if k in ("pin", "cvv") and len(occ) != 1:
            return False
        for i in occ:
            j = i + len(v)
            inside = any(a <= i and j <= b and (b - a) > len(v) for a, b, _, _ in spans)
            if inside:
                continue
            if is_alnum(v[0]) and i > 0 and is_alnum(text[i - 1]):
                return False
            if is_alnum(v[-1]) and j < len(text) and is_alnum(text[j]):
                return False
    return True


CARDISH = re.compile(r"(?<![\dA-Za-z])(?:\d[ \-./]{0,3}){12,18}\d(?![\d])")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def pass_ok(text):
    for m in CARDISH.finditer(text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn_ok(ds) and ds[0] in "23456":
            if "IMEI" in text:
                continue
            return False
    for m in IBANISH.finditer(text):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            if iban_valid(s[:n]):
                return False
    return True


def wrap(lang, text):
    k = R.random()
    if k < 0.45:
        return text
    n = first(lang)
    if lang == "it":
        pre = pick(["", "", "Ciao, ", "Buongiorno, ", "Salve, ", "Buonasera,\n", f"Ciao {pick(['Luca', 'Sara', 'ragazzi', 'a tutti'])},\n", "URGENTE – ", "Re: "])
        post = pick(["", "", "\ngrazie", "\nGrazie mille", f"\n{n}", "\n\nInviato da iPhone", "\n\nInviato dal mio smartphone Samsung", " grz", f"\n-- {n} ({shop(lang)})", "\nCordiali saluti"])
    else:
        pre = pick(["", "", "Hi, ", "Morning, ", "Hello,\n", f"Hi {pick(['Tom', 'Sue', 'team', 'all'])},\n", "URGENT – ", "Re: ", "FW: "])
        post = pick(["", "", "\nthanks", "\nCheers", f"\n{n}", "\n\nSent from my iPhone", "\n\nSent from Outlook for Android", " ta", f"\n-- {n} ({shop(lang)})", "\nKind regards"])
    if not text[:1].isalpha():
        pre = ""
    return pre + text + post


SEEN = set()


def main():
    n_secret, n_pass = 780, 860
    raw = []
    for i in range(n_secret):
        lang = "it" if (i + i // len(SECRET_TEMPLATES)) % 2 == 0 else "en"
        tpl = SECRET_TEMPLATES[i % len(SECRET_TEMPLATES)]
        for _ in range(200):
            style, text, secrets = tpl(lang)
            text = wrap(lang, text)
            if text not in SEEN and secrets_ok(text, secrets):
                SEEN.add(text)
                break
        else:
            raise AssertionError(f"could not build {tpl.__name__}")
        # dedupe identical (kind, value) pairs, keep order
        seen, sec = set(), []
        for k, v in secrets:
            if (k, v) not in seen:
                seen.add((k, v))
                sec.append({"kind": k, "value": v})
        raw.append((lang, style, text, sec))
    for i in range(n_pass):
        lang = "en" if i % 2 == 0 else "it"
        tpl = PASS_TEMPLATES[(i * 7) % len(PASS_TEMPLATES)]
        for _ in range(200):
            style, text = tpl(lang)
            text = wrap(lang, text)
            if text not in SEEN and pass_ok(text):
                SEEN.add(text)
                break
        else:
            raise AssertionError(f"could not build {tpl.__name__}")
        raw.append((lang, style, text, []))
    R.shuffle(raw)
    counters = Counter()
    lines = []
    for lang, style, text, sec in raw:
        counters[lang] += 1
        sid = f"fresh18-{lang}-{counters[lang]:04d}"
        lines.append({"id": sid, "lang": lang, "style": style, "text": text, "secrets": sec})
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    validate(OUT)


def validate(path):
    ids, kinds, langs, styles = set(), Counter(), Counter(), Counter()
    with_s = without = 0
    kinds_lang = Counter()
    samples_kind = Counter()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            o = json.loads(line)
            assert set(o) == {"id", "lang", "style", "text", "secrets"}, ln
            assert o["id"] not in ids, o["id"]
            ids.add(o["id"])
            assert o["lang"] in ("it", "en")
            langs[o["lang"]] += 1
            styles[o["style"]] += 1
            for s in o["secrets"]:
                assert set(s) == {"kind", "value"}
                assert s["kind"] in KINDS, s
                assert s["value"] and s["value"] in o["text"], (o["id"], s)
                if s["kind"] == "card_number" and not any(c.isalpha() for c in s["value"]):
                    assert luhn_ok(s["value"]), s
                if s["kind"] == "iban":
                    assert iban_valid(s["value"].replace("\n", " ")), s
                kinds[s["kind"]] += 1
                kinds_lang[(s["kind"], o["lang"])] += 1
            for k in sorted({s["kind"] for s in o["secrets"]}):
                samples_kind[k] += 1
            if o["secrets"]:
                with_s += 1
            else:
                without += 1
    total = with_s + without
    print(f"file: {path}")
    print(f"samples: {total}  with secrets: {with_s}  must-pass: {without}")
    print("per lang:", dict(sorted(langs.items())))
    print("per kind (secret values; it/en):")
    for k in KINDS:
        print(f"  {k:14s} values {kinds[k]:4d}  samples {samples_kind[k]:4d}  (it/en values {kinds_lang[(k, 'it')]}/{kinds_lang[(k, 'en')]})")
    print("styles:", dict(sorted(styles.items())))
    assert total >= 1500 and without >= with_s
    assert all(kinds[k] >= 40 for k in KINDS), kinds
    assert all(samples_kind[k] >= 40 for k in KINDS), samples_kind
    assert abs(langs["it"] - langs["en"]) <= total * 0.1
    print("OK")


if __name__ == "__main__":
    main()
