"""Slot fillers: each positive slot returns (text, [(kind, value)]); each has a negative counterpart."""
import string
from values import *

NAMES_IT = ["Marco Bellini", "Giulia Ferrante", "sig.ra Esposito", "Luca De Santis", "Francesca Moro",
            "Paolo Gentile", "Chiara Rinaldi", "dott. Barbieri", "Elena Caputo", "Antonio Greco"]
NAMES_EN = ["Sarah Whitfield", "Tom Okafor", "Priya Raman", "James Doyle", "Mrs. Kowalski", "Daniel Brooks",
            "Aisha Bello", "Mark Jensen", "Linda Huang", "Kevin O'Neill"]
COMPANIES = ["Fatture Rapide srl", "MeteoAPI", "PagaFacile", "Logistica Nord spa", "Bottega Roma", "EdilStore",
             "Ordini Mobile", "TrasportiVeloci", "Acme Pay", "Farmacia Centrale"]


def one(kind, v):
    return v, [(kind, v)]


def spell_pw(lang):
    w = R.choice(IT_WORDS if lang == "it" else EN_WORDS)
    digits = str(R.randint(10, 9999))
    parts = []
    for i, c in enumerate(w):
        if i == 0:
            parts.append(f"{c} maiuscola" if lang == "it" else f"capital {c}")
        else:
            parts.append(c)
    for c in digits:
        parts.append((IT_DIG if lang == "it" else EN_DIG)[int(c)])
    if R.random() < .5:
        parts.append(R.choice(["punto esclamativo", "chiocciola", "cancelletto"]) if lang == "it"
                     else R.choice(["exclamation mark", "at sign", "hash"]))
    return ", ".join(parts)


def pin_fmt(d):
    return R.choice([d, d, d, "-".join(d), " ".join(d), d[:len(d) // 2] + " " + d[len(d) // 2:]])


def bank_it(lang):
    c, a, b, k = it_parts()
    m = R.random()
    if m < .35:
        return (f"ABI {a} CAB {b} c/c {k}" if lang == "it" else f"ABI {a}, CAB {b}, account {k}"), [("bank_account", k)]
    if m < .55:
        return f"CIN {c} ABI {a} CAB {b} conto n. {k}", [("bank_account", k)]
    if m < .8:
        v = c + a + b + k
        return (f"BBAN {v}" if R.random() < .5 else v), [("bank_account", v)]
    v = f"{c} {a} {b} {k}"
    return v, [("bank_account", v)]


def bank_uk(lang):
    sc = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    acc = "".join(R.choice(string.digits) for _ in range(8))
    m = R.random()
    if m < .5:
        return f"sort code {sc}, account {acc}", [("bank_account", acc)]
    if m < .75:
        return f"sort code {sc} acc no {acc}", [("bank_account", acc)]
    v = f"{sc} {acc}"
    return v, [("bank_account", v)]


def bank_de(lang):
    blz = R.choice(["370 400 44", "500 105 17", "100 200 30", "700 150 00"])
    kto = "".join(R.choice(string.digits) for _ in range(10))
    return R.choice([f"BLZ {blz}, Kontonummer {kto}", f"BLZ {blz} Konto-Nr. {kto}"]), [("bank_account", kto)]


def bank_fr(lang):
    b, g, c, k = fr_parts()
    v = R.choice([f"{b} {g} {c} {k}", f"{b}-{g}-{c}-{k}"])
    return R.choice([f"RIB {v}", v]), [("bank_account", v)]


def bank_es(lang):
    e, o, d, c = es_parts()
    v = R.choice([f"{e} {o} {d} {c}", f"{e}-{o}-{d}-{c}", e + o + d + c])
    return R.choice([f"CCC {v}", f"cuenta {v}", v]), [("bank_account", v)]


def bank_any(lang):
    return R.choice([bank_it, bank_it, bank_uk, bank_de, bank_fr, bank_es])(lang)


def card_pos(lang):
    d = card_digits()
    v = group_card(d)
    if R.random() < .08 and " " in v:
        i = v.index(" ", len(v) // 2 - 2)
        v = v[:i] + "\n" + v[i + 1:]
    return one("card_number", v)


def card_sp(lang):
    d = card_digits()
    return one("card_number", spoken_grouped(d, lang, 4, mix=R.choice([0, 0, .3, 1.0])))


def dburl(lang):
    pw = password().replace("@", "").replace("/", "").replace(":", "").replace("#", "").replace("?", "")
    host = R.choice(["db.internal", "10.2.0.15", "pg-prod.eu-south-1.rds.example", "mysql.local"])
    sch = R.choice(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    user = R.choice(["app", "sportello_rw", "admin", "billing", "root"])
    return f"{sch}://{user}:{pw}@{host}:{R.choice([5432, 3306, 27017, 6379, 5672])}/{R.choice(['orders', 'prod', 'billing', '0'])}", [("password", pw)]


def dburl_neg(lang):
    host = R.choice(["db.internal", "10.2.0.15", "pg-prod.eu-south-1.rds.example"])
    return R.choice([f"postgres://app:${{DB_PASSWORD}}@{host}:5432/orders", f"postgres://app:****@{host}:5432/orders",
                     f"mysql://billing@{host}:3306/billing", f"postgres://USER:PASSWORD@{host}:5432/DBNAME"])


def vk_named(lang):
    n, k = vendor_key_named()
    return f"{n} key {k}" if lang == "en" else f"chiave {n} {k}", [("vendor_key", k)]


def aws_pair(lang):
    a = "AKIA" + rs(16, string.ascii_uppercase + "234567")
    s = rs(40, B62 + "/+")
    return f"aws_access_key_id = {a}\naws_secret_access_key = {s}", [("vendor_key", a), ("vendor_key", s)]


POS = {
    "PW": lambda l: one("password", password()),
    "PWSP": lambda l: one("password", spell_pw(l)),
    "PIN": lambda l: one("pin", pin_fmt(pin())),
    "PINSP": lambda l: one("pin", spoken(pin(R.choice([4, 5, 6])), l, mix=R.choice([0, 0, .4]))),
    "OTP": lambda l: one("pin", R.choice([pin(6), pin(6)[:3] + " " + pin(3), pin(6)[:3] + "-" + pin(3), pin(8)])),
    "OTPSP": lambda l: one("pin", spoken(pin(6), l, mix=R.choice([0, .5]))),
    "CVV": lambda l: one("cvv", cvv(R.choice([3, 3, 3, 4]))),
    "CVVSP": lambda l: one("cvv", spoken(cvv(), l, mix=R.choice([0, .3]))),
    "CARD": card_pos,
    "CARDSP": card_sp,
    "IBAN": lambda l: one("iban", fmt_iban(iban_compact())),
    "IBANIT": lambda l: one("iban", fmt_iban(iban_compact("IT"))),
    "BANK": bank_any,
    "BANKIT": bank_it,
    "BANKUK": bank_uk,
    "BANKDE": bank_de,
    "BANKFR": bank_fr,
    "BANKES": bank_es,
    "AT": lambda l: one("access_token", access_token()),
    "JWT": lambda l: one("access_token", jwt()),
    "SID": lambda l: one("access_token", rs(R.choice([32, 40, 48]), B62)),
    "RT": lambda l: one("refresh_token", refresh_token()),
    "CS": lambda l: one("client_secret", client_secret()),
    "BASIC": lambda l: one("client_secret", basic_blob()),
    "UPPAIR": lambda l: one("client_secret", user_pass_pair()),
    "PK": lambda l: one("private_key", private_key()),
    "VK": lambda l: one("vendor_key", vendor_key_named()[1]),
    "VKN": vk_named,
    "AWS": aws_pair,
    "DBURL": dburl,
}


def _c(*xs):
    return lambda l: R.choice(xs)


def neg_card(lang):
    return group_card(bad_card_digits()) if R.random() < .6 else masked_card()


def neg_card_sp(lang):
    if R.random() < .5:
        return spoken_grouped(bad_card_digits(), lang, 4)
    return "[numero carta rimosso]" if lang == "it" else "[card number removed]"


def neg_redact_sp(lang):
    return R.choice(["[inudibile]", "[omesso dal trascrittore]", "[dati sensibili rimossi]", "[pausa]"]) if lang == "it" \
        else R.choice(["[inaudible]", "[redacted by transcription service]", "[sensitive data removed]", "[crosstalk]"])


def neg_bank(lang):
    m = R.random()
    a, b = R.choice(ABICAB)
    if m < .4:
        return f"ABI {a} CAB {b}"
    if m < .6:
        return f"sort code {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    if m < .8:
        return R.choice(["conto ****", "c/c n. XXXXXXXX", "account ending 4471", "conto che finisce con 0912"])
    return R.choice(BICS)


NEG = {
    "PW": _c("********", "[REDACTED]", "<password>", "${DB_PASSWORD}", "YOUR_PASSWORD", "xxxxxxxx", "[omessa]",
             "<la-tua-password>", "(quella solita)", "•••••••••"),
    "PWSP": neg_redact_sp,
    "PIN": _c("****", "XXXX", "[PIN rimosso]", "••••", "[codice omesso]", "<otp>", "******", "[REDACTED]"),
    "PINSP": neg_redact_sp,
    "OTP": _c("******", "XXXXXX", "<otp>", "[codice rimosso]", "{{otp_code}}", "•••• ••"),
    "OTPSP": neg_redact_sp,
    "CVV": _c("***", "XXX", "[CVV non riportato]", "•••", "<cvv>"),
    "CVVSP": neg_redact_sp,
    "CARD": neg_card,
    "CARDSP": neg_card_sp,
    "IBAN": lambda l: fmt_iban(bad_iban_compact()) if R.random() < .6 else masked_iban(),
    "IBANIT": lambda l: fmt_iban(bad_iban_compact()) if R.random() < .6 else masked_iban(),
    "BANK": neg_bank, "BANKIT": neg_bank, "BANKUK": neg_bank, "BANKDE": neg_bank, "BANKFR": neg_bank,
    "BANKES": neg_bank,
    "AT": _c("<your-token>", "{{token}}", "${ACCESS_TOKEN}", "YOUR_ACCESS_TOKEN", "[REDACTED]", "<token>",
             "xxxxxxxxxxxxxxxxxxxx", "$TOKEN", "{{access_token}}", "***"),
    "JWT": _c("<your-token>", "{{jwt}}", "${JWT}", "eyJ...", "[REDACTED]", "<jwt qui>"),
    "SID": _c("<session-id>", "[REDACTED]", "xxxxxxxx", "${SESSION_COOKIE}"),
    "RT": _c("<refresh-token>", "${REFRESH_TOKEN}", "{{refresh_token}}", "[REDACTED]", "YOUR_REFRESH_TOKEN"),
    "CS": _c("YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<client-secret>", "{{client_secret}}", "********",
             "<il-tuo-secret>", "[REDACTED]"),
    "BASIC": _c("<base64(client_id:client_secret)>", "${BASIC_AUTH}", "[REDACTED]", "Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ="),
    "UPPAIR": _c("acme-pay-prod:<secret>", "CLIENT_ID:CLIENT_SECRET", "${CLIENT_ID}:${CLIENT_SECRET}",
                 "fatture-web:********"),
    "PK": _c("-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----", "(chiave privata rimossa)",
             "~/.ssh/id_ed25519", "/etc/ssl/private/server.key", "-----BEGIN PUBLIC KEY-----\n" + rs(64, B62) +
             "\nIDAQAB\n-----END PUBLIC KEY-----"),
    "VK": _c("AKIAXXXXXXXXXXXXXXXX", "sk_live_...", "sk_test_<your key>", "ghp_xxxxxxxxxxxxxxxxxxxx",
             "${STRIPE_SECRET_KEY}", "[REDACTED]", "xoxb-<bot-token>"),
    "VKN": _c("Stripe key sk_live_...", "chiave AWS [rimossa]", "GitHub token ghp_****", "SendGrid key SG.xxxxx"),
    "AWS": _c("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = <secret>",
              "aws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}"),
    "DBURL": dburl_neg,
}

ENVREAD = [
    'os.environ["CLIENT_SECRET"]', "process.env.API_TOKEN", 'std::env::var("SPORTELLO_TOKEN")',
    'getenv("DB_PASSWORD")', "config.clientSecret", 'System.getenv("REFRESH_TOKEN")', "$_ENV['STRIPE_KEY']",
    'os.getenv("PAYMENT_API_KEY")', "settings.OAUTH_CLIENT_SECRET", 'ENV.fetch("BANK_IBAN")',
    'viper.GetString("auth.password")', "secrets.get('card_token')",
]

LOOK = {
    "UUID": lambda l: uuid4(),
    "PAY": lambda l: pay_id(),
    "TASK": lambda l: task_id(),
    "TRACE": lambda l: trace_id(),
    "CID": lambda l: R.choice(CLIENT_IDS),
    "COMMIT": lambda l: commit(),
    "SHA": lambda l: sha256(),
    "ORDER": lambda l: order_no(),
    "INV": lambda l: invoice_no(),
    "TICKET": lambda l: ticket_no(),
    "PHONE": phone,
    "PHONESP": phone_spoken,
    "AMOUNT": amount,
    "DATE": date,
    "TIME": lambda l: time_(),
    "BADCARD": lambda l: group_card(bad_card_digits()),
    "BADIBAN": lambda l: fmt_iban(bad_iban_compact(), R.choice(["spaced", "compact"])),
    "BIC": lambda l: R.choice(BICS),
    "ABICAB": lambda l: "ABI {} CAB {}".format(*R.choice(ABICAB)),
    "MCARD": lambda l: masked_card(),
    "MIBAN": lambda l: masked_iban(),
    "ENV": lambda l: R.choice(ENVREAD),
    "VER": lambda l: f"{R.randint(0, 4)}.{R.randint(0, 30)}.{R.randint(0, 20)}",
    "EXP": lambda l: f"{R.randint(1, 12):02d}/{R.choice([27, 28, 29, 30])}",
    "NAME": lambda l: R.choice(NAMES_IT if l == "it" else NAMES_EN),
    "CO": lambda l: R.choice(COMPANIES),
    "IP": lambda l: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
    "PH": lambda l: R.choice(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx",
                              "<api-key>", "INSERISCI_QUI_LA_CHIAVE", "[REDACTED]"]),
    "MS": lambda l: str(R.randint(12, 30000)),
    "N": lambda l: str(R.randint(2, 60)),
}


def iban_spoken(lang):
    i = iban_compact("IT" if lang == "it" else R.choice(["IT", "GB", "DE"]))
    out = []
    for c in i:
        out.append(c if c.isalpha() else (IT_DIG if lang == "it" else EN_DIG)[int(c)])
    # group a little: letters and words separated by spaces, commas every 4 symbols
    parts = [" ".join(out[k:k + 4]) for k in range(0, len(out), 4)]
    return one("iban", ", ".join(parts))


POS["IBANSPOKEN"] = iban_spoken
NEG["IBANSPOKEN"] = neg_redact_sp
POS["ACCSP"] = lambda l: one("bank_account", spoken("".join(R.choice(string.digits) for _ in range(8)), l,
                                                   mix=R.choice([0, .3]), sep=" "))
NEG["ACCSP"] = neg_redact_sp
LOOK["SORTSP"] = lambda l: spoken(f"{R.randint(10, 99)}{R.randint(10, 99)}{R.randint(10, 99)}", l, sep=" ")
