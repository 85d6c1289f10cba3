#!/usr/bin/env python3
"""fresh21 -- "the integrator's machine speaks".

Sealed held-out corpus for the Sportello guard, written blind to the guard.
Every sample is what an integrator's own workstation printed -- shell history,
terminal sessions, REPLs (python, node, irb/rails, psql, mysql, sqlite3,
mongosh, redis-cli, PowerShell), debugger watches and variable dumps (pdb,
IntelliJ, VS Code, lldb, delve, Rust dbg!, PHP var_dump, Go %+v), IDE run
configurations, mobile dev logs (logcat, Xcode console, Flutter, Metro),
browser console / localStorage / cookie tables, Jupyter cells with outputs,
Makefiles, Dockerfiles and `docker history`, crontabs, Gradle properties,
test fixtures, VCR cassettes and Jest snapshots, migrations and seed scripts,
message-queue payloads (RabbitMQ, Kafka, SQS, NATS), spreadsheet cells and
formulas -- plus the human sentence that pastes it into a ticket.

Deterministic: seeded RNG, no I/O besides writing the JSONL next to this file.
Usage: python3 gen_fresh21.py [out.jsonl]
"""
import base64
import json
import os
import random
import string
import sys
import urllib.parse

SEED = 2112_0321
N_TOTAL = 1600
N_POS = 750

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64U = AN + "-_"
B64 = AN + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(x) for x in num if x.isdigit()]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + rs(r, DG, length - len(prefix) - 1)
    for ch in DG:
        if luhn_ok(body + ch):
            return body + ch
    raise AssertionError


def luhn_bad(prefix, length, r):
    good = luhn_complete(prefix, length, r)
    last = int(good[-1])
    return good[:-1] + str((last + r.randint(1, 9)) % 10)


def iban_mod(s):
    s = "".join(ch for ch in s if ch.isalnum()).upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97


def iban_ok(s):
    return iban_mod(s) == 1


def make_iban(cc, bban):
    n = "".join(str(int(ch, 36)) for ch in (bban + cc + "00").upper())
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds):
        v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return "%d%d" % (one("00" + ent + ofi), one(cta))


def fr_key(b, g, c):
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))


ABIS = ["03069", "02008", "05034", "01030", "03062", "05387", "03111", "05696", "06230", "08327"]
CABS = ["09606", "01600", "11701", "03200", "34210", "12900", "01000", "11100", "05252", "03202"]


def bank_parts(r, cc):
    """Return (bban, pieces) for a country."""
    if cc == "IT":
        abi, cab, conto = r.choice(ABIS), r.choice(CABS), rs(r, DG, 12)
        cin = it_cin(abi, cab, conto)
        return cin + abi + cab + conto, (cin, abi, cab, conto)
    if cc == "DE":
        blz, kto = rs(r, "123456789", 1) + rs(r, DG, 7), rs(r, DG, 10)
        return blz + kto, (blz, kto)
    if cc == "FR":
        b, g, c = rs(r, "123", 1) + rs(r, DG, 4), rs(r, DG, 5), rs(r, DG, 11)
        k = fr_key(b, g, c)
        return b + g + c + k, (b, g, c, k)
    if cc == "ES":
        e, o, c = rs(r, "0123", 1) + rs(r, DG, 3), rs(r, DG, 4), rs(r, DG, 10)
        d = es_dc(e, o, c)
        return e + o + d + c, (e, o, d, c)
    if cc == "GB":
        bank = r.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "MONZ"])
        sc, ac = rs(r, DG, 6), rs(r, DG, 8)
        return bank + sc + ac, (bank, sc, ac)
    if cc == "NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB"])
        return bank + rs(r, DG, 10), (bank,)
    if cc == "BE":
        f = rs(r, DG, 10)
        m = int(f) % 97 or 97
        return f + "%02d" % m, ()
    if cc == "IE":
        return r.choice(["AIBK", "BOFI"]) + rs(r, DG, 14), ()
    raise ValueError(cc)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def wrap(s, w):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


# ---------------------------------------------------------------- vocab
PROVS = ["pagora.eu", "bancalink.it", "lirapay.com", "fintrail.io", "openconto.it", "paydesk.eu", "sepamatic.com"]
PROV_SDK = ["Pagora", "Bancalink", "Lirapay", "Fintrail", "OpenConto", "Paydesk", "Sepamatic"]
CLIENT_IDS = ["acme-pay-prod", "acme-pay-sandbox", "bottega-rossi-web", "farmacia-lupo-pos", "trattoria-api",
              "hotel-miramare-be", "shopify-bridge-01", "ecomm-live-eu", "mobile-app-ios", "mobile-app-android",
              "erp-connector", "ciclofficina-test", "gelateria-fe", "libreria-dante", "autoricambi-sync"]
IT_NAMES = ["Marco", "Giulia", "Luca", "Francesca", "Davide", "Chiara", "Matteo", "Sara", "Alessandro", "Elena",
            "Paolo", "Federica", "Simone", "Valentina", "Gianni", "Rosaria", "Enzo", "Ilaria", "Stefano", "Martina"]
IT_SUR = ["Rossi", "Bianchi", "Esposito", "Russo", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
          "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri"]
EN_NAMES = ["James", "Emily", "Oliver", "Sophie", "Harry", "Grace", "Liam", "Chloe", "Noah", "Ava", "Ethan",
            "Priya", "Tom", "Hannah", "Raj", "Megan", "Sam", "Lucy", "Ben", "Zoe"]
EN_SUR = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Walker", "Patel", "Hughes",
          "Wright", "Clarke", "Green", "Hall", "Wood", "Harris", "Lewis", "Khan", "Murphy", "Kelly"]
WORDS = ["gatto", "nero", "primavera", "limone", "tromba", "sole", "mare", "vento", "falco", "pizza", "vespa",
         "orange", "river", "falcon", "copper", "maple", "tiger", "harbor", "cobalt", "velvet", "rocket", "garden",
         "Trombone", "Gelato", "Lampone", "Azzurro", "Montagna", "Sunset", "Winter", "Pepper", "Marmite"]
SYMS = "!@#$%&*?._-+="
HOSTS = ["db.internal", "10.0.3.17", "pg-stg.acme.local", "payments-db.eu-west-1.rds.amazonaws.com", "localhost",
         "127.0.0.1", "mysql.svc.cluster.local", "db01.bottega.lan", "pg.sandbox.fintrail.io"]
DBS = ["payments", "shop", "ledger", "sportello_stg", "pos", "orders", "banking"]


# ---------------------------------------------------------------- secret generators
def gen_jwt(r, refresh=False):
    hdr = {"alg": r.choice(["RS256", "ES256", "HS256", "PS256"]), "typ": "JWT"}
    if r.random() < 0.6:
        hdr["kid"] = rs(r, HEX, r.choice([8, 16]))
    now = 1764700000 + r.randint(0, 3000000)
    pl = {"iss": "https://auth." + r.choice(PROVS), "sub": r.choice(CLIENT_IDS),
          "iat": now, "exp": now + (2592000 if refresh else r.choice([300, 900, 3600]))}
    if refresh:
        pl["typ"] = "Refresh"
    else:
        pl["scope"] = r.choice(["payments:write", "accounts:read payments:read", "pis ais", "refunds:write", "openid"])
    if r.random() < 0.5:
        pl["jti"] = rs(r, HEX, 16)
    sig = rs(r, B64U, r.choice([43, 86, 171, 342]))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig


def gen_access(r):
    k = r.random()
    if k < 0.35:
        return gen_jwt(r)
    if k < 0.55:
        return r.choice(["pgr_live_", "blk_at_", "lp_sk_live_", "ftr_", "ocn_tok_", "pd_live_", "at_"]) + rs(r, AN, r.choice([32, 40, 48]))
    if k < 0.7:
        return rs(r, AN, r.choice([40, 48, 64]))
    if k < 0.8:
        return rs(r, B64U, 43)
    if k < 0.9:
        return "s%3A" + rs(r, B64U, 32) + "." + rs(r, AN + "%", 43).replace("%", "%2F")
    return rs(r, LO + DG, 26)  # PHPSESSID-like


def gen_session(r):
    return r.choice([
        lambda: "s%3A" + rs(r, B64U, 32) + "." + rs(r, AN, 43),
        lambda: rs(r, LO + DG, 26),
        lambda: rs(r, HEX, 64),
        lambda: rs(r, AN, 48),
    ])()


def gen_refresh(r):
    k = r.random()
    if k < 0.25:
        return gen_jwt(r, refresh=True)
    if k < 0.45:
        return "def50200" + rs(r, HEX, r.choice([120, 184, 248]))
    if k < 0.7:
        return r.choice(["rt_", "rft_", "refresh_", "pgr_rt_"]) + rs(r, AN, r.choice([40, 48, 64]))
    return rs(r, B64U, r.choice([43, 64, 86]))


def gen_csecret(r):
    k = r.random()
    if k < 0.4:
        return rs(r, AN + "-_~", r.choice([32, 40, 48, 64]))
    if k < 0.65:
        return r.choice(["cs_live_", "sec_", "pgr_cs_", "ocn_sec_"]) + rs(r, AN, r.choice([32, 40]))
    if k < 0.85:
        return rs(r, HEX, 64)
    return rs(r, AN, 24) + "." + rs(r, AN, 24)


def gen_password(r):
    k = r.random()
    if k < 0.3:
        w = r.choice(WORDS)
        return w[0].upper() + w[1:] + r.choice(SYMS) + rs(r, DG, r.choice([2, 3, 4])) + r.choice(["", "!", "#", "?"])
    if k < 0.5:
        return rs(r, AN + "!@#%^&*", r.choice([12, 14, 16, 20]))
    if k < 0.65:
        return "-".join(r.sample(WORDS, 3)) + "-" + rs(r, DG, 2)
    if k < 0.8:
        w = r.choice(WORDS)
        tr = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
        return w.capitalize().translate(tr) + rs(r, DG, 2) + r.choice(SYMS)
    if k < 0.9:
        return r.choice(WORDS).capitalize() + r.choice(["2023", "2024", "2025", "2026"]) + r.choice(["!", "!!", "$", "."])
    return rs(r, AN, 8) + r.choice(SYMS) + rs(r, AN, 6)


def gen_pin(r, digits=None):
    return rs(r, DG, digits or r.choice([4, 4, 5, 6, 6, 6, 8]))


def gen_card(r):
    k = r.random()
    if k < 0.5:
        return luhn_complete(r.choice(["4539", "4485", "4716", "4024", "4929", "4556", "4532"]), 16, r)
    if k < 0.85:
        return luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2223", "2720"]), 16, r)
    return luhn_complete(r.choice(["34", "37"]), 15, r)


def fmt_card(r, n):
    if len(n) == 15:
        seps = [" ", "-", "", "  "]
        s = r.choice(seps)
        return s.join([n[:4], n[4:10], n[10:]])
    k = r.random()
    if k < 0.25:
        return n
    if k < 0.55:
        return group4(n, " ")
    if k < 0.7:
        return group4(n, "-")
    if k < 0.78:
        return group4(n, ".")
    if k < 0.86:
        return group4(n, "  ")
    if k < 0.93:
        return n[:4] + " " + n[4:8] + "-" + n[8:12] + " " + n[12:]
    return n[:8] + " " + n[8:]


def gen_cvv(r, amex=False):
    return rs(r, DG, 4 if amex else 3)


def gen_iban(r, cc=None):
    cc = cc or r.choice(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "IE"])
    bban, _ = bank_parts(r, cc)
    return make_iban(cc, bban)


def fmt_iban(r, ib):
    k = r.random()
    if k < 0.45:
        return ib
    if k < 0.8:
        return group4(ib)
    if k < 0.87:
        return group4(ib, "-")
    if k < 0.93:
        return ib.lower()
    return ib[:4] + " " + ib[4:]


def gen_bank_account(r):
    cc = r.choice(["IT", "IT", "GB", "DE", "FR", "ES"])
    bban, p = bank_parts(r, cc)
    if cc == "IT":
        cin, abi, cab, conto = p
        return r.choice([
            "%s %s %s %s" % (cin, abi, cab, conto), cin + abi + cab + conto,
            "%s-%s-%s-%s" % (cin, abi, cab, conto), "%s/%s/%s" % (abi, cab, conto), "%s %s %s" % (abi, cab, conto)])
    if cc == "GB":
        _, sc, ac = p
        scd = "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])
        return r.choice([scd + " " + ac, scd + " / " + ac, sc + ac, sc + "-" + ac, scd + "  " + ac])
    if cc == "DE":
        blz, kto = p
        return r.choice([blz + " " + kto, blz + "/" + kto, "%s %s %s %s" % (blz[:3], blz[3:6], blz[6:], kto)])
    if cc == "FR":
        b, g, c, k = p
        return r.choice(["%s %s %s %s" % (b, g, c, k), b + g + c + k, "%s-%s-%s-%s" % (b, g, c, k)])
    e, o, d, c = p
    return r.choice(["%s %s %s %s" % (e, o, d, c), "%s-%s-%s-%s" % (e, o, d, c), e + o + d + c])


def gen_vendor(r):
    k = r.randrange(13)
    if k == 0:
        return "AKIA" + rs(r, UP + "234567", 16)
    if k == 1:
        return "sk_live_" + rs(r, AN, 24)
    if k == 2:
        return "sk_live_" + rs(r, AN, r.choice([24, 34, 99]))
    if k == 3:
        return "rk_live_" + rs(r, AN, r.choice([24, 34]))
    if k == 4:
        return "whsec_" + rs(r, AN, 32)
    if k == 5:
        return "ghp_" + rs(r, AN, 36)
    if k == 6:
        return "github_pat_" + rs(r, AN, 22) + "_" + rs(r, AN, 59)
    if k == 7:
        return "xoxb-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24)
    if k == 8:
        return "AIza" + rs(r, AN + "-_", 35)
    if k == 9:
        return "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43)
    if k == 10:
        return "glpat-" + rs(r, AN + "-_", 20)
    if k == 11:
        return "npm_" + rs(r, AN, 36)
    return "sk-proj-" + rs(r, AN + "-_", 48)


def gen_vendor_named(r, which):
    return {
        "aws_id": lambda: "AKIA" + rs(r, UP + "234567", 16),
        "aws_secret": lambda: rs(r, AN + "/+", 40),
        "stripe": lambda: r.choice(["sk_live_", "rk_live_"]) + rs(r, AN, r.choice([24, 34, 99])),
        "whsec": lambda: "whsec_" + rs(r, AN, 32),
        "github": lambda: "ghp_" + rs(r, AN, 36),
        "slack": lambda: "xoxb-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24),
        "google": lambda: "AIza" + rs(r, AN + "-_", 35),
        "sendgrid": lambda: "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43),
        "gitlab": lambda: "glpat-" + rs(r, AN + "-_", 20),
        "npm": lambda: "npm_" + rs(r, AN, 36),
        "twilio": lambda: rs(r, HEX, 32),
        "mailgun": lambda: "key-" + rs(r, HEX, 32),
        "sentry_auth": lambda: "sntrys_" + rs(r, AN, 60),
    }[which]()


def gen_pem(r, style="pem", escaped=False):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    n = r.randint(4, 9)
    lines = [("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" if kind != "OPENSSH PRIVATE KEY" else "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW") + rs(r, B64, 64 - 32)]
    lines[0] = lines[0][:64]
    for _ in range(n):
        lines.append(rs(r, B64, 64))
    lines.append(rs(r, B64, r.randint(8, 60)) + r.choice(["", "=", "=="]))
    nl = "\\n" if escaped else "\n"
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(lines), nl, kind)


def pub_pem(r, escaped=False):
    kind = r.choice(["PUBLIC KEY", "CERTIFICATE", "RSA PUBLIC KEY"])
    lines = [("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" if kind != "CERTIFICATE" else "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUF")[:64]]
    lines[0] += rs(r, B64, 64 - len(lines[0]))
    for _ in range(r.randint(3, 6)):
        lines.append(rs(r, B64, 64))
    lines.append(rs(r, B64, 20) + "IDAQAB")
    nl = "\\n" if escaped else "\n"
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(lines), nl, kind)


# ---------------------------------------------------------------- look-alikes
def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(r):
    return "01J" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)


def trace_id(r):
    return rs(r, HEX, 32)


def sha40(r):
    return rs(r, HEX, 40)


def sha256(r):
    return rs(r, HEX, 64)


def pay_id(r):
    return r.choice(["pay_", "pi_", "tr_", "po_", "re_", "evt_", "cus_", "ch_", "pmt_", "cns_", "mdt_"]) + rs(r, AN, r.choice([14, 24]))


def order_no(r):
    return r.choice(["ORD-2026-%06d", "INV/2026/%05d", "FT %d/2026", "#%d", "PO-%07d", "RIF%08d"]) % r.randint(100, 999999)


def phone(r, lang):
    if lang == "it":
        return r.choice(["+39 3%d%d %d%d%d %d%d%d%d", "0%d%d %d%d%d%d%d%d%d", "+39 0%d %d%d%d%d %d%d%d%d"]) % tuple(r.randint(0, 9) for _ in range(9))
    if r.random() < 0.6:
        return "+44 7%03d %06d" % (r.randint(0, 999), r.randint(0, 999999))
    return "+1 (%03d) 555-%04d" % (r.randint(200, 999), r.randint(0, 9999))


def amount(r, lang):
    v = r.randint(100, 250000) / 100
    if lang == "it":
        s = ("%.2f" % v).replace(".", ",")
        return r.choice(["€ " + s, s + " EUR", s + "€"])
    return r.choice(["€%.2f" % v, "EUR %.2f" % v, "£%.2f" % v])


def date(r):
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def masked_card(r):
    n = gen_card(r)
    return r.choice([
        "**** **** **** " + n[-4:], "•••• " + n[-4:], n[:6] + "******" + n[-4:], "XXXX-XXXX-XXXX-" + n[-4:],
        "************" + n[-4:], n[:4] + " **** **** " + n[-4:], "ending in " + n[-4:]])


def bad_card(r):
    n = luhn_bad(r.choice(["4539", "4716", "5312", "5555", "2223", "4024"]), 16, r)
    assert not luhn_ok(n)
    return r.choice([n, group4(n), group4(n, "-")])


def bad_iban(r):
    ib = gen_iban(r)
    chk = int(ib[2:4])
    while True:
        nc = (chk + r.randint(1, 96)) % 97
        if nc >= 2 and nc != chk:
            break
    b = ib[:2] + "%02d" % nc + ib[4:]
    if iban_ok(b):
        return bad_iban(r)
    return r.choice([b, group4(b)])


def masked_iban(r):
    ib = gen_iban(r)
    return r.choice([ib[:4] + "*" * (len(ib) - 8) + ib[-4:], group4(ib[:4] + "X" * (len(ib) - 8) + ib[-4:]),
                     ib[:2] + "** **** **** **** " + ib[-4:], "…" + ib[-4:]])


BICS = ["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX", "DEUTDEFF", "BNPAFRPPXXX", "CAIXESBBXXX", "NWBKGB2L", "INGBNL2A",
        "SELBIT2BXXX", "BAPPIT21AO2", "CRPPIT2P", "REVOLT21"]


def publishable(r):
    return r.choice(["pk_live_", "pk_test_"]) + rs(r, AN, r.choice([24, 34, 99]))


def npm_integrity(r):
    return "sha512-" + rs(r, B64, 86) + "=="


def cursor(r):
    return base64.b64encode(json.dumps({"after": pay_id(r), "limit": r.choice([20, 50, 100])}).encode()).decode()


def ssh_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " " + r.choice(["marco@laptop", "ci@build-02", "deploy@bottega"])


def bcrypt_hash(r):
    return "$2b$12$" + rs(r, AN + "./", 53)


def addr(r):
    return "0x" + rs(r, HEX, r.choice([8, 12, 16]))


LOOK_TOKEN = ["<your-token>", "<ACCESS_TOKEN>", "YOUR_ACCESS_TOKEN", "{{access_token}}", "{{token}}", "xxxxxxxxxxxxxxxxxxxx",
              "[REDACTED]", "<redacted>", "********", "REDACTED", "***", "<token>", "TOKEN_HERE", "eyJ...", "…"]
LOOK_SECRET = ["YOUR_CLIENT_SECRET", "<client-secret>", "{{client_secret}}", "xxxxx", "[REDACTED]", "********",
               "<secret>", "***redacted***", "CHANGE_ME_IN_VAULT", "<redacted>"]
LOOK_PASS = ["********", "<password>", "[REDACTED]", "xxxxxx", "***", "<db-password>", "YOUR_PASSWORD", "•••••••••", "{{db_password}}"]
LOOK_PIN = ["******", "••••", "<otp>", "XXXXXX", "[REDACTED]", "****", "<sms-code>"]
LOOK_VENDOR = ["sk_live_" + "*" * 20, "AKIA****************", "<stripe-secret-key>", "YOUR_SENDGRID_KEY", "ghp_xxxxxxxxxxxxxxxxxxxx",
               "[REDACTED]", "xoxb-***", "<npm-token>", "whsec_••••••••", "********"]


class Ctx:
    def __init__(self, r, lang, pos, idx):
        self.r = r
        self.lang = lang
        self.pos = pos
        self.idx = idx
        self.sec = []
        self.p = r.choice([0.55, 0.7, 0.85]) if pos else 0.0
        self.tone = r.choice(["formal", "hurried", "careless", "nonnative", "plain", "plain"])

    def L(self, it, en):
        return it if self.lang == "it" else en

    def ch(self, *opts):
        return self.r.choice(opts)

    def want(self):
        return self.r.random() < self.p

    def add(self, kind, value):
        if (kind, value) not in self.sec:
            self.sec.append((kind, value))
        return value

    def envref(self, var, style="shell"):
        r = self.r
        if style == "shell":
            return r.choice(["$" + var, "${" + var + "}", '"$' + var + '"'])
        if style == "make":
            return r.choice(["$(" + var + ")", "${" + var + "}"])
        if style == "py":
            return r.choice(['os.environ["%s"]' % var, 'os.getenv("%s")' % var, "settings.%s" % var, "config['%s']" % var.lower()])
        if style == "js":
            return r.choice(["process.env." + var, "config.%s" % camel(var), "import.meta.env.VITE_" + var])
        if style == "rb":
            return r.choice(['ENV["%s"]' % var, "ENV.fetch('%s')" % var, "Rails.application.credentials.%s" % var.lower()])
        return "${" + var + "}"

    # --- slots: return a bare value (secret or look-alike)
    def tok(self, force=None, wrapw=0):
        if force is True or (force is None and self.want()):
            v = gen_access(self.r)
            if wrapw and len(v) > wrapw:
                v = wrap(v, wrapw)
            return self.add("access_token", v)
        return self.r.choice(LOOK_TOKEN + ["at_" + "*" * 16 + rs(self.r, AN, 4)])

    def sess(self, force=None):
        if force is True or (force is None and self.want()):
            return self.add("access_token", gen_session(self.r))
        return self.r.choice(["[REDACTED]", "deleted", "<session>", "****", "xxxxxxxx"])

    def rtok(self, force=None, wrapw=0):
        if force is True or (force is None and self.want()):
            v = gen_refresh(self.r)
            if wrapw and len(v) > wrapw:
                v = wrap(v, wrapw)
            return self.add("refresh_token", v)
        return self.r.choice(["<refresh-token>", "[REDACTED]", "********", "{{refresh_token}}", "YOUR_REFRESH_TOKEN", "null"])

    def csec(self, force=None):
        if force is True or (force is None and self.want()):
            return self.add("client_secret", gen_csecret(self.r))
        return self.r.choice(LOOK_SECRET)

    def basic(self, user=None, force=None):
        user = user or self.r.choice(CLIENT_IDS)
        if force is True or (force is None and self.want()):
            blob = base64.b64encode((user + ":" + gen_csecret(self.r)).encode()).decode()
            return self.add("client_secret", blob)
        return self.r.choice(["<base64(client_id:client_secret)>", "[REDACTED]", "****", "BASE64_CREDENTIALS", "xxxxxxxx"])

    def pair(self, user=None, force=None):
        user = user or self.r.choice(CLIENT_IDS)
        if force is True or (force is None and self.want()):
            return self.add("client_secret", user + ":" + gen_csecret(self.r))
        return user + ":" + self.r.choice(["$CLIENT_SECRET", "${CLIENT_SECRET}", "<secret>", "****", "YOUR_CLIENT_SECRET"])

    def pw(self, force=None):
        if force is True or (force is None and self.want()):
            return self.add("password", gen_password(self.r))
        return self.r.choice(LOOK_PASS)

    def pw_url(self, force=None):
        """password as it sits inside a URL (maybe percent-encoded)."""
        if force is True or (force is None and self.want()):
            p = gen_password(self.r)
            q = urllib.parse.quote(p, safe="")
            return self.add("password", q)
        return self.r.choice(["${DB_PASSWORD}", "$PGPASSWORD", "****", "<password>", "%3Credacted%3E", "xxxxx"])

    def pin(self, force=None, digits=None):
        if force is True or (force is None and self.want()):
            return self.add("pin", gen_pin(self.r, digits))
        return self.r.choice(LOOK_PIN)

    def vend(self, which=None, force=None):
        if force is True or (force is None and self.want()):
            v = gen_vendor_named(self.r, which) if which else gen_vendor(self.r)
            return self.add("vendor_key", v)
        return self.r.choice(LOOK_VENDOR)

    def card(self, force=None):
        if force is True or (force is None and self.want()):
            n = gen_card(self.r)
            return self.add("card_number", fmt_card(self.r, n))
        return self.r.choice([masked_card(self.r), masked_card(self.r), bad_card(self.r)])

    def card_plain(self, force=None):
        if force is True or (force is None and self.want()):
            return self.add("card_number", gen_card(self.r))
        return self.r.choice([masked_card(self.r), luhn_bad("4539", 16, self.r), "[REDACTED]"])

    def cvv(self, force=None, amex=False):
        if force is True or (force is None and self.want()):
            return self.add("cvv", gen_cvv(self.r, amex))
        return self.r.choice(["***", "•••", "[REDACTED]", "null", "XXX"])

    def iban(self, force=None, cc=None, plain=False):
        if force is True or (force is None and self.want()):
            ib = gen_iban(self.r, cc)
            return self.add("iban", ib if plain else fmt_iban(self.r, ib))
        return self.r.choice([masked_iban(self.r), masked_iban(self.r), bad_iban(self.r)])

    def acct(self, force=None):
        if force is True or (force is None and self.want()):
            return self.add("bank_account", gen_bank_account(self.r))
        return self.r.choice(["ABI %s CAB %s" % (self.r.choice(ABIS), self.r.choice(CABS)), "****" + rs(self.r, DG, 4),
                              "%s %s" % (self.r.choice(ABIS), self.r.choice(CABS)), "XX-XX-XX " + "****" + rs(self.r, DG, 4)])

    def pkey(self, force=None, escaped=False):
        if force is True or (force is None and self.want()):
            return self.add("private_key", gen_pem(self.r, escaped=escaped))
        nl = "\\n" if escaped else "\n"
        return self.r.choice([pub_pem(self.r, escaped), "-----BEGIN PRIVATE KEY-----" + nl + "[REDACTED]" + nl + "-----END PRIVATE KEY-----",
                              "<contents of key.pem>", "${PRIVATE_KEY}"])


def camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# ================================================================ templates
# each returns (style, artifact, what_it, what_en)

def prov(c):
    return c.r.choice(PROVS)


def T_shell_history(c):
    r = c.r
    p = prov(c)
    cid = r.choice(CLIENT_IDS)
    host = r.choice(HOSTS)
    db = r.choice(DBS)
    cmds = [
        lambda: "curl -s -X POST https://api.sandbox.%s/oauth/token -u %s -d grant_type=client_credentials" % (p, c.pair(cid)),
        lambda: "curl -H 'Authorization: Bearer %s' https://api.%s/v2/payments/%s" % (c.tok(), p, pay_id(r)),
        lambda: "export %s=%s" % (r.choice(["STRIPE_SECRET_KEY", "STRIPE_KEY", "STRIPE_API_KEY"]), c.vend("stripe")),
        lambda: "export AWS_ACCESS_KEY_ID=%s" % c.vend("aws_id"),
        lambda: "export AWS_SECRET_ACCESS_KEY=%s" % c.vend("aws_secret"),
        lambda: "export %s_CLIENT_SECRET='%s'" % (r.choice(["PAGORA", "BANCALINK", "LIRAPAY", "SPORTELLO", "PSD2"]), c.csec()),
        lambda: 'psql "postgresql://app:%s@%s:5432/%s"' % (c.pw_url(), host, db),
        lambda: "mysql -h %s -u root -p%s %s" % (host, c.pw(), db),
        lambda: "redis-cli -h %s -a '%s' --no-auth-warning" % (host, c.pw()),
        lambda: "docker login registry.gitlab.com -u deploy -p %s" % c.vend("gitlab"),
        lambda: "git remote set-url origin https://x-access-token:%s@github.com/acme/checkout.git" % c.vend("github"),
        lambda: "npm config set //registry.npmjs.org/:_authToken %s" % c.vend("npm"),
        lambda: "http POST :8080/v1/refunds Authorization:'Bearer %s' payment_id=%s" % (c.tok(), pay_id(r)),
        lambda: "git log --oneline -5",
        lambda: "git checkout %s" % sha40(r)[:7],
        lambda: "kubectl logs deploy/payments-api --since=10m | grep %s" % trace_id(r)[:16],
        lambda: "echo $%s" % r.choice(["CLIENT_SECRET", "API_TOKEN", "DB_PASSWORD"]),
        lambda: "vault kv get -field=client_secret secret/%s" % cid,
        lambda: "docker compose up -d --build",
        lambda: "jq . response.json | less",
        lambda: "curl -s https://api.%s/v1/status | jq .version" % p,
        lambda: "ls -la ~/.config/%s" % p.split(".")[0],
        lambda: "./scripts/smoke.sh --env sandbox --client-id %s" % cid,
        lambda: "openssl rand -hex 32",
        lambda: "sha256sum release-%d.%d.tgz" % (r.randint(1, 4), r.randint(0, 20)),
    ]
    picks = r.sample(cmds[:13], r.randint(2, 4)) + r.sample(cmds[13:], r.randint(2, 5))
    r.shuffle(picks)
    lines = [f() for f in picks]
    fmt = r.randrange(4)
    if fmt == 0:
        n = r.randint(300, 2400)
        out = "\n".join("%5d  %s" % (n + i, l) for i, l in enumerate(lines))
        return "shell-history", "$ history | tail -%d\n%s" % (len(lines), out), "la history della shell", "my shell history"
    if fmt == 1:
        t = 1764740000 + r.randint(0, 900000)
        out = "\n".join(": %d:0;%s" % (t + 37 * i, l) for i, l in enumerate(lines))
        return "zsh-history", "~/.zsh_history (ultime righe)\n" + out if c.lang == "it" else "tail of ~/.zsh_history\n" + out, "lo zsh_history", "the zsh history file"
    if fmt == 2:
        t = 1764740000 + r.randint(0, 900000)
        out = "\n".join("- cmd: %s\n  when: %d" % (l, t + 41 * i) for i, l in enumerate(lines))
        return "fish-history", out, "la history di fish", "fish history"
    out = "\n".join(lines)
    return "shell-history", out, "i comandi che ho lanciato", "the commands I ran"


def T_env_dump(c):
    r = c.r
    p = prov(c).split(".")[0].upper()
    rows = [
        ("%s_CLIENT_ID" % p, r.choice(CLIENT_IDS)),
        ("%s_BASE_URL" % p, "https://api.sandbox.%s" % prov(c)),
        ("%s_CLIENT_SECRET" % p, lambda: c.csec()),
        ("%s_ACCESS_TOKEN" % p, lambda: c.tok(wrapw=r.choice([0, 0, 0, 64, 80]))),
        ("%s_REFRESH_TOKEN" % p, lambda: c.rtok()),
        ("DATABASE_URL", lambda: "postgres://shop:%s@%s:5432/%s" % (c.pw_url(), r.choice(HOSTS), r.choice(DBS))),
        ("STRIPE_SECRET_KEY", lambda: c.vend("stripe")),
        ("STRIPE_PUBLISHABLE_KEY", publishable(r)),
        ("SENDGRID_API_KEY", lambda: c.vend("sendgrid")),
        ("SLACK_BOT_TOKEN", lambda: c.vend("slack")),
        ("WEBHOOK_SIGNING_SECRET", lambda: c.vend("whsec")),
        ("GIT_COMMIT", sha40(r)),
        ("HOSTNAME", "mbp-%s.local" % r.choice(["marco", "giulia", "dev3", "tom"])),
        ("REQUEST_TIMEOUT_MS", str(r.choice([5000, 10000, 30000]))),
        ("SENTRY_RELEASE", "checkout@%d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 9))),
        ("LANG", r.choice(["it_IT.UTF-8", "en_GB.UTF-8"])),
        ("MERCHANT_IBAN", lambda: c.iban(plain=True)),
        ("DEVICE_ID", uuid4(r)),
        ("TEST_SMS_OTP", lambda: c.pin(digits=6)),
        ("JWT_PRIVATE_KEY", lambda: c.pkey(escaped=True)),
        ("SETTLEMENT_ACCOUNT", lambda: c.acct()),
    ]
    picks = r.sample(rows, r.randint(5, 9))
    cmd = r.choice(["env | grep -i %s" % p.lower(), "printenv", "set | grep -E '%s|DB|KEY'" % p, "cat .env.local", "docker exec api env", "heroku config -a checkout-stg"])
    sep = "=" if not cmd.startswith("heroku") else ":  "
    out = "\n".join("%s%s%s" % (k, sep, v() if callable(v) else v) for k, v in picks)
    return "terminal", "$ %s\n%s" % (cmd, out), "l'output di env sul mio pc", "the env output from my box"


def T_curl_verbose(c):
    r = c.r
    p = prov(c)
    auth = r.random()
    if auth < 0.5:
        hdr = "Authorization: Bearer %s" % c.tok(wrapw=r.choice([0, 0, 64, 76]))
    elif auth < 0.8:
        hdr = "Authorization: Basic %s" % c.basic()
    else:
        hdr = "X-Api-Key: %s" % c.tok()
    rid = uuid4(r)
    st = r.choice(["401 Unauthorized", "403 Forbidden", "422 Unprocessable Entity", "500 Internal Server Error", "429 Too Many Requests"])
    art = ("$ curl -v https://api.%s/v1/payments -H '%s' -H 'Idempotency-Key: %s' -d @body.json\n"
           "*   Trying 52.%d.%d.%d:443...\n* Connected to api.%s port 443\n"
           "> POST /v1/payments HTTP/2\n> Host: api.%s\n> user-agent: curl/8.4.0\n> %s\n> idempotency-key: %s\n>\n"
           "< HTTP/2 %s\n< x-request-id: %s\n< date: Wed, 03 Dec 2026 0%d:%02d:11 GMT\n<\n"
           '{"error":"%s","trace_id":"%s"}') % (
        p, hdr, rid, r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), p, p, hdr.lower().split(":")[0] + ":" + hdr.split(":", 1)[1],
        rid, st, uuid4(r), r.randint(6, 9), r.randint(0, 59), r.choice(["invalid_token", "insufficient_scope", "invalid_request", "rate_limited"]), trace_id(r))
    return "terminal", art, "il curl -v", "curl -v output"


def T_python_repl(c):
    r = c.r
    p = prov(c)
    cid = r.choice(CLIENT_IDS)
    sec = c.csec()
    secline = ('"%s"' % sec) if sec not in LOOK_SECRET or r.random() < 0.5 else c.envref("CLIENT_SECRET", "py")
    lines = [">>> import requests, os",
             ">>> r = requests.post('https://auth.%s/oauth2/token', data={'grant_type': 'client_credentials', 'client_id': '%s', 'client_secret': %s})" % (p, cid, secline),
             ">>> r.status_code", str(r.choice([200, 200, 401, 400]))]
    if r.random() < 0.7:
        at = c.tok(wrapw=r.choice([0, 0, 0, 0, 72, 100]))
        lines += [">>> r.json()", "{'access_token': '%s', 'token_type': 'Bearer', 'expires_in': %d, 'refresh_token': '%s', 'scope': 'payments:write'}" % (at, r.choice([300, 3600]), c.rtok(wrapw=r.choice([0, 0, 0, 90])))]
    else:
        lines += [">>> r.json()", "{'error': 'invalid_client', 'error_description': 'Client authentication failed', 'trace_id': '%s'}" % trace_id(r)]
    if r.random() < 0.5:
        lines += [">>> s = requests.Session()", ">>> s.cookies.get_dict()", "{'sid': '%s', 'lang': '%s'}" % (c.sess(), c.lang)]
    if r.random() < 0.5:
        lines += [">>> os.environ.get('PAYMENTS_WEBHOOK_SECRET')", "'%s'" % c.vend("whsec") if c.want() else "None"]
    if r.random() < 0.4:
        lines += [">>> pay = client.payments.get('%s')" % pay_id(r), ">>> pay.amount, pay.currency, pay.status", "(%d, 'EUR', 'pending')" % r.randint(100, 99999)]
    return "python-repl", "\n".join(lines), "la sessione python", "my python REPL session"


def T_node_repl(c):
    r = c.r
    sdk = r.choice(PROV_SDK)
    k = c.tok()
    kexpr = ("'%s'" % k) if (k not in LOOK_TOKEN or r.random() < 0.4) else c.envref("%s_API_KEY" % sdk.upper(), "js")
    lines = ["Welcome to Node.js v%d.%d.0." % (r.choice([18, 20, 22]), r.randint(0, 12)), 'Type ".help" for more information.',
             "> const { %s } = require('@%s/node')" % (sdk, sdk.lower()), "undefined",
             "> const client = new %s({ apiKey: %s, environment: 'sandbox' })" % (sdk, kexpr), "undefined"]
    if r.random() < 0.6:
        lines += ["> await client.payments.create({ amount: %d, currency: 'EUR', card: { number: '%s', cvc: '%s', exp: '%02d/%d' } })" % (
            r.randint(100, 90000), c.card_plain(), c.cvv(), r.randint(1, 12), r.randint(27, 31)),
            "Uncaught PaymentError: card_declined (request %s)" % uuid4(r)]
    else:
        lines += ["> await client.accounts.list({ consentId: '%s' })" % uuid4(r),
                  "[ { id: '%s', iban: '%s', currency: 'EUR', balance: %d } ]" % (pay_id(r), c.iban(plain=True), r.randint(0, 900000))]
    if r.random() < 0.5:
        lines += ["> process.env.%s_WEBHOOK_SECRET" % sdk.upper(), ("'%s'" % c.vend("whsec")) if c.want() else "undefined"]
    if r.random() < 0.4:
        lines += ["> client._config", "{ baseUrl: 'https://api.sandbox.%s', timeout: 30000, clientId: '%s', clientSecret: '%s' }" % (prov(c), r.choice(CLIENT_IDS), c.csec())]
    return "node-repl", "\n".join(lines), "la REPL di node", "the node REPL"


def T_rails_console(c):
    r = c.r
    n = r.randint(1, 9)
    lines = ["$ bin/rails c -e %s" % r.choice(["staging", "development", "production"]), "Loading staging environment (Rails 7.1.%d)" % r.randint(0, 4)]
    mid = r.randint(10, 9999)
    lines += ["irb(main):%03d:0> m = Merchant.find(%d)" % (n, mid),
              '=> #<Merchant id: %d, name: "%s", client_id: "%s", created_at: "2026-0%d-1%d 10:22:01">' % (mid, r.choice(["Bottega Rossi", "Farmacia Lupo", "Hotel Miramare", "Acme Ltd"]), r.choice(CLIENT_IDS), r.randint(1, 9), r.randint(0, 9)),
              "irb(main):%03d:0> m.api_credential" % (n + 1),
              '=> #<ApiCredential id: %d, client_secret: "%s", refresh_token: "%s", token_expires_at: "%s">' % (r.randint(1, 999), c.csec(), c.rtok(), date(r))]
    if r.random() < 0.6:
        lines += ["irb(main):%03d:0> m.payout_account" % (n + 2),
                  ('=> #<PayoutAccount iban: "%s", bic: "%s", holder: "%s %s">' % (c.iban(plain=True), r.choice(BICS), r.choice(IT_NAMES), r.choice(IT_SUR))) if r.random() < 0.6 else
                  ('=> #<PayoutAccount account_number: "%s", holder: "%s %s", country: "%s">' % (c.acct(), r.choice(EN_NAMES), r.choice(EN_SUR), r.choice(["GB", "IT", "DE", "FR", "ES"])))]
    if r.random() < 0.4:
        lines += ["irb(main):%03d:0> ENV['SMTP_PASSWORD']" % (n + 3), '=> "%s"' % c.pw() if c.want() else "=> nil"]
    return "irb", "\n".join(lines), "la console rails", "rails console output"


def T_psql(c):
    r = c.r
    db = r.choice(DBS)
    v = r.randrange(3)
    if v == 0:
        q = "select id, client_id, client_secret, created_at from oauth_clients where client_id like '%%%s%%';" % r.choice(["acme", "bottega", "mobile"])
        rows = [(str(r.randint(1, 500)), r.choice(CLIENT_IDS), c.csec(), date(r)[:10]) for _ in range(r.randint(1, 3))]
        hdr = ("id", "client_id", "client_secret", "created_at")
    elif v == 1:
        if r.random() < 0.5:
            q = "SELECT payout_id, holder, iban, amount FROM payouts ORDER BY created_at DESC LIMIT 3;"
            rows = [(pay_id(r), "%s %s" % (r.choice(IT_NAMES), r.choice(IT_SUR)), c.iban(plain=True), "%.2f" % (r.randint(100, 900000) / 100)) for _ in range(r.randint(2, 3))]
            hdr = ("payout_id", "holder", "iban", "amount")
        else:
            q = "SELECT id, holder, account_ref, bic FROM legacy_beneficiaries WHERE account_ref IS NOT NULL LIMIT 3;"
            rows = [(str(r.randint(1, 9999)), "%s %s" % (r.choice(EN_NAMES), r.choice(EN_SUR)), c.acct(), r.choice(BICS)) for _ in range(r.randint(2, 3))]
            hdr = ("id", "holder", "account_ref", "bic")
    else:
        q = "select user_id, otp_code, expires_at from sca_challenges where user_id = '%s';" % uuid4(r)
        rows = [(uuid4(r)[:8], c.pin(digits=6), date(r)) for _ in range(r.randint(1, 3))]
        hdr = ("user_id", "otp_code", "expires_at")
    if r.random() < 0.6:
        ws = [max(len(h), *(len(x[i]) for x in rows)) for i, h in enumerate(hdr)]
        out = [" " + " | ".join(h.ljust(ws[i]) for i, h in enumerate(hdr)),
               "-" + "-+-".join("-" * w for w in ws) + "-"]
        for row in rows:
            out.append(" " + " | ".join(x.ljust(ws[i]) for i, x in enumerate(row)))
        out.append("(%d row%s)" % (len(rows), "s" if len(rows) > 1 else ""))
    else:
        out = ["Expanded display is on."]
        for j, row in enumerate(rows):
            out.append("-[ RECORD %d ]%s" % (j + 1, "-" * 12))
            for h, x in zip(hdr, row):
                out.append("%s | %s" % (h.ljust(14), x))
    return "psql", "%s=> %s\n%s" % (db, q, "\n".join(out)), "la query su psql", "the psql output"


def T_mysql_sqlite_mongo(c):
    r = c.r
    v = r.randrange(3)
    if v == 0:
        rows = [(str(r.randint(1, 9999)), c.card_plain(), c.cvv(), "%02d/%02d" % (r.randint(1, 12), r.randint(27, 31))) for _ in range(r.randint(1, 3))]
        hdr = ("id", "pan", "cvv", "exp")
        ws = [max(len(h), *(len(x[i]) for x in rows)) for i, h in enumerate(hdr)]
        bar = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
        out = [bar, "| " + " | ".join(h.ljust(ws[i]) for i, h in enumerate(hdr)) + " |", bar]
        out += ["| " + " | ".join(x.ljust(ws[i]) for i, x in enumerate(row)) + " |" for row in rows]
        out += [bar, "%d rows in set (0.00 sec)" % len(rows)]
        return "mysql", "mysql> SELECT id, pan, cvv, exp FROM legacy_cards_import LIMIT %d;\n%s" % (len(rows), "\n".join(out)), "la tabella legacy in mysql", "the legacy table in mysql"
    if v == 1:
        rows = ["%s|%s|%s" % (r.choice(CLIENT_IDS), c.tok(), date(r)) for _ in range(r.randint(1, 3))]
        return "sqlite3", "sqlite> .headers on\nsqlite> select client, token, expires from tokens;\nclient|token|expires\n" + "\n".join(rows), "il db sqlite dell'app", "the app's sqlite db"
    doc = ('{\n  _id: ObjectId("%s"),\n  merchantId: "%s",\n  credentials: {\n    clientId: "%s",\n    clientSecret: "%s",\n    webhookSecret: "%s"\n  },\n  payout: { iban: "%s", bic: "%s" },\n  updatedAt: ISODate("%s")\n}') % (
        rs(r, HEX, 24), uuid4(r), r.choice(CLIENT_IDS), c.csec(), c.vend("whsec"), c.iban(plain=True), r.choice(BICS), date(r))
    return "mongosh", "test> db.merchants.findOne({ merchantId: { $exists: true } })\n" + doc, "il documento su mongo", "the mongo document"


def T_redis(c):
    r = c.r
    uid = uuid4(r)
    lines = ["127.0.0.1:6379> KEYS oauth:*", '1) "oauth:token:%s"' % uid, '2) "oauth:lock:%s"' % uuid4(r),
             "127.0.0.1:6379> GET oauth:token:%s" % uid]
    at, rt = c.tok(wrapw=r.choice([0, 0, 0, 80])), c.rtok(wrapw=r.choice([0, 0, 0, 80]))
    lines.append('"{\\"access_token\\":\\"%s\\",\\"refresh_token\\":\\"%s\\",\\"expires_at\\":%d}"' % (at, rt, 1764800000 + r.randint(0, 99999)))
    lines += ["127.0.0.1:6379> TTL oauth:token:%s" % uid, "(integer) %d" % r.randint(1, 3600)]
    if r.random() < 0.5:
        lines += ["127.0.0.1:6379> HGETALL otp:%s" % uuid4(r)[:8], '1) "code"', '2) "%s"' % c.pin(digits=6), '3) "attempts"', '4) "%d"' % r.randint(0, 3)]
    if r.random() < 0.3:
        lines = ["$ redis-cli -h %s -a %s" % (r.choice(HOSTS), c.pw())] + lines
    return "redis-cli", "\n".join(lines), "redis-cli", "redis-cli output"


def T_debugger(c):
    r = c.r
    v = r.randrange(6)
    if v == 0:
        art = ("> /app/payments/client.py(88)_authorize()\n-> resp = self.session.post(self.token_url, auth=(self.client_id, self.client_secret))\n"
               "(Pdb) p self.client_id, self.client_secret\n('%s', '%s')\n(Pdb) p self.token_url\n'https://auth.%s/oauth2/token'\n(Pdb) p resp.headers.get('x-request-id')\n'%s'") % (
            r.choice(CLIENT_IDS), c.csec(), prov(c), uuid4(r))
        return "pdb", art, "la sessione pdb", "a pdb session"
    if v == 1:
        art = ("this = {%sClient@%d}\n  baseUrl = \"https://api.%s\"\n  clientId = \"%s\"\n  clientSecret = \"%s\"\n  accessToken = \"%s\"\n  httpClient = {OkHttpClient@%d}\n  retries = %d\nrequest = {Request@%d} \"Request{method=POST, url=https://api.%s/v1/transfers}\"\n  body.iban = \"%s\"") % (
            r.choice(PROV_SDK), r.randint(1000, 9999), prov(c), r.choice(CLIENT_IDS), c.csec(), c.tok(), r.randint(1000, 9999), r.randint(0, 5), r.randint(1000, 9999), prov(c), c.iban(plain=True))
        return "intellij-debugger", art, "le variabili del debugger di IntelliJ", "the IntelliJ debugger variables"
    if v == 2:
        art = ("VARIABLES\n  Local\n    config: {baseURL: 'https://api.%s', apiKey: '%s', timeoutMs: 10000}\n    payload: {amount: %d, currency: 'EUR', debtorIban: '%s'}\n    res: Response {status: %d, statusText: '', url: '…/v1/payments'}\n  Closure\n    traceId: '%s'\nWATCH\n  config.refreshToken: '%s'") % (
            prov(c), c.tok(), r.randint(100, 99999), c.iban(plain=True), r.choice([401, 403, 422]), trace_id(r), c.rtok())
        return "vscode-debug", art, "il pannello variabili di VS Code", "VS Code's variables pane"
    if v == 3:
        art = ("(lldb) po credentials\n▿ Credentials\n  - clientId : \"%s\"\n  - clientSecret : \"%s\"\n  - pin : \"%s\"\n(lldb) po request.allHTTPHeaderFields\n▿ Optional<Dictionary<String, String>>\n  ▿ some : 2 elements\n    ▿ 0 : 2 elements\n      - key : \"Authorization\"\n      - value : \"Bearer %s\"\n    ▿ 1 : 2 elements\n      - key : \"X-Request-ID\"\n      - value : \"%s\"") % (
            r.choice(CLIENT_IDS), c.csec(), c.pin(digits=r.choice([4, 5, 6])), c.tok(), uuid4(r).upper())
        return "lldb", art, "l'output di lldb", "lldb output"
    if v == 4:
        art = ("(dlv) p cfg\nmain.Config {\n\tBaseURL: \"https://api.%s\",\n\tClientID: \"%s\",\n\tClientSecret: \"%s\",\n\tDSN: \"postgres://svc:%s@%s/%s?sslmode=disable\",\n\tTimeout: 30000000000,}\n(dlv) p req.Header\nnet/http.Header [\n\t\"Authorization\": [\"Bearer %s\"],\n\t\"X-Trace-Id\": [\"%s\"],\n]") % (
            prov(c), r.choice(CLIENT_IDS), c.csec(), c.pw_url(), r.choice(HOSTS), r.choice(DBS), c.tok(), trace_id(r))
        return "delve", art, "il dump di delve", "delve dump"
    sec = c.csec()
    art = ("[src/client.rs:%d:9] &creds = Credentials {\n    client_id: \"%s\",\n    client_secret: \"%s\",\n    token_url: \"https://auth.%s/oauth2/token\",\n}\n[src/client.rs:%d:9] &resp.status() = %d") % (
        r.randint(20, 300), r.choice(CLIENT_IDS), sec, prov(c), r.randint(20, 300), r.choice([400, 401]))
    return "rust-dbg", art, "l'output di dbg!", "the dbg! output"


def T_dumps(c):
    r = c.r
    v = r.randrange(3)
    if v == 0:
        k = c.vend() if r.random() < 0.5 else c.tok()
        pw = c.pw()
        url = "https://api.%s/v1" % prov(c)
        art = ('array(4) {\n  ["endpoint"]=>\n  string(%d) "%s"\n  ["api_key"]=>\n  string(%d) "%s"\n  ["db_password"]=>\n  string(%d) "%s"\n  ["merchant_id"]=>\n  int(%d)\n}') % (
            len(url), url, len(k), k, len(pw), pw, r.randint(1000, 99999))
        return "php-var-dump", art, "il var_dump", "var_dump output"
    if v == 1:
        art = "%s {BaseURL:https://api.%s ClientID:%s ClientSecret:%s Timeout:30s Debug:true}" % (
            r.choice(["2026/12/03 09:12:44 config:", "cfg =", "DEBUG"]), prov(c), r.choice(CLIENT_IDS), c.csec())
        if r.random() < 0.5:
            art += "\n2026/12/03 09:12:45 token: &{AccessToken:%s TokenType:Bearer RefreshToken:%s Expiry:2026-12-03 10:12:45 +0100 CET}" % (c.tok(), c.rtok())
        return "go-dump", art, "il log del programma Go", "my Go program's log"
    art = ("PaymentRequest(amount=%d, currency=EUR, card=CardDetails(number=%s, cvc=%s, expMonth=%d, expYear=%d), customerId=%s, idempotencyKey=%s)") % (
        r.randint(100, 99999), c.card_plain(), c.cvv(), r.randint(1, 12), r.randint(2027, 2031), pay_id(r), uuid4(r))
    return "java-tostring", "System.out: " + art if r.random() < 0.5 else art, "il toString() in console", "the toString() in the console"


def T_ide_runconfig(c):
    r = c.r
    v = r.randrange(3)
    envs = [("CLIENT_ID", r.choice(CLIENT_IDS)), ("CLIENT_SECRET", c.csec()), ("API_BASE", "https://api.sandbox.%s" % prov(c))]
    if r.random() < 0.6:
        envs.append(("DB_PASSWORD", c.pw()))
    if r.random() < 0.4:
        envs.append(("STRIPE_KEY", c.vend("stripe")))
    if r.random() < 0.3:
        envs.append(("PRIVATE_KEY", c.pkey(escaped=True)))
    if v == 0:
        body = "\n".join('      <env name="%s" value="%s" />' % (k, vv) for k, vv in envs)
        art = ('<component name="ProjectRunConfigurationManager">\n  <configuration default="false" name="Api (sandbox)" type="SpringBootApplicationConfigurationType">\n    <envs>\n%s\n    </envs>\n    <module name="payments-api" />\n  </configuration>\n</component>') % body
        return "idea-runconfig", art, ".idea/runConfigurations", "the .idea run configuration"
    if v == 1:
        body = ",\n".join('        "%s": "%s"' % (k, vv) for k, vv in envs)
        art = ('{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "Debug checkout",\n      "program": "${workspaceFolder}/src/server.js",\n      "env": {\n%s\n      }\n    }\n  ]\n}') % body
        return "vscode-launch", art, "il launch.json", "launch.json"
    body = "\n".join('<mapEntry key="%s" value="%s"/>' % (k, vv) for k, vv in envs)
    art = '<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">\n<mapAttribute key="org.eclipse.debug.core.environmentVariables">\n%s\n</mapAttribute>\n</launchConfiguration>' % body
    return "eclipse-launch", art, "la launch config di Eclipse", "the Eclipse launch config"


def T_logcat(c):
    r = c.r
    pid = r.randint(2000, 30000)
    tid = pid + r.randint(1, 80)
    t = "12-03 %02d:%02d:%02d" % (r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
    tags = []
    tags.append(("D", "OkHttp", "--> POST https://api.%s/v1/payment-intents" % prov(c)))
    tags.append(("D", "OkHttp", "Authorization: Bearer %s" % c.tok()))
    tags.append(("D", "OkHttp", "X-Request-Id: %s" % uuid4(r)))
    if r.random() < 0.6:
        tags.append(("D", "OkHttp", '{"card":{"number":"%s","cvc":"%s","exp_month":%d,"exp_year":%d}}' % (c.card_plain(), c.cvv(), r.randint(1, 12), r.randint(2027, 2031))))
    tags.append(("D", "OkHttp", "<-- %d https://api.%s/v1/payment-intents (%dms)" % (r.choice([200, 401, 402]), prov(c), r.randint(80, 2400))))
    if r.random() < 0.5:
        tags.append(("I", "AuthRepo", "saved refresh_token=%s" % c.rtok()))
    if r.random() < 0.4:
        tags.append(("D", "SmsRetriever", "OTP received: %s" % c.pin(digits=6)))
    tags.append(("W", "System.err", "at com.acme.pay.net.ApiClient.execute(ApiClient.kt:%d)" % r.randint(40, 400)))
    tags.append(("I", "Choreographer", "Skipped %d frames!  The application may be doing too much work on its main thread." % r.randint(30, 90)))
    lines = ["%s.%03d %5d %5d %s %-8s: %s" % (t, r.randint(0, 999), pid, tid, lv, tg, msg) for lv, tg, msg in tags]
    return "logcat", "\n".join(lines), "il logcat", "logcat"


def T_xcode(c):
    r = c.r
    app = r.choice(["Pagamenti", "ShopApp", "BottegaPay", "Checkout"])
    pid = r.randint(1000, 9000)
    th = r.randint(100000, 999999)
    pre = "2026-12-03 %02d:%02d:%02d.%06d+0100 %s[%d:%d]" % (r.randint(7, 22), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), app, pid, th)
    lines = ["%s [Network] POST https://api.%s/v1/sca/challenges" % (pre, prov(c)),
             '%s [Network] headers: ["Authorization": "Bearer %s", "X-Device-Id": "%s"]' % (pre, c.tok(), uuid4(r).upper()),
             '%s [Auth] keychain item: { account = "%s"; service = "com.acme.pay"; password = "%s" }' % (pre, r.choice(CLIENT_IDS), c.pw()),
             "%s [SCA] challenge %s status=pending otp=%s" % (pre, uuid4(r), c.pin(digits=6))]
    if r.random() < 0.5:
        lines.append('%s [Auth] refresh ok, new refresh token: %s' % (pre, c.rtok()))
    lines.append("%s [BoringSSL] nw_protocol_boringssl_error(%d) [C%d:1][%s] Lower protocol stack error: 54" % (pre, r.randint(1000, 2000), r.randint(1, 9), rs(r, HEX, 8)))
    r.shuffle(lines)
    return "xcode-console", "\n".join(lines), "la console di Xcode", "the Xcode console"


def T_flutter_metro(c):
    r = c.r
    if r.random() < 0.5:
        pid = r.randint(1000, 30000)
        lines = ["I/flutter (%d): ┌──────────────────────────" % pid,
                 "I/flutter (%d): │ POST /oauth/token -> 200" % pid,
                 "I/flutter (%d): │ {access_token: %s, token_type: bearer, expires_in: 3600, refresh_token: %s}" % (pid, c.tok(), c.rtok()),
                 "I/flutter (%d): └──────────────────────────" % pid]
        if r.random() < 0.5:
            lines.append("I/flutter (%d): iban salvato: %s" % (pid, c.iban()) if c.lang == "it" else "I/flutter (%d): saved iban: %s" % (pid, c.iban()))
        return "flutter-log", "\n".join(lines), "il log di flutter run", "flutter run log"
    lines = [" LOG  [auth] login ok %s" % uuid4(r),
             " LOG  [auth] storing session {\"sid\": \"%s\", \"userId\": \"%s\"}" % (c.sess(), uuid4(r)),
             " LOG  [api] GET /v1/accounts 200 in %dms" % r.randint(50, 900),
             " WARN  Possible Unhandled Promise Rejection (id: %d):" % r.randint(0, 9),
             " ERROR  [pay] {\"code\":\"sca_required\",\"otp\":\"%s\",\"challengeId\":\"%s\"}" % (c.pin(digits=6), uuid4(r))]
    return "metro-log", "\n".join(lines), "il terminale di Metro", "the Metro bundler terminal"


def T_browser(c):
    r = c.r
    v = r.randrange(3)
    if v == 0:
        auth = json.dumps({"access_token": c.tok(), "refresh_token": c.rtok(), "expires_at": 1764800000 + r.randint(0, 99999)}, separators=(",", ":"))
        art = "> localStorage\nStorage {auth: '%s', theme: 'dark', i18nextLng: '%s', cart_id: '%s', length: 4}" % (auth, c.L("it", "en-GB"), uuid4(r))
        return "browser-console", art, "il contenuto del localStorage", "the localStorage dump"
    if v == 1:
        art = "> document.cookie\n'_ga=GA1.1.%d.%d; cookie_consent=all; %s=%s; lang=%s'" % (
            r.randint(10 ** 8, 10 ** 9), r.randint(1700000000, 1765000000), r.choice(["sid", "session", "PHPSESSID", "connect.sid", "__Host-session"]), c.sess(), c.lang)
        art += "\nPOST https://api.%s/v1/checkout 401 (Unauthorized)      checkout.js:%d" % (prov(c), r.randint(10, 900))
        return "browser-console", art, "la console del browser", "the browser console"
    rows = [("_ga", "GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(1700000000, 1765000000)), ".acme-shop.it"),
            (r.choice(["session", "sid", "__Secure-sess"]), c.sess(), "checkout.acme-shop.it"),
            ("cookie_consent", "v2|" + date(r)[:10], "checkout.acme-shop.it"),
            ("lang", c.lang, ".acme-shop.it")]
    if r.random() < 0.5:
        rows.append(("remember_token", c.rtok(), "checkout.acme-shop.it"))
    art = "Name\tValue\tDomain\tPath\tExpires / Max-Age\tHttpOnly\tSecure\n" + "\n".join("%s\t%s\t%s\t/\t2027-01-0%dT10:00:00.000Z\t%s\t✓" % (n, v_, d, r.randint(1, 9), r.choice(["✓", ""])) for n, v_, d in rows)
    return "devtools-cookies", art, "la tabella dei cookie (DevTools > Application)", "the cookie table from DevTools > Application"


def T_jupyter(c):
    r = c.r
    n = r.randint(1, 30)
    k = c.tok()
    cell1 = ("In [%d]: API_KEY = \"%s\"\n        client = %s(api_key=API_KEY, env=\"sandbox\")" % (n, k, r.choice(PROV_SDK))) if (k not in LOOK_TOKEN or r.random() < 0.3) else \
        ("In [%d]: client = %s(api_key=%s, env=\"sandbox\")" % (n, r.choice(PROV_SDK), c.envref("API_KEY", "py")))
    rows = []
    for i in range(r.randint(2, 4)):
        rows.append("%d  %s  %8.2f  %s  %s" % (i, pay_id(r), r.randint(100, 900000) / 100, c.iban(plain=True), r.choice(["settled", "pending", "failed"])))
    out = "In [%d]: df = pd.DataFrame(client.payouts.list(limit=%d))\n        df[[\"id\", \"amount\", \"iban\", \"status\"]]\nOut[%d]:\n   id                         amount  iban                         status\n%s" % (n + 1, len(rows), n + 1, "\n".join(rows))
    extra = ""
    if r.random() < 0.4:
        extra = "\n\nIn [%d]: !curl -s -u %s https://api.sandbox.%s/v1/balance\n{\"available\": %d, \"currency\": \"EUR\"}" % (n + 2, c.pair(), prov(c), r.randint(0, 99999))
    return "jupyter", cell1 + "\n\n" + out + extra, "le celle del notebook", "the notebook cells"


def T_makefile(c):
    r = c.r
    sk = c.vend("stripe")
    sk_line = ("STRIPE_KEY ?= %s" % sk) if (sk not in LOOK_VENDOR or r.random() < 0.3) else "STRIPE_KEY ?= $(shell vault kv get -field=key secret/stripe)"
    art = ("# Makefile\n%s\nCLIENT_ID := %s\nCLIENT_SECRET ?= %s\nIMAGE := registry.gitlab.com/acme/checkout:%s\n\n.PHONY: run deploy seed\n\nrun:\n\tCLIENT_ID=$(CLIENT_ID) CLIENT_SECRET=$(CLIENT_SECRET) go run ./cmd/api\n\n"
           "deploy:\n\tdocker build --build-arg NPM_TOKEN=%s -t $(IMAGE) .\n\tdocker push $(IMAGE)\n\nseed:\n\tPGPASSWORD=%s psql -h %s -U app -f db/seed.sql") % (
        sk_line, r.choice(CLIENT_IDS), c.csec(), sha40(r)[:8], c.vend("npm") if c.want() else r.choice(["$(NPM_TOKEN)", "${NPM_TOKEN}"]), c.pw(), r.choice(HOSTS))
    return "makefile", art, "il Makefile", "the Makefile"


def T_dockerfile(c):
    r = c.r
    if r.random() < 0.55:
        npm = c.vend("npm")
        art = ("FROM node:20-alpine@sha256:%s\nARG NPM_TOKEN\nARG %s_CLIENT_SECRET=%s\nENV API_BASE=https://api.%s \\\n    CLIENT_ID=%s\nWORKDIR /app\nCOPY package*.json ./\n"
               "RUN echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc && npm ci && rm .npmrc\nENV DB_URL=postgres://app:%s@db:5432/%s\nCOPY . .\nCMD [\"node\", \"server.js\"]") % (
            sha256(r), r.choice(PROV_SDK).upper(), c.csec(), prov(c), r.choice(CLIENT_IDS), npm if npm not in LOOK_VENDOR else "${NPM_TOKEN}", c.pw_url(), r.choice(DBS))
        return "dockerfile", art, "il Dockerfile", "the Dockerfile"
    lines = ["$ docker history --no-trunc acme/checkout:%s --format '{{.CreatedBy}}' | head -6" % sha40(r)[:7],
             "CMD [\"node\" \"server.js\"]",
             "|2 DB_PASSWORD=%s GITHUB_TOKEN=%s /bin/sh -c npm run build" % (c.pw(), c.vend("github")),
             "|2 DB_PASSWORD=… /bin/sh -c npm ci" if r.random() < 0.5 else "COPY dir:%s in /app" % sha256(r),
             "ENV CLIENT_ID=%s" % r.choice(CLIENT_IDS),
             "WORKDIR /app"]
    return "docker-history", "\n".join(lines), "l'output di docker history", "docker history output"


def T_crontab(c):
    r = c.r
    lines = ["$ crontab -l", "# m h dom mon dow command" if c.lang == "en" else "# riconciliazione notturna",
             "*/5 * * * * curl -s -H 'X-Api-Key: %s' https://api.%s/v1/payouts/sync >> /var/log/sync.log 2>&1" % (c.tok(), prov(c)),
             "15 2 * * * PGPASSWORD='%s' pg_dump -h %s -U backup %s | gzip > /backup/%s-$(date +\\%%F).sql.gz" % (c.pw(), r.choice(HOSTS), r.choice(DBS), r.choice(DBS)),
             "0 6 * * 1 /opt/scripts/report.sh --client %s" % r.choice(CLIENT_IDS)]
    if r.random() < 0.4:
        lines.append("30 7 * * * SLACK_TOKEN=%s /opt/scripts/notify.py" % c.vend("slack"))
    return "crontab", "\n".join(lines), "il crontab del server", "the server's crontab"


def T_gradle(c):
    r = c.r
    if r.random() < 0.5:
        art = ("# local.properties\nsdk.dir=/Users/%s/Library/Android/sdk\nsportello.clientId=%s\nsportello.apiKey=%s\nRELEASE_STORE_FILE=../keys/release.jks\nRELEASE_STORE_PASSWORD=%s\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD=%s\nMAPS_API_KEY=%s") % (
            r.choice(["marco", "giulia", "tom", "dev"]), r.choice(CLIENT_IDS), c.tok(), c.pw(), c.pw(), c.vend("google"))
        return "gradle-properties", art, "il local.properties", "local.properties"
    art = "$ ./gradlew assembleRelease -PstorePassword=%s -PkeyPassword=%s -PapiKey=%s --stacktrace\n> Task :app:validateSigningRelease FAILED\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:validateSigningRelease'.\n> Keystore file '/builds/%s/keys/release.jks' not found for signing config 'release'." % (
        c.pw(), c.pw(), c.tok(), r.choice(["acme", "bottega"]))
    return "gradle", art, "l'output di gradle", "the gradle output"


def T_fixture(c):
    r = c.r
    v = r.randrange(4)
    if v == 0:
        art = ("# tests/conftest.py\nimport pytest\n\n@pytest.fixture\ndef sandbox_client():\n    return Client(\n        client_id=\"%s\",\n        client_secret=\"%s\",\n        base_url=\"https://api.sandbox.%s\",\n    )\n\n@pytest.fixture\ndef payer():\n    return {\"iban\": \"%s\", \"bic\": \"%s\", \"name\": \"%s %s\"}") % (
            r.choice(CLIENT_IDS), c.csec(), prov(c), c.iban(plain=True), r.choice(BICS), r.choice(IT_NAMES), r.choice(IT_SUR))
        return "pytest-fixture", art, "il conftest", "conftest.py"
    if v == 1:
        art = ("# cassettes/test_create_payment.yaml\ninteractions:\n- request:\n    body: '{\"amount\": %d, \"currency\": \"EUR\"}'\n    headers:\n      Authorization:\n      - Bearer %s\n      Idempotency-Key:\n      - %s\n    method: POST\n    uri: https://api.sandbox.%s/v1/payments\n  response:\n    status: {code: 201, message: Created}\n    body: {string: '{\"id\": \"%s\", \"status\": \"pending\"}'}") % (
            r.randint(100, 99999), c.tok(), uuid4(r), prov(c), pay_id(r))
        return "vcr-cassette", art, "la cassetta VCR registrata dal test", "the VCR cassette the test recorded"
    if v == 2:
        art = ("// __snapshots__/PaymentForm.test.tsx.snap\nexports[`PaymentForm fills card fields 1`] = `\n<form data-testid=\"pay\">\n  <input name=\"cardNumber\" value=\"%s\" />\n  <input name=\"cvc\" value=\"%s\" />\n  <input name=\"iban\" value=\"%s\" />\n  <button type=\"submit\">%s</button>\n</form>\n`;") % (
            c.card(), c.cvv(), c.iban(), c.L("Paga ora", "Pay now"))
        return "jest-snapshot", art, "lo snapshot di jest", "the jest snapshot"
    art = json.dumps([{"model": "payments.merchant", "pk": r.randint(1, 99), "fields": {
        "name": r.choice(["Bottega Rossi", "Hotel Miramare", "Acme Ltd"]), "client_id": r.choice(CLIENT_IDS), "webhook_secret": c.vend("whsec"),
        "settlement_account": c.acct(), "created": date(r)}}], indent=2, ensure_ascii=False)
    return "django-fixture", "fixtures/merchants.json\n" + art, "la fixture django", "the django fixture"


def T_seed(c):
    r = c.r
    v = r.randrange(3)
    if v == 0:
        vals = ",\n".join("  ('%s', '%s', '%s', %s)" % (uuid4(r), ("%s %s" % (r.choice(IT_NAMES), r.choice(IT_SUR))).replace("'", "''"), c.iban(plain=True), "'%s'" % c.acct() if r.random() < 0.4 else "NULL") for _ in range(r.randint(2, 4)))
        art = "-- db/migrate/V%d__seed_beneficiaries.sql\nINSERT INTO beneficiaries (id, holder, iban, legacy_account) VALUES\n%s;" % (r.randint(3, 60), vals)
        return "sql-seed", art, "la migration di seed", "the seed migration"
    if v == 1:
        art = ("# db/seeds.rb\nMerchant.find_or_create_by!(client_id: \"%s\") do |m|\n  m.client_secret = \"%s\"\n  m.webhook_secret = %s\nend\nUser.create!(email: \"admin@%s\", password: \"%s\", otp_secret: %s)") % (
            r.choice(CLIENT_IDS), c.csec(), ('"%s"' % c.vend("whsec")) if c.want() else c.envref("WEBHOOK_SECRET", "rb"),
            r.choice(["acme-shop.it", "bottega.it", "example.com"]), c.pw(), "ENV['OTP_SECRET']")
        return "rails-seed", art, "il seeds.rb", "seeds.rb"
    art = ("// seeds/01_cards.js\nexports.seed = async (knex) => {\n  await knex('saved_cards').del();\n  await knex('saved_cards').insert([\n    { id: '%s', pan: '%s', cvv: '%s', holder: '%s' },\n    { id: '%s', pan: '%s', cvv: null, holder: '%s' },\n  ]);\n};") % (
        uuid4(r), c.card_plain(), c.cvv(), r.choice(EN_NAMES), uuid4(r), c.card_plain(), r.choice(EN_NAMES))
    return "knex-seed", art, "il seed di knex", "the knex seed"


def T_mq(c):
    r = c.r
    v = r.randrange(4)
    body = {"event": r.choice(["payout.requested", "mandate.created", "card.tokenize", "consent.granted"]), "id": pay_id(r), "correlation_id": uuid4(r)}
    if body["event"] == "card.tokenize":
        body["pan"] = c.card_plain()
        body["cvc"] = c.cvv()
    elif body["event"] == "consent.granted":
        body["access_token"] = c.tok()
        body["refresh_token"] = c.rtok()
    else:
        if r.random() < 0.4:
            body["account"] = c.acct()
        else:
            body["iban"] = c.iban(plain=True)
        body["amount"] = r.randint(100, 900000)
    js = json.dumps(body, separators=(",", ":"))
    if v == 0:
        art = "Message 1\nThe server reported %d messages remaining.\nExchange\tpayments\nRouting Key\t%s\nRedelivered\t○\nProperties\tmessage_id: %s\n\tdelivery_mode: 2\n\theaders: x-retry: %d\nPayload\n%d bytes\nEncoding: string\n%s" % (
            r.randint(0, 300), body["event"], uuid4(r), r.randint(0, 5), len(js), js)
        return "rabbitmq", art, "il messaggio dalla management UI di RabbitMQ", "the message from the RabbitMQ management UI"
    if v == 1:
        art = "$ kafka-console-consumer --bootstrap-server localhost:9092 --topic %s --from-beginning --property print.key=true --max-messages 1\n%s\t%s\nProcessed a total of 1 messages" % (
            body["event"].split(".")[0] + "-events", body["id"], js)
        return "kafka", art, "il consumer kafka", "kafka console consumer output"
    if v == 2:
        art = json.dumps({"Messages": [{"MessageId": uuid4(r), "ReceiptHandle": rs(r, B64, 80), "MD5OfBody": rs(r, HEX, 32), "Body": js}]}, indent=4)
        return "sqs", "$ aws sqs receive-message --queue-url https://sqs.eu-south-1.amazonaws.com/%d/payouts-dlq\n%s" % (r.randint(10 ** 11, 10 ** 12 - 1), art), "il messaggio in DLQ su SQS", "the SQS DLQ message"
    art = "$ nats sub 'payments.>'\n%s Subscribing on payments.>\n[#1] Received on \"payments.%s\"\nNats-Msg-Id: %s\n\n%s" % (date(r)[11:19], body["event"], uuid4(r), js)
    return "nats", art, "nats sub", "nats sub output"


def T_sheet(c):
    r = c.r
    v = r.randrange(3)
    if v == 0:
        art = ("Foglio \"Config\"\nA1: endpoint\tB1: https://api.%s/v1/reports/settlements.csv\nA2: token\tB2: %s\nA3: import\tB3: =IMPORTDATA(B1&\"?access_token=\"&B2)\nA4: aggiornato\tB4: =NOW()" if c.lang == "it" else
               "Sheet \"Config\"\nA1: endpoint\tB1: https://api.%s/v1/reports/settlements.csv\nA2: token\tB2: %s\nA3: import\tB3: =IMPORTDATA(B1&\"?access_token=\"&B2)\nA4: refreshed\tB4: =NOW()") % (prov(c), c.tok())
        return "spreadsheet", art, "il foglio google con le formule", "the Google sheet with the formulas"
    if v == 1:
        if r.random() < 0.35:
            hdr = c.L("Fornitore\tConto (ABI CAB c/c)\tImporto\tNote", "Supplier\tSort code + account\tAmount\tNotes")
            rows = ["%s\t%s\t%s\t%s" % (r.choice(COMPANIES), c.acct(), amount(r, c.lang), c.L("=SOMMA(C2:C9)", "=SUM(C2:C9)") if i == 0 else order_no(r)) for i in range(r.randint(2, 4))]
            return "spreadsheet", hdr + "\n" + "\n".join(rows), "il foglio fornitori", "the suppliers sheet"
        hdr = c.L("Beneficiario\tIBAN\tImporto\tCausale\tFormula", "Payee\tIBAN\tAmount\tReference\tFormula")
        rows = []
        for i in range(r.randint(2, 4)):
            rows.append("%s %s\t%s\t%s\t%s\t=SE(C%d>1000;\"verifica\";\"ok\")" % (r.choice(IT_NAMES), r.choice(IT_SUR), c.iban(), amount(r, c.lang), order_no(r), i + 2) if c.lang == "it" else
                        "%s %s\t%s\t%s\t%s\t=IF(C%d>1000,\"check\",\"ok\")" % (r.choice(EN_NAMES), r.choice(EN_SUR), c.iban(), amount(r, c.lang), order_no(r), i + 2))
        return "spreadsheet", hdr + "\n" + "\n".join(rows), "le righe del foglio excel dei bonifici", "rows from the payouts spreadsheet"
    art = ("// Apps Script, Extensions > Apps Script\nfunction syncPayouts() {\n  var auth = Utilities.base64Encode('%s');\n  var res = UrlFetchApp.fetch('https://api.%s/v1/payouts', {\n    headers: { Authorization: 'Basic ' + auth }\n  });\n  SpreadsheetApp.getActive().getRange('A2').setValue(res.getContentText());\n}") % (c.pair(), prov(c))
    return "apps-script", art, "lo script del foglio", "the sheet's Apps Script"


def T_powershell(c):
    r = c.r
    d = r.choice(["C:\\dev\\shop", "C:\\Users\\%s\\source\\repos\\PayBridge" % r.choice(["mrossi", "tsmith", "gbianchi"])])
    lines = ['PS %s> $env:%s_CLIENT_SECRET = "%s"' % (d, r.choice(PROV_SDK).upper(), c.csec()),
             'PS %s> $tok = "%s"' % (d, c.tok(wrapw=r.choice([0, 0, 60, 90]))),
             'PS %s> Invoke-RestMethod -Uri https://api.%s/v1/accounts -Headers @{ Authorization = "Bearer $tok" }' % (d, prov(c)),
             "Invoke-RestMethod : {\"error\":\"consent_expired\",\"consent_id\":\"%s\"}" % uuid4(r),
             "At line:1 char:1",
             "+ Invoke-RestMethod -Uri https://api.%s/v1/accounts -Headers @{ Authoriz ..." % prov(c),
             "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException"]
    if r.random() < 0.4:
        lines.insert(0, "PS %s> Get-Content .\\appsettings.Development.json | Select-String Password" % d)
        lines.insert(1, '  "ConnectionStrings": { "Default": "Server=%s;Database=%s;User Id=sa;Password=%s;" }' % (r.choice(HOSTS), r.choice(DBS), c.pw()))
    return "powershell", "\n".join(lines), "la sessione PowerShell", "the PowerShell session"


def T_k6(c):
    r = c.r
    art = "$ k6 run -e BASE=https://api.sandbox.%s -e TOKEN=%s load/checkout.js\n\n          /\\      |‾‾| /‾‾/   /‾‾/\n     /\\  /  \\     |  |/  /   /  /\n\n  execution: local\n     script: load/checkout.js\n\n     http_req_failed................: %d.%02d%% ✓ %d ✗ %d\n     http_req_duration..............: avg=%dms p(95)=%dms" % (
        prov(c), c.tok(), r.randint(0, 60), r.randint(0, 99), r.randint(0, 500), r.randint(100, 5000), r.randint(50, 900), r.randint(200, 4000))
    return "k6", art, "l'output di k6", "k6 output"


def T_gitconfig_netrc(c):
    r = c.r
    if r.random() < 0.5:
        art = "$ cat ~/.netrc\nmachine api.%s\n  login %s\n  password %s\nmachine github.com login acme-bot password %s" % (prov(c), r.choice(CLIENT_IDS), c.csec(), c.vend("github"))
        return "terminal", art, "il mio .netrc", "my .netrc"
    art = "$ git config --list --show-origin | grep url\nfile:.git/config\tremote.origin.url=https://oauth2:%s@gitlab.com/acme/payments-sdk.git\nfile:.git/config\tbranch.main.remote=origin\nfile:/Users/dev/.gitconfig\tuser.email=dev@acme-shop.it" % c.vend("gitlab")
    return "terminal", art, "la config git", "git config output"


def T_sftp_ssh(c):
    r = c.r
    art = "$ cat ~/.ssh/%s\n%s" % (r.choice(["id_ed25519", "id_rsa", "sportello_sftp"]), c.pkey(force=True if c.want() else False))
    if c.r.random() < 0.5:
        art += "\n$ cat ~/.ssh/id_ed25519.pub\n" + ssh_pub(r)
    art += "\n$ sftp -i ~/.ssh/sportello_sftp %s@sftp.%s\n%s@sftp.%s: Permission denied (publickey)." % (r.choice(CLIENT_IDS), prov(c), r.choice(CLIENT_IDS), prov(c))
    return "terminal", art, "la chiave che uso per l'sftp dei rendiconti", "the key I use for the statements sftp"


TEMPLATES = [
    (T_shell_history, 9), (T_env_dump, 7), (T_curl_verbose, 5), (T_python_repl, 7), (T_node_repl, 6), (T_rails_console, 4),
    (T_psql, 6), (T_mysql_sqlite_mongo, 5), (T_redis, 4), (T_debugger, 8), (T_dumps, 5), (T_ide_runconfig, 5),
    (T_logcat, 5), (T_xcode, 4), (T_flutter_metro, 4), (T_browser, 6), (T_jupyter, 5), (T_makefile, 3),
    (T_dockerfile, 4), (T_crontab, 3), (T_gradle, 3), (T_fixture, 6), (T_seed, 5), (T_mq, 6), (T_sheet, 5),
    (T_powershell, 3), (T_k6, 2), (T_gitconfig_netrc, 3), (T_sftp_ssh, 2),
]


# ================================================================ human words around the paste
PROB = {
    "it": ["la chiamata a /oauth/token risponde 401 invalid_client", "il webhook arriva ma la firma non torna",
           "il pagamento resta in pending da ieri", "dopo la SCA il redirect va in loop", "prendiamo 429 anche con due chiamate al minuto",
           "il consenso AIS scade dopo un giorno invece di 90", "i rimborsi falliscono con 422", "in sandbox va, in produzione no",
           "il refresh del token non funziona più", "il bonifico istantaneo viene rifiutato senza motivo", "l'app si pianta al momento del pagamento",
           "il payout non parte", "l'SDK va in timeout", "non riceviamo l'OTP", "la lista conti torna vuota"],
    "en": ["the /oauth/token call returns 401 invalid_client", "webhooks arrive but the signature check fails",
           "the payment has been stuck in pending since yesterday", "after SCA the redirect loops forever", "we get 429 even at two calls a minute",
           "the AIS consent expires after one day instead of 90", "refunds fail with a 422", "works in sandbox, not in production",
           "token refresh stopped working", "instant transfers get rejected with no reason", "the app crashes at checkout",
           "the payout never starts", "the SDK times out", "the OTP never arrives", "the account list comes back empty"],
}

INTRO = {
    ("it", "formal"): ["Buongiorno,\nvi scrivo perché {prob}. Di seguito {what}.", "Gentile supporto,\ncome richiesto allego {what}. Il problema è che {prob}.",
                       "Buonasera, segnalo che {prob}. Riporto qui {what} per completezza."],
    ("it", "hurried"): ["URGENTE {prob}!! vi incollo {what}", "{what} qui sotto, {prob}, ci serve una mano oggi", "veloce: {prob}. {what}:"],
    ("it", "careless"): ["ciao ragazzi allora {prob} boh, ecco {what}", "raga {prob} 🙃 vi metto {what}", "allora... {prob}. {what} sotto"],
    ("it", "nonnative"): ["Ciao, io ho provato ma {prob}. Qui è {what} di mio computer", "Salve, noi avere problema: {prob}. Io mando {what}",
                          "Buongiorno, scusa mio italiano, {prob}. Ecco {what}"],
    ("it", "plain"): ["{what}:", "Vi incollo {what}, {prob}.", "Come da telefonata, {what}.", "Ticket aperto perché {prob}. Allego {what}."],
    ("en", "formal"): ["Dear Support team,\nwe are experiencing an issue: {prob}. Please find {what} below.", "Good morning,\nas requested, here is {what}. The issue is that {prob}.",
                       "Hello,\nI would like to report that {prob}. I include {what} for reference."],
    ("en", "hurried"): ["URGENT - {prob}. {what} below", "{prob}!! pasting {what}, need help today", "quick one: {prob}. {what}:"],
    ("en", "careless"): ["hey so {prob} lol. heres {what}", "ok so {prob} 🤷 {what} below", "yo, {prob}, dumped {what} here"],
    ("en", "nonnative"): ["Hello, we have the problem that {prob}, I send you {what} of my pc", "Good morning, please we need help because {prob}. Here is {what}",
                          "Hi, sorry for my english, {prob}. I put {what} here under"],
    ("en", "plain"): ["{what}:", "Pasting {what}; {prob}.", "As discussed on the call, {what}.", "Opening this because {prob}. Attached {what}."],
}

OUTRO = {
    "it": ["Grazie, {name}", "fatemi sapere", "Saluti\n{name} {sur}\n{company}", "grazie mille!!", "Cordiali saluti,\n{name} {sur}", "{name}", ""],
    "en": ["Thanks, {name}", "cheers", "Regards,\n{name} {sur}\n{company}", "thx", "Kind regards,\n{name} {sur}", "-- {name}", ""],
}
COMPANIES = ["Bottega Rossi srl", "Acme Payments Ltd", "Hotel Miramare", "Farmacia Lupo snc", "Ciclofficina Verdi", "Northwind Retail", "Gelateria Da Enzo"]

NEG_PROSE = {
    "it": ["ho oscurato token e password prima di incollare", "il client secret è nel vault, non lo metto qui", "la password l'ho già cambiata ieri comunque",
           "l'IBAN l'ho mascherato io", "il codice OTP non arriva proprio, quindi non posso darvelo", "request id sopra, se vi serve per i log",
           "i valori veri li prendiamo da variabili d'ambiente", "il token lo rigeneriamo ogni ora, quello sopra è troncato",
           "vi serve la chiave privata? ve la mandiamo dal canale sicuro, non qui", "il numero d'ordine è quello in alto"],
    "en": ["I masked tokens and passwords before pasting", "the client secret lives in Vault, not pasting it here", "I already rotated the password yesterday anyway",
           "I masked the IBAN myself", "the OTP never arrives so I can't share it", "request id is above if you need it for the logs",
           "real values come from env vars", "we regenerate the token hourly, the one above is truncated",
           "if you need the private key we'll send it through the secure channel, not here", "the order number is the one at the top"],
}

DIGW = {"it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
        "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def spoken(r, digits, lang):
    sep = r.choice([" ", "-", ", ", " "])
    return sep.join(DIGW[lang][int(d)] for d in digits)


def human_secret(c):
    """A secret a few words after its keyword, in the writer's own sentence."""
    r = c.r
    k = r.randrange(8)
    if k == 0:
        pw = c.pw(force=True)
        return c.L("ps la password del db di staging, quella che ha messo %s la settimana scorsa, è %s" % (r.choice(IT_NAMES), pw),
                   "fwiw the staging db password, the one %s set last week, is %s" % (r.choice(EN_NAMES), pw))
    if k == 1:
        pin = c.pin(force=True, digits=6)
        return c.L("se serve, il codice che mi è arrivato via sms era %s" % pin, "if it helps, the code I got by sms was %s" % pin)
    if k == 2:
        cs = c.csec(force=True)
        return c.L("il client secret nuovo (rigenerato stamattina dal portale) è questo: %s" % cs, "new client secret after this morning's rotation, in case: %s" % cs)
    if k == 3:
        d = gen_pin(r, 4)
        sp = c.add("pin", spoken(r, d, c.lang))
        return c.L("il pin della carta di prova me l'ha dettato il collega: %s" % sp, "my colleague read me the test card's PIN over the phone: %s" % sp)
    if k == 4:
        pw = c.pw(force=True)
        w = r.choice(["Passwort", "mot de passe", "contraseña", "Kennwort"])
        return c.L("il cliente tedesco/francese ha scritto nel form \"%s: %s\"" % (w, pw), "the customer wrote in the form \"%s: %s\"" % (w, pw))
    if k == 5:
        ib = c.iban(force=True)
        return c.L("l'IBAN su cui dovrebbe arrivare il payout, per capirci, è %s" % ib, "the IBAN the payout should land on is %s, just so you know" % ib)
    if k == 6:
        n = gen_card(r)
        f = fmt_card(r, n)
        c.add("card_number", f)
        cv = c.cvv(force=True, amex=len(n) == 15)
        return c.L("la carta con cui ho provato è %s, cvv %s" % (f, cv), "card I tested with: %s cvv %s" % (f, cv))
    t = c.tok(force=True)
    return c.L("il token che uso ora, se volete provarlo voi: %s" % t, "the token I'm using right now if you want to try it: %s" % t)


def frame(c, art, what_it, what_en):
    r = c.r
    lang = c.lang
    name = r.choice(IT_NAMES if lang == "it" else EN_NAMES)
    sur = r.choice(IT_SUR if lang == "it" else EN_SUR)
    what = what_it if lang == "it" else what_en
    prob = r.choice(PROB[lang])
    parts = []
    raw = r.random() < 0.1
    if not raw:
        parts.append(r.choice(INTRO[(lang, c.tone)]).format(what=what, prob=prob))
    fence = r.random()
    if fence < 0.25:
        body = "```\n" + art + "\n```"
    elif fence < 0.35:
        body = "-----\n" + art + "\n-----"
    elif fence < 0.42 and not any("\n" in v for _, v in c.sec):
        body = "\n".join("    " + l for l in art.split("\n"))
    else:
        body = art
    parts.append(body)
    extra = []
    if c.pos and r.random() < 0.18:
        extra.append(human_secret(c))
    if r.random() < (0.4 if not c.pos else 0.1):
        extra.append(r.choice(NEG_PROSE[lang]))
    if r.random() < 0.25:
        extra.append(c.L("request id %s, ora %s" % (uuid4(r), date(r)), "request id %s at %s" % (uuid4(r), date(r))))
    if r.random() < 0.15:
        extra.append(c.L("ordine %s, importo %s, tel. %s" % (order_no(r), amount(r, lang), phone(r, lang)),
                         "order %s, amount %s, call me on %s" % (order_no(r), amount(r, lang), phone(r, lang))))
    if r.random() < 0.1:
        extra.append(c.L("il BIC della banca è %s" % r.choice(BICS), "bank BIC is %s" % r.choice(BICS)))
    if r.random() < 0.08:
        extra.append(c.L("commit %s, immagine %s" % (sha40(r), "sha256:" + sha256(r)), "commit %s, image %s" % (sha40(r), "sha256:" + sha256(r))))
    if r.random() < 0.06:
        extra.append(c.L("chiave pubblica per le notifiche: %s" % publishable(r), "our publishable key (public, front-end): %s" % publishable(r)))
    if r.random() < 0.05:
        extra.append(c.L("cursor di paginazione: %s" % cursor(r), "pagination cursor: %s" % cursor(r)))
    if r.random() < 0.04:
        extra.append("integrity " + npm_integrity(r))
    for e in extra:
        parts.append(e)
    out = r.choice(OUTRO[lang]).format(name=name, sur=sur, company=r.choice(COMPANIES))
    if out and not raw:
        parts.append(out)
    if raw:
        parts.append(r.choice(["(copiato dal terminale)", "(incollato così com'è)", "vedi sopra", "questo è quello che vedo"] if lang == "it" else
                              ["(copied from my terminal)", "(pasted as is)", "see above", "that's what I get"]))
    if c.tone == "careless":
        joined = r.choice(["\n", "\n\n", " "]).join(parts[:1]) + "\n" + "\n".join(parts[1:])
    else:
        joined = "\n\n".join(parts)
    return joined


def T_human_note(c):
    """Just the writer's sentence with one pasted line in it."""
    r = c.r
    v = r.randrange(6)
    if v == 0:
        x = c.csec()
        art = c.L("ho lanciato lo script di prova con --secret %s e risponde sempre invalid_client" % x,
                  "ran the smoke script with --secret %s and it keeps saying invalid_client" % x)
    elif v == 1:
        x = c.pw()
        art = c.L("nel terminale l'ultimo comando era: psql -U app -W  (password %s) e poi select * from consents" % x,
                  "last thing in my terminal: psql -U app -W  (password %s) then select * from consents" % x)
    elif v == 2:
        x, d = c.tok(), date(r)
        art = c.L("il watch del debugger su `token` mostra %s mentre `expiresAt` è %s" % (x, d),
                  "debugger watch on `token` shows %s while `expiresAt` is %s" % (x, d))
    elif v == 3:
        x = c.rtok()
        art = c.L("nella cella 7 del notebook ho messo refresh_token = %s (lo so, lo so)" % x,
                  "in notebook cell 7 I set refresh_token = %s (I know, I know)" % x)
    elif v == 4:
        x, y = c.iban(), c.acct()
        art = c.L("il seed mette come IBAN del merchant di test %s e come conto %s" % (x, y),
                  "the seed sets the test merchant IBAN to %s and the account to %s" % (x, y))
    else:
        x, y = c.pin(digits=6), c.pin(digits=4)
        art = c.L("logcat stampa `otp=%s` e `pin=%s` in chiaro, è normale?" % (x, y),
                  "logcat prints `otp=%s` and `pin=%s` in clear, is that expected?" % (x, y))
    return "note", art, "", ""


TEMPLATES.append((T_human_note, 4))


def T_keys(c):
    r = c.r
    v = r.randrange(5)
    if v == 0:
        k = c.pkey(escaped=True)
        art = ">>> open('certs/%s').read()\n'%s\\n'\n>>> jwt.encode(claims, key, algorithm='RS256')\nTraceback (most recent call last):\n  ...\nValueError: Could not deserialize key data." % (
            r.choice(["signing.pem", "qwac.key", "client.key", "private.pem"]), k)
        return "python-repl", art, "la REPL quando leggo la chiave", "the REPL reading the key"
    if v == 1:
        k = c.pkey(escaped=True)
        art = "> fs.readFileSync('./keys/%s', 'utf8')\n'%s\\n'\n> crypto.createSign('RSA-SHA256')\nSign { ... }" % (r.choice(["qseal.key", "eidas.pem", "webhook_signing.pem"]), k)
        return "node-repl", art, "la REPL di node con la chiave eIDAS", "the node REPL with the eIDAS key"
    if v == 2:
        k = c.pkey()
        art = 'In [%d]: PRIVATE_KEY = """%s"""\n        signer = RequestSigner(key_id="%s", private_key=PRIVATE_KEY)\n\nIn [%d]: signer.sign(b"{}")\nOut[%d]: \'keyId="%s",algorithm="rsa-sha256",signature="%s"\'' % (
            r.randint(1, 20), k, uuid4(r), r.randint(21, 40), r.randint(21, 40), uuid4(r), rs(r, B64, 86) + "==")
        return "jupyter", art, "il notebook con cui firmo le richieste", "the notebook I sign requests with"
    if v == 3:
        k = c.pkey()
        art = "# tests/fixtures/keys.py\n# %s\nTEST_SIGNING_KEY = \"\"\"\\\n%s\n\"\"\"\nTEST_KID = \"%s\"" % (
            c.L("chiave usata dai test di integrazione sulla sandbox", "key used by the sandbox integration tests"), k, rs(r, HEX, 16))
        return "pytest-fixture", art, "la fixture con la chiave", "the fixture holding the key"
    k = c.pkey()
    art = "$ kubectl get secret qwac-cert -o jsonpath='{.data.tls\\.key}' | base64 -d\n%s\n$ kubectl get secret qwac-cert -o jsonpath='{.data.tls\\.crt}' | base64 -d | head -3\n%s" % (
        k, "\n".join(pub_pem(r).split("\n")[:3]))
    return "terminal", art, "il secret di kubernetes decodificato", "the decoded kubernetes secret"


TEMPLATES.append((T_keys, 4))


def T_hashes(c):
    """Things that look like secrets and are not: hashes, digests, fingerprints, integrity strings."""
    r = c.r
    v = r.randrange(4)
    if v == 0:
        lines = ["-- db/migrate/%d_api_clients.sql" % r.randint(20260101, 20261203),
                 c.L("-- il secret in chiaro NON va qui: salviamo solo l'hash", "-- never store the plain secret: hash only"),
                 "INSERT INTO api_clients (client_id, secret_hash, secret_sha256, created_at) VALUES",
                 "  ('%s', '%s', '%s', now());" % (r.choice(CLIENT_IDS), bcrypt_hash(r), sha256(r))]
        if c.want():
            lines.append(c.L("-- temporaneo, da togliere: secret = %s", "-- temp, remove before merge: secret = %s") % c.csec(force=True))
        return "sql-migration", "\n".join(lines), "la migration dei client", "the api_clients migration"
    if v == 1:
        lines = ["$ git log --format='%H %an %s' -3"]
        for _ in range(3):
            lines.append("%s %s %s" % (sha40(r), r.choice(IT_NAMES + EN_NAMES), r.choice(["fix token refresh", "bump sdk", "rotate keys (values in vault)", "remove hardcoded secret", "wip sca"])))
        lines += ["$ git stash list", "stash@{0}: WIP on main: %s wip sca" % sha40(r)[:7]]
        if c.want():
            lines += ["$ git stash show -p | grep SECRET", "+CLIENT_SECRET=%s" % c.csec(force=True)]
        return "terminal", "\n".join(lines), "il git log", "git log output"
    if v == 2:
        pkg = r.choice(["@pagora/node", "@bancalink/sdk", "@fintrail/client", "axios", "jsonwebtoken"])
        art = '"node_modules/%s": {\n  "version": "%d.%d.%d",\n  "resolved": "https://registry.npmjs.org/%s/-/%s-%d.0.0.tgz",\n  "integrity": "%s"\n}' % (
            pkg, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), pkg, pkg.split("/")[-1], r.randint(1, 9), npm_integrity(r))
        if c.want():
            art = "$ cat .npmrc\n@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\n\n$ grep -A3 %s package-lock.json\n" % (
                pkg.split("/")[0].strip("@") or "acme", c.vend(r.choice(["github", "npm"]), force=True), pkg) + art
        return "package-lock", art, "il package-lock", "package-lock.json"
    lines = ["$ openssl x509 -in qwac.crt -noout -serial -fingerprint -sha256",
             "serial=%s" % rs(r, "0123456789ABCDEF", 32),
             "sha256 Fingerprint=%s" % ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32)),
             "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub", "256 SHA256:%s %s (ED25519)" % (rs(r, B64, 43), r.choice(["marco@laptop", "ci@build-02"])),
             "$ cat ~/.ssh/id_ed25519.pub", ssh_pub(r)]
    if c.want():
        lines += ["$ cat ~/.ssh/id_ed25519", c.pkey(force=True)]
    return "terminal", "\n".join(lines), "le impronte del certificato", "the certificate fingerprints"


def T_testrun(c):
    r = c.r
    lines = ["$ pytest tests/test_validation.py -q" if r.random() < 0.5 else "$ npx jest validation"]
    for _ in range(r.randint(2, 4)):
        lines.append("PASSED tests/test_validation.py::test_luhn_rejects[%s]" % bad_card(r).replace(" ", ""))
    for _ in range(r.randint(1, 3)):
        lines.append("PASSED tests/test_validation.py::test_iban_rejects[%s]" % bad_iban(r).replace(" ", ""))
    lines.append("PASSED tests/test_validation.py::test_masking[%s]" % masked_card(r).replace(" ", ""))
    if c.want():
        card = c.card(force=True)
        lines += ["FAILED tests/test_checkout.py::test_charge - AssertionError: assert 'declined' == 'authorized'",
                  "E       card = {'number': '%s', 'cvc': '%s', 'holder': '%s'}" % (card, c.cvv(), r.choice(EN_NAMES))]
    elif c.want():
        lines += ["FAILED tests/test_payout.py::test_payout - ApiError: 422 invalid_iban",
                  "E       payload = {'iban': '%s', 'amount': %d}" % (c.iban(force=True), r.randint(100, 99999))]
    lines.append("%d passed, %d failed in %.2fs" % (len(lines), 1 if c.sec else 0, r.random() * 9))
    return "test-output", "\n".join(lines), "l'output dei test", "the test run output"


TEMPLATES += [(T_hashes, 4), (T_testrun, 3)]


# ================================================================ driver
def make_sample(r, idx, lang, pos):
    fns = [t for t, w in TEMPLATES for _ in range(w)]
    for attempt in range(200):
        c = Ctx(r, lang, pos, idx)
        fn = r.choice(fns)
        style, art, wi, we = fn(c)
        if fn is T_human_note:
            text = art if r.random() < 0.5 else frame(c, art, c.L("il dettaglio", "the details"), "the details")
        else:
            text = frame(c, art, wi, we)
        if pos and not c.sec:
            continue
        if not all(standalone(text, v) for _, v in c.sec):
            continue
        if not pos and c.sec:
            raise AssertionError("negative produced a secret")
        secrets = [{"kind": k, "value": v} for k, v in c.sec]
        return {"id": "fresh21-%s-%04d" % (lang, idx), "lang": lang, "style": style, "text": text, "secrets": secrets}
    raise RuntimeError("could not make positive sample")


def standalone(text, v):
    """every occurrence of v is a whole token (not inside a longer word/number)."""
    i = text.find(v)
    if i < 0:
        return False
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(v)] if i + len(v) < len(text) else " "
        if (v[0].isalnum() and before.isalnum()) or (v[-1].isalnum() and after.isalnum()):
            return False
        i = text.find(v, i + 1)
    return True


def validate(rows):
    ids = set()
    for o in rows:
        assert o["id"] not in ids, o["id"]
        ids.add(o["id"])
        assert o["lang"] in ("it", "en")
        json.loads(json.dumps(o, ensure_ascii=False))
        for s in o["secrets"]:
            assert s["value"] in o["text"], (o["id"], s)
            assert standalone(o["text"], s["value"]), (o["id"], s)
            assert s["value"].strip() == s["value"], (o["id"], s)
            if s["kind"] == "card_number":
                assert luhn_ok(s["value"]), (o["id"], s)
                assert len([d for d in s["value"] if d.isdigit()]) in (15, 16)
            if s["kind"] == "iban":
                assert iban_ok(s["value"]), (o["id"], s)
        # no stray valid checksummed look-alike in a negative
        if not o["secrets"]:
            for ph in LOOK_TOKEN:
                pass
    return True


def main():
    r = random.Random(SEED)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh21.jsonl")
    flags = [True] * N_POS + [False] * (N_TOTAL - N_POS)
    r.shuffle(flags)
    rows = []
    for i, pos in enumerate(flags):
        lang = "it" if i % 2 == 0 else "en"
        rows.append(make_sample(r, i + 1, lang, pos))
    validate(rows)
    with open(out, "w", encoding="utf-8") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(s["kind"] for o in rows for s in o["secrets"])
    print("samples", len(rows), "pos", sum(1 for o in rows if o["secrets"]), "neg", sum(1 for o in rows if not o["secrets"]))
    print("langs", Counter(o["lang"] for o in rows))
    print("kinds", dict(kinds))
    print("styles", len(Counter(o["style"] for o in rows)))


if __name__ == "__main__":
    main()
