#!/usr/bin/env python3
"""Generator for the fresh22 sealed corpus.

Style: "the robots in between" -- what reaches the desk from automations,
no-code/low-code tools and AI assistants: Zapier/Make/n8n/Power Automate/
Node-RED/Pipedream exports and task histories, RPA and AutoHotkey scripts,
Retool/Bubble/Airtable/Notion settings and tables, ChatGPT/Claude/Copilot
conversation pastes, custom-GPT actions, MCP/agent configs and tool-call
traces, LangChain/Flowise/Dify code and .env files, AI meeting recaps and
transcripts, AI ticket summaries, chatbot transcripts with end users, form
notifications forwarded by automations, SMS/OTP flows, voice notes
auto-transcribed. Half Italian, half English.

Deterministic: seeded. Writes fresh22.jsonl next to this file.
"""
import base64
import json
import os
import random
import re
import string
import sys
import uuid

SEED = 22_2026_1203
A62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = A62 + "+/"
URLS = A62 + "-_"

# ---------------------------------------------------------------- helpers

def rnd(r, n, alph=A62):
    return "".join(r.choice(alph) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def T(L, it, en):
    return it if L == "it" else en


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- checksums

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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


CARD_PREFIXES = [("4111", 16), ("4539", 16), ("4000", 16), ("4242", 16), ("4917", 16),
                 ("4716", 16), ("5555", 16), ("5105", 16), ("5425", 16), ("2223", 16),
                 ("5200", 16), ("3782", 15), ("3714", 15), ("6011", 16), ("3530", 16)]


def card_digits(r):
    p, n = r.choice(CARD_PREFIXES)
    body = p + "".join(r.choice("0123456789") for _ in range(n - 1 - len(p)))
    return luhn_complete(body)


def bad_card_digits(r):
    d = card_digits(r)
    last = int(d[-1])
    return d[:-1] + str((last + r.randint(1, 9)) % 10)


def fmt_card(r, d):
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    mode = r.randrange(9)
    if mode == 0:
        return d
    if mode in (1, 2, 3):
        return " ".join(groups)
    if mode == 4:
        return "-".join(groups)
    if mode == 5:
        return ".".join(groups)
    if mode == 6:
        return "  ".join(groups)
    if mode == 7:
        out = groups[0]
        for g in groups[1:]:
            out += r.choice([" ", "-", " - ", "  ", ""]) + g
        return out
    return " / ".join(groups)


def cvv(r, digits):
    return "".join(r.choice("0123456789") for _ in range(4 if len(digits) == 15 else 3))


def expiry(r):
    return "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31))


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin_it(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


ABIS = ["03069", "02008", "05034", "03111", "01030", "05387", "03062", "08327", "05696", "03440"]


def it_parts(r):
    abi = r.choice(ABIS)
    cab = digits(r, 5)
    conto = r.choice(["0000", "1000", "CC00", "0100"]) + digits(r, 8)
    return cin_it(abi + cab + conto), abi, cab, conto


def rib_fr(r):
    b, g, c = digits(r, 5), digits(r, 5), digits(r, 11)
    key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, "%02d" % key


W_ES = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def dc_es(ten):
    s = sum(int(a) * b for a, b in zip(ten, W_ES))
    d = 11 - s % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def ccc_es(r):
    e, o, c = digits(r, 4), digits(r, 4), digits(r, 10)
    dc = "%d%d" % (dc_es("00" + e + o), dc_es(c))
    return e, o, dc, c


def iban_raw(r, cc=None):
    cc = cc or r.choice(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "PT"])
    if cc == "IT":
        cin, abi, cab, conto = it_parts(r)
        return iban_from("IT", cin + abi + cab + conto)
    if cc == "DE":
        return iban_from("DE", digits(r, 8) + digits(r, 10))
    if cc == "FR":
        return iban_from("FR", "".join(rib_fr(r)))
    if cc == "ES":
        return iban_from("ES", "".join(ccc_es(r)))
    if cc == "GB":
        return iban_from("GB", r.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + digits(r, 14))
    if cc == "NL":
        return iban_from("NL", r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10))
    if cc == "BE":
        f = digits(r, 10)
        k = int(f) % 97 or 97
        return iban_from("BE", f + "%02d" % k)
    if cc == "PT":
        f = "0035" + digits(r, 15)
        k = 98 - (int(f) * 100) % 97
        return iban_from("PT", f + "%02d" % k)


def fmt_iban(r, i):
    m = r.randrange(5)
    if m in (0, 1):
        return i
    g = [i[k:k + 4] for k in range(0, len(i), 4)]
    if m in (2, 3):
        return " ".join(g)
    return r.choice(["  ", " "]).join(g)


def iban(r, cc=None):
    return fmt_iban(r, iban_raw(r, cc))


def bad_iban(r, cc=None):
    i = iban_raw(r, cc)
    chk = int(i[2:4])
    new = chk
    while new == chk:
        new = r.randint(2, 98)
    return fmt_iban(r, i[:2] + "%02d" % new + i[4:])


def bank_account(r):
    m = r.randrange(6)
    if m == 0:
        s = digits(r, 6)
        return r.choice(["%s-%s-%s %s", "%s-%s-%s / %s", "%s %s %s  %s"]) % (s[:2], s[2:4], s[4:], digits(r, 8)), "UK"
    if m == 1:
        cin, abi, cab, conto = it_parts(r)
        return r.choice(["%s %s %s %s" % (cin, abi, cab, conto), cin + abi + cab + conto,
                         "%s-%s-%s-%s" % (cin, abi, cab, conto)]), "IT"
    if m == 2:
        cin, abi, cab, conto = it_parts(r)
        return r.choice(["%s/%s/%s", "%s %s %s", "%s-%s-%s"]) % (abi, cab, conto), "IT"
    if m == 3:
        blz = digits(r, 8)
        return r.choice(["%s %s" % (blz, digits(r, 10)), "%s %s %s / %s" % (blz[:3], blz[3:6], blz[6:], digits(r, 10))]), "DE"
    if m == 4:
        b, g, c, k = rib_fr(r)
        return r.choice(["%s %s %s %s", "%s-%s-%s-%s"]) % (b, g, c, k), "FR"
    e, o, dc, c = ccc_es(r)
    return r.choice(["%s %s %s %s", "%s-%s-%s-%s"]) % (e, o, dc, c), "ES"


BICS = ["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "DEUTDEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "NWBKGB2L", "INGBNL2A", "SELBIT2BXXX"]

# ---------------------------------------------------------------- secret values

IT_W = ["fornaio", "gattonero", "limoncello", "vespa", "pandoro", "tramonto", "girasole", "ciabatta",
        "scirocco", "cannolo", "bicicletta", "lavanda", "mareblu", "nonnapina", "castello", "tartufo",
        "orecchiette", "gelsomino", "lampione", "rondine"]
EN_W = ["sunflower", "marble", "harbour", "pepper", "falcon", "lantern", "copper", "meadow", "thunder",
        "biscuit", "orchid", "velvet", "rocket", "granite", "maple", "puffin", "walrus", "saffron",
        "kettle", "bramble"]
SYM = "!#$*+-_=?.&%"
SAFE = "!*-_.~"


def password(r, L, urlsafe=False):
    sym = SAFE if urlsafe else SYM
    w = r.choice(IT_W if L == "it" else EN_W)
    w2 = r.choice(IT_W + EN_W)
    m = r.randrange(7)
    if m == 0:
        p = w.capitalize() + str(r.randint(10, 2029)) + r.choice(sym)
    elif m == 1:
        p = w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(r.randint(1, 99))
        if urlsafe:
            p = p.replace("@", "4")
    elif m == 2:
        p = "-".join([w, w2, r.choice(IT_W + EN_W)]) + str(r.randint(1, 9))
    elif m == 3:
        p = rnd(r, r.randint(12, 18), A62 + sym)
    elif m == 4:
        p = w.capitalize() + r.choice("_.-") + w2 + str(r.randint(1, 99))
    elif m == 5:
        p = rnd(r, 3, string.ascii_uppercase) + r.choice(sym) + w + str(r.randint(100, 999))
    else:
        p = w2.upper()[:4] + str(r.randint(1000, 9999)) + w + r.choice(sym)
    return p


def pin(r, n=None):
    n = n or r.choice([4, 5, 6, 6, 6, 8])
    d = digits(r, n)
    return d


def otp_fmt(r, d):
    if len(d) == 6 and r.random() < 0.3:
        return r.choice([d[:3] + " " + d[3:], d[:3] + "-" + d[3:], " ".join(d)])
    return d


def jwt(r, refresh=False):
    h = {"alg": r.choice(["RS256", "ES256", "HS256", "PS256"]), "typ": "JWT", "kid": rnd(r, 10, HEX)}
    iat = r.randint(1_764_000_000, 1_790_000_000)
    p = {"iss": r.choice(["https://auth.sportello-pay.eu", "https://id.openbank-hub.it", "https://login.paylane.example"]),
         "sub": rnd(r, 12, HEX), "aud": r.choice(["payments", "accounts", "ais", "pis"]),
         "iat": iat, "exp": iat + (2_592_000 if refresh else 3600)}
    if refresh:
        p["typ"] = "refresh"
    else:
        p["scope"] = r.choice(["payments:write", "accounts:read balances:read", "refunds:write", "payouts:read"])
    sig = rnd(r, r.choice([43, 86]), URLS)
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + sig


def access_token(r):
    m = r.randrange(6)
    if m in (0, 1):
        return jwt(r)
    if m == 2:
        return rnd(r, r.choice([32, 40, 48]))
    if m == 3:
        return r.choice(["live_", "prod_", "at_", "sbx_"]) + rnd(r, r.choice([32, 40]))
    if m == 4:
        return rnd(r, 64, HEX)
    return rnd(r, 24, URLS) + "." + rnd(r, 40, URLS)


def refresh_token(r):
    m = r.randrange(4)
    if m == 0:
        return jwt(r, refresh=True)
    if m == 1:
        return "rt_" + rnd(r, 48)
    if m == 2:
        return rnd(r, 64, URLS)
    return rnd(r, 8, A62) + "~" + rnd(r, 40, URLS)


def client_secret(r):
    m = r.randrange(4)
    if m == 0:
        return rnd(r, 32)
    if m == 1:
        return rnd(r, 48, URLS)
    if m == 2:
        return "cs_" + rnd(r, 40)
    return rnd(r, 40, A62 + "~.")


def client_id(r):
    m = r.randrange(4)
    if m == 0:
        return uid(r)
    if m == 1:
        return r.choice(["forno-rossi", "bnb-aurora", "acme-pay", "ortofrutta-gallo", "pizzeria-da-ciro", "kiosk-hub", "shopmate"]) + "-" + r.choice(["prod", "live", "zapier", "make", "n8n"])
    if m == 2:
        return "cli_" + rnd(r, 16, HEX)
    return digits(r, 10)


def basic_blob(r):
    cid = client_id(r)
    sec = client_secret(r)
    return base64.b64encode((cid + ":" + sec).encode()).decode(), cid, sec


def vendor_key(r):
    m = r.randrange(16)
    if m == 0:
        return "AKIA" + rnd(r, 16, string.ascii_uppercase + "234567"), "AWS access key id"
    if m == 1:
        return r.choice(["sk_live_", "rk_live_"]) + rnd(r, r.choice([24, 99])), "Stripe"
    if m == 2:
        return "ghp_" + rnd(r, 36), "GitHub PAT"
    if m == 3:
        return "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rnd(r, 24), "Slack bot"
    if m == 4:
        return "AIza" + rnd(r, 35, URLS), "Google API"
    if m == 5:
        return "sk-proj-" + rnd(r, 74, URLS) + "T3BlbkFJ" + rnd(r, 74, URLS), "OpenAI"
    if m == 6:
        return "sk-ant-api03-" + rnd(r, 93, URLS) + "AA", "Anthropic"
    if m == 7:
        return "SG." + rnd(r, 22, URLS) + "." + rnd(r, 43, URLS), "SendGrid"
    if m == 8:
        return "pat" + rnd(r, 14) + "." + rnd(r, 64, HEX), "Airtable"
    if m == 9:
        return r.choice(["secret_", "ntn_"]) + rnd(r, 43), "Notion"
    if m == 10:
        return "hf_" + rnd(r, 34, string.ascii_letters), "Hugging Face"
    if m == 11:
        return digits(r, 10) + ":AA" + rnd(r, 33, URLS), "Telegram bot"
    if m == 12:
        return "shpat_" + rnd(r, 32, HEX), "Shopify"
    if m == 13:
        return "glpat-" + rnd(r, 20, URLS), "GitLab"
    if m == 14:
        return rnd(r, 32, HEX) + "-us" + str(r.randint(1, 21)), "Mailchimp"
    return "whsec_" + rnd(r, 32), "Stripe webhook secret"


def pem(r):
    kinds = [("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"),
             ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA"),
             ("EC PRIVATE KEY", "MHcCAQEEI"),
             ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")]
    name, start = r.choice(kinds)
    n = r.randint(5, 12) if name != "EC PRIVATE KEY" else 3
    body = start + rnd(r, 64 * n - len(start), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines.append(rnd(r, r.randint(8, 60), B64) + r.choice(["", "=", "=="]))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (name, "\n".join(lines), name)


def pub_block(r):
    name = r.choice(["PUBLIC KEY", "CERTIFICATE"])
    start = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" if name == "PUBLIC KEY" else "MIIDdzCCAl+gAwIBAgIEbXk"
    body = start + rnd(r, 64 * r.randint(4, 8) - len(start), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)] + [rnd(r, 20, B64) + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (name, "\n".join(lines), name)


# ---------------------------------------------------------------- look-alikes

def commit(r):
    return rnd(r, 40, HEX)


def sha256(r):
    return rnd(r, 64, HEX)


def trace_id(r):
    return rnd(r, 32, HEX)


def span_id(r):
    return rnd(r, 16, HEX)


def pay_id(r):
    return r.choice(["pay_", "pi_", "po_", "re_", "tr_", "mdt_"]) + rnd(r, 24)


def order_no(r):
    return r.choice(["ORD-2026-%06d", "#%05d", "WC-%d", "ORD%08d", "A-%07d"]) % r.randint(1000, 999999)


def invoice_no(r, L):
    return T(L, "FT %d/2026", "INV-2026-%05d") % r.randint(1, 9999)


def phone(r, L):
    if L == "it":
        return r.choice(["+39 3%02d %03d %04d", "3%02d %03d%04d", "0%d %04d %03d"]) % (r.randint(20, 93), r.randint(100, 999), r.randint(1000, 9999)) if r.random() < 0.8 else "06 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999))
    return r.choice(["+44 7%03d %06d", "+1 (%03d) 555-%04d"]) % (r.randint(100, 999), r.randint(1000, 999999) % 10000 if False else r.randint(1000, 9999))


def amount(r, L):
    v = r.randint(100, 999999) / 100
    if L == "it":
        return ("%.2f" % v).replace(".", ",") + " €"
    return "€%.2f" % v


def date(r, L):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return ("%02d/%02d/2026" % (d, m)) if L == "it" else ("2026-%02d-%02d" % (m, d))


def masked_card(r):
    last = digits(r, 4)
    return r.choice(["**** **** **** %s", "•••• %s", "XXXX-XXXX-XXXX-%s", "************%s", "411111******%s", "ending %s"]) % last


PLACEHOLDERS = ["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<API_KEY>",
                "{{1.api_key}}", "{{2.access_token}}", "={{ $credentials.apiKey }}", "@{parameters('ClientSecret')}",
                "${env:SPORTELLO_API_KEY}", "[REDACTED]", "********", "sk-...", "<inserisci-qui-la-chiave>",
                "INSERISCI_TOKEN", "{{secrets.SPORTELLO_TOKEN}}", "<paste here>", "changeme", "${{ secrets.API_KEY }}",
                "%API_KEY%", "$SPORTELLO_KEY", "{{$json.token}}", "••••••••••••", "<redacted>", "[nascosto]"]


def ph(r):
    return r.choice(PLACEHOLDERS)


def env_read(r):
    v = r.choice(["SPORTELLO_API_KEY", "CLIENT_SECRET", "OPENAI_API_KEY", "PAY_TOKEN", "DB_PASSWORD", "REFRESH_TOKEN"])
    return r.choice(['process.env.%s', 'os.environ["%s"]', 'os.getenv("%s")', 'getenv("%s")', "$env:%s", "ENV.fetch('%s')",
                     "config.clientSecret", "st.secrets[\"%s\"]", "{{ $env.%s }}", "userdata.get('%s')"]).replace("%s", v) if True else ""


# ---------------------------------------------------------------- people

IT_NAMES = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Sara", "Matteo", "Elena", "Tommaso", "Rosaria", "Gennaro", "Ilaria", "Pietro"]
EN_NAMES = ["Emma", "Oliver", "Priya", "Liam", "Chloe", "Noah", "Aisha", "Jack", "Sophie", "Ethan", "Mei", "Tom", "Grace", "Omar"]
IT_CO = ["Forno Rossi", "B&B Aurora", "Ortofrutta Gallo", "Pizzeria da Ciro", "Ferramenta Bianchi", "Studio Dentistico Sala", "Palestra FitLab", "Cantina Colli Alti", "Agriturismo Il Poggio", "Libreria Il Gufo"]
EN_CO = ["Maple Bakery", "Harbour Lights B&B", "Greenway Grocers", "Blue Door Dental", "Copper Kettle Café", "Northside Gym", "Bramble Books", "Falcon Cycles", "Puffin Pets", "Velvet Salon"]
IT_AG = ["l'agenzia NoCode Lab", "lo studio Automazioni Smart", "un freelance di Make", "il consulente Zapier", "la web agency PixelSud", "mio nipote (fa le automazioni)", "il nostro partner IA"]
EN_AG = ["the no-code agency FlowWorks", "our Zapier freelancer", "a Make.com consultant", "the automation intern", "our AI partner agency", "my nephew who does the automations", "the web agency"]


def intro(r, L, tool):
    if L == "it":
        n, c, a = r.choice(IT_NAMES), r.choice(IT_CO), r.choice(IT_AG)
        return r.choice([
            f"Buongiorno, sono {n} di {c}. Il flusso su {tool} si è fermato, vi copio qui sotto:",
            f"Ciao, vi scrivo per conto di {c}: {a} ha configurato {tool} e ora va in errore.",
            f"Salve, {tool} mi dà 401 da stamattina. Incollo la configurazione.",
            f"Buonasera,\nsegnalo un problema con l'integrazione via {tool} ({c}).",
            f"ciao ragazzi, ho chiesto anche all'IA ma niente. ecco cosa ho su {tool}",
            f"Gentile supporto, sono {n}, lavoro con {a}. Allego l'export di {tool}.",
            f"Rieccomi (ticket di ieri). Questa volta copio tutto da {tool}:",
            f"Buongiorno, il titolare di {c} mi ha chiesto di scrivervi. Da {tool} esce questo:",
            f"uè buongiorno, so' {n} d'o negozio {c}, 'sto {tool} nun funziona cchiù, guardate voi:",
            f"Bongiorno, scusate l'italiano, sono lo stagista di {c}. Il {tool} fa errore, vedete sotto",
            f"BUONGIORNO SONO {n.upper()} DI {c.upper()} IL {tool.upper()} NON VA",
        ])
    n, c, a = r.choice(EN_NAMES), r.choice(EN_CO), r.choice(EN_AG)
    return r.choice([
        f"Hi, {n} from {c} here. Our {tool} flow stopped working, pasting below:",
        f"Hello, writing on behalf of {c}: {a} set up {tool} and now it errors.",
        f"Hey, {tool} returns 401 since this morning. Config copied here.",
        f"Good afternoon,\nreporting an issue with the {tool} integration ({c}).",
        f"hi all, asked the AI too but no luck. this is what I have in {tool}",
        f"Dear support, I'm {n}, working with {a}. Attaching the {tool} export.",
        f"Following up on yesterday's ticket, this time I copied everything from {tool}:",
        f"Hello, the owner of {c} asked me to reach out. {tool} shows this:",
        f"Hello sir, I am {n} from {c}, the {tool} is not working since yesterday, please to check below",
        f"hiya, {n} here ({c}), me nephew set up {tool} and now it's broke, see below",
        f"HI THIS IS {n.upper()} FROM {c.upper()} {tool.upper()} STOPPED",
    ])


def outro(r, L):
    if L == "it":
        return r.choice(["Grazie mille.", "Fatemi sapere, grazie!", "Saluti,\n" + r.choice(IT_NAMES), "Grazie, buona giornata",
                         "P.S. scusate la fretta", "Attendo riscontro.", "", "grz", "Cordiali saluti\n" + r.choice(IT_CO)])
    return r.choice(["Thanks a lot.", "Let me know, thanks!", "Cheers,\n" + r.choice(EN_NAMES), "Thanks, have a good day",
                     "PS sorry for the rush", "Looking forward to your reply.", "", "thx", "Kind regards\n" + r.choice(EN_CO)])


PWD_LABELS_IT = ["password", "Password", "pwd", "pasword", "parola d'ordine", "chiave d'accesso", "psw", "PASSWORD", "passwd", "codice segreto"]
PWD_LABELS_EN = ["password", "Password", "pwd", "pass", "passcode", "PASSWORD", "passwd", "pw", "passphrase", "login password"]
PWD_FOREIGN = ["Passwort", "Kennwort", "mot de passe", "contraseña", "senha", "clave", "Mot de passe", "Passwort (neu)"]
PIN_LABELS_IT = ["PIN", "codice OTP", "codice SMS", "OTP", "codice di verifica", "pin", "codice dispositivo", "codice usa e getta"]
PIN_LABELS_EN = ["PIN", "OTP", "SMS code", "verification code", "one-time code", "pin", "passcode (SCA)", "login code"]
PIN_FOREIGN = ["Geheimzahl", "código de verificación", "code de vérification", "código SMS", "TAN"]


def pwd_label(r, L):
    if r.random() < 0.15:
        return r.choice(PWD_FOREIGN)
    return r.choice(PWD_LABELS_IT if L == "it" else PWD_LABELS_EN)


def pin_label(r, L):
    if r.random() < 0.12:
        return r.choice(PIN_FOREIGN)
    return r.choice(PIN_LABELS_IT if L == "it" else PIN_LABELS_EN)


# ---------------------------------------------------------------- positive families
# each returns (style, text, [(kind, value), ...])

def p_zapier(r, L):
    tool = "Zapier"
    S = []
    m = r.randrange(3)
    if m == 0:
        tok = access_token(r)
        S.append(("access_token", tok))
        hdr = f"Authorization | Bearer {tok}"
    elif m == 1:
        blob, _, _ = basic_blob(r)
        S.append(("client_secret", blob))
        hdr = f"Authorization | Basic {blob}"
    else:
        tok = access_token(r)
        S.append(("access_token", tok))
        hdr = f"X-Api-Key | {tok}"
    body = (f"Step 3: Webhooks by Zapier — Custom Request\n"
            f"Method: POST\nURL: https://api.sportello-pay.eu/v2/payment-links\n"
            f"Data Pass-Through?: false\nData: {{\"amount\": {{{{1.total}}}}, \"currency\": \"EUR\"}}\n"
            f"Unflatten: yes\nBasic Auth: \nHeaders:\n  Content-Type | application/json\n  {hdr}\n"
            f"Zap ID: {r.randint(100000000, 999999999)}   Task: {digits(r, 12)}")
    if r.random() < 0.3:
        vk, name = vendor_key(r)
        S.append(("vendor_key", vk))
        body += T(L, f"\n\nNello step 5 ({name}) la chiave è {vk}", f"\n\nStep 5 ({name}) uses key {vk}")
    return "zapier", intro(r, L, tool) + "\n\n" + body + "\n\n" + outro(r, L), S


def p_make(r, L):
    S = []
    vk = None
    m = r.randrange(3)
    if m == 0:
        tok = access_token(r)
        S.append(("access_token", tok))
        params = f'"headers": [{{"name": "Authorization", "value": "Bearer {tok}"}}]'
    elif m == 1:
        vk, name = vendor_key(r)
        S.append(("vendor_key", vk))
        params = f'"apiKey": "{vk}", "service": "{name}"'
    else:
        cs = client_secret(r)
        S.append(("client_secret", cs))
        params = f'"clientId": "{client_id(r)}", "clientSecret": "{cs}"'
    bp = ('{\n  "name": "%s",\n  "flow": [\n    {"id": %d, "module": "http:ActionSendData", "version": 3,\n'
          '     "parameters": {%s},\n     "mapper": {"url": "https://api.sportello-pay.eu/v2/refunds", "method": "post", "body": "{{%d.body}}"}}\n  ],\n'
          '  "metadata": {"instant": false, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}\n}') % (
        T(L, "Rimborsi Shopify -> Sportello", "Shopify refunds -> Sportello"), r.randint(1, 9), params, r.randint(1, 5))
    pre = T(L, "Blueprint esportato (Make → Esporta blueprint):", "Exported blueprint (Make → Export blueprint):")
    return "make-blueprint", intro(r, L, "Make") + "\n" + pre + "\n" + bp + "\n" + outro(r, L), S


def p_n8n(r, L):
    S = []
    cs, at, rt = client_secret(r), access_token(r), refresh_token(r)
    cid = client_id(r)
    parts = [f'"clientId": "{cid}"', f'"clientSecret": "{cs}"']
    S.append(("client_secret", cs))
    tokdata = []
    if r.random() < 0.7:
        tokdata.append(f'"access_token": "{at}"')
        S.append(("access_token", at))
    if r.random() < 0.7:
        tokdata.append(f'"refresh_token": "{rt}"')
        S.append(("refresh_token", rt))
    tokdata.append('"token_type": "Bearer", "expires_in": 3600')
    parts.append('"oauthTokenData": {' + ", ".join(tokdata) + "}")
    js = ('[\n  {\n    "id": "%s",\n    "name": "Sportello OAuth2 (%s)",\n    "type": "oAuth2Api",\n    "data": {\n      %s,\n'
          '      "accessTokenUrl": "https://auth.sportello-pay.eu/oauth/token",\n      "grantType": "authorizationCode"\n    }\n  }\n]') % (
        rnd(r, 16), r.choice(["prod", "live", "negozio"]), ",\n      ".join(parts))
    pre = T(L, "Output di `n8n export:credentials --all --decrypted`:", "Output of `n8n export:credentials --all --decrypted`:")
    return "n8n", intro(r, L, "n8n") + "\n\n" + pre + "\n" + js + "\n" + outro(r, L), S


def p_power_automate(r, L):
    S = []
    if r.random() < 0.5:
        user = r.choice(["svc-flow", "api_user", "contabilita", "admin"])
        pw = password(r, L)
        S.append(("password", pw))
        auth = '"authentication": {\n      "type": "Basic",\n      "username": "%s",\n      "password": "%s"\n    }' % (user, pw)
    else:
        cs = client_secret(r)
        S.append(("client_secret", cs))
        auth = ('"authentication": {\n      "type": "ActiveDirectoryOAuth",\n      "tenant": "%s",\n      "audience": "https://api.sportello-pay.eu",\n'
                '      "clientId": "%s",\n      "secret": "%s"\n    }') % (uid(r), uid(r), cs)
    js = ('"HTTP_Crea_pagamento": {\n  "type": "Http",\n  "inputs": {\n    "method": "POST",\n    "uri": "https://api.sportello-pay.eu/v2/payments",\n'
          '    "body": "@triggerBody()",\n    %s\n  },\n  "runAfter": {"Compose": ["Succeeded"]}\n}') % auth
    pre = T(L, "Power Automate, azione HTTP (vista codice):", "Power Automate HTTP action (peek code):")
    return "power-automate", intro(r, L, "Power Automate") + "\n" + pre + "\n" + js + "\n" + outro(r, L), S


def p_rpa(r, L):
    S = []
    pw = password(r, L)
    S.append(("password", pw))
    m = r.randrange(3)
    if m == 0:
        user = r.choice(["rossi.giulia", "cassa01", "amministrazione", "shop.owner"])
        code = (f"; AutoHotkey - scarica estratto conto\nRun, https://banca.example/login\nSleep, 4000\nSend, {user}{{Tab}}\n"
                f"Send, {pw}{{Enter}}\nSleep, 3000\n")
        if r.random() < 0.6:
            p = pin(r, 5)
            S.append(("pin", p))
            code += f"Send, {p}{{Enter}}  ; {pin_label(r, L)}\n"
        style = "autohotkey"
    elif m == 1:
        code = (f'<Assign DisplayName="Assign password">\n  <Assign.To><OutArgument x:TypeArguments="x:String">[strPassword]</OutArgument></Assign.To>\n'
                f'  <Assign.Value><InArgument x:TypeArguments="x:String">"{pw}"</InArgument></Assign.Value>\n</Assign>\n'
                f'<ui:TypeInto DisplayName="Type Into \'Password\'" Text="[strPassword]" />')
        style = "uipath-xaml"
    else:
        code = (f"import pyautogui, time\n# robot per il gestionale\npyautogui.write('{r.choice(['admin', 'negozio', 'ufficio'])}')\npyautogui.press('tab')\n"
                f"pyautogui.write('{pw}')  # {pwd_label(r, L)}\npyautogui.press('enter')\n")
        if r.random() < 0.5:
            p = pin(r, 6)
            S.append(("pin", p))
            code += f"time.sleep(20)\npyautogui.write('{p}')  # OTP\n"
        style = "python-rpa"
    pre = T(L, "Il robot che ci ha fatto il consulente non entra più nel portale. Script:", "The bot our consultant built can't log in any more. Script:")
    return style, pre + "\n\n" + code + "\n" + outro(r, L), S


def p_llm_chat(r, L):
    S = []
    bot = r.choice(["ChatGPT", "Claude", "Gemini", "Copilot", "Le Chat"])
    m = r.randrange(5)
    if m == 0:
        tok = access_token(r)
        S.append(("access_token", tok))
        code = f"const res = await fetch('https://api.sportello-pay.eu/v2/payments', {{\n  headers: {{ Authorization: 'Bearer {tok}' }}\n}});"
    elif m == 1:
        vk, name = vendor_key(r)
        S.append(("vendor_key", vk))
        code = f"import requests\nKEY = \"{vk}\"  # {name}\nr = requests.get(URL, headers={{'Authorization': f'Bearer {{KEY}}'}})"
    elif m == 2:
        cs = client_secret(r)
        S.append(("client_secret", cs))
        code = f"curl -X POST https://auth.sportello-pay.eu/oauth/token \\\n  -d grant_type=client_credentials \\\n  -d client_id={client_id(r)} \\\n  -d client_secret={cs}"
    elif m == 3:
        pw = password(r, L, urlsafe=True)
        S.append(("password", pw))
        code = f"DATABASE_URL=postgres://shop_admin:{pw}@db.{rnd(r, 8, 'abcdefghijklmnop')}.supabase.co:5432/postgres"
    else:
        k = pem(r)
        S.append(("private_key", k))
        code = k
    if L == "it":
        convo = (f"Ho chiesto a {bot}, copio la chat:\n\n"
                 f"Tu: perché questa chiamata mi dà 401?\n```\n{code}\n```\n\n"
                 f"{bot}: Il codice sembra corretto. Verifica che le credenziali siano valide e non scadute. "
                 f"Nota: evita di condividere chiavi e token in chiaro.\n\n"
                 f"Tu: ok ma è giusto il formato?\n\n{bot}: Sì, il formato è corretto.\n\n"
                 f"Quindi il problema è vostro?")
    else:
        convo = (f"Asked {bot}, pasting the chat:\n\n"
                 f"You: why does this call give me 401?\n```\n{code}\n```\n\n"
                 f"{bot}: The code looks correct. Check the credentials are valid and not expired. "
                 f"Note: avoid sharing keys and tokens in plain text.\n\n"
                 f"You: ok but is the format right?\n\n{bot}: Yes, the format is correct.\n\n"
                 f"So the problem is on your side?")
    return "llm-chat", convo + "\n" + outro(r, L), S


def p_gpt_action(r, L):
    S = []
    if r.random() < 0.5:
        tok = access_token(r)
        S.append(("access_token", tok))
        auth = T(L, f"Autenticazione: Chiave API\nChiave API: {tok}\nTipo di autenticazione: Bearer",
                 f"Authentication: API Key\nAPI Key: {tok}\nAuth Type: Bearer")
    else:
        cs = client_secret(r)
        S.append(("client_secret", cs))
        auth = T(L, f"Autenticazione: OAuth\nID client: {client_id(r)}\nSegreto client: {cs}\nURL di autorizzazione: https://auth.sportello-pay.eu/authorize\nURL token: https://auth.sportello-pay.eu/oauth/token\nAmbito: payments:read",
                 f"Authentication: OAuth\nClient ID: {client_id(r)}\nClient Secret: {cs}\nAuthorization URL: https://auth.sportello-pay.eu/authorize\nToken URL: https://auth.sportello-pay.eu/oauth/token\nScope: payments:read")
    pre = T(L, "Ho fatto un GPT personalizzato per il negozio (azione verso le vostre API). Impostazioni dell'azione:",
            "I built a custom GPT for the shop (action calling your API). Action settings:")
    schema = "openapi: 3.1.0\ninfo: {title: Sportello payments, version: '2'}\nservers:\n  - url: https://api.sportello-pay.eu/v2"
    return "gpt-action", pre + "\n\n" + auth + "\n\nSchema:\n" + schema + "\n\n" + outro(r, L), S


def p_mcp(r, L):
    S = []
    env = []
    tok = access_token(r)
    env.append(f'"SPORTELLO_API_KEY": "{tok}"')
    S.append(("access_token", tok))
    if r.random() < 0.5:
        vk = "ghp_" + rnd(r, 36)
        env.append(f'"GITHUB_PERSONAL_ACCESS_TOKEN": "{vk}"')
        S.append(("vendor_key", vk))
    if r.random() < 0.4:
        pw = password(r, L, urlsafe=True)
        env.append(f'"DATABASE_URL": "postgresql://mcp:{pw}@localhost:5432/negozio"')
        S.append(("password", pw))
    js = ('{\n  "mcpServers": {\n    "sportello": {\n      "command": "npx",\n      "args": ["-y", "@sportello/mcp-server"],\n      "env": {\n        %s\n      }\n    }\n  }\n}') % ",\n        ".join(env)
    pre = T(L, r.choice(["Il server MCP non si avvia in Claude Desktop. claude_desktop_config.json:", "Cursor non vede gli strumenti del vostro MCP. .cursor/mcp.json:"]),
            r.choice(["The MCP server won't start in Claude Desktop. claude_desktop_config.json:", "Cursor doesn't list your MCP tools. .cursor/mcp.json:"]))
    return "mcp-config", pre + "\n" + js + "\n" + outro(r, L), S


def p_langchain(r, L):
    S = []
    vk = "sk-proj-" + rnd(r, 74, URLS) + "T3BlbkFJ" + rnd(r, 74, URLS) if r.random() < 0.6 else "sk-ant-api03-" + rnd(r, 93, URLS) + "AA"
    S.append(("vendor_key", vk))
    var = "OPENAI_API_KEY" if vk.startswith("sk-proj") else "ANTHROPIC_API_KEY"
    tok = access_token(r)
    S.append(("access_token", tok))
    cm = T(L, "# strumento per l'agente: crea link di pagamento", "# agent tool: create payment link")
    code = (f"import os, requests\nfrom langchain.tools import tool\n\nos.environ[\"{var}\"] = \"{vk}\"\nSPORTELLO_TOKEN = '{tok}'\n\n"
            f"@tool\ndef crea_link(importo: int) -> str:\n    {cm}\n    r = requests.post('https://api.sportello-pay.eu/v2/payment-links',\n"
            f"        headers={{'Authorization': 'Bearer ' + SPORTELLO_TOKEN}}, json={{'amount': importo}})\n    return r.text\n")
    pre = T(L, "Sto facendo un agente con LangChain, la chiamata al vostro endpoint torna 403:", "Building a LangChain agent, the call to your endpoint returns 403:")
    return "python-langchain", pre + "\n\n" + code + "\n" + outro(r, L), S


def p_agent_trace(r, L):
    S = []
    tok = access_token(r)
    S.append(("access_token", tok))
    lines = [
        json.dumps({"ts": "2026-11-30T09:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), "run_id": uid(r), "step": 3, "type": "tool_call",
                    "tool": "http_request", "args": {"method": "GET", "url": "https://api.sportello-pay.eu/v2/payouts?limit=5",
                                                     "headers": {"Authorization": "Bearer " + tok}}}, ensure_ascii=False),
        json.dumps({"ts": "2026-11-30T09:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), "step": 4, "type": "tool_result", "status": 401,
                    "body": {"error": "invalid_token", "trace_id": trace_id(r)}}, ensure_ascii=False),
    ]
    if r.random() < 0.4:
        ib = iban(r)
        S.append(("iban", ib))
        lines.append(json.dumps({"step": 5, "type": "llm_output", "text": T(L, f"Non riesco a leggere i payout. L'IBAN del beneficiario che mi hai dato è {ib}.",
                                                                               f"I can't read payouts. The beneficiary IBAN you gave me is {ib}.")}, ensure_ascii=False))
    pre = T(L, "Traccia dell'agente (LangSmith → export JSONL):", "Agent trace (LangSmith → export JSONL):")
    return "agent-trace", intro(r, L, r.choice(["LangSmith", "il nostro agente IA", "CrewAI"]) if L == "it" else r.choice(["LangSmith", "our AI agent", "CrewAI"])) + "\n" + pre + "\n" + "\n".join(lines) + "\n" + outro(r, L), S


def p_meeting(r, L):
    S = []
    app = r.choice(["Otter.ai", "Fathom", "Teams Copilot", "Zoom AI Companion", "Fireflies", "tl;dv"])
    n1, n2 = (r.sample(IT_NAMES, 2) if L == "it" else r.sample(EN_NAMES, 2))
    m = r.randrange(3)
    if m == 0:
        pw = password(r, L)
        S.append(("password", pw))
        line = T(L, f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n1}: allora la {pwd_label(r, L)} della sandbox è {pw}, scrivetevela",
                 f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n1}: so the sandbox {pwd_label(r, L)} is {pw}, write it down")
    elif m == 1:
        p = otp_fmt(r, pin(r, 6))
        S.append(("pin", p))
        line = T(L, f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n2}: mi è arrivato l'SMS, il codice è {p}, fai presto che scade",
                 f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n2}: got the text, the code is {p}, quick before it expires")
    else:
        tok = access_token(r)
        S.append(("access_token", tok))
        line = T(L, f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n1}: ti incollo in chat la chiave API: {tok}",
                 f"[00:{r.randint(10, 50)}:{r.randint(10, 59)}] {n1}: pasting the API key in chat: {tok}")
    if L == "it":
        txt = (f"Riepilogo generato da {app} — Riunione \"Integrazione pagamenti\" ({date(r, L)})\n\n"
               f"Punti chiave:\n- {n1} ha mostrato il flusso Zapier\n- errore 401 sul webhook\n\nAzioni:\n- {n2}: aprire ticket con Sportello\n\n"
               f"Trascrizione (estratto):\n{line}\n[00:{r.randint(51, 59)}:02] {n2}: ok fatto")
        pre = "Vi inoltro il riepilogo automatico della call di ieri, così avete il contesto."
    else:
        txt = (f"Summary generated by {app} — Meeting \"Payments integration\" ({date(r, L)})\n\n"
               f"Key points:\n- {n1} demoed the Zapier flow\n- 401 on the webhook\n\nAction items:\n- {n2}: open a ticket with Sportello\n\n"
               f"Transcript (excerpt):\n{line}\n[00:{r.randint(51, 59)}:02] {n2}: ok done")
        pre = "Forwarding the automatic recap of yesterday's call so you have context."
    return "meeting-recap", pre + "\n\n" + txt + "\n\n" + outro(r, L), S


def p_airtable(r, L):
    S = []
    hdr = T(L, r.choice(["Servizio,Utente,Password,Chiave API,Note", "Nome;Login;Pwd;Token;Note"]),
            r.choice(["Service,User,Password,API key,Notes", "Name;Login;Pass;Token;Notes"]))
    sep = "," if "," in hdr else ";"
    rows = []
    for svc in r.sample(["Sportello", "Shopify", "Banca", "Mailchimp", "POS", "Wi-Fi negozio", "Google", "SumUp"], r.randint(2, 4)):
        pw = password(r, L)
        kk = ""
        if svc == "Sportello":
            kk = access_token(r)
            S.append(("access_token", kk))
        elif r.random() < 0.4:
            kk, _ = vendor_key(r)
            S.append(("vendor_key", kk))
        S.append(("password", pw))
        note = r.choice(["", T(L, "non cambiare", "don't change"), T(L, "di Marco", "Tom's"), "2FA sms", "ok"])
        rows.append(sep.join([svc, r.choice(["admin", "info@negozio.it", "cassa", "owner"]), pw, kk, note]))
    if r.random() < 0.4:
        p = pin(r, r.choice([4, 5]))
        S.append(("pin", p))
        rows.append(sep.join([T(L, "Carta aziendale", "Company card"), "", "", "", f"PIN {p}"]))
    tool = r.choice(["Airtable", "Notion", "Google Sheets", "Baserow"])
    pre = T(L, f"La tabella \"Credenziali\" su {tool} che usa l'automazione (export CSV):", f"The \"Credentials\" table in {tool} that the automation reads (CSV export):")
    return "nocode-table", pre + "\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + outro(r, L), S


def p_retool(r, L):
    S = []
    tool = r.choice(["Retool", "Appsmith", "Budibase", "ToolJet", "Bubble"])
    cs, tok = client_secret(r), access_token(r)
    S.append(("client_secret", cs))
    lab = r.choice([("Client secret", "Access token"), ("Segreto client", "Token di accesso"), ("Client-Geheimnis", "Zugriffstoken"),
                    ("Secreto de cliente", "Token de acceso"), ("Secret client", "Jeton d'accès")]) if r.random() < 0.5 else (
        T(L, "Segreto client", "Client secret"), T(L, "Token di accesso", "Access token"))
    lines = [f"{T(L, 'Nome risorsa', 'Resource name')}: Sportello API", "Base URL: https://api.sportello-pay.eu/v2",
             "Authentication: OAuth 2.0", f"Client ID: {client_id(r)}", f"{lab[0]}: {cs}"]
    if r.random() < 0.6:
        lines.append(f"{lab[1]}: {tok}")
        S.append(("access_token", tok))
    if r.random() < 0.3:
        rt = refresh_token(r)
        lines.append(f"Refresh token: {rt}")
        S.append(("refresh_token", rt))
    lines.append(T(L, "Condividi credenziali tra utenti: Sì", "Share OAuth credentials between users: Yes"))
    return "lowcode-settings", intro(r, L, tool) + "\n\n" + "\n".join(lines) + "\n\n" + outro(r, L), S


def p_bubble(r, L):
    S = []
    tok = access_token(r)
    S.append(("access_token", tok))
    if r.random() < 0.5:
        body = (f"API Connector → Sportello\nAuthentication: Private key in header\nKey name: Authorization\nKey value: Bearer {tok}\n"
                f"Development key value: Bearer {tok}\n\nCall: create_checkout (Use as: Action)  POST https://api.sportello-pay.eu/v2/checkout")
    else:
        body = (f"API Connector → Sportello\nAuthentication: Private key in URL\nKey name: api_key\n\n"
                f"Initialize call: GET https://api.sportello-pay.eu/v2/balance?api_key={tok}&currency=EUR")
    return "bubble", intro(r, L, "Bubble") + "\n\n" + body + "\n\n" + outro(r, L), S


def p_homeassistant(r, L):
    S = []
    pw = password(r, L)
    S.append(("password", pw))
    vk = digits(r, 10) + ":AA" + rnd(r, 33, URLS)
    S.append(("vendor_key", vk))
    tok = access_token(r)
    S.append(("access_token", tok))
    cm = T(L, "# cassa e notifiche del negozio", "# shop till and notifications")
    y = (f"{cm}\nwifi_negozio_password: \"{pw}\"\ntelegram_bot_token: {vk}\nsportello_api_key: '{tok}'\n"
         f"telegram_chat_id: -100{digits(r, 10)}\n")
    pre = T(L, "Uso Node-RED/Home Assistant per avvisarmi quando arriva un pagamento. secrets.yaml:", "I use Node-RED/Home Assistant to ping me on each payment. secrets.yaml:")
    return "yaml", pre + "\n\n" + y + "\n" + outro(r, L), S


def p_webhook_relay(r, L):
    S = []
    tool = r.choice(["webhook.site", "Pipedream", "ngrok inspector", "RequestBin", "Hookdeck"])
    tok = access_token(r)
    S.append(("access_token", tok))
    hdrs = [f"POST /hook/{rnd(r, 12).lower()} HTTP/1.1", "Host: " + r.choice(["eo3x.m.pipedream.net", "webhook.site", "a1b2-93-45.ngrok-free.app"]),
            "content-type: application/json", f"authorization: Bearer {tok}", f"x-request-id: {uid(r)}"]
    body = {"event": "checkout.completed", "payment_id": pay_id(r), "amount": r.randint(500, 90000)}
    if r.random() < 0.5:
        d = card_digits(r)
        c = fmt_card(r, d)
        v = cvv(r, d)
        body["form"] = {"card": c, "cvc": v, "exp": expiry(r)}
        S += [("card_number", c), ("cvv", v)]
    txt = "\n".join(hdrs) + "\n\n" + json.dumps(body, indent=2, ensure_ascii=False)
    pre = T(L, f"Richiesta catturata su {tool}:", f"Request captured on {tool}:")
    return "webhook-capture", intro(r, L, tool) + "\n" + pre + "\n" + txt + "\n" + outro(r, L), S


def p_form(r, L):
    S = []
    tool = r.choice(["Typeform", "Jotform", "Google Moduli", "Tally", "Fillout", "Wufoo"]) if L == "it" else r.choice(["Typeform", "Jotform", "Google Forms", "Tally", "Fillout", "Wufoo"])
    who = r.choice(IT_NAMES if L == "it" else EN_NAMES) + " " + r.choice(["Rossi", "Esposito", "Smith", "Bianchi", "Khan", "Ferrari"])
    m = r.randrange(3)
    if m == 0:
        ib = iban(r)
        S.append(("iban", ib))
        f = T(L, f"Nome e cognome: {who}\nIBAN per il rimborso: {ib}\nBIC: {r.choice(BICS)}\nImporto: {amount(r, L)}",
              f"Full name: {who}\nIBAN for the refund: {ib}\nBIC: {r.choice(BICS)}\nAmount: {amount(r, L)}")
    elif m == 1:
        ba, cc = bank_account(r)
        S.append(("bank_account", ba))
        lab = {"UK": "Sort code / account", "IT": "CIN ABI CAB conto", "DE": "BLZ / Kontonummer", "FR": "RIB", "ES": "CCC"}[cc]
        if cc == "IT" and ba.count(" ") + ba.count("/") + ba.count("-") == 2:
            lab = "ABI / CAB / conto"
        f = T(L, f"Nome: {who}\n{lab}: {ba}\nMotivo: reso ordine {order_no(r)}", f"Name: {who}\n{lab}: {ba}\nReason: return of order {order_no(r)}")
    else:
        d = card_digits(r)
        c, v = fmt_card(r, d), cvv(r, d)
        S += [("card_number", c), ("cvv", v)]
        f = T(L, f"Intestatario: {who}\nNumero carta: {c}\nScadenza: {expiry(r)}\nCVV: {v}\nTelefono: {phone(r, L)}",
              f"Cardholder: {who}\nCard number: {c}\nExpiry: {expiry(r)}\nSecurity code: {v}\nPhone: {phone(r, L)}")
    pre = T(L, f"Lo Zap prende le risposte di {tool} e le manda a voi, ma ci chiedete di non mandare questi dati? Esempio di notifica:",
            f"Our Zap takes {tool} responses and sends them to you, but you say we shouldn't send this data? Sample notification:")
    return "form-notification", pre + "\n\n---\n" + f + "\n---\n" + outro(r, L), S


def p_chatbot(r, L):
    S = []
    bot = r.choice(["Tidio", "ManyChat", "Intercom Fin", "Landbot", "il bot WhatsApp" if L == "it" else "the WhatsApp bot"])
    d = card_digits(r)
    m = r.randrange(4)
    if m == 0:
        c = fmt_card(r, d)
        S.append(("card_number", c))
        u = T(L, f"Cliente: ok ecco la carta {c}", f"Customer: ok here is the card {c}")
        if r.random() < 0.6:
            v = cvv(r, d)
            S.append(("cvv", v))
            u += T(L, f"\nCliente: cvv {v}", f"\nCustomer: cvv {v}")
    elif m == 1:
        p = otp_fmt(r, pin(r, 6))
        S.append(("pin", p))
        u = T(L, f"Cliente: mi è arrivato il {pin_label(r, L)} {p} lo devo scrivere qui?", f"Customer: I got the {pin_label(r, L)} {p} do I type it here?")
    elif m == 2:
        p = pin(r, r.choice([4, 5]))
        S.append(("pin", p))
        u = T(L, f"Cliente: il pin del bancomat è {p} ma il pagamento non passa", f"Customer: my card PIN is {p} but the payment doesn't go through")
    else:
        ib = iban(r)
        S.append(("iban", ib))
        u = T(L, f"Cliente: rimborsatemi qui {ib}", f"Customer: refund me here {ib}")
    b = T(L, "Bot: Mi dispiace, non ho capito. Vuoi parlare con un operatore?", "Bot: Sorry, I didn't get that. Do you want to talk to an agent?")
    pre = T(L, f"Il nostro chatbot ({bot}) ha salvato questa conversazione nel CRM, è un problema? Trascrizione:",
            f"Our chatbot ({bot}) saved this conversation into the CRM, is that a problem? Transcript:")
    return "chatbot-transcript", pre + "\n\n" + T(L, "Bot: Ciao! Come posso aiutarti?", "Bot: Hi! How can I help?") + "\n" + u + "\n" + b + "\n\n" + outro(r, L), S


def p_ai_summary(r, L):
    S = []
    m = r.randrange(2)
    if m == 0:
        v = iban(r)
        S.append(("iban", v))
        k = "IBAN"
    else:
        v, cc = bank_account(r)
        S.append(("bank_account", v))
        k = T(L, "coordinate bancarie", "bank details")
    who = r.choice(IT_NAMES if L == "it" else EN_NAMES)
    if L == "it":
        s = (f"✨ Riepilogo IA del ticket\nIl cliente {who} chiede il rimborso di {amount(r, L)} per l'ordine {order_no(r)}. "
             f"Ha fornito le {k} {v}. Sentimento: frustrato. Priorità suggerita: alta.")
        pre = "Incollo il riassunto che ha fatto l'assistente IA del nostro helpdesk, così non devo riscrivere:"
    else:
        s = (f"✨ AI ticket summary\nCustomer {who} requests a refund of {amount(r, L)} for order {order_no(r)}. "
             f"They provided {k} {v}. Sentiment: frustrated. Suggested priority: high.")
        pre = "Pasting the summary our helpdesk AI assistant made so I don't have to retype it:"
    return "ai-summary", pre + "\n\n" + s + "\n\n" + outro(r, L), S


def p_prompt(r, L):
    S = []
    tok = access_token(r)
    S.append(("access_token", tok))
    if L == "it":
        p = (f"SYSTEM PROMPT (assistente del negozio):\nSei l'assistente di {r.choice(IT_CO)}. Per creare un link di pagamento chiama "
             f"POST /v2/payment-links con l'header Authorization: Bearer {tok}. Non rivelare mai la chiave all'utente.")
    else:
        p = (f"SYSTEM PROMPT (shop assistant):\nYou are the assistant of {r.choice(EN_CO)}. To create a payment link call "
             f"POST /v2/payment-links with header Authorization: Bearer {tok}. Never reveal the key to the user.")
    if r.random() < 0.4:
        pw = password(r, L)
        S.append(("password", pw))
        p += T(L, f"\nSe serve il gestionale: utente admin, {pwd_label(r, L)} {pw}", f"\nFor the back office: user admin, {pwd_label(r, L)} {pw}")
    pre = T(L, "Il bot a volte risponde con dati strani, ecco il prompt che usiamo:", "The bot sometimes answers weird things, this is the prompt we use:")
    return "prompt", pre + "\n\n" + p + "\n\n" + outro(r, L), S


def p_extension(r, L):
    S = []
    at, rt = access_token(r), refresh_token(r)
    S += [("access_token", at), ("refresh_token", rt)]
    if r.random() < 0.5:
        txt = (f"chrome.storage.local:\n{{\n  \"sportelloSession\": {{\n    \"accessToken\": \"{at}\",\n    \"refreshToken\": \"{rt}\",\n"
               f"    \"expiresAt\": {r.randint(1_764_000_000, 1_790_000_000)}\n  }},\n  \"shopId\": \"{uid(r)}\"\n}}")
        pre = T(L, "L'estensione per Chrome che ci ha fatto l'agenzia si slogga sempre. Storage:", "The Chrome extension our agency built keeps logging out. Storage:")
    else:
        txt = (f"// ==UserScript==\n// @name   Sportello quick refund\n// @match  https://dashboard.sportello-pay.eu/*\n// ==/UserScript==\n"
               f"const ACCESS = '{at}';\nconst REFRESH = '{rt}';\n")
        pre = T(L, "Uso questo script Tampermonkey per fare i rimborsi più veloce:", "I use this Tampermonkey script to speed up refunds:")
    return "browser-extension", pre + "\n\n" + txt + "\n\n" + outro(r, L), S


def p_sheets_connector(r, L):
    S = []
    if r.random() < 0.5:
        blob, _, _ = basic_blob(r)
        S.append(("client_secret", blob))
        body = f"API Connector (Sheets add-on)\nAPI URL: https://api.sportello-pay.eu/v2/settlements?from=2026-11-01\nHeaders:\n  Key: Authorization   Value: Basic {blob}\nDestination sheet: Incassi"
    else:
        cid, cs = client_id(r), client_secret(r)
        pair = cid + ":" + cs
        S.append(("client_secret", pair))
        body = f"IMPORTJSON / curl equivalent:\ncurl -u {pair} https://api.sportello-pay.eu/v2/settlements"
    return "sheets-connector", intro(r, L, "Google Sheets") + "\n\n" + body + "\n\n" + outro(r, L), S


def p_twilio(r, L):
    S = []
    tokn = rnd(r, 32, HEX)
    S.append(("vendor_key", tokn))
    p = pin(r, 6)
    S.append(("pin", p))
    body = (f"Twilio Studio flow \"OTP pagamento\"\nAccount SID: AC{rnd(r, 32, HEX)}\nAuth Token: {tokn}\n\n"
            + T(L, f"Ultimo SMS inviato al cliente ({phone(r, L)}): \"Il tuo codice Sportello è {p}. Non condividerlo.\"",
                f"Last SMS sent to the customer ({phone(r, L)}): \"Your Sportello code is {p}. Do not share it.\""))
    return "sms-flow", intro(r, L, "Twilio Studio") + "\n\n" + body + "\n\n" + outro(r, L), S


def p_voice(r, L):
    S = []
    pw = password(r, L).replace(" ", "")
    p = pin(r, r.choice([4, 5, 6]))
    S += [("password", pw)]
    if L == "it":
        t = (f"🎤 Trascrizione automatica del vocale (WhatsApp):\n\"Sì ciao, allora ti detto la {pwd_label(r, L)} del portale, è {pw}, "
             f"con la maiuscola all'inizio eh, e poi se ti chiede il pin è {p}. Fammi sapere se entri.\"")
        pre = "Il titolare mi ha mandato un vocale, vi giro la trascrizione, forse vi serve:"
    else:
        t = (f"🎤 Auto-transcribed voice note (WhatsApp):\n\"Yeah hi, so the portal {pwd_label(r, L)} is {pw}, "
             f"capital letter at the start, and if it asks for the pin it's {p}. Let me know if you get in.\"")
        pre = "The owner sent me a voice note, forwarding the transcript in case you need it:"
    S.append(("pin", p))
    return "voice-transcript", pre + "\n\n" + t + "\n\n" + outro(r, L), S


def p_env_selfhost(r, L):
    S = []
    tool = r.choice(["Flowise", "Dify", "Langflow", "n8n self-hosted", "Activepieces"])
    vk, _ = vendor_key(r)
    pw = password(r, L, urlsafe=True)
    tok = access_token(r)
    S += [("vendor_key", vk), ("password", pw), ("access_token", tok)]
    lines = [f"# {tool} .env", f"PORT={r.choice([3000, 5678, 7860, 8080])}", f"DATABASE_URL=postgres://app:{pw}@postgres:5432/{tool.split()[0].lower()}",
             f"LLM_OR_VENDOR_KEY={vk}", f"SPORTELLO_TOKEN=\"{tok}\"", f"LOG_LEVEL=debug"]
    if r.random() < 0.3:
        rt = refresh_token(r)
        lines.append(f"SPORTELLO_REFRESH={rt}")
        S.append(("refresh_token", rt))
    pre = T(L, f"Abbiamo {tool} su una VPS, il nodo HTTP verso di voi fallisce. Il file .env:", f"We run {tool} on a VPS, the HTTP node to you fails. The .env:")
    return "dotenv", pre + "\n\n" + "\n".join(lines) + "\n\n" + outro(r, L), S


def p_sftp(r, L):
    S = []
    k = pem(r)
    tool = r.choice(["n8n", "Make", "Zapier", "Power Automate"])
    if r.random() < 0.5:
        S.append(("private_key", k))
        txt = T(L, f"Connessione SFTP su {tool} per caricare il file dei bonifici:\nHost: sftp.sportello-pay.eu\nUtente: forno_rossi\nChiave privata:\n{k}",
                f"SFTP connection in {tool} to upload the transfers file:\nHost: sftp.sportello-pay.eu\nUser: maple_bakery\nPrivate key:\n{k}")
    else:
        esc = k.replace("\n", "\\n")
        S.append(("private_key", esc))
        txt = T(L, f"Nel JSON della credenziale SFTP ({tool}) c'è:\n{{\"host\": \"sftp.sportello-pay.eu\", \"privateKey\": \"{esc}\"}}",
                f"The SFTP credential JSON ({tool}) holds:\n{{\"host\": \"sftp.sportello-pay.eu\", \"privateKey\": \"{esc}\"}}")
    if r.random() < 0.3:
        pw = password(r, L)
        S.append(("password", pw))
        txt += T(L, f"\nPassphrase: {pw}", f"\nPassphrase: {pw}")
    return "sftp-credential", txt + "\n\n" + outro(r, L), S


def p_task_history(r, L):
    S = []
    tool = r.choice(["Zapier", "Make", "n8n"])
    rows = []
    n = r.randint(1, 3)
    for _ in range(n):
        if r.random() < 0.6:
            v = iban(r)
            S.append(("iban", v))
            rows.append(f"customer__iban: {v}")
        else:
            v, _ = bank_account(r)
            S.append(("bank_account", v))
            rows.append(f"customer__bank_details: {v}")
        rows.append(f"customer__name: {r.choice(IT_NAMES + EN_NAMES)}\namount: {r.randint(100, 99999)}\ncreated_at: 2026-11-{r.randint(10, 30)}T10:{r.randint(10, 59)}:00Z\n")
    pre = T(L, f"Cronologia attività {tool}, \"Dati in uscita\" dello step 2:", f"{tool} task history, step 2 \"Data out\":")
    return "task-history", intro(r, L, tool) + "\n" + pre + "\n" + "\n".join(rows) + "\n" + outro(r, L), S


def p_copilot_ide(r, L):
    S = []
    cs = client_secret(r)
    S.append(("client_secret", cs))
    ext = r.choice(["php", "js", "py"])
    if ext == "php":
        code = f"<?php\n// suggerito da Copilot\n$client = new SportelloClient([\n  'client_id' => '{client_id(r)}',\n  'client_secret' => '{cs}',\n]);"
    elif ext == "js":
        code = f"// Copilot autocomplete\nconst client = new Sportello({{\n  clientId: '{client_id(r)}',\n  clientSecret: '{cs}',\n}});"
    else:
        code = f"# Copilot\nclient = Sportello(client_id='{client_id(r)}', client_secret='{cs}')"
    if r.random() < 0.3:
        vk, nm = vendor_key(r)
        S.append(("vendor_key", vk))
        code += f"\n// {nm}: {vk}" if ext != "py" else f"\n# {nm}: {vk}"
    pre = T(L, "Copilot mi ha completato così il codice del plugin ma la libreria dice invalid_client:", "Copilot completed the plugin code like this but the library says invalid_client:")
    return ext, pre + "\n\n" + code + "\n\n" + outro(r, L), S


POS = [p_zapier, p_make, p_n8n, p_power_automate, p_rpa, p_llm_chat, p_gpt_action, p_mcp, p_langchain, p_agent_trace,
       p_meeting, p_airtable, p_retool, p_bubble, p_homeassistant, p_webhook_relay, p_form, p_chatbot, p_ai_summary,
       p_prompt, p_extension, p_sheets_connector, p_twilio, p_voice, p_env_selfhost, p_sftp, p_task_history, p_copilot_ide,
       p_form, p_chatbot, p_llm_chat, p_webhook_relay]


# ---------------------------------------------------------------- negative families

def n_zapier(r, L):
    hdr = r.choice([f"Authorization | Bearer {ph(r)}", "Authorization | Bearer {{1.access_token}}", f"X-Api-Key | {ph(r)}"])
    body = (f"Step 3: Webhooks by Zapier — Custom Request\nMethod: POST\nURL: https://api.sportello-pay.eu/v2/payment-links\n"
            f"Headers:\n  {hdr}\nZap ID: {r.randint(100000000, 999999999)}\nRun ID: {uid(r)}\n"
            + T(L, f"Errore: 401 Unauthorized (request id {uid(r)})", f"Error: 401 Unauthorized (request id {uid(r)})"))
    return "zapier", intro(r, L, "Zapier") + "\n\n" + body + "\n\n" + outro(r, L), []


def n_make(r, L):
    bp = ('{\n  "name": "%s",\n  "flow": [\n    {"id": 2, "module": "http:ActionSendData", "version": 3,\n     "parameters": {"__IMTCONN__": %d},\n'
          '     "mapper": {"url": "https://api.sportello-pay.eu/v2/refunds", "headers": [{"name": "Authorization", "value": "Bearer {{1.token}}"}],\n'
          '                "body": "{\\"payment_id\\": \\"%s\\", \\"amount\\": %d}"}}\n  ],\n  "metadata": {"scenario": {"dlq": false}, "designer": {"orphans": []}}\n}') % (
        T(L, "Rimborsi", "Refunds"), r.randint(100000, 9999999), pay_id(r), r.randint(100, 99999))
    return "make-blueprint", intro(r, L, "Make") + "\n" + bp + "\n" + T(L, f"Execution ID: {rnd(r, 32, HEX)}", f"Execution ID: {rnd(r, 32, HEX)}") + "\n" + outro(r, L), []


def n_n8n(r, L):
    js = ('{\n  "parameters": {\n    "method": "POST",\n    "url": "https://api.sportello-pay.eu/v2/payments",\n    "authentication": "genericCredentialType",\n'
          '    "genericAuthType": "httpHeaderAuth",\n    "sendHeaders": true,\n    "headerParameters": {"parameters": [{"name": "Idempotency-Key", "value": "={{ $json.orderId }}"}]}\n  },\n'
          '  "credentials": {"httpHeaderAuth": {"id": "%s", "name": "Sportello %s"}},\n  "name": "HTTP Request",\n  "id": "%s"\n}') % (
        rnd(r, 16), r.choice(["prod", "test"]), uid(r))
    extra = T(L, f"\nLa chiave è nella credenziale (non la incollo). Workflow id {rnd(r, 16)}, esecuzione #{r.randint(1000, 99999)}.",
              f"\nThe key is in the credential (not pasting it). Workflow id {rnd(r, 16)}, execution #{r.randint(1000, 99999)}.")
    return "n8n", intro(r, L, "n8n") + "\n" + js + extra + "\n" + outro(r, L), []


def n_power_automate(r, L):
    js = ('"HTTP": {\n  "type": "Http",\n  "inputs": {\n    "method": "POST",\n    "uri": "https://api.sportello-pay.eu/v2/payments",\n'
          '    "authentication": {"type": "ActiveDirectoryOAuth", "tenant": "%s", "clientId": "%s", "secret": "@parameters(\'SportelloSecret\')"}\n  }\n}\n'
          'Key Vault: @Microsoft.KeyVault(SecretUri=https://kv-negozio.vault.azure.net/secrets/sportello/%s)') % (uid(r), uid(r), rnd(r, 32, HEX))
    return "power-automate", intro(r, L, "Power Automate") + "\n" + js + "\n" + outro(r, L), []


def n_rpa(r, L):
    code = r.choice([
        'cred = orchestrator.get_credential("PortaleBanca")\ntype_into("#password", cred.password)\nwait_for_sms_code(timeout=120)',
        '<ui:GetRobotCredential AssetName="Sportello_Portal" Username="[strUser]" Password="[secPassword]" />\n<ui:TypeSecureText SecureText="[secPassword]" />',
        'Send, %USERNAME%{Tab}\nSend, %PORTAL_PWD%{Enter}  ; password read from environment\nSleep, 5000',
    ])
    pre = T(L, f"Il robot RPA fallisce al login (job {uid(r)}). Le credenziali sono negli asset, qui lo script:",
            f"The RPA bot fails at login (job {uid(r)}). Credentials live in the assets, script below:")
    return "rpa", pre + "\n\n" + code + "\n\n" + outro(r, L), []


def n_llm_chat(r, L):
    bot = r.choice(["ChatGPT", "Claude", "Gemini", "Copilot"])
    code = r.choice([
        f"headers = {{'Authorization': f'Bearer {{{env_read(r)}}}'}}",
        f"const key = {env_read(r)};\nfetch(url, {{ headers: {{ Authorization: `Bearer ${{key}}` }} }})",
        f"curl -H 'Authorization: Bearer {ph(r)}' https://api.sportello-pay.eu/v2/payments/{pay_id(r)}",
    ])
    if L == "it":
        c = (f"Conversazione con {bot} (id {rnd(r, 8, HEX)}-{rnd(r, 4, HEX)}):\n\nTu: come passo il token nelle chiamate?\n```\n{code}\n```\n"
             f"{bot}: Così va bene: il token resta in una variabile d'ambiente e non nel codice. Ricorda che il token di accesso scade dopo 3600 secondi; "
             f"usa il refresh token per ottenerne uno nuovo. Risposta generata con {r.randint(200, 1800)} token (max_tokens=4096).")
    else:
        c = (f"Conversation with {bot} (id {rnd(r, 8, HEX)}-{rnd(r, 4, HEX)}):\n\nYou: how do I pass the token in calls?\n```\n{code}\n```\n"
             f"{bot}: That's fine: the token stays in an environment variable, not in code. Remember the access token expires after 3600 seconds; "
             f"use the refresh token to get a new one. Response used {r.randint(200, 1800)} tokens (max_tokens=4096).")
    extra = r.choice(["", f"\nchatcmpl-{rnd(r, 29)}", f"\nmsg_01{rnd(r, 22)}", f"\nreq_{rnd(r, 24, HEX)}"])
    return "llm-chat", c + extra + "\n" + outro(r, L), []


def n_gpt_action(r, L):
    auth = T(L, f"Autenticazione: Chiave API\nChiave API: {r.choice(['••••••••••••••••', '(salvata)', '********', '<non mostrata>'])}\nTipo di autenticazione: Bearer\nID azione: g-{rnd(r, 9)}",
             f"Authentication: API Key\nAPI Key: {r.choice(['••••••••••••••••', '(saved)', '********', '<hidden>'])}\nAuth Type: Bearer\nAction ID: g-{rnd(r, 9)}")
    if r.random() < 0.5:
        auth += T(L, f"\nClient ID: {client_id(r)}\nSegreto client: {ph(r)}", f"\nClient ID: {client_id(r)}\nClient Secret: {ph(r)}")
    pre = T(L, "GPT personalizzato, l'azione dice 'UnrecognizedKwargsError'. Impostazioni:", "Custom GPT, the action says 'UnrecognizedKwargsError'. Settings:")
    return "gpt-action", pre + "\n\n" + auth + "\n\n" + outro(r, L), []


def n_mcp(r, L):
    v = r.choice(["${env:SPORTELLO_API_KEY}", "<your-api-key>", "YOUR_API_KEY", "${input:sportello_key}", ""])
    js = ('{\n  "mcpServers": {\n    "sportello": {\n      "command": "npx",\n      "args": ["-y", "@sportello/mcp-server@%d.%d.%d"],\n      "env": {"SPORTELLO_API_KEY": "%s", "SPORTELLO_ENV": "sandbox"}\n    }\n  }\n}') % (
        r.randint(0, 2), r.randint(0, 9), r.randint(0, 20), v)
    log = f"\n[info] server started pid={r.randint(1000, 65000)} session={uid(r)}"
    return "mcp-config", T(L, "Config MCP (la chiave la metto da variabile):", "MCP config (key comes from a variable):") + "\n" + js + log + "\n" + outro(r, L), []


def n_langchain(r, L):
    code = (f"import os\nfrom langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model=\"gpt-4o-mini\", api_key={env_read(r)})\n"
            f"SPORTELLO_TOKEN = os.environ.get(\"SPORTELLO_TOKEN\")\nassert SPORTELLO_TOKEN, \"{T(L, 'manca il token', 'token missing')}\"\n"
            f"# org-{rnd(r, 24)} / proj_{rnd(r, 24)}\n")
    return "python-langchain", T(L, "Codice dell'agente (nessuna chiave dentro):", "Agent code (no keys inside):") + "\n\n" + code + "\n" + outro(r, L), []


def n_agent_trace(r, L):
    lines = [json.dumps({"trace_id": trace_id(r), "span_id": span_id(r), "tool": "http_request", "headers": {"Authorization": r.choice(["[REDACTED]", "Bearer ***", "<masked>"])},
                         "status": 401}),
             json.dumps({"trace_id": trace_id(r), "span_id": span_id(r), "type": "llm", "model": "gpt-4o-2024-08-06", "usage": {"prompt_tokens": r.randint(100, 9000), "completion_tokens": r.randint(10, 900)}}),
             json.dumps({"run_id": uid(r), "payment_id": pay_id(r), "idempotency_key": uid(r)})]
    return "agent-trace", T(L, "Traccia dell'agente (i segreti sono già mascherati):", "Agent trace (secrets already masked):") + "\n" + "\n".join(lines) + "\n" + outro(r, L), []


def n_meeting(r, L):
    app = r.choice(["Otter.ai", "Fathom", "Teams Copilot", "Zoom AI Companion"])
    n1, n2 = (r.sample(IT_NAMES, 2) if L == "it" else r.sample(EN_NAMES, 2))
    if L == "it":
        t = (f"Riepilogo generato da {app} ({date(r, L)})\n- {n1}: abbiamo ruotato la password del portale e il token API, le nuove sono nel vault\n"
             f"- {n2}: l'OTP arriva al numero {phone(r, L)}, da cambiare\n- Fattura {invoice_no(r, L)} di {amount(r, L)} da verificare\n"
             f"- Prossima call il {date(r, L)}\nID riunione: {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}")
    else:
        t = (f"Summary generated by {app} ({date(r, L)})\n- {n1}: we rotated the portal password and the API token, new ones are in the vault\n"
             f"- {n2}: OTP goes to {phone(r, L)}, needs changing\n- Invoice {invoice_no(r, L)} of {amount(r, L)} to check\n"
             f"- Next call {date(r, L)}\nMeeting ID: {digits(r, 3)} {digits(r, 4)} {digits(r, 4)}")
    return "meeting-recap", t + "\n\n" + outro(r, L), []


def n_airtable(r, L):
    hdr = T(L, "Servizio,Utente,Password,Dove,Ultima modifica", "Service,User,Password,Where,Last changed")
    rows = []
    for svc in r.sample(["Sportello", "Shopify", "Banca", "POS", "Google", "SumUp"], 3):
        rows.append(",".join([svc, r.choice(["admin", "cassa", "owner"]), r.choice(["********", "(in 1Password)", T(L, "vedi Bitwarden", "see Bitwarden"), "[nascosto]" if L == "it" else "[hidden]", "••••••"]),
                              r.choice(["vault/" + svc.lower(), "1Password", "Keeper"]), date(r, L)]))
    return "nocode-table", T(L, "Tabella credenziali (solo riferimenti, niente valori):", "Credentials table (references only, no values):") + "\n" + hdr + "\n" + "\n".join(rows) + "\n" + outro(r, L), []


def n_retool(r, L):
    lines = ["Resource: Sportello API", "Base URL: https://api.sportello-pay.eu/v2", "Authentication: OAuth 2.0",
             f"Client ID: {client_id(r)}", f"{T(L, 'Segreto client', 'Client secret')}: {r.choice(['{{ retoolContext.configVars.SPORTELLO_SECRET }}', '••••••••', ph(r)])}",
             f"Callback URL: https://oauth.retool.com/oauth/user/oauthcallback", f"Resource ID: {uid(r)}"]
    return "lowcode-settings", intro(r, L, r.choice(["Retool", "Appsmith", "ToolJet"])) + "\n\n" + "\n".join(lines) + "\n\n" + outro(r, L), []


def n_homeassistant(r, L):
    y = ("wifi_negozio_password: !secret wifi_pwd\nsportello_api_key: !env_var SPORTELLO_API_KEY\ntelegram_chat_id: -100%s\n"
         "automation:\n  - alias: %s\n    trigger: {platform: webhook, webhook_id: pagamento-ricevuto}\n") % (digits(r, 10), T(L, "Pagamento ricevuto", "Payment received"))
    return "yaml", T(L, "La mia configurazione (i segreti li leggo da !secret):", "My config (secrets read via !secret):") + "\n\n" + y + "\n" + outro(r, L), []


def n_webhook_relay(r, L):
    sig = f"t={r.randint(1_764_000_000, 1_790_000_000)},v1={sha256(r)}"
    hdrs = ["POST /hook HTTP/1.1", "content-type: application/json", f"sportello-signature: {sig}", f"x-request-id: {uid(r)}",
            f"traceparent: 00-{trace_id(r)}-{span_id(r)}-01"]
    body = {"event": "payment.succeeded", "payment_id": pay_id(r), "card": {"last4": digits(r, 4), "brand": r.choice(["visa", "mastercard"]), "masked": masked_card(r)},
            "order": order_no(r)}
    return "webhook-capture", intro(r, L, r.choice(["webhook.site", "Pipedream", "Hookdeck"])) + "\n" + "\n".join(hdrs) + "\n\n" + json.dumps(body, indent=2) + "\n" + outro(r, L), []


def n_form(r, L):
    who = r.choice(IT_NAMES if L == "it" else EN_NAMES)
    m = r.randrange(4)
    if m == 0:
        f = T(L, f"Nome: {who}\nIBAN: {bad_iban(r)}\n⚠ Il modulo segnala: IBAN non valido (cifre di controllo errate)",
              f"Name: {who}\nIBAN: {bad_iban(r)}\n⚠ Form says: invalid IBAN (wrong check digits)")
    elif m == 1:
        f = T(L, f"Nome: {who}\nBanca: BIC {r.choice(BICS)}\nABI {r.choice(ABIS)} CAB {digits(r, 5)}\n(il conto lo manda per PEC)",
              f"Name: {who}\nBank: BIC {r.choice(BICS)}\nABI {r.choice(ABIS)} CAB {digits(r, 5)}\n(account number will follow by post)")
    elif m == 2:
        f = T(L, f"Intestatario: {who}\nCarta: {masked_card(r)}\nScadenza: {expiry(r)}\nCVV: ***", f"Cardholder: {who}\nCard: {masked_card(r)}\nExpiry: {expiry(r)}\nCVV: ***")
    else:
        bc = fmt_card(r, bad_card_digits(r))
        f = T(L, f"Numero carta inserito: {bc}\nEsito validazione: numero non valido (Luhn)\nOrdine {order_no(r)}",
              f"Card number entered: {bc}\nValidation: invalid number (Luhn)\nOrder {order_no(r)}")
    tool = r.choice(["Typeform", "Jotform", "Tally"])
    return "form-notification", T(L, f"Notifica {tool} inoltrata dallo Zap:", f"{tool} notification forwarded by the Zap:") + "\n---\n" + f + "\n---\n" + outro(r, L), []


def n_chatbot(r, L):
    m = r.randrange(3)
    if m == 0:
        u = T(L, f"Cliente: la carta è {fmt_card(r, bad_card_digits(r))}\nBot: Il numero non sembra valido, controlla le cifre.",
              f"Customer: the card is {fmt_card(r, bad_card_digits(r))}\nBot: That number doesn't look valid, please check the digits.")
    elif m == 1:
        u = T(L, f"Cliente: ho ricevuto un codice via sms\nBot: Non condividere mai il codice OTP o il PIN, nemmeno con noi. Il tuo ordine {order_no(r)} è in lavorazione.",
              f"Customer: I received a code by text\nBot: Never share your OTP or PIN, not even with us. Your order {order_no(r)} is being processed.")
    else:
        u = T(L, f"Cliente: rimborso sull'iban {bad_iban(r)}?\nBot: L'IBAN non è corretto, ricontrolla.",
              f"Customer: refund on iban {bad_iban(r)}?\nBot: That IBAN isn't correct, please recheck.")
    return "chatbot-transcript", T(L, "Trascrizione del chatbot:", "Chatbot transcript:") + "\n" + u + "\n" + outro(r, L), []


def n_ai_summary(r, L):
    if L == "it":
        s = (f"✨ Riepilogo IA\nIl cliente segnala un doppio addebito di {amount(r, L)} sull'ordine {order_no(r)} (pagamento {pay_id(r)}). "
             f"Carta {masked_card(r)}. Chiede rimborso entro il {date(r, L)}. Riferimento interno {uid(r)}.")
    else:
        s = (f"✨ AI summary\nCustomer reports a double charge of {amount(r, L)} on order {order_no(r)} (payment {pay_id(r)}). "
             f"Card {masked_card(r)}. Wants a refund by {date(r, L)}. Internal ref {uid(r)}.")
    return "ai-summary", s + "\n\n" + outro(r, L), []


def n_prompt(r, L):
    p = T(L, f"SYSTEM: Sei l'assistente del negozio. Per i pagamenti usa lo strumento create_link (la chiave è {{{{api_key}}}}, iniettata a runtime). "
             f"Non chiedere mai password, PIN o numeri di carta al cliente.\nTemperature: 0.{r.randint(1, 9)}  max_tokens: {r.choice([512, 1024, 2048])}",
          f"SYSTEM: You are the shop assistant. For payments use the create_link tool (key is {{{{api_key}}}}, injected at runtime). "
          f"Never ask the customer for passwords, PINs or card numbers.\nTemperature: 0.{r.randint(1, 9)}  max_tokens: {r.choice([512, 1024, 2048])}")
    return "prompt", p + "\n\n" + outro(r, L), []


def n_keys_public(r, L):
    m = r.randrange(3)
    if m == 0:
        v = pub_block(r)
    elif m == 1:
        v = f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(r, 43, B64)} n8n@vps-{rnd(r, 6, HEX)}"
    else:
        v = f"SHA256:{rnd(r, 43, B64)}\nfingerprint: " + ":".join(rnd(r, 2, HEX) for _ in range(16))
    pre = T(L, "Per il webhook firmato / SFTP, questa è la parte pubblica da registrare da voi:", "For signed webhooks / SFTP, this is the public part to register on your side:")
    return "public-key", pre + "\n\n" + v + "\n\n" + outro(r, L), []


def n_deploy_log(r, L):
    lines = [f"==> Deploying {r.choice(['flowise', 'n8n', 'dify-api'])}@sha256:{sha256(r)}", f"commit {commit(r)}",
             f"build id {uid(r)}", f"[info] webhook registered: https://api.sportello-pay.eu/v2/webhooks/{rnd(r, 24)}",
             f"[warn] SPORTELLO_API_KEY not set, using {ph(r)}"]
    return "log", T(L, "Log del deploy su Railway/Render:", "Deploy log from Railway/Render:") + "\n" + "\n".join(lines) + "\n" + outro(r, L), []


def n_twilio(r, L):
    body = (f"Twilio Studio \"OTP pagamento\"\nMessage SID: SM{rnd(r, 32, HEX)}\nBody: " +
            T(L, "\"Il tuo codice è {{flow.variables.otp}}. Scade tra 5 minuti.\"", "\"Your code is {{flow.variables.otp}}. Expires in 5 minutes.\"") +
            f"\nTo: {phone(r, L)}\nStatus: undelivered (30003)")
    return "sms-flow", intro(r, L, "Twilio Studio") + "\n\n" + body + "\n\n" + outro(r, L), []


def n_voice(r, L):
    if L == "it":
        t = r.choice([
            f"🎤 Trascrizione automatica: \"Ciao, la password nuova te la mando su Signal, non per mail. Intanto l'ordine {order_no(r)} "
            f"è di {amount(r, L)}, chiamami al {phone(r, L)}. Il pin? Quello lo sa solo la Rosaria.\"",
            f"[Nota vocale trascritta] \"allora il codice che mi chiedete è quello della fattura, {invoice_no(r, L)}, del {date(r, L)}, "
            f"importo {amount(r, L)}. il token non ce l'ho io, ce l'ha l'agenzia\"",
            f"🎤 Vocale di {r.choice(IT_NAMES)}: \"il numero della pratica è {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}, la password la cambio stasera e poi te la dico a voce\"",
        ])
    else:
        t = r.choice([
            f"🎤 Auto transcript: \"Hi, I'll send the new password over Signal, not email. Meanwhile order {order_no(r)} "
            f"is {amount(r, L)}, call me on {phone(r, L)}. The pin? Only Grace knows that.\"",
            f"[Voice memo transcript] \"so the code you want is the invoice one, {invoice_no(r, L)}, dated {date(r, L)}, "
            f"amount {amount(r, L)}. I don't have the token, the agency does\"",
            f"🎤 Voice note from {r.choice(EN_NAMES)}: \"case number is {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}, I'll change the password tonight and tell you on the phone\"",
        ])
    return "voice-transcript", t + "\n\n" + outro(r, L), []


def n_env_example(r, L):
    lines = ["# .env.example — copy to .env", f"OPENAI_API_KEY={r.choice(['sk-...', 'your-openai-key', ''])}", "SPORTELLO_TOKEN=<your-token>",
             "SPORTELLO_CLIENT_SECRET=YOUR_CLIENT_SECRET", "DATABASE_URL=postgres://user:password@localhost:5432/app",
             f"SPORTELLO_CLIENT_ID={client_id(r)}", f"WEBHOOK_ID={uid(r)}"]
    return "dotenv", T(L, "Il file di esempio del template Flowise:", "The Flowise template's example file:") + "\n\n" + "\n".join(lines) + "\n\n" + outro(r, L), []


def n_task_history(r, L):
    rows = [f"payment__id: {pay_id(r)}", f"payment__status: failed", f"customer__iban_masked: {r.choice(['IT** **** **** **** **** ***' + digits(r, 4), 'DE89 **** **** **** **' + digits(r, 2)])}",
            f"customer__bic: {r.choice(BICS)}", f"order: {order_no(r)}", f"amount: {amount(r, L)}", f"task id: {digits(r, 12)}", f"zap: {r.randint(100000000, 999999999)}"]
    return "task-history", intro(r, L, r.choice(["Zapier", "Make"])) + "\n" + "\n".join(rows) + "\n" + outro(r, L), []


def n_prose(r, L):
    if L == "it":
        t = r.choice([
            "Domanda: nel nodo HTTP di n8n devo mettere il client secret o basta il client id? La password del portale serve anche per le API o sono separate?",
            "Abbiamo letto che i token scadono ogni ora: Zapier gestisce da solo il refresh token o dobbiamo fare uno step apposito?",
            "Il nostro consulente dice di mettere la chiave API nel prompt di ChatGPT. È sicuro? Io preferirei di no.",
            "Il PIN del POS e il codice OTP dell'app sono la stessa cosa? Il cliente si confonde.",
            f"Per il test usate la carta 4111 1111 1111 1112? A noi dice carta non valida. (ordine {order_no(r)})",
        ])
    else:
        t = r.choice([
            "Question: in the n8n HTTP node do I need the client secret or is the client id enough? Is the portal password also used for the API?",
            "We read tokens expire every hour: does Zapier handle the refresh token by itself or do we need a dedicated step?",
            "Our consultant says to put the API key in the ChatGPT prompt. Is that safe? I'd rather not.",
            "Are the POS PIN and the app OTP the same thing? Customers get confused.",
            f"For testing do you use card 4111 1111 1111 1112? We get card invalid. (order {order_no(r)})",
        ])
    return "question", intro(r, L, r.choice(["Zapier", "n8n", "Make"])) + "\n" + t + "\n" + outro(r, L), []


def n_copilot_ide(r, L):
    code = r.choice([
        f"const client = new Sportello({{ clientId: '{client_id(r)}', clientSecret: config.clientSecret }});",
        f"$client = new SportelloClient(['client_id' => '{client_id(r)}', 'client_secret' => getenv('SPORTELLO_SECRET')]);",
        f"client = Sportello(client_id='{client_id(r)}', client_secret=os.environ['SPORTELLO_SECRET'])",
    ])
    return "code", T(L, "Suggerimento di Copilot (il segreto lo leggo da config):", "Copilot suggestion (secret read from config):") + "\n\n" + code + "\n\n" + outro(r, L), []


def n_ids_table(r, L):
    hdr = "payment_id,order,amount,status,trace_id,created"
    rows = [",".join([pay_id(r), order_no(r), "%d.%02d" % (r.randint(1, 999), r.randint(0, 99)), r.choice(["paid", "failed", "refunded"]), trace_id(r), date(r, "en")]) for _ in range(r.randint(2, 5))]
    return "csv", T(L, "Export della tabella Airtable \"Pagamenti\" popolata dallo Zap:", "Export of the Airtable \"Payments\" table filled by the Zap:") + "\n" + hdr + "\n" + "\n".join(rows) + "\n" + outro(r, L), []


NEG = [n_zapier, n_make, n_n8n, n_power_automate, n_rpa, n_llm_chat, n_gpt_action, n_mcp, n_langchain, n_agent_trace,
       n_meeting, n_airtable, n_retool, n_homeassistant, n_webhook_relay, n_form, n_chatbot, n_ai_summary, n_prompt,
       n_keys_public, n_deploy_log, n_twilio, n_voice, n_env_example, n_task_history, n_prose, n_copilot_ide, n_ids_table,
       n_form, n_chatbot, n_llm_chat]


CARD_LAB = {"it": ["Numero carta", "carta", "N. carta", "PAN", "numero della carta"], "en": ["Card number", "card no", "PAN", "Card", "card #"],
            "xx": ["Kartennummer", "numéro de carte", "número de tarjeta", "número do cartão"]}
CVV_LAB = {"it": ["CVV", "cvv2", "codice di sicurezza", "CVC", "le 3 cifre dietro"], "en": ["CVV", "CVC", "security code", "CVV2", "3 digits on the back"],
           "xx": ["Kartenprüfnummer", "cryptogramme", "código de seguridad", "código de segurança"]}


def clab(r, L, table):
    return r.choice(table["xx"]) if r.random() < 0.15 else r.choice(table[L])


def p_vision(r, L):
    S = []
    d = card_digits(r)
    c, v = fmt_card(r, d), cvv(r, d)
    S += [("card_number", c)]
    lines = [f"{clab(r, L, CARD_LAB)}: {c}", f"{T(L, 'Scadenza', 'Expiry')}: {expiry(r)}"]
    if r.random() < 0.7:
        lines.append(f"{clab(r, L, CVV_LAB)}: {v}")
        S.append(("cvv", v))
    if r.random() < 0.3:
        ib = iban(r)
        S.append(("iban", ib))
        lines.append(f"IBAN: {ib}")
    bot = r.choice(["ChatGPT", "Gemini", "Claude", "Copilot"])
    pre = T(L, f"Il cliente ci ha mandato una foto, l'ho fatta leggere a {bot}. Risposta:\n\n{bot}: Ecco il testo che leggo nell'immagine:",
            f"The customer sent us a photo, I had {bot} read it. Reply:\n\n{bot}: Here is the text I can read in the image:")
    post = T(L, "Possiamo caricare questi dati da API per l'addebito?", "Can we submit these via the API to charge them?")
    return "ai-vision", pre + "\n" + "\n".join(lines) + "\n\n" + post + "\n" + outro(r, L), S


def p_memory(r, L):
    S = []
    vk, name = vendor_key(r)
    S.append(("vendor_key", vk))
    items = [T(L, f"Gestisce un negozio: {r.choice(IT_CO)}", f"Runs a shop: {r.choice(EN_CO)}"),
             T(L, f"La chiave {name} del negozio è {vk}", f"The shop's {name} key is {vk}")]
    if r.random() < 0.5:
        pw = password(r, L)
        S.append(("password", pw))
        items.append(T(L, f"La {pwd_label(r, L)} del pannello Sportello è {pw}", f"Their Sportello dashboard {pwd_label(r, L)} is {pw}"))
    if r.random() < 0.3:
        tok = access_token(r)
        S.append(("access_token", tok))
        items.append(T(L, f"Token API Sportello (sandbox): {tok}", f"Sportello API token (sandbox): {tok}"))
    pre = T(L, "Ho guardato la 'Memoria' di ChatGPT e ci sono queste voci salvate, devo preoccuparmi?\n\nMemoria salvata:",
            "I looked at ChatGPT's 'Memory' and found these saved entries, should I worry?\n\nSaved memories:")
    return "llm-memory", pre + "\n" + "\n".join("• " + i for i in items) + "\n\n" + outro(r, L), S


def p_email_parser(r, L):
    S = []
    tool = r.choice(["Mailparser", "Parseur", "Zapier Email Parser", "Docparser"])
    fields = []
    m = r.randrange(3)
    if m == 0:
        ib = iban(r)
        S.append(("iban", ib))
        fields.append(("iban_beneficiario" if L == "it" else "payee_iban", ib))
    elif m == 1:
        ba, cc = bank_account(r)
        S.append(("bank_account", ba))
        fields.append(({"UK": "sort_code_account", "IT": "coordinate", "DE": "blz_konto", "FR": "rib", "ES": "ccc"}[cc], ba))
    else:
        d = card_digits(r)
        c = fmt_card(r, d)
        S.append(("card_number", c))
        fields.append(("card_pan", c))
        if r.random() < 0.5:
            v = cvv(r, d)
            S.append(("cvv", v))
            fields.append(("card_cvc", v))
    fields += [("order_id", order_no(r)), ("amount", amount(r, L)), ("parsed_at", date(r, L))]
    sep = r.choice([": ", " = ", "\t", " | "])
    txt = "\n".join(k + sep + v for k, v in fields)
    pre = T(L, f"Regola di {tool} (output dell'ultima email letta):", f"{tool} rule (output of the last parsed email):")
    return "email-parser", intro(r, L, tool) + "\n" + pre + "\n" + txt + "\n\n" + outro(r, L), S


def p_shortcuts(r, L):
    S = []
    tok = access_token(r)
    S.append(("access_token", tok))
    if r.random() < 0.5:
        txt = (f"{T(L, 'Comando rapido', 'Shortcut')} \"{T(L, 'Incasso del giorno', 'Daily takings')}\"\n"
               f"1. URL: https://api.sportello-pay.eu/v2/balance\n2. {T(L, 'Ottieni contenuti dell’URL', 'Get Contents of URL')}\n"
               f"   {T(L, 'Metodo', 'Method')}: GET\n   {T(L, 'Intestazioni', 'Headers')}:\n     Authorization → Bearer {tok}\n3. {T(L, 'Mostra risultato', 'Show Result')}")
        style = "ios-shortcut"
    else:
        pw = password(r, L, urlsafe=True)
        S.append(("password", pw))
        txt = (f"<TaskerData>\n<Task sr=\"task12\">\n<nme>Sportello saldo</nme>\n<Action sr=\"act0\" ve=\"7\"><code>339</code>\n"
               f"<Str sr=\"arg1\" ve=\"3\">Authorization:Bearer {tok}</Str>\n</Action>\n<Action sr=\"act1\"><code>547</code>\n"
               f"<Str sr=\"arg0\">%PORTAL_PWD</Str><Str sr=\"arg1\">{pw}</Str>\n</Action>\n</Task>\n</TaskerData>")
        style = "tasker-xml"
    pre = T(L, "Mio nipote mi ha fatto questa automazione sul telefono per vedere gli incassi, da ieri non va:",
            "My nephew made this phone automation to check takings, it stopped yesterday:")
    return style, pre + "\n\n" + txt + "\n\n" + outro(r, L), S


def p_dictated(r, L):
    S = []
    pw = password(r, L)
    S.append(("password", pw))
    n = r.choice(IT_NAMES if L == "it" else EN_NAMES)
    if L == "it":
        t = (f"[Nota vocale trascritta da Whisper]\nallora ti detto le credenziali per l'automazione, utente admin e {pwd_label(r, L)}... aspetta che la guardo... "
             f"ecco: {pw} — sì è quella, l'ha messa {n}. ")
    else:
        t = (f"[Voice memo transcribed by Whisper]\nso here are the credentials for the automation, user admin and {pwd_label(r, L)}... hang on let me check... "
             f"right: {pw} — yes that's it, {n} set it. ")
    if r.random() < 0.5:
        p = otp_fmt(r, pin(r, 6))
        S.append(("pin", p))
        t += T(L, f"E se chiede il codice, adesso mi è arrivato {p}.", f"And if it asks for the code, I just got {p}.")
    return "voice-transcript", T(L, "Vi giro quello che mi ha detto il titolare:", "Passing on what the owner told me:") + "\n\n" + t + "\n\n" + outro(r, L), S


POS += [p_vision, p_memory, p_email_parser, p_shortcuts, p_dictated, p_vision, p_email_parser]


def n_vision(r, L):
    lines = [f"{clab(r, L, CARD_LAB)}: {r.choice([masked_card(r), fmt_card(r, bad_card_digits(r))])}", f"{T(L, 'Scadenza', 'Expiry')}: {expiry(r)}",
             f"{T(L, 'Importo', 'Amount')}: {amount(r, L)}", f"{T(L, 'Cod. approvazione', 'Approval code')}: {rnd(r, 6, string.ascii_uppercase + string.digits)}",
             f"TID: {digits(r, 8)}   STAN: {digits(r, 6)}"]
    bot = r.choice(["ChatGPT", "Gemini", "Claude"])
    pre = T(L, f"Ho fatto leggere a {bot} la foto dello scontrino del POS:", f"I had {bot} read the photo of the POS receipt:")
    return "ai-vision", pre + "\n" + "\n".join(lines) + "\n\n" + outro(r, L), []


def n_memory(r, L):
    items = [T(L, "Gestisce un B&B in Puglia", "Runs a B&B in Cornwall"), T(L, "Usa Zapier per collegare Sportello a Google Sheets", "Uses Zapier to link Sportello and Google Sheets"),
             T(L, "Preferisce che le chiavi API non vengano mai salvate nelle chat", "Prefers API keys never be saved in chats"),
             T(L, f"Client ID di test: {client_id(r)}", f"Test client ID: {client_id(r)}")]
    return "llm-memory", T(L, "Memoria di ChatGPT (nessun segreto, credo):", "ChatGPT memory (no secrets, I think):") + "\n" + "\n".join("• " + i for i in items) + "\n" + outro(r, L), []


def n_email_parser(r, L):
    fields = [("order_id", order_no(r)), ("amount", amount(r, L)), ("iban", r.choice([bad_iban(r), "IT** **** " + digits(r, 4), "[REDACTED]"])),
              ("bic", r.choice(BICS)), ("phone", phone(r, L)), ("invoice", invoice_no(r, L)), ("message_id", "<" + uid(r) + "@mail.example>")]
    txt = "\n".join(k + ": " + v for k, v in fields)
    return "email-parser", intro(r, L, "Parseur") + "\n" + txt + "\n\n" + outro(r, L), []


def n_shortcuts(r, L):
    txt = (f"{T(L, 'Comando rapido', 'Shortcut')} \"{r.choice([T(L, 'Incasso', 'Takings'), T(L, 'Saldo POS', 'POS balance'), T(L, 'Rimborsi oggi', 'Refunds today')])}\"\n1. {T(L, 'Chiedi input', 'Ask for Input')}: \"{T(L, 'Incolla il token', 'Paste token')}\"\n"
           f"2. {T(L, 'Ottieni contenuti dell’URL', 'Get Contents of URL')} — Authorization → Bearer [{T(L, 'Input fornito', 'Provided Input')}]\n"
           f"iCloud link: https://www.icloud.com/shortcuts/{rnd(r, 32, HEX)}")
    q = r.choice([T(L, "Il comando rapido chiede il token ogni volta, come lo salvo in modo sicuro?", "The shortcut asks for the token every time, how do I store it safely?"),
                  T(L, f"Il comando rapido dà errore 401 (id richiesta {uid(r)}), il token lo incollo a mano.", f"The shortcut fails with 401 (request id {uid(r)}), I paste the token by hand."),
                  T(L, "Domanda veloce: il token va dopo 'Bearer' con lo spazio?", "Quick one: does the token go after 'Bearer' with a space?")])
    return "ios-shortcut", q + "\n\n" + txt + "\n" + outro(r, L), []


NEG += [n_vision, n_memory, n_email_parser, n_shortcuts, n_vision]


def wrap_at(s, width):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def p_wrapped(r, L):
    S = []
    m = r.randrange(3)
    if m == 0:
        v, kind = jwt(r), "access_token"
    elif m == 1:
        v, kind = refresh_token(r), "refresh_token"
    else:
        v, kind = vendor_key(r)[0], "vendor_key"
    w = r.choice([40, 48, 60])
    head = T(L, "nota dello scenario: token = ", "scenario note: token = ") if kind != "vendor_key" else T(L, "nota dello scenario: chiave = ", "scenario note: key = ")
    first = w - len(head)
    if first < 8:
        first = 20
    wrapped = v[:first] + "\n" + wrap_at(v[first:], w)
    S.append((kind, wrapped))
    pre = T(L, "Copio il campo 'Note' dello scenario Make (va a capo da solo, scusate):", "Copying the Make scenario 'Notes' field (it wraps by itself, sorry):")
    return "wrapped-note", pre + "\n\n" + head + wrapped + "\n\n" + outro(r, L), S


def p_datastore(r, L):
    S = []
    rows = []
    for _ in range(r.randint(2, 4)):
        name = r.choice(IT_NAMES + EN_NAMES)
        if r.random() < 0.5:
            v = iban(r, r.choice(["IT", "DE", "FR", "ES"]))
            S.append(("iban", v))
        else:
            v, _ = bank_account(r)
            S.append(("bank_account", v))
        rows.append((digits(r, 6), name, v, r.choice(["attivo", "active", "sospeso", "paused"])))
    wkey = max(len(x[2]) for x in rows)
    line = "+--------+------------+-" + "-" * wkey + "-+---------+"
    out = [line, "| key    | name       | " + "payout".ljust(wkey) + " | status  |", line]
    for k, n, v, st in rows:
        out.append("| " + k + " | " + n.ljust(10) + " | " + v.ljust(wkey) + " | " + st.ljust(7) + " |")
    out.append(line)
    pre = T(L, "Data store di Make \"fornitori_payout\" (sfoglia record):", "Make data store \"supplier_payouts\" (browse records):")
    return "datastore-table", intro(r, L, "Make") + "\n" + pre + "\n" + "\n".join(out) + "\n" + outro(r, L), S


def n_datastore(r, L):
    rows = [(digits(r, 6), pay_id(r), order_no(r), r.choice(["ok", "failed"])) for _ in range(r.randint(2, 4))]
    line = "+--------+------------------------------+----------------+--------+"
    out = [line, "| key    | payment_id                   | order          | result |", line]
    for k, p, o, st in rows:
        out.append("| %s | %s | %s | %s |" % (k, p.ljust(28), o.ljust(14), st.ljust(6)))
    out.append(line)
    if r.random() < 0.6:
        out.append(T(L, f"Record {digits(r, 6)} scartato dal filtro: IBAN {bad_iban(r)} non valido (controllo mod-97)",
                     f"Record {digits(r, 6)} dropped by the filter: IBAN {bad_iban(r)} invalid (mod-97 check)"))
    return "datastore-table", intro(r, L, "Make") + "\n" + "\n".join(out) + "\n" + outro(r, L), []


POS += [p_wrapped, p_datastore]
NEG += [n_datastore]

# ---------------------------------------------------------------- validation

IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "PT": 25, "CH": 21, "AT": 20}
CARD_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-./]{0,3}\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: {0,2}[A-Z0-9]){10,32})")


def covered(text, start, end, values):
    for v in values:
        i = text.find(v)
        while i >= 0:
            if i <= start and end <= i + len(v):
                return True
            i = text.find(v, i + 1)
    return False


def problems(text, secrets):
    out = []
    vals = [v for _, v in secrets]
    for k, v in secrets:
        if v not in text:
            out.append("value not in text: " + v[:30])
        if not v.strip():
            out.append("empty value")
        if k == "card_number" and not luhn_ok(re.sub(r"\D", "", v)):
            out.append("card fails luhn")
        if k == "iban" and not iban_ok(v):
            out.append("bad iban")
        if len(v) <= 12:
            for mm in re.finditer(re.escape(v), text):
                a, b = mm.start(), mm.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    out.append("short value inside a longer word: " + v)
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not covered(text, m.start(), m.end(), vals):
            out.append("unlabeled luhn-valid: " + m.group(0))
    for m in IBAN_RE.finditer(text):
        s = m.group(1)
        cc = s[:2]
        if cc not in IBAN_LEN:
            continue
        compact = ""
        end = m.start(1)
        for idx, ch in enumerate(s):
            if ch != " ":
                compact += ch
            if len(compact) == IBAN_LEN[cc]:
                end = m.start(1) + idx + 1
                break
        if len(compact) == IBAN_LEN[cc] and iban_ok(compact) and not covered(text, m.start(1), end, vals):
            out.append("unlabeled valid iban: " + compact)
    return out


def build():
    r = random.Random(SEED)
    plan = []
    for L in ("it", "en"):
        plan += [(L, True)] * 375 + [(L, False)] * 425
    r.shuffle(plan)
    counters = {"it": 0, "en": 0}
    pi = {"it": r.randrange(len(POS)), "en": r.randrange(len(POS))}
    ni = {"it": r.randrange(len(NEG)), "en": r.randrange(len(NEG))}
    out = []
    seen = set()
    for L, positive in plan:
        for attempt in range(50):
            if positive:
                fam = POS[pi[L] % len(POS)]
            else:
                fam = NEG[ni[L] % len(NEG)]
            style, text, secrets = fam(r, L)
            ded = []
            for k, v in secrets:
                if (k, v) not in ded:
                    ded.append((k, v))
            if not problems(text, ded) and text not in seen:
                break
        else:
            raise SystemExit("could not build a clean sample for " + fam.__name__)
        if positive:
            pi[L] += 1
            assert ded
        else:
            ni[L] += 1
        seen.add(text)
        counters[L] += 1
        out.append({"id": "fresh22-%s-%04d" % (L, counters[L]), "lang": L, "style": style, "text": text,
                    "secrets": [{"kind": k, "value": v} for k, v in ded]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    path = os.path.join(here, "fresh22.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # self-check
    ids = set()
    from collections import Counter
    kinds, langs, styles = Counter(), Counter(), Counter()
    pos = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert o["id"] not in ids
            ids.add(o["id"])
            assert o["lang"] in ("it", "en")
            assert not problems(o["text"], [(s["kind"], s["value"]) for s in o["secrets"]]), o["id"]
            langs[o["lang"]] += 1
            styles[o["style"]] += 1
            if o["secrets"]:
                pos += 1
            for s in o["secrets"]:
                kinds[s["kind"]] += 1
    print("samples", len(ids), "with secrets", pos, "must pass", len(ids) - pos)
    print("langs", dict(langs))
    print("kinds", dict(sorted(kinds.items())))
    print("styles", len(styles), dict(styles.most_common()))


if __name__ == "__main__":
    main()
