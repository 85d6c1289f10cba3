#!/usr/bin/env python3
"""Generator for the fresh29 guard corpus: "who you are: identity, sign-in and
the keys around it". Deterministic (seeded). Written blind to the guard.

Labelling decisions where docs/guard-corpora.md is silent (see also the
session report):
  * bcrypt / argon2 / PBKDF2 / SSHA password hashes pass (digests).
  * Tokens said to be expired are still labelled (the rules doc has no
    exemption for expiry).
  * id_tokens, client-assertion JWTs, SSO session cookies, authorization
    codes, device_code, password-reset/magic-link tokens, SCIM bearer tokens,
    Vault tokens (hvs./s./hvb.), Kong key-auth keys and Azure APIM
    subscription keys -> access_token.
  * Decoded JWT header/payload JSON (no signature) and SAML assertions
    pasted decoded with the signature elided pass; SAMLResponse blobs as
    POSTed (base64) -> access_token.
  * Vault AppRole secret_id, PKCE code_verifier, OAuth client secrets of any
    IdP (incl. GOCSPX-), Apigee consumer secrets -> client_secret;
    role_id, secret_id_accessor, token accessors, consumer keys pass.
  * Vault unseal keys and Kerberos keytab key bytes (klist -K) -> private_key.
  * TOTP seeds (otpauth secret=) -> password; recovery/backup codes,
    CIE PIN/PUK, SMS/OTP codes -> pin; device-flow user_code passes.
  * Okta SSWS API tokens, AWS key ids/secret keys/session tokens, GitHub,
    Slack, Twilio, SendGrid, Google API keys -> vendor_key; the AWS
    documentation example keys pass.
  * Kubernetes Secret data: the base64 value is labelled with the kind of
    what it encodes.
  * Encrypted-at-rest values (SealedSecret, SOPS ENC[...], ansible-vault,
    Vault transit ciphertext) pass; base64 is an encoding, not encryption.
  * Secrets in the same text as masked ones: only the unmasked value is
    labelled. Short values (PINs, CVVs) are regenerated if they would also
    occur inside a longer token of the same text.
"""
import base64
import hashlib
import json
import random
import string
import sys
import uuid

R = random.Random(290029)

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
KINDS = {"access_token", "client_secret", "refresh_token", "private_key",
         "vendor_key", "card_number", "cvv", "iban", "bank_account",
         "password", "pin"}


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def guid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64u_enc(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64_enc(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- people
FIRST_IT = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara",
            "Davide", "Sara", "Matteo", "Elena", "Paolo", "Valentina",
            "Stefano", "Martina", "Andrea", "Federica", "Simone", "Ilaria",
            "Roberto", "Silvia", "Giorgio", "Anna", "Fabio", "Laura"]
LAST_IT = ["Rossi", "Bianchi", "Russo", "Ferrari", "Esposito", "Romano",
           "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
           "Moretti", "Barbieri", "Fontana", "Santoro", "Caruso"]
FIRST_EN = ["James", "Emily", "Oliver", "Sophie", "Daniel", "Hannah",
            "Thomas", "Chloe", "Ryan", "Priya", "Ahmed", "Laura", "Mark",
            "Zoe", "Ben", "Grace", "Tom", "Nina", "Sam", "Lucy"]
LAST_EN = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker",
           "Patel", "Khan", "Hughes", "Wright", "Clarke", "Hall", "Turner",
           "Murphy", "Mitchell", "Baker", "Cooper"]
COMP = ["Fintastica", "PagoLesto", "Banca Alpina", "Contabilia", "Bottega Nord",
        "Trasporti Gallo", "Viaggi Sereni", "Assicura Più", "Helix Retail",
        "Northwind Payments", "Brightlane", "Kestrel Labs", "Orbita Energia",
        "Farmacie Unite", "Mercato Verde", "LedgerLoop", "Cassa Rurale Val Sole",
        "Tandem HR", "Quadro Servizi", "Pixel & Co", "MoveOn Mobility",
        "Zafferano Foods", "Aurora Telecom", "Lumen Insurance"]
DOMAINS = ["fintastica.it", "pagolesto.com", "bancaalpina.it", "contabilia.eu",
           "helixretail.co.uk", "northwind-pay.com", "brightlane.io",
           "kestrel-labs.dev", "orbitaenergia.it", "tandemhr.com",
           "quadroservizi.it", "moveon.app", "ledgerloop.io", "aurora-tlc.it"]
PROVIDER = ["Sportello API", "the API", "la vostra API", "vostro sandbox"]


def person(lang):
    if lang == "it" or R.random() < 0.2:
        return ch(FIRST_IT), ch(LAST_IT)
    return ch(FIRST_EN), ch(LAST_EN)


def fullname(lang):
    f, l = person(lang)
    return f + " " + l


def email(first=None, last=None, dom=None):
    first = first or ch(FIRST_IT + FIRST_EN)
    last = last or ch(LAST_IT + LAST_EN)
    dom = dom or ch(DOMAINS)
    sep = ch([".", "", "_"])
    return (first[0] if R.random() < 0.3 else first).lower() + sep + last.lower().replace(" ", "") + "@" + dom


def ticket():
    return ch(["#", "TCK-", "SPT-", "INC", "REQ-"]) + str(R.randint(10000, 999999))


def iso_ts():
    return "2026-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23),
                                               R.randint(0, 59), R.randint(0, 59), ch(["Z", ".%03dZ" % R.randint(0, 999), "+01:00"]))


def date_it():
    return "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 11))


def phone():
    return ch(["+39 3%d%d %d%d%d %d%d%d%d", "+44 7%d%d%d %d%d%d%d%d%d", "+39 0%d %d%d%d%d %d%d%d%d"]).replace("%d", "{}").format(*[R.randint(0, 9) for _ in range(12)])


# ---------------------------------------------------------------- ids
def okta_client_id():
    return "0oa" + rs(17)


def okta_domain():
    return ch(["dev-%d.okta.com" % R.randint(10000000, 99999999),
               "%s.okta.com" % ch(["fintastica", "pagolesto", "helix", "kestrel", "aurora"]),
               "%s.oktapreview.com" % ch(["northwind", "brightlane", "tandemhr"]),
               "login.%s" % ch(DOMAINS)])


def auth0_domain():
    return ch(["%s.eu.auth0.com" % ch(["fintastica", "pagolesto-prod", "helix-dev", "tandem"]),
               "dev-%s.us.auth0.com" % rs(16, LOWER_ALNUM), "auth.%s" % ch(DOMAINS)])


def tenant_name():
    return ch(["fintastica", "pagolesto", "helix", "kestrel", "orbita", "tandem", "moveon", "ledgerloop", "aurora"])


def realm():
    return ch(["integratori", "master", "sportello", "partners", "customers", "b2b", "staff", "openbanking", "psd2-tpp"])


def gcp_project():
    return ch(["pagolesto-prod", "fintastica-auth", "helix-sso-%d" % R.randint(100, 999), "kestrel-idp", "aurora-kyc-%d" % R.randint(1000, 9999)])


def google_client_id():
    return "%d-%s.apps.googleusercontent.com" % (R.randint(100000000000, 999999999999), rs(32, LOWER_ALNUM))


def cognito_pool():
    return "%s_%s" % (ch(["eu-west-1", "eu-south-1", "eu-central-1", "us-east-1"]), rs(9))


def cognito_client_id():
    return rs(26, LOWER_ALNUM)


def kid():
    return ch([rs(43, B64URL), rs(40, HEX), guid(), "%s-%d" % (ch(["sig", "rsa", "key", "k"]), R.randint(1, 2026))])


def x5t():
    return b64u_enc(rbytes(20))


def x5t256():
    return b64u_enc(rbytes(32))


def fp_colon(n=32):
    return ":".join("%02X" % b for b in rbytes(n))


def serial_hex():
    return ":".join("%02x" % b for b in rbytes(R.choice([16, 19, 20])))


def sha_hex(n=64):
    return rs(n, HEX)


def commit():
    return rs(40, HEX)


def trace_id():
    return rs(32, HEX)


def saml_id():
    return ch(["_", "id", "ONELOGIN_", "pfx"]) + (rs(40, HEX) if R.random() < 0.6 else guid())


def consent_id():
    return ch([guid(), "CNS-" + rs(20, string.ascii_uppercase + string.digits), "consent-" + rs(24, LOWER_ALNUM),
               "urn-%s-intent-%s" % (ch(["alphabank", "bancaalpina"]), guid())])


def role_id():
    return guid()


def cf_code():
    cons = "BCDFGLMNPRSTVZ"
    vow = "AEIOU"
    s = "".join(R.choice(cons) for _ in range(3)) + "".join(R.choice(cons + vow) for _ in range(3))
    s += "%02d" % R.randint(50, 99) + R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    s += "%02d" % day + ch(["H501", "F205", "L219", "A944", "F839", "G273", "D612", "L736", "C351", "B157"])
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, c in enumerate(s):
        idx = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[idx] if i % 2 == 0 else idx
    return s + chr(tot % 26 + 65)


# ---------------------------------------------------------------- bank data
def luhn_check(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, n in enumerate(reversed(digits)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


CARD_PREFIX = [("411111", 16), ("424242", 16), ("400000", 16), ("401288", 16), ("455673", 16),
               ("555555", 16), ("520082", 16), ("510510", 16), ("222300", 16), ("378282", 15),
               ("371449", 15), ("601111", 16), ("353011", 16), ("400005", 16)]


def card_digits():
    p, n = ch(CARD_PREFIX)
    body = p + rs(n - len(p) - 1, string.digits)
    return body + luhn_check(body)


def bad_card_digits():
    while True:
        c = card_digits()
        last = str((int(c[-1]) + R.randint(1, 9)) % 10)
        c = c[:-1] + last
        if not luhn_ok(c):
            return c


def fmt_card(d):
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
    style = R.random()
    if style < 0.35:
        return " ".join(groups)
    if style < 0.5:
        return "-".join(groups)
    if style < 0.7:
        return d
    if style < 0.8:
        return ".".join(groups)
    if style < 0.9:
        return "  ".join(groups)
    seps = [ch([" ", "-", " - ", "."]) for _ in groups[1:]]
    out = groups[0]
    for s, g in zip(seps, groups[1:]):
        out += s + g
    return out


def card():
    return fmt_card(card_digits())


def cvv(n=3):
    return rs(n, string.digits)


def mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_from(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, chk, bban)


def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        idx = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[idx] if i % 2 == 0 else idx
    return chr(tot % 26 + 65)


ABIS = ["03069", "02008", "05034", "03062", "01030", "05696", "03111", "06230", "08327", "05387", "03440", "36000"]


def it_parts():
    abi = ch(ABIS)
    cab = rs(5, string.digits)
    conto = ch([rs(12, string.digits), "0000" + rs(8, string.digits), "CC0" + rs(9, string.digits), "000000" + rs(6, string.digits)])
    return it_cin(abi, cab, conto), abi, cab, conto


def fr_parts():
    b, g, c = rs(5, string.digits), rs(5, string.digits), rs(11, string.digits)
    key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, "%02d" % key


def es_parts():
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if d == 11 else (1 if d == 10 else d)
    e, o, a = ch(["2100", "0049", "0182", "0081", "2038", "0128"]), rs(4, string.digits), rs(10, string.digits)
    return e, o, "%d%d" % (dc("00" + e + o), dc(a)), a


def iban_raw(cc=None):
    cc = cc or ch(["IT", "IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "PT"])
    if cc == "IT":
        cin, abi, cab, conto = it_parts()
        return iban_from("IT", cin + abi + cab + conto)
    if cc == "DE":
        return iban_from("DE", rs(8, string.digits) + rs(10, string.digits))
    if cc == "FR":
        b, g, c, k = fr_parts()
        return iban_from("FR", b + g + c + k)
    if cc == "ES":
        e, o, d, a = es_parts()
        return iban_from("ES", e + o + d + a)
    if cc == "GB":
        return iban_from("GB", ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + rs(6, string.digits) + rs(8, string.digits))
    if cc == "NL":
        return iban_from("NL", ch(["ABNA", "INGB", "RABO", "KNAB"]) + rs(10, string.digits))
    if cc == "BE":
        bb = rs(10, string.digits)
        k = int(bb) % 97 or 97
        return iban_from("BE", bb + "%02d" % k)
    if cc == "AT":
        return iban_from("AT", rs(16, string.digits))
    return iban_from("PT", rs(21, string.digits))


def fmt_iban(i):
    r = R.random()
    if r < 0.45:
        return i
    if r < 0.85:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if r < 0.93:
        return i.lower() if R.random() < 0.3 else "-".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i[:4] + " " + i[4:]


def iban(cc=None):
    return fmt_iban(iban_raw(cc))


def bad_iban(cc=None):
    i = iban_raw(cc)
    while True:
        chk = "%02d" % R.randint(2, 98)
        b = i[:2] + chk + i[4:]
        if mod97(b[4:] + b[:4]) != 1:
            return fmt_iban(b)


def domestic(lang):
    """Returns (text_with_labels, [values]) for a national account."""
    c = ch(["IT", "IT", "UK", "UK", "DE", "FR", "ES"])
    if c == "IT":
        cin, abi, cab, conto = it_parts()
        r = R.random()
        if r < 0.4:
            v = cin + abi + cab + conto
            if R.random() < 0.5:
                v = " ".join([cin, abi, cab, conto])
            return ("BBAN: " if lang == "en" else ch(["BBAN ", "coordinate BBAN: "])) + v, [v]
        return ("ABI %s, CAB %s, conto n. %s (CIN %s)" % (abi, cab, conto, cin) if lang == "it"
                else "ABI %s / CAB %s / account no. %s, CIN %s" % (abi, cab, conto, cin)), [conto]
    if c == "UK":
        sc = rs(6, string.digits)
        scf = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        acct = rs(8, string.digits)
        return ch(["sort code %s, account %s" % (scf, acct), "Sort code: %s  Account number: %s" % (scf, acct),
                   "s/c %s a/c %s" % (scf, acct)]), [acct]
    if c == "DE":
        blz, kto = rs(8, string.digits), rs(ch([7, 9, 10]), string.digits)
        return ch(["BLZ %s, Kontonummer %s" % (blz, kto), "Bankleitzahl: %s Konto-Nr.: %s" % (blz, kto)]), [kto]
    if c == "FR":
        b, g, cpt, k = fr_parts()
        v = ch(["%s %s %s %s" % (b, g, cpt, k), "%s%s%s%s" % (b, g, cpt, k)])
        return ch(["RIB : ", "RIB (banque guichet compte clé) : ", "relevé d'identité bancaire "]) + v, [v]
    e, o, d, a = es_parts()
    v = ch(["%s %s %s %s" % (e, o, d, a), "%s-%s-%s-%s" % (e, o, d, a), e + o + d + a])
    return ch(["CCC: ", "cuenta (CCC) ", "número de cuenta "]) + v, [v]


BICS = ["BCITITMM", "UNCRITMM", "BPMOIT22XXX", "DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "CAIXESBBXXX", "INGBNL2A", "SELBIT2BXXX"]


# ---------------------------------------------------------------- secrets
SYMS = "!@#%&*?-_.+="
WORDS_IT = ["girasole", "tramonto", "Cavallo", "Limone", "bicicletta", "Gattopardo", "Vesuvio", "Pignolo", "Orso", "Mirtillo",
            "Fragola", "Nebbia", "Ciliegia", "Pantera", "Faro", "Lampone", "Gelato", "Sirena"]
WORDS_EN = ["Sunflower", "Harbour", "Falcon", "maple", "Winter", "Rocket", "Penguin", "Copper", "Thunder", "velvet",
            "Orchid", "Granite", "Lantern", "Pebble", "Comet", "Saffron"]


def password():
    r = R.random()
    if r < 0.3:
        return ch(WORDS_IT + WORDS_EN) + str(R.randint(1, 2026)) + ch(SYMS[:6])
    if r < 0.55:
        return rs(R.randint(12, 20), ALNUM + SYMS)
    if r < 0.7:
        return "-".join(ch(WORDS_IT + WORDS_EN).lower() for _ in range(3)) + "-" + str(R.randint(10, 99))
    if r < 0.85:
        w = ch(WORDS_IT + WORDS_EN)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + ch(SYMS[:5]) + str(R.randint(10, 999))
    return ch(["Benvenuto", "Welcome", "Primavera", "Autunno", "Estate", "Inverno", "Summer"]) + str(R.randint(2024, 2026)) + ch(["!", "#", "*", "?", "$"])


def temp_password():
    return ch([rs(4, string.ascii_uppercase) + rs(4, string.digits) + ch("!#%*"),
               ch(["Temp", "Tmp", "Reset", "Cambiami", "Provv"]) + rs(5, ALNUM) + ch("!#%"),
               rs(3, string.ascii_lowercase) + "-" + rs(4, string.digits) + "-" + rs(3, string.ascii_uppercase)])


def otp(n=6):
    return rs(n, string.digits)


def fmt_otp(o):
    r = R.random()
    if r < 0.7 or len(o) != 6:
        return o
    if r < 0.85:
        return o[:3] + " " + o[3:]
    return o[:3] + "-" + o[3:]


def backup_code():
    return ch([rs(4, string.digits) + " " + rs(4, string.digits), rs(8, string.digits),
               rs(5, LOWER_ALNUM) + "-" + rs(5, LOWER_ALNUM), rs(4, string.ascii_uppercase + "23456789") + "-" + rs(4, string.ascii_uppercase + "23456789"),
               rs(10, "abcdefghjkmnpqrstuvwxyz23456789")])


def totp_seed():
    return rs(ch([16, 32, 32, 26, 52]), B32)


def jwt(claims=None, alg=None, k=None, sig=None, typ="JWT"):
    alg = alg or ch(["RS256", "RS256", "RS256", "ES256", "HS256", "PS256"])
    hdr = {"alg": alg, "typ": typ}
    if k is not None or R.random() < 0.75:
        hdr["kid"] = k or kid()
    if claims is None:
        claims = std_claims()
    h = b64u_enc(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u_enc(json.dumps(claims, separators=(",", ":")).encode())
    if sig is None:
        sig = rs({"RS256": 342, "PS256": 342, "ES256": 86, "HS256": 43}[alg], B64URL)
    return "%s.%s.%s" % (h, p, sig)


def std_claims(iss=None, aud=None, sub=None, extra=None):
    now = R.randint(1780000000, 1796000000)
    c = {"iss": iss or ch(["https://%s/oauth2/default" % okta_domain(), "https://login.microsoftonline.com/%s/v2.0" % guid(),
                           "https://%s/" % auth0_domain(), "https://sso.%s/realms/%s" % (ch(DOMAINS), realm()),
                           "https://accounts.google.com", "https://cognito-idp.eu-west-1.amazonaws.com/%s" % cognito_pool(),
                           "https://auth.sportello-api.eu"]),
         "sub": sub or ch([guid(), "auth0|" + rs(24, HEX), "00u" + rs(17), str(R.randint(10 ** 20, 10 ** 21))]),
         "aud": aud or ch(["api://payments", "https://api.sportello-api.eu", okta_client_id(), guid(), "account"]),
         "iat": now, "exp": now + ch([300, 900, 3600, 86400])}
    if R.random() < 0.5:
        c["scope"] = ch(["openid profile email", "payments:read payments:write", "accounts transactions", "offline_access openid"])
    if R.random() < 0.4:
        c["azp"] = ch([okta_client_id(), guid(), rs(32)])
    if extra:
        c.update(extra)
    return c


def opaque_token(n=None):
    return rs(n or ch([32, 40, 43, 64]), ch([ALNUM, B64URL, HEX]))


def refresh_tok():
    r = R.random()
    if r < 0.2:
        return "1//0" + rs(ch([99, 103]), B64URL)
    if r < 0.35:
        return "0.A" + rs(ch([300, 420]), B64URL) + "." + rs(60, B64URL)
    if r < 0.5:
        return "v1." + rs(ch([80, 100]), B64URL)
    if r < 0.65:
        return jwt(claims={"exp": R.randint(1780000000, 1796000000), "iat": R.randint(1770000000, 1779000000), "jti": guid(),
                           "iss": "https://sso.%s/realms/%s" % (ch(DOMAINS), realm()), "typ": "Refresh", "sid": guid(), "scope": "openid offline_access"},
                   alg="HS256", typ="JWT")
    if r < 0.8:
        return "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + rs(342, B64URL) + "." + rs(22, B64URL) + "." + rs(ch([1200, 900]), B64URL) + "." + rs(22, B64URL)
    return rs(ch([43, 48, 64]), B64URL)


def okta_secret():
    return rs(40, ALNUM + "-_") if R.random() < 0.8 else rs(64, ALNUM + "-_")


def entra_secret():
    return rs(3, ALNUM) + ch(["8Q~", "7Q~", "8Q~"]) + rs(34, ALNUM + "-_.~")


def auth0_secret():
    return rs(64, B64URL)


def gocspx():
    return "GOCSPX-" + rs(28, B64URL)


def keycloak_secret():
    return rs(32, ALNUM) if R.random() < 0.65 else guid()


def generic_secret():
    return ch([rs(40, ALNUM), rs(64, HEX), rs(48, B64URL), b64_enc(rbytes(32))])


def okta_api_token():
    return "00" + rs(40, ALNUM + "-_")


def akia():
    return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rs(40, ALNUM + "+/")


def aws_session():
    return "IQoJb3JpZ2luX2Vj" + rs(ch([300, 380]), B64)


def vendor_key():
    r = R.random()
    if r < 0.16:
        return "ghp_" + rs(36)
    if r < 0.24:
        return "github_pat_" + rs(22) + "_" + rs(59)
    if r < 0.38:
        return "xoxb-" + "%d-%d-" % (R.randint(10 ** 11, 10 ** 12), R.randint(10 ** 12, 10 ** 13)) + rs(24)
    if r < 0.5:
        return "SG." + rs(22, B64URL) + "." + rs(43, B64URL)
    if r < 0.6:
        return "SK" + rs(32, HEX)
    if r < 0.72:
        return "AIza" + rs(35, B64URL)
    if r < 0.84:
        return okta_api_token()
    if r < 0.92:
        return "glpat-" + rs(20, B64URL)
    return "sk_live_" + rs(ch([24, 99]))


def vault_token():
    r = R.random()
    if r < 0.5:
        return "hvs." + rs(24)
    if r < 0.75:
        return "hvs.CAESI" + rs(ch([82, 98]), B64URL)
    if r < 0.9:
        return "s." + rs(24)
    return "hvb." + rs(ch([120, 140]), B64URL)


def unseal_key():
    return b64_enc(rbytes(33))


def pem_body(nbytes):
    raw = b"\x30\x82" + rbytes(nbytes)
    b = base64.b64encode(raw).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pem(label="PRIVATE KEY", nbytes=None):
    nbytes = nbytes or {"PRIVATE KEY": ch([1214, 1216, 1190]), "RSA PRIVATE KEY": ch([1190, 1188, 606]),
                        "EC PRIVATE KEY": 117, "ENCRYPTED PRIVATE KEY": 1294, "CERTIFICATE": ch([900, 1100, 1300]),
                        "PUBLIC KEY": 290, "CERTIFICATE REQUEST": 650, "OPENSSH PRIVATE KEY": 380}[label]
    lines = pem_body(nbytes)
    if label == "OPENSSH PRIVATE KEY":
        b = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(R.randint(300, 380), B64)
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    elif label == "EC PRIVATE KEY":
        lines = ["MHcCAQEEI" + rs(55, B64), rs(64, B64), rs(32, B64) + "=="][:3]
    elif label == "CERTIFICATE":
        lines[0] = "MII" + ch("DEF") + rs(61, B64)
    elif label in ("PRIVATE KEY", "RSA PRIVATE KEY"):
        lines[0] = ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" if label == "PRIVATE KEY" else "MIIEpAIBAAKCAQEA") + lines[0][32 if label == "PRIVATE KEY" else 16:]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def pem_escaped(label="PRIVATE KEY"):
    return pem(label).replace("\n", "\\n") + "\\n"


def cert_b64_oneline():
    return "MII" + ch("CDE") + rs(R.randint(700, 1100), B64) + ch(["=", "==", ""])


def bcrypt_hash():
    return "$2%s$%02d$" % (ch(["a", "b", "y"]), ch([10, 11, 12, 12, 13])) + rs(53, ALNUM + "./")


def argon2_hash():
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s" % (ch([65536, 19456, 47104]), ch([2, 3, 4]), ch([1, 4]),
                                                    b64_enc(rbytes(16)).rstrip("="), b64_enc(rbytes(32)).rstrip("="))


def pbkdf2_hash():
    return ch(["pbkdf2_sha256$%d$%s$%s" % (ch([600000, 870000]), rs(22), b64_enc(rbytes(32))),
               "{SSHA}" + b64_enc(rbytes(24)), "{PBKDF2-SHA512}10000$%s$%s" % (rs(24, HEX), rs(64, HEX))])


def pw_hash():
    return ch([bcrypt_hash, argon2_hash, pbkdf2_hash, bcrypt_hash])()


def masked(v=None):
    r = R.random()
    if r < 0.2:
        return "********"
    if r < 0.35:
        return "[REDACTED]"
    if r < 0.5:
        return "<redacted>"
    if r < 0.62:
        return "••••••••••••"
    if r < 0.72:
        return "***"
    if r < 0.84 and v:
        return v[:3] + "*" * 12
    if r < 0.92:
        return "(hidden)" if R.random() < 0.5 else "(nascosto)"
    return "xxxxxxxxxxxxxxxx"


PLACEHOLDERS = ["<your-client-secret>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{client_secret}}", "xxxxxxxx",
                "<inserire-secret>", "CHANGE_ME_IN_VAULT", "<secret>", "${OIDC_CLIENT_SECRET}", "{{ .Values.oidc.clientSecret }}",
                "$(AZURE_CLIENT_SECRET)", "<la-tua-password>", "${LDAP_BIND_PASSWORD}", "%(client_secret)s", "<TOKEN>",
                "YOUR_ACCESS_TOKEN", "{{access_token}}", "<incolla-qui-il-token>", "REPLACE_WITH_REAL_SECRET", "${{ secrets.OKTA_CLIENT_SECRET }}"]


def ph():
    return ch(PLACEHOLDERS)


ENV_READS = ['os.environ["OIDC_CLIENT_SECRET"]', 'os.getenv("KEYCLOAK_CLIENT_SECRET")', "process.env.AUTH0_CLIENT_SECRET",
             "config.clientSecret", 'System.getenv("LDAP_BIND_PASSWORD")', 'Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")',
             'getenv("VAULT_TOKEN")', "settings.OKTA_API_TOKEN", "ENV.fetch('COGNITO_CLIENT_SECRET')", "os.Getenv(\"SCIM_BEARER_TOKEN\")",
             "secrets.get('tpp/client_secret')", "cfg.Auth.ClientSecret", "@Value(\"${spring.security.oauth2.client.registration.okta.client-secret}\")",
             "$env:AZURE_CLIENT_SECRET", "vault.read('secret/data/idp')['data']['client_secret']", "Deno.env.get(\"OIDC_SECRET\")"]
SECRET_REFS = ["@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/oidc-client-secret/)" % "X",
               "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/cognito/client-secret-%s",
               "op://Integrazioni/Okta prod/client_secret", "vault:secret/data/keycloak#client_secret",
               "projects/%s/secrets/oidc-client-secret/versions/latest", "{vault://env/kong-oidc-secret}",
               "secretKeyRef: {name: oidc-client, key: client-secret}", "sm://ldap-bind-password", "ref+vault://secret/idp/okta#/client_secret"]


def secret_ref():
    s = ch(SECRET_REFS)
    if "%d" in s:
        s = s % (R.randint(10 ** 11, 10 ** 12 - 1), rs(6))
    elif "%s" in s:
        s = s % gcp_project()
    return s.replace("kv-X", "kv-" + tenant_name())


# ---------------------------------------------------------------- prose
def hi(lang, name=None):
    if lang == "it":
        return ch(["Buongiorno,", "Salve,", "Ciao,", "Gentile supporto,", "Buonasera,", "Ciao a tutti,", "Spett.le Sportello,",
                   "Buongiorno %s," % (name or "team"), "Hello,", ""])
    return ch(["Hi,", "Hello,", "Hi team,", "Dear support,", "Good morning,", "Hey,", "Hi %s," % (name or "there"), ""])


def bye(lang, who=None):
    who = who or fullname(lang)
    if lang == "it":
        return ch(["Grazie,\n" + who, "Cordiali saluti\n" + who, "Grazie mille", "Saluti, " + who.split()[0], "Resto in attesa, grazie.",
                   "Buona giornata\n%s\n%s" % (who, ch(COMP)), "grazie", ""])
    return ch(["Thanks,\n" + who, "Best regards,\n" + who, "Cheers", "Thanks in advance\n" + who.split()[0],
               "Kind regards\n%s | %s" % (who, ch(COMP)), "thx", ""])


def join(*parts):
    return "\n".join(p for p in parts if p is not None).strip("\n")


def para(*parts):
    return "\n\n".join(p for p in parts if p).strip()


def lab_pw(lang):
    if R.random() < 0.12:
        return ch(["Kennwort", "Passwort", "mot de passe", "contraseña", "clave"])
    return ch(["password", "pwd", "passwd", "Password"]) if lang == "en" else ch(["password", "la password", "pass", "psw", "parola d'ordine", "password provvisoria"])


# ================================================================ SECRET scenarios
SEC = []


def sec(w=1):
    def d(f):
        SEC.append((f, w))
        return f
    return d


@sec(3)
def okta_app_general(lang):
    cid, s, dom = okta_client_id(), okta_secret(), okta_domain()
    app = ch(["Sportello Payments Portal", "Portale Integratori", "pagamenti-web (OIDC)", "Merchant Console SSO", "backoffice-prod"])
    page = join("Applications > %s > General" % app, "", "Client Credentials", "Client authentication   %s" % ch(["Client secret", "Client secret (Basic)"]),
                "Proof Key for Code Exchange (PKCE)   Require PKCE as additional verification", "", "Client ID", cid,
                "Public identifier for the client that is required for all OAuth flows.", "", "CLIENT SECRETS", ch(["Generate new secret", "Generate secret"]),
                "Creation date        Secret                                      Status",
                "%s   %s   Active" % (ch(["Nov 3, 2026", "Oct 28, 2026", "Sep 14, 2026"]), s), "", "Okta domain", dom)
    if lang == "it":
        intro = ch(["Vi incollo la pagina dell'app su Okta così vedete la configurazione, il login verso %s fallisce con invalid_client:" % ch(PROVIDER),
                    "Ecco la config dell'applicazione Okta (copiata dalla console admin). Il token endpoint ci risponde 401.",
                    "come richiesto, sotto trovate i dati dell'app OIDC in Okta"])
    else:
        intro = ch(["Pasting the Okta app page so you can see the setup, the token call to your sandbox fails with invalid_client:",
                    "Here's our Okta app config copied from the admin console. Token endpoint returns 401.", "as requested, the OIDC app details from Okta below"])
    return "admin-page", para(hi(lang), intro, page, bye(lang)), [("client_secret", s)]


@sec(2)
def okta_ssws(lang):
    tok, dom = okta_api_token(), okta_domain()
    uid = "00u" + rs(17)
    cmd = ch(['curl -s -H "Authorization: SSWS %s" "https://%s/api/v1/users/%s/factors"' % (tok, dom, uid),
              "curl -X POST https://%s/api/v1/users/%s/lifecycle/reset_password?sendEmail=false \\\n  -H 'Accept: application/json' \\\n  -H 'Authorization: SSWS %s'" % (dom, uid, tok),
              "OKTA_ORG_URL=https://%s\nOKTA_API_TOKEN=%s\nOKTA_CLIENT_ORGURL=https://%s" % (dom, tok, dom),
              "okta:\n  client:\n    orgUrl: https://%s\n    token: %s\n    connectionTimeout: 30" % (dom, tok)])
    if lang == "it":
        intro = ch(["Lo script di provisioning che chiama Okta prima di creare l'utente su di voi si pianta qui:", "il collega usa questa chiamata per resettare le password degli operatori, è corretta?",
                    "Configurazione del nostro sync Okta → vostro portale:"])
        out = ch(["Risposta: 403 E0000006 You do not have permission to perform the requested action", "mi dà timeout dopo 30s", ""])
    else:
        intro = ch(["Our provisioning script calls Okta before creating the user on your side and dies here:", "colleague uses this to reset operator passwords, is this right?",
                    "Config of our Okta -> your portal sync:"])
        out = ch(["Response: 403 E0000006 You do not have permission to perform the requested action", "it times out after 30s", ""])
    return ch(["shell", "email", "yaml"]), para(hi(lang), intro, cmd, out, bye(lang)), [("vendor_key", tok)]


@sec(2)
def auth0_app(lang):
    dom, cid, s = auth0_domain(), rs(32), auth0_secret()
    if R.random() < 0.5:
        body = join("Settings", "Basic Information", "Name              %s" % ch(["Sportello Connector", "Payments Backend M2M", "Checkout SPA", "Portale Clienti"]),
                    "Domain            %s" % dom, "Client ID         %s" % cid, "Client Secret     %s" % s,
                    "                  The Client Secret is not base64 encoded.", "Description       %s" % ch(["M2M verso API pagamenti", "Machine to machine", ""]),
                    "Application Type  Machine to Machine", "Token Endpoint Authentication Method   Post")
        st = "admin-page"
    else:
        body = "AUTH0_DOMAIN=%s\nAUTH0_CLIENT_ID=%s\nAUTH0_CLIENT_SECRET=%s\nAUTH0_AUDIENCE=https://api.sportello-api.eu\nAUTH0_SCOPE=\"openid profile payments:read\"" % (dom, cid, s)
        st = "env"
    intro = ch(["Applicazione M2M su Auth0, il client_credentials verso la vostra audience torna access_denied:", "vi giro i parametri dell'app Auth0 che usiamo per chiamarvi"]) if lang == "it" else \
        ch(["Our M2M app on Auth0, client_credentials against your audience returns access_denied:", "sending the Auth0 app params we use to call you"])
    return st, para(hi(lang), intro, body, bye(lang)), [("client_secret", s)]


@sec(2)
def auth0_mgmt_token(lang):
    t = jwt(claims=std_claims(iss="https://%s/" % auth0_domain(), aud="https://%s/api/v2/" % auth0_domain(),
                              extra={"gty": "client-credentials", "scope": "read:users update:users read:logs"}), alg="RS256")
    body = ch(["curl --request GET --url 'https://%s/api/v2/users?q=email%%3A%%22%s%%22' --header 'authorization: Bearer %s'" % (auth0_domain(), email().replace("@", "%40"), t),
               "const mgmt = new ManagementClient({\n  domain: '%s',\n  token: '%s',\n});" % (auth0_domain(), t)])
    intro = ch(["per cercare l'utente che non riesce a fare login usiamo la Management API di Auth0, ecco la chiamata:", "token di management generato dalla dashboard (API Explorer):"]) if lang == "it" else \
        ch(["To find the user who can't sign in we hit the Auth0 Management API, the call:", "management token generated from the dashboard API Explorer:"])
    return ch(["shell", "js"]), para(hi(lang), intro, body, bye(lang)), [("access_token", t)]


@sec(3)
def entra_secrets_blade(lang):
    s, sid, app, ten = entra_secret(), guid(), guid(), guid()
    desc = ch(["sportello-prod", "payments-api-2026", "integrazione Sportello", "CI pipeline", "tpp-connector"])
    blade = join("Home > App registrations > %s | Certificates & secrets" % ch(["payments-gateway", "Sportello-Connector", "pagamenti-backend", "tpp-ob-client"]),
                 "Certificates (0)   Client secrets (1)   Federated credentials (0)",
                 "A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.",
                 "Description\tExpires\tValue\tSecret ID", "%s\t%s\t%s\t%s" % (desc, ch(["11/30/2027", "5/14/2027", "12/1/2026"]), s, sid))
    if R.random() < 0.5:
        blade = join("Application (client) ID: %s" % app, "Directory (tenant) ID: %s" % ten, "", blade)
    intro = ch(["Vi mando lo screenshot in testo della app registration su Entra. Il secret l'ho appena creato, non so se va messo nel vostro portale o no:",
                "registrazione app in Azure AD, ci dite cosa sbagliamo? AADSTS7000215 Invalid client secret provided.",
                "Certificati e segreti dell'app Entra (copiato dal portale):"]) if lang == "it" else \
        ch(["Text copy of the Entra app registration. I just created the secret, not sure whether it goes into your portal:",
            "Azure AD app registration, what are we doing wrong? AADSTS7000215: Invalid client secret provided.", "Certificates & secrets of the Entra app (copied from the portal):"])
    return "admin-page", para(hi(lang), intro, blade, bye(lang)), [("client_secret", s)]


@sec(2)
def entra_code(lang):
    s, app, ten = entra_secret(), guid(), guid()
    r = R.random()
    if r < 0.33:
        body = "from msal import ConfidentialClientApplication\n\napp = ConfidentialClientApplication(\n    client_id=\"%s\",\n    authority=\"https://login.microsoftonline.com/%s\",\n    client_credential=\"%s\",\n)\nresult = app.acquire_token_for_client(scopes=[\"api://payments/.default\"])" % (app, ten, s)
        st = "python"
    elif r < 0.66:
        body = "az login --service-principal -u %s -p '%s' --tenant %s" % (app, s, ten)
        st = "shell"
    else:
        body = '{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "%s",\n    "ClientId": "%s",\n    "ClientSecret": "%s",\n    "CallbackPath": "/signin-oidc"\n  }\n}' % (ten, app, s)
        st = "json"
    intro = ch(["codice che usiamo per prendere il token da Entra prima di chiamarvi:", "il nostro appsettings / script (funzionava fino a ieri):"]) if lang == "it" else \
        ch(["code we use to get the Entra token before calling you:", "our appsettings / script (worked until yesterday):"])
    return st, para(hi(lang), intro, body, bye(lang)), [("client_secret", s)]


@sec(2)
def google_oauth_json(lang):
    cid, s, proj = google_client_id(), gocspx(), gcp_project()
    body = json.dumps({"web": {"client_id": cid, "project_id": proj, "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                               "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                               "client_secret": s, "redirect_uris": ["https://%s/auth/google/callback" % ch(DOMAINS)]}}, indent=ch([None, 2]))
    if R.random() < 0.3:
        body = join("OAuth 2.0 Client IDs > Web client 1", "Client ID  %s" % cid, "Client secret  %s" % s, "Creation date  %s" % ch(["November 2, 2026 at 10:14:33 AM GMT+1", "2 nov 2026, 10:14:33 CET"]), "Status  Enabled")
    intro = ch(["Per il login con Google Workspace sul portale integratori usiamo questo client, allego il client_secret.json:", "client OAuth di Google Cloud (Credenziali):"]) if lang == "it" else \
        ch(["For Google Workspace sign-in on the integrator portal we use this client, client_secret.json attached:", "Google Cloud OAuth client (Credentials page):"])
    return "json", para(hi(lang), intro, body, bye(lang)), [("client_secret", s)]


@sec(2)
def cognito_client(lang):
    pool, cid, s = cognito_pool(), cognito_client_id(), rs(ch([51, 52]), LOWER_ALNUM)
    if R.random() < 0.5:
        body = join("User pool: %s" % pool, "App integration > App clients > %s" % ch(["sportello-backend", "payments-m2m", "portal-web"]),
                    "Client ID      %s" % cid, "Client secret  %s" % s, "Authentication flows  ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH",
                    "Auth session validity  3 minutes", "Refresh token expiration  30 day(s)")
        st = "admin-page"
    else:
        body = "aws cognito-idp describe-user-pool-client --user-pool-id %s --client-id %s\n{\n    \"UserPoolClient\": {\n        \"UserPoolId\": \"%s\",\n        \"ClientName\": \"sportello-m2m\",\n        \"ClientId\": \"%s\",\n        \"ClientSecret\": \"%s\",\n        \"AllowedOAuthFlows\": [\"client_credentials\"]\n    }\n}" % (pool, cid, pool, cid, s)
        st = "shell"
    intro = ch(["Abbiamo creato l'app client su Cognito come da vostra guida:", "Output della CLI Cognito, il token non viene accettato dal vostro gateway:"]) if lang == "it" else \
        ch(["We set up the Cognito app client following your guide:", "Cognito CLI output, your gateway rejects the token:"])
    return st, para(hi(lang), intro, body, bye(lang)), [("client_secret", s)]


@sec(4)
def aws_creds(lang):
    k, s = akia(), aws_secret()
    secrets = [("vendor_key", k), ("vendor_key", s)]
    r = R.random()
    if r < 0.4:
        body = "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s" % (ch(["default", "sso-admin", "cognito-prod", "identity-center"]), k, s)
        if k.startswith("ASIA"):
            st_ = aws_session()
            body += "\naws_session_token = " + st_
            secrets.append(("vendor_key", st_))
        st = "ini"
    elif r < 0.7:
        body = "export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport AWS_REGION=eu-south-1\naws cognito-idp admin-get-user --user-pool-id %s --username %s" % (k, s, cognito_pool(), email())
        st = "shell"
    else:
        body = "IAM Identity Center > AWS access portal > %s > Access keys\nOption 2: Add a profile to your AWS credentials file\n\n[%d_AdministratorAccess]\naws_access_key_id=%s\naws_secret_access_key=%s" % (ch(["prod-payments", "sandbox"]), R.randint(10 ** 11, 10 ** 12 - 1), k, s)
        if k.startswith("ASIA"):
            st_ = aws_session()
            body += "\naws_session_token=" + st_
            secrets.append(("vendor_key", st_))
        st = "ini"
    intro = ch(["Le credenziali che usa la lambda di pre-token-generation (quella che aggiunge il claim per voi):", "vi incollo il file credentials della macchina di build, forse è quello il problema"]) if lang == "it" else \
        ch(["Credentials used by the pre-token-generation lambda (the one adding your claim):", "pasting the build box credentials file, maybe that's the issue"])
    return st, para(hi(lang), intro, body, bye(lang)), secrets


@sec(2)
def onelogin_ping(lang):
    if R.random() < 0.5:
        cid, s = rs(64, HEX), rs(64, HEX)
        body = join("OneLogin Admin > Developers > API Credentials", "Name: sportello-sync   Scope: Manage users", "Client ID: %s" % cid, "Client Secret: %s" % s)
    else:
        cid, s = guid(), rs(ch([64, 48]), B64URL + "~.")
        body = join("PingOne > Applications > %s > Configuration" % ch(["Payments Portal", "Portale TPP"]), "Client ID      %s" % cid, "Client Secret  %s" % s,
                    "Token Endpoint Authentication Method  Client Secret Basic", "Environment ID  %s" % guid(),
                    "Issuer  https://auth.pingone.eu/%s/as" % guid())
    intro = ch(["Vi copio le credenziali dell'app così verificate lato vostro:", "dati app su IdP (ci servono per federare il vostro portale):"]) if lang == "it" else \
        ch(["Copying the app credentials so you can check on your side:", "IdP app details (needed to federate your portal):"])
    return "admin-page", para(hi(lang), intro, body, bye(lang)), [("client_secret", s)]


@sec(3)
def keycloak_export(lang):
    cs = keycloak_secret()
    rl = realm()
    cid = ch(["sportello-connector", "payments-backend", "portale-web", "tpp-gateway", "scim-bridge"])
    d = {"realm": rl, "enabled": True, "sslRequired": "external", "clients": [{"clientId": cid, "enabled": True, "clientAuthenticatorType": "client-secret",
                                                                              "secret": cs, "redirectUris": ["https://%s/*" % ch(DOMAINS)], "publicClient": False,
                                                                              "protocol": "openid-connect", "attributes": {"pkce.code.challenge.method": "S256"}}]}
    secrets = [("client_secret", cs)]
    if R.random() < 0.4:
        p = password()
        d["smtpServer"] = {"host": "smtp.%s" % ch(DOMAINS), "port": "587", "auth": "true", "user": "noreply", "password": p, "starttls": "true"}
        secrets.append(("password", p))
    if R.random() < 0.3:
        d["users"] = [{"username": "svc-sportello", "enabled": True, "credentials": [{"type": "password", "secretData": json.dumps({"value": b64_enc(rbytes(64)), "salt": b64_enc(rbytes(16))}),
                                                                                      "credentialData": json.dumps({"hashIterations": 27500, "algorithm": "pbkdf2-sha256"})}]}]
    body = json.dumps(d, indent=2)
    intro = ch(["Export parziale del realm Keycloak (solo il client che usiamo per voi):", "realm-export.json tagliato, il client credentials verso di voi fallisce con unauthorized_client"]) if lang == "it" else \
        ch(["Partial Keycloak realm export (only the client we use for you):", "trimmed realm-export.json, client credentials towards you fails with unauthorized_client"])
    return "json", para(hi(lang), intro, body, bye(lang)), secrets


@sec(2)
def keycloak_admin_cli(lang):
    p = password()
    srv = "https://sso.%s" % ch(DOMAINS)
    r = R.random()
    if r < 0.4:
        body = "./kcadm.sh config credentials --server %s --realm master --user admin --password '%s'\n./kcadm.sh get clients -r %s -q clientId=sportello-connector" % (srv, p, realm())
        st = "shell"
    elif r < 0.7:
        body = "services:\n  keycloak:\n    image: quay.io/keycloak/keycloak:26.0\n    command: start --optimized\n    environment:\n      KC_DB: postgres\n      KC_DB_URL: jdbc:postgresql://db:5432/keycloak\n      KC_DB_USERNAME: keycloak\n      KC_DB_PASSWORD: %s\n      KC_HOSTNAME: %s" % (p, srv.replace("https://", ""))
        st = "yaml"
    else:
        body = "KC_BOOTSTRAP_ADMIN_USERNAME=admin\nKC_BOOTSTRAP_ADMIN_PASSWORD=%s\nKC_HTTP_ENABLED=false\nKC_HOSTNAME=%s" % (p, srv)
        st = "env"
    intro = ch(["Setup del nostro Keycloak che fa da broker verso il vostro IdP:", "ecco come lanciamo keycloak in staging"]) if lang == "it" else \
        ch(["Setup of our Keycloak acting as broker to your IdP:", "here's how we run keycloak on staging"])
    return st, para(hi(lang), intro, body, bye(lang)), [("password", p)]


@sec(4)
def ldap_bind(lang):
    p = password()
    dc = ch(["dc=fintastica,dc=local", "dc=corp,dc=pagolesto,dc=it", "dc=helix,dc=co,dc=uk", "dc=ad,dc=kestrel,dc=dev"])
    bind = ch(["cn=svc-sportello,ou=ServiceAccounts,", "uid=ldapreader,ou=system,", "CN=svc_sso_bind,OU=Service,"]) + dc
    host = ch(["ldaps://dc01.", "ldap://ldap.", "ldaps://ad."]) + ch(DOMAINS)
    r = R.random()
    if r < 0.3:
        body = "ldapsearch -x -H %s -D \"%s\" -w '%s' -b \"%s\" \"(mail=%s)\" memberOf" % (host, bind, p, dc, email())
        st = "shell"
    elif r < 0.5:
        body = "[domain/%s]\nid_provider = ldap\nauth_provider = ldap\nldap_uri = %s\nldap_search_base = %s\nldap_default_bind_dn = %s\nldap_default_authtok_type = password\nldap_default_authtok = %s\nldap_tls_reqcert = demand" % (dc.split(",")[0][3:], host, dc, bind, p)
        st = "ini"
    elif r < 0.7:
        body = "import ldap\n\nconn = ldap.initialize(\"%s\")\nconn.set_option(ldap.OPT_REFERRALS, 0)\nconn.simple_bind_s(\"%s\", \"%s\")\nres = conn.search_s(\"%s\", ldap.SCOPE_SUBTREE, \"(sAMAccountName=%s)\")" % (host, bind, p, dc, rs(6, string.ascii_lowercase))
        st = "python"
    elif r < 0.85:
        body = "spring:\n  ldap:\n    urls: %s:636\n    base: %s\n    username: %s\n    password: %s" % (host, dc, bind, p)
        st = "yaml"
    else:
        body = "uri %s\nbase %s\nbinddn %s\nbindpw %s\nssl on" % (host, dc, bind, p)
        st = "config"
    intro = ch(["Per la federazione con il vostro portale usiamo l'AD aziendale, ecco il bind (la ricerca degli utenti non torna niente):",
                "config LDAP del connettore, vi serve per capire il mapping degli attributi?", "il bind va in errore 49 (invalid credentials) solo da voi:"]) if lang == "it" else \
        ch(["For federation with your portal we use our AD, here's the bind (the user search returns nothing):", "LDAP config of the connector, do you need it for the attribute mapping?",
            "the bind fails with error 49 (invalid credentials) only from your side:"])
    return st, para(hi(lang), intro, body, bye(lang)), [("password", p)]


@sec(2)
def ad_reset(lang):
    p = temp_password() if R.random() < 0.5 else password()
    u = rs(R.randint(5, 8), string.ascii_lowercase)
    r = R.random()
    if r < 0.35:
        body = "net user %s %s /domain" % (u, p)
    elif r < 0.7:
        body = "Set-ADAccountPassword -Identity %s -Reset -NewPassword (ConvertTo-SecureString '%s' -AsPlainText -Force)\nSet-ADUser -Identity %s -ChangePasswordAtLogon $true" % (u, p, u)
    else:
        body = "$cred = New-Object System.Management.Automation.PSCredential('%s\\svc_sso', (ConvertTo-SecureString \"%s\" -AsPlainText -Force))\nConnect-MgGraph -TenantId %s" % (ch(["FINTASTICA", "CORP", "HELIX"]), p, guid())
    intro = ch(["Ho resettato l'utente di servizio così, ma il login SSO sul vostro portale continua a fallire:", "comando usato dal nostro IT (powershell):"]) if lang == "it" else \
        ch(["I reset the service user like this, but SSO on your portal still fails:", "command our IT used (powershell):"])
    return "powershell", para(hi(lang), intro, body, bye(lang)), [("password", p)]


@sec(2)
def kerberos(lang):
    realm_ = ch(["CORP.FINTASTICA.LOCAL", "AD.PAGOLESTO.IT", "HELIX.CO.UK", "KESTREL.DEV"])
    svc = ch(["HTTP/sso.", "HTTP/portal.", "host/app01."]) + ch(DOMAINS)
    if R.random() < 0.5:
        keys = [rs(64, HEX), rs(32, HEX)]
        body = "$ klist -kte -K /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Timestamp           Principal\n---- ------------------- ------------------------------------------------------\n   3 %s %s@%s (aes256-cts-hmac-sha1-96)  (0x%s)\n   3 %s %s@%s (aes128-cts-hmac-sha1-96)  (0x%s)" % (
            "11/02/2026 09:14:02", svc, realm_, keys[0], "11/02/2026 09:14:02", svc, realm_, keys[1])
        secrets = [("private_key", keys[0]), ("private_key", keys[1])]
        st = "shell"
    else:
        p = password()
        body = ch(["echo '%s' | kinit svc_sso@%s\nklist" % (p, realm_),
                   "ktutil\naddent -password -p svc_sso@%s -k 2 -e aes256-cts\nPassword for svc_sso@%s: %s\nwkt /etc/sso.keytab" % (realm_, realm_, p)])
        secrets = [("password", p)]
        st = "shell"
    intro = ch(["SPNEGO verso il vostro portale non funziona, vi metto cosa c'è nella keytab:", "Kerberos: l'utente di servizio si autentica così"]) if lang == "it" else \
        ch(["SPNEGO to your portal doesn't work, here is what's in the keytab:", "Kerberos: the service user authenticates like this"])
    return st, para(hi(lang), intro, body, bye(lang)), secrets


@sec(4)
def vault_login(lang):
    t = vault_token()
    r = R.random()
    addr = "https://vault.%s:8200" % ch(DOMAINS)
    if r < 0.35:
        body = "$ vault login %s\nSuccess! You are now authenticated. The token information displayed below\nis already stored in the token helper.\n\nKey                  Value\n---                  -----\ntoken                %s\ntoken_accessor       %s\ntoken_duration       768h\ntoken_renewable      true\ntoken_policies       [\"default\" \"sportello-read\"]" % (t, t, rs(24))
    elif r < 0.6:
        body = "export VAULT_ADDR=%s\nexport VAULT_TOKEN=%s\nvault kv get -field=client_secret secret/idp/sportello" % (addr, t)
    elif r < 0.8:
        body = "curl -s -H \"X-Vault-Token: %s\" %s/v1/secret/data/idp/okta | jq .data.data" % (t, addr)
    else:
        body = "import hvac\nclient = hvac.Client(url='%s', token='%s')\nsecret = client.secrets.kv.v2.read_secret_version(path='idp/sportello')" % (addr, t)
    intro = ch(["Il client secret lo leggiamo da Vault, ma la lettura dà permission denied:", "ecco come prendiamo i segreti da Vault nel job di deploy"]) if lang == "it" else \
        ch(["We read the client secret from Vault, but the read gives permission denied:", "this is how the deploy job pulls secrets from Vault"])
    return "shell", para(hi(lang), intro, body, bye(lang)), [("access_token", t)]


@sec(3)
def vault_approle(lang):
    rid, sid, acc = role_id(), guid(), guid()
    r = R.random()
    if r < 0.4:
        body = "$ vault write -f auth/approle/role/sportello-connector/secret-id\nKey                   Value\n---                   -----\nsecret_id             %s\nsecret_id_accessor    %s\nsecret_id_num_uses    0\nsecret_id_ttl         0s\n\n$ vault read auth/approle/role/sportello-connector/role-id\nrole_id    %s" % (sid, acc, rid)
    elif r < 0.7:
        body = "vault write auth/approle/login role_id=%s secret_id=%s" % (rid, sid)
    else:
        body = "auto_auth {\n  method \"approle\" {\n    config = {\n      role_id_file_path = \"/etc/vault/role_id\"\n    }\n  }\n}\n# /etc/vault/role_id: %s\n# /etc/vault/secret_id: %s" % (rid, sid)
    intro = ch(["Per l'AppRole dell'agent usiamo questi valori, il login torna invalid role or secret ID:", "AppRole configurato così, può essere che il secret_id sia scaduto?"]) if lang == "it" else \
        ch(["AppRole values the agent uses, login returns invalid role or secret ID:", "AppRole set up like this, could the secret_id have expired?"])
    return "shell", para(hi(lang), intro, body, bye(lang)), [("client_secret", sid)]


@sec(2)
def vault_init(lang):
    keys = [unseal_key() for _ in range(R.choice([3, 5]))]
    root = "hvs." + rs(24)
    body = "$ vault operator init\n" + "\n".join("Unseal Key %d: %s" % (i + 1, k) for i, k in enumerate(keys)) + "\n\nInitial Root Token: %s\n\nVault initialized with %d key shares and a key threshold of 3." % (root, len(keys))
    intro = ch(["Abbiamo reinizializzato Vault in staging dopo il vostro cambio di certificati, output completo:", "output dell'init (l'ha fatto il collega, io non so se va bene)"]) if lang == "it" else \
        ch(["We re-initialized Vault on staging after your certificate change, full output:", "init output (colleague did it, not sure it's ok)"])
    return "shell", para(hi(lang), intro, body, bye(lang)), [("private_key", k) for k in keys] + [("access_token", root)]


@sec(4)
def k8s_secret(lang):
    kinds = []
    data = {}
    opts = [("client-secret", "client_secret", generic_secret), ("ldap-bind-password", "password", password), ("OIDC_CLIENT_SECRET", "client_secret", keycloak_secret),
            ("scim-token", "access_token", lambda: opaque_token(48)), ("refresh_token", "refresh_token", refresh_tok), ("DB_PASSWORD", "password", password),
            ("vault-token", "access_token", vault_token)]
    for name, kind, fn in R.sample(opts, R.randint(1, 3)):
        v = fn()
        enc = b64_enc(v)
        data[name] = enc
        kinds.append((kind, enc))
    lines = "\n".join("  %s: %s" % (k, v) for k, v in data.items())
    body = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\ndata:\n%s" % (ch(["oidc-client", "sportello-idp", "ldap-bind", "auth-proxy"]), ch(["identity", "payments", "default", "sso"]), lines)
    if R.random() < 0.4:
        body = "$ kubectl get secret %s -o yaml\n" % ch(["oidc-client", "auth-proxy"]) + body
    intro = ch(["Il pod di oauth2-proxy non parte, vi metto il secret montato:", "manifest del secret (base64, quindi non in chiaro giusto?)"]) if lang == "it" else \
        ch(["oauth2-proxy pod won't start, here is the mounted secret:", "secret manifest (it's base64 so not plain text right?)"])
    return "yaml", para(hi(lang), intro, body, bye(lang)), kinds


@sec(4)
def sa_json(lang):
    k = pem_escaped("PRIVATE KEY")
    proj = gcp_project()
    sa = "%s@%s.iam.gserviceaccount.com" % (ch(["sportello-sync", "idp-bridge", "workspace-admin", "scim"]), proj)
    body = '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "%s",\n  "client_id": "%d",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}' % (
        proj, rs(40, HEX), k, sa, R.randint(10 ** 20, 10 ** 21))
    intro = ch(["Per sincronizzare gli utenti Workspace con il vostro portale usiamo la delega a livello di dominio, il JSON del service account è questo:", "key.json del service account (domain-wide delegation)"]) if lang == "it" else \
        ch(["To sync Workspace users to your portal we use domain-wide delegation, the service account JSON:", "service account key.json (domain-wide delegation)"])
    return "json", para(hi(lang), intro, body, bye(lang)), [("private_key", k)]


@sec(4)
def totp_enrol(lang):
    seed = totp_seed()
    acct = email()
    iss = ch(["Sportello", "Okta", "Fintastica SSO", "PagoLesto Admin", "Keycloak", "AWS"])
    uri = "otpauth://totp/%s:%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30" % (iss.replace(" ", "%20"), acct.replace("@", "%40"), seed, iss.replace(" ", "%20"))
    r = R.random()
    if r < 0.4:
        body = uri
    elif r < 0.7:
        body = "Can't scan the QR code? Enter this key manually:\n%s\nTime based: yes" % (" ".join(seed[i:i + 4] for i in range(0, len(seed), 4)) if False else seed)
    else:
        body = "QR decodificato: %s" % uri if lang == "it" else "QR decoded: %s" % uri
    intro = ch(["L'app authenticator del collega che è andato via era registrata con questo QR, come la spostiamo su un altro telefono?", "Attivazione 2FA per l'account admin del portale, il codice non viene accettato:",
                "vi giro il codice di attivazione MFA così lo configurate voi"]) if lang == "it" else \
        ch(["The authenticator app of the colleague who left was enrolled with this QR, how do we move it to another phone?", "2FA enrolment for the portal admin account, the code is rejected:",
            "forwarding the MFA setup key so you can set it up"])
    return ch(["email", "chat"]), para(hi(lang), intro, body, bye(lang)), [("password", seed)]


@sec(5)
def backup_codes(lang):
    codes = list(dict.fromkeys(backup_code() for _ in range(R.choice([2, 4, 8, 10]))))
    if len(codes) > 6 and R.random() < 0.5:
        txt = "\n".join("%s    %s" % (codes[i], codes[i + 1]) if i + 1 < len(codes) else codes[i] for i in range(0, len(codes), 2))
    else:
        txt = "\n".join(("%d. " % (i + 1) if R.random() < 0.5 else "") + c for i, c in enumerate(codes))
    intro = ch(["Ho perso il telefono con l'autenticatore. Ho ancora questi codici di backup del portale, quali sono ancora validi?",
                "Codici di recupero salvati quando ho attivato il 2FA:", "ti mando i codici di emergenza dell'account admin, usane uno per entrare"]) if lang == "it" else \
        ch(["Lost my phone with the authenticator. I still have these portal backup codes, which ones are still valid?", "Recovery codes I saved when enabling 2FA:",
            "sending you the admin account's emergency codes, use one to get in"])
    hdr = ch(["Backup codes - %s" % email(), "RECOVERY CODES (keep them safe)", "Codici di backup", ""])
    return "chat", para(hi(lang), intro, join(hdr, txt), bye(lang)), [("pin", c) for c in codes]


@sec(4)
def sms_otp(lang):
    o = fmt_otp(otp(ch([6, 6, 6, 8, 5])))
    r = R.random()
    if lang == "it":
        sms = ch(["Il tuo codice di accesso Sportello è %s. Non condividerlo con nessuno." % o, "%s è il tuo codice di verifica. Scade tra 5 minuti." % o,
                  "Codice OTP per autorizzare l'accesso: %s" % o])
        intro = ch(["Mi è arrivato questo SMS ma il portale dice codice non valido:", "Inoltrato da +39 3xx:", "ecco il codice che mi avete mandato, non funziona"])
        if r < 0.3:
            body = "ciao! il codice è %s, fai presto che scade" % o
            return "chat", para(intro, body), [("pin", o)]
    else:
        sms = ch(["Your Sportello sign-in code is %s. Don't share it." % o, "%s is your verification code. It expires in 5 minutes." % o, "Use %s to confirm your login" % o])
        intro = ch(["Got this SMS but the portal says invalid code:", "Forwarded message:", "here is the code you sent me, doesn't work"])
        if r < 0.3:
            body = "hey the code is %s quick before it expires" % o
            return "chat", para(intro, body), [("pin", o)]
    return "sms", para(hi(lang), intro, sms, bye(lang)), [("pin", o)]


@sec(3)
def auth_code_callback(lang):
    code = ch([rs(43, B64URL), rs(ch([32, 40]), ALNUM), "0.A" + rs(500, B64URL), guid() + "." + rs(30, B64URL)])
    state, host = rs(32, B64URL), ch(DOMAINS)
    url = "https://%s/auth/callback?code=%s&state=%s" % (host, code, state)
    if R.random() < 0.4:
        url += "&session_state=" + guid()
    intro = ch(["Dopo il consenso il redirect arriva così ma poi il nostro backend dice invalid_grant:", "URL di callback copiato dalla barra degli indirizzi (il login si blocca qui):"]) if lang == "it" else \
        ch(["After consent the redirect comes back like this but our backend then says invalid_grant:", "callback URL copied from the address bar (login hangs here):"])
    extra = ch(["Il code l'ho appena preso, se volete provate voi lo scambio.", "", "codice ancora valido per qualche minuto"]) if lang == "it" else ch(["Just grabbed the code, feel free to try the exchange yourselves.", "", "code should still be valid for a few minutes"])
    return "url", para(hi(lang), intro, url, extra, bye(lang)), [("access_token", code)]


@sec(4)
def token_response(lang):
    at = jwt() if R.random() < 0.7 else opaque_token(ch([43, 64]))
    secrets = [("access_token", at)]
    d = {"access_token": at, "token_type": "Bearer", "expires_in": ch([300, 3600, 900])}
    if R.random() < 0.7:
        rt = refresh_tok()
        d["refresh_token"] = rt
        secrets.append(("refresh_token", rt))
    if R.random() < 0.5:
        it = jwt(claims=std_claims(extra={"nonce": rs(22, B64URL), "email": email(), "name": fullname(lang)}))
        d["id_token"] = it
        secrets.append(("access_token", it))
    d["scope"] = ch(["openid profile email offline_access", "payments accounts", "openid"])
    body = json.dumps(d, indent=ch([None, 2, 4]))
    intro = ch(["Risposta del token endpoint (POST /oauth2/token), poi la chiamata a /v1/payments dà 401:", "questo è quello che ci torna lo scambio del code:", "risposta completa, non capisco perché l'access token non passa"]) if lang == "it" else \
        ch(["Token endpoint response (POST /oauth2/token), then the call to /v1/payments gets 401:", "this is what the code exchange returns:", "full response, no idea why the access token is rejected"])
    return "json", para(hi(lang), intro, body, bye(lang)), secrets


@sec(5)
def refresh_flow(lang):
    rt = refresh_tok()
    cid = ch([okta_client_id(), guid(), rs(32)])
    r = R.random()
    if r < 0.5:
        body = "curl -X POST https://%s/oauth2/v1/token \\\n  -d grant_type=refresh_token \\\n  -d client_id=%s \\\n  -d refresh_token=%s" % (ch([okta_domain(), auth0_domain()]), cid, rt)
        st = "shell"
    elif r < 0.75:
        body = "grant_type=refresh_token&refresh_token=%s&client_id=%s&scope=offline_access" % (rt, cid)
        st = "http"
    else:
        body = "REFRESH_TOKEN=%s\nCLIENT_ID=%s" % (rt, cid)
        st = "env"
    intro = ch(["Il refresh funziona per 24 ore e poi smette, vi mando la chiamata:", "refresh token salvato sul nostro DB per il merchant, ora ritorna invalid_grant"]) if lang == "it" else \
        ch(["Refresh works for 24 hours then stops, here's the call:", "refresh token stored in our DB for the merchant, now returns invalid_grant"])
    return st, para(hi(lang), intro, body, bye(lang)), [("refresh_token", rt)]


@sec(2)
def device_flow(lang):
    dc = ch([rs(43, B64URL), "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS", rs(40, ALNUM)])
    if dc == "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS":
        dc = rs(43, B64URL)
    uc = rs(4, "BCDFGHJKLMNPQRSTVWXZ") + "-" + rs(4, "BCDFGHJKLMNPQRSTVWXZ")
    body = json.dumps({"device_code": dc, "user_code": uc, "verification_uri": "https://%s/activate" % okta_domain(),
                       "verification_uri_complete": "https://%s/activate?user_code=%s" % (okta_domain(), uc), "expires_in": 600, "interval": 5}, indent=2)
    intro = ch(["Per il terminale del negozio usiamo il device flow. Dopo che l'utente inserisce il codice, il polling torna sempre authorization_pending:", "risposta di /device/authorize sul POS"]) if lang == "it" else \
        ch(["For the shop terminal we use the device flow. After the user enters the code, polling always returns authorization_pending:", "/device/authorize response on the POS"])
    return "json", para(hi(lang), intro, body, bye(lang)), [("access_token", dc)]


@sec(3)
def pkce_verifier(lang):
    v = rs(ch([43, 64, 128]), B64URL + "~.")
    chal = b64u_enc(hashlib.sha256(v.encode()).digest())
    cid, host = rs(32, ALNUM), ch(DOMAINS)
    r = R.random()
    if r < 0.5:
        body = "POST /oauth/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=authorization_code&client_id=%s&code_verifier=%s&code=%s&redirect_uri=https%%3A%%2F%%2F%s%%2Fcb" % (cid, v, (ch(["<code>", "[code rimosso]", "..."]) if lang == "it" else ch(["<code>", "[code removed]", "..."])), host)
        sec_ = [("client_secret", v)]
    else:
        body = "// debug log\ncode_verifier  = %s\ncode_challenge = %s (S256)" % (v, chal)
        sec_ = [("client_secret", v)]
    intro = ch(["Con PKCE il token endpoint ci dice invalid_grant: PKCE verification failed. Vi metto verifier e richiesta:", "log della app mobile durante il login"]) if lang == "it" else \
        ch(["With PKCE the token endpoint says invalid_grant: PKCE verification failed. Verifier and request below:", "mobile app log during login"])
    return "http", para(hi(lang), intro, body, bye(lang)), sec_


@sec(5)
def devtools_bearer(lang):
    t = jwt()
    host = ch(["api.sportello-api.eu", "sandbox.sportello-api.eu", "api.%s" % ch(DOMAINS)])
    r = R.random()
    if r < 0.4:
        body = ":authority: %s\n:method: GET\n:path: /v1/accounts?limit=20\naccept: application/json\nauthorization: Bearer %s\nx-request-id: %s\nuser-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" % (host, t, guid())
        st = "devtools"
    elif r < 0.7:
        body = "fetch(\"https://%s/v1/consents\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"authorization\": \"Bearer %s\",\n    \"content-type\": \"application/json\"\n  },\n  \"method\": \"POST\"\n});" % (host, t)
        st = "js"
    else:
        body = json.dumps({"request": {"method": "GET", "url": "https://%s/v1/me" % host, "headers": [{"name": "Authorization", "value": "Bearer " + t},
                                                                                                      {"name": "Accept", "value": "*/*"}]}, "response": {"status": 401, "statusText": "Unauthorized"}}, indent=2)
        st = "har"
    intro = ch(["Copio dalla tab Network di Chrome la richiesta che fallisce:", "HAR della sessione (solo la parte che interessa):", "copy as fetch dal browser"]) if lang == "it" else \
        ch(["Copied from Chrome's Network tab, the failing request:", "HAR of the session (only the relevant bit):", "copy as fetch from the browser"])
    if R.random() < 0.2:
        intro += ch([" Il token è scaduto comunque, quindi nessun problema.", " (token già scaduto)"]) if lang == "it" else ch([" The token is expired anyway, so no harm.", " (token already expired)"])
    return st, para(hi(lang), intro, body, bye(lang)), [("access_token", t)]


@sec(4)
def sso_cookies(lang):
    r = R.random()
    secrets = []
    if r < 0.25:
        v = "CfDJ8" + rs(ch([300, 420]), B64URL)
        line = "Cookie: .AspNetCore.Cookies=%s; ARRAffinity=%s" % (v, rs(64, HEX))
    elif r < 0.5:
        v = jwt(alg="HS256")
        line = "KEYCLOAK_IDENTITY\t%s\tsso.%s\t/realms/%s/\tSession\tHttpOnly" % (v, ch(DOMAINS), realm())
    elif r < 0.7:
        v = "s%3A" + rs(32, B64URL) + "." + rs(43, B64URL)
        line = "connect.sid=%s; Path=/; HttpOnly; Secure" % v
    elif r < 0.85:
        v = rs(32, HEX).upper()
        line = "Set-Cookie: JSESSIONID=%s; Path=/portal; Secure; HttpOnly" % v
    else:
        v = "102" + rs(22, B64URL)
        line = "sid=%s; idx=%s; DT=DI1%s" % (v, "ZXlK" + rs(40, B64URL), rs(20, B64URL))
        v2 = line.split("idx=")[1].split(";")[0]
        secrets.append(("access_token", v2))
    secrets.insert(0, ("access_token", v))
    intro = ch(["Dopo il login SSO il portale ci rimanda alla pagina di login in loop. Cookie che vedo nei devtools:", "ecco i cookie della sessione, forse il problema è SameSite"]) if lang == "it" else \
        ch(["After SSO login the portal loops back to sign-in. Cookies I see in devtools:", "here are the session cookies, maybe it's SameSite"])
    return "devtools", para(hi(lang), intro, line, bye(lang)), secrets


@sec(5)
def mtls_key(lang):
    k = pem(ch(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]))
    c = pem("CERTIFICATE")
    secrets = [("private_key", k)]
    r = R.random()
    if r < 0.5:
        body = c + "\n" + k
    else:
        body = k + "\n" + c
    if "ENCRYPTED" in k:
        p = password()
        body += "\n\n" + (ch(["passphrase: ", "la passphrase è ", "pass della chiave: "]) if lang == "it" else ch(["passphrase: ", "key password is "])) + p
        secrets.append(("password", p))
    intro = ch(["Certificato QWAC e chiave per l'mTLS verso il vostro endpoint PSD2, l'handshake fallisce con bad certificate:", "ecco il .pem che usiamo per il client TLS (cert + key)",
                "Per l'eIDAS ci hanno dato questo bundle, lo carichiamo così?"]) if lang == "it" else \
        ch(["QWAC certificate and key for mTLS to your PSD2 endpoint, handshake fails with bad certificate:", "here's the .pem we use for the TLS client (cert + key)",
            "We got this eIDAS bundle, do we upload it as-is?"])
    return "pem", para(hi(lang), intro, body, bye(lang)), secrets


@sec(3)
def saml_sp_key(lang):
    k = pem(ch(["PRIVATE KEY", "RSA PRIVATE KEY"]))
    if R.random() < 0.5:
        body = json.dumps({"strict": True, "sp": {"entityId": "https://%s/saml/metadata" % ch(DOMAINS),
                                                   "assertionConsumerService": {"url": "https://%s/saml/acs" % ch(DOMAINS)},
                                                   "x509cert": cert_b64_oneline()[:200], "privateKey": k.replace("\n", "")}}, indent=2)
        val = k.replace("\n", "")
    else:
        body = "# saml/sp-signing.key\n" + k
        val = k
    intro = ch(["Config python3-saml del nostro SP, la firma delle AuthnRequest non viene accettata:", "chiave di firma SAML del nostro service provider"]) if lang == "it" else \
        ch(["python3-saml config of our SP, AuthnRequest signatures are rejected:", "SAML signing key of our service provider"])
    return ch(["json", "pem"]), para(hi(lang), intro, body, bye(lang)), [("private_key", val)]


@sec(2)
def client_assertion(lang):
    a = jwt(claims={"iss": guid(), "sub": guid(), "aud": "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % guid(), "jti": guid(),
                    "exp": R.randint(1780000000, 1796000000), "nbf": R.randint(1770000000, 1779999999)}, alg=ch(["RS256", "PS256"]), k=x5t())
    body = "client_id=%s&client_assertion_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Aclient-assertion-type%%3Ajwt-bearer&client_assertion=%s&grant_type=client_credentials&scope=%s" % (guid(), a, "api%3A%2F%2Fpayments%2F.default")
    intro = ch(["Usiamo private_key_jwt invece del secret. Body della richiesta al token endpoint:", "client assertion generata dalla libreria, errore AADSTS700027"]) if lang == "it" else \
        ch(["We use private_key_jwt instead of a secret. Token request body:", "client assertion generated by the lib, error AADSTS700027"])
    return "http", para(hi(lang), intro, body, bye(lang)), [("access_token", a)]


@sec(3)
def gateway_keys(lang):
    r = R.random()
    if r < 0.35:
        k = rs(32, HEX)
        body = "curl -H \"Ocp-Apim-Subscription-Key: %s\" -H \"Ocp-Apim-Trace: true\" https://%s.azure-api.net/payments/v1/status" % (k, tenant_name())
        sec_ = [("access_token", k)]
        st = "shell"
    elif r < 0.65:
        k = rs(32, ALNUM)
        body = "_format_version: \"3.0\"\nconsumers:\n- username: %s\n  keyauth_credentials:\n  - key: %s\n  acls:\n  - group: payments" % (ch(["fintastica", "pagolesto-web", "helix-pos"]), k)
        sec_ = [("access_token", k)]
        st = "yaml"
    else:
        ck, cs = rs(32, ALNUM), rs(ch([16, 32]), ALNUM)
        body = join("Apigee > Apps > %s" % ch(["sportello-partner", "tpp-app"]), "Credentials", "Key     %s" % ck, "Secret  %s" % cs, "Status  Approved", "Products  payments-v1, accounts-v1")
        sec_ = [("client_secret", cs)]
        st = "admin-page"
    intro = ch(["Il gateway davanti alle vostre API ci risponde 401, config del consumer:", "chiavi dell'API gateway per il partner"]) if lang == "it" else \
        ch(["The gateway in front of your APIs returns 401, consumer config:", "API gateway keys for the partner"])
    return st, para(hi(lang), intro, body, bye(lang)), sec_


@sec(4)
def reset_mail(lang):
    tok = ch([rs(ch([32, 43, 64]), B64URL), guid().replace("-", "") + rs(16, HEX), jwt(alg="HS256")])
    host = ch(["portale.sportello-api.eu", "login.%s" % ch(DOMAINS), okta_domain()])
    link = ch(["https://%s/reset-password?token=%s" % (host, tok), "https://%s/signin/reset-password/%s" % (host, tok), "https://%s/account/recover?t=%s&lang=it" % (host, tok)])
    secrets = [("access_token", tok)]
    code = None
    if lang == "it":
        mail = join("Da: %s <no-reply@%s>" % (ch(["Portale Integratori", "Sportello"]), host.split("/")[0]), "Oggetto: Reimposta la tua password", "",
                    "Ciao %s," % ch(FIRST_IT), "abbiamo ricevuto una richiesta di reimpostazione della password. Clicca sul link qui sotto (valido 60 minuti):", link)
        if R.random() < 0.4:
            code = otp()
            mail += "\n\nOppure inserisci il codice: %s" % code
        intro = ch(["Il link di reset non funziona, dice 'link scaduto' anche appena arrivato. Vi inoltro la mail:", "inoltro la mail di reset ricevuta dall'utente"])
    else:
        mail = join("From: %s <no-reply@%s>" % (ch(["Integrator Portal", "Sportello"]), host.split("/")[0]), "Subject: Reset your password", "",
                    "Hi %s," % ch(FIRST_EN), "We received a request to reset your password. Click the link below (valid for 60 minutes):", link)
        if R.random() < 0.4:
            code = otp()
            mail += "\n\nOr enter the code: %s" % code
        intro = ch(["The reset link doesn't work, says 'link expired' right after it arrives. Forwarding the mail:", "forwarding the reset mail the user received"])
    if code:
        secrets.append(("pin", code))
    return "email", para(hi(lang), intro, "---------- Forwarded message ---------\n" + mail, bye(lang)), secrets


@sec(5)
def helpdesk_chat(lang):
    p = temp_password() if R.random() < 0.6 else password()
    u = email()
    t1, t2 = "%02d:%02d" % (R.randint(8, 18), R.randint(0, 59)), "%02d:%02d" % (R.randint(8, 18), R.randint(0, 59))
    ag, us = fullname(lang), fullname(lang)
    if lang == "it":
        body = join("[%s] %s: ciao, non riesco più a entrare nel portale, l'account %s è bloccato" % (t1, us, u),
                    "[%s] %s: ti ho resettato la password, quella provvisoria è %s" % (t2, ag, p),
                    "[%s] %s: al primo accesso ti chiede di cambiarla" % (t2, ag), "[%s] %s: perfetto grazie!" % (t2, us))
        intro = ch(["Copio la chat con il nostro helpdesk perché dopo il reset il login SSO verso di voi dà ancora errore:", "trascrizione Teams:"])
    else:
        body = join("[%s] %s: hi, I'm locked out of the portal, account %s" % (t1, us, u), "[%s] %s: reset done, your temporary %s is %s" % (t2, ag, lab_pw(lang), p),
                    "[%s] %s: you'll be asked to change it on first login" % (t2, ag), "[%s] %s: great thanks!" % (t2, us))
        intro = ch(["Pasting the chat with our helpdesk because after the reset SSO towards you still fails:", "Teams transcript:"])
    return "chat", para(intro, body), [("password", p)]


@sec(4)
def plain_pw_mail(lang):
    p = password()
    u = ch([email(), rs(6, string.ascii_lowercase) + "." + rs(5, string.ascii_lowercase), "admin", "operatore01", "svc_portal"])
    if lang == "it":
        body = ch(["Utente: %s\n%s: %s" % (u, lab_pw(lang).capitalize(), p),
                   "per entrare nel portale integratori usate %s / %s, è l'utenza condivisa del team" % (u, p),
                   "la password della casella PEC collegata all'account (%s) è %s, se serve per la verifica" % (u, p),
                   "Accesso SPID livello 1: username %s %s %s" % (u, lab_pw(lang), p)])
        intro = ch(["Vi scrivo per sbloccare l'account.", "Come richiesto dal vostro collega:", "Per la verifica dell'identità:"])
    else:
        body = ch(["User: %s\n%s: %s" % (u, lab_pw(lang).capitalize(), p), "to log in to the integrator portal use %s / %s, it's the team's shared login" % (u, p),
                   "login %s, %s %s — please check why MFA isn't prompted" % (u, lab_pw(lang), p)])
        intro = ch(["Writing to get the account unlocked.", "As your colleague asked:", "For identity verification:"])
    return "email", para(hi(lang), intro, body, bye(lang)), [("password", p)]


@sec(3)
def spid_cie(lang):
    secrets = []
    cfv = cf_code()
    r = R.random()
    if r < 0.5:
        pinv = rs(8, string.digits)
        pinf = ch([pinv, pinv[:4] + " " + pinv[4:]])
        body = ("Per l'accesso con CIE all'area riservata: codice fiscale %s, PIN della carta %s. Il lettore NFC non la legge." % (cfv, pinf)) if lang == "it" else \
            ("For CIE sign-in to the reserved area: tax code %s, card PIN %s. The NFC reader won't read it." % (cfv, pinf))
        secrets.append(("pin", pinf))
        if R.random() < 0.3:
            puk = rs(8, string.digits)
            body += (" Il PUK è %s." % puk) if lang == "it" else (" The PUK is %s." % puk)
            secrets.append(("pin", puk))
    else:
        p, o = password(), otp()
        body = ("Provo ad accedere con SPID (%s), utente %s %s %s, poi mi arriva l'OTP %s ma la pagina torna al login. Codice fiscale %s." % (ch(["PosteID", "Aruba", "InfoCert", "Sielte", "Namirial"]), email(), lab_pw(lang), p, o, cfv)) if lang == "it" else \
            ("I try to log in with SPID (%s), user %s %s %s, then I get OTP %s but the page goes back to login. Tax code %s." % (ch(["PosteID", "Aruba", "InfoCert"]), email(), lab_pw(lang), p, o, cfv))
        secrets += [("password", p), ("pin", o)]
    return "email", para(hi(lang), body, bye(lang)), secrets


@sec(3)
def pec_config(lang):
    p = password()
    dom = ch(["pec.it", "legalmail.it", "pec.aruba.it", "postacert.it"])
    user = "%s@%s" % (ch(["amministrazione", "fintastica", "ufficio.legale", "contabilia"]), dom)
    r = R.random()
    if r < 0.5:
        body = "smtp_host = smtps.%s\nsmtp_port = 465\nsmtp_user = %s\nsmtp_pass = %s" % (dom, user, p)
    else:
        body = "imaps://%s:%s@imaps.%s:993/INBOX" % (user.replace("@", "%40"), p, dom)
    intro = ch(["Le notifiche di cambio credenziali ci arrivano via PEC; il connettore che le legge è configurato così:", "config della PEC per ricevere le vostre comunicazioni"]) if lang == "it" else \
        ch(["Credential-change notices reach us by PEC; the reader is configured like this:", "PEC config to receive your notices"])
    return "config", para(hi(lang), intro, body, bye(lang)), [("password", p)]


@sec(3)
def tpp_creds(lang):
    cs = generic_secret()
    org = "PSD%s-%s-%s" % (ch(["IT", "DE", "FR"]), ch(["BI", "BAFIN", "ACPR"]), rs(6, string.digits))
    body = join("TPP onboarding", "Organisation identifier: %s" % org, "software_statement_id: %s" % guid(), "client_id: %s" % guid(), "client_secret: %s" % cs,
                "consent_id (ultimo): %s" % consent_id(), "redirect_uri: https://%s/ob/callback" % ch(DOMAINS))
    secrets = [("client_secret", cs)]
    if R.random() < 0.35:
        k = pem("PRIVATE KEY")
        body += "\n\nQSealC key:\n" + k
        secrets.append(("private_key", k))
    intro = ch(["Registrazione dinamica completata, vi giro i parametri che abbiamo ricevuto per il TPP:", "dati del client TPP (sandbox PSD2)"]) if lang == "it" else \
        ch(["Dynamic registration done, here are the TPP parameters we received:", "TPP client data (PSD2 sandbox)"])
    return "email", para(hi(lang), intro, body, bye(lang)), secrets


@sec(2)
def sca_otp(lang):
    o = fmt_otp(otp(ch([6, 8])))
    cid = consent_id()
    body = ("Consenso %s: mi chiede il codice SCA, ho inserito %s dall'app della banca ma risulta rifiutato (PSU_CREDENTIALS_INVALID)." % (cid, o)) if lang == "it" else \
        ("Consent %s: it asks for the SCA code, I entered %s from the banking app but it's rejected (PSU_CREDENTIALS_INVALID)." % (cid, o))
    return "email", para(hi(lang), body, bye(lang)), [("pin", o)]


@sec(4)
def siem_unmasked(lang):
    ts = iso_ts()
    r = R.random()
    if r < 0.3:
        p = password()
        line = '%s host=idp01 app=keycloak level=WARN event=LOGIN_ERROR realm=%s user=%s error=invalid_user_credentials params={username=%s, password=%s, credentialId=null}' % (ts, realm(), email(), email(), p)
        s = [("password", p)]
    elif r < 0.55:
        cs = generic_secret()
        line = '{"timestamp":"%s","source":"api-gateway","msg":"token request","body":"grant_type=client_credentials&client_id=%s&client_secret=%s","status":401}' % (ts, rs(24), cs)
        s = [("client_secret", cs)]
    elif r < 0.8:
        t = jwt()
        line = '%s INFO  [oauth2-proxy] 10.0.%d.%d - %s [%s] "GET /callback HTTP/1.1" 302 - Authorization="Bearer %s"' % (ts, R.randint(0, 255), R.randint(1, 254), email(), ts, t)
        s = [("access_token", t)]
    else:
        rt = refresh_tok()
        line = 'CEF:0|Sportello|IdP|2.4|token.refresh|Refresh token used|3|suser=%s src=10.%d.%d.%d cs1Label=refresh_token cs1=%s' % (email(), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), rt)
        s = [("refresh_token", rt)]
    intro = ch(["Il nostro SOC ha trovato questo nei log esportati dal SIEM, è normale che finisca in chiaro?", "Export Splunk (una riga):", "alert DLP: valore in chiaro nei log"]) if lang == "it" else \
        ch(["Our SOC found this in the SIEM export, is it expected to be logged in clear?", "Splunk export (one line):", "DLP alert: value in clear in the logs"])
    return "log", para(hi(lang), intro, line, bye(lang)), s


@sec(3)
def scim_token(lang):
    t = ch([opaque_token(ch([40, 64])), jwt(), "scim_" + rs(40)])
    tenant = ch(["https://api.sportello-api.eu/scim/v2", "https://%s/scim/v2" % ch(DOMAINS)])
    r = R.random()
    if r < 0.5:
        body = join("Provisioning > Admin Credentials", "Tenant URL   %s" % tenant, "Secret Token  %s" % t, "[Test Connection]  ✗ You appear to have entered invalid credentials.")
        st = "admin-page"
    else:
        body = "curl -s %s/Users?filter=userName%%20eq%%20%%22%s%%22 -H 'Authorization: Bearer %s' -H 'Content-Type: application/scim+json'" % (tenant, email(), t)
        st = "shell"
    intro = ch(["Il provisioning SCIM da Entra verso il vostro portale fallisce il test di connessione:", "il token SCIM che ci avete dato non sembra funzionare:"]) if lang == "it" else \
        ch(["SCIM provisioning from Entra to your portal fails the connection test:", "the SCIM token you gave us doesn't seem to work:"])
    return st, para(hi(lang), intro, body, bye(lang)), [("access_token", t)]


@sec(4)
def basic_auth(lang):
    cid, cs = ch([rs(24), okta_client_id(), guid(), "acme-pay-prod"]), ch([okta_secret(), generic_secret(), keycloak_secret()])
    r = R.random()
    if r < 0.5:
        blob = b64_enc("%s:%s" % (cid, cs))
        body = "POST /oauth2/token HTTP/1.1\nHost: %s\nAuthorization: Basic %s\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=payments" % (ch(["auth.sportello-api.eu", okta_domain()]), blob)
        s = [("client_secret", blob)]
    else:
        pair = "%s:%s" % (cid, cs)
        body = "curl -u '%s' -d grant_type=client_credentials https://%s/oauth2/token" % (pair, ch(["auth.sportello-api.eu", okta_domain()]))
        s = [("client_secret", pair)]
    intro = ch(["Chiamata al token endpoint con client_secret_basic:", "Autenticazione Basic verso il token endpoint, errore invalid_client"]) if lang == "it" else \
        ch(["Token endpoint call with client_secret_basic:", "Basic auth against the token endpoint, invalid_client error"])
    return "http", para(hi(lang), intro, body, bye(lang)), s


@sec(6)
def vendor_in_idp(lang):
    k = vendor_key()
    if k.startswith("xoxb"):
        body = "SLACK_BOT_TOKEN=%s\n# il bot notifica i login falliti nel canale #sso-alerts" % k if lang == "it" else "SLACK_BOT_TOKEN=%s\n# bot posts failed logins to #sso-alerts" % k
    elif k.startswith("SG."):
        body = "# mail di reset password\nSENDGRID_API_KEY=%s\nMAIL_FROM=no-reply@%s" % (k, ch(DOMAINS))
    elif k.startswith("SK"):
        sec2 = rs(32, HEX)
        body = "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_API_KEY=%s\nTWILIO_API_SECRET=%s\nTWILIO_VERIFY_SERVICE_SID=VA%s" % (rs(32, HEX), k, sec2, rs(32, HEX))
        return "env", para(hi(lang), ch(["Config del servizio OTP via SMS:", "Verify di Twilio per l'MFA, i codici non arrivano:"]) if lang == "it" else ch(["SMS OTP service config:", "Twilio Verify for MFA, codes never arrive:"]), body, bye(lang)), [("vendor_key", k), ("vendor_key", sec2)]
    elif k.startswith("ghp_") or k.startswith("github_pat_") or k.startswith("glpat"):
        body = "git clone https://%s:%s@%s/%s/sso-config.git" % (ch(["ci-bot", "deploy", "oauth2"]), k, "github.com" if not k.startswith("glpat") else "gitlab.com", ch(["fintastica", "pagolesto", "helix"]))
        if R.random() < 0.5:
            body = "The organization has enabled SAML SSO. To access this repository, visit https://github.com/orgs/%s/sso?authorization_request=%s and try again.\n\n$ %s" % (ch(["fintastica", "helix"]), rs(40, ALNUM), body)
    elif k.startswith("AIza"):
        body = "const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\"\n};" % (k, gcp_project(), gcp_project())
    elif k.startswith("00"):
        body = "Authorization: SSWS %s" % k
    else:
        body = "STRIPE_SECRET_KEY=%s" % k
    intro = ch(["Vi mando la configurazione del servizio di identità (anche la parte notifiche):", "questa è la parte di config che riguarda login e notifiche", "il repo con la config SSO non si clona più:"]) if lang == "it" else \
        ch(["Sending the identity service config (notifications bit too):", "this is the config part about sign-in and notifications", "the SSO config repo won't clone anymore:"])
    return "env", para(hi(lang), intro, body, bye(lang)), [("vendor_key", k)]


@sec(3)
def env_file(lang):
    cs, p = ch([okta_secret(), entra_secret(), auth0_secret(), keycloak_secret()]), password()
    iss = ch(["https://%s/oauth2/default" % okta_domain(), "https://sso.%s/realms/%s" % (ch(DOMAINS), realm()), "https://%s/" % auth0_domain()])
    lines = ["OIDC_ISSUER=%s" % iss, "OIDC_CLIENT_ID=%s" % ch([okta_client_id(), guid(), "sportello-web"]), "OIDC_CLIENT_SECRET=%s" % cs,
             "OIDC_REDIRECT_URI=https://%s/auth/callback" % ch(DOMAINS), "LDAP_BIND_PASSWORD=%s" % p]
    s = [("client_secret", cs), ("password", p)]
    if R.random() < 0.4:
        lines.insert(4, "OIDC_SCOPES=openid profile email")
    body = "\n".join(lines)
    intro = ch(["Il .env del servizio di login (staging):", "variabili d'ambiente del container auth, manca qualcosa?"]) if lang == "it" else \
        ch(["The login service .env (staging):", "auth container environment, is anything missing?"])
    return "env", para(hi(lang), intro, body, bye(lang)), s


@sec(2)
def conn_url_pw(lang):
    p = password()
    u = ch(["keycloak", "kc_admin", "idp", "authsvc", "scim"])
    from urllib.parse import quote
    pe = quote(p, safe="") if R.random() < 0.4 else p
    url = ch(["postgresql://%s:%s@db-sso.internal:5432/keycloak", "mysql://%s:%s@10.0.3.12:3306/auth", "ldaps://%s:%s@ad.corp.local:636", "redis://%s:%s@sessions:6379/0"]) % (u, pe)
    intro = ch(["La stringa di connessione del DB del nostro IdP (dal log di avvio):", "connessione al db delle sessioni, era nel log"]) if lang == "it" else \
        ch(["Connection string of our IdP database (from the startup log):", "session store connection, it was in the log"])
    return "log", para(hi(lang), intro, url, bye(lang)), [("password", pe)]


@sec(2)
def saml_response_b64(lang):
    xml = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="%s" Version="2.0" IssueInstant="%s" Destination="https://%s/saml/acs" InResponseTo="%s"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">http://www.okta.com/%s</saml:Issuer><ds:Signature><ds:SignatureValue>%s</ds:SignatureValue></ds:Signature><saml:Assertion><saml:Subject><saml:NameID>%s</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>' % (
        saml_id(), iso_ts(), ch(DOMAINS), saml_id(), "exk" + rs(17), rs(344, B64), email())
    blob = b64_enc(xml)
    body = "POST https://%s/saml/acs\nContent-Type: application/x-www-form-urlencoded\n\nSAMLResponse=%s&RelayState=%s" % (ch(DOMAINS), blob, ch(["%2Fdashboard", rs(16)]))
    intro = ch(["SAMLResponse catturata con SAML-tracer, il vostro SP dice 'signature invalid':", "POST verso l'ACS (copiato dai devtools)"]) if lang == "it" else \
        ch(["SAMLResponse captured with SAML-tracer, your SP says 'signature invalid':", "POST to the ACS (copied from devtools)"])
    return "http", para(hi(lang), intro, body, bye(lang)), [("access_token", blob)]


@sec(2)
def expired_token(lang):
    t = jwt(claims=std_claims(extra={"exp": 1767225600}))
    body = ("Questo token è scaduto ieri quindi non è un problema se ve lo mando: %s\nPerché il vostro gateway risponde 500 e non 401?" % t) if lang == "it" else \
        ("This token expired yesterday so it's fine to share: %s\nWhy does your gateway answer 500 instead of 401?" % t)
    return "email", para(hi(lang), body, bye(lang)), [("access_token", t)]


# ---- end users' bank and card data (KYC / identity verification)
@sec(13)
def kyc_card(lang):
    c = card()
    v = cvv(4 if c.replace(" ", "").replace("-", "").replace(".", "").startswith("37") else 3)
    exp = "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31))
    name = fullname(lang)
    secrets = [("card_number", c)]
    with_cvv = R.random() < 0.75
    if with_cvv:
        secrets.append(("cvv", v))
    r = R.random()
    if lang == "it":
        if r < 0.4:
            body = "Per la verifica dell'identità richiesta dal portale (addebito di 0,01 €) vi do la mia carta: %s scadenza %s%s. Intestata a %s, codice fiscale %s." % (
                c, exp, (" CVV " + v) if with_cvv else "", name, cf_code())
        elif r < 0.7:
            body = join("Modulo verifica titolare", "Nome e cognome: %s" % name, "Numero carta: %s" % c, "Scadenza: %s" % exp, ("Codice di sicurezza: %s" % v) if with_cvv else "Codice di sicurezza: (non lo trovo)",
                        "Telefono: %s" % phone())
        else:
            body = "buongiorno il riconoscimento non mi va a buon fine, la carta è %s %s%s, mi aiutate?" % (c, exp, (" cvc " + v) if with_cvv else "")
        intro = ch(["", "Scrivo per conto di mia madre.", "Ticket aperto dall'app:"])
    else:
        if r < 0.4:
            body = "For the identity check the portal asks for (0.01 charge) here's my card: %s exp %s%s. Cardholder %s." % (c, exp, (" CVV " + v) if with_cvv else "", name)
        elif r < 0.7:
            body = join("Cardholder verification form", "Name: %s" % name, "Card number: %s" % c, "Expiry: %s" % exp, ("Security code: %s" % v) if with_cvv else "", "Phone: %s" % phone())
        else:
            body = "hi my verification keeps failing, card is %s %s%s, can you help" % (c, exp, (" cvc " + v) if with_cvv else "")
        intro = ch(["", "Writing on behalf of my father.", "Ticket opened from the app:"])
    return "email", para(hi(lang), intro, body, bye(lang, name)), secrets


@sec(7)
def kyc_iban(lang):
    i = iban()
    name = fullname(lang)
    r = R.random()
    if lang == "it":
        if r < 0.5:
            body = "Per completare il KYC del conto collegato all'account (%s) vi confermo l'IBAN: %s intestato a %s, BIC %s." % (email(), i, name, ch(BICS))
        else:
            body = join("Verifica identità - dati bancari", "Intestatario: %s" % name, "Codice fiscale: %s" % cf_code(), "IBAN: %s" % i, "Documento: CIE n. CA%s%s" % (rs(5, string.digits), rs(2, string.ascii_uppercase)))
    else:
        if r < 0.5:
            body = "To finish KYC on the linked account (%s) I confirm the IBAN: %s, holder %s, BIC %s." % (email(), i, name, ch(BICS))
        else:
            body = join("Identity verification - bank details", "Account holder: %s" % name, "IBAN: %s" % i, "ID document: passport %s%s" % (rs(2, string.ascii_uppercase), rs(7, string.digits)))
    s = [("iban", i)]
    if R.random() < 0.25:
        c = card()
        body += ("\nCarta collegata: %s" % c) if lang == "it" else ("\nLinked card: %s" % c)
        s.append(("card_number", c))
    return "email", para(hi(lang), body, bye(lang, name)), s


@sec(9)
def kyc_domestic(lang):
    txt, vals = domestic(lang)
    name = fullname(lang)
    if lang == "it":
        body = ch(["Per la verifica del titolare dell'account vi mando le coordinate: %s, intestato a %s." % (txt, name),
                   "Dati per il bonifico di verifica (micro-deposito):\n%s\nIntestatario: %s" % (txt, name),
                   "il micro-versamento non arriva, ricontrollo i dati: %s" % txt])
    else:
        body = ch(["For account-holder verification here are my details: %s, in the name of %s." % (txt, name), "Details for the micro-deposit check:\n%s\nAccount holder: %s" % (txt, name),
                   "the micro-deposit never arrived, double-checking: %s" % txt])
    s = [("bank_account", v) for v in vals]
    if R.random() < 0.3:
        i = iban()
        body += ("\n(IBAN completo %s)" % i) if lang == "it" else ("\n(full IBAN %s)" % i)
        s.append(("iban", i))
    return "email", para(hi(lang), body, bye(lang, name)), s


@sec(4)
def kyc_csv(lang):
    rows = []
    s = []
    hdr = ch(["email,nome,cognome,iban,carta,cvv,esito_kyc", "email,first_name,last_name,iban,card,cvv,kyc_status"])
    for _ in range(R.randint(2, 5)):
        f, l = person(lang)
        i, c, v = iban_raw(), card_digits(), cvv()
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (email(f, l), f, l, i, c, v, ch(["OK", "KO", "PENDING", "REVIEW"])))
        s += [("iban", i), ("card_number", c), ("cvv", v)]
    intro = ch(["Export dal nostro tool di onboarding, i record in KO non passano la vostra verifica:", "estrazione dei clienti con verifica fallita"]) if lang == "it" else \
        ch(["Export from our onboarding tool, the KO records fail your verification:", "extract of customers with failed verification"])
    return "csv", para(hi(lang), intro, hdr + "\n" + "\n".join(rows), bye(lang)), s


# ================================================================ PASS scenarios
PAS = []


def pas(w=1):
    def d(f):
        PAS.append((f, w))
        return f
    return d


def q(lang, it, en):
    return ch(it) if lang == "it" else ch(en)


@pas(4)
def oidc_discovery(lang):
    iss = ch(["https://%s/oauth2/default" % okta_domain(), "https://sso.%s/realms/%s" % (ch(DOMAINS), realm()), "https://%s/" % auth0_domain(),
              "https://login.microsoftonline.com/%s/v2.0" % guid(), "https://auth.sportello-api.eu", "https://cognito-idp.eu-west-1.amazonaws.com/%s" % cognito_pool()])
    base = iss.rstrip("/")
    d = {"issuer": iss, "authorization_endpoint": base + "/v1/authorize", "token_endpoint": base + "/v1/token", "userinfo_endpoint": base + "/v1/userinfo",
         "jwks_uri": base + "/v1/keys", "response_types_supported": ["code", "id_token", "code id_token"], "subject_types_supported": ["public"],
         "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "email", "profile", "offline_access"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"],
         "code_challenge_methods_supported": ["S256"], "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials", "urn:ietf:params:oauth:grant-type:device_code"]}
    if R.random() < 0.4:
        d["device_authorization_endpoint"] = base + "/v1/device/authorize"
    body = json.dumps(d, indent=ch([2, None]))
    intro = q(lang, ["Il nostro IdP pubblica questo discovery, il vostro portale dice che l'issuer non corrisponde:", "/.well-known/openid-configuration del nostro tenant:"],
              ["Our IdP publishes this discovery doc, your portal says the issuer doesn't match:", "/.well-known/openid-configuration of our tenant:"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(4)
def jwks(lang):
    keys = []
    for _ in range(R.randint(1, 3)):
        if R.random() < 0.7:
            k = {"kty": "RSA", "use": "sig", "kid": kid(), "alg": "RS256", "n": rs(342, B64URL), "e": "AQAB"}
            if R.random() < 0.5:
                k["x5t"] = x5t()
                k["x5c"] = [cert_b64_oneline()]
        else:
            k = {"kty": "EC", "use": "sig", "crv": "P-256", "kid": kid(), "x": rs(43, B64URL), "y": rs(43, B64URL), "alg": "ES256"}
        keys.append(k)
    body = json.dumps({"keys": keys}, indent=ch([2, None]))
    intro = q(lang, ["JWKS del nostro IdP (pubblico), il kid nel token non lo trovate?", "questi sono i nostri jwks, servono per validare gli id_token:", "Chiavi pubbliche esposte su /keys"],
              ["JWKS of our IdP (public), you can't find the token's kid?", "these are our jwks for validating id_tokens:", "Public keys exposed on /keys"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(4)
def saml_metadata(lang):
    ent = ch(["http://www.okta.com/exk" + rs(17), "https://sts.windows.net/%s/" % guid(), "https://sso.%s/realms/%s" % (ch(DOMAINS), realm()),
              "https://%s/saml/metadata" % ch(DOMAINS), "urn:sportello:sp:%s" % tenant_name()])
    cert = cert_b64_oneline()
    if R.random() < 0.5:
        cert = "\n".join(cert[i:i + 76] for i in range(0, len(cert), 76))
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">\n  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n        <ds:X509Data>\n          <ds:X509Certificate>%s</ds:X509Certificate>\n        </ds:X509Data>\n      </ds:KeyInfo>\n    </md:KeyDescriptor>\n    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://%s/app/%s/sso/saml"/>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>' % (ent, cert, okta_domain(), rs(20))
    intro = q(lang, ["Metadata SAML del nostro IdP da caricare sul vostro portale:", "vi allego il metadata XML (contiene solo il certificato pubblico)"],
              ["SAML metadata of our IdP to upload to your portal:", "metadata XML attached (only the public certificate in it)"])
    return "xml", para(hi(lang), intro, body, bye(lang))


@pas(3)
def saml_decoded(lang):
    nid = email()
    body = '<saml:Assertion ID="%s" IssueInstant="%s" Version="2.0">\n  <saml:Issuer>%s</saml:Issuer>\n  <ds:Signature>…(rimossa)…</ds:Signature>\n  <saml:Subject>\n    <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">%s</saml:NameID>\n    <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">\n      <saml:SubjectConfirmationData InResponseTo="%s" NotOnOrAfter="%s" Recipient="https://%s/saml/acs"/>\n    </saml:SubjectConfirmation>\n  </saml:Subject>\n  <saml:AttributeStatement>\n    <saml:Attribute Name="fiscalNumber"><saml:AttributeValue>TINIT-%s</saml:AttributeValue></saml:Attribute>\n    <saml:Attribute Name="groups"><saml:AttributeValue>%s</saml:AttributeValue></saml:Attribute>\n  </saml:AttributeStatement>\n</saml:Assertion>' % (
        saml_id(), iso_ts(), ch(["http://www.okta.com/exk" + rs(17), "https://sts.windows.net/%s/" % guid(), "https://identity.infocert.it"]), nid, saml_id(), iso_ts(), ch(DOMAINS), cf_code(), ch(["payments-admin", "Integratori", "sportello-readonly"]))
    if lang == "en":
        body = body.replace("…(rimossa)…", "…(removed)…")
    intro = q(lang, ["Asserzione decodificata (ho tolto la firma), l'attributo groups non arriva nel vostro portale:", "SAML decodificato per capire il mapping degli attributi:"],
              ["Decoded assertion (signature stripped), the groups attribute doesn't reach your portal:", "Decoded SAML to work out attribute mapping:"])
    return "xml", para(hi(lang), intro, body, bye(lang))


@pas(4)
def entra_overview(lang):
    app, ten, obj = guid(), guid(), guid()
    body = join("Essentials", "Display name            : %s" % ch(["payments-gateway", "Sportello-Connector", "tpp-ob-client"]),
                "Application (client) ID : %s" % app, "Object ID               : %s" % obj, "Directory (tenant) ID   : %s" % ten,
                "Supported account types : My organization only", "Client credentials      : 0 certificate, 1 secret",
                "Redirect URIs           : 1 web, 0 spa, 0 public client", "Application ID URI      : api://%s" % app)
    if R.random() < 0.5:
        sid = guid()
        body += "\n\nClient secrets\nDescription\tExpires\tValue\tSecret ID\n%s\t%s\t%s\t%s" % (ch(["sportello-prod", "ci"]), "11/30/2027", ch(["Abc" + "*" * 37, entra_secret()[:3] + "*" * 36, "Hidden"]), sid)
    intro = q(lang, ["Panoramica dell'app su Entra, ci dite quale ID va inserito nel vostro form?", "dati app registration (niente segreti, solo ID)"],
              ["Entra app overview, which ID goes in your form?", "app registration details (no secrets, just IDs)"])
    return "admin-page", para(hi(lang), intro, body, bye(lang))


@pas(4)
def masked_idp_page(lang):
    kind = R.random()
    if kind < 0.33:
        body = join("Client Credentials", "Client ID       %s" % okta_client_id(), "Client secret   %s" % masked(okta_secret()), "Okta domain     %s" % okta_domain())
    elif kind < 0.66:
        body = join("Credentials", "Client Authenticator   Client Id and Secret", "Client Secret   %s   [Regenerate]" % ch(["**********", "••••••••••••••••"]), "Registration access token   (none)",
                    "Realm: %s   Client: %s" % (realm(), ch(["sportello-connector", "portale-web"])))
    else:
        body = join("Domain          %s" % auth0_domain(), "Client ID       %s" % rs(32), "Client Secret   %s   (Reveal)" % ch(["••••••••••••••••••••••••••••••••", "****************"]))
    intro = q(lang, ["Vi copio la pagina (il secret è nascosto, ve lo mandiamo per canale sicuro se serve):", "config lato IdP, secret mascherato"],
              ["Copying the page (the secret is hidden, we'll send it over a secure channel if needed):", "IdP-side config, secret masked"])
    return "admin-page", para(hi(lang), intro, body, bye(lang))


@pas(3)
def keycloak_export_masked(lang):
    d = {"realm": realm(), "enabled": True, "clients": [{"clientId": ch(["sportello-connector", "payments-backend", "portale-web"]), "secret": "**********",
                                                          "clientAuthenticatorType": "client-secret", "redirectUris": ["https://%s/*" % ch(DOMAINS)], "publicClient": False},
                                                         {"clientId": "portal-spa", "publicClient": True, "attributes": {"pkce.code.challenge.method": "S256"}}],
         "users": [{"username": rs(6, string.ascii_lowercase), "email": email(), "credentials": [{"type": "password", "secretData": json.dumps({"value": b64_enc(rbytes(64)), "salt": b64_enc(rbytes(16)), "additionalParameters": {}}),
                                                                                                  "credentialData": json.dumps({"hashIterations": ch([27500, 210000]), "algorithm": ch(["pbkdf2-sha256", "pbkdf2-sha512"])})}]}]}
    body = json.dumps(d, indent=2)
    intro = q(lang, ["Export del realm (Keycloak maschera da solo i secret dei client; la password dell'utente è solo l'hash):", "realm export per confrontare la config"],
              ["Realm export (Keycloak masks client secrets by itself; the user's password is only the hash):", "realm export to compare config"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(5)
def code_reads_secret(lang):
    r = R.random()
    e1, e2 = ch(ENV_READS), ch(ENV_READS)
    if r < 0.3:
        body = "import os\nfrom authlib.integrations.requests_client import OAuth2Session\n\nclient = OAuth2Session(\n    client_id=os.environ[\"OIDC_CLIENT_ID\"],\n    client_secret=%s,\n    scope=\"openid payments\",\n)\ntoken = client.fetch_token(\"%s\", grant_type=\"client_credentials\")" % (
            ch(['os.environ["OIDC_CLIENT_SECRET"]', 'os.getenv("KEYCLOAK_CLIENT_SECRET")', 'vault_client.read("idp")["client_secret"]']), "https://sso.%s/realms/%s/protocol/openid-connect/token" % (ch(DOMAINS), realm()))
        st = "python"
    elif r < 0.55:
        body = "const { Issuer } = require('openid-client');\nconst issuer = await Issuer.discover(process.env.OIDC_ISSUER);\nconst client = new issuer.Client({\n  client_id: process.env.OIDC_CLIENT_ID,\n  client_secret: %s,\n  redirect_uris: ['https://%s/cb'],\n});" % (ch(["process.env.OIDC_CLIENT_SECRET", "config.clientSecret", "await getSecret('oidc-client-secret')"]), ch(DOMAINS))
        st = "js"
    elif r < 0.75:
        body = "spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          okta:\n            client-id: ${OKTA_CLIENT_ID}\n            client-secret: ${OKTA_CLIENT_SECRET}\n            scope: openid,profile\n        provider:\n          okta:\n            issuer-uri: https://%s/oauth2/default" % okta_domain()
        st = "yaml"
    else:
        body = "env:\n  - name: OIDC_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: oidc-client\n        key: client-secret\n  - name: LDAP_BIND_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: ldap-bind, key: password}\n# altrove: %s / %s" % (e1, e2)
        st = "yaml"
    intro = q(lang, ["Il codice legge il secret dall'ambiente, ve lo mostro per capire se il flusso è giusto:", "snippet (i segreti arrivano da env/vault, non sono nel codice):"],
              ["The code reads the secret from the environment, showing it so you can check the flow:", "snippet (secrets come from env/vault, not in code):"])
    return st, para(hi(lang), intro, body, bye(lang))


@pas(5)
def placeholders(lang):
    r = R.random()
    if r < 0.35:
        body = "curl -X POST https://auth.sportello-api.eu/oauth2/token \\\n  -u \"%s:%s\" \\\n  -d grant_type=client_credentials" % (ch(["<client_id>", "YOUR_CLIENT_ID", "${CLIENT_ID}"]), ph())
        st = "shell"
    elif r < 0.6:
        body = "OIDC_ISSUER=https://%s/oauth2/default\nOIDC_CLIENT_ID=%s\nOIDC_CLIENT_SECRET=%s\nLDAP_BIND_PASSWORD=%s" % (okta_domain(), okta_client_id(), ph(), ch(["<password>", "${LDAP_BIND_PASSWORD}", "changeit-in-vault", "********"]))
        st = "env"
    elif r < 0.8:
        body = "Authorization: Bearer %s\nX-Client-Secret: %s" % (ch(["<access_token>", "{{access_token}}", "YOUR_ACCESS_TOKEN", "$TOKEN", "eyJ..."]), ph())
        st = "http"
    else:
        body = "vault write auth/approle/login role_id=%s secret_id=%s" % (role_id(), ch(["<secret-id>", "$SECRET_ID", "\"$(cat /run/secrets/secret_id)\""]))
        st = "shell"
    intro = q(lang, ["Seguendo la vostra documentazione ho scritto così, è corretto il formato?", "template per i colleghi (valori da sostituire):", "esempio dalla nostra wiki interna"],
              ["Following your docs I wrote this, is the format right?", "template for colleagues (values to replace):", "example from our internal wiki"])
    return st, para(hi(lang), intro, body, bye(lang))


@pas(4)
def secret_manager_refs(lang):
    refs = [secret_ref() for _ in range(R.randint(2, 4))]
    body = "\n".join("%s = %s" % (k, v) for k, v in zip(["client_secret", "ldap_bind_password", "scim_token", "tpp_signing_key"], refs))
    intro = q(lang, ["Abbiamo spostato tutto nel secret manager; i riferimenti sono questi:", "mappa dei riferimenti ai segreti (non i valori)"],
              ["We moved everything to the secret manager; the references are:", "secret reference map (not the values)"])
    return "config", para(hi(lang), intro, body, bye(lang))


@pas(4)
def jwt_decoded(lang):
    hdr = {"alg": "RS256", "kid": kid(), "typ": "JWT"}
    if R.random() < 0.4:
        hdr["x5t"] = x5t()
    pl = std_claims(extra={"jti": guid(), "sid": guid(), "email": email(), "nonce": rs(22, B64URL)})
    body = "HEADER:\n%s\n\nPAYLOAD:\n%s\n\nSIGNATURE: %s" % (json.dumps(hdr, indent=2), json.dumps(pl, indent=2), q(lang, ["(non incollata)", "[omessa]"], ["(not pasted)", "[omitted]"]))
    intro = q(lang, ["Ho decodificato l'id_token su jwt.io (senza la firma), l'audience è giusta?", "claims del token decodificati:"],
              ["Decoded the id_token on jwt.io (without the signature), is the audience right?", "decoded token claims:"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(3)
def truncated_tokens(lang):
    t = jwt()
    cut = t[:R.randint(18, 30)]
    body = ch(["Authorization: Bearer %s… (troncato)" % cut if lang == "it" else "Authorization: Bearer %s… (truncated)" % cut,
               "access_token=%s...%s" % (t[:8], "[REDACTED]"), "token: %s" % masked(),
               "2026-11-20 10:02:11 DEBUG got token len=%d sha256=%s" % (len(t), sha_hex())])
    intro = q(lang, ["Nel log il token compare solo così:", "il nostro logger tronca i token, ecco la riga"], ["In the log the token only shows like this:", "our logger truncates tokens, here's the line"])
    return "log", para(hi(lang), intro, body, bye(lang))


@pas(4)
def hashes(lang):
    r = R.random()
    if r < 0.5:
        rows = "\n".join(" %s | %-28s | %s | %s" % (R.randint(100, 9999), email(), pw_hash(), date_it()) for _ in range(R.randint(2, 4)))
        body = " id  | email | password_hash | updated_at\n-----+-------+---------------+-----------\n" + rows
        st = "sql"
    elif r < 0.75:
        body = "dn: uid=%s,ou=people,dc=fintastica,dc=local\nobjectClass: inetOrgPerson\nmail: %s\nuserPassword: %s" % (rs(6, string.ascii_lowercase), email(), "{SSHA}" + b64_enc(rbytes(24)))
        st = "ldif"
    else:
        body = "Argon2 parameters for the migrated users: %s" % argon2_hash() if lang == "en" else "Parametri argon2 degli utenti migrati: %s" % argon2_hash()
        st = "text"
    intro = q(lang, ["Migrazione utenti verso il vostro IdP: possiamo importare gli hash così come sono?", "estratto della tabella utenti (solo hash, nessuna password in chiaro)"],
              ["User migration to your IdP: can we import the hashes as-is?", "user table extract (hashes only, no clear passwords)"])
    return st, para(hi(lang), intro, body, bye(lang))


@pas(3)
def vault_public(lang):
    r = R.random()
    if r < 0.4:
        body = "$ vault read auth/approle/role/sportello-connector/role-id\nKey        Value\n---        -----\nrole_id    %s\n\n$ vault write -f auth/approle/role/sportello-connector/secret-id\n(output non incollato / not pasted)" % role_id()
    elif r < 0.7:
        body = "$ vault token lookup -accessor %s\nKey                 Value\n---                 -----\naccessor            %s\ncreation_time       %d\ndisplay_name        approle\nentity_id           %s\npolicies            [default sportello-read]\nttl                 %dh" % ((a := rs(24)), a, R.randint(1770000000, 1790000000), guid(), R.randint(1, 700))
    else:
        body = "path \"secret/data/idp/*\" {\n  capabilities = [\"read\"]\n}\npath \"auth/token/renew-self\" {\n  capabilities = [\"update\"]\n}"
    intro = q(lang, ["Dettagli Vault (senza token né secret_id):", "la policy e il role_id che usiamo:"], ["Vault details (no token or secret_id):", "the policy and role_id we use:"])
    return "shell", para(hi(lang), intro, body, bye(lang))


@pas(3)
def configmap(lang):
    body = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: oidc-settings\n  namespace: %s\ndata:\n  OIDC_ISSUER: \"%s\"\n  OIDC_CLIENT_ID: \"%s\"\n  OIDC_SCOPES: \"openid profile email\"\n  OIDC_REDIRECT_URL: \"https://%s/oauth2/callback\"\n  COOKIE_SECURE: \"true\"\n  SAML_ENTITY_ID: \"https://%s/saml/metadata\"" % (
        ch(["identity", "sso"]), ch(["https://%s/oauth2/default" % okta_domain(), "https://login.microsoftonline.com/%s/v2.0" % guid()]), ch([okta_client_id(), guid()]), ch(DOMAINS), ch(DOMAINS))
    if R.random() < 0.4:
        body += "\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: oidc-client\ntype: Opaque\ndata: {}   # popolato da external-secrets"
    intro = q(lang, ["ConfigMap di oauth2-proxy (i segreti sono in un Secret separato gestito da external-secrets):", "config non sensibile del proxy"],
              ["oauth2-proxy ConfigMap (secrets live in a separate Secret managed by external-secrets):", "non-sensitive proxy config"])
    return "yaml", para(hi(lang), intro, body, bye(lang))


@pas(3)
def sa_json_public(lang):
    proj = gcp_project()
    body = "$ gcloud iam service-accounts keys list --iam-account=%s@%s.iam.gserviceaccount.com\nKEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED\n%s  2026-03-02T10:11:12Z  9999-12-31T23:59:59Z\n%s  2026-10-30T08:00:01Z  9999-12-31T23:59:59Z  True" % (
        ch(["sportello-sync", "idp-bridge"]), proj, rs(40, HEX), rs(40, HEX))
    if R.random() < 0.5:
        body += "\n\nclient_id (per la delega): %d" % R.randint(10 ** 20, 10 ** 21)
    intro = q(lang, ["Chiavi del service account (solo gli ID, la chiave l'abbiamo già revocata):", "lista chiavi del SA"], ["Service-account keys (IDs only, the key itself was already revoked):", "SA key list"])
    return "shell", para(hi(lang), intro, body, bye(lang))


@pas(4)
def webauthn(lang):
    cid = rs(ch([43, 64, 86]), B64URL)
    d = {"id": cid, "rawId": cid, "type": "public-key", "authenticatorAttachment": ch(["platform", "cross-platform"]),
         "response": {"clientDataJSON": b64u_enc(json.dumps({"type": "webauthn.create", "challenge": rs(43, B64URL), "origin": "https://%s" % ch(DOMAINS), "crossOrigin": False}).encode()),
                      "attestationObject": "o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YVi" + rs(R.randint(180, 260), B64URL),
                      "transports": ch([["internal", "hybrid"], ["usb", "nfc"]]), "publicKeyAlgorithm": -7,
                      "publicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(88, B64URL)},
         "clientExtensionResults": {"credProps": {"rk": True}}}
    body = json.dumps(d, indent=2)
    intro = q(lang, ["La registrazione della passkey fallisce con NotAllowedError sul vostro portale, vi mando il JSON che il browser restituisce:", "credenziale WebAuthn creata (dati pubblici)"],
              ["Passkey registration fails with NotAllowedError on your portal, here is the JSON the browser returns:", "created WebAuthn credential (public data)"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(3)
def introspection(lang):
    d = {"active": ch([True, False]), "client_id": ch([okta_client_id(), guid(), "acme-pay-prod"]), "username": email(), "scope": "payments:read accounts:read",
         "sub": guid(), "aud": "https://api.sportello-api.eu", "iss": "https://auth.sportello-api.eu", "exp": R.randint(1780000000, 1796000000),
         "iat": R.randint(1770000000, 1779999999), "token_type": "Bearer", "jti": rs(22, B64URL)}
    if R.random() < 0.4:
        d["cnf"] = {"x5t#S256": x5t256()}
    body = json.dumps(d, indent=2)
    intro = q(lang, ["Risposta dell'introspection per il token che vi dà 401:", "output di /introspect"], ["Introspection response for the token getting 401:", "/introspect output"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(4)
def authorize_url(lang):
    v = rs(64, B64URL)
    chal = b64u_enc(hashlib.sha256(v.encode()).digest())
    url = "https://%s/authorize?response_type=code&client_id=%s&redirect_uri=https%%3A%%2F%%2F%s%%2Fcallback&scope=openid%%20profile%%20payments&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256" % (
        ch([okta_domain() + "/oauth2/default/v1", auth0_domain(), "auth.sportello-api.eu/oauth2"]), ch([okta_client_id(), rs(32), guid()]), ch(DOMAINS), rs(32, B64URL), rs(22, B64URL), chal)
    intro = q(lang, ["L'URL di authorize che generiamo (con PKCE), il vostro server risponde invalid_request:", "richiesta di autorizzazione, manca qualcosa?"],
              ["The authorize URL we build (with PKCE), your server answers invalid_request:", "authorization request, anything missing?"])
    return "url", para(hi(lang), intro, url, bye(lang))


@pas(3)
def device_user_code(lang):
    uc = rs(4, "BCDFGHJKLMNPQRSTVWXZ") + "-" + rs(4, "BCDFGHJKLMNPQRSTVWXZ")
    body = q(lang, ["Sul terminale appare: \"Per attivare vai su https://%s/activate e inserisci il codice %s\". Dopo l'inserimento la pagina dice 'codice non valido'." % (okta_domain(), uc)],
             ["The terminal shows: \"To activate, go to https://%s/activate and enter code %s\". After entering it the page says 'invalid code'." % (okta_domain(), uc)])
    return "email", para(hi(lang), body, bye(lang))


@pas(4)
def oauth_errors(lang):
    r = R.random()
    if r < 0.4:
        body = "AADSTS%d: %s\nTrace ID: %s\nCorrelation ID: %s\nTimestamp: %s" % (ch([7000215, 700016, 50011, 65001, 500011, 700027]), ch(["Invalid client secret provided.", "Application with identifier '%s' was not found in the directory." % guid(),
                                                                                                                                       "The redirect URI specified in the request does not match."]), guid(), guid(), iso_ts().replace("T", " "))
    elif r < 0.7:
        body = json.dumps({"error": ch(["invalid_grant", "invalid_client", "unauthorized_client", "consent_required"]), "error_description": ch(["Code not valid", "Invalid client or Invalid client credentials", "The refresh token is invalid or expired."]),
                           "error_uri": "https://developer.okta.com/docs/", "errorId": "oae" + rs(19)}, indent=2)
    else:
        body = "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"sportello\", error=\"invalid_token\", error_description=\"The access token expired\"\nx-request-id: %s\ntraceparent: 00-%s-%s-01" % (guid(), trace_id(), rs(16, HEX))
    intro = q(lang, ["Errore che riceviamo:", "ecco il messaggio completo con gli ID di correlazione", "ci date una mano a capire questo errore?"],
              ["Error we get:", "full message with correlation ids", "can you help us read this error?"])
    return "log", para(hi(lang), intro, body, bye(lang))


@pas(5)
def audit_masked(lang):
    lines = []
    for _ in range(R.randint(3, 6)):
        ts = iso_ts()
        lines.append(ch([
            '%s user.session.start actor=%s outcome=SUCCESS client=%s ip=10.%d.%d.%d' % (ts, email(), okta_client_id(), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
            '%s LOGIN_ERROR realm=%s clientId=%s userId=%s error=invalid_user_credentials password=%s' % (ts, realm(), ch(["portale-web", "sportello-connector"]), guid(), masked()),
            '{"ts":"%s","event":"token.issued","client_id":"%s","client_secret":"%s","grant":"client_credentials"}' % (ts, rs(20), masked()),
            '%s app.oauth2.token.grant.refresh_token outcome=FAILURE reason=invalid_grant refresh_token=%s' % (ts, ch(["[REDACTED]", "***", "<redacted>"])),
            '%s AUDIT changed user %s: mfa_factor=totp seed=[REDACTED] by admin %s' % (ts, email(), email()),
            '%s policy.evaluate_sign_on uuid=%s transaction=%s result=ALLOW' % (ts, guid(), "Y" + rs(26)),
        ]))
    body = "\n".join(lines)
    intro = q(lang, ["Estratto dell'audit log (i valori sensibili sono già mascherati dal SIEM):", "log del System Log di Okta esportati", "eventi di login dell'ultima ora"],
              ["Audit log extract (sensitive values already masked by the SIEM):", "Okta System Log export", "sign-in events of the last hour"])
    return "log", para(hi(lang), intro, body, bye(lang))


@pas(3)
def prose_no_secret(lang):
    body = q(lang, ["Abbiamo ruotato il client secret ieri sera come da vostra comunicazione. Da quel momento il token endpoint risponde invalid_client. Il nuovo secret l'ho inserito nel vault e il pod è stato riavviato. Avete una cache lato vostro?",
                    "Domanda: la password dell'utenza di servizio LDAP deve rispettare la vostra policy (12 caratteri, un simbolo) o solo quella del nostro AD?",
                    "Quanto dura il refresh token? E se l'utente cambia password viene revocato?",
                    "Non ho il PIN della CIE, posso usare SPID livello 2 per l'accesso all'area integratori?",
                    "Il codice OTP arriva dopo 3-4 minuti, quando ormai è scaduto. Succede solo con numeri TIM.",
                    "Per favore non mandateci password via mail: usate il link di condivisione monouso come l'altra volta."],
             ["We rotated the client secret last night as per your notice. Since then the token endpoint answers invalid_client. The new secret is in vault and the pod restarted. Do you cache on your side?",
              "Question: does the LDAP service account password have to follow your policy (12 chars, one symbol) or only our AD one?",
              "How long does the refresh token live? Is it revoked when the user changes password?",
              "The OTP code arrives after 3-4 minutes, when it's already expired. Only happens on some carriers.",
              "Please don't email us passwords: use the one-time share link like last time.",
              "Is a private_key_jwt client allowed to also have a client secret configured, or do we need to delete it?"])
    return "email", para(hi(lang), body, bye(lang))


@pas(3)
def klist_plain(lang):
    realm_ = ch(["CORP.FINTASTICA.LOCAL", "AD.PAGOLESTO.IT", "HELIX.CO.UK"])
    svc = "HTTP/sso." + ch(DOMAINS)
    if R.random() < 0.5:
        body = "$ klist -kt /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Timestamp           Principal\n---- ------------------- ----------------------------------\n   3 11/02/2026 09:14:02 %s@%s\n   3 11/02/2026 09:14:02 %s@%s" % (svc, realm_, svc, realm_)
    else:
        body = "[libdefaults]\n  default_realm = %s\n  dns_lookup_kdc = true\n  rdns = false\n\n[realms]\n  %s = {\n    kdc = dc01.%s\n    admin_server = dc01.%s\n  }" % (realm_, realm_, realm_.lower(), realm_.lower())
    intro = q(lang, ["Contenuto della keytab (solo principal) e krb5.conf:", "config Kerberos del reverse proxy"], ["Keytab content (principals only) and krb5.conf:", "reverse proxy Kerberos config"])
    return "shell", para(hi(lang), intro, body, bye(lang))


@pas(3)
def ldap_noPw(lang):
    dc = ch(["dc=fintastica,dc=local", "dc=corp,dc=pagolesto,dc=it"])
    body = ch(["ldapsearch -x -H ldaps://dc01.%s -D \"cn=svc-sportello,ou=ServiceAccounts,%s\" -W -b \"%s\" \"(mail=%s)\"" % (ch(DOMAINS), dc, dc, email()),
               "ldapsearch -x -H ldaps://dc01.%s -D \"cn=svc-sportello,%s\" -y /etc/ldap/bind.pw -b \"%s\"" % (ch(DOMAINS), dc, dc),
               "[domain/%s]\nldap_uri = ldaps://dc01.%s\nldap_default_bind_dn = cn=svc-sportello,%s\nldap_default_authtok_type = password\nldap_default_authtok = %s" % (dc.split(",")[0][3:], ch(DOMAINS), dc, ch(["********", "<in vault>", "${LDAP_PW}"]))])
    intro = q(lang, ["Comando che uso (la password la chiede a prompt):", "bind LDAP, la password non la metto qui"], ["Command I use (prompts for the password):", "LDAP bind, not putting the password here"])
    return "shell", para(hi(lang), intro, body, bye(lang))


@pas(4)
def cert_details(lang):
    body = "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            %s\n        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C=IT, O=%s, OID.2.5.4.97=VATIT-%s, CN=%s Qualified CA\n        Validity\n            Not Before: Nov  1 00:00:00 2026 GMT\n            Not After : Nov  1 23:59:59 2028 GMT\n        Subject: C=IT, O=%s, OID.2.5.4.97=PSDIT-BI-%s, CN=%s\n        X509v3 extensions:\n            qcStatements: PSD2 roles PSP_AI, PSP_PI\nSHA256 Fingerprint=%s\nSHA1 Fingerprint=%s" % (
        serial_hex(), ch(["InfoCert S.p.A.", "Namirial S.p.A.", "Aruba PEC S.p.A."]), rs(11, string.digits), ch(["InfoCert", "Namirial", "ArubaPEC"]), ch(COMP), rs(6, string.digits), ch(["tpp.", "api."]) + ch(DOMAINS), fp_colon(32), fp_colon(20))
    if R.random() < 0.4:
        body += "\n\n" + pem("CERTIFICATE")
    intro = q(lang, ["Dati del QWAC che usiamo per l'mTLS (solo il certificato pubblico):", "openssl x509 -text del nostro certificato eIDAS:"],
              ["Details of the QWAC we use for mTLS (public certificate only):", "openssl x509 -text of our eIDAS certificate:"])
    return "pem", para(hi(lang), intro, body, bye(lang))


@pas(2)
def public_keys(lang):
    body = ch([pem("PUBLIC KEY"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (rs(43, B64), email()), pem("CERTIFICATE REQUEST"),
               "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s deploy@%s" % (rs(500, B64), ch(DOMAINS))])
    intro = q(lang, ["Chiave pubblica da registrare per il private_key_jwt:", "vi mando la CSR / chiave pubblica, la privata resta da noi"],
              ["Public key to register for private_key_jwt:", "sending the CSR / public key, the private one stays with us"])
    return "pem", para(hi(lang), intro, body, bye(lang))


@pas(3)
def aws_example(lang):
    body = ch(["[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
               "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws cognito-idp list-users --user-pool-id %s" % cognito_pool(),
               "aws sts get-caller-identity\n{\n    \"UserId\": \"AROA%s:%s\",\n    \"Account\": \"%d\",\n    \"Arn\": \"arn:aws:sts::%d:assumed-role/AWSReservedSSO_PaymentsDev_%s/%s\"\n}" % (rs(17, string.ascii_uppercase + "234567"), email(), (a := R.randint(10 ** 11, 10 ** 12 - 1)), a, rs(16, HEX), email())])
    intro = q(lang, ["Esempio preso dalla documentazione AWS per Cognito:", "credenziali di esempio (quelle della doc AWS) e identity"], ["Example taken from the AWS Cognito docs:", "example credentials (the AWS docs ones) and identity"])
    return "shell", para(hi(lang), intro, body, bye(lang))


@pas(5)
def ids_only(lang):
    rows = [("tenant_id", guid()), ("client_id", ch([okta_client_id(), guid(), "acme-pay-prod", google_client_id(), cognito_client_id()])), ("realm", realm()),
            ("issuer", ch(["https://%s/oauth2/default" % okta_domain(), "https://sso.%s/realms/%s" % (ch(DOMAINS), realm())])), ("kid", kid()), ("x5t#S256", x5t256()),
            ("request_id", guid()), ("saml_entity_id", "https://%s/saml/metadata" % ch(DOMAINS)), ("saml_request_id", saml_id()), ("consent_id", consent_id()),
            ("user_pool_id", cognito_pool()), ("object_id", guid()), ("cert_serial", serial_hex()), ("okta_user_id", "00u" + rs(17)), ("trace_id", trace_id()),
            ("commit", commit()), ("role_id", role_id()), ("secret_id_accessor", guid()), ("jti", rs(22, B64URL))]
    sel = R.sample(rows, R.randint(4, 8))
    fmt = R.random()
    if fmt < 0.4:
        body = "\n".join("%s: %s" % kv for kv in sel)
    elif fmt < 0.7:
        body = "| campo | valore |\n|---|---|\n" + "\n".join("| %s | %s |" % kv for kv in sel) if lang == "it" else "| field | value |\n|---|---|\n" + "\n".join("| %s | %s |" % kv for kv in sel)
    else:
        body = json.dumps(dict(sel), indent=2)
    intro = q(lang, ["Vi riassumo gli identificativi del nostro setup così li trovate nei vostri log:", "ID utili per il troubleshooting:", "dati richiesti dal vostro form di onboarding SSO"],
              ["Summary of the identifiers in our setup so you can find them in your logs:", "IDs for troubleshooting:", "data requested by your SSO onboarding form"])
    return ch(["email", "markdown", "json"]), para(hi(lang), intro, body, bye(lang))


@pas(4)
def spid_cf(lang):
    c = cf_code()
    name = fullname("it")
    r = R.random()
    if lang == "it":
        body = ch(["Accedo con SPID ma il portale mi associa a un altro utente. Il mio codice fiscale è %s, nome %s, PEC %s." % (c, name, "%s@pec.it" % rs(8, string.ascii_lowercase)),
                   "Attributi ricevuti dall'IdP SPID:\nfiscalNumber: TINIT-%s\nname: %s\nfamilyName: %s\nspidCode: %s%s\ndateOfBirth: 19%d-%02d-%02d" % (c, name.split()[0], name.split()[-1], ch(["INFC", "POST", "ARUB"]), rs(10, string.ascii_uppercase + string.digits), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)),
                   "CIE n. CA%s%s rilasciata dal Comune, codice fiscale %s. Il PIN non ce l'ho più, come faccio?" % (rs(5, string.digits), rs(2, string.ascii_uppercase), c)])
    else:
        body = ch(["I sign in with SPID but the portal maps me to another user. My tax code is %s, name %s." % (c, name),
                   "Attributes from the SPID IdP:\nfiscalNumber: TINIT-%s\nname: %s\nfamilyName: %s" % (c, name.split()[0], name.split()[-1])])
    return "email", para(hi(lang), body, bye(lang, name))


@pas(3)
def consent_ids(lang):
    body = join("consentId: %s" % consent_id(), "status: %s" % ch(["valid", "received", "revokedByPsu", "expired"]), "validUntil: 2027-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
                "frequencyPerDay: 4", "TPP: %s (%s)" % (ch(COMP), "PSDIT-BI-%s" % rs(6, string.digits)), "_links.scaRedirect: https://%s/sca/%s" % (ch(["psd2.bancaalpina.it", "ob.sportello-api.eu"]), guid()),
                "X-Request-ID: %s" % guid(), "aspspId: %s" % ch(BICS))
    intro = q(lang, ["Il consenso risulta valido ma le chiamate AIS tornano CONSENT_INVALID:", "dettaglio consenso PSD2"], ["Consent shows as valid but AIS calls return CONSENT_INVALID:", "PSD2 consent detail"])
    return "yaml", para(hi(lang), intro, body, bye(lang))


@pas(5)
def bank_lookalikes(lang):
    r = R.random()
    name = fullname(lang)
    if r < 0.25:
        body = q(lang, ["La verifica non passa con la carta %s, l'app dice numero non valido." % fmt_card(bad_card_digits())],
                 ["Verification fails with card %s, the app says invalid number." % fmt_card(bad_card_digits())])
    elif r < 0.45:
        body = q(lang, ["Ho inserito l'IBAN %s ma il form dice 'IBAN non valido', l'ho copiato dalla lettera della banca." % bad_iban()],
                 ["I entered IBAN %s but the form says 'invalid IBAN', copied it from the bank letter." % bad_iban()])
    elif r < 0.65:
        i = iban_raw()
        body = q(lang, ["Conto collegato: %s (intestato a %s), carta **** **** **** %s." % (i[:4] + " **** **** **** " + i[-4:], name, rs(4, string.digits))],
                 ["Linked account: %s (holder %s), card ending %s." % (i[:4] + "************" + i[-4:], name, rs(4, string.digits))])
    elif r < 0.8:
        body = q(lang, ["La banca è %s, BIC %s, ABI %s CAB %s. Il conto ve lo comunico a voce." % (ch(["Banca Alpina", "Intesa", "UniCredit"]), ch(BICS), ch(ABIS), rs(5, string.digits))],
                 ["The bank is %s, BIC %s. I'll give you the account number by phone." % (ch(["Barclays", "HSBC", "Deutsche Bank"]), ch(BICS))])
    else:
        body = q(lang, ["Ordine n. %d del %s, importo %s,%02d €, autorizzazione %s, ricevuta %s." % (R.randint(100000, 999999), date_it(), R.randint(5, 900), R.randint(0, 99), rs(6, string.digits), rs(12, string.digits))],
                 ["Order %d on %s, amount £%d.%02d, auth code %s, receipt %s." % (R.randint(100000, 999999), date_it(), R.randint(5, 900), R.randint(0, 99), rs(6, string.digits), rs(12, string.digits))])
    return "email", para(hi(lang), body, bye(lang, name))


@pas(3)
def scim_payload(lang):
    d = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "externalId": guid(), "userName": email(), "name": {"givenName": ch(FIRST_IT + FIRST_EN), "familyName": ch(LAST_IT + LAST_EN)},
         "emails": [{"value": email(), "type": "work", "primary": True}], "active": True,
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": str(R.randint(1000, 99999)), "department": ch(["Finance", "Amministrazione", "IT"])}}
    body = "POST /scim/v2/Users\nAuthorization: Bearer %s\nContent-Type: application/scim+json\n\n%s" % (ch(["<token>", "[REDACTED]", "****"]), json.dumps(d, indent=2))
    intro = q(lang, ["Richiesta SCIM che il nostro IdP manda (token tolto), risponde 409:", "payload di provisioning"], ["SCIM request our IdP sends (token removed), answers 409:", "provisioning payload"])
    return "http", para(hi(lang), intro, body, bye(lang))


@pas(2)
def reset_mail_nolink(lang):
    body = q(lang, ["Da: Portale Integratori\nOggetto: La tua password è stata modificata\n\nCiao %s, la password del tuo account è stata cambiata il %s alle %02d:%02d. Se non sei stato tu, contatta subito il supporto." % (ch(FIRST_IT), date_it(), R.randint(0, 23), R.randint(0, 59))],
             ["From: Integrator Portal\nSubject: Your password was changed\n\nHi %s, your account password was changed on %s at %02d:%02d. If this wasn't you, contact support immediately." % (ch(FIRST_EN), date_it(), R.randint(0, 23), R.randint(0, 59))])
    intro = q(lang, ["Ricevuta questa mail ma nessuno di noi ha cambiato la password, è un phishing?", "inoltro notifica"], ["Got this mail but none of us changed the password, is it phishing?", "forwarding notice"])
    return "email", para(hi(lang), intro, body, bye(lang))


@pas(3)
def otpauth_masked(lang):
    acct = email()
    body = ch(["otpauth://totp/Sportello:%s?secret=%s&issuer=Sportello" % (acct.replace("@", "%40"), ch(["<SEED>", "XXXXXXXXXXXXXXXX", "[REDACTED]", "JBSWY3DP****"])),
               q(lang, ["Ho scansionato il QR con l'app (non vi mando il codice segreto). Ora l'app mostra codici a 6 cifre ma il portale li rifiuta. L'ora del telefono è sincronizzata."],
                 ["Scanned the QR with the app (not sending you the secret key). The app now shows 6-digit codes but the portal rejects them. Phone time is synced."])])
    intro = q(lang, ["Problema con l'attivazione del 2FA:", ""], ["Problem enabling 2FA:", ""])
    return "email", para(hi(lang), intro, body, bye(lang))


@pas(3)
def gateway_public(lang):
    body = ch(["_format_version: \"3.0\"\nconsumers:\n- username: %s\n  custom_id: %s\n  keyauth_credentials:\n  - key: \"{vault://hcv/kong/%s}\"\nplugins:\n- name: openid-connect\n  config:\n    issuer: https://%s/oauth2/default\n    client_id: [\"%s\"]\n    client_secret: [\"{vault://env/oidc-secret}\"]" % (ch(["fintastica", "helix-pos"]), guid(), rs(6, string.ascii_lowercase), okta_domain(), okta_client_id()),
               join("Apigee > Apps > %s" % ch(["sportello-partner", "tpp-app"]), "Credentials", "Key     %s" % rs(32, ALNUM), "Secret  ********  (Show)", "Status  Approved"),
               "Ocp-Apim-Subscription-Key: {{apimKey}}\nOcp-Apim-Trace-Location: https://apimst%s.blob.core.windows.net/apiinspectorcontainer/%s" % (rs(10, LOWER_ALNUM), rs(22, B64URL))])
    intro = q(lang, ["Config del gateway (senza chiavi in chiaro):", "la parte del gateway che riguarda l'autenticazione"], ["Gateway config (no keys in clear):", "the auth part of the gateway"])
    return "yaml", para(hi(lang), intro, body, bye(lang))


@pas(3)
def sso_cookies_names(lang):
    body = q(lang, ["Nei devtools vedo i cookie KEYCLOAK_IDENTITY, KEYCLOAK_SESSION e AUTH_SESSION_ID con SameSite=None ma senza Secure sul dominio di staging. Il browser li scarta. Non vi mando i valori."],
             ["In devtools I see KEYCLOAK_IDENTITY, KEYCLOAK_SESSION and AUTH_SESSION_ID cookies with SameSite=None but no Secure flag on staging. The browser drops them. Not sending the values."])
    tbl = "Name\tValue\tDomain\tPath\tExpires\tHttpOnly\tSecure\tSameSite\n" + "\n".join("%s\t%s\t%s\t/\tSession\t✓\t\tNone" % (n, ch(["(hidden)", "(nascosto)", "•••"]), "sso." + ch(DOMAINS)) for n in ["KEYCLOAK_IDENTITY", "AUTH_SESSION_ID", "KC_RESTART"])
    return "devtools", para(hi(lang), body, tbl, bye(lang))


@pas(3)
def kyc_nosecret(lang):
    name = fullname(lang)
    body = q(lang, ["Per la verifica ho caricato il documento d'identità e il selfie. Codice fiscale %s, nato a %s il %s. Telefono %s. Quanto ci vuole?" % (cf_code(), ch(["Roma", "Milano", "Torino", "Bari"]), date_it(), phone()),
                    "La verifica KYC è ferma da 3 giorni. Pratica %s, email %s." % (ticket(), email())],
                 ["For verification I uploaded my ID and selfie. Phone %s, date of birth %s. How long does it take?" % (phone(), date_it()),
                  "KYC check has been stuck for 3 days. Case %s, email %s." % (ticket(), email())])
    return "email", para(hi(lang), body, bye(lang, name))


@pas(3)
def federation_cert_rollover(lang):
    body = join("SAML signing certificate rollover" if lang == "en" else "Rinnovo certificato di firma SAML",
                "Old thumbprint: %s" % rs(40, HEX).upper(), "New thumbprint: %s" % rs(40, HEX).upper(), "Serial: %s" % serial_hex(), "Valid from: 2026-12-01  to: 2029-12-01",
                "Federation metadata: https://login.microsoftonline.com/%s/federationmetadata/2007-06/federationmetadata.xml?appid=%s" % (guid(), guid()))
    intro = q(lang, ["Vi avvisiamo che il certificato di firma del nostro IdP cambierà, ecco i dettagli:", "rollover certificato"], ["Heads-up: our IdP signing certificate is changing, details:", "certificate rollover"])
    return "email", para(hi(lang), intro, body, bye(lang))


@pas(2)
def login_log_hashes(lang):
    lines = "\n".join("%s user=%s ua_hash=%s ip_hmac=%s result=%s" % (iso_ts(), "00u" + rs(17), sha_hex(16), sha_hex(64), ch(["SUCCESS", "FAILURE", "MFA_CHALLENGE"])) for _ in range(R.randint(3, 5)))
    intro = q(lang, ["Log pseudonimizzati come da DPIA (HMAC degli IP, nessun dato in chiaro):", ""], ["Pseudonymised logs per our DPIA (IP HMACs, nothing in clear):", ""])
    return "log", para(hi(lang), intro, lines, bye(lang))


@pas(2)
def pass_policy_doc(lang):
    body = q(lang, ["Policy password dell'area integratori:\n- minimo 12 caratteri\n- almeno una maiuscola, una cifra e un simbolo\n- scadenza 90 giorni\n- blocco dopo 5 tentativi\n- OTP a 6 cifre valido 30 secondi\nLa nostra AD richiede 14 caratteri, va bene lo stesso?"],
             ["Integrator area password policy:\n- min 12 chars\n- one upper, one digit, one symbol\n- 90-day expiry\n- lockout after 5 attempts\n- 6-digit OTP valid for 30s\nOur AD requires 14 chars, is that ok?"])
    return "email", para(hi(lang), body, bye(lang))


@sec(3)
def wrapped_token(lang):
    kind = ch(["refresh_token", "access_token", "client_secret"])
    v = {"refresh_token": refresh_tok, "access_token": jwt, "client_secret": lambda: rs(ch([64, 80]), B64URL)}[kind]()
    w = ch([64, 72, 76])
    pref = "> " if R.random() < 0.5 else ""
    parts = [v[i:i + w] for i in range(0, len(v), w)]
    wrapped = "\n".join(parts)
    lab = {"refresh_token": "refresh_token", "access_token": "access token", "client_secret": "client secret"}[kind]
    quoted = pref + ("Il %s che ci avete chiesto:\n" % lab if lang == "it" else "The %s you asked for:\n" % lab) + pref + wrapped
    intro = q(lang, ["Rispondo sotto alla vostra mail di ieri.", "Vi reinoltro il messaggio del collega (la mail ha spezzato il valore su più righe):"],
              ["Replying below your mail from yesterday.", "Re-forwarding my colleague's message (the mail client wrapped the value):"])
    return "email", para(hi(lang), intro, quoted, bye(lang)), [(kind, wrapped)]


@sec(3)
def cli_access_tokens(lang):
    r = R.random()
    if r < 0.4:
        t = "ya29." + rs(ch([150, 200]), B64URL)
        body = "$ gcloud auth print-access-token --impersonate-service-account=%s@%s.iam.gserviceaccount.com\n%s" % (ch(["sportello-sync", "idp-bridge"]), gcp_project(), t)
    elif r < 0.7:
        t = jwt(claims=std_claims(iss="https://sts.windows.net/%s/" % guid(), aud="api://payments"))
        body = "$ az account get-access-token --resource api://payments\n{\n  \"accessToken\": \"%s\",\n  \"expiresOn\": \"2026-12-03 18:12:44.000000\",\n  \"subscription\": \"%s\",\n  \"tenant\": \"%s\",\n  \"tokenType\": \"Bearer\"\n}" % (t, guid(), guid())
    else:
        t = jwt(claims={"aud": ["https://kubernetes.default.svc"], "exp": R.randint(1780000000, 1796000000), "iat": R.randint(1770000000, 1779999999),
                        "iss": "https://oidc.eks.eu-west-1.amazonaws.com/id/%s" % rs(32, HEX).upper(), "kubernetes.io": {"namespace": "identity", "serviceaccount": {"name": "oidc-sync", "uid": guid()}},
                        "sub": "system:serviceaccount:identity:oidc-sync"})
        body = "$ kubectl create token oidc-sync -n identity --duration=24h\n%s" % t
    intro = q(lang, ["Token preso dalla CLI per provare la chiamata a mano:", "per fare il test vi mando il token che ho generato adesso"], ["Token from the CLI to try the call by hand:", "for the test, here is the token I just generated"])
    return "shell", para(hi(lang), intro, body, bye(lang)), [("access_token", t)]


@sec(3)
def bulk_users_csv(lang):
    hdr = ch(["username;email;temp_password;gruppo", "username,email,initial_password,group"])
    sep = ";" if ";" in hdr else ","
    rows, s = [], []
    for _ in range(R.randint(2, 6)):
        f, l = person(lang)
        p = temp_password()
        rows.append(sep.join([(f[0] + l).lower().replace(" ", ""), email(f, l), p, ch(["operatori", "admin", "readonly", "finance"])]))
        s.append(("password", p))
    intro = q(lang, ["File per il caricamento massivo degli operatori sul portale (password provvisorie da cambiare al primo accesso):", "CSV di import utenti, il vostro import dice 'riga 3 non valida'"],
              ["Bulk upload file for portal operators (temporary passwords, changed at first login):", "user import CSV, your importer says 'row 3 invalid'"])
    return "csv", para(hi(lang), intro, hdr + "\n" + "\n".join(rows), bye(lang)), s


@sec(2)
def foreign_label_secret(lang):
    p = password()
    lab = ch(["Kennwort", "Passwort", "Mot de passe", "Contraseña", "Clave"])
    u = email()
    body = ch(["Benutzer: %s\n%s: %s\n(für das Integratorenportal)" % (u, lab, p), "Identifiant : %s\n%s : %s" % (u, lab, p), "Usuario: %s\n%s: %s" % (u, lab, p)])
    intro = q(lang, ["Il collega della filiale estera ci ha mandato queste credenziali per l'account condiviso, funzionano da voi?", "inoltro dal collega di Monaco:"],
              ["Our colleague at the foreign branch sent these credentials for the shared account, do they work on your side?", "forwarding from the Munich colleague:"])
    return "email", para(hi(lang), intro, body, bye(lang)), [("password", p)]


@pas(2)
def number_challenge(lang):
    n = R.randint(10, 99)
    body = q(lang, ["Okta Verify mi chiede di toccare il numero %d ma nell'app vedo solo 3 opzioni diverse. Richiesta %s del %s." % (n, guid(), date_it()),
                    "La notifica push dell'MFA dice 'Conferma accesso da Milano, IT — numero %d'. L'ho approvata ma il portale resta in attesa." % n],
             ["Okta Verify asks me to tap number %d but the app shows 3 different options. Request %s on %s." % (n, guid(), date_it()),
              "The MFA push says 'Confirm sign-in from London, UK — number %d'. I approved it but the portal keeps waiting." % n])
    return "chat", para(hi(lang), body, bye(lang))


@pas(2)
def foreign_label_prose(lang):
    body = ch(["Kennwort vergessen? Link: https://%s/signin/forgot-password  (Benutzername: %s)" % (okta_domain(), email()),
               "Mot de passe oublié ? Le lien de réinitialisation a expiré (ticket %s)." % ticket(),
               "¿Olvidó su contraseña? El enlace de restablecimiento no llega al correo %s." % email()])
    intro = q(lang, ["Ci scrive un utente della sede estera:", "messaggio dell'utente (in lingua originale):"], ["A user at our foreign office writes:", "user's message (original language):"])
    return "email", para(hi(lang), intro, body, bye(lang))


@pas(3)
def sso_request_ids(lang):
    rows = "\n".join("%s  %s  %s  %s" % (iso_ts(), saml_id(), ch(["AuthnRequest", "Response", "LogoutRequest"]), ch(["OK", "InResponseTo mismatch", "Audience invalid", "Clock skew"])) for _ in range(R.randint(3, 6)))
    intro = q(lang, ["ID delle richieste SAML che falliscono (dal nostro SP):", "lista AuthnRequest/Response con esito"], ["IDs of failing SAML requests (from our SP):", "AuthnRequest/Response list with outcome"])
    return "log", para(hi(lang), intro, "timestamp  id  type  result\n" + rows, bye(lang))


@sec(3)
def ropc_postman(lang):
    p, cs = password(), ch([auth0_secret(), okta_secret(), keycloak_secret()])
    u = email()
    if R.random() < 0.5:
        env = {"id": guid(), "name": ch(["Sportello SANDBOX", "IdP staging", "Keycloak dev"]), "values": [
            {"key": "token_url", "value": "https://sso.%s/realms/%s/protocol/openid-connect/token" % (ch(DOMAINS), realm()), "enabled": True},
            {"key": "client_id", "value": ch(["postman", "sportello-connector", "portale-web"]), "enabled": True},
            {"key": "client_secret", "value": cs, "enabled": True},
            {"key": "username", "value": u, "enabled": True},
            {"key": "password", "value": p, "enabled": True},
            {"key": "access_token", "value": "", "enabled": True}], "_postman_variable_scope": "environment"}
        body = json.dumps(env, indent=2)
        st = "json"
    else:
        body = "POST /realms/%s/protocol/openid-connect/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&client_id=%s&client_secret=%s&username=%s&password=%s&scope=openid" % (
            realm(), ch(["postman", "sportello-connector"]), cs, u.replace("@", "%40"), p)
        st = "http"
    intro = q(lang, ["Environment di Postman che usiamo per i test del grant password (lo so, è deprecato):", "richiesta ROPC che fa il nostro vecchio client desktop"],
              ["Postman environment we use to test the password grant (I know, deprecated):", "ROPC request our legacy desktop client sends"])
    return st, para(hi(lang), intro, body, bye(lang)), [("client_secret", cs), ("password", p)]


@sec(3)
def mixed_table(lang):
    rows, secrets = [], []
    kinds = [("client_secret", lambda: ch([okta_secret(), entra_secret(), keycloak_secret()])), ("password", password), ("access_token", lambda: opaque_token(40)), ("refresh_token", refresh_tok)]
    names = ["okta-prod", "entra-tpp", "keycloak-stg", "ldap-bind", "scim-entra", "apim-partner", "vault-agent", "cognito-m2m"]
    R.shuffle(names)
    leak = R.randint(0, 3)
    for i in range(4):
        k, fn = ch(kinds)
        if i == leak:
            v = fn()
            secrets.append((k, v))
        else:
            v = ch(["********", "[REDACTED]", "in 1Password", "vault:secret/idp/%s" % names[i], "(ruotato)" if lang == "it" else "(rotated)", "-"])
        rows.append("| %s | %s | %s | %s |" % (names[i], k, v, date_it()))
    hdr = "| sistema | tipo | valore | ultima rotazione |\n|---|---|---|---|" if lang == "it" else "| system | type | value | last rotation |\n|---|---|---|---|"
    intro = q(lang, ["Inventario delle credenziali SSO per l'audit (una riga non è stata mascherata, me ne sono accorto dopo):", "tabella da Confluence con lo stato delle rotazioni:"],
              ["SSO credentials inventory for the audit (one row wasn't masked, noticed afterwards):", "Confluence table with rotation status:"])
    return "markdown", para(hi(lang), intro, hdr + "\n" + "\n".join(rows), bye(lang)), secrets


@sec(2)
def spaced_pin(lang):
    o = otp(6)
    f = ch([" ".join(o), o[:2] + " " + o[2:4] + " " + o[4:], o[:3] + "." + o[3:]])
    body = q(lang, ["mi è arrivato il codice %s ma dopo averlo messo la pagina si ricarica" % f, "codice di conferma: %s (dal messaggio della banca)" % f, "il PIN dispositivo che mi chiede è %s, giusto?" % f],
             ["got the code %s but after entering it the page reloads" % f, "confirmation code: %s (from the bank's text)" % f])
    return "chat", para(hi(lang), body, bye(lang)), [("pin", f)]


@pas(3)
def encrypted_blobs(lang):
    r = R.random()
    if r < 0.3:
        body = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: oidc-client\n  namespace: identity\nspec:\n  encryptedData:\n    client-secret: AgB%s\n    ldap-password: AgC%s" % (rs(360, B64), rs(360, B64))
    elif r < 0.55:
        body = "oidc:\n    client_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:%d:key/%s\n    lastmodified: \"%s\"\n    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            rs(56, B64), rs(43, B64) + "=", rs(22, B64) + "==", R.randint(10 ** 11, 10 ** 12 - 1), guid(), iso_ts(), rs(88, B64), rs(43, B64) + "=", rs(22, B64) + "==")
    elif r < 0.8:
        body = "ldap_bind_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + rs(80, HEX) for _ in range(R.randint(4, 6)))
    else:
        body = "$ vault write transit/encrypt/idp plaintext=$(base64 <<< \"$SECRET\")\nKey            Value\n---            -----\nciphertext     vault:v1:%s\nkey_version    1" % rs(ch([64, 92]), B64)
    intro = q(lang, ["I segreti nel repo sono cifrati (non in chiaro), così va bene per la vostra security review?", "estratto dal repo GitOps, valori cifrati"],
              ["Secrets in the repo are encrypted (not plain), is that fine for your security review?", "excerpt from the GitOps repo, encrypted values"])
    return "yaml", para(hi(lang), intro, body, bye(lang))


@pas(2)
def htpasswd_pass(lang):
    body = "\n".join("%s:%s" % (rs(R.randint(4, 8), string.ascii_lowercase), ch(["$apr1$%s$%s" % (rs(8, ALNUM), rs(22, ALNUM + "./")), bcrypt_hash(), "{SHA}" + b64_enc(rbytes(20))])) for _ in range(R.randint(2, 4)))
    intro = q(lang, ["Il file .htpasswd davanti al portale di staging (solo hash):", "utenti della basic auth di staging"], ["The .htpasswd in front of the staging portal (hashes only):", "staging basic-auth users"])
    return "config", para(hi(lang), intro, body, bye(lang))


@pas(3)
def postman_empty(lang):
    env = {"id": guid(), "name": "Sportello SANDBOX", "values": [{"key": "base_url", "value": "https://sandbox.sportello-api.eu", "enabled": True},
                                                                {"key": "client_id", "value": ch(["acme-pay-prod", okta_client_id(), guid()]), "enabled": True},
                                                                {"key": "client_secret", "value": ch(["", "{{vault:client-secret}}", "<set locally>"]), "enabled": True},
                                                                {"key": "access_token", "value": "", "enabled": True},
                                                                {"key": "consent_id", "value": consent_id(), "enabled": True}]}
    body = json.dumps(env, indent=2)
    intro = q(lang, ["Environment Postman condiviso con i colleghi (i segreti li mette ognuno in locale):", "ecco l'environment esportato"], ["Postman environment shared with colleagues (everyone sets secrets locally):", "here's the exported environment"])
    return "json", para(hi(lang), intro, body, bye(lang))


@pas(2)
def tls_client_auth_cfg(lang):
    body = json.dumps({"client_id": guid(), "token_endpoint_auth_method": "tls_client_auth", "tls_client_auth_subject_dn": "CN=%s,OU=%s,O=%s,C=IT" % ("api." + ch(DOMAINS), "PSDIT-BI-%s" % rs(6, string.digits), ch(COMP)),
                       "tls_client_certificate_bound_access_tokens": True, "jwks_uri": "https://%s/.well-known/jwks.json" % ch(DOMAINS), "x5t#S256": x5t256()}, indent=2)
    intro = q(lang, ["Metadata del client per l'autenticazione mTLS (senza secret):", "registrazione client tls_client_auth"], ["Client metadata for mTLS auth (no secret):", "tls_client_auth client registration"])
    return "json", para(hi(lang), intro, body, bye(lang))


# ================================================================ assembly
import re

N_SEC, N_PASS = 750, 850


def bounded(text, v):
    """Every occurrence of a short value must stand alone (not inside a longer token)."""
    i = text.find(v)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(v)] if i + len(v) < len(text) else " "
        if before.isalnum() or after.isalnum():
            return False
        i = text.find(v, i + 1)
    return True


def check(text, secrets):
    if not text.strip():
        return False
    for k, v in secrets:
        if k not in KINDS or not v or v not in text:
            return False
        if len(v) <= 12 and not bounded(text, v):
            return False
    return True


def pick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def build():
    out, seen = [], set()
    plan = [True] * N_SEC + [False] * N_PASS
    R.shuffle(plan)
    for i, is_sec in enumerate(plan):
        lang = "it" if i % 2 == 0 else "en"
        for _ in range(50):
            f = pick(SEC if is_sec else PAS)
            if is_sec:
                style, text, secrets = f(lang)
            else:
                style, text = f(lang)
                secrets = []
            dedup = []
            for s in secrets:
                if s not in dedup:
                    dedup.append(s)
            if text in seen or not check(text, dedup) or (is_sec and not dedup):
                continue
            seen.add(text)
            out.append({"id": "f29-%s-%04d" % (lang, i + 1), "lang": lang, "style": style, "text": text,
                        "secrets": [{"kind": k, "value": v} for k, v in dedup]})
            break
        else:
            raise SystemExit("could not build sample %d" % i)
    return out


def selfcheck(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["lang"] in ("it", "en")
        for s in r["secrets"]:
            assert s["kind"] in KINDS and s["value"] in r["text"], (r["id"], s)
            if s["kind"] == "card_number":
                assert luhn_ok(s["value"]), s
            if s["kind"] == "iban":
                v = s["value"].replace(" ", "").replace("-", "").upper()
                assert mod97(v[4:] + v[:4]) == 1, s
    n_sec = sum(1 for r in rows if r["secrets"])
    assert n_sec == N_SEC and len(rows) - n_sec == N_PASS
    # pass samples must not hold a valid IBAN / Luhn card of test ranges by accident
    for r in rows:
        if r["secrets"]:
            continue
        for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", r["text"]):
            v = m.group(0)
            if v[:2] in ("IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "PT") and mod97(v[4:] + v[:4]) == 1:
                raise AssertionError(("valid IBAN in pass sample", r["id"]))


def stats(rows):
    from collections import Counter
    kinds, kinds_s, langs, styles = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        langs[(r["lang"], bool(r["secrets"]))] += 1
        styles[r["style"]] += 1
        for k in {s["kind"] for s in r["secrets"]}:
            kinds_s[k] += 1
        for s in r["secrets"]:
            kinds[s["kind"]] += 1
    print("samples", len(rows), "with secrets", sum(1 for r in rows if r["secrets"]))
    print("langs", dict(langs))
    print("kind: samples / values")
    for k in sorted(KINDS):
        print("  %-14s %4d %5d" % (k, kinds_s[k], kinds[k]))
    print("styles", dict(styles.most_common()))


if __name__ == "__main__":
    rows = build()
    selfcheck(rows)
    with open("fresh29.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats(rows)
