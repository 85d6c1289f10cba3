#!/usr/bin/env python3
"""fresh25 — "the money side of the house".

Finance, treasury and back-office people writing to the API provider's desk:
treasury ops reconciling settlement files (camt.053, MT940, BAI2, CSV),
AP clerks forwarding supplier bank-change requests, payroll bureaus, ERP
consultants (SAP, Navision/Business Central, Odoo, Zucchetti, TeamSystem),
e-invoicing (FatturaPA, SDI receipts, PEPPOL), commercialisti and tax
advisers, auditors' sampling sheets, bank relationship managers, factoring
and lending partners, marketplace sellers, chargeback analysts, collections.

Written blind to the guard. Fixed seed; all values invented.
"""
import base64
import hashlib
import json
import random
import string
import sys
import uuid

SEED = 2512031635
R = random.Random(SEED)

# ---------------------------------------------------------------- helpers

def ch(seq):
    return R.choice(seq)


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def digits(n):
    return rnd(string.digits, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256hex():
    return rnd(HEX, 64)


def amount(lo=10, hi=250000, it=False):
    v = R.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if it:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def date(it=False):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = ch([2025, 2026, 2026, 2026])
    return f"{d:02d}/{m:02d}/{y}" if it else f"{y}-{m:02d}-{d:02d}"


def isodate():
    return f"2026-{R.randint(1,12):02d}-{R.randint(1,28):02d}"


IT_FIRST = ["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Paola", "Stefano",
            "Elena", "Roberto", "Silvia", "Davide", "Federica", "Massimo", "Valentina", "Andrea",
            "Beatrice", "Gianluca", "Ornella", "Piergiorgio", "Rosaria", "Tiziana", "Vincenzo", "Nadia"]
IT_LAST = ["Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso"]
EN_FIRST = ["Sarah", "James", "Priya", "Tom", "Olivia", "Daniel", "Hannah", "Mike", "Aisha",
            "Ben", "Claire", "Ravi", "Emma", "Lukas", "Sophie", "Pierre", "Ines", "Carlos", "Greta", "Niamh"]
EN_LAST = ["Walker", "Patel", "Thompson", "O'Brien", "Schmidt", "Dubois", "Garcia", "Nowak",
           "Jensen", "Murphy", "Khan", "Fischer", "Martin", "Lopez", "Evans", "Kowalski", "Brennan", "Weber"]
IT_CO = ["Rossi Forniture S.r.l.", "Officine Meccaniche Bresciane S.p.A.", "Caseificio Valle Verde soc. coop.",
         "Tessitura Lariana S.r.l.", "Logistica Adriatica S.p.A.", "Farmacia Centrale Dr. Greco",
         "Studio Associato Conti & Rizzo", "Edil Nord S.r.l.", "Vini del Monferrato S.a.s.",
         "Elettroforniture Sud S.r.l.", "Agenzia Viaggi Mediterranea S.r.l.", "Pastificio Artigiano Fontana",
         "Gruppo Alimentare Padano S.p.A.", "Arredamenti Brianza S.r.l.", "Ottica Moretti S.n.c.",
         "Trasporti Barbieri & Figli S.r.l.", "Cantine Santoro S.r.l.", "Mariani Packaging S.p.A."]
EN_CO = ["Northwind Traders Ltd", "Blue Harbour Retail plc", "Kestrel Logistics GmbH", "Maple & Finch Ltd",
         "Orion Marketplace B.V.", "Atlas Payroll Services Ltd", "Helvetic Parts AG", "Brightwater Foods Ltd",
         "Lumen Electronics S.A.", "Castell Hotels S.L.", "Greenfield Factoring Ltd", "Quayside Collections Ltd",
         "Fjord Outdoor ApS", "Redwood Marketplace Inc.", "Sable Freight SAS", "Pembroke Audit LLP"]
IT_ROLES = ["Ufficio Tesoreria", "Contabilità Fornitori", "Amministrazione e Finanza", "Ufficio Paghe",
            "Credit Management", "Controllo di Gestione", "Ufficio Incassi", "Responsabile Amministrativo",
            "Consulente SAP FI", "Studio del commercialista", "Revisione contabile", "Ufficio Recupero Crediti"]
EN_ROLES = ["Treasury Operations", "Accounts Payable", "Finance Shared Services", "Payroll Bureau",
            "Credit Control", "Group Reporting", "Cash Applications", "Financial Controller",
            "ERP consultant (Business Central)", "Chargeback & Disputes", "External Audit", "Collections Team"]
BICS = ["BCITITMM", "UNCRITMMXXX", "BPMOIT22XXX", "BAPPIT21A47", "CRPPIT2P", "ICRAITRRTS0", "BPPIITRRXXX",
        "DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "AGRIFRPP882", "CAIXESBBXXX", "BSCHESMMXXX",
        "BARCGB22", "NWBKGB2L", "INGBNL2A", "GEBABEBB", "UBSWCHZH80A", "RZBAATWW"]
ERPS = ["SAP S/4HANA", "SAP ECC", "Business Central", "Navision 2018", "Odoo 17", "Zucchetti Ad Hoc",
        "TeamSystem Lynfa", "TeamSystem Alyante", "Sage 200", "Oracle NetSuite", "Dynamics AX", "Mago4"]


def person(it):
    return (ch(IT_FIRST) + " " + ch(IT_LAST)) if it else (ch(EN_FIRST) + " " + ch(EN_LAST))


def company(it):
    return ch(IT_CO) if it else ch(EN_CO)


def piva():
    # Italian VAT number with a valid Luhn-like check digit
    base = digits(7) + ch(["001", "015", "037", "048", "058", "096", "108"])
    s = 0
    for i, c in enumerate(base):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base + str((10 - s % 10) % 10)


def inv_no(it=True):
    return ch([f"FT{R.randint(2025,2026)}/{R.randint(1,9999):05d}", f"{R.randint(1,2999)}/{ch(['A','B','PA','E'])}",
               f"INV-{R.randint(100000,999999)}", f"F-{R.randint(2025,2026)}-{R.randint(1,99999):05d}",
               f"{R.randint(2025,2026)}-{R.randint(1,9999):04d}", f"NC{R.randint(1,999):03d}/26"])


def cro():
    return digits(11)


def trn():
    return ch(["0306909", "0623006", "0503403", "0200808"]) + digits(9) + ch(["48", "12", "70"]) + "IT"


def req_id():
    return ch([uid(), "req_" + rnd(ALNUM, 24), uid().replace("-", ""), "dbg-" + rnd(HEX, 12)])


def pay_id():
    return ch(["pay_" + rnd(ALNUM, 22), "po_" + rnd(ALNUM, 24), "pi_" + rnd(ALNUM, 24), "ch_" + rnd(ALNUM, 24),
               "tr_" + rnd(ALNUM, 24), "PAY-" + digits(10), "set_" + rnd(LOWNUM, 16)])


def client_id():
    return ch(["acme-pay-prod", "tesoreria-erp-prod", "northwind-recon", "odoo-connector-live", "sap-fi-bridge",
               "payroll-bureau-01", "marketplace-payouts", "factoring-sync", "bc-ext-payments", "zucchetti-hr-int",
               "cli_" + rnd(LOWNUM, 16), rnd(HEX, 8) + "-erp"])


# ------------------------------------------------------- bank data

def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(n) % 97:02d}"


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


IT_BANKS = [("03069", "Intesa Sanpaolo"), ("02008", "UniCredit"), ("05034", "Banco BPM"), ("03032", "Credem"),
            ("05696", "Banca Popolare di Sondrio"), ("08327", "BCC Roma"), ("03111", "UBI (ora Intesa)"),
            ("01030", "MPS"), ("05387", "BPER"), ("06230", "Crédit Agricole Italia"), ("03015", "FinecoBank")]


def it_parts():
    abi = ch(IT_BANKS)[0]
    cab = digits(5)
    conto = ch(["0000", "1000", "0100", "CC00"]) + digits(8)
    return abi, cab, conto, it_cin(abi, cab, conto)


def fr_cle(b, g, c):
    return f"{97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97:02d}"


def fr_parts():
    b = ch(["30004", "30003", "10107", "20041", "30066", "18206", "17515"])
    g = digits(5)
    c = digits(11)
    return b, g, c, fr_cle(b, g, c)


W_ES = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(a) * w for a, w in zip(ten, W_ES)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_parts():
    e = ch(["2100", "0049", "0182", "2038", "0081", "0128"])
    o = digits(4)
    cu = digits(10)
    dc = f"{es_dc('00' + e + o)}{es_dc(cu)}"
    return e, o, dc, cu


def de_parts():
    blz = ch(["37040044", "10070000", "50010517", "20050550", "70020270", "60050101", "12030000"])
    kto = digits(10) if R.random() < 0.5 else "0" * 3 + digits(7)
    return blz, kto


def uk_parts():
    sc = ch(["20", "40", "30", "60", "77", "83", "09"]) + digits(4)
    return sc, digits(8)


def bban_for(cc):
    if cc == "IT":
        abi, cab, conto, cin = it_parts()
        return cin + abi + cab + conto
    if cc == "DE":
        blz, kto = de_parts()
        return blz + kto
    if cc == "FR":
        b, g, c, k = fr_parts()
        return b + g + c + k
    if cc == "ES":
        e, o, dc, cu = es_parts()
        return e + o + dc + cu
    if cc == "GB":
        sc, ac = uk_parts()
        return ch(["BARC", "NWBK", "LOYD", "HBUK", "MIDL"]) + sc + ac
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    if cc == "BE":
        ten = digits(10)
        k = int(ten) % 97 or 97
        return ten + f"{k:02d}"
    if cc == "CH":
        return ch(["00762", "00235", "08390"]) + digits(12)
    if cc == "AT":
        return ch(["12000", "20111", "32000"]) + digits(11)
    if cc == "LU":
        return ch(["001", "002", "019"]) + digits(13)
    raise ValueError(cc)


def iban_raw(cc=None):
    cc = cc or ch(["IT"] * 6 + ["DE"] * 2 + ["FR"] * 2 + ["ES"] * 2 + ["GB", "NL", "BE", "CH", "AT", "LU"])
    bban = bban_for(cc)
    return cc + iban_check(cc, bban) + bban


def iban_valid(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(raw):
    m = R.random()
    if m < 0.45:
        return raw
    if m < 0.8:
        return group4(raw)
    if m < 0.87:
        return group4(raw, "-")
    if m < 0.93:
        return raw.lower() if R.random() < 0.5 else group4(raw).lower()
    return group4(raw, "  ")


def bad_iban(cc=None):
    raw = iban_raw(cc)
    k = int(raw[2:4])
    nk = (k + R.randint(1, 9)) % 97
    nk = max(nk, 2)
    bad = raw[:2] + f"{nk:02d}" + raw[4:]
    if iban_valid(bad):
        return bad_iban(cc)
    return bad


def mask_iban(raw):
    m = R.random()
    if m < 0.3:
        return raw[:4] + "*" * (len(raw) - 8) + raw[-4:]
    if m < 0.55:
        return group4(raw[:4] + "X" * (len(raw) - 8) + raw[-4:])
    if m < 0.75:
        return raw[:2] + "** **** **** **** " + raw[-4:]
    if m < 0.9:
        return "…" + raw[-4:]
    return raw[:7] + "•" * 8 + raw[-3:]


# ------------------------------------------------------- cards

def luhn_digit(partial):
    s = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    n = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(n)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


CARD_PREFIX = [("4242424", 16), ("4000056", 16), ("4111111", 16), ("4012888", 16), ("4539148", 16),
               ("5555555", 16), ("5105105", 16), ("2223003", 16), ("5200828", 16), ("4916338", 16),
               ("378282", 15), ("371449", 15), ("6011111", 16), ("3566002", 16), ("4035501", 16)]


def card_raw():
    p, n = ch(CARD_PREFIX)
    body = p + digits(n - len(p) - 1)
    return body + luhn_digit(body)


def bad_card():
    c = card_raw()
    last = (int(c[-1]) + R.randint(1, 9)) % 10
    return c[:-1] + str(last)


def fmt_card(raw):
    m = R.random()
    if len(raw) == 15:
        seps = [" ", "-", ""]
        sp = ch(seps)
        return raw[:4] + sp + raw[4:10] + sp + raw[10:]
    if m < 0.35:
        return group4(raw)
    if m < 0.55:
        return raw
    if m < 0.68:
        return group4(raw, "-")
    if m < 0.76:
        return group4(raw, ".")
    if m < 0.84:
        return group4(raw, "  ")
    if m < 0.92:
        return raw[:4] + " " + raw[4:8] + "-" + raw[8:12] + " " + raw[12:]
    return group4(raw, " / ")


def cvv_for(raw):
    return digits(4) if len(raw) == 15 else digits(3)


def expiry():
    return f"{R.randint(1,12):02d}/{R.randint(27,31)}"


# ------------------------------------------------------- tokens

def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    hdr = {"alg": ch(["RS256", "HS256", "ES256", "PS256"]), "typ": "JWT"}
    if R.random() < 0.6:
        hdr["kid"] = rnd(LOWNUM, 10)
    pl = {"sub": ch([client_id(), uid()]), "iat": 1790000000 + R.randint(0, 9999999)}
    pl["exp"] = pl["iat"] + ch([900, 3600, 7200])
    pl["scope"] = ch(["payouts:read", "settlements:read reports:read", "payments:write", "refunds:write payouts:read"])
    if R.random() < 0.5:
        pl["aud"] = ch(["https://api.sportello.example", "treasury", "reconciliation"])
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + rnd(B64U, ch([43, 86, 342])))


def opaque_token():
    return ch([rnd(ALNUM, 40), "at_" + rnd(ALNUM, 32), rnd(B64U, 48), "sp_at_" + rnd(ALNUM, 36),
               rnd(HEX, 64), "live_at." + rnd(ALNUM, 40)])


def api_key_own():
    return ch(["sk_prod_" + rnd(ALNUM, 32), "spk_live_" + rnd(ALNUM, 30), "api_" + rnd(LOWNUM, 40),
               "key_live_" + rnd(ALNUM, 28)])


def access_token():
    return jwt() if R.random() < 0.5 else opaque_token()


def session_cookie():
    return ch([rnd(HEX, 32), rnd(B64U, 44), "s%3A" + rnd(ALNUM, 32) + "." + rnd(ALNUM, 43)])


def client_secret():
    return ch([rnd(ALNUM, 40), rnd(B64U, 43), "cs_" + rnd(ALNUM, 32), rnd(HEX, 48),
               rnd(ALNUM, 8) + "~" + rnd(ALNUM, 30)])


def refresh_token():
    return ch(["rt_" + rnd(ALNUM, 48), rnd(ALNUM, 64), "1//" + rnd(B64U, 60), "def50200" + rnd(HEX, 120),
               rnd(B64U, 86)])


PW_WORDS = ["Tesoreria", "Bilancio", "Fattura", "Girasole", "Panettone", "Autunno", "Ledger", "Payroll",
            "Settlement", "Camomilla", "Primavera", "Ragioneria", "Cedolino", "Sforzesco", "Harbour",
            "Kestrel", "Dolomiti", "Riviera", "Monviso", "Brioche", "Ferragosto", "Quadratura"]


def password():
    m = R.random()
    if m < 0.3:
        return ch(PW_WORDS) + ch(["2026", "2025", "31", "77", "_24", "#1", "!", "12!"]) + ch(["", "!", "$", "#", "?"])
    if m < 0.55:
        return rnd(ALNUM, 3) + ch("!$%#&*") + rnd(ALNUM, 5) + ch("!$%#&*@") + rnd(ALNUM, 3)
    if m < 0.7:
        return ch(PW_WORDS).lower() + ch([".", "-", "_"]) + ch(PW_WORDS) + digits(2)
    if m < 0.82:
        w = ch(PW_WORDS)
        return w[0] + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + digits(ch([2, 3, 4]))
    if m < 0.92:
        return rnd(ALNUM, ch([12, 14, 16, 20]))
    return ch(["Mario", "Anna", "Fido", "Roma", "Napoli"]) + ch(["1964", "1978", "1985"]) + ch(["", "!", "."])


def url_password():
    # no @ : / ? # in it
    return ch([ch(PW_WORDS) + digits(4) + ch(["!", "$", "*", "~"]), rnd(ALNUM, 14), ch(PW_WORDS).lower() + "_" + digits(3) + "X"])


def passphrase():
    w = ["quattro", "gatti", "in", "tangenziale", "mele", "verdi", "ponte", "di", "legno", "nebbia", "sul", "naviglio",
         "correct", "horse", "battery", "staple", "blue", "harbour", "cold", "tea", "river", "ledger", "otto", "ottobre"]
    return " ".join(ch(w) for _ in range(R.randint(4, 6)))


def pin(n=None):
    n = n or ch([4, 5, 6, 6, 6, 8])
    return digits(n)


def fmt_pin(p):
    if len(p) == 6 and R.random() < 0.35:
        return p[:3] + ch([" ", "-", " "]) + p[3:]
    if len(p) == 8 and R.random() < 0.3:
        return p[:4] + " " + p[4:]
    return p


def pem(kind=None):
    kind = kind or ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    nlines = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}.get(kind, R.randint(8, 14))
    body = []
    if kind == "OPENSSH PRIVATE KEY":
        body.append("b3BlbnNzaC1rZXktdjEAAAAA" + rnd(B64, 46))
        nlines -= 1
    elif kind == "EC PRIVATE KEY":
        body.append("MHcCAQEEI" + rnd(B64, 55))
        nlines -= 1
    elif kind == "RSA PRIVATE KEY":
        body.append("MIIEow" + rnd(B64, 58))
        nlines -= 1
    else:
        body.append("MIIEv" + rnd(B64, 59))
        nlines -= 1
    for _ in range(nlines):
        body.append(rnd(B64, 64))
    body.append(rnd(B64, R.randint(8, 40)) + ch(["", "=", "=="]))
    return kind, body


def pem_block(indent="", sep="\n"):
    kind, body = pem()
    lines = [f"-----BEGIN {kind}-----"] + body + [f"-----END {kind}-----"]
    return (sep + indent).join(lines)


# vendor keys: (name, value)
def vendor_key():
    k = R.randint(0, 15)
    if k == 0:
        return "aws", "AKIA" + rnd(string.ascii_uppercase + "234567", 16)
    if k == 1:
        return "stripe", ch(["sk_live_", "rk_live_"]) + rnd(ALNUM, ch([24, 99]))
    if k == 2:
        return "stripe-webhook", "whsec_" + rnd(ALNUM, 32)
    if k == 3:
        return "adyen", "AQE" + rnd(ALNUM, 3) + "hmfxL" + rnd(ALNUM, 40) + "==-" + rnd(B64, 43) + "=-" + rnd(ALNUM, 16)
    if k == 4:
        return "gocardless", "live_" + rnd(B64U, 40)
    if k == 5:
        return "sendgrid", "SG." + rnd(B64U, 22) + "." + rnd(B64U, 43)
    if k == 6:
        return "slack", ch(["xoxb-", "xoxp-"]) + digits(12) + "-" + digits(13) + "-" + rnd(ALNUM, 24)
    if k == 7:
        return "github", ch(["ghp_", "gho_"]) + rnd(ALNUM, 36)
    if k == 8:
        return "google", "AIza" + rnd(B64U, 35)
    if k == 9:
        return "twilio", rnd(HEX, 32)
    if k == 10:
        return "mailgun", "key-" + rnd(HEX, 32)
    if k == 11:
        return "shopify", "shpat_" + rnd(HEX, 32)
    if k == 12:
        return "openai", "sk-proj-" + rnd(B64U, 48)
    if k == 13:
        return "azure", rnd(B64, 86) + "=="
    if k == 14:
        return "mollie", "live_" + rnd(ALNUM, 30)
    return "gitlab", "glpat-" + rnd(B64U, 20)


def aws_secret():
    return rnd(ALNUM + "/+", 40)


def slack_webhook():
    return "https://hooks.slack.com/services/T" + rnd(UPNUM, 8) + "/B" + rnd(UPNUM, 10) + "/" + rnd(ALNUM, 24)


# ================================================================ frames

def sign(it):
    p = person(it)
    role = ch(IT_ROLES) if it else ch(EN_ROLES)
    co = company(it)
    if it:
        return ch([f"Cordiali saluti\n{p}\n{role} – {co}",
                   f"Distinti saluti,\n{p}\n{co} | {role}\nTel. +39 0{R.randint(2,9)}{digits(1)} {digits(3)} {digits(4)}",
                   f"Grazie mille,\n{p.split()[0]}",
                   f"--\n{p}\n{role}\n{co}\nP.IVA {piva()}",
                   f"Saluti\n{p.split()[0]} ({role.lower()})",
                   f"In attesa di un vostro cortese riscontro, porgiamo distinti saluti.\n\n{co}\nL'Amministratore\n{p}"])
    return ch([f"Kind regards,\n{p}\n{role} | {co}", f"Thanks,\n{p.split()[0]}",
               f"Best,\n{p}\n{co}\n+44 20 {digits(4)} {digits(4)}", f"--\n{p}\n{role}",
               f"Regards\n{p.split()[0]} – {role}", f"Many thanks in advance,\n{p}\n{co}"])


def frame(it, body, subject=None):
    m = R.random()
    if it:
        subj = subject or ch(["Richiesta assistenza", "Quadratura incassi", "Riconciliazione", "Urgente – pagamenti",
                              "Problema integrazione", "Segnalazione", "Chiarimento", "Flusso di rendicontazione"])
        if m < 0.22:
            return f"Spett.le Supporto,\n\n{body}\n\n{sign(True)}"
        if m < 0.38:
            return f"Oggetto: {subj}\n\nBuongiorno,\n{body}\n\n{sign(True)}"
        if m < 0.5:
            return f"ciao,\n{body}\ngrazie"
        if m < 0.62:
            return f"[{R.randint(8,18):02d}:{R.randint(0,59):02d}] {person(True)}: {body}"
        if m < 0.72:
            return f"Ticket #{R.randint(10000,99999)} – {subj}\nPriorità: {ch(['alta','media','bassa','critica'])}\n\n{body}"
        if m < 0.82:
            return f"Buongiorno,\n\n{body}\n\nResto in attesa.\n{person(True)}"
        return body
    subj = subject or ch(["Settlement mismatch", "Support request", "Payout reconciliation", "URGENT: payments",
                          "Integration issue", "Question re. remittance", "Month-end close", "Bank file"])
    if m < 0.2:
        return f"Hello Support team,\n\n{body}\n\n{sign(False)}"
    if m < 0.36:
        return f"Subject: {subj}\n\nHi,\n{body}\n\n{sign(False)}"
    if m < 0.5:
        return f"hi - {body}\nta"
    if m < 0.6:
        return f"[{R.randint(8,18):02d}:{R.randint(0,59):02d}] {person(False)}: {body}"
    if m < 0.7:
        return f"Case {R.randint(100000,999999)} | {subj}\nSeverity: {ch(['P1','P2','P3'])}\n\n{body}"
    if m < 0.8:
        return f"Morning,\n\n{body}\n\nCheers\n{person(False)}"
    return body


def quote(it, body):
    p = person(it)
    co = company(it)
    q = "\n".join("> " + l if l else ">" for l in body.split("\n"))
    if it:
        head = ch([f"Vi inoltro la mail ricevuta da {co}:", "Inoltro per competenza.", f"Vedi sotto, ci scrive {p}.",
                   "Questa è arrivata stamattina in amministrazione, potete verificare?"])
        return f"{head}\n\n-----Messaggio originale-----\n> Da: {p} <{p.split()[0].lower()}@{co.split()[0].lower()}.it>\n> Data: {date(True)}\n>\n{q}"
    head = ch([f"Forwarding the below from {co}.", "FYI, see below.", f"{p} sent us this, can you check?",
               "This landed in the AP inbox today:"])
    return f"{head}\n\n---------- Forwarded message ---------\n> From: {p}\n> Sent: {date(False)}\n>\n{q}"


def wrap(it, style, body, secs, allow_quote=True, subject=None):
    multiline = any("\n" in v for _, v in secs)
    if allow_quote and not multiline and R.random() < 0.12:
        text = quote(it, body)
        style = "quoted-mail"
    else:
        text = frame(it, body, subject)
    return style, text, secs


# ================================================================ positive payloads
# each returns (style, body, [(kind, value), ...])

# ---------------- password
def pw_sap(it):
    pw = password()
    sysid = ch(["PRD", "P01", "ECP", "S4P"])
    u = ch(["TESORERIA01", "AP_CLERK3", "FI_BATCH", "RFC_PAYM", "CONS_EXT07"])
    if it:
        b = (f"per la configurazione del Payment Medium Workbench vi lascio l'accesso al nostro {ch(ERPS[:2])}:\n"
             f"Sistema: {sysid}   Mandante: {ch(['100','200','300'])}\nUtente: {u}\nPassword: {pw}\n"
             f"(transazione FBZP, poi OBPM1)")
    else:
        b = (f"to look at the DME config on our side use:\nSystem {sysid} / client {ch(['100','200','300'])}\n"
             f"User {u}\nPwd {pw}\nT-code FBZP then OBPM4.")
    return "erp-screen", b, [("password", pw)]


def pw_cbi(it):
    pw = password()
    code = digits(7)
    if it:
        b = ch([f"Per scaricare gli estratti conto CBI dall'home banking: codice utente {code}, password {pw}. Il token fisico ce l'ha {person(True)}.",
                f"Accesso remote banking (Inbank) — azienda {digits(5)}\nutente: {code}\npassword di accesso: {pw}\nPer le disposizioni serve anche l'OTP.",
                f"la password del corporate banking l'hanno resettata, adesso è {pw} — potete provare voi a vedere se il flusso RH arriva?"])
    else:
        b = ch([f"Bank portal login for the camt.053 download: user ID {code}, password {pw}. Token is with {person(False)}.",
                f"Corporate banking creds (read-only profile):\n  company id {digits(5)}\n  user {code}\n  password: {pw}"])
    return "email", b, [("password", pw)]


def pw_winscp(it):
    pw = password().replace(";", "")
    host = ch(["sftp.h2h.bancaxyz.it", "files.ebics-gw.example", "sftp.treasury-bank.example.com", "h2h.unicredit.example"])
    body = (f"[Sessions\\{ch(['BancaH2H','bank-h2h','CBI_flussi','SWIFT_out'])}]\nHostName={host}\nPortNumber=22\n"
            f"UserName={ch(['tes_upload','h2h_' + digits(5),'cbi_in'])}\nPassword={pw}\nRemoteDirectory=/out/camt053\n")
    lead = ("Il profilo WinSCP che usiamo per l'host-to-host, esportato dal PC della tesoreria:\n\n" if it else
            "Our WinSCP session for the host-to-host folder, exported from the treasury PC:\n\n")
    return "ini", lead + body, [("password", pw)]


def pw_pandas(it):
    pw = url_password()
    drv = ch(["mssql+pyodbc", "postgresql+psycopg2", "mysql+pymysql", "oracle+cx_oracle"])
    user = ch(["svc_treasury", "recon_ro", "nav_reader", "report"])
    url = f"{drv}://{user}:{pw}@{ch(['erp-sql01','10.20.4.17','nav-db.local','odoo-db'])}/{ch(['NAV','ODOO','TESORERIA','BC_PROD'])}"
    cm = "# riconciliazione payout vs estratto conto" if it else "# reconcile payouts against bank statement"
    b = (f"{cm}\nimport pandas as pd\nfrom sqlalchemy import create_engine\n\n"
         f"eng = create_engine(\"{url}\")\n"
         f"bank = pd.read_sql(\"SELECT value_date, amount, ref FROM bank_lines WHERE stmt_date = '{isodate()}'\", eng)\n"
         f"po = pd.read_csv(\"payouts_{isodate()}.csv\", sep=\";\", decimal=\",\")\n"
         f"m = bank.merge(po, left_on=\"ref\", right_on=\"payout_id\", how=\"outer\", indicator=True)\n"
         f"print(m[m._merge != 'both'])")
    lead = ("Il merge esce sempre con righe 'left_only', vi allego lo script:\n\n" if it else
            "The merge always gives left_only rows, script below:\n\n")
    return "python", lead + b, [("password", pw)]


def pw_vba(it):
    pw = password().replace('"', "")
    v = R.randint(0, 2)
    if v == 0:
        code = (f"Sub ApriRendiconto()\n    Dim wb As Workbook\n    Set wb = Workbooks.Open(Filename:=\"\\\\fs01\\tesoreria\\payout_{isodate()}.xlsx\", Password:=\"{pw}\")\n"
                f"    wb.Sheets(\"Dettaglio\").Range(\"A1:H500\").Copy\nEnd Sub")
    elif v == 1:
        code = (f"Private Sub Workbook_Open()\n    ' sblocca il foglio quadrature\n    Sheets(\"Quadratura\").Unprotect Password:=\"{pw}\"\n"
                f"    Call AggiornaIncassi\nEnd Sub")
    else:
        code = (f"Const DB_PWD As String = \"{pw}\"\nSub Connetti()\n    cn.Open \"Provider=SQLOLEDB;Data Source=ERP01;Initial Catalog=NAV;User ID=macro;Password=\" & DB_PWD\nEnd Sub")
    lead = ("La macro che usa la contabilità si blocca alla riga evidenziata:\n\n" if it else
            "Our AP macro stops on the highlighted line:\n\n")
    return "vba", lead + code, [("password", pw)]


def pw_ps(it):
    pw = password().replace('"', "").replace("$", "#")
    b = (f"$user = \"{ch(['CORP','FIN'])}\\svc_bankfiles\"\n$pwd = ConvertTo-SecureString \"{pw}\" -AsPlainText -Force\n"
         f"$cred = New-Object System.Management.Automation.PSCredential($user, $pwd)\n"
         f"Copy-Item -Path \\\\bank-gw\\out\\*.xml -Destination D:\\Tesoreria\\camt -Credential $cred")
    lead = ("Lo script schedulato che copia i camt.053 non parte più:\n\n" if it else
            "Scheduled task that pulls the camt.053 files stopped working:\n\n")
    return "powershell", lead + b, [("password", pw)]


def pw_zip(it):
    pw = password()
    f = ch(["cedolini_11_2026.zip", "LUL_novembre.pdf", "remittance_batch_" + digits(4) + ".zip", "F24_dicembre.pdf",
            "payslips_Nov26.zip", "estratto_conto_Q3.pdf"])
    if it:
        b = ch([f"Vi mandiamo il file {f}. È protetto, la password è {pw}",
                f"allegato {f} — pwd per aprirlo: {pw} (come concordato al telefono)",
                f"Il file {f} che vi ho girato ieri ha la password {pw}, scusate se non l'avevo scritta."])
    else:
        b = ch([f"Attached {f}. It is encrypted; password is {pw}",
                f"{f} attached – password to open: {pw}",
                f"Sorry, forgot to say: the password for {f} is {pw}"])
    return "email", b, [("password", pw)]


def pw_odoo(it):
    pw1, pw2 = password(), password()
    b = (f"[options]\naddons_path = /opt/odoo/addons,/opt/odoo/custom\nadmin_passwd = {pw1}\ndb_host = localhost\n"
         f"db_port = 5432\ndb_user = odoo\ndb_password = {pw2}\nlist_db = False\n")
    lead = ("Ecco il file odoo.conf del cliente, il modulo l10n_it_fatturapa non vede il vostro connettore:\n\n" if it else
            "Customer's odoo.conf below, the payment connector module doesn't load:\n\n")
    return "ini", lead + b, [("password", pw1), ("password", pw2)]


def pw_pec(it):
    pw = password()
    addr = ch(["amministrazione", "fatture", "tesoreria", "ufficio.paghe"]) + "@" + ch(["pec.it", "legalmail.it", "pec.aruba.it"])
    if it:
        b = ch([f"La casella PEC su cui arrivano le ricevute SDI è {addr}, pwd {pw}. Se volete controllare voi le notifiche di scarto…",
                f"PEC: {addr}\npassword: {pw}\n(la cambiamo a fine mese)"])
    else:
        b = f"The certified mailbox (PEC) receiving SDI receipts is {addr} — password {pw}."
    return "email", b, [("password", pw)]


def pw_foreign(it):
    pw = password()
    lab = ch(["Kennwort", "Passwort", "mot de passe", "Mot de passe", "contraseña", "Contraseña", "clave", "senha"])
    sep = ch([": ", " = ", " ", " -> ", " : "])
    ctx = ch(["Portal der Hausbank", "EBICS-Teilnehmer", "portail Banque Populaire", "banca online Caixa", "DATEV Unternehmen online",
              "portail fournisseurs", "acceso Bankinter Empresas"])
    if it:
        b = f"Il collega tedesco/francese ci ha scritto le credenziali così come le vedete ({ctx}):\nBenutzer/utilisateur: {ch(['buha01','compta','tesoreria.es'])}\n{lab}{sep}{pw}"
    else:
        b = f"Our {ctx} access for the statement download, as the local team wrote it:\nuser: {ch(['buha01','compta','tesoreria.es'])}\n{lab}{sep}{pw}"
    return "email", b, [("password", pw)]


def pw_sql(it):
    pw = password().replace("'", "")
    v = R.randint(0, 2)
    if v == 0:
        s = f"CREATE LOGIN recon_reader WITH PASSWORD = '{pw}', CHECK_POLICY = OFF;\nCREATE USER recon_reader FOR LOGIN recon_reader;\nGRANT SELECT ON dbo.SettlementLines TO recon_reader;"
    elif v == 1:
        s = f"ALTER USER TESORERIA_RO IDENTIFIED BY \"{pw}\";\nGRANT SELECT ON GL.BANK_STMT_LINES TO TESORERIA_RO;"
    else:
        s = f"-- utente per il vostro connettore\nCREATE USER sportello_sync WITH PASSWORD '{pw}';\nGRANT SELECT ON payouts, fees TO sportello_sync;"
    lead = ("Abbiamo creato l'utenza in sola lettura come da vostra guida:\n\n" if it else
            "We created the read-only login as per your guide:\n\n")
    return "sql", lead + s, [("password", pw)]


def pw_sheet(it):
    rows = []
    secs = []
    for sysname, u in R.sample([("Zucchetti HR", "paghe.admin"), ("TeamSystem", "ts_amm"), ("Home banking BPM", digits(8)),
                                ("Portale Agenzia Entrate (Fisconline)", "RSSMRA" + digits(2) + "A01H501Z"),
                                ("Business Central", "FIN\\ap02"), ("SFTP banca", "h2h_" + digits(4)),
                                ("Portale fornitori Esselunga", "forn" + digits(5)), ("Cassetto fiscale", "delegato01")], 3):
        pw = password()
        secs.append(("password", pw))
        rows.append(f"{sysname}\t{u}\t{pw}\t{date(it)}")
    hdr = "Sistema\tUtente\tPassword\tUltimo cambio" if it else "System\tUser\tPassword\tLast changed"
    lead = ("Copio dal nostro file 'accessi amministrazione.xlsx' così vedete quali utenze abbiamo:\n\n" if it else
            "Pasting from our 'finance logins.xlsx' so you see what accounts exist:\n\n")
    return "tsv", lead + hdr + "\n" + "\n".join(rows), secs


def pw_json(it):
    pw = password().replace('"', "")
    b = json.dumps({"connector": ch(["bc-payments", "odoo-sportello", "sap-bridge"]), "erp": {"url": "https://erp.example.local/api",
                    "username": ch(["api_fin", "connector", "integration"]), "password": pw},
                    "company_id": R.randint(1, 9), "journal": ch(["BNK1", "BANCA", "SPORT"])}, indent=2, ensure_ascii=False)
    lead = ("Configurazione del connettore (export dal pannello):\n" if it else "Connector config exported from the admin panel:\n")
    return "json", lead + b, [("password", pw)]


def pw_words_after(it):
    pw = password()
    if it:
        b = ch([f"la password (l'ho cambiata venerdì su richiesta dell'IT, ora è) {pw} — ma il portale dice utente bloccato",
                f"Password per Navision che mi ha dato il consulente, se non sbaglio {pw}, ma non entra",
                f"password nuova dopo il reset: {pw}   (maiuscole come scritto)",
                f"ho messo come pw {pw} perché la vecchia era scaduta, è giusto il formato?"])
    else:
        b = ch([f"password (IT changed it on Friday, it's now) {pw} but the portal says the user is locked",
                f"the consultant gave me {pw} as the password for BC but it doesn't let me in",
                f"new pwd after reset = {pw}   (case as written)"])
    return "email", b, [("password", pw)]


def pw_passphrase(it):
    pp = passphrase()
    if it:
        b = ch([f"La passphrase del certificato di firma per le fatture è \"{pp}\" (tutto minuscolo, con gli spazi).",
                f"passphrase keystore EBICS: {pp}"])
    else:
        b = ch([f"Passphrase for the EBICS keystore: \"{pp}\" (lower case, with spaces).",
                f"the passphrase on the signing cert is {pp}"])
    return "email", b, [("password", pp)]


def pw_jdbc(it):
    pw = password().replace(";", "").replace("&", "")
    url = ch([f"jdbc:sqlserver://erp01:1433;databaseName=NAV;user=sa;password={pw};encrypt=false",
              f"Server=tcp:fin-sql.local,1433;Database=BC_PROD;User Id=bcreader;Password={pw};TrustServerCertificate=True",
              f"ftp://contab:{url_password() if False else pw.replace('@','').replace(':','').replace('/','').replace('?','').replace('#','')}@ftp.studiorizzo.it/F24/"])
    val = pw if "ftp://" not in url else url.split("contab:")[1].split("@")[0]
    lead = ("Stringa di connessione usata dal report di quadratura:\n" if it else "Connection string the recon report uses:\n")
    return "config", lead + url, [("password", val)]


def pw_cli(it):
    pw = password().replace("'", "").replace('"', "")
    b = ch([f"$ sqlcmd -S erp-sql01 -U recon -P '{pw}' -Q \"SELECT COUNT(*) FROM dbo.Payouts WHERE Status='PAID'\"\n-----------\n       412",
            f"C:\\> net use Z: \\\\fs01\\tesoreria /user:FIN\\tesoreria {pw}\nThe command completed successfully.",
            f"mysql -h odoo-db -u odoo -p{pw} odoo -e 'select count(*) from account_move where state=\"posted\"'"])
    lead = ("Comandi lanciati dal collega dei sistemi:\n" if it else "What our IT guy ran:\n")
    return "shell", lead + b, [("password", pw)]


def pw_form(it):
    pw = password()
    if it:
        b = (f"Modulo di attivazione servizio rendicontazione\n------------------------------------------\nRagione sociale: {company(True)}\n"
             f"P.IVA: {piva()}\nReferente: {person(True)}\nUtente portale: {ch(['amm','tes','ap'])}{digits(3)}\nPassword scelta: {pw}\n"
             f"Conferma password: {pw}\nFirma: ______________")
    else:
        b = (f"Reporting service activation form\n---------------------------------\nCompany: {company(False)}\nContact: {person(False)}\n"
             f"Portal user: fin{digits(3)}\nChosen password: {pw}\nConfirm password: {pw}")
    return "form", b, [("password", pw)]


PW = [pw_sap, pw_cbi, pw_winscp, pw_pandas, pw_vba, pw_ps, pw_zip, pw_odoo, pw_pec, pw_foreign, pw_sql, pw_sheet,
      pw_json, pw_words_after, pw_passphrase, pw_jdbc, pw_cli, pw_form]


# ---------------- pin
def pin_otp(it):
    p = fmt_pin(pin(ch([6, 6, 8])))
    if it:
        b = ch([f"Per autorizzare la distinta SEPA il token mi dà {p}, lo inserisco ma la banca risponde 'operazione scaduta'.",
                f"codice OTP dal token fisico: {p} — serve a voi per completare l'attivazione del mandato?",
                f"La banca ha mandato l'SMS con il codice {p} per confermare la variazione dell'IBAN di accredito, ve lo giro.",
                f"codice dispositivo ricevuto via app: {p} (valido 5 minuti)"])
    else:
        b = ch([f"Bank sent SMS code {p} to confirm the payout account change — do you need it on your side?",
                f"OTP from the hardware token: {p}. The portal still says 'authorisation expired'.",
                f"the SCA code for approving the payment batch is {p}, please hurry it expires soon"])
    return "email", b, [("pin", p)]


def pin_tan(it):
    p = pin(6)
    lab = ch(["TAN", "mTAN", "pushTAN", "chipTAN", "TAN-Nummer"])
    if it:
        b = f"Il collega di Monaco scrive: \"Für die Freigabe der Sammelüberweisung: {lab} {p}\" — ma a noi l'autorizzazione non risulta."
    else:
        b = f"Our Munich colleague pasted: \"Freigabe Sammelauftrag – {lab}: {p}\". Payment still shows as pending on your dashboard."
    return "email", b, [("pin", p)]


def pin_card(it):
    p = pin(ch([4, 4, 5]))
    last4 = digits(4)
    if it:
        b = ch([f"La carta aziendale che termina con {last4} è arrivata alla filiale. Il PIN è {p}, lo consegno a {person(True)} per i pagamenti fornitori online?",
                f"PIN carta carburante / aziendale (…{last4}): {p}",
                f"vi scrivo il pin della carta di debito della società per il POS del punto vendita: {p}"])
    else:
        b = ch([f"Company card ending {last4} arrived; PIN is {p}. OK to hand it to AP for supplier payments?",
                f"Corporate card …{last4} – PIN {p} (per the bank's letter)"])
    return "email", b, [("pin", p)]


def pin_smartcard(it):
    p = pin(8)
    puk = None
    if it:
        b = (f"Per firmare digitalmente i flussi F24 e le fatture usiamo la smart card di {person(True)}.\n"
             f"PIN firma: {p}\nNumero seriale: {digits(16)}\nNon riusciamo a firmare da quando abbiamo aggiornato il driver.")
    else:
        b = f"The qualified signature card for invoices: signing PIN {p}, serial {digits(16)}. Signing fails since the driver update."
    return "email", b, [("pin", p)]


def pin_table(it):
    p = fmt_pin(pin(6))
    if it:
        b = (f"| Passaggio | Valore | Note |\n|---|---|---|\n| Utente | tes{digits(3)} | |\n| Codice OTP | {p} | scade 60s |\n"
             f"| Esito | KO | 'firma non valida' |")
    else:
        b = (f"Step        | Value      | Note\n------------+------------+---------\nUser        | ap{digits(3)}      |\n"
             f"OTP code    | {p}     | 60 s\nResult      | FAIL       | 'invalid signature'")
    return "table", b, [("pin", p)]


def pin_foreign(it):
    p = pin(ch([4, 6, 6]))
    lab = ch(["clave de firma", "código SMS", "code de confirmation", "code SMS", "Bestätigungscode", "PIN"])
    b = (f"{'Dalla filiale spagnola/francese ci scrivono' if it else 'From our Spanish/French entity'}: \"{lab}: {p}\" "
         f"{'— serve per sbloccare il conto di incasso?' if it else '— is that what you need to unlock the payout?'}")
    return "email", b, [("pin", p)]


def pin_json(it):
    p = pin(6)
    b = json.dumps({"mandate_id": "MNDT-" + digits(8), "step": "sca_challenge", "method": "sms", "otp": p,
                    "phone": "+39 3" + digits(2) + " ***" + digits(4)}, indent=1)
    lead = ("La chiamata che fa il nostro gestionale (log di debug):\n" if it else "What our ERP sends (debug log):\n")
    return "json", lead + b, [("pin", p)]


def pin_dictated(it):
    p = pin(ch([5, 6]))
    sp = " ".join(p)
    if it:
        b = f"Al telefono la banca mi ha detto il codice: {sp}. Lo riporto qui perché {person(True)} deve completare l'autorizzazione del bonifico."
    else:
        b = f"Bank read the code over the phone: {sp}. Writing it here so {person(False)} can finish the approval."
    return "email", b, [("pin", sp)]


PIN = [pin_otp, pin_tan, pin_card, pin_smartcard, pin_table, pin_foreign, pin_json, pin_dictated]


# ---------------- access token
API = "https://api.sportello.example"


def at_curl(it):
    t = access_token()
    b = (f"curl -s \"{API}/v1/settlements?date={isodate()}&currency=EUR\" \\\n  -H \"Authorization: Bearer {t}\" \\\n"
         f"  -H \"Accept: application/json\" | jq '.data[] | {{id, gross, fee, net}}'")
    lead = ("Il totale netto dei settlement non torna con l'accredito in banca. Chiamata usata:\n\n" if it else
            "Net settlement total doesn't match what hit the bank. Call used:\n\n")
    return "curl", lead + b, [("access_token", t)]


def at_python(it):
    t = access_token()
    b = (f"import requests, pandas as pd\nTOKEN = \"{t}\"\nr = requests.get(\"{API}/v1/payouts\", headers={{\"Authorization\": \"Bearer \" + TOKEN}},\n"
         f"                 params={{\"arrival_date\": \"{isodate()}\"}})\ndf = pd.json_normalize(r.json()[\"data\"])\n"
         f"df.to_excel(\"payout_{isodate()}.xlsx\", index=False)")
    lead = ("Lo script del controller per estrarre i payout restituisce 401 da ieri:\n\n" if it else
            "The controller's payout export script gets 401 since yesterday:\n\n")
    return "python", lead + b, [("access_token", t)]


def at_powerquery(it):
    t = access_token()
    b = (f"let\n    Fonte = Json.Document(Web.Contents(\"{API}/v1/balance_transactions?limit=100\",\n"
         f"        [Headers=[Authorization=\"Bearer {t}\"]])),\n    data = Fonte[data],\n"
         f"    Tabella = Table.FromList(data, Splitter.SplitByNothing())\nin\n    Tabella")
    lead = ("In Excel (Power Query) il collegamento alle commissioni si interrompe dopo un'ora:\n\n" if it else
            "Power Query connection in Excel for the fees stops after an hour:\n\n")
    return "powerquery", lead + b, [("access_token", t)]


def at_vba(it):
    t = access_token()
    b = (f"Set http = CreateObject(\"MSXML2.XMLHTTP\")\nhttp.Open \"GET\", \"{API}/v1/disputes?status=needs_response\", False\n"
         f"http.setRequestHeader \"Authorization\", \"Bearer {t}\"\nhttp.send\nSheets(\"Chargeback\").Range(\"A2\").Value = http.responseText")
    lead = ("La macro del foglio chargeback:\n" if it else "Chargeback workbook macro:\n")
    return "vba", lead + b, [("access_token", t)]


def at_ps(it):
    t = access_token()
    b = (f"$h = @{{ Authorization = \"Bearer {t}\" }}\n"
         f"Invoke-RestMethod -Uri \"{API}/v1/reports/settlement?period={isodate()[:7]}\" -Headers $h -OutFile .\\settlement.csv")
    lead = ("Da PowerShell ottengo 403:\n" if it else "From PowerShell I get a 403:\n")
    return "powershell", lead + b, [("access_token", t)]


def at_cookie(it):
    c = session_cookie()
    name = ch(["SESSIONID", "sp_session", "connect.sid", "JSESSIONID", "__Host-session"])
    b = (f"GET /dashboard/payouts/export?format=csv HTTP/1.1\nHost: dashboard.sportello.example\n"
         f"Cookie: lang={ch(['it','en'])}; {name}={c}; _ga=GA1.2.{digits(9)}.{digits(10)}\n")
    lead = ("Copiata dagli strumenti sviluppatore del browser, l'export CSV dei payout va in timeout:\n\n" if it else
            "From the browser dev tools — the payout CSV export times out:\n\n")
    return "http", lead + b, [("access_token", c)]


def at_apikey(it):
    k = api_key_own()
    v = R.randint(0, 2)
    if v == 0:
        b = f"{API}/v1/reports/fees.csv?from={isodate()}&api_key={k}"
        lead = "Link usato nel file Excel (Dati > Da web):\n" if it else "URL in the Excel 'From Web' query:\n"
    elif v == 1:
        b = f"X-Api-Key: {k}\nX-Request-Id: {uid()}"
        lead = "Intestazioni inviate dal nostro ERP:\n" if it else "Headers our ERP sends:\n"
    else:
        b = f"Chiave API di produzione: {k}" if it else f"Production API key: {k}"
        lead = "Per l'integrazione con il gestionale contabile ci serve sapere se questa è giusta.\n" if it else "Need to know if this is the right key for the accounting integration.\n"
    return "config", lead + b, [("access_token", k)]


def at_wrapped(it):
    t = jwt()
    cut = R.randint(30, len(t) - 30)
    w = t[:cut] + "\n" + t[cut:]
    if it:
        b = f"Il token che mi avete mandato via mail (copiato dal telefono, scusate l'a capo):\n\n{w}\n\nfunziona per i rimborsi ma non per i report."
    else:
        b = f"Token you e-mailed (copied from my phone, sorry for the line break):\n\n{w}\n\nworks for refunds, not reports."
    return "email", b, [("access_token", w)]


def at_erp_screen(it):
    t = access_token()
    if it:
        b = (f"Schermata 'Impostazioni connettore pagamenti' ({ch(ERPS)}):\n  URL servizio ......... {API}\n  Tipo autenticazione .. Bearer\n"
             f"  Token di accesso ..... {t}\n  Scadenza ............. {date(True)}\n  Registro di cassa .... {ch(['BANCA01','CASSA','BPM-CC'])}")
    else:
        b = (f"'Payment connector setup' page in {ch(ERPS)}:\n  Service URL ....... {API}\n  Auth type ......... Bearer\n"
             f"  Access token ...... {t}\n  Expires ........... {date(False)}")
    return "erp-screen", b, [("access_token", t)]


def at_token_resp(it):
    t = access_token()
    r = refresh_token()
    b = json.dumps({"access_token": t, "token_type": "Bearer", "expires_in": 3600, "refresh_token": r,
                    "scope": "payouts:read reports:read"}, indent=2)
    lead = ("Risposta dell'endpoint token (il consulente ERP l'ha salvata in un txt):\n" if it else
            "Token endpoint response (ERP consultant saved it to a txt):\n")
    return "json", lead + b, [("access_token", t), ("refresh_token", r)]


def at_postman(it):
    t = access_token()
    b = json.dumps({"name": "Tesoreria PROD", "values": [{"key": "base_url", "value": API, "enabled": True},
                    {"key": "access_token", "value": t, "enabled": True}, {"key": "merchant", "value": client_id(), "enabled": True}]}, indent=1)
    lead = ("Ambiente Postman esportato dal collega:\n" if it else "Postman environment my colleague exported:\n")
    return "json", lead + b, [("access_token", t)]


def at_cell(it):
    t = opaque_token()
    if it:
        b = ch([f"Nel foglio 'Parametri' cella B3 c'è il token: {t} — lo aggiorniamo a mano ogni mattina, si può evitare?",
                f"token (preso dal portale alle 9:12) = {t}"])
    else:
        b = ch([f"Sheet 'Params' cell B3 holds the token {t}; we paste it by hand every morning, is there a better way?",
                f"token copied at 09:12 from the portal -> {t}"])
    return "email", b, [("access_token", t)]


AT = [at_curl, at_python, at_powerquery, at_vba, at_ps, at_cookie, at_apikey, at_wrapped, at_erp_screen, at_token_resp,
      at_postman, at_cell]


# ---------------- client secret
def cs_screen(it):
    s = client_secret()
    cid = client_id()
    if it:
        b = ch([f"Dati OAuth inseriti nel modulo pagamenti di {ch(ERPS)}:\nClient ID: {cid}\nClient Secret: {s}\nAmbiente: produzione",
                f"client id {cid} e secret {s} — li ho presi dalla dashboard, ma il token non viene emesso."])
    else:
        b = ch([f"OAuth app details as entered in {ch(ERPS)}:\nClient ID  : {cid}\nClient secret: {s}\nEnvironment: live",
                f"client_id {cid}, secret {s} — copied from the dashboard, token call still fails"])
    return "erp-screen", b, [("client_secret", s)]


def cs_curl_u(it):
    cid = client_id()
    s = client_secret()
    pair = f"{cid}:{s}"
    b = f"curl -u \"{pair}\" -d grant_type=client_credentials {API}/oauth/token"
    lead = ("Comando che usa il consulente:\n" if it else "The consultant's command:\n")
    return "curl", lead + b, [("client_secret", pair)]


def cs_basic(it):
    cid = client_id()
    s = client_secret()
    blob = base64.b64encode(f"{cid}:{s}".encode()).decode()
    b = (f"POST /oauth/token HTTP/1.1\nHost: api.sportello.example\nAuthorization: Basic {blob}\n"
         f"Content-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=settlements%3Aread")
    lead = ("Richiesta catturata da Fiddler sul server del gestionale:\n" if it else "Request captured with Fiddler on the ERP server:\n")
    return "http", lead + b, [("client_secret", blob)]


def cs_form(it):
    cid = client_id()
    s = client_secret()
    b = f"grant_type=client_credentials&client_id={cid}&client_secret={s}&scope=payouts:read"
    lead = ("Body della chiamata (dal log del middleware):\n" if it else "Body from the middleware log:\n")
    return "log", lead + b, [("client_secret", s)]


def cs_env(it):
    s = client_secret()
    b = (f"# .env connettore tesoreria\nSPORTELLO_CLIENT_ID={client_id()}\nSPORTELLO_CLIENT_SECRET={s}\n"
         f"BANK_FILES_DIR=/data/camt053\nTZ=Europe/Rome")
    lead = ("Il file .env che ci ha lasciato il fornitore del gestionale:\n" if it else ".env left by the ERP vendor:\n")
    return "env", lead + b, [("client_secret", s)]


def cs_ps_b64(it):
    cid = client_id()
    s = client_secret()
    pair = f"{cid}:{s}"
    b = (f"$pair = \"{pair}\"\n$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n"
         f"Invoke-RestMethod -Method Post -Uri {API}/oauth/token -Headers @{{Authorization=\"Basic $b64\"}} -Body @{{grant_type='client_credentials'}}")
    lead = ("Script PowerShell per il rinnovo del token:\n" if it else "PowerShell token script:\n")
    return "powershell", lead + b, [("client_secret", pair)]


def cs_odoo_params(it):
    s = client_secret()
    b = (f" id | key                               | value\n----+-----------------------------------+------------------------------\n"
         f" 41 | sportello.client_id               | {client_id()}\n 42 | sportello.client_secret           | {s}\n"
         f" 43 | sportello.journal_id              | {R.randint(5,40)}\n")
    lead = ("Parametri di sistema Odoo (ir.config_parameter), estratti con psql:\n" if it else
            "Odoo system parameters (ir.config_parameter) via psql:\n")
    return "sql-output", lead + b, [("client_secret", s)]


def cs_yaml(it):
    s = client_secret()
    b = (f"sportello:\n  environment: live\n  oauth:\n    client_id: {client_id()}\n    client_secret: \"{s}\"\n"
         f"  reconciliation:\n    bank_account_ref: BNK-{digits(3)}\n    tolerance_eur: 0.01")
    lead = ("application.yml del microservizio di riconciliazione:\n" if it else "application.yml of our reconciliation service:\n")
    return "yaml", lead + b, [("client_secret", s)]


CS = [cs_screen, cs_curl_u, cs_basic, cs_form, cs_env, cs_ps_b64, cs_odoo_params, cs_yaml]


# ---------------- refresh token
def rt_json(it):
    r = refresh_token()
    b = json.dumps({"token_type": "Bearer", "expires_in": 3600, "refresh_token": r, "refresh_expires_in": 2592000}, indent=2)
    lead = ("Questa la risposta salvata dal job notturno, il rinnovo fallisce:\n" if it else "Saved by the nightly job; renewal fails:\n")
    return "json", lead + b, [("refresh_token", r)]


def rt_pq(it):
    r = refresh_token()
    b = (f"// Parametri query Power BI – report incassi\nRefreshToken = \"{r}\" meta [IsParameterQuery=true, Type=\"Text\"],\n"
         f"TokenUrl = \"{API}/oauth/token\"")
    lead = ("Nel report Power BI della direzione finanziaria:\n" if it else "In the CFO's Power BI report:\n")
    return "powerquery", lead + b, [("refresh_token", r)]


def rt_body(it):
    r = refresh_token()
    b = f"POST /oauth/token\ngrant_type=refresh_token&refresh_token={r}&client_id={client_id()}"
    lead = ("Dal log del gestionale (errore invalid_grant):\n" if it else "From the ERP log (invalid_grant):\n")
    return "log", lead + b, [("refresh_token", r)]


def rt_prose(it):
    r = refresh_token()
    if it:
        b = ch([f"Il refresh token che ci avete rilasciato ieri ({r}) risulta già revocato, com'è possibile?",
                f"refresh token salvato nel gestionale: {r}\nda stamattina errore 400."])
    else:
        b = ch([f"The refresh token issued yesterday ({r}) already shows as revoked — how?",
                f"refresh_token stored in BC: {r}\nsince this morning it returns 400"])
    return "email", b, [("refresh_token", r)]


def rt_table(it):
    r = refresh_token()
    b = (f"Chiave\tValore\naccess_token_expires\t{isodate()}T10:00:00Z\nrefresh_token\t{r}\nlast_sync\t{isodate()}T06:00:00Z" if it else
         f"Key\tValue\naccess_token_expires\t{isodate()}T10:00:00Z\nrefresh_token\t{r}\nlast_sync\t{isodate()}T06:00:00Z")
    lead = ("Tabella impostazioni dell'estensione (copiata da BC):\n" if it else "Extension setup table (copied from BC):\n")
    return "tsv", lead + b, [("refresh_token", r)]


def rt_code(it):
    r = refresh_token()
    b = (f"REFRESH = \"{r}\"\n\ndef new_token():\n    r = requests.post(\"{API}/oauth/token\", data={{\"grant_type\": \"refresh_token\",\n"
         f"        \"refresh_token\": REFRESH, \"client_id\": CLIENT_ID}})\n    return r.json()[\"access_token\"]")
    lead = ("Nel notebook del controllo di gestione:\n" if it else "In the FP&A notebook:\n")
    return "python", lead + b, [("refresh_token", r)]


RT = [rt_json, rt_pq, rt_body, rt_prose, rt_table, rt_code]


# ---------------- private key
def pk_mail(it):
    blk = pem_block()
    if it:
        b = f"Come richiesto dalla banca per l'attivazione host-to-host vi inoltro la chiave (l'ha generata il nostro IT):\n\n{blk}\n\nLa pubblica l'abbiamo già caricata."
    else:
        b = f"As requested for the host-to-host set-up, here is the key our IT generated:\n\n{blk}\n\nThe public part is already uploaded."
    return "email", b, [("private_key", blk)]


def pk_yaml(it):
    ind = "    "
    blk = pem_block(indent=ind)
    b = f"bank_h2h:\n  host: sftp.bank.example\n  user: h2h_{digits(5)}\n  private_key: |\n{ind}{blk}\n  remote_dir: /in/pain001"
    lead = ("Config del job che carica le distinte pain.001:\n" if it else "Config of the job uploading pain.001 batches:\n")
    return "yaml", lead + b, [("private_key", blk)]


def pk_json(it):
    blk = pem_block(sep="\\n")
    b = '{\n  "type": "service_account",\n  "client_email": "recon@fin-' + digits(5) + '.iam.example",\n  "private_key": "' + blk + '\\n"\n}'
    lead = ("File di credenziali del connettore (quello che va nella cartella config):\n" if it else "Connector credentials file (the one in /config):\n")
    return "json", lead + b, [("private_key", blk)]


def pk_ebics(it):
    blk = pem_block()
    if it:
        b = f"Chiavi EBICS (firma A006) esportate dal software di tesoreria — il fornitore dice di mandarvele per la verifica dell'INI letter:\n\n{blk}"
    else:
        b = f"EBICS signature key (A006) exported from our treasury tool — vendor said to send it for the INI letter check:\n\n{blk}"
    return "email", b, [("private_key", blk)]


PK = [pk_mail, pk_yaml, pk_json, pk_ebics]


# ---------------- vendor keys
def vk_generic(it):
    name, k = vendor_key()
    secs = [("vendor_key", k)]
    if name == "aws":
        s = aws_secret()
        secs.append(("vendor_key", s))
        b = (f"[default]\naws_access_key_id = {k}\naws_secret_access_key = {s}\nregion = eu-south-1\n")
        lead = ("Il bucket dove depositiamo i file di settlement per voi, credenziali del nostro account:\n" if it else
                "The bucket where we drop settlement files for you, creds from our account:\n")
        return "ini", lead + b, secs
    ctx_it = {"stripe": "la chiave del vecchio PSP (la usiamo ancora per i rimborsi)", "stripe-webhook": "il segreto del webhook del vecchio PSP",
              "adyen": "la API key Adyen del marketplace", "gocardless": "il token GoCardless per gli addebiti SDD",
              "sendgrid": "la chiave SendGrid che manda le fatture ai clienti", "slack": "il bot Slack che avvisa la tesoreria",
              "github": "il token GitHub del repo con gli script di riconciliazione", "google": "la chiave Google per il foglio condiviso incassi",
              "twilio": "l'auth token Twilio per gli SMS di sollecito", "mailgun": "la chiave Mailgun dei solleciti di pagamento",
              "shopify": "il token admin Shopify dello shop", "openai": "la chiave OpenAI che usa il tool di lettura fatture",
              "azure": "la AccountKey dello storage Azure con gli estratti conto", "mollie": "la chiave Mollie live",
              "gitlab": "il token GitLab della pipeline che genera i flussi"}
    ctx_en = {"stripe": "our old PSP key (still used for refunds)", "stripe-webhook": "old PSP webhook signing secret",
              "adyen": "the marketplace's Adyen API key", "gocardless": "GoCardless access token for direct debits",
              "sendgrid": "the SendGrid key that e-mails invoices", "slack": "the Slack bot that pings treasury",
              "github": "GitHub token for the recon scripts repo", "google": "Google API key for the shared cash sheet",
              "twilio": "Twilio auth token for dunning SMS", "mailgun": "Mailgun key for payment reminders",
              "shopify": "Shopify admin token", "openai": "OpenAI key used by the invoice OCR tool",
              "azure": "Azure storage AccountKey holding bank statements", "mollie": "Mollie live key",
              "gitlab": "GitLab token of the pipeline building bank files"}
    c = ctx_it[name] if it else ctx_en[name]
    v = R.randint(0, 4)
    if v == 0:
        b = f"{'Vi giro' if it else 'Sending'} {c}: {k}"
    elif v == 1:
        var = {"stripe": "STRIPE_SECRET_KEY", "stripe-webhook": "STRIPE_WEBHOOK_SECRET", "adyen": "ADYEN_API_KEY",
               "gocardless": "GC_ACCESS_TOKEN", "sendgrid": "SENDGRID_API_KEY", "slack": "SLACK_BOT_TOKEN", "github": "GH_TOKEN",
               "google": "GOOGLE_API_KEY", "twilio": "TWILIO_AUTH_TOKEN", "mailgun": "MAILGUN_API_KEY", "shopify": "SHOPIFY_ADMIN_TOKEN",
               "openai": "OPENAI_API_KEY", "azure": "AZURE_STORAGE_KEY", "mollie": "MOLLIE_API_KEY", "gitlab": "GITLAB_TOKEN"}[name]
        b = f"{'Da .env del server contabile' if it else 'From the finance server .env'} ({c}):\n{var}={k}\nSPORTELLO_ENV=live"
    elif v == 2:
        b = f"{c}\n\n    \"{name}_key\": \"{k}\","
    elif v == 3:
        b = (f"{'Fornitore' if it else 'Vendor'}\t{'Uso' if it else 'Use'}\t{'Chiave' if it else 'Key'}\n"
             f"{name.title()}\t{c}\t{k}\nSportello\t{'incassi' if it else 'collections'}\t{'vedi vault' if it else 'see vault'}")
    else:
        if name == "twilio":
            b = f"Twilio: Account SID AC{rnd(HEX,32)}, auth token {k}"
        elif name == "azure":
            b = f"DefaultEndpointsProtocol=https;AccountName=finstatements{digits(3)};AccountKey={k};EndpointSuffix=core.windows.net"
        else:
            b = f"# {c}\nimport os\nKEY = \"{k}\"  # TODO spostare in variabile d'ambiente" if it else f"# {c}\nKEY = \"{k}\"  # TODO move to env"
    return ch(["email", "env", "code", "tsv", "config"]), b, secs


def vk_slack_hook(it):
    u = slack_webhook()
    b = (f"{'Il bot che manda in #tesoreria il riepilogo payout usa questo webhook' if it else 'The bot posting payout summaries to #treasury uses this webhook'}:\n"
         f"requests.post(\"{u}\", json={{\"text\": f\"Payout {{pid}}: {{net}} EUR\"}})")
    return "python", b, [("vendor_key", u)]


def vk_aws_cli(it):
    k = "AKIA" + rnd(string.ascii_uppercase + "234567", 16)
    s = aws_secret()
    b = (f"export AWS_ACCESS_KEY_ID={k}\nexport AWS_SECRET_ACCESS_KEY={s}\naws s3 ls s3://{ch(['fin-settlements','treasury-drop','payout-reports'])}/{isodate()}/")
    lead = ("Per scaricare i report giornalieri il collega dei sistemi fa così:\n" if it else "To pull daily reports IT does:\n")
    return "shell", lead + b, [("vendor_key", k), ("vendor_key", s)]


def vk_stripe_migr(it):
    k = ch(["sk_live_", "rk_live_"]) + rnd(ALNUM, ch([24, 99]))
    if it:
        b = (f"Stiamo migrando gli incassi da Stripe a voi. Per importare lo storico dei rimborsi e le contestazioni "
             f"vi serve la nostra chiave? Eccola: {k}\nCi interessa soprattutto il periodo {date(True)} – {date(True)}.")
    else:
        b = (f"We're moving collections from Stripe to you. For importing refund and dispute history, here is our key: {k}\n"
             f"Period of interest: {date(False)} to {date(False)}.")
    return "email", b, [("vendor_key", k)]


VK = [vk_generic, vk_generic, vk_generic, vk_slack_hook, vk_aws_cli, vk_stripe_migr]


# ---------------- cards (+cvv)
def card_dispute_csv(it):
    raws = [card_raw() for _ in range(R.randint(1, 3))]
    secs = []
    rows = []
    for r_ in raws:
        c = ch([r_, group4(r_)]) if len(r_) == 16 else r_
        secs.append(("card_number", c))
        rows.append(f"CB-{R.randint(2025,2026)}-{digits(5)};{digits(23)};{c};{amount(5, 900, it)};{ch(['10.4','13.1','4837','4853','13.3'])};{date(it)}")
    hdr = "caso;ARN;PAN;importo;reason_code;data_transazione" if it else "case;ARN;PAN;amount;reason_code;txn_date"
    lead = ("Estratto del nostro foglio contestazioni (dal portale dell'acquirer), per i casi ancora aperti:\n\n" if it else
            "From our dispute tracker (acquirer portal export), open cases only:\n\n")
    return "csv", lead + hdr + "\n" + "\n".join(rows), secs


def card_corporate(it):
    r_ = card_raw()
    c = fmt_card(r_)
    cv = cvv_for(r_)
    e = expiry()
    with_cvv = R.random() < 0.6
    if it:
        b = (f"Per il canone annuale del servizio addebitate pure sulla carta aziendale {c} scad. {e}"
             + (f" CVV {cv}" if with_cvv else "") + f". Intestata a {company(True)}.")
    else:
        b = (f"Please charge the annual fee to our corporate card {c}, exp {e}" + (f", security code {cv}" if with_cvv else "") + ".")
    secs = [("card_number", c)] + ([("cvv", cv)] if with_cvv else [])
    return "email", b, secs


def card_expense(it):
    r_ = card_raw()
    c = fmt_card(r_)
    b = (f"{'Data' if it else 'Date'}\t{'Fornitore' if it else 'Merchant'}\t{'Importo' if it else 'Amount'}\t{'Carta' if it else 'Card'}\n"
         f"{date(it)}\tTrenitalia\t{amount(20, 200, it)}\t{c}\n{date(it)}\tHotel Excelsior\t{amount(80, 600, it)}\t{c}\n"
         f"{date(it)}\tSportello fee\t{amount(10, 99, it)}\t{c}")
    lead = ("Nota spese di novembre (il vostro addebito non ha la descrizione, quale servizio è?):\n" if it else
            "November expense report (your charge has no descriptor, which service is it?):\n")
    return "tsv", lead + b, [("card_number", c)]


def card_customer_fwd(it):
    r_ = card_raw()
    c = fmt_card(r_)
    cv = cvv_for(r_)
    e = expiry()
    if it:
        b = (f"Un nostro cliente del marketplace ci ha scritto i dati della carta per riprovare l'ordine {R.randint(100000,999999)}:\n"
             f"\"numero carta {c}\nscadenza {e}\ncodice dietro {cv}\"\nPossiamo fare noi l'addebito dal pannello?")
    else:
        b = (f"A marketplace buyer emailed his card to retry order {R.randint(100000,999999)}:\n\"card {c}\nexp {e}\ncvc {cv}\"\n"
             "Can we charge it manually from the dashboard?")
    return "email", b, [("card_number", c), ("cvv", cv)]


def card_json(it):
    r_ = card_raw()
    cv = cvv_for(r_)
    d = {"txn_id": uid(), "amount": R.randint(100, 99999), "currency": "EUR", "card": {"pan": r_, "exp_month": R.randint(1, 12),
         "exp_year": R.randint(2027, 2031), "cvc": cv}, "merchant_ref": inv_no()}
    b = json.dumps(d, indent=2)
    lead = ("Il file che il nostro vecchio gestore POS ci restituisce per la riconciliazione contiene questo:\n" if it else
            "The file our old POS processor returns for reconciliation has this:\n")
    return "json", lead + b, [("card_number", r_), ("cvv", cv)]


def card_letter(it):
    r_ = card_raw()
    c = fmt_card(r_)
    if it:
        b = (f"Oggetto: contestazione addebito – pratica n. {digits(8)}\n\nCon riferimento alla transazione del {date(True)} di euro {amount(10, 3000, True)} "
             f"effettuata con la carta n. {c}, il titolare dichiara di non averla autorizzata. Vi chiediamo copia della prova di consegna.")
    else:
        b = (f"Re: dispute case {digits(8)}\n\nTransaction of {date(False)}, EUR {amount(10, 3000)}, card number {c}. Cardholder says unauthorised; "
             "please send proof of delivery.")
    return "letter", b, [("card_number", c)]


def card_sql(it):
    rs = [card_raw() for _ in range(2)]
    b = (" order_id | card_number      | amount  | status\n----------+------------------+---------+--------\n" +
         "\n".join(f" {R.randint(100000,999999)}   | {x:<16} | {R.randint(10,999)}.{digits(2)}  | {ch(['captured','refunded','disputed'])}" for x in rs))
    lead = ("Query sulla tabella ordini del vecchio e-commerce (sì, lo so che non dovrebbero esserci):\n" if it else
            "Query on the legacy shop's orders table (yes, I know they shouldn't be there):\n")
    return "sql-output", lead + b, [("card_number", x) for x in rs]


def card_amex(it):
    r_ = ch(["378282", "371449", "340000"]) + digits(8)
    r_ = r_ + luhn_digit(r_)
    c = r_[:4] + " " + r_[4:10] + " " + r_[10:]
    cid = digits(4)
    if it:
        b = f"Carta American Express aziendale per l'abbonamento: {c}, CID (4 cifre sul fronte) {cid}, scade {expiry()}."
    else:
        b = f"Company Amex for the subscription: {c}, CID {cid} (front, 4 digits), expires {expiry()}."
    return "email", b, [("card_number", c), ("cvv", cid)]


def cvv_only(it):
    r_ = card_raw()
    c = fmt_card(r_)
    cv = cvv_for(r_)
    lab = ch(["CVV2", "CVC", "codice di sicurezza", "security code", "CVV", "cryptogramme visuel", "código CVV"])
    if it:
        b = f"Per il pagamento della fattura {inv_no()} con carta: {c} — {lab}: {cv} — titolare {person(True)}"
    else:
        b = f"Paying invoice {inv_no()} by card: {c} / {lab} {cv} / holder {person(False)}"
    return "email", b, [("card_number", c), ("cvv", cv)]


def cvv_form(it):
    r_ = card_raw()
    cv = cvv_for(r_)
    c = fmt_card(r_)
    if it:
        b = (f"MODULO AUTORIZZAZIONE ADDEBITO SU CARTA\nTitolare: {person(True)}\nNumero: {c}\nScadenza: {expiry()}\nCVV: {cv}\n"
             f"Importo massimo mensile: € {amount(100, 5000, True)}\nFirma ________")
    else:
        b = (f"CARD AUTHORISATION FORM\nCardholder: {person(False)}\nNumber: {c}\nExpiry: {expiry()}\nCVV: {cv}\nMonthly cap: EUR {amount(100, 5000)}")
    return "form", b, [("card_number", c), ("cvv", cv)]


CARD = [card_dispute_csv, card_corporate, card_expense, card_customer_fwd, card_json, card_letter, card_sql, card_amex]
CVV = [cvv_only, cvv_form, card_customer_fwd, card_amex, card_json]


# ---------------- iban
def iban_change(it):
    raw = iban_raw()
    v = fmt_iban(raw)
    co = company(it)
    if it:
        b = (f"Spett.le Cliente,\ncon la presente comunichiamo che a far data dal {date(True)} le nostre coordinate bancarie sono variate.\n"
             f"Vi preghiamo di effettuare i pagamenti delle fatture in scadenza sul nuovo conto:\nIBAN {v}\nBIC {ch(BICS)}\n"
             f"Intestato a: {co}\nRestano invariate le altre condizioni.")
    else:
        b = (f"Dear customer,\nplease note that from {date(False)} our bank details have changed. Kindly remit all payments to:\n"
             f"IBAN: {v}\nBIC/SWIFT: {ch(BICS)}\nAccount name: {co}")
    lead = ("Il fornitore ci chiede di aggiornare l'IBAN, possiamo cambiarlo anche sui vostri payout automatici? Testo della lettera:\n\n" if it else
            "Supplier asks us to update their bank details — can the automatic payouts change too? Their letter:\n\n")
    return "letter", lead + b, [("iban", v)]


def iban_fatturapa(it):
    raw = iban_raw("IT")
    b = (f"<DatiPagamento>\n  <CondizioniPagamento>TP02</CondizioniPagamento>\n  <DettaglioPagamento>\n    <ModalitaPagamento>MP05</ModalitaPagamento>\n"
         f"    <DataScadenzaPagamento>{isodate()}</DataScadenzaPagamento>\n    <ImportoPagamento>{R.randint(100,99999)}.{digits(2)}</ImportoPagamento>\n"
         f"    <IstitutoFinanziario>{ch(IT_BANKS)[1]}</IstitutoFinanziario>\n    <IBAN>{raw}</IBAN>\n  </DettaglioPagamento>\n</DatiPagamento>")
    lead = ("Nella fattura elettronica che generiamo dal vostro connettore il blocco pagamento esce così, è corretto?\n\n" if it else
            "The FatturaPA payment block your connector produces looks like this, is it right?\n\n")
    return "xml", lead + b, [("iban", raw)]


def iban_camt(it):
    raw = iban_raw()
    raw2 = iban_raw()
    b = (f"<Stmt>\n  <Id>{digits(6)}-{isodate()}</Id>\n  <Acct><Id><IBAN>{raw}</IBAN></Id><Ccy>EUR</Ccy></Acct>\n  <Ntry>\n"
         f"    <Amt Ccy=\"EUR\">{R.randint(100,99999)}.{digits(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>\n"
         f"    <NtryDtls><TxDtls><Refs><EndToEndId>{rnd(UPNUM,16)}</EndToEndId></Refs>\n"
         f"      <RltdPties><DbtrAcct><Id><IBAN>{raw2}</IBAN></Id></DbtrAcct></RltdPties>\n"
         f"      <RmtInf><Ustrd>PAYOUT {pay_id()}</Ustrd></RmtInf></TxDtls></NtryDtls>\n  </Ntry>\n</Stmt>")
    lead = ("Nel camt.053 di ieri l'accredito non ha il riferimento che ci aspettavamo:\n\n" if it else
            "Yesterday's camt.053 credit lacks the reference we expected:\n\n")
    return "xml", lead + b, [("iban", raw), ("iban", raw2)]


def iban_mt940(it):
    raw = iban_raw()
    b = (f":20:STMT{digits(8)}\n:25:{raw}\n:28C:{R.randint(1,365)}/1\n:60F:C{isodate()[2:].replace('-','')}EUR{R.randint(1000,99999)},{digits(2)}\n"
         f":61:{isodate()[2:].replace('-','')}C{R.randint(100,9999)},{digits(2)}NTRFNONREF//{digits(10)}\n:86:166?00BONIFICO?20PAYOUT {pay_id()}\n"
         f":62F:C{isodate()[2:].replace('-','')}EUR{R.randint(1000,99999)},{digits(2)}")
    lead = ("Estratto MT940 dalla banca tedesca, il nostro ERP non abbina la riga :61:\n\n" if it else
            "MT940 from the German bank; our ERP can't match the :61: line\n\n")
    return "mt940", lead + b, [("iban", raw)]


def iban_payroll(it):
    rows, secs = [], []
    for _ in range(R.randint(2, 4)):
        raw = iban_raw("IT")
        v = ch([raw, group4(raw)])
        secs.append(("iban", v))
        rows.append(f"{digits(4)};{ch(IT_LAST)};{ch(IT_FIRST)};{v};{amount(900, 3500, True)}")
    hdr = "matricola;cognome;nome;iban;netto" if it else "emp_no;surname;name;iban;net_pay"
    lead = ("Tracciato stipendi di dicembre preparato dallo studio paghe; alcuni bonifici tornano indietro:\n\n" if it else
            "December payroll file from the bureau; some transfers bounced:\n\n")
    return "csv", lead + hdr + "\n" + "\n".join(rows), secs


def iban_pain001(it):
    raw = iban_raw()
    b = (f"<CdtTrfTxInf>\n  <PmtId><EndToEndId>{inv_no().replace('/','-')}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">{R.randint(10,9999)}.{digits(2)}</InstdAmt></Amt>\n"
         f"  <CdtrAgt><FinInstnId><BICFI>{ch(BICS)}</BICFI></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>{company(it)}</Nm></Cdtr>\n"
         f"  <CdtrAcct><Id><IBAN>{raw}</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>")
    lead = ("La banca scarta la distinta pain.001 con errore 'AC01', ecco la transazione:\n\n" if it else
            "Bank rejects our pain.001 with AC01, the transaction:\n\n")
    return "xml", lead + b, [("iban", raw)]


def iban_split(it):
    raw = iban_raw()
    g = group4(raw)
    cut = ch([10, 15, 20])
    v = g[:cut] + "\n" + g[cut:]
    if it:
        b = f"Le coordinate del nuovo conto per i payout (copiate dal PDF della banca):\n{v}\nGrazie"
    else:
        b = f"New payout account details (copied from the bank's PDF):\n{v}\nThanks"
    return "email", b, [("iban", v)]


def iban_foreign(it):
    cc = ch(["DE", "FR", "ES", "NL", "BE", "AT", "CH"])
    raw = iban_raw(cc)
    v = fmt_iban(raw)
    lab = {"DE": "Bankverbindung", "FR": "RIB / IBAN", "ES": "Cuenta IBAN", "NL": "Rekeningnummer (IBAN)",
           "BE": "Numéro de compte", "AT": "Bankverbindung", "CH": "IBAN (Konto)"}[cc]
    if it:
        b = f"La filiale estera ci ha mandato i dati per ricevere i payout:\n{lab}: {v}\nBIC: {ch(BICS)}\nCi confermate che va bene per il conto in {cc}?"
    else:
        b = f"Our subsidiary sent the details for payouts:\n{lab}: {v}\nBIC: {ch(BICS)}\nOK for the {cc} entity?"
    return "email", b, [("iban", v)]


def iban_pandas(it):
    raws = [iban_raw() for _ in range(3)]
    b = ("      supplier_id  iban                           amount\n" +
         "\n".join(f"{i}  F{digits(5)}     {x:<30} {R.randint(100,9999)}.{digits(2)}" for i, x in enumerate(raws)))
    lead = (">>> df_fornitori[~df_fornitori.iban.isin(anagrafica.iban)]\n" if it else ">>> suppliers[~suppliers.iban.isin(master.iban)]\n")
    tail = ("\nQuesti tre risultano con IBAN diverso dall'anagrafica, sospetta frode?" if it else
            "\nThese three differ from the vendor master, possible fraud?")
    return "python-output", lead + b + tail, [("iban", x) for x in raws]


def iban_prose(it):
    raw = iban_raw()
    v = fmt_iban(raw)
    if it:
        b = ch([f"Il payout del {date(True)} è arrivato su {v} invece che sul conto principale, potete verificare?",
                f"vi confermo l'iban per il rimborso al cliente: {v} (intestato a {person(True)})",
                f"da settimana prossima usate l'IBAN {v} per gli accrediti, quello vecchio lo chiudiamo"])
    else:
        b = ch([f"Payout of {date(False)} went to {v} instead of our main account, can you check?",
                f"confirming the refund account for the customer: {v} ({person(False)})",
                f"from next week credit {v}, the old account is being closed"])
    return "email", b, [("iban", v)]


def iban_factoring(it):
    raw = iban_raw("IT")
    v = fmt_iban(raw)
    if it:
        b = (f"NOTIFICA DI CESSIONE DEL CREDITO\nSi comunica che i crediti vantati da {company(True)} nei Vs. confronti sono stati ceduti a "
             f"{ch(['Banca Ifis','Factorit','BFF Banking Group','Generalfinance'])} (pro soluto).\nI pagamenti dovranno essere effettuati "
             f"esclusivamente sul conto IBAN {v}, indicando il n. fattura.")
    else:
        b = (f"NOTICE OF ASSIGNMENT\nReceivables of {company(False)} have been assigned to {ch(['Greenfield Factoring Ltd','Close Brothers','Aldermore'])}.\n"
             f"Pay only to IBAN {v}, quoting the invoice number.")
    return "letter", b, [("iban", v)]


IBAN = [iban_change, iban_fatturapa, iban_camt, iban_mt940, iban_payroll, iban_pain001, iban_split, iban_foreign,
        iban_pandas, iban_prose, iban_factoring]


# ---------------- national bank accounts
def ba_it_abicab(it):
    abi, cab, conto, cin = it_parts()
    v = R.randint(0, 3)
    if v == 0:
        b = f"coordinate vecchio formato: ABI {abi} CAB {cab} c/c n. {conto}" if it else f"old-style details: ABI {abi}, CAB {cab}, account {conto}"
        val = conto
    elif v == 1:
        val = f"{cin} {abi} {cab} {conto}"
        b = (f"BBAN: {val} (il gestionale vecchio vuole il BBAN senza IT e check)" if it else
             f"BBAN {val} — legacy ERP wants it without country/check")
    elif v == 2:
        val = cin + abi + cab + conto
        b = (f"Nel tracciato CBI (record 14) il campo coordinate è {val}, è giusto?" if it else
             f"In the CBI record 14 the account field reads {val}, is that right?")
    else:
        val = conto
        b = (f"Banca: {ch(IT_BANKS)[1]}\nCIN: {cin}\nABI: {abi}\nCAB: {cab}\nConto corrente: {conto}" if it else
             f"Bank: {ch(IT_BANKS)[1]}\nCIN: {cin}\nABI: {abi}\nCAB: {cab}\nAccount no.: {conto}")
    return "email", b, [("bank_account", val)]


def ba_de(it):
    blz, kto = de_parts()
    v = R.randint(0, 2)
    if v == 0:
        k = kto.lstrip("0")
        k = " ".join([k[max(0, i - 3):i] for i in range(len(k), 0, -3)][::-1])
        b = f"Bankverbindung: {ch(['Sparkasse KölnBonn','Commerzbank','Deutsche Bank','Volksbank Mittelhessen'])}, BLZ {blz[:3]} {blz[3:6]} {blz[6:]}, Kto.-Nr. {k}"
        val = k
    elif v == 1:
        b = f"Konto {kto} bei BLZ {blz}"
        val = kto
    else:
        b = f"Kontonummer: {kto}\nBankleitzahl: {blz}"
        val = kto
    lead = ("Il fornitore tedesco indica solo i dati nazionali, possiamo pagarlo così?\n" if it else
            "German supplier only gives domestic details, can we pay like this?\n")
    return "email", lead + b, [("bank_account", val)]


def ba_fr(it):
    b_, g, c, k = fr_parts()
    v = R.randint(0, 2)
    if v == 0:
        val = f"{b_} {g} {c} {k}"
        b = f"Relevé d'identité bancaire\nCode banque  Code guichet  N° de compte   Clé RIB\n{val}\nDomiciliation : {ch(['BNP PARIBAS LYON','CIC NANTES','LCL PARIS OPERA'])}"
    elif v == 1:
        val = c
        b = f"code banque {b_}, code guichet {g}, numéro de compte {c}, clé {k}"
    else:
        val = b_ + g + c + k
        b = f"RIB: {val}"
    lead = ("Dalla consociata francese:\n" if it else "From the French entity:\n")
    return "email", lead + b, [("bank_account", val)]


def ba_es(it):
    e, o, dc, cu = es_parts()
    sep = ch([" ", "-", ""])
    val = sep.join([e, o, dc, cu])
    b = ch([f"Número de cuenta (CCC): {val}", f"CCC {val} – titular {company(False)}", f"cuenta: {val}"])
    lead = ("Il cliente spagnolo ha compilato il modulo con il vecchio CCC invece dell'IBAN:\n" if it else
            "Spanish client filled in the form with the old CCC instead of an IBAN:\n")
    return "email", lead + b, [("bank_account", val)]


def ba_uk(it):
    sc, ac = uk_parts()
    scf = ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    v = R.randint(0, 2)
    if v == 0:
        b = f"Sort code: {scf}\nAccount number: {ac}\nAccount name: {company(False)}"
        val = ac
    elif v == 1:
        val = f"{scf} {ac}"
        b = f"Please pay our invoice to {val} (Barclays)."
    else:
        b = f"s/c {scf} a/c {ac}"
        val = ac
    lead = ("Fornitore UK, coordinate domestiche:\n" if it else "")
    return "email", lead + b, [("bank_account", val)]


def ba_remit_csv(it):
    rows, secs = [], []
    for _ in range(R.randint(2, 3)):
        cc = ch(["IT", "DE", "GB", "ES"])
        if cc == "IT":
            abi, cab, conto, cin = it_parts()
            acct = conto
            extra = f"{abi}/{cab}"
        elif cc == "DE":
            blz, kto = de_parts()
            acct, extra = kto, blz
        elif cc == "GB":
            sc, ac = uk_parts()
            acct, extra = ac, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
        else:
            e, o, dc, cu = es_parts()
            acct = f"{e}{o}{dc}{cu}"
            extra = ""
        secs.append(("bank_account", acct))
        rows.append(f"{inv_no()},{company(False)},{cc},{extra},{acct},{amount(50, 20000).replace(',', '')}")
    hdr = "invoice,payee,country,bank_code,account,amount"
    lead = ("Export fornitori esteri dal gestionale per il pagamento massivo, senza IBAN:\n\n" if it else
            "Foreign supplier run export from the ERP (no IBANs):\n\n")
    return "csv", lead + hdr + "\n" + "\n".join(rows), secs


def ba_fixed(it):
    abi, cab, conto, cin = it_parts()
    rec = f" 14{digits(7)}{date(True).replace('/','')[:6]}{R.randint(1000,99999):013d}-{abi}{cab}{conto}{'':<3}{digits(5)}"
    b = f"{'Record del flusso RiBa/CBI che la banca rifiuta' if it else 'CBI RiBa record the bank rejects'}:\n{rec}"
    return "fixed-width", b, [("bank_account", conto)]


BA = [ba_it_abicab, ba_de, ba_fr, ba_es, ba_uk, ba_remit_csv, ba_fixed, ba_it_abicab, ba_uk]


# ================================================================ negative payloads (must pass)
def n_camt_masked(it):
    raw = iban_raw()
    b = (f"<Ntry>\n  <NtryRef>{digits(10)}</NtryRef>\n  <Amt Ccy=\"EUR\">{R.randint(100,99999)}.{digits(2)}</Amt>\n  <CdtDbtInd>CRDT</CdtDbtInd>\n"
         f"  <BookgDt><Dt>{isodate()}</Dt></BookgDt>\n  <AcctSvcrRef>{rnd(UPNUM,16)}</AcctSvcrRef>\n"
         f"  <NtryDtls><TxDtls><Refs><EndToEndId>{pay_id()}</EndToEndId><TxId>{trn()}</TxId></Refs>\n"
         f"    <RltdPties><DbtrAcct><Id><IBAN>{mask_iban(raw)}</IBAN></Id></DbtrAcct></RltdPties>\n"
         f"    <RltdAgts><DbtrAgt><FinInstnId><BICFI>{ch(BICS)}</BICFI></FinInstnId></DbtrAgt></RltdAgts>\n  </TxDtls></NtryDtls>\n</Ntry>")
    lead = ("Riga del camt.053 (ho mascherato l'IBAN) che non riusciamo ad abbinare al payout:\n\n" if it else
            "camt.053 entry (IBAN masked by me) we can't match to a payout:\n\n")
    return "xml", lead + b


def n_mt940(it):
    b = (f":20:{rnd(UPNUM,10)}\n:25:{ch(BICS)[:8]}/{'*' * 8}{digits(4)}\n:28C:{R.randint(1,300):05d}/001\n"
         f":60F:C{isodate()[2:].replace('-','')}EUR{R.randint(1000,999999)},{digits(2)}\n"
         f":61:{isodate()[2:].replace('-','')}{isodate()[5:].replace('-','')}C{R.randint(10,99999)},{digits(2)}NTRF{rnd(UPNUM,10)}//{digits(12)}\n"
         f":86:/EREF/{pay_id()}/REMI/SETTLEMENT {isodate()} /CRO/{cro()}\n:62F:C{isodate()[2:].replace('-','')}EUR{R.randint(1000,999999)},{digits(2)}")
    lead = ("MT940 di oggi, la riga :61: ha il CRO ma non il riferimento payout:\n" if it else
            "Today's MT940; the :61: has the CRO but not the payout ref:\n")
    return "mt940", lead + b


def n_bai2(it):
    b = (f"01,{digits(9)},{digits(9)},{isodate()[2:].replace('-','')},0600,{R.randint(1,99)},80,,2/\n"
         f"02,{digits(9)},{digits(9)},1,{isodate()[2:].replace('-','')},,USD,2/\n03,XXXXXX{digits(4)},USD,010,{R.randint(10000,999999)},,,015,{R.randint(10000,999999)},,/\n"
         f"16,165,{R.randint(100,99999)},Z,{digits(10)},{pay_id()},PAYOUT SETTLEMENT/\n49,{R.randint(10000,999999)},3/\n98,{R.randint(10000,999999)},1,5/\n99,{R.randint(10000,999999)},1,7/")
    lead = ("BAI2 from our US bank (account masked by the bank). The 16 record amount is short by the fee:\n" if not it else
            "BAI2 della banca USA (conto già mascherato), la riga 16 è più bassa della commissione:\n")
    return "bai2", lead + b


def n_remit_csv(it):
    rows = [f"{inv_no()};{date(it)};{amount(10, 9000, it)};{ch(['CRO','TRN'])} {ch([cro(), trn()])};{pay_id()}" for _ in range(R.randint(3, 6))]
    hdr = "fattura;data_incasso;importo;riferimento_banca;payout" if it else "invoice;received;amount;bank_ref;payout"
    lead = ("Rimesse di novembre, mancano due payout rispetto al vostro report:\n\n" if it else
            "November remittances; two payouts missing vs your report:\n\n")
    return "csv", lead + hdr + "\n" + "\n".join(rows)


def n_fatturapa_hdr(it):
    b = (f"<FatturaElettronicaHeader>\n  <DatiTrasmissione>\n    <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{piva()}</IdCodice></IdTrasmittente>\n"
         f"    <ProgressivoInvio>{rnd(UPNUM,5)}</ProgressivoInvio>\n    <FormatoTrasmissione>FPR12</FormatoTrasmissione>\n"
         f"    <CodiceDestinatario>{rnd(UPNUM,7)}</CodiceDestinatario>\n  </DatiTrasmissione>\n  <CedentePrestatore><DatiAnagrafici>\n"
         f"    <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{piva()}</IdCodice></IdFiscaleIVA>\n    <RegimeFiscale>RF01</RegimeFiscale>\n"
         f"  </DatiAnagrafici></CedentePrestatore>\n</FatturaElettronicaHeader>")
    lead = ("Lo SDI ci scarta la fattura delle vostre commissioni con errore 00305, header:\n\n" if it else
            "SDI rejects your fee invoice with error 00305; header:\n\n")
    return "xml", lead + b


def n_sdi_receipt(it):
    b = (f"<ns3:RicevutaConsegna versione=\"1.0\">\n  <IdentificativoSdI>{digits(10)}</IdentificativoSdI>\n"
         f"  <NomeFile>IT{piva()}_{rnd(UPNUM,5)}.xml.p7m</NomeFile>\n  <Hash>{sha256hex()}</Hash>\n"
         f"  <DataOraRicezione>{isodate()}T{R.randint(8,19):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}.000+01:00</DataOraRicezione>\n"
         f"  <MessageId>{digits(11)}</MessageId>\n</ns3:RicevutaConsegna>")
    lead = ("Ricevuta di consegna SDI della fattura che dite di non aver ricevuto:\n\n" if it else
            "SDI delivery receipt for the invoice you say you never got:\n\n")
    return "xml", lead + b


def n_peppol(it):
    b = (f"<sh:StandardBusinessDocumentHeader>\n  <sh:Sender><sh:Identifier Authority=\"iso6523-actorid-upis\">0211:IT{piva()}</sh:Identifier></sh:Sender>\n"
         f"  <sh:Receiver><sh:Identifier Authority=\"iso6523-actorid-upis\">{ch(['0088:','0192:','9930:DE'])}{digits(9)}</sh:Identifier></sh:Receiver>\n"
         f"  <sh:DocumentIdentification><sh:InstanceIdentifier>{uid()}</sh:InstanceIdentifier>\n"
         f"    <sh:CreationDateAndTime>{isodate()}T09:{R.randint(10,59)}:00Z</sh:CreationDateAndTime></sh:DocumentIdentification>\n</sh:StandardBusinessDocumentHeader>")
    lead = ("PEPPOL: l'access point dice 'receiver not found'. SBDH:\n\n" if it else "PEPPOL access point says receiver not found. SBDH:\n\n")
    return "xml", lead + b


def n_audit_sample(it):
    rows = []
    for i in range(R.randint(4, 7)):
        rows.append(f"{i+1}\t{inv_no()}\t{date(it)}\t{amount(50, 80000, it)}\t{ch(['assegno','bonifico','RID','carta','payout']) if it else ch(['cheque','transfer','DD','card','payout'])}\t"
                    f"{ch([digits(10), pay_id(), cro(), 'n/a'])}\t{ch(['OK','OK','eccezione' if it else 'exception'])}")
    hdr = ("Campione\tDocumento\tData\tImporto\tMezzo\tRif. pagamento\tEsito" if it else
           "Sample\tDocument\tDate\tAmount\tMethod\tPayment ref\tResult")
    lead = ("Per la revisione del bilancio ci servono le evidenze dei payout per questi campioni (foglio del revisore):\n\n" if it else
            "For the year-end audit we need payout evidence for these samples (auditor's sheet):\n\n")
    return "tsv", lead + hdr + "\n" + "\n".join(rows)


def n_mandate(it):
    cid = "IT" + digits(2) + "ZZZ" + digits(7) + rnd(UPNUM, 4)
    b = (f"{'Mandato SDD' if it else 'SDD mandate'}\n  Mandate ID (UMR): MNDT-{digits(10)}\n  Creditor ID: {cid}\n  "
         f"{'Data firma' if it else 'Signed'}: {date(it)}\n  {'Tipo' if it else 'Type'}: {ch(['CORE','B2B'])} / RCUR\n  IBAN debitore: {mask_iban(iban_raw())}\n  BIC: {ch(BICS)}")
    lead = ("L'addebito è stato respinto con motivo MD01 ma il mandato risulta attivo:\n" if it else
            "Debit returned MD01 though the mandate is active:\n")
    return "text", lead + b


def n_bic_abicab(it):
    abi, _ = ch(IT_BANKS)
    cab = digits(5)
    if it:
        b = ch([f"Il BIC che avete in anagrafica ({ch(BICS)}) è quello della sede, la nostra filiale ha ABI {abi} CAB {cab}: cambia qualcosa per i payout?",
                f"la banca ha cambiato il CAB (ora {cab}, ABI {abi} invariato) dopo la fusione. Dobbiamo aggiornare qualcosa?",
                f"BIC: {ch(BICS)} – va bene con o senza XXX finale?"])
    else:
        b = ch([f"Is {ch(BICS)} OK as BIC, or do you need the 11-character version?",
                f"Our Italian branch moved: ABI {abi}, CAB {cab}. Does that affect payout routing?"])
    return "email", b


def n_bad_iban(it):
    bad = bad_iban()
    v = fmt_iban(bad)
    if it:
        b = ch([f"Il vostro pannello rifiuta l'IBAN {v} con 'check digit non valido'. L'ha scritto il cliente a mano, probabilmente ha sbagliato le prime cifre.",
                f"Errore 'IBAN non valido' per {v}: ho ricontrollato con il cliente e infatti aveva invertito due cifre."])
    else:
        b = ch([f"Your dashboard rejects {v} as 'invalid checksum'. The customer typed it by hand; probably a typo in the check digits.",
                f"Error 'invalid IBAN' on {v} — the vendor confirmed it was mistyped, correct one coming via the portal."])
    return "email", b


def n_bad_card(it):
    c = fmt_card(bad_card())
    if it:
        b = f"Nel test del form di pagamento il numero {c} viene rifiutato ('numero carta non valido'): è normale? È un numero inventato che usiamo da anni."
    else:
        b = f"The payment form rejects {c} as invalid card number — it's a made-up number we always used for demos, is that expected?"
    return "email", b


def n_masked_card(it):
    l4 = digits(4)
    bin6 = ch(["453914", "424242", "555555", "510510", "401288", "378282"])
    if it:
        b = ch([f"Transazione contestata: carta {bin6}******{l4}, importo {amount(5, 900, True)} €, ARN {digits(23)}, codice autorizzazione {rnd(UPNUM,6)}.",
                f"Carta **** **** **** {l4} (Visa), chargeback reason 10.4, data {date(True)}. Come carichiamo le prove?",
                f"il cliente ha pagato con la carta che finisce per {l4}, RRN {digits(12)}, ma noi non vediamo l'incasso"])
    else:
        b = ch([f"Disputed txn: card {bin6}XXXXXX{l4}, EUR {amount(5, 900)}, ARN {digits(23)}, auth code {rnd(UPNUM,6)}.",
                f"Card ending {l4}, RRN {digits(12)}, STAN {digits(6)} – we never received the funds.",
                f"PAN: XXXX-XXXX-XXXX-{l4}  |  reason 4837  |  case {digits(9)}"])
    return "email", b


def n_code_env(it):
    v = R.randint(0, 5)
    if v == 0:
        b = (f"import os\nfrom sqlalchemy import create_engine\neng = create_engine(f\"mssql+pyodbc://{{os.environ['DB_USER']}}:{{os.environ['DB_PWD']}}@erp-sql01/NAV\")\n"
             f"TOKEN = os.getenv(\"SPORTELLO_TOKEN\")")
    elif v == 1:
        b = ("Dim pwd As String\npwd = Environ(\"SAP_PWD\")\nIf pwd = \"\" Then MsgBox \"Password non impostata\": Exit Sub")
    elif v == 2:
        b = ("$cred = Get-StoredCredential -Target 'BankSFTP'\n$token = (Get-Secret -Name SportelloApi -AsPlainText)\n"
             "Invoke-RestMethod -Uri $url -Headers @{ Authorization = \"Bearer $token\" }")
    elif v == 3:
        b = ("sportello:\n  client_id: " + client_id() + "\n  client_secret: ${SPORTELLO_CLIENT_SECRET}\n  token_url: " + API + "/oauth/token")
    elif v == 4:
        b = ("let\n  Token = Excel.CurrentWorkbook(){[Name=\"tblParams\"]}[Content]{0}[Token],\n"
             "  Fonte = Json.Document(Web.Contents(Url, [Headers=[Authorization=\"Bearer \" & Token]]))\nin Fonte")
    else:
        b = ("const secret = process.env.SPORTELLO_CLIENT_SECRET;\nconst key = config.get('stripe.secretKey');\n"
             "if (!secret) throw new Error('missing client secret');")
    lead = ("Il codice legge le credenziali da variabili d'ambiente, ma in produzione fallisce:\n\n" if it else
            "The code reads credentials from the environment, but fails in production:\n\n")
    return "code", lead + b


def n_placeholders(it):
    ph = ch(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "********", "[REDACTED]",
             "<INSERIRE_PASSWORD>", "sk_live_XXXXXXXXXXXX", "IT00X0000000000000000000000", "•••••••", "<IBAN_FORNITORE>"])
    ph2 = ch(["{{access_token}}", "<password>", "$SECRET", "%API_KEY%", "CHANGEME", "YOUR-API-KEY-HERE"])
    if it:
        b = ch([f"Nella vostra guida all'integrazione con {ch(ERPS)} c'è scritto di mettere {ph} nel campo 'Chiave'. Ma dove la troviamo quella vera?",
                f"Il template del consulente ha ancora {ph} e {ph2}: li sostituiamo noi o lo fate voi?",
                f"Authorization: Bearer {ph2}\n(così è nel manuale, copio tale e quale)"])
    else:
        b = ch([f"Your {ch(ERPS)} guide says to enter {ph} in the 'Key' field. Where do we get the real one?",
                f"The consultant's template still has {ph} and {ph2} — do we replace them ourselves?",
                f"Authorization: Bearer {ph2}\n(as in the manual)"])
    return "email", b


def n_prose_secret(it):
    if it:
        b = ch(["La password del portale banca scade ogni 90 giorni e ogni volta il job di download si blocca. Esiste un'utenza tecnica senza scadenza?",
                f"Abbiamo ruotato il client secret ieri sera; quello nuovo è nel vault (percorso secret/tesoreria/sportello), l'ha inserito {person(True)}.",
                "Il codice OTP non arriva più sul cellulare aziendale da quando abbiamo cambiato operatore, come si modifica il numero?",
                "Per sicurezza non vi mando la chiave via mail: ve la dettiamo al telefono domani alle 10.",
                "Il token di accesso scade dopo un'ora, è configurabile? Il report notturno dura due ore.",
                f"La revisione interna chiede dove conserviamo le credenziali API: sono in CyberArk, safe FIN-{digits(3)}, accesso solo tesoreria.",
                "Quante cifre ha il PIN della carta aziendale virtuale? La banca dice 5, il vostro form ne accetta solo 4."])
    else:
        b = ch(["Our bank portal password expires every 90 days and the download job breaks each time. Is there a non-expiring technical user?",
                f"We rotated the client secret last night; new one is in the vault (path secret/treasury/sportello), {person(False)} did it.",
                "The SMS code no longer reaches the company mobile since we changed carrier. How do we update the number?",
                "For security I won't email the key — we'll read it to you over the phone tomorrow.",
                "Access token expires after an hour; can that be changed? The nightly report runs for two.",
                f"Internal audit asks where API credentials live: CyberArk, safe FIN-{digits(3)}, treasury only.",
                "How many digits is the PIN for virtual corporate cards? The bank says 5, your form takes 4."])
    return "email", b


def n_payout_json(it):
    d = {"object": "payout", "id": pay_id(), "amount": R.randint(1000, 9999999), "currency": "eur", "arrival_date": isodate(),
         "status": ch(["paid", "in_transit", "failed"]), "destination": "ba_" + rnd(ALNUM, 24), "balance_transaction": "txn_" + rnd(ALNUM, 24),
         "statement_descriptor": "SPORTELLO " + rnd(UPNUM, 6), "request_id": uid(), "failure_code": ch([None, "account_closed", "no_account"])}
    b = json.dumps(d, indent=2)
    lead = ("Il payout risulta 'paid' ma in banca non c'è nulla:\n\n" if it else "Payout shows paid, nothing at the bank:\n\n")
    return "json", lead + b


def n_recon_sql(it):
    b = (f"SELECT p.payout_id, p.net_amount, b.amount, b.value_date\nFROM payouts p\nLEFT JOIN bank_lines b ON b.reference LIKE '%' || p.payout_id || '%'\n"
         f"WHERE p.arrival_date BETWEEN '{isodate()}' AND '{isodate()}' AND b.amount IS NULL;\n\n payout_id                   | net_amount | amount | value_date\n"
         f"-----------------------------+------------+--------+-----------\n" +
         "\n".join(f" {pay_id():<27} | {R.randint(100,99999)}.{digits(2)} |        |" for _ in range(R.randint(2, 4))))
    lead = ("Query di quadratura, questi payout non trovano riscontro in banca:\n\n" if it else "Recon query; these payouts have no bank match:\n\n")
    return "sql", lead + b


def n_hashes(it):
    b = ch([f"sha256sum settlement_{isodate()}.csv\n{sha256hex()}  settlement_{isodate()}.csv",
            f"MD5 ({ch(['MT940','camt053','BAI2'])}_{digits(8)}.txt) = {rnd(HEX,32)}",
            f"commit {rnd(HEX,40)}\nAuthor: {person(it)}\n\n    fix: arrotondamento commissioni su payout multi-valuta",
            f"Impronta SHA-1 del certificato della banca: {':'.join(rnd('0123456789ABCDEF',2) for _ in range(20))}",
            f"SSH host key fingerprint: SHA256:{rnd(B64,43)}"])
    lead = ("Per verificare che il file non sia stato alterato:\n" if it else "To prove the file wasn't altered:\n")
    return "text", lead + b


def n_identifiers(it):
    lei = rnd(UPNUM, 18) + digits(2)
    isin = "IT" + digits(10)
    cf = (rnd(string.ascii_uppercase, 6) + digits(2) + ch("ABCDEHLMPRST") + digits(2) + ch("AHLFDGMZ") + digits(3) + ch(string.ascii_uppercase))
    if it:
        b = (f"Dati anagrafici per l'onboarding:\nRagione sociale: {company(True)}\nP.IVA: {piva()}\nCodice fiscale legale rappr.: {cf}\n"
             f"REA: {ch(['MI','TO','BO','NA','RM'])}-{digits(7)}\nLEI: {lei}\nPEC: amministrazione@pec.{company(True).split()[0].lower()}.it\nCodice SDI: {rnd(UPNUM,7)}")
    else:
        b = (f"KYB details:\nCompany: {company(False)}\nVAT: {ch(['GB','DE','FR','NL'])}{digits(9)}\nLEI: {lei}\nCompany no.: {digits(8)}\n"
             f"EORI: GB{digits(12)}\nDUNS: {digits(9)}\nBond ISIN held: {isin}")
    return "form", b


def n_cheque(it):
    if it:
        b = f"Abbiamo ricevuto l'assegno n. {digits(10)}-{digits(2)} della {ch(IT_BANKS)[1]} per € {amount(100, 9000, True)}, ma la fattura {inv_no()} risulta ancora aperta nel vostro portale."
    else:
        b = f"Cheque no. {digits(6)} (sort/serial on the slip {digits(6)}) for GBP {amount(100, 9000)} received against invoice {inv_no()}; your portal still shows it open."
    return "email", b


def n_phone_amounts(it):
    if it:
        b = (f"Mi può richiamare al +39 0{R.randint(2,9)}{digits(1)} {digits(3)} {digits(4)} o al 3{digits(2)} {digits(3)} {digits(4)}? "
             f"Il saldo del {date(True)} è € {amount(1000, 500000, True)}, quello atteso € {amount(1000, 500000, True)}, differenza dovuta a {R.randint(2,40)} rimborsi.")
    else:
        b = (f"Call me on +44 7{digits(3)} {digits(6)} or +353 1 {digits(3)} {digits(4)}. Balance on {date(False)}: EUR {amount(1000, 500000)}; "
             f"expected EUR {amount(1000, 500000)}; gap from {R.randint(2,40)} refunds.")
    return "email", b


def n_erp_masked(it):
    if it:
        b = (f"Schermata Parametri banca ({ch(ERPS)}):\n  Banca ........... {ch(IT_BANKS)[1]}\n  IBAN ............ {mask_iban(iban_raw('IT'))}\n"
             f"  Utente SFTP ..... h2h_{digits(5)}\n  Password ........ ********\n  Chiave privata .. (caricata il {date(True)})\n  Formato ......... CBI XML 00.04.00")
    else:
        b = (f"Bank setup card ({ch(ERPS)}):\n  Bank ............ {ch(BICS)}\n  IBAN ............ {mask_iban(iban_raw())}\n"
             f"  SFTP user ....... h2h_{digits(5)}\n  Password ........ ●●●●●●●●\n  Client secret ... [hidden]\n  Export format ... pain.001.001.09")
    return "erp-screen", b


def n_token_errors(it):
    b = (f"{isodate()}T0{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)}Z ERROR token expired (exp={1790000000+R.randint(0,9999999)}) request_id={uid()}\n"
         f"{isodate()}T0{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)}Z WARN  retrying with refreshed token, trace_id={rnd(HEX,32)}\n"
         f"{isodate()}T0{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)}Z INFO  GET /v1/payouts 200 (client_id={client_id()}, debug_id={rnd(HEX,16)})")
    lead = ("Log del connettore, notte scorsa:\n" if it else "Connector log from last night:\n")
    return "log", lead + b


def n_cro_trn(it):
    if it:
        b = ch([f"Il bonifico di rientro ha CRO {cro()} e TRN {trn()}, data valuta {date(True)}. Ci confermate che corrisponde al payout {pay_id()}?",
                f"La banca ci ha dato come riferimento il TRN {trn()} ma nel vostro report c'è {uid()}. Come li colleghiamo?"])
    else:
        b = ch([f"The return transfer has reference {trn()}, UETR {uid()}, value date {date(False)}. Is this payout {pay_id()}?",
                f"Bank gave us UETR {uid()} and E2E id {rnd(UPNUM,16)}; your report shows {pay_id()}."])
    return "email", b


def n_mt103(it):
    b = (f":20:{rnd(UPNUM,12)}\n:23B:CRED\n:32A:{isodate()[2:].replace('-','')}EUR{R.randint(100,99999)},{digits(2)}\n"
         f":50K:/{mask_iban(iban_raw())}\n{company(False).upper()}\n:52A:{ch(BICS)}\n:57A:{ch(BICS)}\n:59:/{'*' * 10}{digits(4)}\n{company(it).upper()}\n"
         f":70:/RFB/{inv_no()}\n:71A:SHA\n:121:{uid()}")
    lead = ("Copia MT103 (coordinate oscurate dalla banca) del bonifico che non vediamo:\n" if it else
            "MT103 copy (account numbers masked by the bank):\n")
    return "mt103", lead + b


def n_factoring(it):
    rows = "\n".join(f"{inv_no()}\t{date(it)}\t{amount(500, 80000, it)}\t{piva()}\t{ch(['ceduta','in verifica','accettata']) if it else ch(['assigned','pending','accepted'])}" for _ in range(R.randint(3, 5)))
    hdr = "Fattura\tScadenza\tImporto\tP.IVA debitore\tStato" if it else "Invoice\tDue\tAmount\tDebtor VAT\tStatus"
    lead = ("Distinta di cessione per il factor — riconciliazione con i vostri incassi:\n\n" if it else
            "Factoring schedule — please reconcile with your collections:\n\n")
    return "tsv", lead + hdr + "\n" + rows


def n_payroll_meta(it):
    if it:
        b = (f"Studio paghe {company(True)}\nCodice azienda INPS: {digits(10)}\nPAT INAIL: {digits(8)}\nCedolini elaborati: {R.randint(5,300)}\n"
             f"Totale netti: € {amount(5000, 400000, True)}\nData valuta stipendi: {date(True)}\nRiferimento distinta: DIST-{digits(6)}")
    else:
        b = (f"Payroll run summary\nEmployer PAYE ref: {digits(3)}/{rnd(UPNUM,6)}\nPayslips: {R.randint(5,300)}\nTotal net: GBP {amount(5000, 400000)}\n"
             f"BACS submission id: {digits(8)}\nService user number: {digits(6)}")
    return "text", b


def n_marketplace(it):
    if it:
        b = (f"Sono un venditore sul marketplace (seller id {digits(7)}). Il payout {pay_id()} del {date(True)} di € {amount(50, 9000, True)} "
             f"non è ancora arrivato. L'IBAN registrato è quello che finisce con {digits(4)}. Ordine di riferimento {digits(3)}-{digits(7)}-{digits(7)}.")
    else:
        b = (f"Marketplace seller here (seller id {digits(7)}). Payout {pay_id()} of {date(False)} for EUR {amount(50, 9000)} never arrived. "
             f"Bank account on file ends in {digits(4)}. Order ref {digits(3)}-{digits(7)}-{digits(7)}.")
    return "email", b


def n_collections(it):
    if it:
        b = (f"Pratica di recupero n. {digits(8)}/{R.randint(2024,2026)}\nDebitore: {company(True)}\nImporto insoluto: € {amount(100, 50000, True)}\n"
             f"Fatture: {', '.join(inv_no() for _ in range(3))}\nUltimo contatto: {date(True)} – promessa di pagamento entro fine mese.")
    else:
        b = (f"Collections file {digits(8)}\nDebtor: {company(False)}\nBalance: EUR {amount(100, 50000)}\nInvoices: {', '.join(inv_no() for _ in range(3))}\n"
             f"Last contact {date(False)}: promised payment by month end.")
    return "text", b


def n_pubkey(it):
    body = "\n".join(rnd(B64, 64) for _ in range(R.randint(4, 6))) + "\n" + rnd(B64, 20) + "=="
    kind = ch(["PUBLIC KEY", "CERTIFICATE"])
    b = f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"
    lead = ("Questa è la parte PUBBLICA da caricare sul portale della banca (la privata resta sul nostro server):\n\n" if it else
            "This is the PUBLIC part for the bank portal (the private key stays on our server):\n\n")
    return "pem", lead + b


def n_vault_ref(it):
    if it:
        b = ch([f"Le credenziali SFTP sono in KeePass, voce 'Banca H2H', gruppo Tesoreria. Chi ha accesso? {person(True)} e io.",
                "Il secret è memorizzato in Azure Key Vault (kv-fin-prod, nome sportello-client-secret), versione ruotata il " + date(True),
                f"Password: vedi busta chiusa in cassaforte (rif. verbale n. {R.randint(1,99)}/{R.randint(2024,2026)})",
                "La chiave API non ce l'ho io, la gestisce il consulente; gli ho chiesto di inserirla direttamente nel pannello."])
    else:
        b = ch(["SFTP creds are in 1Password, vault 'Treasury', item 'Bank H2H'.",
                "The secret lives in AWS Secrets Manager as fin/prod/sportello-oauth, rotated " + date(False),
                "Password: sealed envelope in the safe (see minute " + digits(3) + ")",
                "I don't hold the API key; our consultant will paste it into the panel directly."])
    return "email", b


def n_fx_rates(it):
    fx = {"USD": (1.02, 1.18), "GBP": (0.83, 0.89), "CHF": (0.92, 0.98), "JPY": (155, 172), "SEK": (10.9, 11.6), "PLN": (4.2, 4.4), "DKK": (7.45, 7.47)}
    rows = "\n".join(f"{c}\t{R.uniform(*fx[c]):.4f}\t{isodate()}" for c in R.sample(list(fx), 4))
    lead = ("Cambi applicati ai payout multi-valuta, non coincidono con BCE:\n" if it else "FX rates applied to multi-currency payouts, not matching ECB:\n")
    return "tsv", lead + ("Valuta\tCambio\tData\n" if it else "Ccy\tRate\tDate\n") + rows


def n_fee_invoice(it):
    if it:
        b = (f"Fattura n. {inv_no()} del {date(True)}\nImponibile € {amount(10, 5000, True)}\nIVA 22% € {amount(2, 1100, True)}\n"
             f"Pagamento: addebito SDD, mandato MNDT-{digits(8)}\nRiferimento contratto: CTR-{digits(6)}\nID richiesta: {uid()}")
    else:
        b = (f"Invoice {inv_no()} dated {date(False)}\nNet EUR {amount(10, 5000)}\nVAT reverse charge\nPaid by SEPA DD, mandate MNDT-{digits(8)}\n"
             f"Contract CTR-{digits(6)} — request id {uid()}")
    lead = ("Non troviamo a cosa si riferisce questa vostra fattura:\n" if it else "We can't tell what this invoice of yours is for:\n")
    return "text", lead + b


def n_bank_rm(it):
    if it:
        b = (f"Buongiorno, sono il gestore corporate di {company(True)} presso {ch(IT_BANKS)[1]}. Il cliente ha un fido di € {amount(50000, 900000, True)} "
             f"e chiede l'anticipo sui payout. Ci servirebbe lo storico accrediti (conto che termina con {digits(4)}) degli ultimi 12 mesi.")
    else:
        b = (f"I'm the relationship manager for {company(False)}. They want an advance against payouts; please send 12 months of settlement history "
             f"(account ending {digits(4)}, BIC {ch(BICS)}).")
    return "email", b


def n_vba_clean(it):
    b = (f"Sub ImportaPayout()\n    Dim ws As Worksheet: Set ws = Sheets(\"Payout\")\n    Dim r As Long\n    For r = 2 To ws.Cells(Rows.Count, 1).End(xlUp).Row\n"
         f"        If ws.Cells(r, 4).Value <> ws.Cells(r, 6).Value Then ws.Cells(r, 8).Value = \"DIFF\"\n    Next r\n"
         f"    ' riferimento payout in colonna A, es. {pay_id()}\nEnd Sub")
    lead = ("La macro segna DIFF su righe che invece quadrano:\n" if it else "Macro flags DIFF on rows that actually match:\n")
    return "vba", lead + b


def n_pandas_clean(it):
    b = (f">>> df.groupby('payout_id')[['gross','fee','net']].sum().head(3)\n" +
         "\n".join(f"{pay_id():<28} {R.randint(100,9999)}.{digits(2)}  {R.randint(1,99)}.{digits(2)}  {R.randint(100,9999)}.{digits(2)}" for _ in range(3)) +
         f"\n>>> df.request_id.iloc[0]\n'{uid()}'")
    lead = ("Somme per payout da notebook, la commissione sembra doppia:\n" if it else "Per-payout sums; fee looks doubled:\n")
    return "python-output", lead + b


def n_otp_prose_numbers(it):
    if it:
        b = (f"Il codice di attivazione del servizio (quello stampato sul contratto, n. {digits(6)}/{R.randint(2024,2026)}) è diverso dal numero pratica {digits(8)}? "
             f"Al telefono mi hanno chiesto il codice cliente {digits(7)}.")
    else:
        b = (f"Is the activation reference printed on the contract ({digits(6)}/{R.randint(2024,2026)}) the same as case number {digits(8)}? "
             f"On the phone they asked for customer number {digits(7)}.")
    return "email", b


def n_chargeback_case(it):
    b = json.dumps({"dispute_id": "dp_" + rnd(ALNUM, 24), "payment_id": pay_id(), "reason": ch(["fraudulent", "product_not_received", "duplicate"]),
                    "network_reason_code": ch(["10.4", "13.1", "4853", "4837"]), "card": {"brand": ch(["visa", "mastercard"]), "last4": digits(4), "bin": digits(6)},
                    "arn": digits(23), "amount": R.randint(100, 90000), "evidence_due_by": isodate()}, indent=2)
    lead = ("Dettaglio della contestazione dal vostro webhook:\n" if it else "Dispute detail from your webhook:\n")
    return "json", lead + b


def n_bank_file_names(it):
    b = "\n".join(f"{ch(['-rw-r--r--','-rw-rw----'])} 1 h2h fin {R.randint(1000,999999):>7} {ch(['Dec','Nov'])} {R.randint(1,28):2d} 0{R.randint(1,9)}:{R.randint(10,59)} "
                  f"{ch(['CAMT053','MT940','PAIN002','BAI2'])}_{digits(8)}_{rnd(UPNUM,6)}.{ch(['xml','txt','bai'])}" for _ in range(4))
    lead = ("Contenuto della cartella /out sul server host-to-host:\n" if it else "Listing of /out on the host-to-host server:\n")
    return "shell", lead + b


def n_iban_reference(it):
    if it:
        b = ch([f"Per il fornitore F{digits(5)} usate l'IBAN già in anagrafica, NON quello indicato nella mail di ieri (sospetto phishing).",
                f"IBAN: vedi visura allegata. BIC {ch(BICS)}. Intestatario {company(True)}.",
                "Il campo IBAN nel vostro export è vuoto per tutti i payout di ottobre, è un bug?"])
    else:
        b = ch([f"For vendor V{digits(5)} keep the IBAN already on file, NOT the one in yesterday's email (suspected fraud).",
                "IBAN: see attached bank letter. We'll upload it via the portal, not by email.",
                "The IBAN column in your export is empty for all October payouts — bug?"])
    return "email", b


def n_card_bins(it):
    rows = "\n".join(f"{ch(['453914','424242','555555','222300','401288','511111'])}\t{ch(['VISA','MC','MAESTRO'])}\t{ch(['IT','DE','FR','GB'])}\t{R.randint(1,900)}\t{R.randint(1,40)}" for _ in range(5))
    lead = ("Analisi chargeback per BIN (ultimi 90 giorni):\n" if it else "Chargebacks by BIN, last 90 days:\n")
    return "tsv", lead + ("BIN\tcircuito\tpaese\ttransazioni\tchargeback\n" if it else "BIN\tscheme\tcountry\ttxns\tchargebacks\n") + rows


NEG = [n_camt_masked, n_mt940, n_bai2, n_remit_csv, n_fatturapa_hdr, n_sdi_receipt, n_peppol, n_audit_sample, n_mandate,
       n_bic_abicab, n_bad_iban, n_bad_card, n_masked_card, n_code_env, n_placeholders, n_prose_secret, n_payout_json,
       n_recon_sql, n_hashes, n_identifiers, n_cheque, n_phone_amounts, n_erp_masked, n_token_errors, n_cro_trn, n_mt103,
       n_factoring, n_payroll_meta, n_marketplace, n_collections, n_pubkey, n_vault_ref, n_fx_rates, n_fee_invoice,
       n_bank_rm, n_vba_clean, n_pandas_clean, n_otp_prose_numbers, n_chargeback_case, n_bank_file_names, n_iban_reference, n_card_bins]


# ---------------- more templates (added for variety)
def pin_fisconline(it):
    pw = password()
    p = digits(10)
    cf = rnd(string.ascii_uppercase, 6) + digits(2) + ch("ABCDEHLMPRST") + digits(2) + ch("AHLFDGMZ") + digits(3) + ch(string.ascii_uppercase)
    if it:
        b = (f"Gentili, sono il commercialista di {company(True)}. Per scaricare le fatture delle vostre commissioni dal cassetto fiscale "
             f"vi lascio le credenziali Fisconline del legale rappresentante:\ncodice fiscale {cf}\npassword {pw}\ncodice PIN {p}\n"
             f"Dott. {person(True)} – Studio Commercialista")
    else:
        b = (f"The Italian tax adviser sent the client's Fisconline login so you can pull the e-invoices:\nuser (tax code) {cf}\n"
             f"password {pw}\nPIN {p}")
    return "letter", b, [("password", pw), ("pin", p)]


def pin_screenshot(it):
    p = fmt_pin(pin(6))
    if it:
        b = (f"[screenshot allegato: app della banca, schermata 'Autorizza disposizione' – importo € {amount(100, 90000, True)}, "
             f"beneficiario {company(True)}, sotto c'è scritto 'Codice di autorizzazione: {p}' e il timer a 00:43]\nCosa devo fare con questo codice?")
    else:
        b = (f"[screenshot attached: bank app, 'Approve payment' screen – EUR {amount(100, 90000)} to {company(False)}, "
             f"underneath 'Your approval code: {p}', timer at 00:43]\nWhat do I do with this code?")
    return "screenshot", b, [("pin", p)]


def pw_screenshot(it):
    pw = password()
    erp = ch(["TeamSystem Lynfa", "Zucchetti Infinity", "Business Central", "Odoo", "Sage 200", "Mago4"])
    if it:
        b = (f"[descrizione screenshot: finestra '{erp} – Configurazione servizio pagamenti', campi: Server = fin-app01, "
             f"Utente = integrazione, Password = {pw} (l'ho resa visibile con l'occhietto), pulsante 'Test connessione' → errore 'Timeout']")
    else:
        b = (f"[screenshot description: '{erp} – Payment service setup' window; Server fin-app01, User integration, "
             f"Password {pw} (revealed with the eye icon), 'Test connection' → 'Timeout']")
    return "screenshot", b, [("password", pw)]


def at_al(it):
    t = access_token()
    b = (f"procedure GetSettlements()\nvar\n    Client: HttpClient;\n    Response: HttpResponseMessage;\nbegin\n"
         f"    Client.DefaultRequestHeaders.Add('Authorization', 'Bearer {t}');\n"
         f"    Client.Get('{API}/v1/settlements?limit=50', Response);\nend;")
    lead = ("Estensione AL di Business Central scritta dal partner:\n" if it else "Business Central AL extension from our partner:\n")
    return "al", lead + b, [("access_token", t)]


def vk_vba_sendgrid(it):
    k = "SG." + rnd(B64U, 22) + "." + rnd(B64U, 43)
    b = (f"Sub InviaSolleciti()\n    Dim req As Object: Set req = CreateObject(\"WinHttp.WinHttpRequest.5.1\")\n"
         f"    req.Open \"POST\", \"https://api.sendgrid.com/v3/mail/send\", False\n    req.SetRequestHeader \"Authorization\", \"Bearer {k}\"\n"
         f"    req.Send JsonSollecito(ActiveCell.Row)\nEnd Sub")
    lead = ("La macro dei solleciti di pagamento manda le mail, ma i link al vostro checkout sono scaduti:\n" if it else
            "Our dunning macro sends the mails but the links to your checkout are expired:\n")
    return "vba", lead + b, [("vendor_key", k)]


def card_merged(it):
    r1, r2 = card_raw(), card_raw()
    hdr1 = ("\t\tTRANSAZIONE\t\t\tCONTESTAZIONE\t\n" if it else "\t\tTRANSACTION\t\t\tDISPUTE\t\n")
    hdr2 = ("N.\tNegozio\tData\tCarta\tImporto\tMotivo\tScadenza prove\n" if it else "No.\tStore\tDate\tCard\tAmount\tReason\tEvidence due\n")
    rows = "\n".join(f"{i+1}\t{ch(['Milano Centro','Outlet Serravalle','Online','Roma Termini'])}\t{date(it)}\t{x}\t{amount(5, 900, it)}\t{ch(['10.4','13.1','4853'])}\t{date(it)}"
                     for i, x in enumerate([r1, r2]))
    lead = ("Foglio dell'analista chargeback (intestazioni unite, copio così com'è):\n" if it else "Chargeback analyst's sheet (merged headers, pasted as is):\n")
    return "tsv", lead + hdr1 + hdr2 + rows, [("card_number", r1), ("card_number", r2)]


def iban_mandate_form(it):
    raw = iban_raw(ch(["IT", "IT", "DE", "FR", "ES"]))
    v = fmt_iban(raw)
    if it:
        b = (f"MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento mandato: MNDT-{digits(8)}\nCreditore: Sportello S.p.A. – Codice identificativo IT{digits(2)}ZZZ{digits(7)}\n"
             f"Debitore: {company(True)}\nConto di addebito (IBAN): {v}\nBIC: {ch(BICS)}\nLuogo e data: {ch(['Milano','Torino','Bari'])}, {date(True)}")
    else:
        b = (f"SEPA CORE DIRECT DEBIT MANDATE\nMandate reference: MNDT-{digits(8)}\nCreditor identifier: IT{digits(2)}ZZZ{digits(7)}\n"
             f"Debtor: {company(False)}\nAccount (IBAN): {v}\nBIC: {ch(BICS)}\nDate: {date(False)}")
    lead = ("Mandato firmato, ve lo ricopio perché la scansione è illeggibile:\n\n" if it else "Signed mandate, retyped because the scan is unreadable:\n\n")
    return "form", lead + b, [("iban", v)]


def ba_bacs(it):
    sc, ac = uk_parts()
    line = f"{sc}{ac}099{R.randint(10000,99999):011d}{company(False).upper()[:18]:<18}{inv_no()[:18]:<18}"
    b = (f"{'Riga del file BACS Standard 18 preparato dal payroll bureau' if it else 'Line from the BACS Standard 18 file the payroll bureau built'}:\n{line}\n"
         f"{'sort code' if it else 'sort code'} {sc[:2]}-{sc[2:4]}-{sc[4:]}, account {ac}")
    return "fixed-width", b, [("bank_account", ac)]


def n_f24(it):
    if it:
        b = (f"Modello F24 di {ch(['novembre','dicembre','ottobre'])}\nSezione Erario: codice tributo {ch(['1001','1040','6012','6099'])}, anno {R.randint(2025,2026)}, "
             f"importo a debito € {amount(100, 40000, True)}\nSezione INPS: causale DM10, matricola {digits(10)}\nProtocollo telematico: {digits(17)}-{digits(6)}\n"
             f"Addebito sul conto che termina con {digits(4)} in data {date(True)}.\nLe vostre commissioni del mese vanno in deducibilità?")
    else:
        b = (f"Italian tax adviser asks: F24 payment, tax code {ch(['1001','1040','6099'])}, amount EUR {amount(100, 40000)}, telematic receipt {digits(17)}-{digits(6)}. "
             f"Are your monthly fees VAT-exempt or reverse charge?")
    return "text", b


def n_sap_housebank(it):
    b = (f"FBZP – Banche proprie\n  Società  {ch(['1000','IT01','2000'])}\n  Banca propria  {ch(['UNI01','BPM01','ISP01'])}\n  Paese banca  IT\n"
         f"  Chiave banca  {ch(IT_BANKS)[0]}{digits(5)}\n  SWIFT  {ch(BICS)}\n  Conto ID  {ch(['EUR01','CC001'])}\n  N. conto  ***************{digits(3)}\n"
         f"  Conto Co.Ge.  {digits(8)}" if it else
         f"FBZP – House banks\n  Company code  {ch(['1000','GB01'])}\n  House bank  {ch(['BARC1','NWB01'])}\n  Bank key  {digits(6)}\n  SWIFT  {ch(BICS)}\n"
         f"  Account ID  GBP01\n  Bank account  *****{digits(3)}\n  G/L account  {digits(8)}")
    lead = ("Configurazione banche in SAP (conto oscurato):\n" if it else "SAP house bank config (account masked):\n")
    return "erp-screen", lead + b


def n_otp_screen(it):
    if it:
        b = ("[screenshot: pagina 'Verifica la tua identità' – 'Inserisci il codice a 6 cifre inviato al numero +39 3** *** **" + digits(2) +
             "' – campo vuoto [ _ _ _ _ _ _ ] – link 'Invia di nuovo il codice']\nIl codice non arriva mai. Il numero è giusto.")
    else:
        b = ("[screenshot: 'Verify your identity' – 'Enter the 6-digit code sent to +44 7*** ***" + digits(3) +
             "' – empty field – 'Resend code' link]\nThe code never arrives.")
    return "screenshot", b


def n_merged_settlement(it):
    h1 = "\t\tLORDO\t\tCOMMISSIONI\t\tNETTO\n" if it else "\t\tGROSS\t\tFEES\t\tNET\n"
    h2 = ("Data\tPayout\tEUR\tn.\tEUR\tIVA\tEUR\n" if it else "Date\tPayout\tEUR\tcount\tEUR\tVAT\tEUR\n")
    rows = "\n".join(f"{date(it)}\t{pay_id()}\t{amount(100, 90000, it)}\t{R.randint(1,900)}\t{amount(1, 900, it)}\t0\t{amount(100, 90000, it)}" for _ in range(R.randint(3, 5)))
    lead = ("Riepilogo settlement dal nostro Excel (le intestazioni sono celle unite):\n" if it else "Settlement summary from our Excel (merged header cells):\n")
    return "tsv", lead + h1 + h2 + rows


PW += [pw_screenshot, pw_screenshot]
PIN += [pin_fisconline, pin_screenshot, pin_screenshot]
AT += [at_al]
VK += [vk_vba_sendgrid]
CARD += [card_merged]
IBAN += [iban_mandate_form]
BA += [ba_bacs]
NEG += [n_f24, n_sap_housebank, n_otp_screen, n_merged_settlement]


# ================================================================ assembly
QUOTA = [("password", PW, 115), ("access_token", AT, 88), ("vendor_key", VK, 90), ("bank_account", BA, 96),
         ("iban", IBAN, 86), ("card_number", CARD, 60), ("cvv", CVV, 36), ("pin", PIN, 56), ("client_secret", CS, 50),
         ("refresh_token", RT, 40), ("private_key", PK, 35)]
N_NEG = 872


def extra_neg(it):
    st, b = ch(NEG)(it)
    joiner = ch(["\n\nP.S. ", "\n\nAltra cosa: ", "\n\nInoltre:\n"]) if it else ch(["\n\nPS: ", "\n\nAlso:\n", "\n\nUnrelated, but:\n"])
    return joiner + b


def build():
    out = []
    seen = set()
    counters = {"it": 0, "en": 0}

    def add(lang, style, text, secs):
        if text in seen:
            return False
        if any(k in ("pin", "cvv") and text.count(v) > 1 for k, v in secs):
            return False
        seen.add(text)
        counters[lang] += 1
        out.append({"id": f"f25-{lang}-{counters[lang]:04d}", "lang": lang, "style": style, "text": text,
                    "secrets": [{"kind": k, "value": v} for k, v in dict.fromkeys(secs)]})
        return True

    jobs = []
    for kind, fns, n in QUOTA:
        for i in range(n):
            jobs.append(("pos", fns))
    for i in range(N_NEG):
        jobs.append(("neg", NEG))
    R.shuffle(jobs)
    for typ, fns in jobs:
        while True:
            it = R.random() < 0.5
            lang = "it" if it else "en"
            fn = ch(fns)
            if typ == "pos":
                style, body, secs = fn(it)
                if R.random() < 0.22:
                    body += extra_neg(it)
                style, text, secs = wrap(it, style, body, secs)
            else:
                style, body = fn(it)
                if R.random() < 0.2:
                    body += extra_neg(it)
                style, text, _ = wrap(it, style, body, [])
                secs = []
            if add(lang, style, text, secs):
                break
    return out


LENS = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "LU": 20}


def validate(rows):
    import re
    ids = set()
    per_kind, per_lang, pos, neg = {}, {}, 0, 0
    iban_re = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")
    card_re = re.compile(r"(?<![\d])(\d{15,16})(?![\d])")
    for r in rows:
        json.loads(json.dumps(r, ensure_ascii=False))
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        per_lang[r["lang"]] = per_lang.get(r["lang"], 0) + 1
        labelled = set()
        for s in r["secrets"]:
            assert s["value"] in r["text"], (r["id"], s)
            per_kind[s["kind"]] = per_kind.get(s["kind"], 0) + 1
            labelled.add(s["value"].replace(" ", "").replace("\n", "").replace("-", "").upper())
            if s["kind"] == "iban":
                assert iban_valid(s["value"].replace("\n", "").replace("-", "").upper()), s
            if s["kind"] == "card_number":
                assert luhn_ok(s["value"]), s
        # no unlabelled valid IBAN / Luhn card anywhere
        for m in iban_re.finditer(r["text"]):
            g = m.group(0)
            if LENS.get(g[:2]) == len(g) and iban_valid(g) and g not in labelled and r["secrets"] == []:
                raise AssertionError(("unlabelled iban", r["id"], m.group(0)))
        if not r["secrets"]:
            for m in card_re.finditer(r["text"]):
                if luhn_ok(m.group(1)) and m.group(1)[0] in "3456" and len(m.group(1)) == 16 and m.group(1)[:1] == "4" and m.group(1)[:4] in ("4242", "4111", "4000", "4012", "4539", "4916", "4035"):
                    raise AssertionError(("unlabelled card", r["id"]))
        if r["secrets"]:
            pos += 1
        else:
            neg += 1
    return per_kind, per_lang, pos, neg


if __name__ == "__main__":
    rows = build()
    per_kind, per_lang, pos, neg = validate(rows)
    with open(sys.argv[1] if len(sys.argv) > 1 else "fresh25.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("samples", len(rows), "with secrets", pos, "must pass", neg)
    print("per lang", per_lang)
    print("secret values per kind", dict(sorted(per_kind.items())))
    sk = {}
    for r in rows:
        for k in {s["kind"] for s in r["secrets"]}:
            sk[k] = sk.get(k, 0) + 1
    print("samples per kind", dict(sorted(sk.items())))
    lp = {}
    for r in rows:
        key = (r["lang"], bool(r["secrets"]))
        lp[key] = lp.get(key, 0) + 1
    print("lang x secret", lp)
