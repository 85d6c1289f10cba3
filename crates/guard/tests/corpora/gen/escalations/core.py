"""Template registry and per-sample context."""
import datetime as dt
import json

from vals import V, words_for

TEMPLATES = []


def T(style, langs=("it", "en"), pos=True, weight=1.0):
    """Register a template. pos=True: must yield >=1 secret; pos=False: must yield none."""
    def deco(f):
        TEMPLATES.append({"name": f.__name__, "style": style, "langs": tuple(langs.split()) if isinstance(langs, str) else tuple(langs),
                          "pos": pos, "fn": f, "weight": weight})
        return f
    return deco


IT_FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Davide", "Elena", "Matteo", "Valentina",
            "Simone", "Federica", "Andrea", "Martina", "Stefano", "Ilaria", "Paolo", "Roberta", "Nicola", "Beatrice", "Gianluca"]
IT_LAST = ["Romano", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
           "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Ferraro", "Caruso"]
EN_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophie", "Harry", "Priya", "Daniel", "Grace",
            "Tom", "Hannah", "Ethan", "Chloe", "Ravi", "Megan", "Sam", "Aisha", "Lukas", "Nora"]
EN_LAST = ["Smith", "Walker", "Patel", "O'Brien", "Clarke", "Hughes", "Murphy", "Wright", "Nguyen", "Baker", "Kowalski",
           "Schneider", "Evans", "Okafor", "Fischer", "Turner", "Reid", "Shah"]
COMPANIES = ["Paganini Pay", "FatturaLampo", "Corriere Rapido API", "Tesoretto", "Bottega Cloud", "Acme Pay", "Nimbus Billing",
             "Orbita Payments", "Ferrovia Data", "Lumen Ledger", "Vespa Commerce", "Brioche Bank API", "Pizzeria Cloud POS",
             "Gelato Logistics", "Quokka Payroll", "Tramontana Energia", "Mercato Verde", "Ducato Lending"]
DOMAINS = ["paganinipay.it", "fatturalampo.io", "corriererapido.example", "tesoretto.app", "bottega.cloud", "acmepay.example",
           "nimbusbilling.dev", "orbita-payments.com", "ferroviadata.it", "lumenledger.io", "vespacommerce.it", "briochebank.example"]
CLIENT_IDS = ["acme-pay-prod", "paganini-sandbox", "ftl-web-01", "orbita-checkout-live", "nimbus-billing-eu", "tesoretto-mobile",
              "vespa-b2b", "lumen-ledger-int", "bottega-pos-02", "quokka-payroll-stg"]
TEAMS = ["L1", "L2", "L3", "Payments Eng", "Identity", "SRE", "Billing Ops", "Trust & Safety", "Risk", "Platform"]


class Ctx:
    def __init__(self, r, lang):
        self.r = r
        self.v = V(r)
        self.lang = lang
        self.secrets = []
        self.t = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=r.randint(0, 60 * 24 * 600))
        self.t = self.t.replace(second=r.randint(0, 59))

    # ---------------------------------------------------------------- language
    @property
    def it(self):
        return self.lang == "it"

    def L(self, it, en):
        return it if self.lang == "it" else en

    def p(self, *xs):
        if len(xs) == 1 and isinstance(xs[0], (list, tuple)):
            xs = xs[0]
        return self.r.choice(xs)

    def pl(self, it_list, en_list):
        return self.p(it_list if self.it else en_list)

    def chance(self, prob):
        return self.r.random() < prob

    def maybe(self, prob, s, other=""):
        return s if self.r.random() < prob else other

    def shuffle(self, xs):
        xs = list(xs)
        self.r.shuffle(xs)
        return xs

    # ---------------------------------------------------------------- registering secrets
    def S(self, kind, value):
        self.secrets.append({"kind": kind, "value": value})
        return value

    def card(self, brand=None, style=None):
        return self.S("card_number", self.v.card(brand, style))

    def cvv(self, amex=False):
        return self.S("cvv", self.v.cvv(amex))

    def iban(self, cc=None, style=None):
        return self.S("iban", self.v.iban(cc, style))

    def pin(self, n=None):
        return self.S("pin", self.v.pin(n))

    def pw(self, strong=None):
        return self.S("password", self.v.password(strong))

    def pwu(self, strong=None):
        """Password safe to put unencoded in a URL userinfo."""
        p = self.v.password(strong)
        p = "".join(ch if ch not in "@:/?#[]% " else self.p("-", "_", ".", "~", "!", "*") for ch in p)
        return self.S("password", p)

    def tok(self):
        return self.S("access_token", self.p(self.v.jwt(), self.v.opaque(), self.v.own_api_key()))

    def jwt(self, **kw):
        return self.S("access_token", self.v.jwt(**kw))

    def apikey(self):
        return self.S("access_token", self.v.own_api_key())

    def rt(self):
        return self.S("refresh_token", self.v.refresh())

    def csec(self):
        return self.S("client_secret", self.v.client_secret())

    def vk(self, which=None):
        label, val = self.v.vendor(which)
        self.S("vendor_key", val)
        return label, val

    def vkey(self, which=None):
        return self.vk(which)[1]

    def pem(self, kind=None):
        return self.S("private_key", self.v.pem(kind))

    def jesc(self, s):
        """JSON-escape s for embedding inside a JSON string literal."""
        return json.dumps(s, ensure_ascii=False)[1:-1]

    # ---------------------------------------------------------------- people & things
    def person(self, lang=None):
        lang = lang or self.lang
        if lang == "it":
            return f"{self.p(IT_FIRST)} {self.p(IT_LAST)}"
        return f"{self.p(EN_FIRST)} {self.p(EN_LAST)}"

    def first(self):
        return self.p(IT_FIRST) if self.it else self.p(EN_FIRST)

    def handle(self, name=None):
        name = name or self.person()
        f, l = name.split(" ", 1)
        l = l.replace(" ", "").replace("'", "").lower()
        return self.p(f"{f.lower()}.{l}", f"{f[0].lower()}{l}", f"{f.lower()}", f"{f.lower()}_{l[:3]}", f"{f.lower()}.{l[0]}")

    def company(self):
        return self.p(COMPANIES)

    def domain(self):
        return self.p(DOMAINS)

    def client_id(self):
        return self.p(CLIENT_IDS)

    def email(self, name=None):
        name = name or self.person()
        f, l = name.split(" ", 1)
        return f"{f.lower()}.{l.replace(' ', '').replace(chr(39), '').lower()}@{self.p(DOMAINS + ['gmail.com', 'libero.it', 'outlook.com'])}"

    def ticket(self):
        return self.p(f"SPT-{self.r.randint(10000, 99999)}", f"#{self.r.randint(100000, 999999)}",
                      f"CS-{self.t:%Y%m%d}-{self.r.randint(1, 999):04d}", f"INC{self.r.randint(1000000, 9999999):07d}")

    def jira(self):
        return f"{self.p('PAY', 'SUP', 'ESC', 'IDN', 'OPS', 'BIL', 'API')}-{self.r.randint(100, 9999)}"

    def amount(self):
        a = self.r.randint(100, 500000) / 100
        if self.it:
            s = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.p(f"€ {s}", f"{s} €", f"EUR {s}", f"{s} euro")
        return self.p(f"€{a:,.2f}", f"EUR {a:.2f}", f"£{a:,.2f}", f"{a:.2f} EUR")

    def amt_plain(self):
        return f"{self.r.randint(1, 9000)}.{self.r.randint(0, 99):02d}"

    def reqid(self):
        v = self.v
        return self.p(v.uuid(), "req_" + v.opaque(14), v.hexs(32), f"{v.hexs(8)}-{v.hexs(4)}")

    def payid(self):
        v = self.v
        return self.p("pay_" + v.opaque(16), "pi_3" + v.opaque(23), "ch_3" + v.opaque(23), "tr_" + v.opaque(10),
                      "PAY-" + v.digits(10), "txn_" + v.hexs(20), "po_1" + v.opaque(23), "re_3" + v.opaque(23))

    def traceid(self):
        return self.v.hexs(32)

    # ---------------------------------------------------------------- time
    def tick(self, lo=1, hi=30):
        self.t += dt.timedelta(minutes=self.r.randint(lo, hi), seconds=self.r.randint(0, 59))
        return self.t

    def hm(self, adv=True):
        if adv:
            self.tick()
        return f"{self.t:%H:%M}"

    def iso(self, adv=True):
        if adv:
            self.tick()
        if not hasattr(self, "_isofmt"):
            self._isofmt = self.p("Z", "ms", "+01:00", "+02:00")
        suf = ".%03dZ" % self.r.randint(0, 999) if self._isofmt == "ms" else self._isofmt
        return self.t.strftime("%Y-%m-%dT%H:%M:%S") + suf

    def date(self):
        return self.t.strftime("%d/%m/%Y") if self.it else self.p(self.t.strftime("%Y-%m-%d"), self.t.strftime("%d %b %Y"))

    def stamp(self, adv=True):
        if adv:
            self.tick()
        if not hasattr(self, "_stampfmt"):
            self._stampfmt = self.p("%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M" if self.it else "%m/%d/%Y %H:%M", "%H:%M:%S", "%Y-%m-%dT%H:%M:%S")
        return self.t.strftime(self._stampfmt)

    def epoch(self):
        return int(self.t.timestamp())

    def spoken(self, digits, sep=None):
        w = words_for(digits, self.lang)
        return (sep or " ").join(w)
