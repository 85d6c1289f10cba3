"""Value generators for the fresh13 corpus (all values invented, checksums real)."""
import base64, json, string, random

A_LOW = string.ascii_lowercase
A_UP = string.ascii_uppercase
DIG = string.digits
ALNUM = A_LOW + A_UP + DIG
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEXL = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- Luhn / cards
def luhn_sum(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s


def luhn_ok(digits):
    return len(digits) > 1 and luhn_sum(digits) % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def luhn_break(digits):
    return digits[:-1] + str((int(digits[-1]) + 1 + len(digits) % 7) % 10)


# test / documentation ranges of the big schemes
CARD_PREFIXES = [
    ("4111", 16), ("4539", 16), ("4916", 16), ("4024007", 16), ("4000", 16), ("4242", 16),
    ("4532", 16), ("4556", 16), ("4716", 16), ("4929", 16),
    ("5555", 16), ("5105", 16), ("5425", 16), ("5200", 16), ("5454", 16), ("2221", 16), ("2720", 16),
    ("3782", 15), ("3714", 15), ("3400", 15), ("6011", 16), ("6445", 16), ("3530", 16), ("3566", 16),
    ("4571", 16), ("6759", 19), ("4035", 16),
]


def card(rng):
    pre, n = rng.choice(CARD_PREFIXES)
    body = pre + rs(rng, DIG, n - len(pre) - 1)
    return luhn_complete(body)


def bad_card(rng):
    c = card(rng)
    b = luhn_break(c)
    while luhn_ok(b):
        b = b[:-1] + str((int(b[-1]) + 1) % 10)
    return b


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 19:
        parts = [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def fmt_card(rng, num, multiline=False):
    """Formats a card number in the ways people type it."""
    opts = [
        lambda: group_card(num, " "), lambda: group_card(num, " "), lambda: num, lambda: group_card(num, "-"),
        lambda: group_card(num, "."), lambda: group_card(num, "\u00a0"), lambda: group_card(num, "  "),
        lambda: group_card(num, "\u2009"), lambda: group_card(num, " - "), lambda: group_card(num, "/"),
        lambda: num[:8] + " " + num[8:], lambda: " ".join(num[i:i + 2] for i in range(0, len(num), 2)) if len(num) == 16 else group_card(num, " "),
        lambda: group_card(num, "-").replace("-", " ", 1),
    ]
    if multiline:
        g = group_card(num, " ").split(" ")
        cut = rng.randint(1, len(g) - 1)
        return " ".join(g[:cut]) + "\n" + " ".join(g[cut:])
    return rng.choice(opts)()


def cvv_for(num, rng):
    return rs(rng, DIG, 4 if len(num) == 15 else 3)


def expiry(rng, lang="it"):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}" if False else f"{m:02d}/{y}"])


# ---------------------------------------------------------------- IBAN & national
def mod97(numstr):
    r = 0
    for i in range(0, len(numstr), 7):
        r = int(str(r) + numstr[i:i + 7]) % 97
    return r


def to_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    return 98 - mod97(to_num(bban + cc + "00"))


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    return len(s) > 8 and mod97(to_num(s[4:] + s[:4])) == 1


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += CIN_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


IT_BANKS = [("03069", "Intesa Sanpaolo"), ("02008", "UniCredit"), ("05034", "Banco BPM"), ("03111", "UBI"),
            ("01030", "MPS"), ("05696", "Banca Popolare di Sondrio"), ("03062", "Mediobanca Premier"),
            ("08327", "BCC Roma"), ("06230", "Crédit Agricole Italia"), ("03015", "Fineco"), ("36772", "Banca Sella"),
            ("03268", "Banca Sella"), ("05387", "BPER"), ("07601", "Poste Italiane"), ("03440", "Banco di Desio")]


def it_account(rng):
    abi = rng.choice(IT_BANKS)[0]
    cab = rs(rng, DIG, 5)
    if rng.random() < 0.8:
        conto = "0" * rng.randint(2, 6)
        conto = conto + rs(rng, DIG, 12 - len(conto))
    else:
        conto = rs(rng, DIG + A_UP, 12)
    cin = it_cin(abi, cab, conto)
    return dict(abi=abi, cab=cab, conto=conto, cin=cin, bban=cin + abi + cab + conto)


def rib_key(banque, guichet, compte):
    conv = {}
    for d, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], start=1):
        for l in letters:
            conv[l] = str(d)
    c = "".join(conv.get(ch, ch) for ch in compte.upper())
    return 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(c)) % 97)


def fr_account(rng):
    banque = rng.choice(["30004", "30002", "20041", "10107", "30003", "10278", "16606", "18206"])
    guichet = rs(rng, DIG, 5)
    compte = rs(rng, DIG, 11)
    key = f"{rib_key(banque, guichet, compte):02d}"
    return dict(banque=banque, guichet=guichet, compte=compte, cle=key, bban=banque + guichet + compte + key)


CCC_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def ccc_dc(ten):
    s = sum(int(c) * w for c, w in zip(ten, CCC_W))
    d = 11 - s % 11
    return 0 if d == 11 else 1 if d == 10 else d


def es_account(rng):
    ent = rng.choice(["2100", "0049", "0182", "2085", "0081", "0128", "1465", "2038"])
    ofi = rs(rng, DIG, 4)
    cta = rs(rng, DIG, 10)
    dc = f"{ccc_dc('00' + ent + ofi)}{ccc_dc(cta)}"
    return dict(entidad=ent, oficina=ofi, dc=dc, cuenta=cta, bban=ent + ofi + dc + cta)


def de_account(rng):
    blz = rng.choice(["10010010", "37040044", "50010517", "20041133", "70150000", "12030000", "76026000", "43060967"])
    kto = rs(rng, DIG, 10)
    return dict(blz=blz, kto=kto, bban=blz + kto)


def gb_account(rng):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"])
    sort = rs(rng, DIG, 6)
    acct = rs(rng, "123456789", 1) + rs(rng, DIG, 7)
    return dict(bank=bank, sort=sort, acct=acct, bban=bank + sort + acct)


def be_bban(rng):
    n = rs(rng, DIG, 10)
    c = int(n) % 97 or 97
    return n + f"{c:02d}"


def pt_bban(rng):
    n = rng.choice(["0002", "0007", "0033", "0035", "0018"]) + rs(rng, DIG, 15)
    c = 98 - (int(n) * 100) % 97
    return n + f"{c:02d}"


def nl_bban(rng):
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"])
    while True:
        n = rs(rng, DIG, 10)
        if n[0] != "0" and sum(int(c) * w for c, w in zip(n, range(10, 0, -1))) % 11 == 0:
            return bank + n


def iban(rng, cc=None):
    cc = cc or rng.choice(["IT"] * 6 + ["DE", "FR", "ES", "GB", "NL", "BE", "PT", "AT", "CH", "IE", "SM"])
    if cc in ("IT", "SM"):
        bban = it_account(rng)["bban"]
    elif cc == "FR":
        bban = fr_account(rng)["bban"]
    elif cc == "ES":
        bban = es_account(rng)["bban"]
    elif cc == "DE":
        bban = de_account(rng)["bban"]
    elif cc in ("GB", "IE"):
        a = gb_account(rng)
        bban = (a["bank"] if cc == "GB" else rng.choice(["AIBK", "BOFI"])) + a["sort"] + a["acct"]
    elif cc == "NL":
        bban = nl_bban(rng)
    elif cc == "BE":
        bban = be_bban(rng)
    elif cc == "PT":
        bban = pt_bban(rng)
    elif cc == "AT":
        bban = rs(rng, DIG, 16)
    elif cc == "CH":
        bban = rs(rng, DIG, 5) + rs(rng, DIG, 12)
    return f"{cc}{iban_check(cc, bban):02d}{bban}"


def bad_iban(rng, cc=None):
    i = iban(rng, cc)
    ck = int(i[2:4])
    nk = (ck + rng.randint(1, 90)) % 100
    if nk == ck:
        nk = (ck + 1) % 100
    b = i[:2] + f"{nk:02d}" + i[4:]
    assert not iban_ok(b)
    return b


def fmt_iban(rng, ib, multiline=False):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if multiline:
        cut = rng.randint(2, len(g) - 2)
        return " ".join(g[:cut]) + "\n" + " ".join(g[cut:])
    opts = [lambda: " ".join(g), lambda: ib, lambda: ib, lambda: " ".join(g), lambda: "-".join(g),
            lambda: ib.lower(), lambda: "\u00a0".join(g), lambda: "  ".join(g),
            lambda: ib[:2] + " " + ib[2:4] + " " + ib[4:5] + " " + ib[5:10] + " " + ib[10:15] + " " + ib[15:] if ib.startswith("IT") else " ".join(g)]
    return rng.choice(opts)()


# ---------------------------------------------------------------- secrets
IT_WORDS = ["gabbiano", "tramonto", "pizzeria", "cavallo", "girasole", "lampada", "ciliegia", "montagna", "farfalla",
            "limone", "pantera", "biscotto", "gondola", "vesuvio", "tortellino", "cometa", "fragola", "scoiattolo",
            "pomodoro", "violino", "lavagna", "barca", "castello", "orologio", "zucchero", "nuvola", "anguria", "tartaruga",
            "fiordaliso", "peperoncino", "ombrello", "sirena", "riccio", "capriolo", "mandorla", "caffettiera"]
EN_WORDS = ["harbor", "pepper", "lantern", "sparrow", "granite", "velvet", "orchard", "thunder", "marble", "falcon",
            "biscuit", "meadow", "copper", "saddle", "willow", "glacier", "pickle", "rocket", "tulip", "walrus", "ember",
            "canyon", "pebble", "juniper", "nutmeg", "otter", "quartz", "raven", "saffron", "topaz"]
DE_WORDS = ["Sonnenblume", "Apfelbaum", "Kuckuck", "Eichhorn", "Brezel", "Wolke", "Bergsee"]
NAMES = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro", "Elena", "Davide", "Martina",
         "Paolo", "Federica", "Simone", "Anna", "Roberto", "Valentina", "Giorgio", "Silvia", "Andrea", "Laura",
         "Tommaso", "Beatrice", "Nicola", "Irene", "Stefano", "Carla", "Emma", "Oliver", "Harry", "Amelia", "Jack",
         "Sophie", "George", "Isla", "Noah", "Grace", "Liam", "Chloe", "Ethan"]
SYMS = "!@#$%&*?_.-+="


def leet(w):
    t = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"}
    out = []
    for i, ch in enumerate(w):
        out.append(t.get(ch, ch) if i % 2 == 1 else ch)
    return "".join(out)


def password(rng):
    w = rng.choice(IT_WORDS + EN_WORDS + DE_WORDS)
    k = rng.randint(0, 11)
    if k == 0:
        return w.capitalize() + str(rng.randint(1950, 2026)) + rng.choice(SYMS)
    if k == 1:
        return leet(w.capitalize()) + rng.choice(SYMS) + str(rng.randint(1, 99))
    if k == 2:
        return rs(rng, ALNUM + "!#%&*?", rng.randint(10, 18))
    if k == 3:
        ws = [rng.choice(IT_WORDS + EN_WORDS) for _ in range(rng.randint(3, 4))]
        return rng.choice(["-", ".", "_", " "]).join(ws) + (str(rng.randint(1, 9)) if rng.random() < .5 else "")
    if k == 4:
        return rng.choice(NAMES) + rng.choice(["", ".", "_"]) + str(rng.randint(1960, 2019)) + rng.choice(["", "!", "?"])
    if k == 5:
        return rng.choice(["Estate", "Inverno", "Primavera", "Autunno", "Summer", "Winter", "Natale", "Pasqua"]) + str(rng.randint(2019, 2026)) + rng.choice(SYMS)
    if k == 6:
        return w[:3].upper() + rng.choice(SYMS) + rs(rng, DIG, 4) + w[3:]
    if k == 7:
        return rng.choice(["Negozio", "Bottega", "Studio", "Farmacia", "Bar", "Hotel", "Cassa", "Shop"]) + rng.choice(NAMES) + rs(rng, DIG, 2) + rng.choice(SYMS)
    if k == 8:
        return rs(rng, A_UP, 2) + rs(rng, A_LOW, 4) + rs(rng, DIG, 3) + rng.choice(SYMS) + rs(rng, A_LOW, 2)
    if k == 9:
        return w + rng.choice(SYMS) + w[::-1].capitalize() + str(rng.randint(0, 9))
    if k == 10:
        return rs(rng, B64URL, 20)
    return rng.choice(["Sportello", "Cassa", "Admin", "Ufficio", "Contab", "Amministr"]) + rng.choice(SYMS) + str(rng.randint(100, 9999))


def pin(rng, n=None):
    n = n or rng.choice([4, 4, 5, 6, 6, 6, 8])
    while True:
        p = rs(rng, DIG, n)
        if p not in ("1234", "0000", "123456") and len(set(p)) > 1:
            return p


NUMW = {"it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
        "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def spell_digits(d, lang):
    return " ".join(NUMW[lang][int(c)] for c in d)


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, refresh=False):
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if rng.random() < .5:
        hdr["kid"] = rs(rng, B64URL, 12)
    iat = rng.randint(1767000000, 1790000000)
    pl = {"sub": rs(rng, DIG, 6) if rng.random() < .5 else rng.choice(NAMES).lower() + "@" + rng.choice(["shop", "studio", "bottega"]) + ".it",
          "iat": iat, "exp": iat + (2592000 if refresh else rng.choice([900, 3600, 7200]))}
    if refresh:
        pl["typ"] = "Refresh"
    else:
        pl["scope"] = rng.choice(["payments:read payments:write", "orders", "read", "merchant.full"])
    if rng.random() < .5:
        pl["jti"] = rs(rng, HEXL, 16)
    sig = rs(rng, B64URL, 43 if hdr["alg"] == "HS256" else 86)
    return b64url_json(hdr) + "." + b64url_json(pl) + "." + sig


def access_token(rng):
    k = rng.randint(0, 8)
    if k in (0, 1):
        return jwt(rng)
    if k == 2:
        return "ya29." + rs(rng, B64URL, rng.randint(90, 130))
    if k == 3:
        return rs(rng, ALNUM, rng.choice([32, 40, 48]))
    if k == 4:
        return rng.choice(["at_", "tok_live_", "api_live_", "sess_"]) + rs(rng, ALNUM, rng.randint(32, 44))
    if k == 5:
        return rs(rng, HEXL, 64)
    if k == 6:
        return "EAA" + rs(rng, ALNUM, rng.randint(100, 160))
    if k == 7:
        return rs(rng, B64, rng.randint(40, 60)) + "=="
    return "s%3A" + rs(rng, B64URL, 32) + "." + rs(rng, B64URL, 43)


def session_cookie(rng):
    name, val = rng.choice([
        ("JSESSIONID", rs(rng, HEXL.upper(), 32)), ("PHPSESSID", rs(rng, A_LOW + DIG, 26)),
        ("ASP.NET_SessionId", rs(rng, A_LOW + DIG, 24)), ("laravel_session", "eyJpdiI6" + rs(rng, B64URL, 120)),
        ("connect.sid", "s%3A" + rs(rng, B64URL, 32) + "." + rs(rng, B64URL, 43)),
        ("frontend", rs(rng, A_LOW + DIG, 26)), ("PrestaShop-" + rs(rng, HEXL, 32), rs(rng, B64URL, 90)),
        ("wordpress_logged_in_" + rs(rng, HEXL, 32), rng.choice(NAMES).lower() + "%7C" + str(rng.randint(1767000000, 1790000000)) + "%7C" + rs(rng, ALNUM, 43) + "%7C" + rs(rng, HEXL, 64)),
    ])
    return name, val


def refresh_token(rng):
    k = rng.randint(0, 6)
    if k == 0:
        return "1//0" + rs(rng, B64URL, rng.randint(95, 110))
    if k == 1:
        return "def50200" + rs(rng, HEXL, rng.randint(180, 260))
    if k == 2:
        return jwt(rng, refresh=True)
    if k == 3:
        return "rt_" + rs(rng, ALNUM, 48)
    if k == 4:
        return "0.A" + rs(rng, B64URL, rng.randint(150, 220))
    if k == 5:
        return rs(rng, HEXL, 64)
    return rs(rng, B64URL, rng.randint(40, 60))


def client_secret(rng):
    k = rng.randint(0, 8)
    if k == 0:
        return "GOCSPX-" + rs(rng, B64URL, 28)
    if k == 1:
        return rs(rng, ALNUM, 3) + "8Q~" + rs(rng, ALNUM + "._-~", 34)
    if k == 2:
        return rs(rng, HEXL, rng.choice([32, 40, 64]))
    if k == 3:
        return rs(rng, B64URL, rng.randint(32, 48))
    if k == 4:
        return "cs_" + rng.choice(["live_", "prod_", ""]) + rs(rng, ALNUM, 40)
    if k == 5:
        return rs(rng, HEXL.upper(), 64)
    if k == 6:
        return rs(rng, ALNUM, 32)
    if k == 7:
        return "shpss_" + rs(rng, HEXL, 32) if rng.random() < .3 else rs(rng, ALNUM + "_-", 40)
    return rs(rng, B64, 43) + "="


def client_id(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return rng.choice(["acme", "bottega", "farmacia", "studio", "hotel", "ferramenta", "pasticceria"]) + "-" + rng.choice(["pay", "shop", "pos", "web"]) + "-" + rng.choice(["prod", "live", "test", "sandbox"])
    if k == 1:
        return rs(rng, DIG, 12) + "-" + rs(rng, A_LOW + DIG, 32) + ".apps.googleusercontent.com"
    if k == 2:
        return "%s-%s-%s-%s-%s" % (rs(rng, HEXL, 8), rs(rng, HEXL, 4), rs(rng, HEXL, 4), rs(rng, HEXL, 4), rs(rng, HEXL, 12))
    if k == 3:
        return "ci_" + rs(rng, A_LOW + DIG, 20)
    return rs(rng, DIG, 7)


def basic_blob(rng, user=None, pw=None):
    user = user or client_id(rng)
    pw = pw or client_secret(rng)
    return base64.b64encode(f"{user}:{pw}".encode()).decode(), user, pw


VENDORS = [
    ("aws_id", "AWS access key", "chiave di accesso AWS"),
    ("aws_secret", "AWS secret access key", "secret key AWS"),
    ("stripe", "Stripe secret key", "chiave segreta Stripe"),
    ("stripe_rk", "Stripe restricted key", "chiave Stripe limitata"),
    ("stripe_wh", "Stripe webhook signing secret", "segreto webhook Stripe"),
    ("github", "GitHub token", "token GitHub"),
    ("github_pat", "GitHub fine-grained token", "token GitHub"),
    ("slack", "Slack bot token", "token del bot Slack"),
    ("slack_hook", "Slack webhook", "webhook Slack"),
    ("google", "Google API key", "chiave API Google"),
    ("sendgrid", "SendGrid API key", "chiave SendGrid"),
    ("twilio", "Twilio API key", "chiave Twilio"),
    ("shopify", "Shopify admin token", "token admin Shopify"),
    ("gitlab", "GitLab token", "token GitLab"),
    ("square", "Square access token", "token Square"),
    ("mailchimp", "Mailchimp API key", "chiave Mailchimp"),
    ("mollie", "Mollie live key", "chiave Mollie"),
    ("openai", "OpenAI key", "chiave OpenAI"),
    ("telegram", "Telegram bot token", "token bot Telegram"),
    ("braintree", "Braintree access token", "token Braintree"),
]


def vendor_key(rng, which=None):
    v = which or rng.choice(VENDORS)[0]
    lab = [x for x in VENDORS if x[0] == v][0]
    val = {
        "aws_id": lambda: rng.choice(["AKIA", "ASIA"]) + rs(rng, A_UP + "234567", 16),
        "aws_secret": lambda: rs(rng, ALNUM + "/+", 40),
        "stripe": lambda: "sk_live_" + rs(rng, ALNUM, rng.choice([24, 99])),
        "stripe_rk": lambda: "rk_live_" + rs(rng, ALNUM, rng.choice([24, 99])),
        "stripe_wh": lambda: "whsec_" + rs(rng, ALNUM, 32),
        "github": lambda: rng.choice(["ghp_", "gho_", "ghs_"]) + rs(rng, ALNUM, 36),
        "github_pat": lambda: "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59),
        "slack": lambda: rng.choice(["xoxb-", "xoxp-"]) + rs(rng, DIG, 12) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24),
        "slack_hook": lambda: "https://hooks.slack.com/services/T" + rs(rng, A_UP + DIG, 8) + "/B" + rs(rng, A_UP + DIG, 10) + "/" + rs(rng, ALNUM, 24),
        "google": lambda: "AIza" + rs(rng, B64URL, 35),
        "sendgrid": lambda: "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43),
        "twilio": lambda: "SK" + rs(rng, HEXL, 32),
        "shopify": lambda: "shpat_" + rs(rng, HEXL, 32),
        "gitlab": lambda: "glpat-" + rs(rng, B64URL, 20),
        "square": lambda: "EAAA" + rs(rng, B64URL, 60),
        "mailchimp": lambda: rs(rng, HEXL, 32) + "-us" + str(rng.randint(1, 21)),
        "mollie": lambda: "live_" + rs(rng, ALNUM, 30),
        "openai": lambda: "sk-proj-" + rs(rng, B64URL, 48),
        "telegram": lambda: str(rng.randint(100000000, 9999999999)) + ":AA" + rs(rng, B64URL, 33),
        "braintree": lambda: "access_token$production$" + rs(rng, A_LOW + DIG, 16) + "$" + rs(rng, HEXL, 32),
    }[v]()
    return val, lab[1], lab[2], v


def pem_body(rng, kind):
    nlines = rng.randint(6, 16)
    lines = []
    if kind == "OPENSSH":
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        lines.append(first[:64])
    elif kind == "RSA":
        lines.append("MII" + rs(rng, "CDEJ", 1) + rs(rng, B64, 60))
    elif kind == "EC":
        lines.append("MHcCAQEEI" + rs(rng, B64, 55))
    else:
        lines.append("MII" + rs(rng, "EJ", 1) + "vQIBADANBgkqhkiG9w0BAQEFAASC" + rs(rng, B64, 32))
    for _ in range(nlines - 1):
        lines.append(rs(rng, B64, 64))
    last = rs(rng, B64, rng.randint(8, 60))
    lines.append(last + "=" * rng.randint(0, 2))
    return lines


def pem(rng, kind=None, sep="\n", prefix=""):
    kind = kind or rng.choice(["RSA", "RSA", "PKCS8", "EC", "OPENSSH", "ENCRYPTED"])
    label = {"RSA": "RSA PRIVATE KEY", "PKCS8": "PRIVATE KEY", "EC": "EC PRIVATE KEY",
             "OPENSSH": "OPENSSH PRIVATE KEY", "ENCRYPTED": "ENCRYPTED PRIVATE KEY"}[kind]
    body = pem_body(rng, "PKCS8" if kind == "ENCRYPTED" else kind)
    if kind == "EC":
        body = body[:3]
    lines = [f"-----BEGIN {label}-----"] + body + [f"-----END {label}-----"]
    return sep.join(prefix + l for l in lines).lstrip(" ") if prefix else sep.join(lines)


def wg_key(rng):
    return rs(rng, B64, 42) + rng.choice("AEIMQUYcgkosw048") + "="


def cert_block(rng, label="CERTIFICATE"):
    lines = ["MII" + rs(rng, "BCDE", 1) + rs(rng, B64, 60)] + [rs(rng, B64, 64) for _ in range(rng.randint(4, 10))] + [rs(rng, B64, rng.randint(10, 60)) + "=="]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


# ---------------------------------------------------------------- look-alikes
def uuid4(rng):
    h = rs(rng, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def piva(rng):
    base = rs(rng, DIG, 7) + rng.choice(["001", "015", "037", "058", "096", "108", "121"])
    s = 0
    for i, c in enumerate(base):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base + str((10 - s % 10) % 10)


def ean13(rng):
    b = rng.choice(["800", "801", "803", "400", "590"]) + rs(rng, DIG, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def phone(rng, lang):
    if lang == "it" or rng.random() < .3:
        return rng.choice(["+39 3", "3", "+39 02 ", "06 ", "+39 011 ", "0039 3"]) + rs(rng, DIG, 2) + " " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4)
    return rng.choice(["+44 20 ", "+44 7", "020 ", "07"]) + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4)


def tracking(rng):
    return rng.choice([
        lambda: "1Z" + rs(rng, A_UP + DIG, 6) + rs(rng, DIG, 10),
        lambda: rs(rng, DIG, 10),
        lambda: "JJD" + rs(rng, DIG, 18),
        lambda: rng.choice(["RR", "RA", "CP"]) + rs(rng, DIG, 9) + "IT",
        lambda: "BRT " + rs(rng, DIG, 4) + " " + rs(rng, DIG, 4) + " " + rs(rng, DIG, 4),
        lambda: "GLS " + rs(rng, A_UP, 2) + rs(rng, DIG, 9),
        lambda: "00" + rs(rng, DIG, 16),
    ])()


def sha256(rng):
    return rs(rng, HEXL, 64)


def commit(rng):
    return rs(rng, HEXL, 40)


def payment_id(rng):
    return rng.choice([
        lambda: "pi_" + rs(rng, ALNUM, 24), lambda: "ch_" + rs(rng, ALNUM, 24), lambda: "pay_" + rs(rng, ALNUM, 14),
        lambda: "tr_" + rs(rng, ALNUM, 10), lambda: rs(rng, A_UP + DIG, 17), lambda: "PAYID-" + rs(rng, A_UP + DIG, 24),
        lambda: "TRX" + rs(rng, DIG, 12), lambda: uuid4(rng), lambda: "txn_" + rs(rng, A_LOW + DIG, 20),
    ])()


def order_no(rng):
    return rng.choice([
        lambda: "#" + str(rng.randint(1000, 99999)), lambda: "ORD-" + str(rng.randint(2025, 2026)) + "-" + rs(rng, DIG, 6),
        lambda: rs(rng, DIG, 3) + "-" + rs(rng, DIG, 7) + "-" + rs(rng, DIG, 7), lambda: "1000" + rs(rng, DIG, 5),
        lambda: "PS" + rs(rng, A_UP, 9), lambda: "WC-" + rs(rng, DIG, 5),
    ])()


def invoice_no(rng):
    y = rng.choice([2025, 2026])
    return rng.choice([f"FT {y}/{rng.randint(1, 999):03d}", f"{rng.randint(1, 999)}/{y}", f"INV-{y}-{rng.randint(1, 9999):04d}",
                       f"Fatt. n. {rng.randint(1, 400)}/E", f"{rng.randint(1, 99)}/PA"])


def amount(rng, lang):
    v = rng.randint(100, 250000) / 100
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"€ {s}", f"{s} €", f"EUR {s}", f"{s} euro"])
    return rng.choice([f"€{v:,.2f}", f"EUR {v:.2f}", f"£{v:,.2f}", f"{v:.2f} EUR"])


def date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    if lang == "it":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre'][m-1]} {y}"])
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {d}, {y}"])


def ts(rng):
    return f"2026-{rng.randint(1,12):02d}-{rng.randint(1,28):02d}T{rng.randint(0,23):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}Z"


def version(rng):
    return rng.choice([f"v{rng.randint(1,9)}.{rng.randint(0,20)}.{rng.randint(0,40)}", f"{rng.randint(1,9)}.{rng.randint(0,9)}.{rng.randint(0,99)}-build{rng.randint(100,9999)}",
                       f"{rng.randint(2,8)}.{rng.randint(0,9)}.{rng.randint(0,9)}.{rng.randint(0,9)}"])


BICS = ["BCITITMM", "UNCRITMMXXX", "BAPPIT21", "BPMOIT22XXX", "PASCITMMXXX", "SELBIT2BXXX", "FEBIITM1", "POSOIT22",
        "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "NWBKGB2L", "INGBNL2A", "GEBABEBB", "BCITITMM500", "CRPPIT2P"]


def masked_card(rng):
    c = card(rng)
    return rng.choice([f"**** **** **** {c[-4:]}", f"************{c[-4:]}", f"{c[:6]}******{c[-4:]}", f"XXXX-XXXX-XXXX-{c[-4:]}", f"•••• {c[-4:]}", f"{c[:4]} **** **** {c[-4:]}", f"ending {c[-4:]}"])


def masked_iban(rng):
    i = iban(rng, "IT")
    return rng.choice([f"IT** **** **** **** **** ***{i[-4:-3]} {i[-3:]}", f"{i[:4]}XXXXXXXXXXXXXXXXXX{i[-5:]}", f"{i[:7]}…{i[-4:]}", f"IBAN che termina con {i[-4:]}", f"{i[:4]} **** **** **** **** **{i[-5:-4]} {i[-4:]}"])
