"""Secret makers and the many ways careless people write a secret down."""
from gen13_values import *

LBL = {
    "password": {
        "it": ["password", "pwd", "pass", "psw", "parola chiave", "chiave di accesso", "codice di accesso", "Password",
               "PASSWORD", "parola d'ordine", "passw.", "pw", "Passwort", "mot de passe", "contraseña", "senha", "pssw"],
        "en": ["password", "pwd", "pass", "passphrase", "Password", "PASSWORD", "login pw", "pw", "passwd", "Passwort",
               "Kennwort", "mot de passe", "contraseña", "senha", "passowrd"],
    },
    "pin": {
        "it": ["PIN", "pin", "codice PIN", "OTP", "codice OTP", "codice SMS", "codice di conferma", "codice dispositivo",
               "codice usa e getta", "codice 3D Secure", "PIN della carta", "PIN del POS", "codice sblocco", "PIN bancomat"],
        "en": ["PIN", "pin", "OTP", "one-time code", "SMS code", "verification code", "passcode", "card PIN",
               "confirmation code", "2FA code", "3DS code", "unlock PIN", "one time passcode"],
    },
    "cvv": {"it": ["CVV", "cvv", "CVV2", "CVC", "codice di sicurezza", "cod. sicurezza", "le tre cifre dietro", "cvc2"],
            "en": ["CVV", "cvv", "CVC", "CVV2", "security code", "CID", "the 3 digits on the back", "cvc"]},
    "card_number": {"it": ["numero carta", "n. carta", "carta", "PAN", "nr carta", "numero della carta di credito", "carta n°", "Kartennummer"],
                    "en": ["card number", "card no.", "card", "PAN", "card #", "credit card", "debit card number", "numéro de carte"]},
    "iban": {"it": ["IBAN", "iban", "codice IBAN", "coordinate", "IBAN beneficiario", "Iban conto", "IBAN c/c"],
             "en": ["IBAN", "iban", "bank details", "IBAN number", "account IBAN", "payee IBAN"]},
    "client_secret": {"it": ["client secret", "client_secret", "secret", "chiave segreta", "clientSecret", "App secret", "segreto client", "Client-Geheimnis", "secret key dell'app"],
                      "en": ["client secret", "client_secret", "secret", "app secret", "clientSecret", "consumer secret", "API secret", "secret key", "Client-Geheimnis"]},
    "access_token": {"it": ["access token", "token", "token di accesso", "API key", "chiave API", "bearer", "Bearer", "token sessione", "chiave di integrazione"],
                     "en": ["access token", "token", "API key", "bearer token", "Bearer", "auth token", "session token", "integration key", "api_key"]},
    "refresh_token": {"it": ["refresh token", "refresh_token", "token di rinnovo", "refreshToken", "token di refresh"],
                      "en": ["refresh token", "refresh_token", "refreshToken", "renewal token", "offline token"]},
    "bank_account": {"it": ["conto", "c/c", "numero conto", "conto corrente n.", "cc n°"], "en": ["account no.", "account number", "acct", "a/c"]},
}
KEYS = {"password": ["password", "pwd", "pass", "db_password", "admin_pass", "PASSWORD", "user.password", "smtp_pass", "wifi_psk"],
        "pin": ["pin", "otp", "sms_code", "pin_code", "PIN", "otp_code", "verify_code"],
        "cvv": ["cvv", "cvc", "CVV2", "card_cvc", "security_code"],
        "card_number": ["card", "pan", "card_number", "cardNumber", "CC_NUM", "numero_carta"],
        "iban": ["iban", "IBAN", "beneficiary_iban", "iban_cliente", "payout_iban"],
        "client_secret": ["client_secret", "clientSecret", "CLIENT_SECRET", "app_secret", "oauth.secret", "consumer_secret"],
        "access_token": ["access_token", "token", "api_key", "apiKey", "ACCESS_TOKEN", "auth", "session"],
        "refresh_token": ["refresh_token", "refreshToken", "REFRESH_TOKEN", "rt"],
        "vendor_key": ["key", "secret_key", "api_key", "token", "KEY"],
        "bank_account": ["conto", "account", "acct_no", "numero_conto"],
        "private_key": ["private_key", "key", "ssl_key"]}


def mk_secret(rng, kind, lang, multiline=False):
    """Returns dict(kind, val, lbl, key, extra=[(kind,val)...], ctx=str) ; val exactly as written in text."""
    d = dict(kind=kind, lbl=rng.choice(LBL[kind][lang]) if kind in LBL else "", key=rng.choice(KEYS[kind]), ctx="")
    if kind == "password":
        d["val"] = password(rng)
    elif kind == "pin":
        p = pin(rng)
        r = rng.random()
        if r < .07 and len(p) == 6:
            p = p[:3] + " " + p[3:]
        elif r < .13:
            p = spell_digits(p, lang)
        d["val"] = p
    elif kind == "cvv":
        d["val"] = rs(rng, DIG, rng.choice([3, 3, 3, 4]))
    elif kind == "card_number":
        d["raw"] = card(rng)
        d["val"] = fmt_card(rng, d["raw"], multiline)
    elif kind == "iban":
        d["raw"] = iban(rng, rng.choice(["IT"] * 5 + [None]) if lang == "it" else None)
        d["val"] = fmt_iban(rng, d["raw"], multiline)
    elif kind == "client_secret":
        r = rng.random()
        if r < .15:
            blob, u, p = basic_blob(rng)
            d["val"] = blob
            d["lbl"] = rng.choice(["Authorization: Basic", "Basic", "credenziali Basic" if lang == "it" else "basic auth"])
        elif r < .25:
            u = client_id(rng)
            d["val"] = u + ":" + client_secret(rng)
            d["lbl"] = rng.choice(["user:pass", "credenziali API (id:secret)" if lang == "it" else "API credentials (id:secret)", "clientid:secret"])
        else:
            d["val"] = client_secret(rng)
            d["ctx"] = client_id(rng)
    elif kind == "access_token":
        if rng.random() < .2:
            n, v = session_cookie(rng)
            d["val"] = v
            d["lbl"] = n
            d["key"] = n
        else:
            d["val"] = access_token(rng)
    elif kind == "refresh_token":
        d["val"] = refresh_token(rng)
    elif kind == "vendor_key":
        v, le, li, which = vendor_key(rng)
        d["val"] = v
        d["lbl"] = li if lang == "it" else le
        d["which"] = which
    elif kind == "private_key":
        if rng.random() < .15:
            d["val"] = wg_key(rng)
            d["lbl"] = "PrivateKey (WireGuard)"
        else:
            d["val"] = pem(rng)
            d["lbl"] = rng.choice(["chiave privata", "private key", "file .key", "chiave del certificato"] if lang == "it" else ["private key", "key file", "the .pem", "server key"])
    elif kind == "bank_account":
        c = rng.choice(["it", "it", "it_bban", "gb", "de", "fr", "es"] if lang == "it" else ["gb", "gb", "gb_adj", "it", "de", "fr", "es"])
        if c == "it":
            a = it_account(rng)
            d["val"] = a["conto"]
            d["ctx"] = (f"ABI {a['abi']} CAB {a['cab']}", f"ABI {a['abi']}, CAB {a['cab']}, CIN {a['cin']}")[rng.random() < .4]
            d["lbl"] = rng.choice(["c/c", "conto n.", "numero conto", "conto"]) if lang == "it" else rng.choice(["account no.", "conto (account)", "account"])
        elif c == "it_bban":
            a = it_account(rng)
            d["val"] = rng.choice([a["bban"], f"{a['cin']} {a['abi']} {a['cab']} {a['conto']}"])
            d["lbl"] = rng.choice(["BBAN", "coordinate BBAN", "CIN ABI CAB conto"])
        elif c in ("gb", "gb_adj"):
            a = gb_account(rng)
            sc = f"{a['sort'][:2]}-{a['sort'][2:4]}-{a['sort'][4:]}"
            if c == "gb_adj" or rng.random() < .3:
                d["val"] = f"{sc} {a['acct']}"
                d["lbl"] = rng.choice(["sort code & account", "sort/acct", "bank details"])
            else:
                d["val"] = a["acct"]
                d["ctx"] = f"sort code {sc}"
                d["lbl"] = rng.choice(["account number", "acc no", "a/c"])
        elif c == "de":
            a = de_account(rng)
            d["val"] = a["kto"]
            d["ctx"] = f"BLZ {a['blz']}"
            d["lbl"] = rng.choice(["Kontonummer", "Konto-Nr.", "Kto."])
        elif c == "fr":
            a = fr_account(rng)
            d["val"] = rng.choice([f"{a['banque']} {a['guichet']} {a['compte']} {a['cle']}", a["bban"]])
            d["lbl"] = rng.choice(["RIB", "relevé d'identité bancaire", "RIB (banque guichet compte clé)"])
        else:
            a = es_account(rng)
            d["val"] = rng.choice([f"{a['entidad']} {a['oficina']} {a['dc']} {a['cuenta']}", f"{a['entidad']}-{a['oficina']}-{a['dc']}-{a['cuenta']}", a["bban"]])
            d["lbl"] = rng.choice(["CCC", "cuenta (CCC)", "código cuenta cliente"])
    return d


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456"}


def odd_label(rng, lbl):
    """Label with a zero-width space, Cyrillic look-alike letters, or fullwidth letters."""
    k = rng.randint(0, 2)
    if k == 0 and len(lbl) > 3:
        j = rng.randint(1, len(lbl) - 1)
        return lbl[:j] + "\u200b" + lbl[j:]
    if k == 1:
        return "".join(HOMO.get(ch, ch) if rng.random() < .5 else ch for ch in lbl)
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in lbl)


def phrase(rng, lang, s, form=None):
    """Writes one secret into a sentence-ish fragment."""
    lbl, v = s["lbl"], s["val"]
    if "\n" in v and v.startswith("-----"):
        intro = rng.choice([f"{lbl}:\n", f"{lbl} ->\n", (f"ecco la {lbl}\n" if lang == "it" else f"here is the {lbl}\n"), f"{lbl}\n\n"])
        return intro + v
    it = lang == "it"
    forms = [
        lambda: f"{lbl}: {v}",
        lambda: f"{lbl} {v}",
        lambda: f"{lbl} {'è' if it else 'is'} {v}",
        lambda: f"{v} ({lbl})",
        lambda: f"{v} → {lbl}" if it else f"{v} is the {lbl}",
        lambda: (f"{lbl} (quella che ha impostato {rng.choice(NAMES)} {rng.choice(['ieri', 'la settimana scorsa', 'a marzo', 'quando abbiamo aperto'])}) è {v}" if it
                 else f"{lbl} - the one {rng.choice(NAMES)} set up {rng.choice(['yesterday', 'last week', 'in March', 'when we opened'])} - is {v}"),
        lambda: (f"ho provato con {v} come {lbl} ma {rng.choice(['non va', 'dice errore', 'mi rimanda alla pagina di login', 'niente da fare'])}" if it
                 else f"I tried {v} as the {lbl} but {rng.choice(['no luck', 'it says error', 'it bounces me to login', 'nothing happens'])}"),
        lambda: f"{s['key']}={v}",
        lambda: f"{lbl} «{v}»" if it else f'{lbl} "{v}"',
        lambda: f"{lbl} 👉 {v}",
        lambda: f"{lbl}\u00a0:\u00a0{v}",
        lambda: f"{lbl}：{v}",
        lambda: (f"{lbl}, se ricordo bene, {rng.choice(['dovrebbe essere', 'era', 'è ancora'])} {v}" if it
                 else f"{lbl}, if I remember right, {rng.choice(['should be', 'was', 'is still'])} {v}"),
        lambda: (f"{v} <-- {lbl} {rng.choice(['nuova', 'vecchia', 'attuale', 'provvisoria'])}" if it else f"{v} <-- {rng.choice(['new', 'old', 'current', 'temporary'])} {lbl}"),
        lambda: f"{lbl.upper()} {v}",
        lambda: (f"{lbl} scritta sul post-it: {v}" if it else f"{lbl} from the sticky note: {v}"),
        lambda: f"{odd_label(rng, lbl)}: {v}",
        lambda: f"{odd_label(rng, lbl)} {v}",
        lambda: (f"{v}\n^ {'questa è' if it else 'that is the'} {lbl}"),
    ]
    if form is not None:
        return forms[form % len(forms)]()
    return rng.choice(forms)()


def ctx_phrase(rng, lang, s):
    """Context that must accompany a secret (ABI/CAB, sort code, client id...)."""
    if not s.get("ctx"):
        return ""
    if s["kind"] == "client_secret":
        return rng.choice([f"client id {s['ctx']}", f"client_id: {s['ctx']}", f"(id {s['ctx']})", f"ID app {s['ctx']}" if lang == "it" else f"app ID {s['ctx']}"])
    return s["ctx"]


def build(rng, kind, lang, multiline=False):
    """Primary secret plus natural companions; returns list of secret dicts."""
    S = [mk_secret(rng, kind, lang, multiline)]
    r = rng.random()
    if kind == "card_number" and r < .55:
        c = mk_secret(rng, "cvv", lang)
        c["val"] = cvv_for(S[0]["raw"], rng)
        S.append(c)
    elif kind == "cvv":
        c = mk_secret(rng, "card_number", lang)
        S[0]["val"] = cvv_for(c["raw"], rng)
        if rng.random() < .6:
            S.insert(0, c)
        else:  # cvv with masked card
            S[0]["ctx"] = "**** " + c["raw"][-4:]
    elif kind == "access_token" and r < .2:
        S.append(mk_secret(rng, "refresh_token", lang))
    elif kind == "refresh_token" and r < .3:
        S.insert(0, mk_secret(rng, "access_token", lang))
    elif kind == "iban" and r < .08:
        S.append(mk_secret(rng, "pin", lang))
    elif kind == "password" and r < .06:
        S.append(mk_secret(rng, "pin", lang))
    elif kind == "pin" and r < .08:
        S.append(mk_secret(rng, "password", lang))
    elif kind == "vendor_key" and S[0].get("which") == "aws_id" and r < .7:
        v, le, li, w = vendor_key(rng, "aws_secret")
        S.append(dict(kind="vendor_key", val=v, lbl=li if lang == "it" else le, key="aws_secret_access_key", ctx=""))
    return S
