"""Positive templates: the long tail (non-developers, odd tools)."""
from gen13_secrets import *

SHOPS_IT = ["Ferramenta Bellini", "Pasticceria Dolce Vita", "Farmacia San Rocco", "Ottica Moretti", "Bar Sport di Gino",
            "Agriturismo Il Noce", "B&B La Pergola", "Libreria Caffè Letterario", "Calzature Ricci", "Studio Dentistico Ferri",
            "Autofficina F.lli Conti", "Enoteca Il Grappolo", "Panificio Russo", "Tabaccheria n.12", "Erboristeria Camomilla",
            "Gelateria Polare", "Merceria Fili d'Oro", "Hotel Miramare", "Pizzeria Da Ciro", "Cartoleria Arcobaleno"]
SHOPS_EN = ["Bramble & Thistle Ltd", "Harbour Fish Bar", "Kettle Street Bakery", "Oakridge Dental", "Northgate Hardware",
            "The Copper Kettle B&B", "Riverside Florist", "Maple Lane Pharmacy", "Penny's Yarn Shop", "Greenfield Garage",
            "Blue Door Books", "Seaview Guesthouse", "Hilltop Vets", "Corner Deli", "Lark Rise Tearoom"]
CITIES = ["Bergamo", "Lecce", "Treviso", "Cagliari", "Perugia", "Rimini", "Trento", "Salerno", "Pisa", "Udine", "Matera", "Como"]
PLATFORMS = ["WooCommerce", "Magento 2", "PrestaShop", "Shopify", "Odoo", "OpenCart", "Wix", "Ecwid", "Zucchetti", "TeamSystem", "Danea Easyfatt", "Fatture in Cloud"]
AGENTS = ["MR", "GF", "AC", "LB", "SDP", "EV", "op.412", "op. 77", "NB", "TT"]


def shop(rng, lang):
    return rng.choice(SHOPS_IT if lang == "it" else SHOPS_EN)


def name(rng):
    return rng.choice(NAMES) + " " + rng.choice(["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
                                                 "Smith", "Jones", "Taylor", "Brown", "Walker", "Hughes", "Evans", "Ferrari", "Fontana", "Lombardi"])


def embed_all(rng, lang, S, sep="\n"):
    out = []
    for s in S:
        c = ctx_phrase(rng, lang, s)
        p = phrase(rng, lang, s)
        out.append((c + (", " if lang == "en" else " - ") + p) if c and rng.random() < .6 else (p + (" " + c if c else "")))
    return sep.join(out)


def secrets_of(S):
    return [(s["kind"], s["val"]) for s in S]


# ---------------------------------------------------------------- generic carriers
def t_callnote(rng, lang, S):
    ag = rng.choice(AGENTS)
    hh = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    if lang == "it":
        op = rng.choice(["cl. chiama x", "chiamata in entrata da cliente x", "cliente ricontatta per", "tel. del sig. " + name(rng).split()[1] + " x", "la sig.ra chiama x"])
        why = rng.choice(["accredito non arrivato", "pos bloccato", "blocco carta", "accesso portale", "rimborso", "contestazione addebito", "cambio iban x accrediti", "attivazione app"])
        mid = rng.choice(["verif. identità ok (dn + ult. movimento)", "verif id ok", "identif. ok", "id. verificata cn domande sicurezza", "nn riesco a verif. identità, cl. insiste"])
        sec = embed_all(rng, lang, S, rng.choice([" / ", "; ", "\n", " -- "]))
        warn = rng.choice(["!! cl. ha dettato tutto al tel nonostante avviso", "detto a voce, trascrivo x collega 2° livello", "(nn doveva dirlo, avvisato)", "cl. molto agitato, ha letto dal foglio", "", "scritto qui x fare prima, poi cancello"])
        end = rng.choice([f"apro tkt 2° liv. {ag}", f"richiamare dopo le 15 - {ag}", f"inoltro a backoffice. {ag}", f"chiuso. {ag}", f"--{ag} {hh}"])
        txt = f"{hh} {op} {why}. {mid}. {sec} {warn}\n{end}"
    else:
        op = rng.choice(["cust called re:", "inbound call - cust re", "CB from customer re", "caller (merchant) re:", "cx rang about"])
        why = rng.choice(["missing payout", "terminal locked", "card blocked", "cant log in to portal", "refund", "chargeback", "change payout acct", "app activation"])
        mid = rng.choice(["ID&V passed (DOB + last txn)", "idv ok", "IDV done", "couldnt fully verify, cust insisted", "verified via secuirty q's"])
        sec = embed_all(rng, lang, S, rng.choice([" / ", "; ", "\n", " -- "]))
        warn = rng.choice(["!! cust read it out despite warning", "noting here for L2", "(told him not to share, too late)", "cust v. stressed, reading off paper", "", "putting here to save time, will delete"])
        end = rng.choice([f"esc L2 {ag}", f"call back after 3pm - {ag}", f"passed to back office. {ag}", f"closed. {ag}", f"--{ag} {hh}"])
        txt = f"{hh} {op} {why}. {mid}. {sec} {warn}\n{end}"
    return typo(rng, txt, S), "call-notes"


def typo(rng, txt, S, p=0.5):
    """Inserts a couple of keyboard typos outside the secrets."""
    if rng.random() > p:
        return txt
    protected = [s["val"] for s in S]
    words = txt.split(" ")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) < 5 or any(w in v or v in w or any(part and part in w for part in v.split()) for v in protected) or not w.isalpha():
            continue
        j = rng.randint(1, len(w) - 2)
        words[i] = rng.choice([w[:j] + w[j + 1] + w[j] + w[j + 2:], w[:j] + w[j + 1:], w[:j] + w[j] + w[j:]])
    return " ".join(words)


def t_accountant(rng, lang, S):
    sh = shop(rng, lang)
    if lang == "it":
        hi = rng.choice(["Spett.le Assistenza,", "Gentili signori,", "Buongiorno,", "Alla c.a. dell'ufficio clienti,"])
        who = rng.choice([f"sono il commercialista di {sh}", f"scrivo per conto del mio cliente {sh}", f"in qualità di consulente contabile di {sh} (P.IVA {piva(rng)})", f"lo Studio {name(rng).split()[1]} & Associati segue la contabilità di {sh}"])
        why = rng.choice(["per la riconciliazione dei versamenti di " + rng.choice(["marzo", "aprile", "ottobre", "novembre", "dicembre"]), "perché gli accrediti non tornano con gli estratti conto", "per la chiusura del bilancio", "per l'invio delle commissioni alla contabilità"])
        body = rng.choice(["Vi trasmetto i dati di accesso che il cliente mi ha fornito, così potete verificare direttamente:", "Per comodità riporto di seguito quanto in mio possesso:", "Il cliente mi ha girato queste informazioni, le inoltro tali e quali:", "Riepilogo i dati necessari:"])
        end = rng.choice(["Restando a disposizione porgo distinti saluti.", "Cordiali saluti", "In attesa di riscontro, saluto cordialmente.", "Grazie e buon lavoro."])
        sig = f"Dott. {name(rng)}\nDottore Commercialista - {rng.choice(CITIES)}"
    else:
        hi = rng.choice(["Dear Sir or Madam,", "Hello,", "To the support team,", "Good afternoon,"])
        who = rng.choice([f"I am the bookkeeper for {sh}", f"I write on behalf of my client {sh}", f"our practice handles the accounts of {sh}", f"as the accountant for {sh} (VAT GB{rs(rng, DIG, 9)})"])
        why = rng.choice(["for the month-end reconciliation", "because the payouts do not match the bank statements", "for the year-end close", "to export the fees into Xero"])
        body = rng.choice(["Please find below the login details my client passed to me so you can check directly:", "For convenience, here is what I have:", "My client forwarded me these, I pass them on as they are:", "Details below:"])
        end = rng.choice(["Kind regards,", "Yours faithfully,", "Many thanks,", "Best wishes,"])
        sig = f"{name(rng)} ACCA\n{rng.choice(['Bookkeeping', 'Accounts', 'Payroll & Accounts'])} - {rng.choice(['Leeds', 'Bristol', 'Norwich', 'York', 'Bath'])}"
    lst = "\n".join(rng.choice(["- ", "• ", "  ", "> "]) + embed_all(rng, lang, [s]) for s in S)
    return f"{hi}\n\n{who} {why}.\n{body}\n\n{lst}\n\n{end}\n{sig}", "accountant-email"


def t_shopowner(rng, lang, S):
    sh = shop(rng, lang)
    sec = embed_all(rng, lang, S, rng.choice(["\n", " e ", ", "]) if lang == "it" else rng.choice(["\n", " and ", ", "]))
    if lang == "it":
        a = rng.choice(["Salve sono " + name(rng).split()[0] + " del negozio " + sh, "buongiorno, " + sh + " qui", "Ciao ragazzi", "Salve, scrivo dalla " + sh])
        b = rng.choice(["il pos da stamattina non va e ho la fila fuori", "non capisco niente di queste cose, mio figlio è in erasmus", "non mi arrivano i soldi da 3 giorni", "ho cambiato telefono e non riesco più a entrare nell'app", "la commercialista mi chiede di mandarvi questi dati"])
        c = rng.choice(["vi scrivo tutto così fate voi:", "vi metto qui quello che ho:", "questi sono i dati che ho sul quaderno:", "ecco:"])
        d = rng.choice(["grazie mille!!", "fatemi sapere al più presto per favore", "sono disperata", "grazie, buona giornata", "ps: chiamatemi se serve " + phone(rng, lang)])
    else:
        a = rng.choice(["Hi it's " + name(rng).split()[0] + " from " + sh, "hello, " + sh + " here", "Hiya", "Good morning, writing from " + sh])
        b = rng.choice(["card machine stopped working this morning and theres a queue", "i'm not techy, my son usually does this", "no money came through for 3 days", "got a new phone and cant get into the app", "my accountant asked me to send you these"])
        c = rng.choice(["here is everything so you can sort it:", "this is what I have:", "these are from my notebook:", "here:"])
        d = rng.choice(["thanks so much!!", "please let me know asap", "at my wits end", "thanks, have a nice day", "ps call me if needed " + phone(rng, lang)])
    return typo(rng, f"{a}\n{b}, {c}\n{sec}\n{d}", S), "shop-owner"


MT_IT2EN = ["Good morning, with the present I communicate that", "I write to you for to signal a problem:", "Gentle Customer Service,", "Good evening, I permit myself to write because",
            "Hello, I am to ask help for", "Esteemed support,"]
MT_IT2EN_END = ["I remain in waiting of your kind answer.", "Distinct greetings,", "Thanks a thousand and good work.", "Cordial salutations", "In faith,"]
MT_EN2IT = ["Ciao squadra, spero che questa email ti trovi bene.", "Caro supporto, io sto scrivendo per", "Ciao là,", "Ehi team, solo controllando in su su",
            "Buongiorno, io ho un problema con il mio conto di commerciante."]
MT_EN2IT_END = ["Per favore fammi sapere se hai domande!", "Saluti gentili,", "Migliori saluti,", "Grazie in anticipo per il tuo aiuto!", "Avere un grande giorno!"]


def t_machine_tr(rng, lang, S):
    sec = embed_all(rng, lang, S, "\n")
    if lang == "en":
        a = rng.choice(MT_IT2EN)
        b = rng.choice(["the terminal of payment gives error of authentication", "the app does not make me enter since yesterday", "I have need to change the coordinates of the account", "the colleague has done the login in my place and now nothing functions"])
        c = rng.choice(["I write you the data so you can control:", "Below the credentials as requested from your operator:", "I put here the data, I hope it is the right place:"])
        d = rng.choice(MT_IT2EN_END)
        note = rng.choice(["", "\n\n[Translated automatically from Italian]", "\n\n-- Translated by Google", "\n\n(sorry for my english, I use the translator)"])
    else:
        a = rng.choice(MT_EN2IT)
        b = rng.choice(["il nostro terminale di pagamento sta lanciando un errore di autenticazione", "io non posso accedere in dentro l'app dal ieri", "noi abbiamo bisogno di aggiornare i dettagli di banca", "il mio collega ha loggato dentro e ora niente sta lavorando"])
        c = rng.choice(["Qui sono i dettagli così tu puoi controllare:", "Sotto le credenziali come chiesto dal vostro agente:", "Io metto i dati qui, spero è il posto giusto:"])
        d = rng.choice(MT_EN2IT_END)
        note = rng.choice(["", "\n\n[Tradotto automaticamente dall'inglese]", "\n\n-- Tradotto con DeepL", "\n\n(scusa il mio italiano, io uso il traduttore)"])
    return f"{a} {b}.\n{c}\n{sec}\n\n{d}\n{name(rng)}{note}", "machine-translated"


def t_voice(rng, lang, S):
    # transcripts: lowercase, little punctuation
    parts = []
    for s in S:
        lbl = s["lbl"].lower()
        v = s["val"]
        if lang == "it":
            parts.append(rng.choice([f"il {lbl} è {v}", f"allora {lbl} {v}", f"ti leggo {lbl} {v} hai scritto", f"{lbl} ehm {v}", f"e poi c'è {lbl} che è {v}"]))
        else:
            parts.append(rng.choice([f"the {lbl} is {v}", f"so {lbl} {v}", f"reading you the {lbl} {v} got that", f"{lbl} um {v}", f"and then the {lbl} which is {v}"]))
    if lang == "it":
        head = rng.choice(["[Trascrizione messaggio vocale - durata 0:" + str(rng.randint(20, 59)) + "]\n", "Nota vocale trascritta da WhatsApp:\n", "Trascrizione automatica (Siri):\n", "segreteria telefonica " + date(rng, lang) + " ore " + f"{rng.randint(8,20)}:{rng.randint(10,59)}\n"])
        a = rng.choice(["sì buongiorno sono " + name(rng).lower() + " volevo dire che", "ok google manda messaggio ad assistenza pagamenti", "pronto ciao sono io di nuovo", "ehm salve chiamo per il terminale"])
        b = rng.choice(["ripeto", "allora", "aspetta che prendo il foglio", "mi ha detto il tecnico di dirvelo"])
        c = rng.choice(["grazie ciao", "richiamatemi grazie", "ok fine messaggio", "va bene arrivederci"])
    else:
        head = rng.choice(["[Voicemail transcript - 0:" + str(rng.randint(20, 59)) + "]\n", "Transcribed voice note:\n", "Alexa message transcript:\n", "voicemail " + date(rng, lang) + "\n"])
        a = rng.choice(["yeah hi its " + name(rng).lower() + " just wanted to say", "hey google send message to payments support", "hello its me again", "um hello calling about the card reader"])
        b = rng.choice(["again", "right so", "hang on let me get the paper", "the engineer told me to tell you"])
        c = rng.choice(["thanks bye", "call me back thanks", "ok end message", "alright cheers bye"])
    body = f" {b} ".join(parts)
    return f"{head}{a} {body} {c}", "voice-transcript"


def t_mobile(rng, lang, S):
    sec = embed_all(rng, lang, S, rng.choice(["\n", " "]))
    if lang == "it":
        a = rng.choice(["Scusate x il ritardo", "Ok ecco i dati", "Vi giro quello che mi ha chiesto il Vs collega", "Allora", "Buonasera"])
        b = rng.choice(["il correttore mi cambia le parole spero si capisca", "sono in macchina", "scrivo dal telefono", "non trovo il pc"])
        sig = rng.choice(["Inviato da iPhone", "Inviato dal mio Galaxy", "Inviato da Libero Mail per Android", "Inviato da Outlook per iOS", "Ottieni Outlook per Android"])
        ac = rng.choice(["ho il POS bloccato dal sabato mattina", "le monete non arrivano sul conto", "la app mi chiese la passera", "il codice nn arriva"])
    else:
        a = rng.choice(["Sorry for the delay", "Ok here's the info", "Sending what your colleague ducking asked for", "So", "Evening"])
        b = rng.choice(["autocorrect keeps changing words hope it makes sense", "im in the car", "typing on my phone", "cant find the laptop"])
        sig = rng.choice(["Sent from my iPhone", "Sent from my Galaxy", "Sent from Yahoo Mail for Android", "Sent from Outlook for iOS", "Get Outlook for Android"])
        ac = rng.choice(["till has been locked since Saturday morning", "the monkey isn't reaching the account", "the app asks for the pass weird", "the code never comes"])
    return f"{a} - {b}\n{ac}\n{sec}\n\n{sig}", "mobile"


EMO = ["🙏", "😭", "🔥", "✅", "❗", "🤷\u200d♀️", "👍🏻", "😅", "💳", "🔐", "📱", "🧾", "⚠️", "🇮🇹", "🇬🇧", "🙈"]


def t_emoji(rng, lang, S):
    lines = []
    for s in S:
        e = rng.choice(["🔑", "🔐", "💳", "👉", "➡️", "📌", "🗝️"])
        lines.append(e + " " + phrase(rng, lang, s) + " " + rng.choice(EMO))
        c = ctx_phrase(rng, lang, s)
        if c:
            lines.append("ℹ️ " + c)
    mix = rng.choice(["", " (спасибо)", " 谢谢", " شكرا", " Ευχαριστώ", " merci ❤️", " danke"])
    if lang == "it":
        a = rng.choice(["Ciaooo " + rng.choice(EMO), "aiuto " + rng.choice(EMO) * 2, "Raga " + rng.choice(EMO), "Buongiorno ☀️"])
        b = rng.choice(["il negozio online è fermo", "non mi fa pagare nessuno", "mia cugina dice di mandarvi questo", "come mi avete chiesto"])
    else:
        a = rng.choice(["Heyyy " + rng.choice(EMO), "help " + rng.choice(EMO) * 2, "Guys " + rng.choice(EMO), "Morning ☀️"])
        b = rng.choice(["online shop is down", "nobody can pay", "my cousin said to send you this", "as you asked"])
    return f"{a} {b}{mix}\n" + "\n".join(lines) + "\n" + rng.choice(EMO) * rng.randint(1, 3), "emoji-chat"


def t_screenshot(rng, lang, S):
    app = rng.choice(PLATFORMS + ["app della banca", "portale esercenti", "area riservata"] if lang == "it" else PLATFORMS + ["banking app", "merchant portal", "back office"])
    fields = []
    for s in S:
        if lang == "it":
            fields.append(rng.choice([f"- campo \"{s['lbl']}\" con scritto {s['val']}", f"- sotto la voce {s['lbl']} c'è {s['val']}", f"- in basso a destra, in grigio, {s['val']} (accanto all'etichetta {s['lbl']})", f"- la casella {s['lbl']} contiene: {s['val']}"]))
        else:
            fields.append(rng.choice([f"- a field \"{s['lbl']}\" showing {s['val']}", f"- under {s['lbl']} it says {s['val']}", f"- bottom right, greyed out, {s['val']} (next to the label {s['lbl']})", f"- the {s['lbl']} box contains: {s['val']}"]))
    if lang == "it":
        head = rng.choice(["[Screenshot allegato non caricato - lo descrivo a parole]", "Non riesco ad allegare l'immagine, vi descrivo la schermata:", "Nella foto dello schermo che vi ho mandato si vede:", "Descrizione screenshot (il vostro form non accetta png):"])
        top = f"In alto c'è il logo di {app}, poi un riquadro bianco con:"
        end = rng.choice(["e un bottone verde \"Salva\" che non fa niente.", "Sotto c'è scritto errore 401 in rosso.", "In fondo la data " + date(rng, lang) + ".", ""])
    else:
        head = rng.choice(["[Screenshot failed to upload - describing it]", "Can't attach the image, here's what the screen shows:", "In the photo of the screen I sent you can see:", "Screenshot description (your form won't take png):"])
        top = f"At the top the {app} logo, then a white box with:"
        end = rng.choice(["and a green \"Save\" button that does nothing.", "Below in red it says error 401.", "At the bottom the date " + date(rng, lang) + ".", ""])
    return f"{head}\n{top}\n" + "\n".join(fields) + f"\n{end}", "screenshot-described"


def t_jira(rng, lang, S):
    key = rng.choice(["SUP", "HELP", "OPS", "PAY", "MERCH", "CS"]) + "-" + str(rng.randint(100, 9999))
    sec = embed_all(rng, lang, S, "\n")
    if lang == "it":
        summ = rng.choice(["Esercente non riceve accrediti", "Errore login portale", "Terminale offline", "Plugin e-commerce non autorizza", "Cambio coordinate bancarie"])
        desc = rng.choice(["Il cliente ha incollato nel ticket i seguenti dati:", "Dati forniti dall'esercente via mail:", "Riporto dalla chat:", "Copio dalla segnalazione originale:"])
        com = rng.choice(["Preso in carico.", "Qualcuno può oscurare i dati sopra?", "Girato al 2° livello.", "In attesa risposta cliente."])
        txt = f"[{key}] {summ}\nStato: {rng.choice(['Aperto', 'In corso', 'In attesa'])}   Priorità: {rng.choice(['Alta', 'Media', 'Bloccante'])}\nAssegnatario: {name(rng)}\nCreato: {date(rng, lang)}\n\nDescrizione:\n{desc}\n{{noformat}}\n{sec}\n{{noformat}}\n\nCommenti:\n{name(rng)} - {date(rng, lang)}: {com}"
    else:
        summ = rng.choice(["Merchant not receiving payouts", "Portal login error", "Terminal offline", "E-commerce plugin not authorising", "Change of bank details"])
        desc = rng.choice(["Customer pasted the following into the ticket:", "Details supplied by the merchant by email:", "Copied from chat:", "From the original report:"])
        com = rng.choice(["Picked up.", "Can someone redact the data above?", "Moved to L2.", "Waiting on customer."])
        txt = f"[{key}] {summ}\nStatus: {rng.choice(['Open', 'In Progress', 'Waiting'])}   Priority: {rng.choice(['High', 'Medium', 'Blocker'])}\nAssignee: {name(rng)}\nCreated: {date(rng, lang)}\n\nDescription:\n{desc}\n{{code}}\n{sec}\n{{code}}\n\nComments:\n{name(rng)} - {date(rng, lang)}: {com}"
    return txt, "jira-export"


def t_trello(rng, lang, S):
    card_name = rng.choice(["Sistemare pagamenti sito", "Configurare POS nuovo", "Migrazione gestionale", "Credenziali fornitore"] if lang == "it" else ["Fix website payments", "Set up new card reader", "ERP migration", "Supplier logins"])
    desc = (("Dati per il tecnico:\n" if lang == "it" else "Info for the tech:\n") + embed_all(rng, lang, S, "\n"))
    obj = {"name": card_name, "desc": desc, "idList": rs(rng, HEXL, 24), "due": ts(rng), "labels": [{"name": rng.choice(["urgente", "negozio", "web", "urgent", "shop"]), "color": rng.choice(["red", "green", "yellow"])}],
           "shortUrl": "https://trello.com/c/" + rs(rng, ALNUM, 8)}
    txt = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    # secret values must survive json escaping
    for s in S:
        if s["val"] not in txt:
            return t_notion(rng, lang, S)
    return ("Export della scheda Trello:\n" if lang == "it" else "Trello card export:\n") + txt, "trello-export"


def t_notion(rng, lang, S):
    title = rng.choice(["Accessi e password del negozio", "Procedure cassa", "Onboarding nuova commessa", "Fornitori e portali"] if lang == "it" else ["Shop logins", "Till procedures", "New staff onboarding", "Suppliers & portals"])
    props = f"Created: {date(rng, lang)}\nTags: {rng.choice(['amministrazione', 'negozio', 'interno', 'admin', 'shop', 'internal'])}\n"
    rows = []
    for s in S:
        c = ctx_phrase(rng, lang, s)
        rows.append(rng.choice([f"- [ ] {phrase(rng, lang, s)}", f"> 💡 {phrase(rng, lang, s)}", f"* **{s['lbl']}**: `{s['val']}`", f"| {s['lbl']} | {s['val']} |"]) + (f" ({c})" if c else ""))
    return f"# {title}\n{props}\n" + "\n".join(rows) + "\n", "notion-export"


def t_confluence(rng, lang, S):
    title = rng.choice(["Manuale operativo punto vendita", "Checklist apertura negozio", "Procedura chiusura cassa serale"] if lang == "it" else ["Store operations manual", "Opening checklist", "End of day till procedure"])
    steps = []
    n = 1
    steps_it = ["Accendere il terminale e attendere il beep.", "Aprire il gestionale dal desktop.", "Controllare che la stampante fiscale sia collegata.", "Fare la chiusura giornaliera."]
    steps_en = ["Switch on the terminal and wait for the beep.", "Open the till software from the desktop.", "Check the receipt printer is connected.", "Run the end-of-day report."]
    pool = steps_it if lang == "it" else steps_en
    for s in S:
        steps.append(f"{n}. {rng.choice(pool)}")
        n += 1
        steps.append(f"{n}. " + (f"Quando chiede {s['lbl']} inserire {s['val']}" if lang == "it" else f"When asked for the {s['lbl']} enter {s['val']}") + (" " + ctx_phrase(rng, lang, s) if s.get("ctx") else ""))
        n += 1
    head = f"{title}\n{'Creato da' if lang == 'it' else 'Created by'} {name(rng)}, {'ultima modifica' if lang == 'it' else 'last updated'} {date(rng, lang)}\n"
    info = rng.choice(["(i) Pagina visibile a tutto lo spazio NEGOZI" if lang == "it" else "(i) This page is visible to the whole STORES space", "", "Etichette: procedura, cassa" if lang == "it" else "Labels: procedure, till"])
    return head + info + "\n\n" + "\n".join(steps), "confluence-export"


def t_minutes(rng, lang, S):
    if lang == "it":
        head = f"VERBALE RIUNIONE del {date(rng, lang)}\nPresenti: {name(rng)}, {name(rng)}, {name(rng)}\nOrdine del giorno: 1) nuovo POS 2) sito 3) varie\n"
        pts = ["1) Si decide di sostituire il POS del bancone.", "2) Il sito resta su " + rng.choice(PLATFORMS) + ".", "3) Varie ed eventuali:"]
        act = f"   - {name(rng).split()[0]} comunica i dati al fornitore: " + embed_all(rng, lang, S, "; ")
        end = f"La riunione si chiude alle {rng.randint(17,20)}:{rng.randint(0,5)}0.\nIl segretario verbalizzante"
    else:
        head = f"MINUTES - meeting {date(rng, lang)}\nAttendees: {name(rng)}, {name(rng)}, {name(rng)}\nAgenda: 1) new card reader 2) website 3) AOB\n"
        pts = ["1) Agreed to replace the counter card reader.", "2) Website stays on " + rng.choice(PLATFORMS) + ".", "3) AOB:"]
        act = f"   - ACTION {name(rng).split()[0]}: send supplier the details: " + embed_all(rng, lang, S, "; ")
        end = f"Meeting closed {rng.randint(5,8)}.{rng.randint(0,5)}0pm.\nMinuted by {name(rng)}"
    return head + "\n".join(pts) + "\n" + act + "\n" + end, "meeting-minutes"


def t_postmortem(rng, lang, S):
    d = date(rng, lang)
    if lang == "it":
        h = f"Postmortem - interruzione pagamenti online {d}\nImpatto: {rng.randint(20, 900)} transazioni rifiutate in {rng.randint(10, 180)} minuti\n\nCronologia\n"
        tl = [f"{rng.randint(8,12)}:{rng.randint(10,59)} - primi rifiuti segnalati dal negozio", f"{rng.randint(12,14)}:{rng.randint(10,59)} - il consulente esterno incolla nel gruppo WhatsApp la configurazione:",
              "    " + embed_all(rng, lang, S, "\n    "), f"{rng.randint(14,18)}:{rng.randint(10,59)} - ripristino"]
        c = "\nCausa: credenziali scadute nel plugin.\nAzioni: ruotare quanto sopra (NON ancora fatto)."
    else:
        h = f"Postmortem - online payments outage {d}\nImpact: {rng.randint(20, 900)} declined transactions over {rng.randint(10, 180)} minutes\n\nTimeline\n"
        tl = [f"{rng.randint(8,12)}:{rng.randint(10,59)} - first declines reported by shop", f"{rng.randint(12,14)}:{rng.randint(10,59)} - outside contractor pastes config into the WhatsApp group:",
              "    " + embed_all(rng, lang, S, "\n    "), f"{rng.randint(14,18)}:{rng.randint(10,59)} - restored"]
        c = "\nRoot cause: expired credentials in the plugin.\nActions: rotate the above (NOT done yet)."
    return h + "\n".join(tl) + c, "postmortem"


def t_legal(rng, lang, S):
    prot = f"Prot. n. {rng.randint(100, 9999)}/{rng.choice([2025, 2026])}"
    if lang == "it":
        h = f"{rng.choice(['Studio Legale', 'Avv.', 'Studio Associato'])} {name(rng).split()[1]}\n{rng.choice(CITIES)}, {date(rng, lang)}\n{prot}\nVia PEC\n\nOggetto: {rng.choice(['diffida ad adempiere', 'richiesta di accesso ai dati ex art. 15 GDPR', 'contestazione addebiti non autorizzati', 'segnalazione incidente di sicurezza'])}\n\n"
        b = f"In nome e per conto del mio assistito {name(rng)}, titolare dell'esercizio {shop(rng, lang)}, espongo quanto segue.\nIl mio assistito dichiara di aver ricevuto una telefonata da un sedicente operatore a cui ha comunicato i seguenti dati, che qui riporto integralmente affinché codesta Società possa effettuare le opportune verifiche:\n"
        e = "\nChiedo pertanto il blocco immediato e il rimborso delle somme.\nDistinti saluti.\nAvv. " + name(rng)
    else:
        h = f"{name(rng).split()[1]} & Co Solicitors\n{date(rng, lang)}\nOur ref: {rs(rng, A_UP, 3)}/{rng.randint(100, 999)}\n\nRe: {rng.choice(['Letter before action', 'Subject access request (UK GDPR Art. 15)', 'Disputed unauthorised transactions', 'Notification of security incident'])}\n\n"
        b = f"We act for {name(rng)}, proprietor of {shop(rng, lang)}.\nOur client received a call from a person claiming to be from your company and disclosed the following details, which we set out in full so that you may investigate:\n"
        e = "\nWe therefore request the immediate blocking of the account and a refund.\nYours faithfully,\n" + name(rng)
    items = "\n".join(f"{chr(97 + i)}) " + embed_all(rng, lang, [s]) for i, s in enumerate(S))
    return h + b + items + e, "legal-letter"


def t_kvtool(rng, lang, S):
    dev = rng.choice(["Registratore telematico RT", "Bilancia Bizerba", "Stampante etichette Zebra", "Rilevatore presenze", "Smart TV hotel", "Centralino VoIP", "Chiosco self-service", "Totem eliminacode"] if lang == "it"
                     else ["Epos till", "Label printer Zebra", "Time clock", "Hotel smart TV", "VoIP phone system", "Self-service kiosk", "Queue ticket totem", "Digital scale"])
    lines = [f"[{dev}] {'esportazione configurazione' if lang == 'it' else 'configuration export'} {ts(rng)}", f"serial={rs(rng, A_UP + DIG, 10)}", f"fw={version(rng)}", f"dhcp={rng.choice(['on', 'off'])}", f"ntp=pool.ntp.org"]
    for s in S:
        k = s["key"]
        lines.insert(rng.randint(2, len(lines)), k + rng.choice(['=', ' = ', ': ', '\t']) + s['val'])
        if s.get("ctx"):
            lines.append("ctx=" + s["ctx"])
    pre = rng.choice(["Il tecnico mi ha detto di mandarvi questo file:\n", "Copio il contenuto della chiavetta:\n", "", "ecco il file config.txt\n"] if lang == "it" else ["The engineer said to send you this file:\n", "Contents of the USB stick:\n", "", "here is config.txt\n"])
    return pre + "\n".join(lines), "device-config"


def t_split(rng, lang, S):
    """SMS forwarded in two parts / POS receipt wrapped at narrow width; long values broken with a newline."""
    out, secs = [], []
    for s in S:
        v = s["val"]
        if len(v) >= 16 and "\n" not in v and not v.startswith("-----"):
            cut = rng.randint(6, len(v) - 4)
            v2 = v[:cut] + "\n" + v[cut:]
            s = dict(s, val=v2)
        out.append(s)
    if lang == "it":
        h = rng.choice(["Vi inoltro i due SMS che mi sono arrivati (il telefono li ha spezzati):", "Ricopio dallo scontrino del POS (stampa stretta):", "Il messaggio è arrivato in due pezzi:"])
    else:
        h = rng.choice(["Forwarding the two texts I got (phone split them):", "Copying from the card machine slip (narrow print):", "The message arrived in two parts:"])
    body = "\n".join(f"{s['lbl']}:\n{s['val']}" if rng.random() < .5 else phrase(rng, lang, s) for s in out)
    return f"{h}\n---\n{body}\n---", "split-lines"


GENERIC = [t_callnote, t_accountant, t_shopowner, t_machine_tr, t_voice, t_mobile, t_emoji, t_screenshot, t_jira, t_trello,
           t_notion, t_confluence, t_minutes, t_postmortem, t_legal, t_kvtool]
