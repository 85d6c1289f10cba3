"""Value generators for holdout7: secrets and look-alikes. Standard library only.
Every function takes a random.Random instance so the corpus is deterministic."""
import base64, hashlib, json, string, struct, datetime

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))

def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")

def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))

# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0

def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c

def mod97_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1

# ---------------------------------------------------------------- cards
FAMOUS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556",
          "5105105105105100", "378282246310005", "371449635398431", "6011111111111117",
          "4012888888881881", "3530111333300000", "5200828282828210", "4000000000000002"}

def card_digits(r, brand=None):
    brand = brand or r.choice(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "maestro"])
    if brand == "visa":
        pre, n = "4" + rs(r, "0123456789", 5), 16
    elif brand == "mc":
        pre = r.choice(["51", "52", "53", "54", "55"]) + rs(r, "0123456789", 4) if r.random() < .7 else str(r.randint(2221, 2720)) + rs(r, "0123456789", 2)
        n = 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]) + rs(r, "0123456789", 4), 15
    elif brand == "disc":
        pre, n = r.choice(["6011", "6500", "6544", "6221"]) + rs(r, "0123456789", 2), 16
    elif brand == "jcb":
        pre, n = str(r.randint(3528, 3589)) + rs(r, "0123456789", 2), 16
    else:
        pre, n = r.choice(["6759", "5018", "6304", "5020"]) + rs(r, "0123456789", 2), r.choice([16, 18, 19])
    while True:
        body = pre + rs(r, "0123456789", n - 1 - len(pre))
        d = luhn_complete(body)
        if d not in FAMOUS and len(set(d[6:])) > 3:
            return brand, d

def group_card(d, sep=" "):
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)

def card(r, brand=None, fmt=None):
    brand, d = card_digits(r, brand)
    fmt = fmt or r.choice(["plain", "space", "space", "dash"])
    if fmt == "plain":
        return brand, d
    return brand, group_card(d, " " if fmt == "space" else "-")

def masked_card(r):
    brand, d = card_digits(r)
    k = r.randint(0, 5)
    if k == 0:
        return "**** **** **** " + d[-4:]
    if k == 1:
        return "****" + d[-4:]
    if k == 2:
        return d[:4] + " XXXX XXXX " + d[-4:]
    if k == 3:
        return d[:6] + "*" * (len(d) - 10) + d[-4:]
    if k == 4:
        return "•••• " + d[-4:]
    return "xxxx-xxxx-xxxx-" + d[-4:]

# ---------------------------------------------------------------- IBAN / national accounts
IT_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23, 27, 28, 26]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-. "

def it_cin(abi, cab, conto):
    s = 0
    for k, ch in enumerate(abi + cab + conto):
        i = "0123456789".find(ch)
        if i < 0:
            i = LETTERS.find(ch)
        s += IT_CIN_ODD[i] if k % 2 == 0 else i
    return LETTERS[s % 26]

IT_ABI = ["03069", "02008", "05034", "03062", "05584", "03111", "08327", "05696", "03440", "06230", "05387", "03104", "01030", "05428", "03015", "08549", "36000", "03268"]

def it_account(r):
    abi = r.choice(IT_ABI)
    cab = rs(r, "0123456789", 5)
    conto = r.choice(["0000", "0001", "1000", "CC00", "0100"]) + rs(r, "0123456789", 8)
    if conto.startswith("CC") and r.random() < .5:
        conto = "0000" + conto[4:]
    return abi, cab, conto

def iban_check(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(n) % 97)

def rib_key(bank, branch, acct):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97))

def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (dc("00" + entidad + oficina), dc(cuenta))

def bban_for(r, cc):
    D = "0123456789"
    if cc in ("IT", "SM"):
        abi, cab, conto = it_account(r)
        return it_cin(abi, cab, conto) + abi + cab + conto
    if cc == "DE":
        return rs(r, "12345678", 1) + rs(r, D, 7) + rs(r, D, 10)
    if cc == "FR":
        b, g, a = rs(r, D, 5), rs(r, D, 5), rs(r, D, 11)
        return b + g + a + rib_key(b, g, a)
    if cc == "ES":
        e, o, c = rs(r, D, 4), rs(r, D, 4), rs(r, D, 10)
        return e + o + es_dc(e, o, c) + c
    if cc == "NL":
        return r.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ", "SNSB"]) + rs(r, D, 10)
    if cc == "BE":
        x = rs(r, D, 10)
        c = int(x) % 97 or 97
        return x + "%02d" % c
    if cc == "GB":
        return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + rs(r, D, 14)
    if cc == "IE":
        return r.choice(["AIBK", "BOFI", "IPBS"]) + rs(r, D, 14)
    if cc == "PT":
        return rs(r, D, 21)
    if cc == "AT":
        return rs(r, D, 16)
    if cc == "CH":
        return rs(r, D, 5) + rs(r, D, 12)
    if cc == "PL":
        return rs(r, D, 24)
    if cc == "LT":
        return rs(r, D, 16)
    if cc == "LU":
        return rs(r, D, 3) + rs(r, D + "ABCDEFGHJKLMNPRSTUVWXYZ", 13)
    if cc == "MT":
        return rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rs(r, D, 5) + rs(r, D, 18)
    raise ValueError(cc)

IBAN_CC = ["IT"] * 8 + ["DE"] * 3 + ["FR"] * 3 + ["ES"] * 3 + ["NL", "NL", "BE", "GB", "GB", "IE", "PT", "AT", "CH", "PL", "LT", "LU", "MT", "SM"]

def iban_raw(r, cc=None):
    cc = cc or r.choice(IBAN_CC)
    bban = bban_for(r, cc)
    return cc + iban_check(cc, bban) + bban

def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

def iban(r, cc=None, fmt=None):
    raw = iban_raw(r, cc)
    fmt = fmt or r.choice(["plain", "plain", "group", "group", "group"])
    return raw if fmt == "plain" else group4(raw)

def masked_iban(r):
    raw = iban_raw(r, r.choice(["IT", "IT", "DE", "FR", "ES"]))
    k = r.randint(0, 3)
    if k == 0:
        return raw[:4] + "*" * (len(raw) - 8) + raw[-4:]
    if k == 1:
        return group4(raw[:2] + "**" + "*" * (len(raw) - 8) + raw[-4:])
    if k == 2:
        return raw[:2] + "XX XXXX XXXX XXXX XXXX " + raw[-4:]
    return "…" + raw[-4:]

def aba_routing(r):
    while True:
        d = r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"]) + rs(r, "0123456789", 6)
        for c in "0123456789":
            x = d + c
            v = [int(i) for i in x]
            if (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5] + v[8])) % 10 == 0:
                return x

def sort_code(r):
    return "%02d-%02d-%02d" % (r.choice([20, 30, 40, 60, 77, 8, 9, 11, 12, 16, 23, 4]), r.randint(0, 99), r.randint(0, 99))

def bank_account(r, country=None):
    """Return dict(country, value, companions (list of (label,value)), style) - value is the labeled string."""
    D = "0123456789"
    country = country or r.choice(["IT"] * 4 + ["GB"] * 2 + ["US"] * 2 + ["FR", "DE", "DE", "ES", "AU", "CA", "IT_BBAN"])
    if country == "IT":
        abi, cab, conto = it_account(r)
        return dict(country="IT", value=conto, comp=[("ABI", abi), ("CAB", cab)])
    if country == "IT_BBAN":
        abi, cab, conto = it_account(r)
        cin = it_cin(abi, cab, conto)
        sep = r.choice([" ", " ", "-", ""])
        return dict(country="IT_BBAN", value=sep.join([cin, abi, cab, conto]), comp=[])
    if country == "GB":
        return dict(country="GB", value=r.choice(["1", "2", "3", "4", "5", "6", "7", "8"]) + rs(r, D, 7), comp=[("sort code", sort_code(r))])
    if country == "US":
        return dict(country="US", value=rs(r, "123456789", 1) + rs(r, D, r.randint(7, 11)), comp=[("routing", aba_routing(r))])
    if country == "FR":
        b, g, a = rs(r, D, 5), "0" + rs(r, D, 4), "000" + rs(r, D, 8)
        return dict(country="FR", value="%s %s %s %s" % (b, g, a, rib_key(b, g, a)), comp=[])
    if country == "DE":
        return dict(country="DE", value=r.choice(["0", "00", ""]) + rs(r, "123456789", 1) + rs(r, D, r.randint(6, 8)), comp=[("BLZ", rs(r, "1234567", 1) + rs(r, D, 2) + " " + rs(r, D, 3) + " " + rs(r, D, 2))])
    if country == "ES":
        e, o, c = rs(r, D, 4), rs(r, D, 4), rs(r, D, 10)
        dc = es_dc(e, o, c)
        return dict(country="ES", value=r.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (e, o, dc, c), comp=[])
    if country == "AU":
        return dict(country="AU", value=rs(r, "123456789", 1) + rs(r, D, r.randint(5, 8)), comp=[("BSB", "%03d-%03d" % (r.randint(10, 999), r.randint(0, 999)))])
    if country == "CA":
        return dict(country="CA", value=rs(r, "123456789", 1) + rs(r, D, 6), comp=[("transit", rs(r, D, 5)), ("institution", r.choice(["001", "002", "003", "004", "006", "010", "815"]))])
    raise ValueError(country)

# ---------------------------------------------------------------- tokens
PROVIDERS = ["Paganta", "Finvero", "OpenConto", "Lirapay", "Clearmint", "Northbridge Pay", "Quadra Payments", "Ponte PSD2", "Bancanet Connect", "Tesoro API", "Moneta Hub", "Vellum Pay"]
DOMAINS = ["paganta.io", "finvero.com", "openconto.it", "lirapay.eu", "clearmint.co.uk", "northbridgepay.com", "quadrapay.it", "pontepsd2.eu", "bancanet-connect.it", "tesoro-api.com", "monetahub.io", "vellumpay.com"]

def jwt(r, kind="access", alg=None):
    alg = alg or r.choice(["RS256", "RS256", "ES256", "PS256", "HS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and r.random() < .8:
        hdr["kid"] = r.choice([rs(r, HEX, 8), rs(r, B64URL, 22), "2024-" + r.choice(["01", "03", "06", "09", "11"]) + "-rsa"])
    if r.random() < .3:
        hdr = {"typ": "JWT", **hdr}
    dom = r.choice(DOMAINS)
    iat = r.randint(1704067200, 1735600000)
    p = {"iss": "https://" + r.choice(["auth", "login", "idp", "sso", "oauth"]) + "." + r.choice(["sandbox.", "", "test.", ""]) + dom,
         "sub": r.choice([uuid4(r), "merchant_" + rs(r, "0123456789", 6), rs(r, LOWER_ALNUM, 20)]),
         "aud": r.choice(["payments-api", "psd2-gateway", "https://api." + dom, "accounts"]),
         "iat": iat, "exp": iat + r.choice([300, 900, 3600, 7200, 86400 * 30])}
    if kind == "access":
        p["scope"] = r.choice(["payments:write payments:read", "accounts balances transactions", "openid profile", "ais pis", "refunds:write", "read write"])
    else:
        p["typ"] = "Refresh"
        p["sid"] = uuid4(r)
    if r.random() < .6:
        p["jti"] = uuid4(r)
    if r.random() < .3:
        p["azp"] = rs(r, LOWER_ALNUM, 12)
    items = list(p.items())
    r.shuffle(items)
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    pl = b64u(json.dumps(dict(items), separators=(",", ":")).encode())
    siglen = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32}[alg]
    return h + "." + pl + "." + b64u(rbytes(r, siglen))

def access_token(r):
    k = r.randint(0, 9)
    if k < 4:
        return jwt(r, "access")
    if k < 6:
        return rs(r, ALNUM, r.choice([32, 40, 48, 64]))
    if k < 8:
        return b64u(rbytes(r, r.choice([32, 48])))
    if k == 8:
        return rs(r, HEX, 8) + "-" + rs(r, ALNUM, 36)
    return rs(r, ALNUM, 24) + "." + rs(r, B64URL, 43)

def refresh_token(r):
    k = r.randint(0, 7)
    if k < 2:
        return jwt(r, "refresh")
    if k < 4:
        return rs(r, ALNUM, r.choice([64, 80, 96, 128]))
    if k < 6:
        return b64u(rbytes(r, r.choice([48, 64])))
    if k == 6:
        return uuid4(r) + "." + rs(r, B64URL, 40)
    return rs(r, ALNUM, 10) + "-" + rs(r, ALNUM, 54)

def client_secret(r):
    k = r.randint(0, 5)
    if k == 0:
        return rs(r, ALNUM, 3) + str(r.randint(1, 9)) + "Q~" + rs(r, ALNUM + "~._-", 34)
    if k == 1:
        return b64u(rbytes(r, 32))
    if k == 2:
        return rs(r, ALNUM, r.choice([32, 40, 48]))
    if k == 3:
        return rs(r, HEX, 64)
    if k == 4:
        return rs(r, ALNUM, 20) + "-" + rs(r, ALNUM, 20)
    return rs(r, ALNUM + "_-", 56)

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

def vendor_key(r, vendor=None):
    vendor = vendor or r.choice(["stripe", "stripe", "stripe_rk", "stripe_test", "whsec", "aws", "aws", "ghp", "github_pat", "slack", "google", "gitlab", "sendgrid", "shopify", "npm", "mailgun", "openai", "digitalocean", "hf"])
    if vendor == "stripe":
        v = "sk_live_" + rs(r, ALNUM, r.choice([24, 99]))
    elif vendor == "stripe_rk":
        v = "rk_live_" + rs(r, ALNUM, r.choice([24, 99]))
    elif vendor == "stripe_test":
        v = "sk_test_" + rs(r, ALNUM, r.choice([24, 99]))
    elif vendor == "whsec":
        v = "whsec_" + rs(r, ALNUM, 32)
    elif vendor == "aws":
        v = "AKIA" + rs(r, B32, 16)
    elif vendor == "aws_secret":
        v = rs(r, ALNUM + "/+", 40)
    elif vendor == "ghp":
        v = r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(r, ALNUM, 36)
    elif vendor == "github_pat":
        v = "github_pat_11" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + rs(r, ALNUM, 59)
    elif vendor == "slack":
        v = r.choice(["xoxb-", "xoxb-", "xoxp-"]) + rs(r, "123456789", 1) + rs(r, "0123456789", r.randint(9, 11)) + "-" + rs(r, "123456789", 1) + rs(r, "0123456789", 12) + "-" + rs(r, ALNUM, 24)
    elif vendor == "google":
        v = "AIza" + rs(r, B64URL, 35)
    elif vendor == "gitlab":
        v = "glpat-" + rs(r, B64URL, 20)
    elif vendor == "sendgrid":
        v = "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    elif vendor == "shopify":
        v = "shpat_" + rs(r, HEX, 32)
    elif vendor == "npm":
        v = "npm_" + rs(r, ALNUM, 36)
    elif vendor == "mailgun":
        v = "key-" + rs(r, HEX, 32)
    elif vendor == "openai":
        v = "sk-proj-" + rs(r, B64URL, 48) + "T3BlbkFJ" + rs(r, B64URL, 48)
    elif vendor == "digitalocean":
        v = "dop_v1_" + rs(r, HEX, 64)
    elif vendor == "hf":
        v = "hf_" + rs(r, string.ascii_letters, 34)
    else:
        raise ValueError(vendor)
    return vendor, v

VENDOR_VARS = {
    "stripe": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe_key", "stripeSecretKey"],
    "stripe_rk": ["STRIPE_RESTRICTED_KEY", "stripe_restricted_key", "rk"],
    "stripe_test": ["STRIPE_TEST_KEY", "stripe_secret_key", "STRIPE_SK"],
    "whsec": ["STRIPE_WEBHOOK_SECRET", "webhook_signing_secret", "endpointSecret"],
    "aws": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
    "aws_secret": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
    "ghp": ["GITHUB_TOKEN", "GH_TOKEN", "github_token"],
    "github_pat": ["GITHUB_PAT", "GH_PAT", "gh_pat"],
    "slack": ["SLACK_BOT_TOKEN", "slack_token", "SLACK_TOKEN"],
    "google": ["GOOGLE_MAPS_API_KEY", "GOOGLE_API_KEY", "googleApiKey", "places_key"],
    "gitlab": ["GITLAB_TOKEN", "CI_DEPLOY_TOKEN", "gitlab_pat"],
    "sendgrid": ["SENDGRID_API_KEY", "sendgrid_key", "MAIL_API_KEY"],
    "shopify": ["SHOPIFY_ACCESS_TOKEN", "shopify_admin_token", "SHOPIFY_TOKEN"],
    "npm": ["NPM_TOKEN", "npm_auth_token", "NODE_AUTH_TOKEN"],
    "mailgun": ["MAILGUN_API_KEY", "mailgun_key", "MG_KEY"],
    "openai": ["OPENAI_API_KEY", "openai_key", "LLM_API_KEY"],
    "digitalocean": ["DIGITALOCEAN_TOKEN", "DO_TOKEN", "do_api_token"],
    "hf": ["HF_TOKEN", "HUGGINGFACE_TOKEN", "hf_token"],
}

# ---------------------------------------------------------------- PEM
def _pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)

def _sshstr(b):
    return struct.pack(">I", len(b)) + b

def private_key(r, kind=None):
    kind = kind or r.choice(["rsa1", "rsa8", "ec", "ec8", "ed", "openssh", "openssh", "enc"])
    if kind == "rsa1":
        der = bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001028201") + rbytes(r, 921)
        return _pem("RSA PRIVATE KEY", der)
    if kind == "rsa8":
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001028201") + rbytes(r, 921)
        return _pem("PRIVATE KEY", der)
    if kind == "ec":
        der = bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64)
        return _pem("EC PRIVATE KEY", der)
    if kind == "ec8":
        der = bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420") + rbytes(r, 32) + bytes.fromhex("a14403420004") + rbytes(r, 64)
        return _pem("PRIVATE KEY", der)
    if kind == "ed":
        der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)
        return _pem("PRIVATE KEY", der)
    if kind == "enc":
        der = bytes.fromhex("3082050e304006092a864886f70d01050d3033301b06092a864886f70d01050c300e0408") + rbytes(r, 8) + bytes.fromhex("020208003014") + rbytes(r, 20) + bytes.fromhex("048204c8") + rbytes(r, 1224)
        return _pem("ENCRYPTED PRIVATE KEY", der)
    pub = rbytes(r, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(r, 4)
    comment = r.choice([b"deploy@ci-runner", b"marco@thinkpad", b"sftp-psp", b"jenkins@build01", b"root@gw-prod-2"])
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(r, 32) + pub) + _sshstr(comment)
    pad = 8 - len(priv) % 8
    priv += bytes(range(1, pad + 1)) if pad < 8 else b""
    blob = b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv)
    return _pem("OPENSSH PRIVATE KEY", blob, 70)

def public_pem(r):
    k = r.randint(0, 2)
    if k == 0:
        return _pem("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64))
    if k == 1:
        return _pem("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001"))
    return _pem("CERTIFICATE", bytes.fromhex("3082037d30820265a003020102021400") + rbytes(r, 19) + bytes.fromhex("300d06092a864886f70d01010b0500") + rbytes(r, 850))

def ssh_pub(r):
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + r.choice(["deploy@ci", "luca@macbook", "sftp-upload", "ops@bastion"])

# ---------------------------------------------------------------- passwords
IT_WORDS = ["girasole", "tramonto", "cavallo", "pomodoro", "gabbiano", "ciliegia", "tartaruga", "limone", "vulcano", "lanterna", "scoglio", "farfalla", "ombrello", "castagna", "pennello", "arancia", "montagna", "ruscello", "biscotto", "fragola", "balena", "tastiera", "lucertola", "mandorla", "cometa", "bussola", "grattugia", "capriolo", "vento", "nuvola", "salvia", "basilico", "torrone", "panettone", "lampione", "orologio", "zucchero", "carciofo", "fenicottero", "gomitolo"]
EN_WORDS = ["harbor", "pepper", "lantern", "copper", "meadow", "falcon", "velvet", "orbit", "thistle", "marble", "glacier", "walnut", "saddle", "ember", "quartz", "pickle", "tundra", "juniper", "biscuit", "anchor", "maple", "riddle", "canyon", "plume", "sparrow", "cobalt", "timber", "mosaic", "nectar", "puzzle", "rocket", "willow", "badger", "crimson", "drizzle", "gravel", "hazel", "lemon", "oyster", "tulip"]
CITIES = ["Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Genova", "Trieste", "Palermo", "Leeds", "Bristol", "Dublin", "Lyon", "Porto"]
SAFE_SYM = "!#%*-_+=.?~"
URL_SYM = "!*-_.~"

def password(r, url_safe=False):
    sym = URL_SYM if url_safe else SAFE_SYM
    k = r.randint(0, 6)
    words = r.choice([IT_WORDS, EN_WORDS])
    if k == 0:
        return r.choice(words).capitalize() + str(r.randint(10, 2025)) + r.choice(sym)
    if k == 1:
        return r.choice(CITIES) + r.choice(sym) + str(r.randint(1, 99)) + r.choice(words)[:3]
    if k == 2:
        return r.choice(ALNUM) + rs(r, ALNUM + sym, r.randint(11, 21))
    if k == 3:
        s = r.choice(words)
        s = s.replace("a", "@", 1) if not url_safe else s.replace("a", "4", 1)
        return s.replace("o", "0", 1).capitalize() + r.choice(sym) + str(r.randint(1, 999))
    if k == 4:
        return rs(r, ALNUM, r.randint(10, 16))
    if k == 5:
        sep = r.choice(["-", ".", "_"] if url_safe else ["-", " ", ".", "_", "-"])
        n = r.randint(3, 5)
        return sep.join(r.choice(words) for _ in range(n)) + (str(r.randint(1, 99)) if r.random() < .4 else "")
    return r.choice(words).capitalize() + r.choice(words).capitalize() + str(r.randint(1, 9)) + r.choice(sym) + r.choice(sym)

def passphrase(r):
    words = r.choice([IT_WORDS, EN_WORDS])
    sep = r.choice([" ", "-", " ", "."])
    return sep.join(r.choice(words) for _ in range(r.randint(4, 6)))

def pin(r, n=None):
    n = n or r.choice([4, 4, 5, 6, 6])
    while True:
        p = rs(r, "0123456789", n)
        if len(set(p)) >= 3 and p not in ("1234", "123456", "4321", "12345"):
            return p

def cvv(r, amex=False):
    return rs(r, "0123456789", 4 if amex else 3)

# ---------------------------------------------------------------- look-alikes
def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def pay_id(r):
    return r.choice(["pay_", "pmt_", "pay_", "pi_", "po_", "re_", "ch_"]) + rs(r, ALNUM, r.choice([14, 20, 24]))

def evt_id(r):
    return "evt_" + rs(r, ALNUM, 24)

def client_id(r):
    k = r.randint(0, 4)
    if k == 0:
        return uuid4(r)
    if k == 1:
        return "cli_" + rs(r, LOWER_ALNUM, 16)
    if k == 2:
        return r.choice(["sportello", "acme", "shop", "erp", "pos", "app"]) + "-" + r.choice(["sandbox", "prod", "test", "staging"]) + "-" + rs(r, "0123456789", 4)
    if k == 3:
        return rs(r, LOWER_ALNUM, 24)
    return "PSDIT-BI-" + rs(r, "0123456789", 6)

def sha1(r):
    return rs(r, HEX, 40)

def sha256(r):
    return rs(r, HEX, 64)

def md5(r):
    return rs(r, HEX, 32)

def trace_id(r):
    return rs(r, HEX, 32)

def span_id(r):
    return rs(r, HEX, 16)

def traceparent(r):
    return "00-%s-%s-01" % (trace_id(r), span_id(r))

HARMLESS = ["hello world", "ping", '{"event":"test"}', "status=ok", "merchant:demo", "admin", "sandbox", "postgres", "ordine 12 confermato", "true", "it-IT", "application/json", "webhook test", "user@example.org", "payments-reader", "v2", "ciao", "readonly", "psp-user", "ledger"]

def b64_harmless(r):
    return base64.b64encode(r.choice(HARMLESS).encode()).decode()

def iso_ts(r, z=True):
    dt = datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=r.randint(0, 86400 * 540))
    ms = r.randint(0, 999)
    s = dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % ms
    return s + ("Z" if z else r.choice(["+01:00", "+02:00"]))

def dt_obj(r):
    return datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=r.randint(0, 86400 * 540))

def epoch(r, ms=False):
    e = r.randint(1704067200, 1750000000)
    return str(e * 1000 + r.randint(0, 999)) if ms else str(e)

def order_no(r):
    k = r.randint(0, 4)
    if k == 0:
        return "ORD-%d-%06d" % (r.randint(2023, 2025), r.randint(1, 999999))
    if k == 1:
        return "#%d" % r.randint(10000, 999999)
    if k == 2:
        return "SO%07d" % r.randint(1, 9999999)
    if k == 3:
        return "%s-%d" % (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3), r.randint(1000, 99999))
    return "ORD%s" % rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)

def invoice_no(r):
    return r.choice(["FT %d/%05d", "INV-%d-%04d", "FATT-%d-%03d", "%d/%d"]) % (r.randint(2023, 2025), r.randint(1, 9999))

def tracking(r):
    k = r.randint(0, 2)
    if k == 0:
        return "1Z" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6) + rs(r, "0123456789", 2) + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + rs(r, "0123456789", 6)
    if k == 1:
        return "JJD" + rs(r, "0123456789", 9)
    return "RR" + rs(r, "0123456789", 9) + "IT"

def phone(r, lang="it"):
    if lang == "it" or r.random() < .3:
        return r.choice(["+39 3%d%d %03d %04d", "3%d%d %03d%04d", "+39 0%d %d%03d%02d"]) % tuple(r.randint(0, 9) if i < 2 else r.randint(0, 999) for i in range(5)) if False else r.choice([
            "+39 3%d%d %03d %04d" % (r.randint(2, 9), r.randint(0, 9), r.randint(100, 999), r.randint(0, 9999)),
            "3%d%d %03d %04d" % (r.randint(2, 9), r.randint(0, 9), r.randint(100, 999), r.randint(0, 9999)),
            "02 %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999)),
            "+39 06 %d%03d%03d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 999))])
    return r.choice(["+44 20 %04d %04d" % (r.randint(1000, 9999), r.randint(0, 9999)), "+1 (%03d) %03d-%04d" % (r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)), "07%03d %06d" % (r.randint(100, 999), r.randint(0, 999999))])

def piva(r):
    return luhn_complete(rs(r, "0123456789", 7) + r.choice(["001", "015", "037", "058", "096", "021"]))

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))

def codice_fiscale(r):
    C = "BCDFGLMNPRSTVZ"
    s = rs(r, C, 3) + rs(r, C, 2) + r.choice("AEIO") + "%02d" % r.randint(55, 99) + r.choice("ABCDEHLMPRST") + "%02d" % (r.randint(1, 28) + r.choice([0, 40]))
    s += r.choice(["H501", "F205", "A944", "L219", "F839", "G273", "D612", "L736", "C351", "A662", "G224", "L781"])
    tot = 0
    for i, ch in enumerate(s):
        tot += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return s + chr(65 + tot % 26)

def version(r):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40)) + r.choice(["", "", "", "-rc.1", "-beta.%d" % r.randint(1, 5), "+build.%d" % r.randint(100, 9999)])

def build_no(r):
    return r.choice(["build %d" % r.randint(100, 99999), "#%d" % r.randint(100, 9999), "%s.%d" % (dt_obj(r).strftime("%Y%m%d"), r.randint(1, 9))])

def bcrypt_hash(r):
    return "$2b$%02d$" % r.choice([10, 12]) + rs(r, ALNUM + "./", 53)

def argon_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + base64.b64encode(rbytes(r, 16)).decode().rstrip("=") + "$" + base64.b64encode(rbytes(r, 32)).decode().rstrip("=")

def amount(r, it=True):
    v = r.randint(100, 2500000) / 100
    s = "{:,.2f}".format(v)
    return s.replace(",", "X").replace(".", ",").replace("X", ".") if it else s

def e2e_id(r):
    return r.choice(["E2E-", "NOTPROVIDED", "E2E", "INV"]) + (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16) if r.random() < .8 else "")

def cro(r):
    return rs(r, "0123456789", 11)

def mandate_id(r):
    return "MNDT-%s-%s" % (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3), rs(r, "0123456789", 6))

def bic(r):
    return r.choice(["BCITITMM", "UNCRITMM", "BPMOIT22", "CRPPIT2P", "BAPPIT21", "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "INGBNL2A", "BARCGB22", "SELBIT2B", "FEBIITM1"] + ["BCITITMMXXX", "UNCRITMMXXX"])

def ip(r):
    return "%d.%d.%d.%d" % (r.choice([10, 172, 192, 34, 52, 18]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def etag(r):
    return 'W/"%s"' % rs(r, HEX, r.choice([16, 32]))

def crc32(r):
    return "%08x" % r.getrandbits(32)

def kid(r):
    return r.choice(["key-%d" % r.randint(1, 40), "2024-%02d-sig" % r.randint(1, 12), rs(r, HEX, 16), rs(r, B64URL, 43)])
