"""Shared context, people/company pools, ticket intros/outros, prose phrases per kind."""
import values as V
import fields as F

IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Davide", "Sara", "Matteo", "Elena", "Stefano", "Martina", "Paolo", "Valentina", "Andrea", "Federica", "Simone", "Roberta", "Giorgio", "Ilaria", "Nicola", "Beatrice", "Fabio", "Serena"]
IT_LAST = ["Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Romano", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi"]
EN_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Sophie", "Oliver", "Grace", "Ethan", "Chloe", "Daniel", "Hannah", "Ryan", "Megan", "Aaron", "Priya", "Tom", "Aisha", "Callum", "Niamh", "Ben", "Zoe", "Sam", "Ruth"]
EN_LAST = ["Walker", "Patel", "Murphy", "O'Neill", "Hughes", "Kim", "Fletcher", "Nguyen", "Campbell", "Reid", "Shaw", "Doyle", "Turner", "Hart", "Khan", "Ellis", "Brennan", "Wood", "Price", "Novak"]
IT_COMPANY = ["Ferramenta Bianchi srl", "Gelaterie Riunite spa", "TecnoSoft Padova", "Viaggi Sereni srl", "Farmacia San Marco", "Studio Contabile Greco", "ModaLab srl", "Cantina dei Colli", "Edil Costruzioni Marino", "E-Shop Italia srl", "Palestre FitUp", "Ottica Rinaldi", "Logistica Adriatica spa", "Agriturismo Il Poggio"]
EN_COMPANY = ["Brightside Retail Ltd", "Kettle & Co", "Harbourline Travel", "NorthPeak SaaS", "Bluebell Florists", "Quayside Fitness", "Orchard Lane Books", "Mercer Logistics", "Tidewater Apparel", "Ashgrove Dental", "Pinecrest Labs", "Lumen Games"]
AGENTS_IT = ["Sara", "Fabio", "Elisa", "Giovanni", "supporto"]
AGENTS_EN = ["Dana", "Mike", "Alex", "Priya", "team"]
HOSTS = ["api.sandbox.paganta.io", "api.finvero.com", "psd2.openconto.it", "sandbox.lirapay.eu", "api.clearmint.co.uk", "gw.northbridgepay.com", "collaudo.quadrapay.it", "api.pontepsd2.eu", "apitest.bancanet-connect.it", "api.tesoro-api.com"]

TOPIC = {"it": ["il refresh del token", "la creazione del pagamento", "il webhook di conferma", "la SCA", "il consenso PSD2", "la riconciliazione", "il bonifico SEPA", "l'onboarding del merchant", "il rimborso parziale", "il payout verso il conto", "l'autenticazione OAuth", "la firma delle richieste", "il polling dello stato", "le notifiche SDD", "la tokenizzazione carte", "il 3DS"],
         "en": ["token refresh", "payment creation", "the confirmation webhook", "SCA redirects", "the PSD2 consent flow", "reconciliation", "SEPA credit transfers", "merchant onboarding", "partial refunds", "payouts", "OAuth client credentials", "request signing", "status polling", "SDD notifications", "card tokenisation", "3DS challenges"]}
ENDPOINTS = ["/v2/payments", "/oauth2/token", "/psd2/v1/consents", "/v1/accounts/{id}/transactions", "/v1/refunds", "/webhooks/test", "/v3/payouts", "/v1/mandates", "/connect/token", "/v2/payment-intents/confirm", "/api/v1/transfers", "/v1/cards/tokenize"]
ERRORS = {"it": ["401 Unauthorized", "403 Forbidden", "invalid_client", "invalid_grant", "un 500", "signature verification failed", "timeout dopo 30 secondi", "422", "409 Conflict", "un errore SSL", "un 400 senza body"],
          "en": ["401 Unauthorized", "403 Forbidden", "invalid_client", "invalid_grant", "a 500", "signature verification failed", "a timeout after 30s", "a 422", "409 Conflict", "an SSL handshake error", "a bare 400"]}

INTRO = {
    "it": [
        "Ciao, vi incollo {what}: da stamattina con {topic} abbiamo {err}.",
        "Buongiorno,\nstiamo integrando le API di {prov} e abbiamo un problema con {topic}. Qui sotto {what}.",
        "Salve, da ieri sera {ep} risponde {err}. Le allego {what}:",
        "Ciao ragazzi, mi date una mano? {Topic} non va più dopo il rilascio di ieri. Vi metto {what}",
        "Buonasera, come d'accordo al telefono Le giro {what}.",
        "Gentile Supporto,\nsegnaliamo un malfunzionamento su {ep} ({err}). Di seguito {what}.",
        "ciao, sono {name} di {company}. ho un errore ({err}) su {ep}, sotto trovate {what}",
        "Scusate se vi disturbo di venerdì sera ma siamo bloccati con {topic}. {What} qui sotto.",
        "Buongiorno, riapro il ticket della settimana scorsa: {topic} dà ancora {err}. Allego {what}.",
        "Ciao {agent}, come mi avevi chiesto ti mando {what}.",
        "Rieccomi. Ho rifatto la prova in collaudo, stesso errore ({err}). {What}:",
        "Salve, siamo il fornitore del gestionale di {company}. Non riusciamo a far funzionare {topic}, vi incollo {what}.",
        "Buongiorno a tutti, il nostro sviluppatore è in ferie e ci sto provando io... {What} qui sotto, ci capite qualcosa?",
        "Ciao, domanda veloce riguardo {topic}. {What}:",
        "Spett.le {prov},\ncon la presente inviamo {what} relativo all'anomalia su {ep}.",
        "Ciao! Allora, {topic} funziona in sandbox ma in produzione no ({err}). Vi giro {what}.",
    ],
    "en": [
        "Hi, pasting {what} below - {topic} keeps returning {err} since this morning.",
        "Hello,\nwe're integrating the {prov} API and are stuck on {topic}. {What} below.",
        "Hi team, {ep} started answering {err} last night. Attaching {what}:",
        "Hey, could someone take a look? {Topic} broke after yesterday's release. Here's {what}",
        "Good afternoon, as discussed on the phone, here is {what}.",
        "Dear Support,\nwe are seeing a failure on {ep} ({err}). Please find {what} below.",
        "hi, {name} from {company} here. getting {err} on {ep}, {what} below",
        "Sorry to bother you on a Friday evening but we're blocked on {topic}. {What} follows.",
        "Reopening last week's ticket: {topic} still gives {err}. Attached is {what}.",
        "Hi {agent}, as requested, here is {what}.",
        "Me again. Retried in sandbox, same error ({err}). {What}:",
        "Hello, we're the agency building the checkout for {company}. We can't get {topic} working; {what} is below.",
        "Quick question about {topic}. {What}:",
        "Hi all - our dev is off this week so I'm trying to debug this myself. {What} below, does it make sense to you?",
        "Works in sandbox, fails in live with {err}. Sharing {what}.",
        "Following up on the call - pasting {what} underneath.",
    ]}
OUTRO = {
    "it": ["Grazie", "Grazie mille, fatemi sapere.", "Cordiali saluti\n{name}", "Resto in attesa di un Vostro riscontro.\n{name} - {company}", "thx", "Buona giornata!", "Se serve altro chiedete pure.", "Grazie in anticipo!!", "Saluti,\n{name}\n{company} | {phone}", "Fammi sapere, grazie", "ciao e grazie", "Attendo Vostre.", "", "", "Grazie per l'aiuto, siamo un po' nel panico", "Un saluto,\n{first}"],
    "en": ["Thanks", "Thanks a lot, let me know.", "Kind regards,\n{name}", "Looking forward to your reply.\n{name} | {company}", "thx", "Have a good day!", "Happy to provide more info.", "Thanks in advance!!", "Best,\n{name}\n{company} · {phone}", "Cheers", "ta", "", "", "Any help appreciated, this is blocking our go-live.", "Regards,\n{first}"]}
LEAK_NOTE = {
    "it": ["ps: ho lasciato dentro le credenziali di collaudo, tanto sono di test", "PS scusate, mi accorgo solo ora che c'è dentro la chiave in chiaro... la ruotiamo dopo", "(sì lo so, c'è il secret in chiaro, è ambiente di test)", "Nota: appena risolto cambiamo tutte le credenziali.", "p.s. se potete cancellate il ticket dopo, ci sono dati sensibili"],
    "en": ["ps: left the sandbox credentials in, they're test ones anyway", "PS just noticed the key is in there in plain text... we'll rotate it", "(yes I know the secret is visible, it's a test environment)", "Note: we'll rotate everything once this is fixed.", "p.s. please delete this ticket afterwards, it has sensitive data"]}
SAFE_NOTE = {
    "it": ["ovviamente ho oscurato i secret", "le credenziali le ho tolte, se servono ve le detto al telefono", "il token l'ho sostituito con un placeholder", "password e PIN non li metto qui per sicurezza", "il CVV non lo salviamo da nessuna parte, tranquilli", "i valori sensibili sono mascherati dal nostro logger", "ho tolto la chiave privata, c'è solo il path"],
    "en": ["secrets are redacted, obviously", "I removed the credentials, happy to share them over the phone", "the token is replaced with a placeholder", "not putting the password or PIN here for security reasons", "we don't store the CVV anywhere, don't worry", "sensitive values are masked by our logger", "private key removed, only the path is there"]}

class Ctx:
    def __init__(self, r):
        self.r = r

    def ch(self, seq):
        return self.r.choice(seq)

    def person(self, lang):
        if lang == "it":
            return self.ch(IT_FIRST), self.ch(IT_LAST)
        return self.ch(EN_FIRST), self.ch(EN_LAST)

    def company(self, lang):
        return self.ch(IT_COMPANY if lang == "it" else EN_COMPANY)

    def fill(self, tpl, lang, what=""):
        f, l = self.person(lang)
        tp = self.ch(TOPIC[lang])
        d = dict(what=what, Topic=tp[:1].upper() + tp[1:], What=what[:1].upper() + what[1:], topic=tp, err=self.ch(ERRORS[lang]),
                 prov=self.ch(V.PROVIDERS), ep=self.ch(ENDPOINTS), name=f + " " + l, first=f,
                 company=self.company(lang), agent=self.ch(AGENTS_IT if lang == "it" else AGENTS_EN),
                 phone=V.phone(self.r, lang), host=self.ch(HOSTS))
        return tpl.format(**d)

    def intro(self, lang, what):
        return self.fill(self.ch(INTRO[lang]), lang, what)

    def outro(self, lang, positive):
        s = self.fill(self.ch(OUTRO[lang]), lang)
        r = self.r
        if positive and r.random() < .2:
            s = self.ch(LEAK_NOTE[lang]) + ("\n\n" + s if s else "")
        elif not positive and r.random() < .3:
            s = self.ch(SAFE_NOTE[lang]) + ("\n\n" + s if s else "")
        return s

    def wrap(self, lang, what, body, positive, intro_p=.85, outro_p=.7, mid=None):
        parts = []
        if self.r.random() < intro_p:
            parts.append(self.intro(lang, what))
        parts.append(body)
        if mid:
            parts.append(mid)
        if self.r.random() < outro_p:
            o = self.outro(lang, positive)
            if o:
                parts.append(o)
        return "\n\n".join(parts)

# ---------------------------------------------------------------- prose phrases per kind
BANKS_IT = ["Intesa Sanpaolo", "UniCredit", "Banco BPM", "BPER", "Credem", "Banca Sella", "Mediolanum", "Fineco", "Crédit Agricole Italia", "BCC di Roma"]

def bank_phrase(c, sec, lang):
    r, v, m = c.r, sec.raw, sec.meta
    comp = dict((k.lower(), x) for k, x in m.get("comp", []))
    cc = m["country"]
    if cc == "IT":
        t = c.ch(["conto n. {v} (ABI {abi}, CAB {cab})", "c/c {v} presso %s, ABI {abi} CAB {cab}" % c.ch(BANKS_IT), "ABI {abi} / CAB {cab} / conto {v}", "n. conto {v} - abi {abi} - cab {cab}"] if lang == "it" else
                  ["account no. {v} (ABI {abi}, CAB {cab})", "ABI {abi}, CAB {cab}, account {v}", "Italian account {v} with ABI {abi} / CAB {cab}"])
        return t.format(v=v, abi=comp["abi"], cab=comp["cab"])
    if cc == "IT_BBAN":
        return c.ch(["BBAN {v}", "coordinate bancarie nazionali: {v}", "coordinate BBAN {v}"] if lang == "it" else ["BBAN {v}", "national bank code (BBAN) {v}"]).format(v=v)
    if cc == "GB":
        return c.ch(["sort code {sc}, account {v}", "{sc} / {v}", "acc no {v} (sort {sc})", "sort code {sc} acc. {v}"]).format(v=v, sc=comp["sort code"])
    if cc == "US":
        return c.ch(["routing {rt}, account {v}", "ABA {rt} - acct {v}", "routing number {rt} / account number {v}"]).format(v=v, rt=comp["routing"])
    if cc == "FR":
        return c.ch(["RIB : {v}", "RIB {v}", "relevé d'identité bancaire {v}"]).format(v=v)
    if cc == "DE":
        return c.ch(["BLZ {blz}, Konto {v}", "Kontonummer {v} (BLZ {blz})", "Konto-Nr. {v} / BLZ {blz}"]).format(v=v, blz=comp["blz"])
    if cc == "ES":
        return c.ch(["CCC {v}", "cuenta {v}", "código cuenta cliente {v}"]).format(v=v)
    if cc == "AU":
        return c.ch(["BSB {b}, account {v}", "BSB {b} acct {v}"]).format(v=v, b=comp["bsb"])
    if cc == "CA":
        return "transit {t}, institution {i}, account {v}".format(v=v, t=comp["transit"], i=comp["institution"])
    raise ValueError(cc)

PHRASES = {
    "it": {
        "access_token": ["il token che ci avete dato è {v}", "Authorization: Bearer {v}", "access token: {v}", "questo è il bearer che usiamo -> {v}", "token={v}", "il token attuale (scade tra un'ora) è {v}"],
        "refresh_token": ["refresh_token: {v}", "il refresh token salvato è {v}", "ho provato a rinnovare con questo refresh: {v}", "rt = {v}"],
        "client_secret": ["client secret: {v}", "il secret dell'app è {v}", "client_secret={v}", "come secret abbiamo messo {v}", "secret nuovo (rigenerato ieri): {v}"],
        "vendor_key": ["la chiave che usiamo è {v}", "API key: {v}", "{name}={v}", "la key live è questa {v}", "chiave: {v}"],
        "password": ["password: {v}", "la password è {v}", "pwd {v}", "user {user} / pass {v}", "credenziali {user} - {v}", "la passw dell'utenza di test è {v}"],
        "pin": ["PIN: {v}", "il pin è {v}", "pin dispositivo {v}", "codice PIN {v}", "PIN {v} (quello del token fisico)"],
        "cvv": ["CVV {v}", "cvv: {v}", "codice di sicurezza {v}", "CVC {v}", "cvv2 {v}"],
        "card_number": ["carta {v}, scad. {exp}", "numero carta: {v}", "PAN {v} (scadenza {exp})", "la carta di test {v} - scade il {exp}", "carta n° {v}"],
        "iban": ["IBAN: {v}", "iban {v}", "l'IBAN di accredito è {v}", "coordinate: {v}", "IBAN beneficiario {v}"],
        "private_key": ["ecco la chiave privata:\n{v}", "private key:\n{v}", "il contenuto del .pem è\n\n{v}"],
    },
    "en": {
        "access_token": ["the token you gave us is {v}", "Authorization: Bearer {v}", "access token: {v}", "this is the bearer we send -> {v}", "token={v}", "current token (expires in an hour): {v}"],
        "refresh_token": ["refresh_token: {v}", "the stored refresh token is {v}", "tried refreshing with {v}", "rt = {v}"],
        "client_secret": ["client secret: {v}", "the app secret is {v}", "client_secret={v}", "we set the secret to {v}", "new secret (regenerated yesterday): {v}"],
        "vendor_key": ["the key we use is {v}", "API key: {v}", "{name}={v}", "live key is {v}", "key: {v}"],
        "password": ["password: {v}", "the password is {v}", "pwd {v}", "user {user} / pass {v}", "creds {user} - {v}", "the test user's password is {v}"],
        "pin": ["PIN: {v}", "the PIN is {v}", "device PIN {v}", "PIN code {v}", "PIN {v} (the hardware token one)"],
        "cvv": ["CVV {v}", "cvv: {v}", "security code {v}", "CVC {v}", "cvv2 {v}"],
        "card_number": ["card {v}, exp {exp}", "card number: {v}", "PAN {v} (expiry {exp})", "test card {v} - expires {exp}", "card no. {v}"],
        "iban": ["IBAN: {v}", "iban {v}", "payout IBAN is {v}", "bank details: {v}", "beneficiary IBAN {v}"],
        "private_key": ["here's the private key:\n{v}", "private key:\n{v}", "contents of the .pem:\n\n{v}"],
    }}
USERS = ["api-user", "integrazione", "mrossi", "ops.team", "svc_payments", "jdoe", "erp_sync", "collaudo01", "admin.merchant", "sftp_flussi"]

def phrase(c, sec, lang):
    """A short phrase containing the secret value verbatim (label = sec.raw)."""
    if sec.kind == "bank_account":
        return bank_phrase(c, sec, lang)
    t = c.ch(PHRASES[lang][sec.kind])
    return t.format(v=sec.raw, exp=sec.meta.get("expiry", "12/27"), user=c.ch(USERS), name=sec.name.upper())

def secrets_for(c, kinds, url_safe=False):
    """Create Secret objects for kinds, keeping card/cvv brand consistent."""
    out = []
    brand = None
    for k in kinds:
        if k == "card_number":
            s = F.make_secret(c.r, k)
            brand = s.meta["brand"]
            out.append(s)
    for k in kinds:
        if k == "card_number":
            continue
        out.append(F.make_secret(c.r, k, url_safe=url_safe, brand=brand))
    order = {k: i for i, k in enumerate(kinds)}
    out.sort(key=lambda s: order[s.kind])
    return out

ENV_NAMES = {
    "access_token": ["ACCESS_TOKEN", "PSP_TOKEN", "API_TOKEN", "BEARER_TOKEN", "OAUTH_ACCESS_TOKEN"],
    "refresh_token": ["REFRESH_TOKEN", "PSP_REFRESH_TOKEN", "OAUTH_REFRESH_TOKEN"],
    "client_secret": ["CLIENT_SECRET", "PSP_CLIENT_SECRET", "OAUTH_CLIENT_SECRET", "OB_CLIENT_SECRET", "APP_SECRET"],
    "password": ["DB_PASSWORD", "PGPASSWORD", "SMTP_PASS", "SFTP_PASSWORD", "MYSQL_PWD", "KEYSTORE_PASS", "REDIS_PASSWORD", "ADMIN_PASSWORD"],
    "pin": ["TEST_CARD_PIN", "SCA_PIN", "TERMINAL_PIN", "POS_ADMIN_PIN"],
    "cvv": ["TEST_CARD_CVC", "CARD_CVV", "E2E_CVC"],
    "card_number": ["TEST_CARD_PAN", "CARD_NUMBER", "E2E_CARD"],
    "iban": ["PAYOUT_IBAN", "SETTLEMENT_IBAN", "DEBTOR_IBAN", "IBAN_ACCREDITO"],
    "bank_account": ["PAYOUT_ACCOUNT_NUMBER", "ACCOUNT_NO", "CONTO_CORRENTE", "BANK_ACCOUNT"],
    "private_key": ["SIGNING_KEY_PEM", "JWT_PRIVATE_KEY", "PRIVATE_KEY", "QSEAL_PRIVATE_KEY", "SSH_DEPLOY_KEY"],
}
ENV_BENIGN = [
    ("PATH", lambda c: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" + c.ch(["", ":/home/%s/.local/bin" % c.ch(["marco", "dev", "app"])])),
    ("HOME", lambda c: c.ch(["/home/marco", "/root", "/home/app", "/Users/giulia"])), ("LANG", lambda c: c.ch(["it_IT.UTF-8", "en_GB.UTF-8", "C.UTF-8", "en_US.UTF-8"])),
    ("SHELL", lambda c: c.ch(["/bin/bash", "/bin/zsh"])), ("HOSTNAME", lambda c: c.ch(["payments-api-7d9f8b6c5-x2kqp", "web01", "ci-runner-3", "dev-box"])),
    ("NODE_ENV", lambda c: c.ch(["production", "staging", "development"])), ("TZ", lambda c: "Europe/Rome"), ("PWD", lambda c: c.ch(["/app", "/srv/checkout", "/home/app/src"])),
    ("GIT_COMMIT", lambda c: V.sha1(c.r)), ("BUILD_NUMBER", lambda c: str(c.r.randint(100, 9999))), ("APP_VERSION", lambda c: V.version(c.r)),
    ("PSP_BASE_URL", lambda c: "https://" + c.ch(HOSTS)), ("PSP_CLIENT_ID", lambda c: V.client_id(c.r)), ("LOG_LEVEL", lambda c: c.ch(["debug", "info", "DEBUG"])),
    ("REQUEST_TIMEOUT_MS", lambda c: str(c.r.choice([5000, 10000, 30000]))), ("DB_HOST", lambda c: c.ch(["db", "10.0.4.21", "postgres.internal", "mysql-primary"])), ("DB_USER", lambda c: c.ch(["app", "payments", "erp_rw"])),
    ("OTEL_SERVICE_NAME", lambda c: c.ch(["checkout", "payments-api", "ledger-sync"])), ("KUBERNETES_SERVICE_HOST", lambda c: "10.96.0.1"),
    ("PSP_KEY_FILE", lambda c: c.ch(["/etc/psp/keys/client.key", "/run/secrets/signing.pem"])), ("DB_PASSWORD_FILE", lambda c: "/run/secrets/db_password"),
    ("GOOGLE_APPLICATION_CREDENTIALS", lambda c: "/var/secrets/google/key.json"), ("WEBHOOK_URL", lambda c: "https://" + c.ch(["shop.example.it", "erp.acme.co.uk", "hooks.internal"]) + "/psp/webhook"),
    ("IMAGE_DIGEST", lambda c: "sha256:" + V.sha256(c.r)), ("DEPLOY_ID", lambda c: V.uuid4(c.r)), ("CURRENCY", lambda c: "EUR"), ("MERCHANT_ID", lambda c: "M" + V.rs(c.r, "0123456789", 7)),
]

def env_name(c, sec):
    if sec.kind == "vendor_key":
        return c.ch(V.VENDOR_VARS[sec.meta["vendor"]]).upper() if c.r.random() < .8 else sec.name.upper()
    return c.ch(ENV_NAMES[sec.kind])
