#!/usr/bin/env python3
"""Generator for the sealed guard corpus ``fresh30`` -- "what the test suite leaves behind".

Written blind to the guard: only docs/guard-corpora.md and the sealed README were read.
Deterministic (seed 30030).  Output: fresh30.jsonl, 1,600 samples (750 with secrets,
850 that must pass), ids ``f30-<lang>-NNNN``; prose about half Italian, half English.

Texts: what QA engineers, SDETs and developers at integrators paste from their test
suites -- Postman environments/collections, Newman, Insomnia/Bruno/Hoppscotch exports,
.http files, VCR/Betamax/Polly/nock recordings, WireMock/MockServer mappings, Pact
files, Playwright storageState, Cypress env and fixtures, Selenium/Appium capabilities,
Jest snapshots, pytest conftest, factory_boy/FactoryBot seeds, SQL/YAML fixtures,
k6/JMeter/Gatling/Locust scripts and CSV feeders, JUnit XML, Allure/Mochawesome, CI
logs (GitHub Actions, GitLab, Jenkins), Testcontainers, docker-compose.test.yml,
.env.test/.env.ci, Gherkin, fuzzing/mutation output, OCR of failing reports, manual
testers' bug reports and test plans, with the words around them.

Labelling decisions where docs/guard-corpora.md is silent
--------------------------------------------------------
* Sandbox / test credentials are secrets.  The doc gives no exemption for sandbox, and
  "it's only the sandbox key" is exactly what careless people write: provider sandbox
  API keys, bearer tokens and session cookies -> access_token; sandbox OAuth client
  secrets and Basic blobs/pairs -> client_secret; sk_test_/rk_test_/whsec_, test-mode
  Mollie/Adyen keys etc. -> vendor_key; passwords of test users in seeds, fixtures,
  feeders and Gherkin tables -> password; fixed sandbox OTP/SCA codes -> pin.
* The provider's published test cards and Faker-generated cards: the doc defines
  card_number as "payment card numbers (Luhn-valid)" and its own corpora use
  "Luhn-valid cards from test ranges", so every Luhn-valid PAN is card_number even when
  the text says it is a published test card.  Test IBANs with valid mod-97 check digits
  are iban likewise.  Luhn-failing numbers and wrong-check IBANs pass.
* CVVs that sit in fixtures next to a test card ("cvc": "737") are cvv.
* Domestic accounts: when the account sits in its own field (sort code / account,
  ABI / CAB / conto, BLZ / Kontonummer) only the account number is labelled; when the
  whole BBAN, RIB or CCC is written as one string, the whole string is labelled.
  Italian CIN, French RIB cle and Spanish CCC control digits are computed.
* Session cookies in Playwright storageState / cassettes, and tokens kept in
  localStorage -> access_token.  Non-auth cookies (consent, locale, _ga) pass.
* Third-party test-infrastructure keys (BrowserStack/Sauce Labs access keys, Cypress
  record key, Codecov token, Datadog/Slack/GitHub/npm tokens, Slack webhook URL) ->
  vendor_key, also when the key is a bare UUID.
* Private keys of sandbox mTLS/QSEAL test certificates -> private_key (whole block,
  with the line breaks or the literal \\n escapes exactly as in the text).
  Certificates and public keys pass.
* Pass: CI-masked values (***, [MASKED]), <REDACTED>/FILTERED cassettes, placeholders
  ({{token}}, <API_KEY>, ${SECRET}, process.env.X, __ENV.X, $dotenv, Cypress.env()),
  empty secret-typed Postman variables, publishable keys (pk_test_), client ids,
  AC... Twilio account SIDs, tokenised card references (tok_, pm_, card_ ids, vault
  tokens), masked PANs, bcrypt/argon2 hashes of test passwords, webhook HMAC
  signature headers, snapshot hashes, checksums, commit SHAs, run/build/trace/span ids,
  UUID request ids, payment and consent ids, BICs, ABI/CAB pairs alone, the AWS
  documentation example key pair, OTP *lengths* and prose about credentials.
* Card numbers split across mocked test tables are not used; each PAN is written whole.
"""
import base64
import hashlib
import json
import random
import re
import string
import sys

SEED = 30030
rng = random.Random(SEED)
R = rng

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
UP_ALNUM = string.ascii_uppercase + string.digits


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pick(*xs):
    return R.choice(xs)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- numbers
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
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


PUBLISHED = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
             "5200828282828210", "378282246310005", "371449635398431", "6011111111111117",
             "4111111111111111", "4000000000003220", "4000002500003155", "5105105105105100",
             "4917610000000000", "4988438843884305", "5101180000000007", "3700 0000 0000 002".replace(" ", ""),
             "4166676667666746", "2222400070000005", "4035501000000008", "6445644564456445"]
PUBLISHED = [p for p in PUBLISHED if luhn_ok(p)]


def card_raw(published=None):
    if published is None:
        published = R.random() < 0.25
    if published:
        return R.choice(PUBLISHED)
    p = R.choice(["4", "4", "4", "51", "52", "53", "54", "55", "2221", "2223", "2720", "34", "37", "6011", "65"])
    ln = 15 if p in ("34", "37") else R.choice([16, 16, 16, 16, 19]) if p == "4" else 16
    return luhn_complete(p + "".join(R.choice(string.digits) for _ in range(6 - len(p))), ln)


def fmt_card(d, style=None):
    if style is None:
        style = R.choice(["plain", "plain", "space", "space", "dash", "dot", "odd"])
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "plain":
        return d
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    return d[:6] + " " + d[6:10] + "  " + d[10:]


def card_bad():
    d = card_raw(False)
    last = int(d[-1])
    return d[:-1] + str((last + R.randint(1, 9)) % 10)


def masked_card():
    d = card_raw(False)
    return pick(f"**** **** **** {d[-4:]}", f"{d[:6]}******{d[-4:]}", f"XXXX-XXXX-XXXX-{d[-4:]}",
                f"•••• {d[-4:]}", f"{d[:4]} **** **** {d[-4:]}", f"************{d[-4:]}")


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def digits_nl(n):
    """digit run of length n that is NOT Luhn-valid (for look-alike ids)"""
    while True:
        d = R.choice("123456789") + digits(n - 1)
        if not luhn_ok(d):
            return d


def mod97(s):
    t = "".join(str(int(c, 36)) for c in s)
    return int(t) % 97


def iban_make(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def it_parts():
    abi = R.choice(["03069", "02008", "05034", "03111", "01030", "05696", "03062", "08327", "03032", "05387"])
    cab = digits(5)
    conto = R.choice([digits(12), "0000" + digits(8), "CC0" + digits(9), "1000000" + digits(5)])
    cin = it_cin(abi + cab + conto)
    return cin, abi, cab, conto


def de_parts():
    blz = R.choice(["10010010", "37040044", "50010517", "70020270", "20041133", "12030000", "76026000"])
    return blz, digits(10) if R.random() < .5 else "00" + digits(8)


def fr_parts():
    b = R.choice(["30004", "30003", "20041", "10278", "30066", "17515"])
    g = digits(5)
    c = digits(11)
    k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, f"{k:02d}"


def es_dc(digs, w):
    s = sum(int(a) * b for a, b in zip(digs, w))
    d = 11 - s % 11
    return 0 if d == 11 else 1 if d == 10 else d


def es_parts():
    e = R.choice(["2100", "0049", "0182", "2085", "0081", "1465"])
    o = digits(4)
    c = digits(10)
    d1 = es_dc(e + o, [4, 8, 5, 10, 9, 7, 3, 6])
    d2 = es_dc(c, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    return e, o, f"{d1}{d2}", c


def gb_parts():
    return R.choice(["20", "40", "60", "30", "11", "08", "09"]) + digits(4), digits(8)


def iban_raw(cc=None):
    cc = cc or R.choice(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "IT"])
    if cc == "IT":
        cin, abi, cab, conto = it_parts()
        return iban_make("IT", cin + abi + cab + conto)
    if cc == "DE":
        blz, k = de_parts()
        return iban_make("DE", blz + k)
    if cc == "FR":
        b, g, c, k = fr_parts()
        return iban_make("FR", b + g + c + k)
    if cc == "ES":
        e, o, dc, c = es_parts()
        return iban_make("ES", e + o + dc + c)
    if cc == "GB":
        s, a = gb_parts()
        return iban_make("GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]) + s + a)
    if cc == "NL":
        return iban_make("NL", R.choice(["ABNA", "INGB", "RABO"]) + digits(10))
    return iban_make("BE", digits(12))


def fmt_iban(i, style=None):
    style = style or R.choice(["plain", "plain", "space", "space", "lower"])
    if style == "space":
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if style == "lower" and R.random() < 0.5:
        return i[:2] + i[2:]  # keep upper for mostly
    return i


def iban_bad():
    i = iban_raw()
    chk = int(i[2:4])
    bad = (chk + R.randint(1, 40)) % 97
    if bad < 2:
        bad += 2
    return f"{i[:2]}{bad:02d}{i[4:]}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return mod97(s[4:] + s[:4]) == 1


def bic():
    return R.choice(["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX",
                     "NWBKGB2L", "INGBNL2A", "GEBABEBB", "SELBIT2BXXX", "BAPPIT21", "CRPPIT2P", "REVOLT21"])


# ---------------------------------------------------------------- tokens
def jwt(kind="access", short=False):
    hdr = {"alg": pick("RS256", "ES256", "HS256", "PS256"), "typ": "JWT"}
    if R.random() < 0.6:
        hdr["kid"] = hexs(8) if R.random() < .5 else rs(B64U, 22)
    iat = 1780000000 + R.randint(0, 30000000)
    pl = {"iss": pick("https://auth.sandbox.nuvolapay.eu", "https://sandbox.api.openbanca.it/oauth",
                       "https://login.tessera-payments.com/", "https://idp.test.finvera.io/realms/sbx"),
          "sub": pick(uuid4(), f"qa.user{R.randint(1, 99)}@test.local", "client:" + pick("acme-qa", "shop-e2e", "pos-ci")),
          "aud": pick("payments-api", "ais", "pis", "https://api.sandbox.nuvolapay.eu"),
          "iat": iat, "exp": iat + pick(300, 900, 3600, 86400)}
    if kind == "access":
        pl["scope"] = pick("payments:write refunds:read", "accounts balances transactions", "openid profile", "pis ais")
    else:
        pl["typ"] = "Refresh"
    if not short:
        pl["jti"] = uuid4()
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(pl, separators=(",", ":")).encode())
    sig = rs(B64U, 43 if hdr["alg"] == "HS256" else pick(86, 342))
    return f"{h}.{p}.{sig}"


def opaque(n=None):
    return rs(ALNUM, n or R.randint(28, 48))


def provider_key():
    env = pick("test", "sandbox", "sbx", "live", "test")
    return pick(f"npk_{env}_{rs(ALNUM, 32)}", f"obk_{env}_{hexs(40)}", f"tsr-{env}-{rs(ALNUM, 28)}",
                f"fv_{env}_{rs(B64U, 36)}", hexs(40), f"apk.{env}.{rs(ALNUM, 30)}")


def access_token():
    return pick(jwt(), jwt(), opaque(), provider_key(), "at_" + rs(ALNUM, 40),
                rs(ALNUM, 20) + "." + rs(B64U, 40))


def session_cookie():
    return pick(rs(ALNUM, 32), "s%3A" + rs(B64U, 32) + "." + rs(B64U, 43), hexs(64), rs(B64U, 48),
                "eyJ" + rs(B64U, 60) + "." + rs(B64U, 27))


def refresh_token():
    return pick("rt_" + rs(ALNUM, 48), "1//0" + rs(B64U, 60), jwt("refresh"), rs(B64U, 64),
                rs(ALNUM, 40) + "." + rs(ALNUM, 20), "def50200" + hexs(200))


def client_secret():
    return pick(rs(ALNUM, 32), rs(ALNUM, 40), rs(ALNUM, 5) + "8Q~" + rs(B64U + ".~", 31), rs(B64U, 48),
                hexs(64), "cs_" + pick("test", "sbx") + "_" + rs(ALNUM, 32))


def basic_blob(cid, sec):
    return base64.b64encode(f"{cid}:{sec}".encode()).decode()


def client_id():
    return pick(f"{pick('acme', 'shopline', 'bottega', 'fintastico', 'carrello', 'pagaora')}-{pick('qa', 'e2e', 'ci', 'staging', 'sandbox')}",
                uuid4(), "cli_" + rs(ALNUM, 16), f"PSDIT-BI-{digits(5)}-{pick('qa', 'test')}", hexs(24))


def password():
    w = pick("Sandbox", "Collaudo", "Qa", "Tester", "Staging", "Primavera", "Tramonto", "Gattino", "Pizza", "Milano",
             "Winter", "Falcon", "Lavagna", "Girasole", "Bruno", "Kiwi", "Orso", "Nebbia", "Cypress", "Postino")
    return pick(f"{w}{pick('!', '@', '#', '$', '-', '_', '.')}{R.randint(1, 2029)}",
                f"{w.lower()}{R.randint(10, 99)}{pick('!', '?', '*')}{pick('Qa', 'Ts', 'Xx', 'Ok')}",
                rs(ALNUM + "!@#%^&*-_", R.randint(12, 20)),
                f"{pick('cavallo', 'correct', 'mela', 'battery', 'treno', 'sole')}-{pick('batteria', 'horse', 'verde', 'staple', 'notte')}-{pick('graffetta', 'lamp', 'blu', 'otto')}-{R.randint(1, 99)}",
                f"Qa{rs(ALNUM, 6)}!{R.randint(1, 9)}", f"P@ss{rs(string.ascii_lowercase, 4)}{R.randint(100, 999)}",
                f"T3st!{rs(ALNUM, 8)}", f"{w}{rs(string.digits, 4)}{rs('!?#%', 1)}{rs(string.ascii_uppercase, 2)}")


def pin(n=None):
    n = n or pick(4, 5, 6, 6, 6, 8)
    while True:
        p = digits(n)
        if len(set(p)) > 1:
            return p


def cvv(amex=False):
    return digits(4) if amex else digits(3)


def pem(kind=None, escaped=False, indent=""):
    kind = kind or pick("PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
    if kind == "PRIVATE KEY":
        first = pick("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49")
        n = 25 if first.startswith("MIIE") else 2
    elif kind == "RSA PRIVATE KEY":
        first, n = pick("MIIEpAIBAAKCAQEA", "MIIEowIBAAKCAQEA"), 24
    elif kind == "EC PRIVATE KEY":
        first, n = "MHcCAQEEI", 2
    else:
        first, n = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 6
    body = first + rs(B64, 64 * n + R.randint(4, 60) - len(first))
    lines = [body[i:i + (70 if 'OPENSSH' in kind else 64)] for i in range(0, len(body), 70 if 'OPENSSH' in kind else 64)]
    if kind == "EC PRIVATE KEY":
        lines[-1] = lines[-1][:-2] + "=="
    sep = "\\n" if escaped else "\n" + indent
    return f"-----BEGIN {kind}-----" + sep + sep.join(lines) + sep + f"-----END {kind}-----"


def cert_pem():
    body = "MIID" + rs(B64, 64 * 14 - 4)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def pub_pem():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 64 * 6 - 44 + 8) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def vendor():
    """returns (label, value) of a well-known third-party key"""
    k = R.randint(0, 21)
    return [
        ("STRIPE_SECRET_KEY", "sk_test_" + rs(ALNUM, pick(24, 99))),
        ("STRIPE_SECRET_KEY", "sk_live_" + rs(ALNUM, pick(24, 99))),
        ("STRIPE_WEBHOOK_SECRET", "whsec_" + rs(ALNUM, 32)),
        ("STRIPE_RESTRICTED_KEY", "rk_test_" + rs(ALNUM, 24)),
        ("AWS_SECRET_ACCESS_KEY", rs(ALNUM + "/+", 40)),
        ("GITHUB_TOKEN", "ghp_" + rs(ALNUM, 36)),
        ("GH_PAT", "github_pat_11" + rs(UP_ALNUM, 20) + "_" + rs(ALNUM, 59)),
        ("GITLAB_TOKEN", "glpat-" + rs(ALNUM + "-_", 20)),
        ("SLACK_BOT_TOKEN", f"xoxb-{digits(12)}-{digits(13)}-{rs(ALNUM, 24)}"),
        ("SLACK_WEBHOOK_URL", f"https://hooks.slack.com/services/T{rs(UP_ALNUM, 8)}/B{rs(UP_ALNUM, 10)}/{rs(ALNUM, 24)}"),
        ("GOOGLE_MAPS_API_KEY", "AIza" + rs(ALNUM + "-_", 35)),
        ("SENDGRID_API_KEY", "SG." + rs(B64U, 22) + "." + rs(B64U, 43)),
        ("TWILIO_AUTH_TOKEN", hexs(32)),
        ("BROWSERSTACK_ACCESS_KEY", rs(ALNUM, 20)),
        ("SAUCE_ACCESS_KEY", uuid4()),
        ("CYPRESS_RECORD_KEY", uuid4()),
        ("CODECOV_TOKEN", uuid4()),
        ("NPM_TOKEN", "npm_" + rs(ALNUM, 36)),
        ("DD_API_KEY", hexs(32)),
        ("MOLLIE_API_KEY", "test_" + rs(ALNUM, 30)),
        ("ADYEN_API_KEY", "AQE" + rs(ALNUM, 5) + "+" + rs(B64, 60) + "=-" + rs(B64, 40) + "=-" + rs(ALNUM, 12)),
        ("SENTRY_AUTH_TOKEN", "sntrys_" + rs(B64U, 80)),
    ][k]


def aws_pair():
    return "AKIA" + rs(UP_ALNUM.replace("0", "").replace("1", ""), 16), rs(ALNUM + "/+", 40)


# ---------------------------------------------------------------- look-alike ids
def sha40():
    return hexs(40)


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def payment_id():
    return pick(f"pay_{rs(ALNUM, 24)}", f"PAY-{digits_nl(10)}", f"pi_{rs(ALNUM, 24)}", uuid4(), f"TRX{digits_nl(12)}")


def consent_id():
    return pick(f"cns-{uuid4()}", f"CONS-{digits(4)}-{rs(UP_ALNUM, 8)}", uuid4(), f"consent_{rs(ALNUM, 20)}")


def run_id():
    return pick(str(R.randint(4000000000, 9999999999)), f"run-{R.randint(1000, 99999)}", f"#{R.randint(100, 9999)}")


def company():
    return pick("Bottega Digitale srl", "Carrello Veloce", "Fintastico SpA", "PagaOra", "ShopLine", "Mercatino.it",
                "Acme Retail", "Lumen Travel", "Gelato Labs", "Nordic Cart", "BluPOS", "Vetrina42")


NAMES_IT = ["Giulia", "Marco", "Sara", "Luca", "Francesca", "Davide", "Chiara", "Paolo", "Elena", "Matteo", "Alessia", "Stefano"]
NAMES_EN = ["Tom", "Priya", "Jake", "Emma", "Olu", "Hannah", "Raj", "Chloe", "Liam", "Sofia", "Ben", "Nadia"]
SURN = ["Rossi", "Bianchi", "Esposito", "Ferrari", "Romano", "Galli", "Conti", "Marino", "Smith", "Patel", "Nowak", "Müller"]


def name(lang):
    return R.choice(NAMES_IT if lang == "it" else NAMES_EN)


def full_name():
    return f"{R.choice(NAMES_IT + NAMES_EN)} {R.choice(SURN)}"


def email():
    return f"{pick('qa', 'test', 'e2e', 'mario.rossi', 'jane.doe', 'buyer', 'cliente')}{R.randint(1, 999)}@{pick('example.com', 'test.local', 'mailinator.com', 'qa.bottega.it')}"


API = ["https://api.sandbox.nuvolapay.eu", "https://sandbox.openbanca.it/psd2/v1", "https://api-test.tessera-payments.com",
       "https://sbx.finvera.io/api", "http://localhost:8080", "https://staging-api.pagaora.it"]


def api():
    return R.choice(API)


def ts():
    return f"2026-{R.randint(9, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


ISSUES = {
    "it": ["il test di rimborso torna 401", "il token scade dopo pochi minuti in sandbox", "la creazione del consenso PSD2 va in timeout",
           "il webhook non arriva più", "la challenge 3DS resta appesa", "POST /payments risponde 422", "il refresh restituisce invalid_grant",
           "il bonifico SEPA viene rifiutato con AC01", "la suite e2e è rossa da stanotte", "i test di carico saturano a 50 rps",
           "la verifica dell'IBAN dà esito KO", "il contract test col vostro provider non passa più", "l'OTP SMS non viene accettato"],
    "en": ["our refund test returns 401", "the sandbox token expires after a few minutes", "PSD2 consent creation times out",
           "webhooks stopped arriving", "the 3DS challenge never completes", "POST /payments answers 422", "the refresh call returns invalid_grant",
           "SEPA credit transfers are rejected with AC01", "the e2e suite has been red since last night", "load tests plateau at 50 rps",
           "IBAN verification comes back KO", "the Pact verification against your provider fails", "the SMS OTP is rejected"],
}


def intro(lang, artifact):
    iss = R.choice(ISSUES[lang])
    c = company()
    if lang == "it":
        return pick(f"Buongiorno, sono del team QA di {c}: {iss}. Vi allego {artifact}.",
                    f"Ciao! {iss}, vi incollo {artifact} così vedete voi.",
                    f"Salve, come richiesto dal vostro collega vi giro {artifact} ({iss}).",
                    f"ciao ragazzi, {iss}... ecco {artifact}",
                    f"Gentile supporto,\n{iss}. Di seguito {artifact}.",
                    f"Rieccomi col ticket di ieri: {iss}. Sotto {artifact}.",
                    f"Oggetto: [{c}] {iss}\n\nVi riporto {artifact}:")
    return pick(f"Hi, QA at {c} here: {iss}. Attaching {artifact}.",
                f"Hey! {iss}, pasting {artifact} below.",
                f"Hello, as your colleague asked, here is {artifact} ({iss}).",
                f"hi all, {iss}... {artifact} below",
                f"Dear support,\n{iss}. Please find {artifact} below.",
                f"Following up on yesterday's ticket: {iss}. {artifact[0].upper() + artifact[1:]} below.",
                f"Subject: [{c}] {iss}\n\nHere's {artifact}:")


def outro(lang):
    n = name(lang)
    if lang == "it":
        return pick(f"\n\nGrazie,\n{n}", f"\n\nfatemi sapere, grazie! {n}", "\n\nBuona giornata", f"\n\n{n} (QA)",
                    "", "\n\nSe serve altro chiedete pure.", f"\n\nCordiali saluti\n{n} {R.choice(SURN)}\n{company()}")
    return pick(f"\n\nThanks,\n{n}", f"\n\nlet me know, cheers {n}", "\n\nBest regards", f"\n\n{n} (SDET)", "",
                "\n\nHappy to send more logs.", f"\n\nKind regards\n{n} {R.choice(SURN)}\n{company()}")


def wrap(lang, artifact, body):
    return intro(lang, artifact) + "\n\n" + body + outro(lang)


def art(lang, it, en):
    return it if lang == "it" else en


# ================================================================ SECRET templates
S = []


def sec(fn):
    S.append(fn)
    return fn


def sandbox_note(lang):
    return pick(*([" (tanto è solo la chiave sandbox)", " — è l'ambiente di test, non preoccupatevi", " (sandbox, non produzione!)", ""]
                  if lang == "it" else [" (it's only the sandbox key anyway)", " - test env, nothing live", " (sandbox, not prod!)", ""]))


@sec
def postman_env(lang):
    cid, cs = client_id(), client_secret()
    vals = [("baseUrl", api(), "default", None), ("client_id", cid, "default", None)]
    secs = []
    choice = R.sample(["client_secret", "access_token", "refresh_token", "password", "api_key", "otp", "iban"], R.randint(1, 3))
    for c in choice:
        if c == "client_secret":
            vals.append(("client_secret", cs, "secret", None)); secs.append(("client_secret", cs))
        elif c == "access_token":
            t = access_token(); vals.append(("access_token", t, "secret", None)); secs.append(("access_token", t))
        elif c == "refresh_token":
            t = refresh_token(); vals.append(("refresh_token", t, "secret", None)); secs.append(("refresh_token", t))
        elif c == "password":
            p = password(); vals.append(("username", email(), "default", None)); vals.append((pick("password", "user_password", "psu_password"), p, pick("secret", "default"), None)); secs.append(("password", p))
        elif c == "api_key":
            k = provider_key(); vals.append((pick("apiKey", "x_api_key", "API_KEY"), k, "secret", None)); secs.append(("access_token", k))
        elif c == "otp":
            p = pin(6); vals.append((pick("sca_otp", "otp_code", "smsCode"), p, "default", None)); secs.append(("pin", p))
        elif c == "iban":
            i = iban_raw(); vals.append((pick("debtorIban", "creditor_iban", "ibanBeneficiario"), i, "default", None)); secs.append(("iban", i))
    vals.append(("consentId", consent_id(), "default", None))
    R.shuffle(vals)
    env = {"id": uuid4(), "name": pick("Sandbox", "QA - sandbox", "staging", "CI env", "Collaudo"),
           "values": [{"key": k, "value": v, "type": t, "enabled": True} for k, v, t, _ in vals],
           "_postman_variable_scope": "environment", "_postman_exported_at": ts(),
           "_postman_exported_using": f"Postman/{R.randint(9, 11)}.{R.randint(0, 30)}.{R.randint(0, 9)}"}
    body = json.dumps(env, indent=pick(2, 4), ensure_ascii=False)
    return "postman-env", wrap(lang, art(lang, "l'environment Postman esportato", "the exported Postman environment") + sandbox_note(lang), body), secs


@sec
def postman_collection_auth(lang):
    mode = pick("bearer", "basic", "apikey", "oauth2")
    secs = []
    if mode == "bearer":
        t = access_token(); a = {"type": "bearer", "bearer": [{"key": "token", "value": t, "type": "string"}]}; secs.append(("access_token", t))
    elif mode == "basic":
        u, p = client_id(), client_secret(); a = {"type": "basic", "basic": [{"key": "username", "value": u, "type": "string"}, {"key": "password", "value": p, "type": "string"}]}; secs.append(("client_secret", p))
    elif mode == "apikey":
        k = provider_key(); a = {"type": "apikey", "apikey": [{"key": "key", "value": "X-Api-Key", "type": "string"}, {"key": "value", "value": k, "type": "string"}]}; secs.append(("access_token", k))
    else:
        cs = client_secret(); a = {"type": "oauth2", "oauth2": [{"key": "clientSecret", "value": cs, "type": "string"}, {"key": "clientId", "value": client_id(), "type": "string"}, {"key": "accessTokenUrl", "value": api() + "/oauth/token", "type": "string"}, {"key": "grant_type", "value": "client_credentials", "type": "string"}]}; secs.append(("client_secret", cs))
    col = {"info": {"_postman_id": uuid4(), "name": pick("Payments E2E", "PSD2 AIS smoke", "Refunds regression", "Collaudo API"),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": a,
           "item": [{"name": pick("Create payment", "Get accounts", "Refund", "Crea consenso"), "request": {"method": pick("GET", "POST"), "url": {"raw": "{{baseUrl}}/" + pick("payments", "accounts", "consents", "refunds")}}}]}
    body = json.dumps(col, indent=2)
    return "postman-collection", wrap(lang, art(lang, "la collection (export v2.1)", "the collection export (v2.1)"), body), secs


@sec
def newman_cli(lang):
    cs, p = client_secret(), password()
    k = R.randint(0, 2)
    if k == 0:
        secs = [("client_secret", cs)]
        cmd = f'newman run payments.postman_collection.json -e sandbox.json --env-var "clientSecret={cs}" --reporters cli,junit'
    elif k == 1:
        secs = [("password", p)]
        cmd = f"npx newman run ais.json --global-var psuUser=qa{R.randint(1, 50)} --global-var psuPassword='{p}' -n 3"
    else:
        t = access_token(); secs = [("access_token", t)]
        cmd = f"newman run coll.json --env-var token={t} --delay-request 200"
    out = f"$ {cmd}\nnewman\n\n{pick('Payments E2E', 'AIS smoke')}\n\n→ {pick('Create payment', 'List accounts')}\n  POST {api()}/payments [{pick('401 Unauthorized', '500 Internal Server Error', '422 Unprocessable Entity')}, {R.randint(200, 900)}B, {R.randint(50, 900)}ms]\n  1. Status code is 201\n\n#  failure        detail\n 1.  AssertionError  expected response to have status code 201 but got {pick(401, 500, 422)}"
    return "newman", wrap(lang, art(lang, "l'output di newman in CI", "the newman output from CI"), out), secs


@sec
def bruno_file(lang):
    t = access_token(); secs = [("access_token", t)]
    extra = ""
    if R.random() < 0.5:
        p = password(); secs.append(("password", p))
        extra = f"\nvars:pre-request {{\n  psu_user: {email()}\n  psu_pass: {p}\n}}\n"
    body = f"meta {{\n  name: {pick('create-payment', 'get-balances', 'refund')}\n  type: http\n  seq: {R.randint(1, 9)}\n}}\n\npost {{\n  url: {api()}/payments\n  body: json\n  auth: bearer\n}}\n\nauth:bearer {{\n  token: {t}\n}}\n{extra}\nbody:json {{\n  {{ \"amount\": {{ \"value\": \"{R.randint(1, 500)}.00\", \"currency\": \"EUR\" }} }}\n}}"
    return "bruno", wrap(lang, art(lang, "il file .bru della richiesta", "the .bru request file"), body), secs


@sec
def insomnia_export(lang):
    cs = client_secret(); rt = refresh_token()
    secs = [("client_secret", cs)]
    items = [f"  - _id: env_{hexs(32)}\n    _type: environment\n    name: {pick('Sandbox', 'QA')}\n    data:\n      base_url: {api()}\n      client_id: {client_id()}\n      client_secret: {cs}"]
    if R.random() < 0.6:
        items[0] += f"\n      refresh_token: {rt}"; secs.append(("refresh_token", rt))
    body = f"_type: export\n__export_format: 4\n__export_date: {ts()}\n__export_source: insomnia.desktop.app:v{R.randint(2021, 2023)}.{R.randint(1, 7)}.0\nresources:\n" + "\n".join(items)
    return "insomnia", wrap(lang, art(lang, "l'export di Insomnia", "our Insomnia export"), body), secs


@sec
def hoppscotch(lang):
    t = access_token(); k = provider_key()
    secs = [("access_token", t)]
    hdrs = [{"key": "Authorization", "value": f"Bearer {t}", "active": True}, {"key": "X-Request-Id", "value": uuid4(), "active": True}]
    if R.random() < 0.4:
        hdrs.append({"key": "X-Api-Key", "value": k, "active": True}); secs.append(("access_token", k))
    body = json.dumps({"v": "1", "name": pick("Sandbox payments", "Open banking"), "requests": [{"name": "init payment", "method": "POST", "endpoint": api() + "/payments", "headers": hdrs, "auth": {"authType": "inherit", "authActive": True}}]}, indent=2)
    return "hoppscotch", wrap(lang, art(lang, "la collection Hoppscotch", "the Hoppscotch collection"), body), secs


@sec
def http_file(lang):
    secs = []
    k = R.randint(0, 2)
    if k == 0:
        t = access_token(); secs.append(("access_token", t))
        body = f"@host = {api()}\n@token = {t}\n\n### crea pagamento\nPOST {{{{host}}}}/payments\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n\n{{\"amount\": {R.randint(1, 99)}00, \"currency\": \"EUR\"}}"
    elif k == 1:
        cid, cs = client_id(), client_secret(); b = basic_blob(cid, cs); secs += [("client_secret", b)]
        body = f"### token\nPOST {api()}/oauth/token\nAuthorization: Basic {b}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=payments"
    else:
        cid, cs = client_id(), client_secret(); secs.append(("client_secret", cs))
        rt = refresh_token(); secs.append(("refresh_token", rt))
        body = f"### refresh\nPOST {api()}/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token\n&client_id={cid}\n&client_secret={cs}\n&refresh_token={rt}"
    return "http-file", wrap(lang, art(lang, "il file requests.http che usiamo in IntelliJ", "the requests.http file we run from VS Code REST Client"), body), secs


@sec
def vcr_cassette(lang):
    t = access_token(); secs = [("access_token", t)]
    extra_req = ""
    resp = {"id": payment_id(), "status": pick("ACSC", "RJCT", "PDNG")}
    if R.random() < 0.5:
        rt = refresh_token(); at2 = access_token()
        resp = {"access_token": at2, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt}
        secs += [("access_token", at2), ("refresh_token", rt)]
    elif R.random() < 0.5:
        i = iban_raw(); resp["debtorAccount"] = {"iban": i}; secs.append(("iban", i))
    body = f"""---
http_interactions:
- request:
    method: post
    uri: {api()}/payments
    body:
      encoding: UTF-8
      string: '{{"amount":"{R.randint(1, 300)}.00"}}'
    headers:
      Authorization:
      - Bearer {t}
      X-Request-Id:
      - {uuid4()}
  response:
    status:
      code: {pick(200, 201, 401)}
      message: {pick('OK', 'Created', 'Unauthorized')}
    headers:
      Traceparent:
      - 00-{trace_id()}-{span_id()}-01
    body:
      encoding: UTF-8
      string: '{json.dumps(resp, separators=(",", ":"))}'
  recorded_at: {pick('Mon', 'Tue', 'Wed', 'Thu', 'Fri')}, 0{R.randint(1, 9)} Dec 2026 {R.randint(10, 23)}:{R.randint(10, 59)}:00 GMT
recorded_with: VCR 6.{R.randint(0, 3)}.0"""
    return "vcr-cassette", wrap(lang, art(lang, "la cassetta VCR (spec/cassettes/payments/create.yml) — il filtro non ha funzionato", "the VCR cassette (spec/cassettes/payments/create.yml) - filter_sensitive_data didn't kick in"), body), secs


@sec
def polly_recording(lang):
    cid, cs = client_id(), client_secret()
    b = basic_blob(cid, cs)
    secs = [("client_secret", b)]
    at = access_token(); secs.append(("access_token", at))
    body = json.dumps({"log": {"_recordingName": pick("oauth/client-credentials", "token-flow"), "creator": {"name": "Polly.JS", "version": "6.0.6"},
            "entries": [{"_id": hexs(32), "request": {"method": "POST", "url": api() + "/oauth/token", "headers": [{"name": "authorization", "value": "Basic " + b}, {"name": "x-correlation-id", "value": uuid4()}]},
                         "response": {"status": 200, "content": {"mimeType": "application/json", "text": json.dumps({"access_token": at, "expires_in": 900})}}}]}}, indent=2)
    return "polly-har", wrap(lang, art(lang, "la registrazione Polly", "the Polly recording"), body), secs


@sec
def nock_recording(lang):
    cid, cs = client_id(), client_secret()
    secs = [("client_secret", cs)]
    at = access_token(); secs.append(("access_token", at))
    body = f"""nock('{api()}', {{"encodedQueryParams":true}})
  .post('/oauth/token', "grant_type=client_credentials&client_id={cid}&client_secret={cs}")
  .reply(200, {{"access_token":"{at}","token_type":"Bearer","expires_in":{pick(300, 3600)}}}, [
  'Content-Type',
  'application/json',
  'X-Request-Id',
  '{uuid4()}'
]);"""
    return "nock", wrap(lang, art(lang, "quello che ha registrato nock.recorder.rec()", "what nock.recorder.rec() printed"), body), secs


@sec
def wiremock_mapping(lang):
    secs = []
    t = access_token(); secs.append(("access_token", t))
    resp = {"paymentId": payment_id(), "status": "AUTHORISED"}
    if R.random() < 0.6:
        c = card_raw(); resp["card"] = {"number": c, "expiry": f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"}; secs.append(("card_number", c))
        if R.random() < 0.5:
            v = cvv(len(c) == 15); resp["card"]["cvc"] = v; secs.append(("cvv", v))
    m = {"id": uuid4(), "request": {"method": "POST", "urlPath": "/v1/payments", "headers": {"Authorization": {"equalTo": f"Bearer {t}"}}},
         "response": {"status": 201, "jsonBody": resp, "headers": {"Content-Type": "application/json"}}, "uuid": uuid4()}
    return "wiremock", wrap(lang, art(lang, "il mapping WireMock che usiamo per simulare il vostro endpoint", "our WireMock mapping that stubs your endpoint"), json.dumps(m, indent=2)), secs


@sec
def mockserver(lang):
    cid, cs = client_id(), client_secret()
    secs = [("client_secret", cs)]
    body = json.dumps({"httpRequest": {"method": "POST", "path": "/oauth2/token", "body": {"type": "PARAMETERS", "parameters": {"client_id": [cid], "client_secret": [cs], "grant_type": ["client_credentials"]}}},
                       "httpResponse": {"statusCode": 200, "body": {"access_token": "stub", "expires_in": 60}}}, indent=2)
    return "mockserver", wrap(lang, art(lang, "l'expectation di MockServer", "the MockServer expectation"), body), secs


@sec
def pact_file(lang):
    t = access_token(); secs = [("access_token", t)]
    resp = {"consentId": consent_id(), "consentStatus": "valid"}
    if R.random() < 0.4:
        i = iban_raw(); resp["access"] = {"accounts": [{"iban": i}]}; secs.append(("iban", i))
    pact = {"consumer": {"name": pick("shop-frontend", "checkout-service", "ais-aggregator")}, "provider": {"name": pick("payments-api", "psd2-gateway")},
            "interactions": [{"description": pick("a request to create a consent", "a payment initiation"), "providerState": "a valid PSU",
                              "request": {"method": "POST", "path": "/v1/consents", "headers": {"Authorization": f"Bearer {t}", "Content-Type": "application/json"}},
                              "response": {"status": 201, "body": resp}}], "metadata": {"pactSpecification": {"version": "2.0.0"}}}
    return "pact", wrap(lang, art(lang, "il pact file generato dal consumer (pacts/*.json)", "the pact file our consumer generated"), json.dumps(pact, indent=2)), secs


@sec
def storage_state(lang):
    sc = session_cookie(); secs = [("access_token", sc)]
    cookies = [{"name": pick("SESSION", "sid", "connect.sid", "__Host-session", "JSESSIONID", "auth_session"), "value": sc, "domain": pick("sandbox.openbanca.it", "dashboard.sandbox.nuvolapay.eu", "localhost"),
                "path": "/", "expires": 1790000000 + R.randint(0, 9999999), "httpOnly": True, "secure": True, "sameSite": "Lax"},
               {"name": "cookie_consent", "value": pick("accepted", "all"), "domain": "localhost", "path": "/", "expires": -1, "httpOnly": False, "secure": False, "sameSite": "Lax"}]
    ls = [{"name": "locale", "value": pick("it-IT", "en-GB")}]
    if R.random() < 0.6:
        t = pick(jwt(), access_token()); ls.append({"name": pick("access_token", "auth.token", "oidc.user:sbx:web"), "value": t}); secs.append(("access_token", t))
    if R.random() < 0.3:
        rt = refresh_token(); ls.append({"name": "refresh_token", "value": rt}); secs.append(("refresh_token", rt))
    st = {"cookies": cookies, "origins": [{"origin": "http://localhost:3000", "localStorage": ls}]}
    return "playwright-storage", wrap(lang, art(lang, "il storageState.json che salva il setup globale di Playwright", "the storageState.json our Playwright global setup saves"), json.dumps(st, indent=2)), secs


@sec
def cypress_env(lang):
    secs = []
    d = {"baseUrl": "http://localhost:3000", "apiUrl": api()}
    for k in R.sample(["pw", "otp", "card", "key", "cs"], R.randint(1, 3)):
        if k == "pw":
            p = password(); d["psuUsername"] = email(); d[pick("psuPassword", "password", "adminPass")] = p; secs.append(("password", p))
        elif k == "otp":
            o = pin(6); d[pick("scaOtp", "smsCode", "otpSandbox")] = o; secs.append(("pin", o))
        elif k == "card":
            c = card_raw(); v = cvv(len(c) == 15); d["testCard"] = {"pan": fmt_card(c, pick("plain", "space")), "cvc": v, "exp": "12/30"}
            secs += [("card_number", d["testCard"]["pan"]), ("cvv", v)]
        elif k == "key":
            kk = provider_key(); d["apiKey"] = kk; secs.append(("access_token", kk))
        else:
            cs = client_secret(); d["clientSecret"] = cs; d["clientId"] = client_id(); secs.append(("client_secret", cs))
    return "cypress-env", wrap(lang, art(lang, "il nostro cypress.env.json", "our cypress.env.json"), json.dumps(d, indent=2)), secs


@sec
def cypress_fixture(lang):
    secs = []
    users = []
    for _ in range(R.randint(1, 3)):
        u = {"id": uuid4(), "name": full_name(), "email": email()}
        r = R.random()
        if r < 0.35:
            c = card_raw(); v = cvv(len(c) == 15); u["card"] = {"number": fmt_card(c), "cvv": v}; secs += [("card_number", u["card"]["number"]), ("cvv", v)]
        elif r < 0.7:
            i = fmt_iban(iban_raw()); u["iban"] = i; secs.append(("iban", i))
        else:
            p = password(); u["password"] = p; secs.append(("password", p))
        users.append(u)
    return "cypress-fixture", wrap(lang, art(lang, "cypress/fixtures/users.json", "cypress/fixtures/users.json"), json.dumps(users, indent=2, ensure_ascii=False)), secs


@sec
def selenium_caps(lang):
    lab, key = pick(("BROWSERSTACK_ACCESS_KEY", rs(ALNUM, 20)), ("SAUCE_ACCESS_KEY", uuid4()), ("LT_ACCESS_KEY", rs(ALNUM, 50)))
    user = pick("qa_bottega", "sdet.ci", "carrello_ci") + digits(2)
    secs = [("vendor_key", key)]
    if R.random() < 0.5:
        body = f"""const capabilities = {{
  'bstack:options': {{
    os: 'Windows', osVersion: '11',
    userName: '{user}',
    accessKey: '{key}',
    buildName: 'checkout-e2e #{R.randint(100, 999)}',
  }},
  browserName: 'Chrome',
}};
const driver = new Builder().usingServer('https://hub-cloud.browserstack.com/wd/hub').withCapabilities(capabilities).build();"""
    else:
        body = f"""{{
  "platformName": "Android",
  "appium:deviceName": "Samsung Galaxy S23",
  "appium:app": "bs://{hexs(40)}",
  "appium:automationName": "UiAutomator2",
  "sauce:options": {{"username": "{user}", "accessKey": "{key}", "build": "{sha40()[:7]}"}}
}}"""
    return "capabilities", wrap(lang, art(lang, "le capabilities che passiamo al grid", "the capabilities we pass to the grid"), body), secs


@sec
def jest_snapshot(lang):
    secs = []
    r = R.random()
    if r < 0.4:
        t = jwt(); secs.append(("access_token", t))
        inner = f'    "headers": Object {{\n      "Authorization": "Bearer {t}",\n      "X-Request-Id": "{uuid4()}",\n    }},'
    elif r < 0.7:
        c = card_raw(); secs.append(("card_number", c)); v = cvv(len(c) == 15); secs.append(("cvv", v))
        inner = f'    "card": Object {{\n      "cvc": "{v}",\n      "number": "{c}",\n    }},'
    else:
        i = iban_raw(); secs.append(("iban", i))
        inner = f'    "creditor": Object {{\n      "iban": "{i}",\n      "name": "{full_name()}",\n    }},'
    body = f"""// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`PaymentClient builds the request {pick('for SEPA', 'with card', 'with auth')} 1`] = `
Object {{
  "body": Object {{
    "amount": "{R.randint(1, 99)}.{R.randint(10, 99)}",
{inner}
  }},
  "method": "POST",
}}
`;"""
    return "jest-snapshot", wrap(lang, art(lang, "lo snapshot di Jest committato per sbaglio", "the Jest snapshot we committed by mistake"), body), secs


@sec
def pytest_conftest(lang):
    secs = []
    cs = client_secret(); secs.append(("client_secret", cs))
    extra = ""
    if R.random() < 0.5:
        p = password(); secs.append(("password", p))
        extra = f"\n\n@pytest.fixture\ndef psu_credentials():\n    return {{\"username\": \"{email()}\", \"password\": \"{p}\"}}"
    if R.random() < 0.3:
        k = pem(); secs.append(("private_key", k))
        extra += f'\n\nSANDBOX_QSEAL_KEY = """{k}"""'
    cmt = art(lang, "# TODO spostare in vault, per ora va bene così", "# TODO move to vault, fine for now")
    body = f"""import pytest
from sportello_sdk import Client

{cmt}
CLIENT_ID = "{client_id()}"
CLIENT_SECRET = "{cs}"


@pytest.fixture(scope="session")
def api_client():
    return Client(base_url="{api()}", client_id=CLIENT_ID, client_secret=CLIENT_SECRET){extra}"""
    return "python", wrap(lang, art(lang, "il nostro conftest.py", "our conftest.py"), body), secs


@sec
def factory_seed(lang):
    secs = []
    if R.random() < 0.5:
        i = iban_raw(); c = card_raw(False); secs += [("iban", i), ("card_number", c)]
        body = f"""import factory
from faker import Faker

Faker.seed({R.randint(1, 9999)})

class EndUserFactory(factory.Factory):
    class Meta:
        model = EndUser

    name = factory.Faker("name", locale="{pick('it_IT', 'en_GB', 'de_DE')}")
    # {art(lang, 'valori fissi perché il mock della banca li vuole così', 'fixed values because the bank mock expects them')}
    iban = "{i}"
    card_number = "{c}"
    payment_ref = "{payment_id()}\""""
    else:
        p = password(); c = card_raw(); secs += [("password", p), ("card_number", fmt_card(c, "space"))]
        body = f"""FactoryBot.define do
  factory :customer do
    email {{ "{email()}" }}
    password {{ "{p}" }}
    # {art(lang, 'carta di test', 'test card')}
    card_number {{ "{fmt_card(c, 'space')}" }}
    consent_id {{ "{consent_id()}" }}
  end
end"""
    return "factory", wrap(lang, art(lang, "la factory che popola il db di test", "the factory that seeds the test DB"), body), secs


@sec
def sql_fixture(lang):
    secs = []
    rows = []
    kind = pick("card", "iban", "pw", "bank")
    for n in range(R.randint(2, 4)):
        uid = R.randint(100, 9999)
        if kind == "card":
            c = card_raw(); v = cvv(len(c) == 15); secs += [("card_number", c), ("cvv", v)]
            rows.append(f"({uid}, '{full_name()}', '{c}', '{v}', '{R.randint(1, 12):02d}/{R.randint(27, 31)}')")
            cols = "(id, holder, pan, cvv, expiry)"; tbl = "test_cards"
        elif kind == "iban":
            i = iban_raw(); secs.append(("iban", i))
            rows.append(f"({uid}, '{full_name()}', '{i}', '{bic()}')")
            cols = "(id, nome, iban, bic)"; tbl = "beneficiari"
        elif kind == "pw":
            p = password(); secs.append(("password", p))
            rows.append(f"({uid}, '{email()}', '{p}', {pick('true', 'false')})")
            cols = "(id, email, password, is_admin)"; tbl = "users"
        else:
            cin, abi, cab, conto = it_parts(); secs.append(("bank_account", conto))
            rows.append(f"({uid}, '{full_name()}', '{abi}', '{cab}', '{conto}')")
            cols = "(id, intestatario, abi, cab, conto)"; tbl = "conti_test"
    body = f"-- seeds/{tbl}.sql\nINSERT INTO {tbl} {cols} VALUES\n" + ",\n".join(rows) + ";"
    return "sql", wrap(lang, art(lang, "il seed SQL del db di collaudo", "the SQL seed of our test database"), body), secs


@sec
def yaml_fixture(lang):
    secs = []
    out = []
    for n in range(R.randint(1, 3)):
        key = pick("mario", "admin", "buyer", "merchant", "psu") + f"_{n + 1}"
        lines = [f"{key}:", f"  email: {email()}"]
        r = R.random()
        if r < 0.3:
            p = password(); lines.append(f"  password: \"{p}\""); secs.append(("password", p))
        elif r < 0.55:
            s, a = gb_parts(); lines.append(f"  sort_code: \"{s[:2]}-{s[2:4]}-{s[4:]}\""); lines.append(f"  account_number: \"{a}\""); secs.append(("bank_account", a))
        elif r < 0.75:
            b, g, c, k = fr_parts(); rib = f"{b} {g} {c} {k}"; lines.append(f"  rib: \"{rib}\""); secs.append(("bank_account", rib))
        else:
            o = pin(pick(4, 5)); lines.append(f"  card_pin: \"{o}\""); secs.append(("pin", o))
        out.append("\n".join(lines))
    body = "# test/fixtures/customers.yml\n" + "\n\n".join(out)
    return "yaml", wrap(lang, art(lang, "le fixture YAML", "the YAML fixtures"), body), secs


@sec
def k6_script(lang):
    k = provider_key(); secs = [("access_token", k)]
    body = f"""import http from 'k6/http';
import {{ check }} from 'k6';

export const options = {{ vus: {R.randint(5, 200)}, duration: '{R.randint(1, 30)}m' }};
const API_KEY = '{k}'; // {art(lang, 'chiave sandbox', 'sandbox key')}

export default function () {{
  const res = http.post('{api()}/payments', JSON.stringify({{ amount: {R.randint(1, 99)} }}), {{
    headers: {{ 'X-Api-Key': API_KEY, 'Content-Type': 'application/json' }},
  }});
  check(res, {{ 'is 201': (r) => r.status === 201 }});
}}"""
    return "k6", wrap(lang, art(lang, "lo script k6", "the k6 script"), body), secs


@sec
def locust_file(lang):
    cs = client_secret(); secs = [("client_secret", cs)]
    body = f"""from locust import HttpUser, task, between

class PsuUser(HttpUser):
    wait_time = between(1, 3)
    host = "{api()}"

    def on_start(self):
        r = self.client.post("/oauth/token", data={{"grant_type": "client_credentials",
            "client_id": "{client_id()}", "client_secret": "{cs}"}})
        self.token = r.json()["access_token"]

    @task
    def balances(self):
        self.client.get("/accounts", headers={{"Authorization": f"Bearer {{self.token}}"}})"""
    return "locust", wrap(lang, art(lang, "il locustfile", "the locustfile"), body), secs


@sec
def csv_feeder(lang):
    secs = []
    kind = pick("users", "cards", "ibans", "es")
    lines = []
    if kind == "users":
        lines.append(pick("username,password,otp", "user;pwd;sms_code"))
        sep = "," if "," in lines[0] else ";"
        for _ in range(R.randint(2, 5)):
            p, o = password().replace(",", "").replace(";", ""), pin(6)
            lines.append(sep.join([email(), p, o])); secs += [("password", p), ("pin", o)]
    elif kind == "cards":
        lines.append("pan,exp,cvv,amount")
        for _ in range(R.randint(2, 5)):
            c = card_raw(); v = cvv(len(c) == 15)
            lines.append(f"{c},{R.randint(1, 12):02d}/{R.randint(27, 31)},{v},{R.randint(1, 500)}.00"); secs += [("card_number", c), ("cvv", v)]
    elif kind == "ibans":
        lines.append("creditorName;creditorIban;amount;remittance")
        for _ in range(R.randint(2, 5)):
            i = iban_raw(); lines.append(f"{full_name()};{i};{R.randint(1, 900)},00;TEST {digits(6)}"); secs.append(("iban", i))
    else:
        lines.append("titular,ccc,importe")
        for _ in range(R.randint(2, 4)):
            e, o, dc, c = es_parts(); v = pick(f"{e}-{o}-{dc}-{c}", f"{e} {o} {dc} {c}", e + o + dc + c)
            lines.append(f"{full_name()},{v},{R.randint(1, 900)}.00"); secs.append(("bank_account", v))
    tool = pick("JMeter (CSV Data Set Config)", "Gatling feeder", "k6 SharedArray")
    body = f"# {tool} - data/{pick('psu', 'cards', 'bonifici', 'cuentas')}.csv\n" + "\n".join(lines)
    return "csv", wrap(lang, art(lang, f"il CSV che diamo a {tool}", f"the CSV we feed to {tool}"), body), secs


@sec
def junit_xml(lang):
    secs = []
    r = R.random()
    if r < 0.4:
        t = access_token(); secs.append(("access_token", t)); captured = f"DEBUG http: > Authorization: Bearer {t}\nDEBUG http: < HTTP/1.1 401"
    elif r < 0.7:
        p = password(); u = email(); secs.append(("password", p)); captured = f"INFO login as {u} / {p}\nERROR LoginPage: expected dashboard, got error banner"
    else:
        rt = refresh_token(); secs.append(("refresh_token", rt)); captured = f"POST /oauth/token grant_type=refresh_token&refresh_token={rt}\n-> 400 invalid_grant"
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="{pick('api-tests', 'e2e', 'integration')}" tests="{R.randint(20, 300)}" failures="1" time="{R.randint(10, 900)}.{R.randint(100, 999)}">
  <testsuite name="{pick('PaymentsIT', 'ConsentFlowTest', 'RefundSpec')}" tests="{R.randint(5, 40)}" failures="1">
    <testcase classname="com.{pick('bottega', 'acme')}.it.{pick('PaymentsIT', 'ConsentFlowTest')}" name="{pick('createsPayment', 'refreshesToken', 'loginWithSca')}" time="{R.randint(1, 20)}.{R.randint(1, 999)}">
      <failure message="expected: &lt;201&gt; but was: &lt;401&gt;" type="org.opentest4j.AssertionFailedError"/>
      <system-out><![CDATA[{captured}]]></system-out>
    </testcase>
  </testsuite>
</testsuites>"""
    return "junit-xml", wrap(lang, art(lang, "il report JUnit (target/surefire-reports)", "the JUnit report (build/test-results)"), body), secs


@sec
def allure_report(lang):
    secs = []
    c = card_raw(); v = cvv(len(c) == 15)
    r = R.random()
    if r < 0.5:
        fc = fmt_card(c); msg = f"AssertionError: payment with card {fc} cvc {v} expected AUTHORISED got REFUSED"; secs += [("card_number", fc), ("cvv", v)]
    else:
        o = pin(6); p = password(); msg = f"TimeoutError: SCA page did not accept otp={o} for psu password={p}"; secs += [("pin", o), ("password", p)]
    rep = {"uuid": uuid4(), "historyId": hexs(32), "name": pick("checkout with 3DS", "SCA redirect flow", "pagamento con carta"), "status": "failed",
           "statusDetails": {"message": msg, "trace": f"at Context.<anonymous> (tests/{pick('checkout', 'sca')}.spec.ts:{R.randint(10, 300)}:{R.randint(1, 40)})"},
           "labels": [{"name": "suite", "value": "e2e"}, {"name": "host", "value": f"runner-{hexs(8)}"}], "start": 1764700000000 + R.randint(0, 9999999)}
    tool = pick("Allure (allure-results/*-result.json)", "Mochawesome (mochawesome.json)")
    if "Mocha" in tool:
        rep = {"stats": {"suites": 1, "tests": R.randint(5, 60), "failures": 1}, "results": [{"uuid": uuid4(), "title": rep["name"], "tests": [{"title": rep["name"], "state": "failed", "err": {"message": msg}}]}]}
    return "test-report", wrap(lang, art(lang, f"il report {tool}", f"the {tool} report"), json.dumps(rep, indent=2)), secs


@sec
def ci_log(lang):
    secs = []
    plat = pick("gha", "gitlab", "jenkins")
    r = R.random()
    if r < 0.3:
        a, s = aws_pair(); secs += [("vendor_key", a), ("vendor_key", s)]
        leak = f"+ aws configure set aws_access_key_id {a}\n+ aws configure set aws_secret_access_key {s}"
    elif r < 0.55:
        lab, v = vendor(); secs.append(("vendor_key", v)); leak = f"+ echo \"{lab}={v}\" >> .env.ci"
    elif r < 0.8:
        cs = client_secret(); enc = base64.b64encode(cs.encode()).decode()
        secs.append(("client_secret", cs)); leak = f"$ echo $CLIENT_SECRET_B64 | base64 -d\n{cs}"
    else:
        p = password(); secs.append(("password", p)); leak = f"+ psql postgresql://qa:{p}@localhost:5432/payments_test -c 'select 1'"
    if plat == "gha":
        body = f"Run ./scripts/e2e.sh\n  shell: /usr/bin/bash -e {{0}}\n  env:\n    CLIENT_ID: {client_id()}\n    API_KEY: ***\n{leak}\nError: Process completed with exit code 1."
    elif plat == "gitlab":
        body = f"Running with gitlab-runner 16.{R.randint(1, 11)}.0 ({hexs(8)})\n$ export API_KEY=[MASKED]\n{leak}\nERROR: Job failed: exit code 1"
    else:
        body = f"[Pipeline] sh\n+ set +x\n{leak}\n[Pipeline] }}\nFinished: FAILURE"
    return "ci-log", wrap(lang, art(lang, "il log del job di test", "the test job log"), body), secs


@sec
def compose_test(lang):
    p = password(); secs = [("password", p)]
    extra = ""
    if R.random() < 0.5:
        p2 = password(); secs.append(("password", p2)); extra = f"\n      - REDIS_PASSWORD={p2}"
    body = f"""# docker-compose.test.yml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: qa
      POSTGRES_PASSWORD: "{p}"
  app:
    build: .
    environment:
      - DATABASE_URL=postgres://qa:{p}@db:5432/app_test{extra}
      - PAYMENTS_BASE_URL={api()}"""
    return "docker-compose", wrap(lang, art(lang, "il compose dei test", "our test compose file"), body), secs


@sec
def testcontainers(lang):
    p = password(); secs = [("password", p)]
    body = f"""@Container
static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine")
        .withDatabaseName("payments_it")
        .withUsername("{pick('it', 'qa', 'test')}")
        .withPassword("{p}");"""
    if R.random() < 0.5:
        k = provider_key(); secs.append(("access_token", k))
        body += f'\n\n@DynamicPropertySource\nstatic void props(DynamicPropertyRegistry r) {{\n    r.add("provider.api-key", () -> "{k}");\n}}'
    return "java", wrap(lang, art(lang, "la classe di test con Testcontainers", "our Testcontainers test class"), body), secs


@sec
def env_test(lang):
    secs = []
    lines = [f"# .env.{pick('test', 'ci', 'e2e')}", f"API_BASE_URL={api()}", f"CLIENT_ID={client_id()}"]
    for k in R.sample(["cs", "vk", "pw", "rt", "pk", "vk2"], R.randint(1, 3)):
        if k == "cs":
            v = client_secret(); lines.append(f"CLIENT_SECRET={v}"); secs.append(("client_secret", v))
        elif k in ("vk", "vk2"):
            lab, v = vendor(); lines.append(f"{lab}={v}"); secs.append(("vendor_key", v))
        elif k == "pw":
            v = password(); lines.append(f"TEST_USER_PASSWORD='{v}'"); secs.append(("password", v))
        elif k == "rt":
            v = refresh_token(); lines.append(f"SANDBOX_REFRESH_TOKEN={v}"); secs.append(("refresh_token", v))
        else:
            v = pem(escaped=True); lines.append(f'MTLS_CLIENT_KEY="{v}"'); secs.append(("private_key", v))
    lines.append(f"LOG_LEVEL=debug")
    return "env", wrap(lang, art(lang, "il file .env dei test", "the .env file of the test job"), "\n".join(lines)), secs


@sec
def gherkin(lang):
    secs = []
    kind = pick("card", "pin", "iban", "login", "bank")
    if lang == "it":
        head = "# language: it\nFunzionalità: " + pick("Pagamento con carta", "Accesso PSU", "Bonifico SEPA", "Addebito su conto") + "\n\n  Schema dello scenario: " + pick("esito atteso", "flusso completo") + "\n    Dato che "
        ex = "\n\n    Esempi:\n"
    else:
        head = "Feature: " + pick("Card payment", "PSU login", "SEPA transfer", "Direct debit") + "\n\n  Scenario Outline: " + pick("expected outcome", "happy path") + "\n    Given "
        ex = "\n\n    Examples:\n"
    if kind == "card":
        rows = ["      | pan | cvv | esito |" if lang == "it" else "      | pan | cvv | outcome |"]
        for _ in range(R.randint(2, 4)):
            c = card_raw(); v = cvv(len(c) == 15); rows.append(f"      | {c} | {v} | {pick('AUTHORISED', 'REFUSED')} |"); secs += [("card_number", c), ("cvv", v)]
        steps = art(lang, "l'utente inserisce la carta <pan> con CVV <cvv>\n    Allora il pagamento è <esito>", "the shopper enters card <pan> with CVV <cvv>\n    Then the payment is <outcome>")
    elif kind == "pin":
        rows = ["      | user | otp |"]
        for _ in range(R.randint(2, 4)):
            o = pin(6); rows.append(f"      | {email()} | {o} |"); secs.append(("pin", o))
        steps = art(lang, "il PSU <user> conferma con OTP <otp>\n    Allora il consenso è valido", "PSU <user> confirms with OTP <otp>\n    Then the consent is valid")
    elif kind == "iban":
        rows = ["      | iban | importo |"]
        for _ in range(R.randint(2, 4)):
            i = iban_raw(); rows.append(f"      | {i} | {R.randint(1, 99)}.00 |"); secs.append(("iban", i))
        steps = art(lang, "un bonifico verso <iban> di <importo> EUR\n    Allora lo stato è ACSC", "a transfer to <iban> of <importo> EUR\n    Then the status is ACSC")
    elif kind == "login":
        rows = ["      | username | password |"]
        for _ in range(R.randint(2, 3)):
            p = password().replace("|", "!"); rows.append(f"      | {email()} | {p} |"); secs.append(("password", p))
        steps = art(lang, "il tester fa login come <username> con <password>\n    Allora vede la dashboard", "the tester logs in as <username> with <password>\n    Then the dashboard shows")
    else:
        rows = ["      | blz | kontonummer |"]
        for _ in range(R.randint(2, 3)):
            b, k = de_parts(); rows.append(f"      | {b} | {k} |"); secs.append(("bank_account", k))
        steps = art(lang, "un addebito SEPA sul conto tedesco BLZ <blz> Kontonummer <kontonummer>\n    Allora il mandato è creato", "a direct debit on German BLZ <blz> Kontonummer <kontonummer>\n    Then the mandate is created")
    body = head + steps + ex + "\n".join(rows)
    return "gherkin", wrap(lang, art(lang, "il feature file", "the feature file"), body), secs


@sec
def fuzz_output(lang):
    t = access_token(); secs = [("access_token", t)]
    tool = pick("schemathesis", "restler", "ffuf", "atheris")
    if tool == "schemathesis":
        body = f"""$ schemathesis run openapi.yaml --base-url {api()} -H "Authorization: Bearer {t}" --checks all
=================== Schemathesis test session starts ===================
POST /v1/payments F
________________________ POST /v1/payments ________________________
1. Server error
Run this cURL command to reproduce this failure:
    curl -X POST -H 'Authorization: Bearer {t}' -d '{{"amount": -1e308}}' {api()}/v1/payments
Test Case ID: {rs(ALNUM, 6)}"""
    else:
        body = f"""$ {tool} ... -H "X-Api-Key: {t}"
[crash] input id={hexs(16)} sha1={sha40()}
[*] stats: execs={R.randint(10000, 900000)} crashes=1 hangs=0"""
    return "fuzz", wrap(lang, art(lang, f"l'output di {tool}", f"the {tool} output"), body), secs


@sec
def ocr_report(lang):
    secs = []
    p = password(); o = pin(6)
    r = R.random()
    if r < 0.5:
        secs += [("password", p)]
        txt = f"✗ Login › should log in as tester   (3021 ms)\n  Expected: \"Dashboard\"\n  Received: \"Credenziali non valide\"\n  > 12 | await page.fill('#password', '{p}')"
    else:
        c = card_raw(); fc = fmt_card(c, "space"); secs += [("card_number", fc), ("pin", o)]
        txt = f"FAILED checkout.spec.ts:88 pay with test card\n  card: {fc}\n  3DS code: {o}\n  Error: Timed out 30000ms waiting for expect(locator).toBeVisible()"
    pre = art(lang, "Vi trascrivo lo screenshot del report (testo riconosciuto dal telefono):", "OCR of the failing report screenshot (copied from my phone):")
    return "ocr", pre + "\n\n" + txt + outro(lang), secs


@sec
def manual_bug(lang):
    secs = []
    u = email(); p = password(); o = pin(pick(4, 6))
    c = card_raw(); fc = fmt_card(c); v = cvv(len(c) == 15)
    parts = R.sample(["pw", "otp", "card"], R.randint(1, 3))
    if lang == "it":
        lines = [f"BUG-{R.randint(100, 999)} — {pick('Il pagamento resta in pending', 'Errore dopo SCA', 'Doppio addebito in sandbox')}", "Ambiente: sandbox", "Passi per riprodurre:"]
        n = 1
        if "pw" in parts:
            lines.append(f"{n}. accedere con utente {u} e {pick('password', 'pwd', 'pass')} {p}"); secs.append(("password", p)); n += 1
        if "card" in parts:
            lines.append(f"{n}. pagare {R.randint(1, 99)},00 € con la carta {fc} scad. 12/29 {pick('CVV', 'cvv', 'codice di sicurezza')} {v}"); secs += [("card_number", fc), ("cvv", v)]; n += 1
        if "otp" in parts:
            lines.append(f"{n}. inserire il codice SMS {o} (è fisso in sandbox)"); secs.append(("pin", o)); n += 1
        lines.append("Risultato atteso: pagamento autorizzato\nRisultato ottenuto: schermata bianca, request id " + uuid4())
    else:
        lines = [f"BUG-{R.randint(100, 999)} - {pick('Payment stuck in pending', 'Error after SCA', 'Double charge in sandbox')}", "Env: sandbox", "Steps:"]
        n = 1
        if "pw" in parts:
            lines.append(f"{n}. log in as {u}, {pick('password', 'pwd', 'Passwort', 'mot de passe', 'contraseña')} {p}"); secs.append(("password", p)); n += 1
        if "card" in parts:
            lines.append(f"{n}. pay €{R.randint(1, 99)} with card {fc} exp 12/29 {pick('CVV', 'CVC', 'security code')} {v}"); secs += [("card_number", fc), ("cvv", v)]; n += 1
        if "otp" in parts:
            lines.append(f"{n}. enter SMS code {o} (it's fixed in sandbox)"); secs.append(("pin", o)); n += 1
        lines.append("Expected: payment authorised\nActual: blank screen, request id " + uuid4())
    return "bug-report", "\n".join(lines) + outro(lang), secs


@sec
def test_plan(lang):
    secs = []
    md = R.random() < 0.5
    hdr = art(lang, ["ID", "Caso di test", "Utente", "Password", "Dati"], ["ID", "Test case", "User", "Password", "Data"])
    rows = []
    for n in range(R.randint(2, 4)):
        p = password().replace("|", "!").replace(",", ".")
        r = R.random()
        if r < 0.4:
            i = iban_raw(); d = i; secs.append(("iban", i))
        elif r < 0.7:
            cin, abi, cab, conto = it_parts(); d = f"ABI {abi} CAB {cab} c/c {conto}"; secs.append(("bank_account", conto))
        else:
            d = f"consent {consent_id()}"
        secs.append(("password", p))
        rows.append([f"TC-{R.randint(100, 999)}", pick("login PSU", "pagamento SEPA", "revoca consenso", "refund parziale") if lang == "it" else pick("PSU login", "SEPA payment", "consent revocation", "partial refund"), email(), p, d])
    if md:
        body = "| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows)
    else:
        body = ",".join(hdr) + "\n" + "\n".join(",".join(r) for r in rows)
    return "test-plan", wrap(lang, art(lang, "il piano di test con le utenze", "the test plan with the test accounts"), body), secs


@sec
def sandbox_confusion(lang):
    k = R.random()
    secs = []
    if k < 0.4:
        v = provider_key(); secs.append(("access_token", v))
        body = art(lang, f"Scusate ma la chiave {v} è sandbox o live? Nel portale c'è scritto test ma risponde come produzione.",
                   f"Sorry, is key {v} sandbox or live? The portal says test but it behaves like production.")
    elif k < 0.7:
        lab, v = vendor(); secs.append(("vendor_key", v))
        body = art(lang, f"nei nostri test usiamo {lab}={v}, è solo quella di test quindi non è un problema se la incollo qui, giusto?",
                   f"our tests use {lab}={v}, it's only the test one so pasting it here is fine, right?")
    else:
        cid, cs = client_id(), client_secret(); secs.append(("client_secret", cs))
        body = art(lang, f"client_id {cid}\nsecret   {cs}\nsono le credenziali del sandbox, non capisco perché il token endpoint dice invalid_client.",
                   f"client_id {cid}\nsecret   {cs}\nthese are the sandbox credentials, no idea why the token endpoint says invalid_client.")
    return "chat", body + outro(lang), secs


@sec
def test_cards_prose(lang):
    secs = []
    c = R.choice(PUBLISHED); fc = fmt_card(c, pick("plain", "space")); secs.append(("card_number", fc))
    extra = ""
    if R.random() < 0.5:
        v = cvv(len(c) == 15); secs.append(("cvv", v)); extra = art(lang, f" con CVC {v}", f" with CVC {v}")
    i = None
    if R.random() < 0.4:
        i = iban_raw(pick("DE", "NL", "IT")); secs.append(("iban", i))
    body = art(lang, f"Stiamo usando la carta di test pubblicata nella vostra documentazione, {fc}{extra}, ma il 3DS non parte." + (f" Per il SEPA invece l'IBAN di test {i}." if i else ""),
               f"We're using the test card from your docs, {fc}{extra}, but 3DS never triggers." + (f" For SEPA we use the test IBAN {i}." if i else ""))
    return "email", body + outro(lang), secs


@sec
def private_key_resource(lang):
    k = pem(); secs = [("private_key", k)]
    path = pick("src/test/resources/certs/sandbox-client.key", "tests/fixtures/qseal_test.pem", "e2e/mtls/client-key.pem", "spec/support/keys/sbx_transport.key")
    body = f"$ cat {path}\n{k}"
    if R.random() < 0.4:
        body += "\n$ cat " + path.replace("key", "crt").replace(".pem", ".crt") + "\n" + cert_pem()
    return "terminal", wrap(lang, art(lang, "il certificato mTLS di test che usiamo nei test di integrazione", "the test mTLS material our integration tests use"), body), secs


@sec
def private_key_escaped(lang):
    k = pem(escaped=True); secs = [("private_key", k)]
    where = pick("postman", "json", "yaml")
    if where == "postman":
        body = json.dumps({"key": "qsealPrivateKey", "value": "__K__", "type": "secret", "enabled": True}, indent=2).replace("__K__", k)
    elif where == "json":
        body = '{\n  "certPath": "certs/qwac_test.crt",\n  "privateKey": "' + k + '",\n  "kid": "' + hexs(16) + '"\n}'
    else:
        k = pem(indent="    "); secs = [("private_key", k)]
        body = f"signing:\n  kid: {hexs(16)}\n  key: |\n    {k}"
    return "config", wrap(lang, art(lang, "la config dei test di firma (QSEAL di test)", "the signing test config (test QSEAL)"), body), secs


@sec
def bank_accounts_mixed(lang):
    secs = []
    k = pick("uk", "it", "de", "fr", "es")
    if k == "uk":
        s, a = gb_parts(); secs.append(("bank_account", a)); d = art(lang, f"sort code {s[:2]}-{s[2:4]}-{s[4:]}, conto {a}", f"sort code {s[:2]}-{s[2:4]}-{s[4:]}, account no. {a}")
    elif k == "it":
        cin, abi, cab, conto = it_parts()
        if R.random() < 0.5:
            v = cin + abi + cab + conto; secs.append(("bank_account", v)); d = f"BBAN {v}"
        else:
            secs.append(("bank_account", conto)); d = f"CIN {cin} ABI {abi} CAB {cab} conto {conto}"
    elif k == "de":
        b, kn = de_parts(); secs.append(("bank_account", kn)); d = f"BLZ {b}, Kontonummer {kn}"
    elif k == "fr":
        b, g, c, key = fr_parts(); secs.append(("bank_account", c)); d = f"code banque {b} / guichet {g} / n° de compte {c} / clé RIB {key}"
    else:
        e, o, dc, c = es_parts(); v = f"{e} {o} {dc} {c}"; secs.append(("bank_account", v)); d = f"CCC {v}"
    body = art(lang, f"Il test di verifica del beneficiario fallisce per questo utente di prova ({full_name()}): {d}. Il mock della banca dice 'account not found'.",
               f"The payee-verification test fails for this test user ({full_name()}): {d}. The bank mock says 'account not found'.")
    return "email", body + outro(lang), secs


@sec
def vendor_in_workflow(lang):
    lab, v = vendor(); secs = [("vendor_key", v)]
    body = f"""# .github/workflows/e2e.yml
name: e2e
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      {lab}: {v}
      CLIENT_SECRET: ${{{{ secrets.SANDBOX_CLIENT_SECRET }}}}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run test:e2e"""
    return "yaml", wrap(lang, art(lang, "il workflow (sì, lo so, la chiave andrebbe nei secrets)", "the workflow (yes, I know the key belongs in secrets)"), body), secs


@sec
def github_actions_unmasked(lang):
    t = access_token(); secs = [("access_token", t)]
    body = f"""2026-12-0{R.randint(1, 3)}T0{R.randint(1, 9)}:12:0{R.randint(1, 9)}.{digits(7)}Z ##[group]Run npm run test:contract
2026-12-0{R.randint(1, 3)}T0{R.randint(1, 9)}:12:1{R.randint(1, 9)}.{digits(7)}Z > pact-verify
2026-12-0{R.randint(1, 3)}T0{R.randint(1, 9)}:12:2{R.randint(1, 9)}.{digits(7)}Z token from helper: {t}
2026-12-0{R.randint(1, 3)}T0{R.randint(1, 9)}:12:3{R.randint(1, 9)}.{digits(7)}Z ##[error]Verification failed for interaction 'a payment initiation'"""
    note = art(lang, "il token arriva da uno step precedente quindi GitHub non lo maschera", "the token comes from a previous step so GitHub doesn't mask it")
    return "ci-log", wrap(lang, art(lang, "il log di GitHub Actions", "the GitHub Actions log") + f" ({note})", body), secs


@sec
def sca_otp_chat(lang):
    o = pin(pick(6, 6, 8, 4)); secs = [("pin", o)]
    body = art(lang, pick(f"in sandbox il codice OTP per lo user psu{R.randint(1, 9)} è sempre {o}? a noi dice codice errato",
                          f"Ho inserito {o} come codice SCA nella pagina di redirect, e mi torna 'authentication failed'.",
                          f"il PIN del dispositivo di test è {o}, l'app chiede di confermare ma poi crasha"),
               pick(f"in sandbox is the OTP for user psu{R.randint(1, 9)} always {o}? we get 'wrong code'",
                    f"I typed {o} as the SCA code on the redirect page and got 'authentication failed'.",
                    f"the test device PIN is {o}, the app asks for confirmation then crashes"))
    return "chat", body + outro(lang), secs


@sec
def betamax_cassette(lang):
    cid, cs = client_id(), client_secret(); b = basic_blob(cid, cs); secs = [("client_secret", b)]
    rt = refresh_token(); secs.append(("refresh_token", rt))
    body = json.dumps({"http_interactions": [{"request": {"method": "POST", "uri": api() + "/oauth/token",
        "headers": {"Authorization": ["Basic " + b], "User-Agent": ["python-requests/2.31.0"]}, "body": {"string": f"grant_type=refresh_token&refresh_token={rt}", "encoding": "utf-8"}},
        "response": {"status": {"code": 400, "message": "Bad Request"}, "body": {"string": '{"error":"invalid_grant"}', "encoding": "utf-8"}}, "recorded_at": ts()}], "recorded_with": "betamax/0.9.0"}, indent=2)
    return "betamax", wrap(lang, art(lang, "la cassetta Betamax", "the Betamax cassette"), body), secs


@sec
def mutation_report(lang):
    p = password(); secs = [("password", p)]
    body = f"""[Survived] StringLiteral
src/auth/login.service.ts:{R.randint(10, 200)}:{R.randint(1, 30)}
-     const DEFAULT_TEST_PASSWORD = "{p}";
+     const DEFAULT_TEST_PASSWORD = "";
Tests ran: {pick('login.spec.ts', 'auth.spec.ts')}
Mutation score: {R.randint(50, 95)}.{R.randint(0, 99)}%"""
    return "stryker", wrap(lang, art(lang, "un pezzo del report di Stryker", "a chunk of the Stryker report"), body), secs


@sec
def pin_fixture(lang):
    secs = []
    o1, o2 = pin(4), pin(6)
    body = f"""{{
  "device": "{pick('Pixel 7 emulator', 'iPhone 15 sim')}",
  "psu": "{email()}",
  "appPin": "{o1}",
  "smsOtp": "{o2}",
  "requestId": "{uuid4()}"
}}"""
    secs += [("pin", o1), ("pin", o2)]
    return "json", wrap(lang, art(lang, "la fixture dell'app mobile (Appium)", "the mobile app fixture (Appium)"), body), secs


@sec
def card_in_log(lang):
    c = card_raw(); fc = fmt_card(c); v = cvv(len(c) == 15); secs = [("card_number", fc), ("cvv", v)]
    body = f"""{ts()} DEBUG PaymentServiceTest - request body: {{"card":{{"number":"{fc}","expiryMonth":"{R.randint(1, 12):02d}","expiryYear":"20{R.randint(27, 31)}","securityCode":"{v}"}},"amount":{{"value":{R.randint(100, 9999)},"currency":"EUR"}}}}
{ts()} ERROR PaymentServiceTest - expected AUTHORISED but was DECLINED (pspReference {rs(UP_ALNUM, 16)})"""
    return "log", wrap(lang, art(lang, "il log catturato dal test", "the log captured by the test"), body), secs


@sec
def refresh_only(lang):
    rt = refresh_token(); secs = [("refresh_token", rt)]
    body = art(lang, f"Il refresh token che salviamo nel setup dei test è questo:\n{rt}\nDopo 24h il vostro endpoint risponde invalid_grant anche se la doc dice 90 giorni.",
               f"This is the refresh token our test setup stores:\n{rt}\nAfter 24h your endpoint answers invalid_grant although the docs say 90 days.")
    return "email", body + outro(lang), secs


@sec
def wrapped_token(lang):
    t = jwt(); cut = R.randint(40, 90)
    v = t[:cut] + "\n" + t[cut:]
    secs = [("access_token", v)]
    body = art(lang, f"Copio dal terminale del runner (va a capo da solo):\n\nAuthorization: Bearer {v}\n\nrisposta 401 invalid_token",
               f"Copied from the runner terminal (it wraps):\n\nAuthorization: Bearer {v}\n\nresponse 401 invalid_token")
    return "terminal", body + outro(lang), secs


# ================================================================ PASS templates
P = []


def ok(fn):
    P.append(fn)
    return fn


PH_TOKEN = ["{{access_token}}", "{{token}}", "<ACCESS_TOKEN>", "${ACCESS_TOKEN}", "<your-token>", "YOUR_TOKEN_HERE", "xxxxx", "{{bearerToken}}", "$TOKEN", "<REDACTED>"]
PH_SECRET = ["{{client_secret}}", "<CLIENT_SECRET>", "${CLIENT_SECRET}", "YOUR_CLIENT_SECRET", "********", "<redacted>", "changeme", "***", "[MASKED]", "__SECRET__"]
PH_PASS = ["{{password}}", "<PASSWORD>", "${TEST_PASSWORD}", "********", "[FILTERED]", "<your-password>", "***", "REDACTED"]


@ok
def p_postman_env(lang):
    vals = [{"key": "baseUrl", "value": api(), "type": "default", "enabled": True},
            {"key": "client_id", "value": client_id(), "type": "default", "enabled": True},
            {"key": "client_secret", "value": pick("", "", pick(*PH_SECRET)), "type": "secret", "enabled": True},
            {"key": "access_token", "value": "", "type": "secret", "enabled": True},
            {"key": "consentId", "value": consent_id(), "type": "default", "enabled": True},
            {"key": "paymentId", "value": payment_id(), "type": "default", "enabled": True},
            {"key": "x_request_id", "value": uuid4(), "type": "default", "enabled": True}]
    R.shuffle(vals)
    env = {"id": uuid4(), "name": pick("Sandbox", "QA", "CI"), "values": vals, "_postman_variable_scope": "environment", "_postman_exported_at": ts()}
    note = art(lang, " (i valori secret li abbiamo svuotati prima di esportare)", " (we blanked the secret values before exporting)")
    return "postman-env", wrap(lang, art(lang, "l'environment Postman", "the Postman environment") + note, json.dumps(env, indent=2)), []


@ok
def p_postman_collection(lang):
    pre = "pm.environment.set('access_token', pm.response.json().access_token);\nconsole.log('x-request-id', pm.response.headers.get('X-Request-Id'));"
    col = {"info": {"_postman_id": uuid4(), "name": pick("Payments E2E", "AIS smoke", "Collaudo")},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": pick("{{access_token}}", "{{token}}", "{{bearer}}"), "type": "string"}]},
           "item": [{"name": "token", "event": [{"listen": "test", "script": {"exec": pre.split("\n")}}],
                     "request": {"method": "POST", "url": "{{baseUrl}}/oauth/token", "body": {"mode": "urlencoded", "urlencoded": [
                         {"key": "client_id", "value": "{{client_id}}"}, {"key": "client_secret", "value": "{{client_secret}}"}, {"key": "grant_type", "value": "client_credentials"}]}}}]}
    return "postman-collection", wrap(lang, art(lang, "la collection", "the collection"), json.dumps(col, indent=2)), []


@ok
def p_newman(lang):
    out = f"""$ newman run payments.json -e sandbox.json --env-var "clientSecret=$CLIENT_SECRET" -r cli,junit
newman

→ Create payment
  POST {api()}/payments [201 Created, {R.randint(200, 900)}B, {R.randint(50, 900)}ms]
  ✓  Status code is 201
  ✓  paymentId is present ({payment_id()})

→ Get status
  GET {api()}/payments/{payment_id()} [200 OK, {R.randint(100, 500)}B, {R.randint(20, 200)}ms]
  ✗  status is ACSC

┌─────────────────────────┬──────────┬──────────┐
│                         │ executed │   failed │
├─────────────────────────┼──────────┼──────────┤
│              iterations │        1 │        0 │
│                requests │        2 │        0 │
│              assertions │        3 │        1 │
└─────────────────────────┴──────────┴──────────┘"""
    return "newman", wrap(lang, art(lang, "l'output di newman", "the newman output"), out), []


@ok
def p_http_file(lang):
    body = f"""@host = {api()}
@token = {{{{$dotenv SANDBOX_TOKEN}}}}

### {art(lang, 'stato pagamento', 'payment status')}
GET {{{{host}}}}/payments/{payment_id()}
Authorization: Bearer {{{{token}}}}
X-Request-Id: {uuid4()}
Consent-Id: {consent_id()}"""
    return "http-file", wrap(lang, art(lang, "il file .http", "the .http file"), body), []


@ok
def p_bruno(lang):
    body = f"""meta {{
  name: get-consent
  type: http
  seq: {R.randint(1, 9)}
}}

get {{
  url: {{{{baseUrl}}}}/v1/consents/{consent_id()}
  auth: bearer
}}

auth:bearer {{
  token: {{{{accessToken}}}}
}}

vars:secret [
  clientSecret,
  accessToken
]"""
    return "bruno", wrap(lang, art(lang, "il file Bruno", "the Bruno file"), body), []


@ok
def p_vcr_redacted(lang):
    ph = pick("<REDACTED>", "FILTERED", "<ACCESS_TOKEN>", "[FILTERED]", "<BEARER_TOKEN>")
    body = f"""---
http_interactions:
- request:
    method: get
    uri: {api()}/accounts/{uuid4()}/balances
    headers:
      Authorization:
      - Bearer {ph}
      Consent-Id:
      - {consent_id()}
      X-Request-Id:
      - {uuid4()}
  response:
    status:
      code: 200
      message: OK
    headers:
      X-Trace-Id:
      - {trace_id()}
      Etag:
      - W/"{hexs(32)}"
    body:
      encoding: UTF-8
      string: '{{"balances":[{{"balanceType":"closingBooked","balanceAmount":{{"amount":"{R.randint(1, 9999)}.{R.randint(10, 99)}","currency":"EUR"}}}}],"account":{{"iban":"{pick("IT** **** **** **** **** **** ***", "<IBAN>", "DE89 **** **** **** **** 00", "FILTERED")}"}}}}'
  recorded_at: Tue, 01 Dec 2026 10:{R.randint(10, 59)}:00 GMT
recorded_with: VCR 6.2.0"""
    note = art(lang, f"(abbiamo filter_sensitive_data('{ph}') nel spec_helper)", f"(we have filter_sensitive_data('{ph}') in spec_helper)")
    return "vcr-cassette", wrap(lang, art(lang, "la cassetta", "the cassette") + " " + note, body), []


@ok
def p_nock(lang):
    body = f"""nock('{api()}')
  .post('/oauth/token', body => body.client_secret === process.env.CLIENT_SECRET)
  .reply(200, {{ access_token: 'fake-token', token_type: 'Bearer', expires_in: 3600 }})
  .get('/payments/{payment_id()}')
  .matchHeader('authorization', /^Bearer .+$/)
  .reply(200, {{ status: 'ACSC', endToEndId: '{rs(UP_ALNUM, 16)}' }});"""
    return "nock", wrap(lang, art(lang, "il nostro stub nock", "our nock stub"), body), []


@ok
def p_wiremock(lang):
    m = {"id": uuid4(), "priority": R.randint(1, 9), "request": {"method": "GET", "urlPathPattern": "/v1/payments/[a-z0-9-]+",
         "headers": {"Authorization": {"matches": "Bearer .+"}, "X-Request-ID": {"matches": "[0-9a-f-]{36}"}}},
         "response": {"status": 200, "jsonBody": {"paymentId": payment_id(), "transactionStatus": pick("ACSC", "RJCT"), "card": {"masked": masked_card(), "token": "tok_" + rs(ALNUM, 24)},
                                                  "debtorAgent": bic()}, "headers": {"X-Trace-Id": trace_id()}}}
    return "wiremock", wrap(lang, art(lang, "il mapping WireMock", "the WireMock mapping"), json.dumps(m, indent=2, ensure_ascii=False)), []


@ok
def p_mockserver(lang):
    e = {"httpRequest": {"method": "POST", "path": "/oauth2/token", "headers": {"Authorization": ["Basic .*"]}},
         "httpResponse": {"statusCode": 200, "body": {"access_token": pick("dummy", "stub-token", "TEST_TOKEN"), "expires_in": 60}}, "times": {"unlimited": True}, "id": uuid4()}
    return "mockserver", wrap(lang, art(lang, "l'expectation MockServer", "the MockServer expectation"), json.dumps(e, indent=2)), []


@ok
def p_pact(lang):
    pact = {"consumer": {"name": "checkout"}, "provider": {"name": "payments-api"},
            "interactions": [{"description": "a payment status request", "request": {"method": "GET", "path": f"/v1/payments/{payment_id()}",
                              "headers": {"Authorization": "Bearer " + pick("<ACCESS_TOKEN>", "{{token}}", "test-token")}},
                              "response": {"status": 200, "body": {"paymentId": payment_id(), "status": "ACSC"},
                                           "matchingRules": {"$.header.Authorization": {"match": "regex", "regex": "Bearer [A-Za-z0-9\\-._~+/]+=*"}}}}],
            "metadata": {"pactSpecification": {"version": "3.0.0"}, "pact-js": {"version": "12.1.0"}}}
    return "pact", wrap(lang, art(lang, "il pact", "the pact file") + f" (pact broker build {R.randint(100, 9999)}, sha {sha40()[:12]})", json.dumps(pact, indent=2)), []


@ok
def p_storage_state(lang):
    st = {"cookies": [{"name": "cookie_consent", "value": "accepted", "domain": "localhost", "path": "/", "expires": -1, "httpOnly": False, "secure": False, "sameSite": "Lax"},
                      {"name": "_ga", "value": f"GA1.1.{digits_nl(10)}.{1764000000 + R.randint(0, 999999)}", "domain": ".localhost", "path": "/", "expires": 1799999999, "httpOnly": False, "secure": False, "sameSite": "Lax"},
                      {"name": "lang", "value": pick("it", "en"), "domain": "localhost", "path": "/", "expires": -1, "httpOnly": False, "secure": False, "sameSite": "Lax"}],
          "origins": [{"origin": "http://localhost:3000", "localStorage": [{"name": "theme", "value": "dark"}, {"name": "lastPaymentId", "value": payment_id()}, {"name": "featureFlags", "value": '{"newCheckout":true}'}]}]}
    note = art(lang, "(la sessione vera la prendiamo a runtime, qui non c'è)", "(the real session is fetched at runtime, not stored)")
    return "playwright-storage", wrap(lang, art(lang, "lo storageState", "the storageState") + " " + note, json.dumps(st, indent=2)), []


@ok
def p_playwright_trace(lang):
    body = f"""Running {R.randint(10, 90)} tests using {R.randint(2, 8)} workers
  ✘  [chromium] › checkout.spec.ts:{R.randint(10, 90)}:5 › pays with a saved card ({R.randint(2, 30)}.{R.randint(1, 9)}s)

  Error: expect(received).toBe(expected)
    Expected: "AUTHORISED"
    Received: "REFUSED"

    await page.fill('[name=card]', process.env.TEST_CARD!)
    await page.fill('[name=password]', process.env.E2E_PASSWORD ?? '')

    attachment #1: trace (application/zip) ────────────────────────────
    test-results/checkout-pays-{hexs(5)}-chromium/trace.zip
    Usage: npx playwright show-trace test-results/checkout-pays-{hexs(5)}-chromium/trace.zip

  Request id: {uuid4()}  traceparent 00-{trace_id()}-{span_id()}-01"""
    return "playwright", wrap(lang, art(lang, "l'output di Playwright", "the Playwright output"), body), []


@ok
def p_cypress_env(lang):
    d = {"baseUrl": "http://localhost:3000", "apiUrl": api(), "psuUsername": email(), "psuPassword": "", "clientId": client_id(),
         "testCardLast4": digits(4), "retries": R.randint(0, 3)}
    code = "cy.login(Cypress.env('psuUsername'), Cypress.env('psuPassword'))"
    return "cypress-env", wrap(lang, art(lang, "cypress.env.json (la password la passiamo da CI con CYPRESS_psuPassword)", "cypress.env.json (password comes from CI as CYPRESS_psuPassword)"), json.dumps(d, indent=2) + "\n\n// support/commands.js\n" + code), []


@ok
def p_cypress_fixture(lang):
    items = [{"id": uuid4(), "name": full_name(), "card": masked_card(), "cardToken": pick("tok_", "pm_", "card_") + rs(ALNUM, 24), "iban": pick("IT60 X054 **** **** **** 1234 56", "<IBAN>", "DE** **** **** **** **** 00")}
             for _ in range(R.randint(1, 3))]
    return "cypress-fixture", wrap(lang, art(lang, "la fixture", "the fixture"), json.dumps(items, indent=2, ensure_ascii=False)), []


@ok
def p_selenium(lang):
    body = f"""const capabilities = {{
  'bstack:options': {{
    userName: process.env.BROWSERSTACK_USERNAME,
    accessKey: process.env.BROWSERSTACK_ACCESS_KEY,
    buildName: `checkout-e2e ${{process.env.GITHUB_RUN_ID}}`,
    sessionName: '{pick('pay with card', 'sca redirect', 'refund')}',
  }},
  browserName: '{pick('Chrome', 'Safari', 'Edge')}',
}};
// session {hexs(40)} failed: https://automate.browserstack.com/builds/{hexs(40)}"""
    return "capabilities", wrap(lang, art(lang, "le capabilities", "the capabilities"), body), []


@ok
def p_jest_snapshot(lang):
    body = f"""// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`PaymentSummary renders {pick('masked card', 'refund row', 'sepa details')} 1`] = `
<div
  className="summary"
  data-payment-id="{payment_id()}"
>
  <span>
    {masked_card()}
  </span>
  <span>
    BIC {bic()}
  </span>
  <small>
    req {uuid4()}
  </small>
</div>
`;"""
    extra = art(lang, f"Lo snapshot è cambiato dopo il vostro rilascio (hash {hexs(8)} → {hexs(8)}).", f"The snapshot changed after your release (hash {hexs(8)} → {hexs(8)}).")
    return "jest-snapshot", wrap(lang, extra + " " + art(lang, "ecco il file", "file below"), body), []


@ok
def p_pytest(lang):
    body = f"""import os
import pytest

@pytest.fixture(scope="session")
def api_client():
    return Client(
        base_url=os.environ.get("API_BASE_URL", "{api()}"),
        client_id=os.environ["CLIENT_ID"],
        client_secret=os.environ["CLIENT_SECRET"],
    )

@pytest.fixture
def psu():
    return {{"username": "{email()}", "password": os.getenv("PSU_PASSWORD")}}

def test_payment_status(api_client):
    r = api_client.get_payment("{payment_id()}")
    assert r.status == "ACSC", r.headers["x-request-id"]"""
    return "python", wrap(lang, art(lang, "il conftest e il test", "conftest and the test"), body), []


@ok
def p_factory(lang):
    body = f"""class EndUserFactory(factory.Factory):
    class Meta:
        model = EndUser

    name = factory.Faker("name", locale="{pick('it_IT', 'en_GB')}")
    iban = factory.Faker("iban")
    card_number = factory.Faker("credit_card_number", card_type="visa16")
    cvv = factory.Faker("credit_card_security_code")
    password = factory.PostGenerationMethodCall("set_password", "{pick('<from env>', '${TEST_PASSWORD}')}")
    external_id = factory.Sequence(lambda n: f"usr_{{n:06d}}")"""
    note = art(lang, f"I dati sono generati da Faker con seed {R.randint(1, 9999)}, non ci sono valori fissi.", f"Data comes from Faker with seed {R.randint(1, 9999)}, no hardcoded values.")
    return "python", wrap(lang, art(lang, "la factory", "the factory"), body + "\n\n# " + note), []


@ok
def p_factorybot(lang):
    body = f"""FactoryBot.define do
  factory :customer do
    sequence(:email) {{ |n| "qa#{{n}}@example.com" }}
    password {{ ENV.fetch("TEST_USER_PASSWORD") }}
    card_last4 {{ "{digits(4)}" }}
    card_token {{ "tok_{rs(ALNUM, 20)}" }}
    payment_id {{ "{payment_id()}" }}
  end
end"""
    return "ruby", wrap(lang, art(lang, "la factory FactoryBot", "the FactoryBot factory"), body), []


@ok
def p_sql_fixture(lang):
    rows = []
    for _ in range(R.randint(2, 4)):
        h = pick("$2b$12$" + rs(string.ascii_letters + string.digits + "./", 53), "$argon2id$v=19$m=65536,t=3,p=4$" + rs(B64, 22) + "$" + rs(B64, 43))
        rows.append(f"({R.randint(100, 9999)}, '{email()}', '{h}', '{masked_card()}', '{bic()}')")
    body = "INSERT INTO users (id, email, password_hash, card_masked, bic) VALUES\n" + ",\n".join(rows) + ";"
    return "sql", wrap(lang, art(lang, "il seed (password solo come hash bcrypt/argon2)", "the seed (passwords only as bcrypt/argon2 hashes)"), body), []


@ok
def p_yaml_fixture(lang):
    out = []
    for n in range(R.randint(1, 3)):
        out.append(f"buyer_{n + 1}:\n  email: {email()}\n  encrypted_password: <%= Devise::Encryptor.digest(User, 'password') %>\n  abi: \"{pick('03069', '02008', '05034')}\"\n  cab: \"{digits(5)}\"\n  bic: {bic()}\n  consent_id: {consent_id()}")
    return "yaml", wrap(lang, art(lang, "le fixture (solo ABI/CAB, niente conto)", "the fixtures (ABI/CAB only, no account)"), "\n\n".join(out)), []


@ok
def p_k6(lang):
    body = f"""import http from 'k6/http';
import {{ SharedArray }} from 'k6/data';

const users = new SharedArray('users', () => JSON.parse(open('./users.json')));
export const options = {{ scenarios: {{ ramp: {{ executor: 'ramping-vus', stages: [{{ duration: '{R.randint(1, 9)}m', target: {R.randint(10, 500)} }}] }} }} }};

export default function () {{
  const res = http.get(`${{__ENV.BASE_URL}}/payments/{payment_id()}`, {{
    headers: {{ 'X-Api-Key': __ENV.API_KEY, 'X-Request-Id': '{uuid4()}' }},
  }});
}}"""
    summary = f"\n\n     http_req_duration..............: avg={R.randint(50, 900)}ms p(95)={R.randint(900, 3000)}ms\n     http_req_failed................: {R.randint(1, 40)}.{R.randint(0, 99)}%"
    return "k6", wrap(lang, art(lang, "script k6 e riepilogo", "k6 script and summary"), body + summary), []


@ok
def p_jmeter_csv(lang):
    lines = ["userId,consentId,paymentId,amount"]
    for _ in range(R.randint(3, 6)):
        lines.append(f"usr_{digits(6)},{consent_id()},{payment_id()},{R.randint(1, 500)}.{R.randint(10, 99)}")
    return "csv", wrap(lang, art(lang, "il CSV del test JMeter", "the JMeter CSV"), "\n".join(lines)), []


@ok
def p_junit(lang):
    body = f"""<testsuite name="PaymentsIT" tests="{R.randint(5, 80)}" failures="1" errors="0" skipped="{R.randint(0, 4)}" timestamp="{ts()[:-1]}" hostname="runner-{hexs(8)}">
  <properties>
    <property name="git.commit" value="{sha40()}"/>
    <property name="build.number" value="{R.randint(100, 9999)}"/>
    <property name="client.secret" value="${{env.CLIENT_SECRET}}"/>
  </properties>
  <testcase name="refundPartial" classname="it.PaymentsIT" time="{R.randint(1, 9)}.{R.randint(100, 999)}">
    <failure message="expected status REFUNDED for {payment_id()} but was PENDING (x-request-id {uuid4()})"/>
  </testcase>
</testsuite>"""
    return "junit-xml", wrap(lang, art(lang, "il report JUnit", "the JUnit report"), body), []


@ok
def p_allure(lang):
    rep = {"uuid": uuid4(), "historyId": hexs(32), "testCaseId": hexs(32), "name": pick("refund flow", "consent revoke", "SCA decoupled"), "status": "broken",
           "statusDetails": {"message": f"Request {uuid4()} failed: 503 upstream (trace {trace_id()}, span {span_id()})"},
           "attachments": [{"name": "response", "source": f"{uuid4()}-attachment.json", "type": "application/json"}],
           "parameters": [{"name": "token", "value": "******", "mode": "masked"}, {"name": "card", "value": masked_card()}]}
    return "test-report", wrap(lang, art(lang, "il result Allure", "the Allure result"), json.dumps(rep, indent=2, ensure_ascii=False)), []


@ok
def p_mochawesome(lang):
    rep = {"stats": {"suites": R.randint(1, 9), "tests": R.randint(10, 200), "passes": R.randint(5, 190), "failures": R.randint(1, 5), "start": ts(), "duration": R.randint(1000, 900000)},
           "results": [{"uuid": uuid4(), "title": "", "file": "cypress/e2e/pay.cy.js", "tests": [{"title": pick("rejects invalid card", "shows IBAN error"), "state": "failed", "uuid": uuid4(),
                        "err": {"message": f"AssertionError: Timed out retrying after 4000ms: expected '#error' to contain 'Numero carta non valido' (card {card_bad()})"}}]}]}
    note = art(lang, "la carta è volutamente non valida (Luhn KO), è un test negativo", "the card is deliberately invalid (fails Luhn), it's a negative test")
    return "test-report", wrap(lang, art(lang, "il mochawesome.json", "the mochawesome.json") + f"; {note}", json.dumps(rep, indent=2)), []


@ok
def p_ci_masked(lang):
    plat = pick("gha", "gitlab", "jenkins")
    if plat == "gha":
        body = f"""Run newman run collection.json --env-var "clientSecret=***" --env-var "token=***"
  env:
    CLIENT_ID: {client_id()}
    CLIENT_SECRET: ***
    GITHUB_SHA: {sha40()}
newman: 1 assertion failed
Error: Process completed with exit code 1.
Run ID {R.randint(4000000000, 9999999999)} · attempt {R.randint(1, 3)}"""
    elif plat == "gitlab":
        body = f"""Running with gitlab-runner 16.{R.randint(1, 11)}.0 ({hexs(8)})
  on docker-runner-{R.randint(1, 9)} {rs(ALNUM, 8)}, system ID: s_{hexs(12)}
$ echo "using key $SANDBOX_API_KEY"
using key [MASKED]
$ pytest -q --junitxml=report.xml
FAILED tests/test_refunds.py::test_partial_refund - AssertionError: {payment_id()}
Job {R.randint(1000000, 9999999)} failed for {sha40()[:8]}"""
    else:
        body = f"""[Pipeline] withCredentials
Masking supported pattern matches of $API_KEY or $CLIENT_SECRET
[Pipeline] sh
+ curl -s -H 'X-Api-Key: ****' {api()}/health
{{"status":"UP","build":"{R.randint(100, 999)}","commit":"{sha40()[:10]}"}}
[Pipeline] End of Pipeline
Finished: {pick('UNSTABLE', 'FAILURE')}"""
    return "ci-log", wrap(lang, art(lang, "il log della pipeline (i secret sono mascherati)", "the pipeline log (secrets masked)"), body), []


@ok
def p_compose(lang):
    body = f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: qa
      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD:?set it}}
  wiremock:
    image: wiremock/wiremock:3.{R.randint(1, 9)}.0
    volumes: ["./stubs:/home/wiremock"]
  app:
    environment:
      DATABASE_URL: postgres://qa:${{POSTGRES_PASSWORD}}@db:5432/app_test
      PROVIDER_CLIENT_SECRET: ${{PROVIDER_CLIENT_SECRET}}
      PROVIDER_BASE_URL: http://wiremock:8080"""
    return "docker-compose", wrap(lang, art(lang, "docker-compose.test.yml", "docker-compose.test.yml"), body), []


@ok
def p_testcontainers(lang):
    body = f"""@Container
static PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15-alpine");

@DynamicPropertySource
static void props(DynamicPropertyRegistry r) {{
    r.add("spring.datasource.password", pg::getPassword);
    r.add("provider.client-secret", () -> System.getenv("PROVIDER_CLIENT_SECRET"));
    r.add("provider.base-url", () -> "{api()}");
}}
// container id {hexs(64)}"""
    return "java", wrap(lang, art(lang, "la config Testcontainers", "the Testcontainers setup"), body), []


@ok
def p_env_test(lang):
    lines = ["# .env.test.example - copy to .env.test", f"API_BASE_URL={api()}", f"CLIENT_ID={client_id()}", f"CLIENT_SECRET={pick(*PH_SECRET)}",
             f"STRIPE_PUBLISHABLE_KEY=pk_test_{rs(ALNUM, 24)}", f"TEST_USER_PASSWORD={pick(*PH_PASS)}", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
             "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", f"TWILIO_ACCOUNT_SID=AC{hexs(32)}", f"SENTRY_DSN_PUBLIC_PROJECT={R.randint(1000000, 9999999)}"]
    R.shuffle(lines[1:])
    return "env", wrap(lang, art(lang, "il nostro .env.test.example", "our .env.test.example"), "\n".join(lines)), []


@ok
def p_gherkin_negative(lang):
    rows = []
    for _ in range(R.randint(2, 4)):
        r = R.random()
        if r < 0.4:
            rows.append(f"      | {card_bad()} | {art(lang, 'carta non valida', 'invalid card')} |")
        elif r < 0.8:
            rows.append(f"      | {iban_bad()} | {art(lang, 'IBAN non valido', 'invalid IBAN')} |")
        else:
            rows.append(f"      | {bic()} | {art(lang, 'BIC senza IBAN', 'BIC without IBAN')} |")
    if lang == "it":
        body = "# language: it\nFunzionalità: Validazione input\n\n  Schema dello scenario: rifiuto dati errati\n    Quando inserisco <valore>\n    Allora vedo l'errore \"<messaggio>\"\n\n    Esempi:\n      | valore | messaggio |\n" + "\n".join(rows)
    else:
        body = "Feature: Input validation\n\n  Scenario Outline: reject bad data\n    When I enter <value>\n    Then I see the error \"<message>\"\n\n    Examples:\n      | value | message |\n" + "\n".join(rows)
    return "gherkin", wrap(lang, art(lang, "il feature dei test negativi (valori volutamente errati)", "the negative-test feature (deliberately wrong values)"), body), []


@ok
def p_gherkin_ids(lang):
    rows = "\n".join(f"      | {payment_id()} | {consent_id()} | {pick('ACSC', 'RJCT', 'PDNG')} |" for _ in range(R.randint(2, 4)))
    body = art(lang, "Funzionalità: Stato pagamento\n  Schema dello scenario: polling\n    Dato il pagamento <id> col consenso <consent>\n    Allora lo stato finale è <stato>\n\n    Esempi:\n      | id | consent | stato |\n",
               "Feature: Payment status\n  Scenario Outline: polling\n    Given payment <id> with consent <consent>\n    Then the final status is <status>\n\n    Examples:\n      | id | consent | status |\n") + rows
    return "gherkin", wrap(lang, art(lang, "lo scenario", "the scenario"), body), []


@ok
def p_fuzz(lang):
    body = f"""#{R.randint(100000, 9999999)} NEW    cov: {R.randint(100, 9000)} ft: {R.randint(100, 9000)} corp: {R.randint(10, 900)}/{R.randint(1, 90)}Kb exec/s: {R.randint(100, 9000)}
==ERROR: libFuzzer: deadly signal
artifact_prefix='./'; Test unit written to ./crash-{sha40()}
Base64: {base64.b64encode(pick(b'{"amount":"1e9999"}', b'{"iban":""}', bytes([0, 0, 255]))).decode()}
MS: 2 ChangeByte-InsertRepeatedBytes-; base unit: {sha40()}"""
    return "fuzz", wrap(lang, art(lang, "il crash del fuzzer sul parser delle risposte", "the fuzzer crash on the response parser"), body), []


@ok
def p_mutation(lang):
    body = f"""Ran {R.randint(100, 2000)} mutants in {R.randint(1, 40)}m{R.randint(1, 59)}s
Killed: {R.randint(100, 1500)}  Survived: {R.randint(1, 80)}  Timeout: {R.randint(0, 9)}
Mutation score: {R.randint(50, 95)}.{R.randint(0, 99)}%

[Survived] ConditionalExpression src/validators/iban.ts:{R.randint(10, 99)}:{R.randint(1, 40)}
-   return mod97(rearranged) === 1;
+   return true;
report: reports/mutation/{hexs(12)}.html"""
    return "stryker", wrap(lang, art(lang, "il report di mutation testing", "the mutation testing report"), body), []


@ok
def p_manual_bug(lang):
    if lang == "it":
        body = f"""BUG-{R.randint(100, 999)} — Pagamento con carta salvata fallisce
Ambiente: sandbox, build {R.randint(1000, 9999)} ({sha40()[:7]})
Utente: {email()} (password nel vault del team QA, chiedetela a {name('it')})
Carta: {masked_card()}
Passi: login → checkout → conferma con OTP (il codice arriva via SMS, 6 cifre)
Risultato: errore generico, request id {uuid4()}, payment {payment_id()}"""
    else:
        body = f"""BUG-{R.randint(100, 999)} - Saved-card payment fails
Env: sandbox, build {R.randint(1000, 9999)} ({sha40()[:7]})
User: {email()} (password is in the QA vault, ask {name('en')})
Card: {masked_card()}
Steps: login → checkout → confirm with OTP (6-digit code by SMS)
Result: generic error, request id {uuid4()}, payment {payment_id()}"""
    return "bug-report", body + outro(lang), []


@ok
def p_test_plan(lang):
    hdr = art(lang, "ID,Caso,Utenza,Esito,Note", "ID,Case,Account,Result,Notes")
    rows = [f"TC-{R.randint(100, 999)},{pick('login PSU', 'SEPA', 'refund', 'revoca consenso')},{email()},{pick('OK', 'KO', 'bloccato')},{pick('password in 1Password', 'vedi ticket ' + str(R.randint(1000, 9999)), 'consent ' + consent_id(), 'run ' + run_id())}" for _ in range(R.randint(3, 6))]
    return "test-plan", wrap(lang, art(lang, "il piano di test", "the test plan"), hdr + "\n" + "\n".join(rows)), []


@ok
def p_prose_rotation(lang):
    body = art(lang, pick(f"Abbiamo ruotato il client secret della sandbox dopo che era finito in una cassetta VCR; il nuovo è in Vault sotto kv/qa/provider. Potete confermare che il vecchio (client id {client_id()}) è revocato?",
                          f"La password dell'utente di test è scaduta, qual è la policy di rotazione in sandbox? Il nostro job notturno {run_id()} è fallito per questo.",
                          f"Come si ottiene un refresh token in sandbox? La doc non dice per quanto vale. Request id dell'ultima prova: {uuid4()}."),
               pick(f"We rotated the sandbox client secret after it ended up in a VCR cassette; the new one is in Vault at kv/qa/provider. Can you confirm the old one (client id {client_id()}) is revoked?",
                    f"The test user's password expired, what's the rotation policy in sandbox? Our nightly job {run_id()} failed because of it.",
                    f"How do we get a refresh token in sandbox? Docs don't say how long it lives. Request id of the last try: {uuid4()}."))
    return "email", body + outro(lang), []


@ok
def p_luhn_vectors(lang):
    cards = [fmt_card(card_bad()) for _ in range(R.randint(2, 4))]
    body = f"""describe('luhn validator', () => {{
{chr(10).join(f"  it('rejects {c}', () => expect(isValidPan('{c}')).toBe(false));" for c in cards)}
  it('accepts masked input as incomplete', () => expect(isValidPan('{masked_card()}')).toBe(false));
}});"""
    return "javascript", wrap(lang, art(lang, "i test del validatore (numeri volutamente sbagliati)", "our validator tests (deliberately wrong numbers)"), body), []


@ok
def p_iban_vectors(lang):
    ibans = [iban_bad() for _ in range(R.randint(2, 4))]
    body = "@pytest.mark.parametrize(\"iban\", [\n" + "\n".join(f"    \"{i}\"," for i in ibans) + f"\n])\ndef test_rejects_bad_check_digits(iban):\n    assert not is_valid_iban(iban)\n\n\ndef test_bic_only():\n    assert parse_account(\"{bic()}\") is None"
    return "python", wrap(lang, art(lang, "i test sugli IBAN con check digit errati", "the tests with wrong-check IBANs"), body), []


@ok
def p_publishable(lang):
    body = art(lang, f"Nel frontend di test usiamo la publishable key pk_test_{rs(ALNUM, 24)} e il client id {client_id()}; la secret key invece sta solo nel backend (process.env.STRIPE_SECRET_KEY). È corretto così?",
               f"Our test frontend uses publishable key pk_test_{rs(ALNUM, 24)} and client id {client_id()}; the secret key only lives in the backend (process.env.STRIPE_SECRET_KEY). Is that right?")
    return "chat", body + outro(lang), []


@ok
def p_checksums(lang):
    body = "\n".join(f"{hexs(64)}  {f}" for f in R.sample(["test-results.zip", "allure-report.tar.gz", "coverage.xml", "junit.xml", "trace.zip", "pact.json", "app-debug.apk"], R.randint(2, 4)))
    body += f"\nintegrity sha512-{base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()}"
    return "checksums", wrap(lang, art(lang, "i checksum degli artifact del run " + run_id(), "artifact checksums of run " + run_id()), body), []


@ok
def p_trace_log(lang):
    lines = [f"{ts()} INFO  [{trace_id()},{span_id()}] PaymentsClient - POST /v1/payments -> {pick(201, 202, 409)} in {R.randint(20, 900)}ms requestId={uuid4()}" for _ in range(R.randint(2, 5))]
    lines.append(f"{ts()} WARN  [{trace_id()},{span_id()}] TokenCache - token expired, refreshing (client={client_id()})")
    return "log", wrap(lang, art(lang, "il log dei test d'integrazione", "the integration test log"), "\n".join(lines)), []


@ok
def p_ocr_green(lang):
    body = f"""Test Suites: {R.randint(1, 3)} failed, {R.randint(10, 90)} passed, {R.randint(12, 93)} total
Tests:       {R.randint(1, 9)} failed, {R.randint(100, 900)} passed
Snapshots:   1 obsolete, {R.randint(10, 90)} passed
Time:        {R.randint(10, 300)}.{R.randint(100, 999)} s
Ran all test suites. (commit {sha40()[:7]}, build #{R.randint(100, 9999)})"""
    return "ocr", art(lang, "Trascrizione dello screenshot del terminale:\n\n", "Transcript of the terminal screenshot:\n\n") + body + outro(lang), []


@ok
def p_storage_ids(lang):
    d = {"requestId": uuid4(), "consentId": consent_id(), "paymentId": payment_id(), "resourceId": uuid4(), "psuId": f"psu-{digits(6)}",
         "_links": {"scaRedirect": {"href": f"https://sandbox.openbanca.it/sca?consent={uuid4()}"}}, "transactionStatus": "RCVD"}
    return "json", wrap(lang, art(lang, "la risposta registrata dal test", "the response our test recorded"), json.dumps(d, indent=2)), []


@ok
def p_pubkey_cert(lang):
    body = pick(cert_pem(), pub_pem())
    note = art(lang, "è il certificato/chiave pubblica del vostro sandbox che i test usano per verificare la firma del webhook", "it's your sandbox certificate/public key that our tests use to verify the webhook signature")
    return "pem", wrap(lang, art(lang, "il file in tests/fixtures", "the file in tests/fixtures") + f" ({note})", body), []


@ok
def p_webhook_sig(lang):
    body = f"""POST /webhooks/payments HTTP/1.1
Content-Type: application/json
X-Signature: sha256={hexs(64)}
X-Webhook-Id: {uuid4()}
X-Timestamp: {1764700000 + R.randint(0, 999999)}

{{"event":"payment.settled","paymentId":"{payment_id()}","amount":{R.randint(100, 9999)}}}"""
    note = art(lang, "il test di verifica firma usa WEBHOOK_SECRET da env", "the signature test reads WEBHOOK_SECRET from env")
    return "http", wrap(lang, art(lang, "la richiesta webhook catturata", "the captured webhook request") + f" ({note})", body), []


@ok
def p_appium_log(lang):
    body = f"""[Appium] Welcome to Appium v2.{R.randint(1, 9)}.{R.randint(0, 9)}
[HTTP] --> POST /session
[AppiumDriver@{hexs(4)}] Creating session with W3C capabilities: {{"alwaysMatch":{{"platformName":"iOS","appium:udid":"{hexs(8).upper()}-{hexs(16).upper()}","appium:bundleId":"it.{pick('bottega', 'pagaora')}.app"}}}}
[XCUITest] Session {uuid4()} created
[HTTP] <-- POST /session 200 {R.randint(1000, 30000)} ms
[XCUITest] Typing '******' into element {uuid4()[:8]}"""
    return "appium", wrap(lang, art(lang, "il log Appium", "the Appium log"), body), []


@ok
def p_testing_prose_otp(lang):
    body = art(lang, f"In sandbox l'OTP è a 6 cifre e scade dopo 120 secondi? Il nostro test aspetta 90s e a volte riceve 'expired'. Build {R.randint(100, 9999)}, run {run_id()}.",
               f"In sandbox is the OTP 6 digits with a 120-second expiry? Our test waits 90s and sometimes gets 'expired'. Build {R.randint(100, 9999)}, run {run_id()}.")
    return "chat", body + outro(lang), []


@ok
def p_tokenized(lang):
    rows = ["id,customer,card_token,last4,brand,exp"]
    for _ in range(R.randint(2, 5)):
        rows.append(f"{R.randint(1000, 9999)},cus_{rs(ALNUM, 14)},{pick('tok_', 'pm_', 'card_', 'vt_')}{rs(ALNUM, 24)},{digits(4)},{pick('visa', 'mastercard', 'amex')},{R.randint(1, 12):02d}/{R.randint(27, 31)}")
    return "csv", wrap(lang, art(lang, "l'export delle carte tokenizzate dei clienti di test", "the export of test customers' tokenised cards"), "\n".join(rows)), []


@ok
def p_insomnia(lang):
    body = f"""_type: export
__export_format: 4
resources:
  - _id: env_{hexs(32)}
    _type: environment
    name: Sandbox
    data:
      base_url: {api()}
      client_id: {client_id()}
      client_secret: "{{{{ _.vault.client_secret }}}}"
      token: "{{% response 'body', 'req_{hexs(32)}', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'when-expired', 900 %}}\""""
    return "insomnia", wrap(lang, art(lang, "l'export Insomnia", "the Insomnia export"), body), []


@ok
def p_build_numbers(lang):
    body = art(lang, f"Build {R.randint(1000, 99999)} su {pick('main', 'develop', 'release/2.4')} (commit {sha40()}) fallisce solo sul job contract-tests; run id {R.randint(4000000000, 9999999999)}, pipeline {R.randint(100000, 999999)}. Il pact è pubblicato col tag {sha40()[:8]}.",
               f"Build {R.randint(1000, 99999)} on {pick('main', 'develop', 'release/2.4')} (commit {sha40()}) fails only in contract-tests; run id {R.randint(4000000000, 9999999999)}, pipeline {R.randint(100000, 999999)}. Pact published with tag {sha40()[:8]}.")
    return "chat", body + outro(lang), []


@ok
def p_hoppscotch(lang):
    body = json.dumps({"v": "1", "name": "Sandbox", "requests": [{"name": "status", "method": "GET", "endpoint": "<<baseUrl>>/payments/" + payment_id(),
                       "headers": [{"key": "Authorization", "value": "Bearer <<token>>", "active": True}, {"key": "X-Request-Id", "value": uuid4(), "active": True}],
                       "auth": {"authType": "bearer", "token": "<<token>>", "authActive": True}}]}, indent=2)
    return "hoppscotch", wrap(lang, art(lang, "la collection Hoppscotch", "the Hoppscotch collection"), body), []


@ok
def p_polly_redacted(lang):
    body = json.dumps({"log": {"_recordingName": "payments/status", "entries": [{"_id": hexs(32), "request": {"method": "GET", "url": f"{api()}/payments/{payment_id()}",
        "headers": [{"name": "authorization", "value": pick("Bearer [REDACTED]", "Basic <redacted>", "Bearer ***")}, {"name": "x-request-id", "value": uuid4()}]},
        "response": {"status": 200, "content": {"text": json.dumps({"status": "ACSC", "endToEndId": rs(UP_ALNUM, 16)})}}}]}}, indent=2)
    return "polly-har", wrap(lang, art(lang, "la registrazione Polly (già ripulita)", "the Polly recording (already scrubbed)"), body), []



# ---------------------------------------------------------------- extra secret templates
@sec
def multilingual_psu(lang):
    secs = []
    rows = []
    for cc, u_l, p_l, o_l in R.sample([("DE", "Benutzer", "Kennwort", "TAN"), ("FR", "identifiant", "mot de passe", "code SMS"),
                                       ("ES", "usuario", "contraseña", "clave OTP"), ("IT", "utente", "password", "codice OTP"),
                                       ("AT", "Verfügernummer", "PIN", "TAN")], R.randint(1, 3)):
        p = pin(5) if p_l == "PIN" else password()
        o = pin(6)
        secs.append(("pin" if p_l == "PIN" else "password", p)); secs.append(("pin", o))
        rows.append(f"{cc} sandbox bank — {u_l}: {pick('qa', 'psu', 'test')}_{cc.lower()}{R.randint(1, 99)} / {p_l}: {p} / {o_l}: {o}")
    pre = art(lang, "Per i test multi-paese usiamo questi PSU delle banche sandbox, ma in DE la SCA fallisce sempre:",
              "For our multi-country tests we use these sandbox-bank PSUs, but SCA always fails for DE:")
    return "email", pre + "\n\n" + "\n".join(rows) + outro(lang), secs


@sec
def gatling_sim(lang):
    t = access_token(); secs = [("access_token", t)]
    body = f"""class PaymentsSimulation extends Simulation {{
  val httpProtocol = http.baseUrl("{api()}")
    .header("Authorization", "Bearer {t}")
    .acceptHeader("application/json")

  val scn = scenario("create payment").exec(
    http("POST /payments").post("/payments").body(StringBody(\"\"\"{{"amount":"{R.randint(1, 99)}.00"}}\"\"\")).check(status.is(201)))

  setUp(scn.inject(rampUsers({R.randint(10, 500)}).during({R.randint(10, 300)}))).protocols(httpProtocol)
}}"""
    return "gatling", wrap(lang, art(lang, "la simulation Gatling", "the Gatling simulation"), body), secs


@sec
def jenkins_url_password(lang):
    p = password().replace("@", "!").replace("#", "-").replace("%", "_").replace("/", "").replace("?", "!")
    secs = [("password", p)]
    host = pick("nexus.qa.internal", "artifactory.bottega.local", "git.carrello.it")
    body = f"""[Pipeline] sh
+ git clone https://{pick('ci-bot', 'qa-runner', 'jenkins')}:{p}@{host}/qa/e2e-fixtures.git
Cloning into 'e2e-fixtures'...
+ ./gradlew integrationTest -Pprovider.env=sandbox
> Task :integrationTest FAILED
PaymentsIT > createsPayment() FAILED
    org.opentest4j.AssertionFailedError at PaymentsIT.java:{R.randint(20, 200)}"""
    return "ci-log", wrap(lang, art(lang, "la console Jenkins", "the Jenkins console"), body), secs


@sec
def cypress_record(lang):
    k = uuid4(); secs = [("vendor_key", k)]
    body = f"""$ npx cypress run --record --key {k} --parallel --ci-build-id {R.randint(1000, 99999)}
====================================================================================
  (Run Starting)
  │ Cypress:        13.{R.randint(1, 15)}.{R.randint(0, 9)}
  │ Specs:          {R.randint(5, 60)} found
  │ Params:         Tag: false, Group: e2e, Parallel: true, Group: false
  │ Run URL:        https://cloud.cypress.io/projects/{rs(string.ascii_lowercase + string.digits, 6)}/runs/{R.randint(100, 9999)}"""
    return "ci-log", wrap(lang, art(lang, "l'inizio del log di Cypress in CI", "the start of the Cypress CI log"), body), secs


@sec
def allure_env_props(lang):
    secs = []
    lines = [f"# allure-results/environment.properties", f"Build={R.randint(100, 9999)}", f"Commit={sha40()}", f"Api.Url={api()}"]
    r = R.random()
    if r < 0.5:
        k = provider_key(); lines.append(f"Api.Key={k}"); secs.append(("access_token", k))
    else:
        cs = client_secret(); lines.append(f"OAuth.ClientSecret={cs}"); secs.append(("client_secret", cs))
    if R.random() < 0.4:
        p = password(); lines.append(f"Db.Password={p}"); secs.append(("password", p))
    return "properties", wrap(lang, art(lang, "l'environment.properties di Allure (finisce nel report HTML!)", "Allure's environment.properties (it ends up in the HTML report!)"), "\n".join(lines)), secs


@sec
def trace_viewer_copy(lang):
    sc = session_cookie(); secs = [("access_token", sc)]
    body = f"""Network › POST /api/checkout  {pick(401, 403, 500)}  {R.randint(50, 900)} ms
Request headers
  accept: application/json
  cookie: {pick('sid', 'SESSION', 'connect.sid')}={sc}; cookie_consent=accepted
  x-request-id: {uuid4()}
Response headers
  traceparent: 00-{trace_id()}-{span_id()}-01"""
    return "playwright-trace", wrap(lang, art(lang, "quello che si vede nel trace viewer di Playwright", "what the Playwright trace viewer shows"), body), secs


@sec
def django_fixture(lang):
    secs = []
    objs = []
    for n in range(R.randint(1, 3)):
        s, a = gb_parts()
        f = {"holder": full_name(), "sort_code": f"{s[:2]}-{s[2:4]}-{s[4:]}", "account_number": a, "bic": bic()}
        secs.append(("bank_account", a))
        if R.random() < 0.3:
            i = iban_raw("GB"); f["iban"] = i; secs.append(("iban", i))
        objs.append({"model": "payouts.bankaccount", "pk": n + 1, "fields": f})
    return "json", wrap(lang, art(lang, "la fixture Django (payouts/fixtures/test_accounts.json)", "the Django fixture (payouts/fixtures/test_accounts.json)"), json.dumps(objs, indent=2)), secs


@sec
def ocr_mangled(lang):
    c = card_raw(); fc = fmt_card(c, "space"); v = cvv(len(c) == 15); secs = [("card_number", fc), ("cvv", v)]
    i = iban_raw(); secs.append(("iban", i))
    body = f"""● Checkout > paga con carta di test
   Expected: "OK"   Received: "KO"
   carta  {fc}   CVC  {v}
   IBAN rimborso  {i}
   at checkout.spec.ts:{R.randint(10, 300)}"""
    pre = art(lang, "Testo copiato dalla foto dello schermo del collega (scusate la qualità):", "Text copied from a photo of my colleague's screen (sorry for the quality):")
    return "ocr", pre + "\n\n" + body + outro(lang), secs


S.append(private_key_resource)


# ---------------------------------------------------------------- extra pass templates
@ok
def p_multilingual(lang):
    rows = [pick("DE sandbox bank — Benutzer: siehe Vault / Kennwort: ******** / TAN: per SMS (6-stellig)",
                 "FR sandbox — identifiant: psu_fr01 / mot de passe : <masqué> / code SMS : envoyé au +33 6 ** ** ** 12",
                 "ES sandbox — usuario: psu_es02 / contraseña: (en 1Password) / clave OTP: la genera el simulador",
                 f"IT sandbox — utente: psu_it{R.randint(1, 99)} / password: quella del vault / OTP: arriva via SMS")
            for _ in range(R.randint(2, 3))]
    pre = art(lang, "I PSU che usiamo nei test multi-paese (senza credenziali, sono nel vault):", "The PSUs we use in multi-country tests (no credentials, they're in the vault):")
    return "email", pre + "\n\n" + "\n".join(dict.fromkeys(rows)) + outro(lang), []


@ok
def p_jenkins_masked(lang):
    body = f"""[Pipeline] withCredentials
[Pipeline] sh
+ git clone https://****:****@git.carrello.it/qa/e2e-fixtures.git
Cloning into 'e2e-fixtures'...
+ npx cypress run --record --key $CYPRESS_RECORD_KEY --ci-build-id {R.randint(1000, 99999)}
  │ Run URL:        https://cloud.cypress.io/projects/{rs(string.ascii_lowercase + string.digits, 6)}/runs/{R.randint(100, 9999)}
Finished: {pick('FAILURE', 'UNSTABLE')} (build {R.randint(100, 9999)}, {sha40()[:10]})"""
    return "ci-log", wrap(lang, art(lang, "la console Jenkins", "the Jenkins console"), body), []


@ok
def p_allure_env(lang):
    lines = ["# allure-results/environment.properties", f"Build={R.randint(100, 9999)}", f"Commit={sha40()}", f"Api.Url={api()}",
             f"Client.Id={client_id()}", "Api.Key=${API_KEY}", f"Browser={pick('chromium', 'firefox', 'webkit')}", f"Run.Id={run_id()}"]
    return "properties", wrap(lang, art(lang, "l'environment.properties di Allure", "Allure's environment.properties"), "\n".join(lines)), []


@ok
def p_django_fixture(lang):
    objs = [{"model": "payouts.bankaccount", "pk": n + 1, "fields": {"holder": full_name(), "iban_masked": pick("GB** NWBK **** **** **12 34", "IT** X***", "<IBAN>"),
             "bic": bic(), "sort_code": f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}", "account_number": pick("", "********", "XXXX" + digits(4))}} for n in range(R.randint(1, 3))]
    return "json", wrap(lang, art(lang, "la fixture Django (conti mascherati)", "the Django fixture (masked accounts)"), json.dumps(objs, indent=2)), []


@ok
def p_ocr_wrong(lang):
    body = f"""● IBAN validation > rejects wrong checksum
   input   {iban_bad()}
   Expected: "IBAN_INVALID"   Received: "OK"
   BIC {bic()}  ABI {pick('03069', '02008')} CAB {digits(5)}
   at iban.spec.ts:{R.randint(10, 300)}"""
    pre = art(lang, "Testo dallo screenshot del test rosso (l'IBAN è volutamente sbagliato):", "Text from the red test screenshot (the IBAN is deliberately wrong):")
    return "ocr", pre + "\n\n" + body + outro(lang), []


@ok
def p_gatling(lang):
    body = f"""val httpProtocol = http.baseUrl(System.getenv("BASE_URL"))
  .header("Authorization", session => s"Bearer ${{session("token").as[String]}}")
val feeder = csv("data/psu.csv").circular

---- Global Information --------------------------------------------------------
> request count                                     {R.randint(1000, 90000)} (OK={R.randint(900, 80000)} KO={R.randint(1, 900)})
> mean response time                                 {R.randint(50, 900)} (OK={R.randint(50, 900)} KO={R.randint(50, 9000)})
Simulation {pick('paymentssimulation', 'consentsimulation')}-{R.randint(10**16, 10**17 - 1)} completed"""
    return "gatling", wrap(lang, art(lang, "la simulation e il riepilogo Gatling", "the Gatling simulation and summary"), body), []


# ================================================================ assembly and self-check
KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv", "iban",
         "bank_account", "password", "pin"}
N_SECRET, N_PASS = 750, 850


def covered(pos, spans):
    return any(a <= pos[0] and pos[1] <= b for a, b in spans)


def spans_of(text, values):
    out = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            out.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return out


CARD_GROUPED = re.compile(r"(?<![\dA-Za-z])\d{4}([ .-])\d{4}\1\d{4}\1\d{1,7}(?![\dA-Za-z])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")


def problems(text, secrets):
    """return a reason string if the sample is mislabelled, else None"""
    for s in secrets:
        if s["kind"] not in KINDS or not s["value"] or s["value"] not in text:
            return f"bad label {s}"
    for s in secrets:
        v = s["value"]
        if len(v) <= 10:  # short values (CVV, PIN, account no.) must only occur as whole tokens
            for m in re.finditer(re.escape(v), text):
                a, b = m.span()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    return "short value inside another token " + v
    spans = spans_of(text, [s["value"] for s in secrets])
    for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", text):
        if luhn_ok(m.group()) and not covered(m.span(), spans):
            return "unlabelled luhn " + m.group()
    for m in CARD_GROUPED.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not covered(m.span(), spans):
            return "unlabelled grouped luhn " + m.group()
    for m in IBAN_RE.finditer(text):
        raw = m.group()
        # try every prefix length, spaces allowed
        for end in range(len(raw), 14, -1):
            cand = raw[:end].rstrip()
            if iban_ok(cand):
                st = m.start()
                if not covered((st, st + len(cand)), spans):
                    return "unlabelled iban " + cand
                break
    if not secrets and "PRIVATE KEY-----" in text:
        return "pem in pass"
    return None


def build():
    samples = []
    seen = set()
    rejected = 0

    def run(templates, n, want_secret):
        nonlocal rejected
        order = []
        made = 0
        while made < n:
            if not order:
                order = templates[:]
                R.shuffle(order)
            fn = order.pop()
            lang = "it" if len(samples) % 2 == 0 else "en"
            if R.random() < 0.04:
                lang = "en" if lang == "it" else "it"
            style, text, secs = fn(lang)
            secs2, seenv = [], set()
            for k, v in secs:
                if (k, v) not in seenv:
                    seenv.add((k, v))
                    secs2.append({"kind": k, "value": v})
            if want_secret and not secs2:
                rejected += 1
                continue
            if text in seen or problems(text, secs2):
                rejected += 1
                continue
            seen.add(text)
            samples.append({"lang": lang, "style": style, "text": text, "secrets": secs2, "_t": fn.__name__})
            made += 1

    run(S, N_SECRET, True)
    run(P, N_PASS, False)
    R.shuffle(samples)
    out = []
    for i, s in enumerate(samples, 1):
        out.append({"id": f"f30-{s['lang']}-{i:04d}", "lang": s["lang"], "style": s["style"], "text": s["text"], "secrets": s["secrets"]})
    return out, rejected, samples


def main():
    out, rejected, raw = build()
    # final self-check
    ids = set()
    for o in out:
        assert o["id"] not in ids
        ids.add(o["id"])
        assert o["lang"] in ("it", "en")
        assert problems(o["text"], o["secrets"]) is None, o["id"]
        for s in o["secrets"]:
            assert s["value"] in o["text"]
            if s["kind"] == "card_number":
                assert luhn_ok(re.sub(r"\D", "", s["value"])), s
            if s["kind"] == "iban":
                assert iban_ok(s["value"]), s
    with open("fresh30.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        nsec = sum(1 for o in out if o["secrets"])
        print("samples", len(out), "with secrets", nsec, "pass", len(out) - nsec, "rejected", rejected)
        print("lang", Counter(o["lang"] for o in out), "lang/secret", Counter((o["lang"], bool(o["secrets"])) for o in out))
        kc = Counter()
        for o in out:
            for k in {s["kind"] for s in o["secrets"]}:
                kc[k] += 1
        print("samples per kind", sorted(kc.items()))
        print("labels per kind", sorted(Counter(s["kind"] for o in out for s in o["secrets"]).items()))
        print("styles", len(Counter(o["style"] for o in out)))
        print("templates", sorted(Counter(s["_t"] for s in raw).items(), key=lambda x: x[1]))


if __name__ == "__main__":
    main()
