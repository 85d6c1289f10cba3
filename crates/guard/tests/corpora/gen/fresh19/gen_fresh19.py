#!/usr/bin/env python3
"""Generator for the fresh19 held-out guard corpus.

Style: "the community and the public web" -- help-center comments, forum and
community threads, Stack Overflow-style Q&A, GitHub/GitLab issues and PRs,
Discord/Slack channels, status-page replies, store and Trustpilot-style
reviews, Reddit-style posts, blog comments, second-language writers and
code-switching, newsletters/changelog replies, "paste your config" Q&A.

Standard library only, seeded, deterministic.  Writes fresh19.jsonl next to
this file.
"""
import base64
import json
import os
import random
import string
from collections import Counter

R = random.Random(190219)
USED = set()

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def pick(*opts):
    if len(opts) == 1 and isinstance(opts[0], (list, tuple)):
        return R.choice(opts[0])
    return R.choice(opts)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uniq(fn):
    """Call fn() until it yields a value never used before."""
    for _ in range(200):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not make a unique value")


# ---------------------------------------------------------------- cards
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


VISA_BINS = ["453201", "455673", "491761", "402400", "448590", "471608", "453978", "476173", "400551", "426684", "492181"]
MC_BINS = ["510510", "531358", "542418", "555544", "523456", "222300", "271050", "549123", "515735", "526219"]
AMEX_BINS = ["3782", "3714", "3400", "3787", "3411"]


def card_raw(brand=None):
    brand = brand or pick("visa", "visa", "mc", "mc", "amex")
    if brand == "amex":
        body = pick(AMEX_BINS) + rs(DIG, 10)
    elif brand == "mc":
        body = pick(MC_BINS) + rs(DIG, 9)
    else:
        body = pick(VISA_BINS) + rs(DIG, 9)
    return body + luhn_digit(body)


def fmt_card(raw, style=None):
    if len(raw) == 15:
        groups = [raw[:4], raw[4:10], raw[10:]]
    else:
        groups = [raw[i:i + 4] for i in range(0, 16, 4)]
    style = style or pick(" ", " ", " ", "-", "", ".", "  ", " - ", "/")
    return style.join(groups)


def card(style=None, brand=None):
    def f():
        raw = card_raw(brand)
        assert luhn_ok(raw)
        return fmt_card(raw, style)
    return uniq(f)


def bad_card(style=None):
    def f():
        raw = card_raw("visa" if R.random() < .6 else "mc")
        last = int(raw[-1])
        raw = raw[:-1] + str((last + R.randint(1, 9)) % 10)
        assert not luhn_ok(raw)
        return fmt_card(raw, style)
    return uniq(f)


def cvv(n=3):
    return uniq(lambda: rs(DIG, n))


def expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31))


# ---------------------------------------------------------------- IBAN / BBAN
def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


ODD_IT = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch)
        tot += ODD_IT[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


ABI = ["03069", "02008", "05034", "01030", "03104", "05387", "06230", "03111", "05696", "08327", "03015", "05428"]
BLZ = ["10070000", "50010517", "37040044", "12030000", "20041133", "43060967", "70150000", "60050101", "44010046"]
FR_BANK = ["30004", "30003", "20041", "10278", "30002", "18206", "17515", "11315"]
ES_ENT = ["2100", "0049", "0182", "0081", "2085", "0128", "1465"]
UK_BANK = [("BARC", "20"), ("MIDL", "40"), ("NWBK", "60"), ("LOYD", "30"), ("MONZ", "04"), ("HBUK", "40")]


def it_parts():
    abi = pick(ABI)
    cab = rs(DIG, 5)
    conto = pick("0000", "1000", "0100", "000") + rs(DIG, 12)
    conto = conto[-12:]
    return it_cin(abi, cab, conto), abi, cab, conto


def fr_parts():
    b = pick(FR_BANK)
    g = rs(DIG, 5)
    c = rs(DIG, 11)
    k = "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))
    return b, g, c, k


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(a) * w for a, w in zip(ten, ES_W)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_parts():
    e = pick(ES_ENT)
    o = rs(DIG, 4)
    cta = rs(DIG, 10)
    dc = "%d%d" % (es_dc("00" + e + o), es_dc(cta))
    return e, o, dc, cta


def de_parts():
    return pick(BLZ), rs("123456789", 1) + rs(DIG, R.choice([7, 8, 9]))


def uk_parts():
    code, pre = pick(UK_BANK)
    sort = pre + rs(DIG, 4)
    return code, sort, rs(DIG, 8)


def nl_bban():
    while True:
        acc = rs(DIG, 10)
        if acc[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return pick("INGB", "ABNA", "RABO", "SNSB", "TRIO") + acc


def be_bban():
    ten = rs(DIG, 10)
    chk = int(ten) % 97 or 97
    return ten + "%02d" % chk


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(country=None, spaced=None):
    country = country or pick("IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT")

    def f():
        if country == "IT":
            cin, a, c, k = it_parts()
            bban = cin + a + c + k
        elif country == "DE":
            blz, kto = de_parts()
            bban = blz + kto.zfill(10)
        elif country == "FR":
            b, g, c, k = fr_parts()
            bban = b + g + c + k
        elif country == "ES":
            e, o, dc, cta = es_parts()
            bban = e + o + dc + cta
        elif country == "GB":
            code, sort, acc = uk_parts()
            bban = code + sort + acc
        elif country == "NL":
            bban = nl_bban()
        elif country == "BE":
            bban = be_bban()
        else:
            bban = rs(DIG, 16)
        ib = country + iban_check(country, bban) + bban
        assert iban_valid(ib)
        sp = spaced if spaced is not None else R.random() < .55
        return group4(ib) if sp else ib
    return uniq(f)


def bad_iban(country=None, spaced=None):
    good = iban(country, spaced=False)
    cc, ck, rest = good[:2], good[2:4], good[4:]
    new = "%02d" % ((int(ck) + R.randint(1, 40)) % 97 + 2)
    if new == ck:
        new = "%02d" % ((int(ck) + 3) % 97 + 2)
    bad = cc + new + rest
    assert not iban_valid(bad)
    sp = spaced if spaced is not None else R.random() < .5
    return group4(bad) if sp else bad


# national accounts: each returns (display_text, [values])
def acct_it(lang):
    cin, abi, cab, conto = it_parts()
    USED.add(conto)
    form = R.randint(0, 3)
    if form == 0:
        s = cin + abi + cab + conto
        return ("BBAN " if R.random() < .5 else "") + s, [s]
    if form == 1:
        s = "%s %s %s %s" % (cin, abi, cab, conto)
        return s, [s]
    if form == 2:
        lab = pick(("ABI", "CAB", "c/c"), ("ABI", "CAB", "conto"), ("abi", "cab", "n. conto"), ("ABI:", "CAB:", "C/C n."))
        return "%s %s %s %s %s %s, CIN %s" % (lab[0], abi, lab[1], cab, lab[2], conto, cin), [conto]
    return "CIN %s / ABI %s / CAB %s / conto %s" % (cin, abi, cab, conto), [conto]


def acct_de(lang):
    blz, kto = de_parts()
    USED.add(kto)
    blz_s = pick(blz, blz[:3] + " " + blz[3:6] + " " + blz[6:])
    lab = pick("Kontonummer", "Konto-Nr.", "Kto.", "Konto")
    return "BLZ %s, %s %s" % (blz_s, lab, kto), [kto]


def acct_fr(lang):
    b, g, c, k = fr_parts()
    if R.random() < .5:
        s = "%s %s %s %s" % (b, g, c, k)
        return "RIB " + s, [s]
    USED.add(c)
    return "banque %s guichet %s compte %s clé %s" % (b, g, c, k), [c]


def acct_es(lang):
    e, o, dc, cta = es_parts()
    s = pick("%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s") % (e, o, dc, cta)
    return "CCC " + s, [s]


def acct_uk(lang):
    _, sort, acc = uk_parts()
    sc = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    if R.random() < .3:
        sc = sc.replace("-", " ")
    return "sort code %s, account %s" % (sc, acc), [acc]


# ---------------------------------------------------------------- tokens
JWT_ISS = ["https://auth.pagalesto.it", "https://id.spedisci.io", "https://login.fatturapi.com", "https://sso.acmepay.eu", "https://accounts.tributo.app"]


def jwt(long_sig=None):
    def f():
        alg = pick("RS256", "HS256", "ES256", "RS256")
        hdr = {"alg": alg, "typ": "JWT"}
        if R.random() < .6:
            hdr["kid"] = rs(ALNUM, R.choice([8, 16, 20]))
        iat = R.randint(1767000000, 1799000000)
        pl = {"iss": pick(JWT_ISS), "sub": pick(["usr_", "cli_", "acc_", ""]) + rs(ALNUM, 12),
              "iat": iat, "exp": iat + pick(900, 3600, 86400)}
        if R.random() < .6:
            pl["scope"] = pick("payments:read payments:write", "read write", "invoices.read", "openid profile", "orders:*")
        if R.random() < .4:
            pl["aud"] = pick("api", "payments-api", "https://api.spedisci.io")
        sig = b64u(rbytes({"RS256": 256, "HS256": 32, "ES256": 64}[alg]))
        return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig
    return uniq(f)


def opaque(n=None, alpha=ALNUM):
    return uniq(lambda: rs(alpha, n or R.choice([32, 40, 43, 48, 64])))


PROV_PFX = ["pl_live_", "spd_", "fa_prod_", "acme_sk_", "trb_live_", "key_live_", "apik_", ""]


def provider_key():
    return uniq(lambda: pick(PROV_PFX) + rs(pick(ALNUM, HEX, ALNUM), R.choice([32, 36, 40])))


def session_cookie():
    return uniq(lambda: pick(rs(HEX, 32), rs(B64URL, 43), "s%3A" + rs(B64URL, 32) + "." + rs(B64URL, 27), rs(ALNUM, 26)))


def access_value():
    r = R.random()
    if r < .45:
        return jwt()
    if r < .75:
        return opaque()
    return provider_key()


def client_secret_value():
    return uniq(lambda: pick("", "", "cs_", "sec_") + rs(pick(ALNUM, B64URL, HEX), R.choice([32, 40, 48, 64])))


def basic_pair():
    user = pick("acme-pay-prod", "shop-", "integr_", "portal-", "erp-sync-") + rs(LO + DIG, 5)
    pw = password()
    return user, pw


def refresh_value():
    return uniq(lambda: pick(rs(B64URL, 64), "rt_" + rs(ALNUM, 48), "1//0" + rs(B64URL, 99), "def50200" + rs(HEX, 120),
                             rs(ALNUM, 40), "r1." + rs(B64URL, 54)))


def pem(kind=None):
    kind = kind or pick("RSA", "PKCS8", "PKCS8", "EC", "OPENSSH")
    if kind == "RSA":
        head, tail, n, pre = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", R.randint(9, 14), "MIIEpAIBAAKCAQEA"
    elif kind == "PKCS8":
        head, tail, n, pre = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", R.randint(9, 14), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    elif kind == "EC":
        head, tail, n, pre = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----", 3, "MHcCAQEEI"
    else:
        head, tail, n, pre = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----", R.randint(5, 7), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = pre + base64.b64encode(rbytes(48 * n)).decode()
    lines = [body[i:i + 64] for i in range(0, 64 * n, 64)]
    if kind == "EC":
        lines[-1] = lines[-1][:40] + "=="
    return head, lines, tail


def pem_block(kind=None, nl="\n"):
    h, lines, t = pem(kind)
    v = nl.join([h] + lines + [t])
    USED.add(v)
    return v


def public_block(cert=False):
    h = "CERTIFICATE" if cert else "PUBLIC KEY"
    pre = "MIIDazCCAlOgAwIBAgIU" if cert else "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    body = pre + base64.b64encode(rbytes(48 * 6)).decode()
    lines = [body[i:i + 64] for i in range(0, 64 * 6, 64)]
    return "\n".join(["-----BEGIN %s-----" % h] + lines + ["-----END %s-----" % h])


# vendor keys: returns (value, vendor label)
def vendor():
    k = R.randint(0, 17)
    if k == 0:
        return uniq(lambda: "AKIA" + rs(UP + "234567", 16)), "AWS access key id"
    if k == 1:
        return uniq(lambda: rs(ALNUM + "/+", 40)), "AWS secret access key"
    if k == 2:
        return uniq(lambda: "sk_live_" + rs(ALNUM, pick(24, 99))), "Stripe"
    if k == 3:
        return uniq(lambda: "rk_live_" + rs(ALNUM, pick(24, 99))), "Stripe restricted key"
    if k == 4:
        return uniq(lambda: "ghp_" + rs(ALNUM, 36)), "GitHub"
    if k == 5:
        return uniq(lambda: "github_pat_11" + rs(UP + DIG, 22) + "_" + rs(ALNUM, 59)), "GitHub fine-grained PAT"
    if k == 6:
        return uniq(lambda: "glpat-" + rs(B64URL, 20)), "GitLab"
    if k == 7:
        return uniq(lambda: pick("xoxb-", "xoxp-") + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(ALNUM, 24)), "Slack"
    if k == 8:
        return uniq(lambda: "AIza" + rs(B64URL, 35)), "Google Maps"
    if k == 9:
        return uniq(lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)), "SendGrid"
    if k == 10:
        return uniq(lambda: "SK" + rs(HEX, 32)), "Twilio API key"
    if k == 11:
        return uniq(lambda: "sk-proj-" + rs(B64URL, 64) + "T3BlbkFJ" + rs(B64URL, 20)), "OpenAI"
    if k == 12:
        return uniq(lambda: "key-" + rs(HEX, 32)), "Mailgun"
    if k == 13:
        return uniq(lambda: "npm_" + rs(ALNUM, 36)), "npm"
    if k == 14:
        return uniq(lambda: "shpat_" + rs(HEX, 32)), "Shopify"
    if k == 15:
        return uniq(lambda: b64u(str(R.randint(10 ** 17, 10 ** 18)).encode()) + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)), "Discord bot"
    if k == 16:
        return uniq(lambda: str(R.randint(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(B64URL, 33)), "Telegram bot"
    return uniq(lambda: "access_token$production$" + rs(LO + DIG, 16) + "$" + rs(HEX, 32)), "Braintree/PayPal"


# ---------------------------------------------------------------- passwords & pins
WORDS_IT = ["girasole", "pizzica", "tramonto", "lupo", "cornetto", "vespa", "gelato", "mare", "nonna", "ciuccio", "mirtillo", "brezza", "trullo", "cannolo", "fulmine", "gatto", "ombrello", "sciroppo"]
WORDS_EN = ["falcon", "pickle", "harbour", "maple", "rocket", "velvet", "badger", "summer", "copper", "lantern", "waffle", "thunder", "meadow", "biscuit"]
WORDS_X = ["sonnenblume", "mariposa", "citron", "saudade", "schatz", "fresa", "grenouille", "tartaruga"]


def password():
    def f():
        r = R.random()
        w = pick(WORDS_IT + WORDS_EN + WORDS_X)
        if r < .3:
            return w.capitalize() + pick("!", "@", "#", "$", "*", "_", ".", "?") + str(R.randint(10, 9999))
        if r < .5:
            return rs(ALNUM + "!@#$%^&*-_=+", R.randint(12, 20))
        if r < .65:
            ws = [pick(WORDS_IT + WORDS_EN) for _ in range(pick(3, 4))]
            return pick("-", ".", "_").join(ws) + str(R.randint(1, 99))
        if r < .8:
            tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"})
            return w.translate(tr).capitalize() + str(R.randint(70, 2026))
        if r < .9:
            return rs(ALNUM, R.randint(10, 16))
        return pick(["Juve", "Forza", "Ciao", "Mamma", "Roma", "Napoli", "Milano"]) + pick(["Forever", "Sempre", "1897", "Bella"]) + str(R.randint(1, 99)) + pick("!", "?", "!!", "#")
    return uniq(f)


def pin(n=None):
    n = n or pick(4, 4, 5, 6, 6, 6, 8)

    def f():
        v = rs(DIG, n)
        if len(set(v)) == 1 or v in ("1234", "123456", "0000"):
            return v + "x"
        return v
    for _ in range(50):
        v = uniq(f)
        if "x" not in v:
            return v
    raise RuntimeError


def spaced_pin(v):
    if len(v) == 6 and R.random() < .3:
        return v[:3] + pick(" ", "-") + v[3:]
    return v


# ---------------------------------------------------------------- look-alike values
def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("8", "9", "a", "b") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def req_id():
    return pick(uuid4(), "req_" + rs(ALNUM, 14), "rid-" + rs(HEX, 16), uuid4(), "trace-" + rs(HEX, 32))


def pay_id():
    return pick("pay_" + rs(ALNUM, 14), "pi_3" + rs(ALNUM, 23), "PAY-" + rs(UP + DIG, 24), "tr_" + rs(ALNUM, 10), "ch_3" + rs(ALNUM, 23), "txn_" + rs(DIG, 12))


def client_id():
    return pick("acme-pay-prod", "shop-", "pagalesto-web-", "erp-", "mobile-ios-", "b2b-portal-") + pick(rs(LO + DIG, 6), "staging", "prod", rs(DIG, 4))


def sha256():
    return rs(HEX, 64)


def sha1():
    return rs(HEX, 40)


def order_no():
    return pick("#" + str(R.randint(10000, 999999)), "ORD-" + str(R.randint(2025000, 2026999)) + "-" + rs(DIG, 4), "A" + rs(DIG, 9), "%d-%07d" % (R.randint(100, 999), R.randint(0, 9999999)))


def invoice_no():
    return pick("FT %d/2026" % R.randint(1, 999), "INV-2026-%05d" % R.randint(1, 99999), "n. %d/%s" % (R.randint(1, 400), pick("A", "B", "PA")), "2026/%04d" % R.randint(1, 9999))


def phone(lang):
    if lang == "it" or R.random() < .3:
        return pick("+39 3%s %s %s" % (rs(DIG, 2), rs(DIG, 3), rs(DIG, 4)), "3%s %s" % (rs(DIG, 2), rs(DIG, 7)), "+39 02 %s %s" % (rs(DIG, 4), rs(DIG, 4)), "06 %s %s" % (rs(DIG, 4), rs(DIG, 4)))
    return pick("+44 7%s %s" % (rs(DIG, 3), rs(DIG, 6)), "(%s) %s-%s" % (rs("23456789", 1) + rs(DIG, 2), rs(DIG, 3), rs(DIG, 4)), "+1 %s %s %s" % (rs(DIG, 3), rs(DIG, 3), rs(DIG, 4)), "+49 151 %s" % rs(DIG, 8))


def tracking():
    return pick("1Z" + rs(UP + DIG, 16), "RR" + rs(DIG, 9) + "IT", "JD0146" + rs(DIG, 14), rs(DIG, 12), "BRT " + rs(DIG, 15), "00340434" + rs(DIG, 12))


def version():
    return pick("v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)), "%d.%d.%d-beta.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 9)))


def amount(lang):
    x = R.randint(100, 999999) / 100
    if lang == "it":
        return pick("€ %s" % ("%.2f" % x).replace(".", ","), "%s EUR" % ("%.2f" % x).replace(".", ","), "%s€" % ("%.2f" % x).replace(".", ","))
    return pick("€%.2f" % x, "$%.2f" % x, "£%.2f" % x, "%.2f EUR" % x)


def date(lang):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = pick(2025, 2026)
    return pick("%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y))


def bic():
    return pick("BCITITMM", "UNCRITMM", "BAPPIT21", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "BARCGB22", "INGBNL2A", "MONZGB2L", "BPMOIT22XXX", "SOGEFRPP")


def piva():
    # Italian VAT number with valid check digit (public business id)
    b = rs(DIG, 10)
    s = 0
    for i, ch in enumerate(b):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return b + str((10 - s % 10) % 10)


def masked_card():
    l4 = rs(DIG, 4)
    return pick("**** **** **** " + l4, "•••• " + l4, "XXXX-XXXX-XXXX-" + l4, pick(VISA_BINS + MC_BINS) + "******" + l4, "ending in " + l4, "**** " + l4)


def masked_iban():
    c = pick("IT", "DE", "FR", "ES")
    return pick(c + rs(DIG, 2) + " **** **** **** " + rs(DIG, 4), c + "** **** **** **** **** " + rs(DIG, 3), c + rs(DIG, 2) + "…" + rs(DIG, 4), c + rs(DIG, 2) + " XXXX XXXX XXXX XXXX " + rs(DIG, 4))


def masked_token():
    return pick("sk_live_" + "*" * 20 + rs(ALNUM, 4), "eyJhbGciOiJSUzI1NiIs…", "[REDACTED]", "***redacted***", "ghp_****************************" + rs(ALNUM, 4), "<hidden>", "••••••••••••", "xxxxxxxxxxxxxxxx", "Bearer ***", "REDACTED", rs(ALNUM, 4) + "…" + rs(ALNUM, 4), "[FILTERED]")


def placeholder():
    return pick("<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<API_KEY>", "${{ secrets.PAGALESTO_KEY }}", "$ACCESS_TOKEN", "%API_KEY%", "<inserisci-qui-la-chiave>", "CHANGEME", "your_api_key_here", "{{ vault_api_token }}", "<la-tua-password>", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "****", "TOKEN_HERE", "<redacted>", "{{refresh_token}}", "INSERT_KEY")


def env_ref():
    n = pick("PAGALESTO_API_KEY", "CLIENT_SECRET", "DB_PASSWORD", "STRIPE_SECRET_KEY", "REFRESH_TOKEN", "ACCESS_TOKEN", "SPD_TOKEN", "OAUTH_CLIENT_SECRET", "SMTP_PASS", "API_TOKEN")
    return pick('process.env.%s' % n, 'os.environ["%s"]' % n, 'os.getenv("%s")' % n, 'getenv("%s")' % n, 'ENV["%s"]' % n, 'System.getenv("%s")' % n, '$%s' % n, '${%s}' % n, 'config.clientSecret', 'settings.API_KEY', "env('%s')" % n, 'Deno.env.get("%s")' % n)


# ====================================================================== cores
# A core is the part of a post that carries the value (or the look-alike).
# It returns dict(text, secrets=[(kind, value)], code, topic).
SECRET_CORES = {}
PASS_CORES = []


def C(text, secrets=(), code=False, topic="tech"):
    return {"text": text, "secrets": list(secrets), "code": code, "topic": topic}


def sc(*kinds):
    def deco(fn):
        for k in kinds:
            SECRET_CORES.setdefault(k, []).append(fn)
        return fn
    return deco


def pc(fn):
    PASS_CORES.append(fn)
    return fn


def T(lang, it, en):
    return it if lang == "it" else en


PROVIDERS = ["Pagalesto", "Spedisci.io", "FatturAPI", "AcmePay", "Tributo", "Incassa", "Bollino", "Ricevo"]
HOSTS = ["api.pagalesto.it", "api.spedisci.io", "api.fatturapi.com", "sandbox.acmepay.eu", "api.tributo.app", "gw.incassa.it"]
DBHOSTS = ["db.internal", "10.0.3.14", "pg-prod-1.cluster-x.eu-south-1.rds.amazonaws.com", "localhost", "mysql.hosting-ovh.net", "postgres"]

PW_IT = ["password", "pass", "pwd", "password", "psw", "passwd", "pass", "parola chiave", "password di accesso"]
PW_EN = ["password", "pass", "pw", "pwd", "passwd", "login password"]
PW_X = ["contraseña", "Passwort", "mot de passe", "senha", "Kennwort", "clave", "palavra-passe"]
PIN_IT = ["codice OTP", "codice SMS", "codice di verifica", "OTP", "codice", "PIN", "codice 3D Secure", "codice usa e getta", "codice di conferma"]
PIN_EN = ["OTP", "SMS code", "verification code", "one-time code", "2FA code", "code", "3DS code", "security code they texted me", "confirmation code"]
PIN_X = ["código", "Bestätigungscode", "code de vérification", "código de verificação", "TAN"]


def pwlab(lang):
    if R.random() < .15:
        return pick(PW_X)
    return pick(PW_IT if lang == "it" else PW_EN)


def pinlab(lang):
    if R.random() < .12:
        return pick(PIN_X)
    return pick(PIN_IT if lang == "it" else PIN_EN)


def prov():
    return pick(PROVIDERS)


def host():
    return pick(HOSTS)


def host_as(pfx):
    h = host()
    first, rest = h.split(".", 1)
    return pfx + (rest if first in ("api", "sandbox", "gw") else h)


# ---------------------------------------------------------------- access_token
@sc("access_token")
def a_curl(lang):
    t = access_value()
    rid = req_id()
    txt = ('curl -s https://%s/v2/%s \\\n  -H "Authorization: Bearer %s" \\\n  -H "Accept: application/json"\n\n%s\n'
           % (host(), pick("payments", "orders?limit=20", "invoices/" + str(R.randint(100, 9999)), "customers/me", "payouts"), t,
              pick('{"error":"invalid_token","request_id":"%s"}' % rid, "HTTP/2 401\nx-request-id: %s" % rid, "< HTTP/1.1 403 Forbidden\n< X-Trace-Id: %s" % rid)))
    return C(txt, [("access_token", t)], code=True)


@sc("access_token")
def a_prose(lang):
    t = access_value()
    txt = pick(
        T(lang, "Ho generato il token dal pannello stamattina, eccolo: %s — e mi dà sempre 401. Scade dopo un'ora o sbaglio qualcosa?" % t,
          "Generated the token from the dashboard this morning, here it is: %s — and I keep getting 401. Does it expire after an hour or am I doing something wrong?" % t),
        T(lang, "il mio token %s funziona in Postman ma non dal server, che sarà?" % t,
          "my token %s works in Postman but not from the server?? what gives" % t),
        T(lang, "%s\n^ questo è il bearer che mi ha restituito /oauth/token, ha qualcosa che non va?" % t,
          "%s\n^ that's the bearer /oauth/token gave me, anything wrong with it?" % t),
        T(lang, "Token (quello vero, non di test): %s. Scope richiesti payments:write." % t,
          "Token (the real one, not sandbox): %s. Requested scopes payments:write." % t))
    return C(txt, [("access_token", t)])


@sc("access_token", "refresh_token")
def a_tokresp(lang):
    t = jwt() if R.random() < .6 else opaque()
    rt = refresh_value()
    with_rt = R.random() < .6
    body = '{\n  "access_token": "%s",\n  "token_type": "Bearer",\n  "expires_in": %d' % (t, pick(3600, 900, 7200))
    sec = [("access_token", t)]
    if with_rt:
        body += ',\n  "refresh_token": "%s"' % rt
        sec.append(("refresh_token", rt))
    body += ',\n  "scope": "%s"\n}' % pick("payments:read payments:write", "read", "invoices")
    intro = T(lang, pick("la risposta di /oauth/token:", "questo mi torna il login:", "Risposta completa:"),
              pick("response from /oauth/token:", "this is what the login returns:", "Full response:"))
    return C(intro + "\n" + body, sec, code=True)


@sc("access_token")
def a_python(lang):
    t = access_value()
    url = "https://%s/v1/%s" % (host(), pick("charges", "shipments", "documents", "refunds"))
    txt = ('import requests\n\n%s\nheaders = {"Authorization": "Bearer %s", "Idempotency-Key": "%s"}\nr = requests.post("%s", json=payload, headers=headers, timeout=10)\nprint(r.status_code, r.json())'
           % (T(lang, "# TODO spostare in env", "# TODO move to env"), t, uuid4(), url))
    return C(txt, [("access_token", t)], code=True)


@sc("access_token")
def a_js(lang):
    k = provider_key()
    txt = ("const res = await fetch('https://%s/v3/%s', {\n  method: 'POST',\n  headers: {\n    'X-Api-Key': '%s',\n    'Content-Type': 'application/json'\n  },\n  body: JSON.stringify({ orderId: '%s' })\n});"
           % (host(), pick("labels", "payments", "einvoices"), k, order_no().lstrip("#")))
    return C(txt, [("access_token", k)], code=True)


@sc("access_token")
def a_cookie(lang):
    v = session_cookie()
    name = pick("session", "sid", "connect.sid", "SESSIONID", "_pagalesto_session", "PHPSESSID")
    txt = T(lang, "Dalla tab Network del browser (richiesta che fallisce):\n", "From the browser Network tab (the failing request):\n") + \
        "GET /dashboard/api/me HTTP/1.1\nHost: %s\nCookie: %s=%s; lang=%s; _ga=GA1.2.%s.%s\n" % (host_as("app."), name, v, lang, rs(DIG, 9), rs(DIG, 10))
    return C(txt, [("access_token", v)], code=True)


@sc("access_token")
def a_env(lang):
    k = provider_key() if R.random() < .6 else jwt()
    name = pick("PAGALESTO_API_KEY", "SPEDISCI_TOKEN", "API_KEY", "FATTURAPI_KEY", "ACME_TOKEN")
    txt = "NODE_ENV=production\nPORT=%d\n%s=%s\nLOG_LEVEL=debug\nCLIENT_ID=%s" % (pick(3000, 8080, 5000), name, k, client_id())
    return C(txt, [("access_token", k)], code=True)


@sc("access_token")
def a_query(lang):
    t = opaque() if R.random() < .5 else jwt()
    txt = T(lang, "La chiamata che fa il plugin (presa dai log di nginx):\n", "The call the plugin makes (from nginx logs):\n") + \
        '%s - - [%s:10:%02d:11 +0100] "GET /v2/orders?access_token=%s&page=%d HTTP/1.1" 401 112' % (
            "185.%d.%d.%d" % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)), pick("02/Dec/2026", "30/Nov/2026"), R.randint(0, 59), t, R.randint(1, 9))
    return C(txt, [("access_token", t)], code=True)


@sc("access_token")
def a_table(lang):
    t = access_value()
    rows = [("base_url", "https://%s" % host()), ("client_id", client_id()), (pick("token", "api_key", "bearer"), t), ("sdk", version())]
    R.shuffle(rows)
    txt = "| %s | %s |\n|---|---|\n" % (T(lang, "campo", "field"), T(lang, "valore", "value")) + "\n".join("| %s | %s |" % r for r in rows)
    return C(txt, [("access_token", t)], code=False)


@sc("access_token")
def a_chatty(lang):
    t = opaque(pick(32, 40))
    txt = T(lang, pick("raga ma sto token %s è scaduto? mi sa di sì 😩", "ao ma %s vale ancora? a me dice unauthorized"),
            pick("yo is this token %s expired already? 😩", "lmao %s says unauthorized, wtf")) % t
    return C(txt, [("access_token", t)])


# ---------------------------------------------------------------- client_secret
@sc("client_secret")
def c_yaml(lang):
    s = client_secret_value()
    # fix quoting symmetrically
    q = pick('"', "'", "")
    txt = "oauth:\n  issuer: https://%s\n  client_id: %s\n  client_secret: %s%s%s\n  scopes: [payments:read, payments:write]\n  redirect_uri: https://shop.example.it/callback" % (
        host_as("auth."), client_id(), q, s, q)
    return C(txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_curl_u(lang):
    user, pw = basic_pair()
    pair = user + ":" + pw
    txt = "curl -X POST https://%s/oauth/token -u '%s' -d grant_type=client_credentials" % (host(), pair)
    return C(txt, [("client_secret", pair)], code=True)


@sc("client_secret")
def c_basic(lang):
    user, pw = basic_pair()
    blob = base64.b64encode((user + ":" + pw).encode()).decode()
    USED.add(blob)
    txt = "POST /oauth/token HTTP/1.1\nHost: %s\nAuthorization: Basic %s\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=%s" % (
        host_as("auth."), blob, pick("payments", "read", "shipping.write"))
    return C(txt, [("client_secret", blob)], code=True)


@sc("client_secret")
def c_prose(lang):
    s = client_secret_value()
    cid = client_id()
    txt = pick(
        T(lang, "client id %s e secret %s, copiati pari pari dal portale sviluppatori. invalid_client lo stesso." % (cid, s),
          "client id %s and secret %s, copied straight from the developer portal. still invalid_client." % (cid, s)),
        T(lang, "Il client_secret che mi avete dato è %s, è possibile che sia stato revocato?" % s,
          "The client_secret you gave us is %s, could it have been revoked?" % s),
        T(lang, "%s <- client secret (quello nuovo dopo la rotazione)" % s, "%s <- client secret (the new one after rotation)" % s))
    return C(txt, [("client_secret", s)])


@sc("client_secret")
def c_props(lang):
    s = client_secret_value()
    reg = pick("pagalesto", "spedisci", "acme")
    txt = "spring.security.oauth2.client.registration.%s.client-id=%s\nspring.security.oauth2.client.registration.%s.client-secret=%s\nspring.security.oauth2.client.registration.%s.authorization-grant-type=client_credentials\nspring.security.oauth2.client.provider.%s.token-uri=https://%s/oauth/token" % (
        reg, client_id(), reg, s, reg, reg, host())
    return C(txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_python(lang):
    s = client_secret_value()
    txt = "from requests_oauthlib import OAuth2Session\nfrom oauthlib.oauth2 import BackendApplicationClient\n\nclient = BackendApplicationClient(client_id=\"%s\")\noauth = OAuth2Session(client=client)\ntoken = oauth.fetch_token(token_url=\"https://%s/oauth/token\",\n                          client_id=\"%s\", client_secret=\"%s\")" % (
        client_id(), host(), client_id(), s)
    return C(txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_form(lang):
    s = client_secret_value()
    txt = T(lang, "body della POST (x-www-form-urlencoded):\n", "POST body (x-www-form-urlencoded):\n") + "grant_type=client_credentials&client_id=%s&client_secret=%s&audience=payments-api" % (client_id(), s)
    return C(txt, [("client_secret", s)], code=True)


# ---------------------------------------------------------------- refresh_token
@sc("refresh_token")
def r_prose(lang):
    rt = refresh_value()
    txt = pick(
        T(lang, "il refresh token %s smette di funzionare dopo 24h, non dovrebbe durare 30 giorni?" % rt,
          "refresh token %s stops working after 24h, isn't it supposed to last 30 days?" % rt),
        T(lang, "Vi incollo il refresh_token che ho salvato in db: %s\nrisposta: invalid_grant" % rt,
          "Pasting the refresh_token we stored in the db: %s\nresponse: invalid_grant" % rt))
    return C(txt, [("refresh_token", rt)])


@sc("refresh_token")
def r_curl(lang):
    rt = refresh_value()
    txt = 'curl https://%s/oauth/token \\\n  -d "grant_type=refresh_token" \\\n  -d "refresh_token=%s" \\\n  -d "client_id=%s"\n{"error":"invalid_grant","error_description":"Token has been expired or revoked."}' % (host(), rt, client_id())
    return C(txt, [("refresh_token", rt)], code=True)


@sc("refresh_token")
def r_store(lang):
    rt = refresh_value()
    txt = pick("[auth]\nclient_id = %s\nrefresh_token = %s\ntoken_url = https://%s/oauth/token\n" % (client_id(), rt, host()),
               "auth:\n  client_id: %s\n  refresh_token: \"%s\"\n  expires_at: %s\n" % (client_id(), rt, date("en")),
               "SELECT user_id, refresh_token, updated_at FROM oauth_tokens WHERE user_id = %d;\n user_id | refresh_token | updated_at\n---------+---------------+-----------\n %d | %s | 2026-11-%02d 09:12:44\n" % ((lambda u: (u, u))(R.randint(100, 9999)) + (rt, R.randint(1, 30))))
    return C(txt, [("refresh_token", rt)], code=True)


# ---------------------------------------------------------------- private_key
@sc("private_key")
def k_pem(lang):
    b = pem_block()
    intro = T(lang, pick("Questa è la chiave con cui firmo le richieste (generata con openssl):", "la chiave privata che ho caricato, per capire se il formato è giusto:", "Ecco il file key.pem:"),
              pick("This is the key I sign requests with (generated with openssl):", "the private key I uploaded, to check the format is right:", "Here's key.pem:"))
    return C(intro + "\n" + b, [("private_key", b)], code=True)


@sc("private_key")
def k_json(lang):
    b = pem_block(pick("PKCS8", "PKCS8", "RSA"), nl="\\n") + "\\n"
    txt = '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "%s@%s.iam.gserviceaccount.com"\n}' % (
        pick("shop-prod", "fatture-", "acme-payments-") + rs(DIG, 4), sha1(), b, pick("webhooks", "invoicer", "sync"), pick("shop-prod-381", "acme-pay-2207"))
    return C(txt, [("private_key", b)], code=True)


@sc("private_key")
def k_env(lang):
    h, lines, t = pem("EC" if R.random() < .5 else "RSA")
    v = "\n".join([h] + lines + [t])
    USED.add(v)
    txt = 'WEBHOOK_SIGNING_KEY="%s"\nWEBHOOK_URL=https://%s/hooks/%s' % (v, pick("shop.example.it", "erp.local", "api.miosito.com"), rs(LO, 6))
    return C(txt, [("private_key", v)], code=True)


# ---------------------------------------------------------------- vendor_key
@sc("vendor_key")
def v_env(lang):
    v, lab = vendor()
    name = {"Stripe": "STRIPE_SECRET_KEY", "Stripe restricted key": "STRIPE_RK", "GitHub": "GH_TOKEN", "GitHub fine-grained PAT": "GITHUB_TOKEN", "GitLab": "GITLAB_TOKEN",
            "Slack": "SLACK_BOT_TOKEN", "Google Maps": "GOOGLE_MAPS_KEY", "SendGrid": "SENDGRID_API_KEY", "Twilio API key": "TWILIO_API_KEY", "OpenAI": "OPENAI_API_KEY",
            "Mailgun": "MAILGUN_KEY", "npm": "NPM_TOKEN", "Shopify": "SHOPIFY_ADMIN_TOKEN", "Discord bot": "DISCORD_TOKEN", "Telegram bot": "TG_BOT_TOKEN",
            "AWS access key id": "AWS_ACCESS_KEY_ID", "AWS secret access key": "AWS_SECRET_ACCESS_KEY", "Braintree/PayPal": "BRAINTREE_ACCESS_TOKEN"}[lab]
    txt = "# .env\nAPP_URL=https://%s\n%s=%s\n%s=%s" % (pick("shop.example.it", "myapp.fly.dev", "localhost:3000"), name, v, *(lambda n: (n, pick("${%s}" % n, "<%s>" % n.lower().replace("_", "-"), "changeme", "")))(pick("PAGALESTO_API_KEY", "DB_PASSWORD", "SESSION_SECRET")))
    return C(txt, [("vendor_key", v)], code=True)


@sc("vendor_key")
def v_prose(lang):
    v, lab = vendor()
    txt = pick(
        T(lang, "Ho messo la chiave %s (%s) nelle impostazioni del plugin ma l'integrazione non parte." % (v, lab),
          "I put the %s key %s in the plugin settings but the integration won't start." % (lab, v)),
        T(lang, "chiave %s: %s — è giusto che inizi così?" % (lab, v), "%s key: %s — is it right that it starts like that?" % (lab, v)),
        T(lang, "%s\nquesta è la mia chiave %s, il vostro connettore la rifiuta" % (v, lab), "%s\nthat's my %s key, your connector rejects it" % (v, lab)))
    return C(txt, [("vendor_key", v)])


@sc("vendor_key")
def v_aws(lang):
    a = uniq(lambda: "AKIA" + rs(UP + "234567", 16))
    s = uniq(lambda: rs(ALNUM + "/+", 40))
    txt = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s" % (a, s, pick("eu-south-1", "eu-west-1", "eu-central-1"))
    return C(txt, [("vendor_key", a), ("vendor_key", s)], code=True)


@sc("vendor_key")
def v_code(lang):
    v, lab = vendor()
    txt = pick("const client = require('%s')('%s');\n" % (pick("stripe", "sendgrid", "twilio"), v),
               "client = WebClient(token=\"%s\")\nclient.chat_postMessage(channel=\"#pagamenti\", text=msg)" % v,
               "steps:\n  - uses: actions/checkout@v4\n  - run: ./deploy.sh\n    env:\n      API_TOKEN: %s\n      REGION: eu-west-1" % v,
               "docker run -d --name sync -e SERVICE_KEY=%s -p 8080:8080 ghcr.io/%s/sync:%s" % (v, pick("acme", "shopdev", "mario-r"), version()))
    return C(txt, [("vendor_key", v)], code=True)


# ---------------------------------------------------------------- card / cvv
@sc("card_number")
def cd_review(lang):
    c = card()
    txt = pick(
        T(lang, "Mi hanno addebitato due volte %s sulla carta %s e nessuno risponde." % (amount(lang), c),
          "They charged me twice %s on my card %s and nobody answers." % (amount(lang), c)),
        T(lang, "La mia carta %s risulta addebitata ma l'ordine %s dice 'non pagato'. Vergogna." % (c, order_no()),
          "My card %s shows the charge but order %s says 'unpaid'. Shameful." % (c, order_no())),
        T(lang, "carta %s, addebito del %s, mai ricevuto niente" % (c, date(lang)), "card %s, charged on %s, never received anything" % (c, date(lang))))
    return C(txt, [("card_number", c)], topic="money")


@sc("card_number", "cvv")
def cd_full(lang):
    c = card()
    v = cvv(4 if len([ch for ch in c if ch.isdigit()]) == 15 else 3)
    e = expiry()
    txt = pick(
        T(lang, "il checkout rifiuta la carta: %s scad. %s cvv %s. Che devo fare?" % (c, e, v),
          "checkout keeps rejecting my card: %s exp %s cvv %s. what do I do?" % (c, e, v)),
        T(lang, "Numero %s\nScadenza %s\nCVC %s\ne mi esce 'carta non valida' 🙄" % (c, e, v),
          "Number %s\nExpiry %s\nCVC %s\nand it says 'card invalid' 🙄" % (c, e, v)),
        T(lang, "Ho dato in chat la carta %s e il codice dietro %s come mi avevano chiesto, e ora?" % (c, v),
          "I gave them my card %s and the code on the back %s in the chat like they asked, now what?" % (c, v)))
    return C(txt, [("card_number", c), ("cvv", v)], topic="money")


@sc("card_number", "cvv")
def cd_json(lang):
    raw = card_raw()
    USED.add(raw)
    v = cvv(4 if len(raw) == 15 else 3)
    txt = '{\n  "amount": %d,\n  "currency": "EUR",\n  "source": {\n    "type": "card",\n    "number": "%s",\n    "exp_month": %d,\n    "exp_year": %d,\n    "cvc": "%s"\n  },\n  "metadata": {"order_id": "%s"}\n}' % (
        R.randint(100, 90000), raw, R.randint(1, 12), R.randint(2027, 2031), v, order_no().lstrip("#"))
    intro = T(lang, "Payload che mando (dati di un cliente reale, il pagamento fallisce con 402):", "Payload I'm sending (a real customer's data, payment fails with 402):")
    return C(intro + "\n" + txt, [("card_number", raw), ("cvv", v)], code=True)


@sc("cvv")
def cvv_only(lang):
    v = cvv(pick(3, 3, 4))
    txt = pick(
        T(lang, "il CVV è %s, l'ho ricontrollato tre volte, eppure 3DS fallisce" % v, "the CVV is %s, checked it three times, 3DS still fails" % v),
        T(lang, "codice di sicurezza %s (quello sul retro), carta che finisce con %s" % (v, rs(DIG, 4)), "security code %s (the one on the back), card ending %s" % (v, rs(DIG, 4))),
        T(lang, "CVV2: %s — la banca dice che il problema è vostro" % v, "CVV2: %s — the bank says the problem is on your side" % v))
    return C(txt, [("cvv", v)], topic="money")


# ---------------------------------------------------------------- iban
@sc("iban")
def i_refund(lang):
    ib = iban()
    holder = pick("Mario Rossi", "Giulia Esposito", "Ana García", "Jan Müller", "Chloé Martin", "Tom Baker", "Rosa Ferri")
    txt = pick(
        T(lang, "Rimborso mai arrivato. Il mio IBAN è %s intestato a %s. Sono passati 20 giorni!!" % (ib, holder),
          "Refund never arrived. My IBAN is %s, holder %s. It's been 20 days!!" % (ib, holder)),
        T(lang, "Mandatemi il rimborso qui: %s (%s). Grazie." % (ib, holder), "Send the refund here: %s (%s). Thanks." % (ib, holder)),
        T(lang, "%s\nquesto è l'iban giusto, quello che avete usato era vecchio" % ib, "%s\nthis is the right iban, the one you used was my old one" % ib))
    return C(txt, [("iban", ib)], topic="money")


@sc("iban")
def i_payload(lang):
    ib = iban(spaced=False)
    txt = '{\n  "payout": {\n    "amount": "%s",\n    "beneficiary_name": "%s",\n    "iban": "%s",\n    "bic": "%s",\n    "reference": "%s"\n  }\n}' % (
        "%.2f" % (R.randint(1000, 900000) / 100), pick("Bianchi Srl", "Lucia Conti", "Pedro Alves", "Hofmann GmbH"), ib, bic(), invoice_no())
    intro = T(lang, "La richiesta di payout che fallisce con `beneficiary_invalid`:", "The payout request failing with `beneficiary_invalid`:")
    return C(intro + "\n" + txt, [("iban", ib)], code=True)


@sc("iban")
def i_csv(lang):
    n = pick(2, 3)
    ibs = [iban(spaced=False) for _ in range(n)]
    rows = ["%s;%s;%s;%s" % (pick("Rossi Luca", "Neri Anna", "Kowalski P.", "Dubois M.", "Sanz J.", "Greco F."), ib, "%.2f" % (R.randint(100, 200000) / 100), date("it")) for ib in ibs]
    txt = T(lang, "export dei bonifici in uscita (solo 3 righe):\n", "outgoing transfers export (just a few rows):\n") + "beneficiario;iban;importo;data\n" + "\n".join(rows)
    return C(txt, [("iban", ib) for ib in ibs], code=True, topic="money")


@sc("iban")
def i_short(lang):
    ib = iban()
    txt = pick(T(lang, "IBAN: %s" % ib, "IBAN: %s" % ib), "%s" % ib,
               T(lang, "iban %s e bic %s" % (ib, bic()), "iban %s bic %s" % (ib, bic())))
    return C(txt, [("iban", ib)], topic="money")


# ---------------------------------------------------------------- bank_account
ACCT_FN = [acct_it, acct_it, acct_it, acct_de, acct_de, acct_fr, acct_es, acct_uk]


@sc("bank_account")
def b_prose(lang):
    disp, vals = pick(ACCT_FN)(lang)
    txt = pick(
        T(lang, "Per il rimborso: %s. Intestatario %s." % (disp, pick("Luca Greco", "Marta Galli", "F. Romano")),
          "For the refund: %s. Account holder %s." % (disp, pick("Luca Greco", "Sarah Hill", "K. Weber"))),
        T(lang, "vi ho già scritto i dati, %s, perché il bonifico torna indietro?" % disp,
          "I already sent you the details, %s, why does the transfer bounce?" % disp),
        T(lang, "Coordinate: %s" % disp, "Bank details: %s" % disp))
    return C(txt, [("bank_account", v) for v in vals], topic="money")


@sc("bank_account")
def b_uk(lang):
    _, sort, acc = uk_parts()
    sc_ = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    txt = pick(
        T(lang, "sort code %s e account number %s (conto inglese, Monzo)" % (sc_, acc), "sort code %s acc no %s — it's a Monzo account if that matters" % (sc_, acc)),
        T(lang, "Account: %s\nSort code: %s" % (acc, sc_), "Account: %s\nSort: %s" % (acc, sc_)),
        T(lang, "conto UK: %s / %s" % (sc_, acc), "bank: %s / %s" % (sc_, acc)))
    return C(txt, [("bank_account", acc)], topic="money")


@sc("bank_account")
def b_json(lang):
    r = R.random()
    if r < .35:
        _, sort, acc = uk_parts()
        body = '"sort_code": "%s",\n    "account_number": "%s"' % (sort, acc)
        vals = [acc]
    elif r < .6:
        blz, kto = de_parts()
        body = '"blz": "%s",\n    "kontonummer": "%s"' % (blz, kto)
        vals = [kto]
    elif r < .8:
        cin, abi, cab, conto = it_parts()
        body = '"cin": "%s",\n    "abi": "%s",\n    "cab": "%s",\n    "conto": "%s"' % (cin, abi, cab, conto)
        vals = [conto]
    else:
        b, g, c, k = fr_parts()
        body = '"code_banque": "%s",\n    "code_guichet": "%s",\n    "numero_compte": "%s",\n    "cle_rib": "%s"' % (b, g, c, k)
        vals = [c]
    for v in vals:
        USED.add(v)
    txt = '{\n  "customer_id": "cus_%s",\n  "bank": {\n    %s\n  }\n}' % (rs(ALNUM, 14), body)
    intro = T(lang, "il webhook ci manda questo, ed è un cliente vero:", "your webhook sends us this, and it's a real customer:")
    return C(intro + "\n" + txt, [("bank_account", v) for v in vals], code=True)


@sc("bank_account")
def b_table(lang):
    rows, sec = [], []
    for fn in R.sample([acct_it, acct_de, acct_fr, acct_es, acct_uk], pick(2, 3)):
        disp, vals = fn(lang)
        rows.append("| %s | %s |" % (pick("Anna L.", "B. Costa", "J. Schmidt", "E. Moreau", "R. Ortiz", "D. Clarke", "G. Ricci"), disp))
        sec += [("bank_account", v) for v in vals]
    txt = "| %s | %s |\n|---|---|\n" % (T(lang, "cliente", "customer"), T(lang, "coordinate", "bank details")) + "\n".join(rows)
    return C(txt, sec, topic="money")


# ---------------------------------------------------------------- password
@sc("password")
def p_url(lang):
    pw = password()
    pw = "".join(ch for ch in pw if ch not in "@:/#?%")
    if len(pw) < 8:
        pw = pw + rs(ALNUM, 6)
    u = pick("app", "admin", "postgres", "shop_user", "root", "svc_pay")
    url = pick("postgres://%s:%s@%s:5432/%s", "mysql://%s:%s@%s:3306/%s", "mongodb+srv://%s:%s@%s/%s", "redis://%s:%s@%s:6379/%s", "amqp://%s:%s@%s:5672/%s") % (
        u, pw, pick(DBHOSTS), pick("shop", "payments", "0", "prod", "vhost"))
    txt = pick("DATABASE_URL=%s" % url, "sqlalchemy.url = %s" % url, '"connectionString": "%s"' % url, url)
    return C(txt, [("password", pw)], code=True)


@sc("password")
def p_prose(lang):
    pw = password()
    lab = pwlab(lang)
    txt = pick(
        T(lang, "ho cambiato la %s in %s ma il login mi dice ancora credenziali errate" % (lab, pw),
          "changed my %s to %s but login still says wrong credentials" % (lab, pw)),
        T(lang, "utente %s, %s %s, non entra. Account bloccato?" % (pick("mario.r", "info@negozio.it", "amministrazione"), lab, pw),
          "user %s, %s %s, can't get in. Is the account locked?" % (pick("jdoe", "admin@myshop.co.uk", "billing"), lab, pw)),
        T(lang, "%s: %s\n(l'ho messa provvisoria, la cambio dopo giuro)" % (lab, pw), "%s: %s\n(temporary, I'll change it after, promise)" % (lab, pw)),
        T(lang, "la mia %s è %s, potete controllare se è giusta?" % (lab, pw), "my %s is %s, can you check if it's right?" % (lab, pw)))
    return C(txt, [("password", pw)], topic=pick("money", "tech"))


@sc("password")
def p_yaml(lang):
    pw = password()
    q = pick('"', "'", "")
    txt = pick(
        "database:\n  host: %s\n  port: 5432\n  user: %s\n  password: %s%s%s\n  sslmode: require" % (pick(DBHOSTS), pick("app", "shop"), q, pw, q),
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: %s%s%s\n    ports:\n      - \"5432:5432\"" % (q, pw, q),
        "[smtp]\nhost = smtp.%s\nport = 587\nusername = %s\npassword = %s\nstarttls = true" % (pick("gmail.com", "aruba.it", "office365.com", "mailgun.org"), pick("noreply@negozio.it", "alerts@myshop.io"), pw),
        "machine %s\n  login %s\n  password %s" % (host(), pick("deploy", "ci-bot", "mario"), pw))
    return C(txt, [("password", pw)], code=True)


@sc("password")
def p_cli(lang):
    pw = password()
    if any(ch in pw for ch in "!$&*#?"):
        cmd = pick("mysql -u root -p'%s' -h %s shop" % (pw, pick(DBHOSTS)), "redis-cli -h %s -a '%s' ping" % (pick(DBHOSTS), pw))
    else:
        cmd = pick("mysql -u root -p%s -h %s shop" % (pw, pick(DBHOSTS)), "redis-cli -h %s -a %s ping" % (pick(DBHOSTS), pw), "PGPASSWORD=%s psql -h %s -U app payments" % (pw, pick(DBHOSTS)))
    txt = "$ %s\n%s" % (cmd, pick("ERROR 2003 (HY000): Can't connect to MySQL server", "(error) NOAUTH Authentication required.", "psql: error: connection refused", "Warning: Using a password on the command line interface can be insecure."))
    return C(txt, [("password", pw)], code=True)


@sc("password")
def p_l2(lang):
    pw = password()
    lab = pick(PW_X)
    txt = T(lang, pick("Buongiorno, non riesco entrare nel mio account, la %s è %s e dice sbagliata, scusi mio italiano" % (lab, pw),
                       "ciao, io ho messo la %s %s come dice la email ma non va 😢" % (lab, pw)),
            pick("Hello, I cannot enter in my account, the %s is %s and it say wrong, sorry my english" % (lab, pw),
                 "hi! I put the %s %s like the email says but not work 😢" % (lab, pw)))
    return C(txt, [("password", pw)], topic="money")


# ---------------------------------------------------------------- pin
@sc("pin")
def n_otp(lang):
    p = spaced_pin(pin(pick(6, 6, 5, 8)))
    lab = pinlab(lang)
    txt = pick(
        T(lang, "mi è arrivato il %s %s ma il sito dice che è scaduto, dopo 10 secondi!" % (lab, p), "got the %s %s but the site says expired, after 10 seconds!" % (lab, p)),
        T(lang, "%s %s — inserito, niente, torna alla pagina del pagamento" % (lab, p), "%s %s — entered it, nothing, back to the payment page" % (lab, p)),
        T(lang, "Il %s che mi arriva è sempre %s, è normale che sia uguale?" % (lab, p), "The %s I get is always %s, is it normal that it's the same?" % (lab, p)))
    return C(txt, [("pin", p)], topic="money")


@sc("pin")
def n_card_pin(lang):
    p = pin(pick(4, 4, 5))
    txt = pick(
        T(lang, "il PIN della carta è %s e il POS me lo rifiuta, ma al bancomat funziona" % p, "my card PIN is %s and the terminal rejects it, works at the ATM tho" % p),
        T(lang, "Ho dovuto dire il pin (%s) al telefono all'operatore, è normale??" % p, "I had to say my pin (%s) on the phone to the agent, is that normal??" % p),
        T(lang, "PIN %s, carta bloccata dopo 2 tentativi, ho sbagliato solo una volta" % p, "PIN %s, card blocked after 2 tries, I only got it wrong once" % p))
    return C(txt, [("pin", p)], topic="money")


@sc("pin")
def n_log(lang):
    p = pin(6)
    txt = "%s INFO  sca.challenge  payment=%s method=sms otp=%s status=FAILED reason=mismatch\n%s WARN  sca.challenge  retries_left=2 request_id=%s" % (
        "2026-12-0%dT1%d:%02d:%02dZ" % (R.randint(1, 2), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)), pay_id(), p,
        "2026-12-02T10:%02d:%02dZ" % (R.randint(0, 59), R.randint(0, 59)), uuid4())
    return C(T(lang, "dal log dell'app (versione %s):\n" % version(), "from the app log (version %s):\n" % version()) + txt, [("pin", p)], code=True)


@sc("pin")
def n_l2(lang):
    p = pin(6)
    lab = pick(PIN_X)
    txt = T(lang, "il %s che mi arriva (%s) non funziona mai, ho provato 3 volte" % (lab, p), "the %s that arrive me (%s) never works, I try 3 times" % (lab, p))
    return C(txt, [("pin", p)], topic="money")


# ---------------------------------------------------------------- more secret cores
@sc("access_token")
def a_devtools(lang):
    t = access_value()
    txt = ":authority: %s\n:method: GET\n:path: /v2/balance\naccept: application/json\nauthorization: Bearer %s\nuser-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)\nx-request-id: %s" % (host(), t, uuid4())
    return C(T(lang, "Request Headers copiati da Chrome:", "Request headers copied from Chrome:") + "\n" + txt, [("access_token", t)], code=True)


@sc("access_token")
def a_postman(lang):
    t = access_value()
    txt = '{\n  "name": "%s prod",\n  "values": [\n    {"key": "baseUrl", "value": "https://%s", "enabled": true},\n    {"key": "token", "value": "%s", "enabled": true},\n    {"key": "orderId", "value": "%s", "enabled": true}\n  ]\n}' % (prov(), host(), t, order_no().lstrip("#"))
    return C(T(lang, "Environment Postman esportato:", "Exported Postman environment:") + "\n" + txt, [("access_token", t)], code=True)


@sc("access_token")
def a_ws(lang):
    t = opaque(pick(32, 40, 48))
    txt = T(lang, "il websocket si chiude subito con codice 4001:\n", "websocket closes right away with code 4001:\n") + "wss://stream.%s/v1/events?token=%s&channel=payments" % (host_as(""), t)
    return C(txt, [("access_token", t)], code=True)


@sc("access_token")
def a_php(lang):
    t = access_value()
    txt = "$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://%s/']);\n$res = $client->get('v2/shipments/%s', [\n    'headers' => ['Authorization' => 'Bearer %s'],\n]);" % (host(), rs(DIG, 8), t)
    return C(txt, [("access_token", t)], code=True)


@sc("access_token")
def a_httpie(lang):
    k = provider_key()
    txt = "$ http GET https://%s/v1/labels/%s X-API-Key:%s\nHTTP/1.1 403 Forbidden\nContent-Type: application/problem+json" % (host(), rs(DIG, 10), k)
    return C(txt, [("access_token", k)], code=True)


@sc("access_token")
def a_swagger(lang):
    t = jwt()
    txt = T(lang, "Nel pulsante Authorize di Swagger ho incollato: Bearer %s\npoi 'Try it out' su /payments → 401. Che sbaglio?" % t,
            "In Swagger's Authorize button I pasted: Bearer %s\nthen 'Try it out' on /payments → 401. What am I doing wrong?" % t)
    return C(txt, [("access_token", t)])


@sc("access_token")
def a_apikey_prose(lang):
    k = provider_key()
    txt = pick(T(lang, "La chiave API di produzione è %s, quella di test invece funziona." % k, "Production API key is %s, the test one works fine." % k),
               T(lang, "api key → %s\nambiente → live" % k, "api key → %s\nenv → live" % k),
               T(lang, "Usando la chiave %s ogni tanto ricevo 403 e ogni tanto 200, sempre stessa chiamata." % k, "With key %s I get 403 sometimes and 200 other times, same call." % k))
    return C(txt, [("access_token", k)])


@sc("client_secret")
def c_json(lang):
    s = client_secret_value()
    txt = '{\n  "web": {\n    "client_id": "%s",\n    "client_secret": "%s",\n    "auth_uri": "https://%s/oauth/authorize",\n    "redirect_uris": ["https://shop.example.it/oauth/cb"]\n  }\n}' % (client_id(), s, host_as("auth."))
    return C(txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_terraform(lang):
    s = client_secret_value()
    txt = 'provider "pagalesto" {\n  endpoint      = "https://%s"\n  client_id     = "%s"\n  client_secret = "%s"\n}' % (host(), client_id(), s)
    return C(txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_dotnet(lang):
    s = client_secret_value()
    txt = '"Authentication": {\n  "Pagalesto": {\n    "Authority": "https://%s",\n    "ClientId": "%s",\n    "ClientSecret": "%s",\n    "CallbackPath": "/signin-pagalesto"\n  }\n}' % (host_as("auth."), client_id(), s)
    return C(T(lang, "appsettings.Production.json:", "appsettings.Production.json:") + "\n" + txt, [("client_secret", s)], code=True)


@sc("client_secret")
def c_php_userpwd(lang):
    user, pw = basic_pair()
    pair = user + ":" + pw
    txt = "curl_setopt($ch, CURLOPT_URL, 'https://%s/oauth/token');\ncurl_setopt($ch, CURLOPT_USERPWD, '%s');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');" % (host(), pair)
    return C(txt, [("client_secret", pair)], code=True)


@sc("client_secret")
def c_basic_prose(lang):
    user, pw = basic_pair()
    blob = base64.b64encode((user + ":" + pw).encode()).decode()
    USED.add(blob)
    txt = T(lang, "Mando l'header Authorization: Basic %s come dice la doc ma ricevo invalid_client. Il client è %s." % (blob, user),
            "Sending Authorization: Basic %s like the docs say but getting invalid_client. Client is %s." % (blob, user))
    return C(txt, [("client_secret", blob)])


@sc("refresh_token")
def r_console(lang):
    rt = refresh_value()
    txt = "> localStorage.getItem('refresh_token')\n'%s'\n> localStorage.getItem('token_expiry')\n'%d'" % (rt, R.randint(1767000000, 1799000000))
    return C(T(lang, "dalla console del browser:", "from the browser console:") + "\n" + txt, [("refresh_token", rt)], code=True)


@sc("refresh_token")
def r_mobile(lang):
    rt = refresh_value()
    txt = T(lang, "Nell'app Android salviamo il refresh token in SharedPreferences, eccolo da adb: refresh_token=%s — dopo il logout funziona ancora, è un bug vostro?" % rt,
            "In the Android app we keep the refresh token in SharedPreferences, here it is from adb: refresh_token=%s — it still works after logout, is that a bug on your side?" % rt)
    return C(txt, [("refresh_token", rt)])


@sc("access_token", "refresh_token")
def r_pair(lang):
    at, rt = access_value(), refresh_value()
    txt = T(lang, "access: %s\nrefresh: %s\nil primo scade, il secondo mi dà invalid_grant" % (at, rt), "access: %s\nrefresh: %s\nfirst one expires, second one gives invalid_grant" % (at, rt))
    return C(txt, [("access_token", at), ("refresh_token", rt)], code=True)


@sc("private_key")
def k_k8s(lang):
    h, lines, t = pem(pick("RSA", "PKCS8", "EC"))
    ind = "    "
    v = ("\n" + ind).join([h] + lines + [t])
    USED.add(v)
    txt = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pagalesto-mtls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n%s%s\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIC...(%s)\n    -----END CERTIFICATE-----" % (ind, v, T(lang, "tagliato", "cut"))
    return C(txt, [("private_key", v)], code=True)


@sc("private_key")
def k_ssh(lang):
    b = pem_block("OPENSSH")
    txt = "$ cat ~/.ssh/id_ed25519\n%s\n$ ssh -T git@%s\nPermission denied (publickey)." % (b, pick("github.com", "gitlab.com", "git.pagalesto.it"))
    return C(txt, [("private_key", b)], code=True)


@sc("vendor_key")
def v_terraform(lang):
    a = uniq(lambda: "AKIA" + rs(UP + "234567", 16))
    s = uniq(lambda: rs(ALNUM + "/+", 40))
    txt = 'provider "aws" {\n  region     = "eu-south-1"\n  access_key = "%s"\n  secret_key = "%s"\n}' % (a, s)
    return C(txt, [("vendor_key", a), ("vendor_key", s)], code=True)


@sc("vendor_key")
def v_git_remote(lang):
    if R.random() < .5:
        v = uniq(lambda: "ghp_" + rs(ALNUM, 36))
        url = "https://%s@github.com/%s/shop-integration.git" % (v, pick("acme-dev", "mario-r", "negozio-srl"))
    else:
        v = uniq(lambda: "glpat-" + rs(B64URL, 20))
        url = "https://oauth2:%s@gitlab.com/%s/pagamenti.git" % (v, pick("agenzia-web", "shopdev"))
    txt = "$ git remote -v\norigin\t%s (fetch)\norigin\t%s (push)" % (url, url)
    return C(txt, [("vendor_key", v)], code=True)


@sc("vendor_key")
def v_npmrc(lang):
    v = uniq(lambda: "npm_" + rs(ALNUM, 36))
    txt = "# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n@pagalesto:registry=https://npm.pkg.github.com" % v
    return C(txt, [("vendor_key", v)], code=True)


@sc("vendor_key")
def v_l2(lang):
    v, lab = vendor()
    txt = T(lang, pick("ho messo la mia clave de %s (%s) pero no funciona, perché?" % (lab, v), "Schlüssel von %s: %s — il plugin dice 'invalid key'" % (lab, v)),
            pick("I put my clave of %s (%s) but is not working, why?" % (lab, v), "The %s Schlüssel is %s and the plugin say 'invalid key'" % (lab, v)))
    return C(txt, [("vendor_key", v)])


@sc("card_number")
def cd_table(lang):
    n = pick(2, 3)
    cards = [card(pick("", " ")) for _ in range(n)]
    rows = ["| %s | %s | %s | %s |" % (date(lang), c, amount(lang), pick("declined", "3ds_failed", "do_not_honor")) for c in cards]
    txt = T(lang, "Le transazioni fallite di oggi (dal nostro gestionale):\n", "Today's failed transactions (from our backoffice):\n") + "| data | carta | importo | esito |\n|---|---|---|---|\n" + "\n".join(rows)
    return C(txt, [("card_number", c) for c in cards])


@sc("card_number", "cvv")
def cd_l2(lang):
    c = card()
    d = [ch for ch in c if ch.isdigit()]
    v = cvv(4 if len(d) == 15 else 3)
    txt = T(lang, pick("la mia tarjeta %s non passa, il código de seguridad è %s. Qué pasa??" % (c, v), "Karte %s, Prüfnummer %s — perché rifiutata?" % (c, v)),
            pick("my tarjeta %s is not passing, código de seguridad %s. Qué pasa??" % (c, v), "Karte %s, Prüfnummer %s — why refused?" % (c, v), "ma carte %s, cryptogramme %s, refusée encore" % (c, v)))
    return C(txt, [("card_number", c), ("cvv", v)], topic="money")


@sc("card_number")
def cd_regional(lang):
    c = card()
    txt = T(lang, pick("Uè, m'hanno scalato i soldi dalla carta %s e il pacco niente. Vergogna!" % c, "ao' la carta è questa %s, ditemi voi che devo fa'" % c),
            pick("mate they took money off my card %s twice, absolute muppets" % c, "card's %s, charged 3x, no order, no reply. scam?" % c))
    return C(txt, [("card_number", c)], topic="money")


@sc("iban")
def i_l2(lang):
    ib = iban(pick("ES", "DE", "FR", "NL"))
    txt = T(lang, pick("il mio IBAN es %s, per favore il rimborso, gracias" % ib, "meine IBAN ist %s, aspetto il rimborso da 3 settimane" % ib, "mon IBAN: %s, merci de rembourser" % ib),
            pick("my IBAN es %s, please the refund, gracias" % ib, "meine IBAN ist %s, waiting refund since 3 weeks" % ib, "my IBAN it is %s, merci" % ib))
    return C(txt, [("iban", ib)], topic="money")


@sc("iban")
def i_xml(lang):
    ib = iban(spaced=False)
    txt = "<CdtTrfTxInf>\n  <PmtId><EndToEndId>%s</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">%s</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>%s</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>" % (
        "E2E-" + rs(UP + DIG, 12), "%.2f" % (R.randint(100, 500000) / 100), bic(), pick("Ferri Paolo", "Garcia Lopez Ana", "Meyer Stefan"), ib)
    return C(T(lang, "il pain.001 che generiamo viene scartato:", "the pain.001 we generate gets rejected:") + "\n" + txt, [("iban", ib)], code=True)


@sc("iban")
def i_review(lang):
    ib = iban("IT")
    txt = T(lang, "Ho attivato l'addebito SDD sul conto %s e mi hanno prelevato due rate nello stesso mese. Disdetta immediata." % ib,
            "Set up direct debit on account %s and they took two instalments in the same month. Cancelling now." % ib)
    return C(txt, [("iban", ib)], topic="money")


@sc("bank_account")
def b_de(lang):
    blz, kto = de_parts()
    USED.add(kto)
    txt = T(lang, "La mia Bankverbindung: BLZ %s, Konto %s (Sparkasse). Il rimborso dove arriva?" % (blz, kto),
            "My Bankverbindung: BLZ %s, Kontonummer %s. Where does the refund go?" % (blz, kto))
    return C(txt, [("bank_account", kto)], topic="money")


@sc("bank_account")
def b_fr(lang):
    b, g, c, k = fr_parts()
    full = "%s %s %s %s" % (b, g, c, k)
    txt = T(lang, "Ecco il mio RIB, j'espère que c'est bon: %s" % full, "Here my RIB, j'espère it is good: %s" % full)
    return C(txt, [("bank_account", full)], topic="money")


@sc("bank_account")
def b_es(lang):
    e, o, dc, cta = es_parts()
    v = pick("%s %s %s %s", "%s-%s-%s-%s") % (e, o, dc, cta)
    txt = T(lang, "Número de cuenta (CCC): %s, intestato a me. Il bonifico torna indietro, por qué?" % v, "Número de cuenta (CCC): %s, in my name. The transfer comes back, por qué?" % v)
    return C(txt, [("bank_account", v)], topic="money")


@sc("bank_account")
def b_sql(lang):
    rows, sec = [], []
    uk = R.random() < .45
    for _ in range(pick(2, 3)):
        if uk:
            _, sort, acc = uk_parts()
            rows.append(" %6d | %s-%s-%s | %s | %s" % (R.randint(1000, 99999), sort[:2], sort[2:4], sort[4:], acc, pick("pending", "failed", "paid")))
        else:
            cin, abi, cab, acc = it_parts()
            rows.append(" %6d | %s | %s | %s | %s | %s" % (R.randint(1000, 99999), cin, abi, cab, acc, pick("pending", "failed", "paid")))
        USED.add(acc)
        sec.append(("bank_account", acc))
    head = "payee_id | sort_code | account_no | status\n---------+-----------+------------+--------\n" if uk else "payee_id | cin | abi | cab | conto | status\n---------+-----+-------+-------+--------------+--------\n"
    txt = head + "\n".join(rows) + "\n(%d rows)" % len(rows)
    return C(T(lang, "query sui payout bloccati:", "query on the stuck payouts:") + "\n" + txt, sec, code=True)


@sc("bank_account")
def b_it_review(lang):
    disp, vals = acct_it(lang)
    txt = T(lang, "Ho dato le coordinate (%s) tre volte al call center e il rimborso non arriva mai." % disp,
            "Gave the bank details (%s) three times to the call centre and the refund never comes." % disp)
    return C(txt, [("bank_account", v) for v in vals], topic="money")


@sc("password")
def p_wp(lang):
    pw = password()
    pw = pw.replace("'", "")
    txt = "define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_%s' );\ndefine( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', 'localhost' );" % (rs(LO, 5), pw)
    return C(T(lang, "wp-config.php (il plugin non si attiva):", "wp-config.php (plugin won't activate):") + "\n" + txt, [("password", pw)], code=True)


@sc("password")
def p_ftp(lang):
    pw = password()
    txt = "| %s | %s |\n|---|---|\n| host | ftp.%s |\n| %s | %s |\n| %s | %s |\n| %s | 21 |" % (
        T(lang, "campo", "field"), T(lang, "valore", "value"), pick("negozio.it", "miosito.com", "shop.co.uk"), T(lang, "utente", "user"), pick("admin", "ftp_shop", "mario"), pick("password", "pass", "pwd"), pw, T(lang, "porta", "port"))
    return C(T(lang, "i dati FTP che mi ha dato l'hosting:", "the FTP details from my host:") + "\n" + txt, [("password", pw)])


@sc("password")
def p_jdbc(lang):
    pw = uniq(lambda: rs(ALNUM, R.randint(10, 16)))
    txt = "jdbc:mysql://%s:3306/shop?user=%s&password=%s&useSSL=true" % (pick(DBHOSTS), pick("shop", "app"), pw)
    return C(txt, [("password", pw)], code=True)


@sc("password")
def p_review(lang):
    pw = password()
    txt = T(lang, "Account bloccato senza motivo. La mia password (%s) è GIUSTA, l'ho scritta su un foglio!!! Una stella." % pw,
            "Account locked for no reason. My password (%s) is CORRECT, I wrote it down!!! One star." % pw)
    return C(txt, [("password", pw)], topic="money")


@sc("password")
def p_git_url(lang):
    pw = password()
    pw = "".join(ch for ch in pw if ch not in "@:/#?%")
    if len(pw) < 8:
        pw = pw + rs(ALNUM, 6)
    txt = "pip install git+https://%s:%s@git.%s/sdk/python.git@%s" % (pick("mario", "deploy", "ci"), pw, pick("agenzia.it", "company.local"), version())
    return C(txt, [("password", pw)], code=True)


@sc("pin")
def n_sms(lang):
    p = pin(pick(6, 6, 5))
    txt = T(lang, "L'SMS che ricevo: \"%s: il tuo codice di sicurezza è %s. Non comunicarlo a nessuno.\" e poi il sito dice codice errato" % (prov(), p),
            "The text I get: \"%s: your security code is %s. Do not share it.\" and then the site says wrong code" % (prov(), p))
    return C(txt, [("pin", p)], topic="money")


@sc("pin")
def n_scam(lang):
    p = pin(6)
    txt = T(lang, "Mi ha chiamato uno dal 'vostro supporto' e gli ho dato il codice %s che mi era appena arrivato. Ora ho un pagamento da %s che non ho fatto." % (p, amount(lang)),
            "Someone from 'your support' called and I gave them the code %s I had just received. Now there's a %s payment I didn't make." % (p, amount(lang)))
    return C(txt, [("pin", p)], topic="money")


@sc("pin")
def n_spaced(lang):
    p0 = pin(6)
    p = " ".join(p0)
    txt = T(lang, "codice: %s (me lo detta l'app, ma il sito lo rifiuta)" % p, "code: %s (the app reads it out, but the site rejects it)" % p)
    return C(txt, [("pin", p)], topic="money")


@sc("access_token")
def a_wrapped(lang):
    t = jwt()
    cut = R.randint(60, 76)
    w = t[:cut] + "\n" + t[cut:]
    USED.add(w)
    txt = T(lang, "(scusate, il client di posta mi spezza le righe)\nAuthorization: Bearer %s\nrisposta: 401 token_expired, ma l'ho appena generato" % w,
            "(sorry, my mail client wraps lines)\nAuthorization: Bearer %s\nresponse: 401 token_expired, but I just generated it" % w)
    return C(txt, [("access_token", w)])


@sc("iban")
def i_wrapped(lang):
    ib = iban(spaced=True)
    parts = ib.split(" ")
    k = R.randint(2, len(parts) - 2)
    w = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    USED.add(w)
    txt = T(lang, "Per il rimborso usate questo IBAN: %s\nintestato a %s, grazie." % (w, pick("Carla Mancini", "Dario Fontana")),
            "For the refund please use this IBAN: %s\naccount holder %s, thanks." % (w, pick("Emma Clarke", "Daniel Price")))
    return C(txt, [("iban", w)], topic="money")


# ====================================================================== must-pass cores
@pc
def d_curl_placeholder(lang):
    ph = pick("<your-token>", "$ACCESS_TOKEN", "${PAGALESTO_TOKEN}", "{{token}}", "YOUR_API_KEY", "<TOKEN>", "$(cat ~/.pagalesto/token)")
    txt = 'curl -s https://%s/v2/%s \\\n  -H "Authorization: Bearer %s"\n\n{"error":"invalid_token","request_id":"%s"}' % (host(), pick("payments", "orders", "labels"), ph, uuid4())
    return C(txt, code=True)


@pc
def d_error_json(lang):
    txt = '{\n  "type": "%s",\n  "status": %d,\n  "detail": "%s",\n  "payment_id": "%s",\n  "request_id": "%s",\n  "trace_id": "%s"\n}' % (
        pick("https://errors.pagalesto.it/card-declined", "about:blank", "invalid_request"), pick(402, 400, 409, 422, 500),
        pick("Card declined by issuer", "Amount exceeds limit", "Duplicate idempotency key", "Beneficiary name mismatch"), pay_id(), uuid4(), rs(HEX, 32))
    intro = T(lang, pick("mi torna questo:", "errore completo:", "ecco cosa risponde l'API 👇"), pick("getting this:", "full error:", "here's what the API returns 👇"))
    return C(intro + "\n" + txt, code=True)


@pc
def d_env_example(lang):
    txt = "# .env.example — %s\nPAGALESTO_API_KEY=%s\nCLIENT_ID=%s\nCLIENT_SECRET=%s\nDATABASE_URL=postgres://app:%s@localhost:5432/app\nWEBHOOK_SECRET=%s" % (
        T(lang, "copia in .env e riempi", "copy to .env and fill in"), pick("<your-key>", "", "changeme", "pl_live_xxxxxxxxxxxxxxxx"), client_id(), pick("YOUR_CLIENT_SECRET", "<client-secret>", "", "${CLIENT_SECRET}"),
        pick("<password>", "${DB_PASSWORD}", "PASSWORD", "****"), pick("whsec_...", "<webhook-secret>", "xxxxx"))
    return C(txt, code=True)


@pc
def d_env_read(lang):
    e1, e2 = env_ref(), env_ref()
    txt = pick(
        "const api = new Pagalesto({\n  apiKey: %s,\n  clientSecret: %s,\n  environment: 'production'\n});" % (e1, e2),
        "API_KEY = os.environ.get(\"PAGALESTO_API_KEY\")\nSECRET = %s\nif not API_KEY:\n    raise RuntimeError(\"missing API key\")\nclient = Client(api_key=API_KEY, timeout=30)" % pick('os.getenv("CLIENT_SECRET")', 'os.environ["CLIENT_SECRET"]', 'settings.CLIENT_SECRET'),
        "token := os.Getenv(\"PAGALESTO_TOKEN\")\nreq.Header.Set(\"Authorization\", \"Bearer \"+token)",
        "$client = new \\Pagalesto\\Client(getenv('PAGALESTO_KEY'), getenv('PAGALESTO_SECRET'));\n$client->setTimeout(20);")
    pre = T(lang, pick("Il codice è questo, le chiavi arrivano dall'ambiente:", "setup:", "così leggo le credenziali:"), pick("Code is this, keys come from the environment:", "setup:", "this is how I read the credentials:"))
    return C(pre + "\n" + txt, code=True)


@pc
def d_masked_card(lang):
    m = masked_card()
    txt = pick(
        T(lang, "Addebito doppio di %s sulla carta %s, ordine %s del %s. Rivoglio i miei soldi." % (amount(lang), m, order_no(), date(lang)),
          "Double charge of %s on card %s, order %s on %s. I want my money back." % (amount(lang), m, order_no(), date(lang))),
        T(lang, "la carta (%s) è valida, l'ho usata ieri su Amazon" % m, "the card (%s) is fine, used it on Amazon yesterday" % m),
        T(lang, "Pagamento %s con carta %s rifiutato, codice errore %s" % (pay_id(), m, pick("05", "51", "do_not_honor", "insufficient_funds")),
          "Payment %s with card %s declined, error code %s" % (pay_id(), m, pick("05", "51", "do_not_honor", "insufficient_funds"))))
    return C(txt, topic="money")


@pc
def d_status(lang):
    inc = "inc_" + rs(LO + DIG, 10)
    txt = T(lang, "Rif. incidente %s: dalle %02d:%02d alle %02d:%02d CET abbiamo avuto il %d%% di 502 sulle chiamate a /v2/payments (request id di esempio %s). Risolto?" % (
        inc, R.randint(8, 12), R.randint(0, 59), R.randint(13, 18), R.randint(0, 59), R.randint(2, 60), uuid4()),
        "Re incident %s: from %02d:%02d to %02d:%02d UTC we saw %d%% 502s on /v2/payments (sample request id %s). Is it actually resolved?" % (
        inc, R.randint(8, 12), R.randint(0, 59), R.randint(13, 18), R.randint(0, 59), R.randint(2, 60), uuid4()))
    return C(txt)


@pc
def d_pw_prose(lang):
    txt = pick(
        T(lang, "La password deve avere almeno 12 caratteri, un numero e un simbolo, ma il vostro form accetta solo 16 caratteri max. Chi l'ha deciso?",
          "Password must be at least 12 characters with a number and a symbol, but your form caps it at 16. Who decided that?"),
        T(lang, "il link per reimpostare la password scade dopo 15 minuti e la mail arriva dopo 20 😂", "the password reset link expires after 15 minutes and the email arrives after 20 😂"),
        T(lang, "Non mettete MAI la password nel ticket, usate il vault. Detto questo, il login SSO mi dà errore %s." % pick("AADSTS50011", "invalid_request", "redirect_uri_mismatch"),
          "NEVER put passwords in tickets, use the vault. That said, SSO login gives me %s." % pick("AADSTS50011", "invalid_request", "redirect_uri_mismatch")),
        T(lang, "ho resettato la password 3 volte oggi, ogni volta dopo un'ora mi sbatte fuori", "reset my password 3 times today, every hour it logs me out again"),
        T(lang, "Ruotate i token ogni 90 giorni e non committate mai le chiavi: usate un secret manager.", "Rotate tokens every 90 days and never commit keys: use a secret manager."))
    return C(txt, topic=pick("money", "tech"))


@pc
def d_hash(lang):
    v = version()
    txt = pick(
        "sha256sum pagalesto-sdk-%s.tar.gz\n%s  pagalesto-sdk-%s.tar.gz" % (v.lstrip("v"), sha256(), v.lstrip("v")),
        "image: ghcr.io/acme/payments-worker@sha256:%s" % sha256(),
        "integrity \"sha512-%s==\"" % base64.b64encode(rbytes(62)).decode()[:86],
        "commit %s\nAuthor: %s\nDate:   %s\n\n    fix: retry on 429 (closes #%d)" % (sha1(), pick("Marco B. <marco@example.it>", "dev-bot <bot@example.com>"), date("en"), R.randint(10, 999)))
    pre = T(lang, pick("checksum non corrisponde:", "per riferimento:", "versione che uso:"), pick("checksum doesn't match:", "for reference:", "the version I'm on:"))
    return C(pre + "\n" + txt, code=True)


@pc
def d_bic_abi(lang):
    abi = pick(ABI)
    cab = rs(DIG, 5)
    txt = pick(
        T(lang, "Il BIC della nostra banca è %s, ABI %s e CAB %s. Il numero di conto ve lo mando in privato, non qui." % (bic(), abi, cab),
          "Our bank's BIC is %s, ABI %s CAB %s. I'll send the account number privately, not here." % (bic(), abi, cab)),
        T(lang, "serve anche lo SWIFT? è %s" % bic(), "do you need the SWIFT too? it's %s" % bic()),
        T(lang, "ABI %s / CAB %s — filiale di %s. Ma il form vuole l'IBAN completo." % (abi, cab, pick("Bari", "Torino", "Mestre", "Lecce")),
          "ABI %s / CAB %s — branch in %s. But the form wants the full IBAN." % (abi, cab, pick("Bari", "Turin", "Mestre", "Lecce"))))
    return C(txt, topic="money")


@pc
def d_tracking(lang):
    tr = tracking()
    txt = T(lang, "Ordine %s pagato il %s, tracking %s fermo da una settimana. Il servizio clienti non risponde al %s." % (order_no(), date(lang), tr, phone(lang)),
            "Order %s paid on %s, tracking %s stuck for a week. Customer service doesn't pick up at %s." % (order_no(), date(lang), tr, phone(lang)))
    return C(txt, topic="money")


@pc
def d_invoice(lang):
    txt = T(lang, "Fattura %s da %s, P.IVA %s, data %s. Mi manca la nota di credito per l'ordine %s." % (invoice_no(), amount(lang), piva(), date(lang), order_no()),
            "Invoice %s for %s, VAT IT%s, dated %s. Still missing the credit note for order %s." % (invoice_no(), amount(lang), piva(), date(lang), order_no()))
    return C(txt, topic="money")


@pc
def d_public_key(lang):
    b = public_block(cert=R.random() < .5)
    pre = T(lang, pick("Questa è la chiave pubblica che ho caricato per verificare i webhook:", "il certificato che mi avete mandato (pubblico):"),
            pick("This is the public key I uploaded to verify webhooks:", "the cert you sent us (public):"))
    return C(pre + "\n" + b, code=True)


@pc
def d_ssh_pub(lang):
    txt = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(ALNUM + "+/", 43), pick("mario", "deploy", "ci"), pick("laptop", "build-01", "macbook.local"))
    pre = T(lang, "chiave pubblica da aggiungere al deploy (è pubblica, tranquilli):", "public key to add for the deploy (it's the public one, relax):")
    return C(pre + "\n" + txt, code=True)


@pc
def d_luhn_fail(lang):
    b = bad_card()
    txt = pick(
        T(lang, "Il vostro form dice 'numero carta non valido' per %s — ah no, ho invertito due cifre, scusate. Ora va." % b,
          "Your form says 'invalid card number' for %s — oh wait, I swapped two digits, sorry. Works now." % b),
        T(lang, "riferimento pratica %s (non è una carta, è il numero che mi ha dato la banca)" % b, "case reference %s (not a card, it's the number the bank gave me)" % b))
    return C(txt, topic="money")


@pc
def d_bad_iban(lang):
    b = bad_iban()
    txt = pick(
        T(lang, "Il validatore rifiuta %s ed ha ragione, avevo sbagliato a copiarlo. Chiudete pure." % b,
          "The validator rejects %s and it's right, I copied it wrong. You can close this." % b),
        T(lang, "perché %s dà 'check digits errati'? l'ho inventato per un test unitario, voglio solo capire il messaggio" % b,
          "why does %s give 'wrong check digits'? I made it up for a unit test, just want to understand the message" % b))
    return C(txt, topic="money")


@pc
def d_redacted(lang):
    m = masked_token()
    txt = pick(
        "POST /v2/refunds HTTP/1.1\nHost: %s\nAuthorization: Bearer %s\nIdempotency-Key: %s\n\nHTTP/1.1 409 Conflict" % (host(), m, uuid4()),
        T(lang, "token: %s (l'ho oscurato io)\nrequest id: %s" % (m, req_id()), "token: %s (redacted by me)\nrequest id: %s" % (m, req_id())),
        "client_id=%s\nclient_secret=%s\ngrant_type=client_credentials" % (client_id(), m))
    return C(txt, code=True)


@pc
def d_masked_iban(lang):
    m = masked_iban()
    txt = T(lang, "Bonifico di %s partito verso %s il %s, CRO %s. Il destinatario non lo vede." % (amount(lang), m, date(lang), rs(DIG, 11)),
            "Transfer of %s sent to %s on %s, ref %s. Recipient doesn't see it." % (amount(lang), m, date(lang), rs(UP + DIG, 16)))
    return C(txt, topic="money")


@pc
def d_otp_prose(lang):
    txt = pick(
        T(lang, "L'SMS con il codice OTP arriva dopo 5 minuti, quando ormai è scaduto. Operatore %s." % pick("Iliad", "TIM", "Vodafone", "WindTre"),
          "The OTP text arrives after 5 minutes, when it's already expired. Carrier %s." % pick("Vodafone", "EE", "T-Mobile", "O2")),
        T(lang, "ho sbagliato il PIN tre volte e la carta si è bloccata, come la sblocco?", "entered the wrong PIN three times and the card's locked, how do I unlock it?"),
        T(lang, "il codice 3D Secure non arriva proprio, numero registrato %s" % phone(lang), "the 3D Secure code never arrives, registered number %s" % phone(lang)),
        T(lang, "Il codice di verifica ha 6 cifre e dura 300 secondi, lo dice la vostra doc.", "The verification code is 6 digits and lasts 300 seconds, says your docs."))
    return C(txt, topic="money")


@pc
def d_client_cfg(lang):
    txt = "oauth:\n  client_id: %s\n  client_secret: %s\n  redirect_uri: https://%s/callback\n  scopes:\n    - payments:read\n    - refunds:write" % (
        client_id(), pick("${OAUTH_CLIENT_SECRET}", "{{ vault_client_secret }}", "<redacted>", "!vault |", "ENC[AES256_GCM,data:...]", "\"\"  # from secret manager"), pick("shop.example.it", "localhost:8080", "app.miosito.com"))
    return C(txt, code=True)


@pc
def d_webhook_event(lang):
    txt = '{\n  "id": "evt_%s",\n  "type": "payment.%s",\n  "created": %d,\n  "data": {\n    "payment_id": "%s",\n    "amount": %d,\n    "card": {"brand": "%s", "last4": "%s", "exp": "%s"},\n    "customer": "cus_%s"\n  }\n}' % (
        rs(ALNUM, 20), pick("succeeded", "failed", "refunded"), R.randint(1767000000, 1799000000), pay_id(), R.randint(100, 90000), pick("visa", "mastercard", "amex"), rs(DIG, 4), expiry(), rs(ALNUM, 14))
    return C(T(lang, "evento ricevuto due volte:", "event received twice:") + "\n" + txt, code=True)


@pc
def d_gha(lang):
    txt = "- name: Deploy\n  run: ./scripts/deploy.sh\n  env:\n    PAGALESTO_KEY: ${{ secrets.PAGALESTO_KEY }}\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n    DB_PASSWORD: ${{ secrets.DB_PASSWORD }}"
    if R.random() < .5:
        txt = "env:\n  - name: CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: pagalesto-oauth\n        key: client-secret\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: {name: pagalesto, key: token}"
    return C(T(lang, "i segreti stanno nei secret del repo, non nel file:", "secrets live in the repo secrets, not in the file:") + "\n" + txt, code=True)


@pc
def d_jwt_header(lang):
    hdr = b64u(json.dumps({"alg": pick("RS256", "ES256"), "typ": "JWT", "kid": rs(ALNUM, 16)}, separators=(",", ":")).encode())
    txt = T(lang, "L'header decodificato del token è questo (il resto non lo incollo): %s → alg %s. La chiave pubblica con quel kid è nel vostro JWKS?" % (hdr, "RS256"),
            "The token's header decodes to this (not pasting the rest): %s → alg RS256. Is the public key with that kid in your JWKS?" % hdr)
    return C(txt)


@pc
def d_aws_ids(lang):
    txt = "arn:aws:lambda:%s:%s:function:pagalesto-webhook-%s\nRequestId: %s\nDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 256 MB" % (
        pick("eu-south-1", "eu-west-1"), rs(DIG, 12), pick("prod", "stg"), uuid4(), R.randint(10, 900), R.randint(0, 99), R.randint(10, 1000))
    return C(T(lang, "log CloudWatch:", "CloudWatch log:") + "\n" + txt, code=True)


@pc
def d_http_codes(lang):
    txt = pick(
        T(lang, "Da ieri %d richieste su 1000 tornano 429, rate limit a %d req/min, versione SDK %s, header Retry-After: %d" % (R.randint(5, 300), pick(60, 100, 600), version(), R.randint(1, 60)),
          "Since yesterday %d out of 1000 requests return 429, rate limit %d req/min, SDK %s, Retry-After: %d" % (R.randint(5, 300), pick(60, 100, 600), version(), R.randint(1, 60))),
        T(lang, "401 su /v2/payouts ma 200 su /v2/payments con lo stesso token. Request id %s e %s." % (uuid4(), uuid4()),
          "401 on /v2/payouts but 200 on /v2/payments with the same token. Request ids %s and %s." % (uuid4(), uuid4())))
    return C(txt)


@pc
def d_never_share(lang):
    txt = pick(
        T(lang, "NON incollate token o chiavi qui, è un forum pubblico. Se l'hai fatto, revocalo subito dal pannello (Impostazioni → API → Revoca).",
          "DON'T paste tokens or keys here, it's a public forum. If you did, revoke it right away in the dashboard (Settings → API → Revoke)."),
        T(lang, "mi scrivono in DM chiedendo il codice SMS 'per verificare l'account': è una truffa, vero?", "someone DM'd me asking for the SMS code 'to verify my account' — that's a scam, right?"),
        T(lang, "ho postato per sbaglio la chiave ieri, l'ho già ruotata, quella vecchia non vale più e l'ho cancellata dal post", "accidentally posted my key yesterday, already rotated it and edited the post"))
    return C(txt)


@pc
def d_ids_table(lang):
    rows = [("request_id", uuid4()), ("payment_id", pay_id()), ("client_id", client_id()), ("order", order_no()), ("sdk", version()), ("amount", amount(lang))]
    R.shuffle(rows)
    rows = rows[:pick(3, 4, 5)]
    txt = "| key | value |\n|---|---|\n" + "\n".join("| %s | %s |" % r for r in rows)
    return C(txt)


@pc
def d_phone_contact(lang):
    txt = T(lang, "Chiamatemi al %s oppure al fisso %s, orario ufficio. Pratica %s." % (phone("it"), phone("it"), order_no()),
            "Call me at %s or %s, office hours. Case %s." % (phone(lang), phone(lang), order_no()))
    return C(txt, topic="money")


@pc
def d_format_explain(lang):
    txt = pick(
        T(lang, "Un IBAN italiano è lungo 27 caratteri: IT, 2 cifre di controllo, CIN, ABI (5), CAB (5) e 12 per il conto. Il vostro campo ne accetta 26, ecco il bug.",
          "An Italian IBAN is 27 characters: IT, 2 check digits, CIN, ABI (5), CAB (5) and 12 for the account. Your field only takes 26, there's the bug."),
        T(lang, "Il sort code inglese sono 6 cifre tipo 12-34-56, il conto 8. Il vostro form vuole l'IBAN e basta?", "UK sort codes are 6 digits like 12-34-56 and accounts 8. Does your form really only take IBANs?"),
        T(lang, "Il CVV non va mai salvato, neanche cifrato (PCI DSS 3.2). Quindi perché il vostro SDK lo logga in debug?", "CVV must never be stored, not even encrypted (PCI DSS 3.2). So why does your SDK log it in debug mode?"))
    return C(txt, topic=pick("money", "tech"))


@pc
def d_changelog(lang):
    v = version()
    txt = T(lang, "%s — aggiunto supporto SEPA Instant, deprecato l'endpoint /v1/charges (spegnimento il %s). Migrazione: docs.%s/migrate" % (v, date("it"), host_as("")),
            "%s — added SEPA Instant, deprecated /v1/charges (shutdown on %s). Migration guide: docs.%s/migrate" % (v, date("en"), host_as("")))
    return C(txt)


@pc
def d_sandbox_ids(lang):
    txt = "customer: cus_%s\npayment_method: pm_%s\nmandate: mdt_%s\nsetup_intent: seti_%s\n" % (rs(ALNUM, 14), rs(ALNUM, 24), rs(ALNUM, 12), rs(ALNUM, 24))
    return C(T(lang, "gli id coinvolti:", "the ids involved:") + "\n" + txt, code=True)


@pc
def d_amount_review(lang):
    txt = T(lang, pick("App inutile: pagamento di %s andato a buon fine secondo la banca, ma il negozio dice di no. Tre settimane di mail." % amount(lang),
                       "Commissioni nascoste! %s su un acquisto da %s. Una stella è anche troppo." % (amount(lang), amount(lang))),
            pick("Useless app: payment of %s went through according to my bank, but the shop says no. Three weeks of emails." % amount(lang),
                 "Hidden fees! %s on a %s purchase. One star is generous." % (amount(lang), amount(lang))))
    return C(txt, topic="money")


@pc
def d_config_policy(lang):
    txt = "security:\n  password_policy:\n    min_length: %d\n    require_symbol: true\n    max_age_days: 90\n  otp:\n    digits: 6\n    ttl_seconds: %d\n  pin_attempts: 3\n  session_cookie: \"__Host-session\"" % (pick(10, 12, 14), pick(120, 300))
    return C(txt, code=True)


@pc
def d_uuid_list(lang):
    ids = "\n".join("%s  %s  %s" % (uuid4(), pick("FAILED", "PENDING", "OK"), amount(lang)) for _ in range(pick(3, 4, 5)))
    return C(T(lang, "le transazioni bloccate:", "the stuck transactions:") + "\n" + ids, code=True)


# ---------------------------------------------------------------- more must-pass cores
@pc
def d_cursor(lang):
    cur = b64u(json.dumps({"id": R.randint(10000, 9999999), "ts": R.randint(1767000000, 1799000000)}).encode())
    txt = '{\n  "data": [ ... ],\n  "has_more": true,\n  "next_cursor": "%s"\n}' % cur
    return C(T(lang, "la paginazione si blocca a pagina 3, il cursore è questo:", "pagination gets stuck on page 3, this is the cursor:") + "\n" + txt, code=True)


@pc
def d_etag(lang):
    txt = "HTTP/1.1 304 Not Modified\nETag: W/\"%s\"\nCache-Control: private, max-age=0\nX-Request-Id: %s\nX-RateLimit-Remaining: %d" % (rs(HEX, 32), uuid4(), R.randint(0, 100))
    return C(txt, code=True)


@pc
def d_idempotency(lang):
    k = uuid4()
    txt = T(lang, "Uso come Idempotency-Key %s ma il secondo POST crea un altro pagamento (%s)." % (k, pay_id()),
            "I'm using %s as the Idempotency-Key but the second POST creates another payment (%s)." % (k, pay_id()))
    return C(txt)


@pc
def d_webhook_url(lang):
    txt = T(lang, "Endpoint registrato: https://%s/webhooks/%s — riceve i test ma non gli eventi veri. Firma verificata con la chiave pubblica del vostro JWKS." % (pick("shop.example.it", "erp.miosito.com"), pick("pagalesto", "payments", "incoming")),
            "Registered endpoint: https://%s/webhooks/%s — gets test events but not real ones. Signature checked with the public key from your JWKS." % (pick("shop.example.com", "erp.myshop.io"), pick("pagalesto", "payments", "incoming")))
    return C(txt)


@pc
def d_traceback(lang):
    txt = "Traceback (most recent call last):\n  File \"/app/sync.py\", line %d, in run\n    resp = client.payouts.create(**payload)\n  File \"/usr/lib/python3.12/site-packages/pagalesto/http.py\", line %d, in request\n    raise ApiError(status, body[\"detail\"], request_id=%r)\npagalesto.errors.ApiError: 422 beneficiary_name_mismatch (request_id=%s)" % (R.randint(10, 400), R.randint(10, 400), uuid4(), uuid4())
    return C(txt, code=True)


@pc
def d_docker_ps(lang):
    rows = "\n".join("%s   ghcr.io/acme/%s:%s   \"%s\"   %d hours ago   Up" % (rs(HEX, 12), pick("api", "worker", "sync"), version(), pick("node server.js", "python -m worker", "/entrypoint.sh"), R.randint(1, 48)) for _ in range(pick(2, 3)))
    return C("CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS\n" + rows, code=True)


@pc
def d_data_uri(lang):
    txt = '<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA%s==">' % base64.b64encode(rbytes(60)).decode().rstrip("=")
    return C(T(lang, "il logo nella pagina di pagamento non si vede:", "logo on the checkout page doesn't show:") + "\n" + txt, code=True)


@pc
def d_package_json(lang):
    txt = '"dependencies": {\n  "@pagalesto/sdk": "^%s",\n  "express": "^4.19.2",\n  "jsonwebtoken": "^9.0.2",\n  "dotenv": "^16.4.5"\n}' % version().lstrip("v")
    return C(txt, code=True)


@pc
def d_promo(lang):
    code = pick("NATALE", "BLACKFRIDAY", "WELCOME", "SCONTO", "SPRING", "BENVENUTO") + str(R.randint(5, 50))
    txt = T(lang, "Il codice sconto %s non viene applicato al checkout, e il totale resta %s. Ordine %s." % (code, amount(lang), order_no()),
            "Discount code %s isn't applied at checkout, total stays %s. Order %s." % (code, amount(lang), order_no()))
    return C(txt, topic="money")


@pc
def d_booking(lang):
    txt = T(lang, "Prenotazione %s (PNR %s), pagata %s il %s: la conferma non arriva." % ("BK-" + rs(DIG, 8), rs(UP + DIG, 6), amount(lang), date(lang)),
            "Booking %s (PNR %s), paid %s on %s: no confirmation yet." % ("BK-" + rs(DIG, 8), rs(UP + DIG, 6), amount(lang), date(lang)))
    return C(txt, topic="money")


@pc
def d_jwks(lang):
    n = b64u(rbytes(256))
    txt = '{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "kid": "%s",\n      "alg": "RS256",\n      "n": "%s",\n      "e": "AQAB"\n    }\n  ]\n}' % (rs(ALNUM, 16), n)
    return C(T(lang, "il JWKS pubblico che scarico da /.well-known/jwks.json:", "the public JWKS I fetch from /.well-known/jwks.json:") + "\n" + txt, code=True)


@pc
def d_otp_masked(lang):
    txt = pick("2026-12-02T09:%02d:%02dZ INFO sca.challenge payment=%s method=sms otp=****** status=FAILED\n2026-12-02T09:%02d:%02dZ INFO sca.challenge retries_left=1" % (R.randint(0, 59), R.randint(0, 59), pay_id(), R.randint(0, 59), R.randint(0, 59)),
               T(lang, "Template SMS: \"{{brand}}: il tuo codice è {{code}}. Valido %d minuti.\"" % pick(5, 10), "SMS template: \"{{brand}}: your code is {{code}}. Valid for %d minutes.\"" % pick(5, 10)))
    return C(txt, code=True)


@pc
def d_last4_table(lang):
    rows = "\n".join("| %s | %s | •••• %s | %s |" % (date(lang), pay_id(), rs(DIG, 4), amount(lang)) for _ in range(pick(2, 3, 4)))
    return C("| %s | id | %s | %s |\n|---|---|---|---|\n" % (T(lang, "data", "date"), T(lang, "carta", "card"), T(lang, "importo", "amount")) + rows, topic="money")


@pc
def d_git_remote(lang):
    txt = "$ git remote -v\norigin\tgit@github.com:%s/shop-integration.git (fetch)\norigin\tgit@github.com:%s/shop-integration.git (push)\n$ git log -1 --format=%%H\n%s" % (pick("acme-dev", "negozio-srl"), pick("acme-dev", "negozio-srl"), sha1())
    return C(txt, code=True)


@pc
def d_cron(lang):
    txt = "# %s\n*/15 * * * * /usr/bin/python3 /opt/sync/run.py --env production --since \"%s\" >> /var/log/sync.log 2>&1" % (T(lang, "sincronizza i pagamenti", "sync payments"), date("en"))
    return C(txt, code=True)


@pc
def d_phone_table(lang):
    rows = "\n".join("%s | %s | %s" % (pick("Rossi", "Smith", "Costa", "Lang"), phone(lang), order_no()) for _ in range(3))
    return C(T(lang, "Clienti da richiamare:\n", "Customers to call back:\n") + rows, topic="money")


@pc
def d_ini_placeholders(lang):
    txt = "[pagalesto]\nendpoint = https://%s\napi_key = %s\nclient_secret = %s\n\n[database]\npassword = %s" % (host(), placeholder(), placeholder(), pick("${DB_PASSWORD}", "<password>", "%(DB_PASS)s", "xxxxxxxx"))
    return C(txt, code=True)


@pc
def d_vendor_public(lang):
    txt = pick("<script src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap\"></script>" % "{{ GOOGLE_MAPS_KEY }}",
               "arn:aws:iam::%s:role/pagalesto-webhook-role" % rs(DIG, 12),
               "Stripe account: acct_%s, customer cus_%s, price price_%s" % (rs(ALNUM, 16), rs(ALNUM, 14), rs(ALNUM, 24)),
               "AWS_REGION=eu-south-1\nAWS_PROFILE=shop-prod\nS3_BUCKET=shop-invoices-%s" % rs(LO + DIG, 6))
    return C(txt, code=True)


@pc
def d_iban_partial(lang):
    c = pick("IT", "DE", "FR")
    txt = T(lang, "Il form accetta solo 25 caratteri, ma il mio IBAN ne ha 27 (inizia con %s e finisce con %s). Bug?" % (c, rs(DIG, 3)),
            "The form only accepts 25 characters but my IBAN has 27 (starts with %s, ends in %s). Bug?" % (c, rs(DIG, 3)))
    return C(txt, topic="money")


@pc
def d_sepa_ids(lang):
    txt = T(lang, "Mandato SDD %s, creditor ID IT%s000%s, end-to-end %s: stato 'pending' da 5 giorni." % ("MNDT-" + rs(DIG, 9), rs(DIG, 2), rs(DIG, 11), "E2E-" + rs(UP + DIG, 12)),
            "SDD mandate %s, creditor ID IT%s000%s, end-to-end %s: 'pending' for 5 days." % ("MNDT-" + rs(DIG, 9), rs(DIG, 2), rs(DIG, 11), "E2E-" + rs(UP + DIG, 12)))
    return C(txt, topic="money")


# ====================================================================== frames
# A frame is the public-web place where the core was posted.
FRAMES = []


def fr(style, topics=("tech", "money"), quote_safe=True):
    def deco(fn):
        fn.style = style
        fn.topics = topics
        fn.quote_safe = quote_safe
        FRAMES.append(fn)
        return fn
    return deco


USERS_IT = ["marco_88", "Giuseppe T.", "la_sciura_pina", "ciro.dev", "fede_bz", "Ale Romano", "nicola.sviluppo", "Vale🌻", "peppe_na", "ilBaffo", "Chiara M.", "tommy_vr", "dario.fullstack", "Sara from Bari", "gianlu_b"]
USERS_EN = ["throwaway_4821", "dev_dan", "Priya S.", "kevin.codes", "null_pointer", "mike_t", "Hannah W.", "jsmith-dev", "rustacean42", "TheRealBobby", "lena.ops", "coffee_and_bugs", "Omar K.", "sunny_d"]
USERS_L2 = ["Javier_M", "Jürgen K.", "Amélie D.", "João P.", "Carmen_R", "Klaus_92", "Élodie", "Thiago.dev", "Inés", "Mathieu B.", "Sofía G.", "Lukas W."]

OPEN_IT = ["Ciao a tutti,", "Salve,", "Buongiorno community!", "Uè ragà,", "Premetto che sono niubbo.", "Ragazzi aiuto 🙏", "Ciao, primo post qui.", "Mannaggia, di nuovo.", "Allora,", "Ostrega, che casino.", "Daje che ce la famo:", "Boh, non ci capisco più niente.", "Buonasera, scrivo da Palermo.", "Ciao! Sono nuova qui 👋", ""]
OPEN_EN = ["Hey all,", "Hi folks,", "ok so", "Long time lurker, first post.", "Help pls 🙏", "Not sure if this is the right place but", "Y'all,", "Morning!", "So this is driving me nuts.", "Quick one:", "ngl I'm about to lose it.", "Hi team,", "tl;dr at the bottom.", ""]
CLOSE_IT = ["Grazie in anticipo!", "Qualcuno ha idee?", "Help!!", "grazie mille 🙏", "Che devo fare?", "Vi prego rispondete.", "Ciao e grazie", "😭😭", "Aggiornamenti?", "Saluti, G.", "Ogni aiuto è ben accetto.", ""]
CLOSE_EN = ["Thanks in advance!", "Any ideas?", "halp", "cheers 🙏", "What am I missing?", "Please someone answer.", "TIA", "😭", "Any update??", "Regards,", "smh", "Appreciate any pointers.", ""]


def user(lang):
    r = R.random()
    if r < .18:
        return pick(USERS_L2)
    return pick(USERS_IT if lang == "it" else USERS_EN)


def opener(lang):
    return pick(OPEN_IT if lang == "it" else OPEN_EN)


def closer(lang):
    return pick(CLOSE_IT if lang == "it" else CLOSE_EN)


def ago(lang):
    n = R.randint(1, 23)
    return T(lang, pick("%d ore fa" % n, "%d giorni fa" % n, "ieri alle %d:%02d" % (n, R.randint(0, 59)), "%s" % date("it")),
             pick("%dh ago" % n, "%d days ago" % n, "yesterday at %d:%02d" % (n, R.randint(0, 59)), "%s" % date("en")))


def guess_tag(text):
    if R.random() < .35:
        return ""
    first = text.lstrip().split("\n", 1)[0]
    if first.startswith(("curl", "$ ", "docker", "mysql", "redis-cli", "PGPASSWORD", "pip ")):
        return pick("bash", "sh", "console", "")
    if first.startswith(("{", '"')):
        return "json"
    if first.startswith(("import ", "from ", "API_KEY =", "client =", "Traceback")):
        return "python"
    if first.startswith(("const ", "await ", "> localStorage")):
        return pick("js", "javascript")
    if first.startswith(("$client", "define(", "curl_setopt")):
        return "php"
    if first.startswith(("provider ",)):
        return "hcl"
    if first.startswith(("<",)):
        return "xml"
    if first.startswith(("[",)):
        return "ini"
    if first.startswith(("# .env", "NODE_ENV", "DATABASE_URL", "PAGALESTO")):
        return pick("env", "dotenv", "")
    if ": " in first or first.endswith(":"):
        return pick("yaml", "yml", "")
    return pick("", "text")


def fence(core, lang_tag=None):
    if not core["code"]:
        return core["text"]
    text = core["text"]
    intro = ""
    first, _, rest = text.partition("\n")
    if rest and first.endswith(":") and " " in first.strip() and len(first) > 15 and not first.startswith((" ", "#", "$", "-")):
        intro, text = first, rest
    t = lang_tag if lang_tag is not None else guess_tag(text)
    block = "```%s\n%s\n```" % (t, text)
    return intro + "\n" + block if intro else block


def join(*parts):
    return "\n".join(p for p in parts if p is not None and p != "")


def para(*parts):
    return "\n\n".join(p for p in parts if p)


TITLES_TECH_IT = ["401 con token appena generato", "invalid_client su /oauth/token", "Webhook non firmati?", "Errore connessione DB dopo aggiornamento", "Plugin WooCommerce non si collega", "SDK Python: timeout su payouts", "refresh token scade subito", "Problema con la chiave API in produzione", "Config Docker per l'integrazione", "Firma JWT non valida"]
TITLES_TECH_EN = ["401 with freshly generated token", "invalid_client on /oauth/token", "Webhooks not signed?", "DB connection error after upgrade", "WooCommerce plugin won't connect", "Python SDK: timeouts on payouts", "Refresh token expires immediately", "API key issue in production", "Docker config for the integration", "JWT signature invalid"]
TITLES_MONEY_IT = ["Addebito doppio!!", "Rimborso mai arrivato", "Pagamento rifiutato senza motivo", "Bonifico tornato indietro", "Codice SMS non arriva", "Carta bloccata dopo il pagamento", "Truffa o errore?", "Soldi spariti"]
TITLES_MONEY_EN = ["Charged twice!!", "Refund never arrived", "Payment declined for no reason", "Transfer bounced back", "SMS code never arrives", "Card blocked after payment", "Scam or bug?", "Money vanished"]


def title(lang, core):
    if core["topic"] == "money":
        return pick(TITLES_MONEY_IT if lang == "it" else TITLES_MONEY_EN)
    return pick(TITLES_TECH_IT if lang == "it" else TITLES_TECH_EN)


@fr("help-center-comment")
def f_helpcenter(lang, core):
    art = T(lang, pick("Come generare le chiavi API", "Rimborsi: tempi e modalità", "Configurare OAuth 2.0", "Domande frequenti sui pagamenti", "Autenticazione a due fattori"),
            pick("How to generate API keys", "Refunds: timing and methods", "Setting up OAuth 2.0", "Payments FAQ", "Two-factor authentication"))
    return join(T(lang, "Commenti all'articolo «%s»" % art, "Comments on “%s”" % art), "", "%s · %s" % (user(lang), ago(lang)),
                para(opener(lang), fence(core), closer(lang)), "", T(lang, pick("👍 %d  ·  Rispondi", "Questo articolo ti è stato utile? Sì / No"), pick("👍 %d  ·  Reply", "Was this article helpful? Yes / No")).replace("%d", str(R.randint(0, 40))))


@fr("help-center-comment")
def f_helpcenter_reply(lang, core):
    agent = pick("Staff", "Team %s" % prov(), "Moderatore", "Community Manager")
    return join("%s — %s" % (user(lang), ago(lang)), fence(core), "",
                "    ↳ %s (%s): %s" % (agent, ago(lang), T(lang, pick("Ciao, per favore non pubblicare dati sensibili nei commenti. Ti contattiamo in privato.", "Abbiamo aperto un ticket per te."),
                                                                   pick("Hi, please don't post sensitive data in comments. We'll reach out privately.", "We've opened a ticket for you."))))


@fr("forum-thread")
def f_forum(lang, core):
    u1, u2 = user(lang), user(lang)
    q = T(lang, pick("Qualcuno ha lo stesso problema?", "Come avete risolto?", "mi succede uguale"), pick("Anyone else seeing this?", "How did you fix it?", "same thing here"))
    return join("[%s] %s" % (T(lang, "Forum", "Forum"), title(lang, core)), "",
                "#1 %s %s:" % (u1, T(lang, "ha scritto", "wrote")), q, "",
                "#2 %s:" % u2, para(opener(lang), fence(core), closer(lang)), "",
                "#3 %s: +1" % user(lang))


@fr("forum-thread")
def f_forum_quote(lang, core):
    u1 = user(lang)
    quoted = T(lang, pick("> incolla la configurazione (senza password!) e vediamo", "> hai controllato che l'ambiente sia quello giusto?", "> che errore ti esce esattamente?"),
               pick("> paste your config (without passwords!) and we'll look", "> did you check you're on the right environment?", "> what's the exact error?"))
    return join("%s %s:" % (u1, T(lang, "ha scritto", "said")), quoted, "", fence(core), "", closer(lang))


@fr("forum-thread", quote_safe=True)
def f_forum_solved(lang, core):
    return join("✅ %s: %s" % (T(lang, "RISOLTO", "SOLVED"), title(lang, core)), "",
                T(lang, "Post originale di %s:" % user(lang), "Original post by %s:" % user(lang)), fence(core), "",
                T(lang, "Soluzione (segnata dall'autore): %s" % pick("bisognava usare l'ambiente live, non sandbox.", "l'orologio del server era sballato di 10 minuti.", "il plugin va aggiornato alla %s." % version()),
                  "Accepted solution: %s" % pick("had to use the live environment, not sandbox.", "server clock was 10 minutes off.", "update the plugin to %s." % version())))


@fr("stackoverflow")
def f_so_question(lang, core):
    tags = " ".join("[%s]" % t for t in R.sample(["python", "node.js", "oauth-2.0", "jwt", "php", "curl", "docker", "rest", "payment-gateway", "webhooks", "laravel", "spring-boot"], 3))
    return join(title(lang, core), T(lang, "Fatta %s · Vista %d volte" % (ago(lang), R.randint(5, 900)), "Asked %s · Viewed %d times" % (ago(lang), R.randint(5, 900))), "",
                T(lang, "Sto integrando l'API di %s e ottengo un errore che non capisco." % prov(), "I'm integrating the %s API and getting an error I don't understand." % prov()), "",
                fence(core), "", T(lang, "Cosa sto sbagliando?", "What am I doing wrong?"), "", tags,
                "", T(lang, "commento – %s: hai provato a rigenerare le credenziali?" % user(lang), "comment – %s: have you tried regenerating the credentials?" % user(lang)))


@fr("stackoverflow")
def f_so_answer(lang, core):
    return join(T(lang, "Risposta (%d voti)" % R.randint(-2, 80), "Answer (%d votes)" % R.randint(-2, 80)), "",
                T(lang, pick("Il problema è l'ordine dei parametri. Io faccio così e funziona:", "Ti manca lo scope. Ecco la mia config che va in produzione:"),
                  pick("The problem is the parameter order. I do it like this and it works:", "You're missing the scope. Here's my config that works in prod:")), "",
                fence(core), "", "— %s, %s" % (user(lang), ago(lang)),
                T(lang, pick("", "commento: occhio che hai incollato roba vera"), pick("", "comment: careful, that looks like real stuff")))


@fr("stackoverflow")
def f_so_edit(lang, core):
    return join(T(lang, "**Domanda**", "**Question**"), opener(lang), fence(core), "",
                "**EDIT:** " + T(lang, pick("ho aggiornato l'SDK alla %s, stesso errore." % version(), "sì, l'orologio è sincronizzato."),
                                 pick("updated the SDK to %s, same error." % version(), "yes, the clock is synced.")),
                "**EDIT 2:** " + T(lang, "ancora niente", "still nothing"))


@fr("github-issue")
def f_gh_issue(lang, core):
    env = "| | |\n|---|---|\n| SDK | %s |\n| Runtime | %s |\n| OS | %s |" % (version(), pick("node 20.11", "python 3.12", "php 8.3", "go 1.22", "java 21"), pick("Ubuntu 24.04", "macOS 14", "Alpine", "Windows 11"))
    return join("### %s" % T(lang, "Descrizione del bug", "Describe the bug"), T(lang, "Dopo l'upgrade la chiamata fallisce.", "After upgrading the call fails."), "",
                "### %s" % T(lang, "Come riprodurre", "To Reproduce"), fence(core), "",
                "### %s" % T(lang, "Comportamento atteso", "Expected behavior"), T(lang, "200 OK", "200 OK"), "", "### %s" % T(lang, "Ambiente", "Environment"), env)


@fr("github-issue")
def f_gh_comment(lang, core):
    return join("**%s** %s %s" % (user(lang), T(lang, "ha commentato", "commented"), ago(lang)), "", opener(lang), fence(core), "", closer(lang), "",
                pick("👍 %d" % R.randint(1, 12), "🎉 1", "👀 %d" % R.randint(1, 5), ""))


@fr("github-pr")
def f_gh_pr(lang, core):
    n = R.randint(12, 2400)
    return join("## %s #%d: %s" % (T(lang, "PR", "PR"), n, T(lang, pick("fix retry sui payout", "aggiunge esempio di config", "supporto OAuth"), pick("fix payout retries", "add config example", "OAuth support"))), "",
                T(lang, "Cosa cambia:", "What changes:"), "- " + T(lang, "aggiorna l'esempio nel README", "updates the README example"), "- " + T(lang, "test su sandbox", "tested against sandbox"), "",
                fence(core), "", "Closes #%d" % R.randint(1, n))


@fr("gitlab-mr")
def f_gl_mr(lang, core):
    return join("!%d %s" % (R.randint(10, 900), T(lang, "Draft: integrazione pagamenti", "Draft: payments integration")), "%s %s" % (user(lang), T(lang, "ha avviato una discussione sulla diff", "started a thread on the diff")),
                "`%s` L%d" % (pick("config/settings.yml", "src/client.ts", ".env.staging", "app/services/payout.rb", "docker-compose.yml"), R.randint(3, 200)), "", fence(core), "",
                T(lang, pick("questo non dovrebbe stare nel repo?", "lasciamolo così per ora"), pick("should this really be in the repo?", "leaving as-is for now")))


@fr("discord")
def f_discord(lang, core):
    ch = pick("#help", "#api-support", "#general", "#sviluppatori", "#integrations", "#payments")
    u = user(lang)
    return join("%s" % ch, "%s — %s %s" % (u, T(lang, "Oggi alle", "Today at"), "%d:%02d" % (R.randint(0, 23), R.randint(0, 59))),
                fence(core), "%s — %s" % (user(lang), T(lang, pick("ci guardo", "@%s prova a rigenerarlo" % u, "stessa cosa qui"), pick("looking", "@%s try regenerating it" % u, "same here"))))


@fr("discord")
def f_discord_short(lang, core):
    u = user(lang)
    return join("[%d:%02d] %s: %s" % (R.randint(0, 23), R.randint(0, 59), u, pick(opener(lang), "@here", "yo", "raga")),
                "[%d:%02d] %s: %s" % (R.randint(0, 23), R.randint(0, 59), u, fence(core)),
                "[%d:%02d] %s: %s" % (R.randint(0, 23), R.randint(0, 59), user(lang), pick("👀", "lol", "F", "mmh", "ok", "+1")))


@fr("slack")
def f_slack(lang, core):
    return join("*%s*  %d:%02d %s" % (user(lang), R.randint(1, 12), R.randint(0, 59), pick("AM", "PM")), opener(lang), fence(core),
                ":%s: %d   💬 %d %s" % (pick("eyes", "thumbsup", "pray", "fire"), R.randint(1, 9), R.randint(1, 6), T(lang, "risposte", "replies")))


@fr("slack")
def f_slack_thread(lang, core):
    return join(T(lang, "Thread in #community-it", "Thread in #community"), "*%s*: %s" % (user(lang), T(lang, "chi mi passa la sua config funzionante?", "can someone share a working config?")),
                "*%s*: %s" % (user(lang), T(lang, "eccola, è quella che uso io", "here, this is what I use")), fence(core), "*%s*: %s" % (user(lang), T(lang, "grazie!!", "thx!!")))


@fr("statuspage-reply", topics=("tech", "money"))
def f_status(lang, core):
    inc = T(lang, pick("Tassi di errore elevati sulle API Pagamenti", "Ritardi nell'invio degli SMS OTP", "Degrado del servizio payout"), pick("Elevated error rates on Payments API", "Delays in OTP SMS delivery", "Payouts degraded"))
    return join("Re: [%s] %s" % (pick("Resolved", "Monitoring", "Investigating"), inc), "", opener(lang), fence(core), "", closer(lang), "",
                T(lang, "> Ricevi questa email perché sei iscritto agli aggiornamenti di status.%s" % host_as(""), "> You are receiving this because you subscribed to status.%s" % host_as("")))


@fr("app-review", topics=("money",))
def f_appstore(lang, core):
    stars = R.randint(1, 2)
    return join("★" * stars + "☆" * (5 - stars) + "  " + title(lang, core), "%s, %s" % (user(lang), date(lang)), fence(core), "",
                T(lang, "Risposta dello sviluppatore: Ci dispiace! Per favore scrivici a supporto@%s senza inserire dati della carta nelle recensioni." % host_as(""),
                  "Developer response: Sorry about that! Please contact support@%s and don't put card details in reviews." % host_as("")) if R.random() < .5 else "")


@fr("app-review", topics=("money",))
def f_playstore(lang, core):
    return join(user(lang), "%s  •  %s" % ("★" * R.randint(1, 3), date(lang)), fence(core), T(lang, "%d persone hanno trovato utile questa recensione" % R.randint(1, 300), "%d people found this review helpful" % R.randint(1, 300)))


@fr("trustpilot", topics=("money",))
def f_trustpilot(lang, core):
    return join(T(lang, "Valutato %d su 5 stelle" % R.randint(1, 2), "Rated %d out of 5 stars" % R.randint(1, 2)), title(lang, core), "",
                para(opener(lang), fence(core), closer(lang)), "", T(lang, "Data dell'esperienza: %s" % date("it"), "Date of experience: %s" % date("en")),
                T(lang, "Non sollecitata", "Unprompted review"))


@fr("reddit", topics=("tech", "money"))
def f_reddit(lang, core):
    sub = T(lang, pick("r/ItalyInformatica", "r/commercialisti", "r/italy", "r/ItaliaPersonalFinance"), pick("r/webdev", "r/personalfinance", "r/ecommerce", "r/devops", "r/UKPersonalFinance", "r/Scams"))
    return join("%s · %s u/%s · %s" % (sub, T(lang, "Pubblicato da", "Posted by"), user(lang).replace(" ", "_"), ago(lang)), title(lang, core), "",
                para(opener(lang), fence(core), closer(lang)), "", "⬆ %d   💬 %d %s   ↗ Share" % (R.randint(1, 900), R.randint(1, 200), T(lang, "commenti", "comments")))


@fr("reddit", topics=("tech", "money"))
def f_reddit_comment(lang, core):
    return join("u/%s · %s" % (user(lang).replace(" ", "_"), ago(lang)), T(lang, pick("> hai provato a chiamare la banca?", "> posta i dettagli"), pick("> have you tried calling your bank?", "> post the details")), "",
                fence(core), "", T(lang, pick("EDIT: ok ho capito, non dovevo postarlo 🤦", "edit: grazie per l'oro gentile sconosciuto", ""), pick("EDIT: ok yeah I shouldn't have posted that 🤦", "edit: thanks for the gold kind stranger", "")),
                "⬆ %d" % R.randint(-5, 400))


@fr("blog-comment")
def f_blog(lang, core):
    post = T(lang, pick("Integrare %s in Laravel in 10 minuti" % prov(), "Guida: pagamenti ricorrenti con SEPA", "OAuth spiegato semplice"),
             pick("Integrating %s with Next.js in 10 minutes" % prov(), "Guide: recurring SEPA payments", "OAuth explained simply"))
    return join("%s «%s»" % (T(lang, "Commento a", "Comment on"), post), "%s %s" % (user(lang), ago(lang)),
                para(T(lang, pick("Ottimo tutorial!", "Bella guida, ma", "Grazie per l'articolo."), pick("Great tutorial!", "Nice guide, but", "Thanks for the post.")),
                     T(lang, "Seguendo i passi però ottengo un errore. Ecco cosa ho:", "Following the steps I get an error though. Here's what I have:"), fence(core), closer(lang)))


@fr("l2-writer")
def f_l2(lang, core):
    who = pick(["es", "de", "fr", "pt"])
    intro = {
        ("es", "en"): "Hola, sorry for my english, I am from Valencia.", ("es", "it"): "Hola, scusate il mio italiano, sono spagnolo.",
        ("de", "en"): "Hallo zusammen, my english is not so good, I hope it is understandable.", ("de", "it"): "Hallo, scrivo da Monaco, il mio italiano non è perfetto.",
        ("fr", "en"): "Bonjour, I write in english but I am french, excuse me for the mistakes.", ("fr", "it"): "Bonjour, sono francese, scusate gli errori.",
        ("pt", "en"): "Olá pessoal, I'm brazilian so my english is meh.", ("pt", "it"): "Oi, sono brasiliana, parlo un po' italiano."}[(who, lang)]
    outro = {"es": "Muchas gracias!!", "de": "Vielen Dank und schöne Grüße", "fr": "Merci beaucoup, bonne journée", "pt": "Valeu, obrigada!"}[who]
    mid = T(lang, pick("Il problema è il seguente, entonces:", "Allora, ecco, also das Problem:", "Voilà ce qui succède:", "É isso aqui:"),
            pick("The problem is the next, entonces:", "So, also, the problem:", "Voilà, what happens:", "É isso, here:"))
    return join(intro, mid, fence(core), outro)


@fr("newsletter-reply")
def f_newsletter(lang, core):
    v = version()
    return join("Re: %s — %s" % (prov(), T(lang, "Novità di dicembre: SDK %s" % v, "December update: SDK %s" % v)), "",
                para(T(lang, "Ciao, rispondo alla newsletter perché non trovo altri contatti.", "Hi, replying to the newsletter because I can't find any other contact."), fence(core), closer(lang)), "",
                T(lang, "Il %s, %s <news@%s> ha scritto:" % (date("it"), prov(), host_as("")), "On %s, %s <news@%s> wrote:" % (date("en"), prov(), host_as(""))),
                T(lang, "> Nuovo: SEPA Instant e Apple Pay per tutti i piani.", "> New: SEPA Instant and Apple Pay on all plans."), "> %s" % T(lang, "Per disiscriverti clicca qui.", "Unsubscribe here."))


@fr("changelog-comment")
def f_changelog(lang, core):
    v = version()
    return join("%s %s" % (T(lang, "Changelog", "Changelog"), v), "- " + T(lang, "nuovo endpoint /v2/payouts/batch", "new /v2/payouts/batch endpoint"), "- " + T(lang, "rimosso supporto TLS 1.1", "dropped TLS 1.1"), "",
                "💬 %s:" % user(lang), fence(core), T(lang, "da quando è uscita la %s non va più niente" % v, "nothing works since %s shipped" % v))


@fr("paste-config")
def f_paste_cfg(lang, core):
    h, u = user(lang), user(lang)
    return join("%s: %s" % (h, T(lang, pick("incolla la tua config così vediamo", "fammi vedere il file di configurazione", "mandami l'output completo"), pick("paste your config so we can see", "show me your config file", "send the full output"))),
                "%s: %s" % (u, T(lang, pick("ecco", "ok eccola", "tieni"), pick("here", "ok here it is", "sure"))), fence(core),
                "%s: %s" % (h, T(lang, pick("ok vedo, aspetta", "mmm ok", "grazie, ci guardo"), pick("ok I see, hang on", "hmm ok", "thanks, looking"))))


@fr("paste-config")
def f_qa(lang, core):
    return join(T(lang, "D: %s" % title(lang, core), "Q: %s" % title(lang, core)), T(lang, "R (%s): serve vedere cosa mandi." % user(lang), "A (%s): need to see what you're sending." % user(lang)),
                T(lang, "D: ok, ecco:", "Q: ok, here:"), fence(core))


@fr("tweet")
def f_tweet(lang, core):
    return join("%s @%s · %s" % (user(lang), user(lang).replace(" ", "").replace(".", "_").lower()[:12], ago(lang)),
                "@%s %s" % (prov().lower().replace(".", ""), core["text"] if not core["code"] else fence(core)),
                "💬 %d  🔁 %d  ❤ %d" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 50)))


@fr("hn-comment", topics=("tech",))
def f_hn(lang, core):
    return join("%s %s | %s | %s" % (user(lang).replace(" ", ""), ago(lang), "parent", "next"), "",
                T(lang, "Per me la loro API è ok, ma la doc è confusa. Esempio concreto dal mio setup:", "Their API is fine IMO but the docs are confusing. Concrete example from my setup:"),
                fence(core), "", T(lang, "rispondi", "reply"))


@fr("youtube-comment")
def f_youtube(lang, core):
    ts = "%d:%02d" % (R.randint(1, 40), R.randint(0, 59))
    return join("@%s  %s" % (user(lang).replace(" ", ""), ago(lang)), T(lang, "al minuto %s fai vedere come si configura, io ho fatto uguale:" % ts, "at %s you show the setup, I did exactly the same:" % ts),
                fence(core), T(lang, "ma non va 😭 %d like" % R.randint(0, 30), "but it doesn't work 😭 %d likes" % R.randint(0, 30)))


@fr("community-idea")
def f_idea(lang, core):
    return join(T(lang, "💡 Idea: %s" % pick("mascherare i dati sensibili nei log", "validazione IBAN lato client", "OTP via app invece di SMS"), "💡 Idea: %s" % pick("mask sensitive data in logs", "client-side IBAN validation", "app-based OTP instead of SMS")),
                T(lang, "%d voti · Stato: In valutazione" % R.randint(1, 300), "%d votes · Status: Under review" % R.randint(1, 300)), "",
                T(lang, "Esempio del perché serve:", "Example of why it's needed:"), fence(core))


@fr("gist-comment", topics=("tech",))
def f_gist(lang, core):
    return join("%s %s %s" % (user(lang), T(lang, "ha commentato su questo gist", "commented on this gist"), ago(lang)), "",
                T(lang, "Il tuo script va ma ho dovuto cambiare questa parte:", "Your script works but I had to change this part:"), fence(core, pick("python", "js", "bash", "yaml")))


@fr("mastodon")
def f_toot(lang, core):
    return join("%s @%s@%s" % (user(lang), user(lang).replace(" ", "").lower()[:10], pick("mastodon.uno", "fosstodon.org", "hachyderm.io")),
                fence(core), "#%s #%s" % (pick("fintech", "api", "devlife", "pagamenti"), pick("help", "bug", "rant")))


@fr("forum-digest")
def f_digest(lang, core):
    return join(T(lang, "Riepilogo giornaliero — Community %s" % prov(), "Daily digest — %s Community" % prov()), "",
                "1. %s (%d %s)" % (pick(TITLES_TECH_IT if lang == "it" else TITLES_TECH_EN), R.randint(1, 30), T(lang, "risposte", "replies")),
                "2. %s" % title(lang, core), "   %s:" % user(lang), fence(core), "3. %s" % pick(TITLES_MONEY_IT if lang == "it" else TITLES_MONEY_EN))


@fr("producthunt")
def f_ph(lang, core):
    return join(T(lang, "Complimenti per il lancio! 🚀 Una domanda però:", "Congrats on the launch! 🚀 One question though:"), fence(core), "— %s, %s" % (user(lang), T(lang, "Maker di un e-commerce", "indie maker")))


@fr("issue-tracker", topics=("tech",))
def f_jira_public(lang, core):
    key = "%s-%d" % (pick("SDK", "API", "PLUG"), R.randint(10, 9999))
    return join("%s  %s" % (key, title(lang, core)), T(lang, "Tipo: Bug  Priorità: Alta  Stato: Aperto", "Type: Bug  Priority: High  Status: Open"), "",
                T(lang, "Passi:", "Steps:"), "1. " + T(lang, "configurare come sotto", "configure as below"), "2. " + T(lang, "lanciare il sync", "run the sync"), "", fence(core))


@fr("prose-inline")
def f_inline(lang, core):
    """Plain post where the core stands alone -- value may sit at start or end."""
    if R.random() < .5:
        return core["text"] if not core["code"] else fence(core)
    return join(fence(core), closer(lang))


@fr("forum-thread")
def f_nested(lang, core):
    return join("▼ %s" % title(lang, core), "  %s: %s" % (user(lang), T(lang, "idem con patate", "same here, any fix?")),
                "    %s: %s" % (user(lang), T(lang, "serve qualche dettaglio in più", "need more details")), fence(core), "      %s: %s" % (user(lang), T(lang, "grazie, girato al team", "thanks, forwarded to the team")))


@fr("regional-it")
def f_regional(lang, core):
    if lang == "it":
        a = pick("Ué guagliù, sto impazzendo co' sto pagamento.", "Ao', ma che è 'sta roba?", "Oh bella, ma com'è che non va?", "Minchia ragazzi, è da stamattina.", "Ostrega, xe un casin.", "Bella zio, mi sa che ho un problema.", "Anvedi, m'hanno fregato.", "Bòja, non funziona niente.")
        b = pick("Boh.", "Fatemi sapere vah.", "Daje.", "Grazie neh.", "Mo' vediamo.", "Vabbè.")
    else:
        a = pick("bruh. ok so", "ngl this is cursed:", "y'all won't believe this", "mate, absolute shambles:", "fr fr this is broken", "lowkey panicking rn")
        b = pick("smh", "pls fix 🙏", "cheers mate", "💀", "idk man", "rip")
    return join(a, fence(core), b)


@fr("blog-comment")
def f_blog_reply(lang, core):
    return join("%s %s:" % (user(lang), T(lang, "risponde a", "replying to")), "> %s" % T(lang, "qualcuno ha un esempio funzionante?", "does anyone have a working example?"), "",
                T(lang, "Certo, il mio (funziona da mesi):", "Sure, mine (working for months):"), fence(core))


# ---------------------------------------------------------------- more frames
@fr("github-discussion")
def f_gh_discussion(lang, core):
    return join("Discussions › Q&A", title(lang, core), "%s %s %s" % (user(lang), T(lang, "ha chiesto", "asked"), ago(lang)), "", fence(core), "",
                "%d %s · ✔ %s" % (R.randint(0, 8), T(lang, "risposte", "answers"), T(lang, "Risposta accettata", "Answered")) if R.random() < .4 else "")


@fr("discourse")
def f_discourse(lang, core):
    n = R.randint(2, 30)
    return join("%s %d %s %s" % (T(lang, "Post", "Post"), n, T(lang, "di", "by"), user(lang)), T(lang, "In risposta a @%s" % user(lang).split()[0], "Replying to @%s" % user(lang).split()[0]), "",
                para(opener(lang), fence(core)), "", "❤ %d   🔗   %s" % (R.randint(0, 20), T(lang, "Rispondi", "Reply")))


@fr("phpbb")
def f_phpbb(lang, core):
    return join("Re: %s" % title(lang, core), "%s %s » %s" % (T(lang, "Messaggio da", "Post by"), user(lang), date(lang)), "", fence(core), "",
                "__________________", pick("Mario | www.negozio-mario.it", "«Il codice funziona, non toccarlo»", "-- sent from my phone", "Web agency since 2009", "I ♥ PHP"), "", "Top")


@fr("telegram-group")
def f_telegram(lang, core):
    return join(T(lang, "Gruppo Telegram «%s Dev Italia»" % prov(), "Telegram group “%s Devs”" % prov()),
                "%s, [%s %d:%02d]" % (user(lang), date(lang), R.randint(0, 23), R.randint(0, 59)), fence(core),
                "%s, [%d:%02d]" % (user(lang), R.randint(0, 23), R.randint(0, 59)), T(lang, pick("cancella subito!!", "prova a scrivere in privato al supporto", "👍"), pick("delete that now!!", "try DMing support", "👍")))


@fr("facebook-group")
def f_facebook(lang, core):
    g = T(lang, pick("E-commerce Italia 🇮🇹", "Sviluppatori WordPress Italia", "Partite IVA e dintorni"), pick("Shopify Entrepreneurs", "Small Business UK", "WooCommerce Help & Share"))
    return join(g, "%s · %s" % (user(lang), ago(lang)), para(opener(lang), fence(core), closer(lang)), "", "👍 %d   %d %s" % (R.randint(0, 60), R.randint(0, 40), T(lang, "commenti", "comments")))


@fr("linkedin-comment")
def f_linkedin(lang, core):
    return join("%s • %s" % (user(lang), pick("CTO @ startup", "Full-stack developer", "E-commerce manager", "Freelance")),
                T(lang, "Interessante post! Però nella pratica:", "Great post! In practice though:"), fence(core), T(lang, "Consiglia · Rispondi", "Like · Reply"))


@fr("devto-comment")
def f_devto(lang, core):
    return join("%s • %s" % (user(lang), ago(lang)), T(lang, "Ho seguito l'articolo passo passo, ma al punto 4:", "Followed the article step by step but at step 4:"), "", fence(core), "",
                "❤ %d  %s" % (R.randint(0, 20), T(lang, "Rispondi", "Reply")))


@fr("google-review", topics=("money",))
def f_gmaps(lang, core):
    return join("%s" % user(lang), T(lang, "Local Guide · %d recensioni" % R.randint(1, 90), "Local Guide · %d reviews" % R.randint(1, 90)),
                "%s  %s" % ("★" * R.randint(1, 2), ago(lang)), fence(core), T(lang, "Risposta del proprietario: ci contatti in privato, grazie.", "Response from the owner: please contact us privately, thanks.") if R.random() < .4 else "")


@fr("quora-answer")
def f_quora(lang, core):
    return join(T(lang, "Risposta a: È sicuro pagare online con %s?" % prov(), "Answer to: Is it safe to pay with %s?" % prov()), "%s · %s" % (user(lang), ago(lang)), "",
                T(lang, "Vi racconto la mia esperienza.", "Let me tell you my experience."), fence(core), T(lang, "Quindi fate attenzione.", "So be careful."))


@fr("release-comment", topics=("tech",))
def f_release(lang, core):
    v = version()
    return join("Release %s" % v, T(lang, "### Novità", "### What's new"), "- %s" % T(lang, "retry automatico", "automatic retries"), "", "---", "%s:" % user(lang),
                T(lang, "dopo l'aggiornamento a %s:" % v, "after upgrading to %s:" % v), fence(core))


@fr("code-switch")
def f_codeswitch(lang, core):
    a = T(lang, pick("Ciao, allora basically il deploy è andato ok ma poi in prod the thing breaks:", "Raga quick question, sto facendo il setup e boh:", "So, premessa: I'm not a dev, faccio e-commerce, però:"),
          pick("Ok so, ehm, allora, the integration is half done and then:", "Guys, vabbè, I'll just paste it:", "Pues mira, the thing is:", "Alors voilà, I have this:"))
    b = T(lang, pick("any idea? grazie mille", "let me know, ciao!", "help pls 🙏 grazie"), pick("grazie mille!", "ciao and thanks", "danke!", "obrigado"))
    return join(a, fence(core), b)


@fr("statuspage-reply")
def f_status_comment(lang, core):
    return join(T(lang, "Aggiornamento %s — Risolto" % date("it"), "Update %s — Resolved" % date("en")), T(lang, "Il problema è stato risolto.", "This incident has been resolved."), "",
                T(lang, "Commenti (%d)" % R.randint(1, 30), "Comments (%d)" % R.randint(1, 30)), "%s: %s" % (user(lang), T(lang, "risolto un corno, guardate qua:", "resolved my foot, look at this:")), fence(core))


@fr("so-comment")
def f_so_comments(lang, core):
    return join(T(lang, "Commenti", "Comments"), "– %s: %s" % (user(lang), T(lang, "mostra l'output completo", "show the full output")),
                "– %s: %s" % (user(lang), T(lang, "ecco:", "here:")), fence(core), "– %s: %s" % (user(lang), T(lang, "non postare credenziali vere qui", "don't post real credentials here")))


@fr("review-reply", topics=("money",))
def f_review_thread(lang, core):
    return join(T(lang, "Recensione verificata ✔", "Verified review ✔"), fence(core), "",
                T(lang, "Risposta di %s: Ci scusiamo per il disagio. Per la tua sicurezza non condividere dati bancari nelle recensioni." % prov(),
                  "Reply from %s: We're sorry for the trouble. For your safety please don't share bank details in reviews." % prov()), "",
                "%s: %s" % (user(lang), T(lang, "sono 3 settimane che aspetto", "been waiting 3 weeks")))


@fr("wiki-talk", topics=("tech",))
def f_wiki(lang, core):
    return join("== %s ==" % title(lang, core), T(lang, "Esempio di configurazione proposto per la pagina:", "Proposed config example for the page:"), fence(core),
                "--%s (%s) %s" % (user(lang).replace(" ", "_"), T(lang, "discussione", "talk"), date(lang)))


# ====================================================================== assembly
@fr("forum-quote-reply", quote_safe=False)
def f_quote_reply(lang, core):
    quoted = "\n".join("> " + ln for ln in core["text"].split("\n"))
    return join("%s %s:" % (user(lang), T(lang, "ha scritto", "wrote")), quoted, "",
                T(lang, pick("Ehm... hai appena pubblicato dati veri in un forum pubblico. Cancella e cambia tutto subito.", "fratello togli subito sta roba 😬", "Segnalato ai moderatori perché contiene dati sensibili."),
                  pick("Uh... you just posted real data on a public forum. Delete it and rotate everything now.", "bro delete this asap 😬", "Flagged for the mods since it has sensitive data.")))


PROSE_ONLY = {"tweet", "mastodon", "app-review", "trustpilot", "google-review", "review-reply"}

KIND_WEIGHTS = {"access_token": 15, "password": 15, "bank_account": 13, "pin": 13, "iban": 10, "card_number": 8, "cvv": 4,
                "client_secret": 10, "refresh_token": 7, "vendor_key": 10, "private_key": 5}


def short_ok(text, secrets):
    for k, v in secrets:
        if not v or v not in text:
            return False
        if len(v) < 12 and text.count(v) != 1:
            return False
        # a short numeric value must not sit inside a longer run of digits/letters
        if len(v) < 12:
            i = text.index(v)
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(v)] if i + len(v) < len(text) else " "
            if before.isalnum() or after.isalnum():
                return False
    return True


import re
CARD_RE = re.compile(r"(?<![\w.\-/])\d(?:[ \-./]{0,3}\d){12,18}(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def stray_ok(text, secrets):
    """No unlabeled Luhn-valid card-like run or valid IBAN may slip into a sample."""
    vals = [v for _, v in secrets]
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if len(d) in (15, 16) and luhn_ok(d) and not any(m.group() in v or v in m.group() for v in vals):
            return False
    for m in IBAN_RE.finditer(text):
        cand = m.group().replace(" ", "")
        for L in range(len(cand), 14, -1):
            c = cand[:L]
            if c[:2].isalpha() and iban_valid(c) and not any(c in v.replace(" ", "") for v in vals):
                return False
    return True


def make(lang, with_secret, kind=None):
    for _ in range(100):
        if with_secret:
            fn = pick(SECRET_CORES[kind])
        else:
            fn = pick(PASS_CORES)
        core = fn(lang)
        # sometimes a second, harmless paragraph joins the core (multi-part posts)
        if R.random() < .22:
            for _ in range(10):
                extra = pick(PASS_CORES)(lang)
                if extra["topic"] == core["topic"]:
                    break
            if extra["topic"] == core["topic"]:
                glue = pick("\n\n", "\n\n", "\n\n" + T(lang, pick("Inoltre:", "Altra cosa:", "PS:", "Aggiungo:"), pick("Also:", "Another thing:", "PS:", "Adding:")) + "\n")
                parts = [fence(core), fence(extra)] if R.random() < .5 else [fence(extra), fence(core)]
                core = C(parts[0] + glue + parts[1], core["secrets"], False, core["topic"])
        multiline = any("\n" in v for _, v in core["secrets"])
        frames = [f for f in FRAMES if core["topic"] in f.topics and (f.quote_safe or not multiline)
                  and not (f.style in PROSE_ONLY and ("```" in core["text"] or core["code"]))]
        if not with_secret:
            frames = [f for f in frames if f.style != "forum-quote-reply"]
        frame = pick(frames)
        text = frame(lang, core)
        if not short_ok(text, core["secrets"]) or not stray_ok(text, core["secrets"]):
            continue
        secrets = []
        seen = set()
        for k, v in core["secrets"]:
            if (k, v) not in seen:
                seen.add((k, v))
                secrets.append({"kind": k, "value": v})
        return {"lang": lang, "style": frame.style, "text": text, "secrets": secrets, "_core": fn.__name__, "_frame": frame.__name__}
    raise RuntimeError("could not build sample")


def check(sample):
    t = sample["text"]
    for s in sample["secrets"]:
        assert s["value"] in t, (s, t)
        assert s["kind"] in KIND_WEIGHTS
        if s["kind"] == "card_number":
            d = "".join(ch for ch in s["value"] if ch.isdigit())
            assert luhn_ok(d) and len(d) in (15, 16), s
        if s["kind"] == "iban":
            assert iban_valid(s["value"].replace("\n", " ")), s


def main():
    per_lang = 820
    n_secret = {"it": 385, "en": 385}
    samples = []
    texts = set()
    for lang in ("it", "en"):
        tot = sum(KIND_WEIGHTS.values())
        kinds = []
        for k, w in KIND_WEIGHTS.items():
            kinds += [k] * round(n_secret[lang] * w / tot)
        while len(kinds) < n_secret[lang]:
            kinds.append(pick(list(KIND_WEIGHTS)))
        kinds = kinds[:n_secret[lang]]
        plan = kinds + [None] * (per_lang - n_secret[lang])
        R.shuffle(plan)
        for k in plan:
            while True:
                s = make(lang, k is not None, k)
                if s["text"] not in texts:
                    texts.add(s["text"])
                    break
            check(s)
            samples.append(s)
    R.shuffle(samples)
    cnt = Counter()
    out = []
    for s in samples:
        cnt[s["lang"]] += 1
        rec = {"id": "fresh19-%s-%04d" % (s["lang"], cnt[s["lang"]]), "lang": s["lang"], "style": s["style"], "text": s["text"], "secrets": s["secrets"]}
        out.append(rec)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh19.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify
    ids = set()
    with open(os.path.join(here, "fresh19.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh]
    for r in recs:
        assert r["id"] not in ids
        ids.add(r["id"])
        for s in r["secrets"]:
            assert s["value"] in r["text"]
    kinds = Counter(s["kind"] for r in recs for s in r["secrets"])
    samples_by_kind = Counter(k for r in recs for k in {s["kind"] for s in r["secrets"]})
    print("samples:", len(recs))
    print("per lang:", dict(Counter(r["lang"] for r in recs)))
    ws = sum(1 for r in recs if r["secrets"])
    print("with secrets:", ws, "must pass:", len(recs) - ws)
    for lang in ("it", "en"):
        print("  %s: with %d, pass %d" % (lang, sum(1 for r in recs if r["lang"] == lang and r["secrets"]), sum(1 for r in recs if r["lang"] == lang and not r["secrets"])))
    print("secret values per kind:", dict(kinds.most_common()))
    print("samples per kind:", dict(samples_by_kind.most_common()))
    print("styles:", dict(Counter(r["style"] for r in recs).most_common()))
    print("template shapes: %d secret cores, %d pass cores, %d frames" % (len({f for v in SECRET_CORES.values() for f in v}), len(PASS_CORES), len(FRAMES)))


if __name__ == "__main__":
    main()
