#!/usr/bin/env python3
"""fresh26 — "small screens and short fuses: mobile-first and messaging".

Written blind to the guard. Fixed seed; writes fresh26.jsonl next to this file.
Labelling decisions:
  * APNs device tokens and FCM registration tokens are identifiers -> must pass.
  * FCM legacy server keys (AAAA...:APA91b...), Google API keys (AIza...),
    Mapbox secret tokens (sk.eyJ...), Stripe/AWS/GitHub/Slack/Telegram-bot/
    SendGrid/Twilio keys -> vendor_key.
  * Keystore store/key passwords -> password.  Backup/recovery codes,
    SMS/OTP codes, PINs -> pin.  Card approval/auth codes on POS slips -> pass.
  * IMEI / ICCID numbers (Luhn-valid by design) -> pass.
"""
import json, random, string, base64, os, sys, hashlib, uuid

R = random.Random(202612026)
HERE = os.path.dirname(os.path.abspath(__file__))

AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64U = AL + "-_"


def rs(n, a=AL):
    return "".join(R.choice(a) for _ in range(n))


def pick(*xs):
    return R.choice(xs)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def id_prefixed(p, n):
    while True:
        d = p + digits(n)
        if not luhn_ok(d):
            return d


def id_digits(n):
    """numeric identifier that is NOT Luhn-valid (so it cannot pass for a card)."""
    while True:
        d = digits(n)
        if not luhn_ok(d):
            return d


# ---------------------------------------------------------------- cards
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_PREFIXES = [("4539", 16), ("4556", 16), ("4916", 16), ("4024007", 16), ("4485", 16),
                 ("5555", 16), ("5105", 16), ("5425", 16), ("2223", 16), ("2720", 16),
                 ("6011", 16), ("3782", 15), ("3714", 15), ("4000056", 16)]


def card_raw():
    p, n = R.choice(CARD_PREFIXES)
    return luhn_complete(p, n)


def card_bad():
    c = card_raw()
    last = int(c[-1])
    return c[:-1] + str((last + R.randint(1, 9)) % 10)


def fmt_card(num, sep=None):
    if sep is None:
        sep = pick(" ", " ", "-", "", ".", "  ", " - ", "/")
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def cvv_for(num):
    return digits(4) if len(num) == 15 else digits(3)


def expiry():
    return "%02d/%s" % (R.randint(1, 12), pick("27", "28", "29", "2028", "30", "31"))


# ---------------------------------------------------------------- banks
def mod97(s):
    n = 0
    for ch in s:
        n = (n * 10 + int(ch)) % 97
    return n


def alnum_to_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from(cc, bban):
    chk = 98 - mod97(alnum_to_num(bban + cc + "00"))
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    return mod97(alnum_to_num(ib[4:] + ib[:4])) == 1


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch, 36) if ch.isdigit() else ord(ch) - 65
        if ch.isdigit():
            v = int(ch)
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


IT_BANKS = [("03069", "Intesa Sanpaolo"), ("02008", "UniCredit"), ("05034", "Banco BPM"),
            ("03111", "BPER"), ("01030", "MPS"), ("03062", "Mediolanum"), ("36772", "Hype"),
            ("03015", "Fineco"), ("05696", "Popolare di Sondrio"), ("08327", "BCC Roma"),
            ("03268", "Banca Sella"), ("36000", "Poste (BancoPosta)")]


def it_bban():
    abi = R.choice(IT_BANKS)[0]
    cab = digits(5)
    conto = pick(digits(12), "0000" + digits(8), "CC0" + digits(9), "1000000" + digits(5))
    return it_cin(abi + cab + conto) + abi + cab + conto, abi, cab, conto


def it_iban():
    return iban_from("IT", it_bban()[0])


def de_acct():
    blz = pick("37040044", "10010010", "50010517", "20041133", "70020270", "12030000", "43060967")
    kto = digits(10)
    return blz, kto


def de_iban():
    b, k = de_acct()
    return iban_from("DE", b + k)


def fr_rib():
    banque = pick("30004", "30003", "20041", "10107", "30002", "18206", "16958")
    guichet = digits(5)
    compte = digits(11)
    cle = 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return banque, guichet, compte, "%02d" % cle


def fr_iban():
    b, g, c, k = fr_rib()
    return iban_from("FR", b + g + c + k)


def es_ccc():
    ent = pick("2100", "0049", "0182", "0081", "2080", "0128", "1465")
    ofi = digits(4)
    cta = digits(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if d == 11 else (1 if d == 10 else d)
    return ent, ofi, "%d%d" % (dc("00" + ent + ofi), dc(cta)), cta


def es_iban():
    e, o, d, c = es_ccc()
    return iban_from("ES", e + o + d + c)


def uk_acct():
    sc = "%02d-%02d-%02d" % (R.choice([20, 40, 60, 30, 11, 9, 77, 83]), R.randint(0, 99), R.randint(0, 99))
    return sc, digits(8)


def gb_iban():
    sc, ac = uk_acct()
    return iban_from("GB", pick("NWBK", "BARC", "MIDL", "LOYD", "REVO", "MONZ") + sc.replace("-", "") + ac)


def nl_iban():
    return iban_from("NL", pick("ABNA", "INGB", "RABO", "BUNQ") + digits(10))


def be_iban():
    b = digits(10)
    return iban_from("BE", b + "%02d" % ((int(b) % 97) or 97))


def lt_iban():  # Revolut-style
    return iban_from("LT", "32500" + digits(11))


def any_iban():
    f = R.choice([it_iban, it_iban, it_iban, de_iban, fr_iban, es_iban, gb_iban, nl_iban, be_iban, lt_iban])
    return f()


def fmt_iban(ib, mode=None):
    if mode is None:
        mode = pick("plain", "groups", "groups", "lower-groups", "dash")
    if mode == "plain":
        return ib
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if mode == "lower-groups":
        return g
    if mode == "dash":
        return "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return g


def bad_iban():
    ib = any_iban()
    chk = int(ib[2:4])
    nb = "%02d" % ((chk + R.randint(1, 40)) % 97 + 2)
    out = ib[:2] + nb + ib[4:]
    return out if not iban_valid(out) else ib[:2] + "00" + ib[4:]


BICS = ["BCITITMM", "UNCRITMM", "BAPPIT21", "BPMOIT22", "PASCITMM", "SELBIT2B", "FEBIITM1",
        "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBB", "REVOLT21", "NTSBDEB1", "BPPIITRRXXX"]

# ---------------------------------------------------------------- tokens
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    hdr = b64u(json.dumps({"alg": pick("HS256", "RS256", "ES256"), "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"sub": pick("usr_", "m_", "") + rs(10, LOW), "iat": 1796000000 + R.randint(0, 9999999),
                          "exp": 1796000000 + R.randint(10000000, 19999999),
                          "scope": pick("payments:write", "read write", "openid profile", "merchant")}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + rs(R.choice([43, 43, 86]), B64U)


def opaque_at():
    return pick(
        lambda: "spk_live_" + rs(32),
        lambda: "sat_" + rs(40, AL),
        lambda: "at_" + rs(36, B64U),
        lambda: rs(48, AL),
        lambda: "ya29." + rs(R.randint(100, 140), B64U),
        lambda: "EAAG" + rs(120, AL),
        lambda: "mob_" + rs(24, LOW) + "." + rs(32, AL),
    )()


def access_token():
    return jwt() if R.random() < 0.45 else opaque_at()


def refresh_token():
    return pick(
        lambda: "rt_" + rs(48, B64U),
        lambda: "1//0" + rs(1, "cdgh") + rs(90, B64U),
        lambda: rs(64, AL),
        lambda: "def50200" + rs(120, HEX),
        lambda: "srt." + rs(40, AL) + "." + rs(20, AL),
    )()


def client_secret():
    return pick(
        lambda: rs(40, AL),
        lambda: "cs_" + rs(32, AL),
        lambda: "GOCSPX-" + rs(28, B64U),
        lambda: rs(32, HEX),
        lambda: rs(24, AL) + "~" + rs(12, AL),
    )()


def vendor_key():
    return pick(
        lambda: "AIza" + rs(35, B64U),
        lambda: "AIza" + rs(35, B64U),
        lambda: "AAAA" + rs(7, AL) + ":APA91b" + rs(134, B64U),
        lambda: "sk_live_" + rs(R.choice([24, 99]), AL),
        lambda: "rk_live_" + rs(24, AL),
        lambda: "AKIA" + rs(16, string.ascii_uppercase + "234567"),
        lambda: "ghp_" + rs(36, AL),
        lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24, AL),
        lambda: "sk.eyJ1Ijoi" + rs(30, B64U) + "." + rs(22, B64U),
        lambda: digits(10) + ":AA" + rs(33, B64U),
        lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U),
        lambda: "SK" + rs(32, HEX),
        lambda: "sntrys_" + rs(60, AL),
    )()


def vendor_key_of(kind):
    return {
        "google": lambda: "AIza" + rs(35, B64U),
        "fcm": lambda: "AAAA" + rs(7, AL) + ":APA91b" + rs(134, B64U),
        "stripe": lambda: "sk_live_" + rs(24, AL),
        "aws": lambda: "AKIA" + rs(16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: rs(40, AL + "/+"),
        "github": lambda: "ghp_" + rs(36, AL),
        "slack": lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24, AL),
        "mapbox": lambda: "sk.eyJ1Ijoi" + rs(30, B64U) + "." + rs(22, B64U),
        "telegram": lambda: digits(10) + ":AA" + rs(33, B64U),
        "sendgrid": lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U),
        "twilio": lambda: "SK" + rs(32, HEX),
        "sentry": lambda: "sntrys_" + rs(60, AL),
    }[kind]()


WORDS_IT = ["gatto", "Mare", "sole", "Pizza", "luna", "Roma", "ciao", "Napoli", "Vespa", "fiore", "Nonna", "tramonto", "Juve", "Milan", "bici", "Limone", "Pandoro", "cane"]
WORDS_EN = ["Tiger", "blue", "Coffee", "river", "Maple", "rocket", "Pepper", "storm", "Lemon", "panda", "Falcon", "cloud"]


def password():
    return pick(
        lambda: R.choice(WORDS_IT) + R.choice(WORDS_IT).lower() + digits(R.randint(2, 4)) + pick("!", "?", "#", "$", "", "*"),
        lambda: R.choice(WORDS_EN) + pick("_", "-", ".", "") + digits(2) + pick("!", "@", "%", "&"),
        lambda: rs(R.randint(10, 16), AL + "!@#$%&*?"),
        lambda: R.choice(WORDS_IT).capitalize() + "." + R.choice(WORDS_IT) + "." + digits(4),
        lambda: "-".join(R.choice(WORDS_EN).lower() for _ in range(4)),
        lambda: rs(4, string.ascii_uppercase) + digits(4) + rs(3, "!?#@") + rs(2, string.ascii_lowercase),
        lambda: R.choice(["Estate", "Inverno", "Natale", "Pasqua"]) + pick("2025", "2026", "26") + pick("!", "!!", "$"),
    )()


def pin(n=None):
    n = n or R.choice([4, 5, 6, 6, 6, 8])
    d = digits(n)
    while len(set(d)) < 2:
        d = digits(n)
    return d


def pem(kind="PRIVATE KEY", lines=None, width=64):
    lines = lines or R.randint(5, 12)
    body = "\n".join(rs(width, AL + "+/") for _ in range(lines - 1)) + "\n" + rs(R.randint(8, 60), AL + "+/") + pick("=", "==", "")
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)


# ---------------------------------------------------------------- fillers
NAMES_IT = ["Marco", "Giulia", "Salvatore", "Francesca", "Gennaro", "Chiara", "Luca", "Rosaria", "Davide", "Anna", "Peppe", "Sara", "Tonino", "Elisa", "Matteo", "Nonna Pina", "Zio Franco", "Ilaria", "Kevin", "Gianluca"]
NAMES_EN = ["Tom", "Priya", "Jake", "Olivia", "Sam", "Hannah", "Dev", "Maya", "Chris", "Lucy", "Ben", "Aisha", "Ryan", "Zoe"]
SHOPS = ["Bar Sport", "Pizzeria da Ciro", "Ferramenta Rossi", "Ottica Bellavista", "Forno Santa Lucia", "Gelateria Polo Nord", "Tabacchi n.12", "Fiori di Lina", "Agriturismo Le Querce", "Autolavaggio Jet", "Parrucchiera Stile", "Macelleria Bruno"]
APPS = ["com.trattoria.ordini", "it.ferramentarossi.app", "com.acme.pay.merchant", "it.sportello.demo", "io.foodbox.driver", "com.vendomatic.kiosk", "it.gelateria.fidelity", "com.parkly.app", "it.bikeshare.milano", "com.orto.delivery"]
DEVICES = ["iPhone 15 Pro", "iPhone 13 mini", "iPhone SE", "Galaxy S23", "Galaxy A54", "Pixel 8", "Redmi Note 12", "iPad Air", "Galaxy Tab A8", "OPPO A78", "Sunmi V2 Pro", "PAX A920", "Apple Watch", "Xiaomi 13T"]
IOS = ["iOS 17.6.1", "iOS 18.1", "iOS 18.2", "iPadOS 17.5", "iOS 16.7.10"]
ANDROID = ["Android 14", "Android 13", "Android 12", "Android 15"]
CITIES = ["Bari", "Catania", "Torino", "Padova", "Lecce", "Bergamo", "Cagliari", "Salerno", "Verona", "Trento"]


def name(lang):
    return R.choice(NAMES_IT if lang == "it" else NAMES_EN)


def hhmm():
    return "%02d:%02d" % (R.randint(6, 23), R.randint(0, 59))


def date_it():
    return "%02d/%02d/%s" % (R.randint(1, 28), R.randint(1, 12), pick("2026", "26"))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return rs(n, HEX)


def amount():
    return "%d,%02d" % (R.randint(1, 900), R.randint(0, 99))


def order_id():
    return pick("ORD-", "#", "A", "ord_", "N.") + digits(R.randint(5, 9))


def sent_from(lang):
    return pick("", "", "\n\nInviato da iPhone" if lang == "it" else "\n\nSent from my iPhone",
                "\n\nInviato dal mio Galaxy" if lang == "it" else "\n\nSent from my Galaxy",
                "\n\n-- \nInviato da Libero Mail per Android" if lang == "it" else "\n\nSent from Outlook for iOS",
                "\n\nScusate la brevità, scrivo dal telefono" if lang == "it" else "\n\nsorry typos, on mobile",
                "\n\nGet Outlook for Android" if lang == "en" else "\n\nInviato da Outlook per iOS")


def envelope(body, lang, who=None):
    """Wrap a message the way messaging apps forward it."""
    who = who or name(lang)
    t = hhmm()
    e = R.randint(0, 9)
    if e == 0:
        return "[%s, %s] %s: %s" % (t, date_it(), who, body)
    if e == 1:
        return ("Inoltrato\n" if lang == "it" else "Forwarded\n") + body + "\n" + t + " ✓✓"
    if e == 2:
        return ("Messaggio inoltrato da %s\n" if lang == "it" else "Forwarded from %s\n") % who + body + "\n" + t
    if e == 3:
        return "%s\n%s\n%s" % (who, body, ("Letto alle " if lang == "it" else "Read ") + t)
    if e == 4:
        return "%s, [%s %s]\n%s" % (who, date_it(), t, body) + sent_from(lang)
    if e == 5:
        return body + ("\n\nConsegnato" if lang == "it" else "\n\nDelivered")
    if e == 6:
        return "— %s (Signal) %s —\n%s" % (who, t, body)
    return body + sent_from(lang)


def intro(lang):
    if lang == "it":
        return pick("ciao", "Buongiorno", "salve", "Buonasera, scusate l'orario", "ehi", "Gentile assistenza,", "Salve a tutti", "ciao ragazzi", "Scusate", "Aiuto!!", "Buongiorno 🙏")
    return pick("hi", "Hello", "hey", "Hi team,", "Good morning", "Hi support", "hello there", "quick one:", "Help pls", "Hiya")


def ask(lang):
    if lang == "it":
        return pick("potete controllare?", "mi dite cosa sbaglio?", "non funziona niente", "è urgente, ho il cliente davanti", "grazie mille", "fatemi sapere", "risp appena potete 🙏", "cosa devo fare?", "non capisco", "vi prego aiutatemi", "grazie", "")
    return pick("can you check?", "what am I doing wrong?", "nothing works", "urgent, customer waiting", "thanks a lot", "let me know", "pls reply asap 🙏", "what should I do?", "no idea why", "thx", "")


def emojify(lang):
    return pick("", "", " 😅", " 🙏", " 😩", " 🤦‍♂️", " 👍", " 😤", " 🔥", " ❤️", " 😂")


# ---------------------------------------------------------------- sample store
OUT = []
SEEN = set()
CNT = {}


def add(lang, style, text, secrets, tag):
    if text in SEEN:
        return False
    for s in secrets:
        assert s["value"] in text, (tag, s, text)
    SEEN.add(text)
    OUT.append({"lang": lang, "style": style, "text": text, "secrets": secrets, "_tag": tag})
    return True


def S(kind, value):
    return {"kind": kind, "value": value}

# ======================================================================
#                      POSITIVE TEMPLATES  (by primary kind)
# ======================================================================
POS = {k: [] for k in ["password", "access_token", "vendor_key", "pin", "bank_account", "card_number",
                       "cvv", "iban", "client_secret", "refresh_token", "private_key"]}


def pos(kind):
    def deco(f):
        POS[kind].append(f)
        return f
    return deco

# ---------------- password
@pos("password")
def pw_whatsapp(lang):
    p = password()
    who = name(lang)
    sys_ = pick("backoffice", "gestionale", "pannello esercente", "dashboard", "app cassa", "account sandbox")
    if lang == "it":
        b = "%s la pass del %s è %s%s\n%s" % (pick("allora", "ok", "ecco", "tieni"), sys_, p, emojify(lang), ask(lang))
    else:
        b = "%s the %s password is %s%s\n%s" % (pick("ok so", "here", "fyi", "right"), pick("backoffice", "merchant dashboard", "admin panel", "sandbox account"), p, emojify(lang), ask(lang))
    return "whatsapp", envelope(b, lang, who), [S("password", p)]


@pos("password")
def pw_voice(lang):
    p = password().replace(" ", "")
    if lang == "it":
        t = pick("ciao virgola ti scrivo col vocale perché sto guidando punto la password nuova è %s punto fammi sapere se entra punto interrogativo",
                 "Buongiorno virgola sono %s del negozio punto ho provato a entrare con utente %s e password %s ma dice credenziali errate punto",
                 "allora due punti la password del pos è %s virgola l'ho cambiata ieri sera punto esclamativo")
        if t.count("%s") == 3:
            t = t % (name(lang), pick("negozio1", "admin", "cassa@" + pick("bar", "forno") + ".it"), p)
        else:
            t = t % p
    else:
        t = pick("hi comma texting by voice because I'm driving period the new password is %s period let me know if it works question mark",
                 "so colon the password for the terminal is %s comma I changed it last night exclamation mark",
                 "new line password %s new line thanks")
        t = t % p
    return "voice-to-text", envelope(t, lang), [S("password", p)]


@pos("password")
def pw_gradle(lang):
    sp, kp = password(), password()
    same = R.random() < 0.4
    if same:
        kp = sp
    alias = pick("upload", "release", "key0", "androiddebugkey", "prod")
    t = ("MYAPP_UPLOAD_STORE_FILE=%s.keystore\nMYAPP_UPLOAD_KEY_ALIAS=%s\nMYAPP_UPLOAD_STORE_PASSWORD=%s\nMYAPP_UPLOAD_KEY_PASSWORD=%s\norg.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true"
         % (alias, alias, sp, kp))
    if lang == "it":
        pre = pick("il build di release su Android fallisce, vi incollo il gradle.properties:\n\n", "ciao, sono junior, ho copiato dal portatile il file gradle.properties:\n", "Play Console rifiuta l'aab, questo è il mio gradle.properties\n")
    else:
        pre = pick("release build fails on Android, here's gradle.properties:\n\n", "junior dev here, pasting gradle.properties from my laptop:\n", "Play Console rejects the aab, my gradle.properties:\n")
    secs = [S("password", sp)] if same else [S("password", sp), S("password", kp)]
    return "gradle", pre + t, secs


@pos("password")
def pw_notes(lang):
    p = password()
    hdr = pick("3 dicembre 2026 alle ore %s" % hhmm(), "Oggi %s" % hhmm(), "Ieri") if lang == "it" else pick("December 3, 2026 at %s" % hhmm(), "Today %s" % hhmm(), "Yesterday")
    if lang == "it":
        body = "📝 %s\n%s\n\n- cassa: lunedì chiamare tecnico\n- login portale: %s\n- pass: %s\n- latte, uova" % (pick("Note", "Promemoria", "Cose negozio"), hdr, pick("info@", "admin@", "") + R.choice(SHOPS).split()[0].lower() + pick(".it", ""), p)
        pre = pick("vi mando la nota dall'iPhone così vedete che dati uso:\n\n", "condivido da Note:\n", "")
    else:
        body = "📝 %s\n%s\n\n- call POS guy monday\n- portal login: %s\n- pwd: %s\n- milk, eggs" % (pick("Notes", "Reminders", "Shop stuff"), hdr, pick("info@", "admin@") + "myshop.co.uk", p)
        pre = pick("sharing my note from the iPhone so you see what I use:\n\n", "shared from Notes:\n", "")
    return "notes-app", pre + body, [S("password", p)]


@pos("password")
def pw_livetext(lang):
    p = password()
    app = pick("Password", "1Password", "Bitwarden", "Portachiavi iCloud" if lang == "it" else "iCloud Keychain")
    t = "%s\n〈 %s\n%s\nNome utente\n%s\nPassword\n%s\n%s\nSito web\n%s" % (
        hhmm() + " ▂▄▆ 5G 🔋" + str(R.randint(10, 99)) + "%", app, pick("dashboard.sportello.dev", "merchant.acme-pay.com", "backoffice.negozio.it"),
        pick("admin", "ciro.esposito", "ops@" + pick("bar", "shop") + ".it"), p, pick("Copia", "Copy", "Mostra", ""), pick("sportello.dev", "acme-pay.com"))
    pre = ("testo copiato dallo screenshot (Live Text):\n" if lang == "it" else "text copied from the screenshot (Live Text):\n")
    return "ocr", pre + t, [S("password", p)]


@pos("password")
def pw_wifi(lang):
    p = password()
    ssid = pick("Negozio_", "BAR-", "Vodafone-", "TIM-", "FASTWEB-", "Kiosk_") + rs(4, string.ascii_uppercase + string.digits)
    if lang == "it":
        t = pick("il pos si collega al wifi %s pass %s ma perde la connessione ogni 5 minuti", "rete: %s\npassword: %s\nil terminale non vede la rete a 5GHz", "Wi-Fi %s / chiave %s — il tecnico dice che è il router")
    else:
        t = pick("the terminal joins wifi %s pass %s but drops every 5 minutes", "network: %s\npassword: %s\nterminal doesn't see 5GHz", "Wi-Fi %s / key %s — tech says it's the router")
    return "sms", envelope(t % (ssid, p), lang), [S("password", p)]


@pos("password")
def pw_plist(lang):
    p = password()
    u = pick("api_user", "merchant_app", "demo", "mobile")
    k = pick("API_PASSWORD", "BackendPassword", "SPORTELLO_PASSWORD", "basicAuthPassword")
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>%s</string>\n\t<key>API_USER</key>\n\t<string>%s</string>\n\t<key>%s</key>\n\t<string>%s</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>%d.%d.%d</string>\n</dict>\n</plist>'
         % (R.choice(APPS), u, k, p, R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)))
    pre = pick("Info.plist dell'app (React Native), è giusto così?\n", "vi giro il nostro Info.plist, il login non va su TestFlight:\n") if lang == "it" else pick("our Info.plist (React Native), is this right?\n", "here's Info.plist, login fails on TestFlight:\n")
    return "plist", pre + t, [S("password", p)]


@pos("password")
def pw_connurl(lang):
    p = password().replace("@", "!").replace("/", "").replace("#", "%").replace(":", "")
    p = p.replace("%", "")
    u = pick("app", "mobile", "rn_user", "flutter")
    url = pick("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/app", "postgres://%s:%s@db.%s.supabase.co:5432/postgres", "mysql://%s:%s@%s.eu-west-1.rds.amazonaws.com/shop") % (u, p, rs(6, LOW))
    t = pick("// config.ts\nexport const DB_URL = \"%s\";", "DATABASE_URL=%s", "const uri = '%s' // TODO spostare") % url
    pre = pick("nell'app Expo ho messo questa stringa, da Android parte ma da iOS no:\n", "ciao, la mia app Flutter non si connette:\n") if lang == "it" else pick("in my Expo app I put this, works on Android not iOS:\n", "my Flutter app won't connect:\n")
    return "react-native", pre + t, [S("password", p)]


@pos("password")
def pw_wrapped(lang):
    p = rs(R.randint(14, 20), AL + "!#?")
    cut = R.randint(5, len(p) - 4)
    wrapped = p[:cut] + "\n" + p[cut:]
    if lang == "it":
        t = "dal telefono si vede così, scusate\nla password\nprovvisoria è %s\nnon l'ho scelta io" % wrapped
    else:
        t = "it wraps like this on my phone, sorry\nthe temp\npassword is %s\nI didn't pick it" % wrapped
    return "sms", envelope(t, lang), [S("password", wrapped)]


@pos("password")
def pw_watch(lang):
    p = password()
    who = name(lang)
    if lang == "it":
        t = "⌚ Notifica su Apple Watch:\nMessaggi · ora\n%s\n\"psw admin %s\"\n[Rispondi] [Ignora]\n\nmi è arrivato questo mentre ero fuori, è la password giusta per il portale?" % (who, p)
    else:
        t = "⌚ Apple Watch notification:\nMessages · now\n%s\n\"admin pw %s\"\n[Reply] [Dismiss]\n\ngot this while out, is that the right portal password?" % (who, p)
    return "watch", t, [S("password", p)]


@pos("password")
def pw_elderly(lang):
    p = password()
    if lang == "it":
        t = pick("Buongiorno sono la signora %s mio nipote mi ha messo nel telefono la parola d'ordine %s ma quando la scrivo mi dice errore. Come si fa. Grazie distinti saluti",
                 "GENTILE SIGNORI HO SCARICATO LA VOSTRA APP MI CHIEDE LA PASSWORD IO HO MESSO %s MA NON VA. %s",
                 "salve non sono pratica di telefonini. la password che mi hanno dato in negozio è %s. Devo scriverla tutta attaccata?")
        if t.startswith("Buongiorno"):
            t = t % (pick("Carmela", "Lucia", "Assunta", "Maria"), p)
        elif t.startswith("GENTILE"):
            t = t % (p, "SALUTI " + pick("ROSSI", "ESPOSITO", "BIANCHI"))
        else:
            t = t % p
    else:
        t = pick("Hello, my grandson set up the app, the password he wrote down is %s but it says wrong password. Regards, %s",
                 "DEAR SIR I DOWNLOADED YOUR APP IT ASKS PASSWORD I TYPED %s NOT WORKING. %s")
        t = t % (p, pick("Margaret", "Harold", "Doris"))
    return "sms", t + sent_from(lang), [S("password", p)]


@pos("password")
def pw_foreign(lang):
    p = password()
    lbl = pick("Kennwort", "Passwort", "mot de passe", "contraseña", "Mot de passe", "clave")
    if lang == "it":
        t = "%s, il nostro socio tedesco/francese mi ha girato i dati dal telefono:\nBenutzer / utilisateur: %s\n%s: %s\nfunzionano anche per voi?" % (intro(lang), pick("filiale.bz", "shop-nizza", "tienda01"), lbl, p)
    else:
        t = "%s, our partner forwarded the login from his phone:\nBenutzer / utilisateur: %s\n%s: %s\ndoes this work on your side?" % (intro(lang), pick("filiale.bz", "shop-nice", "tienda01"), lbl, p)
    return "whatsapp", envelope(t, lang), [S("password", p)]


@pos("password")
def pw_xcodelog(lang):
    p = password().replace('"', "")
    email = pick("demo", "test", "mario.r", "k.smith") + "@" + pick("shop.it", "gmail.com", "example.com")
    ts = "2026-12-03 %s:%02d.%03d" % (hhmm(), R.randint(0, 59), R.randint(0, 999))
    t = '%s %s[%d:%d] [Auth] POST /v1/session body={"email":"%s","password":"%s","device":"%s"}\n%s %s[%d:%d] [Auth] ← 401 {"error":"invalid_credentials"}' % (
        ts, pick("Cassa", "Runner", "MyShop"), R.randint(1000, 9999), R.randint(10000, 99999), email, p, R.choice(DEVICES), ts, pick("Cassa", "Runner"), R.randint(1000, 9999), R.randint(10000, 99999))
    pre = pick("log dalla console di Xcode:\n", "ho copiato dalla console Xcode, l'utente non riesce a loggarsi:\n") if lang == "it" else pick("Xcode console:\n", "copied from Xcode console, user can't log in:\n")
    return "xcode-log", pre + t, [S("password", p)]


@pos("password")
def pw_logcat(lang):
    p = password()
    t = "12-03 %s:%02d.%03d  %d  %d D/AuthRepository: signIn(username=%s, password=%s)\n12-03 %s:%02d.%03d  %d  %d W/OkHttp: <-- 401 Unauthorized https://api.sportello.dev/v1/login (%dms)" % (
        hhmm(), R.randint(0, 59), R.randint(0, 999), R.randint(1000, 30000), R.randint(1000, 30000), pick("negozio", "driver042", "kiosk-7"), p,
        hhmm(), R.randint(0, 59), R.randint(0, 999), R.randint(1000, 30000), R.randint(1000, 30000), R.randint(80, 900))
    pre = pick("Android Studio logcat:\n", "dal logcat (filtrato su Auth):\n") if lang == "it" else pick("Android Studio logcat:\n", "logcat filtered on Auth:\n")
    return "logcat", pre + t, [S("password", p)]


@pos("password")
def pw_pos_tech(lang):
    p = digits(R.randint(6, 8)) if R.random() < 0.4 else password()
    if lang == "it":
        t = pick("sono il tecnico, sono dal cliente %s a %s. per entrare nel menu gestore del %s serve la password %s giusto? non accetta",
                 "Rapportino intervento\nCliente: %s (%s)\nTerminale: %s\nPassword menu tecnico: %s\nEsito: KO, chiedo supporto")
        t = t % (R.choice(SHOPS), R.choice(CITIES), pick("PAX A920", "Ingenico Move/5000", "Sunmi P2", "Verifone V240m"), p)
    else:
        t = pick("field tech here at %s in %s. the manager menu on the %s wants password %s right? it won't accept it",
                 "Job sheet\nCustomer: %s (%s)\nTerminal: %s\nTech menu password: %s\nResult: failed, need support")
        t = t % (R.choice(SHOPS), pick("Leeds", "Bristol", "Cork"), pick("PAX A920", "Ingenico Move/5000", "Verifone V240m"), p)
    return "field-note", t, [S("password", p)]


@pos("password")
def pw_kiosk(lang):
    p = password()
    if lang == "it":
        t = "Distributore n.%d (%s) - display: \"ERR 47 pagamento\"\nsono entrato in manutenzione con la password %s ma il lettore contactless resta spento. foto in allegato" % (R.randint(1, 300), pick("stazione", "ospedale", "palestra", "università"), p)
    else:
        t = "Vending unit #%d (%s) - display: \"ERR 47 payment\"\nwent into service mode with password %s but the contactless reader stays off. photo attached" % (R.randint(1, 300), pick("station", "hospital", "gym", "campus"), p)
    return "field-note", t, [S("password", p)]


@pos("password")
def pw_teen(lang):
    p = password()
    if lang == "it":
        t = pick("raga ho fatto l'account x il negozio di mio padre, pw %s, nn mi fa entrare in app 😭😭", "bro la pass è %s cmq nn va niente", "ma perché l'app dice password sbagliata se è %s ?? 💀")
    else:
        t = pick("guys i made the account for my dad's shop, pw %s, app won't let me in 😭", "bro the pass is %s and nothing works", "why does the app say wrong password if it's %s?? 💀")
    return "chat", envelope(t % p, lang), [S("password", p)]


@pos("password")
def pw_xcconfig(lang):
    p = password().replace("/", "")
    t = "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = %s\nMARKETING_VERSION = %d.%d\nCURRENT_PROJECT_VERSION = %d\nAPI_BASE_URL = https:/$()/api.sportello.dev\nAPI_USER = mobile\nAPI_PASS = %s" % (R.choice(APPS), R.randint(1, 5), R.randint(0, 30), R.randint(10, 900), p)
    pre = "ho messo le credenziali nell'xcconfig come da tutorial, va bene?\n" if lang == "it" else "I put the creds in the xcconfig like the tutorial, ok?\n"
    return "xcconfig", pre + t, [S("password", p)]


@pos("password")
def pw_ftp_sms(lang):
    p = password()
    if lang == "it":
        t = "SMS da %s:\n\"Accesso app esercenti attivato. Utente: %s Password temporanea: %s Cambiala al primo accesso.\"\nma l'app mi dice scaduta" % (pick("+39 3" + digits(9), "SPORTELLO", "InfoBanca"), digits(8), p)
    else:
        t = "SMS from %s:\n\"Merchant app access enabled. User: %s Temporary password: %s Change it at first login.\"\nbut the app says expired" % (pick("+44 7" + digits(9), "SPORTELLO"), digits(8), p)
    return "sms", t, [S("password", p)]


# ---------------- access_token
@pos("access_token")
def at_xcode_header(lang):
    tok = access_token()
    t = "▿ URLRequest\n  - url : https://api.sportello.dev/v1/%s\n  ▿ allHTTPHeaderFields : 3 elements\n    ▿ 0 : 2 elements\n      - key : \"Authorization\"\n      - value : \"Bearer %s\"\n    ▿ 1 : 2 elements\n      - key : \"X-Request-Id\"\n      - value : \"%s\"" % (pick("payments", "refunds", "merchants/me", "payouts"), tok, uuid4())
    pre = pick("po dal debugger di Xcode:\n", "questo è il dump della richiesta in Xcode, risponde 403:\n") if lang == "it" else pick("po from the Xcode debugger:\n", "request dump in Xcode, we get 403:\n")
    return "xcode-log", pre + t, [S("access_token", tok)]


@pos("access_token")
def at_asyncstorage(lang):
    tok = access_token()
    extra = []
    t_extra = ""
    if R.random() < 0.4:
        rt = refresh_token()
        t_extra = ',\\"refreshToken\\":\\"%s\\"' % rt
        extra = [S("refresh_token", rt)]
    t = '[AsyncStorage] @auth = "{\\"accessToken\\":\\"%s\\"%s,\\"expiresIn\\":%d,\\"user\\":{\\"id\\":\\"%s\\"}}"' % (tok, t_extra, pick(3600, 900, 86400), "usr_" + rs(12, LOW))
    pre = pick("Flipper mi mostra questo in AsyncStorage, il token scade subito?\n", "dal React Native debugger:\n") if lang == "it" else pick("Flipper shows this in AsyncStorage, does the token expire too early?\n", "from React Native debugger:\n")
    return "react-native", pre + t, [S("access_token", tok)] + extra


@pos("access_token")
def at_deeplink(lang):
    tok = access_token()
    url = "%s://auth/callback#access_token=%s&token_type=Bearer&expires_in=3600&state=%s" % (pick("myshop", "sportellodemo", "cassa", "runnerapp"), tok, rs(16, LOW))
    pre = pick("il deep link che arriva all'app (copiato dal log di Safari):\n", "condiviso dal menu Condividi di iOS:\n") if lang == "it" else pick("deep link the app receives (from Safari log):\n", "shared via the iOS share sheet:\n")
    return "deeplink", pre + url + "\n" + ask(lang), [S("access_token", tok)]


@pos("access_token")
def at_flutter(lang):
    tok = access_token()
    t = "flutter: ══╡ DIO ╞══\nflutter: → GET https://api.sportello.dev/v1/orders?page=%d\nflutter: headers: {authorization: Bearer %s, accept: application/json}\nflutter: ← %d (%d ms)" % (R.randint(1, 9), tok, pick(401, 403, 500, 200), R.randint(50, 2000))
    pre = pick("output di flutter run:\n", "dal terminale di VS Code (flutter):\n") if lang == "it" else pick("flutter run output:\n", "from VS Code terminal (flutter):\n")
    return "flutter-log", pre + t, [S("access_token", tok)]


@pos("access_token")
def at_cookie(lang):
    v = rs(R.choice([32, 40, 48]), AL + "%")
    cname = pick("sessionid", "sp_session", "connect.sid", "_shop_session", "PHPSESSID")
    if cname == "connect.sid":
        v = "s%3A" + rs(32, B64U) + "." + rs(43, AL)
    t = "Web Inspector (iPhone) › Storage › Cookies\nName\tValue\tDomain\n%s\t%s\t.sportello.dev\n_ga\tGA1.2.%d.%d\t.sportello.dev" % (cname, v, R.randint(10 ** 8, 10 ** 9), 1796000000 + R.randint(0, 999999))
    pre = "collegato l'iPhone al Mac, ecco i cookie della webview:\n" if lang == "it" else "hooked the iPhone to the Mac, here are the webview cookies:\n"
    return "devtools", pre + t, [S("access_token", v)]


@pos("access_token")
def at_provider_key(lang):
    k = "spk_live_" + rs(32) if R.random() < 0.6 else "spk_test_" + rs(32)
    if lang == "it":
        t = pick("ho messo la chiave %s in app.json sotto extra, è giusto che stia nell'app?", "la chiave API che mi avete dato (%s) da iPhone restituisce 401", "api key: %s\nmerchant: %s")
    else:
        t = pick("I put the key %s into app.json under extra, is it fine inside the app?", "the API key you gave me (%s) returns 401 from iPhone", "api key: %s\nmerchant: %s")
    t = t % ((k, "acme-" + rs(5, LOW)) if t.count("%s") == 2 else k)
    return "chat", envelope(t, lang), [S("access_token", k)]


@pos("access_token")
def at_wrapped_jwt(lang):
    tok = jwt()
    w = R.randint(28, 40)
    wrapped = "\n".join(tok[i:i + w] for i in range(0, len(tok), w))
    pre = "copiato dal telefono, si è spezzato su più righe:\n" if lang == "it" else "copied on my phone, it broke over lines:\n"
    return "sms", pre + "Bearer " + wrapped + "\n" + ask(lang), [S("access_token", wrapped)]


@pos("access_token")
def at_push_payload(lang):
    tok = access_token()
    dt = hexs(64)
    t = json.dumps({"aps": {"alert": {"title": pick("Nuovo ordine", "New order"), "body": pick("Ordine %s da ritirare", "Order %s ready") % order_id()}, "sound": "default", "badge": R.randint(1, 9)},
                    "deeplink": "myshop://orders/%s" % digits(6), "auth_token": tok}, indent=2, ensure_ascii=False)
    pre = pick("il payload che mandiamo alle notifiche (device %s):\n" % dt, "push di test inviato con Pusher:\n") if lang == "it" else pick("the payload we send in pushes (device %s):\n" % dt, "test push sent via Pusher:\n")
    return "push-payload", pre + t, [S("access_token", tok)]


@pos("access_token")
def at_charles(lang):
    tok = access_token()
    t = "Charles › %s › api.sportello.dev\nGET /v1/payouts HTTP/1.1\nHost: api.sportello.dev\nUser-Agent: %s/%d CFNetwork/1494.0.7 Darwin/23.4.0\nAuthorization: Bearer %s\nAccept-Language: it-IT;q=1" % (R.choice(DEVICES), pick("Cassa", "MyShop", "Runner"), R.randint(100, 999), tok)
    pre = pick("sniffato con Charles dal mio iPhone:\n", "") if lang == "it" else pick("captured with Charles on my iPhone:\n", "")
    return "proxy", pre + t, [S("access_token", tok)]


@pos("access_token")
def at_msg(lang):
    tok = access_token()
    if lang == "it":
        t = pick("ti giro il token che mi ha dato l'app: %s\nprova tu da Postman", "token %s\n(scade tra 1h)", "eccolo 👇\n%s")
    else:
        t = pick("here's the token the app gave me: %s\ntry it from Postman", "token %s\n(expires in 1h)", "here 👇\n%s")
    return "telegram", envelope(t % tok, lang), [S("access_token", tok)]


@pos("access_token")
def at_keychain_dump(lang):
    tok = access_token()
    t = "(lldb) po KeychainWrapper.standard.string(forKey: \"access_token\")\n▿ Optional<String>\n  - some : \"%s\"" % tok
    pre = "sto debuggando sul simulatore:\n" if lang == "it" else "debugging on the simulator:\n"
    return "xcode-log", pre + t, [S("access_token", tok)]


# ---------------- vendor_key
@pos("vendor_key")
def vk_google_services(lang):
    k = vendor_key_of("google")
    pn = digits(12)
    pid = pick("cassa-app", "myshop-prod", "runner-" + rs(4, LOW))
    t = json.dumps({"project_info": {"project_number": pn, "project_id": pid, "storage_bucket": pid + ".appspot.com"},
                    "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (pn, hexs(16)), "android_client_info": {"package_name": R.choice(APPS)}},
                                "api_key": [{"current_key": k}]}], "configuration_version": "1"}, indent=2)
    pre = pick("google-services.json (l'ho preso dalla console Firebase):\n", "il file che ho messo in android/app:\n") if lang == "it" else pick("google-services.json (downloaded from Firebase):\n", "the file in android/app:\n")
    return "json", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_maps_gradle(lang):
    k = vendor_key_of(pick("google", "mapbox"))
    key = "MAPBOX_DOWNLOADS_TOKEN" if k.startswith("sk.") else pick("MAPS_API_KEY", "GOOGLE_MAPS_KEY", "PLACES_API_KEY")
    t = "# gradle.properties\nandroid.useAndroidX=true\nandroid.enableJetifier=true\n%s=%s\nFLIPPER_VERSION=0.%d.0" % (key, k, R.randint(100, 250))
    pre = pick("la mappa nell'app resta grigia, ecco le properties:\n", "ciao, mappa vuota su Android 14:\n") if lang == "it" else pick("map stays grey, here are the properties:\n", "blank map on Android 14:\n")
    return "gradle", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_fcm_curl(lang):
    k = vendor_key_of("fcm")
    regtok = rs(11, B64U) + ":APA91b" + rs(134, B64U)
    t = "curl -X POST https://fcm.googleapis.com/fcm/send \\\n  -H \"Authorization: key=%s\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"to\":\"%s\",\"notification\":{\"title\":\"Test\"}}'" % (k, regtok)
    pre = pick("le push non arrivano più, uso ancora l'API legacy, dal portatile lancio:\n", "") if lang == "it" else pick("pushes stopped, still on legacy API, from my laptop I run:\n", "")
    return "curl", pre + t + "\n" + ("risponde 404" if lang == "it" else "returns 404"), [S("vendor_key", k)]


@pos("vendor_key")
def vk_rn_env(lang):
    k = vendor_key_of(pick("stripe", "stripe", "sendgrid", "twilio", "sentry"))
    var = {"sk": "STRIPE_SECRET_KEY", "SG": "SENDGRID_API_KEY", "SK": "TWILIO_API_KEY", "sn": "SENTRY_AUTH_TOKEN"}[k[:2]]
    t = "# .env (react-native-config)\nAPI_URL=https://api.sportello.dev\n%s=%s\nAPP_ENV=production" % (var, k)
    pre = pick("ho messo tutto nel .env dell'app mobile:\n", "il mio .env, la build iOS non legge le variabili:\n") if lang == "it" else pick("I put everything in the mobile app .env:\n", "my .env, iOS build doesn't read the vars:\n")
    return "env", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_aws_amplify(lang):
    a = vendor_key_of("aws")
    s = vendor_key_of("awssecret")
    t = "// aws-exports.js\nconst awsmobile = {\n  aws_project_region: 'eu-south-1',\n  aws_access_key_id: '%s',\n  aws_secret_access_key: '%s',\n  aws_user_files_s3_bucket: 'scontrini-%s'\n};" % (a, s, rs(6, LOW))
    pre = "upload delle foto scontrini dall'app fallisce:\n" if lang == "it" else "receipt photo upload from the app fails:\n"
    return "javascript", pre + t, [S("vendor_key", a), S("vendor_key", s)]


@pos("vendor_key")
def vk_chat(lang):
    kind = pick("slack", "github", "telegram", "stripe", "sendgrid")
    k = vendor_key_of(kind)
    lbl = {"slack": "token del bot Slack", "github": "token GitHub", "telegram": "token del bot Telegram", "stripe": "chiave Stripe", "sendgrid": "chiave SendGrid"}[kind]
    lbl_en = {"slack": "Slack bot token", "github": "GitHub token", "telegram": "Telegram bot token", "stripe": "Stripe key", "sendgrid": "SendGrid key"}[kind]
    if lang == "it":
        t = pick("%s: %s\nte lo mando qui che sul pc non ho whatsapp", "ecco il %s 👉 %s", "scusa il formato, %s = %s")
        t = t % (lbl, k) if not t.startswith("ecco") else t % (lbl, k)
    else:
        t = pick("%s: %s\nsending here, no whatsapp on the pc", "here's the %s 👉 %s", "sorry formatting, %s = %s") % (lbl_en, k)
    return "whatsapp", envelope(t, lang), [S("vendor_key", k)]


@pos("vendor_key")
def vk_plist(lang):
    k = vendor_key_of(pick("google", "mapbox", "google"))
    key = "MBXAccessToken" if k.startswith("sk.") else pick("GMSApiKey", "GoogleMapsAPIKey", "API_KEY")
    t = "<key>%s</key>\n<string>%s</string>\n<key>NSLocationWhenInUseUsageDescription</key>\n<string>%s</string>" % (key, k, pick("Serve per trovare il negozio più vicino", "Needed to find nearby stores"))
    pre = "pezzo di Info.plist:\n" if lang == "it" else "Info.plist fragment:\n"
    return "plist", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_telegram_bot(lang):
    k = vendor_key_of("telegram")
    t = "https://api.telegram.org/bot%s/sendMessage?chat_id=-100%s&text=Nuovo%%20ordine" % (k, digits(10))
    pre = pick("il bot che ci avvisa degli ordini non manda più niente, l'url che chiama l'app è:\n", "") if lang == "it" else pick("our order-alert bot stopped, the app calls:\n", "")
    return "url", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_xcode_log(lang):
    k = vendor_key_of(pick("google", "stripe", "aws"))
    t = "%s.%03d %s[%d:%d] [Config] loaded keys { env = prod; thirdPartyKey = \"%s\"; region = \"eu-south-1\" }" % (hhmm(), R.randint(0, 999), pick("Cassa", "Runner", "Kiosk"), R.randint(100, 9999), R.randint(1000, 99999), k)
    pre = "Xcode stampa questo all'avvio:\n" if lang == "it" else "Xcode prints this at launch:\n"
    return "xcode-log", pre + t, [S("vendor_key", k)]


@pos("vendor_key")
def vk_ocr_console(lang):
    k = vendor_key_of(pick("stripe", "google", "github"))
    cut = R.randint(10, len(k) - 6)
    kk = k[:cut] + "\n" + k[cut:]
    t = "%s\nChiavi API\nChiave segreta\n%s\nRivela · Copia\nUltimo utilizzo: %s" % (hhmm(), kk, date_it()) if lang == "it" else "%s\nAPI keys\nSecret key\n%s\nReveal · Copy\nLast used: %s" % (hhmm(), kk, date_it())
    pre = "foto allo schermo del pc fatta col telefono, testo riconosciuto:\n" if lang == "it" else "photo of the laptop screen taken with my phone, recognised text:\n"
    return "ocr", pre + t, [S("vendor_key", kk)]


# ---------------- pin
@pos("pin")
def pin_sms_fwd(lang):
    c = pin(R.choice([5, 6, 6, 8]))
    bank = pick("IntesaSP", "UniCredit", "BancoBPM", "Poste", "Sportello", "Satispay", "Revolut", "N26", "PayPal")
    if lang == "it":
        sms = pick("%s: il codice di verifica è %s. Non condividerlo con nessuno.", "%s - Codice %s per autorizzare il pagamento di EUR %s. Se non sei tu chiama il n. verde.", "<#> %s codice di accesso: %s")
        sms = sms % ((bank, c, amount()) if sms.count("%s") == 3 else (bank, c))
        t = "Inoltrato\n%s\n%s\n\n%s" % (sms, hhmm(), pick("mi è arrivato questo, lo inserisco dove?", "il cliente mi ha girato l'sms, va bene?", "scade subito!!", ""))
    else:
        sms = pick("%s: your verification code is %s. Don't share it with anyone.", "%s - Code %s to approve a payment of EUR %s.", "<#> %s login code: %s")
        sms = sms % ((bank, c, amount()) if sms.count("%s") == 3 else (bank, c))
        t = "Forwarded\n%s\n%s\n\n%s" % (sms, hhmm(), pick("got this, where do I enter it?", "customer forwarded the sms, ok?", "it expires instantly!!", ""))
    return "sms", t, [S("pin", c)]


@pos("pin")
def pin_elderly(lang):
    c = pin(6)
    sp = " ".join(c) if R.random() < 0.5 else c[:3] + " " + c[3:]
    if lang == "it":
        t = pick("buongiorno mi è arrivato un messaggio con il codice %s cosa ci devo fare? non ho ordinato niente", "Salve il telefono mi ha scritto codice %s ma poi si è chiuso tutto. Lo riscrivo a voi?")
    else:
        t = pick("good morning I got a message with code %s what do I do with it? I didn't order anything", "Hello the phone showed code %s and then everything closed. Should I send it to you?")
    return "sms", t % sp + sent_from(lang), [S("pin", sp)]


@pos("pin")
def pin_voice(lang):
    c = pin(R.choice([4, 5]))
    sp = " ".join(c)
    if lang == "it":
        t = pick("il pin del pos è %s punto lo so che non dovrei mandarlo ma il terminale è bloccato punto", "allora virgola il codice del lucchetto del furgone e del pos sono uguali virgola %s punto")
    else:
        t = pick("the terminal pin is %s period I know I shouldn't send it but it's locked period", "so comma the van padlock and the terminal use the same code comma %s period")
    return "voice-to-text", envelope(t % sp, lang), [S("pin", sp)]


@pos("pin")
def pin_backup(lang):
    codes = [digits(4) + " " + digits(4) for _ in range(R.randint(3, 6))] if R.random() < 0.5 else [digits(8) for _ in range(R.randint(3, 6))]
    lst = "\n".join("%d. %s" % (i + 1, c) for i, c in enumerate(codes))
    if lang == "it":
        t = "ho perso il telefono con l'autenticatore 😩 avevo salvato i codici di backup nelle note:\n%s\nposso usarli per entrare nella dashboard?" % lst
    else:
        t = "lost my phone with the authenticator 😩 I had the backup codes in Notes:\n%s\ncan I use these for the dashboard?" % lst
    return "notes-app", t, [S("pin", c) for c in codes]


@pos("pin")
def pin_watch(lang):
    c = pin(6)
    if lang == "it":
        t = "⌚ dal Galaxy Watch:\n%s · adesso\n\"OTP %s per pagamento di %s € presso %s\"\n\nma io non ho pagato niente!" % (pick("Banca", "Revolut", "N26", "Hype"), c, amount(), pick("AMZN Mktp", "SPORTELLO*SHOP", "PAYPAL *EBAY"))
    else:
        t = "⌚ on my Galaxy Watch:\n%s · now\n\"OTP %s for payment of €%s at %s\"\n\nbut I didn't pay anything!" % (pick("Bank", "Revolut", "Monzo"), c, amount().replace(",", "."), pick("AMZN Mktp", "SPORTELLO*SHOP"))
    return "watch", t, [S("pin", c)]


@pos("pin")
def pin_teen(lang):
    c = pin(6)
    if lang == "it":
        t = pick("mamma il codice è %s sbrigati che scade", "bro mandami il codice, ah no eccolo %s", "%s <- codice x l'app, nn chiedermi perché")
    else:
        t = pick("mom the code is %s hurry it expires", "bro send me the code, oh wait here %s", "%s <- code for the app dont ask")
    return "imessage", envelope(t % c, lang), [S("pin", c)]


@pos("pin")
def pin_card_pin(lang):
    c = pin(R.choice([4, 5]))
    if lang == "it":
        t = pick("la carta aziendale la usa il corriere, gli ho scritto il PIN %s sul furgone, ma il pos dice PIN errato", "PIN bancomat %s (non ditelo a nessuno ahah), il terminale lo rifiuta", "codice pin della carta: %s")
    else:
        t = pick("the company card is used by the driver, I gave him PIN %s but the terminal says wrong PIN", "card PIN %s (don't tell anyone lol), terminal rejects it", "card pin code: %s")
    return "whatsapp", envelope(t % c, lang), [S("pin", c)]


@pos("pin")
def pin_sca_app(lang):
    c = pin(6)
    if lang == "it":
        t = "Screenshot app %s (testo):\nAutorizza l'operazione\nBonifico a %s\nImporto %s €\nCodice di conferma\n%s\nScade tra 0:%02d" % (pick("banca", "Satispay", "Revolut", "N26"), R.choice(SHOPS), amount(), c, R.randint(10, 59))
    else:
        t = "Screenshot of %s app (text):\nApprove the operation\nTransfer to %s\nAmount €%s\nConfirmation code\n%s\nExpires in 0:%02d" % (pick("bank", "Revolut", "N26"), R.choice(SHOPS), amount(), c, R.randint(10, 59))
    return "ocr", t, [S("pin", c)]


@pos("pin")
def pin_kiosk(lang):
    c = pin(R.choice([4, 6]))
    if lang == "it":
        t = "chiosco self-service (%s): per sbloccare lo sportello del lettore carte il codice è %s giusto? me l'ha dato il collega per telefono" % (pick("parcheggio", "stazione", "museo"), c)
    else:
        t = "self-service kiosk (%s): the code to unlock the card reader door is %s right? colleague told me on the phone" % (pick("car park", "station", "museum"), c)
    return "field-note", t, [S("pin", c)]


@pos("pin")
def pin_emoji(lang):
    c = pin(6)
    sep = pick("🔢", "➖", "·", "‑")
    sp = sep.join([c[:2], c[2:4], c[4:]])
    t = ("codice ➡️ %s ⬅️ fai veloce" if lang == "it" else "code ➡️ %s ⬅️ be quick") % sp
    return "whatsapp", envelope(t, lang), [S("pin", sp)]


@pos("pin")
def pin_apple(lang):
    c = pin(6)
    if lang == "it":
        t = "Il codice del tuo ID Apple è: %s. Non condividerlo.\n\n@%s #%s\n\n^ questo mi chiede per accedere al portale sviluppatori, lo giro al collega che ha il Mac" % (c, "developer.apple.com", c)
    else:
        t = "Your Apple ID Code is: %s. Don't share it.\n\n@%s #%s\n\n^ it asks this for the developer portal, forwarding to the colleague with the Mac" % (c, "developer.apple.com", c)
    return "sms", t, [S("pin", c)]


# ---------------- bank_account
@pos("bank_account")
def ba_it(lang):
    bban, abi, cab, conto = it_bban()
    form = R.randint(0, 2)
    if form == 0:
        v = bban
        body = ("coordinate per gli accrediti: %s" if lang == "it" else "payout details: %s") % v
        secs = [S("bank_account", v)]
    elif form == 1:
        v = "%s %s %s %s" % (bban[0], abi, cab, conto)
        body = ("CIN ABI CAB conto\n%s" if lang == "it" else "CIN ABI CAB account\n%s") % v
        secs = [S("bank_account", v)]
    else:
        body = ("ABI %s\nCAB %s\nc/c n. %s" if lang == "it" else "ABI %s\nCAB %s\naccount no. %s") % (abi, cab, conto)
        secs = [S("bank_account", conto)]
    pre = pick("%s, cambio conto per gli incassi, scrivo dal telefono:\n" % intro(lang), "dall'app della banca:\n", "") if lang == "it" else pick("%s, changing payout account, on my phone:\n" % intro(lang), "from the bank app:\n", "")
    return "whatsapp", envelope(pre + body, lang), secs


@pos("bank_account")
def ba_de(lang):
    blz, kto = de_acct()
    if R.random() < 0.5:
        body = "BLZ %s Kto %s" % (blz, kto)
        secs = [S("bank_account", "%s Kto %s" % (blz, kto))] if False else [S("bank_account", blz + " Kto " + kto)]
    else:
        body = "Bankleitzahl: %s\nKontonummer: %s" % (blz, kto)
        secs = [S("bank_account", kto)]
    pre = "il fornitore tedesco mi ha mandato un messaggio vocale trascritto:\n" if lang == "it" else "our German supplier texted:\n"
    return "sms", pre + body + "\n" + ask(lang), secs


@pos("bank_account")
def ba_fr(lang):
    b, g, c, k = fr_rib()
    if R.random() < 0.5:
        v = "%s %s %s %s" % (b, g, c, k)
        body = "RIB : %s" % v
        secs = [S("bank_account", v)]
    else:
        body = "Banque %s | Guichet %s | N° compte %s | Clé RIB %s" % (b, g, c, k)
        secs = [S("bank_account", c)]
    pre = "copiato dall'app della banca francese del cliente:\n" if lang == "it" else "copied from the client's French bank app:\n"
    return "ocr", pre + body, secs


@pos("bank_account")
def ba_es(lang):
    e, o, d, c = es_ccc()
    v = pick("%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s") % (e, o, d, c)
    body = "CCC: %s" % v if R.random() < 0.6 else "número de cuenta %s" % v
    pre = "la nostra sede di Valencia manda questo per i rimborsi:\n" if lang == "it" else "our Valencia branch sends this for refunds:\n"
    return "whatsapp", envelope(pre + body, lang), [S("bank_account", v)]


@pos("bank_account")
def ba_uk(lang):
    sc, ac = uk_acct()
    if R.random() < 0.5:
        v = "%s %s" % (sc, ac)
        body = ("sort code + conto: %s" if lang == "it" else "sort/acc: %s") % v
        secs = [S("bank_account", v)]
    else:
        body = "Sort code: %s\nAccount number: %s" % (sc, ac)
        secs = [S("bank_account", sc), S("bank_account", ac)]
    pre = pick("from my Monzo app:\n", "payout to this pls:\n", "") if lang == "en" else pick("dall'app Monzo del mio socio inglese:\n", "")
    return "imessage", envelope(pre + body, lang), secs


@pos("bank_account")
def ba_share(lang):
    bban, abi, cab, conto = it_bban()
    ib = iban_from("IT", bban)
    t = ("Coordinate bancarie\nIntestatario: %s\nIBAN: %s\nBBAN: %s\nBIC: %s\n\nCondiviso da %s" if lang == "it" else "Bank details\nHolder: %s\nIBAN: %s\nBBAN: %s\nBIC: %s\n\nShared from %s") % (
        pick("Esposito Gennaro", "Rossi Maria", "Bar Sport di Conti A."), fmt_iban(ib), bban, R.choice(BICS), pick("app Intesa", "Hype", "BancoPosta", "Fineco"))
    return "share-sheet", t, [S("iban", fmt_iban(ib) if False else t.split("IBAN: ")[1].split("\n")[0]), S("bank_account", bban)]


# ---------------- iban
@pos("iban")
def ib_share(lang):
    ib = any_iban()
    f = fmt_iban(ib)
    hold = pick("Mario Rossi", "Gelateria Polo Nord snc", "A. Esposito", "Tom Baker", "Zoe Clarke")
    if lang == "it":
        t = pick("Ecco le mie coordinate:\nIntestatario: %s\nIBAN: %s", "Dettagli del conto %s\n%s\nCopiato negli appunti", "per il rimborso 👉 %s\n%s")
    else:
        t = pick("Here are my details:\nHolder: %s\nIBAN: %s", "Account details %s\n%s\nCopied to clipboard", "for the refund 👉 %s\n%s")
    return "share-sheet", envelope(t % (hold, f), lang), [S("iban", f)]


@pos("iban")
def ib_wrapped(lang):
    ib = fmt_iban(any_iban(), "groups")
    cut = R.choice([i for i, ch in enumerate(ib) if ch == " "][1:-1])
    w = ib[:cut] + "\n" + ib[cut + 1:]
    t = ("rimborsatemi qui per favore:\nIBAN\n%s\ngrazie" if lang == "it" else "refund me here please:\nIBAN\n%s\nthanks") % w
    return "sms", t + sent_from(lang), [S("iban", w)]


@pos("iban")
def ib_revolut(lang):
    ib = pick(lt_iban, gb_iban, de_iban)()
    f = fmt_iban(ib, pick("plain", "groups"))
    t = "%s\n%s\nIBAN\n%s\nBIC\n%s\n%s" % (pick("Revolut", "N26", "Wise"), pick("EUR · Conto principale", "EUR · Main"), f, pick("REVOLT21", "NTSBDEB1XXX", "TRWIBEB1XXX"), pick("Condividi", "Share", "Copia dettagli"))
    pre = "testo dallo screenshot della app:\n" if lang == "it" else "text from the app screenshot:\n"
    return "ocr", pre + t, [S("iban", f)]


@pos("iban")
def ib_voice(lang):
    ib = it_iban() if lang == "it" else gb_iban()
    f = fmt_iban(ib, "groups")
    if lang == "it":
        t = "allora virgola l'iban per il reso è %s punto intestato a mia moglie punto" % f
    else:
        t = "so comma the IBAN for the refund is %s period it's in my wife's name period" % f
    return "voice-to-text", envelope(t, lang), [S("iban", f)]


@pos("iban")
def ib_form(lang):
    ib = any_iban()
    f = fmt_iban(ib, pick("plain", "groups"))
    t = json.dumps({"merchant_id": "m_" + rs(10, LOW), "payout": {"iban": f, "holder": pick("Conti Andrea", "Priya Shah"), "bic": R.choice(BICS)}, "app_version": "%d.%d.%d (%d)" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(100, 999))}, indent=2)
    pre = "la nostra app manda questo body a /payout-accounts e ci torna 422:\n" if lang == "it" else "our app sends this to /payout-accounts and gets 422:\n"
    return "json", pre + t, [S("iban", f)]


@pos("iban")
def ib_lower(lang):
    ib = it_iban().lower() if R.random() < 0.5 else any_iban()
    t = ("%s ho scritto l'iban cosi dal telefono %s e l'app dice non valido" if lang == "it" else "%s I typed the iban like this on my phone %s and the app says invalid") % (intro(lang), ib)
    return "chat", envelope(t, lang), [S("iban", ib)]


# ---------------- card_number
@pos("card_number")
def cc_livetext(lang):
    c = card_raw()
    f = fmt_card(c, " ")
    cv = cvv_for(c)
    with_cvv = R.random() < 0.5
    t = "%s\n%s\n%s\n%s %s" % (pick("VISA", "mastercard", "DEBIT", "Business"), f, pick("MARIO ROSSI", "A ESPOSITO", "PRIYA SHAH"), pick("VALID THRU", "SCAD."), expiry())
    secs = [S("card_number", f)]
    if with_cvv:
        t += "\n%s %s" % (pick("CVV", "CVC", "CVV2"), cv)
        secs.append(S("cvv", cv))
    pre = "ho fotografato la carta con la fotocamera (testo in tempo reale), pagamento rifiutato:\n" if lang == "it" else "scanned the card with the camera (Live Text), payment declined:\n"
    return "ocr", pre + t, secs


@pos("card_number")
def cc_msg(lang):
    c = card_raw()
    f = fmt_card(c)
    if lang == "it":
        t = pick("paga tu con la mia carta dai: %s scad %s", "carta del cliente %s, mi ha detto di addebitare %s €", "il numero carta che il cliente ha dettato al telefono: %s")
        t = t % ((f, expiry()) if "scad" in t else ((f, amount()) if "addebitare" in t else f))
    else:
        t = pick("just use my card: %s exp %s", "customer's card %s, told me to charge £%s", "card number the customer read over the phone: %s")
        t = t % ((f, expiry()) if "exp" in t else ((f, amount()) if "charge" in t else f))
    return "whatsapp", envelope(t, lang), [S("card_number", f)]


@pos("card_number")
def cc_wrapped(lang):
    c = card_raw()
    f = fmt_card(c, " ")
    parts = f.split(" ")
    k = R.randint(1, len(parts) - 1)
    w = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    t = ("numero carta\n%s\nmi si è andato a capo" if lang == "it" else "card number\n%s\nit wrapped on my screen") % w
    return "sms", t, [S("card_number", w)]


@pos("card_number")
def cc_driver(lang):
    c = card_raw()
    f = fmt_card(c, pick("", " ", "-"))
    if lang == "it":
        t = "sono il rider, il pos portatile è morto, il cliente mi ha dato la carta %s, me la caricate voi? ordine %s importo %s" % (f, order_id(), amount())
    else:
        t = "driver here, handheld terminal died, customer gave me card %s, can you charge it? order %s amount %s" % (f, order_id(), amount())
    return "chat", envelope(t, lang), [S("card_number", f)]


@pos("card_number")
def cc_emoji(lang):
    c = card_raw()
    sep = pick(" 💳 ", "·", " | ", "—")
    f = fmt_card(c, sep)
    t = ("carta %s ok?" if lang == "it" else "card %s ok?") % f
    return "whatsapp", envelope(t, lang), [S("card_number", f)]


@pos("card_number")
def cc_log(lang):
    c = card_raw()
    cv = cvv_for(c)
    t = "I/flutter (%d): PaymentSheet params: {number: %s, expMonth: %d, expYear: %d, cvc: %s}" % (R.randint(1000, 30000), c, R.randint(1, 12), R.randint(2027, 2031), cv)
    pre = "il junior ha lasciato questo print nel log, è grave?\n" if lang == "it" else "our junior left this print in the log, is it bad?\n"
    return "logcat", pre + t, [S("card_number", c), S("cvv", cv)]


# ---------------- cvv
@pos("cvv")
def cvv_alone(lang):
    cv = digits(3)
    if lang == "it":
        t = pick("il codice dietro la carta è %s, il resto ve l'ho già mandato prima", "cvv %s", "dimenticavo il CVV: %s", "codice di sicurezza %s (quello sul retro)")
    else:
        t = pick("the code on the back is %s, sent the rest earlier", "cvv %s", "forgot the CVV: %s", "security code %s (the one on the back)")
    return "whatsapp", envelope(t % cv, lang), [S("cvv", cv)]


@pos("cvv")
def cvv_card_masked(lang):
    cv = digits(3)
    last4 = digits(4)
    if lang == "it":
        t = "carta **** %s scadenza %s CVV %s, l'app di %s la rifiuta" % (last4, expiry(), cv, pick("delivery", "parcheggio", "bike sharing"))
    else:
        t = "card **** %s exp %s CVC %s, the %s app rejects it" % (last4, expiry(), cv, pick("delivery", "parking", "bike share"))
    return "chat", envelope(t, lang), [S("cvv", cv)]


@pos("cvv")
def cvv_voice(lang):
    cv = digits(3)
    sp = " ".join(cv)
    t = ("il cvv è %s punto" if lang == "it" else "the cvv is %s period") % sp
    return "voice-to-text", envelope(t, lang), [S("cvv", sp)]


# ---------------- client_secret
@pos("client_secret")
def cs_strings_xml(lang):
    cid = pick("acme-pay-mobile", "cassa-android", "runner-app") if R.random() < 0.6 else digits(12) + "-" + rs(32, LOW) + ".apps.googleusercontent.com"
    sec = client_secret()
    t = '<resources>\n    <string name="app_name">%s</string>\n    <string name="oauth_client_id">%s</string>\n    <string name="oauth_client_secret">%s</string>\n</resources>' % (pick("Cassa", "Runner", "Fidelity"), cid, sec)
    pre = "res/values/strings.xml, il login OAuth dà invalid_client:\n" if lang == "it" else "res/values/strings.xml, OAuth login gives invalid_client:\n"
    return "xml", pre + t, [S("client_secret", sec)]


@pos("client_secret")
def cs_basic(lang):
    user = pick("acme-pay-prod", "cassa-mobile", "merchant_" + digits(4))
    pw = rs(R.randint(16, 32), AL)
    blob = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    t = "POST /oauth/token HTTP/1.1\nHost: auth.sportello.dev\nAuthorization: Basic %s\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials" % blob
    pre = "dal Proxyman sull'iPad:\n" if lang == "it" else "from Proxyman on the iPad:\n"
    return "proxy", pre + t, [S("client_secret", blob)]


@pos("client_secret")
def cs_pair(lang):
    user = pick("acme-pay-prod", "kiosk-fleet", "driver-app")
    pw = client_secret()
    pair = "%s:%s" % (user, pw)
    t = ("credenziali client (id:secret) %s" if lang == "it" else "client creds (id:secret) %s") % pair
    return "telegram", envelope(t, lang), [S("client_secret", pair)]


@pos("client_secret")
def cs_dart(lang):
    sec = client_secret()
    t = "// lib/config.dart\nclass AuthConfig {\n  static const clientId = '%s';\n  static const clientSecret = '%s';\n  static const redirectUri = '%s://oauth';\n}" % (pick("acme-pay-mobile", "cassa-flutter"), sec, pick("it.cassa.app", "com.runner"))
    pre = "so che non si dovrebbe, ma per ora è così:\n" if lang == "it" else "I know, I know, but for now it's like this:\n"
    return "dart", pre + t, [S("client_secret", sec)]


@pos("client_secret")
def cs_msg(lang):
    sec = client_secret()
    t = ("client secret nuovo dopo la rotazione: %s (quello vecchio non va più)" if lang == "it" else "new client secret after rotation: %s (old one's dead)") % sec
    return "whatsapp", envelope(t, lang), [S("client_secret", sec)]


# ---------------- refresh_token
@pos("refresh_token")
def rt_prefs(lang):
    rt = refresh_token()
    at = access_token()
    t = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"access_token\">%s</string>\n    <string name=\"refresh_token\">%s</string>\n    <long name=\"expires_at\" value=\"%d\" />\n</map>" % (at, rt, 1796000000000 + R.randint(0, 10 ** 9))
    pre = "shared_prefs estratte dall'emulatore con adb:\n" if lang == "it" else "shared_prefs pulled from the emulator via adb:\n"
    return "xml", pre + t, [S("access_token", at), S("refresh_token", rt)]


@pos("refresh_token")
def rt_log(lang):
    rt = refresh_token()
    t = "[%s] 🔄 TokenManager: refreshing with refresh_token=%s\n[%s] ❌ TokenManager: 400 invalid_grant" % (hhmm(), rt, hhmm())
    pre = "la sessione scade ogni mattina, log dell'app:\n" if lang == "it" else "session dies every morning, app log:\n"
    return "xcode-log", pre + t, [S("refresh_token", rt)]


@pos("refresh_token")
def rt_msg(lang):
    rt = refresh_token()
    t = ("il refresh token salvato nel telefono è %s, lo posso riusare sul tablet?" if lang == "it" else "the refresh token stored on the phone is %s, can I reuse it on the tablet?") % rt
    return "chat", envelope(t, lang), [S("refresh_token", rt)]


@pos("refresh_token")
def rt_json(lang):
    rt = refresh_token()
    t = json.dumps({"token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": "payments:read"}, indent=1)
    pre = "risposta di /oauth/token vista in Android Studio (Network Inspector):\n" if lang == "it" else "/oauth/token response in Android Studio Network Inspector:\n"
    return "json", pre + t, [S("refresh_token", rt)]


# ---------------- private_key
@pos("private_key")
def pk_p8(lang):
    k = pem("PRIVATE KEY", R.randint(3, 5))
    kid = rs(10, string.ascii_uppercase + string.digits)
    if lang == "it":
        t = "Le push iOS non partono. Key ID %s, Team ID %s. Ecco il file AuthKey_%s.p8 aperto con l'app File:\n%s" % (kid, rs(10, string.ascii_uppercase + string.digits), kid, k)
    else:
        t = "iOS pushes don't go out. Key ID %s, Team ID %s. Here's AuthKey_%s.p8 opened in Files:\n%s" % (kid, rs(10, string.ascii_uppercase + string.digits), kid, k)
    return "pem", t, [S("private_key", k)]


@pos("private_key")
def pk_service_account(lang):
    k = pem("PRIVATE KEY", R.randint(6, 10))
    esc = k.replace("\n", "\\n") + "\\n"
    pid = pick("cassa-app", "runner-prod")
    t = '{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com"\n}' % (pid, hexs(40), esc, rs(5, LOW), pid)
    pre = "il service account per FCM v1 (l'ho messo nell'app per mandare push dal telefono):\n" if lang == "it" else "service account for FCM v1 (I put it in the app to send pushes from the phone):\n"
    return "json", pre + t, [S("private_key", esc)]


@pos("private_key")
def pk_rsa(lang):
    k = pem(pick("RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"), R.randint(4, 12))
    pre = pick("la chiave per firmare i webhook, l'ho salvata in Note e ve la incollo:\n", "copiato da Note sul telefono:\n") if lang == "it" else pick("the webhook signing key, I kept it in Notes:\n", "pasted from Notes on my phone:\n")
    return "pem", pre + k + "\n" + ask(lang), [S("private_key", k)]


@pos("access_token")
def at_ipad_shell(lang):
    tok = access_token()
    t = "iPad:~# curl -s https://api.sportello.dev/v1/balance -H 'Authorization: Bearer %s' | jq .\n{\n  \"error\": { \"type\": \"%s\", \"request_id\": \"%s\" }\n}" % (tok, pick("token_expired", "insufficient_scope"), uuid4())
    pre = "sono in viaggio, provo da a-Shell sull'iPad:\n" if lang == "it" else "travelling, trying from a-Shell on the iPad:\n"
    return "shell", pre + t, [S("access_token", tok)]


@pos("password")
def pw_signal_ephemeral(lang):
    p = password()
    if lang == "it":
        t = "%s ha impostato i messaggi effimeri a 1 giorno.\n[%s] %s: account del negozio su dashboard: %s / %s\n[%s] %s: poi la cambio giuro" % (name(lang), hhmm(), name(lang), pick("info@", "cassa@") + "negozio.it", p, hhmm(), name(lang))
    else:
        t = "%s set disappearing messages to 1 day.\n[%s] %s: shop dashboard login: %s / %s\n[%s] %s: will change it after, promise" % (name(lang), hhmm(), name(lang), pick("info@", "till@") + "myshop.co.uk", p, hhmm(), name(lang))
    return "signal", t, [S("password", p)]


@pos("bank_account")
def ba_pensioner(lang):
    bban, abi, cab, conto = it_bban()
    if lang == "it":
        t = "Buongiorno sono pensionato non ho l IBAN a portata, mi fate il rimborso sul conto numero %s ABI %s CAB %s. Grazie %s" % (conto, abi, cab, pick("Vincenzo", "Rosa", "Antonio"))
    else:
        t = "Hello retired here, no IBAN handy, please refund to sort code %s account %s. Thanks %s" % (uk_acct()[0], conto[-8:], pick("Harold", "Doris"))
        if True:
            sc = t.split("sort code ")[1].split(" ")[0]
            ac = t.split("account ")[1].split(".")[0]
            return "sms", t + sent_from(lang), [S("bank_account", sc), S("bank_account", ac)]
    return "sms", t + sent_from(lang), [S("bank_account", conto)]


# ======================================================================
#                      NEGATIVE TEMPLATES
# ======================================================================
NEG = []


def neg(f):
    NEG.append(f)
    return f


@neg
def n_apns(lang):
    dt = hexs(64)
    t = ("%s le push su iOS non arrivano. device token (APNs): %s, bundle %s, ambiente %s" if lang == "it" else "%s iOS pushes don't arrive. APNs device token: %s, bundle %s, env %s") % (intro(lang), dt, R.choice(APPS), pick("sandbox", "production"))
    return "chat", envelope(t, lang)


@neg
def n_fcm_regtoken(lang):
    rt = rs(11, B64U) + ":APA91b" + rs(134, B64U)
    t = json.dumps({"message": {"token": rt, "notification": {"title": pick("Ordine pronto", "Order ready"), "body": order_id()}, "android": {"priority": "high"}}}, indent=2)
    pre = ("body che mandiamo a FCM HTTP v1 (il token è quello del telefono del cliente), risposta UNREGISTERED:\n" if lang == "it" else "body we send to FCM HTTP v1 (token is the customer's device registration token), response UNREGISTERED:\n")
    return "push-payload", pre + t


@neg
def n_bundle(lang):
    t = "%s\nBundle ID: %s\nVersione: %d.%d.%d (%d)\nDispositivo: %s, %s\nSDK: sportello-ios %d.%d.%d" % (intro(lang), R.choice(APPS), R.randint(1, 5), R.randint(0, 30), R.randint(0, 9), R.randint(100, 4000), R.choice(DEVICES), R.choice(IOS), R.randint(2, 4), R.randint(0, 15), R.randint(0, 9))
    if lang == "en":
        t = t.replace("Versione", "Version").replace("Dispositivo", "Device")
    return "form", t + "\n" + ask(lang)


@neg
def n_tracking(lang):
    tr = pick("1Z" + rs(16, string.ascii_uppercase + string.digits), "JJD" + digits(18), id_digits(12), "RR" + digits(9) + "IT", id_prefixed("05", 16))
    t = ("il corriere ha consegnato il lettore di carte? tracking %s, ordine %s" if lang == "it" else "did the card reader get delivered? tracking %s, order %s") % (tr, order_id())
    return "sms", envelope(t, lang)


@neg
def n_masked(lang):
    last4 = digits(4)
    m = pick("•••• ", "**** ", "XXXX XXXX XXXX ", "************", "·· ") + last4
    t = ("Pagamento di %s € con carta %s rifiutato nell'app, codice errore %s" if lang == "it" else "Payment of €%s with card %s declined in the app, error %s") % (amount(), m, pick("card_declined", "do_not_honor", "05", "51", "insufficient_funds"))
    return "ocr", t


@neg
def n_otp_no_code(lang):
    if lang == "it":
        t = pick("mi arrivano SMS tipo \"Non condividere mai questo codice con nessuno, nemmeno con un operatore\" ma il codice non c'è, il messaggio è tagliato",
                 "Inoltrato\n%s: ti abbiamo inviato un codice di verifica. Non comunicarlo a nessuno. Il nostro personale non te lo chiederà mai.\n%s" % (pick("Banca", "Sportello", "PayPal"), hhmm()),
                 "l'OTP non arriva mai sul telefono nuovo, ho cambiato sim la settimana scorsa. come faccio?",
                 "il codice è scaduto prima che potessi scriverlo 😤 ne ho chiesti 3")
    else:
        t = pick("I get texts like \"Never share this code with anyone, not even our staff\" but there's no code, the message is cut",
                 "Forwarded\n%s: we sent you a verification code. Don't share it. Our staff will never ask for it.\n%s" % (pick("Bank", "Sportello", "PayPal"), hhmm()),
                 "the OTP never arrives on my new phone, I switched SIM last week. what do I do?",
                 "the code expired before I could type it 😤 asked for 3 of them")
    return "sms", t


@neg
def n_gradle_env(lang):
    t = "# gradle.properties\nMYAPP_UPLOAD_STORE_FILE=upload.keystore\nMYAPP_UPLOAD_KEY_ALIAS=upload\nMYAPP_UPLOAD_STORE_PASSWORD=%s\nMYAPP_UPLOAD_KEY_PASSWORD=%s" % (pick("${KEYSTORE_PASSWORD}", "<set-in-ci>", "********", "CHANGE_ME"), pick("${KEY_PASSWORD}", "<set-in-ci>", "********", "CHANGE_ME"))
    pre = "le password le passiamo dalla CI, qui ci sono i segnaposto:\n" if lang == "it" else "passwords come from CI, placeholders here:\n"
    return "gradle", pre + t


@neg
def n_build_gradle_getenv(lang):
    t = "signingConfigs {\n    release {\n        storeFile file(System.getenv(\"KEYSTORE_PATH\") ?: \"release.jks\")\n        storePassword System.getenv(\"KEYSTORE_PASSWORD\")\n        keyAlias \"%s\"\n        keyPassword System.getenv(\"KEY_PASSWORD\")\n    }\n}\ndefaultConfig { applicationId \"%s\"; versionCode %d; versionName \"%d.%d.%d\" }" % (pick("upload", "release"), R.choice(APPS), R.randint(10, 900), R.randint(1, 5), R.randint(0, 20), R.randint(0, 9))
    pre = "build.gradle, la firma fallisce su Bitrise:\n" if lang == "it" else "build.gradle, signing fails on Bitrise:\n"
    return "gradle", pre + t


@neg
def n_plist_ref(lang):
    t = "<key>SportelloApiKey</key>\n<string>$(SPORTELLO_API_KEY)</string>\n<key>GMSApiKey</key>\n<string>$(GOOGLE_MAPS_KEY)</string>\n<key>CFBundleVersion</key>\n<string>%d</string>" % R.randint(10, 999)
    pre = "le chiavi vengono dall'xcconfig che non è nel repo:\n" if lang == "it" else "keys come from an xcconfig not in the repo:\n"
    return "plist", pre + t


@neg
def n_google_services_redacted(lang):
    pn = digits(12)
    t = json.dumps({"project_info": {"project_number": pn, "project_id": pick("cassa-app", "myshop-prod")},
                    "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (pn, hexs(16))},
                                "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (pn, rs(32, LOW)), "client_type": 3}],
                                "api_key": [{"current_key": pick("<redacted>", "[REDACTED]", "AIza***", "xxxxxxxxxxxxxxxx")}]}]}, indent=2)
    pre = "google-services.json (ho tolto la chiave):\n" if lang == "it" else "google-services.json (key removed):\n"
    return "json", pre + t


@neg
def n_sha_fp(lang):
    sha1 = ":".join(hexs(2).upper() for _ in range(20))
    sha256 = ":".join(hexs(2).upper() for _ in range(32))
    t = "Variant: release\nConfig: release\nStore: /Users/%s/keys/upload.jks\nAlias: upload\nMD5: %s\nSHA1: %s\nSHA-256: %s\nValid until: %s" % (pick("luca", "dev", "giulia"), ":".join(hexs(2).upper() for _ in range(16)), sha1, sha256, pick("Saturday, 3 December 2050", "Monday, 1 June 2054"))
    pre = "output di ./gradlew signingReport, quale SHA devo mettere in Firebase?\n" if lang == "it" else "./gradlew signingReport output, which SHA goes into Firebase?\n"
    return "gradle", pre + t


@neg
def n_imei(lang):
    imei = luhn_complete(pick("35", "86", "01", "49"), 15)
    iccid = luhn_complete("8939" + pick("01", "10", "88"), 19)
    if lang == "it":
        t = "POS portatile che non si registra in rete:\nModello: %s\nIMEI: %s\nICCID SIM: %s\nS/N: %s\nFirmware %d.%d.%d" % (pick("PAX A920", "Sunmi P2", "Ingenico Move/5000"), imei, iccid, rs(10, string.ascii_uppercase + string.digits), R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))
    else:
        t = "Handheld terminal won't register on the network:\nModel: %s\nIMEI: %s\nSIM ICCID: %s\nS/N: %s\nFirmware %d.%d.%d" % (pick("PAX A920", "Sunmi P2", "Ingenico Move/5000"), imei, iccid, rs(10, string.ascii_uppercase + string.digits), R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))
    return "field-note", t


@neg
def n_pos_slip(lang):
    t = "%s\nTID %s  MID %s\n%s  %s\nVENDITA\n%s ************%s\nIMPORTO EUR %s\nCOD. AUT. %s\nSTAN %s  OP. %s\n%s" % (
        R.choice(SHOPS).upper(), digits(8), id_digits(15), date_it(), hhmm(), pick("VISA", "MASTERCARD", "MAESTRO", "PAGOBANCOMAT"), digits(4), amount(), rs(6, string.digits + "ABCDEF"), digits(6), digits(6), pick("TRANSAZIONE ESEGUITA", "TRANSAZIONE NEGATA 05", "PIN VERIFICATO"))
    pre = ("foto dello scontrino del pos (testo):\n" if lang == "it" else "photo of the terminal slip (text), it's an Italian terminal:\n")
    return "ocr", pre + t + "\n" + ask(lang)


@neg
def n_uuid_req(lang):
    t = ("%s, errore 500 dall'app al pagamento. request id %s, payment id pay_%s, ora %s" if lang == "it" else "%s, 500 from the app at checkout. request id %s, payment id pay_%s, time %s") % (intro(lang), uuid4(), rs(24, AL), hhmm())
    return "chat", envelope(t, lang)


@neg
def n_xcode_noise(lang):
    t = "%s.%03d %s[%d:%d] [Network] ← 402 POST /v1/payments (%d ms) x-request-id=%s trace=%s\n%s.%03d %s[%d:%d] [Checkout] error=card_declined decline_code=%s payment=pay_%s" % (
        hhmm(), R.randint(0, 999), "Cassa", R.randint(100, 9999), R.randint(1000, 99999), R.randint(50, 3000), uuid4(), hexs(32), hhmm(), R.randint(0, 999), "Cassa", R.randint(100, 9999), R.randint(1000, 99999), pick("insufficient_funds", "expired_card", "generic_decline"), rs(24, AL))
    pre = "dalla console di Xcode:\n" if lang == "it" else "from the Xcode console:\n"
    return "xcode-log", pre + t


@neg
def n_logcat_noise(lang):
    t = "12-03 %s:%02d.%03d %d %d I/ReactNativeJS: 'checkout', { orderId: '%s', amount: %d, currency: 'EUR', last4: '%s' }\n12-03 %s:%02d.%03d %d %d E/ReactNativeJS: PaymentError: timeout after 30000ms (requestId=%s)" % (
        hhmm(), R.randint(0, 59), R.randint(0, 999), R.randint(1000, 30000), R.randint(1000, 30000), order_id(), R.randint(100, 99999), digits(4), hhmm(), R.randint(0, 59), R.randint(0, 999), R.randint(1000, 30000), R.randint(1000, 30000), uuid4())
    pre = "logcat:\n" if lang == "it" else "logcat:\n"
    return "logcat", pre + t


@neg
def n_keychain_ref(lang):
    if lang == "it":
        t = pick("la password ce l'ho nel portachiavi dell'iPhone, non la ricordo. come la recupero?", "il token lo salviamo nel Keychain con kSecAttrAccessibleAfterFirstUnlock, va bene per PCI?", "non vi mando la password, è salvata in Bitwarden, ditemi solo se devo resettarla", "la chiave API la legge da process.env.SPORTELLO_KEY, in app non c'è")
    else:
        t = pick("the password is in the iPhone keychain, I don't remember it. how do I get it back?", "we store the token in the Keychain with kSecAttrAccessibleAfterFirstUnlock, fine for PCI?", "not sending the password, it's in Bitwarden, just tell me if I should reset it", "the API key is read from process.env.SPORTELLO_KEY, it's not in the app")
    return "chat", envelope(t, lang)


@neg
def n_placeholder_code(lang):
    t = pick("const client = new Sportello({ apiKey: Config.SPORTELLO_API_KEY, clientSecret: Config.CLIENT_SECRET });",
             "final token = await storage.read(key: 'access_token');\nfinal res = await dio.get('/v1/me', options: Options(headers: {'Authorization': 'Bearer $token'}));",
             "let key = Bundle.main.object(forInfoDictionaryKey: \"SportelloApiKey\") as? String ?? \"\"",
             "val secret = BuildConfig.CLIENT_SECRET // injected from local.properties",
             "headers: { Authorization: `Bearer ${accessToken}` }",
             "curl -H \"Authorization: Bearer <your-token>\" https://api.sportello.dev/v1/payments",
             "SPORTELLO_API_KEY=YOUR_API_KEY_HERE\nCLIENT_SECRET=YOUR_CLIENT_SECRET\nREFRESH_TOKEN={{refresh_token}}")
    pre = pick("è corretto così?\n", "codice dell'app:\n", "") if lang == "it" else pick("is this right?\n", "app code:\n", "")
    return "code", pre + t + "\n" + ask(lang)


@neg
def n_deeplink_safe(lang):
    url = "%s://checkout/result?order_id=%s&payment_id=pay_%s&status=%s&utm_source=%s" % (pick("myshop", "cassa", "runnerapp"), digits(7), rs(24, AL), pick("succeeded", "failed", "canceled"), pick("push", "sms", "qr"))
    t = ("il deep link dopo il pagamento non apre l'app:\n%s" if lang == "it" else "the post-payment deep link doesn't open the app:\n%s") % url
    return "deeplink", t


@neg
def n_universal_link(lang):
    t = "https://%s/.well-known/apple-app-site-association\n{\"applinks\":{\"details\":[{\"appIDs\":[\"%s.%s\"],\"components\":[{\"/\":\"/pay/*\"}]}]}}" % (pick("shop.example.it", "pay.acme.com"), rs(10, string.ascii_uppercase + string.digits), R.choice(APPS))
    pre = "universal link non funziona, il file AASA è questo:\n" if lang == "it" else "universal links don't work, AASA file:\n"
    return "json", pre + t


@neg
def n_review_reply(lang):
    if lang == "it":
        t = "Recensione App Store ★☆☆☆☆ \"%s\"\n— %s, %s\n\nRisposta dello sviluppatore: Ciao, ci dispiace! Non chiederemo mai la tua password o il codice OTP. Scrivici a supporto indicando il numero ordine %s." % (pick("app inutile, il pagamento non va", "mi ha addebitato due volte", "non arriva l'sms"), pick("peppe88", "lauretta_", "Mario R."), date_it(), order_id())
    else:
        t = "App Store review ★★☆☆☆ \"%s\"\n— %s, %s\n\nDeveloper reply: Hi, sorry about this! We will never ask for your password or OTP. Email support with order number %s." % (pick("payment keeps failing", "charged me twice", "no sms arrives"), pick("jdog22", "sarah_k", "Tom B."), date_it(), order_id())
    pre = "come rispondiamo a questa? bozza:\n" if lang == "it" else "how should we answer this? draft:\n"
    return "review", pre + t


@neg
def n_luhn_fail(lang):
    c = card_bad()
    f = fmt_card(c, " ")
    t = ("ho provato con %s e l'app dice numero non valido, ma l'ho scritto giusto!" if lang == "it" else "tried %s and the app says invalid number, but I typed it right!") % f
    return "chat", envelope(t, lang)


@neg
def n_bad_iban(lang):
    ib = fmt_iban(bad_iban(), pick("plain", "groups"))
    t = ("l'app mi dice IBAN non valido: %s — ho controllato tre volte" if lang == "it" else "the app says invalid IBAN: %s — checked three times") % ib
    return "sms", envelope(t, lang)


@neg
def n_bic_abi(lang):
    abi, nm = R.choice(IT_BANKS)
    if lang == "it":
        if R.random() < 0.5:
            t = "la mia banca è %s (ABI %s, CAB %s), BIC %s. Gli accrediti arrivano lì?" % (nm, abi, digits(5), R.choice(BICS))
        else:
            t = "BIC %s va bene per SEPA istantaneo? la banca è %s" % (R.choice(BICS), nm)
    else:
        t = "my bank is %s (ABI %s, CAB %s), BIC %s. Do payouts go there?" % (nm, abi, digits(5), R.choice(BICS))
    return "chat", envelope(t, lang)


@neg
def n_amount_phone(lang):
    ph = pick("+39 3%d %s %s" % (R.randint(20, 99), digits(3), digits(4)), "+44 7%s %s" % (digits(3), digits(6)), "3%d%s" % (R.randint(20, 99), digits(7)))
    t = ("richiamatemi al %s, addebito doppio di %s € il %s" if lang == "it" else "call me back at %s, double charge of €%s on %s") % (ph, amount(), date_it())
    return "sms", envelope(t, lang)


@neg
def n_version(lang):
    dev = R.choice(DEVICES)
    t = "%s %s\n%s\nApp %d.%d.%d (build %d)\nSDK %d.%d.%d-%s\ncommit %s\nTestFlight build %s" % (dev, R.choice(IOS) if dev.startswith(("iP", "Apple")) else R.choice(ANDROID), pick("Impostazioni > Info" if lang == "it" else "Settings > About", ""), R.randint(1, 5), R.randint(0, 30), R.randint(0, 9), R.randint(100, 9000),
                                                                        R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), pick("beta.2", "rc.1", "alpha"), hexs(40), "2026.12.%02d.%d" % (R.randint(1, 3), R.randint(1, 9)))
    return "form", t + "\n" + ask(lang)


@neg
def n_qr_result(lang):
    q = pick("WIFI:T:nopass;S:Ospiti-%s;;" % rs(4, string.ascii_uppercase),
             "https://pay.sportello.dev/l/%s?amount=%s" % (rs(10, AL), amount().replace(",", ".")),
             "SMSTO:+393%s:STOP" % digits(9),
             "otpauth://totp/Sportello:%s?issuer=Sportello&digits=6&period=30" % pick("mario%40shop.it", "ops"),
             "BEGIN:VCARD\nFN:%s\nTEL:+39 0%s\nEND:VCARD" % (R.choice(SHOPS), digits(9)))
    t = ("lo scanner QR del telefono legge:\n%s\nè giusto?" if lang == "it" else "the phone QR scanner reads:\n%s\nis that right?") % q
    return "qr", t


@neg
def n_authenticator_talk(lang):
    if lang == "it":
        t = pick("ho cambiato iPhone e Google Authenticator è vuoto, come rifaccio il 2FA sulla dashboard?", "Authy mi mostra i codici ma il sito dice codice non valido, forse l'ora del telefono è sbagliata?", "posso usare Face ID al posto del PIN nell'app esercenti?", "il PIN dell'app l'ho dimenticato, c'è un modo per resettarlo senza perdere i dati?")
    else:
        t = pick("new iPhone and Google Authenticator is empty, how do I redo 2FA on the dashboard?", "Authy shows codes but the site says invalid, maybe the phone clock is off?", "can I use Face ID instead of the PIN in the merchant app?", "forgot the app PIN, can I reset it without losing data?")
    return "chat", envelope(t, lang)


@neg
def n_watch_notif(lang):
    if lang == "it":
        t = "⌚ %s · ora\nPagamento di %s € approvato presso %s\nSaldo disponibile: %s €\n\ndal telefono dice pagato ma l'app del negozio no" % (pick("Satispay", "Revolut", "Banca", "Apple Pay"), amount(), R.choice(SHOPS), amount())
    else:
        t = "⌚ %s · now\nPayment of €%s approved at %s\nAvailable balance: €%s\n\nphone says paid but the shop app doesn't" % (pick("Revolut", "Monzo", "Apple Pay"), amount(), R.choice(SHOPS), amount())
    return "watch", t


@neg
def n_carplay(lang):
    if lang == "it":
        t = "messaggio letto da CarPlay (dettato): \"sono in macchina virgola arrivo al negozio tra dieci minuti virgola il pos numero %d dà errore %s punto\"" % (R.randint(1, 9), pick("E-47", "timeout host", "carta non letta"))
    else:
        t = "message read out by Android Auto (dictated): \"in the car comma at the shop in ten minutes comma terminal %d shows error %s period\"" % (R.randint(1, 9), pick("E-47", "host timeout", "card not read"))
    return "voice-to-text", t


@neg
def n_hash(lang):
    h = pick(hexs(40), hexs(64), "sha256-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode())
    t = ("il build %d ha hash %s, è quello caricato su App Store Connect?" if lang == "it" else "build %d has hash %s, is that the one on App Store Connect?") % (R.randint(100, 999), h)
    return "chat", envelope(t, lang)


@neg
def n_push_plain(lang):
    t = json.dumps({"aps": {"alert": {"title": pick("Rimborso inviato", "Refund sent"), "body": "%s € · %s" % (amount(), order_id())}, "thread-id": "orders", "mutable-content": 1},
                    "payment_id": "pay_" + rs(24, AL), "collapse_id": uuid4()}, indent=2, ensure_ascii=False)
    pre = "apns-topic %s, apns-push-type alert, payload:\n" % R.choice(APPS)
    return "push-payload", pre + t + "\n" + ask(lang)


@neg
def n_client_id_only(lang):
    cid = pick("acme-pay-prod", "cassa-android", "kiosk-fleet-eu", "%s-%s.apps.googleusercontent.com" % (digits(12), rs(32, LOW)))
    t = ("il client id dell'app è %s, il secret NON lo metto nell'app, lo tiene il backend. Va bene il flusso PKCE?" if lang == "it" else "the app's client id is %s, the secret is NOT in the app, backend holds it. Is PKCE fine?") % cid
    return "chat", envelope(t, lang)


@neg
def n_pkce(lang):
    t = "code_challenge=%s&code_challenge_method=S256&client_id=%s&redirect_uri=%s%%3A%%2F%%2Foauth&state=%s" % (rs(43, B64U), pick("acme-pay-mobile", "cassa-ios"), pick("it.cassa.app", "com.runner"), rs(16, LOW))
    pre = "l'URL di autorizzazione che apre ASWebAuthenticationSession:\n" if lang == "it" else "the authorize URL ASWebAuthenticationSession opens:\n"
    return "url", pre + "https://auth.sportello.dev/authorize?response_type=code&" + t


@neg
def n_vending(lang):
    t = ("Distributore %s-%s\nStato: fuori servizio\nUltima transazione: %s %s, %s €, cashless\nErrore lettore: 0x%s\nMDB addr %d" if lang == "it" else "Vending unit %s-%s\nStatus: out of service\nLast transaction: %s %s, €%s, cashless\nReader error: 0x%s\nMDB addr %d") % (pick("VM", "KS", "DA"), digits(5), date_it(), hhmm(), amount(), hexs(4).upper(), R.randint(1, 15))
    return "field-note", t


@neg
def n_delivery(lang):
    if lang == "it":
        t = "Rider %s: consegna %s a %s, pagamento alla consegna %s €, cliente ha pagato con %s. Lo scontrino dice ESEGUITA ma l'app mostra \"in attesa\"" % (name(lang), order_id(), R.choice(CITIES), amount(), pick("Apple Pay", "carta ****" + digits(4), "Satispay"))
    else:
        t = "Driver %s: drop %s in %s, cash-on-delivery €%s, customer paid with %s. Slip says APPROVED but the app shows \"pending\"" % (name(lang), order_id(), pick("Leeds", "York", "Bath"), amount(), pick("Apple Pay", "card ****" + digits(4)))
    return "chat", envelope(t, lang)


@neg
def n_prose_password(lang):
    if lang == "it":
        t = pick("quanti caratteri deve avere la password nuova? mi dice sempre troppo debole", "ho ricevuto una mail che mi chiede la password, è phishing?", "mi dite come si cambia il PIN del terminale? il manuale non lo spiega", "la password scade ogni 90 giorni, si può togliere?", "il tecnico mi ha chiesto il codice OTP al telefono, è normale??")
    else:
        t = pick("how many characters must the new password have? it says too weak", "got an email asking for my password, is it phishing?", "how do I change the terminal PIN? the manual doesn't say", "the password expires every 90 days, can we disable it?", "a tech asked for my OTP code on the phone, is that normal??")
    return "sms", envelope(t, lang)


@neg
def n_order_table(lang):
    rows = ["%s\t%s\t%s\t%s" % (order_id(), date_it(), amount(), pick("pagato", "rimborsato", "fallito") if lang == "it" else pick("paid", "refunded", "failed")) for _ in range(R.randint(3, 6))]
    hdr = "ordine\tdata\timporto\tstato" if lang == "it" else "order\tdate\tamount\tstatus"
    pre = "copiato dall'app su iPad:\n" if lang == "it" else "copied from the app on iPad:\n"
    return "tsv", pre + hdr + "\n" + "\n".join(rows)


@neg
def n_redacted_msg(lang):
    if lang == "it":
        t = pick("vi giro la schermata, ho coperto i dati: IBAN IT** **** **** **** **** ***%s", "token: [REDACTED] (non ve lo mando qui, chiamatemi)", "password: ******** (è quella solita)", "carta •••• %s, cvv ***")
    else:
        t = pick("forwarding the screen, data hidden: IBAN GB** **** **** **** **%s", "token: [REDACTED] (not sending it here, call me)", "password: ******** (the usual one)", "card •••• %s, cvv ***")
    t = t % digits(4) if "%s" in t else t
    return "chat", envelope(t, lang)


@neg
def n_rn_config(lang):
    t = "// app.config.js\nexport default {\n  name: '%s',\n  ios: { bundleIdentifier: '%s', buildNumber: '%d' },\n  android: { package: '%s', versionCode: %d },\n  extra: { apiUrl: process.env.API_URL, sportelloKey: process.env.SPORTELLO_PUBLISHABLE_KEY, eas: { projectId: '%s' } }\n};" % (
        pick("Cassa", "Runner", "MyShop"), R.choice(APPS), R.randint(1, 400), R.choice(APPS), R.randint(1, 400), uuid4())
    pre = "config Expo:\n" if lang == "it" else "Expo config:\n"
    return "javascript", pre + t


@neg
def n_manifest(lang):
    t = "<manifest package=\"%s\">\n  <application android:label=\"@string/app_name\">\n    <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"${MAPS_API_KEY}\"/>\n    <meta-data android:name=\"com.google.firebase.messaging.default_notification_channel_id\" android:value=\"orders\"/>\n  </application>\n</manifest>" % R.choice(APPS)
    pre = "AndroidManifest.xml:\n"
    return "xml", pre + t + "\n" + ask(lang)


@neg
def n_ticket_ids(lang):
    t = ("Ticket #%d\nEsercente: %s\nTerminale: %s\nTransazione: %s\nErrore: %s\nDispositivo: %s" if lang == "it" else "Ticket #%d\nMerchant: %s\nTerminal: %s\nTransaction: %s\nError: %s\nDevice: %s") % (R.randint(10000, 99999), pick("acme-pay-prod", "m_" + rs(10, LOW)), "T" + digits(7), "txn_" + rs(20, AL), pick("E-47", "timeout", "3DS_FAILED"), R.choice(DEVICES))
    return "form", t


@neg
def n_emoji_safe(lang):
    t = ("ordine %s 📦 spedito 🚚 arriva %s ✅ importo %s € 💶" if lang == "it" else "order %s 📦 shipped 🚚 arrives %s ✅ amount €%s 💶") % (order_id(), date_it(), amount())
    return "whatsapp", envelope(t, lang)


@neg
def n_sms_delivery_notice(lang):
    if lang == "it":
        t = "SMS: %s: il tuo pacco %s è in consegna oggi. Segui: https://t.%s/%s\n\nè il lettore che avevo ordinato?" % (pick("BRT", "GLS", "Poste", "SDA"), digits(12), pick("brt.it", "gls.it"), rs(8, AL))
    else:
        t = "SMS: %s: your parcel %s is out for delivery. Track: https://trk.%s/%s\n\nis this the reader I ordered?" % (pick("DPD", "Royal Mail", "Evri"), id_digits(14), pick("dpd.co.uk", "evri.com"), rs(8, AL))
    return "sms", t


@neg
def n_satispay_receipt(lang):
    t = ("%s\nPagamento completato\n%s €\na %s\nID transazione %s\n%s %s\nCondividi ricevuta" if lang == "it" else "%s\nPayment completed\n€%s\nto %s\nTransaction ID %s\n%s %s\nShare receipt") % (pick("Satispay", "PayPal", "Revolut", "Apple Pay"), amount(), R.choice(SHOPS), pick(uuid4(), rs(17, string.ascii_uppercase + string.digits), id_digits(16)), date_it(), hhmm())
    pre = "ricevuta condivisa dall'app:\n" if lang == "it" else "receipt shared from the app:\n"
    return "share-sheet", pre + t


@neg
def n_expo_log(lang):
    t = "› Metro waiting on exp://192.168.%d.%d:8081\n› Scan the QR code above with Expo Go (Android) or the Camera app (iOS)\n› Using Expo Go\nAndroid Bundled %dms index.js (%d modules)\n LOG  [push] expo token ExponentPushToken[%s]\n ERROR  [checkout] HTTP 422 {\"code\":\"amount_too_small\",\"request_id\":\"%s\"}" % (R.randint(0, 2), R.randint(2, 250), R.randint(300, 9000), R.randint(900, 3000), rs(22, AL), uuid4())
    pre = "npx expo start:\n"
    return "rn-log", pre + t


@neg
def n_smartlink_sms(lang):
    if lang == "it":
        t = "SMS da SPORTELLO: Paga il tuo ordine %s di %s € qui: https://pay.sportello.dev/p/%s . Non ti chiederemo mai codici o password." % (order_id(), amount(), rs(12, AL))
    else:
        t = "SMS from SPORTELLO: Pay your order %s of €%s here: https://pay.sportello.dev/p/%s . We'll never ask for codes or passwords." % (order_id(), amount(), rs(12, AL))
    return "sms", "Inoltrato\n" + t if lang == "it" else "Forwarded\n" + t


@neg
def n_store_connect(lang):
    t = "App Store Connect\n%s\nVersione %d.%d.%d (%d) · In revisione\nApple ID app: %s\nSKU: %s\nTeam ID: %s" % (pick("Cassa Facile", "Runner Consegne"), R.randint(1, 5), R.randint(0, 30), R.randint(0, 9), R.randint(100, 999), digits(10), pick("CASSA-", "RUN-") + digits(4), rs(10, string.ascii_uppercase + string.digits))
    if lang == "en":
        t = t.replace("Versione", "Version").replace("In revisione", "In review")
    return "ocr", t + "\n" + ask(lang)


@neg
def n_sdk_error_prose(lang):
    if lang == "it":
        t = "l'SDK iOS dà \"Missing client secret\" — ma il client secret non dovrebbe stare nell'app, no? Lo prendiamo dal nostro server con /payment-intents. Ho sbagliato qualcosa nel setup?"
    else:
        t = "the iOS SDK says \"Missing client secret\" — but the client secret shouldn't live in the app, right? We fetch it from our server via /payment-intents. Did I mess up the setup?"
    return "chat", envelope(t + emojify(lang), lang)


@neg
def n_local_props(lang):
    t = "## local.properties — NON committare\nsdk.dir=/Users/%s/Library/Android/sdk\nflutter.sdk=/Users/%s/dev/flutter\nflutter.versionName=%d.%d.%d\nflutter.versionCode=%d" % (pick("luca", "giulia", "dev"), pick("luca", "giulia", "dev"), R.randint(1, 5), R.randint(0, 30), R.randint(0, 9), R.randint(1, 400))
    return "properties", t + "\n" + ask(lang)


@neg
def n_terminal_ids(lang):
    t = ("Terminale %s\nSeriale %s\nEsercente %s\nABI banca acquirer %s\nUltima chiusura %s %s, %d operazioni, %s €" if lang == "it" else "Terminal %s\nSerial %s\nMerchant %s\nAcquirer ABI %s\nLast close %s %s, %d transactions, €%s") % (digits(8), rs(3, string.ascii_uppercase) + digits(9), id_digits(15), R.choice(IT_BANKS)[0], date_it(), hhmm(), R.randint(1, 120), amount())
    return "field-note", t


@neg
def n_fcm_topic(lang):
    t = "adb shell am broadcast -a com.google.android.c2dm.intent.RECEIVE -n %s/.MessagingService --es \"order_id\" \"%s\" --es \"type\" \"refund\"" % (R.choice(APPS), digits(8))
    pre = "provo a simulare la push dal laptop con adb:\n" if lang == "it" else "simulating the push from my laptop with adb:\n"
    return "shell", pre + t


@neg
def n_dictated_numbers(lang):
    if lang == "it":
        t = "nota vocale trascritta: \"ordine numero %s virgola pagato %s euro virgola il cliente dice che gli è arrivato l'addebito due volte punto richiamare allo %s\"" % (digits(6), amount(), "3" + digits(9))
    else:
        t = "voice note transcript: \"order number %s comma paid %s euros comma customer says he was charged twice period call back on %s\"" % (digits(6), amount(), "07" + digits(9))
    return "voice-to-text", t


@neg
def n_share_sheet_link(lang):
    t = ("Condiviso tramite AirDrop da \"iPhone di %s\":\nhttps://dashboard.sportello.dev/payments/pay_%s?tab=timeline" if lang == "it" else "Shared via AirDrop from \"%s's iPhone\":\nhttps://dashboard.sportello.dev/payments/pay_%s?tab=timeline") % (name(lang), rs(24, AL))
    return "share-sheet", t + "\n" + ask(lang)


@neg
def n_keystore_prose(lang):
    if lang == "it":
        t = "abbiamo perso la password del keystore di upload 😱 Google Play dice che si può resettare la chiave di caricamento. Voi sapete come? Non vi mando nulla, è tutto su 1Password"
    else:
        t = "we lost the upload keystore password 😱 Google Play says the upload key can be reset. Do you know how? Not sending anything, it's all in 1Password"
    return "chat", envelope(t, lang)


@neg
def n_iban_masked_app(lang):
    t = ("Conto di accredito\n%s ···· %s\nModifica\n\nnell'app vedo solo le ultime cifre, è quello giusto?" if lang == "it" else "Payout account\n%s ···· %s\nEdit\n\nthe app only shows the last digits, is it the right one?") % (pick("IT", "DE", "GB", "FR"), digits(4))
    return "ocr", t


@neg
def n_cvv_prose(lang):
    if lang == "it":
        t = pick("il cliente chiede se deve mandarci il CVV via mail, gli ho detto di no giusto?", "dove si trova il CVV sulle carte Amex? davanti o dietro?", "l'app chiede il CVC ma il cliente ha una carta virtuale senza")
    else:
        t = pick("customer asks whether to email us the CVV, I said no, right?", "where's the CVV on Amex cards? front or back?", "the app asks for the CVC but the customer has a virtual card without one")
    return "chat", envelope(t, lang)


@neg
def n_jwt_header_only(lang):
    hdr = b64u(json.dumps({"alg": "RS256", "kid": rs(8, LOW), "typ": "JWT"}).encode())
    t = ("il kid nell'header del token è %s, dove trovo la chiave pubblica? l'URL JWKS è https://auth.sportello.dev/.well-known/jwks.json" if lang == "it" else "the token header kid is %s, where's the public key? JWKS URL is https://auth.sportello.dev/.well-known/jwks.json") % json.loads(base64.urlsafe_b64decode(hdr + "==").decode())["kid"]
    return "chat", envelope(t, lang)


@neg
def n_public_key(lang):
    k = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rs(64, AL + "+/") for _ in range(R.randint(3, 6))) + "\n" + rs(20, AL + "+/") + "==\n-----END PUBLIC KEY-----"
    pre = "per il certificate pinning usiamo questa chiave PUBBLICA, va bene?\n" if lang == "it" else "for certificate pinning we use this PUBLIC key, ok?\n"
    return "pem", pre + k


@neg
def n_publishable(lang):
    k = "pk_test_" + rs(24, AL)
    t = ("nell'app c'è solo la publishable key %s, la secret sta sul server" if lang == "it" else "the app only has the publishable key %s, the secret is on the server") % k
    return "chat", envelope(t, lang)


@neg
def n_group_chat(lang):
    lines = []
    for _ in range(R.randint(3, 5)):
        who = name(lang)
        msg = pick("ok", "arrivo", "il pos 2 va?", "chi chiude stasera?", "👍", "ho rifatto la chiusura", "ordine %s pronto" % order_id(), "ricarica la carta del furgone") if lang == "it" else pick("ok", "omw", "is terminal 2 ok?", "who closes tonight?", "👍", "redid the close", "order %s ready" % order_id())
        lines.append("[%s] %s: %s" % (hhmm(), who, msg))
    pre = "export della chat del negozio:\n" if lang == "it" else "shop group chat export:\n"
    return "whatsapp", pre + "\n".join(lines)


@neg
def n_sms_template(lang):
    t = pick("Il tuo codice Sportello è {{code}}. Non condividerlo con nessuno.", "Your Sportello code is {{code}}. Don't share it.", "<#> {code} è il tuo codice. %s" % rs(11, B64U), "Codice: ${otp} - valido 5 minuti")
    pre = "il template SMS per l'OTP che abbiamo configurato, va bene per l'autofill su iOS/Android?\n" if lang == "it" else "our OTP SMS template, ok for iOS/Android autofill?\n"
    return "config", pre + t


@neg
def n_device_ids(lang):
    t = "IDFV: %s\nANDROID_ID: %s\nFirebase installation id: %s\nAdvertising ID: %s" % (uuid4().upper(), hexs(16), rs(22, B64U), uuid4())
    pre = "identificativi del dispositivo del cliente, presi dalla schermata Debug dell'app:\n" if lang == "it" else "customer device identifiers, from the app Debug screen:\n"
    return "form", pre + t + "\n" + ask(lang)


@neg
def n_login_screen_ocr(lang):
    if lang == "it":
        t = "%s\nAccedi\nEmail\n%s\nPassword\n••••••••••\nPassword dimenticata?\nAccedi con Face ID\n\ncosì è la schermata, premo Accedi e non succede nulla" % (hhmm(), pick("mario", "info", "anna.b") + "@" + pick("gmail.com", "libero.it"))
    else:
        t = "%s\nSign in\nEmail\n%s\nPassword\n••••••••••\nForgot password?\nSign in with Face ID\n\nthat's the screen, I tap Sign in and nothing happens" % (hhmm(), pick("tom", "info") + "@" + pick("gmail.com", "outlook.com"))
    return "ocr", t


# ======================================================================
#                      DRIVER
# ======================================================================
QUOTA = {"password": 112, "access_token": 95, "vendor_key": 98, "pin": 96, "bank_account": 76,
         "card_number": 60, "cvv": 35, "iban": 64, "client_secret": 45, "refresh_token": 36, "private_key": 37}
N_NEG = 866


def lang_for(i):
    return "it" if R.random() < 0.5 else "en"


def run():
    for kind, q in QUOTA.items():
        made = 0
        tpls = POS[kind]
        tries = 0
        while made < q:
            tries += 1
            assert tries < q * 50, kind
            f = tpls[made % len(tpls)] if R.random() < 0.6 else R.choice(tpls)
            lang = lang_for(made)
            style, text, secs = f(lang)
            if add(lang, style, text, secs, f.__name__):
                made += 1
    made = 0
    tries = 0
    while made < N_NEG:
        tries += 1
        assert tries < N_NEG * 50
        f = NEG[made % len(NEG)] if R.random() < 0.6 else R.choice(NEG)
        lang = lang_for(made)
        style, text = f(lang)
        if add(lang, style, text, [], f.__name__):
            made += 1
    R.shuffle(OUT)
    counters = {}
    path = os.path.join(HERE, "fresh26.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in OUT:
            counters[o["lang"]] = counters.get(o["lang"], 0) + 1
            o2 = {"id": "fresh26-%s-%04d" % (o["lang"], counters[o["lang"]]), "lang": o["lang"], "style": o["style"], "text": o["text"], "secrets": o["secrets"]}
            fh.write(json.dumps(o2, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    print(run())
