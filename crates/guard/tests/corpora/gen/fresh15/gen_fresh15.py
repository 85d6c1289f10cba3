#!/usr/bin/env python3
"""gen_fresh15.py - generator for the held-out guard corpus "fresh15".

Theme: what attachments hold once read. Each sample is the short message a
person sent to the desk plus the text the desk extracted from the attached
file (OCR of screenshots and photos, PDF text extraction, Office files dumped
as text, scanned forms and faxes).

Standard library only, fixed seed, deterministic.  Usage:

    python3 gen_fresh15.py [OUT_JSONL] [META_JSON]

OUT_JSONL defaults to holdout15/fresh15.jsonl next to this script.
META_JSON (optional) receives the list of values that were deliberately
damaged (OCR confusions), so a checker can skip their checksum test.
"""
import base64
import json
import os
import string
import sys
import random

SEED = 15_2026_15
R = random.Random(SEED)

# ---------------------------------------------------------------- basics

def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ndigits(n):
    """n digits, first one non-zero"""
    return R.choice("123456789") + digits(n - 1)


B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"
HEXL = "0123456789abcdef"
UPDIG = string.ascii_uppercase + string.digits


def tok(n, alpha=B62):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if n < 8:
            return s
        has_d = any(c.isdigit() for c in s)
        has_a = any(c.isalpha() for c in s)
        if has_d and has_a:
            return s


def hexs(n):
    return "".join(R.choice(HEXL) for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- Luhn / cards

def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
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
    raise AssertionError


CARD_PREFIXES = [
    ("Visa", "411111", 16), ("Visa", "424242", 16), ("Visa", "401288", 16),
    ("Visa", "400005", 16), ("Visa", "453914", 16), ("Visa", "454360", 16),
    ("Mastercard", "555555", 16), ("Mastercard", "510510", 16),
    ("Mastercard", "520082", 16), ("Mastercard", "222300", 16),
    ("Mastercard", "545454", 16),
    ("Amex", "378282", 15), ("Amex", "371449", 15),
    ("Discover", "601111", 16), ("Maestro", "676770", 16),
]


def card(brand=None):
    """returns (brand, digits)"""
    opts = [c for c in CARD_PREFIXES if brand is None or c[0] == brand]
    b, pre, ln = pick(opts)
    body = pre + digits(ln - len(pre) - 1)
    return b, luhn_complete(body)


def bad_card(brand=None):
    b, d = card(brand)
    last = (int(d[-1]) + R.randint(1, 9)) % 10
    d2 = d[:-1] + str(last)
    assert not luhn_ok(d2)
    return b, d2


def fmt_card(d, sep=" "):
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def card_sep():
    return pick([" ", " ", " ", "-", "", "  ", "\u00a0", " - ", "."])


def last4(d):
    return d[-4:]


def mask_card(d, style=None):
    l4 = d[-4:]
    style = style if style is not None else R.randrange(8)
    return [
        f"•••• {l4}", f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}",
        f"************{l4}", f"{d[:6]}******{l4}", f"{d[:4]} •••• •••• {l4}",
        f"*{l4}", f"···· {l4}",
    ][style]


def cvv_for(d):
    return digits(4) if len(d) == 15 else digits(3)


# ---------------------------------------------------------------- IBAN & co

def mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_make(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s):
    s = "".join(s.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    try:
        return mod97(s[4:] + s[:4]) == 1
    except ValueError:
        return False


_CIN_ODD = {}
for _i, _v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
                         3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _CIN_ODD[chr(65 + _i)] = _v
    if _i < 10:
        _CIN_ODD[str(_i)] = _v


def _cf_like_check(s):
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += _CIN_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)


def it_cin(abi, cab, conto):
    return _cf_like_check(abi + cab + conto)


IT_BANKS = [
    ("03069", "Intesa Sanpaolo", "BCITITMM"),
    ("02008", "UniCredit", "UNCRITMM"),
    ("05034", "Banco BPM", "BAPPIT21"),
    ("03032", "Credem", "BACRIT21"),
    ("01030", "Monte dei Paschi di Siena", "PASCITMM"),
    ("05696", "Banca Popolare di Sondrio", "POSOIT22"),
    ("05387", "BPER Banca", "BPMOIT22"),
    ("03048", "Banca del Piemonte", "BDPMIT22"),
    ("08327", "Banca di Credito Cooperativo di Roma", "ROMAITRR"),
    ("03015", "FinecoBank", "FEBIITM1"),
    ("06230", "Crédit Agricole Italia", "CRPPIT2P"),
    ("05584", "Banca Popolare di Milano", "BPMIITMM"),
]

IT_CITIES = ["Milano", "Torino", "Bologna", "Bergamo", "Verona", "Padova",
             "Firenze", "Roma", "Napoli", "Bari", "Lecce", "Trento", "Brescia",
             "Parma", "Modena", "Genova", "Ancona", "Perugia", "Cagliari",
             "Palermo", "Udine", "Treviso", "Como", "Rimini", "Pescara"]


def it_account():
    abi, bank, bic = pick(IT_BANKS)
    cab = R.choice("0123") + digits(4)
    style = R.randrange(4)
    if style == 0:
        conto = "0000" + ndigits(8)
    elif style == 1:
        conto = "1000" + digits(8)
    elif style == 2:
        conto = "CC0" + digits(9)
    else:
        conto = "00000" + ndigits(7)
    cin = it_cin(abi, cab, conto)
    return dict(abi=abi, cab=cab, conto=conto, cin=cin, bank=bank, bic=bic,
                bban=cin + abi + cab + conto,
                iban=iban_make("IT", cin + abi + cab + conto))


def fr_rib_key(b, g, c):
    return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)


FR_BANKS = [("30004", "BNP Paribas", "BNPAFRPP"), ("30003", "Société Générale", "SOGEFRPP"),
            ("30002", "Crédit Lyonnais", "CRLYFRPP"), ("10278", "Crédit Mutuel", "CMCIFR2A"),
            ("20041", "La Banque Postale", "PSSTFRPP"), ("11306", "Crédit Agricole Alpes Provence", "AGRIFRPP813")]


def fr_account():
    b, bank, bic = pick(FR_BANKS)
    g = digits(5)
    c = "000" + ndigits(8) if chance(0.6) else ndigits(11)
    k = fr_rib_key(b, g, c)
    bban = f"{b}{g}{c}{k:02d}"
    return dict(banque=b, guichet=g, compte=c, cle=f"{k:02d}", bank=bank, bic=bic,
                rib=f"{b} {g} {c} {k:02d}", iban=iban_make("FR", bban))


_CCC_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _ccc_dc(s10):
    r = 11 - sum(int(a) * w for a, w in zip(s10, _CCC_W)) % 11
    return {10: 1, 11: 0}.get(r, r)


ES_BANKS = [("2100", "CaixaBank", "CAIXESBB"), ("0049", "Banco Santander", "BSCHESMM"),
            ("0182", "BBVA", "BBVAESMM"), ("0081", "Banco Sabadell", "BSABESBB"),
            ("2085", "Ibercaja", "CAZRES2Z")]


def es_account():
    ent, bank, bic = pick(ES_BANKS)
    ofi = digits(4)
    cta = digits(10)
    dc = f"{_ccc_dc('00' + ent + ofi)}{_ccc_dc(cta)}"
    ccc = ent + ofi + dc + cta
    return dict(entidad=ent, oficina=ofi, dc=dc, cuenta=cta, bank=bank, bic=bic,
                ccc=f"{ent} {ofi} {dc} {cta}", ccc_raw=ccc, iban=iban_make("ES", ccc))


DE_BANKS = [("Sparkasse Rhein Neckar Nord", "MANSDE66XXX", "670505"),
            ("Volksbank Mittelhessen", "VBMHDE5FXXX", "513900"),
            ("Stadtsparkasse München", "SSKMDEMMXXX", "701500"),
            ("Berliner Volksbank", "BEVODEBBXXX", "100900"),
            ("Kreissparkasse Köln", "COKSDE33XXX", "370502"),
            ("Commerzbank Hamburg", "COBADEHHXXX", "200400")]


def de_account():
    bank, bic, pre = pick(DE_BANKS)
    blz = pre + digits(2)
    kto = "00" + ndigits(8) if chance(0.5) else ndigits(10)
    return dict(blz=blz, kto=kto, bank=bank, bic=bic, iban=iban_make("DE", blz + kto))


GB_BANKS = [("NWBK", "NatWest", "60"), ("BARC", "Barclays", "20"), ("LOYD", "Lloyds Bank", "30"),
            ("HBUK", "HSBC UK", "40"), ("MIDL", "HSBC", "40"), ("SRLG", "Santander UK", "09"),
            ("MONZ", "Monzo", "04")]


def gb_account():
    code, bank, pre = pick(GB_BANKS)
    sort = pre + digits(4)
    acc = ndigits(8)
    return dict(sort=f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", sort_raw=sort, acc=acc, bank=bank,
                bic=code + "GB2L", iban=iban_make("GB", code + sort + acc))


def other_iban():
    cc = pick(["NL", "BE", "AT", "PT", "CH", "IE", "LU"])
    if cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + ndigits(10)
    elif cc == "BE":
        f = digits(10)
        ck = int(f) % 97 or 97
        bban = f"{f}{ck:02d}"
    elif cc == "AT":
        bban = ndigits(5) + digits(11)
    elif cc == "PT":
        bban = "0035" + digits(17)
    elif cc == "CH":
        bban = "00" + digits(3) + digits(12)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + digits(6) + digits(8)
    else:
        bban = digits(3) + digits(13)
    return iban_make(cc, bban)


def any_iban(cc=None):
    cc = cc or pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "XX"])
    if cc == "IT":
        return it_account()["iban"]
    if cc == "DE":
        return de_account()["iban"]
    if cc == "FR":
        return fr_account()["iban"]
    if cc == "ES":
        return es_account()["iban"]
    if cc == "GB":
        return gb_account()["iban"]
    return other_iban()


def fmt_iban(ib, style=None):
    style = R.randrange(6) if style is None else style
    if style in (0, 1, 2):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if style == 3:
        return ib
    if style == 4:
        return "\u00a0".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    # Italian people like to split by field: IT60 X 05428 11101 000000123456
    if ib.startswith("IT"):
        return f"{ib[:4]} {ib[4]} {ib[5:10]} {ib[10:15]} {ib[15:]}"
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def bad_iban(cc=None):
    ib = any_iban(cc)
    while True:
        c = R.randint(2, 98)
        b = ib[:2] + f"{c:02d}" + ib[4:]
        if not iban_ok(b):
            return b


def mask_iban(ib, style=None):
    style = R.randrange(5) if style is None else style
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if style == 0:
        return ib[:4] + " **** **** **** " + ib[-4:]
    if style == 1:
        return ib[:2] + "** " + "•" * 4 + " " + "•" * 4 + " " + ib[-4:]
    if style == 2:
        return "".join(c if (i < 4 or i >= len(g) - 3 or c == " ") else "*" for i, c in enumerate(g))
    if style == 3:
        return "…" + ib[-4:]
    return ib[:2] + "XX XXXX XXXX XXXX XXXX X" + ib[-3:]


# ---------------------------------------------------------------- other ids (look-alikes)

def codice_fiscale():
    cons = "BCDFGHLMNPRSTVZ"
    vow = "AEIOU"
    s = "".join(R.choice(cons) for _ in range(3)) + R.choice(cons) + R.choice(vow) + R.choice(cons)
    s += f"{R.randint(50, 99):02d}" + R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + (40 if chance(0.5) else 0)
    s += f"{day:02d}" + R.choice("ABCDEFGHLM") + digits(3)
    return s + _cf_like_check(s)


def partita_iva():
    return luhn_complete(ndigits(7) + R.choice(["001", "036", "015", "021", "058", "096"]))


def it_creditor_id():
    nat = "0" * 5 + partita_iva()
    chk = 98 - mod97(nat + "IT00")
    return f"IT{chk:02d}ZZZ{nat}"


def de_creditor_id():
    nat = "0" + ndigits(10)
    chk = 98 - mod97(nat + "DE00")
    return f"DE{chk:02d}ZZZ{nat}"


def safe_num(n):
    """a numeric id of n digits that is never a Luhn-valid card-length run"""
    while True:
        s = ndigits(n)
        if not (13 <= n <= 19 and luhn_ok(s)):
            return s


def cro():
    return safe_num(11)


def trn():
    return pick([
        lambda: "0306" + safe_num(9) + "48" + digits(5) + "IT",
        lambda: "A" + digits(3) + safe_num(8) + "IT",
        lambda: "BPPIITRR" + safe_num(10),
        lambda: "EU" + digits(4) + tok(14, UPDIG),
    ])()


def invoice_no(lang):
    y = R.choice([2024, 2025, 2026])
    return pick([f"FT {y}/{R.randint(1, 999):05d}", f"{R.randint(1, 480)}/{y}",
                 f"INV-{y}-{R.randint(1, 9999):04d}", f"F{y % 100}-{R.randint(100, 9999)}",
                 f"{y}-FE-{R.randint(1, 999):03d}"])


def order_no():
    return pick([f"ORD-{safe_num(8)}", f"#{R.randint(100000, 999999)}", f"PO-{R.randint(2024, 2026)}-{R.randint(1, 999):04d}",
                 f"A{safe_num(9)}", f"{tok(3, string.ascii_uppercase)}-{R.randint(10000, 99999)}"])


def phone(lang):
    if lang == "it" or chance(0.2):
        return pick([f"+39 02 {digits(4)} {digits(4)}", f"+39 3{R.randint(20, 49)} {digits(3)} {digits(4)}",
                     f"06 {digits(4)} {digits(4)}", f"800 {digits(3)} {digits(3)}", f"3{R.randint(20, 49)}{digits(7)}",
                     f"+39 0{R.randint(10, 99)} {digits(6)}"])
    return pick([f"+44 20 {digits(4)} {digits(4)}", f"+44 7{digits(3)} {digits(6)}", f"0161 {digits(3)} {digits(4)}",
                 f"+1 (415) {digits(3)}-{digits(4)}", f"+353 1 {digits(3)} {digits(4)}", f"0800 {digits(3)} {digits(4)}"])


AMT_FMT = [None]  # set once per document so a document keeps one currency style


def money(lang, v):
    f = AMT_FMT[0] if AMT_FMT[0] is not None else R.randrange(5)
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".")
        return [f"{s} €", f"€ {s}", f"EUR {s}", f"{s} EUR", s][f]
    s = f"{v:,.2f}"
    return [f"€{s}", f"£{s}", f"EUR {s}", f"{s} EUR", s][f]


def amount(lang, lo=5, hi=5000):
    return money(lang, R.randint(lo * 100, hi * 100) / 100)


MONTHS_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MONTHS_ITL = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(lang, style=None):
    y, m, d = R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    style = R.randrange(4) if style is None else style
    if style == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "it":
        return [None, f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS_IT[m - 1]} {y}"][style]
    return [None, f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}"][style]


def hhmm():
    return f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"


IT_FIRST = ["Luca", "Marta", "Giulia", "Paolo", "Francesca", "Andrea", "Chiara", "Matteo", "Sara", "Davide",
            "Elena", "Stefano", "Valentina", "Simone", "Federica", "Alessandro", "Irene", "Giorgio", "Anna",
            "Roberto", "Silvia", "Tommaso", "Beatrice", "Nicola", "Laura", "Fabio", "Ilaria", "Michele"]
IT_LAST = ["Rossi", "Bianchi", "Fabbri", "Ferrari", "Esposito", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
           "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferri", "Pellegrini"]
EN_FIRST = ["Tom", "Priya", "James", "Emma", "Oliver", "Chloe", "Daniel", "Aisha", "Liam", "Sophie", "Ryan",
            "Hannah", "Kevin", "Grace", "Sam", "Megan", "Raj", "Zoe", "Connor", "Niamh", "Ethan", "Lucy"]
EN_LAST = ["Nair", "Walsh", "Hughes", "Patel", "Murphy", "Clarke", "Evans", "O'Brien", "Turner", "Khan",
           "Bennett", "Lewis", "Price", "Fletcher", "Kelly", "Shaw", "Reid", "Doyle", "Morgan", "Hall"]
IT_COMP = ["Ferramenta Bianchi srl", "Trattoria Da Gino snc", "Ottica Mancini", "Libreria Il Portico",
           "Caseificio Valle Verde srl", "Studio Dentistico Ricci", "Pasticceria Moretti", "Autofficina Gallo",
           "Bottega del Vino sas", "Farmacia San Marco", "Agriturismo La Quercia", "Elettronica Conti srl",
           "Palestra Forma Libera ssd", "Tipografia Lombardi", "Hotel Belvedere srl", "Pizzeria Vesuvio",
           "Cartoleria Arcobaleno", "Gelateria Polare", "Idraulica Fontana srl", "Mobili Santoro spa"]
EN_COMP = ["Harbour Coffee Ltd", "Northwind Bikes", "Greenleaf Florists", "Bramble & Oak Ltd", "Kestrel Print Co",
           "Riverside Dental", "Blue Anchor Pub", "Lighthouse Books", "Copperfield Bakery Ltd", "Atlas Removals",
           "Swift Courier Services", "Maple Yoga Studio", "Fernhill Garden Centre", "Pennant Outdoor Ltd",
           "Quayside Fish Bar", "Orchard Vets", "Highland Knitwear", "Tidewater Marine Ltd"]
DE_COMP = ["Bäckerei Hoffmann GmbH", "Fahrradladen Krüger", "Weinhaus Becker KG", "Schreinerei Vogel GmbH"]
FR_COMP = ["Boulangerie Martin SARL", "Librairie Dubois", "Cave à vins Moreau", "Atelier Lefèvre SAS"]
ES_COMP = ["Ferretería López S.L.", "Panadería García", "Librería Navarro S.L.", "Taller Ruiz S.L."]


def person(lang):
    if lang == "it":
        return f"{pick(IT_FIRST)} {pick(IT_LAST)}"
    return f"{pick(EN_FIRST)} {pick(EN_LAST)}"


def company(lang):
    return pick(IT_COMP) if lang == "it" else pick(EN_COMP)


def email_of(name, dom=None):
    dom = dom or pick(["gmail.com", "libero.it", "outlook.com", "azienda.it", "studio-conti.it",
                       "example.com", "pec.it", "fastwebnet.it", "hotmail.co.uk", "northwind.co.uk"])
    n = name.lower().replace("'", "").split()
    return pick([f"{n[0]}.{n[-1]}", f"{n[0][0]}{n[-1]}", f"{n[0]}{R.randint(1, 99)}"]) + "@" + dom


# ---------------------------------------------------------------- secrets

IT_WORDS = ["Gabbiano", "Primavera", "Lampone", "Tramonto", "Pistacchio", "Girasole", "Scoiattolo",
            "Cappuccino", "Ciliegia", "Bussola", "Quaderno", "Mirtillo", "Fenice", "Vesuvio",
            "Orsacchiotto", "Bicicletta", "Granchio", "Tartaruga", "Cannella", "Limoncello", "Arancia"]
EN_WORDS = ["Falcon", "Harbour", "Pumpkin", "Granite", "Tangerine", "Meadow", "Squirrel", "Lantern",
            "Thistle", "Compass", "Biscuit", "Marble", "Otter", "Saffron", "Copper", "Juniper", "Walrus",
            "Maple", "Pebble", "Cobalt"]


def password(lang=None, kind=None):
    words = IT_WORDS if lang == "it" else EN_WORDS if lang == "en" else IT_WORDS + EN_WORDS
    kind = R.randrange(7) if kind is None else kind
    if kind == 0:
        return pick(words) + pick(["!", "#", "$", "@", "?", "*", "."]) + str(R.randint(10, 2029))
    if kind == 1:
        return pick(words) + str(R.randint(1, 99)) + pick(["!", "#", "$", "%", "&"]) + pick(words).lower()
    if kind == 2:
        return tok(R.randint(12, 18), B62 + "!#$%&*+-=?@^_")
    if kind == 3:
        return "-".join(pick(words).lower() for _ in range(3)) + "-" + str(R.randint(10, 99))
    if kind == 4:
        w = pick(words)
        return w[0] + w[1:].replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1") + pick(["!", "#", "$"]) + digits(2)
    if kind == 5:
        return tok(R.randint(20, 28), B62)
    return pick(words).lower() + "_" + pick(words).upper() + str(R.randint(2, 9)) + pick(["!", "?", "%"])


def pin(n=None):
    n = n or pick([4, 4, 5, 6])
    while True:
        p = digits(n)
        if len(set(p)) > 2 and p not in ("1234", "123456", "0000"):
            return p


def otp(n=None):
    n = n or pick([6, 6, 6, 8, 5])
    return pin(n)


def jwt(iss=None, sub=None, long=False):
    alg = pick(["RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if chance(0.6):
        hdr["kid"] = tok(R.randint(8, 20), B64URL)
    iat = R.randint(1704067200, 1790000000)
    pl = {"iss": iss or pick(["https://auth.nuvolapay.io", "https://login.orbita-api.com", "https://id.sportello.dev",
                               "https://accounts.paylane.eu/oauth2", "urn:acme:idp"]),
          "sub": sub or pick([uuid4(), "svc-" + tok(6, string.ascii_lowercase), str(R.randint(10000, 99999))]),
          "aud": pick(["api", "payments-api", "https://api.orbita-api.com", "merchant-portal"]),
          "iat": iat, "exp": iat + pick([300, 900, 3600, 86400])}
    if chance(0.7):
        pl["scope"] = pick(["payments:read payments:write", "read write", "openid profile", "refunds:create", "admin"])
    if long:
        pl["jti"] = uuid4()
        pl["client_id"] = pick(["acme-pay-prod", "shop-web", "pos-gateway", "mobile-app"])
    siglen = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(rbytes(siglen))])


def opaque_token():
    return pick([
        lambda: tok(R.randint(32, 48)),
        lambda: tok(R.randint(40, 64), B64URL),
        lambda: hexs(40),
        lambda: pick(["at_", "tk_", "api_", "live_", "prod_"]) + tok(R.randint(28, 40)),
        lambda: tok(8) + "." + tok(R.randint(30, 43), B64URL),
        lambda: "ya29." + tok(R.randint(90, 140), B64URL),
    ])()


def client_secret():
    return pick([
        lambda: tok(R.randint(32, 44), B64URL),
        lambda: hexs(64),
        lambda: tok(3) + "8Q~" + tok(34, B62 + "._~-"),
        lambda: pick(["cs_", "sec_", "secret_", "cs_live_"]) + tok(R.randint(28, 40)),
        lambda: tok(R.randint(24, 32)),
    ])()


def refresh_token():
    return pick([
        lambda: tok(R.randint(48, 72), B64URL),
        lambda: "1//0" + tok(R.randint(90, 110), B64URL),
        lambda: pick(["rt_", "rtk_", "r1."]) + tok(R.randint(40, 56)),
        lambda: hexs(64),
        lambda: "def50200" + hexs(R.randint(180, 260)),
    ])()


def vendor_key(which=None):
    which = which or pick(["stripe", "stripe", "aws", "github", "slack", "google", "sendgrid", "gitlab",
                           "openai", "twilio", "mailgun", "npm", "stripe_rk", "whsec"])
    gen = {
        "stripe": lambda: "sk_live_" + pick(["51", ""]) + tok(R.randint(24, 60)),
        "stripe_rk": lambda: "rk_live_" + tok(R.randint(24, 60)),
        "whsec": lambda: "whsec_" + tok(32),
        "aws": lambda: "AKIA" + tok(16, string.ascii_uppercase + "234567"),
        "aws_secret": lambda: tok(40, B62 + "/+"),
        "github": lambda: pick(["ghp_", "gho_", "ghs_"]) + tok(36),
        "github_pat": lambda: "github_pat_11" + tok(20, UPDIG) + "_" + tok(59),
        "slack": lambda: "xoxb-" + ndigits(R.choice([11, 12, 13])) + "-" + ndigits(13) + "-" + tok(24),
        "slack_user": lambda: "xoxp-" + ndigits(12) + "-" + ndigits(12) + "-" + ndigits(13) + "-" + hexs(32),
        "google": lambda: "AIza" + tok(35, B64URL),
        "sendgrid": lambda: "SG." + tok(22, B64URL) + "." + tok(43, B64URL),
        "gitlab": lambda: "glpat-" + tok(20, B64URL),
        "openai": lambda: "sk-proj-" + tok(R.randint(48, 72), B64URL),
        "twilio": lambda: "SK" + hexs(32),
        "twilio_auth": lambda: hexs(32),
        "mailgun": lambda: "key-" + hexs(32),
        "npm": lambda: "npm_" + tok(36),
        "azure": lambda: tok(86, B62 + "+/") + "==",
        "datadog": lambda: hexs(32),
    }
    return gen[which]()


def _pem(label, der_prefix, nbytes, width=64):
    body = base64.b64encode(der_prefix + rbytes(nbytes)).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def private_key(kind=None):
    kind = kind or pick(["rsa", "pkcs8", "ec", "openssh", "openssh"])
    if kind == "rsa":
        return _pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), R.randint(300, 420))
    if kind == "pkcs8":
        return _pem("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), R.randint(300, 420))
    if kind == "ec":
        return _pem("EC PRIVATE KEY", bytes.fromhex("30770201010420"), 32 + 80)
    pre = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ")
    return _pem("OPENSSH PRIVATE KEY", pre, 32 + 150, width=70)


def public_key_block(kind=None):
    if kind == "ssh":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, B62 + "+/") + " " + pick(["deploy@ci", "luca@laptop", "ops@bastion", "tom@mbp"])
    return pick([
        lambda: _pem("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"), 270),
        lambda: _pem("CERTIFICATE", bytes.fromhex("308203a130820289a003020102021409"), 360),
        lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, B62 + "+/") + " " + pick(["deploy@ci", "luca@laptop", "ops@bastion", "tom@mbp"]),
    ])()


def wrap_value(v, width):
    """break a long value over lines (the label must then carry the breaks)"""
    return "\n".join(v[i:i + width] for i in range(0, len(v), width))


# ---------------------------------------------------------------- OCR & extraction artefacts

_OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("l", "I"), ("I", "l"), ("O", "0"), ("0", "O"),
             ("S", "5"), ("B", "8"), ("e", "c"), ("cl", "d"), ("i", "í"), ("t", "f"), ("h", "b"),
             ("u", "v"), ("a", "o"), ("E", "F"), ("1", "l"), ("5", "S"), ("8", "B"), ("vv", "w"), ("ri", "n")]

PROT_L, PROT_R = "\ue000", "\ue001"


def protect(text, values):
    vals = sorted(set(values), key=len, reverse=True)
    for i, v in enumerate(vals):
        text = text.replace(v, f"{PROT_L}{i}{PROT_R}")
    return text, vals


def unprotect(text, vals):
    for i, v in enumerate(vals):
        text = text.replace(f"{PROT_L}{i}{PROT_R}", v)
    return text


def ocr_noise(text, values, rate=0.05, spaces=True):
    """OCR confusions on everything except the protected values"""
    t, vals = protect(text, values)
    out_lines = []
    for line in t.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if w and PROT_L not in w and chance(rate):
                subs = [s for s in _OCR_SUBS if s[0] in w]
                if subs:
                    a, b = pick(subs)
                    idx = [i for i in range(len(w)) if w.startswith(a, i)]
                    j = pick(idx)
                    w = w[:j] + b + w[j + len(a):]
            nw.append(w)
        if spaces and len(nw) > 1:
            line2 = nw[0]
            for w in nw[1:]:
                r = R.random()
                if r < rate * 0.4 and PROT_L not in line2[-2:] and PROT_L not in w[:1] and w and line2:
                    line2 += w  # dropped space
                elif r < rate * 0.8:
                    line2 += "  " + w
                else:
                    line2 += " " + w
            out_lines.append(line2)
        else:
            out_lines.append(" ".join(nw))
    return unprotect("\n".join(out_lines), vals)


_DAMAGE = {"0": ["O", "o", "D"], "1": ["l", "I", "|"], "5": ["S", "s"], "8": ["B"], "6": ["b", "G"],
           "2": ["Z"], "9": ["g"], "4": ["A"], "O": ["0"], "I": ["1", "l"], "S": ["5"], "B": ["8"], "Z": ["2"]}


def damage_value(v, n=None):
    """OCR-damage a card number / IBAN: substitute 1-2 characters in the digits"""
    n = n or pick([1, 1, 2])
    chars = list(v)
    cand = [i for i, c in enumerate(chars) if c in "015862" and i >= 2]
    R.shuffle(cand)
    for i in cand[:n]:
        chars[i] = pick(_DAMAGE[chars[i]])
    out = "".join(chars)
    return out if out != v else v[:-1] + "O" if v.endswith("0") else out


LIGS = [("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"), ("ffi", "ﬃ")]


def ligatures(text, values, p=0.6):
    if not chance(p):
        return text
    t, vals = protect(text, values)
    for a, b in sorted(LIGS, key=lambda x: -len(x[0])):
        t = t.replace(a, b)
    return unprotect(t, vals)


def para(text, width=None, hyph=0.5):
    """wrap prose like a PDF extractor: line ends with hyphenated words"""
    width = width or R.randint(58, 86)
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + 1 + len(w) <= width:
            cur = (cur + " " + w).strip()
            continue
        room = width - len(cur) - 2
        if len(w) >= 8 and room >= 3 and w.isalpha() and chance(hyph):
            cut = max(3, min(room, len(w) - 3))
            lines.append(cur + " " + w[:cut] + "-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def spaced(s):
    return " ".join(s)


def thin_amount(a):
    return a.replace(".", "\u202f", 1) if chance(0.5) and "." in a[:-3] else a


# ================================================================ sample assembly

class Doc:
    def __init__(self, lang, sec):
        self.lang = lang
        self.sec = sec
        self.secrets = []
        self.damaged = []

    @property
    def it(self):
        return self.lang == "it"

    def t(self, it, en):
        ch, other = (it, en) if self.lang == "it" else (en, it)
        # both branches were evaluated: forget values that only the unused one holds
        if isinstance(other, str) and self.secrets:
            self.secrets = [(k, v) for k, v in self.secrets if not (v in other and v not in ch)]
        return ch

    def s(self, kind, value, damaged=False):
        self.secrets.append((kind, value))
        if damaged:
            self.damaged.append(value)
        return value

    def vals(self):
        return [v for _, v in self.secrets]


GREET_IT = ["Ciao,", "Buongiorno,", "Salve,", "Buonasera,", "", "", "Gentile supporto,", "Ciao a tutti,", "Buongiorno a voi,"]
GREET_EN = ["Hi,", "Hello,", "Hi team,", "", "", "Good morning,", "Dear support,", "Hey,", "Hi there,"]


def sign(d):
    if d.it:
        return pick(["Grazie", "Grazie mille", "Grazie,\n" + pick(IT_FIRST), "Saluti\n" + person("it"),
                     "Inviato da iPhone", "Un saluto,\n" + person("it") + "\n" + pick(IT_COMP), "", "",
                     "Cordiali saluti\n" + person("it"), "Grazie in anticipo"])
    return pick(["Thanks", "Thanks,\n" + pick(EN_FIRST), "Cheers,\n" + pick(EN_FIRST), "Best regards,\n" + person("en"),
                 "Sent from my phone", "Kind regards,\n" + person("en") + "\n" + pick(EN_COMP), "", "", "Thanks in advance"])


def message(d, core):
    g = pick(GREET_IT if d.it else GREET_EN)
    s = sign(d)
    parts = [p for p in (g, core, s) if p]
    return "\n".join(parts) if chance(0.4) else "\n\n".join(parts)


def screenshot_name(d):
    y, m, dd = R.choice([2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    h, mi, se = R.randint(8, 20), R.randint(0, 59), R.randint(0, 59)
    return pick([f"IMG_{R.randint(1000, 9999)}.PNG", f"IMG_{R.randint(1000, 9999)}.jpeg",
                 f"Schermata {y}-{m:02d}-{dd:02d} alle {h:02d}.{mi:02d}.{se:02d}.png" if d.it else
                 f"Screenshot {y}-{m:02d}-{dd:02d} at {h:02d}.{mi:02d}.{se:02d}.png",
                 f"Screenshot_{y}{m:02d}{dd:02d}-{h:02d}{mi:02d}{se:02d}.png",
                 f"WhatsApp Image {y}-{m:02d}-{dd:02d} at {h:02d}.{mi:02d}.{se:02d}.jpeg",
                 f"image{R.randint(1, 9)}.png", "screenshot.png", f"cattura{R.randint(1, 12)}.PNG" if d.it else f"capture{R.randint(1, 12)}.PNG"])


def attach(d, msg, fname, body, src="ocr", subject=None):
    """put the message and the extracted text together like the desk shows them"""
    if d.it:
        engine = {"ocr": pick(["OCR", "testo riconosciuto (OCR)", "OCR immagine"]),
                  "pdf": pick(["estrazione testo PDF", "testo del PDF", "PDF → testo"]),
                  "office": pick(["conversione documento", "testo del file", "contenuto estratto"]),
                  "scan": pick(["OCR scansione", "OCR", "testo riconosciuto"])}[src]
        forms = [
            lambda: f"{msg}\n\n[Allegato: {fname}]\n--- {engine} ---\n{body}\n--- fine allegato ---",
            lambda: f"{msg}\n\n📎 {fname}\n\n{body}",
            lambda: f"Allegato: {fname}\n{engine}:\n\n{body}\n\n---\nMessaggio del cliente:\n{msg}",
            lambda: f"{msg}\n\n===== {fname} =====\n{body}",
            lambda: f"{msg}\n\n<{fname} · {engine}>\n{body}\n</{fname}>",
            lambda: f"Oggetto: {subject or pick(['Richiesta assistenza', 'problema integrazione', 'R: ticket aperto', 'allego screenshot', 'domanda'])}\n\n{msg}\n\n— {fname} ({engine}) —\n{body}",
            lambda: f"{msg}\n\n{fname}:\n{body}",
        ]
    else:
        engine = {"ocr": pick(["OCR", "image text (OCR)", "OCR result"]),
                  "pdf": pick(["PDF text extraction", "extracted PDF text", "PDF → text"]),
                  "office": pick(["document conversion", "file contents as text", "extracted content"]),
                  "scan": pick(["scan OCR", "OCR", "recognised text"])}[src]
        forms = [
            lambda: f"{msg}\n\n[Attachment: {fname}]\n--- {engine} ---\n{body}\n--- end of attachment ---",
            lambda: f"{msg}\n\n📎 {fname}\n\n{body}",
            lambda: f"Attachment: {fname}\n{engine}:\n\n{body}\n\n---\nCustomer message:\n{msg}",
            lambda: f"{msg}\n\n===== {fname} =====\n{body}",
            lambda: f"{msg}\n\n<{fname} · {engine}>\n{body}\n</{fname}>",
            lambda: f"Subject: {subject or pick(['Support request', 'integration problem', 'RE: open ticket', 'screenshot attached', 'quick question'])}\n\n{msg}\n\n— {fname} ({engine}) —\n{body}",
            lambda: f"{msg}\n\n{fname}:\n{body}",
        ]
    return pick(forms)()


def ocr(d, body, rate=None):
    rate = R.choice([0.0, 0.02, 0.04, 0.06, 0.09]) if rate is None else rate
    return ocr_noise(body, d.vals(), rate)


def pdfx(d, body):
    return ligatures(body, d.vals())


def page_footer(d, n, tot):
    return pick([f"Pagina {n} di {tot}", f"- {n} -", f"pag. {n}/{tot}", f"{n}"]) if d.it else \
        pick([f"Page {n} of {tot}", f"- {n} -", f"{n}/{tot}", f"p. {n}"])


def columns(left, right, gap=None):
    """two columns read across, the way a naive extractor does"""
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    w = max(len(x) for x in left) + (gap or R.randint(2, 8))
    return "\n".join((a.ljust(w) + b).rstrip() for a, b in zip(left, right))


def cells(rows, sep=None):
    """a table as an extractor gives it: tab/space-separated or one cell per line"""
    mode = R.randrange(3) if sep is None else sep
    if mode == 0:
        return "\n".join("\t".join(r) for r in rows)
    if mode == 1:
        return "\n".join("  ".join(r) for r in rows)
    return "\n".join(c for r in rows for c in r)


# ================================================================ OCR of screenshots

PROVIDERS = ["Nuvola Pay", "Orbita API", "Paylane", "Cassa Digitale", "Tesoro Connect", "Ledgerly",
             "FattureCloud", "Sportello Pagamenti", "Quadra Payments", "Vela Checkout"]
DOMAINS = ["shop-rossi.it", "northwind.co.uk", "ottica-mancini.it", "app.greenleaf.io", "gestionale.local",
           "booking.hotelbelvedere.it", "api.harbourcoffee.com", "portal.kestrelprint.co.uk", "localhost:3000"]


def slug(s):
    return "".join(c.lower() if c.isalnum() else "-" for c in s).strip("-").replace("--", "-")


def client_id_like():
    return pick([
        lambda: slug(pick(IT_COMP + EN_COMP).split()[0]) + "-" + pick(["pay", "shop", "pos", "web", "app"]) + "-" + pick(["prod", "sandbox", "test", "live"]),
        uuid4,
        lambda: "cli_" + tok(20),
        lambda: ndigits(10),
        lambda: tok(24, string.ascii_lowercase + string.digits),
        lambda: ndigits(12) + "-" + tok(32, string.ascii_lowercase + string.digits) + ".apps.googleusercontent.com",
    ])()


def T_portal(d):
    prov = pick(PROVIDERS)
    env = pick(["Sandbox", "Production", "Live", "Test"] if not d.it or chance(0.5) else ["Sandbox", "Produzione", "Test", "Collaudo"])
    cid = client_id_like()
    app = pick(["e-commerce", "gestionale", "POS bridge", "checkout-web", "mobile app", "backoffice", "integrazione ERP" if d.it else "ERP sync"])
    layout = R.randrange(3)
    created = date(d.lang)
    if layout == 0:
        if d.sec:
            sv = client_secret()
            shown = d.s("client_secret", sv)
            if len(sv) > 36 and chance(0.5):
                shown = wrap_value(sv, R.randint(22, 34))
                d.secrets[-1] = ("client_secret", shown)
            secline = f"{shown}   {pick(['Copy', '⧉', 'Copia' if d.it else 'Copy'])}   {pick(['Hide', '🙈', 'Nascondi' if d.it else 'Hide'])}"
        else:
            secline = pick([
                "●" * R.randint(16, 32) + "  👁 " + d.t("Mostra", "Show") + "   " + d.t("Rigenera", "Regenerate"),
                d.t("Mostra   Rigenera", "Show   Regenerate"),
                "•" * 24 + tok(4) + "   " + d.t("Copia", "Copy"),
                d.t("Il secret è visibile solo al momento della creazione. Rigeneralo per vederne uno nuovo.",
                    "The secret is only visible when it is created. Regenerate it to see a new one."),
                "**********************   Show",
            ])
        lines = [f"{prov} {d.t('Sviluppatori', 'Developers')}     Docs   {d.t('Supporto', 'Support')}   {pick(IT_FIRST + EN_FIRST)[0]}{pick(string.ascii_uppercase)}",
                 f"{d.t('App', 'Apps')} > {app} > {d.t('Credenziali', 'Credentials')}",
                 f"{d.t('Ambiente', 'Environment')}: {env} ▾", "",
                 "Client ID", f"{cid}   {d.t('Copia', 'Copy')}", "",
                 "Client secret" if chance(0.7) else d.t("Segreto client", "Client Secret"), secline, "",
                 f"{d.t('Creato il', 'Created')} {created} · {d.t('ultima rotazione', 'last rotated')} {date(d.lang)}",
                 "Redirect URIs", f"https://{pick(DOMAINS)}/oauth/callback"]
        if chance(0.4):
            lines.insert(4, "Client ID    Client secret" if chance(0.5) else "")
        body = "\n".join(lines)
    elif layout == 1:
        rows = []
        names = R.sample(["backend-prod", "worker", "cron-fatture", "test-luca", "n8n", "zapier", "magazzino", "ci-pipeline", "legacy-php"], 3)
        newkey = None
        if d.sec:
            newkey = d.s("access_token", opaque_token())
        for n in names:
            pre = pick(["live_", "test_", "key_", "pk."])
            rows.append(f"{n}   {pre}…{tok(4)}   {date(d.lang)}   {pick([d.t('mai', 'never'), date(d.lang), d.t('2 ore fa', '2 hours ago')])}   ⋯")
        head = d.t("NOME   CHIAVE   CREATA   ULTIMO USO", "NAME   KEY   CREATED   LAST USED")
        banner = ""
        if newkey:
            banner = d.t(f"Nuova chiave creata. Copiala ora, non potrai più vederla:\n{newkey}   Copia",
                         f"New key created. Copy it now, you won't be able to see it again:\n{newkey}   Copy")
        else:
            banner = pick([d.t("Le chiavi sono mostrate solo in forma abbreviata.", "Keys are shown truncated."),
                           d.t("+ Crea chiave API", "+ Create API key"), ""])
        body = "\n".join([f"{prov} · {d.t('Impostazioni', 'Settings')} › {d.t('Chiavi API', 'API keys')}", banner, "", head] + rows +
                         ["", f"{d.t('ID progetto', 'Project ID')}: {pick([uuid4(), 'prj_' + tok(16)])}"])
    else:
        # token tester / "try it" console
        tokv = jwt(long=chance(0.5)) if chance(0.6) else opaque_token()
        lines = [f"{prov} API Explorer", f"POST /oauth2/token   200 OK   {R.randint(80, 900)} ms", ""]
        if d.sec:
            if chance(0.5):
                shown = d.s("access_token", wrap_value(tokv, R.randint(48, 76)))
            else:
                shown = d.s("access_token", tokv)
            lines += ["access_token", shown, "token_type   Bearer", f"expires_in   {pick([300, 900, 3600])}"]
            if chance(0.4):
                lines += ["refresh_token", d.s("refresh_token", refresh_token())]
        else:
            lines += [f"{d.t('Richiesta', 'Request')}", "grant_type   client_credentials", f"client_id   {cid}",
                      "client_secret   {{client_secret}}" if chance(0.5) else "client_secret   ••••••••••",
                      "", f"{d.t('Risposta', 'Response')}", '{ "error": "invalid_client",',
                      f'  "error_description": "{d.t("Client authentication failed", "Client authentication failed")}",',
                      f'  "request_id": "{uuid4()}" }}']
        body = "\n".join(lines)
    if d.it:
        core = pick([
            "non capisco quale valore devo mettere come client_id nel vostro SDK, vi mando la schermata della pagina credenziali.",
            f"la chiamata al token endpoint mi risponde invalid_client da stamattina. Allego lo screenshot della console {prov}.",
            "ho rigenerato le credenziali ma continuo a ricevere 401. Vedete qualcosa di strano nello screenshot?",
            f"il collega che seguiva l'integrazione è andato via, questa è l'unica schermata che abbiamo dell'ambiente {env}.",
            "mi confermate che questa è la pagina giusta per prendere le chiavi?",
        ])
    else:
        core = pick([
            "not sure which of these values goes into client_id in your SDK, screenshot of the credentials page attached.",
            f"the token endpoint has been answering invalid_client since this morning. Screenshot of the {prov} console below.",
            "I regenerated the credentials but I'm still getting 401s. Anything odd in the screenshot?",
            f"the contractor who built this left, this screenshot is all we have of the {env} setup.",
            "can you confirm this is the right page to take the keys from?",
        ])
    return "ocr-portal", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_vendor_console(d):
    which = pick(["aws", "github", "slack", "stripe", "google", "sendgrid", "gitlab", "twilio"])
    L = []
    if which == "aws":
        user = pick(["svc-backup", "ci-deployer", "s3-uploader", "luca.ferri", "ses-mailer"])
        L = ["IAM > Users > " + user + " > " + d.t("Crea chiave di accesso", "Create access key"),
             d.t("Recupera le chiavi di accesso", "Retrieve access keys")]
        if d.sec:
            L += [d.t("Chiave di accesso", "Access key"), d.s("vendor_key", vendor_key("aws")),
                  d.t("Chiave di accesso segreta", "Secret access key"), d.s("vendor_key", vendor_key("aws_secret")) + "   " + d.t("Nascondi", "Hide"),
                  d.t("Questa è l'unica volta in cui la chiave di accesso segreta può essere visualizzata o scaricata.",
                      "This is the only time that the secret access key can be viewed or downloaded.")]
        else:
            L += [d.t("Chiavi di accesso (1)", "Access keys (1)"),
                  "AKIA" + "*" * 12 + tok(4, string.ascii_uppercase + "234567") + "   " + d.t("Attiva", "Active") + f"   {date(d.lang)}",
                  d.t("Chiave di accesso segreta", "Secret access key"), "●●●●●●●●●●   " + d.t("Mostra", "Show"),
                  f"ARN   arn:aws:iam::{ndigits(12)}:user/{user}"]
    elif which == "github":
        L = ["Settings / Developer settings / Personal access tokens / Tokens (classic)"]
        if d.sec:
            L += [d.t("Assicurati di copiare ora il tuo token. Non potrai vederlo di nuovo!",
                      "Make sure to copy your personal access token now. You won't be able to see it again!"),
                  "✓ " + d.s("vendor_key", vendor_key(pick(["github", "github_pat"]))) + "   ⧉"]
        else:
            L += [f"{pick(['deploy-bot', 'ci', 'renovate', 'backup-script'])} — repo, workflow   {d.t('Scade il', 'Expires on')} {date(d.lang)}",
                  f"{pick(['old-laptop', 'jenkins', 'npm-publish'])} — read:packages   {d.t('Mai usato', 'Never used')}",
                  d.t("I token sono come password: trattali con cura.", "Tokens you have generated that can be used to access the GitHub API.")]
        L += ["", f"Generate new token ▾   Delete   Regenerate"]
    elif which == "slack":
        L = ["OAuth & Permissions", "OAuth Tokens for Your Workspace",
             d.t("Questi token sono stati generati automaticamente quando hai installato l'app.", "These tokens were automatically generated when you installed the app to your team.")]
        if d.sec:
            L += ["Bot User OAuth Token", d.s("vendor_key", vendor_key("slack")), "Copy"]
        else:
            L += ["Bot User OAuth Token", "xoxb-••••••••••••••••••••••   Copy", "", "App ID  " + "A0" + tok(9, UPDIG),
                  "Signing Secret", "•" * 20 + "   Show   Regenerate"]
    elif which == "stripe":
        L = [d.t("Sviluppatori › Chiavi API", "Developers › API keys"), d.t("Chiavi standard", "Standard keys"),
             d.t("NOME   TOKEN   ULTIMO UTILIZZO   CREATA", "NAME   TOKEN   LAST USED   CREATED")]
        if d.sec:
            k = vendor_key(pick(["stripe", "stripe_rk"]))
            L += ["Publishable key   pk_live_…" + tok(4), "Secret key", d.s("vendor_key", k) if len(k) < 50 or chance(0.5) else d.s("vendor_key", wrap_value(k, 40)),
                  d.t("Nascondi chiave live", "Hide live key")]
        else:
            L += ["Publishable key   pk_live_…" + tok(4), "Secret key   sk_live_…" + tok(4) + "   " + d.t("Mostra chiave live", "Reveal live key"),
                  "", "Webhook endpoint   " + f"https://{pick(DOMAINS)}/stripe/webhook", "Signing secret   " + d.t("Mostra", "Reveal")]
    elif which == "google":
        L = ["Google Cloud  ▸  " + pick(["shop-prod", "gestionale-123", "maps-test"]), "API " + d.t("e servizi", "& Services") + " › " + d.t("Credenziali", "Credentials")]
        if d.sec:
            L += [d.t("Chiave API creata", "API key created"), d.t("La tua chiave API", "Your API key"), d.s("vendor_key", vendor_key("google")) + "   ⧉"]
        else:
            L += [d.t("Chiavi API", "API Keys"), f"Maps key   {date(d.lang)}   " + d.t("Mostra chiave", "Show key"),
                  f"{d.t('Numero progetto', 'Project number')}: {ndigits(12)}",
                  f"OAuth 2.0 Client IDs   web-client   {client_id_like()}"]
    elif which == "sendgrid":
        L = ["Settings › API Keys", d.t("API key creata", "API Key Created")]
        if d.sec:
            L += [d.t("Copia la chiave e conservala al sicuro.", "Please copy this key and save it somewhere safe."),
                  d.s("vendor_key", vendor_key("sendgrid")), "Copy", "Done"]
        else:
            L = ["Settings › API Keys", "API KEY NAME   API KEY ID   ACTION",
                 f"{pick(['newsletter', 'transactional', 'crm'])}   {tok(22, B64URL)}   ⚙", f"{pick(['legacy', 'test'])}   {tok(22, B64URL)}   ⚙"]
    elif which == "gitlab":
        L = ["User Settings › Access Tokens"]
        if d.sec:
            L += [d.t("Il tuo nuovo token di accesso personale", "Your new personal access token"), d.s("vendor_key", vendor_key("gitlab")) + "  ⧉  👁",
                  d.t("Assicurati di salvarlo: non potrai accedervi di nuovo.", "Make sure you save it - you won't be able to access it again.")]
        else:
            L += ["Active personal access tokens (2)", f"ci-runner   api, read_repository   {date(d.lang)}   Revoke",
                  f"backup   read_api   {date(d.lang)}   Revoke"]
    else:
        L = ["Twilio Console › Account › API keys & tokens"]
        if d.sec:
            L += ["Auth Token", d.s("vendor_key", vendor_key("twilio_auth")) + "   Hide",
                  "Account SID   AC" + hexs(32)]
        else:
            L += ["Account SID   AC" + hexs(32), "Auth Token   ••••••••••••••••   Show",
                  f"{d.t('Numero', 'Phone number')}   {phone(d.lang)}"]
    body = "\n".join(L)
    if d.it:
        core = pick(["è questa la chiave che devo incollare nel vostro plugin? Allego screenshot.",
                     "il plugin dice chiave non valida, vi giro quello che vedo nella console.",
                     "vi mando lo screenshot della pagina, non capisco quale token usare per l'integrazione.",
                     "dopo l'aggiornamento le notifiche non partono più. Questo è quello che ho configurato."])
    else:
        core = pick(["is this the key I need to paste into your plugin? Screenshot attached.",
                     "the plugin says invalid key, here's what I see in the console.",
                     "screenshot of the page attached, I can't work out which token the integration needs.",
                     "notifications stopped after the update. This is what I have configured."])
    return "ocr-console", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_terminal(d):
    host = pick(["luca@dev-01", "ubuntu@ip-10-0-3-17", "root@vps-shop", "tom@mbp", "deploy@prod-web-2", "admin@nas"])
    prompt = f"{host}:~$ " if chance(0.7) else "PS C:\\Users\\" + pick(["marta", "it", "tom"]) + "> "
    api = pick(["api.nuvolapay.io", "api.orbita-api.com", "sandbox.paylane.eu", "api.quadra-payments.com"])
    L = []
    variant = R.randrange(9)
    if variant in (7, 8):
        proj = pick(["shop-prod-4411", "gestionale-382910", "maps-test-1029"])
        if variant == 7:
            L = [prompt + "cat " + pick(["service-account.json", "gcp-key.json", "credentials/firebase-admin.json"]), "{", '  "type": "service_account",',
                 f'  "project_id": "{proj}",', f'  "private_key_id": "{hexs(40)}",']
            if d.sec:
                pk = private_key("pkcs8").replace("\n", "\\n")
                L += [f'  "private_key": "{d.s("private_key", pk)}\\n",']
            else:
                L += ['  "private_key": "<REDACTED>",' if chance(0.5) else '  "private_key": "${GCP_PRIVATE_KEY}",']
            L += [f'  "client_email": "{pick(["uploader", "firebase-adminsdk-" + tok(5, string.ascii_lowercase), "backup"])}@{proj}.iam.gserviceaccount.com",',
                  f'  "client_id": "{safe_num(21)}",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}"]
        else:
            L = [prompt + "cat ~/.config/" + pick(["fattureincloud", "xero-sync", "nuvola-cli", "qbo-bridge"]) + "/credentials.json", "{"]
            if d.sec:
                L += [f'  "refresh_token": "{d.s("refresh_token", refresh_token())}",', f'  "expires_at": "{date("en", 0)}T{hhmm()}:00Z",']
            else:
                L += ['  "refresh_token": null,', f'  "expires_at": "{date("en", 0)}T{hhmm()}:00Z",', '  "error": "invalid_grant",']
            L += [f'  "account_id": "{uuid4()}"', "}"]
    if variant in (7, 8):
        pass
    elif d.sec:
        if variant == 0:
            tv = d.s("access_token", pick([jwt(), opaque_token()]))
            L = [prompt + f"curl -s https://{api}/v2/payments?limit=5 \\", f'  -H "Authorization: Bearer {tv}"',
                 '{"data":[],"has_more":false,"request_id":"' + uuid4() + '"}']
        elif variant == 1:
            cid, cs = client_id_like(), client_secret()
            pair = d.s("client_secret", f"{cid}:{cs}")
            L = [prompt + f"curl -u {pair} -d grant_type=client_credentials https://{api}/oauth/token",
                 '{"error":"invalid_client"}']
        elif variant == 2:
            pw = d.s("password", password())
            L = [prompt + f"mysql -h {pick(['db.internal', '127.0.0.1', '10.0.2.15'])} -u {pick(['root', 'shop', 'app_rw'])} -p{pw} {pick(['negozio', 'shopdb', 'wp_prod'])}",
                 "mysql: [Warning] Using a password on the command line interface can be insecure.",
                 "ERROR 1045 (28000): Access denied for user"]
        elif variant == 3:
            pw = d.s("password", password())
            user = pick(["app", "postgres", "odoo", "report"])
            L = [prompt + f'psql "postgresql://{user}:{pw}@{pick(["db-prod", "10.0.1.5", "pg.internal"])}:5432/{pick(["shop", "erp", "billing"])}"',
                 f'psql: error: connection to server failed: FATAL:  password authentication failed for user "{user}"']
        elif variant == 4:
            at, rt = jwt(), refresh_token()
            d.s("access_token", at)
            d.s("refresh_token", rt)
            L = [prompt + f"http POST https://{api}/oauth/token grant_type=refresh_token refresh_token=@rt.txt", "HTTP/1.1 200 OK",
                 "{", f'    "access_token": "{at}",', '    "expires_in": 3600,', f'    "refresh_token": "{rt}",', '    "token_type": "Bearer"', "}"]
        elif variant == 5:
            k = d.s("private_key", private_key(pick(["openssh", "rsa", "ec"])))
            L = [prompt + "cat ~/.ssh/" + pick(["id_ed25519", "id_rsa", "deploy_key"]), k, prompt]
        else:
            vk = d.s("vendor_key", vendor_key(pick(["stripe", "sendgrid", "openai", "github"])))
            L = [prompt + "env | grep -i key", f"{pick(['STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'OPENAI_API_KEY', 'GH_TOKEN'])}={vk}",
                 f"PUBLIC_BASE_URL=https://{pick(DOMAINS)}", "NODE_ENV=production"]
    else:
        if variant == 0:
            L = [prompt + f"curl -s https://{api}/v2/payments?limit=5 \\", '  -H "Authorization: Bearer $ACCESS_TOKEN"',
                 '{"error":"token_expired","request_id":"' + uuid4() + '","trace_id":"' + hexs(32) + '"}']
        elif variant == 1:
            L = [prompt + f'curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials https://{api}/oauth/token',
                 '{"error":"invalid_client","error_description":"Client authentication failed"}', prompt + "echo $CLIENT_ID", client_id_like()]
        elif variant == 2:
            L = [prompt + "kubectl get pods -n " + pick(["shop", "payments", "default"]),
                 "NAME                              READY   STATUS             RESTARTS   AGE"]
            for _ in range(3):
                L.append(f"{pick(['api', 'worker', 'web', 'cron'])}-{hexs(10)}-{tok(5, string.ascii_lowercase + string.digits)}   {pick(['1/1', '0/1'])}     {pick(['Running', 'CrashLoopBackOff', 'Pending'])}   {R.randint(0, 40)}   {R.randint(1, 59)}m")
        elif variant == 3:
            L = [prompt + "git log --oneline -5"] + [f"{hexs(7)} {pick(['fix webhook signature check', 'bump sdk to 4.2.1', 'read secret from env', 'rotate keys via vault', 'add retry on 429', 'remove hardcoded token'])}" for _ in range(5)]
        elif variant == 4:
            L = [prompt + "docker images --digests | head -3", "REPOSITORY   TAG   DIGEST   IMAGE ID",
                 f"shop/api   2.4.1   sha256:{hexs(64)}   {hexs(12)}", f"shop/worker   2.4.1   sha256:{hexs(64)}   {hexs(12)}"]
        elif variant == 5:
            L = [prompt + "cat ~/.ssh/id_ed25519.pub", public_key_block() if chance(0.3) else "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, B62 + "+/") + " deploy@ci",
                 prompt + "ssh-keygen -lf ~/.ssh/id_ed25519", f"256 SHA256:{tok(43, B62 + '+/')} deploy@ci (ED25519)"]
        else:
            L = [prompt + "env | grep -i key", "STRIPE_SECRET_KEY=", "SENDGRID_API_KEY=${SENDGRID_API_KEY}",
                 f"PUBLIC_BASE_URL=https://{pick(DOMAINS)}", prompt + "# la chiave la prende da vault" if d.it else prompt + "# key comes from vault at runtime"]
    body = "\n".join(L)
    if d.it:
        core = pick(["ecco lo screenshot del terminale, non capisco cosa sbaglio.",
                     "vi allego la schermata del terminale con il comando e la risposta.",
                     "scusate la foto dello schermo, dal server non riesco a copiare il testo.",
                     "dopo il deploy di ieri sera succede questo, vedi screenshot."])
    else:
        core = pick(["here's a screenshot of the terminal, I can't see what I'm doing wrong.",
                     "attaching a screenshot with the command and the response.",
                     "sorry for the photo of the screen, I can't copy text out of that box.",
                     "this started after last night's deploy, see screenshot."])
    return "ocr-terminal", attach(d, message(d, core), screenshot_name(d), ocr(d, body, rate=pick([0.0, 0.01, 0.03])))


def T_apiclient(d):
    app = pick(["Postman", "Insomnia", "Bruno", "Hoppscotch"])
    api = pick(["api.nuvolapay.io", "api.orbita-api.com", "sandbox.paylane.eu", "api.ledgerly.com"])
    method = pick(["GET", "POST", "POST", "PUT"])
    path = pick(["/v1/charges", "/v2/payments", "/oauth/token", "/v1/merchants/me", "/v3/refunds"])
    L = [f"{app}   {pick(['My Workspace', 'Team Shop', 'Integrazione' if d.it else 'Integration'])}   {pick(['Sandbox', 'Prod', 'No environment'])} ▾",
         f"{method}   https://{api}{path}   Send", "Params   Authorization •   Headers (9)   Body •   Pre-request Script   Tests   Settings"]
    v = R.randrange(5)
    if v == 0:
        L += ["Type   Basic Auth ▾", "Username", client_id_like() if chance(0.5) else email_of(person(d.lang)), "Password"]
        if d.sec:
            L += [d.s("password", password()) + "   " + pick(["👁", "Hide", ""])]
        else:
            L += [pick(["{{api_password}}", "●●●●●●●●●●●", "<password>", "Show Password"])]
    elif v == 1:
        L += ["Type   Bearer Token ▾", "Token"]
        if d.sec:
            tv = jwt() if chance(0.5) else opaque_token()
            L += [d.s("access_token", wrap_value(tv, R.randint(50, 70)) if len(tv) > 80 and chance(0.6) else tv)]
        else:
            L += [pick(["{{access_token}}", "{{bearerToken}}", "<your-token>", "Token"]),
                  d.t("La variabile non è definita nell'ambiente corrente", "Unresolved variable: not defined in the current environment") if chance(0.5) else ""]
    elif v == 2:
        L += ["Type   OAuth 2.0 ▾", "Configure New Token", f"Token Name   {pick(['sandbox', 'prod token', 'test'])}",
              "Grant type   Client Credentials", f"Access Token URL   https://{api}/oauth/token",
              "Client ID", client_id_like(), "Client Secret"]
        if d.sec:
            L += [d.s("client_secret", client_secret())]
        else:
            L += [pick(["{{client_secret}}", "{{clientSecret}}", "••••••••••••••••", "YOUR_CLIENT_SECRET"])]
        L += ["Scope   payments:write", "Client Authentication   Send as Basic Auth header", "Get New Access Token"]
    elif v == 3:
        L += ["Body", "Pretty   Raw   Preview   JSON ▾", f"200 OK   {R.randint(90, 800)} ms   {R.randint(1, 4)}.{R.randint(1, 9)} KB", "{"]
        if d.sec:
            L += [f'  "access_token": "{d.s("access_token", opaque_token() if chance(0.5) else jwt())}",',
                  '  "token_type": "Bearer",', f'  "expires_in": {pick([3599, 900, 7200])},']
            if chance(0.6):
                L += [f'  "refresh_token": "{d.s("refresh_token", refresh_token())}",']
            L += [f'  "scope": "{pick(["payments", "read write", "merchant.read"])}"', "}"]
        elif chance(0.3):
            _, bc = bad_card()
            L += ['  "error": {', '    "code": "invalid_number",', f'    "message": "{d.t("Il numero della carta non è corretto.", "Your card number is incorrect.")}",',
                  f'    "param": "card[number]", "value": "{bc}"', "  },", f'  "request_id": "req_{tok(14)}"', "}"]
        else:
            L += [f'  "id": "{pick(["pay_", "ch_", "re_"]) + tok(24)}",', f'  "amount": {R.randint(100, 99999)},', '  "currency": "EUR",',
                  f'  "status": "{pick(["requires_action", "succeeded", "failed"])}",', f'  "client_id": "{client_id_like()}",',
                  f'  "idempotency_key": "{uuid4()}"', "}"]
    else:
        L += ["Headers", "KEY   VALUE   DESCRIPTION", "Content-Type   application/json", f"X-Request-Id   {uuid4()}"]
        if d.sec:
            kind = pick(["basic", "apikey", "cookie"])
            if kind == "basic":
                blob = base64.b64encode(f"{client_id_like()}:{client_secret()}".encode()).decode()
                L += [f"Authorization   Basic {d.s('client_secret', blob)}"]
            elif kind == "apikey":
                L += [f"X-Api-Key   {d.s('access_token', opaque_token())}"]
            else:
                L += [f"Cookie   session={d.s('access_token', tok(R.randint(32, 64), B64URL))}; lang={d.lang}"]
        else:
            L += [pick(["Authorization   Basic {{basic_auth}}", "X-Api-Key   {{apiKey}}", "Authorization   Bearer <token>", "Cookie   lang=it; consent=1"]),
                  f"Idempotency-Key   {uuid4()}"]
    body = "\n".join(x for x in L if x is not None)
    if d.it:
        core = pick([f"da {app} la chiamata funziona, dal nostro backend no. Allego la schermata.",
                     f"vi mando lo screenshot di {app}: ricevo sempre 401 anche con il token nuovo.",
                     "non capisco se devo mandare le credenziali in Basic o nel body, ecco come l'ho impostata.",
                     "la risposta mi sembra corretta ma poi il pagamento resta in sospeso, vedete voi?"])
    else:
        core = pick([f"the call works from {app} but not from our backend. Screenshot attached.",
                     f"screenshot of {app} attached: I keep getting 401 even with a fresh token.",
                     "not sure whether the credentials go in Basic auth or in the body, this is how I set it up.",
                     "the response looks right but then the payment stays pending, can you have a look?"])
    return "ocr-apiclient", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_pwmanager(d):
    app = pick(["Bitwarden", "1Password", "KeePassXC", "Dashlane", "Portachiavi iCloud" if d.it else "iCloud Keychain", "LastPass"])
    site = pick(["portale.nuvolapay.io", "dashboard.stripe.com", "merchant.orbita-api.com", "home banking", "pannello hosting", "Aruba PEC", "router ufficio" if d.it else "office router", "gestionale"])
    user = pick([email_of(person(d.lang)), "admin", "amministrazione", "ufficio.acquisti" if d.it else "accounts", client_id_like()])
    L = [f"{app}", f"{d.t('Tutti gli elementi', 'All items')}  ›  {site}", "", d.t("Nome utente", "Username"), user, ""]
    v = R.randrange(5)
    if v == 4:
        L = [app, d.t("Tutti gli elementi", "All items") + "  ›  " + pick(["SSH prod-web", "deploy key", "sftp fornitore" if d.it else "supplier sftp", "bastion"]),
             d.t("Tipo: chiave SSH", "Type: SSH key")]
        if d.sec:
            L += [d.t("Chiave privata", "Private key") + "   " + d.t("Nascondi", "Hide"), d.s("private_key", private_key(pick(["openssh", "rsa", "ec"])))]
        else:
            L += [d.t("Chiave privata", "Private key"), "●●●●●●●●●●●●●●●●   " + d.t("Mostra", "Show")]
        L += [d.t("Chiave pubblica", "Public key"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, B62 + "+/"),
              d.t("Impronta", "Fingerprint"), "SHA256:" + tok(43, B62 + "+/")]
    if v == 4:
        pass
    elif d.sec:
        if v in (0, 1):
            L += ["Password", d.s("password", password()) + "   " + pick(["👁", d.t("Nascondi", "Hide"), "⧉"])]
            if chance(0.5):
                L += [d.t("Codice di verifica (TOTP)", "Verification code (TOTP)"), f"{d.s('pin', otp(6))}   ⏱ {R.randint(3, 29)}"]
            else:
                L += [d.t("Sicurezza password", "Password strength") + ": " + pick(["●●●○ " + d.t("Buona", "Good"), d.t("Debole", "Weak")])]
        elif v == 2:
            code = otp(6)
            disp = code[:3] + " " + code[3:]
            L += ["Password", "••••••••••••", d.t("Codice monouso", "One-time code"), d.s("pin", disp) + f"   {R.randint(2, 29)}s"]
        else:
            L += [d.t("Note", "Notes"), d.t(f"PIN bancomat azienda: {d.s('pin', pin(5))}", f"Company debit card PIN: {d.s('pin', pin(4))}"),
                  d.t("chiedere a Marta prima di usarla", "ask the office manager before using it")]
    else:
        if v == 0:
            L += ["Password", "••••••••••••••   👁   ⧉", d.t("Ultima modifica", "Last edited") + f": {date(d.lang)}"]
        elif v == 1:
            L = [app, d.t("Rapporto sicurezza", "Security report"), d.t("Password deboli: 3", "Weak passwords: 3"),
                 d.t("Password riutilizzate: 5", "Reused passwords: 5"), d.t("Siti compromessi: 1", "Exposed passwords: 1"),
                 f"{site}   {user}   " + d.t("riutilizzata", "reused")]
        elif v == 2:
            L += ["Password", "●●●●●●●●●●", d.t("Codice monouso", "One-time code"), "••• •••   " + d.t("Mostra", "Show")]
        else:
            L = [app, d.t("Generatore", "Generator"), d.t("Lunghezza", "Length") + f"   {R.randint(14, 32)}",
                 "A-Z ✓   a-z ✓   0-9 ✓   !@#$ " + pick(["✓", "✗"]), d.t("Evita caratteri ambigui", "Avoid ambiguous characters") + "  ✓",
                 d.t("Genera password", "Generate password") + "   ⟳"]
    body = "\n".join(L)
    if d.it:
        core = pick(["mi chiedete con che utente accedo al portale: vi allego lo screenshot del gestore password.",
                     "non riesco più ad entrare, ecco cosa ho salvato. È giusto l'utente?",
                     "per l'autenticazione a due fattori uso questo, il codice però non viene accettato.",
                     "vi allego la schermata come richiesto per la verifica dell'account."])
    else:
        core = pick(["you asked which user I log into the portal with, here's a screenshot from my password manager.",
                     "I can't log in any more, this is what I have saved. Is the username right?",
                     "I use this for two-factor, but the code keeps getting rejected.",
                     "screenshot attached as requested for the account check."])
    return "ocr-pwmanager", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_sms(d):
    bank = pick(["Intesa Sanpaolo", "UniCredit", "BancoBPM", "Fineco", "Poste", "Nexi", "Revolut", "N26", "Monzo", "Barclays"])
    svc = pick(PROVIDERS + ["Amazon", "PayPal", "Satispay", "Google", "Microsoft"])
    t = hhmm()
    L = [pick(["Messaggi", "SMS"]) if d.it else "Messages", pick([bank, svc, phone(d.lang), "INFO SMS"]), d.t("Oggi", "Today") + " " + t]
    msgs = []
    n_ok = R.randint(0, 2)
    for _ in range(n_ok):
        msgs.append(pick([
            d.t(f"Pagamento di {amount('it', 2, 300)} con carta {mask_card(card()[1], 0)} presso {pick(['ESSELUNGA', 'AMAZON EU', 'TRENITALIA', 'BAR CENTRALE'])} il {date('it', 1)}.",
                f"Card ending {last4(card()[1])} used for {amount('en', 2, 300)} at {pick(['TESCO', 'AMAZON EU', 'TFL TRAVEL', 'COSTA COFFEE'])}."),
            d.t(f"Il tuo pacco {order_no()} è in consegna oggi. Traccia: {ndigits(12)}", f"Your parcel {order_no()} is out for delivery today. Track: {ndigits(12)}"),
            d.t(f"Bonifico di {amount('it')} eseguito. CRO {cro()}", f"Transfer of {amount('en')} sent. Ref {tok(10, UPDIG)}"),
            d.t("Hai effettuato l'accesso da un nuovo dispositivo. Se non sei stato tu chiama il " + phone("it"),
                "New sign-in to your account from a new device. Not you? Call " + phone("en")),
            d.t("Il codice che hai richiesto è scaduto. Richiedine uno nuovo dall'app.", "The code you requested has expired. Request a new one from the app."),
            d.t("Non comunicare mai i tuoi codici a nessuno, neanche a operatori della banca.", "We will never ask for your PIN or passcodes by phone or text."),
        ]))
    if d.sec:
        code = otp()
        if chance(0.25) and len(code) == 6:
            code = code[:3] + pick([" ", "-"]) + code[3:]
        c = d.s("pin", code)
        msgs.append(pick([
            d.t(f"{c} è il tuo codice di verifica {svc}. Non condividerlo con nessuno.", f"{c} is your {svc} verification code. Don't share it with anyone."),
            d.t(f"Codice per autorizzare il bonifico di {amount('it')} a {person('it').upper()}: {c}. Se non sei tu, non inserirlo.",
                f"Code to approve your payment of {amount('en')} to {person('en').upper()}: {c}. If this wasn't you, don't enter it."),
            d.t(f"{bank}: il codice OTP per l'operazione è {c}, valido 5 minuti.", f"{bank}: your one-time passcode is {c}. It expires in 5 minutes."),
            d.t(f"Il PIN della tua nuova carta è {c}. Memorizzalo e cancella questo messaggio.", f"Your new card PIN is {c}. Memorise it and delete this message."),
            d.t(f"Usa il codice {c} per accedere. Non lo chiederemo mai al telefono.", f"Use code {c} to sign in. We'll never call to ask for it."),
            d.t(f"<#> Codice {svc}: {c}\n{tok(11, B62)}", f"<#> {svc} code: {c}\n{tok(11, B62)}"),
        ]))
    else:
        msgs.append(pick([
            d.t("Il tuo codice di verifica è...", "Your verification code is..."),
            d.t(f"Codice per autorizzare il bonifico di {amount('it')}: ●●●●●● (tocca per vedere)", f"Code to approve your payment of {amount('en')}: ●●●●●● (tap to view)"),
            d.t(f"{svc}: il tuo ordine {order_no()} è stato spedito.", f"{svc}: your order {order_no()} has shipped."),
            d.t(f"Promemoria: appuntamento il {date('it', 1)} alle {hhmm()}. Per disdire rispondi NO.", f"Reminder: appointment on {date('en', 2)} at {hhmm()}. Reply NO to cancel."),
            d.t("Non condividere mai il codice OTP: nessun operatore te lo chiederà.", "Never share your one-time passcode: no one from the bank will ask for it."),
            d.t(f"Addebito SDD {amount('it')} mandato {pick(['MND', 'RCUR', 'SDD'])}-{safe_num(8)} del {date('it', 1)}", f"Direct debit {amount('en')} mandate ref {pick(['DD', 'MND'])}{safe_num(8)} on {date('en', 2)}"),
        ]))
    R.shuffle(msgs)
    L += msgs + [d.t("Scrivi un messaggio", "Text Message") + pick(["", "   ↑"])]
    body = "\n".join(L)
    if d.it:
        core = pick(["il codice che mi arriva per SMS non viene accettato dalla pagina di pagamento, vi mando lo screenshot.",
                     "il cliente dice che non gli arriva nessun codice, lui ci ha mandato questa schermata.",
                     "ricevo due SMS diversi e non capisco quale inserire, allego.",
                     "screenshot dei messaggi ricevuti stamattina, per capire se il 3DS è partito."])
    else:
        core = pick(["the code I get by text isn't accepted on the payment page, screenshot attached.",
                     "the customer says no code arrives, they sent us this screenshot.",
                     "I get two different texts and don't know which code to enter.",
                     "screenshot of this morning's messages, to check whether 3DS was triggered."])
    return "ocr-sms", attach(d, message(d, core), screenshot_name(d), ocr(d, body, rate=pick([0.0, 0.02, 0.04])))


def T_mailclient(d):
    prov = pick(PROVIDERS)
    sender = pick([f"noreply@{slug(prov)}.io", f"onboarding@{slug(prov)}.com", email_of(person(d.lang))])
    L = [pick(["Posta in arrivo", "Inbox"]) if d.it else "Inbox", d.t("Rispondi   Rispondi a tutti   Inoltra   Archivia   🗑", "Reply   Reply all   Forward   Archive   🗑"),
         d.t("Da", "From") + f": {sender}", d.t("A", "To") + f": {email_of(person(d.lang))}", d.t("Data", "Date") + f": {date(d.lang)} {hhmm()}"]
    v = R.randrange(4)
    if d.sec:
        if v == 0:
            L += [d.t("Oggetto: Le tue credenziali di produzione", "Subject: Your production credentials"), "",
                  d.t("Gentile cliente,", "Dear customer,"),
                  d.t("ecco le credenziali per l'ambiente di produzione:", "here are your production credentials:"),
                  f"Client ID: {client_id_like()}", f"Client Secret: {d.s('client_secret', client_secret())}",
                  d.t("Conservale in un luogo sicuro.", "Please store them securely.")]
        elif v == 1:
            L += [d.t("Oggetto: accesso pannello", "Subject: panel access"), "",
                  d.t(f"Ciao, ti ho creato l'utenza. Utente: {pick(['negozio', 'admin2', 'contabilita'])} password temporanea: {d.s('password', password('it'))} (cambiala al primo accesso)",
                      f"Hi, I've set up your login. User: {pick(['shop', 'admin2', 'accounts'])} temporary password: {d.s('password', password('en'))} (please change it on first login)")]
        elif v == 2:
            L += [d.t("Oggetto: Codice di accesso", "Subject: Your sign-in code"), "",
                  d.t("Il tuo codice di accesso è", "Your sign-in code is"), d.s("pin", otp(6)),
                  d.t("Il codice scade tra 10 minuti.", "This code expires in 10 minutes.")]
        else:
            L += [d.t("Oggetto: R: token API", "Subject: RE: API token"), "",
                  d.t(f"Eccolo, usa questo finché non sistemiamo il vault:\n{d.s('access_token', opaque_token())}",
                      f"Here you go, use this until we sort the vault out:\n{d.s('access_token', opaque_token())}") if chance(0.5) else
                  d.t(f"Il refresh token del connettore è questo, mettilo nel .env:\n{d.s('refresh_token', refresh_token())}",
                      f"This is the connector's refresh token, put it in the .env:\n{d.s('refresh_token', refresh_token())}")]
    else:
        if v == 0:
            L += [d.t("Oggetto: Le tue credenziali sono state ruotate", "Subject: Your credentials were rotated"), "",
                  d.t(f"Il client secret dell'app {client_id_like()} è stato rigenerato il {date('it')}. Il vecchio valore smetterà di funzionare tra 24 ore.",
                      f"The client secret for app {client_id_like()} was regenerated on {date('en')}. The old value stops working in 24 hours."),
                  d.t("Puoi vedere il nuovo valore una sola volta dalla console.", "You can view the new value once from the console.")]
        elif v == 1:
            L += [d.t("Oggetto: La tua password è stata modificata", "Subject: Your password was changed"), "",
                  d.t("Se non sei stato tu, contatta subito l'assistenza al " + phone("it") + ".", "If this wasn't you, contact support on " + phone("en") + " right away.")]
        elif v == 2:
            L += [d.t(f"Oggetto: Fattura {invoice_no('it')}", f"Subject: Invoice {invoice_no('en')}"), "",
                  d.t(f"In allegato la fattura di {amount('it')} con scadenza {date('it', 1)}. Il pagamento verrà addebitato sulla carta {mask_card(card()[1], 0)}.",
                      f"Please find attached the invoice for {amount('en')} due {date('en', 2)}. It will be charged to the card {mask_card(card()[1], 0)}.")]
        else:
            L += [d.t("Oggetto: R: token API", "Subject: RE: API token"), "",
                  d.t("Il token te lo passo a voce, non per mail. Intanto usa la variabile API_TOKEN nel .env.",
                      "I'll give you the token over the phone, not by email. Meanwhile use the API_TOKEN variable from .env.")]
    body = "\n".join(L)
    if d.it:
        core = pick(["vi inoltro lo screenshot della mail che ho ricevuto, è normale?",
                     "allego la mail, non capisco se devo fare qualcosa.",
                     "il mio collega mi ha mandato questa mail, riuscite a verificare se i dati sono corretti?"])
    else:
        core = pick(["forwarding a screenshot of the email I got, is this expected?",
                     "email attached, not sure if I need to do anything.",
                     "my colleague sent me this email, can you check the details are right?"])
    return "ocr-email", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_bankapp(d):
    bank = pick(["Intesa Sanpaolo", "UniCredit", "Fineco", "BancoPosta", "Revolut", "N26", "Monzo", "Starling", "Hype", "ING"])
    holder = person(d.lang).upper()
    L = [f"{hhmm()}   ▂▄▆  {R.randint(12, 99)}%", bank]
    v = R.randrange(4)
    if v == 0:
        acc = it_account() if d.it or chance(0.3) else None
        ib = acc["iban"] if acc else any_iban(pick(["GB", "IE", "DE", "XX"]))
        L += [d.t("Dettagli conto", "Account details"), d.t("Intestatario", "Account holder"), holder, "IBAN"]
        if d.sec:
            shown = fmt_iban(ib)
            if chance(0.2):
                shown = damage_value(shown)
                d.s("iban", shown, damaged=True)
            else:
                d.s("iban", shown)
            L += [shown, d.t("Copia   Condividi", "Copy   Share"), "BIC/SWIFT", acc["bic"] if acc else pick(["REVOGB21", "NTSBDEB1XXX", "MONZGB2L"])]
        else:
            L += [pick([mask_iban(ib), d.t("Tocca per mostrare", "Tap to reveal"), "•••• •••• •••• " + ib[-4:]]), "BIC/SWIFT", acc["bic"] if acc else "REVOGB21"]
    elif v == 1:
        brand, cn = card()
        L += [d.t("Le mie carte", "My cards"), f"{brand} {pick(['Debit', 'Gold', 'Business', 'Virtual'])}", holder]
        if d.sec:
            sep = card_sep()
            shown = fmt_card(cn, sep)
            if chance(0.15):
                shown = damage_value(shown)
                d.s("card_number", shown, damaged=True)
            else:
                d.s("card_number", shown)
            L += [d.t("Numero carta", "Card number"), shown, d.t("Scadenza", "Expiry") + f"   {expiry()}", "CVV" if chance(0.6) else "CVC"]
            L += [d.s("cvv", cvv_for(cn)), d.t("I dati si nascondono tra 30 s", "Details hide in 30 s")]
        else:
            L += [mask_card(cn), d.t("Scadenza", "Expiry") + f"   {expiry()}", "CVV   •••", d.t("Mostra dati carta", "Show card details"),
                  d.t("Blocca temporaneamente", "Freeze card")]
    elif v == 2:
        L += [d.t("Saldo disponibile", "Available balance"), amount(d.lang, 100, 9000), d.t("Movimenti", "Transactions")]
        for _ in range(R.randint(3, 5)):
            L.append(f"{date(d.lang, 1)}   {pick(['POS', 'SDD', 'BONIFICO', 'PAYPAL', 'AMAZON', 'STIPENDIO', 'Apple Pay'])}   {pick(['-', '+'])}{amount(d.lang, 1, 900)}")
        if d.sec:
            L += [pick([d.t("PIN carta", "Card PIN"), "P I N", d.t("Il tuo PIN", "Your PIN")]), d.s("pin", pin(pick([4, 5]))), d.t("Nascondi PIN", "Hide PIN")]
        else:
            L += [d.t("Vedi PIN", "View PIN"), d.t("Per vedere il PIN serve l'autorizzazione con impronta.", "Confirm with Face ID to view your PIN.")]
    else:
        L += [d.t("Bonifico", "Send money"), d.t("Beneficiario", "Payee"), pick(IT_COMP + EN_COMP).upper()]
        ib = any_iban("IT" if d.it else pick(["GB", "IE", "IT"]))
        if d.sec:
            shown = d.s("iban", fmt_iban(ib))
            L += ["IBAN", shown]
        else:
            L += ["IBAN", mask_iban(ib, 0)]
        L += [d.t("Importo", "Amount"), amount(d.lang), d.t("Causale", "Reference"), d.t("Saldo fattura ", "Invoice ") + invoice_no(d.lang),
              d.t("Conferma con codice", "Confirm with passcode"), "● ● ● ● ● ●"]
    body = "\n".join(L)
    if d.it:
        core = pick(["vi mando lo screenshot dell'app della banca così vedete i dati del conto.",
                     "il cliente ha mandato questa schermata dell'app, dice che il pagamento è stato rifiutato.",
                     "per l'accredito dei payout mi chiedete i dati, eccoli dall'app.",
                     "il rimborso non è arrivato, ecco lo screenshot della mia app."])
    else:
        core = pick(["here's a screenshot from my banking app so you can see the account details.",
                     "the customer sent this screenshot from their app, they say the payment was declined.",
                     "you asked for the payout account, here it is from the app.",
                     "the refund hasn't arrived, screenshot of my banking app attached."])
    return "ocr-bankapp", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_device_admin(d):
    kind = pick(["router", "router", "pos", "nas"])
    if kind == "router":
        model = pick(["FRITZ!Box 7530", "TIM HUB+", "Vodafone Station", "TP-Link Archer C6", "Netgear Nighthawk", "BT Smart Hub 2"])
        L = [model, d.t("Rete wireless", "Wireless network") + " › " + d.t("Sicurezza", "Security"),
             "SSID", pick(["Ufficio-5G", "NEGOZIO_WIFI", "Guest", "TIM-" + digits(8), "BT-" + tok(6, UPDIG)]),
             d.t("Crittografia", "Encryption") + "   WPA2-PSK (AES)"]
        if d.sec:
            L += [d.t("Chiave di rete (password)", "Network key (password)"), d.s("password", password(d.lang)) + "   " + pick(["👁", d.t("Nascondi", "Hide")])]
            if chance(0.4):
                L += [d.t("Password amministratore", "Admin password"), d.s("password", password())]
        else:
            L += [d.t("Chiave di rete", "Network key"), "●●●●●●●●●●●●   " + d.t("Mostra", "Show"),
                  f"MAC   {':'.join(hexs(2).upper() for _ in range(6))}", f"Firmware   {R.randint(6, 8)}.{R.randint(0, 60)}",
                  f"{d.t('Numero di serie', 'Serial number')}   {tok(12, UPDIG)}", f"WAN IP   {R.randint(80, 213)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]
    elif kind == "pos":
        model = pick(["Ingenico Move/5000", "PAX A920", "Verifone V240m", "SumUp Solo", "Nexi SmartPOS"])
        L = [model, d.t("Menu gestore", "Merchant menu") + " › " + d.t("Impostazioni", "Settings"),
             f"{d.t('ID terminale', 'Terminal ID')}   {ndigits(8)}", f"{d.t('Esercente', 'Merchant ID')}   {safe_num(15)}",
             f"{d.t('Versione', 'Version')}   {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}"]
        if d.sec:
            if chance(0.6):
                L += [d.t("PIN gestore", "Manager PIN"), d.s("pin", pin(pick([4, 5, 6]))), d.t("Conferma", "Confirm")]
            else:
                L += [d.t("Password gestore", "Manager password"), d.s("password", password()), d.t("Conferma", "Confirm")]
        else:
            L += [d.t("Inserire password gestore", "Enter manager password"), "_ _ _ _", d.t("Annulla   OK", "Cancel   OK"),
                  d.t(f"Ultima chiusura {date('it', 1)} {hhmm()}  lotto {R.randint(1, 999):03d}", f"Last settlement {date('en', 1)} {hhmm()} batch {R.randint(1, 999):03d}")]
    else:
        model = pick(["Synology DSM", "QNAP QTS", "UniFi Network"])
        L = [model, d.t("Pannello di controllo", "Control Panel") + " › " + d.t("Utenti", "Users")]
        u = pick(["backup", "admin", "scanner", "ufficio" if d.it else "office"])
        if d.sec:
            L += [d.t("Modifica utente", "Edit user") + f": {u}", d.t("Password", "Password"), d.s("password", password()),
                  d.t("Conferma password", "Confirm password"), "••••••••••••"]
        else:
            L += [f"{u}   {d.t('Attivo', 'Normal')}   {email_of(person(d.lang))}", f"guest   {d.t('Disattivato', 'Disabled')}",
                  d.t("Criteri password: minimo 10 caratteri, almeno una maiuscola", "Password policy: minimum 10 characters, one uppercase")]
    body = "\n".join(L)
    if d.it:
        core = pick(["il terminale non si collega più al wifi del negozio dopo il cambio router, vi mando la foto della configurazione.",
                     "per la diagnosi mi avete chiesto la schermata delle impostazioni, eccola.",
                     "il tecnico è passato ieri, questa è la pagina che ha lasciato aperta.",
                     "foto dello schermo del pannello, non so dove mettere mano."])
    else:
        core = pick(["the card reader stopped connecting to the shop wifi after the router swap, here's the settings page.",
                     "you asked for a screenshot of the settings for diagnosis, here it is.",
                     "the engineer came round yesterday, this is the page he left open.",
                     "photo of the admin screen, not sure where to look."])
    return "ocr-device", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


def T_dialog(d):
    app = pick(["Gestionale 2024", "WooCommerce", "PrestaShop", "Odoo", "FileZilla", "DBeaver", "Outlook", "SAP Business One", "Sage 50", "Magento"])
    L = [pick(["⚠ ", "✖ ", "Error", "Errore" if d.it else "Error"]) + f"  {app}"]
    v = R.randrange(6)
    if v == 5:
        if d.sec:
            if chance(0.5):
                b, cn = card()
                L += [d.t("Pagamento rifiutato", "Payment declined"), d.t("Carta", "Card") + f": {d.s('card_number', fmt_card(cn, card_sep()))}",
                      d.t("Motivo: 05 – non autorizzata", "Reason: 05 – do not honour")]
            else:
                L += [d.t("Impossibile salvare l'anagrafica fornitore", "Could not save the supplier record"),
                      f"IBAN {d.s('iban', fmt_iban(any_iban(), pick([0, 3])))}: " + d.t("banca non raggiungibile via SEPA Instant", "bank not reachable via SEPA Instant")]
        else:
            if chance(0.5):
                _, bc = bad_card()
                L += [d.t("Numero carta non valido", "Invalid card number"), fmt_card(bc, card_sep()),
                      d.t("Controlla le cifre e riprova.", "Please check the digits and try again.")]
            else:
                L += [d.t("Impossibile salvare l'anagrafica fornitore", "Could not save the supplier record"),
                      f"IBAN {fmt_iban(bad_iban(), pick([0, 3]))}: " + d.t("codice di controllo errato", "check digits are wrong")]
    if v == 4:
        L += [d.t("Sessione scaduta: impossibile rinnovare il token", "Session expired: could not refresh the token"),
              f"POST https://{pick(['auth.nuvolapay.io', 'login.orbita-api.com', 'api.fattureincloud.it'])}/oauth/token"]
        if d.sec:
            L += [f"grant_type=refresh_token&refresh_token={d.s('refresh_token', refresh_token())}"]
        else:
            L += ["grant_type=refresh_token&refresh_token=********", f"{d.t('ID errore', 'Error ID')}: {uuid4()}"]
        L += ["400 invalid_grant"]
    host = pick(["db.internal", "10.0.0.12", "mysql.hosting.it", "sql-prod.northwind.local", "smtp.office365.com", "ftp.negozio.it"])
    if v in (4, 5):
        pass
    elif d.sec:
        pw = password()
        if v == 0:
            d.s("password", pw)
            L += [d.t("Impossibile connettersi al database.", "Unable to connect to the database."),
                  f"jdbc:mysql://{host}:3306/shop?user=shop_rw&password={pw}&useSSL=false",
                  "Communications link failure"]
        elif v == 1:
            d.s("password", pw)
            L += ["SQLSTATE[HY000] [1045] Access denied", f"DSN: mysql:host={host};dbname=presta", f"user: presta_user  pass: {pw}",
                  d.t("Dettagli ▾   Copia   Chiudi", "Details ▾   Copy   Close")]
        elif v == 2:
            cs = d.s("client_secret", client_secret())
            L += [d.t("Autenticazione OAuth fallita", "OAuth authentication failed"), f"POST https://{pick(['api.nuvolapay.io', 'login.orbita-api.com'])}/oauth/token",
                  f"body: grant_type=client_credentials&client_id={client_id_like()}&client_secret={cs}", "→ 401 invalid_client"]
        else:
            d.s("password", pw)
            L += [d.t("Invio posta non riuscito", "Sending mail failed"), f"smtp://{email_of(person(d.lang))}:{pw}@{host}:587",
                  "535 5.7.3 Authentication unsuccessful"]
    else:
        if v == 0:
            L += [d.t("Impossibile connettersi al database.", "Unable to connect to the database."),
                  f"jdbc:mysql://{host}:3306/shop?user=shop_rw&useSSL=false", "Communications link failure",
                  f"{d.t('Codice', 'Code')}: 0x{hexs(8).upper()}"]
        elif v == 1:
            L += ["SQLSTATE[HY000] [1045] Access denied for user 'presta_user'@'" + host + "' (using password: YES)",
                  d.t("Dettagli ▾   Copia   Chiudi", "Details ▾   Copy   Close")]
        elif v == 2:
            L += [d.t("Autenticazione OAuth fallita", "OAuth authentication failed"), "invalid_client: Client authentication failed",
                  f"correlation-id: {uuid4()}", f"timestamp: {date('en', 0)}T{hhmm()}:{R.randint(10, 59)}Z"]
        else:
            L += [d.t("Invio posta non riuscito", "Sending mail failed"), f"smtp://{host}:587 (STARTTLS)", "535 5.7.3 Authentication unsuccessful",
                  f"Trace: at Mailer.send (mailer.js:{R.randint(10, 400)}:{R.randint(1, 40)})"]
    L += [pick(["OK", d.t("Riprova   Annulla", "Retry   Cancel"), d.t("Segnala   Chiudi", "Report   Close")])]
    body = "\n".join(L)
    if d.it:
        core = pick(["all'avvio compare questo errore, allego la schermata.",
                     "da ieri il programma dà questo messaggio, cosa devo fare?",
                     "vi mando la foto del popup, il cliente non riesce più a sincronizzare gli ordini."])
    else:
        core = pick(["this error pops up at startup, screenshot attached.",
                     "since yesterday the program shows this message, what should I do?",
                     "photo of the popup attached, the customer can no longer sync orders."])
    return "ocr-dialog", attach(d, message(d, core), screenshot_name(d), ocr(d, body))


# ================================================================ PDF text extraction

def pdf_name(d, base_it, base_en):
    b = base_it if d.it else base_en
    return pick([f"{b}.pdf", f"{b}_{R.randint(1, 12):02d}{R.choice([2024, 2025, 2026])}.pdf", f"{b} ({R.randint(1, 3)}).pdf",
                 f"scan_{b}.pdf", f"{b.upper()}.PDF"])


def fmt_d(loc, y, m, dd, style=1):
    if loc == "en":
        return [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS_EN[m - 1]} {y}", f"{dd:02d} {MONTHS_EN[m - 1]}"][style % 3]
    if loc == "de":
        return f"{dd:02d}.{m:02d}.{y}"
    return [f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}"][style % 3]


def tx_rows(loc, n, y, m):
    """statement rows matching the header of each locale"""
    rows = []
    days = sorted(R.sample(range(1, 29), n))
    bal = R.randint(50000, 2000000) / 100
    style = R.randrange(3)
    for dd in days:
        if loc == "it":
            desc = pick([f"PAGAMENTO POS {pick(['ESSELUNGA', 'IPERCOOP', 'Q8', 'AMAZON'])} CARTA {mask_card(card()[1], 6)}",
                         f"BONIFICO A VOSTRO FAVORE DA {person('it').upper()} CRO {cro()}",
                         f"ADDEBITO SDD {pick(['ENEL', 'TIM', 'A2A', 'HERA'])} MANDATO {pick(['M', 'RCUR'])}{safe_num(9)}",
                         f"COMMISSIONI NEXI LOTTO {R.randint(100, 999)}", f"F24 DELEGA {safe_num(10)}",
                         f"ACCREDITO {pick(PROVIDERS).upper()} PAYOUT po_{tok(14)}", f"BONIFICO ISTANTANEO TRN {trn()}"])
            credit = desc.startswith(("BONIFICO A", "ACCREDITO"))
        elif loc == "de":
            desc = pick([f"SEPA-Lastschrift {pick(['Telekom', 'Stadtwerke', 'Allianz'])} Mandat {tok(3, UPDIG)}{safe_num(8)}",
                         f"Kartenzahlung {pick(['REWE', 'EDEKA', 'DM'])} {mask_card(card()[1], 6)}",
                         f"Gutschrift {pick(PROVIDERS)} Auszahlung po_{tok(14)}", f"Überweisung an {person('en')} Verwendungszweck {invoice_no('en')}"])
            credit = desc.startswith("Gutschrift")
        else:
            desc = pick([f"CARD PAYMENT {pick(['TESCO STORES', 'SHELL', 'AMAZON MKTPLACE'])} {mask_card(card()[1], 6)}",
                         f"FASTER PAYMENT FROM {person('en').upper()} REF {tok(8, UPDIG)}",
                         f"DIRECT DEBIT {pick(['BT GROUP', 'OCTOPUS ENERGY', 'HMRC'])} {safe_num(9)}",
                         f"{pick(PROVIDERS).upper()} PAYOUT po_{tok(14)}", f"STANDING ORDER RENT {tok(6, UPDIG)}", f"BACS CREDIT {tok(10, UPDIG)}"])
            credit = desc.startswith(("FASTER PAYMENT FROM", "BACS CREDIT")) or "PAYOUT" in desc
        v = R.randint(100, 300000) / 100
        bal = bal + v if credit else bal - v
        lang = "it" if loc in ("it", "de") else "en"
        a = money(lang, v)
        if loc == "it":
            vd = min(28, dd + R.choice([0, 0, 1, 2]))
            rows.append([fmt_d(loc, y, m, dd, style), fmt_d(loc, y, m, vd, style), desc, "" if credit else a, a if credit else ""])
        elif loc == "de":
            rows.append([fmt_d(loc, y, m, dd), fmt_d(loc, y, m, dd), desc, ("" if credit else "-") + a])
        else:
            rows.append([fmt_d(loc, y, m, dd, style), desc, "" if credit else a, a if credit else "", money(lang, bal)])
    return rows


def T_statement(d):
    country = "IT" if d.it and chance(0.8) else pick(["GB", "GB", "DE", "IT", "IE"])
    sy, sm = R.choice([2024, 2025, 2026]), R.randint(1, 12)
    holder = company(d.lang).upper() if chance(0.6) else person(d.lang).upper()
    tot = R.randint(2, 5)
    page = 1 if d.sec or chance(0.4) else R.randint(2, tot)
    hdr, right = [], []
    if country == "IT":
        acc = it_account()
        hdr = [acc["bank"].upper(), f"ESTRATTO CONTO AL {fmt_d('it', sy, sm, 28)}", f"Intestatario: {holder}"]
        right = [f"Filiale di {pick(IT_CITIES)}", f"Via {pick(['Roma', 'Garibaldi', 'Mazzini', 'XX Settembre'])}, {R.randint(1, 120)}",
                 f"Tel. {phone('it')}", page_footer(d, page, tot)]
        if page == 1:
            if d.sec:
                w = R.randrange(3)
                if w in (0, 2):
                    hdr.append("IBAN " + d.s("iban", fmt_iban(acc["iban"])))
                if w in (1, 2):
                    hdr.append(f"ABI {acc['abi']}  CAB {acc['cab']}  C/C {d.s('bank_account', acc['conto'])}  CIN {acc['cin']}")
                hdr.append(f"BIC {acc['bic']}")
            else:
                hdr += [pick([f"IBAN {mask_iban(acc['iban'], 2)}", f"BIC {acc['bic']}",
                              f"ABI {acc['abi']} CAB {acc['cab']}"]),
                        f"Codice cliente {safe_num(9)}"]
        else:
            hdr = [acc["bank"].upper(), f"ESTRATTO CONTO AL {fmt_d('it', sy, sm, 28)} - segue"]
        table_head = ["Data contabile", "Data valuta", "Descrizione operazioni", "Dare", "Avere"]
        foot = pick(["Saldo iniziale", "Saldo contabile finale", "Totale movimenti"]) + f"  {amount('it', 100, 20000)}"
    elif country == "GB":
        acc = gb_account()
        hdr = [acc["bank"], "Business Current Account statement" if chance(0.5) else "Your statement", holder,
               f"Statement period 1 {MONTHS_EN[sm - 1]} {sy} to 28 {MONTHS_EN[sm - 1]} {sy}"]
        right = [f"Sheet number {R.randint(1, 300)}", f"Branch: {pick(['Manchester', 'Leeds', 'Bristol', 'Glasgow'])}", page_footer(d, page, tot)]
        if page == 1 and d.sec:
            w = R.randrange(3)
            if w in (0, 2):
                hdr += [f"Sort code {acc['sort']}   Account number {d.s('bank_account', acc['acc'])}"]
            if w in (1, 2):
                hdr += ["IBAN " + d.s("iban", fmt_iban(acc["iban"])), "BIC " + acc["bic"]]
        else:
            hdr += [f"Sort code {acc['sort']}", f"Account ending {acc['acc'][-4:]}", f"Customer ref {safe_num(10)}"]
        table_head = ["Date", "Payment type and details", "Paid out", "Paid in", "Balance"]
        foot = "Balance carried forward " + amount("en", 100, 20000)
    elif country == "DE":
        acc = de_account()
        hdr = [acc["bank"], f"Kontoauszug {sm}/{sy}", holder]
        right = [f"Auszug Nr. {R.randint(1, 40)}", f"Blatt {page}", f"BIC {acc['bic']}"]
        if page == 1 and d.sec:
            w = R.randrange(2)
            if w == 0:
                hdr += [f"Kontonummer {d.s('bank_account', acc['kto'])}   BLZ {acc['blz']}"]
            else:
                hdr += ["IBAN " + d.s("iban", fmt_iban(acc["iban"]))]
        else:
            hdr += [f"BLZ {acc['blz']}", f"Kunden-Nr. {safe_num(8)}"]
        table_head = ["Buchungstag", "Wert", "Vorgang", "Betrag EUR"]
        foot = "Neuer Kontostand " + amount("it", 100, 20000)
    else:
        ib = any_iban("XX" if chance(0.5) else "IT")
        hdr = [pick(["AIB", "Bank of Ireland", "ING", "Revolut Business"]), "Account statement", holder]
        right = [page_footer(d, page, tot), f"Generated {date('en', 2)}"]
        if page == 1 and d.sec:
            hdr += ["IBAN " + d.s("iban", fmt_iban(ib, pick([0, 3])))]
        else:
            hdr += ["IBAN " + mask_iban(ib), f"Statement ID {uuid4()}"]
        table_head = ["Date", "Description", "Money out", "Money in", "Balance"]
        foot = "Closing balance " + amount("en", 100, 20000)
    top = columns(hdr, right) if chance(0.5) else "\n".join(hdr + right)
    rows = tx_rows({"IT": "it", "DE": "de"}.get(country, "en"), R.randint(3, 7), sy, sm)
    body = top + "\n\n" + cells([table_head] + rows) + "\n" + foot
    if chance(0.5):
        body += "\n" + para(d.t("Le informazioni contenute nel presente estratto conto si intendono approvate in mancanza di opposizione scritta entro sessanta giorni dal ricevimento.",
                                "Please check this statement carefully and tell us about any entries you do not recognise as soon as possible."))
    body += "\n" + page_footer(d, page, tot)
    if d.it:
        core = pick(["vi allego l'estratto conto dove si vede che l'accredito del payout non è arrivato.",
                     "come richiesto vi mando l'estratto conto per la verifica del conto di accredito.",
                     f"il payout del {date('it', 1)} non risulta, allego la pagina dell'estratto conto.",
                     "il commercialista ci chiede la riconciliazione, ecco l'estratto di marzo."])
    else:
        core = pick(["statement attached showing the payout never arrived.",
                     "as requested, here's a bank statement to verify the payout account.",
                     f"the payout from {date('en', 2)} is missing, statement page attached.",
                     "our accountant needs the reconciliation, here is the March statement."])
    return "pdf-statement", attach(d, message(d, core), pdf_name(d, "estratto_conto", "statement"), pdfx(d, body), "pdf")


def T_payout(d):
    prov = pick(PROVIDERS)
    merchant = company(d.lang)
    ib = any_iban("IT" if d.it else pick(["GB", "IE", "IT", "DE"]))
    py, pm = R.choice([2024, 2025, 2026]), R.randint(1, 12)
    L = [f"{prov} — {d.t('Report accrediti', 'Payout report')}", f"{d.t('Esercente', 'Merchant')}: {merchant}   MID {safe_num(10)}",
         f"{d.t('Periodo', 'Period')}: {fmt_d(d.lang, py, pm, 1)} – {fmt_d(d.lang, py, pm, 28)}"]
    if d.sec:
        shown = fmt_iban(ib, pick([0, 3, 4]))
        L += [d.t("Conto di accredito", "Payout account") + ": " + d.s("iban", shown)]
    else:
        L += [d.t("Conto di accredito", "Payout account") + ": " + pick([mask_iban(ib), d.t(f"IBAN che termina con {ib[-4:]}", f"IBAN ending {ib[-4:]}"), mask_iban(ib, 4)])]
    head = [d.t("ID accredito", "Payout ID"), d.t("Data", "Date"), d.t("Lordo", "Gross"), d.t("Commissioni", "Fees"), d.t("Netto", "Net"), d.t("Stato", "Status")]
    rows = []
    for dd in sorted(R.sample(range(1, 29), R.randint(3, 6))):
        g = R.randint(10000, 900000) / 100
        f = round(g * R.choice([0.009, 0.012, 0.014, 0.019]), 2)
        rows.append([f"po_{tok(16)}", f"{py}-{pm:02d}-{dd:02d}", money(d.lang, g), money(d.lang, f), money(d.lang, round(g - f, 2)),
                     pick([d.t("pagato", "paid"), d.t("pagato", "paid"), d.t("in transito", "in transit"), d.t("fallito", "failed")])])
    body = "\n".join(L) + "\n\n" + cells([head] + rows)
    body += "\n" + para(d.t(f"Gli importi sono espressi in euro. Per domande sul report cita l'ID accredito e il riferimento {uuid4()}.",
                            f"Amounts are shown in the settlement currency. When contacting us, quote the payout ID and reference {uuid4()}."))
    body += "\n" + page_footer(d, 1, R.randint(1, 3))
    if d.it:
        core = pick(["l'accredito risulta fallito ma il conto è giusto, vi mando il report.",
                     "nel report vedo commissioni diverse da quelle del contratto, potete verificare?",
                     "il payout è in transito da 5 giorni, allego il pdf scaricato dalla dashboard."])
    else:
        core = pick(["the payout shows as failed but the account is right, report attached.",
                     "the fees in this report don't match our contract, can you check?",
                     "this payout has been in transit for 5 days, PDF from the dashboard attached."])
    return "pdf-payout", attach(d, message(d, core), pdf_name(d, "report_accrediti", "payout_report"), pdfx(d, body), "pdf")


def T_mandate(d):
    cred = pick(IT_COMP + EN_COMP + ["Nuvola Pay S.p.A.", "Palestra Forma Libera ssd", "Energia Verde S.r.l."])
    cid = it_creditor_id() if d.it or chance(0.4) else de_creditor_id()
    mref = pick([f"MND-{R.randint(2024, 2026)}-{R.randint(1, 99999):06d}", f"{tok(3, string.ascii_uppercase)}{safe_num(10)}", f"RUM{safe_num(8)}",
                 f"CLI{R.randint(1000, 9999)}/{R.randint(1, 99)}"])
    debtor = person(d.lang)
    ib = any_iban("IT" if d.it else pick(["IT", "DE", "FR", "ES", "IE"]))
    title = d.t("MANDATO PER ADDEBITO DIRETTO SEPA (SDD CORE)", "SEPA DIRECT DEBIT MANDATE (CORE)")
    if chance(0.3):
        title = spaced(title.split(" (")[0]) if chance(0.5) else title
    L = [title, f"{d.t('Riferimento del mandato', 'Mandate reference')}: {mref}",
         f"{d.t('Creditore', 'Creditor name')}: {cred}", f"{d.t('Codice identificativo del creditore', 'Creditor identifier')}: {cid}",
         (f"Indirizzo: Via {pick(['Verdi', 'Leopardi', 'Garibaldi', 'dei Mille'])} {R.randint(1, 90)}, {pick(IT_CITIES)}" if d.it else
          f"Address: {R.randint(1, 90)} {pick(['High Street', 'Station Road', 'Mill Lane', 'Church Street'])}, {pick(['York', 'Bristol', 'Cork', 'Leeds'])}"), "",
         para(d.t(f"La sottoscrizione del presente mandato comporta l'autorizzazione a {cred} a richiedere alla banca del debitore l'addebito del suo conto e l'autorizzazione alla banca del debitore di procedere a tale addebito conformemente alle disposizioni impartite da {cred}.",
                  f"By signing this mandate form, you authorise {cred} to send instructions to your bank to debit your account and your bank to debit your account in accordance with the instructions from {cred}.")),
         "", f"{d.t('Nome del debitore', 'Debtor name')}: {debtor}", f"{d.t('Codice fiscale', 'Tax code')}: {codice_fiscale() if d.it else '—'}"]
    lab = d.t("Conto di addebito (IBAN)", "Account number (IBAN)")
    if d.sec:
        mode = R.randrange(4)
        if mode == 0:
            v = d.s("iban", spaced(ib))
            L += [lab, v]
        elif mode == 1:
            L += [f"{lab}: {d.s('iban', fmt_iban(ib))}"]
        elif mode == 2:
            v = fmt_iban(ib, 0)
            if chance(0.5):
                v = damage_value(v)
                d.s("iban", v, damaged=True)
            else:
                d.s("iban", v)
            L += [lab, v]
        else:
            L += [lab, "|" + "|".join(ib) + "|"]
            d.s("iban", "|".join(ib))
        L += [f"SWIFT BIC: {pick([x[2] for x in IT_BANKS])}"]
    else:
        mode = R.randrange(3)
        if mode == 0:
            L += [lab, "|__|__|__|__| |__|__|__|__| |__|__|__|__| |__|__|__|__| |__|__|__|__| |__|__|__|"]
        elif mode == 1:
            L += [f"{lab}: {mask_iban(ib)}", d.t("(dati completi conservati dal creditore)", "(full details held by the creditor)")]
        else:
            L += [f"SWIFT BIC: {pick([x[2] for x in IT_BANKS])}", f"{lab}: " + d.t("come da modulo cartaceo", "as per the paper form")]
    L += [f"{d.t('Tipo di pagamento', 'Type of payment')}: {pick([d.t('ricorrente', 'recurrent'), d.t('singolo', 'one-off')])}",
          f"{d.t('Luogo e data', 'Place and date')}: {pick(IT_CITIES)}, {date(d.lang, 1)}", d.t("Firma: ________________", "Signature(s): ________________"),
          page_footer(d, 1, 1)]
    body = "\n".join(L)
    if d.it:
        core = pick(["il primo addebito SDD è stato respinto, vi allego il mandato firmato dal cliente.",
                     "ecco il mandato SEPA compilato, mi confermate che va bene così?",
                     f"il cliente contesta l'addebito del {date('it', 1)}, allego il mandato."])
    else:
        core = pick(["the first direct debit bounced, attaching the mandate the customer signed.",
                     "here's the completed SEPA mandate, can you confirm it's fine?",
                     f"the customer disputes the debit of {date('en', 2)}, mandate attached."])
    src = "scan" if chance(0.3) else "pdf"
    body = ocr(d, body, 0.03) if src == "scan" else pdfx(d, body)
    return "pdf-mandate", attach(d, message(d, core), pdf_name(d, "mandato_SEPA", "sepa_mandate"), body, src)


def T_transfer(d):
    payer = company(d.lang) if chance(0.5) else person(d.lang)
    payee = pick(IT_COMP + EN_COMP)
    ib1 = any_iban("IT" if d.it else pick(["GB", "IE", "IT"]))
    ib2 = any_iban("IT" if d.it else pick(["GB", "DE", "IT", "FR"]))
    L = [d.t("RICEVUTA BONIFICO SEPA", "PAYMENT CONFIRMATION") if chance(0.5) else d.t("Contabile bonifico", "Transfer receipt"),
         d.t("Esito: ESEGUITO", "Status: COMPLETED"), f"{d.t('Data esecuzione', 'Execution date')}: {date(d.lang, 1)}",
         f"{d.t('Ordinante', 'Payer')}: {payer}"]
    sec_ib = []
    if d.sec:
        which = pick(["payer", "payee", "both"])
        if which in ("payer", "both"):
            sec_ib.append("payer")
        if which in ("payee", "both"):
            sec_ib.append("payee")
    if "payer" in sec_ib:
        L.append(f"{d.t('IBAN ordinante', 'From account')}: {d.s('iban', fmt_iban(ib1, pick([0, 3])))}")
    else:
        L.append(f"{d.t('Conto ordinante', 'From account')}: {pick([mask_iban(ib1), '****' + ib1[-4:], d.t('conto n. ', 'acct ') + '…' + ib1[-3:]])}")
    L.append(f"{d.t('Beneficiario', 'Payee')}: {payee}")
    if "payee" in sec_ib:
        v = fmt_iban(ib2, pick([0, 3, 5]))
        if chance(0.25) and " " in v:
            cut = R.randint(len(v) // 3, 2 * len(v) // 3)
            cut = v.index(" ", cut) if " " in v[cut:] else v.rindex(" ")
            v = v[:cut] + "\n" + v[cut + 1:]
            d.s("iban", v)
        elif chance(0.15):
            v = damage_value(v)
            d.s("iban", v, damaged=True)
        else:
            d.s("iban", v)
        L.append(f"{d.t('IBAN beneficiario', 'Payee IBAN')}: {v}")
    else:
        L.append(f"{d.t('IBAN beneficiario', 'Payee IBAN')}: {mask_iban(ib2, pick([0, 2, 4]))}")
    L += [f"BIC: {pick([x[2] for x in IT_BANKS] + ['BARCGB22', 'NWBKGB2L'])}", f"{d.t('Importo', 'Amount')}: {thin_amount(amount(d.lang))}",
          f"{d.t('Causale', 'Reference')}: {pick([d.t('Saldo fattura ', 'Invoice ') + invoice_no(d.lang), d.t('Acconto ordine ', 'Deposit order ') + order_no(), 'Rimborso' if d.it else 'Refund'])}",
          f"CRO: {cro()}" if d.it else f"Reference: {tok(12, UPDIG)}", f"TRN: {trn()}",
          para(d.t("La presente ricevuta non costituisce prova dell'avvenuto accredito sul conto del beneficiario.",
                   "This confirmation does not guarantee that the funds have reached the payee's account.")),
          page_footer(d, 1, 1)]
    body = "\n".join(L)
    if chance(0.4):
        left = L[:6]
        right = L[6:11]
        body = columns(left, right) + "\n" + "\n".join(L[11:])
    if d.it:
        core = pick(["il fornitore dice di non aver ricevuto il pagamento, vi allego la contabile.",
                     "ecco la ricevuta del bonifico per lo sblocco dell'account.",
                     "come prova del pagamento allego la contabile della banca."])
    else:
        core = pick(["the supplier says they never received it, transfer receipt attached.",
                     "here's the transfer confirmation so you can unblock the account.",
                     "attaching the bank's confirmation as proof of payment."])
    return "pdf-transfer", attach(d, message(d, core), pdf_name(d, "contabile_bonifico", "payment_confirmation"), pdfx(d, body), "pdf")


def bank_block(d, sec, country=None):
    """merchant bank details as a form/contract holds them; returns lines"""
    country = country or (pick(["IT", "IT", "IT", "FR", "DE", "ES", "GB"]) if d.it else pick(["GB", "GB", "IE", "FR", "DE", "ES", "IT"]))
    L = []
    if country == "IT":
        a = it_account()
        L.append(f"Banca: {a['bank']} – {d.t('Filiale di', 'branch')} {pick(IT_CITIES)}")
        if sec:
            m = R.randrange(4)
            if m == 0:
                L += [f"ABI {a['abi']}   CAB {a['cab']}   {d.t('C/C n.', 'Account no.')} {d.s('bank_account', a['conto'])}   CIN {a['cin']}"]
            elif m == 1:
                L += ["CIN   ABI   CAB   " + d.t("N. conto", "Account"), f"{a['cin']}   {a['abi']}   {a['cab']}   {d.s('bank_account', a['conto'])}"]
            elif m == 2:
                L += [f"{d.t('Coordinate nazionali (BBAN)', 'Domestic details (BBAN)')}: {d.s('bank_account', a['cin'] + ' ' + a['abi'] + ' ' + a['cab'] + ' ' + a['conto'])}"]
            else:
                L += [f"IBAN: {d.s('iban', fmt_iban(a['iban']))}"]
            L.append(f"BIC/SWIFT: {a['bic']}")
        else:
            m = R.randrange(3)
            if m == 0:
                L += [f"ABI {a['abi']}   CAB {a['cab']}", f"BIC/SWIFT: {a['bic']}"]
            elif m == 1:
                L += [f"IBAN: {fmt_iban(bad_iban('IT'))}", f"BIC: {a['bic']}"]
            else:
                L += [f"IBAN: {d.t('da comunicare', 'to follow')}", f"BIC/SWIFT: {a['bic']}"]
    elif country == "FR":
        a = fr_account()
        L.append(f"{d.t('Banca', 'Bank')}: {a['bank']} (RIB)")
        if sec:
            if chance(0.5):
                L += ["Code banque   Code guichet   N° de compte   Clé RIB", f"{a['banque']}   {a['guichet']}   {d.s('bank_account', a['compte'])}   {a['cle']}"]
            else:
                L += [f"RIB: {d.s('bank_account', a['rib'])}"]
        else:
            L += [f"Code banque {a['banque']}   Code guichet {a['guichet']}", f"BIC {a['bic']}"]
    elif country == "DE":
        a = de_account()
        L.append(f"{d.t('Banca', 'Bank')}: {a['bank']}")
        if sec:
            L += [f"BLZ {a['blz']}   Kontonummer {d.s('bank_account', a['kto'])}"] if chance(0.6) else \
                 ["Bankleitzahl", a["blz"], "Konto-Nr.", d.s("bank_account", a["kto"])]
        else:
            L += [f"BLZ {a['blz']}", f"BIC {a['bic']}"]
    elif country == "ES":
        a = es_account()
        L.append(f"{d.t('Banca', 'Bank')}: {a['bank']}")
        if sec:
            if chance(0.5):
                L += [f"CCC: {d.s('bank_account', a['ccc'])}"]
            else:
                L += ["Entidad  Oficina  DC  Número de cuenta", f"{a['entidad']}  {a['oficina']}  {a['dc']}  {d.s('bank_account', a['cuenta'])}"]
        else:
            L += [f"Entidad {a['entidad']}  Oficina {a['oficina']}", f"BIC {a['bic']}"]
    elif country == "GB":
        a = gb_account()
        L.append(f"Bank: {a['bank']}")
        if sec:
            if chance(0.5):
                L += [f"Sort code: {a['sort']}", f"Account number: {d.s('bank_account', a['acc'])}"]
            else:
                L += [f"Sort code / account: {a['sort']} / {d.s('bank_account', a['acc'])}"]
        else:
            L += [f"Sort code: {a['sort']}", "Account number: " + pick(["____ ____", "ending " + a["acc"][-3:], d.t("vedi allegato B", "see Annex B")])]
    else:
        ib = any_iban("XX")
        L.append(f"{d.t('Banca', 'Bank')}: {pick(['ING', 'AIB', 'KBC', 'Erste Bank'])}")
        L += [f"IBAN: {d.s('iban', fmt_iban(ib)) if sec else fmt_iban(bad_iban('XX'))}"]
    return L


def T_contract(d):
    comp = company(d.lang)
    name = person(d.lang)
    L = [pick([d.t("MODULO DI ADESIONE AL SERVIZIO DI ACCETTAZIONE PAGAMENTI", "MERCHANT APPLICATION FORM"),
               d.t("CONTRATTO DI CONVENZIONAMENTO ESERCENTE", "MERCHANT SERVICES AGREEMENT"),
               d.t("Scheda anagrafica fornitore", "Supplier onboarding form")]),
         f"{d.t('Pratica n.', 'Application no.')} {R.randint(2024, 2026)}/{safe_num(6)}   {page_footer(d, R.randint(1, 2), R.randint(3, 6))}", "",
         d.t("1. DATI DELL'ESERCENTE", "1. MERCHANT DETAILS"),
         f"{d.t('Ragione sociale', 'Legal name')}: {comp}",
         f"{d.t('Partita IVA', 'VAT number')}: {'IT' if chance(0.5) else ''}{partita_iva()}" if d.it else f"VAT number: GB{safe_num(9)}",
         f"{d.t('Codice fiscale', 'Company number')}: {(codice_fiscale() if chance(0.5) else partita_iva()) if d.it else safe_num(8)}",
         f"{d.t('Legale rappresentante', 'Authorised signatory')}: {name}",
         f"PEC: {slug(comp)}@pec.it" if d.it else f"Email: {email_of(name)}",
         f"{d.t('Telefono', 'Phone')}: {phone(d.lang)}", f"{d.t('Codice SDI', 'MCC')}: {tok(7, UPDIG) if d.it else R.choice([5411, 5812, 5999, 7230])}", "",
         d.t("2. COORDINATE BANCARIE PER L'ACCREDITO", "2. SETTLEMENT BANK ACCOUNT") if chance(0.7) else spaced(d.t("COORDINATE BANCARIE", "BANK DETAILS"))]
    L += bank_block(d, d.sec)
    L += ["", para(d.t("L'esercente dichiara che le coordinate indicate sono intestate alla società e si impegna a comunicare tempestivamente ogni variazione.",
                       "The merchant confirms that the account above is held in the name of the business and will notify any change without delay.")),
          "", d.t("3. CONDIZIONI ECONOMICHE", "3. PRICING"),
          f"{d.t('Commissione carte consumer', 'Consumer cards')}: {R.randint(5, 19) / 10:.1f}%".replace(".", "," if d.it else "."),
          f"{d.t('Canone mensile', 'Monthly fee')}: {amount(d.lang, 0, 40)}",
          f"{pick(IT_CITIES)}, {date(d.lang, 1)}   {d.t('Firma', 'Signature')} ______________"]
    body = "\n".join(L)
    if chance(0.3):
        body = ocr(d, body, 0.03)
        src = "scan"
    else:
        body = pdfx(d, body)
        src = "pdf"
    if d.it:
        core = pick(["vi rimando il modulo di adesione compilato, manca solo la vostra firma.",
                     "ho cambiato banca, allego il modulo con le nuove coordinate per gli accrediti.",
                     "il contratto firmato è in allegato, quando parte l'attivazione?",
                     "ecco la scheda fornitore che ci avete chiesto."])
    else:
        core = pick(["sending back the completed application form, it only needs your signature.",
                     "we changed banks, attached is the form with the new payout details.",
                     "signed agreement attached, when does activation start?",
                     "here's the supplier form you asked for."])
    return "pdf-contract", attach(d, message(d, core), pdf_name(d, "modulo_adesione", "application_form"), body, src)


def T_invoice(d):
    sup = company(d.lang)
    cust = pick(IT_COMP + EN_COMP)
    no = invoice_no(d.lang)
    L = [sup.upper(), f"{d.t('P.IVA', 'VAT Reg.')} {('IT' + partita_iva()) if d.it else 'GB' + safe_num(9)}",
         f"{d.t('FATTURA N.', 'INVOICE No.')} {no}   {d.t('del', 'dated')} {date(d.lang, 1)}",
         f"{d.t('Spett.le', 'Bill to')}: {cust}", f"{d.t('Codice fiscale', 'Customer ID')}: {codice_fiscale() if d.it else 'C' + safe_num(6)}", ""]
    head = [d.t("Descrizione", "Description"), d.t("Q.tà", "Qty"), d.t("Prezzo", "Unit price"), d.t("Importo", "Amount")]
    items = R.sample([d.t("Canone servizio POS", "POS service fee"), d.t("Consulenza integrazione API", "API integration consultancy"),
                      d.t("Licenza gestionale", "Software licence"), d.t("Manutenzione sito", "Website maintenance"),
                      d.t("Rotoli carta termica", "Thermal paper rolls"), d.t("Noleggio terminale", "Card reader rental")], R.randint(2, 4))
    rows, sub = [], 0
    for it_ in items:
        q, pr = R.randint(1, 12), R.randint(500, 30000) / 100
        sub += round(q * pr, 2)
        rows.append([it_, str(q), money(d.lang, pr), money(d.lang, round(q * pr, 2))])
    vat = round(sub * (0.22 if d.it else 0.20), 2)
    L.append(cells([head] + rows))
    L += [f"{d.t('Imponibile', 'Subtotal')} {money(d.lang, sub)}   {d.t('IVA 22%', 'VAT 20%')} {money(d.lang, vat)}",
          f"{d.t('TOTALE DOCUMENTO', 'TOTAL DUE')} {thin_amount(money(d.lang, round(sub + vat, 2)))}", "",
          d.t("Modalità di pagamento", "Payment terms") + ": " + d.t(f"bonifico bancario a {R.choice([30, 60])} gg d.f.", f"bank transfer within {R.choice([14, 30])} days")]
    if d.sec:
        if chance(0.75):
            ib = any_iban("IT" if d.it else pick(["GB", "IE"]))
            L.append(f"IBAN {d.s('iban', fmt_iban(ib))}")
        else:
            L += bank_block(d, True, "GB" if not d.it else "IT")[1:]
    else:
        L.append(pick([
            d.t(f"Pagata con carta {mask_card(card()[1], 0)} il {date('it', 1)}", f"Paid by card {mask_card(card()[1], 0)} on {date('en', 2)}"),
            f"RiBa – {d.t('banca d', 'bank')}{'’appoggio' if d.it else ''}: {pick(IT_BANKS)[1]} ABI {pick(IT_BANKS)[0]} CAB {R.choice('0123') + digits(4)}",
            f"IBAN {fmt_iban(bad_iban('IT' if d.it else 'GB'))}",
            d.t("Coordinate bancarie sul portale fornitori", "Bank details available on the supplier portal"),
            f"BIC {pick(IT_BANKS)[2]}",
        ]))
    L.append(d.t(f"Riferimento ordine {order_no()}", f"PO reference {order_no()}"))
    L.append(page_footer(d, 1, 1))
    body = "\n".join(L)
    if d.it:
        core = pick(["ci è arrivata questa fattura ma l'importo non torna con l'ordine, potete verificare?",
                     "il pagamento della fattura è stato rifiutato, vi allego il pdf.",
                     "allego la fattura per il rimborso delle commissioni."])
    else:
        core = pick(["we received this invoice but the amount doesn't match the order, could you check?",
                     "payment of this invoice was rejected, PDF attached.",
                     "attaching the invoice for the fee refund."])
    return "pdf-invoice", attach(d, message(d, core), pdf_name(d, "fattura_" + no.replace("/", "-").replace(" ", ""), "invoice_" + no.replace("/", "-").replace(" ", "")), pdfx(d, body), "pdf")


def T_onboarding_letter(d):
    prov = pick(PROVIDERS)
    merch = company(d.lang)
    cid = client_id_like()
    env = pick(["Sandbox", "Produzione" if d.it else "Production"])
    L = [f"{prov} S.p.A." if d.it else f"{prov} Ltd", f"{d.t('Spett.le', 'To')}: {merch}",
         f"{pick(IT_CITIES) if d.it else pick(['London', 'Manchester', 'Dublin', 'Leeds'])}, {date(d.lang, 3 if d.it else 2)}", "",
         d.t("Oggetto: attivazione servizio API – credenziali di accesso", "Re: API service activation – access credentials"), "",
         para(d.t(f"con la presente vi comunichiamo che l'ambiente {env} è stato attivato. Di seguito trovate i dati necessari alla configurazione della vostra integrazione; vi preghiamo di conservarli con la massima riservatezza.",
                  f"We are pleased to confirm that your {env} environment is now active. Below are the details you need to configure your integration; please keep them strictly confidential."))]
    tab = [[d.t("Codice esercente", "Merchant ID"), safe_num(9)], ["Client ID", cid],
           [d.t("URL token", "Token URL"), f"https://auth.{slug(prov)}.io/oauth2/token"]]
    if d.sec:
        m = R.randrange(4)
        if m in (0, 1):
            tab.append(["Client Secret", d.s("client_secret", client_secret())])
        if m == 1:
            tab.append([d.t("Password portale (temporanea)", "Portal password (temporary)"), d.s("password", password())])
        if m == 2:
            tab.append([d.t("Chiave API", "API key"), d.s("access_token", opaque_token())])
        if m == 3:
            cs = client_secret()
            tab.append(["Client Secret", d.s("client_secret", cs[:len(cs) // 2] + "\n" + cs[len(cs) // 2:])])
    else:
        tab.append(["Client Secret", pick([d.t("inviato separatamente via SMS", "sent separately by text message"),
                                           d.t("disponibile nel portale sviluppatori", "available in the developer portal"), "[omissis]",
                                           "••••••••••••••••"])])
    L.append(cells(tab, pick([1, 2])))
    L += ["", para(d.t(f"Per assistenza potete contattare il supporto tecnico al numero {phone('it')} citando il codice pratica {safe_num(7)}.",
                       f"For help please contact technical support on {phone('en')} quoting case number {safe_num(7)}.")),
          d.t("Distinti saluti", "Yours faithfully"), person(d.lang), d.t("Ufficio Onboarding", "Onboarding team"), page_footer(d, 1, 2)]
    body = "\n".join(L)
    if d.it:
        core = pick(["abbiamo ricevuto questa lettera ma le credenziali non funzionano in sandbox.",
                     "vi inoltro la lettera di attivazione, il nostro sviluppatore dice che manca qualcosa.",
                     "allego la lettera ricevuta, da dove inizio per configurare il plugin?"])
    else:
        core = pick(["we got this letter but the credentials don't work in the sandbox.",
                     "forwarding the activation letter, our developer says something is missing.",
                     "letter attached, where do I start configuring the plugin?"])
    return "pdf-onboarding", attach(d, message(d, core), pdf_name(d, "lettera_attivazione", "activation_letter"), pdfx(d, body), "pdf")


def T_pentest(d):
    cli = company(d.lang)
    fid = f"{pick(['F', 'VULN-', 'PT-'])}{R.randint(1, 30):02d}"
    L = [d.t(f"Rapporto di penetration test – {cli}", f"Penetration test report – {cli}"),
         d.t("CONFIDENZIALE", "CONFIDENTIAL") + f"   v{R.randint(1, 3)}.{R.randint(0, 9)}   {date(d.lang, 1)}", "",
         f"{fid}  " + pick([d.t("Credenziali hardcoded nell'app mobile", "Hard-coded credentials in mobile app"),
                            d.t("Segreti esposti nel repository", "Secrets exposed in source repository"),
                            d.t("Token di sessione nei log", "Session tokens written to logs"),
                            d.t("Chiave privata nel bucket pubblico", "Private key in public bucket")]),
         f"CVSS 3.1: {R.randint(50, 98) / 10}   CWE-{pick([798, 312, 532, 522, 321])}",
         d.t("Evidenza", "Evidence") + ":"]
    if d.sec:
        m = R.randrange(6)
        if m == 5:
            L += [d.t("Contenuto di localStorage dopo il login:", "localStorage after login:"),
                  f"refresh_token: {d.s('refresh_token', refresh_token())}", f"user_id: {R.randint(1000, 99999)}"]
        elif m == 0:
            L += [f"app/src/main/res/values/strings.xml: <string name=\"{pick(['stripe_key', 'api_key'])}\">{d.s('vendor_key', vendor_key(pick(['stripe', 'google', 'sendgrid'])))}</string>"]
        elif m == 1:
            L += [f"config/prod.env:{R.randint(2, 40)}  DB_PASSWORD={d.s('password', password())}",
                  f"config/prod.env:{R.randint(41, 80)}  AWS_ACCESS_KEY_ID={d.s('vendor_key', vendor_key('aws'))}"]
        elif m == 2:
            t = jwt(long=True)
            L += [f"{date('en', 0)} INFO  auth ok user=" + str(R.randint(1000, 9999)) + " token=" + d.s("access_token", wrap_value(t, 78) if chance(0.5) else t)]
        elif m == 3:
            L += [f"s3://{slug(cli)}-backup/keys/{pick(['server.key', 'deploy.pem'])}:", d.s("private_key", private_key(pick(['rsa', 'pkcs8', 'ec'])))]
        else:
            L += [d.t("Accesso al pannello con credenziali di default:", "Admin panel accessible with default credentials:"),
                  f"admin / {d.s('password', password())}"]
    else:
        m = R.randrange(4)
        if m == 0:
            L += [f"app/src/main/res/values/strings.xml: <string name=\"api_key\">sk_live_****************{tok(4)}</string>",
                  d.t("(valore troncato dal tester)", "(value truncated by the tester)")]
        elif m == 1:
            L += [f"config/prod.env:{R.randint(2, 40)}  DB_PASSWORD=[REDACTED]", f"sha256 del valore: {hexs(64)}" if d.it else f"sha256 of value: {hexs(64)}"]
        elif m == 2:
            L += [f"{date('en', 0)} INFO  auth ok user={R.randint(1000, 9999)} token=eyJ…[{d.t('troncato', 'truncated')}]", f"request_id={uuid4()}"]
        else:
            L += [d.t("Affected commit", "Affected commit") + f": {hexs(40)}", "AKIA" + "*" * 16, d.t("La chiave è stata revocata il ", "Key revoked on ") + date(d.lang, 1)]
    L += ["", d.t("Raccomandazione", "Recommendation") + ":",
          para(d.t("Revocare immediatamente le credenziali esposte, spostarle in un gestore di segreti e ruotarle periodicamente. Verificare nei log di accesso eventuali utilizzi non autorizzati.",
                   "Revoke the exposed credentials immediately, move them to a secrets manager and rotate them on a schedule. Review access logs for any unauthorised use.")),
          page_footer(d, R.randint(4, 20), R.randint(21, 40))]
    body = "\n".join(L)
    if d.it:
        core = pick(["il pen test ha segnalato questo punto sulla vostra integrazione, ci aiutate a capire cosa ruotare?",
                     "vi giro l'estratto del report di sicurezza, riguarda le chiavi del vostro servizio.",
                     "l'auditor chiede conferma che la chiave sia stata revocata, ecco la pagina del report."])
    else:
        core = pick(["the pen test flagged this in our integration with you, can you help us work out what to rotate?",
                     "forwarding the relevant page of the security report, it concerns your service's keys.",
                     "the auditor wants confirmation the key has been revoked, here's the report page."])
    return "pdf-pentest", attach(d, message(d, core), pdf_name(d, "report_pentest", "pentest_report"), pdfx(d, body), "pdf")


# ================================================================ Office files as text

def sheet_dump(d, title, head, rows):
    fmt = R.randrange(4)
    sheet = pick([d.t("Foglio1", "Sheet1"), title])
    out = []
    if fmt == 0:
        out.append(f"[{d.t('Foglio', 'Sheet')}: {sheet}]")
        out += ["\t".join(r) for r in [head] + rows]
    elif fmt == 1:
        out.append(f"{title.upper()}" + ";" * (len(head) - 1))
        out += [";".join(r) for r in [head] + rows]
    elif fmt == 2:
        out.append(f"== {sheet} ==")
        out += [",".join(('"' + c + '"') if ("," in c or " " in c) else c for c in r) for r in [head] + rows]
    else:
        out.append(f"{d.t('Foglio', 'Sheet')} \"{sheet}\"  A1:{chr(64 + len(head))}{len(rows) + 1}")
        out += [" | ".join(r) for r in [head] + rows]
    if chance(0.4):
        out.append(pick([f"{d.t('Foglio', 'Sheet')}: {pick(['Note', 'Storico', 'Archive', 'Pivot'])}", f"{d.t('aggiornato il', 'last updated')} {date(d.lang, 1)}",
                         ";" * (len(head) - 1), ""]))
    return "\n".join(out)


def T_xlsx(d):
    layout = R.randrange(5)
    if layout == 0:
        title = d.t("Utenze test", "Test users")
        head = [d.t("Ambiente", "Environment"), d.t("Utente", "User"), "Password", d.t("Note", "Notes")]
        rows = []
        for i in range(R.randint(3, 6)):
            env = pick(["sandbox", "collaudo" if d.it else "staging", "prod", "demo"])
            user = pick([email_of(person(d.lang), pick(["example.com", "shop-rossi.it", "northwind.co.uk"])), f"test{R.randint(1, 40)}", "operatore" + str(i + 1) if d.it else "operator" + str(i + 1)])
            if d.sec and (i == 0 or chance(0.6)):
                pw = d.s("password", password())
            else:
                pw = pick(["", d.t("vedi vault", "see vault"), "••••••••", d.t("reset al primo accesso", "reset on first login"), "SSO"])
            rows.append([env, user, pw, pick(["", d.t("bloccato", "locked"), d.t("ruolo admin", "admin role"), d.t("solo lettura", "read only")])])
    elif layout == 1:
        title = d.t("Distinta bonifici", "Supplier payments")
        head = [d.t("Beneficiario", "Payee"), "IBAN", d.t("Importo", "Amount"), d.t("Causale", "Reference"), d.t("Scadenza", "Due")]
        rows = []
        for i in range(R.randint(2, 5)):
            ib = any_iban("IT" if d.it else pick(["GB", "IE", "IT", "DE"]))
            if d.sec and (i == 0 or chance(0.5)):
                v = fmt_iban(ib, pick([3, 3, 0]))
                if chance(0.1):
                    v = damage_value(v)
                    d.s("iban", v, damaged=True)
                else:
                    d.s("iban", v)
            else:
                v = pick([mask_iban(ib, 3), d.t("da anagrafica", "on file"), "", mask_iban(ib, 0)])
            rows.append([pick(IT_COMP + EN_COMP), v, amount(d.lang), d.t("Fatt. ", "Inv ") + invoice_no(d.lang), date(d.lang, 1)])
    elif layout == 2:
        title = d.t("Carte di test", "Test cards")
        head = [d.t("Circuito", "Scheme"), "PAN", d.t("Scadenza", "Expiry"), "CVV", d.t("Esito atteso", "Expected result")]
        rows = []
        for i in range(R.randint(2, 5)):
            b, cn = card()
            if d.sec and (i == 0 or chance(0.6)):
                pan = d.s("card_number", fmt_card(cn, pick(["", " "])))
                cv = d.s("cvv", cvv_for(cn)) if chance(0.7) else d.t("qualsiasi", "any")
            else:
                pan, cv = mask_card(cn, pick([3, 4, 1])), "•••"
            rows.append([b, pan, expiry(), cv, pick([d.t("autorizzata", "approved"), d.t("rifiutata", "declined"), "3DS challenge", d.t("fondi insufficienti", "insufficient funds")])])
    elif layout == 3:
        title = d.t("Credenziali ambienti", "Environment credentials")
        head = [d.t("Servizio", "Service"), "URL", d.t("Utente / ID", "User / ID"), d.t("Segreto", "Secret")]
        rows = []
        for i in range(R.randint(3, 5)):
            svc = pick(["Nuvola Pay API", "SMTP", "Stripe", "DB prod", "FTP fornitore" if d.it else "supplier SFTP", "GitHub Actions", "SendGrid",
                        "Xero (OAuth)", "Fatture in Cloud (OAuth)"])
            if d.sec and (i == 0 or chance(0.5)):
                if "OAuth" in svc:
                    sv = d.s("refresh_token", refresh_token())
                elif svc == "Stripe":
                    sv = d.s("vendor_key", vendor_key("stripe"))
                elif svc == "SendGrid":
                    sv = d.s("vendor_key", vendor_key("sendgrid"))
                elif svc == "GitHub Actions":
                    sv = d.s("vendor_key", vendor_key("github"))
                elif svc == "Nuvola Pay API":
                    sv = d.s("client_secret", client_secret())
                else:
                    sv = d.s("password", password())
            else:
                sv = pick(["vault:kv/prod/" + slug(svc), "${" + slug(svc).upper().replace("-", "_") + "_SECRET}", d.t("chiedere a IT", "ask IT"), "[omissis]", "1Password › Shared › " + svc])
            rows.append([svc, pick([f"https://{pick(DOMAINS)}", "smtp.office365.com:587", f"{R.randint(10, 192)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "-"]),
                         pick([client_id_like(), "admin", email_of(person(d.lang))]), sv])
    else:
        title = d.t("Export transazioni", "Transactions export")
        head = [d.t("ID transazione", "Transaction ID"), d.t("Ordine", "Order"), d.t("Data", "Date"), d.t("Importo", "Amount"), d.t("Carta", "Card"), d.t("Cod. aut.", "Auth code"), d.t("Esito", "Result")]
        rows = []
        for i in range(R.randint(3, 6)):
            b, cn = card()
            if d.sec and i == 0:
                c = d.s("card_number", fmt_card(cn, ""))
            else:
                c = mask_card(cn, pick([3, 4, 7]))
            rows.append([pick(["txn_", "pay_", "TX"]) + tok(18), order_no(), date(d.lang, 0), amount(d.lang, 1, 900), c, tok(6, UPDIG),
                         pick(["OK", "KO 05", d.t("stornata", "refunded"), "3DS"])])
    body = sheet_dump(d, title, head, rows)
    if d.it:
        core = pick([f"vi allego il file Excel \"{title}\" che usiamo internamente, forse vi serve per capire il problema.",
                     "il collega ha messo tutto in questo foglio, vi giro il file così com'è.",
                     "nel foglio ci sono le righe che non riusciamo a riconciliare.",
                     "allego l'xlsx richiesto."])
    else:
        core = pick([f"attaching the spreadsheet \"{title}\" we use internally, it might help you see the issue.",
                     "my colleague put everything in this sheet, forwarding the file as is.",
                     "the sheet has the rows we can't reconcile.",
                     "xlsx attached as requested."])
    fn = slug(title).replace("-", "_") + pick([".xlsx", ".xlsx", ".xls", ".csv", ".ods"])
    return "xlsx", attach(d, message(d, core), fn, body, "office")


def T_runbook(d):
    svc = pick(["gateway pagamenti", "e-commerce", "gestionale", "integrazione POS", "webhook receiver"] if d.it else
               ["payment gateway", "web shop", "back office", "POS bridge", "webhook receiver"])
    host = pick(["prod-web-1", "srv-gestionale", "10.0.3.21", "shop-vm", "bastion.northwind.local"])
    steps = [d.t(f"Procedura di ripristino – {svc}", f"Recovery runbook – {svc}"),
             d.t(f"Autore: {person('it')}   Revisione {R.randint(1, 9)} del {date('it', 1)}", f"Owner: {person('en')}   Revision {R.randint(1, 9)}, {date('en', 2)}"), ""]
    n = 1
    steps.append(f"{n}. " + d.t(f"Collegarsi in SSH a {host}.", f"SSH into {host}."))
    n += 1
    m = R.randrange(5)
    if d.sec:
        if m == 0:
            pw = d.s("password", password())
            steps.append(f"{n}. " + d.t(f"Entrare come utente deploy, la password è {pw} (non cambiarla, la usa anche il cron).",
                                        f"Log in as deploy, password is {pw} (don't change it, the cron job uses it too)."))
        elif m == 1:
            pw = d.s("password", password())
            steps.append(f"{n}. " + d.t("Verificare il database:", "Check the database:"))
            steps.append(f"    mysql -u shop -p'{pw}' -h db.internal -e 'SHOW PROCESSLIST'")
        elif m == 2:
            tv = d.s("access_token", opaque_token())
            steps.append(f"{n}. " + d.t("Controllare lo stato del servizio:", "Check service health:"))
            steps.append(f"    curl -H \"X-Api-Key: {tv}\" https://api.{pick(['nuvolapay.io', 'orbita-api.com'])}/v1/health")
        elif m == 3:
            steps.append(f"{n}. " + d.t("Se la chiave di deploy è andata persa, ricrearla con questo contenuto (Appendice A):",
                                        "If the deploy key is lost, recreate it with this content (Appendix A):"))
            steps.append(d.s("private_key", private_key()))
        else:
            cs = d.s("client_secret", client_secret())
            steps.append(f"{n}. " + d.t(f"Nel file /etc/{slug(svc)}/app.ini impostare client_secret = {cs} e riavviare.",
                                        f"In /etc/{slug(svc)}/app.ini set client_secret = {cs} and restart."))
    else:
        if m == 0:
            steps.append(f"{n}. " + d.t("Entrare come utente deploy (password nel vault, voce \"deploy prod\").",
                                        "Log in as deploy (password in the vault, entry \"deploy prod\")."))
        elif m == 1:
            steps.append(f"{n}. " + d.t("Verificare il database:", "Check the database:"))
            steps.append("    mysql -u shop -p\"$DB_PASSWORD\" -h db.internal -e 'SHOW PROCESSLIST'")
        elif m == 2:
            steps.append(f"{n}. " + d.t("Controllare lo stato del servizio:", "Check service health:"))
            steps.append("    curl -H \"X-Api-Key: <API_KEY>\" https://api.nuvolapay.io/v1/health")
        elif m == 3:
            steps.append(f"{n}. " + d.t("Se la chiave di deploy è andata persa, generarne una nuova con ssh-keygen -t ed25519 e caricare la pubblica su GitHub:",
                                        "If the deploy key is lost, generate a new one with ssh-keygen -t ed25519 and upload the public half to GitHub:"))
            steps.append(public_key_block("ssh"))
        else:
            steps.append(f"{n}. " + d.t(f"Nel file /etc/{slug(svc)}/app.ini il client_secret viene letto da os.environ[\"CLIENT_SECRET\"]; non scriverlo nel file.",
                                        f"In /etc/{slug(svc)}/app.ini client_secret is read from os.environ[\"CLIENT_SECRET\"]; never write it in the file."))
    n += 1
    steps += [f"{n}. " + d.t(f"Riavviare con systemctl restart {slug(svc)} e controllare i log (journalctl -u {slug(svc)} -n 100).",
                             f"Restart with systemctl restart {slug(svc)} and check the logs (journalctl -u {slug(svc)} -n 100)."),
              f"{n + 1}. " + d.t(f"Se il problema persiste aprire un ticket al fornitore citando il merchant ID {safe_num(9)}.",
                                 f"If it still fails, open a ticket with the provider quoting merchant ID {safe_num(9)}."),
              "", d.t("Contatti reperibilità", "On-call contacts") + f": {person(d.lang)} {phone(d.lang)}"]
    body = "\n".join(steps)
    if d.it:
        core = pick(["vi allego il nostro runbook interno, così vedete i passi che facciamo quando il gateway si blocca.",
                     "il documento di procedura è questo, ditemi se c'è qualcosa di sbagliato.",
                     "il fornitore precedente ci ha lasciato solo questo documento Word."])
    else:
        core = pick(["attaching our internal runbook so you can see what we do when the gateway hangs.",
                     "this is the procedure document, let me know if something's wrong in it.",
                     "the previous agency only left us this Word document."])
    return "docx", attach(d, message(d, core), pick(["runbook.docx", "procedura_ripristino.docx" if d.it else "recovery_procedure.docx", "Istruzioni.docx" if d.it else "Instructions.docx"]), body, "office")


def T_handover(d):
    frm, to = person(d.lang), person(d.lang)
    L = [d.t(f"Passaggio di consegne – {frm} → {to}", f"Handover notes – {frm} → {to}"), d.t(f"Ultimo giorno: {date('it', 1)}", f"Last day: {date('en', 2)}"), ""]
    items = []
    pool_sec = [
        lambda: d.t(f"Wi-Fi negozio: {pick(['NEGOZIO_5G', 'Ufficio'])} – password {d.s('password', password('it'))}",
                    f"Shop Wi-Fi: {pick(['SHOP_5G', 'Office'])} – password {d.s('password', password('en'))}"),
        lambda: d.t(f"Codice allarme: {d.s('pin', pin(pick([4, 5, 6])))} (disinserire entro 30 secondi)",
                    f"Alarm code: {d.s('pin', pin(pick([4, 5, 6])))} (you have 30 seconds)"),
        lambda: d.t(f"Carta aziendale (quella blu): PIN {d.s('pin', pin(pick([4, 5])))}", f"Company card (the blue one): PIN {d.s('pin', pin(4))}"),
        lambda: d.t(f"Portale {pick(PROVIDERS)}: utente amministrazione, pwd {d.s('password', password())}",
                    f"{pick(PROVIDERS)} portal: user accounts, pwd {d.s('password', password())}"),
        lambda: d.t(f"SIM del terminale: PIN {d.s('pin', pin(4))}  PUK {d.s('pin', pin(8))}", f"Card reader SIM: PIN {d.s('pin', pin(4))}  PUK {d.s('pin', pin(8))}"),
        lambda: d.t(f"Token del plugin (se si scollega): {d.s('access_token', opaque_token())}", f"Plugin token (if it disconnects): {d.s('access_token', opaque_token())}"),
        lambda: d.t(f"Refresh token del connettore contabilità:\n{d.s('refresh_token', refresh_token())}", f"Accounting connector refresh token:\n{d.s('refresh_token', refresh_token())}"),
    ]
    pool_ok = [
        lambda: d.t("Password: sono tutte nel gestore password condiviso, cartella \"Negozio\".", "Passwords: all in the shared password manager, folder \"Shop\"."),
        lambda: d.t(f"Il commercialista è {person('it')}, tel. {phone('it')}.", f"Our accountant is {person('en')}, {phone('en')}."),
        lambda: d.t(f"Il fornitore della carta termica consegna il martedì, ordine ricorrente {order_no()}.", f"Till roll supplier delivers on Tuesdays, standing order {order_no()}."),
        lambda: d.t("Il PIN della carta aziendale lo sa solo il titolare, non chiederlo al telefono.", "Only the owner knows the company card PIN, never ask for it over the phone."),
        lambda: d.t(f"Chiusura cassa ogni sera; il report POS va salvato in Drive (lotto {R.randint(100, 999)}).", f"Cash up every evening; save the POS report in Drive (batch {R.randint(100, 999)})."),
        lambda: d.t(f"Ticket aperto col supporto: n. {safe_num(7)}, aspettiamo risposta.", f"Open ticket with support: #{safe_num(7)}, waiting for a reply."),
        lambda: d.t("Codice allarme: chiedere al titolare (cambiato a marzo).", "Alarm code: ask the owner (changed in March)."),
        lambda: d.t(f"Contratto POS: merchant ID {safe_num(10)}, terminale {ndigits(8)}.", f"POS contract: merchant ID {safe_num(10)}, terminal {ndigits(8)}."),
    ]
    if d.sec:
        for f in R.sample(pool_sec, R.randint(1, 2)):
            items.append(f())
    for f in R.sample(pool_ok, R.randint(2, 4)):
        items.append(f())
    R.shuffle(items)
    bullet = pick(["• ", "- ", "◦ ", "☐ ", "▪ "])
    L += [bullet + i for i in items]
    body = "\n".join(L)
    if d.it:
        core = pick(["la collega che seguiva i pagamenti è in maternità, vi allego le sue note di passaggio per capire dove mettere mano.",
                     "vi giro il documento di consegne, nel punto sul plugin c'è il problema di cui parlavamo.",
                     "allego le note lasciate dal vecchio responsabile."])
    else:
        core = pick(["the colleague who handled payments is on leave, attaching her handover notes so you can see where things are.",
                     "forwarding the handover document, the plugin item is the problem we discussed.",
                     "attaching the notes the previous manager left."])
    return "docx", attach(d, message(d, core), pick(["consegne.docx" if d.it else "handover.docx", "note passaggio.docx" if d.it else "handover notes.docx", "LEGGIMI.docx" if d.it else "README.docx"]), body, "office")


def T_checklist(d):
    prov = pick(PROVIDERS)
    L = [d.t(f"Checklist go-live {prov}", f"{prov} go-live checklist"), ""]
    box_done, box_todo = pick([("☑", "☐"), ("[x]", "[ ]"), ("✔", "✘"), ("■", "□")])
    items = [(True, d.t("Contratto firmato", "Contract signed")), (True, d.t(f"Merchant ID ricevuto: {safe_num(9)}", f"Merchant ID received: {safe_num(9)}")),
             (chance(0.5), d.t("Webhook configurato su ", "Webhook configured at ") + f"https://{pick(DOMAINS)}/hooks/{slug(prov)}"),
             (chance(0.5), d.t("Test 3DS superati", "3DS tests passed")), (False, d.t("Formazione personale negozio", "Staff training"))]
    if d.sec:
        m = R.randrange(3)
        if m == 0:
            items.insert(2, (True, d.t(f"Credenziali produzione: client_id {client_id_like()} / secret {d.s('client_secret', client_secret())}",
                                       f"Production credentials: client_id {client_id_like()} / secret {d.s('client_secret', client_secret())}")))
        elif m == 1:
            items.insert(2, (True, d.t(f"Utente backoffice creato (admin / {d.s('password', password())})", f"Back-office user created (admin / {d.s('password', password())})")))
        else:
            items.insert(2, (True, d.t(f"Chiave webhook Stripe: {d.s('vendor_key', vendor_key('whsec'))}", f"Stripe webhook secret: {d.s('vendor_key', vendor_key('whsec'))}")))
    else:
        items.insert(2, (True, pick([d.t("Credenziali produzione salvate nel vault", "Production credentials stored in the vault"),
                                     d.t(f"Client ID produzione: {client_id_like()} (secret nel vault)", f"Production client ID: {client_id_like()} (secret in vault)"),
                                     d.t("Utente backoffice creato (password inviata via SMS)", "Back-office user created (password sent by text)")])))
    L += [f"{box_done if ok else box_todo} {t}" for ok, t in items]
    L += ["", d.t(f"Data prevista: {date('it', 1)}", f"Target date: {date('en', 2)}")]
    body = "\n".join(L)
    if d.it:
        core = pick(["siamo quasi pronti per andare in produzione, allego la nostra checklist: manca qualcosa?",
                     "ecco la checklist compilata, ci dite se possiamo procedere?"])
    else:
        core = pick(["we're nearly ready to go live, our checklist is attached: anything missing?",
                     "here's the completed checklist, can we go ahead?"])
    return "docx", attach(d, message(d, core), pick(["checklist_golive.docx", "go-live.docx", "checklist.pdf"]), body, "office")


def T_slides(d):
    n = R.randint(3, 24)
    prov = pick(PROVIDERS)
    L = [f"{d.t('Diapositiva', 'Slide')} {n}", pick([d.t("Demo: checkout in 3 passi", "Demo: checkout in 3 steps"), d.t("Architettura integrazione", "Integration architecture"),
                                                   d.t("Ambiente di prova", "Test environment"), "Live demo"])]
    bullets = [d.t(f"Negozio demo: https://demo.{pick(DOMAINS)}", f"Demo shop: https://demo.{pick(DOMAINS)}"),
               d.t(f"Pagamento con {prov}, redirect e webhook", f"Payment with {prov}, redirect and webhook")]
    notes = [d.t("Ricordarsi di svuotare il carrello prima della demo.", "Remember to empty the cart before the demo.")]
    if d.sec:
        m = R.randrange(4)
        if m == 0:
            bullets.append(d.t(f"Login: demo@{pick(DOMAINS[:3])} / {d.s('password', password())}", f"Login: demo@{pick(DOMAINS[:3])} / {d.s('password', password())}"))
        elif m == 1:
            b, cn = card()
            bullets.append(d.t(f"Carta di test: {d.s('card_number', fmt_card(cn))}  scad. {expiry()}  CVV {d.s('cvv', cvv_for(cn))}",
                               f"Test card: {d.s('card_number', fmt_card(cn))}  exp {expiry()}  CVC {d.s('cvv', cvv_for(cn))}"))
        elif m == 2:
            notes.append(d.t(f"Se il token scade usare questo: {d.s('access_token', opaque_token())}", f"If the token expires use this one: {d.s('access_token', opaque_token())}"))
        else:
            notes.append(d.t(f"Codice 3DS di prova che arriva al telefono demo: non serve, la sandbox accetta {d.s('pin', otp(6))}",
                             f"3DS code for the demo phone: the sandbox accepts {d.s('pin', otp(6))}"))
    else:
        m = R.randrange(3)
        if m == 0:
            bullets.append(d.t("Login: utente demo (credenziali nel 1Password del team)", "Login: demo user (credentials in the team 1Password)"))
        elif m == 1:
            bullets.append(d.t("Carta di test: quella della documentazione sandbox, CVV qualsiasi", "Test card: the one from the sandbox docs, any CVC"))
        else:
            notes.append(d.t(f"Il token si prende da process.env.DEMO_TOKEN, non scriverlo sulle slide.", f"Token comes from process.env.DEMO_TOKEN, never put it on a slide."))
        bullets.append(d.t(f"ID richiesta di esempio: {uuid4()}", f"Sample request id: {uuid4()}"))
    L += ["• " + b for b in bullets]
    L += [d.t("Note del relatore:", "Speaker notes:")] + notes
    body = "\n".join(L)
    if d.it:
        core = pick(["vi allego la presentazione che abbiamo fatto al cliente, la demo si è bloccata al passaggio del pagamento.",
                     "queste sono le slide del workshop, la slide con la demo è quella che non funziona.",
                     "presentazione in allegato, domani la rifacciamo e vorremmo che il pagamento andasse a buon fine."])
    else:
        core = pick(["attaching the deck we showed the client, the demo froze at the payment step.",
                     "these are the workshop slides, the demo slide is the one that breaks.",
                     "deck attached, we present again tomorrow and would like the payment to go through."])
    return "pptx", attach(d, message(d, core), pick(["demo.pptx", "workshop_integrazione.pptx" if d.it else "integration_workshop.pptx", "kickoff.pptx", "presentazione.pptx" if d.it else "deck.pptx"]), body, "office")


# ================================================================ scanned paper, faxes, photos

def photo_name(d):
    return pick([f"IMG_{R.randint(1000, 9999)}.HEIC", f"IMG_{R.randint(1000, 9999)}.jpg", f"PXL_{R.randint(20240101, 20261231)}_{R.randint(100000, 999999)}.jpg",
                 f"foto{R.randint(1, 20)}.jpg" if d.it else f"photo{R.randint(1, 20)}.jpg", f"scansione{R.randint(1, 40):03d}.pdf" if d.it else f"scan{R.randint(1, 40):03d}.pdf",
                 f"WhatsApp Image {R.choice([2025, 2026])}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}.jpeg", f"CamScanner {date('en', 0)}.pdf"])


def T_scanform(d):
    L = []
    kind = R.randrange(3)
    name = person(d.lang)
    if kind == 0:
        L = [pick([d.t("MODULO RICHIESTA RIMBORSO", "REFUND REQUEST FORM"), spaced(d.t("RIMBORSO", "REFUND"))]),
             f"{d.t('Nome e cognome', 'Full name')}: {name}", f"{d.t('Ordine n.', 'Order no.')}: {order_no()}",
             f"{d.t('Importo', 'Amount')}: {amount(d.lang, 5, 400)}", d.t("Accredito su (IBAN):", "Refund to (IBAN):")]
        ib = any_iban("IT" if d.it else pick(["GB", "IE", "FR", "ES"]))
        if d.sec:
            st = R.randrange(3)
            if st == 0:
                v = spaced(ib)
            elif st == 1:
                v = fmt_iban(ib, 0)
            else:
                v = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).replace(" ", "  ")
            if chance(0.3):
                v = damage_value(v)
                d.s("iban", v, damaged=True)
            else:
                d.s("iban", v)
            L.append(v)
        else:
            L.append(pick(["_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _", d.t("(stesso metodo di pagamento dell'ordine)", "(same payment method as the order)"),
                           spaced(bad_iban("IT" if d.it else "GB"))]))
        L += [f"{d.t('Firma', 'Signature')}: {name.split()[0][0]}. {name.split()[-1]}", f"{d.t('Data', 'Date')}: {date(d.lang, 1)}"]
    elif kind == 1:
        L = [d.t("AUTORIZZAZIONE ADDEBITO SU CARTA DI CREDITO", "CREDIT CARD AUTHORISATION FORM"),
             f"{d.t('Struttura', 'Property')}: {pick(['Hotel Belvedere', 'Agriturismo La Quercia', 'The Harbour Inn', 'B&B Le Rondini'])}",
             f"{d.t('Prenotazione n.', 'Booking ref')}: {tok(3, UPDIG)}{safe_num(6)}", f"{d.t('Titolare', 'Cardholder')}: {name}"]
        b, cn = card()
        if d.sec:
            v = fmt_card(cn, pick([" ", "  ", "-", " "]))
            if chance(0.3):
                v = damage_value(v)
                d.s("card_number", v, damaged=True)
            else:
                d.s("card_number", v)
            L += [f"{d.t('Numero carta', 'Card number')}:", v, f"{d.t('Scadenza', 'Expiry date')}: {expiry()}"]
            if chance(0.7):
                L += [f"{d.t('Codice di sicurezza (CVV)', 'Security code (CVV)')}: {d.s('cvv', cvv_for(cn))}"]
        else:
            L += [f"{d.t('Numero carta', 'Card number')}: ____ ____ ____ ____", f"{d.t('Scadenza', 'Expiry date')}: __/__", "CVV: ___",
                  d.t("(compilare a mano e consegnare alla reception, NON inviare via email)", "(fill in by hand and hand to reception, do NOT email)")]
        L += [f"{d.t('Importo autorizzato', 'Amount authorised')}: {amount(d.lang, 50, 2000)}", d.t("Firma del titolare ____________", "Cardholder signature ____________")]
    else:
        L = [d.t("SCHEDA CLIENTE – DATI PER ADDEBITO", "CUSTOMER FORM – PAYMENT DETAILS"), f"{d.t('Cliente', 'Customer')}: {name}",
             f"{d.t('Cod. fiscale', 'Customer no.')}: {codice_fiscale() if d.it else safe_num(8)}", f"{d.t('Telefono', 'Phone')}: {phone(d.lang)}"]
        L += bank_block(d, d.sec, "IT" if d.it else pick(["GB", "FR", "ES", "DE"]))
    body = "\n".join(L)
    body = ocr(d, body, pick([0.03, 0.06, 0.1]))
    if d.it:
        core = pick(["il cliente ha compilato il modulo a mano, vi mando la scansione.",
                     "allego il modulo scansionato, si legge poco ma è quello che abbiamo.",
                     "ecco la scansione del foglio che ci ha lasciato il cliente al banco."])
    else:
        core = pick(["the customer filled the form in by hand, scan attached.",
                     "scanned form attached, it's hard to read but it's all we have.",
                     "here's a scan of the sheet the customer left at the counter."])
    return "scan-form", attach(d, message(d, core), photo_name(d), body, "scan")


def T_fax(d):
    frm = phone(d.lang)
    L = [f"{date(d.lang, 1)} {hhmm()}   {d.t('DA', 'FROM')}: {frm}   {d.t('A', 'TO')}: {phone(d.lang)}   P.{R.randint(1, 3)}/{R.randint(3, 4)}",
         pick(["FAX", "TELEFAX", spaced("FAX")]), f"{d.t('Mittente', 'From')}: {company(d.lang)}", f"{d.t('Alla cortese attenzione di', 'Attn')}: {d.t('Ufficio amministrazione', 'Accounts dept.')}",
         f"{d.t('Oggetto', 'Re')}: " + pick([d.t("coordinate bancarie", "bank details"), d.t("conferma ordine", "order confirmation"), d.t("garanzia prenotazione", "booking guarantee")]), ""]
    m = R.randrange(3)
    if d.sec:
        if m == 0:
            L += bank_block(d, True)
        elif m == 1:
            b, cn = card()
            L += [d.t("Vi confermo i dati della carta a garanzia:", "Please take the guarantee on this card:"), f"{b} {d.s('card_number', fmt_card(cn, pick([' ', '-', '  '])))}",
                  f"exp {expiry()}  cvv {d.s('cvv', cvv_for(cn))}"]
        else:
            L += [d.t("Nuovo IBAN per i pagamenti delle nostre fatture:", "New IBAN for paying our invoices:"), d.s("iban", fmt_iban(any_iban(), pick([0, 3, 5])))]
    else:
        if m == 0:
            L += [d.t(f"Confermiamo l'ordine {order_no()} per un totale di {amount('it')}.", f"We confirm order {order_no()} for a total of {amount('en')}."),
                  d.t(f"Consegna prevista il {date('it', 1)}.", f"Delivery expected {date('en', 2)}.")]
        elif m == 1:
            L += [d.t("La garanzia verrà presa sulla carta che termina con ", "The guarantee will be taken on the card ending ") + last4(card()[1]),
                  d.t("Non inviate i dati completi della carta via fax.", "Please don't send full card details by fax.")]
        else:
            L += [d.t("Le nostre coordinate bancarie restano invariate. Per conferma chiamate il ", "Our bank details have NOT changed. To confirm, call ") + phone(d.lang),
                  f"BIC {pick([x[2] for x in IT_BANKS])}   ABI {pick(IT_BANKS)[0]}   CAB {R.choice('0123') + digits(4)}" if d.it else f"Sort code {gb_account()['sort']}"]
    L += ["", d.t("Distinti saluti", "Regards"), person(d.lang)]
    body = ocr(d, "\n".join(L), pick([0.04, 0.07, 0.1]))
    if d.it:
        core = pick(["ci è arrivato questo fax, mi dite se possiamo usare questi dati?",
                     "vi giro il fax del fornitore, l'OCR non è perfetto.",
                     "fax ricevuto stamattina, lo allego."])
    else:
        core = pick(["we got this fax, can we use these details?",
                     "forwarding the supplier's fax, the OCR isn't perfect.",
                     "fax received this morning, attached."])
    return "fax", attach(d, message(d, core), pick(["fax_" + safe_num(6) + ".pdf", "FAX" + digits(4) + ".tif", photo_name(d)]), body, "scan")


def T_handnote(d):
    lines = []
    ok_pool = [lambda: d.t(f"chiamare {pick(IT_FIRST)} {phone('it')}", f"call {pick(EN_FIRST)} {phone('en')}"),
               lambda: d.t(f"riunione giov {hhmm()}", f"meeting thu {hhmm()}"),
               lambda: d.t(f"ordine {order_no()} -> sollecitare", f"chase order {order_no()}"),
               lambda: d.t(f"ticket {safe_num(7)}", f"ticket #{safe_num(7)}"),
               lambda: d.t(f"totale cassa {amount('it', 50, 900)}", f"till total {amount('en', 50, 900)}"),
               lambda: d.t("NON dare il PIN a nessuno!!", "never give out the PIN!!"),
               lambda: d.t("cambiare password ogni 3 mesi", "change passwords every 3 months"),
               lambda: d.t(f"terminale n. {ndigits(8)}", f"terminal {ndigits(8)}"),
               lambda: d.t("password wifi -> chiedere a Gino", "wifi password -> ask Dave")]
    sec_pool = [lambda: d.t(f"wifi ospiti: {d.s('password', password('it'))}", f"guest wifi: {d.s('password', password('en'))}"),
                lambda: d.t(f"pwd gestionale {d.s('password', password())}", f"till system pwd {d.s('password', password())}"),
                lambda: d.t(f"PIN allarme {d.s('pin', pin(pick([4, 5])))}", f"alarm PIN {d.s('pin', pin(pick([4, 5])))}"),
                lambda: d.t(f"bancomat: {d.s('pin', pin(5))}", f"debit card {d.s('pin', pin(4))}"),
                lambda: f"{pick(['Passwort', 'mot de passe', 'contraseña', 'Kennwort'])}: {d.s('password', password())}",
                lambda: d.t(f"utente admin\npass {d.s('password', password())}", f"user admin\npass {d.s('password', password())}"),
                lambda: d.t(f"cod. sblocco telefono negozio {d.s('pin', pin(6))}", f"shop phone unlock {d.s('pin', pin(6))}")]
    for f in R.sample(ok_pool, R.randint(2, 4)):
        lines.append(f())
    if d.sec:
        for f in R.sample(sec_pool, R.randint(1, 2)):
            lines.insert(R.randint(0, len(lines)), f())
    body = ocr(d, "\n".join(lines), pick([0.05, 0.1, 0.15]))
    if d.it:
        core = pick(["vi mando la foto del post-it che c'era attaccato al terminale, forse aiuta.",
                     "foto degli appunti del titolare, io non ci capisco molto.",
                     "questo è il foglietto vicino alla cassa con le info del sistema."])
    else:
        core = pick(["photo of the sticky note that was on the card reader, might help.",
                     "photo of the owner's notes, I can't make much of them.",
                     "this is the note by the till with the system info."])
    return "ocr-note", attach(d, message(d, core), photo_name(d), body, "scan")


def T_whiteboard(d):
    lines = [pick(["checkout → API gw → auth svc", "shop ─▶ gateway ─▶ acquirer", "frontend -> BFF -> payments"]),
             pick(["webhook :8443 /hooks", "retry 3x backoff", "idempotency key = order id"]),
             pick([d.t("TODO: ruotare chiavi prod", "TODO: rotate prod keys"), f"sprint {R.randint(10, 60)}", d.t("DEMO venerdì", "DEMO friday")])]
    if d.sec:
        m = R.randrange(4)
        if m == 0:
            lines.append(d.t(f"db prod  app / {d.s('password', password())}", f"prod db  app / {d.s('password', password())}"))
        elif m == 1:
            lines.append(f"sandbox key: {d.s('access_token', opaque_token())}" if chance(0.5) else f"sk: {d.s('vendor_key', vendor_key('stripe'))}")
        elif m == 2:
            lines.append(d.t(f"wifi sala riunioni: {d.s('password', password())}", f"meeting room wifi: {d.s('password', password())}"))
        else:
            lines.append(d.t(f"OTP tel. di test {d.s('pin', otp(6))} (sempre lo stesso in sandbox)", f"test phone OTP {d.s('pin', otp(6))} (always the same in sandbox)"))
    else:
        lines.append(pick([f"10.0.{R.randint(0, 9)}.{R.randint(1, 254)}:5432", f"client_id = {client_id_like()}", "secret → vault!", f"trace {hexs(16)}",
                           d.t("password? → gestore password", "passwords? → password manager")]))
    R.shuffle(lines)
    body = ocr(d, "\n".join(lines), pick([0.06, 0.1, 0.15]))
    if d.it:
        core = pick(["foto della lavagna dopo la riunione con lo sviluppatore, così vedete com'è fatto il flusso.",
                     "vi mando la foto dello schema che abbiamo disegnato, il problema è tra gateway e webhook."])
    else:
        core = pick(["photo of the whiteboard after the meeting with our developer, so you can see the flow.",
                     "here's a photo of the diagram we drew, the problem is between the gateway and the webhook."])
    return "ocr-whiteboard", attach(d, message(d, core), photo_name(d), body, "scan")


def T_receipt(d):
    b, cn = card()
    merchant = company(d.lang).upper()
    L = [merchant, f"{pick(['VIA', 'CORSO', 'PIAZZA']) if d.it else ''} {pick(['ROMA', 'MAZZINI', 'HIGH ST', 'MARKET SQ'])} {R.randint(1, 99)}".strip(),
         d.t("RICEVUTA DI PAGAMENTO" if chance(0.5) else "SCONTRINO POS", "CARDHOLDER COPY" if chance(0.5) else "MERCHANT COPY"),
         f"{date(d.lang, 1)}   {hhmm()}", f"TML {ndigits(8)}   ESE {safe_num(10)}" if d.it else f"TID {ndigits(8)}   MID {safe_num(10)}",
         f"{b.upper()} {pick(['CONTACTLESS', 'CHIP', 'APPLE PAY'])}"]
    if d.sec:
        v = fmt_card(cn, pick(["", " "]))
        if chance(0.3):
            v = damage_value(v)
            d.s("card_number", v, damaged=True)
        else:
            d.s("card_number", v)
        L.append(f"PAN {v}")
        if chance(0.4):
            L.append(d.t(f"(a penna) PIN {d.s('pin', pin(4))}", f"(handwritten) PIN {d.s('pin', pin(4))}"))
    else:
        L.append(f"PAN {mask_card(cn, pick([3, 4, 2]))}")
    L += [f"AID A00000000{pick(['31010', '41010', '25010'])}", f"STAN {R.randint(1, 999999):06d}   {d.t('AUT.', 'AUTH')} {tok(6, UPDIG)}",
          f"{d.t('IMPORTO', 'AMOUNT')} EUR {amount('it' if d.it else 'en', 1, 400).replace('€', '').replace('EUR', '').strip()}",
          pick([d.t("TRANSAZIONE ESEGUITA", "APPROVED"), d.t("OPERAZIONE NEGATA", "DECLINED")]), pick([d.t("PIN VERIFICATO", "PIN VERIFIED"), d.t("FIRMA NON RICHIESTA", "NO SIGNATURE REQUIRED")])]
    body = ocr(d, "\n".join(L), pick([0.03, 0.06, 0.1]))
    if d.it:
        core = pick(["il cliente dice che gli è stato addebitato due volte, vi mando la foto dello scontrino.",
                     "foto della ricevuta del POS per la contestazione.",
                     "il terminale ha stampato questa ricevuta ma il pagamento non risulta."])
    else:
        core = pick(["the customer says they were charged twice, photo of the receipt attached.",
                     "photo of the card terminal receipt for the chargeback.",
                     "the terminal printed this receipt but the payment doesn't show up."])
    return "ocr-receipt", attach(d, message(d, core), photo_name(d), body, "scan")


def T_cardphoto(d):
    b, cn = card()
    name = person(d.lang).upper()
    L = []
    if d.sec:
        side = R.randrange(3)
        if side in (0, 2):
            sep = pick([" ", "  ", " "])
            v = fmt_card(cn, sep)
            if chance(0.3):
                v = damage_value(v)
                d.s("card_number", v, damaged=True)
            else:
                d.s("card_number", v)
            L += [pick([b.upper(), "DEBIT", "BUSINESS"]), v, f"VALID THRU {expiry()}" if chance(0.5) else f"{d.t('SCAD.', 'EXP')} {expiry()}", name]
        if side in (1, 2):
            cv = d.s("cvv", cvv_for(cn))
            L += [d.t("Firma autorizzata", "AUTHORISED SIGNATURE"), f"{last4(cn)} {cv}" if chance(0.5) else f"CVV {cv}",
                  para(d.t("Questa carta è di proprietà della banca emittente. In caso di smarrimento chiamare il ", "This card remains the property of the issuer. If found please call ") + phone(d.lang), 40)]
            if side == 1:
                d.s("card_number", fmt_card(cn, " "))
                L.insert(0, fmt_card(cn, " "))
    else:
        m = R.randrange(3)
        if m == 0:
            L += [b.upper(), "•••• •••• •••• " + last4(cn), name, d.t("(numero coperto col dito)", "(number covered)")]
        elif m == 1:
            L += [pick(["CARTA FEDELTÀ", "CARTA PIÙ"]) if d.it else pick(["REWARDS CARD", "LOYALTY CARD"]), " ".join([safe_num(13)[i:i + 4] for i in range(0, 13, 4)]), name]
        else:
            _, bad = bad_card()
            L += [d.t("CARTA REGALO", "GIFT CARD"), fmt_card(bad), d.t(f"Valore {amount('it', 10, 100)}", f"Value {amount('en', 10, 100)}"),
                  d.t("Non è una carta di pagamento. Saldo su www.", "Not a payment card. Check balance at www.") + pick(DOMAINS)]
    body = ocr(d, "\n".join(L), pick([0.02, 0.05, 0.08]))
    if d.it:
        core = pick(["il cliente dice che la carta viene rifiutata sempre, ci ha mandato la foto.",
                     "vi allego la foto della carta così verificate se è abilitata agli acquisti online.",
                     "foto della carta come richiesto per la verifica."])
    else:
        core = pick(["the customer says the card is always declined, they sent us this photo.",
                     "photo of the card attached so you can check if it's enabled for online purchases.",
                     "photo of the card as requested for verification."])
    return "ocr-cardphoto", attach(d, message(d, core), photo_name(d), body, "scan")


# ================================================================ validation & main

import re

IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "AT": 20, "PT": 25,
            "CH": 21, "IE": 22, "LU": 20}
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
RUN_RE = re.compile(r"\d(?:[ \u00a0\u2009\u202f.\-]{0,2}\d)+")


def find_valid_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        compact = re.sub(r"[ \u00a0]", "", m.group(0))
        ln = IBAN_LEN.get(compact[:2])
        if ln and len(compact) >= ln and iban_ok(compact[:ln]):
            out.append(compact[:ln])
    return out


def find_valid_cards(text):
    out = []
    for m in RUN_RE.finditer(text):
        groups = re.split(r"[ \u00a0\u2009\u202f.\-]+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc):
                    out.append(acc)
    return out


def scrub(text, values):
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, " ")
    return text


def validate(text, secrets):
    vals = [v for _, v in secrets]
    for k, v in secrets:
        if not v or v not in text:
            return f"value missing: {k}"
        if len(v) <= 10 or k in ("pin", "cvv"):
            for m in re.finditer(re.escape(v), text):
                a, b = m.start(), m.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    return f"short value not on a boundary: {k}"
    # another secret must not contain a short one unless the same kind
    for k, v in secrets:
        for k2, v2 in secrets:
            if v != v2 and v in v2 and k != k2:
                return "value inside another value"
    lab_cards = {re.sub(r"\D", "", v) for k, v in secrets if k == "card_number"}
    lab_ibans = {re.sub(r"[^A-Z0-9]", "", v.upper()) for k, v in secrets if k == "iban"}
    t = scrub(text, vals)
    for ib in find_valid_ibans(t):
        if ib not in lab_ibans:
            return "unlabelled valid IBAN"
    t2 = IBAN_RE.sub(" ", t)
    for c in find_valid_cards(t2):
        if c not in lab_cards:
            return "unlabelled Luhn-valid number"
    return None


TEMPLATES = [
    # OCR of screenshots
    (T_portal, 64), (T_vendor_console, 64), (T_terminal, 64), (T_apiclient, 64), (T_pwmanager, 60),
    (T_sms, 68), (T_mailclient, 60), (T_bankapp, 68), (T_device_admin, 56), (T_dialog, 56),
    # PDF text
    (T_statement, 68), (T_payout, 50), (T_mandate, 60), (T_transfer, 60), (T_contract, 72),
    (T_invoice, 60), (T_onboarding_letter, 56), (T_pentest, 56),
    # Office
    (T_xlsx, 84), (T_runbook, 56), (T_handover, 56), (T_checklist, 40), (T_slides, 50),
    # scans, faxes, photos
    (T_scanform, 64), (T_fax, 50), (T_handnote, 60), (T_whiteboard, 40), (T_receipt, 50), (T_cardphoto, 50),
]

SEC_SHARE = 0.45


def build():
    out = []
    damaged = []
    stats = {"retries": 0}
    for fn, n in TEMPLATES:
        for lang in ("it", "en"):
            m = n // 2
            k = round(m * SEC_SHARE)
            flags = [True] * k + [False] * (m - k)
            R.shuffle(flags)
            for sec in flags:
                for attempt in range(60):
                    d = Doc(lang, sec)
                    AMT_FMT[0] = R.randrange(5)
                    style, text = fn(d)
                    secrets = []
                    for kv in d.secrets:
                        if kv not in secrets:
                            secrets.append(kv)
                    if sec and not secrets:
                        stats["retries"] += 1
                        continue
                    err = validate(text, secrets)
                    if err is None:
                        break
                    stats["retries"] += 1
                else:
                    raise SystemExit(f"could not build a valid sample for {fn.__name__}: {err}")
                out.append({"lang": lang, "style": style, "text": text,
                            "secrets": [{"kind": k2, "value": v2} for k2, v2 in secrets]})
                damaged += [v for v in d.damaged if v in [x[1] for x in secrets]]
    R.shuffle(out)
    for i, s in enumerate(out, 1):
        s["id"] = f"fresh15-{s['lang']}-{i:04d}"
    out = [{"id": s["id"], "lang": s["lang"], "style": s["style"], "text": s["text"], "secrets": s["secrets"]} for s in out]
    return out, damaged, stats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dest = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "holdout15", "fresh15.jsonl")
    meta = sys.argv[2] if len(sys.argv) > 2 else None
    samples, damaged, stats = build()
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
    with open(dest, "w", encoding="utf-8") as f:
        for s in samples:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    if meta:
        with open(meta, "w", encoding="utf-8") as f:
            json.dump({"damaged_values": damaged}, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(samples)} samples to {dest} ({stats['retries']} retries)", file=sys.stderr)


if __name__ == "__main__":
    main()
