#!/usr/bin/env python3
"""fresh16 -- "the desk's own traffic": labeled held-out corpus for the Sportello guard.
Standard library only, fixed seed, deterministic. Writes holdout16/fresh16.jsonl."""
import json, os, random, base64, string, uuid, re

SEED = 16_2026_16
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout16", "fresh16.jsonl")

A = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
def rs(n, alpha=A): return "".join(R.choice(alpha) for _ in range(n))
def pick(x): return R.choice(x)

# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        s += v
    return s % 10 == 0
def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c): return p + c
CARD_PREFIXES = [("4111", 16), ("4539", 16), ("4916", 16), ("4012", 16), ("5555", 16), ("5105", 16),
                 ("2223", 16), ("5425", 16), ("378282", 15), ("371449", 15), ("6011", 16), ("3530", 16), ("4000", 16)]
def card_digits():
    p, n = pick(CARD_PREFIXES)
    return luhn_complete(p + rs(n - len(p) - 1, string.digits))
def bad_card_digits():
    d = card_digits()
    last = int(d[-1]); d = d[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(d); return d
def fmt_card(d):
    st = R.random()
    if len(d) == 15: groups = [d[:4], d[4:10], d[10:]]
    else: groups = [d[i:i+4] for i in range(0, 16, 4)]
    if st < .35: return " ".join(groups)
    if st < .5: return "-".join(groups)
    if st < .65: return d
    if st < .75: return ".".join(groups)
    if st < .85: return "  ".join(groups)
    if st < .93: return " - ".join(groups)
    return "/".join(groups)

def mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97
def iban_of(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    ib = "%s%02d%s" % (cc, chk, bban)
    assert mod97(ib[4:] + ib[:4]) == 1
    return ib
def iban_valid(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit(): return False
    try: return mod97(s[4:] + s[:4]) == 1
    except ValueError: return False
ODD = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
def it_cin(abi, cab, conto):
    s = abi + cab + conto; t = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        t += ODD[k] if i % 2 == 0 else k
    return chr(65 + t % 26)
ABIS = [("03069", "Intesa Sanpaolo"), ("02008", "UniCredit"), ("05034", "Banco BPM"), ("03032", "Credem"),
        ("01030", "Monte dei Paschi"), ("05696", "Banca Popolare di Sondrio"), ("03111", "UBI"), ("06230", "Crédit Agricole Italia")]
def it_account():
    abi, bank = pick(ABIS); cab = rs(5, string.digits); conto = "0000" + rs(8, string.digits)
    if R.random() < .3: conto = rs(2, string.digits) + "0000" + rs(6, string.digits)
    return dict(abi=abi, bank=bank, cab=cab, conto=conto, cin=it_cin(abi, cab, conto))
def it_iban(a=None):
    a = a or it_account(); return iban_of("IT", a["cin"] + a["abi"] + a["cab"] + a["conto"]), a
def fr_key(b, g, c):
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))
def fr_account():
    b = pick(["30004", "30003", "20041", "10278", "30002", "11315"]); g = rs(5, string.digits); c = "000" + rs(8, string.digits)
    return dict(banque=b, guichet=g, compte=c, cle=fr_key(b, g, c))
def es_dc(ten):
    w = [1,2,4,8,5,10,9,7,3,6]; d = 11 - sum(int(x)*y for x, y in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)
def es_account():
    e = pick(["2100", "0049", "0182", "0081", "2038", "0128"]); o = rs(4, string.digits); c = rs(10, string.digits)
    dc = "%d%d" % (es_dc("00" + e + o), es_dc(c))
    return dict(entidad=e, oficina=o, dc=dc, cuenta=c)
def de_account():
    return dict(blz=pick(["37040044", "10070000", "50010517", "20050550", "70150000", "43060967"]), konto=R.choice(["00", "0", "", "01"]) + rs(8, string.digits))
def gb_account():
    return dict(bank=pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]), sort=rs(6, string.digits), acct=rs(8, string.digits))
def any_iban():
    cc = pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "BE"])
    if cc == "IT": return it_iban()[0]
    if cc == "DE": a = de_account(); return iban_of("DE", a["blz"] + a["konto"].rjust(10, "0"))
    if cc == "FR": a = fr_account(); return iban_of("FR", a["banque"] + a["guichet"] + a["compte"] + a["cle"])
    if cc == "ES": a = es_account(); return iban_of("ES", a["entidad"] + a["oficina"] + a["dc"] + a["cuenta"])
    if cc == "GB": a = gb_account(); return iban_of("GB", a["bank"] + a["sort"] + a["acct"])
    if cc == "NL": return iban_of("NL", pick(["ABNA", "INGB", "RABO"]) + rs(10, string.digits))
    return iban_of("BE", rs(12, string.digits))
def fmt_iban(ib):
    st = R.random()
    if st < .45: return " ".join(ib[i:i+4] for i in range(0, len(ib), 4))
    if st < .8: return ib
    if st < .9: return ib.lower() if R.random() < .3 else "-".join(ib[i:i+4] for i in range(0, len(ib), 4))
    return ib[:4] + " " + ib[4:]
def bad_iban():
    ib = any_iban(); c = int(ib[2:4]); n = (c + R.randint(1, 40)) % 97
    b = ib[:2] + "%02d" % n + ib[4:]
    if iban_valid(b): return bad_iban()
    return b

# ---------------------------------------------------------------- tokens
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt():
    h = b64u(json.dumps({"alg": pick(["RS256", "HS256", "ES256"]), "typ": "JWT", "kid": rs(8, HEX)}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": rs(10, string.digits), "aud": pick(["sportello-api", "payments", "acme-pay-prod"]),
                         "exp": 1790000000 + R.randint(0, 9999999), "scope": pick(["read write", "payments:read", "openid profile"])}, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(R.choice([43, 86]), A + "-_")
def access_token():
    r = R.random()
    if r < .45: return jwt()
    if r < .65: return pick(["spt_live_", "spt_", "at_", "sess_"]) + rs(R.randint(28, 40))
    if r < .85: return rs(R.randint(32, 48), A + "-_.")
    return rs(40, HEX)
def refresh_token():
    r = R.random()
    if r < .4: return "rt_" + rs(R.randint(40, 56))
    if r < .7: return rs(64, A + "-_")
    return "1//0" + rs(R.randint(60, 90), A + "-_")
def client_secret():
    r = R.random()
    if r < .5: return rs(R.choice([32, 40, 48]), A + "-_~.")
    if r < .75: return "cs_" + rs(36)
    return rs(8, HEX) + "-" + rs(4, HEX) + "-" + rs(4, HEX) + "-" + rs(4, HEX) + "-" + rs(12, HEX) + "." + rs(10)
def basic_blob(cid, sec): return base64.b64encode(("%s:%s" % (cid, sec)).encode()).decode()
def vendor_key():
    r = R.randint(0, 7)
    if r == 0: return "AKIA" + rs(16, string.ascii_uppercase + "234567")
    if r == 1: return "sk_" + pick(["test", "live"]) + "_" + rs(24)
    if r == 2: return "ghp_" + rs(36)
    if r == 3: return "xoxb-" + rs(11, string.digits) + "-" + rs(12, string.digits) + "-" + rs(24)
    if r == 4: return "AIza" + rs(35, A + "-_")
    if r == 5: return "SG." + rs(22, A + "-_") + "." + rs(43, A + "-_")
    if r == 6: return "glpat-" + rs(20, A + "-_")
    return "rk_live_" + rs(24)
WORDS_IT = ["Tramonto", "gatto", "Pizzica", "lampone", "Vesuvio", "girasole", "Bartali", "cipresso", "Nebbia", "tortellino", "Scirocco", "perché"]
WORDS_EN = ["Harbour", "maple", "Sparrow", "copper", "Lantern", "thistle", "Quokka", "river", "Biscuit", "winter"]
def password():
    r = R.random()
    w = pick(WORDS_IT + WORDS_EN)
    if r < .3: return w + pick(["_", "!", "@", "#", ".", ""]) + str(R.randint(1, 2026)) + pick(["!", "?", "$", "", "*"])
    if r < .5: return "-".join(pick(WORDS_IT + WORDS_EN).lower() for _ in range(3)) + str(R.randint(1, 99))
    if r < .75: return rs(R.randint(10, 16), A + "!@#$%&*?+=")
    if r < .85: return w[:1].upper() + w[1:] + "\"" + str(R.randint(10, 99)) + pick(["!", "\\", "%"])
    return pick(["Qu4ttr0", "S3gr3t0", "P4ssw0rd", "Zanzar4"]) + pick(["!!", "#1", "_ok", "2026", "$$"]) + rs(2, string.digits)
def pin(n=None): return rs(n or pick([4, 5, 6, 6, 6]), string.digits)
def pem():
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = "\n".join(rs(64, A + "+/") for _ in range(R.randint(4, 8))) + "\n" + rs(R.randint(20, 60), A + "+/") + "=="
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)

# ---------------------------------------------------------------- look-alikes
def uid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def sha(n=40): return rs(n, HEX)
def ticket(): return str(R.randint(10000, 99999))
def debug_id(): return pick(["dbg-", "DBG-", "debug_", "dbgid:"]) + rs(R.choice([12, 16, 20]), "0123456789ABCDEFGHJKMNPQRSTVWXYZ").lower()
def req_id(): return pick(["req_" + rs(24), uid(), "rq-" + sha(16)])
def pay_id(): return pick(["pay_" + rs(22), "PAY-" + str(R.randint(2025, 2026)) + "-" + rs(6, string.digits), "pi_" + rs(24)])
def task_id(): return pick(["task-" + rs(8, HEX), "tsk_" + rs(14), "T" + rs(7, string.digits)])
def client_id(): return pick(["acme-pay-prod", "lumen-shop-web", "banca-demo-sandbox", "oroscopo-app-ios", "pagopa-bridge-stg", "ferri-logistica", "north-wind-mobile"]) 
def trace_id(): return sha(32)
def phone(lang): return pick(["+39 02 %s %s" % (rs(4, string.digits), rs(4, string.digits)), "+39 3%s %s %s" % (rs(2, string.digits), rs(3, string.digits), rs(4, string.digits)), "06 %s %s" % (rs(4, string.digits), rs(4, string.digits))]) if lang == "it" else pick(["+44 20 %s %s" % (rs(4, string.digits), rs(4, string.digits)), "+1 (415) 555-%s" % rs(4, string.digits), "+353 1 %s %s" % (rs(3, string.digits), rs(4, string.digits))])
def amount(lang): return ("€ %d,%02d" if lang == "it" else pick(["EUR %d.%02d", "£%d.%02d", "$%d.%02d"])) % (R.randint(3, 4999), R.randint(0, 99))
def date(lang):
    d, m, h, mi = R.randint(1, 28), R.randint(1, 12), R.randint(7, 22), R.randint(0, 59)
    return "%02d/%02d/2026 %02d:%02d" % (d, m, h, mi) if lang == "it" else "2026-%02d-%02d %02d:%02d" % (m, d, h, mi)
def iso(): return "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
def masked_card(): d = card_digits(); return pick(["**** **** **** " + d[-4:], "•••• " + d[-4:], d[:4] + " 12** **** " + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:], d[:6] + "******" + d[-4:]])
def masked_iban(): ib = any_iban(); return pick([ib[:4] + " **** **** **** " + ib[-4:], ib[:2] + "** ... " + ib[-3:], ib[:6] + "X" * (len(ib) - 10) + ib[-4:]])
def bic(): return pick(["BCITITMM", "UNCRITMMXXX", "BPMOIT22", "DEUTDEFF", "BNPAFRPP", "CAIXESBB", "NWBKGB2L", "INGBNL2A"])
def placeholder(): return pick(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<INCOLLA QUI IL TOKEN>", "[token]", "$ACCESS_TOKEN", "****", "[REDACTED]", "[rimosso]", "<redacted>", "••••••••", "{{ticket.requester.custom_fields.api_key}}"])
def etag(): return 'W/"%s"' % sha(pick([16, 32]))
def msgid(): return "<%s@%s>" % (rs(24, A), pick(["mail.gmail.com", "eu-west-1.amazonses.com", "sportello.example", "EUR05.prod.outlook.com"]))
def websig(): return "sha256=" + sha(64)
PASS_BITS_IT = [
    lambda: "Il debug id che mi ha dato la pagina di errore è %s." % debug_id(),
    lambda: "Request id: %s (l'ho preso dall'header X-Request-Id)." % req_id(),
    lambda: "Il pagamento %s risulta ancora 'pending' da ieri." % pay_id(),
    lambda: "Il task %s è fermo in coda." % task_id(),
    lambda: "Usiamo il client id %s in produzione." % client_id(),
    lambda: "Trace id %s, se vi serve per i log." % trace_id(),
    lambda: "Abbiamo fatto il deploy del commit %s stamattina." % sha(pick([7, 40])),
    lambda: "La carta che termina con %s viene rifiutata." % masked_card(),
    lambda: "Per ovvi motivi non vi mando la password, ditemi voi come procedere.",
    lambda: "Nel log il token compare come %s, quindi è mascherato correttamente." % placeholder(),
    lambda: "Il numero %s che vi ho dato prima era sbagliato, l'ho ricopiato male: non passa neanche il controllo." % fmt_card(bad_card_digits()),
    lambda: "L'IBAN %s viene rifiutato dal vostro validatore, ma forse ho sbagliato io a trascriverlo." % fmt_iban(bad_iban()),
    lambda: "Il BIC è %s, il resto ve lo manda la banca." % bic(),
    lambda: "ABI %s, CAB %s: la filiale è quella di via Roma." % (pick(ABIS)[0], rs(5, string.digits)),
    lambda: "Potete richiamarmi al %s dopo le 14?" % phone("it"),
    lambda: "L'importo addebitato è %s invece di %s." % (amount("it"), amount("it")),
    lambda: "Il PIN non ve lo scrivo, lo so che non si fa :)",
    lambda: "L'ETag restituito è %s e non cambia mai." % etag(),
    lambda: "Ho messo %s al posto del segreto vero nello snippet qui sotto." % pick(["YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<client-secret>"]),
    lambda: "La variabile viene letta con os.environ[\"SPORTELLO_TOKEN\"], non è scritta nel codice.",
    lambda: "Ordine n. %s, fattura %s/2026." % (rs(8, string.digits), R.randint(100, 999)),
    lambda: "Il codice OTP arriva dopo più di 5 minuti, quindi scade prima che lo possiamo usare.",
    lambda: "IBAN mascherato come da vostra policy: %s." % masked_iban(),
    lambda: "Il token l'abbiamo già revocato, quindi quello nei log (%s...) non è più valido comunque." % rs(6),
    lambda: "Message-ID della vostra notifica: %s" % msgid(),
    lambda: "La firma del webhook che riceviamo è %s ma non corrisponde alla nostra HMAC." % websig(),
    lambda: "Il codice a 6 cifre dell'SMS non arriva sui numeri %s." % pick(["TIM", "Iliad", "esteri", "virtuali"]),
    lambda: "Nel file .env abbiamo CLIENT_SECRET=%s e lo sostituiamo in fase di deploy." % pick(["${CLIENT_SECRET}", "changeme", "<da-vault>", "xxxxx"]),
]
PASS_BITS_EN = [
    lambda: "The debug id shown on the error page is %s." % debug_id(),
    lambda: "Request id: %s (from the X-Request-Id header)." % req_id(),
    lambda: "Payment %s has been stuck in 'pending' since yesterday." % pay_id(),
    lambda: "Task %s never leaves the queue." % task_id(),
    lambda: "Our client id in prod is %s." % client_id(),
    lambda: "Trace id %s in case you need it." % trace_id(),
    lambda: "We deployed commit %s this morning." % sha(pick([7, 40])),
    lambda: "The card ending %s keeps getting declined." % masked_card(),
    lambda: "I'm not going to paste the password here, obviously - tell me how you want it.",
    lambda: "In our logs the token shows up as %s, so masking works." % placeholder(),
    lambda: "The number %s I gave you earlier was a typo, it doesn't even pass the check." % fmt_card(bad_card_digits()),
    lambda: "Your validator rejects IBAN %s, but maybe I copied it wrong." % fmt_iban(bad_iban()),
    lambda: "BIC is %s, the bank will send you the rest." % bic(),
    lambda: "Sort code only for now: %s-%s-%s, branch in Leeds." % (rs(2, string.digits), rs(2, string.digits), rs(2, string.digits)),
    lambda: "Feel free to call me on %s after 2pm." % phone("en"),
    lambda: "We were charged %s instead of %s." % (amount("en"), amount("en")),
    lambda: "Please never ask customers to send their PIN through this form.",
    lambda: "The ETag we get back is %s and it never changes." % etag(),
    lambda: "I replaced the real secret with %s in the snippet below." % pick(["YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "<client-secret>"]),
    lambda: "The secret is read via process.env.SPORTELLO_CLIENT_SECRET, nothing hardcoded.",
    lambda: "Order %s, invoice INV-%s." % (rs(8, string.digits), rs(5, string.digits)),
    lambda: "The OTP takes more than five minutes to arrive, so it expires before we can use it.",
    lambda: "Masked as per your policy: %s." % masked_iban(),
    lambda: "We already revoked that token, so the one in the logs (%s...) is dead anyway." % rs(6),
    lambda: "Message-ID of your notification: %s" % msgid(),
    lambda: "The webhook signature we receive is %s and it doesn't match our HMAC." % websig(),
    lambda: "The 6-digit SMS code never reaches %s numbers." % pick(["Vodafone UK", "Irish", "virtual", "roaming"]),
    lambda: "Our .env has CLIENT_SECRET=%s and it gets substituted at deploy time." % pick(["${CLIENT_SECRET}", "changeme", "<from-vault>", "xxxxx"]),
]
def pass_bit(lang): return pick(PASS_BITS_IT if lang == "it" else PASS_BITS_EN)()

# ---------------------------------------------------------------- secret sentences: return (text, [(kind, value)])
def wrap(v):
    if len(v) < 40 or "\n" in v: return v
    k = R.randint(20, len(v) - 10); return v[:k] + "\n" + v[k:]

def secret_bit(lang, kind=None, allow_wrap=True):
    kind = kind or pick(["access_token", "access_token", "client_secret", "refresh_token", "password", "password", "pin",
                         "card_number", "card_number", "iban", "iban", "bank_account", "bank_account", "vendor_key", "cvv", "private_key"])
    it = lang == "it"
    if kind == "access_token":
        v = access_token()
        if allow_wrap and R.random() < .15: v = wrap(v)
        t = pick(["Authorization: Bearer {v}", "il token che uso è questo {v}", "ecco il bearer (scade tra un'ora credo): {v}",
                  "access_token={v}", "il cookie di sessione sportello_sid vale {v}", "token d'accesso copiato dalla console -> {v}",
                  "vi giro il token così fate prima: {v}"] if it else
                 ["Authorization: Bearer {v}", "here's the token I'm using: {v}", "bearer (expires in an hour I think) {v}",
                  "access_token={v}", "session cookie sportello_sid is {v}", "token copied from the console -> {v}",
                  "sending you the token so you can check faster: {v}"])
    elif kind == "client_secret":
        if R.random() < .3:
            cid = client_id(); sec = client_secret(); v = basic_blob(cid, sec)
            t = pick(["l'header che mandiamo è Authorization: Basic {v}", "Basic {v} (client id + secret in base64)"] if it else
                     ["the header we send is Authorization: Basic {v}", "Basic {v} (client id and secret, base64)"])
        elif R.random() < .2:
            v = client_id() + ":" + client_secret()
            t = pick(["le credenziali in formato utente:password sono {v}", "curl -u {v} https://api.sportello.example/oauth/token"] if it else
                     ["credentials as user:pass are {v}", "curl -u {v} https://api.sportello.example/oauth/token"])
        else:
            v = client_secret()
            t = pick(["client_secret: {v}", "il client secret di produzione è {v}", "segreto del client (quello nuovo) {v}",
                      "abbiamo rigenerato il secret, adesso è {v} ma non cambia niente"] if it else
                     ["client_secret: {v}", "the prod client secret is {v}", "client secret (the new one) {v}",
                      "we regenerated the secret, it's now {v} and nothing changed"])
    elif kind == "refresh_token":
        v = refresh_token()
        if allow_wrap and R.random() < .15: v = wrap(v)
        t = pick(["refresh_token: {v}", "il refresh token salvato nel db è {v}", "questo è il refresh che viene rifiutato {v}"] if it else
                 ["refresh_token: {v}", "the refresh token stored in our db is {v}", "this is the refresh token that gets rejected {v}"])
    elif kind == "password":
        v = password()
        t = pick(["la password dell'utente di test è {v}", "pwd: {v}", "password = {v}", "ho provato con la password {v} ma niente",
                  "DATABASE_URL=postgres://sportello_app:{v}@db.interno:5432/desk", "utente admin, parola d'ordine {v}",
                  "le credenziali sono mario.rossi / {v}", "Passwort (così lo chiama il collega tedesco): {v}"] if it else
                 ["the test user's password is {v}", "pwd: {v}", "password = {v}", "I tried with password {v} but no luck",
                  "DATABASE_URL=postgres://sportello_app:{v}@db.internal:5432/desk", "admin user, passphrase {v}",
                  "creds are jane.doe / {v}", "mot de passe (as our Lyon office calls it): {v}"])
    elif kind == "pin":
        v = pin()
        t = pick(["il codice OTP che mi è arrivato è {v}", "PIN {v}", "codice SMS {v}, scade tra 5 minuti", "il mio pin è {v} se serve",
                  "codice di autorizzazione SCA: {v}"] if it else
                 ["the OTP I got is {v}", "PIN {v}", "SMS code {v}, it expires in 5 minutes", "my pin is {v} if you need it",
                  "SCA authorisation code: {v}"])
    elif kind == "card_number":
        v = fmt_card(card_digits())
        t = pick(["numero carta {v}", "la carta è la {v}", "ho pagato con {v}", "carta di credito: {v} scad. 09/28"] if it else
                 ["card number {v}", "the card is {v}", "I paid with {v}", "credit card: {v} exp 09/28"])
    elif kind == "cvv":
        d = card_digits(); c = fmt_card(d); v2 = pin(4 if len(d) == 15 else 3)
        t = pick(["carta {c}, CVV {v2}", "numero {c} codice di sicurezza {v2}", "pan {c} / cvc {v2}"] if it else
                 ["card {c}, CVV {v2}", "number {c} security code {v2}", "pan {c} / cvc {v2}"])
        return t.format(c=c, v2=v2), [("card_number", c), ("cvv", v2)]
    elif kind == "iban":
        v = fmt_iban(any_iban())
        t = pick(["IBAN {v}", "il mio iban è {v}", "accredito su {v} per favore", "iban:{v}"] if it else
                 ["IBAN {v}", "my iban is {v}", "please refund to {v}", "iban:{v}"])
    elif kind == "bank_account":
        return bank_bit(lang)
    elif kind == "vendor_key":
        v = vendor_key()
        t = pick(["la chiave del fornitore che usiamo è {v}", "nel .env c'è {v}", "chiave: {v}"] if it else
                 ["the vendor key we use is {v}", "our .env has {v}", "key: {v}"])
    elif kind == "private_key":
        v = pem()
        if not allow_wrap: kind = "vendor_key"; return secret_bit(lang, "vendor_key", allow_wrap)
        t = pick(["la chiave privata del certificato client è questa:\n{v}", "ecco il file .pem:\n{v}"] if it else
                 ["this is the private key of the client certificate:\n{v}", "here's the .pem:\n{v}"])
    return t.format(v=v), [(kind, v)]

def bank_bit(lang):
    it = lang == "it"; r = R.randint(0, 5)
    if r == 0:
        a = it_account()
        t = pick(["conto corrente n. {c} presso {b}, ABI {abi} CAB {cab}", "ABI {abi} - CAB {cab} - c/c {c}",
                  "il mio conto è il {c} (ABI {abi}, CAB {cab})"] if it else
                 ["account no. {c} at {b}, ABI {abi} CAB {cab}", "ABI {abi} / CAB {cab} / account {c}"])
        return t.format(c=a["conto"], b=a["bank"], abi=a["abi"], cab=a["cab"]), [("bank_account", a["conto"])]
    if r == 1:
        a = it_account(); v = pick(["%s%s%s%s", "%s %s %s %s", "%s-%s-%s-%s"]) % (a["cin"], a["abi"], a["cab"], a["conto"])
        t = pick(["BBAN {v}", "le coordinate bancarie (BBAN con CIN) sono {v}", "coordinate: {v}"] if it else
                 ["BBAN {v}", "bank details (BBAN with CIN) {v}"])
        return t.format(v=v), [("bank_account", v)]
    if r == 2:
        a = de_account()
        t = pick(["BLZ {blz}, Kontonummer {k}", "Bankleitzahl {blz} Konto {k}", "conto tedesco: BLZ {blz} Kto. {k}" if it else "German account: BLZ {blz} Kto-Nr. {k}"])
        return t.format(blz=a["blz"], k=a["konto"]), [("bank_account", a["konto"])]
    if r == 3:
        a = fr_account(); v = pick(["%s %s %s %s", "%s%s%s%s", "%s-%s-%s-%s"]) % (a["banque"], a["guichet"], a["compte"], a["cle"])
        t = pick(["RIB {v}", "relevé d'identité bancaire: {v}", "il RIB del cliente francese è {v}" if it else "the French customer's RIB is {v}"])
        return t.format(v=v), [("bank_account", v)]
    if r == 4:
        a = es_account(); v = pick(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (a["entidad"], a["oficina"], a["dc"], a["cuenta"])
        t = pick(["CCC {v}", "número de cuenta {v}", "il conto spagnolo (CCC) è {v}" if it else "the Spanish account (CCC) is {v}"])
        return t.format(v=v), [("bank_account", v)]
    a = gb_account(); sc = "%s-%s-%s" % (a["sort"][:2], a["sort"][2:4], a["sort"][4:])
    if R.random() < .5:
        v = sc + " " + a["acct"]
        t = pick(["sort code e conto: {v}", "UK: {v}"] if it else ["sort code / account: {v}", "my details are {v}"])
        return t.format(v=v), [("bank_account", v)]
    t = pick(["sort code {sc}, account number {a}", "Sort code: {sc}\nAccount: {a}"] if not it else ["sort code {sc}, numero conto {a}"])
    return t.format(sc=sc, a=a["acct"]), [("bank_account", a["acct"])]

# ---------------------------------------------------------------- prose banks
NAMES_IT = ["Giulia Ferri", "Marco Bellini", "Chiara Esposito", "Luca Marchetti", "Francesca Gallo", "Davide Greco", "Sara Colombo", "Paolo Rinaldi", "Elena Conti", "Matteo Barbieri"]
NAMES_EN = ["Hannah Price", "Tom Whitaker", "Priya Nair", "Owen Gallagher", "Megan Ross", "Daniel Okafor", "Sophie Turner", "Liam Byrne", "Aisha Khan", "Ben Carter"]
AGENTS = ["Valentina (Sportello)", "Nicola - Sportello L2", "Irene · Supporto", "Alex from Sportello", "Sam (Sportello support)", "Federico, Sportello Dev Support"]
COMPANIES = ["Lumen Shop srl", "Ferri Logistica", "Oroscopo Digitale", "Banca Demo", "NorthWind Mobile Ltd", "Acme Pay", "Pagamenti Facili SpA", "Kestrel Apps"]
ISSUE_IT = ["Da stamattina le chiamate a /v2/payments rispondono 401 anche con credenziali appena rigenerate.",
            "Il webhook di conferma pagamento non arriva più dal deploy di ieri sera.",
            "Il login SSO va in loop: torna sempre alla pagina di accesso.",
            "Gli addebiti ricorrenti falliscono con 'invalid_grant' una volta al giorno.",
            "Non riusciamo a rinnovare il token: il refresh risponde 400.",
            "Un nostro cliente finale dice che il bonifico è partito due volte.",
            "La sandbox funziona, la produzione no, stessa configurazione.",
            "L'app iOS si blocca sulla schermata di conferma dell'OTP.",
            "I rimborsi parziali restano in stato 'processing' per giorni.",
            "L'export CSV delle transazioni arriva vuoto."]
ISSUE_EN = ["Since this morning calls to /v2/payments return 401 even with freshly rotated credentials.",
            "The payment confirmation webhook stopped arriving after last night's deploy.",
            "SSO login loops back to the sign-in page every time.",
            "Recurring charges fail with 'invalid_grant' about once a day.",
            "We can't refresh the token: the refresh endpoint answers 400.",
            "One of our end customers says their transfer went out twice.",
            "Sandbox works, production doesn't, same config.",
            "The iOS app hangs on the OTP confirmation screen.",
            "Partial refunds sit in 'processing' for days.",
            "The transactions CSV export comes back empty."]
def issue(lang): return pick(ISSUE_IT if lang == "it" else ISSUE_EN)
def subj(lang, n=55):
    t = issue(lang).rstrip(".")
    if len(t) <= n: return t
    return t[:t.rfind(" ", 0, n)].rstrip(" ,:") + pick(["...", "…", ""])
def name(lang): return pick(NAMES_IT if lang == "it" else NAMES_EN)
def sig(lang, n=None):
    n = n or name(lang); c = pick(COMPANIES)
    s = pick(["--\n%s\n%s\n%s" % (n, c, phone(lang)), "%s | %s" % (n, c), "Cordiali saluti,\n%s" % n if lang == "it" else "Best,\n%s" % n,
              "%s\n%s · %s" % (n, pick(["CTO", "Backend lead", "Head of Payments"] + (["Sviluppatore", "Responsabile IT"] if lang == "it" else ["Developer", "Engineering Manager"])), c)])
    r = R.random()
    if r < .25: s += "\n\n" + ("Inviato da iPhone" if lang == "it" else "Sent from my iPhone")
    elif r < .35: s += "\n\n" + pick(["Inviato dal mio Galaxy", "Sent from Outlook for Android", "Get Outlook for iOS"])
    if R.random() < .25:
        s += "\n\n" + pick(["Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Se lo avete ricevuto per errore, cancellatelo e avvisate il mittente.",
                            "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you are not the intended recipient, please delete it and notify the sender.",
                            "Pensa all'ambiente prima di stampare questa mail." if lang == "it" or R.random() < .2 else "Please consider the environment before printing this e-mail."])
    return s
def quote(text, depth=1): return "\n".join(("> " * depth + l).rstrip() if l else ">" * depth for l in text.split("\n"))
def auto_footer(lang):
    return pick(["[Questo messaggio è stato tradotto automaticamente dall'inglese. Mostra originale]", "---\nTraduzione automatica fornita da Sportello Translate"] if lang == "it" else
                ["[This message was automatically translated from Italian. Show original]", "---\nMachine translation by Sportello Translate"])
def wrote(lang, who):
    return pick(["Il giorno %s %s ha scritto:" % (date("it"), who), "Il %s, %s <%s> ha scritto:" % (date("it"), who, "supporto@sportello.example")]) if lang == "it" else \
           pick(["On %s, %s wrote:" % (date("en"), who), "On %s %s <support@sportello.example> wrote:" % (date("en"), who)])

def content(lang, sec, allow_wrap=True, n_pass=None):
    """A customer body: issue + look-alikes, plus secret bit(s) when sec."""
    parts = [issue(lang)]; secrets = []
    for _ in range(n_pass if n_pass is not None else R.randint(1, 2)): parts.append(pass_bit(lang))
    if sec:
        t, s = secret_bit(lang, allow_wrap=allow_wrap); secrets += s
        parts.insert(R.randint(1, len(parts)), t[0].upper() + t[1:] + pick([".", "", " .", " -- grazie" if lang == "it" else " -- thanks"]))
    R.shuffle(parts[1:]) if False else None
    return "\n".join(parts) if R.random() < .5 else " ".join(parts), secrets

# ---------------------------------------------------------------- styles
def st_email_reply(lang, sec):
    it = lang == "it"; cust = name(lang); ag = pick(AGENTS); tk = ticket()
    depth = R.randint(1, 3) if sec else 0
    body, secrets = content(lang, sec, allow_wrap=(depth == 0))
    agent_msg = pick(["Ciao %s,\ngrazie per la segnalazione. Per procedere ci servono il request id e l'orario esatto della chiamata. Ti ricordiamo di non inviare mai token o password in questo canale." % cust.split()[0],
                      "Buongiorno,\nabbiamo aperto il ticket #%s. Puoi indicarci il client id e il debug id mostrato nella pagina di errore?" % tk] if it else
                     ["Hi %s,\nthanks for reaching out. To move forward we need the request id and the exact time of the call. Please never send tokens or passwords through this channel." % cust.split()[0],
                      "Hello,\nwe've opened ticket #%s. Could you share your client id and the debug id shown on the error page?" % tk])
    older = pick(["Salve, %s" % issue(lang), "Ciao, %s Grazie." % issue(lang)] if it else ["Hi, %s" % issue(lang), "Hello team, %s Thanks." % issue(lang)])
    top = pick(["Ecco qui sotto, scusate il ritardo.", "Vedi sotto.", "Rispondo in linea.", "Ok, ecco le info richieste:"] if it else
               ["See below, sorry for the delay.", "Answers inline.", "Here you go:", "OK, details below."])
    hist = [(agent_msg, "Sportello"), (older, cust)]
    if depth == 0:
        top = top + "\n\n" + body
    else:
        hist.insert(min(depth - 1, len(hist)), (body, cust))
    txt = ("Re: [Sportello #%s] " % tk if R.random() < .4 else "") + ("\n" if R.random() < .4 else "")
    txt = txt.strip() + ("\n\n" if txt.strip() else "") + top + "\n\n" + sig(lang, cust)
    if R.random() < .2: txt += "\n\n" + auto_footer(lang)
    for i, (h, who) in enumerate(hist[:max(depth, 1) + (1 if R.random() < .5 else 0)]):
        txt += "\n\n" + quote(wrote(lang, who) + "\n" + h, i + 1)
    if R.random() < .3: txt += "\n\n" + ("Message-ID: %s" % msgid())
    return txt, secrets

def st_edit(lang, sec):
    it = lang == "it"
    first, s1 = content(lang, False)
    red = pick(["[REDACTED]", "***", "[rimosso dal sistema]" if it else "[removed by system]", "████████", "<hidden>"])
    if sec:
        t, s = secret_bit(lang, allow_wrap=True)
        intro = pick(["EDIT: il sistema ha oscurato il valore, lo riscrivo:", "correzione: nel messaggio sopra è uscito %s, il valore giusto è:" % red,
                      "Aggiornamento - dimenticavo:", "EDIT 2: scusate, avevo incollato quello vecchio."] if it else
                     ["EDIT: the system hid the value, here it is again:", "correction: above it shows %s, the actual value is:" % red,
                      "Update - forgot this:", "EDIT 2: sorry, pasted the old one."])
        txt = first + "\n" + pick(["(valore: %s)" % red if it else "(value: %s)" % red, ""]) + "\n\n" + intro + "\n" + t
        return txt.replace("\n\n\n", "\n\n"), s
    intro = pick(["EDIT: ho tolto il token che avevo incollato per sbaglio, l'ho già ruotato.", "correzione: il numero di ticket giusto è #%s, non #%s." % (ticket(), ticket()),
                  "EDIT: %s" % pass_bit(lang), "Aggiornamento: il problema si presenta anche in sandbox."] if it else
                 ["EDIT: removed the token I pasted by mistake, already rotated it.", "correction: the right ticket is #%s, not #%s." % (ticket(), ticket()),
                  "EDIT: %s" % pass_bit(lang), "Update: it also happens in sandbox."])
    txt = first + ("\n(token: %s)" % red if R.random() < .4 else "") + "\n\n" + intro
    return txt, []

def st_agent_note(lang, sec):
    it = lang == "it"; ag = pick(AGENTS); tk = ticket()
    body, secrets = content(lang, sec, allow_wrap=False)
    r = R.random()
    if r < .4:
        head = pick(["Nota interna (non visibile al cliente) - %s" % ag, "[INTERNO] %s:" % ag] if it else ["Internal note (not visible to requester) - %s" % ag, "[INTERNAL] %s:" % ag])
        mid = pick(["Il cliente scrive testualmente:", "Riporto quanto scritto dal cliente:", "Copio dal suo messaggio:"] if it else ["Customer wrote, verbatim:", "Quoting the requester:", "Copying from their message:"])
        tail = pick(["Passo a L2. Da ruotare le credenziali se confermato.", "Chiedere conferma orario e request id.", "Taggato come 'pagamenti'."] if it else
                    ["Escalating to L2. Rotate credentials if confirmed.", "Ask for time and request id.", "Tagged 'payments'."])
        txt = "%s\n%s\n\"%s\"\n%s" % (head, mid, body, tail)
    elif r < .7:
        mname = pick(["Richiesta dettagli tecnici", "Credenziali nel ticket", "Chiusura per inattività"] if it else ["Ask for technical details", "Credentials in ticket", "Close - no response"])
        macro = pick(["Ciao {{ticket.requester.first_name}},\nper analizzare il ticket #{{ticket.id}} ci servono request id e debug id. Non inviare mai {{token}} o password.",
                      "Gentile {{ticket.requester.name}}, abbiamo rimosso dal ticket un valore sensibile ([REDACTED]). Ti consigliamo di ruotarlo."] if it else
                     ["Hi {{ticket.requester.first_name}},\nto look into ticket #{{ticket.id}} we need the request id and debug id. Never send {{token}} or passwords.",
                      "Dear {{ticket.requester.name}}, we removed a sensitive value ([REDACTED]) from this ticket. We recommend rotating it."])
        txt = "Macro applicata: %s\n---\n%s\n---\n%s\n%s" % (mname, macro, "Messaggio originale:" if it else "Original message:", quote(body))
    else:
        txt = "%s %s\n%s\n%s" % (date(lang), ag, pick(["Chiamata con il cliente. Note:", "Appunti dalla call:"] if it else ["Call with customer. Notes:", "Call notes:"]),
                                  "\n".join("- " + l for l in body.replace(". ", ".\n").split("\n") if l.strip()))
        secrets = [s for s in secrets]
    return txt, secrets

def st_merge(lang, sec):
    it = lang == "it"; a, b = ticket(), ticket()
    b1, s1 = content(lang, sec and R.random() < .5, allow_wrap=False)
    b2, s2 = content(lang, sec and not s1, allow_wrap=False)
    h = pick(["Ticket #{b} unito a questo ticket (#{a}).", "Questa richiesta è stata unita da #{b}.", "Unito da #{b}"] if it else
             ["Ticket #{b} merged into this ticket (#{a}).", "This request was merged from #{b}.", "merged from #{b}"]).format(a=a, b=b)
    txt = "%s\n\n%s\n%s\n\n--- %s #%s ---\n%s\n%s" % (h, "Richiesta #%s (%s):" % (a, date(lang)) if it else "Request #%s (%s):" % (a, date(lang)), b1,
                                                     "ticket originale" if it else "original ticket", b, "Oggetto: " + subj("it", 45) if it else "Subject: " + subj("en", 45), b2)
    if R.random() < .4: txt += "\n\n" + ("Ticket #%s chiuso come duplicato." % b if it else "Ticket #%s closed as duplicate." % b)
    return txt, s1 + s2

def st_csat(lang, sec):
    it = lang == "it"; sid = pick(["srv-", "survey_", "CSAT-"]) + rs(10, HEX); score = R.randint(1, 5)
    if sec:
        t, s = secret_bit(lang, pick(["password", "pin", "access_token", "card_number", "iban", "client_secret"]), allow_wrap=False)
        com = pick(["Risolto ma lentissimi. Tra l'altro mi avevate chiesto questo, eccolo: {t}", "Nessuno mi ha risposto. Riprovo qui: {t}", "Voto basso, l'ho dovuto ripetere tre volte. {t}", "{t} -- spero che così mi rispondiate"] if it else
                   ["Solved but slow. By the way you asked for this, here it is: {t}", "Nobody answered. Trying here: {t}", "Low score, had to repeat it three times. {t}", "{t} -- hope you'll answer now"]).format(t=t)
    else:
        s = []
        com = pick(["Gentilissimi, risolto in 10 minuti!", "Mi hanno chiesto la password, spero fosse un errore: non l'ho data.", "Voto %d perché il ticket #%s è rimasto aperto una settimana." % (score, ticket()),
                    "Tutto ok. " + pass_bit(lang), "Non ho capito perché mi chiedete il PIN nel modulo.", "L'operatore mi ha spiegato come ruotare il client secret senza downtime, top.",
                    "Risposta arrivata dopo 3 giorni. Il debug id %s l'avevo dato subito." % debug_id(), "5 stelle, ma il modulo dovrebbe mascherare il campo 'token' come fa con la password.",
                    "Troppo lenti sul ticket #%s, abbiamo perso %s di incassi." % (ticket(), amount("it"))] if it else
                   ["Lovely people, fixed in 10 minutes!", "Someone asked for my password, hope that was a mistake: I didn't give it.", "Score %d because ticket #%s stayed open a week." % (score, ticket()),
                    "All good. " + pass_bit(lang), "Why does the form ask for my PIN?", "The agent walked me through rotating the client secret with zero downtime, great.",
                    "Took 3 days. I had given the debug id %s right away." % debug_id(), "5 stars, but the form should mask the 'token' field the way it masks passwords.",
                    "Too slow on ticket #%s, we lost %s in sales." % (ticket(), amount("en"))])
    if R.random() < .5:
        txt = ("Sondaggio di soddisfazione\nID sondaggio: %s\nTicket: #%s\nPunteggio: %d/5\nCommento: %s" if it else "Satisfaction survey\nSurvey id: %s\nTicket: #%s\nScore: %d/5\nComment: %s") % (sid, ticket(), score, com)
    else:
        rows = []
        me = 'ID,ticket_id,score,submitted_at,comment\n' if R.random() < .7 else 'survey_id;ticket;csat;data;commento\n'
        sep = "," if me.startswith("ID") else ";"
        for _ in range(R.randint(1, 3)):
            rows.append(sep.join([rs(10, HEX), ticket(), str(R.randint(1, 5)), iso(), '"%s"' % pick(["ok", "bene" if it else "good", "lento" if it else "slow", ""])]))
        c2 = com.replace('"', '""')
        mine = sep.join([sid, ticket(), str(score), iso(), '"%s"' % c2])
        rows.insert(R.randint(0, len(rows)), mine)
        txt = ("Export CSAT settimana %d:\n" % R.randint(1, 52) if it else "CSAT export week %d:\n" % R.randint(1, 52)) + me + "\n".join(rows)
        s = [(k, v.replace('"', '""')) for k, v in s]
    return txt, s

def jesc(v, ea): return json.dumps(v, ensure_ascii=ea)[1:-1]
def jembed(secrets, ea): return [(k, jesc(v, ea)) for k, v in secrets]

def st_webform(lang, sec):
    it = lang == "it"
    L = (["Oggetto", "Descrizione", "Dispositivo", "Browser", "Passi per riprodurre", "Messaggio di errore", "Client ID", "Request ID", "ID pagamento", "ID task", "Data e ora", "Email", "Telefono", "Note"] if it else
         ["Subject", "Description", "Device", "Browser", "Steps to reproduce", "Error message", "Client ID", "Request IDs", "Payment ID", "Task ID", "Timestamp", "Email", "Phone", "Notes"])
    F = {0: subj(lang) , 1: issue(lang) + " " + pass_bit(lang), 2: pick(["iPhone 14, iOS 18.1", "Pixel 8", "MacBook Air M2", "Windows 11 desktop", "Samsung A54"]),
         3: pick(["Chrome 131", "Safari 18", "Firefox 133", "Edge 131", "app nativa" if it else "native app"]),
         4: pick(["1. login\n2. pagamento\n3. errore", "1) apro checkout 2) inserisco OTP 3) schermata bianca"] if it else ["1. log in\n2. pay\n3. error", "1) open checkout 2) enter OTP 3) blank screen"]),
         5: pick(["401 invalid_token", "HTTP 500 - internal error (debug id %s)" % debug_id(), "invalid_grant: refresh token expired", "timeout after 30s"]),
         6: client_id(), 7: ", ".join(req_id() for _ in range(R.randint(1, 3))), 8: pay_id(), 9: task_id(), 10: iso(),
         11: name(lang).lower().replace(" ", ".") + "@" + pick(["lumenshop.it", "kestrel.io", "example.com"]), 12: phone(lang), 13: pick(["", "-", "n/a", pass_bit(lang)])}
    secrets = []
    if sec:
        mode = R.randint(0, 4)
        if mode == 0:   # secret in a field not meant for it
            t, secrets = secret_bit(lang, pick(["client_secret", "access_token", "password", "vendor_key"]), allow_wrap=False)
            fld = pick([6, 13, 5]); v = secrets[0][1]
            F[fld] = v if fld == 6 else (F[fld] + " " + t if fld == 5 else t)
        elif mode == 1:  # card split across fields
            d = card_digits(); c = fmt_card(d); cv = pin(4 if len(d) == 15 else 3)
            F[13] = (("Carta: %s\nScadenza: 1%d/2%d\nCVV: %s" if it else "Card: %s\nExpiry: 1%d/2%d\nCVV: %s") % (c, R.randint(0, 2), R.randint(7, 9), cv))
            secrets = [("card_number", c), ("cvv", cv)]
        elif mode == 2:
            t, secrets = secret_bit(lang, pick(["iban", "bank_account", "pin"]), allow_wrap=False); F[1] = F[1] + "\n" + t
        elif mode == 3:
            t, secrets = secret_bit(lang, pick(["access_token", "refresh_token", "private_key", "password"]), allow_wrap=True)
            F[4] = F[4] + "\n" + pick(["curl -H 'Authorization: Bearer %s' ..." if secrets[0][0] == "access_token" and "\n" not in secrets[0][1] else t, t])
            if "Bearer" in F[4] and secrets[0][1] not in F[4]: F[4] += "\n" + t
        else:
            t, secrets = secret_bit(lang, allow_wrap=False); F[7] = F[7] + " / " + t
    keys = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    if R.random() < .5: keys = [k for k in keys if k in (0, 1, 4, 5, 6, 7, 13) or R.random() < .6]
    form = pick(["Nuova richiesta dal modulo web" if it else "New web form submission", "Form: Supporto sviluppatori" if it else "Form: Developer support", "[web form]"])
    sep = pick([": ", ":\n", " = ", ":\t"])
    txt = form + "\n\n" + "\n".join("%s%s%s" % (L[k], sep, F[k]) for k in keys)
    return txt, secrets

def st_webhook(lang, sec):
    it = lang == "it"
    body, secrets = content(lang, sec, allow_wrap=True)
    ea = R.random() < .4
    ev = {"event": pick(["ticket.created", "ticket.comment_added", "ticket.updated", "comment.created"]), "delivery_id": uid(), "created_at": iso(),
          "ticket": {"id": int(ticket()), "subject": subj(lang, 60), "status": pick(["new", "open", "pending"]), "requester": {"name": name(lang), "locale": "it-IT" if it else "en-GB"},
                     "tags": pick([["api", "401"], ["pagamenti"] if it else ["payments"], []])}}
    if R.random() < .5: ev["comment"] = {"id": R.randint(10**9, 10**10), "public": True, "body": body, "author_id": R.randint(10**6, 10**7)}
    else: ev["ticket"]["description"] = body
    if R.random() < .5: ev["meta"] = {"attempt": R.randint(1, 5), "signature": websig(), "integration": pick(["sportello-slack-bridge", "jira-sync", "crm-hook"])}
    js = json.dumps(ev, ensure_ascii=ea, indent=pick([None, 2]))
    hdr = ""
    if R.random() < .5:
        hdr = "POST /hooks/sportello HTTP/1.1\nX-Sportello-Delivery: %s\nX-Sportello-Signature: %s\nContent-Type: application/json\n\n" % (uid(), websig())
    pre = pick(["", "Il nostro endpoint ha ricevuto questo evento due volte:\n" if it else "Our endpoint received this event twice:\n", "payload che fallisce la verifica firma:\n" if it else "payload failing signature verification:\n"])
    return pre + hdr + js, jembed(secrets, ea)

def st_chat(lang, sec):
    it = lang == "it"; vis = pick(["Visitatore", "Visitor"]) if not it else "Visitatore"; ag = re.split(r"[^\w]+", pick(AGENTS))[0]
    t0 = R.randint(8, 20); m = R.randint(0, 40)
    def ts(): nonlocal m; m += R.randint(0, 2); return "[%02d:%02d]" % (t0, m % 60)
    lines = ["%s %s" % (ts(), pick(["*** Chat avviata dalla pagina /docs/oauth ***", "Sistema: il visitatore è in coda (posizione 2)"] if it else ["*** Chat started from /docs/oauth ***", "System: visitor is in queue (position 2)"]))]
    lines.append("%s %s: %s" % (ts(), vis if it else "Visitor", issue(lang)))
    lines.append("%s %s" % (ts(), ("L'operatore %s è ora in chat" % ag) if it else ("Agent %s joined" % ag)))
    lines.append("%s %s: %s" % (ts(), ag, pick(["Ciao! Mi dai il request id?", "Ciao, per favore non incollare token o password qui. Hai un debug id?"] if it else ["Hi! Can you give me the request id?", "Hi, please don't paste tokens or passwords here. Do you have a debug id?"])))
    lines.append("%s %s: %s" % (ts(), vis if it else "Visitor", pass_bit(lang)))
    secrets = []
    if sec:
        t, secrets = secret_bit(lang, allow_wrap=False)
        if R.random() < .3: lines.append("%s %s" % (ts(), "Il visitatore ha caricato un file: screenshot.png" if it else "Visitor uploaded a file: screenshot.png"))
        lines.append("%s %s: %s" % (ts(), vis if it else "Visitor", pick(["ok ecco, %s", "%s", "aspetta... %s", "non so se serve ma %s"] if it else ["ok here, %s", "%s", "wait... %s", "not sure it helps but %s"]) % t))
        if R.random() < .5: lines.append("%s %s: %s" % (ts(), ag, "Grazie, però ti consiglio di ruotarlo subito: questa chat viene salvata." if it else "Thanks, but please rotate it now: this chat is stored."))
    else:
        if R.random() < .4: lines.append("%s %s" % (ts(), "Il visitatore ha caricato un file: log_%s.txt" % rs(6, string.digits) if it else "Visitor uploaded a file: har_%s.har" % rs(6, string.digits)))
        lines.append("%s %s: %s" % (ts(), vis if it else "Visitor", pass_bit(lang)))
    lines.append("%s %s" % (ts(), pick(["%s ha lasciato la chat" % ag, "Chat terminata dal visitatore", "Trascrizione inviata a %s" % name(lang).split()[0].lower() + "@example.com"] if it else
                                       ["Agent %s left" % ag, "Chat ended by visitor", "Transcript emailed to visitor"])))
    if R.random() < .4: lines.append(("Valutazione: %d/5" if it else "Rating: %d/5") % R.randint(1, 5))
    return "\n".join(lines), secrets

def st_zendesk(lang, sec):
    it = lang == "it"; ea = R.random() < .35
    b1, s1 = content(lang, sec and R.random() < .5, allow_wrap=True)
    b2, s2 = content(lang, sec and not s1, allow_wrap=True, n_pass=1)
    tid = int(ticket())
    obj = {"id": tid, "url": "https://sportello.zendesk.example/api/v2/tickets/%d.json" % tid, "created_at": iso(), "subject": subj(lang, 70),
           "via": {"channel": pick(["email", "web", "api", "chat"]), "source": {"from": {"address": name(lang).split()[0].lower() + "@example.com"}, "rel": None}},
           "status": pick(["solved", "closed", "pending"]), "priority": pick(["normal", "high", "urgent", None]),
           "custom_fields": [{"id": 360000000000 + R.randint(1, 99999), "value": client_id()}, {"id": 360000000000 + R.randint(1, 99999), "value": pick(["api", "sso", "pagamenti", None])},
                             {"id": 360000000000 + R.randint(1, 99999), "value": debug_id()}],
           "comments": [{"id": R.randint(10**10, 10**11), "author_id": R.randint(10**6, 10**7), "public": True, "body": b1, "created_at": iso()},
                        {"id": R.randint(10**10, 10**11), "author_id": R.randint(10**6, 10**7), "public": False, "body": pick(["Nota: chiesto request id." if it else "Note: asked for request id.", "Macro: Credenziali nel ticket" if it else "Macro: Credentials in ticket"]), "created_at": iso()},
                        {"id": R.randint(10**10, 10**11), "author_id": R.randint(10**6, 10**7), "public": True, "body": b2, "created_at": iso()}],
           "satisfaction_rating": {"score": pick(["good", "bad", "offered"]), "comment": pick(["", "ok", "lenti" if it else "slow"])}}
    js = json.dumps(obj, ensure_ascii=ea, indent=pick([None, 2, 1]))
    pre = pick(["", "Dall'export dei ticket vecchi (2024):\n" if it else "From the old tickets export (2024):\n", "tickets.json, record %d:\n" % R.randint(1, 900)])
    return pre + js, jembed(s1 + s2, ea)

def st_escalation(lang, sec):
    it = lang == "it"; tk = ticket(); lead = pick(["Roberta (team lead L2)", "Gianni, TL", "Kate - Support Lead", "Marek, escalation manager"])
    body, secrets = content(lang, sec, allow_wrap=False)
    hd = ("RIEPILOGO ESCALATION - ticket #%s\nCliente: %s\nPriorità: %s\nAperto: %s\n\nSintesi:\n%s\n\nEstratto del messaggio del cliente:\n%s\n\nAzioni:\n- %s\n- %s\n\n%s" if it else
          "ESCALATION SUMMARY - ticket #%s\nCustomer: %s\nPriority: %s\nOpened: %s\n\nSummary:\n%s\n\nExcerpt from the customer:\n%s\n\nActions:\n- %s\n- %s\n\n%s")
    acts_it = ["contattare il cliente entro le 12", "verificare i log con il trace id", "far ruotare le credenziali esposte", "aprire bug interno BUG-%s" % rs(4, string.digits)]
    acts_en = ["call the customer before noon", "check logs by trace id", "have the exposed credentials rotated", "file internal bug BUG-%s" % rs(4, string.digits)]
    a = R.sample(acts_it if it else acts_en, 2)
    txt = hd % (tk, pick(COMPANIES), pick(["P1", "P2", "alta", "high"]), date(lang), issue(lang), quote(body) if R.random() < .5 else '"' + body + '"', a[0], a[1], lead)
    return txt, secrets

def st_status(lang, sec):
    it = lang == "it"; inc = "INC-" + rs(5, string.digits)
    ups = []
    stages = (["Investigating", "Identified", "Monitoring", "Resolved"] if not it else ["In analisi", "Causa identificata", "Monitoraggio", "Risolto"])[:R.randint(1, 4)]
    msgs = (["Stiamo riscontrando errori 401 sull'endpoint token per una parte dei client.", "La causa è una rotazione delle chiavi di firma. Non è necessario cambiare client secret o password.",
             "Le richieste con request id successivo alle 10:42 sono state rielaborate.", "Nessun dato di carta o IBAN è stato esposto."] if it else
            ["We're seeing 401s on the token endpoint for some clients.", "Cause is a signing key rotation. No need to change client secrets or passwords.",
             "Requests after 10:42 have been replayed.", "No card or IBAN data was exposed."])
    day = R.randint(1, 27); hh = R.randint(6, 12)
    for i, st_ in reversed(list(enumerate(stages))):
        ups.append("%s - %s\n%s" % (st_, ("%02d/03/2026 %02d:%02d" if it else "2026-03-%02d %02d:%02d") % ((day, hh + i, R.randint(0, 59)) if it else (day, hh + i, R.randint(0, 59))), msgs[i]))
    for _ in []:
        ups.append("%s - %s\n%s" % (st_, date(lang), pick(["Stiamo riscontrando errori 401 sull'endpoint token per una parte dei client.", "La causa è una rotazione delle chiavi di firma. Non è necessario cambiare client secret o password.",
                                                          "Le richieste con request id successivo alle 10:42 sono state rielaborate.", "Nessun dato di carta o IBAN è stato esposto."] if it else
                                                         ["We're seeing 401s on the token endpoint for some clients.", "Cause is a signing key rotation. No need to change client secrets or passwords.",
                                                          "Requests after 10:42 have been replayed.", "No card or IBAN data was exposed."])))
    page = ("Sportello Status - %s: %s\n\n" % (inc, "Errori di autenticazione" if it else "Authentication errors")) + "\n\n".join(ups)
    page += "\n\n" + ("Non rispondete con token o password: usate il debug id." if it else "Don't reply with tokens or passwords: use the debug id.") if R.random() < .5 else ""
    secrets = []
    if sec or R.random() < .5:
        body, secrets = content(lang, sec, allow_wrap=True, n_pass=R.randint(0, 1))
        top = pick(["Risposta di un iscritto alla notifica di stato:", "Re: [Sportello Status] %s" % inc] if it else ["Subscriber reply to status notification:", "Re: [Sportello Status] %s" % inc])
        txt = top + "\n\n" + pick(["Da noi è ancora rotto.", "Confermo che continua.", ""] if it else ["Still broken on our side.", "Can confirm it continues.", ""]) + "\n" + body + "\n\n" + sig(lang) + "\n\n" + quote(page)
        return txt, secrets
    return page, []

def st_sso(lang, sec):
    it = lang == "it"; did = debug_id()
    idp = pick(["Azure AD", "Okta", "Google Workspace", "Keycloak", "ADFS"])
    intro = pick(["Il login SSO con %s restituisce 'Something went wrong'." % idp, "Dopo il redirect da %s la pagina mostra errore." % idp] if it else
                 ["SSO login via %s returns 'Something went wrong'." % idp, "After the redirect from %s the page shows an error." % idp])
    if sec:
        r = R.random()
        if r < .5:
            t, secrets = secret_bit(lang, "access_token", allow_wrap=True)
            v = secrets[0][1]
            t2 = pick(["Mi chiedete il debug id, credo sia questo: {v}", "debug id: {v}", "Nella pagina c'era 'Debug ID' ma l'ho perso, vi mando l'id_token dalla console: {v}"] if it else
                      ["You asked for the debug id, I think it's this: {v}", "debug id: {v}", "Lost the 'Debug ID' from the page, here's the id_token from devtools: {v}"]).format(v=v)
        elif r < .75:
            v = "SAMLResponse=" ; sv = rs(R.randint(8, 16), A + "%")
            v = access_token(); t2 = ("set-cookie: sportello_session=%s; Path=/; HttpOnly" % v); secrets = [("access_token", v)]
            t2 = ("copio dagli strumenti sviluppatore:\n" if it else "copied from devtools:\n") + t2
        else:
            v = refresh_token(); secrets = [("refresh_token", v)]
            t2 = ("e nella risposta del token endpoint vedo refresh_token=%s&expires_in=3600" if it else "and the token endpoint response shows refresh_token=%s&expires_in=3600") % v
        txt = intro + "\n" + ("Debug ID: [non riuscivo a copiarlo]" if it else "Debug ID: [couldn't copy it]") + "\n" + t2
        if R.random() < .4: txt += "\n" + pass_bit(lang)
        return txt, secrets
    t2 = pick(["Debug ID: {d}\nOrario: {t}\nClient: {c}", "Il debug id mostrato è {d} (ore {t}).", "debug-id={d}&client_id={c}&state=" + rs(16)] if it else
              ["Debug ID: {d}\nTime: {t}\nClient: {c}", "The debug id shown is {d} ({t}).", "debug-id={d}&client_id={c}&state=" + rs(16)]).format(d=did, t=date(lang), c=client_id())
    txt = intro + "\n" + t2 + "\n" + pick(["Non vi mando il token perché la vostra pagina dice di non farlo.", "Trace: %s" % trace_id(), pass_bit(lang)] if it else
                                         ["Not sending the token since your page says not to.", "Trace: %s" % trace_id(), pass_bit(lang)])
    return txt, []

def st_bank(lang, sec):
    it = lang == "it"; integ = pick(COMPANIES); cust = name(lang)
    fw = pick(["Vi inoltro la segnalazione di un nostro cliente finale (app %s):" % integ, "Messaggio arrivato al nostro supporto, lo giro a voi:"] if it else
              ["Forwarding a message from one of our end users (%s app):" % integ, "This reached our support, passing it on:"])
    secrets = []; parts = []
    if sec:
        for _ in range(R.randint(1, 2)):
            t, s = secret_bit(lang, pick(["iban", "bank_account", "bank_account", "card_number", "pin", "cvv"]), allow_wrap=False)
            parts.append(t); secrets += s
    grv = pick(["Buongiorno, ho fatto un bonifico di %s ma non risulta." % amount(lang), "Mi hanno addebitato due volte %s." % amount(lang), "Non riesco a collegare il conto nell'app."] if it else
               ["Hello, I made a transfer of %s but it doesn't show." % amount(lang), "I was charged %s twice." % amount(lang), "I can't link my account in the app."])
    parts.insert(0, grv)
    for _ in range(R.randint(1, 2)):
        parts.append(pick([lambda: "BIC %s" % bic(), lambda: "ABI %s CAB %s" % (pick(ABIS)[0], rs(5, string.digits)), lambda: masked_card(), lambda: ("telefono %s" if it else "phone %s") % phone(lang),
                           lambda: pass_bit(lang), lambda: ("IBAN (vecchio, forse sbagliato) %s" if it else "IBAN (old, maybe wrong) %s") % fmt_iban(bad_iban()),
                           lambda: ("rif. pagamento %s" if it else "payment ref %s") % pay_id()])())
    R.shuffle(parts)
    body = "\n".join(parts) + "\n" + cust
    txt = fw + "\n\n" + quote(body) if R.random() < .5 else fw + "\n\n---------- Forwarded message ---------\n" + body
    txt += "\n\n" + pick(["Noi non abbiamo chiesto questi dati, sono stati scritti spontaneamente." if it and sec else "Come procediamo?" if it else "How should we proceed?",
                          ("Ticket interno %s" if it else "Internal task %s") % task_id()])
    return txt, secrets

STYLES = [("email-reply", st_email_reply), ("edit", st_edit), ("agent-note", st_agent_note), ("merge", st_merge), ("csat", st_csat), ("webform", st_webform),
          ("webhook-json", st_webhook), ("chat-widget", st_chat), ("zendesk-json", st_zendesk), ("escalation", st_escalation), ("status-page", st_status),
          ("sso-debug", st_sso), ("bank-enduser", st_bank)]

# ---------------------------------------------------------------- safety
import re
GRP = re.compile(r"\d+(?:(?:[ .\-/]|  | - )\d+)*")
def card_hits(text):
    out = []
    for m in GRP.finditer(text):
        parts = re.split(r"[^\d]+", m.group())
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                d = "".join(parts[i:j])
                if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d): out.append(d)
    return out
IBR = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]*)(?:[ \-](?:[A-Z0-9]{1,4}|[a-z0-9]{1,4})(?![A-Za-z0-9]))*")
def iban_hits(text):
    out = []
    for m in IBR.finditer(text):
        s = re.sub(r"[ \-]", "", m.group())
        if not s[:2].isupper(): continue
        for e in range(15, len(s) + 1):
            if iban_valid(s[:e]): out.append(s[:e])
    return out
def unlabelled_hits(text, secrets):
    lab = [re.sub(r"\D", "", v) for _, v in secrets]
    labi = [re.sub(r"[\s\-]", "", v).upper() for _, v in secrets]
    return [d for d in card_hits(text) if not any(d in L for L in lab)] + [b for b in iban_hits(text) if not any(b in L for L in labi)]

def main():
    rows = []
    for sname, fn in STYLES:
        for lang in ("it", "en"):
            for j in range(63):
                sec = j % 9 in (1, 3, 5, 7)
                for _ in range(50):
                    text, secrets = fn(lang, sec)
                    ok = all(v in text for _, v in secrets) and bool(secrets) == sec and not unlabelled_hits(text, secrets)
                    if ok: break
                else:
                    raise SystemExit("could not generate %s %s" % (sname, lang))
                seen = []; out = []
                for k, v in secrets:
                    if (k, v) not in seen: seen.append((k, v)); out.append({"kind": k, "value": v})
                rows.append({"id": "fresh16-%s-%s-%03d" % (sname, lang, j), "lang": lang, "style": sname, "text": text, "secrets": out})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "samples ->", OUT)

if __name__ == "__main__":
    main()
