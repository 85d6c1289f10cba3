#!/usr/bin/env python3
"""fresh28 "shops and storefronts" -- generator (seeded, deterministic).

Written blind to the guard. Produces fresh28.jsonl next to this file.
"""
import base64, hashlib, json, os, random, string, sys, uuid

R = random.Random(280028)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"


def rs(n, alpha=AN):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if alpha is AN and n >= 12:
            if not (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)):
                continue
        return s


def rhex(n):
    return rs(n, HEX)


def rdig(n, first_nonzero=True):
    s = "".join(R.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def pick(*a):
    return R.choice(a)


def L(lang, it, en):
    return it if lang == "it" else en


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1, False)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


CARD_PREFIXES = [("4539", 16), ("4556", 16), ("4916", 16), ("4111", 16), ("4024", 16), ("5425", 16),
                 ("5555", 16), ("5105", 16), ("2223", 16), ("2720", 16), ("3714", 15), ("3782", 15),
                 ("6011", 16), ("4023", 16), ("5333", 16)]


def card():
    p, n = R.choice(CARD_PREFIXES)
    return luhn_complete(p, n)


def bad_card():
    c = card()
    while True:
        i = R.randrange(4, len(c))
        d = str((int(c[i]) + R.randint(1, 9)) % 10)
        b = c[:i] + d + c[i + 1:]
        if not luhn_ok(b):
            return b


def fmt_card(c, style=None):
    style = style or R.choice(["space", "space", "none", "dash", "dot", "space2"])
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    else:
        g = [c[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "space2":
        return "  ".join(g)
    return c


def mask_card(c):
    return pick("**** **** **** " + c[-4:], "•••• " + c[-4:], "XXXXXXXXXXXX" + c[-4:], c[:6] + "******" + c[-4:],
                "ending in " + c[-4:], "*" + c[-4:])


def cvv(n=3):
    return rdig(n, False)


def exp():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


def _iban_num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check(cc, bban):
    n = int(_iban_num(bban + cc + "00"))
    return "%02d" % (98 - n % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").replace("\n", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_val(ch, odd):
    if ch.isdigit():
        i = int(ch)
    else:
        i = ord(ch) - 65
    return ODD[i] if odd else i


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    t = sum(_cin_val(c, (k % 2 == 0)) for k, c in enumerate(s))
    return chr(65 + t % 26)


ABIS = ["03069", "02008", "05034", "03104", "05696", "01030", "03440", "05387", "08327", "03015", "06230"]


def it_bban():
    abi = R.choice(ABIS)
    cab = rdig(5)
    conto = pick(rdig(12, False), "0000" + rdig(8), "CC0" + rdig(9, False), "1000000" + rdig(5))
    return it_cin(abi, cab, conto), abi, cab, conto


def iban(cc=None):
    cc = cc or R.choice(["IT", "IT", "IT", "IT", "DE", "FR", "ES", "NL", "BE", "GB", "AT", "PT"])
    if cc == "IT":
        cin, abi, cab, conto = it_bban()
        bban = cin + abi + cab + conto
    elif cc == "DE":
        bban = rdig(8) + rdig(10, False)
    elif cc == "FR":
        b, g, c = rdig(5), rdig(5, False), rdig(11, False)
        bban = b + g + c + fr_key(b, g, c)
    elif cc == "ES":
        b, s, a = rdig(4), rdig(4), rdig(10, False)
        bban = b + s + es_dc(b, s, a) + a
    elif cc == "NL":
        bban = pick("ABNA", "INGB", "RABO", "TRIO") + rdig(10, False)
    elif cc == "BE":
        x = rdig(10)
        bban = x + "%02d" % ((int(x) % 97) or 97)
    elif cc == "GB":
        bban = pick("NWBK", "BARC", "MIDL", "LOYD") + rdig(6) + rdig(8)
    elif cc == "AT":
        bban = rdig(5) + rdig(11, False)
    else:  # PT
        bban = rdig(21, False)
    return cc + iban_check(cc, bban) + bban


def bad_iban(cc=None):
    i = iban(cc)
    while True:
        ck = "%02d" % R.randint(2, 98)
        b = i[:2] + ck + i[4:]
        if not iban_valid(b):
            return b


def fmt_iban(i, style=None):
    style = style or R.choice(["space", "space", "none", "none", "lower"])
    if style == "space":
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if style == "lower":
        return i
    return i


def fr_key(b, g, c):
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))


def es_dc(b, s, a):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(x):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(x)) % 11
        return 0 if v == 11 else (1 if v == 10 else v)

    return "%d%d" % (d("00" + b + s), d(a))


def ean13(prefix=None):
    body = (prefix or pick("800", "801", "803", "805", "400", "590", "761")) + ""
    body = body + rdig(12 - len(body), False)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def gtin14():
    body = R.choice("12345678") + ean13()[:12]
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def sscc():
    body = "3" + "80" + rdig(14, False)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return "00" + body + str((10 - s % 10) % 10)


def piva():
    b = "0" + rdig(9, False) if R.random() < .5 else rdig(10)
    for c in DG:
        if luhn_ok(b + c):
            return b + c


def cf():
    s = rs(6, UP) + rdig(2, False) + R.choice("ABCDEHLMPRST") + "%02d" % R.randint(1, 71) + R.choice(
        "FHLGABCD") + rdig(3, False)
    t = sum(_cin_val(c, (k % 2 == 0)) for k, c in enumerate(s))
    return s + chr(65 + t % 26)


def luhn_digits(n, prefix=""):
    return luhn_complete(prefix or R.choice("123456789"), n)


# ---------------------------------------------------------------- tokens
def jwt(sub=None, extra=None):
    h = base64.urlsafe_b64encode(json.dumps({"alg": pick("HS256", "RS256"), "typ": "JWT"}).encode()).rstrip(b"=").decode()
    p = {"sub": sub or rs(10, LO + DG), "iat": 17640000 + R.randint(0, 99999) * 10, "exp": 17650000 + R.randint(0, 99999) * 10}
    if extra:
        p.update(extra)
    pl = base64.urlsafe_b64encode(json.dumps(p).encode()).rstrip(b"=").decode()
    sig = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(32))).rstrip(b"=").decode()
    return h + "." + pl + "." + sig


def pem_body(lines=None):
    lines = lines or R.randint(6, 12)
    raw = bytes(R.getrandbits(8) for _ in range(48 * lines - R.randint(0, 30)))
    b = base64.b64encode(raw).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def pem(kind="PRIVATE KEY", sep="\n"):
    body = pem_body()
    if kind == "RSA PRIVATE KEY":
        body[0] = "MIIE" + body[0][4:]
    elif kind == "PRIVATE KEY":
        body[0] = "MIIE" + pick("vQ", "vA", "vg") + body[0][6:]
    elif kind == "EC PRIVATE KEY":
        body = body[:3]
        body[0] = "MHcCAQEEI" + body[0][9:]
    return sep.join(["-----BEGIN %s-----" % kind] + body + ["-----END %s-----" % kind])


def pubkey():
    body = pem_body(6)
    body[0] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A" + body[0][32:]
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"])


def provider_key(live=True):
    return pick("pnx_%s_" % ("live" if live else "test"), "pnx_sk_%s_" % ("live" if live else "test"), "") + rs(32)


def provider_pub():
    return "pnx_pub_" + pick("live", "test") + "_" + rs(24)


def sk_live():
    return pick("sk_live_", "sk_live_", "rk_live_") + "51" + rs(8) + rs(22) + rs(60 - 32)


def pk_live():
    return "pk_live_51" + rs(30) + rs(60 - 32)


def whsec():
    return "whsec_" + rs(32)


def shpat():
    return pick("shpat_", "shpca_", "shppa_") + rhex(32)


def shpss():
    return "shpss_" + rhex(32)


def aws_id():
    return "AKIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "/+")


def aiza():
    return "AIza" + rs(35, AN + "-_")


def sg_key():
    return "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_")


def mc_key():
    return rhex(32) + "-us" + str(R.randint(1, 21))


def klaviyo_priv():
    return "pk_" + rhex(34)


def paypal_id():
    return "A" + rs(79, AN + "-_")


def paypal_secret():
    return "E" + rs(79, AN + "-_")


def password():
    words = ["Gelsomino", "Limoncello", "Vespa", "Tramonto", "Orchidea", "Pistacchio", "Bramble", "Harbour",
             "Fernhill", "Marmotta", "Sole", "Negozio", "Ceramica", "Biscotto", "Zafferano", "Lavanda", "Cobalto"]
    return pick(
        R.choice(words) + pick("", "_", ".", "!") + str(R.randint(1, 2026)) + pick("!", "#", "$", "", "?"),
        rs(R.randint(10, 16), AN + "!@#%&*-_"),
        R.choice(words).lower() + R.choice(words) + rdig(2, False),
        rs(4, UP) + "-" + rs(4, LO) + "-" + rdig(4, False) + pick("!", "&"),
        R.choice(words) + "&" + R.choice(words) + rdig(3, False),
    )


def ordernum():
    return pick("#" + str(R.randint(1001, 98000)), str(R.randint(100000100, 100099999)),
                "WC-" + str(R.randint(1000, 99999)), "ORD-2026-" + rdig(5, False), "#" + pick("IT", "EU") + rdig(5))


def sku():
    return pick(rs(3, UP) + "-" + rdig(4, False) + "-" + pick("BLU", "ROS", "NER", "S", "M", "XL"),
                pick("TSH", "CER", "OLI", "VIN", "SCA") + rdig(5, False), rs(2, UP) + rdig(6, False))


def tracking():
    return pick("1Z" + rs(6, UP + DG) + rdig(10, False), rdig(10), rdig(11), "0" + rdig(17, False),
                pick("RR", "RA", "CP", "LX") + rdig(9) + "IT", "JJD" + rdig(18, False), rdig(15), luhn_digits(16, "05"))


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


IT_NAMES = ["Giulia Bianchi", "Marco Rossi", "Francesca Esposito", "Luca Romano", "Chiara Colombo", "Davide Ricci",
            "Sara Marino", "Alessandro Greco", "Elena Bruno", "Matteo Gallo", "Federica Conti", "Paolo De Luca",
            "Anna Mancini", "Giorgio Costa", "Martina Giordano", "Simone Rizzo", "Valentina Lombardi", "Nonna Pina"]
EN_NAMES = ["Emma Clarke", "Oliver Hughes", "Sophie Turner", "Jack Wilson", "Amelia Price", "Harry Walsh",
            "Grace Bennett", "Noah Fletcher", "Chloe Harper", "Liam O'Connor", "Isla Murray", "Ethan Doyle",
            "Ruby Sinclair", "Thomas Reid", "Megan Lloyd", "Daniel Okafor"]
IT_SHOPS = ["Bottega Rossi", "Ceramiche Vietresi", "Olio Sabino", "Calzature Bianchi", "Enoteca Da Gino",
            "Tessuti Lario", "Pasticceria Dolce Vita", "Erboristeria Camomilla", "Ciclofficina Po", "Libreria Il Gufo",
            "Profumi di Sicilia", "Caffè Toscano", "Ottica Mirabella", "Gioielli Aurora"]
EN_SHOPS = ["Harbour & Pine", "Little Fern Co", "Northgate Cycles", "Bramble Tea", "Copper Kettle Home",
            "Wildflower Soap", "Oak & Anchor", "Tidewater Prints", "The Vinyl Attic", "Moss Lane Ceramics"]


def person(lang):
    return R.choice(IT_NAMES if lang == "it" else EN_NAMES)


def shop(lang):
    return R.choice(IT_SHOPS if lang == "it" else EN_SHOPS)


def dom(lang):
    s = shop(lang).lower().replace(" & ", "and").replace(" ", "").replace("'", "").replace("è", "e")
    return s + pick(".it", ".com", ".shop", ".store") if lang == "it" else s + pick(".co.uk", ".com", ".shop")


def email(lang):
    n = person(lang).lower().split()
    return n[0].replace("'", "") + pick(".", "_", "") + n[-1].replace("'", "") + "@" + pick("gmail.com", "libero.it", "hotmail.com", "outlook.com", "yahoo.it", "icloud.com")


def phone(lang):
    return pick("+39 3%d%d %s %s" % (R.randint(2, 9), R.randint(0, 9), rdig(3), rdig(4)),
                "3%d%d%s" % (R.randint(2, 9), R.randint(0, 9), rdig(7))) if lang == "it" else \
        pick("+44 7%s %s" % (rdig(3), rdig(6)), "07%s %s" % (rdig(3), rdig(6)))


def money(lang):
    v = R.randint(500, 49000) / 100
    return ("€ %.2f" % v).replace(".", ",") if lang == "it" else pick("£%.2f" % v, "€%.2f" % v)


def date(lang):
    d, m = R.randint(1, 28), R.randint(1, 12)
    return "%02d/%02d/2026" % (d, m) if lang == "it" else pick("%02d/%02d/2026" % (d, m), "2026-%02d-%02d" % (m, d))


def greet(lang):
    return L(lang, pick("Buongiorno,", "Salve,", "Ciao,", "Gentile supporto,", "Buonasera", "Ciao ragazzi"),
             pick("Hi,", "Hello,", "Hi team,", "Good morning,", "Hey", "Dear support,"))


def sign(lang):
    return L(lang, pick("Grazie, " + person(lang), "Cordiali saluti\n" + person(lang) + "\n" + shop(lang),
                        "grazie mille", "Saluti\n" + person(lang), "Inviato da iPhone"),
             pick("Thanks, " + person(lang), "Kind regards,\n" + person(lang) + "\n" + shop(lang), "cheers",
                  "Best,\n" + person(lang), "Sent from my iPhone"))


# ================================================================ shapes
SHAPES = []


def shape(name, secret, weight=1.0):
    def deco(fn):
        SHAPES.append((name, secret, fn, weight))
        return fn
    return deco


# ---------------------------------------------------------------- secret shapes: platform settings pages
@shape("shopify-customapp", True)
def _(lang):
    tok, sec, key = shpat(), shpss(), rhex(32)
    t = L(lang,
          "%s\nho creato l'app personalizzata come da vostra guida, vi copio la pagina:\n\nCredenziali API\nToken di accesso API Admin\n%s\nRivela il token una sola volta\n\nChiave API\n%s\nChiave segreta API\n%s\n\nVersione webhook: 2026-10\nva bene così? il plugin non si collega\n%s",
          "%s\ncreated the custom app like your guide says, here's the page:\n\nAPI credentials\nAdmin API access token\n%s\nYou can only reveal this token once\n\nAPI key\n%s\nAPI secret key\n%s\n\nWebhooks API version: 2026-10\nlook right? plugin still won't connect\n%s") % (
        greet(lang), tok, key, sec, sign(lang))
    return "admin-page", t, [("vendor_key", tok), ("vendor_key", sec)]


@shape("woo-restkeys", True)
def _(lang):
    ck, cs = "ck_" + rhex(40), "cs_" + rhex(40)
    t = L(lang,
          "WooCommerce > Impostazioni > Avanzate > REST API\n\nDescrizione: connettore %s\nUtente: admin\nPermessi: Lettura/Scrittura\n\nChiave utente (consumer key)\n%s\nChiave segreta utente\n%s\n\nGenera QR code | Revoca chiave\n\nQueste le ho messe nel vostro pannello ma dà 401.",
          "WooCommerce > Settings > Advanced > REST API\n\nDescription: %s connector\nUser: admin\nPermissions: Read/Write\n\nConsumer key\n%s\nConsumer secret\n%s\n\nQRCode | Revoke key\n\nPut these in your dashboard, still 401.") % (
        pick("Sportello", "ERP", "PayNexo", "Danea"), ck, cs)
    return "admin-page", t, [("client_secret", cs)]


def _stripe_like_page(lang, plat):
    pk, sk, wh = pk_live(), sk_live(), whsec()
    test = pick(True, False)
    lines = L(lang,
              ["Modalità test", "[%s] Abilita modalità test" % (" " if not test else "x"), "", "Chiave pubblicabile live", pk,
               "", "Chiave segreta live", sk, "", "Segreto di firma webhook", wh, "", "Endpoint: https://%s/?wc-api=wc_stripe" % dom(lang)],
              ["Test mode", "[%s] Enable test mode" % (" " if not test else "x"), "", "Live publishable key", pk, "",
               "Live secret key", sk, "", "Webhook signing secret", wh, "", "Endpoint: https://%s/?wc-api=wc_stripe" % dom(lang)])
    head = {"woo": "WooCommerce > Pagamenti > Stripe" if lang == "it" else "WooCommerce > Payments > Stripe",
            "presta": "Moduli > Stripe Official > Configura" if lang == "it" else "Modules > Stripe Official > Configure",
            "magento": "Stores > Configuration > Sales > Payment Methods > Stripe"}[plat]
    t = head + "\n\n" + "\n".join(lines)
    if R.random() < .5:
        t = L(lang, "vi incollo la schermata, non capisco perché i pagamenti restano in sospeso\n\n",
              "pasting the screen, no idea why payments stay pending\n\n") + t
    return "settings-page", t, [("vendor_key", sk), ("vendor_key", wh)]


for _p in ("woo", "presta", "magento"):
    shape("stripe-settings-" + _p, True, 0.7)(lambda lang, _p=_p: _stripe_like_page(lang, _p))


@shape("paypal-module", True)
def _(lang):
    cid, sec = paypal_id(), paypal_secret()
    sep = pick(":", "\n", " = ", "\t")
    t = L(lang,
          "PrestaShop – PayPal Checkout (v6.4.1)\nAmbiente%sProduzione\nClient ID%s%s\nSecret%s%s\nIntent%sCattura immediata\n\nIl modulo dice 'credenziali non valide'. Le ho copiate da developer.paypal.com",
          "PrestaShop – PayPal Checkout (v6.4.1)\nEnvironment%sLive\nClient ID%s%s\nSecret%s%s\nIntent%sCapture\n\nModule says 'invalid credentials'. Copied them from developer.paypal.com") % (
        sep, sep, cid, sep, sec, sep)
    return "settings-page", t, [("client_secret", sec)]


@shape("paypal-nvp", True)
def _(lang):
    user = rs(8, LO) + "_api1." + dom(lang)
    pw, sig = rs(16, UP + DG), "A" + rs(55, AN + "-.")
    t = L(lang,
          "Vecchio modulo PayPal Express (API classiche NVP)\n\nNome utente API: %s\nPassword API: %s\nFirma: %s\n\nva migrato? lo usiamo ancora su Magento 1 (lo so...)",
          "Old PayPal Express module (classic NVP API)\n\nAPI Username: %s\nAPI Password: %s\nSignature: %s\n\nneeds migrating? still on Magento 1 (I know...)") % (user, pw, sig)
    return "settings-page", t, [("password", pw), ("client_secret", sig)]


@shape("wpconfig-db", True)
def _(lang):
    pw = password().replace("'", "")
    host = pick("localhost", "127.0.0.1", "sql%d.aruba.it" % R.randint(10, 99), "db.%s" % dom(lang))
    comment = L(lang, "// ** Impostazioni MySQL - È possibile ottenere queste informazioni dal proprio fornitore di hosting ** //",
                "// ** Database settings - You can get this info from your web host ** //")
    t = ("<?php\n%s\ndefine( 'DB_NAME', '%s' );\ndefine( 'DB_USER', '%s' );\ndefine( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', '%s' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n\n"
         "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n\n$table_prefix = 'wp_%s_';\ndefine( 'WP_DEBUG', false );\n") % (
        comment, "Sql" + rdig(6), "Sql" + rdig(6), pw, host, rs(3, LO))
    pre = L(lang, pick("il sito è giù da stamattina, questo è il wp-config:\n\n", "errore nello stabilire una connessione al database!! ecco il file\n\n", ""),
            pick("site's down since this morning, here's wp-config:\n\n", "Error establishing a database connection - file below\n\n", ""))
    return "php", pre + t, [("password", pw)]


@shape("wpconfig-smtp-define", True)
def _(lang):
    pw = password().replace("'", "")
    t = ("/* %s */\ndefine( 'WPMS_ON', true );\ndefine( 'WPMS_MAIL_FROM', 'ordini@%s' );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', '%s' );\ndefine( 'WPMS_SMTP_PORT', %s );\ndefine( 'WPMS_SSL', 'tls' );\ndefine( 'WPMS_SMTP_AUTH', true );\ndefine( 'WPMS_SMTP_USER', 'ordini@%s' );\ndefine( 'WPMS_SMTP_PASS', '%s' );\n") % (
        L(lang, "WP Mail SMTP - mail degli ordini", "WP Mail SMTP - order emails"), dom(lang),
        pick("smtps.aruba.it", "smtp.office365.com", "smtp.gmail.com", "authsmtp.register.it"), pick("465", "587"), dom(lang), pw)
    pre = L(lang, "le mail di conferma ordine non partono più. nel wp-config c'è questo:\n", "order confirmation mails stopped going out. wp-config has:\n")
    return "php", pre + t, [("password", pw)]


@shape("htaccess-staging", True)
def _(lang):
    pw = password()
    user = pick("staging", "cliente", "shop", "preview")
    t = ("# BEGIN staging protection\nAuthType Basic\nAuthName \"%s\"\nAuthUserFile /home/%s/.htpasswd\nRequire valid-user\n# %s: %s / %s\n# END staging protection\n\n"
         "# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %%{REQUEST_FILENAME} !-f\nRewriteRule . /index.php [L]\n</IfModule>\n# END WordPress") % (
        L(lang, "Area riservata", "Restricted"), rs(7, LO), L(lang, "accesso per il cliente", "login for the client"), user, pw)
    return "htaccess", t, [("password", pw)]


@shape("htaccess-setenv", True)
def _(lang):
    k = provider_key()
    t = L(lang, "Nel .htaccess del vecchio sviluppatore ho trovato questo, è la vostra chiave? va tolta?\n\n",
          "Found this in the old dev's .htaccess — is that your key? should it go?\n\n") + \
        "SetEnv PNX_API_KEY %s\nSetEnv PNX_ENV production\n\n<Files wp-config.php>\norder allow,deny\ndeny from all\n</Files>" % k
    return "htaccess", t, [("access_token", k)]


@shape("functions-php-bearer", True)
def _(lang):
    k = provider_key()
    cm = L(lang, "// invia l'ordine al gestionale appena pagato", "// push the order to the API once paid")
    t = ("add_action( 'woocommerce_payment_complete', 'pnx_push_order' );\n%s\nfunction pnx_push_order( $order_id ) {\n    $order = wc_get_order( $order_id );\n"
         "    $res = wp_remote_post( 'https://api.paynexo.example/v2/orders', array(\n        'headers' => array(\n            'Authorization' => 'Bearer %s',\n            'Content-Type'  => 'application/json',\n        ),\n"
         "        'body' => wp_json_encode( array( 'ref' => $order->get_order_number(), 'total' => $order->get_total() ) ),\n    ) );\n}\n") % (cm, k)
    pre = L(lang, pick("nel functions.php del tema figlio:\n", "questo è lo snippet che ci ha lasciato l'agenzia\n"),
            pick("in the child theme functions.php:\n", "this is the snippet the agency left us\n"))
    return "php", pre + t, [("access_token", k)]


@shape("functions-php-apikey-var", True)
def _(lang):
    k = provider_key()
    q = pick("'", '"')
    t = "<?php\n// %s\n$pnx_api_key = %s%s%s;\n$pnx_endpoint = 'https://api.paynexo.example/v2';\n\nfunction pnx_headers() {\n    global $pnx_api_key;\n    return [ 'X-Api-Key' => $pnx_api_key ];\n}\n" % (
        L(lang, "TODO spostare nelle opzioni", "TODO move to options"), q, k, q)
    return "php", t, [("access_token", k)]


@shape("magento-envphp", True)
def _(lang):
    pw = password().replace("'", "")
    t = ("<?php\nreturn [\n    'backend' => [\n        'frontName' => 'admin_%s'\n    ],\n    'db' => [\n        'table_prefix' => '',\n        'connection' => [\n            'default' => [\n                'host' => 'localhost',\n"
         "                'dbname' => 'magento2',\n                'username' => 'mage',\n                'password' => '%s',\n                'model' => 'mysql4',\n                'active' => '1'\n            ]\n        ]\n    ],\n    'MAGE_MODE' => 'production',\n") % (
        rs(6, LO + DG), pw)
    pre = L(lang, "app/etc/env.php (parte):\n", "app/etc/env.php (excerpt):\n")
    return "php", pre + t, [("password", pw)]


@shape("serialized-option", True)
def _(lang):
    k = provider_key()
    mid = "M" + rdig(8)
    inner = 'a:4:{s:7:"enabled";s:3:"yes";s:11:"merchant_id";s:%d:"%s";s:7:"api_key";s:%d:"%s";s:8:"testmode";s:2:"no";}' % (
        len(mid), mid, len(k), k)
    t = L(lang, "phpMyAdmin, tabella wp_options, option_name = woocommerce_paynexo_settings:\n\n",
          "phpMyAdmin, wp_options, option_name = woocommerce_paynexo_settings:\n\n") + inner
    return "sql-output", t, [("access_token", k)]


@shape("serialized-option-stripe", True)
def _(lang):
    sk = sk_live()
    pk = pk_live()
    inner = 'a:5:{s:7:"enabled";s:3:"yes";s:8:"testmode";s:2:"no";s:15:"publishable_key";s:%d:"%s";s:10:"secret_key";s:%d:"%s";s:14:"webhook_secret";s:0:"";}' % (
        len(pk), pk, len(sk), sk)
    t = "mysql> SELECT option_value FROM wp_options WHERE option_name='woocommerce_stripe_settings'\\G\n*************************** 1. row ***************************\noption_value: " + inner + "\n1 row in set (0.00 sec)"
    return "sql-output", t, [("vendor_key", sk)]


@shape("liquid-hardcoded", True)
def _(lang):
    k = provider_key()
    t = ("{%% comment %%} %s {%% endcomment %%}\n<script>\n  fetch('https://api.paynexo.example/v2/loyalty/{{ customer.id }}', {\n    headers: { 'Authorization': 'Bearer %s' }\n  }).then(r => r.json()).then(d => {\n"
         "    document.querySelector('#punti').innerText = d.points;\n  });\n</script>\n<p>{{ 'customer.points' | t }}: <span id=\"punti\"></span></p>") % (
        L(lang, "punti fedeltà - fatto da Luca", "loyalty points - done by Luca"), k)
    pre = L(lang, "nel tema (snippets/punti-fedelta.liquid) c'è questo, funziona ma è giusto?\n\n", "theme snippet loyalty-points.liquid, works but is it ok?\n\n")
    return "liquid", pre + t, [("access_token", k)]


@shape("theme-settings-klaviyo", True)
def _(lang):
    kp = klaviyo_priv()
    pub = rs(6, UP + DG)
    t = ('{\n  "current": {\n    "colors_accent_1": "#C8102E",\n    "type_header_font": "playfair_display_n4",\n    "klaviyo_public_key": "%s",\n    "klaviyo_private_key": "%s",\n    "fb_pixel": "%s",\n    "sections": { "header": { "type": "header" } }\n  }\n}') % (
        pub, kp, rdig(15))
    pre = L(lang, "export del customizer (config/settings_data.json):\n", "theme customizer export (config/settings_data.json):\n")
    return "json", pre + t, [("vendor_key", kp)]


# ---------------------------------------------------------------- secret shapes: exports with end users' data
@shape("orders-csv-cards", True, 1.3)
def _(lang):
    n = R.randint(2, 4)
    hdr = L(lang, "Ordine;Data;Cliente;Email;Totale;Numero carta;Scadenza;CVV;Stato",
            "Order,Date,Customer,Email,Total,Card number,Expiry,CVC,Status")
    sep = ";" if lang == "it" else ","
    rows, S = [], []
    masked_rows = R.randint(0, 1)
    for i in range(n):
        c = card()
        if i < masked_rows:
            cn, cv = mask_card(c), "***"
        else:
            cn, cv = fmt_card(c, pick("none", "space", "dash")), cvv(4 if len(c) == 15 else 3)
            S += [("card_number", cn), ("cvv", cv)]
        rows.append(sep.join([ordernum().lstrip("#"), date(lang), person(lang), email(lang), money(lang).replace(",", ".") if sep == "," else money(lang), cn, exp(), cv, pick("processing", "completed", "on-hold")]))
    pre = L(lang, "Export ordini dal plugin 'Pagamento offline con carta' (lo so, lo so). Il revisore PCI dice che non va bene:\n\n",
            "Order export from the 'offline card payment' plugin (I know). The PCI assessor flagged it:\n\n")
    if not S:
        c = card(); cn = fmt_card(c, "none"); cv = cvv()
        rows.append(sep.join([ordernum().lstrip("#"), date(lang), person(lang), email(lang), money(lang), cn, exp(), cv, "pending"]))
        S += [("card_number", cn), ("cvv", cv)]
    return "csv", pre + hdr + "\n" + "\n".join(rows), S


@shape("refunds-csv-iban", True, 1.3)
def _(lang):
    hdr = L(lang, "N. reso\tOrdine\tIntestatario\tIBAN rimborso\tImporto\tMotivo", "RMA\tOrder\tAccount holder\tRefund IBAN\tAmount\tReason")
    rows, S = [], []
    for i in range(R.randint(2, 5)):
        if R.random() < .25:
            ib = "IT** **** **** **** **** " + rdig(4)
        else:
            ib = fmt_iban(iban(pick("IT", "IT", "DE", "FR", "ES", "NL")), pick("none", "space"))
            S.append(("iban", ib))
        rows.append("\t".join(["R" + rdig(5), ordernum(), person(lang), ib, money(lang), L(lang, pick("taglia sbagliata", "arrivato rotto", "ripensamento"), pick("wrong size", "arrived broken", "changed mind"))]))
    if not S:
        ib = iban("IT"); S.append(("iban", ib)); rows.append("\t".join(["R" + rdig(5), ordernum(), person(lang), ib, money(lang), "-"]))
    pre = L(lang, "Allego (incollo) il foglio dei resi da rimborsare con bonifico, potete farli partire voi via API?\n\n",
            "Pasting the returns sheet to refund by bank transfer, can you trigger them via the API?\n\n")
    return "tsv", pre + hdr + "\n" + "\n".join(rows), S


@shape("customer-refund-mail-iban", True, 1.2)
def _(lang):
    ib = iban(pick("IT", "IT", "DE", "FR", "ES", "BE", "GB"))
    w = pick("space", "none", "wrap")
    if w == "wrap":
        s = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        cut = s.index(" ", 10)
        v = s[:cut] + "\n" + s[cut + 1:]
    else:
        v = fmt_iban(ib, w)
    t = L(lang,
          "%s\nho reso le scarpe (ordine %s) ma il rimborso non è arrivato. Avevo pagato in contrassegno, quindi vi lascio l'IBAN:\n%s\nintestato a %s\n%s",
          "%s\nI returned the shoes (order %s) but no refund yet. I paid cash on delivery so here is my IBAN:\n%s\naccount name %s\n%s") % (
        greet(lang), ordernum(), v, person(lang), sign(lang))
    fw = L(lang, "---------- Messaggio inoltrato ----------\nDa: %s\nOggetto: Rimborso\n\n", "---------- Forwarded message ---------\nFrom: %s\nSubject: Refund\n\n") % email(lang)
    pre = L(lang, "questo cliente vuole il rimborso su IBAN, il vostro endpoint payout lo accetta?\n\n", "customer wants the refund to an IBAN, does your payout endpoint take it?\n\n")
    return "email", pre + fw + t, [("iban", v)]


@shape("chargeback-dispute-card", True)
def _(lang):
    c = card(); cn = fmt_card(c); cv = cvv()
    t = L(lang,
          "Contestazione %s – ordine %s\nMotivo: 'merce non ricevuta'\n\nIl cliente ci ha scritto su WhatsApp dicendo che la carta è la sua e che la transazione la riconosce, ci ha mandato pure la foto:\n%s  scad %s  cvv %s\n\nPossiamo usare questo come prova per rispondere al chargeback?",
          "Dispute %s – order %s\nReason: 'product not received'\n\nThe customer messaged us on WhatsApp saying the card is his and he recognises the charge, even sent a photo:\n%s  exp %s  cvc %s\n\nCan we use this as evidence for the chargeback response?") % (
        "dp_" + rs(24), ordernum(), cn, exp(), cv)
    return "email", t, [("card_number", cn), ("cvv", cv)]


@shape("checkout-error-url", True)
def _(lang):
    c = card(); cv = cvv()
    url = "https://%s/checkout/pay.php?order=%s&amount=%s&cc_number=%s&cc_exp=%s&cc_cvv=%s&lang=%s" % (
        dom(lang), rdig(5), R.randint(10, 400), c, exp().replace("/", "%2F"), cv, lang)
    t = L(lang, "Dopo il click su 'Paga ora' esce 'Errore 500' e nella barra c'è questo indirizzo:\n%s\nè normale che ci sia tutto lì dentro??",
          "After clicking 'Pay now' we get 'Error 500' and the address bar shows:\n%s\nis it normal that everything is in there??") % url
    return "url", t, [("card_number", c), ("cvv", cv)]


@shape("html-form-dump", True)
def _(lang):
    c = card(); cn = fmt_card(c, pick("none", "space")); cv = cvv()
    t = ('<form id="pnx-card" method="post" action="/checkout/complete">\n  <input type="hidden" name="order_id" value="%s">\n  <label>%s</label>\n  <input type="text" name="cardnumber" autocomplete="cc-number" value="%s">\n'
         '  <input type="text" name="exp-date" value="%s">\n  <input type="password" name="cvc" value="%s">\n  <button type="submit">%s</button>\n</form>') % (
        rdig(5), L(lang, "Numero carta", "Card number"), cn, exp(), cv, L(lang, "Paga", "Pay"))
    pre = L(lang, "ispezionando la pagina di checkout (copiato da Chrome > Ispeziona) vedo i valori che ho messo per prova:\n\n",
            "inspecting the checkout (Chrome > Inspect) I see the values I typed in:\n\n")
    return "html", pre + t, [("card_number", cn), ("cvv", cv)]


@shape("plugin-log-card", True)
def _(lang):
    c = card(); cv = cvv()
    body = json.dumps({"amount": R.randint(500, 30000), "currency": "EUR", "source": {"type": "card", "number": c, "exp_month": R.randint(1, 12), "exp_year": 2028, "cvc": cv}, "reference": "WC-" + rdig(5)})
    t = "%s DEBUG pnx-gateway: request POST /v2/payments %s\n%s DEBUG pnx-gateway: response 402 {\"error\":{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\"}}" % (
        "2026-11-%02dT%02d:%02d:%02d+00:00" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), body,
        "2026-11-%02dT%02d:%02d:%02d+00:00" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
    pre = L(lang, "dal file wc-logs/pnx-gateway-2026-11.log:\n", "from wc-logs/pnx-gateway-2026-11.log:\n")
    return "log", pre + t, [("card_number", c), ("cvv", cv)]


@shape("phone-order-note", True)
def _(lang):
    c = card(); cn = fmt_card(c, pick("space", "dash", "none", "space2")); cv = cvv()
    t = L(lang,
          "NOTA ORDINE TELEFONICO %s\nsig.ra %s ha chiamato, vuole 2x olio 5L + 1 confezione regalo\ncarta: %s   sc. %s   cod. sicurezza %s\nda addebitare quando arriva la merce dal fornitore!! (Gianni)",
          "PHONE ORDER NOTE %s\nMrs %s called, wants 2x tea tin + gift wrap\ncard: %s   exp %s   security code %s\ncharge when stock arrives!! (Dave)") % (
        date(lang), person(lang).split()[-1], cn, exp(), cv)
    return "note", t, [("card_number", cn), ("cvv", cv)]


@shape("postepay-whatsapp", True)
def _(lang):
    c = luhn_complete(pick("4023", "5333", "4146"), 16); cn = fmt_card(c, pick("space", "none"))
    t = L(lang,
          "[%s] %s: buonasera il reso me lo fate sulla postepay? è questa %s intestata a mia figlia\n[%s] Negozio: grazie, giro al supporto tecnico",
          "[%s] %s: hi can you refund to my prepaid card? it's %s, in my daughter's name\n[%s] Shop: thanks, passing to tech support") % (
        "%02d:%02d" % (R.randint(8, 22), R.randint(0, 59)), person(lang), cn, "%02d:%02d" % (R.randint(8, 22), R.randint(0, 59)))
    return "chat", t, [("card_number", cn)]


@shape("sepa-mandate-sub", True)
def _(lang):
    ib = iban(pick("IT", "IT", "DE", "FR", "ES", "AT", "NL"))
    v = fmt_iban(ib, pick("space", "none"))
    cid = "IT" + rdig(2, False) + "ZZZ" + rdig(11, False)
    t = L(lang,
          "MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento mandato: ABB-%s\nCreditore: %s – ID creditore %s\n\nDebitore: %s\nIndirizzo: Via %s %d, %s\nIBAN del debitore: %s\nBIC: %s\nTipo pagamento: ricorrente (abbonamento caffè mensile)\nLuogo e data: %s, %s\nFirma: ______",
          "SEPA CORE DIRECT DEBIT MANDATE\nMandate reference: SUB-%s\nCreditor: %s – Creditor ID %s\n\nDebtor: %s\nAddress: %s Road %d, %s\nDebtor IBAN: %s\nBIC: %s\nPayment type: recurrent (monthly tea box)\nPlace and date: %s, %s\nSignature: ______") % (
        rdig(6), shop(lang), cid, person(lang), pick("Roma", "Garibaldi", "Verdi", "Mill", "Church"), R.randint(1, 200), pick("Milano", "Torino", "Bari", "Leeds", "Bath"),
        v, pick("BCITITMM", "UNCRITMM", "DEUTDEFF", "BNPAFRPP", "INGBNL2A"), pick("Bologna", "Bristol"), date(lang))
    return "pdf-text", t, [("iban", v)]


@shape("sepa-subscriptions-csv", True)
def _(lang):
    rows, S = [], []
    for i in range(R.randint(2, 4)):
        ib = iban(pick("IT", "DE", "FR", "ES", "NL", "BE"))
        S.append(("iban", ib))
        rows.append(",".join(["MND-" + rdig(6), person(lang), ib, pick("RCUR", "FRST"), date(lang), "%.2f" % (R.randint(900, 4900) / 100)]))
    t = L(lang, "export abbonamenti attivi (ReCharge) per la migrazione a voi:\n", "active subscriptions export (ReCharge) for migrating to you:\n") + \
        "mandate_id,name,iban,sequence,signed_on,amount\n" + "\n".join(rows)
    return "csv", t, S


@shape("it-conto-refund", True, 1.6)
def _(lang):
    cin, abi, cab, conto = it_bban()
    form = pick("labels", "bban", "inline")
    if form == "bban":
        v = cin + " " + abi + " " + cab + " " + conto
        body = L(lang, "coordinate per il rimborso (BBAN): %s", "refund details (Italian BBAN): %s") % v
        S = [("bank_account", v)]
    elif form == "labels":
        body = L(lang, "Banca: %s\nCIN: %s\nABI: %s\nCAB: %s\nConto corrente n. %s", "Bank: %s\nCIN: %s\nABI: %s\nCAB: %s\nAccount no. %s") % (
            pick("Intesa Sanpaolo", "BPER", "Banco BPM", "Credem"), cin, abi, cab, conto)
        S = [("bank_account", conto)]
    else:
        body = L(lang, "c/c %s presso ABI %s CAB %s (cin %s)", "account %s at ABI %s CAB %s (CIN %s)") % (conto, abi, cab, cin)
        S = [("bank_account", conto)]
    t = L(lang, "%s\nla cliente %s non ha l'IBAN sotto mano, ci ha dato questi dati:\n%s\nsi può fare il rimborso lo stesso?\n%s",
          "%s\ncustomer %s doesn't have her IBAN handy, she gave us these:\n%s\ncan we still refund?\n%s") % (greet(lang), person(lang), body, sign(lang))
    return "email", t, S


@shape("uk-sortcode-refund", True, 1.4)
def _(lang):
    sc = "%s-%s-%s" % (rdig(2), rdig(2, False), rdig(2, False))
    acc = rdig(8, False)
    form = pick("a", "b", "c")
    if form == "a":
        v = sc + " " + acc
        body = "sort code / account: " + v
    elif form == "b":
        v = acc
        body = "Sort code: %s\nAccount number: %s" % (sc, acc)
    else:
        v = sc.replace("-", "") + acc
        body = "bank details " + v + " (sort code then account)"
    t = L(lang, "Cliente inglese, rimborso fuori SEPA. Ci ha scritto:\n\"%s\nName: %s\"\nche formato vi serve?",
          "UK customer wants the refund by Faster Payments:\n\"%s\nName: %s\"\nwhat format do you need?") % (body, person("en"))
    return "email", t, [("bank_account", v)]


@shape("de-fr-es-account", True, 1.5)
def _(lang):
    c = pick("de", "fr", "es")
    if c == "de":
        blz, kto = rdig(8), rdig(10, False)
        v = kto
        body = "BLZ: %s\nKontonummer: %s\nKontoinhaber: Jürgen Weber" % (blz, kto)
    elif c == "fr":
        b, g, cpt = rdig(5), rdig(5, False), rdig(11, False)
        k = fr_key(b, g, cpt)
        v = "%s %s %s %s" % (b, g, cpt, k)
        body = "RIB : Code banque / Code guichet / N° de compte / Clé RIB\n%s\nTitulaire : Camille Durand" % v
    else:
        b, s, a = rdig(4), rdig(4), rdig(10, False)
        v = "%s-%s-%s-%s" % (b, s, es_dc(b, s, a), a)
        body = "Cuenta (CCC): %s\nTitular: Lucía Fernández" % v
    t = L(lang, "Marketplace estero, il cliente ha risposto con i dati per il rimborso:\n\n%s\n\nlo possiamo passare così all'API payout?",
          "Cross-border order, the customer replied with refund details:\n\n%s\n\ncan we send that to the payout API as-is?") % body
    return "email", t, [("bank_account", v)]


@shape("marketplace-payout-change", True)
def _(lang):
    ib = iban(pick("IT", "DE", "ES", "FR"))
    v = fmt_iban(ib, "space")
    mk = pick("Amazon Seller Central", "eBay", "Zalando zDirect", "ManoMano", "Etsy")
    t = L(lang,
          "%s > Impostazioni > Informazioni sul deposito\n\nConto attuale: termina con %s\nNuovo conto di deposito\nTitolare: %s SRL\nIBAN: %s\nBIC/SWIFT: %s\n[Salva]  → errore 'Impossibile verificare il conto'\n\nLo stesso IBAN va messo anche da voi per i payout?",
          "%s > Settings > Deposit Methods\n\nCurrent account: ending %s\nNew deposit account\nAccount holder: %s Ltd\nIBAN: %s\nBIC/SWIFT: %s\n[Save]  → error 'Unable to verify account'\n\nDo we need the same IBAN on your side for payouts?") % (
        mk, rdig(3), shop(lang), v, pick("BCITITMM", "DEUTDEFF", "CAIXESBB", "BNPAFRPP"))
    return "admin-page", t, [("iban", v)]


@shape("sql-ordermeta-iban", True)
def _(lang):
    rows, S = [], []
    for i in range(R.randint(2, 4)):
        ib = iban(pick("IT", "IT", "DE"))
        S.append(("iban", ib))
        rows.append("| %6s | _billing_iban | %-34s |" % (rdig(5), ib))
    t = "mysql> SELECT post_id, meta_key, meta_value FROM wp_postmeta WHERE meta_key='_billing_iban' LIMIT 5;\n+---------+---------------+------------------------------------+\n| post_id | meta_key      | meta_value                         |\n+---------+---------------+------------------------------------+\n" + "\n".join(rows) + "\n+---------+---------------+------------------------------------+"
    pre = L(lang, "il plugin del bonifico SEPA salva gli IBAN in chiaro nel db, vedete:\n", "the SEPA plugin stores IBANs in clear in the db, look:\n")
    return "sql-output", pre + t, S


@shape("cs-macro-leak", True)
def _(lang):
    ib = iban("IT"); v = fmt_iban(ib, pick("space", "none"))
    t = L(lang,
          "Macro: 'Rimborso bonifico – conferma'\n---\nCiao {{ticket.requester.first_name}},\nabbiamo disposto il rimborso di {{ticket.custom_field_importo}} sul conto %s.\nI tempi sono 2-3 giorni lavorativi.\nIl team di {{brand.name}}\n---\n(qualcuno ha salvato la macro con l'IBAN di una cliente dentro invece del segnaposto)",
          "Macro: 'Refund by transfer – confirmation'\n---\nHi {{ticket.requester.first_name}},\nwe've sent your refund of {{ticket.custom_field_amount}} to account %s.\nIt takes 2-3 business days.\nThe {{brand.name}} team\n---\n(someone saved the macro with a customer's IBAN in it instead of the placeholder)") % v
    return "macro", t, [("iban", v)]


@shape("gdpr-request-with-bank", True)
def _(lang):
    ib = iban(pick("IT", "FR", "DE", "ES")); v = fmt_iban(ib, "space")
    t = L(lang,
          "Oggetto: Richiesta ai sensi dell'art. 15 GDPR\n\nSpett.le %s,\nchiedo copia di tutti i miei dati personali (email %s, ordini %s e %s). Chiedo inoltre la restituzione dell'importo addebitato due volte sul conto %s.\nDistinti saluti\n%s",
          "Subject: Subject access request (Art. 15 GDPR)\n\nDear %s,\nplease send me a copy of all my personal data (email %s, orders %s and %s). I also want the double charge returned to account %s.\nRegards\n%s") % (
        shop(lang), email(lang), ordernum(), ordernum(), v, person(lang))
    return "letter", t, [("iban", v)]


# ---------------------------------------------------------------- secret shapes: BNPL, couriers, mail, marketplaces
@shape("klarna-settings", True)
def _(lang):
    uid = pick("PK", "K") + rdig(5) + "_" + rhex(12)
    pw = rs(16, AN)
    t = L(lang,
          "Klarna Payments – impostazioni\nRegione: Europa\nModalità: [x] Live  [ ] Playground\nNome utente (UID)\n%s\nPassword\n%s\n\nil checkout mostra 'Klarna non disponibile'",
          "Klarna Payments – settings\nRegion: Europe\nMode: [x] Live  [ ] Playground\nUsername (UID)\n%s\nPassword\n%s\n\ncheckout shows 'Klarna unavailable'") % (uid, pw)
    return "settings-page", t, [("password", pw)]


@shape("klarna-apikey", True)
def _(lang):
    k = "klarna_live_api_" + rs(48, AN + "-_")
    t = L(lang, "Klarna ci ha dato la nuova chiave API per il merchant %s:\n%s\nla metto nel vostro connettore BNPL?",
          "Klarna issued the new API key for merchant %s:\n%s\nshould it go in your BNPL connector?") % ("M" + rdig(6), k)
    return "email", t, [("vendor_key", k)]


@shape("scalapay-settings", True)
def _(lang):
    k = rs(20, LO + DG)
    t = L(lang,
          "Scalapay per WooCommerce\nAmbiente: Produzione\nChiave API (Live)\n%s\nMostra widget nella pagina prodotto: Sì\nImporto minimo: 5,00 €\n\nDopo l'aggiornamento i pagamenti in 3 rate vengono rifiutati.",
          "Scalapay for WooCommerce\nEnvironment: Production\nLive API key\n%s\nShow widget on product page: Yes\nMinimum amount: €5.00\n\nAfter the update pay-in-3 gets refused.") % k
    return "settings-page", t, [("access_token", k)]


@shape("courier-brt", True)
def _(lang):
    uid = rdig(7); pw = rs(R.randint(6, 10), LO + DG)
    t = L(lang,
          "Configurazione BRT (modulo spedizioni)\nUser ID: %s\nPassword: %s\nCodice sede partenza: %s\nTipo servizio: Espresso\n\nle etichette escono bianche, errore -7 'utente non autorizzato'",
          "BRT shipping module config\nUser ID: %s\nPassword: %s\nDeparture depot code: %s\nService: Express\n\nlabels come out blank, error -7 'user not authorised'") % (uid, pw, rdig(3))
    return "settings-page", t, [("password", pw)]


@shape("courier-gls-xml", True)
def _(lang):
    pw = rs(R.randint(6, 12), AN)
    t = ("<Info>\n  <SedeGls>%s</SedeGls>\n  <CodiceClienteGls>%s</CodiceClienteGls>\n  <PasswordClienteGls>%s</PasswordClienteGls>\n  <Parcel>\n    <CodiceContrattoGls>%s</CodiceContrattoGls>\n    <RagioneSociale>%s</RagioneSociale>\n    <Bda>%s</Bda>\n  </Parcel>\n</Info>") % (
        rs(2, UP), rdig(5), pw, rdig(4), person(lang).upper(), ordernum().lstrip("#"))
    pre = L(lang, "la chiamata AddParcel a GLS che fa il vostro connettore:\n", "the GLS AddParcel call your connector makes:\n")
    return "xml", pre + t, [("password", pw)]


@shape("courier-dhl", True)
def _(lang):
    k, s = rs(32, AN), rs(16, AN)
    t = L(lang,
          "DHL Developer Portal > My Apps > %s\nAPI Key\n%s\nAPI Secret\n%s\nStatus: Approved (Shipment Tracking - Unified, Parcel DE Shipping)\n\nmi serve per stampare etichette dal vostro pannello",
          "DHL Developer Portal > My Apps > %s\nAPI Key\n%s\nAPI Secret\n%s\nStatus: Approved (Shipment Tracking - Unified, Parcel DE Shipping)\n\nneed it to print labels from your dashboard") % (shop(lang), k, s)
    return "admin-page", t, [("access_token", k), ("client_secret", s)]


@shape("courier-poste-env", True)
def _(lang):
    cs = rs(40, AN + "-_~.")
    t = "# Poste Delivery Business\nPOSTE_CLIENT_ID=%s\nPOSTE_CLIENT_SECRET=%s\nPOSTE_CONTRACT=%s\nPOSTE_ENV=prod\n" % (uuid4(), cs, rdig(8))
    pre = L(lang, "il file .env del connettore spedizioni (Laravel):\n", "the shipping connector .env (Laravel):\n")
    return "env", pre + t, [("client_secret", cs)]


@shape("smtp-settings-page", True)
def _(lang):
    pw = password()
    t = L(lang,
          "Impostazioni > Email ordini\nServer SMTP: %s\nPorta: %s\nCrittografia: %s\nNome utente: ordini@%s\nPassword: %s\n[Invia email di prova]  ✗ 535 Authentication failed",
          "Settings > Order emails\nSMTP server: %s\nPort: %s\nEncryption: %s\nUsername: orders@%s\nPassword: %s\n[Send test email]  ✗ 535 Authentication failed") % (
        pick("smtps.aruba.it", "smtp.ionos.it", "smtp.office365.com", "mail.register.it"), pick("465", "587"), pick("SSL", "TLS"), dom(lang), pw)
    return "settings-page", t, [("password", pw)]


@shape("sendgrid-mailchimp", True)
def _(lang):
    if R.random() < .5:
        k = sg_key(); lab = "SendGrid API key"
    else:
        k = mc_key(); lab = "Mailchimp API key"
    t = L(lang, "Integrazione newsletter / mail transazionali\n%s: %s\nLista: Clienti 2026\nDoppio opt-in: sì\n\n(i clienti del carrello abbandonato non ricevono niente)",
          "Newsletter / transactional email integration\n%s: %s\nAudience: Customers 2026\nDouble opt-in: yes\n\n(abandoned-cart customers get nothing)") % (lab, k)
    return "settings-page", t, [("vendor_key", k)]


@shape("amazon-spapi", True)
def _(lang):
    cid = "amzn1.application-oa2-client." + rhex(32)
    cs = "amzn1.oa2-cs.v1." + rhex(64)
    rt = "Atzr|IwEB" + rs(300, AN + "-_")
    t = L(lang,
          "Connettore Amazon (SP-API) – credenziali LWA\nClient identifier: %s\nClient secret: %s\nRefresh token: %s\nMarketplace: APJ6JRA9NG5V4 (IT)\nSeller ID: A%s\n\nil sync degli ordini si ferma con 'invalid_grant'",
          "Amazon connector (SP-API) – LWA credentials\nClient identifier: %s\nClient secret: %s\nRefresh token: %s\nMarketplace: A1F83G8C2ARO7P (UK)\nSeller ID: A%s\n\norder sync stops with 'invalid_grant'") % (cid, cs, rt, rs(13, UP + DG))
    return "settings-page", t, [("client_secret", cs), ("refresh_token", rt)]


@shape("amazon-access-curl", True)
def _(lang):
    at = "Atza|IwEB" + rs(280, AN + "-_")
    t = "curl -s 'https://sellingpartnerapi-eu.amazon.com/orders/v0/orders?MarketplaceIds=APJ6JRA9NG5V4&CreatedAfter=2026-11-01' \\\n  -H 'x-amz-access-token: %s' \\\n  -H 'user-agent: shop-sync/1.2'" % at
    pre = L(lang, "lo sviluppatore del gestionale mi ha mandato questo per provare:\n", "the ERP developer sent me this to try:\n")
    return "shell", pre + t, [("access_token", at)]


@shape("ebay-tokens", True)
def _(lang):
    ut = "v^1.1#i^1#p^3#r^0#I^3#f^0#t^H4sIAAAAAAAA/" + rs(180, AN + "+/") + "=="
    rt = "v^1.1#i^1#r^1#p^3#I^3#f^0#t^Ul4xMF8" + rs(90, AN + "+/") + "="
    t = L(lang,
          "eBay Developers > User Tokens (produzione)\nUser Token (OAuth)\n%s\nscade tra 2 ore\nRefresh token\n%s\nvalido 18 mesi\n\ncome lo metto nel vostro plugin multi-marketplace?",
          "eBay Developers > User Tokens (production)\nUser Token (OAuth)\n%s\nexpires in 2 hours\nRefresh token\n%s\nvalid 18 months\n\nhow do I put this in your multichannel plugin?") % (ut, rt)
    return "admin-page", t, [("access_token", ut), ("refresh_token", rt)]


@shape("etsy-oauth", True)
def _(lang):
    ks = rs(24, LO + DG); ss = rs(10, LO + DG)
    uid = rdig(9)
    rt = uid + "." + rs(60, AN + "-_")
    t = ('{\n  "etsy": {\n    "keystring": "%s",\n    "shared_secret": "%s",\n    "shop_id": %s,\n    "refresh_token": "%s"\n  }\n}') % (ks, ss, rdig(8), rt)
    pre = L(lang, "config.json del sync Etsy → magazzino (lo ha scritto mio cugino):\n", "config.json of the Etsy → stock sync (my cousin wrote it):\n")
    return "json", pre + t, [("client_secret", ss), ("refresh_token", rt)]


@shape("zalando-zdirect", True)
def _(lang):
    cs = rs(44, AN + "-_")
    tok = jwt(extra={"merchant_ids": [uuid4()], "scope": "orders articles"})
    t = L(lang,
          "zDirect – credenziali API\nclient_id: %s\nclient_secret: %s\n\ntoken ottenuto:\nAuthorization: Bearer %s\n\nGET /merchants/{id}/orders → 403",
          "zDirect – API credentials\nclient_id: %s\nclient_secret: %s\n\ntoken obtained:\nAuthorization: Bearer %s\n\nGET /merchants/{id}/orders → 403") % (uuid4(), cs, tok)
    return "admin-page", t, [("client_secret", cs), ("access_token", tok)]


@shape("bigcommerce-apiaccount", True)
def _(lang):
    cid, cs, at = rs(31, LO + DG), rhex(64), rs(31, LO + DG)
    t = L(lang,
          "BigCommerce – Account API creato\nClient ID\n%s\nClient Secret\n%s\nAccess Token\n%s\nAPI Path: https://api.bigcommerce.com/stores/%s/v3/\n\nScaricato anche il file .txt. Lo giro a voi per l'integrazione.",
          "BigCommerce – API account created\nClient ID\n%s\nClient Secret\n%s\nAccess Token\n%s\nAPI Path: https://api.bigcommerce.com/stores/%s/v3/\n\nAlso downloaded the .txt. Sending it your way for the integration.") % (cid, cs, at, rs(10, LO + DG))
    return "admin-page", t, [("client_secret", cs), ("access_token", at)]


@shape("magento-integration", True)
def _(lang):
    ck, cs, at, ats = rs(32, LO + DG), rs(32, LO + DG), rs(32, LO + DG), rs(32, LO + DG)
    t = L(lang,
          "Sistema > Estensioni > Integrazioni > PayNexo Sync > Dettagli integrazione\nChiave consumer: %s\nSegreto consumer: %s\nToken di accesso: %s\nSegreto token di accesso: %s",
          "System > Extensions > Integrations > PayNexo Sync > Integration Details\nConsumer Key: %s\nConsumer Secret: %s\nAccess Token: %s\nAccess Token Secret: %s") % (ck, cs, at, ats)
    return "admin-page", t, [("client_secret", cs), ("access_token", at), ("client_secret", ats)]


@shape("meta-capi", True)
def _(lang):
    tok = "EAA" + rs(R.randint(150, 190), AN)
    px = rdig(15)
    t = L(lang,
          "Facebook & Instagram per WooCommerce > API Conversioni\nID pixel: %s\nToken di accesso: %s\nTest event code: TEST%s\n\nnel Gestione eventi vedo eventi doppi",
          "Facebook for WooCommerce > Conversions API\nPixel ID: %s\nAccess token: %s\nTest event code: TEST%s\n\nEvents Manager shows duplicated events") % (px, tok, rdig(5))
    return "settings-page", t, [("access_token", tok)]


@shape("google-refresh", True)
def _(lang):
    rt = "1//0" + rs(2, AN) + rs(97, AN + "-_")
    cs = "GOCSPX-" + rs(28, AN + "-_")
    t = ("# merchant-feed-sync/credentials.ini\n[google]\nclient_id = %s-%s.apps.googleusercontent.com\nclient_secret = %s\nrefresh_token = %s\nmerchant_id = %s\n") % (
        rdig(12), rs(32, LO + DG), cs, rt, rdig(9))
    pre = L(lang, "per il feed Google Merchant usiamo questo script, ora dice invalid_client:\n", "for the Google Merchant feed we use this script, now it says invalid_client:\n")
    return "ini", pre + t, [("client_secret", cs), ("refresh_token", rt)]


@shape("gcp-sa-json", True)
def _(lang):
    key = pem("PRIVATE KEY", "\\n") + "\\n"
    t = '{\n  "type": "service_account",\n  "project_id": "shop-feed-%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "merchant-feed@shop-feed-%s.iam.gserviceaccount.com",\n  "client_id": "%s"\n}' % (
        rdig(5), rhex(40), key, rdig(5), rdig(21))
    pre = L(lang, "il JSON dell'account di servizio per Content API (Merchant Center):\n", "the service-account JSON for Content API (Merchant Center):\n")
    v = key[:-2] if key.endswith("\\n") else key
    return "json", pre + t, [("private_key", v)]


# ---------------------------------------------------------------- secret shapes: private keys
@shape("satispay-pem", True)
def _(lang):
    k = pem(pick("PRIVATE KEY", "RSA PRIVATE KEY"))
    t = L(lang,
          "Satispay Business – modulo PrestaShop\nKey ID: %s\nChiave privata (incolla il contenuto del file .pem):\n%s\n\nStato: ✗ firma non valida",
          "Satispay Business – PrestaShop module\nKey ID: %s\nPrivate key (paste the .pem contents):\n%s\n\nStatus: ✗ invalid signature") % (rs(50, LO + DG), k)
    return "settings-page", t, [("private_key", k)]


@shape("applepay-merchant-key", True)
def _(lang):
    k = pem(pick("PRIVATE KEY", "EC PRIVATE KEY"))
    t = L(lang,
          "Per Apple Pay sul dominio %s ho generato il certificato Merchant Identity. La chiave è questa, dove la carico?\n\n%s\n\nMerchant ID: merchant.%s.shop",
          "For Apple Pay on %s I generated the Merchant Identity cert. Here's the key, where do I upload it?\n\n%s\n\nMerchant ID: merchant.%s.shop") % (dom(lang), k, rs(8, LO))
    return "email", t, [("private_key", k)]


@shape("handover-ssh-key", True)
def _(lang):
    k = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(pem_body(5)) + "\n-----END OPENSSH PRIVATE KEY-----"
    t = L(lang,
          "## Consegna progetto – accesso server\nHost: %s (porta 22)\nUtente: deploy\nChiave (id_ed25519 – NON condividere):\n```\n%s\n```\nDeploy: `git pull && bin/magento setup:upgrade`",
          "## Project handover – server access\nHost: %s (port 22)\nUser: deploy\nKey (id_ed25519 – do NOT share):\n```\n%s\n```\nDeploy: `git pull && bin/magento setup:upgrade`") % (pick("vps", "srv") + rdig(2) + "." + dom(lang), k)
    return "markdown", t, [("private_key", k)]


@shape("php-pem-string", True)
def _(lang):
    body = pem_body(R.randint(6, 9))
    k = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"
    t = "<?php\n// %s\nconst PNX_SIGNING_KEY = <<<PEM\n%s\nPEM;\n\n$sig = '';\nopenssl_sign($payload, $sig, PNX_SIGNING_KEY, OPENSSL_ALGO_SHA256);\n" % (
        L(lang, "firma delle richieste verso il gateway", "sign requests to the gateway"), k)
    return "php", t, [("private_key", k)]


# ---------------------------------------------------------------- secret shapes: third-party vendor keys
@shape("aws-offload", True)
def _(lang):
    a, s = aws_id(), aws_secret()
    t = ("define( 'AS3CF_SETTINGS', serialize( array(\n    'provider' => 'aws',\n    'access-key-id' => '%s',\n    'secret-access-key' => '%s',\n    'bucket' => '%s-media',\n    'region' => 'eu-south-1',\n) ) );") % (a, s, rs(6, LO))
    pre = L(lang, "WP Offload Media nel wp-config, le immagini prodotto non si caricano più:\n", "WP Offload Media in wp-config, product images stopped loading:\n")
    return "php", pre + t, [("vendor_key", a), ("vendor_key", s)]


@shape("maps-key-theme", True)
def _(lang):
    k = aiza()
    t = '<div class="store-locator" data-lat="45.07" data-lng="7.68"></div>\n<script src="https://maps.googleapis.com/maps/api/js?key=%s&callback=initLocator&libraries=places" async defer></script>' % k
    pre = L(lang, "la mappa dei punti vendita nel tema dice 'This page can't load Google Maps correctly':\n", "store locator map says 'This page can't load Google Maps correctly':\n")
    return "html", pre + t, [("vendor_key", k)]


@shape("twilio-sms-orders", True)
def _(lang):
    sid = "AC" + rhex(32); tok = rhex(32)
    t = L(lang, "Notifiche SMS ordini (Twilio)\nAccount SID: %s\nAuth Token: %s\nNumero mittente: +39 %s\n",
          "SMS order notifications (Twilio)\nAccount SID: %s\nAuth Token: %s\nFrom number: +44 %s\n") % (sid, tok, rdig(10))
    return "settings-page", t, [("vendor_key", tok)]


@shape("telegram-slack-orders", True)
def _(lang):
    if R.random() < .5:
        k = rdig(10) + ":AA" + rs(33, AN + "-_")
        t = L(lang, "// notifica nuovo ordine sul gruppo Telegram del negozio\n$bot = '%s';\n$chat = '-100%s';\nfile_get_contents(\"https://api.telegram.org/bot$bot/sendMessage?chat_id=$chat&text=\" . urlencode('Nuovo ordine ' . $order_id));",
              "// ping the shop Telegram group on new order\n$bot = '%s';\n$chat = '-100%s';\nfile_get_contents(\"https://api.telegram.org/bot$bot/sendMessage?chat_id=$chat&text=\" . urlencode('New order ' . $order_id));") % (k, rdig(10))
    else:
        k = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24, AN))
        t = L(lang, "Zap: 'Nuovo ordine Shopify → Slack #ordini'\nWebhook URL: %s\nMessaggio: Nuovo ordine {{order_number}} da {{customer.first_name}}",
              "Zap: 'New Shopify order → Slack #orders'\nWebhook URL: %s\nMessage: New order {{order_number}} from {{customer.first_name}}") % k
    return "snippet", t, [("vendor_key", k)]


@shape("psp-keys-misc", True)
def _(lang):
    c = pick("mollie", "sumup", "square", "braintree", "adyen")
    if c == "mollie":
        k = "live_" + rs(30, AN); S = [("vendor_key", k)]
        t = "Mollie\nProfile ID: pfl_%s\nLive API key: %s\nTest API key: test_••••••••••••" % (rs(10, AN), k)
    elif c == "sumup":
        k = "sup_sk_" + rs(32, AN); S = [("vendor_key", k)]
        t = "SumUp POS sync\nMerchant code: M%s\nAPI key: %s" % (rs(7, UP + DG), k)
    elif c == "square":
        k = "EAAA" + rs(60, AN + "-_"); S = [("vendor_key", k)]
        t = "Square POS ↔ WooCommerce\nApplication ID: sq0idp-%s\nAccess token (production): %s\nLocation: L%s" % (rs(22, AN + "-_"), k, rs(12, UP + DG))
    elif c == "braintree":
        k = rhex(32); S = [("vendor_key", k)]
        t = "Braintree (Production)\nMerchant ID: %s\nPublic Key: %s\nPrivate Key: %s" % (rs(16, LO + DG), rs(16, LO + DG), k)
    else:
        k = "AQE" + rs(90, AN + "+/=") ; h = rhex(64).upper(); S = [("vendor_key", k), ("client_secret", h)]
        t = "Adyen – Merchant account %sECOM\nAPI key (ws@Company.%s): %s\nHMAC key (notifiche): %s" % (shop("en").split()[0], shop("en").split()[0], k, h)
    pre = L(lang, pick("ecco la configurazione del pagamento:\n\n", "vi mando lo screen (copiato):\n\n", "dal pannello del modulo:\n\n"),
            pick("here's the payment config:\n\n", "screen copied below:\n\n", "from the module panel:\n\n"))
    return "settings-page", pre + t, S


@shape("nexi-xpay", True)
def _(lang):
    mac = rs(32, AN)
    t = L(lang,
          "Nexi XPay – Configurazione\nAlias: ALIAS_WEB_%s\nChiave segreta MAC: %s\nModalità: Produzione\nContabilizzazione: immediata\n\nl'esito torna con 'MAC non valido'",
          "Nexi XPay – Configuration\nAlias: ALIAS_WEB_%s\nMAC secret key: %s\nMode: Production\nCapture: immediate\n\nthe result comes back 'invalid MAC'") % (rdig(8), mac)
    return "settings-page", t, [("client_secret", mac)]


@shape("headless-env", True)
def _(lang):
    adm = shpat(); pub = rhex(32); dbp = rs(14, AN)
    t = ("# .env.production (Next.js storefront)\nNEXT_PUBLIC_SHOPIFY_STORE_DOMAIN=%s.myshopify.com\nNEXT_PUBLIC_SHOPIFY_STOREFRONT_ACCESS_TOKEN=%s\nSHOPIFY_ADMIN_ACCESS_TOKEN=%s\nDATABASE_URL=postgresql://storefront:%s@db.%s:5432/store\nNEXT_PUBLIC_GA_ID=G-%s\n") % (
        rs(8, LO), pub, adm, dbp, dom(lang), rs(10, UP + DG))
    pre = L(lang, "deploy su Vercel, il checkout non parte. env:\n", "Vercel deploy, checkout won't start. env:\n")
    return "env", pre + t, [("vendor_key", adm), ("password", dbp)]


@shape("erp-connector-ini", True)
def _(lang):
    pw = password(); k = provider_key()
    t = ("[gestionale]\nprovider = %s\nhost = 192.168.1.%d\nutente = sa\npassword = %s\n\n[paynexo]\napi_key = %s\nmagazzino = MAG01\nsync_ogni_minuti = 15\n") % (
        pick("Danea Easyfatt", "TeamSystem", "Mexal", "Zucchetti"), R.randint(2, 250), pw, k)
    pre = L(lang, "connettore.ini sul PC del magazzino:\n", "connector.ini on the warehouse PC:\n")
    return "ini", pre + t, [("password", pw), ("access_token", k)]


@shape("dropship-token", True)
def _(lang):
    k = rs(pick(40, 64, 48), AN)
    sup = pick("BigBuy", "Printful", "Syncee", "Spocket", "VidaXL")
    t = L(lang,
          "Fornitore dropshipping %s – token API (produzione):\n%s\nSincronizza stock ogni 30 min, prezzi +35%%.\nProblema: gli ordini non vengono inoltrati al fornitore.",
          "Dropshipping supplier %s – API token (production):\n%s\nStock sync every 30 min, prices +35%%.\nProblem: orders aren't forwarded to the supplier.") % (sup, k)
    return "settings-page", t, [("access_token", k)]


# ---------------------------------------------------------------- secret shapes: sessions, urls, files
@shape("session-cookie", True)
def _(lang):
    c = pick("wp", "php", "mage", "shopify")
    if c == "wp":
        v = "admin%7C" + str(1765000000 + R.randint(0, 999999)) + "%7C" + rs(43, AN) + "%7C" + rhex(64)
        line = "wordpress_logged_in_%s=%s" % (rhex(32), v)
    elif c == "php":
        v = rs(26, LO + DG); line = "PHPSESSID=%s" % v
    elif c == "mage":
        v = rs(26, LO + DG); line = "admin=%s; form_key=%s" % (v, rs(16, AN))
    else:
        v = rhex(32); line = "_secure_admin_session_id=%s" % v
    t = L(lang, "il pannello mi butta fuori ogni 5 minuti. dai devtools (Applicazione > Cookie) copio:\n%s; path=/; HttpOnly\nserve altro?",
          "admin keeps logging me out every 5 minutes. from devtools (Application > Cookies):\n%s; path=/; HttpOnly\nanything else you need?") % line
    return "devtools", t, [("access_token", v)]


@shape("url-creds", True)
def _(lang):
    pw = rs(R.randint(8, 14), AN + "!$*")
    user = pick("ftpshop", "admin", "cliente", "backup")
    url = pick("ftp", "sftp", "ftps") + "://%s:%s@%s/public_html" % (user, pw, pick("ftp.", "files.") + dom(lang))
    t = L(lang, "per caricare il feed dei prodotti usiamo questo indirizzo nel vostro pannello (Feed > Origine):\n%s\nda ieri 'login incorrect'",
          "we use this address in your panel (Feeds > Source) to pull the product feed:\n%s\nsince yesterday 'login incorrect'") % url
    return "url", t, [("password", pw)]


@shape("filezilla-xml", True)
def _(lang):
    pw = password()
    b = base64.b64encode(pw.encode()).decode()
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.66.1">\n  <Servers>\n    <Server>\n      <Host>ftp.%s</Host>\n      <Port>21</Port>\n      <Protocol>0</Protocol>\n      <User>%s</User>\n      <Pass encoding="base64">%s</Pass>\n      <Name>%s</Name>\n    </Server>\n  </Servers>\n</FileZilla3>') % (
        dom(lang), rs(8, LO), b, shop(lang))
    pre = L(lang, "l'agenzia ci ha lasciato l'export di FileZilla:\n", "the agency left us their FileZilla export:\n")
    return "xml", pre + t, [("password", b)]


@shape("presta-parameters", True)
def _(lang):
    pw = password().replace("'", "")
    t = ("<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '127.0.0.1',\n    'database_port' => '',\n    'database_name' => 'prestashop',\n    'database_user' => 'ps_user',\n    'database_password' => '%s',\n    'database_prefix' => 'ps_',\n    'mailer_transport' => 'smtp',\n    'ps_caching' => 'CacheMemcache',\n    'locale' => '%s',\n  ),\n);") % (
        pw, L(lang, "it-IT", "en-GB"))
    pre = L(lang, "app/config/parameters.php (PrestaShop 1.7):\n", "app/config/parameters.php (PrestaShop 1.7):\n")
    return "php", pre + t, [("password", pw)]


@shape("agency-curl-jwt", True)
def _(lang):
    tok = jwt(extra={"shop": dom(lang), "scope": "payments:write"})
    t = "curl -X POST https://api.paynexo.example/v2/refunds \\\n  -H \"Authorization: Bearer %s\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"payment_id\":\"pay_%s\",\"amount\":%d}'" % (
        tok, rs(14, AN), R.randint(100, 9000))
    pre = L(lang, "Ciao, sono lo sviluppatore dell'agenzia che segue %s. Questa chiamata risponde 409:\n\n", "Hi, I'm the agency dev for %s. This call returns 409:\n\n") % shop(lang)
    return "shell", pre + t, [("access_token", tok)]


@shape("provider-key-prose", True)
def _(lang):
    k = provider_key()
    t = L(lang, pick("la nostra chiave api è %s, potete controllare se è ancora attiva?", "Buongiorno, vi scrivo per %s: la chiave che uso è %s ma la dashboard dice revocata"),
          pick("our api key is %s, can you check it's still active?", "Hello, writing for %s: the key I use is %s but the dashboard says revoked"))
    t = t % ((k,) if t.count("%s") == 1 else (shop(lang), k))
    return "email", t, [("access_token", k)]


# ---------------------------------------------------------------- secret shapes: people
@shape("owner-whatsapp-caps", True, 1.2)
def _(lang):
    pw = password()
    t = L(lang, pick("CIAO SCUSATE MA NN RIESCO A ENTRARE NEL PANNELLO!! LA PASS È %s OPPURE ERA CON LA MAIUSCOLA NON MI RICORDO 😩",
                     "ciao marco il sito nn va , ti do la password dell'amministratore cosi guardi tu: %s  fammi sapere gracie",
                     "allora la password del wordpress e %s e l'utente e admin (nn dirlo a nessuno 😅)"),
          pick("HI SORRY CANT GET INTO THE ADMIN!! PASSWORD IS %s OR MAYBE WITH A CAPITAL I DONT REMEMBER 😩",
               "hey the site is broken , here's the admin password so you can look: %s  let me know thx",
               "ok so the wordpress pass is %s and user is admin (dont tell anyone 😅)")) % pw
    hdr = "[%s, %02d:%02d] %s: " % (date(lang), R.randint(7, 23), R.randint(0, 59), person(lang).split()[0])
    fw = L(lang, "Inoltrato dal titolare del negozio, per capire se è un problema vostro:\n\n", "Forwarded from the shop owner, to see if it's on your side:\n\n")
    return "chat", fw + hdr + t, [("password", pw)]


@shape("voice-message", True)
def _(lang):
    w = pick("Tramonto", "Limone", "Gabbiano", "Fragola", "Harbour", "Bramble")
    pw = w + rdig(4, False) + pick("!", "#", "")
    t = L(lang,
          "[Trascrizione messaggio vocale 0:47] allora ciao sono %s del negozio eh niente ti volevo dire che ho cambiato la password di PayPal perché mi era arrivata una mail strana adesso è %s e ho messo anche il codice sul telefono quindi se ti serve chiamami ok ciao",
          "[Voice message transcript 0:47] hi it's %s from the shop er just wanted to say I changed the PayPal password because I got a weird email, it's now %s and I turned on the phone code too so if you need it call me ok bye") % (
        person(lang).split()[0], pw)
    return "transcript", t, [("password", pw)]


@shape("foreign-label-password", True)
def _(lang):
    pw = password()
    lab = pick(("Passwort", "Benutzername"), ("Kennwort", "Benutzer"), ("Mot de passe", "Identifiant"), ("Contraseña", "Usuario"))
    t = L(lang, "Il grossista %s ci ha dato l'accesso al suo portale B2B per scaricare il listino:\n%s: %s\n%s: %s\npotete collegarlo al vostro import automatico?",
          "Wholesaler %s gave us access to their B2B portal for the price list:\n%s: %s\n%s: %s\ncan you hook it to your automatic import?") % (
        pick("Müller GmbH", "Maison Laurent", "Distribuciones Ruiz", "Textil Sanz"), lab[1], "b2b_" + rs(5, LO), lab[0], pw)
    return "email", t, [("password", pw)]


@shape("handover-table", True, 1.2)
def _(lang):
    pw1, pw2 = password(), password()
    sk = sk_live()
    t = L(lang,
          "| Servizio | URL | Utente | Password / chiave |\n|---|---|---|---|\n| WordPress | https://%s/wp-admin | titolare | %s |\n| Hosting (cPanel) | https://cpanel.%s | %s | %s |\n| Stripe | dashboard.stripe.com | %s | (vedi sotto) |\n\nChiave Stripe live usata dal plugin: %s\nDominio e DNS: Aruba, rinnovo marzo.",
          "| Service | URL | User | Password / key |\n|---|---|---|---|\n| WordPress | https://%s/wp-admin | owner | %s |\n| Hosting (cPanel) | https://cpanel.%s | %s | %s |\n| Stripe | dashboard.stripe.com | %s | (see below) |\n\nStripe live key used by the plugin: %s\nDomain & DNS: GoDaddy, renews March.") % (
        dom(lang), pw1, dom(lang), rs(8, LO), pw2, email(lang), sk)
    pre = L(lang, "Documento di consegna dell'agenzia (Passaggio di consegne – %s):\n\n", "Agency handover document (Handover – %s):\n\n") % shop(lang)
    return "markdown", pre + t, [("password", pw1), ("password", pw2), ("vendor_key", sk)]


@shape("handover-prose", True)
def _(lang):
    pw = password(); k = provider_key()
    t = L(lang,
          "Gentile %s,\ncome da accordi chiudiamo il contratto di assistenza. Riepilogo accessi:\n- account amministratore WooCommerce: info@%s, password %s (vi consigliamo di cambiarla)\n- integrazione PayNexo: chiave %s, impostata in WooCommerce > Pagamenti\n- backup giornalieri su Google Drive del negozio\nResto a disposizione per il passaggio.\n%s",
          "Dear %s,\nas agreed we're ending the support contract. Access summary:\n- WooCommerce admin account: info@%s, password %s (please change it)\n- PayNexo integration: key %s, set in WooCommerce > Payments\n- daily backups to the shop's Google Drive\nHappy to help with the transition.\n%s") % (
        person(lang).split()[0], dom(lang), pw, k, sign(lang))
    return "letter", t, [("password", pw), ("access_token", k)]


@shape("shopify-2fa-code", True)
def _(lang):
    code = rdig(6, False)
    v = pick(code, code[:3] + " " + code[3:])
    t = L(lang, pick("mi è arrivato il codice %s per entrare in Shopify, fai veloce che scade", "[SMS] Il tuo codice di verifica Shopify è %s. Non condividerlo con nessuno.\n^ te lo giro, entra pure tu"),
          pick("got the code %s to log into Shopify, be quick it expires", "[SMS] Your Shopify verification code is %s. Don't share it.\n^ forwarding, go ahead and log in")) % v
    return "chat", t, [("pin", v)]


@shape("3ds-otp-forward", True)
def _(lang):
    code = rdig(pick(6, 8, 6), False)
    t = L(lang,
          "Cliente al telefono: dice che il pagamento si blocca alla pagina della banca. Ha letto l'SMS: \"%s è il codice per autorizzare il pagamento di %s su %s. Non comunicarlo a nessuno.\" L'ha inserito ma dice 'codice errato'.",
          "Customer on the phone: payment hangs on the bank page. She read me the SMS: \"%s is your code to approve %s at %s. Never share it.\" She typed it but gets 'wrong code'.") % (
        code, money(lang), shop(lang).upper())
    return "note", t, [("pin", code)]


@shape("giftcard-pin", True)
def _(lang):
    code = "-".join(rs(4, UP + DG) for _ in range(4))
    p = rdig(4, False)
    t = L(lang,
          "la cliente dice che la gift card non funziona al checkout:\nCodice: %s\nPIN: %s\nSaldo dichiarato: %s\nnel pannello risulta già usata il %s",
          "customer says the gift card fails at checkout:\nCode: %s\nPIN: %s\nClaimed balance: %s\npanel shows it was redeemed on %s") % (code, p, money(lang), date(lang))
    return "email", t, [("pin", p)]


@shape("backup-codes", True)
def _(lang):
    codes = [rdig(4, False) + " " + rdig(4, False) for _ in range(R.randint(3, 6))]
    t = L(lang, "Codici di backup dell'account admin del negozio (2FA), li tengo qui nel ticket così l'agenzia li trova:\n", "Backup codes for the shop admin account (2FA), leaving them here so the agency finds them:\n") + \
        "\n".join("%d. %s" % (i + 1, c) for i, c in enumerate(codes))
    return "note", t, [("pin", c) for c in codes]


@shape("pos-pins", True)
def _(lang):
    p = rdig(pick(4, 5, 6), False)
    t = L(lang,
          "Terminale POS cassa 2 (negozio via %s)\nTID %s  MID %s\nPIN supervisore: %s\nper chiusura contabile: menu > 3 > 1\nla stampante dello scontrino non va dopo l'aggiornamento",
          "POS terminal till 2 (%s St shop)\nTID %s  MID %s\nSupervisor PIN: %s\nend-of-day: menu > 3 > 1\nreceipt printer stopped after the update") % (
        pick("Roma", "Garibaldi", "Cavour", "High", "Market"), rdig(8), rdig(15), p)
    return "note", t, [("pin", p)]


@shape("bank-sca-code", True)
def _(lang):
    code = rdig(pick(6, 8), False)
    t = L(lang,
          "Stiamo cambiando l'IBAN di accredito dei payout e la banca chiede conferma. Il codice SMS che mi è arrivato è %s — va inserito da voi o da me?",
          "We're changing the payout IBAN and the bank wants confirmation. The SMS code I got is %s — do you enter it or do I?") % code
    return "email", t, [("pin", code)]


@shape("card-pin-customer", True)
def _(lang):
    c = card(); cn = fmt_card(c, "space"); p = rdig(4, False)
    t = L(lang,
          "Signora anziana al negozio fisico, il POS rifiutava, ha scritto su un foglietto e la commessa me l'ha fotografato: carta %s pin %s. Ho già detto di distruggerlo, ma come registriamo la vendita?",
          "Elderly lady in the shop, the terminal kept declining, she wrote on a slip and the assistant photographed it: card %s pin %s. Told them to shred it, but how do we record the sale?") % (cn, p)
    return "note", t, [("card_number", cn), ("pin", p)]


@shape("owner-typo-sms-cvv", True)
def _(lang):
    c = card(); cn = fmt_card(c, pick("none", "space")); cv = cvv()
    t = L(lang, "ciao aggiungi tu l'ordine per la sig.ra %s?? mi ha dato per tel la carta %s scad %s e il codicino dietro %s grz",
          "hey can u add the order for mrs %s?? she gave me the card by phone %s exp %s and the lil code on the back %s thx") % (person(lang).split()[-1], cn, exp(), cv)
    return "chat", t, [("card_number", cn), ("cvv", cv)]


@shape("refresh-token-json-resp", True)
def _(lang):
    at = rs(40, AN); rt = rs(64, AN)
    t = '{"access_token":"%s","token_type":"bearer","expires_in":3600,"refresh_token":"%s","scope":"orders.read inventory.write"}' % (at, rt)
    pre = L(lang, "la risposta del vostro /oauth/token che il plugin salva (la vedo nel log di debug):\n", "your /oauth/token response that the plugin stores (seen in the debug log):\n")
    return "json", pre + t, [("access_token", at), ("refresh_token", rt)]


@shape("basic-auth-header", True)
def _(lang):
    u = "ck_" + rhex(40); s = "cs_" + rhex(40)
    if R.random() < .5:
        b = base64.b64encode((u + ":" + s).encode()).decode()
        line = "Authorization: Basic " + b
        S = [("client_secret", b)]
    else:
        b = u + ":" + s
        line = "curl -u %s https://%s/wp-json/wc/v3/orders?per_page=5" % (b, dom(lang))
        S = [("client_secret", b)]
    t = L(lang, "Il webhook verso WooCommerce fallisce. Richiesta:\n%s\n→ 401 woocommerce_rest_cannot_view", "The call to WooCommerce fails:\n%s\n→ 401 woocommerce_rest_cannot_view") % line
    return "http", t, S


@shape("pos-cloud-config", True)
def _(lang):
    k = rs(48, AN); cs = rs(32, AN)
    t = ("{\n  \"store\": \"%s\",\n  \"pos\": { \"vendor\": \"%s\", \"terminals\": [\"T%s\", \"T%s\"] },\n  \"cloud\": { \"client_id\": \"pos-%s\", \"client_secret\": \"%s\", \"api_key\": \"%s\" }\n}") % (
        shop(lang), pick("Cassa in Cloud", "Tilby", "Lightspeed", "SumUp POS"), rdig(6), rdig(6), rs(6, LO), cs, k)
    pre = L(lang, "configurazione del registratore di cassa collegato all'e-commerce:\n", "till config linked to the web shop:\n")
    return "json", pre + t, [("client_secret", cs), ("access_token", k)]


@shape("wrapped-key-mail", True)
def _(lang):
    k = provider_key()
    cut = R.randint(12, len(k) - 8)
    v = k[:cut] + "\n" + k[cut:]
    t = L(lang, "> Buongiorno, ci serve la chiave per verificare.\n\nEcco la chiave:\n%s\n(la mail l'ha spezzata, scusate)", "> Hi, we need the key to check.\n\nHere's the key:\n%s\n(mail client wrapped it, sorry)") % v
    return "email", t, [("access_token", v)]


@shape("escaped-json-export", True)
def _(lang):
    sk = sk_live(); pw = password().replace('"', "")
    inner = json.dumps({"stripe": {"secret": sk}, "smtp": {"user": "shop", "pass": pw}})
    t = '{"plugin":"all-in-one-checkout","version":"3.2.0","settings":%s}' % json.dumps(inner)
    pre = L(lang, "export impostazioni del plugin (Strumenti > Esporta):\n", "plugin settings export (Tools > Export):\n")
    pw_esc = json.dumps(json.dumps(pw)[1:-1])[1:-1]
    return "json", pre + t, [("vendor_key", sk), ("password", pw_esc)]


@shape("refunds-csv-conto-it", True, 1.2)
def _(lang):
    rows, S = [], []
    for i in range(R.randint(2, 4)):
        cin, abi, cab, conto = it_bban()
        S.append(("bank_account", conto))
        rows.append(";".join([person(lang), abi, cab, conto, cin, money(lang)]))
    t = L(lang, "elenco rimborsi dal vecchio gestionale (niente IBAN, solo coordinate):\nIntestatario;ABI;CAB;Conto;CIN;Importo\n",
          "refund list from the old Italian ERP (no IBANs, domestic details only):\nHolder;ABI;CAB;Account;CIN;Amount\n") + "\n".join(rows)
    return "csv", t, S


@shape("seller-uk-bank", True, 1.0)
def _(lang):
    sc = "%s-%s-%s" % (rdig(2), rdig(2, False), rdig(2, False)); acc = rdig(8, False)
    t = L(lang, "Etsy > Impostazioni > Metodo di accredito (negozio UK della sorella)\nTitolare: %s\nSort code\n%s\nAccount number\n%s\n[Salva] – 'Impossibile verificare'. Stesso conto da mettere sui vostri payout?",
          "Etsy > Settings > Payment account (UK shop)\nAccount holder: %s\nSort code\n%s\nAccount number\n%s\n[Save] – 'We couldn't verify'. Same account to set on your payouts?") % (person("en"), sc, acc)
    return "admin-page", t, [("bank_account", acc)]


# ================================================================ PASS shapes (look-alikes)
@shape("p-shopify-order-page", False, 1.3)
def _(lang):
    c = card()
    t = L(lang,
          "Ordine %s\n%s alle %02d:%02d da Negozio online\nPagato · Non evaso\n\n%s × 2   SKU: %s   %s\nSubtotale %s\nSpedizione BRT %s\nTotale %s\n\nPagamento\n%s · Visa · %s\nID transazione: %s\nGateway: paynexo\n\nCliente\n%s\n%s\n%s\n\nTracking: %s",
          "Order %s\n%s at %02d:%02d from Online Store\nPaid · Unfulfilled\n\n%s × 2   SKU: %s   %s\nSubtotal %s\nShipping DHL %s\nTotal %s\n\nPayment\n%s · Visa · %s\nTransaction ID: %s\nGateway: paynexo\n\nCustomer\n%s\n%s\n%s\n\nTracking: %s") % (
        ordernum(), date(lang), R.randint(0, 23), R.randint(0, 59), pick("Tazza artigianale", "Mug", "Candela", "Teapot"), sku(), money(lang), money(lang), money(lang), money(lang),
        money(lang), mask_card(c), "pay_" + rs(20, AN), person(lang), email(lang), phone(lang), tracking())
    return "admin-page", t, []


@shape("p-stripe-settings-masked", False)
def _(lang):
    pk = pk_live()
    t = L(lang,
          "WooCommerce > Pagamenti > Stripe\nModalità test [ ]\nChiave pubblicabile live\n%s\nChiave segreta live\nsk_live_••••••••••••••••%s\nSegreto webhook\n%s\n(Le chiavi segrete vengono mostrate solo in forma mascherata)",
          "WooCommerce > Payments > Stripe\nTest mode [ ]\nLive publishable key\n%s\nLive secret key\nsk_live_••••••••••••••••%s\nWebhook secret\n%s\n(Secret keys are only shown masked)") % (
        pk, rs(4, AN), pick("whsec_••••••••••••", "(non impostato)" if lang == "it" else "(not set)", "[REDACTED]", "whsec_xxxxxxxxxxxxxxxxxxxxxxxx"))
    return "settings-page", t, []


@shape("p-wpconfig-getenv", False)
def _(lang):
    t = ("<?php\ndefine( 'DB_NAME', getenv('DB_NAME') );\ndefine( 'DB_USER', getenv('DB_USER') );\ndefine( 'DB_PASSWORD', getenv('DB_PASSWORD') );\ndefine( 'DB_HOST', getenv('DB_HOST') ?: 'localhost' );\n"
         "define( 'PNX_API_KEY', $_ENV['PNX_API_KEY'] ?? '' );\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\ndefine( 'WP_ENVIRONMENT_TYPE', 'production' );\n")
    pre = L(lang, "abbiamo spostato le credenziali nelle variabili d'ambiente come consigliato, così va bene?\n\n", "we moved the credentials to environment variables as suggested, is this ok?\n\n")
    return "php", pre + t, []


@shape("p-functions-get-option", False)
def _(lang):
    t = ("function pnx_client() {\n    $key = get_option( 'pnx_api_key' );\n    if ( empty( $key ) ) {\n        wc_add_notice( __( '%s', 'pnx' ), 'error' );\n        return null;\n    }\n    return new PnxClient( $key, [ 'timeout' => 20 ] );\n}\n") % L(
        lang, "Chiave API mancante, controlla le impostazioni", "Missing API key, check settings")
    pre = L(lang, "dal plugin, dove legge la chiave:\n", "from the plugin, where it reads the key:\n")
    return "php", pre + t, []


@shape("p-liquid-pixels", False)
def _(lang):
    px, ga, aw = rdig(pick(15, 16)), "G-" + rs(10, UP + DG), "AW-" + rdig(10)
    t = ("{%% if template contains 'product' %%}\n<script>\n  fbq('init', '%s');\n  fbq('track', 'ViewContent', { content_ids: ['{{ product.selected_or_first_available_variant.sku }}'], value: {{ product.price | divided_by: 100.0 }}, currency: '{{ shop.currency }}' });\n  gtag('config', '%s');\n  gtag('config', '%s');\n</script>\n{%% endif %%}") % (
        px, ga, aw)
    pre = L(lang, "theme.liquid, i pixel partono due volte?\n", "theme.liquid, are pixels firing twice?\n")
    return "liquid", pre + t, []


@shape("p-pixel-ids-prose", False)
def _(lang):
    t = L(lang, "per collegare i cataloghi: ID pixel Meta %s, ID catalogo %s, Business Manager %s, Google Merchant Center %s, GTM-%s. Questi li devo mettere da voi o nel tema?",
          "to link catalogs: Meta pixel ID %s, catalog ID %s, Business Manager %s, Google Merchant Center %s, GTM-%s. Do these go on your side or in the theme?") % (
        pick(luhn_digits(16, pick("1", "7", "8")), rdig(15), rdig(16)), rdig(16), rdig(15), rdig(9), rs(7, UP + DG))
    return "email", t, []


@shape("p-theme-settings", False)
def _(lang):
    t = ('{\n  "current": {\n    "colors_solid_button_labels": "#FFFFFF",\n    "type_body_font": "assistant_n4",\n    "social_instagram_link": "https://instagram.com/%s",\n    "klaviyo_public_key": "%s",\n    "fb_pixel": "%s",\n    "cart_type": "drawer",\n    "predictive_search_enabled": true\n  },\n  "presets": {}\n}') % (
        rs(8, LO), rs(6, UP + DG), rdig(15))
    pre = L(lang, "settings_data.json esportato, il colore del bottone non cambia:\n", "exported settings_data.json, button colour won't change:\n")
    return "json", pre + t, []


@shape("p-orders-csv-masked", False, 1.3)
def _(lang):
    sep = ";" if lang == "it" else ","
    hdr = L(lang, "Ordine;Data;Cliente;SKU;EAN;Q.tà;Totale;Carta;Tracking", "Order,Date,Customer,SKU,EAN,Qty,Total,Card,Tracking")
    rows = []
    for i in range(R.randint(3, 6)):
        c = card()
        rows.append(sep.join([ordernum().lstrip("#"), date(lang), person(lang), sku(), ean13(), str(R.randint(1, 4)), money(lang) if sep == ";" else money(lang).replace(",", "."),
                              pick("**** **** **** " + c[-4:], c[:6] + "******" + c[-4:], "Visa ••" + c[-4:]), tracking()]))
    return "csv", L(lang, "export ordini di ieri:\n", "yesterday's order export:\n") + hdr + "\n" + "\n".join(rows), []


@shape("p-refunds-masked-iban", False)
def _(lang):
    rows = []
    for i in range(R.randint(2, 5)):
        i2 = iban("IT")
        rows.append("\t".join(["R" + rdig(5), ordernum(), person(lang), pick(i2[:4] + " **** **** **** **** " + i2[-4:], "IT•• •••• " + i2[-3:], "[REDACTED]", "(vedi allegato)" if lang == "it" else "(see attachment)"),
                               money(lang), "CRO " + rdig(11) if lang == "it" else "TRN 0" + rdig(15, False)]))
    hdr = L(lang, "Reso\tOrdine\tCliente\tIBAN\tImporto\tRiferimento", "RMA\tOrder\tCustomer\tIBAN\tAmount\tReference")
    return "tsv", L(lang, "rimborsi eseguiti (IBAN mascherati dal gestionale):\n", "refunds done (IBANs masked by the ERP):\n") + hdr + "\n" + "\n".join(rows), []


@shape("p-bad-iban-customer", False)
def _(lang):
    b = fmt_iban(bad_iban(pick("IT", "IT", "DE", "FR")), pick("space", "none"))
    t = L(lang, "la cliente mi ha scritto questo IBAN per il rimborso: %s\nil vostro sistema lo rifiuta ('checksum non valido'), le ho chiesto di ricontrollare. Nel frattempo il rimborso è sospeso.",
          "customer gave this IBAN for the refund: %s\nyour system rejects it ('invalid checksum'), I asked her to double-check. Refund on hold meanwhile.") % b
    return "email", t, []


@shape("p-bad-card-dispute", False)
def _(lang):
    b = fmt_card(bad_card(), pick("space", "none", "dash"))
    t = L(lang, "Il cliente dice che gli abbiamo addebitato sulla carta %s ma quel numero non esiste nel nostro gestionale (e il vostro validatore dice che non è un numero valido). Probabilmente ha sbagliato a copiare, l'addebito vero era su **** %s.",
          "Customer claims we charged card %s but that number isn't in our system (and your validator says it's not a valid number). Probably a typo, the actual charge was on **** %s.") % (b, rdig(4))
    return "email", t, []


@shape("p-tracking-mail", False, 1.2)
def _(lang):
    t = L(lang,
          "Il tuo ordine %s è stato spedito!\nCorriere: %s\nNumero di tracking: %s\nSegnacollo: %s\nTraccia qui: https://%s/track?n=%s\nConsegna prevista: %s",
          "Your order %s is on its way!\nCarrier: %s\nTracking number: %s\nParcel ref: %s\nTrack: https://%s/track?n=%s\nEstimated delivery: %s")
    tr = tracking()
    t = t % (ordernum(), pick("BRT", "GLS", "Poste Italiane", "SDA", "DHL", "UPS"), tr, rdig(pick(12, 15, 18)), dom(lang), tr, date(lang))
    return "email", L(lang, "il cliente dice che il link non funziona, ecco la mail automatica:\n\n", "customer says the link is broken, here's the automatic mail:\n\n") + t, []


@shape("p-coupons", False)
def _(lang):
    codes = [pick("BENVENUTO10", "ESTATE", "BLACKFRIDAY", "SPEDIZIONEGRATIS", "NATALE", "WELCOME15", "SUMMER", "FREESHIP", "VIP") + pick("", "20", "25", "2026", rs(4, UP + DG)) for _ in range(R.randint(2, 5))]
    t = L(lang, "codici sconto attivi (Marketing > Sconti):\n", "active discount codes (Marketing > Discounts):\n") + "\n".join(
        "%s  -%d%%  %s  %d %s" % (c, R.choice([5, 10, 15, 20, 30]), L(lang, "scade", "ends") + " " + date(lang), R.randint(0, 500), L(lang, "utilizzi", "uses")) for c in codes)
    t += L(lang, "\nil codice non si applica ai prodotti in saldo, è un bug vostro?", "\nthe code won't apply to sale items, your bug?")
    return "admin-page", t, []


@shape("p-giftcard-masked", False)
def _(lang):
    t = L(lang, "Gift card emessa\nCodice: •••• •••• •••• %s\nPIN: ****\nSaldo: %s\nScadenza: %s\nCliente: %s",
          "Gift card issued\nCode: •••• •••• •••• %s\nPIN: ****\nBalance: %s\nExpires: %s\nCustomer: %s") % (rs(4, UP + DG), money(lang), date(lang), email(lang))
    return "admin-page", t, []


@shape("p-pk-stripejs", False)
def _(lang):
    pk = pk_live()
    t = "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('%s', { locale: '%s' });\n  const elements = stripe.elements({ clientSecret: document.getElementById('pi').dataset.secret });\n</script>" % (pk, lang)
    pre = L(lang, "nella pagina checkout c'è questo, va bene che la chiave sia visibile?\n", "checkout page has this, is it fine the key is visible?\n")
    return "html", pre + t, []


@shape("p-checkout-error", False, 1.2)
def _(lang):
    t = L(lang,
          "Si è verificato un errore durante l'elaborazione del pagamento.\nCodice: card_declined (do_not_honor)\nID pagamento: pay_%s\nID richiesta: req_%s\nOrdine: %s\nRiprova o usa un altro metodo di pagamento.",
          "There was an error processing your payment.\nCode: card_declined (do_not_honor)\nPayment ID: pay_%s\nRequest ID: req_%s\nOrder: %s\nPlease try again or use another payment method.") % (rs(24, AN), rs(14, AN), ordernum())
    return "error-page", L(lang, "il cliente ha mandato lo screenshot (ricopio):\n", "customer sent a screenshot (retyped):\n") + t, []


@shape("p-webhook-deliveries", False)
def _(lang):
    rows = "\n".join("%s  %s  %s  %d  %dms" % ("evt_" + rs(24, AN), pick("order.paid", "refund.created", "payment.failed"), "2026-11-%02d %02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), pick(200, 200, 500, 404), R.randint(80, 3000)) for _ in range(R.randint(3, 6)))
    t = L(lang, "Webhook endpoint we_%s → https://%s/wc-api/paynexo\nConsegne recenti:\n%s\nperché ogni tanto 500?", "Webhook endpoint we_%s → https://%s/wc-api/paynexo\nRecent deliveries:\n%s\nwhy the occasional 500?") % (rs(24, AN), dom(lang), rows)
    return "log", t, []


@shape("p-invoice", False, 1.2)
def _(lang):
    t = L(lang,
          "FATTURA N. %s/2026 del %s\n%s S.r.l. – Via %s %d, %s\nP.IVA %s – C.F. %s – REA MI-%s\nCliente: %s – C.F. %s\n\nDescrizione: abbonamento piattaforma e-commerce – %s\nImponibile %s  IVA 22%%  Totale %s\n\nPagamento: bonifico a 30 gg – banca: Intesa Sanpaolo, ABI 03069 CAB %s, BIC BCITITMM\nCodice destinatario SDI: %s",
          "INVOICE No. %s/2026 dated %s\n%s Ltd – %d %s Road, %s\nVAT GB%s – Company no. %s\nBill to: %s\n\nDescription: e-commerce platform subscription – %s\nNet %s  VAT 20%%  Total %s\n\nPayment: transfer within 30 days – bank BIC BARCGB22, sort code on request\nPO: %s")
    if lang == "it":
        t = t % (rdig(4, False), date(lang), shop(lang), pick("Dante", "Manzoni"), R.randint(1, 99), pick("Milano", "Firenze"), piva(), piva(), rdig(7), person(lang), cf(), pick("novembre", "dicembre"), money(lang), money(lang), rdig(5), rs(7, UP + DG))
    else:
        t = t % (rdig(4, False), date(lang), shop(lang), R.randint(1, 99), pick("Mill", "Church"), pick("Leeds", "Bath"), rdig(9), rdig(8), person(lang), "November", money(lang), money(lang), "PO-" + rdig(6))
    return "pdf-text", t, []


@shape("p-merchant-feed", False, 1.2)
def _(lang):
    items = []
    for i in range(R.randint(2, 3)):
        items.append("  <item>\n    <g:id>%s</g:id>\n    <g:title>%s</g:title>\n    <g:gtin>%s</g:gtin>\n    <g:mpn>%s</g:mpn>\n    <g:price>%s EUR</g:price>\n    <g:availability>in_stock</g:availability>\n  </item>" % (
            sku(), pick("Tazza in ceramica", "Olio EVO 5L", "Sciarpa lana", "Tea tin", "Linen apron"), pick(ean13(), gtin14()), rs(8, UP + DG), "%.2f" % (R.randint(500, 9000) / 100)))
    t = L(lang, "il feed per Google Merchant (alcuni prodotti 'GTIN non valido'):\n", "Google Merchant feed (some items 'invalid GTIN'):\n") + "<channel>\n" + "\n".join(items) + "\n</channel>"
    return "xml", t, []


@shape("p-amazon-seller", False)
def _(lang):
    t = L(lang,
          "Seller Central – Gestisci ordini\nOrdine %s-%s-%s   ASIN %s   SKU venditore %s   FNSKU X00%s\nSpedito il %s con %s (%s)\nID liquidazione: %s\nIl pagamento di questo ordine non appare nel vostro report di riconciliazione",
          "Seller Central – Manage Orders\nOrder %s-%s-%s   ASIN %s   Seller SKU %s   FNSKU X00%s\nShipped %s via %s (%s)\nSettlement ID: %s\nThis order's payment isn't in your reconciliation report") % (
        rdig(3), rdig(7), rdig(7), "B0" + rs(8, UP + DG), sku(), rs(7, UP + DG), date(lang), pick("BRT", "GLS", "Royal Mail"), tracking(), rdig(11))
    return "admin-page", t, []


@shape("p-marketplaces-ids", False)
def _(lang):
    t = L(lang, "eBay oggetto n. %s (ordine %s-%s), Etsy ricevuta #%s, Zalando ordine %s, ManoMano M%s: tutti e quattro risultano pagati da voi ma non nel nostro estratto conto.",
          "eBay item no. %s (order %s-%s), Etsy receipt #%s, Zalando order %s, ManoMano M%s: all four show paid on your side but not on our statement.") % (
        rdig(12), rdig(2), rdig(5), rdig(10), rdig(14), rdig(12))
    return "email", t, []


@shape("p-prose-password", False, 1.2)
def _(lang):
    t = L(lang, pick("ho cambiato la password dell'admin ieri sera e adesso il vostro plugin non si collega più, devo rigenerare la chiave API? non vi mando niente via mail ovviamente",
                     "Buongiorno, per sicurezza abbiamo ruotato tutte le password e le chiavi dopo l'uscita del vecchio sviluppatore. Cosa dobbiamo aggiornare da voi?",
                     "la cliente chiede perché al checkout le chiediamo il CVV, è obbligatorio? e dove lo salvate?",
                     "non trovo più il PIN del POS, la banca dice che lo devo chiedere a voi, è così?"),
          pick("I changed the admin password last night and now your plugin won't connect, do I need to regenerate the API key? obviously not sending anything by email",
               "Hello, after our old developer left we rotated all passwords and keys. What do we need to update on your side?",
               "customer asks why we ask for the CVV at checkout, is it required? and where do you store it?",
               "lost the POS PIN, the bank says I have to ask you, is that right?"))
    return "email", t, []


@shape("p-pos-receipt", False, 1.2)
def _(lang):
    c = card()
    t = L(lang,
          "%s\nP.IVA %s\nTERMINALE %s  ESERC. %s\nACQUISTO            %s\nCARTA  %s\nVISA CONTACTLESS\nAUT. %s  STAN %s\nOP. %s  %s %02d:%02d\nESITO: APPROVATO\nNON È RICHIESTA LA FIRMA",
          "%s\nVAT %s\nTID %s  MID %s\nSALE                %s\nCARD   %s\nVISA CONTACTLESS\nAUTH %s  STAN %s\nSEQ %s  %s %02d:%02d\nAPPROVED\nNO SIGNATURE REQUIRED") % (
        shop(lang).upper(), piva() if lang == "it" else "GB" + rdig(9), rdig(8), rdig(15), money(lang), pick("************" + c[-4:], "XXXX XXXX XXXX " + c[-4:]), rdig(6), rdig(6), rdig(4), date(lang), R.randint(8, 20), R.randint(0, 59))
    return "receipt", L(lang, "lo scontrino del POS per la contestazione:\n", "the POS slip for the dispute:\n") + t, []


@shape("p-cs-macros", False)
def _(lang):
    t = L(lang,
          "Macro 'Rimborso avviato'\nCiao {{ticket.requester.first_name}},\nil rimborso per l'ordine {{ticket.custom_fields.order_id}} di {{ticket.custom_fields.amount}} è stato avviato sull'IBAN che termina con {{ticket.custom_fields.iban_last4}}.\nCodice pratica: {{ticket.id}}\nA presto, {{current_user.first_name}}",
          "Macro 'Refund started'\nHi {{ticket.requester.first_name}},\nyour refund for order {{ticket.custom_fields.order_id}} of {{ticket.custom_fields.amount}} has been sent to the IBAN ending {{ticket.custom_fields.iban_last4}}.\nCase: {{ticket.id}}\nSpeak soon, {{current_user.first_name}}")
    return "macro", t, []


@shape("p-abandoned-cart", False)
def _(lang):
    t = L(lang,
          "Oggetto: Hai dimenticato qualcosa? 🛒\nCiao %s,\nnel tuo carrello c'è ancora: %s (%s)\nCompleta l'ordine con il codice TORNA%d per il %d%% di sconto.\nhttps://%s/cart?utm_source=klaviyo&utm_medium=email&utm_campaign=abandoned_%s\nNon vuoi più ricevere queste email? Disiscriviti",
          "Subject: Forgot something? 🛒\nHi %s,\nstill in your cart: %s (%s)\nComplete your order with code COMEBACK%d for %d%% off.\nhttps://%s/cart?utm_source=klaviyo&utm_medium=email&utm_campaign=abandoned_%s\nDon't want these emails? Unsubscribe") % (
        person(lang).split()[0], pick("Candela alla lavanda", "Tazza", "Lavender candle", "Linen apron"), sku(), R.choice([5, 10, 15]), R.choice([5, 10, 15]), dom(lang), rdig(4))
    return "email", L(lang, "la mail di carrello abbandonato parte con il link sbagliato:\n\n", "abandoned-cart mail has the wrong link:\n\n") + t, []


@shape("p-cookie-banner", False)
def _(lang):
    t = pick('<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="%s" data-blockingmode="auto" type="text/javascript"></script>' % uuid4(),
             '<script type="text/javascript">\nvar _iub = _iub || [];\n_iub.csConfiguration = {"siteId":%s,"cookiePolicyId":%s,"lang":"%s","banner":{"position":"float-bottom-center"}};\n</script>' % (rdig(7), rdig(8), lang))
    pre = L(lang, "il banner cookie blocca il vostro script di pagamento, ecco il codice:\n", "the cookie banner blocks your payment script, code below:\n")
    return "html", pre + t, []


@shape("p-gdpr-request", False)
def _(lang):
    t = L(lang,
          "Richiesta di cancellazione dati (art. 17 GDPR)\nRichiedente: %s – %s – tel. %s\nCodice fiscale: %s\nOrdini collegati: %s, %s\nPagamenti: carta **** %s (tokenizzata presso il PSP)\nCosa dobbiamo chiedere a voi per cancellare i dati di pagamento?",
          "Erasure request (Art. 17 GDPR)\nRequester: %s – %s – tel. %s\nNI number: on file\nLinked orders: %s, %s\nPayments: card **** %s (tokenised at the PSP)\nWhat do we need to ask you to erase the payment data?")
    if lang == "it":
        t = t % (person(lang), email(lang), phone(lang), cf(), ordernum(), ordernum(), rdig(4))
    else:
        t = t % (person(lang), email(lang), phone(lang), ordernum(), ordernum(), rdig(4))
    return "letter", t, []


@shape("p-sepa-mandate-masked", False)
def _(lang):
    i2 = iban("IT")
    t = L(lang,
          "Mandato SEPA registrato\nRiferimento mandato: ABB-%s\nID creditore: IT%sZZZ%s\nDebitore: %s\nIBAN: %s\nBIC: %s\nFirmato il %s – Sequenza: FRST",
          "SEPA mandate recorded\nMandate reference: SUB-%s\nCreditor ID: IT%sZZZ%s\nDebtor: %s\nIBAN: %s\nBIC: %s\nSigned %s – Sequence: FRST") % (
        rdig(6), rdig(2, False), rdig(11, False), person(lang), i2[:4] + "************" + i2[-4:], pick("BCITITMM", "UNCRITMM", "BPMOIT22"), date(lang))
    return "admin-page", t, []


@shape("p-klarna-placeholder", False)
def _(lang):
    t = L(lang, "Klarna Payments\nNome utente (UID): %s\nPassword: ••••••••••••  [Modifica]\nRegione: Europa\nAmbiente: Live\n\nil widget on-site non compare",
          "Klarna Payments\nUsername (UID): %s\nPassword: ••••••••••••  [Change]\nRegion: Europe\nEnvironment: Live\n\nthe on-site messaging widget doesn't show") % ("PK" + rdig(5) + "_" + rhex(12))
    return "settings-page", t, []


@shape("p-courier-env-ref", False)
def _(lang):
    t = ("// config/shipping.php\nreturn [\n    'brt' => [\n        'user_id'  => env('BRT_USER_ID'),\n        'password' => env('BRT_PASSWORD'),\n    ],\n    'gls' => [\n        'sede' => env('GLS_SEDE', 'MI'),\n        'password' => env('GLS_PASSWORD'),\n    ],\n    'dhl' => [ 'api_key' => env('DHL_API_KEY'), 'api_secret' => env('DHL_API_SECRET') ],\n];")
    pre = L(lang, "così legge le credenziali dei corrieri, le etichette però non escono:\n", "this is how it reads the courier credentials, labels still don't print:\n")
    return "php", pre + t, []


@shape("p-smtp-saved", False)
def _(lang):
    t = L(lang, "WP Mail SMTP\nMailer: Altro SMTP\nHost: %s\nPorta: 587\nAutenticazione: Sì\nNome utente: ordini@%s\nPassword: La password è memorizzata in wp-config.php (WPMS_SMTP_PASS)\nEmail di prova: ✓ inviata",
          "WP Mail SMTP\nMailer: Other SMTP\nHost: %s\nPort: 587\nAuthentication: On\nUsername: orders@%s\nPassword: The password is stored in wp-config.php (WPMS_SMTP_PASS)\nTest email: ✓ sent") % (pick("smtps.aruba.it", "smtp.office365.com"), dom(lang))
    return "settings-page", t, []


@shape("p-htaccess-rules", False)
def _(lang):
    t = ("# BEGIN LSCACHE\n<IfModule LiteSpeed>\nCacheLookup on\n</IfModule>\n# END LSCACHE\nRewriteEngine On\nRewriteCond %%{HTTPS} off\nRewriteRule ^(.*)$ https://%%{HTTP_HOST}/$1 [R=301,L]\nRedirect 301 /vecchio-shop/ https://%s/\nAuthUserFile /home/%s/.htpasswd\nHeader set Content-Security-Policy \"frame-src https://js.stripe.com https://*.paynexo.example\"") % (dom(lang), rs(7, LO))
    pre = L(lang, "il nostro .htaccess, c'entra con l'iframe del pagamento bloccato?\n", "our .htaccess, is it why the payment iframe is blocked?\n")
    return "htaccess", pre + t, []


@shape("p-hashes-sql", False)
def _(lang):
    rows = "\n".join("| %4d | %-12s | $P$B%s | %s |" % (R.randint(1, 900), rs(7, LO), rs(27, AN + "./"), email(lang)) for _ in range(R.randint(2, 4)))
    t = "mysql> SELECT ID, user_login, user_pass, user_email FROM wp_users;\n" + rows
    pre = L(lang, "utenti nel db (le password sono hash, vero?):\n", "users in the db (passwords are hashed, right?):\n")
    return "sql-output", pre + t, []


@shape("p-deploy-notes", False)
def _(lang):
    t = L(lang, "Rilascio %s\n- commit %s: fix calcolo IVA OSS\n- commit %s: aggiornato modulo pagamento a 4.2.1\n- checksum pacchetto sha256:%s\n- rollback: git revert %s",
          "Release %s\n- commit %s: fix OSS VAT calc\n- commit %s: payment module to 4.2.1\n- package checksum sha256:%s\n- rollback: git revert %s") % (
        "v2026." + rdig(2), rhex(40), rhex(7), rhex(64), rhex(7))
    return "markdown", t, []


@shape("p-luhn-lookalikes", False, 1.2)
def _(lang):
    e = ean13(); g = gtin14(); p = piva(); ss = sscc()
    loy = luhn_digits(16, pick("9", "7", "8"))
    t = L(lang, "Nel file di import prodotti ci sono EAN %s e GTIN %s; la tessera fedeltà del cliente è %s; il collo ha SSCC %s; P.IVA fornitore %s. Il vostro import li segna tutti come 'dati sensibili', perché?",
          "The product import has EAN %s and GTIN %s; the customer's loyalty card is %s; the pallet SSCC is %s; supplier VAT IT%s. Your import flags all of them as 'sensitive', why?") % (e, g, loy, ss, p)
    return "email", t, []


@shape("p-stripe-dashboard-ids", False)
def _(lang):
    t = L(lang, "Pagamento %s\nCliente %s\nMetodo di pagamento %s (Visa •••• %s)\nImpronta carta: %s\nTransazione di saldo %s\nBonifico %s del %s",
          "Payment %s\nCustomer %s\nPayment method %s (Visa •••• %s)\nCard fingerprint: %s\nBalance transaction %s\nPayout %s on %s") % (
        "pi_3" + rs(23, AN), "cus_" + rs(14, AN), "pm_1" + rs(23, AN), rdig(4), rs(16, AN), "txn_3" + rs(23, AN), "po_1" + rs(23, AN), date(lang))
    return "admin-page", t, []


@shape("p-paypal-ids", False)
def _(lang):
    t = L(lang, "PayPal – Dettagli transazione\nID transazione: %s\nID fattura: %s\nClient ID app: %s\nStato: Completato\nCommissione: %s",
          "PayPal – Transaction details\nTransaction ID: %s\nInvoice ID: %s\nApp client ID: %s\nStatus: Completed\nFee: %s") % (rs(17, UP + DG), "WC-" + rdig(5), paypal_id(), money(lang))
    return "admin-page", t, []


@shape("p-erp-sync-log", False)
def _(lang):
    rows = "\n".join("%s [%s] job=%s sku=%s qty=%d ean=%s ok" % ("2026-11-%02d %02d:%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), pick("INFO", "WARN"), uuid4()[:8], sku(), R.randint(0, 80), ean13()) for _ in range(R.randint(3, 6)))
    return "log", L(lang, "log del connettore gestionale:\n", "ERP connector log:\n") + rows, []


@shape("p-vat-oss", False)
def _(lang):
    t = L(lang, "Per la fatturazione OSS verificate questi numeri IVA dei clienti B2B? %s, DE%s, FR%s%s, ESB%s, ATU%s. Il VIES a volte non risponde.",
          "For OSS invoicing can you validate these B2B VAT numbers? IT%s, DE%s, FR%s%s, ESB%s, ATU%s. VIES sometimes times out.")
    return "email", t % (("IT" + piva()) if lang == "it" else piva(), rdig(9), rdig(2), rdig(9), rdig(8), rdig(8)), []


@shape("p-chargeback-arn", False)
def _(lang):
    c = card()
    t = L(lang, "Chargeback ricevuto\nCaso: CB-%s\nARN: %s\nCarta: %s\nMotivo: 13.1 Merce/servizi non ricevuti\nImporto: %s\nScadenza risposta: %s",
          "Chargeback received\nCase: CB-%s\nARN: %s\nCard: %s\nReason: 13.1 Merchandise/services not received\nAmount: %s\nRespond by: %s") % (
        rdig(8), rdig(23), c[:6] + "XXXXXX" + c[-4:], money(lang), date(lang))
    return "admin-page", t, []


@shape("p-magento-cli", False)
def _(lang):
    t = ("$ bin/magento indexer:status\n+----------------------+------------------+-----------+\n| Title                | Status           | Update On |\n+----------------------+------------------+-----------+\n| Product Price        | Reindex required | Schedule  |\n| Catalog Search       | Ready            | Schedule  |\n+----------------------+------------------+-----------+\n$ bin/magento cache:flush\nFlushed cache types: config layout block_html full_page\n# report id: %s\n") % rdig(12)
    pre = L(lang, "dopo l'installazione del vostro modulo:\n", "after installing your module:\n")
    return "shell", pre + t, []


@shape("p-presta-test-mode", False)
def _(lang):
    t = L(lang, "Modulo PayNexo – Configura\nModalità: ( ) Produzione (•) Test\nChiave pubblica test: %s\nChiave segreta test: <inserisci la tua chiave>\nChiave segreta live: YOUR_SECRET_KEY\nURL notifiche: https://%s/module/paynexo/webhook",
          "PayNexo module – Configure\nMode: ( ) Live (•) Test\nTest public key: %s\nTest secret key: <your-secret-key>\nLive secret key: YOUR_SECRET_KEY\nNotification URL: https://%s/module/paynexo/webhook") % (provider_pub(), dom(lang))
    return "settings-page", t, []


@shape("p-liquid-settings-ref", False)
def _(lang):
    t = "<div data-pnx-key=\"{{ settings.pnx_public_key }}\" data-shop=\"{{ shop.permanent_domain }}\"></div>\n{% if customer %}\n  <span>{{ customer.email }} – {{ customer.orders_count }} ordini</span>\n{% endif %}\n<script src=\"{{ 'pnx-widget.js' | asset_url }}\" defer></script>"
    return "liquid", L(lang, "snippet del widget, legge la chiave dalle impostazioni del tema:\n", "widget snippet, reads the key from theme settings:\n") + t, []


@shape("p-dns-dkim", False)
def _(lang):
    t = ("%s.  TXT  \"v=spf1 include:_spf.aruba.it include:sendgrid.net ~all\"\ns1._domainkey  TXT  \"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ%s\"\n_dmarc  TXT  \"v=DMARC1; p=none; rua=mailto:dmarc@%s\"\ngoogle-site-verification=%s") % (
        dom(lang), rs(150, AN + "+/"), dom(lang), rs(43, AN + "-_"))
    pre = L(lang, "le mail d'ordine finiscono in spam, record DNS attuali:\n", "order mails land in spam, current DNS records:\n")
    return "dns", pre + t, []


@shape("p-public-key", False)
def _(lang):
    t = L(lang, "Satispay ci chiede di caricare la chiave pubblica, è questa giusto? (la privata resta sul server)\n\n%s", "Satispay wants our public key, is this the one? (private stays on the server)\n\n%s") % pubkey()
    return "email", t, []


@shape("p-env-example", False)
def _(lang):
    t = "# .env.example – copy to .env\nSHOPIFY_API_KEY=\nSHOPIFY_API_SECRET=your_api_secret_here\nSHOPIFY_ADMIN_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=mysql://user:password@localhost:3306/shop\nPNX_API_KEY=${PNX_API_KEY}\nSMTP_PASSWORD=changeme\n"
    return "env", L(lang, "il repository dell'agenzia ha solo questo file, è sufficiente?\n", "the agency repo only has this file, is that enough?\n") + t, []


@shape("p-dropship-feed", False)
def _(lang):
    rows = "\n".join(";".join([sku(), ean13(), pick("Lampada", "Zaino", "Lamp", "Backpack"), "%.2f" % (R.randint(300, 9000) / 100), str(R.randint(0, 300)), rs(10, UP + DG)]) for _ in range(R.randint(3, 6)))
    return "csv", L(lang, "feed del fornitore dropshipping:\n", "dropship supplier feed:\n") + "sku;ean;name;price;stock;supplier_ref\n" + rows, []


@shape("p-bnpl-settlement", False)
def _(lang):
    rows = "\n".join(",".join(["KL" + rdig(10), uuid4(), ordernum().lstrip("#"), "%.2f" % (R.randint(1000, 40000) / 100), "%.2f" % (R.randint(50, 900) / 100), date(lang)]) for _ in range(R.randint(3, 5)))
    return "csv", L(lang, "report di liquidazione Klarna/Scalapay, manca un ordine:\n", "Klarna/Scalapay settlement report, one order missing:\n") + "capture_id,order_uuid,merchant_ref,amount,fee,date\n" + rows, []


@shape("p-bic-abi-alone", False)
def _(lang):
    t = L(lang, "Per i resi in contanti ai clienti del negozio di via %s usiamo la nostra banca: %s, BIC %s, ABI %s CAB %s. Ci serve altro per attivare i payout?",
          "For refunds we bank with %s, BIC %s, ABI %s CAB %s (Italian branch). Anything else needed to enable payouts?")
    if lang == "it":
        t = t % (pick("Roma", "Po"), pick("BPER", "Credem", "Intesa"), pick("BPMOIT22", "BACRIT22", "BCITITMM"), R.choice(ABIS), rdig(5))
    else:
        t = t % (pick("BPER", "Intesa"), pick("BPMOIT22", "BCITITMM", "BARCGB22"), R.choice(ABIS), rdig(5))
    return "email", t, []


@shape("p-pos-config", False)
def _(lang):
    t = L(lang, "Configurazione cassa\nIP terminale: 192.168.%d.%d porta %d\nTID: %s\nNegozio: %s\nStampante: Epson TM-T20III\nProtocollo: ECR17 / Protocollo 17\nPIN supervisore: [impostato]",
          "Till configuration\nTerminal IP: 192.168.%d.%d port %d\nTID: %s\nStore: %s\nPrinter: Epson TM-T20III\nProtocol: ECR17\nSupervisor PIN: [set]") % (R.randint(0, 9), R.randint(2, 250), R.randint(1000, 9999), rdig(8), shop(lang))
    return "settings-page", t, []


@shape("p-shipping-label", False)
def _(lang):
    t = L(lang, "ETICHETTA\nMittente: %s\nDestinatario: %s, %s\nPeso: %.1f kg  Colli: 1/1\nSSCC: %s\nSegnacollo: %s\nRif. ordine: %s",
          "LABEL\nFrom: %s\nTo: %s, %s\nWeight: %.1f kg  Parcels: 1/1\nSSCC: %s\nTracking: %s\nOrder ref: %s") % (
        shop(lang), person(lang), phone(lang), R.randint(3, 200) / 10, sscc(), tracking(), ordernum())
    return "label", t, []


@shape("p-webhook-payload", False)
def _(lang):
    body = json.dumps({"id": R.randint(10 ** 12, 10 ** 13), "order_number": R.randint(1000, 9999), "email": email(lang), "total_price": "%.2f" % (R.randint(1000, 20000) / 100),
                       "financial_status": "paid", "gateway": "paynexo", "payment_details": {"credit_card_bin": "4" + rdig(5), "credit_card_number": "•••• •••• •••• " + rdig(4)},
                       "line_items": [{"sku": sku(), "variant_id": R.randint(10 ** 13, 10 ** 14)}]}, indent=1)
    t = "POST /webhooks/orders-create\nX-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Webhook-Id: %s\n\n%s" % (base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(), uuid4(), body)
    return "http", L(lang, "il webhook che riceviamo da Shopify (verifica HMAC fallita):\n", "the webhook we get from Shopify (HMAC check fails):\n") + t, []


@shape("p-woo-rest-error", False)
def _(lang):
    t = '{"code":"woocommerce_rest_authentication_error","message":"Consumer key non valida.","data":{"status":401}}' if lang == "it" else '{"code":"woocommerce_rest_authentication_error","message":"Invalid signature - provided signature does not match.","data":{"status":401}}'
    pre = L(lang, "chiamando /wp-json/wc/v3/orders con consumer_key=ck_... e consumer_secret=cs_... (li ho tolti) ricevo:\n", "calling /wp-json/wc/v3/orders with consumer_key=ck_... and consumer_secret=cs_... (removed them) I get:\n")
    return "http", pre + t, []


@shape("p-serialized-noise", False)
def _(lang):
    inner = 'a:5:{s:7:"enabled";s:3:"yes";s:5:"title";s:%d:"%s";s:11:"merchant_id";s:9:"M%s";s:7:"api_key";s:0:"";s:8:"testmode";s:3:"yes";}' % (
        len(L(lang, "Carta di credito", "Credit card").encode()), L(lang, "Carta di credito", "Credit card"), rdig(8))
    return "sql-output", L(lang, "option_value di woocommerce_paynexo_settings (api_key vuota, è questo il problema?):\n", "option_value of woocommerce_paynexo_settings (empty api_key, is that it?):\n") + inner, []


@shape("p-order-key-url", False)
def _(lang):
    t = L(lang, "dopo il pagamento il cliente torna su https://%s/checkout/order-received/%s/?key=wc_order_%s&utm_nooverride=1 ma la pagina dice 'ordine non trovato'",
          "after paying the customer lands on https://%s/checkout/order-received/%s/?key=wc_order_%s&utm_nooverride=1 but it says 'order not found'") % (dom(lang), rdig(5), rs(13, AN))
    return "url", t, []


@shape("p-otp-prose", False)
def _(lang):
    t = L(lang, "i clienti si lamentano che il codice 3D Secure arriva dopo 2 minuti e scade. Il codice è di 6 cifre, lo manda la banca, non noi. Potete allungare il timeout della sessione di pagamento?",
          "customers complain the 3D Secure code arrives after 2 minutes and expires. It's a 6-digit code sent by the bank, not us. Can you extend the payment session timeout?")
    return "email", t, []


@shape("p-phones-addresses", False)
def _(lang):
    t = L(lang, "Consegna fallita: %s, Via %s %d, %s %s, tel. %s / %s. Il corriere ha lasciato avviso n. %s.",
          "Delivery failed: %s, %d %s Street, %s %s, tel. %s / %s. Courier left card no. %s.")
    if lang == "it":
        t = t % (person(lang), pick("Garibaldi", "Verdi"), R.randint(1, 200), rdig(5), pick("Napoli", "Parma"), phone(lang), phone(lang), rdig(10))
    else:
        t = t % (person(lang), R.randint(1, 200), pick("High", "Mill"), "LS" + str(R.randint(1, 29)) + " " + rdig(1) + rs(2, UP), "Leeds", phone(lang), phone(lang), rdig(10))
    return "email", t, []


@shape("p-sri-scripts", False)
def _(lang):
    t = '<script src="https://cdn.paynexo.example/checkout/v3/checkout.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n<link rel="preconnect" href="https://cdn.paynexo.example">' % rs(64, AN + "+/")
    return "html", L(lang, "dopo l'aggiornamento del CDN l'integrità non torna:\n", "after your CDN update the integrity check fails:\n") + t, []


@shape("p-isbn-bookshop", False)
def _(lang):
    rows = "\n".join("%s\t%s\t%s\t%d" % (ean13("978"), pick("Il nome della rosa", "Gomorra", "Middlemarch", "Dubliners"), "%.2f" % (R.randint(800, 3000) / 100), R.randint(0, 12)) for _ in range(R.randint(3, 5)))
    return "tsv", L(lang, "libreria online, import catalogo:\nISBN\tTitolo\tPrezzo\tGiacenza\n", "online bookshop, catalogue import:\nISBN\tTitle\tPrice\tStock\n") + rows, []


@shape("p-subscription-invoices", False)
def _(lang):
    rows = "\n".join("%s  %s  %s  %s  %s" % ("INV-" + rdig(6), "sub_" + rs(14, AN), date(lang), money(lang), pick("paid", "open", "void")) for _ in range(R.randint(3, 6)))
    return "log", L(lang, "fatture abbonamenti del mese:\n", "subscription invoices this month:\n") + rows, []


@shape("p-payment-changelog", False)
def _(lang):
    t = L(lang, "== Changelog ==\n= 4.2.1 =\n* Corretto: la chiave segreta non veniva più mascherata nei log\n* Nuovo: supporto a Klarna e Scalapay\n* Rimosso il campo 'password API' deprecato\n= 4.2.0 =\n* Aggiunto il token di rinnovo automatico",
          "== Changelog ==\n= 4.2.1 =\n* Fix: secret key was no longer masked in logs\n* New: Klarna and Scalapay support\n* Removed deprecated 'API password' field\n= 4.2.0 =\n* Added automatic refresh token renewal")
    return "text", t, []


@shape("p-pos-receipt-multi", False)
def _(lang):
    t = L(lang, "CHIUSURA CONTABILE\nTID %s\nDATA %s\nN. OPERAZIONI %d\nTOTALE %s\nLOTTO %s\nVISA %d  MASTERCARD %d  PAGOBANCOMAT %d\nCHIUSURA ESEGUITA",
          "END OF DAY REPORT\nTID %s\nDATE %s\nTXN COUNT %d\nTOTAL %s\nBATCH %s\nVISA %d  MASTERCARD %d  MAESTRO %d\nCLOSED OK") % (rdig(8), date(lang), R.randint(10, 99), money(lang), rdig(6), R.randint(1, 40), R.randint(1, 40), R.randint(1, 40))
    return "receipt", t, []


@shape("p-catalog-ids-meta", False)
def _(lang):
    t = L(lang, "Commerce Manager\nID catalogo: %s\nID account pubblicitario: act_%s\nID pagina: %s\nID app: %s\nDominio verificato: %s",
          "Commerce Manager\nCatalog ID: %s\nAd account ID: act_%s\nPage ID: %s\nApp ID: %s\nVerified domain: %s") % (rdig(16), rdig(15), rdig(15), rdig(16), dom(lang))
    return "admin-page", t, []


@shape("p-cart-json", False)
def _(lang):
    body = json.dumps({"item_count": 2, "items": [{"id": R.randint(10 ** 13, 10 ** 14), "sku": sku(), "barcode": ean13(), "quantity": 1, "price": R.randint(500, 9000)}], "currency": "EUR", "total_price": R.randint(1000, 20000)})
    return "json", L(lang, "/cart.js restituisce:\n", "/cart.js returns:\n") + body, []


@shape("p-ga4-ecommerce", False)
def _(lang):
    t = "dataLayer.push({ event: 'purchase', ecommerce: { transaction_id: '%s', value: %.2f, currency: 'EUR', coupon: '%s', items: [{ item_id: '%s', item_name: '%s', price: %.2f }] } });\n// measurement id G-%s, merchant %s" % (
        ordernum().lstrip("#"), R.randint(1000, 20000) / 100, pick("BENVENUTO10", "SUMMER20"), sku(), pick("Mug", "Tazza"), R.randint(500, 5000) / 100, rs(10, UP + DG), rdig(9))
    return "js", L(lang, "l'evento purchase arriva con valore doppio:\n", "the purchase event doubles the value:\n") + t, []


@shape("p-placeholder-readme", False)
def _(lang):
    t = L(lang, "## Configurazione\n1. In WooCommerce > Pagamenti > PayNexo incolla la tua chiave: `<your-api-key>`\n2. Webhook secret: `{{webhook_secret}}`\n3. Client secret: `YOUR_CLIENT_SECRET`\n4. Password SMTP: `xxxxxxxx`\nEsempio: `curl -H \"Authorization: Bearer $PNX_TOKEN\" https://api.paynexo.example/v2/ping`",
          "## Setup\n1. In WooCommerce > Payments > PayNexo paste your key: `<your-api-key>`\n2. Webhook secret: `{{webhook_secret}}`\n3. Client secret: `YOUR_CLIENT_SECRET`\n4. SMTP password: `xxxxxxxx`\nExample: `curl -H \"Authorization: Bearer $PNX_TOKEN\" https://api.paynexo.example/v2/ping`")
    return "markdown", t, []


@shape("p-code-reads-env", False)
def _(lang):
    t = pick("const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nconst shopify = shopifyApi({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: process.env.SHOPIFY_API_SECRET, adminApiAccessToken: config.adminToken });",
             "import os\nPNX_KEY = os.environ[\"PNX_API_KEY\"]\nKLARNA_PASSWORD = os.getenv(\"KLARNA_PASSWORD\")\nclient = Pnx(api_key=PNX_KEY, timeout=30)",
             "$client = new \\PayNexo\\Client(getenv('PNX_API_KEY'));\n$gls = new GlsClient($this->config->get('gls_password'), Configuration::get('BRT_PASSWORD'));")
    return "code", L(lang, "il codice del connettore (nessuna chiave dentro, le legge dall'ambiente):\n", "connector code (no keys inside, it reads them from the environment):\n") + t, []


@shape("p-request-ids", False)
def _(lang):
    t = L(lang, "Errore 502 su /v2/payments\nX-Request-Id: %s\ntraceparent: 00-%s-%s-01\nX-Debug-Id: %s\nclient_id: %s-prod\nora: %s %02d:%02d UTC",
          "502 on /v2/payments\nX-Request-Id: %s\ntraceparent: 00-%s-%s-01\nX-Debug-Id: %s\nclient_id: %s-prod\ntime: %s %02d:%02d UTC") % (
        uuid4(), rhex(32), rhex(16), rhex(12), rs(6, LO), date(lang), R.randint(0, 23), R.randint(0, 59))
    return "http", t, []


@shape("p-bad-iban-csv", False)
def _(lang):
    rows = "\n".join(";".join([person(lang), bad_iban(pick("IT", "DE", "FR", "ES")), pick("IBAN non valido", "check digit errato") if lang == "it" else pick("invalid IBAN", "bad check digits")]) for _ in range(R.randint(2, 4)))
    return "csv", L(lang, "righe scartate dall'import rimborsi:\nnome;iban;errore\n", "rows rejected by the refund import:\nname;iban;error\n") + rows, []


@shape("p-owner-caps-nosecret", False)
def _(lang):
    t = L(lang, "BUONGIORNO!!! IL CLIENTE DELL'ORDINE %s DICE CHE HA PAGATO %s MA A ME NON RISULTA NIENTE, IL SUO NUMERO È %s. MI RICHIAMATE? GRAZIE MILLE",
          "HELLO!!! CUSTOMER ON ORDER %s SAYS HE PAID %s BUT I SEE NOTHING, HIS NUMBER IS %s. CAN YOU CALL ME BACK? THANKS") % (ordernum(), money(lang), phone(lang))
    return "chat", t, []


@shape("p-voice-order", False)
def _(lang):
    t = L(lang, "[Messaggio vocale trascritto 1:12] sì ciao sono io del negozio allora l'ordine è il millequattrocentodue quello da ottantanove euro e cinquanta la cliente dice che le avete preso i soldi due volte controllate per favore il numero della transazione finisce con sette tre due ok ciao",
          "[Voice message transcript 1:12] yeah hi it's me from the shop so the order is fourteen oh two the one for eighty nine fifty the customer says you took the money twice please check the transaction number ends with seven three two ok bye")
    return "transcript", t, []


@shape("p-variant-ids", False)
def _(lang):
    rows = "\n".join("%d,%s,%s,%s,%d" % (R.randint(10 ** 13, 10 ** 14), sku(), ean13(), pick("S", "M", "L", "Blu", "Rosso"), R.randint(0, 50)) for _ in range(R.randint(3, 6)))
    return "csv", L(lang, "varianti esportate da Shopify:\nvariant_id,sku,barcode,option1,inventory\n", "variants exported from Shopify:\nvariant_id,sku,barcode,option1,inventory\n") + rows, []


@shape("p-masked-log", False)
def _(lang):
    t = "[%s] pnx.INFO: POST /v2/payments Authorization: Bearer ****%s card=%s cvc=*** iban=%s status=201\n[%s] pnx.INFO: key sk_live_...%s loaded from env" % (
        date(lang), rs(4, AN), "411111******" + rdig(4), "IT60X0542811101*******" + rdig(4), date(lang), rs(4, AN))
    return "log", L(lang, "nel log si vede solo roba mascherata, giusto?\n", "the log only shows masked stuff, right?\n") + t, []


@shape("p-handover-vault", False)
def _(lang):
    t = L(lang, "Passaggio di consegne – %s\n- Tutte le password sono nel vault 1Password 'Negozio' (condiviso con %s)\n- La chiave PayNexo è in WooCommerce > Pagamenti (non la scrivo qui)\n- FTP disattivato, solo SFTP con chiave\n- Backup: UpdraftPlus, ogni notte",
          "Handover – %s\n- All passwords are in the 1Password vault 'Shop' (shared with %s)\n- PayNexo key is in WooCommerce > Payments (not writing it here)\n- FTP disabled, SFTP with key only\n- Backups: UpdraftPlus, nightly") % (shop(lang), email(lang))
    return "markdown", t, []


@shape("p-tracking-json", False)
def _(lang):
    body = json.dumps({"trackingNumber": tracking(), "carrier": pick("GLS", "BRT", "DHL", "POSTE"), "events": [{"code": "DLV", "date": "2026-11-%02d" % R.randint(1, 28), "location": pick("Milano", "Bologna", "Leeds")}], "reference": ordernum(), "parcelId": rdig(12)})
    return "json", L(lang, "risposta dell'API tracking:\n", "tracking API response:\n") + body, []


@shape("p-refund-confirmation", False)
def _(lang):
    t = L(lang, "Rimborso eseguito\nOrdine: %s\nImporto: %s\nMetodo: bonifico SEPA su IBAN %s\nCRO/TRN: %s\nData valuta: %s",
          "Refund completed\nOrder: %s\nAmount: %s\nMethod: SEPA transfer to IBAN %s\nEnd-to-end ID: %s\nValue date: %s") % (
        ordernum(), money(lang), "IT** **** **** **** **** ***" + rdig(1) + " " + rdig(3), pick(rdig(11), "NOTPROVIDED", "E2E" + rdig(20)), date(lang))
    return "email", t, []


@shape("p-foreign-label-nosecret", False)
def _(lang):
    t = L(lang, "Il fornitore tedesco ha scritto: 'Benutzername: b2b_%s, Passwort: siehe separates Schreiben'. Il francese: 'mot de passe envoyé par SMS'. Aspettiamo entrambe, poi configuriamo l'import.",
          "The German supplier wrote: 'Benutzername: b2b_%s, Passwort: siehe separates Schreiben'. The French one: 'mot de passe envoyé par SMS'. Waiting for both before setting up the import.") % rs(5, LO)
    return "email", t, []


@shape("p-wpcli-output", False)
def _(lang):
    t = "$ wp plugin list --status=active\n+------------------------------+--------+-----------+---------+\n| name                         | status | update    | version |\n+------------------------------+--------+-----------+---------+\n| woocommerce                  | active | available | 9.%d.%d   |\n| woocommerce-gateway-paynexo  | active | none      | 4.2.1   |\n| wp-mail-smtp                 | active | none      | 4.%d.0   |\n+------------------------------+--------+-----------+---------+\n$ wp option get woocommerce_paynexo_settings --format=json | jq .api_key\n\"\"" % (
        R.randint(0, 9), R.randint(0, 9), R.randint(0, 5))
    return "shell", L(lang, "output di wp-cli sul server:\n", "wp-cli output on the server:\n") + t, []


@shape("p-price-rules", False)
def _(lang):
    t = L(lang, "Regole prezzo B2B\nListino %s: -%d%%\nCodice cliente %s → gruppo RIVENDITORI\nSoglia spedizione gratuita %s\nCodice promo fiera: FIERA%s",
          "B2B price rules\nPrice list %s: -%d%%\nCustomer code %s → group RESELLERS\nFree shipping threshold %s\nTrade show promo: FAIR%s") % (
        "L" + rdig(3), R.randint(5, 40), "C" + rdig(6), money(lang), rdig(4))
    return "admin-page", t, []


# ================================================================ main
def allocate(shapes, total):
    w = sum(s[3] for s in shapes)
    raw = [(s, total * s[3] / w) for s in shapes]
    cnt = {s[0]: int(x) for s, x in raw}
    rest = total - sum(cnt.values())
    order = sorted(raw, key=lambda p: -(p[1] - int(p[1])))
    for s, _x in order[:rest]:
        cnt[s[0]] += 1
    return cnt


CARD_IIN = ("34", "37", "35", "4", "51", "52", "53", "54", "55", "2221", "2222", "2223", "2224", "2225", "2226", "2227", "2228", "2229", "223", "224", "225", "226", "227", "228", "229", "23", "24", "25", "26", "270", "271", "2720", "6011", "65")


def stray_card_like(text, secrets):
    """True if text holds an unlabelled Luhn-valid 15/16-digit number in a card range."""
    import re
    lab = "".join(re.sub(r"\D", "", v) for _k, v in secrets)
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){14,18}\d(?![\d])", text):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) in (15, 16) and luhn_ok(d) and d.startswith(CARD_IIN) and d not in lab:
            return True
    return False


def frame(lang, text):
    """Wrap a sample in the words of whoever forwards it (used to vary static shapes)."""
    top = L(lang, pick("Ticket #%s – %s" % (rdig(5), shop(lang)), "Da: %s" % email(lang), greet(lang), "Rif. ordine %s" % ordernum(),
                       "Oggetto: R: assistenza %s" % shop(lang), "[%s %02d:%02d]" % (date(lang), R.randint(7, 22), R.randint(0, 59))),
            pick("Ticket #%s – %s" % (rdig(5), shop(lang)), "From: %s" % email(lang), greet(lang), "Re: order %s" % ordernum(),
                 "Subject: RE: support %s" % shop(lang), "[%s %02d:%02d]" % (date(lang), R.randint(7, 22), R.randint(0, 59))))
    bottom = pick(sign(lang), "", L(lang, "(tel. %s)" % phone(lang), "(phone %s)" % phone(lang)))
    return top + "\n" + text + ("\n" + bottom if bottom else "")


def main():
    out, seen, ids = [], set(), set()
    n = 0
    for secret, total in ((True, 750), (False, 850)):
        group = [s for s in SHAPES if s[1] == secret]
        cnt = allocate(group, total)
        for name, _sec, fn, _w in group:
            start = R.choice(["it", "en"])
            for k in range(cnt[name]):
                lang = start if k % 2 == 0 else ("en" if start == "it" else "it")
                for _try in range(50):
                    style, text, secrets = fn(lang)
                    if _try > 3:
                        text = frame(lang, text)
                    if text not in seen and not stray_card_like(text, secrets):
                        break
                seen.add(text)
                n += 1
                sid = "f28-%s-%s-%04d" % (name, lang, n)
                assert sid not in ids
                ids.add(sid)
                sec = []
                for kind, v in secrets:
                    assert v in text, (sid, v)
                    if {"kind": kind, "value": v} not in sec:
                        sec.append({"kind": kind, "value": v})
                assert bool(sec) == secret, sid
                out.append({"id": sid, "lang": lang, "style": style, "text": text, "secrets": sec})
    R.shuffle(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh28.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "to", path)


if __name__ == "__main__":
    main()
