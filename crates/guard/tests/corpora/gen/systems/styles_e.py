"""Styles: bank_statement, careless_prose, polyglot."""
import json
import values as V
import fields as F
from common import *

CAUSALI_IT = ["BONIFICO A VOSTRO FAVORE", "PAGAMENTO POS", "ADDEBITO SDD", "COMMISSIONI", "BONIFICO SEPA ISTANTANEO", "ACCREDITO INCASSI CARTE", "IMPOSTA DI BOLLO", "GIROCONTO", "RID UTENZE"]
CAUSALI_EN = ["FASTER PAYMENT RECEIVED", "CARD PAYMENT", "DIRECT DEBIT", "BANK CHARGES", "BACS CREDIT", "CARD SETTLEMENT", "TRANSFER", "STANDING ORDER"]

def st_bank_statement(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = [(s.kind, s.raw) for s in secs]
    it = lang == "it"
    own_iban = next((s for s in secs if s.kind == "iban"), None)
    own_acct = next((s for s in secs if s.kind == "bank_account"), None)
    card = next((s for s in secs if s.kind == "card_number"), None)
    pin = next((s for s in secs if s.kind == "pin"), None)
    cvv = next((s for s in secs if s.kind == "cvv"), None)
    extra_ibans = [s for s in secs if s.kind == "iban" and s is not own_iban]
    extra_accts = [s for s in secs if s.kind == "bank_account" and s is not own_acct]
    mode = c.ch(["statement", "statement", "remittance", "export", "receipt"])
    if (pin or cvv) and not (own_iban or own_acct):
        mode = "cardletter"
    elif (pin or cvv or card) and r.random() < .5:
        mode = "cardletter"
    name = c.company(lang)
    lines = []
    def mov():
        d = V.dt_obj(r)
        ds = d.strftime("%d/%m/%Y") if it else d.strftime("%d %b %Y")
        caus = c.ch(CAUSALI_IT if it else CAUSALI_EN)
        ref = c.ch(["CRO %s" % V.cro(r), "TRN %s" % V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 20), "RIF. %s" % V.invoice_no(r), "ORD %s" % V.order_no(r), "E2E %s" % V.e2e_id(r), "MANDATO %s" % V.mandate_id(r), "CARTA %s" % V.masked_card(r)])
        amt = V.amount(r, it)
        return "%s   %s   %s   %s%s" % (ds, ds, caus, ref, " " * r.randint(2, 6) + ("-" if r.random() < .5 else "") + amt)
    if mode == "statement":
        hdr = ["ESTRATTO CONTO CORRENTE AL %s" % V.dt_obj(r).strftime("%d/%m/%Y") if it else "STATEMENT OF ACCOUNT - period ending %s" % V.dt_obj(r).strftime("%d %B %Y"), ("Intestatario: %s" if it else "Account holder: %s") % name]
        if own_iban:
            hdr.append("IBAN: %s" % own_iban.raw if r.random() < .6 else ("Coordinate IBAN %s" if it else "IBAN %s") % own_iban.raw)
        else:
            hdr.append("IBAN: %s" % V.masked_iban(r))
        if own_acct:
            hdr.append(bank_phrase(c, own_acct, lang))
        hdr.append(("Filiale: %s - BIC %s" if it else "Branch: %s - BIC %s") % (c.ch(CITIES_B), V.bic(r)))
        hdr.append("")
        hdr.append("DATA CONT.  DATA VAL.  DESCRIZIONE  IMPORTO" if it else "DATE  VALUE DATE  DESCRIPTION  AMOUNT")
        lines = hdr + [mov() for _ in range(r.randint(3, 8))]
        for s in extra_ibans:
            lines.insert(r.randint(len(hdr), len(lines)), "%s   %s   %s %s   %s" % (V.dt_obj(r).strftime("%d/%m/%Y"), V.dt_obj(r).strftime("%d/%m/%Y"), "BONIFICO A FAVORE DI" if it else "TRANSFER TO", s.raw, V.amount(r, it)))
        for s in extra_accts:
            lines.append(("Conto di appoggio: %s" if it else "Linked account: %s") % bank_phrase(c, s, lang))
        if card:
            lines.append(("Carta collegata n. %s" if it else "Linked card no. %s") % card.raw)
        lines.append(("Saldo finale: %s EUR" if it else "Closing balance: %s") % V.amount(r, it))
        lines.append("Pag. %d di %d" % (1, r.randint(1, 4)) if it else "Page 1 of %d" % r.randint(1, 4))
    elif mode == "remittance":
        lines.append("REMITTANCE ADVICE" if not it else "AVVISO DI PAGAMENTO")
        lines.append(("Da: %s\nA: %s\nData: %s" if it else "From: %s\nTo: %s\nDate: %s") % (c.company(lang), name, V.dt_obj(r).strftime("%d/%m/%Y")))
        lines.append(("Abbiamo disposto il pagamento delle seguenti fatture:" if it else "We have paid the following invoices:"))
        for _ in range(r.randint(1, 4)):
            lines.append("  %s    %s    %s" % (V.invoice_no(r), V.dt_obj(r).strftime("%d/%m/%Y"), V.amount(r, it)))
        dest = []
        if own_iban:
            dest.append(("accredito su IBAN %s" if it else "paid to IBAN %s") % own_iban.raw)
        if own_acct:
            dest.append(("sul %s" if it else "to %s") % bank_phrase(c, own_acct, lang))
        for s in extra_ibans:
            dest.append("IBAN %s" % s.raw)
        for s in extra_accts:
            dest.append(bank_phrase(c, s, lang))
        if not dest:
            dest.append(("accredito sul conto che termina con %04d" if it else "paid to account ending %04d") % r.randint(0, 9999))
        lines.append(("Modalità: bonifico SEPA, " if it else "Method: bank transfer, ") + "; ".join(dest))
        lines.append("Rif. pagamento: %s - CRO %s" % (V.e2e_id(r), V.cro(r)) if it else "Payment ref: %s" % V.e2e_id(r))
        if card:
            lines.append(("Commissione addebitata sulla carta %s" if it else "Fee charged to card %s") % card.raw)
    elif mode == "export":
        sep = c.ch([";", ";", ",", "\t"])
        cols = ["Data", "Causale", "Importo", "IBAN beneficiario", "Rif"] if it else ["Date", "Description", "Amount", "Counterparty IBAN", "Ref"]
        rows = [sep.join(cols)]
        ib = [s.raw for s in secs if s.kind == "iban"]
        n = max(3, len(ib) + r.randint(1, 3))
        for i in range(n):
            iban = ib.pop(0) if ib and r.random() < .7 else (ib.pop(0) if ib and i == n - 1 else V.masked_iban(r))
            amt = V.amount(r, it)
            if sep == ",":
                amt = '"%s"' % amt
            rows.append(sep.join([V.dt_obj(r).strftime("%d/%m/%Y" if it else "%Y-%m-%d"), c.ch(CAUSALI_IT if it else CAUSALI_EN), amt, iban, V.invoice_no(r)]))
        for s in ib:
            rows.append(sep.join([V.dt_obj(r).strftime("%d/%m/%Y"), "GIROCONTO" if it else "TRANSFER", V.amount(r, it), s, V.invoice_no(r)]))
        lines = [c.ch(["export_movimenti.csv", "prima_nota_%s.csv" % V.dt_obj(r).strftime("%Y%m"), "bank_export.csv", "Esportazione da gestionale:"])] + rows
        for s in secs:
            if s.kind == "bank_account":
                lines.append(("# conto di addebito: %s" if it else "# debit account: %s") % bank_phrase(c, s, lang))
            if s.kind == "card_number":
                lines.append(("# carta aziendale %s" if it else "# company card %s") % s.raw)
    elif mode == "receipt":
        lines.append("CONTABILE BONIFICO SEPA" if it else "PAYMENT CONFIRMATION")
        lines.append(("Ordinante: %s" if it else "Payer: %s") % name)
        if own_iban:
            lines.append(("IBAN ordinante: %s" if it else "From IBAN: %s") % own_iban.raw)
        else:
            lines.append(("IBAN ordinante: %s" if it else "From IBAN: %s") % V.masked_iban(r))
        lines.append(("Beneficiario: %s" if it else "Payee: %s") % c.company(lang))
        if extra_ibans:
            for s in extra_ibans:
                lines.append(("IBAN beneficiario: %s" if it else "To IBAN: %s") % s.raw)
        elif own_acct:
            lines.append(("Coordinate beneficiario: %s" if it else "Payee details: %s") % bank_phrase(c, own_acct, lang))
        else:
            lines.append("BIC: %s" % V.bic(r))
        for s in extra_accts:
            lines.append(bank_phrase(c, s, lang))
        lines.append(("Importo: EUR %s\nData esecuzione: %s\nCRO: %s\nTRN: %s\nCausale: saldo fattura %s" if it else "Amount: %s\nExecution date: %s\nReference: %s\nTRN: %s\nDescription: invoice %s") % (V.amount(r, it), V.dt_obj(r).strftime("%d/%m/%Y"), V.cro(r), V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 30), V.invoice_no(r)))
        if card:
            lines.append(("Carta: %s" if it else "Card: %s") % card.raw)
    else:
        f, l = c.person(lang)
        lines.append(("Gentile %s %s,\n\nLe comunichiamo i dati della Sua nuova carta aziendale." if it else "Dear %s %s,\n\nplease find below the details of your new corporate card.") % (f, l))
        lines.append(("Numero carta: %s" if it else "Card number: %s") % (card.raw if card else V.masked_card(r)))
        lines.append(("Scadenza: %s" if it else "Expiry: %s") % (card.meta["expiry"] if card else "%02d/%02d" % (r.randint(1, 12), r.randint(26, 30))))
        if cvv:
            lines.append(("Codice di sicurezza (CVV2): %s" if it else "Security code (CVV2): %s") % cvv.raw)
        if pin:
            lines.append(c.ch(["PIN: %s", "Il Suo PIN è: %s" if it else "Your PIN is: %s", "Codice PIN %s" if it else "PIN code %s"]) % pin.raw)
        if own_iban:
            lines.append(("Conto di addebito: IBAN %s" if it else "Settlement account: IBAN %s") % own_iban.raw)
        if own_acct:
            lines.append(("Conto di addebito: %s" if it else "Settlement account: %s") % bank_phrase(c, own_acct, lang))
        for s in extra_ibans:
            lines.append("IBAN: %s" % s.raw)
        for s in extra_accts:
            lines.append(bank_phrase(c, s, lang))
        lines.append(("Per motivi di sicurezza distrugga questa comunicazione dopo la lettura.\nServizio Clienti %s" if it else "For your security, destroy this letter after reading.\nCustomer Services %s") % V.phone(r, lang))
    body = "\n".join(lines)
    if r.random() < .3:
        body = body.replace("   ", "  ")
    what = {"statement": {"it": ["il testo copiato dal PDF della banca", "l'estratto conto (copiato dal PDF)"], "en": ["the text copied from the bank PDF", "the statement (pasted from PDF)"]},
            "remittance": {"it": ["l'avviso di pagamento del cliente", "la remittance che ci hanno mandato"], "en": ["the customer's remittance advice", "the remittance they sent us"]},
            "export": {"it": ["l'export del gestionale", "l'estrazione dei movimenti"], "en": ["the accounting export", "the bank transactions export"]},
            "receipt": {"it": ["la contabile", "la contabile del bonifico"], "en": ["the payment confirmation", "the transfer receipt"]},
            "cardletter": {"it": ["la lettera della banca", "la comunicazione arrivata con la carta"], "en": ["the bank letter", "the letter that came with the card"]}}[mode][lang]
    mids = {"it": ["La riconciliazione automatica non trova questi movimenti.", "L'importo accreditato non corrisponde a quello del vostro report.", "Mi serve sapere se la carta è abilitata ai pagamenti online.", "Il cliente dice di aver pagato ma da noi non risulta."],
            "en": ["Automatic reconciliation can't match these lines.", "The amount credited doesn't match your report.", "I need to know whether the card is enabled for online payments.", "The customer says they paid but we can't see it."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .7 else None), labels

CITIES_B = ["Milano Centro", "Torino Crocetta", "Bologna Fiera", "Padova 3", "Napoli Vomero", "London Moorgate", "Leeds City"]

# ---------------------------------------------------------------- careless prose
TYPO_LABELS = {
    "password": ["pasword", "passowrd", "pwd:", "passwrod", "psw"], "client_secret": ["clinet secret", "client_secert", "cleint secret", "secrect"],
    "access_token": ["acess token", "acces_token", "tokne", "berear"], "refresh_token": ["refersh token", "refresh_tokn", "refesh"],
    "vendor_key": ["api kye", "chiavee", "api-kei", "apikey"], "pin": ["pinn", "PIN dispostivo", "pni"], "cvv": ["cvc2", "ccv", "cvvv"],
    "card_number": ["numero cartta", "card numbr", "carta n"], "iban": ["IBNA", "iabn", "ibam"], "bank_account": ["numero cnto", "acount no", "c/c n"],
    "private_key": ["privte key", "chiave privatta", "private kye"]}
PROSE_INTRO = {
    "it": ["quella che uso io è {v}", "io di solito metto {v}", "mi pare che sia {v}, ma non sono sicuro", "il collega mi ha girato questo: {v}", "se non sbaglio è {v}", "in pratica uso {v} e basta"],
    "en": ["the one I use is {v}", "I normally put {v}", "I think it's {v} but not 100% sure", "my colleague sent me this: {v}", "if I'm not mistaken it's {v}", "basically I just use {v}"]}

def odd_sep(c, s):
    r, v = c.r, s.raw
    if s.kind == "card_number":
        d = v.replace(" ", "").replace("-", "")
        sep = c.ch(["|", ".", "/", "_", "  ", " - "])
        return V.group_card(d, sep)
    if s.kind == "iban":
        d = v.replace(" ", "")
        return c.ch(["-", ".", "/"]).join(d[i:i + 4] for i in range(0, len(d), 4))
    if s.kind == "pin":
        return c.ch([" ", "-", "."]).join(v)
    return None

def mistype(c, v):
    r = c.r
    for _ in range(20):
        i = r.randint(max(8, len(v) // 3), len(v) - 2)
        ch = v[i]
        if ch.isalnum():
            pool = "abcdefghijklmnopqrstuvwxyz" if ch.islower() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if ch.isupper() else "0123456789"
            n = r.choice([x for x in pool if x != ch])
            return v[:i] + n + v[i + 1:]
    return v + "x"

def careless_piece(c, s, lang):
    """Return (text, [label values])"""
    r = c.r
    k, v = s.kind, s.raw
    it = lang == "it"
    opts = ["typo", "below", "prose"]
    if k in ("access_token", "refresh_token", "client_secret", "vendor_key") and len(v) > 30:
        opts += ["split", "mistyped", "split"]
    if k in ("card_number", "iban", "pin"):
        opts += ["oddsep", "oddsep"]
    if k == "private_key":
        opts = ["below", "prose", "typo"]
    if k == "bank_account":
        opts = ["typo", "below", "prose"]
    how = c.ch(opts)
    label = c.ch(TYPO_LABELS[k])
    val = v if k != "bank_account" else bank_phrase(c, s, lang)
    if how == "typo":
        return "%s %s %s" % (label, c.ch([":", "=", "->", "-", ""]), val), [v]
    if how == "below":
        gap = "\n" * r.randint(2, 4)
        mid = c.ch(["(ve la metto sotto)", "eccola:", "è questa qua sotto", "ve lo incollo qui sotto, scusate la formattazione"] if it else ["(pasting it below)", "here it is:", "it's the one below", "pasting it below, sorry about the formatting"])
        name = c.ch(F.PROSE[lang][k])
        return "%s %s%s%s" % (name[:1].upper() + name[1:], mid, gap, ("    " if k != "private_key" and r.random() < .4 else "") + val), [v]
    if how == "prose":
        if k == "private_key":
            return (c.ch(["e questa è la chiave che usa il nostro server (spero vada bene incollarla qui):\n", "la chiave è questa, generata con openssl ieri:\n"]) if it else c.ch(["and this is the key our server uses (hope it's ok to paste it here):\n", "key is this one, generated with openssl yesterday:\n"])) + v, [v]
        return c.ch(PROSE_INTRO[lang]).format(v=val), [v]
    if how == "oddsep":
        o = odd_sep(c, s)
        return "%s %s" % (c.ch(F.PROSE[lang][k]), o), [o]
    if how == "split":
        cut = r.randint(len(v) // 3, 2 * len(v) // 3)
        sv = v[:cut] + "\n" + v[cut:]
        return "%s:\n%s\n%s" % (c.ch(F.PROSE[lang][k]), sv, c.ch(["(è andato a capo da solo, è tutto attaccato)", "(scusate, l'editor spezza la riga)"] if it else ["(it wrapped by itself, it's one string)", "(sorry, the editor breaks the line)"])), [sv]
    wrong = mistype(c, v)
    return (c.ch(["%s: %s\n...scusate, ho sbagliato a copiare, quella giusta è %s", "%s %s -- no aspetta, è %s"]) if it else c.ch(["%s: %s\n...sorry, copied it wrong, the right one is %s", "%s %s -- no wait, it's %s"])) % (c.ch(F.PROSE[lang][k]), wrong, v), [wrong, v]

CARELESS_OPEN = {
    "it": ["ciao scusate il casino ma sto scrivendo dal telefono", "Buongiorno, vi riassumo quello che abbiamo provato finora", "ragazzi aiuto, il cliente è furioso", "Allora, riprendo il discorso di ieri", "ciao, vi scrivo al volo prima della riunione", "Salve, Le riporto i dati come me li ha passati il commercialista"],
    "en": ["hi sorry for the mess, typing from my phone", "Morning, summarising what we've tried so far", "help please, the client is furious", "So, picking up from yesterday", "hi, quick note before my meeting", "Hello, passing on the details as our accountant sent them"]}
CARELESS_FILL = {
    "it": ["abbiamo rifatto il deploy due volte", "il problema è sempre lo stesso: %s" % "401", "la chiamata al token va in timeout", "in sandbox tutto ok", "il webhook arriva ma la firma non torna", "ho anche svuotato la cache", "il pagamento %s risulta ancora pending", "ho provato anche da Postman"],
    "en": ["we redeployed twice", "the issue is always the same: 401", "the token call times out", "sandbox is fine", "webhook arrives but the signature doesn't match", "I also cleared the cache", "payment %s is still pending", "tried from Postman too"]}

def st_careless_prose(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = []
    parts = [c.ch(CARELESS_OPEN[lang])]
    fill = [x % V.pay_id(r) if "%s" in x else x for x in r.sample(CARELESS_FILL[lang], r.randint(1, 3))]
    for s in secs:
        t, vals = careless_piece(c, s, lang)
        parts.append(t)
        labels += [(s.kind, v) for v in vals]
        if fill and r.random() < .6:
            parts.append(fill.pop())
    parts += fill
    if not kinds:
        neg = {"it": ["la password l'ho resettata ieri sera ma niente", "il token lo prendo dalla variabile d'ambiente, non è quello il problema", "il CVV non lo salviamo, giuro", "il PIN del token fisico ce l'ha il titolare", "l'IBAN è quello del contratto, non lo riscrivo qui", "il secret è in ${CLIENT_SECRET}, controllato tre volte",
                     "request id %s" % V.uuid4(r), "idempotency key %s" % V.uuid4(r), "la carta che finisce con %s" % V.rs(r, "0123456789", 4), "commit %s" % V.sha1(r)[:8], "ordine %s del %s" % (V.order_no(r), V.dt_obj(r).strftime("%d/%m")), "numero verde %s" % V.phone(r, "it"),
                     "la chiave pubblica è questa:\n%s" % V.public_pem(r), "P.IVA %s" % V.piva(r)],
               "en": ["I reset the password last night, no luck", "the token comes from an env var, that's not the issue", "we don't store the CVV, promise", "the owner has the hardware token PIN", "IBAN is the one in the contract, not retyping it here", "the secret is in ${CLIENT_SECRET}, checked three times",
                      "request id %s" % V.uuid4(r), "idempotency key %s" % V.uuid4(r), "card ending %s" % V.rs(r, "0123456789", 4), "commit %s" % V.sha1(r)[:8], "order %s from %s" % (V.order_no(r), V.dt_obj(r).strftime("%d %b")), "call me on %s" % V.phone(r, "en"),
                      "public key is:\n%s" % V.public_pem(r), "build %s" % V.build_no(r)]}[lang]
        parts += r.sample(neg, r.randint(2, 5))
    closing = c.ch(["grazie", "fatemi sapere pls", "thx", "grazie mille!!", "ciao"]) if lang == "it" else c.ch(["thanks", "let me know pls", "thx", "cheers!!", "ty"])
    joiner = c.ch(["\n\n", "\n", "\n\n"])
    body = joiner.join(parts) + joiner + closing
    if r.random() < .3:
        body = body.replace(". ", "... ", 1)
    return body, labels

# ---------------------------------------------------------------- polyglot
FOREIGN = {
    "fr": {"access_token": "jeton d'accès : {v}", "refresh_token": "jeton de rafraîchissement : {v}", "client_secret": "clé secrète du client : {v}", "vendor_key": "clé API : {v}", "password": "mot de passe : {v}",
           "pin": "code PIN : {v}", "cvv": "cryptogramme visuel : {v}", "card_number": "numéro de carte : {v}", "iban": "IBAN : {v}", "bank_account": "{v}", "private_key": "clé privée :\n{v}",
           "open": ["Bonjour, voici les identifiants pour l'environnement de recette :", "Salut, je te transmets les infos demandées :", "Bonjour à tous, ci-dessous les données de test :"], "close": ["Cordialement", "Bonne journée", "Merci !"],
           "neg": ["le mot de passe est dans le coffre-fort (1Password)", "je t'envoie le jeton par téléphone", "le numéro de carte est masqué : {m}", "identifiant de la requête : {u}", "la clé privée reste sur le HSM"]},
    "es": {"access_token": "token de acceso: {v}", "refresh_token": "token de actualización: {v}", "client_secret": "secreto del cliente: {v}", "vendor_key": "clave API: {v}", "password": "contraseña: {v}",
           "pin": "PIN: {v}", "cvv": "código de seguridad: {v}", "card_number": "número de tarjeta: {v}", "iban": "IBAN: {v}", "bank_account": "{v}", "private_key": "clave privada:\n{v}",
           "open": ["Hola, te paso los datos de acceso del entorno de pruebas:", "Buenas, aquí tienes lo que pediste:", "Hola equipo, os dejo los datos:"], "close": ["Un saludo", "Gracias", "Saludos"],
           "neg": ["la contraseña te la paso por teléfono", "el token está en la variable de entorno", "tarjeta enmascarada: {m}", "id de la petición: {u}", "la clave privada no sale del HSM"]},
    "de": {"access_token": "Zugriffstoken: {v}", "refresh_token": "Aktualisierungstoken: {v}", "client_secret": "Client-Geheimnis: {v}", "vendor_key": "API-Schlüssel: {v}", "password": "Passwort: {v}",
           "pin": "PIN: {v}", "cvv": "Prüfnummer: {v}", "card_number": "Kartennummer: {v}", "iban": "IBAN: {v}", "bank_account": "{v}", "private_key": "privater Schlüssel:\n{v}",
           "open": ["Hallo, anbei die Zugangsdaten für die Testumgebung:", "Hi, hier die gewünschten Daten:", "Guten Tag, wie besprochen:"], "close": ["Viele Grüße", "Danke und Gruß", "Beste Grüße"],
           "neg": ["das Passwort schicke ich separat per SMS", "das Token liegt im Tresor", "Karte maskiert: {m}", "Anfrage-ID: {u}", "der private Schlüssel bleibt im HSM"]},
    "pt": {"access_token": "token de acesso: {v}", "refresh_token": "token de atualização: {v}", "client_secret": "segredo do cliente: {v}", "vendor_key": "chave de API: {v}", "password": "senha: {v}",
           "pin": "PIN: {v}", "cvv": "código de segurança: {v}", "card_number": "número do cartão: {v}", "iban": "IBAN: {v}", "bank_account": "{v}", "private_key": "chave privada:\n{v}",
           "open": ["Olá, seguem os dados do ambiente de testes:", "Oi, aqui estão as informações:", "Bom dia, conforme combinado:"], "close": ["Abraço", "Obrigado", "Cumprimentos"],
           "neg": ["a senha está no cofre", "o token vem da variável de ambiente", "cartão mascarado: {m}", "id do pedido: {u}", "a chave privada fica no HSM"]},
    "nl": {"access_token": "toegangstoken: {v}", "refresh_token": "vernieuwingstoken: {v}", "client_secret": "clientgeheim: {v}", "vendor_key": "API-sleutel: {v}", "password": "wachtwoord: {v}",
           "pin": "pincode: {v}", "cvv": "beveiligingscode: {v}", "card_number": "kaartnummer: {v}", "iban": "IBAN: {v}", "bank_account": "{v}", "private_key": "privésleutel:\n{v}",
           "open": ["Hoi, hierbij de gegevens voor de testomgeving:", "Hallo, zoals gevraagd:", "Goedemorgen, de gegevens:"], "close": ["Groeten", "Met vriendelijke groet", "Dank je"],
           "neg": ["het wachtwoord stuur ik apart", "het token staat in de kluis", "kaart gemaskeerd: {m}", "verzoek-id: {u}", "de privésleutel blijft in de HSM"]}}
FLANG_NAME = {"it": {"fr": "francese", "es": "spagnolo", "de": "tedesco", "pt": "portoghese", "nl": "olandese"}, "en": {"fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "nl": "Dutch"}}
POLY_OPEN = {
    "it": ["Ciao, il nostro partner {fl} ci ha mandato questi dati ma non riusciamo a farli funzionare. Vi incollo il messaggio così com'è:", "Buongiorno, la casa madre ({fl}) ci ha girato le credenziali, le trovate qui sotto:", "Salve, il consulente {fl} ha scritto questa nota nel nostro gestionale:", "Ciao, copio il messaggio del collega della filiale ({fl}):"],
    "en": ["Hi, our {fl} partner sent these details but we can't get them to work. Pasting the message as is:", "Hello, our parent company ({fl}) forwarded the credentials, see below:", "Hi, the {fl} consultant left this note in our system:", "Copying the message from our {fl} colleague:"]}
BANK_FOREIGN = {"fr": "RIB / compte : {v}", "es": "cuenta bancaria: {v}", "de": "Bankverbindung: {v}", "pt": "conta bancária: {v}", "nl": "rekeningnummer: {v}"}

def st_polyglot(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    fl = c.ch(["fr", "es", "de", "pt", "nl"])
    Fd = FOREIGN[fl]
    labels = []
    inner = [c.ch(Fd["open"])]
    for s in secs:
        if s.kind == "bank_account":
            inner.append(BANK_FOREIGN[fl].format(v=bank_phrase(c, s, "en")))
        else:
            inner.append(Fd[s.kind].format(v=s.raw))
        labels.append((s.kind, s.raw))
    negs = [x.format(m=V.masked_card(r), u=V.uuid4(r)) for x in r.sample(Fd["neg"], r.randint(1, 2) if kinds else r.randint(2, 4))]
    for x in negs:
        inner.insert(r.randint(1, len(inner)), x)
    inner.append(c.ch(Fd["close"]) + "\n" + " ".join(c.person("en")))
    inner_txt = "\n".join(inner)
    quoted = r.random() < .4 and not any(s.kind == "private_key" for s in secs)
    if quoted:
        inner_txt = "\n".join("> " + x for x in inner_txt.split("\n"))
    opener = c.ch(POLY_OPEN[lang]).format(fl=FLANG_NAME[lang][fl])
    tail = {"it": ["Non parlo {fl}, ma mi sembra che ci sia tutto. Dove sbagliamo?", "Il problema è che la chiamata dà sempre 401.", "Potete confermare che questi dati sono corretti per il vostro ambiente?", ""],
            "en": ["I don't speak {fl} but it looks complete. What are we doing wrong?", "The call always returns 401.", "Can you confirm these are right for your environment?", ""]}[lang]
    t = c.ch(tail).format(fl=FLANG_NAME[lang][fl])
    body = opener + "\n\n" + inner_txt + ("\n\n" + t if t else "")
    if r.random() < .5:
        body += "\n\n" + c.outro(lang, bool(kinds))
    return body.rstrip(), labels
