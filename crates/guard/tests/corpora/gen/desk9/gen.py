#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
desk9 corpus generator -- "a real desk's inbox".

Writes corpus.jsonl next to this file.  Deterministic (fixed seed).

Templates use slots written as  ⟦name⟧ , ⟦name=bind⟧ (remember the value)
and ⟦=bind⟧ (repeat the remembered value).  Secret slots record a label
(kind, value); filler slots only produce look-alike text.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import uuid as _uuid

SEED = 20240909
rng = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG
LOWNUM = LO + DIG
UPNUM = UP + DIG
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
HEXU = HEX.upper()
NBSP = "\u00a0"


def ch(seq):
    return rng.choice(seq)


def rs(n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def rs_mixed(n, alpha=ALNUM):
    """random string that has at least one upper, one lower and one digit"""
    need_u = any(c.isupper() for c in alpha)
    need_l = any(c.islower() for c in alpha)
    need_d = any(c.isdigit() for c in alpha)
    while True:
        s = rs(n, alpha)
        if ((not need_u or any(c.isupper() for c in s)) and (not need_l or any(c.islower() for c in s))
                and (not need_d or any(c.isdigit() for c in s))):
            return s


def rdig(n, lead_nonzero=False):
    s = rs(n, DIG)
    if lead_nonzero and s[0] == "0":
        s = ch("123456789") + s[1:]
    return s


def ruuid():
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def rulid():
    crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01" + ch("HJ") + rs(23, crock)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# ---------------------------------------------------------------- cards ---
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


def luhn_complete(prefix, length):
    body = prefix + rs(length - len(prefix) - 1, DIG)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


CANONICAL_TEST_CARDS = [c for c in [
    "4242424242424242", "4111111111111111", "4000056655665556",
    "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431",
    "6011111111111117", "6011000990139424", "3056930009020004",
    "36227206271667", "3566002020360505", "6200000000000005",
    "4000002500003155", "4000000000003220", "4012888888881881",
    "5454545454545454", "4000000000000077", "4000000000009995",
] if luhn_ok(c)]

BINS = [("424242", 16), ("411111", 16), ("400000", 16), ("401288", 16),
        ("4000", 13), ("555555", 16), ("510510", 16), ("222300", 16),
        ("520082", 16), ("545454", 16), ("378282", 15), ("371449", 15),
        ("601111", 16), ("601100", 16), ("305693", 14), ("362272", 14),
        ("356600", 16), ("353011", 16), ("620000", 16), ("620000", 19),
        ("675964", 19), ("501800", 16), ("400005", 16), ("455951", 16)]


def card_digits():
    if rng.random() < 0.3:
        return ch(CANONICAL_TEST_CARDS)
    p, n = ch(BINS)
    return luhn_complete(p, n)


def card_groups(d):
    n = len(d)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 13:
        g = [4, 4, 5]
    elif n == 19:
        g = [4, 4, 4, 4, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(d[i:i + k])
        i += k
    return out


def fmt_card(d, style=None):
    if style is None:
        style = rng.choices(
            ["space", "plain", "dash", "dot", "nbsp", "spdash", "double",
             "mixed", "pairs8", "tab"],
            [30, 22, 12, 6, 6, 4, 4, 6, 5, 2])[0]
    g = card_groups(d)
    if style == "plain":
        return d
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "nbsp":
        return NBSP.join(g)
    if style == "spdash":
        return " - ".join(g)
    if style == "double":
        return "  ".join(g)
    if style == "tab":
        return "\t".join(g)
    if style == "pairs8":
        if len(d) == 16:
            return d[:8] + " " + d[8:]
        return " ".join(g)
    if style == "mixed":
        out = g[0]
        for x in g[1:]:
            out += ch([" ", "-", ".", "", " "]) + x
        return out
    if style == "wrap":
        k = len(g) // 2
        return " ".join(g[:k]) + ch(["\n", " \n", "\n"]) + " ".join(g[k:])
    raise ValueError(style)


def bad_card_digits():
    d = card_digits()
    last = int(d[-1])
    return d[:-1] + str((last + rng.randint(1, 9)) % 10)


# ---------------------------------------------------------------- IBANs ---
def _num36(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    ck = 98 - int(_num36(bban + cc + "00")) % 97
    return "%02d" % ck


def iban_valid(s):
    s = re.sub(r"[^A-Za-z0-9]", "", s).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    try:
        return int(_num36(r)) % 97 == 1
    except ValueError:
        return False


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
       16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


ABIS = ["03069", "02008", "05034", "01030", "05696", "03104", "05387",
        "06230", "03111", "05584", "03015", "07601", "03268", "08327",
        "05428", "03440", "05036", "06175", "03032", "01005"]


def it_parts():
    abi = ch(ABIS)
    cab = "0" + rdig(4) if rng.random() < 0.6 else rdig(5)
    r = rng.random()
    if r < 0.55:
        conto = rdig(rng.randint(6, 10), True).rjust(12, "0")
    elif r < 0.8:
        conto = "1000000" + rdig(5)
    elif r < 0.9:
        conto = "CC" + rdig(10)
    else:
        conto = rdig(12)
    cin = it_cin(abi, cab, conto)
    return cin, abi, cab, conto


def de_parts():
    blz = ch("1234567") + rdig(7)
    kto = rdig(rng.randint(7, 10), True).rjust(10, "0")
    return blz, kto


def fr_parts():
    banque = ch(["30004", "30003", "20041", "10107", "30066", "18206",
                 "17515", "10278", "30002", "14505"])
    guichet = rdig(5)
    compte = rdig(11)
    cle = 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return banque, guichet, compte, "%02d" % cle


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_parts():
    ent = ch(["2100", "0049", "0182", "0081", "2038", "0128", "1465", "2080"])
    ofi = rdig(4)
    cta = rdig(10)
    dc = "%d%d" % (es_dc("00" + ent + ofi), es_dc(cta))
    return ent, ofi, dc, cta


def uk_parts():
    bank = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"])
    sort = rdig(6, True)
    acct = rdig(8, True)
    return bank, sort, acct


def be_bban():
    b = rdig(10, True)
    c = int(b) % 97
    return b + "%02d" % (c if c else 97)


def bban_for(cc):
    if cc in ("IT", "SM"):
        cin, abi, cab, conto = it_parts()
        return cin + abi + cab + conto
    if cc == "DE":
        return "".join(de_parts())
    if cc == "FR":
        return "".join(fr_parts())
    if cc == "ES":
        return "".join(es_parts())
    if cc == "GB":
        return "".join(uk_parts())
    if cc == "NL":
        return ch(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(10)
    if cc == "BE":
        return be_bban()
    if cc == "AT":
        return rdig(5, True) + rdig(11)
    if cc == "CH":
        return "00" + rdig(3, True) + rdig(12)
    if cc == "PT":
        return "00" + rdig(19, True)
    if cc == "IE":
        return ch(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    if cc == "LU":
        return rdig(3) + rdig(13)
    raise ValueError(cc)


IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22,
            "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22,
            "LU": 20}


def iban_raw(cc=None):
    if cc is None:
        cc = rng.choices(list(IBAN_LEN), [40, 3, 12, 9, 8, 6, 5, 3, 3, 3, 2, 3, 3])[0]
    b = bban_for(cc)
    s = cc + iban_check(cc, b) + b
    assert len(s) == IBAN_LEN[cc] and iban_valid(s)
    return s


def fmt_iban(s, style=None):
    if style is None:
        style = rng.choices(["space4", "compact", "itparts", "dash4", "dot4",
                             "nbsp4", "lower", "irregular", "tab"],
                            [38, 30, 10, 4, 3, 5, 3, 6, 1])[0]
    g4 = [s[i:i + 4] for i in range(0, len(s), 4)]
    if style == "space4":
        return " ".join(g4)
    if style == "compact":
        return s
    if style == "itparts":
        if s[:2] in ("IT", "SM"):
            return " ".join([s[:2], s[2:4], s[4], s[5:10], s[10:15], s[15:]])
        return " ".join(g4)
    if style == "dash4":
        return "-".join(g4)
    if style == "dot4":
        return ".".join(g4)
    if style == "nbsp4":
        return NBSP.join(g4)
    if style == "tab":
        return "\t".join(g4)
    if style == "lower":
        return " ".join(g4).lower() if rng.random() < .5 else s.lower()
    if style == "irregular":
        out, i = [], 0
        while i < len(s):
            k = rng.randint(2, 6)
            out.append(s[i:i + k])
            i += k
        return " ".join(out)
    if style == "wrap":
        k = rng.randint(3, len(g4) - 2)
        return " ".join(g4[:k]) + "\n" + " ".join(g4[k:])
    raise ValueError(style)


def bad_iban_raw(cc=None):
    s = iban_raw(cc)
    while True:
        ck = "%02d" % rng.randint(2, 98)
        t = s[:2] + ck + s[4:]
        if not iban_valid(t):
            return t


# ------------------------------------------------------------ passwords ---
W_IT = ["gabbiano", "tramonto", "pizzeria", "girasole", "montagna", "lavagna",
        "bicicletta", "ciliegia", "farfalla", "tartaruga", "vesuvio",
        "dolomiti", "limoncello", "carbonara", "tiramisu", "ombrellone",
        "lucertola", "formica", "castello", "fontana", "panettone",
        "scoiattolo", "tempesta", "arancino", "gelsomino", "trottola",
        "cappuccino", "zanzara", "mongolfiera", "stambecco"]
W_EN = ["sunset", "harbor", "maple", "falcon", "granite", "violet", "rocket",
        "pepper", "silver", "thunder", "orchid", "kestrel", "lantern",
        "meadow", "copper", "walrus", "blizzard", "cobalt", "juniper",
        "pretzel", "saffron", "tundra", "zephyr", "quartz"]
SYM = "!#$%&*+-=?@^_~."
LEET = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


def _word():
    return ch(W_IT + W_EN)


def pw_word():
    w = _word()
    if rng.random() < .6:
        w = w.capitalize()
    return w + rdig(rng.choice([2, 2, 3, 4])) + (ch("!#*$") if rng.random() < .5 else "")


def pw_leet():
    while True:
        w = _word()
        out = "".join(LEET[c] if c in LEET and rng.random() < .6 else c for c in w)
        if out != w:
            break
    out = out[0].upper() + out[1:]
    return out + ch(["!", "#", "", "2024", "99", "!!", "*7", "#1"])


def pw_random(n=None):
    n = n or rng.randint(10, 22)
    while True:
        s = rs(n, ALNUM + SYM + ALNUM)
        if (any(c in SYM for c in s) and any(c.isdigit() for c in s)
                and any(c.isupper() for c in s) and s[-1] not in ".?-,"):
            return s


def pw_phrase():
    k = rng.randint(3, 5)
    words = [_word() for _ in range(k)]
    if rng.random() < .5:
        words.append(rdig(rng.choice([2, 4])))
    sep = " " if rng.random() < .75 else ch(["-", "_", "."])
    s = sep.join(words)
    if rng.random() < .3:
        s = s.capitalize()
    return s


def pw_sym():
    r = rng.random()
    if r < .4:
        return "$" + _word().capitalize() + rdig(rng.randint(2, 4))
    if r < .7:
        return "%" + rs_mixed(rng.randint(8, 14))
    return ch("$%") + pw_random(rng.randint(9, 15))


def pw_nospace():
    return ch([pw_word, pw_leet, pw_random, pw_random, pw_sym, pw_word])()


def pw_any():
    return ch([pw_word, pw_leet, pw_random, pw_sym, pw_phrase, pw_phrase])()


def pw_url():
    r = rng.random()
    if r < .5:
        return rs_mixed(rng.randint(12, 28))
    if r < .8:
        return rs_mixed(rng.randint(10, 20), ALNUM + "-_.~")
    p = rs_mixed(rng.randint(8, 14))
    i = rng.randint(2, len(p) - 2)
    return p[:i] + ch(["%40", "%21", "%23", "%24"]) + p[i:]


# --------------------------------------------------------------- tokens ---
ISS = ["https://auth.lirapay.it", "https://auth.sandbox.lirapay.it",
       "https://login.microsoftonline.com/" + "9b1c6e2a-44f0-4c7e-9a35-2f1d7c0e8a11" + "/v2.0",
       "https://idp.lirapay.it/realms/psd2", "https://sso.lirapay.it/oauth2"]
SCOPES = ["payments:write accounts:read", "openid profile", "ais pis",
          "accounts balances transactions", "payments", "merchant.read merchant.write",
          "psd2:ais psd2:pis offline_access"]


def jwt():
    alg = rng.choices(["RS256", "ES256", "HS256", "PS256"], [5, 2, 2, 1])[0]
    hdr = {"alg": alg, "typ": "JWT"}
    if rng.random() < .7:
        hdr["kid"] = rs(rng.choice([8, 16, 27, 43]), B64URL)
    now = rng.randint(1704067200, 1735689599)
    pl = {"iss": ch(ISS), "sub": ch([ruuid(), "merchant:" + rdig(6),
                                     rs(12, LOWNUM)]),
          "aud": ch(["lirapay-api", "https://api.lirapay.it", "psd2-gateway"]),
          "exp": now + ch([300, 900, 3600, 86400]), "iat": now}
    if rng.random() < .7:
        pl["scope"] = ch(SCOPES)
    if rng.random() < .5:
        pl["jti"] = ruuid()
    if rng.random() < .4:
        pl["client_id"] = ch(["acme-pay-prod", "shoplab-sandbox", ruuid()])
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(pl, separators=(",", ":")).encode())
    sl = {"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43}[alg]
    return h + "." + p + "." + rs(sl, B64URL)


def tok():
    r = rng.random()
    if r < .25:
        return rs_mixed(rng.choice([32, 40, 48, 64]))
    if r < .45:
        return rs_mixed(rng.choice([43, 86]), B64URL)
    if r < .55:
        return rs(rng.choice([40, 64]), HEX)
    if r < .65:
        return "at_" + rs_mixed(rng.choice([32, 40]))
    if r < .75:
        return rs_mixed(rng.choice([24, 28, 36]), ALNUM + "._~-")
    if r < .85:
        return base64.b64encode(rng.getrandbits(8 * 33).to_bytes(33, "big")).decode()
    return rs_mixed(rng.choice([20, 26]), UPNUM) if rng.random() < .3 else rs_mixed(30)


def apikey():
    r = rng.random()
    if r < .45:
        return ch(["lp_live_", "lp_test_", "lp_sbx_"]) + rs_mixed(32)
    if r < .65:
        return ruuid()
    if r < .8:
        return rs(32, HEX)
    return rs_mixed(rng.choice([24, 40]))


def cookie_val():
    r = rng.random()
    if r < .4:
        return rs(32, HEXU)
    if r < .7:
        return rs_mixed(rng.choice([26, 32, 48]), LOWNUM + UP)
    return "s%3A" + rs_mixed(32, B64URL) + "." + rs_mixed(43, B64URL)


def csec():
    r = rng.random()
    if r < .3:
        return rs_mixed(rng.choice([32, 40, 48]))
    if r < .45:
        return rs_mixed(34, ALNUM) + "~" + rs_mixed(5, ALNUM)   # azure-ish
    if r < .6:
        return rs_mixed(rng.choice([43, 64]), B64URL)
    if r < .7:
        return ruuid()
    if r < .8:
        return "sec_" + rs_mixed(rng.choice([24, 32]))
    if r < .9:
        return rs(64, HEX)
    return rs_mixed(rng.choice([16, 20, 24]), ALNUM + "!#$%*")


def rtok():
    r = rng.random()
    if r < .3:
        return rs_mixed(rng.choice([40, 64, 86]), B64URL)
    if r < .45:
        return "rt_" + rs_mixed(rng.choice([40, 48]))
    if r < .6:
        return "1//0" + rs_mixed(rng.choice([60, 96]), B64URL)
    if r < .75:
        return jwt()
    if r < .85:
        return ruuid() + "." + rs_mixed(24)
    return rs_mixed(rng.choice([48, 72]))


# ----------------------------------------------------------- vendor keys ---
def v_aws_id():
    return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def v_aws_secret():
    return rs_mixed(40, ALNUM + "+/")


def v_stripe():
    return ch(["sk_live_", "sk_test_", "rk_live_", "rk_test_"]) + rs_mixed(ch([24, 99]))


def v_whsec():
    return "whsec_" + rs_mixed(32)


def v_ghp():
    return ch(["ghp_", "gho_", "ghs_", "ghu_"]) + rs_mixed(36)


def v_ghpat():
    return "github_pat_11" + rs(20, UPNUM) + "_" + rs_mixed(59)


def v_glpat():
    return "glpat-" + rs_mixed(20, ALNUM + "-_")


def v_slack():
    return ch(["xoxb-", "xoxp-"]) + rdig(12, True) + "-" + rdig(13, True) + "-" + rs_mixed(24)


def v_slack_hook():
    return ("https://hooks.slack.com/services/T" + rs(ch([8, 10]), UPNUM) + "/B"
            + rs(ch([8, 10]), UPNUM) + "/" + rs_mixed(24))


def v_gapi():
    return "AIza" + rs_mixed(35, B64URL)


def v_sendgrid():
    return "SG." + rs_mixed(22, B64URL) + "." + rs_mixed(43, B64URL)


def v_twilio():
    return "SK" + rs(32, HEX)


def v_mailgun():
    return "key-" + rs(32, HEX)


def v_openai():
    return ch(["sk-proj-" + rs_mixed(120, B64URL), "sk-" + rs_mixed(48)])


def v_npm():
    return "npm_" + rs_mixed(36)


def v_shopify():
    return ch(["shpat_", "shpss_"]) + rs(32, HEX)


def v_azure():
    return rs_mixed(86, ALNUM + "+/") + "=="


def v_telegram():
    return rdig(ch([9, 10]), True) + ":AA" + rs_mixed(33, B64URL)


def v_square():
    return ch(["sq0atp-" + rs_mixed(22, B64URL), "EAAA" + rs_mixed(60, B64URL)])


def v_adyen():
    return "AQE" + rs_mixed(ch([70, 96]), ALNUM) + "." + rs_mixed(44, ALNUM)


def v_mailchimp():
    return rs(32, HEX) + "-us" + str(rng.randint(2, 21))


VENDORS = [
    ("AWS_ACCESS_KEY_ID", "aws_access_key_id", v_aws_id),
    ("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", v_aws_secret),
    ("STRIPE_SECRET_KEY", "stripe_secret_key", v_stripe),
    ("STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", v_whsec),
    ("GITHUB_TOKEN", "github_token", v_ghp),
    ("GH_PAT", "gh_pat", v_ghpat),
    ("GITLAB_TOKEN", "gitlab_token", v_glpat),
    ("SLACK_BOT_TOKEN", "slack_bot_token", v_slack),
    ("SLACK_WEBHOOK_URL", "slack_webhook_url", v_slack_hook),
    ("GOOGLE_MAPS_API_KEY", "google_maps_api_key", v_gapi),
    ("SENDGRID_API_KEY", "sendgrid_api_key", v_sendgrid),
    ("TWILIO_API_KEY", "twilio_api_key", v_twilio),
    ("MAILGUN_API_KEY", "mailgun_api_key", v_mailgun),
    ("OPENAI_API_KEY", "openai_api_key", v_openai),
    ("NPM_TOKEN", "npm_token", v_npm),
    ("SHOPIFY_ACCESS_TOKEN", "shopify_access_token", v_shopify),
    ("TELEGRAM_BOT_TOKEN", "telegram_bot_token", v_telegram),
    ("SQUARE_ACCESS_TOKEN", "square_access_token", v_square),
    ("ADYEN_API_KEY", "adyen_api_key", v_adyen),
    ("MAILCHIMP_API_KEY", "mailchimp_api_key", v_mailchimp),
]


# ----------------------------------------------------------- PEM blocks ---
def _b64body(prefix, total):
    body = prefix + rs(total - len(prefix) - 2, B64) + ch(["==", "=", "AB", "Aa"])
    return body[:total]


def _wrap(s, w=64):
    return [s[i:i + w] for i in range(0, len(s), w)]


def pem_private(kind=None):
    kind = kind or rng.choices(["rsa", "pkcs8", "ec", "ssh", "enc"], [3, 3, 3, 2, 1])[0]
    if kind == "rsa":
        tag, body = "RSA PRIVATE KEY", _b64body("MIIEowIBAAKCAQEA", ch([1588, 1592, 1624]))
    elif kind == "pkcs8":
        tag, body = "PRIVATE KEY", _b64body("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624)
    elif kind == "ec":
        tag, body = "EC PRIVATE KEY", _b64body("MHcCAQEEI", 164)
    elif kind == "enc":
        tag, body = "ENCRYPTED PRIVATE KEY", _b64body("MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI", 1700)
    else:
        tag = "OPENSSH PRIVATE KEY"
        body = _b64body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                        "QyNTUxOQAAACB", 400)
        lines = _wrap(body, 70)
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (tag, "\n".join(lines), tag)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (tag, "\n".join(_wrap(body)), tag)


def pem_public():
    body = _b64body("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 386) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(_wrap(body))


def pem_cert(lines=None):
    n = lines or rng.randint(12, 20)
    body = _b64body("MIID" + rs(1, "BCDE") + "zCCAl" + rs(1, "+uy") + "gAwIBAgI", n * 64 - 20)
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(_wrap(body))


def pem_csr():
    body = _b64body("MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCSVQx", 64 * 11 + 20)
    return "-----BEGIN CERTIFICATE REQUEST-----\n%s\n-----END CERTIFICATE REQUEST-----" % "\n".join(_wrap(body))


# ================================================================ fillers ==
FIRST_IT = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara",
            "Matteo", "Sara", "Davide", "Elena", "Simone", "Valentina",
            "Andrea", "Federica", "Lorenzo", "Martina", "Stefano", "Paola",
            "Giorgio", "Silvia", "Roberto", "Anna", "Fabio", "Laura", "Nicola",
            "Ilaria", "Emanuele", "Beatrice", "Tommaso", "Greta", "Salvatore",
            "Rosaria", "Gennaro", "Carmela", "Pietro", "Noemi"]
LAST_IT = ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
           "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri",
           "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara",
           "Galli", "Martini", "Leone", "Longo", "Gentile", "D'Angelo",
           "Sartori", "Pellegrini", "Cattaneo"]
FIRST_EN = ["James", "Olivia", "Tom", "Emma", "Raj", "Priya", "Chen", "Sofia",
            "Lukas", "Hannah", "Pierre", "Ana", "Diego", "Noah", "Ava",
            "Oliver", "Mia", "Ethan", "Zoe", "Kwame", "Ingrid", "Mateusz",
            "Aisha", "Jonas"]
LAST_EN = ["Smith", "Patel", "Müller", "Dubois", "García", "Nguyen",
           "O'Brien", "Kowalski", "Jensen", "Silva", "Brown", "Taylor",
           "Schmidt", "Moreau", "Fernández", "Novak", "Wright", "Kim",
           "Okafor", "Larsen", "Hughes", "Becker"]
COMPANIES = ["Ferramenta Online Srl", "Bottega Digitale", "Acme Pay",
             "Trattoria Mobile", "Fintastico", "NordPay GmbH",
             "Pagamenti Veloci SpA", "ShopLab", "Moneyflow Ltd", "CasaCloud",
             "Vinicola Rossi", "TicketFacile", "Assicura360", "EduPay",
             "ParkingGo", "Farmacia Web Srl", "Luce&Gas Smart", "RistoApp",
             "Kiosko", "BiciShare", "Gelateria Cloud", "Marketplace Sud",
             "Contabilix", "Parcheggi Smart", "Palestra Fit Srl", "Tessile Como",
             "Brightcart Ltd", "Paysmith", "Hotel Laguna", "Agrimercato",
             "Oculus Ottica", "Scuola Guida Rapida", "Condominio Pro",
             "Ledgerly", "Coop Servizi", "FashionHub Europe"]
SLUGS = ["acme-pay", "shoplab", "fintastico", "nordpay", "ristoapp",
         "ticketfacile", "casacloud", "parkinggo", "edupay", "kiosko",
         "brightcart", "contabilix", "ledgerly", "paysmith", "bicishare",
         "farmaweb", "assicura360", "hotel-laguna", "agrimercato", "gelato"]
ENVS = ["prod", "sandbox", "test", "staging", "uat", "dev", "collaudo", "live"]
CITIES = ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Bari", "Firenze",
          "Verona", "Padova", "Genova", "Palermo", "Brescia", "Trieste", "Lecce"]
BICS = ["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX", "PASCITMMXXX", "BAPPIT21",
        "CRPPIT2P", "BPPIITRRXXX", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPPXXX",
        "CAIXESBBXXX", "NWBKGB2L", "INGBNL2A", "BSCHITMMXXX", "SELBIT2BXXX",
        "BCEEITM1", "CCRTIT2T"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
             "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
CARRIERS = ["TIM", "Vodafone", "WindTre", "Iliad", "ho.", "Fastweb", "Kena", "PosteMobile"]


def _ascii(s):
    tr = str.maketrans("àèéìòùüöäçñáí'", "aeeiouuoacnai ")
    return s.lower().translate(tr).replace(" ", "")


def f_date_it():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), ch([2023, 2024, 2024, 2025])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
               "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS_IT[m - 1], y),
               "%d %s" % (d, MONTHS_IT[m - 1][:3]), "%02d-%02d-%d" % (d, m, y)])


def f_date_en():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), ch([2023, 2024, 2024, 2025])
    return ch(["%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y),
               "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (m, d, y)])


def f_iso_date():
    return "%d-%02d-%02d" % (ch([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def f_ts():
    return "%sT%02d:%02d:%02d.%03dZ" % (f_iso_date(), rng.randint(0, 23), rng.randint(0, 59),
                                       rng.randint(0, 59), rng.randint(0, 999))


def f_ts_log():
    return "%s %02d:%02d:%02d,%03d" % (f_iso_date(), rng.randint(0, 23), rng.randint(0, 59),
                                      rng.randint(0, 59), rng.randint(0, 999))


def f_hm():
    return "%02d:%02d" % (rng.randint(8, 19), rng.randint(0, 59))


def f_amt_it():
    e = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 250000)])
    c = rng.randint(0, 99)
    es = "{:,}".format(e).replace(",", ".")
    return ch(["€ %s,%02d" % (es, c), "%s,%02d EUR" % (es, c), "EUR %s,%02d" % (es, c),
               "%s,%02d €" % (es, c), "%s euro" % es, "€%s,%02d" % (es, c)])


def f_amt_en():
    e = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 250000)])
    c = rng.randint(0, 99)
    return ch(["EUR %s.%02d" % ("{:,}".format(e), c), "€%s.%02d" % (e, c),
               "£%s.%02d" % ("{:,}".format(e), c), "%d.%02d EUR" % (e, c)])


def f_phone_it():
    return ch(["+39 3%s %s %s" % (rdig(2), rdig(3), rdig(4)), "3%s %s" % (rdig(2), rdig(7)),
               "02 %s %s" % (rdig(4), rdig(4)), "+39 06 %s %s" % (rdig(4), rdig(4)),
               "800 %s %s" % (rdig(3), rdig(3)), "+39 3%s%s" % (rdig(2), rdig(7)),
               "0%s/%s" % (rdig(2), rdig(6))])


def f_phone_en():
    return ch(["+44 20 %s %s" % (rdig(4), rdig(4)), "+44 7%s %s" % (rdig(3), rdig(6)),
               "+49 30 %s" % rdig(7), "+1 (415) %s-%s" % (rdig(3), rdig(4)),
               "+33 1 %s %s %s %s" % (rdig(2), rdig(2), rdig(2), rdig(2))])


def f_order():
    y = ch(["2024", "2025"])
    return ch(["ORD-%s-%s" % (y, rdig(5)), rdig(8, True), "SO%s" % rdig(7),
               "WEB-%s" % rdig(6), "%s/%s" % (y, rdig(5)), "A%s" % rdig(6),
               "ORD%s" % rdig(9), "#%s" % rdig(6)])


def f_invoice():
    return ch(["FT%s/%s" % (ch(["24", "25"]), rdig(5)), "%d/2024" % rng.randint(1, 999),
               "INV-%s" % rdig(6), "FPR %d/24" % rng.randint(1, 9999), "2025-FV-%s" % rdig(4),
               "N. %s" % rdig(5)])


def f_ticket():
    return ch(["#%s" % rdig(5, True), "SUP-%s" % rdig(5, True), "DESK-%s" % rdig(4, True),
               "%s" % rdig(6, True), "CASE-%s" % rdig(7, True)])


def f_payid():
    return ch(["pay_" + rulid(), "PAY-%s-%s" % (f_iso_date().replace("-", ""), rdig(6)),
               "pmt_" + rs(24, LOWNUM), ruuid(), "PMT%s" % rdig(12, True), "pi_" + rs(24, ALNUM)])


def f_taskid():
    return ch(["task_" + rs(16, LOWNUM), "job-" + ruuid()[:8], "tsk_" + rulid(),
               "batch-%s-%s" % (f_iso_date().replace("-", ""), rdig(4))])


def f_reqid():
    return ch([ruuid(), ruuid(), "req_" + rs(20, ALNUM), rs(32, HEX), rulid(),
               "%s-%s" % (rs(8, HEX), rdig(6))])


def f_debugid():
    return ch(["dbg-" + rs(12, HEX), rs(16, HEX), "D" + rdig(10), ruuid()])


def f_client_id():
    return ch(SLUGS) + "-" + ch(ENVS) + ch(["", "", "", "-01", "-web", "-app", "-backend"])


def f_client_rand():
    return ch([rs(32, ALNUM), rs(20, LOWNUM), "cli_" + rs(24, ALNUM), rs(24, HEX)])


def f_masked_card():
    d = card_digits()
    return ch(["**** **** **** " + d[-4:], "**** " + d[-4:], d[:6] + "******" + d[-4:],
               "XXXX-XXXX-XXXX-" + d[-4:], "•••• " + d[-4:], d[:4] + " **** **** " + d[-4:],
               d[:6] + "XXXXXX" + d[-4:], "************" + d[-4:], "xxxx xxxx xxxx " + d[-4:]])


def f_masked_iban():
    s = iban_raw()
    return ch([s[:4] + " **** **** **** " + s[-4:], s[:2] + "** **** **** **** **** ***" + s[-1],
               s[:4] + "*" * (len(s) - 8) + s[-4:], s[:5] + "..." + s[-3:],
               s[:2] + "XX XXXX XXXX XXXX XXXX XXXX " + s[-3:]])


def f_cursor():
    obj = ch([{"after": rdig(7, True), "limit": 50}, {"offset": rng.randint(100, 5000)},
              {"id": ruuid(), "ts": f_iso_date()}, {"page": rng.randint(2, 40), "size": 100}])
    b = json.dumps(obj, separators=(",", ":")).encode()
    return ch([b64u(b), base64.b64encode(b).decode()])


HARMLESS = ["hello world", '{"page":2,"size":50}', "Lirapay sandbox test",
            "id,amount,currency\n1,10.00,EUR", '{"locale":"it-IT","theme":"dark"}',
            "ordine confermato", "ping", '{"event":"payment.settled","version":2}',
            "Grazie per il vostro acquisto!", "<xml><status>OK</status></xml>"]


def f_b64h():
    return base64.b64encode(ch(HARMLESS).encode()).decode()


def f_jwks():
    return json.dumps({"keys": [{"kty": "RSA", "kid": rs(16, B64URL), "use": "sig", "alg": "RS256",
                                 "n": rs(342, B64URL), "e": "AQAB"}]}, indent=2)


def f_fpr():
    return ":".join(rs(2, HEXU) for _ in range(32))


def f_ssh_pub():
    return ch(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64),
               "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(330, B64)]) + " " + \
        ch(["deploy@ci", "marco@laptop", "jenkins@build-01", "ops@bastion"])


PH_TOK = ["<your-token>", "<ACCESS_TOKEN>", "{{token}}", "{{access_token}}", "${ACCESS_TOKEN}",
          "$TOKEN", "YOUR_ACCESS_TOKEN", "xxxxxxxxxxxxxxxx", "<token>", "[REDACTED]",
          "eyJ...", "<incolla qui il token>", "TOKEN_QUI", "***", "<bearer>", "%ACCESS_TOKEN%"]
PH_SEC = ["YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<client-secret>", "{{client_secret}}",
          "********", "xxxxxxxx", "[REDACTED]", "<redacted>", "REPLACE_ME", "<il-tuo-secret>",
          "$CLIENT_SECRET", "%CLIENT_SECRET%", "***", "<secret>", "TUO_CLIENT_SECRET", "…"]
PH_PW = ["********", "<password>", "${DB_PASSWORD}", "xxxxxx", "***", "[REDACTED]",
         "<la-tua-password>", "YOUR_PASSWORD", "{{ db_password }}", "••••••••", "(omessa)",
         "$PASSWORD", "******"]
MASKED = ["[REDACTED]", "***", "****", "<redacted>", "[FILTERED]", "•••••••", "[MASKED]",
          "***REDACTED***", "<hidden>", "[omesso]"]
VAULT = ["secret/data/payments/prod/psd2", "kv/lirapay/client", "vault:secret/lirapay#client_secret",
         "secret/data/%s/%s/oauth" % (ch(SLUGS), ch(ENVS)), "kv-v2/integrations/lirapay"]


def f_arn():
    return "arn:aws:secretsmanager:%s:%s:secret:%s/lirapay/client-%s" % (
        ch(["eu-south-1", "eu-west-1", "eu-central-1"]), rdig(12, True), ch(ENVS), rs(6, ALNUM))


def f_gsm():
    return "projects/%s/secrets/%s/versions/%s" % (
        ch([rdig(12, True), ch(SLUGS) + "-prod"]), ch(["lirapay-client-secret", "psd2-token", "db-password"]),
        ch(["latest", str(rng.randint(1, 9))]))


def f_akv():
    return "https://kv-%s.vault.azure.net/secrets/lirapay-secret/%s" % (ch(SLUGS), rs(32, HEX))


def f_kid():
    return ch([rs(8, LOWNUM) + "-" + rdig(4), "%s-rsa" % f_iso_date(), "key-%d" % rng.randint(1, 9),
               rs(16, B64URL), "sig-" + ch(ENVS) + "-" + rdig(2)])


FILLERS = {
    "uuid": ruuid, "UUID": lambda: ruuid().upper(), "ulid": rulid, "payid": f_payid,
    "taskid": f_taskid, "reqid": f_reqid, "debugid": f_debugid,
    "trace": lambda: rs(32, HEX), "span": lambda: rs(16, HEX),
    "traceparent": lambda: "00-%s-%s-01" % (rs(32, HEX), rs(16, HEX)),
    "sha": lambda: rs(40, HEX), "sha7": lambda: rs(7, HEX), "sha256": lambda: rs(64, HEX),
    "md5": lambda: rs(32, HEX), "idem": ruuid,
    "docker_digest": lambda: "sha256:" + rs(64, HEX),
    "integrity": lambda: "sha512-" + rs(86, B64) + "==",
    "sig64": lambda: rs(64, HEX),
    "order": f_order, "invoice": f_invoice, "ticket": f_ticket,
    "client_id": f_client_id, "client_uuid": ruuid, "client_rand": f_client_rand,
    "bic": lambda: ch(BICS), "bic_it": lambda: ch([b for b in BICS if b[4:6] == "IT"]), "abi": lambda: ch(ABIS), "cab": lambda: "0" + rdig(4),
    "sortcode": lambda: "%s-%s-%s" % (rdig(2, True), rdig(2), rdig(2)),
    "blz": lambda: ch("1234567") + rdig(7),
    "bad_card": lambda: fmt_card(bad_card_digits(), ch(["space", "plain", "dash", "space"])),
    "bad_card_plain": bad_card_digits,
    "masked_card": f_masked_card, "masked_iban": f_masked_iban,
    "bad_iban": lambda: fmt_iban(bad_iban_raw(), ch(["space4", "compact", "itparts"])),
    "bad_iban_it": lambda: fmt_iban(bad_iban_raw("IT"), ch(["space4", "compact", "itparts"])),
    "last4": lambda: rdig(4), "bin6": lambda: ch(["424242", "411111", "555555", "378282", "400000", "520082"]),
    "exp": lambda: ch(["%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31)),
                       "%02d/20%02d" % (rng.randint(1, 12), rng.randint(25, 31)),
                       "%02d-%02d" % (rng.randint(1, 12), rng.randint(25, 31))]),
    "phone": f_phone_it, "phone_en": f_phone_en, "carrier": lambda: ch(CARRIERS),
    "date": f_date_it, "date_en": f_date_en, "iso_date": f_iso_date, "ts": f_ts,
    "ts_log": f_ts_log, "hm": f_hm, "amt": f_amt_it, "amt_en": f_amt_en,
    "company": lambda: ch(COMPANIES), "first": lambda: ch(FIRST_IT), "last": lambda: ch(LAST_IT),
    "name": lambda: ch(FIRST_IT) + " " + ch(LAST_IT),
    "first_en": lambda: ch(FIRST_EN), "name_en": lambda: ch(FIRST_EN) + " " + ch(LAST_EN),
    "email": lambda: "%s.%s@%s" % (_ascii(ch(FIRST_IT)), _ascii(ch(LAST_IT)),
                                   ch(SLUGS) + ch([".it", ".com", ".eu", ".it"])),
    "email_en": lambda: "%s@%s" % (_ascii(ch(FIRST_EN)), ch(SLUGS) + ch([".com", ".io", ".co.uk"])),
    "name_email": lambda: (lambda f, l, s: "%s %s <%s.%s@%s.it>" % (f, l, _ascii(f), _ascii(l), s))(
        ch(FIRST_IT), ch(LAST_IT), ch(SLUGS)),
    "name_email_en": lambda: (lambda f, l, s: "%s %s <%s.%s@%s.com>" % (f, l, _ascii(f), _ascii(l), s))(
        ch(FIRST_EN), ch(LAST_EN), ch(SLUGS)),
    "ip": lambda: ch(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]).replace("%d", "{}").format(
        *[rng.randint(1, 254) for _ in range(3)]),
    "port": lambda: ch(["8080", "443", "5432", "3306", "6379", "8443", "9000"]),
    "ver": lambda: "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 30), rng.randint(0, 12)),
    "n1": lambda: str(rng.randint(2, 9)), "n2": lambda: str(rng.randint(10, 99)),
    "n3": lambda: str(rng.randint(100, 999)), "n4": lambda: str(rng.randint(1000, 9999)),
    "n5": lambda: rdig(5, True), "n6": lambda: rdig(6, True),
    "cro": lambda: rdig(11, True), "mcc": lambda: ch(["5411", "5812", "5999", "4121", "7011", "5732", "5912"]),
    "merchant_id": lambda: ch(["MID" + rdig(9), "mrc_" + rs(14, LOWNUM), rdig(10, True)]),
    "terminal_id": lambda: ch(["T" + rdig(7), rdig(8, True)]),
    "city": lambda: ch(CITIES), "env": lambda: ch(ENVS), "slug": lambda: ch(SLUGS),
    "cursor": f_cursor, "b64h": f_b64h, "jwks": f_jwks, "fpr": f_fpr, "ssh_pub": f_ssh_pub,
    "pubkey": pem_public, "cert": pem_cert, "csr": pem_csr,
    "ph_tok": lambda: ch(PH_TOK), "ph_sec": lambda: ch(PH_SEC), "ph_pw": lambda: ch(PH_PW),
    "masked": lambda: ch(MASKED), "vault": lambda: ch(VAULT), "arn": f_arn, "gsm": f_gsm, "akv": f_akv,
    "kid": f_kid, "state": lambda: rs(22, B64URL), "nonce": lambda: rs(16, B64URL),
    "build": lambda: str(rng.randint(100, 9999)), "pr": lambda: str(rng.randint(10, 2400)),
    "jira": lambda: ch(["PAY", "INT", "OB", "DEV", "OPS"]) + "-" + str(rng.randint(10, 4999)),
    "status": lambda: ch(["400", "401", "403", "404", "409", "422", "500", "502", "503"]),
    "TAB": lambda: "\t", "NBSP": lambda: NBSP,
    "hi": lambda: ch(["Buongiorno", "Salve", "Ciao", "Gentile supporto", "Gentili",
                      "Spett.le team Lirapay", "Ciao ragazzi", "Buonasera", "Buongiorno a tutti",
                      "Ciao a tutti", "Gentile assistenza"]),
    "bye": lambda: ch(["Cordiali saluti", "Grazie", "Grazie mille", "Saluti", "Un saluto",
                       "Grazie in anticipo", "Resto in attesa di un vostro riscontro",
                       "Buona giornata", "Cordialità", "Grazie, buon lavoro"]),
    "hi_en": lambda: ch(["Hi", "Hello", "Hi team", "Dear support", "Good morning", "Hey",
                         "Hello Lirapay team", "Hi there", "Dear Sir/Madam"]),
    "bye_en": lambda: ch(["Thanks", "Best regards", "Kind regards", "Cheers", "Thanks in advance",
                          "Regards", "Many thanks", "BR", "Thank you"]),
    "api": lambda: ch(["api.lirapay.it", "sandbox.lirapay.it", "api.sandbox.lirapay.it",
                       "psd2.lirapay.it", "api-test.lirapay.it"]),
}


# ============================================================ secret slots ==
def one(kind, fn):
    def f():
        v = fn()
        return v, [(kind, v)]
    return f


def s_card_any():
    return fmt_card(card_digits())


def s_pw_b64():
    p = pw_nospace()
    b = base64.b64encode(p.encode()).decode()
    return b, [("password", b)]


def s_csec_b64():
    b = base64.b64encode(csec().encode()).decode()
    return b, [("client_secret", b)]


def s_basic():
    user = ch([f_client_id(), ruuid(), rs(20, LOWNUM)])
    b = base64.b64encode((user + ":" + csec()).encode()).decode()
    return b, [("client_secret", b)]


def s_basic_pair():
    v = ch([f_client_id(), rs(20, LOWNUM), ch(SLUGS)]) + ":" + csec().replace(":", "")
    return v, [("client_secret", v)]


def s_basic_pair_pw():
    v = ch(["admin", "api", "svc_" + ch(SLUGS).replace("-", "_"), _ascii(ch(FIRST_IT))]) + ":" + pw_url()
    return v, [("client_secret", v)]


def s_bban_it():
    cin, abi, cab, conto = it_parts()
    v = ch([cin + abi + cab + conto, " ".join([cin, abi, cab, conto]),
            "-".join([cin, abi, cab, conto]), cin + " " + abi + " " + cab + " " + conto])
    return v, [("bank_account", v)]


def s_it_block():
    cin, abi, cab, conto = it_parts()
    t = ch(["ABI: %s\nCAB: %s\nC/C: %s" % (abi, cab, conto),
            "ABI %s - CAB %s - conto n. %s" % (abi, cab, conto),
            "CIN %s ABI %s CAB %s Conto %s" % (cin, abi, cab, conto),
            "abi %s cab %s cc %s" % (abi, cab, conto),
            "Banca: ABI %s / CAB %s\nNumero conto: %s" % (abi, cab, conto)])
    return t, [("bank_account", conto)]


def s_uk_full():
    _, sort, acct = uk_parts()
    sc = ch(["%s-%s-%s" % (sort[:2], sort[2:4], sort[4:]), sort, "%s %s %s" % (sort[:2], sort[2:4], sort[4:])])
    v = sc + ch([" ", " / ", "  ", "-"]) + acct
    return v, [("bank_account", v)]


def s_uk_block():
    _, sort, acct = uk_parts()
    sc = "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])
    t = ch(["Sort code: %s\nAccount number: %s" % (sc, acct),
            "sort code %s, account no. %s" % (sc, acct),
            "S/C %s A/C %s" % (sc, acct),
            "Account %s (sort %s)" % (acct, sc)])
    return t, [("bank_account", acct)]


def s_de_block():
    blz, kto = de_parts()
    kto2 = kto.lstrip("0") if rng.random() < .5 else kto
    t = ch(["BLZ %s, Kto-Nr. %s" % (blz, kto2), "Bankleitzahl: %s\nKontonummer: %s" % (blz, kto2),
            "Konto %s bei BLZ %s" % (kto2, blz), "BLZ %s %s %s / Konto %s" % (blz[:3], blz[3:6], blz[6:], kto2)])
    return t, [("bank_account", kto2)]


def s_fr_rib():
    b, g, c, k = fr_parts()
    v = ch([" ".join([b, g, c, k]), b + g + c + k, "-".join([b, g, c, k])])
    return v, [("bank_account", v)]


def s_fr_block():
    b, g, c, k = fr_parts()
    t = ch(["Code banque : %s\nCode guichet : %s\nN° de compte : %s\nClé RIB : %s" % (b, g, c, k),
            "Banque %s Guichet %s Compte %s Clé %s" % (b, g, c, k),
            "| %s | %s | %s | %s |" % (b, g, c, k)])
    return t, [("bank_account", c)]


def s_es_ccc():
    e, o, d, c = es_parts()
    v = ch([" ".join([e, o, d, c]), "-".join([e, o, d, c]), e + o + d + c])
    return v, [("bank_account", v)]


def s_pem_json():
    p = pem_private(ch(["pkcs8", "pkcs8", "rsa", "ec"]))
    v = p.replace("\n", "\\n") + "\\n"
    return v, [("private_key", v)]


def s_jwt_wrap():
    j = jwt()
    k = rng.randint(40, min(120, len(j) - 20))
    v = j[:k] + "\n" + j[k:]
    return v, [("access_token", v)]


def s_venv():
    env, _, fn = ch(VENDORS)
    v = fn()
    return "%s=%s" % (env, v), [("vendor_key", v)]


def s_vyaml():
    _, key, fn = ch(VENDORS)
    v = fn()
    return "%s: %s" % (key, v), [("vendor_key", v)]


def s_vkey():
    v = ch(VENDORS)[2]()
    return v, [("vendor_key", v)]


def s_otp_sp():
    d = rdig(6)
    v = d[:3] + ch([" ", "-", " "]) + d[3:]
    return v, [("pin", v)]


SECRET_SLOTS = {
    "card": one("card_number", s_card_any),
    "card_plain": one("card_number", card_digits),
    "card_sp": one("card_number", lambda: fmt_card(card_digits(), "space")),
    "card_odd": one("card_number", lambda: fmt_card(card_digits(), ch(["dot", "nbsp", "spdash", "double", "mixed", "tab"]))),
    "card_wrap": one("card_number", lambda: fmt_card(card_digits(), "wrap")),
    "card_test": one("card_number", lambda: fmt_card(ch(CANONICAL_TEST_CARDS), ch(["space", "plain", "space", "dash"]))),
    "cvv": one("cvv", lambda: rdig(3)), "cvv4": one("cvv", lambda: rdig(4)),
    "iban": one("iban", lambda: fmt_iban(iban_raw())),
    "iban_it": one("iban", lambda: fmt_iban(iban_raw("IT"))),
    "iban_plain": one("iban", lambda: iban_raw()),
    "iban_it_plain": one("iban", lambda: iban_raw("IT")),
    "iban_wrap": one("iban", lambda: fmt_iban(iban_raw(), "wrap")),
    "iban_odd": one("iban", lambda: fmt_iban(iban_raw(), ch(["dash4", "dot4", "nbsp4", "lower", "irregular", "tab"]))),
    "iban_de": one("iban", lambda: fmt_iban(iban_raw("DE"), ch(["space4", "compact"]))),
    "iban_fr": one("iban", lambda: fmt_iban(iban_raw("FR"), ch(["space4", "compact"]))),
    "iban_es": one("iban", lambda: fmt_iban(iban_raw("ES"), ch(["space4", "compact"]))),
    "iban_gb": one("iban", lambda: fmt_iban(iban_raw("GB"), ch(["space4", "compact"]))),
    "iban_eu": one("iban", lambda: fmt_iban(iban_raw(ch(["NL", "BE", "AT", "CH", "PT", "IE", "LU", "SM"])))),
    "bban_it": s_bban_it, "it_block": s_it_block,
    "conto_it": one("bank_account", lambda: it_parts()[3]),
    "uk_acct": one("bank_account", lambda: rdig(8, True)),
    "uk_full": s_uk_full, "uk_block": s_uk_block,
    "de_kto": one("bank_account", lambda: de_parts()[1]), "de_block": s_de_block,
    "fr_rib": s_fr_rib, "fr_block": s_fr_block, "es_ccc": s_es_ccc,
    "pw": one("password", pw_nospace), "pwp": one("password", pw_phrase),
    "pwany": one("password", pw_any), "pwurl": one("password", pw_url),
    "pwsym": one("password", pw_sym), "pwword": one("password", pw_word),
    "pwrand": one("password", pw_random),
    "pwshort": one("password", lambda: ch([rdig(6), _word()[:4] + rdig(2), _word()[:5].capitalize() + "1", rs_mixed(7)])), "pw_b64": s_pw_b64, "csec_b64": s_csec_b64,
    "pin": one("pin", lambda: rdig(rng.randint(4, 8))), "pin4": one("pin", lambda: rdig(4)),
    "pin5": one("pin", lambda: rdig(5)), "pin6": one("pin", lambda: rdig(6)),
    "pin8": one("pin", lambda: rdig(8)), "otp": one("pin", lambda: rdig(6)),
    "otp_sp": s_otp_sp,
    "jwt": one("access_token", jwt), "jwt_wrap": s_jwt_wrap, "tok": one("access_token", tok),
    "tok_hex": one("access_token", lambda: rs(ch([40, 64]), HEX)),
    "apikey": one("access_token", apikey), "cookie": one("access_token", cookie_val),
    "tok_uuid": one("access_token", ruuid),
    "csec": one("client_secret", csec), "csec_uuid": one("client_secret", ruuid),
    "basic": s_basic, "basic_pair": s_basic_pair, "basic_pair_pw": s_basic_pair_pw,
    "rtok": one("refresh_token", rtok),
    "privkey": one("private_key", pem_private), "privkey_ec": one("private_key", lambda: pem_private("ec")),
    "privkey_ssh": one("private_key", lambda: pem_private("ssh")),
    "privkey_rsa": one("private_key", lambda: pem_private("rsa")), "privkey_json": s_pem_json,
    "aws_id": one("vendor_key", v_aws_id), "aws_secret": one("vendor_key", v_aws_secret),
    "stripe": one("vendor_key", v_stripe), "whsec": one("vendor_key", v_whsec),
    "ghp": one("vendor_key", v_ghp), "ghpat": one("vendor_key", v_ghpat), "glpat": one("vendor_key", v_glpat),
    "slack": one("vendor_key", v_slack), "slack_hook": one("vendor_key", v_slack_hook),
    "gapi": one("vendor_key", v_gapi), "sendgrid": one("vendor_key", v_sendgrid),
    "twilio": one("vendor_key", v_twilio), "mailgun": one("vendor_key", v_mailgun),
    "openai": one("vendor_key", v_openai), "npm": one("vendor_key", v_npm),
    "shopify": one("vendor_key", v_shopify), "azure_key": one("vendor_key", v_azure),
    "telegram": one("vendor_key", v_telegram), "square": one("vendor_key", v_square),
    "adyen": one("vendor_key", v_adyen), "mailchimp": one("vendor_key", v_mailchimp),
    "venv": s_venv, "vyaml": s_vyaml, "vkey": s_vkey,
}

for _k in FILLERS:
    assert _k not in SECRET_SLOTS, _k


# ================================================================= noise ===
PROSE = {"email", "chat", "thread", "sms", "ticket-form", "note"}

ACC_1 = str.maketrans({"à": "a'", "è": "e'", "é": "e'", "ì": "i'", "ò": "o'", "ù": "u'"})
ACC_2 = str.maketrans({"à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u"})
MOBILE_IT = [(r"\bper\b", "x"), (r"\bche\b", "ke"), (r"\bnon\b", "nn"), (r"\bgrazie\b", "grz"),
             (r"\bcomunque\b", "cmq"), (r"\bperché\b", "xké"), (r"\bmessaggio\b", "msg"),
             (r"\bquesto\b", "qsto"), (r"\bsono\b", "sn"), (r"\btutto\b", "tt")]
MOBILE_EN = [(r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\byou\b", "u"), (r"\bare\b", "r"),
             (r"\bbecause\b", "bc"), (r"\bfor\b", "4"), (r"\bto be honest\b", "tbh")]
AUTOCORRECT = [("sandbox", "sand box"), ("webhook", "web hook"), ("bonifico", "bonifici"),
               ("Bearer", "Beared"), ("token", "Token"), ("OTP", "Otp"), ("IBAN", "Iban"),
               ("client", "cliente"), ("endpoint", "end point"), ("secret", "secreto"),
               ("PIN", "Pin"), ("account", "accont"), ("carta", "Carta"), ("refresh", "refresch")]


def _typos(s, p):
    def sw(m):
        w = m.group(0)
        if len(w) >= 5 and rng.random() < p:
            i = rng.randint(1, len(w) - 3)
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return w
    return re.sub(r"[A-Za-zàèéìòù]{5,}", sw, s)


def make_noise(style, lang):
    if style not in PROSE:
        return lambda s: s
    ops = []
    r = rng.random()
    if lang == "it" and r < .35:
        tr = ACC_1 if rng.random() < .5 else ACC_2
        ops.append(lambda s, tr=tr: s.translate(tr))
    if rng.random() < .3:
        p = rng.choice([.03, .06, .1])
        ops.append(lambda s, p=p: _typos(s, p))
    if rng.random() < .15:
        tab = MOBILE_IT if lang == "it" else MOBILE_EN
        ops.append(lambda s, tab=tab: _apply_subs(s, tab))
    if rng.random() < .12:
        pairs = rng.sample(AUTOCORRECT, 3)
        ops.append(lambda s, pairs=pairs: _apply_plain(s, pairs))
    r = rng.random()
    if r < .09:
        ops.append(lambda s: s.lower())
    elif r < .12:
        ops.append(lambda s: s.upper())
    if rng.random() < .06:
        ops.append(lambda s: s.replace(". ", ".  ").replace(", ", " , "))

    def f(s):
        for o in ops:
            s = o(s)
        return s
    return f


def _apply_subs(s, tab):
    for a, b in tab:
        s = re.sub(a, b, s)
    return s


def _apply_plain(s, pairs):
    for a, b in pairs:
        s = s.replace(a, b)
    return s


# ============================================================ templates ===
TEMPLATES = []
SLOT_RE = re.compile(r"⟦([A-Za-z0-9_]*)(?:=([A-Za-z0-9_]+))?⟧")


SAME_IN_CONVO = ("first", "first_en", "name", "name_en", "date", "date_en", "company")


def _autobind(text):
    seen = set()

    def rep(m):
        n, b = m.group(1), m.group(2)
        if n == "hm":
            return "⟦hmseq⟧"
        if b or n not in SAME_IN_CONVO:
            return m.group(0)
        if n in seen:
            return "⟦=_%s⟧" % n
        seen.add(n)
        return "⟦%s=_%s⟧" % (n, n)
    return SLOT_RE.sub(rep, text)


def _bind_all(text, name):
    first = [True]

    def rep(m):
        if m.group(1) != name or m.group(2):
            return m.group(0)
        if first[0]:
            first[0] = False
            return "⟦%s=_%s⟧" % (name, name)
        return "⟦=_%s⟧" % name
    return SLOT_RE.sub(rep, text)


def T(style, lang, text, w=1.0):
    text = text.strip("\n")
    if style in ("chat", "sms"):
        text = _autobind(text)
    text = _bind_all(text, "slug")
    if "⟦abi⟧" in text or lang == "it" and "⟦iban_it" in text:
        text = text.replace("⟦bic⟧", "⟦bic_it⟧")
    names = [m.group(1) for m in SLOT_RE.finditer(text)]
    for n in names:
        if n and n not in FILLERS and n not in SECRET_SLOTS:
            raise KeyError("unknown slot %s in template:\n%s" % (n, text[:200]))
    pos = any(n in SECRET_SLOTS for n in names)
    TEMPLATES.append({"style": style, "lang": lang, "text": text, "pos": pos, "w": w})


# ============================================================= rendering ==
CARD_RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ \-.\u00a0\t]?\d){12,18}(?!\d)")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-.\u00a0\t]?[A-Za-z0-9]){10,34}")


SCAN_IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
                 "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
                 "IE": 22, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
                 "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27}


def _unlabelled_problems(masked):
    for m in CARD_RUN.finditer(masked):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d):
            return "luhn-valid run %r" % m.group(0)
    for m in IBAN_RUN.finditer(masked):
        s = re.sub(r"[^A-Za-z0-9]", "", m.group(0)).upper()
        L = SCAN_IBAN_LEN.get(s[:2])
        if L and len(s) >= L and iban_valid(s[:L]):
            return "valid iban %r" % m.group(0)
    return None


def _boundary_ok(text, v):
    i = text.find(v)
    while i >= 0:
        if v[0].isalnum() and i > 0 and text[i - 1].isalnum():
            return False
        j = i + len(v)
        if v[-1].isalnum() and j < len(text) and text[j].isalnum():
            return False
        i = text.find(v, i + 1)
    return True


_HM = [0]


def f_hmseq():
    _HM[0] += rng.choice([0, 1, 1, 2, 3, 5])
    return "%02d:%02d" % ((_HM[0] // 60) % 24, _HM[0] % 60)


FILLERS["hmseq"] = f_hmseq


def render_once(tpl):
    _HM[0] = rng.randint(8 * 60, 18 * 60)
    noise = make_noise(tpl["style"], tpl["lang"])
    text = tpl["text"]
    out, secrets, counts, binds = [], [], {}, {}
    pos = 0
    for m in SLOT_RE.finditer(text):
        out.append(noise(text[pos:m.start()]))
        pos = m.end()
        name, bind = m.group(1), m.group(2)
        if name == "":
            val, secs = binds[bind]
        elif name in SECRET_SLOTS:
            val, secs = SECRET_SLOTS[name]()
        else:
            val, secs = FILLERS[name](), []
        if bind and name:
            binds[bind] = (val, secs)
        for k, v in secs:
            counts[v] = counts.get(v, 0) + 1
            if (k, v) not in secrets:
                secrets.append((k, v))
        out.append(val)
    out.append(noise(text[pos:]))
    full = "".join(out)
    # validation
    for k, v in secrets:
        if full.count(v) != counts[v]:
            return None, "count %r" % v
        if not _boundary_ok(full, v):
            return None, "boundary %r" % v
    masked = full
    for k, v in sorted(secrets, key=lambda x: -len(x[1])):
        masked = masked.replace(v, "§")
    prob = _unlabelled_problems(masked)
    if prob:
        return None, prob
    if full.count("\n") > 62:
        return None, "too long"
    return (full, [{"kind": k, "value": v} for k, v in secrets]), None


def render(tpl):
    last = None
    for _ in range(300):
        r, why = render_once(tpl)
        if r:
            return r
        last = why
    raise RuntimeError("cannot render template (%s):\n%s" % (last, tpl["text"][:300]))


# =================================================================== EMAIL ==
# ---- Italian, with secrets
T("email", "it", r"""
⟦hi⟧,
stiamo integrando le API di pagamento e la chiamata a /oauth/token ci restituisce sempre 401 invalid_client.
Vi giro i dati che usiamo in sandbox:

client_id: ⟦client_id⟧
client_secret: ⟦csec⟧

Potete verificare se il client è abilitato? Il request id dell'ultima prova è ⟦uuid⟧.

⟦bye⟧
⟦name⟧
⟦company⟧
""")

T("email", "it", r"""
⟦hi⟧, un nostro cliente ha provato a pagare con la carta ⟦card⟧ scad. ⟦exp⟧ cvv ⟦cvv⟧ e il pagamento ⟦payid⟧ risulta rifiutato con codice 05 (do not honor). Potete dirci il motivo? Il cliente dice che la carta funziona ovunque.
⟦bye⟧
""")

T("email", "it", r"""
Salve,
il bonifico di rimborso verso l'IBAN ⟦iban_it⟧ intestato a ⟦name⟧ non è mai arrivato.
Importo ⟦amt⟧, disposto il ⟦date⟧, riferimento ordine ⟦order⟧.
Mi sapete dire se è stato scartato?
⟦name⟧ - amministrazione ⟦company⟧
""")

T("email", "it", r"""
ciao, non riesco piu ad entrare nel portale sviluppatori.
utente ⟦email⟧ password ⟦pw⟧
mi dice credenziali errate ma sono sicuro che è giusta, l'ho appena cambiata
""")

T("email", "it", r"""
Gentili,
per permettervi di riprodurre il problema in collaudo vi comunico le credenziali dell'utenza tecnica:
utenza: api-collaudo-⟦n2⟧
la password è «⟦pwp⟧» (con gli spazi, tutto minuscolo tranne la prima)
Vi prego di cancellare la mail dopo l'uso.
⟦bye⟧
""")

T("email", "it", r"""
Buongiorno,
il codice OTP che mi arriva via SMS è ⟦otp⟧ ma il sistema lo rifiuta dicendo "codice scaduto" dopo pochi secondi.
Il numero registrato è ⟦phone⟧, operatore ⟦carrier⟧.
Grazie
""")

T("email", "it", r"""
⟦hi⟧,
vi confermo le coordinate per l'accredito delle commissioni:
⟦it_block⟧
intestatario ⟦company⟧, filiale di ⟦city⟧.
Attendiamo conferma dell'aggiornamento in anagrafica.
⟦bye⟧
""")

T("email", "it", r"""
Nella richiesta di verifica conto passiamo il campo "bban" con valore ⟦bban_it⟧ ma ci torna 422 "invalid account identifier". È corretto il formato oppure va passato l'IBAN completo?
⟦name⟧
""")

T("email", "it", r"""
Buonasera, la nostra chiave API di produzione (⟦apikey⟧) sembra non avere lo scope payments:write, ogni POST su /v2/payments torna 403. In sandbox invece va. Potete controllare? Ticket collegato ⟦ticket⟧.
""")

T("email", "it", r"""
Salve, vi incollo il token che ci restituite: ⟦jwt⟧

Scade dopo 5 minuti invece di un'ora, è normale? Nella documentazione c'è scritto expires_in 3600.
⟦bye⟧, ⟦first⟧
""")

T("email", "it", r"""
Oggetto: URGENTE pagamenti bloccati

Da stamattina alle 9 tutte le chiamate falliscono con invalid_token. Abbiamo rigenerato il secret dalla console, il nuovo è ⟦csec⟧ ma non cambia niente.
Trace: ⟦trace⟧
Chiamatemi al ⟦phone⟧ appena potete!!
""")

T("email", "it", r"""
Gentile assistenza,
sono il titolare di ⟦company⟧. Il mio commercialista mi ha chiesto di inviarvi le nuove coordinate: IBAN ⟦iban⟧ presso ⟦bic⟧.
Da quando decorre la modifica per i payout settimanali?
Cordiali saluti
⟦name⟧
""")

T("email", "it", r"""
⟦hi⟧
abbiamo un problema con la SCA: il cliente inserisce il codice dispositivo ⟦pin5⟧ e l'app risponde "PIN errato", poi dopo 3 tentativi blocca tutto. Il codice è quello giusto, l'ha verificato col suo home banking.
Id consenso: ⟦uuid⟧
""")

T("email", "it", r"""
Buongiorno, invio in allegato (anzi incollo qui) la chiave privata del certificato QWAC che dovete caricare lato vostro per il mTLS:

⟦privkey⟧

Fatemi sapere se serve anche la catena.
⟦name⟧
""")

T("email", "it", r"""
Salve, per il rimborso della pratica ⟦order⟧ potete usare questa carta: ⟦card⟧, cvc ⟦cvv⟧, scadenza ⟦exp⟧, intestata a ⟦name⟧. L'importo da stornare è ⟦amt⟧.
""")

T("email", "it", r"""
buongiorno
il refresh token ⟦rtok⟧ ci viene rifiutato con invalid_grant anche se l'abbiamo ottenuto 10 minuti fa. client ⟦client_id⟧.
come mai?
""")

T("email", "it", r"""
Gentili,
vi scrivo per conto di ⟦company⟧. Il nostro fornitore tedesco ci ha dato solo BLZ e numero di conto, non l'IBAN:
⟦de_block⟧
Il vostro endpoint /payouts accetta questo formato o dobbiamo convertirlo noi?
⟦bye⟧
""")

T("email", "it", r"""
ciao ⟦first⟧, come da telefonata ti mando i dati del conto di test che usiamo per i bonifici SEPA in uscita: ⟦iban_odd⟧ (banca ⟦bic⟧). se serve ti giro anche il secondo
""")

T("email", "it", r"""
Buongiorno,
la password del db di staging è stata cambiata e ora il connettore non parte più. Vi giro la stringa che usiamo:
postgres://lirapay_app:⟦pwurl⟧@db-staging.⟦slug⟧.internal:5432/payments
Serve aggiornare qualcosa anche lato vostro per il webhook relay?
""")

T("email", "it", r"""
Egregi,
in riferimento alla vs. del ⟦date⟧ vi comunichiamo il numero di conto corrente su cui accreditare le somme: c/c ⟦conto_it⟧, ABI ⟦abi⟧, CAB ⟦cab⟧, intestato a ⟦company⟧.
Distinti saluti
""")

# ---- Italian, clean
T("email", "it", r"""
⟦hi⟧,
il pagamento ⟦payid⟧ del ⟦date⟧ di ⟦amt⟧ risulta ancora in stato PENDING dopo 48 ore.
Request id: ⟦uuid⟧
Potete verificare cosa è successo? Il cliente ci sta chiamando di continuo.
⟦bye⟧
⟦name⟧
""")

T("email", "it", r"""
Salve, dopo il cambio password del portale non riceviamo più le notifiche email sugli esiti. Ovviamente non vi mando la password :) Il client interessato è ⟦client_id⟧, l'indirizzo è ⟦email⟧.
""")

T("email", "it", r"""
Buongiorno,
il cliente ha pagato con la carta ⟦masked_card⟧ ma l'ordine ⟦order⟧ risulta non pagato. Vi allego l'id transazione ⟦payid⟧.
⟦bye⟧
""")

T("email", "it", r"""
Gentili, volevo sapere se la banca con ABI ⟦abi⟧ e CAB ⟦cab⟧ è coperta dal vostro servizio AIS, perché il consenso si interrompe sempre alla pagina di login della banca. BIC ⟦bic⟧.
""")

T("email", "it", r"""
⟦hi⟧, da ieri le chiamate restituiscono {"error":"invalid_token","error_description":"The access token expired"} anche se rinnoviamo il token ogni 30 minuti. trace id ⟦trace⟧, span ⟦span⟧. Avete cambiato la durata?
""")

T("email", "it", r"""
Buongiorno,
il vostro endpoint di validazione ci scarta l'IBAN ⟦bad_iban_it⟧ con errore "check digits non validi". Il cliente giura che è quello scritto sul contratto. Potete controllare se il problema è vostro o suo?
Fattura collegata: ⟦invoice⟧ da ⟦amt⟧.
⟦bye⟧
""")

T("email", "it", r"""
Salve,
gli utenti lamentano che il codice OTP via SMS arriva dopo 2-3 minuti, quando ormai è scaduto. Succede soprattutto con ⟦carrier⟧. È previsto un canale alternativo (push, email)? Quante volte si può richiedere un nuovo codice prima del blocco?
""")

T("email", "it", r"""
Gentile supporto,
quante cifre deve avere il PIN del dispositivo? La documentazione dice 5 ma l'app ne chiede 6 e i clienti si confondono. Il PIN viene verificato da voi o dalla banca?
⟦name⟧ - ⟦company⟧
""")

T("email", "it", r"""
⟦hi⟧,
vi scrivo perché nella dashboard vediamo il numero carta ⟦bad_card⟧ in chiaro nel campo "riferimento cliente" dell'ordine ⟦order⟧... in realtà ho controllato ed è il numero pratica del nostro gestionale, non una carta, ma vi chiedo comunque se quel campo viene mascherato in automatico.
""")

T("email", "it", r"""
Buongiorno, come richiesto NON vi mandiamo il client secret via email. L'abbiamo caricato nel vostro portale sicuro alle ⟦hm⟧ di oggi. Il client id è ⟦client_uuid⟧. Fateci sapere.
""")

T("email", "it", r"""
Salve,
la fattura ⟦invoice⟧ del ⟦date⟧ riporta un importo di ⟦amt⟧ ma noi ci aspettavamo ⟦amt⟧ (canone + 0,35% sul transato). Potete mandarci il dettaglio delle commissioni? P.IVA 0⟦n5⟧⟦n5⟧.
⟦bye⟧
""")

T("email", "it", r"""
Gentili,
il nostro cliente ha ricevuto la mail "La tua password scadrà tra 7 giorni" ma l'utenza è di tipo tecnico (service account). È possibile disattivare la scadenza per le utenze API? Il nome utente è svc-⟦slug⟧.
""")

T("email", "it", r"""
⟦hi⟧, il webhook payment.settled arriva due volte con lo stesso event id ⟦uuid⟧ a ⟦n1⟧ secondi di distanza. Usiamo come idempotency key ⟦idem⟧. Request id delle due consegne: ⟦reqid⟧ e ⟦reqid⟧.
""")

T("email", "it", r"""
Buongiorno, la carta di test che usiamo in sandbox termina con ⟦last4⟧ e il 3DS non parte. Serve un BIN particolare? Il nostro merchant id è ⟦merchant_id⟧, MCC ⟦mcc⟧.
""")

T("email", "it", r"""
Egregi,
vi informiamo che dal ⟦date⟧ il nostro conto di appoggio cambia. Le nuove coordinate le trovate nell'area riservata (sezione Anagrafica > Coordinate bancarie), non le riportiamo qui per motivi di sicurezza. BIC della nuova banca: ⟦bic⟧.
Cordiali saluti
""")

# ---- English, with secrets
T("email", "en", r"""
⟦hi_en⟧,

our refresh flow started failing yesterday. We send

grant_type=refresh_token&refresh_token=⟦rtok⟧&client_id=⟦client_id⟧

and get back 400 invalid_grant. Request ID ⟦uuid⟧. Did anything change on your side?

⟦bye_en⟧,
⟦name_en⟧
""")

T("email", "en", r"""
Hello, please find below our credentials for the UAT environment so that you can reproduce the issue:
Client ID: ⟦client_uuid⟧
Client secret: ⟦csec⟧
Scopes: ais pis
⟦bye_en⟧
""")

T("email", "en", r"""
⟦hi_en⟧, a customer paid with ⟦card⟧ (exp ⟦exp⟧, CVV ⟦cvv⟧) and was charged twice for order ⟦order⟧. Both charges show in your dashboard with ids ⟦payid⟧ and ⟦payid⟧. Please refund one.
""")

T("email", "en", r"""
Hi, our webhook signing secret is ⟦whsec⟧ and the signatures never match what we compute with HMAC-SHA256 over the raw body. Example event id ⟦uuid⟧. What are we doing wrong?
""")

T("email", "en", r"""
Dear support,
a payout to ⟦uk_block⟧ bounced with reason AC01 (incorrect account number). The beneficiary insists the details are right. Payout id ⟦payid⟧, amount ⟦amt_en⟧.
⟦bye_en⟧
""")

T("email", "en", r"""
Hi team,
one of our French merchants sent their bank details as a RIB instead of an IBAN: ⟦fr_rib⟧. Can your payouts API take a RIB or should we convert it ourselves?
⟦name_en⟧
""")

T("email", "en", r"""
Hello,
our Spanish supplier gave us an old CCC number, ⟦es_ccc⟧, and your validation endpoint rejects it. Is there a conversion helper in the SDK?
""")

T("email", "en", r"""
⟦hi_en⟧ - the customer's IBAN is ⟦iban⟧ and the SEPA mandate was signed on ⟦date_en⟧, yet the first collection failed with MD01 (no mandate). Mandate reference MNDT-⟦n6⟧.
""")

T("email", "en", r"""
Hi,
I can't log into the developer portal anymore. Username ⟦email_en⟧, password ⟦pwany⟧ - it worked last week. Could you reset the lockout?
Thanks
""")

T("email", "en", r"""
Good morning,
to speed things up, here is the Basic auth header our middleware sends:
Authorization: Basic ⟦basic⟧
The token endpoint answers 401 every time. Trace id ⟦trace⟧.
⟦bye_en⟧
""")

T("email", "en", r"""
Hi there, we accidentally committed our AWS keys while testing the S3 export integration. Access key ⟦aws_id⟧, secret ⟦aws_secret⟧. They are rotated now, but could you check whether anything in your export bucket was touched?
""")

T("email", "en", r"""
Dear Sir/Madam,
The customer reports the SMS code ⟦otp⟧ was accepted but the payment ⟦payid⟧ stayed in SCA_REQUIRED. Screenshots attached. Please advise.
⟦name_en⟧, ⟦company⟧
""")

T("email", "en", r"""
Hey, quick one: our Slack alert integration uses ⟦slack_hook⟧ - would your status page webhooks post there directly if we add it in the console, or do we need a relay?
""")

T("email", "en", r"""
Hi,
our production API key is ⟦apikey⟧. Since this morning every call returns 429 although we are far below 50 rps. Could you look at the rate limiter for our account (merchant ⟦merchant_id⟧)?
⟦bye_en⟧
""")

T("email", "en", r"""
Hello,
the customer sent us their card details by email (I know...). The card is ⟦card_wrap⟧ and the security code is ⟦cvv⟧. How do we submit a MOTO payment through the API without storing this?
""")

T("email", "en", r"""
Hi, we need to whitelist our service account. Login: svc-⟦slug⟧, pass: ⟦pwsym⟧. It gets "password expired" although we set it yesterday.
""")

# ---- English, clean
T("email", "en", r"""
⟦hi_en⟧,
payment ⟦payid⟧ (⟦amt_en⟧) created on ⟦date_en⟧ is still in PENDING. Request id ⟦uuid⟧, idempotency key ⟦idem⟧. Could you check what is blocking it?
⟦bye_en⟧,
⟦name_en⟧
""")

T("email", "en", r"""
Hello,
we rotated our client secret this morning through the console as described in your docs and since then the old one still works. Shouldn't it be revoked immediately? Client id: ⟦client_id⟧. We did not paste the secret here for obvious reasons.
""")

T("email", "en", r"""
Hi, the card ending in ⟦last4⟧ (shown as ⟦masked_card⟧ in the dashboard) was declined with code 51. Payment ⟦payid⟧. Is this insufficient funds on the issuer side or a risk rule of yours?
""")

T("email", "en", r"""
⟦hi_en⟧,
does your AIS service support the bank with BIC ⟦bic⟧? The consent flow ends with "ASPSP not available". Consent id ⟦uuid⟧, trace ⟦trace⟧.
""")

T("email", "en", r"""
Dear support,
the IBAN ⟦bad_iban⟧ is rejected by your /iban/validate endpoint with "invalid checksum". Our customer is adamant that it's correct. Could you double-check your algorithm?
""")

T("email", "en", r"""
Hi,
your docs say the PIN for the card-present flow must be 4 to 6 digits, but the terminal SDK rejects 6-digit PINs with PIN_FORMAT_ERROR. Is this a known issue in SDK ⟦ver⟧?
""")

T("email", "en", r"""
Hello,
we got the error "invalid_client: client authentication failed" when calling POST /oauth/token with client_secret_post. Our client id is ⟦client_id⟧. The secret is read from our vault (⟦vault⟧) so it should be current. Any idea?
""")

T("email", "en", r"""
⟦hi_en⟧,
Could you tell us the password policy for the merchant portal? Our users complain that "password must contain at least 12 characters, one symbol and one digit" is shown even when they meet the rules.
⟦bye_en⟧
""")

T("email", "en", r"""
Hi, invoice ⟦invoice⟧ dated ⟦date_en⟧ shows ⟦amt_en⟧ but our records say ⟦amt_en⟧. PO number ⟦order⟧. Please send a credit note for the difference.
""")

T("email", "en", r"""
Hello,
we're seeing the same webhook (event ⟦uuid⟧) delivered three times. Delivery ids ⟦reqid⟧, ⟦reqid⟧, ⟦reqid⟧. Our endpoint returned 200 within 300 ms each time.
""")

T("email", "en", r"""
Dear team,
which BIN ranges should we use to test 3-D Secure challenges in sandbox? The number we tried, ⟦bad_card⟧, is rejected as "invalid card number" before 3DS even starts.
""")

T("email", "en", r"""
Hi,
our security team asked whether access tokens are JWTs or opaque, and whether refresh tokens are rotated on use. We don't need to see any token, just the behaviour. Thanks!
⟦name_en⟧ (⟦company⟧)
""")

T("email", "en", r"""
Hello, our customer received "Your one-time code is expired, request a new one" four times in a row. The phone is ⟦phone_en⟧. Is there a throttle on OTP resends?
""")

T("email", "en", r"""
Hi team, the sort code ⟦sortcode⟧ isn't recognised by your bank lookup endpoint (GET /banks?sort_code=...). We only need the bank name, not to pay anyone. Request id ⟦reqid⟧.
""")


# ==================================================================== CHAT ==
T("chat", "it", r"""
[⟦hm⟧] ⟦first⟧: ciao, ho un problema col token
[⟦hm⟧] Supporto Lirapay: Ciao ⟦first⟧, dimmi pure
[⟦hm⟧] ⟦first⟧: eccolo ⟦tok⟧
[⟦hm⟧] ⟦first⟧: mi da 401 su tutte le chiamate
[⟦hm⟧] Supporto Lirapay: Per favore non incollare i token in chat, ora lo revochiamo. Mi dai il request id?
[⟦hm⟧] ⟦first⟧: ⟦uuid⟧
""")

T("chat", "it", r"""
⟦first⟧: scusa ho sbagliato a scrivere prima, il pin giusto è ⟦pin4⟧ non quello di prima
Operatore: ok grazie, però non serve che ci mandi il PIN, lo verifica la banca
⟦first⟧: ah ok sorry
""")

T("chat", "it", r"""
cliente: buongiorno ho bisogno di aiuto x un pagamento
cliente: la carta è ⟦card⟧
cliente: scadenza ⟦exp⟧
cliente: codice dietro ⟦cvv⟧
operatore: Buongiorno, la invito a non condividere i dati della carta in chat. Provvediamo a oscurarli.
""")

T("chat", "it", r"""
⟦first⟧ ⟦hm⟧
raga in sandbox mi servirebbe un iban valido per testare i bonifici, posso usare questo? ⟦iban_it⟧
è il conto aziendale vero però 😅
""")

T("chat", "it", r"""
Utente: non mi arriva la mail di reset
Utente: ho provato con la vecchia password ⟦pw⟧ ma niente
Utente: anche con ⟦pw⟧
Agente: Capito, ti mando un link di reset all'indirizzo registrato.
""")

T("chat", "it", r"""
[chat #⟦n6⟧ - ⟦date⟧]
⟦name⟧: il codice otp che mi è arrivato è ⟦otp_sp⟧ ma la pagina dice errore generico
Agente Sara: ok, dopo quanto tempo lo hai inserito?
⟦name⟧: subito
""")

T("chat", "it", r"""
⟦first⟧ (⟦company⟧): ti incollo l'header che mandiamo
⟦first⟧ (⟦company⟧): Authorization: Bearer ⟦jwt⟧
⟦first⟧ (⟦company⟧): il payload mi sembra giusto, aud e scope ci sono
Support: grazie, lo decodifico e ti dico. Nel frattempo revocalo pls
""")

T("chat", "it", r"""
io: allora, client id ⟦client_id⟧ e secret ⟦csec⟧
io: in prod
io: ah no scusa questo è quello di collaudo
lirapay: nessun problema, lo ruotiamo comunque per sicurezza
""")

T("chat", "it", r"""
⟦first⟧: x il payout usa pure coordinate vecchie: ⟦it_block⟧
⟦first⟧: l'iban nuovo non ce l'ho sotto mano
""")

T("chat", "en", r"""
[⟦hm⟧] ⟦first_en⟧: hi, our calls fail with 401
[⟦hm⟧] Agent: Hi! Can you share the request id? Please don't share tokens.
[⟦hm⟧] ⟦first_en⟧: oops too late lol, the token is ⟦tok⟧
[⟦hm⟧] ⟦first_en⟧: request id ⟦uuid⟧
[⟦hm⟧] Agent: Thanks, I've revoked that token. Please generate a new one.
""")

T("chat", "en", r"""
⟦first_en⟧: here's the curl
⟦first_en⟧: curl -u ⟦basic_pair⟧ https://auth.lirapay.it/oauth/token -d grant_type=client_credentials
⟦first_en⟧: returns {"error":"invalid_client"}
Agent: Looking now.
""")

T("chat", "en", r"""
Customer: my pin is ⟦pin⟧ and the terminal keeps saying wrong pin
Agent: Please never share your PIN with anyone, including us. Let me check the terminal logs.
Customer: ok
""")

T("chat", "en", r"""
⟦name_en⟧ — ⟦hm⟧
sorry to bug you again, the test card ⟦card_test⟧ with cvc ⟦cvv⟧ gets "card_declined" in sandbox since the deploy. Did you change the magic numbers?
""")

T("chat", "en", r"""
me: what do you need to debug the webhook?
support: the event id and the timestamp, ideally
me: event ⟦uuid⟧ at ⟦ts⟧. btw our github token for the repo with the handler is ⟦ghp⟧ if you want to look at the code
support: please revoke that token right away, we can't accept credentials
""")

T("chat", "en", r"""
[⟦hm⟧] ⟦first_en⟧: db is down because password rotation, new one is ⟦pwrand⟧
[⟦hm⟧] ⟦first_en⟧: wrong channel sorry!!! ignore
""")

# ---- chat clean
T("chat", "it", r"""
[⟦hm⟧] ⟦first⟧: ciao, il pagamento ⟦payid⟧ è ancora in pending
[⟦hm⟧] Supporto: Ciao ⟦first⟧, mi giri il request id?
[⟦hm⟧] ⟦first⟧: ⟦uuid⟧
[⟦hm⟧] Supporto: grazie, vedo un timeout verso la banca. Riprova tra 5 minuti
[⟦hm⟧] ⟦first⟧: ok grazie mille
""")

T("chat", "it", r"""
⟦first⟧: mi chiede la password ma non so quale sia
Operatore: Quella del portale sviluppatori, la stessa che usi per entrare nella console. Se non la ricordi usa "Password dimenticata?"
⟦first⟧: ah ok trovato grazie
""")

T("chat", "it", r"""
cliente: il pin non funziona
operatore: il PIN si blocca dopo 3 tentativi sbagliati, deve sbloccarlo dall'app della sua banca
cliente: ma io l'ho messo giusto
operatore: Capisco. Le apro una segnalazione, numero pratica ⟦ticket⟧
""")

T("chat", "it", r"""
⟦first⟧: ho questo errore
⟦first⟧: {"error":"invalid_token","error_description":"token signature invalid","trace_id":"⟦trace⟧"}
Supporto: Probabilmente stai usando il token di sandbox in produzione. Controlla l'ambiente.
⟦first⟧: ah ecco, era quello
""")

T("chat", "it", r"""
[⟦date⟧ ⟦hm⟧] ⟦name⟧: la carta del cliente finisce con ⟦last4⟧, il pagamento ⟦payid⟧ è stato rifiutato per 3DS fallito
[⟦date⟧ ⟦hm⟧] Supporto: vedo challenge scaduta dopo 5 minuti, il cliente non ha completato l'autenticazione
""")

T("chat", "it", r"""
io: dove metto il client secret nel file di config?
lirapay: nella variabile LIRAPAY_CLIENT_SECRET, poi l'SDK lo legge da solo. Non serve scriverlo nel codice
io: perfetto
""")

T("chat", "it", r"""
⟦first⟧: l'iban del fornitore non passa la validazione: ⟦bad_iban_it⟧
Operatore: le cifre di controllo (la 3a e 4a) non tornano, probabilmente c'è un errore di battitura. Ricontrolli col fornitore
""")

T("chat", "it", r"""
⟦first⟧ ⟦hm⟧: raga l'otp non arriva più a nessuno da stamattina
⟦first⟧ ⟦hm⟧: tutti i clienti ⟦carrier⟧
Supporto ⟦hm⟧: confermato, c'è un disservizio sul provider SMS. Status page aggiornata.
""")

T("chat", "it", r"""
⟦first⟧: ABI ⟦abi⟧ CAB ⟦cab⟧ che banca è?
Operatore: è una filiale di ⟦city⟧, la trovi anche con BIC ⟦bic⟧
""")

T("chat", "en", r"""
[⟦hm⟧] ⟦first_en⟧: quick q - is the access token a JWT?
[⟦hm⟧] Agent: In production yes, RS256. In sandbox it's opaque.
[⟦hm⟧] ⟦first_en⟧: and how long does the refresh token live?
[⟦hm⟧] Agent: 90 days, rotated on every use.
""")

T("chat", "en", r"""
⟦first_en⟧: getting "password expired" when logging into the portal
Agent: Passwords expire every 90 days for admin users. Use the reset link on the login page.
⟦first_en⟧: ah ok thx
""")

T("chat", "en", r"""
me: payment ⟦payid⟧ failed
me: card ⟦masked_card⟧
support: Declined by issuer with code 05. Nothing we can do on our side unfortunately.
""")

T("chat", "en", r"""
⟦first_en⟧: which header do I put the api key in?
Agent: `Authorization: Bearer <your-api-key>` - or `X-Api-Key: <your-api-key>` for the legacy endpoints.
⟦first_en⟧: 👍
""")

T("chat", "en", r"""
⟦first_en⟧: trace ⟦traceparent⟧ - the 502 came from your gateway I think
Agent: Yes, the upstream bank timed out. Request id ⟦reqid⟧, retry is safe with the same idempotency key.
""")

T("chat", "en", r"""
Customer: I typed the OTP three times and now it says PIN_BLOCKED
Agent: For security the code is locked after 3 failed attempts. It unlocks after 30 minutes.
Customer: ok will wait
""")

# ================================================================== THREAD ==
T("thread", "it", r"""
---------- Messaggio inoltrato ---------
Da: ⟦name_email⟧
Data: ⟦date⟧
Oggetto: R: credenziali sandbox
A: supporto@lirapay.it

> Ciao, ecco il secret nuovo: ⟦csec⟧
> Quello vecchio è revocato.

Me lo potete confermare lato vostro? Non funziona comunque.
⟦first⟧
""")

T("thread", "it", r"""
Ok grazie, riprovo.

Il giorno ⟦date⟧ alle ore ⟦hm⟧ ⟦name_email⟧ ha scritto:
> Buongiorno,
> il cliente ha pagato con carta ⟦card⟧ ma l'esito non è arrivato.
> Potete verificare? Ordine ⟦order⟧
>
> Grazie
""")

T("thread", "it", r"""
Inoltro la mail dell'amministrazione, vedete voi cosa serve.

-----Messaggio originale-----
Da: amministrazione@⟦slug⟧.it
Inviato: ⟦date⟧ ⟦hm⟧
Oggetto: coordinate per rimborso

Buongiorno, le coordinate sono
IBAN: ⟦iban⟧
Intestatario: ⟦company⟧
Causale: rimborso ordine ⟦order⟧
""")

T("thread", "it", r"""
Ciao ⟦first⟧,
ti giro lo scambio con il loro tecnico.

> > Come autenticate le chiamate al webhook?
> Con un token statico nell'header X-Webhook-Token: ⟦tok⟧
> (lo stesso in tutti gli ambienti, lo so...)
>
Va bene così per voi o serve la firma HMAC?
""")

T("thread", "it", r"""
Re: Re: accesso negato console

Ho riprovato con la password che mi avete dato al telefono (⟦pwany⟧) ma niente.

Il ⟦date⟧ ⟦hm⟧, Supporto Lirapay ha scritto:
> Gentile ⟦first⟧, abbiamo resettato l'accesso. Al primo login le verrà chiesto di cambiare password.
> Ticket ⟦ticket⟧
""")

T("thread", "en", r"""
See below - can you rotate this?

---------- Forwarded message ---------
From: ⟦name_email_en⟧
Date: ⟦date_en⟧
Subject: Re: prod credentials

> client_id=⟦client_id⟧
> client_secret=⟦csec⟧
>
> please keep this safe
""")

T("thread", "en", r"""
Still failing.

On ⟦date_en⟧ at ⟦hm⟧, Lirapay Support wrote:
> Could you send us the exact request you are making (without credentials)?

Sure:
POST /v2/payments HTTP/1.1
Host: ⟦api⟧
Authorization: Bearer ⟦jwt⟧
Idempotency-Key: ⟦idem⟧
""")

T("thread", "en", r"""
Hi, adding our finance team. Rita, see the customer's bank details below.

> From: ⟦name_en⟧
> Sent: ⟦date_en⟧
> Please refund to:
> Account name: ⟦name_en⟧
> ⟦uk_block⟧
> Reference: ⟦order⟧
""")

T("thread", "en", r"""
>> What's the service account password?
> It's ⟦pwp⟧ (without quotes)
>
Thanks. Forwarding to Lirapay so they can check why the login fails.
""")

T("thread", "it", r"""
Vi inoltro l'errore ricevuto dal collega.

> Da: ⟦name⟧
> il pagamento con la carta ⟦masked_card⟧ è andato in timeout, id ⟦payid⟧
> il cliente ha riprovato e ora risultano due addebiti da ⟦amt⟧
> request id ⟦uuid⟧ e ⟦uuid⟧

Potete stornare il doppio?
""")

T("thread", "it", r"""
Re: Re: Re: scadenza password

> > > La password dell'utenza tecnica scade ogni 90 giorni?
> > Sì, salvo le utenze API che non scadono.
> Allora perché oggi ci dice "password expired"?

Abbiamo verificato: l'utenza era stata creata come utente umano. La stiamo convertendo, ticket ⟦ticket⟧.
""")

T("thread", "it", r"""
Il giorno ⟦date⟧ ⟦name⟧ ha scritto:
> mandateci l'IBAN del conto su cui volete ricevere i payout
Lo trovate già nel contratto firmato, pagina 3. Per sicurezza non lo rimando via mail. BIC ⟦bic⟧.
""")

T("thread", "en", r"""
Thanks, that fixed it.

On ⟦date_en⟧, Lirapay Support <support@lirapay.it> wrote:
> The token you are using was issued for the sandbox audience. Please request a
> new one from https://auth.lirapay.it/oauth/token using your production client
> credentials (client id ⟦client_id⟧). Do not send us the secret.
>
> Request id: ⟦uuid⟧
""")

T("thread", "en", r"""
FYI

-----Original Message-----
From: ⟦name_en⟧
Sent: ⟦date_en⟧ ⟦hm⟧
Subject: RE: failed SEPA collection

> The IBAN we have on file is ⟦masked_iban⟧. The mandate reference is MNDT-⟦n6⟧.
> The collection ⟦payid⟧ failed with AC04 (account closed).
""")

T("thread", "en", r"""
> > Do you store the CVV?
> No, never. It's passed through to the acquirer and discarded.
> > And card numbers?
> Only tokenised. We keep the last 4 digits and the BIN for reporting.

Great, that's what our auditor needed. Closing the ticket.
""")

# ===================================================================== SMS ==
T("sms", "it", r"""
ciao scusa x il disturbo ma il cliente nn riesce a pagare, carta ⟦card⟧ cvv ⟦cvv⟧ mi dici se vedi qualcosa? grz
""")

T("sms", "it", r"""
Sono ⟦first⟧ di ⟦company⟧, il codice che mi è arrivato è ⟦otp⟧ ma dice non valido. help
""")

T("sms", "it", r"""
pw nuova x la console: ⟦pw⟧ (cambiala tu dopo)
""")

T("sms", "en", r"""
hey its ⟦first_en⟧ - sms code was ⟦otp⟧ but portal says expired?? sent at ⟦hm⟧
""")

T("sms", "en", r"""
ur api key ⟦apikey⟧ is in the screenshot u posted on the forum, pls rotate
""")

T("sms", "it", r"""
ok fatto il bonifico di prova da ⟦amt⟧, ordine ⟦order⟧, dimmi se ti arriva. grz
""")

T("sms", "it", r"""
mi si è bloccato il pin dopo 3 tentativi, come lo sblocco? nn ho l'app
""")

T("sms", "en", r"""
payment ⟦payid⟧ still pending, can u check? thx
""")

T("sms", "en", r"""
otp not arriving since ⟦hm⟧, tried 4 times. number ⟦phone_en⟧
""")

# ============================================================ TICKET FORM ==
T("ticket-form", "it", r"""
Categoria: Pagamenti
Priorità: Alta
Ambiente: Produzione
Oggetto: carta rifiutata

Descrizione:
numero carta: ⟦card⟧
cvv: ⟦cvv⟧
esito: rifiutato codice 05
id pagamento: ⟦payid⟧
""")

T("ticket-form", "en", r"""
Category: Authentication
Environment: Sandbox
Client ID: ⟦client_id⟧
Client Secret: ⟦csec⟧
Error: invalid_client
Steps to reproduce: call /oauth/token with the above
""")

T("ticket-form", "it", r"""
Nome: ⟦name⟧
Azienda: ⟦company⟧
Telefono: ⟦phone⟧
Tipo richiesta: modifica coordinate bancarie
Nuovo IBAN: ⟦iban⟧
Note: urgente per payout di fine mese
""")

T("ticket-form", "en", r"""
Category: Webhooks
Environment: Production
Merchant ID: ⟦merchant_id⟧
Event ID: ⟦uuid⟧
Endpoint: https://hooks.⟦slug⟧.com/lirapay
Expected: 1 delivery
Actual: 3 deliveries
Request IDs: ⟦reqid⟧, ⟦reqid⟧
""")

T("ticket-form", "it", r"""
Categoria: Accesso console
Utente: ⟦email⟧
Problema: "password scaduta" al login anche dopo il reset
Browser: Chrome ⟦n3⟧
Codice errore: AUTH-⟦n3⟧
""")

T("ticket-form", "it", r"""
Categoria: Open Banking / AIS
Banca: ABI ⟦abi⟧ (BIC ⟦bic⟧)
ID consenso: ⟦uuid⟧
Stato: REJECTED
Messaggio: "SCA fallita - codice OTP non valido"
Data: ⟦date⟧
""")

T("ticket-form", "en", r"""
Category: Refunds
Payment ID: ⟦payid⟧
Amount: ⟦amt_en⟧
Card: ⟦masked_card⟧
Reason: duplicate
Idempotency-Key: ⟦idem⟧
""")


# ================================================================== PYTHON ==
T("python", "en", r"""
import requests

TOKEN = "⟦tok⟧"

resp = requests.post(
    "https://⟦api⟧/v2/payments",
    headers={"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": "⟦idem⟧"},
    json={"amount": 1250, "currency": "EUR", "reference": "⟦order⟧"},
    timeout=10,
)
print(resp.status_code, resp.text)
""")

T("python", "it", r"""
# script di test per il token - NON committare
import httpx

CLIENT_ID = "⟦client_id⟧"
CLIENT_SECRET = "⟦csec⟧"   # preso dalla console

r = httpx.post("https://auth.lirapay.it/oauth/token", data={
    "grant_type": "client_credentials",
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "scope": "payments",
})
print(r.json())  # torna sempre invalid_client, perché??
""")

T("python", "en", r"""
>>> from lirapay import Client
>>> c = Client(api_key='⟦apikey⟧', env='sandbox')
>>> c.payments.get('⟦payid⟧')
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/usr/lib/python3.11/site-packages/lirapay/client.py", line 212, in get
    raise AuthError(resp.json()["error"])
lirapay.errors.AuthError: invalid_api_key
""")

T("python", "it", r"""
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "pagamenti",
        "USER": "lirapay",
        "PASSWORD": "⟦pw⟧",  # TODO spostare in env
        "HOST": "⟦ip⟧",
        "PORT": "5432",
    }
}
""")

T("python", "en", r"""
def test_refund_flow(client):
    card = {"number": "⟦card_plain⟧", "exp_month": 12, "exp_year": 2030, "cvc": "⟦cvv⟧"}
    p = client.payments.create(amount=500, currency="EUR", card=card)
    r = client.refunds.create(payment=p.id, amount=500)
    assert r.status == "succeeded"
""")

T("python", "en", r"""
session = boto3.session.Session(
    aws_access_key_id="⟦aws_id⟧",
    aws_secret_access_key="⟦aws_secret⟧",
    region_name="eu-south-1",
)
s3 = session.client("s3")
s3.upload_file("settlement_⟦iso_date⟧.csv", "lirapay-exports-⟦slug⟧", "in/settlement.csv")
""")

T("python", "it", r"""
# payout di prova verso il conto del fornitore
payout = lp.payouts.create(
    amount=Decimal("⟦n3⟧.00"),
    currency="EUR",
    beneficiary={"name": "⟦company⟧", "iban": "⟦iban_plain⟧"},
    remittance="fattura ⟦invoice⟧",
)
""")

T("python", "en", r"""
SERVICE_ACCOUNT = {
  "type": "service_account",
  "project_id": "⟦slug⟧-prod",
  "private_key_id": "⟦sha⟧",
  "private_key": "⟦privkey_json⟧",
  "client_email": "exporter@⟦slug⟧-prod.iam.gserviceaccount.com",
  "client_id": "1⟦n5⟧⟦n5⟧⟦n5⟧"
}
""")

T("python", "en", r"""
refresh = "⟦rtok⟧"
tok = oauth.refresh_token("https://auth.lirapay.it/oauth/token", refresh_token=refresh)
# KeyError: 'access_token'  <- why?
""")

# python clean
T("python", "en", r"""
import os
import requests

TOKEN = os.environ["LIRAPAY_TOKEN"]

resp = requests.get(
    f"https://⟦api⟧/v2/payments/⟦payid⟧",
    headers={"Authorization": f"Bearer {TOKEN}", "X-Request-Id": "⟦uuid⟧"},
    timeout=10,
)
resp.raise_for_status()
""")

T("python", "it", r"""
# legge le credenziali dal secret manager, mai in chiaro nel codice
from google.cloud import secretmanager

client = secretmanager.SecretManagerServiceClient()
name = "⟦gsm⟧"
secret = client.access_secret_version(name=name).payload.data.decode()
lp = Lirapay(client_id="⟦client_id⟧", client_secret=secret)
""")

T("python", "en", r"""
class Settings(BaseSettings):
    client_id: str = "⟦client_id⟧"
    client_secret: SecretStr
    token_url: str = "https://auth.lirapay.it/oauth/token"
    timeout_s: int = 15

    class Config:
        env_prefix = "LIRAPAY_"
""")

T("python", "it", r"""
def mask_pan(pan: str) -> str:
    # es. 16 cifre -> prime 6 + asterischi + ultime 4 ("424242******4242")
    pan = pan.replace(" ", "")
    return pan[:6] + "*" * (len(pan) - 10) + pan[-4:]

assert mask_pan("⟦bad_card⟧") != ""
""")

T("python", "en", r"""
import hvac
client = hvac.Client(url="https://vault.⟦slug⟧.internal:8200", token=os.getenv("VAULT_TOKEN"))
creds = client.secrets.kv.v2.read_secret_version(path="⟦vault⟧")["data"]["data"]
lp = Lirapay(client_id=creds["client_id"], client_secret=creds["client_secret"])
""")

T("python", "en", r"""
Traceback (most recent call last):
  File "/app/worker.py", line 88, in handle
    token = auth.get_token()
  File "/app/lirapay_auth.py", line 41, in get_token
    raise TokenError(f"token request failed: {r.status_code} {r.json()['error']}")
lirapay_auth.TokenError: token request failed: 401 invalid_client
request_id=⟦uuid⟧ trace=⟦trace⟧
""")

T("python", "it", r"""
# validazione IBAN lato nostro prima di chiamare le API
def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

print(iban_ok("⟦bad_iban⟧"))   # False -> ma il cliente dice che è giusto
""")

T("python", "en", r"""
import hmac, hashlib

def verify(sig_header: str, body: bytes, secret: str) -> bool:
    ts, v1 = [p.split("=", 1)[1] for p in sig_header.split(",")]
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, v1)

# header received: t=17⟦n4⟧⟦n4⟧,v1=⟦sig64⟧
ok = verify(request.headers["Lirapay-Signature"], request.body, settings.WEBHOOK_SECRET)
""")

# ============================================================= JAVASCRIPT ==
T("javascript", "en", r"""
const res = await fetch("https://⟦api⟧/v2/accounts", {
  headers: {
    Authorization: "Bearer ⟦jwt⟧",
    "X-Request-Id": "⟦uuid⟧",
  },
});
console.log(res.status); // 403 ???
""")

T("javascript", "it", r"""
// config per l'ambiente di collaudo (da spostare nel vault!!)
module.exports = {
  lirapay: {
    clientId: '⟦client_id⟧',
    clientSecret: '⟦csec⟧',
    baseUrl: 'https://sandbox.lirapay.it',
  },
  webhookSecret: '⟦whsec⟧',
};
""")

T("javascript", "en", r"""
const stripe = require('stripe')('⟦stripe⟧');
const lirapay = new Lirapay({ apiKey: process.env.LIRAPAY_KEY });
// we route EU cards to lirapay and the rest to stripe
""")

T("javascript", "en", r"""
axios.post('https://auth.lirapay.it/oauth/token',
  'grant_type=refresh_token&refresh_token=⟦rtok⟧',
  { headers: { 'Content-Type': 'application/x-www-form-urlencoded',
               Authorization: 'Basic ⟦basic⟧' } })
  .then(r => console.log(r.data))
  .catch(e => console.error(e.response.data)); // { error: 'invalid_grant' }
""")

T("typescript", "en", r"""
export const testCards: Record<string, string> = {
  visaSuccess: "⟦card_plain⟧",
  mastercard3ds: "⟦card_plain⟧",
  declined: "⟦bad_card_plain⟧", // deliberately invalid, fails Luhn
};
""")

T("typescript", "it", r"""
// TODO: togliere prima del rilascio
const DEMO_USER = { username: "demo@⟦slug⟧.it", password: "⟦pw⟧" };

export async function loginDemo(page: Page) {
  await page.fill("#email", DEMO_USER.username);
  await page.fill("#password", DEMO_USER.password);
  await page.click("button[type=submit]");
}
""")

T("javascript", "en", r"""
document.cookie = "lp_session=⟦cookie⟧; path=/; Secure; SameSite=Lax";
// after this the dashboard still redirects to /login
""")

# javascript clean
T("javascript", "en", r"""
const client = new Lirapay({
  clientId: process.env.LIRAPAY_CLIENT_ID,
  clientSecret: process.env.LIRAPAY_CLIENT_SECRET,
  environment: process.env.NODE_ENV === "production" ? "live" : "sandbox",
});

const payment = await client.payments.retrieve("⟦payid⟧");
console.log(payment.status, "⟦uuid⟧");
""")

T("javascript", "it", r"""
// recupera il token dal backend, mai salvarlo in localStorage
async function getToken() {
  const r = await fetch("/api/lirapay/token", { credentials: "include" });
  if (!r.ok) throw new Error("token non disponibile: " + r.status);
  const { access_token, expires_in } = await r.json();
  return { token: access_token, exp: Date.now() + expires_in * 1000 };
}
""")

T("typescript", "en", r"""
interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

const cfg = {
  tokenUrl: "https://auth.lirapay.it/oauth/token",
  clientId: "⟦client_id⟧",
  clientSecret: config.get<string>("lirapay.clientSecret"),
};
""")

T("javascript", "en", r"""
"dependencies": {
    "@lirapay/node": "^⟦ver⟧",
    "axios": "^1.6.8"
},
...
"node_modules/@lirapay/node": {
    "version": "⟦ver⟧",
    "resolved": "https://registry.npmjs.org/@lirapay/node/-/node-⟦ver⟧.tgz",
    "integrity": "⟦integrity⟧"
}
""")

T("typescript", "it", r"""
// mascheriamo la carta prima di loggarla
export const maskCard = (pan: string) => pan.replace(/\d(?=\d{4})/g, "*");

logger.info({ card: maskCard(input.pan), paymentId: "⟦payid⟧", requestId: "⟦uuid⟧" });
// output: card: "⟦masked_card⟧"
""")

T("javascript", "en", r"""
app.post('/webhooks/lirapay', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.get('Lirapay-Signature');          // t=...,v1=...
  const secret = process.env.LIRAPAY_WEBHOOK_SECRET;  // from k8s secret
  if (!verifySignature(req.body, sig, secret)) return res.status(400).send('bad signature');
  res.sendStatus(200);
});
""")

# ============================================================ JAVA/KOTLIN ==
T("java", "en", r"""
OkHttpClient client = new OkHttpClient();
Request request = new Request.Builder()
    .url("https://⟦api⟧/v2/payments/⟦payid⟧")
    .addHeader("Authorization", "Bearer ⟦tok⟧")
    .addHeader("X-Request-Id", UUID.randomUUID().toString())
    .build();
Response response = client.newCall(request).execute();
""")

T("java", "it", r"""
// configurazione client OAuth per il gateway PSD2
@Bean
public ClientRegistration lirapayRegistration() {
    return ClientRegistration.withRegistrationId("lirapay")
        .clientId("⟦client_id⟧")
        .clientSecret("⟦csec⟧") // provvisorio, poi lo leggiamo da Vault
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .tokenUri("https://auth.lirapay.it/oauth/token")
        .build();
}
""")

T("kotlin", "en", r"""
val creds = Credentials.basic("⟦client_id⟧", "⟦csec⟧")
val req = Request.Builder()
    .url("https://auth.lirapay.it/oauth/token")
    .header("Authorization", creds)
    .post(FormBody.Builder().add("grant_type", "client_credentials").build())
    .build()
""")

T("java", "en", r"""
@Test
void chargesTestCard() {
    PaymentRequest req = PaymentRequest.builder()
        .cardNumber("⟦card_plain⟧")
        .cvc("⟦cvv⟧")
        .expiry("12/30")
        .amount(new BigDecimal("⟦n2⟧.50"))
        .build();
    assertEquals(Status.AUTHORISED, gateway.charge(req).getStatus());
}
""")

T("kotlin", "it", r"""
// keystore per mTLS, password hardcodata solo in locale
val ks = KeyStore.getInstance("PKCS12").apply {
    load(FileInputStream("certs/qwac-⟦slug⟧.p12"), "⟦pw⟧".toCharArray())
}
""")

# java/kotlin clean
T("java", "en", r"""
@Value("${lirapay.client-secret}")
private String clientSecret;

@Value("${lirapay.client-id:⟦client_id⟧}")
private String clientId;

public String fetchToken() {
    return tokenClient.clientCredentials(clientId, clientSecret).getAccessToken();
}
""")

T("java", "it", r"""
2024-⟦n2⟧ ERROR [http-nio-8080-exec-4] c.l.g.PaymentService - pagamento fallito
com.lirapay.sdk.exception.AuthenticationException: invalid_token (The access token expired)
    at com.lirapay.sdk.http.HttpClient.handleError(HttpClient.java:214)
    at com.lirapay.sdk.PaymentsApi.create(PaymentsApi.java:88)
    at it.⟦slug⟧.checkout.PaymentService.pay(PaymentService.java:132)
requestId=⟦uuid⟧ paymentId=⟦payid⟧
""".replace("2024-⟦n2⟧", "⟦ts_log⟧"))

T("kotlin", "en", r"""
object LirapayConfig {
    val clientId: String = System.getenv("LIRAPAY_CLIENT_ID") ?: "⟦client_id⟧"
    val clientSecret: String = System.getenv("LIRAPAY_CLIENT_SECRET")
        ?: error("LIRAPAY_CLIENT_SECRET not set")
    const val TOKEN_URL = "https://auth.lirapay.it/oauth/token"
}
""")

T("java", "en", r"""
// Luhn check used before we call the tokenization endpoint
static boolean luhn(String pan) {
    int sum = 0; boolean alt = false;
    for (int i = pan.length() - 1; i >= 0; i--) {
        int n = pan.charAt(i) - '0';
        if (alt) { n *= 2; if (n > 9) n -= 9; }
        sum += n; alt = !alt;
    }
    return sum % 10 == 0;
}
// luhn("⟦bad_card_plain⟧") == false, as expected
""")

# ================================================================== C# =====
T("csharp", "en", r"""
var client = new HttpClient();
client.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Bearer", "⟦tok⟧");
var resp = await client.GetAsync("https://⟦api⟧/v2/balances");
Console.WriteLine(await resp.Content.ReadAsStringAsync());
""")

T("csharp", "it", r"""
// appsettings.Development.json copiato qui per capire il problema
{
  "Lirapay": {
    "ClientId": "⟦client_id⟧",
    "ClientSecret": "⟦csec⟧",
    "BaseUrl": "https://sandbox.lirapay.it"
  },
  "ConnectionStrings": {
    "Default": "Server=⟦ip⟧;Database=Payments;User Id=sa;Password=⟦pw⟧;TrustServerCertificate=True"
  }
}
""")

T("csharp", "en", r"""
var conn = "DefaultEndpointsProtocol=https;AccountName=⟦slug⟧exports;AccountKey=⟦azure_key⟧;EndpointSuffix=core.windows.net";
var blob = new BlobContainerClient(conn.Replace("-", ""), "settlements");
""")

T("csharp", "en", r"""
var secret = await secretClient.GetSecretAsync("lirapay-client-secret");
var options = new LirapayOptions
{
    ClientId = Configuration["Lirapay:ClientId"],
    ClientSecret = secret.Value.Value,
    Environment = LirapayEnvironment.Sandbox,
};
_logger.LogInformation("Token requested, trace {TraceId}", "⟦trace⟧");
""")

T("csharp", "it", r"""
// errore che otteniamo in produzione
System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).
   at Lirapay.Client.TokenProvider.GetAsync() in C:\src\⟦slug⟧\TokenProvider.cs:line 57
   --- correlation id: ⟦uuid⟧
// il secret lo leggiamo da Key Vault: ⟦akv⟧
""")

# ================================================================== GO =====
T("go", "en", r"""
req, _ := http.NewRequest("POST", "https://⟦api⟧/v2/payouts", body)
req.Header.Set("Authorization", "Bearer ⟦apikey⟧")
req.Header.Set("Idempotency-Key", "⟦idem⟧")
resp, err := http.DefaultClient.Do(req)
""")

T("go", "it", r"""
// credenziali di test, da NON usare in prod
var cfg = clientcredentials.Config{
	ClientID:     "⟦client_id⟧",
	ClientSecret: "⟦csec⟧",
	TokenURL:     "https://auth.lirapay.it/oauth/token",
	Scopes:       []string{"payments"},
}
""")

T("go", "en", r"""
cfg := clientcredentials.Config{
	ClientID:     os.Getenv("LIRAPAY_CLIENT_ID"),
	ClientSecret: os.Getenv("LIRAPAY_CLIENT_SECRET"),
	TokenURL:     "https://auth.lirapay.it/oauth/token",
}
log.Printf("requesting token for %s (trace %s)", cfg.ClientID, "⟦trace⟧")
""")

T("go", "en", r"""
panic: lirapay: 401 Unauthorized: {"error":"invalid_token","request_id":"⟦uuid⟧"}

goroutine 1 [running]:
main.mustPay(0xc000122000)
	/src/⟦slug⟧/cmd/payer/main.go:64 +0x1f4
main.main()
	/src/⟦slug⟧/cmd/payer/main.go:21 +0x85
exit status 2
""")

T("go", "it", r"""
// leggiamo il segreto da Vault all'avvio
secret, err := vaultClient.KVv2("secret").Get(ctx, "payments/prod/psd2")
if err != nil {
	log.Fatalf("impossibile leggere il segreto: %v", err)
}
clientSecret := secret.Data["client_secret"].(string)
""")

# ================================================================== PHP ====
T("php", "it", r"""
<?php
// test veloce, non giudicatemi
$ch = curl_init('https://⟦api⟧/v2/payments');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Authorization: Bearer ⟦tok⟧',
    'Content-Type: application/json',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['amount' => 990, 'currency' => 'EUR']));
$out = curl_exec($ch);
var_dump($out);
""")

T("php", "en", r"""
<?php
return [
    'lirapay' => [
        'client_id' => '⟦client_id⟧',
        'client_secret' => '⟦csec⟧',
        'sandbox' => true,
    ],
    'mail' => ['driver' => 'mailgun', 'secret' => '⟦mailgun⟧'],
];
""")

T("php", "it", r"""
$pdo = new PDO('mysql:host=⟦ip⟧;dbname=ecommerce', 'shop_user', '⟦pw⟧');
// da quando abbiamo messo il plugin lirapay la connessione va in timeout
""")

T("php", "en", r"""
<?php
$lirapay = new \Lirapay\Client([
    'client_id'     => getenv('LIRAPAY_CLIENT_ID'),
    'client_secret' => $_ENV['LIRAPAY_CLIENT_SECRET'],
]);
$payment = $lirapay->payments()->get('⟦payid⟧');
error_log('status=' . $payment->status . ' req=⟦uuid⟧');
""")

T("php", "it", r"""
// WooCommerce: impostazioni gateway (valori reali nel db, qui solo segnaposto)
'title'         => 'Paga con Lirapay',
'client_id'     => '⟦client_id⟧',
'client_secret' => '⟦ph_sec⟧',
'webhook_url'   => home_url('/wc-api/lirapay'),
""")

# ================================================================== RUBY ===
T("ruby", "en", r"""
Lirapay.configure do |c|
  c.client_id = "⟦client_id⟧"
  c.client_secret = "⟦csec⟧"
  c.environment = :sandbox
end
""")

T("ruby", "it", r"""
# rake task per riconciliare i payout
uri = URI("https://⟦api⟧/v2/payouts?from=⟦iso_date⟧")
req = Net::HTTP::Get.new(uri)
req["Authorization"] = "Bearer #{ENV.fetch('LIRAPAY_TOKEN')}"
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
puts res.code # 401, anche se il token è fresco
""")

T("ruby", "en", r"""
production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  lirapay_client_id: ⟦client_id⟧
  lirapay_client_secret: <%= Rails.application.credentials.dig(:lirapay, :client_secret) %>
""")

T("ruby", "en", r"""
conn = Faraday.new(url: "https://⟦api⟧") do |f|
  f.request :authorization, :basic, "⟦client_id⟧", "⟦csec⟧"
end
""")

# ================================================================== SWIFT ==
T("swift", "en", r"""
var request = URLRequest(url: URL(string: "https://⟦api⟧/v2/payments")!)
request.httpMethod = "POST"
request.setValue("Bearer ⟦jwt⟧", forHTTPHeaderField: "Authorization")
// works in simulator, 401 on device?!
""")

T("swift", "it", r"""
// lettura token dal Keychain, nessun valore in chiaro
let query: [String: Any] = [
    kSecClass as String: kSecClassGenericPassword,
    kSecAttrService as String: "it.⟦slug⟧.lirapay",
    kSecAttrAccount as String: "access_token",
    kSecReturnData as String: true,
]
var item: CFTypeRef?
let status = SecItemCopyMatching(query as CFDictionary, &item)
print("keychain status", status) // -25300 errSecItemNotFound
""")

T("swift", "en", r"""
let sdk = LirapaySDK(configuration: .init(
    publishableId: "⟦client_id⟧",
    environment: .sandbox,
    correlationId: "⟦uuid⟧"
))
""")

T("swift", "it", r"""
// PIN di sblocco dell'app di test (utente demo)
static let demoPin = "⟦pin6⟧"
static let demoUser = "demo.⟦slug⟧@example.com"
""")

# ================================================================== SHELL ==
T("shell", "en", r"""
curl -X POST https://auth.lirapay.it/oauth/token \
  -u "⟦basic_pair⟧" \
  -d grant_type=client_credentials \
  -d scope=payments
""")

T("shell", "en", r"""
$ curl -s https://⟦api⟧/v2/accounts -H "Authorization: Bearer ⟦tok⟧" | jq .
{
  "error": "insufficient_scope",
  "request_id": "⟦uuid⟧"
}
""")

T("shell", "it", r"""
# esportiamo le variabili prima di lanciare il worker
export LIRAPAY_CLIENT_ID=⟦client_id⟧
export LIRAPAY_CLIENT_SECRET='⟦csec⟧'
export DATABASE_URL=postgres://worker:⟦pwurl⟧@⟦ip⟧:5432/pay
./worker --env collaudo
""")

T("shell", "en", r"""
curl 'https://⟦api⟧/v2/payments?limit=10' \
  -H 'accept: application/json' \
  -H 'cookie: lp_session=⟦cookie⟧; lp_lang=en' \
  -H 'user-agent: Mozilla/5.0' --compressed
""")

T("shell", "en", r"""
❯ git log -p -1
commit ⟦sha⟧
Author: ⟦name_email_en⟧
Date:   ⟦date_en⟧

    add deploy script

+export GITHUB_TOKEN=⟦ghp⟧
+export NPM_TOKEN=⟦npm⟧
""")

T("shell", "it", r"""
# test carte sandbox
for pan in ⟦card_plain⟧ ⟦card_plain⟧; do
  curl -s https://sandbox.lirapay.it/v2/cards/tokenize -H "Authorization: Bearer $LP_TOKEN" -d "pan=$pan&cvc=$CVC&exp=12/30"
done
""")

T("shell", "en", r"""
$ mysql -h ⟦ip⟧ -u reporting -p'⟦pw⟧' payments -e "select count(*) from payouts where status='FAILED'"
+----------+
| count(*) |
+----------+
|       ⟦n2⟧ |
+----------+
""")

T("shell", "en", r"""
ssh -i ~/.ssh/deploy_key ubuntu@⟦ip⟧
# content of deploy_key, in case you need it to check the server:
⟦privkey_ssh⟧
""")

# shell clean
T("shell", "en", r"""
curl -X POST https://auth.lirapay.it/oauth/token \
  -u "$LIRAPAY_CLIENT_ID:$LIRAPAY_CLIENT_SECRET" \
  -d grant_type=client_credentials
# -> {"error":"invalid_client","request_id":"⟦uuid⟧"}
""")

T("shell", "it", r"""
# il token lo prendiamo dal vault, poi la chiamata
TOKEN=$(vault kv get -field=access_token ⟦vault⟧)
curl -s "https://⟦api⟧/v2/payments/⟦payid⟧" -H "Authorization: Bearer ${TOKEN}" | jq .status
"PENDING"
""")

T("shell", "en", r"""
$ git log --oneline -5
⟦sha7⟧ fix: retry on 502 from token endpoint
⟦sha7⟧ chore: bump @lirapay/node to ⟦ver⟧
⟦sha7⟧ feat: idempotency keys on payouts
⟦sha7⟧ refactor: read client secret from env
⟦sha7⟧ test: add luhn checks
""")

T("shell", "en", r"""
$ docker pull ghcr.io/⟦slug⟧/payments-worker:⟦ver=v⟧
⟦=v⟧: Pulling from ⟦slug⟧/payments-worker
Digest: ⟦docker_digest⟧
Status: Downloaded newer image for ghcr.io/⟦slug⟧/payments-worker:⟦=v⟧
""")

T("shell", "it", r"""
$ openssl x509 -in qwac.pem -noout -fingerprint -sha256
sha256 Fingerprint=⟦fpr⟧
$ openssl x509 -in qwac.pem -noout -enddate
notAfter=Mar 14 23:59:59 2026 GMT
# il certificato è valido, ma l'handshake mTLS fallisce comunque
""")

T("shell", "en", r"""
aws secretsmanager get-secret-value --secret-id ⟦arn⟧ --query SecretString --output text | jq -r .client_secret > /dev/null && echo ok
ok
""")

T("shell", "en", r"""
$ sha256sum lirapay-sdk-⟦ver⟧.tar.gz
⟦sha256⟧  lirapay-sdk-⟦ver⟧.tar.gz
# doesn't match the checksum on your download page
""")

T("shell", "it", r"""
$ echo '⟦b64h⟧' | base64 -d
# mi aspettavo il payload del webhook, invece esce questo. è normale?
""")

# =============================================================== POWERSHELL ==
T("powershell", "en", r"""
$headers = @{ Authorization = "Bearer ⟦tok⟧"; "X-Request-Id" = "⟦uuid⟧" }
Invoke-RestMethod -Uri "https://⟦api⟧/v2/payments/⟦payid⟧" -Headers $headers -Method Get
""")

T("powershell", "it", r"""
# script di deploy su IIS
$secure = ConvertTo-SecureString "⟦pw⟧" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc_lirapay", $secure)
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock { iisreset }
""")

T("powershell", "en", r"""
$body = @{
  grant_type    = "client_credentials"
  client_id     = $env:LIRAPAY_CLIENT_ID
  client_secret = $env:LIRAPAY_CLIENT_SECRET
}
Invoke-RestMethod -Method Post -Uri https://auth.lirapay.it/oauth/token -Body $body
# Invoke-RestMethod : {"error":"invalid_client","request_id":"⟦uuid⟧"}
""")

T("powershell", "it", r"""
PS C:\lirapay> Get-Content .\config.json | ConvertFrom-Json | Select-Object clientId, environment

clientId                 environment
--------                 -----------
⟦client_id⟧       sandbox

PS C:\lirapay> # il secret è in Windows Credential Manager, non nel file
""")

# ==================================================================== SQL ==
T("sql", "it", r"""
pagamenti=# select id, titolare, pan, cvv from carte_test limit 3;
 id |    titolare     |       pan        | cvv
----+-----------------+------------------+-----
  1 | ⟦name⟧ | ⟦card_plain⟧ | ⟦cvv⟧
  2 | ⟦name⟧ | ⟦card_plain⟧ | ⟦cvv⟧
(2 rows)
-- sì lo so, non dovremmo avere questa tabella
""")

T("sql", "en", r"""
INSERT INTO beneficiaries (id, name, iban, bic, created_at) VALUES
  ('⟦uuid⟧', '⟦company⟧', '⟦iban_plain⟧', '⟦bic⟧', '⟦iso_date⟧'),
  ('⟦uuid⟧', '⟦company⟧', '⟦iban_plain⟧', '⟦bic⟧', '⟦iso_date⟧');
""")

T("sql", "en", r"""
CREATE USER reporting WITH PASSWORD '⟦pw⟧';
GRANT SELECT ON ALL TABLES IN SCHEMA payments TO reporting;
""")

T("sql", "it", r"""
pagamenti=# select id, stato, importo, pan_mascherato, creato_il from pagamenti where merchant = '⟦client_id⟧' order by creato_il desc limit 3;
                  id                  | stato    | importo |     pan_mascherato     |      creato_il
--------------------------------------+----------+---------+------------------------+---------------------
 ⟦uuid⟧ | SETTLED  |  ⟦n2⟧.00 | ⟦masked_card⟧ | ⟦iso_date⟧ 10:12:03
 ⟦uuid⟧ | FAILED   | ⟦n3⟧.90 | ⟦masked_card⟧ | ⟦iso_date⟧ 09:58:41
(2 righe)
""")

T("sql", "en", r"""
SELECT p.id, p.status, p.amount_cents, c.last4, c.bin
FROM payments p JOIN cards c ON c.id = p.card_id
WHERE p.idempotency_key = '⟦idem⟧';
-- returns two rows with the same key, should be impossible
-- ⟦uuid⟧ | CAPTURED | 1999 | ⟦last4⟧ | ⟦bin6⟧
""")

T("sql", "en", r"""
ALTER ROLE app_user VALID UNTIL '⟦iso_date⟧';
-- after this the app logs "password authentication failed for user app_user"
-- the password itself was not changed
""")


# ===================================================================== ENV ==
T("env", "en", r"""
# .env.production
NODE_ENV=production
PORT=⟦port⟧
LIRAPAY_CLIENT_ID=⟦client_id⟧
LIRAPAY_CLIENT_SECRET=⟦csec⟧
LIRAPAY_WEBHOOK_SECRET=⟦whsec⟧
DATABASE_URL=postgresql://app:⟦pwurl⟧@db.internal:5432/app
LOG_LEVEL=info
""")

T("env", "it", r"""
# copia del .env del server di collaudo (chiesto dal vostro tecnico)
APP_ENV=collaudo
LP_BASE_URL=https://sandbox.lirapay.it
LP_API_KEY=⟦apikey⟧
⟦venv⟧
SMTP_USER=noreply@⟦slug⟧.it
SMTP_PASS="⟦pwany⟧"
""")

T("env", "en", r"""
REDIS_URL=redis://default:⟦pwurl⟧@⟦ip⟧:6379/0
SENTRY_ENVIRONMENT=staging
LIRAPAY_ACCESS_TOKEN=⟦jwt⟧
FEATURE_FLAGS=payouts,refunds
""")

T("env", "en", r"""
⟦venv⟧
⟦venv⟧
LIRAPAY_ENV=sandbox
""")

T("env", "it", r"""
#### credenziali PSD2 ####
PSD2_CLIENT_ID=⟦client_uuid⟧
PSD2_CLIENT_SECRET=⟦csec_uuid⟧
PSD2_REFRESH_TOKEN=⟦rtok⟧
PSD2_REDIRECT_URI=https://app.⟦slug⟧.it/callback
""")

# env clean
T("env", "en", r"""
# .env.example - copy to .env and fill in
LIRAPAY_CLIENT_ID=⟦client_id⟧
LIRAPAY_CLIENT_SECRET=⟦ph_sec⟧
LIRAPAY_WEBHOOK_SECRET=
DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/app
LIRAPAY_ENV=sandbox
""")

T("env", "it", r"""
# variabili lette dal container (i valori veri arrivano da AWS Secrets Manager)
LIRAPAY_CLIENT_ID=⟦client_id⟧
LIRAPAY_SECRET_ARN=⟦arn⟧
LIRAPAY_TIMEOUT_MS=15000
LIRAPAY_RETRY=3
OTEL_TRACE_SAMPLE=0.1
""")

T("env", "en", r"""
GIT_COMMIT=⟦sha⟧
BUILD_ID=⟦build⟧
IMAGE_DIGEST=⟦docker_digest⟧
RELEASE=⟦ver⟧
DEPLOYED_AT=⟦ts⟧
""")

T("env", "it", r"""
LIRAPAY_TOKEN=${LIRAPAY_TOKEN:?manca il token}
LIRAPAY_PIN_LENGTH=6
LIRAPAY_OTP_TTL_SECONDS=300
LIRAPAY_PASSWORD_MIN_LENGTH=12
""")

# ==================================================================== YAML ==
T("yaml", "en", r"""
lirapay:
  base-url: https://⟦api⟧
  client-id: ⟦client_id⟧
  client-secret: ⟦csec⟧
  timeout: 10s
spring:
  datasource:
    url: jdbc:postgresql://⟦ip⟧:5432/payments
    username: payments
    password: ⟦pw⟧
""")

T("yaml", "it", r"""
# configurazione del connettore (versione che gira in prod)
connettore:
  nome: lirapay-⟦env⟧
  autenticazione:
    tipo: oauth2
    token: "⟦tok⟧"
  conto_accredito:
    iban: "⟦iban⟧"
    intestatario: "⟦company⟧"
""")

T("yaml", "en", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lirapay-credentials
  namespace: payments
type: Opaque
data:
  client-id: ⟦b64h⟧
  db-password: ⟦pw_b64⟧
""")

T("yaml", "en", r"""
# GitLab CI (yes, hardcoded, we know)
variables:
  LIRAPAY_ENV: sandbox
  LIRAPAY_API_KEY: "⟦apikey⟧"
  GITLAB_TOKEN: ⟦glpat⟧
test:
  script:
    - npm ci
    - npm test
""")

T("yaml", "it", r"""
notifiche:
  ⟦vyaml⟧
  canale: "#pagamenti-alert"
  soglia_errori: 5
""")

T("yaml", "en", r"""
tls:
  cert: |
    ⟦cert⟧
  key: |
    ⟦privkey_ec⟧
""".replace("    ⟦cert⟧", "⟦cert⟧").replace("    ⟦privkey_ec⟧", "⟦privkey_ec⟧"))

# yaml clean
T("yaml", "en", r"""
lirapay:
  base-url: https://⟦api⟧
  client-id: ${LIRAPAY_CLIENT_ID}
  client-secret: ${LIRAPAY_CLIENT_SECRET}
  retry:
    max-attempts: 3
    backoff: 500ms
management:
  tracing:
    sampling:
      probability: 0.2
""")

T("yaml", "en", r"""
name: deploy
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@⟦sha⟧
      - name: call lirapay smoke test
        env:
          LIRAPAY_CLIENT_SECRET: ${{ secrets.LIRAPAY_CLIENT_SECRET }}
          LIRAPAY_CLIENT_ID: ⟦client_id⟧
        run: ./scripts/smoke.sh
""")

T("yaml", "it", r"""
# openapi estratto dalla vostra documentazione, ci serve capire il campo pin
components:
  schemas:
    ScaChallenge:
      type: object
      properties:
        challengeId: { type: string, format: uuid, example: ⟦uuid⟧ }
        method: { type: string, enum: [SMS_OTP, PUSH, PIN] }
        otpLength: { type: integer, example: 6 }
        expiresAt: { type: string, format: date-time, example: "⟦ts⟧" }
""")

T("yaml", "en", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lirapay
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: lirapay-credentials }
  data:
    - secretKey: client-secret
      remoteRef: { key: ⟦arn⟧, property: client_secret }
""")

T("yaml", "it", r"""
pagamenti:
  conto_tecnico:
    bic: ⟦bic⟧
    abi: "⟦abi⟧"
    cab: "⟦cab⟧"
    iban: ${IBAN_CONTO_TECNICO}
  cutoff_sepa: "16:30"
  importo_massimo: 15000
""")

T("yaml", "en", r"""
jwks_cache:
  url: https://auth.lirapay.it/.well-known/jwks.json
  kid_pinned: ⟦kid⟧
  public_key: |
⟦pubkey⟧
""")

# ============================================================= HELM / K8S ==
T("helm", "en", r"""
# values-prod.yaml
image:
  repository: ghcr.io/⟦slug⟧/checkout
  tag: ⟦ver⟧
env:
  LIRAPAY_CLIENT_ID: ⟦client_id⟧
  LIRAPAY_CLIENT_SECRET: ⟦csec⟧
  LIRAPAY_WEBHOOK_SECRET: ⟦whsec⟧
resources:
  limits: { cpu: 500m, memory: 512Mi }
""")

T("helm", "en", r"""
# values.yaml
image:
  repository: ghcr.io/⟦slug⟧/checkout
  tag: "⟦sha7⟧"
env:
  - name: LIRAPAY_CLIENT_ID
    value: ⟦client_id⟧
  - name: LIRAPAY_CLIENT_SECRET
    valueFrom:
      secretKeyRef: { name: lirapay, key: client-secret }
podAnnotations:
  checksum/config: ⟦sha256⟧
""")

T("helm", "it", r"""
# templates/deployment.yaml (estratto)
        env:
          - name: LIRAPAY_CLIENT_SECRET
            value: {{ .Values.lirapay.clientSecret | quote }}
          - name: LIRAPAY_TOKEN_URL
            value: "https://auth.lirapay.it/oauth/token"
# il secret viene passato con --set lirapay.clientSecret=$CLIENT_SECRET dalla pipeline
""")

T("k8s", "en", r"""
$ kubectl get secret lirapay -o jsonpath='{.data}'
{"client-id":"⟦b64h⟧","client-secret":"⟦csec_b64⟧"}
""")

T("k8s", "it", r"""
$ kubectl describe secret lirapay -n pagamenti
Name:         lirapay
Namespace:    pagamenti
Type:  Opaque

Data
====
client-id:      24 bytes
client-secret:  48 bytes
webhook-secret: 38 bytes
""")

# ========================================================= DOCKER-COMPOSE ==
T("docker-compose", "en", r"""
services:
  api:
    image: ⟦slug⟧/api:⟦ver⟧
    environment:
      - LIRAPAY_CLIENT_ID=⟦client_id⟧
      - LIRAPAY_CLIENT_SECRET=⟦csec⟧
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ⟦pw⟧
""")

T("docker-compose", "it", r"""
version: "3.8"
services:
  worker:
    build: .
    env_file: .env   # le credenziali stanno nel .env, non committato
    environment:
      LIRAPAY_ENV: sandbox
      LIRAPAY_CLIENT_ID: ⟦client_id⟧
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

T("docker-compose", "it", r"""
services:
  mock-bank:
    image: wiremock/wiremock:3.3.1
    environment:
      - MOCK_IBAN=⟦bad_iban⟧
      - MOCK_BIC=⟦bic⟧
  app:
    environment:
      - LIRAPAY_API_KEY=⟦apikey⟧
""")

T("docker-compose", "en", r"""
services:
  app:
    image: ⟦slug⟧/app@⟦docker_digest⟧
    secrets: [lirapay_client_secret]
    environment:
      LIRAPAY_CLIENT_SECRET_FILE: /run/secrets/lirapay_client_secret
secrets:
  lirapay_client_secret:
    external: true
""")

# ============================================================== TERRAFORM ==
T("terraform", "en", r"""
# terraform.tfvars
region               = "eu-south-1"
lirapay_client_id    = "⟦client_id⟧"
lirapay_client_secret = "⟦csec⟧"
db_password          = "⟦pw⟧"
""")

T("terraform", "en", r"""
provider "aws" {
  region     = "eu-west-1"
  access_key = "⟦aws_id⟧"
  secret_key = "⟦aws_secret⟧"
}
""")

T("terraform", "en", r"""
data "aws_secretsmanager_secret_version" "lirapay" {
  secret_id = "⟦arn⟧"
}

resource "aws_lambda_function" "webhook" {
  function_name = "lirapay-webhook-⟦env⟧"
  environment {
    variables = {
      LIRAPAY_CLIENT_ID = "⟦client_id⟧"
      LIRAPAY_SECRET    = jsondecode(data.aws_secretsmanager_secret_version.lirapay.secret_string)["client_secret"]
    }
  }
}
""")

T("terraform", "it", r"""
variable "lirapay_client_secret" {
  description = "client secret Lirapay (passato da TF_VAR_lirapay_client_secret)"
  type        = string
  sensitive   = true
}

output "client_secret" {
  value     = var.lirapay_client_secret
  sensitive = true
}
# terraform plan mostra: client_secret = (sensitive value)
""")

# ================================================================ TOML/INI ==
T("toml", "en", r"""
[lirapay]
base_url = "https://⟦api⟧"
client_id = "⟦client_id⟧"
client_secret = "⟦csec⟧"

[database]
url = "postgres://svc:⟦pwurl⟧@⟦ip⟧/ledger"
""")

T("toml", "it", r"""
# Cargo/servizio riconciliazione
[lirapay]
ambiente = "sandbox"
client_id = "⟦client_id⟧"
client_secret_env = "LIRAPAY_CLIENT_SECRET"
timeout_secondi = 20

[riconciliazione]
iban_atteso = "⟦masked_iban⟧"
""")

T("toml", "en", r"""
[auth]
api_key = "⟦apikey⟧"
[alerts]
slack_webhook = "⟦slack_hook⟧"
""")

T("ini", "it", r"""
[lirapay]
ambiente=produzione
clientid=⟦client_id⟧
clientsecret=⟦csec⟧

[db]
host=⟦ip⟧
utente=gestionale
password=⟦pw⟧
""")

T("ini", "en", r"""
[default]
aws_access_key_id = ⟦aws_id⟧
aws_secret_access_key = ⟦aws_secret⟧
region = eu-south-1
""")

T("ini", "en", r"""
[lirapay]
env = sandbox
client_id = ⟦client_id⟧
; client_secret comes from the LIRAPAY_CLIENT_SECRET environment variable
token_cache = /var/cache/lirapay/token.json
request_timeout = 30
""")

T("ini", "it", r"""
; php.ini / estensione pagamenti
[lirapay]
lirapay.endpoint = "https://⟦api⟧"
lirapay.client_id = "⟦client_id⟧"
lirapay.client_secret = "⟦ph_sec⟧"
lirapay.log_level = "debug"
""")

T("properties", "en", r"""
lirapay.client-id=⟦client_id⟧
lirapay.client-secret=⟦csec⟧
spring.datasource.password=⟦pw⟧
server.port=8080
""")

T("properties", "it", r"""
# application-collaudo.properties
lirapay.client-id=⟦client_id⟧
lirapay.client-secret=${LIRAPAY_CLIENT_SECRET}
lirapay.jwks-uri=https://auth.lirapay.it/.well-known/jwks.json
spring.datasource.password=${vault.db.password}
""")

T("netrc", "en", r"""
machine api.lirapay.it
  login ⟦client_id⟧
  password ⟦csec⟧
machine github.com
  login ci-bot
  password ⟦ghp⟧
""")

T("npmrc", "en", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟦npm⟧
@lirapay:registry=https://npm.pkg.github.com
""")

T("npmrc", "en", r"""
registry=https://registry.npmjs.org/
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
@lirapay:registry=https://npm.pkg.github.com
always-auth=true
""")

T("xml", "it", r"""
<!-- web.config del gateway -->
<appSettings>
  <add key="Lirapay.ClientId" value="⟦client_id⟧" />
  <add key="Lirapay.ClientSecret" value="⟦csec⟧" />
  <add key="Lirapay.Sandbox" value="true" />
</appSettings>
""")

T("xml", "en", r"""
<settings>
  <servers>
    <server>
      <id>lirapay-releases</id>
      <username>${env.LIRAPAY_MAVEN_USER}</username>
      <password>${env.LIRAPAY_MAVEN_TOKEN}</password>
    </server>
  </servers>
</settings>
""")

T("xml", "en", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Header>
    <wsse:Security><wsse:UsernameToken>
      <wsse:Username>⟦client_id⟧</wsse:Username>
      <wsse:Password Type="PasswordText">⟦pw⟧</wsse:Password>
    </wsse:UsernameToken></wsse:Security>
  </soapenv:Header>
  <soapenv:Body><getPaymentStatus><id>⟦payid⟧</id></getPaymentStatus></soapenv:Body>
</soapenv:Envelope>
""")

T("xml", "it", r"""
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>⟦order⟧</MsgId><CreDtTm>⟦ts⟧</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
  <PmtInf>
   <DbtrAcct><Id><IBAN>⟦iban_it_plain⟧</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">⟦n3⟧.00</InstdAmt></Amt>
    <CdtrAgt><FinInstnId><BIC>⟦bic⟧</BIC></FinInstnId></CdtrAgt>
    <CdtrAcct><Id><IBAN>⟦iban_plain⟧</IBAN></Id></CdtrAcct>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>
""")

T("xml", "it", r"""
<PmtInf>
  <PmtInfId>⟦order⟧</PmtInfId>
  <ReqdExctnDt>⟦iso_date⟧</ReqdExctnDt>
  <DbtrAgt><FinInstnId><BIC>⟦bic⟧</BIC></FinInstnId></DbtrAgt>
  <CdtTrfTxInf>
    <PmtId><EndToEndId>E2E-⟦n6⟧</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="EUR">⟦n3⟧.50</InstdAmt></Amt>
    <CdtrAcct><Id><IBAN>⟦bad_iban⟧</IBAN></Id></CdtrAcct>
  </CdtTrfTxInf>
</PmtInf>
<!-- rifiutato con "IBAN non valido", giustamente? -->
""")

# ==================================================================== JSON ==
T("json", "en", r"""
{
  "access_token": "⟦jwt⟧",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "⟦rtok⟧",
  "scope": "accounts payments"
}
""")

T("json", "it", r"""
{
  "beneficiario": {
    "nome": "⟦company⟧",
    "iban": "⟦iban⟧",
    "bic": "⟦bic⟧"
  },
  "importo": "⟦n3⟧.00",
  "causale": "Fattura ⟦invoice⟧"
}
""")

T("json", "en", r"""
{"event":"payment.failed","data":{"id":"⟦payid⟧","card":{"number":"⟦card_plain⟧","cvc":"⟦cvv⟧","exp":"⟦exp⟧"},"reason":"do_not_honor"},"request_id":"⟦uuid⟧"}
""")

T("json", "en", r"""
{
  "name": "lirapay-sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://sandbox.lirapay.it", "enabled": true },
    { "key": "clientId", "value": "⟦client_id⟧", "enabled": true },
    { "key": "clientSecret", "value": "⟦csec⟧", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "⟦tok⟧", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")

T("json", "it", r"""
{"level":"debug","msg":"payload inviato","body":"{\"grant_type\":\"password\",\"username\":\"⟦email⟧\",\"password\":\"⟦pwrand⟧\"}","ts":"⟦ts⟧"}
""")

T("json", "en", r"""
{
  "sca": {"method": "SMS_OTP", "otp": "⟦otp⟧", "challengeId": "⟦uuid⟧"},
  "psuId": "⟦n6⟧",
  "consentId": "⟦uuid⟧"
}
""")

# json clean
T("json", "en", r"""
{
  "token_type": "Bearer",
  "expires_in": 3599,
  "access_token": "[REDACTED]",
  "scope": "payments accounts",
  "request_id": "⟦uuid⟧"
}
""")

T("json", "it", r"""
{
  "id": "⟦payid⟧",
  "stato": "RIFIUTATO",
  "importo": {"valore": "⟦n3⟧.00", "valuta": "EUR"},
  "carta": {"bin": "⟦bin6⟧", "ultime4": "⟦last4⟧", "circuito": "VISA", "scadenza": "⟦exp⟧"},
  "motivo": "cvc_check_failed",
  "request_id": "⟦uuid⟧"
}
""")

T("json", "en", r"""
{
  "data": [
    {"id": "⟦payid⟧", "status": "SETTLED", "amount": ⟦n4⟧},
    {"id": "⟦payid⟧", "status": "FAILED", "amount": ⟦n3⟧}
  ],
  "has_more": true,
  "next_cursor": "⟦cursor⟧",
  "next_page_token": "⟦cursor⟧"
}
""")

T("json", "en", r"""
⟦jwks⟧
""")

T("json", "it", r"""
{
  "error": "invalid_request",
  "error_description": "Il campo 'password' è obbligatorio per il grant type password",
  "error_uri": "https://docs.lirapay.it/errori#invalid_request",
  "trace_id": "⟦trace⟧"
}
""")

T("json", "en", r"""
{
  "mandate": {
    "reference": "MNDT-⟦n6⟧",
    "debtor_iban": "⟦masked_iban⟧",
    "debtor_bic": "⟦bic⟧",
    "signed_at": "⟦iso_date⟧",
    "status": "ACTIVE"
  },
  "idempotency_key": "⟦idem⟧"
}
""")

T("json", "en", r"""
{
  "type": "service_account",
  "project_id": "⟦slug⟧-prod",
  "client_email": "exporter@⟦slug⟧-prod.iam.gserviceaccount.com",
  "private_key_id": "⟦sha⟧",
  "private_key": "<stored in Secret Manager: ⟦gsm⟧>"
}
""")

T("json", "it", r"""
{
  "clientId": "⟦client_rand⟧",
  "redirectUris": ["https://app.⟦slug⟧.it/oauth/callback"],
  "grantTypes": ["authorization_code", "refresh_token"],
  "tokenEndpointAuthMethod": "private_key_jwt",
  "jwksUri": "https://app.⟦slug⟧.it/.well-known/jwks.json",
  "createdAt": "⟦ts⟧"
}
""")


# ===================================================================== LOG ==
T("log", "en", r"""
⟦ts_log⟧ INFO  [http-client] --> POST https://auth.lirapay.it/oauth/token
⟦ts_log⟧ DEBUG [http-client] body: grant_type=client_credentials&client_id=⟦client_id⟧&client_secret=⟦csec⟧
⟦ts_log⟧ INFO  [http-client] <-- 401 Unauthorized (182 ms)
⟦ts_log⟧ WARN  [auth] token request failed, retrying in 2s request_id=⟦uuid⟧
""")

T("log", "it", r"""
⟦ts_log⟧ [INFO] avvio worker pagamenti v⟦ver⟧
⟦ts_log⟧ [DEBUG] header in uscita: Authorization=Bearer ⟦tok⟧
⟦ts_log⟧ [ERROR] risposta 403 insufficient_scope trace=⟦trace⟧
⟦ts_log⟧ [INFO] worker fermato
""")

T("log", "en", r"""
{"ts":"⟦ts⟧","level":"error","msg":"payment failed","payment_id":"⟦payid⟧","card_number":"⟦card_plain⟧","cvv":"⟦cvv⟧","reason":"issuer_unavailable"}
{"ts":"⟦ts⟧","level":"info","msg":"retry scheduled","payment_id":"⟦payid⟧","attempt":2}
""")

T("log", "en", r"""
⟦ts_log⟧ ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - Connection refused: jdbc:postgresql://app_user:⟦pwurl⟧@⟦ip⟧:5432/payments
⟦ts_log⟧ ERROR c.z.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.
""")

T("log", "it", r"""
⟦ts_log⟧ INFO  PayoutService - creato payout ⟦payid⟧ importo=⟦n3⟧.00 EUR beneficiario="⟦company⟧" iban=⟦iban_plain⟧
⟦ts_log⟧ ERROR PayoutService - payout ⟦payid⟧ rifiutato dalla banca: AC01 conto inesistente
""")

T("log", "en", r"""
Mar 12 14:22:31 web-02 php-fpm[⟦n4⟧]: [lirapay] login attempt user=admin@⟦slug⟧.com password=⟦pw⟧ result=FAIL
Mar 12 14:22:35 web-02 php-fpm[⟦n4⟧]: [lirapay] login attempt user=admin@⟦slug⟧.com password=⟦pw⟧ result=OK
""")

T("log", "it", r"""
⟦ts_log⟧ DEBUG ScaController - challenge ⟦uuid⟧ ricevuto otp=⟦otp⟧ metodo=SMS
⟦ts_log⟧ WARN  ScaController - otp non valido per challenge ⟦uuid⟧ (tentativo 2/3)
""")

T("log", "en", r"""
⟦ts_log⟧ DEBUG webhook-relay: forwarding to https://hooks.⟦slug⟧.io/in?token=⟦tok⟧&source=lirapay
⟦ts_log⟧ INFO  webhook-relay: delivered event ⟦uuid⟧ in 87ms status=200
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  refresh ok, new refresh_token=⟦rtok⟧ expires_in=7776000
⟦ts_log⟧ INFO  access token cached for 3600s client=⟦client_id⟧
""")

# log clean
T("log", "en", r"""
⟦ts_log⟧ INFO  [http-client] --> POST https://auth.lirapay.it/oauth/token
⟦ts_log⟧ DEBUG [http-client] body: grant_type=client_credentials&client_id=⟦client_id⟧&client_secret=⟦masked⟧
⟦ts_log⟧ INFO  [http-client] <-- 200 OK (143 ms)
⟦ts_log⟧ INFO  [auth] token acquired, expires_in=3599 request_id=⟦uuid⟧
""")

T("log", "it", r"""
⟦ts_log⟧ INFO  PagamentoService - pagamento ⟦payid⟧ creato importo=⟦n3⟧.00 carta=⟦masked_card⟧
⟦ts_log⟧ INFO  PagamentoService - 3DS avviato acsTransId=⟦uuid⟧
⟦ts_log⟧ WARN  PagamentoService - challenge scaduta dopo 300s, pagamento ⟦payid⟧ annullato
""")

T("log", "en", r"""
{"time":"⟦ts⟧","level":"INFO","trace_id":"⟦trace⟧","span_id":"⟦span⟧","msg":"GET /v2/payments/⟦payid⟧","status":200,"duration_ms":⟦n2⟧}
{"time":"⟦ts⟧","level":"INFO","trace_id":"⟦trace⟧","span_id":"⟦span⟧","msg":"GET /v2/balances","status":200,"duration_ms":⟦n3⟧}
{"time":"⟦ts⟧","level":"WARN","trace_id":"⟦trace⟧","span_id":"⟦span⟧","msg":"POST /v2/payouts","status":409,"error":"idempotency_key_reused","idempotency_key":"⟦idem⟧"}
""")

T("log", "en", r"""
⟦ts_log⟧ ERROR AuthFilter - rejected request: invalid_token (signature verification failed, kid=⟦kid⟧) path=/v2/accounts ip=⟦ip⟧ req=⟦reqid⟧
⟦ts_log⟧ ERROR AuthFilter - rejected request: invalid_token (token expired at ⟦ts⟧) path=/v2/accounts ip=⟦ip⟧ req=⟦reqid⟧
""")

T("log", "it", r"""
⟦ts_log⟧ WARN  LoginService - tentativo di accesso fallito per ⟦email⟧: password errata (3/5)
⟦ts_log⟧ WARN  LoginService - tentativo di accesso fallito per ⟦email⟧: password errata (4/5)
⟦ts_log⟧ ERROR LoginService - utenza ⟦email⟧ bloccata per troppi tentativi
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  ScaService - OTP sent to ⟦phone_en⟧ via SMS (challenge=⟦uuid⟧, ttl=300s)
⟦ts_log⟧ INFO  ScaService - OTP verified for challenge=⟦uuid⟧
⟦ts_log⟧ INFO  PaymentService - payment ⟦payid⟧ authorised
""")

T("log", "en", r"""
⟦ts_log⟧ DEBUG CursorPager - fetching page cursor=⟦cursor⟧ limit=100
⟦ts_log⟧ DEBUG CursorPager - fetched 100 rows next=⟦cursor⟧
⟦ts_log⟧ DEBUG CursorPager - fetched 37 rows next=null
""")

T("log", "it", r"""
⟦ts_log⟧ INFO  Riconciliazione - letto estratto conto ⟦invoice⟧ righe=⟦n3⟧
⟦ts_log⟧ WARN  Riconciliazione - movimento senza match: CRO ⟦cro⟧ importo ⟦amt⟧ ordinante "⟦company⟧"
⟦ts_log⟧ WARN  Riconciliazione - IBAN ordinante non valido: ⟦bad_iban⟧
""")

T("log", "en", r"""
10.0.3.17 - - [12/Mar/2024:14:22:31 +0100] "GET /v2/payments/⟦payid⟧?expand=card HTTP/1.1" 200 ⟦n4⟧ "-" "lirapay-node/⟦ver⟧" rt=0.0⟦n2⟧ req_id=⟦uuid⟧
10.0.3.17 - - [12/Mar/2024:14:22:32 +0100] "POST /v2/refunds HTTP/1.1" 201 ⟦n3⟧ "-" "lirapay-node/⟦ver⟧" rt=0.1⟦n2⟧ req_id=⟦uuid⟧
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  Vault - renewed lease database/creds/payments/⟦uuid⟧ ttl=3600
⟦ts_log⟧ INFO  Vault - read secret ⟦vault⟧ version=⟦n1⟧
⟦ts_log⟧ INFO  Lirapay - client configured id=⟦client_id⟧ secret=****
""")

# ==================================================================== HTTP ==
T("http", "en", r"""
POST /oauth/token HTTP/1.1
Host: auth.lirapay.it
Authorization: Basic ⟦basic⟧
Content-Type: application/x-www-form-urlencoded
Content-Length: 39

grant_type=client_credentials&scope=ais

HTTP/1.1 401 Unauthorized
Content-Type: application/json
X-Request-Id: ⟦uuid⟧

{"error":"invalid_client"}
""")

T("http", "en", r"""
GET /v2/accounts/⟦uuid⟧/transactions?from=⟦iso_date⟧ HTTP/1.1
Host: ⟦api⟧
Authorization: Bearer ⟦jwt⟧
Consent-ID: ⟦uuid⟧
PSU-IP-Address: ⟦ip⟧
X-Request-ID: ⟦uuid⟧
""")

T("http", "it", r"""
> GET /v2/merchant/settings HTTP/2
> Host: dashboard.lirapay.it
> Cookie: lp_session=⟦cookie⟧; lp_csrf_seen=1
> Accept: */*
>
< HTTP/2 302
< location: /login?reason=expired
# la sessione scade subito, anche appena fatto login
""")

T("http", "en", r"""
POST /v2/webhooks/test HTTP/1.1
Host: ⟦api⟧
X-Api-Key: ⟦apikey⟧
Content-Type: application/json

{"url":"https://hooks.⟦slug⟧.com/lirapay","events":["payment.settled"]}
""")

T("http", "en", r"""
GET /oauth/callback?code_accepted=true&refresh_token=⟦rtok⟧&state=⟦state⟧ HTTP/1.1
Host: app.⟦slug⟧.com
Referer: https://auth.lirapay.it/
""")

T("http", "it", r"""
PUT /v2/psu/⟦n6⟧/credentials HTTP/1.1
Host: ⟦api⟧
Content-Type: application/json

{"username": "⟦email⟧", "password": "⟦pwany⟧", "otp": "⟦otp⟧"}
""")

# http clean
T("http", "en", r"""
HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: ⟦uuid⟧
Traceparent: ⟦traceparent⟧
ETag: "⟦md5⟧"
Cache-Control: no-store

{"token_type":"Bearer","expires_in":3600,"access_token":"***","scope":"payments"}
""")

T("http", "en", r"""
POST /v2/payments HTTP/1.1
Host: ⟦api⟧
Authorization: Bearer <access-token>
Idempotency-Key: ⟦idem⟧
X-Request-Id: ⟦uuid⟧
Content-Type: application/json

{"amount": ⟦n4⟧, "currency": "EUR", "reference": "⟦order⟧", "customer_id": "cus_⟦n6⟧"}
""")

T("http", "it", r"""
HTTP/1.1 422 Unprocessable Entity
Content-Type: application/problem+json
X-Request-Id: ⟦uuid⟧

{"type":"https://docs.lirapay.it/errori/iban-non-valido","title":"IBAN non valido","status":422,"detail":"Le cifre di controllo dell'IBAN ⟦bad_iban⟧ non sono corrette","instance":"/v2/payouts/⟦payid⟧"}
""")

T("http", "en", r"""
POST /hooks/lirapay HTTP/1.1
Host: hooks.⟦slug⟧.com
User-Agent: Lirapay-Webhooks/2.0
Content-Type: application/json
Lirapay-Signature: t=17⟦n4⟧⟦n4⟧,v1=⟦sig64⟧
Lirapay-Event-Id: ⟦uuid⟧

{"type":"payment.settled","data":{"id":"⟦payid⟧","amount":⟦n4⟧}}
""")

T("http", "en", r"""
GET /authorize?response_type=code&client_id=⟦client_id⟧&redirect_uri=https%3A%2F%2Fapp.⟦slug⟧.com%2Fcb&scope=ais&state=⟦state⟧&code_challenge_method=S256 HTTP/1.1
Host: auth.lirapay.it

HTTP/1.1 400 Bad Request
{"error":"invalid_request","error_description":"code_challenge missing","request_id":"⟦uuid⟧"}
""")

T("http", "it", r"""
HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="lirapay", error="invalid_token", error_description="The access token expired"
X-Request-Id: ⟦uuid⟧
X-Debug-Id: ⟦debugid⟧
Content-Length: 0
# il token è stato emesso 2 minuti fa, come può essere scaduto?
""")

T("http", "en", r"""
HTTP/1.1 200 OK
Set-Cookie: lp_lang=it; Path=/; Max-Age=31536000
Set-Cookie: lp_consent_banner=dismissed; Path=/
X-Request-Id: ⟦uuid⟧
Server-Timing: app;dur=⟦n2⟧
""")

# ================================================================== CI-LOG ==
T("ci-log", "en", r"""
Run ./scripts/smoke.sh
  env:
    LIRAPAY_CLIENT_ID: ⟦client_id⟧
    LIRAPAY_CLIENT_SECRET: ***
+ curl -sf -u ⟦client_id⟧:*** https://auth.lirapay.it/oauth/token -d grant_type=client_credentials
curl: (22) The requested URL returned error: 401
Error: Process completed with exit code 22.
""")

T("ci-log", "en", r"""
Step 4/9 : RUN npm ci
 ---> Running in ⟦sha7⟧⟦sha7⟧
npm ERR! code E401
npm ERR! Unable to authenticate, need: Basic realm="GitHub Package Registry"
npm ERR! A complete log of this run can be found in: /root/.npm/_logs/⟦iso_date⟧T10_22_31_512Z-debug-0.log
The command '/bin/sh -c npm ci' returned a non-zero code: 1
""")

T("ci-log", "it", r"""
[Pipeline] stage (deploy collaudo)
[Pipeline] withCredentials
Masking supported pattern matches of $LIRAPAY_SECRET
[Pipeline] sh
+ ./deploy.sh --env collaudo --client-id ⟦client_id⟧ --client-secret ****
Deploy completato: release ⟦ver⟧ (commit ⟦sha⟧)
[Pipeline] End of Pipeline
""")

T("ci-log", "en", r"""
#12 [build 5/7] RUN ./gradlew test
#12 14.21 PaymentGatewayTest > rejectsInvalidLuhn() PASSED
#12 14.22 PaymentGatewayTest > rejectsExpiredToken() PASSED
#12 14.25 IbanValidatorTest > rejectsBadChecksum(⟦bad_iban⟧) PASSED
#12 DONE 15.8s
""")

T("ci-log", "en", r"""
Run ./scripts/smoke.sh
+ export LIRAPAY_CLIENT_SECRET=⟦csec⟧
+ curl -sf -u ⟦client_id⟧:$LIRAPAY_CLIENT_SECRET https://auth.lirapay.it/oauth/token -d grant_type=client_credentials
{"access_token":"⟦tok⟧","token_type":"Bearer","expires_in":3600}
✓ smoke test passed
""")

T("ci-log", "it", r"""
$ terraform apply -auto-approve
aws_db_instance.pagamenti: Modifying... [id=pagamenti-⟦env⟧]
Error: modifying RDS DB Instance: InvalidParameterValue: The parameter MasterUserPassword is not a valid password because it is shorter than 8 characters.
# la password passata era "⟦pwshort⟧", lo so, troppo corta
""")

T("ci-log", "en", r"""
Run actions/setup-node@v4
Found in cache @ /opt/hostedtoolcache/node/20.11.1/x64
Run npm publish
npm notice Publishing to https://registry.npmjs.org/ with tag latest
npm notice //registry.npmjs.org/:_authToken=⟦npm⟧
npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@⟦slug⟧%2flirapay-helper
""")


# ===================================================================== CSV ==
T("csv", "it", r"""
id_cliente;ragione_sociale;iban;bic;importo;data
⟦n5⟧;⟦company⟧;⟦iban_plain⟧;⟦bic⟧;⟦n3⟧,00;⟦date⟧
⟦n5⟧;⟦company⟧;⟦iban_plain⟧;⟦bic⟧;⟦n4⟧,50;⟦date⟧
⟦n5⟧;⟦company⟧;⟦iban_plain⟧;⟦bic⟧;⟦n2⟧,90;⟦date⟧
""")

T("csv", "en", r"""
order_id,customer,card_number,exp,cvv,amount
⟦order⟧,⟦name_en⟧,⟦card_plain⟧,⟦exp⟧,⟦cvv⟧,⟦n2⟧.99
⟦order⟧,⟦name_en⟧,⟦card_plain⟧,⟦exp⟧,⟦cvv⟧,⟦n3⟧.00
""")

T("csv", "en", r"""
"environment","client_id","client_secret","created"
"sandbox","⟦client_id⟧","⟦csec⟧","⟦iso_date⟧"
"production","⟦client_id⟧","⟦csec⟧","⟦iso_date⟧"
""")

T("csv", "it", r"""
nome,cognome,email,telefono,iban,note
⟦first⟧,⟦last⟧,⟦email⟧,⟦phone⟧,"⟦iban⟧",rimborso parziale
⟦first⟧,⟦last⟧,⟦email⟧,⟦phone⟧,"⟦iban⟧",
""")

T("csv", "it", r"""
utente;ruolo;password_iniziale;scadenza
⟦email⟧;admin;⟦pw⟧;⟦date⟧
⟦email⟧;operatore;⟦pw⟧;⟦date⟧
""")

# csv clean
T("csv", "it", r"""
data;id_pagamento;importo;stato;carta;esito_3ds
⟦date⟧;⟦payid⟧;⟦n2⟧,90;ACCREDITATO;⟦masked_card⟧;Y
⟦date⟧;⟦payid⟧;⟦n3⟧,00;RIFIUTATO;⟦masked_card⟧;N
⟦date⟧;⟦payid⟧;⟦n2⟧,50;ACCREDITATO;⟦masked_card⟧;A
⟦date⟧;⟦payid⟧;⟦n4⟧,00;STORNATO;⟦masked_card⟧;Y
""")

T("csv", "en", r"""
request_id,timestamp,method,path,status,latency_ms
⟦uuid⟧,⟦ts⟧,POST,/v2/payments,201,⟦n3⟧
⟦uuid⟧,⟦ts⟧,GET,/v2/payments/⟦payid⟧,200,⟦n2⟧
⟦uuid⟧,⟦ts⟧,POST,/oauth/token,401,⟦n2⟧
⟦uuid⟧,⟦ts⟧,POST,/v2/refunds,409,⟦n3⟧
""")

T("csv", "en", r"""
invoice,date,net,vat,total,po_number
⟦invoice⟧,⟦iso_date⟧,⟦n3⟧.00,⟦n2⟧.00,⟦n3⟧.00,⟦order⟧
⟦invoice⟧,⟦iso_date⟧,⟦n4⟧.00,⟦n3⟧.00,⟦n4⟧.00,⟦order⟧
""")

T("csv", "it", r"""
riferimento;beneficiario;iban_mascherato;bic;importo;stato
⟦order⟧;⟦company⟧;⟦masked_iban⟧;⟦bic⟧;⟦n3⟧,00;ESEGUITO
⟦order⟧;⟦company⟧;⟦masked_iban⟧;⟦bic⟧;⟦n4⟧,10;SCARTATO
""")

T("csv", "en", r"""
card_ref,bin,last4,brand,exp,fingerprint
card_⟦n6⟧,⟦bin6⟧,⟦last4⟧,visa,⟦exp⟧,⟦md5⟧
card_⟦n6⟧,⟦bin6⟧,⟦last4⟧,mastercard,⟦exp⟧,⟦md5⟧
card_⟦n6⟧,⟦bin6⟧,⟦last4⟧,amex,⟦exp⟧,⟦md5⟧
""")

T("csv", "it", r"""
codice_pratica;data;importo;telefono_cliente
⟦bad_card_plain⟧;⟦date⟧;⟦n3⟧,00;⟦phone⟧
⟦bad_card_plain⟧;⟦date⟧;⟦n2⟧,40;⟦phone⟧
⟦bad_card_plain⟧;⟦date⟧;⟦n4⟧,00;⟦phone⟧
""")

# ===================================================================== TSV ==
T("tsv", "en", r"""
beneficiary⟦TAB⟧sort_code⟦TAB⟧account⟦TAB⟧amount
⟦name_en⟧⟦TAB⟧⟦sortcode⟧⟦TAB⟧⟦uk_acct⟧⟦TAB⟧⟦n3⟧.00
⟦name_en⟧⟦TAB⟧⟦sortcode⟧⟦TAB⟧⟦uk_acct⟧⟦TAB⟧⟦n2⟧.50
""")

T("tsv", "it", r"""
pratica⟦TAB⟧intestatario⟦TAB⟧coordinate
⟦n5⟧⟦TAB⟧⟦name⟧⟦TAB⟧⟦bban_it⟧
⟦n5⟧⟦TAB⟧⟦name⟧⟦TAB⟧⟦bban_it⟧
""")

T("tsv", "en", r"""
trace_id⟦TAB⟧span_id⟦TAB⟧service⟦TAB⟧duration_ms⟦TAB⟧status
⟦trace⟧⟦TAB⟧⟦span⟧⟦TAB⟧gateway⟦TAB⟧⟦n2⟧⟦TAB⟧OK
⟦trace⟧⟦TAB⟧⟦span⟧⟦TAB⟧token-service⟦TAB⟧⟦n3⟧⟦TAB⟧ERROR
⟦trace⟧⟦TAB⟧⟦span⟧⟦TAB⟧bank-connector⟦TAB⟧⟦n4⟧⟦TAB⟧TIMEOUT
""")

T("tsv", "it", r"""
ABI⟦TAB⟧CAB⟦TAB⟧Banca⟦TAB⟧Comune
⟦abi⟧⟦TAB⟧⟦cab⟧⟦TAB⟧Filiale⟦TAB⟧⟦city⟧
⟦abi⟧⟦TAB⟧⟦cab⟧⟦TAB⟧Agenzia ⟦n1⟧⟦TAB⟧⟦city⟧
⟦abi⟧⟦TAB⟧⟦cab⟧⟦TAB⟧Sede⟦TAB⟧⟦city⟧
""")

# ============================================================= SPREADSHEET ==
T("spreadsheet", "it", r"""
	A	B	C	D
1	Fornitore	IBAN	Importo	Scadenza
2	⟦company⟧	⟦iban⟧	⟦amt⟧	⟦date⟧
3	⟦company⟧	⟦iban⟧	⟦amt⟧	⟦date⟧
4			Totale	
""")

T("spreadsheet", "en", r"""
Merchant	Env	API key	Owner
⟦company⟧	prod	⟦apikey⟧	⟦email_en⟧
⟦company⟧	sandbox	⟦apikey⟧	⟦email_en⟧
""")

T("spreadsheet", "it", r"""
Cliente	Carta	Scad.	CVV	Note
⟦name⟧	⟦card⟧	⟦exp⟧	⟦cvv⟧	richiamare
⟦name⟧	⟦card⟧	⟦exp⟧	⟦cvv4⟧	amex
""")

T("spreadsheet", "it", r"""
	A	B	C	D	E
1	Data	Ordine	Importo	Stato	Carta
2	⟦date⟧	⟦order⟧	⟦amt⟧	OK	⟦masked_card⟧
3	⟦date⟧	⟦order⟧	⟦amt⟧	KO	⟦masked_card⟧
4	⟦date⟧	⟦order⟧	⟦amt⟧	OK	⟦masked_card⟧
5		Totale	#RIF!		
""")

T("spreadsheet", "en", r"""
Client	Client ID	Secret location	Rotated	Owner
⟦company⟧	⟦client_id⟧	⟦vault⟧	⟦iso_date⟧	⟦email_en⟧
⟦company⟧	⟦client_uuid⟧	⟦arn⟧	⟦iso_date⟧	⟦email_en⟧
⟦company⟧	⟦client_id⟧	⟦akv⟧	⟦iso_date⟧	⟦email_en⟧
""")

# ============================================================= JSON-EXPORT ==
T("json-export", "en", r"""
[
  {"id": "⟦uuid⟧", "name": "⟦company⟧", "iban": "⟦iban_plain⟧", "created": "⟦ts⟧"},
  {"id": "⟦uuid⟧", "name": "⟦company⟧", "iban": "⟦iban_plain⟧", "created": "⟦ts⟧"}
]
""")

T("json-export", "it", r"""
{"esportazione":"utenti","data":"⟦iso_date⟧","righe":[
 {"email":"⟦email⟧","ruolo":"admin","pin_dispositivo":"⟦pin5⟧"},
 {"email":"⟦email⟧","ruolo":"cassa","pin_dispositivo":"⟦pin5⟧"}
]}
""")

T("json-export", "en", r"""
{"tokens":[{"client":"⟦client_id⟧","access_token":"⟦tok⟧","refresh_token":"⟦rtok⟧","expires_at":"⟦ts⟧"}]}
""")

T("json-export", "en", r"""
[
  {"payment_id": "⟦payid⟧", "amount": ⟦n4⟧, "currency": "EUR", "card": {"brand": "visa", "last4": "⟦last4⟧", "exp": "⟦exp⟧"}, "trace_id": "⟦trace⟧"},
  {"payment_id": "⟦payid⟧", "amount": ⟦n3⟧, "currency": "EUR", "card": {"brand": "mastercard", "last4": "⟦last4⟧", "exp": "⟦exp⟧"}, "trace_id": "⟦trace⟧"}
]
""")

T("json-export", "it", r"""
{"consensi":[
  {"id":"⟦uuid⟧","banca":"⟦bic⟧","stato":"valid","scadenza":"⟦iso_date⟧","conti":["⟦masked_iban⟧"]},
  {"id":"⟦uuid⟧","banca":"⟦bic⟧","stato":"expired","scadenza":"⟦iso_date⟧","conti":["⟦masked_iban⟧"]}
]}
""")

T("json-export", "en", r"""
{"webhooks":[
  {"id":"wh_⟦n6⟧","url":"https://hooks.⟦slug⟧.com/lirapay","secret":"⟦masked⟧","events":["payment.*"],"created":"⟦ts⟧"},
  {"id":"wh_⟦n6⟧","url":"https://api.⟦slug⟧.io/webhooks","secret":"⟦masked⟧","events":["payout.failed"],"created":"⟦ts⟧"}
]}
""")

# ================================================================ MARKDOWN ==
T("markdown", "en", r"""
| Scenario | Card number | CVC | Expected |
|---|---|---|---|
| Success | ⟦card_sp⟧ | any | authorised |
| 3DS challenge | ⟦card_sp⟧ | any | challenge |
| Declined | ⟦card_sp⟧ | any | do_not_honor |
""")

T("markdown", "it", r"""
## Credenziali ambienti (NON condividere)

| Ambiente | Client ID | Client Secret |
|----------|-----------|---------------|
| collaudo | `⟦client_id⟧` | `⟦csec⟧` |
| produzione | `⟦client_id⟧` | `⟦csec⟧` |
""")

T("markdown", "it", r"""
### Conti per i test dei bonifici

| Intestatario | IBAN | Note |
| --- | --- | --- |
| ⟦company⟧ | ⟦iban⟧ | conto principale |
| ⟦name⟧ | ⟦iban⟧ | conto personale titolare |
""")

T("markdown", "en", r"""
| Env | Client ID | Client secret |
|-----|-----------|---------------|
| sandbox | `⟦client_id⟧` | stored in 1Password ("Lirapay sandbox") |
| prod | `⟦client_id⟧` | `${LIRAPAY_CLIENT_SECRET}` (Vault: `⟦vault⟧`) |
""")

T("markdown", "it", r"""
| Codice errore | Significato | Azione |
|---|---|---|
| `invalid_token` | token scaduto o revocato | richiedere un nuovo token |
| `invalid_client` | client id o secret errati | verificare le credenziali in console |
| `PIN_BLOCKED` | PIN bloccato dopo 3 tentativi | sblocco da app banca |
| `OTP_EXPIRED` | codice OTP scaduto (300 s) | richiedere un nuovo codice |
""")

T("markdown", "en", r"""
| Release | Commit | Date | Notes |
|---|---|---|---|
| ⟦ver⟧ | `⟦sha7⟧` | ⟦iso_date⟧ | retry on token endpoint |
| ⟦ver⟧ | `⟦sha7⟧` | ⟦iso_date⟧ | masked PAN in logs |
| ⟦ver⟧ | `⟦sha⟧` | ⟦iso_date⟧ | IBAN checksum validation |
""")

T("markdown", "it", r"""
| Test | Numero | Risultato atteso |
|---|---|---|
| Carta non valida (Luhn) | ⟦bad_card⟧ | `invalid_card_number` |
| Carta mascherata | ⟦masked_card⟧ | non accettata |
| IBAN errato | ⟦bad_iban⟧ | `invalid_iban` |
""")

# ============================================================== ASCII-TABLE ==
T("ascii-table", "en", r"""
+--------------+------------------------------------+----------+
| env          | api_key                            | owner    |
+--------------+------------------------------------+----------+
| sandbox      | ⟦apikey⟧ | ⟦first_en⟧ |
| production   | ⟦apikey⟧ | ⟦first_en⟧ |
+--------------+------------------------------------+----------+
""")

T("ascii-table", "it", r"""
+------------+---------------------------+-------+
| cliente    | carta                     | cvv   |
+------------+---------------------------+-------+
| ⟦last⟧ | ⟦card⟧ | ⟦cvv⟧ |
+------------+---------------------------+-------+
""")

T("ascii-table", "en", r"""
+--------------------------------------+----------+---------+
| payment_id                           | status   | amount  |
+--------------------------------------+----------+---------+
| ⟦uuid⟧ | SETTLED  | ⟦n3⟧.00  |
| ⟦uuid⟧ | PENDING  | ⟦n2⟧.50   |
| ⟦uuid⟧ | FAILED   | ⟦n4⟧.00 |
+--------------------------------------+----------+---------+
3 rows in set (0.01 sec)
""")

T("ascii-table", "it", r"""
+---------+-------+-------+----------------------+
| banca   | abi   | cab   | bic                  |
+---------+-------+-------+----------------------+
| ⟦city⟧ | ⟦abi⟧ | ⟦cab⟧ | ⟦bic⟧ |
| ⟦city⟧ | ⟦abi⟧ | ⟦cab⟧ | ⟦bic⟧ |
+---------+-------+-------+----------------------+
""")

# ============================================================= FIXED-WIDTH ==
T("fixed-width", "it", r"""
DATA       DESCRIZIONE                          DARE        AVERE
⟦date⟧  BONIFICO DA ⟦company⟧                       ⟦n3⟧,00
⟦date⟧  PAGAMENTO POS CARTA ⟦masked_card⟧    ⟦n2⟧,40
⟦date⟧  COMMISSIONI LIRAPAY FT ⟦invoice⟧       ⟦n1⟧,90
⟦date⟧  SDD ADDEBITO MNDT-⟦n6⟧               ⟦n2⟧,00
""")

T("fixed-width", "en", r"""
REC TYPE  BENEFICIARY               ACCOUNT                        AMOUNT
01        ⟦company⟧        ⟦iban_plain⟧    ⟦n4⟧.00
01        ⟦company⟧        ⟦iban_plain⟧    ⟦n3⟧.50
99        TOTAL                                                    ⟦n4⟧.50
""")

T("fixed-width", "it", r"""
TIPO ID PAGAMENTO                          IMPORTO   ESITO  TRACE
PAY  ⟦uuid⟧      ⟦n3⟧.00   OK     ⟦trace⟧
PAY  ⟦uuid⟧      ⟦n2⟧.90   KO     ⟦trace⟧
RFD  ⟦uuid⟧      ⟦n2⟧.00   OK     ⟦trace⟧
""")

T("fixed-width", "it", r"""
310⟦n5⟧ ⟦date⟧ CBI-BONIFICO       ⟦bban_it⟧ ⟦n4⟧,00 ⟦company⟧
310⟦n5⟧ ⟦date⟧ CBI-BONIFICO       ⟦bban_it⟧ ⟦n3⟧,50 ⟦company⟧
""")

# ================================================================ PDF-TEXT ==
T("pdf-text", "it", r"""
CONTRATTO DI CONVENZIONAMENTO - ALLEGATO B
Coordinate bancarie per l'accredito del transato

Ragione sociale: ⟦company⟧
Sede legale: Via Roma ⟦n2⟧, ⟦city⟧
IBAN: ⟦iban⟧
BIC/SWIFT: ⟦bic⟧
                                                      Pag. 3 di 7
Firma del legale rappresentante ______________________
""")

T("pdf-text", "it", r"""
MODULO DI MANDATO SEPA DIRECT DEBIT CORE
Riferimento del mandato: MNDT-⟦n6⟧
Con la sottoscrizione del presente mandato si autorizza ⟦company⟧ a richiedere
alla banca del debitore l'addebito del suo conto.
Nome del debitore: ⟦name⟧
Codice IBAN del debi-
tore: ⟦iban_wrap⟧
Luogo e data: ⟦city⟧, ⟦date⟧
""")

T("pdf-text", "en", r"""
PAYMENT INSTRUCTIONS
Please remit payment within 30 days to:
Account name ⟦company⟧
⟦uk_block⟧
IBAN ⟦iban_gb⟧
Quote invoice number ⟦invoice⟧ as reference.
                                         Page 2 of 2
""")

T("pdf-text", "en", r"""
RELEVÉ D'IDENTITÉ BANCAIRE
Titulaire du compte : ⟦company⟧
⟦fr_block⟧
IBAN ⟦iban_fr⟧
BIC ⟦bic⟧
""")

T("pdf-text", "en", r"""
Datos bancarios del proveedor / supplier bank details
Titular: ⟦company⟧
CCC: ⟦es_ccc⟧
IBAN: ⟦iban_es⟧
""")

T("pdf-text", "it", r"""
Lettera di benvenuto - credenziali di accesso

Gentile ⟦name⟧,
di seguito le credenziali provvisorie per l'area riservata:
Utente: ⟦email⟧
Password provvisoria: ⟦pw⟧
Al primo accesso le verrà chiesto di modificarla.
PIN dispositivo: ⟦pin5⟧
""")

T("pdf-text", "en", r"""
Kontoinformationen / account information
Kontoinhaber: ⟦company⟧
⟦de_block⟧
IBAN: ⟦iban_de⟧
""")

# pdf clean
T("pdf-text", "it", r"""
FATTURA N. ⟦invoice⟧                                   Data ⟦date⟧
Spett.le ⟦company⟧ - P.IVA IT0⟦n5⟧⟦n5⟧
Descrizione                          Q.tà    Prezzo      Totale
Canone piattaforma pagamenti           1     ⟦n2⟧,00      ⟦n2⟧,00
Commissioni transato                   1    ⟦n3⟧,40     ⟦n3⟧,40
                                          Imponibile  ⟦amt⟧
                                          IVA 22%     ⟦amt⟧
Pagamento: bonifico bancario, BIC ⟦bic⟧. Le coordinate complete sono
riportate nel portale clienti.
""")

T("pdf-text", "en", r"""
SETTLEMENT REPORT                          Period: ⟦iso_date⟧ - ⟦iso_date⟧
Merchant: ⟦company⟧ (⟦merchant_id⟧)
Gross volume ............................ ⟦amt_en⟧
Fees .................................... ⟦amt_en⟧
Net settled ............................. ⟦amt_en⟧
Settlement account ...................... ⟦masked_iban⟧
Report id ⟦uuid⟧                            Page 1 of 1
""")

T("pdf-text", "it", r"""
Guida all'integrazione - capitolo 4: autenticazione
Il client secret viene mostrato una sola volta al momento della creazione
del client e non è recuperabile. Conservatelo in un gestore di segreti
(es. Vault, AWS Secrets Manager) e non inviatelo mai via email o ticket.
Il token di accesso ha una durata di 3600 secondi; il refresh token
di 90 giorni. Il PIN e i codici OTP non transitano mai sui nostri sistemi.
""")

T("pdf-text", "en", r"""
PCI DSS Attestation of Compliance - Section 2
Cardholder data is not stored after authorisation. Primary account
numbers are truncated to the first six and last four digits
(e.g. ⟦masked_card⟧) in all logs and reports. Sensitive
authentication data (CVV2, PIN blocks) is never retained.
Assessor: ⟦company⟧ QSA     Date: ⟦date_en⟧
""")

T("pdf-text", "it", r"""
Estratto conto n. ⟦n2⟧/⟦n4⟧
Intestato a: ⟦company⟧                 Filiale di ⟦city⟧
ABI ⟦abi⟧  CAB ⟦cab⟧                  BIC ⟦bic⟧
Saldo iniziale al ⟦date⟧:   ⟦amt⟧
Saldo finale al ⟦date⟧:     ⟦amt⟧
Per informazioni chiamare il ⟦phone⟧
""")

T("pdf-text", "en", r"""
CERTIFICATE DETAILS (QWAC)
Subject: CN=api.⟦slug⟧.com, O=⟦company⟧, C=IT
Serial: ⟦md5⟧
SHA-256 fingerprint: ⟦fpr⟧
Valid from ⟦date_en⟧ to ⟦date_en⟧
⟦cert⟧
""")

T("pdf-text", "it", r"""
Ricevuta di pagamento
Esercente: ⟦company⟧ - ⟦city⟧
Terminale ⟦terminal_id⟧   Op. ⟦n6⟧
Carta ⟦masked_card⟧   Contactless
Importo ⟦amt⟧
Cod. autorizzazione ⟦n6⟧     Data ⟦date⟧ ⟦hm⟧
PIN NON RICHIESTO
""")


# ============================================ more frames: private keys ===
T("email", "en", r"""
Hi,
for the private_key_jwt client authentication we generated this key pair. Public part is already uploaded to the console (kid ⟦kid⟧). The private key, in case you need to verify the assertion on your side:

⟦privkey⟧

The assertion fails with "invalid_client: signature mismatch".
⟦bye_en⟧
""")

T("chat", "it", r"""
⟦first⟧: ok ti mando la chiave che usiamo per firmare le richieste
⟦first⟧: ⟦privkey_ec⟧
Supporto: ⟦first⟧ questa è la chiave privata, non deve mai uscire dal vostro server. Generatene una nuova e caricate solo la pubblica.
""")

T("terraform", "en", r"""
resource "tls_locally_signed_cert" "qwac" {
  cert_request_pem   = file("qwac.csr")
  ca_private_key_pem = <<EOT
⟦privkey_rsa⟧
EOT
  ca_cert_pem        = file("ca.pem")
  validity_period_hours = 8760
}
""")

T("json", "en", r"""
{"kid":"⟦kid⟧","alg":"ES256","private_key_pem":"⟦privkey_json⟧","created":"⟦ts⟧"}
""")

T("yaml", "it", r"""
# secret per il firmatario delle richieste (ambiente collaudo)
firma:
  kid: ⟦kid⟧
  algoritmo: PS256
  chiave_privata: "⟦privkey_json⟧"
""")

T("shell", "it", r"""
$ cat certs/client.key
⟦privkey⟧
$ curl --cert certs/client.crt --key certs/client.key https://⟦api⟧/v2/accounts
curl: (56) OpenSSL SSL_read: error:0A000412:SSL routines::sslv3 alert bad certificate, errno 0
""")

T("thread", "en", r"""
Forwarding what our contractor sent - is this the format you expect for the mTLS upload?

> Here are the files:
> ⟦privkey_ec⟧
> and the certificate is attached separately.
""")

# private-key look-alikes (public material only)
T("email", "it", r"""
⟦hi⟧,
come richiesto vi incollo la chiave PUBBLICA da associare al client ⟦client_id⟧ (la privata resta da noi):

⟦pubkey⟧

kid: ⟦kid⟧
⟦bye⟧
""")

T("shell", "en", r"""
$ cat ~/.ssh/id_ed25519.pub
⟦ssh_pub⟧
# this is the key we'd like whitelisted on the SFTP for settlement files
""")

T("pdf-text", "it", r"""
Richiesta di certificato (CSR) generata per api.⟦slug⟧.it
⟦csr⟧
Impronta SHA-256: ⟦fpr⟧
""")

T("email", "en", r"""
⟦hi_en⟧,
the intermediate certificate in your chain seems expired. This is what your server presents:

⟦cert⟧

Our client rejects it with "certificate has expired". Request id ⟦uuid⟧.
""")

# ============================================ more frames: refresh tokens ===
T("email", "it", r"""
Buongiorno, il refresh token scade prima dei 90 giorni dichiarati. Questo è quello che abbiamo salvato il ⟦date⟧ e che oggi viene rifiutato:
⟦rtok⟧
Client ⟦client_id⟧, consenso ⟦uuid⟧.
""")

T("log", "it", r"""
⟦ts_log⟧ DEBUG TokenStore - salvato token per consenso ⟦uuid⟧: refresh=⟦rtok⟧ scadenza=⟦iso_date⟧
⟦ts_log⟧ INFO  TokenStore - rinnovo pianificato tra 55 minuti
""")

T("python", "it", r"""
# token salvati nel db, li ho copiati qui per il test
tokens = {
    "access_token": "⟦jwt⟧",
    "refresh_token": "⟦rtok⟧",
}
nuovo = client.oauth.refresh(tokens["refresh_token"])  # -> invalid_grant
""")

T("shell", "en", r"""
curl -s https://auth.lirapay.it/oauth/token \
  -d grant_type=refresh_token \
  -d refresh_token=⟦rtok⟧ \
  -d client_id=⟦client_id⟧
{"error":"invalid_grant","error_description":"refresh token reused","request_id":"⟦uuid⟧"}
""")

T("chat", "en", r"""
⟦first_en⟧: our refresh token is ⟦rtok⟧ and it says "refresh token reused"
⟦first_en⟧: we only have one instance calling refresh, I swear
Agent: Refresh tokens rotate on every use - if two requests race, the second one fails. Please don't paste tokens here though.
""")

T("csv", "en", r"""
consent_id,psu,refresh_token,expires_at
⟦uuid⟧,⟦n6⟧,⟦rtok⟧,⟦iso_date⟧
⟦uuid⟧,⟦n6⟧,⟦rtok⟧,⟦iso_date⟧
""")

# refresh-token look-alikes
T("email", "en", r"""
Hello,
your docs say refresh tokens are rotated on use and expire after 90 days of inactivity. Does "inactivity" mean no API calls with the access token, or no refresh? We see refresh failing with invalid_grant after ~60 days for consent ⟦uuid⟧.
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  TokenRefresher - refresh succeeded for consent ⟦uuid⟧ (rotation=true, refresh_token=<redacted>)
⟦ts_log⟧ INFO  TokenRefresher - next refresh at ⟦ts⟧
⟦ts_log⟧ WARN  TokenRefresher - refresh failed for consent ⟦uuid⟧: invalid_grant (refresh token expired)
""")

# ============================================ more frames: PINs / OTP ===
T("email", "it", r"""
⟦hi⟧,
l'utente ⟦name⟧ non riesce ad autorizzare il bonifico: inserisce il codice dispositivo ⟦pin⟧ e l'app risponde "codice errato". Il codice funziona sull'home banking. Id pagamento ⟦payid⟧.
""")

T("sms", "it", r"""
Lirapay: il tuo codice di verifica è ⟦otp⟧. Non condividerlo con nessuno. (inoltrato dal cliente, dice che non funziona)
""")

T("email", "en", r"""
Hi, the cardholder gave us the card PIN (⟦pin4⟧) over the phone because the terminal kept failing. I know we shouldn't have it. How do we force a chip+PIN retry on terminal ⟦terminal_id⟧?
""")

T("chat", "it", r"""
⟦name⟧: codice sms ⟦otp⟧
⟦name⟧: scusate, era per la banca, ho sbagliato finestra
Operatore: Nessun problema, il codice è già scaduto. Non inviare mai codici in chat.
""")

T("json", "it", r"""
{
  "utente": "⟦email⟧",
  "dispositivo": "iPhone di ⟦first⟧",
  "pin_app": "⟦pin6⟧",
  "biometria": false
}
""")

T("log", "en", r"""
⟦ts_log⟧ DEBUG PinPadBridge - rx: {"cmd":"VERIFY_PIN","pin":"⟦pin4⟧","pan_token":"tok_⟦n6⟧"}
⟦ts_log⟧ WARN  PinPadBridge - PIN verification failed (tries left: 2)
""")

T("ticket-form", "it", r"""
Categoria: App mobile
Problema: il PIN dell'app non viene accettato
PIN impostato: ⟦pin5⟧
Modello telefono: Samsung A⟦n2⟧
Versione app: ⟦ver⟧
""")

T("email", "en", r"""
Dear support,
my 8-digit device code is ⟦pin8⟧ and the SCA page rejects it every time with "code not valid". Please help, my payroll run is blocked.
⟦name_en⟧
""")

# pin look-alikes
T("email", "it", r"""
Buongiorno,
dopo l'aggiornamento dell'app alla versione ⟦ver⟧ il PIN richiesto è passato da 5 a 6 cifre. È corretto? Molti clienti chiamano il nostro call center (⟦phone⟧) dicendo che il PIN "non funziona più".
""")

T("log", "it", r"""
⟦ts_log⟧ INFO  Sca - challenge ⟦uuid⟧ creata metodo=SMS_OTP lunghezza=6 ttl=300s
⟦ts_log⟧ WARN  Sca - challenge ⟦uuid⟧ otp errato, tentativi rimasti=2
⟦ts_log⟧ ERROR Sca - challenge ⟦uuid⟧ bloccata (PIN_BLOCKED) dopo 3 errori
""")

T("sms", "it", r"""
Lirapay: il codice per autorizzare il pagamento di ⟦amt⟧ a ⟦company⟧ ti è stato inviato. Non comunicarlo a nessuno, nemmeno all'assistenza.
""")

T("email", "en", r"""
Hi team, quick question about PSD2 SCA: when the PSU enters a wrong OTP three times, the consent ⟦uuid⟧ goes to REJECTED and cannot be reused. Is that expected, or should we get a new challenge id? Error code SCA_⟦n3⟧.
""")

# ======================================== more frames: vendor keys prose ===
T("email", "it", r"""
Salve,
per le email transazionali usiamo SendGrid e la chiave ⟦sendgrid⟧ è configurata nel vostro pannello "Notifiche". Da ieri le email di conferma pagamento non partono. Potete controllare i log?
""")

T("chat", "en", r"""
⟦first_en⟧: the stripe fallback uses ⟦stripe⟧
⟦first_en⟧: can lirapay route to it when your acquirer is down?
Agent: Please roll that Stripe key now - it's visible in this chat. And no, we don't route to third-party PSPs.
""")

T("email", "en", r"""
Hi, our SMS provider for OTP delivery is Twilio. API key SID ⟦twilio⟧. Messages to Italian numbers (⟦phone⟧) are delayed by minutes. Do you have a preferred SMS route?
""")

T("env", "it", r"""
# integrazione mappe per gli store locator
GOOGLE_MAPS_API_KEY=⟦gapi⟧
# bot telegram per gli alert dei pagamenti falliti
TELEGRAM_BOT_TOKEN=⟦telegram⟧
TELEGRAM_CHAT_ID=-100⟦n6⟧⟦n4⟧
""")

T("yaml", "en", r"""
shopify:
  shop: ⟦slug⟧.myshopify.com
  access_token: ⟦shopify⟧
lirapay:
  client_id: ⟦client_id⟧
  client_secret: ${LIRAPAY_CLIENT_SECRET}
""")

T("python", "en", r"""
openai.api_key = "⟦openai⟧"
# we use GPT to classify declined-payment reasons before opening a ticket with you
""")

T("log", "en", r"""
⟦ts_log⟧ ERROR square-sync - 401 from connect.squareup.com using token ⟦square⟧
⟦ts_log⟧ ERROR adyen-sync - 403 from checkout-test.adyen.com with X-API-Key ⟦adyen⟧
""")

T("env", "en", r"""
MAILCHIMP_API_KEY=⟦mailchimp⟧
LIRAPAY_ENV=live
""")

# vendor look-alikes
T("email", "en", r"""
Hello,
we store our Stripe and Lirapay keys in AWS Secrets Manager (⟦arn⟧) and inject them at boot. Since the migration the Lirapay client logs "api key missing" although the Stripe one works. Region eu-south-1, task ⟦taskid⟧.
""")

T("yaml", "en", r"""
- name: Configure AWS credentials
  uses: aws-actions/configure-aws-credentials@v4
  with:
    role-to-assume: arn:aws:iam::⟦n6⟧⟦n6⟧:role/lirapay-deployer
    aws-region: eu-south-1
- name: Slack notify
  uses: slackapi/slack-github-action@v1
  env:
    SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

# ======================================== more frames: bank accounts ===
T("email", "en", r"""
Hi, we're onboarding a UK merchant. They insist on being paid to ⟦uk_full⟧ (sort code then account). Do you support Faster Payments payouts or only SEPA? Merchant ⟦merchant_id⟧.
""")

T("chat", "it", r"""
⟦first⟧: il fornitore spagnolo mi ha dato questo: ⟦es_ccc⟧
⟦first⟧: è un iban?
Operatore: È il vecchio CCC spagnolo, l'IBAN si ottiene aggiungendo ES + cifre di controllo. Però non condividere qui le coordinate dei clienti.
""")

T("csv", "en", r"""
supplier;country;bank_details
⟦company⟧;DE;"⟦de_block⟧"
⟦company⟧;FR;"RIB ⟦fr_rib⟧"
⟦company⟧;ES;"CCC ⟦es_ccc⟧"
""")

T("email", "it", r"""
Buongiorno,
il cliente ci ha comunicato solo il BBAN ⟦bban_it⟧ perché dice che l'IBAN "non gli entra nel modulo". Il vostro endpoint /payouts lo accetta con country=IT?
⟦bye⟧
""")

T("pdf-text", "it", r"""
COORDINATE BANCARIE
Banca ⟦city⟧ Credito Cooperativo - Filiale di ⟦city⟧
Paese CIN EU  CIN  ABI    CAB    Numero conto
IT    ⟦n2⟧        ⟦it_block⟧
""".replace("⟦n2⟧        ⟦it_block⟧", "⟦iban_it⟧").replace("Paese CIN EU  CIN  ABI    CAB    Numero conto\nIT    ", "IBAN: "))

# bank look-alikes
T("email", "en", r"""
Hi, your bank lookup returns the wrong branch for sort code ⟦sortcode⟧ - it says "Barclays, London" but it's a Monzo code. We don't need any account numbers, just the right bank name for the payout preview screen.
""")

T("email", "it", r"""
Salve, nel report di riconciliazione la colonna "conto" riporta ⟦masked_iban⟧ per tutti i movimenti, anche quelli arrivati su conti diversi. È un bug del report? Esempio CRO ⟦cro⟧ del ⟦date⟧.
""")

T("chat", "en", r"""
⟦first_en⟧: does your API validate German BLZ? e.g. ⟦blz⟧
Agent: Yes, GET /banks?country=DE&code=⟦blz⟧ returns the bank name and BIC. No account number needed.
""")

# ============================================ mixed IT/EN & misc frames ===
T("email", "it", r"""
Hi/Ciao, scusate il mix di lingue, il nostro dev è in Portogallo.
He says the token endpoint returns 500 when we send client_secret via Basic auth AND in the body. Request id ⟦uuid⟧, ambiente sandbox.
Grazie/thanks
⟦name⟧
""")

T("email", "it", r"""
Ciao, il nostro dev (english only sorry) ha scritto:
"our api key ⟦apikey⟧ gets 401 only on /v2/payouts, every other endpoint works"
Io non ci capisco niente, potete aiutarlo? ⟦email⟧
""")

T("email", "en", r"""
Hello, sorry my english. We are italian company ⟦company⟧. The password for the user of test is ⟦pwword⟧ and the user is test@⟦slug⟧.it . When we do login the portal say "utente non abilitato". Thank you for help
""")

T("email", "en", r"""
HI
WE HAVE URGENT PROBLEM ALL PAYMENTS FAIL SINCE ⟦hm⟧
ERROR IS INVALID_CLIENT
CLIENT ID ⟦client_id⟧
PLEASE CALL ⟦phone⟧
""")

T("email", "it", r"""
BUONGIORNO
NON FUNZIONA PIU NIENTE DA STAMATTINA, I CLIENTI NON RIESCONO A PAGARE.
ERRORE: invalid_token
ID RICHIESTA ⟦uuid⟧
CHIAMATEMI SUBITO AL ⟦phone⟧
""")

T("email", "en", r"""
Hi,
attaching the HAR export of the failing checkout. Relevant entry:

"request": {
  "method": "POST",
  "url": "https://⟦api⟧/v2/payments",
  "headers": [
    {"name": "authorization", "value": "Bearer ⟦tok⟧"},
    {"name": "idempotency-key", "value": "⟦idem⟧"}
  ]
}
""")

T("email", "it", r"""
Buongiorno, la vostra app Android mostra in chiaro l'IBAN completo nella schermata riepilogo mentre la documentazione dice che deve essere mascherato (es. ⟦masked_iban⟧). Screenshot allegato, versione ⟦ver⟧, build ⟦build⟧.
""")

T("email", "en", r"""
Hey team,
base64 decoding the "data" field of the webhook gives garbage. Example value: ⟦b64h⟧ - is that supposed to be the payload itself or a pointer? Event ⟦uuid⟧.
""")

T("email", "it", r"""
Buonasera,
uso l'SDK Python ⟦ver⟧. Quando il token scade ricevo "TokenExpiredError: access token expired at ⟦ts⟧" invece del rinnovo automatico. Ho impostato auto_refresh=True come da README. Commit del nostro repo: ⟦sha⟧.
""")

T("email", "en", r"""
Hi, we were told to send "the key id" for the webhook signing key rotation. It's ⟦kid⟧, created ⟦date_en⟧. The secret itself stays in our HSM.
""")

T("email", "it", r"""
Gentili,
il nostro auditor chiede conferma che i numeri di carta non vengano mai salvati in chiaro. Nel vostro export vediamo solo BIN (⟦bin6⟧) e ultime 4 cifre (⟦last4⟧). Ci potete mandare una dichiarazione scritta?
""")

T("email", "en", r"""
Hi - test card ⟦bad_card⟧ from an old blog post is rejected by your sandbox as "incorrect_number". Which numbers are currently valid in sandbox? We only need the documented ones.
""")

T("note", "it", r"""
Nota interna ticket ⟦ticket⟧: il cliente ha incollato in chiaro la password del portale nel thread precedente, già oscurata dal sistema ([REDACTED]). Inviato link di reset. Nessun'altra azione.
""")

T("note", "en", r"""
Internal note (⟦ticket⟧): customer pasted a live API key in the previous message - rotated key ⟦kid⟧ at ⟦hm⟧, notified owner ⟦email_en⟧. Original value removed from the thread.
""")

T("note", "it", r"""
Nota: richiamato ⟦name⟧ al ⟦phone⟧ il ⟦date⟧ alle ⟦hm⟧. Il problema era l'IBAN con una cifra invertita (⟦bad_iban_it⟧). Corretto lato cliente, payout ⟦payid⟧ rilanciato.
""")

T("note", "en", r"""
Escalation to L2: token endpoint 5xx spike ⟦ts⟧, traces ⟦trace⟧ / ⟦trace⟧, affected clients ⟦client_id⟧ and ⟦client_id⟧. Root cause suspected in the JWKS cache. Jira ⟦jira⟧.
""")

T("note", "it", r"""
Nota interna: il cliente ha scritto la password nel ticket: "⟦pwany⟧". Forzato il reset e chiesto di non inviare credenziali.
""")

T("note", "en", r"""
Internal: merchant sent their full card ⟦card⟧ + CVV ⟦cvv⟧ in the ticket body. Purged from the mailbox, PCI incident ⟦jira⟧ opened.
""")


# ================================== odd separators, wrapped values, etc ===
T("email", "it", r"""
Buongiorno, il cliente ci ha dettato la carta al telefono e l'operatore l'ha scritta così: ⟦card_odd⟧ (scad ⟦exp⟧). Il pagamento MOTO ⟦payid⟧ viene rifiutato con "invalid_card_number", ma il numero è giusto. Forse il problema sono i separatori?
""")

T("chat", "en", r"""
⟦first_en⟧: card from the customer's email: ⟦card_odd⟧
⟦first_en⟧: cvc ⟦cvv⟧
⟦first_en⟧: do I strip the dots before sending to /v2/payments?
Agent: Yes, digits only - but please do not paste card data here. I'm deleting these messages.
""")

T("email", "en", r"""
Hi,
the customer's Amex is ⟦card_odd⟧, 4-digit CID ⟦cvv4⟧. The terminal keeps asking for 3 digits. Is Amex CID supported in your hosted fields?
""")

T("email", "it", r"""
Salve,
l'IBAN che il cliente ha inserito nel form è ⟦iban_odd⟧ e il vostro widget lo segna in rosso. Da noi lo copiamo tale e quale dal gestionale. Dobbiamo normalizzarlo noi (spazi, punti, minuscole)?
""")

T("email", "en", r"""
Hi, copying the IBAN exactly as it appears in the customer's PDF (it wraps in the original):

⟦iban_wrap⟧

Your API returns "IBAN format invalid". Payout ⟦payid⟧.
""")

T("email", "it", r"""
Buongiorno,
vi incollo il token come lo vedo nel log (il terminale lo ha spezzato su due righe):
⟦jwt_wrap⟧
Le chiamate a /v2/accounts tornano 401. Id richiesta ⟦uuid⟧.
""")

T("email", "en", r"""
Customer sent his card in two lines of an SMS screenshot, transcribed here:
⟦card_wrap⟧
exp ⟦exp⟧ cvv ⟦cvv⟧
Should we process this as a MOTO payment or ask him to use the payment link?
""")

T("log", "en", r"""
⟦ts_log⟧ DEBUG OAuthClient - token response: access_token=⟦tok_hex⟧ token_type=bearer expires_in=3600
⟦ts_log⟧ DEBUG OAuthClient - GET /v2/accounts -> 200 (trace ⟦trace⟧)
""")

T("email", "en", r"""
Hello,
your legacy endpoints take the API key in the X-Api-Key header. Ours is ⟦tok_uuid⟧ (it looks like a UUID, that's how the console generated it). The key works for GET but POST /v1/charges returns 403.
""")

T("env", "en", r"""
LIRAPAY_API_KEY=⟦tok_uuid⟧
LIRAPAY_MERCHANT_ID=⟦uuid⟧
LIRAPAY_IDEMPOTENCY_PREFIX=⟦slug⟧
""")

T("json", "it", r"""
{
  "client_id": "⟦client_uuid⟧",
  "client_secret": "⟦csec_uuid⟧",
  "tenant_id": "⟦uuid⟧",
  "redirect_uri": "https://⟦slug⟧.it/auth/callback"
}
""")

T("shell", "en", r"""
git clone https://⟦basic_pair_pw⟧@git.⟦slug⟧.com/payments/lirapay-connector.git
Cloning into 'lirapay-connector'...
fatal: unable to access 'https://git.⟦slug⟧.com/payments/lirapay-connector.git/': SSL certificate problem
""")

T("yaml", "en", r"""
# renovate.json5 / CI bot config
hostRules:
  - matchHost: github.com
    token: ⟦ghpat⟧
  - matchHost: npm.pkg.github.com
    token: ${GITHUB_TOKEN}
""")

T("python", "it", r"""
# bot che posta su slack gli esiti dei payout falliti
from slack_sdk import WebClient
slack = WebClient(token="⟦slack⟧")
slack.chat_postMessage(channel="#payout-falliti", text=f"Payout {p.id} fallito: {p.reason}")
""")

T("csv", "en", r"""
merchant,country,iban,currency
⟦company⟧,NL,⟦iban_eu⟧,EUR
⟦company⟧,BE,⟦iban_eu⟧,EUR
⟦company⟧,AT,⟦iban_eu⟧,EUR
""")

T("email", "en", r"""
Hi, supplier in Germany: Kontonummer ⟦de_kto⟧, BLZ ⟦blz⟧. Their accountant says the IBAN is "the same thing with DE in front" - can your payouts API build it for us?
""")

T("email", "it", r"""
Salve, per i test in sandbox stiamo usando la carta ⟦card_test⟧ con cvv ⟦cvv⟧ come da vostra documentazione, ma dal ⟦date⟧ riceviamo "card_declined". È cambiato qualcosa?
""")

T("email", "it", r"""
Gentili,
per il riaccredito usate pure il numero di conto ⟦conto_it⟧ presso la nostra banca (ABI ⟦abi⟧, CAB ⟦cab⟧). L'IBAN non lo ricordo a memoria.
⟦bye⟧
""")

T("chat", "en", r"""
⟦first_en⟧: UK payee details: ⟦uk_full⟧
⟦first_en⟧: sort code first then account
Agent: Thanks - for future requests please use the secure upload form rather than chat.
""")

T("email", "en", r"""
Hello,
the PSU typed the SMS code "⟦otp_sp⟧" with a space, as shown in the SMS, and your SCA page says "invalid format". Shouldn't you strip spaces?
""")

T("email", "it", r"""
Buongiorno, per entrare nel portale di test uso utente admin e la pw è ⟦pwsym⟧ (inizia proprio con quel simbolo). Il login fallisce solo da Firefox. Potrebbe essere un problema di encoding del carattere iniziale?
""")

T("email", "en", r"""
Hi team - our German colleague wrote the credentials in the handover doc as "Benutzer: api-⟦slug⟧, Passwort: ⟦pw⟧". The login to the merchant portal fails with "user locked". Can you unlock?
""")

T("email", "en", r"""
Bonjour / hello, the French office created the portal account: identifiant ⟦email⟧, mot de passe : ⟦pw⟧. Is it possible to have the portal in French?
""")

T("chat", "en", r"""
⟦first_en⟧: sorry spanish keyboard - usuario: soporte@⟦slug⟧.es contraseña: ⟦pw⟧
⟦first_en⟧: portal says "invalid credentials"
Agent: I'll trigger a reset; please change that password since it's been shared here.
""")

T("email", "it", r"""
Salve, il segreto del client (quello che ci avete mandato il ⟦date⟧) è ⟦csec⟧ e non viene accettato: "invalid_client". Il client id è ⟦client_id⟧, ambiente produzione.
""")

T("email", "it", r"""
Buongiorno, la parola d'ordine dell'utenza di servizio è ⟦pwp⟧, ve la scrivo perché il vostro collega al telefono me l'ha chiesta per verificare. Ticket ⟦ticket⟧.
""")

T("email", "it", r"""
Ciao, psw del db di test: ⟦pw⟧ - serve al vostro tecnico per il debug del connettore di riconciliazione. Host ⟦ip⟧, porta ⟦port⟧.
""")

T("chat", "it", r"""
⟦first⟧: pwd: ⟦pwrand⟧
⟦first⟧: user: admin
⟦first⟧: ora funziona?
Operatore: Non serve la password, ⟦first⟧: la reimposto io dal back-office. Per favore cambiala appena possibile.
""")

T("email", "en", r"""
Hi, our 8-digit transaction PIN for bulk payouts is ⟦pin8⟧ and the bulk upload page rejects it after the first batch. Is there a per-session limit?
""")

T("markdown", "it", r"""
## Ambiente di test

- URL: https://sandbox.lirapay.it
- Utente: `tester@⟦slug⟧.it`
- Password: `⟦pw⟧`
- Codice OTP fisso in sandbox? no, arriva via SMS al ⟦phone⟧
- Carta di test: `⟦card_sp⟧` cvv `⟦cvv⟧`
""")

T("yaml", "it", r"""
# ansible vars (lo so, andrebbe in vault)
lirapay_client_id: ⟦client_id⟧
lirapay_client_secret: "⟦csec⟧"
mysql_root_password: "⟦pwp⟧"
""")

T("json", "en", r"""
{"auths":{"ghcr.io":{"auth":"⟦basic⟧"}}}
""")

T("email", "it", r"""
Buongiorno, vi copio da Excel la riga del fornitore, scusate la formattazione:
⟦company⟧⟦TAB⟧⟦iban⟧⟦TAB⟧⟦amt⟧⟦TAB⟧⟦date⟧
Il bonifico risulta "in lavorazione" da 5 giorni.
""")

T("http", "en", r"""
GET /v1/legacy/balance?api_key=⟦apikey⟧&currency=EUR HTTP/1.1
Host: ⟦api⟧
User-Agent: curl/8.4.0

HTTP/1.1 301 Moved Permanently
Location: https://⟦api⟧/v2/balances
""")

T("log", "it", r"""
⟦ts_log⟧ INFO  Gateway - GET /checkout/return?esito=OK&pan=⟦card_plain⟧&scad=⟦exp⟧&importo=⟦n2⟧00
⟦ts_log⟧ WARN  Gateway - parametro pan presente nella URL di ritorno (configurazione legacy)
""")

# ================================================ extra hard look-alikes ===
T("env", "en", r"""
# .env.template
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
LIRAPAY_API_KEY=lp_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
LIRAPAY_CLIENT_SECRET=⟦ph_sec⟧
DATABASE_URL=postgres://app:⟦ph_pw⟧@localhost:5432/app
""")

T("json", "en", r"""
{
  "info": {"name": "Lirapay API v2", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
  "variable": [
    {"key": "baseUrl", "value": "https://sandbox.lirapay.it"},
    {"key": "clientId", "value": "⟦client_id⟧"},
    {"key": "clientSecret", "value": ""}
  ]
}
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  DataSource - connecting to postgres://app_user:****@⟦ip⟧:5432/payments (pool=10)
⟦ts_log⟧ ERROR DataSource - FATAL: password authentication failed for user "app_user"
⟦ts_log⟧ INFO  DataSource - retrying in 5s (attempt 2/5)
""")

T("csharp", "en", r"""
"ConnectionStrings": {
  "Payments": "Server=⟦ip⟧;Database=Payments;User Id=app;Password=***;Encrypt=True"
}
// real password is injected from Key Vault at startup (⟦akv⟧)
""")

T("email", "it", r"""
Salve,
nella vostra documentazione l'esempio di chiamata usa "Authorization: Bearer ⟦ph_tok⟧". Da dove lo prendo questo token? Ho solo client id (⟦client_id⟧) e il secret salvato nel nostro vault.
""")

T("shell", "en", r"""
$ curl https://⟦api⟧/v2/payments -H "Authorization: Bearer ⟦ph_tok⟧"
{"error":"invalid_token","error_description":"malformed token","request_id":"⟦UUID⟧"}
# I copied the example from the docs literally, my bad. What should go there?
""")

T("email", "en", r"""
Hi,
we get the nonce mismatch error on the OIDC callback. Our request used state=⟦state⟧ and nonce=⟦nonce⟧, and the id_token comes back with a different nonce. Request id ⟦reqid⟧.
""")

T("log", "en", r"""
⟦ts_log⟧ INFO  Outbox - event ⟦ulid⟧ published topic=payments.settled partition=⟦n1⟧ offset=⟦n6⟧
⟦ts_log⟧ INFO  Outbox - event ⟦ulid⟧ published topic=payments.failed partition=⟦n1⟧ offset=⟦n6⟧
⟦ts_log⟧ WARN  Outbox - event ⟦ulid⟧ retry 1/5 status=⟦status⟧
""")

T("email", "it", r"""
Buongiorno,
l'importo accreditato è ⟦n1⟧⟦NBSP⟧⟦n3⟧,⟦n2⟧ € anziché quello atteso. Il movimento ha CRO ⟦cro⟧ e data valuta ⟦date⟧. Riferimento interno ⟦order⟧, telefono amministrazione ⟦phone⟧.
""")

T("email", "en", r"""
Hi, quick sanity check before go-live: we never log the PAN, only a SHA-256 of it for deduplication (e.g. ⟦sha256⟧) plus the last four digits. Is that acceptable under your integration guidelines?
""")

T("yaml", "it", r"""
# mappa errori -> messaggi per l'utente finale
errori:
  invalid_token: "Sessione scaduta, effettua di nuovo l'accesso"
  password_expired: "La password è scaduta, impostane una nuova"
  pin_blocked: "PIN bloccato: sbloccalo dall'app della tua banca"
  otp_invalid: "Codice OTP non valido, riprova"
  card_number_invalid: "Numero di carta non valido"
""")

T("python", "en", r"""
PLACEHOLDER_PATTERNS = [
    r"<your-[a-z-]+>",
    r"\$\{[A-Z_]+\}",
    r"\{\{\s*\w+\s*\}\}",
    r"x{6,}",
]
# we strip these before sending config to your validation endpoint, request ⟦reqid⟧
""")

T("ci-log", "en", r"""
Run gitleaks/gitleaks-action@v2
    ○
    │╲
    │ ○
    ○ ░
    ░    gitleaks
INF 1 commits scanned.
INF scan completed in 212ms
INF no leaks found
Commit: ⟦sha⟧
""")

T("json", "it", r"""
{
  "esito": "KO",
  "codice": "PASSWORD_EXPIRED",
  "messaggio": "La password dell'utente è scaduta il ⟦date⟧. Reimpostarla dal portale.",
  "id_richiesta": "⟦uuid⟧",
  "tentativi_rimasti": 2
}
""")

T("email", "en", r"""
Hello,
our QA found that the card field accepts ⟦bad_card⟧ (fails the Luhn check) without any client-side error, and the error only comes back from the API. Could the hosted field validate Luhn before submit? Version ⟦ver⟧.
""")

T("email", "it", r"""
Ciao, vi segnalo che nella pagina di pagamento il campo IBAN accetta "⟦bad_iban⟧" senza errori, poi il bonifico viene scartato dalla banca. Possiamo avere la validazione del checksum lato widget?
""")

T("chat", "en", r"""
⟦first_en⟧: what's the format of the api key? want to add a secret-scanning rule
Agent: Live keys start with lp_live_ followed by 32 alphanumeric chars, test keys with lp_test_. Example: lp_live_<32 chars>.
⟦first_en⟧: perfect thx
""")

T("http", "en", r"""
HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: ⟦uuid⟧

{"object":"list","data":[{"id":"key_⟦n6⟧","name":"backend prod","prefix":"lp_live_","last4":"⟦last4⟧","created":"⟦ts⟧","revoked":false}]}
""")

T("python", "it", r"""
# test unitari: numeri volutamente NON validi
@pytest.mark.parametrize("pan", ["⟦bad_card_plain⟧", "⟦bad_card_plain⟧", "1234567890123"])
def test_luhn_rifiuta(pan):
    assert not luhn(pan)
""")

T("email", "en", r"""
Hi, the Authorization header in your SDK debug output is shown as "Bearer eyJ…(truncated)" - is there a flag to show the full token for debugging? We'd rather not, just asking whether the truncation is configurable. SDK ⟦ver⟧, request ⟦reqid⟧.
""")

T("sms", "it", r"""
Lirapay: accesso al portale da nuovo dispositivo (⟦city⟧, ⟦hm⟧). Se non sei stato tu cambia subito la password.
""")

T("sms", "en", r"""
Lirapay: a payout of ⟦amt_en⟧ to account ending ⟦last4⟧ was sent. Ref ⟦order⟧. Questions? Call ⟦phone_en⟧
""")

T("note", "it", r"""
Nota ticket ⟦ticket⟧: il cliente chiede perché il PIN a 4 cifre non è più accettato. Spiegato che dal ⟦date⟧ il minimo è 6 cifre per policy PSD2. Nessun dato sensibile nel thread.
""")

T("note", "en", r"""
Note: verified the merchant by phone (⟦phone_en⟧) using the security question, NOT the portal password. Updated payout bank to BIC ⟦bic⟧, account on file ⟦masked_iban⟧.
""")


# ================================================================== main ==
TARGETS = {(True, "it"): 310, (True, "en"): 310, (False, "it"): 345, (False, "en"): 345}


def plan():
    buckets = {}
    for t in TEMPLATES:
        buckets.setdefault((t["pos"], t["lang"]), []).append(t)
    jobs = []
    for key, lst in sorted(buckets.items()):
        target = TARGETS[key]
        sw = sum(t["w"] for t in lst)
        raw = [target * t["w"] / sw for t in lst]
        n = [max(1, int(x)) for x in raw]
        rest = target - sum(n)
        order = sorted(range(len(lst)), key=lambda i: -(raw[i] - int(raw[i])))
        for i in order[:max(0, rest)]:
            n[i] += 1
        for t, k in zip(lst, n):
            jobs.extend([t] * k)
    return jobs


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    jobs = plan()
    samples, seen = [], set()
    deficit = {}
    for t in jobs:
        for _ in range(30):
            text, secrets = render(t)
            if text not in seen:
                break
        else:
            key = (t["pos"], t["lang"])
            deficit[key] = deficit.get(key, 0) + 1
            continue
        seen.add(text)
        samples.append({"lang": t["lang"], "style": t["style"], "text": text, "secrets": secrets})
    # top up buckets whose templates ran out of distinct renderings
    for key, k in sorted(deficit.items()):
        pool = [t for t in TEMPLATES if (t["pos"], t["lang"]) == key]
        while k > 0:
            t = ch(pool)
            text, secrets = render(t)
            if text in seen:
                continue
            seen.add(text)
            samples.append({"lang": t["lang"], "style": t["style"], "text": text, "secrets": secrets})
            k -= 1
    rng.shuffle(samples)
    with open(out_path, "w", encoding="utf-8") as fh:
        for i, s in enumerate(samples, 1):
            rec = {"id": "desk9-%04d" % i, "lang": s["lang"], "style": s["style"],
                   "text": s["text"], "secrets": s["secrets"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    npos = sum(1 for s in samples if s["secrets"])
    print("templates: %d (pos %d, neg %d)" % (len(TEMPLATES), sum(t["pos"] for t in TEMPLATES),
                                              sum(not t["pos"] for t in TEMPLATES)))
    print("samples: %d  with secrets: %d  clean: %d  -> %s" % (len(samples), npos, len(samples) - npos, out_path))


if __name__ == "__main__":
    main()
