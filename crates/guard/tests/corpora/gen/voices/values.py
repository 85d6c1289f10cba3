"""Invented value generators for the `voices` corpus (seeded by the caller)."""
import base64, json, random, string

R = random.Random(20261201)

IT_DIG = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
B62 = string.ascii_letters + string.digits
B64U = B62 + "-_"
HEX = "0123456789abcdef"


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


CARD_PREFIXES = [("4111111", 16), ("4539", 16), ("4000056", 16), ("4242", 16), ("5555555", 16),
                 ("510510", 16), ("2223003", 16), ("378282", 15), ("371449", 15), ("6011", 16),
                 ("353011", 16), ("4012888", 16), ("5200828", 16), ("4917", 16)]


def card_digits():
    p, n = R.choice(CARD_PREFIXES)
    body = p + "".join(R.choice(string.digits) for _ in range(n - 1 - len(p)))
    return body + luhn_digit(body)


def bad_card_digits():
    d = card_digits()
    last = int(d[-1])
    return d[:-1] + str((last + R.randint(1, 9)) % 10)


def group_card(d, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", ".", "  ", " - ", "", "/"])
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(g)


def iban_mod(s):
    t = "".join(str(int(c, 36)) for c in s)
    return int(t) % 97


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return iban_mod(s[4:] + s[:4]) == 1


def make_iban(cc, bban):
    chk = 98 - iban_mod(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(s22):
    t = 0
    for i, c in enumerate(s22):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)


ABICAB = [("03069", "09606"), ("02008", "01664"), ("05034", "11701"), ("03062", "34210"),
          ("08327", "03239"), ("05696", "01600"), ("03111", "01665"), ("02008", "05030")]


def it_parts():
    abi, cab = R.choice(ABICAB)
    conto = R.choice(["0000", "1000", "0100"]) + "".join(R.choice(string.digits) for _ in range(8))
    return cin(abi + cab + conto), abi, cab, conto


def rib_key(b, g, c):
    return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)


def fr_parts():
    b = R.choice(["30004", "20041", "30003", "10107", "18206"])
    g = "".join(R.choice(string.digits) for _ in range(5))
    c = "".join(R.choice(string.digits) for _ in range(11))
    return b, g, c, f"{rib_key(b, g, c):02d}"


W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(a) * b for a, b in zip(ten, W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_parts():
    e = R.choice(["2100", "0049", "0182", "2085", "0081"])
    o = "".join(R.choice(string.digits) for _ in range(4))
    c = "".join(R.choice(string.digits) for _ in range(10))
    return e, o, f"{es_dc('00' + e + o)}{es_dc(c)}", c


def iban_digits_only(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def iban_compact(cc=None):
    cc = cc or R.choice(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL"])
    if cc == "IT":
        c, a, b, k = it_parts(); bban = c + a + b + k
    elif cc == "DE":
        bban = R.choice(["37040044", "50010517", "10020030", "70150000"]) + iban_digits_only(10)
    elif cc == "FR":
        b, g, c, k = fr_parts(); bban = b + g + c + k
    elif cc == "ES":
        e, o, d, c = es_parts(); bban = e + o + d + c
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + iban_digits_only(14)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + iban_digits_only(10)
    return make_iban(cc, bban)


def bad_iban_compact():
    i = iban_compact()
    good = int(i[2:4])
    bad = good
    while bad == good:
        bad = R.randint(2, 98)
    return f"{i[:2]}{bad:02d}{i[4:]}"


def fmt_iban(i, mode=None):
    mode = mode or R.choice(["spaced", "spaced", "compact", "compact", "lower", "dash", "wrap", "odd"])
    g = [i[k:k + 4] for k in range(0, len(i), 4)]
    if mode == "spaced":
        return " ".join(g)
    if mode == "compact":
        return i
    if mode == "lower":
        return " ".join(g).lower() if R.random() < .5 else i.lower()
    if mode == "dash":
        return "-".join(g)
    if mode == "wrap":
        k = R.randint(2, len(g) - 2)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    # odd: IT-style split by parts
    if i.startswith("IT"):
        return f"{i[:4]} {i[4]} {i[5:10]} {i[10:15]} {i[15:]}"
    return "  ".join(g)


# ---------------------------------------------------------------- spoken digits
def spoken(d, lang, mix=0.0, sep=None):
    words = IT_DIG if lang == "it" else EN_DIG
    out = []
    for c in d:
        if c.isdigit():
            if R.random() < mix:
                out.append(c)
            else:
                w = words[int(c)]
                if lang == "en" and c == "0" and R.random() < .4:
                    w = "oh"
                out.append(w)
        else:
            out.append(c)
    sep = sep if sep is not None else R.choice([" ", ", ", " ", "-", "... "])
    return sep.join(out)


def spoken_grouped(d, lang, group=4, mix=0.0):
    parts = [d[i:i + group] for i in range(0, len(d), group)]
    gs = R.choice([", ", "... ", " — ", "; ", " "])
    return gs.join(spoken(p, lang, mix, sep=" ") for p in parts)


# ---------------------------------------------------------------- tokens
def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


ISS = ["https://auth.fatture-rapide.example", "https://id.meteoapi.example", "https://login.pagafacile.example",
       "https://sso.logistica-nord.example", "https://auth.sportello.example"]


def jwt(kind="access"):
    h = {"alg": R.choice(["RS256", "ES256", "HS256"]), "typ": "JWT"}
    if R.random() < .6:
        h["kid"] = rs(R.randint(8, 16), HEX)
    p = {"iss": R.choice(ISS), "sub": R.choice(["user_", "acct_", "cli_"]) + rs(10),
         "aud": R.choice(["api", "payments", "reports-api", "desk"]),
         "iat": 1790000000 + R.randint(0, 9999999)}
    p["exp"] = p["iat"] + R.choice([900, 3600, 86400, 2592000])
    if kind == "refresh":
        p["typ"] = "refresh"; p["jti"] = rs(22)
    else:
        p["scope"] = R.choice(["read write", "payments:write", "invoices:read", "admin"])
    sig = rs(43 if h["alg"] != "ES256" else 86, B64U)
    return f"{b64u(h)}.{b64u(p)}.{sig}"


def access_token():
    k = R.random()
    if k < .35:
        return jwt()
    if k < .55:
        return R.choice(["spk_live_", "mtk_prod_", "pfx_live_", "ak_live_", "at_"]) + rs(R.randint(28, 40))
    if k < .7:
        return rs(R.randint(32, 48), B64U)
    if k < .85:
        return rs(64, HEX)
    return "sess_" + rs(32)


def refresh_token():
    k = R.random()
    if k < .3:
        return jwt("refresh")
    if k < .55:
        return "rt_" + rs(R.randint(36, 48))
    if k < .75:
        return "def50200" + rs(R.randint(80, 120), HEX)
    return rs(R.randint(40, 64), B64U)


def client_secret():
    k = R.random()
    if k < .35:
        return rs(R.randint(32, 44), B62 + "-_~.")
    if k < .6:
        return R.choice(["cs_live_", "cs_prod_", "sec_", "whsec_"]) + rs(R.randint(24, 36))
    if k < .8:
        return rs(40, HEX)
    return rs(8, HEX) + "-" + rs(4, HEX) + "~" + rs(24, B62)


CLIENT_IDS = ["acme-pay-prod", "fatture-web", "meteo-batch-01", "logistica-nord-app", "pagafacile-pos",
              "crm-bridge", "bottega-roma-shop", "ordini-mobile-ios", "report-cron", "edil-store-test"]


def basic_blob():
    return base64.b64encode(f"{R.choice(CLIENT_IDS)}:{client_secret()}".encode()).decode()


def user_pass_pair():
    return f"{R.choice(CLIENT_IDS)}:{client_secret()}"


def vendor_key():
    k = R.randint(0, 9)
    if k == 0:
        return "AKIA" + rs(16, string.ascii_uppercase + "234567")
    if k == 1:
        return rs(40, B62 + "/+")  # aws secret style (labelled only when said to be one)
    if k == 2:
        return "sk_live_" + rs(R.choice([24, 34, 99]))
    if k == 3:
        return "rk_live_" + rs(24)
    if k == 4:
        return "ghp_" + rs(36)
    if k == 5:
        return "xoxb-" + rs(11, string.digits) + "-" + rs(12, string.digits) + "-" + rs(24)
    if k == 6:
        return "AIza" + rs(35, B64U)
    if k == 7:
        return "glpat-" + rs(20, B64U)
    if k == 8:
        return "SG." + rs(22, B64U) + "." + rs(43, B64U)
    return "SK" + rs(32, HEX)


def vendor_key_named():
    """(vendor name, key) without the ambiguous aws-secret style"""
    while True:
        v = vendor_key()
        if v.startswith("AKIA"): return "AWS", v
        if v.startswith(("sk_live", "rk_live")): return "Stripe", v
        if v.startswith("ghp_"): return "GitHub", v
        if v.startswith("xoxb-"): return "Slack", v
        if v.startswith("AIza"): return "Google Maps", v
        if v.startswith("glpat-"): return "GitLab", v
        if v.startswith("SG."): return "SendGrid", v
        if v.startswith("SK"): return "Twilio", v


def private_key():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}.get(kind, R.randint(5, 9))
    body = []
    for i in range(nlines):
        body.append(rs(64 if i < nlines - 1 else R.randint(20, 60), B62 + "+/"))
    if kind == "RSA PRIVATE KEY":
        body[0] = "MIIEow" + body[0][6:]
    elif kind == "PRIVATE KEY":
        body[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + body[0][32:]
    elif kind == "EC PRIVATE KEY":
        body[0] = "MHcCAQEEI" + body[0][9:]
    else:
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    last = body[-1]
    pad = (-len(last)) % 4
    body[-1] = last + "=" * min(pad, 2) if pad <= 2 else last[:-1]
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


IT_WORDS = ["Gatto", "Limone", "Trombone", "Sole", "Pizza", "Mare", "Vespa", "Nonna", "Bici", "Cane", "Roma",
            "Gelato", "Fragola", "Orso", "Luna", "Neve"]
EN_WORDS = ["Falcon", "Maple", "Tiger", "River", "Winter", "Copper", "Banjo", "Rocket", "Pepper", "Harbor"]


def password():
    k = R.random()
    sym = R.choice("!@#$%&*?.-_")
    if k < .3:
        w = R.choice(IT_WORDS + EN_WORDS)
        return w + str(R.randint(1, 2026)) + sym
    if k < .5:
        return rs(R.randint(10, 18), B62 + "!@#$%^&*-_")
    if k < .65:
        w = R.choice(IT_WORDS + EN_WORDS)
        w = w.replace("o", "0").replace("a", "@").replace("e", "3")
        return w + sym + str(R.randint(10, 99))
    if k < .8:
        ws = R.sample([w.lower() for w in IT_WORDS + EN_WORDS], 3)
        return R.choice(["-", ".", "_"]).join(ws) + str(R.randint(1, 99))
    if k < .9:
        return R.choice(IT_WORDS) + R.choice(IT_WORDS).lower() + str(R.randint(1, 9)) + sym
    return rs(R.randint(12, 16), B62)


def pin(n=None):
    n = n or R.choice([4, 4, 5, 6, 6])
    while True:
        d = "".join(R.choice(string.digits) for _ in range(n))
        if len(set(d)) > 1:
            return d


def cvv(n=3):
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- look-alikes
def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def pay_id():
    return "pay_" + rs(R.randint(14, 24))


def task_id():
    return R.choice(["task_", "job-", "tsk_", "run-"]) + rs(R.randint(10, 16), string.ascii_lowercase + string.digits)


def trace_id():
    return rs(32, HEX) if R.random() < .6 else f"00-{rs(32, HEX)}-{rs(16, HEX)}-01"


def commit():
    return rs(40, HEX) if R.random() < .5 else rs(R.choice([7, 8, 12]), HEX)


def sha256():
    return rs(64, HEX)


def order_no():
    return R.choice(["ORD-", "ORD-2026-", "OD", "#", "n. "]) + str(R.randint(10000, 9999999))


def invoice_no():
    return R.choice(["FT-2026/", "INV-", "FATT. ", "2026/FE/"]) + str(R.randint(100, 99999))


def ticket_no():
    return R.choice(["SPT-", "#", "TCK-", "CASE-"]) + str(R.randint(1000, 999999))


def phone(lang):
    if R.random() < .5:
        return R.choice(["+39 ", "0039 ", ""]) + R.choice(["333", "347", "320", "02", "06", "011"]) + " " + \
            f"{R.randint(100, 999)} {R.randint(1000, 9999)}"
    return R.choice(["+44 20 ", "+1 415 ", "+49 30 ", "+33 1 "]) + f"{R.randint(1000, 9999)} {R.randint(1000, 9999)}"


def phone_spoken(lang):
    d = R.choice(["333", "347", "320", "02", "06"]) + "".join(R.choice(string.digits) for _ in range(7))
    return spoken(d, lang, mix=R.choice([0, 0, .3]), sep=R.choice([" ", ", ", "-"]))


def amount(lang):
    v = R.randint(5, 99999) + R.randint(0, 99) / 100
    if lang == "it":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return R.choice([f"€ {s}", f"{s} EUR", f"{s} euro"])
    return R.choice([f"€{v:,.2f}", f"EUR {v:,.2f}", f"${v:,.2f}", f"£{v:,.2f}"])


def date(lang):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.choice([2025, 2026])
    mi = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
    me = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d} {mi[m - 1]} {y}" if lang == "it" else f"{me[m - 1]} {d}, {y}"])


def time_():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}" + (f":{R.randint(0, 59):02d}" if R.random() < .4 else "")


BICS = ["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "DEUTDEFF", "BNPAFRPP", "CAIXESBBXXX", "NWBKGB2L", "INGBNL2A",
        "BAPPIT21AQ1", "SELBIT2BXXX"]


def masked_card():
    d = card_digits()
    return R.choice([f"**** **** **** {d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}", f"{d[:6]}******{d[-4:]}",
                     f"•••• {d[-4:]}", f"ending in {d[-4:]}", f"{d[:4]} **** **** {d[-4:]}"])


def masked_iban():
    i = iban_compact()
    return R.choice([f"{i[:4]} **** **** **** {i[-4:]}", f"{i[:2]}** **** {i[-3:]}", f"{i[:5]}…{i[-4:]}",
                     f"{i[:4]}XXXXXXXXXXXXXXX{i[-4:]}"])
