"""Phrase banks, noise lines and scenario frames for gen.py."""
import re

from gen_values import *  # noqa

# ---------------------------------------------------------------- marks
# Values are put into prose as private-use marks so prose transforms
# (dictation, OCR noise, lower-casing) never touch a labelled value.


def mk(i):
    return "\ue000" + chr(0xE100 + i) + "\ue001"


class Rec:
    def __init__(self):
        self.secrets = []
        self.vals = []

    def __call__(self, kind, v):
        if not any(s["kind"] == kind and s["value"] == v for s in self.secrets):
            self.secrets.append({"kind": kind, "value": v})
        return v

    def m(self, kind, v):
        """record and return a mark to be replaced after prose transforms"""
        self(kind, v)
        self.vals.append(v)
        return mk(len(self.vals) - 1)

    def raw(self, v):
        """a mark for a non-secret literal that prose transforms must not touch"""
        self.vals.append(v)
        return mk(len(self.vals) - 1)

    def fill(self, text):
        for i, v in enumerate(self.vals):
            text = text.replace(mk(i), v)
        return text


def P(lang, it, en):
    return ch(it if lang == "it" else en)


# ---------------------------------------------------------------- phrase banks
PH = {
    "pin": {
        "it": ["il codice è {v}", "mi è arrivato il codice {v}", "codice OTP: {v}", "il pin è {v}",
               "ho inserito {v} ma dice codice errato", "PIN {v}", "il codice che mi hanno mandato per SMS: {v}",
               "{v} è il codice arrivato adesso", "codice di conferma {v}, vale 5 minuti",
               "il pin della carta, se vi serve, è {v}", "ti passo il codice: {v}", "codice dispositivo {v}",
               "mi chiede il codice e io ho messo {v}", "l'ultimo sms diceva {v}", "ho provato {v} tre volte",
               "il numerino che mi è arrivato è {v}", "codice sicurezza app: {v}", "OTP={v}",
               "il codice (quello a 6 cifre) è {v}", "pin bancomat {v} non lo accetta", "{v} ← codice",
               "il token della chiavetta segnava {v}", "codice usa e getta: {v}", "codice autorizzativo via sms {v}, scusate se lo scrivo qui"],
        "en": ["the code is {v}", "I got the code {v}", "OTP: {v}", "my PIN is {v}", "typed {v} and it says invalid code",
               "PIN {v}", "the text message code was {v}", "{v} is the code that just came in", "verification code {v}, valid 5 minutes",
               "card pin if you need it: {v}", "here's the code: {v}", "one-time passcode {v}", "it asked for the code so I put {v}",
               "last SMS said {v}", "tried {v} three times", "the little number I got is {v}", "authenticator shows {v}",
               "otp={v}", "the 6-digit one is {v}", "the cash machine won't take {v}", "{v} <- code",
               "the card reader showed {v}", "SCA code {v} (sorry for pasting it here)", "passcode: {v}"],
    },
    "cvv": {
        "it": ["cvv {v}", "il codice dietro è {v}", "le tre cifre sul retro: {v}", "CVC {v}", "codice di sicurezza {v}",
               "cvv2: {v}", "quelle 3 cifre dietro la carta sono {v}", "codice CVV2/CVC2 {v}", "dietro c'è scritto {v}",
               "cod. sicurezza {v}", "il numerino sul retro {v}"],
        "en": ["CVV {v}", "security code {v}", "the 3 digits on the back are {v}", "CVC: {v}", "sec code {v}",
               "cvv2 {v}", "the code on the back says {v}", "CVV/CVC {v}", "verification value {v}", "csc {v}",
               "the back of the card says {v}"],
    },
    "password": {
        "it": ["la password è {v}", "pw: {v}", "password {v}", "come password ho messo {v}",
               "la pass nuova è {v} (con la maiuscola)", "{v} <- questa è la password", "password del db: {v}",
               "ti giro la pwd: {v}", "accedo con {v} ma niente", "la parola d'ordine è {v}", "pass={v}",
               "credenziali: utente {u} password {v}", "user {u} / pwd {v}", "la chiave d'accesso che uso è {v}",
               "ho cambiato la password in {v} ieri sera", "la psw è sempre {v}", "parola chiave: {v}",
               "Passwort (il collega tedesco la chiama così): {v}", "mot de passe : {v}", "contraseña: {v}"],
        "en": ["the password is {v}", "pw: {v}", "password {v}", "I set the password to {v}", "new pass is {v} (capital first letter)",
               "{v} <- that's the password", "db password: {v}", "passwd {v}", "I log in with {v} and nothing happens",
               "passphrase: {v}", "pass={v}", "login {u} password {v}", "user {u} / pwd {v}", "I changed it to {v} last night",
               "it's still {v}", "pwd -> {v}", "Passwort: {v}", "mot de passe: {v}", "contraseña {v}"],
    },
    "client_secret": {
        "it": ["client secret: {v}", "il secret del client è {v}", "client_secret={v}", "secret {v}",
               "il segreto dell'app è {v}", "ecco il client secret nuovo: {v}", "secret (quello di produzione): {v}",
               "clientSecret {v}", "chiave segreta dell'applicazione: {v}"],
        "en": ["client secret: {v}", "the app secret is {v}", "client_secret={v}", "secret {v}", "here's the new client secret: {v}",
               "prod secret: {v}", "clientSecret {v}", "consumer secret {v}", "OAuth secret is {v}"],
    },
    "access_token": {
        "it": ["il token è {v}", "Bearer {v}", "access token: {v}", "token di accesso {v}", "uso questo token: {v}",
               "il token che mi restituisce è {v}", "api key: {v}", "chiave API {v}"],
        "en": ["token is {v}", "Bearer {v}", "access token: {v}", "using this token: {v}", "the token I get back is {v}",
               "api key {v}", "the access_token field says {v}", "auth header value {v}"],
    },
    "refresh_token": {
        "it": ["refresh token: {v}", "il refresh è {v}", "refresh_token={v}", "questo è il refresh token {v}",
               "il token di rinnovo {v}"],
        "en": ["refresh token: {v}", "refresh is {v}", "refresh_token={v}", "this is the refresh token {v}",
               "the long-lived token {v}"],
    },
}


def phrase(kind, lang, mark, u=None):
    f = ch(PH[kind][lang])
    return f.replace("{v}", mark).replace("{u}", u or ch(["admin", "mario.rossi", "negozio01", "ops", "svc_pay", "giulia.f", "tom.h"]))


# ---------------------------------------------------------------- noise
def noise(lang, rec=None):
    """a harmless line with look-alikes"""
    f = ch([
        lambda: P(lang, ["ordine %s del %s" % (order_no(), date(lang)), "importo %s" % amount(lang),
                         "richiesta %s" % uuid4(), "mi chiamate al %s?" % phone(lang), "il pagamento %s risulta in attesa" % pay_id(),
                         "versione app %s" % version(), "trace id %s" % trace(), "client id %s" % client_id(),
                         "fattura %s da %s" % (order_no(), amount(lang)), "la carta finisce con %s" % last4(),
                         "operazione del %s alle %02d:%02d" % (date(lang), R.randint(0, 23), R.randint(0, 59)),
                         "BIC %s" % bic(), "ticket precedente %s" % ("SP-%d" % R.randint(1000, 99999))],
                  ["order %s from %s" % (order_no(), date(lang)), "amount %s" % amount(lang), "request %s" % uuid4(),
                   "call me on %s" % phone(lang), "payment %s is still pending" % pay_id(), "app version %s" % version(),
                   "trace id %s" % trace(), "client id %s" % client_id(), "invoice %s for %s" % (order_no(), amount(lang)),
                   "card ends in %s" % last4(), "happened on %s at %02d:%02d" % (date(lang), R.randint(0, 23), R.randint(0, 59)),
                   "BIC %s" % bic(), "previous ticket %s" % ("SP-%d" % R.randint(1000, 99999))]),
    ])
    return f()


def greeting(lang, name=None):
    return P(lang, ["Buongiorno,", "Salve,", "Ciao,", "Gentili signori,", "Buonasera", "Ciao a tutti", "Spett.le assistenza,", "Ciao %s," % (name or "Marco")],
             ["Hi,", "Hello,", "Hi team,", "Dear support,", "Hey", "Good morning,", "Hi %s," % (name or "Tom"), "To whom it may concern,"])


def signoff(lang, first, last):
    return P(lang, ["Grazie\n%s" % first, "Cordiali saluti,\n%s %s" % (first, last), "Saluti\n%s %s" % (first, last), "grazie mille!! %s" % first,
                    "Distinti saluti\n%s %s" % (last.upper(), first), "--\n%s %s" % (first, last)],
             ["Thanks\n%s" % first, "Kind regards,\n%s %s" % (first, last), "Cheers, %s" % first, "Best,\n%s" % first,
              "Many thanks\n%s %s" % (first, last), "--\n%s %s" % (first, last)])


# ---------------------------------------------------------------- transforms
def dictation(lang, text):
    """voice-to-text: lower case, spoken punctuation, no newlines"""
    t = text.replace("\n", " ")
    if lang == "it":
        rep = [(",", " virgola"), (".", " punto"), ("?", " punto interrogativo"), (":", " due punti")]
    else:
        rep = [(",", " comma"), (".", " period"), ("?", " question mark"), (":", " colon")]
    out = []
    for tok in re.split(r"(\ue000.\ue001)", t):
        if tok.startswith("\ue000"):
            out.append(tok)
            continue
        tok = tok.lower()
        if maybe(0.5):
            for a, b in rep:
                tok = tok.replace(a, b)
        out.append(tok)
    return re.sub(r" +", " ", "".join(out)).strip()


OCR_MAP = [("m", "rn"), ("O", "0"), ("l", "1"), ("S", "5"), ("e", "c"), ("i", "í"), ("B", "8"), ("0", "O"), ("1", "l")]


def ocr(text, rate=0.08):
    out = []
    for tok in re.split(r"(\ue000.\ue001)", text):
        if tok.startswith("\ue000"):
            out.append(tok)
            continue
        s = []
        for c in tok:
            hit = [b for a, b in OCR_MAP if a == c]
            if hit and R.random() < rate:
                s.append(hit[0])
            elif c == " " and R.random() < 0.02:
                s.append("  ")
            else:
                s.append(c)
        out.append("".join(s))
    return "".join(out)


# ---------------------------------------------------------------- frames
def wa_ts(lang):
    d, m = R.randint(1, 28), R.randint(1, 12)
    return ch(["[%02d/%02d/24, %02d:%02d:%02d]" % (d, m, R.randint(7, 23), R.randint(0, 59), R.randint(0, 59)),
               "%02d/%02d/24, %02d:%02d -" % (d, m, R.randint(7, 23), R.randint(0, 59))])


def frame_whatsapp(lang, lines):
    out = []
    for who, msg in lines:
        out.append("%s %s: %s" % (wa_ts(lang), who, msg))
    return "\n".join(out)


def email_headers(lang, frm, to, subj):
    h = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subj,
         "Date: %s, %02d %s 2024 %02d:%02d:%02d +0%d00" % (ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28),
                                                         ch(["Jan", "Mar", "May", "Jul", "Oct"]), R.randint(7, 20), R.randint(0, 59), R.randint(0, 59), ch([1, 2, 0])),
         "Message-ID: <%s@%s>" % (rhex(24), ch(["mail.gmail.com", "libero.it", "outlook.com", "pec.aruba.it"]))]
    if maybe(0.4):
        h.append("X-Mailer: %s" % ch(["iPhone Mail (21E236)", "Microsoft Outlook 16.0", "Thunderbird 115.9", "Libero Mail"]))
    if maybe(0.3):
        h.append("In-Reply-To: <%s@desk.sportello.example>" % uuid4())
    if maybe(0.3):
        h.append("Content-Type: text/plain; charset=\"UTF-8\"")
    R.shuffle(h)
    return "\n".join(h)


def addr(first, last, lang):
    dom = ch(["gmail.com", "libero.it", "tiscali.it", "alice.it"]) if lang == "it" else ch(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"])
    return "%s %s <%s.%s@%s>" % (first, last, first.lower(), last.lower().replace(" ", "").replace("'", ""), dom)
