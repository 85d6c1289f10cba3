#!/usr/bin/env python3
"""Generator for sealed holdout corpus #10 of the Sportello guard.

Style: "people under pressure, and their tools". Many different people
(junior devs, CTOs, municipal accountants, freelancers, QA, DevOps, PMs,
end users, call-centre operators, partner banks' back offices) writing
through many channels and tools.

Written without any knowledge of the guard's implementation; the only
reference used is docs/guard-corpora.md (format, labels, kinds).

Deterministic: fixed seed; run `python3 gen.py` to (re)write corpus.jsonl.
"""
import base64
import json
import os
import random
import string
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402  (shared Luhn / IBAN / hygiene helpers)

SEED = 20240610
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = DIG + UP + LO
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B32 = UP + "234567"
NBSP = "\u00a0"

TEMPLATES = []  # (name, mode, fn, noisy)


def T(mode, noisy=False, weight=1.0):
    def deco(fn):
        TEMPLATES.append((fn.__name__, mode, fn, noisy, weight))
        return fn
    return deco


# --------------------------------------------------------------------------
# national account helpers
# --------------------------------------------------------------------------
_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for k, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + s % 26)


def fr_key(banque, guichet, compte):
    return "%02d" % (97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97))


def es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(d) * w[i] for i, d in enumerate(d10))
    d = 11 - s % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def iban_from(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return country + "%02d" % (98 - n % 97) + bban


def luhn_digit(partial):
    for d in DIG:
        if check.luhn_valid(partial + d):
            return d


IT_ABI = ["03069", "02008", "05034", "01030", "05696", "08327", "03032", "05387",
          "07601", "03104", "06230", "02008", "05584", "03015", "01005", "08883"]
BICS = ["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "PASCITMM", "POSOIT22", "BPPIITRRXXX",
        "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "BARCGB22", "INGBNL2A",
        "CRPPIT2P", "ICRAITRRXXX", "BAPPIT22", "SELBIT2BXXX", "GEBABEBB", "RZOOAT2L"]
PROVIDERS = [("Pagora", "pagora"), ("Lirapay", "lirapay"), ("Bancomodo", "bancomodo"),
             ("Fidaconto", "fidaconto"), ("OpenVarco", "openvarco"), ("Soldino", "soldino"),
             ("Cassaforte API", "cassaforte"), ("Tesoro Connect", "tesoro")]
IT_FIRST = ["Marco", "Giulia", "Francesca", "Salvatore", "Chiara", "Antonio", "Luca", "Alessia",
            "Giuseppe", "Sara", "Davide", "Federica", "Matteo", "Elena", "Paolo", "Roberta",
            "Vincenzo", "Martina", "Gennaro", "Ilaria", "Carmela", "Pietro", "Nicoletta",
            "Rosario", "Beatrice", "Tommaso", "Annalisa", "Fabio", "Graziella", "Ciro"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Russo", "Ferrari", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
           "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
           "Caruso", "Ferrara", "Pellegrino", "D'Angelo", "Sartori", "Cattaneo", "Longo"]
EN_FIRST = ["Tom", "Priya", "Olena", "James", "Aisha", "Daniel", "Sofia", "Kevin", "Rachel",
            "Lukas", "Hannah", "Mateo", "Grace", "Ifeanyi", "Chloe", "Ravi", "Emma", "Jonas",
            "Fatima", "Owen", "Mei", "Liam", "Zoe", "Arjun"]
EN_LAST = ["Hughes", "Natarajan", "Kovalenko", "O'Connor", "Bello", "Schmidt", "Martins", "Liu",
           "Adeyemi", "Novak", "Walsh", "Fernandez", "Okafor", "Dubois", "Patel", "Brennan",
           "Lindqvist", "Haddad", "Murphy", "Tanaka", "Kowalski", "Reyes"]
IT_COMPANIES = ["Bottega del Gusto srl", "ScarpeOnline.it", "Fintastico S.p.A.", "Ferramenta Bertolini snc",
                "Vino&Co srl", "Agenzia Viaggi Sole Mio", "ASD Polisportiva Aurora",
                "Studio Dentistico Ferri", "Comune di Castelvecchio Val di Sera", "Ottica Lumi",
                "Caseificio San Rocco", "Moda Bimbi Outlet", "Pagamenti Facili srl",
                "Unione dei Comuni della Valle Alta", "TrattoriaDaNino.it", "Farmacia Centrale Dr. Galli",
                "Idraulica Express", "Libreria Il Segnalibro", "CredIt Smart S.p.A.", "Web Artigiani sas"]
EN_COMPANIES = ["Kiwi Lending Ltd", "Brightledger", "Northwind Payments", "Copperleaf Apps",
                "Blue Harbour Retail", "Tallyfox", "Parcelpoint GmbH", "Lumen Finance",
                "Greenbasket", "Quayside Insurance", "Ferrow Labs", "Oakridge Council"]


class G:
    def __init__(self, rng, want_lang=None):
        self.r = rng
        self.secrets = []
        self.want_lang = want_lang

    # ---- plumbing --------------------------------------------------------
    def s(self, kind, value):
        if not any(x["value"] == value for x in self.secrets):
            self.secrets.append({"kind": kind, "value": value})
        return value

    def pick(self, seq):
        return self.r.choice(seq)

    def ch(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rs(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def lang(self):
        """Language for templates that can write both; the driver steers it to keep ~50% Italian."""
        pick = self.pick(["it", "en"])
        return self.want_lang or pick

    # ---- look-alike ids --------------------------------------------------
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def uuid7(self):
        h = "%012x" % self.ri(0x018f00000000, 0x0191ffffffff)
        rest = self.rs(3, HEX) + "-" + self.pick("89ab") + self.rs(3, HEX) + "-" + self.rs(12, HEX)
        return h[:8] + "-" + h[8:] + "-7" + rest

    def hexs(self, n):
        return self.rs(n, HEX)

    def ulid(self):
        return "01" + self.pick("HJ") + self.rs(23, CROCK)

    def sha(self):
        return self.hexs(40)

    def short_sha(self):
        return self.hexs(self.pick([7, 7, 8, 10, 12]))

    def digest(self):
        return "sha256:" + self.hexs(64)

    def traceparent(self):
        return "00-%s-%s-01" % (self.hexs(32), self.hexs(16))

    def nonluhn(self, n, first=None):
        while True:
            d = (first or str(self.ri(1, 9))) + self.rs(n - 1 - (len(first) - 1 if first else 0), DIG)
            d = d[:n]
            if not check.luhn_valid(d):
                return d

    def digits(self, n):
        return str(self.ri(1, 9)) + self.rs(n - 1, DIG)

    def order_no(self):
        return self.pick([
            "ORD-%d-%06d" % (self.ri(2023, 2025), self.ri(1, 999999)),
            "#%d" % self.ri(10000, 999999),
            "WEB%08d" % self.ri(1, 99999999),
            "SO-%s" % self.rs(8, UP + DIG),
            "%d/%s" % (self.ri(100, 99999), self.pick(["A", "B", "W", "E"])),
        ])

    def invoice_no(self):
        return self.pick([
            "FT %d/%05d" % (self.ri(2023, 2025), self.ri(1, 30000)),
            "INV-%d-%04d" % (self.ri(2023, 2025), self.ri(1, 9999)),
            "Fattura n. %d/PA" % self.ri(1, 999),
            "%d-%s" % (self.ri(1000, 9999), self.pick(["FE", "FPA", "NC"])),
        ])

    def pay_id(self):
        return self.pick([
            "pay_" + self.rs(24),
            "pi_3" + self.rs(23),
            "PAY-" + self.rs(4, UP + DIG) + "-" + self.rs(4, UP + DIG) + "-" + self.rs(4, UP + DIG),
            "pmt_" + self.ulid().lower(),
            self.uuid(),
            "tr_" + self.rs(10),
        ])

    def cro(self):
        return self.nonluhn(11)

    def iuv(self):
        return self.nonluhn(17, "0")

    def codice_avviso(self, spaced=True):
        d = self.nonluhn(18, "3")
        if spaced:
            return " ".join([d[0:4], d[4:8], d[8:12], d[12:16], d[16:18]])
        return d

    def cf(self):
        return (self.rs(6, UP) + "%02d" % self.ri(40, 99) + self.pick("ABCDEHLMPRST")
                + "%02d" % self.ri(1, 71) + self.pick("ABCDEFGHLMZ") + "%03d" % self.ri(1, 999) + self.rs(1, UP))

    def piva(self):
        return "%011d" % self.ri(10 ** 9, 10 ** 11 - 1)

    def phone_it(self):
        return self.pick([
            "+39 3%d%d %d %d" % (self.ri(2, 9), self.ri(0, 9), self.ri(100, 999), self.ri(1000, 9999)),
            "3%d%d-%d%04d" % (self.ri(2, 9), self.ri(0, 9), self.ri(100, 999), self.ri(0, 9999)),
            "0%d %d %d" % (self.ri(2, 99), self.ri(100, 9999), self.ri(1000, 9999)),
            "+39 0%d %d%04d" % (self.ri(2, 89), self.ri(10, 99), self.ri(0, 9999)),
        ])

    def phone_en(self):
        return self.pick([
            "+44 20 7946 %04d" % self.ri(0, 999),
            "+44 7700 900%03d" % self.ri(0, 999),
            "+353 1 %03d %04d" % (self.ri(200, 999), self.ri(0, 9999)),
            "(555) %03d-%04d" % (self.ri(100, 999), self.ri(0, 9999)),
        ])

    def date_it(self):
        return "%02d/%02d/%d" % (self.ri(1, 28), self.ri(1, 12), self.ri(2023, 2025))

    def iso_ts(self):
        return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.ri(2024, 2025), self.ri(1, 12), self.ri(1, 28),
                                                      self.ri(0, 23), self.ri(0, 59), self.ri(0, 59), self.ri(0, 999))

    def hhmm(self):
        return "%02d:%02d" % (self.ri(7, 23), self.ri(0, 59))

    def amount_it(self):
        return "%s,%02d" % (format(self.ri(1, 25000), ",").replace(",", "."), self.ri(0, 99))

    def amount_en(self):
        return "%s.%02d" % (format(self.ri(1, 25000), ","), self.ri(0, 99))

    def epoch(self):
        return self.ri(1704067200, 1767225599)

    def epoch_ms(self):
        while True:
            v = str(self.epoch()) + "%03d" % self.ri(0, 999)
            if not check.luhn_valid(v):
                return v

    def version(self):
        return "%d.%d.%d" % (self.ri(0, 9), self.ri(0, 30), self.ri(0, 40))

    def ip(self):
        return "%d.%d.%d.%d" % (self.pick([10, 172, 192, 203]), self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def pod(self, base=None):
        base = base or self.pick(["payments-api", "psd2-gateway", "checkout-web", "webhook-worker",
                                  "ledger-sync", "auth-proxy", "sepa-batch"])
        return "%s-%s-%s" % (base, self.rs(self.pick([9, 10]), LO + DIG), self.rs(5, LO + DIG))

    def bic(self):
        return self.pick(BICS)

    def provider(self):
        return self.pick(PROVIDERS)

    def host(self, env=None):
        name = self.provider()[1]
        env = env or self.pick(["api", "sandbox", "api-sandbox", "openbanking", "auth", "pay"])
        return "%s.%s.%s" % (env, name, self.pick(["example", "test", "example.com", "example.it"]))

    def client_id(self):
        return self.pick([
            "%s-%s-%s" % (self.pick(["acme", "bottega", "kiwi", "comune", "shop", "fintastico", "vino"]),
                          self.pick(["pay", "checkout", "ob", "portal", "ecom"]), self.pick(["prod", "test", "sbx", "uat"])),
            self.uuid(),
            "cli_" + self.rs(20, LO + DIG),
            self.rs(32, LO + DIG),
            "PSDIT-BI-%s" % self.rs(8, DIG),
        ])

    # ---- people ----------------------------------------------------------
    def person(self, lang):
        if lang == "it":
            f, l = self.pick(IT_FIRST), self.pick(IT_LAST)
            comp = self.pick(IT_COMPANIES)
            ph = self.phone_it()
        else:
            f, l = self.pick(EN_FIRST), self.pick(EN_LAST)
            comp = self.pick(EN_COMPANIES)
            ph = self.phone_en()
        dom = "".join(c for c in comp.lower().split(" ")[0] if c.isalnum()) or "mail"
        em = "%s.%s@%s.%s" % (f.lower(), l.lower().replace("'", "").replace(" ", ""), dom,
                              "it" if lang == "it" else self.pick(["com", "co.uk", "io"]))
        return {"first": f, "last": l, "name": "%s %s" % (f, l), "company": comp, "phone": ph, "email": em}

    # ---- secrets ---------------------------------------------------------
    def jwt(self, kind="at", big=False):
        hdr = {"alg": self.pick(["RS256", "ES256", "PS256", "HS256"]), "typ": "JWT"}
        if self.ch(0.6):
            hdr["kid"] = self.rs(self.pick([8, 16, 22]), B64URL)
        iat = self.epoch()
        pl = {"iss": "https://" + self.host("auth"), "sub": self.pick([self.uuid(), "merchant:%d" % self.ri(1000, 99999)]),
              "aud": self.pick(["payments", "ais", "pis", "https://" + self.host("api")]),
              "iat": iat, "exp": iat + self.pick([300, 900, 3600, 7200])}
        if kind == "rt":
            pl["typ"] = "Refresh"
        else:
            pl["scope"] = self.pick(["payments:write", "accounts:read balances:read", "openid profile", "pis ais"])
        if big:
            pl["client_id"] = self.client_id()
            pl["jti"] = self.uuid()

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.rs(self.pick([43, 86, 342]) if hdr["alg"] != "ES256" else 86, B64URL)
        return "%s.%s.%s" % (enc(hdr), enc(pl), sig)

    def opaque(self):
        return self.pick([
            self.rs(self.pick([32, 40, 48, 64]), ALNUM),
            "at_" + self.rs(self.pick([32, 40]), ALNUM),
            self.rs(40, HEX),
            self.rs(self.pick([43, 86]), B64URL),
            "v2.local." + self.rs(self.pick([96, 120]), B64URL),
            self.uuid().replace("-", "") + self.rs(16, HEX),
            "%s_%s_%s" % (self.pick(["pgr", "lp", "bnm", "fdc", "ovk"]), self.pick(["live", "sbx", "prod"]), self.rs(36)),
        ])

    def access_token(self):
        return self.jwt() if self.ch(0.45) else self.opaque()

    def api_key(self):
        return self.pick([
            "%s_%s_%s" % (self.pick(["pgr", "lrp", "bcm", "fdc", "ovk", "sld"]), self.pick(["live", "test", "prod"]), self.rs(self.pick([32, 40]))),
            self.rs(40, HEX),
            self.rs(32, ALNUM),
            "ak-" + self.rs(8, LO + DIG) + "-" + self.rs(24, ALNUM),
            self.rs(24, UP + DIG),
        ])

    def refresh(self):
        return self.pick([
            self.rs(self.pick([64, 80, 96]), ALNUM),
            "rt_" + self.rs(48, ALNUM),
            self.jwt("rt"),
            "1//0" + self.rs(1, UP + LO) + self.rs(98, B64URL),
            self.rs(43, B64URL),
            self.uuid(),
            "def50200" + self.rs(120, HEX),
        ])

    def client_secret(self):
        return self.pick([
            self.rs(32, ALNUM),
            self.rs(40, ALNUM + "-_"),
            self.rs(3, ALNUM) + "8Q~" + self.rs(34, ALNUM + "-_.~"),
            self.rs(64, HEX),
            "cs_" + self.rs(40, ALNUM),
            self.rs(48, B64URL),
            self.rs(24, ALNUM) + "." + self.rs(12, ALNUM),
        ])

    def vendor(self, which=None):
        """Return (label, env_name, value) for a well-known third-party key."""
        which = which or self.pick(["stripe", "stripe_rk", "aws", "github", "github_pat", "gitlab", "slack",
                                    "google", "sendgrid", "twilio", "mailgun", "whsec", "openai",
                                    "npm", "shopify", "telegram", "datadog", "azure", "dockerhub"])
        if which == "stripe":
            return "Stripe", "STRIPE_SECRET_KEY", "sk_%s_%s" % (self.pick(["live", "test"]), self.rs(self.pick([24, 99]), ALNUM))
        if which == "stripe_rk":
            return "Stripe", "STRIPE_RESTRICTED_KEY", "rk_live_" + self.rs(99, ALNUM)
        if which == "aws":
            return "AWS", "AWS_SECRET_ACCESS_KEY", self.rs(40, ALNUM + "/+")
        if which == "github":
            return "GitHub", "GITHUB_TOKEN", self.pick(["ghp_", "gho_", "ghs_"]) + self.rs(36, ALNUM)
        if which == "github_pat":
            return "GitHub", "GH_PAT", "github_pat_11" + self.rs(20, UP + DIG) + "_" + self.rs(59, ALNUM)
        if which == "gitlab":
            return "GitLab", "GITLAB_TOKEN", "glpat-" + self.rs(20, ALNUM + "_-")
        if which == "slack":
            return "Slack", "SLACK_BOT_TOKEN", "xoxb-%d-%d-%s" % (self.ri(10 ** 10, 10 ** 12), self.ri(10 ** 11, 10 ** 13), self.rs(24, ALNUM))
        if which == "google":
            return "Google", "GOOGLE_MAPS_API_KEY", "AIza" + self.rs(35, ALNUM + "-_")
        if which == "sendgrid":
            return "SendGrid", "SENDGRID_API_KEY", "SG." + self.rs(22, ALNUM + "-_") + "." + self.rs(43, ALNUM + "-_")
        if which == "twilio":
            return "Twilio", "TWILIO_AUTH_TOKEN", self.rs(32, HEX)
        if which == "mailgun":
            return "Mailgun", "MAILGUN_API_KEY", "key-" + self.rs(32, HEX)
        if which == "whsec":
            return "Stripe", "STRIPE_WEBHOOK_SECRET", "whsec_" + self.rs(32, ALNUM)
        if which == "openai":
            return "OpenAI", "OPENAI_API_KEY", "sk-proj-" + self.rs(48, ALNUM + "-_") + "T3BlbkFJ" + self.rs(48, ALNUM + "-_")
        if which == "npm":
            return "npm", "NPM_TOKEN", "npm_" + self.rs(36, ALNUM)
        if which == "shopify":
            return "Shopify", "SHOPIFY_ACCESS_TOKEN", "shpat_" + self.rs(32, HEX)
        if which == "telegram":
            return "Telegram", "TELEGRAM_BOT_TOKEN", "%d:AA%s" % (self.ri(10 ** 9, 7 * 10 ** 9), self.rs(33, ALNUM + "-_"))
        if which == "datadog":
            return "Datadog", "DD_API_KEY", self.rs(32, HEX)
        if which == "azure":
            return "Azure", "AZURE_STORAGE_KEY", self.rs(86, ALNUM + "+/") + "=="
        if which == "dockerhub":
            return "Docker Hub", "DOCKERHUB_TOKEN", "dckr_pat_" + self.rs(27, ALNUM + "-_")
        raise ValueError(which)

    def aws_pair(self):
        return "AKIA" + self.rs(16, B32), self.rs(40, ALNUM + "/+")

    def pem(self, typ=None, escaped=False):
        typ = typ or self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
        n = self.ri(5, 14) if typ != "EC PRIVATE KEY" else 3
        first = {"RSA PRIVATE KEY": "MIIE" + self.pick("opvw") + "AIBAAKCAQEA", "PRIVATE KEY": "MIIEv" + self.pick("QAgw") + "IBADANBgkqhkiG9w0BAQEFAASC",
                 "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
                 "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}[typ]
        lines = [(first + self.rs(64, B64))[:64]]
        lines += [self.rs(64, B64) for _ in range(n - 1)]
        lines.append(self.rs(self.ri(8, 60), B64) + self.pick(["", "=", "=="]))
        sep = "\\n" if escaped else "\n"
        return "-----BEGIN %s-----%s%s%s-----END %s-----" % (typ, sep, sep.join(lines), sep, typ)

    def public_pem(self, typ=None):
        typ = typ or self.pick(["PUBLIC KEY", "CERTIFICATE", "CERTIFICATE REQUEST"])
        first = {"PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIE",
                 "CERTIFICATE REQUEST": "MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCSVQx"}[typ]
        lines = [(first + self.rs(64, B64))[:64]] + [self.rs(64, B64) for _ in range(self.ri(3, 8))]
        lines.append(self.rs(self.ri(10, 50), B64) + "==")
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, "\n".join(lines), typ)

    def ssh_pub(self):
        return self.pick(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.rs(43, B64),
                          "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.rs(180, B64)]) + " %s@%s" % (
            self.pick(["deploy", "marco", "ci", "jenkins"]), self.pick(["build01", "laptop", "gitlab-runner"]))

    IT_WORDS = ["Girasole", "Tramonto", "Pinocchio", "Margherita", "Lasagna", "Vesuvio", "Gabbiano",
                "Cornetto", "Farfalla", "Ciliegia", "Topolino", "Mortadella", "Bicicletta", "Stellina",
                "Napoli", "Juventus", "Fiorellino", "Primavera", "Cannolo", "Pizzaiolo", "Limoncello",
                "Sirena", "Ombrellone", "Tiramisu", "Pagnotta", "Lucertola", "Scoiattolo"]
    EN_WORDS = ["Sunflower", "Harbour", "Blueberry", "Lighthouse", "Marmalade", "Dragonfly", "Penguin",
                "Thunder", "Meadow", "Copperkettle", "Snowdrop", "Pancake", "Falcon", "Rocket"]
    FOREIGN = ["Sonnenblume", "Schmetterling", "Soleil", "Papillon", "Girasol", "Mariposa", "Kartoffel"]

    def password(self, url_safe=False):
        r = self
        kinds = [
            lambda: r.pick(r.IT_WORDS) + str(r.ri(1, 2025)) + r.pick(["!", "?", "#", "", "*", "."]),
            lambda: r.pick(IT_FIRST + EN_FIRST) + str(r.ri(1955, 2012)),
            lambda: r.rs(r.ri(10, 16), ALNUM + "!#$%&*?@^"),
            lambda: "%s %s %s %d" % (r.pick(["mare", "sole", "gatto", "nonna", "pasta", "treno", "luna"]),
                                     r.pick(["blu", "rosso", "felice", "veloce", "storto", "di sera"]),
                                     r.pick(["a settembre", "sul tetto", "e pane", "in vespa", "di Bari"]), r.ri(1, 99)),
            lambda: "%s-%s-%s-%s" % tuple(r.pick(["purple", "monkey", "tractor", "window", "staple", "cactus",
                                                  "velvet", "orbit", "walnut", "kettle"]) for _ in range(4)),
            lambda: "$" + r.pick(r.IT_WORDS + r.EN_WORDS) + str(r.ri(10, 99)),
            lambda: "%" + r.pick(["miele", "caffe", "ciao", "lupo", "vento"]) + r.pick(["&", "+", "_"]) + r.pick(["limone", "latte", "mare"]) + str(r.ri(1, 9)),
            lambda: r.pick(["P4g4m3nt1", "S0le&Mar3", "C0nt4b1l3", "B4nc0ne", "Passw0rd", "Amm1n1str4z10ne", "T3s0r3r1a"]) + r.pick(["!", "#2024", "_01", "@@", "2025"]),
            lambda: r.pick(r.EN_WORDS) + r.pick(["_", "!", "."]) + str(r.ri(100, 9999)),
            lambda: r.pick(r.FOREIGN) + str(r.ri(10, 99)) + r.pick(["!", "", "#"]),
            lambda: r.rs(r.pick([20, 24, 32]), ALNUM),
            lambda: "Qwerty" + r.pick(["!", "#", "123!", "_2024"]) + r.rs(2, DIG),
            lambda: r.pick(["forza", "viva", "amo"]) + r.pick(["inter", "roma", "napoli", "milan", "lazio", "toro"]) + str(r.ri(1, 99)),
            lambda: r.pick(["Ciao", "Buongiorno", "Estate"]) + "." + r.pick(["Mamma", "Sole", "Mare"]) + "." + str(r.ri(1990, 2024)),
        ]
        while True:
            p = r.pick(kinds)()
            if url_safe:
                p = p.replace("@", "A").replace(" ", "_").replace("%", "Z").replace("#", "H").replace("?", "Q").replace("/", "S")
            if len(p) >= 6:
                return p

    def pin(self, n=None):
        n = n or self.pick([4, 4, 5, 5, 6, 6, 6, 8])
        return self.rs(n, DIG)

    def otp(self):
        return self.rs(6, DIG)

    def cvv(self, amex=False):
        return self.rs(4 if amex else 3, DIG)

    # ---- cards -------------------------------------------------------------
    BRANDS = {
        "visa": (["4"], [16, 16, 16, 13, 19]),
        "mastercard": (["51", "52", "53", "54", "55", "2221", "2223", "2300", "2720", "2500"], [16]),
        "amex": (["34", "37"], [15]),
        "discover": (["6011", "644", "65"], [16]),
        "jcb": (["3528", "3530", "3566", "3589"], [16]),
        "diners": (["36", "38", "300", "305"], [14]),
        "maestro": (["5018", "5020", "5038", "6304", "6759", "6761"], [12, 13, 16, 18, 19]),
        "unionpay": (["62"], [16, 19]),
    }
    TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
                  "378282246310005", "371449635398431", "6011111111111117", "3056930009020004",
                  "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
                  "5105105105105100", "4012888888881881", "4000002500003155", "5200828282828210",
                  "4000000000003220", "4917484589897107"]

    def card(self, brand=None):
        if brand is None and self.ch(0.18):
            c = self.pick(self.TEST_CARDS)
            if check.luhn_valid(c):
                return c
        brand = brand or self.pick(["visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover",
                                    "jcb", "diners", "maestro", "unionpay"])
        pre, lens = self.BRANDS[brand]
        p = self.pick(pre)
        n = self.pick(lens)
        body = p + self.rs(n - len(p) - 1, DIG)
        return body + luhn_digit(body)

    def bad_card(self, brand=None):
        c = self.card(brand)
        last = int(c[-1])
        return c[:-1] + str((last + self.ri(1, 9)) % 10)

    def group_card(self, c, sep=" "):
        n = len(c)
        if n == 15:
            parts = [c[:4], c[4:10], c[10:]]
        elif n == 14:
            parts = [c[:4], c[4:10], c[10:]]
        else:
            parts = [c[i:i + 4] for i in range(0, n, 4)]
        return sep.join(parts)

    def fmt_card(self, c, allow_multiline=True, allow_fullwidth=True):
        opts = ["plain", "space", "space", "space", "dash", "dot", "nbsp", "double", "slash", "tab"]
        if allow_fullwidth:
            opts.append("fullwidth")
        if allow_multiline:
            opts.append("wrap")
        o = self.pick(opts)
        if o == "plain":
            return c
        if o == "space":
            return self.group_card(c, " ")
        if o == "dash":
            return self.group_card(c, "-")
        if o == "dot":
            return self.group_card(c, ".")
        if o == "nbsp":
            return self.group_card(c, NBSP)
        if o == "double":
            return self.group_card(c, "  ")
        if o == "slash":
            return self.group_card(c, " / ")
        if o == "tab":
            return self.group_card(c, "\t")
        if o == "fullwidth":
            return self.group_card("".join(chr(0xFF10 + int(d)) for d in c), self.pick([" ", "\u3000", ""]))
        if o == "wrap":
            g = self.group_card(c, " ").split(" ")
            k = len(g) // 2
            return " ".join(g[:k]) + "\n" + " ".join(g[k:])

    def mask_card(self, c=None):
        c = c or self.card()
        return self.pick([
            "**** **** **** " + c[-4:],
            c[:6] + "*" * (len(c) - 10) + c[-4:],
            "XXXX-XXXX-XXXX-" + c[-4:],
            "•••• " + c[-4:],
            c[:4] + " " + c[4:6] + "** **** " + c[-4:],
            "************" + c[-4:],
            "xxxx xxxx xxxx " + c[-4:],
        ])

    # ---- spoken digits -----------------------------------------------------
    IT_D = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
    EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    def spoken(self, digits, lang, group=4):
        words = self.IT_D if lang == "it" else self.EN_D
        parts = []
        for i in range(0, len(digits), group):
            parts.append(" ".join(words[int(d)] for d in digits[i:i + group]))
        return self.pick([", ", " ", "... ", " - "]).join(parts)

    # ---- IBAN / national accounts ------------------------------------------
    def it_account(self):
        abi = self.pick(IT_ABI)
        cab = "%05d" % self.ri(1000, 99999)
        conto = self.pick(["%012d" % self.ri(1, 10 ** 9), "0000" + self.rs(8, DIG), "CC" + self.rs(10, DIG),
                           "%012d" % self.ri(10 ** 9, 10 ** 12 - 1), self.rs(6, DIG) + self.rs(2, UP) + self.rs(4, DIG)])
        cin = it_cin(abi, cab, conto)
        return {"abi": abi, "cab": cab, "conto": conto, "cin": cin, "bban": cin + abi + cab + conto,
                "iban": iban_from("IT", cin + abi + cab + conto)}

    def de_account(self):
        blz = self.pick(["370400", "100100", "500105", "700202", "200411", "120300"]) + self.rs(2, DIG)
        kto = "%010d" % self.ri(10 ** 6, 10 ** 10 - 1)
        return {"blz": blz, "kto": kto, "iban": iban_from("DE", blz + kto)}

    def fr_account(self):
        b = self.pick(["30004", "30003", "20041", "10278", "30002", "11315"])
        gu = "%05d" % self.ri(1, 99999)
        co = "%011d" % self.ri(10 ** 6, 10 ** 11 - 1)
        k = fr_key(b, gu, co)
        return {"banque": b, "guichet": gu, "compte": co, "cle": k, "iban": iban_from("FR", b + gu + co + k)}

    def es_account(self):
        e = self.pick(["2100", "0049", "0182", "2080", "0081", "1465"])
        o = "%04d" % self.ri(1, 9999)
        c = "%010d" % self.ri(10 ** 5, 10 ** 10 - 1)
        dc = es_dc("00" + e + o) + es_dc(c)
        return {"entidad": e, "oficina": o, "dc": dc, "cuenta": c, "ccc": e + o + dc + c, "iban": iban_from("ES", e + o + dc + c)}

    def uk_account(self):
        sc = "%02d%02d%02d" % (self.ri(10, 99), self.ri(0, 99), self.ri(0, 99))
        ac = "%08d" % self.ri(10 ** 6, 10 ** 8 - 1)
        bank = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])
        return {"sort": "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "sort_raw": sc, "acct": ac, "iban": iban_from("GB", bank + sc + ac)}

    def iban(self, country=None):
        country = country or self.pick(["IT", "IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE", "AT", "CH", "PT", "IE", "LU", "SM", "PL", "LT"])
        if country in ("IT", "SM"):
            a = self.it_account()
            return iban_from(country, a["bban"]) if country == "SM" else a["iban"]
        if country == "DE":
            return self.de_account()["iban"]
        if country == "FR":
            return self.fr_account()["iban"]
        if country == "ES":
            return self.es_account()["iban"]
        if country == "GB":
            return self.uk_account()["iban"]
        if country == "NL":
            return iban_from("NL", self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + self.rs(10, DIG))
        if country == "BE":
            d = self.rs(10, DIG)
            k = int(d) % 97 or 97
            return iban_from("BE", d + "%02d" % k)
        if country == "AT":
            return iban_from("AT", self.rs(16, DIG))
        if country == "CH":
            return iban_from("CH", "00" + self.rs(15, DIG))
        if country == "PT":
            return iban_from("PT", "0035" + self.rs(17, DIG))
        if country == "IE":
            return iban_from("IE", self.pick(["AIBK", "BOFI"]) + self.rs(14, DIG))
        if country == "LU":
            return iban_from("LU", self.rs(3, DIG) + self.rs(13, DIG))
        if country == "PL":
            return iban_from("PL", self.rs(24, DIG))
        if country == "LT":
            return iban_from("LT", self.rs(16, DIG))
        raise ValueError(country)

    def bad_iban(self, country=None):
        i = self.iban(country)
        ck = int(i[2:4])
        new = "%02d" % ((ck + self.ri(1, 96)) % 100)
        if new == i[2:4]:
            new = "%02d" % ((ck + 1) % 100)
        b = i[:2] + new + i[4:]
        if check.iban_valid(b):
            return self.bad_iban(country)
        return b

    def fmt_iban(self, i, allow_multiline=True):
        opts = ["plain", "plain", "g4", "g4", "g4", "lower", "dash", "nbsp", "itstyle", "dots", "double", "tab", "fullwidth"]
        if allow_multiline:
            opts.append("wrap")
        o = self.pick(opts)
        if o == "fullwidth":
            fw = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in i)
            return " ".join(fw[k:k + 4] for k in range(0, len(fw), 4))
        if o == "tab":
            return "\t".join(i[k:k + 4] for k in range(0, len(i), 4))
        g4 = [i[k:k + 4] for k in range(0, len(i), 4)]
        if o == "plain":
            return i
        if o == "g4":
            return " ".join(g4)
        if o == "lower":
            return self.pick([i.lower(), " ".join(g4).lower()])
        if o == "dash":
            return "-".join(g4)
        if o == "nbsp":
            return NBSP.join(g4)
        if o == "dots":
            return ".".join(g4)
        if o == "double":
            return "  ".join(g4)
        if o == "itstyle":
            if i.startswith("IT") or i.startswith("SM"):
                return "%s %s %s %s %s" % (i[:4], i[4], i[5:10], i[10:15], i[15:])
            return " ".join(g4)
        if o == "wrap":
            k = self.ri(2, len(g4) - 2)
            return " ".join(g4[:k]) + "\n" + " ".join(g4[k:])

    def mask_iban(self, i=None):
        i = i or self.iban()
        return self.pick([i[:4] + " **** **** **** " + i[-4:], i[:6] + "*" * (len(i) - 10) + i[-4:],
                          i[:2] + "XX XXXX XXXX XXXX XXXX " + i[-3:],
                          i[:4] + "..." + i[-4:]])

    def b64(self, s):
        return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------
# shared bits of prose
# --------------------------------------------------------------------------
def greet(g, lang):
    if lang == "it":
        return g.pick(["Buongiorno,", "Salve,", "Ciao,", "Gentile supporto,", "Spett.le assistenza,", "Buonasera,",
                       "Buongiorno a tutti,", "Ciao ragazzi,", "Gentilissimi,", "Salve a tutti", "Buondì,", "Egregi signori,"])
    return g.pick(["Hi,", "Hello,", "Hi team,", "Dear support,", "Hey folks,", "Good morning,", "Hello there,", "To whom it may concern,", "Hiya,"])


def sign(g, lang, p, role=None, disclaimer=None):
    if lang == "it":
        closing = g.pick(["Cordiali saluti", "Grazie mille", "Saluti", "Grazie, buona giornata", "Distinti saluti", "Un saluto", "grazie"])
    else:
        closing = g.pick(["Kind regards", "Thanks", "Cheers", "Best", "Many thanks", "Regards", "thx"])
    out = "%s\n%s" % (closing, p["name"])
    if role:
        out += "\n%s" % role
    if g.ch(0.6):
        out += "\n%s" % p["company"]
    if g.ch(0.5):
        out += "\n%s %s" % ("Tel." if lang == "it" else "Tel:", p["phone"])
    if disclaimer or (disclaimer is None and g.ch(0.25)):
        out += "\n\n" + disc(g, lang)
    elif g.ch(0.15):
        out += "\n\n" + g.pick(["Inviato da iPhone", "Inviato dal mio Galaxy", "Inviato da Outlook per Android"] if lang == "it"
                               else ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"])
    return out


def disc(g, lang):
    if lang == "it":
        return g.pick([
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. "
            "Se avete ricevuto questa e-mail per errore vi preghiamo di cancellarla e di darne comunicazione al mittente.",
            "AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono confidenziali ai sensi del Reg. UE 2016/679 (GDPR).",
            "P.IVA %s - Cap. soc. EUR %s i.v. - REA MI-%d" % (g.piva(), g.pick(["10.000,00", "50.000,00", "120.000,00"]), g.ri(100000, 999999)),
            "Prima di stampare pensa all'ambiente.",
        ])
    return g.pick([
        "This email and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error please notify the sender and delete it.",
        "CONFIDENTIALITY NOTICE: the contents of this message are confidential. Registered in England No. %08d." % g.ri(1, 99999999),
        "Please consider the environment before printing this email.",
    ])


def wa_ts(g):
    return "%02d/%02d/%02d, %02d:%02d" % (g.ri(1, 28), g.ri(1, 12), g.ri(24, 25), g.ri(7, 23), g.ri(0, 59))


# ==========================================================================
# TEMPLATES - e-mail, support forms, forwarded threads
# ==========================================================================
@T("S", noisy=True)
def em_junior_401(g):
    lang = "it"
    p = g.person(lang)
    tok = g.s("access_token", g.access_token())
    host = g.host("api")
    body = json.dumps({"amount": g.ri(100, 99999), "currency": "EUR", "order_id": g.order_no(),
                       "return_url": "https://www.%s/checkout/ok" % g.pick(["bottegadelgusto.it", "scarpeonline.it", "vinoeco.it"])}, indent=2)
    text = (f"{greet(g, lang)}\nsono lo sviluppatore di {p['company']}, il checkout ci da errore 401 da stamattina "
            f"e non capisco perche, ieri funzionava.\nVi giro la chiamata che facciamo:\n\n"
            f"POST https://{host}/v2/payments\nAuthorization: Bearer {tok}\nContent-Type: application/json\n"
            f"X-Request-Id: {g.uuid()}\n\n{body}\n\nRisposta: {{\"error\":\"invalid_token\"}}\n\n"
            f"{g.pick(['Cosa sbaglio??', 'Potete controllare?', 'é urgente abbiamo i saldi!!!', 'Aiuto'])}\n\n{sign(g, lang, p, 'Sviluppatore junior')}")
    return lang, "email", text


@T("S")
def em_cto_outage(g):
    lang = "en"
    p = g.person(lang)
    cid = g.client_id()
    sec = g.s("client_secret", g.client_secret())
    prov = g.provider()[0]
    text = (f"Subject: URGENT - production outage on {prov} token endpoint\n\n"
            f"Team,\n\nour production has been down since {g.hhmm()} CET. We rotated credentials yesterday evening "
            f"following your email about the key ceremony. For reference our client is {cid} and the new secret is "
            f"{sec} - please double check it's active on your side.\n\nEvery call to POST /oauth2/token returns "
            f"400 {{\"error\":\"invalid_client\"}}. Last request id: {g.uuid()}.\n\nI need someone on a call within the hour. "
            f"We are processing ~{g.ri(2, 40)}k payments a day and every minute costs us.\n\n{p['name']}\nCTO, {p['company']}\n{p['phone']}")
    return lang, "email", text


@T("S", noisy=True)
def em_comune_portal_pw(g):
    lang = "it"
    p = g.person(lang)
    comune = g.pick(["castelvecchio", "valdisera", "sanpietroalmonte", "rocca", "borgonuovo", "montecalvo"])
    pw = g.s("password", g.password())
    text = (f"Oggetto: R: integrazione portale pagamenti - accesso area riservata\n\n{greet(g, lang)}\n"
            f"come da accordi telefonici con il vostro collega vi trasmetto i dati per l'accesso all'area riservata "
            f"del portale, perche dal {g.date_it()} non riusciamo piu ad entrare e dobbiamo rendicontare i versamenti "
            f"della TARI entro fine mese.\n\nutente: ragioneria.{comune}\npassword: {pw}\n\n"
            f"Il codice fiscale dell'ente e' {g.piva()}. Resto in attesa di un cortese riscontro.\n\n"
            f"Il Responsabile del Servizio Finanziario\n{g.pick(['Dott.ssa', 'Rag.', 'Dott.'])} {p['name']}\n"
            f"Comune di {comune.capitalize()} - Ufficio Ragioneria\nTel. {g.phone_it()}")
    return lang, "email", text


@T("S")
def em_freelance_php_define(g):
    lang = g.lang()
    p = g.person(lang)
    prov, slug = g.provider()
    key = g.s("access_token", g.api_key())
    code = (f"<?php\n// config.php\ndefine('{slug.upper()}_API_KEY', '{key}');\ndefine('{slug.upper()}_ENV', 'sandbox');\n"
            f"define('{slug.upper()}_WEBHOOK_URL', 'https://shop.example.it/wp-json/{slug}/v1/notify');\n")
    if lang == "it":
        text = (f"ciao, sono un freelance e sto facendo un plugin woocommerce per un cliente, ho un problema con le notifiche "
                f"che non arrivano. Vi incollo il mio config cosi vedete:\n\n{code}\nla chiamata di creazione va, ma il webhook non "
                f"parte mai. Uso PHP {g.pick(['7.4', '8.1', '8.2'])}. grazie\n{p['first']}")
    else:
        text = (f"hi, I'm a freelancer building a WooCommerce plugin for a client and webhooks never reach us. "
                f"Here's my config so you can see:\n\n{code}\ncreate payment works fine, notify never fires. PHP "
                f"{g.pick(['7.4', '8.1', '8.3'])}, WordPress {g.pick(['6.4.3', '6.5.2'])}. thanks\n{p['first']}")
    return lang, "email", text


@T("S", noisy=True)
def em_enduser_iban_refund(g):
    lang = "it"
    p = g.person(lang)
    iban = g.s("iban", g.fmt_iban(g.iban("IT")))
    text = g.pick([
        f"Salve ho un problema con il pagamento della bolletta, mi avete addebitato due volte {g.amount_it()} euro. "
        f"Vi mando i miei dati per il rimborso:\nIBAN {iban}\nintestato a {p['name']}\nGrazie",
        f"buongiorno sono {p['name']} vi scrivo perche non so a chi rivolgermi, il negozio mi ha detto di scrivere "
        f"a voi per il rimborso. il mio iban è {iban} . fatemi sapere grazie",
        f"Gentili signori,\nin riferimento alla pratica di rimborso vi comunico le mie coordinate bancarie: "
        f"{iban} (conto cointestato con mia moglie).\nDistinti saluti\n{p['name']}",
    ])
    return lang, "email", text


@T("S", noisy=True)
def em_enduser_card_double(g):
    lang = "en"
    p = g.person(lang)
    c = g.card()
    card = g.s("card_number", g.fmt_card(c))
    exp = "%02d/%02d" % (g.ri(1, 12), g.ri(26, 31))
    text = g.pick([
        f"I was charged twice for my order {g.order_no()}!! The card I used is {card}, exp {exp}. Please refund asap, "
        f"I have rent to pay.\n{p['first']}",
        f"Hello, not sure this is the right place. Your payment page took £{g.amount_en()} twice from my card "
        f"({card}). Order confirmation says {g.order_no()}. Can you reverse one?\nThanks, {p['name']}",
        f"To whom it may concern\n\nI do not recognise a payment of EUR {g.amount_en()} on {g.date_it()}.\nCard number: {card}\n"
        f"Name on card: {p['name'].upper()}\n\nPlease cancel it.",
    ])
    return lang, "email", text


@T("S", noisy=True)
def em_enduser_card_cvv_it(g):
    lang = "it"
    c = g.card()
    amex = c[:2] in ("34", "37")
    card = g.s("card_number", g.fmt_card(c))
    cv = g.s("cvv", g.cvv(amex))
    exp = "%02d/%02d" % (g.ri(1, 12), g.ri(26, 31))
    text = g.pick([
        f"ho provato a pagare con la carta {card} scadenza {exp} cvv {cv} ma mi dice transazione negata, "
        f"ho soldi sul conto!! come faccio",
        f"buonasera la mia carta non funziona sul vostro sito\nnumero {card}\nscad. {exp}\ncodice dietro {cv}\n"
        f"mi serve pagare entro oggi",
        f"Salve, vorrei sapere perche il pagamento non va. Carta: {card} - {exp} - CVV2: {cv}. Grazie mille",
    ])
    return lang, "email", text


@T("S")
def em_pm_forward_quoted_pw(g):
    lang = g.lang()
    pm = g.person(lang)
    cl = g.person(lang)
    pw = g.s("password", g.password())
    if lang == "it":
        text = (f"Ciao, vi inoltro la mail del cliente, non so bene cosa rispondere. Mi dite voi?\n\n{pm['first']}\n\n"
                f"---------- Messaggio inoltrato ---------\nDa: {cl['name']} <{cl['email']}>\nData: {g.date_it()} {g.hhmm()}\n"
                f"Oggetto: accesso sandbox\n\n> Buongiorno {pm['first']},\n> il vostro fornitore continua a dirci che le credenziali "
                f"sono sbagliate.\n> Le abbiamo provate anche da Postman.\n> L'utente demo e' demo_{cl['last'].lower().replace(' ', '')} e la password\n"
                f"> dell'utente demo è {pw}\n> Ci fate sapere entro domani?\n> {cl['first']}")
    else:
        text = (f"Hi, forwarding this from the client, not sure how to answer. Can you take it?\n\n{pm['first']}\n\n"
                f"---------- Forwarded message ---------\nFrom: {cl['name']} <{cl['email']}>\nDate: {g.date_it()}\n"
                f"Subject: sandbox login\n\n> Hi {pm['first']},\n> your vendor keeps saying our credentials are wrong.\n"
                f"> We tried from Postman too. The user is qa.{cl['first'].lower()} and the\n> password we were given is {pw}\n> Please sort this by tomorrow.")
    return lang, "email", text


@T("S")
def em_bank_backoffice_abi_cab(g):
    lang = "it"
    a = g.it_account()
    conto = g.s("bank_account", a["conto"])
    prov = g.provider()[0]
    text = (f"Spett.le {prov},\n\ncon la presente si comunicano le coordinate del conto di appoggio del beneficiario "
            f"indicato nella disposizione prot. n. {g.ri(1000, 99999)}/{g.ri(2024, 2025)}:\n\n"
            f"Banca: {g.pick(['Banca Popolare di Sondrio', 'Intesa Sanpaolo', 'UniCredit', 'BCC di Roma', 'BPER Banca'])}\n"
            f"ABI {a['abi']} - CAB {a['cab']}\nC/C n. {conto}\nCIN {a['cin']}\nBIC {g.bic()}\n\n"
            f"Si prega di aggiornare l'anagrafica entro il {g.date_it()}.\n\nUfficio Back Office Incassi e Pagamenti\n"
            f"Tel. {g.phone_it()}\n\n{disc(g, lang)}")
    return lang, "email", text


@T("S", noisy=True)
def em_uk_sortcode(g):
    lang = "en"
    p = g.person(lang)
    u = g.uk_account()
    acct = g.s("bank_account", u["acct"])
    text = g.pick([
        f"Please pay the refund into my account:\nSort code: {u['sort']}\nAccount number: {acct}\nName: {p['name']}\nThanks",
        f"hi i was told by the shop to email you. my bank details for the refund are sort code {u['sort']} and account no. {acct} "
        f"(Lloyds). ref {g.order_no()}",
        f"Dear Sir/Madam, regarding my complaint {g.invoice_no()}, you can send the money back to {p['name']}, "
        f"{u['sort']} / {acct}. Kind regards",
    ])
    return lang, "email", text


@T("S")
def em_sort_code_combined(g):
    lang = "en"
    u = g.uk_account()
    val = g.s("bank_account", g.pick(["%s %s" % (u["sort"], u["acct"]), "%s %s" % (u["sort_raw"], u["acct"]), "%s-%s" % (u["sort"], u["acct"])]))
    p = g.person(lang)
    text = (f"From: {p['email']}\nTo: support@{g.provider()[1]}.example\nSubject: payout account change for merchant {g.client_id()}\n\n"
            f"Hello, our finance team asked me to update the payout account to {val} effective next settlement "
            f"cycle ({g.date_it()}). The old one can be closed.\n\n{sign(g, lang, p, 'Finance Operations')}")
    return lang, "email", text


@T("S")
def em_de_blz(g):
    lang = g.lang()
    d = g.de_account()
    kto = g.s("bank_account", d["kto"])
    if lang == "it":
        text = (f"Buongiorno, il nostro fornitore tedesco ci ha mandato queste coordinate per il bonifico, ma il vostro "
                f"portale vuole l'IBAN e loro ci hanno dato solo questo:\n\nBankleitzahl (BLZ): {d['blz']}\nKontonummer: {kto}\n"
                f"Empfänger: {g.pick(['Parcelpoint GmbH', 'Müller Logistik KG', 'Bäckerei Schulz'])}\n\nCome faccio a convertirlo? Grazie")
    else:
        text = (f"Hi, a German supplier sent us this for the SEPA transfer but your API only accepts IBAN:\n\n"
                f"BLZ {d['blz']} Kto.-Nr. {kto}\n\nIs there an endpoint that converts it or do we have to do it ourselves?")
    return lang, "email", text


@T("S")
def em_fr_rib(g):
    lang = g.lang()
    f = g.fr_account()
    row = g.s("bank_account", g.pick(["%s %s %s %s" % (f["banque"], f["guichet"], f["compte"], f["cle"]),
                                       "%s-%s-%s-%s" % (f["banque"], f["guichet"], f["compte"], f["cle"])]))
    pre = ("Ciao, un cliente francese ha mandato il RIB invece dell'IBAN, ve lo incollo come l'ha scritto:"
           if lang == "it" else "Hello, a French customer sent their RIB instead of an IBAN, pasting as they wrote it:")
    text = (f"{pre}\n\nRelevé d'Identité Bancaire\nCode banque / Code guichet / N° de compte / Clé RIB\n{row}\n"
            f"Domiciliation: {g.pick(['BNP PARIBAS LYON', 'LCL PARIS OPERA', 'CREDIT AGRICOLE NANTES'])}\n\n"
            + ("Il vostro validatore lo rifiuta, è normale?" if lang == "it" else "Your validator rejects it, expected?"))
    return lang, "email", text


@T("S")
def em_es_ccc(g):
    lang = g.lang()
    e = g.es_account()
    ccc = g.s("bank_account", g.pick([e["ccc"], "%s %s %s %s" % (e["entidad"], e["oficina"], e["dc"], e["cuenta"]),
                                       "%s-%s-%s-%s" % (e["entidad"], e["oficina"], e["dc"], e["cuenta"])]))
    if lang == "it":
        text = (f"Salve, per il rimborso della cliente spagnola abbiamo solo il vecchio CCC: {ccc}\n"
                f"Lei dice 'número de cuenta' e basta, non sa l'IBAN. Potete procedere lo stesso?")
    else:
        text = (f"Hi, our Spanish customer only gave us her old CCC ({ccc}), 'número de cuenta' as she calls it. "
                f"Can a refund be sent with that or do we need the IBAN?")
    return lang, "email", text


@T("S")
def em_signature_secret_below(g):
    lang = g.lang()
    p = g.person(lang)
    tok = g.s("access_token", g.access_token())
    if lang == "it":
        text = (f"{greet(g, lang)}\nvi scrivo per il ticket {g.ri(10000, 99999)}. Il token che usiamo in collaudo\n"
                f"(quello generato dal portale il {g.date_it()}) e' scaduto? Ve lo metto sotto, ditemi voi:\n\n\n{tok}\n\n"
                f"{sign(g, lang, p)}")
    else:
        text = (f"{greet(g, lang)}\nre ticket {g.ri(10000, 99999)}: is the staging token below expired? It was generated "
                f"from the portal on {g.date_it()}.\n\n\n{tok}\n\n{sign(g, lang, p)}")
    return lang, "email", text


@T("S", noisy=True)
def form_contact_pw(g):
    lang = g.lang()
    p = g.person(lang)
    pw = g.s("password", g.password())
    if lang == "it":
        text = (f"[Modulo di contatto - sito web]\nNome: {p['name']}\nEmail: {p['email']}\nTelefono: {p['phone']}\n"
                f"Categoria: Accesso al portale\nMessaggio: non riesco ad entrare nell'area merchant, ho messo la mia solita "
                f"password {pw} ma dice credenziali non valide. ho provato anche a resettarla ma la mail non arriva\n"
                f"Consenso privacy: SI")
    else:
        text = (f"[Web form submission]\nName: {p['name']}\nEmail: {p['email']}\nTopic: Login\nMessage: can't log into the "
                f"merchant dashboard. My password is {pw} and it worked last week. Please help\nMarketing opt-in: no")
    return lang, "form", text


@T("S", noisy=True)
def form_enduser_pin_home_banking(g):
    lang = "it"
    p = g.person(lang)
    pin = g.s("pin", g.pin(g.pick([5, 6, 8])))
    text = (f"Nome e cognome: {p['name']}\nCodice cliente: {g.ri(10000000, 99999999)}\nDescrizione del problema:\n"
            f"buongiorno non riesco ad accedere all app della banca per autorizzare il pagamento, mi chiede il PIN "
            f"dispositivo che sarebbe {pin} ma dice errato. ho paura che si blocchi. aiutatemi per favore")
    return lang, "form", text


@T("S")
def form_partner_onboarding(g):
    lang = g.lang()
    p = g.person(lang)
    iban = g.s("iban", g.fmt_iban(g.iban(), allow_multiline=False))
    if lang == "it":
        text = (f"RICHIESTA ATTIVAZIONE MERCHANT\nRagione sociale: {p['company']}\nP.IVA: {g.piva()}\nReferente tecnico: {p['name']}\n"
                f"Email: {p['email']}\nIBAN per accredito: {iban}\nVolume mensile stimato: {g.amount_it()} EUR\n"
                f"Note: abbiamo gia il certificato eIDAS, ci serve solo la sandbox")
    else:
        text = (f"MERCHANT ONBOARDING REQUEST\nLegal name: {p['company']}\nVAT: GB{g.ri(100000000, 999999999)}\nTech contact: {p['name']} "
                f"<{p['email']}>\nSettlement IBAN: {iban}\nExpected monthly volume: EUR {g.amount_en()}\nNotes: need sandbox by Friday")
    return lang, "form", text


@T("S")
def em_multiple_secrets_dump(g):
    lang = g.lang()
    p = g.person(lang)
    cid = g.client_id()
    sec = g.s("client_secret", g.client_secret())
    rt = g.s("refresh_token", g.refresh())
    if lang == "it":
        text = (f"Ciao, vi riassumo quello che abbiamo configurato, magari vedete l'errore:\n\n- ambiente: produzione\n"
                f"- client_id: {cid}\n- client_secret: {sec}\n- redirect: https://app.{p['company'].split()[0].lower()}.it/callback\n"
                f"- ultimo refresh token ricevuto: {rt}\n\nIl refresh ci torna invalid_grant dopo {g.ri(2, 30)} minuti. Grazie\n{p['first']}")
    else:
        text = (f"Quick summary of our setup, maybe you spot the problem:\n\n* env: production\n* client_id: {cid}\n"
                f"* client_secret: {sec}\n* last refresh token we got back: {rt}\n\nRefreshing returns invalid_grant after about "
                f"{g.ri(2, 30)} minutes.\n{p['first']}")
    return lang, "email", text


@T("S")
def em_allcaps_elderly(g):
    lang = "it"
    p = g.person(lang)
    iban = g.s("iban", g.iban("IT"))
    text = (f"BUONGIORNO SONO {p['name'].upper()} HO 78 ANNI E NON SO USARE BENE IL COMPUTER. MIO NIPOTE MI HA DETTO DI "
            f"SCRIVERE QUI. DEVO RICEVERE IL RIMBORSO DELLA MENSA SCOLASTICA. IL MIO IBAN E {iban} POSTE ITALIANE. "
            f"GRAZIE E SCUSATE IL DISTURBO")
    return lang, "email", text


@T("S")
def em_client_secret_in_quote_reply(g):
    lang = "en"
    p = g.person(lang)
    sec = g.s("client_secret", g.client_secret())
    text = (f"Still not working, see below.\n\nOn {g.date_it()} at {g.hhmm()}, {p['name']} <{p['email']}> wrote:\n"
            f"> Hi, thanks for the quick answer.\n> We regenerated it as you said. The new one is\n> {sec}\n"
            f"> and we still get unauthorized_client on /token.\n>\n>> On {g.date_it()} Support wrote:\n>> Please regenerate the client secret from the portal.")
    return lang, "email", text


@T("S")
def em_otp_forwarded_sms(g):
    lang = g.lang()
    code = g.s("pin", g.otp())
    prov = g.provider()[0]
    if lang == "it":
        text = (f"Vi inoltro l'sms che mi è arrivato, non capisco se è una truffa:\n\n\"{prov}: il tuo codice di verifica per "
                f"autorizzare il pagamento di {g.amount_it()} EUR a {g.pick(IT_COMPANIES)} e' {code}. Non comunicarlo a nessuno.\"\n\n"
                f"io non ho comprato niente!")
    else:
        text = (f"Forwarding the text I got, is this a scam??\n\n\"{prov}: {code} is your code to approve a payment of "
                f"EUR {g.amount_en()} to {g.pick(EN_COMPANIES)}. Never share this code.\"\n\nI didn't buy anything")
    return lang, "email", text


@T("S")
def em_accountant_xls_pasted(g):
    lang = "it"
    p = g.person(lang)
    rows = []
    for _ in range(g.ri(3, 6)):
        q = g.person("it")
        rows.append("%s\t%s\t%s\t%s" % (q["name"], g.s("iban", g.iban("IT")), g.amount_it(), g.pick(["rimborso TARI", "contributo mensa", "cauzione", "rimborso trasporto"])))
    text = (f"Buongiorno, allego (incollo perche l'allegato non passa) l'elenco dei beneficiari per il flusso di rimborsi "
            f"che dobbiamo caricare tramite la vostra API:\n\nBeneficiario\tIBAN\tImporto\tCausale\n" + "\n".join(rows) +
            f"\n\nIl file originale ha {g.ri(40, 300)} righe. E' possibile caricarlo in blocco?\n\n{sign(g, 'it', p, 'Ufficio Ragioneria')}")
    return lang, "email", text


# ---- pass: e-mail / forms --------------------------------------------------
@T("P", noisy=True)
def em_p_double_charge_masked(g):
    lang = g.lang()
    p = g.person(lang)
    c = g.card()
    if lang == "it":
        text = (f"{greet(g, lang)}\nil pagamento {g.pay_id()} risulta addebitato (carta {g.mask_card(c)}) ma l'ordine "
                f"{g.order_no()} è ancora in sospeso sul vostro pannello. Importo {g.amount_it()} EUR del {g.date_it()}.\n"
                f"Potete verificare? Il cliente mi chiama ogni ora.\n\n{sign(g, lang, p)}")
    else:
        text = (f"{greet(g, lang)}\npayment {g.pay_id()} shows as captured (card {g.mask_card(c)}) but order {g.order_no()} "
                f"is still pending in your dashboard. Amount EUR {g.amount_en()}, {g.date_it()}.\nCan you check? The "
                f"customer keeps calling.\n\n{sign(g, lang, p)}")
    return lang, "email", text


@T("P")
def em_p_cto_outage_ids(g):
    lang = "en"
    p = g.person(lang)
    ids = "\n".join("  %s  %s  %s" % (g.iso_ts(), g.uuid(), g.pick(["502", "504", "503", "401"])) for _ in range(g.ri(3, 6)))
    text = (f"Subject: Production incident - elevated 5xx from /v2/payments\n\nHi all,\n\nsince {g.hhmm()} UTC we see elevated "
            f"errors. Our client id is {g.client_id()}. We rotated our client secret yesterday via the dashboard and the new "
            f"one is stored in Vault under secret/data/payments/prod - it is NOT the cause, old and new both fail.\n\n"
            f"Sample of failing calls (timestamp, x-request-id, status):\n{ids}\n\nTrace: {g.traceparent()}\n"
            f"Please escalate to P1.\n\n{p['name']}\nCTO | {p['company']}")
    return lang, "email", text


@T("P")
def em_p_comune_pagopa(g):
    lang = "it"
    p = g.person(lang)
    a = g.it_account()
    text = (f"Oggetto: avvisi pagoPA non riconciliati\n\n{greet(g, lang)}\nsegnaliamo che i seguenti avvisi risultano pagati "
            f"dal cittadino ma non riconciliati nel portale:\n\n- codice avviso {g.codice_avviso()} - IUV {g.iuv()} - importo {g.amount_it()}\n"
            f"- codice avviso {g.codice_avviso()} - IUV {g.iuv()} - importo {g.amount_it()}\n\nCodice fiscale ente: {g.piva()}\n"
            f"Tesoreria: {g.pick(['Intesa Sanpaolo', 'UniCredit', 'BPER Banca'])} - ABI {a['abi']} CAB {a['cab']} - BIC {g.bic()}\n"
            f"Codice fiscale del pagatore (primo caso): {g.cf()}\n\nGrazie\n{p['name']}\nServizio Finanziario")
    return lang, "email", text


@T("P", noisy=True)
def em_p_reset_no_pw(g):
    lang = g.lang()
    if lang == "it":
        text = g.pick([
            "ho resettato la password tre volte ma la mail di conferma non arriva mai, ho controllato anche lo spam. "
            "Adesso dopo 5 tentativi sbagliati l'account e' bloccato. Come si sblocca?",
            "Buongiorno, la nuova password deve avere almeno 12 caratteri, una maiuscola e un simbolo? Perche il portale "
            "me la rifiuta anche se rispetta tutto. Grazie",
            "non ricordo piu la password del portale merchant, la mia collega che la sapeva e' in maternita. Come si fa il recupero?",
        ])
    else:
        text = g.pick([
            "I've reset my password three times and the confirmation email never shows up (checked spam). Now I'm "
            "locked out after 5 failed attempts. How do I unlock the account?",
            "Your password policy says min 12 chars incl. one symbol, but the form rejects every password I try with "
            "'password_too_weak'. Is there a list of allowed symbols?",
            "Our ex-employee had the dashboard password and left. What's the process to recover the admin account?",
        ])
    return lang, "email", text


@T("P", noisy=True)
def em_p_pin_refuse(g):
    lang = g.lang()
    if lang == "it":
        text = (f"mi avete chiesto di mandarvi il PIN ma non lo faccio, il PIN della carta lo conosco solo io e la banca mi "
                f"ha detto di non darlo a nessuno. Il problema è che al terminale esce 'PIN ERRATO' dopo {g.ri(2, 3)} tentativi "
                f"anche se sono sicura che è giusto. Terminale n. {g.ri(10000000, 99999999)}, esercente {g.pick(IT_COMPANIES)}.")
    else:
        text = (f"You asked me for my PIN, I won't send it, my bank says never share it. The issue: the terminal shows "
                f"'INCORRECT PIN' after {g.ri(2, 3)} tries even though it's right. Terminal ID {g.ri(10000000, 99999999)}, "
                f"merchant {g.pick(EN_COMPANIES)}, {g.date_it()} {g.hhmm()}.")
    return lang, "email", text


@T("P")
def em_p_pm_forward_invoices(g):
    lang = g.lang()
    pm = g.person(lang)
    cl = g.person(lang)
    if lang == "it":
        text = (f"Ciao team, ci sta martellando, vi giro sotto. Priorità alta per favore.\n{pm['first']}\n\n"
                f"-----Messaggio originale-----\nDa: {cl['name']}\nInviato: {g.date_it()} {g.hhmm()}\nOggetto: fatture non pagate\n\n"
                f"Le fatture {g.invoice_no()} e {g.invoice_no()} (tot. {g.amount_it()} EUR) risultano ancora da incassare "
                f"sul vostro sistema, mentre la banca ci conferma l'accredito con CRO {g.cro()}.\n"
                f"Se entro venerdì non è risolto dovremo valutare altri fornitori.\n{cl['name']}\n{cl['company']}")
    else:
        text = (f"Team, client is escalating, see below. High priority please.\n{pm['first']}\n\n"
                f"-----Original Message-----\nFrom: {cl['name']}\nSent: {g.date_it()}\nSubject: unpaid invoices\n\n"
                f"Invoices {g.invoice_no()} and {g.invoice_no()} (total EUR {g.amount_en()}) still show as open on your side "
                f"although our bank confirms settlement ref {g.nonluhn(16)}.\nIf this isn't fixed by Friday we'll look elsewhere.")
    return lang, "email", text


@T("P", noisy=True)
def em_p_bad_iban(g):
    lang = g.lang()
    bad = g.fmt_iban(g.bad_iban(), allow_multiline=False)
    if lang == "it":
        text = g.pick([
            f"il portale mi dice IBAN non valido, ho controllato tre volte ed è {bad}, cosa sbaglio?",
            f"Salve, caricando il beneficiario con IBAN {bad} la vostra API risponde 422 'iban_checksum_failed'. "
            f"Il cliente giura che è giusto. Chi ha ragione?",
        ])
    else:
        text = g.pick([
            f"your form says the IBAN is invalid, I checked it three times: {bad}. What am I doing wrong?",
            f"POST /beneficiaries with iban={bad} returns 422 iban_checksum_failed, customer insists it's right. Who's correct?",
        ])
    return lang, "email", text


@T("P", noisy=True)
def em_p_bad_card(g):
    lang = g.lang()
    bad = g.fmt_card(g.bad_card(), allow_multiline=False, allow_fullwidth=False)
    if lang == "it":
        text = (f"Ciao, il vostro form rifiuta la carta {bad} con 'numero carta non valido'. L'ho presa dalla "
                f"documentazione di test, o forse l'ho copiata male? Build {g.version()}")
    else:
        text = (f"Hi, your hosted form rejects card {bad} with 'invalid card number'. I copied it from your test docs, "
                f"or did I mistype? App version {g.version()}")
    return lang, "email", text


@T("P")
def em_p_bank_backoffice_bic(g):
    lang = "it"
    a = g.it_account()
    text = (f"Spett.le Società,\n\nin riscontro alla Vostra del {g.date_it()} (Vs. rif. {g.ri(1000, 9999)}/{g.pick(['AM', 'BO', 'CF'])}), "
            f"si conferma che la filiale di riferimento è identificata da ABI {a['abi']} e CAB {a['cab']}, BIC {g.bic()}.\n"
            f"Le coordinate del conto del beneficiario Vi saranno trasmesse esclusivamente tramite canale PEC.\n\n"
            f"Distinti saluti\nUfficio Back Office Estero\nProt. n. {g.ri(10000, 99999)}")
    return lang, "email", text


@T("P")
def em_p_uk_refund_no_account(g):
    lang = "en"
    p = g.person(lang)
    text = (f"Hello, I requested a refund for {g.order_no()} on {g.date_it()}. The shop says it was sent on their side "
            f"(reference {g.pay_id()}), but nothing has reached my account. My bank (sort code {g.uk_account()['sort']}) says "
            f"they see no incoming payment. Could you give me a trace number I can give them?\n\n{p['name']}\n{p['phone']}")
    return lang, "email", text


@T("P")
def em_p_signature_heavy(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        body = f"confermo che il problema sul webhook si è risolto dopo il vostro rilascio {g.version()} di ieri. Potete chiudere il ticket {g.ri(10000, 99999)}."
    else:
        body = f"confirming the webhook issue is gone after your {g.version()} release yesterday. Feel free to close ticket {g.ri(10000, 99999)}."
    text = (f"{greet(g, lang)}\n{body}\n\n{p['name']}\n{p['company']}\n{'Sede legale' if lang == 'it' else 'Registered office'}: "
            f"{g.pick(['Via Roma 12, 20121 Milano', 'Corso Vittorio Emanuele 45, 80121 Napoli', '1 Canal Street, Manchester M1 3HE'])}\n"
            f"P.IVA/VAT {g.piva()} - {p['phone']}\nPEC: amministrazione@pec.{p['company'].split()[0].lower().strip('.,')}.it\n\n{disc(g, lang)}")
    return lang, "email", text


@T("P", noisy=True)
def form_p_contact(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        text = (f"[Modulo di contatto - sito web]\nNome: {p['name']}\nEmail: {p['email']}\nTelefono: {p['phone']}\n"
                f"Categoria: Pagamenti\nN. ordine: {g.order_no()}\nMessaggio: ho pagato {g.amount_it()} euro il {g.date_it()} "
                f"ma non ho ricevuto la ricevuta. Codice transazione {g.pay_id()}.\nConsenso privacy: SI")
    else:
        text = (f"[Web form submission]\nName: {p['name']}\nEmail: {p['email']}\nTopic: Payments\nOrder #: {g.order_no()}\n"
                f"Message: paid EUR {g.amount_en()} on {g.date_it()}, no receipt. Transaction code {g.pay_id()}\nMarketing opt-in: no")
    return lang, "form", text


@T("P")
def form_p_onboarding(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        text = (f"RICHIESTA ATTIVAZIONE MERCHANT\nRagione sociale: {p['company']}\nP.IVA: {g.piva()}\nCodice fiscale legale rapp.: {g.cf()}\n"
                f"Referente tecnico: {p['name']}\nIBAN per accredito: verrà comunicato dal legale rappresentante via PEC\n"
                f"Banca: {g.pick(['Intesa Sanpaolo', 'Crédit Agricole Italia', 'Banca Sella'])} (BIC {g.bic()})\nCodice ATECO: 47.91.10")
    else:
        text = (f"MERCHANT ONBOARDING REQUEST\nLegal name: {p['company']}\nCompany no.: {g.ri(10000000, 99999999)}\n"
                f"Tech contact: {p['name']}\nSettlement IBAN: to be provided by our CFO through the secure portal\n"
                f"Bank BIC: {g.bic()}\nMCC: {g.pick(['5411', '5812', '5732', '4722'])}")
    return lang, "form", text


@T("P")
def em_p_token_expiry_question(g):
    lang = g.lang()
    if lang == "it":
        text = (f"{greet(g, lang)}\ndomanda veloce: il token di accesso dura {g.pick([300, 900, 3600])} secondi e il refresh token "
                f"{g.pick([30, 90, 180])} giorni? Nella documentazione v{g.version()} c'è scritto expires_in ma non il refresh_expires_in. "
                f"Noi salviamo entrambi cifrati in Key Vault, ci serve solo sapere ogni quanto rinnovarli.")
    else:
        text = (f"{greet(g, lang)}\nquick one: access token lifetime is {g.pick([300, 900, 3600])}s and the refresh token "
                f"lasts {g.pick([30, 90, 180])} days? Docs v{g.version()} only mention expires_in. We keep both encrypted in "
                f"Key Vault, just need to know the rotation interval.")
    return lang, "email", text


@T("P")
def em_p_secret_rotation_notice(g):
    lang = g.lang()
    prov = g.provider()[0]
    if lang == "it":
        text = (f"Gentile partner,\nti ricordiamo che il client secret associato al client {g.client_id()} scadrà il {g.date_it()}. "
                f"Per generarne uno nuovo accedi alla Console {prov} > Applicazioni > Credenziali > 'Rigenera'. Il vecchio "
                f"secret resterà valido per 72 ore. {prov} non ti chiederà mai di inviare il secret via e-mail.")
    else:
        text = (f"Dear partner,\nthe client secret of client {g.client_id()} expires on {g.date_it()}. To create a new one go to "
                f"{prov} Console > Apps > Credentials > 'Rotate'. The old secret keeps working for 72 hours. {prov} will never "
                f"ask you to email a secret.")
    return lang, "email", text


@T("P")
def em_p_allcaps_no_data(g):
    lang = "it"
    text = (f"BUONGIORNO HO RICEVUTO UN MESSAGGIO CHE DICE CHE LA MIA CARTA E' BLOCCATA E DI CHIAMARE IL NUMERO {g.phone_it()}. "
            f"E' UNA TRUFFA? NON HO DATO NESSUN CODICE. LA MIA CARTA FINISCE CON {g.rs(4, DIG)}. GRAZIE")
    return lang, "email", text


@T("P")
def em_p_sms_otp_not_arriving(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        text = (f"Il codice SMS per confermare il pagamento non arriva mai. Il numero registrato è {g.phone_it()}. "
                f"Ho provato {g.ri(3, 6)} volte, l'app dice 'OTP scaduto' dopo 5 minuti. Operatore {g.pick(['TIM', 'Iliad', 'WindTre', 'Vodafone'])}.\n{p['first']}")
    else:
        text = (f"The SMS code to confirm payment never arrives. Registered number {g.phone_en()}. Tried {g.ri(3, 6)} times; "
                f"the app says 'OTP expired' after 5 minutes.\n{p['first']}")
    return lang, "email", text


# ==========================================================================
# TEMPLATES - chat exports (WhatsApp / Telegram / Slack / Teams)
# ==========================================================================
class _Clock:
    def __init__(self, g):
        self.d, self.m, self.y = g.ri(1, 27), g.ri(1, 12), g.ri(24, 25)
        self.mins = g.ri(7 * 60, 21 * 60)
        self.g = g

    def tick(self):
        self.mins = min(self.mins + self.g.pick([0, 0, 1, 1, 2, 3, 5, 12, 40]), 23 * 60 + 59)
        return self.mins // 60, self.mins % 60


def wa_line(g, clk, who, msg, fmt):
    h, mi = clk.tick()
    if fmt == "wa_ios":
        return "[%02d/%02d/%02d, %02d:%02d:%02d] %s: %s" % (clk.d, clk.m, clk.y, h, mi, g.ri(0, 59), who, msg)
    if fmt == "wa_android":
        return "%02d/%02d/%02d, %02d:%02d - %s: %s" % (clk.d, clk.m, clk.y, h, mi, who, msg)
    if fmt == "tg":
        return "%s, [%02d.%02d.%02d %02d:%02d]\n%s" % (who, clk.d, clk.m, clk.y, h, mi, msg)
    if fmt == "teams":
        return "[%02d:%02d] %s\n%s" % (h, mi, who, msg)
    return "%s  %d:%02d %s\n%s" % (who, (h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM", msg)


def chat(g, lines, fmt=None):
    fmt = fmt or g.pick(["wa_ios", "wa_android", "tg", "teams", "slack"])
    sep = "\n" if fmt in ("wa_ios", "wa_android") else "\n\n"
    clk = _Clock(g)
    return sep.join(wa_line(g, clk, w, m, fmt) for w, m in lines)


@T("S", noisy=True)
def ch_db_pw_boss(g):
    lang = "it"
    a, b = g.pick(IT_FIRST), g.pick(IT_FIRST)
    pw = g.s("password", g.password())
    lines = [(a, "mi mandi la password del db di prod? devo lanciare la migrazione"),
             (b, g.pick(["eccola", "tieni", "ok un attimo"])), (b, pw),
             (b, "poi cancella il messaggio eh"), (a, "👍")]
    return lang, "chat", chat(g, lines)


@T("S")
def ch_tg_token_paste(g):
    lang = "en"
    a, b = g.pick(EN_FIRST), g.pick(EN_FIRST)
    tok = g.s("access_token", g.access_token())
    lines = [(a, "is sandbox down for you too? getting 401 on everything"),
             (b, "works here. which token are you using"),
             (a, tok), (b, "bro don't paste tokens in here 🙈"), (a, "it's only sandbox lol")]
    return lang, "chat", chat(g, lines)


@T("S", noisy=True)
def ch_enduser_wa_iban(g):
    lang = "it"
    p = g.person(lang)
    iban = g.s("iban", g.fmt_iban(g.iban("IT")))
    lines = [(p["name"], "buongiorno è l'assistenza?"), ("Assistenza", "Buongiorno, come possiamo aiutarla?"),
             (p["name"], "devo avere un rimborso di %s euro per un doppio addebito" % g.amount_it()),
             (p["name"], "questo è il mio iban %s" % iban), (p["name"], "intestato a me")]
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android"]))


@T("S")
def ch_slack_env_leak(g):
    lang = "en"
    a, b = g.pick(EN_FIRST), g.pick(EN_FIRST)
    name, env, val = g.vendor()
    val = g.s("vendor_key", val)
    lines = [(a, "deploy failed again, missing env var?"),
             (b, "try with this, it's the one from the old server:\n```\nexport %s=%s\n```" % (env, val)),
             (a, "thanks, rotating it after the release"), (b, "ya pls")]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams"]))


@T("S", noisy=True)
def ch_otp_asking(g):
    lang = g.lang()
    p = g.person(lang)
    code = g.otp()
    if lang == "it":
        form = g.pick([code, code[:3] + " " + code[3:], "-".join(code)])
        code = g.s("pin", form)
        lines = [(p["first"], "mi è arrivato il codice %s lo devo inserire qui?" % code),
                 ("Operatore", "No, non deve comunicare il codice a nessuno, lo inserisca solo nell'app"),
                 (p["first"], "ah ok scusate")]
    else:
        form = g.pick([code, code[:3] + " " + code[3:], code[:3] + "-" + code[3:]])
        code = g.s("pin", form)
        lines = [(p["first"], "got a text with code %s, do I type it here?" % code),
                 ("Agent", "Please never share that code with anyone, only enter it in your banking app."),
                 (p["first"], "oh ok sorry")]
    return lang, "chat", chat(g, lines)


@T("S", noisy=True)
def ch_pos_pin_spaced(g):
    lang = "it"
    a, b = g.pick(IT_FIRST), g.pick(IT_FIRST)
    pin = g.pin(g.pick([4, 5]))
    pv = g.s("pin", g.pick([" ".join(pin), pin, "-".join(pin), ".".join(pin), NBSP.join(pin), pin[:2] + " " + pin[2:]]))
    lines = [(a, "il pos della cassa 2 chiede il pin supervisore per lo storno"),
             (b, "è %s" % pv), (a, "non va"), (b, "allora chiama l'assistenza tecnica")]
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android", "tg"]))


@T("S")
def ch_teams_connection_string(g):
    lang = g.lang()
    a, b = (g.pick(IT_FIRST), g.pick(IT_FIRST)) if lang == "it" else (g.pick(EN_FIRST), g.pick(EN_FIRST))
    pw = g.s("password", g.password(url_safe=True))
    url = "postgres://%s:%s@%s:5432/%s" % (g.pick(["app", "payments", "ledger_rw", "admin"]), pw,
                                         g.pick(["db-prod-01.internal", "10.0.3.21", "pg.payments.svc.cluster.local"]), g.pick(["payments", "ledger", "shop"]))
    msg = ("stringa di connessione per il report: %s" if lang == "it" else "conn string for the report: %s") % url
    lines = [(a, "mi serve accesso in lettura al db per il report di fine mese" if lang == "it" else "need read access to the db for month-end report"),
             (b, msg), (b, "usa solo la replica!!" if lang == "it" else "replica only please!!")]
    return lang, "chat", chat(g, lines, g.pick(["teams", "slack"]))


@T("S", noisy=True)
def ch_card_wrapped_whatsapp(g):
    lang = g.lang()
    c = g.card(g.pick(["visa", "mastercard"]))
    grp = g.group_card(c, " ").split(" ")
    val = g.s("card_number", " ".join(grp[:2]) + "\n" + " ".join(grp[2:]))
    if lang == "it":
        lines = [("Cliente", "vi mando i numeri della carta così mi dite perché viene rifiutata:\n%s\nscade a %02d/%02d" % (val, g.ri(1, 12), g.ri(26, 30)))]
    else:
        lines = [("Customer", "here's the card so you can tell me why it's declined:\n%s\nexpiry %02d/%02d" % (val, g.ri(1, 12), g.ri(26, 30)))]
    lines.append(("Operatore" if lang == "it" else "Agent", "Per favore non inviate i dati della carta in chat." if lang == "it" else "Please don't send card details in chat."))
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android"]))


@T("S")
def ch_refresh_token_debug(g):
    lang = g.lang()
    rt = g.s("refresh_token", g.refresh())
    if lang == "it":
        lines = [("Davide", "il refresh fallisce, questo è quello salvato nel db per il merchant %d" % g.ri(100, 9999)),
                 ("Davide", "refresh_token = %s" % rt), ("Sara", "è di prima della rotazione, rifai il consenso")]
    else:
        lines = [("Kevin", "refresh keeps failing, this is what we stored for merchant %d" % g.ri(100, 9999)),
                 ("Kevin", "refresh_token=%s" % rt), ("Priya", "that's pre-rotation, redo the consent flow")]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams", "tg"]))


@T("S", noisy=True)
def ch_wa_mixed_it_en_secret(g):
    lang = "it"
    sec = g.s("client_secret", g.client_secret())
    lines = [("Ciro", "bro il client secret nuovo l'hai messo in staging?"),
             ("Ciro", "cmq è questo: %s" % sec), ("Gennaro", "ok lo metto, ma perché me lo mandi su whatsapp 😂"),
             ("Ciro", "eh, the vault is down again")]
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android"]))


@T("S", noisy=True)
def ch_cvv_later_line(g):
    lang = g.lang()
    c = g.card()
    cv = g.cvv(c[:2] in ("34", "37"))
    if lang == "it":
        lines = [("Cliente", "ho messo la carta %s ma dice errore" % g.s("card_number", g.fmt_card(c, allow_multiline=False))),
                 ("Operatore", "Ha inserito correttamente il codice di sicurezza?"),
                 ("Cliente", "si quello dietro %s" % g.s("cvv", cv))]
    else:
        lines = [("Customer", "tried card %s and it errors" % g.s("card_number", g.fmt_card(c, allow_multiline=False))),
                 ("Agent", "Did you type the security code correctly?"),
                 ("Customer", "yes the back one, %s" % g.s("cvv", cv))]
    return lang, "chat", chat(g, lines)


# ---- pass: chat ------------------------------------------------------------
@T("P")
def ch_p_deploy_hashes(g):
    lang = g.lang()
    a, b = (g.pick(IT_FIRST), g.pick(IT_FIRST)) if lang == "it" else (g.pick(EN_FIRST), g.pick(EN_FIRST))
    sha = g.sha()
    if lang == "it":
        lines = [(a, "ho fatto il deploy di %s su staging" % sha[:g.pick([7, 8, 40])]),
                 (b, "build #%d ok, immagine %s" % (g.ri(1000, 9999), g.digest())),
                 (a, "pod nuovo: %s" % g.pod()), (b, "perfetto, domani prod")]
    else:
        lines = [(a, "deployed %s to staging" % sha[:g.pick([7, 8, 40])]),
                 (b, "build #%d green, image %s" % (g.ri(1000, 9999), g.digest())),
                 (a, "new pod: %s" % g.pod()), (b, "nice, prod tomorrow")]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams"]))


@T("P")
def ch_p_token_expiry(g):
    lang = g.lang()
    if lang == "it":
        lines = [("Luca", "il token scade dopo %d secondi, lo rinnoviamo ogni %d minuti" % (g.pick([3600, 1800, 900]), g.pick([10, 25, 55]))),
                 ("Elena", "e il refresh dove lo teniamo?"), ("Luca", "in Secret Manager, projects/%s/secrets/%s/versions/latest" % (g.pick(["pay-prod-1234", "shop-stg"]), g.pick(["oauth-refresh", "pagora-rt"]))),
                 ("Elena", "ok, non loggarlo mai pls")]
    else:
        lines = [("Tom", "token expires after %d s, we refresh every %d min" % (g.pick([3600, 1800, 900]), g.pick([10, 25, 55]))),
                 ("Grace", "where do we keep the refresh token?"),
                 ("Tom", "Secrets Manager, arn:aws:secretsmanager:eu-west-1:%d:secret:prod/%s-%s" % (g.ri(10 ** 11, 10 ** 12 - 1), g.pick(["oauth-refresh", "pagora-rt"]), g.rs(6))),
                 ("Grace", "👍 never log it")]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams", "tg"]))


@T("P", noisy=True)
def ch_p_enduser_refuses_code(g):
    lang = "it"
    p = g.person(lang)
    lines = [(p["name"], "mi hanno chiamato dicendo che sono della banca e volevano il codice che mi arriva per sms"),
             (p["name"], "non gliel'ho dato, ho fatto bene?"), ("Assistenza", "Ha fatto benissimo. Può indicarci il numero da cui l'hanno chiamata?"),
             (p["name"], "%s, ieri alle %s" % (g.phone_it(), g.hhmm())), (p["name"], "l'ordine che stavo pagando era %s" % g.order_no())]
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android"]))


@T("P")
def ch_p_request_ids(g):
    lang = g.lang()
    rid = g.uuid()
    if lang == "it":
        lines = [("Federica", "mi passi il request id della chiamata fallita?"), ("Matteo", rid),
                 ("Federica", "trovato, è un timeout verso la banca. correlation id %s" % g.uuid()),
                 ("Matteo", "e il payment id? %s" % g.pay_id())]
    else:
        lines = [("Owen", "can you share the request id of the failing call?"), ("Mei", rid),
                 ("Owen", "found it, bank timeout. correlation id %s" % g.uuid()), ("Mei", "payment id is %s btw" % g.pay_id())]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams"]))


@T("P", noisy=True)
def ch_p_sms_not_arriving(g):
    lang = g.lang()
    if lang == "it":
        lines = [("Cliente", "il codice non arriva"), ("Operatore", "Il numero che termina con %s è corretto?" % g.rs(3, DIG)),
                 ("Cliente", "si"), ("Operatore", "Le abbiamo inviato un nuovo SMS, il codice vale 5 minuti. Non ce lo comunichi, lo inserisca nella pagina.")]
    else:
        lines = [("Customer", "still no code"), ("Agent", "Is the number ending in %s correct?" % g.rs(3, DIG)),
                 ("Customer", "yes"), ("Agent", "We've sent a new SMS, it's valid for 5 minutes. Don't tell us the code, type it on the page.")]
    return lang, "chat", chat(g, lines)


@T("P")
def ch_p_password_policy_talk(g):
    lang = g.lang()
    if lang == "it":
        lines = [("Alessia", "la password del db la cambiamo ogni 90 giorni?"),
                 ("Tommaso", "sì, la ruota Vault da solo, non la deve sapere nessuno"),
                 ("Alessia", "e quella dell'utente admin del portale?"),
                 ("Tommaso", "in 1Password, vault 'Pagamenti', voce 'Portale merchant - admin'")]
    else:
        lines = [("Hannah", "do we rotate the db password every 90 days?"), ("Jonas", "yes, Vault rotates it, nobody needs to know it"),
                 ("Hannah", "and the portal admin one?"), ("Jonas", "in 1Password, vault 'Payments', item 'Merchant portal - admin'")]
    return lang, "chat", chat(g, lines, g.pick(["slack", "teams", "tg"]))


@T("P", noisy=True)
def ch_p_whatsapp_tracking(g):
    lang = "it"
    lines = [("Nicoletta", "il pacco non è ancora arrivato"), ("Negozio", "Spedito con BRT, tracking %s" % g.nonluhn(14, "0")),
             ("Nicoletta", "ma io ho pagato il %s, %s euro" % (g.date_it(), g.amount_it())),
             ("Negozio", "Sì, ordine %s, pagamento %s confermato" % (g.order_no(), g.pay_id()))]
    return lang, "chat", chat(g, lines, g.pick(["wa_ios", "wa_android"]))


@T("P")
def ch_p_tg_version_talk(g):
    lang = g.lang()
    if lang == "it":
        lines = [("Vincenzo", "con l'sdk %s il pin pad non si apre su Android %d" % (g.version(), g.ri(10, 14))),
                 ("Beatrice", "prova la %s, hanno fixato il crash del PIN entry" % g.version()),
                 ("Vincenzo", "build %d.%d installata, sembra ok" % (g.ri(2024, 2025) * 10000 + g.ri(101, 1231), g.ri(1, 9)))]
    else:
        lines = [("Ravi", "sdk %s: the PIN pad doesn't open on Android %d" % (g.version(), g.ri(10, 14))),
                 ("Chloe", "try %s, they fixed the PIN entry crash" % g.version()),
                 ("Ravi", "build %d installed, looks fine" % g.ri(10000, 99999))]
    return lang, "chat", chat(g, lines, g.pick(["tg", "slack"]))


# ==========================================================================
# TEMPLATES - Jira / GitHub issues, QA bug reports
# ==========================================================================
@T("S")
def jira_qa_login_steps(g):
    lang = g.lang()
    user = "qa_%s%d" % (g.pick(["tester", "auto", "manual", "uat"]), g.ri(1, 99))
    pw = g.s("password", g.password())
    env = g.host("sandbox")
    if lang == "it":
        text = (f"h3. Passi per riprodurre\n# Aprire https://{env}/login\n# Accedere con {user} / {pw}\n# Andare su Pagamenti > Nuovo\n"
                f"# Inserire importo {g.amount_it()} e confermare\n\nh3. Risultato atteso\nPagamento creato in stato PENDING\n\n"
                f"h3. Risultato ottenuto\nErrore 500, request id {g.uuid()}\n\n*Ambiente:* SIT - build {g.version()}\n*Priorità:* Alta")
    else:
        text = (f"h3. Steps to reproduce\n# Open https://{env}/login\n# Log in as {user} / {pw}\n# Go to Payments > New\n"
                f"# Enter amount {g.amount_en()} and confirm\n\nh3. Expected\nPayment created, status PENDING\n\nh3. Actual\n"
                f"HTTP 500, request id {g.uuid()}\n\n*Environment:* SIT build {g.version()}\n*Priority:* High")
    return lang, "jira", text


@T("S")
def jira_qa_test_card(g):
    lang = g.lang()
    c = g.card()
    card = g.s("card_number", g.fmt_card(c, allow_multiline=False, allow_fullwidth=False))
    cv = g.s("cvv", g.cvv(c[:2] in ("34", "37")))
    exp = "%02d/%02d" % (g.ri(1, 12), g.ri(27, 32))
    if lang == "it":
        text = (f"*Titolo:* 3DS challenge non compare su Safari iOS {g.ri(16, 18)}\n\n*Dati di test:*\n||Campo||Valore||\n|Carta|{card}|\n"
                f"|Scadenza|{exp}|\n|CVV|{cv}|\n|Importo|{g.amount_it()}|\n\n*Note:* su Chrome funziona. Allego HAR. Ticket collegato {g.pick(['PAY', 'CHK', 'OB'])}-{g.ri(100, 9999)}")
    else:
        text = (f"*Summary:* 3DS challenge not shown on Safari iOS {g.ri(16, 18)}\n\n*Test data:*\n||Field||Value||\n|Card|{card}|\n"
                f"|Expiry|{exp}|\n|CVV|{cv}|\n|Amount|{g.amount_en()}|\n\n*Notes:* fine on Chrome. HAR attached. Linked {g.pick(['PAY', 'CHK', 'OB'])}-{g.ri(100, 9999)}")
    return lang, "jira", text


@T("S")
def gh_issue_env_dump(g):
    lang = "en"
    name, env, val = g.vendor()
    val = g.s("vendor_key", val)
    text = (f"### Describe the bug\nWebhook handler crashes on `payment.succeeded` events after upgrading to v{g.version()}.\n\n"
            f"### Environment\n```\nNODE_ENV=production\nNODE_VERSION=20.{g.ri(1, 15)}.0\n{env}={val}\nPAYMENTS_BASE_URL=https://{g.host('api')}\n"
            f"LOG_LEVEL=debug\n```\n\n### Steps\n1. send test event from dashboard\n2. see crash\n\n### Logs\n```\nTypeError: Cannot read properties of undefined (reading 'amount')\n"
            f"    at handle (/app/src/webhooks.js:{g.ri(10, 300)}:{g.ri(5, 40)})\n```")
    return lang, "github-issue", text


@T("S")
def gh_issue_stack_conn_password(g):
    lang = "en"
    pw = g.s("password", g.password(url_safe=True))
    db = g.pick(["mysql", "postgresql", "mariadb"])
    port = {"mysql": 3306, "postgresql": 5432, "mariadb": 3306}[db]
    text = (f"**Bug**: service won't start after the `{g.short_sha()}` merge\n\n```\nException in thread \"main\" org.springframework.beans.factory.BeanCreationException: "
            f"Error creating bean with name 'dataSource'\nCaused by: java.sql.SQLException: Access denied for url "
            f"jdbc:{db}://{g.pick(['db.internal', '10.1.4.7', 'payments-db'])}:{port}/payments?user=svc_payments&password={pw}&useSSL=true\n"
            f"\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:{g.ri(100, 500)})\n\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115)\n```\n\n"
            f"Rolling back for now. cc @{g.pick(['mrossi', 'tnovak', 'priya-n'])}")
    return lang, "github-issue", text


@T("S")
def gh_issue_it_config_yaml(g):
    lang = "it"
    sec = g.s("client_secret", g.client_secret())
    text = (f"## Problema\nDopo l'aggiornamento alla {g.version()} la libreria non legge più la configurazione e prende sempre la sandbox.\n\n"
            f"## Configurazione\n```yaml\n{g.provider()[1]}:\n  environment: production\n  client_id: {g.client_id()}\n  client_secret: \"{sec}\"\n"
            f"  timeout_ms: {g.pick([5000, 10000, 30000])}\n```\n\n## Versione\n- PHP {g.pick(['8.1', '8.2', '8.3'])}\n- Laravel {g.pick(['10', '11'])}\n\n"
            f"Grazie per l'aiuto, siamo bloccati col go-live.")
    return lang, "github-issue", text


@T("S")
def jira_bank_account_test_data(g):
    lang = "it"
    a = g.it_account()
    bban = g.s("bank_account", g.pick([a["bban"], "%s %s %s %s" % (a["cin"], a["abi"], a["cab"], a["conto"])]))
    text = (f"*Bug:* il validatore BBAN accetta solo IBAN completi\n\n*Passi:*\n1. Inserire in 'Coordinate bancarie' il BBAN del fornitore: {bban}\n"
            f"2. Premere Salva\n\n*Atteso:* BBAN italiano accettato e convertito\n*Ottenuto:* 'Formato IBAN non valido'\n\n*Componente:* anagrafiche-fornitori\n*Fix version:* {g.version()}")
    return lang, "jira", text


@T("S")
def jira_otp_in_repro(g):
    lang = g.lang()
    otp = g.s("pin", g.otp())
    if lang == "it":
        text = (f"Riproducibile sempre:\n1. avvio pagamento {g.pay_id()}\n2. arriva SMS sul telefono di test ({g.phone_it()})\n"
                f"3. inserisco il codice {otp} entro 30 secondi\n4. la pagina risponde 'codice scaduto'\n\nOrario server vs client sfasato? Screenshot in allegato.")
    else:
        text = (f"Always reproducible:\n1. start payment {g.pay_id()}\n2. SMS arrives on test phone ({g.phone_en()})\n"
                f"3. enter the code {otp} within 30 seconds\n4. page says 'code expired'\n\nClock skew? Screenshot attached.")
    return lang, "jira", text


@T("S")
def gh_issue_curl_basic(g):
    lang = g.lang()
    cid = g.pick(["shop-%d" % g.ri(10, 999), g.client_id()])
    sec = g.client_secret()
    blob = g.s("client_secret", g.b64("%s:%s" % (cid, sec)))
    head = ("### Cosa succede\nLa chiamata al token endpoint risponde 401 anche con le credenziali giuste.\n\n### Come riprodurre"
            if lang == "it" else "### What happens\nToken endpoint answers 401 with the right credentials.\n\n### Repro")
    text = (f"{head}\n```bash\ncurl -s -X POST https://{g.host('auth')}/oauth2/token \\\n  -H 'Authorization: Basic {blob}' \\\n"
            f"  -d grant_type=client_credentials -d scope=payments\n```\n```json\n{{\"error\":\"invalid_client\",\"trace_id\":\"{g.hexs(32)}\"}}\n```")
    return lang, "github-issue", text


@T("S", weight=1.6)
def jira_private_key_attached(g):
    lang = g.lang()
    key = g.s("private_key", g.pem(g.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])))
    if lang == "it":
        text = (f"Il certificato QSEAL non viene accettato in firma. Incollo la chiave usata per firmare le richieste di test:\n\n{{code}}\n{key}\n{{code}}\n\n"
                f"Certificato emesso da {g.pick(['InfoCert', 'Namirial', 'Aruba PEC'])}, seriale {g.hexs(16).upper()}.")
    else:
        text = (f"QSEAL signature rejected. Pasting the key we sign test requests with:\n\n{{code}}\n{key}\n{{code}}\n\n"
                f"Cert issued by {g.pick(['InfoCert', 'Namirial', 'QuoVadis'])}, serial {g.hexs(16).upper()}.")
    return lang, "jira", text


# ---- pass: issues ----------------------------------------------------------
@T("P")
def jira_p_bad_card_repro(g):
    lang = g.lang()
    bad = g.fmt_card(g.bad_card(), allow_multiline=False, allow_fullwidth=False)
    if lang == "it":
        text = (f"h3. Passi\n# Checkout con carta {bad}\n# Premere Paga\n\nh3. Atteso\nMessaggio 'numero carta non valido' sotto al campo\n\n"
                f"h3. Ottenuto\nIl form va in errore generico, console: Uncaught TypeError at luhnCheck (card.js:{g.ri(10, 200)})\n\nBuild {g.version()}, trace {g.traceparent()}")
    else:
        text = (f"h3. Steps\n# Checkout with card {bad}\n# Press Pay\n\nh3. Expected\nInline message 'invalid card number'\n\n"
                f"h3. Actual\nGeneric error, console: Uncaught TypeError at luhnCheck (card.js:{g.ri(10, 200)})\n\nBuild {g.version()}, trace {g.traceparent()}")
    return lang, "jira", text


@T("P")
def gh_p_env_reads(g):
    lang = "en"
    text = (f"### Describe the bug\nWebhook signature verification always fails on v{g.version()}.\n\n### Code\n```js\nconst secret = process.env.WEBHOOK_SIGNING_SECRET;\n"
            f"const sig = req.headers['x-signature'];\nconst expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');\n"
            f"if (!timingSafeEqual(sig, expected)) return res.status(400).send('bad signature');\n```\n\n### Received header\n`x-signature: {g.hexs(64)}`\n\n"
            f"### Env\nNode 20, express {g.version()}, deployed on Fly.io")
    return lang, "github-issue", text


@T("P")
def gh_p_release_notes_hashes(g):
    lang = g.lang()
    lines = "\n".join("- %s %s" % (g.short_sha(), g.pick(["fix: retry on 502 from bank", "feat: SCA exemption flag", "chore: bump axios",
                                                          "fix: token refresh race", "docs: PIN pad accessibility", "fix: mask PAN in logs"])) for _ in range(g.ri(3, 7)))
    hdr = "## Modifiche dalla" if lang == "it" else "## Changes since"
    text = f"{hdr} v{g.version()}\n\n{lines}\n\nFull diff: {g.sha()}...{g.sha()}\nArtifact: {g.digest()}"
    return lang, "github-issue", text


@T("P")
def jira_p_placeholder_config(g):
    lang = g.lang()
    ph = g.pick(["<your-client-secret>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{client_secret}}", "xxxxxxxxxxxxxxxx", "********", "[REDACTED]", "CHANGEME"])
    if lang == "it":
        text = (f"Nel manuale di integrazione (pag. {g.ri(3, 40)}) l'esempio di configurazione è:\n\n{{code:yaml}}\nclient_id: {g.client_id()}\nclient_secret: {ph}\n"
                f"scope: payments accounts\n{{code}}\n\nMa non è chiaro se lo scope va separato da spazio o virgola. Potete correggere la doc?")
    else:
        text = (f"The integration guide (p. {g.ri(3, 40)}) shows:\n\n{{code:yaml}}\nclient_id: {g.client_id()}\nclient_secret: {ph}\nscope: payments accounts\n{{code}}\n\n"
                f"Unclear whether scopes are space or comma separated. Can you fix the docs?")
    return lang, "jira", text


@T("P")
def jira_p_wrong_pin_error(g):
    lang = g.lang()
    if lang == "it":
        text = (f"*Titolo:* dopo 3 PIN errati la carta non risulta bloccata in app\n\n*Passi:*\n1. Inserire PIN errato 3 volte sul POS {g.ri(10000000, 99999999)}\n"
                f"2. Aprire l'app, sezione carte\n\n*Atteso:* stato BLOCCATA\n*Ottenuto:* stato ATTIVA, log: `pin_verify result=WRONG_PIN attempts=3 card=****{g.rs(4, DIG)}`")
    else:
        text = (f"*Summary:* card not shown as blocked after 3 wrong PINs\n\n*Steps:*\n1. Enter a wrong PIN 3 times on POS {g.ri(10000000, 99999999)}\n"
                f"2. Open app, Cards\n\n*Expected:* BLOCKED\n*Actual:* ACTIVE; log `pin_verify result=WRONG_PIN attempts=3 card=****{g.rs(4, DIG)}`")
    return lang, "jira", text


@T("P")
def gh_p_masked_config(g):
    lang = "en"
    text = (f"### Config (secrets redacted)\n```yaml\npayments:\n  base_url: https://{g.host('api')}\n  client_id: {g.client_id()}\n  client_secret: \"***\"\n"
            f"  api_key: \"[REDACTED]\"\n  webhook_secret: <redacted>\n  retry: {{ attempts: 3, backoff_ms: 250 }}\n```\n\n"
            f"### Error\n`401 Unauthorized - {{\"error\":\"invalid_token\",\"error_description\":\"token expired\"}}`\n\nrequest-id: {g.uuid()}")
    return lang, "github-issue", text


@T("P")
def jira_p_iuv_and_cf(g):
    lang = "it"
    text = (f"*Segnalazione Comune:* doppio pagamento avviso\n\nCodice avviso: {g.codice_avviso(g.ch(0.5))}\nIUV: {g.iuv()}\nCF debitore: {g.cf()}\n"
            f"Importo: € {g.amount_it()}\nData pagamento: {g.date_it()}\nPSP: {g.bic()}\nID ricevuta: {g.uuid()}\n\nVerificare se la RT è stata inviata due volte al nodo.")
    return lang, "jira", text


@T("P")
def gh_p_public_key_issue(g):
    lang = g.lang()
    pub = g.public_pem(g.pick(["PUBLIC KEY", "CERTIFICATE"]))
    hdr = "La verifica della firma del webhook fallisce con questa chiave pubblica scaricata dal portale:" if lang == "it" else "Webhook signature verification fails with this public key from the portal:"
    text = f"{hdr}\n\n```\n{pub}\n```\n\nkid: `{g.rs(22, B64URL)}`, alg ES256. Fingerprint SHA-256: {':'.join(g.hexs(2).upper() for _ in range(16))}"
    return lang, "github-issue", text


@T("P")
def jira_p_test_cards_table_masked(g):
    lang = g.lang()
    rows = "\n".join("|%s|%s|%s|" % (g.mask_card(), g.pick(["Approvata", "Rifiutata", "3DS challenge", "Frictionless"] if lang == "it" else ["Approved", "Declined", "3DS challenge", "Frictionless"]),
                                      g.pick(["00", "05", "51", "N7", "65"])) for _ in range(g.ri(3, 6)))
    hdr = "||Carta||Esito||Codice||" if lang == "it" else "||Card||Outcome||Code||"
    text = f"{'Esiti regressione checkout' if lang == 'it' else 'Checkout regression results'} (build {g.version()})\n\n{hdr}\n{rows}"
    return lang, "jira", text


# ==========================================================================
# TEMPLATES - Postman / Insomnia / Bruno / cURL / fetch / HAR / devtools
# ==========================================================================
def intro(g, lang, it_opts, en_opts):
    return g.pick(it_opts) if lang == "it" else g.pick(en_opts)


@T("S")
def postman_collection_bearer(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    host = g.host("api")
    col = {"info": {"_postman_id": g.uuid(), "name": "%s - integrazione" % g.provider()[0],
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Create payment", "request": {"method": "POST",
                     "auth": {"type": "bearer", "bearer": [{"key": "token", "value": tok, "type": "string"}]},
                     "header": [{"key": "Idempotency-Key", "value": g.uuid()}],
                     "url": {"raw": "https://%s/v2/payments" % host, "protocol": "https", "host": host.split("."), "path": ["v2", "payments"]}}}]}
    pre = intro(g, lang, ["Vi allego la collection Postman esportata:", "collection postman qui sotto, la create payment non va"],
                ["Exported Postman collection below:", "here's the postman export, create payment fails"])
    return lang, "postman", pre + "\n\n" + json.dumps(col, indent=g.pick([2, 4, "\t"]))


@T("S")
def postman_environment(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    vals = [{"key": "baseUrl", "value": "https://" + g.host("sandbox"), "enabled": True},
            {"key": "clientId", "value": g.client_id(), "enabled": True},
            {"key": "clientSecret", "value": sec, "type": "secret" if g.ch(0.5) else "default", "enabled": True},
            {"key": "accessToken", "value": "", "enabled": True}]
    env = {"id": g.uuid(), "name": g.pick(["SANDBOX", "Collaudo", "UAT", "prod (NON USARE)"]), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": g.iso_ts(), "_postman_exported_using": "Postman/%s" % g.version()}
    pre = intro(g, lang, ["ecco l'environment che usiamo:", "Environment Postman (esportato ora):"], ["this is our environment file:", "Postman env export:"])
    return lang, "postman", pre + "\n" + json.dumps(env, indent=2)


@T("S")
def insomnia_yaml_export(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    text = (f"_type: export\n__export_format: 4\n__export_date: {g.iso_ts()}\n__export_source: insomnia.desktop.app:v{g.ri(8, 10)}.{g.ri(0, 6)}.{g.ri(0, 3)}\nresources:\n"
            f"  - _id: req_{g.hexs(32)}\n    _type: request\n    name: {g.pick(['Get accounts', 'Lista conti', 'Balances', 'Consents'])}\n    method: GET\n"
            f"    url: https://{g.host('openbanking')}/v1/accounts\n    headers:\n      - name: Authorization\n        value: Bearer {tok}\n"
            f"      - name: X-Request-ID\n        value: {g.uuid()}\n      - name: Consent-ID\n        value: {g.uuid()}\n")
    pre = intro(g, lang, ["Export di Insomnia, la GET accounts torna 403:", "vi incollo l'export insomnia"], ["Insomnia export, GET accounts gives 403:", "insomnia export below"])
    return lang, "insomnia", pre + "\n\n" + text


@T("S")
def bruno_file(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    text = (f"meta {{\n  name: {g.pick(['create-payment', 'crea-bonifico', 'refund'])}\n  type: http\n  seq: {g.ri(1, 9)}\n}}\n\n"
            f"post {{\n  url: {{{{baseUrl}}}}/v2/payments\n  body: json\n  auth: bearer\n}}\n\nauth:bearer {{\n  token: {tok}\n}}\n\n"
            f"body:json {{\n  {{\n    \"amount\": {g.ri(100, 50000)},\n    \"currency\": \"EUR\"\n  }}\n}}\n")
    pre = intro(g, lang, ["File .bru della richiesta che fallisce:", "uso Bruno, ecco la request"], ["The failing request as a .bru file:", "we use Bruno, here's the request"])
    return lang, "bruno", pre + "\n\n" + text


@T("S")
def curl_copy_cookie_session(g):
    lang = g.lang()
    sess = g.s("access_token", g.pick([g.rs(32, LO + DIG), g.rs(48, ALNUM), "s%3A" + g.rs(32, B64URL) + "." + g.rs(43, ALNUM + "%"), g.jwt()]))
    cname = g.pick(["SESSIONID", "connect.sid", "PHPSESSID", "__Host-session", "merchant_session", "JSESSIONID"])
    host = g.host(g.pick(["dashboard", "portal", "merchant"]))
    cookie = "; ".join(g.r.sample([f"_ga=GA1.2.{g.ri(10 ** 8, 10 ** 9)}.{g.epoch()}", "cookieconsent_status=dismiss", f"lang={g.pick(['it', 'en'])}",
                                   f"_gid=GA1.2.{g.ri(10 ** 8, 10 ** 9)}.{g.epoch()}", f"{cname}={sess}"], 5))
    text = (f"curl 'https://{host}/api/merchants/{g.ri(1000, 99999)}/payouts?page=2' \\\n  -H 'accept: application/json, text/plain, */*' \\\n"
            f"  -H 'accept-language: it-IT,it;q=0.9,en-US;q=0.8' \\\n  -b '{cookie}' \\\n  -H 'referer: https://{host}/payouts' \\\n"
            f"  -H 'sec-ch-ua-platform: \"Windows\"' \\\n  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{g.ri(118, 126)}.0.0.0 Safari/537.36'")
    pre = intro(g, lang, ["Copio come cURL dal browser, la pagina payout resta bianca:", "dal devtools (copia come cURL):"],
                ["Copied as cURL from Chrome, the payouts page stays blank:", "devtools > copy as cURL:"])
    return lang, "curl", pre + "\n\n" + text


@T("S")
def curl_u_client_credentials(g):
    lang = g.lang()
    cid = g.client_id()
    sec = g.client_secret()
    pair = g.s("client_secret", "%s:%s" % (cid, sec))
    text = f"curl -v -u {pair} -X POST https://{g.host('auth')}/oauth/token -d 'grant_type=client_credentials'"
    tail = intro(g, lang, ["\n\n< HTTP/1.1 401 Unauthorized\n< www-authenticate: Basic realm=\"oauth\"\n\nperché?", "\n\nmi torna 401, il client è giusto"],
                 ["\n\n< HTTP/1.1 401 Unauthorized\n< www-authenticate: Basic realm=\"oauth\"\n\nwhy?", "\n\n401 every time"])
    return lang, "curl", text + tail


@T("S")
def curl_form_client_secret(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    text = (f"curl --location 'https://{g.host('auth')}/realms/{g.pick(['merchants', 'tpp', 'partners'])}/protocol/openid-connect/token' \\\n"
            f"--header 'Content-Type: application/x-www-form-urlencoded' \\\n--data-urlencode 'grant_type=client_credentials' \\\n"
            f"--data-urlencode 'client_id={g.client_id()}' \\\n--data-urlencode 'client_secret={sec}'")
    pre = intro(g, lang, ["Il comando che lanciamo (preso da Postman > Code):", "questa è la chiamata:"], ["The command we run (Postman > Code snippet):", "this is the call:"])
    return lang, "curl", pre + "\n" + text


@T("S")
def fetch_copy(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    text = (f"fetch(\"https://{g.host('api')}/v1/balances\", {{\n  \"headers\": {{\n    \"accept\": \"application/json\",\n"
            f"    \"authorization\": \"Bearer {tok}\",\n    \"x-request-id\": \"{g.uuid()}\",\n    \"sec-fetch-mode\": \"cors\"\n  }},\n"
            f"  \"referrer\": \"https://app.{g.pick(['fintastico', 'kiwi', 'tallyfox'])}.example/\",\n  \"body\": null,\n  \"method\": \"GET\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n}});")
    pre = intro(g, lang, ["Copia come fetch dalla console:", "Errore CORS, vi incollo il fetch:"], ["Copy as fetch from devtools:", "CORS error, fetch below:"])
    return lang, "fetch", pre + "\n\n" + text


@T("S")
def har_fragment(g):
    lang = g.lang()
    pw = g.password()
    user = g.pick(["amministrazione@", "m.rossi@", "admin@", "ops@"]) + g.pick(["shop.it", "comune.example.it", "kiwi.example"])
    body = json.dumps({"username": user, "password": g.s("password", pw), "remember": True})
    entry = {"startedDateTime": g.iso_ts(), "time": round(g.r.random() * 900, 3),
             "request": {"method": "POST", "url": "https://%s/api/auth/login" % g.host("portal"), "httpVersion": "HTTP/2",
                         "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-request-id", "value": g.uuid()}],
                         "postData": {"mimeType": "application/json", "text": body}},
             "response": {"status": 401, "statusText": "", "headers": [{"name": "x-trace-id", "value": g.hexs(32)}],
                          "content": {"size": 44, "mimeType": "application/json", "text": "{\"error\":\"invalid_credentials\"}"}}}
    pre = intro(g, lang, ["Estratto dal file HAR (solo la chiamata di login):", "HAR della login che fallisce:"], ["HAR fragment (login call only):", "HAR of the failing login:"])
    return lang, "har", pre + "\n" + json.dumps(entry, indent=2)


@T("S")
def har_headers_auth(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    hdrs = [{"name": ":authority", "value": g.host("api")}, {"name": "authorization", "value": "Bearer " + tok},
            {"name": "traceparent", "value": g.traceparent()}, {"name": "user-agent", "value": "okhttp/4.12.0"}]
    pre = intro(g, lang, ["headers della richiesta (dal HAR):"], ["request headers from the HAR:"])
    return lang, "har", pre + "\n" + json.dumps({"headers": hdrs}, indent=1)


@T("S")
def devtools_console_localstorage(g):
    lang = g.lang()
    at = g.s("access_token", g.jwt())
    rt = g.s("refresh_token", g.refresh())
    text = (f"> localStorage.getItem('auth')\n< '{{\"access_token\":\"{at}\",\"refresh_token\":\"{rt}\",\"expires_in\":3600,\"token_type\":\"Bearer\"}}'\n"
            f"> JSON.parse(localStorage.auth).expires_in\n< 3600")
    pre = intro(g, lang, ["Dalla console del browser vedo che il token c'è:", "console di Chrome:"], ["In the browser console the token is there:", "Chrome console:"])
    post = intro(g, lang, ["eppure le chiamate vanno in 401", "ma dopo 10 minuti torna al login"], ["yet calls return 401", "but after 10 min it kicks me to login"])
    return lang, "console", pre + "\n\n" + text + "\n\n" + post


@T("S")
def devtools_network_query_token(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token() if g.ch(0.5) else g.opaque())
    url = f"https://{g.host('api')}/v1/reports/export.csv?from={g.date_it().replace('/', '-')}&access_token={tok}&format=csv"
    pre = intro(g, lang, ["Nella tab Network vedo questa richiesta in rosso (403):", "il download del report chiama questo URL:"],
                ["Network tab shows this request in red (403):", "the report download hits this URL:"])
    return lang, "console", f"{pre}\nRequest URL: {url}\nRequest Method: GET\nStatus Code: 403 Forbidden\nRemote Address: {g.ip()}:443"


@T("S")
def postman_console_log(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    text = (f"POST https://{g.host('auth')}/oauth/token\n  Request Headers\n    Content-Type: application/x-www-form-urlencoded\n    User-Agent: PostmanRuntime/7.{g.ri(30, 40)}.0\n"
            f"    Postman-Token: {g.uuid()}\n  Request Body\n    grant_type: password\n    username: {g.pick(['operatore1', 'cassa.milano', 'ops_admin'])}\n    password: {pw}\n"
            f"  Response Headers\n    x-request-id: {g.uuid()}\n  Response Body\n    {{\"error\":\"invalid_grant\"}}")
    pre = intro(g, lang, ["Output della console di Postman:", "console postman"], ["Postman console output:", "from postman console"])
    return lang, "postman", pre + "\n" + text


# ---- pass: tools -----------------------------------------------------------
@T("P")
def postman_p_variables(g):
    lang = g.lang()
    col = {"info": {"_postman_id": g.uuid(), "name": "Payments v2"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]},
           "item": [{"name": "Token", "request": {"method": "POST", "url": "{{baseUrl}}/oauth2/token",
                     "body": {"mode": "urlencoded", "urlencoded": [{"key": "client_id", "value": "{{client_id}}"},
                                                                   {"key": "client_secret", "value": "{{client_secret}}"},
                                                                   {"key": "grant_type", "value": "client_credentials"}]}}}],
           "event": [{"listen": "test", "script": {"exec": ["pm.environment.set('access_token', pm.response.json().access_token);"]}}]}
    pre = intro(g, lang, ["Collection (le variabili sono nell'environment, non le mando):", "la nostra collection:"], ["Collection (vars live in the env, not sending those):", "our collection:"])
    return lang, "postman", pre + "\n" + json.dumps(col, indent=2)


@T("P")
def curl_p_env_token(g):
    lang = g.lang()
    text = (f"curl -sS https://{g.host('api')}/v2/payments \\\n  -H \"Authorization: Bearer $ACCESS_TOKEN\" \\\n  -H \"Idempotency-Key: {g.uuid()}\" \\\n"
            f"  -H \"X-Request-ID: {g.uuid()}\" \\\n  -d '{{\"amount\":{g.ri(100, 99999)},\"currency\":\"EUR\",\"reference\":\"{g.order_no()}\"}}'")
    post = intro(g, lang, ["\n\nrisposta: 409 duplicate_idempotency_key anche se la chiave è nuova", "\n\nvi torna anche a voi 409?"],
                 ["\n\nresponse: 409 duplicate_idempotency_key though the key is fresh", "\n\ndo you also get 409?"])
    return lang, "curl", text + post


@T("P")
def curl_p_u_vars(g):
    lang = g.lang()
    text = (f"curl -u \"$CLIENT_ID:$CLIENT_SECRET\" -X POST https://{g.host('auth')}/oauth/token -d grant_type=client_credentials\n\n"
            f"{{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\",\"request_id\":\"{g.uuid()}\"}}")
    pre = intro(g, lang, ["Le variabili sono esportate correttamente (echo mostra la lunghezza giusta, 40 caratteri).", "Lancio:"],
                ["Vars are exported (echo ${#CLIENT_SECRET} prints 40).", "Running:"])
    return lang, "curl", pre + "\n" + text


@T("P")
def fetch_p_cookies_harmless(g):
    lang = g.lang()
    text = (f"fetch(\"https://{g.host('api')}/v1/public/config\", {{\n  \"headers\": {{\n    \"accept\": \"*/*\",\n    \"x-correlation-id\": \"{g.uuid()}\",\n"
            f"    \"cookie\": \"_ga=GA1.1.{g.ri(10 ** 8, 10 ** 9)}.{g.epoch()}; cookieconsent_status=allow; lang=it; theme=dark\"\n  }},\n  \"method\": \"GET\"\n}});\n"
            f"// Response: {{\"minSdk\":\"{g.version()}\",\"features\":[\"sca\",\"instant\"]}}")
    pre = intro(g, lang, ["fetch copiato, la config pubblica non si carica:"], ["copied fetch, public config won't load:"])
    return lang, "fetch", pre + "\n" + text


@T("P")
def har_p_response_headers(g):
    lang = g.lang()
    entry = {"request": {"method": "GET", "url": "https://%s/v2/payments/%s" % (g.host("api"), g.pay_id()),
                         "headers": [{"name": "authorization", "value": "Bearer [hidden]"}, {"name": "x-request-id", "value": g.uuid()}]},
             "response": {"status": 404, "headers": [{"name": "etag", "value": "W/\"%s\"" % g.hexs(20)}, {"name": "traceparent", "value": g.traceparent()},
                                                     {"name": "set-cookie", "value": "lang=it; Path=/; SameSite=Lax"}, {"name": "x-ratelimit-remaining", "value": str(g.ri(0, 999))}],
                          "content": {"text": "{\"error\":\"payment_not_found\"}"}}}
    pre = intro(g, lang, ["HAR (ho tolto il token):", "dal file HAR:"], ["HAR (token removed):", "from the HAR:"])
    return lang, "har", pre + "\n" + json.dumps(entry, indent=2)


@T("P")
def bruno_p_env_ref(g):
    lang = g.lang()
    text = (f"vars {{\n  baseUrl: https://{g.host('sandbox')}\n  clientId: {g.client_id()}\n}}\nvars:secret [\n  clientSecret,\n  accessToken\n]\n\n"
            f"auth:oauth2 {{\n  grant_type: client_credentials\n  access_token_url: {{{{baseUrl}}}}/oauth2/token\n  client_id: {{{{clientId}}}}\n  client_secret: {{{{process.env.CLIENT_SECRET}}}}\n}}")
    pre = intro(g, lang, ["environment di Bruno (i secret sono nel .env locale):"], ["Bruno environment (secrets are in local .env):"])
    return lang, "bruno", pre + "\n\n" + text


@T("P")
def console_p_errors(g):
    lang = g.lang()
    text = (f"POST https://{g.host('api')}/v2/payments 401 (Unauthorized)\n"
            f"Uncaught (in promise) AxiosError: Request failed with status code 401\n    at settle (axios.js?v={g.hexs(8)}:{g.ri(1000, 2000)}:12)\n"
            f"    at XMLHttpRequest.onloadend (axios.js?v={g.hexs(8)}:{g.ri(1000, 2000)}:7)\n"
            f"{{error: 'invalid_token', error_description: 'The access token expired', request_id: '{g.uuid()}'}}\n"
            f"[auth] token present: true, expires_at: {g.iso_ts()}, skew: {g.ri(-300, 300)}s")
    pre = intro(g, lang, ["Console:", "errori in console dopo il login:"], ["Console:", "console errors after login:"])
    return lang, "console", pre + "\n" + text


@T("P")
def devtools_p_cursor_url(g):
    lang = g.lang()
    cur = base64.urlsafe_b64encode(json.dumps({"after": g.pay_id(), "ts": g.epoch()}).encode()).decode().rstrip("=")
    url = f"https://{g.host('api')}/v2/payments?limit=100&cursor={cur}&status=settled"
    pre = intro(g, lang, ["La paginazione si ferma alla pagina 3, ultima URL chiamata:", "Request URL dalla tab Network:"],
                ["Pagination stops at page 3, last URL called:", "Request URL from Network tab:"])
    return lang, "console", f"{pre}\n{url}\nStatus Code: 200\nResponse: {{\"data\":[],\"has_more\":true,\"next_cursor\":null}}"


@T("P")
def postman_p_env_empty(g):
    lang = g.lang()
    env = {"id": g.uuid(), "name": "Sandbox", "values": [
        {"key": "baseUrl", "value": "https://" + g.host("sandbox"), "enabled": True},
        {"key": "clientId", "value": g.client_id(), "enabled": True},
        {"key": "clientSecret", "value": "", "type": "secret", "enabled": True},
        {"key": "accessToken", "value": "", "type": "secret", "enabled": True},
        {"key": "paymentId", "value": g.pay_id(), "enabled": True}], "_postman_variable_scope": "environment"}
    pre = intro(g, lang, ["environment senza i secret (li mettiamo a mano):"], ["env export without secrets (we fill them by hand):"])
    return lang, "postman", pre + "\n" + json.dumps(env, indent=2)


@T("P")
def curl_p_idempotency_signature(g):
    lang = g.lang()
    text = (f"curl -X POST https://{g.host('api')}/webhooks/test \\\n  -H 'Content-Type: application/json' \\\n"
            f"  -H 'X-Signature: t={g.epoch()},v1={g.hexs(64)}' \\\n  -H 'X-Event-Id: evt_{g.rs(24)}' \\\n  -d @event.json")
    pre = intro(g, lang, ["Per testare il webhook in locale simuliamo così, la firma la calcoliamo con lo script:"],
                ["To test the webhook locally we replay like this (signature computed by our script):"])
    return lang, "curl", pre + "\n" + text


# ==========================================================================
# TEMPLATES - code and configuration files
# ==========================================================================
@T("S")
def code_php_array(g):
    lang = g.lang()
    key = g.s("access_token", g.api_key())
    cm = "// chiave di produzione, NON committare" if lang == "it" else "// prod key, do NOT commit"
    text = (f"<?php\nrequire 'vendor/autoload.php';\n\n$client = new \\{g.provider()[0].replace(' ', '')}\\Client([\n    'api_key' => '{key}', {cm}\n"
            f"    'environment' => 'production',\n    'timeout' => {g.ri(5, 30)},\n]);\n\n$payment = $client->payments->create([\n    'amount' => $order->total * 100,\n"
            f"    'currency' => 'EUR',\n    'reference' => $order->id,\n]);\nvar_dump($payment);")
    pre = intro(g, lang, ["il var_dump stampa NULL, codice:", "Ciao, il mio codice:"], ["var_dump prints NULL, code:", "Hi, my code:"])
    return lang, "php", pre + "\n\n" + text


@T("S")
def code_python_requests(g):
    lang = g.lang()
    cid = g.client_id()
    sec = g.s("client_secret", g.client_secret())
    cm = "# TODO spostare in variabile d'ambiente" if lang == "it" else "# TODO move to env"
    text = (f"import requests\n\nTOKEN_URL = \"https://{g.host('auth')}/oauth2/token\"\n\n{cm}\nresp = requests.post(\n    TOKEN_URL,\n"
            f"    data={{\"grant_type\": \"client_credentials\", \"scope\": \"payments\"}},\n    auth=(\"{cid}\", \"{sec}\"),\n    timeout=10,\n)\nprint(resp.status_code, resp.text)")
    post = intro(g, lang, ["\n\noutput: 401 {\"error\":\"invalid_client\"}", "\n\nstampa 400, perché?"], ["\n\noutput: 401 {\"error\":\"invalid_client\"}", "\n\nprints 400, why?"])
    return lang, "python", text + post


@T("S")
def code_node_stripe(g):
    lang = g.lang()
    _, _, sk = g.vendor(g.pick(["stripe", "stripe", "stripe_rk"]))
    sk = g.s("vendor_key", sk)
    text = (f"const stripe = require('stripe')('{sk}');\n\napp.post('/checkout', async (req, res) => {{\n  const session = await stripe.checkout.sessions.create({{\n"
            f"    mode: 'payment',\n    line_items: req.body.items,\n    success_url: 'https://shop.example.it/ok',\n  }});\n  res.json({{ url: session.url }});\n}});")
    pre = intro(g, lang, ["Uso sia voi che Stripe come fallback, ecco il server:", "il mio server.js:"], ["We use you plus Stripe as fallback, server code:", "my server.js:"])
    return lang, "js", pre + "\n\n" + text


@T("S")
def code_spring_properties(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    sec = g.s("client_secret", g.client_secret())
    pv = g.provider()[1]
    text = (f"spring.datasource.url=jdbc:postgresql://{g.pick(['db-prod', 'localhost', '10.0.2.15'])}:5432/payments\nspring.datasource.username=payments_app\n"
            f"spring.datasource.password={pw}\nspring.jpa.hibernate.ddl-auto=validate\n\n{pv}.oauth.client-id={g.client_id()}\n"
            f"{pv}.oauth.client-secret={sec}\n{pv}.oauth.token-uri=https://auth.{pv}.example/oauth2/token\nlogging.level.root=INFO")
    pre = intro(g, lang, ["application.properties:", "Vi mando il file di configurazione:"], ["application.properties:", "Here's our config file:"])
    return lang, "properties", pre + "\n\n" + text


@T("S")
def code_appsettings_json(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    conf = {"Logging": {"LogLevel": {"Default": "Information"}},
            "Pagamenti" if lang == "it" else "Payments": {"BaseUrl": "https://" + g.host("api"), "ClientId": g.client_id(), "ClientSecret": sec,
                                                          "TimeoutSeconds": g.ri(10, 60)},
            "ConnectionStrings": {"Default": "Server=sql01;Database=Shop;Integrated Security=true;"}}
    pre = intro(g, lang, ["appsettings.Production.json (Azure App Service):"], ["appsettings.Production.json (Azure App Service):"])
    return lang, "json", pre + "\n" + json.dumps(conf, indent=2)


@T("S")
def code_dotenv(g):
    lang = g.lang()
    lines = ["# %s" % g.pick(["produzione", "prod - aggiornato", "staging"] if lang == "it" else ["production", "prod - updated", "staging"]),
             "APP_ENV=production", "APP_URL=https://%s" % g.pick(["shop.example.it", "app.kiwi.example", "pay.tallyfox.example"]),
             "DB_HOST=%s" % g.pick(["127.0.0.1", "mysql", "db.internal"]), "DB_USERNAME=%s" % g.pick(["forge", "shop", "root"])]
    lines.append("DB_PASSWORD=%s" % g.s("password", g.password()))
    if g.ch(0.7):
        lines.append("%s_API_KEY=%s" % (g.provider()[1].upper(), g.s("access_token", g.api_key())))
    if g.ch(0.6):
        _, env, val = g.vendor()
        lines.append("%s=%s" % (env, g.s("vendor_key", val)))
    lines += ["MAIL_MAILER=smtp", "QUEUE_CONNECTION=redis", "SESSION_LIFETIME=120"]
    pre = intro(g, lang, ["il mio .env (prod):", "Vi incollo il .env così verificate:"], ["my .env (prod):", "pasting our .env so you can check:"])
    return lang, "env", pre + "\n\n" + "\n".join(lines)


@T("S")
def code_k8s_secret_stringdata(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    text = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {g.provider()[1]}-credentials\n  namespace: {g.pick(['payments', 'checkout', 'default'])}\n"
            f"type: Opaque\nstringData:\n  CLIENT_ID: {g.client_id()}\n  CLIENT_SECRET: {sec}\n")
    pre = intro(g, lang, ["Il secret che montiamo nel pod:", "manifest:"], ["The secret we mount:", "manifest:"])
    return lang, "yaml", pre + "\n\n" + text


@T("S")
def code_k8s_secret_data_b64(g):
    lang = g.lang()
    pw = g.password()
    b = g.s("password", g.b64(pw))
    tok = g.api_key()
    bt = g.s("access_token", g.b64(tok))
    text = (f"$ kubectl get secret payments-env -o yaml\napiVersion: v1\ndata:\n  API_KEY: {bt}\n  DB_PASSWORD: {b}\n  DB_USER: {g.b64('payments')}\n"
            f"kind: Secret\nmetadata:\n  creationTimestamp: \"{g.iso_ts()[:19]}Z\"\n  name: payments-env\n  namespace: prod\n  resourceVersion: \"{g.ri(10 ** 6, 10 ** 8)}\"\n  uid: {g.uuid()}\ntype: Opaque")
    return lang, "kubectl", text


@T("S")
def code_docker_compose(g):
    lang = g.lang()
    pw = g.s("password", g.password(url_safe=True))
    text = (f"services:\n  db:\n    image: postgres:{g.pick(['15', '16'])}-alpine\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: {pw}\n"
            f"      POSTGRES_DB: shop\n    ports:\n      - \"5432:5432\"\n  app:\n    build: .\n    depends_on: [db]\n    environment:\n"
            f"      DATABASE_URL: postgres://shop:{pw}@db:5432/shop\n")
    pre = intro(g, lang, ["docker-compose.yml:", "il compose che usiamo in locale e su VPS"], ["docker-compose.yml:", "our compose file (also used on the VPS)"])
    return lang, "yaml", pre + "\n\n" + text


@T("S", weight=1.6)
def code_gcp_service_account(g):
    lang = g.lang()
    pk = g.s("private_key", g.pem("PRIVATE KEY", escaped=True) + "\\n")
    proj = g.pick(["shop-prod", "fintastico-payments", "comune-portale"]) + "-%d" % g.ri(100000, 999999)
    sa = {"type": "service_account", "project_id": proj, "private_key_id": g.hexs(40), "private_key": "@@PK@@",
          "client_email": "payments-bot@%s.iam.gserviceaccount.com" % proj, "client_id": str(g.ri(10 ** 20, 10 ** 21 - 1)),
          "token_uri": "https://oauth2.googleapis.com/token"}
    text = json.dumps(sa, indent=2).replace("@@PK@@", pk)
    pre = intro(g, lang, ["Questo è il JSON del service account usato per pubblicare sul topic:"], ["The service account JSON we use to publish:"])
    return lang, "json", pre + "\n" + text


@T("S")
def code_terraform_tfvars(g):
    lang = g.lang()
    _, _, aws_sec = g.vendor("aws")
    kid = "AKIA" + g.rs(16, B32)
    kid = g.s("vendor_key", kid)
    aws_sec = g.s("vendor_key", aws_sec)
    text = (f"# terraform.tfvars\nregion            = \"eu-south-1\"\naws_access_key_id = \"{kid}\"\naws_secret_key    = \"{aws_sec}\"\n"
            f"bucket_name       = \"{g.pick(['export-pagamenti', 'payments-reports'])}-{g.ri(100, 999)}\"\n")
    pre = intro(g, lang, ["plan fallisce con AccessDenied, tfvars:", "Il file di variabili:"], ["plan fails with AccessDenied, tfvars:", "our vars file:"])
    return lang, "terraform", pre + "\n" + text


@T("S")
def code_sql_insert(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    key = g.s("access_token", g.api_key())
    text = (f"INSERT INTO merchant_credentials (merchant_id, provider, client_id, client_secret, api_key, created_at)\n"
            f"VALUES ({g.ri(1, 9999)}, '{g.provider()[1]}', '{g.client_id()}', '{sec}', '{key}', NOW());")
    pre = intro(g, lang, ["lo script di migrazione che abbiamo lanciato ieri:", "Questa è la insert:"], ["migration we ran yesterday:", "this insert:"])
    return lang, "sql", pre + "\n\n" + text


@T("S")
def code_npmrc_gitconfig(g):
    lang = g.lang()
    which = g.pick(["npm", "gitlab", "github"])
    if which == "npm":
        _, _, v = g.vendor("npm")
        body = f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={g.s('vendor_key', v)}\nalways-auth=true"
        f_ = ".npmrc"
    elif which == "gitlab":
        _, _, v = g.vendor("gitlab")
        body = f"[remote \"origin\"]\n\turl = https://oauth2:{g.s('vendor_key', v)}@gitlab.com/{g.pick(['webagency', 'acme'])}/checkout-plugin.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*"
        f_ = ".git/config"
    else:
        _, _, v = g.vendor("github")
        body = f"[remote \"origin\"]\n\turl = https://x-access-token:{g.s('vendor_key', v)}@github.com/{g.pick(['kiwi-lending', 'tallyfox'])}/sdk.git"
        f_ = ".git/config"
    pre = intro(g, lang, [f"CI non riesce a scaricare il vostro SDK privato, {f_}:"], [f"CI can't pull your private SDK, {f_}:"])
    return lang, "config", pre + "\n" + body


@T("S")
def code_go_const(g):
    lang = "en"
    tok = g.s("access_token", g.api_key())
    text = (f"package main\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nconst (\n\tbaseURL = \"https://{g.host('api')}\"\n\tapiKey  = \"{tok}\" // sandbox\n)\n\n"
            f"func newReq(path string) (*http.Request, error) {{\n\treq, err := http.NewRequest(\"GET\", baseURL+path, nil)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n"
            f"\treq.Header.Set(\"X-Api-Key\", apiKey)\n\treturn req, nil\n}}\n\nvar client = &http.Client{{Timeout: 10 * time.Second}}")
    return lang, "go", "context deadline exceeded on every call, snippet:\n\n" + text


@T("S")
def code_ini_smtp(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    text = (f"[smtp]\nhost = smtp.{g.pick(['aruba.it', 'office365.com', 'gmail.com'])}\nport = 587\nuser = notifiche@{g.pick(['comune.example.it', 'shop.example.it'])}\n"
            f"password = {pw}\nstarttls = true\n\n[pagamenti]\nendpoint = https://{g.host('api')}\nretry = 3")
    pre = intro(g, lang, ["Le ricevute di pagamento non partono. config.ini del gestionale:"], ["Payment receipts aren't sent. config.ini:"])
    return lang, "ini", pre + "\n\n" + text


@T("S")
def code_js_config_object(g):
    lang = g.lang()
    rt = g.s("refresh_token", g.refresh())
    sec = g.s("client_secret", g.client_secret())
    text = (f"export const config = {{\n  bank: '{g.pick(['intesa', 'unicredit', 'bper', 'sella'])}',\n  clientId: '{g.client_id()}',\n  clientSecret: '{sec}',\n"
            f"  // {'token salvato a mano dal primo consenso' if lang == 'it' else 'saved by hand from the first consent'}\n  refreshToken: '{rt}',\n  redirectUri: 'http://localhost:3000/cb',\n}};")
    pre = intro(g, lang, ["config.ts del nostro connettore AIS:"], ["our AIS connector config.ts:"])
    return lang, "ts", pre + "\n\n" + text


@T("S")
def code_python_dict_b64_basic(g):
    lang = g.lang()
    blob = g.s("client_secret", g.b64("%s:%s" % (g.client_id(), g.client_secret())))
    text = (f"headers = {{\n    \"Authorization\": \"Basic {blob}\",\n    \"Content-Type\": \"application/x-www-form-urlencoded\",\n}}\n"
            f"r = httpx.post(URL, headers=headers, data={{\"grant_type\": \"client_credentials\"}})")
    pre = intro(g, lang, ["Ho codificato io in base64 client_id:secret come dice la doc:"], ["I base64'd client_id:secret myself as the docs say:"])
    return lang, "python", pre + "\n" + text


@T("S")
def code_csharp_hardcoded(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    text = (f"var cs = \"Server=tcp:{g.pick(['sql-prod', 'shopdb'])}.database.windows.net,1433;Initial Catalog=Orders;User ID=sqladmin;Password={pw};Encrypt=True;\";\n"
            f"using var conn = new SqlConnection(cs);\nawait conn.OpenAsync();")
    pre = intro(g, lang, ["Il job di riconciliazione non si connette:"], ["The reconciliation job can't connect:"])
    return lang, "csharp", pre + "\n" + text


@T("S")
def code_azure_conn_string(g):
    lang = g.lang()
    _, _, key = g.vendor("azure")
    key = g.s("vendor_key", key)
    text = f"DefaultEndpointsProtocol=https;AccountName={g.pick(['shopexports', 'riconciliazioni'])}{g.ri(10, 99)};AccountKey={key};EndpointSuffix=core.windows.net"
    pre = intro(g, lang, ["gli export li mettiamo su blob storage, connection string:"], ["exports go to blob storage, connection string:"])
    return lang, "config", pre + "\n" + text


@T("S", weight=1.6)
def code_openssh_key_pasted(g):
    lang = g.lang()
    key = g.s("private_key", g.pem("OPENSSH PRIVATE KEY"))
    pre = intro(g, lang, ["Non riusciamo a fare SFTP per caricare i flussi CBI. La chiave che usiamo (id_ed25519):",
                          "sftp permission denied (publickey). la chiave:"],
                ["Can't SFTP the settlement files. Key we use (id_ed25519):", "sftp permission denied (publickey). key:"])
    return lang, "config", pre + "\n\n" + key + "\n\n$ sftp -i ~/.ssh/id_ed25519 upload@sftp.%s\nPermission denied (publickey)." % g.host("files").split(".", 1)[1]


@T("S")
def code_yaml_gha_literal(g):
    lang = "en"
    _, env, val = g.vendor(g.pick(["slack", "sendgrid", "datadog", "twilio", "mailgun"]))
    val = g.s("vendor_key", val)
    text = (f"name: notify\non: [push]\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            f"      - run: ./scripts/notify.sh\n        env:\n          {env}: {val}\n          PAYMENTS_TOKEN: ${{{{ secrets.PAYMENTS_TOKEN }}}}\n")
    return lang, "yaml", "workflow file (yes I know, fixing it):\n\n" + text


@T("S")
def code_python_settings_mixed(g):
    lang = "it"
    pw = g.s("password", g.password())
    text = (f"# settings.py - ambiente collaudo\nDATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'portale',\n"
            f"        'USER': 'portale',\n        'PASSWORD': '{pw}',\n        'HOST': 'localhost',\n    }}\n}}\nPAGAMENTI_CLIENT_SECRET = os.environ.get('PAGAMENTI_CLIENT_SECRET')\n")
    return lang, "python", "Ciao, errore in collaudo, settings:\n\n" + text


# ---- pass: code -----------------------------------------------------------
@T("P")
def code_p_php_getenv(g):
    lang = g.lang()
    pn, ps = g.provider()
    text = (f"<?php\n$client = new \\{pn.replace(' ', '')}\\Client([\n    'api_key' => getenv('{ps.upper()}_API_KEY'),\n"
            f"    'webhook_secret' => $_ENV['WEBHOOK_SECRET'] ?? null,\n    'environment' => 'sandbox',\n]);\nif (!$client->ping()) {{\n"
            f"    error_log('ping failed, request id ' . $client->lastRequestId());\n}}")
    pre = intro(g, lang, ["Codice (le chiavi le leggiamo da env):", "snippet:"], ["Code (keys read from env):", "snippet:"])
    return lang, "php", pre + "\n\n" + text


@T("P")
def code_p_python_environ(g):
    lang = g.lang()
    text = (f"import os, boto3, requests\n\nsm = boto3.client('secretsmanager', region_name='eu-south-1')\n"
            f"secret = sm.get_secret_value(SecretId='prod/{g.provider()[1]}/client')['SecretString']\n"
            f"CLIENT_ID = os.environ[\"CLIENT_ID\"]\nCLIENT_SECRET = os.environ[\"CLIENT_SECRET\"]\n"
            f"resp = requests.post(TOKEN_URL, auth=(CLIENT_ID, CLIENT_SECRET), data={{'grant_type': 'client_credentials'}})\n"
            f"log.info('token status=%s request_id=%s', resp.status_code, resp.headers.get('x-request-id'))")
    pre = intro(g, lang, ["Il nostro codice (nessun secret hard-coded):"], ["Our code (nothing hard-coded):"])
    return lang, "python", pre + "\n" + text


@T("P")
def code_p_node_env(g):
    lang = g.lang()
    text = (f"const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nconst pagora = new Pagora({{\n  clientId: config.clientId,\n"
            f"  clientSecret: config.clientSecret,\n  baseUrl: process.env.PAGORA_BASE_URL ?? 'https://{g.host('sandbox')}',\n}});\n"
            f"console.log('init ok', {{ clientId: config.clientId, secretSet: Boolean(config.clientSecret) }});")
    pre = intro(g, lang, ["inizializzazione:"], ["init code:"])
    return lang, "js", pre + "\n" + text


@T("P")
def code_p_spring_placeholders(g):
    lang = g.lang()
    text = (f"spring.datasource.url=jdbc:postgresql://db:5432/payments\nspring.datasource.username=${{DB_USER}}\nspring.datasource.password=${{DB_PASSWORD}}\n"
            f"{g.provider()[1]}.oauth.client-id={g.client_id()}\n{g.provider()[1]}.oauth.client-secret=${{vault:secret/data/payments#client_secret}}\n\n"
            f"@Value(\"${{{g.provider()[1]}.oauth.client-secret}}\")\nprivate String clientSecret;")
    pre = intro(g, lang, ["properties + bean:"], ["properties + bean:"])
    return lang, "properties", pre + "\n" + text


@T("P")
def code_p_appsettings_empty(g):
    lang = g.lang()
    conf = {"Payments": {"BaseUrl": "https://" + g.host("api"), "ClientId": g.client_id(), "ClientSecret": "", "TimeoutSeconds": 30},
            "KeyVault": {"Uri": "https://kv-%s.vault.azure.net/" % g.pick(["shop", "payments", "comune"]), "SecretName": "payments-client-secret"}}
    tail = "\n\n// Program.cs\nvar secret = builder.Configuration[\"Payments:ClientSecret\"];"
    pre = intro(g, lang, ["appsettings.json (il secret arriva da Key Vault):"], ["appsettings.json (secret comes from Key Vault):"])
    return lang, "json", pre + "\n" + json.dumps(conf, indent=2) + tail


@T("P")
def code_p_env_example(g):
    lang = g.lang()
    text = ("# .env.example - copy to .env and fill in\nAPP_ENV=local\nDB_PASSWORD=\n%s_API_KEY=<your-api-key>\nCLIENT_SECRET=YOUR_CLIENT_SECRET\n"
            "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nWEBHOOK_SECRET=changeme\nREDIS_URL=redis://localhost:6379/0\n") % g.provider()[1].upper()
    pre = intro(g, lang, ["nel repo c'è solo questo file di esempio:"], ["the repo only has this example file:"])
    return lang, "env", pre + "\n" + text


@T("P")
def code_p_k8s_secret_ref(g):
    lang = g.lang()
    text = (f"        env:\n          - name: CLIENT_ID\n            value: {g.client_id()}\n          - name: CLIENT_SECRET\n            valueFrom:\n"
            f"              secretKeyRef:\n                name: {g.provider()[1]}-credentials\n                key: client-secret\n          - name: DB_PASSWORD\n"
            f"            valueFrom:\n              secretKeyRef: {{name: pg-app, key: password}}\n        image: registry.example.com/payments-api@{g.digest()}")
    pre = intro(g, lang, ["deployment (estratto):"], ["deployment (excerpt):"])
    return lang, "yaml", pre + "\n" + text


@T("P")
def code_p_compose_vars(g):
    lang = g.lang()
    db = g.pick(["shop", "portale", "payments", "ledger"])
    var = g.pick(["POSTGRES_PASSWORD", "DB_PASS", "PG_PASSWORD"])
    text = (f"services:\n  db:\n    image: postgres:{g.pick(['14', '15', '16'])}\n    environment:\n      POSTGRES_PASSWORD: ${{{var}:?set it in .env}}\n"
            f"  app:\n    image: registry.example.com/{db}-app:{g.version()}\n    environment:\n      DATABASE_URL: postgres://{db}:${{{var}}}@db:5432/{db}\n"
            f"      API_KEY_FILE: /run/secrets/api_key\n    secrets: [api_key]\nsecrets:\n  api_key:\n    file: ./secrets/{g.pick(['api_key.txt', 'pagora.key', 'key'])}\n")
    pre = intro(g, lang, ["compose:", "il nostro compose, le password stanno nel .env che NON è nel repo:", "docker-compose.yml (prod):"],
                ["compose:", "our compose file, passwords live in the .env which is NOT in the repo:", "docker-compose.yml (prod):"])
    return lang, "yaml", pre + "\n" + text


@T("P")
def code_p_terraform_refs(g):
    lang = g.lang()
    text = (f"data \"aws_secretsmanager_secret_version\" \"pay\" {{\n  secret_id = \"prod/payments/client\"\n}}\n\nresource \"aws_lambda_function\" \"webhook\" {{\n"
            f"  function_name = \"webhook-handler\"\n  environment {{\n    variables = {{\n      CLIENT_SECRET_ARN = data.aws_secretsmanager_secret_version.pay.arn\n"
            f"      CLIENT_ID         = var.client_id\n    }}\n  }}\n  source_code_hash = \"{base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(32))).decode()}\"\n}}")
    pre = intro(g, lang, ["terraform:"], ["terraform:"])
    return lang, "terraform", pre + "\n" + text


@T("P")
def code_p_sql_ddl(g):
    lang = g.lang()
    tbl = g.pick(["merchant_users", "utenti_portale", "backoffice_users", "operators"])
    hl = g.pick([60, 100, 255])
    text = (f"CREATE TABLE {tbl} (\n  id BIGSERIAL PRIMARY KEY,\n  email VARCHAR(255) NOT NULL UNIQUE,\n  password_hash VARCHAR({hl}) NOT NULL,\n"
            f"  pin_attempts SMALLINT DEFAULT 0,\n  {g.pick(['api_key_last4 CHAR(4)', 'api_key_prefix VARCHAR(12)', 'token_hint VARCHAR(8)'])},\n"
            f"  otp_secret_ref VARCHAR(64),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCREATE INDEX ON {tbl} (created_at);")
    pre = intro(g, lang, ["schema della tabella utenti, va bene salvare solo un indizio della chiave?", "DDL attuale:", "ci serve un parere sullo schema:"],
                ["users table schema - is storing only a hint of the key OK?", "current DDL:", "review of our schema please:"])
    return lang, "sql", pre + "\n" + text


@T("P")
def code_p_jwks(g):
    lang = g.lang()
    keys = {"keys": [{"kty": "RSA", "use": "sig", "kid": g.rs(22, B64URL), "alg": "RS256", "n": g.rs(342, B64URL), "e": "AQAB"},
                     {"kty": "EC", "use": "sig", "kid": g.rs(22, B64URL), "crv": "P-256", "x": g.rs(43, B64URL), "y": g.rs(43, B64URL)}]}
    pre = intro(g, lang, ["Il vostro JWKS (https://%s/.well-known/jwks.json) ha due chiavi, quale usare?" % g.host("auth")],
                ["Your JWKS (https://%s/.well-known/jwks.json) has two keys, which one?" % g.host("auth")])
    return lang, "json", pre + "\n" + json.dumps(keys, indent=2)


@T("P")
def code_p_ssh_public(g):
    lang = g.lang()
    pre = intro(g, lang, ["Per l'SFTP dei flussi vi mando la nostra chiave PUBBLICA da autorizzare:"], ["Public key to authorise for the SFTP drop:"])
    text = f"{pre}\n\n{g.ssh_pub()}\n\nFingerprint: SHA256:{g.rs(43, ALNUM + '+/')}\nIP sorgente: {g.ip()}"
    return lang, "config", text


@T("P")
def code_p_gha_secrets(g):
    lang = g.lang()
    names = g.r.sample(["PAYMENTS_TOKEN", "STRIPE_SECRET_KEY", "DB_PASSWORD", "CLIENT_SECRET", "SLACK_WEBHOOK_URL", "NPM_TOKEN", "AWS_SECRET_ACCESS_KEY"], g.ri(2, 4))
    env = "\n".join("          %s: ${{ secrets.%s }}" % (n, n) for n in names)
    text = (f"jobs:\n  deploy:\n    runs-on: ubuntu-{g.pick(['latest', '22.04', '24.04'])}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./{g.pick(['deploy.sh', 'scripts/release.sh', 'bin/ship'])}\n        env:\n"
            f"{env}\n          SHA: ${{{{ github.sha }}}}\n")
    pre = intro(g, lang, ["Perché nelle PR dai fork i secret sono vuoti? workflow:", "workflow:"], ["Why are secrets empty for fork PRs? workflow:", "workflow:"])
    return lang, "yaml", pre + "\n" + text


@T("P")
def code_p_base64_harmless(g):
    lang = g.lang()
    payload = {"merchantId": g.ri(1000, 9999), "orderRef": g.order_no(), "lang": g.pick(["it", "en"])}
    b = g.b64(json.dumps(payload))
    text = (f"// il parametro 'state' che passiamo al redirect è solo questo JSON in base64\nconst state = btoa(JSON.stringify({json.dumps(payload)}));\n// -> {b}"
            if lang == "it" else
            f"// the 'ctx' param we pass on redirect is just this JSON base64'd\nconst ctx = btoa(JSON.stringify({json.dumps(payload)}));\n// -> {b}")
    return lang, "js", text


@T("P")
def code_p_cert_mtls(g):
    lang = g.lang()
    cert = g.public_pem("CERTIFICATE")
    pre = intro(g, lang, ["Certificato QWAC che presentiamo in mTLS (solo la parte pubblica):"], ["QWAC we present for mTLS (public part only):"])
    text = f"{pre}\n{cert}\nSubject: CN={g.pick(['api.fintastico.example', 'tpp.kiwi.example'])}, organizationIdentifier=PSDIT-BI-{g.rs(8, DIG)}\nSerial: {g.hexs(32)}"
    return lang, "pem", text


@T("P")
def code_p_vault_cli(g):
    lang = g.lang()
    text = (f"$ vault kv metadata get secret/payments/{g.provider()[1]}\n======= Metadata =======\nKey                Value\n---                -----\n"
            f"created_time       {g.iso_ts()}\ncurrent_version    {g.ri(2, 14)}\nmax_versions       0\noldest_version     1\nupdated_time       {g.iso_ts()}")
    pre = intro(g, lang, ["Il secret in Vault è stato aggiornato, versione corrente:"], ["The secret in Vault was updated, current version:"])
    return lang, "shell", pre + "\n" + text


@T("P")
def code_p_password_validator(g):
    lang = g.lang()
    n = g.pick([8, 10, 12, 14])
    fn = g.pick(["validate_password", "check_pw", "password_errors"])
    text = (f"def {fn}(pw: str) -> list[str]:\n    errors = []\n    if len(pw) < {n}:\n        errors.append('password_too_short')\n"
            f"    if not any(c.isdigit() for c in pw):\n        errors.append('password_no_digit')\n    if pw.lower() in COMMON_PASSWORDS:\n"
            f"        errors.append('password_too_common')\n    return errors\n\nassert {fn}(os.environ['{g.pick(['TEST_PW', 'QA_PASSWORD', 'E2E_PASS'])}']) == []")
    pre = intro(g, lang, ["La vostra policy è la stessa del nostro validatore? (minimo %d caratteri)" % n, "validatore lato nostro:"],
                ["Is your policy the same as our validator? (min %d chars)" % n, "our side validator:"])
    return lang, "python", pre + "\n" + text


@T("S")
def k8s_describe_env_literal(g):
    lang = g.lang()
    pod = g.pod()
    sec = g.s("client_secret", g.client_secret())
    text = (f"$ kubectl -n payments describe pod {pod}\nName:             {pod}\nNamespace:        payments\nNode:             {g.pick(['aks-nodepool1', 'ip-10-0-1-23', 'gke-main-pool'])}-{g.rs(8, LO + DIG)}\n"
            f"Status:           Running\nIP:               {g.ip()}\nContainers:\n  app:\n    Image:          registry.example.com/payments-api:{g.version()}\n"
            f"    Image ID:       registry.example.com/payments-api@{g.digest()}\n    State:          Running\n    Restart Count:  {g.ri(0, 40)}\n"
            f"    Environment:\n      SPRING_PROFILES_ACTIVE:  prod\n      CLIENT_ID:               {g.client_id()}\n      CLIENT_SECRET:           {sec}\n"
            f"      DB_PASSWORD:             <set to the key 'password' in secret 'pg-app'>  Optional: false\n")
    pre = intro(g, lang, ["Il pod va in CrashLoopBackOff, describe:"], ["Pod in CrashLoopBackOff, describe:"])
    return lang, "kubectl", pre + "\n" + text


@T("S")
def docker_inspect_env(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    key = g.s("access_token", g.api_key())
    env = [f"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", f"DB_PASSWORD={pw}", f"PAYMENTS_API_KEY={key}", f"NODE_VERSION=20.{g.ri(1, 15)}.0", "TZ=Europe/Rome"]
    text = (f"$ docker inspect --format '{{{{json .Config.Env}}}}' shop_app_1\n" + json.dumps(env))
    pre = intro(g, lang, ["Le variabili nel container sembrano giuste:"], ["Env inside the container looks right:"])
    return lang, "docker", pre + "\n" + text


@T("S")
def journalctl_conn_url(g):
    lang = g.lang()
    pw = g.s("password", g.password(url_safe=True))
    ts = "%s %02d %02d:%02d:%02d" % (g.pick(["Jun", "Jul", "Sep", "Nov"]), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), g.ri(0, 59))
    host = g.pick(["vps-shop", "srv-pagamenti", "ip-172-31-8-44"])
    text = (f"$ journalctl -u payments-worker --since \"10 min ago\"\n{ts} {host} systemd[1]: Started Payments worker.\n"
            f"{ts} {host} payments-worker[{g.ri(1000, 40000)}]: INFO connecting to redis://:{pw}@{g.pick(['127.0.0.1', 'cache.internal'])}:6379/2\n"
            f"{ts} {host} payments-worker[{g.ri(1000, 40000)}]: ERROR NOAUTH Authentication required.\n{ts} {host} systemd[1]: payments-worker.service: Main process exited, code=exited, status=1/FAILURE")
    return lang, "systemd", intro(g, lang, ["log del servizio:"], ["service log:"]) + "\n" + text


@T("S")
def ci_log_unmasked(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    text = (f"Run ./scripts/smoke-test.sh\n+ echo 'Using base url https://{g.host('sandbox')}'\nUsing base url https://{g.host('sandbox')}\n"
            f"+ curl -sf -H 'Authorization: Bearer {tok}' https://{g.host('sandbox')}/v1/health\ncurl: (22) The requested URL returned error: 401\n"
            f"Error: Process completed with exit code 22.")
    pre = intro(g, lang, ["La pipeline fallisce sullo smoke test (GitHub Actions):", "log CI:"], ["Pipeline fails at smoke test (GitHub Actions):", "CI log:"])
    return lang, "ci-log", pre + "\n" + text


@T("S")
def python_traceback_locals(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    text = (f"Traceback (most recent call last):\n  File \"/srv/app/payments/client.py\", line {g.ri(20, 200)}, in get_token\n    r.raise_for_status()\n"
            f"  File \"/usr/lib/python3/site-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\n"
            f"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://{g.host('auth')}/oauth2/token\n\n"
            f"Local variables (sentry):\n  client_id = '{g.client_id()}'\n  client_secret = '{sec}'\n  scope = 'payments'\n  attempt = {g.ri(1, 5)}")
    pre = intro(g, lang, ["Da Sentry:", "errore in produzione:"], ["From Sentry:", "production error:"])
    return lang, "stacktrace", pre + "\n" + text


@T("S")
def nginx_access_token_query(g):
    lang = g.lang()
    tok = g.s("access_token", g.opaque())
    lines = []
    for _ in range(g.ri(1, 3)):
        lines.append(f'{g.ip()} - - [{g.ri(1, 28):02d}/Jun/2025:{g.hhmm()}:{g.ri(0, 59):02d} +0200] "GET /static/app.{g.hexs(8)}.js HTTP/2.0" 200 {g.ri(1000, 90000)} "-" "Mozilla/5.0"')
    lines.insert(g.ri(0, len(lines)), f'{g.ip()} - - [{g.ri(1, 28):02d}/Jun/2025:{g.hhmm()}:{g.ri(0, 59):02d} +0200] "GET /callback?status=ok&access_token={tok}&state={g.hexs(16)} HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone)"')
    pre = intro(g, lang, ["Nei log di nginx vediamo il token nella query, è normale?"], ["In nginx logs we see the token in the query string, is that expected?"])
    return lang, "log", pre + "\n" + "\n".join(lines)


@T("S")
def applog_json_leak(g):
    lang = g.lang()
    rt = g.s("refresh_token", g.refresh())
    lines = [json.dumps({"ts": g.iso_ts(), "level": "info", "msg": "refreshing token", "merchant": g.ri(100, 9999), "trace_id": g.hexs(32)}),
             json.dumps({"ts": g.iso_ts(), "level": "debug", "msg": "POST /oauth2/token", "body": "grant_type=refresh_token&refresh_token=%s" % rt, "span_id": g.hexs(16)}),
             json.dumps({"ts": g.iso_ts(), "level": "error", "msg": "refresh failed", "status": 400, "error": "invalid_grant"})]
    pre = intro(g, lang, ["log applicativi (livello debug attivo):"], ["app logs (debug on):"])
    return lang, "log", pre + "\n" + "\n".join(lines)


@T("S")
def java_stack_with_basic_header(g):
    lang = g.lang()
    blob = g.s("client_secret", g.b64("%s:%s" % (g.client_id(), g.client_secret())))
    text = (f"{g.iso_ts()} ERROR [http-nio-8080-exec-{g.ri(1, 20)}] c.e.p.PaymentClient - Token request failed\n"
            f"org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: \"{{\"error\":\"invalid_client\"}}\"\n"
            f"\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)\n"
            f"\tat com.example.payments.PaymentClient.token(PaymentClient.java:{g.ri(40, 300)})\nRequest headers: [Accept:\"application/json\", Authorization:\"Basic {blob}\", Content-Length:\"29\"]")
    pre = intro(g, lang, ["stack trace dal log:"], ["stack trace from the log:"])
    return lang, "stacktrace", pre + "\n" + text


@T("S")
def helm_values_dump(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    tok = g.s("access_token", g.api_key())
    text = (f"$ helm get values payments -n prod\nUSER-SUPPLIED VALUES:\nimage:\n  tag: {g.version()}\npostgresql:\n  auth:\n    username: payments\n    password: {pw}\n"
            f"payments:\n  apiKey: {tok}\n  baseUrl: https://{g.host('api')}\nreplicaCount: {g.ri(2, 6)}")
    return lang, "helm", intro(g, lang, ["valori helm correnti:"], ["current helm values:"]) + "\n" + text


@T("S")
def ci_gitlab_log_vendor(g):
    lang = g.lang()
    _, env, val = g.vendor(g.pick(["aws", "dockerhub", "npm", "github", "google"]))
    val = g.s("vendor_key", val)
    text = (f"Running with gitlab-runner {g.ri(15, 17)}.{g.ri(0, 11)}.{g.ri(0, 3)} ({g.short_sha()})\n$ export {env}={val}\n$ ./build.sh\n"
            f"Step 1/9 : FROM node:20-alpine\n ---> {g.hexs(12)}\nERROR: job failed: exit code 1")
    pre = intro(g, lang, ["Job CI fallito (ho tolto le righe inutili):"], ["Failed CI job (trimmed):"])
    return lang, "ci-log", pre + "\n" + text


@T("S")
def ps_aux_cmdline(g):
    lang = g.lang()
    pw = g.s("password", g.password(url_safe=True))
    text = (f"$ ps aux | grep sync\nwww-data  {g.ri(1000, 30000)}  0.3  1.2 {g.ri(100000, 900000)} {g.ri(10000, 90000)} ?  S    {g.hhmm()}   0:04 php artisan sync:payouts --db-pass={pw} --since=2025-06-01\n"
            f"root      {g.ri(1000, 30000)}  0.0  0.0   6432   720 pts/0    S+   {g.hhmm()}   0:00 grep sync")
    return lang, "shell", intro(g, lang, ["il processo è ancora vivo:"], ["process still running:"]) + "\n" + text


# ---- pass: ops ------------------------------------------------------------
@T("P")
def k8s_p_get_pods_events(g):
    lang = g.lang()
    pods = "\n".join("%-42s %-6s %-18s %-9d %s" % (g.pod(), "%d/1" % g.ri(0, 1), g.pick(["Running", "CrashLoopBackOff", "Running", "Pending"]), g.ri(0, 30), "%dm" % g.ri(1, 300)) for _ in range(g.ri(3, 6)))
    text = (f"$ kubectl get pods -n payments\nNAME                                       READY  STATUS             RESTARTS  AGE\n{pods}\n\n$ kubectl get events -n payments | tail -3\n"
            f"{g.ri(1, 50)}m  Warning  BackOff   pod/{g.pod()}  Back-off restarting failed container\n{g.ri(1, 50)}m  Normal   Pulled    pod/{g.pod()}  Container image \"registry.example.com/payments-api@{g.digest()}\" already present")
    return lang, "kubectl", intro(g, lang, ["situazione pod:"], ["pods:"]) + "\n" + text


@T("P")
def docker_p_ps_images(g):
    lang = g.lang()
    rows = "\n".join("%s   %-38s %-22s %s" % (g.hexs(12), "registry.example.com/%s:%s" % (g.pick(["checkout", "ledger", "payments-api"]), g.version()),
                                            "\"/entrypoint.sh\"", g.pick(["Up 3 hours", "Exited (1) 2 minutes ago", "Up 12 days (healthy)"])) for _ in range(g.ri(2, 5)))
    text = f"$ docker ps -a\nCONTAINER ID   IMAGE                                  COMMAND                STATUS\n{rows}\n\n$ docker images --digests | head -2\nREPOSITORY  TAG  DIGEST  IMAGE ID\ncheckout  {g.version()}  {g.digest()}  {g.hexs(12)}"
    return lang, "docker", intro(g, lang, ["docker:"], ["docker:"]) + "\n" + text


@T("P")
def systemd_p_status(g):
    lang = g.lang()
    text = (f"$ systemctl status payments-worker\n● payments-worker.service - Payments worker\n     Loaded: loaded (/etc/systemd/system/payments-worker.service; enabled)\n"
            f"     Active: failed (Result: exit-code) since {g.pick(['Mon', 'Tue', 'Fri'])} {g.iso_ts()[:10]} {g.hhmm()}:{g.ri(10, 59)} CEST; {g.ri(1, 59)}min ago\n"
            f"    Process: {g.ri(1000, 60000)} ExecStart=/usr/bin/node /srv/worker/index.js (code=exited, status=1/FAILURE)\n   Main PID: {g.ri(1000, 60000)} (code=exited, status=1/FAILURE)\n"
            f"        CPU: {g.ri(100, 999)}ms\n\n... Error: EnvironmentFile /etc/payments/worker.env: password for user 'payments' not set")
    return lang, "systemd", intro(g, lang, ["il worker non parte:"], ["worker won't start:"]) + "\n" + text


@T("P")
def ci_p_masked_log(g):
    lang = g.lang()
    text = (f"Run ./scripts/smoke-test.sh\n+ curl -sf -H 'Authorization: Bearer ***' https://{g.host('sandbox')}/v1/health\n{{\"status\":\"ok\",\"version\":\"{g.version()}\",\"commit\":\"{g.sha()}\"}}\n"
            f"Cache restored from key: node-cache-Linux-x64-npm-{g.hexs(64)}\nPost job cleanup.\n/usr/bin/git version 2.{g.ri(30, 45)}.0\nSecrets masked: DB_PASSWORD, PAYMENTS_TOKEN")
    return lang, "ci-log", intro(g, lang, ["la pipeline va, ma i test e2e no:"], ["pipeline passes, e2e doesn't:"]) + "\n" + text


@T("P")
def stack_p_invalid_token(g):
    lang = g.lang()
    text = (f"{g.iso_ts()} ERROR [reqId={g.uuid()}] PaymentService - call failed\ncom.example.payments.ApiException: 401 {{\"error\":\"invalid_token\",\"error_description\":\"Bearer token malformed\"}}\n"
            f"\tat com.example.payments.ApiClient.execute(ApiClient.java:{g.ri(100, 900)})\n\tat com.example.payments.PaymentService.capture(PaymentService.java:{g.ri(30, 200)})\n"
            f"\tat java.base/java.lang.Thread.run(Thread.java:1583)\nCaused by: io.jsonwebtoken.MalformedJwtException: JWT strings must contain exactly 2 period characters. Found: 0")
    return lang, "stacktrace", intro(g, lang, ["stack:"], ["stack:"]) + "\n" + text


@T("P")
def nginx_p_access(g):
    lang = g.lang()
    lines = []
    for _ in range(g.ri(3, 6)):
        path = g.pick([f"/v2/payments/{g.pay_id()}", "/v2/payments?cursor=" + base64.urlsafe_b64encode(json.dumps({"o": g.ri(100, 9000)}).encode()).decode().rstrip("="),
                       f"/webhooks/{g.provider()[1]}", f"/orders/{g.order_no().replace('#', '').replace('/', '-')}/status", "/health"])
        lines.append(f'{g.ip()} - - [{g.ri(1, 28):02d}/Jun/2025:{g.hhmm()}:{g.ri(10, 59)} +0200] "GET {path} HTTP/1.1" {g.pick([200, 200, 404, 502, 401])} {g.ri(0, 9000)} "-" "okhttp/4.12.0" rid={g.uuid()}')
    return lang, "log", intro(g, lang, ["access log:"], ["access log:"]) + "\n" + "\n".join(lines)


@T("P")
def applog_p_json_ids(g):
    lang = g.lang()
    lines = [json.dumps({"ts": g.iso_ts(), "level": "info", "msg": "token refreshed", "merchant": g.ri(100, 9999), "expires_in": 3600, "token_present": True, "trace_id": g.hexs(32), "span_id": g.hexs(16)}),
             json.dumps({"ts": g.iso_ts(), "level": "warn", "msg": "sca required", "payment_id": g.pay_id(), "psu_id": "PSU-%d" % g.ri(10000, 99999), "challenge": "OTP_SMS"}),
             json.dumps({"ts": g.iso_ts(), "level": "error", "msg": "pin verification failed", "reason": "WRONG_PIN", "attempts_left": g.ri(0, 2), "device_id": g.uuid()})]
    return lang, "log", intro(g, lang, ["log:"], ["logs:"]) + "\n" + "\n".join(lines)


@T("P")
def ps_p_cmdline_files(g):
    lang = g.lang()
    text = (f"$ ps -ef | grep payouts\nwww-data {g.ri(1000, 30000)} 1 0 {g.hhmm()} ? 00:00:03 php artisan sync:payouts --db-pass-file=/run/secrets/db --since=2025-06-01 --batch={g.ri(100, 999)}\n"
            f"$ ls -l /run/secrets/\n-r-------- 1 root root 33 Jun {g.ri(1, 28)} {g.hhmm()} db")
    return lang, "shell", intro(g, lang, ["il processo legge la password da file:"], ["process reads the password from a file:"]) + "\n" + text


@T("P")
def helm_p_values_refs(g):
    lang = g.lang()
    text = (f"$ helm get values payments -n prod\nUSER-SUPPLIED VALUES:\nimage:\n  tag: {g.version()}\n  digest: {g.digest()}\npostgresql:\n  auth:\n"
            f"    existingSecret: pg-app\n    secretKeys:\n      userPasswordKey: password\npayments:\n  apiKeySecretRef: payments-api-key\nreplicaCount: {g.ri(2, 6)}")
    return lang, "helm", intro(g, lang, ["values:"], ["values:"]) + "\n" + text


@T("P")
def ci_p_sonar_sbom(g):
    lang = g.lang()
    text = (f"[INFO] Analysis report uploaded in {g.ri(100, 999)}ms\n[INFO] ANALYSIS SUCCESSFUL, you can find the results at: https://sonar.example.com/dashboard?id=payments&branch=main\n"
            f"[INFO] More about the report processing at https://sonar.example.com/api/ce/task?id={g.rs(20, ALNUM + '-_')}\n[WARN] Rule S2068 'Hard-coded passwords' : 0 issues\n"
            f"[INFO] SBOM written: target/bom.json (sha1 {g.sha()})")
    return lang, "ci-log", intro(g, lang, ["output sonar:"], ["sonar output:"]) + "\n" + text


@T("P")
def log_p_session_cursor(g):
    lang = g.lang()
    lines = [f"{g.iso_ts()} INFO  export job={g.ulid()} page=1 next_cursor={g.b64(json.dumps({'after': g.ri(1000, 90000)}))}",
             f"{g.iso_ts()} INFO  export job={g.ulid()} page=2 next_cursor={g.b64(json.dumps({'after': g.ri(1000, 90000)}))}",
             f"{g.iso_ts()} INFO  chat session #{g.ri(100, 9999)} closed by operator, duration {g.ri(30, 900)}s",
             f"{g.iso_ts()} WARN  rate limited, retry-after=30 request_id={g.uuid()}"]
    return lang, "log", intro(g, lang, ["log dell'export:"], ["export log:"]) + "\n" + "\n".join(lines)


# ==========================================================================
# TEMPLATES - database clients, spreadsheets, CSV
# ==========================================================================
def psql_table(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    head = " " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(cols))
    sep = "-" + "-+-".join("-" * w[i] for i in range(len(cols))) + "-"
    body = "\n".join(" " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) for r in rows)
    return "%s\n%s\n%s\n(%d row%s)" % (head, sep, body, len(rows), "" if len(rows) == 1 else "s")


def mysql_table(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    line = "+" + "+".join("-" * (w[i] + 2) for i in range(len(cols))) + "+"
    head = "| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(cols)) + " |"
    body = "\n".join("| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) + " |" for r in rows)
    return "%s\n%s\n%s\n%s\n%s\n%d row%s in set (0.%02d sec)" % (line, head, line, body, line, len(rows), "" if len(rows) == 1 else "s", len(rows))


@T("S")
def psql_merchants_apikey(g):
    lang = g.lang()
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([g.ri(1, 9999), g.pick(IT_COMPANIES + EN_COMPANIES)[:22], g.s("access_token", g.api_key()), g.pick(["t", "f"])])
    text = "payments=> SELECT id, name, api_key, active FROM merchants WHERE id IN (...);\n" + psql_table(["id", "name", "api_key", "active"], rows)
    pre = intro(g, lang, ["quale di queste chiavi è ancora valida? dal db:"], ["which of these keys is still valid? from our db:"])
    return lang, "psql", pre + "\n" + text


@T("S")
def mysql_users_plain_pw(g):
    lang = g.lang()
    rows = [[g.ri(1, 500), g.pick(["admin", "cassa1", "contabilita", "m.rossi", "ops"]) + str(g.ri(1, 9)), g.s("password", g.password())] for _ in range(g.ri(1, 3))]
    text = "mysql> select id, username, password from backoffice_users limit 3;\n" + mysql_table(["id", "username", "password"], rows)
    pre = intro(g, lang, ["Lo so, le password sono in chiaro, il gestionale è vecchio. Nessuno di questi utenti riesce ad entrare:"],
                ["Yes, passwords are plaintext, legacy system. None of these users can log in:"])
    return lang, "mysql", pre + "\n" + text


@T("S")
def redis_get_session(g):
    lang = g.lang()
    at = g.s("access_token", g.access_token())
    key = "sess:%s" % g.hexs(24)
    text = (f"127.0.0.1:6379> KEYS sess:*\n1) \"{key}\"\n127.0.0.1:6379> GET {key}\n\"{{\\\"merchant\\\":{g.ri(100, 9999)},\\\"access_token\\\":\\\"{at}\\\",\\\"exp\\\":{g.epoch()}}}\"\n"
            f"127.0.0.1:6379> TTL {key}\n(integer) {g.ri(1, 3600)}")
    pre = intro(g, lang, ["dalla cache vedo questo:"], ["redis shows:"])
    return lang, "redis-cli", pre + "\n" + text


@T("S")
def mongo_find_tokens(g):
    lang = g.lang()
    rt = g.s("refresh_token", g.refresh())
    oid = g.hexs(24)
    text = (f"shop> db.bank_connections.find({{ userId: ObjectId(\"{g.hexs(24)}\") }})\n[\n  {{\n    _id: ObjectId('{oid}'),\n    bank: '{g.pick(['intesa', 'unicredit', 'bper', 'sella', 'fineco'])}',\n"
            f"    consentId: '{g.uuid()}',\n    refreshToken: '{rt}',\n    status: 'EXPIRED',\n    updatedAt: ISODate('{g.iso_ts()}')\n  }}\n]")
    pre = intro(g, lang, ["Il consenso risulta scaduto ma la banca dice di no:"], ["Consent shows expired but the bank says it isn't:"])
    return lang, "mongo", pre + "\n" + text


@T("S")
def psql_iban_beneficiaries(g):
    lang = "it"
    rows = [[g.ri(1, 999), g.person("it")["name"], g.s("iban", g.iban(g.pick(["IT", "IT", "DE", "FR", "ES"]))), g.pick(["KO", "OK", "PENDING"])] for _ in range(g.ri(2, 4))]
    text = "portale=# select id, intestatario, iban, esito from beneficiari where esito <> 'OK';\n" + psql_table(["id", "intestatario", "iban", "esito"], rows)
    return lang, "psql", "Questi bonifici risultano scartati, potete dirci il motivo?\n" + text


@T("S")
def csv_payout_export(g):
    lang = g.lang()
    hdr = "data;beneficiario;iban;importo;causale" if lang == "it" else "date,beneficiary,iban,amount,reference"
    sep = ";" if lang == "it" else ","
    rows = []
    for _ in range(g.ri(3, 7)):
        p = g.person(lang)
        rows.append(sep.join([g.date_it(), p["name"], g.s("iban", g.iban()), g.amount_it() if lang == "it" else g.amount_en().replace(",", ""), g.invoice_no()]))
    pre = intro(g, lang, ["Il file che carichiamo (primi record), la validazione dice 'riga 3 non valida':"], ["The file we upload (first rows); validation says 'row 3 invalid':"])
    return lang, "csv", pre + "\n\n" + hdr + "\n" + "\n".join(rows)


@T("S")
def csv_test_cards_sheet(g):
    lang = g.lang()
    rows = []
    for _ in range(g.ri(3, 5)):
        c = g.card()
        rows.append("%s\t%s\t%02d/%02d\t%s\t%s" % (g.pick(["Visa", "MC", "Amex", "Maestro"]), g.s("card_number", c), g.ri(1, 12), g.ri(27, 32),
                                                  g.s("cvv", g.cvv(c[:2] in ("34", "37"))), g.pick(["OK", "KO 05", "3DS", "timeout"])))
    hdr = "Circuito\tPAN\tScad.\tCVV\tEsito" if lang == "it" else "Brand\tPAN\tExp\tCVV\tResult"
    pre = intro(g, lang, ["Il foglio dei test di oggi (copiato da Excel):"], ["Today's test sheet (pasted from Excel):"])
    return lang, "spreadsheet", pre + "\n" + hdr + "\n" + "\n".join(rows)


@T("S")
def sheet_cells_credentials(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    pin = g.s("pin", g.pin(g.pick([5, 6])))
    if lang == "it":
        text = (f"Foglio 'Accessi' (riga 14):\nA14: Portale esercenti\nB14: https://{g.host('portal')}\nC14: utente: cassa.{g.pick(['centro', 'nord', 'bari'])}\n"
                f"D14: {pw}\nE14: PIN dispositivo {pin}\nF14: aggiornato da {g.pick(IT_FIRST)} il {g.date_it()}")
    else:
        text = (f"Sheet 'Logins' (row 14):\nA14: Merchant portal\nB14: https://{g.host('portal')}\nC14: user: till.{g.pick(['north', 'south', 'leeds'])}\n"
                f"D14: {pw}\nE14: device PIN {pin}\nF14: updated by {g.pick(EN_FIRST)} {g.date_it()}")
    return lang, "spreadsheet", text


@T("S")
def csv_quoted_semicolon_conto(g):
    lang = "it"
    rows = []
    for _ in range(g.ri(2, 4)):
        a = g.it_account()
        rows.append('"%s";"%s";"%s";"%s";"%s"' % (g.person("it")["name"], a["abi"], a["cab"], g.s("bank_account", a["conto"]), g.amount_it()))
    return lang, "csv", ("Vecchio tracciato del gestionale, senza IBAN. Va bene lo stesso per l'import?\n\n\"Nominativo\";\"ABI\";\"CAB\";\"Conto\";\"Importo\"\n" + "\n".join(rows))


@T("S")
def mysql_config_table(g):
    lang = g.lang()
    _, env, val = g.vendor(g.pick(["sendgrid", "mailgun", "twilio", "google", "slack"]))
    rows = [["mail.from", "noreply@shop.example.it"], [env.lower(), g.s("vendor_key", val)], ["payments.env", "production"], ["payments.timeout", str(g.ri(5, 30))]]
    text = "mysql> SELECT name, value FROM core_config_data WHERE path LIKE '%%';\n" + mysql_table(["name", "value"], rows)
    return lang, "mysql", intro(g, lang, ["configurazione Magento:"], ["Magento config:"]) + "\n" + text


# ---- pass: db / sheets ------------------------------------------------------
@T("P")
def psql_p_payments(g):
    lang = g.lang()
    rows = [[g.pay_id(), g.amount_en().replace(",", ""), g.pick(["settled", "failed", "pending"]), g.mask_card(), g.iso_ts()[:19]] for _ in range(g.ri(3, 6))]
    text = "payments=> SELECT id, amount, status, card, created_at FROM payments ORDER BY created_at DESC LIMIT 5;\n" + psql_table(["id", "amount", "status", "card", "created_at"], rows)
    return lang, "psql", intro(g, lang, ["ultimi pagamenti:"], ["latest payments:"]) + "\n" + text


@T("P")
def mysql_p_secret_refs(g):
    lang = g.lang()
    rows = [[g.ri(1, 999), g.client_id(), "vault:secret/data/merchants/%d#client_secret" % g.ri(1, 999), g.iso_ts()[:10]] for _ in range(g.ri(2, 4))]
    text = "mysql> select id, client_id, secret_ref, rotated_on from oauth_clients;\n" + mysql_table(["id", "client_id", "secret_ref", "rotated_on"], rows)
    return lang, "mysql", intro(g, lang, ["in tabella salviamo solo il riferimento al secret:"], ["we store only a reference to the secret:"]) + "\n" + text


@T("P")
def redis_p_info(g):
    lang = g.lang()
    text = (f"127.0.0.1:6379> KEYS idem:*\n1) \"idem:{g.uuid()}\"\n2) \"idem:{g.uuid()}\"\n127.0.0.1:6379> GET idem:{g.uuid()}\n(nil)\n"
            f"127.0.0.1:6379> HGETALL rate:merchant:{g.ri(100, 9999)}\n1) \"count\"\n2) \"{g.ri(1, 500)}\"\n3) \"window_start\"\n4) \"{g.epoch()}\"")
    return lang, "redis-cli", intro(g, lang, ["chiavi di idempotenza in redis:"], ["idempotency keys in redis:"]) + "\n" + text


@T("P")
def mongo_p_orders(g):
    lang = g.lang()
    text = (f"shop> db.orders.findOne({{ number: '{g.order_no()}' }})\n{{\n  _id: ObjectId('{g.hexs(24)}'),\n  total: Decimal128('{g.amount_en().replace(',', '')}'),\n"
            f"  payment: {{ id: '{g.pay_id()}', method: 'card', last4: '{g.rs(4, DIG)}', brand: '{g.pick(['visa', 'mastercard'])}', threeDS: 'frictionless' }},\n"
            f"  customer: {{ email: '{g.person(lang)['email']}', phone: '{g.phone_it()}' }},\n  status: 'PAID'\n}}")
    return lang, "mongo", intro(g, lang, ["l'ordine è pagato ma non evaso:"], ["order paid but not fulfilled:"]) + "\n" + text


@T("P")
def csv_p_reconciliation(g):
    lang = g.lang()
    sep = ";" if lang == "it" else ","
    hdr = sep.join(["data", "cro", "ordine", "iban_mascherato", "importo"] if lang == "it" else ["date", "trn", "order", "iban_masked", "amount"])
    rows = "\n".join(sep.join([g.date_it(), g.cro(), g.order_no(), g.mask_iban(), g.amount_it() if lang == "it" else g.amount_en().replace(",", "")]) for _ in range(g.ri(3, 7)))
    return lang, "csv", intro(g, lang, ["riconciliazione di ieri:"], ["yesterday's reconciliation:"]) + "\n" + hdr + "\n" + rows


@T("P")
def sheet_p_testcases(g):
    lang = g.lang()
    rows = "\n".join("\t".join([f"TC-{g.ri(100, 999)}", g.pick(["PIN errato 3 volte", "OTP scaduto", "token revocato", "IBAN checksum errato", "carta scaduta"] if lang == "it"
                                                            else ["wrong PIN x3", "expired OTP", "revoked token", "bad IBAN checksum", "expired card"]),
                                g.pick(["401 invalid_token", "422 iban_invalid", "403 pin_blocked", "400 otp_expired", "402 card_expired"]), g.pick(["PASS", "FAIL", "BLOCKED"])]) for _ in range(g.ri(4, 7)))
    hdr = "ID\tScenario\tRisposta attesa\tEsito" if lang == "it" else "ID\tScenario\tExpected\tResult"
    return lang, "spreadsheet", hdr + "\n" + rows


@T("P")
def csv_p_bad_ibans(g):
    lang = g.lang()
    rows = "\n".join("%d,%s,%s" % (i + 1, g.bad_iban(), g.pick(["checksum", "length", "country"])) for i in range(g.ri(2, 5)))
    pre = intro(g, lang, ["Righe scartate dal vostro validatore (il motivo è nella terza colonna):"], ["Rows your validator rejected (reason in col 3):"])
    return lang, "csv", pre + "\nrow,iban,reason\n" + rows


@T("P")
def psql_p_tokens_meta(g):
    lang = g.lang()
    rows = [[g.uuid(), g.client_id(), g.pick(["access", "refresh"]), "****" + g.rs(4, ALNUM), g.iso_ts()[:19], g.pick(["t", "f"])] for _ in range(g.ri(2, 4))]
    text = "auth=> SELECT id, client_id, type, token_hint, expires_at, revoked FROM tokens LIMIT 4;\n" + psql_table(["id", "client_id", "type", "token_hint", "expires_at", "revoked"], rows)
    return lang, "psql", intro(g, lang, ["metadati dei token (non salviamo il valore):"], ["token metadata (we don't store values):"]) + "\n" + text


@T("P")
def csv_p_pagopa_flusso(g):
    lang = "it"
    rows = "\n".join(";".join([g.iuv(), g.cf(), g.amount_it(), g.date_it(), g.pick(["PAGATO", "NON PAGATO", "ANNULLATO"])]) for _ in range(g.ri(3, 6)))
    return lang, "csv", "Flusso di rendicontazione (estratto):\nIUV;CF_DEBITORE;IMPORTO;DATA;STATO\n" + rows


# ==========================================================================
# TEMPLATES - OCR scans, letters, statements, voice messages, call summaries,
#             screenshots described, partner banks' files
# ==========================================================================
def ocr_glitch(g, s):
    """Light OCR artefacts for prose (never applied to values)."""
    rep = [("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "í"), ("  ", " ")]
    out = s
    for _ in range(g.ri(1, 4)):
        a, b = g.pick(rep)
        idx = out.find(a, g.ri(0, max(0, len(out) - 1)))
        if idx > 0:
            out = out[:idx] + b + out[idx + len(a):]
    return out


@T("S")
def ocr_bank_letter_iban(g):
    lang = "it"
    p = g.person(lang)
    iban = g.s("iban", g.fmt_iban(g.iban("IT"), allow_multiline=False))
    head = ocr_glitch(g, "Spett.le Ditta\n%s\nVia %s %d\n%05d %s" % (p["company"].upper(), g.pick(["Garibaldi", "Mazzini", "Cavour", "dei Mille"]), g.ri(1, 200), g.ri(10000, 98000), g.pick(["MILANO", "BARI", "TORINO", "PALERMO"])))
    body = ocr_glitch(g, "Oggetto: comunicazione coordinate bancarie\n\nCon la presente comunichiamo che i pagamenti a nostro favore dovranno essere effettuati sul seguente conto:")
    text = (f"[testo estratto da scansione PDF - pag. 1/1]\n{head}\n\n{body}\n\nIBAN: {iban}\nBIC: {g.bic()}\n\n"
            + ocr_glitch(g, "Distinti saluti\nL'Amministrazione") + f"\n\n{g.pick(['(timbro e firma)', '[firma illeggibile]', '~~ firma ~~'])}")
    return lang, "ocr", "Vi inoltro il documento del fornitore (OCR):\n\n" + text


@T("S")
def ocr_statement_conto(g):
    lang = "it"
    a = g.it_account()
    conto = g.s("bank_account", a["conto"])
    text = (f"--- OCR estratto conto ---\n{ocr_glitch(g, 'ESTRATTO CONTO CORRENTE AL')} {g.date_it()}\nIntestatario: {g.person('it')['name'].upper()}\n"
            f"Conto n. {conto}   ABI {a['abi']}   CAB {a['cab']}\n{ocr_glitch(g, 'Saldo iniziale')}   {g.amount_it()}\n"
            f"{g.date_it()}  {ocr_glitch(g, 'ADDEBITO SDD')} {g.pick(IT_COMPANIES).upper()}   -{g.amount_it()}\n{g.date_it()}  BONIFICO A VS FAVORE   +{g.amount_it()}\n"
            f"{ocr_glitch(g, 'Saldo finale')}   {g.amount_it()}")
    return lang, "ocr", "Il cliente ci ha mandato la foto dell'estratto conto per dimostrare il doppio addebito:\n\n" + text


@T("S")
def ocr_bban_cin(g):
    lang = "it"
    a = g.it_account()
    bban = g.s("bank_account", g.pick(["%s %s %s %s" % (a["cin"], a["abi"], a["cab"], a["conto"]), a["bban"], "%s-%s-%s-%s" % (a["cin"], a["abi"], a["cab"], a["conto"])]))
    text = (f"{ocr_glitch(g, 'COORDINATE BANCARIE NAZIONALI (BBAN)')}\nCIN ABI CAB N. CONTO\n{bban}\n"
            f"{ocr_glitch(g, 'Filiale di')} {g.pick(['Cosenza', 'Lecce', 'Brescia', 'Rimini'])}")
    return lang, "ocr", "Dalla scansione del modulo di adesione (vecchio modello, senza IBAN):\n\n" + text


@T("S")
def ocr_de_kontoauszug(g):
    lang = g.lang()
    d = g.de_account()
    kto = g.s("bank_account", d["kto"])
    text = (f"{ocr_glitch(g, 'Kontoauszug Nr.')} {g.ri(1, 12)}/{g.ri(2024, 2025)}\nKontoinhaber: {g.pick(['Parcelpoint GmbH', 'Anna Becker', 'Müller & Söhne KG'])}\n"
            f"BLZ {d['blz']}   Konto-Nr. {kto}\n{ocr_glitch(g, 'Alter Kontostand')} EUR {g.amount_it()}\n{g.date_it()} Lastschrift {g.pick(EN_COMPANIES)} -{g.amount_it()}")
    pre = intro(g, lang, ["Scansione dell'estratto conto tedesco che ci ha mandato il cliente:"], ["Scan of the German statement the customer sent:"])
    return lang, "ocr", pre + "\n\n" + text


@T("S")
def ocr_card_photo(g):
    lang = g.lang()
    c = g.card(g.pick(["visa", "mastercard", "maestro", "amex"]))
    card = g.s("card_number", g.group_card(c, g.pick([" ", "  "])))
    brand = "VISA" if c[0] == "4" else "AMERICAN EXPRESS" if c[:2] in ("34", "37") else "Maestro" if c[:2] in ("50", "63", "67") else "mastercard"
    text = (f"[OCR foto allegata]\n{brand}\n{card}\nVALID\nTHRU {g.ri(1, 12):02d}/{g.ri(26, 31)}\n{g.person(lang)['name'].upper()}"
            if lang == "it" else
            f"[OCR of attached photo]\n{brand} DEBIT\n{card}\nVALID THRU {g.ri(1, 12):02d}/{g.ri(26, 31)}\n{g.person(lang)['name'].upper()}")
    pre = intro(g, lang, ["Il cliente ha mandato la foto della carta (!!), il testo estratto è:"], ["Customer attached a photo of their card (!!), extracted text:"])
    return lang, "ocr", pre + "\n\n" + text


@T("S", noisy=True)
def voice_card_spoken_it(g):
    lang = "it"
    c = g.card(g.pick(["visa", "mastercard"]))
    sp = g.s("card_number", g.spoken(c, "it"))
    text = (f"[Messaggio vocale trascritto automaticamente - 0:{g.ri(20, 59)}]\nsi buongiorno sono {g.pick(IT_FIRST)} chiamo per il pagamento che non è andato "
            f"allora il numero della carta è {sp} la scadenza è {g.pick(['marzo', 'luglio', 'dicembre', 'ottobre'])} {g.pick(['ventisei', 'ventisette', 'ventotto'])} "
            f"mi richiamate per favore grazie")
    return lang, "voice", text


@T("S", noisy=True)
def voice_pin_spoken_en(g):
    lang = "en"
    pin = g.pin(4)
    sp = g.s("pin", g.spoken(pin, "en", group=4))
    text = (f"[Voicemail transcription]\nhi it's {g.pick(EN_FIRST)} from the {g.pick(['bakery', 'florist', 'garage'])} on {g.pick(['High Street', 'Mill Lane'])} "
            f"the card machine is asking for the supervisor pin and I think it's {sp} but it says wrong can someone call me back on {g.phone_en()} thanks")
    return lang, "voice", text


@T("S", noisy=True)
def voice_iban_digits(g):
    lang = "it"
    i = g.iban("IT")
    parts = [i[:2], i[2:4], i[4], i[5:10], i[10:15], i[15:21], i[21:]]
    val = g.s("iban", " ".join(parts))
    text = (f"[Trascrizione vocale WhatsApp]\nallora ti detto l'iban per il rimborso {val} intestato a mia madre {g.person('it')['name']} "
            f"che il conto è suo ok? fammi sapere quando arriva")
    return lang, "voice", text


@T("S", noisy=True)
def voice_otp_spoken_it(g):
    lang = "it"
    code = g.otp()
    sp = g.s("pin", g.spoken(code, "it", group=g.pick([3, 6])))
    text = (f"[Nota vocale trascritta]\nsalve mi è arrivato un messaggio con il codice {sp} per autorizzare un pagamento che non ho fatto io cosa devo fare "
            f"lo blocco? il mio numero è {g.phone_it()}")
    return lang, "voice", text


@T("S")
def call_summary_iban_code(g):
    lang = g.lang()
    p = g.person(lang)
    iban = g.s("iban", g.fmt_iban(g.iban(), allow_multiline=False))
    code = g.s("pin", g.pin(g.pick([5, 6, 8])))
    if lang == "it":
        text = (f"SINTESI CHIAMATA #{g.ri(100000, 999999)} - operatore {g.pick(IT_FIRST)} - durata {g.ri(2, 25)} min\nCliente: {p['name']} (tel. {p['phone']})\n"
                f"Motivo: rimborso non ricevuto, ordine {g.order_no()}.\nIl cliente ha dettato l'IBAN {iban} e ha comunicato spontaneamente il codice di sblocco "
                f"dell'app ({code}) nonostante l'avviso dell'operatore.\nAzione: apertura pratica, inoltro a 2° livello.")
    else:
        text = (f"CALL SUMMARY #{g.ri(100000, 999999)} - agent {g.pick(EN_FIRST)} - {g.ri(2, 25)} min\nCaller: {p['name']} ({p['phone']})\nReason: refund not received, order {g.order_no()}.\n"
                f"Caller read out IBAN {iban} and, despite the warning, also the app unlock code {code}.\nAction: case opened, escalated to L2.")
    return lang, "call-summary", text


@T("S")
def call_summary_card_cvv(g):
    lang = g.lang()
    c = g.card()
    card = g.s("card_number", g.fmt_card(c, allow_multiline=False, allow_fullwidth=False))
    cv = g.s("cvv", g.cvv(c[:2] in ("34", "37")))
    if lang == "it":
        text = (f"Nota operatore ({g.date_it()} {g.hhmm()}): la signora ha letto al telefono tutti i dati della carta: {card}, scad. {g.ri(1, 12):02d}/{g.ri(26, 30)}, "
                f"codice {cv}. Spiegato che non li chiediamo mai. Consigliato blocco carta. Pratica {g.ri(2024, 2025)}/{g.ri(1000, 99999)}.")
    else:
        text = (f"Agent note ({g.date_it()} {g.hhmm()}): caller read out full card details: {card}, exp {g.ri(1, 12):02d}/{g.ri(26, 30)}, "
                f"security code {cv}. Explained we never ask for these. Advised to block the card. Case {g.ri(1000, 99999)}.")
    return lang, "call-summary", text


@T("S")
def screenshot_described_secret(g):
    lang = g.lang()
    sec = g.s("client_secret", g.client_secret())
    if lang == "it":
        text = (f"Vi descrivo lo screenshot perché l'allegato non passa: si vede la pagina 'Credenziali' della console, in alto a destra "
                f"il nome dell'app ({g.client_id()}), sotto il campo 'Client secret' con il valore in chiaro {sec} e il pulsante 'Copia'. "
                f"In basso c'è scritto 'creato il {g.date_it()}'. Il problema è che il pulsante Rigenera è grigio.")
    else:
        text = (f"Describing the screenshot since attachments fail: it shows the console 'Credentials' page, app name top right "
                f"({g.client_id()}), below it the 'Client secret' field showing {sec} in clear with a 'Copy' button, and "
                f"'created {g.date_it()}' at the bottom. The Rotate button is greyed out.")
    return lang, "screenshot", text


@T("S")
def screenshot_alt_text_token(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    pre = "[Immagine: screenshot di Postman, tab Authorization, Type = Bearer Token, campo Token =" if lang == "it" else "[Image: Postman screenshot, Authorization tab, Type = Bearer Token, Token ="
    text = f"{pre} {tok} ]\n" + intro(g, lang, ["come vedete è tutto giusto ma risponde 401"], ["as you can see it's all right but 401"])
    return lang, "screenshot", text


@T("S")
def sepa_xml_pain001(g):
    lang = g.lang()
    dbt = g.s("iban", g.iban(g.pick(["IT", "DE", "FR"])))
    cdt = g.s("iban", g.iban())
    text = (f"<CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>{g.pick(['DIST', 'MSG'])}{g.ri(10 ** 8, 10 ** 9)}</MsgId><CreDtTm>{g.iso_ts()[:19]}</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n"
            f"  <PmtInf>\n    <DbtrAcct><Id><IBAN>{dbt}</IBAN></Id></DbtrAcct>\n    <DbtrAgt><FinInstnId><BICFI>{g.bic()}</BICFI></FinInstnId></DbtrAgt>\n"
            f"    <CdtTrfTxInf>\n      <PmtId><EndToEndId>E2E-{g.rs(12, UP + DIG)}</EndToEndId></PmtId>\n      <Amt><InstdAmt Ccy=\"EUR\">{g.amount_en().replace(',', '')}</InstdAmt></Amt>\n"
            f"      <CdtrAcct><Id><IBAN>{cdt}</IBAN></Id></CdtrAcct>\n    </CdtTrfTxInf>\n  </PmtInf>\n</CstmrCdtTrfInitn>")
    pre = intro(g, lang, ["Back office banca partner: il pain.001 qui sotto viene scartato con FF01.", "flusso scartato:"],
                ["Partner bank back office: the pain.001 below is rejected with FF01.", "rejected file:"])
    return lang, "xml", pre + "\n" + text


@T("S")
def bank_backoffice_mt_like(g):
    lang = "en"
    iban = g.s("iban", g.iban(g.pick(["GB", "IE", "NL", "BE"])))
    text = (f":20:{g.rs(16, UP + DIG)}\n:23B:CRED\n:32A:{g.ri(24, 25)}{g.ri(1, 12):02d}{g.ri(1, 28):02d}EUR{g.amount_en().replace(',', '').replace('.', ',')}\n"
            f":50K:{g.pick(EN_COMPANIES).upper()}\n:59:/{iban}\n{g.person('en')['name'].upper()}\n:70:/INV/{g.invoice_no()}\n:71A:SHA")
    return lang, "swift", "Partner bank ops here. This one bounced, beneficiary says account is right:\n\n" + text


@T("S")
def letter_pec_municipality(g):
    lang = "it"
    iban = g.s("iban", g.fmt_iban(g.iban("IT"), allow_multiline=False))
    text = (f"COMUNE DI {g.pick(['SAN VITO', 'MONTEROSSO', 'CASTELNUOVO', 'ROCCASECCA'])}\nProvincia di {g.pick(['Salerno', 'Cuneo', 'Perugia'])}\nProt. n. {g.ri(1000, 20000)} del {g.date_it()}\n\n"
            f"OGGETTO: Servizio di incasso tramite portale - comunicazione conto di tesoreria\n\nSi comunica che il conto di tesoreria dell'Ente su cui "
            f"dovranno confluire le somme incassate è il seguente:\n{iban}\npresso {g.pick(['Tesoreria Comunale - Banca Intesa', 'BCC Centro Italia', 'Poste Italiane'])}\n\n"
            f"Il Responsabile dell'Area Finanziaria\n(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
    return lang, "letter", text


# ---- pass: OCR / letters / voice / calls / screenshots / bank files -------
@T("P")
def ocr_p_letter_ids(g):
    lang = "it"
    text = (f"[testo estratto da scansione]\n{ocr_glitch(g, 'AGENZIA DELLE ENTRATE - COMUNICAZIONE')}\nProtocollo n. {g.ri(10 ** 9, 10 ** 10)}\nCodice fiscale: {g.cf()}\n"
            f"Partita IVA: {g.piva()}\n{ocr_glitch(g, 'Importo dovuto')}: euro {g.amount_it()}\nCodice tributo {g.pick(['1668', '3918', '8906'])} - anno {g.ri(2021, 2024)}\n"
            f"{ocr_glitch(g, 'Per informazioni chiamare il numero')} 800 {g.ri(100, 999)} {g.ri(100, 999)}")
    return lang, "ocr", "Ci chiedono di pagare con il vostro link, ecco la lettera:\n\n" + text


@T("P")
def ocr_p_statement_masked(g):
    lang = g.lang()
    text = (f"--- OCR ---\n{ocr_glitch(g, 'ESTRATTO CONTO' if lang == 'it' else 'STATEMENT')} {g.date_it()}\n"
            f"{'Conto' if lang == 'it' else 'Account'}: {g.mask_iban()}\n{g.date_it()}  {g.pick(IT_COMPANIES).upper()}  -{g.amount_it()}\n"
            f"{g.date_it()}  {g.pick(IT_COMPANIES).upper()}  -{g.amount_it()}\nRif. operazione {g.nonluhn(16)}\nBIC {g.bic()}")
    pre = intro(g, lang, ["il doppio addebito si vede qui (OCR della foto):"], ["the double debit is visible here (OCR of photo):"])
    return lang, "ocr", pre + "\n" + text


@T("P")
def ocr_p_receipt(g):
    lang = g.lang()
    c = g.card()
    text = (f"[OCR scontrino POS]\n{g.pick(IT_COMPANIES).upper()}\nTERM. ID {g.ri(10 ** 7, 10 ** 8 - 1)}  ESERC. {g.ri(10 ** 8, 10 ** 9)}\n{g.pick(['VISA', 'MASTERCARD', 'PAGOBANCOMAT'])}\n"
            f"PAN {g.mask_card(c)}\nSTAN {g.ri(100000, 999999)}  COD. AUTORIZZ. {g.rs(6, UP + DIG)}\nIMPORTO EUR {g.amount_it()}\nPIN VERIFICATO\n{g.date_it()} {g.hhmm()}")
    pre = intro(g, lang, ["lo scontrino dice approvato ma non vediamo il pagamento:"], ["receipt says approved but we don't see the payment:"])
    return lang, "ocr", pre + "\n" + text


@T("P", noisy=True)
def voice_p_no_secret(g):
    lang = g.lang()
    if lang == "it":
        text = (f"[Messaggio vocale trascritto]\nsi salve sono {g.pick(IT_FIRST)} della {g.pick(IT_COMPANIES)} il codice che mi arriva per sms non me lo fa inserire dice "
                f"scaduto ma io lo metto subito il numero dell'ordine è {g.order_no()} mi richiamate al {g.phone_it()} grazie")
    else:
        text = (f"[Voicemail transcription]\nhi it's {g.pick(EN_FIRST)} the text code never works it says expired but I type it straight away my order number is "
                f"{g.order_no()} call me on {g.phone_en()} thanks")
    return lang, "voice", text


@T("P", noisy=True)
def voice_p_spoken_phone(g):
    lang = "it"
    ph = "3" + g.rs(9, DIG)
    text = (f"[Trascrizione]\nil mio numero è {g.spoken(ph, 'it', group=3)} chiamatemi dopo le cinque per la fattura {g.invoice_no()} che non risulta pagata "
            f"eppure ho pagato {g.amount_it()} euro")
    return lang, "voice", text


@T("P")
def call_p_summary(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        text = (f"SINTESI CHIAMATA #{g.ri(100000, 999999)}\nCliente: {p['name']} - CF {g.cf()}\nMotivo: stato pratica n. {g.ri(2024, 2025)}/{g.ri(10000, 99999)}\n"
                f"Verifica identità: tramite domande di sicurezza (OK). Il cliente NON ha fornito PIN né codici OTP.\nEsito: comunicato tempo di lavorazione 5 gg lavorativi. "
                f"Richiamata prevista il {g.date_it()}.")
    else:
        text = (f"CALL SUMMARY #{g.ri(100000, 999999)}\nCaller: {p['name']} ({p['phone']})\nReason: status of case {g.ri(10000, 99999)}\nID&V: passed via security questions. "
                f"No PIN or one-time code requested or given.\nOutcome: told 5 working days. Callback on {g.date_it()}.")
    return lang, "call-summary", text


@T("P")
def screenshot_p_masked(g):
    lang = g.lang()
    _, _, sk = g.vendor("stripe")
    masked = sk[:8] + "…" + sk[-4:] if g.ch(0.5) else sk[:8] + "*" * 16 + sk[-4:]
    if lang == "it":
        text = (f"Screenshot (descritto): Dashboard > Sviluppatori > Chiavi API. Riga 1: 'Chiave segreta' {masked} (nascosta, pulsante 'Mostra'), "
                f"creata il {g.date_it()}, ultimo utilizzo {g.date_it()}. Riga 2: client id {g.client_id()}. Nessun errore visibile.")
    else:
        text = (f"Screenshot (described): Dashboard > Developers > API keys. Row 1: 'Secret key' {masked} (hidden, 'Reveal' button), created {g.date_it()}, "
                f"last used {g.date_it()}. Row 2: client id {g.client_id()}. No visible error.")
    return lang, "screenshot", text


@T("P")
def screenshot_p_error_dialog(g):
    lang = g.lang()
    text = (f"[Immagine: finestra di errore 'Sessione scaduta. Effettua nuovamente l'accesso.' Codice errore: AUTH-{g.ri(100, 999)}. ID richiesta: {g.uuid()}. Pulsante 'OK']"
            if lang == "it" else
            f"[Image: error dialog 'Your session has expired. Please sign in again.' Error code: AUTH-{g.ri(100, 999)}. Request ID: {g.uuid()}. 'OK' button]")
    return lang, "screenshot", text


@T("P")
def sepa_p_pain002(g):
    lang = g.lang()
    text = (f"<CstmrPmtStsRpt>\n  <GrpHdr><MsgId>STS{g.ri(10 ** 8, 10 ** 9)}</MsgId><CreDtTm>{g.iso_ts()[:19]}</CreDtTm></GrpHdr>\n"
            f"  <OrgnlGrpInfAndSts><OrgnlMsgId>DIST{g.ri(10 ** 8, 10 ** 9)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>RJCT</GrpSts></OrgnlGrpInfAndSts>\n"
            f"  <TxInfAndSts><OrgnlEndToEndId>E2E-{g.rs(12, UP + DIG)}</OrgnlEndToEndId><TxSts>RJCT</TxSts>\n    <StsRsnInf><Rsn><Cd>{g.pick(['AC01', 'AC04', 'FF01', 'AM04'])}</Cd></Rsn></StsRsnInf>\n"
            f"    <OrgnlTxRef><DbtrAgt><FinInstnId><BICFI>{g.bic()}</BICFI></FinInstnId></DbtrAgt></OrgnlTxRef>\n  </TxInfAndSts>\n</CstmrPmtStsRpt>")
    pre = intro(g, lang, ["ci torna questo esito, cosa significa il codice?"], ["we get this status report, what does the reason code mean?"])
    return lang, "xml", pre + "\n" + text


@T("P")
def letter_p_abi_cab_only(g):
    lang = "it"
    a = g.it_account()
    text = (f"COMUNE DI {g.pick(['SAN VITO', 'MONTEROSSO', 'CASTELNUOVO'])}\nProt. n. {g.ri(1000, 20000)} del {g.date_it()}\n\nOGGETTO: cambio tesoriere\n\n"
            f"Si informa che dal {g.date_it()} il servizio di tesoreria è affidato a {g.pick(['BPER Banca', 'Banca Sella', 'Crédit Agricole Italia'])}, "
            f"filiale ABI {a['abi']} CAB {a['cab']}, BIC {g.bic()}. Le nuove coordinate IBAN saranno comunicate con successiva nota.\n\nIl Responsabile del Servizio")
    return lang, "letter", text


@T("P")
def swift_p_ack(g):
    lang = "en"
    text = (f"{{1:F01{g.bic()[:8]}AXXX{g.ri(1000, 9999)}{g.ri(100000, 999999)}}}{{2:O1031200{g.ri(24, 25)}0612{g.bic()[:8]}XXXX}}\n:20:{g.rs(16, UP + DIG)}\n:21:{g.rs(12, UP + DIG)}\n"
            f":79:RETURN OF FUNDS - REASON AC01 INCORRECT ACCOUNT NUMBER\nORIGINAL AMOUNT EUR {g.amount_en().replace(',', '')}\nUETR {g.uuid()}")
    return lang, "swift", "Funds came back, MT199 below, which account did the customer give?\n" + text


# ==========================================================================
# TEMPLATES - more secrets in awkward places
# ==========================================================================
@T("S", noisy=True)
def aw_pw_far_from_keyword(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    if lang == "it":
        text = g.pick([
            f"la password, che ho cambiato ieri sera dopo il vostro avviso di sicurezza e che ho anche salvato sul telefono, adesso è {pw} ma il portale continua a dire credenziali errate",
            f"Vi confermo che per l'utente amministrazione la parola chiave impostata dal vostro tecnico durante l'installazione era: {pw} (me l'ha scritta su un post-it)",
            f"ho provato sia con la vecchia che con quella nuova, cioè {pw}, niente da fare. L'utente è quello della ragioneria.",
        ])
    else:
        text = g.pick([
            f"the password, which I changed last night after your security notice and also saved in my phone, is now {pw} but the portal still says wrong credentials",
            f"For the admin user the passphrase your engineer set up during install was: {pw} (he left it on a sticky note)",
            f"tried both the old one and the new one, i.e. {pw}, no luck. User is the accounts one.",
        ])
    return lang, "email", text


@T("S")
def aw_pw_table_next_line(g):
    lang = g.lang()
    rows = []
    for _ in range(g.ri(1, 3)):
        rows.append("%s\t%s\t%s" % (g.pick(["admin", "cassa", "supervisore", "ops", "report"]) + str(g.ri(1, 9)), g.s("password", g.password()), g.pick(["attivo", "bloccato"] if lang == "it" else ["active", "locked"])))
    hdr = "Credenziali portale\n-------------------\nUtente\tPassword\tStato" if lang == "it" else "Portal credentials\n------------------\nUser\tPassword\tStatus"
    pre = intro(g, lang, ["Questi sono gli utenti che ci avete creato, nessuno funziona:"], ["These are the users you created for us, none works:"])
    return lang, "table", pre + "\n\n" + hdr + "\n" + "\n".join(rows)


@T("S")
def aw_pw_foreign_words(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    word, who = g.pick([("Passwort", "il collega di Monaco"), ("Kennwort", "la filiale di Vienna"), ("mot de passe", "il partner di Lione"),
                        ("contraseña", "il cliente di Valencia"), ("senha", "il fornitore di Lisbona")])
    if lang == "it":
        text = f"Ci scrive {who} che non riesce ad accedere al portale partner, ci ha mandato:\n\nBenutzer/user: partner_{g.ri(100, 999)}\n{word}: {pw}\n\nPotete controllare se l'utenza è attiva?"
    else:
        text = f"Our colleague abroad can't log into the partner portal, they sent us:\n\nuser: partner_{g.ri(100, 999)}\n{word}: {pw}\n\nIs the account active?"
    return lang, "email", text


@T("S")
def aw_jwt_wrapped_email(g):
    lang = g.lang()
    tok = g.jwt(big=True)
    w = 76
    wrapped = "\n".join(tok[i:i + w] for i in range(0, len(tok), w))
    val = g.s("access_token", wrapped)
    pre = intro(g, lang, ["Il token (il client di posta lo va a capo, scusate):"], ["Token below (my mail client wraps it, sorry):"])
    return lang, "email", f"{pre}\n\n{val}\n\n" + intro(g, lang, ["Scade davvero dopo 5 minuti?"], ["Does it really expire after 5 minutes?"])


@T("S")
def aw_iban_in_url(g):
    lang = g.lang()
    iban = g.s("iban", g.iban())
    url = f"https://{g.host('portal')}/beneficiari/nuovo?nome={g.pick(IT_LAST)}&iban={iban}&importo={g.ri(10, 5000)}&utm_source=email"
    pre = intro(g, lang, ["Il link generato dal gestionale apre una pagina bianca:"], ["The link our ERP generates opens a blank page:"])
    return lang, "url", pre + "\n" + url


@T("S")
def aw_card_json_escaped_log(g):
    lang = g.lang()
    c = g.card()
    pan = g.s("card_number", c)
    cv = g.s("cvv", g.cvv(c[:2] in ("34", "37")))
    text = (f"{g.iso_ts()} DEBUG gateway.request body=\"{{\\\"pan\\\":\\\"{pan}\\\",\\\"expiry\\\":\\\"{g.ri(1, 12):02d}{g.ri(26, 31)}\\\",\\\"cvv\\\":\\\"{cv}\\\",\\\"amount\\\":{g.ri(100, 99999)}}}\" trace={g.hexs(32)}")
    pre = intro(g, lang, ["Abbiamo notato questa riga nei log del nostro plugin (livello DEBUG lasciato attivo in prod):"], ["Found this in our plugin logs (DEBUG left on in prod):"])
    return lang, "log", pre + "\n" + text


@T("S")
def aw_card_form_urlencoded(g):
    lang = g.lang()
    c = g.card()
    pan = g.s("card_number", c)
    cv = g.s("cvv", g.cvv(c[:2] in ("34", "37")))
    body = f"card_number={pan}&exp_month={g.ri(1, 12)}&exp_year={g.ri(2026, 2031)}&cvc={cv}&amount={g.ri(100, 9999)}&currency=eur"
    pre = intro(g, lang, ["Il form del vecchio sito manda questo al server (tab Payload):", "form data:"], ["The legacy form posts this (Payload tab):", "form data:"])
    return lang, "form-data", pre + "\n" + body


@T("S")
def aw_url_userinfo(g):
    lang = g.lang()
    pw = g.s("password", g.password(url_safe=True))
    scheme, host, tail = g.pick([("sftp", "files.bancapartner.example", ":22/upload/"), ("ftp", "ftp.tesoreria.example.it", "/in/"),
                                 ("https", "reports.bancapartner.example", "/export/daily.csv"), ("amqp", "mq.internal", ":5672/payments"),
                                 ("mongodb+srv", "cluster0.ab1cd.mongodb.net", "/payments?retryWrites=true"), ("smtp", "smtp.example.it", ":587")])
    user = g.pick(["flussi", "upload", "tesoreria", "batch", "svc-payments"])
    url = f"{scheme}://{user}:{pw}@{host}{tail}"
    pre = intro(g, lang, ["la stringa configurata nel job notturno:", "Endpoint configurato:"], ["what the nightly job is configured with:", "configured endpoint:"])
    return lang, "config", pre + "\n" + url


@T("S")
def aw_otp_fullwidth(g):
    lang = g.lang()
    code = g.otp()
    fw = "".join(chr(0xFF10 + int(d)) for d in code)
    val = g.s("pin", fw)
    pre = intro(g, lang, ["Ho copiato il codice dal telefono ma il campo non lo accetta:", "il codice che incollo è"],
                ["I copied the code from my phone but the field rejects it:", "the code I paste is"])
    post = intro(g, lang, ["forse perché è in un font strano?"], ["maybe because it's a weird font?"])
    return lang, "email", f"{pre} {val}\n{post}"


@T("S")
def aw_refresh_cookie(g):
    lang = g.lang()
    rt = g.s("refresh_token", g.refresh())
    text = (f"HTTP/2 200\ncontent-type: application/json\nx-request-id: {g.uuid()}\nset-cookie: refresh_token={rt}; Path=/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=2592000\n"
            f"set-cookie: lang={g.pick(['it', 'en'])}; Path=/\n\n{{\"expires_in\":900}}")
    pre = intro(g, lang, ["Risposta del login (headers):"], ["Login response headers:"])
    return lang, "http", pre + "\n" + text


@T("S")
def aw_soap_password(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    text = (f"<soapenv:Header>\n  <wsse:Security soapenv:mustUnderstand=\"1\">\n    <wsse:UsernameToken wsu:Id=\"UsernameToken-{g.hexs(32).upper()}\">\n"
            f"      <wsse:Username>{g.pick(['WS_TESORERIA', 'ENTE0042', 'cbi_user'])}</wsse:Username>\n      <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">{pw}</wsse:Password>\n"
            f"    </wsse:UsernameToken>\n  </wsse:Security>\n</soapenv:Header>")
    pre = intro(g, lang, ["Il vecchio web service SOAP della tesoreria risponde 'FailedAuthentication':"], ["The old SOAP treasury service answers 'FailedAuthentication':"])
    return lang, "xml", pre + "\n" + text


@T("S")
def aw_netrc_pgpass(g):
    lang = g.lang()
    pw = g.s("password", g.password(url_safe=True).replace(":", "_"))
    which = g.pick(["netrc", "pgpass", "my.cnf"])
    if which == "netrc":
        body = f"$ cat ~/.netrc\nmachine sftp.{g.provider()[1]}.example login {g.pick(['acme', 'comune', 'shop'])}_{g.ri(10, 99)} password {pw}"
    elif which == "pgpass":
        body = f"$ cat ~/.pgpass\n{g.pick(['db-prod', 'localhost'])}:5432:payments:report_ro:{pw}"
    else:
        body = f"$ cat ~/.my.cnf\n[client]\nuser=report\npassword={pw}\nhost=127.0.0.1"
    pre = intro(g, lang, ["il cron usa questo file per autenticarsi:"], ["the cron job authenticates with this file:"])
    return lang, "shell", pre + "\n" + body


@T("S")
def aw_wpconfig(g):
    lang = g.lang()
    pw = g.s("password", g.password())
    text = (f"/** MySQL database password */\ndefine( 'DB_PASSWORD', '{pw}' );\n\n/** MySQL hostname */\ndefine( 'DB_HOST', 'localhost' );\n\n"
            f"define( 'WP_DEBUG', true );\ndefine( '{g.provider()[1].upper()}_MODE', 'live' );")
    pre = intro(g, lang, ["Sito WordPress del cliente, wp-config.php (parte):"], ["Client's WordPress, wp-config.php (part):"])
    return lang, "php", pre + "\n" + text


@T("S")
def aw_access_token_many_words_after(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    if lang == "it":
        text = (f"ecco, se può servire, quello che il portale mi ha generato stamattina alle {g.hhmm()} come token di accesso per l'ambiente di collaudo "
                f"(l'ho copiato dalla pagina Sviluppatori):\n{tok}\ne con questo la GET /accounts mi dà 403 consent_invalid")
    else:
        text = (f"in case it helps, here is what the portal generated this morning at {g.hhmm()} as the access token for the test environment "
                f"(copied from the Developers page):\n{tok}\nwith it GET /accounts returns 403 consent_invalid")
    return lang, "email", text


@T("S")
def aw_websocket_token(g):
    lang = g.lang()
    tok = g.s("access_token", g.access_token())
    text = (f"WebSocket connection to 'wss://{g.host('stream')}/v1/events?token={tok}' failed: Error during WebSocket handshake: Unexpected response code: 403\n"
            f"    at connect (events.ts:{g.ri(10, 99)}:{g.ri(1, 40)})")
    pre = intro(g, lang, ["In console:"], ["Console says:"])
    return lang, "console", pre + "\n" + text


@T("S")
def aw_telegram_slack_url(g):
    lang = g.lang()
    if g.ch(0.5):
        _, _, bt = g.vendor("telegram")
        url = g.s("vendor_key", bt)
        line = f"https://api.telegram.org/bot{url}/sendMessage?chat_id=-100{g.ri(10 ** 9, 10 ** 10 - 1)}&text=Nuovo%20pagamento"
    else:
        url = g.s("vendor_key", "https://hooks.slack.com/services/T%s/B%s/%s" % (g.rs(8, UP + DIG), g.rs(10, UP + DIG), g.rs(24, ALNUM)))
        line = f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"payment failed\"}}' {url}"
    pre = intro(g, lang, ["Le notifiche dei pagamenti falliti non arrivano più, la chiamata è:"], ["Failed-payment alerts stopped arriving, the call is:"])
    return lang, "shell", pre + "\n" + line


@T("S")
def aw_sms_subject_line(g):
    lang = g.lang()
    code = g.s("pin", g.otp())
    if lang == "it":
        text = f"Oggetto: I: {code} è il tuo codice di sicurezza\n\nmi è arrivata questa mail ma non ho chiesto nessun codice, è phishing?"
    else:
        text = f"Subject: Fwd: {code} is your security code\n\ngot this but I never requested a code, phishing?"
    return lang, "email", text


@T("S", weight=1.6)
def aw_pkcs8_env_escaped(g):
    lang = g.lang()
    key = g.s("private_key", g.pem("PRIVATE KEY", escaped=True))
    text = f"JWT_ALG=RS256\nJWT_KID={g.rs(16, B64URL)}\nJWT_PRIVATE_KEY=\"{key}\"\nJWT_ISSUER=https://{g.host('auth')}"
    pre = intro(g, lang, ["Per firmare le client assertion usiamo queste variabili:"], ["We sign client assertions with these vars:"])
    return lang, "env", pre + "\n" + text


@T("S")
def aw_pin_eight_digit(g):
    lang = g.lang()
    pin = g.s("pin", g.pin(8))
    if lang == "it":
        text = f"Buongiorno, il codice dispositivo a 8 cifre che mi avete mandato per posta ({pin}) non viene accettato dall'app, dice 'codice non valido'. Ho l'app {g.version()}."
    else:
        text = f"Hello, the 8-digit device code you posted to me ({pin}) is not accepted by the app, it says 'invalid code'. App {g.version()}."
    return lang, "email", text


@T("S")
def aw_fr_rib_fields(g):
    lang = g.lang()
    f = g.fr_account()
    co = g.s("bank_account", f["compte"])
    text = (f"Code banque : {f['banque']}\nCode guichet : {f['guichet']}\nN° de compte : {co}\nClé RIB : {f['cle']}\nDomiciliation : {g.pick(['CIC NANTES', 'SG MARSEILLE', 'BNP LILLE'])}")
    pre = intro(g, lang, ["Dati del beneficiario francese (copiati dal suo RIB):"], ["French beneficiary details (copied from the RIB):"])
    return lang, "email", pre + "\n\n" + text


@T("S")
def aw_es_ccc_fields(g):
    lang = g.lang()
    e = g.es_account()
    val = g.s("bank_account", "%s %s %s %s" % (e["entidad"], e["oficina"], e["dc"], e["cuenta"]))
    text = f"Titular: {g.pick(['María López', 'Javier Ruiz', 'Lucía Gómez'])}\nCCC (Entidad Oficina DC Cuenta): {val}\nBanco: {g.pick(['CaixaBank', 'Sabadell', 'BBVA'])}"
    pre = intro(g, lang, ["La cliente spagnola ha compilato il modulo così:"], ["The Spanish customer filled the form like this:"])
    return lang, "form", pre + "\n" + text


@T("S")
def aw_vendor_in_python(g):
    lang = g.lang()
    name, env, val = g.vendor(g.pick(["openai", "sendgrid", "twilio", "google", "shopify"]))
    val = g.s("vendor_key", val)
    lib = {"OpenAI": "from openai import OpenAI\nclient = OpenAI(api_key=\"%s\")", "SendGrid": "sg = SendGridAPIClient(\"%s\")",
           "Twilio": "client = Client(ACCOUNT_SID, \"%s\")", "Google": "gmaps = googlemaps.Client(key='%s')", "Shopify": "session = shopify.Session(SHOP_URL, '2024-04', '%s')"}[name]
    pre = intro(g, lang, ["Per le ricevute usiamo anche %s, il nostro codice:" % name], ["We also use %s for receipts, our code:" % name])
    return lang, "python", pre + "\n" + (lib % val)


@T("S")
def aw_uk_csv(g):
    lang = "en"
    rows = []
    for _ in range(g.ri(2, 4)):
        u = g.uk_account()
        rows.append("%s,%s,%s,%s" % (g.person("en")["name"], u["sort"], g.s("bank_account", u["acct"]), g.amount_en().replace(",", "")))
    return lang, "csv", "Refund batch for the UK shop - payee,sort_code,account_number,amount\n" + "\n".join(rows)


@T("S")
def aw_gh_pat_remote(g):
    lang = g.lang()
    _, _, v = g.vendor("github_pat")
    v = g.s("vendor_key", v)
    text = f"$ git remote -v\norigin\thttps://{v}@github.com/{g.pick(['bottega-dev', 'kiwi-lending'])}/payments-plugin.git (fetch)\norigin\thttps://{v}@github.com/{g.pick(['bottega-dev', 'kiwi-lending'])}/payments-plugin.git (push)"
    pre = intro(g, lang, ["Non riesco a pushare la fix, ecco il remote:"], ["Can't push the fix, here's the remote:"])
    return lang, "shell", pre + "\n" + text


# ==========================================================================
# TEMPLATES - more hard look-alikes that must pass
# ==========================================================================
@T("P")
def p_otp_cvv_prose_numbers(g):
    lang = g.lang()
    if lang == "it":
        text = g.pick([
            f"Il codice OTP ha 6 cifre e scade dopo 300 secondi; dopo 3 tentativi errati l'API risponde 403 con codice {g.ri(4000, 4099)} 'otp_attempts_exceeded'. È configurabile?",
            f"Il campo CVV accetta 3 cifre, ma per Amex servono 4 (CID). Con la carta di test che finisce in {g.rs(4, DIG)} riceviamo 'CVV2 mismatch - N7'.",
            f"Per il PIN offline il terminale {g.ri(10 ** 7, 10 ** 8 - 1)} permette 3 tentativi, poi risposta 75 'PIN tries exceeded'. Ci confermate?",
        ])
    else:
        text = g.pick([
            f"OTP codes are 6 digits and expire after 300 seconds; after 3 wrong attempts the API answers 403 code {g.ri(4000, 4099)} 'otp_attempts_exceeded'. Configurable?",
            f"The CVV field takes 3 digits, Amex needs 4 (CID). With the test card ending {g.rs(4, DIG)} we get 'CVV2 mismatch - N7'.",
            f"Offline PIN on terminal {g.ri(10 ** 7, 10 ** 8 - 1)} allows 3 tries then response code 75 'PIN tries exceeded'. Correct?",
        ])
    return lang, "email", text


@T("P")
def p_token_response_redacted(g):
    lang = g.lang()
    body = {"access_token": g.pick(["<redacted>", "***", "[REDACTED]", "eyJ...(tolto)", "••••••••"]), "token_type": "Bearer", "expires_in": g.pick([300, 3600]),
            "refresh_token": g.pick([None, "<redacted>", "***"]), "scope": "payments accounts", "id": g.uuid()}
    pre = intro(g, lang, ["La risposta del token endpoint (ho oscurato i token):"], ["Token endpoint response (tokens blanked):"])
    return lang, "json", pre + "\n" + json.dumps(body, indent=2)


@T("P")
def p_webhook_event_payload(g):
    lang = g.lang()
    c = g.card()
    ev = {"id": "evt_" + g.rs(24), "type": "payment.succeeded", "created": g.epoch(), "data": {"object": {
        "id": g.pay_id(), "amount": g.ri(100, 99999), "currency": "eur", "card": {"brand": g.pick(["visa", "mastercard"]), "last4": c[-4:], "bin": c[:6],
                                                                                   "fingerprint": g.rs(16, ALNUM), "exp_month": g.ri(1, 12), "exp_year": g.ri(2026, 2031)},
        "metadata": {"order": g.order_no()}}}, "request": {"id": "req_" + g.rs(14), "idempotency_key": g.uuid()}}
    pre = intro(g, lang, ["Evento webhook ricevuto due volte:"], ["Webhook event received twice:"])
    return lang, "json", pre + "\n" + json.dumps(ev, indent=2)


@T("P")
def p_consent_response(g):
    lang = g.lang()
    cid = g.uuid()
    body = {"consentStatus": "received", "consentId": cid, "_links": {"scaRedirect": {"href": "https://%s/psd2/sca/%s" % (g.host("openbanking"), g.uuid())},
                                                                         "self": {"href": "/v1/consents/%s" % cid}, "status": {"href": "/v1/consents/%s/status" % cid}},
            "psuMessage": "Please authorise the consent in your banking app"}
    pre = intro(g, lang, ["Consent creato ma lo stato resta 'received':"], ["Consent created but status stays 'received':"])
    return lang, "json", pre + "\n" + json.dumps(body, indent=2)


@T("P")
def p_http_response_headers(g):
    lang = g.lang()
    text = (f"HTTP/1.1 401 Unauthorized\nDate: {g.pick(['Mon', 'Wed', 'Fri'])}, {g.ri(1, 28)} Jun 2025 {g.hhmm()}:{g.ri(10, 59)} GMT\n"
            f"WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"\nX-Request-Id: {g.uuid()}\n"
            f"X-Amzn-Trace-Id: Root=1-{g.hexs(8)}-{g.hexs(24)}\nCF-RAY: {g.hexs(16)}-MXP\nStrict-Transport-Security: max-age=31536000\nContent-Length: 0")
    pre = intro(g, lang, ["header di risposta:"], ["response headers:"])
    return lang, "http", pre + "\n" + text


@T("P")
def p_git_log(g):
    lang = g.lang()
    msgs = ["fix: stop logging refresh tokens", "chore: rotate test fixtures (no real keys)", "feat: mask PAN and IBAN in support exports",
            "fix: PIN pad focus on iOS", "refactor: read client secret from vault", "test: add Luhn failing cases"]
    entries = []
    for _ in range(g.ri(2, 4)):
        p = g.person("en")
        entries.append(f"commit {g.sha()}\nAuthor: {p['name']} <{p['email']}>\nDate:   {g.pick(['Mon', 'Tue', 'Thu'])} Jun {g.ri(1, 28)} {g.hhmm()}:{g.ri(10, 59)} 2025 +0200\n\n    {g.pick(msgs)}\n")
    pre = intro(g, lang, ["Dal nostro repo, la regressione è tra questi commit:"], ["From our repo, the regression is between these:"])
    return lang, "git", pre + "\n" + "\n".join(entries)


@T("P")
def p_checksums(g):
    lang = g.lang()
    v = g.version()
    text = (f"$ sha256sum {g.provider()[1]}-sdk-{v}.tar.gz\n{g.hexs(64)}  {g.provider()[1]}-sdk-{v}.tar.gz\n$ cat SHA256SUMS | grep {v}\n{g.hexs(64)}  {g.provider()[1]}-sdk-{v}.tar.gz")
    pre = intro(g, lang, ["Il checksum del pacchetto non corrisponde a quello pubblicato:"], ["Package checksum doesn't match the published one:"])
    return lang, "shell", pre + "\n" + text


@T("P")
def p_package_lock_integrity(g):
    lang = g.lang()
    deps = {}
    for n in g.r.sample(["axios", "jose", "node-fetch", "qs", "uuid", "@pagora/sdk", "dotenv"], 3):
        v = g.version()
        deps["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                     "integrity": "sha512-" + base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(64))).decode()}
    pre = intro(g, lang, ["npm ci fallisce con EINTEGRITY, estratto del package-lock:"], ["npm ci fails with EINTEGRITY, package-lock excerpt:"])
    return lang, "json", pre + "\n" + json.dumps({"packages": deps}, indent=2)


@T("P")
def p_jwt_described(g):
    lang = g.lang()
    if lang == "it":
        text = (f"Il JWT che riceviamo è firmato RS256 con kid {g.rs(22, B64URL)}, iss https://{g.host('auth')}, aud 'payments', exp a 3600 secondi. "
                f"Non lo incollo per sicurezza. La libreria dice 'signature verification failed' con la chiave presa dal JWKS. jti dell'ultimo: {g.uuid()}")
    else:
        text = (f"The JWT we get is RS256, kid {g.rs(22, B64URL)}, iss https://{g.host('auth')}, aud 'payments', exp 3600 s. Not pasting it for safety. "
                f"Our lib says 'signature verification failed' with the JWKS key. jti of the last one: {g.uuid()}")
    return lang, "email", text


@T("P")
def p_secret_manager_refs_env(g):
    lang = g.lang()
    text = (f"DB_PASSWORD=op://Payments/postgres-prod/password\nCLIENT_SECRET=sm://projects/{g.pick(['shop-prod', 'pay-core'])}-{g.ri(1000, 9999)}/secrets/oauth-client/versions/latest\n"
            f"API_KEY=arn:aws:secretsmanager:eu-south-1:{g.ri(10 ** 11, 10 ** 12 - 1)}:secret:prod/api-key-{g.rs(6)}\nREDIS_PASSWORD_FILE=/run/secrets/redis\n"
            f"WEBHOOK_SECRET=${{WEBHOOK_SECRET:-}}\nKV_URI=https://kv-{g.pick(['shop', 'pay'])}.vault.azure.net/secrets/client-secret")
    pre = intro(g, lang, ["Il nostro .env usa solo riferimenti, il loader li risolve all'avvio:"], ["Our .env only has references, resolved at boot:"])
    return lang, "env", pre + "\n" + text


@T("P")
def p_tracking_numbers(g):
    lang = g.lang()
    text = (f"{'Spedizioni collegate agli ordini pagati' if lang == 'it' else 'Shipments linked to paid orders'}:\n"
            f"- {g.order_no()} -> UPS 1Z{g.rs(6, UP + DIG)}{g.rs(10, DIG)}\n- {g.order_no()} -> Poste RR{g.rs(9, DIG)}IT\n- {g.order_no()} -> DHL {g.rs(10, DIG)}\n"
            f"- {g.order_no()} -> BRT {g.nonluhn(15, '0')}")
    return lang, "email", text


@T("P")
def p_bin_lookup(g):
    lang = g.lang()
    c = g.card()
    text = (f"BIN {c[:6]} -> {g.pick(['VISA CLASSIC', 'MASTERCARD DEBIT', 'MAESTRO'])}, issuer {g.pick(['INTESA SANPAOLO', 'NEXI', 'HYPE', 'REVOLUT'])}, country {g.pick(['IT', 'LT', 'IE'])}\n"
            f"BIN {g.card()[:8]} -> prepaid\n" + intro(g, lang, ["Perché le prepagate con questi BIN vengono rifiutate con 'card_not_supported'?"],
                                                      ["Why are prepaid cards with these BINs declined with 'card_not_supported'?"]))
    return lang, "email", text


@T("P")
def p_luhn_fail_list(g):
    lang = g.lang()
    rows = "\n".join("%d) %s" % (i + 1, g.fmt_card(g.bad_card(), allow_multiline=False, allow_fullwidth=False)) for i in range(g.ri(2, 4)))
    pre = intro(g, lang, ["Questi numeri della vostra pagina 'carte di test' vengono rifiutati come non validi dal vostro stesso form:"],
                ["These numbers from your 'test cards' page are rejected as invalid by your own form:"])
    return lang, "email", pre + "\n" + rows


@T("P")
def p_acquirer_refs(g):
    lang = g.lang()
    text = (f"ARN: {g.nonluhn(23, '7')}\nRRN: {g.nonluhn(12)}\nSTAN: {g.rs(6, DIG)}\nApproval code: {g.rs(6, UP + DIG)}\nTerminal ID: {g.rs(8, DIG)}\nMID: {g.nonluhn(15)}\n"
            f"Amount: EUR {g.amount_en()}\nCard: {g.mask_card()}")
    pre = intro(g, lang, ["Il cliente ha aperto un chargeback, dati della transazione originale:"], ["Customer opened a chargeback, original transaction:"])
    return lang, "email", pre + "\n" + text


@T("P")
def p_sdd_creditor_id(g):
    lang = g.lang()
    nat = g.rs(11, DIG)
    s = nat + "IT00"
    n = int("".join(str(int(c, 36)) for c in s))
    ci = "IT%02dZZZ%s" % (98 - n % 97, nat)
    text = (f"Creditor Identifier: {ci}\nMandate reference (UMR): {g.pick(['MAND', 'RID'])}-{g.ri(2024, 2025)}-{g.rs(8, UP + DIG)}\nSequence: {g.pick(['FRST', 'RCUR'])}\n"
            f"Collection date: {g.date_it()}\nAmount: {g.amount_it()} EUR\nReturn reason: {g.pick(['MD01', 'AM04', 'MS02'])}")
    pre = intro(g, lang, ["Gli addebiti SDD tornano indietro, dati del mandato:"], ["SDD collections are returned, mandate data:"])
    return lang, "email", pre + "\n" + text


@T("P")
def p_secrets_module_code(g):
    lang = g.lang()
    pre_ = g.pick(["pk_", "sub_", "mk_", "key_"])
    n = g.pick([24, 32, 48])
    text = (f"import secrets, hashlib\n\ndef new_api_key() -> tuple[str, str]:\n    key = '{pre_}' + secrets.token_urlsafe({n})\n"
            f"    return key, hashlib.{g.pick(['sha256', 'blake2b', 'sha512'])}(key.encode()).hexdigest()\n\n# {g.pick(['we store only the hash and show the key once', 'salviamo solo l hash, la chiave si vede una volta sola'])}\n")
    pre = intro(g, lang, ["È corretto generare le chiavi dei nostri sub-merchant così?", "generazione chiavi lato nostro:"],
                ["Is this a sane way to generate our sub-merchants' keys?", "our key generation:"])
    return lang, "python", pre + "\n" + text


@T("P")
def p_redaction_regex_code(g):
    lang = g.lang()
    a, b = g.pick([(13, 19), (12, 19), (14, 16)])
    tag = g.pick(["[PAN]", "***", "<carta>", "[CARD]"])
    text = (f"PAN_RE = re.compile(r'\\b(?:\\d[ -]?){{{a},{b}}}\\b')\nIBAN_RE = re.compile(r'\\b[A-Z]{{2}}\\d{{2}}[A-Z0-9]{{11,30}}\\b')\n"
            f"def redact(s: str) -> str:\n    s = PAN_RE.sub('{tag}', s)\n    return IBAN_RE.sub('[IBAN]', s)\n\nassert redact('card 4111 ...') == 'card {tag} ...'")
    pre = intro(g, lang, ["Per non mandarvi dati sensibili nei ticket abbiamo fatto questo filtro, vi sembra sufficiente?", "filtro di mascheramento:"],
                ["To avoid sending you sensitive data we built this filter, good enough?", "our masking filter:"])
    return lang, "python", pre + "\n" + text


@T("P")
def p_stripe_test_tokens(g):
    lang = g.lang()
    text = (f"stripe.paymentIntents.create({{ amount: {g.ri(100, 9999)}, currency: 'eur', payment_method: '{g.pick(['pm_card_visa', 'pm_card_mastercard', 'pm_card_visa_chargeDeclined'])}', confirm: true }})\n"
            f"// source: '{g.pick(['tok_visa', 'tok_mastercard', 'tok_chargeDeclined'])}'\n// -> {{ id: 'pi_3{g.rs(23)}', status: 'requires_action' }}")
    pre = intro(g, lang, ["Nei test automatici usiamo i payment method di test, ma ci torna requires_action:"], ["Automated tests use the test payment methods, but we get requires_action:"])
    return lang, "js", pre + "\n" + text


@T("P")
def p_kubectl_get_secrets(g):
    lang = g.lang()
    rows = "\n".join("%-32s %-36s %-4d %s" % (n, t, g.ri(1, 6), "%dd" % g.ri(1, 400)) for n, t in
                     [("pg-app", "Opaque"), ("%s-credentials" % g.provider()[1], "Opaque"), ("tls-api", "kubernetes.io/tls"), ("regcred", "kubernetes.io/dockerconfigjson")])
    text = f"$ kubectl get secrets -n payments\nNAME                             TYPE                                 DATA AGE\n{rows}"
    pre = intro(g, lang, ["I secret ci sono tutti:"], ["All secrets are there:"])
    return lang, "kubectl", pre + "\n" + text


@T("P")
def p_aws_sts_identity(g):
    lang = g.lang()
    acct = g.ri(10 ** 11, 10 ** 12 - 1)
    text = json.dumps({"UserId": "AROA" + g.rs(17, B32) + ":botocore-session-" + str(g.epoch()), "Account": str(acct),
                       "Arn": "arn:aws:sts::%d:assumed-role/payments-deployer/botocore-session-%d" % (acct, g.epoch())}, indent=4)
    pre = intro(g, lang, ["$ aws sts get-caller-identity"], ["$ aws sts get-caller-identity"])
    return lang, "shell", pre + "\n" + text + "\n" + intro(g, lang, ["il ruolo è giusto ma S3 dà AccessDenied"], ["role is right but S3 says AccessDenied"])


@T("P")
def p_openid_config(g):
    lang = g.lang()
    h = g.host("auth")
    conf = {"issuer": "https://" + h, "token_endpoint": "https://%s/oauth2/token" % h, "jwks_uri": "https://%s/.well-known/jwks.json" % h,
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt", "tls_client_auth"], "grant_types_supported": ["client_credentials", "refresh_token", "authorization_code"],
            "code_challenge_methods_supported": ["S256"]}
    pre = intro(g, lang, ["Dal discovery document non è supportato client_secret_post?"], ["The discovery doc doesn't list client_secret_post?"])
    return lang, "json", pre + "\n" + json.dumps(conf, indent=2)


@T("P")
def p_error_code_catalogue(g):
    lang = g.lang()
    rows = [("invalid_client", 401), ("invalid_grant", 400), ("unauthorized_client", 400), ("PIN_TRY_LIMIT_EXCEEDED", 403), ("OTP_EXPIRED", 400),
            ("CVV_MISMATCH", 402), ("IBAN_INVALID_CHECKSUM", 422), ("TOKEN_REVOKED", 401), ("PASSWORD_EXPIRED", 403)]
    pick = g.r.sample(rows, g.ri(4, 7))
    body = "\n".join("| %-24s | %d |" % r for r in pick)
    pre = intro(g, lang, ["Ci servirebbe la descrizione in italiano di questi codici per il nostro call center:"], ["Could you give us descriptions for these codes for our call centre:"])
    return lang, "table", pre + "\n| code                     | http |\n" + body


@T("P")
def p_sql_params(g):
    lang = g.lang()
    text = ("-- slow query log\n# Query_time: %d.%06d  Lock_time: 0.000%03d Rows_sent: 1  Rows_examined: %d\n"
            "SELECT id, email FROM merchant_users WHERE email = ? AND password_hash = ? LIMIT 1;\n"
            "UPDATE merchant_users SET pin_attempts = pin_attempts + 1 WHERE id = ?;" % (g.ri(1, 9), g.ri(0, 999999), g.ri(0, 999), g.ri(10 ** 4, 10 ** 7)))
    pre = intro(g, lang, ["la login è lentissima, slow log:"], ["login is very slow, slow log:"])
    return lang, "mysql", pre + "\n" + text


@T("P")
def p_devtools_cookies_table(g):
    lang = g.lang()
    rows = [("_ga", "GA1.1.%d.%d" % (g.ri(10 ** 8, 10 ** 9), g.epoch())), ("_gid", "GA1.1.%d.%d" % (g.ri(10 ** 8, 10 ** 9), g.epoch())),
            ("cookieconsent_status", "allow"), ("locale", g.pick(["it-IT", "en-GB"])), ("ab_variant", g.pick(["B", "control"])), ("session", "(HttpOnly - valore non visibile)" if lang == "it" else "(HttpOnly - value hidden)")]
    body = "\n".join("%-22s %s" % r for r in rows)
    pre = intro(g, lang, ["Application > Cookies su %s:" % g.host("portal")], ["Application > Cookies for %s:" % g.host("portal")])
    return lang, "console", pre + "\nName                   Value\n" + body


@T("P")
def p_connection_url_no_pw(g):
    lang = g.lang()
    text = g.pick([f"DATABASE_URL=postgres://payments@{g.pick(['db.internal', '10.0.3.21'])}:5432/payments?sslmode=verify-full&sslrootcert=/etc/ssl/rds.pem",
                   f"DATABASE_URL=postgres://payments:${{DB_PASSWORD}}@db.internal:5432/payments",
                   f"REDIS_URL=rediss://default@cache.internal:6380/0",
                   f"spring.datasource.url=jdbc:mysql://db:3306/shop?user=shop&password=&useSSL=true"])
    pre = intro(g, lang, ["La connessione fallisce con 'password authentication failed', la URL è:"], ["Connection fails with 'password authentication failed', the URL is:"])
    return lang, "config", pre + "\n" + text


@T("P")
def p_procurement_codes(g):
    lang = "it"
    text = (f"Determina n. {g.ri(10, 999)} del {g.date_it()}\nCIG: {g.pick(['Z', 'B', 'A'])}{g.rs(9, UP + DIG)}\nCUP: {g.rs(1, UP)}{g.rs(2, DIG)}{g.rs(1, UP)}{g.rs(11, DIG)}\n"
            f"Impegno di spesa n. {g.ri(100, 9999)}/{g.ri(2024, 2025)}\nCodice univoco ufficio (fatturazione elettronica): {g.rs(6, UP + DIG)}\n\n"
            f"Ci serve sapere se la vostra fattura può riportare CIG e CUP nel campo causale del pagamento.")
    return lang, "email", text


@T("P")
def p_out_of_office(g):
    lang = g.lang()
    p = g.person(lang)
    if lang == "it":
        text = (f"Risposta automatica: Sono fuori ufficio fino al {g.date_it()} con accesso limitato alla posta. Per urgenze sui pagamenti contattare "
                f"{g.pick(IT_FIRST)} al {g.phone_it()} oppure il centralino {g.phone_it()}.\n{p['name']}")
    else:
        text = f"Automatic reply: I'm out of office until {g.date_it()}. For urgent payment issues call {g.pick(EN_FIRST)} on {g.phone_en()}.\n{p['name']}"
    return lang, "email", text


@T("P")
def p_jira_comment_rotated(g):
    lang = g.lang()
    if lang == "it":
        text = (f"Aggiornamento: ho revocato la chiave compromessa (id {g.ulid()}, ultime 4 cifre {g.rs(4, ALNUM)}) alle {g.hhmm()}. La nuova è nel vault, voce "
                f"'{g.provider()[0]} prod API key', accessibile solo al gruppo payments-oncall. Nessun utilizzo anomalo nei log dalle {g.hhmm()}.")
    else:
        text = (f"Update: revoked the leaked key (id {g.ulid()}, last4 {g.rs(4, ALNUM)}) at {g.hhmm()}. The new one is in the vault item "
                f"'{g.provider()[0]} prod API key', payments-oncall only. No unusual usage in logs since {g.hhmm()}.")
    return lang, "jira", text


@T("P")
def p_settlement_report(g):
    lang = g.lang()
    rows = "\n".join("%s  %-10s %12s %10s %12s" % (g.date_it(), g.pick(["VISA", "MC", "MAESTRO", "AMEX"]), g.amount_it(), g.amount_it(), g.amount_it()) for _ in range(g.ri(3, 6)))
    hdr = "Data        Circuito      Lordo  Commissioni       Netto" if lang == "it" else "Date        Scheme        Gross         Fees         Net"
    pre = intro(g, lang, ["Report di regolamento n. %d, il netto non torna:" % g.ri(1000, 9999)], ["Settlement report %d, net doesn't add up:" % g.ri(1000, 9999)])
    return lang, "table", pre + "\n" + hdr + "\n" + rows


@T("P", noisy=True)
def p_enduser_scared(g):
    lang = g.lang()
    if lang == "it":
        text = g.pick([
            f"mi è arrivata una mail con scritto di inserire la password e il pin della carta per sbloccare un pagamento di {g.amount_it()} euro. non l'ho fatto. è vostra?",
            f"Buonasera, non ricordo il PIN della carta nuova e il negozio dice che senza non posso pagare. Come lo recupero? Non ho ancora attivato l'app.",
        ])
    else:
        text = g.pick([
            f"I got an email asking me to enter my password and card PIN to release a payment of £{g.amount_en()}. I didn't. Is it from you?",
            f"Evening, I forgot the PIN of my new card and the shop says I can't pay without it. How do I get it back? I haven't set up the app yet.",
        ])
    return lang, "email", text


@T("P")
def p_partner_bank_bic_list(g):
    lang = g.lang()
    rows = "\n".join("%-12s %-28s %s" % (g.bic(), g.pick(["Intesa Sanpaolo", "UniCredit", "Banco BPM", "BPER", "Deutsche Bank", "BNP Paribas", "ING"]), g.pick(["SCT Inst: SI", "SCT Inst: NO"])) for _ in range(g.ri(3, 6)))
    pre = intro(g, lang, ["Elenco banche raggiungibili con bonifico istantaneo (dal nostro back office):"], ["Banks reachable by instant transfer (from our back office):"])
    return lang, "table", pre + "\n" + rows


@T("P")
def p_masked_iban_confirmation(g):
    lang = g.lang()
    i = g.iban()
    if lang == "it":
        text = f"Confermiamo che il rimborso di {g.amount_it()} EUR è stato disposto il {g.date_it()} verso il conto {g.mask_iban(i)} (intestatario {g.person('it')['name']}). TRN {g.rs(16, UP + DIG)}."
    else:
        text = f"We confirm the refund of EUR {g.amount_en()} was sent on {g.date_it()} to account {g.mask_iban(i)} (holder {g.person('en')['name']}). TRN {g.rs(16, UP + DIG)}."
    return lang, "email", text


@T("P")
def p_uuid_everything(g):
    lang = g.lang()
    text = (f"task_id={g.uuid()} job_id={g.ulid()} payment_id={g.pay_id()} debug_id={g.hexs(32)} idempotency_key={g.uuid()} span_id={g.hexs(16)} "
            f"build={g.ri(2024, 2025)}{g.ri(1, 12):02d}{g.ri(1, 28):02d}.{g.ri(1, 9)} version={g.version()}")
    pre = intro(g, lang, ["tutti gli identificativi della chiamata fallita:"], ["all identifiers of the failed call:"])
    return lang, "log", pre + "\n" + text


@T("P")
def p_data_uri_image(g):
    lang = g.lang()
    b = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(g.r.getrandbits(8) for _ in range(g.ri(60, 120)))).decode()
    text = f"<img alt=\"logo\" src=\"data:image/png;base64,{b}\" />"
    pre = intro(g, lang, ["Il logo nella pagina di pagamento non si vede, lo passiamo così:"], ["The logo on the hosted page doesn't show, we pass it like this:"])
    return lang, "html", pre + "\n" + text


# ==========================================================================
# driver
# ==========================================================================
ACCENTS_APOS = {"à": "a'", "è": "e'", "é": "e'", "ì": "i'", "ò": "o'", "ù": "u'"}
ACCENTS_STRIP = {"à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u"}


def _protected_split(text, values):
    """Split text into (is_secret, chunk) pieces so noise never touches a value."""
    pieces, i = [], 0
    vals = sorted(set(values), key=len, reverse=True)
    while i < len(text):
        hit = None
        for v in vals:
            if text.startswith(v, i):
                hit = v
                break
        if hit:
            pieces.append((True, hit))
            i += len(hit)
        else:
            if pieces and not pieces[-1][0]:
                pieces[-1] = (False, pieces[-1][1] + text[i])
            else:
                pieces.append((False, text[i]))
            i += 1
    return pieces


def _typo(g, chunk):
    import re
    words = [m for m in re.finditer(r"[A-Za-zàèéìòù]{6,}", chunk)]
    if not words:
        return chunk
    for m in g.r.sample(words, min(len(words), g.ri(1, 3))):
        w = m.group()
        k = g.ri(1, len(w) - 3)
        op = g.pick(["swap", "drop", "double"])
        if op == "swap":
            nw = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == "drop":
            nw = w[:k] + w[k + 1:]
        else:
            nw = w[:k] + w[k] + w[k:]
        chunk = chunk[:m.start()] + nw + chunk[m.end():]
    return chunk


def noise(g, lang, text, secrets):
    mode = g.pick(["none", "none", "none", "accent", "accent", "strip", "typo", "typo", "caps"] if lang == "it"
                  else ["none", "none", "none", "none", "typo", "typo", "lower", "caps"])
    if mode == "none":
        return text
    out = []
    for is_sec, chunk in _protected_split(text, [s["value"] for s in secrets]):
        if is_sec:
            out.append(chunk)
            continue
        if mode == "accent":
            chunk = "".join(ACCENTS_APOS.get(c, c) for c in chunk)
        elif mode == "strip":
            chunk = "".join(ACCENTS_STRIP.get(c, c) for c in chunk)
        elif mode == "typo":
            chunk = _typo(g, chunk)
        elif mode == "caps":
            chunk = chunk.upper()
        elif mode == "lower":
            chunk = chunk.lower()
        out.append(chunk)
    return "".join(out)


def make_sample(name, mode, fn, noisy, rng, want_lang=None):
    for _ in range(60):
        g = G(random.Random(rng.getrandbits(64)), want_lang)
        lang, style, text = fn(g)
        secrets = g.secrets
        if noisy:
            text = noise(g, lang, text, secrets)
        rec = {"id": None, "lang": lang, "style": style, "text": text, "secrets": secrets}
        if mode == "S" and not secrets:
            raise AssertionError("%s produced no secret" % name)
        if mode == "P" and secrets:
            raise AssertionError("%s produced a secret in a pass template" % name)
        if any(s["value"] not in text for s in secrets):
            continue
        if check.hygiene(rec):
            continue
        if text.count("\n") > 62:
            continue
        return rec
    raise AssertionError("%s: could not produce a clean sample: %s" % (name, check.hygiene(rec)))


TARGET = {"S": 610, "P": 690}


def main():
    rng = random.Random(SEED)
    recs, seen = [], set()
    per_mode = {m: [t for t in TEMPLATES if t[1] == m] for m in ("S", "P")}
    for m, tpls in per_mode.items():
        if not tpls:
            continue
        tw = sum(t[4] for t in tpls)
        raw = [TARGET[m] * t[4] / tw for t in tpls]
        quotas = [int(x) for x in raw]
        order = sorted(range(len(tpls)), key=lambda k: raw[k] - quotas[k], reverse=True)
        for k in order[: TARGET[m] - sum(quotas)]:
            quotas[k] += 1
        for (name, mode, fn, noisy, w), q in zip(tpls, quotas):
            made, tries = 0, 0
            while made < q and tries < q * 6:
                tries += 1
                nit = sum(1 for r in recs if r["lang"] == "it")
                want = "en" if nit > len(recs) - nit else "it"
                rec = make_sample(name, mode, fn, noisy, rng, want)
                if rec["text"] in seen:
                    continue
                seen.add(rec["text"])
                rec["_t"] = name
                recs.append(rec)
                made += 1
    rng.shuffle(recs)
    path = os.path.join(HERE, "corpus.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(recs, 1):
            out = {"id": "sealed10-%04d" % i, "lang": rec["lang"], "style": rec["style"], "text": rec["text"],
                   "secrets": rec["secrets"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    names = {t[0] for t in TEMPLATES}
    print("templates: %d (S %d, P %d); samples: %d -> %s" % (len(names), len(per_mode["S"]), len(per_mode["P"]), len(recs), path))


if __name__ == "__main__":
    main()
