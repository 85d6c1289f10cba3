"""Styles part B: voice transcripts, chat/SMS, spreadsheets/tables, mixed-language, diff review, postmortem, web-form dump."""
import values as V
from common import ERRORS_EN, ERRORS_IT, endpoint
from styles_a import err, rest_prose, fence

NUM_IT = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(c, digits):
    words = NUM_IT if c.it else NUM_EN
    sep = c.r.choice([" ", " ", ", ", "-"])
    return sep.join(words[int(d)] for d in digits)


# ---------------------------------------------------------------- 8. phone / voice transcripts
def voice_transcript(c):
    r = c.r
    agent, caller = c.pl([("Operatore", "Cliente"), ("OPERATORE", "CHIAMANTE"), ("Agente", "Utente")],
                         [("Agent", "Caller"), ("AGENT", "CUSTOMER"), ("Support", "Caller")])
    t = [r.randint(0, 2), r.randint(0, 59)]

    def stamp():
        t[1] += r.randint(3, 25)
        if t[1] >= 60:
            t[0] += 1
            t[1] -= 60
        return "[%02d:%02d:%02d]" % (0, t[0], t[1]) if r.random() < 0.8 else "(%d:%02d)" % (t[0], t[1])

    filler_it = ["ehm", "allora", "cioè", "un attimo", "mi sente?", "[inaudibile]", "sì sì", "ok perfetto", "aspetti che controllo"]
    filler_en = ["um", "so", "like", "hang on", "can you hear me?", "[inaudible]", "yeah yeah", "okay perfect", "let me check"]
    F = lambda: r.choice(filler_it if c.it else filler_en)
    kind_of_doc = r.choice(["call", "call", "voicemail", "assistant"])
    lines = []
    if kind_of_doc == "call":
        lines.append(c.pl(["Trascrizione automatica chiamata #%s - durata %d:%02d - lingua: it-IT" % (V.rdigits(r, 7, True), r.randint(2, 14), r.randint(0, 59)),
                           "TRASCRIZIONE (bozza, generata automaticamente)"],
                          ["Automatic call transcript #%s - duration %d:%02d - language: en-GB" % (V.rdigits(r, 7, True), r.randint(2, 14), r.randint(0, 59)),
                           "TRANSCRIPT (draft, machine generated)"]))
        lines.append("%s %s: %s" % (stamp(), agent, c.pl(["Supporto sviluppatori %s buongiorno sono %s come posso aiutarla" % (c.provider, r.choice(["Giulia", "Luca", "Sara"])),
                                                          "buongiorno parla con l'assistenza tecnica"],
                                                         ["%s developer support good morning this is %s how can I help" % (c.provider, r.choice(["Tom", "Priya", "Megan"])),
                                                          "hi you're through to technical support"])))
        lines.append("%s %s: %s" % (stamp(), caller, c.pl(["sì buongiorno %s chiamo da %s abbiamo un problema con %s" % (F(), c.company, r.choice(["i pagamenti", "il POS", "i rimborsi", "il login"])),
                                                           "salve allora %s il terminale ci dà errore" % F()],
                                                          ["hi yes %s calling from %s we have a problem with %s" % (F(), c.company, r.choice(["payments", "the card reader", "refunds", "logging in"])),
                                                           "hello so %s the terminal keeps giving an error" % F()])))
    elif kind_of_doc == "voicemail":
        lines.append(c.pl(["Messaggio vocale trascritto (segreteria supporto) - ricevuto %s" % V.it_date(r),
                           "🎙️ Trascrizione nota vocale WhatsApp:"],
                          ["Voicemail transcription (support line) - received %s" % V.it_date(r), "🎙️ Voice note transcription:"]))
    else:
        lines.append(c.pl(["Dettatura vocale (Siri) inviata dal cliente:", "Testo dettato da assistente vocale:"],
                          ["Dictated via voice assistant:", "Message dictated with Google Assistant:"]))

    def say_secret(k):
        if k == "pin":
            p = V.pin(r)
            v = spell(c, p) if r.random() < 0.65 else (" ".join(p) if r.random() < 0.5 else p)
            c.add("pin", v)
            return c.pl(["il pin è %s" % v, "il PIN che ho messo è %s %s" % (F(), v), "pin %s" % v, "ho provato con il codice pin %s ma niente" % v],
                        ["the pin is %s" % v, "the PIN I entered was %s %s" % (F(), v), "pin %s" % v, "I tried pin %s but nothing" % v])
        if k == "cvv":
            d = V.cvv(r)
            v = spell(c, d) if r.random() < 0.6 else d
            c.add("cvv", v)
            return c.pl(["il codice dietro la carta è %s" % v, "cvv %s" % v, "le tre cifre sono %s" % v],
                        ["the code on the back is %s" % v, "cvv %s" % v, "the three digits are %s" % v])
        if k == "card_number":
            brand, num = V.card(r)
            v = c.add("card_number", V.fmt_card(r, num, r.choice([" ", " ", "-", ", "]) if len(num) == 16 else " "))
            return c.pl(["il numero della carta è %s" % v, "allora la carta %s %s" % (F(), v), "numero %s scadenza %02d %d" % (v, r.randint(1, 12), r.randint(26, 30))],
                        ["the card number is %s" % v, "so the card %s %s" % (F(), v), "number %s expiry %02d %d" % (v, r.randint(1, 12), r.randint(26, 30))])
        if k == "iban":
            raw = V.iban(r, "IT" if c.it and r.random() < 0.7 else None)
            # ASR splits into irregular chunks
            chunks, i = [], 0
            while i < len(raw):
                n = r.choice([1, 2, 3, 4, 4, 5])
                chunks.append(raw[i:i + n])
                i += n
            v = c.add("iban", " ".join(chunks))
            return c.pl(["l'IBAN è %s" % v, "iban %s %s" % (F(), v), "le dico l'IBAN %s" % v],
                        ["the IBAN is %s" % v, "iban %s %s" % (F(), v), "let me read the IBAN %s" % v])
        if k == "bank_account":
            snip = c.bank_account_snip()
            return c.pl(["i dati del conto sono %s" % snip, "allora %s" % snip, "le coordinate %s %s" % (F(), snip)],
                        ["the account details are %s" % snip, "so %s" % snip, "account details %s %s" % (F(), snip)])
        if k == "password":
            pw = V.password(r, c.lang)
            if r.random() < 0.4 and len(pw) <= 14:
                v = "-".join(pw)
            else:
                v = pw
            c.add("password", v)
            return c.pl(["la password è %s" % v, "password %s %s tutto attaccato" % (F(), v), "allora la password %s" % v],
                        ["the password is %s" % v, "password %s %s all one word" % (F(), v), "let me spell the password %s" % v])
        return c.prose(k)

    turns = r.randint(2, 5)
    for i in range(turns):
        if c.pending and (r.random() < 0.6 or i == turns - 1):
            k = c.take()
            s = say_secret(k)
        elif not c.positive and r.random() < 0.6:
            s = r.choice([c.neg_prose(r.choice(["pin", "cvv", "card_number", "iban", "password"])),
                          c.pl(["il numero d'ordine è %s" % V.order_no(r), "mi richiami al %s" % V.phone(r, "it"), "la partita iva è %s" % V.partita_iva(r),
                                "il codice fiscale %s" % V.codice_fiscale(r), "la pratica è la %s" % V.rdigits(r, 8, True),
                                "il pin non lo dico per telefono, lo so" if kind_of_doc == "call" else "il pin della carta aziendale è bloccato di nuovo",
                                "il cvv non ve lo do, giusto?" if kind_of_doc == "call" else "il cvv nel form non compare proprio"],
                               ["the order number is %s" % V.order_no(r), "call me back on %s" % V.phone(r, "en"),
                                "the case number is %s" % V.rdigits(r, 8, True),
                                "I know I shouldn't read out the pin" if kind_of_doc == "call" else "the company card pin got blocked again",
                                "you don't need the cvv right?" if kind_of_doc == "call" else "the cvv box never shows up on the form",
                                "tracking is %s" % V.tracking(r)])])
        else:
            s = c.pl(["%s e niente non va" % F(), "mi dà %s" % err(c), "ok ok %s" % F(), "il terminale è il %s" % ("TID " + V.rdigits(r, 8, True))],
                     ["%s and it just doesn't work" % F(), "it says %s" % err(c), "okay okay %s" % F(), "terminal is %s" % ("TID " + V.rdigits(r, 8, True))])
        if kind_of_doc == "call":
            lines.append("%s %s: %s" % (stamp(), caller, s))
            if r.random() < 0.6:
                lines.append("%s %s: %s" % (stamp(), agent, c.pl(["ok %s un attimo che verifico" % F(), "guardi non mi deve dare questi dati al telefono",
                                                                  "perfetto ho aperto il ticket %s" % V.rdigits(r, 7, True), "ripeta più lentamente per favore"],
                                                                 ["okay %s one moment" % F(), "please don't read those details to me over the phone",
                                                                  "perfect I've opened ticket %s" % V.rdigits(r, 7, True), "could you repeat that slowly please"])))
        else:
            lines.append(s + r.choice([".", "", "...", " —"]))
    while c.pending:
        lines.append(say_secret(c.take()))
    if kind_of_doc == "call":
        lines.append("%s %s: %s" % (stamp(), agent, c.pl(["grazie e buona giornata", "la richiamiamo entro domani"], ["thanks have a good day", "we'll call you back tomorrow"])))
        lines.append(c.pl(["[fine trascrizione - confidenza media %.2f]" % r.uniform(0.6, 0.95)], ["[end of transcript - avg confidence %.2f]" % r.uniform(0.6, 0.95)]))
    return "\n".join(lines) if kind_of_doc == "call" else lines[0] + "\n" + " ".join(lines[1:])


# ---------------------------------------------------------------- 9. WhatsApp / SMS / Telegram
EMO = ["🙏", "😅", "😩", "👍", "🔥", "😬", "🤦‍♂️", "✅", "❌", "💳", "🚀", "🙃", "😂", "⚠️"]


def chat_msg(c):
    r = c.r
    fmt = r.choice(["whatsapp", "whatsapp", "sms", "telegram", "teams"])
    a = c.first
    b = r.choice(["Luca Dev", "Anna (agenzia)", "Giorgio IT", "Sara Support"] if c.it else ["Dev Mike", "Anna (agency)", "George IT", "Sara Support"])
    hh, mm = r.randint(8, 22), r.randint(0, 50)
    day = "%02d/%02d/%02d" % (r.randint(1, 28), r.randint(1, 12), r.choice([24, 25]))

    def line(who, txt):
        nonlocal mm, hh
        mm += r.randint(0, 4)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        if fmt == "whatsapp":
            return "[%s, %02d:%02d:%02d] %s: %s" % (day, hh, mm, r.randint(0, 59), who, txt)
        if fmt == "telegram":
            return "%s, [%s %02d:%02d]\n%s" % (who, day.replace("/", "."), hh, mm, txt)
        if fmt == "teams":
            return "%s  %02d:%02d\n%s" % (who, hh, mm, txt)
        return txt

    msgs = []
    if fmt == "sms":
        head = c.pl(["Inoltrato da %s (SMS):" % V.phone(r, "it"), "SMS ricevuto dal cliente, lo giro:"],
                    ["Forwarded SMS from %s:" % V.phone(r, "en"), "Text from the customer, forwarding:"])
        body = []
        while c.pending:
            body.append(c.prose(c.take()))
        if not c.positive:
            body += [c.neg_prose(), c.lookalike()]
        return head + "\n\"" + c.pl(["Ciao, ", "Buongiorno, ", ""], ["Hi, ", "Hey ", ""]) + \
            c.pl(["ti mando quello che mi hai chiesto ", "come da accordi ", "ecco "], ["here's what you asked ", "as agreed ", "here you go "]) + \
            r.choice(EMO) + " " + ". ".join(body) + "\"" + "\n" + c.pl(["Potete verificare voi?", "Grazie"], ["Can you check on your side?", "Thanks"])
    head = {"whatsapp": c.pl(["Vi copio la chat col nostro sviluppatore:", "Esportazione chat WhatsApp (senza media):", ""],
                             ["Pasting the chat with our developer:", "WhatsApp chat export (without media):", ""]),
            "telegram": c.L("Dal gruppo Telegram con l'agenzia:", "From our Telegram group with the agency:"),
            "teams": c.L("Dal canale Teams del progetto:", "From the project Teams channel:")}[fmt]
    msgs.append(line(b, c.pl(["ciao %s, ci sei? il checkout in prod non va %s" % (a, r.choice(EMO)), "allora? hai le credenziali nuove?",
                              "oh raga %s da %s" % (err(c), endpoint(r))],
                             ["hey %s you there? checkout in prod is broken %s" % (a, r.choice(EMO)), "so? got the new credentials?",
                              "guys %s from %s" % (err(c), endpoint(r))])))
    msgs.append(line(a, c.pl(["sì un attimo", "sto guardando adesso", "mi hanno appena girato la mail di %s" % c.provider],
                             ["yes one sec", "looking now", "%s just emailed them" % c.provider])))
    while c.pending:
        k = c.take()
        if k == "private_key":
            msgs.append(line(a, c.L("ecco la chiave, non perderla 😅\n", "here's the key, don't lose it 😅\n") + c.pem()))
        else:
            msgs.append(line(r.choice([a, a, b]), c.prose(k) + " " + r.choice(EMO + [""])))
        if r.random() < 0.4:
            msgs.append(line(b, c.pl(["ok provo", "👍", "ricevuto", "ma è quella di prod??"], ["ok trying", "👍", "got it", "wait is that the prod one??"])))
    if not c.positive:
        for _ in range(r.randint(2, 4)):
            msgs.append(line(r.choice([a, b]), r.choice([c.neg_prose(), c.lookalike(), c.pl(["‎<allegato: screenshot.jpg>", "Questo messaggio è stato eliminato"],
                                                                                              ["‎<attached: screenshot.jpg>", "This message was deleted"])]) + " " + r.choice(EMO + ["", ""])))
    else:
        if r.random() < 0.6:
            msgs.insert(r.randint(1, len(msgs)), line(b, c.lookalike()))
    msgs.append(line(b, c.pl(["funziona!! grazie 🚀", "niente, sempre %s" % err(c), "apro ticket al supporto"],
                             ["works!! thanks 🚀", "nope, still %s" % err(c), "opening a support ticket"])))
    return (head + "\n" if head else "") + "\n".join(msgs)


# ---------------------------------------------------------------- 10. spreadsheets / tables / fixed width
def spreadsheet(c):
    r = c.r
    fmt = r.choice(["tsv", "markdown", "fixed", "tsv", "markdown"])
    kinds = list(dict.fromkeys(c.pending))
    c.pending.clear()
    cols = [c.L("utente", "user"), c.L("ambiente", "env")]
    colkinds = [None, None]
    for k in kinds:
        cols.append({"access_token": "access_token", "refresh_token": "refresh_token", "client_secret": "client_secret",
                     "vendor_key": "api_key", "password": "password", "pin": "PIN", "cvv": "CVV", "card_number": c.L("carta", "card"),
                     "iban": "IBAN", "bank_account": c.L("conto", "account"), "private_key": "key"}[k])
        colkinds.append(k)
    # harmless columns
    extra = r.sample([("client_id", lambda: V.client_id(r)), (c.L("ultimo_ordine", "last_order"), lambda: V.order_no(r)),
                      ("merchant_id", lambda: V.rdigits(r, 9, True)), (c.L("creato", "created"), lambda: V.it_date(r)),
                      (c.L("carta_mascherata", "masked_card"), lambda: V.masked_card(r)), ("P.IVA" if c.it else "VAT", lambda: V.partita_iva(r)),
                      (c.L("tel", "phone"), lambda: V.phone(r, c.lang)), ("note", lambda: r.choice(["ok", "KO 3DS", "bloccata" if c.it else "blocked", "-", "da verificare" if c.it else "to check"]))],
                     r.randint(1 if kinds else 3, 3 if kinds else 5))
    for name, _ in extra:
        cols.append(name)
        colkinds.append(("x", _))
    if not kinds:
        # masked / placeholder columns that look like secrets
        for name, gen in r.sample([("password", lambda: r.choice(["********", "(vault)", "vedi 1Password" if c.it else "see 1Password", "changeme"])),
                                   ("client_secret", lambda: V.placeholder(r, "client_secret")), ("IBAN", lambda: V.masked_iban(r)),
                                   ("token", lambda: r.choice(["<redacted>", "scaduto" if c.it else "expired", "n/a"])),
                                   (c.L("carta", "card"), lambda: V.masked_card(r))], r.randint(1, 3)):
            cols.append(name)
            colkinds.append(("x", gen))
    nrows = r.randint(1, 4) if kinds else r.randint(2, 6)
    rows = []
    blocks = []
    users = [r.choice(["test_merchant_%d" % r.randint(1, 40), "demo%d@%s" % (r.randint(1, 9), c.host), "ops.%s" % c.first.lower(),
                       "svc-payout", "cassa%02d" % r.randint(1, 20)]) for _ in range(nrows)]
    for i in range(nrows):
        row = [users[i], r.choice(["sandbox", "uat", "prod", "collaudo" if c.it else "staging"])]
        for ck in colkinds[2:]:
            if isinstance(ck, tuple):
                row.append(ck[1]())
            elif ck == "private_key":
                row.append(c.L("vedi sotto", "see below") if i == 0 else "=")
                if i == 0:
                    blocks.append(c.pem())
            elif ck == "bank_account":
                _, _, acct = V.bank_account(r, c.lang)
                row.append(c.add("bank_account", acct))
            elif i > 0 and r.random() < 0.3:
                row.append(r.choice(["", "-", "n/d" if c.it else "n/a", "idem"]))
            else:
                row.append(c.add(ck, c.value(ck, fmt=(ck == "iban" and r.random() < 0.3) or (ck == "card_number" and r.random() < 0.5))))
        rows.append(row)
    # guarantee every embedded kind actually appears
    for ck in kinds:
        if not any(s["kind"] == ck for s in c.secrets):
            j = colkinds.index(ck)
            if ck == "bank_account":
                _, _, acct = V.bank_account(r, c.lang)
                rows[0][j] = c.add(ck, acct)
            else:
                rows[0][j] = c.add(ck, c.value(ck))
    if fmt == "tsv":
        table = "\n".join("\t".join(x) for x in [cols] + rows)
        lead = c.pl(["Incollo dal foglio Excel (foglio \"Credenziali test\"):", "Copia-incolla da Google Sheets:", "Da LibreOffice, scusate le colonne:"],
                    ["Pasted from the Excel sheet (tab \"Test creds\"):", "Copy-paste from Google Sheets:", "From our tracking spreadsheet:"])
    elif fmt == "markdown":
        table = "| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n" + "\n".join("| " + " | ".join(x) + " |" for x in rows)
        lead = c.pl(["Riepilogo ambienti (dalla pagina Confluence):", "Tabella dal README interno:"],
                    ["Environment summary (from our Confluence page):", "Table from the internal README:"])
    else:
        widths = [max(len(str(x[j])) for x in [cols] + rows) + 2 for j in range(len(cols))]
        table = "\n".join("".join(str(x[j]).ljust(widths[j]) for j in range(len(cols))).rstrip() for x in [[h.upper() for h in cols]] + rows)
        table = "=" * min(100, sum(widths)) + "\n" + table + "\n" + "=" * min(100, sum(widths)) + "\n" + c.L("Totale righe: %d" % nrows, "Rows: %d" % nrows)
        lead = c.pl(["Report estratto dal gestionale (stampa a larghezza fissa):", "Output del report notturno:"],
                    ["Report exported from the back office (fixed width):", "Output of the nightly report:"])
    tail = c.pl(["Il problema è sulla riga %d, le altre vanno." % r.randint(1, nrows), "Potete dirci quali utenze sono ancora attive?",
                 "Il cliente ha chiesto di verificare i dati prima del go-live di lunedì."],
                ["The issue is on row %d, the others work." % r.randint(1, nrows), "Can you tell us which users are still active?",
                 "Customer asked us to verify the data before Monday's go-live."])
    out = "%s\n\n%s\n" % (lead, table)
    if blocks:
        out += "\n" + "\n".join(blocks) + "\n"
    return out + "\n" + tail


# ---------------------------------------------------------------- 11. mixed-language, translations, typos, odd separators
def mixed_lang(c):
    r = c.r
    c.mixed = True
    variant = r.choice(["translation", "colleague", "prose_far", "split", "odd_sep"])
    parts = []
    if variant == "translation":
        src = r.choice(["fr", "es", "de"])
        src_name = {"fr": c.L("francese", "French"), "es": c.L("spagnolo", "Spanish"), "de": c.L("tedesco", "German")}[src]
        orig_lines, tr_lines = [], []
        greet = {"fr": "Bonjour, nous avons un problème avec l'intégration.", "es": "Hola, tenemos un problema con la integración.",
                 "de": "Hallo, wir haben ein Problem mit der Integration."}[src]
        orig_lines.append(greet)
        tr_lines.append(c.L("Buongiorno, abbiamo un problema con l'integrazione.", "Hello, we have a problem with the integration."))
        kw = {"fr": {"password": "mot de passe", "pin": "code PIN", "cvv": "cryptogramme", "card_number": "numéro de carte", "iban": "IBAN",
                     "access_token": "jeton d'accès", "refresh_token": "jeton de rafraîchissement", "client_secret": "secret client",
                     "vendor_key": "clé API", "bank_account": "RIB", "private_key": "clé privée"},
              "es": {"password": "contraseña", "pin": "PIN", "cvv": "código de seguridad", "card_number": "número de tarjeta", "iban": "IBAN",
                     "access_token": "token de acceso", "refresh_token": "token de actualización", "client_secret": "secreto del cliente",
                     "vendor_key": "clave API", "bank_account": "número de cuenta", "private_key": "clave privada"},
              "de": {"password": "Kennwort", "pin": "Geheimzahl", "cvv": "Kartenprüfnummer", "card_number": "Kartennummer", "iban": "IBAN",
                     "access_token": "Zugriffstoken", "refresh_token": "Aktualisierungstoken", "client_secret": "Client-Geheimnis",
                     "vendor_key": "API-Schlüssel", "bank_account": "Kontonummer", "private_key": "privater Schlüssel"}}[src]
        while c.pending:
            k = c.take()
            if k == "private_key":
                v = c.pem()
            elif k == "bank_account":
                _, tpl, v = V.bank_account(r, c.lang)
                c.add(k, v)
            else:
                v = c.add(k, c.value(k))
            sep = "\n" if k == "private_key" else r.choice([": ", " ", " = "])
            orig_lines.append("%s%s%s" % (kw[k], sep, v))
            tr_lines.append("%s%s%s" % (c.L({"password": "password", "pin": "PIN", "cvv": "CVV", "card_number": "numero carta", "iban": "IBAN",
                                               "access_token": "token di accesso", "refresh_token": "refresh token", "client_secret": "client secret",
                                               "vendor_key": "chiave API", "bank_account": "numero di conto", "private_key": "chiave privata"}[k],
                                              {"password": "password", "pin": "PIN", "cvv": "CVV", "card_number": "card number", "iban": "IBAN",
                                               "access_token": "access token", "refresh_token": "refresh token", "client_secret": "client secret",
                                               "vendor_key": "API key", "bank_account": "account number", "private_key": "private key"}[k]), sep, v))
        if not c.positive:
            orig_lines.append({"fr": "Le mot de passe a été réinitialisé mais le jeton expire toujours.",
                               "es": "Hemos cambiado la contraseña pero el token sigue caducando.",
                               "de": "Das Kennwort wurde zurückgesetzt, aber das Token läuft immer noch ab."}[src])
            tr_lines.append(c.L("La password è stata reimpostata ma il token scade ancora.", "The password was reset but the token still expires."))
            la = c.lookalike()
            orig_lines.append(la)
            tr_lines.append(la)
        orig_lines.append({"fr": "Merci d'avance, cordialement.", "es": "Gracias de antemano, saludos.", "de": "Danke im Voraus, viele Grüße."}[src])
        tr_lines.append(c.L("Grazie in anticipo, cordiali saluti.", "Thanks in advance, kind regards."))
        parts.append(c.L("[Traduzione automatica dal %s]" % src_name, "[Machine translation from %s]" % src_name))
        parts += tr_lines
        parts += ["", c.L("--- testo originale ---", "--- original text ---")] + orig_lines
        return "\n".join(parts)
    if variant == "colleague":
        parts.append(c.pl(["Ciao, il nostro collega di Lione/Madrid ci ha scritto questo, vi giro (in parte in francese, sorry):",
                           "Buongiorno, ticket misto IT/EN perché il dev è esterno:"],
                          ["Hi, our colleague in Lyon/Madrid wrote this, forwarding (partly in French, sorry):",
                           "Hello, mixed EN/IT ticket because our dev is Italian:"]))
        parts.append(c.pl(["Allora, the issue is that quando facciamo il refresh, the API returns %s." % err(c),
                           "Praticamente la call va in timeout, then dopo il retry we get %s." % err(c)],
                          ["So basically la chiamata fails with %s when we refresh the token." % err(c),
                           "Basically the call times out, poi al retry we get %s." % err(c)]))
        while c.pending:
            parts.append(r.choice(["- ", "• ", ""]) + c.prose(c.take()))
        if not c.positive:
            parts += [r.choice(["- ", ""]) + c.neg_prose(), r.choice(["- ", ""]) + c.neg_kv(), c.lookalike()]
        parts.append(c.pl(["Merci / grazie!", "Gracias, a presto", "Danke, ciao"], ["Merci / thanks!", "Gracias, talk soon", "Danke, cheers"]))
        return "\n".join(parts)
    if variant == "prose_far":
        parts.append(c.pl(["Salve,", "Ciao ragazzi,", "Gentile supporto,"], ["Hello,", "Hi folks,", "Dear support,"]))
        while c.pending:
            k = c.take()
            if k in ("private_key", "bank_account"):
                parts.append(c.prose(k))
                continue
            v = c.add(k, c.value(k))
            it_tpl = {
                "password": "la password, che poi è la stessa che usiamo per l'FTP e per il gestionale (lo so, lo so), è %s",
                "pin": "il PIN del terminale in negozio, quello che ci avete mandato per posta a marzo, sarebbe %s",
                "cvv": "il codice di sicurezza, cioè quello a tre cifre sul retro della carta aziendale, risulta %s",
                "card_number": "la carta con cui il cliente ha pagato (mi ha mandato una foto, la trascrivo) è %s",
                "iban": "le coordinate su cui doveva arrivare il rimborso, ricontrollate due volte con la commercialista, sono %s",
                "access_token": "il token che ci restituisce la chiamata di login, e che poi passiamo a tutte le altre, è questo %s",
                "refresh_token": "quello di refresh, che dovrebbe durare 30 giorni ma a noi scade dopo 2, è %s",
                "client_secret": "il secret che ci avete dato in fase di onboarding (quello lungo, non il client id) è %s",
                "vendor_key": "la chiave che abbiamo su %s, quella che inizia col prefisso strano, è %%s" % getattr(c, "_vendor", "Stripe"),
            }
            en_tpl = {
                "password": "the password, which is also the one we use for FTP and the back office (I know, I know), is %s",
                "pin": "the terminal PIN, the one you posted to us back in March, would be %s",
                "cvv": "the security code, i.e. the three digits on the back of the company card, reads %s",
                "card_number": "the card the customer paid with (he sent me a photo, transcribing it) is %s",
                "iban": "the account the refund was supposed to land on, double-checked with our accountant, is %s",
                "access_token": "the token the login call gives us back, which we then pass to every other call, is this one %s",
                "refresh_token": "the refresh one, which should last 30 days but dies after 2 for us, is %s",
                "client_secret": "the secret you gave us during onboarding (the long one, not the client id) is %s",
                "vendor_key": "the key we have on %s, the one with the weird prefix, is %%s" % getattr(c, "_vendor", "Stripe"),
            }
            parts.append((it_tpl if c.it else en_tpl)[k] % v + r.choice([".", "", " — fatemi sapere" if c.it else " — let me know", "!"]))
        if not c.positive:
            parts += [c.pl(["la password, che abbiamo cambiato la settimana scorsa su vostra indicazione, non c'entra: il problema è il token che scade",
                            "il PIN del terminale, quello arrivato per posta, funziona: è il CVV che non viene chiesto",
                            "le coordinate IBAN sono giuste (%s), le abbiamo ricontrollate" % V.masked_iban(r)],
                           ["the password, which we changed last week as you suggested, isn't the issue: the token keeps expiring",
                            "the terminal PIN, the one that came in the post, works: it's the CVV prompt that never shows",
                            "the IBAN is correct (%s), we double-checked" % V.masked_iban(r)]), c.lookalike(), c.lookalike()]
        parts.append(c.pl(["Grazie, %s" % c.first, "Saluti\n%s" % c.name()], ["Thanks, %s" % c.first, "Regards\n%s" % c.name()]))
        return "\n".join(parts)
    if variant == "split":
        parts.append(c.pl(["Il copia-incolla dal terminale mi ha spezzato le righe, scusate:", "Lo incollo così come esce dal log (va a capo da solo):"],
                          ["Copy-paste from the terminal wrapped the lines, sorry:", "Pasting as it comes out of the log (it wraps by itself):"]))
        while c.pending:
            k = c.take()
            if k in ("private_key", "bank_account", "pin", "cvv"):
                parts.append(c.prose(k))
                continue
            v = c.value(k, fmt=False)
            if len(v) > 24:
                w = r.choice([40, 50, 64, 76])
                if len(v) > w:
                    v = "\n".join(v[i:i + w] for i in range(0, len(v), w))
                else:
                    cut = len(v) // 2
                    v = v[:cut] + "\n" + v[cut:]
            c.add(k, v)
            parts.append("%s%s\n%s" % (c.keyname(k), r.choice([":", " =", ""]), v))
        if not c.positive:
            parts += ["%s:\n%s" % (r.choice(["commit", "sha256", "trace_id"]), "\n".join([V.sha256(r)[:32], V.sha256(r)[:32]])),
                      c.neg_kv(), "Request-Id:\n%s" % V.uuid4(r)]
        parts.append(c.L("(è tutto su una riga in realtà)", "(it's all one line really)"))
        return "\n".join(parts)
    # odd separators
    parts.append(c.pl(["Il cliente ci ha scritto i dati così, dal telefono:", "Dati ricevuti via modulo, con la formattazione del cliente:"],
                      ["The customer typed the details like this, from their phone:", "Details received via the form, customer's own formatting:"]))
    while c.pending:
        k = c.take()
        if k == "card_number":
            brand, num = V.card(r)
            v = V.fmt_card(r, num, r.choice([".", "\u00a0", " - ", "/", "·", "_"]))
            parts.append("%s %s" % (c.keyname(k), c.add(k, v)))
        elif k == "iban":
            raw = V.iban(r)
            v = r.choice(["-", ".", "\u00a0", " / ", "_"]).join(raw[i:i + 4] for i in range(0, len(raw), 4))
            parts.append("%s %s" % (c.keyname(k), c.add(k, v)))
        elif k in ("pin", "cvv"):
            d = V.pin(r) if k == "pin" else V.cvv(r)
            v = r.choice(["-", ".", " ", "\u00a0"]).join(d)
            parts.append("%s %s" % (c.keyname(k), c.add(k, v)))
        else:
            parts.append(c.prose(k))
    if not c.positive:
        parts += [c.L("carta ", "card ") + V.masked_card(r).replace(" ", "."), "IBAN " + V.masked_iban(r).replace(" ", "-"),
                  c.L("ordine ", "order ") + V.order_no(r), c.neg_prose("pin")]
    return "\n".join(parts)


# ---------------------------------------------------------------- 12. diff / code review
def diff_review(c):
    r = c.r
    path = r.choice(["config/settings.py", ".env.example", "app/src/main/res/values/secrets.xml", "deploy/values-prod.yaml",
                     "src/main/resources/application.properties", "config/pagora.json", "terraform/prod.tfvars", "docker-compose.override.yml"])
    ext = path.rsplit(".", 1)[-1]

    def cfg_line(k, v):
        if k == "vendor_key":
            name = getattr(c, "_env", "API_KEY")
        elif k in ("base_url", "timeout", "webhook_id", "client_id", "payout_account"):
            name = k
        else:
            name = c.keyname(k)
        if ext == "py":
            return '%s = "%s"' % (name.upper(), v)
        if ext in ("yaml", "yml"):
            return "  %s: \"%s\"" % (name, v)
        if ext == "xml":
            return '    <string name="%s">%s</string>' % (name.lower(), v)
        if ext == "json":
            return '  "%s": "%s",' % (name, v)
        if ext == "properties":
            return "pagora.%s=%s" % (name.lower().replace("_", "-"), v)
        if ext == "tfvars":
            return '%s = "%s"' % (name.lower(), v)
        return "%s=%s" % (name.upper(), v)

    minus, plus, blocks = [], [], []
    for k in list(c.pending):
        c.pending.remove(k)
        if k == "private_key":
            pem = c.pem()
            plus += ["+" + x for x in ["# signing key (temp, da togliere)" if c.it else "# signing key (temp, remove later)"]]
            blocks.append(pem)
            continue
        if k == "bank_account":
            _, _, acct = V.bank_account(r, c.lang)
            c.add(k, acct)
            (plus if r.random() < 0.6 else minus).append(("+" if True else "") + cfg_line("payout_account", acct))
            continue
        v = c.add(k, c.value(k, fmt=False))
        if r.random() < 0.35:
            # secret is being removed: still leaked in the '-' line
            minus.append("-" + cfg_line(k, v))
            plus.append("+" + cfg_line(k, r.choice(["${%s}" % k.upper(), "os.environ['%s']" % k.upper(), "%%(%s)s" % k, "{{ .Values.%s }}" % k])))
        else:
            if r.random() < 0.5:
                minus.append("-" + cfg_line(k, V.placeholder(r, k)))
            plus.append("+" + cfg_line(k, v))
    # fix signs for bank_account lines appended without prefix logic
    minus = [m if m[0] in "+-" else "-" + m for m in minus]
    minus = ["-" + m[1:] for m in minus]
    if not c.positive:
        for k in r.sample(["access_token", "client_secret", "vendor_key", "password", "refresh_token"], r.randint(1, 3)):
            minus.append("-" + cfg_line(k, V.placeholder(r, k)))
            plus.append("+" + cfg_line(k, r.choice(["${%s}" % k.upper(), "os.environ['%s']" % k.upper(), "{{ .Values.%s }}" % k, "vault:secret/data/pagora#%s" % k])))
        plus.append("+" + cfg_line("client_id", V.client_id(r)))
    ctx_lines = [" " + cfg_line("base_url", "https://" + c.host), " " + cfg_line("timeout", str(r.choice([10, 30, 60]))),
                 " " + cfg_line("webhook_id", V.obj_id(r))]
    a, b = V.rs(r, V.HEX, 7), V.rs(r, V.HEX, 7)
    hunk = ["diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (a, b), "--- a/%s" % path, "+++ b/%s" % path,
            "@@ -%d,%d +%d,%d @@" % (r.randint(1, 80), len(minus) + 2, r.randint(1, 80), len(plus) + 2)]
    hunk += ctx_lines[:1] + minus + plus + ctx_lines[1:]
    pr = r.randint(20, 900)
    head = c.pl(["Ciao, nella PR #%d del nostro repo il reviewer ha segnalato un problema, ma il bug che vi chiediamo è un altro. Ecco il diff:" % pr,
                 "Vi incollo il diff della modifica che abbiamo deployato ieri sera (commit %s), da lì è iniziato il %s:" % (V.sha1(r)[:10], err(c))],
                ["Hi, on PR #%d our reviewer flagged something, but what we need help with is another bug. Here's the diff:" % pr,
                 "Pasting the diff we deployed last night (commit %s), that's when the %s started:" % (V.sha1(r)[:10], err(c))])
    review = [c.pl(["**%s** commented on line %d:" % (r.choice(["giorgio-rev", "ale.b", "code-owner"]), r.randint(3, 40)),
                    "Commento del reviewer (riga %d):" % r.randint(3, 40)],
                   ["**%s** commented on line %d:" % (r.choice(["georgeR", "dana-k", "code-owner"]), r.randint(3, 40)),
                    "Reviewer comment (line %d):" % r.randint(3, 40)])]
    if c.positive:
        review.append(c.pl(["> 🔴 Non committare segreti! Anche se lo togli nel commit dopo resta nella history, va ruotato.",
                            "> Questo valore non dovrebbe stare nel repo, spostalo nel secret manager."],
                           ["> 🔴 Don't commit secrets! Even if you remove it in the next commit it stays in history, it must be rotated.",
                            "> This value shouldn't live in the repo, move it to the secret manager."]))
    else:
        review.append(c.pl(["> 👍 Bene che ora legge da variabile d'ambiente. LGTM.", "> ok per me, ricordati di aggiornare il README"],
                           ["> 👍 Good that it reads from the environment now. LGTM.", "> fine by me, remember to update the README"]))
    out = [head, "", fence("\n".join(hunk), "diff")]
    if blocks:
        out += [c.L("e il file della chiave aggiunto nello stesso commit:", "and the key file added in the same commit:")] + blocks
    out += [""] + review
    if c.pending:
        out.append(rest_prose(c))
    out.append(c.pl(["Il build è %s, pipeline #%d." % (V.sha1(r)[:7], r.randint(1000, 99999)), "Idee?"],
                    ["Build %s, pipeline #%d." % (V.sha1(r)[:7], r.randint(1000, 99999)), "Any idea?"]))
    return "\n".join(out)


# ---------------------------------------------------------------- 13. incident postmortem
def postmortem(c):
    r = c.r
    sev = r.choice(["SEV-1", "SEV-2", "SEV-3", "P1", "P2"])
    title = c.pl(["Postmortem: pagamenti rifiutati per token scaduti", "RCA: payout duplicati del %s" % V.it_date(r),
                  "Incidente %s - credenziali esposte nei log applicativi" % sev],
                 ["Postmortem: payments rejected due to expired tokens", "RCA: duplicate payouts on %s" % V.it_date(r),
                  "Incident %s - credentials exposed in application logs" % sev])
    P = ["# " + title, "", "**%s:** %s · **%s:** %s · **%s:** %s" % (c.L("Severità", "Severity"), sev, c.L("Autore", "Author"), c.name(),
                                                                     c.L("Stato", "Status"), r.choice(["Draft", "Final", "In review"])), ""]
    P += ["## " + c.L("Sommario", "Summary"), c.pl(
        ["Tra le %02d:%02d e le %02d:%02d (UTC) circa il %d%% delle chiamate a %s sono fallite con %s." % (
            r.randint(0, 11), r.randint(0, 59), r.randint(12, 23), r.randint(0, 59), r.randint(3, 90), endpoint(r), err(c))],
        ["Between %02d:%02d and %02d:%02d UTC about %d%% of calls to %s failed with %s." % (
            r.randint(0, 11), r.randint(0, 59), r.randint(12, 23), r.randint(0, 59), r.randint(3, 90), endpoint(r), err(c))]), ""]
    P += ["## Timeline (UTC)"]
    h = r.randint(0, 18)
    mins = sorted(r.randint(0, 59 * 3) for _ in range(r.randint(4, 7)))
    for i, tot in enumerate(mins):
        m = tot % 60
        ev = c.pl(["Alert su error rate da Grafana", "Rollback al commit %s" % V.sha1(r)[:8], "Il cliente %s apre il ticket #%s" % (c.company, V.rdigits(r, 6, True)),
                   "Identificata richiesta %s" % V.uuid4(r), "Rotazione credenziali completata", "Deploy hotfix %s" % V.version(r),
                   "Verificato trace %s" % V.rs(r, V.HEX, 32)],
                  ["Grafana error-rate alert fires", "Rollback to commit %s" % V.sha1(r)[:8], "Customer %s opens ticket #%s" % (c.company, V.rdigits(r, 6, True)),
                   "Identified request %s" % V.uuid4(r), "Credential rotation completed", "Hotfix %s deployed" % V.version(r),
                   "Checked trace %s" % V.rs(r, V.HEX, 32)])
        P.append("- %02d:%02d — %s" % (h + tot // 60, m, ev))
    P += ["", "## " + c.L("Causa principale", "Root cause")]
    P.append(c.pl(["Il middleware di logging scriveva in chiaro il corpo delle richieste verso %s, compresi i campi sensibili." % endpoint(r),
                   "Una modifica alla configurazione ha sovrascritto le credenziali di produzione con quelle di collaudo.",
                   "Il job di rotazione non aggiornava il secret nel pod dopo il restart."],
                  ["The logging middleware wrote request bodies to %s in clear, sensitive fields included." % endpoint(r),
                   "A config change overwrote the production credentials with the staging ones.",
                   "The rotation job didn't refresh the secret in the pod after restart."]))
    log = []
    while c.pending:
        k = c.take()
        if k == "private_key":
            P.append(c.L("La chiave finita nel bucket pubblico era:", "The key that ended up in the public bucket was:"))
            P.append(c.pem())
            continue
        log.append("%s INFO  %s %s" % (V.iso_ts(r), r.choice(["http.request", "payout.worker", "auth.client"]), c.prose(k).replace("\n", " ")))
    if log:
        P += ["", c.L("Estratto dei log incriminati (non ancora ripuliti):", "Offending log excerpt (not yet scrubbed):"), fence("\n".join(log + [
            "%s INFO  http.request %s" % (V.iso_ts(r), c.lookalike())]))]
    else:
        P += ["", c.L("Estratto dei log (campi sensibili già mascherati):", "Log excerpt (sensitive fields already masked):"), fence("\n".join(
            "%s %s  %s" % (V.iso_ts(r), r.choice(["INFO ", "WARN ", "ERROR"]), r.choice([c.lookalike(), c.neg_kv(), c.neg_prose()]).replace("\n", " ")) for _ in range(r.randint(3, 6))))]
    P += ["", "## " + c.L("Azioni", "Action items"),
          "- [ ] " + c.L("Mascherare password, token e PAN nel logger", "Mask passwords, tokens and PANs in the logger"),
          "- [ ] " + c.L("Ruotare tutte le credenziali esposte", "Rotate every exposed credential"),
          "- [x] " + c.L("Aggiunto alert su 401 > 2%", "Added alert on 401 > 2%"),
          "- [ ] " + c.L("Ticket di follow-up: ", "Follow-up ticket: ") + r.choice(["SUP", "ENG", "SEC"]) + "-" + str(r.randint(100, 9999))]
    return "\n".join(P)


# ---------------------------------------------------------------- 14. web-form / CRM submission dump with URLs
def form_dump(c):
    r = c.r
    P = [c.pl(["Nuova richiesta dal modulo di contatto", "=== Modulo Supporto Sviluppatori ===", "Richiesta web #%s" % V.rdigits(r, 6, True)],
              ["New contact form submission", "=== Developer Support Form ===", "Web request #%s" % V.rdigits(r, 6, True)])]
    P += ["%s: %s" % (c.L("Nome", "Name"), c.name()), "Email: %s" % c.email(), "%s: %s" % (c.L("Telefono", "Phone"), V.phone(r, c.lang)),
          "%s: %s" % (c.L("Azienda", "Company"), c.company)]
    if c.it:
        P.append("P.IVA / C.F.: %s" % r.choice([V.partita_iva(r), V.codice_fiscale(r)]))
    P += ["%s: %s" % (c.L("Categoria", "Category"), r.choice(["API / Integrazione", "Pagamenti", "Open Banking", "Account"] if c.it else
                                                             ["API / Integration", "Payments", "Open Banking", "Account"])),
          "%s: %s" % (c.L("Ambiente", "Environment"), r.choice(["Sandbox", "Produzione" if c.it else "Production"]))]
    msg = c.pl(["Buongiorno, dopo il redirect dal consenso la pagina di callback va in errore. Vi metto l'URL completo qui sotto.",
                "Salve, non riusciamo a completare il flusso OAuth. Allego i dettagli.", "Il pagamento resta pending, vedete voi?"],
               ["Hi, after the consent redirect our callback page errors out. Full URL below.",
                "Hello, we can't complete the OAuth flow. Details below.", "Payment stays pending, can you look?"])
    P.append("%s:\n%s" % (c.L("Messaggio", "Message"), msg))
    urls = []
    while c.pending:
        k = c.take()
        if k == "access_token" and r.random() < 0.7:
            v = c.add(k, c.value(k))
            urls.append("https://%s/callback#access_token=%s&token_type=Bearer&expires_in=3600&state=%s" % (
                r.choice(["shop.example.it", "app.%s.com" % c.company.split()[0].lower(), "localhost:3000"]), v, V.rs(r, V.HEX, 16)))
        elif k == "vendor_key" and r.random() < 0.7:
            v = c.add(k, c.value(k))
            urls.append("https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s" % (r.choice(["Via+Roma+1+Milano", "10+Downing+St"]), v)
                        if v.startswith("AIza") else "https://%s/v1/charges?api_key=%s&limit=10" % (c.host, v))
        elif k == "client_secret" and r.random() < 0.7:
            v = c.add(k, c.value(k))
            urls.append("https://%s/oauth/token?grant_type=client_credentials&client_id=%s&client_secret=%s" % (c.host, V.client_id(r), v))
        elif k == "refresh_token" and r.random() < 0.6:
            v = c.add(k, c.value(k))
            urls.append("https://%s/oauth/token?grant_type=refresh_token&refresh_token=%s" % (c.host, v))
        else:
            label = {"password": c.L("Password utente (se pertinente)", "User password (if relevant)"), "pin": "PIN",
                     "cvv": "CVV", "card_number": c.L("Carta usata", "Card used"), "iban": "IBAN",
                     "bank_account": c.L("Coordinate bancarie", "Bank details"), "private_key": c.L("Chiave (incolla qui)", "Key (paste here)"),
                     "access_token": "Token", "vendor_key": "API key", "client_secret": "Client secret", "refresh_token": "Refresh token"}[k]
            if k == "private_key":
                P.append("%s:\n%s" % (label, c.pem()))
            elif k == "bank_account":
                P.append("%s: %s" % (label, c.bank_account_snip()))
            else:
                P.append("%s: %s" % (label, c.add(k, c.value(k))))
    if not c.positive:
        urls.append("https://%s/callback?state=%s&consent_id=%s&status=%s" % (r.choice(["shop.example.it", "localhost:3000"]), V.rs(r, V.HEX, 16),
                                                                            V.uuid4(r), r.choice(["rejected", "expired", "ok"])))
        if r.random() < 0.5:
            urls.append("https://%s/v1/payments?limit=20&starting_after=%s&cursor=%s" % (c.host, V.pay_id(r), V.base64_json(r)))
        P.append("%s: %s" % (r.choice(["Password", "Token", "API key"]), r.choice(["(non inserita)" if c.it else "(not provided)", "********", "-", "n/a"])))
    if urls:
        P.append("URL:\n" + "\n".join(urls))
    P += ["", c.L("--- dati tecnici (automatici) ---", "--- technical data (automatic) ---"),
          "User-Agent: Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % (
              r.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"]), r.randint(118, 126)),
          "IP: %s" % V.ip(r), "Page: https://support.sportello.dev/%s/contact" % c.lang, "Ticket-Id: %s" % V.uuid4(r),
          "reCAPTCHA score: %.1f" % r.choice([0.3, 0.7, 0.9])]
    if r.random() < 0.5:
        P.append(c.lookalike())
    return "\n".join(P)
