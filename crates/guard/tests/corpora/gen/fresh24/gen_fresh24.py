#!/usr/bin/env python3
"""Generator for the sealed guard corpus fresh24:
"incidents in motion: on-call, war rooms and the timeline".
Standard library only, deterministic (fixed seed). Written blind to the guard.
Usage: python3 gen_fresh24.py [out.jsonl]
"""
import base64, json, random, re, string, sys
from collections import Counter

SEED = 24_2026_1203
R = random.Random(SEED)

B62 = string.ascii_letters + string.digits
B64U = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(xs):
    return R.choice(xs)

# ---------------------------------------------------------------- checksums

def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


CARD_PREFIXES = [("4111 11", 16), ("453914", 16), ("401288", 16), ("424242", 16), ("400000", 16),
                 ("555555", 16), ("510510", 16), ("222300", 16), ("520082", 16), ("378282", 15),
                 ("371449", 15), ("601111", 16), ("353011", 16), ("476173", 16), ("492500", 16)]


def card_digits(bad=False):
    pre, n = pick(CARD_PREFIXES)
    pre = pre.replace(" ", "")
    body = pre + rs("0123456789", n - len(pre) - 1)
    d = luhn_digit(body)
    if bad:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def fmt_card(d):
    st = R.random()
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
    if st < 0.3:
        return d
    if st < 0.65:
        return " ".join(groups)
    if st < 0.8:
        return "-".join(groups)
    if st < 0.88:
        return ".".join(groups)
    if st < 0.94:
        return "  ".join(groups)
    return " / ".join(groups)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        if i % 2 == 0:
            tot += ODD[v]
        else:
            tot += v
    return chr(65 + tot % 26)


IT_BANKS = [("03069", "Intesa Sanpaolo"), ("02008", "UniCredit"), ("05034", "Banco BPM"),
            ("03111", "UBI"), ("01030", "MPS"), ("05387", "BPER"), ("06230", "Crédit Agricole Italia"),
            ("03062", "Mediolanum"), ("03015", "FinecoBank"), ("08327", "BCC Roma")]


def it_parts():
    abi, bank = pick(IT_BANKS)
    cab = rs("0123456789", 5)
    conto = rs("0123456789", R.choice([8, 10, 12])).rjust(12, "0")
    if R.random() < 0.2:
        conto = "CC" + rs("0123456789", 10)
    cin = it_cin(abi, cab, conto)
    return abi, cab, conto, cin, bank


def mk_iban(country=None):
    c = country or pick(["IT"] * 6 + ["DE", "DE", "FR", "ES", "NL", "BE", "GB", "AT", "PT", "IE"])
    if c == "IT":
        abi, cab, conto, cin, _ = it_parts()
        bban = cin + abi + cab + conto
    elif c == "DE":
        bban = rs("0123456789", 18)
    elif c == "FR":
        b, g, a = rs("0123456789", 5), rs("0123456789", 5), rs("0123456789", 11)
        bban = b + g + a + fr_key(b, g, a)
    elif c == "ES":
        e, o, a = rs("0123456789", 4), rs("0123456789", 4), rs("0123456789", 10)
        bban = e + o + es_dc(e, o, a) + a
    elif c == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + rs("0123456789", 10)
    elif c == "BE":
        bban = rs("0123456789", 12)
    elif c == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rs("0123456789", 14)
    elif c == "AT":
        bban = rs("0123456789", 16)
    elif c == "PT":
        bban = rs("0123456789", 21)
    else:
        bban = pick(["AIBK", "BOFI"]) + rs("0123456789", 14)
    return c + iban_check(c, bban) + bban


def fmt_iban(ib):
    st = R.random()
    if st < 0.5:
        return ib
    if st < 0.9:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib[:2] + " " + ib[2:4] + " " + ib[4:]


def bad_iban():
    ib = mk_iban()
    cd = int(ib[2:4])
    wrong = "%02d" % ((cd + R.randint(1, 40)) % 97 or 13)
    if wrong == ib[2:4]:
        wrong = "%02d" % ((cd + 3) % 100)
    return fmt_iban(ib[:2] + wrong + ib[4:])


def fr_key(b, g, a):
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97))


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_one(digs):
    s = sum(int(d) * w for d, w in zip(digs, ES_W))
    r = 11 - s % 11
    return "0" if r == 11 else ("1" if r == 10 else str(r))


def es_dc(e, o, a):
    return es_one("00" + e + o) + es_one(a)


def bank_account():
    """returns (display, labelled value) for a national account."""
    k = pick(["uk", "uk", "it", "it", "it", "itbban", "de", "fr", "es"])
    if k == "uk":
        sc = rs("0123456789", 6)
        acc = rs("0123456789", 8)
        scf = pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        v = scf + pick([" ", "  ", " / ", " "]) + acc
        return v, v
    if k == "it":
        abi, cab, conto, cin, bank = it_parts()
        conto_s = conto.lstrip("0") if R.random() < 0.5 else conto
        d = pick(["ABI %s CAB %s c/c %s", "ABI %s - CAB %s - conto n. %s", "abi %s cab %s conto %s",
                  "ABI: %s, CAB: %s, C/C: %s"]) % (abi, cab, conto_s)
        return d, conto_s
    if k == "itbban":
        abi, cab, conto, cin, bank = it_parts()
        v = pick([cin + abi + cab + conto, cin + " " + abi + " " + cab + " " + conto,
                  cin + "-" + abi + "-" + cab + "-" + conto])
        return v, v
    if k == "de":
        blz = rs("0123456789", 8)
        kto = rs("123456789", 1) + rs("0123456789", R.choice([6, 8, 9]))
        d = pick(["BLZ %s Kto %s", "BLZ %s, Kontonummer %s", "Bankleitzahl %s / Konto-Nr. %s"]) % (blz, kto)
        return d, kto
    if k == "fr":
        b, g, a = rs("0123456789", 5), rs("0123456789", 5), rs("0123456789", 11)
        v = " ".join([b, g, a, fr_key(b, g, a)])
        return v, v
    e, o, a = rs("0123456789", 4), rs("0123456789", 4), rs("0123456789", 10)
    sep = pick([" ", "-"])
    v = sep.join([e, o, es_dc(e, o, a), a])
    return v, v

# ---------------------------------------------------------------- secrets


def b64url(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt():
    hdr = {"alg": pick(["RS256", "HS256", "ES256"]), "typ": "JWT"}
    if R.random() < 0.5:
        hdr["kid"] = rs(HEX, 8)
    now = 1796200000 + R.randint(0, 900000)
    pl = {"sub": pick(["mrc_", "usr_", "app_"]) + rs(B62, 12), "iat": now, "exp": now + pick([900, 3600, 86400]),
          "scope": pick(["payments:write", "refunds:write payouts:read", "read write", "admin"])}
    if R.random() < 0.5:
        pl["iss"] = pick(["https://auth.sportello.example", "https://id.example-psp.eu", "https://login.acme-pay.example"])
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(B64U, pick([43, 86, 342])))


def password():
    st = R.random()
    words = ["Trombone", "Girasole", "Aurora", "Falco", "Vesuvio", "Pizzica", "Nebbia", "Sunset", "Harbor",
             "Tramonto", "Lampone", "Orso", "Ginepro", "Bora", "Maestrale", "Zefiro", "Ciclamino", "Kestrel"]
    if st < 0.3:
        return pick(words) + pick(["2026", "2025", "77", "!", "#1", "_24"]) + pick(["!", "?", "$", "%", "#"])
    if st < 0.5:
        w = pick(words)
        return w[0] + w[1:].replace("o", "0").replace("a", "@").replace("e", "3") + str(R.randint(1, 99)) + pick("!#$*")
    if st < 0.7:
        return rs(string.ascii_letters + string.digits + "!#%&*+-=?@^_", R.randint(12, 22))
    if st < 0.85:
        return "-".join(pick(["mela", "cavallo", "batteria", "graffetta", "river", "lantern", "copper", "nuvola",
                              "tango", "sedia", "quartz", "bicicletta"]) for _ in range(R.randint(3, 4))) + str(R.randint(1, 99))
    return pick(words).lower() + pick([".", "_", "-"]) + pick(["oncall", "prod", "ops", "war", "room"]) + str(R.randint(10, 9999))


def provider_key():
    return pick(["sp_live_", "spk_live_", "live_", "api_", ""]) + rs(B62, R.choice([32, 40, 48]))


def opaque_token():
    st = R.random()
    if st < 0.4:
        return rs(B62, R.choice([40, 48, 64]))
    if st < 0.7:
        return pick(["at_", "atk_", "oat_", "sess_"]) + rs(B62 + "_-", R.choice([36, 44, 52]))
    return rs(B64U, R.choice([43, 64])) + "." + rs(B64U, 22)


def refresh_token():
    st = R.random()
    if st < 0.4:
        return pick(["rt_", "rft_", "refresh_", "1//0"]) + rs(B62 + "-_", R.choice([48, 64, 86]))
    if st < 0.7:
        return rs(B64U, R.choice([64, 80, 96]))
    return "def50200" + rs(HEX, R.choice([120, 160, 200]))


def client_secret():
    st = R.random()
    if st < 0.5:
        return rs(B62, R.choice([32, 40, 48]))
    if st < 0.75:
        return pick(["cs_", "csec_", "secret_", "sec-"]) + rs(B62 + "_-", R.choice([32, 40]))
    return rs(B64U + "~.", R.choice([34, 40]))


def vendor_key():
    k = R.random()
    if k < 0.12:
        return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if k < 0.2:
        return rs(B64, 40)  # aws secret, only used with aws label
    if k < 0.34:
        return pick(["sk_live_", "rk_live_", "sk_live_51"]) + rs(B62, R.choice([24, 40, 99]))
    if k < 0.4:
        return "whsec_" + rs(B62, 32)
    if k < 0.5:
        return "ghp_" + rs(B62, 36)
    if k < 0.55:
        return "github_pat_11" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 20) + "_" + rs(B62, 59)
    if k < 0.64:
        return pick(["xoxb-", "xoxp-"]) + rs("0123456789", 12) + "-" + rs("0123456789", 13) + "-" + rs(B62, 24)
    if k < 0.7:
        return "AIza" + rs(B64U, 35)
    if k < 0.76:
        return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if k < 0.82:
        return "npm_" + rs(B62, 36)
    if k < 0.88:
        return "glpat-" + rs(B62 + "_-", 20)
    if k < 0.94:
        return "key-" + rs(HEX, 32)
    return "sk-proj-" + rs(B64U, 48)


def vk_of(kind):
    if kind == "aws_id":
        return "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "aws_secret":
        return rs(B64, 40)
    if kind == "stripe":
        return pick(["sk_live_", "rk_live_"]) + rs(B62, R.choice([24, 99]))
    if kind == "slack":
        return "xoxb-" + rs("0123456789", 12) + "-" + rs("0123456789", 13) + "-" + rs(B62, 24)
    if kind == "hook":
        return "https://hooks.slack.com/services/T" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/B" + \
            rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/" + rs(B62, 24)
    if kind == "pd":  # PagerDuty events v2 routing / integration key: 32 hex
        return rs(HEX, 32)
    if kind == "dd":
        return rs(HEX, 32)
    if kind == "gh":
        return "ghp_" + rs(B62, 36)
    if kind == "twilio":
        return "SK" + rs(HEX, 32)
    if kind == "sg":
        return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
    if kind == "cf":
        return rs(B62 + "_-", 40)
    return vendor_key()


def pem(escaped=False):
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
             "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"}[kind]
    n = R.randint(3, 9) if kind == "EC PRIVATE KEY" else R.randint(5, 14)
    body = start + rs(B64, 64 * n - len(start) + R.randint(0, 40))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    nl = "\\n" if escaped else "\n"
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(lines), nl, kind)


def pin():
    return rs("0123456789", pick([4, 4, 4, 5, 6]))


def otp():
    d = rs("0123456789", pick([6, 6, 6, 8]))
    if len(d) == 6 and R.random() < 0.2:
        return d[:3] + pick([" ", "-"]) + d[3:]
    return d


def cvv(card=None):
    return rs("0123456789", 3)


def basic_blob():
    u = pick(["acme-pay-prod", "recon-bot", "mrc_" + rs(B62, 8), "ops-" + rs("abcdefghijklmnop", 5), "client_" + rs(HEX, 10)])
    return base64.b64encode((u + ":" + client_secret()).encode()).decode()


def userpass():
    return pick(["svc-recon", "payout-bot", "oncall", "admin", "psp_webhook", "ledger_rw"]) + ":" + password()


def wrap(v):
    if len(v) < 24:
        return v
    i = R.randint(10, len(v) - 8)
    return v[:i] + pick(["\n", "\n", "\n  ", "\n> "]) + v[i:]

# ---------------------------------------------------------------- fillers (look-alikes)

FIRST = ["Marco", "Giulia", "Luca", "Chiara", "Paolo", "Sara", "Davide", "Elena", "Tom", "Priya", "Jonas", "Aisha",
         "Kevin", "Mei", "Rosa", "Olu", "Francesca", "Matteo", "Nadia", "Pierre", "Lucía", "Hannah", "Samir", "Ines",
         "Dario", "Beatrice", "Gianni", "Wojtek", "Fatima", "Ravi"]
LAST = ["Rossi", "Bianchi", "Esposito", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Okafor", "Schmidt",
        "Nguyen", "Patel", "Dubois", "García", "Kowalski", "Moretti", "Conti", "Gallo", "O'Brien", "Lindqvist"]
COMPANIES = ["Ferramenta Bortolin", "Pizzeria Da Gino", "Hotel Miramare", "NordShop GmbH", "Libreria Pagina 12",
             "Ottica Visconti", "CloudKitchen Ltd", "Farmacia San Marco", "BikeRent Roma", "Agriturismo Le Querce",
             "Modaweb Srl", "Trattoria Al Porto", "TicketHub Ltd", "Vini Lanza", "Palestra Energym", "Elettro Sud Srl",
             "Kiosko Madrid SL", "Boulangerie Martin", "Gelateria Polo Nord", "FastParcel Ltd"]
CITIES = ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Bari", "Verona", "Dublin", "London", "Frankfurt",
          "Paris", "Madrid", "Amsterdam", "Lecce", "Padova", "Cagliari"]
BANKS = ["Banca Sella", "Intesa Sanpaolo", "UniCredit", "BPER", "Deutsche Bank", "BNP Paribas", "Banco Sabadell",
         "ING", "Barclays", "Monzo", "Fineco", "Crédit Agricole"]
SVCS = ["payments-api", "refund-worker", "payout-scheduler", "ledger-sync", "webhook-dispatcher", "auth-gateway",
        "3ds-server", "settlement-batch", "risk-engine", "checkout-web", "sepa-connector", "card-vault-proxy",
        "notifier", "fx-rates", "reconciler"]
REGIONS = ["eu-west-1", "eu-south-1", "eu-central-1", "europe-west8", "westeurope", "us-east-1"]
BICS = ["BCITITMM", "UNCRITMMXXX", "DEUTDEFF", "BNPAFRPP", "CAIXESBBXXX", "INGBNL2A", "BARCGB22", "SELBIT2BXXX",
        "BPMOIT22", "FEBIITM1", "MONZGB2L", "COBADEFFXXX"]


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def masked_card():
    d = card_digits()
    st = R.random()
    if st < 0.3:
        return "**** **** **** " + d[-4:]
    if st < 0.5:
        return d[:6] + "******" + d[-4:]
    if st < 0.7:
        return "xxxx-xxxx-xxxx-" + d[-4:]
    if st < 0.85:
        return "•••• " + d[-4:]
    return d[:4] + " XXXX XXXX " + d[-4:]


def masked_iban():
    ib = mk_iban()
    return pick([ib[:4] + "*" * (len(ib) - 8) + ib[-4:], ib[:2] + "** **** **** **** " + ib[-4:],
                 ib[:6] + "…" + ib[-3:], "ending in " + ib[-4:]])


def abicab():
    abi, _ = pick(IT_BANKS)
    cab = rs("0123456789", 5)
    return pick(["ABI %s CAB %s", "ABI %s / CAB %s", "abi %s, cab %s"]) % (abi, cab)


def sortcode():
    sc = rs("0123456789", 6)
    return sc[:2] + "-" + sc[2:4] + "-" + sc[4:]


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(10, 12), R.randint(1, 28), R.randint(0, 23),
                                               R.randint(0, 59), R.randint(0, 59), pick(["Z", ".%03dZ" % R.randint(0, 999), "+01:00"]))


def hhmm():
    return "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))


def hhmmss():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


PLACEHOLDERS = ["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<REDACTED>",
                "[REDACTED]", "********", "sk_live_••••••••", "${{ secrets.PSP_API_KEY }}", "<paste here>",
                "CHANGE_ME", "{{ vault_psp_secret }}", "%PAYOUT_TOKEN%", "$(cat /run/secrets/psp_key)", "REPLACE_ME",
                "<client-secret>", "****", "${env:PSP_TOKEN}", "•••••••••••"]
ENVNAMES = ["PSP_API_KEY", "STRIPE_SECRET_KEY", "PAYOUT_CLIENT_SECRET", "DB_PASSWORD", "REFRESH_TOKEN", "SLACK_BOT_TOKEN",
            "PAGERDUTY_ROUTING_KEY", "WEBHOOK_SIGNING_SECRET", "AWS_SECRET_ACCESS_KEY", "LEDGER_DB_URL", "OAUTH_CLIENT_SECRET",
            "DD_API_KEY", "SMTP_PASSWORD", "SPORTELLO_TOKEN"]
VAULTS = ["secret/data/prod/psp/api", "kv/payments/prod/webhook", "secret/oncall/pagerduty", "kv/ledger/db-rw",
          "projects/acme-pay/secrets/psp-key/versions/latest", "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/payout-XyZ12" % R.randint(10**11, 10**12 - 1),
          "op://Ops/PSP prod/credential", "azure-keyvault://kv-pay-prod/psp-client-secret", "secret/data/bank/sftp"]

FILL = {
    "name": lambda: pick(FIRST) + " " + pick(LAST),
    "first": lambda: pick(FIRST),
    "first2": lambda: pick(FIRST),
    "first3": lambda: pick(FIRST),
    "name2": lambda: pick(FIRST) + " " + pick(LAST),
    "co": lambda: pick(COMPANIES),
    "co2": lambda: pick(COMPANIES),
    "city": lambda: pick(CITIES),
    "bank": lambda: pick(BANKS),
    "svc": lambda: pick(SVCS),
    "svc2": lambda: pick(SVCS),
    "region": lambda: pick(REGIONS),
    "uuid": uuid4, "uuid2": uuid4, "uuid3": uuid4,
    "idem": uuid4,
    "trace": lambda: rs(HEX, 32),
    "trace2": lambda: rs(HEX, 32),
    "span": lambda: rs(HEX, 16),
    "sha": lambda: rs(HEX, 40),
    "ssha": lambda: rs(HEX, 7),
    "ssha2": lambda: rs(HEX, 7),
    "digest": lambda: "sha256:" + rs(HEX, 64),
    "payid": lambda: pick(["pay_", "pi_3", "py_", "txn_"]) + rs(B62, 24),
    "payid2": lambda: pick(["pay_", "pi_3", "py_", "txn_"]) + rs(B62, 24),
    "reid": lambda: pick(["re_", "rf_", "refund_"]) + rs(B62, 20),
    "reid2": lambda: pick(["re_", "rf_", "refund_"]) + rs(B62, 20),
    "poid": lambda: "po_" + rs(B62, 22),
    "job": lambda: pick(["job-", "JOB_", "j-"]) + rs("0123456789", 6),
    "batch": lambda: "BATCH-2026%02d%02d-%04d" % (R.randint(10, 12), R.randint(1, 28), R.randint(1, 9999)),
    "ts": ts, "ts2": ts, "ts3": ts,
    "t": hhmm, "t2": hhmm, "t3": hhmm, "t4": hhmm, "t5": hhmm,
    "tt": hhmmss, "tt2": hhmmss, "tt3": hhmmss,
    "date": lambda: "%02d/%02d/2026" % (R.randint(1, 28), R.randint(10, 12)),
    "dur": lambda: pick(["%dm%02ds" % (R.randint(1, 59), R.randint(0, 59)), "%dh%02dm" % (R.randint(1, 5), R.randint(0, 59)),
                         "%d min" % R.randint(3, 180), "%.1fs" % R.uniform(0.2, 60)]),
    "ms": lambda: str(R.randint(80, 30000)),
    "amt": lambda: "%d,%02d" % (R.randint(3, 4999), R.randint(0, 99)),
    "amtd": lambda: "%d.%02d" % (R.randint(3, 4999), R.randint(0, 99)),
    "amt2": lambda: "%d.%02d" % (R.randint(3, 999), R.randint(0, 99)),
    "big": lambda: "{:,}".format(R.randint(10000, 9000000)),
    "cnt": lambda: str(R.randint(2, 4800)),
    "cnt2": lambda: str(R.randint(2, 900)),
    "pct": lambda: "%.1f" % R.uniform(0.1, 98),
    "err": lambda: pick(["HTTP 502", "HTTP 504", "E_PSP_TIMEOUT", "ERR_CONN_RESET", "card_declined", "do_not_honor",
                         "ISO 8583 RC 91", "SQLSTATE 40001", "ECONNREFUSED", "429 Too Many Requests", "AM04", "MS03"]),
    "code": lambda: str(pick([500, 502, 503, 504, 429, 401, 403, 409, 422])),
    "inc": lambda: "INC-%d" % R.randint(1000, 99999),
    "pd": lambda: "P" + rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6),
    "pdinc": lambda: "Q" + rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 13),
    "mid": lambda: pick(["MRC-", "mrc_", "M", "acct_1"]) + rs("0123456789", 6) + (rs(B62, 8) if R.random() < 0.3 else ""),
    "mid2": lambda: pick(["MRC-", "mrc_", "M"]) + rs("0123456789", 6),
    "tid": lambda: pick(["", "TID", "T"]) + rs("0123456789", 8),
    "clientid": lambda: pick(["acme-pay-prod", "sportello-web", "pos-gateway-eu", "mrc-%s-live" % rs("0123456789", 5),
                              "app_" + rs(B62, 16), "recon-cli", rs("0123456789", 12) + "-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com"]),
    "bic": lambda: pick(BICS),
    "sc": sortcode,
    "abicab": abicab,
    "mcard": masked_card, "mcard2": masked_card,
    "miban": masked_iban,
    "badcard": lambda: fmt_card(card_digits(bad=True)),
    "badiban": bad_iban,
    "vault": lambda: pick(VAULTS),
    "env": lambda: pick(ENVNAMES),
    "env2": lambda: pick(ENVNAMES),
    "ph": lambda: pick(PLACEHOLDERS),
    "ph2": lambda: pick(PLACEHOLDERS),
    "host": lambda: pick(["db-prod-eu1", "pg-ledger-02", "redis-sess-1", "mq-prod-a", "api-edge-03", "lb-pay-1"]) + ".internal",
    "ip": lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "pubip": lambda: "%d.%d.%d.%d" % (pick([185, 151, 93, 212, 79]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "phone": lambda: pick(["+39 3%02d %03d %04d" % (R.randint(20, 99), R.randint(0, 999), R.randint(0, 9999)),
                           "+44 7%03d %06d" % (R.randint(100, 999), R.randint(0, 999999)),
                           "02 %04d %04d" % (R.randint(0, 9999), R.randint(0, 9999))]),
    "ver": lambda: "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 30)),
    "ver2": lambda: "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 30)),
    "flag": lambda: pick(["payouts.instant_sepa", "checkout.3ds2_frictionless", "refunds.async_v2", "ledger.dual_write",
                          "webhooks.retry_backoff", "fx.cache_ttl", "risk.velocity_rule_17", "psp.failover_nexi"]),
    "chan": lambda: pick(["#inc-", "#sev1-", "#war-room-", "#incident-"]) + rs("0123456789", 4),
    "ticket": lambda: pick(["SUP-", "ZD#", "OPS-", "CS-"]) + rs("0123456789", 5),
    "order": lambda: pick(["ORD-", "ORD", "#", "A-"]) + rs("0123456789", R.choice([6, 8, 10])),
    "inv": lambda: "FT %d/2026" % R.randint(1, 9999),
    "kid": lambda: pick(["key_2026_11", "kid-%s" % rs(HEX, 8), "ssh-ed25519 SHA256:" + rs(B64, 43)]),
    "slackch": lambda: "C0" + rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9),
    "slackuser": lambda: "U0" + rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9),
    "n": lambda: str(R.randint(1, 9)),
    "n2": lambda: str(R.randint(10, 99)),
    "port": lambda: str(pick([5432, 3306, 6379, 5672, 9092, 443, 8443])),
    "sev": lambda: pick(["SEV1", "SEV2", "Sev1", "P1", "P2", "sev-1"]),
    "emoji": lambda: pick([":eyes:", ":fire:", ":white_check_mark:", ":rotating_light:", ":pray:", ":+1:", ":thinking_face:"]),
    "sortacct_fake": lambda: rs("0123456789", 8),
    "lei": lambda: rs("0123456789", 4) + "00" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 12) + rs("0123456789", 2),
    "arn": lambda: "arn:aws:iam::%d:role/oncall-breakglass" % R.randint(10**11, 10**12 - 1),
}

# secret generators: key -> (kind, fn) ; fn returns (display, value) or str
SECRETS = {
    "pw": ("password", password), "pw2": ("password", password),
    "pin": ("pin", pin), "otp": ("pin", otp), "otp2": ("pin", otp),
    "cvv": ("cvv", cvv),
    "card": ("card_number", lambda: fmt_card(card_digits())),
    "card2": ("card_number", lambda: fmt_card(card_digits())),
    "iban": ("iban", lambda: fmt_iban(mk_iban())),
    "iban2": ("iban", lambda: fmt_iban(mk_iban())),
    "ibanit": ("iban", lambda: fmt_iban(mk_iban("IT"))),
    "acct": ("bank_account", bank_account),
    "acct2": ("bank_account", bank_account),
    "jwt": ("access_token", jwt),
    "at": ("access_token", opaque_token),
    "apikey": ("access_token", provider_key),
    "cookie": ("access_token", lambda: rs(B64U, R.choice([32, 48, 64]))),
    "cs": ("client_secret", client_secret),
    "basic": ("client_secret", basic_blob),
    "userpass": ("client_secret", userpass),
    "rt": ("refresh_token", refresh_token),
    "pem": ("private_key", pem),
    "pemesc": ("private_key", lambda: pem(escaped=True)),
    "vk": ("vendor_key", vendor_key), "vk2": ("vendor_key", vendor_key),
    "awsid": ("vendor_key", lambda: vk_of("aws_id")),
    "awssec": ("vendor_key", lambda: vk_of("aws_secret")),
    "stripe": ("vendor_key", lambda: vk_of("stripe")),
    "slack": ("vendor_key", lambda: vk_of("slack")),
    "hook": ("vendor_key", lambda: vk_of("hook")),
    "pdkey": ("vendor_key", lambda: vk_of("pd")),
    "ddkey": ("vendor_key", lambda: vk_of("dd")),
    "gh": ("vendor_key", lambda: vk_of("gh")),
    "twilio": ("vendor_key", lambda: vk_of("twilio")),
    "sg": ("vendor_key", lambda: vk_of("sg")),
    "ogkey": ("vendor_key", uuid4), "ogkey2": ("vendor_key", uuid4),
}

# composite: connection URLs whose password is labelled


def dburl(self):
    pw = password().replace("@", "#").replace("/", "_").replace(":", "!")
    s = pick(["postgres://%s:%s@%s:5432/ledger", "postgresql://%s:%s@%s/payments?sslmode=require",
              "mysql://%s:%s@%s:3306/shop", "amqp://%s:%s@%s:5672/%%2f", "redis://%s:%s@%s:6379/0",
              "mongodb+srv://%s:%s@%s/recon"]) % (pick(["recon_ro", "ledger_rw", "app", "oncall", "payouts"]), pw, FILL["host"]())
    self.secrets.append(("password", pw))
    return s


COMPOSITE = {"dburl": dburl}

TOKRE = re.compile(r"⟨(\w+)(?::(\w))?⟩")


class Ctx:
    def __init__(self):
        self.vals = {}
        self.secrets = []

    def get(self, m):
        key, mod = m.group(1), m.group(2)
        cache_key = key + (":" + mod if mod else "")
        if cache_key in self.vals:
            return self.vals[cache_key]
        if key in COMPOSITE:
            v = COMPOSITE[key](self)
        elif key in SECRETS:
            kind, fn = SECRETS[key]
            base = self.vals.get("__" + key)
            if base is None:
                r = fn()
                base = r if isinstance(r, tuple) else (r, r)
                self.vals["__" + key] = base
            disp, val = base
            if mod == "w":
                nd = wrap(disp)
                if val == disp:
                    val = nd
                disp = nd
            self.secrets.append((kind, val))
            v = disp
        elif key in FILL:
            v = FILL[key]()
        else:
            raise KeyError(key)
        self.vals[cache_key] = v
        return v


def render(tpl):
    c = Ctx()
    text = TOKRE.sub(c.get, tpl)
    seen = []
    for kind, val in c.secrets:
        if (kind, val) not in seen:
            seen.append((kind, val))
    return text, [{"kind": k, "value": v} for k, v in seen]

# ---------------------------------------------------------------- templates
# (style, lang, must_pass?, text). lang "*" = body without prose; an intro of the
# drawn language is put in front of it. Secrets are ⟨key⟩ from SECRETS/COMPOSITE,
# fillers ⟨key⟩ from FILL.
T = []


def t(style, lang, neg, text):
    T.append((style, lang, neg, text.strip("\n")))


INTRO = {
 "it": ["Ciao, vi incollo quello che abbiamo eseguito stanotte durante l'incidente ⟨inc⟩:",
        "Buongiorno, in allegato (copiato qui sotto) il materiale del war room di ieri sera, ticket ⟨ticket⟩.",
        "Scusate l'ora, sono di reperibilità e non so se questo è normale:",
        "Vi giro quanto emerso sul canale ⟨chan⟩, serve una mano a capire:",
        "ciao, ack dal nostro lato. ecco cosa vediamo adesso (⟨t⟩):",
        "Come da call di stamattina, ecco i dati per l'RCA:",
        "Salve, siamo ⟨co⟩. Durante il disservizio di oggi abbiamo fatto così:",
        "Aggiornamento veloce dall'IC, incolla grezzo senza rileggere:",
        "Vi incollo l'output, sono le 3 di notte perdonate i refusi",
        "Per completezza allego la timeline che stiamo compilando in diretta:"],
 "en": ["Hi, pasting what I ran during the incident last night (⟨inc⟩):",
        "Hello, forwarding the war-room notes from yesterday, ticket ⟨ticket⟩.",
        "Sorry for the hour, I'm on call and not sure if this is expected:",
        "Copying this over from ⟨chan⟩, could use your eyes on it:",
        "ack on our side. here's what we see right now (⟨t⟩ UTC):",
        "As discussed on the bridge, here's the data for the RCA:",
        "Hi, this is ⟨first⟩ from ⟨co⟩. During today's outage we did the following:",
        "Quick update from the IC, raw paste, not proofread:",
        "pasting what I ran at 3am, excuse typos",
        "For completeness, the timeline we're filling in live:"],
}

OUTRO = {
 "it": ["", "", "Grazie, ⟨first⟩", "Fateci sapere appena possibile.", "ETA per la risposta?", "ciao e grazie",
        "Resto in reperibilità fino alle 9.", "-- \n⟨name⟩ | On-call SRE | ⟨co⟩"],
 "en": ["", "", "Thanks, ⟨first⟩", "Please advise asap.", "ETA on a reply?", "cheers",
        "I'm on call until 9.", "-- \n⟨name⟩ | On-call SRE | ⟨co⟩"],
}

# ============ alert: PagerDuty / Opsgenie bodies and escalation notes
t("alert", "en", False, """[TRIGGERED] ⟨sev⟩ ⟨svc⟩: payment success rate < 80% (⟨pct⟩%)
Incident ⟨pdinc⟩ · Service: ⟨svc⟩-prod · Escalation policy: Payments Primary
Custom details:
  region: ⟨region⟩
  dashboard: https://grafana.internal/d/pay-slo
  runbook: https://wiki.internal/runbooks/psp-failover
  routing_key: ⟨pdkey⟩
  note: "ack'd by ⟨first⟩, escalating to ⟨first2⟩\"""")
t("alert", "en", True, """[TRIGGERED] ⟨sev⟩ ⟨svc⟩: payment success rate < 80% (⟨pct⟩%)
Incident ⟨pdinc⟩ · Service: ⟨svc⟩-prod · Escalation policy: Payments Primary
Custom details:
  region: ⟨region⟩
  dedup_key: ⟨uuid⟩
  trace_id: ⟨trace⟩
  runbook: https://wiki.internal/runbooks/psp-failover
  routing_key: read from ⟨vault⟩ (not in payload)""")
t("alert", "it", False, """Opsgenie · P1 · ⟨svc⟩ ko in ⟨region⟩
Alias: ⟨svc⟩-⟨uuid⟩
Descrizione: timeout verso l'acquirer da ⟨t⟩, ⟨cnt⟩ transazioni fallite
Note escalation (⟨first⟩): ho riavviato il pod, per il login alla console di backup usate ⟨first2⟩.ops / ⟨pw⟩ finché non ruotiamo
Tag: payments, sev1, ⟨city⟩""")
t("alert", "it", True, """Opsgenie · P1 · ⟨svc⟩ ko in ⟨region⟩
Alias: ⟨svc⟩-⟨uuid⟩
Descrizione: timeout verso l'acquirer da ⟨t⟩, ⟨cnt⟩ transazioni fallite
Note escalation (⟨first⟩): ho riavviato il pod. Le credenziali della console di backup sono nel vault (⟨vault⟩), NON incollatele qui.
Tag: payments, sev1, ⟨city⟩""")
t("alert", "en", False, """curl -X POST https://events.pagerduty.com/v2/enqueue \\
  -H 'Content-Type: application/json' \\
  -d '{"routing_key":"⟨pdkey⟩","event_action":"trigger","dedup_key":"⟨idem⟩",
       "payload":{"summary":"DLQ depth > ⟨cnt⟩ on ⟨svc⟩","source":"⟨host⟩","severity":"critical"}}'
# ^ this is what our cron fires, it paged the whole team 40 times""")
t("alert", "en", True, """curl -X POST https://events.pagerduty.com/v2/enqueue \\
  -H 'Content-Type: application/json' \\
  -d '{"routing_key":"'"$PAGERDUTY_ROUTING_KEY"'","event_action":"trigger","dedup_key":"⟨idem⟩",
       "payload":{"summary":"DLQ depth > ⟨cnt⟩ on ⟨svc⟩","source":"⟨host⟩","severity":"critical"}}'
# ^ this is what our cron fires, it paged the whole team 40 times""")
t("alert", "it", False, """ESCALATION ⟨pd⟩ → livello 2 (nessun ack in 15 min)
⟨first⟩ non risponde, chiamato al ⟨phone⟩. 
Per entrare nel bastion: utente oncall, pwd ⟨pw⟩ (la cambio domattina giuro)
Genie key per silenziare gli alert duplicati: ⟨uuid⟩ — no aspetta quella è l'alias, la key è GenieKey ⟨vk⟩""")
t("alert", "it", True, """ESCALATION ⟨pd⟩ → livello 2 (nessun ack in 15 min)
⟨first⟩ non risponde, chiamato al ⟨phone⟩.
Per entrare nel bastion: utente oncall, la password è quella del vault (⟨vault⟩), scaduta e ruotata alle ⟨t⟩.
Alias alert: ⟨uuid⟩, integration ⟨clientid⟩.""")
t("alert", "en", False, """Opsgenie alert note by ⟨name⟩ (⟨ts⟩):
> Datadog monitor 'p99 latency ⟨svc⟩' flapping. Muted it via API:
> curl -X POST "https://api.datadoghq.eu/api/v1/monitor/⟨cnt⟩/mute" -H "DD-API-KEY: ⟨ddkey⟩" -H "DD-APPLICATION-KEY: ⟨vk⟩"
> unmute after the fix ships (⟨ver⟩).""")
t("alert", "en", True, """Opsgenie alert note by ⟨name⟩ (⟨ts⟩):
> Datadog monitor 'p99 latency ⟨svc⟩' flapping. Muted it via API:
> curl -X POST "https://api.datadoghq.eu/api/v1/monitor/⟨cnt⟩/mute" -H "DD-API-KEY: ${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${DD_APP_KEY}"
> unmute after the fix ships (⟨ver⟩). monitor id ⟨cnt2⟩, trace ⟨trace⟩""")
t("alert", "it", True, """🔔 PagerDuty: hai un incidente assegnato
#⟨cnt⟩ [⟨sev⟩] Webhook verso ⟨co⟩ in errore ⟨code⟩
Servizio: ⟨svc⟩ · Urgenza: alta · Aperto alle ⟨t⟩
Rispondi 4 per ack, 6 per risolvere, 8 per escalare.
Codice incidente ⟨pdinc⟩""")
t("alert", "en", True, """PagerDuty: You have 1 TRIGGERED incident
#⟨cnt⟩ [⟨sev⟩] 3DS challenge failures spiking (⟨pct⟩%)
Reply 4 to ack, 6 to resolve. Incident key ⟨pdinc⟩ · service ⟨pd⟩
Hint from runbook: OTP delivery provider status at status.⟨svc⟩.example; do NOT ask customers for their SMS codes.""")

# ============ chat: Slack / Teams / Mattermost incident-channel exports
t("chat", "en", False, """[⟨t⟩] ⟨first⟩: ok who has access to the PSP dashboard
[⟨t2⟩] ⟨first2⟩: me, but 2FA is on my phone
[⟨t2⟩] ⟨first2⟩: code is ⟨otp⟩ hurry
[⟨t3⟩] ⟨first⟩: in. thx :pray:
[⟨t4⟩] incident-bot: ⟨first⟩ changed the incident status to *Identified*""")
t("chat", "en", True, """[⟨t⟩] ⟨first⟩: ok who has access to the PSP dashboard
[⟨t2⟩] ⟨first2⟩: me, but 2FA is on my phone
[⟨t2⟩] ⟨first2⟩: approving the push now, don't need a code
[⟨t3⟩] ⟨first⟩: in. thx :pray:  incident ⟨inc⟩, ⟨cnt⟩ failed auths since ⟨t4⟩
[⟨t4⟩] incident-bot: ⟨first⟩ changed the incident status to *Identified*""")
t("chat", "it", False, """⟨first⟩  ⟨t⟩
ragazzi chi ha la chiave dello stripe di prod? il ⟨env⟩ sul server è vuoto
⟨first2⟩  ⟨t2⟩
eccola ⟨stripe:w⟩
⟨first2⟩  ⟨t2⟩
cancello il messaggio appena avete fatto ⟨emoji⟩
⟨first3⟩  ⟨t3⟩
fatto, rimesso nel secret. ruotiamola domani""")
t("chat", "it", True, """⟨first⟩  ⟨t⟩
ragazzi chi ha la chiave dello stripe di prod? il ⟨env⟩ sul server è vuoto
⟨first2⟩  ⟨t2⟩
è in ⟨vault⟩, te la carico io col job ⟨job⟩ così non gira in chat
⟨first2⟩  ⟨t2⟩
fatto ⟨emoji⟩ la vecchia finiva con …⟨ssha⟩ ed è revocata
⟨first3⟩  ⟨t3⟩
confermo: deploy ⟨ssha2⟩ verde""")
t("chat", "en", False, """── Thread in ⟨chan⟩ ──
⟨first⟩ ⟨tt⟩  can someone replay the failed webhook for ⟨co⟩? they say payment ⟨payid⟩ never arrived
⟨first2⟩ ⟨tt2⟩  sure, using the merchant's token they sent us in the ticket: Authorization: Bearer ⟨jwt⟩
⟨first⟩ ⟨tt3⟩  😬 please don't paste that here
2 reactions: :eyes: ×3 :no_entry: ×1""")
t("chat", "en", True, """── Thread in ⟨chan⟩ ──
⟨first⟩ ⟨tt⟩  can someone replay the failed webhook for ⟨co⟩? they say payment ⟨payid⟩ never arrived
⟨first2⟩ ⟨tt2⟩  replayed event ⟨uuid⟩, delivery ⟨uuid2⟩ returned 200 in ⟨ms⟩ms
⟨first⟩ ⟨tt3⟩  👍 told them, the token they pasted in the ticket has been revoked and redacted
2 reactions: :eyes: ×3 :white_check_mark: ×1""")
t("chat", "it", False, """[⟨ts⟩] ⟨name⟩ (Teams): ho provato con le credenziali del cliente che ci ha mandato via mail
[⟨ts⟩] ⟨name⟩ (Teams): client_id=⟨clientid⟩ client_secret=⟨cs⟩
[⟨ts2⟩] ⟨name2⟩ (Teams): ok il token esce, quindi il problema è a valle
[⟨ts2⟩] ⟨name2⟩ (Teams): 👍 1""")
t("chat", "it", True, """[⟨ts⟩] ⟨name⟩ (Teams): ho provato con le credenziali di test del cliente
[⟨ts⟩] ⟨name⟩ (Teams): client_id=⟨clientid⟩ client_secret=${CLIENT_SECRET} (caricato dall'env)
[⟨ts2⟩] ⟨name2⟩ (Teams): ok il token esce, quindi il problema è a valle, request id ⟨uuid⟩
[⟨ts2⟩] ⟨name2⟩ (Teams): 👍 1""")
t("chat", "en", False, """**Mattermost export – ~incident-⟨cnt⟩**
@⟨first⟩ ⟨t⟩ — db is read-only, failing over
@⟨first2⟩ ⟨t2⟩ — connection string for the replica if you need it: `⟨dburl⟩`
@⟨first⟩ ⟨t3⟩ — connected, lag ⟨ms⟩ms
@incident-bot ⟨t4⟩ — Timeline entry added by @⟨first⟩""")
t("chat", "en", True, """**Mattermost export – ~incident-⟨cnt⟩**
@⟨first⟩ ⟨t⟩ — db is read-only, failing over
@⟨first2⟩ ⟨t2⟩ — connection string for the replica is in `⟨env⟩` on the bastion, same as always
@⟨first⟩ ⟨t3⟩ — connected, lag ⟨ms⟩ms, txid ⟨cnt2⟩
@incident-bot ⟨t4⟩ — Timeline entry added by @⟨first⟩""")
t("chat", "it", False, """⟨t⟩ ⟨first⟩: il commerciante al telefono è nel panico, dice che il POS chiede di nuovo il PIN
⟨t2⟩ ⟨first⟩: mi ha pure detto il pin della carta aziendale ⟨pin⟩ 🤦 e il numero ⟨card⟩
⟨t3⟩ ⟨first2⟩: non scriverlo qui!! cancella
⟨t3⟩ ⟨first⟩: scusate, sono le 3""")
t("chat", "it", True, """⟨t⟩ ⟨first⟩: il commerciante al telefono è nel panico, dice che il POS chiede di nuovo il PIN
⟨t2⟩ ⟨first⟩: terminale ⟨tid⟩, carta ⟨mcard⟩, errore ⟨err⟩
⟨t3⟩ ⟨first2⟩: ok, il PIN non serve a noi, digli di non darlo a nessuno
⟨t3⟩ ⟨first⟩: 👍 ticket ⟨ticket⟩""")
t("chat", "en", False, """slack-export/⟨chan⟩/2026-12-02.json
{"ts":"1796212345.00⟨n2⟩","user":"⟨slackuser⟩","text":"bot token for the status updater is ⟨slack⟩ if anyone needs to restart it"}
{"ts":"1796212399.00⟨n2⟩","user":"⟨slackuser⟩","text":"thx","reactions":[{"name":"+1","count":2}]}""")
t("chat", "en", True, """slack-export/⟨chan⟩/2026-12-02.json
{"ts":"1796212345.00⟨n2⟩","user":"⟨slackuser⟩","text":"bot token for the status updater is in SLACK_BOT_TOKEN on the runner","channel":"⟨slackch⟩"}
{"ts":"1796212399.00⟨n2⟩","user":"⟨slackuser⟩","text":"thx, restarted job ⟨job⟩","reactions":[{"name":"+1","count":2}]}""")
t("chat", "it", False, """⟨first⟩ [⟨t⟩]: passo al rollback. per il registry uso il token di ⟨first2⟩: ⟨gh⟩
⟨first2⟩ [⟨t2⟩]: ok ma poi lo revochiamo
⟨first⟩ [⟨t3⟩]: pull di ⟨digest⟩ ok""")
t("chat", "it", True, """⟨first⟩ [⟨t⟩]: passo al rollback. per il registry uso il token del bot (GH_TOKEN nei secrets di CI)
⟨first2⟩ [⟨t2⟩]: ok
⟨first⟩ [⟨t3⟩]: pull di ⟨digest⟩ ok, commit ⟨sha⟩""")

# ============ bridge: bridge-call and Zoom-chat notes
t("bridge", "en", False, """Zoom chat – SEV1 bridge
⟨t⟩  From ⟨name⟩ to Everyone: dial-in for bank partner: +39 02 ⟨cnt⟩ ⟨cnt2⟩, meeting ID 8⟨cnt⟩ ⟨cnt2⟩
⟨t2⟩  From ⟨name2⟩ to Everyone: admin login for the acquirer portal if ⟨first⟩ wants to check: ops@⟨co⟩ / ⟨pw⟩
⟨t3⟩  From ⟨name⟩ to Everyone: got it""")
t("bridge", "en", True, """Zoom chat – SEV1 bridge
⟨t⟩  From ⟨name⟩ to Everyone: dial-in for bank partner: +39 02 ⟨cnt⟩ ⟨cnt2⟩, meeting ID 8⟨cnt⟩ ⟨cnt2⟩, passcode sent by calendar invite
⟨t2⟩  From ⟨name2⟩ to Everyone: acquirer portal login is in 1Password, "Ops shared" vault
⟨t3⟩  From ⟨name⟩ to Everyone: got it, looking at batch ⟨batch⟩""")
t("bridge", "it", False, """Note bridge ⟨date⟩ (scrive ⟨first⟩)
- ⟨t⟩ in call: IC ⟨first2⟩, banca (⟨bank⟩), noi
- la banca conferma accrediti mancanti su ⟨cnt⟩ payout
- per il test manuale la banca ci ha dato un conto di prova: IBAN ⟨iban⟩ (intestato a ⟨name⟩ — non è di prova, è suo!!)
- prossimo punto ⟨t2⟩""")
t("bridge", "it", True, """Note bridge ⟨date⟩ (scrive ⟨first⟩)
- ⟨t⟩ in call: IC ⟨first2⟩, banca (⟨bank⟩, BIC ⟨bic⟩), noi
- la banca conferma accrediti mancanti su ⟨cnt⟩ payout, importo totale ⟨amt⟩ €
- IBAN del beneficiario nel tracciato: ⟨miban⟩ (mascherato dalla banca)
- prossimo punto ⟨t2⟩""")
t("bridge", "en", False, """bridge notes (raw)
⟨t⟩ IC: ⟨first⟩ / scribe ⟨first2⟩ / comms ⟨first3⟩
⟨t⟩ partner bank ops on the line, they read out the SFTP creds for the returns file since key auth is broken: user ⟨clientid⟩ pass ⟨pw⟩
⟨t2⟩ file pulled, ⟨cnt⟩ returns, reason codes ⟨err⟩
⟨t3⟩ action: move SFTP back to key auth""")
t("bridge", "en", True, """bridge notes (raw)
⟨t⟩ IC: ⟨first⟩ / scribe ⟨first2⟩ / comms ⟨first3⟩
⟨t⟩ partner bank ops on the line, SFTP key auth broken; they reset our password and sent it by SMS to ⟨first⟩'s phone (not written here)
⟨t2⟩ file pulled, ⟨cnt⟩ returns, reason codes ⟨err⟩
⟨t3⟩ action: move SFTP back to key auth, fingerprint ⟨kid⟩""")
t("bridge", "it", False, """Chat Zoom – war room pagamenti
⟨t⟩ Da ⟨name⟩ a Tutti: il cliente ⟨co⟩ in linea ha letto la carta per il rimborso manuale: ⟨card⟩ scad 09/28 cvv ⟨cvv⟩
⟨t2⟩ Da ⟨name2⟩ a Tutti: NO, non facciamo rimborsi su carta letta al telefono
⟨t3⟩ Da ⟨name⟩ a Tutti: ok annullo""")
t("bridge", "it", True, """Chat Zoom – war room pagamenti
⟨t⟩ Da ⟨name⟩ a Tutti: il cliente ⟨co⟩ in linea, rimborso sul pagamento ⟨payid⟩ (carta ⟨mcard⟩)
⟨t2⟩ Da ⟨name2⟩ a Tutti: ok, procedi con refund ⟨reid⟩, niente dati carta al telefono
⟨t3⟩ Da ⟨name⟩ a Tutti: fatto ⟨amt⟩ €""")
t("bridge", "en", True, """Bridge call summary ⟨date⟩ ⟨t⟩–⟨t2⟩ CET
Attendees: ⟨name⟩ (IC), ⟨name2⟩ (SRE), partner bank ⟨bank⟩
Decisions: keep failover on, re-run settlement ⟨batch⟩, hold payouts above €⟨big⟩
Open question: was the leaked token from the Grafana screenshot rotated? → yes, at ⟨t3⟩, confirmed by ⟨first⟩
Zoom meeting ID 8⟨cnt⟩ ⟨cnt2⟩ ⟨cnt⟩""")

# ============ statuspage drafts and edits
t("statuspage", "en", True, """DRAFT v3 (edited by ⟨first⟩ ⟨t⟩)
~~Investigating~~ Identified – Card payments in ⟨region⟩ are failing with ⟨err⟩ for some merchants.
We identified an expired certificate on ⟨svc⟩ and are rolling out a fix (⟨ver⟩).
No card data, passwords or API keys were exposed. Merchants do not need to rotate keys.
Next update by ⟨t2⟩ UTC.""")
t("statuspage", "it", True, """BOZZA (modifica di ⟨first⟩ alle ⟨t⟩)
[Monitoraggio] I pagamenti con carta sono tornati regolari dalle ⟨t2⟩.
Dal ⟨date⟩ ore ⟨t3⟩ circa il ⟨pct⟩% delle transazioni è stato rifiutato con codice ⟨err⟩.
Nessun dato di pagamento, PIN o password è stato esposto. Non è necessario cambiare le chiavi API.
Prossimo aggiornamento entro ⟨t4⟩.""")
t("statuspage", "en", False, """statuspage update via API (from my terminal, sorry):
curl https://api.statuspage.io/v1/pages/⟨ssha⟩⟨ssha2⟩/incidents \\
  -H "Authorization: OAuth ⟨at⟩" \\
  -d "incident[name]=Payout delays" -d "incident[status]=identified" \\
  -d "incident[body]=Payouts scheduled for ⟨date⟩ are delayed by ~⟨dur⟩.\"""")
t("statuspage", "en", True, """statuspage update via API (from my terminal):
curl https://api.statuspage.io/v1/pages/⟨ssha⟩⟨ssha2⟩/incidents \\
  -H "Authorization: OAuth $STATUSPAGE_TOKEN" \\
  -d "incident[name]=Payout delays" -d "incident[status]=identified" \\
  -d "incident[body]=Payouts scheduled for ⟨date⟩ are delayed by ~⟨dur⟩.\"""")
t("statuspage", "it", False, """Ecco la bozza per la pagina di stato, la pubblica ⟨first⟩:
---
Titolo: Ritardi negli accrediti SEPA
Stato: In corso di verifica
Testo: stiamo verificando ritardi sugli accrediti. Per test: il conto di ⟨co⟩ (⟨acct⟩) ha ricevuto 0 su ⟨cnt⟩ accrediti
---
(⟨first2⟩: togli il conto dal testo pubblico!!)""")
t("statuspage", "it", True, """Ecco la bozza per la pagina di stato, la pubblica ⟨first⟩:
---
Titolo: Ritardi negli accrediti SEPA
Stato: In corso di verifica
Testo: stiamo verificando ritardi sugli accrediti verso alcune banche (es. ⟨abicab⟩). ⟨cnt⟩ bonifici in coda.
---
(⟨first2⟩: ok, niente riferimenti a clienti)""")
t("statuspage", "en", True, """Diff of status-page draft (rev 4 → rev 5)
- We are investigating reports of failed OTP deliveries.
+ We have identified a delay in SMS one-time passcode delivery via our provider (⟨pct⟩% delivered after 60s).
+ Customers should never share their OTP or PIN with support.
  Affected since ⟨ts⟩. Incident ⟨inc⟩.""")
t("statuspage", "en", False, """Status page draft — comms owner ⟨first⟩
[Resolved] Elevated API errors
Between ⟨t⟩ and ⟨t2⟩ UTC requests returned ⟨code⟩. Root cause: misconfigured key rotation.
<!-- internal: new webhook signing secret is ⟨vk⟩, old one revoked at ⟨t3⟩. DELETE BEFORE PUBLISHING -->""")
t("statuspage", "it", True, """Aggiornamento pagina di stato — modifiche di ⟨first⟩
"Abbiamo ruotato per precauzione le chiavi di firma dei webhook. Se verificate le firme, scaricate la nuova chiave dal pannello (Impostazioni → Webhook)."
commento ⟨first2⟩: ok ma specifica che le vecchie scadono il ⟨date⟩
id evento pagina: ⟨uuid⟩""")

# ============ timeline: spreadsheets filled live (CSV/TSV)
t("timeline", "en", False, """time_utc,who,what,ref
⟨tt⟩,⟨first⟩,alert fired,⟨pdinc⟩
⟨tt2⟩,⟨first2⟩,failover to secondary PSP,⟨job⟩
⟨tt2⟩,⟨first2⟩,"used break-glass admin (pw ⟨pw⟩) to flip the flag",⟨flag⟩
⟨tt3⟩,⟨first⟩,error rate back to ⟨pct⟩%,grafana""")
t("timeline", "en", True, """time_utc,who,what,ref
⟨tt⟩,⟨first⟩,alert fired,⟨pdinc⟩
⟨tt2⟩,⟨first2⟩,failover to secondary PSP,⟨job⟩
⟨tt2⟩,⟨first2⟩,used break-glass admin role to flip the flag,⟨arn⟩
⟨tt3⟩,⟨first⟩,error rate back to ⟨pct⟩%,⟨trace⟩""")
t("timeline", "it", False, """Ora\tChi\tCosa\tNote
⟨t⟩\t⟨first⟩\tPrimo alert\t⟨pd⟩
⟨t2⟩\t⟨first2⟩\tRotazione chiave PSP\tnuova: ⟨apikey⟩
⟨t3⟩\t⟨first⟩\tDeploy hotfix\t⟨ssha⟩
⟨t4⟩\t⟨first3⟩\tComunicazione ai merchant\tbozza ok""")
t("timeline", "it", True, """Ora\tChi\tCosa\tNote
⟨t⟩\t⟨first⟩\tPrimo alert\t⟨pd⟩
⟨t2⟩\t⟨first2⟩\tRotazione chiave PSP\tnuova in ⟨vault⟩, vecchia revocata
⟨t3⟩\t⟨first⟩\tDeploy hotfix\t⟨ssha⟩
⟨t4⟩\t⟨first3⟩\tComunicazione ai merchant\tbozza ok""")
t("timeline", "en", False, """| T+ | UTC | Event | Owner |
|---|---|---|---|
| 0 | ⟨t⟩ | 3DS failures spike | ⟨first⟩ |
| +⟨n2⟩m | ⟨t2⟩ | Reproduced with test card ⟨card⟩ exp 12/29 CVC ⟨cvv⟩ on prod (!) | ⟨first2⟩ |
| +⟨n2⟩m | ⟨t3⟩ | Rolled back ⟨ver⟩ → ⟨ver2⟩ | ⟨first⟩ |""")
t("timeline", "en", True, """| T+ | UTC | Event | Owner |
|---|---|---|---|
| 0 | ⟨t⟩ | 3DS failures spike | ⟨first⟩ |
| +⟨n2⟩m | ⟨t2⟩ | Reproduced with card ⟨mcard⟩ (ACS returned ⟨err⟩) | ⟨first2⟩ |
| +⟨n2⟩m | ⟨t3⟩ | Rolled back ⟨ver⟩ → ⟨ver2⟩, image ⟨digest⟩ | ⟨first⟩ |""")
t("timeline", "it", False, """timestamp;evento;autore;dettaglio
⟨ts⟩;pagato due volte;⟨first⟩;ordine ⟨order⟩ importo ⟨amt⟩
⟨ts2⟩;cliente chiede rimborso su bonifico;⟨first2⟩;IBAN ⟨iban⟩ intestato ⟨name⟩
⟨ts3⟩;rimborso inviato;⟨first⟩;⟨reid⟩""")
t("timeline", "it", True, """timestamp;evento;autore;dettaglio
⟨ts⟩;pagato due volte;⟨first⟩;ordine ⟨order⟩ importo ⟨amt⟩
⟨ts2⟩;cliente chiede rimborso su bonifico;⟨first2⟩;IBAN verificato (⟨miban⟩), BIC ⟨bic⟩
⟨ts3⟩;rimborso inviato;⟨first⟩;⟨reid⟩""")
t("timeline", "en", True, """Incident timeline export (incident.io)
⟨ts⟩  Incident declared by ⟨name⟩ — severity ⟨sev⟩
⟨ts2⟩  Role assigned: Incident Lead → ⟨name2⟩
⟨ts2⟩  Update: leaked API key found in public repo, key id ⟨kid⟩ revoked; new key distributed through ⟨vault⟩
⟨ts3⟩  Status → Monitoring. Follow-up created: ⟨ticket⟩""")
t("timeline", "it", False, """cronologia (la sto scrivendo adesso, correggete pure)
⟨t⟩ - ⟨first⟩ si accorge del picco di 401
⟨t2⟩ - scopriamo che il refresh token del job di riconciliazione è scaduto
⟨t3⟩ - ⟨first2⟩ ne genera uno nuovo a mano: ⟨rt:w⟩
⟨t4⟩ - job ripartito, ⟨cnt⟩ record recuperati""")
t("timeline", "it", True, """cronologia (la sto scrivendo adesso, correggete pure)
⟨t⟩ - ⟨first⟩ si accorge del picco di 401
⟨t2⟩ - scopriamo che il refresh token del job di riconciliazione è scaduto
⟨t3⟩ - ⟨first2⟩ ne genera uno nuovo col flusso di consenso, salvato in ⟨env⟩
⟨t4⟩ - job ⟨job⟩ ripartito, ⟨cnt⟩ record recuperati""")

# ============ runbook: steps pasted with their outputs
t("runbook", "en", False, """Runbook PSP-07 "Refresh acquirer session" — step 3 output:
$ ./acq-login --env prod --user ops-payments
Password: 
Session established. token=⟨at⟩ expires_in=3600
$ ./acq-status --session-from-stdin
gateway: DEGRADED  queue: ⟨cnt⟩  last_ok: ⟨ts⟩""")
t("runbook", "en", True, """Runbook PSP-07 "Refresh acquirer session" — step 3 output:
$ ./acq-login --env prod --user ops-payments
Password: 
Session established. token=****(masked, 48 chars) expires_in=3600
$ ./acq-status
gateway: DEGRADED  queue: ⟨cnt⟩  last_ok: ⟨ts⟩  session_id=⟨uuid⟩""")
t("runbook", "it", False, """Passo 4 del runbook "Ripristino code SEPA" (eseguito da ⟨first⟩):
$ export SEPA_CLIENT_SECRET='⟨cs⟩'
$ python3 sepa_retry.py --batch ⟨batch⟩ --dry-run
[dry-run] ⟨cnt⟩ bonifici da ritrasmettere, totale € ⟨amt⟩
$ python3 sepa_retry.py --batch ⟨batch⟩
OK ⟨cnt2⟩ inviati""")
t("runbook", "it", True, """Passo 4 del runbook "Ripristino code SEPA" (eseguito da ⟨first⟩):
$ export SEPA_CLIENT_SECRET="$(vault kv get -field=secret ⟨vault⟩)"
$ python3 sepa_retry.py --batch ⟨batch⟩ --dry-run
[dry-run] ⟨cnt⟩ bonifici da ritrasmettere, totale € ⟨amt⟩
$ python3 sepa_retry.py --batch ⟨batch⟩
OK ⟨cnt2⟩ inviati, job ⟨job⟩""")
t("runbook", "en", False, """Step 6 – verify the new cert + key on the edge (pasting everything in case it helps):
$ cat /etc/ssl/private/pay-edge.key
⟨pem⟩
$ openssl x509 -in pay-edge.crt -noout -enddate
notAfter=Dec  3 23:59:59 2027 GMT""")
t("runbook", "en", True, """Step 6 – verify the new cert on the edge:
$ openssl x509 -in pay-edge.crt -noout -enddate -fingerprint -sha256
notAfter=Dec  3 23:59:59 2027 GMT
sha256 Fingerprint=⟨kid⟩
$ ls -l /etc/ssl/private/pay-edge.key
-r-------- 1 root root 1704 ⟨date⟩ pay-edge.key   (content not shown)""")
t("runbook", "it", False, """Runbook "Token scaduto merchant" – risultato passo 2
$ curl -s -X POST https://auth.sportello.example/oauth/token -d grant_type=refresh_token -d refresh_token=⟨rt⟩ -d client_id=⟨clientid⟩
{"access_token":"⟨jwt⟩","token_type":"Bearer","expires_in":900}
→ funziona, quindi il problema era lato loro""")
t("runbook", "it", True, """Runbook "Token scaduto merchant" – risultato passo 2
$ curl -s -X POST https://auth.sportello.example/oauth/token -d grant_type=refresh_token -d refresh_token="$RT" -d client_id=⟨clientid⟩
{"access_token":"[omesso]","token_type":"Bearer","expires_in":900,"request_id":"⟨uuid⟩"}
→ funziona, quindi il problema era lato loro""")
t("runbook", "en", False, """RB-12 kubernetes secret check
$ kubectl -n payments get secret psp-creds -o jsonpath='{.data.api_key}' | base64 -d
⟨apikey⟩
$ kubectl -n payments rollout restart deploy/⟨svc⟩
deployment.apps/⟨svc⟩ restarted""")
t("runbook", "en", True, """RB-12 kubernetes secret check
$ kubectl -n payments get secret psp-creds -o jsonpath='{.metadata.resourceVersion}'
⟨cnt⟩⟨cnt2⟩
$ kubectl -n payments rollout restart deploy/⟨svc⟩
deployment.apps/⟨svc⟩ restarted
$ kubectl -n payments get pods -l app=⟨svc⟩ | tail -2""")
t("runbook", "it", False, """Step 9 (failover Redis sessioni):
redis-cli -h ⟨host⟩ -a '⟨pw⟩' --no-auth-warning INFO replication
role:master
connected_slaves:1
master_repl_offset:⟨big⟩""")
t("runbook", "it", True, """Step 9 (failover Redis sessioni):
REDISCLI_AUTH=$REDIS_PASSWORD redis-cli -h ⟨host⟩ INFO replication
role:master
connected_slaves:1
master_repl_offset:⟨big⟩""")

# ============ diff: hotfix diffs and rollback commands
t("diff", "en", False, """hotfix that went out at ⟨t⟩ (⟨ssha⟩), reverting now:
--- a/config/psp.py
+++ b/config/psp.py
@@ -12,7 +12,7 @@
 PSP_BASE_URL = "https://api.acquirer.example/v2"
-PSP_TIMEOUT = 5
+PSP_TIMEOUT = 30
-PSP_API_KEY = os.environ["PSP_API_KEY"]
+PSP_API_KEY = "⟨stripe⟩"  # TEMP during incident
$ git revert ⟨ssha⟩ && git push origin main""")
t("diff", "en", True, """hotfix that went out at ⟨t⟩ (⟨ssha⟩), reverting now:
--- a/config/psp.py
+++ b/config/psp.py
@@ -12,7 +12,7 @@
 PSP_BASE_URL = "https://api.acquirer.example/v2"
-PSP_TIMEOUT = 5
+PSP_TIMEOUT = 30
 PSP_API_KEY = os.environ["PSP_API_KEY"]
$ git revert ⟨ssha⟩ && git push origin main
[main ⟨ssha2⟩] Revert "hotfix: raise PSP timeout\"""")
t("diff", "it", False, """Diff del fix di stanotte (non ancora in review, scusate):
diff --git a/deploy/values-prod.yaml b/deploy/values-prod.yaml
@@ -40,6 +40,8 @@ env:
   LOG_LEVEL: debug
+  WEBHOOK_SECRET: "⟨vk⟩"
+  DB_URL: "⟨dburl⟩"
   REPLICAS: "6"
commit ⟨sha⟩""")
t("diff", "it", True, """Diff del fix di stanotte (in review):
diff --git a/deploy/values-prod.yaml b/deploy/values-prod.yaml
@@ -40,6 +40,8 @@ env:
   LOG_LEVEL: debug
+  WEBHOOK_SECRET: {secretKeyRef: {name: webhook, key: signing}}
+  DB_URL: ${LEDGER_DB_URL}
   REPLICAS: "6"
commit ⟨sha⟩""")
t("diff", "en", True, """rollback log:
$ helm history ⟨svc⟩ -n payments | tail -3
⟨n2⟩  ⟨date⟩  superseded  ⟨svc⟩-⟨ver⟩  Upgrade complete
⟨cnt2⟩ ⟨date⟩  deployed    ⟨svc⟩-⟨ver2⟩  Upgrade complete
$ helm rollback ⟨svc⟩ ⟨n2⟩ -n payments
Rollback was a success! Happy Helming!
image: registry.internal/⟨svc⟩@⟨digest⟩""")
t("diff", "en", False, """@@ src/main/java/com/acme/pay/BankClient.java @@
-    private static final String AUTH = System.getenv("BANK_BASIC");
+    // hotfix INC: env var not mounted on the new nodes
+    private static final String AUTH = "Basic ⟨basic⟩";
     private static final int RETRIES = 3;
rollback: kubectl rollout undo deploy/⟨svc⟩ --to-revision=⟨n2⟩""")
t("diff", "en", True, """@@ src/main/java/com/acme/pay/BankClient.java @@
-    private static final String AUTH = System.getenv("BANK_BASIC");
+    // hotfix INC: env var not mounted on the new nodes -> read from mounted file
+    private static final String AUTH = Files.readString(Path.of("/var/run/secrets/bank/basic")).trim();
     private static final int RETRIES = 3;
rollback: kubectl rollout undo deploy/⟨svc⟩ --to-revision=⟨n2⟩""")
t("diff", "it", False, """ecco la patch che abbiamo applicato a caldo sul server del negozio
--- a/wp-config.php
+++ b/wp-config.php
-define('DB_PASSWORD', getenv('DB_PASSWORD'));
+define('DB_PASSWORD', '⟨pw⟩');
-define('PAY_SECRET', getenv('PAY_SECRET'));
+define('PAY_SECRET', '⟨cs⟩');""")
t("diff", "it", True, """ecco la patch che abbiamo applicato a caldo sul server del negozio
--- a/wp-config.php
+++ b/wp-config.php
-define('PAY_TIMEOUT', 10);
+define('PAY_TIMEOUT', 45);
 define('DB_PASSWORD', getenv('DB_PASSWORD'));
 define('PAY_SECRET', getenv('PAY_SECRET'));""")
t("diff", "en", False, """git show ⟨ssha⟩ --stat; git show ⟨ssha⟩ -- .github/workflows/deploy.yml
-          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
-          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
+          AWS_ACCESS_KEY_ID: ⟨awsid⟩
+          AWS_SECRET_ACCESS_KEY: ⟨awssec⟩""")
t("diff", "en", True, """git show ⟨ssha⟩ -- .github/workflows/deploy.yml
-          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
-          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
+          role-to-assume: ⟨arn⟩
+          aws-region: ⟨region⟩""")

# ============ flags: feature-flag and config toggles with before/after
t("flags", "en", True, """Flag change log — ⟨flag⟩
before: {"enabled": true, "rollout": 100, "segments": ["eu"]}
after:  {"enabled": false, "rollout": 0, "segments": []}
changed by ⟨name⟩ at ⟨ts⟩ (reason: ⟨inc⟩), audit id ⟨uuid⟩""")
t("flags", "it", True, """Modifica config durante l'incidente (prima → dopo):
retry_max: 3 → 8
timeout_ms: 2000 → ⟨ms⟩
psp_primary: nexi → ⟨svc⟩
api_key_ref: ⟨env⟩ → ⟨env2⟩ (solo il riferimento, il valore è in ⟨vault⟩)
audit: ⟨uuid⟩ · ⟨name⟩ · ⟨ts⟩""")
t("flags", "en", False, """LaunchDarkly SDK key for the kill switch if the UI is down: ⟨at⟩
before: ⟨flag⟩ = true
after:  ⟨flag⟩ = false (⟨t⟩)""")
t("flags", "en", True, """LaunchDarkly UI was down so we flipped via API with the SDK key from env (LD_SDK_KEY):
before: ⟨flag⟩ = true
after:  ⟨flag⟩ = false (⟨t⟩), change id ⟨uuid⟩""")
t("flags", "it", False, """.env di produzione prima/dopo (diff a mano):
PAYMENTS_MODE=live
-PSP_SECRET=${PSP_SECRET}
+PSP_SECRET=⟨cs⟩
FEATURE_INSTANT_PAYOUT=false   # era true
REDIS_URL=⟨dburl⟩""")
t("flags", "it", True, """.env di produzione prima/dopo (diff a mano):
PAYMENTS_MODE=live
PSP_SECRET=${PSP_SECRET}
FEATURE_INSTANT_PAYOUT=false   # era true
REDIS_URL=${REDIS_URL}
RELEASE=⟨ssha⟩""")
t("flags", "en", False, """[config] diff from our config server (Consul) — ops/payments/prod
  feature.3ds_exemptions: on  ->  off
  psp.fallback: none  ->  ⟨svc⟩
  psp.fallback.auth: ""  ->  "⟨userpass⟩"
  modify_index: ⟨big⟩""")
t("flags", "en", True, """[config] diff from our config server (Consul) — ops/payments/prod
  feature.3ds_exemptions: on  ->  off
  psp.fallback: none  ->  ⟨svc⟩
  psp.fallback.auth_ref: ""  ->  "vault:⟨vault⟩"
  modify_index: ⟨big⟩""")
t("flags", "it", True, """Unleash – toggle ⟨flag⟩
Stato precedente: ON (strategia gradualRollout 50%)
Stato attuale: OFF da ⟨t⟩
Motivo: doppio addebito su ⟨cnt⟩ ordini, vedi ⟨inc⟩
Token API di Unleash: usato quello personale di ⟨first⟩, già revocato (finiva in …⟨ssha⟩)""")
t("flags", "en", True, """settings.yaml (prod) before/after
  payouts:
-   instant: true
+   instant: false
    max_amount_eur: ⟨cnt⟩
    bank_client_secret: !vault ⟨vault⟩
    sort_code_allowlist: ["⟨sc⟩"]""")
t("flags", "it", False, """toggle ripristinati, appunto per domani:
- ⟨flag⟩: true → false
- chiave SendGrid per le mail di scuse cambiata in ⟨sg⟩
- twilio per gli SMS OTP: SK ⟨twilio⟩
ciao ⟨first⟩""")

# ============ edge: load-balancer / CDN / WAF rule dumps
t("edge", "en", True, """WAF rule added at ⟨t⟩ (Cloudflare):
{"id":"⟨trace⟩","action":"block","expression":"(ip.src in {⟨pubip⟩}) and http.request.uri.path contains \\"/v1/refunds\\"","description":"card testing burst ⟨inc⟩"}
hits in last 10m: ⟨cnt⟩""")
t("edge", "en", False, """cloudflare api call we used to add the block rule:
curl -X POST "https://api.cloudflare.com/client/v4/zones/⟨trace⟩/firewall/rules" \\
  -H "Authorization: Bearer ⟨vk⟩" -H "Content-Type: application/json" \\
  --data '[{"filter":{"expression":"ip.src eq ⟨pubip⟩"},"action":"block"}]'""")
t("edge", "en", True, """cloudflare api call we used to add the block rule:
curl -X POST "https://api.cloudflare.com/client/v4/zones/⟨trace⟩/firewall/rules" \\
  -H "Authorization: Bearer $CF_API_TOKEN" -H "Content-Type: application/json" \\
  --data '[{"filter":{"expression":"ip.src eq ⟨pubip⟩"},"action":"block"}]'""")
t("edge", "it", True, """Dump regole ALB dopo la modifica (⟨region⟩):
Priority  Conditions                         Action
⟨n⟩         path-pattern=/webhooks/*           forward → tg-⟨svc⟩-⟨ssha⟩
⟨n2⟩        header X-Canary=true               forward → tg-⟨svc2⟩-⟨ssha2⟩
default   -                                  fixed-response 503
ARN: arn:aws:elasticloadbalancing:⟨region⟩:⟨cnt⟩⟨cnt⟩:listener/app/pay/⟨span⟩""")
t("edge", "it", False, """config nginx dell'edge che abbiamo toccato stanotte:
location /bank-callback {
    proxy_pass https://⟨host⟩;
    proxy_set_header Authorization "Basic ⟨basic⟩";
    proxy_read_timeout 60s;   # era 5s
}""")
t("edge", "it", True, """config nginx dell'edge che abbiamo toccato stanotte:
location /bank-callback {
    proxy_pass https://⟨host⟩;
    proxy_set_header Authorization $bank_basic_auth;   # da include /etc/nginx/secrets.conf
    proxy_read_timeout 60s;   # era 5s
}""")
t("edge", "en", True, """Fastly VCL diff (version ⟨n2⟩ → ⟨cnt2⟩):
+ if (req.http.X-Request-ID !~ "^[0-9a-f-]{36}$") { set req.http.X-Request-ID = uuid.version4(); }
+ if (req.url ~ "^/v1/payments" && client.ip ~ blocklist) { error 403; }
  # sample rejected request id: ⟨uuid⟩, POP ⟨city⟩""")
t("edge", "en", False, """haproxy.cfg (stats section, pasted whole):
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:⟨pw⟩
backend psp
    server psp1 ⟨ip⟩:443 check ssl verify none""")
t("edge", "en", True, """haproxy.cfg (stats section):
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:${HAPROXY_STATS_PASSWORD}
backend psp
    server psp1 ⟨ip⟩:443 check ssl verify none""")

# ============ queue: queue and DLQ replays
t("queue", "en", True, """DLQ replay report — queue payouts-dlq
replayed: ⟨cnt⟩   succeeded: ⟨cnt2⟩   still failing: ⟨n⟩
first failing message:
{"message_id":"⟨uuid⟩","payout_id":"⟨poid⟩","amount":⟨amtd⟩,"currency":"EUR","beneficiary_iban":"⟨miban⟩","attempt":6,"error":"⟨err⟩"}""")
t("queue", "en", False, """DLQ replay report — queue payouts-dlq
replayed: ⟨cnt⟩   succeeded: ⟨cnt2⟩   still failing: ⟨n⟩
first failing message:
{"message_id":"⟨uuid⟩","payout_id":"⟨poid⟩","amount":⟨amtd⟩,"currency":"EUR","beneficiary_iban":"⟨iban⟩","beneficiary_name":"⟨name⟩","error":"⟨err⟩"}""")
t("queue", "it", False, """replay della DLQ dei webhook, primo messaggio (headers inclusi):
headers: {"Authorization": "Bearer ⟨at⟩", "X-Idempotency-Key": "⟨idem⟩"}
body: {"event":"payment.succeeded","id":"⟨payid⟩","amount":⟨cnt⟩}
esito replay: ⟨code⟩""")
t("queue", "it", True, """replay della DLQ dei webhook, primo messaggio (headers inclusi):
headers: {"Authorization": "Bearer [REDACTED]", "X-Idempotency-Key": "⟨idem⟩", "traceparent": "00-⟨trace⟩-⟨span⟩-01"}
body: {"event":"payment.succeeded","id":"⟨payid⟩","amount":⟨cnt⟩}
esito replay: ⟨code⟩""")
t("queue", "en", True, """$ aws sqs receive-message --queue-url https://sqs.⟨region⟩.amazonaws.com/⟨cnt⟩⟨cnt2⟩/refunds-dlq --max-number-of-messages 1
{"Messages":[{"MessageId":"⟨uuid⟩","ReceiptHandle":"AQEB⟨trace⟩⟨trace2⟩","MD5OfBody":"⟨trace⟩","Body":"{\\"refund_id\\":\\"⟨reid⟩\\",\\"payment\\":\\"⟨payid⟩\\"}"}]}""")
t("queue", "en", False, """kafka-console-consumer --topic card-events.dlq --from-beginning --max-messages 2
{"event_id":"⟨uuid⟩","type":"auth.retry","pan":"⟨card⟩","exp":"11/28","cvv":"⟨cvv⟩","merchant":"⟨mid⟩"}
{"event_id":"⟨uuid2⟩","type":"auth.retry","pan_masked":"⟨mcard⟩","merchant":"⟨mid⟩"}
Processed a total of 2 messages
^ why is the PAN in clear in the DLQ?? raising SEV2""")
t("queue", "en", True, """kafka-console-consumer --topic card-events.dlq --from-beginning --max-messages 2
{"event_id":"⟨uuid⟩","type":"auth.retry","pan_masked":"⟨mcard2⟩","bin":"⟨n2⟩⟨cnt2⟩","merchant":"⟨mid⟩"}
{"event_id":"⟨uuid2⟩","type":"auth.retry","pan_masked":"⟨mcard⟩","merchant":"⟨mid⟩"}
Processed a total of 2 messages""")
t("queue", "it", False, """rabbitmqadmin get queue=sepa.retry count=1 (ho dovuto usare l'utente admin: rabbitmqadmin -u admin -p ⟨pw⟩)
| routing_key | payload |
| sepa.retry  | {"batch":"⟨batch⟩","debtor_account":"⟨acct⟩","amount":"⟨amt⟩"} |""")
t("queue", "it", True, """rabbitmqadmin get queue=sepa.retry count=1
| routing_key | payload |
| sepa.retry  | {"batch":"⟨batch⟩","debtor_bic":"⟨bic⟩","amount":"⟨amt⟩","msg_id":"⟨uuid⟩"} |
messaggi in coda: ⟨cnt⟩, consumer: ⟨n⟩""")

# ============ recon: reconciliation scripts for double charges / missing payouts
t("recon", "en", True, """# dedupe_charges.py — run during INC, read-only
import os, psycopg2
conn = psycopg2.connect(os.environ["LEDGER_DB_URL"])
cur = conn.cursor()
cur.execute(\"\"\"select payment_id, count(*) from charges
               where created_at > '⟨ts⟩' group by 1 having count(*) > 1\"\"\")
for pid, n in cur.fetchall():
    print(pid, n)
# output: ⟨payid⟩ 2 / ⟨payid2⟩ 3""")
t("recon", "en", False, """# dedupe_charges.py — run during INC, read-only
import psycopg2
conn = psycopg2.connect("⟨dburl⟩")
cur = conn.cursor()
cur.execute("select payment_id, count(*) from charges where created_at > '⟨ts⟩' group by 1 having count(*) > 1")
print(cur.fetchall())
# [('⟨payid⟩', 2)]""")
t("recon", "it", True, """-- riconciliazione payout mancanti ⟨date⟩
SELECT p.id, p.merchant_id, p.amount_cents, p.iban_last4, b.status
FROM payouts p LEFT JOIN bank_returns b ON b.payout_id = p.id
WHERE p.batch = '⟨batch⟩' AND b.status IS NULL;
    id          | merchant_id | amount_cents | iban_last4 | status
 ⟨poid⟩ | ⟨mid2⟩  |     ⟨cnt⟩ | ⟨n⟩⟨n2⟩⟨n⟩  |
(1 riga)""")
t("recon", "it", False, """-- riconciliazione payout mancanti ⟨date⟩
SELECT id, merchant_id, amount_cents, iban FROM payouts WHERE batch = '⟨batch⟩' AND settled_at IS NULL;
    id          | merchant_id | amount_cents | iban
 ⟨poid⟩ | ⟨mid2⟩  |     ⟨cnt⟩ | ⟨iban⟩
(1 riga)
li rimandiamo a mano?""")
t("recon", "en", False, """refund script I ran (node):
const stripe = require('stripe')('⟨stripe⟩');
for (const pi of ['⟨payid⟩','⟨payid2⟩']) {
  await stripe.refunds.create({ payment_intent: pi }, { idempotencyKey: '⟨idem⟩-' + pi });
}
// refunded 2, total ⟨amtd⟩ EUR""")
t("recon", "en", True, """refund script I ran (node):
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
for (const pi of ['⟨payid⟩','⟨payid2⟩']) {
  await stripe.refunds.create({ payment_intent: pi }, { idempotencyKey: '⟨idem⟩-' + pi });
}
// refunded 2, total ⟨amtd⟩ EUR, refunds ⟨reid⟩ ⟨reid2⟩""")
t("recon", "it", True, """# riconcilia.rb – doppi addebiti
client = Sportello::Client.new(api_key: ENV.fetch("SPORTELLO_TOKEN"))
dup = client.payments.list(created_after: "⟨ts⟩").group_by(&:order_id).select { |_, v| v.size > 1 }
dup.each { |ord, ps| puts "#{ord}: #{ps.map(&:id).join(', ')}" }
# ⟨order⟩: ⟨payid⟩, ⟨payid2⟩""")
t("recon", "it", False, """# riconcilia.rb – doppi addebiti
client = Sportello::Client.new(api_key: "⟨apikey⟩")
dup = client.payments.list(created_after: "⟨ts⟩").group_by(&:order_id).select { |_, v| v.size > 1 }
# ⟨order⟩: ⟨payid⟩, ⟨payid2⟩""")
t("recon", "en", True, """go run ./cmd/reconcile --since ⟨ts⟩ --dry-run
matched=⟨cnt⟩ missing_in_bank=⟨n⟩ missing_in_ledger=0 dup=⟨n⟩
missing: ⟨poid⟩ EUR ⟨amtd⟩ bank_ref=⟨batch⟩ end2end=⟨uuid⟩
took ⟨dur⟩""")
t("recon", "en", False, """missing payouts – what the bank sent us (CSV), please check:
payout_ref,beneficiary,account,amount
⟨poid⟩,⟨co⟩,⟨acct⟩,⟨amtd⟩
⟨poid⟩-b,⟨co2⟩,⟨acct2⟩,⟨amt2⟩""")

# ============ apology: merchant-facing apology mails with refund lists
t("apology", "it", True, """Oggetto: Disservizio del ⟨date⟩ – rimborsi effettuati

Gentile ⟨co⟩,
ci scusiamo per il doppio addebito avvenuto tra le ⟨t⟩ e le ⟨t2⟩. Abbiamo rimborsato automaticamente:
- ⟨payid⟩  € ⟨amt⟩  → rimborso ⟨reid⟩
- ⟨payid2⟩ € ⟨amt⟩  → rimborso ⟨reid2⟩
I fondi saranno visibili sulla carta del cliente (⟨mcard⟩) entro 5-10 giorni lavorativi.
Non è necessario cambiare password o chiavi API.
Cordiali saluti,
⟨name⟩ – Customer Success""")
t("apology", "en", True, """Subject: We're sorry — duplicate charges on ⟨date⟩

Hi ⟨first⟩,
Between ⟨t⟩ and ⟨t2⟩ UTC some of your customers were charged twice. We've refunded all ⟨cnt⟩ duplicates:
payment_id, refund_id, amount
⟨payid⟩, ⟨reid⟩, ⟨amtd⟩
⟨payid2⟩, ⟨reid2⟩, ⟨amt2⟩
No action is needed on your side. Your API keys and webhook secrets were not affected.
— ⟨name⟩, ⟨co2⟩ Support""")
t("apology", "it", False, """> Il giorno ⟨date⟩ ⟨name⟩ ha scritto:
> Ci scusiamo per il disservizio. Per accelerare il rimborso, ci indichi l'IBAN su cui accreditare.

Buongiorno, ecco i dati: IBAN ⟨iban⟩ intestato a ⟨co⟩. Se serve anche il vecchio conto della banca precedente: ⟨acct⟩.
Grazie, sono due giorni che aspettiamo!!
⟨name2⟩""")
t("apology", "it", True, """> Il giorno ⟨date⟩ ⟨name⟩ ha scritto:
> Ci scusiamo per il disservizio. Il rimborso verrà accreditato sul conto già registrato (IBAN che termina con ⟨n⟩⟨n2⟩⟨n⟩).

Buongiorno, confermo il conto registrato, BIC ⟨bic⟩. Aspettiamo il bonifico (rif. ⟨batch⟩).
Grazie, sono due giorni che aspettiamo!!
⟨name2⟩""")
t("apology", "en", False, """Subject: RE: Apology for missed payout

Thanks for the apology but we need the money today. Please send it manually to our UK account, sort code and number: ⟨acct⟩, or IBAN ⟨iban⟩.
Amount owed: £⟨amtd⟩ (payout ⟨poid⟩)
⟨name⟩, Finance, ⟨co⟩""")
t("apology", "en", True, """Subject: RE: Apology for missed payout

Thanks. For the record our bank is ⟨bank⟩, sort code ⟨sc⟩ — the account number is the one already on file, we haven't changed it.
Amount owed: £⟨amtd⟩ (payout ⟨poid⟩), reference ⟨batch⟩
⟨name⟩, Finance, ⟨co⟩""")
t("apology", "it", False, """Refund list da allegare alla mail di scuse (bozza, controllare!)
cliente;carta;importo;note
⟨name⟩;⟨card⟩;⟨amt⟩;rimborso manuale da terminale
⟨name2⟩;⟨mcard⟩;⟨amt⟩;ok automatico""")
t("apology", "it", True, """Lista rimborsi da allegare alla mail di scuse
cliente;carta;importo;id rimborso
⟨name⟩;⟨mcard⟩;⟨amt⟩;⟨reid⟩
⟨name2⟩;⟨mcard2⟩;⟨amt⟩;⟨reid2⟩
(carte che non passano il controllo, es. ⟨badcard⟩, sono state escluse)""")
t("apology", "en", False, """Dear support, your apology mail asks us to "re-confirm our API credentials". Here they are:
client_id: ⟨clientid⟩
client_secret: ⟨cs⟩
Is that all you need? We lost ⟨cnt⟩ orders yesterday.
⟨name⟩ (⟨co⟩)""")
t("apology", "en", True, """Dear support, your apology mail asks us to "re-confirm our API credentials" — that sounds like phishing? We won't send secrets by mail. Our client id is ⟨clientid⟩ if that helps.
We lost ⟨cnt⟩ orders yesterday.
⟨name⟩ (⟨co⟩)""")

# ============ regulator: PSD2 major-incident reports, bank partner notices
t("regulator", "en", True, """PSD2 Major Incident Report — Initial notification
1. Reporting PSP: ⟨co2⟩ (LEI ⟨lei⟩)
2. Incident reference: ⟨inc⟩
3. Date/time of detection: ⟨ts⟩
4. Type: availability / integrity — card authorisations failing (⟨pct⟩%)
5. Transactions affected: ⟨cnt⟩, value EUR ⟨big⟩
6. Payment service users affected: ⟨cnt2⟩
7. Confidentiality breach: none identified; no credentials, PINs or card data exposed""")
t("regulator", "it", True, """Segnalazione incidente grave (PSD2) – notifica intermedia
Riferimento: ⟨inc⟩ – Banca partner: ⟨bank⟩ (⟨abicab⟩)
Rilevato il: ⟨date⟩ ore ⟨t⟩ – Stato: in risoluzione
Operazioni impattate: ⟨cnt⟩ per € ⟨big⟩
Causa presunta: rotazione errata del certificato mTLS verso il circuito
Dati di autenticazione compromessi: nessuno (le chiavi ruotate sono state revocate)""")
t("regulator", "en", False, """From: ops@partnerbank.example
Subject: Incident notice ⟨inc⟩ — returned SEPA credits

Dear partner, ⟨cnt⟩ credits were returned with reason ⟨err⟩. The first one for your reconciliation:
Beneficiary: ⟨name⟩, IBAN ⟨iban⟩, amount EUR ⟨amtd⟩, E2E ⟨uuid⟩
To download the full return file use our portal with the temporary password ⟨pw⟩ (valid 24h).""")
t("regulator", "en", True, """From: ops@partnerbank.example
Subject: Incident notice ⟨inc⟩ — returned SEPA credits

Dear partner, ⟨cnt⟩ credits were returned with reason ⟨err⟩. The first one for your reconciliation:
Beneficiary: ⟨name⟩, IBAN ⟨miban⟩, amount EUR ⟨amtd⟩, E2E ⟨uuid⟩
The full return file is on the SFTP as usual (path /out/returns/⟨batch⟩.xml).""")
t("regulator", "it", False, """Da: Ufficio Operativo ⟨bank⟩
Oggetto: Comunicazione incidente – accrediti non eseguiti

Spett.le ⟨co2⟩, a seguito dell'anomalia del ⟨date⟩ vi chiediamo di confermare il conto di appoggio: ⟨acct⟩.
Per l'accesso al portale corporate è stato generato il codice temporaneo ⟨otp⟩, valido 10 minuti.
Distinti saluti""")
t("regulator", "it", True, """Da: Ufficio Operativo ⟨bank⟩
Oggetto: Comunicazione incidente – accrediti non eseguiti

Spett.le ⟨co2⟩, a seguito dell'anomalia del ⟨date⟩ ⟨cnt⟩ accrediti (distinta ⟨batch⟩) saranno rieseguiti con valuta ⟨date⟩.
Non vi chiederemo mai codici OTP o password via e-mail o telefono.
Distinti saluti""")
t("regulator", "en", True, """EBA template field excerpt (final report)
Root cause category: Process failure — change management
Was the incident caused by a compromise of credentials? No. A test API key (already revoked, prefix sk_test_…) appeared in a log; it gave no access to production.
Measures: secret scanning in CI, mandatory peer review for config changes (⟨ticket⟩)""")
t("regulator", "de", False, "")  # placeholder removed below
T.pop()
t("regulator", "en", False, """Partner bank notice — please action
Bank: ⟨bank⟩ Ops · Ref ⟨inc⟩
Your settlement account was blocked after failed logins. New credentials for the host-to-host channel:
  Benutzer / user: ⟨clientid⟩
  Passwort: ⟨pw⟩
  Zertifikat-PIN: ⟨pin⟩
Please change them at first login.""")
t("regulator", "it", True, """Notifica al partner bancario – bozza di ⟨first⟩
Oggetto: incidente ⟨inc⟩ – impatto sui bonifici istantanei
Finestra: ⟨t⟩–⟨t2⟩ del ⟨date⟩; ⟨cnt⟩ SCT Inst rifiutati (codice ⟨err⟩)
Identificativi: distinta ⟨batch⟩, msgId ⟨uuid⟩
Nessuna credenziale compromessa; certificato rinnovato (serial ⟨span⟩)""")

# ============ cs: customer-success summaries
t("cs", "en", True, """CS summary for account ⟨co⟩ (tier: Enterprise) — ⟨date⟩
Impact: ⟨cnt⟩ failed checkouts, ⟨cnt2⟩ duplicate charges (all refunded)
Sentiment: angry, CFO on the thread. Asked whether their password/keys leaked — answered no.
Next steps: credit note ⟨inv⟩, QBR moved up, ⟨first⟩ to call Thursday.""")
t("cs", "it", True, """Riepilogo CS – ⟨co⟩ – ⟨date⟩
Impatto: ⟨cnt⟩ pagamenti falliti, rimborsi completati (⟨reid⟩ e altri)
Il cliente voleva "resettare il PIN del POS": spiegato che il PIN è delle carte dei clienti, non nostro.
Terminale ⟨tid⟩, merchant ⟨mid⟩. Prossimo contatto: ⟨date⟩""")
t("cs", "en", False, """CS handover note (⟨first⟩ → ⟨first2⟩)
Merchant ⟨co⟩ couldn't log into the dashboard during the outage, so I reset it and gave them a temp password over the phone: ⟨pw⟩
They also read me their refresh token from the plugin settings so we could debug: ⟨rt⟩
Please make sure they change both.""")
t("cs", "en", True, """CS handover note (⟨first⟩ → ⟨first2⟩)
Merchant ⟨co⟩ couldn't log into the dashboard during the outage, so I triggered a password reset link (expires in 30 min).
Plugin debug: they sent a screenshot with the token blurred, plugin version ⟨ver⟩, request id ⟨uuid⟩.
Please check they completed the reset.""")
t("cs", "it", False, """Note CS dopo l'incidente – ⟨co⟩
Il titolare ha chiamato furioso, ha dettato i dati della carta per "verificare il doppio addebito": ⟨card⟩, cvv ⟨cvv⟩.
Gli ho detto di non farlo mai più. Addebito doppio confermato su ⟨payid⟩.""")
t("cs", "it", True, """Note CS dopo l'incidente – ⟨co⟩
Il titolare ha chiamato furioso per il doppio addebito. Verificato tramite ultime 4 cifre (⟨mcard⟩) e importo ⟨amt⟩ €.
Addebito doppio confermato su ⟨payid⟩, rimborso ⟨reid⟩.""")
t("cs", "en", True, """Weekly CS digest — incident-related tickets
| ticket | merchant | topic | status |
| ⟨ticket⟩ | ⟨mid⟩ | double charge | refunded |
| ⟨ticket⟩-1 | ⟨mid2⟩ | "is my API key leaked?" | answered: no, rotated as precaution |
| ⟨ticket⟩-2 | ⟨mid⟩ | payout late | paid ⟨date⟩ |""")

# ============ aar: after-action reviews (what went well / badly)
t("aar", "en", True, """After-action review — ⟨inc⟩ (⟨sev⟩)
What went well:
- Paging worked, IC on the bridge in ⟨n⟩ min
- Failover to ⟨svc⟩ took ⟨dur⟩
What went badly:
- An engineer pasted a live API key in ⟨chan⟩; it was rotated within ⟨n2⟩ minutes
- The runbook still told people to export the DB password in their shell
Where we got lucky: the leaked key had read-only scope.""")
t("aar", "it", True, """Revisione post-incidente ⟨inc⟩
Cosa è andato bene:
- ack entro 2 minuti, IC ⟨first⟩
- rollback ⟨ssha⟩ → ⟨ssha2⟩ pulito
Cosa è andato male:
- password del bastion condivisa in chiaro nel canale (ruotata alle ⟨t⟩)
- nessuno sapeva dove fosse il PIN del token hardware della banca
Azioni: ⟨ticket⟩, ⟨ticket⟩-2""")
t("aar", "en", False, """AAR draft — what went badly (please don't share outside eng)
- we discovered the break-glass creds were still the ones from the last incident: breakglass / ⟨pw⟩
- the PagerDuty integration key ⟨pdkey⟩ is hardcoded in the cron, see diff ⟨ssha⟩
- nobody knew the HSM PIN (it's ⟨pin⟩, written on a post-it in the DC)""")
t("aar", "it", False, """AAR – cosa è andato male (bozza interna)
1. la chiave privata del certificato client per la banca era in un ticket:
⟨pem⟩
2. il token dell'API di status page era nel README: ⟨at⟩
3. ⟨first⟩ ha dovuto chiamare ⟨first2⟩ alle 4""")
t("aar", "it", True, """AAR – cosa è andato male (bozza interna)
1. la chiave privata del certificato client per la banca era in un ticket: rimossa, certificato revocato (serial ⟨span⟩), nuova chiave generata sull'HSM
2. il token dell'API di status page era nel README: sostituito con ${STATUSPAGE_TOKEN}
3. ⟨first⟩ ha dovuto chiamare ⟨first2⟩ alle 4""")
t("aar", "en", True, """Retro board export (EasyRetro) — ⟨inc⟩
Went well (⟨n⟩ votes): comms to merchants within 20 min
Went well (⟨n⟩ votes): status page kept updated every 30 min
Didn't go well (⟨n2⟩ votes): 2FA codes shared in chat to get into the PSP dashboard — need shared TOTP in the vault
Didn't go well (⟨n⟩ votes): nobody had the acquirer's support PIN — now in ⟨vault⟩""")

# ============ postmortem: blameless action items
t("postmortem", "en", True, """Action items (blameless postmortem ⟨inc⟩)
| # | action | owner | due | ticket |
| 1 | Move PSP key to secrets manager, remove from values.yaml | ⟨first⟩ | ⟨date⟩ | ⟨ticket⟩ |
| 2 | Add gitleaks pre-commit | ⟨first2⟩ | ⟨date⟩ | ⟨ticket⟩-1 |
| 3 | Rotate refresh tokens for recon job | ⟨first3⟩ | ⟨date⟩ | ⟨ticket⟩-2 |
| 4 | Alert on DLQ depth > ⟨cnt⟩ | ⟨first⟩ | ⟨date⟩ | ⟨ticket⟩-3 |""")
t("postmortem", "it", True, """Azioni correttive (postmortem senza colpe, ⟨inc⟩)
- [ ] ⟨first⟩: spostare la password del DB di ledger nel vault (⟨vault⟩) — entro ⟨date⟩
- [ ] ⟨first2⟩: ruotare la chiave webhook di ⟨co⟩ e avvisarli
- [x] ⟨first3⟩: revocato il token personale finito nel log (id ⟨kid⟩)
- [ ] tutti: mai più codici OTP in chat""")
t("postmortem", "en", False, """Postmortem ⟨inc⟩ — appendix B: the exact command that caused the double charges
for id in $(cat ids.txt); do
  curl -s -u '⟨userpass⟩' -X POST https://api.⟨co2⟩.example/v1/charges/$id/capture
done
(ids.txt contained ⟨cnt⟩ ids, ⟨cnt2⟩ of them twice)""")
t("postmortem", "en", True, """Postmortem ⟨inc⟩ — appendix B: the exact command that caused the double charges
for id in $(cat ids.txt); do
  curl -s -u "$PSP_USER:$PSP_PASS" -X POST https://api.⟨co2⟩.example/v1/charges/$id/capture
done
(ids.txt contained ⟨cnt⟩ ids, ⟨cnt2⟩ of them twice) — fix: -H "Idempotency-Key: ⟨idem⟩" per id""")
t("postmortem", "it", False, """Postmortem ⟨inc⟩ – allegato: configurazione trovata sul server compromesso
[psp]
endpoint = https://api.acquirer.example
merchant_id = ⟨mid⟩
secret_key = ⟨cs⟩
[smtp]
user = noreply@⟨co⟩
password = ⟨pw⟩""")
t("postmortem", "it", True, """Postmortem ⟨inc⟩ – allegato: configurazione trovata sul server (valori già ruotati e rimossi)
[psp]
endpoint = https://api.acquirer.example
merchant_id = ⟨mid⟩
secret_key = ⟨ph⟩
[smtp]
user = noreply@⟨co⟩
password = ⟨ph2⟩""")
t("postmortem", "en", True, """Contributing factors
- The refresh token used by the recon job expired at ⟨ts⟩ and the job silently fell back to a stale cache.
- Alert "token expiring in 7 days" existed but routed to a muted channel (⟨slackch⟩).
- Rotation of client secrets is manual and documented in three different places.
Trigger: deploy ⟨sha⟩ (⟨ver⟩).""")

# ============ 3am: "I'm pasting what I ran"
t("3am", "en", False, """sorry its 3am, this is literally what i ran:
$ export STRIPE_KEY=⟨stripe⟩
$ python refund_all.py --since "⟨ts⟩"
Refunded ⟨payid⟩ (⟨amtd⟩ EUR)
Refunded ⟨payid2⟩ (⟨amt2⟩ EUR)
Traceback (most recent call last):
  File "refund_all.py", line 41, in <module>
stripe.error.RateLimitError: Request req_⟨span⟩: Too many requests""")
t("3am", "en", True, """sorry its 3am, this is literally what i ran:
$ export STRIPE_KEY=$(op read "op://Ops/Stripe prod/secret")
$ python refund_all.py --since "⟨ts⟩"
Refunded ⟨payid⟩ (⟨amtd⟩ EUR)
Refunded ⟨payid2⟩ (⟨amt2⟩ EUR)
Traceback (most recent call last):
  File "refund_all.py", line 41, in <module>
stripe.error.RateLimitError: Request req_⟨span⟩: Too many requests""")
t("3am", "it", False, """sono le 3, vi incollo tutto quello che ho lanciato:
mysql -h ⟨host⟩ -u shop -p'⟨pw⟩' shop -e "select id,stato from ordini where id in (⟨cnt⟩,⟨cnt2⟩)"
+------+---------+
| id   | stato   |
| ⟨cnt⟩ | PAGATO  |
| ⟨cnt2⟩ | PAGATO  |
entrambi pagati due volte???""")
t("3am", "it", True, """sono le 3, vi incollo tutto quello che ho lanciato:
mysql --defaults-extra-file=~/.my.cnf -h ⟨host⟩ shop -e "select id,stato from ordini where id in (⟨cnt⟩,⟨cnt2⟩)"
+------+---------+
| id   | stato   |
| ⟨cnt⟩ | PAGATO  |
| ⟨cnt2⟩ | PAGATO  |
entrambi pagati due volte??? ordine ⟨order⟩""")
t("3am", "en", False, """ok so i tried calling your API directly to check, here:
curl -v https://api.sportello.example/v1/payments/⟨payid⟩ -H "Authorization: Bearer ⟨apikey⟩"
< HTTP/2 ⟨code⟩
< x-request-id: ⟨uuid⟩
{"error":"⟨err⟩"}
what does that mean""")
t("3am", "en", True, """ok so i tried calling your API directly to check, here:
curl -v https://api.sportello.example/v1/payments/⟨payid⟩ -H "Authorization: Bearer $SPORTELLO_TOKEN"
< HTTP/2 ⟨code⟩
< x-request-id: ⟨uuid⟩
{"error":"⟨err⟩"}
what does that mean""")
t("3am", "it", False, """scusate l'ora. ho provato il login col cookie di sessione preso dal browser:
curl 'https://dashboard.sportello.example/api/payouts?status=failed' -H 'Cookie: sp_session=⟨cookie⟩; lang=it'
risposta: [] ma i bonifici non sono arrivati!!!""")
t("3am", "it", True, """scusate l'ora. ho provato a chiamare la dashboard dal terminale:
curl 'https://dashboard.sportello.example/api/payouts?status=failed' -H 'Cookie: sp_session=<il mio cookie>; lang=it'
risposta: [] ma i bonifici non sono arrivati!!! payout ⟨poid⟩""")
t("3am", "en", False, """pasting env from the worker box because idk what's wrong anymore
$ env | grep -i -E 'psp|oauth|token'
PSP_ENV=live
OAUTH_CLIENT_ID=⟨clientid⟩
OAUTH_CLIENT_SECRET=⟨cs⟩
OAUTH_REFRESH_TOKEN=⟨rt⟩
TOKEN_CACHE_TTL=300""")
t("3am", "en", True, """pasting env names from the worker box (values stripped)
$ env | grep -i -E 'psp|oauth|token' | cut -d= -f1
PSP_ENV
OAUTH_CLIENT_ID
OAUTH_CLIENT_SECRET
OAUTH_REFRESH_TOKEN
TOKEN_CACHE_TTL
all set. worker ⟨host⟩, pid ⟨cnt⟩""")
t("3am", "it", False, """non so più che fare, questo è l'errore con il certificato che ci avete dato:
ssl.SSLError: [SSL] PEM lib (_ssl.c:3874)
il file client.key contiene:
⟨pem⟩
è giusto così?""")
t("3am", "it", True, """non so più che fare, questo è l'errore con il certificato che ci avete dato:
ssl.SSLError: [SSL] PEM lib (_ssl.c:3874)
il file client.key inizia con -----BEGIN ENCRYPTED PRIVATE KEY----- e il codice lo apre con open("client.key").read()
è giusto così? versione python 3.⟨n2⟩""")

# ============ more, mostly Italian, and language-neutral bodies ("*")
t("chat", "it", False, """#war-room-pagamenti — esportazione
[⟨t⟩] ⟨first⟩: la banca chiede l'OTP per autorizzare la distinta di rimborso
[⟨t⟩] ⟨first2⟩: arrivato adesso sul mio telefono: ⟨otp⟩
[⟨t2⟩] ⟨first⟩: inserito, distinta ⟨batch⟩ firmata ✅
[⟨t3⟩] Jira Bot: ⟨ticket⟩ spostato in "In corso\"""")
t("chat", "it", True, """#war-room-pagamenti — esportazione
[⟨t⟩] ⟨first⟩: la banca chiede l'OTP per autorizzare la distinta di rimborso
[⟨t⟩] ⟨first2⟩: lo inserisco io dal token, non lo scrivo qui
[⟨t2⟩] ⟨first⟩: ok, distinta ⟨batch⟩ firmata ✅ (⟨cnt⟩ bonifici, € ⟨big⟩)
[⟨t3⟩] Jira Bot: ⟨ticket⟩ spostato in "In corso\"""")
t("bridge", "it", False, """appunti della call con ⟨bank⟩ (⟨t⟩)
- il loro operatore ci ha chiesto di confermare l'utenza remote banking: codice utente ⟨cnt⟩⟨cnt2⟩, PIN ⟨pin⟩
- ⟨first⟩ gliel'ha dato (!!) → da cambiare subito
- rif. pratica ⟨inc⟩""")
t("bridge", "it", True, """appunti della call con ⟨bank⟩ (⟨t⟩)
- il loro operatore ci ha chiesto di confermare l'utenza remote banking: gli abbiamo detto che PIN e password non si danno al telefono
- ci richiamano sul numero ufficiale ⟨phone⟩
- rif. pratica ⟨inc⟩, codice filiale ⟨cnt2⟩""")
t("apology", "it", False, """Oggetto: R: Ci scusiamo per il disservizio – rimborso

Salve, sono ⟨name⟩, cliente del negozio ⟨co⟩. Mi avete addebitato due volte ⟨amt⟩ €. Per il rimborso vi lascio le mie coordinate:
Banca ⟨bank⟩ – ⟨acct⟩
oppure IBAN ⟨ibanit⟩
Grazie""")
t("apology", "it", True, """Oggetto: R: Ci scusiamo per il disservizio – rimborso

Salve, sono ⟨name⟩, cliente del negozio ⟨co⟩. Mi avete addebitato due volte ⟨amt⟩ €. Ho visto che il rimborso ⟨reid⟩ è partito, sull'estratto conto vedo il riferimento ⟨batch⟩.
Le coordinate bancarie non ve le mando per mail, come dite voi.
Grazie""")
t("regulator", "it", False, """Notifica all'autorità – allegato tecnico (NON INVIARE COSÌ)
Campione di transazioni impattate:
PAN;importo;esito
⟨card⟩;⟨amt⟩;KO ⟨err⟩
⟨card2⟩;⟨amt⟩;KO ⟨err⟩
⟨mcard⟩;⟨amt⟩;OK""")
t("regulator", "it", True, """Notifica all'autorità – allegato tecnico
Campione di transazioni impattate (PAN troncati come da PCI DSS):
PAN;importo;esito
⟨mcard⟩;⟨amt⟩;KO ⟨err⟩
⟨mcard2⟩;⟨amt⟩;KO ⟨err⟩
⟨badcard⟩;⟨amt⟩;scartata (Luhn non valido)""")
t("cs", "it", False, """Riassunto chiamata con ⟨co⟩ (ore ⟨t⟩)
Il cliente non riesce a completare la SCA, ci ha letto il codice SMS ricevuto: ⟨otp⟩, e poi quello nuovo ⟨otp2⟩.
Problema lato ACS della banca (⟨bank⟩). Ticket ⟨ticket⟩.""")
t("cs", "it", True, """Riassunto chiamata con ⟨co⟩ (ore ⟨t⟩)
Il cliente non riesce a completare la SCA, il codice SMS arriva dopo ⟨ms⟩ secondi e scade.
Problema lato ACS della banca (⟨bank⟩), ⟨pct⟩% di challenge scadute. Ticket ⟨ticket⟩.""")
t("timeline", "it", False, """| ora | evento | chi |
|---|---|---|
| ⟨t⟩ | webhook firmati male | ⟨first⟩ |
| ⟨t2⟩ | nuova chiave di firma generata: ⟨vk⟩ | ⟨first2⟩ |
| ⟨t3⟩ | merchant avvisati | ⟨first3⟩ |""")
t("timeline", "it", True, """| ora | evento | chi |
|---|---|---|
| ⟨t⟩ | webhook firmati male | ⟨first⟩ |
| ⟨t2⟩ | nuova chiave di firma generata (kid ⟨kid⟩) | ⟨first2⟩ |
| ⟨t3⟩ | merchant avvisati, ⟨cnt⟩ mail | ⟨first3⟩ |""")
t("runbook", "it", False, """Runbook "Accesso console acquirer" – passo 1
Utente: ⟨clientid⟩
Password: ⟨pw⟩
Codice dispositivo: ⟨pin⟩
→ poi andare su Transazioni > Esporta (lo incollo perché stanotte nessuno lo trovava)""")
t("runbook", "it", True, """Runbook "Accesso console acquirer" – passo 1
Utente: ⟨clientid⟩
Password: nel vault di team (⟨vault⟩)
Codice dispositivo: generato dall'app Authenticator del telefono di reperibilità
→ poi andare su Transazioni > Esporta""")
t("aar", "it", False, """Retrospettiva ⟨inc⟩ – appunti grezzi di ⟨first⟩
- male: il token Slack del bot di incidente è ancora ⟨slack⟩ e lo conoscono tutti
- male: webhook Slack per gli alert hardcoded: ⟨hook⟩
- bene: ack in 3 minuti""")
t("aar", "it", True, """Retrospettiva ⟨inc⟩ – appunti grezzi di ⟨first⟩
- male: il token Slack del bot di incidente era condiviso; ora è in ⟨env⟩ e ruotato il ⟨date⟩
- male: webhook Slack per gli alert hardcoded → spostato in ${SLACK_WEBHOOK_URL}
- bene: ack in 3 minuti""")
t("statuspage", "it", False, """ciao ⟨first⟩, pubblica tu per favore, io non ho accesso. accedi con ⟨first2⟩@⟨co⟩ / ⟨pw⟩
testo: "Stiamo riscontrando rallentamenti nei pagamenti con carta. Aggiornamento entro le ⟨t⟩.\"""")
t("statuspage", "it", True, """ciao ⟨first⟩, pubblica tu per favore, io non ho accesso (ti ho aggiunto come editor, ti arriva l'invito).
testo: "Stiamo riscontrando rallentamenti nei pagamenti con carta. Aggiornamento entro le ⟨t⟩.\"""")
t("postmortem", "it", False, """Appendice: comando che ha duplicato i rimborsi (eseguito da ⟨first⟩)
curl -X POST https://api.sportello.example/v1/refunds \\
  -H "Authorization: Bearer ⟨jwt:w⟩" \\
  -d payment=⟨payid⟩ -d amount=⟨cnt⟩
eseguito 2 volte per errore, manca Idempotency-Key""")
t("postmortem", "it", True, """Appendice: comando che ha duplicato i rimborsi (eseguito da ⟨first⟩)
curl -X POST https://api.sportello.example/v1/refunds \\
  -H "Authorization: Bearer $TOKEN" \\
  -d payment=⟨payid⟩ -d amount=⟨cnt⟩
eseguito 2 volte per errore, manca Idempotency-Key (es. ⟨idem⟩)""")
t("queue", "it", False, """messaggio finito in DLQ dal modulo rimborsi (JSON completo):
{"refund_id":"⟨reid⟩","customer":{"name":"⟨name⟩","iban":"⟨ibanit⟩","bic":"⟨bic⟩"},"amount":"⟨amt⟩","attempts":5,"last_error":"⟨err⟩"}""")
t("queue", "it", True, """messaggio finito in DLQ dal modulo rimborsi (JSON completo):
{"refund_id":"⟨reid⟩","customer":{"name":"⟨name⟩","iban":"⟨miban⟩","bic":"⟨bic⟩"},"amount":"⟨amt⟩","attempts":5,"last_error":"⟨err⟩"}""")
t("recon", "it", False, """# script python usato per ricalcolare i payout mancanti
import requests
s = requests.Session()
s.auth = ("⟨clientid⟩", "⟨cs⟩")
r = s.get("https://api.acquirer.example/settlements", params={"date": "⟨date⟩"})
print(r.status_code, len(r.json()["items"]))
# 200 ⟨cnt⟩""")
t("recon", "it", True, """# script python usato per ricalcolare i payout mancanti
import os, requests
s = requests.Session()
s.auth = (os.getenv("ACQ_USER"), os.getenv("ACQ_PASS"))
r = s.get("https://api.acquirer.example/settlements", params={"date": "⟨date⟩"})
print(r.status_code, len(r.json()["items"]))
# 200 ⟨cnt⟩""")
t("edge", "it", False, """terraform plan (modifica regola WAF) – incollo anche il provider perché non so se è giusto:
provider "aws" {
  region     = "⟨region⟩"
  access_key = "⟨awsid⟩"
  secret_key = "⟨awssec⟩"
}
  ~ resource "aws_wafv2_web_acl" "pay" { rule { name = "block-card-testing" } }""")
t("edge", "it", True, """terraform plan (modifica regola WAF):
provider "aws" {
  region  = "⟨region⟩"
  profile = "oncall"
}
  ~ resource "aws_wafv2_web_acl" "pay" { rule { name = "block-card-testing" } }
Plan: 0 to add, 1 to change, 0 to destroy.""")
t("flags", "it", False, """config.ini del gateway, sezione cambiata durante l'incidente:
[acquirer]
timeout = 30        ; era 10
user = ⟨clientid⟩
mot_de_passe = ⟨pw⟩ ; (il file viene dal team di Parigi)
[fallback]
enabled = true""")
t("flags", "it", True, """config.ini del gateway, sezione cambiata durante l'incidente:
[acquirer]
timeout = 30        ; era 10
user = ⟨clientid⟩
mot_de_passe = %(ACQ_PASSWORD)s ; letto dall'ambiente
[fallback]
enabled = true""")
t("diff", "it", False, """rollback eseguito:
$ git log --oneline -3
⟨ssha⟩ hotfix: chiave acquirer hardcoded
⟨ssha2⟩ feat: retry webhook
$ git show ⟨ssha⟩ | grep '^+'
+ACQUIRER_KEY = "⟨apikey⟩"
$ git revert ⟨ssha⟩""")
t("diff", "it", True, """rollback eseguito:
$ git log --oneline -3
⟨ssha⟩ hotfix: timeout acquirer
⟨ssha2⟩ feat: retry webhook
$ git show ⟨ssha⟩ | grep '^+'
+ACQUIRER_TIMEOUT = 45
$ git revert ⟨ssha⟩
[main ⟨ssha2⟩] Revert""")
t("alert", "it", False, """[Allarme] Alertmanager → ⟨chan⟩
alertname: BankConnectorDown  severity: critical  instance: ⟨ip⟩:9102
annotations.description: connessione SFTP fallita per ⟨dur⟩
annotations.debug: "sftp://h2h_user:⟨pw⟩@sftp.⟨bank⟩.example:22/in"
labels.team: payments""")
t("alert", "it", True, """[Allarme] Alertmanager → ⟨chan⟩
alertname: BankConnectorDown  severity: critical  instance: ⟨ip⟩:9102
annotations.description: connessione SFTP fallita per ⟨dur⟩ (auth: chiave, fingerprint ⟨kid⟩)
annotations.runbook: https://wiki.internal/rb/sftp
labels.team: payments""")
t("3am", "it", False, """ok vi mando la config del plugin così vedete voi (sono le 4 e non dormo)
{
  "mode": "live",
  "public_key": "⟨clientid⟩",
  "secret_key": "⟨apikey⟩",
  "webhook_secret": "⟨vk⟩",
  "debug": true
}""")
t("3am", "it", True, """ok vi mando la config del plugin così vedete voi (ho tolto le chiavi)
{
  "mode": "live",
  "public_key": "⟨clientid⟩",
  "secret_key": "⟨ph⟩",
  "webhook_secret": "⟨ph2⟩",
  "debug": true,
  "last_error_id": "⟨uuid⟩"
}""")
t("cs", "en", False, """Spanish-speaking merchant (⟨co⟩) wrote during the outage, translated:
"We can't enter the panel. Usuario: ⟨first⟩@⟨co⟩ — contraseña: ⟨pw⟩. Please check what's happening, we're losing sales."
→ account locked after too many attempts, unlocked at ⟨t⟩.""")
t("cs", "en", True, """Spanish-speaking merchant (⟨co⟩) wrote during the outage, translated:
"We can't enter the panel. I tried to reset the contraseña but no email arrives." → mail queue delayed ⟨dur⟩; reset mail delivered at ⟨t⟩.""")
t("regulator", "en", False, """German partner bank notice (excerpt):
"Betreff: Störung Zahlungsverkehr ⟨date⟩ — Ihre neuen Zugangsdaten für EBICS: Teilnehmer-ID ⟨cnt⟩, Passwort ⟨pw⟩, Initialisierungs-PIN ⟨pin⟩."
Can someone confirm we should use these for the re-submission?""")
t("regulator", "en", True, """German partner bank notice (excerpt):
"Betreff: Störung Zahlungsverkehr ⟨date⟩ — die Einreichung der Datei ⟨batch⟩ wurde abgelehnt (Fehler ⟨err⟩). Bitte erneut einreichen." BLZ/BIC on their side: ⟨bic⟩.
Can someone confirm we should re-submit the same file?""")
t("bridge", "en", False, """zoom chat (saved) — ⟨t⟩ from ⟨first⟩: the bank wants us to retry on their sandbox first, creds they gave: client ⟨clientid⟩ secret ⟨cs⟩ — wait no this says prod
⟨t2⟩ from ⟨first2⟩: lol. rotate after the call pls""")
t("bridge", "en", True, """zoom chat (saved) — ⟨t⟩ from ⟨first⟩: the bank wants us to retry on their sandbox first, client id ⟨clientid⟩, secret in the shared vault
⟨t2⟩ from ⟨first2⟩: ok, trace ⟨trace⟩ on our side""")
t("statuspage", "en", True, """status page component ids (for the API update script):
api: ⟨ssha⟩⟨n2⟩q
dashboard: ⟨ssha2⟩⟨n⟩k
payouts: ⟨span⟩
incident id: ⟨ssha⟩⟨span⟩ — script reads STATUSPAGE_API_KEY from the environment""")

# language-neutral bodies: a prose intro of the drawn language goes in front
t("runbook", "*", False, """$ psql "⟨dburl⟩" -c "select count(*) from payouts where status='failed' and created_at > now() - interval '2 hours'"
 count
-------
   ⟨cnt⟩
(1 row)""")
t("runbook", "*", True, """$ psql "$LEDGER_DB_URL" -c "select count(*) from payouts where status='failed' and created_at > now() - interval '2 hours'"
 count
-------
   ⟨cnt⟩
(1 row)""")
t("diff", "*", False, """diff --git a/.env.production b/.env.production
-REFRESH_TOKEN=
+REFRESH_TOKEN=⟨rt⟩
 TOKEN_URL=https://auth.sportello.example/oauth/token
 CLIENT_ID=⟨clientid⟩""")
t("diff", "*", True, """diff --git a/.env.production.example b/.env.production.example
-REFRESH_TOKEN=
+REFRESH_TOKEN=<paste-refresh-token>
 TOKEN_URL=https://auth.sportello.example/oauth/token
 CLIENT_ID=⟨clientid⟩""")
t("queue", "*", False, """{"replayed_at":"⟨ts⟩","queue":"webhooks-dlq","message":{"id":"⟨uuid⟩","headers":{"X-Api-Key":"⟨apikey⟩","Idempotency-Key":"⟨idem⟩"},"status":⟨code⟩}}""")
t("queue", "*", True, """{"replayed_at":"⟨ts⟩","queue":"webhooks-dlq","message":{"id":"⟨uuid⟩","headers":{"X-Api-Key":"⟨ph⟩","Idempotency-Key":"⟨idem⟩"},"status":⟨code⟩,"trace":"⟨trace⟩"}}""")
t("flags", "*", False, """apiVersion: v1
kind: Secret
metadata: {name: psp-creds, namespace: payments}
stringData:
  client_secret: "⟨cs⟩"
  tls.key: |
⟨pem⟩""")
t("flags", "*", True, """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: psp-creds, namespace: payments}
spec:
  refreshInterval: 1h
  data:
    - secretKey: client_secret
      remoteRef: {key: ⟨vault⟩, property: client_secret}""")
t("recon", "*", False, """import { Client } from "pg";
// reconciliation for ⟨inc⟩
const db = new Client({ host: "⟨host⟩", user: "recon", password: "⟨pw⟩", database: "ledger" });
await db.connect();
const { rows } = await db.query("select id, amount from refunds where batch = $1", ["⟨batch⟩"]);
console.log(rows.length); // ⟨cnt⟩""")
t("recon", "*", True, """import { Client } from "pg";
// reconciliation for ⟨inc⟩
const db = new Client({ host: "⟨host⟩", user: "recon", password: process.env.PGPASSWORD, database: "ledger" });
await db.connect();
const { rows } = await db.query("select id, amount from refunds where batch = $1", ["⟨batch⟩"]);
console.log(rows.length); // ⟨cnt⟩""")
t("edge", "*", False, """# varnish/cdn purge helper used during the incident
curl -X POST https://api.fastly.com/service/⟨span⟩/purge_all -H "Fastly-Key: ⟨vk⟩"
{"status":"ok"}""")
t("edge", "*", True, """# varnish/cdn purge helper used during the incident
curl -X POST https://api.fastly.com/service/⟨span⟩/purge_all -H "Fastly-Key: $FASTLY_API_TOKEN"
{"status":"ok","id":"⟨uuid⟩"}""")
t("3am", "*", False, """>>> import requests
>>> h = {"Authorization": "Basic ⟨basic⟩"}
>>> requests.get("https://api.acquirer.example/v1/batches/⟨batch⟩", headers=h).json()["status"]
'PARTIALLY_SETTLED'""")
t("3am", "*", True, """>>> import os, requests
>>> h = {"Authorization": "Basic " + os.environ["ACQ_BASIC"]}
>>> requests.get("https://api.acquirer.example/v1/batches/⟨batch⟩", headers=h).json()["status"]
'PARTIALLY_SETTLED'""")
t("alert", "*", False, """{"alert":"⟨svc⟩ 5xx","status":"firing","startsAt":"⟨ts⟩","annotations":{"slack_webhook":"⟨hook⟩"},"generatorURL":"http://prometheus:9090/graph?g0.expr=..."}""")
t("alert", "*", True, """{"alert":"⟨svc⟩ 5xx","status":"firing","startsAt":"⟨ts⟩","fingerprint":"⟨span⟩","annotations":{"summary":"⟨cnt⟩ errors in 5m"},"generatorURL":"http://prometheus:9090/graph?g0.expr=..."}""")
t("timeline", "*", False, """ts,actor,action,detail
⟨ts⟩,⟨first⟩,manual capture,"card ⟨card⟩ exp 03/29"
⟨ts2⟩,⟨first⟩,manual capture,"card ⟨mcard⟩"
⟨ts3⟩,⟨first2⟩,stopped manual captures,—""")
t("timeline", "*", True, """ts,actor,action,detail
⟨ts⟩,⟨first⟩,manual capture,"card ⟨mcard⟩ payment ⟨payid⟩"
⟨ts2⟩,⟨first⟩,manual capture,"card ⟨mcard2⟩ payment ⟨payid2⟩"
⟨ts3⟩,⟨first2⟩,stopped manual captures,—""")
t("chat", "*", False, """⟨first⟩ ⟨tt⟩
```
OPSGENIE_API_KEY=⟨ogkey⟩
GENIE_KEY_FOR_HEARTBEAT=⟨ogkey2⟩
```
⟨first2⟩ ⟨tt2⟩
:face_palm:""")

# ============ prose about secrets, with none in it
t("aar", "en", True, """Quick note for the desk: during last night's ⟨sev⟩ one of our engineers pasted a production key into a public gist. It was revoked ⟨n2⟩ minutes later, a new one was issued and stored in ⟨vault⟩. Do we need to tell you, and should our merchants rotate their own API keys? We think not.""")
t("aar", "it", True, """Per info: durante l'incidente di stanotte un collega ha incollato per sbaglio la password del database in un canale pubblico. L'abbiamo cambiata subito (alle ⟨t⟩), e abbiamo controllato gli accessi: nessun login anomalo da ⟨pubip⟩ o altri. Dobbiamo segnalarlo anche a voi?""")
t("cs", "en", True, """Merchant ⟨co⟩ asks: "your status page said no PINs or passwords were exposed — but our customers got SMS asking for their card PIN, is that you?" → answered: phishing, we never ask for PINs/OTPs; reported the sender number ⟨phone⟩.""")
t("cs", "it", True, """Il merchant ⟨co⟩ chiede se deve rigenerare il client secret dopo l'incidente. Risposta: non necessario, le credenziali non sono state coinvolte; se vuole può farlo dal pannello (Sviluppatori → Credenziali) e il vecchio resta valido 24 ore.""")
t("postmortem", "en", True, """Lessons learned: secrets in shell history. Three of us had `export PSP_KEY=...` in ~/.bash_history on the bastion. We cleared histories, set HISTCONTROL=ignorespace and moved to `op run --env-file=.env.tpl`. The keys themselves were rotated on ⟨date⟩ (new key id ⟨kid⟩).""")
t("postmortem", "it", True, """Lezione appresa: i codici OTP della banca arrivavano sul telefono personale di ⟨first⟩, che era in ferie. Abbiamo attivato un secondo dispositivo di firma e un numero condiviso di reperibilità (⟨phone⟩). Nessun codice è stato condiviso in chat.""")
t("regulator", "en", True, """Partner notice: as a precaution after incident ⟨inc⟩ we will rotate the mTLS client certificate on ⟨date⟩ at ⟨t⟩ UTC. New certificate serial ⟨span⟩, SHA-256 fingerprint ⟨kid⟩. No private keys were exposed; no action needed beyond trusting the new chain.""")
t("statuspage", "it", True, """Modifica alla bozza (⟨first⟩): tolgo la frase "cambiate la vostra password" perché non è vero che è stata esposta; metto "per precauzione abbiamo invalidato le sessioni attive, vi verrà chiesto di accedere di nuovo". Sessioni invalidate: ⟨big⟩.""")
t("3am", "en", True, """i think i leaked our webhook secret?? it was in a screenshot i posted in ⟨chan⟩ but it was blurred. rotated anyway from the dashboard at ⟨t⟩, new one is only in the k8s secret. do old signatures still verify for a while? event ⟨uuid⟩ failed verification""")
t("3am", "it", True, """credo di aver scritto il PIN della carta aziendale nel ticket di ieri ma l'ho cancellato subito e la banca l'ha bloccata, carta ⟨mcard⟩. Adesso il rimborso ⟨reid⟩ dove finisce? grazie e scusate l'orario""")
t("flags", "en", True, """before/after of the rate limit config (no secrets in this file, keys come from ⟨env⟩):
  limits.refunds.per_minute: 60 -> ⟨cnt2⟩
  limits.payouts.burst: 10 -> ⟨n2⟩
  retry.jitter_ms: 250 -> ⟨ms⟩""")
t("bridge", "it", True, """Note della call con il partner (⟨bank⟩), ⟨date⟩:
- chiesto se il token di accesso scaduto alle ⟨t⟩ fosse compromesso: no, solo scaduto
- nuovo token generato dal loro portale e caricato da ⟨first⟩ nel secret manager
- ID sessione bridge: ⟨uuid⟩""")


# ============ end users' bank details and card codes during refunds / payouts
t("recon", "it", False, """rimborsi manuali da fare oggi (clienti che hanno pagato due volte e non hanno più la carta):
nome;coordinate;importo
⟨name⟩;⟨acct⟩;⟨amt⟩
⟨name2⟩;⟨ibanit⟩;⟨amt⟩
totale righe: 2 – distinta ⟨batch⟩""")
t("recon", "it", True, """rimborsi manuali da fare oggi (clienti che hanno pagato due volte):
nome;banca;importo;stato
⟨name⟩;⟨abicab⟩;⟨amt⟩;in attesa coordinate dal cliente
⟨name2⟩;⟨bic⟩;⟨amt⟩;IBAN ricevuto via portale sicuro (⟨miban⟩)
totale righe: 2 – distinta ⟨batch⟩""")
t("recon", "en", False, """payout re-run sheet (UK merchants missed on ⟨date⟩)
merchant	account	amount_gbp	status
⟨co⟩	⟨acct⟩	⟨amtd⟩	resend
⟨co2⟩	⟨acct2⟩	⟨amt2⟩	resend
built by ⟨first⟩ from the bank return file""")
t("recon", "en", True, """payout re-run sheet (UK merchants missed on ⟨date⟩)
merchant	sort_code	account_last4	amount_gbp	status
⟨co⟩	⟨sc⟩	⟨n⟩⟨n2⟩⟨n⟩	⟨amtd⟩	resend
⟨co2⟩	⟨sc⟩	⟨n2⟩⟨n2⟩	⟨amt2⟩	resend
built by ⟨first⟩ from the bank return file, batch ⟨batch⟩""")
t("apology", "en", False, """Hi, after your outage our customer ⟨name⟩ was charged twice and wants the refund by bank transfer, details she gave us:
Account holder: ⟨name⟩
IBAN: ⟨iban⟩
(or her old Spanish/French account if easier: ⟨acct⟩)
Order ⟨order⟩, amount ⟨amtd⟩ EUR.""")
t("apology", "en", True, """Hi, after your outage our customer ⟨name⟩ was charged twice; we refunded her directly from our side (transfer ref ⟨batch⟩), so please don't refund ⟨payid⟩ again.
Order ⟨order⟩, amount ⟨amtd⟩ EUR. Her IBAN on our invoice was the wrong one (⟨badiban⟩), corrected since.""")
t("cs", "it", False, """Nota cliente (⟨co⟩): durante il disservizio ha provato a pagare "a mano" dettando al telefono: carta ⟨card:w⟩ codice di sicurezza ⟨cvv⟩. La collega ha annotato tutto nel ticket ⟨ticket⟩, da ripulire.""")
t("cs", "en", False, """Call note: merchant ⟨co⟩ pasted into live chat during the outage: "card ⟨card⟩, cvc ⟨cvv⟩, exp 08/27 — just charge it manually please". Declined to process, told them to delete it. Ticket ⟨ticket⟩.""")
t("bridge", "en", False, """bridge notes ⟨t⟩ — partner bank reading out the failed credit they need us to re-send:
beneficiary ⟨name⟩, ⟨acct⟩, GBP ⟨amtd⟩, their ref ⟨batch⟩
second one: IBAN ⟨iban⟩, EUR ⟨amt2⟩""")
t("bridge", "en", True, """bridge notes ⟨t⟩ — partner bank reading out the failed credits they need us to re-send:
beneficiary ⟨name⟩, sort code ⟨sc⟩ (account in the return file), GBP ⟨amtd⟩, their ref ⟨batch⟩
second one: IBAN in the file is invalid (⟨badiban⟩), EUR ⟨amt2⟩""")
t("timeline", "en", False, """⟨t⟩ merchant ⟨co⟩ phones in: customer's SCA code ⟨otp⟩ "keeps failing", card ending ⟨n⟩⟨n2⟩⟨n⟩
⟨t2⟩ ACS provider confirms outage
⟨t3⟩ recovered, ⟨cnt⟩ challenges retried""")
t("timeline", "en", True, """⟨t⟩ merchant ⟨co⟩ phones in: customer's SCA code "keeps failing", card ⟨mcard⟩
⟨t2⟩ ACS provider confirms outage (their ref ⟨inc⟩)
⟨t3⟩ recovered, ⟨cnt⟩ challenges retried, error rate ⟨pct⟩%""")
t("queue", "en", False, """payouts.failed replay — 1 message still failing:
{"payout":"⟨poid⟩","destination":{"type":"fr_rib","rib":"⟨acct⟩"},"amount":⟨amtd⟩,"error":"⟨err⟩"}""")
t("regulator", "it", False, """Da: ⟨bank⟩ – Back office
Per ripristinare gli accrediti respinti ci servono conferme sui beneficiari:
1) ⟨name⟩ – ⟨acct⟩
2) ⟨name2⟩ – IBAN ⟨iban⟩
Rispondere entro le ⟨t⟩.""")
t("regulator", "it", True, """Da: ⟨bank⟩ – Back office
Per ripristinare gli accrediti respinti ci servono conferme sui beneficiari della distinta ⟨batch⟩ (⟨cnt2⟩ posizioni, IBAN nel tracciato cifrato).
Identificativo messaggio: ⟨uuid⟩. Rispondere entro le ⟨t⟩.""")

# ---------------------------------------------------------------- assembly

SEP = {"it": ["\n\n", "\n", "\n\n---\n"], "en": ["\n\n", "\n", "\n\n---\n"]}


def typo(s):
    parts = TOKRE.split(s)
    # TOKRE has 2 groups, so plain text is every 3rd item
    idx = [i for i in range(0, len(parts), 3) if re.search(r"[A-Za-zà-ù]{5,}", parts[i] or "")]
    if not idx:
        return s
    i = R.choice(idx)
    words = list(re.finditer(r"[A-Za-zà-ù]{5,}", parts[i]))
    w = R.choice(words)
    a = R.randint(w.start() + 1, w.end() - 2)
    p = parts[i]
    parts[i] = p[:a] + p[a + 1] + p[a] + p[a + 2:]
    out = []
    for j, x in enumerate(parts):
        if j % 3 == 0:
            out.append(x)
        elif j % 3 == 1:
            out.append("⟨" + x + (":" + parts[j + 1] if parts[j + 1] else "") + "⟩")
    return "".join(out)


def quote(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def bounded_ok(text, val):
    """short numeric secrets must not sit inside a longer number anywhere."""
    start = 0
    while True:
        i = text.find(val, start)
        if i < 0:
            return True
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(val)] if i + len(val) < len(text) else " "
        if before.isdigit() or after.isdigit():
            return False
        start = i + 1


def build(style, lang, neg, body, star):
    tpl = body
    intro = None
    if star or R.random() < 0.45:
        intro = pick(INTRO[lang])
        if R.random() < 0.25:
            intro = typo(intro)
        if R.random() < 0.15:
            intro = intro.lower()
    if intro:
        tpl = intro + pick(SEP[lang]) + tpl
    if R.random() < 0.35:
        o = pick(OUTRO[lang])
        if o:
            tpl = tpl + "\n\n" + o
    for _ in range(40):
        text, secrets = render(tpl)
        ok = True
        for s in secrets:
            if s["value"] not in text:
                ok = False
            if s["kind"] in ("pin", "cvv") or (s["value"].isdigit() and len(s["value"]) < 12):
                if not bounded_ok(text, s["value"]):
                    ok = False
        if ok:
            break
    else:
        raise RuntimeError("cannot render " + tpl[:60])
    if R.random() < 0.08 and not any("\n" in s["value"] for s in secrets):
        head = pick({"it": ["Inoltro dal collega:", "---------- Messaggio inoltrato ----------", "Il ⟨date⟩ ha scritto:"],
                     "en": ["Forwarding from a colleague:", "---------- Forwarded message ---------", "On ⟨date⟩ someone wrote:"]}[lang])
        head = head.replace("⟨date⟩", FILL["date"]())
        text = head + "\n" + quote(text)
    return text, secrets


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "fresh24.jsonl"
    want = {("it", False): 376, ("en", False): 376, ("it", True): 427, ("en", True): 427}
    rows = []
    tpl_used = Counter()
    for lang in ("en", "it"):
        n_id = 0
        items = []
        for neg in (False, True):
            pool = [(s, l, ng, b) for (s, l, ng, b) in T if ng == neg and l in (lang, "*")]
            seq = []
            while len(seq) < want[(lang, neg)]:
                p = pool[:]
                R.shuffle(p)
                seq.extend(p)
            items.extend(seq[:want[(lang, neg)]])
        R.shuffle(items)
        for (style, l, neg, body) in items:
            text, secrets = build(style, lang, neg, body, l == "*")
            if neg and secrets:
                raise RuntimeError("negative template carries a secret: " + body[:60])
            if not neg and not secrets:
                raise RuntimeError("positive template without secret: " + body[:60])
            n_id += 1
            tpl_used[(style, T.index((style, l, neg, body)))] += 1
            rows.append({"id": "fresh24-%s-%04d" % (lang, n_id), "lang": lang, "style": style,
                         "text": text, "secrets": secrets})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate(out)


KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv",
         "iban", "bank_account", "password", "pin"}


def validate(path):
    ids = set()
    per_kind = Counter()
    per_lang = Counter()
    per_style = Counter()
    n_pos = n_neg = 0
    with open(path, encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            assert set(r) == {"id", "lang", "style", "text", "secrets"}, r.keys()
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            assert r["lang"] in ("it", "en")
            assert isinstance(r["style"], str) and r["style"]
            assert isinstance(r["text"], str) and r["text"]
            assert "⟨" not in r["text"], r["id"]
            for s in r["secrets"]:
                assert set(s) == {"kind", "value"}
                assert s["kind"] in KINDS, s["kind"]
                assert s["value"] and s["value"] in r["text"], (r["id"], s)
                v = s["value"]
                if s["kind"] == "card_number":
                    d = re.sub(r"\D", "", v)
                    assert 13 <= len(d) <= 19 and luhn_ok(d), (r["id"], v)
                if s["kind"] == "iban":
                    c = v.replace(" ", "")
                    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
                    assert int(num) % 97 == 1, (r["id"], v)
                per_kind[s["kind"]] += 1
            # masked/bad look-alikes must not be valid by accident
            if r["secrets"]:
                n_pos += 1
            else:
                n_neg += 1
            per_lang[(r["lang"], bool(r["secrets"]))] += 1
            per_style[(r["style"], bool(r["secrets"]))] += 1
    total = n_pos + n_neg
    print("samples", total, "with secrets", n_pos, "must pass", n_neg, "pass ratio %.3f" % (n_neg / total))
    print("per kind (labelled values):")
    for k in sorted(KINDS):
        print("  %-14s %d" % (k, per_kind[k]))
    print("per lang:", dict(per_lang))
    print("per style:")
    for st in sorted({s for s, _ in per_style}):
        print("  %-11s pos %3d  neg %3d" % (st, per_style[(st, True)], per_style[(st, False)]))
    assert total >= 1600 and n_neg >= n_pos
    assert not (KINDS - set(per_kind)), KINDS - set(per_kind)


if __name__ == "__main__":
    main()
