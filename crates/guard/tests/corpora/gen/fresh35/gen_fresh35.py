#!/usr/bin/env python3
"""Generator for fresh35: "classrooms, hackathons and live demos".

Written blind to the guard. Standard library only, deterministic seed.
Texts are what students, teachers, teaching assistants, bootcamp mentors,
hackathon organisers and teams, workshop attendees, webinar hosts, streamers
and thesis writers send to an API provider's developer desk.
"""
import base64
import json
import random
import string
import sys

R = random.Random(350035)
pick = R.choice

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
UPDIG = string.ascii_uppercase + string.digits


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- names
IT_FIRST = ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Alessandro", "Elena", "Davide",
            "Martina", "Simone", "Federica", "Andrea", "Beatrice", "Lorenzo", "Giorgia", "Tommaso", "Noemi",
            "Riccardo", "Aurora", "Gabriele", "Ilaria", "Pietro", "Camilla", "Nicolò", "Serena", "Edoardo"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Colombo", "Ferrari", "Romano", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana",
           "Santoro", "Marino", "Caruso", "Ferri", "Pellegrini", "Vitale", "Leone", "Serra", "Sanna"]
EN_FIRST = ["Emily", "James", "Priya", "Liam", "Olivia", "Noah", "Aisha", "Ethan", "Chloe", "Ryan", "Mei",
            "Daniel", "Sofia", "Kwame", "Hannah", "Oscar", "Zara", "Tom", "Grace", "Ben", "Fatima", "Jack",
            "Isla", "Arjun", "Lucy", "Mateo", "Nia", "Sam"]
EN_LAST = ["Smith", "Patel", "Jones", "Nguyen", "Brown", "Okafor", "Taylor", "Kowalski", "Walker", "Chen",
           "Evans", "Murphy", "Hughes", "Khan", "O'Brien", "Lewis", "Garcia", "Wright", "Ahmed", "Clarke",
           "Hall", "Young", "Schmidt", "Dubois", "Silva", "Müller", "Novak", "Kim"]


def person(lang):
    if lang == "it":
        return pick(IT_FIRST) + " " + pick(IT_LAST)
    return pick(EN_FIRST) + " " + pick(EN_LAST)


def first(lang):
    return pick(IT_FIRST) if lang == "it" else pick(EN_FIRST)


IT_SCHOOLS = ["ITS Angelo Rizzoli", "Politecnico di Milano", "Università di Bologna", "Università di Pisa",
              "Sapienza", "Università di Torino", "ITIS Galilei", "ITIS Marconi", "Università Federico II",
              "Università di Padova", "ITS Academy ICT Piemonte", "Liceo scientifico Fermi (opzione scienze applicate)",
              "Università di Trento", "Ca' Foscari", "Università di Bari", "Università di Catania"]
EN_SCHOOLS = ["University of Leeds", "King's College London", "University of Edinburgh", "Le Wagon London",
              "Makers Academy", "UCL", "University of Manchester", "Trinity College Dublin", "CodeFirstGirls",
              "Northcoders", "University of Bristol", "Ironhack Berlin", "42 Lisboa", "TU Delft (exchange)",
              "General Assembly", "University of Glasgow"]
IT_HACKS = ["HackUniMi", "PayHack Torino", "FinTech Jam Bologna", "Hackathon Open Banking Napoli",
            "CodeNight Padova", "HackTheBank Roma", "Fintech Weekend Bari", "Hack4Good Firenze"]
EN_HACKS = ["HackLondon", "OpenBank Jam", "PayHack Manchester", "DurHack", "HackTheBurgh", "FinHack Dublin",
            "Hack Cambridge", "MLH Local Hack Day", "StudentHack", "Fintech Fest Hackathon"]


def school(lang):
    return pick(IT_SCHOOLS if lang == "it" else EN_SCHOOLS)


def hack(lang):
    return pick(IT_HACKS if lang == "it" else EN_HACKS) + " " + pick(["2026", "26", "XII edizione" if lang == "it" else "Winter Edition", "2026 (autumn)" if lang == "en" else "autunno 2026"])


def email_of(name, dom=None):
    n = name.lower().replace(" ", ".").replace("'", "").replace("ü", "u").replace("ò", "o")
    return n + "@" + (dom or pick(["studenti.unimi.it", "studio.unibo.it", "stud.polimi.it", "gmail.com", "outlook.com",
                                   "student.leeds.ac.uk", "live.ucl.ac.uk", "icloud.com", "hotmail.it", "yahoo.it",
                                   "campus.unipd.it", "ed.ac.uk"]))


# ---------------------------------------------------------------- values
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
    return luhn_digit(num[:-1]) == num[-1]


def card_raw():
    p = pick(["4", "4", "4111", "4242", "4000", "51", "52", "53", "54", "55", "2221", "2720", "34", "37", "4917", "5425"])
    ln = 15 if p in ("34", "37") else pick([16, 16, 16, 16, 19]) if p.startswith("4") else 16
    body = p + digits(ln - len(p) - 1)
    return body + luhn_digit(body)


def card_bad():
    while True:
        c = card_raw()
        last = (int(c[-1]) + R.randint(1, 9)) % 10
        c = c[:-1] + str(last)
        if not any(luhn_ok(c[:k]) for k in range(13, len(c) + 1)):
            return c


def fmt_card(c, style=None):
    style = style if style is not None else R.randint(0, 7)
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    else:
        g = [c[i:i + 4] for i in range(0, len(c), 4)]
    if style == 0:
        return c
    if style in (1, 2):
        return " ".join(g)
    if style == 3:
        return "-".join(g)
    if style == 4:
        return ".".join(g)
    if style == 5:
        return "  ".join(g)
    if style == 6:
        return " - ".join(g)
    return " ".join(g)


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(n) % 97)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_parts():
    abi = pick(["03069", "02008", "05034", "03062", "05696", "03111", "01030", "08327", "05387", "03440", "02008"])
    cab = digits(5)
    conto = pick(["0000", "1000", "0100"]) + digits(8)
    return abi, cab, conto, it_cin(abi, cab, conto)


def fr_parts():
    b, g, c = digits(5), digits(5), digits(11)
    k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, "%02d" % k


def es_dc(ds):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(x) * y for x, y in zip(ds, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_parts():
    e, o, acc = pick(["2100", "0049", "0182", "2038", "0081"]), digits(4), digits(10)
    dc = "%d%d" % (es_dc("00" + e + o), es_dc(acc))
    return e, o, dc, acc


def iban_raw(cc=None):
    cc = cc or pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "IE", "PT", "AT"])
    if cc == "IT":
        abi, cab, conto, cin = it_parts()
        bban = cin + abi + cab + conto
    elif cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "FR":
        b, g, c, k = fr_parts()
        bban = b + g + c + k
    elif cc == "ES":
        e, o, dc, acc = es_parts()
        bban = e + o + dc + acc
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + digits(6) + digits(8)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "BE":
        x = digits(10)
        bban = x + "%02d" % (int(x) % 97 or 97)
    elif cc == "PT":
        bban = digits(21)
    else:  # AT
        bban = digits(16)
    return cc + iban_check(cc, bban) + bban


def iban_bad(cc=None):
    good = iban_raw(cc)
    ck = int(good[2:4])
    bad = (ck + R.randint(1, 90)) % 97
    if bad < 2:
        bad += 2
    if bad == ck:
        bad = (ck + 3) % 97
    return good[:2] + "%02d" % bad + good[4:]


def fmt_iban(i, style=None):
    style = style if style is not None else R.randint(0, 4)
    if style in (0, 1):
        return i
    g = [i[k:k + 4] for k in range(0, len(i), 4)]
    if style == 4:
        return "-".join(g)
    return " ".join(g)


def jwt(sub=None, scope=None):
    h = {"alg": pick(["RS256", "ES256", "PS256", "HS256"]), "typ": "JWT"}
    if R.random() < 0.5:
        h["kid"] = rs(8, HEX) + "-" + rs(4, HEX)
    p = {"iss": pick(["https://auth.sandbox.example-pay.eu", "https://id.sandbox.apiprovider.io", "https://login.dev-portal.example"]),
         "sub": sub or rs(10, B62), "aud": pick(["payments", "accounts", "ob-api", "sandbox"]),
         "exp": 1797000000 + R.randint(0, 9000000), "iat": 1796990000 + R.randint(0, 9000000)}
    if scope or R.random() < 0.6:
        p["scope"] = scope or pick(["payments:write", "accounts:read balances:read", "openid offline_access", "refunds payouts:read"])

    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(h) + "." + enc(p) + "." + rs(R.choice([43, 86, 342]), B64URL)


def api_key():
    return pick(["", "", "live_", "sbx_", "test_", "key_", "ak_"]) + rs(R.choice([32, 36, 40, 48]), pick([B62, B62, HEX + "ABCDEF"]))


def client_secret():
    return pick([rs(32), rs(40), rs(48, B64URL), rs(24) + "~" + rs(8), rs(64, HEX), "cs_" + rs(36)])


def refresh_tok():
    return pick([rs(64, B64URL), "rt_" + rs(48), "1//0" + rs(2) + "-" + rs(60, B64URL), rs(40) + "." + rs(20), "r1." + rs(54)])


def opaque_token():
    return pick([rs(40, B64URL), "at_" + rs(40), rs(32, HEX), "tok_" + rs(36), rs(28) + "." + rs(16)])


PW_WORDS = ["Pizza", "Sole", "Luna", "Gatto", "Milano", "Hack", "Dragon", "Summer", "Winter", "Bologna", "Pasta", "Roma",
            "Coffee", "Matrix", "Falcon", "Tigre", "Mare", "Zucca", "Vespa", "Juve", "Inter", "Arsenal", "Penguin", "Nonna"]


def password():
    t = R.randint(0, 7)
    if t == 0:
        return pick(PW_WORDS) + pick(["!", "#", "@", "$", "_"]) + digits(R.randint(2, 4))
    if t == 1:
        return rs(R.randint(12, 20), B62 + "!@#%^&*-_")
    if t == 2:
        return pick(PW_WORDS).lower() + digits(2) + pick(PW_WORDS) + pick(["!", "?", "."])
    if t == 3:
        return "-".join(pick(["corda", "vela", "nuvola", "treno", "lampada", "orbit", "maple", "river", "stone", "cactus", "violino", "biscotto"]) for _ in range(4))
    if t == 4:
        return pick(PW_WORDS) + digits(4) + pick(["!", "*", "&"])
    if t == 5:
        return rs(3, string.ascii_uppercase) + rs(5, string.ascii_lowercase) + digits(3) + pick(["!", "$", "%"])
    if t == 6:
        return "Sandbox" + pick(["-", "_", "."]) + digits(4) + pick(["!", "#"])
    return pick(PW_WORDS) + pick(PW_WORDS) + digits(2)


def pem(kind=None):
    kind = kind or pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": R.randint(12, 25), "PRIVATE KEY": R.randint(8, 26), "EC PRIVATE KEY": 3}[kind]
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(48 * n))).decode()
    if kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + body[9:]
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEpAIBAAKCAQEA" + body[16:]
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + body[32:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def pub_pem():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + base64.b64encode(bytes(R.randrange(256) for _ in range(240))).decode() + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(lines)


def cert_pem():
    body = "MIID" + base64.b64encode(bytes(R.randrange(256) for _ in range(420))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(lines)


def vendor_key():
    t = R.randint(0, 11)
    if t == 0:
        return "AKIA" + rs(16, string.ascii_uppercase + "234567"), "AWS"
    if t == 1:
        return pick(["sk_test_", "sk_live_", "rk_test_"]) + rs(R.choice([24, 99]), B62), "Stripe"
    if t == 2:
        return "ghp_" + rs(36), "GitHub"
    if t == 3:
        return "glpat-" + rs(20, B64URL), "GitLab"
    if t == 4:
        return "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24), "Slack"
    if t == 5:
        return "AIza" + rs(35, B64URL), "Google"
    if t == 6:
        return "SG." + rs(22, B64URL) + "." + rs(43, B64URL), "SendGrid"
    if t == 7:
        return "sk-proj-" + rs(48, B64URL), "OpenAI"
    if t == 8:
        return "hf_" + rs(34), "Hugging Face"
    if t == 9:
        return "npm_" + rs(36), "npm"
    if t == 10:
        return "SK" + rs(32, HEX), "Twilio"
    return "sk-ant-api03-" + rs(80, B64URL) + "-" + rs(6) + "AA", "Anthropic"


def uuid4():
    h = rs(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def sha1():
    return rs(40, HEX)


def sha256():
    return rs(64, HEX)


def bcrypt():
    return "$2b$" + pick(["10", "12"]) + "$" + rs(53, string.ascii_letters + string.digits + "./")


def argon():
    return "$argon2id$v=19$m=65536,t=3,p=4$" + rs(22, B62 + "+/") + "$" + rs(43, B62 + "+/")


def client_id(lang=None):
    return pick(["team-%02d-%s" % (R.randint(1, 40), pick(["sandbox", "hack", "dev"])),
                 "%s-%s-sbx" % (pick(["unimi", "polito", "leeds", "ucl", "hackbo", "durhack", "lewagon", "its"]), pick(["lab", "thesis", "class", "demo"])),
                 "cli_" + rs(16, HEX), rs(8, HEX) + "-" + rs(4, HEX) + "-" + rs(4, HEX) + "-" + rs(4, HEX) + "-" + rs(12, HEX)])


def otp():
    return digits(pick([6, 6, 6, 8, 5]))


def date_it():
    return "%d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12))


def date_en():
    return "%d %s 2026" % (R.randint(1, 28), pick(["Jan", "Feb", "March", "April", "May", "June", "Sept", "Oct", "Nov", "Dec"]))


def time_s():
    return "%02d:%02d" % (R.randint(8, 23), R.randint(0, 59))


def phone(lang):
    if lang == "it":
        return pick(["+39 3%d%d %s %s" % (R.randint(2, 9), R.randint(0, 9), digits(3), digits(4)), "3%d%d-%s%s" % (R.randint(2, 9), R.randint(0, 9), digits(3), digits(4)), "02 %s %s" % (digits(4), digits(4))])
    return pick(["+44 7%s %s" % (digits(3), digits(6)), "07%s %s" % (digits(3), digits(6)), "020 %s %s" % (digits(4), digits(4))])


def amount(lang):
    if lang == "it":
        return pick(["€ %d,%02d" % (R.randint(5, 900), R.randint(0, 99)), "%d,%02d EUR" % (R.randint(5, 900), R.randint(0, 99)), "%d euro" % R.randint(5, 300)])
    return pick(["£%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "€%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "%d GBP" % R.randint(5, 300)])


AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
HOSTS = ["https://api.sandbox.example-pay.eu", "https://sandbox.apiprovider.io", "https://api-sbx.example.com", "https://ob.sandbox.example-pay.eu"]


def host():
    return pick(HOSTS)


def greet(lang, formal=None):
    formal = R.random() < 0.5 if formal is None else formal
    if lang == "it":
        return pick(["Buongiorno,", "Gentile supporto,", "Salve,", "Spett.le team sviluppatori,"]) if formal else pick(["Ciao!", "Ciao a tutti,", "Salve ragazzi,", "Ehi,", "Buonasera,"])
    return pick(["Hello,", "Dear Developer Support,", "Good morning,", "To whom it may concern,"]) if formal else pick(["Hi!", "Hey folks,", "Hi team,", "Hiya,", "Hey there,"])


def sign(lang, name):
    if lang == "it":
        return pick(["Grazie mille,\n", "Grazie in anticipo\n", "Cordiali saluti,\n", "Un saluto,\n", "Grazie!!\n", ""]) + name
    return pick(["Thanks a lot,\n", "Cheers,\n", "Many thanks,\n", "Best,\n", "Thank you!!\n", "Kind regards,\n", ""]) + name


# ================================================================ secret templates
SECRET_T = []
PASS_T = []


def secret(f):
    SECRET_T.append(f)
    return f


def passing(f):
    PASS_T.append(f)
    return f


KEYNAMES_API = ["API_KEY", "SPORTELLO_KEY", "PAY_API_KEY", "apiKey", "api_key", "SANDBOX_KEY", "X_API_KEY", "chiave", "KEY", "PROVIDER_TOKEN", "access_key", "SECRET_KEY_SANDBOX"]
KEYNAMES_SECRET = ["CLIENT_SECRET", "client_secret", "clientSecret", "OAUTH_SECRET", "app_secret", "SECRET", "consumer_secret", "segreto_client"]


@secret
def s_colab_literal(lang):
    name = person(lang)
    kn = pick(KEYNAMES_API)
    if R.random() < 0.6:
        kind, val = "access_token", api_key()
        extra = ""
    else:
        val, vend = vendor_key()
        kind = "vendor_key"
        extra = vend
    cell = pick([
        "# Cella 2\n%s = \"%s\"\nheaders = {\"Authorization\": f\"Bearer {%s}\"}\nr = requests.get(\"%s/v1/payments\", headers=headers)\nr.status_code" % (kn, val, kn, host()),
        "!pip install -q requests\nimport requests\n%s = '%s'  # TODO spostare nei secrets\nprint(requests.get('%s/v2/accounts', headers={'X-Api-Key': %s}).json())" % (kn, val, host(), kn),
        "[3] %s='%s'\n    resp = requests.post(URL, json=body, headers={'Authorization': 'Bearer ' + %s})\n    resp.json()\n    {'error': 'invalid_request', 'error_description': 'amount must be positive'}" % (kn, val, kn),
        "%%env %s=%s\n!curl -s -H \"Authorization: Bearer $%s\" %s/v1/ping" % (kn, val, kn, host()),
    ])
    if lang == "it":
        pre = pick(["Sto seguendo il laboratorio del corso di Sistemi di pagamento (%s) su Google Colab e la cella sotto mi dà 401, qualcuno può dirmi perché?" % school(lang),
                    "Ciao, sono una studentessa del %s, il prof ci ha detto di scrivere a voi. Ecco il notebook (la cella che fallisce):" % school(lang),
                    "Vi incollo la cella di Colab, scusate se è disordinata, è per la tesina:",
                    "Buongiorno, il mio notebook Colab per il progetto d'esame non riesce a chiamare le API%s. Copio:" % ((" (uso anche la chiave %s del corso)" % extra) if extra else "")])
    else:
        pre = pick(["I'm doing the lab from my %s module in Google Colab and this cell keeps returning 401. Any idea?" % school(lang),
                    "Hi, first-year student here, our lecturer told us to contact you. This is the failing Colab cell:",
                    "Pasting my Colab cell below, sorry it's messy, it's for coursework due Friday:",
                    "Hello, our bootcamp notebook can't reach the sandbox%s. Copying the cell:" % ((" (the %s key is the one the course gave us)" % extra) if extra else "")])
    return lang, "colab", pre + "\n\n" + cell + "\n\n" + sign(lang, name), [(kind, val)]


@secret
def s_replit_pane(lang):
    name = person(lang)
    rows = []
    sec = []
    k1 = pick(KEYNAMES_API)
    v1 = api_key()
    rows.append((k1, v1)); sec.append(("access_token", v1))
    if R.random() < 0.6:
        k2 = pick(KEYNAMES_SECRET)
        v2 = client_secret()
        rows.append((k2, v2)); sec.append(("client_secret", v2))
    rows.insert(0, (pick(["CLIENT_ID", "client_id", "APP_ID"]), client_id()))
    if R.random() < 0.3:
        k3 = pick(["DB_PASSWORD", "ADMIN_PASS", "MONGO_PASSWORD"])
        v3 = password()
        rows.append((k3, v3)); sec.append(("password", v3))
    layout = R.randint(0, 2)
    if layout == 0:
        body = "\n".join("Key\n%s\nValue\n%s\n" % (k, v) for k, v in rows)
    elif layout == 1:
        body = "\n".join("%s    %s    [Edit] [Delete]" % (k, v) for k, v in rows)
    else:
        body = "\n".join("%s = %s" % (k, v) for k, v in rows)
    if lang == "it":
        pre = pick(["Ho messo tutto nei Secrets di Replit come dice la guida ma il progetto di gruppo non parte. Vi copio il pannello Secrets:",
                    "Il mio repl per la verifica di informatica (classe 5ªB) non vede le variabili. Ecco cosa c'è nel tab Secrets:",
                    "Ciao, per il workshop di sabato ho fatto un fork del repl del docente e ho messo le mie chiavi. Pannello:"])
    else:
        pre = pick(["I put everything in Replit Secrets like the guide says but our group project won't start. Copy of the Secrets tab:",
                    "My repl for the Year 12 computing assessment can't see the env vars. Here's what the Secrets pane shows:",
                    "Hi, for Saturday's workshop I forked the instructor's repl and added my own keys. Secrets pane:"])
    return lang, "replit", pre + "\n\n" + body + "\n\n" + sign(lang, name), sec


@secret
def s_glitch_env(lang):
    name = person(lang)
    plat = pick(["Glitch", "CodeSandbox", "StackBlitz", "Gitpod", "GitHub Codespaces"])
    lines = ["# .env"]
    sec = []
    lines.append("PORT=%d" % pick([3000, 8080, 5000]))
    lines.append("%s=%s" % (pick(["CLIENT_ID", "OAUTH_CLIENT_ID"]), client_id()))
    cs = client_secret()
    lines.append("%s=%s" % (pick(KEYNAMES_SECRET).upper(), cs)); sec.append(("client_secret", cs))
    if R.random() < 0.5:
        wh = "whk_" + rs(32) if R.random() < 0.5 else rs(44, B62 + "+/") + "="
        lines.append("%s=%s" % (pick(["WEBHOOK_SECRET", "WEBHOOK_SIGNING_SECRET", "HOOK_SECRET"]), wh)); sec.append(("private_key", wh))
    if R.random() < 0.5:
        rt = refresh_tok()
        lines.append("%s=%s" % (pick(["REFRESH_TOKEN", "OAUTH_REFRESH"]), rt)); sec.append(("refresh_token", rt))
    if R.random() < 0.4:
        v, _ = vendor_key()
        lines.append("%s=%s" % (pick(["STRIPE_KEY", "THIRD_PARTY_KEY", "EXTRA_KEY", "MAIL_KEY"]), v)); sec.append(("vendor_key", v))
    lines.append("NODE_ENV=development")
    url = "https://%s.%s" % (rs(6, string.ascii_lowercase) + "-" + rs(5, string.ascii_lowercase), pick(["glitch.me", "csb.app", "stackblitz.io", "gitpod.io", "github.dev"]))
    if lang == "it":
        pre = pick(["Progetto su %s per il corso (%s), il callback OAuth restituisce invalid_client. Il file .env è questo:" % (plat, url),
                    "Vi lascio il link del remix su %s e il contenuto del .env, perché il callback non torna indietro:\n%s" % (plat, url),
                    "Abbiamo fatto l'app della hackathon su %s. Non capiamo se la secret è quella giusta:" % plat])
    else:
        pre = pick(["Project on %s for class (%s); the OAuth callback returns invalid_client. Here is the .env:" % (plat, url),
                    "Sharing the %s remix link and the .env because the redirect never comes back:\n%s" % (plat, url),
                    "We built our hackathon app on %s. Can't tell if the secret is the right one:" % plat])
    return lang, "env", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, name), sec


@secret
def s_latex_listing(lang):
    name = person(lang)
    cs = client_secret()
    sec = [("client_secret", cs)]
    cid = client_id()
    extra = ""
    if R.random() < 0.5:
        pw = password()
        extra = "\nDB_URL = \"postgresql://thesis:%s@localhost:5432/pagamenti\"" % pw
        sec.append(("password", pw))
    lst = ("\\begin{lstlisting}[language=Python, caption={%s}, label={lst:oauth}]\n"
           "CLIENT_ID = \"%s\"\nCLIENT_SECRET = \"%s\"%s\n"
           "token = requests.post(f\"{BASE}/oauth2/token\", data={\"grant_type\": \"client_credentials\"},\n"
           "                      auth=(CLIENT_ID, CLIENT_SECRET)).json()[\"access_token\"]\n\\end{lstlisting}") % (
        pick(["Richiesta del token OAuth", "Client credentials flow", "Autenticazione verso la sandbox"]), cid, cs, extra)
    if lang == "it":
        pre = pick(["Sto scrivendo la tesi triennale (%s) sull'integrazione delle API di open banking. Il relatore chiede se posso citare il codice così com'è in appendice, ve lo incollo:" % school(lang),
                    "Salve, nell'appendice B della mia tesi magistrale c'è questo listato. Posso pubblicarlo su AMS Tesi o devo togliere qualcosa?",
                    "Per la relazione di tirocinio ho incluso il sorgente LaTeX qui sotto; il PDF compila ma la chiamata reale dà 400."])
    else:
        pre = pick(["I'm writing my BSc dissertation (%s) on open-banking integration. My supervisor asked whether I can include the code as-is in the appendix:" % school(lang),
                    "Hi, Appendix B of my MSc thesis has this listing. Can I upload it to the university repository or should I strip something?",
                    "For my placement report I included the LaTeX source below; it compiles but the real call returns 400."])
    return lang, "latex", pre + "\n\n" + lst + "\n\n" + sign(lang, name), sec


@secret
def s_slides_notes(lang):
    name = person(lang)
    n = R.randint(4, 38)
    t = R.randint(0, 2)
    if t == 0:
        user = client_id()
        pw = client_secret()
        blob = base64.b64encode((user + ":" + pw).encode()).decode()
        body = "curl -X POST %s/oauth/token \\\n  -H \"Authorization: Basic %s\" \\\n  -d grant_type=client_credentials" % (host(), blob)
        sec = [("client_secret", blob)]
    elif t == 1:
        tok = jwt()
        body = "GET /v1/accounts HTTP/1.1\nHost: %s\nAuthorization: Bearer %s" % (host()[8:], tok)
        sec = [("access_token", tok)]
    else:
        user = client_id()
        pw = client_secret()
        body = "curl -u %s:%s %s/v2/payouts" % (user, pw, host())
        sec = [("client_secret", user + ":" + pw)]
    if lang == "it":
        head = pick(["Slide %d — \"Il primo token\"\n" % n, "[Diapositiva %d]\n" % n, "Slide %d/40 · Demo live\n" % n])
        notes = pick(["Note del relatore: copiare e incollare in terminale, la chiave è quella della sandbox del workshop.",
                      "Note: se la demo fallisce usare il backup sotto.", "Appunti per me: NON dimenticare di ruotare dopo il talk."])
        pre = pick(["Ho esportato le slide del mio talk al meetup in testo (PowerPoint → Salva come .txt). Domani le pubblico su SlideShare, mi controllate la slide della demo?",
                    "Vi mando il testo delle slide del seminario che terrò al %s, la demo di pagina %d non funziona più:" % (school(lang), n),
                    "Slide del workshop per le scuole superiori, esportate da Google Slides:"])
    else:
        head = pick(["Slide %d — \"Your first token\"\n" % n, "[Slide %d]\n" % n, "Slide %d/40 · Live demo\n" % n])
        notes = pick(["Speaker notes: paste into terminal, this is the workshop sandbox key.", "Notes: if the demo fails use the backup below.",
                      "Note to self: rotate after the talk!!"])
        pre = pick(["I exported my meetup talk slides as text (PowerPoint > Save As .txt). Publishing them on Speaker Deck tomorrow, can you check the demo slide?",
                    "Sending the text of the guest lecture slides for %s, the demo on slide %d stopped working:" % (school(lang), n),
                    "Slides for the schools outreach workshop, exported from Google Slides:"])
    return lang, "slides", pre + "\n\n" + head + body + "\n\n" + notes + "\n\n" + sign(lang, name), sec


@secret
def s_zoom_chat(lang):
    host_n = person(lang)
    att = [person(lang) for _ in range(3)]
    t0 = R.randint(9, 17)
    m = R.randint(0, 40)
    k = R.randint(0, 3)
    if k == 0:
        v = opaque_token(); kind = "access_token"
        line_it, line_en = "questo è il mio token, mi dà 403: %s" % v, "this is my token, getting 403: %s" % v
    elif k == 1:
        v = client_secret(); kind = "client_secret"
        line_it, line_en = "ho messo client_secret=%s ma dice invalid_client" % v, "I set client_secret=%s but it says invalid_client" % v
    elif k == 2:
        v = password(); kind = "password"
        line_it, line_en = "non riesco a loggarmi nel portale sandbox, user %s pass %s" % (email_of(att[1]), v), "can't log into the sandbox portal, user %s pass %s" % (email_of(att[1]), v)
    else:
        v = refresh_tok(); kind = "refresh_token"
        line_it, line_en = "il refresh token che mi ha restituito è %s, è normale che sia così lungo?" % v, "the refresh token I got back is %s, is it normal it's that long?" % v
    fr = "Da" if lang == "it" else "From"
    to = "a Tutti" if lang == "it" else "to Everyone"
    lines = [
        "%02d:%02d:%02d %s %s %s: %s" % (t0, m, R.randint(0, 59), fr, host_n, to, "Benvenuti! Link al notebook nel primo messaggio" if lang == "it" else "Welcome! Notebook link in the first message"),
        "%02d:%02d:%02d %s %s %s: %s" % (t0, m + 3, R.randint(0, 59), fr, att[0], to, "si sente a scatti" if lang == "it" else "audio is choppy"),
        "%02d:%02d:%02d %s %s %s: %s" % (t0, m + 7, R.randint(0, 59), fr, att[1], to, line_it if lang == "it" else line_en),
        "%02d:%02d:%02d %s %s %s: %s" % (t0, m + 8, R.randint(0, 59), fr, att[2], to, "non incollare chiavi in chat 😅" if lang == "it" else "don't paste keys in chat 😅"),
    ]
    if lang == "it":
        pre = pick(["Vi inoltro la chat del webinar di ieri (export Zoom), un partecipante ha incollato una credenziale: potete invalidarla?",
                    "Chat salvata dal workshop online per l'%s; la domanda alla riga 3 non l'abbiamo risolta in diretta:" % school(lang)])
    else:
        pre = pick(["Forwarding yesterday's webinar chat (Zoom export); an attendee pasted a credential, can you invalidate it?",
                    "Saved chat from the online workshop for %s; we didn't solve the question on line 3 live:" % school(lang)])
    return lang, "zoom-chat", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, host_n), [(kind, v)]


@secret
def s_webinar_qa_csv(lang):
    host_n = person(lang)
    rows = []
    sec = []
    qs_it = ["Quanto dura un access token in sandbox?", "Si può usare la stessa app per più studenti?", "Il webhook arriva due volte, è normale?",
             "Dove trovo il client id?", "Le API supportano PSD2 SCA redirect?", "Serve la partita IVA per la sandbox?"]
    qs_en = ["How long does a sandbox access token last?", "Can several students share one app?", "The webhook arrives twice, is that normal?",
             "Where is the client id?", "Do the APIs support SCA redirect?", "Do I need a company to get sandbox access?"]
    qs = qs_it if lang == "it" else qs_en
    for q in R.sample(qs, 3):
        rows.append('"%s","%s","%s","%s"' % (q.replace('"', "'"), person(lang), "Risposto a voce" if lang == "it" else "Answered live", time_s()))
    k = R.randint(0, 2)
    if k == 0:
        v = refresh_tok(); kind = "refresh_token"
        q = ("Il mio refresh_token %s smette di funzionare dopo un giorno, perché?" if lang == "it" else "My refresh_token %s stops working after a day, why?") % v
    elif k == 1:
        v = jwt(); kind = "access_token"
        q = ("Token: %s — scope sbagliato?" if lang == "it" else "Token: %s — wrong scope?") % v
    else:
        v = client_secret(); kind = "client_secret"
        q = ("la secret %s è giusta? non va" if lang == "it" else "is secret %s right? not working") % v
    rows.insert(R.randint(0, 3), '"%s","%s","%s","%s"' % (q, person(lang), "Da seguire via ticket" if lang == "it" else "Follow up by ticket", time_s()))
    hdr = "Domanda,Chi,Stato,Ora" if lang == "it" else "Question,Asked by,Status,Time"
    pre = ("Export Q&A del webinar \"API di pagamento per principianti\". Riga con la credenziale da gestire:" if lang == "it"
           else "Q&A export from the \"Payments API for beginners\" webinar. One row has a credential to deal with:")
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, host_n), [(kind, v)]


@secret
def s_hackathon_sheet(lang):
    org = person(lang)
    n = R.randint(3, 6)
    sec = []
    sep = pick([",", "\t", " | "])
    hdr = sep.join(["team", "client_id", "client_secret", "sandbox_user", "sandbox_password"] if lang == "en" else ["squadra", "client_id", "client_secret", "utente_sandbox", "password_sandbox"])
    rows = []
    for i in range(n):
        cs = client_secret()
        pw = password()
        u = "team%02d@%s" % (i + 1, pick(["sandbox.hack", "example.test", "hack.local"]))
        rows.append(sep.join([pick(["Pixel", "Lambda", "Gnocchi", "ByteMe", "404Found", "Cannoli", "NullPointers", "Tortellini", "Kernel", "Ravioli"]) + str(i + 1), client_id(), cs, u, pw]))
        sec += [("client_secret", cs), ("password", pw)]
    if lang == "it":
        pre = pick(["Siamo l'organizzazione della %s. Questo è il foglio condiviso con le credenziali sandbox per le squadre: ce ne servirebbero altre 5 uguali." % hack(lang),
                    "Ciao, il foglio Google delle credenziali per le squadre è finito per sbaglio nel canale pubblico. Eccolo, potete rigenerare tutto?"])
    else:
        pre = pick(["We're organising %s. This is the shared sheet of sandbox credentials for teams; we need 5 more like these." % hack(lang),
                    "Hi, the Google Sheet with team credentials got posted in the public channel by mistake. Here it is, can you regenerate everything?"])
    return lang, "tsv" if sep == "\t" else "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, org), sec


@secret
def s_venue_info(lang):
    org = person(lang)
    wifi = password()
    ssid = pick(["Hackathon-Guest", "UNIMI-EVENT", "eduroam-guest", "FabLab_5G", "PayHack", "CampusEvents"])
    sec = [("password", wifi)]
    otp_v = digits(6)
    add_otp = R.random() < 0.6
    if add_otp:
        sec.append(("pin", otp_v))
    if lang == "it":
        t = "INFO PRATICHE — %s\n\n📍 Aula magna, ingresso da via %s\n📶 Wi-Fi: %s\n   %s: %s\n🕘 Check-in dalle 9:00, badge al desk\n" % (
            hack(lang), pick(["Celoria", "Golgi", "Zamboni", "Verdi", "Roma"]), ssid, pick(["password", "pwd", "chiave", "Password"]), wifi)
        if add_otp:
            t += "🔐 Per il login SCA in sandbox il codice SMS è sempre %s (non arriva nessun SMS vero)\n" % otp_v
        pre = pick(["Vi giro il foglio informativo che distribuiamo ai partecipanti, ditemi se la parte sulla sandbox è corretta:",
                    "Testo della mail di benvenuto per i partecipanti, prima di mandarla:"])
    else:
        t = "PRACTICAL INFO — %s\n\n📍 Main hall, entrance on %s Street\n📶 Wi-Fi: %s\n   %s: %s\n🕘 Check-in from 9am, badges at the desk\n" % (
            hack(lang), pick(["Mill", "Bath", "George", "Oxford", "Union"]), ssid, pick(["password", "pw", "key", "Password"]), wifi)
        if add_otp:
            t += "🔐 For the sandbox SCA login the SMS code is always %s (no real SMS is sent)\n" % otp_v
        pre = pick(["Forwarding the info sheet we hand to participants, is the sandbox part right?", "Draft of the welcome email for participants, before we send it:"])
    return lang, "handout", pre + "\n\n" + t + "\n" + sign(lang, org), sec


@secret
def s_devpost_readme(lang):
    name = person(lang)
    sec = []
    v1, vend = vendor_key()
    sec.append(("vendor_key", v1))
    ak = api_key()
    sec.append(("access_token", ak))
    proj = pick(["SplitBill", "PiggyBank AI", "Scontrino Smart", "RentShare", "GreenPay", "StudentWallet", "Budget Buddy", "Paghetta"])
    md = "# %s\n\n%s\n\n## How to run\n\n```bash\nexport PAY_API_KEY=%s\nexport %s_KEY=%s\nnpm install && npm run dev\n```\n\nBuilt with: React, Express, %s" % (
        proj, "App per dividere le spese tra coinquilini." if lang == "it" else "Split bills with flatmates in two taps.", ak, vend.upper().replace(" ", "_"), v1, vend)
    if lang == "it":
        pre = pick(["Abbiamo vinto il premio del vostro sponsor alla %s 🎉 Ecco il README del progetto su Devpost, come facciamo a passare in produzione?" % hack(lang),
                    "Il README del nostro progetto (Devpost + GitHub pubblico) — la giuria dice che la demo non parte:"])
    else:
        pre = pick(["We won your sponsor prize at %s 🎉 Here's the Devpost README, how do we go to production?" % hack(lang),
                    "Our project README (Devpost + public GitHub) — the judges say the demo won't start:"])
    return lang, "markdown", pre + "\n\n" + md + "\n\n" + sign(lang, name), sec


@secret
def s_moodle_feedback(lang):
    prof = person(lang)
    stud = person(lang)
    k = R.randint(0, 3)
    if k == 0:
        v = api_key(); kind = "access_token"; code = "const apiKey = \"%s\";" % v
    elif k == 1:
        v = password(); kind = "password"; code = "$conn = new PDO('mysql:host=localhost;dbname=shop', 'root', '%s');" % v
    elif k == 2:
        v, _ = vendor_key(); kind = "vendor_key"; code = "stripe.api_key = '%s'" % v
    else:
        v = client_secret(); kind = "client_secret"; code = "String clientSecret = \"%s\";" % v
    if lang == "it":
        fb = "Feedback sulla consegna — %s\nValutazione: %d/30\n\nBuon lavoro sulla gestione degli errori. Però alla riga %d hai lasciato:\n\n    %s\n\nMai credenziali nel sorgente, usa le variabili d'ambiente." % (
            stud, R.randint(18, 30), R.randint(10, 200), code)
        pre = pick(["Sono docente al %s. Copio il feedback che ho dato su Moodle a uno studente: la chiave è del vostro ambiente di test, potete disattivarla?" % school(lang),
                    "Buongiorno, tutor del laboratorio. Nel feedback Moodle qui sotto c'è una credenziale che uno studente ha consegnato nel codice:"])
    else:
        fb = "Feedback on submission — %s\nMark: %d%%\n\nGood error handling. However on line %d you left:\n\n    %s\n\nNever put credentials in source, use env vars." % (
            stud, R.randint(40, 85), R.randint(10, 200), code)
        pre = pick(["I teach at %s. Copying the Moodle feedback I gave a student: the key is from your test environment, can you disable it?" % school(lang),
                    "Hello, lab TA here. The Moodle feedback below contains a credential a student submitted in their code:"])
    return lang, "lms", pre + "\n\n" + fb + "\n\n" + sign(lang, prof), [(kind, v)]


@secret
def s_autograder_log(lang):
    name = person(lang)
    sec = []
    ak = api_key()
    sec.append(("access_token", ak))
    env = ["PATH=/usr/local/bin:/usr/bin", "HOME=/autograder", "PYTHONUNBUFFERED=1", "%s=%s" % (pick(KEYNAMES_API).upper(), ak)]
    if R.random() < 0.5:
        pw = password()
        env.append("%s=%s" % (pick(["SANDBOX_PASSWORD", "TEST_USER_PASS", "PG_PASSWORD"]), pw)); sec.append(("password", pw))
    R.shuffle(env)
    log = "%s\n=== test session starts ===\ncollected %d items\n\ntests/test_client.py::test_list_payments FAILED\n\n--- Captured stdout ---\n%s\n=== 1 failed, %d passed in %.2fs ===" % (
        pick(["Gradescope Autograder Output", "GitHub Classroom — Autograding", "CodeGrade AutoTest"]), R.randint(4, 20), "\n".join(env), R.randint(2, 18), R.random() * 9 + 1)
    if lang == "it":
        pre = pick(["L'autograder del corso ha stampato le variabili d'ambiente nel log (colpa del mio print di debug). Il log è visibile agli altri del gruppo:",
                    "Output dell'autovalutazione del compito 3, il test fallisce solo lì:"])
    else:
        pre = pick(["The course autograder printed the environment in the log (my debug print, sorry). The log is visible to my group:",
                    "Autograder output for assignment 3, only this test fails:"])
    return lang, "log", pre + "\n\n" + log + "\n\n" + sign(lang, name), sec


@secret
def s_stream_transcript(lang):
    name = person(lang)
    k = R.randint(0, 1)
    if k == 0:
        v = api_key(); kind = "access_token"
    else:
        v, _ = vendor_key(); kind = "vendor_key"
    ts = "%02d:%02d" % (R.randint(10, 90), R.randint(0, 59))
    if lang == "it":
        t = ("[%s] ok allora incolliamo la chiave qui nel file di configurazione\n[%s] [sullo schermo: API_KEY=%s]\n[%s] e adesso lanciamo, vediamo se va\n\nChat:\n%s: bro la chiave si vede in live 💀\n%s: fai rotate subito") % (
            ts, ts, v, ts, pick(["pixel_dev", "mattew99", "LaGiuli", "coder_napoletano"]), pick(["streamer_fan", "nullo", "giorgiaxyz"]))
        pre = pick(["Sono lo streamer del canale Twitch \"%s codes\". Nella live di ieri ho mostrato la chiave, questa è la trascrizione automatica del VOD:" % first(lang),
                    "Trascrizione del video YouTube del nostro corso (sottotitoli automatici + testo a schermo estratto):"])
    else:
        t = ("[%s] ok so let's paste the key into the config file here\n[%s] [on screen: API_KEY=%s]\n[%s] and now run it, let's see\n\nChat:\n%s: mate your key is on stream 💀\n%s: rotate it now") % (
            ts, ts, v, ts, pick(["pixel_dev", "tomcodes", "byte_queen", "lurker42"]), pick(["stream_fan", "nulluser", "kat_dev"]))
        pre = pick(["I run the Twitch channel \"%s codes\". I showed my key in yesterday's stream; this is the VOD auto-transcript:" % first(lang),
                    "Transcript of our course YouTube video (auto captions + on-screen text extracted):"])
    return lang, "transcript", pre + "\n\n" + t + "\n\n" + sign(lang, name), [(kind, v)]


@secret
def s_student_seed_cards(lang):
    name = person(lang)
    sec = []
    rows = []
    n = R.randint(2, 4)
    for i in range(n):
        c = card_raw()
        fc = fmt_card(c)
        cvv = digits(4 if len(c) == 15 else 3)
        rows.append("(%d, '%s', '%s', '%s', '%02d/%02d')" % (i + 1, person(lang), fc, cvv, R.randint(1, 12), R.randint(27, 31)))
        sec += [("card_number", fc), ("cvv", cvv)]
    sql = "INSERT INTO carte (id, intestatario, numero, cvv, scadenza) VALUES\n" if lang == "it" else "INSERT INTO cards (id, holder, number, cvv, expiry) VALUES\n"
    sql += ",\n".join(rows) + ";"
    if lang == "it":
        pre = pick(["Per il progetto di Basi di dati abbiamo salvato le carte nel DB (lo so, lo so). Il prof dice di chiedervi come si fa con la tokenizzazione. Il seed attuale:",
                    "Salve, studente ITS. Il mio seed.sql ha queste carte (alcune sono le vostre di test, una è di mio padre perché volevo provare) — come le sostituisco?"])
    else:
        pre = pick(["For our Databases coursework we stored cards in the DB (I know). Lecturer says ask you how tokenisation works. Current seed:",
                    "Hi, bootcamp student. My seed.sql has these cards (some are your test ones, one is my mum's because I wanted to try) — how do I replace them?"])
    return lang, "sql", pre + "\n\n" + sql + "\n\n" + sign(lang, name), sec


@secret
def s_refund_iban(lang):
    name = person(lang)
    ib = iban_raw(pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "IE", "NL"]))
    fi = fmt_iban(ib)
    amt = amount(lang)
    if R.random() < 0.35:
        det, sec = domestic()
        if lang == "it":
            t = "Buongiorno, chiedo il rimborso della quota del workshop (%s), non ho potuto partecipare. Dati per il bonifico:\n%s\nIntestatario: %s" % (amt, det, name)
        else:
            t = "Hello, I'd like a refund of the workshop fee (%s), I couldn't attend. Bank details:\n%s\nAccount holder: %s" % (amt, det, name)
        return lang, "email", t + "\n\n" + sign(lang, name), sec
    if lang == "it":
        t = pick(["Buongiorno, ho pagato %s per il biglietto della %s ma l'evento per me è saltato (esame lo stesso giorno). Potete rimborsarmi su questo IBAN: %s intestato a %s? Grazie" % (amt, hack(lang), fi, name),
                  "Salve, sono la mamma di %s, iscritto al corso estivo di coding. Il rimborso della quota (%s) va su\nIBAN %s\nintestatario %s" % (first(lang), amt, fi, name),
                  "Rimborso workshop:\n- importo: %s\n- iban: %s\n- causale: rimborso iscrizione" % (amt, fi)])
    else:
        t = pick(["Hi, I paid %s for the %s ticket but I can't attend (exam on the same day). Can you refund to this IBAN: %s, account name %s? Thanks" % (amt, hack(lang), fi, name),
                  "Hello, I'm %s's mum, he's enrolled on the summer coding camp. Please refund the fee (%s) to\nIBAN %s\nname %s" % (first(lang), amt, fi, name),
                  "Workshop refund:\n- amount: %s\n- iban: %s\n- reference: registration refund" % (amt, fi)])
    return lang, "email", t, [("iban", fi)]


def domestic():
    t = R.randint(0, 4)
    if t == 0:
        sc = "%s-%s-%s" % (digits(2), digits(2), digits(2)); acc = digits(8)
        det = pick(["Sort code: %s\nAccount number: %s" % (sc, acc), "sort %s acc %s" % (sc, acc), "SC %s / A/C %s" % (sc, acc)])
        sec = [("bank_account", acc)]
    elif t == 1:
        abi, cab, conto, cin = it_parts()
        if R.random() < 0.5:
            det = "ABI %s CAB %s c/c %s" % (abi, cab, conto)
            sec = [("bank_account", conto)]
        else:
            bban = cin + abi + cab + conto
            det = pick(["BBAN %s" % bban, "coordinate bancarie (BBAN): %s" % bban])
            sec = [("bank_account", bban)]
    elif t == 2:
        blz = digits(8); kto = digits(R.randint(7, 10))
        det = pick(["BLZ %s, Kontonummer %s" % (blz, kto), "Bankleitzahl: %s\nKonto-Nr.: %s" % (blz, kto)])
        sec = [("bank_account", kto)]
    elif t == 3:
        b, g, c, k = fr_parts()
        rib = "%s %s %s %s" % (b, g, c, k)
        det = pick(["RIB : %s" % rib, "Relevé d'identité bancaire (banque guichet compte clé) : %s" % rib])
        sec = [("bank_account", rib)]
    else:
        e, o, dc, acc = es_parts()
        ccc = pick(["%s %s %s %s" % (e, o, dc, acc), "%s-%s-%s-%s" % (e, o, dc, acc)])
        det = "CCC: %s" % ccc
        sec = [("bank_account", ccc)]
    return det, sec


@secret
def s_bank_details_domestic(lang):
    name = person(lang)
    det, sec = domestic()
    if lang == "it":
        pre = pick(["Sono il tesoriere dell'associazione studentesca che ha organizzato il workshop. Il premio per la squadra vincitrice va accreditato qui:",
                    "Per la borsa di studio del vostro programma Student Developer ecco i miei dati bancari:",
                    "Il rimborso spese del mentor (treno) va su questo conto:"])
    else:
        pre = pick(["I'm treasurer of the student society that ran the workshop. The winning team's prize should be paid here:",
                    "For your Student Developer scholarship, here are my bank details:",
                    "The mentor's travel expenses should go to this account:"])
    return lang, "email", greet(lang) + "\n" + pre + "\n\n" + det + "\n\n" + sign(lang, name), sec


@secret
def s_mentor_notes_wrapped_jwt(lang):
    name = person(lang)
    tok = jwt()
    w = R.choice([60, 64, 72, 76])
    wrapped = "\n".join(tok[i:i + w] for i in range(0, len(tok), w))
    if lang == "it":
        pre = pick(["Appunti della sessione di mentoring (li avevo scritti nel Notion del bootcamp, incollati qui così come sono). Lo studente ha questo token che risulta scaduto dopo 5 minuti:",
                    "Dalla mail dello studente (il client di posta ha mandato a capo il token):"])
        post = "Domanda: la durata è configurabile in sandbox?"
    else:
        pre = pick(["Notes from the mentoring session (written in the bootcamp Notion, pasted as is). The student has this token that expires after 5 minutes:",
                    "From the student's email (the mail client wrapped the token):"])
        post = "Question: can the lifetime be configured in the sandbox?"
    return lang, "notes", pre + "\n\n" + wrapped + "\n\n" + post + "\n\n" + sign(lang, name), [("access_token", wrapped)]


@secret
def s_ipynb_json(lang):
    name = person(lang)
    at = opaque_token() if R.random() < 0.5 else jwt()
    rt = refresh_tok()
    out = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": "accounts:read"})
    nb = {"cell_type": "code", "execution_count": R.randint(3, 40), "id": rs(8, HEX),
          "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": [out + "\n"]}],
          "source": ["r = requests.post(TOKEN_URL, data=payload)\n", "print(r.text)"]}
    txt = json.dumps(nb, indent=1, ensure_ascii=False)
    # values inside json.dumps of a string are escaped; our tokens contain no escapable chars
    if lang == "it":
        pre = pick(["Vi allego il pezzo del file .ipynb (aperto con il blocco note) della mia esercitazione, perché il refresh dopo un'ora non va:",
                    "Ciao, dal JSON del notebook Jupyter del corso di Fintech, cella del token:"])
    else:
        pre = pick(["Attaching the relevant part of my .ipynb (opened in a text editor) from the lab exercise, refresh fails after an hour:",
                    "Hi, from the Jupyter notebook JSON of the Fintech module, token cell:"])
    return lang, "ipynb", pre + "\n\n" + txt + "\n\n" + sign(lang, name), [("access_token", at), ("refresh_token", rt)]


@secret
def s_classroom_issue(lang):
    ta = person(lang)
    sec = []
    lines = []
    v1, vend = vendor_key()
    lines.append("%s=%s" % (pick(["GITHUB_TOKEN", "GH_PAT", "STRIPE_SECRET", "OPENAI_API_KEY", "MAIL_API_KEY", "TOKEN_EXTRA"]), v1)); sec.append(("vendor_key", v1))
    if R.random() < 0.5:
        aid = "AKIA" + rs(16, string.ascii_uppercase + "234567")
        ask = rs(40, B62 + "/+")
        lines.append("AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s" % (aid, ask)); sec += [("vendor_key", aid), ("vendor_key", ask)]
    ak = api_key()
    lines.append("PAYMENTS_API_KEY=%s" % ak); sec.append(("access_token", ak))
    repo = "%s/%s-%s" % (pick(["unimi-prog2", "leeds-comp2913", "its-fullstack-26", "ucl-comp0034", "polito-wa1"]), pick(["assignment-3", "progetto-finale", "group-project", "lab-api"]), rs(7, string.ascii_lowercase + string.digits))
    if lang == "it":
        t = "Issue #%d in %s\nAperta da %s (docente)\n\nTitolo: Hai committato il file .env\n\nNel commit %s c'è:\n\n```\n%s\n```\n\nRimuovi il file, aggiungi .env a .gitignore e ruota le chiavi." % (
            R.randint(1, 30), repo, ta, sha1()[:7], "\n".join(lines))
        pre = "Buongiorno, vi giro la issue che ho aperto sul repository di un gruppo (GitHub Classroom, repo privato ma condiviso con 40 studenti). La chiave PAYMENTS è vostra:"
    else:
        t = "Issue #%d in %s\nOpened by %s (teaching staff)\n\nTitle: You committed your .env file\n\nCommit %s contains:\n\n```\n%s\n```\n\nPlease remove it, add .env to .gitignore and rotate the keys." % (
            R.randint(1, 30), repo, ta, sha1()[:7], "\n".join(lines))
        pre = "Hello, forwarding the issue I opened on a group's repo (GitHub Classroom, private but shared with 40 students). The PAYMENTS key is one of yours:"
    return lang, "issue", pre + "\n\n" + t + "\n\n" + sign(lang, ta), sec


@secret
def s_exam_text(lang):
    prof = person(lang)
    cid = client_id()
    cs = client_secret()
    sec = [("client_secret", cs)]
    pw = password()
    sec.append(("password", pw))
    if lang == "it":
        t = ("PROVA PRATICA — %s — %s\n\nEsercizio 2 (8 punti)\nUsando le credenziali sandbox seguenti, ottenere un access token e creare un pagamento di 10,00 EUR.\n\n"
             "  client_id:     %s\n  client_secret: %s\n  utente PSU:    studente.esame\n  password PSU:  %s\n\nConsegnare lo script e l'id del pagamento ottenuto.") % (
            pick(["Sistemi di pagamento", "Tecnologie Web", "Laboratorio di Fintech", "Programmazione di rete"]), date_it(), cid, cs, pw)
        pre = pick(["Sono il docente del corso. Questo è il testo dell'esame di domani: le credenziali reggono 60 studenti in contemporanea?",
                    "Buonasera, vi mando il testo della prova d'esame che useremo in laboratorio, per sapere se ci sono limiti di rate."])
    else:
        t = ("PRACTICAL EXAM — %s — %s\n\nQuestion 2 (8 marks)\nUsing the sandbox credentials below, obtain an access token and create a payment of 10.00 GBP.\n\n"
             "  client_id:     %s\n  client_secret: %s\n  PSU user:      exam.student\n  PSU password:  %s\n\nSubmit your script and the resulting payment id.") % (
            pick(["Payment Systems", "Web Technologies", "Fintech Lab", "Networked Applications"]), date_en(), cid, cs, pw)
        pre = pick(["I'm the module lead. This is tomorrow's exam paper: will these credentials cope with 60 students at once?",
                    "Good evening, sending the exam text we'll use in the lab, to check for rate limits."])
    return lang, "exam", pre + "\n\n" + t + "\n\n" + sign(lang, prof), sec


@secret
def s_lab_handout_cards(lang):
    prof = person(lang)
    c = card_raw()
    fc = fmt_card(c)
    cvv = digits(4 if len(c) == 15 else 3)
    sec = [("card_number", fc), ("cvv", cvv)]
    code = digits(6)
    add_code = R.random() < 0.6
    if add_code:
        sec.append(("pin", code))
    if lang == "it":
        t = "SCHEDA LAB %d — Checkout con 3-D Secure\n\nCarta di prova: %s\nScadenza: qualsiasi data futura\nCVV: %s\n%s\nPassi: 1) avviare il checkout 2) inserire la carta 3) completare la challenge." % (
            R.randint(1, 9), fc, cvv, ("Codice OTP della challenge: %s\n" % code) if add_code else "")
        pre = pick(["Prima di stampare le schede per il laboratorio vi chiedo conferma dei dati di test:", "Scheda che distribuisco agli studenti dell'ITS, è ancora valida?"])
    else:
        t = "LAB SHEET %d — Checkout with 3-D Secure\n\nTest card: %s\nExpiry: any future date\nCVC: %s\n%s\nSteps: 1) start checkout 2) enter card 3) complete the challenge." % (
            R.randint(1, 9), fc, cvv, ("Challenge OTP: %s\n" % code) if add_code else "")
        pre = pick(["Before printing the lab sheets, can you confirm the test data?", "Sheet I hand out to bootcamp students, still valid?"])
    return lang, "handout", pre + "\n\n" + t + "\n\n" + sign(lang, prof), sec


@secret
def s_kaggle_hf(lang):
    name = person(lang)
    t = R.randint(0, 2)
    if t == 0:
        v = rs(32, HEX)
        blob = '~/.kaggle/kaggle.json\n{"username":"%s","key":"%s"}' % (name.split()[0].lower() + digits(2), v)
    elif t == 1:
        v = "hf_" + rs(34)
        blob = "from huggingface_hub import login\nlogin(token=\"%s\")" % v
    else:
        v = "sk-proj-" + rs(48, B64URL)
        blob = "client = OpenAI(api_key=\"%s\")\n# classifica le causali dei bonifici" % v
    if lang == "it":
        pre = pick(["Per il progetto di machine learning sulle transazioni (dataset della vostra sandbox) ho questo setup, ma prima di tutto: va bene scaricare i dati così?",
                    "Il notebook della tesi usa anche questo, ve lo incollo per completezza:"])
    else:
        pre = pick(["For our ML project on transactions (data from your sandbox) I have this setup, but first: is it OK to download the data this way?",
                    "My dissertation notebook also uses this, pasting for completeness:"])
    return lang, "python", pre + "\n\n" + blob + "\n\n" + sign(lang, name), [("vendor_key", v)]


@secret
def s_pem_student_repo(lang):
    name = person(lang)
    k = pem()
    indent = R.random() < 0.3
    if indent:
        kk = "\n".join("    " + l for l in k.split("\n"))
        body = "tls:\n  key: |\n%s" % kk
        k = kk.lstrip()  # label starts at BEGIN; inner lines keep indentation
    else:
        body = pick(["$ cat certs/client.key\n%s", "client_key.pem:\n%s", "```\n%s\n```"]) % k
    if lang == "it":
        pre = pick(["Per il laboratorio PSD2 abbiamo generato il certificato eIDAS di test e la chiave è finita nel repo pubblico del gruppo. È un problema anche se è sandbox?",
                    "Mi dà handshake failure con mTLS. Questa è la chiave che uso (sandbox, tesi):"])
    else:
        pre = pick(["For the PSD2 lab we generated the test eIDAS cert and the key ended up in the group's public repo. Is that an issue even for sandbox?",
                    "Getting handshake failure with mTLS. This is the key I use (sandbox, dissertation):"])
    return lang, "pem", pre + "\n\n" + body + "\n\n" + sign(lang, name), [("private_key", k)]


@secret
def s_webhook_lab(lang):
    name = person(lang)
    sec_v = pick(["whk_" + rs(32), rs(64, HEX), rs(43, B64URL), "wh_sec_" + rs(28)])
    t = R.randint(0, 2)
    if t == 0:
        code = "WEBHOOK_SECRET = b\"%s\"\n\n@app.post('/webhook')\ndef hook():\n    sig = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(sig, request.headers['X-Signature']):\n        abort(400)" % sec_v
    elif t == 1:
        code = "const secret = '%s';\nconst expected = crypto.createHmac('sha256', secret).update(req.rawBody).digest('hex');\nif (expected !== req.get('X-Signature')) return res.sendStatus(400);" % sec_v
    else:
        code = "signing_secret: \"%s\"   # dalla dashboard sandbox\nendpoint: https://%s.ngrok-free.app/webhook" % (sec_v, rs(12, string.ascii_lowercase + string.digits))
    if lang == "it":
        pre = pick(["Esercitazione sui webhook: la verifica della firma fallisce sempre. Codice:", "Lab 6 (webhook). Il mio compagno dice che il secret va in base64, è vero?"])
    else:
        pre = pick(["Webhook exercise: signature verification always fails. Code:", "Lab 6 (webhooks). My lab partner says the secret must be base64, true?"])
    return lang, "code", pre + "\n\n" + code + "\n\n" + sign(lang, name), [("private_key", sec_v)]


@secret
def s_class_chat_otp(lang):
    names = [person(lang) for _ in range(3)]
    code = otp()
    plat = pick(["Teams", "Google Classroom", "WhatsApp del corso", "Slack del bootcamp", "Discord del corso"])
    if lang == "it":
        lines = ["%s: ragazzi a voi arriva l'sms della sandbox?" % names[0],
                 "%s: a me è arrivato %s ma la pagina dice codice scaduto" % (names[1], code),
                 "%s: prova a rifare il login" % names[2]]
        pre = pick(["Copio la chat del corso (%s), al mio studente il codice SCA non viene accettato:" % plat, "Dal gruppo %s della classe:" % plat])
    else:
        lines = ["%s: is anyone getting the sandbox SMS?" % names[0],
                 "%s: I got %s but the page says code expired" % (names[1], code),
                 "%s: try logging in again" % names[2]]
        pre = pick(["Copying our course chat (%s); my student's SCA code isn't accepted:" % plat, "From the class %s group:" % plat])
    return lang, "chat", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, person(lang)), [("pin", code)]


@secret
def s_student_portal_password(lang):
    name = person(lang)
    em = email_of(name)
    pw = password()
    if lang == "it":
        t = pick(["Salve, sono %s, studente. Mi sono registrato al portale sviluppatori con %s e password %s ma mi dice credenziali non valide. Ho provato anche dal telefono." % (name, em, pw),
                  "buongiorno non riesco ad entrare nel portale x il progetto di scuola!! la mail è %s e la pass è %s, l'ho scritta giusta sono sicuro" % (em, pw),
                  "Ciao, ho cambiato la password ieri, prima era %s, adesso non so più quale sia quella buona. Account %s" % (pw, em)])
    else:
        t = pick(["Hello, I'm %s, a student. I signed up on the developer portal with %s and password %s but it says invalid credentials. Tried on my phone too." % (name, em, pw),
                  "hi i cant get into the portal for my school project!! email is %s and pass is %s, typed it right im sure" % (em, pw),
                  "Hi, I changed my password yesterday, it used to be %s, now I don't know which one works. Account %s" % (pw, em)])
    return lang, "email", t, [("password", pw)]


@secret
def s_judges_sheet(lang):
    judge = person(lang)
    sep = pick([";", ",", "\t"])
    rows = []
    sec = []
    hdr = sep.join(["Squadra", "Repo", "Punteggio", "Note"] if lang == "it" else ["Team", "Repo", "Score", "Notes"])
    for i in range(R.randint(3, 5)):
        note = pick(["demo ok", "UI curata", "manca README", "video mancante"] if lang == "it" else ["demo ok", "nice UI", "no README", "no video"])
        rows.append(sep.join(["T%02d" % (i + 1), "github.com/%s/%s" % (rs(6, string.ascii_lowercase), pick(["payhack", "splitr", "wallet"])), str(R.randint(40, 95)), note]))
    kk = R.randint(0, 2)
    if kk == 0:
        v, kind = api_key(), "access_token"
    elif kk == 1:
        v, kind = vendor_key()[0], "vendor_key"
    else:
        v, kind = "%s:%s" % (client_id(), client_secret()), "client_secret"
    note = ("chiave in chiaro nel README: %s" if lang == "it" else "key in plain text in README: %s") % v
    rows.insert(R.randint(0, len(rows)), sep.join(["T%02d" % R.randint(6, 20), "github.com/%s/%s" % (rs(6, string.ascii_lowercase), "hackpay"), str(R.randint(40, 95)), note]))
    pre = ("Foglio della giuria (esportato). Una squadra ha lasciato una credenziale nel README, vi segnalo:" if lang == "it"
           else "Judges' sheet (exported). One team left a credential in the README, flagging it:")
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, judge), [(kind, v)]


@secret
def s_postman_env(lang):
    name = person(lang)
    cs = client_secret()
    rt = refresh_tok()
    vals = [{"key": "baseUrl", "value": host(), "type": "default", "enabled": True},
            {"key": "clientId", "value": client_id(), "type": "default", "enabled": True},
            {"key": "clientSecret", "value": cs, "type": pick(["secret", "default"]), "enabled": True},
            {"key": "refreshToken", "value": rt, "type": "secret", "enabled": True}]
    env = {"id": uuid4(), "name": pick(["Workshop sandbox", "Corso API - ambiente", "Bootcamp week 6", "Hackathon env"]), "values": vals, "_postman_variable_scope": "environment"}
    txt = json.dumps(env, indent=pick([2, 4]))
    if lang == "it":
        pre = pick(["Questo è l'environment Postman che distribuiamo ai corsisti (file .json nella cartella condivisa). Il refresh smette di funzionare dopo il primo utilizzo, perché?",
                    "Environment esportato dal mio Postman per l'esercitazione:"])
    else:
        pre = pick(["This is the Postman environment we hand out to attendees (.json in the shared folder). Refresh stops working after first use, why?",
                    "Environment exported from my Postman for the exercise:"])
    return lang, "postman", pre + "\n\n" + txt + "\n\n" + sign(lang, name), [("client_secret", cs), ("refresh_token", rt)]


@secret
def s_peer_review(lang):
    rev = person(lang)
    k = R.randint(0, 2)
    if k == 0:
        v = jwt(); kind = "access_token"; snippet = "headers = {'Authorization': 'Bearer %s'}" % v
    elif k == 1:
        user = pick(["app_", "cli_", "team_"]) + rs(10, string.ascii_lowercase + string.digits)
        pw = client_secret()
        v = base64.b64encode((user + ":" + pw).encode()).decode(); kind = "client_secret"
        snippet = "auth_header = \"Basic %s\"" % v
    else:
        v = refresh_tok(); kind = "refresh_token"; snippet = "REFRESH = '%s'" % v
    if lang == "it":
        t = "Revisione tra pari — corso online \"API per pagamenti\" (settimana %d)\n\nPunti di forza: codice leggibile.\nDa migliorare: nel file main.py c'è\n\n    %s\n\nche non dovrebbe stare lì." % (R.randint(2, 8), snippet)
        pre = "Partecipo a un MOOC che usa la vostra sandbox; nella revisione tra pari ho trovato questo, ve lo segnalo:"
    else:
        t = "Peer review — online course \"Payments APIs\" (week %d)\n\nStrengths: readable code.\nTo improve: main.py contains\n\n    %s\n\nwhich shouldn't be there." % (R.randint(2, 8), snippet)
        pre = "I'm on a MOOC that uses your sandbox; found this during peer review, reporting it:"
    return lang, "review", pre + "\n\n" + t + "\n\n" + sign(lang, rev), [(kind, v)]


@secret
def s_db_url(lang):
    name = person(lang)
    pw = password()
    enc = pw.replace("@", "%40").replace("#", "%23").replace("?", "%3F").replace("%", "%25") if False else pw
    enc = "".join({"@": "%40", "#": "%23", "?": "%3F", "/": "%2F", "&": "%26", "%": "%25"}.get(c, c) for c in pw)
    user = pick(["postgres", "student", "app", "admin", "root", "hackteam"])
    db = pick(["shop", "progetto", "wallet", "hack", "tesi"])
    u = pick([
        "postgresql://%s:%s@dpg-%s-a.oregon-postgres.render.com:5432/%s" % (user, enc, rs(20, string.ascii_lowercase + string.digits), db),
        "postgres://postgres.%s:%s@aws-0-eu-central-1.pooler.supabase.com:6543/postgres" % (rs(20, string.ascii_lowercase), enc),
        "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true" % (user, enc, rs(5, string.ascii_lowercase + string.digits), db),
        "mysql://%s:%s@containers-us-west-%s.railway.app:%d/railway" % (user, enc, digits(3), R.randint(5000, 8000)),
        "postgresql://%s:%s@ep-%s.eu-central-1.aws.neon.tech/%s?sslmode=require" % (user, enc, rs(12, string.ascii_lowercase), db),
    ])
    if lang == "it":
        pre = pick(["Il progetto del corso è deployato su Render e il webhook va in timeout. Nei log vedo la stringa di connessione:", "DATABASE_URL che uso nel progetto d'esame, magari il problema è il DB:"])
    else:
        pre = pick(["Our class project is deployed on Render and the webhook times out. The logs show the connection string:", "DATABASE_URL I use in the coursework, maybe the DB is the issue:"])
    return lang, "log", pre + "\n\n" + pick(["DATABASE_URL=", "connecting to ", "Error: connect ECONNREFUSED while using "]) + u + "\n\n" + sign(lang, name), [("password", enc)]


@secret
def s_internship_yaml(lang):
    name = person(lang)
    cs = client_secret()
    ak = api_key()
    sec = [("client_secret", cs), ("access_token", ak)]
    y = "# application-dev.yml (allegato B)\nprovider:\n  base-url: %s\n  client-id: %s\n  client-secret: %s\n  api-key: \"%s\"\n  timeout-ms: %d" % (host(), client_id(), cs, ak, pick([3000, 5000, 10000]))
    if R.random() < 0.5:
        pw = password()
        y += "\nspring:\n  datasource:\n    username: tirocinio\n    password: '%s'" % pw
        sec.append(("password", pw))
    if lang == "it":
        pre = pick(["Sono una tirocinante (PCTO / stage curriculare). Nella relazione finale devo allegare la configurazione; il tutor aziendale mi ha detto di chiedere a voi se va oscurata:",
                    "Per la relazione di stage allego il file di configurazione, l'app dà 401 solo in dev:"])
    else:
        pre = pick(["I'm an intern (placement year). My final report needs the configuration attached; my manager said to ask you whether to redact it:",
                    "Attaching the config from my internship report, the app gets 401 in dev only:"])
    return lang, "yaml", pre + "\n\n" + y + "\n\n" + sign(lang, name), sec


@secret
def s_coderdojo(lang):
    mentor = person(lang)
    kid = first(lang)
    c = card_raw()
    fc = fmt_card(c, pick([0, 1, 3, 5]))
    sec = [("card_number", fc)]
    if lang == "it":
        t = "Sono volontario al CoderDojo. %s (13 anni) ha fatto un'app per la paghetta e nel test ha usato la carta del papà: %s. Il papà ci ha chiesto di assicurarci che non sia rimasta salvata da voi. Come facciamo?" % (kid, fc)
    else:
        t = "I volunteer at a Code Club. %s (13) built a pocket-money app and tested it with their dad's card: %s. Dad asked us to make sure it isn't stored on your side. How do we check?" % (kid, fc)
    if R.random() < 0.4:
        cvv = digits(4 if len(c) == 15 else 3)
        t += (" Ha messo anche il codice di sicurezza %s." if lang == "it" else " He also typed the security code %s.") % cvv
        sec.append(("cvv", cvv))
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, mentor), sec


@secret
def s_whiteboard_ocr(lang):
    name = person(lang)
    pw = password()
    user = pick(["demo", "sandbox_user", "psu01", "studente", "trainer"])
    if lang == "it":
        t = "[testo estratto dalla foto della lavagna]\nLOGIN SANDBOX\nuser: %s\npass: %s\nURL portale → %s/login" % (user, pw, host())
        pre = pick(["Ho fatto la foto alla lavagna durante la lezione e l'ho passata in Google Lens, il testo è questo. Ma il login non funziona:", "Testo OCR della lavagna del laboratorio:"])
    else:
        t = "[text extracted from whiteboard photo]\nSANDBOX LOGIN\nuser: %s\npass: %s\nportal URL → %s/login" % (user, pw, host())
        pre = pick(["I took a photo of the whiteboard in class and ran it through Google Lens, this is the text. Login fails though:", "OCR text of the lab whiteboard:"])
    return lang, "ocr", pre + "\n\n" + t + "\n\n" + sign(lang, name), [("password", pw)]


@secret
def s_gist_curl(lang):
    name = person(lang)
    tok = pick([opaque_token(), jwt()])
    cs = client_secret()
    cid = client_id()
    t = ("# gist: demo-meetup.sh\ncurl -s -X POST %s/oauth/token \\\n  -d client_id=%s \\\n  -d client_secret=%s \\\n  -d grant_type=client_credentials\n\n"
         "curl -s %s/v1/balances -H 'Authorization: Bearer %s'") % (host(), cid, cs, host(), tok)
    if lang == "it":
        pre = pick(["Per il lightning talk al meetup di giovedì ho preparato questo gist (pubblico). Si può lasciare così?", "Il gist della demo del talk, la seconda chiamata dà 401:"])
    else:
        pre = pick(["For Thursday's meetup lightning talk I prepared this (public) gist. OK to leave as is?", "The talk demo gist, the second call returns 401:"])
    return lang, "shell", pre + "\n\n" + t + "\n\n" + sign(lang, name), [("client_secret", cs), ("access_token", tok)]


@secret
def s_fee_payment_card(lang):
    sec_off = person(lang)
    stud = person(lang)
    c = card_raw()
    fc = fmt_card(c)
    cvv = digits(4 if len(c) == 15 else 3)
    if lang == "it":
        t = pick(["Segreteria didattica — %s.\nLo studente %s ci ha scritto che il pagamento della tassa d'iscrizione al master tramite la vostra pagina è fallito. Nel suo messaggio c'è:\n> carta %s scad. %02d/%02d cvv %s\nCosa vediamo noi? Possiamo riprovare?" % (school(lang), stud, fc, R.randint(1, 12), R.randint(27, 31), cvv),
                  "Buongiorno, la studentessa %s ha pagato due volte la rata di %s.\nDati carta che ci ha mandato: %s / CVC %s\nCi indicate come stornare?" % (stud, amount(lang), fc, cvv)])
    else:
        t = pick(["Student Fees Office — %s.\nStudent %s says paying the course fee on your page failed. Their message says:\n> card %s exp %02d/%02d cvv %s\nWhat do you see on your side? Can we retry?" % (school(lang), stud, fc, R.randint(1, 12), R.randint(27, 31), cvv),
                  "Hello, student %s paid the %s instalment twice.\nCard details they sent us: %s / CVC %s\nHow do we reverse one?" % (stud, amount(lang), fc, cvv)])
    return lang, "email", t + "\n\n" + sign(lang, sec_off), [("card_number", fc), ("cvv", cvv)]


@secret
def s_flutter_prefs(lang):
    name = person(lang)
    rt = refresh_tok()
    at = opaque_token()
    xml = ('<?xml version=\'1.0\' encoding=\'utf-8\' standalone=\'yes\' ?>\n<map>\n    <string name="flutter.access_token">%s</string>\n'
           '    <string name="flutter.refresh_token">%s</string>\n    <string name="flutter.user_id">%s</string>\n</map>') % (at, rt, uuid4())
    if lang == "it":
        pre = pick(["Corso di sviluppo mobile: la nostra app Flutter salva i token così (shared_prefs estratto dall'emulatore). Il prof dice che è sbagliato, voi cosa consigliate?",
                    "Dall'emulatore Android (adb shell, shared_prefs) dell'app dell'esame:"])
    else:
        pre = pick(["Mobile dev module: our Flutter app stores tokens like this (shared_prefs pulled from the emulator). Lecturer says it's wrong, what do you recommend?",
                    "From the Android emulator (adb shell, shared_prefs) of our exam app:"])
    return lang, "xml", pre + "\n\n" + xml + "\n\n" + sign(lang, name), [("access_token", at), ("refresh_token", rt)]


@secret
def s_voice_dictated_otp_pin(lang):
    name = person(lang)
    pin = digits(pick([4, 5, 6]))
    if lang == "it":
        t = pick(["Messaggio vocale trascritto: \"sì allora il pin della carta virtuale che ho creato nell'app del corso è %s e non me lo accetta al terminale di prova\"" % pin,
                  "Lo studente in aula mi ha detto a voce il suo PIN della carta sandbox, %s, e il terminale simulato risponde 55 incorrect PIN." % pin])
    else:
        t = pick(["Transcribed voice note: \"yeah so the PIN for the virtual card I made in the course app is %s and the test terminal won't take it\"" % pin,
                  "A student in class told me their sandbox card PIN, %s, and the simulated terminal answers 55 incorrect PIN." % pin])
    return lang, "voice", t + "\n\n" + sign(lang, name), [("pin", pin)]


@secret
def s_ini_config_student(lang):
    name = person(lang)
    ak = api_key()
    pw = password()
    sec = [("access_token", ak), ("password", pw)]
    ini = "; config.ini — progetto d'esame\n[api]\nbase = %s\nkey = %s\n\n[smtp]\nuser = %s\npassword = %s" % (host(), ak, email_of(name, "gmail.com"), pw) if lang == "it" else \
        "; config.ini — coursework\n[api]\nbase = %s\nkey = %s\n\n[smtp]\nuser = %s\npassword = %s" % (host(), ak, email_of(name, "gmail.com"), pw)
    if R.random() < 0.4:
        rt = refresh_tok()
        ini += "\n\n[oauth]\nrefresh = %s" % rt
        sec.append(("refresh_token", rt))
    if lang == "it":
        pre = pick(["Il mio script Python per la tesina legge questo config.ini; le email di conferma non partono e l'API risponde 429:", "Allego config.ini del gruppo:"])
    else:
        pre = pick(["My Python script for the coursework reads this config.ini; confirmation emails don't send and the API returns 429:", "Attaching our group's config.ini:"])
    return lang, "ini", pre + "\n\n" + ini + "\n\n" + sign(lang, name), sec


@secret
def s_prize_form_iban(lang):
    name = person(lang)
    ib = iban_raw()
    fi = fmt_iban(ib, pick([0, 2, 3]))
    if R.random() < 0.35:
        det, sec = domestic()
        t = ("MODULO PREMIO — %s\nNome e cognome: %s\nCoordinate per l'accredito:\n%s" if lang == "it" else "PRIZE FORM — %s\nFull name: %s\nPayment details:\n%s") % (hack(lang), name, det)
        return lang, "form", t + "\n\n" + sign(lang, person(lang)), sec
    if lang == "it":
        t = "MODULO PREMIO — %s\nNome e cognome: %s\nSquadra: %s\nCodice fiscale: (allegato)\nIBAN per l'accredito: %s\nBIC: %s\nFirma: ______" % (
            hack(lang), name, pick(["I Tortellini", "NullPointers", "Team Cannoli"]), fi, pick(["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX"]))
        pre = "Il modulo compilato dal vincitore, ve lo giro per il bonifico del premio sponsor:"
    else:
        t = "PRIZE FORM — %s\nFull name: %s\nTeam: %s\nIBAN for payment: %s\nBIC: %s\nSignature: ______" % (
            hack(lang), name, pick(["ByteMe", "404Found", "Lambda Ladies"]), fi, pick(["NWBKGB2L", "BOFIIE2D", "INGBNL2A"]))
        pre = "Winner's completed form, forwarding it so you can pay the sponsor prize:"
    return lang, "form", pre + "\n\n" + t + "\n\n" + sign(lang, person(lang)), [("iban", fi)]


@secret
def s_society_refund_list(lang):
    treas = person(lang)
    sep = pick([";", ",", "\t"])
    hdr = sep.join(["nome", "importo", "coordinate", "note"] if lang == "it" else ["name", "amount", "bank details", "notes"])
    rows, sec = [], []
    for _ in range(R.randint(2, 4)):
        if R.random() < 0.6:
            v = fmt_iban(iban_raw(), pick([0, 2, 3]))
            sec.append(("iban", v))
            cell = v
        else:
            det, sc = domestic()
            cell = det.replace("\n", " ")
            sec += sc
            if any(v not in cell for _, v in sc):
                continue
        rows.append(sep.join([person(lang), amount(lang), cell, pick(["quota evento", "biglietto", "rimborso treno", "—"] if lang == "it" else ["event fee", "ticket", "train fare", "—"])]))
    if not rows:
        v = fmt_iban(iban_raw()); sec = [("iban", v)]
        rows.append(sep.join([person(lang), amount(lang), v, "—"]))
    sec = [x for x in sec if any(x[1] in r for r in rows)]
    if lang == "it":
        pre = pick(["Sono il tesoriere dell'associazione studentesca. L'evento con voi è stato annullato e dobbiamo rimborsare i partecipanti con la vostra API payouts. Lista (export dal foglio):",
                    "Ciao, per il payout di massa in sandbox... anzi in produzione, questa è la lista dei rimborsi del corso:"])
    else:
        pre = pick(["I'm treasurer of the student society. The event with you was cancelled and we need to refund attendees via your payouts API. List (sheet export):",
                    "Hi, for the bulk payout (production this time) here's the course refund list:"])
    return lang, "tsv" if sep == "\t" else "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, treas), sec


# ================================================================ passing templates
@passing
def p_colab_userdata(lang):
    name = person(lang)
    kn = pick(KEYNAMES_API)
    cell = pick([
        "from google.colab import userdata\n%s = userdata.get('%s')\nr = requests.get(f\"%s/v1/payments/{payment_id}\", headers={\"Authorization\": f\"Bearer {%s}\"})\nr.status_code\n404" % (kn, kn.upper(), host(), kn),
        "import getpass\n%s = getpass.getpass('Incolla la chiave: ')\n··········" % kn if lang == "it" else "import getpass\n%s = getpass.getpass('Paste key: ')\n··········" % kn,
        "%s = os.environ.get(\"%s\", \"\")\nassert %s, \"set the secret in the Colab sidebar\"" % (kn, kn.upper(), kn),
        "from kaggle_secrets import UserSecretsClient\n%s = UserSecretsClient().get_secret(\"%s\")" % (kn, kn.upper()),
    ])
    pid = pick(["pay_" + rs(20), uuid4(), "PMT-" + digits(10)])
    if lang == "it":
        pre = pick(["Il notebook del corso legge la chiave dai Secrets di Colab (icona della chiave a sinistra). Il pagamento %s mi dà 404, perché?" % pid,
                    "Ciao, questa è la cella che usiamo in aula; la chiave non è nel notebook. Il problema è l'id %s che non viene trovato:" % pid])
    else:
        pre = pick(["The course notebook reads the key from Colab Secrets (the key icon on the left). Payment %s returns 404, why?" % pid,
                    "Hi, this is the cell we use in class; the key isn't in the notebook. The problem is id %s not being found:" % pid])
    return lang, "colab", pre + "\n\n" + cell + "\n\n" + sign(lang, name), []


@passing
def p_replit_masked(lang):
    name = person(lang)
    rows = [(pick(KEYNAMES_API), pick(["••••••••••••", "********", "(hidden)", "•••••••••••••••••••• 👁"])),
            (pick(KEYNAMES_SECRET), pick(["••••••••", "[hidden]", "************"])),
            ("CLIENT_ID", client_id())]
    code = pick(["key = os.environ['%s']" % rows[0][0], "const key = process.env.%s;" % rows[0][0], "key = os.getenv(\"%s\")" % rows[0][0]])
    body = "\n".join("%s   %s" % r for r in rows)
    if lang == "it":
        pre = pick(["Nel pannello Secrets di Replit vedo così (valori nascosti), e nel codice leggo con", "Secrets del repl (mascherati) e codice:"])
        post = pick(["Però all'avvio dice KeyError. Il repl è %s" % ("https://replit.com/@" + rs(8, string.ascii_lowercase) + "/" + pick(["pay-demo", "progetto-api", "esame"])), "Errore: 401 missing credentials."])
    else:
        pre = pick(["In the Replit Secrets pane I see this (values hidden) and in code I read with", "Repl secrets (masked) and code:"])
        post = pick(["But on start it says KeyError. The repl is %s" % ("https://replit.com/@" + rs(8, string.ascii_lowercase) + "/" + pick(["pay-demo", "api-project", "coursework"])), "Error: 401 missing credentials."])
    return lang, "replit", pre + "\n\n" + body + "\n\n" + code + "\n\n" + post + "\n\n" + sign(lang, name), []


@passing
def p_latex_placeholder(lang):
    name = person(lang)
    ph = pick(["<CLIENT\\_SECRET>", "\\textit{segreto}", "YOUR\\_CLIENT\\_SECRET", "\\$\\{CLIENT\\_SECRET\\}", "xxxxxxxxxxxxxxxx", "\\textless{}omesso\\textgreater{}", "[REDACTED]"])
    lst = ("\\begin{lstlisting}[language=Python]\nCLIENT_ID = \"%s\"\nCLIENT_SECRET = os.environ[\"CLIENT_SECRET\"]\n\\end{lstlisting}\n\n"
           "Nel testo: il segreto (\\texttt{%s}) è conservato nel vault del laboratorio e non compare nel codice." if lang == "it" else
           "\\begin{lstlisting}[language=Python]\nCLIENT_ID = \"%s\"\nCLIENT_SECRET = os.environ[\"CLIENT_SECRET\"]\n\\end{lstlisting}\n\n"
           "In the text: the secret (\\texttt{%s}) is kept in the lab vault and never appears in code.") % (client_id(), ph)
    bib = "\\bibitem{psd2} Direttiva (UE) 2015/2366, doi:10.%d/%s" % (R.randint(1000, 9999), rs(8, string.ascii_lowercase + string.digits))
    if lang == "it":
        pre = pick(["Salve, il relatore vuole sapere se la sezione 4.2 della tesi descrive correttamente il flusso client credentials. Estratto LaTeX:", "Estratto dalla tesi (capitolo sull'autenticazione):"])
    else:
        pre = pick(["Hi, my supervisor wants to know if section 4.2 of my dissertation describes the client credentials flow correctly. LaTeX excerpt:", "Excerpt from my dissertation (authentication chapter):"])
    return lang, "latex", pre + "\n\n" + lst + "\n" + bib + "\n\n" + sign(lang, name), []


@passing
def p_slides_placeholders(lang):
    name = person(lang)
    n = R.randint(3, 30)
    ph1 = pick(["<your-token>", "{{token}}", "$TOKEN", "${ACCESS_TOKEN}", "eyJ...", "YOUR_ACCESS_TOKEN"])
    ph2 = pick(["sk_test_••••••••", "sk_test_xxxxxxxxxxxxxxxx", "<la-tua-chiave>" if lang == "it" else "<your-key>", "API_KEY_HERE", "****************"])
    body = "curl %s/v1/payments \\\n  -H \"Authorization: Bearer %s\"\n\n# chiave di terze parti: %s" % (host(), ph1, ph2) if lang == "it" else \
        "curl %s/v1/payments \\\n  -H \"Authorization: Bearer %s\"\n\n# third-party key: %s" % (host(), ph1, ph2)
    if lang == "it":
        pre = pick(["Slide %d del corso, esportate in testo. Gli studenti copiano letteralmente il segnaposto e si lamentano del 401, come lo scrivereste voi?" % n, "Slide del seminario (pag. %d):" % n])
    else:
        pre = pick(["Slide %d of the course, exported as text. Students paste the placeholder literally and complain about 401s; how would you phrase it?" % n, "Guest lecture slides (p. %d):" % n])
    return lang, "slides", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_zoom_chat_ids(lang):
    host_n = person(lang)
    att = [person(lang) for _ in range(3)]
    rid = uuid4()
    meet = "%s %s %s" % (digits(3), digits(4), digits(4))
    fr = "Da" if lang == "it" else "From"
    to = "a Tutti" if lang == "it" else "to Everyone"
    msgs_it = ["mi dà 500, request id %s" % rid, "anche a me, trace %s" % rs(32, HEX), "il token l'ho messo nei secrets, non lo incollo 🙂", "ID riunione per la parte 2: %s" % meet]
    msgs_en = ["getting 500, request id %s" % rid, "me too, trace %s" % rs(32, HEX), "I put the token in secrets, not pasting it 🙂", "Meeting ID for part 2: %s" % meet]
    ms = msgs_it if lang == "it" else msgs_en
    lines = ["%02d:%02d:%02d %s %s %s: %s" % (R.randint(9, 18), R.randint(0, 59), R.randint(0, 59), fr, pick(att + [host_n]), to, m) for m in ms]
    pre = ("Chat del webinar: durante la demo in molti hanno avuto 500. Vi passo gli id:" if lang == "it" else "Webinar chat: many attendees got 500s during the demo. Passing you the ids:")
    return lang, "zoom-chat", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, host_n), []


@passing
def p_qa_prose(lang):
    host_n = person(lang)
    if lang == "it":
        qs = ["Dove conviene salvare il client secret in un'app mobile?", "La password del portale deve avere almeno 12 caratteri?", "Il refresh token scade se non lo uso?",
              "Posso mettere l'API key nel frontend React?", "Come ruoto la chiave senza downtime?", "Il codice OTP della sandbox è sempre lo stesso?", "Cosa succede se committo un token per sbaglio?"]
        hdr = "Domanda,Chi,Stato"
        pre = "Export delle domande del webinar, ci servirebbero le risposte scritte per le FAQ del corso:"
    else:
        qs = ["Where should a mobile app keep its client secret?", "Does the portal password need 12 characters?", "Does the refresh token expire if unused?",
              "Can I put the API key in my React frontend?", "How do I rotate the key without downtime?", "Is the sandbox OTP always the same?", "What happens if I commit a token by mistake?"]
        hdr = "Question,Asked by,Status"
        pre = "Webinar questions export; we'd like written answers for the course FAQ:"
    rows = ['"%s","%s","%s"' % (q, person(lang), pick(["open", "answered", "aperta", "risposta"])) for q in R.sample(qs, R.randint(3, 5))]
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, host_n), []


@passing
def p_hack_sheet_no_secrets(lang):
    org = person(lang)
    sep = pick([",", "\t", " | "])
    hdr = sep.join(["team", "client_id", "secret", "repo", "last commit"] if lang == "en" else ["squadra", "client_id", "secret", "repo", "ultimo commit"])
    rows = []
    for i in range(R.randint(3, 6)):
        rows.append(sep.join(["T%02d" % (i + 1), client_id(), pick(["in busta", "1Password", "consegnato a mano", "vault: hack/t%02d" % (i + 1), "—", "********"] if lang == "it" else ["in envelope", "1Password share", "handed over", "vault: hack/t%02d" % (i + 1), "—", "********"]),
                              "github.com/%s/%s" % (rs(7, string.ascii_lowercase), pick(["payhack", "wallet", "split"])), sha1()[:pick([7, 40])]]))
    pre = ("Registro squadre della %s (le secret le diamo a mano, qui non ci sono). Ci serve aumentare il rate limit per questi client id:" % hack(lang) if lang == "it"
           else "Team register for %s (secrets are handed out in person, not in here). We need a higher rate limit for these client ids:" % hack(lang))
    return lang, "tsv" if sep == "\t" else "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, org), []


@passing
def p_env_example(lang):
    name = person(lang)
    lines = ["# .env.example — copia in .env e riempi" if lang == "it" else "# .env.example — copy to .env and fill in",
             "PAY_API_KEY=%s" % pick(["", "changeme", "<your-api-key>", "your_key_here", "xxxxxxxxxxxxxxxxxxxx"]),
             "CLIENT_ID=%s" % pick(["", "your-client-id", client_id()]),
             "CLIENT_SECRET=%s" % pick(["", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<secret>", "TODO"]),
             "STRIPE_PUBLISHABLE_KEY=pk_test_%s" % rs(pick([24, 99])),
             "WEBHOOK_SECRET=%s" % pick(["", "whsec_...", "<from dashboard>", "REPLACE_ME"]),
             "NEXT_PUBLIC_APP_URL=http://localhost:3000"]
    if lang == "it":
        pre = pick(["Nel README del progetto di hackathon abbiamo messo questo .env.example; è sufficiente per la giuria o dobbiamo dare le chiavi?", "Il template delle variabili del corso:"])
    else:
        pre = pick(["Our hackathon README has this .env.example; is that enough for the judges or do we have to give them keys?", "The course's env template:"])
    return lang, "env", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, name), []


@passing
def p_autograder_masked(lang):
    name = person(lang)
    env = ["PATH=/usr/local/bin:/usr/bin", "HOME=/autograder", "%s=***" % pick(KEYNAMES_API).upper(), "SUBMISSION_ID=%d" % R.randint(100000000, 999999999),
           "COMMIT=%s" % sha1(), "%s=[MASKED]" % pick(["SANDBOX_PASSWORD", "CLIENT_SECRET"])]
    R.shuffle(env)
    log = "%s\ntests/test_pay.py::test_idempotency FAILED\nE   AssertionError: expected 201, got 409 (Idempotency-Key %s already used)\n\n--- env ---\n%s\n=== 1 failed, %d passed ===" % (
        pick(["Gradescope Autograder Output", "GitHub Classroom — Autograding", "CodeGrade AutoTest"]), uuid4(), "\n".join(env), R.randint(3, 14))
    pre = ("L'autograder maschera le variabili, ma il test di idempotenza fallisce. Perché 409?" if lang == "it" else "The autograder masks the variables, but the idempotency test fails. Why 409?")
    return lang, "log", pre + "\n\n" + log + "\n\n" + sign(lang, name), []


@passing
def p_seed_hashes(lang):
    name = person(lang)
    rows = []
    for i in range(R.randint(2, 4)):
        h = pick([bcrypt(), argon(), "pbkdf2_sha256$600000$" + rs(22) + "$" + rs(43, B62 + "+/") + "=", "{SSHA}" + rs(32, B62 + "+/")])
        rows.append("(%d, '%s', '%s')" % (i + 1, email_of(person(lang), "example.test"), h))
    sql = ("INSERT INTO utenti (id, email, password_hash) VALUES\n" if lang == "it" else "INSERT INTO users (id, email, password_hash) VALUES\n") + ",\n".join(rows) + ";"
    pre = ("Nel seed del progetto le password sono già hashate (bcrypt/argon2 come da lezione). Il prof chiede se per l'integrazione con voi serve salvare altro:" if lang == "it"
           else "In our project seed passwords are already hashed (bcrypt/argon2 as taught). Lecturer asks whether integrating with you requires storing anything else:")
    return lang, "sql", pre + "\n\n" + sql + "\n\n" + sign(lang, name), []


@passing
def p_luhn_fail_cards(lang):
    name = person(lang)
    cards = [fmt_card(card_bad()) for _ in range(R.randint(2, 4))]
    if lang == "it":
        t = "Esercizio sulla validazione (algoritmo di Luhn). Questi numeri dovrebbero essere rifiutati dal form, ma il vostro widget li segnala solo dopo l'invio:\n" + "\n".join("- " + c for c in cards)
    else:
        t = "Validation exercise (Luhn algorithm). These numbers should be rejected by the form, but your widget only flags them on submit:\n" + "\n".join("- " + c for c in cards)
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_iban_wrong(lang):
    name = person(lang)
    ib = [fmt_iban(iban_bad()) for _ in range(R.randint(1, 3))]
    if lang == "it":
        t = "Nella lezione sul controllo mod 97 uso questi IBAN volutamente sbagliati; la vostra API di verifica risponde \"invalid_check_digits\" — corretto. Ma per uno dei tre risponde 500:\n" + "\n".join(ib)
    else:
        t = "In my mod-97 lesson I use these deliberately wrong IBANs; your validation API answers \"invalid_check_digits\" — good. But it 500s on one of them:\n" + "\n".join(ib)
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_bic_abi_cab(lang):
    name = person(lang)
    if lang == "it":
        t = pick(["Esercizio 4: data la banca con ABI %s e CAB %s, ricavare il BIC (%s) tramite la vostra API di lookup. L'API restituisce 404, il dato è mancante?" % (pick(["03069", "02008", "05034"]), digits(5), pick(["BCITITMM", "UNCRITMM", "BAPPIT21"])),
                  "Ciao, per il progetto mi serve solo il BIC %s e la filiale (ABI %s / CAB %s), non il conto. Endpoint giusto?" % (pick(["BPMOIT22XXX", "BCITITMMXXX", "CRPPIT2P"]), pick(["05696", "03111", "01030"]), digits(5))])
    else:
        t = pick(["Exercise 4: given BIC %s and sort code %s, look up the branch via your API. It returns 404, missing data?" % (pick(["NWBKGB2L", "BARCGB22", "LOYDGB21"]), "%s-%s-%s" % (digits(2), digits(2), digits(2))),
                  "Hi, for my project I only need BIC %s and the bank's routing info, not accounts. Correct endpoint?" % pick(["DEUTDEFF", "INGBNL2A", "BNPAFRPP"])])
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_public_codes(lang):
    name = person(lang)
    kahoot = digits(pick([6, 7]))
    meet = "%s %s %s" % (digits(3), digits(4), digits(pick([3, 4])))
    room = rs(pick([5, 6, 7]), string.ascii_lowercase + string.digits)
    if lang == "it":
        t = ("Programma del workshop di giovedì:\n- 14:00 quiz di riscaldamento su Kahoot (PIN del gioco: %s, proiettato in aula)\n- 14:20 collegamento Zoom per chi è da remoto, ID riunione %s\n"
             "- codice corso Google Classroom: %s\n- 15:00 demo delle vostre API\nPotete mandarci un relatore?") % (kahoot, meet, room)
    else:
        t = ("Thursday workshop agenda:\n- 2:00pm warm-up Kahoot quiz (game PIN: %s, shown on the projector)\n- 2:20pm Zoom for remote folks, meeting ID %s\n"
             "- Google Classroom class code: %s\n- 3:00pm demo of your APIs\nCould you send a speaker?") % (kahoot, meet, room)
    return lang, "agenda", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_thesis_biblio(lang):
    name = person(lang)
    def orcid():
        base = "000000" + pick(["01", "02", "03"]) + digits(7)
        tot = 0
        for ch in base:
            tot = (tot + int(ch)) * 2
        r = (12 - tot % 11) % 11
        c = "X" if r == 10 else str(r)
        s = base + c
        return "-".join(s[i:i + 4] for i in range(0, 16, 4))
    def isbn13():
        b = "978" + digits(9)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
        return b + str(c)
    mat = digits(pick([6, 7, 10]))
    if lang == "it":
        t = "Frontespizio e bibliografia della tesi:\nCandidato: %s — matricola %s\nORCID relatore: %s\n[3] Rossi, A. (2024) Open Banking in pratica, ISBN %s\n[7] doi:10.%d/%s\n" % (name, mat, orcid(), isbn13(), R.randint(1000, 9999), rs(10, string.ascii_lowercase + string.digits))
        pre = "Posso citare la vostra documentazione API così? Vi mando frontespizio e bibliografia:"
    else:
        t = "Title page and references:\nCandidate: %s — student no. %s\nSupervisor ORCID: %s\n[3] Smith, A. (2024) Open Banking in Practice, ISBN %s\n[7] doi:10.%d/%s\n" % (name, mat, orcid(), isbn13(), R.randint(1000, 9999), rs(10, string.ascii_lowercase + string.digits))
        pre = "Can I cite your API docs like this? Sending title page and references:"
    return lang, "latex", pre + "\n\n" + t + "\n" + sign(lang, name), []


@passing
def p_jwt_example(lang):
    name = person(lang)
    t = R.randint(0, 1)
    if t == 0:
        body = "Token di esempio dalla home di jwt.io:\n%s\n" % JWT_IO if lang == "it" else "Example token from the jwt.io homepage:\n%s\n" % JWT_IO
    else:
        hdr = {"alg": "RS256", "typ": "JWT", "kid": rs(8, HEX)}
        pl = {"sub": rs(10), "aud": "payments", "scope": "payments:write", "exp": 1797000000 + R.randint(0, 99999)}
        body = ("Header decodificato:\n%s\nPayload decodificato:\n%s\n(la firma l'ho tolta)" if lang == "it" else "Decoded header:\n%s\nDecoded payload:\n%s\n(signature removed)") % (json.dumps(hdr, indent=2), json.dumps(pl, indent=2))
    pre = ("Nella lezione sui JWT mostro questo. Il campo exp è in secondi o millisecondi nel vostro sistema?" if lang == "it" else "In my JWT lecture I show this. Is exp in seconds or milliseconds in your system?")
    return lang, "notes", pre + "\n\n" + body + "\n" + sign(lang, name), []


@passing
def p_git_log(lang):
    name = person(lang)
    lines = []
    for _ in range(R.randint(3, 6)):
        lines.append("%s %s" % (sha1()[:pick([7, 40])], pick(["fix webhook signature check", "move key to env", "remove .env from repo", "add retry on 429", "aggiunto .gitignore", "rotazione chiave: usa secrets", "update README"])))
    log = "$ git log --oneline\n" + "\n".join(lines)
    if R.random() < 0.5:
        log += "\n\n$ git filter-repo --path .env --invert-paths\nParsed %d commits\nNew history written in %.2f seconds" % (R.randint(10, 90), R.random() * 3)
    pre = ("Abbiamo ripulito la storia del repository come ci avete detto e ruotato la chiave (nuova solo nei GitHub Secrets). Va bene così?" if lang == "it"
           else "We cleaned the repo history as you told us and rotated the key (new one only in GitHub Secrets). Is this fine?")
    return lang, "shell", pre + "\n\n" + log + "\n\n" + sign(lang, name), []


@passing
def p_webhook_signature(lang):
    name = person(lang)
    payload = json.dumps({"id": "evt_" + rs(16), "type": pick(["payment.succeeded", "payout.failed", "refund.created"]), "data": {"amount": R.randint(100, 99999), "currency": "EUR"}})
    sig = rs(64, HEX)
    t = "POST /webhook\nX-Signature: t=%d,v1=%s\nContent-Type: application/json\n\n%s" % (1796990000 + R.randint(0, 99999), sig, payload)
    code = "secret = os.environ['WEBHOOK_SECRET'].encode()"
    pre = ("Lab sui webhook: questa è la richiesta ricevuta su webhook.site. La firma calcolata da noi è diversa da quella nell'header. Il secret lo leggiamo così:" if lang == "it"
           else "Webhook lab: this is the request captured on webhook.site. Our computed signature differs from the header one. We read the secret like this:")
    return lang, "http", pre + "\n\n" + t + "\n\n" + code + "\n\n" + sign(lang, name), []


@passing
def p_pubkeys_certs(lang):
    name = person(lang)
    t = R.randint(0, 2)
    if t == 0:
        body = pub_pem()
    elif t == 1:
        body = cert_pem()
    else:
        fp = ":".join(rs(2, "0123456789ABCDEF") for _ in range(32))
        body = "SHA256 Fingerprint=%s\nSerial Number: %s\nkid: %s" % (fp, ":".join(rs(2, "0123456789abcdef") for _ in range(16)), rs(8, HEX) + "-" + rs(4, HEX))
    pre = ("Per il laboratorio PSD2 carichiamo questa parte pubblica sul portale ma dà \"invalid certificate\":" if lang == "it"
           else "For the PSD2 lab we upload this public part to the portal but it says \"invalid certificate\":")
    return lang, "pem", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_masked_receipt(lang):
    name = person(lang)
    last4 = digits(4)
    inv = pick(["FT-2026-%05d" % R.randint(1, 99999), "INV-%06d" % R.randint(1, 999999), "Ricevuta n. %d/2026" % R.randint(1, 9999)])
    if lang == "it":
        t = "Ricevuta iscrizione bootcamp\nNumero: %s\nImporto: %s\nCarta: **** **** **** %s\nAutorizzazione: %s\nData: %s\n\nMi serve la fattura intestata all'università, non a me." % (inv, amount(lang), last4, digits(6), date_it())
    else:
        t = "Bootcamp registration receipt\nNo: %s\nAmount: %s\nCard: •••• %s\nAuth code: %s\nDate: %s\n\nI need the invoice addressed to my university, not me." % (inv, amount(lang), last4, digits(6), date_en())
    return lang, "receipt", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_secret_refs(lang):
    name = person(lang)
    t = R.randint(0, 3)
    if t == 0:
        body = "- name: Run tests\n  env:\n    PAY_API_KEY: ${{ secrets.PAY_API_KEY }}\n    CLIENT_SECRET: ${{ secrets.CLIENT_SECRET }}\n  run: pytest -q"
    elif t == 1:
        body = "arn:aws:secretsmanager:eu-south-1:%s:secret:corso/pay-api-%s" % (digits(12), rs(6))
    elif t == 2:
        body = "vault kv get -field=client_secret secret/lab/%s\n# accessor: %s" % (pick(["team07", "gruppo3", "thesis"]), "hmac-sha256:" + rs(26))
    else:
        body = "CLIENT_SECRET = config.clientSecret  // caricato da appsettings.Development.json (non committato)" if lang == "it" else "CLIENT_SECRET = config.clientSecret  // loaded from appsettings.Development.json (not committed)"
    pre = ("Il workflow della classe legge i segreti così, ma nei fork degli studenti sono vuoti. Come fate di solito nei corsi?" if lang == "it"
           else "The class workflow reads secrets like this, but they're empty in students' forks. How do courses usually handle it?")
    return lang, "yaml", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_aws_example(lang):
    name = person(lang)
    body = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1" % (AWS_EX_ID, AWS_EX_SECRET)
    pre = ("Nella dispensa del corso usiamo le chiavi di esempio della documentazione AWS per mostrare il file credentials; gli studenti chiedono se possono usarle con la vostra integrazione S3 per i report." if lang == "it"
           else "Our course notes use the AWS documentation example keys to show the credentials file; students ask if they can use them with your S3 report export.")
    return lang, "ini", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_publishable_ids(lang):
    name = person(lang)
    lines = ["publishableKey: 'pk_test_%s'," % rs(pick([24, 99])),
             "clientId: '%s'," % client_id(),
             "merchantId: 'MID%s'," % digits(9),
             "kid: '%s'," % (rs(8, HEX) + "-" + rs(4, HEX))]
    R.shuffle(lines)
    code = "const config = {\n  " + "\n  ".join(lines) + "\n};"
    pre = ("Nel frontend (progetto d'esame) abbiamo solo questi valori pubblici. È sicuro metterli nel repo?" if lang == "it" else "Our frontend (coursework) only has these public values. Safe to keep in the repo?")
    return lang, "javascript", pre + "\n\n" + code + "\n\n" + sign(lang, name), []


@passing
def p_logistics(lang):
    name = person(lang)
    if lang == "it":
        t = "Conferma iscrizione al workshop \"API di pagamento per le scuole\"\nData: %s ore %s\nOrdine Eventbrite n. %d\nPosti: %d\nReferente: %s, tel. %s\nQuota: %s (IVA esente)\nBadge: QR %s" % (
            date_it(), time_s(), R.randint(1000000000, 9999999999), R.randint(10, 40), name, phone(lang), amount(lang), rs(10, UPDIG))
        pre = "Buongiorno, in allegato i dati della prenotazione. Possiamo portare 5 studenti in più?"
    else:
        t = "Booking confirmation — \"Payments APIs for schools\" workshop\nDate: %s at %s\nEventbrite order #%d\nSeats: %d\nContact: %s, tel %s\nFee: %s\nBadge: QR %s" % (
            date_en(), time_s(), R.randint(1000000000, 9999999999), R.randint(10, 40), name, phone(lang), amount(lang), rs(10, UPDIG))
        pre = "Hello, booking details below. Can we bring 5 more students?"
    return lang, "email", pre + "\n\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_error_report_ids(lang):
    name = person(lang)
    ids = {"request_id": uuid4(), "payment_id": pick(["pay_" + rs(24), uuid4()]), "consent_id": "cns-" + rs(20, HEX), "trace": rs(32, HEX), "idempotency_key": uuid4()}
    keys = R.sample(list(ids), R.randint(3, 5))
    body = json.dumps({"error": {"code": pick(["consent_expired", "insufficient_scope", "rate_limited", "invalid_amount"]), "message": "…", **{k: ids[k] for k in keys}}}, indent=2)
    pre = ("Il gruppo di studenti mi manda questo errore dal progetto, con gli id che chiedete nella guida:" if lang == "it" else "A student group sent me this error from their project, with the ids your guide asks for:")
    return lang, "json", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_password_prose(lang):
    name = person(lang)
    if lang == "it":
        t = pick(["Nella lezione di sicurezza ripeto sempre: la password non si scrive nel codice, il token non si incolla in chat, la chiave si ruota se finisce su GitHub. Avete un documento ufficiale da linkare agli studenti?",
                  "Uno studente mi chiede perché il vostro portale rifiuta password di 8 caratteri. Qual è la policy (lunghezza, caratteri speciali, scadenza)?",
                  "La password della sandbox non ve la mando, l'ho già reimpostata. Mi confermate solo che gli account studente non scadono a fine semestre?"])
    else:
        t = pick(["In my security lecture I always say: never write the password in code, never paste the token in chat, rotate the key if it hits GitHub. Do you have an official page to link students to?",
                  "A student asks why your portal rejects 8-character passwords. What's the policy (length, symbols, expiry)?",
                  "I won't send the sandbox password, I've already reset it. Can you just confirm student accounts don't expire at the end of term?"])
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_checksums(lang):
    name = person(lang)
    lines = ["sha256  %s  dataset_transazioni_sandbox.csv.gz" % sha256(),
             "sha256  %s  starter-kit-v%d.%d.zip" % (sha256(), R.randint(1, 4), R.randint(0, 9)),
             "docker pull ghcr.io/%s/lab-env@sha256:%s" % (pick(["unimi-lab", "leeds-comp", "bootcamp"]), sha256())]
    if R.random() < 0.5:
        lines.append("integrity: sha512-%s==" % rs(86, B62 + "+/"))
    pre = ("Lo starter kit per gli studenti non scarica: i checksum non coincidono con quelli pubblicati. Ecco cosa vediamo:" if lang == "it"
           else "The student starter kit download fails: checksums don't match the published ones. What we see:")
    return lang, "shell", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, name), []


@passing
def p_postman_empty(lang):
    name = person(lang)
    vals = [{"key": "baseUrl", "value": host(), "type": "default", "enabled": True},
            {"key": "clientId", "value": client_id(), "type": "default", "enabled": True},
            {"key": "clientSecret", "value": pick(["", "{{CLIENT_SECRET}}", "<inserisci>" if lang == "it" else "<fill in>"]), "type": "secret", "enabled": True},
            {"key": "accessToken", "value": "", "type": "secret", "enabled": True}]
    env = {"id": uuid4(), "name": pick(["Corso API — template", "Workshop template", "Student env (empty)"]), "values": vals}
    pre = ("Environment Postman vuoto che diamo agli studenti; ognuno mette la sua secret. Il pre-request script non valorizza accessToken, perché?" if lang == "it"
           else "Empty Postman environment we give students; each adds their own secret. The pre-request script doesn't set accessToken, why?")
    return lang, "postman", pre + "\n\n" + json.dumps(env, indent=2, ensure_ascii=False) + "\n\n" + sign(lang, name), []


@passing
def p_device_inventory(lang):
    name = person(lang)
    def imei():
        b = "35" + digits(12)
        return b + luhn_digit(b)
    sep = pick([",", ";", "\t"])
    hdr = sep.join(["asset", "serial", "IMEI", "MAC", "assegnato a" if lang == "it" else "assigned to"])
    rows = [sep.join(["LAB-%03d" % R.randint(1, 200), rs(10, UPDIG), imei(), ":".join(rs(2, "0123456789ABCDEF") for _ in range(6)), person(lang)]) for _ in range(R.randint(3, 5))]
    pre = ("Inventario dei telefoni di test del laboratorio (per il whitelisting dei dispositivi nella sandbox):" if lang == "it" else "Inventory of the lab's test phones (for device allowlisting in the sandbox):")
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, name), []


@passing
def p_revoked_last4(lang):
    name = person(lang)
    tail = rs(4)
    pre_k = pick(["live_", "sbx_", "key_", ""])
    if lang == "it":
        t = pick(["La chiave che termina con …%s è quella che lo studente ha pubblicato; l'abbiamo già revocata dal portale. Non vi mando il valore intero. Potete confermare che non ci sono chiamate dopo le %s?" % (tail, time_s()),
                  "Chiave: %s****************%s (mostrata così nel portale). È questa che risulta compromessa?" % (pre_k, tail)])
    else:
        t = pick(["The key ending …%s is the one the student published; we've revoked it in the portal. Not sending the full value. Can you confirm no calls after %s?" % (tail, time_s()),
                  "Key: %s****************%s (as the portal shows it). Is this the compromised one?" % (pre_k, tail)])
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_random_links(lang):
    name = person(lang)
    links = ["https://colab.research.google.com/drive/1%s" % rs(32, B64URL),
             "https://www.youtube.com/watch?v=%s" % rs(11, B64URL),
             "https://codesandbox.io/p/sandbox/%s" % rs(6, string.ascii_lowercase + string.digits),
             "https://docs.google.com/presentation/d/1%s/edit" % rs(43, B64URL),
             "https://github.com/%s/%s/pull/%d" % (rs(7, string.ascii_lowercase), pick(["payhack", "lab"]), R.randint(1, 90)),
             "https://devpost.com/software/%s" % pick(["splitbill", "piggybank-ai", "greenpay", "paghetta"])]
    sel = R.sample(links, R.randint(3, 5))
    pre = ("Materiali del corso per la vostra pagina \"Education\": notebook, video, slide e progetto d'esempio:" if lang == "it"
           else "Course materials for your \"Education\" page: notebook, video, slides and sample project:")
    return lang, "email", pre + "\n\n" + "\n".join(sel) + "\n\n" + sign(lang, name), []


@passing
def p_student_ids_cf(lang):
    name = person(lang)
    if lang == "it":
        t = "Richiesta account sandbox per la classe 5ªA (PCTO)\nScuola: %s — codice meccanografico %s\nDocente referente: %s\nCodice fiscale (esempio nel modulo): RSSMRA85T10A562S\nP.IVA scuola: n/d\nNumero studenti: %d\nPeriodo: %s – %s" % (
            school(lang), pick(["MITF", "TOTF", "BOIS", "NAPS"]) + digits(5) + rs(1, string.ascii_uppercase), name, R.randint(15, 30), date_it(), date_it())
    else:
        t = "Sandbox account request for Year 13 class\nSchool: %s — URN %s\nLead teacher: %s\nUCAS centre no.: %s\nStudents: %d\nTerm: %s – %s" % (
            school(lang), digits(6), name, digits(5), R.randint(15, 30), date_en(), date_en())
    return lang, "form", t + "\n\n" + sign(lang, name), []


@passing
def p_decoded_basic_prose(lang):
    name = person(lang)
    t = ("Gli studenti confondono Basic e Bearer. Spiego: Basic è base64 di \"client_id:client_secret\", Bearer è il token ottenuto. Nella slide metto solo `Authorization: Basic <base64(id:secret)>` — corretto?"
         if lang == "it" else
         "Students mix up Basic and Bearer. I explain: Basic is base64 of \"client_id:client_secret\", Bearer is the token you get back. On the slide I only show `Authorization: Basic <base64(id:secret)>` — correct?")
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_ipynb_outputs(lang):
    name = person(lang)
    out = json.dumps({"status": pick([200, 201, 402, 409]), "payment_id": "pay_" + rs(20), "amount": R.randint(100, 9999), "currency": "EUR", "created": "2026-%02d-%02dT%02d:%02d:00Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))})
    nb = {"cell_type": "code", "execution_count": R.randint(3, 40), "id": rs(8, HEX), "metadata": {"colab": {"base_uri": "https://localhost:8080/"}, "outputId": uuid4()},
          "outputs": [{"name": "stdout", "output_type": "stream", "text": [out + "\n"]}],
          "source": ["headers = {'Authorization': f'Bearer {os.environ[\"PAY_TOKEN\"]}'}\n", "print(requests.post(URL, json=body, headers=headers).text)"]}
    pre = ("Dal JSON del notebook: perché lo stesso pagamento a volte risponde 409?" if lang == "it" else "From the notebook JSON: why does the same payment sometimes return 409?")
    return lang, "ipynb", pre + "\n\n" + json.dumps(nb, indent=1) + "\n\n" + sign(lang, name), []


@passing
def p_otp_prose_no_code(lang):
    name = person(lang)
    if lang == "it":
        t = pick(["In aula 30 studenti fanno il login SCA insieme e gli SMS di test arrivano in ritardo di 2-3 minuti. C'è un modo di avere il codice fisso per l'ambiente didattico? (il codice non ve lo scrivo, tanto cambia)",
                  "Il codice OTP arriva sul telefono del docente, non su quello dello studente (numero %s). Come si cambia il numero del PSU di test?" % phone(lang)])
    else:
        t = pick(["30 students do the SCA login at once in class and test SMS arrive 2-3 minutes late. Can we get a fixed code for the teaching environment? (not writing the code, it changes anyway)",
                  "The OTP goes to the teacher's phone, not the student's (number %s). How do we change the test PSU's number?" % phone(lang)])
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_grade_csv(lang):
    name = person(lang)
    sep = pick([",", ";"])
    hdr = sep.join(["matricola", "cognome", "voto", "consegna", "commit"] if lang == "it" else ["student_id", "surname", "mark", "submitted", "commit"])
    rows = [sep.join([digits(pick([6, 7, 9])), pick(IT_LAST if lang == "it" else EN_LAST), str(R.randint(18, 30) if lang == "it" else R.randint(40, 90)), date_it() if lang == "it" else date_en(), sha1()[:7]]) for _ in range(R.randint(3, 6))]
    pre = ("Per il vostro programma \"Education partner\" ci chiedete i risultati aggregati; vi mando il foglio (anonimizzabile):" if lang == "it" else "For your \"Education partner\" programme you asked for aggregated results; here's the sheet (can anonymise):")
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\n" + sign(lang, name), []


@passing
def p_tokenised_cards(lang):
    name = person(lang)
    rows = []
    for _ in range(R.randint(2, 4)):
        rows.append("{\"card_token\": \"%s\", \"last4\": \"%s\", \"brand\": \"%s\", \"fingerprint\": \"%s\"}" % (pick(["tok_" + rs(24), "card_" + rs(20), "pm_" + rs(24)]), digits(4), pick(["visa", "mastercard", "amex"]), rs(16)))
    pre = ("Dopo la vostra risposta abbiamo rifatto il seed del progetto con i token al posto dei numeri di carta. Così è corretto?" if lang == "it" else "After your reply we rebuilt the project seed with tokens instead of card numbers. Is this right?")
    return lang, "json", pre + "\n\n" + "\n".join(rows) + "\n\n" + sign(lang, name), []


@passing
def p_wifi_no_password(lang):
    name = person(lang)
    if lang == "it":
        t = "Info per i relatori: Wi-Fi eduroam (usate le vostre credenziali d'ateneo) oppure la rete ospiti %s — la password è sul retro del badge, non la mettiamo per mail. Proiettore HDMI, aula %s." % (pick(["UNI-GUEST", "Eventi", "FabLab"]), pick(["B2", "Magna", "3.14", "T1"]))
    else:
        t = "Speaker info: Wi-Fi eduroam (use your own institution login) or guest network %s — the password is on the back of your badge, we don't email it. HDMI projector, room %s." % (pick(["UNI-GUEST", "Events", "MakerSpace"]), pick(["B2", "LT1", "3.14", "G.05"]))
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_http_masked_capture(lang):
    name = person(lang)
    t = "POST /oauth/token HTTP/1.1\nHost: %s\nAuthorization: Basic %s\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=payments\n\nHTTP/1.1 401 Unauthorized\nX-Request-Id: %s\n{\"error\":\"invalid_client\"}" % (
        host()[8:], pick(["<redacted>", "***", "[REDACTED]", "••••••••"]), uuid4())
    pre = ("Cattura da DevTools durante la lezione (ho oscurato l'header). Il client è %s:" % client_id() if lang == "it" else "DevTools capture from class (I redacted the header). Client is %s:" % client_id())
    return lang, "http", pre + "\n\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_sandbox_phone_amounts(lang):
    name = person(lang)
    if lang == "it":
        t = "Per la simulazione in aula vorremmo usare questi importi magici della sandbox: %s → rifiutato, %s → 3DS richiesto, %s → timeout. Il numero di telefono del PSU di test è %s. Sono ancora validi?" % (amount(lang), amount(lang), amount(lang), phone(lang))
    else:
        t = "For the classroom simulation we'd like to use the sandbox magic amounts: %s → declined, %s → 3DS required, %s → timeout. Test PSU phone is %s. Still valid?" % (amount(lang), amount(lang), amount(lang), phone(lang))
    return lang, "email", greet(lang) + "\n" + t + "\n\n" + sign(lang, name), []


@passing
def p_ssh_pub(lang):
    name = person(lang)
    k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (rs(43, B62 + "+/"), email_of(name))
    pre = ("Per l'SFTP dei report del laboratorio vi mando la mia chiave pubblica:" if lang == "it" else "For the lab reports SFTP here's my public key:")
    return lang, "email", pre + "\n\n" + k + "\n\n" + sign(lang, name), []


@passing
def p_key_metadata(lang):
    name = person(lang)
    rows = []
    for _ in range(R.randint(2, 4)):
        rows.append("%s | %s | %s | %s" % (pick(["corso-2026", "lab-gruppo-%d" % R.randint(1, 9), "hackathon", "thesis-demo", "studenti-5A"]), "key_id_" + rs(12, HEX), date_it() if lang == "it" else date_en(), pick(["mai", "oggi", "3 giorni fa"] if lang == "it" else ["never", "today", "3 days ago"])))
    hdr = "Nome | ID chiave | Creata | Ultimo uso" if lang == "it" else "Name | Key ID | Created | Last used"
    note = ("(il valore segreto viene mostrato una sola volta alla creazione)" if lang == "it" else "(the secret value is shown only once, at creation)")
    pre = ("Pagina \"Chiavi API\" del portale copiata: quale di queste è quella che lo studente ha pubblicato? Ne vorremmo revocare una sola." if lang == "it"
           else "Portal \"API keys\" page copied: which of these is the one the student published? We'd like to revoke just one.")
    return lang, "portal", pre + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n" + note + "\n\n" + sign(lang, name), []


@passing
def p_hash_named(lang):
    name = person(lang)
    t = R.randint(0, 2)
    if t == 0:
        body = ("SHA-256 della password dello studente (per confronto, non la password): %s" if lang == "it" else "SHA-256 of the student's password (for comparison, not the password): %s") % sha256()
    elif t == 1:
        body = ("HMAC-SHA256 del corpo calcolato dal nostro server: %s\nFirma ricevuta: %s" if lang == "it" else "HMAC-SHA256 of the body computed by our server: %s\nSignature received: %s") % (rs(64, HEX), rs(64, HEX))
    else:
        body = "NTLM hash: %s\nMD5 (file consegna): %s" % (rs(32, HEX).upper(), rs(32, HEX))
    pre = ("Esercizio di laboratorio sugli hash, domanda per voi:" if lang == "it" else "Lab exercise on hashing, a question for you:")
    return lang, "notes", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@passing
def p_template_vars(lang):
    name = person(lang)
    t = R.randint(0, 2)
    if t == 0:
        body = "Scenario: token\n  Given the client \"<client_id>\" with secret \"<client_secret>\"\n  When I request a token\n  Then the response status is 200\n\n  Examples:\n    | client_id | client_secret |\n    | %s | {{CLIENT_SECRET}} |" % client_id()
    elif t == 1:
        body = "client_secret: \"{{ client_secret }}\"\napi_key: \"{{ lookup('env', 'PAY_API_KEY') }}\"\npassword: \"{{ vault_sandbox_password }}\""
    else:
        body = "const secret = import.meta.env.VITE_CLIENT_SECRET ?? '';\nconst key = Deno.env.get('PAY_API_KEY');\nif (!key) throw new Error('API key mancante');"
    pre = ("Template che diamo agli studenti (i valori veri non ci sono). Il test fallisce perché la variabile resta vuota:" if lang == "it"
           else "Template we give students (no real values in it). The test fails because the variable stays empty:")
    return lang, "code", pre + "\n\n" + body + "\n\n" + sign(lang, name), []


@secret
def s_mentor_dm(lang):
    mentor = person(lang)
    stud = person(lang)
    k = R.randint(0, 2)
    if k == 0:
        u, pw = pick(["psu_demo", "studente01", "alice.sandbox", "team3"]), password()
        v, kind = pw, "password"
        msg = ("%s: eccoti l'utente del PSU di prova → %s / %s" if lang == "it" else "%s: here's the test PSU login → %s / %s") % (mentor, u, pw)
    elif k == 1:
        v, kind = "%s:%s" % (client_id(), client_secret()), "client_secret"
        msg = ("%s: usa questa coppia id:secret per il Basic, %s" if lang == "it" else "%s: use this id:secret pair for Basic, %s") % (mentor, v)
    else:
        v, kind = refresh_tok(), "refresh_token"
        msg = ("%s: prova con il mio refresh token intanto: %s" if lang == "it" else "%s: try my refresh token meanwhile: %s") % (mentor, v)
    lines = ["%s: %s" % (stud, "non mi funziona niente 😭" if lang == "it" else "nothing works 😭"), msg,
             "%s: %s" % (stud, "grazie!!! ora va" if lang == "it" else "thanks!!! works now")]
    pre = ("DM tra mentor e studente durante il bootcamp (screenshot trascritto dallo studente, che ci scrive preoccupato):" if lang == "it"
           else "DM between a mentor and a student during the bootcamp (screenshot transcribed by the student, who is worried):")
    return lang, "chat", pre + "\n\n" + "\n".join(lines) + "\n\n" + sign(lang, stud), [(kind, v)]


# ================================================================ assembly
SUBJ_IT = ["Oggetto: domanda dal corso", "Oggetto: progetto universitario - errore 401", "Oggetto: hackathon, credenziali", "Oggetto: aiuto per la tesi",
           "Oggetto: R: workshop", "Oggetto: I: segnalazione studente", "Oggetto: [Corso] sandbox", "Oggetto: richiesta info", "Oggetto: urgente esame domani!!"]
SUBJ_EN = ["Subject: question from our course", "Subject: uni project - 401 error", "Subject: hackathon credentials", "Subject: help with dissertation",
           "Subject: RE: workshop", "Subject: FW: student report", "Subject: [Module] sandbox", "Subject: info request", "Subject: urgent, exam tomorrow!!"]
FOOT_IT = ["Inviato da iPhone", "Inviato dall'app Outlook per Android", "--\nDipartimento di Informatica", "Questa email è stata inviata da un account studente.", "Scusate gli errori, scrivo dal telefono"]
FOOT_EN = ["Sent from my iPhone", "Sent from Outlook for Android", "--\nSchool of Computing", "This email was sent from a student account.", "Sorry for typos, on my phone"]


def wrap(lang, text):
    r = R.random()
    if r < 0.25:
        text = pick(SUBJ_IT if lang == "it" else SUBJ_EN) + "\n\n" + text
    elif r < 0.35:
        text = ("[Modulo di contatto — categoria: Education / Università]\n" if lang == "it" else "[Contact form — category: Education / Academia]\n") + text
    elif r < 0.42:
        text = ("Ticket #%d · canale: chat · " % R.randint(100000, 999999)) + ("utente non verificato\n" if lang == "it" else "unverified user\n") + text
    if R.random() < 0.2:
        text = text + "\n\n" + pick(FOOT_IT if lang == "it" else FOOT_EN)
    return text


def clean(text, secs):
    """Each short value must occur only where it was placed: no stray
    occurrence inside other digits or words (e.g. a CVV inside a phone number)."""
    vals = [v for _, v in secs]
    for v in vals:
        if v not in text:
            return False
        if len(v) <= 8:
            covered = 0
            # occurrences of v not inside a longer labelled value
            start = 0
            while True:
                i = text.find(v, start)
                if i < 0:
                    break
                inside = any(len(w) > len(v) and any(j <= i and i + len(v) <= j + len(w) for j in _all(text, w)) for w in vals)
                if not inside:
                    before = text[i - 1] if i > 0 else " "
                    after = text[i + len(v)] if i + len(v) < len(text) else " "
                    if before.isalnum() or after.isalnum():
                        return False
                    covered += 1
                start = i + 1
            if covered > 1:
                return False
    return True


def _all(text, w):
    out, s = [], 0
    while True:
        i = text.find(w, s)
        if i < 0:
            return out
        out.append(i)
        s = i + 1


def main(out="fresh35.jsonl"):
    n_sec, n_pass = 750, 850
    jobs = []
    for n, tpls, tag in ((n_sec, SECRET_T, "s"), (n_pass, PASS_T, "p")):
        order = []
        while len(order) < n:
            block = list(tpls)
            R.shuffle(block)
            order += block
        order = order[:n]
        for i, f in enumerate(order):
            jobs.append((f, tag))
    R.shuffle(jobs)
    counter = {"it": 0, "en": 0}
    samples = []
    for idx, (f, tag) in enumerate(jobs):
        lang = "it" if idx % 2 == 0 else "en"
        for _try in range(50):
            lang_, style, text, secs = f(lang)
            text = wrap(lang_, text)
            if clean(text, secs):
                break
        else:
            raise SystemExit("could not make a clean sample with " + f.__name__)
        seen = set()
        sl = []
        for kind, val in secs:
            if (kind, val) in seen:
                continue
            seen.add((kind, val))
            sl.append({"kind": kind, "value": val})
        if tag == "s":
            assert sl, f.__name__
        else:
            assert not sl, f.__name__
        samples.append({"id": "f35-%04d" % (idx + 1), "lang": lang_, "style": style, "text": text, "secrets": sl, "_t": f.__name__})
        counter[lang_] += 1
    with open(out, "w", encoding="utf-8") as fh:
        for s in samples:
            s = dict(s)
            s.pop("_t")
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter(s["_t"] for s in samples).most_common(5))
    print("wrote", len(samples), counter)


if __name__ == "__main__":
    main()
