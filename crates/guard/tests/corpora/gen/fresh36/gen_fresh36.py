#!/usr/bin/env python3
"""Generator for the sealed guard corpus fresh36.

Style: "the household ledger" -- personal finance, self-hosted budgeting and
open-banking hobbyists writing to the API provider's desk (families, flatmates,
couples, retirees' helpers, self-hosters with Firefly III / Actual Budget /
beancount / hledger / GnuCash, Home Assistant tinkerers, indie budgeting-app
developers using open-banking aggregators).

Deterministic: python3 gen_fresh36.py  ->  fresh36.jsonl next to this file.
"""
import base64
import json
import os
import random
import re
import string
import uuid

SEED = 36_2026_1204
R = random.Random(SEED)

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def tok(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return tok(n, HEX)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def pick(*xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- JWTs
def jwt(kind="access", alg=None, iss=None, sub=None):
    alg = alg or pick("HS256", "RS256", "ES256", "HS512")
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and chance(0.6):
        hdr["kid"] = hexs(16)
    now = 1796000000 + R.randint(0, 9000000)
    pl = {"token_type": kind, "exp": now + R.choice([3600, 86400, 2592000]),
          "jti": hexs(32), "id": R.randint(10000, 999999)}
    if iss:
        pl["iss"] = iss
    if sub:
        pl["sub"] = sub
    if chance(0.4):
        pl["scope"] = pick("accounts balance transactions", "read:accounts", "budget:write", "ais offline_access")
    siglen = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(rbytes(siglen))])


def jwt_parts_decoded():
    """decoded header + payload (no signature): a look-alike that passes"""
    hdr = {"alg": pick("HS256", "RS256"), "typ": "JWT"}
    pl = {"token_type": pick("access", "refresh"), "exp": 1796000000 + R.randint(0, 9000000),
          "jti": hexs(32), "id": R.randint(10000, 999999)}
    return json.dumps(hdr), json.dumps(pl, indent=2)


def pem_private(label="RSA PRIVATE KEY", lines=None, indent=""):
    lines = lines or R.randint(8, 14)
    body = base64.b64encode(rbytes(48 * lines)).decode()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    out = [f"-----BEGIN {label}-----"] + rows + [f"-----END {label}-----"]
    return ("\n" + indent).join(out)


def pem_public(label="PUBLIC KEY"):
    body = base64.b64encode(rbytes(48 * 5)).decode()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----"] + rows + [f"-----END {label}-----"])


# ---------------------------------------------------------------- cards
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


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d


CARD_PREFIXES = [("424242", 16), ("400000", 16), ("411111", 16), ("401288", 16), ("555555", 16),
                 ("510510", 16), ("520082", 16), ("222300", 16), ("378282", 15), ("371449", 15),
                 ("601111", 16), ("450875", 16), ("476173", 16), ("545454", 16)]


def card_digits():
    p, n = R.choice(CARD_PREFIXES)
    part = p + digits(n - len(p) - 1)
    return part + luhn_digit(part)


def no_luhn_window(d):
    for L in range(13, 20):
        for i in range(0, len(d) - L + 1):
            if luhn_ok(d[i:i + L]):
                return False
    return True


def bad_card_digits():
    while True:
        c = card_digits()
        last = int(c[-1])
        c = c[:-1] + str((last + R.randint(1, 9)) % 10)
        if not luhn_ok(c) and no_luhn_window(c):
            return c


def fmt_card(d, style=None):
    style = style or pick("plain", "sp", "sp", "dash", "dot", "odd", "sp2")
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "plain":
        return d
    if style == "sp":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "sp2":
        return "  ".join(g)
    seps = [pick(" ", "-", " - ", "/", " ") for _ in g[1:]]
    out = g[0]
    for s, x in zip(seps, g[1:]):
        out += s + x
    return out


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvv(n=3):
    while True:
        v = digits(n)
        if v[0] != "0" or chance(0.2):
            return v


# ---------------------------------------------------------------- IBANs and domestic accounts
def _iban_cd(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban_valid(iban):
    s = re.sub(r"[^A-Za-z0-9]", "", iban).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


IT_ABI = ["03069", "02008", "05034", "03062", "01030", "05387", "03015", "08327", "03111", "05696", "36772", "03440"]
DE_BLZ = ["10010010", "20041133", "50010517", "70020270", "12030000", "37040044", "76026000", "43060967"]
GB_BANK = ["NWBK", "BARC", "MIDL", "LOYD", "MONZ", "SRLG", "HBUK", "REVO"]
NL_BANK = ["INGB", "ABNA", "RABO", "BUNQ", "TRIO", "KNAB"]
FR_BANK = ["30004", "20041", "30003", "10278", "16606", "30066"]
ES_BANK = ["2100", "0049", "0182", "0081", "1465", "2085"]


def it_parts():
    abi = R.choice(IT_ABI)
    cab = digits(5, True)
    conto = pick(digits(12), "0000" + digits(8), "CC" + digits(10), "00000" + digits(7))
    return abi, cab, conto, it_cin(abi, cab, conto)


def fr_key(b, g, c):
    return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)


def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        x = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if x == 11 else (1 if x == 10 else x)
    return f"{d('00' + ent + ofi)}{d(cta)}"


def make_iban(country=None):
    country = country or pick("IT", "IT", "IT", "DE", "GB", "FR", "ES", "NL", "IE")
    if country == "IT":
        abi, cab, conto, cin = it_parts()
        bban = cin + abi + cab + conto
    elif country == "DE":
        bban = R.choice(DE_BLZ) + digits(10)
    elif country == "GB":
        bban = R.choice(GB_BANK) + digits(6) + digits(8)
    elif country == "IE":
        bban = pick("AIBK", "BOFI", "IPBS") + digits(6) + digits(8)
    elif country == "FR":
        b, g, c = R.choice(FR_BANK), digits(5), digits(11)
        bban = b + g + c + f"{fr_key(b, g, c):02d}"
    elif country == "ES":
        e, o, c = R.choice(ES_BANK), digits(4), digits(10)
        bban = e + o + es_dc(e, o, c) + c
    else:
        bban = R.choice(NL_BANK) + digits(10)
    return f"{country}{_iban_cd(country, bban):02d}{bban}"


def bad_iban(country=None):
    while True:
        v = make_iban(country)
        cd = int(v[2:4])
        nd = (cd + R.randint(1, 40)) % 97
        if nd < 2:
            continue
        w = v[:2] + f"{nd:02d}" + v[4:]
        if not iban_valid(w):
            return w


def fmt_iban(v, style=None):
    style = style or pick("plain", "plain", "sp", "sp", "sp", "dash", "odd", "lower")
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    if style == "plain":
        return v
    if style == "sp":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "lower":
        return " ".join(g).lower() if chance(0.5) else v.lower()
    # odd: italian style, country+cd  cin  abi  cab  conto
    if v.startswith("IT"):
        return f"{v[:4]} {v[4]} {v[5:10]} {v[10:15]} {v[15:]}"
    return v[:4] + " " + v[4:]


def it_bban():
    abi, cab, conto, cin = it_parts()
    return abi, cab, conto, cin


def gb_account():
    sc = digits(6)
    return f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", digits(8, True)


def de_account():
    return R.choice(DE_BLZ), digits(10, True)


def fr_rib():
    b, g, c = R.choice(FR_BANK), digits(5), digits(11)
    return b, g, c, f"{fr_key(b, g, c):02d}"


def es_ccc():
    e, o, c = R.choice(ES_BANK), digits(4), digits(10)
    return e, o, es_dc(e, o, c), c


BICS = ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "FEBIITM1", "CRPPIT2P", "BAPPIT21", "N26DEBMXXX",
        "REVOLT21", "MONZGB2L", "SRLGGB2L", "BUNQNL2A", "INGBNL2A", "CMCIFRPP", "CAIXESBBXXX",
        "DEUTDEFF", "COBADEFFXXX", "SELBIT2B", "IBSPITNA", "HYEEIT22", "CIPBITMM"]

# ---------------------------------------------------------------- values
def password():
    kind = R.random()
    if kind < 0.25:
        w = pick("Girasole", "Pandoro", "Tramonto", "Lasagna", "Ferragosto", "Bassotto", "Vespa", "Gelato",
                 "Sunflower", "Marmite", "Budgie", "Rhubarb", "Kettle", "Crumpet", "Biscuit", "Teacup")
        return w + pick("", "_", "!", ".", "#") + str(R.randint(1, 99)) + pick("", "!", "$", "?", "*")
    if kind < 0.45:
        return w1() + pick("-", ".", "_", "") + w1() + pick("-", ".", "") + str(R.randint(10, 2029))
    if kind < 0.75:
        return tok(R.randint(10, 18), B62 + "!@#%&*-_+=?")
    if kind < 0.9:
        n = pick("luca", "giulia", "mamma", "papa", "nonna", "tommy", "rex", "milo", "emma", "ollie")
        return n.capitalize() + pick("", ".", "_") + str(R.randint(1950, 2022)) + pick("", "!", "?!", "#")
    return "-".join(w1() for _ in range(R.randint(3, 5)))


def w1():
    return pick("correct", "horse", "battery", "staple", "lampone", "cavallo", "tegame", "mirtillo", "biscotto",
                "copper", "window", "orbit", "pancake", "limone", "treno", "velvet", "cactus", "piano",
                "basilico", "ombrello", "tortellino", "harbour", "lantern", "pebble", "falco")


def pin(n=None):
    n = n or pick(4, 5, 5, 6, 6, 6, 8)
    while True:
        v = digits(n)
        if v[0] != "0" or chance(0.3):
            if not re.match(r"^(19|20)\d\d$", v):
                return v


def uname():
    return pick("marco.rossi", "giulia_b", "paolo1978", "fra.conti", "luca.ferri", "c.galli", "tom.h", "priyas",
                "sam_r", "rachelk", "dave.m", "emma.w", "ollie88", "hannah.b", "famiglia.bianchi", "casa.verdi")


def codice_cliente():
    return digits(R.choice([8, 9, 10]), True)


def host():
    return pick("raspberrypi.local", "nas.home.arpa", "192.168.1." + str(R.randint(2, 250)), "10.0.0." + str(R.randint(2, 250)),
                "firefly.casa-" + pick("rossi", "bianchi", "verdi") + ".it", "budget." + pick("smithfamily", "flatsix", "ourhome") + ".net",
                "homeserver", "localhost")


def amount(lang):
    v = R.randint(3, 4800) + R.randint(0, 99) / 100
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return pick(f"€ {s}", f"{s} €", f"{s} EUR", f"EUR {s}")
    return pick(f"£{v:,.2f}", f"€{v:,.2f}", f"{v:.2f} GBP", f"EUR {v:.2f}")


def date(lang, sep=None):
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick(2025, 2026, 2026)
    if lang == "it" or chance(0.3):
        return f"{d:02d}{sep or '/'}{m:02d}{sep or '/'}{y}"
    return f"{y}-{m:02d}-{d:02d}"


def iso_date():
    return f"{pick(2025, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def phone(lang):
    if lang == "it":
        return pick("+39 3", "3") + digits(2) + " " + digits(3) + " " + digits(4)
    return pick("+44 7", "07") + digits(3) + " " + digits(6)


def commit():
    return hexs(40)


def sha256():
    return hexs(64)


def bcrypt():
    return "$2b$12$" + tok(53, B62 + "./")


def argon():
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(16).rstrip('=')}${b64(32).rstrip('=')}"


def cf():
    cons = "BCDFGLMNPRSTVZ"
    s = "".join(R.choice(cons) for _ in range(6)) + digits(2) + R.choice("ABCDEHLMPRST") + f"{R.randint(1, 71):02d}" + R.choice("ABCDEFGHLM") + digits(3) + R.choice(UP)
    return s


def piva():
    return digits(11)


def creditor_id():
    # SEPA creditor identifier (public), with its own check digits
    nat = digits(11)
    cc = "IT"
    s = nat + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    return f"IT{cd:02d}ZZZ{nat}"


def it_name():
    return pick("Marco", "Giulia", "Paolo", "Francesca", "Luca", "Chiara", "Roberto", "Elena", "Giorgio", "Sara",
                "Davide", "Anna", "Stefano", "Valentina", "Matteo", "Federica", "Alessio", "Ilaria", "Nicola", "Martina")


def it_surname():
    return pick("Rossi", "Bianchi", "Verdi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
                "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri")


def en_name():
    return pick("Tom", "Priya", "Sam", "Rachel", "Dave", "Emma", "Ollie", "Hannah", "Mike", "Jess", "Aisha", "Ben",
                "Chloe", "Liam", "Sophie", "Raj", "Grace", "Callum", "Niamh", "Harriet")


def en_surname():
    return pick("Smith", "Patel", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Khan",
                "Walsh", "Murphy", "Hughes", "Clarke", "Wright", "O'Neill", "Robinson", "Hall", "Green", "Lewis")


def person(lang):
    return f"{it_name()} {it_surname()}" if lang == "it" else f"{en_name()} {en_surname()}"


def first(lang):
    return it_name() if lang == "it" else en_name()


# ---------------------------------------------------------------- generators
# each generator: g(lang, leak) -> dict(style, body, secrets=[(kind, value)], intro=[...], subj=[...])
GENS = []


def gen(weight=1.0, leak_ok=True, pass_ok=True):
    def deco(f):
        GENS.append((f, weight, leak_ok, pass_ok))
        return f
    return deco


def L(lang, it, en):
    return it if lang == "it" else en


def cmt(lang, it, en, mark="#"):
    return f"{mark} {L(lang, it, en)}"


INST = ["INTESA_SANPAOLO_BCITITMM", "UNICREDIT_UNCRITMM", "FINECO_FEBIITM2XXX", "BANCOBPM_BAPPIT21", "HYPE_HYEEIT22",
        "N26_NTSBDEB1", "REVOLUT_REVOGB21", "MONZO_MONZGB2L", "STARLING_SRLGGB3L", "BUNQ_BUNQNL2A", "SANDBOXFINANCE_SFIN0000",
        "BANCA_SELLA_SELBIT2B", "CREDEM_BACRIT22", "MEDIOLANUM_MEDBITMM", "NATIONWIDE_NAIAGB21", "ING_INGBNL2A"]


@gen(1.4)
def g_gocardless_py(lang, leak):
    sid = uid()
    inst = R.choice(INST)
    req = uid()
    sec = []
    if leak:
        key = pick(hexs(128), hexs(128), tok(64, HEX + "ABCDEF"))
        key_line = f'    secret_key="{key}"' if chance(0.7) else f"    secret_key='{key}'"
        sec.append(("client_secret", key))
        sid_line = f'    secret_id="{sid}",'
    else:
        key_line = pick('    secret_key=os.environ["GC_SECRET_KEY"]', '    secret_key=os.getenv("NORDIGEN_SECRET_KEY")',
                        '    secret_key=config["gocardless"]["secret_key"]', '    secret_key=keyring.get_password("gocardless", "secret_key")')
        sid_line = pick(f'    secret_id="{sid}",  ' + cmt(lang, "solo l'id, la chiave sta nel keyring", "just the id, key lives in the keyring"),
                        '    secret_id=os.environ["GC_SECRET_ID"],', f'    secret_id="{sid}",')
    body = "\n".join([
        "import os" + ("\nimport keyring" if "keyring" in key_line else ""),
        "from nordigen import NordigenClient",
        "",
        cmt(lang, "script per scaricare i movimenti di casa", "pulls our household transactions"),
        "client = NordigenClient(",
        sid_line,
        key_line,
        ")",
        "token_data = client.generate_token()",
        f'init = client.initialize_session(institution_id="{inst}",',
        '    redirect_uri="http://localhost:8000/callback",',
        f'    reference_id="{pick("casa", "home", "famiglia", "budget")}-{R.randint(1000, 9999)}")',
        f"# requisition: {req}",
        "print(init.link)",
    ])
    intro = L(lang, [
        "Ciao, uso il vostro servizio per tirare giù i movimenti del conto di casa in un foglio, ma il token non si genera. Ecco lo script:",
        "Salve, da ieri lo script che uso per il budget familiare restituisce 401. Incollo il codice:",
        "buonasera, sono un pensionato che si diletta di python, il programmino per i conti di casa non va piu. questo e il codice",
        "Vi scrivo perché l'initialize_session fallisce con institution non trovata. Il codice è questo:",
    ], [
        "Hi, I use your service to pull our household transactions into a spreadsheet but token generation fails. Script below:",
        "Hello - my little budget script started returning 401 yesterday. Here's the code:",
        "hey, hobbyist here, trying to hook my joint account into my budget. initialize_session blows up, code:",
        "Quick question about the requisition flow, this is what I have so far:",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Token non generato", "Errore 401 script budget", "requisition non valida"],
                       ["token generation fails", "401 on budget script", "requisition question"]))


@gen(1.3)
def g_token_json(lang, leak):
    sid = uid()
    sec = []
    mode = pick("resp", "req", "both") if leak else pick("resp", "req", "list")
    parts = []
    if mode in ("req", "both"):
        if leak:
            k = hexs(128)
            sec.append(("client_secret", k))
        else:
            k = pick("$GC_SECRET_KEY", "<secret_key>", "YOUR_SECRET_KEY", "${SECRET_KEY}")
        parts.append(f"$ curl -s -X POST \"https://bankaccountdata.gocardless.com/api/v2/token/new/\" \\\n"
                     f"  -H \"Content-Type: application/json\" \\\n"
                     f"  -d '{{\"secret_id\":\"{sid}\", \"secret_key\":\"{k}\"}}'")
    if mode in ("resp", "both"):
        if leak:
            a, r = jwt("access"), jwt("refresh")
            which = pick("a", "r", "ar", "ar")
            av = a if "a" in which else a[:18] + "…"
            rv = r if "r" in which else "[redacted]"
            if "a" in which:
                sec.append(("access_token", a))
            if "r" in which:
                sec.append(("refresh_token", r))
        else:
            av = pick(a_trunc(), "***", "[REDACTED]", "<access>")
            rv = pick("***", "[REDACTED]", "<refresh>", a_trunc())
        parts.append(json.dumps({"access": av, "access_expires": 86400, "refresh": rv, "refresh_expires": 2592000}, indent=2))
    if mode == "list":
        res = []
        for _ in range(R.randint(1, 3)):
            res.append({"id": uid(), "created": iso_date() + "T09:12:44.511Z", "status": pick("LN", "EX", "CR", "RJ"),
                        "institution_id": R.choice(INST), "agreement": uid(), "reference": hexs(8),
                        "accounts": [uid() for _ in range(R.randint(0, 2))], "link": "https://ob.gocardless.com/ob-psd2/start/" + uid() + "/" + R.choice(INST)})
        parts.append(json.dumps({"count": len(res), "next": None, "previous": None, "results": res}, indent=2))
    body = "\n\n".join(parts)
    intro = L(lang, [
        "Ecco la risposta che ricevo, poi dopo qualche ora non funziona più niente:",
        "Vi incollo chiamata e risposta, non capisco perché l'accesso scade così presto.",
        "Non so se è normale, la risposta è questa:",
        "allego output del terminale (mio figlio mi ha detto di mandarvelo tutto)",
    ], [
        "This is what I get back, and a few hours later nothing works again:",
        "Pasting call and response - why does access expire so fast?",
        "not sure this is expected, response below",
        "Output from the terminal (my son said to send you everything):",
    ])
    return dict(style=pick("json", "shell"), body=body, secrets=sec, intro=intro,
                subj=L(lang, ["token scade", "access scaduto", "domanda requisitions"], ["token expiry", "access expired?", "requisitions question"]))


def a_trunc():
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + pick("…", "...", " (truncated)", "[...]")


@gen(1.5)
def g_firefly_env(lang, leak):
    lines = [cmt(lang, "firefly iii - .env sul raspberry", "firefly iii .env on the pi"),
             f"APP_ENV=production", f"SITE_OWNER={pick('mail', 'casa', 'me')}@{pick('gmail.com', 'libero.it', 'outlook.com', 'hey.com')}",
             f"TZ={pick('Europe/Rome', 'Europe/London', 'Europe/Berlin')}", f"DEFAULT_LANGUAGE={L(lang, 'it_IT', 'en_GB')}"]
    sec = []
    opts = ["app", "db", "cron"]
    R.shuffle(opts)
    n = R.randint(1, 3) if leak else 0
    use = set(opts[:n])
    if "app" in use:
        v = pick(tok(32), "base64:" + b64(32))
        lines.append(f"APP_KEY={v}")
        sec.append(("private_key", v))
    else:
        lines.append(pick("APP_KEY=SomeRandomStringOf32CharsExactly", "APP_KEY_FILE=/run/secrets/app_key", "APP_KEY=${FIREFLY_APP_KEY}"))
    lines += ["DB_CONNECTION=" + pick("mysql", "pgsql"), "DB_HOST=" + pick("db", "fireflyiiidb", "mariadb"), "DB_PORT=" + pick("3306", "5432"),
              "DB_DATABASE=firefly", "DB_USERNAME=firefly"]
    if "db" in use:
        v = password()
        lines.append(f"DB_PASSWORD={v}")
        sec.append(("password", v))
    else:
        lines.append(pick("DB_PASSWORD_FILE=/run/secrets/db_password", "DB_PASSWORD=", "# DB_PASSWORD arriva da docker secrets", "DB_PASSWORD=${MYSQL_PASSWORD}"))
    if "cron" in use:
        v = tok(32)
        lines.append(f"STATIC_CRON_TOKEN={v}")
        sec.append(("access_token", v))
    else:
        lines.append(pick("STATIC_CRON_TOKEN=", "STATIC_CRON_TOKEN=PLEASE_REPLACE_WITH_32_CHAR_CODE", "#STATIC_CRON_TOKEN="))
    lines += [f"TRUSTED_PROXIES=**", f"APP_URL=https://{host()}", f"MAIL_MAILER=log"]
    body = "\n".join(lines)
    intro = L(lang, [
        "Ho installato Firefly III in docker per i conti di casa e collegato la vostra API, ma l'import fallisce. Il mio .env:",
        "Vi mando il file di configurazione così capite cosa ho fatto (non sono informatico, sono un commercialista in pensione)",
        "ciao! firefly su raspberry, l'import notturno si pianta. questo è il .env",
        "Scusate la domanda da principiante, questa configurazione è giusta per usare il vostro connettore?",
    ], [
        "I run Firefly III in docker for our family finances and hooked up your API, but imports fail. My .env:",
        "Sending the config so you can see what I did (not a developer, just the family's spreadsheet person)",
        "firefly on a raspberry pi, nightly import keeps dying. here's the env file",
        "Beginner question - is this config right for your connector?",
    ])
    return dict(style="env", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Firefly III import fallito", "config firefly", "cron notturno"], ["Firefly III import failing", "firefly config", "nightly cron"]))


@gen(1.2)
def g_firefly_curl(lang, leak):
    h = host()
    sec = []
    if leak:
        t = jwt("access", alg="RS256")
        if chance(0.3):
            # mail client wrapped it
            cut = R.randint(300, len(t) - 40)
            tv = t[:cut] + "\n" + t[cut:]
        else:
            tv = t
        sec.append(("access_token", tv))
        auth = f'-H "Authorization: Bearer {tv}"'
    else:
        auth = pick('-H "Authorization: Bearer $FIREFLY_TOKEN"', "-H \"Authorization: Bearer ${FF_PAT}\"",
                    '-H "Authorization: Bearer <personal-access-token>"', '-H @headers.txt')
    acc = R.randint(1, 40)
    out = {"data": [{"type": "accounts", "id": str(acc), "attributes": {
        "name": pick("Conto cointestato", "Joint account", "Carta prepagata", "Savings pot", "Conto Fineco"),
        "type": "asset", "currency_code": "EUR", "current_balance": f"{R.randint(10, 9000)}.{R.randint(0, 99):02d}",
        "iban": pick(None, "", "IT** **** **** **** " + digits(4)), "account_number": pick(None, "****" + digits(4))}}]}
    body = f"$ curl -s {auth} \\\n  -H \"Accept: application/vnd.api+json\" \\\n  https://{h}/api/v1/accounts?type=asset\n" + json.dumps(out, indent=2)
    intro = L(lang, [
        "Il saldo che arriva da voi non coincide con quello di Firefly. Ho provato a interrogare l'API così:",
        "Provo a confrontare i saldi, vi allego la chiamata che faccio a Firefly:",
        "domanda veloce, i saldi sono diversi di qualche euro, ecco cosa vedo",
    ], [
        "The balance coming from you doesn't match Firefly's. I queried the API like this:",
        "trying to compare balances, here's my call to Firefly:",
        "quick one - balances are off by a few quid, this is what I see",
    ])
    return dict(style="shell", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["saldi diversi", "saldo non coincide"], ["balance mismatch", "balances off"]))


@gen(1.3)
def g_importer_env(lang, leak):
    lines = [cmt(lang, "data importer (.importer.env)", "data importer .importer.env"), f"FIREFLY_III_URL=http://{host()}:8080",
             f"VANITY_URL=https://{host()}"]
    sec = []
    keys = ["FIREFLY_III_ACCESS_TOKEN", "NORDIGEN_KEY", "SPECTRE_SECRET", "AUTO_IMPORT_SECRET"]
    R.shuffle(keys)
    use = set(keys[:R.randint(1, 2)]) if leak else set()
    for k in ["FIREFLY_III_ACCESS_TOKEN", "NORDIGEN_ID", "NORDIGEN_KEY", "SPECTRE_APP_ID", "SPECTRE_SECRET", "AUTO_IMPORT_SECRET"]:
        if k == "NORDIGEN_ID":
            lines.append(f"NORDIGEN_ID={uid()}")
            continue
        if k == "SPECTRE_APP_ID":
            lines.append(f"SPECTRE_APP_ID={pick('', tok(43, B62 + '-_'))}")
            continue
        if k in use:
            v = {"FIREFLY_III_ACCESS_TOKEN": jwt("access", alg="RS256"), "NORDIGEN_KEY": hexs(128),
                 "SPECTRE_SECRET": tok(43, B62 + "-_"), "AUTO_IMPORT_SECRET": tok(R.randint(16, 24))}[k]
            kind = {"FIREFLY_III_ACCESS_TOKEN": "access_token", "NORDIGEN_KEY": "client_secret",
                    "SPECTRE_SECRET": "client_secret", "AUTO_IMPORT_SECRET": "client_secret"}[k]
            lines.append(f"{k}={v}")
            sec.append((kind, v))
        else:
            lines.append(pick(f"{k}=", f"{k}_FILE=/run/secrets/{k.lower()}", f"# {k}=", f"{k}=${{{k}}}"))
    lines += ["CAN_POST_AUTOIMPORT=" + pick("true", "false"), "IMPORT_DIR_ALLOWLIST=/import", f"TZ=Europe/{pick('Rome', 'London', 'Dublin')}"]
    body = "\n".join(lines)
    intro = L(lang, [
        "Il data importer mi dice 'requisition expired' anche se ho rifatto il consenso. Configurazione:",
        "ho seguito la guida ma l'auto import non parte. vi incollo il file env del data importer",
        "Buongiorno, mio marito ha configurato tutto e ora è in viaggio, io vedo questo file e l'errore 'invalid key':",
    ], [
        "The data importer keeps saying 'requisition expired' even after re-consenting. Config:",
        "followed the guide but auto import won't kick off. importer env file below",
        "Morning - my husband set all this up and is away, I only have this file and an 'invalid key' error:",
    ])
    return dict(style="env", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["data importer", "auto import non parte"], ["data importer", "auto import won't run"]))


@gen(1.0)
def g_importer_json(lang, leak):
    # pure look-alike unless leak: then an IBAN mapping slips in
    req = uid()
    accs = [uid() for _ in range(R.randint(1, 3))]
    cfg = {"version": 3, "source": "ff3-importer-1.5.2", "created_at": iso_date() + "T21:04:11+01:00",
           "date": "Y-m-d", "default_account": R.randint(1, 20), "delimiter": "comma", "headers": False,
           "rules": True, "skip_form": False, "add_import_tag": True, "roles": [], "do_mapping": [],
           "mapping": {}, "duplicate_detection_method": "classic", "ignore_duplicate_lines": True,
           "unique_column_index": 0, "unique_column_type": "internal_reference", "flow": "nordigen",
           "content_type": "unknown", "nordigen_country": pick("IT", "GB", "DE"), "nordigen_bank": R.choice(INST),
           "nordigen_requisitions": {hexs(8): req}, "nordigen_max_days": "90",
           "accounts": {a: R.randint(1, 30) for a in accs}, "date_range": "partial", "date_range_number": 30,
           "date_range_unit": "d", "conversion": False, "ignore_spectre_categories": False}
    sec = []
    if leak:
        ib = make_iban(pick("IT", "IT", "GB", "DE", "NL"))
        cfg["mapping"] = {"opposing-iban": {ib: R.randint(1, 40)}}
        sec.append(("iban", ib))
    else:
        cfg["mapping"] = pick({}, {"opposing-name": {"ESSELUNGA SPA": 12, "ENEL ENERGIA": 7}}, {"opposing-iban": {bad_iban(): 3}})
    body = json.dumps(cfg, indent=2)
    intro = L(lang, [
        "Allego il file di import del data importer, i conti vengono duplicati ad ogni run:",
        "Questo è il JSON di configurazione esportato, i movimenti arrivano doppi. Dove sbaglio?",
    ], [
        "Attaching the importer config JSON, accounts get duplicated every run:",
        "Here's the exported import config, transactions come in twice. What am I doing wrong?",
    ])
    return dict(style="json", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["movimenti doppi", "duplicati import"], ["duplicate transactions", "import dupes"]))


@gen(1.2)
def g_actual_js(lang, leak):
    sync = uid()
    sec = []
    if leak:
        which = pick("srv", "e2e", "both")
        p1 = password() if which in ("srv", "both") else None
        p2 = password() if which in ("e2e", "both") else None
        if p1:
            sec.append(("password", p1))
        if p2:
            sec.append(("password", p2))
    else:
        p1 = p2 = None
    srv = f"'{p1}'" if p1 else pick("process.env.ACTUAL_PASSWORD", "process.env['ACTUAL_SERVER_PASSWORD']", "config.actual.password")
    e2e = f"'{p2}'" if p2 else pick("process.env.ACTUAL_E2E_PASSWORD", "undefined", "secrets.budgetKey")
    body = "\n".join([
        "const api = require('@actual-app/api');",
        "",
        "(async () => {",
        "  await api.init({",
        "    dataDir: './actual-cache',",
        f"    serverURL: 'https://{host()}:5006',",
        f"    password: {srv},",
        "  });",
        f"  await api.downloadBudget('{sync}', {{ password: {e2e} }});",
        "  " + cmt(lang, "importa i movimenti dal vostro endpoint", "import transactions from your endpoint", "//"),
        f"  const txs = await fetchFromBank('{uid()}');",
        f"  await api.importTransactions('{uid()}', txs);",
        "  await api.shutdown();",
        "})();",
    ])
    intro = L(lang, [
        "Uso Actual Budget e un piccolo script node che importa da voi. Da stamattina 'network-failure':",
        "Ciao, questo script di sincronizzazione funzionava, ora si blocca su downloadBudget. Codice:",
        "sto provando a collegare actual con il conto cointestato, ecco lo script",
    ], [
        "I use Actual Budget with a small node script importing from you. Since this morning: 'network-failure'.",
        "Hi, this sync script used to work, now it hangs on downloadBudget. Code:",
        "trying to wire actual to our joint account, script below",
    ])
    return dict(style="javascript", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Actual Budget sync", "network-failure"], ["Actual Budget sync", "network-failure"]))


@gen(1.3)
def g_beancount(lang, leak):
    acct = pick("Assets:IT:Fineco:Conto", "Assets:UK:Monzo:Joint", "Assets:Casa:ContoCointestato", "Assets:DE:N26:Main", "Assets:Banca:Sella")
    ccy = "GBP" if ":UK:" in acct else "EUR"
    sec = []
    meta = []
    if leak:
        form = pick("iban", "iban", "bban", "gb", "card")
        if form == "iban":
            ib = fmt_iban(make_iban("GB" if ccy == "GBP" else pick("IT", "DE", "IT")), pick("plain", "sp"))
            meta.append(f'  iban: "{ib}"')
            sec.append(("iban", ib))
        elif form == "bban":
            abi, cab, conto, cin = it_bban()
            meta.append(f'  abi: "{abi}"\n  cab: "{cab}"\n  conto: "{conto}"')
            sec.append(("bank_account", conto))
        elif form == "gb":
            sc, an = gb_account()
            meta.append(f'  sort-code: "{sc}"\n  account-number: "{an}"')
            sec.append(("bank_account", an))
        else:
            c = fmt_card(card_digits(), pick("plain", "sp"))
            meta.append(f'  card: "{c}"')
            sec.append(("card_number", c))
    else:
        meta.append(pick(f'  iban: "IT** **** **** **** **** {digits(3)}{digits(1)}"', f'  account-id: "{uid()}"',
                         f'  bic: "{R.choice(BICS)}"', f'  last4: "{digits(4)}"', f'  importer-hash: "{sha256()[:16]}"'))
    lines = [f"{pick(2024, 2025)}-01-01 open {acct} {ccy}"] + meta + [""]
    for _ in range(R.randint(3, 6)):
        d = iso_date()
        payee = pick("Esselunga", "Coop", "ENEL Energia", "Tesco", "Sainsbury's", "Amazon", "Farmacia Comunale", "TfL", "Netflix",
                     "Condominio Via Roma 12", "Asilo Nido", "Octopus Energy", "Council Tax")
        amt = f"{R.randint(2, 400)}.{R.randint(0, 99):02d}"
        lines.append(f'{d} * "{payee}" ""')
        if chance(0.5):
            lines.append(f'  ref: "{pick("TRN", "CRO", "FP")}{digits(R.choice([11, 16, 20]))}"')
        lines.append(f"  {acct}  -{amt} {ccy}")
        lines.append(f"  Expenses:{pick('Spesa', 'Bollette', 'Casa', 'Groceries', 'Utilities', 'Kids', 'Transport')}")
        lines.append("")
    body = "\n".join(lines)
    intro = L(lang, [
        "Tengo la contabilità di casa in beancount; l'importer che usa la vostra API salta alcuni movimenti. Estratto del file:",
        "Vi incollo un pezzo del ledger: mancano i movimenti del 3 e 4 del mese.",
        "ciao, ledger di famiglia in beancount, mi perdo dei movimenti. pezzo qui sotto",
    ], [
        "I keep our household books in beancount; the importer using your API skips some transactions. Excerpt:",
        "Pasting part of the ledger - transactions from the 3rd and 4th are missing.",
        "family ledger in beancount, some transactions vanish. chunk below",
    ])
    return dict(style="beancount", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["movimenti mancanti", "beancount importer"], ["missing transactions", "beancount importer"]))


@gen(1.2)
def g_bank_csv(lang, leak):
    sec = []
    head = []
    if lang == "it":
        rows = ["Data operazione;Data valuta;Descrizione;Importo;Causale"]
    else:
        rows = ["Date,Type,Description,Paid out,Paid in,Balance"]
    if leak:
        form = pick("iban", "bban", "gb", "de", "fr", "es")
        if form == "iban":
            ib = fmt_iban(make_iban(pick("IT", "GB", "IE", "DE")))
            head.append(L(lang, f"Conto: {ib}", f"Account IBAN: {ib}"))
            sec.append(("iban", ib))
        elif form == "bban":
            abi, cab, conto, cin = it_bban()
            if chance(0.5):
                head.append(f"ABI {abi} - CAB {cab} - C/C n. {conto}")
                sec.append(("bank_account", conto))
            else:
                v = f"{cin} {abi} {cab} {conto}"
                head.append(f"Coordinate (BBAN): {v}")
                sec.append(("bank_account", v))
        elif form == "gb":
            sc, an = gb_account()
            head.append(f"Sort code: {sc}   Account number: {an}")
            sec.append(("bank_account", an))
        elif form == "de":
            blz, kto = de_account()
            head.append(f"BLZ {blz}  Kontonummer {kto}")
            sec.append(("bank_account", kto))
        elif form == "fr":
            b, g, c, k = fr_rib()
            v = f"{b} {g} {c} {k}"
            head.append(f"RIB : {v}")
            sec.append(("bank_account", v))
        else:
            e, o, dc, c = es_ccc()
            v = f"{e}-{o}-{dc}-{c}"
            head.append(f"CCC: {v}")
            sec.append(("bank_account", v))
    else:
        head.append(pick(L(lang, f"Conto: IT{digits(2)} X{digits(4)} **** **** {digits(4)}", f"Account: ****{digits(4)}"),
                         L(lang, f"ABI {R.choice(IT_ABI)} CAB {digits(5, True)}", f"Sort code: {gb_account()[0]}"),
                         f"BIC: {R.choice(BICS)}", L(lang, f"Intestatario: {person(lang)}", f"Account name: {person(lang)}"),
                         L(lang, f"Codice cliente: {codice_cliente()}", f"Customer number: {codice_cliente()}")))
    bal = R.randint(500, 6000)
    for _ in range(R.randint(4, 8)):
        d = date(lang)
        a = R.randint(3, 300) + R.randint(0, 99) / 100
        if lang == "it":
            desc = pick(f"PAGAMENTO POS {pick('ESSELUNGA', 'IPER', 'AUTOGRILL', 'FARMACIA')} CARTA *{digits(4)}",
                        f"BONIFICO A VOSTRO FAVORE CRO {digits(11)}", f"ADDEBITO SDD {pick('ENEL', 'TIM', 'A2A', 'HERA')} MANDATO {tok(10, UP + string.digits)}",
                        f"PRELIEVO ATM {date(lang)}", f"RATA MUTUO PRATICA {digits(9)}", f"PAGAMENTO PAGOPA IUV {digits(17)}")
            rows.append(f"{d};{d};{desc};{'-' if chance(0.8) else ''}{a:.2f}".replace(".", ",") + f";{R.randint(10, 99)}")
        else:
            desc = pick(f"CARD PAYMENT TO {pick('TESCO', 'ASDA', 'PRET', 'TFL')} ON {d}", f"DIRECT DEBIT {pick('COUNCIL TAX', 'BT GROUP', 'OCTOPUS')} REF {digits(8)}",
                        f"FASTER PAYMENT FROM {en_surname().upper()} REF RENT", f"STANDING ORDER {pick('SAVINGS', 'POCKET MONEY')}",
                        f"CASH WITHDRAWAL {date(lang)}")
            bal -= a
            rows.append(f"{d},{pick('DEB', 'DD', 'FPI', 'SO', 'CPT')},{desc},{a:.2f},,{bal:.2f}")
    body = "\n".join(head + [""] + rows)
    intro = L(lang, [
        "Il CSV che esportate per il conto di mia madre (la seguo io) non ha i separatori giusti e il foglio si rompe:",
        "Salve, questo è l'estratto in CSV, le date valuta sono sbagliate rispetto all'app:",
        "vi copio le prime righe dell'export, il saldo non torna",
    ], [
        "The CSV you export for my mum's account (I look after it) has the wrong separators and my sheet breaks:",
        "Hi, this is the CSV statement, value dates differ from the app:",
        "copying the first lines of the export, balance doesn't add up",
    ])
    return dict(style="csv", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["export CSV", "saldo non torna"], ["CSV export", "balance doesn't add up"]))


@gen(1.3)
def g_homeassistant(lang, leak):
    sec = []
    mode = pick("config", "secrets")
    if mode == "secrets" and leak:
        lines = [cmt(lang, "secrets.yaml (copiato dal mio HA)", "secrets.yaml copied from my HA")]
        items = [("bank_api_token", "access_token", lambda: tok(48)), ("gocardless_secret_key", "client_secret", lambda: hexs(128)),
                 ("ha_long_lived", "access_token", lambda: jwt("access", alg="HS256")),
                 ("mqtt_password", "password", password), ("router_wifi", "password", password)]
        R.shuffle(items)
        k = R.randint(1, 3)
        for name, kind, f in items[:k]:
            v = f()
            q = pick('"', "", "'")
            lines.append(f"{name}: {q}{v}{q}")
            sec.append((kind, v))
        lines.append(f"home_latitude: {R.uniform(41, 52):.4f}")
        lines.append(f"bank_account_id: {uid()}")
        body = "\n".join(lines)
    else:
        if leak:
            t = tok(48) if chance(0.6) else jwt("access")
            auth = f'"Bearer {t}"'
            sec.append(("access_token", t))
        else:
            auth = pick("!secret bank_bearer", '"Bearer {{ states(\'input_text.bank_token\') }}"', "!env_var BANK_TOKEN")
        acc = uid()
        body = "\n".join([
            "sensor:",
            "  - platform: rest",
            f"    name: {L(lang, 'Saldo conto cointestato', 'Joint account balance')}",
            f"    unique_id: {uid()}",
            f"    resource: https://api.example-bank-data.com/v1/accounts/{acc}/balances",
            "    headers:",
            f"      Authorization: {auth}",
            "    value_template: \"{{ value_json.balances[0].balanceAmount.amount | float }}\"",
            "    unit_of_measurement: EUR",
            f"    scan_interval: {pick(3600, 21600, 43200)}",
        ])
    intro = L(lang, [
        "Ho un sensore in Home Assistant che legge il saldo dal vostro endpoint, ma dopo un po' ricevo 429. Configurazione:",
        "Domanda da smanettone domestico: è normale che il saldo si aggiorni solo una volta al giorno? Ecco il mio yaml",
        "vi scrivo dal forum di HA, mi hanno detto di chiedere a voi. questo è quello che ho",
    ], [
        "I have a Home Assistant sensor reading our balance from your endpoint, after a while I get 429s. Config:",
        "Home-tinkerer question: is it normal the balance only refreshes once a day? My yaml:",
        "the HA forum told me to ask you. this is what I've got",
    ])
    return dict(style="yaml", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Home Assistant saldo", "429 sensore"], ["Home Assistant balance", "429 on sensor"]))


@gen(1.2)
def g_telegram_bot(lang, leak):
    sec = []
    chat = "-100" + digits(10)
    if leak:
        t = f"{R.randint(100000000, 7999999999)}:AA{tok(33, B62 + '-_')}"
        tl = f'TOKEN = "{t}"'
        sec.append(("vendor_key", t))
        if chance(0.4):
            k = tok(40)
            sec.append(("access_token", k))
            al = f'API_KEY = "{k}"  ' + cmt(lang, "chiave della vostra API", "your API key")
        else:
            al = 'API_KEY = os.environ["BANK_API_KEY"]'
    else:
        tl = pick('TOKEN = os.environ["TELEGRAM_TOKEN"]', 'TOKEN = os.getenv("TG_BOT_TOKEN", "")', 'TOKEN = "<BOT_TOKEN_FROM_BOTFATHER>"')
        al = pick('API_KEY = os.environ["BANK_API_KEY"]', 'API_KEY = settings.BANK_API_KEY')
    body = "\n".join([
        "import os, requests",
        "from telegram.ext import Application, CommandHandler",
        "",
        tl, al, f"CHAT_ID = {chat}  " + cmt(lang, "gruppo 'Spese di casa'", "'House expenses' group"),
        "",
        "async def saldo(update, ctx):",
        f"    r = requests.get('https://api.example-bank-data.com/v1/accounts/{uid()}/balances',",
        "                     headers={'Authorization': f'Bearer {API_KEY}'}, timeout=10)",
        "    await update.message.reply_text(r.json()['balances'][0]['balanceAmount']['amount'])",
        "",
        "app = Application.builder().token(TOKEN).build()",
        "app.add_handler(CommandHandler('saldo', saldo))",
        "app.run_polling()",
    ])
    intro = L(lang, [
        "Ho fatto un bot Telegram per il gruppo di famiglia che risponde col saldo; ogni tanto va in timeout. Codice:",
        "Bot per le spese condivise con i coinquilini, /saldo risponde 403. Questo è il codice",
    ], [
        "Made a Telegram bot for the family group that replies with our balance; it times out sometimes. Code:",
        "Bot for shared expenses with my flatmates, /saldo gives a 403. Here's the code",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["bot telegram saldo", "403 dal bot"], ["telegram balance bot", "403 from bot"]))


@gen(1.3)
def g_appsscript(lang, leak):
    sec = []
    sheet = tok(44, B62 + "-_")
    if leak:
        k = pick(tok(40), "live_" + tok(36), hexs(48))
        kl = f"const API_KEY = '{k}';"
        sec.append(("access_token", k))
    else:
        kl = pick("const API_KEY = PropertiesService.getScriptProperties().getProperty('API_KEY');",
                  "const API_KEY = PropertiesService.getUserProperties().getProperty('bankKey');",
                  "const API_KEY = SpreadsheetApp.getActive().getRangeByName('Token').getValue(); // cella nascosta")
    body = "\n".join([
        kl,
        f"const SHEET_ID = '{sheet}';",
        "",
        f"function {L(lang, 'aggiornaMovimenti', 'refreshTransactions')}() {{",
        f"  const res = UrlFetchApp.fetch('https://api.example-bank-data.com/v1/accounts/{uid()}/transactions?date_from=' + inizioMese(), {{",
        "    headers: { Authorization: 'Bearer ' + API_KEY },",
        "    muteHttpExceptions: true",
        "  });",
        "  const rows = JSON.parse(res.getContentText()).transactions.booked",
        "    .map(t => [t.bookingDate, t.transactionAmount.amount, t.remittanceInformationUnstructured]);",
        f"  SpreadsheetApp.openById(SHEET_ID).getSheetByName('{L(lang, 'Movimenti', 'Transactions')}')",
        "    .getRange(2, 1, rows.length, 3).setValues(rows);",
        "}",
    ])
    intro = L(lang, [
        "Ho un Google Sheet con il budget familiare che si aggiorna da solo tramite Apps Script. Da lunedì Exception: Request failed 401:",
        "Il foglio delle spese di casa non si aggiorna più, mia moglie mi uccide :) script qui:",
        "Apps Script per il bilancio familiare, il trigger orario fallisce. Vi incollo il codice",
    ], [
        "I've a Google Sheet for the family budget that refreshes itself via Apps Script. Since Monday: Exception: Request failed 401.",
        "The household spending sheet stopped refreshing and my partner is not amused :) script:",
        "Apps Script for our family budget, the hourly trigger fails. Code below",
    ])
    return dict(style="appsscript", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Google Sheet budget 401", "Apps Script"], ["budget sheet 401", "Apps Script trigger"]))


@gen(1.1)
def g_plaid(lang, leak):
    cid = hexs(24)
    sec = []
    lines = [f"PLAID_CLIENT_ID={cid}"]
    if leak:
        s = hexs(30)
        lines.append(f"PLAID_SECRET={s}")
        sec.append(("vendor_key", s))
        if chance(0.5):
            a = f"access-{pick('sandbox', 'production')}-{uid()}"
            lines.append(f"PLAID_ACCESS_TOKEN={a}")
            sec.append(("access_token", a))
    else:
        lines.append(pick("PLAID_SECRET=", "PLAID_SECRET=${PLAID_SECRET}", "PLAID_SECRET=<your sandbox secret>", "# PLAID_SECRET in 1password: op://Personal/Plaid/secret"))
    lines += [f"PLAID_ENV={pick('sandbox', 'production')}", "PLAID_PRODUCTS=transactions", f"PLAID_COUNTRY_CODES={pick('GB,IE', 'US,GB', 'GB')}",
              f"# item_id: {tok(37)}", f"# request_id: {tok(15)}"]
    body = "\n".join(lines)
    intro = L(lang, [
        "La mia app di budget personale usa sia Plaid (per il conto UK) sia voi; vi mando il .env per mostrare come gestisco le chiavi:",
        "Sto migrando la mia app di finanza personale da Plaid a voi, questo è il vecchio .env:",
    ], [
        "My personal budgeting app uses Plaid for the UK account and you for the rest; here's the .env to show how keys are handled:",
        "Moving my personal-finance side project from Plaid to you, this is the old .env:",
    ])
    return dict(style="env", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["migrazione da Plaid", "app budget"], ["migrating from Plaid", "budget app"]))


@gen(1.1)
def g_truelayer(lang, leak):
    cid = f"sandbox-{pick('budgetapp', 'famledger', 'pennywise', 'contidicasa')}-{hexs(6)}"
    sec = []
    if leak:
        what = pick("secret", "code", "refresh", "secret")
        s = uid() if chance(0.5) else tok(36, HEX)
        cs = f'"{s}"' if what == "secret" else 'os.environ["TL_CLIENT_SECRET"]'
        if what == "secret":
            sec.append(("client_secret", s))
        code = hexs(64) if what == "code" else "request.args['code']"
        if what == "code":
            sec.append(("access_token", code))
        rt = hexs(64).upper() if what == "refresh" else None
        if rt:
            sec.append(("refresh_token", rt))
    else:
        cs = pick('os.environ["TL_CLIENT_SECRET"]', "settings.TRUELAYER_CLIENT_SECRET", '"<client_secret>"')
        code = "request.args['code']"
        rt = None
    c = f'"{code}"' if not code.startswith("request") else code
    lines = ["import os, requests", "",
             "resp = requests.post('https://auth.truelayer-sandbox.com/connect/token', data={",
             "    'grant_type': 'authorization_code',",
             f"    'client_id': '{cid}',",
             f"    'client_secret': {cs},",
             "    'redirect_uri': 'http://localhost:3000/callback',",
             f"    'code': {c},",
             "})", "print(resp.status_code, resp.text)"]
    if rt:
        lines += ["", cmt(lang, "refresh salvato l'ultima volta:", "refresh token saved last time:"), f"REFRESH = '{rt}'"]
    body = "\n".join(lines)
    intro = L(lang, [
        "Nella mia app per dividere le spese con la mia compagna ho ancora un pezzo su TrueLayer e ottengo invalid_grant:",
        "Scambio del codice che fallisce (invalid_grant), vi mando lo snippet per confronto col vostro flusso:",
    ], [
        "My split-the-bills app for me and my partner still has a TrueLayer bit and it returns invalid_grant:",
        "Code exchange failing with invalid_grant, snippet for comparison with your flow:",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["invalid_grant", "scambio codice"], ["invalid_grant", "code exchange"]))


@gen(1.0)
def g_enablebanking(lang, leak):
    app_id = uid()
    sec = []
    if leak:
        indent = pick("", "    ")
        k = pem_private(pick("RSA PRIVATE KEY", "PRIVATE KEY"), indent=indent)
        kl = f'PRIVATE_KEY = """{k}"""' if indent == "" else f'PRIVATE_KEY = """\n    {k}\n    """'
        sec.append(("private_key", k))
    else:
        kl = pick(f'PRIVATE_KEY = open("{app_id}.pem").read()', 'PRIVATE_KEY = os.environ["EB_PRIVATE_KEY"]',
                  "PUBLIC_KEY = '''" + pem_public() + "'''  " + cmt(lang, "questa è quella pubblica caricata sul portale", "the public one uploaded to the portal"))
    body = "\n".join([
        "import jwt, time, os", "",
        kl, "",
        "iat = int(time.time())",
        "token = jwt.encode({'iss': 'enablebanking.com', 'aud': 'api.enablebanking.com', 'iat': iat, 'exp': iat + 3600},",
        f"                   PRIVATE_KEY, algorithm='RS256', headers={{'kid': '{app_id}'}})",
    ])
    intro = L(lang, [
        "Per un progettino personale che aggrega i conti di casa firmo un JWT così, ma ottengo 'invalid signature'. È giusto?",
        "Confronto con un altro aggregatore: è così che si firma il JWT dell'applicazione? Codice:",
    ], [
        "For a personal project aggregating our household accounts I sign a JWT like this and get 'invalid signature'. Right approach?",
        "Comparing with another aggregator - is this how the application JWT gets signed? Code:",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["firma JWT", "invalid signature"], ["JWT signing", "invalid signature"]))


def wa_lines(lang, msgs, names):
    """WhatsApp-like export lines"""
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    hh, mm = R.randint(7, 22), R.randint(0, 50)
    out = []
    for who, text in msgs:
        mm += R.randint(0, 6)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        n = names[who]
        if lang == "it":
            out.append(pick(f"[{d:02d}/{m:02d}/26, {hh:02d}:{mm:02d}:{R.randint(0, 59):02d}] {n}: {text}", f"{d:02d}/{m:02d}/26, {hh:02d}:{mm:02d} - {n}: {text}"))
        else:
            h12 = hh % 12 or 12
            out.append(pick(f"[{d:02d}/{m:02d}/2026, {hh:02d}:{mm:02d}:{R.randint(0, 59):02d}] {n}: {text}", f"{m}/{d}/26, {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'} - {n}: {text}"))
    return "\n".join(out)


@gen(2.8)
def g_family_chat(lang, leak):
    a, b = first(lang), pick(L(lang, "Mamma", "Mum"), L(lang, "Papà", "Dad"), first(lang), L(lang, "Amore ❤️", "Babe ❤️"), L(lang, "Nonna", "Gran"))
    names = {0: a, 1: b}
    sec = []
    if leak:
        kind = pick("pw", "card", "pin", "otp", "iban", "cardcvv", "pw")
        if kind == "pw":
            p = password()
            sec.append(("password", p))
            msgs = L(lang, [(1, pick("mi ridici la password dell'home banking?", "non mi ricordo più la password della banca 😩")),
                            (0, pick(f"è {p}", f"{p} (con la maiuscola all'inizio)", f"password: {p}", f"{p}\nnon girarla a nessuno eh")),
                            (1, "ok grazie, poi la cambio"), (0, "👍")],
                     [(1, pick("what's the online banking password again?", "forgot the bank password 😩")),
                      (0, pick(f"it's {p}", f"{p} (capital at the start)", f"pw: {p}", f"{p}\ndon't send it to anyone")),
                      (1, "ta, will change it later"), (0, "👍")])
        elif kind in ("card", "cardcvv"):
            c = fmt_card(card_digits())
            sec.append(("card_number", c))
            cv = None
            if kind == "cardcvv":
                cv = cvv(4 if c.replace(" ", "").replace("-", "")[:2] in ("37", "34") else 3)
                sec.append(("cvv", cv))
            tail = (L(lang, f" cvv {cv}", f" cvc {cv}") if cv else "")
            msgs = L(lang, [(0, pick("mi mandi i dati della carta per rinnovare netflix?", "devo pagare la mensa, mi dai la carta?")),
                            (1, f"{c} scad {expiry()}{tail}"), (0, "fatto, grazie")],
                     [(0, pick("can you send the card details for the council parking permit?", "need the card to renew the car insurance")),
                      (1, f"{c} exp {expiry()}{tail}"), (0, "done, cheers")])
        elif kind == "pin":
            p = pin(pick(4, 5))
            sec.append(("pin", p))
            msgs = L(lang, [(1, "sono al bancomat e non mi ricordo il pin"), (0, pick(f"{p}", f"è {p}", f"il pin è {p}, poi cancella il messaggio")), (1, "grazie tesoro")],
                     [(1, "at the cash machine and can't remember the pin"), (0, pick(f"{p}", f"it's {p}", f"pin is {p}, delete this after")), (1, "thanks love")])
        elif kind == "otp":
            p = pin(6)
            sec.append(("pin", p))
            msgs = L(lang, [(0, "ti è arrivato un sms dalla banca? sto collegando il conto all'app del budget"),
                            (1, pick(f"sì dice: il tuo codice è {p} non comunicarlo a nessuno", f"{p}", f"codice {p}")), (0, "perfetto, collegato")],
                     [(0, "did you get a text from the bank? linking the account to the budget app"),
                      (1, pick(f"yes it says your code is {p} never share it", f"{p}", f"code {p}")), (0, "perfect, linked")])
        else:
            ib = fmt_iban(make_iban(pick("IT", "IT", "GB", "DE")))
            sec.append(("iban", ib))
            msgs = L(lang, [(1, "mi mandi l'iban per il bonifico dell'affitto?"), (0, ib), (1, "ok fatto istantaneo")],
                     [(1, "send me the iban for the rent?"), (0, ib), (1, "done, instant transfer")])
    else:
        kind = pick("pwtalk", "masked", "otptalk", "ref", "bic")
        if kind == "pwtalk":
            msgs = L(lang, [(1, "mi ridici la password dell'home banking?"), (0, pick("non per whatsapp! te la dico stasera", "è sul foglietto nel cassetto, non la scrivo qui", "usa il gestore password, l'ho condivisa lì")),
                            (1, "uffa ok"), (0, "e attiva la notifica per l'accesso")],
                     [(1, "what's the online banking password again?"), (0, pick("not over whatsapp! I'll tell you tonight", "it's in the drawer, not typing it here", "use the password manager, I shared it there")),
                      (1, "fine"), (0, "and turn on the login notification")])
        elif kind == "masked":
            msgs = L(lang, [(0, "quale carta hai usato per la mensa?"), (1, f"quella che finisce con {digits(4)}"), (0, f"ok, addebitati {amount(lang)} il {date(lang)}")],
                     [(0, "which card did you use for the school dinners?"), (1, f"the one ending {digits(4)}"), (0, f"ok, {amount(lang)} taken on {date(lang)}")])
        elif kind == "otptalk":
            msgs = L(lang, [(0, "ti arriva un sms dalla banca con un codice, NON me lo mandare, inseriscilo tu nell'app"), (1, "ok... fatto, dice 'consenso attivo fino al " + date(lang) + "'"), (0, "grande")],
                     [(0, "you'll get a text with a code from the bank, DON'T send it to me, type it in the app"), (1, "ok... done, it says 'consent active until " + date(lang) + "'"), (0, "legend")])
        elif kind == "ref":
            msgs = L(lang, [(1, "il bonifico del condominio è partito?"), (0, f"sì, CRO {digits(11)}, {amount(lang)}"), (1, f"ok, la ricevuta dice pratica n. {digits(8)}")],
                     [(1, "did the service charge payment go through?"), (0, f"yes, ref FP{digits(14)}, {amount(lang)}"), (1, f"ok, receipt says case no. {digits(8)}")])
        else:
            msgs = L(lang, [(1, "per il bonifico estero cosa metto?"), (0, f"il BIC è {R.choice(BICS)}, l'iban te lo mando per mail"), (1, "ok")],
                     [(1, "what do I put for the transfer abroad?"), (0, f"BIC is {R.choice(BICS)}, iban by email"), (1, "ok")])
    body = wa_lines(lang, msgs, names)
    intro = L(lang, [
        "Vi inoltro la chat, forse serve per capire perché il collegamento non è andato a buon fine:",
        "Scusate se vi mando la chat intera, non so copiare solo il pezzo giusto",
        "Allego conversazione con mia moglie, poi l'app ha dato errore",
        "chat esportata qui sotto",
    ], [
        "Forwarding the chat, might help you see why linking failed:",
        "Sorry for sending the whole chat, don't know how to copy just the bit",
        "Conversation with my wife below, after that the app errored",
        "exported chat below",
    ])
    return dict(style="chat", body=body, secrets=sec, intro=intro, chatty=True,
                subj=L(lang, ["collegamento conto", "errore app"], ["account linking", "app error"]))


@gen(1.4)
def g_flatmates(lang, leak):
    sec = []
    n = [first(lang) for _ in range(3)]
    rent = R.randint(350, 900)
    if lang == "it":
        lines = [f"Spese casa {pick('via Padova', 'Bolognina', 'San Salvario', 'Pigneto')} - {pick('marzo', 'aprile', 'ottobre', 'novembre')}", "",
                 "| chi | affitto | bollette | totale |", "|---|---|---|---|"]
    else:
        lines = [f"Flat {pick('14B', '3', 'Top floor')} bills - {pick('March', 'April', 'October', 'November')}", "",
                 "| who | rent | bills | total |", "|---|---|---|---|"]
    for x in n:
        b = R.randint(20, 90)
        lines.append(f"| {x} | {rent} | {b} | {rent + b} |")
    lines.append("")
    if leak:
        form = pick("iban", "gb", "splitwise", "iban", "bban")
        if form == "iban":
            ib = fmt_iban(make_iban(pick("IT", "GB", "IE", "FR", "ES")))
            lines.append(L(lang, f"Pagate a {n[0]} entro il 5, IBAN {ib} (causale: affitto + mese)", f"Pay {n[0]} by the 5th, IBAN {ib} (ref: rent + month)"))
            sec.append(("iban", ib))
        elif form == "gb":
            sc, an = gb_account()
            lines.append(f"Pay {n[0]}: sort code {sc}, acc {an}" if lang == "en" else f"Per chi ha il conto UK: sort code {sc}, account {an}")
            sec.append(("bank_account", an))
        elif form == "bban":
            abi, cab, conto, cin = it_bban()
            lines.append(L(lang, f"Conto di {n[0]}: ABI {abi} CAB {cab} conto {conto}", f"{n[0]}'s Italian account: ABI {abi} CAB {cab} account {conto}"))
            sec.append(("bank_account", conto))
        else:
            k = tok(40)
            lines.append(L(lang, f"(la chiave api di splitwise per lo script è {k})", f"(splitwise api key for the script: {k})"))
            sec.append(("vendor_key", k))
    else:
        lines.append(pick(L(lang, f"Pagate a {n[0]} entro il 5, l'IBAN è nel gruppo fissato", f"Pay {n[0]} by the 5th, bank details pinned in the group"),
                          L(lang, f"IBAN di {n[0]}: IT** **** **** **** **** **{digits(2)} {digits(2)}", f"{n[0]}'s account: ****{digits(4)}"),
                          L(lang, f"Sort code del conto UK: {gb_account()[0]} (il numero lo chiede a lui)", f"Sort code {gb_account()[0]}, ask {n[0]} for the account number"),
                          L(lang, "splitwise: la chiave api la legge lo script da SPLITWISE_KEY", "splitwise: script reads the api key from SPLITWISE_KEY")))
    body = "\n".join(lines)
    intro = L(lang, [
        "Dividiamo le spese in casa con la vostra API collegata a Splitwise; il riepilogo del mese esce così:",
        "Ciao, coinquilini disperati qui. Il riepilogo che il nostro script genera:",
    ], [
        "We split our flat's bills with your API hooked to Splitwise; the monthly summary comes out like this:",
        "hi, desperate flatmates here. The summary our script produces:",
    ])
    return dict(style="markdown", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["spese coinquilini", "riepilogo mese"], ["flat bills", "monthly summary"]))


@gen(1.3)
def g_domestic_letter(lang, leak):
    who = person(lang)
    sec = []
    if leak:
        form = pick("it3", "itbban", "de", "fr", "es", "gb")
        if form == "it3":
            abi, cab, conto, cin = it_bban()
            sep = pick(" ", "", "-")
            cv = conto if sep == "" else conto[:len(conto) // 2] + sep + conto[len(conto) // 2:]
            lines = [f"Banca: {pick('Intesa Sanpaolo', 'BPER', 'Credem', 'Banca Sella', 'BancoPosta')}", f"ABI: {abi}", f"CAB: {cab}", f"{pick('Conto', 'C/C', 'N. conto', 'Rapporto')}: {cv}"]
            sec.append(("bank_account", cv))
        elif form == "itbban":
            abi, cab, conto, cin = it_bban()
            v = pick(f"{cin}{abi}{cab}{conto}", f"{cin} {abi} {cab} {conto}", f"{cin}-{abi}-{cab}-{conto}")
            lines = [L(lang, f"Coordinate nazionali (BBAN): {v}", f"Italian domestic coordinates (BBAN): {v}")]
            sec.append(("bank_account", v))
        elif form == "de":
            blz, kto = de_account()
            lines = [f"Bank: {pick('Sparkasse', 'Volksbank', 'Commerzbank')}", f"BLZ: {blz}", f"{pick('Kontonummer', 'Konto-Nr.', 'Kto')}: {kto}"]
            sec.append(("bank_account", kto))
        elif form == "fr":
            b, g, c, k = fr_rib()
            v = pick(f"{b} {g} {c} {k}", f"{b}{g}{c}{k}")
            lines = [f"RIB : {v}", f"Banque {b} / Guichet {g}"]
            sec.append(("bank_account", v))
        elif form == "es":
            e, o, dc, c = es_ccc()
            v = pick(f"{e} {o} {dc} {c}", f"{e}-{o}-{dc}-{c}", f"{e}{o}{dc}{c}")
            lines = [f"CCC: {v}"]
            sec.append(("bank_account", v))
        else:
            sc, an = gb_account()
            lines = [f"Sort code: {sc}", f"Account no: {an}"]
            sec.append(("bank_account", an))
    else:
        form = pick("abicab", "bic", "sortcode", "cliente", "creditor")
        if form == "abicab":
            lines = [f"ABI: {R.choice(IT_ABI)}", f"CAB: {digits(5, True)}", L(lang, "Conto: (ve lo comunica la banca)", "Account: (bank will tell you)")]
        elif form == "bic":
            lines = [f"BIC/SWIFT: {R.choice(BICS)}", L(lang, f"Filiale: {digits(4)}", f"Branch: {digits(4)}")]
        elif form == "sortcode":
            lines = [f"Sort code: {gb_account()[0]}", "Account no: ****" + digits(4)]
        elif form == "cliente":
            lines = [L(lang, f"Codice cliente: {codice_cliente()}", f"Customer number: {codice_cliente()}"), L(lang, f"Codice utente: {codice_cliente()}", f"Membership no: {digits(10)}")]
        else:
            lines = [L(lang, f"Identificativo creditore SEPA: {creditor_id()}", f"SEPA creditor id: {creditor_id()}"), L(lang, f"Riferimento mandato: {tok(12, UP + string.digits)}", f"Mandate reference: {tok(12, UP + string.digits)}")]
    lines.insert(0, L(lang, f"Intestatario: {who}", f"Account holder: {who}"))
    body = "\n".join(lines)
    intro = L(lang, [
        "Per collegare il conto di mio padre (ho la delega) l'app mi chiede l'IBAN ma io ho solo questi dati dalla lettera della banca:",
        "Vi ricopio i dati dalla lettera della banca, quale devo mettere nel campo 'conto'?",
        "buongiorno, ho solo il vecchio libretto con questi dati, come faccio a collegarlo?",
    ], [
        "To link my dad's account (I have power of attorney) the app wants an IBAN, I only have this from the bank's letter:",
        "Copying the details off the bank letter - which goes in the 'account' field?",
        "morning, all I have is this from an old chequebook, how do I link it?",
    ])
    return dict(style=pick("letter", "form"), body=body, secrets=sec, intro=intro,
                subj=L(lang, ["dati conto", "collegare conto papà"], ["account details", "linking dad's account"]))


@gen(1.2)
def g_provider_py(lang, leak):
    sec = []
    if leak:
        k = pick(tok(48), "sk_" + tok(40), hexs(40), tok(32) + "." + tok(24))
        kl = pick(f'API_KEY = "{k}"', f'HEADERS = {{"Authorization": "Bearer {k}"}}', f"api_key='{k}'")
        sec.append(("access_token", k))
    else:
        kl = pick('API_KEY = os.environ["API_KEY"]', 'HEADERS = {"Authorization": f"Bearer {os.environ[\'BANKDATA_TOKEN\']}"}',
                  "api_key = keyring.get_password('bankdata', 'me')", 'API_KEY = "YOUR_API_KEY"  ' + cmt(lang, "da sostituire", "replace me"))
    body = "\n".join([
        "import os, requests, csv",
        kl,
        "",
        f"ACCOUNT = '{uid()}'",
        f"for page in range(1, {R.randint(3, 9)}):",
        "    r = requests.get(f'https://api.example-bank-data.com/v1/accounts/{ACCOUNT}/transactions',",
        "                     params={'page': page, 'date_from': '" + iso_date() + "'},",
        "                     headers=" + ("HEADERS" if "HEADERS" in kl else "{'Authorization': 'Bearer ' + " + ("API_KEY" if "API_KEY" in kl else "api_key") + "}") + ")",
        "    print(r.status_code, r.headers.get('x-request-id'))",
    ])
    rid = uid()
    out = f"200 {uid()}\n200 {uid()}\n429 {rid}"
    body += "\n\n" + L(lang, "# output:", "# output:") + "\n" + out
    intro = L(lang, [
        "Lo script con cui scarico i movimenti per la dichiarazione dei redditi si ferma con 429 alla terza pagina:",
        "Faccio il 730 di tutta la famiglia e scarico le spese con questo script; a un certo punto 429:",
    ], [
        "The script I use to pull transactions for our self-assessment stops with a 429 on page three:",
        "I do the family's tax return and pull expenses with this; at some point 429:",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["429 paginazione", "limite richieste"], ["429 on pagination", "rate limit"]))


@gen(1.0)
def g_fints(lang, leak):
    blz = R.choice(DE_BLZ)
    sec = []
    user = uname()
    if leak:
        p = pick(pin(5), tok(8, B62), pin(6))
        pl = f"'{p}'"
        sec.append(("pin", p))
        if chance(0.4):
            t = pin(6)
            sec.append(("pin", t))
            tan_line = f"client.send_tan(res, '{t}')  " + cmt(lang, "TAN dal chipTAN", "TAN from the chipTAN reader")
        else:
            tan_line = "client.send_tan(res, input('TAN: '))"
    else:
        pl = pick("getpass.getpass('PIN: ')", "os.environ['FINTS_PIN']", "keyring.get_password('fints', USER)")
        tan_line = "client.send_tan(res, input('TAN: '))"
    body = "\n".join([
        "import getpass, os, keyring",
        "from fints.client import FinTS3PinTanClient",
        f"USER = '{user}'",
        f"client = FinTS3PinTanClient('{blz}', USER, {pl}, 'https://banking-{pick('dkb', 'sparkasse', 'voba')}.de/fints',",
        f"                            product_id='{tok(25, UP + string.digits)}')",
        "with client:",
        "    res = client.get_sepa_accounts()",
        "    " + tan_line,
    ])
    intro = L(lang, [
        "Ho anche un conto in Germania (lavoro lì metà anno) che leggo via FinTS; vorrei passarlo a voi. Oggi faccio così:",
        "Per il conto tedesco uso python-fints e vorrei capire se la vostra API lo copre. Il mio codice:",
    ], [
        "I also have a German account (I work there half the year) that I read via FinTS; I'd like to move it to you. Currently:",
        "For the German account I use python-fints, do you cover it? My code:",
    ])
    return dict(style="python", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["conto tedesco FinTS", "copertura Germania"], ["German account via FinTS", "German coverage"]))


@gen(1.4)
def g_sca_story(lang, leak):
    inst = R.choice(INST)
    cons = uid()
    sec = []
    if leak:
        code = pin(pick(6, 6, 8, 5))
        sec.append(("pin", code))
        mid = L(lang, pick(f"mi è arrivato l'sms con il codice {code} e l'ho inserito, ma la pagina è tornata bianca.",
                           f"ho digitato il codice OTP {code} due volte, niente.",
                           f"la banca mi ha mandato {code} via sms (scade in 5 minuti) e l'ho messo subito."),
                      pick(f"I got the text with code {code}, typed it and the page went blank.",
                           f"entered the OTP {code} twice, nothing.",
                           f"the bank texted {code} (valid 5 minutes) and I entered it straight away."))
    else:
        mid = L(lang, pick("mi è arrivato l'sms col codice, l'ho inserito, ma la pagina è tornata bianca.",
                           "il codice OTP non arriva proprio, ho aspettato 10 minuti.",
                           f"l'app della banca chiede conferma con l'impronta, poi torna su una pagina con errore {pick('PSU_CREDENTIALS_INVALID', 'CONSENT_EXPIRED', 'ACCESS_EXCEEDED')}."),
                      pick("I got the text with the code, typed it in and the page went blank.",
                           "the OTP never arrives, waited 10 minutes.",
                           f"the banking app asks for my fingerprint then lands on an error page {pick('PSU_CREDENTIALS_INVALID', 'CONSENT_EXPIRED', 'ACCESS_EXCEEDED')}."))
    body = L(lang,
             f"Ogni 90 giorni devo rinnovare il consenso per {inst} e ogni volta è un dramma. Oggi {date(lang)} alle {R.randint(8, 22)}:{R.randint(10, 59)} ho cliccato sul link, {mid}\n"
             f"Id consenso: {cons}\nRiferimento: {hexs(8)}\nTelefono: {phone(lang)}",
             f"Every 90 days I have to renew consent for {inst} and it's always a drama. Today {date(lang)} at {R.randint(8, 22)}:{R.randint(10, 59)} I clicked the link, {mid}\n"
             f"Consent id: {cons}\nReference: {hexs(8)}\nPhone: {phone(lang)}")
    intro = L(lang, ["", "Buongiorno,", "Salve,", "ciao"], ["", "Hi,", "Hello,", "hey"])
    return dict(style="prose", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["rinnovo consenso 90 giorni", "consenso scaduto", "SCA non va"], ["90-day reconsent", "consent expired", "SCA failing"]))


@gen(2.0)
def g_card_ticket(lang, leak):
    sec = []
    if leak:
        d = card_digits()
        c = fmt_card(d)
        sec.append(("card_number", c))
        exp = expiry()
        if chance(0.6):
            v = cvv(4 if d[:2] == "37" else 3)
            sec.append(("cvv", v))
            cline = L(lang, pick(f"CVV: {v}", f"codice dietro {v}", f"cvc {v}"), pick(f"CVV: {v}", f"security code {v}", f"cvc {v}"))
        else:
            cline = ""
        line = L(lang, f"Carta: {c}   Scadenza: {exp}   {cline}", f"Card: {c}   Expiry: {exp}   {cline}")
    else:
        form = pick("mask", "bad", "last4", "token")
        if form == "mask":
            line = L(lang, f"Carta: {pick('**** **** **** ', '•••• ', 'XXXX-XXXX-XXXX-')}{digits(4)}   Scadenza: {expiry()}", f"Card: {pick('**** **** **** ', '•••• ', 'XXXX-XXXX-XXXX-')}{digits(4)}   Expiry: {expiry()}")
        elif form == "bad":
            c = fmt_card(bad_card_digits())
            line = L(lang, f"Il numero che il modulo rifiuta come 'non valido' è {c}, l'ho ricopiato due volte", f"The number the form rejects as invalid is {c}, retyped it twice")
        elif form == "last4":
            line = L(lang, f"Carta che termina con {digits(4)}, addebito {amount(lang)} del {date(lang)}, autorizzazione {digits(6)}", f"Card ending {digits(4)}, charge {amount(lang)} on {date(lang)}, auth code {digits(6)}")
        else:
            line = L(lang, f"payment_method: pm_{tok(24)}  fingerprint: {tok(16)}", f"payment_method: pm_{tok(24)}  fingerprint: {tok(16)}")
    body = L(lang,
             f"Ho provato ad aggiungere la carta prepagata di mio figlio all'app del budget familiare ma dà errore.\n{line}\n{pick('Grazie', 'Cordiali saluti', 'grazie mille')}",
             f"Tried adding my son's prepaid card to our family budget app and it errors.\n{line}\n{pick('Thanks', 'Kind regards', 'cheers')}")
    return dict(style="prose", body=body, secrets=sec, intro=[""],
                subj=L(lang, ["carta prepagata", "carta rifiutata"], ["prepaid card", "card rejected"]))


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@gen(1.1)
def g_bitwarden(lang, leak):
    sec = []
    if leak:
        rows = ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp"]
        n = R.randint(1, 3)
        for i in range(n):
            p = password()
            t = tok(32, B32) if chance(0.35) else ""
            site = pick("fineco.it", "intesasanpaolo.com", "monzo.com", "actual.casa.lan", "firefly.local", "octopus.energy", "poste.it")
            rows.append(f"{L(lang, 'Banca', 'Money')},{pick('1', '')},login,{site},,,0,https://{site},{uname()},{p},{t}")
            sec.append(("password", p))
            if t:
                sec.append(("client_secret", t))
        body = "\n".join(rows)
        intro = L(lang, ["Ho esportato il gestore password per capire quale utenza usa l'app, ecco le righe che riguardano le banche:",
                         "righe dell'export di bitwarden (solo quelle della banca):"],
                  ["Exported the password manager to see which login the app uses, bank rows below:",
                   "rows from the bitwarden export (bank ones only):"])
    else:
        items = []
        for _ in range(R.randint(1, 3)):
            items.append({"id": uid(), "organizationId": None, "folderId": uid(), "type": 1, "reprompt": 0,
                          "name": f"2.{b64(16)}|{b64(32)}|{b64(32)}",
                          "login": {"username": f"2.{b64(16)}|{b64(16)}|{b64(32)}", "password": f"2.{b64(16)}|{b64(32)}|{b64(32)}", "totp": None}})
        body = json.dumps({"encrypted": True, "passwordProtected": True, "salt": b64(16), "kdfType": 0, "kdfIterations": 600000,
                           "encKeyValidation_DO_NOT_EDIT": f"2.{b64(16)}|{b64(32)}|{b64(32)}", "items": items}, indent=2)
        intro = L(lang, ["Export cifrato di Bitwarden (è cifrato, vero? solo per farvi vedere la struttura):",
                         "vi allego l'export protetto da password, non si legge niente giusto?"],
                  ["Encrypted Bitwarden export (it is encrypted, right? just to show the structure):",
                   "attaching the password-protected export, nothing readable in there, correct?"])
    return dict(style="csv" if leak else "json", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["export password manager", "quale utenza"], ["password manager export", "which login"]))


@gen(1.2)
def g_crontab(lang, leak):
    sec = []
    lines = ["# m h  dom mon dow   command"]
    if leak:
        form = pick("basic", "mysql", "pair", "url")
        if form == "basic":
            u, p = uname(), password()
            pair = f"{u}:{p}"
            lines.append(f"0 6 * * * curl -fsS -u '{pair}' https://{host()}/import/run >> /var/log/import.log 2>&1")
            sec.append(("client_secret", pair))
        elif form == "pair":
            blob = base64.b64encode(f"{uname()}:{password()}".encode()).decode()
            lines.append(f"*/30 * * * * curl -s -H 'Authorization: Basic {blob}' http://{host()}:8080/autoimport")
            sec.append(("client_secret", blob))
        elif form == "mysql":
            p = password().replace("'", "")
            lines.append(f"30 2 * * * mysqldump -u firefly -p'{p}' firefly | gzip > /mnt/nas/backup/firefly-$(date +\\%F).sql.gz")
            sec.append(("password", p))
        else:
            t = tok(32)
            lines.append(f"0 3 * * * wget -qO- https://{host()}/api/v1/cron/{t}")
            sec.append(("access_token", t))
    else:
        lines.append(pick(f"0 6 * * * curl -fsS --netrc-file ~/.netrc-import https://{host()}/import/run",
                          f"30 2 * * * mysqldump --defaults-extra-file=/root/.my-firefly.cnf firefly | gzip > /mnt/nas/backup/ff.sql.gz",
                          f"0 3 * * * wget -qO- https://{host()}/api/v1/cron/$STATIC_CRON_TOKEN",
                          f"*/30 * * * * /usr/local/bin/import.sh  # legge le credenziali da /etc/import.env"))
    lines.append(f"15 4 * * 0 docker compose -f /opt/firefly/docker-compose.yml pull && docker compose -f /opt/firefly/docker-compose.yml up -d")
    body = "\n".join(lines)
    intro = L(lang, ["Il crontab del mio server di casa, l'import delle 6 non fa niente da una settimana:", "crontab -l sul raspberry:"],
              ["My home server's crontab, the 6am import has done nothing for a week:", "crontab -l on the pi:"])
    return dict(style="crontab", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["cron import", "import automatico"], ["cron import", "scheduled import"]))


@gen(1.1)
def g_pg_url(lang, leak):
    sec = []
    u = pick("firefly", "grafana", "ledger", "budget")
    h = host()
    if leak:
        p = password()
        enc = p.replace("@", "%40").replace("#", "%23").replace("?", "%3F").replace("/", "%2F").replace("%", "%25") if False else p
        enc = "".join({"@": "%40", "#": "%23", "?": "%3F", "/": "%2F", ":": "%3A"}.get(ch, ch) for ch in p)
        url = f"postgresql://{u}:{enc}@{h}:5432/{u}"
        sec.append(("password", enc))
    else:
        url = pick(f"postgresql://{u}@{h}:5432/{u}", f"postgresql://{u}:${{PGPASSWORD}}@{h}:5432/{u}", f"postgresql://{u}:****@{h}:5432/{u}")
    body = "\n".join([
        "[database]", "type = postgres", f"url = {url}", "ssl_mode = disable", "",
        "[security]", f"admin_user = {pick('admin', 'casa', 'dad')}", f"admin_password = {pick('$__file{/run/secrets/gf_admin}', '${GF_ADMIN_PASSWORD}', '')}",
    ])
    intro = L(lang, ["Grafana legge i saldi importati da voi; da quando ho aggiornato non si connette al db. grafana.ini:",
                     "Dashboard di famiglia in Grafana, errore 'pq: password authentication failed'. Config:"],
              ["Grafana reads the balances imported from you; since upgrading it can't reach the db. grafana.ini:",
               "Family dashboard in Grafana, 'pq: password authentication failed'. Config:"])
    return dict(style="ini", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["grafana db", "dashboard famiglia"], ["grafana db", "family dashboard"]))


@gen(1.1)
def g_ynab(lang, leak):
    sec = []
    budget = uid()
    if leak:
        t = pick(tok(43, B62 + "-_"), hexs(64), tok(50))
        hdr = f'-H "Authorization: Bearer {t}"'
        sec.append(("access_token", t))
    else:
        hdr = pick('-H "Authorization: Bearer $BUDGET_TOKEN"', '-H "Authorization: Bearer <PAT>"', "-H \"Authorization: Bearer ${{secrets.BUDGET_PAT}}\"")
    app = pick("ynab", "lunchmoney")
    if app == "ynab":
        call = f"curl {hdr} https://api.ynab.com/v1/budgets/{budget}/transactions?since_date={iso_date()}"
        out = json.dumps({"data": {"transactions": [{"id": uid(), "date": iso_date(), "amount": -R.randint(1000, 90000), "payee_name": pick("Esselunga", "Tesco", "Amazon"), "import_id": f"YNAB:-{R.randint(1000, 90000)}:{iso_date()}:1"}], "server_knowledge": R.randint(100, 9999)}}, indent=1)
    else:
        call = f"curl {hdr} 'https://dev.lunchmoney.app/v1/transactions?start_date={iso_date()}&end_date={iso_date()}'"
        out = json.dumps({"transactions": [{"id": R.randint(10 ** 8, 10 ** 9), "date": iso_date(), "payee": pick("Sainsbury's", "Pret", "Coop"), "amount": f"{R.randint(1, 99)}.{R.randint(0, 99):02d}", "plaid_account_id": None, "external_id": hexs(24)}]}, indent=1)
    body = call + "\n" + out
    intro = L(lang, ["Sincronizzo i vostri movimenti con la mia app di budget, ma arrivano doppi. Questo è quello che vedo dall'altra parte:",
                     "Controprova: la chiamata all'app di budget mostra due volte la stessa spesa"],
              ["I sync your transactions into my budgeting app but they arrive twice. This is what the other side shows:",
               "Cross-check: the budgeting app API shows the same spend twice"])
    return dict(style="shell", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["doppioni", "sincronizzazione budget"], ["duplicates", "budget sync"]))


@gen(1.1)
def g_powerquery(lang, leak):
    sec = []
    if leak:
        t = pick(tok(40), jwt("access"))
        hv = f'"Bearer {t}"'
        sec.append(("access_token", t))
    else:
        hv = pick('"Bearer " & Token', '"Bearer " & Excel.CurrentWorkbook(){[Name="ApiToken"]}[Content]{0}[Column1]', '"Bearer " & #"Parametro Token"')
    body = "\n".join([
        "let",
        ("    Token = Excel.CurrentWorkbook(){[Name=\"ApiToken\"]}[Content]{0}[Column1]," if "& Token" in hv else "    Inizio = Date.ToText(Date.StartOfMonth(DateTime.Date(DateTime.LocalNow())), \"yyyy-MM-dd\"),"),
        f"    Origine = Json.Document(Web.Contents(\"https://api.example-bank-data.com\", [RelativePath = \"v1/accounts/{uid()}/transactions\",",
        f"        Headers = [Authorization = {hv}]])),",
        "    Booked = Origine[transactions][booked],",
        "    Tabella = Table.FromRecords(Booked),",
        f"    #\"{L(lang, 'Tipo modificato', 'Changed Type')}\" = Table.TransformColumnTypes(Tabella, {{{{\"bookingDate\", type date}}}})",
        "in",
        f"    #\"{L(lang, 'Tipo modificato', 'Changed Type')}\"",
    ])
    intro = L(lang, ["Il file Excel del bilancio familiare usa Power Query per scaricare i movimenti. Errore: 'Credenziali non valide'. Query M:",
                     "query power query del foglio di casa (Excel 365):"],
              ["Our household Excel workbook uses Power Query to pull transactions. Error: 'Invalid credentials'. M query:",
               "power query from the home budget workbook (Excel 365):"])
    return dict(style="powerquery", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["Excel Power Query", "credenziali non valide"], ["Excel Power Query", "invalid credentials"]))


@gen(1.1)
def g_vba(lang, leak):
    sec = []
    if leak:
        t = tok(R.choice([32, 40, 48]))
        if chance(0.4):
            cut = R.randint(10, len(t) - 10)
            a, b = t[:cut], t[cut:]
            kl = f'Const API_KEY As String = "{a}" & _\n    "{b}"'
            sec.append(("access_token", a))
            sec.append(("access_token", b))
        else:
            kl = f'Const API_KEY As String = "{t}"'
            sec.append(("access_token", t))
    else:
        kl = pick('Dim API_KEY As String: API_KEY = Environ("BUDGET_API_KEY")', "Dim API_KEY As String: API_KEY = Sheets(\"Config\").Range(\"B2\").Value",
                  'Const API_KEY As String = "INSERISCI_QUI_LA_CHIAVE"')
    body = "\n".join([
        "Sub ScaricaMovimenti()" if lang == "it" else "Sub DownloadTransactions()",
        "    " + kl.replace("\n", "\n    "),
        "    Dim http As Object",
        "    Set http = CreateObject(\"MSXML2.XMLHTTP\")",
        f"    http.Open \"GET\", \"https://api.example-bank-data.com/v1/accounts/{uid()}/balances\", False",
        "    http.setRequestHeader \"Authorization\", \"Bearer \" & API_KEY",
        "    http.send",
        "    Sheets(\"Saldo\").Range(\"A1\").Value = http.responseText",
        "End Sub",
    ])
    intro = L(lang, ["Macro del foglio dei conti di casa, errore di runtime 401 sulla riga send:",
                     "Ho ereditato da mio zio questo file excel con una macro che legge il saldo, ora dà errore:"],
              ["Macro in the household accounts workbook, runtime 401 on the send line:",
               "Inherited this spreadsheet from my uncle with a macro that fetches the balance, now errors:"])
    return dict(style="vba", body=body, secrets=sec, intro=intro,
                subj=L(lang, ["macro excel", "errore 401 macro"], ["excel macro", "macro 401"]))


@gen(1.0)
def g_rclone(lang, leak):
    sec = []
    if leak:
        ak = "AKIA" + tok(16, UP + "234567")
        sk = tok(40, B62 + "/+")
        sec += [("vendor_key", ak), ("vendor_key", sk)]
        lines = ["[s3-ledger]", "type = s3", "provider = AWS", "env_auth = false", f"access_key_id = {ak}", f"secret_access_key = {sk}", "region = eu-south-1"]
    else:
        lines = pick(["[s3-ledger]", "type = s3", "provider = AWS", "env_auth = true", "region = eu-south-1"],
                     ["[s3-ledger]", "type = s3", "provider = AWS", "access_key_id = AKIAIOSFODNN7EXAMPLE", "secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = eu-south-1", "# ^ valori d'esempio della documentazione"],
                     ["[crypt-ledger]", "type = crypt", "remote = s3-ledger:backup", f"password = *** ENCRYPTED ***", "filename_encryption = standard"])
    lines += ["", f"$ rclone sync ~/ledger s3-ledger:{pick('famiglia', 'family')}-ledger-backup --dry-run"]
    body = "\n".join(lines)
    intro = L(lang, ["Faccio backup del ledger di famiglia su S3, e il file scaricato da voi ha nomi con caratteri strani che rclone rifiuta. rclone.conf:",
                     "backup notturno con rclone, errore sui nomi dei file dell'export. config:"],
              ["I back up the family ledger to S3 and your export's filenames have odd characters rclone rejects. rclone.conf:",
               "nightly rclone backup, fails on the export filenames. config:"])
    return dict(style="ini", body=body, secrets=sec, intro=intro, subj=L(lang, ["nomi file export", "backup"], ["export filenames", "backup"]))


@gen(1.1)
def g_vendor_misc(lang, leak):
    sec = []
    what = pick("gh", "openai", "stripe", "whsec", "binance", "slack")
    if what == "gh":
        if leak:
            t = pick("ghp_", "github_pat_11") + tok(36 if chance(0.7) else 59, B62 if True else B62)
            line = f"git remote set-url origin https://{uname()}:{t}@github.com/{uname()}/ledger-famiglia.git"
            sec.append(("vendor_key", t))
        else:
            line = f"git log --oneline -3\n{commit()[:7]} {L(lang, 'import marzo', 'march import')}\n{commit()[:7]} fix bean-check\n{commit()[:7]} init"
        ctx = L(lang, "Il repository privato col ledger di famiglia:", "Our private family ledger repo:")
    elif what == "openai":
        if leak:
            t = "sk-proj-" + tok(48, B62 + "-_") + tok(20)
            line = f'client = OpenAI(api_key="{t}")'
            sec.append(("vendor_key", t))
        else:
            line = pick('client = OpenAI()  # OPENAI_API_KEY dall\'ambiente', 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])')
        line += "\nresp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': categorizza(tx)}])"
        ctx = L(lang, "Uso un LLM per categorizzare le spese che arrivano da voi:", "I use an LLM to categorise the transactions coming from you:")
    elif what == "stripe":
        if leak:
            t = pick("sk_live_", "sk_test_", "rk_live_") + tok(R.choice([24, 99]))
            line = f"STRIPE_KEY={t}\nSTRIPE_PUBLISHABLE=pk_live_{tok(24)}"
            sec.append(("vendor_key", t))
        else:
            line = f"STRIPE_PUBLISHABLE=pk_live_{tok(24)}\nSTRIPE_KEY=${{STRIPE_SECRET_KEY}}\nPRICE_ID=price_{tok(24)}"
        ctx = L(lang, "Nel sito dove vendo i miei fogli di budget (template Excel) ho:", "On the little site where I sell my budget spreadsheet templates:")
    elif what == "whsec":
        if leak:
            t = "whsec_" + tok(32)
            line = f"endpoint_secret = '{t}'"
            sec.append(("private_key", t))
        else:
            line = f"Stripe-Signature: t={R.randint(1700000000, 1800000000)},v1={sha256()}\nendpoint_secret = os.environ['STRIPE_WEBHOOK_SECRET']"
        ctx = L(lang, "Verifica dei webhook nel mio sito di template:", "Webhook verification on my templates site:")
    elif what == "binance":
        if leak:
            k, s = tok(64), tok(64)
            line = f"exchange = ccxt.binance({{'apiKey': '{k}', 'secret': '{s}'}})"
            sec += [("vendor_key", k), ("vendor_key", s)]
        else:
            line = f"exchange = ccxt.binance({{'apiKey': os.environ['BN_KEY'], 'secret': os.environ['BN_SECRET']}})\n# wallet: 0x{hexs(40)}\n# tx: 0x{hexs(64)}"
        ctx = L(lang, "Nel patrimonio di famiglia aggiungo anche le crypto, così:", "Our family net-worth tracker also pulls crypto like this:")
    else:
        if leak:
            t = f"https://hooks.slack.com/services/T{tok(8, UP + string.digits)}/B{tok(10, UP + string.digits)}/{tok(24)}"
            line = f"SLACK_WEBHOOK={t}"
            sec.append(("vendor_key", t))
        else:
            line = "SLACK_WEBHOOK=${SLACK_WEBHOOK_URL}\nchannel: #spese-casa"
        ctx = L(lang, "Notifica su Slack di famiglia quando arriva lo stipendio:", "Family Slack ping when the salary lands:")
    body = ctx + "\n\n" + line
    intro = L(lang, ["Non c'entra direttamente con voi, ma per completezza vi mostro il resto del mio setup.", "Vi do tutto il contesto:", ""],
              ["Not directly your thing, but for completeness here's the rest of my setup.", "Full context:", ""])
    return dict(style=pick("snippet", "config"), body=body, secrets=sec, intro=intro,
                subj=L(lang, ["setup completo", "contesto"], ["full setup", "context"]))


@gen(1.1)
def g_housesitter(lang, leak):
    sec = []
    ssid = pick("Vodafone-", "TIM-", "FASTWEB-", "BT-", "SKY", "VM") + tok(6, UP + string.digits)
    lines = [L(lang, "NOTE PER CHI STA A CASA", "NOTES FOR THE HOUSE-SITTER"), f"Wi-Fi: {ssid}"]
    if leak:
        which = pick("wifi", "alarm", "both", "card")
        if which in ("wifi", "both"):
            p = password()
            lines.append(L(lang, f"Password wifi: {p}", f"Wi-Fi key: {p}"))
            sec.append(("password", p))
        if which in ("alarm", "both"):
            p = pin(pick(4, 5, 6))
            lines.append(L(lang, f"Codice allarme: {p}", f"Alarm code: {p}"))
            sec.append(("pin", p))
        if which == "card":
            c = fmt_card(card_digits())
            lines.append(L(lang, f"Per la spesa usa la carta {c}", f"For groceries use the card {c}"))
            sec.append(("card_number", c))
    else:
        lines.append(L(lang, "Password wifi: sul retro del router", "Wi-Fi key: on the back of the router"))
        lines.append(L(lang, "Allarme: il codice te lo mando a voce", "Alarm: I'll tell you the code in person"))
    lines += [L(lang, f"Veterinario: {phone(lang)}", f"Vet: {phone(lang)}"), L(lang, f"Bolletta luce: cliente {codice_cliente()}, POD IT001E{digits(8)}", f"Energy account no. {digits(10)}")]
    body = "\n".join(lines)
    intro = L(lang, ["Vi mando per errore? no: ho scansionato la nota per la babysitter insieme alle istruzioni per l'app del budget, eccola:",
                     "Avevo lasciato questa nota con le istruzioni per la app di casa:"],
              ["I scanned the house-sitter note together with the budget app instructions, here it is:",
               "I left this note with instructions for the home finance app:"])
    return dict(style="note", body=body, secrets=sec, intro=intro, subj=L(lang, ["nota casa", "istruzioni"], ["house note", "instructions"]))


@gen(1.3)
def g_accountant_mail(lang, leak):
    sec = []
    if lang == "it":
        base = [f"Ciao {pick('Dott.ssa Ferri', 'Rag. Bassi', 'Stefania', 'dott. Mori')},", "ti mando quello che serve per il 730 precompilato e per collegare il conto all'app che mi hai consigliato."]
    else:
        base = [f"Hi {pick('Janet', 'Mr Patel', 'Sarah', 'Graham')},", "here's what you need for this year's self-assessment and for linking the account to the app you recommended."]
    if leak:
        what = pick("spid", "iban", "hmrc", "pin", "iban")
        if what == "spid":
            p = password()
            base.append(L(lang, f"Utente SPID: {cf()}  password: {p}", f"Gateway user id: {digits(12)}  password: {p}"))
            sec.append(("password", p))
        elif what == "iban":
            ib = fmt_iban(make_iban(pick("IT", "GB", "IT")), pick("plain", "sp", "sp"))
            if chance(0.35):
                cut = R.randint(8, len(ib) - 6)
                ib = ib[:cut].rstrip() + "\n" + ib[cut:].lstrip()
            base.append(L(lang, f"IBAN per il rimborso: {ib}", f"Refund to: {ib}"))
            sec.append(("iban", ib))
        elif what == "hmrc":
            sc, an = gb_account()
            base.append(f"Refund account: sort code {sc}, account number {an}" if lang == "en" else f"Conto UK per il rimborso: sort code {sc}, numero conto {an}")
            sec.append(("bank_account", an))
        else:
            p = pin(pick(6, 8, 10))
            base.append(L(lang, f"PIN Fisconline: {p} (la prima parte, la seconda è nella lettera)", f"Activation code from the letter: {p}"))
            sec.append(("pin", p))
    else:
        base.append(pick(L(lang, f"Codice fiscale: {cf()} - P.IVA del mio studio {piva()}", f"UTR: {digits(10)} - NI number {tok(2, UP)}{digits(6)}{pick('A', 'B', 'C', 'D')}"),
                         L(lang, "Le credenziali SPID te le do a voce quando ci vediamo, non per mail.", "I'll give you the Gateway password in person, not by email."),
                         L(lang, f"IBAN: quello solito (finisce con {digits(4)})", f"Bank: the usual one (ending {digits(4)})"),
                         L(lang, f"Protocollo telematico: {digits(17)}-{digits(6)}", f"Submission reference: {tok(10, UP + string.digits)}")))
    base.append(L(lang, pick("Grazie mille,", "Un caro saluto,", "A presto"), pick("Thanks,", "Best,", "Cheers")))
    base.append(person(lang))
    body = "\n".join(base)
    intro = L(lang, ["Inoltro la mail che ho mandato alla commercialista, perché lei dice che il vostro collegamento non la vede:",
                     "Vi giro questa mail, la mia commercialista chiede se potete abilitare l'accesso in sola lettura:"],
              ["Forwarding the email I sent my accountant, she says your connection doesn't show up for her:",
               "Passing this on, my accountant asks if you can enable read-only access:"])
    return dict(style="email", body=body, secrets=sec, intro=intro, subj=L(lang, ["accesso commercialista", "730"], ["accountant access", "tax return"]))


@gen(1.6)
def g_standing_orders(lang, leak):
    sec = []
    sep = pick(";", ",", "\t")
    hdr = L(lang, ["Beneficiario", "IBAN", "Importo", "Frequenza", "Causale"], ["Payee", "IBAN", "Amount", "Frequency", "Reference"])
    rows = [sep.join(hdr)]
    n = R.randint(2, 5)
    leak_rows = set(R.sample(range(n), R.randint(1, min(2, n)))) if leak else set()
    for i in range(n):
        payee = pick("Condominio Via Roma 12", "Asilo Girotondo", "Palestra Fit&Co", person(lang), "Scuola di musica", "Landlord - " + en_surname(), "Babysitter")
        if i in leak_rows:
            ib = fmt_iban(make_iban(pick("IT", "IT", "GB", "IE", "DE", "FR", "ES", "NL")), pick("plain", "sp"))
            sec.append(("iban", ib))
        else:
            ib = pick(f"IT{digits(2)}{tok(1, UP)}{digits(5)}*********{digits(4)}", "[nascosto]" if lang == "it" else "[hidden]",
                      fmt_iban(bad_iban(), pick("plain", "sp")), f"****{digits(4)}")
        rows.append(sep.join([payee, ib, amount(lang).replace(";", ""), L(lang, pick("mensile", "trimestrale", "annuale"), pick("monthly", "quarterly", "yearly")),
                              pick("RATA", "QUOTA", "RENT", "FEES") + " " + tok(6, UP + string.digits)]))
    body = "\n".join(rows)
    intro = L(lang, ["Vi copio l'elenco dei bonifici ricorrenti esportato dall'app della banca; nella vostra API ne vedo solo alcuni:",
                     "Lista ordini permanenti (export), alcune righe mancano nella risposta di /standing-orders:",
                     "ecco i bonifici periodici di casa, la vostra app me ne mostra la metà"],
              ["Copying the list of standing orders exported from the banking app; your API only shows some of them:",
               "Standing orders export - some rows are missing from /standing-orders:",
               "here are our recurring payments, your app shows half of them"])
    return dict(style=pick("csv", "tsv" if sep == "\t" else "csv"), body=body, secrets=sec, intro=intro,
                subj=L(lang, ["bonifici ricorrenti mancanti", "ordini permanenti"], ["missing standing orders", "standing orders"]))


@gen(1.3)
def g_monzo_oauth(lang, leak):
    sec = []
    cid = "oauth2client_0000" + tok(18)
    if leak:
        what = pick("secret", "refresh", "both", "resp")
        if what in ("secret", "both"):
            cs = pick("mnzconf.", "mnzpub.") + tok(86, B62 + "/+")
            sec.append(("client_secret", cs))
        else:
            cs = "$MONZO_CLIENT_SECRET"
        if what in ("refresh", "both"):
            rt = jwt("refresh", alg="HS256") if chance(0.5) else tok(64, B62 + "-_")
            sec.append(("refresh_token", rt))
        else:
            rt = "$(cat ~/.monzo/refresh)"
        resp = None
        if what == "resp":
            at, rt2 = jwt("access"), tok(64, B62 + "-_")
            sec += [("access_token", at), ("refresh_token", rt2)]
            resp = json.dumps({"access_token": at, "client_id": cid, "expires_in": 21600, "refresh_token": rt2, "token_type": "Bearer", "user_id": "user_0000" + tok(18)}, indent=2)
    else:
        cs, rt = pick("$MONZO_CLIENT_SECRET", "<client_secret>"), pick("$(cat ~/.monzo/refresh)", "$REFRESH_TOKEN", "{{refresh_token}}")
        resp = json.dumps({"error": pick("invalid_grant", "unauthorized_client"), "error_description": L(lang, "refresh token scaduto o già usato", "refresh token expired or already used"),
                           "request_id": uid()}, indent=2) if chance(0.6) else None
    cmd = (f"curl -X POST https://api.monzo.com/oauth2/token \\\n  --data grant_type=refresh_token \\\n  --data client_id={cid} \\\n"
           f"  --data client_secret={cs} \\\n  --data refresh_token={rt}")
    body = cmd + ("\n" + resp if resp else "")
    intro = L(lang, ["Per il conto UK di mia figlia (studia a Londra) uso il refresh token di Monzo e poi passo i movimenti a voi. Ecco il rinnovo:",
                     "il rinnovo del token del conto inglese fallisce ogni 6 ore:"],
              ["For my daughter's UK account (she's at uni in London) I refresh the Monzo token and then feed the transactions to you. The refresh:",
               "refreshing the UK account token fails every 6 hours:"])
    return dict(style="shell", body=body, secrets=sec, intro=intro, subj=L(lang, ["token conto UK", "refresh fallisce"], ["UK account token", "refresh fails"]))


@gen(1.3)
def g_expat_note(lang, leak):
    sec = []
    lab = pick(("Passwort", "de"), ("Kennwort", "de"), ("mot de passe", "fr"), ("contraseña", "es"), ("clave", "es"), ("PIN", "de"), ("code secret", "fr"))
    bank = {"de": pick("Sparkasse", "DKB", "N26", "Commerzbank"), "fr": pick("Crédit Agricole", "BNP Paribas", "Boursorama"), "es": pick("CaixaBank", "BBVA", "Santander")}[lab[1]]
    user = pick(digits(10), uname(), digits(8))
    lines = [L(lang, f"Conto della suocera ({bank}) - appunti presi al telefono con lei:", f"Mother-in-law's account ({bank}) - notes from the phone call with her:"),
             f"Anmeldename / identifiant / usuario: {user}"]
    if leak:
        if lab[0] in ("PIN", "code secret"):
            v = pin(pick(5, 6))
            sec.append(("pin", v))
        else:
            v = password()
            sec.append(("password", v))
        lines.append(f"{lab[0]}: {v}")
        if chance(0.4):
            if lab[1] == "de":
                blz, kto = de_account()
                lines.append(f"BLZ {blz} / Konto {kto}")
                sec.append(("bank_account", kto))
            elif lab[1] == "fr":
                b, g, c, k = fr_rib()
                v2 = f"{b} {g} {c} {k}"
                lines.append(f"RIB {v2}")
                sec.append(("bank_account", v2))
            else:
                e, o, dc, c = es_ccc()
                v2 = f"{e} {o} {dc} {c}"
                lines.append(f"CCC {v2}")
                sec.append(("bank_account", v2))
    else:
        lines.append(f"{lab[0]}: " + pick(L(lang, "(lo sa solo lei)", "(only she knows it)"), "********", L(lang, "da chiedere a Klaus", "ask Klaus"), "[siehe Brief]"))
        lines.append(pick(f"BIC {R.choice(BICS)}", f"BLZ {R.choice(DE_BLZ)}", f"Kundennummer {digits(10)}", f"N° client {digits(11)}"))
    lines.append(L(lang, "L'app chiede anche il secondo fattore (pushTAN), lei non sa cos'è.", "The app also asks for the second factor (pushTAN), she has no idea what that is."))
    body = "\n".join(lines)
    intro = L(lang, ["Vorrei aggiungere il conto estero della suocera al nostro budget di famiglia, ma non so quali dati servono. Ho questi appunti:",
                     "conto tedesco/francese della nonna, come lo colleghiamo? appunti:"],
              ["I'd like to add my mother-in-law's foreign account to our family budget, not sure what's needed. My notes:",
               "gran's account abroad, how do we link it? notes:"])
    return dict(style="note", body=body, secrets=sec, intro=intro, subj=L(lang, ["conto estero suocera", "collegare conto estero"], ["foreign account", "linking account abroad"]))


@gen(1.2)
def g_sqlite_cards(lang, leak):
    sec = []
    rows = ["sqlite> .headers on", "sqlite> .mode column", "sqlite> SELECT * FROM " + L(lang, "carte", "cards") + ";",
            "id  owner     " + pick("number               ", "pan                  ") + "exp    cvc  note"]
    for i in range(1, R.randint(2, 4) + 1):
        if leak and (i == 1 or chance(0.4)):
            d = card_digits()
            c = fmt_card(d, pick("plain", "sp"))
            sec.append(("card_number", c))
            cv = cvv(4 if d[:2] == "37" else 3) if chance(0.6) else ""
            if cv:
                sec.append(("cvv", cv))
        else:
            c = pick(f"**** **** **** {digits(4)}", f"tok_{tok(24)}", fmt_card(bad_card_digits(), "plain"), f"{digits(6)}******{digits(4)}")
            cv = pick("", "***", "")
        rows.append(f"{i:<3} {first(lang):<9} {c:<20} {expiry()}  {cv:<4} {pick('spesa', 'abbonamenti', 'groceries', 'subs', 'kids')}")
    body = "\n".join(rows)
    intro = L(lang, ["Nel mio programmino per le spese di casa salvo le carte in sqlite e le associo ai movimenti che arrivano da voi; il join non trova niente. Tabella:",
                     "La tabella carte del mio db di casa, il matching con i vostri movimenti (maskedPan) non funziona:"],
              ["My little home-expenses program keeps cards in sqlite and matches them to your transactions; the join finds nothing. Table:",
               "The cards table of my home db, matching against your transactions (maskedPan) fails:"])
    return dict(style="sql", body=body, secrets=sec, intro=intro, subj=L(lang, ["matching carte", "maskedPan"], ["card matching", "maskedPan"]))


@gen(1.3)
def g_checklist(lang, leak):
    sec = []
    items = L(lang, ["[x] scaricare estratto conto di " + pick("gennaio", "febbraio", "marzo", "ottobre"), "[x] riconciliare spese carta con lo scontrino",
                     "[ ] rinnovare consenso banca (scade il " + date(lang) + ")", "[ ] pagare bollo auto", "[ ] controllare addebito palestra " + amount(lang),
                     "[x] export per la commercialista", f"[ ] rimborso spese mediche (pratica {digits(8)})"],
              ["[x] download " + pick("January", "February", "March", "October") + " statement", "[x] reconcile card spend with receipts",
               "[ ] renew bank consent (expires " + date(lang) + ")", "[ ] pay car tax", "[ ] check gym debit " + amount(lang),
               "[x] export for the accountant", f"[ ] claim medical refund (case {digits(8)})"])
    R.shuffle(items)
    items = items[:R.randint(4, 7)]
    if leak:
        what = pick("otp", "pw", "key", "iban")
        if what == "otp":
            v = pin(6)
            items.insert(R.randint(0, len(items)), L(lang, f"[x] collegato conto Hype (codice sms {v})", f"[x] linked Starling (sms code {v})"))
            sec.append(("pin", v))
        elif what == "pw":
            v = password()
            items.insert(R.randint(0, len(items)), L(lang, f"[ ] nuova pw home banking: {v} -> salvarla nel gestore!", f"[ ] new bank pw: {v} -> put it in the manager!"))
            sec.append(("password", v))
        elif what == "key":
            v = tok(40)
            items.insert(R.randint(0, len(items)), L(lang, f"[x] nuova chiave API {v} messa nello script", f"[x] new API key {v} put in the script"))
            sec.append(("access_token", v))
        else:
            v = fmt_iban(make_iban(pick("IT", "GB", "DE")))
            items.insert(R.randint(0, len(items)), L(lang, f"[ ] bonifico a Luca per le vacanze, IBAN {v}", f"[ ] pay Sam back for the holiday, IBAN {v}"))
            sec.append(("iban", v))
    else:
        items.insert(R.randint(0, len(items)), pick(L(lang, "[x] cambiata password home banking (salvata nel gestore)", "[x] changed bank password (saved in the manager)"),
                                                    L(lang, "[x] ruotata la chiave API, vecchia revocata", "[x] rotated the API key, old one revoked"),
                                                    L(lang, f"[ ] verificare codice mandato SDD {tok(12, UP + string.digits)}", f"[ ] check DD mandate ref {tok(12, UP + string.digits)}")))
    body = L(lang, "CHECKLIST FINE MESE - casa\n", "MONTH-END CHECKLIST - home\n") + "\n".join("- " + x for x in items)
    intro = L(lang, ["Vi mando la mia checklist di fine mese per spiegare in che punto si blocca la sincronizzazione:", "la mia lista di fine mese (Notion), il passo 3 è quello che non va:"],
              ["Sending my month-end checklist to explain where the sync gets stuck:", "my month-end list (Notion), step 3 is the broken one:"])
    return dict(style="markdown", body=body, secrets=sec, intro=intro, subj=L(lang, ["fine mese", "sincronizzazione bloccata"], ["month end", "sync stuck"]))


# ---------------------------------------------------------------- pass-only generators
@gen(2.0, leak_ok=False)
def p_prose(lang, leak):
    it = [
        "La password dell'home banking l'ho cambiata ieri sera e da allora il collegamento non si aggiorna più. Devo rifare il consenso?",
        "Mio padre ha 82 anni e si è fatto dare la password al telefono da uno che diceva di essere della banca. Voi non chiedete mai password o codici OTP, giusto? Come lo blocco?",
        "Nell'app mi chiede di inserire il codice che arriva via sms: è il vostro o della banca? Non ho capito a chi lo sto dando.",
        "Il token di accesso scade dopo 24 ore e il refresh dopo 30 giorni: è configurabile per un uso domestico?",
        "Dove trovo la mia chiave API? Nella dashboard vedo solo le ultime quattro cifre e un pulsante 'rigenera'.",
        "Ho letto che non bisogna mai salvare la password in chiaro nello script. Qual è il modo consigliato per un raspberry a casa? Variabili d'ambiente o un file .env fuori dal repository?",
        "Ho ruotato la chiave come da vostra mail, ora vorrei capire se quella vecchia è davvero disattivata.",
        "Domanda: il PIN della carta serve per collegare il conto? Non mi fido a metterlo in un'app.",
        "Mi avete scritto che la mia chiave è stata esposta su GitHub: l'ho cancellata e revocata, il commit incriminato è stato rimosso. Cosa devo fare ancora?",
        "Mia moglie e io abbiamo un conto cointestato: ognuno deve dare il proprio consenso con le proprie credenziali o basta uno?",
        "Il gestore password propone una password di 20 caratteri ma il sito della banca ne accetta massimo 8. È normale nel 2026?",
        "Non ricevo più l'OTP per rinnovare il consenso, la banca dice che il numero di telefono è giusto.",
    ]
    en = [
        "I changed my online banking password last night and since then the link stopped refreshing. Do I need to re-consent?",
        "My dad is 82 and gave his password over the phone to someone claiming to be the bank. You never ask for passwords or one-time codes, right? How do I lock this down?",
        "The app asks me for the code that comes by text - is that yours or the bank's? Not sure who I'm giving it to.",
        "The access token expires after 24 hours and the refresh token after 30 days - can that be changed for home use?",
        "Where do I find my API key? The dashboard only shows the last four characters and a 'regenerate' button.",
        "I read you should never keep the password in plain text in the script. What's recommended for a raspberry pi at home - env vars or a .env outside the repo?",
        "I rotated the key as your email asked; how can I check the old one is really dead?",
        "Question: is the card PIN needed to link the account? I don't trust typing it into an app.",
        "You emailed that my key was exposed on GitHub: I deleted and revoked it and rewrote the history. What else should I do?",
        "My wife and I have a joint account - does each of us consent with our own login or is one enough?",
        "My password manager suggests 20 characters but the bank's site only takes 8. Is that normal in 2026?",
        "I no longer get the one-time code to renew consent; the bank says my mobile number is right.",
    ]
    base = R.choice(it if lang == "it" else en)
    extra = R.sample(it if lang == "it" else en, R.randint(0, 1))
    body = base + ("\n\n" + extra[0] if extra and extra[0] != base else "")
    if chance(0.4):
        body += L(lang, f"\n\nRiferimento ticket precedente: #{R.randint(10000, 99999)}", f"\n\nPrevious ticket: #{R.randint(10000, 99999)}")
    return dict(style="prose", body=body, secrets=[], intro=[""], subj=L(lang, ["domanda", "sicurezza", "password"], ["question", "security", "password"]))


@gen(1.5, leak_ok=False)
def p_txjson(lang, leak):
    txs = []
    for _ in range(R.randint(2, 4)):
        t = {"transactionId": pick(uid(), digits(18), tok(20, UP + string.digits)), "internalTransactionId": hexs(32),
             "bookingDate": iso_date(), "valueDate": iso_date(),
             "transactionAmount": {"amount": f"-{R.randint(1, 500)}.{R.randint(0, 99):02d}", "currency": "EUR"},
             "creditorName": pick("ENEL ENERGIA SPA", "ESSELUNGA", "COMUNE DI BOLOGNA", "OCTOPUS ENERGY", "AMAZON EU SARL"),
             "remittanceInformationUnstructured": pick(f"RF{digits(2)} {digits(4)} {digits(4)} {digits(4)}", f"FATT. N. {R.randint(1, 999)}/{pick(2025, 2026)}",
                                                       f"SDD {tok(12, UP + string.digits)}", f"IUV {digits(17)}", f"ORDER {digits(3)}-{digits(7)}-{digits(7)}"),
             "bankTransactionCode": pick("PMNT-ICDT-ESCT", "PMNT-RDDT-ESDD", "PMNT-CCRD-POSD")}
        if chance(0.4):
            t["creditorAccount"] = {"iban": pick("", None, f"IT{digits(2)}X{digits(10)}XXXXXX{digits(4)}", "[masked]")}
        if chance(0.3):
            t["mandateId"] = tok(14, UP + string.digits)
            t["creditorId"] = creditor_id()
        txs.append(t)
    body = json.dumps({"transactions": {"booked": txs, "pending": []}}, indent=2)
    intro = L(lang, ["Le transazioni arrivano senza categoria, ecco un esempio di risposta:", "Perché internalTransactionId cambia tra due chiamate? Risposta:",
                     "Stesso movimento con due transactionId diversi, vedete voi:"],
              ["Transactions arrive without a category, sample response:", "Why does internalTransactionId change between calls? Response:",
               "Same transaction with two different transactionIds, see:"])
    return dict(style="json", body=body, secrets=[], intro=intro, subj=L(lang, ["id transazioni", "categorie"], ["transaction ids", "categories"]))


@gen(1.4, leak_ok=False)
def p_errlog(lang, leak):
    lines = []
    for _ in range(R.randint(4, 8)):
        ts = f"{iso_date()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"
        lines.append(pick(
            f"{ts} ERROR importer: 401 Unauthorized request_id={uid()} detail=\"Authentication credentials were not provided.\"",
            f"{ts} WARN  token refresh failed: refresh token expired (ttl=2592000) trace={hexs(32)}",
            f"{ts} INFO  requisition {uid()} status=LN accounts=2",
            f"{ts} ERROR 429 Too Many Requests x-ratelimit-reset={R.randint(60, 86400)} account={uid()}",
            f"{ts} DEBUG Authorization: Bearer ***",
            f"{ts} INFO  using secret_id from env GC_SECRET_ID, secret_key from env GC_SECRET_KEY (redacted)",
            f"{ts} WARN  consent {uid()} expires in 3 days, reconfirm at https://ob.example/reconfirm/{uid()}",
            f"{ts} ERROR x-request-id: {uid()} {{\"summary\":\"Invalid token\",\"detail\":\"Token is invalid or expired\",\"status_code\":401}}",
            f"{ts} INFO  synced {R.randint(1, 90)} transactions in {R.randint(100, 9000)}ms (commit {commit()[:12]})"))
    body = "\n".join(lines)
    intro = L(lang, ["Log del container dell'importer stanotte:", "Vi incollo il log, non capisco se il problema è mio o vostro", "docker logs importer --since 24h"],
              ["Importer container log from last night:", "Pasting the log, can't tell if it's me or you", "docker logs importer --since 24h"])
    return dict(style="log", body=body, secrets=[], intro=intro, subj=L(lang, ["401 nei log", "token scaduto"], ["401 in logs", "expired token"]))


@gen(1.0, leak_ok=False)
def p_docker(lang, leak):
    imgs = ["fireflyiii/core:latest", "fireflyiii/data-importer:latest", "mariadb:lts", "actualbudget/actual-server:latest", "ghcr.io/home-assistant/home-assistant:stable"]
    lines = ["$ docker compose pull"]
    for im in R.sample(imgs, R.randint(2, 4)):
        lines.append(f"{im.split(':')[0]}: Pulled")
        lines.append(f"Digest: sha256:{sha256()}")
    lines += ["$ docker compose config | grep -A3 secrets", "secrets:", "  db_password:", "    file: ./secrets/db_password.txt",
              "$ git -C /opt/firefly log -1 --format='%H %s'", f"{commit()} {L(lang, 'aggiornato compose', 'bump compose')}"]
    body = "\n".join(lines)
    intro = L(lang, ["Dopo l'aggiornamento l'importer non parte più. Ecco cosa ho lanciato:", "aggiornato stamattina, da allora errore 500:"],
              ["After the update the importer won't start. What I ran:", "updated this morning, 500s since:"])
    return dict(style="shell", body=body, secrets=[], intro=intro, subj=L(lang, ["aggiornamento docker", "errore 500"], ["docker update", "500 error"]))


@gen(1.2, leak_ok=False)
def p_placeholder(lang, leak):
    ph = [("API_KEY", pick("<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "{{api_key}}", "${API_KEY}", "<inserisci>")),
          ("CLIENT_SECRET", pick("YOUR_CLIENT_SECRET", "<client-secret>", "${CLIENT_SECRET}", "********")),
          ("SECRET_ID", pick("<secret-id>", "00000000-0000-0000-0000-000000000000", "{{secret_id}}")),
          ("SECRET_KEY", pick("<secret-key>", "xxxxx", "REPLACE_ME", "${GC_SECRET_KEY}")),
          ("IBAN", pick("IT00X0000000000000000000000", "ITxx xxxx xxxx xxxx xxxx xxxx xxx", "<iban>", "GB00 XXXX 0000 0000 0000 00")),
          ("DB_PASSWORD", pick("", "<db-password>", "$(cat /run/secrets/db_password)", "%DB_PASSWORD%"))]
    R.shuffle(ph)
    lines = [L(lang, "## Configurazione", "## Configuration"), "", L(lang, "Copia `.env.example` in `.env` e compila:", "Copy `.env.example` to `.env` and fill in:"), "", "```env"]
    for k, v in ph[:R.randint(3, 6)]:
        lines.append(f"{k}={v}")
    lines += ["```", "", L(lang, "Non committare mai `.env` (è già in `.gitignore`).", "Never commit `.env` (it's already in `.gitignore`).")]
    body = "\n".join(lines)
    intro = L(lang, ["Ho pubblicato il mio progettino open source per i conti di casa, va bene questa parte del README o viola i vostri termini?",
                     "README del mio tool per il budget familiare, mi dite se le istruzioni sono corrette?"],
              ["Published my little open-source household budget tool; is this README section fine with your terms?",
               "README of my family budget tool, are these instructions right?"])
    return dict(style="markdown", body=body, secrets=[], intro=intro, subj=L(lang, ["README progetto", "termini d'uso"], ["project README", "terms of use"]))


@gen(1.0, leak_ok=False)
def p_hashes(lang, leak):
    rows = ["MariaDB [firefly]> SELECT id, email, password, blocked FROM users;", "+----+------------------------+--------------------------------------------------------------+---------+"]
    for i in range(1, R.randint(2, 4)):
        rows.append(f"| {i:2d} | {first(lang).lower()}@{pick('gmail.com', 'libero.it', 'icloud.com')} | {bcrypt()} | 0 |")
    rows += ["", f"$ sha256sum {L(lang, 'estratto', 'statement')}-{iso_date()}.csv", f"{sha256()}  {L(lang, 'estratto', 'statement')}.csv",
             f"argon2 (actual-server): {argon()}"]
    body = "\n".join(rows)
    intro = L(lang, ["Ho perso l'accesso a Firefly, nel db vedo questo. Posso recuperare la password da qui?",
                     "Domanda forse stupida: la password nel db è cifrata o in chiaro? Vedo questo:"],
              ["Lost access to Firefly, this is what the db shows. Can I recover the password from it?",
               "Maybe a silly question: is the password in the db encrypted or plain? I see this:"])
    return dict(style="sql", body=body, secrets=[], intro=intro, subj=L(lang, ["password dimenticata", "db utenti"], ["forgot password", "users table"]))


@gen(0.8, leak_ok=False)
def p_jwt_decoded(lang, leak):
    h, p = jwt_parts_decoded()
    body = L(lang, "Header:\n", "Header:\n") + h + L(lang, "\n\nPayload decodificato:\n", "\n\nDecoded payload:\n") + p + L(lang, "\n\n(la firma non la incollo)", "\n\n(not pasting the signature)")
    intro = L(lang, ["Ho decodificato il token su jwt.io per capire quando scade:", "Il campo exp mi sembra sbagliato, guardate:"],
              ["Decoded the token on jwt.io to see when it expires:", "The exp field looks wrong to me:"])
    return dict(style="json", body=body, secrets=[], intro=intro, subj=L(lang, ["scadenza token", "exp"], ["token expiry", "exp claim"]))


@gen(1.2, leak_ok=False)
def p_bill(lang, leak):
    if lang == "it":
        body = "\n".join([
            f"{pick('ENEL ENERGIA', 'A2A ENERGIA', 'HERA COMM', 'IREN MERCATO')} - Bolletta n. {digits(12)} del {date(lang)}",
            f"Codice cliente: {codice_cliente()}   POD: IT001E{digits(8)}   PDR: {digits(14)}",
            f"Totale da pagare: {amount(lang)} entro il {date(lang)}",
            f"Codice avviso pagoPA: {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
            f"Codice CBILL: {tok(5, UP)}",
            f"Addebito diretto SEPA - mandato {tok(16, UP + string.digits)} - creditore {creditor_id()}",
            f"IBAN di addebito: IT** * ***** ***** ******{digits(4)}",
            f"Servizio clienti {phone(lang)}",
        ])
    else:
        body = "\n".join([
            f"{pick('Octopus Energy', 'British Gas', 'Thames Water', 'EDF')} - Bill {digits(10)} dated {date(lang)}",
            f"Account number: {digits(8)}-{digits(2)}   MPAN: {digits(2)} {digits(3)} {digits(3)} {digits(13)}",
            f"Amount due: {amount(lang)} by {date(lang)}",
            f"Direct Debit reference: {tok(10, UP + string.digits)}   Service user number: {digits(6)}",
            f"Paying from: {pick('HSBC', 'Monzo', 'Nationwide')} account ending {digits(4)}, sort code ending {digits(2)}",
            f"Customer services {phone(lang)}",
        ])
    intro = L(lang, ["L'addebito della bolletta compare due volte nei movimenti che mi date. Dati della bolletta:",
                     "Vi ricopio la bolletta, la categoria automatica la mette in 'svago' invece che 'casa' 😅"],
              ["The bill's direct debit shows twice in the transactions you return. Bill details:",
               "Copying the bill; the auto-category files it under 'fun' instead of 'home' 😅"])
    return dict(style="pdf-text", body=body, secrets=[], intro=intro, subj=L(lang, ["bolletta doppia", "categoria sbagliata"], ["bill shows twice", "wrong category"]))


@gen(1.2, leak_ok=False)
def p_badiban(lang, leak):
    ib = fmt_iban(bad_iban(pick("IT", "IT", "DE", "GB", "FR", "ES")))
    c = fmt_card(bad_card_digits())
    which = pick("iban", "card", "both")
    parts = []
    if which in ("iban", "both"):
        parts.append(L(lang, f"Inserisco l'IBAN {ib} e l'app dice 'IBAN non valido'. L'ho copiato dalla vecchia ricevuta, forse ho sbagliato una cifra?",
                          f"I enter IBAN {ib} and the app says 'invalid IBAN'. Copied it from an old receipt, maybe a digit is off?"))
    if which in ("card", "both"):
        parts.append(L(lang, f"Anche la carta {c} viene rifiutata subito, senza nemmeno chiedere il codice.",
                          f"The card {c} is also rejected instantly, it doesn't even ask for the code."))
    body = "\n\n".join(parts)
    return dict(style="prose", body=body, secrets=[], intro=[""], subj=L(lang, ["IBAN non valido", "dati rifiutati"], ["invalid IBAN", "details rejected"]))


@gen(1.2, leak_ok=False)
def p_receipt(lang, leak):
    if lang == "it":
        body = "\n".join([
            "RICEVUTA BONIFICO SEPA ISTANTANEO", f"Data esecuzione: {date(lang)}  Ora: {R.randint(8, 21)}:{R.randint(10, 59)}",
            f"Ordinante: {person(lang)}", f"Conto di addebito: {pick('**** ', 'xxxx')}{digits(4)}",
            f"Beneficiario: {pick('Condominio Via Garibaldi 8', 'Asilo nido Girotondo', person(lang))}",
            f"IBAN beneficiario: {pick('IT', 'IT')}{digits(2)} {tok(1, UP)}{digits(3)} **** **** **** {digits(3)}",
            f"BIC: {R.choice(BICS)}", f"Importo: {amount(lang)}  Commissioni: 0,00 EUR",
            f"CRO: {digits(11)}   TRN: {pick('0306', '0200', 'BPPI')}{digits(20)}",
            f"Causale: {pick('rata condominiale', 'retta ' + pick('marzo', 'aprile'), 'saldo fattura ' + digits(3) + '/2026')}",
            f"Codice operazione: {tok(8, UP + string.digits)}-{digits(6)}"])
    else:
        body = "\n".join([
            "PAYMENT CONFIRMATION", f"Date: {date(lang)} {R.randint(8, 21)}:{R.randint(10, 59)}",
            f"From: {person(lang)} - account ending {digits(4)}",
            f"To: {pick('Greenfield Nursery', 'Maple Court Management', person(lang))}",
            f"Payee sort code: {digits(2)}-**-**  Account: ****{digits(4)}", f"Amount: {amount(lang)}",
            f"Reference: {pick('RENT', 'NURSERY FEES', 'SERVICE CHARGE')} {pick('MAR', 'APR', 'OCT')}",
            f"Faster Payments ID: {tok(8, UP + string.digits)}{digits(10)}", f"Confirmation of Payee: {pick('match', 'close match')}"])
    intro = L(lang, ["La ricevuta dice eseguito ma nei movimenti che leggo da voi non compare:", "Ricevuta (copiata dal pdf):"],
              ["The receipt says done but it doesn't appear in the transactions I read from you:", "Receipt (copied from the pdf):"])
    return dict(style="pdf-text", body=body, secrets=[], intro=intro, subj=L(lang, ["bonifico non visibile", "ricevuta"], ["payment not visible", "receipt"]))


@gen(0.8, leak_ok=False)
def p_pubkey(lang, leak):
    app_id = uid()
    body = "\n".join([L(lang, "Chiave pubblica caricata sul portale:", "Public key uploaded to the portal:"), pem_public(),
                      f"kid: {app_id}", f"SHA-256 fingerprint: {':'.join(hexs(2).upper() for _ in range(32))}",
                      L(lang, "La privata resta sul NAS in ~/.keys/ (chmod 600).", "The private one stays on the NAS in ~/.keys/ (chmod 600).")])
    intro = L(lang, ["È questa la chiave giusta da registrare?", "Registrazione applicazione: ho caricato questa, va bene?"],
              ["Is this the right key to register?", "App registration: I uploaded this one, OK?"])
    return dict(style="pem", body=body, secrets=[], intro=intro, subj=L(lang, ["chiave pubblica", "registrazione"], ["public key", "registration"]))


@gen(1.2, leak_ok=False)
def p_dashboard(lang, leak):
    rows = [L(lang, "Nome chiave | Prefisso | Creata | Ultimo uso | Stato", "Key name | Prefix | Created | Last used | Status")]
    for _ in range(R.randint(2, 4)):
        rows.append(" | ".join([pick("raspberry", "foglio-budget", "home-assistant", "firefly", "laptop", "old-script"),
                                pick("live_", "key_", "") + tok(4) + pick("••••••••", "…", "****") + tok(4),
                                iso_date(), pick(iso_date(), L(lang, "mai", "never")), pick("active", "revoked", L(lang, "revocata", "revoked"))]))
    rows += ["", f"Client ID: {pick('household-budget', 'famiglia-rossi-app', 'flat14b-sync')}-{hexs(6)}", f"Key ID (kid): {uid()}",
             L(lang, "Il segreto viene mostrato una sola volta al momento della creazione.", "The secret is only shown once, at creation.")]
    body = "\n".join(rows)
    intro = L(lang, ["Copio la pagina delle chiavi dalla dashboard: quale devo revocare? Non ricordo quale usa il raspberry.",
                     "Pagina 'Chiavi API' (copiata), ce n'è una che non riconosco:"],
              ["Copying the keys page from the dashboard: which should I revoke? Can't remember which one the pi uses.",
               "'API keys' page (copied), there's one I don't recognise:"])
    return dict(style="table", body=body, secrets=[], intro=intro, subj=L(lang, ["chiave sconosciuta", "revoca chiavi"], ["unknown key", "revoking keys"]))


@gen(1.2, leak_ok=False)
def p_reads(lang, leak):
    snippets = [
        ("php", "<?php\n$apiKey = getenv('BANKDATA_API_KEY');\n$ch = curl_init('https://api.example-bank-data.com/v1/accounts');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $apiKey]);"),
        ("javascript", "const token = process.env.BANKDATA_TOKEN;\nconst secret = config.clientSecret;\nconst res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });"),
        ("go", "key := os.Getenv(\"BANKDATA_KEY\")\nif key == \"\" {\n\tlog.Fatal(\"BANKDATA_KEY not set\")\n}\nreq.Header.Set(\"Authorization\", \"Bearer \"+key)"),
        ("shell", "export BANKDATA_TOKEN=$(pass show casa/bankdata)\ncurl -H \"Authorization: Bearer $BANKDATA_TOKEN\" https://api.example-bank-data.com/v1/accounts"),
        ("shell", "TOKEN=$(op read \"op://Famiglia/BankData/credential\")\nSECRET=$(security find-generic-password -s bankdata -w)"),
        ("yaml", "services:\n  importer:\n    image: fireflyiii/data-importer:latest\n    environment:\n      - NORDIGEN_KEY_FILE=/run/secrets/nordigen_key\n    secrets:\n      - nordigen_key\nsecrets:\n  nordigen_key:\n    file: ./secrets/nordigen_key.txt"),
        ("python", "import os\nsecret_key = os.environ[\"GC_SECRET_KEY\"]\nrefresh = keyring.get_password(\"gocardless\", \"refresh\")\npassword = getpass.getpass(\"Password Actual: \")"),
    ]
    st, code = R.choice(snippets)
    intro = L(lang, ["Ho tolto le chiavi dal codice come mi avete consigliato, adesso le leggo così. Va bene?",
                     "Dopo il vostro avviso sulla chiave esposta ho riscritto così, è sicuro?", "così va meglio? niente più chiavi nel file"],
              ["Took the keys out of the code as you suggested, now I read them like this. OK?",
               "After your warning about the exposed key I rewrote it like this, is it safe?", "better now? no keys in the file anymore"])
    return dict(style=st, body=code, secrets=[], intro=intro, subj=L(lang, ["chiavi fuori dal codice", "dopo avviso"], ["keys out of the code", "after your warning"]))


# ---------------------------------------------------------------- frames
DESK_QUOTES_IT = [
    "Buongiorno, per verificare ci serve l'x-request-id della chiamata che fallisce. Vi ricordiamo di non inviarci mai password, chiavi o codici OTP.",
    "Gentile cliente, il consenso PSD2 dura 90 giorni; alla scadenza va rinnovato dall'intestatario del conto.",
    "Ciao, puoi mandarci l'id della requisition e l'orario dell'errore? Grazie, il team di supporto",
    "Abbiamo bisogno di qualche dettaglio in più: quale banca, da quando, e il messaggio di errore completo.",
]
DESK_QUOTES_EN = [
    "Hi, to check this we need the x-request-id of the failing call. Please never send us passwords, keys or one-time codes.",
    "Dear customer, PSD2 consent lasts 90 days; after that the account holder must renew it.",
    "Hi, could you send the requisition id and the time of the error? Thanks, the support team",
    "We need a bit more detail: which bank, since when, and the full error message.",
]
SIGN_IT = ["Inviato da iPhone", "Inviato dal mio Galaxy", "Inviato da Outlook per Android", "--\nScusate gli errori, scrivo dal telefono", ""]
SIGN_EN = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "--\nsorry for typos, on my phone", ""]
WORRY_IT = ["Scusate il disturbo.", "È un po' urgente, a fine mese devo chiudere i conti.", "Non sono pratico, abbiate pazienza.", "Grazie in anticipo!!",
            "Mia moglie dice che è colpa mia, ditemi di no 😅", "Ho già provato a spegnere e riaccendere.", ""]
WORRY_EN = ["Sorry to bother you.", "Bit urgent, need the books closed by month end.", "Not very techy, bear with me.", "Thanks in advance!!",
            "My wife says it's my fault, tell me it isn't 😅", "Already tried turning it off and on again.", ""]


def typo(s, p=0.08):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and chance(p):
            i = R.randint(1, len(w) - 3)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        out.append(w)
    s = " ".join(out)
    if chance(0.15):
        s = s.lower()
    return s


def fence(body, style):
    if style in ("prose", "chat", "letter", "form", "note", "pdf-text", "email", "markdown") or chance(0.4):
        return body
    return "```" + pick("", style if style not in ("snippet", "config") else "") + "\n" + body + "\n```"


def frame(lang, g):
    intro = typo(R.choice(g["intro"])) if g["intro"] else ""
    worry = R.choice(WORRY_IT if lang == "it" else WORRY_EN)
    body = g["body"]
    who = person(lang)
    f = pick("email", "email", "plain", "plain", "ticket", "forward", "issue", "reply") if not g.get("chatty") else pick("plain", "email", "forward")
    subj = R.choice(g["subj"])
    if f == "plain":
        parts = [intro, fence(body, g["style"]), typo(worry)]
        if chance(0.4):
            parts.append(first(lang))
        return "\n\n".join(x for x in parts if x), f
    if f in ("email", "reply", "forward"):
        greet = L(lang, pick("Buongiorno,", "Salve,", "Ciao,", "Gentile supporto,", "Spett.le assistenza,", "Buonasera"),
                  pick("Hi,", "Hello,", "Hi there,", "Dear support,", "Good morning,", "Hiya"))
        close = L(lang, pick("Grazie", "Cordiali saluti", "Saluti", "Grazie mille", "Buona giornata"), pick("Thanks", "Kind regards", "Best", "Cheers", "Many thanks"))
        sig = who + (("\n" + phone(lang)) if chance(0.3) else "")
        dev = R.choice(SIGN_IT if lang == "it" else SIGN_EN)
        mail = "\n\n".join(x for x in [greet, intro, fence(body, g["style"]), typo(worry), close + ",\n" + sig, dev] if x)
        head = L(lang, f"Oggetto: {subj}", f"Subject: {subj}")
        if f == "reply":
            q = R.choice(DESK_QUOTES_IT if lang == "it" else DESK_QUOTES_EN)
            qh = L(lang, f"Il giorno {date(lang)} alle ore {R.randint(8, 19)}:{R.randint(10, 59)} Supporto <support@example-bank-data.com> ha scritto:",
                   f"On {date(lang)} at {R.randint(8, 19)}:{R.randint(10, 59)}, Support <support@example-bank-data.com> wrote:")
            return f"{L(lang, 'Oggetto: R: ', 'Subject: Re: ')}{subj}\n\n{mail}\n\n{qh}\n> " + q.replace("\n", "\n> "), "email"
        if f == "forward":
            fh = L(lang, f"---------- Messaggio inoltrato ----------\nDa: {who} <{uname()}@{pick('gmail.com', 'libero.it', 'tiscali.it')}>\nData: {date(lang)}\nOggetto: {subj}\nA: supporto",
                   f"---------- Forwarded message ---------\nFrom: {who} <{uname()}@{pick('gmail.com', 'outlook.com', 'btinternet.com')}>\nDate: {date(lang)}\nSubject: {subj}\nTo: support")
            pre = L(lang, pick("Vi inoltro, vedete sotto.", "FYI, sotto il dettaglio.", "inoltro"), pick("Forwarding, see below.", "FYI, details below.", "fwd"))
            return f"{pre}\n\n{fh}\n\n{mail}", "email"
        return f"{head}\n\n{mail}", "email"
    if f == "ticket":
        fields = L(lang, [f"Nome: {who}", f"Email: {uname()}@{pick('gmail.com', 'libero.it')}", f"Categoria: {pick('Collegamento conto', 'Importazione', 'API', 'Altro')}",
                          f"Oggetto: {subj}", "Descrizione:"],
                   [f"Name: {who}", f"Email: {uname()}@{pick('gmail.com', 'outlook.com')}", f"Category: {pick('Account linking', 'Import', 'API', 'Other')}",
                    f"Subject: {subj}", "Description:"])
        return "\n".join(fields) + "\n" + "\n\n".join(x for x in [intro, fence(body, g["style"]), typo(worry)] if x), "form"
    # issue
    hdr = L(lang, ["### Descrizione", "### Cosa ho provato", "### Ambiente"], ["### Describe the problem", "### What I tried", "### Environment"])
    env = f"{pick('Raspberry Pi 4', 'Synology DS220+', 'Unraid', 'old laptop', 'Ubuntu 24.04')}, {pick('docker 27', 'python 3.12', 'node 20', 'Excel 365')}"
    return f"{hdr[0]}\n{intro or subj}\n\n{hdr[1]}\n{fence(body, g['style'])}\n\n{hdr[2]}\n{env}", "issue"


# ---------------------------------------------------------------- checks
IBAN_LEN = {"IT": 27, "DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IE": 22, "BE": 16, "AT": 20, "PT": 25, "SM": 27, "CH": 21}


def iban_spans(text):
    spans = []
    for m in re.finditer(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}", text):
        cc = m.group(0)[:2].upper()
        want = IBAN_LEN.get(cc)
        if not want:
            continue
        j = m.start()
        comp = ""
        idx = []
        k = j
        while k < len(text) and len(comp) < 34:
            ch = text[k]
            if ch.isalnum() and ch.isascii():
                comp += ch
                idx.append(k)
            elif ch in " -" and k + 1 < len(text) and text[k + 1].isalnum() and comp:
                pass
            else:
                break
            k += 1
        lens = [want] if want else range(15, 35)
        for n in lens:
            if n <= len(comp) and iban_valid(comp[:n]):
                spans.append((j, idx[n - 1] + 1))
    return spans


def luhn_spans(text):
    spans = []
    for m in re.finditer(r"(?<![\d])\d(?:[ \-.]?\d){12,18}(?![\d])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d):
            spans.append((m.start(), m.end()))
    return spans


def covered(span, text, values):
    a, b = span
    for v in values:
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            if i <= a and b <= i + len(v):
                return True
            start = i + 1
    return False


def check(text, secrets):
    vals = [v for _, v in secrets]
    for v in vals:
        if v not in text:
            return "missing " + v
        if len(v) <= 8 and text.count(v) != vals.count(v):
            return "short value repeats " + v
    for sp in iban_spans(text) + luhn_spans(text):
        if not covered(sp, text, vals):
            return "unlabelled " + text[sp[0]:sp[1]]
    return None


def leaks_known(text, vals):
    for v in vals:
        if len(v) >= 10:
            if v in text:
                return True
        elif re.search(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", text):
            return True
    return False


# ---------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    quotas = {("it", True): 375, ("en", True): 375, ("it", False): 425, ("en", False): 425}
    out = []
    seen = set()
    all_secret_vals = set()
    rejects = {}
    for (lang, leak), n in quotas.items():
        pool = [(f, w) for f, w, lo, po in GENS if (lo if leak else po)]
        fs, ws = zip(*pool)
        made = 0
        while made < n:
            f = R.choices(fs, ws)[0]
            g = f(lang, leak)
            if leak and not g["secrets"]:
                continue
            assert leak or not g["secrets"], f.__name__
            text, fr = frame(lang, g)
            err = check(text, g["secrets"])
            if not err and not leak and leaks_known(text, all_secret_vals):
                err = "known secret inside must-pass"
            if err or text in seen:
                rejects[f.__name__] = rejects.get(f.__name__, 0) + 1
                continue
            seen.add(text)
            style = g["style"] if g["style"] not in ("prose",) else fr
            out.append({"lang": lang, "style": style, "text": text,
                        "secrets": [{"kind": k, "value": v} for k, v in g["secrets"]], "_gen": f.__name__})
            for _, v in g["secrets"]:
                all_secret_vals.add(v)
            made += 1
    # no secret value of any sample inside a must-pass sample
    for rec in out:
        if not rec["secrets"] and leaks_known(rec["text"], all_secret_vals):
            raise SystemExit("secret value inside a must-pass sample")
    R.shuffle(out)
    gens_used = {}
    with open(os.path.join(here, "fresh36.jsonl"), "w", encoding="utf-8") as fh:
        for i, rec in enumerate(out, 1):
            key = (rec.pop("_gen"), bool(rec["secrets"]))
            gens_used[key] = gens_used.get(key, 0) + 1
            obj = {"id": f"f36-{i:04d}", "lang": rec["lang"], "style": rec["style"], "text": rec["text"], "secrets": rec["secrets"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("written", len(out), "rejects", rejects)
    if os.environ.get("F36_STATS"):
        for k in sorted(gens_used):
            print(k, gens_used[k])


if __name__ == "__main__":
    main()
