#!/usr/bin/env python3
"""Generator for the `exports` guard corpus (crates/guard/tests/corpora/exports.jsonl).

Style: exports, tables and documents pasted into tickets -- CSV/TSV exports,
Italian semicolon CSV with decimal comma, Markdown/ASCII tables, spreadsheets
pasted as tab-separated text, PDF-extracted text (statements, invoices,
payment orders, SEPA mandates, onboarding forms), Word-like procedures,
reconciliation/payout reports, webhook logs, dashboards and admin panels.

Written without reading the guard's code or tests. Standard library only,
deterministic seed. Run:  python3 exports.py  (writes ../exports.jsonl)
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = 7310524
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "exports.jsonl")

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        return False
    return int(iban_num(iban[4:] + iban[:4])) % 97 == 1


def iban_make(cc, bban):
    cd = 98 - int(iban_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, cd, bban)


IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18,
            "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22, "LU": 20}

CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def _cin_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def it_cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        v = _cin_val(ch)
        s += CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def cf_check(first15):
    s = 0
    for i, ch in enumerate(first15):
        v = _cin_val(ch)
        s += CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


FR_LET = {}
for _d, _ls in {"1": "AJ", "2": "BKS", "3": "CLT", "4": "DMU", "5": "ENV", "6": "FOW",
                "7": "GPX", "8": "HQY", "9": "IRZ"}.items():
    for _l in _ls:
        FR_LET[_l] = _d


def fr_cle(banque, guichet, compte):
    c = "".join(FR_LET.get(ch, ch) for ch in compte)
    return "%02d" % (97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(c)) % 97))


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc1(ten):
    d = 11 - sum(int(a) * b for a, b in zip(ten, ES_W)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_dc(ent, ofi, cuenta):
    return "%d%d" % (es_dc1("00" + ent + ofi), es_dc1(cuenta))


def piva_check(ten):
    s = 0
    for i, ch in enumerate(ten):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def ean13(twelve):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve))
    return twelve + str((10 - s % 10) % 10)


# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara",
            "Giorgio", "Elena", "Paolo", "Federica", "Andrea", "Valentina", "Stefano", "Martina",
            "Roberto", "Silvia", "Davide", "Anna", "Nicola", "Ilaria", "Simone", "Beatrice"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Ferraro", "Galli", "Caruso", "Villa"]
EN_FIRST = ["Oliver", "Emma", "Harry", "Amelia", "George", "Isla", "Jack", "Ava", "Noah",
            "Mia", "James", "Grace", "William", "Sophie", "Thomas", "Lily", "Daniel", "Chloe"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Clarke"]
IT_COMP = ["Ferramenta Colombo S.r.l.", "Tessuti Brianza S.p.A.", "Ortofrutta Greco s.n.c.",
           "Pasticceria Dolce Vita S.r.l.", "Studio Associato Conti", "Trasporti Rizzo S.r.l.",
           "Elettrodomestici Marino S.p.A.", "Cantina Colli Berici soc. coop.", "Idraulica Gallo",
           "Farmacia San Marco S.n.c.", "Libreria Moretti", "Officina Meccanica Bruno S.r.l.",
           "Hotel Belvedere S.r.l.", "Agriturismo La Quercia", "Gelateria Polare S.a.s.",
           "Sartoria Villa & Figli", "Calzature Fontana S.r.l.", "Edil Caruso S.r.l."]
EN_COMP = ["Northwind Supplies Ltd", "Bluefin Analytics Ltd", "Harbour Coffee Co.",
           "Greenleaf Gardens LLP", "Kestrel Logistics Ltd", "Atlas Print & Copy",
           "Maple Street Bakery", "Quayside Marine Ltd", "Oakridge Dental Practice",
           "Brightwave Solar Ltd", "Fenwick & Hale Solicitors", "Pennine Outdoor Gear",
           "Silverline Travel Ltd", "Copperfield Books", "Redhill Fitness Club"]
DE_COMP = ["Müller Maschinenbau GmbH", "Schneider Logistik KG", "Bäckerei Fischer",
           "Weber Elektrotechnik GmbH", "Hoffmann & Söhne OHG", "Becker Textil AG"]
FR_COMP = ["Boulangerie Martin SARL", "Dupont Transports SAS", "Librairie Bernard",
           "Garage Petit & Fils", "Atelier Moreau SARL", "Cave Lefèvre SAS"]
ES_COMP = ["Distribuciones García S.L.", "Talleres Martínez S.A.", "Panadería López",
           "Construcciones Sánchez S.L.", "Ferretería Pérez", "Vinos Rioja Alta S.L."]
IT_CITY = [("Milano", "MI", "20121"), ("Roma", "RM", "00187"), ("Torino", "TO", "10121"),
           ("Bologna", "BO", "40121"), ("Napoli", "NA", "80133"), ("Firenze", "FI", "50123"),
           ("Bari", "BA", "70121"), ("Verona", "VR", "37121"), ("Padova", "PD", "35122"),
           ("Genova", "GE", "16121"), ("Brescia", "BS", "25121"), ("Bergamo", "BG", "24122"),
           ("Vicenza", "VI", "36100"), ("Parma", "PR", "43121"), ("Lecce", "LE", "73100")]
IT_STREET = ["Via Roma", "Corso Italia", "Via Garibaldi", "Via Mazzini", "Piazza Duomo",
             "Via Dante", "Viale Europa", "Via Verdi", "Corso Vittorio Emanuele", "Via Manzoni"]
UK_CITY = [("London", "EC1A 1BB"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4DY"),
           ("Bristol", "BS1 5TR"), ("Edinburgh", "EH1 1YZ"), ("Cardiff", "CF10 1EP")]
IT_BANKS = [("Intesa Sanpaolo", "03069", "BCITITMM"), ("UniCredit", "02008", "UNCRITMM"),
            ("Banco BPM", "05034", "BAPPIT21"), ("BPER Banca", "05387", "BPMOIT22"),
            ("Monte dei Paschi di Siena", "01030", "PASCITMM"), ("Credem", "03032", "BACRIT21"),
            ("BNL", "01005", "BNLIITRR"), ("Banca Sella", "03268", "SELBIT2B"),
            ("Crédit Agricole Italia", "06230", "CRPPIT2P"), ("FinecoBank", "03015", "FEBIITM1"),
            ("Banca Mediolanum", "03062", "MEDBITMM"), ("Banca Popolare di Sondrio", "05696", "POSOIT22"),
            ("Banca Ifis", "03205", "IFISIT2V"), ("BCC di Roma", "08327", "ROMAITRR")]
DE_BANKS = [("Deutsche Bank", "10070000", "DEUTDEBB"), ("Commerzbank", "37040044", "COBADEFF"),
            ("ING-DiBa", "50010517", "INGDDEFF"), ("DKB", "12030000", "BYLADEM1001"),
            ("Sparkasse KölnBonn", "37050198", "COLSDE33"), ("Postbank", "10010010", "PBNKDEFF"),
            ("HypoVereinsbank", "70020270", "HYVEDEMM"), ("Berliner Volksbank", "10090000", "BEVODEBB")]
FR_BANKS = [("BNP Paribas", "30004", "BNPAFRPP"), ("Société Générale", "30003", "SOGEFRPP"),
            ("La Banque Postale", "20041", "PSSTFRPP"), ("Crédit Agricole", "18206", "AGRIFRPP882"),
            ("LCL", "30002", "CRLYFRPP"), ("Crédit Mutuel", "10278", "CMCIFR2A")]
ES_BANKS = [("CaixaBank", "2100", "CAIXESBB"), ("Banco Santander", "0049", "BSCHESMM"),
            ("BBVA", "0182", "BBVAESMM"), ("Banco Sabadell", "0081", "BSABESBB"),
            ("Bankinter", "0128", "BKBKESMM"), ("Ibercaja", "2085", "CAZRES2Z")]
UK_BANKS = [("Barclays", "BARC", "20", "BARCGB22"), ("HSBC UK", "HBUK", "40", "HBUKGB4B"),
            ("NatWest", "NWBK", "60", "NWBKGB2L"), ("Lloyds", "LOYD", "30", "LOYDGB21"),
            ("Santander UK", "ABBY", "09", "ABBYGB2L"), ("Monzo", "MONZ", "04", "MONZGB2L")]
OTHER_BIC = ["RABONL2U", "ABNANL2A", "GEBABEBB", "BKAUATWW", "UBSWCHZH80A", "CGDIPTPL",
             "AIBKIE2D", "BCEELULL"]

PLACEHOLDERS = ["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx",
                "[REDACTED]", "********", "<redacted>", "REDACTED", "***", "{{client_secret}}",
                "$API_KEY", "<api-key>", "%%SECRET%%", "<inserire qui>", "N/D", "-",
                "vedi vault", "stored in 1Password", "(hidden)", "••••••••", "${ACCESS_TOKEN}",
                "process.env.CLIENT_SECRET", "os.environ[\"API_KEY\"]", "getenv(\"TOKEN\")"]
PW_COLD = ["********", "", "••••••••", "(non impostata)", "N/D", "<password>", "***",
           "{{password}}", "[REDACTED]", "(hidden)", "-", "vedi KeePass",
           "${DB_PASSWORD}", "xxxxxxxx"]
PIN_COLD_IT = ["PIN reset richiesto", "****", "non impostato", "scaduto", "-", "reset in corso",
               "inviato via SMS", "bloccato"]
PIN_COLD_EN = ["PIN reset requested", "****", "not set", "expired", "-", "sent by SMS",
               "locked", "pending"]

A62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def rs(r, n, alpha=A62):
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------------------
# secret value generators
# ---------------------------------------------------------------------------
BRANDS = ["visa16", "visa16", "visa16", "mc", "mc", "mc2", "amex", "discover", "jcb", "diners",
          "maestro", "unionpay", "visa13", "visa19", "maestro19"]


def make_card(r, brand=None):
    brand = brand or r.choice(BRANDS)
    if brand == "visa16":
        pre, n = "4", 16
    elif brand == "visa13":
        pre, n = "4", 13
    elif brand == "visa19":
        pre, n = "4", 19
    elif brand == "mc":
        pre, n = "5" + r.choice("12345"), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]), 15
    elif brand == "discover":
        pre, n = r.choice(["6011", "65"]), 16
    elif brand == "jcb":
        pre, n = str(r.randint(3528, 3589)), 16
    elif brand == "diners":
        pre, n = r.choice(["36", "38"]), 14
    elif brand == "maestro":
        pre, n = r.choice(["6759", "5018", "6304"]), 16
    elif brand == "maestro19":
        pre, n = r.choice(["6759", "5018"]), 19
    else:
        pre, n = "62" + r.choice("1234568"), r.choice([16, 19])
    body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
    return luhn_complete(body)


def card_groups(d):
    n = len(d)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 13:
        g = [4, 3, 3, 3]
    else:
        g = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k])
        i += k
    return out


def fmt_card(r, d, style=None):
    style = style or r.choice(["space"] * 6 + ["dash"] * 3 + ["none"] * 4 + ["dot", "nbsp", "nbsp",
                                                                             "fullwidth", "zw", "narrow", "double"])
    g = card_groups(d)
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "nbsp":
        return "\u00a0".join(g)
    if style == "narrow":
        return "\u202f".join(g)
    if style == "double":
        return "  ".join(g)
    if style == "fullwidth":
        s = r.choice([" ", "", "\u3000"]).join(g)
        return "".join(FW.get(ch, ch) for ch in s)
    if style == "zw":
        base = r.choice([d, " ".join(g)])
        k = r.randint(3, len(base) - 3)
        return base[:k] + r.choice(["\u200b", "\u200c", "\u2060", "\ufeff"]) + base[k:]
    return d


def bad_luhn(r, brand=None):
    d = make_card(r, brand)
    last = int(d[-1])
    return d[:-1] + str((last + r.randint(1, 9)) % 10)


def fmt_iban(r, iban, style=None):
    style = style or r.choice(["g4"] * 5 + ["compact"] * 4 + ["g4lower", "dash"])
    if style == "compact":
        return iban
    g = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == "g4lower":
        return g.lower() if r.random() < 0.3 else g
    if style == "dash":
        return "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return g


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def it_parts(r, bank=None):
    b = bank or r.choice(IT_BANKS)
    abi = b[1]
    cab = r.choice(["0", "1", "2", "3"]) + rdig(r, 4)
    kind = r.random()
    if kind < 0.5:
        conto = "0" * r.randint(4, 7)
        conto += rdig(r, 12 - len(conto))
    elif kind < 0.8:
        conto = rdig(r, 12)
    else:
        conto = r.choice(["CC", "10", "00"]) + rdig(r, 10)
        if conto[0] == "C":
            conto = "CC" + conto[2:]
    cin = it_cin(abi, cab, conto)
    return cin, abi, cab, conto


def de_parts(r):
    b = r.choice(DE_BANKS)
    konto = str(r.randint(10 ** 6, 10 ** 10 - 1))
    return b[1], konto


def fr_parts(r):
    b = r.choice(FR_BANKS)
    guichet = rdig(r, 5)
    compte = rdig(r, 11)
    if r.random() < 0.2:
        k = r.randint(0, 10)
        compte = compte[:k] + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + compte[k + 1:]
    return b[1], guichet, compte, fr_cle(b[1], guichet, compte)


def es_parts(r):
    b = r.choice(ES_BANKS)
    ofi = rdig(r, 4)
    cuenta = rdig(r, 10)
    return b[1], ofi, es_dc(b[1], ofi, cuenta), cuenta


def uk_parts(r):
    b = r.choice(UK_BANKS)
    sort = b[2] + rdig(r, 4)
    acct = rdig(r, 8)
    return b[1], sort, acct


def nl_bban(r):
    while True:
        a = rdig(r, 10)
        if sum(int(c) * w for c, w in zip(a, range(10, 0, -1))) % 11 == 0 and a[0] != "0":
            return r.choice(["RABO", "ABNA", "INGB", "TRIO"]) + a


def be_bban(r):
    x = rdig(r, 10)
    c = int(x) % 97 or 97
    return x + "%02d" % c


def pt_bban(r):
    x = r.choice(["0035", "0033", "0010", "0007"]) + rdig(r, 15)
    return x + "%02d" % (98 - (int(x) * 100) % 97)


def make_iban(r, cc=None):
    cc = cc or r.choice(["IT"] * 6 + ["DE", "DE", "FR", "FR", "ES", "ES", "GB", "GB", "NL", "BE",
                                      "AT", "CH", "PT", "IE", "SM", "LU"])
    if cc in ("IT", "SM"):
        if cc == "SM":
            abi = r.choice(["03225", "06067", "08540"])
            cab = "0980" + r.choice("0123")
            conto = rdig(r, 12)
            bban = it_cin(abi, cab, conto) + abi + cab + conto
        else:
            cin, abi, cab, conto = it_parts(r)
            bban = cin + abi + cab + conto
    elif cc == "DE":
        blz, konto = de_parts(r)
        bban = blz + konto.zfill(10)
    elif cc == "FR":
        b, g, c, k = fr_parts(r)
        bban = b + g + c + k
    elif cc == "ES":
        e, o, dc, cu = es_parts(r)
        bban = e + o + dc + cu
    elif cc in ("GB", "IE"):
        bank, sort, acct = uk_parts(r)
        if cc == "IE":
            bank, sort = r.choice(["AIBK", "BOFI"]), "9" + rdig(r, 5)
        bban = bank + sort + acct
    elif cc == "NL":
        bban = nl_bban(r)
    elif cc == "BE":
        bban = be_bban(r)
    elif cc == "AT":
        bban = r.choice(["20111", "12000", "32000"]) + rdig(r, 11)
    elif cc == "CH":
        bban = r.choice(["00762", "00235", "80808"]) + rdig(r, 12)
    elif cc == "PT":
        bban = pt_bban(r)
    elif cc == "LU":
        bban = r.choice(["001", "002", "019"]) + rdig(r, 13)
    else:
        raise ValueError(cc)
    iban = iban_make(cc, bban)
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    assert iban_valid(iban)
    return iban


def iban_from(cc, bban):
    return iban_make(cc, bban)


def bad_iban(r, cc=None):
    good = make_iban(r, cc)
    while True:
        cd = "%02d" % r.randint(2, 98)
        b = good[:2] + cd + good[4:]
        if not iban_valid(b):
            return b


def mask_iban(r, iban):
    g = fmt_iban(r, iban, "g4")
    k = r.random()
    if k < 0.35:
        parts = g.split(" ")
        return " ".join([parts[0], parts[1]] + ["****"] * (len(parts) - 3) + [parts[-1]])
    if k < 0.6:
        return iban[:4] + "*" * (len(iban) - 8) + iban[-4:]
    if k < 0.8:
        return iban[:2] + "** **** **** " + "X" * 4 + " " + iban[-4:]
    return "…" + iban[-4:] if r.random() < 0.5 else "IBAN terminante " + iban[-4:]


PW_WORDS = ["Primavera", "Tramonto", "Girasole", "Lampone", "Falco", "Tiger", "Sunset", "Harbour",
            "Maple", "Orchid", "Vesuvio", "Dolomiti", "Aurora", "Quokka", "Zenzero", "Gabbiano",
            "Nebbia", "Cobalt", "Juniper", "Pinguino"]
PW_SYM = "!@#$%&*?._-+="


def make_pw(r, allow_space=False):
    k = r.random()
    if k < 0.3:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice(PW_SYM)
    if k < 0.5:
        return "".join(r.choice(A62 + "!#$%&*@?") for _ in range(r.randint(10, 18)))
    if k < 0.65:
        w = r.choice(PW_WORDS)
        t = w.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
        return t + r.choice(PW_SYM) + rdig(r, 2)
    if k < 0.75:
        sep = r.choice(["-", ".", "_"])
        return sep.join(r.choice(PW_WORDS).lower() for _ in range(3)) + sep + rdig(r, 1)
    if k < 0.85:
        return r.choice(IT_CITY)[0] + "." + str(r.randint(1960, 2005)) + r.choice(["", "!", "?"])
    if k < 0.92:
        return "Sp" + rs(r, 6, string.ascii_lowercase) + "_" + str(r.randint(2019, 2025)) + "$"
    return rs(r, 4, string.ascii_uppercase) + r.choice(PW_SYM) + rs(r, 4, string.ascii_lowercase) + rdig(r, 3)


def make_jwt(r):
    hdr = {"alg": r.choice(["RS256", "ES256", "HS256", "PS256"]), "typ": "JWT"}
    if r.random() < 0.6:
        hdr["kid"] = rs(r, 12, HEX)
    pl = {"iss": r.choice(["https://auth.sportello-pay.example", "https://id.openbank.example/oauth2",
                           "https://login.psp.example"]),
          "sub": r.choice(["acme-pay-prod", "merchant_" + rdig(r, 6), rs(r, 8, HEX) + "-" + rs(r, 4, HEX)]),
          "aud": r.choice(["payments", "accounts", "api://pis"]),
          "exp": 1700000000 + r.randint(0, 60000000), "iat": 1700000000 + r.randint(0, 59990000),
          "scope": r.choice(["payments:write", "accounts:read payments:read", "openid aisp", "pis"]),
          "jti": rs(r, 16, HEX)}
    sig = bytes(r.getrandbits(8) for _ in range(r.choice([32, 64, 256])))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(sig)


def make_access(r):
    k = r.random()
    if k < 0.35:
        return make_jwt(r)
    if k < 0.55:
        return r.choice(["at_", "atk_", "sat_", "oat_"]) + rs(r, r.randint(32, 48))
    if k < 0.7:
        return rs(r, r.randint(40, 64), A62 + "-_")
    if k < 0.85:
        return r.choice(["spk_live_", "obk_live_", "api_live_", "pk_prod_"]) + rs(r, 32)
    return rs(r, 8, HEX) + "-" + rs(r, 4, HEX) + "." + rs(r, 40, A62)


def make_secret(r):
    k = r.random()
    if k < 0.4:
        return rs(r, r.randint(32, 48), A62)
    if k < 0.6:
        return r.choice(["cs_live_", "cs_prod_", "secret_", "cls_"]) + rs(r, 32)
    if k < 0.8:
        return rs(r, 64, HEX)
    return rs(r, 8) + "~" + rs(r, 30, A62 + "._-")


def make_refresh(r):
    k = r.random()
    if k < 0.4:
        return "rt_" + rs(r, r.randint(40, 60))
    if k < 0.7:
        return "def502" + rs(r, 120, HEX)
    return rs(r, 86, B64U)


def make_vendor(r, v=None):
    v = v or r.choice(["stripe", "stripe_rk", "aws", "aws_secret", "github", "github_pat", "slack",
                       "google", "sendgrid", "twilio", "mailgun", "gitlab", "openai", "adyen"])
    if v == "stripe":
        return "sk_live_" + rs(r, r.choice([24, 99]))
    if v == "stripe_rk":
        return "rk_live_" + rs(r, 99)
    if v == "aws":
        return "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")
    if v == "aws_secret":
        return rs(r, 40, A62 + "+/")
    if v == "github":
        return "ghp_" + rs(r, 36)
    if v == "github_pat":
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    if v == "slack":
        return "xoxb-" + rdig(r, 12) + "-" + rdig(r, 13) + "-" + rs(r, 24)
    if v == "google":
        return "AIza" + rs(r, 35, A62 + "-_")
    if v == "sendgrid":
        return "SG." + rs(r, 22, A62 + "-_") + "." + rs(r, 43, A62 + "-_")
    if v == "twilio":
        return "SK" + rs(r, 32, HEX)
    if v == "mailgun":
        return "key-" + rs(r, 32, HEX)
    if v == "gitlab":
        return "glpat-" + rs(r, 20, A62 + "-_")
    if v == "openai":
        return "sk-proj-" + rs(r, 48, A62 + "-_")
    return "AQE" + rs(r, 5) + "Wh" + rs(r, 60, A62 + "+/") + "=-" + rs(r, 30)


def make_pem(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}.get(kind, r.randint(6, 12))
    pre = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
           "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    lines = []
    first = pre + rs(r, 64 - len(pre), B64)
    lines.append(first)
    for i in range(n - 1):
        lines.append(rs(r, 64, B64))
    lines.append(rs(r, r.randint(8, 40), B64) + r.choice(["", "=", "=="]))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


# ---------------------------------------------------------------------------
# look-alike generators
# ---------------------------------------------------------------------------
def uuid4(r):
    h = rs(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def make_piva(r):
    t = rdig(r, 7) + r.choice(["001", "015", "036", "058", "024", "037"])
    return t + piva_check(t)


def make_cf(r):
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(r, 3, cons) + rs(r, 3, cons) + "%02d" % r.randint(50, 99) + r.choice("ABCDEHLMPRST") + \
        "%02d" % r.choice([r.randint(1, 28), r.randint(41, 68)]) + r.choice("ABCDEFGHLM") + rdig(r, 3)
    return s + cf_check(s)


def make_date(r, lang, style=None):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["it", "iso", "en"] if lang == "en" else ["it", "it", "iso"])
    if style == "it":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    return "%d %s %d" % (d, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                             "Nov", "Dec"][m - 1], y)


def make_ts(r):
    return "%d-%02d-%02dT%02d:%02d:%02d%s" % (r.randint(2024, 2025), r.randint(1, 12), r.randint(1, 28),
                                              r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                              r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+01:00", "+02:00"]))


def amount_it(r, lo=1, hi=50000, cur=None):
    v = r.randint(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    s = "{:,}".format(e).replace(",", ".") + ",%02d" % c
    if cur is None:
        cur = r.choice(["", "", "€ ", "EUR "])
    return cur + s


def amount_en(r, lo=1, hi=50000, cur=None):
    v = r.randint(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    s = "{:,}".format(e) + ".%02d" % c
    if cur is None:
        cur = r.choice(["", "", "£", "€", "EUR ", "GBP "])
    return cur + s


def amount_plain(r, lo=1, hi=50000):
    v = r.randint(lo * 100, hi * 100)
    return "%d.%02d" % divmod(v, 100)


def phone(r, lang):
    if lang == "it" or r.random() < 0.3:
        return r.choice(["+39 02 %s %s" % (rdig(r, 4), rdig(r, 4)), "+39 3%s %s %s" % (rdig(r, 2), rdig(r, 3), rdig(r, 4)),
                         "06 %s%s" % (rdig(r, 4), rdig(r, 4)), "347%s" % rdig(r, 7), "+39 011 %s" % rdig(r, 7)])
    return r.choice(["+44 20 7946 %s" % rdig(r, 4), "+44 7700 900%s" % rdig(r, 3), "0161 496 %s" % rdig(r, 4),
                     "+49 30 %s" % rdig(r, 8), "+33 1 %s %s %s %s" % (rdig(r, 2), rdig(r, 2), rdig(r, 2), rdig(r, 2))])


def sha(r, n=64):
    return rs(r, n, HEX)


def ts_ms(r):
    while True:
        v = str(r.randint(1700000000000, 1760000000000))
        return v


def make_ean(r):
    return ean13(r.choice(["800", "801", "805", "807", "400", "300", "978"]) + rdig(r, 9))


def tracking(r):
    return r.choice(["1Z" + rs(r, 6, string.ascii_uppercase + string.digits) + rdig(r, 10),
                     "JJD" + rdig(r, 18), "BRT" + rdig(r, 12), "RR" + rdig(r, 9) + "IT",
                     "GLS" + rdig(r, 11), "00" + rdig(r, 18), rdig(r, 12)])


def payid(r):
    return r.choice(["pay_" + rs(r, 24), "PAY-%d-%06d" % (r.randint(2023, 2025), r.randint(1, 999999)),
                     "pi_" + rs(r, 24), "po_" + rs(r, 24), "TRX" + rdig(r, 14), "pmt_" + rs(r, 16, HEX),
                     uuid4(r), "SCT" + rdig(r, 10), "E2E-" + rs(r, 12, string.ascii_uppercase + string.digits)])


def order_no(r):
    return r.choice(["ORD-%d-%06d" % (r.randint(2023, 2025), r.randint(1, 999999)), "#%d" % r.randint(10000, 999999),
                     "SO%07d" % r.randint(1, 9999999), "ORD" + rdig(r, 8), "WEB-%s" % rdig(r, 6)])


def invoice_no(r, lang):
    if lang == "it":
        return r.choice(["FT %d/%04d" % (r.randint(2023, 2025), r.randint(1, 2999)), "%d/%s" % (r.randint(1, 999), r.choice(["2024", "2025", "PA"])),
                         "FATT-%d-%05d" % (r.randint(2023, 2025), r.randint(1, 99999)), "%04d/E" % r.randint(1, 999)])
    return r.choice(["INV-%d-%05d" % (r.randint(2023, 2025), r.randint(1, 99999)), "INV%06d" % r.randint(1, 999999),
                     "%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999))])


def client_id(r):
    return r.choice(["acme-pay-prod", "acme-pay-sandbox", "sportello-web", "merchant-portal-prod",
                     "bottega-verdi-app", "tpp-%s-live" % rs(r, 5, string.ascii_lowercase),
                     "cli_" + rs(r, 12, string.ascii_lowercase + string.digits),
                     "%s.apps.openbank.example" % rdig(r, 8), uuid4(r)])


def cro(r):
    return r.choice(["%011d" % r.randint(1, 10 ** 11 - 1), "0306" + rdig(r, 26), rdig(r, 11) + "IT",
                     "TRN " + rs(r, 16, string.ascii_uppercase + string.digits)])


def creditor_id(r, cc="IT"):
    nat = make_piva(r) if cc == "IT" else rdig(r, 11)
    cd = 98 - int(iban_num(nat + cc + "00")) % 97
    return "%s%02dZZZ%s" % (cc, cd, nat)


def name(r, lang):
    if lang == "it":
        return r.choice(IT_FIRST) + " " + r.choice(IT_LAST)
    return r.choice(EN_FIRST) + " " + r.choice(EN_LAST)


def email(r, nm):
    a = nm.lower().replace(" ", ".").replace("'", "")
    return a + "@" + r.choice(["gmail.com", "libero.it", "example.com", "azienda.it", "outlook.com", "acme.co.uk"])


# ---------------------------------------------------------------------------
# generation context: `hot` decides whether a secret-capable cell holds a real
# secret (recorded) or a look-alike (masked, invalid, placeholder, empty)
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(s, r, pos, lang):
        s.r, s.pos, s.lang = r, pos, lang
        s.hot = pos
        s.secrets = []

    def sec(s, kind, v):
        s.secrets.append((kind, v))
        return v

    def ch(s, seq):
        return s.r.choice(seq)

    def pick(s, *fns):
        return s.r.choice(fns)()

    def it(s):
        return s.lang == "it"

    def L(s, it, en):
        return it if s.lang == "it" else en

    # ---- IBAN ----
    def iban(s, cc=None, style=None):
        if s.hot:
            return s.sec("iban", fmt_iban(s.r, make_iban(s.r, cc), style))
        return s.iban_decoy(cc)

    def iban_decoy(s, cc=None):
        k = s.r.random()
        if k < 0.45:
            return mask_iban(s.r, make_iban(s.r, cc))
        if k < 0.82:
            return fmt_iban(s.r, bad_iban(s.r, cc))
        if k < 0.9:
            return ""
        return s.ch(["IT00 X000 0000 0000 0000 0000 000", "<IBAN>", s.L("vedi allegato", "see attachment"),
                     "N/D", "IT__ ____ ____ ____ ____ ____ ___", "DE00 0000 0000 0000 0000 00", "[REDACTED]"])

    # ---- cards ----
    def card(s, brand=None, style=None):
        if s.hot:
            return s.sec("card_number", fmt_card(s.r, make_card(s.r, brand), style))
        return s.card_decoy(brand)

    def card_decoy(s, brand=None):
        r = s.r
        d = make_card(r, brand)
        k = r.random()
        if k < 0.3:
            return fmt_card(r, bad_luhn(r, brand), r.choice(["space", "dash", "none"]))
        if k < 0.5:
            return "**** **** **** " + d[-4:]
        if k < 0.62:
            return d[:6] + "*" * (len(d) - 10) + d[-4:]
        if k < 0.72:
            return "XXXX-XXXX-XXXX-" + d[-4:]
        if k < 0.8:
            return "•••• " + d[-4:]
        if k < 0.88:
            return d[:4] + " **** **** " + d[-4:]
        if k < 0.94:
            return ""
        return r.choice(["tok_" + rs(r, 24), "card_" + rs(r, 24), "pm_" + rs(r, 24)])

    def cvv(s, n=None):
        if s.hot:
            return s.sec("cvv", rdig(s.r, n or s.ch([3, 3, 3, 4])))
        return s.ch(["***", "", "N/D", "—", "XXX", "***", "n/a"])

    def pw(s):
        if s.hot:
            return s.sec("password", make_pw(s.r))
        return s.ch(PW_COLD)

    def pin(s, n=None):
        if s.hot:
            return s.sec("pin", rdig(s.r, n or s.ch([4, 4, 5, 6])))
        return s.ch(PIN_COLD_IT if s.it() else PIN_COLD_EN)

    def otp(s):
        if s.hot:
            d = rdig(s.r, s.ch([6, 6, 6, 8]))
            if s.r.random() < 0.15 and len(d) == 6:
                d = d[:3] + " " + d[3:]
            return s.sec("pin", d)
        return s.ch(["******", "", "—", "scaduto" if s.it() else "expired", "[masked]", "••••••"])

    def placeholder(s):
        return s.ch(PLACEHOLDERS)

    def tok(s):
        return s.sec("access_token", make_access(s.r)) if s.hot else s.placeholder()

    def csec(s):
        return s.sec("client_secret", make_secret(s.r)) if s.hot else s.placeholder()

    def basic(s):
        if s.hot:
            u = client_id(s.r) if s.r.random() < 0.5 else "svc_" + rs(s.r, 6, string.ascii_lowercase)
            return s.sec("client_secret", base64.b64encode((u + ":" + make_secret(s.r)).encode()).decode())
        return s.ch(["<base64(client_id:client_secret)>", "Basic ****", "[REDACTED]", "${BASIC_AUTH}"])

    def userpass(s):
        if s.hot:
            return s.sec("client_secret", s.ch(["svc_", "api_", "partner-", ""]) + rs(s.r, 6, string.ascii_lowercase) + ":" + make_pw(s.r).replace(":", "!"))
        return s.ch(["user:<password>", "${PARTNER_USER}:${PARTNER_PASS}", "[REDACTED]", "vedi vault"])

    def rtok(s):
        return s.sec("refresh_token", make_refresh(s.r)) if s.hot else s.placeholder()

    def vkey(s, v=None):
        if s.hot:
            return s.sec("vendor_key", make_vendor(s.r, v))
        return s.ch(["sk_live_••••••••" + rs(s.r, 4), "AKIA****************", "ghp_****", "[REDACTED]",
                     "<stripe-secret-key>", "xoxb-***", "${SENDGRID_API_KEY}", "AIza...(revocata)", "rotated"])

    def pkey(s, inline=False):
        if s.hot:
            k = make_pem(s.r)
            if inline:
                k = k.replace("\n", "\\n")
            return s.sec("private_key", k)
        return s.ch(["<private key in vault>", "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----",
                     "vault:secret/sftp/key", "[REDACTED]", "(file id_rsa allegato separatamente)"])

    # ---- national bank accounts ----
    def acct_decoy(s, real):
        k = s.r.random()
        if k < 0.4:
            return "*" * (len(real) - 4) + real[-4:]
        if k < 0.6:
            return "XXXX" + real[-4:]
        if k < 0.75:
            return ""
        return s.ch(["N/D", "—", s.L("vedi IBAN", "see IBAN"), "****"])

    def it_acct(s, bank=None):
        cin, abi, cab, conto = it_parts(s.r, bank)
        if s.hot:
            return cin, abi, cab, s.sec("bank_account", conto)
        return cin, abi, cab, s.acct_decoy(conto)

    def it_full(s, bank=None, style=None):
        """(cin, abi, cab, conto, iban) consistent; conto and iban are secrets if hot."""
        cin, abi, cab, conto = it_parts(s.r, bank)
        iban = iban_make("IT", cin + abi + cab + conto)
        if s.hot:
            return cin, abi, cab, s.sec("bank_account", conto), s.sec("iban", fmt_iban(s.r, iban, style))
        return cin, abi, cab, s.acct_decoy(conto), mask_iban(s.r, iban)

    def it_bban(s, style=None):
        cin, abi, cab, conto = it_parts(s.r)
        style = style or s.ch(["compact", "spaced", "dash", "slash"])
        v = {"compact": cin + abi + cab + conto, "spaced": " ".join([cin, abi, cab, conto]),
             "dash": "-".join([cin, abi, cab, conto]), "slash": cin + " " + abi + "/" + cab + "/" + conto}[style]
        if s.hot:
            return s.sec("bank_account", v)
        return v[:len(v) - 12] + "*" * 8 + v[-4:] if s.r.random() < 0.6 else cin + " " + abi + " " + cab + " ************"

    def de_acct(s):
        blz, konto = de_parts(s.r)
        if s.hot:
            return blz, s.sec("bank_account", konto)
        return blz, s.acct_decoy(konto)

    def fr_rib(s):
        b, g, c, k = fr_parts(s.r)
        if s.hot:
            return b, g, s.sec("bank_account", c), k
        return b, g, s.acct_decoy(c), "**"

    def fr_rib_str(s):
        b, g, c, k = fr_parts(s.r)
        v = s.ch([" ".join([b, g, c, k]), b + g + c + k, "-".join([b, g, c, k])])
        if s.hot:
            return s.sec("bank_account", v)
        return b + " " + g + " ***********" + " **"

    def es_ccc(s):
        e, o, dc, cu = es_parts(s.r)
        if s.hot:
            return e, o, dc, s.sec("bank_account", cu)
        return e, o, "**", s.acct_decoy(cu)

    def es_ccc_str(s):
        e, o, dc, cu = es_parts(s.r)
        v = s.ch([" ".join([e, o, dc, cu]), e + o + dc + cu, "-".join([e, o, dc, cu]),
                  e + " " + o + " " + dc + " " + cu[:2] + " " + cu[2:6] + " " + cu[6:]])
        if s.hot:
            return s.sec("bank_account", v)
        return e + " " + o + " ** ******" + cu[-4:]

    def uk_acct(s, sortfmt=None):
        bank, sort, acct = uk_parts(s.r)
        sortfmt = sortfmt or s.ch(["dash", "dash", "plain", "space"])
        sc = {"dash": "-".join([sort[:2], sort[2:4], sort[4:]]), "plain": sort,
              "space": " ".join([sort[:2], sort[2:4], sort[4:]])}[sortfmt]
        if s.hot:
            return sc, s.sec("bank_account", acct)
        return sc, s.acct_decoy(acct)

    def uk_acct_str(s):
        bank, sort, acct = uk_parts(s.r)
        sc = "-".join([sort[:2], sort[2:4], sort[4:]])
        v = s.ch([sc + " " + acct, sort + acct, sc + " / " + acct, sort + " " + acct])
        if s.hot:
            return s.sec("bank_account", v)
        return sc + " ****" + acct[-4:]

    # ---- look-alikes ----
    def uuid(s):
        return uuid4(s.r)

    def payid(s):
        return payid(s.r)

    def order(s):
        return order_no(s.r)

    def inv(s):
        return invoice_no(s.r, s.lang)

    def amt(s, lo=1, hi=20000):
        return amount_it(s.r, lo, hi) if s.it() else amount_en(s.r, lo, hi)

    def amt_it(s, lo=1, hi=20000):
        return amount_it(s.r, lo, hi, cur="")

    def amt_plain(s, lo=1, hi=20000):
        return amount_plain(s.r, lo, hi)

    def date(s, style=None):
        return make_date(s.r, s.lang, style)

    def ts(s):
        return make_ts(s.r)

    def piva(s):
        return make_piva(s.r)

    def cf(s):
        return make_cf(s.r)

    def phone(s):
        return phone(s.r, s.lang)

    def bic(s):
        return s.ch([b[2] for b in IT_BANKS] + [b[2] for b in DE_BANKS] + [b[3] for b in UK_BANKS] + OTHER_BIC)

    def sha(s, n=64):
        return sha(s.r, n)

    def cid(s):
        return client_id(s.r)

    def tsms(s):
        return ts_ms(s.r)

    def ean(s):
        return make_ean(s.r)

    def track(s):
        return tracking(s.r)

    def name(s):
        return name(s.r, s.lang)

    def comp(s):
        return s.ch(IT_COMP if s.it() else EN_COMP)

    def email(s, nm=None):
        return email(s.r, nm or s.name())

    def city(s):
        return s.ch(IT_CITY)[0] if s.it() else s.ch(UK_CITY)[0]

    def cro(s):
        return cro(s.r)

    def itbank(s):
        return s.ch(IT_BANKS)

    def exp(s):
        return "%02d/%02d" % (s.r.randint(1, 12), s.r.randint(25, 31))

    def status(s):
        return s.ch(["OK", "KO", "pending", "completed", "failed", "eseguito", "in attesa"]
                    if s.it() else ["succeeded", "failed", "pending", "paid", "in_transit", "canceled"])

    def n(s, a, b):
        return str(s.r.randint(a, b))


# ---------------------------------------------------------------------------
# table renderers
# ---------------------------------------------------------------------------
def _csv_cell(v, sep, qall):
    if qall or sep in v or '"' in v or "\n" in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def render_table(r, fmt, headers, rows):
    if fmt in ("csv,", "csv;", "tsv", "psv"):
        sep = {"csv,": ",", "csv;": ";", "tsv": "\t", "psv": "|"}[fmt]
        qall = fmt != "tsv" and r.random() < 0.2
        lines = [sep.join(_csv_cell(h, sep, qall) for h in headers)]
        for row in rows:
            lines.append(sep.join(_csv_cell(v, sep, qall) for v in row))
        eol = "\r\n" if r.random() < 0.1 else "\n"
        return eol.join(lines), {"csv,": "csv", "csv;": "csv", "tsv": "tsv", "psv": "csv"}[fmt]
    if fmt == "md":
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(r.choice(["---", ":---", "------"]) for _ in headers) + "|"]
        for row in rows:
            lines.append("| " + " | ".join(v if v else " " for v in row) + " |")
        return "\n".join(lines), "markdown"
    w = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    if fmt == "ascii":
        bar = "+" + "+".join("-" * (x + 2) for x in w) + "+"
        lines = [bar, "| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(headers)) + " |",
                 bar.replace("-", "=") if r.random() < 0.3 else bar]
        for row in rows:
            lines.append("| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(row)) + " |")
        lines.append(bar)
        return "\n".join(lines), "ascii-table"
    if fmt == "fixed":
        gap = r.choice([2, 3, 4])
        lines = [(" " * gap).join(h.ljust(w[i]) for i, h in enumerate(headers)).rstrip()]
        if r.random() < 0.5:
            lines.append((" " * gap).join("-" * w[i] for i in range(len(headers))))
        for row in rows:
            lines.append((" " * gap).join(v.ljust(w[i]) for i, v in enumerate(row)).rstrip())
        return "\n".join(lines), "pdf-text"
    if fmt == "kv":
        wh = max(len(h) for h in headers)
        recs = []
        align = r.random() < 0.5
        for row in rows:
            recs.append("\n".join(((h + ":").ljust(wh + 2) if align else h + ": ") + v for h, v in zip(headers, row)))
        return r.choice(["\n\n", "\n---\n", "\n"]).join(recs), "kv"
    if fmt == "nextline":
        recs = []
        for row in rows:
            recs.append("\n".join(h + "\n" + (v or "-") for h, v in zip(headers, row)))
        return "\n\n".join(recs), "label-next-line"
    if fmt == "json":
        return json.dumps([dict(zip(headers, row)) for row in rows], indent=2, ensure_ascii=False), "json-export"
    raise ValueError(fmt)


INTRO = {
    "it": ["Buongiorno, vi incollo l'export richiesto:", "Ciao, ecco l'estrazione dal gestionale ({f}):",
           "Salve, allego il contenuto del file {f} perché l'upload non funziona:",
           "Vi giro le righe che non quadrano nella riconciliazione di ieri:",
           "Come da telefonata, incollo qui sotto il foglio Excel:",
           "Buonasera, il cliente ci ha mandato questo, potete verificare?",
           "Ticket per conto del commercialista. Dati estratti dal PDF:",
           "Ecco le prime righe del CSV che il vostro importer rifiuta (errore 422):",
           "Copio e incollo dal pannello di amministrazione:",
           "Il file {f} generato stanotte contiene questo, è corretto?",
           "Segnalo anomalia sull'export, vedi sotto:", "Estrazione odierna:",
           "Vi mando le righe del report, non riesco ad allegare l'xlsx:",
           "Per il debug, ecco quello che vediamo noi:"],
    "en": ["Hi team, pasting the export you asked for:", "Hello, here is the extract from our ERP ({f}):",
           "Upload keeps failing so I'm pasting the contents of {f}:",
           "These are the rows that don't reconcile from yesterday:",
           "As discussed on the call, spreadsheet below:",
           "Customer sent us this, can you check?", "Copied from the admin panel:",
           "First lines of the CSV your importer rejects (HTTP 422):",
           "The nightly job produced {f} with the following content, is this expected?",
           "Please see the report below:", "Today's extract:",
           "Can't attach the xlsx, pasting the rows instead:", "For debugging, this is what we see on our side:"],
}
OUTRO = {
    "it": ["Grazie, saluti.", "Fatemi sapere, grazie.", "Cordiali saluti\n{n}", "Resto in attesa di riscontro.",
           "Urgente, il cliente sta aspettando.", "Grazie mille!", "--\n{n}\nUfficio amministrazione"],
    "en": ["Thanks.", "Let me know, thanks!", "Kind regards\n{n}", "Looking forward to your reply.",
           "Urgent please, the merchant is waiting.", "Cheers", "--\n{n}\nFinance Ops"],
}
FNAMES = ["export_20240517.csv", "movimenti_maggio.csv", "payouts_2024-06.csv", "report.xlsx",
          "estrazione.txt", "anagrafica.csv", "recon_0612.tsv", "fornitori.xlsx", "dump.csv", "Foglio1.xlsx"]


def wrap(c, body, title=None, force=False):
    r = c.r
    parts = []
    k = 0.0 if force else r.random()
    if k < 0.55:
        parts.append(r.choice(INTRO[c.lang]).format(f=r.choice(FNAMES)))
    if title and r.random() < 0.6:
        parts.append(title)
    parts.append(body)
    if k < 0.55 and r.random() < 0.5:
        parts.append(r.choice(OUTRO[c.lang]).format(n=c.name()))
    return "\n\n".join(parts) if r.random() < 0.8 else "\n".join(parts)


# ---------------------------------------------------------------------------
# skeleton registry
# ---------------------------------------------------------------------------
SKELS = []


class Skel:
    def __init__(s, name, lang, fn, pos=True, neg=True, style=None):
        s.name, s.lang, s.fn, s.pos, s.neg, s.style = name, lang, fn, pos, neg, style


DEFAULT_FMTS = {"it": ["csv;", "csv;", "csv;", "csv,", "tsv", "tsv", "md", "ascii", "fixed", "kv", "nextline"],
                "en": ["csv,", "csv,", "csv,", "csv;", "tsv", "tsv", "md", "ascii", "fixed", "kv", "nextline"]}


def table(name, lang, headers, row, rows=(1, 12), fmts=None, title=None, pos=True, neg=True, hotp=None):
    def fn(c):
        r = c.r
        n = r.randint(*rows)
        forced = r.randrange(n)
        p = hotp if hotp is not None else r.choice([0.25, 0.5, 1.0])
        data = []
        for i in range(n):
            c.hot = c.pos and (i == forced or r.random() < p)
            data.append(["" if v is None else str(v) for v in row(c)])
        c.hot = c.pos
        hdr = headers(c) if callable(headers) else headers
        fmt = r.choice(fmts or DEFAULT_FMTS[c.lang])
        body, style = render_table(r, fmt, hdr, data)
        t = title(c) if callable(title) else title
        return wrap(c, body, t, force=lang is None), style
    SKELS.append(Skel(name, lang, fn, pos, neg))


def doc(name, lang, style, pos=True, neg=True):
    def deco(f):
        def fn(c):
            return f(c), style
        SKELS.append(Skel(name, lang, fn, pos, neg, style))
        return f
    return deco


# ---------------------------------------------------------------------------
# TABLE SKELETONS -- Italian
# ---------------------------------------------------------------------------
def _b(c):
    return c.itbank()


table("it_fornitori_iban", "it", ["Ragione sociale", "P.IVA", "IBAN", "Banca", "BIC"],
      lambda c: (lambda b: [c.comp(), c.piva(), c.iban("IT"), b[0], b[2]])(_b(c)),
      title="Anagrafica fornitori - coordinate bancarie")
table("it_stipendi", "it", ["Matricola", "Cognome", "Nome", "Codice fiscale", "IBAN", "Netto"],
      lambda c: ["%05d" % c.r.randint(1, 9999), c.ch(IT_LAST), c.ch(IT_FIRST), c.cf(), c.iban("IT"), c.amt_it(900, 4000)],
      fmts=["csv;", "tsv", "fixed", "ascii"], title=lambda c: "Cedolini %s - distinta bonifici stipendi" % c.ch(["gennaio", "marzo", "giugno", "ottobre"]))
table("it_abi_cab_conto", "it", ["Intestatario", "ABI", "CAB", "Conto", "Importo"],
      lambda c: (lambda a: [c.name(), a[1], a[2], a[3], c.amt_it()])(c.it_acct()),
      fmts=["csv;", "csv;", "tsv", "md", "fixed"])
table("it_rid_clienti", "it", ["Cod. cliente", "Ragione sociale", "ABI", "CAB", "CIN", "Numero conto", "Mandato"],
      lambda c: (lambda a: ["C%05d" % c.r.randint(1, 99999), c.comp(), a[1], a[2], a[0], a[3],
                            "MND-%s" % rdig(c.r, 8)])(c.it_acct()))
table("it_bonifici_uscita", "it", ["Data", "Beneficiario", "IBAN beneficiario", "Importo", "Causale", "CRO"],
      lambda c: [c.date("it"), c.comp(), c.iban(), c.amt_it(), "Saldo fattura " + c.inv(), c.cro()],
      title="Lista bonifici disposti")
table("it_carte_clienti", "it", ["id_cliente", "titolare", "numero_carta", "scadenza", "cvv"],
      lambda c: [str(c.r.randint(1000, 99999)), c.name().upper(), c.card(), c.exp(), c.cvv()],
      fmts=["csv;", "csv,", "tsv", "md", "ascii"])
table("it_carte_aziendali", "it", ["Dipendente", "Carta", "Scadenza", "PIN", "Plafond"],
      lambda c: [c.name(), c.card(), c.exp(), c.pin(c.ch([4, 5])), c.amt_it(500, 10000)],
      title="Carte aziendali assegnate - riservato")
table("it_rimborsi", "it", ["Ordine", "Data", "Cliente", "Carta", "Importo rimborso", "Stato"],
      lambda c: [c.order(), c.date(), c.name(), c.card(), c.amt_it(5, 900), c.ch(["da eseguire", "eseguito", "respinto"])])
table("it_credenziali_ambienti", "it", ["Ambiente", "URL", "Utente", "Password", "Note"],
      lambda c: [c.ch(["Produzione", "Collaudo", "Sviluppo", "Sandbox"]),
                 c.ch(["https://portale.banca.example/login", "https://sftp.psp.example", "https://admin.sportello.example",
                       "https://hb.bancaxyz.example", "https://pos.gestore.example/merchant"]),
                 c.ch(["admin", "m.rossi", "amministrazione", "ops-bot", "contabilita", "tesoreria01"]), c.pw(),
                 c.ch(["", "scade ogni 90 gg", "non condividere", "utenza tecnica", "chiedere a Luca"])],
      fmts=["csv;", "tsv", "md", "ascii", "kv"], title="Credenziali accesso portali")
table("it_chiavi_api", "it", ["Ambiente", "client_id", "client_secret", "Creato il"],
      lambda c: [c.ch(["prod", "sandbox", "staging"]), c.cid(), c.csec(), c.date()],
      title="Chiavi API attive")
table("it_utenti_portale", "it", ["Utente", "Email", "Ruolo", "Password", "Ultimo accesso"],
      lambda c: (lambda nm: [nm.split()[0][0].lower() + "." + nm.split()[-1].lower(), c.email(nm),
                             c.ch(["admin", "operatore", "sola lettura"]), c.pw(), c.ts()])(c.name()))
table("it_otp_log", "it", ["Data/ora", "Telefono", "Codice OTP", "Esito"],
      lambda c: [c.ts(), c.phone(), c.otp(), c.ch(["consegnato", "non consegnato", "in coda"])],
      fmts=["csv;", "tsv", "fixed", "md"], title="Log invio SMS OTP")


def _mov_it(c):
    k = c.r.random()
    if k < 0.4:
        desc = "BONIFICO A VOSTRO FAVORE DA %s IBAN %s" % (c.comp().upper(), c.iban("IT", "compact"))
        return [c.date("it"), c.date("it"), desc, "", c.amt_it()]
    if k < 0.6:
        desc = "PAGAMENTO POS CARTA %s %s" % (c.card(style="none") if c.hot else "*" + rdig(c.r, 4), c.city().upper())
        return [c.date("it"), c.date("it"), desc, c.amt_it(2, 300), ""]
    c.hot = False
    return [c.date("it"), c.date("it"), c.ch(["COMMISSIONI TENUTA CONTO", "ADDEBITO SDD CORE %s" % creditor_id(c.r),
                                              "IMPOSTA DI BOLLO", "PAGAMENTO F24", "PRELIEVO ATM %s" % c.city().upper()]),
            c.amt_it(1, 500), ""]


table("it_movimenti", "it", ["Data contabile", "Data valuta", "Descrizione", "Dare", "Avere"], _mov_it,
      fmts=["csv;", "fixed", "tsv", "ascii"], title=lambda c: "Estratto conto - movimenti dal %s al %s" % (c.date("it"), c.date("it")))
table("it_payout", "it", ["Data payout", "ID payout", "Conto di accredito", "Importo lordo", "Commissioni", "Netto"],
      lambda c: [c.date("it"), "po_" + rs(c.r, 20), c.iban("IT"), c.amt_it(100, 20000), c.amt_it(1, 90), c.amt_it(100, 20000)],
      title="Report payout mensile")
table("it_riconciliazione", "it", ["ID transazione", "Data", "Importo PSP", "Importo banca", "Differenza", "Carta"],
      lambda c: [c.payid(), c.date(), c.amt_it(), c.amt_it(), c.ch(["0,00", "-0,35", "1,20", "0,00"]), c.card()],
      title="Riconciliazione incassi carta")
table("it_bban", "it", ["Codice", "Denominazione", "Coordinate (BBAN)"],
      lambda c: ["A%04d" % c.r.randint(1, 9999), c.comp(), c.it_bban()])
table("it_iban_colonne", "it", ["Intestatario", "Paese", "Check", "CIN", "ABI", "CAB", "Conto corrente"],
      lambda c: (lambda a: [c.name(), "IT", "%02d" % (98 - int(iban_num(a[0] + a[1] + a[2] + a[3] + "IT00")) % 97) if c.hot else "**",
                            a[0], a[1], a[2], a[3]])(c.it_acct()),
      title="Coordinate bancarie (IBAN suddiviso per campi)")
table("it_mandati_sdd", "it", ["ID mandato", "Debitore", "Codice fiscale", "IBAN debitore", "Data firma", "Tipo"],
      lambda c: ["MAN%s" % rdig(c.r, 9), c.name(), c.cf(), c.iban("IT"), c.date("it"), c.ch(["CORE", "B2B"])])
table("it_pos_transazioni", "it", ["Terminale", "Data", "PAN", "Importo", "Cod. autorizzazione"],
      lambda c: ["T%07d" % c.r.randint(1, 9999999), c.ts(), c.card(), c.amt_it(1, 900), rdig(c.r, 6)],
      fmts=["csv;", "tsv", "fixed"], title="Transazioni POS non regolate")
table("it_abbonamenti", "it", ["Cliente", "Piano", "Metodo", "Numero carta", "Scad.", "CVC"],
      lambda c: [c.name(), c.ch(["Base", "Pro", "Business"]), c.ch(["Visa", "Mastercard", "Amex"]), c.card(), c.exp(), c.cvv()])
table("it_pin_app", "it", ["Cliente", "Dispositivo", "PIN dispositivo", "Stato"],
      lambda c: [c.name(), c.ch(["iPhone 13", "Samsung A52", "Pixel 7", "Xiaomi 12"]), c.pin(c.ch([5, 6])),
                 c.ch(["attivo", "bloccato", "da attivare"])],
      title="Attivazioni app mobile")
table("it_token_sessione", "it", ["session_id", "utente", "access_token", "scadenza"],
      lambda c: [c.uuid(), c.cid(), c.tok(), c.ts()], fmts=["csv;", "tsv", "md"])
table("it_integrazioni", "it", ["Servizio", "Tipo", "Chiave", "Note"],
      lambda c: (lambda v: [v[0], v[1], c.vkey(v[2]), c.ch(["", "usata dal gestionale", "da ruotare", "account aziendale"])])(
          c.ch([("Stripe", "secret key", "stripe"), ("AWS S3", "access key", "aws"), ("SendGrid", "API key", "sendgrid"),
                ("GitHub", "token", "github"), ("Slack", "bot token", "slack"), ("Google Maps", "API key", "google"),
                ("Twilio", "API key", "twilio"), ("Mailgun", "API key", "mailgun")])),
      title="Integrazioni esterne - chiavi")
table("it_fatture_passive", "it", ["Numero fattura", "Fornitore", "P.IVA", "Importo", "Scadenza", "IBAN per pagamento"],
      lambda c: [c.inv(), c.comp(), c.piva(), c.amt_it(), c.date("it"), c.iban()])


def _tesoreria(c):
    b = c.itbank()
    cin, abi, cab, conto, iban = c.it_full(b)
    return [b[0], abi, cab, conto, iban, c.amt_it(1000, 900000)]


table("it_tesoreria", "it", ["Banca", "ABI", "CAB", "Conto", "IBAN", "Saldo"], _tesoreria,
      title="Posizione di tesoreria - conti aziendali")
table("it_rate", "it", ["Pratica", "Cliente", "Rata", "IBAN addebito", "Stato"],
      lambda c: ["PR-%s" % rdig(c.r, 7), c.name(), c.amt_it(50, 900), c.iban("IT"), c.ch(["pagata", "insoluta", "in scadenza"])])
table("it_sepa_batch", "it", ["Prog.", "Nome beneficiario", "IBAN", "BIC", "Importo", "Rif. end-to-end"],
      lambda c: [str(c.r.randint(1, 500)), c.name(), c.iban(), c.bic(), c.amt_it(), "E2E" + rdig(c.r, 12)],
      title="Distinta SEPA SCT")
table("it_prepagate", "it", ["Codice carta", "PAN", "Saldo", "PIN"],
      lambda c: ["PP%06d" % c.r.randint(1, 999999), c.card(c.ch(["visa16", "mc", "maestro"])), c.amt_it(0, 500), c.pin(5)],
      title="Carte prepagate emesse")
table("it_pagamenti_f24", "it", ["Codice tributo", "Anno", "Importo", "Conto di addebito (IBAN)"],
      lambda c: [c.ch(["1001", "1040", "6099", "3918", "4001"]), c.ch(["2023", "2024"]), c.amt_it(), c.iban("IT")])
table("it_conti_tre", "it", ["ABI;CAB;Conto", "Intestatario", "Saldo"],
      lambda c: (lambda a: [a[1] + ";" + a[2] + ";" + a[3], c.comp(), c.amt_it()])(c.it_acct()),
      fmts=["tsv", "md", "fixed"])
table("it_dipendenti_scheda", "it", ["Nome", "Codice fiscale", "IBAN accredito", "Telefono", "Email"],
      lambda c: (lambda nm: [nm, c.cf(), c.iban("IT"), c.phone(), c.email(nm)])(c.name()), fmts=["kv", "nextline", "csv;"])
table("it_carte_bloccate", "it", ["Data", "Cliente", "Numero carta", "Motivo", "Operatore"],
      lambda c: [c.date(), c.name(), c.card(), c.ch(["smarrimento", "furto", "frode sospetta", "richiesta cliente"]),
                 c.ch(["op12", "mrossi", "bot"])])
table("it_conti_sm", "it", ["Cliente", "IBAN San Marino", "Banca"],
      lambda c: [c.name(), c.iban("SM"), c.ch(["Banca di San Marino", "Cassa di Risparmio RSM", "BAC"])],
      fmts=["csv;", "md", "tsv"])
table("it_webhook_consegne", "it", ["Data", "Evento", "Endpoint", "HTTP", "Tentativo", "Header Authorization"],
      lambda c: [c.ts(), c.ch(["payment.succeeded", "payout.paid", "mandate.created", "refund.failed"]),
                 "https://" + c.ch(["shop.example.it", "api.cliente.example", "erp.azienda.example"]) + "/webhook",
                 c.ch(["200", "500", "401", "504"]), c.n(1, 5), ("Bearer " + c.tok()) if c.hot else c.ch(["Bearer <token>", "-", "Bearer [REDACTED]"])],
      fmts=["csv;", "tsv", "md", "ascii"], title="Log consegne webhook (export)")
table("it_refresh", "it", ["utente", "refresh_token", "scade_il", "dispositivo"],
      lambda c: [c.cid(), c.rtok(), c.date("iso"), c.ch(["web", "ios", "android"])], fmts=["csv;", "tsv"])

# Italian look-alike-only tables
table("it_filiali", "it", ["ABI", "CAB", "Banca", "Filiale", "Indirizzo", "CAP", "Comune"],
      lambda c: (lambda b, ct: [b[1], c.ch("0123") + rdig(c.r, 4), b[0], "Ag. %d" % c.r.randint(1, 40),
                                c.ch(IT_STREET) + " " + c.n(1, 200), ct[2], ct[0]])(c.itbank(), c.ch(IT_CITY)),
      pos=False, rows=(3, 25), title="Elenco sportelli (ABI/CAB)")
table("it_ordini", "it", ["Ordine", "Data", "Cliente", "Totale", "EAN", "Qtà", "Tracking"],
      lambda c: [c.order(), c.date(), c.name(), c.amt(), c.ean(), c.n(1, 40), c.track()], pos=False, rows=(3, 30))
table("it_registro_fatture", "it", ["Numero", "Data", "Cliente", "P.IVA", "Imponibile", "IVA", "Totale"],
      lambda c: [c.inv(), c.date("it"), c.comp(), c.piva(), c.amt_it(), c.amt_it(1, 2000), c.amt_it()], pos=False, rows=(3, 30),
      title="Registro IVA vendite")
table("it_anagrafica_clienti", "it", ["Codice", "Nominativo", "Codice fiscale", "Telefono", "CAP", "Città"],
      lambda c: (lambda ct: ["CL%05d" % c.r.randint(1, 99999), c.name(), c.cf(), c.phone(), ct[2], ct[0]])(c.ch(IT_CITY)),
      pos=False, rows=(3, 30))
table("it_utenti_reset", "it", ["Utente", "Email", "Password", "Stato PIN", "Ultimo accesso"],
      lambda c: (lambda nm: [nm.lower().replace(" ", "."), c.email(nm), c.ch(["********", "", "••••••••"]),
                             c.ch(["Reset PIN richiesto", "PIN attivo", "PIN bloccato", "PIN reset requested"]), c.ts()])(c.name()),
      pos=False, rows=(2, 20))
table("it_log_api", "it", ["request_id", "metodo", "path", "status", "durata_ms", "timestamp_ms"],
      lambda c: [c.uuid(), c.ch(["GET", "POST"]), c.ch(["/v1/payments", "/v1/payouts/" + payid(c.r), "/oauth/token", "/v1/accounts"]),
                 c.ch(["200", "201", "400", "401", "429"]), c.n(3, 2500), c.tsms()], pos=False, rows=(3, 30))
table("it_checksum", "it", ["File", "SHA-256", "Dimensione (byte)"],
      lambda c: [c.ch(["estratto_", "fatture_", "flusso_cbi_", "sdd_"]) + rdig(c.r, 8) + c.ch([".pdf", ".xml", ".txt"]), c.sha(), c.n(1000, 99999999)],
      pos=False, title="Manifest file trasmessi")
table("it_magazzino", "it", ["Cod. articolo", "EAN", "Descrizione", "Giacenza", "Prezzo"],
      lambda c: ["ART" + rdig(c.r, 6), c.ean(), c.ch(["Vite M6 zincata", "Tazza mug bianca", "Cavo USB-C 2m", "Risma A4"]),
                 c.n(0, 100000), c.amt_it(1, 300)], pos=False, rows=(3, 30))
table("it_bic", "it", ["Banca", "BIC", "Paese"],
      lambda c: (lambda b: [b[0], b[2], "IT"])(c.itbank()), pos=False, rows=(3, 14))
table("it_commissioni", "it", ["Mese", "N. transazioni", "Volume (centesimi)", "Commissioni (centesimi)", "Ultimo aggiornamento (ms)"],
      lambda c: [c.ch(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]), c.n(100, 90000), c.n(10 ** 6, 10 ** 11),
                 c.n(1000, 10 ** 8), c.tsms()], pos=False, rows=(2, 12))
table("it_iban_mascherati", "it", ["Cliente", "IBAN (mascherato)", "Ultimo addebito", "Esito"],
      lambda c: [c.name(), mask_iban(c.r, make_iban(c.r, "IT")), c.amt_it(), c.ch(["pagato", "insoluto"])], pos=False, rows=(2, 20))
table("it_iban_errati", "it", ["Riga", "Cliente", "IBAN inserito", "Errore"],
      lambda c: [c.n(1, 999), c.name(), fmt_iban(c.r, bad_iban(c.r, c.ch(["IT", "IT", "DE", "FR"]))), "IBAN non valido (check digit)"],
      pos=False, rows=(1, 10), title="Scarti importazione anagrafiche")
table("it_spedizioni", "it", ["Tracking", "Corriere", "Peso (kg)", "Colli", "Destinazione", "Ordine"],
      lambda c: [c.track(), c.ch(["BRT", "GLS", "SDA", "DHL", "Poste"]), c.amt_it(0, 60), c.n(1, 9), c.city(), c.order()],
      pos=False, rows=(3, 30))


# ---------------------------------------------------------------------------
# TABLE SKELETONS -- English and foreign-labelled (lang from the wrapper)
# ---------------------------------------------------------------------------
table("en_vendor_uk", "en", ["Supplier", "Sort code", "Account number", "Account name", "Reference"],
      lambda c: (lambda u, co: [co, u[0], u[1], co.upper()[:18], c.inv()])(c.uk_acct(), c.comp()),
      title="Vendor master - UK bank details")
table("en_bacs_payroll", "en", ["Employee", "Sort Code", "Account No", "Amount", "Ref"],
      lambda c: (lambda u: [c.name(), u[0], u[1], amount_plain(c.r, 800, 5000), "SALARY " + c.ch(["JAN", "FEB", "MAR", "APR"])])(c.uk_acct("plain")),
      fmts=["csv,", "csv,", "tsv", "fixed"], title="BACS bulk payment file")
table("en_customer_cards", "en", ["customer_id", "name", "card_number", "exp", "cvv"],
      lambda c: ["cus_" + rs(c.r, 14), c.name(), c.card(), c.exp(), c.cvv()], fmts=["csv,", "tsv", "md", "json"])
table("en_refunds", "en", ["refund_id", "charge_id", "pan", "amount", "status"],
      lambda c: ["re_" + rs(c.r, 24), "ch_" + rs(c.r, 24), c.card(), amount_plain(c.r, 1, 900), c.status()])
table("en_credentials", "en", ["system", "username", "password", "notes"],
      lambda c: [c.ch(["Bank portal", "SFTP drop", "Jira", "Acquirer back office", "Payroll (Sage)", "VPN", "Grafana"]),
                 c.ch(["finance", "ops@acme.example", "svc-recon", "admin", "jwalker", "treasury"]), c.pw(),
                 c.ch(["", "MFA on Emma's phone", "rotate quarterly", "shared account", "do not share"])],
      fmts=["csv,", "tsv", "md", "ascii", "kv"], title="Shared credentials")
table("en_api_keys", "en", ["env", "key_id", "secret", "created_by"],
      lambda c: [c.ch(["live", "test", "staging"]), "key_" + rs(c.r, 10, string.ascii_lowercase + string.digits),
                 c.csec(), c.email()], title="API keys export")
table("en_oauth_clients", "en", ["client_name", "client_id", "client_secret", "redirect_uri"],
      lambda c: [c.comp(), c.cid(), c.csec(), "https://" + c.ch(["app", "shop", "portal"]) + ".example.com/callback"])
table("en_otp", "en", ["sent_at", "phone", "otp", "channel", "status"],
      lambda c: [c.ts(), c.phone(), c.otp(), c.ch(["sms", "voice", "whatsapp"]), c.ch(["delivered", "failed", "queued"])],
      title="OTP delivery report")
table("en_sepa_payouts", "en", ["payout_id", "arrival_date", "iban", "amount", "currency", "status"],
      lambda c: ["po_" + rs(c.r, 24), c.date("iso"), c.iban(), amount_plain(c.r, 10, 90000), "EUR", c.status()])
table("en_recon", "en", ["txn_id", "psp_ref", "bank_ref", "amount", "card", "matched"],
      lambda c: [c.uuid(), "PSP" + rdig(c.r, 12), c.cro(), amount_en(c.r, 1, 5000, ""), c.card(), c.ch(["yes", "no", "partial"])],
      title="Reconciliation report - unmatched items")


def _uk_stmt(c):
    k = c.r.random()
    if k < 0.4:
        return [c.date("en"), "FASTER PAYMENT FROM %s %s" % (c.name().upper(), c.uk_acct_str()), "", amount_en(c.r, 10, 3000, ""), amount_en(c.r, 100, 20000, "")]
    if k < 0.55:
        return [c.date("en"), "CARD PAYMENT %s %s" % (c.card(style="none") if c.hot else "****" + rdig(c.r, 4), c.ch(["TESCO", "AMAZON UK", "TFL TRAVEL"])),
                amount_en(c.r, 2, 300, ""), "", amount_en(c.r, 100, 20000, "")]
    c.hot = False
    return [c.date("en"), c.ch(["DIRECT DEBIT HMRC", "STANDING ORDER RENT", "INTEREST", "ATM WITHDRAWAL"]),
            amount_en(c.r, 2, 900, ""), "", amount_en(c.r, 100, 20000, "")]


table("en_uk_statement", "en", ["Date", "Description", "Paid out", "Paid in", "Balance"], _uk_stmt,
      fmts=["csv,", "fixed", "tsv", "ascii"], title="Business current account statement")
table("x_de_lieferanten", None, ["Lieferant", "BLZ", "Kontonummer", "Bank"],
      lambda c: (lambda d: [c.ch(DE_COMP), d[0], d[1], next(b[0] for b in DE_BANKS if b[1] == d[0])])(c.de_acct()),
      fmts=["csv;", "tsv", "md", "ascii"])
table("x_de_kontonummer_blz", None, ["Kontonummer;BLZ", "Kontoinhaber", "Betrag"],
      lambda c: (lambda d: [d[1] + ";" + d[0], c.ch(DE_COMP), amount_it(c.r, 10, 9000, "")])(c.de_acct()),
      fmts=["tsv", "md", "fixed"])
table("x_fr_rib", None, ["Fournisseur", "Code banque", "Code guichet", "N° de compte", "Clé RIB"],
      lambda c: (lambda f: [c.ch(FR_COMP), f[0], f[1], f[2], f[3]])(c.fr_rib()),
      fmts=["csv;", "tsv", "md", "ascii", "fixed"])
table("x_fr_rib_str", None, ["Titulaire", "RIB", "Domiciliation"],
      lambda c: [c.ch(FR_COMP), c.fr_rib_str(), c.ch(["PARIS OPERA", "LYON BELLECOUR", "NANTES CENTRE", "LILLE"])],
      fmts=["csv;", "tsv", "md"])
table("x_es_ccc", None, ["Proveedor", "Entidad", "Oficina", "DC", "Cuenta"],
      lambda c: (lambda e: [c.ch(ES_COMP), e[0], e[1], e[2], e[3]])(c.es_ccc()),
      fmts=["csv;", "tsv", "md", "ascii"])
table("x_es_ccc_str", None, ["Proveedor", "Entidad Oficina DC Cuenta", "Importe"],
      lambda c: [c.ch(ES_COMP), c.es_ccc_str(), amount_it(c.r, 10, 9000, "")], fmts=["tsv", "md", "fixed", "csv;"])
table("x_de_iban", None, ["Name", "IBAN", "BIC"],
      lambda c: (lambda b: [c.ch(DE_COMP), c.iban("DE"), b[2]])(c.ch(DE_BANKS)), fmts=["csv;", "tsv", "md"])
table("en_dd_mandates", "en", ["mandate_ref", "customer", "sort_code", "account_number", "status"],
      lambda c: (lambda u: ["DDM" + rdig(c.r, 8), c.name(), u[0], u[1], c.ch(["active", "cancelled", "pending"])])(c.uk_acct()))


def _wh_en(c):
    hdr = ("Bearer " + c.tok()) if c.hot else c.ch(["Bearer ***", "-", "Bearer {{token}}"])
    return [c.ts(), c.ch(["payment_intent.succeeded", "payout.failed", "charge.refunded", "account.updated"]),
            "https://" + c.ch(["hooks.merchant.example", "api.shop.example.com", "erp.example.co.uk"]) + "/psp",
            c.ch(["200", "500", "502", "401", "timeout"]), c.n(1, 8), hdr]


table("en_webhooks", "en", ["delivered_at", "event", "endpoint", "status", "attempt", "authorization"], _wh_en,
      fmts=["csv,", "tsv", "md", "ascii"], title="Webhook delivery log")
table("en_users_pin", "en", ["user", "email", "role", "pin", "last_login"],
      lambda c: (lambda nm: [nm.lower().replace(" ", "_"), c.email(nm), c.ch(["admin", "agent", "viewer"]), c.pin(), c.ts()])(c.name()))
table("en_refresh", "en", ["user", "refresh_token", "expires"],
      lambda c: [c.cid(), c.rtok(), c.ts()], fmts=["csv,", "tsv", "json"])
table("en_integrations", "en", ["service", "key", "owner", "rotated"],
      lambda c: [c.ch(["Stripe", "AWS", "GitHub Actions", "SendGrid", "Slack alerts", "Google Places", "OpenAI", "GitLab CI", "Adyen"]),
                 c.vkey(), c.email(), c.date("iso")], title="Third-party keys inventory")
table("en_issuing", "en", ["card_id", "cardholder", "pan", "expiry", "cvc", "pin"],
      lambda c: ["ic_" + rs(c.r, 20), c.name(), c.card(), c.exp(), c.cvv(3), c.pin(4)], fmts=["csv,", "tsv", "md", "ascii"],
      title="Issued cards")
table("en_chargebacks", "en", ["case_id", "card_number", "amount", "reason_code", "deadline"],
      lambda c: ["CB-" + rdig(c.r, 7), c.card(), amount_en(c.r, 5, 2000), c.ch(["10.4", "13.1", "4837", "4853"]), c.date("iso")])
table("en_terminal_log", "en", ["terminal", "pan", "entry_mode", "result", "stan"],
      lambda c: ["TID" + rdig(c.r, 8), c.card(), c.ch(["chip", "contactless", "swipe", "manual"]), c.ch(["APPROVED", "DECLINED 05", "DECLINED 51"]),
                 rdig(c.r, 6)], fmts=["csv,", "fixed", "tsv"])
table("en_multi_iban", "en", ["Country", "Account holder", "IBAN", "BIC"],
      lambda c: (lambda cc: [cc, c.name(), c.iban(cc), c.bic()])(c.ch(["NL", "BE", "AT", "CH", "PT", "IE", "LU", "FR", "ES", "DE"])))
table("en_keys_sheet", "en", ["service", "key_type", "private_key", "fingerprint"],
      lambda c: [c.ch(["sftp-bank", "ebics", "jwt-signing", "mtls-client"]), c.ch(["RSA 2048", "EC P-256", "Ed25519"]), c.pkey(inline=True),
                 "SHA256:" + rs(c.r, 43, A62 + "+/")], fmts=["csv,", "tsv", "csv;"], rows=(1, 3))


def _conn(c):
    user = c.ch(["app", "recon", "readonly", "etl"])
    host = c.ch(["db-prod.internal", "10.0.4.12", "pg.acme.example", "mysql-replica-2"])
    if c.hot:
        pw = c.sec("password", make_pw(c.r).replace("@", "#").replace("?", "!").replace("/", "").replace("#", "%23"))
    else:
        pw = c.ch(["${DB_PASSWORD}", "****", "<password>"])
    return [c.ch(["ledger", "payouts", "reporting", "crm"]),
            "%s://%s:%s@%s:%s/%s" % (c.ch(["postgres", "mysql", "postgresql"]), user, pw, host, c.ch(["5432", "3306"]), c.ch(["prod", "ledger", "core"])),
            c.ch(["owner: data team", "", "read replica"])]


table("en_db_conns", "en", ["name", "connection_string", "notes"], _conn, fmts=["csv,", "tsv", "md", "kv"], rows=(1, 6))
table("en_session_cookies", "en", ["user", "cookie", "value", "expires"],
      lambda c: [c.email(), c.ch(["session", "sid", "__Host-sess", "connect.sid"]), c.tok(), c.ts()], fmts=["csv,", "tsv", "md"])
table("en_gb_ibans", "en", ["Payee", "IBAN", "Sort code", "Account"],
      lambda c: (lambda u: [c.comp(), c.iban("GB"), u[0], u[1]])(c.uk_acct()), fmts=["csv,", "tsv", "md"])

# English look-alike-only tables
table("en_sortcode_dir", "en", ["Sort code", "Bank", "Branch", "Address"],
      lambda c: (lambda b, ct: [b[2] + "-" + rdig(c.r, 2) + "-" + rdig(c.r, 2), b[0], ct[0] + " " + c.ch(["High St", "City", "Central"]),
                                c.n(1, 200) + " " + c.ch(["High Street", "King St", "Market Sq"]) + ", " + ct[1]])(c.ch(UK_BANKS), c.ch(UK_CITY)),
      pos=False, rows=(3, 25), title="Sort code directory")
table("en_orders", "en", ["order_id", "date", "customer", "total", "items", "tracking"],
      lambda c: [c.order(), c.date("iso"), c.name(), amount_en(c.r, 5, 900), c.n(1, 12), c.track()], pos=False, rows=(3, 30))
table("en_invoices", "en", ["invoice", "date", "customer", "VAT number", "net", "VAT", "gross"],
      lambda c: [c.inv(), c.date("en"), c.comp(), c.ch(["GB" + rdig(c.r, 9), "IT" + make_piva(c.r), "DE" + rdig(c.r, 9)]),
                 amount_en(c.r, 10, 9000, ""), amount_en(c.r, 1, 1800, ""), amount_en(c.r, 10, 9999, "")], pos=False, rows=(3, 30))
table("en_api_log", "en", ["request_id", "method", "path", "status", "latency_ms", "timestamp"],
      lambda c: [c.uuid(), c.ch(["GET", "POST", "DELETE"]), c.ch(["/v2/payments", "/v2/accounts/" + c.uuid(), "/oauth2/token", "/v2/refunds"]),
                 c.ch(["200", "201", "400", "403", "500"]), c.n(5, 4000), c.tsms()], pos=False, rows=(3, 40))
table("en_digests", "en", ["image", "tag", "digest"],
      lambda c: [c.ch(["psp/api", "psp/worker", "psp/webhooks"]), "v1.%d.%d" % (c.r.randint(0, 30), c.r.randint(0, 9)), "sha256:" + c.sha()],
      pos=False, rows=(2, 15))
table("en_catalog", "en", ["sku", "gtin", "description", "stock", "price"],
      lambda c: ["SKU-" + rdig(c.r, 5), c.ean(), c.ch(["Espresso beans 1kg", "Card reader stand", "Receipt paper roll", "USB-C cable"]),
                 c.n(0, 90000), amount_en(c.r, 1, 400)], pos=False, rows=(3, 30))
table("en_payments_list", "en", ["payment_id", "created", "amount", "currency", "status", "card_last4", "client_id"],
      lambda c: [c.payid(), c.ts(), amount_plain(c.r, 1, 5000), c.ch(["EUR", "GBP"]), c.status(), rdig(c.r, 4), c.cid()],
      pos=False, rows=(3, 30))
table("en_users_masked", "en", ["username", "email", "password", "pin_status", "mfa"],
      lambda c: (lambda nm: [nm.lower().replace(" ", "."), c.email(nm), c.ch(["********", "", "••••••••", "(set)"]),
                             c.ch(["PIN reset requested", "active", "locked", "never set"]), c.ch(["totp", "sms", "none"])])(c.name()),
      pos=False, rows=(2, 20))
table("en_luhn_fail", "en", ["case", "card number", "expected"],
      lambda c: ["TC-" + c.n(100, 999), fmt_card(c.r, bad_luhn(c.r), c.ch(["space", "none", "dash"])), "reject: invalid checksum"],
      pos=False, rows=(2, 10), title="Negative test data (numbers fail the Luhn check on purpose)")
table("en_fees", "en", ["merchant_id", "transactions", "volume_cents", "fees_cents", "updated_ms"],
      lambda c: ["acct_" + rs(c.r, 16), c.n(10, 90000), c.n(10 ** 5, 10 ** 11), c.n(100, 10 ** 8), c.tsms()], pos=False, rows=(2, 20))
table("x_blz_dir", None, ["BLZ", "Bezeichnung", "BIC", "Ort"],
      lambda c: (lambda b: [b[1], b[0], b[2], c.ch(["Berlin", "Köln", "Frankfurt am Main", "München"])])(c.ch(DE_BANKS)),
      pos=False, rows=(2, 8), fmts=["csv;", "tsv", "md"])
table("en_phone_dir", "en", ["name", "team", "phone", "extension"],
      lambda c: [c.name(), c.ch(["Finance", "Support", "Risk"]), c.phone(), c.n(100, 999)], pos=False, rows=(3, 20))
table("en_iban_masked", "en", ["customer", "iban", "last_collection", "result"],
      lambda c: [c.name(), mask_iban(c.r, make_iban(c.r)), amount_en(c.r), c.ch(["paid", "returned AC04", "returned MS03"])],
      pos=False, rows=(2, 20))
table("en_bad_ibans", "en", ["row", "holder", "iban_submitted", "error"],
      lambda c: [c.n(1, 900), c.name(), fmt_iban(c.r, bad_iban(c.r)), c.ch(["checksum mismatch", "invalid IBAN check digits"])],
      pos=False, rows=(1, 10), title="Import rejects")
table("en_shipments", "en", ["tracking_number", "carrier", "weight_kg", "parcels", "postcode"],
      lambda c: [c.track(), c.ch(["UPS", "DHL", "Royal Mail", "DPD"]), amount_plain(c.r, 0, 40), c.n(1, 5), c.ch(UK_CITY)[1]],
      pos=False, rows=(3, 30))
table("en_bic_list", "en", ["bank", "bic", "country"],
      lambda c: (lambda b: [b[0], b[3], "GB"])(c.ch(UK_BANKS)), pos=False, rows=(2, 6))


# ---------------------------------------------------------------------------
# DOCUMENT SKELETONS -- helpers
# ---------------------------------------------------------------------------
def wrapped_iban(c, cc=None, sep="\n"):
    ib = fmt_iban(c.r, make_iban(c.r, cc), c.ch(["g4", "g4", "compact"]))
    if not c.hot:
        return c.iban_decoy(cc)
    if " " in ib:
        parts = ib.split(" ")
        k = c.r.randint(2, len(parts) - 2)
        v = " ".join(parts[:k]) + sep + " ".join(parts[k:])
    else:
        k = c.r.randint(8, len(ib) - 6)
        v = ib[:k] + sep + ib[k:]
    return c.sec("iban", v)


def boxed(c, s):
    return c.ch([" ", "  ", " | "]).join(s)


def kvlines(c, pairs, sep=None, align=None):
    sep = sep if sep is not None else c.ch([": ", ": ", " : ", "\t", " - "])
    align = c.r.random() < 0.4 if align is None else align
    w = max(len(k) for k, _ in pairs) + 1
    out = []
    for k, v in pairs:
        if k is None:
            out.append(v)
        elif align and sep.strip() == ":":
            out.append((k + ":").ljust(w + 1) + " " + v)
        else:
            out.append(k + sep + v)
    return "\n".join(out)


def movements_it(c, n):
    lines = []
    for _ in range(n):
        lines.append("%s  %s  %-44s %12s" % (c.date("it"), c.date("it"), c.ch([
            "BONIFICO SEPA DA %s" % c.comp().upper(), "PAGAMENTO POS %s" % c.city().upper(), "ADDEBITO SDD %s" % c.ch(["ENEL ENERGIA", "TIM", "A2A", "FASTWEB"]),
            "COMMISSIONI", "GIROCONTO", "PRELIEVO BANCOMAT", "STIPENDIO", "RID %s" % rdig(c.r, 8)]), c.amt_it(1, 3000)))
    return "\n".join(lines)


def movements_en(c, n):
    lines = []
    for _ in range(n):
        lines.append("%-12s %-38s %10s %10s" % (c.date("en"), c.ch([
            "FPI %s REF %s" % (c.comp().upper()[:16], rdig(c.r, 6)), "CARD PAYMENT TO %s" % c.ch(["TESCO", "SHELL", "PRET A MANGER"]),
            "DD %s" % c.ch(["HMRC", "BT GROUP", "EDF ENERGY"]), "BGC PAYROLL", "CHQ " + rdig(c.r, 6), "TFR TO SAVINGS"]),
            amount_en(c.r, 1, 3000, ""), amount_en(c.r, 100, 40000, "")))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# DOCUMENT SKELETONS -- Italian
# ---------------------------------------------------------------------------
@doc("it_pdf_estratto", "it", "pdf-text")
def _(c):
    b = c.itbank()
    nm = c.name().upper()
    ct = c.ch(IT_CITY)
    cin, abi, cab, conto, iban = c.it_full(b)
    head = "%s\nEstratto conto corrente ordinario al %s\nPagina 1 di %d\n\nIntestatario: %s\n%s %s\n%s %s (%s)\n" % (
        b[0].upper(), c.date("it"), c.r.randint(1, 4), nm, c.ch(IT_STREET), c.n(1, 120), ct[2], ct[0], ct[1])
    coords = c.ch([
        "Coordinate bancarie\nIBAN: %s    BIC: %s\nABI %s  CAB %s  C/C %s\n" % (iban, b[2], abi, cab, conto),
        "IBAN %s\nCodice BIC/SWIFT %s   Rapporto n. %s\n" % (iban, b[2], conto),
        "Conto n. %s   ABI %s   CAB %s   CIN %s\nIBAN %s\n" % (conto, abi, cab, cin, iban)])
    saldo = "\nSaldo iniziale     %s\n" % c.amt_it(100, 90000)
    mov = "Data op.    Valuta      Descrizione                                     Importo\n" + movements_it(c, c.r.randint(2, 14))
    tail = "\nSaldo finale       %s\n\nImposta di bollo assolta in modo virtuale - Aut. n. %s" % (c.amt_it(100, 90000), rdig(c.r, 6))
    return head + coords + saldo + mov + tail


@doc("it_pdf_fattura", "it", "pdf-text")
def _(c):
    ct = c.ch(IT_CITY)
    comp, cli = c.comp(), c.comp()
    righe = "\n".join("%-36s %4s  %10s  %10s  22%%" % (c.ch(["Consulenza tecnica", "Canone mensile gateway", "Commissioni transato", "Noleggio POS",
                                                          "Assistenza sistemistica", "Licenza software"]), c.n(1, 20), c.amt_it(10, 900), c.amt_it(10, 9000))
                      for _ in range(c.r.randint(1, 8)))
    pay = c.pick(lambda: "Modalità di pagamento: Bonifico bancario\nIBAN: %s\nBanca: %s" % (c.iban("IT"), c.itbank()[0]),
                 lambda: "Pagamento: bonifico 30 gg d.f.f.m. sul conto\nIBAN %s" % wrapped_iban(c, "IT"),
                 lambda: "Coordinate per il pagamento:\nIntestatario %s\nIBAN\n%s" % (comp, c.iban("IT", "g4")))
    return ("FATTURA N. %s del %s\n\nCedente/Prestatore: %s\n%s %s - %s %s\nP.IVA %s  C.F. %s\n\nCessionario/Committente: %s\nP.IVA %s\n"
            "Codice destinatario SDI: %s\n\nDescrizione                            Q.tà  Prezzo unit.  Importo     IVA\n%s\n\n"
            "Imponibile %s\nIVA 22%% %s\nTOTALE DOCUMENTO € %s\n\n%s\nScadenza: %s") % (
        c.inv(), c.date("it"), comp, c.ch(IT_STREET), c.n(1, 99), ct[2], ct[0], c.piva(), c.piva(), cli, c.piva(),
        rs(c.r, 7, string.ascii_uppercase + string.digits), righe, c.amt_it(), c.amt_it(), c.amt_it(), pay, c.date("it"))


@doc("it_pdf_bonifico", "it", "pdf-text")
def _(c):
    b = c.itbank()
    cin, abi, cab, conto = c.it_acct(b)
    return ("DISPOSIZIONE DI BONIFICO SEPA\n%s - Filiale di %s\n\nORDINANTE\nNome: %s\nConto di addebito: %s\nABI %s CAB %s\n\n"
            "BENEFICIARIO\nNome: %s\nIBAN: %s\nBIC: %s\n\nImporto: EUR %s\nData esecuzione: %s\nCausale: %s\n"
            "Tipo: %s\n\nTRN: %s\nStato: %s") % (
        b[0], c.city(), c.name(), conto, abi, cab, c.comp(), c.iban(), c.bic(), c.amt_it(), c.date("it"),
        c.ch(["Saldo fattura " + c.inv(), "Acconto ordine " + c.order(), "Rimborso spese", "Affitto " + c.ch(["maggio", "giugno"])]),
        c.ch(["SEPA ordinario", "SEPA istantaneo", "bonifico urgente"]), c.cro(), c.ch(["Eseguito", "In lavorazione", "Prenotato"]))


@doc("it_pdf_mandato_sdd", "it", "pdf-text")
def _(c):
    b = c.itbank()
    cin, abi, cab, conto, iban = c.it_full(b, "compact")
    box = iban
    if c.hot and c.r.random() < 0.5:
        c.secrets = [s for s in c.secrets if s[1] != iban]
        box = c.sec("iban", boxed(c, iban.replace(" ", "")))
    return ("MANDATO PER ADDEBITO DIRETTO SEPA (SDD CORE)\nRiferimento del mandato: %s\nIdentificativo del creditore: %s\n\n"
            "Sottoscrivendo il presente mandato si autorizza il creditore a richiedere alla banca del debitore l'addebito del suo conto.\n\n"
            "Nome del debitore: %s\nCodice fiscale: %s\nIndirizzo: %s %s, %s\n\nCodice IBAN del debitore:\n%s\n"
            "Banca: %s   ABI: %s   CAB: %s   CIN: %s   Numero conto: %s\nCodice SWIFT (BIC): %s\n\n"
            "Tipo di pagamento: %s\nLuogo e data: %s, %s\nFirma: ____________________") % (
        "MND" + rdig(c.r, 10), creditor_id(c.r), c.name(), c.cf(), c.ch(IT_STREET), c.n(1, 200), c.city(), box, b[0], abi, cab, cin, conto,
        b[2], c.ch(["ricorrente", "singolo"]), c.city(), c.date("it"))


@doc("it_onboarding", "it", "pdf-text")
def _(c):
    b = c.itbank()
    cin, abi, cab, conto, iban = c.it_full(b)
    nm = c.name()
    return ("MODULO DI ADESIONE ESERCENTE\n\nSEZIONE A - DATI AZIENDA\nRagione sociale: %s\nPartita IVA: %s\nCodice fiscale: %s\n"
            "Sede legale: %s %s, %s\nPEC: %s\nTelefono: %s\n\nSEZIONE B - LEGALE RAPPRESENTANTE\n%s\nC.F. %s\n\n"
            "SEZIONE C - CONTO DI REGOLAMENTO\nCodice IBAN: %s\nIntestatario: %s\nBanca: %s\nABI: %s\nCAB: %s\nCIN: %s\nNumero conto: %s\n\n"
            "SEZIONE D - SERVIZI\n[X] POS fisico   [ ] E-commerce   [X] Link di pagamento\nMCC: %s\n\nData %s   Firma ______") % (
        c.comp(), c.piva(), c.piva(), c.ch(IT_STREET), c.n(1, 90), c.city(), "amministrazione@pec.example.it", c.phone(), nm, c.cf(),
        iban, c.comp(), b[0], abi, cab, cin, conto, c.ch(["5812", "5411", "7011", "5999"]), c.date("it"))


@doc("it_procedura_word", "it", "docx-text")
def _(c):
    user = c.ch(["tesoreria01", "amministrazione", "ops.riconciliazione", "m.bianchi"])
    steps = ["1. Aprire il browser e collegarsi a https://hb.banca.example/corporate.",
             "2. Inserire l'utente %s e la password %s." % (user, c.pw()),
             "3. Alla richiesta del codice, usare il PIN dispositivo %s oppure il token fisico." % c.pin(5),
             "4. Dal menu Rendicontazione scaricare il file CBI del giorno precedente.",
             "5. Caricare il file nel gestionale con il token API %s." % c.tok(),
             "6. Verificare che la somma dei movimenti corrisponda al report del PSP (client id %s)." % c.cid(),
             "7. In caso di squadrature aprire un ticket indicando payment id e importo, mai i dati carta."]
    c.r.shuffle(steps[3:6])
    return ("PROCEDURA OPERATIVA PO-%02d\nRiconciliazione giornaliera incassi\nVersione %d.%d - Redatta da %s - %s\n\n"
            "1 SCOPO\nDescrivere le attività quotidiane di quadratura tra estratto conto e piattaforma di pagamento.\n\n"
            "2 RESPONSABILITÀ\nUfficio Tesoreria; in assenza, Ufficio Amministrazione.\n\n3 MODALITÀ OPERATIVE\n%s\n\n"
            "4 NOTE\nLe credenziali vanno cambiate ogni 90 giorni. Non inoltrare questo documento all'esterno.") % (
        c.r.randint(1, 40), c.r.randint(1, 4), c.r.randint(0, 9), c.name(), c.date("it"), "\n".join(steps))


@doc("it_admin_panel", "it", "kv")
def _(c):
    pairs = [("Merchant ID", "mch_" + rs(c.r, 14)), ("Ragione sociale", c.comp()), ("Stato", c.ch(["Attivo", "Sospeso", "In verifica"])),
             ("Partita IVA", c.piva()), ("IBAN payout", c.iban("IT")), ("Frequenza payout", c.ch(["giornaliera", "settimanale"])),
             ("Client ID", c.cid()), ("Client secret", c.csec()), ("Webhook URL", "https://shop.example.it/hooks/psp"),
             ("Ultima modifica", c.ts()), ("Modificato da", c.email())]
    if c.r.random() < 0.5:
        pairs.insert(8, ("Segreto webhook", ("whsec_" + rs(c.r, 32)) if not c.hot else c.sec("client_secret", "whsec_" + rs(c.r, 32))))
        if not c.hot:
            pairs[8] = ("Segreto webhook", c.ch(["whsec_••••••••", "[nascosto]", "Mostra"]))
    return kvlines(c, pairs, sep=c.ch([": ", "\t", "  "]))


@doc("it_form_nextline", "it", "label-next-line")
def _(c):
    nm = c.name()
    pairs = [("Nome e cognome", nm), ("Codice fiscale", c.cf()), ("Email", c.email(nm)), ("Cellulare", c.phone())]
    extra = c.pick(lambda: [("IBAN", c.iban("IT"))], lambda: [("Numero carta", c.card()), ("Scadenza", c.exp()), ("CVV", c.cvv(3))],
                   lambda: [("Codice OTP ricevuto via SMS", c.otp())], lambda: [("Password", c.pw()), ("Conferma password", "")])
    if extra[-1][0] == "Conferma password":
        extra[-1] = ("Conferma password", extra[0][1])
        if c.hot:
            c.sec("password", extra[0][1])
    return "\n".join("%s\n%s" % (k, v or "-") for k, v in pairs + extra)


@doc("it_report_riconciliazione", "it", "report")
def _(c):
    n = c.r.randint(1, 6)
    items = []
    for i in range(n):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.4)
        items.append("- %s  importo %s  carta %s  stato %s" % (c.payid(), c.amt_it(), c.card(), c.ch(["non trovato in banca", "importo diverso", "duplicato"])))
    c.hot = c.pos
    return ("REPORT DI RICONCILIAZIONE - %s\n\nTransazioni PSP: %s   Totale: € %s\nMovimenti banca: %s   Totale: € %s\nDifferenza: € %s\n\n"
            "Partite aperte:\n%s\n\nGenerato automaticamente da recon-job %s") % (
        c.date("it"), c.n(100, 9000), c.amt_it(1000, 900000), c.n(100, 9000), c.amt_it(1000, 900000), c.amt_it(1, 900), "\n".join(items), c.uuid())


@doc("it_report_payout", "it", "report")
def _(c):
    return ("Riepilogo payout n. %s\nPeriodo: %s - %s\nEsercente: %s (P.IVA %s)\n\nLordo transato      € %s\nRimborsi           -€ %s\n"
            "Commissioni        -€ %s\nNetto accreditato   € %s\n\nConto di accredito: %s\nData valuta: %s\nRiferimento bonifico: %s") % (
        "po_" + rs(c.r, 18), c.date("it"), c.date("it"), c.comp(), c.piva(), c.amt_it(1000, 90000), c.amt_it(1, 900), c.amt_it(1, 900),
        c.amt_it(1000, 90000), c.iban("IT"), c.date("it"), "E2E" + rdig(c.r, 14))


@doc("it_lettera_accredito", "it", "docx-text")
def _(c):
    nm = c.name()
    b = c.itbank()
    cin, abi, cab, conto, iban = c.it_full(b, "g4")
    return ("Spett.le Ufficio Personale\n%s\n\nOggetto: comunicazione coordinate bancarie per accredito stipendio\n\n"
            "Il/la sottoscritto/a %s, matricola %s, codice fiscale %s, chiede che a partire dalla mensilità di %s lo stipendio "
            "venga accreditato sul conto corrente a me intestato presso %s, filiale di %s:\n\nIBAN %s\n\n"
            "(ABI %s - CAB %s - c/c n. %s)\n\nDistinti saluti\n%s") % (
        c.comp(), nm, c.n(100, 9999), c.cf(), c.ch(["luglio", "settembre", "gennaio"]), b[0], c.city(), iban, abi, cab, conto, nm)


@doc("it_ricevuta_pos", "it", "receipt")
def _(c):
    d = make_card(c.r)
    pan = c.sec("card_number", fmt_card(c.r, d, c.ch(["none", "space"]))) if c.hot else c.ch(["*" * (len(d) - 4) + d[-4:], "**** **** **** " + d[-4:]])
    return ("%s\n%s %s\nP.IVA %s\n\nACQUISTO\nTML %s  ESE %s\nSTAN %s  OPER %s\nCARTA %s\nPAN %s\nSCAD **/**\nAUT. %s\n"
            "IMPORTO EUR %s\n\nTRANSAZIONE ESEGUITA\nCONSERVARE LO SCONTRINO") % (
        c.comp().upper(), c.ch(IT_STREET).upper(), c.n(1, 80), c.piva(), rdig(c.r, 8), rdig(c.r, 15), rdig(c.r, 6), rdig(c.r, 6),
        c.ch(["VISA", "MASTERCARD", "MAESTRO", "PAGOBANCOMAT"]), pan, rdig(c.r, 6), c.amt_it(1, 400))


@doc("it_modulo_rimborso", "it", "pdf-text")
def _(c):
    return ("MODULO RICHIESTA RIMBORSO\n\nNumero pratica: %s\nCliente: %s\nOrdine: %s del %s\nImporto da rimborsare: € %s\n\n"
            "Dati della carta su cui effettuare il rimborso\nNumero carta: %s\nScadenza: %s\nCodice di sicurezza (CVV2): %s\n"
            "Intestatario carta: %s\n\nMotivo: %s") % (
        "RMB-" + rdig(c.r, 6), c.name(), c.order(), c.date("it"), c.amt_it(5, 900), c.card(), c.exp(), c.cvv(3), c.name().upper(),
        c.ch(["merce non conforme", "doppio addebito", "recesso nei 14 giorni"]))


@doc("it_riba", "it", "pdf-text", pos=False)
def _(c):
    rows = []
    for _ in range(c.r.randint(2, 15)):
        b = c.itbank()
        rows.append("%-30s %-16s %s %s %10s  %s" % (c.comp(), c.piva(), b[1], c.ch("0123") + rdig(c.r, 4), c.amt_it(10, 9000), c.date("it")))
    return ("DISTINTA PRESENTAZIONE RI.BA. N. %s\nPresentatore: %s\n\nDebitore                       P.IVA            ABI   CAB       Importo  Scadenza\n%s\n\n"
            "Totale effetti: %d   Totale importo: € %s") % (c.n(1, 300), c.comp(), "\n".join(rows), len(rows), c.amt_it(1000, 90000))


@doc("it_cbi_flat", "it", "cbi-text")
def _(c):
    cin, abi, cab, conto = c.it_acct()
    acct = conto if conto else " " * 12
    hdr = " RH%s%s%s%s" % (abi, rdig(c.r, 5), c.date("it").replace("/", "")[:6], rs(c.r, 20, string.ascii_uppercase + string.digits))
    full = abi + cab + acct.rjust(12)
    if c.hot:
        c.sec("bank_account", full)
    r61 = " 610000001%s%s %s EUR%s" % (rdig(c.r, 5), "CC", full, c.date("it").replace("/", "")[:6])
    mov = "\n".join(" 620000001%03d%s%s%s%s" % (i + 1, c.date("it").replace("/", "")[:6], c.ch("CD"), rdig(c.r, 15), c.ch(["BONIFICO", "DISPOSIZIONE", "COMMISSIONI"]))
                    for i in range(c.r.randint(1, 8)))
    return ("Estratto del flusso CBI RH (tracciato fisso):\n\n%s\n%s\n%s\n 640000001EUR%s\n EF%s\n\nRecord 61: ABI %s, CAB %s, conto %s") % (
        hdr, r61, mov, rdig(c.r, 15), rdig(c.r, 20), abi, cab, conto or "n/d")


@doc("it_f24", "it", "pdf-text")
def _(c):
    nm = c.name().upper()
    return ("MODELLO F24 - Delega irrevocabile a: %s\nAgenzia %s\n\nCONTRIBUENTE\nCodice fiscale %s\nCognome, denominazione o ragione sociale %s\n\n"
            "SEZIONE ERARIO\ncodice tributo  anno    importi a debito\n%s\n\nSALDO FINALE EURO %s\n\nESTREMI DEL VERSAMENTO\n"
            "Codice IBAN del conto corrente addebitato: %s\nData %s") % (
        c.itbank()[0], c.city(), c.cf(), nm,
        "\n".join("%s            %s    %s" % (c.ch(["1001", "1040", "1627", "6099"]), c.ch(["2024", "2023"]), c.amt_it(10, 9000)) for _ in range(c.r.randint(1, 5))),
        c.amt_it(10, 30000), c.iban("IT", "compact"), c.date("it"))


@doc("it_tracciabilita", "it", "docx-text")
def _(c):
    deleg = "\n".join("- %s, nato/a a %s il %s, C.F. %s" % (c.name(), c.city(), c.date("it"), c.cf()) for _ in range(c.r.randint(1, 3)))
    return ("DICHIARAZIONE AI SENSI DELL'ART. 3 DELLA LEGGE 136/2010 (tracciabilità dei flussi finanziari)\n\n"
            "Il sottoscritto %s, legale rappresentante di %s (P.IVA %s), in relazione al contratto CIG %s,\n\nDICHIARA\n\n"
            "che il conto corrente dedicato è il seguente:\nIBAN %s\npresso %s\n\ne che le persone delegate ad operare su di esso sono:\n%s\n\n"
            "Si impegna a comunicare tempestivamente ogni variazione.\n%s, %s") % (
        c.name(), c.comp(), c.piva(), rs(c.r, 10, string.ascii_uppercase + string.digits), c.iban("IT"), c.itbank()[0], deleg, c.city(), c.date("it"))


@doc("it_dashboard_api", "it", "dashboard")
def _(c):
    pub = "pub_live_" + rs(c.r, 24)
    sk = c.tok() if c.hot else c.ch(["spk_live_" + "•" * 20 + rs(c.r, 4), "Clicca 'Mostra' per visualizzare"])
    return ("Sviluppatori > Chiavi API\n\nModalità: %s\n\nChiave pubblicabile\n%s\nCreata il %s\n\nChiave segreta\n%s\nUltimo utilizzo: %s\n\n"
            "Client OAuth\nclient_id      %s\nclient_secret  %s\nRedirect URI   https://app.example.it/oauth/callback\n\n"
            "Richieste ultime 24h: %s   Errori: %s   Latenza p95: %s ms") % (
        c.ch(["Live", "Produzione"]), pub, c.date("it"), sk, c.ts(), c.cid(), c.csec(), c.n(100, 99999), c.n(0, 500), c.n(50, 900))


@doc("it_nota_spese", "it", "pdf-text")
def _(c):
    rows = "\n".join("%s  %-28s %10s" % (c.date("it"), c.ch(["Hotel", "Treno Frecciarossa", "Taxi", "Pranzo cliente", "Parcheggio"]), c.amt_it(5, 500))
                     for _ in range(c.r.randint(2, 10)))
    return ("NOTA SPESE - %s\nDipendente: %s   Centro di costo: CC%s\n\nSpese sostenute con carta aziendale n. %s (scad. %s)\n\n%s\n\nTotale: € %s\n"
            "Approvato da: %s") % (c.ch(["Marzo", "Aprile", "Maggio"]) + " 2024", c.name(), c.n(100, 999), c.card(), c.exp(), rows, c.amt_it(10, 3000), c.name())


@doc("it_excel_iban_diviso", "it", "tsv")
def _(c):
    rows = []
    for i in range(c.r.randint(1, 6)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        nm = c.name()
        ib = fmt_iban(c.r, make_iban(c.r, "IT"), "g4")
        p = ib.split(" ")
        if c.hot:
            v = c.sec("iban", " ".join(p[:4]) + "\t" + " ".join(p[4:]))
            rows.append("%s\t%s\t%s" % (nm, v, c.amt_it()))
        else:
            rows.append("%s\t%s\t%s\t%s" % (nm, " ".join(p[:2]) + " ****", "**** " + p[-1], c.amt_it()))
    c.hot = c.pos
    return ("Vi incollo dal foglio (l'IBAN è spezzato su due colonne perché la cella era troppo stretta):\n\nNominativo\tIBAN (1)\tIBAN (2)\tImporto\n" + "\n".join(rows))


@doc("it_verbale_incidente", "it", "docx-text")
def _(c):
    return ("VERBALE INCIDENTE INC-%s\nData: %s    Severità: %s\n\nDescrizione\nDalle %02d:%02d le chiamate a /v1/payouts restituivano 401.\n\n"
            "Estratto log:\n%s POST /oauth/token client_id=%s status=200\n%s GET /v1/payouts Authorization: Bearer %s status=401\n"
            "%s trace_id=%s span=%s\n\nCausa: token scaduto non rinnovato dal job di refresh (refresh_token %s).\n"
            "Azioni: rotazione credenziali, alert su scadenza.") % (
        rdig(c.r, 5), c.date("it"), c.ch(["Alta", "Media"]), c.r.randint(0, 23), c.r.randint(0, 59), c.ts(), c.cid(), c.ts(), c.tok(), c.ts(),
        rs(c.r, 32, HEX), rs(c.r, 16, HEX), c.rtok())


@doc("it_documento_sintesi", "it", "pdf-text")
def _(c):
    return ("DOCUMENTO DI SINTESI\nConto corrente %s\n\nIntestatario: %s\nIBAN: %s\n\nCanone mensile: € %s\nTasso creditore annuo nominale: %s%%\n"
            "Commissione bonifico SEPA online: € %s\nCarta di debito: %s\nISC (indicatore sintetico di costo): € %s") % (
        c.ch(["Conto Facile", "Conto Business Plus", "Conto Giovani"]), c.name(), c.iban("IT"), c.amt_it(0, 20), c.ch(["0,00", "0,10", "0,50"]),
        c.amt_it(0, 2), c.card_decoy() if c.r.random() < 0.7 else c.card(), c.amt_it(10, 300))


@doc("it_sftp_scheda", "it", "kv")
def _(c):
    key = c.pkey()
    return ("Scheda connessione SFTP banca\n\nHost: sftp.%s.example\nPorta: %s\nUtente: %s\nPassword: %s\nDirectory invio: /in/cbi\n"
            "Directory esiti: /out/esiti\nFingerprint host: SHA256:%s\n\nChiave privata (formato OpenSSH):\n%s") % (
        c.ch(["banca", "cbi-gateway", "tesoreria"]), c.ch(["22", "2222", "10022"]), c.ch(["azienda01", "cbi_" + rdig(c.r, 5)]), c.pw(),
        rs(c.r, 43, A62 + "+/"), key)


@doc("it_sms_export", "it", "csv")
def _(c):
    rows = []
    for i in range(c.r.randint(1, 12)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.4)
        code = c.otp()
        txt = ("Il tuo codice di verifica %s è %s. Non condividerlo con nessuno." % (c.ch(["Sportello", "BancaX", "PayApp"]), code)) if c.hot else \
            c.ch(["Il tuo PIN è stato reimpostato. Se non sei stato tu chiama il %s." % c.phone(), "Pagamento di € %s autorizzato." % c.amt_it(1, 300),
                  "Richiesta di reset PIN ricevuta: pratica %s" % rdig(c.r, 8)])
        rows.append('%s;%s;"%s"' % (c.ts(), c.phone(), txt))
    c.hot = c.pos
    return "data_invio;destinatario;testo\n" + "\n".join(rows)


@doc("it_pagopa", "it", "pdf-text", pos=False)
def _(c):
    while True:
        av = "3" + rdig(c.r, 17)
        if not luhn_ok(av):
            break
    return ("AVVISO DI PAGAMENTO pagoPA\nEnte Creditore: Comune di %s\nCodice Fiscale Ente: %s\nDestinatario: %s (C.F. %s)\n\nOggetto: %s\n"
            "Importo: %s euro\nEntro il: %s\n\nCodice Avviso: %s\nCodice CBILL: %s\n\nPuoi pagare presso banche, uffici postali, tabaccherie o con l'app IO.") % (
        c.city(), c.piva(), c.name(), c.cf(), c.ch(["TARI 2024 rata 1", "Mensa scolastica", "Sanzione CdS"]), c.amt_it(10, 900), c.date("it"),
        " ".join([av[:4], av[4:8], av[8:12], av[12:16], av[16:]]), rs(c.r, 5, string.ascii_uppercase))


@doc("it_fatturapa_xml", "it", "xml")
def _(c):
    return ("<DettaglioPagamento>\n  <Beneficiario>%s</Beneficiario>\n  <ModalitaPagamento>MP05</ModalitaPagamento>\n"
            "  <DataScadenzaPagamento>%s</DataScadenzaPagamento>\n  <ImportoPagamento>%s</ImportoPagamento>\n  <IstitutoFinanziario>%s</IstitutoFinanziario>\n"
            "  <IBAN>%s</IBAN>\n  <ABI>%s</ABI>\n  <CAB>%s</CAB>\n  <BIC>%s</BIC>\n</DettaglioPagamento>") % (
        c.comp(), c.date("iso"), c.amt_plain(), c.itbank()[0], c.iban("IT", "compact"), c.itbank()[1], c.ch("0123") + rdig(c.r, 4), c.bic())


@doc("it_visura", "it", "pdf-text", pos=False)
def _(c):
    return ("VISURA ORDINARIA SOCIETÀ DI CAPITALE\n\nDenominazione: %s\nCodice fiscale e n. iscr. al Registro Imprese: %s\nPartita IVA: %s\n"
            "Numero REA: %s-%s\nIndirizzo PEC: %s\nCapitale sociale: euro %s i.v.\nData atto di costituzione: %s\nCodice ATECO: %s\n"
            "Amministratore unico: %s, C.F. %s") % (
        c.comp(), c.piva(), c.piva(), c.ch(["MI", "RM", "TO", "BO"]), rdig(c.r, 7), "info@pec.example.it", c.amt_it(10000, 500000), c.date("it"),
        "%02d.%02d.%02d" % (c.r.randint(10, 96), c.r.randint(1, 99), c.r.randint(0, 99)), c.name(), c.cf())


@doc("it_autorizzazione_carta", "it", "pdf-text")
def _(c):
    return ("HOTEL %s - AUTORIZZAZIONE ADDEBITO CARTA DI CREDITO\n\nIl/La sottoscritto/a %s autorizza l'hotel ad addebitare sulla carta sotto indicata "
            "l'importo di € %s relativo alla prenotazione n. %s (arrivo %s, partenza %s).\n\nCircuito: %s\nNumero carta: %s\n"
            "Data di scadenza: %s\nCVV: %s\nTitolare: %s\n\nFirma ____________  Data %s") % (
        c.ch(["BELVEDERE", "MIRAMARE", "DELLE ROSE"]), c.name(), c.amt_it(80, 3000), rdig(c.r, 7), c.date("it"), c.date("it"),
        c.ch(["Visa", "Mastercard", "American Express"]), c.card(), c.exp(), c.cvv(), c.name().upper(), c.date("it"))


@doc("it_estratto_carta", "it", "pdf-text")
def _(c):
    d = make_card(c.r)
    num = c.sec("card_number", fmt_card(c.r, d, "space")) if c.hot else d[:4] + " **** **** " + d[-4:]
    rows = "\n".join("%s  %-30s %10s" % (c.date("it"), c.ch(["AMAZON EU", "ESSELUNGA", "TRENITALIA", "BOOKING.COM", "IKEA"]), c.amt_it(2, 800))
                     for _ in range(c.r.randint(2, 15)))
    return ("ESTRATTO CONTO CARTA DI CREDITO\nTitolare: %s\nCarta n. %s\nPeriodo: %s\nPlafond: € %s\n\nData      Esercente                         Importo\n%s\n\n"
            "Totale addebitato il %s sul conto %s") % (
        c.name().upper(), num, c.ch(["marzo 2024", "aprile 2024", "maggio 2024"]), c.amt_it(1000, 10000), rows, c.date("it"), c.iban_decoy("IT"))


@doc("it_lista_iban", "it", "list")
def _(c):
    out = []
    for i in range(c.r.randint(1, 10)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        out.append("%s %s -> %s%s" % (c.ch(["-", "*", "•", "%d." % (i + 1)]), c.name(), c.iban(), c.ch(["", " (nuovo)", " (verificato)", ""])))
    c.hot = c.pos
    return c.ch(["IBAN da aggiornare in anagrafica:\n", "Lista beneficiari:\n", ""]) + "\n".join(out)


@doc("it_crm_scheda", "it", "kv")
def _(c):
    nm = c.name()
    ct = c.ch(IT_CITY)
    return kvlines(c, [("Cliente", nm), ("Codice cliente", "CL" + rdig(c.r, 6)), ("Codice fiscale", c.cf()), ("Indirizzo", "%s %s" % (c.ch(IT_STREET), c.n(1, 200))),
                       ("CAP / Città", "%s %s (%s)" % (ct[2], ct[0], ct[1])), ("Telefono", c.phone()), ("Email", c.email(nm)),
                       ("Metodo di pagamento", c.ch(["SDD", "Carta", "Bonifico"])), ("IBAN", c.iban("IT")), ("Carta", c.card_decoy()),
                       ("Note", c.ch(["", "cliente storico", "richiesto cambio IBAN", "PIN reset requested"]))])


# ---------------------------------------------------------------------------
# DOCUMENT SKELETONS -- English (some with German/French/Spanish labels)
# ---------------------------------------------------------------------------
@doc("en_pdf_statement", "en", "pdf-text")
def _(c):
    bank, sort, acct = uk_parts(c.r)
    bname = next(b for b in UK_BANKS if b[1] == bank)
    sc = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    iban = iban_make("GB", bank + sort + acct)
    if c.hot:
        a = c.sec("bank_account", acct)
        ib = c.sec("iban", fmt_iban(c.r, iban, "g4"))
    else:
        a, ib = "****" + acct[-4:], mask_iban(c.r, iban)
    ct = c.ch(UK_CITY)
    return ("%s\nBusiness Current Account\nStatement %s  Sheet %s\n\n%s\n%s %s\n%s %s\n\nSort code %s   Account number %s\nIBAN %s   BIC %s\n\n"
            "Date         Description                             Paid out    Balance\n%s\n\nBalance brought forward %s\nBalance carried forward %s") % (
        bname[0].upper(), c.date("en"), c.n(1, 99), c.comp(), c.n(1, 200), c.ch(["High Street", "Station Road", "Mill Lane"]), ct[0], ct[1],
        sc, a, ib, bname[3], movements_en(c, c.r.randint(2, 16)), amount_en(c.r, 10, 50000, "£"), amount_en(c.r, 10, 50000, "£"))


@doc("en_pdf_invoice", "en", "pdf-text")
def _(c):
    sc, acct = c.uk_acct()
    lines = "\n".join("%-34s %3s %10s %11s" % (c.ch(["Consulting services", "Gateway subscription", "Card terminal rental", "Support hours", "Integration work"]),
                                              c.n(1, 30), amount_en(c.r, 10, 900, ""), amount_en(c.r, 10, 9000, "")) for _ in range(c.r.randint(1, 8)))
    pay = c.pick(lambda: "Bank: %s\nSort code: %s\nAccount number: %s\nAccount name: %s" % (c.ch(UK_BANKS)[0], sc, acct, c.comp()),
                 lambda: "Please pay by BACS to sort code %s, account %s, quoting the invoice number." % (sc, acct),
                 lambda: "IBAN: %s\nBIC: %s\n(Sort code %s / Acc %s)" % (c.iban("GB"), c.ch(UK_BANKS)[3], sc, acct))
    return ("INVOICE\n\n%s\nVAT Reg No. GB %s %s %s\n\nBill to: %s\nInvoice number: %s\nInvoice date: %s\nDue date: %s\nPO: %s\n\n"
            "Description                        Qty  Unit price      Amount\n%s\n\nSubtotal %s\nVAT 20%% %s\nTotal due £%s\n\nPayment details\n%s") % (
        c.comp(), rdig(c.r, 3), rdig(c.r, 4), rdig(c.r, 2), c.comp(), c.inv(), c.date("en"), c.date("en"), "PO" + rdig(c.r, 6), lines,
        amount_en(c.r, 10, 9000, ""), amount_en(c.r, 1, 1800, ""), amount_en(c.r, 10, 9999, ""), pay)


@doc("en_payment_order", "en", "pdf-text")
def _(c):
    return ("SEPA CREDIT TRANSFER ORDER\n\nOrdering customer\n  Name: %s\n  Debit account (IBAN): %s\n\nBeneficiary\n  Name: %s\n  IBAN: %s\n  BIC: %s\n"
            "  Bank: %s\n\nAmount: EUR %s\nRequested execution date: %s\nRemittance information: %s\nCharges: SHA\n\nEnd-to-end id: %s\nAuthorised by: %s") % (
        c.comp(), c.iban(c.ch(["IT", "DE", "FR", "NL", "GB"])), c.comp(), c.iban(), c.bic(), c.ch(["ING", "Rabobank", "BNP Paribas", "Deutsche Bank"]),
        amount_en(c.r, 10, 90000, ""), c.date("iso"), "INV " + c.inv(), "E2E" + rs(c.r, 14, string.ascii_uppercase + string.digits), c.name())


@doc("en_ddi", "en", "pdf-text")
def _(c):
    sc, acct = c.uk_acct("plain")
    boxes_sc = boxed(c, sc.replace("-", "")) if c.r.random() < 0.4 else sc
    if c.hot and c.r.random() < 0.4:
        c.secrets = [s for s in c.secrets if s[1] != acct]
        acct = c.sec("bank_account", boxed(c, acct))
    return ("Instruction to your bank or building society to pay by Direct Debit\n\nService user number: %s\nReference: %s\n\n"
            "Name(s) of account holder(s): %s\nBank/building society account number: %s\nBranch sort code: %s\n"
            "Name and full postal address of your bank: %s, %s\n\nInstruction to your bank or building society: Please pay %s Direct Debits from the "
            "account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee.\n\nSignature(s) ______  Date %s") % (
        rdig(c.r, 6), "DD-" + rdig(c.r, 8), c.name(), acct, boxes_sc, c.ch(UK_BANKS)[0], c.ch(UK_CITY)[0], c.comp(), c.date("en"))


@doc("en_kyb", "en", "pdf-text")
def _kyb_rest(c):
    sc, acct = c.uk_acct()
    return ("MERCHANT ONBOARDING - KYB FORM\n\n1. Business details\nLegal name: %s\nCompany number: %s\nVAT number: GB%s\nWebsite: https://%s.example.com\nMCC: %s\n\n"
            "2. Director\nName: %s\nDate of birth: %s\nPhone: %s\n\n3. Settlement account\nAccount name: %s\nSort code: %s\nAccount number: %s\n"
            "IBAN (EUR settlement): %s\n\n4. Expected volumes\nMonthly card volume: %s\nAverage ticket: %s") % (
        c.comp(), rdig(c.r, 8), rdig(c.r, 9), c.ch(["shop", "store", "bookings"]), c.ch(["5812", "5999", "7011"]), c.name(), c.date("en"), c.phone(),
        c.comp(), sc, acct, c.iban(c.ch(["IE", "NL", "DE", "LU"])), amount_en(c.r, 1000, 900000, "£"), amount_en(c.r, 5, 300, "£"))


@doc("en_runbook", "en", "docx-text")
def _(c):
    return ("Runbook: month-end payout reconciliation\nOwner: %s   Last reviewed: %s\n\nPurpose\nMatch acquirer settlements against bank credits and raise disputes for gaps.\n\n"
            "Access\n- Acquirer back office: https://backoffice.acquirer.example  user: %s  password: %s\n- Bank portal login uses the shared finance account; "
            "the one-time code goes to the team phone (last code used: %s).\n- API calls: export TOKEN=%s\n\nSteps\n1. Download settlement file for the month.\n"
            "2. Run recon.py --month %s --client-id %s.\n3. Investigate items above %s.\n4. File disputes within 30 days.\n\nEscalation: %s (%s)") % (
        c.name(), c.date("en"), c.ch(["finance.ops", "recon_bot", "treasury"]), c.pw(), c.otp(), c.tok(), c.ch(["2024-03", "2024-04", "2024-05"]),
        c.cid(), amount_en(c.r, 50, 500, "£"), c.name(), c.phone())


@doc("en_recon_text", "en", "report")
def _(c):
    items = []
    for i in range(c.r.randint(1, 7)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.4)
        items.append("  %-28s %12s  %-22s %s" % (c.payid(), amount_en(c.r, 1, 5000, ""), c.card(), c.ch(["missing in bank file", "amount mismatch", "duplicate"])))
    c.hot = c.pos
    return ("RECONCILIATION SUMMARY %s\n=============================\nPSP transactions : %s (%s)\nBank credits     : %s (%s)\nVariance         : %s\n\n"
            "Unmatched items:\n%s\n\nJob id %s, generated %s") % (
        c.date("iso"), c.n(100, 9000), amount_en(c.r, 1000, 900000), c.n(100, 9000), amount_en(c.r, 1000, 900000), amount_en(c.r, 1, 900),
        "\n".join(items), c.uuid(), c.ts())


@doc("en_payouts_text", "en", "report")
def _(c):
    return ("Payout %s\nStatus: %s\nExpected arrival: %s\n\nGross volume      %s\nRefunds          -%s\nFees             -%s\nNet payout        %s\n\n"
            "Destination: %s\nStatement descriptor: %s\nTrace id: %s") % (
        "po_" + rs(c.r, 24), c.status(), c.date("en"), amount_en(c.r, 100, 90000), amount_en(c.r, 1, 900), amount_en(c.r, 1, 900), amount_en(c.r, 100, 90000),
        c.pick(lambda: c.iban(), lambda: "sort code %s, account %s" % c.uk_acct()), c.comp().upper()[:22], rs(c.r, 32, HEX))


@doc("en_dashboard_keys", "en", "dashboard")
def _(c):
    return ("Developers > API keys\n\nStandard keys\nNAME            TOKEN                                      LAST USED     CREATED\n"
            "Publishable key pub_live_%s   %s   %s\nSecret key      %s   %s   %s\n\nRestricted keys\n%s\n\nWebhook endpoints: %s   Events (24h): %s") % (
        rs(c.r, 24), c.date("en"), c.date("en"), c.tok() if c.r.random() < 0.6 else c.vkey("stripe"), c.date("en"), c.date("en"),
        "reporting-ro     %s   %s" % (c.vkey("stripe_rk") if c.r.random() < 0.5 else "rk_live_...%s" % rs(c.r, 4), c.date("en")), c.n(1, 9), c.n(10, 99999))


@doc("en_admin_panel", "en", "kv")
def _(c):
    pairs = [("Account ID", "acct_" + rs(c.r, 16)), ("Business name", c.comp()), ("Status", c.ch(["Active", "Restricted", "Under review"])),
             ("Country", c.ch(["GB", "IE", "NL"])), ("Payout IBAN", c.iban()), ("Payout schedule", c.ch(["Daily", "Weekly (Mon)"])),
             ("OAuth client ID", c.cid()), ("OAuth client secret", c.csec()), ("Refresh token", c.rtok()), ("Created", c.ts()), ("Request ID", c.uuid())]
    return kvlines(c, pairs, sep=c.ch([": ", "\t", "    "]))


@doc("en_vendor_de", "en", "pdf-text")
def _(c):
    b = c.ch(DE_BANKS)
    konto = str(c.r.randint(10 ** 6, 10 ** 10 - 1))
    iban = iban_make("DE", b[1] + konto.zfill(10))
    if c.hot:
        k, ib = c.sec("bank_account", konto), c.sec("iban", fmt_iban(c.r, iban))
    else:
        k, ib = "******" + konto[-3:], mask_iban(c.r, iban)
    return ("New vendor setup request - supplier in Germany\n\nFirma: %s\nUSt-IdNr.: DE%s\nAnschrift: %s %s, %s Berlin\n\nBankverbindung\nKontoinhaber: %s\n"
            "Kreditinstitut: %s\nBLZ: %s\nKontonummer: %s\nIBAN: %s\nBIC: %s\n\nRequested by %s, approved by %s") % (
        c.ch(DE_COMP), rdig(c.r, 9), c.ch(["Hauptstraße", "Bahnhofstraße", "Lindenweg"]), c.n(1, 99), rdig(c.r, 5), c.ch(DE_COMP), b[0], b[1], k, ib, b[2],
        c.name(), c.name())


@doc("en_vendor_fr", "en", "pdf-text")
def _(c):
    b = c.ch(FR_BANKS)
    _, g, compte, cle = fr_parts(c.r)
    cle = fr_cle(b[1], g, compte)
    iban = iban_make("FR", b[1] + g + compte + cle)
    if c.hot:
        cp, ib = c.sec("bank_account", compte), c.sec("iban", fmt_iban(c.r, iban, "g4"))
    else:
        cp, ib, cle = "*******" + compte[-4:], mask_iban(c.r, iban), "**"
    return ("Our French supplier sent their RIB, pasted below (from the PDF):\n\nRELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : %s\nDomiciliation : %s %s\n\n"
            "Code banque   Code guichet   N° de compte   Clé RIB\n%s         %s          %s    %s\n\nIBAN : %s\nBIC : %s") % (
        c.ch(FR_COMP), b[0].upper(), c.ch(["PARIS OPERA", "LYON PART-DIEU", "BORDEAUX"]), b[1], g, cp, cle, ib, b[2])


@doc("en_vendor_es", "en", "pdf-text")
def _(c):
    b = c.ch(ES_BANKS)
    e, o, dc, cu = es_parts(c.r)
    dc = es_dc(b[1], o, cu)
    iban = iban_make("ES", b[1] + o + dc + cu)
    form = c.r.random()
    if c.hot:
        if form < 0.5:
            acct = "Entidad: %s\nOficina: %s\nDC: %s\nNúmero de cuenta: %s" % (b[1], o, dc, c.sec("bank_account", cu))
        else:
            acct = "CCC: %s" % c.sec("bank_account", "%s %s %s %s" % (b[1], o, dc, cu))
        ib = c.sec("iban", fmt_iban(c.r, iban))
    else:
        acct = "Entidad: %s\nOficina: %s\nDC: **\nNúmero de cuenta: ******%s" % (b[1], o, cu[-4:])
        ib = mask_iban(c.r, iban)
    return ("Supplier bank details (Spain)\n\nDatos bancarios\nTitular: %s\nNIF: B%s\nBanco: %s\n%s\nIBAN: %s\nBIC: %s\n\nPlease add to the payment run of %s.") % (
        c.ch(ES_COMP), rdig(c.r, 8), b[0], acct, ib, b[2], c.date("en"))


@doc("en_dispute", "en", "docx-text")
def _(c):
    return ("Chargeback evidence - case %s\n\nTransaction: %s on %s, amount %s\nCard: %s (exp %s)\nAVS: %s  CVV check: %s\nIP address: 203.0.113.%s\n"
            "Delivery: %s, signed by %s\n\nThe cardholder claims the goods were not received (reason code %s). Attached: proof of delivery, "
            "customer emails, order confirmation %s.") % (
        "CB" + rdig(c.r, 9), c.payid(), c.date("en"), amount_en(c.r, 10, 3000), c.card(), c.exp(), c.ch(["Y", "N", "A"]), c.ch(["M (match)", "N", "P"]),
        c.n(1, 254), c.track(), c.name(), c.ch(["13.1", "4855", "10.4"]), c.order())


@doc("en_postmortem", "en", "docx-text")
def _(c):
    return ("Postmortem: payouts API 401s (%s)\n\nSummary\nBetween %02d:%02d and %02d:%02d UTC payout creation failed for merchants on the EU cluster.\n\n"
            "Timeline\n- %s alert fired (error rate > 5%%)\n- %s on-call reproduced with:\n    curl -H \"Authorization: Bearer %s\" https://api.example/v1/payouts\n"
            "- %s rotated client secret for %s (new secret %s)\n\nRoot cause\nClock skew on token issuer.\n\nAction items\n- Add NTP monitoring\n- Stop pasting tokens in Slack") % (
        c.date("iso"), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 23), c.r.randint(0, 59), c.ts(), c.ts(), c.tok(), c.ts(), c.cid(), c.csec())


@doc("en_sftp_settings", "en", "kv")
def _(c):
    return kvlines(c, [("Connection", c.ch(["Bank SFTP (payments out)", "Acquirer settlement drop", "EBICS gateway"])), ("Host", "sftp.%s.example" % c.ch(["bank", "acq", "ebics"])),
                       ("Port", c.ch(["22", "2222"])), ("Username", c.ch(["acme_out", "sttl_" + rdig(c.r, 4)])), ("Password", c.pw()),
                       ("Host key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(c.r, 43, B64)), ("Private key", "\n" + c.pkey())])


@doc("en_postman_env", "en", "table-text")
def _(c):
    rows = [("baseUrl", "https://api.sandbox.example/v2", "https://api.example/v2"), ("client_id", c.cid(), c.cid())]
    cs = c.csec()
    rows.append(("client_secret", c.ch(["", "{{client_secret}}"]), cs))
    at = c.tok()
    rows.append(("access_token", "", at))
    rows.append(("payment_id", "", c.payid()))
    w = [max(len(x[i]) for x in rows + [("VARIABLE", "INITIAL VALUE", "CURRENT VALUE")]) for i in range(3)]
    return "Postman environment \"%s\" (copied from the UI)\n\n" % c.ch(["PSP Prod", "OpenBanking Live"]) + "\n".join(
        "  ".join(v.ljust(w[i]) for i, v in enumerate(x)).rstrip() for x in [("VARIABLE", "INITIAL VALUE", "CURRENT VALUE")] + rows)


@doc("en_card_auth_form", "en", "pdf-text")
def _(c):
    return ("CREDIT CARD AUTHORIZATION FORM\n\nI, %s, authorize %s to charge my credit card for %s.\n\nCard type: [%s] Visa [%s] Mastercard [ ] Amex\n"
            "Cardholder name: %s\nCard number: %s\nExpiration date: %s\nCVV2/CVC2: %s\nBilling address: %s\nPhone: %s\n\nSignature ________  Date %s") % (
        c.name(), c.comp(), amount_en(c.r, 50, 5000, "£"), c.ch(["X", " "]), c.ch(["X", " "]), c.name(), c.card(), c.exp(), c.cvv(),
        c.ch(UK_CITY)[1], c.phone(), c.date("en"))


@doc("en_test_plan", "en", "docx-text", pos=False)
def _(c):
    return ("Test plan: card payments v2\n\nEnvironment: sandbox (client id %s)\nCredentials: use the values from the vault entry psp/sandbox, never paste them here.\n"
            "Authorization header: Bearer <your-token>\n\nCases\nTC-01 approve: card ending %s, amount %s\nTC-02 decline: card %s (fails Luhn, expect 400)\n"
            "TC-03 3DS challenge: OTP field left as {{otp}}\nTC-04 refund: payment id %s\nTC-05 IBAN payout with invalid check digits: %s\n\nRequest ids to quote in tickets: %s, %s") % (
        c.cid(), rdig(c.r, 4), amount_en(c.r, 1, 99), fmt_card(c.r, bad_luhn(c.r), "space"), c.payid(), fmt_iban(c.r, bad_iban(c.r), "g4"), c.uuid(), c.uuid())


@doc("en_security_questionnaire", "en", "docx-text", pos=False)
def _(c):
    qa = [("Do you store cardholder data?", "No. PANs are tokenised by the PSP; we only keep the last four digits and expiry."),
          ("How are passwords stored?", "Hashed with Argon2id; the password column in exports always shows ********."),
          ("How are API secrets managed?", "Secrets live in HashiCorp Vault; applications read them with getenv(\"CLIENT_SECRET\") at start-up."),
          ("Is MFA enforced?", "Yes, TOTP or SMS one-time codes; PIN reset requests go through the service desk."),
          ("Key rotation?", "Every 90 days; the last rotation ticket was %s." % ("SEC-" + rdig(c.r, 4))),
          ("Encryption at rest?", "AES-256, KMS key id %s." % c.uuid())]
    c.r.shuffle(qa)
    return "Security questionnaire - %s\n\n" % c.comp() + "\n\n".join("Q%d. %s\nA: %s" % (i + 1, q, a) for i, (q, a) in enumerate(qa[:c.r.randint(3, 6)]))


@doc("en_payslip", "en", "pdf-text")
def _(c):
    sc, acct = c.uk_acct()
    return ("PAYSLIP  %s\nEmployee: %s   Employee no: %s   NI number: %s\nTax code: %s\n\nBasic pay        %s\nOvertime         %s\nIncome tax      -%s\n"
            "National Ins.   -%s\nNet pay          %s\n\nPaid by BACS to sort code %s account %s") % (
        c.ch(["April 2024", "May 2024", "June 2024"]), c.name(), c.n(1000, 9999), "QQ" + rdig(c.r, 6) + "C", c.ch(["1257L", "BR", "1100L"]),
        amount_en(c.r, 1500, 6000, "£"), amount_en(c.r, 0, 500, "£"), amount_en(c.r, 100, 1500, "£"), amount_en(c.r, 50, 500, "£"),
        amount_en(c.r, 1000, 5000, "£"), sc, acct)


@doc("en_form_nextline", "en", "label-next-line")
def _(c):
    nm = c.name()
    pairs = [("Full name", nm), ("Email address", c.email(nm)), ("Phone", c.phone())]
    extra = c.pick(lambda: [("Sort code", None), ("Account number", None)], lambda: [("Card number", c.card()), ("Expiry", c.exp()), ("Security code", c.cvv())],
                   lambda: [("Verification code", c.otp())], lambda: [("IBAN", c.iban())], lambda: [("New password", c.pw())])
    if extra[0][0] == "Sort code":
        sc, acct = c.uk_acct()
        extra = [("Sort code", sc), ("Account number", acct)]
    return "\n".join("%s\n%s" % (k, v or "-") for k, v in pairs + extra)


@doc("en_webhook_detail", "en", "dashboard")
def _(c):
    sig = "t=%s,v1=%s" % (c.n(1700000000, 1760000000), c.sha())
    secret = c.sec("client_secret", "whsec_" + rs(c.r, 32)) if c.hot else c.ch(["whsec_••••••••••", "(click to reveal)"])
    return ("Webhook attempt %s\nEndpoint: https://%s.example.com/webhooks\nSigning secret: %s\nEvent: %s\nStatus: %s (%s ms)\n\nRequest headers\n"
            "Content-Type: application/json\nPSP-Signature: %s\nIdempotency-Key: %s\n\nRequest body\n{\"id\": \"evt_%s\", \"type\": \"charge.succeeded\", "
            "\"data\": {\"amount\": %s, \"currency\": \"eur\", \"card\": {\"last4\": \"%s\", \"exp_month\": %s}}}") % (
        c.uuid(), c.ch(["shop", "hooks", "erp"]), secret, "evt_" + rs(c.r, 24), c.ch(["200 OK", "500 Internal Server Error", "timeout"]), c.n(20, 9000),
        sig, c.uuid(), rs(c.r, 24), c.n(100, 999999), rdig(c.r, 4), c.n(1, 12))


@doc("en_iban_wrapped", "en", "pdf-text")
def _(c):
    return ("Dear %s,\n\nPlease find our new bank details for all payments from %s onward. Our previous account will be closed.\n\nAccount name: %s\n"
            "IBAN: %s\nBIC: %s\n\nInvoices already issued remain payable to the new account. Do not hesitate to call %s.\n\nYours sincerely,\n%s\nAccounts Receivable") % (
        c.name(), c.date("en"), c.comp(), wrapped_iban(c, c.ch(["GB", "IE", "DE", "NL", "FR"])), c.bic(), c.phone(), c.name())


@doc("en_bacs_std18", "en", "fixed-width")
def _(c):
    lines = []
    for i in range(c.r.randint(1, 8)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        bank, sort, acct = uk_parts(c.r)
        dest = sort + " " + acct
        if c.hot:
            c.sec("bank_account", dest)
        else:
            dest = sort + " ****" + acct[-4:]
        lines.append("%s 0 %s %s %011d %-18s %-18s" % (dest, "99", sort[:2] + rdig(c.r, 4), c.r.randint(100, 900000),
                                                  c.comp().upper()[:18], c.name().upper()[:18]))
    c.hot = c.pos
    return "Standard 18 payment file, detail records only:\n\n" + "\n".join(lines)


@doc("en_expense_report", "en", "pdf-text")
def _(c):
    rows = "\n".join("%-12s %-26s %10s" % (c.date("iso"), c.ch(["Hotel", "Train", "Taxi", "Client dinner", "Parking"]), amount_en(c.r, 5, 500, "£"))
                     for _ in range(c.r.randint(2, 10)))
    return ("EXPENSE REPORT %s\nEmployee: %s   Cost centre: %s\nCorporate card: %s  exp %s\n\n%s\n\nTotal %s\nApprover: %s") % (
        "EXP-" + rdig(c.r, 5), c.name(), "CC" + rdig(c.r, 3), c.card(), c.exp(), rows, amount_en(c.r, 10, 3000, "£"), c.name())


@doc("en_settlement", "en", "report", pos=False)
def _(c):
    rows = []
    for _ in range(c.r.randint(3, 25)):
        d = make_card(c.r)
        rows.append("%s  %s  %-20s %6s  %s  %10s" % (c.date("iso"), rdig(c.r, 23), d[:6] + "******" + d[-4:], rdig(c.r, 6), c.ch(["SALE", "REFUND"]),
                                                   amount_en(c.r, 1, 900, "")))
    return ("SETTLEMENT BATCH %s  MID %s\nDate        ARN                      Card                  Auth    Type        Amount\n%s\n\nBatch total: %s") % (
        rdig(c.r, 6), rdig(c.r, 15), "\n".join(rows), amount_en(c.r, 100, 90000))


@doc("en_dsar_export", "en", "kv")
def _(c):
    nm = c.name()
    return kvlines(c, [("Subject", nm), ("Customer ID", "cus_" + rs(c.r, 14)), ("Email", c.email(nm)), ("Phone", c.phone()), ("Postcode", c.ch(UK_CITY)[1]),
                       ("Saved card", c.card_decoy()), ("Bank account", c.iban()), ("Last login IP", "198.51.100.%s" % c.n(1, 254)),
                       ("Marketing consent", c.ch(["yes", "no"])), ("Export id", c.uuid())])


# ---------------------------------------------------------------------------
# more skeletons: SQL client output, ticket exports, letters, Excel quirks
# ---------------------------------------------------------------------------
@doc("it_excel_formula", "it", "csv")
def _(c):
    rows = []
    for i in range(c.r.randint(1, 10)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        cin, abi, cab, conto = c.it_acct()
        rows.append('%s;="%s";="%s";="%s";%s' % (c.comp(), abi, cab, conto, c.amt_it()))
    c.hot = c.pos
    return ("Export da Excel (le celle con zeri iniziali escono come formula):\n\nRagione sociale;ABI;CAB;Conto;Saldo\n" + "\n".join(rows))


@doc("en_excel_scientific", "en", "csv", pos=False)
def _(c):
    rows = []
    for _ in range(c.r.randint(2, 12)):
        d = make_card(c.r)
        rows.append("%s,%s,%s.%sE+%d,%s" % (c.order(), c.name(), d[0], d[1:6], len(d) - 1, amount_plain(c.r, 1, 900)))
    return ("The card_number column got mangled by Excel (scientific notation), so these rows are useless for the refund run, can you tell us "
            "which payments they were?\n\norder,customer,card_number,amount\n" + "\n".join(rows))


@doc("it_lettera_pin", "it", "pdf-text")
def _(c):
    d = make_card(c.r)
    masked = d[:4] + " **** **** " + d[-4:]
    body = ("Il codice PIN personale della sua carta è:\n\n        %s\n\nLe consigliamo di memorizzarlo e distruggere questa lettera." % c.pin(c.ch([4, 5]))) if c.hot else \
        "Come richiesto, il nuovo PIN le verrà comunicato con lettera separata. Stato richiesta: PIN reset requested (pratica %s)." % rdig(c.r, 8)
    return ("%s\nServizio Carte\n\nGentile %s,\n\nCarta n. %s\n\n%s\n\nCordiali saluti\nServizio Clienti - tel. %s") % (
        c.itbank()[0], c.name(), masked, body, c.phone())


@doc("en_bank_confirmation", "en", "pdf-text")
def _(c):
    sc, acct = c.uk_acct()
    return ("BANK CONFIRMATION LETTER\n\nDate: %s\nTo whom it may concern,\n\nWe confirm that %s holds a business current account with us:\n\n"
            "Account name: %s\nSort code: %s\nAccount number: %s\nIBAN: %s\nAccount opened: %s\n\nThis letter is issued at the request of our customer "
            "and without liability on the part of the bank.\n\n%s\nRelationship Manager") % (
        c.date("en"), c.comp(), c.comp(), sc, acct, c.iban("GB"), c.date("en"), c.name())


@doc("en_consents_export", "en", "csv")
def _(c):
    rows = []
    for i in range(c.r.randint(1, 8)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.4)
        rows.append(",".join([c.uuid(), "acc-" + rs(c.r, 10, HEX), c.ch(["ReadAccountsDetail", "ReadTransactionsDetail", "ReadBalances"]),
                              c.ch(["Authorised", "Revoked", "AwaitingAuthorisation"]), c.tok(), c.ts()]))
    c.hot = c.pos
    return "consent_id,account_id,permissions,status,access_token,expires_at\n" + "\n".join(rows)


@doc("it_export_ticket", "it", "csv")
def _(c):
    rows = []
    for i in range(c.r.randint(2, 10)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.3)
        desc = c.pick(lambda: "L'utente non riesce ad accedere, gli ho impostato la password temporanea %s" % c.pw(),
                      lambda: "Cliente chiede rimborso su carta %s" % c.card(),
                      lambda: "Aggiornare IBAN fornitore in %s" % c.iban("IT"),
                      lambda: "Codice OTP non arriva, ultimo inviato %s" % c.otp()) if c.hot else \
            c.ch(["Richiesta reset PIN", "Errore 500 su /v1/payments, request id %s" % c.uuid(), "Fattura %s non ricevuta" % c.inv(),
                  "Cambio password richiesto dall'utente (nessuna password nel ticket)", "Rimborso ordine %s" % c.order()])
        rows.append('%s;%s;%s;"%s";%s' % ("INC" + rdig(c.r, 6), c.date("it"), c.ch(["Aperto", "Chiuso", "In lavorazione"]), desc, c.name()))
    c.hot = c.pos
    return "Numero;Data apertura;Stato;Descrizione;Assegnatario\n" + "\n".join(rows)


@doc("it_psql_output", "it", "sql-output")
def _(c):
    rows = []
    for i in range(c.r.randint(1, 12)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        rows.append((str(c.r.randint(1, 90000)), c.comp(), c.iban("IT", "compact"), c.ts()))
    c.hot = c.pos
    h = ("id", "ragione_sociale", "iban", "aggiornato_il")
    w = [max(len(x[i]) for x in rows + [h]) for i in range(4)]
    line = lambda x: " " + " | ".join(v.ljust(w[i]) for i, v in enumerate(x))
    return ("db=> SELECT id, ragione_sociale, iban, aggiornato_il FROM beneficiari WHERE stato = 'KO';\n" + line(h) + "\n" +
            "-+-".join("-" * (x + 1) for x in w) + "\n" + "\n".join(line(x) for x in rows) + "\n(%d %s)" % (len(rows), "riga" if len(rows) == 1 else "righe"))


@doc("en_mysql_vertical", "en", "sql-output")
def _(c):
    recs = []
    for i in range(c.r.randint(1, 4)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        recs.append("*************************** %d. row ***************************\n         id: %s\n   customer: %s\ncard_number: %s\n    exp_ymd: %s\n        cvc: %s\n created_at: %s" % (
            i + 1, c.n(1, 99999), c.name(), c.card(style="none"), "20%d-%02d" % (c.r.randint(25, 31), c.r.randint(1, 12)), c.cvv(3), c.ts()))
    c.hot = c.pos
    return "mysql> SELECT * FROM legacy_cards WHERE merchant_id = %s\\G\n%s\n%d rows in set (0.01 sec)" % (c.n(1, 999), "\n".join(recs), len(recs))


@doc("it_pdf_colonna_stretta", "it", "pdf-text")
def _(c):
    lines = ["DISTINTA BONIFICI DEL %s - %s" % (c.date("it"), c.itbank()[0].upper()), "",
             "%-32s %-12s %s" % ("Beneficiario", "Importo", "IBAN")]
    for i in range(c.r.randint(1, 9)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        left = "%-32s %-12s " % (c.comp()[:32], c.amt_it())
        if c.hot:
            ib = fmt_iban(c.r, make_iban(c.r, c.ch(["IT", "IT", "SM", "FR", "DE"])), "g4")
            k = c.ch([3, 4, 5])
            p1, p2 = " ".join(ib.split(" ")[:k]), " ".join(ib.split(" ")[k:])
            v = c.sec("iban", p1 + "\n" + " " * len(left) + p2)
            lines.append(left + v)
        else:
            lines.append(left + c.iban_decoy("IT"))
    c.hot = c.pos
    lines += ["", "Totale distinta: € %s" % c.amt_it(100, 90000), "Pagina 1/1"]
    return "\n".join(lines)


@doc("en_md_split_cells", "en", "markdown")
def _(c):
    rows = ["| Payee | IBAN (1/2) | IBAN (2/2) | Amount |", "|---|---|---|---|"]
    for i in range(c.r.randint(1, 8)):
        c.hot = c.pos and (i == 0 or c.r.random() < 0.5)
        ib = fmt_iban(c.r, make_iban(c.r), "g4").split(" ")
        if c.hot:
            v = c.sec("iban", " ".join(ib[:3]) + " | " + " ".join(ib[3:]))
            rows.append("| %s | %s | %s |" % (c.comp(), v, amount_en(c.r)))
        else:
            rows.append("| %s | %s **** | **** %s | %s |" % (c.comp(), ib[0], ib[-1], amount_en(c.r)))
    c.hot = c.pos
    return "Our AP tool splits long IBANs into two columns, here's the payment run that failed:\n\n" + "\n".join(rows)


@doc("en_card_wrapped", "en", "pdf-text")
def _(c):
    d = make_card(c.r)
    g = card_groups(d)
    if c.hot:
        k = c.r.randint(1, len(g) - 1)
        num = c.sec("card_number", " ".join(g[:k]) + "\n" + " ".join(g[k:]))
    else:
        num = "XXXX XXXX\nXXXX " + d[-4:]
    return ("DISPUTE FORM (page 2 of 3)\nSection B - card details\nCardholder: %s\nCard number: %s\nTransaction date: %s   Amount: %s\n"
            "Merchant: %s\nI did not authorise this transaction [X]\nReference: %s") % (
        c.name(), num, c.date("en"), amount_en(c.r, 5, 2000), c.comp(), "DSP-" + rdig(c.r, 8))


table("en_partner_endpoints", "en", ["partner", "endpoint", "auth", "credentials"],
      lambda c: (lambda k: [c.ch(["Acquirer A", "KYC vendor", "SMS gateway", "Bank EBICS proxy", "Fraud scoring"]),
                            "https://" + c.ch(["api.partner.example", "gw.kyc.example", "sms.example.net"]) + "/v1",
                            "Basic (base64)" if k else "Basic (user:pass)", c.basic() if k else c.userpass()])(c.r.random() < 0.5),
      fmts=["csv,", "tsv", "md", "ascii", "kv"], title="Outbound integrations")
table("it_excel_credenziali", "it", ["Sistema", "Utente", "Password", "Scadenza", "Note"],
      lambda c: [c.ch(["Home banking", "Portale INPS", "Agenzia Entrate", "Back office POS", "Gestionale", "PEC", "Wi-Fi ufficio"]),
                 c.ch(["amministrazione", "a.conti", "CF-utente", "ufficio.acquisti", "admin"]), c.pw(), c.date("it"),
                 c.ch(["", "token su cellulare di Marco", "cambiare a settembre", "condivisa con il commercialista"])],
      fmts=["tsv", "tsv", "csv;", "md"], title="Foglio credenziali (Excel)")


@doc("it_accessi_doc", "it", "docx-text")
def _(c):
    nm = c.name()
    sez = []
    for sistema in c.r.sample(["Posta elettronica", "VPN aziendale", "Gestionale contabile", "Portale del PSP", "Home banking", "Wi-Fi ospiti"], c.r.randint(2, 5)):
        sez.append("%s\n    Utente: %s\n    Password iniziale: %s" % (sistema, c.ch([nm.lower().replace(" ", "."), "guest", "nuovo.collaboratore"]), c.pw()))
    return ("ACCESSI PER IL NUOVO COLLABORATORE\n\nNominativo: %s\nData inizio: %s\nReferente: %s (%s)\n\n%s\n\nAl primo accesso verrà chiesto di cambiare la password. "
            "Il codice di sblocco del badge è %s.") % (nm, c.date("it"), c.name(), c.phone(), "\n\n".join(sez), c.pin(c.ch([4, 6])))


@doc("en_welcome_letter", "en", "pdf-text")
def _(c):
    return ("Welcome to %s Merchant Services\n\nDear %s,\n\nYour merchant account %s is now live.\n\nDashboard: https://dashboard.psp.example\nUsername: %s\n"
            "Temporary password: %s\nActivation code: %s (valid 48 hours)\n\nYour settlement account ending %s will receive daily payouts. For help call %s "
            "quoting merchant id %s.") % (
        c.ch(["Acme Pay", "Northpay", "Quay Payments"]), c.name(), "MID" + rdig(c.r, 9), c.email(), c.pw(), c.otp(), rdig(c.r, 4), c.phone(), "mch_" + rs(c.r, 12))


# ---------------------------------------------------------------------------
# validation: labels are exact substrings, short values do not collide with
# unlabelled text, no unlabelled Luhn-valid card or valid IBAN slips through
# ---------------------------------------------------------------------------
GROUPED_RUN = re.compile(r"(?<![0-9])[0-9]{4}(?:[ \-.\u00a0\u202f][0-9]{2,6}){2,4}(?![0-9])")
PLAIN_RUN = re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,32}")


def _spans(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def validate(text, secrets):
    """secrets: list of (kind, value) possibly with repeats (one per emission)."""
    expected = {}
    for k, v in secrets:
        expected[v] = expected.get(v, 0) + 1
    allspans = {}
    for v in expected:
        if not v or v not in text:
            return "missing:" + repr(v)[:40]
        allspans[v] = _spans(text, v)
    for v, sp in allspans.items():
        free = []
        for a, b in sp:
            inside = any(a >= a2 and b <= b2 and (b2 - a2) > (b - a) for v2, sp2 in allspans.items() if v2 != v for a2, b2 in sp2)
            if inside:
                continue
            if (a > 0 and text[a - 1].isalnum() and v[0].isalnum()) or (b < len(text) and text[b].isalnum() and v[-1].isalnum()):
                return "boundary:" + repr(v)[:40]
            free.append((a, b))
        if len(free) > expected[v] and len(v) < 12:
            return "collision:" + repr(v)[:40]
    covered = [s for sp in allspans.values() for s in sp]

    def cov(a, b):
        return any(a < b2 and b > a2 for a2, b2 in covered)
    for rx in (GROUPED_RUN, PLAIN_RUN):
        for m in rx.finditer(text):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d) and not cov(m.start(), m.end()):
                return "unlabelled-card:" + m.group()
    for m in IBAN_RUN.finditer(text):
        comp = m.group().replace(" ", "")
        L = IBAN_LEN.get(comp[:2])
        if L and len(comp) >= L and iban_valid(comp[:L]) and not cov(m.start(), m.end()):
            return "unlabelled-iban:" + m.group()
    return None


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
PER_BOTH = (5, 4)      # positives, negatives per skeleton that can do both
PER_NEG_ONLY = 6
PER_POS_ONLY = 6


def gen_one(r, sk, pos, lang, stats):
    for attempt in range(80):
        c = Ctx(r, pos, lang)
        text, style = sk.fn(c)
        if pos and not c.secrets:
            stats["retry_nosecret"] = stats.get("retry_nosecret", 0) + 1
            continue
        if not pos and c.secrets:
            raise AssertionError("negative with secrets in " + sk.name)
        if len(text) > 4100:
            stats["retry_long"] = stats.get("retry_long", 0) + 1
            continue
        err = validate(text, c.secrets)
        if err:
            stats.setdefault("retry_" + err.split(":")[0], []).append(sk.name) if err.startswith("missing") else None
            stats[err.split(":")[0]] = stats.get(err.split(":")[0], 0) + 1
            continue
        seen, sec = set(), []
        for k, v in c.secrets:
            if v not in seen:
                seen.add(v)
                sec.append({"kind": k, "value": v})
        return {"lang": lang, "style": style, "text": text, "secrets": sec, "_sk": sk.name}
    raise RuntimeError("could not generate %s pos=%s" % (sk.name, pos))


def main():
    r = random.Random(SEED)
    stats = {}
    out = []
    alt = 0
    for sk in SKELS:
        if sk.pos and sk.neg:
            plan = [True] * PER_BOTH[0] + [False] * PER_BOTH[1]
        elif sk.neg:
            plan = [False] * PER_NEG_ONLY
        else:
            plan = [True] * PER_POS_ONLY
        for i, pos in enumerate(plan):
            if sk.lang:
                lang = sk.lang
            else:
                lang = "it" if alt % 2 == 0 else "en"
                alt += 1
            out.append(gen_one(r, sk, pos, lang, stats))
    r.shuffle(out)
    counters = {"it": 0, "en": 0}
    with open(OUT, "w", encoding="utf-8") as f:
        for s in out:
            counters[s["lang"]] += 1
            rec = {"id": "exp-%s-%04d" % (s["lang"], counters[s["lang"]]), "lang": s["lang"], "style": s["style"],
                   "text": s["text"], "secrets": s["secrets"]}
            f.write(json.dumps(rec) + "\n")
    print("skeletons:", len(SKELS), " samples:", len(out), file=sys.stderr)
    print("retries:", {k: (v if isinstance(v, int) else len(v)) for k, v in stats.items()}, file=sys.stderr)


if __name__ == "__main__":
    main()
