# -*- coding: utf-8 -*-
"""Template registry, sample context and shared vocabulary."""
from values import *  # noqa
import values as V

REG = []


def T(style, langs="it en", neg=False, weight=1.0):
    def deco(fn):
        REG.append(dict(name=fn.__name__, style=style, langs=langs.split(), neg=neg, fn=fn, weight=weight))
        return fn
    return deco


class Ctx:
    def __init__(self, r, lang):
        self.r = r
        self.lang = lang
        self.secrets = []
        self.glue = False  # a value legitimately glued to its flag, e.g. mysql -pSECRET

    def add(self, kind, value):
        assert value, kind
        if not any(s["kind"] == kind and s["value"] == value for s in self.secrets):
            self.secrets.append({"kind": kind, "value": value})
        return value

    def L(self, it, en):
        return it if self.lang == "it" else en

    def pick(self, seq):
        return self.r.choice(seq)

    def P(self, it_opts, en_opts):
        """Pick a phrasing in the sample's language."""
        return self.r.choice(it_opts if self.lang == "it" else en_opts)

    def maybe(self, p, s, alt=""):
        return s if self.r.random() < p else alt

    def sv(self, kind, **kw):
        return self.add(kind, gen_value(self, kind, **kw))


KIND_W = {"password": 29, "access_token": 17, "client_secret": 15, "refresh_token": 6,
          "card_number": 9, "iban": 10, "bank_account": 5, "pin": 8, "private_key": 2,
          "vendor_key": 5, "cvv": 1}

TECH_W = {"password": 22, "access_token": 25, "client_secret": 22, "refresh_token": 10,
          "vendor_key": 10, "private_key": 3, "pin": 2}

USER_W = {"password": 36, "card_number": 14, "iban": 16, "bank_account": 7, "pin": 14,
          "access_token": 8, "client_secret": 6, "cvv": 2, "refresh_token": 3}


def pick_kind(c, weights=None):
    w = weights or KIND_W
    ks = list(w)
    return c.r.choices(ks, [w[k] for k in ks])[0]


def bank_inline(c):
    """A national account number written as one contiguous string."""
    r = c.r
    k = r.choice(["it", "it", "it", "uk", "fr", "es"])
    if k == "it":
        b = it_bban(r)
        return r.choice([b["bban"], " ".join([b["cin"], b["abi"], b["cab"], b["conto"]]),
                         "-".join([b["cin"], b["abi"], b["cab"], b["conto"]])])
    if k == "uk":
        u = uk_acc(r)
        return r.choice([u["sort_fmt"] + " " + u["account"], u["sort_fmt"] + " / " + u["account"],
                         u["sort"] + u["account"], u["sort_fmt"] + "  " + u["account"]])
    if k == "fr":
        f = fr_rib(r)
        return r.choice([" ".join([f["banque"], f["guichet"], f["compte"], f["cle"]]), f["bban"]])
    e = es_ccc(r)
    return r.choice([" ".join([e["entidad"], e["oficina"], e["dc"], e["cuenta"]]), e["bban"],
                     "-".join([e["entidad"], e["oficina"], e["dc"], e["cuenta"]])])


def gen_value(c, kind, urlsafe=False, jwt_ok=True, fmt=None):
    r = c.r
    if kind == "password":
        return any_password(r, c.lang, urlsafe=urlsafe)
    if kind == "access_token":
        return access_token(r, allow_jwt=jwt_ok)
    if kind == "client_secret":
        return client_secret(r)
    if kind == "refresh_token":
        return refresh_token(r)
    if kind == "vendor_key":
        return vendor_key(r)[1][-1][1]
    if kind == "pin":
        return pin(r)
    if kind == "cvv":
        return cvv(r)
    if kind == "card_number":
        return fmt_card(r, card(r), fmt)
    if kind == "iban":
        return fmt_iban(r, make_iban(r), fmt)
    if kind == "bank_account":
        return bank_inline(c)
    if kind == "private_key":
        return pem(r)
    raise ValueError(kind)


LABELS = {
    "password": {
        "it": ["Password", "Parola chiave", "Pwd", "Parola d'ordine", "Password attuale", "Nuova password",
               "PW", "Chiave di accesso", "password (quella vecchia)", "Psw", "Password portale"],
        "en": ["Password", "Pass", "passwd", "Current password", "Login password", "pw (temp)",
               "Account password", "PWD", "Passcode"],
        "xx": ["Passwort", "Kennwort", "Mot de passe", "MDP", "Contraseña", "Clave de acceso"],
    },
    "access_token": {
        "it": ["Token di accesso", "Token API", "Chiave API", "Access token", "Token", "Bearer token",
               "API key (produzione)", "Token (quello lungo)"],
        "en": ["Access token", "API key", "Bearer", "Auth token", "API token", "X-Api-Key", "Session token",
               "Token (the long one)"],
        "xx": ["Zugriffstoken", "Jeton d'accès", "Token de acceso", "API-Schlüssel", "Clé API"],
    },
    "client_secret": {
        "it": ["Client secret", "Segreto client", "Secret dell'applicazione", "Client Secret (prod)",
               "Chiave segreta", "secret"],
        "en": ["Client secret", "client_secret", "App secret", "Client Secret (prod)", "Consumer secret",
               "OAuth secret"],
        "xx": ["Client-Geheimnis", "Secret client", "Secreto del cliente", "Geheimer Schlüssel", "Clé secrète"],
    },
    "refresh_token": {
        "it": ["Refresh token", "Token di refresh", "Token di rinnovo", "refresh"],
        "en": ["Refresh token", "refresh_token", "Refresh", "Offline token"],
        "xx": ["Aktualisierungstoken", "Jeton de rafraîchissement"],
    },
    "pin": {
        "it": ["PIN", "Codice PIN", "OTP", "Codice SMS", "Codice di verifica", "Codice dispositivo",
               "Codice SCA", "Codice monouso", "PIN carta"],
        "en": ["PIN", "OTP", "One-time code", "SMS code", "Verification code", "SCA code", "Passcode (6 digits)"],
        "xx": ["Code PIN", "Bestätigungscode", "Código de verificación", "Code de vérification"],
    },
    "card_number": {
        "it": ["Numero carta", "N. carta", "Carta di credito", "PAN", "Numero della carta", "Carta"],
        "en": ["Card number", "Card no.", "PAN", "Credit card", "Card #", "Debit card number"],
        "xx": ["Kartennummer", "Numéro de carte", "Número de tarjeta"],
    },
    "cvv": {
        "it": ["CVV", "CVC", "Codice di sicurezza", "CVV2", "Cod. sicurezza (retro)"],
        "en": ["CVV", "CVC", "Security code", "CVV2", "3 digits on the back"],
        "xx": ["Prüfnummer", "Cryptogramme", "Código de seguridad"],
    },
    "iban": {
        "it": ["IBAN", "Codice IBAN", "IBAN beneficiario", "Iban (per il rimborso)", "Coordinate IBAN",
               "IBAN conto"],
        "en": ["IBAN", "Bank IBAN", "IBAN for refund", "Payout IBAN", "Iban"],
        "xx": ["IBAN (Bankverbindung)", "IBAN du compte", "IBAN de la cuenta"],
    },
    "bank_account": {
        "it": ["Coordinate bancarie", "Conto (BBAN)", "Estremi del conto", "Dati conto"],
        "en": ["Bank details", "Account details", "Sort code / account", "Bank account"],
        "xx": ["RIB", "Cuenta (CCC)", "Bankverbindung"],
    },
    "private_key": {
        "it": ["Chiave privata", "Private key", "Chiave (PEM)"],
        "en": ["Private key", "Signing key", "PEM key"],
        "xx": ["Privater Schlüssel", "Clé privée"],
    },
    "vendor_key": {
        "it": ["Chiave Stripe", "Chiave del fornitore", "API key esterna", "Chiave AWS"],
        "en": ["Vendor key", "Third-party key", "Stripe key", "AWS secret"],
        "xx": ["Schlüssel", "Clave"],
    },
}

ODD_LABELS = ["custom_field_2231", "fld_77", "txt_pwd", "Campo 7", "Altro (specificare)",
              "Note interne", "input_secret_2", "Q4", "extra[1]", "Additional info", "field-name-9",
              "Informazioni aggiuntive", "cf_secret__c", "Anything else we should know?", "Valore"]


def label(c, kind, foreign=0.0, odd=0.0):
    r = c.r
    if r.random() < odd:
        return r.choice(ODD_LABELS)
    d = LABELS[kind]
    if r.random() < foreign:
        return r.choice(d["xx"])
    return r.choice(d[c.lang])


def bank_fields(c, labels=None):
    """Account given as separate fields; only the account number is labelled."""
    r = c.r
    k = r.choice(["it", "it", "it", "uk", "de", "fr", "es"])
    L = c.L
    if k == "it":
        b = it_bban(r)
        f = [(r.choice(["Intestatario", "Titolare conto"]) if c.lang == "it" else "Account holder", person(r, "it"))]
        if r.random() < 0.5:
            f.append(("CIN", b["cin"]))
        f += [("ABI", b["abi"]), ("CAB", b["cab"]),
              (r.choice(["Conto", "N. conto", "Numero conto corrente", "C/C"]) if c.lang == "it" else
               r.choice(["Account no.", "Conto (account)"]), c.add("bank_account", b["conto"]))]
        return f
    if k == "uk":
        u = uk_acc(r)
        return [(L("Titolare", "Name"), person(r, "en")),
                (L("Sort code", r.choice(["Sort code", "Sort Code", "Sortcode"])), u["sort_fmt"]),
                (L("Numero conto", r.choice(["Account number", "Acct no", "Account No."])),
                 c.add("bank_account", u["account"]))]
    if k == "de":
        d = de_acc(r)
        return [("Kontoinhaber", person(r, "en")), ("BLZ", d["blz"]),
                (r.choice(["Kontonummer", "Konto-Nr.", "Kto"]), c.add("bank_account", d["konto"]))]
    if k == "fr":
        f = fr_rib(r)
        return [("Titulaire", r.choice(["Claire Dubois", "Maison Pivert"])), ("Code banque", f["banque"]),
                ("Code guichet", f["guichet"]), ("N° de compte", c.add("bank_account", f["compte"])),
                ("Clé RIB", f["cle"])]
    e = es_ccc(r)
    return [("Titular", "Rosa Jiménez"), ("Entidad", e["entidad"]), ("Oficina", e["oficina"]),
            ("DC", e["dc"]), ("Número de cuenta", c.add("bank_account", e["cuenta"]))]


def card_fields(c, with_cvv=True, fmt=None):
    r = c.r
    num = card(r)
    f = [(label(c, "card_number", foreign=0.1), c.add("card_number", fmt_card(r, num, fmt))),
         (c.P(["Scadenza", "Data scadenza", "Valida fino al"], ["Expiry", "Exp", "Valid thru"]), expiry(r))]
    if with_cvv:
        f.append((label(c, "cvv", foreign=0.1), c.add("cvv", cvv(r, num))))
    return f


def secret_fields(c, kind, odd=0.0, foreign=0.12):
    """One or more (label, value) pairs carrying a secret of `kind`."""
    r = c.r
    if kind == "bank_account":
        return bank_fields(c)
    if kind == "card_number":
        return card_fields(c, with_cvv=r.random() < 0.6)
    if kind == "cvv":
        return card_fields(c, with_cvv=True)
    if kind == "vendor_key":
        vend, pairs = vendor_key(r)
        return [(lab if r.random() < 0.6 else vend + " " + lab.split("_")[-1].lower(), c.add("vendor_key", v))
                for lab, v in pairs]
    if kind == "client_secret":
        f = [("Client ID", r.choice(CLIENT_IDS))] if r.random() < 0.6 else []
        return f + [(label(c, kind, odd=odd, foreign=foreign), c.sv(kind))]
    if kind == "private_key":
        return [(label(c, kind), c.add(kind, pem(r, lines=r.randint(4, 9))))]
    return [(label(c, kind, odd=odd, foreign=foreign), c.sv(kind))]


def lookalike(c):
    """(label, value) that looks sensitive but is not."""
    r, lang = c.r, c.lang
    L = c.L
    k = r.randint(0, 33)
    opts = [
        (L("ID richiesta", "Request ID"), req_id(r)),
        ("Payment ID", pay_id(r)),
        (L("ID attività", "Task ID"), task_id(r)),
        ("Trace ID", trace_id(r)),
        ("Client ID", r.choice(CLIENT_IDS)),
        ("Idempotency-Key", idem_key(r)),
        ("Commit", sha1(r)),
        ("SHA-256", sha256(r)),
        (L("Ordine n.", "Order no."), order_no(r)),
        (L("Fattura", "Invoice"), invoice_no(r)),
        (L("Pratica", "Case"), case_no(r)),
        (L("Telefono", "Phone"), phone(r, lang)),
        ("P.IVA" if lang == "it" else "VAT no.", ("IT" if r.random() < 0.5 else "") + piva(r)),
        (L("Codice fiscale", "Tax code (IT)"), codice_fiscale(r)),
        (L("Data", "Date"), date(r, lang)),
        (L("Importo", "Amount"), amount(r, lang)),
        ("Tracking", tracking(r)),
        ("BIC", bic(r)),
        ("ABI / CAB", abi(r) + " / " + cab(r)),
        (L("Carta", "Card"), masked_card(r)),
        ("IBAN", masked_iban(r)),
        (L("Versione app", "App version"), version(r)),
        ("Port", port(r)),
        (L("Colore", "Brand colour"), hexcolor(r)),
        ("Pod", pod_name(r)),
        ("Merchant ID", merchant_id(r)),
        ("Span", span_id(r)),
        ("traceparent", traceparent(r)),
        ("Secret", r.choice(["[REDACTED]", "********", "(vedi vault)", "n/a", "—", "rotated"])),
        (L("Token", "Token"), placeholder(r)),
        (L("Riferimento", "Reference"), "RF" + digits(r, 2) + rs(r, 10, UP + DG)),
        ("Device ID", rs(r, 16, HEX)),
        ("Build", short_sha(r)),
        (L("Codice cliente", "Customer no."), "C" + digits(r, 7)),
    ]
    return opts[k % len(opts)]


def some_lookalikes(c, n):
    seen, out = set(), []
    while len(out) < n:
        lab, v = lookalike(c)
        if lab in seen:
            continue
        seen.add(lab)
        out.append((lab, v))
    return out


def sig(c, name=None):
    r = c.r
    name = name or person(r, c.lang)
    m = r.choice(MERCHANTS)
    if c.lang == "it":
        return r.choice([
            "\n\n--\n%s\n%s\nTel. %s" % (name, m, phone(r, "it")),
            "\n\nCordiali saluti,\n%s\nUfficio IT – %s" % (name, m),
            "\n\nGrazie mille\n%s" % name.split()[0],
            "\n\nSaluti\n%s | %s\n%s" % (name, m, email_of(name, r)),
            "\n\n%s\nResponsabile amministrazione\n%s – P.IVA %s" % (name, m, piva(r)),
        ])
    return r.choice([
        "\n\n--\n%s\n%s\nM: %s" % (name, m, phone(r, "en")),
        "\n\nBest regards,\n%s\nHead of Engineering, %s" % (name, m),
        "\n\nThanks,\n%s" % name.split()[0],
        "\n\nCheers\n%s | %s" % (name, email_of(name, r)),
    ])


DISCLAIMER_IT = [
    "Le informazioni contenute in questo messaggio di posta elettronica sono riservate e destinate "
    "esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di "
    "darne notizia al mittente e di cancellarlo. Rif. D.Lgs. 196/2003 e Reg. UE 2016/679.",
    "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. "
    "La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni "
    "sono rigorosamente vietate.",
    "Prima di stampare, pensa all'ambiente ♻",
]
DISCLAIMER_EN = [
    "This email and any attachments are confidential and intended solely for the addressee. If you "
    "have received it in error please notify the sender and delete it. Any views expressed are those "
    "of the author.",
    "CONFIDENTIALITY NOTICE: The contents of this email message and any attachments are intended "
    "solely for the addressee(s) and may contain confidential and/or privileged information.",
    "Please consider the environment before printing this email.",
]


def disclaimer(c):
    return c.r.choice(DISCLAIMER_IT if c.lang == "it" else DISCLAIMER_EN)


def greet(c):
    return c.P(["Buongiorno,", "Ciao,", "Salve,", "Gentile supporto,", "Buonasera", "Ciao ragazzi,",
                "Spett.le Sportello,"],
               ["Hi,", "Hello team,", "Hi there,", "Dear support,", "Morning,", "Hey folks,"])


def it_day(r):
    d = r.choice(["lun", "mar", "mer", "gio", "ven"])
    return "%s %d %s 2024" % (d, r.randint(1, 28), r.choice(["gen", "feb", "mar", "apr", "mag", "giu", "set", "ott", "nov"]))


def en_day(r):
    return "%s, %d %s 2024" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), r.randint(1, 28),
                               r.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"]))


PROSE_NEG_IT = [
    "Ho resettato la password ma la mail di conferma non arriva.",
    "Il token è scaduto alle {t} e il refresh non è partito.",
    "Il PIN è stato rifiutato tre volte e ora la carta risulta bloccata.",
    "Abbiamo ruotato il client secret ieri sera, da allora le chiamate danno 401.",
    "Non riesco a trovare dove si genera la chiave API nel pannello.",
    "La password deve avere almeno 12 caratteri? Il form non lo dice.",
    "Il codice OTP arriva dopo 5 minuti, quando ormai è scaduto.",
    "Il refresh token viene invalidato dopo ogni uso, è corretto?",
    "Mi chiede il CVV anche per le carte salvate, è normale?",
    "Dove trovo l'IBAN del conto di accredito nel portale merchant?",
    "Il secret è salvato nel vault, non ce l'ho sotto mano.",
    "Ho cambiato la password del portale e adesso l'app non si collega più.",
]
PROSE_NEG_EN = [
    "I reset the password but the confirmation email never arrives.",
    "The token expired at {t} and the refresh didn't kick in.",
    "The PIN was rejected three times and now the card is blocked.",
    "We rotated the client secret last night; since then every call returns 401.",
    "I can't find where to generate an API key in the dashboard.",
    "Does the password need 12 characters? The form doesn't say.",
    "The OTP arrives five minutes late, by which time it has expired.",
    "Is the refresh token supposed to be invalidated after each use?",
    "Why does checkout ask for the CVV on saved cards?",
    "Where do I find the payout IBAN in the merchant portal?",
    "The secret lives in our vault, I don't have it at hand.",
    "I changed my portal password and now the app won't connect.",
]


def prose_neg(c):
    s = c.P(PROSE_NEG_IT, PROSE_NEG_EN)
    return s.replace("{t}", hhmm(c.r))


ERRORS = [
    '{"error":"invalid_client","error_description":"Client authentication failed (client secret mismatch)"}',
    '{"error":"invalid_grant","error_description":"Refresh token expired or revoked"}',
    "401 Unauthorized: token expired",
    'FATAL:  password authentication failed for user "app"',
    "ERROR 1045 (28000): Access denied for user 'payments'@'10.0.3.17' (using password: YES)",
    "AuthenticationError: No API key provided. Set your secret key with api_key = <KEY>",
    "PIN_BLOCKED: maximum number of attempts (3) reached",
    "invalid_token: The access token provided is expired, revoked, malformed, or invalid",
    "SCA_REQUIRED: the payment requires an OTP challenge",
    "WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The access token expired\"",
    "com.acmepay.sdk.AuthException: secret must not be null",
    "KeyError: 'CLIENT_SECRET'",
    "Error: ENOENT: no such file or directory, open '/run/secrets/client_secret'",
    "java.lang.IllegalStateException: Password is empty",
    "IBAN_INVALID: check digits do not match",
    "card_declined: incorrect_cvc",
]


def error_msg(c):
    return c.r.choice(ERRORS)


ENV_READ = [
    'client_secret = os.environ["CLIENT_SECRET"]',
    "const token = process.env.ACME_API_TOKEN;",
    'secret := os.Getenv("CLIENT_SECRET")',
    'String secret = System.getenv("CLIENT_SECRET");',
    "let key = std::env::var(\"ACME_API_KEY\").expect(\"ACME_API_KEY not set\");",
    "password = config.get('db', 'password')",
    "const secret = config.clientSecret",
    '$secret = getenv("CLIENT_SECRET");',
    "token = settings.ACME_TOKEN",
    'var pwd = builder.Configuration["Db:Password"];',
    "api_key = Rails.application.credentials.acme[:api_key]",
    'refresh = keyring.get_password("acme", "refresh_token")',
    "export CLIENT_SECRET=$(vault kv get -field=secret kv/acme/prod)",
    "clientSecret: ${CLIENT_SECRET}",
    'password: "{{ .Values.db.password }}"',
    "secret = Secret.from_env(\"ACME_SECRET\")",
]


def env_read(c):
    return c.r.choice(ENV_READ)


class Clock:
    """Monotonic timestamps for log lines within one sample."""

    def __init__(self, r):
        import datetime as _dt
        self.r = r
        self.t = _dt.datetime(2024, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                              r.randint(0, 999999))
        self._dt = _dt

    def tick(self):
        self.t += self._dt.timedelta(milliseconds=self.r.choice([1, 3, 12, 40, 180, 900, 2500]) + self.r.randint(0, 99))
        return self.t

    def lc(self):
        t = self.tick()
        return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)

    def ios(self):
        t = self.tick()
        return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "+0100"

    def iso(self):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40))


IT_FRAME_PRE = [
    "Buongiorno, vi incollo quanto richiesto:", "Ciao, ecco cosa esce:", "Allego l'output (non ho tolto niente):",
    "Vi giro il dump, il problema si vede in fondo.", "Segnalazione del cliente, contenuto allegato al ticket:",
    "Come da telefonata, ecco il dettaglio:", "Non capisco cosa non va, guardate voi:", "Salve, vi mando l'estratto:",
    "Riporto qui sotto, scusate la formattazione:", "Dal nostro ambiente di collaudo:", "Ecco il file che mi avete chiesto:",
    "Copio e incollo da quello che mi ha mandato il fornitore:", "Buonasera, il contenuto è questo:",
    "Aggiornamento: riprovato stamattina, stesso risultato.", "Vedi sotto (copiato al volo dal PC del cliente)",
]
IT_FRAME_POST = ["", "", "", "Grazie, fateci sapere.", "Urgente: siamo fermi in produzione.", "Grazie mille",
                 "Resto in attesa di un vostro riscontro.", "Se serve altro chiedete pure.", "Saluti"]


def it_frame(r, text):
    pre = r.choice(IT_FRAME_PRE)
    post = r.choice(IT_FRAME_POST)
    return pre + "\n\n" + text + ("\n\n" + post if post else "")
