"""Negative templates: look-alikes that must pass untouched."""
from gen13_pos import *
from gen13_pos2 import PLUGIN_FIELDS


def placeholder(rng, kind="token"):
    return rng.choice(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<inserire qui la chiave>", "INSERISCI_TOKEN", "••••••••", "********",
                       "[REDACTED]", "[OSCURATO]", "<password>", "sk_live_XXXXXXXXXXXXXXXX", "{{api_key}}", "%API_KEY%", "$PASSWORD", "<secret>", "changeme?", "(vedi cassaforte)", "REPLACE_ME", "***", "<chiave-segreta>"])


def env_read(rng):
    return rng.choice(["process.env.SPORTELLO_SECRET", "os.environ[\"CLIENT_SECRET\"]", "getenv(\"API_TOKEN\")", "config.clientSecret", "System.getenv(\"PAY_KEY\")", "ENV['STRIPE_KEY']",
                       "$_ENV['DB_PASSWORD']", "Environment.GetEnvironmentVariable(\"TOKEN\")", "os.Getenv(\"REFRESH_TOKEN\")", "${{ secrets.CLIENT_SECRET }}", "settings.PAYMENT_API_KEY", "vault.read('pos/pin')"])


def lookalikes(rng, lang, k=None):
    """One random look-alike phrase."""
    it = lang == "it"
    opts = [
        lambda: f"{'ID richiesta' if it else 'Request ID'}: {uuid4(rng)}",
        lambda: f"{'ID pagamento' if it else 'payment id'} {payment_id(rng)}",
        lambda: f"{'ordine' if it else 'order'} {order_no(rng)}",
        lambda: f"{'fattura' if it else 'invoice'} {invoice_no(rng)}",
        lambda: f"{'tel.' if it else 'phone'} {phone(rng, lang)}",
        lambda: f"tracking {tracking(rng)}",
        lambda: f"{'carta' if it else 'card'} {masked_card(rng)}",
        lambda: f"IBAN {masked_iban(rng)}",
        lambda: f"BIC {rng.choice(BICS)}",
        lambda: f"ABI {rng.choice(IT_BANKS)[0]} CAB {rs(rng, DIG, 5)}",
        lambda: f"{'importo' if it else 'amount'} {amount(rng, lang)}",
        lambda: f"{'versione app' if it else 'app version'} {version(rng)}",
        lambda: f"trace {rs(rng, HEXL, 32)}",
        lambda: f"sha256 {sha256(rng)}",
        lambda: f"commit {commit(rng)[:rng.choice([7, 12, 40])]}",
        lambda: f"client_id {client_id(rng)}",
        lambda: f"{'data' if it else 'date'} {date(rng, lang)}",
        lambda: f"timestamp {ts(rng)}",
        lambda: f"P.IVA {piva(rng)}" if it else f"VAT no. GB{rs(rng, DIG, 9)}",
        lambda: f"EAN {ean13(rng)}",
        lambda: f"token: {placeholder(rng)}",
        lambda: f"password: {rng.choice(['********', '••••••', '[REDACTED]', '<password>', 'xxxxx', '(non la scrivo qui)' if it else '(not writing it here)'])}",
        lambda: f"{'codice autorizzazione' if it else 'auth code'} {rs(rng, DIG + A_UP, 6)}",
        lambda: f"STAN {rs(rng, DIG, 6)}",
        lambda: f"{'codice SDI' if it else 'ref'} {rs(rng, A_UP + DIG, 7)}",
        lambda: f"CIG {rs(rng, DIG + A_UP, 10)}",
        lambda: f"{'numero pratica' if it else 'case no.'} {rng.randint(100000, 999999)}",
        lambda: f"{'carta (non valida)' if it else 'card (invalid)'} {group_card(bad_card(rng))}",
        lambda: f"{'secret letto da' if it else 'secret read from'} {env_read(rng)}",
    ]
    return rng.choice(opts)()


def some_lookalikes(rng, lang, n=None, sep="\n"):
    return sep.join(lookalikes(rng, lang) for _ in range(n or rng.randint(2, 5)))


# --- each negative template: (rng, lang) -> (text, style)
def n_callnote(rng, lang):
    ag = rng.choice(AGENTS)
    hh = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"
    if lang == "it":
        a = rng.choice(["cl. chiama x pos bloccato", "chiamata sig.ra x accredito", "cl. ricontatta x rimborso", "esercente chiede info commissioni", "cl. nn riceve sms otp"])
        b = rng.choice(["ricordato al cl. ke nn chiediamo MAI pin o password x tel.", "cl. voleva dettare il pin, fermato in tempo", "sms otp nn arriva: verif. num. tel. " + phone(rng, lang), "pw resettata da cl. in autonomia dal link", "spiegato come cambiare la psw dal portale"])
        c = some_lookalikes(rng, lang, rng.randint(1, 3), " / ")
        txt = f"{hh} {a}. {b}. {c}. {ag}"
    else:
        a = rng.choice(["cust called re terminal locked", "merchant called about payout", "cx called re refund", "merchant asking about fees", "cust not getting otp sms"])
        b = rng.choice(["reminded cust we NEVER ask for pin or password by phone", "cust tried to read out pin, stopped them", "otp sms not arriving: checked phone no. " + phone(rng, lang), "cust reset pw themselves via link", "explained how to change pw in portal"])
        c = some_lookalikes(rng, lang, rng.randint(1, 3), " / ")
        txt = f"{hh} {a}. {b}. {c}. {ag}"
    return typo(rng, txt, []), "call-notes"


def n_accountant(rng, lang):
    sh = shop(rng, lang)
    if lang == "it":
        t = (f"Buongiorno,\nsono il consulente di {sh}. Per la riconciliazione di {rng.choice(['marzo', 'giugno', 'settembre', 'novembre'])} mi servirebbe l'estratto delle commissioni.\n"
             f"Riporto i riferimenti:\n- {lookalikes(rng, lang)}\n- {lookalikes(rng, lang)}\n- {lookalikes(rng, lang)}\n"
             f"Le coordinate dello studio per eventuali fatture sono BIC {rng.choice(BICS)}, ABI {rng.choice(IT_BANKS)[0]} CAB {rs(rng, DIG, 5)} (il conto ve lo comunico via PEC, non per mail).\n"
             f"Non ho le credenziali del portale, le ha solo il titolare.\nCordiali saluti\nRag. {name(rng)}")
    else:
        t = (f"Hello,\nI look after the books for {sh}. For the {rng.choice(['March', 'June', 'September', 'November'])} reconciliation I need the fee statement.\n"
             f"References:\n- {lookalikes(rng, lang)}\n- {lookalikes(rng, lang)}\n- {lookalikes(rng, lang)}\n"
             f"I don't have the portal login - only the owner does, and I've told him not to email it to anyone.\nKind regards\n{name(rng)}")
    return t, "accountant-email"


def n_shopowner(rng, lang):
    if lang == "it":
        t = rng.choice([
            f"Salve il cliente dice di aver pagato {amount(rng, lang)} con la carta {masked_card(rng)} ma a me non risulta. Ordine {order_no(rng)} del {date(rng, lang)}. Spedito con {tracking(rng)}. Grazie",
            f"buongiorno ho cambiato la password del portale come mi avete detto, adesso funziona!! la nuova non ve la scrivo ovviamente 😄 grazie {name(rng).split()[0]}",
            f"ciao, il pin del pos l'ho cambiato ma non me lo ricordo più, come faccio a resettarlo? il terminale è {rng.choice(['PAX A920', 'Ingenico Move/5000'])} seriale {rs(rng, DIG, 8)}",
            f"Salve mi è arrivato un sms che dice di cliccare un link e mettere il codice, è una truffa? Il numero era {phone(rng, lang)}. Non ho messo niente.",
        ])
    else:
        t = rng.choice([
            f"Hi a customer says they paid {amount(rng, lang)} with card {masked_card(rng)} but I can't see it. Order {order_no(rng)} on {date(rng, lang)}. Shipped {tracking(rng)}. Thanks",
            f"morning, changed the portal password like you said and it works now!! not writing the new one here obviously 😄 thanks {name(rng).split()[0]}",
            f"hi i changed the card reader pin and forgot it, how do I reset it? terminal is {rng.choice(['PAX A920', 'Verifone V400m'])} serial {rs(rng, DIG, 8)}",
            f"Hello I got a text telling me to click a link and enter the code, is it a scam? Number was {phone(rng, lang)}. I didn't enter anything.",
        ])
    return typo(rng, t, []), "shop-owner"


def n_machine_tr(rng, lang):
    if lang == "en":
        t = (f"{rng.choice(MT_IT2EN)} the password of access does not arrive more on the mail. I have made the procedure of recovery of the word key but the system says 'token expired'.\n"
             f"Data of the order: {lookalikes(rng, lang)}, {lookalikes(rng, lang)}.\nThe code of the request is {uuid4(rng)}.\n{rng.choice(MT_IT2EN_END)}\n{name(rng)}")
    else:
        t = (f"{rng.choice(MT_EN2IT)} Io ho provato resettare la mia password ma il collegamento ha detto 'gettone scaduto'. Per favore non inviare la password in email, il nostro team di sicurezza dice è contro la politica.\n"
             f"Riferimento: {lookalikes(rng, lang)}; {lookalikes(rng, lang)}\n{rng.choice(MT_EN2IT_END)}\n{name(rng)}")
    return t, "machine-translated"


def n_voice(rng, lang):
    n = rs(rng, DIG, rng.randint(5, 8))
    if lang == "it":
        t = rng.choice([f"[Trascrizione vocale]\nsì buongiorno chiamo per l'ordine numero {n} ehm il corriere dice che il pacco è in giacenza il numero di tracking è {tracking(rng)} grazie",
                        f"Nota vocale trascritta:\nciao volevo sapere se il pin della carta me lo mandate per posta o per sms perché quello vecchio non me lo ricordo richiamatemi al {spell_digits(rs(rng, DIG, 3), 'it')} {rs(rng, DIG, 7)}",
                        f"segreteria: salve la password non la dico al telefono come mi avete detto voi però non riesco a entrare mi chiamate grazie pratica {n}"])
    else:
        t = rng.choice([f"[Voicemail transcript]\nyeah hi calling about order number {n} um the courier says the parcel is held tracking is {tracking(rng)} thanks",
                        f"Transcribed voice note:\nhi wanted to know if the card pin comes by post or by text because i forgot the old one call me on {spell_digits(rs(rng, DIG, 4), 'en')} {rs(rng, DIG, 6)}",
                        f"voicemail: hello im not saying the password on the phone like you told me but i still cant log in call me please case {n}"])
    return t, "voice-transcript"


def n_mobile(rng, lang):
    if lang == "it":
        t = f"{rng.choice(['Ok fatto', 'Ricevuto', 'Perfetto grazie'])} - ho messo la nuova password e la app ora va. Il codice sms è arrivato dopo 10 minuti, scaduto, ho chiesto un altro codice e ha funzionato.\n{lookalikes(rng, lang)}\n\n{rng.choice(['Inviato da iPhone', 'Inviato dal mio Galaxy'])}"
    else:
        t = f"{rng.choice(['Ok done', 'Got it', 'Perfect thanks'])} - put in the new password and the app works now. The text code came 10 mins late, expired, asked for another and it worked.\n{lookalikes(rng, lang)}\n\n{rng.choice(['Sent from my iPhone', 'Sent from my Galaxy'])}"
    return t, "mobile"


def n_emoji(rng, lang):
    lines = [rng.choice(EMO) + " " + lookalikes(rng, lang) for _ in range(rng.randint(2, 4))]
    head = rng.choice(["Ciao 👋 vi mando i riferimenti", "ecco qua 🙏", "Fatto ✅"] if lang == "it" else ["Hi 👋 sending the refs", "here you go 🙏", "Done ✅"])
    return head + "\n" + "\n".join(lines) + "\n" + rng.choice(["🔐 password cambiata, non la scrivo qui", "(il PIN lo tengo per me 😂)", "🔑 la chiave è nel cassetto", ""] if lang == "it" else ["🔐 password changed, not posting it", "(keeping the PIN to myself 😂)", "🔑 key is in the drawer", ""]), "emoji-chat"


def n_screenshot(rng, lang):
    if lang == "it":
        t = (f"[Screenshot descritto]\nSi vede la pagina 'Il mio profilo' con i campi:\n- Email: {rng.choice(NAMES).lower()}@{rng.choice(['libero.it', 'gmail.com', 'tiscali.it'])}\n- Password: •••••••• (c'è l'occhio per mostrarla ma non l'ho cliccato)\n"
             f"- Chiave API: {rng.choice(['sk_live_••••••••••••' + rs(rng, ALNUM, 4), '•••••••••••••', 'nascosta'])}\n- {lookalikes(rng, lang)}\nIn basso: 'Ultimo accesso {date(rng, lang)}'")
    else:
        t = (f"[Screenshot described]\nIt shows the 'My profile' page with fields:\n- Email: {rng.choice(NAMES).lower()}@{rng.choice(['gmail.com', 'btinternet.com', 'outlook.com'])}\n- Password: •••••••• (there's an eye icon but I didn't click it)\n"
             f"- API key: {rng.choice(['sk_live_••••••••••••' + rs(rng, ALNUM, 4), '•••••••••••••', 'hidden'])}\n- {lookalikes(rng, lang)}\nAt the bottom: 'Last login {date(rng, lang)}'")
    return t, "screenshot-described"


def n_jira(rng, lang):
    key = rng.choice(["SUP", "HELP", "OPS", "PAY"]) + "-" + str(rng.randint(100, 9999))
    it = lang == "it"
    txt = (f"[{key}] {rng.choice(['Webhook non ricevuti', 'Timeout autorizzazioni', 'Errore 401 dopo rotazione chiave', 'Webhooks not received', 'Auth timeouts', '401 after key rotation'])}\n"
           f"{'Stato' if it else 'Status'}: {rng.choice(['Risolto', 'Resolved', 'Done'])}\n{'Ambiente' if it else 'Environment'}: prod, plugin {version(rng)}\n\n"
           f"{'Descrizione' if it else 'Description'}:\n{{code}}\nrequest_id={uuid4(rng)}\ntrace_id={rs(rng, HEXL, 32)}\nclient_id={client_id(rng)}\nclient_secret={placeholder(rng)}\nstatus=401\n{{code}}\n"
           f"{'Commento' if it else 'Comment'}: {rng.choice(['chiave ruotata, il cliente ha aggiornato la configurazione', 'key rotated, customer updated the config', 'il secret vecchio è stato revocato', 'old secret revoked'])}. {lookalikes(rng, lang)}")
    return txt, "jira-export"


def n_trello(rng, lang):
    obj = {"name": rng.choice(["Rinnovare certificato", "Cambiare password Wi-Fi ospiti", "Renew certificate", "Change guest Wi-Fi password"]),
           "desc": ("Ricordarsi di cambiare la password ogni 90 giorni. La nuova va SOLO nel gestore password, non qui.\n" if lang == "it" else "Remember to rotate the password every 90 days. New one goes ONLY in the password manager, not here.\n") + some_lookalikes(rng, lang, 2),
           "idList": rs(rng, HEXL, 24), "due": ts(rng), "shortUrl": "https://trello.com/c/" + rs(rng, ALNUM, 8)}
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2])), "trello-export"


def n_notion(rng, lang):
    it = lang == "it"
    rows = [f"| {a} | {b} |" for a, b in [("Portale" if it else "Portal", "https://merchant." + rng.choice(["example.it", "example.com"])), ("Utente" if it else "User", rng.choice(NAMES).lower()),
                                          ("Password", rng.choice(["vedi 1Password", "in cassaforte", "see 1Password", "in the safe", "********"])), ("Client ID", client_id(rng)), ("Client secret", placeholder(rng))]]
    return f"# {'Accessi' if it else 'Logins'}\n| {'Voce' if it else 'Item'} | {'Valore' if it else 'Value'} |\n|---|---|\n" + "\n".join(rows) + f"\n\n{lookalikes(rng, lang)}", "notion-export"


def n_confluence(rng, lang):
    it = lang == "it"
    code = rng.choice([f"const secret = {env_read(rng)};", f"secret = {env_read(rng)}", f"export CLIENT_SECRET={placeholder(rng)}", f"curl -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/payments/{payment_id(rng)}",
                       f"token = os.environ.get(\"SPORTELLO_TOKEN\")  # mai scriverlo nel codice" if it else "token = os.environ.get(\"SPORTELLO_TOKEN\")  # never hardcode"])
    t = (f"{rng.choice(['Guida configurazione plugin', 'Procedura rotazione chiavi', 'Plugin setup guide', 'Key rotation procedure'])}\n"
         f"{'Ultima modifica' if it else 'Last updated'} {date(rng, lang)} - {name(rng)}\n\n"
         f"1. {'Accedere al portale e generare un nuovo secret.' if it else 'Log into the portal and generate a new secret.'}\n2. {'Copiarlo nel gestore password (mai in Confluence!).' if it else 'Copy it to the password manager (never to Confluence!).'}\n"
         f"3. {'Il servizio lo legge così:' if it else 'The service reads it like this:'}\n{{code}}\n{code}\n{{code}}\n4. {'Verificare con' if it else 'Verify with'} {lookalikes(rng, lang)}")
    return t, "confluence-export"


def n_minutes(rng, lang):
    if lang == "it":
        t = (f"VERBALE del {date(rng, lang)}\nPresenti: {name(rng)}, {name(rng)}\n1) Sicurezza: si stabilisce che le password della cassa vengano cambiate ogni 3 mesi e che il PIN del POS non venga scritto sul terminale.\n"
             f"2) Si approva il preventivo {invoice_no(rng)} per {amount(rng, lang)}.\n3) Il nuovo POS ({rng.choice(['PAX', 'Ingenico'])}, TML {rs(rng, DIG, 8)}) arriva il {date(rng, lang)}.\nChiusura ore 19:00.")
    else:
        t = (f"MINUTES {date(rng, lang)}\nPresent: {name(rng)}, {name(rng)}\n1) Security: till passwords to be changed every 3 months; card reader PIN not to be written on the device.\n"
             f"2) Quote {invoice_no(rng)} approved for {amount(rng, lang)}.\n3) New terminal (TID {rs(rng, DIG, 8)}) arrives {date(rng, lang)}.\nClosed 7pm.")
    return t, "meeting-minutes"


def n_postmortem(rng, lang):
    it = lang == "it"
    t = (f"Postmortem {date(rng, lang)}\n{'Sintesi' if it else 'Summary'}: {'una chiave API è stata incollata in un ticket ed è stata revocata entro 20 minuti.' if it else 'an API key was pasted into a ticket and revoked within 20 minutes.'}\n"
         f"{'Chiave' if it else 'Key'}: [REDACTED] ({'impronta' if it else 'fingerprint'} SHA256:{rs(rng, B64, 43)})\n{'Nuova chiave' if it else 'New key'}: {'nel vault' if it else 'in the vault'}\n"
         f"{'Ticket' if it else 'Ticket'}: {uuid4(rng)}\n{'Deploy' if it else 'Deploy'}: {commit(rng)[:12]} ({version(rng)})\n{some_lookalikes(rng, lang, 2)}")
    return t, "postmortem"


def n_legal(rng, lang):
    if lang == "it":
        t = (f"Studio Legale {name(rng).split()[1]}\n{rng.choice(CITIES)}, {date(rng, lang)}\nProt. n. {rng.randint(100, 9999)}/2026\n\nOggetto: contestazione addebiti - carta {masked_card(rng)}\n\n"
             f"Il mio assistito, {name(rng)} (C.F. omesso), titolare di {shop(rng, lang)} P.IVA {piva(rng)}, contesta le operazioni del {date(rng, lang)} per complessivi {amount(rng, lang)}.\n"
             f"Si precisa che il mio assistito non ha mai comunicato a terzi il PIN né le credenziali di accesso, custodite secondo le condizioni contrattuali (art. {rng.randint(3, 20)}).\n"
             f"Si richiede copia dei log ai sensi dell'art. 15 GDPR. Rif. pratica {rng.randint(10000, 99999)}.\nDistinti saluti\nAvv. {name(rng)}")
    else:
        t = (f"{name(rng).split()[1]} Solicitors\n{date(rng, lang)}\nOur ref {rs(rng, A_UP, 3)}/{rng.randint(100, 999)}\n\nRe: disputed transactions - card {masked_card(rng)}\n\n"
             f"Our client, {name(rng)}, proprietor of {shop(rng, lang)}, disputes the transactions of {date(rng, lang)} totalling {amount(rng, lang)}.\n"
             f"Our client has at no time disclosed the PIN or login credentials to any third party and kept them as required by clause {rng.randint(3, 20)}.\n"
             f"Please provide copies of the logs under Art. 15 UK GDPR. Case {rng.randint(10000, 99999)}.\nYours faithfully")
    return t, "legal-letter"


def n_tsv(rng, lang):
    it = lang == "it"
    sep = rng.choice(["\t", ";"])
    top = sep.join(["VENDITE" if it else "SALES", "", "", "PAGAMENTO" if it else "PAYMENT", ""])
    hdr = sep.join(["Data" if it else "Date", "Ordine" if it else "Order", "EAN", "Carta" if it else "Card", "Importo" if it else "Amount"])
    rows = [sep.join([date(rng, lang), order_no(rng), ean13(rng), masked_card(rng), amount(rng, lang)]) for _ in range(rng.randint(3, 8))]
    return top + "\n" + hdr + "\n" + "\n".join(rows), "tsv-sheet"


def n_fixed(rng, lang):
    hdr = "01 REC-MOV.\n   05 RM-DATA     PIC 9(8).\n   05 RM-PAN-MASK PIC X(19).\n   05 RM-AUT      PIC X(6).\n   05 RM-IMPORTO  PIC 9(9)V99.\n   05 RM-STAN     PIC 9(6)."
    lines = []
    for _ in range(rng.randint(2, 6)):
        c = card(rng)
        m = c[:6] + "*" * (len(c) - 10) + c[-4:]
        lines.append(f"{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {m.ljust(19)} {rs(rng, A_UP + DIG, 6)} {rng.randint(100, 99999999):011d} {rs(rng, DIG, 6)}")
    pre = rng.choice(["Record dal file movimenti del CED:\n", "Host extract (masked):\n"])
    return pre + hdr + "\n\n" + "\n".join(lines), "mainframe-record"


def n_iso20022(rng, lang):
    e2e = "E2E" + rs(rng, A_UP + DIG, 14)
    bad = bad_iban(rng) if rng.random() < .4 else None
    acct = f"<IBAN>{bad}</IBAN>" if bad else f"<Othr><Id>{rs(rng, A_UP, 3)}-{rng.randint(1000, 9999)}</Id></Othr>"
    note = ("Il software dice 'IBAN non valido' - in effetti ho controllato e la cifra di controllo è sbagliata, lo correggo io." if lang == "it" else "The software says 'invalid IBAN' - I checked and the check digits are wrong, I'll fix it.") if bad else (
        "Il conto del beneficiario è in anagrafica, qui c'è solo il riferimento." if lang == "it" else "Beneficiary account is on file, only the reference is here.")
    xml = f"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
 <BkToCstmrDbtCdtNtfctn>
  <GrpHdr><MsgId>{rs(rng, A_UP + DIG, 16)}</MsgId><CreDtTm>{ts(rng)[:-1]}</CreDtTm></GrpHdr>
  <Ntry><Amt Ccy="EUR">{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}</Amt><BookgDt><Dt>{ts(rng)[:10]}</Dt></BookgDt>
   <NtryDtls><TxDtls><Refs><EndToEndId>{e2e}</EndToEndId><TxId>{payment_id(rng)}</TxId></Refs>
    <RltdPties><CdtrAcct><Id>{acct}</Id></CdtrAcct></RltdPties>
    <RltdAgts><CdtrAgt><FinInstnId><BICFI>{rng.choice(BICS)}</BICFI></FinInstnId></CdtrAgt></RltdAgts>
   </TxDtls></NtryDtls></Ntry>
 </BkToCstmrDbtCdtNtfctn>
</Document>"""
    return xml + "\n" + note, "iso20022-xml"


def n_edifact(rng, lang):
    segs = ["UNA:+.? '", f"UNB+UNOC:3+{rs(rng, DIG, 13)}:14+{rs(rng, DIG, 13)}:14+{rng.choice([25, 26])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}:{rng.randint(7, 22):02d}{rng.randint(0, 59):02d}+{rs(rng, DIG, 8)}'",
            "UNH+1+ORDERS:D:96A:UN'", f"BGM+220+{rs(rng, DIG, 8)}+9'", f"DTM+137:{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}:102'"]
    for i in range(rng.randint(2, 5)):
        segs += [f"LIN+{i + 1}++{ean13(rng)}:EN'", f"QTY+21:{rng.randint(1, 500)}'", f"PRI+AAA:{rng.randint(1, 99)}.{rng.randint(0, 99):02d}'"]
    segs += [f"UNT+{len(segs)}+1'", f"UNZ+1+{rs(rng, DIG, 8)}'"]
    return ("Ordine EDI dal nostro cliente GDO:\n" if lang == "it" else "EDI order from our retail customer:\n") + "\n".join(segs), "edifact"


def n_plugin(rng, lang):
    it = lang == "it"
    plat = rng.choice(list(PLUGIN_FIELDS))
    lines = [f"{plat} > {'Impostazioni' if it else 'Settings'} > {'Pagamenti' if it else 'Payments'}", f"Merchant ID\t{rs(rng, DIG, 9)}", f"Client ID\t{client_id(rng)}",
             f"Client Secret\t{rng.choice(['••••••••••••••••', '(nascosto)' if it else '(hidden)', '[ Rigenera ]' if it else '[ Regenerate ]', placeholder(rng)])}",
             f"Publishable key\tpk_live_{rs(rng, ALNUM, 24)}" if rng.random() < .4 else f"Webhook URL\thttps://{rng.choice(['shop.example.it', 'bottega.it'])}/?wc-api=sportello",
             f"API Password\t{rng.choice(['********', '', '(non impostata)' if it else '(not set)'])}", f"{'Versione' if it else 'Version'}\t{version(rng)}", f"Debug\t{rng.choice(['Sì', 'No', 'Yes'])}",
             f"{'Ultimo errore' if it else 'Last error'}\t401 request_id {uuid4(rng)}"]
    return ("Copio la pagina delle impostazioni:\n" if it else "Copying the settings page:\n") + "\n".join(lines), "plugin-settings"


def n_terminal(rng, lang):
    it = lang == "it"
    lines = [f"{rng.choice(['Ingenico Move/5000', 'Verifone V400m', 'PAX A920'])}  SN {rs(rng, DIG, 8)}  TML {rs(rng, DIG, 8)}", f"{'Versione' if it else 'Version'} {version(rng)}",
             f"{'Esercente' if it else 'Merchant'} {rs(rng, DIG, 15)}", f"Host: {rng.randint(10, 250)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:443",
             f"PIN gestore: {'****' if rng.random() < .5 else ('impostato' if it else 'set')}", f"APN: {rng.choice(['ibox.tim.it', 'web.omnitel.it'])}", f"{'Ultima chiusura' if it else 'Last batch'} {date(rng, lang)} n. {rng.randint(1, 999):03d}",
             f"ACQ {rng.choice(['NEXI', 'WORLDLINE', 'AMEX'])}  AIIC {rs(rng, DIG, 11)}"]
    if rng.random() < .5:
        lines = [f"# {rng.choice(['MikroTik hAP ac2', 'FRITZ!Box 7530', 'TP-Link Archer', 'router negozio', 'shop router'])} export {ts(rng)}", "/interface wireless security-profiles",
                 rng.choice(["set [ find default=yes ] authentication-types=wpa2-psk wpa2-pre-shared-key=\"\"", "set [ find default=yes ] mode=none", f"add name=ospiti authentication-types=wpa2-psk wpa2-pre-shared-key={placeholder(rng)}"]),
                 rng.choice(["/user set admin password=********", "# password rimossa prima di inviare", "# admin password removed before sending", "/user set admin password=\"<redacted>\""]),
                 f"# serial {rs(rng, A_UP + DIG, 12)}", f"/ip address add address=192.168.{rng.randint(0, 254)}.1/24 interface=bridge"]
        if rng.random() < .5:
            lines.append(f"/ip dns set servers={rng.choice(['1.1.1.1', '8.8.8.8', '9.9.9.9'])}")
        rng.shuffle(lines[2:])
    return "\n".join(lines), "terminal-config"


def n_receipt(rng, lang):
    it = lang == "it"
    c = card(rng)
    lines = [shop(rng, lang).upper(), f"{'P.IVA' if it else 'VAT'} {piva(rng) if it else 'GB' + rs(rng, DIG, 9)}", "-" * 28, f"{'ACQUISTO' if it else 'SALE'}", f"{'IMPORTO' if it else 'AMOUNT'} EUR {rng.randint(1, 500)},{rng.randint(0, 99):02d}",
             f"{rng.choice(['VISA', 'MASTERCARD', 'MAESTRO', 'AMEX'])}", f"PAN ************{c[-4:]}", f"{'SCAD' if it else 'EXP'} **/**", f"TML {rs(rng, DIG, 8)}  STAN {rs(rng, DIG, 6)}", f"{'AUT.' if it else 'AUTH'} {rs(rng, DIG + A_UP, 6)}  OPER. {rs(rng, DIG, 6)}",
             f"A.I.I.C. {rs(rng, DIG, 11)}", f"AID A0000000{rng.choice(['031010', '041010', '043060'])}", f"{'PIN VERIFICATO' if it else 'PIN VERIFIED'}", f"{date(rng, lang)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", f"{'TRANSAZIONE ESEGUITA' if it else 'APPROVED'}"]
    pre = rng.choice(["Ricopio lo scontrino del POS:\n", "Il cliente contesta questo scontrino:\n"] if it else ["Copying the card slip:\n", "Customer disputes this slip:\n"])
    return pre + "\n".join(lines), "pos-receipt"


def n_certs(rng, lang):
    it = lang == "it"
    k = rng.randint(0, 2)
    if k == 0:
        block = cert_block(rng)
        what = "Il certificato che ci ha dato il provider (solo la parte pubblica):" if it else "Certificate the provider gave us (public part only):"
    elif k == 1:
        block = cert_block(rng, "PUBLIC KEY")
        what = "Chiave pubblica da caricare sul portale:" if it else "Public key to upload to the portal:"
    else:
        block = f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(rng, B64, 43)} {rng.choice(NAMES).lower()}@cassa-pc"
        what = "Questa è la chiave pubblica del PC della cassa per l'SFTP:" if it else "This is the till PC's public key for SFTP:"
    return f"{what}\n{block}\n{'La privata resta sul server.' if it else 'The private one stays on the server.'} SHA256:{rs(rng, B64, 43)}", "handover-email"


def n_invite(rng, lang):
    it = lang == "it"
    lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", f"DTSTART:{ts(rng).replace('-', '').replace(':', '')}", f"SUMMARY:{rng.choice(['Formazione POS', 'Call fornitore', 'Training', 'Supplier call'])}",
             f"DESCRIPTION:Meeting ID: {rs(rng, DIG, 3)} {rs(rng, DIG, 4)} {rs(rng, DIG, 4)}\\n{'Il codice di accesso arriva per SMS il giorno prima' if it else 'The passcode will be texted the day before'}\\nDial-in {phone(rng, lang)}",
             f"UID:{uuid4(rng)}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines), "calendar-invite"


def n_epcqr(rng, lang):
    it = lang == "it"
    ib = bad_iban(rng, "IT")
    payload = "\n".join(["BCD", "002", "1", "SCT", rng.choice(BICS), name(rng), ib, f"EUR{rng.randint(1, 999)}.{rng.randint(0, 99):02d}", "", "", invoice_no(rng)])
    return (("Il QR non viene accettato, la banca dice IBAN errato (controllo fallito). Testo decodificato:\n" if it else "QR rejected, bank says IBAN check failed. Decoded text:\n") + payload), "epc-qr"


def n_prose(rng, lang):
    it = lang == "it"
    pool_it = ["Ricordiamo che nessun operatore vi chiederà mai PIN, password o codici OTP. Se ricevete una chiamata del genere, riattaccate e chiamate il numero sul retro della carta.",
               "La password deve avere almeno 12 caratteri, una maiuscola, un numero e un simbolo. Non riutilizzate password di altri servizi.",
               "Il client secret si rigenera dal portale in Impostazioni > API. Dopo la rigenerazione il vecchio smette di funzionare entro 24 ore.",
               "Per motivi di sicurezza non inviate mai il numero completo della carta via email: bastano le ultime quattro cifre.",
               "Il codice OTP arriva via SMS e vale 5 minuti. Se non arriva, verificate che il numero di cellulare in anagrafica sia corretto.",
               "Il token di accesso scade dopo un'ora; il refresh token dopo 30 giorni. Il plugin li rinnova da solo se l'orologio del server è corretto.",
               "Domanda dalla formazione: 'il CVV va conservato?' Risposta: no, mai, nemmeno cifrato."]
    pool_en = ["Reminder: no one from our team will ever ask for your PIN, password or one-time codes. If you get such a call, hang up and ring the number on the back of your card.",
               "Passwords must have at least 12 characters, an upper-case letter, a number and a symbol. Do not reuse passwords from other services.",
               "You can regenerate the client secret in the portal under Settings > API. The old one stops working within 24 hours.",
               "For security please never email the full card number - the last four digits are enough.",
               "The one-time code arrives by SMS and lasts 5 minutes. If it doesn't arrive, check the mobile number on file.",
               "Access tokens expire after one hour; refresh tokens after 30 days. The plugin renews them itself if the server clock is right.",
               "Training Q&A: 'should we store the CVV?' Answer: no, never, not even encrypted."]
    pool = pool_it if it else pool_en
    a, b = rng.sample(pool, 2)
    return f"{a}\n\n{b}\n\n{lookalikes(rng, lang)}", rng.choice(["faq", "newsletter", "training-notes"])


def n_email_headers(rng, lang):
    it = lang == "it"
    t = (f"Message-ID: <{rs(rng, HEXL, 16)}.{rs(rng, DIG, 10)}@{rng.choice(['mail.libero.it', 'pec.aruba.it', 'mx.google.com'])}>\nDate: {ts(rng)}\n"
         f"DKIM-Signature: v=1; a=rsa-sha256; d={rng.choice(['libero.it', 'gmail.com'])}; s=s1; bh={rs(rng, B64, 43)}=; b={rs(rng, B64, 64)}\n {rs(rng, B64, 60)}==\n"
         f"X-Attachment-Id: {rs(rng, A_LOW + DIG, 16)}\nContent-ID: <image001.png@01DA{rs(rng, HEXL.upper(), 4)}.{rs(rng, HEXL.upper(), 8)}>\n\n"
         + ("Vi inoltro la mail con le intestazioni complete come richiesto. " if it else "Forwarding the email with full headers as requested. ") + lookalikes(rng, lang))
    return t, "email-headers"


def n_cookies(rng, lang):
    it = lang == "it"
    who = rng.choice(["Il tecnico", "Il ragazzo dell'agenzia", "Vostro collega", "Il consulente SEO"] if it else ["The tech", "The agency guy", "Your colleague", "The SEO consultant"])
    what = rng.choice(["i cookie del sito, quelli di statistica", "cosa c'è nei cookie del negozio online", "l'elenco dei cookie dal browser"] if it else ["the site cookies, the analytics ones", "what's in the online shop cookies", "the cookie list from the browser"])
    parts = [f"_ga=GA1.1.{rng.randint(100000000, 999999999)}.{rng.randint(1700000000, 1790000000)}", f"_gid=GA1.2.{rng.randint(100000000, 999999999)}.{rng.randint(1700000000, 1790000000)}",
             rng.choice(["cookie_consent=accepted", "cookielawinfo-checkbox-analytics=yes", "CookieConsent={stamp:%27" + rs(rng, B64, 12) + "%27}"]), f"lang={lang}", f"cart_items={rng.randint(0, 9)}",
             f"_fbp=fb.1.{rng.randint(1700000000000, 1790000000000)}.{rng.randint(100000000, 999999999)}", f"currency={rng.choice(['EUR', 'GBP'])}", f"recently_viewed={rng.randint(100, 999)}%2C{rng.randint(100, 999)}"]
    rng.shuffle(parts)
    sep = rng.choice(["; ", "\n", " | "])
    end = rng.choice(["(quello di sessione non ve lo mando)", "il cookie di login l'ho tolto", "niente dati personali spero", ""] if it else ["(not sending the session one)", "I removed the login cookie", "no personal data I hope", ""])
    return f"{who} {'mi ha chiesto' if it else 'asked for'} {what}:\n" + sep.join(parts[:rng.randint(3, 8)]) + "\n" + end, "browser-cookies"


def n_spreadsheet_formula(rng, lang):
    it = lang == "it"
    t = ("=SE(VAL.ERRORE(CERCA.VERT(A2;Ordini!A:F;6;FALSO));\"\";CERCA.VERT(A2;Ordini!A:F;6;FALSO))\n" if it else "=IFERROR(VLOOKUP(A2,Orders!A:F,6,FALSE),\"\")\n")
    rows = "\n".join(f"{order_no(rng)}\t{payment_id(rng)}\t{amount(rng, lang)}\t{date(rng, lang)}" for _ in range(rng.randint(3, 6)))
    return ("La formula non trova gli ID di pagamento:\n" if it else "The formula can't find the payment IDs:\n") + t + rows, "spreadsheet-formula"


def n_tracking_mail(rng, lang):
    it = lang == "it"
    t = ("Buongiorno, il reso dell'ordine {o} è stato spedito.\nCorriere: {c}\nTracking: {t}\nRimborso di {a} previsto su carta {m}.\nRif. rimborso {p}" if it else
         "Hello, the return for order {o} has been shipped.\nCarrier: {c}\nTracking: {t}\nRefund of {a} expected to card {m}.\nRefund ref {p}").format(
        o=order_no(rng), c=rng.choice(["BRT", "GLS", "Poste", "DHL", "UPS", "SDA", "Royal Mail", "DPD"]), t=tracking(rng), a=amount(rng, lang), m=masked_card(rng), p=payment_id(rng))
    return t, "shop-owner"


def n_versions(rng, lang):
    it = lang == "it"
    lines = [f"{p} {version(rng)}" for p in rng.sample(["App cassa", "Plugin pagamenti", "PHP", "WooCommerce", "Magento", "Firmware POS", "Android", "iOS", "PrestaShop"], 4)]
    return (("Versioni installate nel negozio:\n" if it else "Versions installed at the shop:\n") + "\n".join(lines) + f"\nbuild {rs(rng, HEXL, 8)} - {ts(rng)}\n{lookalikes(rng, lang)}"), "inventory"


def n_wrongcard(rng, lang):
    it = lang == "it"
    b = bad_card(rng)
    f = rng.choice([group_card(b), b, group_card(b, "-")])
    if it:
        t = rng.choice([f"Il cliente ha scritto nel form {f} ma il sito dice numero non valido. Ho controllato e in effetti una cifra è sbagliata, gli ho chiesto di riprovare. Ordine {order_no(rng)}.",
                        f"Ordine {order_no(rng)}: nel campo carta c'è {f}, il plugin lo scarta con 'numero carta errato'. È un errore di battitura del cliente, vero?",
                        f"La signora mi ha dettato {f} al telefono ma il POS virtuale dice che il numero non è valido (controllo Luhn fallito). Ho ricontrollato: ha invertito due cifre.",
                        f"Nel report degli errori vedo 'invalid card number' per {f} ({date(rng, lang)}). Nessun addebito fatto."])
    else:
        t = rng.choice([f"Customer typed {f} in the form but the site says invalid number. A digit is wrong, asked them to retry. Order {order_no(rng)}.",
                        f"Order {order_no(rng)}: the card field holds {f}, the plugin rejects it with 'incorrect card number'. Customer typo, right?",
                        f"The lady read me {f} over the phone but the virtual terminal says the number isn't valid (Luhn check failed). Turns out she swapped two digits.",
                        f"Error report shows 'invalid card number' for {f} ({date(rng, lang)}). Nothing was charged."])
    return t, rng.choice(["shop-owner", "call-notes"])


NEG = [n_callnote, n_accountant, n_shopowner, n_machine_tr, n_voice, n_mobile, n_emoji, n_screenshot, n_jira, n_trello, n_notion, n_confluence, n_minutes, n_postmortem,
       n_legal, n_tsv, n_fixed, n_iso20022, n_edifact, n_plugin, n_terminal, n_receipt, n_certs, n_invite, n_epcqr, n_prose, n_email_headers, n_cookies, n_spreadsheet_formula,
       n_tracking_mail, n_versions, n_wrongcard]


def n_wifiqr(rng, lang):
    it = lang == "it"
    p = rng.choice(["<chiedere in cassa>" if it else "<ask at the till>", "", "********", "${WIFI_PSK}"])
    payload = f"WIFI:T:{rng.choice(['WPA', 'nopass'])};S:{rng.choice(['Ospiti', 'Guest', 'Shop-Free'])};P:{p};;"
    return (("Il QR del Wi-Fi ospiti decodificato (la password non c'è, la diamo a voce):\n" if it else "Guest Wi-Fi QR decoded (no password in it, we tell people in person):\n") + payload + f"\n{lookalikes(rng, lang)}"), "wifi-qr"


def n_vcc(rng, lang):
    it = lang == "it"
    ota = rng.choice(["Booking.com", "Expedia", "Hotels.com"])
    t = (f"La prenotazione {rs(rng, DIG, 10)} di {ota} è pagata con carta virtuale {masked_card(rng)}. I dati completi sono visibili nell'extranet solo per 24 ore, non li copio qui. "
         f"Addebito di {amount(rng, lang)} rifiutato, codice risposta 05. {lookalikes(rng, lang)}" if it else
         f"Booking {rs(rng, DIG, 10)} from {ota} is paid by virtual card {masked_card(rng)}. Full details are only in the extranet for 24h, not copying them here. "
         f"Charge of {amount(rng, lang)} declined, response 05. {lookalikes(rng, lang)}")
    return t, "hotel-vcc"


def n_sdd(rng, lang):
    it = lang == "it"
    cred = "IT" + rs(rng, DIG, 2) + "ZZZ" + rs(rng, DIG, 11)
    t = (f"MANDATO SDD - riferimento MND-{rs(rng, A_UP + DIG, 10)}\nIdentificativo creditore: {cred}\nDebitore: {name(rng)}\nIBAN: {masked_iban(rng)}\nBIC: {rng.choice(BICS)}\nData firma: {date(rng, lang)}\n(coordinate complete nel gestionale)" if it else
         f"SDD MANDATE - ref MND-{rs(rng, A_UP + DIG, 10)}\nCreditor ID: {cred}\nDebtor: {name(rng)}\nIBAN: {masked_iban(rng)}\nBIC: {rng.choice(BICS)}\nSigned: {date(rng, lang)}\n(full details held in the ERP)")
    return t, "sdd-mandate"


NEG += [n_wifiqr, n_vcc, n_sdd]


def n_bank_sms(rng, lang):
    it = lang == "it"
    amt, m = amount(rng, lang), masked_card(rng)
    sms = rng.choice([f"Pagamento di {amt} autorizzato con carta {m} presso {rng.choice(['ESSELUNGA', 'IKEA', 'AMAZON EU'])} il {date(rng, lang)}. Se non riconosci l'operazione chiama il numero verde.",
                      f"Il codice che ti abbiamo inviato è scaduto. Richiedine uno nuovo dall'app. Non comunicare mai i tuoi codici.",
                      f"Bonifico di {amt} disposto. CRO {rs(rng, DIG, 11)}. Beneficiario: {name(rng)}."] if it else
                     [f"Payment of {amt} authorised on card {m} at {rng.choice(['TESCO', 'IKEA', 'AMAZON EU'])} on {date(rng, lang)}. Don't recognise it? Call us.",
                      "The code we sent you has expired. Request a new one in the app. Never share your codes.",
                      f"Transfer of {amt} sent. Ref {rs(rng, DIG, 11)}. Payee: {name(rng)}."])
    pre = rng.choice(["Mi è arrivato questo sms, è vostro?", "Vi giro l'sms della banca:"] if it else ["Got this text, is it from you?", "Forwarding the bank text:"])
    return f"{pre}\n\"{sms}\"", "sms-forward"


def n_audit(rng, lang):
    it = lang == "it"
    t = (f"RAPPORTO DI AUDIT - {shop(rng, lang)}\nRilievo n. {rng.randint(1, 9)} (chiuso)\nIn {rng.choice(['un foglio Excel', 'un file di log', 'una mail'])} era presente un PAN in chiaro; ora risulta mascherato come {masked_card(rng)}.\n"
         f"Le password sono conservate con hash bcrypt (es. $2y$10${rs(rng, B64.replace('+', '.'), 53)}).\nNessun CVV conservato. Evidenza: {sha256(rng)}\nAuditor: {name(rng)}" if it else
         f"AUDIT REPORT - {shop(rng, lang)}\nFinding {rng.randint(1, 9)} (closed)\n{rng.choice(['A spreadsheet', 'A log file', 'An email'])} held a clear-text PAN; it is now masked as {masked_card(rng)}.\n"
         f"Passwords are stored as bcrypt hashes (e.g. $2y$10${rs(rng, B64.replace('+', '.'), 53)}).\nNo CVV stored. Evidence: {sha256(rng)}\nAuditor: {name(rng)}")
    return t, "audit-report"


def n_erp_users(rng, lang):
    it = lang == "it"
    hdr = f"{'UTENTE' if it else 'USER':<12}{'NOME' if it else 'NAME':<22}{'ULTIMO ACCESSO' if it else 'LAST LOGIN':<22}{'PASSWORD':<12}"
    rows = [f"{rng.choice(NAMES).lower()[:6] + str(rng.randint(1, 99)):<12}{name(rng):<22}{ts(rng):<22}{rng.choice(['********', '(scaduta)' if it else '(expired)', 'reset', '--------']):<12}" for _ in range(rng.randint(2, 6))]
    return ("Elenco utenti dal gestionale (le password non si vedono):\n" if it else "User list from the ERP (passwords are hidden):\n") + hdr + "\n" + "\n".join(rows), "erp-printout"


def n_notebook(rng, lang):
    it = lang == "it"
    lines = [f"{rng.randint(1, 28)}/{rng.randint(1, 12)} " + rng.choice(
        ["cambiato pin POS (chiedere a " + rng.choice(NAMES) + ")", "ordinato rotoli carta termica x" + str(rng.randint(2, 20)), "pagato fornitore " + amount(rng, lang), "chiamato assistenza, pratica " + str(rng.randint(10000, 99999)), "password wifi cambiata - è nel cassetto", "tracking " + tracking(rng)] if it else
        ["changed card reader pin (ask " + rng.choice(NAMES) + ")", "ordered till rolls x" + str(rng.randint(2, 20)), "paid supplier " + amount(rng, lang), "called support, case " + str(rng.randint(10000, 99999)), "wifi password changed - it's in the drawer", "tracking " + tracking(rng)]) for _ in range(rng.randint(3, 6))]
    return ("Dal quaderno della cassa:\n" if it else "From the till notebook:\n") + "\n".join(lines), "notebook"


NEG += [n_bank_sms, n_audit, n_erp_users, n_notebook]
