#!/usr/bin/env python3
"""fresh32 -- "the less travelled stacks".

Written blind to the guard: only docs/guard-corpora.md and the sealed README
were read.  Deterministic (seed 3232).  Writes fresh32.jsonl next to itself.
1,600 samples: 750 with at least one secret, 850 that must pass; 800 it, 800 en.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
from collections import Counter

R = random.Random(3232)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = UP + LO + DI
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


def pick(x):
    return R.choice(x)


def L(lang, it, en):
    return it if lang == "it" else en


def tok(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return tok(n, HEX)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64enc(s):
    return base64.b64encode(s.encode()).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- people
IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Davide", "Chiara", "Alessandro", "Sara", "Matteo", "Elena",
            "Stefano", "Valentina", "Andrea", "Federica", "Paolo", "Silvia", "Roberto", "Martina", "Simone", "Laura",
            "Nicola", "Ilaria", "Gabriele", "Beatrice", "Tommaso", "Arianna", "Riccardo", "Noemi", "Enrico", "Serena"]
IT_LAST = ["Bellini", "Ferraro", "Esposito", "Romano", "Colombo", "Ricci", "Greco", "Bruno", "Gallo", "Conti", "Costa",
           "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
           "De Luca", "Ferri", "Testa", "Vitale", "Pellegrino", "Marchetti", "Sala", "Cattaneo", "Orlando", "Gentile"]
EN_FIRST = ["James", "Olivia", "Harry", "Amelia", "Noah", "Isla", "Jack", "Emily", "George", "Ava", "Ethan", "Sophie",
            "Liam", "Grace", "Oscar", "Chloe", "Daniel", "Ruby", "Samuel", "Hannah", "Aisha", "Priya", "Tomasz", "Mei",
            "Kwame", "Ingrid", "Diego", "Fatima", "Owen", "Zara"]
EN_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
           "Hughes", "Clarke", "Patel", "Khan", "Murphy", "O'Brien", "Novak", "Lindqvist", "Okafor", "Chen", "Silva",
           "Fischer", "Dubois", "Kowalski", "Hall", "Green", "Baker", "Turner", "Price"]
IT_COMP = ["Pagamenti Rapidi srl", "Fintessa SpA", "Cassa Veloce srl", "Borgo Digitale srl", "Tributi Facili srl",
           "Lagunare Commerce srl", "Orobica Pay srl", "Sartoria Numerica srl", "Ducale Servizi SpA",
           "Adriatica Logistica srl", "Monviso Software srl", "Trinacria Fintech srl", "Brenta Retail SpA",
           "Valtellina Billing srl", "Salento Cloud srl", "Emilia Ledger srl"]
EN_COMP = ["Nordpay Ltd", "Bluecrest Payments", "Harbourline Systems", "Kestrel Commerce", "Lanternfish Labs",
           "Meridian Ledger Inc", "Oakvale Retail", "Pinecone Billing", "Quayside Tech", "Ridgeway Software",
           "Thistle Fintech", "Copperleaf Apps", "Northgate Insurance", "Saltmarsh Energy", "Brightwater Travel",
           "Fennel & Co"]
HOSTS = ["api.paycorner.io", "sandbox.paycorner.io", "api.openbankhub.eu", "psd2.openbankhub.eu",
         "api.tesoropay.it", "sandbox.tesoropay.it", "gateway.lirapay.com", "api.lirapay.com", "api.bancaponte.it",
         "connect.bancaponte.it", "api.settlr.co.uk", "sandbox.settlr.co.uk"]
CLIENT_IDS = ["acme-pay-prod", "shop-it-prod", "nordpay-web", "fintessa-batch", "cassa-veloce-app", "kestrel-backend",
              "oakvale-pos", "meridian-ledger-prod", "brenta-erp", "quayside-mobile", "ducale-sap", "thistle-recon"]


def person(lang):
    if lang == "it":
        return f"{pick(IT_FIRST)} {pick(IT_LAST)}"
    return f"{pick(EN_FIRST)} {pick(EN_LAST)}"


def company(lang):
    return pick(IT_COMP) if lang == "it" else pick(EN_COMP)


def host():
    return pick(HOSTS)


def client_id():
    r = R.random()
    if r < 0.5:
        return pick(CLIENT_IDS)
    if r < 0.8:
        return "cli_" + tok(20, LO + DI)
    return uuid4()


# ---------------------------------------------------------------- secrets
def opaque_token():
    r = R.random()
    if r < 0.25:
        return "pc_live_" + tok(32)
    if r < 0.4:
        return "obh_at_" + tok(40, ALNUM)
    if r < 0.55:
        return "tp_" + pick(["live", "test", "sbx"]) + "_" + tok(28, LO + DI)
    if r < 0.7:
        return tok(pick([32, 40, 48]), ALNUM)
    return tok(pick([40, 64]), HEX)


def jwt():
    head = pick(["eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJFUzI1NiIsImtpZCI6I" + tok(10, ALNUM) + "In0",
                 "eyJ0eXAiOiJKV1QiLCJhbGciOiJQUzI1NiJ9"])
    payload = json.dumps({"sub": client_id(), "scope": pick(["payments", "accounts", "payments refunds"]),
                          "iat": R.randint(1790000000, 1800000000), "jti": uuid4()}, separators=(",", ":"))
    return head + "." + b64url(payload.encode()) + "." + tok(pick([43, 86, 342]), B64U)


def access_token():
    return jwt() if R.random() < 0.35 else opaque_token()


def refresh_token():
    r = R.random()
    if r < 0.4:
        return "rt_" + tok(48, ALNUM)
    if r < 0.7:
        return tok(64, B64U)
    return "1//0" + tok(60, B64U)


def client_secret():
    r = R.random()
    if r < 0.3:
        return tok(pick([32, 40]), ALNUM)
    if r < 0.5:
        return "cs_" + pick(["live", "prod", "sbx"]) + "_" + tok(32, ALNUM)
    if r < 0.7:
        return tok(pick([43, 44]), B64U)
    if r < 0.85:
        return hexs(64)
    return tok(8, ALNUM) + "~" + tok(34, ALNUM + "._-")


WORDS = ["Tramonto", "Pizzica", "Gabbiano", "Ciliegia", "Falco", "Sirena", "Lampione", "Brezza", "Ombrello", "Scirocco",
         "Marmotta", "Fenice", "Dolomiti", "Girasole", "Mandorla", "Tempesta", "Harbour", "Copper", "Falcon", "Maple",
         "Thunder", "Velvet", "Granite", "Saffron", "Pebble", "Juniper", "Quartz", "Walrus", "Orbit", "Biscuit"]


def password():
    r = R.random()
    if r < 0.35:
        return pick(WORDS) + pick(["!", "@", "#", "$", "_", "."]) + str(R.randint(10, 9999)) + pick(["", "!", "x", "?"])
    if r < 0.55:
        return pick(WORDS).lower() + pick(WORDS) + str(R.randint(1, 99))
    if r < 0.8:
        return tok(R.randint(12, 20), ALNUM + "!#%&*+-=?@^_")
    return tok(R.randint(10, 16), ALNUM)


def pw_nosym():
    """password safe for contexts where quotes/specials are awkward (JCL, netrc, URLs)."""
    return pick(WORDS) + str(R.randint(10, 9999)) + tok(3, UP + DI)


BIP = ("abandon ability absorb abstract access accident account acid across action actress adapt address adjust "
       "admit adult advance aerobic afford agent agree airport alarm album alcohol alley almost alpha amateur amount "
       "anchor ancient angle animal ankle announce antenna anxiety apart april arch arena armor arrow artist aspect "
       "assault asset athlete atom auction audit august aunt autumn avocado awake axis baby bacon badge balance bamboo "
       "banana banner barrel basket battle beach bean beauty begin behave bench benefit betray bicycle bird blanket "
       "blossom blue board bonus border bottom bounce brave bread bridge brief bright broccoli bronze brother bubble "
       "budget buffalo burger butter cabin cactus camera canal candy canvas captain carbon cargo carpet castle casual "
       "catalog cattle ceiling cereal chalk champion chaos charge cherry chicken chimney choice chunk cinnamon circle "
       "citizen clarify claw clever cliff clinic clock cloud cluster coconut coffee column comfort coral corn cotton "
       "couch country cousin cradle crane crater cricket crystal cube curtain cushion cycle dance dawn debris decade "
       "deer defense delta dentist desert detail device diamond dinosaur dizzy dolphin donkey double dragon drama "
       "dream drift drum dune eagle early earth echo eclipse elbow elephant embark emerald engine enjoy envelope "
       "equal erosion essay eternal evidence exotic fabric falcon fancy fashion feather festival fiction fiscal "
       "flame flavor float forest fossil fragile frozen galaxy garden garlic gauge genius giant ginger giraffe "
       "glacier glimpse gospel gravity guitar hammer harbor harvest hazard helmet hobby honey horizon hospital "
       "hurdle husband icon igloo immune income infant inhale insect island ivory jacket jaguar jelly jungle kangaroo "
       "kernel kitten ladder lagoon lantern laptop lava lemon leopard liberty lizard lobster lottery lunar magnet "
       "mammal mango marble meadow melody mercy meteor midnight mirror monkey mosquito mountain museum mushroom "
       "napkin nephew nest noodle notable novel nurse oasis ocean olive orbit orchard ostrich oyster paddle panda "
       "panther paper parrot pelican pepper piano pigeon planet plastic pottery puzzle pyramid quantum rabbit raccoon "
       "radar rainbow raven razor recycle reef rhythm ribbon rocket saddle salmon sausage scatter scorpion season "
       "shadow shrimp siren skate slogan snake soccer spider squirrel stadium strategy sunset swallow symbol tackle "
       "taxi tennis thunder tiger timber tobacco tomato tornado tortoise tourist tractor trumpet tulip tunnel turtle "
       "umbrella unicorn universe uranium vacuum valley velvet vessel violin volcano voyage walnut wasp whale wheat "
       "window wisdom wolf wrestle yellow zebra zone").split()


def mnemonic():
    return " ".join(R.choice(BIP) for _ in range(pick([12, 12, 12, 24])))


def pem_body(nlines, last=None):
    lines = [tok(64, B64) for _ in range(nlines)]
    lines.append(tok(last or R.randint(8, 60), B64) + pick(["", "=", "=="]))
    return lines


PRIV_TYPES = [("RSA PRIVATE KEY", 24), ("PRIVATE KEY", 25), ("EC PRIVATE KEY", 3), ("OPENSSH PRIVATE KEY", 6)]


def pem_private(kind=None, sep="\n", indent=""):
    kind = kind or pick(PRIV_TYPES)
    name, n = kind
    n = max(2, n + R.randint(-1, 2))
    body = pem_body(n)
    if name == "RSA PRIVATE KEY":
        body[0] = "MIIE" + pick(["owIBAAKCAQEA", "pAIBAAKCAQEA", "ogIBAAKCAQEA"]) + body[0][16:]
    elif name == "PRIVATE KEY":
        body[0] = "MIIEv" + pick(["QIBADANBgkqhkiG9w0BAQEFAASC", "gIBADANBgkqhkiG9w0BAQEFAASC"]) + body[0][32:]
    elif name == "EC PRIVATE KEY":
        body[0] = "MHcCAQEEI" + body[0][9:]
    else:
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    lines = [f"-----BEGIN {name}-----"] + body + [f"-----END {name}-----"]
    return (sep + indent).join(lines)


def pem_public(kind=None, sep="\n", indent=""):
    name = kind or pick(["PUBLIC KEY", "CERTIFICATE", "CERTIFICATE", "RSA PUBLIC KEY"])
    n = {"PUBLIC KEY": 6, "CERTIFICATE": R.randint(14, 22), "RSA PUBLIC KEY": 5}[name]
    body = pem_body(n)
    if name == "CERTIFICATE":
        body[0] = "MII" + pick(["D", "E", "F"]) + tok(1, ALNUM) + "zCCA" + body[0][8:]
    elif name == "PUBLIC KEY":
        body[0] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[0][44:]
    lines = [f"-----BEGIN {name}-----"] + body + [f"-----END {name}-----"]
    return (sep + indent).join(lines)


def ssh_pub():
    if R.random() < 0.5:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, B64) + " " + pick(["deploy", "ci", "marco", "ops"]) + "@" + pick(["build01", "laptop", "runner"])
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + tok(330, B64) + " deploy@bastion"


# vendor keys ---------------------------------------------------------------
def v_aws():
    return "AKIA" + tok(16, UP + "234567"), tok(40, ALNUM + "/+")


def v_github():
    return pick(["ghp_", "ghp_", "gho_", "github_pat_11"]) + tok(36, ALNUM) if R.random() < 0.9 else "github_pat_11" + tok(22, UP + DI) + "_" + tok(59, ALNUM)


def v_gitlab():
    return "glpat-" + tok(20, ALNUM + "-_")


def v_stripe():
    return pick(["sk_live_", "sk_test_", "rk_live_", "sk_live_51"]) + tok(pick([24, 32, 40, 99]), ALNUM)


def v_slack():
    if R.random() < 0.5:
        return "xoxb-" + tok(12, DI) + "-" + tok(13, DI) + "-" + tok(24, ALNUM)
    return "https://hooks.slack.com/services/T" + tok(8, UP + DI) + "/B" + tok(10, UP + DI) + "/" + tok(24, ALNUM)


def v_google():
    return "AIza" + tok(35, ALNUM + "-_")


def v_sendgrid():
    return "SG." + tok(22, ALNUM + "-_") + "." + tok(43, ALNUM + "-_")


def v_twilio():
    return "SK" + hexs(32)


def v_mailgun():
    return "key-" + hexs(32)


def v_openai():
    return "sk-proj-" + tok(48, ALNUM + "-_")


def v_npm():
    return "npm_" + tok(36, ALNUM)


def v_datadog():
    return hexs(32)


def v_alchemy():
    return tok(32, ALNUM + "-_")


def v_infura():
    return hexs(32)


def v_etherscan():
    return tok(34, UP + DI)


def v_crates():
    return "cio" + tok(32, ALNUM)


def vendor_key():
    f = pick([v_github, v_gitlab, v_stripe, v_slack, v_google, v_sendgrid, v_twilio, v_mailgun, v_openai, v_npm])
    return f()


# cards / banks ---------------------------------------------------------------
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
    body = prefix + "".join(R.choice(DI) for _ in range(length - len(prefix) - 1))
    for c in DI:
        if luhn_ok(body + c):
            return body + c


KNOWN_TEST = ["4111111111111111", "4242424242424242", "5555555555554444", "4000056655665556", "5200828282828210",
              "378282246310005", "6011111111111117", "4012888888881881", "2223003122003222", "4000000000003220",
              "5105105105105100", "371449635398431", "4917610000000000", "4988438843884305"]
CARD_PREFIXES = [("4000", 16), ("4111", 16), ("4539", 16), ("4716", 16), ("5100", 16), ("5425", 16), ("2223", 16),
                 ("3700", 15), ("3400", 15), ("6011", 16)]


def card_digits():
    if R.random() < 0.35:
        return pick(KNOWN_TEST)
    p, n = pick(CARD_PREFIXES)
    return luhn_complete(p, n)


def fmt_card(d, style=None):
    style = style or pick(["plain", "space", "space", "dash", "dot"])
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    return {"plain": d, "space": " ".join(g), "dash": "-".join(g), "dot": ".".join(g)}[style]


def card():
    return fmt_card(card_digits())


def bad_card():
    d = card_digits()
    last = int(d[-1])
    d = d[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return fmt_card(d)


def cvv(n=3):
    return "".join(R.choice(DI) for _ in range(n))


def otp(n=None):
    n = n or pick([6, 6, 6, 5, 8])
    return "".join(R.choice(DI) for _ in range(n))


def pin():
    return "".join(R.choice(DI) for _ in range(pick([4, 4, 5, 6])))


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(abi, cab, conto):
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        k = int(ch) if ch.isdigit() else UP.index(ch)
        s += ODD[k] if i % 2 == 0 else k
    return UP[s % 26]


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


ABIS = ["03069", "02008", "05034", "03062", "05696", "01030", "03111", "06230", "05584", "03359", "08327"]


def it_parts():
    abi = pick(ABIS)
    cab = "".join(R.choice(DI) for _ in range(5))
    conto = "".join(R.choice(DI) for _ in range(12)) if R.random() < 0.8 else "CC" + "".join(R.choice(DI) for _ in range(10))
    return cin(abi, cab, conto), abi, cab, conto


def iban_raw(country=None):
    country = country or pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE"])
    if country == "IT":
        c, abi, cab, conto = it_parts()
        bban = c + abi + cab + conto
    elif country == "DE":
        bban = tok(8, DI) + tok(10, DI)
    elif country == "FR":
        bban = tok(5, DI) + tok(5, DI) + tok(11, DI) + tok(2, DI)
    elif country == "ES":
        bban = tok(20, DI)
    elif country == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + tok(6, DI) + tok(8, DI)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + tok(10, DI)
    else:
        bban = tok(12, DI)
    return country + iban_check(country, bban) + bban


def fmt_iban(s, grouped=None):
    if grouped is None:
        grouped = R.random() < 0.5
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban():
    return fmt_iban(iban_raw())


def bad_iban():
    s = iban_raw()
    ck = int(s[2:4])
    new = "%02d" % ((ck + R.randint(1, 40)) % 97 or 11)
    s = s[:2] + new + s[4:]
    if iban_valid(s):
        return bad_iban()
    return fmt_iban(s)


BICS = ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "INGBNL2A",
        "CAIXESBBXXX", "BPPIITRRXXX", "SELBIT2BXXX", "FEBIITM1"]


def bic():
    return pick(BICS)


def phone(lang):
    if lang == "it":
        return pick(["+39 ", "0039 ", ""]) + pick(["3", "3", "0"]) + tok(2, DI) + " " + tok(3, DI) + " " + tok(4, DI)
    return pick(["+44 7", "+44 20 ", "+1 415 "]) + tok(3, DI) + " " + tok(4, DI)


def amount():
    return f"{R.randint(1, 9999)},{R.randint(0, 99):02d}" if R.random() < 0.5 else f"{R.randint(1, 99999)}.{R.randint(0, 99):02d}"


def date_s():
    return f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def ts():
    return f"{date_s()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def hhmm():
    return f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}"


def pay_id():
    return pick(["pay_", "pmt_", "PAY-", "ord_", "rfnd_", "cns_"]) + tok(pick([12, 16, 20, 24]), LO + DI if R.random() < 0.5 else UP + DI)


def trace_id():
    return hexs(32)


def sha1():
    return hexs(40)


def sha256():
    return hexs(64)


def eth_addr():
    return "0x" + hexs(40)


def eth_txhash():
    return "0x" + hexs(64)


def version():
    return f"{R.randint(0, 5)}.{R.randint(0, 30)}.{R.randint(0, 20)}"


def nix32(n=52):
    return tok(n, "0123456789abcdfghijklmnpqrsvwxyz")


def sri():
    return "sha256-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()


def bcrypt():
    return "$2b$12$" + tok(53, ALNUM + "./")


def argon():
    return "$argon2id$v=19$m=65536,t=3,p=4$" + tok(22, B64[:-2] + "+/") + "$" + tok(43, B64[:-2] + "+/")


PLACEHOLDERS = ["<your-client-secret>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{client_secret}}", "xxxxxxxxxxxx",
                "<INSERIRE_QUI_LA_CHIAVE>", "REPLACE_ME", "<api-key>", "********", "[REDACTED]", "TODO",
                "<token>", "YOUR_API_KEY_HERE", "...", "<la-tua-password>", "<inserire>", "%SPORTELLO_TOKEN%",
                "{{ .Values.apiKey }}", "[HIDDEN]", "••••••••"]


def placeholder():
    return pick(PLACEHOLDERS)


def masked_tok():
    t = access_token()
    return pick([t[:6] + "…" + t[-4:], t[:4] + "*" * 12, "****" + t[-4:], "sk_live_****" + tok(4, ALNUM), "***"])


def masked_card():
    d = card_digits()
    return pick(["**** **** **** " + d[-4:], d[:6] + "******" + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:], "•••• " + d[-4:]])


ENVN = ["SPORTELLO_CLIENT_SECRET", "SPORTELLO_API_KEY", "PAYCORNER_TOKEN", "OBH_CLIENT_SECRET", "TESORO_API_KEY",
        "LIRAPAY_SECRET", "PSD2_CLIENT_SECRET", "API_TOKEN", "BANK_API_KEY", "PAYMENTS_SECRET", "WEBHOOK_SECRET",
        "DB_PASSWORD", "SETTLR_API_KEY"]


def envname():
    return pick(ENVN)


# ---------------------------------------------------------------- prose
PROBLEMS = [
    ("da stamattina le chiamate a /v2/payments rispondono 401 invalid_client", "since this morning calls to /v2/payments return 401 invalid_client"),
    ("il webhook arriva ma la verifica della firma fallisce", "the webhook arrives but the signature check fails"),
    ("il consenso AIS scade dopo pochi minuti invece di 90 giorni", "the AIS consent expires after a few minutes instead of 90 days"),
    ("il redirect SCA torna alla nostra app senza il parametro code", "the SCA redirect comes back without the code parameter"),
    ("riceviamo 429 anche con pochissime richieste", "we get 429 even with very few requests"),
    ("l'handshake mTLS fallisce in produzione ma non in sandbox", "the mTLS handshake fails in production but not in sandbox"),
    ("i rimborsi restano in stato PENDING da giorni", "refunds have been stuck in PENDING for days"),
    ("il refresh del token restituisce invalid_grant", "refreshing the token returns invalid_grant"),
    ("la build passa in locale ma fallisce in CI", "the build passes locally but fails in CI"),
    ("gli importi arrivano moltiplicati per cento", "amounts arrive multiplied by a hundred"),
    ("la paginazione delle transazioni salta delle pagine", "transaction pagination skips pages"),
    ("non capiamo quale ambiente stiamo chiamando", "we cannot tell which environment we are calling"),
    ("l'integrazione si blocca dopo il deploy di ieri sera", "the integration hangs since last night's deploy"),
    ("il bonifico istantaneo viene rifiutato con AM04", "the instant transfer is rejected with AM04"),
    ("la libreria ci restituisce un errore che non capiamo", "the library gives us an error we don't understand"),
]

IT_GREET = ["Buongiorno,", "Buongiorno a tutti,", "Ciao,", "Salve,", "Gentile supporto,", "Buonasera,", "Ciao ragazzi,", "Spett.le assistenza,"]
EN_GREET = ["Hi,", "Hello team,", "Hi there,", "Good morning,", "Dear support,", "Hey folks,", "Hello,", "Hi all,"]
IT_LEAD = ["Vi incollo il pezzo di codice:", "Ecco la configurazione che usiamo:", "Allego il file (copiato qui sotto):",
           "Questo è quello che abbiamo in repo:", "Vi giro lo snippet, magari vedete subito il problema:",
           "Il collega ha scritto questo:", "Qui sotto il file, così com'è:"]
EN_LEAD = ["Pasting the relevant code below:", "Here's the config we use:", "File attached (copied below):",
           "This is what we have in the repo:", "Snippet below, maybe you can spot it:",
           "My colleague wrote this:", "The file as it is:"]
IT_CLOSE = ["Grazie mille,", "Grazie in anticipo,", "Cordiali saluti,", "Un saluto,", "Grazie,", "Resto in attesa, grazie."]
EN_CLOSE = ["Thanks,", "Many thanks,", "Kind regards,", "Cheers,", "Best,", "Thanks in advance,"]
IT_ASK = ["Sapete dirci cosa sbagliamo?", "Qualcuno ha un'idea?", "È un problema vostro o nostro?", "Potete verificare dal vostro lato?",
          "Ci serve una mano entro oggi.", "Cosa ci manca?"]
EN_ASK = ["Can you tell us what we're doing wrong?", "Any idea?", "Is this on your side or ours?", "Could you check on your end?",
          "We need this fixed today.", "What are we missing?"]


def fence(body, lang_tag=""):
    return f"```{lang_tag}\n{body}\n```"


def extra_ids(lang):
    """a line of look-alike identifiers a person adds to a ticket."""
    r = R.random()
    if r < 0.25:
        return L(lang, f"Request id: {uuid4()}", f"Request id: {uuid4()}")
    if r < 0.45:
        return L(lang, f"(x-request-id {uuid4()}, ore {hhmm()})", f"(x-request-id {uuid4()}, at {hhmm()})")
    if r < 0.6:
        return L(lang, f"Pagamento {pay_id()} da {amount()} EUR", f"Payment {pay_id()} for {amount()} EUR")
    if r < 0.72:
        return f"trace-id: {trace_id()}"
    if r < 0.82:
        return L(lang, f"Il nostro client id è {client_id()}.", f"Our client id is {client_id()}.")
    return ""


def wrap(lang, body, code_style, tag="", mode=None):
    """Returns (style, text)."""
    mode = mode or pick(["bare", "bare", "email", "email", "email", "chat", "forum", "ticket"])
    prob = pick(PROBLEMS)
    p = prob[0] if lang == "it" else prob[1]
    if mode == "bare":
        if lang == "it" or R.random() < 0.3:
            head = L(lang, pick(["ecco il file", "il nostro config", "vedi sotto", "questo è il codice", "vi mando il pezzo incriminato",
                                 "copio dal repo", "è quello che gira in produzione", "dal nostro progetto", "incollo così com'è",
                                 "file allegato, copiato qui", "guardate qui per favore"]),
                     pick(["here is the file", "our config", "see below", "this is the code", "the offending bit",
                           "copied from the repo", "this is what runs in prod", "pasting as is"]))
            return code_style, head + ":\n" + body
        return code_style, body
    if mode == "email":
        who = person(lang)
        comp = company(lang)
        g = pick(IT_GREET) if lang == "it" else pick(EN_GREET)
        lead = pick(IT_LEAD) if lang == "it" else pick(EN_LEAD)
        ask = pick(IT_ASK) if lang == "it" else pick(EN_ASK)
        cl = pick(IT_CLOSE) if lang == "it" else pick(EN_CLOSE)
        ids = extra_ids(lang)
        subj = L(lang, "Oggetto: ", "Subject: ") + p[:1].upper() + p[1:]
        parts = []
        if R.random() < 0.4:
            parts.append(subj)
            parts.append("")
        parts += [g, "", p[:1].upper() + p[1:] + ". " + lead, "", fence(body, tag) if R.random() < 0.5 else body, ""]
        if ids:
            parts.append(ids)
        parts += [ask, "", cl, who, comp]
        st = code_style if R.random() < 0.6 else "email"
        return st, "\n".join(parts)
    if mode == "chat":
        a, b = person(lang).split()[0].lower(), person(lang).split()[0].lower()
        h0, m0 = R.randint(8, 18), R.randint(0, 50)
        t1, t2, t3 = (f"{h0:02d}:{m0:02d}", f"{h0:02d}:{m0 + 1:02d}", f"{h0:02d}:{m0 + R.randint(2, 9):02d}")
        lines = [f"[{t1}] {a}: {p}", f"[{t2}] {a}: " + L(lang, pick(["guarda qui", "ecco", "copio", "vi incollo"]), pick(["look", "here", "pasting", "this is it"])),
                 body,
                 f"[{t3}] {b}: " + L(lang, pick(["ok ci guardo", "mmm strano", "lo giro al provider", "apro un ticket"]), pick(["ok looking", "hmm weird", "forwarding to the provider", "opening a ticket"]))]
        return ("chat" if R.random() < 0.5 else code_style), "\n".join(lines)
    if mode == "forum":
        t = L(lang, "Titolo: ", "Title: ") + p
        lines = [t, "", L(lang, f"Uso {code_style} e ", f"I'm on {code_style} and ") + p + ".", "", fence(body, tag), "",
                 pick(IT_ASK) if lang == "it" else pick(EN_ASK)]
        return ("forum" if R.random() < 0.4 else code_style), "\n".join(lines)
    # ticket
    lines = [L(lang, "Ticket: ", "Ticket: ") + f"#{R.randint(10000, 99999)}", L(lang, "Categoria: Integrazione", "Category: Integration"),
             L(lang, "Descrizione: ", "Description: ") + p, "", body]
    ids = extra_ids(lang)
    if ids:
        lines += ["", ids]
    return code_style, "\n".join(lines)


# ---------------------------------------------------------------- templates
POS, NEG = [], []


def pos(f):
    POS.append(f)
    return f


def neg(f):
    NEG.append(f)
    return f


def cm(lang, it, en, mark="//"):
    return f"{mark} {L(lang, it, en)}"


# ============================ POSITIVE =====================================
@pos
def p_rust_const(lang):
    t = access_token()
    h = host()
    body = f"""use reqwest::Client;

{cm(lang, pick(['token di produzione, da spostare', 'TODO togliere prima del merge', 'chiave temporanea']), pick(['prod token, move it later', 'TODO remove before merge', 'temporary key']))}
const SPORTELLO_TOKEN: &str = "{t}";
const BASE_URL: &str = "https://{h}/v2";

pub async fn list_payments(client: &Client) -> anyhow::Result<String> {{
    let res = client
        .get(format!("{{BASE_URL}}/payments?limit={R.randint(10, 100)}"))
        .bearer_auth(SPORTELLO_TOKEN)
        .header("X-Request-Id", "{uuid4()}")
        .send()
        .await?;
    Ok(res.text().await?)
}}"""
    return "rust", "rust", body, [("access_token", t)]


@pos
def p_rust_basic(lang):
    cid, s = client_id(), client_secret()
    h = host()
    body = f"""let resp = reqwest::Client::new()
    .post("https://{h}/oauth2/token")
    .basic_auth("{cid}", Some("{s}"))
    .form(&[("grant_type", "client_credentials"), ("scope", "payments")])
    .send()
    .await?;
{cm(lang, 'qui otteniamo 401 invalid_client', 'this is where we get 401 invalid_client')}
println!("{{:?}}", resp.status());"""
    return "rust", "rust", body, [("client_secret", s)]


@pos
def p_rust_env_default(lang):
    if R.random() < 0.5:
        s, kind = client_secret(), "client_secret"
    else:
        s, kind = access_token(), "access_token"
    e = envname()
    body = f"""fn load_config() -> Config {{
    Config {{
        base_url: std::env::var("SPORTELLO_BASE_URL").unwrap_or_else(|_| "https://{host()}".into()),
        {cm(lang, 'fallback per i test in locale', 'fallback for local runs')}
        secret: std::env::var("{e}").unwrap_or_else(|_| "{s}".to_string()),
        timeout_ms: {pick([3000, 5000, 10000, 30000])},
    }}
}}"""
    return "rust", "rust", body, [(kind, s)]


@pos
def p_rust_pem_raw(lang):
    k = pem_private(pick([PRIV_TYPES[2], PRIV_TYPES[1]]))
    kid = tok(8, LO + DI)
    body = f"""{cm(lang, 'chiave per firmare le richieste (QSealC sandbox)', 'key used to sign requests (sandbox QSealC)')}
const SIGNING_KEY_ID: &str = "{kid}";
const SIGNING_KEY_PEM: &str = r#"{k}"#;

let key = EncodingKey::from_ec_pem(SIGNING_KEY_PEM.as_bytes())?;"""
    return "rust", "rust", body, [("private_key", k)]


@pos
def p_rust_bytes(lang):
    bs = [f"0x{R.getrandbits(8):02x}" for _ in range(32)]
    rows = [", ".join(bs[i:i + 8]) for i in range(0, 32, 8)]
    val = (",\n    ").join(rows)
    body = f"""{cm(lang, 'segreto HMAC per i webhook (copiato dalla dashboard)', 'webhook HMAC secret (copied from the dashboard)', '///')}
pub const WEBHOOK_HMAC_KEY: [u8; 32] = [
    {val},
];

pub fn verify(body: &[u8], sig: &str) -> bool {{
    let mut mac = HmacSha256::new_from_slice(&WEBHOOK_HMAC_KEY).unwrap();
    mac.update(body);
    hex::encode(mac.finalize().into_bytes()) == sig
}}"""
    return "rust", "rust", body, [("private_key", val)]


@pos
def p_cargo_cred(lang):
    c = v_crates()
    t = access_token()
    if R.random() < 0.5:
        body = f"""# ~/.cargo/credentials.toml
[registry]
token = "{c}"

[registries.{pick(['fintessa', 'internal', 'kestrel', 'corp'])}]
token = "Bearer {t}"
"""
        sec = [("vendor_key", c), ("access_token", t)]
    else:
        body = f"""# .cargo/config.toml
[build]
target-dir = "target"

[env]
SPORTELLO_BASE_URL = "https://{host()}"
SPORTELLO_API_KEY = "{t}"
RUST_LOG = "info,sportello_client=debug"
"""
        sec = [("access_token", t)]
    return "toml", "toml", body, sec


@pos
def p_rust_fixture(lang):
    c, v, o = card(), cvv(4 if False else 3), otp(6)
    body = f"""#[tokio::test]
async fn {L(lang, 'pagamento_con_3ds', 'payment_with_3ds')}() {{
    let card = Card {{
        number: "{c}".into(),
        cvc: "{v}".into(),
        exp_month: {R.randint(1, 12)},
        exp_year: {R.randint(2027, 2031)},
    }};
    let p = client.create_payment(&card, {R.randint(100, 99999)}).await.unwrap();
    {cm(lang, 'OTP fisso della sandbox', 'fixed sandbox OTP')}
    let done = client.confirm_sca(&p.id, "{o}").await.unwrap();
    assert_eq!(done.status, Status::Captured);
}}"""
    return "rust", "rust", body, [("card_number", c), ("cvv", v), ("pin", o)]


@pos
def p_elixir_runtime(lang):
    s = client_secret()
    w = "whsec_" + tok(32, ALNUM) if R.random() < 0.4 else tok(40, ALNUM)
    body = f"""import Config

if config_env() == :prod do
  config :shop, Shop.Sportello,
    base_url: "https://{host()}/v2",
    client_id: "{client_id()}",
    client_secret: "{s}",
    # {L(lang, 'segreto per la firma dei webhook', 'webhook signing secret')}
    webhook_secret: "{w}",
    pool_size: {R.randint(2, 20)}
end"""
    return "elixir", "elixir", body, [("client_secret", s), ("private_key", w)]


@pos
def p_elixir_getenv_default(lang):
    t = access_token()
    e = envname()
    body = f"""defmodule Shop.Sportello.Client do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://{host()}"
  plug Tesla.Middleware.Headers, [{{"authorization", "Bearer " <> token()}}]
  plug Tesla.Middleware.JSON

  # {L(lang, 'se la variabile manca usiamo quello di sviluppo', 'if the var is missing we use the dev one')}
  defp token, do: System.get_env("{e}", "{t}")
end"""
    return "elixir", "elixir", body, [("access_token", t)]


@pos
def p_elixir_ecto(lang):
    pw = pw_nosym()
    user = pick(["payments", "shop_app", "ledger", "postgres"])
    db = pick(["payments_prod", "shop", "ledger_dev"])
    h = pick(["db.internal", "10.0.3.21", "pg-main.fintessa.local", "localhost"])
    body = f"""** (DBConnection.ConnectionError) tcp connect ({h}:5432): connection refused - :econnrefused
    (db_connection 2.6.0) lib/db_connection/connection.ex:100: DBConnection.Connection.connect/2
    (connection 1.1.0) lib/connection.ex:622: Connection.enter_connect/5
    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3

# config/runtime.exs
config :shop, Shop.Repo,
  url: "ecto://{user}:{pw}@{h}/{db}",
  pool_size: 10"""
    return "elixir", "elixir", body, [("password", pw)]


@pos
def p_elixir_fixture(lang):
    ib = iban()
    c = card()
    name = person(lang)
    body = f"""defmodule Shop.PayoutsTest do
  use Shop.DataCase

  @beneficiary %{{
    name: "{name}",
    iban: "{ib}",
    bic: "{bic()}",
    amount: Decimal.new("{R.randint(1, 999)}.{R.randint(0, 99):02d}")
  }}

  @card %{{number: "{c}", exp: "{R.randint(1, 12):02d}/{R.randint(27, 31)}"}}

  test "{L(lang, 'crea un bonifico', 'creates a payout')}" do
    assert {{:ok, %{{status: "accepted"}}}} = Payouts.create(@beneficiary)
  end
end"""
    return "elixir", "elixir", body, [("iban", ib), ("card_number", c)]


@pos
def p_erlang_sysconfig(lang):
    s = client_secret()
    pw = pw_nosym()
    body = f"""%% sys.config -- {L(lang, 'ambiente di produzione', 'production')}
[
 {{sportello, [
   {{base_url, "https://{host()}"}},
   {{client_id, <<"{client_id()}">>}},
   {{client_secret, <<"{s}">>}},
   {{timeout, {pick([5000, 15000, 30000])}}}
 ]}},
 {{epgsql_pool, [{{host, "db01"}}, {{username, "pay"}}, {{password, "{pw}"}}]}},
 {{kernel, [{{logger_level, info}}]}}
]."""
    return "erlang", "erlang", body, [("client_secret", s), ("password", pw)]


@pos
def p_erlang_cookie(lang):
    ck = tok(20, UP)
    node = pick(["shop", "ledger", "payments", "gateway"])
    if R.random() < 0.5:
        body = f"""## vm.args
-name {node}@10.0.{R.randint(0, 9)}.{R.randint(2, 250)}
-setcookie {ck}
+K true
+A 64"""
    else:
        body = f"""$ cat ~/.erlang.cookie
{ck}
$ iex --name debug@127.0.0.1 --cookie {ck} --remsh {node}@127.0.0.1"""
    return "erlang", "", body, [("client_secret", ck)]


@pos
def p_sbt_cred(lang):
    pw = password()
    user = pick(["deploy", "ci-bot", "release", "jenkins"])
    hst = pick(["nexus.fintessa.it", "artifactory.kestrel.io", "repo.corp.local"])
    if R.random() < 0.5:
        body = f"""// build.sbt
publishTo := Some("releases" at "https://{hst}/repository/maven-releases/")
credentials += Credentials("Sonatype Nexus Repository Manager", "{hst}", "{user}", "{pw}")
libraryDependencies += "io.sportello" %% "sportello-client" % "{version()}\""""
    else:
        body = f"""# ~/.sbt/.credentials
realm=Artifactory Realm
host={hst}
user={user}
password={pw}"""
    return "sbt", "scala", body, [("password", pw)]


@pos
def p_hocon(lang):
    s = client_secret()
    rt = refresh_token()
    body = f"""sportello {{
  base-url = "https://{host()}"
  client-id = "{client_id()}"
  client-secret = "{s}"
  client-secret = ${{?SPORTELLO_CLIENT_SECRET}}
  # {L(lang, 'refresh token preso a mano da Postman', 'refresh token grabbed by hand from Postman')}
  refresh-token = "{rt}"
  request-timeout = {R.randint(5, 60)}s
}}

akka.http.client.idle-timeout = 60s"""
    return "hocon", "hocon", body, [("client_secret", s), ("refresh_token", rt)]


@pos
def p_scala_trace(lang):
    cid, s = client_id(), client_secret()
    blob = b64enc(f"{cid}:{s}")
    body = f"""[ERROR] [{date_s()} {hhmm()}:{R.randint(10, 59)}.{R.randint(100, 999)}] [shop-akka.actor.default-dispatcher-{R.randint(2, 20)}] [akka://shop/user/payments] Token request failed
akka.http.scaladsl.model.IllegalResponseException: 401 Unauthorized
  request: HttpRequest(HttpMethod(POST),https://{host()}/oauth2/token,List(Authorization: Basic {blob}, Accept: application/json),HttpEntity.Strict(application/x-www-form-urlencoded,29 bytes total),HttpProtocol(HTTP/1.1))
	at shop.payments.TokenClient.$anonfun$fetch$1(TokenClient.scala:{R.randint(20, 200)})
	at scala.concurrent.Future.$anonfun$flatMap$1(Future.scala:307)"""
    return "scala", "", body, [("client_secret", blob)]


@pos
def p_clojure_edn(lang):
    t = access_token()
    pw = password().replace('"', "")
    body = f""";; resources/config.edn
{{:sportello {{:base-url "https://{host()}"
             :client-id "{client_id()}"
             :api-key "{t}"}}
 :db {{:dbtype "postgresql" :host "db01" :dbname "pay" :user "pay" :password "{pw}"}}
 :port {R.randint(3000, 9000)}}}"""
    return "clojure", "clojure", body, [("access_token", t), ("password", pw)]


@pos
def p_clojure_fixture(lang):
    c, v, ib = card(), cvv(), iban()
    body = f"""(def {L(lang, 'clienti-test', 'test-customers')}
  [{{:name "{person(lang)}" :email "{tok(6, LO)}@example.com"
    :card "{c}" :cvv "{v}"}}
   {{:name "{person(lang)}" :iban "{ib}" :bic "{bic()}"}}])

(deftest {L(lang, 'addebito-ok', 'charge-ok')}
  (is (= :captured (:status (charge! (first {L(lang, 'clienti-test', 'test-customers')}) {R.randint(100, 9999)})))))"""
    return "clojure", "clojure", body, [("card_number", c), ("cvv", v), ("iban", ib)]


@pos
def p_deps_settings(lang):
    pw = password().replace("<", "").replace("&", "")
    body = f""";; deps.edn
{{:mvn/repos {{"fintessa" {{:url "https://nexus.fintessa.it/repository/releases/"}}}}
 :deps {{io.sportello/client {{:mvn/version "{version()}"}}}}}}

<!-- ~/.m2/settings.xml -->
<settings>
  <servers>
    <server>
      <id>fintessa</id>
      <username>{pick(['deploy', 'ci', 'mario.r'])}</username>
      <password>{pw}</password>
    </server>
  </servers>
</settings>"""
    return "clojure", "", body, [("password", pw)]


@pos
def p_haskell(lang):
    t = access_token()
    if R.random() < 0.5 and len(t) >= 32:
        cut = len(t) // 2
        a, b = t[:cut], t[cut:]
        decl = f"""apiKey :: ByteString
apiKey = "{a}"
      <> "{b}\""""
        sec = [("access_token", a), ("access_token", b)]
    else:
        decl = f"""apiKey :: ByteString
apiKey = "{t}\""""
        sec = [("access_token", t)]
    body = f"""{{-# LANGUAGE OverloadedStrings #-}}
module Sportello where

import Network.HTTP.Simple

-- {L(lang, 'da mettere in un file di config', 'should go into a config file')}
{decl}

listPayments :: IO ()
listPayments = do
  let req = setRequestHeader "Authorization" ["Bearer " <> apiKey]
          $ parseRequest_ "GET https://{host()}/v2/payments"
  resp <- httpJSON req
  print (getResponseBody resp :: Value)"""
    return "haskell", "haskell", body, sec


@pos
def p_ocaml(lang):
    cid, s = client_id(), client_secret()
    body = f"""(* {L(lang, 'credenziali sandbox', 'sandbox credentials')} *)
let client_id = "{cid}"
let client_secret = "{s}"

let token () =
  let headers = Cohttp.Header.add_authorization (Cohttp.Header.init ())
      (`Basic (client_id, client_secret)) in
  Cohttp_lwt_unix.Client.post ~headers
    ~body:(Cohttp_lwt.Body.of_string "grant_type=client_credentials")
    (Uri.of_string "https://{host()}/oauth2/token")"""
    return "ocaml", "ocaml", body, [("client_secret", s)]


@pos
def p_dart_define(lang):
    t = access_token()
    g = v_google()
    if R.random() < 0.5:
        body = f"""$ flutter run --flavor prod -t lib/main_prod.dart \\
    --dart-define=SPORTELLO_ENV=production \\
    --dart-define=SPORTELLO_API_KEY={t} \\
    --dart-define=MAPS_KEY={g}
Launching lib/main_prod.dart on Pixel {R.randint(5, 9)} in debug mode...
Running Gradle task 'assembleProdDebug'...                 {R.randint(10, 90)}.{R.randint(0, 9)}s"""
    else:
        body = f"""# .env  ({L(lang, 'caricato con flutter_dotenv', 'loaded with flutter_dotenv')})
SPORTELLO_ENV=production
SPORTELLO_API_KEY={t}
MAPS_KEY={g}

// main.dart
await dotenv.load(fileName: ".env");
final apiKey = dotenv.env['SPORTELLO_API_KEY']!;"""
    return "dart", "", body, [("access_token", t), ("vendor_key", g)]


@pos
def p_dart_test(lang):
    c, v, o = card(), cvv(), otp(6)
    body = f"""void main() {{
  test('{L(lang, 'pagamento con carta e SCA', 'card payment with SCA')}', () async {{
    final card = CardDetails(
      number: '{c}',
      cvc: '{v}',
      expiryMonth: {R.randint(1, 12)},
      expiryYear: {R.randint(2027, 2031)},
    );
    final intent = await api.createPayment(amount: {R.randint(100, 50000)}, card: card);
    final ok = await api.confirm(intent.id, otp: '{o}');
    expect(ok.status, PaymentStatus.succeeded);
  }});
}}"""
    return "dart", "dart", body, [("card_number", c), ("cvv", v), ("pin", o)]


@pos
def p_xcconfig(lang):
    t = access_token()
    sec = [("access_token", t)]
    extra = ""
    if R.random() < 0.5:
        g = v_google()
        extra = f"\nGOOGLE_MAPS_KEY = {g}"
        sec.append(("vendor_key", g))
    body = f"""// Release.xcconfig
// {L(lang, 'attenzione: // in xcconfig è un commento, per questo $()', 'careful: // starts a comment in xcconfig, hence the $()')}
SPORTELLO_BASE_URL = https:/$()/{host()}/v2
SPORTELLO_API_KEY = {t}{extra}
PRODUCT_BUNDLE_IDENTIFIER = it.{tok(6, LO)}.app
MARKETING_VERSION = {version()}"""
    return "xcconfig", "", body, sec


@pos
def p_objc(lang):
    cid, s = client_id(), client_secret()
    blob = b64enc(f"{cid}:{s}")
    if R.random() < 0.5:
        body = f"""static NSString * const kSportelloClientID = @"{cid}";
static NSString * const kSportelloClientSecret = @"{s}";

NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://{host()}/oauth2/token"]];
req.HTTPMethod = @"POST";"""
        sec = [("client_secret", s)]
    else:
        body = f"""NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:tokenURL];
// {L(lang, 'Basic già codificato', 'Basic already encoded')}
[req setValue:@"Basic {blob}" forHTTPHeaderField:@"Authorization"];
[req setValue:@"application/x-www-form-urlencoded" forHTTPHeaderField:@"Content-Type"];"""
        sec = [("client_secret", blob)]
    return "objc", "objc", body, sec


@pos
def p_swift(lang):
    s = client_secret()
    body = f"""import SportelloKit

let config = SportelloConfiguration(
    clientId: "{client_id()}",
    clientSecret: "{s}",
    environment: .{pick(['production', 'sandbox'])},
    timeout: {R.randint(10, 60)}
)
let client = SportelloClient(configuration: config)"""
    return "swift", "swift", body, [("client_secret", s)]


@pos
def p_renviron(lang):
    t = access_token()
    gh = v_github()
    body = f"""# ~/.Renviron
SPORTELLO_TOKEN={t}
GITHUB_PAT={gh}
R_LIBS_USER=~/R/library

# {L(lang, 'e nello script', 'and in the script')}
token <- Sys.getenv("SPORTELLO_TOKEN")
res <- httr::GET("https://{host()}/v2/accounts", httr::add_headers(Authorization = paste("Bearer", token)))"""
    return "r", "r", body, [("access_token", t), ("vendor_key", gh)]


@pos
def p_r_httr(lang):
    if R.random() < 0.5:
        cid, s = client_id(), client_secret()
        body = f"""library(httr)
res <- POST("https://{host()}/oauth2/token",
            authenticate("{cid}", "{s}"),
            body = list(grant_type = "client_credentials"),
            encode = "form")
stop_for_status(res)"""
        sec = [("client_secret", s)]
    else:
        t = access_token()
        body = f"""library(httr2)
req <- request("https://{host()}/v2/transactions") |>
  req_auth_bearer_token("{t}") |>
  req_url_query(from = "{date_s()}", limit = {R.randint(50, 500)})
resp <- req_perform(req)"""
        sec = [("access_token", t)]
    return "r", "r", body, sec


@pos
def p_julia(lang):
    t = access_token()
    body = f"""using HTTP, JSON3

const TOKEN = "{t}"
const BASE = "https://{host()}/v2"

r = HTTP.get("$BASE/balances"; headers = ["Authorization" => "Bearer $(TOKEN)",
                                          "Accept" => "application/json"])
JSON3.read(r.body)"""
    return "julia", "julia", body, [("access_token", t)]


@pos
def p_matlab(lang):
    if R.random() < 0.5:
        pw = password().replace("'", "")
        body = f"""% {L(lang, 'scarica gli estratti conto', 'download statements')}
opts = weboptions('Username', '{pick(['reporting', 'fin_team', 'svc_matlab'])}', 'Password', '{pw}', ...
                  'Timeout', {R.randint(10, 60)}, 'ContentType', 'json');
data = webread('https://{host()}/v2/statements?from={date_s()}', opts);"""
        sec = [("password", pw)]
    else:
        t = access_token()
        body = f"""token = '{t}';
opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' token]}}, 'ContentType', 'json');
payments = webread('https://{host()}/v2/payments', opts);
disp(numel(payments.items))"""
        sec = [("access_token", t)]
    return "matlab", "matlab", body, sec


@pos
def p_nginx_lua(lang):
    cid, s = client_id(), client_secret()
    blob = b64enc(f"{cid}:{s}")
    t = access_token()
    body = f"""location /psd2/ {{
    # {L(lang, 'il proxy aggiunge le credenziali verso il provider', 'the proxy adds the credentials towards the provider')}
    proxy_set_header Authorization "Basic {blob}";
    proxy_pass https://{host()}/;
}}

location /api/ {{
    access_by_lua_block {{
        ngx.req.set_header("X-Api-Key", "{t}")
    }}
    proxy_pass https://{host()}/v2/;
}}"""
    return "nginx", "nginx", body, [("client_secret", blob), ("access_token", t)]


@pos
def p_lua_redis(lang):
    pw = pw_nosym()
    body = f"""local redis = require "resty.redis"
local red = redis:new()
red:set_timeouts(1000, 1000, 1000)
local ok, err = red:connect("{pick(['10.0.2.15', 'redis.internal', '127.0.0.1'])}", 6379)
-- {L(lang, 'password del redis condiviso', 'shared redis password')}
local res, err = red:auth("{pw}")
if not res then ngx.log(ngx.ERR, "auth failed: ", err) end"""
    return "lua", "lua", body, [("password", pw)]


@pos
def p_perl(lang):
    pw = password().replace("'", "")
    if R.random() < 0.5:
        user = pick(["svc_pay", "reporting", "integrazione"])
        body = f"""use LWP::UserAgent;
my $ua = LWP::UserAgent->new(timeout => {R.randint(10, 60)});
$ua->credentials('{host()}:443', 'Sportello', '{user}', '{pw}');
my $res = $ua->get('https://{host()}/v2/statements');
die $res->status_line unless $res->is_success;"""
    else:
        body = f"""use DBI;
my $dbh = DBI->connect("dbi:{pick(['mysql', 'Pg'])}:database=pagamenti;host=db01", "pay_app", '{pw}',
                       {{ RaiseError => 1, AutoCommit => 0 }})
    or die $DBI::errstr;"""
    return "perl", "perl", body, [("password", pw)]


@pos
def p_tcl(lang):
    t = access_token()
    body = f"""package require http
package require tls
http::register https 443 ::tls::socket

set token "{t}"
set hdrs [list Authorization "Bearer $token" Accept application/json]
set tok [http::geturl https://{host()}/v2/payments -headers $hdrs -timeout {R.randint(5, 30)}000]
puts [http::ncode $tok]"""
    return "tcl", "tcl", body, [("access_token", t)]


@pos
def p_delphi(lang):
    if R.random() < 0.5:
        pw = password().replace("'", "")
        body = f"""procedure TFormPagamenti.ScaricaEstratti;
begin
  IdHTTP1.Request.BasicAuthentication := True;
  IdHTTP1.Request.Username := '{pick(['gestionale', 'svc_delphi', 'admin'])}';
  IdHTTP1.Request.Password := '{pw}';
  Memo1.Text := IdHTTP1.Get('https://{host()}/v2/statements');
end;"""
        sec = [("password", pw)]
    else:
        s = client_secret()
        body = f"""const
  SPORTELLO_CLIENT_ID = '{client_id()}';
  SPORTELLO_CLIENT_SECRET = '{s}';
  { '{' } {L(lang, 'non cambiare senza avvisare', 'do not change without telling ops')} {'}'}"""
        sec = [("client_secret", s)]
    return "delphi", "pascal", body, sec


@pos
def p_vba_concat(lang):
    t = opaque_token()
    while len(t) < 36:
        t = opaque_token()
    cut = R.randint(16, len(t) - 16)
    a, b = t[:cut], t[cut:]
    body = f"""' {L(lang, 'Modulo1 - aggiorna il foglio Incassi', 'Module1 - refresh the Receipts sheet')}
Const API_KEY As String = "{a}" & _
                          "{b}"

Sub AggiornaIncassi()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", "https://{host()}/v2/payments?from={date_s()}", False
    http.setRequestHeader "Authorization", "Bearer " & API_KEY
    http.send
    Sheets("Incassi").Range("A2").Value = http.responseText
End Sub"""
    return "vba", "vba", body, [("access_token", a), ("access_token", b)]


@pos
def p_vba_odbc(lang):
    pw = pw_nosym()
    srv = pick(['SQL01', 'srv-gest\\SQLEXPRESS', '192.168.1.20'])
    body = f"""Private Sub cmdCollega_Click()
    Dim cn As New ADODB.Connection
    cn.Open "Driver={{SQL Server}};Server={srv};Database=Pagamenti;Uid={pick(['sa', 'app_access'])};Pwd={pw};"
    Set rs = cn.Execute("SELECT * FROM Incassi WHERE Data >= #{R.randint(1, 12)}/1/2026#")
End Sub"""
    return "vba", "vba", body, [("password", pw)]


@pos
def p_vba_testdata(lang):
    c, ib = card(), iban()
    body = f"""Sub {L(lang, 'PreparaDatiTest', 'FillTestData')}()
    With Sheets("{L(lang, 'Prove', 'Tests')}")
        .Range("A2").Value = "{person(lang)}"
        .Range("B2").Value = "{c}"
        .Range("C2").Value = "{R.randint(1, 12):02d}/{R.randint(27, 31)}"
        .Range("D2").Value = "{ib}"
        .Range("E2").Value = {R.randint(1, 999)}.{R.randint(0, 99):02d}
    End With
End Sub"""
    return "vba", "vba", body, [("card_number", c), ("iban", ib)]


@pos
def p_cobol(lang):
    d = card_digits()
    v = cvv()
    ib = iban_raw("IT")
    body = f"""      *> {L(lang, 'DATI DI PROVA PER IL BATCH ADDEBITI', 'TEST DATA FOR THE DEBIT BATCH')}
       01  WS-TEST-RECORD.
           05  WS-TITOLARE      PIC X(30) VALUE '{person(lang).upper()}'.
           05  WS-PAN           PIC X(19) VALUE '{d}'.
           05  WS-CVV           PIC X(03) VALUE '{v}'.
           05  WS-IBAN          PIC X(27) VALUE '{ib}'.
           05  WS-IMPORTO       PIC 9(9)V99 VALUE {R.randint(1, 99999)}.{R.randint(0, 99):02d}.
           05  WS-DIVISA        PIC X(03) VALUE 'EUR'."""
    return "cobol", "", body, [("card_number", d), ("cvv", v), ("iban", ib)]


@pos
def p_jcl(lang):
    pw = tok(R.randint(6, 8), UP + DI)
    if R.random() < 0.5:
        job = tok(R.randint(5, 7), UP)
        body = f"""//{job}J JOB (ACCT{R.randint(100, 999)}),'SEPA OUT',CLASS=A,MSGCLASS=X,
//         USER={pick(['PAYBAT', 'SEPAJOB', 'BATCH01'])},PASSWORD={pw},NOTIFY=&SYSUID
//STEP01   EXEC PGM=IEBGENER
//SYSUT1   DD DSN=PROD.SEPA.OUT.D{R.randint(100, 365)},DISP=SHR
//SYSUT2   DD SYSOUT=*"""
    else:
        body = f"""//FTPSTEP  EXEC PGM=FTP,PARM='sftp.{host()} (EXIT'
//SYSPRINT DD SYSOUT=*
//INPUT    DD *
{pick(['FTPSEPA', 'PAYOUT1', 'CBIUSER'])}
{pw}
BINARY
PUT 'PROD.SEPA.PAIN001' pain001_{date_s().replace('-', '')}.xml
QUIT
/*"""
    return "jcl", "", body, [("password", pw)]


@pos
def p_abap(lang):
    pw = password().replace("'", "")
    t = access_token()
    body = f"""cl_http_client=>create_by_url(
  EXPORTING url    = 'https://{host()}/v2/payments'
  IMPORTING client = DATA(lo_client) ).
lo_client->authenticate( username = 'RFC_SPORT' password = '{pw}' ).
lo_client->request->set_header_field( name  = 'X-Api-Key'
                                      value = '{t}' ).
lo_client->send( ).
lo_client->receive( )."""
    return "abap", "abap", body, [("password", pw), ("access_token", t)]


@pos
def p_abap_sm59(lang):
    pw = password()
    if lang == "it":
        body = f"""SM59 - Destinazioni RFC
Destinazione:      ZSPORTELLO_PROD
Tipo connessione:  G  Connessione HTTP a server esterno
Host di destinaz.: {host()}   Porta: 443
Prefisso percorso: /v2
Logon e sicurezza: Autenticazione di base
  Utente:          RFC_SPORT
  Password:        {pw}
SSL: Attivo   ID SSL client: ANONYM"""
    else:
        body = f"""SM59 - RFC Destinations
Destination:       ZSPORTELLO_PROD
Connection Type:   G  HTTP Connection to External Server
Target Host:       {host()}   Port: 443
Path Prefix:       /v2
Logon & Security:  Basic Authentication
  User:            RFC_SPORT
  Password:        {pw}
SSL: Active   SSL Client ID: ANONYM"""
    return "abap", "", body, [("password", pw)]


@pos
def p_apex(lang):
    s = client_secret()
    if R.random() < 0.5:
        body = f"""public with sharing class SportelloAuth {{
    private static final String CLIENT_ID = '{client_id()}';
    private static final String CLIENT_SECRET = '{s}';

    public static String token() {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://{host()}/oauth2/token');
        req.setMethod('POST');
        req.setBody('grant_type=client_credentials&client_id=' + CLIENT_ID + '&client_secret=' + CLIENT_SECRET);
        return (String) ((Map<String, Object>) JSON.deserializeUntyped(new Http().send(req).getBody())).get('access_token');
    }}
}}"""
        sec = [("client_secret", s)]
    else:
        pw = password().replace("<", "").replace("&", "")
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Sportello Prod</label>
    <endpoint>https://{host()}</endpoint>
    <principalType>NamedUser</principalType>
    <protocol>Password</protocol>
    <username>{pick(['sf_integration', 'svc_salesforce'])}</username>
    <password>{pw}</password>
</NamedCredential>"""
        sec = [("password", pw)]
    return "apex", "", body, sec


@pos
def p_hardhat(lang):
    pk = hexs(64)
    al = v_alchemy()
    es = v_etherscan()
    r = R.random()
    if r < 0.5:
        body = f"""require("@nomicfoundation/hardhat-toolbox");

module.exports = {{
  solidity: "0.8.{R.randint(17, 26)}",
  networks: {{
    sepolia: {{
      url: "https://eth-sepolia.g.alchemy.com/v2/{al}",
      accounts: ["0x{pk}"],
    }},
  }},
  etherscan: {{ apiKey: "{es}" }},
}};"""
        sec = [("vendor_key", al), ("private_key", pk), ("vendor_key", es)]
    else:
        m = mnemonic()
        inf = v_infura()
        body = f"""// hardhat.config.ts
const config: HardhatUserConfig = {{
  networks: {{
    polygonAmoy: {{
      url: "https://polygon-amoy.infura.io/v3/{inf}",
      // {L(lang, 'wallet di test del team', 'team test wallet')}
      accounts: {{ mnemonic: "{m}" }},
    }},
  }},
}};
export default config;"""
        sec = [("vendor_key", inf), ("password", m)]
    return "hardhat", "js", body, sec


@pos
def p_foundry_env(lang):
    pk = hexs(64)
    inf = v_infura()
    body = f"""# .env  (foundry)
RPC_URL=https://mainnet.infura.io/v3/{inf}
PRIVATE_KEY=0x{pk}
STABLECOIN_ADDRESS={eth_addr()}

$ forge script script/Settle.s.sol --rpc-url $RPC_URL --broadcast
[⠊] Compiling...
Script ran successfully.
## Setting up 1 EVM.
Transaction hash: {eth_txhash()}"""
    return "solidity", "", body, [("vendor_key", inf), ("private_key", pk)]


@pos
def p_tfvars(lang):
    s = client_secret()
    pw = password().replace('"', "")
    body = f"""# terraform.tfvars ({L(lang, 'NON committare', 'do NOT commit')})
environment        = "prod"
sportello_base_url = "https://{host()}"
sportello_client_id     = "{client_id()}"
sportello_client_secret = "{s}"
db_admin_password       = "{pw}"
allowed_cidrs = ["10.0.0.0/16", "192.168.{R.randint(0, 254)}.0/24"]"""
    return "hcl", "hcl", body, [("client_secret", s), ("password", pw)]


@pos
def p_tf_provider(lang):
    if R.random() < 0.5:
        a, s = v_aws()
        body = f"""provider "aws" {{
  region     = "eu-south-1"
  access_key = "{a}"
  secret_key = "{s}"
}}

resource "aws_s3_bucket" "sepa_exports" {{
  bucket = "{tok(6, LO)}-sepa-exports"
}}"""
        sec = [("vendor_key", a), ("vendor_key", s)]
    else:
        g = v_github() if R.random() < 0.5 else v_gitlab()
        prov = "github" if g.startswith("gh") or g.startswith("github") else "gitlab"
        body = f"""provider "{prov}" {{
  token = "{g}"
  owner = "{tok(7, LO)}"
}}

resource "{prov}_actions_secret" "sportello" {{
  repository      = "payments-api"
  secret_name     = "SPORTELLO_CLIENT_SECRET"
  plaintext_value = var.sportello_client_secret
}}"""
        sec = [("vendor_key", g)]
    return "hcl", "hcl", body, sec


@pos
def p_tf_heredoc(lang):
    k = pem_private(PRIV_TYPES[0])
    body = f"""resource "kubernetes_secret" "qseal" {{
  metadata {{
    name      = "psd2-qseal"
    namespace = "payments"
  }}
  data = {{
    "tls.key" = <<-EOT
{k}
EOT
  }}
}}"""
    return "hcl", "hcl", body, [("private_key", k)]


@pos
def p_pulumi(lang):
    t = access_token()
    body = f"""# Pulumi.prod.yaml
config:
  aws:region: eu-west-1
  shop:sportelloBaseUrl: https://{host()}
  shop:sportelloApiKey: {t}
  shop:dbPassword:
    secure: v1:{tok(16, B64)}:{tok(R.randint(40, 80), B64)}"""
    if R.random() < 0.5:
        body = f"$ pulumi config set shop:sportelloApiKey {t}\n$ pulumi up --stack prod\n\n" + body
    return "pulumi", "yaml", body, [("access_token", t)]


@pos
def p_nix(lang):
    s = client_secret()
    if R.random() < 0.5:
        body = f"""{{ config, pkgs, ... }}:
{{
  systemd.services.sportello-bridge = {{
    wantedBy = [ "multi-user.target" ];
    environment = {{
      SPORTELLO_BASE_URL = "https://{host()}";
      SPORTELLO_CLIENT_SECRET = "{s}";
    }};
    serviceConfig.ExecStart = "${{pkgs.sportello-bridge}}/bin/bridge";
  }};
}}"""
    else:
        body = f"""  # {L(lang, 'file env per il bridge', 'env file for the bridge')}
  environment.etc."sportello/bridge.env".text = ''
    SPORTELLO_CLIENT_ID={client_id()}
    SPORTELLO_CLIENT_SECRET={s}
  '';"""
    return "nix", "nix", body, [("client_secret", s)]


@pos
def p_config_langs(lang):
    s = client_secret()
    pw = password().replace("'", "").replace('"', "").replace("\\", "")
    which = pick(["jsonnet", "cue", "dhall"])
    if which == "jsonnet":
        body = f"""// sportello.libsonnet
local creds = {{
  clientId: '{client_id()}',
  clientSecret: '{s}',
}};
{{
  sportello: creds {{ baseUrl: 'https://{host()}' }},
  db: {{ user: 'pay', password: '{pw}' }},
}}"""
    elif which == "cue":
        body = f"""package config

sportello: {{
	baseUrl:      "https://{host()}"
	clientId:     "{client_id()}"
	clientSecret: "{s}"
}}
db: password: "{pw}\""""
    else:
        body = f"""-- config.dhall
let Sportello = {{ baseUrl : Text, clientId : Text, clientSecret : Text }}
in  {{ sportello = {{ baseUrl = "https://{host()}"
                  , clientId = "{client_id()}"
                  , clientSecret = "{s}"
                  }} : Sportello
    , dbPassword = "{pw}"
    }}"""
    return which, which, body, [("client_secret", s), ("password", pw)]


@pos
def p_bicep(lang):
    pw = password().replace("'", "").replace('"', "")
    if R.random() < 0.5:
        body = f"""@secure()
param sqlAdminPassword string = '{pw}'
param location string = resourceGroup().location

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {{
  name: 'sql-{tok(6, LO)}'
  location: location
  properties: {{
    administratorLogin: 'sqladmin'
    administratorLoginPassword: sqlAdminPassword
  }}
}}"""
        st = "bicep"
    else:
        body = f"""{{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {{
    "administratorLogin": {{ "value": "sqladmin" }},
    "administratorLoginPassword": {{ "value": "{pw}" }},
    "location": {{ "value": "westeurope" }}
  }}
}}"""
        st = "arm"
    return st, "", body, [("password", pw)]


@pos
def p_ansible(lang):
    s = client_secret()
    pw = pw_nosym()
    if R.random() < 0.5:
        body = f"""# group_vars/prod/main.yml
sportello_base_url: "https://{host()}"
sportello_client_id: "{client_id()}"
sportello_client_secret: "{s}"
ansible_become_pass: {pw}"""
        sec = [("client_secret", s), ("password", pw)]
    else:
        body = f"""[payments]
app01 ansible_host=10.0.{R.randint(0, 9)}.{R.randint(2, 250)} ansible_user=deploy ansible_password={pw}
app02 ansible_host=10.0.{R.randint(0, 9)}.{R.randint(2, 250)} ansible_user=deploy ansible_password={pw}

[payments:vars]
ansible_python_interpreter=/usr/bin/python3"""
        sec = [("password", pw)]
    return "ansible", "yaml", body, sec


@pos
def p_hiera_chef_salt(lang):
    t = access_token()
    pw = pw_nosym()
    which = pick(["hiera", "chef", "salt"])
    if which == "hiera":
        body = f"""# hieradata/prod.yaml
profile::sportello::base_url: 'https://{host()}'
profile::sportello::api_key: '{t}'
profile::postgres::password: '{pw}'
lookup_options:
  profile::sportello::api_key:
    convert_to: Sensitive"""
    elif which == "chef":
        body = f"""$ knife data bag show sportello prod -F json
{{
  "id": "prod",
  "api_key": "{t}",
  "db_password": "{pw}",
  "base_url": "https://{host()}"
}}"""
    else:
        body = f"""# /srv/pillar/sportello.sls
sportello:
  base_url: https://{host()}
  api_key: {t}
  db:
    user: pay
    password: {pw}"""
    return which, "yaml", body, [("access_token", t), ("password", pw)]


@pos
def p_gradle(lang):
    t = access_token()
    pw = pw_nosym()
    if R.random() < 0.5:
        body = f"""# gradle.properties
org.gradle.jvmargs=-Xmx2048m
sportelloApiKey={t}
nexusUsername=deploy
nexusPassword={pw}"""
        sec = [("access_token", t), ("password", pw)]
    else:
        body = f"""android {{
    defaultConfig {{
        applicationId "it.{tok(6, LO)}.app"
        versionCode {R.randint(10, 400)}
        buildConfigField "String", "SPORTELLO_API_KEY", "\\"{t}\\""
        buildConfigField "String", "SPORTELLO_BASE_URL", "\\"https://{host()}\\""
    }}
}}"""
        sec = [("access_token", t)]
    return "gradle", "groovy", body, sec


@pos
def p_kts(lang):
    t = access_token()
    body = f"""#!/usr/bin/env kotlin
@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")

import okhttp3.*

val token = "{t}"
val req = Request.Builder()
    .url("https://{host()}/v2/refunds?status=PENDING")
    .header("Authorization", "Bearer $token")
    .build()
println(OkHttpClient().newCall(req).execute().body?.string())"""
    return "kotlin", "kotlin", body, [("access_token", t)]


@pos
def p_powershell(lang):
    pw = password().replace('"', "").replace("$", "").replace("`", "")
    if R.random() < 0.5:
        body = f"""Configuration SportelloBridge {{
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    $pw   = ConvertTo-SecureString "{pw}" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_sportello", $pw)
    Node 'APP01' {{
        Service Bridge {{
            Name        = 'SportelloBridge'
            Credential  = $cred
            StartupType = 'Automatic'
        }}
    }}
}}"""
        sec = [("password", pw)]
    else:
        t = access_token()
        body = f"""$headers = @{{ Authorization = "Bearer {t}"; Accept = "application/json" }}
Invoke-RestMethod -Uri "https://{host()}/v2/payments/{pay_id()}" -Headers $headers -Method Get"""
        sec = [("access_token", t)]
    return "powershell", "powershell", body, sec


@pos
def p_makefile(lang):
    if R.random() < 0.5:
        t = access_token()
        body = f"""SPORTELLO_TOKEN ?= {t}
BASE := https://{host()}/v2

.PHONY: smoke
smoke:
\tcurl -sf -H "Authorization: Bearer $(SPORTELLO_TOKEN)" $(BASE)/health
\tcurl -sf -H "Authorization: Bearer $(SPORTELLO_TOKEN)" $(BASE)/payments?limit=1"""
        sec = [("access_token", t)]
    else:
        cid, s = client_id(), client_secret()
        body = f"""token:
\t@curl -s -u {cid}:{s} -d grant_type=client_credentials https://{host()}/oauth2/token | jq -r .access_token > .token

test: token
\tcargo test -- --nocapture"""
        sec = [("client_secret", s)]
    return "makefile", "make", body, sec


@pos
def p_dockerfile(lang):
    s = client_secret()
    n = v_npm()
    body = f"""FROM rust:1.{R.randint(70, 84)} AS build
ARG NPM_TOKEN={n}
WORKDIR /app
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
ENV SPORTELLO_BASE_URL=https://{host()} \\
    SPORTELLO_CLIENT_SECRET={s}
COPY --from=build /app/target/release/bridge /usr/local/bin/bridge
CMD ["bridge"]"""
    return "dockerfile", "dockerfile", body, [("vendor_key", n), ("client_secret", s)]


@pos
def p_systemd(lang):
    t = access_token()
    pw = pw_nosym()
    body = f"""# /etc/systemd/system/sportello-bridge.service
[Unit]
Description=Sportello bridge
After=network-online.target

[Service]
User=bridge
Environment="SPORTELLO_TOKEN={t}"
Environment=DATABASE_URL=postgres://bridge:{pw}@127.0.0.1:5432/bridge
ExecStart=/opt/bridge/bin/bridge
Restart=on-failure"""
    return "systemd", "ini", body, [("access_token", t), ("password", pw)]


@pos
def p_crontab(lang):
    t = access_token()
    body = f"""$ crontab -l
# {L(lang, 'scarico movimenti ogni 15 minuti', 'pull transactions every 15 minutes')}
*/15 * * * * curl -s -H "X-Api-Key: {t}" "https://{host()}/v2/transactions?since=$(date -d '-20 min' +\\%s)" >> /var/log/movimenti.json 2>&1
0 3 * * * /opt/scripts/rotate-logs.sh"""
    return "crontab", "", body, [("access_token", t)]


@pos
def p_dotfiles(lang):
    pw = pw_nosym()
    which = pick(["netrc", "pgpass", "mycnf"])
    if which == "netrc":
        body = f"""$ cat ~/.netrc
machine {host()}
  login {pick(['svc_sync', 'integrazione', 'deploy'])}
  password {pw}
machine github.com login {tok(7, LO)} password {(g := v_github())}"""
        sec = [("password", pw), ("vendor_key", g)]
    elif which == "pgpass":
        body = f"""$ cat ~/.pgpass
db01.internal:5432:payments:pay_app:{pw}
*:5432:*:readonly:{(p2 := pw_nosym())}"""
        sec = [("password", pw), ("password", p2)]
    else:
        body = f"""# ~/.my.cnf
[client]
user=pay_report
password="{pw}"
host=mysql01.internal
default-character-set=utf8mb4"""
        sec = [("password", pw)]
    return which, "", body, sec


@pos
def p_build_output(lang):
    s = client_secret()
    t = access_token()
    r = R.random()
    if r < 0.33:
        body = f"""$ mix test test/sportello_test.exs
..
  1) test token refresh (Shop.SportelloTest)
     test/sportello_test.exs:{R.randint(10, 90)}
     Assertion with == failed
     code:  assert resp.status == 200
     left:  401
     right: 200
     stacktrace:
       test/sportello_test.exs:{R.randint(10, 90)}: (test)
     req headers: [{{"authorization", "Bearer {t}"}}]

Finished in {R.randint(1, 9)}.{R.randint(0, 9)} seconds
{R.randint(3, 40)} tests, 1 failure"""
        sec = [("access_token", t)]
    elif r < 0.66:
        body = f"""[info] running shop.Main
[info] Loaded config: Map(baseUrl -> https://{host()}, clientId -> {client_id()}, clientSecret -> {s}, timeout -> 30s)
[error] java.net.ConnectException: Connection refused
[error] (Compile / run) java.net.ConnectException: Connection refused
[error] Total time: {R.randint(2, 60)} s, completed {date_s()}"""
        sec = [("client_secret", s)]
    else:
        body = f"""---- tests::token_roundtrip stdout ----
thread 'tests::token_roundtrip' panicked at src/auth.rs:{R.randint(20, 300)}:9:
assertion `left == right` failed
  left: Some("Bearer {t}")
 right: None
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

failures:
    tests::token_roundtrip

test result: FAILED. {R.randint(5, 60)} passed; 1 failed; 0 ignored"""
        sec = [("access_token", t)]
    return pick(["mix", "sbt", "cargo"]) if False else {0: "mix", 1: "sbt", 2: "cargo"}[0 if r < 0.33 else 1 if r < 0.66 else 2], "", body, sec


@pos
def p_otp_test(lang):
    o = otp(6)
    cons = uuid4()
    which = pick(["elixir", "scala", "rust", "ocaml", "julia"])
    if which == "elixir":
        body = f"""test "{L(lang, 'conferma SCA con codice SMS', 'SCA confirm with SMS code')}" do
  consent_id = "{cons}"
  assert {{:ok, %{{status: "valid"}}}} = Sca.confirm(consent_id, "{o}")
end"""
    elif which == "scala":
        body = f"""it should "{L(lang, 'confermare il consenso', 'confirm the consent')}" in {{
  val consentId = "{cons}"
  sca.confirm(consentId, otp = "{o}").futureValue.status shouldBe "valid"
}}"""
    elif which == "rust":
        body = f"""#[test]
fn sca_confirm() {{
    let consent = \"{cons}\";
    assert!(sca::confirm(consent, \"{o}\").is_ok());
}}"""
    elif which == "ocaml":
        body = f"""let%test "sca confirm" =
  let consent = "{cons}" in
  Sca.confirm ~consent ~otp:"{o}" = Ok `Valid"""
    else:
        body = f"""@testset "SCA" begin
    consent = "{cons}"
    @test confirm(consent; otp = "{o}").status == "valid"
end"""
    return which, which, body, [("pin", o)]


@pos
def p_email_wrapped(lang):
    t = jwt()
    w = R.randint(60, 76)
    wrapped = "\n".join(t[i:i + w] for i in range(0, len(t), w))
    who = person(lang)
    if lang == "it":
        body = f"""Ciao,
il collega dice che il token che generiamo con la nostra libreria OCaml è diverso da quello di Postman. Questo è quello che esce:

{wrapped}

e con questo la chiamata a /v2/accounts torna 403. Lo stesso token su Postman funziona.

{who}"""
    else:
        body = f"""Hi,
my colleague says the token our Haskell wrapper generates differs from Postman's. This is what it prints:

{wrapped}

and /v2/accounts answers 403 with it. Same token works in Postman.

{who}"""
    return "email", "", body, [("access_token", wrapped)]


@pos
def p_bank_fixture(lang):
    which = pick(["uk", "it", "de", "fr", "es"])
    nm = person(lang)
    if which == "uk":
        sc = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
        acc = tok(8, DI)
        body = f"""// PayeeSpec.scala
val payee = Payee(
  name = "{nm}",
  sortCode = "{sc}",
  accountNumber = "{acc}",
  reference = "INV-{R.randint(1000, 9999)}"
)"""
        sec = [("bank_account", acc)]
        st = "scala"
    elif which == "it":
        c, abi, cab, conto = it_parts()
        bban = c + abi + cab + conto
        body = f"""// {L(lang, 'BBAN del conto di test del cliente', 'test customer BBAN')}
val beneficiario = Beneficiario(
    intestatario = "{nm}",
    bban = "{bban}",
    abi = "{abi}", cab = "{cab}"
)"""
        sec = [("bank_account", bban)]
        st = "kotlin"
    elif which == "de":
        blz, kto = tok(8, DI), tok(10, DI)
        body = f"""(def {L(lang, 'beneficiario', 'payee')} {{:name "{nm}" :blz "{blz}" :kontonummer "{kto}" :betrag {R.randint(10, 9000)}M}})"""
        sec = [("bank_account", kto)]
        st = "clojure"
    elif which == "fr":
        b, g, c = tok(5, DI), tok(5, DI), tok(11, DI)
        key = "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
        rib = f"{b} {g} {c} {key}"
        body = f"""my %rib = (titulaire => '{nm}', rib => '{rib}');  # {L(lang, 'RIB del fornitore francese', 'French supplier RIB')}"""
        sec = [("bank_account", rib)]
        st = "perl"
    else:
        ccc = f"{tok(4, DI)} {tok(4, DI)} {tok(2, DI)} {tok(10, DI)}"
        body = f"""Payee := TPayee.Create('{nm}', '{ccc}');  {{ {L(lang, 'CCC spagnolo', 'Spanish CCC')} }}"""
        sec = [("bank_account", ccc)]
        st = "delphi"
    return st, "", body, sec


@pos
def p_escaped_pem(lang):
    k = pem_private(pick(PRIV_TYPES[:3]), sep="\\n")
    which = pick(["elixir", "hcl", "jsonnet", "rust"])
    if which == "elixir":
        body = f"""config :shop, :mtls,
  cert: File.read!("priv/qwac.pem"),
  key: "{k}\\n\""""
    elif which == "hcl":
        body = f"""resource "vault_generic_secret" "qseal" {{
  path      = "secret/psd2/qseal"
  data_json = jsonencode({{ key = "{k}\\n" }})
}}"""
    elif which == "jsonnet":
        body = f"""{{
  qseal: {{ keyId: '{tok(10, LO + DI)}', pem: '{k}\\n' }},
}}"""
    else:
        body = f"""let pem = "{k}\\n";
let identity = reqwest::Identity::from_pem(pem.as_bytes())?;"""
    return which, which, body, [("private_key", k)]


@pos
def p_vendor_in_lang(lang):
    v = vendor_key()
    which = pick(["elixir", "perl", "r", "julia", "lua", "tcl", "scala", "haskell", "dart", "groovy"])
    nm = ("SLACK_WEBHOOK" if "hooks.slack" in v or v.startswith("xox") else "STRIPE_KEY" if v.startswith(("sk_", "rk_")) else
          "GITHUB_TOKEN" if v.startswith(("gh", "github_")) else "SENDGRID_KEY" if v.startswith("SG.") else "VENDOR_KEY")
    lines = {
        "elixir": f'config :shop, :notifier, {nm.lower()}: "{v}"',
        "perl": f"my ${nm.lower()} = '{v}';",
        "r": f'{nm.lower()} <- "{v}"',
        "julia": f'const {nm} = "{v}"',
        "lua": f'local {nm.lower()} = "{v}"',
        "tcl": f'set {nm.lower()} "{v}"',
        "scala": f'val {nm.lower()} = "{v}"',
        "haskell": f'{nm.lower().replace("_", "")} = "{v}"',
        "dart": f"const {nm.lower()} = '{v}';",
        "groovy": f"def {nm.lower()} = '{v}'",
    }
    c = {"elixir": "#", "perl": "#", "r": "#", "julia": "#", "lua": "--", "tcl": "#", "scala": "//", "haskell": "--", "dart": "//", "groovy": "//"}[which]
    body = f"""{c} {L(lang, 'notifiche di errore sui pagamenti', 'payment failure notifications')}
{lines[which]}"""
    return which, which, body, [("vendor_key", v)]


@pos
def p_jenkinsfile(lang):
    t = access_token()
    pw = pw_nosym()
    body = f"""pipeline {{
  agent any
  stages {{
    stage('Contract tests') {{
      steps {{
        withEnv(["SPORTELLO_TOKEN={t}", "DB_PASS={pw}"]) {{
          sh './gradlew contractTest'
        }}
      }}
    }}
  }}
}}"""
    return "groovy", "groovy", body, [("access_token", t), ("password", pw)]


@pos
def p_chat_paste(lang):
    """a chat where the value comes a few lines below its name."""
    t = access_token()
    a = person(lang).split()[0].lower()
    b = person(lang).split()[0].lower()
    lang_name = pick(["Elixir", "Rust", "Scala", "R", "Julia", "Perl", "Delphi", "COBOL"])
    hh, mm = R.randint(8, 18), R.randint(0, 50)
    hhmm_ = iter(f"{hh:02d}:{mm + i:02d}" for i in range(10))
    hhmm = lambda: next(hhmm_)
    if lang == "it":
        body = f"""[{hhmm()}] {a}: ho messo la chiave nel modulo {lang_name} ma continua a dare 401
[{hhmm()}] {b}: quale chiave?
[{hhmm()}] {a}: quella del portale, sezione API
[{hhmm()}] {a}: eccola
[{hhmm()}] {a}: {t}
[{hhmm()}] {b}: ok la provo io da curl"""
    else:
        body = f"""[{hhmm()}] {a}: put the key into the {lang_name} module but still 401
[{hhmm()}] {b}: which key?
[{hhmm()}] {a}: the one from the portal, API section
[{hhmm()}] {a}: here
[{hhmm()}] {a}: {t}
[{hhmm()}] {b}: ok let me try it with curl"""
    return "chat", "", body, [("access_token", t)], "bare"


@pos
def p_refresh_store(lang):
    rt = refresh_token()
    t = access_token()
    which = pick(["erlang", "clojure", "r"])
    if which == "erlang":
        body = f"""1> sportello_token_cache:dump().
#{{access_token => <<"{t}">>,
  refresh_token => <<"{rt}">>,
  expires_at => {R.randint(1790000000, 1800000000)},
  scope => <<"payments">>}}"""
    elif which == "clojure":
        body = f"""user=> @token-store
{{:access-token "{t}", :refresh-token "{rt}", :expires-in 3600, :token-type "Bearer"}}"""
    else:
        body = f"""> str(tok)
List of 4
 $ access_token : chr "{t}"
 $ refresh_token: chr "{rt}"
 $ expires_in   : int 3600
 $ token_type   : chr "Bearer\""""
    return which, "", body, [("access_token", t), ("refresh_token", rt)]


# ============================ NEGATIVE (must pass) =========================
@neg
def n_rust_env(lang):
    e = envname()
    body = f"""use std::env;

fn config() -> anyhow::Result<Config> {{
    Ok(Config {{
        base_url: env::var("SPORTELLO_BASE_URL").unwrap_or_else(|_| "https://{host()}".into()),
        client_id: "{client_id()}".to_string(),
        {cm(lang, 'il segreto arriva da Vault tramite env', 'the secret comes from Vault via env')}
        client_secret: env::var("{e}").context("{e} missing")?,
    }})
}}

// Error: {e} missing
// Caused by: environment variable not found
// request id {uuid4()}"""
    return "rust", "rust", body


@neg
def n_cargo_lock(lang):
    pk = []
    for nm in R.sample(["reqwest", "hyper", "tokio", "serde", "serde_json", "rustls", "hmac", "sha2", "base64", "jsonwebtoken", "ring", "url", "http", "bytes"], 4):
        pk.append(f"""[[package]]
name = "{nm}"
version = "{version()}"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{sha256()}\"""")
    body = f"# Cargo.lock ({L(lang, 'estratto', 'excerpt')})\n" + "\n\n".join(pk)
    body += "\n\n" + L(lang, f"Con reqwest {version()} il client sportello compila, con l'ultima no.",
                      f"With reqwest {version()} the sportello client builds, with the latest it doesn't.")
    return "toml", "toml", body


@neg
def n_elixir_env(lang):
    body = f"""import Config

config :shop, Shop.Sportello,
  base_url: System.get_env("SPORTELLO_BASE_URL", "https://{host()}"),
  client_id: "{client_id()}",
  client_secret: System.fetch_env!("SPORTELLO_CLIENT_SECRET"),
  webhook_secret: System.get_env("SPORTELLO_WEBHOOK_SECRET")

config :shop, Shop.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")"""
    if R.random() < 0.5:
        body += f"""

** (System.EnvError) could not fetch environment variable "SPORTELLO_CLIENT_SECRET" because it is not set
    (elixir 1.{R.randint(14, 17)}.{R.randint(0, 4)}) lib/system.ex:{R.randint(600, 800)}: System.fetch_env!/1"""
    return "elixir", "elixir", body


@neg
def n_erlang_env(lang):
    body = f"""init([]) ->
    Secret = case os:getenv("SPORTELLO_CLIENT_SECRET") of
                 false -> erlang:error(missing_secret);
                 V -> list_to_binary(V)
             end,
    {{ok, ClientId}} = application:get_env(sportello, client_id),
    %% {L(lang, 'il cookie è in ~/.erlang.cookie, non nel vm.args', 'the cookie lives in ~/.erlang.cookie, not in vm.args')}
    {{ok, #state{{client_id = ClientId, secret = Secret, node = '{pick(['shop', 'ledger'])}@10.0.1.{R.randint(2, 250)}'}}}}."""
    return "erlang", "erlang", body


@neg
def n_hocon_env(lang):
    body = f"""sportello {{
  base-url = "https://{host()}"
  client-id = "{client_id()}"
  client-secret = ${{SPORTELLO_CLIENT_SECRET}}
  refresh-token = ${{?SPORTELLO_REFRESH_TOKEN}}
  request-timeout = {R.randint(5, 60)}s
}}

// build.sbt
credentials += Credentials(Path.userHome / ".sbt" / ".credentials")
libraryDependencies += "io.sportello" %% "sportello-client" % "{version()}\""""
    return "hocon", "", body


@neg
def n_clojure_env(lang):
    body = f""";; resources/config.edn (aero)
{{:sportello {{:base-url #or [#env SPORTELLO_BASE_URL "https://{host()}"]
             :client-id "{client_id()}"
             :api-key #env SPORTELLO_API_KEY}}
 :db {{:password #env DB_PASSWORD}}
 :port #long #or [#env PORT 3000]}}

(def api-key (System/getenv "SPORTELLO_API_KEY"))"""
    return "clojure", "clojure", body


@neg
def n_haskell_ocaml_env(lang):
    if R.random() < 0.5:
        body = f"""main :: IO ()
main = do
  token <- getEnv "SPORTELLO_TOKEN"
  mSecret <- lookupEnv "SPORTELLO_CLIENT_SECRET"
  -- {L(lang, 'se manca usiamo il flusso interattivo', 'if missing, fall back to the interactive flow')}
  let req = setRequestHeader "Authorization" ["Bearer " <> BS.pack token]
          $ parseRequest_ "GET https://{host()}/v2/payments/{pay_id()}"
  httpJSON req >>= print . getResponseBody"""
        return "haskell", "haskell", body
    body = f"""let client_secret = Sys.getenv "SPORTELLO_CLIENT_SECRET"
let client_id = Sys.getenv_opt "SPORTELLO_CLIENT_ID" |> Option.value ~default:"{client_id()}"
(* Fatal error: exception Not_found  <- {L(lang, 'quando la variabile non è impostata', 'when the variable is not set')} *)"""
    return "ocaml", "ocaml", body


@neg
def n_dart_env(lang):
    body = f"""// lib/config.dart
const sportelloEnv = String.fromEnvironment('SPORTELLO_ENV', defaultValue: 'sandbox');
const apiKey = String.fromEnvironment('SPORTELLO_API_KEY');

// main.dart
await dotenv.load(fileName: ".env");
final key = dotenv.env['SPORTELLO_API_KEY'] ?? '';
assert(key.isNotEmpty, 'SPORTELLO_API_KEY missing');

$ flutter build ipa --dart-define=SPORTELLO_ENV=production --dart-define-from-file=secrets.json
Building it.{tok(6, LO)}.app for device (ios-release)...
Built build/ios/ipa ({R.randint(20, 90)}.{R.randint(0, 9)}MB)."""
    return "dart", "", body


@neg
def n_xcconfig(lang):
    body = f"""// Release.xcconfig
#include? "Secrets.xcconfig"
SPORTELLO_BASE_URL = https:/$()/{host()}/v2
SPORTELLO_API_KEY = $(SPORTELLO_API_KEY_FROM_CI)
SPORTELLO_CLIENT_ID = {client_id()}
PRODUCT_BUNDLE_IDENTIFIER = it.{tok(6, LO)}.app
CURRENT_PROJECT_VERSION = {R.randint(100, 9999)}
MARKETING_VERSION = {version()}
DEVELOPMENT_TEAM = {tok(10, UP + DI)}"""
    return "xcconfig", "", body


@neg
def n_objc_swift_env(lang):
    if R.random() < 0.5:
        body = f"""NSString *secret = [[NSBundle mainBundle] objectForInfoDictionaryKey:@"SportelloClientSecret"];
NSString *fromEnv = [[[NSProcessInfo processInfo] environment] objectForKey:@"SPORTELLO_CLIENT_SECRET"];
NSLog(@"secret set: %@, request %@", secret.length ? @"YES" : @"NO", @"{uuid4()}");"""
        return "objc", "objc", body
    body = f"""let secret = try keychain.get("sportello.clientSecret") ?? ""
let env = ProcessInfo.processInfo.environment["SPORTELLO_API_KEY"] ?? "<missing>"
let config = SportelloConfiguration(clientId: "{client_id()}", clientSecret: secret, environment: .sandbox)
// Console: SportelloKit {version()} – paymentId={pay_id()} status=AUTHORISED amount={amount()} EUR"""
    return "swift", "swift", body


@neg
def n_r_env(lang):
    body = f"""token <- Sys.getenv("SPORTELLO_TOKEN")
if (identical(token, "")) stop("{L(lang, 'manca SPORTELLO_TOKEN in .Renviron', 'SPORTELLO_TOKEN missing from .Renviron')}")
secret <- keyring::key_get("sportello", "client_secret")

res <- httr::GET("https://{host()}/v2/payments/{pay_id()}",
                 httr::add_headers(Authorization = paste("Bearer", token)))
httr::status_code(res)
#> [1] {pick([401, 403, 404, 200])}"""
    return "r", "r", body


@neg
def n_julia_matlab_env(lang):
    if R.random() < 0.5:
        body = f"""const TOKEN = get(ENV, "SPORTELLO_TOKEN") do
    error("{L(lang, 'imposta SPORTELLO_TOKEN', 'set SPORTELLO_TOKEN')}")
end
r = HTTP.get("https://{host()}/v2/balances"; headers = ["Authorization" => "Bearer $TOKEN"])
# ERROR: HTTP.Exceptions.StatusError(401, "GET", "/v2/balances", HTTP.Messages.Response:
#   x-request-id: {uuid4()}"""
        return "julia", "julia", body
    body = f"""token = getenv('SPORTELLO_TOKEN');
if isempty(token), error('SPORTELLO_TOKEN non impostato'); end
opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' token]}}, 'Timeout', {R.randint(10, 60)});
data = webread('https://{host()}/v2/statements?from={date_s()}', opts);
% Error using webread: The server returned the status 401 with message "Unauthorized\""""
    return "matlab", "matlab", body


@neg
def n_nginx_env(lang):
    body = f"""env SPORTELLO_API_KEY;

http {{
  server {{
    location /api/ {{
      set_by_lua_block $api_key {{ return os.getenv("SPORTELLO_API_KEY") }}
      proxy_set_header X-Api-Key $api_key;
      proxy_set_header Authorization $http_authorization;
      proxy_set_header X-Request-Id $request_id;
      proxy_pass https://{host()}/v2/;
    }}
  }}
}}
# error.log: upstream prematurely closed connection, request: "GET /api/payments/{pay_id()} HTTP/1.1", request_id: "{hexs(32)}\""""
    return "nginx", "nginx", body


@neg
def n_perl_env(lang):
    body = f"""my $ua  = LWP::UserAgent->new;
my $key = $ENV{{SPORTELLO_API_KEY}} or die "SPORTELLO_API_KEY {L(lang, 'non impostata', 'not set')}\\n";
my $dbh = DBI->connect($ENV{{DB_DSN}}, $ENV{{DB_USER}}, $ENV{{DB_PASS}}, {{ RaiseError => 1 }});
my $res = $ua->get("https://{host()}/v2/payments/{pay_id()}", 'X-Api-Key' => $key);
print $res->status_line, "\\n";   # 404 Not Found"""
    return "perl", "perl", body


@neg
def n_vba_env(lang):
    body = f"""Sub AggiornaIncassi()
    Dim apiKey As String
    apiKey = Environ("SPORTELLO_API_KEY")
    If apiKey = "" Then
        MsgBox "{L(lang, 'Chiave API mancante: chiedere a IT', 'API key missing: ask IT')}"
        Exit Sub
    End If
    ' {L(lang, 'carta mascherata come la restituisce il provider', 'card masked as the provider returns it')}: {masked_card()}
    Sheets("Incassi").Range("A1").Value = "{pay_id()}"
End Sub"""
    return "vba", "vba", body


@neg
def n_cobol(lang):
    bc = bad_card().replace(" ", "").replace("-", "").replace(".", "")
    md = masked_card()
    body = f"""      *> {L(lang, 'TRACCIATO RECORD ESITI', 'RESULT RECORD LAYOUT')}
       01  WS-ESITO.
           05  WS-ID-PAGAMENTO  PIC X(24) VALUE '{pay_id()[:24]}'.
           05  WS-PAN-MASK      PIC X(19) VALUE '{md[:19]}'.
           05  WS-PAN-SCARTO    PIC X(19) VALUE '{bc}'.
           05  WS-ABI           PIC X(05) VALUE '{pick(ABIS)}'.
           05  WS-CAB           PIC X(05) VALUE '{tok(5, DI)}'.
           05  WS-IMPORTO       PIC 9(9)V99 VALUE {R.randint(1, 9999)}.{R.randint(0, 99):02d}.
      *> {L(lang, 'IL PAN DI SCARTO NON SUPERA IL CONTROLLO LUHN', 'THE REJECTED PAN FAILS THE LUHN CHECK')}"""
    return "cobol", "", body


@neg
def n_jcl(lang):
    job = tok(6, UP)
    body = f"""//{job}J JOB (ACCT{R.randint(100, 999)}),'SEPA OUT',CLASS=A,MSGCLASS=X,
//         NOTIFY=&SYSUID,REGION=0M
//*  {L(lang, 'LE CREDENZIALI FTP SONO NEL NETRC RACF-PROTETTO', 'FTP CREDENTIALS ARE IN THE RACF-PROTECTED NETRC')}
//STEP01   EXEC PGM=FTP,PARM='sftp.{host()} (EXIT'
//NETRC    DD DSN=SYS1.FTP.NETRC,DISP=SHR
//INPUT    DD *
PUT 'PROD.SEPA.PAIN001' pain001_{date_s().replace('-', '')}.xml
QUIT
/*
$HASP165 {job}J ENDED AT N1  MAXCC=0{R.choice(['0', '4', '8'])}  CN(INTERNAL)
JOB{R.randint(10000, 99999)}"""
    return "jcl", "", body


@neg
def n_abap(lang):
    if lang == "it":
        body = f"""SM59 - Destinazioni RFC
Destinazione:      ZSPORTELLO_PROD
Tipo connessione:  G  Connessione HTTP a server esterno
Host di destinaz.: {host()}   Porta: 443
Logon e sicurezza: Autenticazione di base
  Utente:          RFC_SPORT
  Password:        ******** (è memorizzata)
SSL: Attivo   ID SSL client: DFAULT
Test connessione: HTTP 401 Unauthorized ({R.randint(80, 900)} ms)"""
    else:
        body = f"""SM59 - RFC Destinations
Destination:       ZSPORTELLO_PROD
Connection Type:   G  HTTP Connection to External Server
Target Host:       {host()}   Port: 443
Logon & Security:  Basic Authentication
  User:            RFC_SPORT
  Password:        is saved
SSL: Active   SSL Client ID: DFAULT
Connection Test: HTTP 401 Unauthorized ({R.randint(80, 900)} ms)"""
    return "abap", "", body


@neg
def n_apex(lang):
    body = f"""public with sharing class SportelloPayments {{
    public static HttpResponse get(String paymentId) {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('callout:Sportello_Prod/v2/payments/' + paymentId);
        req.setHeader('Authorization', 'Bearer {{!$Credential.OAuthToken}}');
        req.setHeader('X-Client-Id', '{client_id()}');
        req.setBody('{{"user":"{{!$Credential.UserName}}","pwd":"{{!$Credential.Password}}"}}');
        return new Http().send(req);
    }}
}}
// System.CalloutException: Unauthorized endpoint... paymentId={pay_id()}"""
    return "apex", "apex", body


@neg
def n_hardhat(lang):
    body = f"""require("dotenv").config();

module.exports = {{
  solidity: "0.8.{R.randint(17, 26)}",
  networks: {{
    sepolia: {{
      url: process.env.SEPOLIA_RPC_URL,
      accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [],
    }},
  }},
  etherscan: {{ apiKey: process.env.ETHERSCAN_API_KEY }},
}};

// deployed PaymentSplitter at {eth_addr()}
// tx: {eth_txhash()}
// treasury wallet: {eth_addr()}"""
    return "hardhat", "js", body


@neg
def n_solidity_chain(lang):
    body = f"""// SPDX-License-Identifier: MIT
pragma solidity ^0.8.{R.randint(17, 26)};

contract Settlement {{
    address public constant TREASURY = {eth_addr()};
    address public constant USDC = {eth_addr()};
    bytes32 public constant SETTLED_TOPIC = {eth_txhash()};
    event Settled(bytes32 indexed paymentId, uint256 amount);
}}"""
    body += "\n\n" + L(lang, f"La transazione {eth_txhash()} risulta confermata al blocco {R.randint(18000000, 21000000)} ma il vostro webhook non arriva.",
                       f"Transaction {eth_txhash()} is confirmed at block {R.randint(18000000, 21000000)} but your webhook never arrives.")
    return "solidity", "solidity", body


@neg
def n_tf_vars(lang):
    body = f"""variable "sportello_client_secret" {{
  type      = string
  sensitive = true
}}

data "vault_generic_secret" "sportello" {{
  path = "secret/payments/sportello"
}}

resource "kubernetes_secret" "sportello" {{
  metadata {{ name = "sportello" }}
  data = {{
    client_id     = "{client_id()}"
    client_secret = data.vault_generic_secret.sportello.data["client_secret"]
    api_key       = var.sportello_client_secret
  }}
}}

Outputs:
sportello_secret = <sensitive>"""
    return "hcl", "hcl", body


@neg
def n_tf_plan(lang):
    body = f"""  # aws_secretsmanager_secret_version.sportello will be updated in-place
  ~ resource "aws_secretsmanager_secret_version" "sportello" {{
        id            = "arn:aws:secretsmanager:eu-south-1:{tok(12, DI)}:secret:prod/sportello-{tok(6, ALNUM)}|{uuid4()}"
      ~ secret_string = (sensitive value)
        version_id    = "{uuid4()}"
    }}

  # aws_iam_access_key.ci (example from the docs)
        id     = "AKIAIOSFODNN7EXAMPLE"
        secret = (sensitive value)

Plan: 0 to add, {R.randint(1, 4)} to change, 0 to destroy."""
    return "hcl", "", body


@neg
def n_pulumi(lang):
    body = f"""# Pulumi.prod.yaml
encryptionsalt: v1:{tok(12, B64)}:v1:{tok(16, B64)}:{tok(32, B64)}
config:
  aws:region: eu-west-1
  shop:sportelloBaseUrl: https://{host()}
  shop:sportelloClientId: {client_id()}
  shop:sportelloApiKey:
    secure: v1:{tok(16, B64)}:{tok(R.randint(60, 100), B64)}

$ pulumi config get shop:sportelloApiKey
[secret]"""
    return "pulumi", "yaml", body


@neg
def n_nix(lang):
    body = f"""{{ config, pkgs, ... }}:
{{
  age.secrets.sportello.file = ../secrets/sportello.age;

  systemd.services.sportello-bridge = {{
    serviceConfig.EnvironmentFile = config.age.secrets.sportello.path;
    serviceConfig.ExecStart = "${{pkgs.sportello-bridge}}/bin/bridge";
  }};

  nixpkgs.overlays = [ (self: super: {{
    sportello-bridge = super.rustPlatform.buildRustPackage {{
      pname = "sportello-bridge";
      version = "{version()}";
      src = super.fetchFromGitHub {{
        owner = "{tok(7, LO)}"; repo = "bridge"; rev = "{sha1()}";
        hash = "{sri()}";
      }};
      cargoHash = "{sri()}";
    }};
  }}) ];
}}"""
    return "nix", "nix", body


@neg
def n_nix_legacy(lang):
    body = f"""src = fetchurl {{
  url = "https://github.com/{tok(6, LO)}/sportello-cli/archive/v{version()}.tar.gz";
  sha256 = "{nix32()}";
}};

$ nix-prefetch-url --unpack https://github.com/{tok(6, LO)}/sportello-cli/archive/v{version()}.tar.gz
path is '/nix/store/{nix32(32)}-v{version()}.tar.gz'
{nix32()}"""
    return "nix", "", body


@neg
def n_config_langs(lang):
    which = pick(["jsonnet", "cue", "dhall"])
    if which == "jsonnet":
        body = f"""local env = std.extVar('env');
{{
  sportello: {{
    baseUrl: 'https://{host()}',
    clientId: '{client_id()}',
    clientSecret: std.extVar('SPORTELLO_CLIENT_SECRET'),
  }},
}}"""
    elif which == "cue":
        body = f"""package config

sportello: {{
	baseUrl:      "https://{host()}"
	clientId:     "{client_id()}"
	clientSecret: string @tag(secret)
}}
// cue export -t secret=$SPORTELLO_CLIENT_SECRET"""
    else:
        body = f"""let token = env:SPORTELLO_TOKEN as Text
in  {{ baseUrl = "https://{host()}"
    , clientId = "{client_id()}"
    , token
    , sha = "{sha256()}"
    }}"""
    return which, which, body


@neg
def n_bicep(lang):
    body = f"""@secure()
param sqlAdminPassword string
param location string = resourceGroup().location

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {{
  name: 'kv-{tok(6, LO)}'
}}

module sql './sql.bicep' = {{
  name: 'sql'
  params: {{
    adminPassword: kv.getSecret('sql-admin-password')
    tenantId: '{uuid4()}'
  }}
}}"""
    if R.random() < 0.5:
        body = f"""{{
  "parameters": {{
    "administratorLoginPassword": {{
      "reference": {{
        "keyVault": {{ "id": "/subscriptions/{uuid4()}/resourceGroups/rg-pay/providers/Microsoft.KeyVault/vaults/kv-pay" }},
        "secretName": "sql-admin-password"
      }}
    }}
  }}
}}"""
        return "arm", "", body
    return "bicep", "", body


@neg
def n_ansible_vault(lang):
    hexlines = "\n".join("          " + hexs(80) for _ in range(R.randint(4, 8)))
    body = f"""# group_vars/prod/vault.yml
sportello_client_secret: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{hexlines}
sportello_client_id: "{client_id()}"
sportello_api_key: "{{{{ vault_sportello_api_key }}}}"
db_password: "{{{{ lookup('hashivault', 'secret/payments/db', 'password') }}}}"
"""
    return "ansible", "yaml", body


@neg
def n_sops(lang):
    body = f"""sportello:
    client_id: {client_id()}
    client_secret: ENC[AES256_GCM,data:{tok(40, B64)},iv:{tok(43, B64)}=,tag:{tok(22, B64)}==,type:str]
    api_key: ENC[AES256_GCM,data:{tok(56, B64)},iv:{tok(43, B64)}=,tag:{tok(22, B64)}==,type:str]
sops:
    kms: []
    age:
        - recipient: age1{tok(58, LO + DI)}
    lastmodified: "{ts()}"
    mac: ENC[AES256_GCM,data:{tok(60, B64)},iv:{tok(43, B64)}=,tag:{tok(22, B64)}==,type:str]
    version: 3.{R.randint(7, 9)}.{R.randint(0, 3)}"""
    return "sops", "yaml", body


@neg
def n_hiera_eyaml(lang):
    body = f"""# hieradata/prod.eyaml
profile::sportello::base_url: 'https://{host()}'
profile::sportello::api_key: >
    ENC[PKCS7,{tok(60, B64)}
    {tok(60, B64)}
    {tok(40, B64)}]
profile::sportello::client_id: '{client_id()}'"""
    return "hiera", "yaml", body


@neg
def n_chef_encrypted(lang):
    body = f"""$ knife data bag show sportello prod -F json
WARNING: Encrypted data bag detected, but no secret provided for decoding. Displaying encrypted data.
{{
  "id": "prod",
  "api_key": {{
    "encrypted_data": "{tok(64, B64)}\\n",
    "hmac": "{tok(43, B64)}=\\n",
    "iv": "{tok(16, B64)}\\n",
    "version": 3,
    "cipher": "aes-256-gcm"
  }}
}}"""
    return "chef", "json", body


@neg
def n_salt_gpg(lang):
    lines = "\n".join("    " + tok(64, B64) for _ in range(R.randint(4, 8)))
    body = f"""#!yaml|gpg
sportello:
  base_url: https://{host()}
  api_key: |
    -----BEGIN PGP MESSAGE-----

{lines}
    ={tok(4, B64)}
    -----END PGP MESSAGE-----"""
    return "salt", "yaml", body


@neg
def n_gradle_env(lang):
    body = f"""android {{
    defaultConfig {{
        applicationId "it.{tok(6, LO)}.app"
        versionCode {R.randint(10, 400)}
        versionName "{version()}"
        buildConfigField "String", "SPORTELLO_API_KEY", "\\"${{System.getenv('SPORTELLO_API_KEY') ?: ''}}\\""
        buildConfigField "String", "SPORTELLO_CLIENT_ID", "\\"{client_id()}\\""
    }}
}}
def nexusPassword = providers.gradleProperty("nexusPassword").orNull
def token = findProperty("sportelloToken") ?: "<unset>\""""
    return "gradle", "groovy", body


@neg
def n_kts_env(lang):
    body = f"""val token = System.getenv("SPORTELLO_TOKEN") ?: error("SPORTELLO_TOKEN not set")
val clientId = "{client_id()}"
val req = Request.Builder()
    .url("https://{host()}/v2/refunds/{pay_id()}")
    .header("Authorization", "Bearer $token")
    .header("X-Request-Id", "{uuid4()}")
    .build()"""
    return "kotlin", "kotlin", body


@neg
def n_powershell_env(lang):
    body = f"""$cred = Get-Credential -UserName "CORP\\svc_sportello" -Message "{L(lang, 'Password del servizio', 'Service password')}"
$token = $env:SPORTELLO_TOKEN
$secret = Get-Secret -Name SportelloClientSecret -AsPlainText -Vault CorpVault
$ConfigurationData = @{{ AllNodes = @(@{{ NodeName = 'APP01'; CertificateFile = 'C:\\dsc\\app01.cer'; Thumbprint = '{hexs(40).upper()}' }}) }}"""
    return "powershell", "powershell", body


@neg
def n_makefile(lang):
    body = f"""SPORTELLO_TOKEN ?= $(shell pass show sportello/sandbox-token)
CLIENT_SECRET := $(shell vault kv get -field=client_secret secret/sportello)
VERSION := {version()}
GIT_SHA := $(shell git rev-parse --short HEAD)

smoke:
\tcurl -sf -H "Authorization: Bearer $(SPORTELLO_TOKEN)" https://{host()}/v2/health

# make smoke → curl: (22) The requested URL returned error: 401 (build {sha1()[:12]})"""
    return "makefile", "make", body


@neg
def n_dockerfile(lang):
    body = f"""# syntax=docker/dockerfile:1.{R.randint(4, 9)}
FROM rust:1.{R.randint(70, 84)}@sha256:{sha256()} AS build
ARG SPORTELLO_API_KEY
WORKDIR /app
COPY . .
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
RUN cargo build --release

FROM gcr.io/distroless/cc-debian12@sha256:{sha256()}
ENV SPORTELLO_BASE_URL=https://{host()}
COPY --from=build /app/target/release/bridge /bridge"""
    return "dockerfile", "dockerfile", body


@neg
def n_systemd(lang):
    body = f"""[Service]
User=bridge
EnvironmentFile=/etc/sportello/bridge.env
LoadCredential=client_secret:/etc/credstore/sportello.client_secret
Environment=SPORTELLO_BASE_URL=https://{host()}
Environment=SPORTELLO_CLIENT_ID={client_id()}
ExecStart=/opt/bridge/bin/bridge --secret-file ${{CREDENTIALS_DIRECTORY}}/client_secret

$ journalctl -u sportello-bridge --since today
{date_s()} {hhmm()}:{R.randint(10, 59)} app01 bridge[{R.randint(1000, 40000)}]: token ok, expires in 3599s, trace={trace_id()}"""
    return "systemd", "ini", body


@neg
def n_crontab(lang):
    body = f"""$ crontab -l
SHELL=/bin/bash
# {L(lang, 'il token viene letto da ~/.config/sportello/token (chmod 600)', 'token read from ~/.config/sportello/token (chmod 600)')}
*/15 * * * * curl -s -H "Authorization: Bearer $(cat ~/.config/sportello/token)" "https://{host()}/v2/transactions" >> /var/log/tx.json
30 2 * * 1-5 /opt/scripts/export_sepa.sh --date "$(date +\\%F)" --batch {R.randint(100, 999)}"""
    return "crontab", "", body


@neg
def n_dotfiles_prose(lang):
    body = L(lang,
             f"""Ciao, una domanda: per lo script Perl che scarica gli estratti usiamo ~/.netrc con login e password del vostro SFTP. È supportato o dobbiamo passare a chiave SSH? La nostra chiave pubblica sarebbe questa:

{ssh_pub()}

Il file .pgpass invece l'abbiamo già tolto, le password ora sono in Vault.""",
             f"""Hi, quick question: our Perl statement downloader uses ~/.netrc with login and password for your SFTP. Is that supported or should we switch to an SSH key? Our public key would be:

{ssh_pub()}

We already removed the .pgpass file, passwords now live in Vault.""")
    return "email", "", body


@neg
def n_stacktrace(lang):
    which = pick(["elixir", "scala", "haskell", "rust"])
    if which == "elixir":
        body = f"""** (MatchError) no match of right hand side value: {{:error, %Tesla.Env{{status: 409, body: %{{"code" => "DUPLICATE_PAYMENT", "payment_id" => "{pay_id()}", "request_id" => "{uuid4()}"}}}}}}
    (shop 0.{R.randint(1, 9)}.0) lib/shop/payments.ex:{R.randint(20, 300)}: Shop.Payments.create/2
    (shop 0.{R.randint(1, 9)}.0) lib/shop/checkout.ex:{R.randint(20, 300)}: Shop.Checkout.finalize/1"""
    elif which == "scala":
        body = f"""sportello.client.ApiException: 422 Unprocessable Entity {{"error":"invalid_iban","field":"creditor.iban","trace_id":"{trace_id()}"}}
	at sportello.client.PaymentsApi.create(PaymentsApi.scala:{R.randint(20, 300)})
	at shop.Checkout$.$anonfun$pay$1(Checkout.scala:{R.randint(20, 300)})
	at scala.concurrent.impl.Promise$Transformation.run(Promise.scala:{R.randint(400, 500)})"""
    elif which == "haskell":
        body = f"""shop-exe: HttpExceptionRequest Request {{
  host                 = "{host()}"
  port                 = 443
  secure               = True
  requestHeaders       = [("Authorization","<REDACTED>"),("X-Request-Id","{uuid4()}")]
  path                 = "/v2/consents/{uuid4()}"
}}
 (StatusCodeException (Response {{responseStatus = Status {{statusCode = 403, statusMessage = "Forbidden"}}}}))"""
    else:
        body = f"""Error: reqwest::Error {{ kind: Status(401), url: "https://{host()}/v2/payments?cursor={tok(24, B64U)}" }}

Caused by:
    HTTP status client error (401 Unauthorized) for url (https://{host()}/v2/payments)
    x-request-id: {uuid4()}
    www-authenticate: Bearer error="invalid_token", error_description="The access token expired\""""
    return which, "", body


@neg
def n_fixture_lookalikes(lang):
    which = pick(["elixir", "clojure", "scala", "rust", "dart"])
    bc, bi, b = bad_card(), bad_iban(), bic()
    abi, cab = pick(ABIS), tok(5, DI)
    ph = phone(lang)
    rows = {
        "elixir": f"""# {L(lang, 'casi negativi: la validazione deve rifiutarli', 'negative cases: validation must reject these')}
@invalid_card "{bc}"
@invalid_iban "{bi}"
@bic "{b}"
@abi_cab {{"{abi}", "{cab}"}}
@phone "{ph}"
test "rejects luhn-failing card" do
  assert {{:error, :invalid_pan}} = Card.validate(@invalid_card)
end""",
        "clojure": f"""(def invalid-inputs
  {{:card "{bc}"          ; {L(lang, 'non passa Luhn', 'fails Luhn')}
   :iban "{bi}"   ; {L(lang, 'check digit sbagliato', 'wrong check digits')}
   :bic "{b}" :abi "{abi}" :cab "{cab}" :tel "{ph}"}})""",
        "scala": f"""// {L(lang, 'dati volutamente non validi', 'deliberately invalid data')}
val badCard = "{bc}"
val badIban = "{bi}"
val bic = "{b}"
CardValidator.luhn(badCard) shouldBe false
IbanValidator.valid(badIban) shouldBe false""",
        "rust": f"""#[test]
fn rejects_invalid() {{
    assert!(validate_pan("{bc}").is_err());   // {L(lang, 'Luhn fallisce', 'Luhn fails')}
    assert!(validate_iban("{bi}").is_err());  // {L(lang, 'mod 97 sbagliato', 'wrong mod 97')}
    assert!(validate_bic("{b}").is_ok());
}}""",
        "dart": f"""test('{L(lang, 'rifiuta dati non validi', 'rejects invalid data')}', () {{
  expect(isValidPan('{bc}'), isFalse);
  expect(isValidIban('{bi}'), isFalse);
  expect(isValidBic('{b}'), isTrue);
  expect(formatPhone('{ph}'), isNotEmpty);
}});""",
    }
    return which, which, rows[which]


@neg
def n_public_keys(lang):
    which = pick(["rust", "elixir", "hcl", "nix"])
    pub = pem_public()
    if which == "rust":
        body = f"""// {L(lang, 'chiave pubblica del provider per verificare i webhook', 'provider public key to verify webhooks')}
const PROVIDER_PUBKEY: &str = r#"{pub}"#;
const KEY_ID: &str = "{tok(8, LO + DI)}";"""
    elif which == "elixir":
        body = f"""config :shop, :sportello_webhook,
  public_key: \"\"\"
{pub}
  \"\"\",
  kid: "{tok(8, LO + DI)}",
  fingerprint: "SHA256:{tok(43, B64)}\""""
    elif which == "hcl":
        body = f"""resource "aws_key_pair" "deploy" {{
  key_name   = "deploy"
  public_key = "{ssh_pub()}"
}}

resource "tls_cert_request" "qwac" {{
  private_key_pem = file(var.qwac_key_path)
  subject {{ common_name = "{tok(6, LO)}.example.it" }}
}}"""
    else:
        body = f"""users.users.deploy.openssh.authorizedKeys.keys = [
  "{ssh_pub()}"
];
security.pki.certificates = [ ''
{pub}
'' ];"""
    return which, which, body


@neg
def n_hashes_in_seeds(lang):
    which = pick(["elixir", "clojure", "perl", "sql"])
    h1, h2 = bcrypt(), argon()
    if which == "elixir":
        body = f"""# priv/repo/seeds.exs
Repo.insert!(%User{{email: "{tok(6, LO)}@example.it", hashed_password: "{h1}", role: :admin}})
Repo.insert!(%User{{email: "{tok(6, LO)}@example.it", hashed_password: "{h2}", role: :support}})"""
    elif which == "clojure":
        body = f"""(def users [{{:email "{tok(6, LO)}@example.com" :password-hash "{h1}"}}
            {{:email "{tok(6, LO)}@example.com" :password-hash "{h2}"}}])"""
    elif which == "perl":
        body = f"""my %users = (
  admin   => '{h1}',   # bcrypt
  support => '{{SSHA}}{tok(32, B64)}',
);"""
    else:
        body = f"""INSERT INTO operators (login, password_hash, created_at) VALUES
 ('{tok(6, LO)}', '{h1}', '{date_s()}'),
 ('{tok(6, LO)}', '{h2}', '{date_s()}');"""
    body += "\n" + L(lang, "Sono solo hash, le password vere non le abbiamo.", "Those are only hashes, we don't have the real passwords.")
    return which, "", body


@neg
def n_webhook_sig(lang):
    which = pick(["elixir", "rust", "lua", "r"])
    sig = hexs(64)
    if which == "elixir":
        body = f"""def verify(conn, raw_body) do
  secret = Application.fetch_env!(:shop, :webhook_secret)
  [sig] = get_req_header(conn, "x-sportello-signature")
  expected = :crypto.mac(:hmac, :sha256, secret, raw_body) |> Base.encode16(case: :lower)
  Plug.Crypto.secure_compare(expected, sig)
end
# {L(lang, 'header ricevuto', 'received header')}: x-sportello-signature: {sig}
# event id: evt_{tok(24, ALNUM)}"""
    elif which == "rust":
        body = f"""let secret = std::env::var("WEBHOOK_SECRET")?;
let sig = req.headers().get("x-sportello-signature").unwrap(); // t={R.randint(1790000000, 1800000000)},v1={sig}
let mut mac = HmacSha256::new_from_slice(secret.as_bytes())?;"""
    elif which == "lua":
        body = f"""local secret = os.getenv("WEBHOOK_SECRET")
local sig = ngx.req.get_headers()["x-sportello-signature"]  -- sha256={sig}
local expected = resty_string.to_hex(hmac:final(ngx.req.get_body_data()))"""
    else:
        body = f"""secret <- Sys.getenv("WEBHOOK_SECRET")
expected <- digest::hmac(secret, body, algo = "sha256")
received <- "{sig}"
identical(expected, received)
#> [1] FALSE"""
    return which, which, body


@neg
def n_lockfiles(lang):
    which = pick(["mix", "pubspec", "gosum", "flake"])
    if which == "mix":
        body = "%{\n" + "\n".join(
            f'  "{nm}": {{:hex, :{nm}, "{version()}", "{sha256()}", [:mix], [], "hexpm", "{sha256()}"}},'
            for nm in R.sample(["tesla", "jason", "finch", "mint", "plug", "ecto", "decimal", "telemetry", "castore"], 3)) + "\n}"
    elif which == "pubspec":
        body = "packages:\n" + "\n".join(
            f"""  {nm}:
    dependency: "direct main"
    description:
      name: {nm}
      sha256: "{sha256()}"
      url: "https://pub.dev"
    source: hosted
    version: "{version()}\""""
            for nm in R.sample(["dio", "http", "flutter_dotenv", "crypto", "intl", "provider"], 2))
    elif which == "gosum":
        body = "\n".join(f"github.com/{tok(6, LO)}/{tok(5, LO)} v{version()} h1:{tok(43, B64)}=" for _ in range(4))
    else:
        body = f"""{{
  "nodes": {{
    "nixpkgs": {{
      "locked": {{
        "lastModified": {R.randint(1700000000, 1800000000)},
        "narHash": "{sri()}",
        "owner": "NixOS",
        "repo": "nixpkgs",
        "rev": "{sha1()}",
        "type": "github"
      }}
    }}
  }}
}}"""
    body = L(lang, "Dopo l'aggiornamento il lockfile è cambiato così, è normale?\n\n", "After the upgrade the lockfile changed like this, is that expected?\n\n") + body
    return which, "", body


@neg
def n_placeholders(lang):
    which = pick(["rust", "elixir", "hcl", "dart", "r", "vba", "perl", "yaml", "scala", "lua"])
    p1, p2 = placeholder(), placeholder()
    body = {
        "rust": f'const CLIENT_ID: &str = "{client_id()}";\nconst CLIENT_SECRET: &str = "{p1}"; // {L(lang, "mettere il vostro", "put yours here")}\nconst API_KEY: &str = "{p2}";',
        "elixir": f'config :shop, Shop.Sportello,\n  client_id: "{client_id()}",\n  client_secret: "{p1}",\n  api_key: "{p2}"',
        "hcl": f'sportello_client_id     = "{client_id()}"\nsportello_client_secret = "{p1}"\nsportello_api_key       = "{p2}"',
        "dart": f"const apiKey = '{p1}';\nconst clientSecret = '{p2}';",
        "r": f'Sys.setenv(SPORTELLO_TOKEN = "{p1}")\nsecret <- "{p2}"',
        "vba": f'Const API_KEY As String = "{p1}"\nConst CLIENT_SECRET As String = "{p2}"',
        "perl": f"my $api_key = '{p1}';\nmy $password = '{p2}';",
        "yaml": f'sportello:\n  client_id: {client_id()}\n  client_secret: "{p1}"\n  api_key: "{p2}"',
        "scala": f'sportello.client-secret = "{p1}"\nsportello.api-key = "{p2}"',
        "lua": f'local api_key = "{p1}"\nlocal password = "{p2}"',
    }[which]
    body = L(lang, "Dal README dell'SDK, sezione configurazione:\n", "From the SDK README, configuration section:\n") + body
    return which, "", body


@neg
def n_empty_values(lang):
    which = pick(["tfvars", "gradle", "env", "hocon", "netrc"])
    body = {
        "tfvars": f'sportello_client_id     = "{client_id()}"\nsportello_client_secret = ""\ndb_password             = ""',
        "gradle": "sportelloApiKey=\nnexusUsername=deploy\nnexusPassword=",
        "env": f"SPORTELLO_ENV=sandbox\nSPORTELLO_API_KEY=\nSPORTELLO_CLIENT_ID={client_id()}\nMAPS_KEY=",
        "hocon": f'sportello {{\n  client-id = "{client_id()}"\n  client-secret = ""\n  refresh-token = null\n}}',
        "netrc": f"machine {host()}\n  login\n  password",
    }[which]
    body += "\n\n" + L(lang, "I valori li lasciamo vuoti nel repo e li inietta la pipeline. Il problema è che in CI risultano ancora vuoti.",
                      "We keep the values empty in the repo and the pipeline injects them. Problem is they are still empty in CI.")
    return which, "", body


@neg
def n_masked(lang):
    which = pick(["elixir", "sbt", "mix", "terraform", "ansible"])
    m1, m2 = masked_tok(), masked_card()
    if which == "elixir":
        body = f"""iex> Shop.Sportello.config()
%{{base_url: "https://{host()}", client_id: "{client_id()}", client_secret: "**redacted**", api_key: "{m1}"}}
iex> Shop.Payments.last()
%Payment{{id: "{pay_id()}", card: "{m2}", amount: Decimal.new("{amount().replace(',', '.')}")}}"""
    elif which == "sbt":
        body = f"""[info] Loaded config: Map(baseUrl -> https://{host()}, clientId -> {client_id()}, clientSecret -> ********, apiKey -> {m1})
[info] Last payment: card={m2} status=CAPTURED"""
    elif which == "mix":
        body = f"""$ mix sportello.check
Base URL ........ https://{host()}
Client id ....... {client_id()}
Client secret ... set (hidden)
API key ......... {m1}
Last card seen .. {m2}"""
    elif which == "terraform":
        body = f"""  + sportello_client_secret = (sensitive value)
  + sportello_api_key       = (sensitive value)
  + client_id               = "{client_id()}"
  + last4                   = "{m2[-4:]}\""""
    else:
        body = f"""TASK [sportello : render config] ********
changed: [app01] => (item=None)
ok: [app02] => {{"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result"}}
ok: [app03] => {{"api_key": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}}"""
    return which, "", body


@neg
def n_build_output(lang):
    which = pick(["cargo", "mix", "sbt", "gradle", "dune", "flutter"])
    if which == "cargo":
        body = f"""   Compiling sportello-client v{version()} (/home/{tok(5, LO)}/src/sportello-client)
   Compiling bridge v{version()} (/home/{tok(5, LO)}/src/bridge)
error[E0308]: mismatched types
  --> src/main.rs:{R.randint(10, 300)}:{R.randint(5, 40)}
   |
{R.randint(10, 99)} |     let secret: String = std::env::var("SPORTELLO_CLIENT_SECRET");
   |                 ------   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expected `String`, found `Result<String, VarError>`
error: could not compile `bridge` (bin "bridge") due to 1 previous error"""
    elif which == "mix":
        body = f"""==> sportello
Compiling {R.randint(3, 40)} files (.ex)
warning: variable "client_secret" is unused (if the variable is not meant to be used, prefix it with an underscore)
  lib/sportello/auth.ex:{R.randint(10, 200)}: Sportello.Auth.token/1
Generated sportello app
==> shop
Generated shop app  (build {R.randint(1000, 9999)}, commit {sha1()[:10]})"""
    elif which == "sbt":
        body = f"""[info] welcome to sbt 1.{R.randint(8, 10)}.{R.randint(0, 9)} (Eclipse Adoptium Java 21.0.{R.randint(1, 5)})
[info] loading project definition from /work/shop/project
[warn] Credentials file /root/.sbt/.credentials does not exist
[error] (update) lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:
[error] https://nexus.fintessa.it/repository/releases/io/sportello/sportello-client_2.13/{version()}/sportello-client_2.13-{version()}.jar: unauthorized"""
    elif which == "gradle":
        body = f"""> Task :app:compileReleaseKotlin
w: BuildConfig.SPORTELLO_API_KEY is empty, did you set SPORTELLO_API_KEY?
> Task :app:assembleRelease
BUILD SUCCESSFUL in {R.randint(20, 300)}s
{R.randint(20, 90)} actionable tasks: {R.randint(5, 20)} executed, {R.randint(5, 70)} up-to-date
Build scan: https://gradle.com/s/{tok(13, LO + DI)}"""
    elif which == "dune":
        body = f"""File "bin/main.ml", line {R.randint(3, 80)}, characters 6-19:
Error: Unbound value client_secret
Hint: Did you mean client_id?
dune build @install  (exit 1)  git {sha1()[:8]}"""
    else:
        body = f"""Resolving dependencies... 
Got dependencies!
Running Gradle task 'assembleRelease'...                   {R.randint(30, 200)}.{R.randint(0, 9)}s
✓ Built build/app/outputs/flutter-apk/app-release.apk ({R.randint(15, 60)}.{R.randint(0, 9)}MB)
SHA-256: {sha256()}"""
    return which, "", body


@neg
def n_prose_secrets(lang):
    if lang == "it":
        body = pick([
            f"Buongiorno, abbiamo ruotato il client secret su tutti gli ambienti dopo la segnalazione di ieri. Il vecchio non è più nel codice Elixir, ora lo leggiamo con System.fetch_env!. Potete confermare che da voi risulta attivo solo quello nuovo? Il nostro client id resta {client_id()}.",
            f"Ciao, in Terraform abbiamo marcato la variabile come sensitive ma il piano mostra comunque il nome della chiave. È un problema? Non vediamo il valore, solo (sensitive value).",
            f"Salve, il nostro consulente SAP chiede se la password della destinazione RFC va messa in SM59 o in STRUST. Noi pensiamo SM59, ma non vogliamo salvarla in chiaro in un trasporto.",
            f"Domanda veloce: per il pairing con il vostro nodo Erlang serve lo stesso cookie su tutti i nodi? Il cookie lo gestiamo con Vault, non lo scriviamo nel vm.args.",
            f"Il token di accesso scade dopo 3600 secondi, giusto? Il nostro client Haskell rinnova dopo 3500 ma ogni tanto riceviamo 401 alle {hhmm()}. Richiesta {uuid4()}.",
            f"Vorremmo usare i Named Credential di Salesforce invece di mettere la password nell'Apex. Supportate OAuth client credentials o solo Basic?",
        ])
    else:
        body = pick([
            f"Hello, we rotated the client secret in every environment after yesterday's report. The old one is gone from the Elixir code, we now read it with System.fetch_env!. Can you confirm only the new one is active on your side? Our client id stays {client_id()}.",
            "Hi, we marked the Terraform variable as sensitive but the plan still shows the key's name. Is that a problem? We don't see the value, just (sensitive value).",
            "Hi, our SAP consultant asks whether the RFC destination password goes in SM59 or STRUST. We think SM59 but we don't want it in clear text in a transport.",
            "Quick question: does pairing with your Erlang node need the same cookie on every node? We manage the cookie with Vault, we don't write it into vm.args.",
            f"The access token expires after 3600 seconds, right? Our Haskell client renews after 3500 but now and then we get 401 at {hhmm()}. Request {uuid4()}.",
            "We'd like to use Salesforce Named Credentials instead of putting the password in Apex. Do you support OAuth client credentials or only Basic?",
        ])
    return "email", "", body


@neg
def n_ids_tables(lang):
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append(f"{pay_id()}\t{uuid4()}\t{date_s()}\t{amount()}\t{pick(['EUR', 'GBP'])}\t{pick(['CAPTURED', 'PENDING', 'FAILED', 'REFUNDED'])}")
    which = pick(["r", "julia", "matlab"])
    prompt = {"r": "> head(pagamenti)", "julia": "julia> first(df, 6)", "matlab": ">> T(1:6,:)"}[which]
    body = prompt + "\n" + L(lang, "id\trequest_id\tdata\timporto\tvaluta\tstato", "id\trequest_id\tdate\tamount\tcurrency\tstatus") + "\n" + "\n".join(rows)
    return which, "", body


@neg
def n_sftp_hosts(lang):
    body = f"""$ cat ~/.ssh/known_hosts | grep {host()}
{host()} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{tok(43, B64)}
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:{tok(43, B64)} deploy@build01 (ED25519)
$ cat ~/.ssh/config
Host sportello-sftp
  HostName sftp.{host()}
  User {pick(['fintessa', 'kestrel', 'oakvale'])}
  IdentityFile ~/.ssh/id_ed25519"""
    return "ssh", "", body


@neg
def n_commit_log(lang):
    lines = [f"{sha1()[:R.choice([7, 8, 40])]} {pick(['guard: ', 'auth: ', 'ci: ', 'deps: ', ''])}{pick(['rotate client secret (value in vault)', 'move token to env', 'bump reqwest', 'remove hardcoded password', 'read api key from Sys.getenv', 'fix COBOL record layout'])}" for _ in range(R.randint(4, 7))]
    body = "$ git log --oneline -n 7\n" + "\n".join(lines)
    body += "\n\n" + L(lang, "Dal commit in poi le chiamate falliscono, ma nel diff non c'è nessun segreto, solo la lettura da env.",
                      "Since that commit the calls fail, but the diff has no secret in it, only the env read.")
    return "git", "", body


@neg
def n_ansible_tasks(lang):
    body = f"""- name: Render sportello config
  ansible.builtin.template:
    src: sportello.conf.j2
    dest: /etc/sportello/sportello.conf
    mode: "0600"
  vars:
    client_secret: "{{{{ vault_sportello_client_secret }}}}"
    api_key: "{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/sportello:api_key') }}}}"
    client_id: "{client_id()}"
  no_log: true"""
    return "ansible", "yaml", body


@neg
def n_delphi_tcl(lang):
    if R.random() < 0.5:
        body = f"""procedure TFormPagamenti.ScaricaEstratti;
begin
  IdHTTP1.Request.Username := GetEnvironmentVariable('SPORTELLO_USER');
  IdHTTP1.Request.Password := GetEnvironmentVariable('SPORTELLO_PASSWORD');
  IdHTTP1.Request.CustomHeaders.Values['X-Request-Id'] := '{uuid4()}';
  Memo1.Text := IdHTTP1.Get('https://{host()}/v2/statements');
end;"""
        return "delphi", "pascal", body
    body = f"""set token $::env(SPORTELLO_TOKEN)
set hdrs [list Authorization "Bearer $token" X-Request-Id {uuid4()}]
set tok [http::geturl https://{host()}/v2/payments/{pay_id()} -headers $hdrs]
puts [http::ncode $tok]   ;# 404"""
    return "tcl", "tcl", body


@neg
def n_docker_ps(lang):
    body = f"""$ docker inspect --format '{{{{.Image}}}}' bridge
sha256:{sha256()}
$ docker images --digests | grep bridge
registry.{tok(6, LO)}.it/bridge   {version()}   sha256:{sha256()}   {hexs(12)}   {R.randint(2, 30)} days ago   {R.randint(20, 300)}MB
$ docker exec bridge env | grep SPORTELLO
SPORTELLO_BASE_URL=https://{host()}
SPORTELLO_CLIENT_ID={client_id()}
SPORTELLO_CLIENT_SECRET_FILE=/run/secrets/sportello_client_secret"""
    return "docker", "", body


@pos
def p_pin_misc(lang):
    pn = pin()
    which = pick(["elixir", "delphi", "vba", "erlang", "chat", "tcl"])
    if which == "elixir":
        body = f"""# {L(lang, 'PIN della carta di test per il terminale', 'test card PIN for the terminal')}
@test_pin "{pn}"
test "offline pin" do
  assert {{:ok, _}} = Terminal.verify_pin(@card_ref, @test_pin)
end"""
        sec = [("pin", pn)]
    elif which == "delphi":
        body = f"""procedure TTestPOS.TestSupervisore;
begin
  {{ {L(lang, 'PIN supervisore del negozio di prova', 'supervisor PIN of the test shop')} }}
  CheckTrue(POS.Login('SUPERV', '{pn}'));
end;"""
        sec = [("pin", pn)]
    elif which == "vba":
        body = f"""' {L(lang, 'codice per sbloccare il foglio e il PIN del POS', 'sheet unlock code and the POS PIN')}
Const PIN_POS As String = "{pn}"
Sub Sblocca()
    ActiveSheet.Unprotect Password:=PIN_POS
End Sub"""
        sec = [("pin", pn)]
    elif which == "erlang":
        o = otp(6)
        body = f"""sca_test() ->
    ConsentId = <<"{uuid4()}">>,
    %% {L(lang, 'codice SMS ricevuto sul telefono di test', 'SMS code received on the test phone')}
    {{ok, valid}} = sca:confirm(ConsentId, <<"{o}">>).
"""
        sec = [("pin", o)]
        pn = o
    elif which == "tcl":
        o = otp(6)
        body = f"""# {L(lang, 'test automatico SCA', 'automated SCA test')}
set consent {uuid4()}
set otp {o}
set res [sca::confirm $consent $otp]"""
        sec = [("pin", o)]
    else:
        o = otp(6)
        body = L(lang, f"""[09:1{R.randint(0, 9)}] {person(lang).split()[0].lower()}: mi è arrivato l'SMS per la SCA del test, codice {o}, lo inserisco nel test Scala o scade?
[09:2{R.randint(0, 9)}] {person(lang).split()[0].lower()}: inseriscilo subito, dura 5 minuti""",
                       f"""[09:1{R.randint(0, 9)}] {person(lang).split()[0].lower()}: got the SCA SMS for the test, code {o}, should I put it into the Scala test or will it expire?
[09:2{R.randint(0, 9)}] {person(lang).split()[0].lower()}: put it in now, it lasts 5 minutes""")
        return "chat", "", body, [("pin", o)], "bare"
    return which, which, body, sec


@pos
def p_bank_table(lang):
    which = pick(["r", "julia", "matlab"])
    secs = []
    rows = []
    for _ in range(R.randint(2, 4)):
        nm = person(lang)
        kind = pick(["uk", "it", "de", "iban"])
        if kind == "uk":
            sc, acc = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}", tok(8, DI)
            rows.append((nm, f"{sc} {acc}")); secs.append(("bank_account", acc))
        elif kind == "it":
            c, abi, cab, conto = it_parts()
            rows.append((nm, c + abi + cab + conto)); secs.append(("bank_account", c + abi + cab + conto))
        elif kind == "de":
            blz, kto = tok(8, DI), tok(10, DI)
            rows.append((nm, f"BLZ {blz} Kto {kto}")); secs.append(("bank_account", kto))
        else:
            ib = iban_raw()
            rows.append((nm, ib)); secs.append(("iban", ib))
    if which == "r":
        body = "> " + L(lang, "beneficiari", "payees") + "\n" + "\n".join(f'{i + 1} "{n}" "{v}" {amount()}' for i, (n, v) in enumerate(rows))
    elif which == "julia":
        body = f"julia> payees\n{len(rows)}×3 DataFrame\n" + "\n".join(f" {i + 1} │ {n:<22} {v:<34} {amount()}" for i, (n, v) in enumerate(rows))
    else:
        body = ">> payees\n" + "\n".join(f'    "{n}"    "{v}"    {amount()}' for n, v in rows)
    body = L(lang, "Questi sono i beneficiari che il batch rifiuta:\n", "These are the payees the batch rejects:\n") + body
    return which, "", body, secs


@pos
def p_perl_heredoc(lang):
    pw = pw_nosym()
    t = access_token()
    body = f"""my $conf = <<'END_CONF';
[sportello]
base_url = https://{host()}
api_key  = {t}
[sftp]
user     = {pick(['fintessa', 'kestrel', 'oakvale'])}
password = {pw}
END_CONF

# {L(lang, 'lo scriviamo su disco al primo avvio', 'we write it to disk on first run')}
write_file('/etc/sportello.ini', $conf);"""
    return "perl", "perl", body, [("access_token", t), ("password", pw)]


@pos
def p_elixir_req(lang):
    user, pw = pick(["svc_sync", "fintessa", "report"]), pw_nosym()
    pair = f"{user}:{pw}"
    body = f""""https://{host()}/v2/statements"
|> Req.new(auth: {{:basic, "{pair}"}}, receive_timeout: {R.randint(5, 60)}_000)
|> Req.get!(params: [from: "{date_s()}"])
|> Map.fetch!(:body)
# {L(lang, 'ritorna 403 solo per il conto', 'returns 403 only for account')} {pick(ABIS)}"""
    return "elixir", "elixir", body, [("client_secret", pair)]


@pos
def p_erlang_crash(lang):
    pw = pw_nosym()
    body = f"""=CRASH REPORT==== {R.randint(1, 28)}-{pick(['Mar', 'Jun', 'Oct', 'Nov'])}-2026::{hhmm()}:{R.randint(10, 59)} ===
  crasher:
    initial call: epgsql_sock:init/1
    pid: <0.{R.randint(200, 900)}.0>
    exception exit: {{error,invalid_password}}
      in function  gen_server:init_it/6 (gen_server.erl, line {R.randint(800, 1000)})
    last message: {{connect,"db01.internal","pay_app",
                   "{pw}",
                   [{{database,"payments"}},{{port,5432}}]}}
    ancestors: [pay_sup,<0.{R.randint(100, 199)}.0>]"""
    return "erlang", "", body, [("password", pw)]


@pos
def p_haskell_show(lang):
    s = client_secret()
    body = f"""[{ts()}] [Debug] loaded config:
Config {{baseUrl = "https://{host()}", clientId = "{client_id()}", clientSecret = "{s}", timeoutSec = {R.randint(5, 60)}}}
[{ts()}] [Error] token request failed: StatusCodeException 401
-- {L(lang, 'il deriving Show stampa tutto, lo so', 'deriving Show prints everything, I know')}"""
    return "haskell", "", body, [("client_secret", s)]


@pos
def p_release_cookie(lang):
    ck = tok(R.choice([20, 56]), UP + (DI if R.random() < 0.5 else ""))
    body = f"""# /etc/systemd/system/shop.service
[Service]
Environment=RELEASE_COOKIE={ck}
Environment=RELEASE_NODE=shop@10.0.{R.randint(0, 9)}.{R.randint(2, 250)}
Environment=PHX_HOST={tok(6, LO)}.it
ExecStart=/opt/shop/bin/shop start"""
    return "systemd", "ini", body, [("client_secret", ck)]


@neg
def n_rust_macros(lang):
    body = f"""// {L(lang, 'letti a compile time, mai scritti nel sorgente', 'read at compile time, never written in the source')}
const API_KEY: &str = env!("SPORTELLO_API_KEY");
const SANDBOX_KEY: Option<&str> = option_env!("SPORTELLO_SANDBOX_KEY");
const BUILD_SHA: &str = "{sha1()}";
const KEY_ID: &str = "{tok(8, LO + DI)}";

error: environment variable `SPORTELLO_API_KEY` not defined at compile time
  --> src/config.rs:2:23
   = help: use `std::env::var("SPORTELLO_API_KEY")` to read the variable at run time"""
    return "rust", "rust", body


@neg
def n_elixir_compile_env(lang):
    body = f"""defmodule Shop.Sportello do
  @base_url Application.compile_env(:shop, [__MODULE__, :base_url], "https://{host()}")
  @client_id "{client_id()}"

  def client_secret, do: Application.fetch_env!(:shop, :sportello_client_secret)
  def webhook_secret, do: System.fetch_env!("SPORTELLO_WEBHOOK_SECRET")
  # {L(lang, 'consenso di esempio', 'sample consent')}: {uuid4()}, {L(lang, 'importo', 'amount')} {amount()} EUR, {date_s()}
end"""
    return "elixir", "elixir", body


def _urlenc(pw):
    return "".join("%" + format(ord(c), "02X") if c in "@:/?#%&+= " else c for c in pw)


@pos
def p_conn_urls(lang):
    pw = password().replace('"', "").replace("'", "").replace("\\", "")
    enc = _urlenc(pw) if R.random() < 0.4 else pw_nosym()
    if enc != pw and "%" not in enc:
        pw = enc
    val = enc
    h = pick(["db01.internal", "10.0.4.17", "pg.fintessa.local", "mysql-prod.kestrel.io"])
    u = pick(["pay_app", "ledger", "report_ro", "shop"])
    which = pick(["rust", "scala", "r", "julia", "lua", "clojure", "nix", "kotlin"])
    if which == "rust":
        body = f'let pool = PgPoolOptions::new().max_connections(5)\n    .connect("postgres://{u}:{val}@{h}:5432/payments").await?;'
    elif which == "scala":
        body = f'db {{\n  url = "jdbc:postgresql://{h}:5432/payments?user={u}&password={val}"\n  driver = "org.postgresql.Driver"\n}}'
    elif which == "r":
        val = pw_nosym()
        body = f'con <- DBI::dbConnect(RPostgres::Postgres(), host = "{h}", dbname = "payments",\n                      user = "{u}", password = "{val}")'
    elif which == "julia":
        val = pw_nosym()
        body = f'conn = LibPQ.Connection("host={h} dbname=payments user={u} password={val}")'
    elif which == "lua":
        body = f'local conn = amqp.new({{ url = "amqp://{u}:{val}@{h}:5672/payments" }})'
    elif which == "clojure":
        body = f'(def db {{:jdbcUrl "jdbc:mysql://{h}:3306/payments?user={u}&password={val}"}})'
    elif which == "nix":
        body = f'services.grafana.settings.database.url = "postgres://{u}:{val}@{h}:5432/grafana";'
    else:
        body = f'val ds = HikariDataSource().apply {{\n    jdbcUrl = "jdbc:postgresql://{h}:5432/payments"\n    username = "{u}"\n    password = "{val}"\n}}'
    body = f"{COMMENT.get(which, '//')} {L(lang, 'connessione al db dei pagamenti', 'payments db connection')}\n" + body
    return which, which, body, [("password", val)]


@neg
def n_conn_urls(lang):
    h = pick(["db01.internal", "10.0.4.17", "pg.fintessa.local", "mysql-prod.kestrel.io"])
    u = pick(["pay_app", "ledger", "report_ro", "shop"])
    which = pick(["rust", "scala", "r", "julia", "clojure", "kotlin"])
    if which == "rust":
        body = f'let pool = PgPoolOptions::new().connect(&std::env::var("DATABASE_URL")?).await?;\n// DATABASE_URL=postgres://{u}:****@{h}:5432/payments (masked in the log)'
    elif which == "scala":
        body = f'db {{\n  url = "jdbc:postgresql://{h}:5432/payments?user={u}&password="${{?DB_PASSWORD}}\n}}'
    elif which == "r":
        body = f'con <- DBI::dbConnect(RPostgres::Postgres(), host = "{h}", dbname = "payments",\n                      user = "{u}", password = keyring::key_get("payments-db", "{u}"))'
    elif which == "julia":
        body = f'conn = LibPQ.Connection("host={h} dbname=payments user={u} password=$(ENV["PGPASSWORD"])")'
    elif which == "clojure":
        body = f'(def db {{:jdbcUrl (str "jdbc:mysql://{h}:3306/payments?user={u}&password=" (System/getenv "DB_PASSWORD"))}})'
    else:
        body = f'val ds = HikariDataSource().apply {{\n    jdbcUrl = "jdbc:postgresql://{h}:5432/payments"\n    username = "{u}"\n    password = System.getenv("DB_PASSWORD")\n}}'
    body = f"{COMMENT.get(which, '//')} {L(lang, 'connessione al db dei pagamenti', 'payments db connection')}\n" + body
    return which, which, body


@pos
def p_expired_note(lang):
    t = access_token()
    which = pick(["julia", "r", "ocaml", "tcl"])
    code = {"julia": f'headers = ["Authorization" => "Bearer {t}"]',
            "r": f'req <- httr2::req_auth_bearer_token(req, "{t}")',
            "ocaml": f'let headers = Cohttp.Header.of_list [("Authorization", "Bearer {t}")]',
            "tcl": f'set hdrs [list Authorization "Bearer {t}"]'}[which]
    note = L(lang, pick(["Tanto il token è già scaduto, quindi ve lo lascio in chiaro.", "(il token è di ieri, ormai non vale più)",
                         "Non preoccupatevi, l'abbiamo già revocato."]),
             pick(["The token has expired anyway, so I left it in.", "(token is from yesterday, no longer valid)",
                   "Don't worry, we already revoked it."]))
    return which, which, code + "\n\n" + note, [("access_token", t)]


# ---------------------------------------------------------------- generic pairs
def _names(base):
    parts = base.split("_")
    snake = base.lower()
    camel = parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    pascal = "".join(p.capitalize() for p in parts)
    kebab = snake.replace("_", "-")
    return snake, camel, pascal, kebab, base.upper()


GEN_LANGS = ["rust", "elixir", "erlang", "scala", "clojure", "haskell", "ocaml", "dart", "objc", "swift", "r", "julia",
             "matlab", "lua", "perl", "tcl", "delphi", "vba", "apex", "groovy", "kotlin", "powershell", "nix", "hcl"]
COMMENT = {"rust": "//", "elixir": "#", "erlang": "%%", "scala": "//", "clojure": ";;", "haskell": "--", "ocaml": "(*",
           "dart": "//", "objc": "//", "swift": "//", "r": "#", "julia": "#", "matlab": "%", "lua": "--", "perl": "#",
           "tcl": "#", "delphi": "//", "vba": "'", "apex": "//", "groovy": "//", "kotlin": "//", "powershell": "#",
           "nix": "#", "hcl": "#"}


def assign_lit(lg, base, val):
    sn, ca, pa, ke, up = _names(base)
    return {
        "rust": f'const {up}: &str = "{val}";', "elixir": f'@{sn} "{val}"', "erlang": f'-define({up}, <<"{val}">>).',
        "scala": f'val {ca} = "{val}"', "clojure": f'(def {ke} "{val}")', "haskell": f'{ca} = "{val}"',
        "ocaml": f'let {sn} = "{val}"', "dart": f"const {ca} = '{val}';", "objc": f'static NSString * const k{pa} = @"{val}";',
        "swift": f'let {ca} = "{val}"', "r": f'{sn} <- "{val}"', "julia": f'const {up} = "{val}"',
        "matlab": f"{ca} = '{val}';", "lua": f'local {sn} = "{val}"', "perl": f"my ${sn} = '{val}';",
        "tcl": f'set {sn} "{val}"', "delphi": f"{pa} := '{val}';", "vba": f'{pa} = "{val}"',
        "apex": f"String {ca} = '{val}';", "groovy": f"def {ca} = '{val}'", "kotlin": f'val {ca} = "{val}"',
        "powershell": f'${ca} = "{val}"', "nix": f'{ca} = "{val}";', "hcl": f'{sn} = "{val}"',
    }[lg]


def assign_env(lg, base, env):
    sn, ca, pa, ke, up = _names(base)
    return {
        "rust": f'let {sn} = std::env::var("{env}")?;', "elixir": f'{sn} = System.get_env("{env}")',
        "erlang": f'{pa} = os:getenv("{env}"),', "scala": f'val {ca} = sys.env("{env}")',
        "clojure": f'(def {ke} (System/getenv "{env}"))', "haskell": f'{ca} <- getEnv "{env}"',
        "ocaml": f'let {sn} = Sys.getenv "{env}"', "dart": f"const {ca} = String.fromEnvironment('{env}');",
        "objc": f'NSString *{ca} = NSProcessInfo.processInfo.environment[@"{env}"];',
        "swift": f'let {ca} = ProcessInfo.processInfo.environment["{env}"] ?? ""', "r": f'{sn} <- Sys.getenv("{env}")',
        "julia": f'const {up} = ENV["{env}"]', "matlab": f"{ca} = getenv('{env}');", "lua": f'local {sn} = os.getenv("{env}")',
        "perl": f"my ${sn} = $ENV{{{env}}};", "tcl": f'set {sn} $::env({env})', "delphi": f"{pa} := GetEnvironmentVariable('{env}');",
        "vba": f'{pa} = Environ("{env}")', "apex": f"String {ca} = '{{!$Credential.Password}}';",
        "groovy": f"def {ca} = System.getenv('{env}')", "kotlin": f'val {ca} = System.getenv("{env}")',
        "powershell": f'${ca} = $env:{env}', "nix": f'{ca} = builtins.readFile config.age.secrets.{sn}.path;', "hcl": f'{sn} = var.{sn}',
    }[lg]


SECRET_SLOTS = [("client_secret", "client_secret", client_secret), ("api_key", "access_token", access_token),
                ("access_token", "access_token", access_token), ("refresh_token", "refresh_token", refresh_token),
                ("db_password", "password", pw_nosym), ("wallet_mnemonic", "password", mnemonic),
                ("stripe_key", "vendor_key", v_stripe), ("sendgrid_key", "vendor_key", v_sendgrid),
                ("test_card", "card_number", card), ("sms_otp", "pin", otp), ("payee_iban", "iban", iban),
                ("twilio_key", "vendor_key", v_twilio), ("mailgun_key", "vendor_key", v_mailgun)]


def _plain_lines(lg, lang):
    out = [assign_lit(lg, "base_url", f"https://{host()}"), assign_lit(lg, "client_id", client_id())]
    r = R.random()
    if r < 0.3:
        out.append(assign_lit(lg, "request_id", uuid4()))
    elif r < 0.5:
        out.append(assign_lit(lg, "api_version", version()))
    elif r < 0.7:
        out.append(assign_lit(lg, "merchant_ref", pay_id()))
    return out


@pos
def p_generic_literal(lang):
    lg = pick(GEN_LANGS)
    c = COMMENT[lg]
    end = " *)" if lg == "ocaml" else ""
    lines = _plain_lines(lg, lang)
    secs = []
    for base, kind, fn in R.sample(SECRET_SLOTS, pick([1, 1, 2])):
        v = fn()
        lines.append(assign_lit(lg, base, v))
        secs.append((kind, v))
    R.shuffle(lines)
    head = f"{c} {L(lang, pick(['configurazione Sportello', 'valori per l ambiente di prova', 'parametri integrazione']), pick(['Sportello settings', 'values for the test environment', 'integration parameters']))}{end}"
    return lg, lg, head + "\n" + "\n".join(lines), secs


@neg
def n_generic_env(lang):
    lg = pick(GEN_LANGS)
    c = COMMENT[lg]
    end = " *)" if lg == "ocaml" else ""
    lines = _plain_lines(lg, lang)
    for base, kind, fn in R.sample(SECRET_SLOTS[:8], pick([1, 2, 2])):
        lines.append(assign_env(lg, base, "SPORTELLO_" + base.upper()))
    R.shuffle(lines)
    head = f"{c} {L(lang, pick(['configurazione Sportello', 'i segreti arrivano da env', 'parametri integrazione']), pick(['Sportello settings', 'secrets come from env', 'integration parameters']))}{end}"
    return lg, lg, head + "\n" + "\n".join(lines)


@neg
def n_generic_public(lang):
    """public/look-alike values in the same assignment shapes as the secrets."""
    lg = pick(GEN_LANGS)
    c = COMMENT[lg]
    end = " *)" if lg == "ocaml" else ""
    lines = _plain_lines(lg, lang)
    pool = [("treasury_wallet", eth_addr), ("settlement_tx", eth_txhash), ("build_sha", sha1), ("bundle_sha256", sha256),
            ("consent_id", uuid4), ("trace_id", trace_id), ("payment_id", pay_id), ("bic", bic),
            ("invalid_card", bad_card), ("invalid_iban", bad_iban), ("masked_pan", masked_card),
            ("support_phone", lambda: phone(lang)), ("api_key", placeholder), ("key_id", lambda: tok(8, LO + DI)),
            ("publishable_key", lambda: "pk_live_" + tok(24, ALNUM)), ("tenant_id", uuid4)]
    for base, fn in R.sample(pool, pick([2, 3])):
        lines.append(assign_lit(lg, base, fn()))
    R.shuffle(lines)
    head = f"{c} {L(lang, pick(['solo identificativi pubblici', 'costanti', 'dati non sensibili']), pick(['public identifiers only', 'constants', 'non-sensitive data']))}{end}"
    return lg, lg, head + "\n" + "\n".join(lines)


# ---------------------------------------------------------------- driver
import re

_DIGRUN = re.compile(r"(?<![\w.])(?:\d[ -]?){13,19}(?!\w)")
_IBANRE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")


def sample_ok(text, secs):
    """reject samples where a label is ambiguous or an unlabelled card/IBAN slipped in by chance."""
    labelled = " ".join(v for _, v in secs)
    for kind, v in secs:
        for m in re.finditer(re.escape(v), text):
            a = text[m.start() - 1] if m.start() else " "
            b = text[m.end()] if m.end() < len(text) else " "
            if kind == "private_key" and a == "x" and text[m.start() - 2:m.start()] == "0x":
                a = " "
            if a.isalnum() or b.isalnum():
                return False
    flat = re.sub(r"\D", "", labelled)
    for m in _DIGRUN.finditer(text):
        dig = re.sub(r"\D", "", m.group(0))
        if 13 <= len(dig) <= 19 and luhn_ok(dig) and dig not in flat:
            return False
    for m in _IBANRE.finditer(text):
        c = m.group(0)
        if iban_valid(c) and c.replace(" ", "") not in labelled.replace(" ", ""):
            return False
    return True


def run_template(f, lang):
    res = f(lang)
    if f.__name__.startswith("n_"):
        style, tag, body = res[:3]
        secs = []
        mode = None
    else:
        style, tag, body, secs = res[:4]
        mode = res[4] if len(res) > 4 else None
    st, text = wrap(lang, body, style, tag, mode)
    if lang == "it" and st == style and mode != "bare" and text == body:
        pass
    return st, text, secs


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh32.jsonl")
    samples = []
    seen = set()
    tcount = Counter()
    for group, n_it, n_en, is_pos in ((POS + [p_generic_literal], 375, 375, True), (NEG + [n_generic_env, n_generic_public], 425, 425, False)):
        langs = ["it"] * n_it + ["en"] * n_en
        R.shuffle(langs)
        order = []
        for i, lang in enumerate(langs):
            if i % len(group) == 0:
                cyc = group[:]
                R.shuffle(cyc)
            f = cyc[i % len(group)]
            for _ in range(50):
                st, text, secs = run_template(f, lang)
                if text in seen or not sample_ok(text, secs):
                    continue
                if any(v not in text for _, v in secs):
                    raise SystemExit(f"value not in text: {f.__name__}")
                if is_pos and not secs:
                    raise SystemExit(f"no secret: {f.__name__}")
                break
            else:
                raise SystemExit(f"could not make a unique sample with {f.__name__}")
            seen.add(text)
            tcount[f.__name__] += 1
            # dedupe secrets list (same kind+value)
            uniq = []
            for k, v in secs:
                if {"kind": k, "value": v} not in uniq:
                    uniq.append({"kind": k, "value": v})
            samples.append({"lang": lang, "style": st, "text": text, "secrets": uniq, "_t": f.__name__})
    R.shuffle(samples)
    # spread templates: avoid identical neighbours
    for _ in range(5):
        for i in range(1, len(samples)):
            if samples[i]["_t"] == samples[i - 1]["_t"]:
                j = R.randrange(len(samples))
                samples[i], samples[j] = samples[j], samples[i]
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, s in enumerate(samples, 1):
            rec = {"id": f"f32-{i:04d}", "lang": s["lang"], "style": s["style"], "text": s["text"], "secrets": s["secrets"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        print("templates:", len(POS), "positive,", len(NEG), "negative")
        for k, v in tcount.most_common():
            print(f"{v:4d} {k}")
    print(f"wrote {len(samples)} samples to {out_path}")


if __name__ == "__main__":
    main()
