# -*- coding: utf-8 -*-
"""Web-form submissions pasted as 'Field: value' blocks."""
from common import *  # noqa

S = "webform"


def render(c, fields, mode=None):
    r = c.r
    mode = mode or r.choice(["colon", "colon", "colon", "spacecolon", "bold", "twoline", "dots", "tab", "eq"])
    out = []
    for lab, v in fields:
        if mode == "colon":
            out.append("%s: %s" % (lab, v))
        elif mode == "spacecolon":
            out.append("%s : %s" % (lab, v))
        elif mode == "bold":
            out.append("**%s**: %s" % (lab, v))
        elif mode == "twoline":
            out.append("%s\n%s\n" % (lab, v))
        elif mode == "dots":
            out.append("%s %s %s" % (lab, "." * max(3, 28 - len(lab)), v))
        elif mode == "tab":
            out.append("%s\t%s" % (lab, v))
        elif mode == "eq":
            out.append("%s = %s" % (lab, v))
    return "\n".join(out).rstrip("\n")


def form_head(c, topic=None):
    r = c.r
    n = r.randint(1000, 99999)
    topic = topic or c.P(["Assistenza tecnica", "Problemi di pagamento", "Richiesta rimborso", "Contattaci",
                          "Integrazione API", "Segnalazione bug"],
                         ["Technical support", "Payment problems", "Refund request", "Contact us",
                          "API integration", "Report a bug"])
    return c.P([
        "Nuova richiesta dal modulo \"%s\" (invio n. %d)" % (topic, n),
        "Hai ricevuto una nuova compilazione del form %s" % topic,
        "Modulo web ricevuto il %s alle %s" % (date(r, "it"), hhmm(r)),
        "[Sportello] Form '%s' – nuova risposta" % topic,
        "Oggetto: Nuovo messaggio dal sito – %s" % topic,
    ], [
        "New submission from \"%s\" (#%d)" % (topic, n),
        "You have a new form entry: %s" % topic,
        "Form submitted on %s at %s" % (date(r, "en"), hhmm(r)),
        "[Sportello] '%s' form – new response" % topic,
        "Subject: New message via website – %s" % topic,
    ])


def who(c):
    r = c.r
    n = person(r, c.lang)
    return [(c.P(["Nome e cognome", "Nome", "Nominativo"], ["Full name", "Name", "Your name"]), n),
            ("E-mail" if r.random() < 0.5 else "Email", email_of(n, r))]


def foot(c):
    r = c.r
    return r.choice(["", "\n\n--\n" + c.P(["Questa e-mail è stata inviata da un modulo di contatto su www.%s" % r.choice(HOSTS).replace("api.", ""),
                                          "Inviato tramite WPForms", "IP mittente: %s" % ip(r)],
                                         ["This e-mail was sent from a contact form on %s" % r.choice(HOSTS).replace("api.", ""),
                                          "Sent via Gravity Forms", "Sender IP: %s" % ip(r)])])


# ---------------------------------------------------------------- positives

@T(S)
def form_refund_iban(c):
    r = c.r
    ib = make_iban(r)
    f = who(c) + [
        (c.P(["Numero ordine", "Ordine", "N° ordine"], ["Order number", "Order", "Order ref"]), order_no(r)),
        (c.P(["Importo da rimborsare", "Importo"], ["Refund amount", "Amount"]), amount(r, c.lang)),
        (label(c, "iban", foreign=0.1), c.add("iban", fmt_iban(r, ib))),
        (c.P(["Note", "Messaggio", "Motivo"], ["Notes", "Message", "Reason"]),
         c.P(["Prodotto arrivato rotto, vorrei il rimborso sul conto qui sopra.",
              "Addebitato due volte!! rimborsate per favore",
              "il conto è intestato a mia moglie, va bene lo stesso?"],
             ["Item arrived damaged, please refund to the account above.",
              "I was charged twice, please refund.",
              "Account is in my partner's name, hope that's ok."])),
    ]
    if r.random() < 0.5:
        f.insert(4, ("BIC/SWIFT", bic(r)))
    return form_head(c) + "\n\n" + render(c, f) + foot(c)


@T(S)
def form_generic_secret(c):
    r = c.r
    kind = pick_kind(c)
    f = who(c) + [(c.P(["Azienda", "Ragione sociale"], ["Company", "Organisation"]), r.choice(MERCHANTS))]
    f += secret_fields(c, kind, odd=0.25)
    f.append((c.P(["Descrizione", "Dettagli del problema"], ["Description", "Problem details"]), prose_neg(c)))
    return form_head(c) + "\n\n" + render(c, f) + foot(c)


@T(S)
def form_foreign_labels(c):
    r = c.r
    kind = r.choice(["password", "password", "client_secret", "access_token", "pin"])
    lang_lab = r.choice(["de", "fr", "es"])
    lab = {"de": {"password": "Passwort", "client_secret": "Client-Geheimnis", "access_token": "Zugriffstoken", "pin": "PIN-Code"},
           "fr": {"password": "Mot de passe", "client_secret": "Secret client", "access_token": "Jeton d'accès", "pin": "Code PIN"},
           "es": {"password": "Contraseña", "client_secret": "Secreto del cliente", "access_token": "Token de acceso", "pin": "Código PIN"}}[lang_lab][kind]
    user = {"de": "Benutzername", "fr": "Identifiant", "es": "Usuario"}[lang_lab]
    mail = {"de": "E-Mail-Adresse", "fr": "Adresse e-mail", "es": "Correo electrónico"}[lang_lab]
    n = person(r, "en")
    f = [(user, n.split()[0].lower() + str(r.randint(1, 99))), (mail, email_of(n, r)), (lab, c.sv(kind))]
    intro = c.P(["Il cliente ha usato la versione %s del modulo, incollo così com'è:" % {"de": "tedesca", "fr": "francese", "es": "spagnola"}[lang_lab],
                 "Dal form multilingua (%s):" % lang_lab.upper()],
                ["Customer used the %s version of the form, pasting as-is:" % {"de": "German", "fr": "French", "es": "Spanish"}[lang_lab],
                 "From the multilingual form (%s):" % lang_lab.upper()])
    return intro + "\n\n" + render(c, f, r.choice(["colon", "spacecolon", "twoline"]))


@T(S)
def form_card_payment(c):
    r = c.r
    f = who(c) + card_fields(c, with_cvv=r.random() < 0.75)
    f.append((c.P(["Cosa è successo?", "Problema"], ["What happened?", "Issue"]),
              c.P(["il pagamento viene rifiutato sempre al passaggio 3D Secure",
                   "ho inserito la carta qui perché al telefono non rispondete",
                   "mi ha addebitato ma l'ordine risulta annullato"],
                  ["payment keeps failing at the 3-D Secure step",
                   "putting the card here because nobody answers the phone",
                   "I was charged but the order shows as cancelled"])))
    return form_head(c, c.L("Problemi di pagamento", "Payment problems")) + "\n\n" + render(c, f) + foot(c)


@T(S)
def form_oauth_setup(c):
    r = c.r
    host = r.choice(HOSTS)
    f = [(c.P(["Ambiente", "Env"], ["Environment", "Env"]), r.choice(["produzione", "sandbox", "prod", "staging"])),
         ("Client ID", r.choice(CLIENT_IDS)),
         (label(c, "client_secret"), c.sv("client_secret")),
         ("Redirect URI", "https://%s/oauth/callback" % host.replace("api.", "app.")),
         (c.P(["Scope richiesti", "Scope"], ["Requested scopes", "Scopes"]), r.choice(SCOPES))]
    if r.random() < 0.35:
        f.append((label(c, "refresh_token"), c.sv("refresh_token")))
    f.append((c.P(["Errore ricevuto", "Errore"], ["Error received", "Error"]), error_msg(c)))
    return form_head(c, c.L("Integrazione API", "API integration")) + "\n\n" + render(c, f)


@T(S)
def form_machine_labels(c):
    r = c.r
    kind = pick_kind(c, TECH_W)
    fid = lambda: "field_%d" % r.randint(10, 999)
    f = [(fid(), person(r, c.lang)), (fid(), r.choice(MERCHANTS)), ("input_" + str(r.randint(1, 30)), r.choice(CLIENT_IDS))]
    key = r.choice(["txt_pwd", "cf_secret__c", "extra[2]", "fld_sec", "input_9.3", "q_token", "field_ab12"])
    if kind == "vendor_key":
        f.append((key, c.sv("vendor_key")))
    elif kind == "private_key":
        f.append((key, c.add("private_key", pem(r, lines=r.randint(4, 8)))))
    else:
        f.append((key, c.sv(kind)))
    f.append((fid(), date(r, c.lang)))
    r.shuffle(f)
    pre = c.P(["Export grezzo del form (i nomi dei campi sono quelli tecnici, scusate):",
               "Dal webhook del form arrivano solo gli id dei campi:"],
              ["Raw form export (field names are the internal ones, sorry):",
               "The form webhook only gives us field ids:"])
    return pre + "\n\n" + render(c, f, r.choice(["colon", "eq", "tab"]))


@T(S)
def form_bank_fields(c):
    r = c.r
    f = who(c) + bank_fields(c)
    f.append((c.P(["Causale", "Motivo"], ["Reference", "Reason"]),
              c.P(["Rimborso ordine %s" % order_no(r), "accredito incassi mensili"],
                  ["Refund for order %s" % order_no(r), "monthly payouts"])))
    return form_head(c, c.L("Dati per accredito", "Payout details")) + "\n\n" + render(c, f) + foot(c)


@T(S)
def form_textarea_after_keyword(c):
    r = c.r
    pw = c.add("password", any_password(r, c.lang))
    msg = c.P([
        "Buongiorno, da stamattina il portale non mi fa entrare. Uso la password che uso da sempre, cioè %s, e mi dice credenziali errate. Potete controllare?" % pw,
        "la password (quella che mi avevate dato voi all'attivazione e che non ho mai cambiato) è %s ma non va più" % pw,
        "Ho provato anche da un altro pc. Password, per sicurezza ve la scrivo: %s — l'utente è la mia mail." % pw,
        "non so se serve ma la pass che ho messo in fase di registrazione era\n%s\ngrazie" % pw,
    ], [
        "Since this morning the portal won't let me in. I'm using the password I've always used, which is %s, and it says invalid credentials." % pw,
        "the password (the one you gave me at activation, never changed it) is %s but it stopped working" % pw,
        "Tried another laptop too. Password, just so you can check: %s — username is my email." % pw,
        "not sure if useful but the pass I set when signing up was\n%s\nthanks" % pw,
    ])
    f = who(c) + [(c.P(["Messaggio", "Descrivi il problema"], ["Message", "Describe the problem"]), msg)]
    return form_head(c) + "\n\n" + render(c, f, r.choice(["colon", "twoline"])) + foot(c)


@T(S)
def form_qa_pairs(c):
    r = c.r
    kind = r.choice(["client_secret", "access_token", "password", "refresh_token", "pin"])
    qs = {
        "client_secret": c.L("Qual è il client secret che state usando?", "What client secret are you using?"),
        "access_token": c.L("Incolla il token che ricevi (se ce l'hai)", "Paste the token you get back (if any)"),
        "password": c.L("Con quale password provi ad accedere?", "Which password are you trying?"),
        "refresh_token": c.L("Refresh token usato nella chiamata", "Refresh token used in the call"),
        "pin": c.L("Ultimo codice ricevuto via SMS", "Last code you got by SMS"),
    }
    qa = [(c.L("Di cosa hai bisogno?", "What do you need help with?"), c.L("accesso API", "API access")),
          (c.L("Da quando?", "Since when?"), date(r, c.lang)),
          (qs[kind], c.sv(kind)),
          (c.L("Possiamo contattarti per telefono?", "Can we call you?"), c.pick([c.L("sì", "yes"), "no"]))]
    out = []
    for i, (q, a) in enumerate(qa, 1):
        out.append(r.choice(["Q%d. %s\nA%d. %s" % (i, q, i, a), "%d) %s\n→ %s" % (i, q, a), "%s\n%s" % (q, a)]))
    return c.P(["Typeform – nuova risposta", "Nuova risposta al questionario"], ["Typeform – new response", "New survey response"]) + "\n\n" + "\n\n".join(out)


@T(S)
def form_flattened_line(c):
    r = c.r
    kind = pick_kind(c, {"password": 5, "pin": 2, "iban": 3, "access_token": 2, "client_secret": 2})
    n = person(r, c.lang)
    parts = [(c.L("Nome", "First name"), n.split()[0]), (c.L("Cognome", "Last name"), n.split()[-1]),
             ("Email", email_of(n, r))]
    parts += [(label(c, kind), c.sv(kind, fmt="compact" if kind == "iban" else None))]
    parts += [(c.L("Telefono", "Phone"), phone(r, c.lang))]
    r.shuffle(parts)
    line = " ".join("%s: %s" % p for p in parts)
    pre = c.P(["Il form ci arriva tutto su una riga, eccolo:", "copio dal gestionale (perde gli a capo):"],
              ["The form lands on a single line, here it is:", "copied from the CRM (it drops line breaks):"])
    return pre + "\n" + line


@T(S)
def form_otp_spaced(c):
    r = c.r
    code = pin(r, 6)
    shown = c.add("pin", r.choice([code[:3] + " " + code[3:], code, "-".join([code[:2], code[2:4], code[4:]]), " ".join(code)]))
    f = who(c) + [(label(c, "pin", foreign=0.05), shown),
                  (c.P(["Telefono su cui arriva", "Cellulare"], ["Phone it was sent to", "Mobile"]), phone(r, c.lang)),
                  (c.P(["Note"], ["Notes"]), c.P(["il codice sopra non viene accettato dal checkout",
                                                  "mi dice codice scaduto ma è appena arrivato"],
                                                 ["the code above is rejected at checkout",
                                                  "says expired but it just arrived"]))]
    return form_head(c, c.L("Autenticazione forte (SCA)", "Strong authentication (SCA)")) + "\n\n" + render(c, f)


@T(S)
def form_cf7_mail(c):
    r = c.r
    n = person(r, c.lang)
    kind = pick_kind(c, TECH_W)
    if kind == "private_key":
        body = c.L("allego la chiave che usiamo per firmare le richieste:\n", "attaching the key we sign requests with:\n") + c.add("private_key", pem(r, lines=r.randint(5, 9)))
    elif kind == "vendor_key":
        vend, pairs = vendor_key(r)
        body = c.L("per l'integrazione con %s usiamo questa chiave: " % vend, "for the %s integration we use this key: " % vend) + c.add("vendor_key", pairs[-1][1])
    else:
        lab, val = label(c, kind).lower(), c.sv(kind)
        body = c.P(["Salve, il nostro %s è %s e dal vostro sandbox riceviamo 401." % (lab, val),
                    "vi scrivo il %s così verificate voi: %s" % (lab, val)],
                   ["Hello, our %s is %s and your sandbox returns 401." % (lab, val),
                    "here is the %s so you can check on your side: %s" % (lab, val)])
    return ("From: %s <%s>\nSubject: %s\n\nMessage Body:\n%s\n\n--\n%s" %
            (n, email_of(n, r), c.L("Richiesta supporto API", "API support request"), body,
             c.L("Questa e-mail è stata inviata da un modulo di contatto su sportello-demo.test (Contact Form 7)",
                 "This e-mail was sent from a contact form on sportello-demo.test (Contact Form 7)")))


@T(S)
def form_uk_refund(c):
    r = c.r
    u = uk_acc(r)
    acct = c.add("bank_account", u["account"])
    f = [("Name on account", person(r, "en")), ("Sort code", u["sort_fmt"]), ("Account number", acct),
         ("Payment reference", "RFND-" + digits(r, 6)), ("Amount", amount(r, "en"))]
    if c.lang == "it":
        pre = "Il cliente UK ha compilato il form rimborsi (in inglese):"
    else:
        pre = r.choice(["Refund form (UK customer):", "Form entry below."])
    return pre + "\n\n" + render(c, f)


@T(S)
def form_login_trouble(c):
    r = c.r
    user = email_of(person(r, c.lang), r)
    pw = c.sv("password")
    f = [(c.P(["Utente / e-mail di accesso", "Username"], ["Login e-mail", "Username"]), user),
         (label(c, "password", foreign=0.2), pw),
         (c.P(["Browser"], ["Browser"]), r.choice(["Chrome 122", "Safari 17.3", "Firefox 123", "Edge"])),
         (c.P(["Messaggio d'errore"], ["Error message"]), c.P(["credenziali non valide", "Account bloccato?"], ["invalid credentials", "account locked?"]))]
    if r.random() < 0.4:
        f.insert(2, (c.P(["Conferma password", "Ripeti password"], ["Confirm password", "Repeat password"]), pw))
    return form_head(c, c.L("Accesso al portale", "Portal login")) + "\n\n" + render(c, f) + foot(c)


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def form_refund_masked(c):
    r = c.r
    f = who(c) + [(c.P(["Numero ordine"], ["Order number"]), order_no(r)),
                  ("IBAN", r.choice([masked_iban(r), "[REDACTED]", "(rimosso dal sistema)" if c.lang == "it" else "(removed by system)"])),
                  ("BIC", bic(r)),
                  (c.P(["Importo"], ["Amount"]), amount(r, c.lang))]
    return form_head(c, c.L("Richiesta rimborso", "Refund request")) + "\n\n" + render(c, f) + foot(c)


@T(S, neg=True)
def form_ids_only(c):
    r = c.r
    f = who(c) + some_lookalikes(c, r.randint(4, 7))
    f.append((c.P(["Descrizione"], ["Description"]), prose_neg(c)))
    return form_head(c) + "\n\n" + render(c, f) + foot(c)


@T(S, neg=True)
def form_placeholder_from_docs(c):
    r = c.r
    f = [("Client ID", r.choice(CLIENT_IDS)), (label(c, "client_secret"), r.choice(["YOUR_CLIENT_SECRET", "<CLIENT_SECRET>", "${CLIENT_SECRET}", "xxxxx"])),
         ("Redirect URI", "https://example.com/callback"),
         (c.P(["Domanda"], ["Question"]), c.P(["ho copiato l'esempio della documentazione così com'è, devo sostituire io il valore?",
                                               "nella guida c'è scritto YOUR_CLIENT_SECRET, dove lo prendo quello vero?"],
                                              ["I copied the docs example verbatim, am I supposed to replace the value?",
                                               "the guide says YOUR_CLIENT_SECRET, where do I get the real one?"]))]
    return form_head(c, c.L("Integrazione API", "API integration")) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_prose_password(c):
    r = c.r
    msg = " ".join([prose_neg(c), prose_neg(c)])
    f = who(c) + [(c.P(["Categoria"], ["Category"]), c.P(["Accesso", "Account"], ["Login", "Account"])),
                  (c.P(["Messaggio"], ["Message"]), msg),
                  (c.P(["Consenso privacy"], ["Privacy consent"]), c.P(["Accetto"], ["I agree"]))]
    return form_head(c) + "\n\n" + render(c, f) + foot(c)


@T(S, neg=True)
def form_abi_cab_only(c):
    r = c.r
    f = who(c) + [("ABI", abi(r)), ("CAB", cab(r)), (c.P(["Banca", "Filiale"], ["Bank", "Branch"]),
                                                     r.choice(["Banca Popolare di Esempio", "Credito Cooperativo Valle Verde", "Cassa di Risparmio di Test"])),
                  (c.P(["Domanda"], ["Question"]), c.P(["Il numero di conto ve lo mando per PEC, va bene?",
                                                        "mi manca il CIN, dove lo trovo?"],
                                                       ["I'll send the account number separately by registered mail, ok?",
                                                        "I don't have the CIN, where do I find it?"]))]
    return form_head(c, c.L("Dati per accredito", "Payout details")) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_bad_iban(c):
    r = c.r
    ib = bad_iban(r)
    f = who(c) + [("IBAN", fmt_iban(r, ib, r.choice(["paper", "compact"]))),
                  (c.P(["Messaggio"], ["Message"]), c.P(["il vostro form mi dice 'IBAN non valido' ma l'ho copiato dalla app della banca",
                                                        "errore IBAN non valido, ho ricontrollato 3 volte!!"],
                                                       ["your form says 'invalid IBAN' but I copied it from my banking app",
                                                        "invalid IBAN error, checked it three times!!"]))]
    return form_head(c, c.L("Richiesta rimborso", "Refund request")) + "\n\n" + render(c, f) + "\n\n[" + c.L("Validazione: check digit errato", "Validation: wrong check digits") + "]"


@T(S, neg=True)
def form_bad_card(c):
    r = c.r
    f = who(c) + [(c.P(["Numero carta"], ["Card number"]), fmt_card(r, bad_card(r), r.choice(["space", "compact", "dash"]))),
                  (c.P(["Esito"], ["Result"]), c.P(["Numero carta non valido (controllo Luhn fallito)"], ["Invalid card number (Luhn check failed)"]))]
    return c.P(["Il modulo ha salvato anche il tentativo non valido:", "Campi inviati (rifiutati dal validatore):"],
               ["The form stored the rejected attempt too:", "Submitted fields (rejected by the validator):"]) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_tech_fields(c):
    r = c.r
    f = [(c.P(["Ambiente"], ["Environment"]), r.choice(["sandbox", "produzione", "staging"])),
         (c.P(["Versione SDK"], ["SDK version"]), version(r)),
         ("Client ID", r.choice(CLIENT_IDS)),
         ("Webhook URL", "https://%s/hooks/%s" % (r.choice(HOSTS), r.choice(["payments", "acme", "events"]))),
         (c.P(["Porta"], ["Port"]), port(r)),
         (c.P(["Ultimo request id"], ["Last request id"]), req_id(r)),
         (c.P(["Secret"], ["Secret"]), c.P(["lo gestisce il nostro fornitore, non lo abbiamo", "(nel vault)"], ["managed by our agency, we don't have it", "(in vault)"]))]
    return form_head(c, c.L("Integrazione API", "API integration")) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_feedback_survey(c):
    r = c.r
    f = [(c.P(["Quanto è probabile che ci consigli? (0-10)"], ["How likely are you to recommend us? (0-10)"]), str(r.randint(0, 10))),
         (c.P(["Numero pratica"], ["Case number"]), case_no(r)),
         (c.P(["Data contatto"], ["Contact date"]), date(r, c.lang)),
         (c.P(["Commento"], ["Comment"]), c.P(["Gentili ma ci avete messo 4 giorni per un reset password",
                                              "tutto ok, il token ora si rinnova da solo",
                                              "il PIN dispositivo andava reimpostato, fatto in 5 minuti"],
                                             ["Friendly but it took 4 days for a password reset",
                                              "all good, the token refreshes by itself now",
                                              "needed a device PIN reset, done in 5 minutes"]))]
    return c.P(["Risposta al sondaggio di soddisfazione"], ["Satisfaction survey response"]) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_foreign_neg(c):
    r = c.r
    lab = r.choice([
        [("Rechnungsnummer", invoice_no(r)), ("Bestellnummer", order_no(r)), ("Telefon", phone(r, "en")), ("Passwort", "(bereits zurückgesetzt)")],
        [("Numéro de commande", order_no(r)), ("N° de TVA", "FR" + digits(r, 11)), ("Mot de passe", "oublié — lien de réinitialisation demandé")],
        [("Número de pedido", order_no(r)), ("NIF", digits(r, 8) + r.choice(UP)), ("Contraseña", "********")],
    ])
    return c.P(["Dal modulo estero:", "Form in lingua straniera, copio:"], ["From the foreign-language form:", "Foreign form, pasting:"]) + "\n\n" + render(c, lab)


@T(S, neg=True)
def form_otp_not_received(c):
    r = c.r
    f = who(c) + [(c.P(["Cellulare"], ["Mobile"]), phone(r, c.lang)),
                  (c.P(["Operatore"], ["Carrier"]), r.choice(["TIM", "Vodafone", "WindTre", "Iliad", "EE", "O2"])),
                  (c.P(["Problema"], ["Problem"]), c.P(["Non ricevo il codice OTP, ho provato 4 volte", "il codice SMS arriva vuoto"],
                                                      ["I never get the OTP, tried four times", "the SMS code arrives empty"])),
                  (c.P(["ID transazione"], ["Transaction ID"]), pay_id(r))]
    return form_head(c, c.L("Autenticazione forte (SCA)", "Strong authentication (SCA)")) + "\n\n" + render(c, f)


@T(S, neg=True)
def form_masked_card(c):
    r = c.r
    f = who(c) + [(c.P(["Carta usata"], ["Card used"]), masked_card(r)),
                  (c.P(["Circuito"], ["Network"]), r.choice(["Visa", "Mastercard", "Amex"])),
                  (c.P(["Data addebito"], ["Charge date"]), date(r, c.lang)),
                  (c.P(["Importo"], ["Amount"]), amount(r, c.lang)),
                  ("Payment ID", pay_id(r)),
                  (c.P(["CVV"], ["CVV"]), c.P(["non richiesto", "—"], ["not asked", "—"]))]
    return form_head(c, c.L("Contestazione addebito", "Dispute a charge")) + "\n\n" + render(c, f) + foot(c)


@T(S)
def form_password_change(c):
    r = c.r
    old, new = c.add("password", any_password(r, c.lang)), c.add("password", password(r))
    f = [(c.P(["Utente"], ["Username"]), email_of(person(r, c.lang), r)),
         (c.P(["Password attuale", "Vecchia password"], ["Current password", "Old password"]), old),
         (c.P(["Nuova password"], ["New password"]), new),
         (c.P(["Ripeti nuova password"], ["Repeat new password"]), new),
         (c.P(["Esito"], ["Result"]), c.P(["Errore: la nuova password non rispetta i requisiti", "Errore 500"], ["Error: new password does not meet the requirements", "Error 500"]))]
    pre = c.P(["Il cliente ha mandato uno screenshot del modulo 'Cambia password', trascrivo i campi:", "Dati del form cambio password (ce li ha incollati lui):"],
              ["The customer sent a screenshot of the 'Change password' form, transcribing the fields:", "Change-password form data (the user pasted them himself):"])
    return pre + "\n\n" + render(c, f)


@T(S)
def form_nbsp_pasted(c):
    r = c.r
    nb = r.choice(["\u00a0", "\u202f"])
    kind = r.choice(["iban", "card_number", "pin"])
    if kind == "iban":
        v = c.add("iban", group4(make_iban(r), nb))
    elif kind == "card_number":
        v = c.add("card_number", group_card(card(r), nb))
    else:
        p = pin(r, 6)
        v = c.add("pin", p[:3] + nb + p[3:])
    f = who(c) + [(label(c, kind, foreign=0.1), v), (c.P(["Note"], ["Notes"]), c.P(["copiato e incollato dal PDF della banca", "incollato dal telefono"], ["copy-pasted from the bank's PDF", "pasted from my phone"]))]
    return form_head(c) + "\n\n" + render(c, f)
