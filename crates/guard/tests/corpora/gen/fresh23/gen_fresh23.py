#!/usr/bin/env python3
"""fresh23 -- "handovers: when an account changes hands".

Deterministic generator (stdlib only). Written blind to the guard: the only
brief was docs/guard-corpora.md. Output: fresh23.jsonl next to this script.
"""
import base64
import json
import os
import random
import re
import string
import sys
from collections import Counter

SEED = 230323
R = random.Random(SEED)

# ---------------------------------------------------------------- pools
IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Davide", "Sara", "Alessandro", "Elena",
            "Simone", "Valentina", "Federico", "Martina", "Paolo", "Roberta", "Stefano", "Ilaria", "Gianni", "Rosa",
            "Nicola", "Beatrice", "Andrea", "Lorenzo", "Caterina", "Tommaso", "Silvia", "Antonio", "Graziella", "Enzo"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Colombo", "Ferrari", "Russo", "Ricci", "Marino", "Greco", "Bruno",
           "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri",
           "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferraro", "Galli", "Martini", "Leone", "Longo"]
EN_FIRST = ["James", "Olivia", "Harry", "Amelia", "Jack", "Isla", "George", "Emily", "Noah", "Sophie", "Oscar",
            "Grace", "Liam", "Chloe", "Ethan", "Hannah", "Priya", "Tom", "Rachel", "Daniel", "Aisha", "Ben",
            "Megan", "Sam", "Laura", "Kevin", "Fiona", "Raj", "Zoe", "Patrick"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
           "Walker", "Robinson", "Thompson", "Evans", "Hughes", "Green", "Hall", "Clarke", "Murphy", "O'Neill",
           "Kowalski", "Nguyen", "Fischer", "Dubois", "Garcia", "Khan", "Baker", "Carter", "Reid", "Shaw"]
IT_COMP = ["Pasticceria Lombardi", "Ferramenta Conti snc", "Ottica Moretti", "Hotel Belvedere", "Agriturismo Le Querce",
           "Enoteca Santoro", "Studio Dentistico Greco", "Libreria Galli", "Calzature Rinaldi srl", "Farmacia San Marco",
           "Gelateria Polo Nord", "Tipografia Ricci", "Bottega del Pane", "Autofficina Caruso", "Palestra Energia",
           "Vivaio Fontana", "Macelleria Bruno", "Ceramiche Leone", "Salumificio Mariani spa", "B&B Il Glicine"]
EN_COMP = ["Harbour Coffee Ltd", "Northgate Cycles", "Bramble & Finch", "Kestrel Outdoor", "Greenleaf Pharmacy",
           "Pennine Print Co", "Oakwood Dental", "Blue Door Bakery", "Redwing Apparel", "Thistle Hotels",
           "Maple Street Books", "Copperpot Kitchen", "Silverline Fitness", "Larkspur Florists", "Anchor Marine Supplies",
           "Foxglove Tea Rooms", "Ironbridge Tools", "Willow & Wren", "Saltmarsh Surf Shop", "Quayside Pets"]
AGENCIES = ["Pixelfarm", "Webnauti", "Studio Blu Digitale", "Crafted Bytes", "Nettuno Web", "Brightlane Digital",
            "Codice Vivo", "Loop Studio", "Hexagon Labs", "Tinkerbox", "Ondaweb", "Fernway Creative", "Dev&Co",
            "Mosaico Digital", "Northstar Devs"]
IT_CITY = ["Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Firenze", "Genova", "Trento",
           "Lecce", "Parma", "Brescia", "Cagliari", "Perugia", "Udine", "Ancona", "Catania", "Rimini", "Bergamo"]
EN_CITY = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York", "Brighton", "Dublin",
           "Edinburgh", "Sheffield", "Leicester", "Bath", "Exeter", "Belfast", "Oxford", "Hull", "Derby"]
PWMGR = ["1Password", "Bitwarden", "LastPass", "KeePass", "Dashlane", "Keeper", "NordPass", "Proton Pass",
         "KeePassXC", "Passbolt"]
VAULTS = ["HashiCorp Vault", "AWS Secrets Manager", "Azure Key Vault", "GCP Secret Manager", "Doppler", "Infisical"]
PSPS = ["Stripe", "Adyen", "Nexi", "PayPal", "Braintree", "SumUp", "Worldline", "Mollie", "Square", "Checkout.com",
        "Satispay", "Axerve", "XPay"]
BANKS_IT = ["Intesa Sanpaolo", "UniCredit", "BPER Banca", "Banco BPM", "Crédit Agricole Italia", "Fineco", "BNL",
            "Banca Sella", "Monte dei Paschi", "Banca Popolare di Sondrio"]
BANKS_EN = ["Barclays", "HSBC UK", "Lloyds", "NatWest", "Santander UK", "Monzo Business", "Starling", "Metro Bank",
            "Deutsche Bank", "Sparkasse", "BNP Paribas", "CaixaBank", "ING", "AIB"]
BOOKKEEP = ["Xero", "QuickBooks", "FreeAgent", "Sage", "Fatture in Cloud", "TeamSystem", "Danea Easyfatt", "Zucchetti",
            "Aruba Fatturazione", "Dext"]
SHOPS = ["WooCommerce", "Shopify", "PrestaShop", "Magento", "Wix", "Squarespace", "BigCommerce", "OpenCart"]
POS = ["Ingenico Move/5000", "Verifone V240m", "PAX A920", "SumUp Solo", "Nexi SmartPOS", "Castles Saturn 1000",
       "Sunmi P2", "Worldline Yomani"]
DOMAINS_IT = ["pasticcerialombardi.it", "ferramentaconti.it", "otticamoretti.com", "hotelbelvedere.it", "lequerce.bio",
              "enotecasantoro.it", "farmaciasanmarco.it", "libreriagalli.it"]
DOMAINS_EN = ["harbourcoffee.co.uk", "northgatecycles.com", "bramblefinch.co.uk", "kestreloutdoor.com",
              "greenleafpharmacy.co.uk", "thistlehotels.com", "maplestreetbooks.com", "quaysidepets.ie"]
WORDS_IT = ["girasole", "tramonto", "cavallo", "limone", "montagna", "farfalla", "bicicletta", "pomodoro", "vesuvio",
            "gabbiano", "ciliegia", "lanterna", "orologio", "mandorla", "scoiattolo", "tempesta", "zucchero", "nebbia"]
WORDS_EN = ["sunflower", "harbour", "pebble", "lantern", "thunder", "biscuit", "marmalade", "falcon", "meadow",
            "copper", "saffron", "willow", "compass", "granite", "pumpkin", "velvet", "orchard", "puffin"]


def pick(seq):
    return R.choice(seq)


def person(lang):
    if lang == "it":
        return f"{pick(IT_FIRST)} {pick(IT_LAST)}"
    return f"{pick(EN_FIRST)} {pick(EN_LAST)}"


def first(lang):
    return pick(IT_FIRST if lang == "it" else EN_FIRST)


def company(lang):
    return pick(IT_COMP if lang == "it" else EN_COMP)


def city(lang):
    return pick(IT_CITY if lang == "it" else EN_CITY)


def domain(lang):
    return pick(DOMAINS_IT if lang == "it" else DOMAINS_EN)


def email_of(name, dom):
    n = name.lower().replace("'", "").split()
    return f"{n[0]}.{n[-1]}@{dom}"


def date_str(lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025, 2026])
    st = R.random()
    if st < 0.4:
        return f"{d:02d}/{m:02d}/{y}"
    if st < 0.7:
        return f"{y}-{m:02d}-{d:02d}"
    mi = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
    me = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
    return f"{d} {mi[m-1]} {y}" if lang == "it" else f"{d} {me[m-1]} {y}"


def amount(lang):
    v = R.randint(100, 9999999) / 100
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return R.choice([f"€ {s}", f"{s} EUR", f"{s} €"])
    return R.choice([f"£{v:,.2f}", f"€{v:,.2f}", f"GBP {v:,.2f}"])


def phone(lang):
    if lang == "it":
        return R.choice([f"+39 3{R.randint(20,99)} {R.randint(100,999)} {R.randint(1000,9999)}",
                         f"0{R.randint(2,99)} {R.randint(100000,9999999)}",
                         f"3{R.randint(20,99)}-{R.randint(1000000,9999999)}"])
    return R.choice([f"+44 7{R.randint(100,999)} {R.randint(100000,999999)}",
                     f"0{R.randint(113,199)} {R.randint(100,999)} {R.randint(1000,9999)}",
                     f"+353 8{R.randint(5,9)} {R.randint(100,999)} {R.randint(1000,9999)}"])


def version():
    return R.choice([f"v{R.randint(1,5)}.{R.randint(0,19)}.{R.randint(0,30)}", f"{R.randint(1,9)}.{R.randint(0,9)}.{R.randint(0,9)}",
                     f"API 20{R.randint(19,26)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}"])


# ---------------------------------------------------------------- value generators
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rnd(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def mixed(n, chars=ALNUM):
    # ensure it has digits, upper and lower, so it reads like a random secret
    while True:
        s = rnd(chars, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


CARD_PREFIXES = [("4111", 16), ("4242", 16), ("4000", 16), ("4539", 16), ("4916", 16), ("4532", 16), ("5555", 16),
                 ("5105", 16), ("5200", 16), ("2223", 16), ("5425", 16), ("378282", 15), ("371449", 15),
                 ("6011", 16), ("3530", 16), ("4012", 16)]


def card_digits():
    p, n = R.choice(CARD_PREFIXES)
    return luhn_complete(p, n)


def card_bad_digits():
    p, n = R.choice(CARD_PREFIXES)
    d = luhn_complete(p, n)
    last = int(d[-1])
    return d[:-1] + str((last + R.randint(1, 9)) % 10)


def fmt_card(d):
    st = R.random()
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if st < 0.3:
        return d
    if st < 0.6:
        return " ".join(groups)
    if st < 0.75:
        return "-".join(groups)
    if st < 0.85:
        return ".".join(groups)
    if st < 0.93:
        return "  ".join(groups)
    return " - ".join(groups)


def mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97
    return r


def iban_numeric(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban_from_bban(cc, bban):
    chk = 98 - mod97(iban_numeric(bban + cc + "00"))
    return f"{cc}{chk:02d}{bban}"


def iban_valid(ib):
    ib = ib.replace(" ", "")
    return mod97(iban_numeric(ib[4:] + ib[:4])) == 1


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


IT_ABI = ["03069", "02008", "05387", "05034", "03032", "06230", "03015", "05696", "01030", "03268"]
DE_BLZ = ["37040044", "50010517", "10070000", "20041133", "70150000", "12030000", "43060967", "60050101"]
FR_BANK = ["30004", "30002", "20041", "10278", "30003", "11306", "18206"]
ES_ENT = ["2100", "0049", "0182", "0081", "2085", "0128", "1465"]
GB_BANK = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"]


def it_parts():
    abi = R.choice(IT_ABI)
    cab = f"{R.randint(1000, 99999):05d}"
    conto = f"{R.randint(0, 10**12 - 1):012d}" if R.random() < 0.7 else ("0000" + f"{R.randint(10**7, 10**8-1)}")
    if R.random() < 0.15:
        conto = "CC" + f"{R.randint(0, 10**10-1):010d}"
    return abi, cab, conto, it_cin(abi, cab, conto)


def fr_key(bank, guichet, compte):
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)


def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return f"{d('00' + ent + ofi)}{d(cta)}"


def make_iban(cc=None):
    cc = cc or R.choice(["IT"] * 5 + ["DE", "DE", "FR", "ES", "GB", "GB", "NL", "BE", "AT", "IE", "PT"])
    if cc == "IT":
        abi, cab, conto, cin = it_parts()
        bban = cin + abi + cab + conto
    elif cc == "DE":
        bban = R.choice(DE_BLZ) + f"{R.randint(10**8, 10**10-1):010d}"
    elif cc == "FR":
        b, g, c = R.choice(FR_BANK), f"{R.randint(0, 99999):05d}", f"{R.randint(0, 10**11-1):011d}"
        bban = b + g + c + f"{fr_key(b, g, c):02d}"
    elif cc == "ES":
        e, o, c = R.choice(ES_ENT), f"{R.randint(0, 9999):04d}", f"{R.randint(0, 10**10-1):010d}"
        bban = e + o + es_dc(e, o, c) + c
    elif cc == "GB":
        bban = R.choice(GB_BANK) + f"{R.randint(100000, 999999)}" + f"{R.randint(10**7, 10**8-1)}"
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + f"{R.randint(900000, 939999)}" + f"{R.randint(10**7, 10**8-1)}"
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + f"{R.randint(10**9, 10**10-1)}"
    elif cc == "BE":
        bban = f"{R.randint(10**11, 10**12-1)}"
    elif cc == "AT":
        bban = f"{R.randint(10**15, 10**16-1)}"
    else:  # PT
        bban = f"{R.randint(10**20, 10**21-1)}"
    return iban_from_bban(cc, bban)


def bad_iban(cc=None):
    ib = make_iban(cc)
    chk = int(ib[2:4])
    while True:
        n = R.randint(2, 98)
        if n != chk:
            bad = ib[:2] + f"{n:02d}" + ib[4:]
            if not iban_valid(bad):
                return bad


def fmt_iban(ib):
    st = R.random()
    if st < 0.45:
        return ib
    if st < 0.85:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st < 0.93:
        return "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if ib.startswith("IT"):
        return f"{ib[:4]} {ib[4]} {ib[5:10]} {ib[10:15]} {ib[15:]}"
    return ib.lower() if R.random() < 0.5 else ib[:4] + " " + ib[4:]


def bank_account(lang):
    """returns (text_with_value, value, country) -- national formats"""
    c = R.choice(["IT", "IT", "IT", "GB", "GB", "DE", "FR", "ES"])
    if c == "IT":
        abi, cab, conto, cin = it_parts()
        if R.random() < 0.5:
            v = R.choice([cin + abi + cab + conto, f"{cin} {abi} {cab} {conto}", f"{cin}-{abi}-{cab}-{conto}"])
            lab = R.choice(["BBAN", "coordinate BBAN", "CIN ABI CAB conto", "coord. bancarie"])
            return f"{lab}: {v}", v, c
        v = conto
        t = R.choice([f"ABI {abi} CAB {cab} c/c n. {v}", f"conto corrente {v} (ABI {abi}, CAB {cab}, CIN {cin})",
                      f"c/c {v} - ABI {abi} - CAB {cab}", f"CIN {cin} ABI {abi} CAB {cab} conto {v}"])
        return t, v, c
    if c == "GB":
        sc = f"{R.randint(10,99)}-{R.randint(10,99)}-{R.randint(10,99)}"
        acc = f"{R.randint(10**7, 10**8-1)}"
        if R.random() < 0.5:
            v = R.choice([f"{sc} {acc}", f"{sc.replace('-', '')} {acc}", f"{sc} / {acc}", f"{sc}  {acc}"])
            return f"{R.choice(['sort code / account', 'sort/acc', 'SC + acc no', 'bank details'])}: {v}", v, c
        return R.choice([f"sort code {sc}, account number {acc}", f"Sort Code: {sc}  Account No: {acc}",
                         f"acct {acc} (sort {sc})"]), acc, c
    if c == "DE":
        blz = R.choice(DE_BLZ)
        kto = f"{R.randint(10**6, 10**10-1)}"
        return R.choice([f"BLZ {blz}, Kontonummer {kto}", f"Kto.-Nr. {kto} / BLZ {blz}", f"Konto {kto} bei BLZ {blz}"]), kto, c
    if c == "FR":
        b, g, cpt = R.choice(FR_BANK), f"{R.randint(0, 99999):05d}", f"{R.randint(0, 10**11-1):011d}"
        k = f"{fr_key(b, g, cpt):02d}"
        v = R.choice([f"{b} {g} {cpt} {k}", f"{b}-{g}-{cpt}-{k}", f"{b}{g}{cpt}{k}"])
        return f"{R.choice(['RIB', 'RIB (banque guichet compte clé)', 'relevé d identité bancaire'])}: {v}", v, c
    e, o, cta = R.choice(ES_ENT), f"{R.randint(0, 9999):04d}", f"{R.randint(0, 10**10-1):010d}"
    dc = es_dc(e, o, cta)
    v = R.choice([f"{e} {o} {dc} {cta}", f"{e}-{o}-{dc}-{cta}", f"{e}{o}{dc}{cta}"])
    return f"{R.choice(['CCC', 'cuenta (CCC)', 'número de cuenta'])}: {v}", v, c


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    hdr = b64u(json.dumps({"alg": R.choice(["RS256", "HS256", "ES256"]), "typ": "JWT",
                           "kid": rnd(HEX, 8)}).encode())
    pl = b64u(json.dumps({"sub": f"acct_{rnd(ALNUM, 10)}", "iat": R.randint(1700000000, 1790000000),
                          "exp": R.randint(1790000000, 1800000000), "scope": R.choice(["payments:write", "read write", "admin"])}).encode())
    return f"{hdr}.{pl}.{rnd(B64U, R.choice([43, 86, 64]))}"


def access_token():
    st = R.random()
    if st < 0.3:
        return jwt()
    if st < 0.5:
        return R.choice(["live_", "key_live_", "at_", "tok_live_", "sk_prod_"]) + mixed(R.choice([32, 40, 28]))
    if st < 0.65:
        return rnd(HEX, R.choice([32, 40, 48]))
    if st < 0.8:
        return mixed(R.choice([36, 44, 52]), ALNUM + "-_")
    return mixed(R.choice([32, 40]))


def refresh_token():
    st = R.random()
    if st < 0.3:
        return "rt_" + mixed(48, ALNUM)
    if st < 0.5:
        return "1//0" + mixed(60, ALNUM + "-_")
    if st < 0.7:
        return mixed(64, ALNUM + "-_")
    return R.choice(["def50200", "r1.", "RT-"]) + mixed(56, ALNUM)


def client_secret():
    st = R.random()
    if st < 0.5:
        return mixed(R.choice([32, 40, 48]), ALNUM + "-_")
    if st < 0.7:
        return R.choice(["cs_live_", "secret_", "csk_", "whsec_"]) + mixed(32)
    if st < 0.85:
        return mixed(24, ALNUM + "~.-_")
    return rnd(HEX, 64)


def vendor_key():
    st = R.randint(0, 15)
    if st == 0:
        return "AKIA" + rnd(string.ascii_uppercase + "234567", 16), "AWS"
    if st == 1:
        return mixed(40, ALNUM + "+/"), "AWS secret"
    if st == 2:
        return "ghp_" + mixed(36), "GitHub"
    if st == 3:
        return "github_pat_11" + mixed(20) + "_" + mixed(59), "GitHub"
    if st == 4:
        return f"xoxb-{R.randint(10**10, 10**11)}-{R.randint(10**11, 10**12)}-{mixed(24)}", "Slack"
    if st == 5:
        return "sk_live_" + mixed(R.choice([24, 99])), "Stripe"
    if st == 6:
        return "rk_live_" + mixed(24), "Stripe"
    if st == 7:
        return "AIza" + mixed(35, ALNUM + "-_"), "Google"
    if st == 8:
        return f"SG.{mixed(22, ALNUM + '-_')}.{mixed(43, ALNUM + '-_')}", "SendGrid"
    if st == 9:
        return "SK" + rnd(HEX, 32), "Twilio"
    if st == 10:
        return "glpat-" + mixed(20, ALNUM + "-_"), "GitLab"
    if st == 11:
        return rnd(HEX, 32) + f"-us{R.randint(1, 21)}", "Mailchimp"
    if st == 12:
        return "shpat_" + rnd(HEX, 32), "Shopify"
    if st == 13:
        return "sq0csp-" + mixed(43, ALNUM + "-_"), "Square"
    if st == 14:
        return f"access_token$production${rnd('0123456789abcdefghijklmnopqrstuvwxyz', 16)}${rnd(HEX, 32)}", "Braintree/PayPal"
    return "xoxp-" + f"{R.randint(10**10, 10**11)}-{R.randint(10**10, 10**11)}-{R.randint(10**11, 10**12)}-{rnd(HEX, 32)}", "Slack"


def pem_body(nlines, width=64):
    lines = [rnd(B64, width) for _ in range(nlines - 1)]
    lines.append(rnd(B64, R.randint(20, 60)) + R.choice(["", "=", "=="]))
    return "\n".join(lines)


def private_key():
    t = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    if t == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + rnd(B64, 46) + "\n" + pem_body(R.randint(4, 7), 70)
    elif t == "EC PRIVATE KEY":
        body = "MHcCAQEE" + rnd(B64, 56) + "\n" + pem_body(2)
    else:
        body = "MII" + rnd(B64, 61) + "\n" + pem_body(R.randint(5, 9))
    return f"-----BEGIN {t}-----\n{body}\n-----END {t}-----"


def public_block():
    t = R.choice(["PUBLIC KEY", "CERTIFICATE", "CERTIFICATE REQUEST"])
    return f"-----BEGIN {t}-----\nMII{rnd(B64, 61)}\n{pem_body(R.randint(3, 6))}\n-----END {t}-----"


def password(lang):
    st = R.random()
    words = WORDS_IT if lang == "it" else WORDS_EN
    sym = "!#$%&*@?+=._-"
    if st < 0.25:
        return pick(words).capitalize() + str(R.randint(1, 2026)) + R.choice(sym)
    if st < 0.45:
        return mixed(R.randint(10, 16), ALNUM + "!#%&*@?+=")
    if st < 0.55:
        w = pick(words)
        tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
        return w.capitalize().translate(tr) + R.choice(sym) + str(R.randint(10, 99))
    if st < 0.68:
        return "-".join(R.sample(words, 3)) + "-" + str(R.randint(10, 99))
    if st < 0.8:
        return pick(IT_FIRST if lang == "it" else EN_FIRST) + R.choice(sym) + str(R.randint(1950, 2020))
    if st < 0.9:
        return pick(words).upper()[:3] + R.choice(sym) + pick(words) + str(R.randint(1, 99))
    return rnd(string.ascii_lowercase, 4) + str(R.randint(1000, 9999)) + rnd(string.ascii_uppercase, 2) + R.choice(sym)


def pin():
    return R.choice([f"{R.randint(0, 9999):04d}", f"{R.randint(0, 9999):04d}", f"{R.randint(0, 999999):06d}",
                     f"{R.randint(0, 99999):05d}", f"{R.randint(0, 99999999):08d}"])


def otp():
    v = f"{R.randint(0, 999999):06d}"
    return R.choice([v, v, f"{v[:3]} {v[3:]}", f"{v[:3]}-{v[3:]}"])


def uuid4():
    h = rnd(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def basic_pair(lang):
    user = R.choice(["api", "admin", "shop", "integration", "svc-pay", "ops", first(lang).lower()])
    pw = password(lang)
    pair = f"{user}:{pw}"
    return pair, base64.b64encode(pair.encode()).decode()


# ---------------------------------------------------------------- items
PW_LABEL = {"it": ["password", "pwd", "psw", "pass", "parola d'ordine", "password", "chiave d'accesso", "pw"],
            "en": ["password", "pw", "pass", "password", "passphrase", "login pw", "pwd"],
            "xx": ["Passwort", "Kennwort", "mot de passe", "contraseña", "clave", "mdp"]}
PW_SYSTEMS = [("Dashboard admin", "Admin dashboard", "DASHBOARD_PASSWORD"), ("home banking", "online banking", "BANK_PASSWORD"),
              ("FTP / SFTP", "SFTP", "SFTP_PASSWORD"), ("WordPress admin", "WordPress admin", "WP_ADMIN_PASSWORD"),
              ("DB produzione", "prod database", "DB_PASSWORD"), ("router ufficio", "office router", "ROUTER_PASSWORD"),
              ("Shopify staff", "Shopify staff", "SHOP_PASSWORD"), ("Google Workspace", "Google Workspace", "GWS_PASSWORD"),
              ("registrar domini", "domain registrar", "REGISTRAR_PASSWORD"), ("gestionale fatture", "invoicing app", "INVOICING_PASSWORD"),
              ("PEC", "accounts mailbox", "PEC_PASSWORD"), ("cPanel", "cPanel", "CPANEL_PASSWORD"),
              ("portale esercenti", "merchant portal", "MERCHANT_PORTAL_PASSWORD"), ("SMTP", "SMTP relay", "SMTP_PASSWORD"),
              ("Redis", "Redis", "REDIS_PASSWORD"), ("back office cassa", "POS back office", "POS_ADMIN_PASSWORD"),
              ("VPN", "VPN", "VPN_PASSWORD"), ("Wi-Fi negozio", "shop Wi-Fi", "WIFI_PSK"), ("gestionale magazzino", "stock system", "ERP_PASSWORD"),
              ("casella ordini", "orders inbox", "MAIL_PASSWORD"), ("area riservata fornitore", "supplier portal", "SUPPLIER_PASSWORD")]
TOK_PLATFORMS = {"it": ["dashboard sviluppatori", "app mobile", "backend ordini", "connettore ERP", "plugin e-commerce", "integrazione POS", "ambiente live", "API pagamenti"],
                 "en": ["developer dashboard", "mobile app", "orders backend", "ERP connector", "shop plugin", "POS integration", "live environment", "payments API"]}
TOK_LABELS = {
    "access_token": {"it": ["chiave API", "API key live", "token", "bearer", "access token", "token di accesso", "cookie di sessione"],
                     "en": ["API key", "live API key", "access token", "bearer token", "session cookie", "personal API token", "token"]},
    "client_secret": {"it": ["client secret", "segreto client", "client_secret", "secret webhook", "app secret"],
                      "en": ["client secret", "client_secret", "webhook signing secret", "app secret", "OAuth secret"]},
    "refresh_token": {"it": ["refresh token", "token di rinnovo", "refresh_token"], "en": ["refresh token", "offline refresh token", "refresh_token"]},
}
TOK_KEYS = {"access_token": ["PAYMENTS_API_KEY", "ACCESS_TOKEN", "API_TOKEN", "API_KEY_LIVE", "SESSION_COOKIE", "API_KEY"],
            "client_secret": ["CLIENT_SECRET", "OAUTH_CLIENT_SECRET", "WEBHOOK_SECRET", "APP_SECRET"],
            "refresh_token": ["REFRESH_TOKEN", "OAUTH_REFRESH_TOKEN"]}
PIN_SYSTEMS = [("terminale POS", "POS terminal", "POS_PIN", "PIN"), ("carta aziendale", "company card", "CARD_PIN", "PIN"),
               ("cassaforte", "safe", "SAFE_CODE", "codice"), ("token bancario", "bank token", "BANK_TOKEN_PIN", "PIN"),
               ("app banca (SMS)", "bank app (SMS)", "OTP", "OTP"), ("conferma bonifico", "transfer approval", "SCA_CODE", "codice SCA"),
               ("SIM del palmare", "handheld SIM", "SIM_PIN", "PIN"), ("allarme negozio", "shop alarm", "ALARM_CODE", "codice"),
               ("cassa (supervisore)", "till supervisor", "SUPERVISOR_PIN", "PIN"), ("firma remota", "remote signing", "SIGN_PIN", "PIN")]
VENDOR_KEYNAME = {"AWS": "AWS_ACCESS_KEY_ID", "AWS secret": "AWS_SECRET_ACCESS_KEY", "GitHub": "GITHUB_TOKEN", "Slack": "SLACK_BOT_TOKEN",
                  "Stripe": "STRIPE_SECRET_KEY", "Google": "GOOGLE_MAPS_API_KEY", "SendGrid": "SENDGRID_API_KEY", "Twilio": "TWILIO_API_KEY",
                  "GitLab": "GITLAB_TOKEN", "Mailchimp": "MAILCHIMP_API_KEY", "Shopify": "SHOPIFY_ADMIN_TOKEN", "Square": "SQUARE_APP_SECRET",
                  "Braintree/PayPal": "BRAINTREE_ACCESS_TOKEN"}
USERS = ["admin", "amministrazione", "ops@{d}", "info@{d}", "api-user", "shopadmin", "contabilita@{d}", "{f}", "deploy",
         "root", "webmaster", "owner@{d}", "svc_payments", "negozio01"]


def a_user(lang):
    u = R.choice(USERS)
    return u.format(d=domain(lang), f=first(lang).lower())


def pw_label(lang):
    r = R.random()
    if r < 0.12:
        return R.choice(PW_LABEL["xx"])
    return R.choice(PW_LABEL[lang])


def neg_ref(lang, key):
    """a reference to where a secret lives, or a placeholder / masked form -- never the secret"""
    pm = pick(PWMGR)
    it = lang == "it"
    opts = [
        f"in {pm}" + (f" (cassaforte \"{company(lang).split()[0]}\")" if it else f" (vault \"{company(lang).split()[0]}\")"),
        "********", "••••••••", "[REDACTED]", "<password>", f"${{{key}}}", f"{{{{{key.lower()}}}}}",
        f"op://{R.choice(['Shop', 'Ops', 'Finance', 'Handover'])}/{key.lower().replace('_', '-')}/credential",
        f"vault kv/{R.choice(['prod', 'shop', 'legacy'])}/{key.lower()}",
        ("ruotata il " if it else "rotated on ") + date_str(lang) + (" - la nuova è nel vault" if it else " - new one is in the vault"),
        ("busta sigillata in cassaforte" if it else "sealed envelope in the safe"),
        ("la comunico a voce" if it else "will tell you on the phone"),
        ("SSO Google, nessuna password" if it else "Google SSO, no password"),
        ("da reimpostare al primo accesso" if it else "to be reset on first login"),
        "xxxxxxxx", "CHANGE_ME" if R.random() < 0.5 else "<set-me>", f"(see {pm} item \"{key.title().replace('_', ' ')}\")",
        f"AWS Secrets Manager: prod/{key.lower().replace('_', '-')}", f"secretRef {key.lower().replace('_', '-')}",
    ]
    return R.choice(opts)


def mask_tok(tok):
    st = R.random()
    pre = re.match(r"^[a-zA-Z]+[_-](live_|test_|prod_)?", tok)
    p = pre.group(0) if pre else ""
    if st < 0.4:
        return p + "…" + tok[-4:]
    if st < 0.7:
        return p + "*" * R.randint(8, 20) + tok[-4:]
    return p + "xxxx...xxxx"


def item(kind, pos, lang):
    """build one handed-over thing. kind: a secret kind or 'pub'. pos: write the real secret."""
    it = lang == "it"
    d = {"secrets": [], "block": False}
    if kind == "password":
        si, se, key = R.choice(PW_SYSTEMS)
        d.update(system=si if lang == "it" else se, user=a_user(lang), label=pw_label(lang), key=key)
        if pos:
            v = password(lang)
            d["value"] = v
            d["secrets"] = [("password", v)]
        else:
            d["value"] = neg_ref(lang, key)
    elif kind == "pin":
        si, se, key, lab = R.choice(PIN_SYSTEMS)
        if lab == "codice":
            lab = R.choice(["codice", "code", "combinazione"]) if it else R.choice(["code", "combination", "code"])
        elif lab == "codice SCA":
            lab = "codice SCA" if it else R.choice(["SCA code", "approval code"])
        elif lab == "OTP":
            lab = R.choice(["OTP", "codice SMS", "codice"]) if it else R.choice(["OTP", "SMS code", "one-time code"])
        elif R.random() < 0.08:
            lab = R.choice(["Geheimzahl", "code PIN", "PIN-Code"])
        d.update(system=si if it else se, user="-", label=lab, key=key)
        if pos:
            v = otp() if key in ("OTP", "SCA_CODE") else pin()
            d["value"] = v
            d["secrets"] = [("pin", v)]
        else:
            d["value"] = R.choice(["****", "••••", "[omesso]" if it else "[omitted]", neg_ref(lang, key),
                                   "lo sa il titolare" if it else "owner knows it", "default di fabbrica cambiato" if it else "factory default changed, not recorded",
                                   "da richiedere in filiale" if it else "request a new one at the branch"])
    elif kind == "card_number":
        d.update(system=R.choice(["carta aziendale", "carta per abbonamenti SaaS", "Amex aziendale", "carta prepagata"] if it else ["company card", "card for SaaS subscriptions", "Amex corporate", "prepaid card"]),
                 user=person(lang), label=R.choice(["PAN", "numero carta", "card no.", "card number", "carta", "numéro de carte"]), key="CARD_NUMBER")
        if pos:
            v = fmt_card(card_digits())
            d["value"] = v
            d["secrets"] = [("card_number", v)]
            if R.random() < 0.45:
                cv = f"{R.randint(0, 999):03d}"
                exp = f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"
                d["value"] = v + R.choice([f" scad. {exp} CVV {cv}", f" exp {exp} cvv {cv}", f" {exp} - CVC {cv}", f" ({exp}, codice sul retro {cv})" if it else f" ({exp}, security code {cv})"])
                d["secrets"].append(("cvv", cv))
        else:
            c = card_digits()
            d["value"] = R.choice([f"**** **** **** {c[-4:]}", f"{c[:6]}******{c[-4:]}", f"XXXX-XXXX-XXXX-{c[-4:]}",
                                   fmt_card(card_bad_digits()), ("termina con " if it else "ending ") + c[-4:]])
    elif kind == "cvv":
        d.update(system="carta aziendale" if it else "company card", user="-", label=R.choice(["CVV", "CVC", "CVV2", "codice di sicurezza", "security code", "CID"]), key="CARD_CVV")
        if pos:
            v = f"{R.randint(0, 999):03d}" if R.random() < 0.85 else f"{R.randint(0, 9999):04d}"
            d["value"] = v
            d["secrets"] = [("cvv", v)]
        else:
            d["value"] = R.choice(["***", "non memorizzato (PCI)" if it else "not stored (PCI DSS)", "n/d" if it else "n/a", "[REDACTED]",
                                   "sul retro della carta, chiedere a " + first(lang) if it else "on the back of the card, ask " + first(lang)])
    elif kind == "iban":
        d.update(system=R.choice(["conto incassi", "conto operativo", "conto per i payout", "payout account", "settlement account", "conto stipendi"]) if it else
                 R.choice(["payout account", "settlement account", "main business account", "payroll account", "refund account"]),
                 user=company(lang), label="IBAN", key="PAYOUT_IBAN")
        if pos:
            v = fmt_iban(make_iban())
            d["value"] = v
            d["secrets"] = [("iban", v)]
        else:
            ib = make_iban()
            d["value"] = R.choice([fmt_iban(bad_iban()), ib[:4] + " **** **** **** " + ib[-4:], ib[:2] + "** " + "*" * 8 + ib[-3:],
                                   "vedi modulo mandato allegato" if it else "see the mandate form attached", f"BIC {pick(['BCITITMM', 'UNCRITMM', 'BPMOIT22', 'BARCGB22', 'NWBKGB2L', 'DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'INGBNL2A'])} (IBAN nel gestionale)" if it else f"BIC {pick(['BARCGB22', 'NWBKGB2L', 'DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'AIBKIE2D'])} (IBAN in the ERP)"])
    elif kind == "bank_account":
        d.update(system=R.choice(["conto fornitori", "conto principale", "conto di appoggio", "conto clienti"] if it else ["main account", "suppliers account", "client account", "old business account"]),
                 user=company(lang), label=R.choice(["coordinate", "bank details", "conto", "account", "Bankverbindung", "RIB", "cuenta"]), key="BANK_ACCOUNT")
        if pos:
            t, v, _ = bank_account(lang)
            d["value"] = t
            d["secrets"] = [("bank_account", v)]
        else:
            abi = R.choice(IT_ABI)
            d["value"] = R.choice([f"ABI {abi} CAB {R.randint(1000, 99999):05d}", f"sort code {R.randint(10,99)}-{R.randint(10,99)}-{R.randint(10,99)}",
                                   f"BLZ {R.choice(DE_BLZ)}", f"code banque {R.choice(FR_BANK)} guichet {R.randint(0,99999):05d}",
                                   ("conto che termina con " if it else "account ending ") + str(R.randint(1000, 9999)),
                                   "coordinate in fattura" if it else "details on the invoice header"])
    elif kind in ("access_token", "client_secret", "refresh_token"):
        key = R.choice(TOK_KEYS[kind])
        lab = R.choice(TOK_LABELS[kind][lang])
        d.update(system=R.choice(TOK_PLATFORMS[lang]), user="-", label=lab, key=key)
        gen = {"access_token": access_token, "client_secret": client_secret, "refresh_token": refresh_token}[kind]
        v = gen()
        if pos:
            if kind == "client_secret" and R.random() < 0.25:
                pair, b = basic_pair(lang)
                if R.random() < 0.5:
                    d.update(label="HTTP Basic", key="BASIC_AUTH", value=f"Basic {b}")
                    d["secrets"] = [("client_secret", b)]
                else:
                    d.update(label="user:pass (Basic)", key="BASIC_CREDENTIALS", value=pair)
                    d["secrets"] = [("client_secret", pair)]
            else:
                d["value"] = v
                d["secrets"] = [(kind, v)]
        else:
            d["value"] = R.choice([mask_tok(v), neg_ref(lang, key), f"${{{key}}}", f"<your-{key.lower().replace('_', '-')}>",
                                   "YOUR_" + key, ("revocato il " if it else "revoked on ") + date_str(lang), f"env {key}"])
    elif kind == "vendor_key":
        v, vend = vendor_key()
        key = VENDOR_KEYNAME[vend]
        d.update(system=vend, user=R.choice(["account agenzia" if it else "agency account", "account cliente" if it else "client account", "ops", "-"]),
                 label=f"{vend} key", key=key)
        if pos:
            d["value"] = v
            d["secrets"] = [("vendor_key", v)]
        else:
            d["value"] = R.choice([mask_tok(v), f"${{{key}}}", neg_ref(lang, key), f"os.environ[\"{key}\"]", "YOUR_" + key,
                                   ("ruotata dopo l'uscita di " if it else "rotated after ") + first(lang) + (" " if it else " left ") + date_str(lang)])
    elif kind == "private_key":
        d.update(system=R.choice(["deploy key GitHub", "chiave SSH del server", "chiave di firma JWT", "certificato client mTLS", "chiave merchant Apple Pay"] if it else
                                 ["GitHub deploy key", "SSH key (prod box)", "JWT signing key", "mTLS client cert", "Apple Pay merchant key"]),
                 user="deploy", label=R.choice(["chiave privata", "private key", "id_rsa", "key.pem"] if it else ["private key", "id_rsa", "key.pem", "PEM"]), key="PRIVATE_KEY")
        if pos:
            v = private_key()
            d["value"] = v
            d["block"] = True
            d["secrets"] = [("private_key", v)]
        else:
            d["value"] = R.choice([f"SHA256:{rnd(B64, 43)}", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(B64, 43)} {first(lang).lower()}@laptop",
                                   neg_ref(lang, "PRIVATE_KEY"), "~/.ssh/id_ed25519 (non copiata)" if it else "~/.ssh/id_ed25519 (not copied)",
                                   f"MD5:{':'.join(rnd(HEX, 2) for _ in range(16))}"])
            if R.random() < 0.2:
                d["value"] = public_block()
                d["block"] = True
    else:  # pub
        k = R.randint(0, 16)
        if k == 0:
            d.update(system="client id", label="client_id", key="CLIENT_ID", value=R.choice([f"{company(lang).split()[0].lower()}-pay-prod", f"cli_{rnd(ALNUM, 16)}", uuid4()]))
        elif k == 1:
            d.update(system="merchant id", label="MID", key="MERCHANT_ID", value=R.choice([f"{R.randint(10**8, 10**9)}", f"MID-{R.randint(10000, 99999)}", f"acct_{rnd(ALNUM, 16)}"]))
        elif k == 2:
            d.update(system="terminal id", label="TID", key="TERMINAL_ID", value=R.choice([f"{R.randint(10**7, 10**8-1)}", f"T{R.randint(100000, 999999)}"]))
        elif k == 3:
            d.update(system="webhook endpoint", label="URL", key="WEBHOOK_URL", value=f"https://{domain(lang)}/webhooks/{R.choice(['payments', 'psp', 'sportello'])}")
        elif k == 4:
            d.update(system="request id" if not it else "id richiesta", label="X-Request-Id", key="REQUEST_ID", value=uuid4())
        elif k == 5:
            d.update(system="payment id", label="payment", key="PAYMENT_ID", value=R.choice([f"pay_{rnd(ALNUM, 14)}", f"pi_{rnd(ALNUM, 24)}", f"PAY-{R.randint(10**9, 10**10)}"]))
        elif k == 6:
            d.update(system="fattura" if it else "invoice", label="n.", key="INVOICE_NO", value=R.choice([f"FT{R.randint(2024, 2026)}/{R.randint(1, 999):04d}", f"INV-{R.randint(10000, 99999)}", f"{R.randint(1, 400)}/{R.randint(2024, 2026)}"]))
        elif k == 7:
            d.update(system="ticket", label="#", key="TICKET", value=f"{R.choice(['SUP', 'HD', 'OPS', 'JIRA-PAY'])}-{R.randint(100, 99999)}")
        elif k == 8:
            d.update(system="BIC", label="BIC/SWIFT", key="BIC", value=pick(["BCITITMM", "UNCRITMM", "BPMOIT22", "BARCGB22", "NWBKGB2L", "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "SELBIT2BXXX", "FEBIITM1"]))
        elif k == 9:
            d.update(system="supporto" if it else "support line", label="tel", key="SUPPORT_PHONE", value=phone(lang))
        elif k == 10:
            d.update(system="commit", label="sha", key="GIT_SHA", value=rnd(HEX, R.choice([7, 40])))
        elif k == 11:
            d.update(system="SDK", label="version", key="SDK_VERSION", value=version())
        elif k == 12:
            d.update(system="checksum export" if not it else "hash dell'export", label="sha256", key="EXPORT_SHA256", value=rnd(HEX, 64))
        elif k == 13:
            d.update(system="scadenza contratto" if it else "contract end", label="data" if it else "date", key="CONTRACT_END", value=date_str(lang))
        elif k == 14:
            d.update(system="canone mensile" if it else "monthly fee", label="importo" if it else "amount", key="MONTHLY_FEE", value=amount(lang))
        elif k == 15:
            d.update(system="publishable key", label="public key", key="PUBLIC_KEY_ID", value=f"kid_{rnd(HEX, 16)}")
        else:
            d.update(system="account e-mail", label="login", key="ACCOUNT_EMAIL", value=email_of(person(lang), domain(lang)))
        d["user"] = "-"
    d["kind"] = kind
    d["role"] = "pub" if kind == "pub" else "secret"
    return d


# ---------------------------------------------------------------- rendering helpers
def maybe_wrap(it_):
    """a careless writer's long value broken over two lines (label keeps the break)"""
    if it_["block"] or len(it_["secrets"]) != 1:
        return
    k, v = it_["secrets"][0]
    if it_["value"] == v and len(v) >= 40 and " " not in v and R.random() < 0.15:
        cut = R.randint(20, len(v) - 10)
        nv = v[:cut] + "\n" + v[cut:]
        it_["value"] = nv
        it_["secrets"] = [(k, nv)]


def sysname(it_, lang):
    return it_["system"]


def after_kw(lang):
    return R.choice(["", "", "", " (quella nuova)" if lang == "it" else " (the new one)", " attuale" if lang == "it" else " current",
                     " — non cambiarla senza avvisare" if lang == "it" else " — don't change it without telling us",
                     " (l'ho aggiornata ieri)" if lang == "it" else " (updated yesterday)", " provvisoria" if lang == "it" else " temporary"])


def r_bullets(items, lang):
    out = []
    bullet = R.choice(["- ", "* ", "• ", "", "-> ", "1. "])
    for i, it_ in enumerate(items):
        maybe_wrap(it_)
        b = f"{i+1}. " if bullet == "1. " else bullet
        if it_["role"] == "pub":
            out.append(b + R.choice([f"{it_['system']}: {it_['value']}", f"{it_['system']} ({it_['label']}) {it_['value']}", f"{it_['label']} {it_['system']} = {it_['value']}"]))
            continue
        u = it_["user"]
        ustr = "" if u == "-" else (R.choice([f" utente {u},", f" user {u} /", f" login {u} —", f" (utente: {u})"]) if lang == "it"
                                   else R.choice([f" user {u},", f" login {u} /", f" username {u} —", f" ({u})"]))
        sep = R.choice([": ", " = ", " -> ", " ", ": "])
        if it_["block"]:
            out.append(f"{b}{it_['system']}{ustr} {it_['label']}{after_kw(lang)}:\n{it_['value']}")
        elif it_["kind"] == "password" and u != "-" and R.random() < 0.3:
            out.append(f"{b}{it_['system']}: {u} / {it_['value']}")
        elif R.random() < 0.2:
            out.append(f"{b}{it_['label']} {it_['system']}{after_kw(lang)}{sep}{it_['value']}")
        else:
            out.append(f"{b}{it_['system']}{ustr} {it_['label']}{after_kw(lang)}{sep}{it_['value']}")
    return "\n".join(out)


def _blocks_below(items, lang):
    tail = []
    for it_ in items:
        if it_["block"]:
            tail.append(f"{it_['system']}:\n{it_['value']}")
    return ("\n\n" + "\n\n".join(tail)) if tail else ""


def _cell(it_, lang):
    if it_["block"]:
        return "vedi sotto" if lang == "it" else "see below"
    return it_["value"].replace("\n", " ") if not it_["secrets"] else it_["value"]


def headers(lang):
    if lang == "it":
        return R.choice([["Sistema", "Utente", "Credenziale", "Valore"], ["Servizio", "Login", "Tipo", "Segreto / riferimento"],
                         ["Cosa", "Chi", "Campo", "Dove / valore"], ["Piattaforma", "Username", "Voce", "Dato"]])
    return R.choice([["System", "User", "Credential", "Value"], ["Service", "Login", "Type", "Secret / where"],
                     ["What", "Account", "Field", "Value / location"], ["Platform", "Username", "Item", "Data"]])


def r_mdtable(items, lang):
    h = headers(lang)
    rows = [f"| {' | '.join(h)} |", "|" + "|".join(["---"] * len(h)) + "|"]
    for it_ in items:
        if any("\n" in v for _, v in it_["secrets"]) and not it_["block"]:
            it_["value"] = it_["value"].replace("\n", "")
            it_["secrets"] = [(k, v.replace("\n", "")) for k, v in it_["secrets"]]
        rows.append(f"| {it_['system']} | {it_['user']} | {it_['label']} | {_cell(it_, lang)} |")
    return "\n".join(rows) + _blocks_below(items, lang)


def r_csv(items, lang, sep=","):
    h = headers(lang) + [R.choice(["Note", "Notes", "Owner", "Ultimo aggiornamento" if lang == "it" else "Last updated"])]
    rows = [sep.join(h)]
    for it_ in items:
        cells = [it_["system"], it_["user"], it_["label"], _cell(it_, lang), R.choice(["", "", date_str(lang), first(lang), "ok", "da verificare" if lang == "it" else "to check"])]
        if sep == ",":
            cells = [f'"{c}"' if ("," in c or '"' in c) else c for c in (x.replace('"', "'") for x in cells)]
        rows.append(sep.join(cells))
    return "\n".join(rows) + _blocks_below(items, lang)


def r_tsv(items, lang):
    return r_csv(items, lang, "\t")


def r_aligned(items, lang):
    h = headers(lang)
    rows = [[it_["system"], it_["user"], it_["label"], _cell(it_, lang)] for it_ in items]
    w = [max(len(x[i]) for x in rows + [h]) + 2 for i in range(3)]
    lines = ["".join(h[i].ljust(w[i]) for i in range(3)) + h[3], "".join("-" * (w[i] - 1) + " " for i in range(3)) + "-" * 10]
    for r in rows:
        lines.append("".join(r[i].ljust(w[i]) for i in range(3)) + r[3])
    return "\n".join(lines) + _blocks_below(items, lang)


def r_env(items, lang):
    out = []
    if R.random() < 0.5:
        out.append(R.choice(["# .env produzione — NON committare", "# .env.production", "# prod env (copied from server)", "# variabili di ambiente"]))
    seen = set()
    for it_ in items:
        k = it_["key"]
        while k in seen:
            k += "_2"
        seen.add(k)
        v = it_["value"].replace("\n", "") if not it_["block"] else it_["value"]
        if it_["secrets"] and not it_["block"] and "\n" in it_["value"]:
            it_["secrets"] = [(kk, vv.replace("\n", "")) for kk, vv in it_["secrets"]]
        if it_["block"] or " " in v or R.random() < 0.3:
            v = f'"{v}"'
        out.append(f"{k}={v}")
    return "\n".join(out)


def r_yaml(items, lang):
    out = [R.choice(["credentials:", "handover:", "accessi:", "secrets:", "systems:"])]
    for it_ in items:
        out.append(f"  - name: {it_['system']}")
        if it_["user"] != "-":
            out.append(f"    user: {it_['user']}")
        lab = re.sub(r"[^a-z0-9]+", "_", it_["label"].lower()).strip("_") or "value"
        if it_["block"]:
            out.append(f"    {lab}: |")
            blk = "\n".join("      " + ln for ln in it_["value"].split("\n"))
            out.append(blk)
            it_["secrets"] = [(k, "\n".join(("      " + ln if i else ln) for i, ln in enumerate(v.split("\n")))) for k, v in it_["secrets"]]
            it_["secrets"] = [(k, v.lstrip()) for k, v in it_["secrets"]]
        else:
            v = it_["value"].replace("\n", "")
            it_["secrets"] = [(k, vv.replace("\n", "")) for k, vv in it_["secrets"]]
            out.append(f'    {lab}: "{v}"')
    return "\n".join(out)


def r_json(items, lang):
    arr = []
    for it_ in items:
        lab = re.sub(r"[^a-z0-9]+", "_", it_["label"].lower()).strip("_") or "value"
        v = it_["value"]
        if not it_["block"]:
            v = v.replace("\n", "")
            it_["secrets"] = [(k, vv.replace("\n", "")) for k, vv in it_["secrets"]]
        o = {"system": it_["system"]}
        if it_["user"] != "-":
            o["user"] = it_["user"]
        o[lab] = v
        arr.append(o)
    ind = R.choice([2, None, 4])
    return json.dumps(arr if R.random() < 0.7 else {"accounts": arr}, ensure_ascii=False, indent=ind)


def r_ini(items, lang):
    out = []
    for it_ in items:
        out.append(f"[{re.sub(r'[^A-Za-z0-9]+', '_', it_['system']).strip('_').lower()}]")
        if it_["user"] != "-":
            out.append(f"user = {it_['user']}")
        lab = re.sub(r"[^a-z0-9]+", "_", it_["label"].lower()).strip("_") or "value"
        if it_["block"]:
            out.append(f"{lab}_file = {it_['system'].lower().replace(' ', '_')}.pem   ; " + ("contenuto sotto" if lang == "it" else "content below"))
        else:
            out.append(f"{lab} = {it_['value'].replace(chr(10), '')}")
            it_["secrets"] = [(k, vv.replace("\n", "")) for k, vv in it_["secrets"]]
        out.append("")
    return "\n".join(out).rstrip() + _blocks_below(items, lang)


def r_checklist(items, lang):
    out = []
    for it_ in items:
        box = R.choice(["[x]", "[ ]", "[x]", "☐", "☑", "✅"])
        maybe_wrap(it_)
        verb = R.choice(["consegnato", "passato", "trasferito", "da cambiare", "verificato"]) if lang == "it" else R.choice(["handed over", "transferred", "to rotate", "checked", "done"])
        if it_["block"]:
            out.append(f"- {box} {it_['system']} ({verb}) — {it_['label']}:\n{it_['value']}")
        else:
            out.append(f"- {box} {it_['system']} ({verb}) — {it_['label']}: {it_['value']}")
    return "\n".join(out)


def r_prose(items, lang):
    parts = []
    for it_ in items:
        maybe_wrap(it_)
        s, u, l, v = it_["system"], it_["user"], it_["label"], it_["value"]
        us = "" if u == "-" else u
        if it_["role"] == "pub":
            parts.append(R.choice([f"{s}: {v}.", f"({s} {v})", f"Per riferimento, {s} {v}." if lang == "it" else f"For reference, {s} {v}."]))
            continue
        if lang == "it":
            opts = [f"{s}: {l} {v}" + (f" (utente {us})." if us else "."), f"{l} per {s}: {v}, almeno l'ultima volta che ho controllato.",
                    f"Su {s} trovi tutto, {l}{after_kw(lang)} {v}.", f"Ti lascio anche {s} – {l}: {v}", f"{s} → {l} {v}, non l'ho mai cambiato."]
            if it_["kind"] == "password":
                opts += [f"Per {s} si entra con {us or 'l’utente solito'} e password {v}.", f"{s}: entri come {us or 'admin'}, la parola è {v}"]
        else:
            opts = [f"{s}: {l} {v}" + (f" (user {us})." if us else "."), f"The {l} for {s} is {v}, at least last time I checked.",
                    f"{s} has everything, {l}{after_kw(lang)} {v}.", f"Also {s} – {l}: {v}", f"{s} → {l} {v}, never changed it."]
            if it_["kind"] == "password":
                opts += [f"For {s} you log in as {us or 'the usual user'} with {v}.", f"{s}: you're {us or 'admin'}, password's {v}"]
        if it_["block"]:
            parts.append(R.choice([f"{s}, {l}:\n{v}", f"{s} ({l}) " + ("qui sotto" if lang == "it" else "below") + f":\n{v}"]))
        else:
            parts.append(R.choice(opts))
    joiner = R.choice([" ", "\n", "\n\n"])
    return joiner.join(parts)


RENDERERS = {"bullets": r_bullets, "mdtable": r_mdtable, "csv": r_csv, "tsv": r_tsv, "aligned": r_aligned, "env": r_env,
             "yaml": r_yaml, "json": r_json, "ini": r_ini, "checklist": r_checklist, "prose": r_prose}


def typo(s, rate=0.04):
    """hurried typing in the prose only"""
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and R.random() < rate:
            j = R.randint(1, len(w) - 2)
            op = R.random()
            if op < 0.4:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif op < 0.7:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def quote_history(text, lang):
    """wrap a message as the quoted part of a reply/forward"""
    who, when = person(lang), date_str(lang)
    if R.random() < 0.5:
        head = f"Il giorno {when}, {who} ha scritto:" if lang == "it" else f"On {when}, {who} wrote:"
        q = "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
        return head + "\n" + q
    head = ("---------- Messaggio inoltrato ----------\nDa: " if lang == "it" else "---------- Forwarded message ----------\nFrom: ") + \
        f"{who} <{email_of(who, domain(lang))}>\n" + ("Data: " if lang == "it" else "Date: ") + when + "\n" + \
        ("Oggetto: " if lang == "it" else "Subject: ") + R.choice(["accessi", "handover", "credenziali", "passaggio consegne", "access details", "everything you need"]) + "\n"
    return head + "\n" + text


# ---------------------------------------------------------------- context
def ctx(lang):
    n1, n2 = person(lang), person(lang)
    c = {"name": n1, "name2": n2, "f1": n1.split()[0], "f2": n2.split()[0], "company": company(lang), "agency": pick(AGENCIES),
         "city": city(lang), "date": date_str(lang), "date2": date_str(lang), "pm": pick(PWMGR), "vault": pick(VAULTS), "psp": pick(PSPS),
         "psp2": pick(PSPS), "bank": pick(BANKS_IT if lang == "it" else BANKS_EN), "tool": pick(BOOKKEEP), "shop": pick(SHOPS),
         "pos": pick(POS), "ticket": f"{R.choice(['SUP', 'HD', 'CS'])}-{R.randint(1000, 99999)}", "dom": domain(lang),
         "amount": amount(lang), "phone": phone(lang), "ver": version(), "uuid": uuid4(), "n": R.randint(2, 14),
         "mid": f"{R.randint(10**8, 10**9)}", "tid": f"{R.randint(10**7, 10**8-1)}", "sha": rnd(HEX, 40), "year": R.randint(2019, 2026)}
    return c


def fill(s, c):
    return s.format(**c)


# Each frame: (intro, outro) per language, formats, style word. {placeholders} come from ctx().
F = {}
F["agency"] = dict(style=["email", "handover-doc"], kinds={"password": 30, "access_token": 12, "client_secret": 10, "vendor_key": 14, "private_key": 5, "refresh_token": 4, "iban": 4, "pin": 3}, frames=[
    ({"it": ("Oggetto: passaggio di consegne {company}\n\nBuongiorno {f2},\ncome da contratto chiudiamo la collaborazione il {date}. Vi giriamo gli accessi che gestivamo noi di {agency}:",
             "Da domani non abbiamo più accesso. Vi consigliamo di cambiare tutto appena possibile.\n\nCordiali saluti,\n{name}\n{agency}"),
      "en": ("Subject: Handover – {company}\n\nHi {f2},\nas agreed our engagement ends on {date}. Below are the accesses {agency} managed on your behalf:",
             "We will remove ourselves from all accounts by Friday. Please rotate everything after that.\n\nKind regards,\n{name}\n{agency}")},
     ["bullets", "mdtable", "prose", "aligned"]),
    ({"it": ("# Documento di handover – {company}\nVersione 1.{n} – redatto da {agency} il {date}\n\n## 1. Accessi\n",
             "\n## 2. Cose da sapere\n- Il rinnovo del dominio scade il {date2}.\n- Per assistenza sul gateway: ticket {ticket}."),
      "en": ("# Handover document – {company}\nv1.{n} – prepared by {agency}, {date}\n\n## 1. Access\n",
             "\n## 2. Good to know\n- Domain renewal is due {date2}.\n- Open gateway ticket: {ticket}.")},
     ["mdtable", "bullets", "checklist", "yaml"]),
    ({"it": ("ciao {f2}, ti mando al volo quello che avevamo su {dom} prima di chiudere il progetto",
             "se manca qualcosa scrivimi, {f1}"),
      "en": ("hey {f2}, quick dump of what we had on {dom} before we close the project",
             "shout if anything's missing – {f1}")},
     ["prose", "bullets", "env"]),
    ({"it": ("Spett.le {company},\nin allegato al verbale di fine lavori del {date} riportiamo l'elenco delle credenziali amministrative del sito e dell'integrazione pagamenti ({psp}).",
             "Il presente elenco sostituisce integralmente quello consegnato in precedenza.\n{agency} S.r.l."),
      "en": ("Dear {company} team,\nattached to the project close-out report dated {date} please find the admin credentials for the website and the {psp} integration.",
             "This list supersedes any previous version.\n{agency} Ltd")},
     ["aligned", "mdtable", "csv"]),
    ({"it": ("Ciao, sono {name} di {agency}. Il cliente {company} ci ha chiesto di passare a voi (il loro nuovo fornitore) la gestione dell'integrazione. Vi scrivo anche in copia al vostro supporto. Ecco cosa c'è:",
             "Il ticket aperto da noi era {ticket}, potete chiuderlo."),
      "en": ("Hello, {name} from {agency} here. {company} asked us to hand the payments integration to their new supplier, copying your support desk. Here's the inventory:",
             "Our open ticket was {ticket}, feel free to close it.")},
     ["bullets", "json", "prose"]),
    ({"it": ("README – Consegna progetto {dom}\n==============================\nStack: {shop} + plugin {psp} {ver}\n\nCredenziali (ambiente live):",
             "Repository trasferito all'organizzazione GitHub del cliente il {date}."),
      "en": ("README – Project handover {dom}\n===============================\nStack: {shop} + {psp} plugin {ver}\n\nCredentials (live):",
             "Repo transferred to the client's GitHub org on {date}.")},
     ["env", "yaml", "ini", "bullets"]),
])
F["offboarding"] = dict(style=["note", "checklist", "email"], kinds={"password": 30, "pin": 8, "card_number": 8, "cvv": 5, "access_token": 8, "vendor_key": 8, "client_secret": 5, "refresh_token": 3, "private_key": 4, "iban": 3, "bank_account": 2}, frames=[
    ({"it": ("Ciao a tutti, venerdì è il mio ultimo giorno 😢 Vi lascio \"tutto quello che vi serve\" per non chiamarmi in ferie:",
             "In bocca al lupo! {f1}"),
      "en": ("Hi all, Friday is my last day 😢 Here's \"everything you need\" so nobody has to call me on the beach:",
             "Good luck! {f1}")},
     ["bullets", "prose", "checklist"]),
    ({"it": ("OFFBOARDING – {name} – ultimo giorno {date}\nResponsabile: {name2}\n\nChecklist consegna:",
             "Firma dipendente: ____________   Firma responsabile: ____________"),
      "en": ("OFFBOARDING – {name} – last day {date}\nLine manager: {name2}\n\nHandover checklist:",
             "Employee signature: ____________   Manager signature: ____________")},
     ["checklist", "mdtable", "aligned"]),
    ({"it": ("{f2} ti scrivo le cose che solo io sapevo. scusa il disordine, le ho scritte in treno",
             "la carta aziendale la lascio nel cassetto di {f2}. ciao"),
      "en": ("{f2} writing down the stuff only I knew. sorry it's messy, typed on the train",
             "leaving the company card in {f2}'s drawer. cheers")},
     ["prose", "bullets"]),
    ({"it": ("Note di passaggio – ruolo \"referente tecnico pagamenti\" ({company})\n\nCosa faccio ogni mese: riconciliazione payout {psp}, rinnovo certificati, risposta ai ticket del supporto.\n\nAccessi:",
             "Il mio numero resta {phone} per le urgenze fino a fine mese."),
      "en": ("Handover notes – role \"payments tech lead\" ({company})\n\nMonthly: reconcile {psp} payouts, renew certs, answer support tickets.\n\nAccess:",
             "You can still reach me on {phone} for emergencies until month end.")},
     ["bullets", "mdtable", "yaml"]),
    ({"it": ("Da: HR <hr@{dom}>\nOggetto: uscita di {name} – consegna asset e credenziali\n\nCome da procedura, {f1} ha compilato il modulo di restituzione. Riportiamo la sezione 4 (credenziali condivise):",
             "Il reparto IT disattiverà l'account il {date2}."),
      "en": ("From: HR <hr@{dom}>\nSubject: leaver {name} – asset and credential return\n\nPer policy, {f1} completed the return form. Section 4 (shared credentials) below:",
             "IT will disable the account on {date2}.")},
     ["aligned", "csv", "checklist"]),
])
F["onboarding"] = dict(style=["wiki", "readme", "markdown"], kinds={"password": 18, "access_token": 16, "client_secret": 12, "vendor_key": 16, "refresh_token": 5, "private_key": 6, "pin": 2}, frames=[
    ({"it": ("# Benvenuto nel team pagamenti 👋\n\nQuesta pagina è per chi arriva. Prima settimana: leggi l'architettura, poi chiedi a {f2} l'accesso al repo.\n\n## Accessi ambiente di test e produzione\n",
             "\n## Regole\n- Non incollare segreti nei ticket.\n- Le chiavi si ruotano ogni 90 giorni."),
      "en": ("# Welcome to the payments team 👋\n\nThis page is for newcomers. Week one: read the architecture doc, then ask {f2} for repo access.\n\n## Test and production access\n",
             "\n## Rules\n- Don't paste secrets in tickets.\n- Keys are rotated every 90 days.")},
     ["mdtable", "bullets", "env"]),
    ({"it": ("## Accesso\n\nPer far girare il progetto in locale copia `.env.example` in `.env` e imposta:\n",
             "\nPoi `make dev`. Se il webhook non arriva controlla ngrok."),
      "en": ("## Access\n\nTo run locally copy `.env.example` to `.env` and set:\n",
             "\nThen `make dev`. If webhooks don't arrive, check ngrok.")},
     ["env", "yaml", "ini"]),
    ({"it": ("Confluence › Team › Onboarding sviluppatori (ultima modifica {date} di {name})\n\nCredenziali condivise dell'integrazione:",
             "Domande? canale #pagamenti-dev"),
      "en": ("Confluence › Team › Developer onboarding (last edited {date} by {name})\n\nShared integration credentials:",
             "Questions? #payments-dev")},
     ["mdtable", "aligned", "bullets"]),
    ({"it": ("Ciao {f2}! Benvenuta/o 🙂 Ecco cosa ti serve per il primo giorno:",
             "Il resto lo vediamo domani alle 10."),
      "en": ("Hi {f2}! Welcome aboard 🙂 Here's what you need for day one:",
             "We'll go through the rest tomorrow at 10.")},
     ["prose", "bullets", "checklist"]),
    ({"it": ("### docs/ACCESS.md\n\n> Nota: questo file è nel repo privato. Le voci segnate con 🔒 sono in {pm}.\n",
             ""),
      "en": ("### docs/ACCESS.md\n\n> Note: this file lives in the private repo. Items marked 🔒 are in {pm}.\n",
             "")},
     ["mdtable", "bullets", "json"]),
])
F["acquisition"] = dict(style=["inventory", "spreadsheet", "memo"], kinds={"password": 16, "vendor_key": 14, "access_token": 10, "client_secret": 8, "iban": 12, "bank_account": 8, "private_key": 5, "refresh_token": 3}, frames=[
    ({"it": ("Integrazione post-acquisizione {company} → Gruppo {agency}\nInventario sistemi (workstream IT/finance), aggiornato al {date}\n",
             "Owner del workstream: {name2}. Prossima revisione: {date2}."),
      "en": ("Post-acquisition integration: {company} → {agency} Group\nSystems inventory (IT/finance workstream), as of {date}\n",
             "Workstream owner: {name2}. Next review: {date2}.")},
     ["mdtable", "csv", "tsv", "aligned"]),
    ({"it": ("Due diligence – allegato 7 \"Conti e processori di pagamento\"\n",
             "Nota legale: le informazioni sono riservate ai sensi dell'NDA del {date2}."),
      "en": ("Due diligence – schedule 7 \"Bank accounts and payment processors\"\n",
             "Legal note: confidential under the NDA dated {date2}.")},
     ["aligned", "mdtable", "bullets"]),
    ({"it": ("Ciao {f2}, per il merge degli account merchant ({psp}) ci servirebbe chiudere quello vecchio di {company}. Ti metto quello che abbiamo trovato nel loro wiki:",
             "Il supporto ci ha dato il ticket {ticket}."),
      "en": ("Hi {f2}, to merge the merchant accounts ({psp}) we need to close the old {company} one. Here's what we found in their wiki:",
             "Support gave us ticket {ticket}.")},
     ["prose", "bullets", "json"]),
    ({"it": ("Day-1 checklist integrazione {company}\n",
             "Budget residuo: {amount}"),
      "en": ("Day-1 integration checklist – {company}\n",
             "Remaining budget: {amount}")},
     ["checklist", "yaml"]),
])
F["migration"] = dict(style=["runbook", "mapping-sheet", "letter", "checklist"], kinds={"iban": 18, "bank_account": 10, "access_token": 14, "client_secret": 12, "vendor_key": 14, "refresh_token": 5, "password": 12, "card_number": 6, "cvv": 2, "private_key": 4, "pin": 3}, frames=[
    ({"it": ("RUNBOOK CUT-OVER {psp} → nuovo gateway\nFinestra: {date} 22:00–02:00 CET\nResponsabile: {name}\n\nPasso 3 – configurazione credenziali:",
             "Passo 4 – transazione di prova da 1,00 € e rimborso.\nPasso 5 – rollback se l'autorizzazione fallisce oltre il 2%."),
      "en": ("CUT-OVER RUNBOOK {psp} → new gateway\nWindow: {date} 22:00–02:00 UTC\nOwner: {name}\n\nStep 3 – credentials config:",
             "Step 4 – £1.00 test charge and refund.\nStep 5 – roll back if auth failure rate > 2%.")},
     ["checklist", "env", "yaml", "bullets"]),
    ({"it": ("Go-live checklist – migrazione da {psp}\n",
             "Go/No-go: {date2}, call con {name2}."),
      "en": ("Go-live checklist – migration off {psp}\n",
             "Go/no-go: {date2}, call with {name2}.")},
     ["checklist", "mdtable"]),
    ({"it": ("Buongiorno,\nstiamo migrando {company} da {psp} a voi. Il vecchio fornitore ci ha mandato questo riepilogo della configurazione, lo inoltro così com'è:",
             "Ci dite quali campi devo ricopiare nella vostra dashboard?\n{name}"),
      "en": ("Hello,\nwe're migrating {company} from {psp} to you. The old provider sent this config summary, forwarding as is:",
             "Which of these do I need to re-enter in your dashboard?\n{name}")},
     ["bullets", "aligned", "json", "ini"]),
])
F["outsourcing"] = dict(style=["contract", "annex"], kinds={"password": 20, "access_token": 8, "client_secret": 8, "vendor_key": 8, "iban": 10, "bank_account": 6, "private_key": 5, "pin": 4}, frames=[
    ({"it": ("ALLEGATO C al Contratto di servizi IT tra {company} (\"Committente\") e {agency} (\"Fornitore\")\nElenco delle credenziali affidate al Fornitore per l'esecuzione dei servizi\n",
             "Il Fornitore si impegna a custodire le credenziali con la diligenza di cui all'art. 9 e a restituirle alla cessazione del contratto."),
      "en": ("ANNEX C to the IT Services Agreement between {company} (the \"Client\") and {agency} (the \"Supplier\")\nCredentials entrusted to the Supplier for the performance of the Services\n",
             "The Supplier shall safeguard the credentials in accordance with clause 9 and return them upon termination.")},
     ["aligned", "mdtable", "bullets"]),
    ({"it": ("Art. 4 – Accessi\n4.1 Il Committente fornisce al Fornitore i seguenti accessi:\n",
             "4.2 Le password saranno modificate dal Committente entro 5 giorni dalla cessazione."),
      "en": ("Clause 4 – Access\n4.1 The Client provides the Supplier with the following access:\n",
             "4.2 The Client will change all passwords within 5 days of termination.")},
     ["bullets", "prose"]),
    ({"it": ("SLA e dati operativi – schede tecniche (allegato D)\nReperibilità: {phone}\n",
             "Canone mensile: {amount}"),
      "en": ("SLA and operational data – technical schedule (annex D)\nOn-call: {phone}\n",
             "Monthly fee: {amount}")},
     ["aligned", "yaml", "tsv"]),
])
F["questionnaire"] = dict(style=["questionnaire"], kinds={"password": 20, "access_token": 12, "client_secret": 10, "vendor_key": 10, "private_key": 6, "refresh_token": 3, "pin": 3}, frames=[])
F["breakglass"] = dict(style=["procedure", "note"], kinds={"password": 30, "pin": 14, "private_key": 6, "access_token": 6, "vendor_key": 6, "client_secret": 4}, frames=[
    ({"it": ("PROCEDURA BREAK-GLASS – {company}\nBusta n. {n}, sigillata il {date} alla presenza di {name} e {name2}.\nContenuto dichiarato della busta:",
             "La busta si apre solo con l'autorizzazione di due firmatari. Dopo l'apertura tutte le credenziali vanno ruotate."),
      "en": ("BREAK-GLASS PROCEDURE – {company}\nEnvelope #{n}, sealed on {date} witnessed by {name} and {name2}.\nDeclared contents:",
             "Opening requires two signatories. All credentials are rotated after any opening.")},
     ["bullets", "aligned", "checklist"]),
    ({"it": ("Escrow – deposito presso notaio {name2}, {city}, il {date}\nVerbale di consegna, elenco materiale depositato:",
             "Il depositario non conosce il contenuto delle chiavi."),
      "en": ("Escrow deposit with {name2}, {city}, on {date}\nDelivery record, list of deposited material:",
             "The escrow agent has no knowledge of the contents.")},
     ["bullets", "prose"]),
    ({"it": ("ho aperto la busta di emergenza stanotte perché {f2} non rispondeva, per il verbale ecco cosa c'era dentro",
             "ora vanno cambiate tutte, lo faccio domattina"),
      "en": ("opened the emergency envelope last night because {f2} wasn't answering, for the record this is what was inside",
             "all of these need rotating now, doing it in the morning")},
     ["prose", "bullets"]),
])
F["shareddrive"] = dict(style=["xlsx-text", "csv", "tsv"], kinds={"password": 34, "pin": 6, "iban": 6, "bank_account": 4, "access_token": 6, "vendor_key": 6, "client_secret": 4, "card_number": 4, "cvv": 2}, frames=[
    ({"it": ("Ho trovato questo file nel Drive condiviso (Amministrazione/Credentials.xlsx, foglio \"Accessi\"), ve lo incollo:\n",
             ""),
      "en": ("Found this in the shared drive (Admin/Credentials.xlsx, sheet \"Logins\"), pasting it:\n",
             "")},
     ["tsv", "csv", "aligned"]),
    ({"it": ("Inventario cartella condivisa \\\\server\\Amministrazione\\IT – {date}\nFile: password_negozio_DEFINITIVO(2).xlsx\n",
             "({n} righe nascoste non copiate)"),
      "en": ("Shared folder inventory \\\\fileserver\\Office\\IT – {date}\nFile: passwords_FINAL_v2.xlsx\n",
             "({n} hidden rows not copied)")},
     ["tsv", "csv", "mdtable"]),
    ({"it": ("Credentials.xlsx → esportato in CSV da {name}\n",
             ""),
      "en": ("Credentials.xlsx → exported to CSV by {name}\n",
             "")},
     ["csv"]),
])
F["pwshare"] = dict(style=["notification", "email"], kinds={"password": 40, "pin": 6, "access_token": 5, "vendor_key": 5, "client_secret": 4, "card_number": 3, "cvv": 2, "iban": 2}, frames=[])
F["rotation"] = dict(style=["announcement", "slack", "email"], kinds={"access_token": 16, "vendor_key": 16, "client_secret": 12, "password": 14, "refresh_token": 5, "private_key": 4}, frames=[])
F["bookkeeper"] = dict(style=["email", "note"], kinds={"password": 24, "pin": 14, "iban": 18, "bank_account": 12, "access_token": 4, "card_number": 4, "cvv": 2}, frames=[
    ({"it": ("Gentile dott. {name2},\nda questo mese la contabilità di {company} passa al vostro studio. Per collegare i feed bancari a {tool} vi servono:",
             "Per il token della banca vi chiamerà mia figlia. Grazie,\n{name}"),
      "en": ("Dear {name2},\nfrom this month {company}'s books move to your practice. To connect the bank feeds to {tool} you'll need:",
             "My daughter will call you about the bank token. Thanks,\n{name}")},
     ["bullets", "prose", "aligned"]),
    ({"it": ("Ciao {f2}, sono il nuovo commercialista di {company}. Il collega precedente mi ha lasciato questo foglio, ma il feed di {bank} non si sincronizza più:",
             "Potete dirmi se è un problema vostro? Ticket {ticket}"),
      "en": ("Hi {f2}, I'm {company}'s new bookkeeper. The previous one left me this sheet but the {bank} feed stopped syncing:",
             "Can you tell me whether it's on your side? Ticket {ticket}")},
     ["mdtable", "tsv", "bullets"]),
    ({"it": ("Passaggio pratiche – studio {name} → studio {name2}\nCliente: {company}\nBanca: {bank}\n",
             "Dal {date2} i rimborsi ai clienti li gestisce il nuovo studio."),
      "en": ("Client transfer – {name}'s practice → {name2}\nClient: {company}\nBank: {bank}\n",
             "From {date2} customer refunds are handled by the new practice.")},
     ["aligned", "checklist", "bullets"]),
])
F["pos"] = dict(style=["note", "handover-sheet"], kinds={"pin": 34, "password": 20, "card_number": 4, "cvv": 2, "iban": 6, "bank_account": 4, "access_token": 3}, frames=[
    ({"it": ("Consegne punto vendita {city} – da {name} a {name2}\nData: {date}\nTerminale: {pos} (TID {tid})\n",
             "Il rotolo carta di scorta è sotto la cassa."),
      "en": ("Branch handover {city} – {name} to {name2}\nDate: {date}\nTerminal: {pos} (TID {tid})\n",
             "Spare paper rolls are under the till.")},
     ["bullets", "checklist", "aligned"]),
    ({"it": ("ciao {f2} ti lascio il negozio in mano da lunedì, per il POS e il gestionale:",
             "se il POS dà errore 05 chiama il numero sul retro, non me. ahah. {f1}"),
      "en": ("hi {f2} shop's yours from Monday, for the card machine and the till:",
             "if the terminal shows error 05 call the number on the back, not me lol. {f1}")},
     ["prose", "bullets"]),
    ({"it": ("Franchising {company} – modulo cambio gestore filiale n. {n}\nVecchio gestore: {name}\nNuovo gestore: {name2}\nMID: {mid}\n",
             "Il franchisor non conserva copia dei codici."),
      "en": ("{company} franchise – branch manager change form, branch #{n}\nOutgoing: {name}\nIncoming: {name2}\nMID: {mid}\n",
             "Franchisor keeps no copy of these codes.")},
     ["aligned", "mdtable", "checklist"]),
])
F["prevdev"] = dict(style=["forward", "email"], kinds={"access_token": 14, "vendor_key": 16, "client_secret": 10, "password": 18, "private_key": 6, "refresh_token": 5, "iban": 3}, frames=[
    ({"it": ("Buongiorno, vi inoltro quello che ci ha lasciato il precedente sviluppatore. Non so cosa sia, ma l'integrazione non va più da quando se n'è andato.",
             "Grazie, {name} ({company})"),
      "en": ("Hi, forwarding what the previous developer left us. No idea what half of it is, but the integration stopped working after he left.",
             "Thanks, {name} ({company})")},
     ["prose", "bullets", "env"]),
    ({"it": ("il ragazzo che ci faceva il sito è sparito, abbiamo solo questo file che si chiama config_vecchio.txt",
             "ci aiutate?"),
      "en": ("the guy who built our site has vanished, all we have is this file called old_config.txt",
             "can you help?")},
     ["ini", "env", "yaml"]),
    ({"it": ("Ciao supporto, eredito un'integrazione di {company}. Nel repo c'è un file di note del vecchio sviluppatore ({name2}):",
             "Da dove parto per capire se queste chiavi sono ancora valide?"),
      "en": ("Hello support, I'm inheriting {company}'s integration. The repo has a notes file from the old developer ({name2}):",
             "Where do I start to check whether these keys are still valid?")},
     ["bullets", "json", "yaml"]),
])
F["mandate"] = dict(style=["letter", "pdf-text"], kinds={"iban": 40, "bank_account": 26, "password": 4, "pin": 4}, frames=[])
F["insolvency"] = dict(style=["inventory", "pec"], kinds={"iban": 26, "bank_account": 14, "password": 16, "access_token": 6, "vendor_key": 6, "card_number": 4, "pin": 4}, frames=[
    ({"it": ("Tribunale di {city} – Liquidazione giudiziale n. {n}/{year}\nCuratore: dott. {name}\nInventario dei beni immateriali e degli accessi telematici della società {company}\n",
             "Il curatore chiede al fornitore di servizi di pagamento la sospensione dei payout e l'estratto delle operazioni dal {date2}."),
      "en": ("In the matter of {company} (in administration)\nJoint administrators: {name} and {name2}\nSchedule of intangible assets and online accounts\n",
             "The administrators request the payment provider to suspend payouts and provide statements from {date2}.")},
     ["aligned", "mdtable", "bullets"]),
    ({"it": ("PEC – Oggetto: {company} in liquidazione – richiesta blocco account\n\nSpett.le fornitore, il sottoscritto curatore comunica quanto segue e allega l'elenco dei conti della procedura:",
             "Distinti saluti\nIl Curatore"),
      "en": ("Subject: {company} (in liquidation) – account freeze request\n\nDear Sirs, the undersigned liquidator notifies you as follows and lists the estate's accounts:",
             "Yours faithfully\nLiquidator")},
     ["bullets", "aligned"]),
])
F["family"] = dict(style=["letter", "whatsapp", "note"], kinds={"password": 26, "pin": 18, "iban": 10, "bank_account": 8, "card_number": 6, "cvv": 3, "access_token": 2}, frames=[
    ({"it": ("Caro {f2},\nora che il negozio è tuo ti scrivo tutte le cose che papà teneva nel quaderno nero. Mi raccomando.",
             "Un abbraccio, la mamma"),
      "en": ("Dear {f2},\nnow that the shop is yours here's everything Dad kept in the black notebook. Please be careful with it.",
             "Love, Mum")},
     ["prose", "bullets"]),
    ({"it": ("[{date}, 21:14] {f1}: allora ti scrivo qui i codici del negozio che da lunedì sei tu il titolare\n[{date}, 21:15] {f1}:",
             "[{date}, 21:20] {f2}: ok grazie zio"),
      "en": ("[{date}, 21:14] {f1}: ok writing the shop codes here since you're the owner from Monday\n[{date}, 21:15] {f1}:",
             "[{date}, 21:20] {f2}: thanks uncle")},
     ["prose", "bullets"]),
    ({"it": ("Passaggio generazionale {company} – cose pratiche (scritto da {name} per {name2})\n",
             "Il notaio è il dott. {name2}, tel. {phone}."),
      "en": ("Passing {company} to the next generation – practical bits (written by {name} for {name2})\n",
             "The solicitor is {name2}, tel. {phone}.")},
     ["bullets", "checklist", "aligned"]),
])


EXTRA_FRAMES = {
    "outsourcing": [
        ({"it": ("Verbale di subentro – il nuovo outsourcer {agency} prende in carico i servizi dal {date}\nPresenti: {name} (uscente), {name2} (entrante)\nPunto 3 – consegna credenziali di amministrazione:",
                 "Le parti danno atto che la consegna è avvenuta in modalità cifrata, salvo quanto sopra."),
          "en": ("Transition minutes – incoming outsourcer {agency} takes over the services from {date}\nPresent: {name} (outgoing), {name2} (incoming)\nItem 3 – admin credentials handover:",
                 "The parties acknowledge the handover took place encrypted, except as shown above.")},
         ["bullets", "mdtable", "checklist"]),
        ({"it": ("Exit plan – Allegato F (Reversibilità)\nElenco componenti e accessi da restituire al Committente:\n", "Penale per mancata restituzione: {amount}"),
          "en": ("Exit plan – Schedule F (Reversibility)\nComponents and access to be returned to the Client:\n", "Penalty for non-return: {amount}")},
         ["aligned", "yaml", "csv"]),
    ],
    "breakglass": [
        ({"it": ("Registro apertura buste di emergenza\nApertura n. {n} – {date} – motivo: referente irraggiungibile ({ticket})\nRiepilogo contenuto:",
                 "Firma: {name} / {name2}. Credenziali ruotate: sì □ no □"),
          "en": ("Emergency envelope log\nOpening #{n} – {date} – reason: owner unreachable ({ticket})\nContents summary:",
                 "Signed: {name} / {name2}. Credentials rotated: yes □ no □")},
         ["aligned", "checklist", "mdtable"]),
        ({"it": ("Account \"break-glass\" di {company} – descrizione per l'audit\nL'account si usa solo se {vault} non è raggiungibile.\n",
                 "Ultimo test di accesso: {date2}."),
          "en": ("{company} break-glass account – description for the auditors\nOnly used if {vault} is unreachable.\n",
                 "Last access test: {date2}.")},
         ["bullets", "yaml", "ini"]),
    ],
    "shareddrive": [
        ({"it": ("Ecco le righe 12-{n}0 del file Accessi_Clienti.xlsx (colonne A-E) che l'ex collega teneva su OneDrive:\n", "Il resto del file sono note personali."),
          "en": ("Rows 12-{n}0 of Client_Logins.xlsx (columns A-E) that our former colleague kept on OneDrive:\n", "The rest of the file is personal notes.")},
         ["tsv", "aligned"]),
        ({"it": ("Google Sheet \"Password ufficio\" (condiviso con: chiunque abbia il link!) – copio il contenuto prima di cancellarlo:\n", "Ho tolto la condivisione pubblica il {date}."),
          "en": ("Google Sheet \"Office passwords\" (shared with: anyone with the link!) – copying it before deleting:\n", "Public sharing removed on {date}.")},
         ["tsv", "csv", "mdtable"]),
    ],
    "prevdev": [
        ({"it": ("Oggetto: I: I: roba del server\n\nquesto è l'ultimo messaggio che ci ha mandato {name2} prima di sparire, c'è dentro qualcosa che vi serve?",
                 "{name}\n{company} – {city}"),
          "en": ("Subject: Fwd: Fwd: server stuff\n\nthis is the last thing {name2} sent us before disappearing, anything in there you need?",
                 "{name}\n{company} – {city}")},
         ["prose", "bullets", "ini"]),
        ({"it": ("Nel file NOTE.txt sul desktop del PC della cassa c'era scritto:\n", "Il PC ha Windows 7, non so se conta."),
          "en": ("The NOTES.txt on the till PC's desktop said:\n", "The PC runs Windows 7, not sure if it matters.")},
         ["bullets", "prose", "aligned"]),
    ],
    "family": [
        ({"it": ("Nonno ha scritto questi appunti sul retro del calendario, li ricopio qui per {f2}:\n", "Il resto non si legge."),
          "en": ("Grandad wrote these on the back of the calendar, copying them here for {f2}:\n", "Can't read the rest.")},
         ["prose", "bullets"]),
        ({"it": ("Ciao {f2}, ti giro l'elenco che tenevo io per il bar. Ora sei tu che firmi con la banca, quindi cambia tutto con calma:",
                 "Papà"),
          "en": ("Hi {f2}, here's the list I kept for the café. You're the one signing with the bank now, so change it all in your own time:",
                 "Dad")},
         ["bullets", "checklist", "prose"]),
    ],
    "bookkeeper": [
        ({"it": ("Ciao {f2}, da quando la signora {name} è andata in pensione il feed di {bank} su {tool} è fermo. Lei mi ha lasciato questo post-it fotografato:",
                 "Mi serve sapere se devo ricollegare il conto da capo."),
          "en": ("Hi {f2}, since {name} retired the {bank} feed into {tool} has stopped. She left me this photo of a sticky note:",
                 "Do I need to reconnect the account from scratch?")},
         ["prose", "bullets"]),
    ],
    "pos": [
        ({"it": ("CONSEGNA CASSA – turno chiusura {date}\nOperatore uscente: {f1}  Entrante: {f2}\nFondo cassa: {amount}\n", "Rapporto Z stampato e in busta."),
          "en": ("TILL HANDOVER – closing shift {date}\nOutgoing: {f1}  Incoming: {f2}\nFloat: {amount}\n", "Z report printed and in the envelope.")},
         ["checklist", "aligned"]),
    ],
    "migration": [
        ({"it": ("Piano di migrazione {psp} → {psp2} – sezione 6 \"Segreti e configurazione\"\n", "Al termine: disattivare le chiavi di {psp} e chiudere il conto tecnico."),
          "en": ("Migration plan {psp} → {psp2} – section 6 \"Secrets and configuration\"\n", "Afterwards: deactivate the {psp} keys and close the technical account.")},
         ["mdtable", "yaml", "env", "json"]),
    ],
    "acquisition": [
        ({"it": ("Oggetto: carve-out {company} – elenco account da trasferire alla NewCo\n\n{f2}, ecco quello che risulta dal nostro censimento. Gli account personali degli ex soci vanno chiusi.\n", "Closing previsto: {date2}."),
          "en": ("Subject: {company} carve-out – accounts to move to NewCo\n\n{f2}, this is what our census found. The former partners' personal accounts must be closed.\n", "Expected closing: {date2}.")},
         ["bullets", "aligned", "csv"]),
    ],
    "insolvency": [
        ({"it": ("Verbale di accesso presso la sede di {company} ({city}) – {date}\nIl curatore rinviene sul PC dell'amministratore un file denominato \"password.docx\" del seguente contenuto:\n",
                 "Il file viene acquisito agli atti e il PC sigillato."),
          "en": ("Attendance note – premises of {company} ({city}) – {date}\nThe administrators found on the director's PC a file named \"passwords.docx\" with the following content:\n",
                 "The file was preserved and the PC secured.")},
         ["prose", "bullets", "aligned"]),
    ],
}
for _k, _fr in EXTRA_FRAMES.items():
    F[_k]["frames"].extend(_fr)
for _k, _c, _v in (("shareddrive", 7, 4), ("offboarding", 12, 8), ("family", 8, 5), ("pwshare", 6, 4), ("bookkeeper", 6, 3)):
    F[_k]["kinds"]["card_number"] = _c
    F[_k]["kinds"]["cvv"] = _v


def t_runbook_cmds(lang, pos, sub):
    """a step-by-step runbook with the commands people actually paste"""
    c = ctx(lang)
    it = lang == "it"
    host = R.choice(["api.example-payments.com", "sandbox.api.example-payments.com", "gateway.internal", f"pay.{c['dom']}"])
    steps = []
    secs = []
    n_sec = R.choice([1, 1, 2]) if pos else 0
    kinds = R.sample(["bearer", "basic", "dburl", "header_key", "oauth", "mysql_pw"], 3)
    for i, k in enumerate(kinds):
        real = i < n_sec
        if k == "bearer":
            tok = access_token()
            v = tok if real else R.choice(["$API_KEY", "${ACCESS_TOKEN}", "<token>", "$(op read op://Ops/payments/token)", "{{access_token}}"])
            cmd = f'curl -s https://{host}/v1/payments?limit=1 \\\n  -H "Authorization: Bearer {v}"'
            if real:
                secs.append(("access_token", tok))
        elif k == "basic":
            pair, b = basic_pair(lang)
            if real and R.random() < 0.5:
                cmd = f"curl -u {pair} https://{host}/v1/merchants/{c['mid']}"
                secs.append(("client_secret", pair))
            elif real:
                cmd = f'curl https://{host}/v1/merchants/{c["mid"]} -H "Authorization: Basic {b}"'
                secs.append(("client_secret", b))
            else:
                cmd = f'curl -u "$CLIENT_ID:$CLIENT_SECRET" https://{host}/v1/merchants/{c["mid"]}'
        elif k == "dburl":
            pw = password(lang)
            v = pw if real else R.choice(["${PGPASSWORD}", "****", "<password>"])
            cmd = f"psql \"postgresql://migrator:{v}@db-{R.choice(['old', 'legacy', 'prod'])}.{c['dom']}:5432/orders\" -c '\\copy customers TO customers.csv CSV HEADER'"
            if real:
                secs.append(("password", pw))
        elif k == "header_key":
            vk, vend = vendor_key()
            v = vk if real else "$" + VENDOR_KEYNAME[vend]
            cmd = f'http POST https://{host}/v1/webhooks X-Api-Key:{v} url=https://{c["dom"]}/hooks' if vend not in ("Stripe",) else f"stripe login --api-key {v}"
            if real:
                secs.append(("vendor_key", vk))
        elif k == "oauth":
            cs = client_secret()
            v = cs if real else R.choice(["$CLIENT_SECRET", "YOUR_CLIENT_SECRET", "<client-secret>"])
            cmd = f"curl -X POST https://{host}/oauth/token -d grant_type=client_credentials -d client_id={c['company'].split()[0].lower()}-pay-prod -d client_secret={v}"
            if real:
                secs.append(("client_secret", cs))
        else:
            pw = password(lang)
            v = pw if real else ""
            cmd = f"mysqldump -h old-shop-db -u shop -p{v} shopdb > dump_{c['year']}.sql" if real else "mysqldump -h old-shop-db -u shop -p shopdb > dump.sql   # chiede la password" if it else "mysqldump -h old-shop-db -u shop -p shopdb > dump.sql   # prompts for the password"
            if real:
                secs.append(("password", pw))
        desc = R.choice(["verifica accesso", "esporta dati", "test chiamata", "controllo credenziali"]) if it else R.choice(["check access", "export data", "test call", "verify credentials"])
        steps.append(f"{i+1}. {desc}\n```\n{cmd}\n```")
    title = fill(R.choice(["## Runbook passaggio consegne – {company}", "### Procedura cut-over (bozza di {f1})", "Istruzioni per chi subentra ({date})"] if it else
                          ["## Handover runbook – {company}", "### Cut-over procedure (draft by {f1})", "Instructions for whoever takes over ({date})"]), c)
    return "runbook", title + "\n\n" + "\n\n".join(steps), secs, f"{sub}/runbook-cmds"


# ---------------------------------------------------------------- sample assembly
def pick_kind(weights):
    ks = list(weights)
    return R.choices(ks, [weights[k] for k in ks])[0]


def make_items(weights, pos, lang, n=None):
    n = n or R.randint(2, 6)
    items = []
    nsec = 0
    if pos:
        nsec = R.choices([1, 2, 3], [0.6, 0.3, 0.1])[0]
        nsec = min(nsec, n)
    secret_slots = set(R.sample(range(n), nsec))
    for i in range(n):
        if i in secret_slots:
            items.append(item(pick_kind(weights), True, lang))
        elif R.random() < 0.35:
            items.append(item("pub", False, lang))
        else:
            items.append(item(pick_kind(weights), False, lang))
    return items


def collect(items):
    out = []
    for it_ in items:
        out.extend(it_["secrets"])
    return out


def framed(sub, lang, pos):
    spec = F[sub]
    fi = R.randrange(len(spec["frames"]))
    fr, fmts = spec["frames"][fi]
    c = ctx(lang)
    intro, outro = fr[lang]
    fmt = R.choice(fmts)
    items = make_items(spec["kinds"], pos, lang)
    body = RENDERERS[fmt](items, lang)
    it_, ou = fill(intro, c), fill(outro, c)
    if R.random() < 0.3:
        it_, ou = typo(it_), typo(ou)
    text = it_ + ("\n" if it_.endswith("\n") or not it_ else "\n\n") + body + ("\n\n" + ou if ou else "")
    if R.random() < 0.15 and spec["style"][0] in ("email", "forward", "note", "handover-doc"):
        pre = R.choice(["Vi giro la mail qui sotto.", "Inoltro, vedete voi.", "FYI, vedi sotto"]) if lang == "it" else \
            R.choice(["Forwarding the mail below.", "See below, FYI.", "fwd – see below"])
        text = pre + "\n\n" + quote_history(text, lang)
    style = spec["style"][0] if fmt in ("bullets", "prose", "checklist") else {"mdtable": "markdown", "csv": "csv", "tsv": "tsv", "aligned": "table",
                                                                              "env": "env", "yaml": "yaml", "json": "json", "ini": "ini"}[fmt]
    return style, text, collect(items), f"{sub}/frame{fi+1}"


# ---------------------------------------------------------------- custom templates
POLICY_IT = [
    "Le password hanno almeno 14 caratteri e non vengono mai inviate via e-mail.",
    "I PIN dei terminali vengono cambiati dal titolare al primo utilizzo e non sono noti al fornitore.",
    "Le chiavi API sono conservate in {vault} e ruotate ogni 90 giorni.",
    "L'MFA è obbligatoria per tutti gli accessi amministrativi.",
    "Non conserviamo CVV né PAN in chiaro; i dati carta sono tokenizzati dal PSP.",
    "Alla cessazione di un dipendente le credenziali condivise vengono ruotate entro 24 ore.",
    "I codici OTP non vanno mai comunicati al telefono, nemmeno al nostro supporto.",
    "Le chiavi private restano sull'HSM; nel repository c'è solo il certificato pubblico.",
    "La password del wifi ospiti è diversa da quella della rete cassa.",
    "I token di refresh scadono dopo 30 giorni di inattività.",
]
POLICY_EN = [
    "Passwords are at least 14 characters and are never sent by e-mail.",
    "Terminal PINs are changed by the merchant on first use and are not known to the supplier.",
    "API keys are kept in {vault} and rotated every 90 days.",
    "MFA is mandatory for all administrative access.",
    "We do not store CVV or full PAN; card data is tokenised by the PSP.",
    "When an employee leaves, shared credentials are rotated within 24 hours.",
    "One-time codes must never be read out over the phone, not even to our support.",
    "Private keys stay on the HSM; the repo only holds the public certificate.",
    "The guest Wi-Fi password is different from the till network one.",
    "Refresh tokens expire after 30 days of inactivity.",
]


def policy(lang, c, k=None):
    src = POLICY_IT if lang == "it" else POLICY_EN
    return [fill(s, c) for s in R.sample(src, k or R.randint(2, 4))]


def t_questionnaire(lang, pos):
    c = ctx(lang)
    it = lang == "it"
    w = F["questionnaire"]["kinds"]
    v = R.randrange(4)
    items = make_items(w, pos, lang, n=R.randint(1, 2)) if (pos or R.random() < 0.6) else []
    pol = policy(lang, c)
    if v == 0:
        qs_it = ["Come vengono conservate le credenziali?", "Esiste una procedura di offboarding?", "Chi ha accesso alla produzione?",
                 "Come vengono gestiti i dati di pagamento?", "Con quale frequenza ruotate le chiavi?"]
        qs_en = ["How are credentials stored?", "Is there an offboarding procedure?", "Who has production access?",
                 "How is payment data handled?", "How often are keys rotated?"]
        qs = qs_it if it else qs_en
        lines = [("Questionario di sicurezza fornitori – risposte di " if it else "Vendor security questionnaire – responses from ") + c["company"], ""]
        for i, a in enumerate(pol):
            lines.append(f"Q{i+1}. {R.choice(qs)}\nA{i+1}. {a}")
        if items:
            lines.append(f"Q{len(pol)+1}. " + ("Fornite un account di test per la verifica." if it else "Provide a test account for the assessment.") +
                         f"\nA{len(pol)+1}. " + ("Certo, eccolo:" if it else "Sure, here it is:") + "\n" + r_bullets(items, lang))
        text = "\n".join(lines)
        style = "questionnaire"
    elif v == 1:
        h = "| ID | Controllo | Risposta | Evidenza |" if it else "| ID | Control | Response | Evidence |"
        rows = [h, "|---|---|---|---|"]
        for i, a in enumerate(pol):
            rows.append(f"| {R.choice(['AC', 'IAM', 'CRY', 'HR'])}-{i+1:02d} | {R.choice(['Gestione segreti', 'Offboarding', 'MFA', 'PCI']) if it else R.choice(['Secrets mgmt', 'Offboarding', 'MFA', 'PCI scope'])} | {a} | {R.choice(['policy v' + str(R.randint(1, 9)), 'screenshot', c['ticket'], '-'])} |")
        for it_ in items:
            if it_["block"]:
                continue
            it_["value"] = it_["value"].replace("\n", "")
            it_["secrets"] = [(k, vv.replace("\n", "")) for k, vv in it_["secrets"]]
            rows.append(f"| TST-01 | {'Account di prova per l' + chr(39) + 'auditor' if it else 'Auditor test account'} | {it_['system']} {it_['label']}: {it_['value']} | - |")
        items = [x for x in items if not x["block"]]
        text = "\n".join(rows)
        style = "markdown"
    elif v == 2:
        text = fill(("Gentile {name2},\nin allegato il questionario compilato. Riassumo i punti principali:\n" if it else
                     "Dear {name2},\nplease find the completed questionnaire attached. Key points:\n"), c)
        text += "\n".join("- " + p for p in pol)
        if items:
            text += "\n\n" + ("Per la verifica tecnica vi abbiamo creato un accesso temporaneo:\n" if it else "For the technical review we created temporary access:\n") + r_prose(items, lang)
        text += "\n\n" + c["name"]
        style = "email"
    else:
        rows = ["question_id,domain,answer,comment"]
        for i, a in enumerate(pol):
            rows.append(f"{R.choice(['IAM', 'EKM', 'HRS'])}-{i+1:02d}.{R.randint(1, 9)},{R.choice(['Identity', 'Encryption', 'HR'])},{R.choice(['Yes', 'No', 'Partial']) if not it else R.choice(['Sì', 'No', 'Parziale'])},\"{a}\"")
        for it_ in items:
            if it_["block"] or "," in it_["value"] or "\n" in it_["value"]:
                continue
            rows.append(f"TST-99,Test,{'Sì' if it else 'Yes'},\"{it_['system']} {it_['label']} {it_['value']}\"")
        items = [x for x in items if not (x["block"] or "," in x["value"] or "\n" in x["value"])]
        text = ("Copio qui le risposte CAIQ in CSV:\n" if it else "CAIQ answers pasted as CSV:\n") + "\n".join(rows)
        style = "csv"
    return style, text, collect(items), f"questionnaire/t{v+1}"


def t_pwshare(lang, pos):
    c = ctx(lang)
    it = lang == "it"
    w = F["pwshare"]["kinds"]
    v = R.randrange(6)
    item_ = item(pick_kind(w), True, lang) if pos else item(pick_kind(w), False, lang)
    if item_["block"]:
        item_ = item("password", pos, lang)
    maybe_wrap(item_)
    title = item_["system"]
    secs = collect([item_])
    if v == 0:
        text = fill((f"{c['name']} ha condiviso un elemento con te in {c['pm']}\n\n\"{title}\"\nCassaforte: Negozio\n" if it else
                     f"{c['name']} shared an item with you in {c['pm']}\n\n\"{title}\"\nVault: Shop\n"), c)
        text += (f"Nome utente: {item_['user']}\n" if it else f"Username: {item_['user']}\n")
        if pos:
            text += (f"Note: {item_['label']} {item_['value']} (se il campo non si vede)\n" if it else f"Notes: {item_['label']} {item_['value']} (in case the field doesn't show)\n")
        else:
            text += ("Password: ••••••••••  [Mostra]\n" if it else "Password: ••••••••••  [Reveal]\n")
        text += ("\nApri l'elemento nell'app per vederlo." if it else "\nOpen the item in the app to view it.")
        style = "notification"
    elif v == 1:
        text = (f"Bitwarden Send\nNome: passaggio {title}\nScade: {c['date']}\nAccessi rimasti: 1\n\nTesto:\n" if it else
                f"Bitwarden Send\nName: handover {title}\nExpires: {c['date']}\nAccess count left: 1\n\nText:\n")
        text += (f"{item_['label']}: {item_['value']}" if pos else ("[testo nascosto – clicca per mostrare]" if it else "[text hidden – click to reveal]"))
        style = "notification"
    elif v == 2:
        text = fill(("Oggetto: Accesso di emergenza concesso\n\n{name} ti ha concesso l'accesso di emergenza al suo account {pm}. Potrai visualizzare gli elementi dopo un periodo di attesa di 48 ore.\n" if it else
                     "Subject: Emergency access granted\n\n{name} granted you emergency access to their {pm} account. You can view items after a 48-hour waiting period.\n"), c)
        if pos:
            text += ("\n---\nNel frattempo te la scrivo io: " if it else "\n---\nIn the meantime here it is: ") + f"{title} {item_['label']} {item_['value']}"
        style = "email"
    elif v == 3:
        text = "\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
        rows = [(title, item_["user"], item_["value"].replace("\n", "") if pos else "", f"https://{c['dom']}/admin", "")]
        secs = [(k, vv.replace("\n", "")) for k, vv in secs]
        for _ in range(R.randint(1, 3)):
            rows.append((R.choice(["PEC", "Registrar", "Router", "Fornitore luce" if it else "Energy supplier"]), a_user(lang), "", "", ("condiviso da " if it else "shared by ") + c["f1"]))
        R.shuffle(rows)
        text += "\n".join(",".join(f"\"{x}\"" for x in r) for r in rows)
        text = (f"Export da {c['pm']} che mi ha passato {c['name']}:\n" if it else f"Export from {c['pm']} that {c['name']} handed me:\n") + text
        style = "csv"
    elif v == 4:
        if pos:
            text = fill((R.choice(["ciao {f2}, il link di {pm} non ti si apre quindi te la scrivo qui, poi cancella:", "{f2} la condivisione non funziona, eccola:"]) if it else
                         R.choice(["hi {f2}, the {pm} link won't open for you so here it is, delete after:", "{f2} sharing's broken, here:"])), c)
            text += f"\n{title} – {item_['label']}{after_kw(lang)}: {item_['value']}"
        else:
            text = fill(("ciao {f2}, ti ho condiviso la cassaforte \"Negozio\" su {pm}, trovi dentro {title} e il resto. Accetta l'invito entro 5 giorni." if it else
                         "hi {f2}, shared the \"Shop\" vault with you in {pm}, you'll find {title} and the rest. Accept the invite within 5 days."), dict(c, title=title))
        style = "chat"
    else:
        text = fill(("Trasferimento di proprietà della cassaforte\nDa: {name}\nA: {name2}\nElementi trasferiti: {n}\nData: {date}\n\nElenco:\n" if it else
                     "Vault ownership transfer\nFrom: {name}\nTo: {name2}\nItems transferred: {n}\nDate: {date}\n\nItems:\n"), c)
        others = [item(pick_kind(w), False, lang) for _ in range(R.randint(1, 4))] + [item_]
        R.shuffle(others)
        text += "\n".join(f"  • {o['system']} ({o['user']})" + (f" – {o['label']}: {o['value']}" if (o is item_ and pos) else "") for o in others)
        style = "notification"
    return style, text, secs if pos else [], f"pwshare/t{v+1}"


def t_rotation(lang, pos):
    c = ctx(lang)
    it = lang == "it"
    w = F["rotation"]["kinds"]
    v = R.randrange(5)
    n = R.randint(2, 5)
    olds = [item(pick_kind(w), False, lang) for _ in range(n)]
    news = []
    if pos:
        k = R.choice([1, 1, 2])
        news = [item(pick_kind(w), True, lang) for _ in range(k)]
    if v == 0:
        text = fill(("@channel {name} ha lasciato l'azienda ieri. Abbiamo ruotato:" if it else "@channel {name} left yesterday. We rotated:"), c) + "\n"
        text += "\n".join(f"• {o['system']} → {('nuova nel vault' if it else 'new one in the vault')} ({o['value'] if o['kind'] != 'pub' else o['system']})" for o in olds)
        if news:
            text += "\n" + ("Per chi deve aggiornare subito il server di staging:" if it else "For whoever needs to update staging right now:") + "\n" + r_bullets(news, lang)
        text += "\n" + ("Se qualcosa si rompe scrivete in #ops." if it else "If something breaks, shout in #ops.")
        style = "slack"
    elif v == 1:
        text = fill(("Oggetto: rotazione chiavi dopo uscita di un collaboratore\n\nCiao,\nin seguito all'uscita di {name} il {date} abbiamo revocato le sue chiavi personali e rigenerato quelle condivise. Vecchie chiavi (mascherate):\n" if it else
                     "Subject: key rotation after a departure\n\nHi,\nfollowing {name}'s departure on {date} we revoked their personal keys and regenerated the shared ones. Old keys (masked):\n"), c)
        text += "\n".join(f"- {o['system']}: {o['value']}" for o in olds)
        if news:
            text += "\n\n" + ("Nuove:" if it else "New ones:") + "\n" + r_bullets(news, lang)
        else:
            text += "\n\n" + (f"Le nuove sono in {c['vault']}, percorso kv/payments/prod." if it else f"The new ones are in {c['vault']}, path kv/payments/prod.")
        style = "email"
    elif v == 2:
        text = f"## {c['date']} – " + ("Rotazione credenziali" if it else "Credential rotation") + "\n\n"
        text += ("Motivo: cambio fornitore ({agency} → interno)\n" if it else "Reason: supplier change ({agency} → in-house)\n").format(**c)
        text += "\n".join(f"- [x] {o['system']}" + (" ruotata" if it else " rotated") + f" ({c['ticket']})" for o in olds)
        if news:
            text += "\n\n```\n" + r_env(news, lang) + "\n```"
        style = "changelog"
    elif v == 3:
        text = fill(("commit {sha}\nAuthor: {name} <ops@{dom}>\nDate:   {date}\n\n    rotate secrets after offboarding of {name2}\n\n    Ticket {ticket}. Old values revoked at the provider.\n" if not it else
                     "commit {sha}\nAuthor: {name} <ops@{dom}>\nDate:   {date}\n\n    ruota segreti dopo uscita di {name2}\n\n    Ticket {ticket}. Valori vecchi revocati dal provider.\n"), c)
        text += "\n" + ("diff --git a/config/secrets.yml b/config/secrets.yml\n" if news else "")
        if news:
            for nw in news:
                nw["value"] = nw["value"].replace("\n", "")
                nw["secrets"] = [(k, vv.replace("\n", "")) for k, vv in nw["secrets"]]
                if nw["block"]:
                    nw["value"] = nw["value"].replace("\n", "\\n")
                    nw["secrets"] = [(k, vv.replace("\n", "\\n")) for k, vv in nw["secrets"]]
                text += f"-{nw['key'].lower()}: \"{mask_tok(rnd(ALNUM, 30))}\"\n+{nw['key'].lower()}: \"{nw['value']}\"\n"
        style = "git"
    else:
        text = fill(("Gentile cliente,\nti informiamo che il referente tecnico {name} non lavora più per {company}. Per sicurezza abbiamo rigenerato le chiavi API del tuo account il {date}. Le chiavi precedenti smettono di funzionare tra 24 ore.\n" if it else
                     "Dear customer,\nyour technical contact {name} no longer works for {company}. For safety we regenerated your account's API keys on {date}. The previous keys stop working in 24 hours.\n"), c)
        if news:
            text += ("\nNuove credenziali:\n" if it else "\nNew credentials:\n") + r_aligned(news, lang)
        else:
            text += ("\nLe nuove chiavi sono visibili in Dashboard → Sviluppatori → Chiavi API. Non le inviamo via e-mail." if it else
                     "\nThe new keys are under Dashboard → Developers → API keys. We never send them by e-mail.")
        style = "email"
    return style, text, collect(news), f"rotation/t{v+1}"


def iban_or_neg(pos, lang, cc=None):
    if pos:
        v = fmt_iban(make_iban(cc))
        return v, [("iban", v)]
    ib = make_iban(cc)
    return R.choice([fmt_iban(bad_iban(cc)), ib[:4] + "*" * 12 + ib[-4:], ib[:7] + " **** **** " + ib[-3:]]), []


def t_mandate(lang, pos):
    c = ctx(lang)
    it = lang == "it"
    v = R.randrange(5)
    secs = []
    use_bank = R.random() < 0.4
    if use_bank:
        if pos:
            bt, bv, _ = bank_account(lang)
            secs.append(("bank_account", bv))
        else:
            bt = R.choice([f"ABI {R.choice(IT_ABI)} CAB {R.randint(1000, 99999):05d}", f"sort code {R.randint(10,99)}-{R.randint(10,99)}-{R.randint(10,99)}", f"BLZ {R.choice(DE_BLZ)}"]) + \
                (" (numero di conto nella visura)" if it else " (account number on file)")
        coord = bt
    else:
        iv, s = iban_or_neg(pos, lang, "IT" if it and R.random() < 0.7 else None)
        secs += s
        coord = f"IBAN {iv}"
    bic = pick(["BCITITMM", "UNCRITMM", "BPMOIT22", "BARCGB22", "NWBKGB2L", "DEUTDEFF"])
    if v == 0:
        text = fill((f"PROCURA SPECIALE\n\nIl sottoscritto {{name}}, nato a {{city}}, titolare della ditta {{company}}, con la presente conferisce a {{name2}} procura a operare sul conto aziendale presso {{bank}}, {coord}, BIC {bic}, compresa la gestione dei rapporti con i fornitori di servizi di pagamento.\n\n{{city}}, {{date}}\nFirma ______________" if it else
                     f"POWER OF ATTORNEY\n\nI, {{name}}, owner of {{company}}, hereby appoint {{name2}} to operate the business account held with {{bank}}, {coord}, BIC {bic}, including dealings with payment service providers.\n\n{{city}}, {{date}}\nSigned ______________"), c)
    elif v == 1:
        text = fill((f"Oggetto: variazione conto di accredito payout\n\nBuongiorno,\ndal {{date}} l'attività {{company}} è gestita da {{name2}} (subentro per cessione d'azienda). Vi chiediamo di accreditare i payout sul nuovo conto:\n\nIntestatario: {{name2}}\n{coord}\nBanca: {{bank}}\n\nAlleghiamo atto notarile e documento d'identità.\n{{name2}}" if it else
                     f"Subject: change of payout account\n\nHello,\nfrom {{date}} {{company}} is run by {{name2}} (transfer of business). Please send payouts to the new account:\n\nAccount holder: {{name2}}\n{coord}\nBank: {{bank}}\n\nNotarised deed and ID attached.\n{{name2}}"), c)
    elif v == 2:
        text = fill((f"Letter of authority\n\nTo whom it may concern,\nI authorise {{name2}} of {{agency}} Accountants to liaise with you and with {{bank}} regarding {{company}}'s merchant account and bank feed ({coord}).\nThis authority remains valid until revoked in writing.\n\n{{name}}, Director\n{{date}}" if not it else
                     f"Lettera di autorizzazione\n\nA chi di competenza,\nautorizzo lo studio {{agency}} nella persona di {{name2}} a interloquire con voi e con {{bank}} riguardo all'account merchant e al feed bancario di {{company}} ({coord}).\nL'autorizzazione vale fino a revoca scritta.\n\n{{name}}, legale rappresentante\n{{date}}"), c)
    elif v == 3:
        lab = R.choice(["Kontoinhaber", "Titulaire du compte", "Titular", "Intestatario", "Account holder"])
        text = fill((f"MODULO MANDATO BANCARIO – firmatari autorizzati\n\nSocietà: {{company}}\n{lab}: {{company}}\nCoordinate: {coord}\nBIC: {bic}\nFirmatario uscente: {{name}}\nNuovo firmatario: {{name2}}\nLimiti: firma singola fino a {{amount}}\nData: {{date}}" if it else
                     f"BANK MANDATE FORM – authorised signatories\n\nCompany: {{company}}\n{lab}: {{company}}\nAccount: {coord}\nBIC: {bic}\nOutgoing signatory: {{name}}\nIncoming signatory: {{name2}}\nLimits: sole signature up to {{amount}}\nDate: {{date}}"), c)
    else:
        text = fill((f"ciao, sono {{name2}}, ho la delega di {{name}} che è in ospedale, per il negozio. Mi dite come cambio il conto dove arrivano i soldi? il nuovo è {coord}" if it else
                     f"hi, {{name2}} here, I have power of attorney for {{name}} who is in hospital, for the shop. how do I change the account the money goes to? the new one is {coord}"), c)
        if R.random() < 0.4:
            text = typo(text, 0.06)
            # typo() never touches values (it only edits alphabetic words), but re-check below anyway
    return ("letter" if v < 4 else "chat"), text, secs, f"mandate/t{v+1}"


CODE = {
    "python": dict(c="#", const='{n} = "{v}"', env=['{n} = os.environ["{k}"]', '{n} = os.getenv("{k}")', '{n} = settings.{kl}', '{n} = config["{kl}"]'],
                   ml='{n} = """{v}"""', head="import os\nimport requests\n", fence="python"),
    "php": dict(c="//", const="define('{n}', '{v}');", env=["define('{n}', getenv('{k}'));", "$config['{kl}'] = $_ENV['{k}'];", "$this->{kl} = config('services.payments.{kl}');"],
                ml="$privateKey = <<<EOT\n{v}\nEOT;", head="<?php\n", fence="php"),
    "js": dict(c="//", const="const {n} = '{v}';", env=["const {n} = process.env.{k};", "const {n} = config.{kc};", "const {n} = process.env['{k}'] ?? '';"],
               ml="const {n} = `{v}`;", head="const axios = require('axios');\n", fence="js"),
    "java": dict(c="//", const='    private static final String {n} = "{v}";', env=['    private static final String {n} = System.getenv("{k}");', '    @Value("${{payments.{kl}}}") private String {kc};'],
                 ml=None, head="public class PaymentsConfig {{\n", tail="}}", fence="java"),
    "csharp": dict(c="//", const='    private const string {nc} = "{v}";', env=['    private readonly string {nc} = Environment.GetEnvironmentVariable("{k}");', '    private string {nc} => _config["Payments:{nc}"];'],
                   ml=None, head="public class GatewayClient\n{{\n", tail="}}", fence="csharp"),
    "ruby": dict(c="#", const='{n} = "{v}"', env=['{n} = ENV.fetch("{k}")', '{n} = Rails.application.credentials.dig(:payments, :{kl})'],
                 ml="{n} = <<~PEM\n{v}\nPEM", head="require 'net/http'\n", fence="ruby"),
    "go": dict(c="//", const='const {nc} = "{v}"', env=['var {nc} = os.Getenv("{k}")', 'var {nc} = cfg.Payments.{nc}'],
               ml="const {nc} = `{v}`", head="package payments\n\nimport \"os\"\n", fence="go"),
    "vba": dict(c="'", const='Const {n} As String = "{v}"', env=['{nc} = Environ("{k}")', '{nc} = Range("Config!B{row}").Value'],
                ml=None, head="Option Explicit\n", fence="vba"),
    "bash": dict(c="#", const='export {n}="{v}"', env=['export {n}="${{{k}:?missing}}"', '{n}=$(vault kv get -field={kl} secret/payments)', '{n}=$(op read "op://Ops/payments/{kl}")'],
                 ml=None, head="#!/usr/bin/env bash\nset -euo pipefail\n", fence="bash"),
}
CODE_COMMENTS = {"it": ["TODO: spostare in variabile d'ambiente", "lasciata dal vecchio sviluppatore", "NON TOCCARE, funziona", "chiave del vecchio account",
                        "da sistemare prima del go-live", "preso dalla dashboard", "versione {ver}", "vedi ticket {ticket}"],
                 "en": ["TODO move to env", "left by previous dev", "DO NOT TOUCH, it works", "old account key", "fix before go-live",
                        "copied from the dashboard", "version {ver}", "see ticket {ticket}"]}


def camel(k):
    parts = k.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def t_legacy(lang, pos):
    c = ctx(lang)
    it = lang == "it"
    pl = R.choice(list(CODE))
    S = CODE[pl]
    w = {"vendor_key": 22, "access_token": 16, "client_secret": 14, "password": 18, "private_key": 5, "refresh_token": 4, "card_number": 2}
    n = R.randint(2, 5)
    secret_slots = set(R.sample(range(n), min(n, R.choice([1, 1, 2])))) if pos else set()
    lines = [S["head"].format() if "{" in S["head"] else S["head"]]
    secs = []
    for i in range(n):
        if R.random() < 0.4:
            lines.append(f"{S['c']} " + fill(R.choice(CODE_COMMENTS[lang]), c))
        if i in secret_slots:
            k = pick_kind(w)
            if k == "private_key" and not S["ml"]:
                k = "client_secret"
            it_ = item(k, True, lang)
            key = it_["key"] if k != "password" else R.choice(["DB_PASSWORD", "SMTP_PASS", "FTP_PWD", "ADMIN_PW"])
            if k == "client_secret" and it_["value"].startswith("Basic "):
                v = it_["value"]
            else:
                v = it_["value"]
            if k == "password" and R.random() < 0.4:
                user = R.choice(["shop", "admin", "app", "root"])
                host = R.choice(["db.internal", "10.0.3.12", "localhost", f"mysql.{c['dom']}"])
                scheme = R.choice(["postgres", "mysql", "mongodb", "redis", "amqp"])
                url = f"{scheme}://{user}:{v}@{host}:{R.choice([5432, 3306, 27017, 6379, 5672])}/{R.choice(['shop', 'prod', 'app'])}"
                lines.append(S["const"].format(n="DATABASE_URL", nc="DatabaseUrl", v=url))
            elif it_["block"]:
                lines.append(S["ml"].format(n="PRIVATE_KEY", nc="privateKey", v=v))
            else:
                lines.append(S["const"].format(n=key, nc=camel(key).title().replace("_", "") if pl in ("csharp", "go") else camel(key), v=v))
            secs += it_["secrets"]
        else:
            k = pick_kind(w)
            it_ = item(k, False, lang)
            key = it_["key"]
            r = R.random()
            if r < 0.6:
                lines.append(R.choice(S["env"]).format(n=key, nc=camel(key)[0].upper() + camel(key)[1:], k=key, kl=key.lower(), kc=camel(key), row=R.randint(2, 30)))
            elif r < 0.8:
                ph = R.choice(["YOUR_" + key, f"<{key.lower().replace('_', '-')}>", "xxxxxxxxxxxxxxxx", "", "changeme-in-prod" if False else "TODO", mask_tok(access_token())])
                lines.append(S["const"].format(n=key, nc=camel(key)[0].upper() + camel(key)[1:], v=ph))
            else:
                pub = item("pub", False, lang)
                lines.append(S["const"].format(n=pub["key"], nc=camel(pub["key"])[0].upper() + camel(pub["key"])[1:], v=pub["value"].replace('"', "'")))
    if "tail" in S:
        lines.append(S["tail"].format())
    code = "\n".join(lines)
    intro = R.choice([
        "Ho ereditato questo codice da {name2}, è ancora valido così?", "Nel plugin che ci ha lasciato l'agenzia c'è questo file, ve lo incollo:",
        "Il vecchio sviluppatore aveva scritto così il client per la vostra API. Dà 401 da ieri:", "codice trovato sul server vecchio ({dom}), file config:",
        "Stiamo facendo l'inventario del codice legacy prima della migrazione, questo è il modulo pagamenti:"] if it else [
        "Inherited this code from {name2}, is it still valid like this?", "The plugin the agency left us contains this file:",
        "The previous developer wrote the client for your API like this. Getting 401 since yesterday:", "code found on the old server ({dom}), config file:",
        "Doing a legacy code inventory before the migration, this is the payments module:"])
    text = fill(intro, c) + "\n\n```" + S["fence"] + "\n" + code + "\n```"
    if R.random() < 0.4:
        text += "\n\n" + fill(R.choice(["Versione plugin {ver}, ticket {ticket}.", "Grazie, {f1}", "Request id dell'errore: {uuid}"] if it else
                                       ["Plugin version {ver}, ticket {ticket}.", "Thanks, {f1}", "Request id of the error: {uuid}"]), c)
    return pl if pl != "js" else "javascript", text, secs, f"legacy/{pl}"


def customer_rows(pos, lang, n):
    """end users' bank details (the merchant's customers), as a migration export / refund list / creditor list"""
    rows = []
    secs = []
    k_sec = set(R.sample(range(n), R.choice([1, 2, 3]) if pos else 0)) if pos else set()
    for i in range(n):
        nm = person(lang if R.random() < 0.8 else ("en" if lang == "it" else "it"))
        if i in k_sec:
            r = R.random()
            if r < 0.65:
                v = fmt_iban(make_iban("IT" if lang == "it" and R.random() < 0.7 else None))
                secs.append(("iban", v))
            elif r < 0.85:
                _, v, _ = bank_account(lang)
                secs.append(("bank_account", v))
            else:
                v = fmt_card(card_digits())
                secs.append(("card_number", v))
        else:
            ib = make_iban("IT" if lang == "it" else R.choice(["GB", "DE", "FR", "IE"]))
            v = R.choice([ib[:4] + "*" * 10 + ib[-4:], "", f"tok_{rnd(ALNUM, 14)}", f"pm_{rnd(ALNUM, 20)}", f"MANDATO-{R.randint(10000, 99999)}",
                          fmt_iban(bad_iban()), f"**** {R.randint(1000, 9999)}", "[REDACTED]"])
        rows.append((f"C{R.randint(10000, 99999)}", nm, v, amount(lang).replace(",", ".") if False else f"{R.randint(5, 900)}.{R.randint(0, 99):02d}", f"{R.randint(2019, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"))
    return rows, secs


def t_custexport(lang, pos, sub):
    c = ctx(lang)
    it = lang == "it"
    n = R.randint(3, 8)
    rows, secs = customer_rows(pos, lang, n)
    v = R.randrange(4)
    if v == 0:
        hdr = R.choice(["customer_id;nome;iban_o_token;importo;data_mandato", "id;cliente;coordinate;importo;firmato_il"]) if it else \
            R.choice(["customer_id;name;iban_or_token;amount;mandate_date", "ref;customer;bank_details;amount;signed"])
        body = hdr + "\n" + "\n".join(";".join(r) for r in rows)
    elif v == 1:
        body = "| " + (" | ".join(["ID", "Cliente", "Coordinate", "Importo", "Data"]) if it else " | ".join(["ID", "Customer", "Bank details", "Amount", "Date"])) + " |\n|---|---|---|---|---|\n"
        body += "\n".join("| " + " | ".join(r) + " |" for r in rows)
    elif v == 2:
        body = "\n".join(f"{r[0]}  {r[1]:<22} {r[2]:<34} {r[3]:>8}  {r[4]}" for r in rows)
    else:
        body = json.dumps([{"id": r[0], "name": r[1], "payment_method": r[2], "amount": r[3], "created": r[4]} for r in rows], ensure_ascii=False, indent=2)
    if sub == "migration":
        intro = R.choice(["Lettera di accompagnamento – export dati clienti da {psp}\n\nIn allegato l'esportazione dei {n} mandati SEPA attivi per la migrazione. Ne riportiamo un estratto:",
                          "Foglio di mappatura campi {psp} → nuovo PSP, tab \"esempi\" (righe reali del cliente):",
                          "Per la migrazione dei clienti ricorrenti ecco il campione dell'export che ci ha mandato {psp}:"] if it else
                         ["Cover letter – customer data export from {psp}\n\nPlease find attached the export of {n} active SEPA mandates for the migration. Extract:",
                          "Field-mapping sheet {psp} → new PSP, \"examples\" tab (real customer rows):",
                          "For the subscription migration, here's the sample of the export {psp} sent us:"])
        outro = R.choice(["File cifrato con la password comunicata a parte." if it else "File encrypted with the password sent separately.",
                          "Checksum SHA-256 dell'export: {sha}", ""])
        c["sha"] = rnd(HEX, 64)
    elif sub == "insolvency":
        intro = R.choice(["Elenco creditori (clienti con rimborsi pendenti) – procedura {n}/{year}:", "Stato passivo provvisorio, sezione clienti da rimborsare:"] if it else
                         ["Schedule of creditors (customers owed refunds) – case {n}/{year}:", "Provisional statement of affairs, customers awaiting refunds:"])
        outro = R.choice(["Il curatore autorizza i rimborsi solo dopo l'approvazione del giudice delegato." if it else "Refunds will be paid only after court approval.", ""])
    else:
        intro = R.choice(["Ciao {f2}, il vecchio commercialista gestiva questi rimborsi ai clienti, te li passo:", "Rimborsi da fare (lista lasciata da {name}):"] if it else
                         ["Hi {f2}, the previous bookkeeper was handling these customer refunds, passing them on:", "Refunds to process (list left by {name}):"])
        outro = ""
    text = fill(intro, c) + "\n\n" + body + ("\n\n" + fill(outro, c) if outro else "")
    return ("csv" if v == 0 else "markdown" if v == 1 else "table" if v == 2 else "json"), text, secs, f"{sub}/customers{v+1}"


def t_migration_map(lang, pos):
    """field-mapping sheet: old provider field → new field, with an example column"""
    c = ctx(lang)
    it = lang == "it"
    fields = [("secret_key", "api_key", "access_token"), ("publishable_key", "client_id", "pub"), ("webhook_secret", "webhook_signing_secret", "client_secret"),
              ("account_id", "merchant_id", "pub"), ("payout_iban", "settlement_iban", "iban"), ("oauth_refresh", "refresh_token", "refresh_token"),
              ("api_password", "basic_auth_password", "password"), ("terminal_id", "terminal_id", "pub"), ("descriptor", "statement_descriptor", "pub")]
    sel = R.sample(fields, R.randint(4, 7))
    seci = set(R.sample(range(len(sel)), R.choice([1, 2]))) if pos else set()
    rows, secs = [], []
    for i, (old, new, k) in enumerate(sel):
        if k == "pub":
            ex = R.choice([f"acct_{rnd(ALNUM, 16)}", f"{c['company'].split()[0].upper()}*ONLINE", c["tid"], f"{c['company'].split()[0].lower()}-pay-prod"])
        elif i in seci:
            it_ = item(k, True, lang)
            ex = it_["value"].replace("\n", "")
            secs += [(kk, vv.replace("\n", "")) for kk, vv in it_["secrets"]]
        else:
            ex = R.choice(["<da dashboard>" if it else "<from dashboard>", "${" + new.upper() + "}", "n/a", "(vault)", "stesso di prima" if it else "same as before", "xxxx"])
        rows.append((old, new, R.choice(["string", "string(64)", "text", "varchar"]), ex))
    sep = R.choice([",", "\t", " | "])
    hdr = sep.join(["campo_" + c["psp"].lower().replace(".", "").replace(" ", "_"), "campo_nuovo", "tipo", "esempio"] if it else
                   [c["psp"].lower().replace(".", "").replace(" ", "_") + "_field", "new_field", "type", "example"])
    text = fill(R.choice(["Mappatura campi per la migrazione (foglio 2):", "Vi allego la mappatura che abbiamo preparato, ditemi se i nomi sono giusti:"] if it else
                         ["Field mapping for the migration (sheet 2):", "Attaching the mapping we prepared, tell me if the names are right:"]), c)
    text += "\n\n" + hdr + "\n" + "\n".join(sep.join(r) for r in rows)
    return ("tsv" if sep == "\t" else "csv"), text, secs, "migration/mapping"


POLICY_MORE = {
    "it": [
        "Checklist uscita {name}:\n- [ ] revocare le chiavi API personali dalla dashboard\n- [ ] trasferire la proprietà della cassaforte {pm} a {name2}\n- [ ] cambiare il PIN supervisore della cassa\n- [ ] togliere il suo numero dall'app OTP della banca\n- [ ] chiudere la carta aziendale che termina con {last4}",
        "Ciao {f2}, per favore NON mandarmi la password della banca per e-mail: usa l'invito dal portale {bank} (Utenti → Aggiungi commercialista). Il codice OTP ti arriverà sul tuo telefono, non sul mio.",
        "Buongiorno, siamo il nuovo fornitore di {company}. L'agenzia precedente ({agency}) non risponde e non abbiamo né la password della dashboard né l'accesso alla casella {dom}. Il MID è {mid}. Qual è la procedura di recupero dell'account per il titolare?",
        "La busta di emergenza contiene: password dell'utente root del server, PIN del token bancario, chiave privata di firma su chiavetta. I valori non sono riportati in nessun altro documento. Ultima verifica sigillo: {date}.",
        "Procura – il sottoscritto {name} delega {name2} a richiedere al fornitore di pagamenti la modifica del conto di accredito. Le nuove coordinate bancarie verranno comunicate dal delegato tramite il modulo firmato, non via e-mail.",
        "Nota per chi subentra: le credenziali NON sono in questo documento. Sono nella cassaforte \"Passaggio {company}\" su {pm}; {name2} ha già l'accesso. Le chiavi live sono state ruotate il {date} (ticket {ticket}).",
        "Annuncio: dal {date} {name} non fa più parte del team. Tutte le sue sessioni sono state invalidate, i token OAuth revocati e il secret del webhook rigenerato. Se vedete errori 401 aggiornate la configurazione da {vault}.",
        "Domanda veloce: il terminale {tid} chiede il PIN del gestore che aveva impostato mio zio. Non lo sappiamo. Si può resettare senza mandarlo in assistenza? Abbiamo il contratto n. {n}{mid}.",
    ],
    "en": [
        "Leaver checklist {name}:\n- [ ] revoke personal API keys in the dashboard\n- [ ] transfer {pm} vault ownership to {name2}\n- [ ] change the till supervisor PIN\n- [ ] remove their number from the bank's OTP app\n- [ ] cancel the company card ending {last4}",
        "Hi {f2}, please DON'T email me the bank password: use the invite in the {bank} portal (Users → Add accountant). The one-time code will go to your phone, not mine.",
        "Hello, we're {company}'s new supplier. The previous agency ({agency}) isn't answering and we have neither the dashboard password nor access to the {dom} mailbox. MID is {mid}. What's the account recovery procedure for the owner?",
        "The emergency envelope holds: the server root password, the bank token PIN, the signing private key on a USB stick. The values are not written in any other document. Seal last checked: {date}.",
        "Power of attorney – I, {name}, authorise {name2} to ask the payment provider to change the payout account. The new bank details will be sent by the attorney on the signed form, not by e-mail.",
        "Note for whoever takes over: credentials are NOT in this document. They're in the \"{company} handover\" vault in {pm}; {name2} already has access. Live keys were rotated on {date} (ticket {ticket}).",
        "Announcement: as of {date} {name} is no longer on the team. All their sessions were invalidated, OAuth tokens revoked and the webhook secret regenerated. If you see 401s, update config from {vault}.",
        "Quick question: terminal {tid} is asking for the manager PIN my uncle set. We don't know it. Can it be reset without sending it in for repair? Contract no. {n}{mid}.",
    ],
}


def t_policy_only(lang, pos, sub):
    """prose that talks about passwords, PINs and keys without containing one (always passing)"""
    c = ctx(lang)
    c["last4"] = f"{R.randint(0, 9999):04d}"
    it = lang == "it"
    v = R.randrange(5 + len(POLICY_MORE[lang]))
    pol = policy(lang, c, R.randint(2, 5))
    if v >= 5:
        text = fill(POLICY_MORE[lang][v - 5], c)
        if R.random() < 0.3:
            text = typo(text)
        return ("checklist" if v == 5 else "email"), text, [], f"{sub}/policy{v+1}"
    if v == 0:
        text = fill(("Ciao {f2},\nprima che tu prenda in mano l'account ti riassumo le regole che seguivamo:\n" if it else
                     "Hi {f2},\nbefore you take over the account, here are the rules we followed:\n"), c) + "\n".join("- " + p for p in pol)
    elif v == 1:
        text = fill(("Domanda: il nuovo titolare deve chiedervi un nuovo PIN per il terminale {tid} o può cambiarlo lui? Il vecchio gestore dice di non ricordarlo." if it else
                     "Question: does the new owner need to request a new PIN for terminal {tid} or can they change it themselves? The previous manager says they can't remember it."), c)
    elif v == 2:
        text = fill(("Buongiorno, {name} ha lasciato l'azienda il {date}. Come facciamo a trasferire la proprietà dell'account (MID {mid}) a {name2} senza conoscere la sua password? Lei aveva anche l'app per i codici OTP." if it else
                     "Hello, {name} left the company on {date}. How do we transfer ownership of the account (MID {mid}) to {name2} without knowing their password? They also had the OTP authenticator app."), c)
    elif v == 3:
        text = "\n".join(f"{i+1}. {p}" for i, p in enumerate(pol))
        text = (fill("Estratto dalla policy di sicurezza di {company} (rev. {ver}):\n", c) if it else fill("From {company}'s security policy (rev. {ver}):\n", c)) + text
    else:
        text = fill(("Ciao, il nostro sviluppatore se n'è andato e non sappiamo dove teneva le chiavi API. Nel server c'è solo `API_KEY=${{API_KEY}}` nel file .env e la chiave in {pm} risulta scaduta. Request id dell'ultimo errore: {uuid}. Si può rigenerare?" if it else
                     "Hi, our developer left and we don't know where he kept the API keys. The server only has `API_KEY=${{API_KEY}}` in the .env and the item in {pm} says expired. Request id of the last error: {uuid}. Can it be regenerated?"), c)
    return "email" if v in (0, 2, 4) else "policy", text, [], f"{sub}/policy{v+1}"


# ---------------------------------------------------------------- plan
def _fr(sub):
    return lambda lang, pos: framed(sub, lang, pos)


def _pol(sub):
    return lambda lang, pos: t_policy_only(lang, pos, sub)


def _cust(sub):
    return lambda lang, pos: t_custexport(lang, pos, sub)


# sub-style -> (share of the corpus, [(weight, template, may_hold_secrets)])
PLAN = {
    "agency":        (8, [(1, _fr("agency"), True), (1, _pol("agency"), False)]),
    "offboarding":   (7, [(5, _fr("offboarding"), True), (1, _pol("offboarding"), False)]),
    "onboarding":    (7, [(5, _fr("onboarding"), True), (1, _pol("onboarding"), False), (1, lambda l, p: t_runbook_cmds(l, p, "onboarding"), True)]),
    "acquisition":   (4, [(1, _fr("acquisition"), True)]),
    "migration":     (9, [(4, _fr("migration"), True), (3, _cust("migration"), True), (2, t_migration_map, True), (1, lambda l, p: t_runbook_cmds(l, p, "migration"), True)]),
    "outsourcing":   (3, [(1, _fr("outsourcing"), True)]),
    "questionnaire": (4, [(1, t_questionnaire, True)]),
    "breakglass":    (3, [(1, _fr("breakglass"), True), (1, _pol("breakglass"), False)]),
    "shareddrive":   (5, [(1, _fr("shareddrive"), True)]),
    "pwshare":       (5, [(1, t_pwshare, True)]),
    "rotation":      (6, [(4, t_rotation, True), (1, _pol("rotation"), False)]),
    "bookkeeper":    (6, [(3, _fr("bookkeeper"), True), (2, _cust("bookkeeper"), True), (1, _pol("bookkeeper"), False)]),
    "pos":           (6, [(4, _fr("pos"), True), (1, _pol("pos"), False)]),
    "legacy":        (10, [(1, t_legacy, True)]),
    "prevdev":       (6, [(4, _fr("prevdev"), True), (1, lambda l, p: t_runbook_cmds(l, p, "prevdev"), True)]),
    "mandate":       (5, [(1, t_mandate, True), (1, _pol("mandate"), False)]),
    "insolvency":    (3, [(2, _fr("insolvency"), True), (1, _cust("insolvency"), True)]),
    "family":        (4, [(1, _fr("family"), True), (1, _pol("family"), False)]),
}

CARD_RUN = re.compile(r"(?<![\w])\d(?:[ \-.]?\d){12,18}(?![\w])")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){10,30})")


def resolve(text, secrets):
    out, seen = [], set()
    for k, v in secrets:
        cands = [v, json.dumps(v, ensure_ascii=False)[1:-1], v.replace("\n", "\n> "), v.replace("\n", "\n>")]
        hit = next((x for x in cands if x and x in text), None)
        if hit is None:
            raise ValueError(f"value not in text: {k} {v!r}")
        if (k, hit) not in seen:
            seen.add((k, hit))
            out.append({"kind": k, "value": hit})
    return out


def stray(text, secrets):
    """an unlabeled Luhn-valid card-like run or a valid IBAN that happened by accident"""
    covered = [s["value"] for s in secrets]

    def cov(span):
        return any(span in v or v in span for v in covered)
    for m in CARD_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not cov(m.group(0)):
            return f"card-like {m.group(0)}"
    for m in IBAN_RUN.finditer(text):
        raw = m.group(1)
        s = re.sub(r"[ \-]", "", raw).upper()
        for L in range(len(s), 14, -1):
            if iban_valid(s[:L]) and s[:2] in ("IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "IE", "PT", "CH"):
                if not cov(raw[:]) and not any(s[:L] in re.sub(r"[ \-]", "", v).upper() for v in covered):
                    return f"iban-like {raw}"
    return None


def short_ok(text, secs):
    """a short value (PIN, CVV, short password) must occur once, as a token of its own, so 'every occurrence' is unambiguous"""
    for sct in secs:
        v = sct["value"]
        if len(v) < 10:
            if text.count(v) != 1:
                return False
            i = text.index(v)
            before = text[i - 1] if i else " "
            after = text[i + len(v)] if i + len(v) < len(text) else " "
            if before.isalnum() or after.isalnum():
                return False
    return True


def main():
    per_lang_pos, per_lang_neg = 380, 432
    jobs = [(lang, True) for lang in ("it", "en") for _ in range(per_lang_pos)] + [(lang, False) for lang in ("it", "en") for _ in range(per_lang_neg)]
    R.shuffle(jobs)
    subs = list(PLAN)
    shares = [PLAN[s][0] for s in subs]
    counters = Counter()
    rows = []
    tmpl_used = Counter()
    for lang, pos in jobs:
        for attempt in range(50):
            sub = R.choices(subs, shares)[0]
            opts = [(w, f) for w, f, can in PLAN[sub][1] if can or not pos]
            fn = R.choices([f for _, f in opts], [w for w, _ in opts])[0]
            style, text, secs, tname = fn(lang, pos)
            secs = resolve(text, secs)
            if pos and not secs:
                continue
            if not pos and secs:
                continue
            if stray(text, secs):
                continue
            if not short_ok(text, secs):
                continue
            break
        else:
            raise RuntimeError("could not build a sample")
        counters[lang] += 1
        rows.append({"id": f"fresh23-{lang}-{counters[lang]:04d}", "lang": lang, "style": style, "text": text, "secrets": secs,
                     "_sub": sub, "_t": tname})
        tmpl_used[(sub, tname)] += 1
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh23.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in ("id", "lang", "style", "text", "secrets")}, ensure_ascii=False) + "\n")
    validate(os.path.join(here, "fresh23.jsonl"), rows, tmpl_used)


KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv", "iban", "bank_account", "password", "pin"}


def validate(path, rows, tmpl_used):
    ids = set()
    kinds, langs, styles = Counter(), Counter(), Counter()
    pos = neg = 0
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for ln in lines:
        o = json.loads(ln)
        assert set(o) == {"id", "lang", "style", "text", "secrets"}, o.keys()
        assert o["id"] not in ids, o["id"]
        ids.add(o["id"])
        assert o["lang"] in ("it", "en")
        assert isinstance(o["style"], str) and o["style"] and " " not in o["style"]
        assert isinstance(o["text"], str) and o["text"].strip()
        for s in o["secrets"]:
            assert set(s) == {"kind", "value"} and s["kind"] in KINDS, s
            assert s["value"] and s["value"] in o["text"], (o["id"], s)
            kinds[(s["kind"], o["lang"])] += 1
        if s_ok := o["secrets"]:
            pos += 1
        else:
            neg += 1
        assert stray(o["text"], o["secrets"]) is None, o["id"]
        assert short_ok(o["text"], o["secrets"]), o["id"]
        langs[o["lang"]] += 1
        styles[o["style"]] += 1
    # check digits of labelled cards and IBANs
    for ln in lines:
        o = json.loads(ln)
        for s in o["secrets"]:
            if s["kind"] == "card_number":
                assert luhn_ok(s["value"]), s
            if s["kind"] == "iban":
                assert iban_valid(re.sub(r"[ \-]", "", s["value"]).upper()), s
    n = len(lines)
    print(f"samples {n}  with secrets {pos}  must pass {neg}  pass ratio {neg / n:.3f}")
    print("lang", dict(langs))
    print("kind counts (it / en / total):")
    for k in sorted(KINDS):
        print(f"  {k:14s} {kinds[(k, 'it')]:4d} {kinds[(k, 'en')]:4d} {kinds[(k, 'it')] + kinds[(k, 'en')]:4d}")
    print("styles", dict(styles.most_common()))
    bysub = Counter()
    tcount = Counter()
    for (sub, t), c in tmpl_used.items():
        bysub[sub] += c
        tcount[sub] += 1
    print("sub-styles (samples, distinct templates hit):")
    for sub in PLAN:
        print(f"  {sub:14s} {bysub[sub]:4d} {tcount[sub]:3d}")
    possub = Counter(r["_sub"] for r in rows if r["secrets"])
    print("with secrets per sub-style", dict(possub))


if __name__ == "__main__":
    main()
