"""Field vocabulary, secret/decoy/look-alike field builders and structured formatters."""
import json, base64, re
import values as V

def conv(base, c):
    parts = base.split("_")
    if c == "snake":
        return base
    if c == "upper":
        return base.upper()
    if c == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if c == "pascal":
        return "".join(p.capitalize() for p in parts)
    if c == "kebab":
        return "-".join(parts)
    if c == "title":
        return "-".join(p.capitalize() for p in parts)
    return base

KIND_NAMES = {
    "access_token": ["access_token", "bearer_token", "auth_token", "oauth_token", "api_token", "session_token", "token", "jwt"],
    "refresh_token": ["refresh_token", "oauth_refresh_token", "refresh", "rt", "offline_token", "refresh_tok"],
    "client_secret": ["client_secret", "app_secret", "consumer_secret", "oauth_client_secret", "psp_client_secret", "secret", "api_secret"],
    "password": ["password", "db_password", "passwd", "pwd", "smtp_password", "sftp_password", "admin_password", "keystore_password", "portal_password", "pass", "db_pass", "passphrase"],
    "pin": ["pin", "card_pin", "pin_code", "sca_pin", "otp_pin", "pin_dispositivo", "device_pin"],
    "cvv": ["cvv", "cvc", "cvv2", "security_code", "card_cvc", "cvc2"],
    "card_number": ["card_number", "pan", "cc_number", "card_no", "numero_carta", "card_pan", "cardnumber"],
    "iban": ["iban", "beneficiary_iban", "debtor_iban", "creditor_iban", "iban_accredito", "payout_iban", "settlement_iban"],
    "bank_account": ["account_number", "conto", "numero_conto", "acct_no", "account_no", "kontonummer"],
    "private_key": ["private_key", "signing_key", "client_private_key", "tls_key", "jwt_private_key", "ssh_private_key", "qseal_key"],
}

PROSE = {
    "it": {"access_token": ["l'access token", "il token", "il bearer", "il token di accesso"],
           "refresh_token": ["il refresh token", "il refresh", "il token di refresh"],
           "client_secret": ["il client secret", "il secret", "il client_secret", "la secret dell'app"],
           "vendor_key": ["la chiave", "la API key", "la key", "la chiave live"],
           "password": ["la password", "la pwd", "la passw", "la password del db"],
           "pin": ["il PIN", "il pin dispositivo", "il codice PIN"],
           "cvv": ["il CVV", "il cvv", "il codice di sicurezza", "il CVC"],
           "card_number": ["il numero carta", "la carta", "il PAN", "la carta di test"],
           "iban": ["l'IBAN", "l'iban", "le coordinate IBAN"],
           "bank_account": ["il numero di conto", "il conto", "il c/c"],
           "private_key": ["la chiave privata", "la private key", "il file .pem"]},
    "en": {"access_token": ["the access token", "the bearer token", "the token"],
           "refresh_token": ["the refresh token", "the refresh_token"],
           "client_secret": ["the client secret", "the app secret", "our secret"],
           "vendor_key": ["the API key", "the live key", "the key"],
           "password": ["the password", "the DB password", "the pwd"],
           "pin": ["the PIN", "the card PIN", "the device PIN"],
           "cvv": ["the CVV", "the CVC", "the security code"],
           "card_number": ["the card number", "the card", "the PAN", "the test card"],
           "iban": ["the IBAN", "our IBAN", "the payout IBAN"],
           "bank_account": ["the account number", "the bank account", "our account"],
           "private_key": ["the private key", "the signing key", "the key file"]},
}

class Secret:
    def __init__(self, kind, raw, name, extra=None, meta=None):
        self.kind, self.raw, self.name = kind, raw, name
        self.extra = extra or []
        self.meta = meta or {}

def make_secret(r, kind, url_safe=False, vendor=None, brand=None):
    if kind == "access_token":
        return Secret(kind, V.access_token(r), r.choice(KIND_NAMES[kind]))
    if kind == "refresh_token":
        return Secret(kind, V.refresh_token(r), r.choice(KIND_NAMES[kind]))
    if kind == "client_secret":
        return Secret(kind, V.client_secret(r), r.choice(KIND_NAMES[kind]))
    if kind == "vendor_key":
        vnd, v = V.vendor_key(r, vendor)
        name = r.choice(V.VENDOR_VARS[vnd]).lower()
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower() if name.islower() else name
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", r.choice(V.VENDOR_VARS[vnd])).lower()
        return Secret(kind, v, name, meta={"vendor": vnd})
    if kind == "password":
        pw = V.passphrase(r) if r.random() < .15 and not url_safe else V.password(r, url_safe)
        return Secret(kind, pw, r.choice(KIND_NAMES[kind]) if " " not in pw else r.choice(["passphrase", "password", "key_passphrase"]))
    if kind == "pin":
        return Secret(kind, V.pin(r), r.choice(KIND_NAMES[kind]))
    if kind == "cvv":
        return Secret(kind, V.cvv(r, amex=(brand == "amex")), r.choice(KIND_NAMES[kind]))
    if kind == "card_number":
        b, v = V.card(r, brand)
        return Secret(kind, v, r.choice(KIND_NAMES[kind]), meta={"brand": b, "expiry": "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))})
    if kind == "iban":
        return Secret(kind, V.iban(r), r.choice(KIND_NAMES[kind]))
    if kind == "bank_account":
        d = V.bank_account(r)
        nm = {"IT": ["conto", "numero_conto", "conto_corrente", "account_number"], "IT_BBAN": ["bban", "coordinate_bancarie", "bban_it"],
              "GB": ["account_number", "acct_no", "account_no"], "US": ["account_number", "acct_number", "dda_account"],
              "FR": ["rib", "coordonnees_rib", "rib_complet"], "DE": ["kontonummer", "konto", "account_number"],
              "ES": ["ccc", "cuenta_ccc", "codigo_cuenta_cliente"], "AU": ["account_number", "acct"], "CA": ["account_number", "account"]}[d["country"]]
        comp = [(c[0].lower().replace(" ", "_"), c[1]) for c in d["comp"]]
        return Secret(kind, d["value"], r.choice(nm), extra=comp, meta={"country": d["country"], "comp": d["comp"]})
    if kind == "private_key":
        return Secret(kind, V.private_key(r), r.choice(KIND_NAMES[kind]))
    raise ValueError(kind)

# ---------------------------------------------------------------- decoys (negatives)
PLACEHOLDERS = {
    "access_token": ["<your-token>", "${ACCESS_TOKEN}", "process.env.ACCESS_TOKEN", "REDACTED", "<token>", "Bearer ***", "[FILTERED]", "{{access_token}}", "$TOKEN", "xxx"],
    "refresh_token": ["[FILTERED]", "<REFRESH_TOKEN>", "null", "${REFRESH_TOKEN}", "***", "{{refresh_token}}", "(omesso)", ""],
    "client_secret": ["{{client_secret}}", 'os.environ["CLIENT_SECRET"]', "config.clientSecret", "********", "<hidden>", "${CLIENT_SECRET}", "REDACTED", "<CLIENT_SECRET>", "%CLIENT_SECRET%", "vault:secret/data/psp#client_secret"],
    "vendor_key": ["${STRIPE_SECRET_KEY}", 'getenv("STRIPE_API_KEY")', "[MASKED]", "<api-key>", "process.env.PAYMENTS_API_KEY", "$env:API_KEY", "{{api_key}}", "xxxxxxxx", "ENV['API_KEY']"],
    "password": ["********", "xxx", "<password>", "%DB_PASSWORD%", "$(pass show psp/sandbox)", 'getenv("DB_PASSWORD")', "REDACTED", "${DB_PASS}", "*****", "<la-tua-password>", "[redacted]"],
    "pin": ["****", "XXXX", "••••", "<PIN>", "[omesso]", "n/a"],
    "cvv": ["***", "XXX", "<cvv>", "•••", "[hidden]"],
    "private_key": ["/etc/psp/keys/client.key", "file://./certs/signing.pem", "${file(\"./key.pem\")}", "C:\\certs\\qseal.p12", "@./secrets/jwt_rsa.pem", "/run/secrets/tls_key", "vault:pki/issue/psp"],
}

def decoy(r, kind):
    """(name, value) of a secret-looking field holding no secret."""
    name = r.choice(KIND_NAMES.get(kind, ["api_key", "secret_key", "stripe_key"])) if kind != "vendor_key" else r.choice(["api_key", "secret_key", "stripe_key", "aws_secret_access_key", "github_token", "slack_token"])
    if kind == "card_number":
        return name, V.masked_card(r)
    if kind == "iban":
        return name, V.masked_iban(r)
    if kind == "bank_account":
        return name, r.choice(["****%04d", "XXXXXX%02d", "…%04d", "ending %04d"]) % r.randint(0, 9999 if r.random() < .8 else 99)
    if kind == "password" and r.random() < .25:
        return r.choice(["password_hash", "pwd_hash", "hashed_password"]), r.choice([V.bcrypt_hash, V.argon_hash])(r)
    if kind == "client_secret" and r.random() < .2:
        return "client_secret_sha256", V.sha256(r)
    return name, r.choice(PLACEHOLDERS[kind])

# ---------------------------------------------------------------- look-alikes
LOOK = [
    ("request_id", lambda r, l: V.uuid4(r)), ("payment_id", lambda r, l: V.pay_id(r)), ("client_id", lambda r, l: V.client_id(r)), ("idempotency_key", lambda r, l: V.uuid4(r)),
    ("commit", lambda r, l: V.sha1(r)), ("checksum", lambda r, l: V.sha256(r)), ("trace_id", lambda r, l: V.trace_id(r)), ("span_id", lambda r, l: V.span_id(r)),
    ("created_at", lambda r, l: V.iso_ts(r)), ("order_id", lambda r, l: V.order_no(r)), ("invoice", lambda r, l: V.invoice_no(r)), ("tracking_number", lambda r, l: V.tracking(r)),
    ("phone", lambda r, l: V.phone(r, l)), ("partita_iva", lambda r, l: V.piva(r)), ("codice_fiscale", lambda r, l: V.codice_fiscale(r)),
    ("masked_pan", lambda r, l: V.masked_card(r)), ("sdk_version", lambda r, l: V.version(r)), ("build", lambda r, l: V.build_no(r)), ("file_md5", lambda r, l: V.md5(r)),
    ("correlation_id", lambda r, l: V.uuid4(r)), ("event_id", lambda r, l: V.evt_id(r)), ("etag", lambda r, l: V.etag(r)), ("crc32", lambda r, l: V.crc32(r)), ("kid", lambda r, l: V.kid(r)),
    ("traceparent", lambda r, l: V.traceparent(r)), ("mandate_id", lambda r, l: V.mandate_id(r)), ("end_to_end_id", lambda r, l: V.e2e_id(r)), ("bic", lambda r, l: V.bic(r)),
    ("timestamp", lambda r, l: V.epoch(r, r.random() < .3)), ("amount", lambda r, l: V.amount(r, l == "it")),
    ("currency", lambda r, l: r.choice(["EUR", "EUR", "GBP", "USD", "CHF"])), ("status", lambda r, l: r.choice(["pending", "succeeded", "failed", "requires_action", "ACSC", "RJCT", "PDNG", "authorised"])),
    ("merchant_ref", lambda r, l: "M-" + V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)), ("username", lambda r, l: r.choice(["api-user", "integrazione", "mrossi", "ops.team", "svc_payments", "jdoe", "erp_sync"])),
]
LOOKD = dict(LOOK)

def lookalike(r, lang="en"):
    n, f = r.choice(LOOK)
    return n, f(r, lang)

def regen(r, name, lang, old):
    """fresh value of the same look-alike type (matched on the base snake name)"""
    base = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).replace("-", "_").lower()
    f = LOOKD.get(base)
    if not f or base in ("currency", "status", "username", "partita_iva", "codice_fiscale", "bic"):
        return old
    return f(r, lang)

def lookalikes(r, n, lang="en", avoid=()):
    out, seen = [], set(avoid)
    while len(out) < n:
        nm, v = lookalike(r, lang)
        if nm in seen:
            continue
        seen.add(nm)
        out.append((nm, v, None))
    return out

# ---------------------------------------------------------------- formatters
# entries: list of (name, raw_value, kind_or_None). Returns (text, labels)

def appeared_json(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]

def fmt_json(r, entries, indent=None, nest=None):
    labels = []
    obj = {}
    for n, v, k in entries:
        obj[n] = v
        if k:
            labels.append((k, appeared_json(v)))
    if nest:
        obj = {nest: obj}
    ind = indent if indent is not None else r.choice([None, 2, 2, 4])
    return json.dumps(obj, indent=ind, ensure_ascii=False), labels

def fmt_env(r, entries, prefix="", quote=None):
    labels, lines = [], []
    for n, v, k in entries:
        q = quote if quote is not None else r.choice(["", "", '"', "'"])
        if k == "private_key":
            vv = v.replace("\n", "\\n")
            q = '"'
        else:
            vv = v
            if " " in v and not q:
                q = '"'
        lines.append("%s%s=%s%s%s" % (prefix, n, q, vv, q))
        if k:
            labels.append((k, vv))
    return "\n".join(lines), labels

def fmt_yaml(r, entries, indent=0):
    labels, lines = [], []
    pad = " " * indent
    for n, v, k in entries:
        if k == "private_key":
            body = ("\n" + pad + "  ").join(v.split("\n"))
            lines.append("%s%s: |\n%s  %s" % (pad, n, pad, body))
            labels.append((k, body))
            continue
        q = r.choice(["", "", '"', "'"])
        if v == "" or v[:1] in "*&!%@{[<>|`$#" or ": " in v or v in ("null", "true"):
            q = q or '"'
        lines.append("%s%s: %s%s%s" % (pad, n, q, v, q))
        if k:
            labels.append((k, v))
    return "\n".join(lines), labels

def fmt_kv(r, entries, sep=None, indent=""):
    sep = sep or r.choice([": ", " = ", "=", ": "])
    labels, lines = [], []
    for n, v, k in entries:
        if k == "private_key":
            lines.append("%s%s%s\n%s" % (indent, n, sep.rstrip() + ("" if sep.endswith(" ") else ""), v))
        else:
            lines.append("%s%s%s%s" % (indent, n, sep, v))
        if k:
            labels.append((k, v))
    return "\n".join(lines), labels

def fmt_xml(r, entries, indent="  ", pascal=True):
    labels, lines = [], []
    for n, v, k in entries:
        tag = conv(n, "pascal") if pascal else n
        lines.append("%s<%s>%s</%s>" % (indent, tag, v, tag))
        if k:
            labels.append((k, v))
    return "\n".join(lines), labels

def fmt_tostring(r, entries, lang_style, cls="ClientConfig"):
    """SDK object dumps."""
    labels = []
    parts = []
    for n, v, k in entries:
        if k:
            labels.append((k, v if k != "private_key" else (v if lang_style in ("ruby_inspect",) else v)))
        if lang_style == "java":
            parts.append("%s='%s'" % (conv(n, "camel"), v))
        elif lang_style == "go":
            parts.append("%s:%s" % (conv(n, "pascal"), v))
        elif lang_style == "dotnet":
            parts.append("%s = %s" % (conv(n, "pascal"), v))
        elif lang_style == "rust":
            parts.append('%s: "%s"' % (n, v))
        elif lang_style == "ruby":
            parts.append('@%s="%s"' % (n, v))
        elif lang_style == "python":
            parts.append("%s=%r" % (n, v))
        elif lang_style == "kotlin":
            parts.append("%s=%s" % (conv(n, "camel"), v))
    if lang_style == "java":
        s = "%s{%s}" % (cls, ", ".join(parts))
    elif lang_style == "go":
        s = "&{%s}" % " ".join(parts)
    elif lang_style == "dotnet":
        s = "%s { %s }" % (cls, ", ".join(parts))
    elif lang_style == "rust":
        s = "%s { %s }" % (cls, ", ".join(parts))
    elif lang_style == "ruby":
        s = "#<Psp::%s:0x0000%s %s>" % (cls, V.rs(r, V.HEX, 12), ", ".join(parts))
    elif lang_style == "python":
        s = "%s(%s)" % (cls, ", ".join(parts))
    else:
        s = "%s(%s)" % (cls, ", ".join(parts))
    return s, labels

def b64(s):
    return base64.b64encode(s.encode()).decode()
