"""Scenarios, part A: end users, phones, letters, voices, regional registers.
Every scenario is fn(rec, lang, kind) -> (style, text); kind None = must pass."""
from gen_frames import *  # noqa

BANKS = ["BancaAurora", "Banca Aurora", "CredSud", "Tesoro Pay", "BPS Mobile", "Kassa", "Northbank", "Fintrail"]
MERCH = ["AMAZON EU", "ESSELUNGA 221", "TRENITALIA", "ZALANDO", "IKEA BARI", "TESCO STORES", "UBER *TRIP", "NETFLIX.COM", "Bar Sport"]


def sms_body(rec, lang, kind):
    bank, amt, mer = ch(BANKS), amount(lang), ch(MERCH)
    if kind == "pin":
        v = pin(ch([5, 6, 6, 8, 4]))
        p = rec.m("pin", v)
        if maybe(0.15):
            p = ch(["G-", "A-", "#"]) + p
        if lang == "it":
            return ch(["%s: codice %s per confermare il pagamento di %s presso %s. Non condividerlo con nessuno." % (bank, p, amt, mer),
                       "Il tuo codice di verifica %s è: %s. Scade tra %d minuti." % (bank, p, R.randint(2, 10)),
                       "%s è il tuo codice OTP per accedere a %s. Se non sei stato tu chiama il %s." % (p, bank, phone(lang)),
                       "<#> %s: usa %s per attivare l'app sul nuovo telefono. %s" % (bank, p, rmix(11)),
                       "Codice di sicurezza: %s. %s non ti chiederà MAI questo codice al telefono." % (p, bank),
                       "%s - Autorizzazione bonifico di %s: inserisci il codice %s" % (bank, amt, p)])
        return ch(["%s: code %s to approve a payment of %s at %s. Never share it." % (bank, p, amt, mer),
                   "Your %s verification code is %s. It expires in %d minutes." % (bank, p, R.randint(2, 10)),
                   "%s is your one-time passcode for %s. Not you? Call %s." % (p, bank, phone(lang)),
                   "<#> %s: use %s to register this device. %s" % (bank, p, rmix(11)),
                   "Security code: %s. %s will NEVER call you to ask for it." % (p, bank),
                   "%s: to confirm the new payee enter %s" % (bank, p)])
    # must-pass bank SMS: notifications without codes
    l4 = last4()
    if lang == "it":
        return ch(["%s: pagamento di %s con carta *%s presso %s il %s. Non sei stato tu? Chiama il %s" % (bank, amt, l4, mer, date(lang), phone(lang)),
                   "%s: accredito bonifico di %s. CRO %s" % (bank, amt, rs(11, DIG)),
                   "%s: il tuo codice è scaduto. Richiedi un nuovo codice dall'app." % bank,
                   "%s: abbiamo bloccato la carta che termina con %s per sicurezza. Info %s" % (bank, l4, phone(lang)),
                   "Gentile cliente, %s non ti chiederà mai PIN o codici via SMS. Segnala i tentativi di truffa." % bank,
                   "%s: prelievo di %s presso ATM %s, disponibile %s" % (bank, amt, rs(5, DIG), amount(lang))])
    return ch(["%s: %s spent on card ending %s at %s on %s. Not you? Call %s" % (bank, amt, l4, mer, date(lang), phone(lang)),
               "%s: you received %s. Ref %s" % (bank, amt, rs(10, UP + DIG)),
               "%s: your code has expired. Request a new one in the app." % bank,
               "%s: we froze the card ending %s as a precaution. Help: %s" % (bank, l4, phone(lang)),
               "%s will never ask for your PIN or passcodes by text. Report scams to 7726." % bank,
               "%s: cash withdrawal %s at ATM %s, balance %s" % (bank, amt, rs(5, DIG), amount(lang))])


def sc_sms_forward(rec, lang, kind):
    body = sms_body(rec, lang, kind)
    f, l = person(lang)
    intro = P(lang, ["mi è arrivato questo, è normale?", "vi inoltro il messaggio, io non ho comprato niente",
                     "Il cliente mi ha girato questo sms:", "guardate qua", "ricevuto poco fa, che devo fare??",
                     "mia madre ha ricevuto questo sul cellulare", "è vostro questo messaggio o è una truffa?"],
                 ["got this, is it normal?", "forwarding the text, I didn't buy anything", "Customer forwarded this SMS:",
                  "look at this", "just received, what do I do??", "my dad got this on his phone", "is this from you or a scam?"])
    mode = R.randint(0, 3)
    if mode == 0:
        text = frame_whatsapp(lang, [("%s %s" % (f, l[0] + "."), intro), ("%s %s" % (f, l[0] + "."), P(lang, ["‎Inoltrato", "Inoltrato"], ["‎Forwarded", "Forwarded"]) + "\n" + body)])
        st = "whatsapp"
    elif mode == 1:
        text = "%s\n\n---------- %s ----------\n%s: %s\n%s\n\n%s" % (intro, P(lang, ["Messaggio inoltrato"], ["Forwarded message"]), P(lang, ["Da"], ["From"]), ch(BANKS), body, signoff(lang, f, l))
        st = "sms-forward"
    elif mode == 2:
        text = "%s\n> %s" % (intro, body.replace("\n", "\n> "))
        st = "sms-quote"
    else:
        text = "%s %s %s" % (greeting(lang), intro, body)
        st = "sms-forward"
    return st, rec.fill(text)


def sc_enduser_form(rec, lang, kind):
    f, l = person(lang)
    shop = ch(SHOPS_IT if lang == "it" else SHOPS_EN)
    fields = [(P(lang, ["Nome e cognome", "Nominativo", "Nome"], ["Full name", "Name", "Your name"]), "%s %s" % (f, l)),
              ("Email", "%s.%s@%s" % (f.lower(), l.lower().replace(" ", "").replace("'", ""), ch(["gmail.com", "libero.it", "outlook.com"]))),
              (P(lang, ["Telefono", "Cellulare"], ["Phone", "Mobile"]), phone(lang))]
    if maybe(0.6):
        fields.append((P(lang, ["Attività", "Negozio", "Ragione sociale"], ["Business", "Shop name", "Company"]), shop))
    if maybe(0.5):
        fields.append((P(lang, ["Numero ordine", "Riferimento"], ["Order number", "Reference"]), order_no()))
    cat = P(lang, ["Pagamenti", "Accesso", "Carte", "Bonifici", "Altro"], ["Payments", "Login", "Cards", "Transfers", "Other"])
    fields.append((P(lang, ["Categoria"], ["Category"]), cat))
    story = []
    if kind == "pin":
        story = [P(lang, ["il terminale mi chiede sempre il codice", "da ieri l'app non mi fa entrare", "non riesco a fare il pagamento",
                          "la carta viene rifiutata al bancomat"], ["the card machine keeps asking for the code", "since yesterday the app won't let me in",
                                                                    "I can't complete the payment", "the cash machine rejects my card"]),
                 phrase("pin", lang, rec.m("pin", pin()))]
    elif kind == "cvv":
        c = rec.m("card_number", card())
        story = [P(lang, ["ho provato a pagare l'abbonamento con la carta %s" % c, "la carta è %s" % c, "vi scrivo i dati della carta: %s" % c],
                   ["I tried paying the subscription with card %s" % c, "the card is %s" % c, "here are the card details: %s" % c]),
                 P(lang, ["scadenza %s" % expiry(), "scade il %s" % expiry(), ""], ["expiry %s" % expiry(), "exp %s" % expiry(), ""]),
                 phrase("cvv", lang, rec.m("cvv", cvv(4 if maybe(0.1) else 3)))]
    elif kind == "card_number":
        story = [P(lang, ["mi hanno addebitato due volte sulla carta %s", "il numero della carta è %s, controllate voi", "carta: %s"],
                   ["I was charged twice on card %s", "card number is %s, please check", "card: %s"]) % rec.m("card_number", card(wrap=maybe(0.15)))]
    elif kind == "password":
        story = [P(lang, ["non riesco ad entrare nel portale esercenti", "mi dice credenziali errate", "ho paura di aver sbagliato qualcosa"],
                   ["I cannot get into the merchant portal", "it says wrong credentials", "I'm afraid I did something wrong"]),
                 phrase("password", lang, rec.m("password", password()))]
    elif kind == "iban":
        story = [P(lang, ["devo cambiare il conto di accredito, quello nuovo è %s", "l'IBAN su cui volete versare è %s", "accreditate su %s per favore"],
                   ["I need to change the payout account, the new one is %s", "please pay into %s", "the IBAN for refunds is %s"]) % rec.m("iban", iban())]
    elif kind == "bank_account":
        story = [P(lang, ["i soldi devono arrivare sul mio conto", "cambio conto per gli accrediti"], ["the money should go to my account", "changing the payout account"]),
                 bank_account_phrase(rec, lang)]
    else:
        story = [P(lang, ["non ricordo più il PIN e non voglio bloccare la carta", "mi avete chiesto la password al telefono? io non l'ho data",
                          "il POS dice 'codice errato' ma il codice non ce l'ho", "vorrei sapere quando arriva il rimborso",
                          "la carta che finisce con %s non funziona più" % last4(), "ho ricevuto un addebito di %s che non riconosco" % amount(lang),
                          "chiedo di essere richiamata al %s" % phone(lang), "il codice IBAN dove lo trovo?"],
                   ["I can't remember the PIN and don't want to block the card", "did you ask for my password on the phone? I didn't give it",
                    "the card reader says 'wrong code' but I don't have a code", "when will the refund arrive?",
                    "the card ending %s stopped working" % last4(), "there's a charge of %s I don't recognise" % amount(lang),
                    "please call me back on %s" % phone(lang), "where do I find my IBAN?"]),
                 noise(lang)]
    if maybe(0.5):
        story.insert(0, noise(lang))
    story = [s for s in story if s]
    sep = ch([". ", ", ", "\n", " ... ", ". "])
    desc = sep.join(story)
    if maybe(0.3):
        desc = desc.upper() if lang == "it" and maybe(0.3) else desc
    fields.append((P(lang, ["Descrivi il problema", "Messaggio", "Descrizione"], ["Describe the problem", "Message", "Details"]), desc))
    fsep = ch([": ", ":\t", " - ", ":  "])
    text = "\n".join("%s%s%s" % (a, fsep, b) for a, b in fields)
    if maybe(0.3):
        text = P(lang, ["Nuovo modulo di contatto dal sito", "[Modulo assistenza]"], ["New contact form submission", "[Support form]"]) + "\n\n" + text
    return ch(["web-form", "support-form", "contact-form"]), rec.fill(text)


def bank_account_phrase(rec, lang, country=None):
    country = country or ch(["IT", "IT", "IT", "GB", "DE", "FR", "ES", "IT"])
    if country == "IT":
        cin, abi, cab, conto = it_parts()
        if maybe(0.5):
            v = rec.m("bank_account", cin + abi + cab + conto if maybe(0.7) else " ".join([cin, abi, cab, conto]))
            return P(lang, ["coordinate (BBAN): %s", "CIN ABI CAB conto: %s", "le coordinate vecchie erano %s", "BBAN %s"],
                     ["BBAN: %s", "domestic details: %s", "the old Italian details were %s"]) % v
        v = rec.m("bank_account", conto)
        return ch([P(lang, ["ABI %s CAB %s conto n. %s", "ABI %s - CAB %s - c/c %s", "abi %s, cab %s e numero di conto %s"],
                     ["ABI %s CAB %s account no. %s", "ABI %s / CAB %s / conto %s"]) % (abi, cab, v),
                   P(lang, ["conto corrente %s (ABI %s, CAB %s)", "c/c n° %s presso filiale ABI %s CAB %s"],
                     ["current account %s (ABI %s, CAB %s)", "account %s at branch ABI %s CAB %s"]) % (v, abi, cab)])
    if country == "GB":
        _, sc, acc = gb_parts()
        scf = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        if maybe(0.4):
            v = rec.m("bank_account", scf + ch([" ", "  ", " / ", "\t"]) + acc)
            return P(lang, ["conto UK: %s", "sort code e conto: %s"], ["sort code + account: %s", "UK details %s", "pay it to %s please"]) % v
        v = rec.m("bank_account", acc)
        return P(lang, ["sort code %s, numero conto %s", "sort code %s account %s"],
                 ["sort code %s, account number %s", "sort code %s acc no %s", "s/c %s a/c %s"]) % (scf, v)
    if country == "DE":
        blz, kto = de_parts()
        v = rec.m("bank_account", kto)
        blzf = ch([blz, "%s %s %s" % (blz[:3], blz[3:6], blz[6:])])
        return P(lang, ["BLZ %s, Kontonummer %s", "conto tedesco: BLZ %s Konto %s"], ["BLZ %s, Kontonummer %s", "German account: BLZ %s Kto %s"]) % (blzf, v)
    if country == "FR":
        b, g, c, k = fr_parts()
        if maybe(0.6):
            v = rec.m("bank_account", ch([" ".join([b, g, c, k]), b + g + c + k, "%s %s %s %s" % (b, g, c, k)]))
            return P(lang, ["RIB: %s", "il RIB francese è %s"], ["RIB %s", "French RIB: %s"]) % v
        v = rec.m("bank_account", c)
        return P(lang, ["code banque %s, guichet %s, n° de compte %s, clé %s"], ["code banque %s code guichet %s numéro de compte %s clé RIB %s"]) % (b, g, v, k)
    e, o, dc, c = es_parts()
    v = rec.m("bank_account", ch(["%s %s %s %s" % (e, o, dc, c), "%s-%s-%s-%s" % (e, o, dc, c), e + o + dc + c]))
    return P(lang, ["CCC spagnolo: %s", "número de cuenta %s"], ["Spanish CCC %s", "cuenta: %s"]) % v


def sc_dictation(rec, lang, kind):
    f, l = person(lang)
    parts = [P(lang, ["ciao sono %s %s" % (f, l), "buongiorno vi chiamo per la carta", "allora praticamente", "salve scrivo col telefono perché non ci vedo bene"],
               ["hi this is %s %s" % (f, l), "hello I'm calling about my card", "ok so basically", "hello I'm dictating this because my eyes are bad"])]
    if kind == "pin":
        v = pin(ch([4, 5, 6]))
        v = ch([v, " ".join(v), v])
        parts.append(phrase("pin", lang, rec.m("pin", v)))
    elif kind == "password":
        parts.append(phrase("password", lang, rec.m("password", password(simple=True))))
    elif kind == "cvv":
        c = rec.m("card_number", card(sep=ch([" ", "", " "])))
        parts.append(P(lang, ["la carta è %s", "il numero lungo della carta è %s"], ["the card is %s", "the long number is %s"]) % c)
        parts.append(phrase("cvv", lang, rec.m("cvv", cvv())))
    elif kind == "iban":
        parts.append(P(lang, ["l'iban è %s", "vi detto l'iban %s"], ["my iban is %s", "the iban is %s"]) % rec.m("iban", fmt_iban(iban_compact(), ch(["paper", "lower", "compact"]))))
    elif kind == "bank_account":
        parts.append(bank_account_phrase(rec, lang))
    else:
        parts.append(P(lang, ["non mi ricordo il pin della carta e la banca è chiusa", "mi hanno mandato un codice ma è scaduto",
                              "mio figlio dice che la password non la devo dire a nessuno quindi non ve la dico",
                              "il numero di telefono è %s" % phone(lang), "ho fatto un bonifico di %s il %s" % (amount(lang), date(lang))],
                       ["I don't remember the card pin and the bank is closed", "they sent me a code but it expired",
                        "my son says I shouldn't tell anyone the password so I won't", "my number is %s" % phone(lang),
                        "I sent %s on %s" % (amount(lang), date(lang))]))
    parts.append(P(lang, ["grazie mille", "fatemi sapere", "aspetto una chiamata", "invio"], ["thank you", "let me know", "waiting for your call", "send"]))
    return ch(["dictation", "voice-to-text"]), rec.fill(dictation(lang, ". ".join(parts)))


REG = {
    "nap": (["Uè", "Jamme", "Guagliù", "Mannaggia"], ["m'è arrivato 'o codice", "chillu codice", "'o pin d'a carta"], ["ma nun funziona niente", "che ce faccio?", "aggio sbagliato?"]),
    "rom": (["Aò", "Daje", "Ahò regà", "Ammazza"], ["me s'è arrivato er codice", "er pin"], ["ma nun va", "che devo fa'?", "sto a impazzì"]),
    "ven": (["Ciò", "Ostrega", "Eh beh"], ["el codice xe", "el pin de la carta xe"], ["ma no va gnente", "cossa fasso?"]),
    "sic": (["Minchia", "Talè", "Amunì"], ["u codici è", "u pin è"], ["ma un funziona", "chi fazzu?"]),
    "mil": (["Uela", "Ué figa", "Madonna"], ["il codice è", "m'è arrivato sto codice"], ["ma non va un tubo", "che sbatti"]),
}
EN_INFORMAL = (["m8", "oi", "lads", "ya", "omg", "soz"], ["the code was", "got a code", "me pin is"], ["innit", "wtf is going on", "sorted?", "pls help x"])


def sc_regional(rec, lang, kind):
    if lang == "it":
        a, b, c = REG[ch(list(REG))]
    else:
        a, b, c = EN_INFORMAL
    if kind == "pin":
        core = "%s %s %s" % (ch(a), ch(b), rec.m("pin", pin(ch([4, 5, 6]))))
    elif kind == "password":
        core = "%s %s %s" % (ch(a), P(lang, ["la password è", "'a password è", "a pass"], ["password's", "pass is", "pw ="]), rec.m("password", password()))
    elif kind == "iban":
        core = "%s %s %s" % (ch(a), P(lang, ["l'iban mio è", "ecco l'iban", "te lo scrivo: iban"], ["me iban", "iban is", "sending iban"]), rec.m("iban", iban()))
    elif kind == "cvv":
        core = "%s %s %s %s %s" % (ch(a), P(lang, ["la carta", "carta"], ["card", "card no"]), rec.m("card_number", card()),
                                   P(lang, ["e dietro c'è", "cvv"], ["back says", "cvv"]), rec.m("cvv", cvv()))
    elif kind == "card_number":
        core = "%s %s %s" % (ch(a), P(lang, ["il numero della carta è", "carta"], ["card number", "card"]), rec.m("card_number", card()))
    elif kind == "bank_account":
        core = "%s %s" % (ch(a), bank_account_phrase(rec, lang))
    else:
        core = "%s %s" % (ch(a), P(lang, ["nun me ricordo 'o pin", "er codice nun m'arriva", "el pin no me lo ricordo", "pagato %s e nun m'arriva niente" % amount(lang),
                                          "chiamatemi al %s" % phone(lang), "ordine %s ancora fermo" % order_no()],
                                   ["forgot me pin", "code never came", "paid %s and nothing" % amount(lang), "ring me on %s" % phone(lang),
                                    "order %s still stuck" % order_no()]))
    tail = ch(c)
    text = ch(["%s, %s", "%s... %s", "%s!! %s", "%s\n%s"]) % (core, tail)
    if maybe(0.5):
        text = frame_whatsapp(lang, [(ch(["Gennaro", "Zia Carmela", "Er Pasta", "Bepi", "Turi", "Gazza", "Kev", "Shaz", "Davo"]), t) for t in text.split("\n")])
    return ch(["chat-regional", "whatsapp-informal", "sms-informal"]), rec.fill(text)


def sc_ocr_letter(rec, lang, kind):
    f, l = person(lang)
    bank = ch(BANKS)
    lines = [bank.upper(), P(lang, ["Filiale di %s" % ch(["Bari Centro", "Torino 4", "Lecce", "Verona Borgo Trento"]), "Ufficio Estero"],
                              ["%s branch" % ch(["Leeds", "Cork", "Bristol", "Camden"]), "Customer Services"]),
             "", "%s %s" % (P(lang, ["Gent.mo/a Sig./Sig.ra"], ["Dear"]), ("%s %s" % (f, l)).upper()), ""]
    if kind == "pin":
        lines += [P(lang, ["Le comunichiamo il codice PIN della Sua nuova carta.", "In allegato il PIN personale."],
                    ["Please find below the PIN for your new card.", "Your personal PIN is shown below."]),
                  P(lang, ["PIN:  %s", "CODICE PIN   %s", "Il Suo PIN è %s"], ["PIN:  %s", "YOUR PIN   %s"]) % rec.m("pin", ch([pin(ch([4, 5])), pin(4).replace("0", "O"), " ".join(pin(4))])),
                  P(lang, ["Memorizzi il codice e distrugga questa lettera."], ["Memorise the number and destroy this letter."])]
    elif kind == "bank_account":
        lines += [P(lang, ["Le confermiamo l'apertura del rapporto:"], ["We confirm the opening of your account:"]), bank_account_phrase(rec, lang)]
    elif kind == "iban":
        lines += [P(lang, ["Coordinate del Suo conto:"], ["Your account details:"]), "IBAN  %s" % rec.m("iban", fmt_iban(iban_compact(), "paper")), "BIC  %s" % bic()]
    elif kind == "card_number":
        lines += [P(lang, ["Carta n.", "Numero carta"], ["Card no.", "Card number"]) + "  " + rec.m("card_number", card(sep=" ")),
                  P(lang, ["Scadenza", "Valida fino al"], ["Expires", "Valid thru"]) + "  " + expiry()]
    else:
        cin, abi, cab, conto = it_parts()
        lines += [P(lang, ["Le comunichiamo che il PIN Le verrà spedito separatamente.", "Per sicurezza non indichiamo il numero completo della carta."],
                    ["Your PIN will be sent separately.", "For security we do not print the full card number."]),
                  P(lang, ["Carta: %s" % masked_card(), "ABI %s  CAB %s" % (abi, cab), "BIC %s" % bic(), "Pratica n. %s" % rs(9, DIG)],
                    ["Card: %s" % masked_card(), "Sort code %s-%s-%s" % (rs(2, DIG), rs(2, DIG), rs(2, DIG)), "BIC %s" % bic(), "Case ref %s" % rs(9, DIG)]),
                  P(lang, ["IBAN: %s" % ("IT** **** **** **** **** **** %s" % rs(3, DIG)), "Data: %s" % date(lang), "Protocollo %s/%d" % (rs(6, DIG), R.randint(2023, 2025))],
                    ["IBAN: GB** **** **** **** %s" % rs(4, DIG), "Date: %s" % date(lang), "Our ref %s" % rs(8, UP + DIG)])]
    lines += ["", P(lang, ["Distinti saluti", "Cordialmente"], ["Yours sincerely", "Kind regards"]), bank, P(lang, ["Pag. 1 di 1"], ["Page 1 of 1"])]
    prefix = P(lang, ["[testo estratto dalla scansione]\n", "(OCR della lettera che mi è arrivata)\n", ""],
               ["[text extracted from scan]\n", "(OCR of the letter I got)\n", ""])
    return "ocr-letter", rec.fill(prefix + ocr("\n".join(lines)))


def sc_receipt(rec, lang, kind):
    shop = ch(SHOPS_IT if lang == "it" else SHOPS_EN)
    amt = amount(lang)
    lines = [shop.upper(), ch(["P.IVA %s" % rs(11, DIG), "VAT GB%s" % rs(9, DIG)]), "%s  %02d:%02d" % (date(lang), R.randint(8, 20), R.randint(0, 59)),
             "TML %s  ESER %s" % (rs(8, DIG), rs(9, DIG)) if lang == "it" else "TID %s  MID %s" % (rs(8, DIG), rs(9, DIG))]
    if kind == "card_number":
        lines.append(P(lang, ["CARTA  %s", "PAN %s"], ["CARD  %s", "PAN %s"]) % rec.m("card_number", card(sep=ch(["", " "]))))
        intro = P(lang, ["Il POS stampa il numero intero della carta sullo scontrino!! Guardate:", "bug: sulla ricevuta esce la carta in chiaro"],
                  ["Your terminal prints the FULL card number on the receipt, see:", "bug: receipt shows the card number unmasked"])
    else:
        lines.append(P(lang, ["CARTA  %s", "PAN %s"], ["CARD  %s", "PAN %s"]) % masked_card().replace("[REDACTED]", "************" + last4()))
        intro = P(lang, ["scontrino della transazione contestata:", "ecco la ricevuta", "la ricevuta dice così:"],
                  ["receipt for the disputed payment:", "here's the receipt", "the receipt says:"])
    lines += ["%s  %s" % (P(lang, ["IMPORTO", "TOTALE"], ["AMOUNT", "TOTAL"]), amt),
              "AUT. %s  STAN %s" % (rs(6, DIG), rs(6, DIG)) if lang == "it" else "AUTH CODE %s  SEQ %s" % (rs(6, UP + DIG), rs(6, DIG)),
              P(lang, ["PIN VERIFICATO", "CONTACTLESS", "TRANSAZIONE ESEGUITA"], ["PIN VERIFIED", "CONTACTLESS", "APPROVED"]),
              "AID A00000000%s" % ch(["31010", "41010", "42203"])]
    if kind == "pin":
        lines.append(P(lang, ["(a penna: pin %s)", "scritto dietro: PIN %s"], ["(handwritten: pin %s)", "written on the back: PIN %s"]) % rec.m("pin", pin(4)))
        intro = P(lang, ["foto dello scontrino, la signora ci ha scritto sopra il pin...", "allego scontrino"], ["photo of the receipt, the lady wrote her pin on it...", "receipt attached"])
    return "receipt", rec.fill(intro + "\n\n" + ocr("\n".join(lines), 0.03))


def sc_portal_paste(rec, lang, kind):
    hdr = P(lang, ["Data\tDescrizione\tDare\tAvere", "Data contabile\tData valuta\tDescrizione\tImporto"],
            ["Date\tDescription\tDebit\tCredit", "Posted\tValue date\tDetails\tAmount"])
    rows = []
    for _ in range(R.randint(2, 5)):
        rows.append("%s\t%s\t%s\t" % (date(lang), ch(["BONIFICO SEPA DA %s" % ch(IT_LAST).upper(), "PAGAMENTO POS %s" % ch(MERCH), "ADDEBITO SDD %s" % rs(8, UP + DIG),
                                                        "CARD PAYMENT %s" % ch(MERCH), "FASTER PAYMENT REF %s" % rs(8, UP + DIG),
                                                        "COMM. BONIFICO TRN %s" % rs(16, UP)]), amount(lang)))
    pre = []
    if kind == "iban":
        pre = [P(lang, ["Intestatario\t%s", "Titolare\t%s"], ["Account holder\t%s"]) % " ".join(person(lang)),
               "IBAN\t%s" % rec.m("iban", fmt_iban(iban_compact("IT" if lang == "it" else ch(["GB", "IE", "DE"])), ch(["paper", "compact"]))), "BIC\t%s" % bic()]
    elif kind == "bank_account":
        if lang == "it":
            cin, abi, cab, conto = it_parts()
            pre = ["CIN\t%s\tABI\t%s\tCAB\t%s\tConto\t%s" % (cin, abi, cab, rec.m("bank_account", conto))]
        else:
            _, sc, acc = gb_parts()
            pre = ["Sort code\t%s-%s-%s\tAccount number\t%s" % (sc[:2], sc[2:4], sc[4:], rec.m("bank_account", acc))]
    else:
        pre = [P(lang, ["Conto\t%s" % ("**** " + rs(4, DIG)), "ABI\t%s\tCAB\t%s" % (ch(ABIS), rs(5, DIG)), "BIC\t%s" % bic()],
                 ["Account\t****%s" % rs(4, DIG), "Sort code\t%s-%s-%s" % (rs(2, DIG), rs(2, DIG), rs(2, DIG)), "BIC\t%s" % bic()]),
               P(lang, ["Saldo disponibile\t%s" % amount(lang)], ["Available balance\t%s" % amount(lang)])]
    intro = P(lang, ["copio dal sito della banca:", "ecco cosa vedo nell'home banking", "incollo da internet banking"],
              ["copying from the bank website:", "this is what online banking shows", "pasted from the portal"])
    return "portal-paste", rec.fill(intro + "\n" + "\n".join(pre) + "\n\n" + hdr + "\n" + "\n".join(rows))


def sc_accountant_email(rec, lang, kind):
    f, l = person(lang)
    shop = ch(SHOPS_IT if lang == "it" else SHOPS_EN)
    subj = P(lang, ["Coordinate per rimborsi - %s" % shop, "R: pratica %s" % rs(6, DIG), "aggiornamento dati bancari cliente", "Fwd: bonifico non arrivato"],
             ["Refund account details - %s" % shop, "RE: case %s" % rs(6, DIG), "updated bank details for client", "Fwd: transfer missing"])
    body = [greeting(lang)]
    body.append(P(lang, ["sono il commercialista di %s." % shop, "scrivo per conto del mio cliente %s." % shop, "vi contatto dallo studio per %s." % shop],
                  ["I'm the accountant for %s." % shop, "writing on behalf of my client %s." % shop, "I handle the books for %s." % shop]))
    if kind == "iban":
        v = rec.m("iban", iban())
        body.append(P(lang, ["Vi chiedo di accreditare i rimborsi sul nuovo conto: %s, intestato a %s." % (v, shop),
                                           "Il conto corretto è\n%s\n(non quello in fattura %s)." % (v, order_no())],
                                    ["Please send refunds to the new account: %s, held by %s." % (v, shop),
                                     "The correct account is\n%s\n(not the one on invoice %s)." % (v, order_no())]))
    elif kind == "bank_account":
        body.append(bank_account_phrase(rec, lang))
    elif kind == "password":
        body.append(P(lang, ["Per accedere al portale ho usato l'utenza %s e la password %s, ma risulta bloccata.",
                             "Vi giro le credenziali del portale: %s / %s"],
                      ["To log in I used user %s and password %s, but it's locked.", "Portal credentials: %s / %s"]) % (ch(["studio.fontana", "amministrazione", "okafor.acc"]), rec.m("password", password())))
    else:
        body.append(P(lang, ["Non trovo le coordinate per i rimborsi: ABI %s, CAB %s, ma il conto non lo so." % (ch(ABIS), rs(5, DIG)),
                             "Il bonifico da %s del %s non è arrivato, CRO %s." % (amount(lang), date(lang), rs(11, DIG)),
                             "L'IBAN in fattura è mascherato (IT** **** %s), me lo confermate?" % rs(4, DIG)],
                      ["I can't find the refund details: sort code %s-%s-%s but no account." % (rs(2, DIG), rs(2, DIG), rs(2, DIG)),
                       "The %s transfer of %s never arrived, ref %s." % (date(lang), amount(lang), rs(12, UP + DIG)),
                       "The IBAN on the invoice is masked (GB** **** %s), can you confirm it?" % rs(4, DIG)]))
    body.append(noise(lang))
    body.append(signoff(lang, f, l))
    text = email_headers(lang, addr(f, l, lang), "support@sportello.example", subj) + "\n\n" + "\n\n".join(body)
    return "email-headers", rec.fill(text)
