# -*- coding: utf-8 -*-
"""Positives where the keyword is missing or far away and only context tells,
and their must-pass twins (same situation, no value)."""

T = []


def P(lang, style, body, n=2, wrap=None):
    T.append(("P", lang, style, body, n, wrap))


def N(lang, style, body, n=2, wrap=None):
    T.append(("N", lang, style, body, n, wrap))


# ------------------------------------------------------------- no keyword
P("en", "migrated-ticket", """here's what the text said: ⟦otp⟧. typed it in straight away and still got "try again later".""", wrap="prose")
P("it", "migrated-ticket", """ecco cosa diceva l'SMS: ⟦otp⟧. L'ho inserito subito e comunque mi dice "riprova più tardi".""", wrap="prose")
P("en", "colleague-note", """I typed ⟦pw⟧ into the login box and it said wrong username or password. definitely the right user""")
P("it", "colleague-note", """ho scritto ⟦pw⟧ nella schermata di login e mi dice utente o password errati. l'utente è giusto sicuro""")
P("en", "migrated-ticket", """The numbers on the back are ⟦cvv⟧ and the long one on the front is ⟦card⟧, valid till ⟦exp⟧. Can you just take the payment over the phone next time?""", wrap="prose")
P("it", "migrated-ticket", """Dietro ci sono i numeri ⟦cvv⟧, davanti ⟦card⟧, valida fino a ⟦exp⟧. La prossima volta potete prendere il pagamento per telefono?""", wrap="prose")
P("en", "colleague-note", """⟦card⟧ ⟦exp⟧ – that's what she sent on whatsapp, no idea why""")
P("it", "colleague-note", """⟦card⟧ ⟦exp⟧ – me l'ha mandato così su whatsapp, boh""")
P("en", "colleague-note", """the app just pinged me with ⟦otp⟧ – is that the one you need for the approval?""")
P("it", "colleague-note", """mi è appena arrivato ⟦otp⟧ sull'app, è quello che ti serve per l'approvazione?""")
P("en", "migrated-ticket", """I'll paste it here since the portal won't take attachments:

⟦jwt⟧

That's what our backend sends in the header. Still 401.""", wrap="prose")
P("it", "migrated-ticket", """Lo incollo qui perché il portale non accetta allegati:

⟦jwt⟧

È quello che il nostro backend mette nell'header. Sempre 401.""", wrap="prose")
P("en", "sloppy", """⟦uksort⟧ ⟦ukacc⟧ mrs ⟦name⟧ refund pls""")
P("it", "sloppy", """⟦itiban⟧ sig. ⟦nome⟧ rimborso x favore""")
P("en", "colleague-note", """it's ⟦pws⟧ – same one as the staging box, don't ask me why""")
P("it", "colleague-note", """è ⟦pws⟧ – la stessa della macchina di collaudo, nn chiedermi perché""")
P("en", "migrated-ticket", """Our old developer left a sticky note on the monitor that says "⟦user⟧ / ⟦pw⟧". We think it's for your admin portal. Could you confirm and reset it?""", wrap="prose")
P("it", "migrated-ticket", """Lo sviluppatore di prima ha lasciato un post-it sul monitor con scritto "⟦user⟧ / ⟦pw⟧". Pensiamo sia per il vostro portale di amministrazione. Potete confermare e resettarlo?""", wrap="prose")
P("en", "call-notes", """caller read out six digits from her phone (⟦otp⟧) before I could stop her; flagged the session""")
P("it", "call-notes", """la cliente ha letto sei cifre dal telefono (⟦otp⟧) prima che potessi fermarla; sessione segnalata""")
P("en", "migrated-ticket", """Far too long a story, but in short: our agency set up the integration in 2022, then went bust; the only thing we found in their shared drive was a file called "prod.txt" with a single line, ⟦cs⟧, and the id ⟦cid⟧ in its name. Is that our client secret? If it is, please revoke it and issue a new one.""", wrap="prose")
P("it", "migrated-ticket", """Storia lunga, riassumo: l'agenzia che ci aveva fatto l'integrazione nel 2022 ha chiuso; nella loro cartella condivisa abbiamo trovato solo un file "prod.txt" con una riga, ⟦cs⟧, e l'id ⟦cid⟧ nel nome del file. È il nostro client secret? Se sì, revocatelo e mandatecene uno nuovo.""", wrap="prose")
P("en", "migrated-ticket", """Customer replied to our automated email with only this:
⟦pin⟧
We think they meant to type it into the terminal, not reply to us.""", wrap="prose")
P("it", "migrated-ticket", """Il cliente ha risposto alla mail automatica scrivendo solo:
⟦pin⟧
Crediamo volesse digitarlo sul POS, non mandarlo a noi.""", wrap="prose")

# ------------------------------------------------------------- the twins
N("en", "migrated-ticket", """here's what the text said: "Your code is ready in the app". no digits at all. is that normal now?""", wrap="prose")
N("it", "migrated-ticket", """ecco cosa diceva l'SMS: "Il tuo codice è disponibile nell'app". Nessun numero. È normale adesso?""", wrap="prose")
N("en", "colleague-note", """I typed the password from the vault into the login box and it said wrong username or password. vault entry updated ⟦date⟧""")
N("it", "colleague-note", """ho messo la password del vault nella schermata di login e dice utente o password errati. voce del vault aggiornata il ⟦data⟧""")
N("en", "colleague-note", """the app just pinged me with a code – used it already, approval ⟦reqid⟧ went through""")
N("it", "colleague-note", """mi è appena arrivato il codice sull'app – già usato, approvazione ⟦reqid⟧ passata""")
N("en", "migrated-ticket", """Customer replied to our automated email with only this:
⟦order⟧
We think it's their order number; found it, refund ⟦pratica⟧ raised.""", wrap="prose")
N("it", "migrated-ticket", """Il cliente ha risposto alla mail automatica scrivendo solo:
⟦order⟧
Dovrebbe essere il numero d'ordine; trovato, rimborso ⟦pratica⟧ avviato.""", wrap="prose")
N("en", "migrated-ticket", """Our old developer left a sticky note saying "creds in 1Password, vault Payments". We don't have access to that vault. How do we regain admin access to your portal?""", wrap="prose")
N("it", "migrated-ticket", """Lo sviluppatore di prima ha lasciato un post-it: "credenziali in 1Password, cassaforte Pagamenti". Non abbiamo accesso a quella cassaforte. Come recuperiamo l'accesso amministratore al vostro portale?""", wrap="prose")
N("en", "call-notes", """caller started reading digits from her phone, I stopped her after the first two; nothing recorded. ref ⟦reqid⟧""")
N("it", "call-notes", """la cliente ha iniziato a leggere le cifre dal telefono, l'ho fermata dopo le prime due; nulla annotato. rif. ⟦reqid⟧""")
N("en", "sloppy", """⟦uksort⟧ is the branch, she'll send the account via the secure form. ref ⟦pratica⟧""")
N("it", "sloppy", """⟦miban⟧ sig. ⟦nome⟧ – l'iban completo lo manda dal modulo sicuro""")
N("en", "migrated-ticket", """I'll paste the decoded header only, not the token:
{"alg":"RS256","typ":"JWT","kid":"⟦kid⟧"}
Our backend sends it in the Authorization header and still gets 401. Request id ⟦uuid⟧.""", wrap="prose")
N("it", "migrated-ticket", """Incollo solo l'header decodificato, non il token:
{"alg":"RS256","typ":"JWT","kid":"⟦kid⟧"}
Il nostro backend lo manda nell'header Authorization e riceve sempre 401. Request id ⟦uuid⟧.""", wrap="prose")
N("en", "colleague-note", """⟦badcard⟧ – that's what she sent, but the form says it's not a valid number, so probably a typo. asked her to use the payment link instead""")
N("it", "colleague-note", """⟦badcard⟧ – questo mi ha mandato, ma il form dice che il numero non è valido, sarà un errore di battitura. le ho detto di usare il link di pagamento""")
N("en", "migrated-ticket", """Far too long a story, but in short: our agency set up the integration in 2022, then went bust. We found nothing in their shared drive except the client id ⟦cidslug⟧. Can you issue a new secret through the portal's secure exchange?""", wrap="prose")
N("it", "migrated-ticket", """Storia lunga, riassumo: l'agenzia che ci aveva fatto l'integrazione nel 2022 ha chiuso. Nella loro cartella abbiamo trovato solo il client id ⟦cidslug⟧. Potete emettere un nuovo secret tramite lo scambio sicuro del portale?""", wrap="prose")
N("en", "tsv", """Phone\tCalled at\tDuration\tAgent
⟦phone⟧\t⟦ora⟧\t⟦num⟧ min\t⟦efirst⟧
⟦phone2⟧\t⟦ora2⟧\t⟦num2⟧ min\t⟦efirst2⟧
⟦phone3⟧\t⟦ora3⟧\t⟦num3⟧ min\t⟦efirst3⟧""")
N("it", "tsv", """Telefono\tOra chiamata\tDurata\tOperatore
⟦tel⟧\t⟦ora⟧\t⟦num⟧ min\t⟦first⟧
⟦tel2⟧\t⟦ora2⟧\t⟦num2⟧ min\t⟦first2⟧
⟦tel3⟧\t⟦ora3⟧\t⟦num3⟧ min\t⟦first3⟧""")

# ------------------------------------------------ careless characters, forced
P("it", "sloppy", """numero carta ⟦card|fw⟧ (scritto dal telefono con la tastiera giapponese, scusate)""", n=1)
P("en", "sloppy", """card no. ⟦card|fw⟧ – pasted from a PDF that uses weird wide digits""", n=1)
P("it", "migrated-ticket", """Carta: ⟦card|nbsp⟧ – scad. ⟦exp⟧ – CVV ⟦cvv⟧ (copiato da Word, ci sono spazi strani)""", wrap="prose")
P("en", "migrated-ticket", """Card: ⟦card|nbsp⟧, exp ⟦exp⟧, CVC ⟦cvv|fw⟧ (copied out of a Word doc)""", wrap="prose")
P("it", "accountant-note", """IBAN da Excel (con gli spazi non separabili): ⟦itiban|nbsp⟧""")
P("en", "accountant-note", """IBAN copied from the old ERP (non-breaking spaces): ⟦iban|nbsp⟧""")
P("it", "colleague-note", """codice ⟦otp|fw⟧ dal telefono del cliente, copiato dallo screenshot""")
P("en", "colleague-note", """code ⟦otp|fw⟧ off the customer's screenshot""")
P("it", "zero-width", """La password è ⟦pws|zw⟧ (incollata da Teams)""")
P("en", "zero-width", """Card from the chat export: ⟦card|zw⟧ – Teams sometimes adds invisible characters""")
P("it", "sloppy", """pin ⟦pin|dig⟧ (lo scrivo spaziato così nn lo legge nessuno lol)""")
P("en", "sloppy", """PIN is ⟦pin|dig⟧ – spaced out so the filters don't catch it, apparently""")

# ------------------------------------------------ a few more IBANs (en), secrets (it)
P("en", "migrated-ticket", """Dutch supplier changed banks, new IBAN ⟦iban⟧ as per their letter of ⟦date⟧. Please update before Friday's run.""", wrap="prose")
P("en", "forwarded-mail", """Refund for order ⟦order⟧ should go to the customer's German account: ⟦deiban|sp⟧ (name on account: ⟦name⟧).""", wrap="prose")
P("en", "call-notes", """⟦ora⟧ customer in Spain, read IBAN slowly twice: ⟦esiban|sp⟧. Refund of ⟦amount⟧ queued, case ⟦pratica⟧.""")
P("en", "tsv", """Supplier\tCountry\tIBAN\tBIC
⟦company⟧\tFR\t⟦friban⟧\t⟦bic⟧
⟦company2⟧\tGB\t⟦ukiban2⟧\t⟦bic2⟧
⟦company3⟧\tNL\t⟦iban3⟧\t⟦bic3⟧""")
P("en", "colleague-note", """iban for the chargeback reversal: ⟦iban|c⟧ – she pasted it from her banking app""")
P("it", "colleague-note", """il partner ha rigenerato il secret, ora è ⟦csaz⟧ (client id invariato ⟦uuid⟧). aggiornalo tu nel vault che io nn ho i permessi""")
P("it", "migrated-ticket", """Buongiorno, per autenticarci usiamo Basic con questa stringa: ⟦basic⟧ (l'ha generata il vostro collega durante l'onboarding). Adesso risponde 401, è ancora valida?""", wrap="prose")
P("it", "handover", """consegne ⟦data⟧
- nuovo partner ⟦azienda⟧ in collaudo
- credenziali provvisorie: id ⟦cid⟧ / secret ⟦cs⟧ (le ha mandate lui via mail, gli ho già detto di ruotarle dopo i test)
- domani call alle ⟦ora⟧""")
P("it", "curl", """curl -u ⟦pair⟧ https://⟦host⟧/oauth/token -d grant_type=client_credentials
# questa è la chiamata che ci ha dato il vostro tecnico, risponde invalid_client""", wrap="code")
