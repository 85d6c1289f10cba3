# -*- coding: utf-8 -*-
"""Negative (must-pass) templates: look-alikes in second-hand text."""

T = []


def N(lang, style, body, n=2, wrap="prose"):
    T.append(("N", lang, style, body, n, wrap))


# ======================================================================
# Prose about secrets, no value (IT)
# ======================================================================
N("it", "migrated-ticket", """Buongiorno, ieri ho reimpostato il PIN della carta aziendale dallo sportello ATM ma il POS in negozio continua a dire "PIN errato". Devo aspettare qualche ora perché si aggiorni? Grazie""")
N("it", "migrated-ticket", """Salve, l'OTP via SMS non arriva mai. Ho controllato che il numero registrato sia giusto (finisce con ⟦ext⟧) e ho anche riavviato il telefono. Nel frattempo il cliente ⟦azienda⟧ non riesce ad autorizzare i bonifici.""")
N("it", "migrated-ticket", """Il nostro client secret è scaduto il ⟦data⟧ e nessuno se n'era accorto. Da dove si rigenera? Nella vecchia documentazione c'era scritto "sezione Applicazioni" ma non la troviamo più.""")
N("it", "migrated-ticket", """Vi segnalo che nella mail del ⟦data⟧ un vostro operatore ci ha chiesto di inviare la password del portale per "verifica". Immagino sia phishing, giusto? Non abbiamo risposto.""")
N("it", "migrated-ticket", """Buonasera, il token che ottengo da /oauth/token dura solo 300 secondi, nella documentazione c'è scritto 3600. È cambiato qualcosa? Request id dell'ultima chiamata: ⟦uuid⟧""")
N("it", "migrated-ticket", """Il pagamento ⟦payid⟧ risulta ancora "in attesa di SCA". Il cliente dice di aver inserito il codice ricevuto, ma dal nostro lato non vediamo nessuna callback. Trace: ⟦trace⟧""")
N("it", "migrated-ticket", """Abbiamo ruotato la chiave API come da vostra circolare del ⟦data⟧. La vecchia è stata revocata dal pannello e la nuova è già nel nostro vault, quindi non serve che ce la rimandiate.""")
N("it", "migrated-ticket", """Gentili, il cliente ha ricevuto una telefonata da un sedicente operatore che gli chiedeva il CVV. Ovviamente non l'ha dato. Potete confermare che voi non chiedete mai questi dati?""")
N("it", "migrated-ticket", """L'ordine ⟦order⟧ del ⟦data⟧ (importo ⟦euro⟧) è stato addebitato due volte. La carta è quella che termina con ⟦mcard⟧. Potete stornare il secondo addebito?""")
N("it", "migrated-ticket", """Segnalo che dal ⟦data⟧ le notifiche webhook arrivano con firma non valida. Header ricevuto: X-Signature: sha256=⟦sha⟧⟦short⟧ – sospetto che stiate usando ancora il segreto vecchio, ma non lo so.""")
N("it", "migrated-ticket", """Il bonifico di ⟦euro⟧ con CRO ⟦build⟧⟦build2⟧⟦num⟧ non è ancora arrivato al beneficiario. Filiale ABI ⟦abi⟧ CAB ⟦cab⟧, BIC ⟦bic⟧. Come possiamo verificare?""")
N("it", "migrated-ticket", """Buongiorno, dopo l'aggiornamento all'app ⟦ver⟧ la schermata di inserimento PIN si blocca al terzo tentativo. Modello: Galaxy A52, Android 13. Succede solo a noi?""")
N("it", "migrated-ticket", """Quando provo ad aggiungere un IBAN estero il sistema dice "codice di controllo non valido". Il cliente giura che le coordinate sono giuste, ma ho controllato e in effetti le cifre di controllo non tornano: ⟦badiban⟧. Gli chiedo di ricontrollare.""")
N("it", "migrated-ticket", """La carta di test che usavamo (⟦badcard⟧) ora viene rifiutata dal form con "numero non valido". Avete cambiato le carte di test della sandbox?""")
N("it", "migrated-ticket", """La password dell'utenza di servizio scade ogni 90 giorni e ogni volta si blocca l'integrazione. Si può impostare una scadenza più lunga o usare un certificato al suo posto?""")
N("it", "migrated-ticket", """Ciao, nel log vedo "Authorization: Bearer [REDACTED]" e subito dopo un 401. Il token l'avevamo appena generato. Correlation id ⟦corr⟧, ora ⟦ora⟧.""")
N("it", "migrated-ticket", """Salve, per la pratica ⟦pratica⟧ il cliente ci ha mandato la foto della carta. Non l'abbiamo salvata e gli abbiamo chiesto di non farlo più; vi chiedo solo di annotare che la carta va sostituita per sicurezza.""")
N("it", "migrated-ticket", """Nella fattura ⟦fattura⟧ l'importo è ⟦euro⟧ ma l'addebito SDD è stato di ⟦euro2⟧. Riferimento mandato ⟦mandate⟧. Ci spiegate la differenza?""")
N("it", "migrated-ticket", """Sto configurando il nuovo gestionale e mi chiede "codice SIA" e "codice CUC". Sono la stessa cosa del client id che ci avete dato? Il nostro client id è ⟦cidslug⟧.""")
N("it", "migrated-ticket", """Mi scuso per l'insistenza: il codice che arriva per email per il login è sempre scaduto quando lo inserisco. Forse è un problema di fuso orario del server? Sono le ⟦ora⟧ qui.""")

N("it", "forwarded-mail", """Buongiorno,
con la presente confermiamo la ricezione del Vostro bonifico del ⟦data⟧ di ⟦euro⟧ a saldo della fattura ⟦fattura⟧.
Cordiali saluti""")
N("it", "forwarded-mail", """Ciao ⟦first⟧,
ti confermo che le credenziali del collaudo le trovi nel vault, cartella "partner/⟦cidslug⟧". Non te le mando via mail, come da policy.
A dopo""")
N("it", "forwarded-mail", """Gentile cliente,
la informiamo che a partire dal ⟦data⟧ il codice di conferma per le operazioni dispositive sarà inviato tramite notifica push anziché SMS. Non le chiederemo mai di comunicare il codice a un operatore.""")
N("it", "forwarded-mail", """Spett.le ⟦azienda⟧,
Vi informiamo che il contratto n. ⟦pratica⟧ è stato rinnovato. Le coordinate bancarie restano invariate. Per qualunque informazione il nostro numero verde è ⟦tel⟧.""")
N("it", "forwarded-mail", """Ciao, il cliente mi ha chiesto perché nell'estratto conto vede "IBAN ⟦miban⟧" e non il numero completo. Gli ho spiegato che è mascherato per sicurezza, ma vorrebbe il documento completo. Glielo mandiamo per PEC?""")

# ---------------------------------------------------------------- EN prose
N("en", "migrated-ticket", """Hi, I reset my PIN at the cash machine yesterday but the card terminal in the shop still says "incorrect PIN". Does it take a few hours to sync? Thanks""")
N("en", "migrated-ticket", """The OTP never arrived. I've checked the number on file (ends ⟦ext⟧) and restarted the phone. Meanwhile ⟦company⟧ can't authorise any payments.""")
N("en", "migrated-ticket", """Our client secret expired on ⟦date⟧ and nobody noticed. Where do we regenerate it? The old docs say "Applications section" but we can't find it anymore.""")
N("en", "migrated-ticket", """One of your agents emailed us on ⟦date⟧ asking us to send the portal password "for verification". I assume that's phishing? We did not reply.""")
N("en", "migrated-ticket", """The token from /oauth/token only lasts 300 seconds, the docs say 3600. Did something change? Request id of the last call: ⟦uuid⟧""")
N("en", "migrated-ticket", """Payment ⟦payid⟧ is still "awaiting SCA". The customer says they entered the code, but we never got the callback. traceparent: ⟦trace⟧""")
N("en", "migrated-ticket", """We rotated our API key as per your notice of ⟦date⟧. The old key has been revoked in the dashboard and the new one is already in our secrets manager, so no need to send it again.""")
N("en", "migrated-ticket", """A customer got a call from someone claiming to be from your fraud team asking for the three digits on the back of the card. They didn't give them. Can you confirm you never ask for this?""")
N("en", "migrated-ticket", """Order ⟦order⟧ from ⟦date⟧ (⟦amount⟧) was charged twice to the card ending ⟦mcard⟧. Could you reverse the second charge?""")
N("en", "migrated-ticket", """Since ⟦date⟧ webhook signatures don't validate. Header received: X-Signature: t=⟦epoch⟧,v1=⟦sha⟧⟦short⟧. I suspect you're still signing with the old secret.""")
N("en", "migrated-ticket", """After updating to app version ⟦ver⟧ the PIN entry screen freezes on the third attempt. Device: Pixel 7, Android 14. Is it just us?""")
N("en", "migrated-ticket", """When adding a foreign IBAN the form says "invalid check digits". The customer insists the details are right, but I checked and the check digits really are wrong: ⟦badiban⟧. I've asked them to re-check.""")
N("en", "migrated-ticket", """The test card number we used to use (⟦badcard⟧) is now rejected by the form as "invalid number". Have the sandbox test cards changed?""")
N("en", "migrated-ticket", """The service account password expires every 90 days and every time the integration breaks. Can we get a longer expiry, or use a client certificate instead?""")
N("en", "migrated-ticket", """Our logs show "Authorization: Bearer ***" followed by a 401 right after the token was issued. Correlation id ⟦corr⟧ at ⟦ora⟧ UTC.""")
N("en", "migrated-ticket", """Regarding invoice ⟦invoice⟧: the amount is ⟦amount⟧ but the direct debit collected ⟦amount2⟧. Mandate reference ⟦mandate⟧. Could you explain the difference?""")
N("en", "migrated-ticket", """Quick question: is the "Merchant ID" in the dashboard the same as the client id? Ours is ⟦cidslug⟧ and the plugin asks for both.""")
N("en", "migrated-ticket", """The email login code is always expired by the time I type it in. Could your server clock be off? It's ⟦ora⟧ here.""")
N("en", "migrated-ticket", """We were told to whitelist your IPs for the callback. Is ⟦ip⟧ still correct? Also, is port ⟦port⟧ required or just 443?""")
N("en", "migrated-ticket", """Heads-up: our finance team accidentally emailed a spreadsheet containing card numbers to your general inbox on ⟦date⟧. We've asked for it to be deleted; please confirm nothing was imported. The sheet has been replaced by a version with masked numbers only.""")
N("en", "migrated-ticket", """Could you confirm the BIC for refunds in EUR is ⟦bic⟧? The partner portal shows a different one for GBP.""")
N("en", "migrated-ticket", """I typed the code from the text message but it says "too many attempts". Now I have to wait 30 minutes. This is the fourth time this week.""")

N("en", "forwarded-mail", """Dear ⟦name⟧,
We confirm receipt of your payment of ⟦amount⟧ on ⟦date⟧ in settlement of invoice ⟦invoice⟧.
Kind regards""")
N("en", "forwarded-mail", """Hi ⟦efirst⟧,
The staging credentials are in the vault under partner/⟦cidslug⟧. I'm not sending them by email, per policy.
Cheers""")
N("en", "forwarded-mail", """Dear customer,
From ⟦date⟧ your confirmation code for payments will be sent as a push notification instead of a text message. We will never ask you to read the code to one of our staff.""")
N("en", "forwarded-mail", """Hello – the parcel with the replacement card reader was dispatched today. Tracking number: ⟦tracking⟧. The reader will ask you to set a new PIN on first use.""")

# ------------------------------------------------------------------ wiki etc
N("it", "wiki", """= Rotazione credenziali (pagina importata) =

Le credenziali delle integrazioni NON vanno mai scritte in questa wiki.
Sono nel vault aziendale sotto il percorso kv/partner/<nome-partner>.

Procedura:
# Aprire un change in ServiceNow.
# Generare il nuovo secret dal portale del partner.
# Salvarlo nel vault (solo il team Piattaforma ha i permessi di scrittura).
# Aggiornare la variabile ${CLIENT_SECRET} nella pipeline.
# Verificare che la chiamata a /health risponda 200.

Ultima modifica: ⟦nome⟧, ⟦data⟧""", wrap=None)
N("en", "wiki", """h1. Credentials policy (imported from the old Confluence)

Never paste a password, token or key into a ticket, chat or this wiki.
All integration credentials live in the vault under kv/partner/<partner-name>.

If a customer sends you a card number, reply with the standard template "We have deleted your message" and redact it with the [REDACTED] macro.

Questions: ⟦name⟧ (ext ⟦ext⟧). Page version ⟦ver⟧, last touched ⟦date⟧.""", wrap=None)
N("it", "onboarding-checklist", """CHECKLIST NUOVO ASSUNTO – ⟦nome⟧
[x] account di dominio creato (la password temporanea arriva via SMS al cellulare personale)
[x] badge n. ⟦num⟧
[ ] accesso al vault richiesto (ticket ⟦ticket⟧)
[ ] installare VPN ⟦ver⟧
[ ] corso antiriciclaggio entro il ⟦data⟧""", wrap=None)
N("en", "onboarding-checklist", """NEW STARTER – ⟦name⟧
[x] SSO account (temporary password sent by SMS to personal mobile)
[x] laptop asset ⟦num⟧
[ ] vault access requested (⟦ticket⟧)
[ ] YubiKey enrolled – set your own PIN at the first prompt
[ ] security training by ⟦date⟧""", wrap=None)
N("it", "runbook", """Runbook – rinnovo certificato mTLS verso l'ASPSP

1. Generare la CSR: openssl req -new -key client.key -out client.csr -subj "/CN=⟦cidslug⟧"
2. Caricarla sul portale dell'ASPSP.
3. Scaricare il certificato firmato e verificarne l'impronta: ⟦fp⟧
4. Aggiornare il secret Kubernetes con kubectl create secret tls psd2-mtls --cert=client.crt --key=client.key --dry-run=client -o yaml | kubectl apply -f -
5. Riavviare il gateway.

La chiave privata non esce MAI dal server di build.""", wrap=None)
N("en", "runbook", """Runbook – renew mTLS client certificate

1. Create CSR: openssl req -new -key client.key -out client.csr -subj "/CN=⟦cidslug⟧"
2. Upload it to the ASPSP portal.
3. Download the signed cert and check its fingerprint: ⟦fp⟧
4. kubectl -n payments create secret tls psd2-mtls --cert=client.crt --key=client.key --dry-run=client -o yaml | kubectl apply -f -
5. Restart the gateway.

The private key never leaves the build host.""", wrap=None)
N("en", "partner-notes", """Call notes – ⟦company⟧, ⟦date⟧
- env: ⟦host⟧
- client id: ⟦cidslug⟧ (not secret, fine to share)
- they'll send the secret via the portal's secure exchange, NOT email
- webhook endpoint uses port ⟦port⟧
- next call ⟦date2⟧""", wrap=None)
N("it", "partner-notes", """Appunti call ⟦azienda⟧ – ⟦data⟧
- ambiente: ⟦host⟧
- client id: ⟦cidslug⟧ (pubblico, si può condividere)
- il secret lo caricano loro sul portale con lo scambio sicuro, niente mail
- il loro IP di uscita è ⟦ip⟧
- prossima call ⟦data2⟧""", wrap=None)
N("en", "changelog", """## [⟦ver⟧] - ⟦date⟧
### Security
- Rotated all sandbox client secrets. Fetch the new ones from the dashboard.
- Tokens are now bound to the client certificate (RFC 8705).
### Fixed
- PIN pad layout on small screens (⟦short⟧).
- Crash when the OTP field was pasted with spaces (⟦short2⟧).""", wrap=None)
N("it", "changelog", """## [⟦ver⟧] – ⟦data⟧
### Sicurezza
- Il campo password non viene più salvato nella cache del browser.
- I log non riportano più il contenuto dell'header Authorization.
### Corretto
- Errore di validazione sugli IBAN di San Marino (commit ⟦short⟧).
- La lunghezza del PIN ora è configurabile (4–6 cifre).""", wrap=None)
N("en", "release-notes", """Release ⟦ver⟧ (build ⟦build⟧)
• Card numbers are now masked as ⟦mcard⟧ everywhere in the dashboard.
• New accent colour ⟦hexcol⟧ for the primary buttons.
• Fixed: session expired message appeared too early.
• Known issue: some Android 10 devices ask for the PIN twice.""", wrap=None)
N("it", "release-notes", """Rilascio ⟦ver⟧ – ⟦data⟧
• Nuova gestione dei token: la durata passa da 1 ora a 15 minuti, con refresh automatico.
• I numeri di carta sono mascherati (⟦mcard⟧) in tutte le esportazioni.
• Colore principale aggiornato a ⟦hexcol⟧.
• Risolto: il codice OTP non veniva incollato correttamente dagli SMS su iOS.""", wrap=None)

# ------------------------------------------------------------ letters & forms
N("it", "bank-letter", """Gentile Cliente,
Le comunichiamo che la nuova carta ⟦mcard⟧ Le è stata spedita in data ⟦data⟧. Il relativo PIN Le verrà inviato con comunicazione separata, a distanza di alcuni giorni, per motivi di sicurezza.
Per informazioni: ⟦tel⟧""", wrap=None)
N("it", "bank-letter", """ESTRATTO CONTO AL ⟦data⟧
Intestatario: ⟦azienda⟧
IBAN: ⟦miban⟧
Saldo iniziale ⟦euro⟧
Saldo finale ⟦euro2⟧
Filiale: ⟦city⟧ – ABI ⟦abi⟧ CAB ⟦cab⟧""", wrap=None)
N("it", "sepa-mandate", """MANDATO PER ADDEBITO DIRETTO SEPA
Riferimento del mandato: ⟦mandate⟧
Identificativo del creditore: ⟦credid⟧
Nome del debitore: ______________________
Codice IBAN del debitore: __ __ ____ _____ _____ ____________
Codice SWIFT (BIC): ___________
Luogo e data: ____________   Firma: ____________
(modulo in bianco – da compilare a cura del cliente)""", wrap=None)
N("en", "bank-letter", """Dear Customer,
Your replacement card ending ⟦mcard⟧ was dispatched on ⟦date⟧. Your PIN will follow separately in a few days for security reasons and will not change.
Questions? Call ⟦phone⟧.""", wrap=None)
N("en", "bank-letter", """STATEMENT as at ⟦date⟧
Account holder: ⟦company⟧
IBAN: ⟦miban⟧
Opening balance ⟦amount⟧
Closing balance ⟦amount2⟧
Branch BIC: ⟦bic⟧""", wrap=None)
N("en", "sepa-mandate", """SEPA Direct Debit Mandate (blank)
Mandate reference: ⟦mandate⟧
Creditor identifier: ⟦credid⟧
Debtor name: ____________________
Debtor IBAN: ____ ____ ____ ____ ____ __
Debtor BIC: ___________
Signature: ____________""", wrap=None)

N("it", "accountant-note", """Nota contabilità: il fornitore ⟦azienda⟧ ha comunicato nuove coordinate via PEC (prot. ⟦num⟧/⟦build⟧). Le ho inserite io in anagrafica dopo verifica telefonica al ⟦tel⟧, quindi qui non le riporto. Fattura collegata ⟦fattura⟧, ⟦euro⟧.""", wrap=None)
N("it", "accountant-note", """Promemoria chiusura IVA: versamento di ⟦euro⟧ entro il 16. Codice tributo 6031, P.IVA ⟦piva⟧. Il codice dispositivo lo ha ⟦first⟧, chiedere a lei.""", wrap=None)
N("en", "accountant-note", """Bookkeeping note: ⟦company⟧ sent new bank details by letter (our ref ⟦num⟧/⟦build⟧). I entered them in the vendor master after a call-back on ⟦phone⟧, so not repeating them here. Linked invoice ⟦invoice⟧, ⟦amount⟧.""", wrap=None)
N("it", "call-notes", """CHIAMATA ⟦ora⟧ – ⟦nome⟧ (tel ⟦tel⟧)
Voleva dettare il numero della carta, l'ho fermato subito e gli ho indicato il modulo sicuro. Problema: addebito non riconosciuto di ⟦euro⟧ del ⟦data⟧. Pratica ⟦pratica⟧.""", wrap=None)
N("it", "call-notes", """note operatore ⟦first⟧
cliente dice che il codice dell'app "non arriva mai", verificato: notifiche disattivate sul telefono. Risolto, nessun dato sensibile raccolto.""", wrap=None)
N("en", "call-notes", """INBOUND ⟦ora⟧ – ⟦name⟧ (⟦phone⟧)
Started to read out the card number, stopped him and sent the secure form link instead. Issue: unrecognised charge of ⟦amount⟧ on ⟦date⟧. Case ⟦pratica⟧.""", wrap=None)
N("en", "call-notes", """agent notes – ⟦efirst⟧
customer says the app code "never comes", notifications were switched off. Fixed, no sensitive data taken. Call ref ⟦reqid⟧.""", wrap=None)

# ------------------------------------------------------------- colleague
N("it", "colleague-note", """oh ma la psw del db di collaudo dove sta? nel vault nn la trovo""", wrap=None)
N("it", "colleague-note", """ti ho messo il secret nel vault, cartella del partner. nn te lo mando qui ovviamente""", wrap=None)
N("it", "colleague-note", """cmq il pin della chiavetta ce l'ha ⟦first⟧, io nn lo so""", wrap=None)
N("it", "colleague-note", """nr pratica ⟦pratica⟧, importo ⟦euro⟧, fammi sapere qnd parte il rimborso grz""", wrap=None)
N("it", "colleague-note", """ué, il token scade dopo 15 min ormai, ricordatelo quando fai i test con Postman""", wrap=None)
N("it", "colleague-note", """ciò, ABI ⟦abi⟧ CAB ⟦cab⟧ è la filiale di ⟦city⟧? il cliente chiede solo quello, il conto ce l'abbiamo già""", wrap=None)
N("it", "colleague-note", """pinnate il messaggio con la procedura nel canale, così i nuovi lo trovano""", wrap=None)
N("it", "colleague-note", """ho fatto il pin della versione di requests a ⟦ver⟧ perché la nuova rompeva il client""", wrap=None)
N("it", "colleague-note", """il commit è ⟦short⟧, il deploy è partito alle ⟦ora⟧. se vedete 5xx ditemelo""", wrap=None)
N("en", "colleague-note", """where's the staging db pw these days? not in the vault afaik""", wrap=None)
N("en", "colleague-note", """put the secret in the vault under the partner folder, not pasting it here obvs""", wrap=None)
N("en", "colleague-note", """can someone pin the runbook link in #payments-oncall pls""", wrap=None)
N("en", "colleague-note", """pinned requests to ⟦ver⟧, the new one broke the client. commit ⟦short⟧""", wrap=None)
N("en", "colleague-note", """cert pinning is failing on the old iOS build, the leaf cert rotated. fingerprint now ⟦fp⟧""", wrap=None)
N("en", "colleague-note", """token TTL is 15 min now btw, remember that when you test in Bruno""", wrap=None)
N("en", "colleague-note", """refund ref ⟦pratica⟧ for ⟦amount⟧, lmk when it's out thx""", wrap=None)

# ------------------------------------------------------------- sloppy / caps
N("it", "sloppy", """URGENTE IL CLIENTE NON RIESCE AD ENTRARE DICE CHE LA PASSWORD E SCADUTA. RICHIAMARE AL ⟦tel⟧ ENTRO LE ⟦ora⟧""", wrap=None)
N("it", "sloppy", """buongiorno la pasword nuova nn mi arriva via mail ho controllato anke lo spam cosa devo fare??""", wrap=None)
N("it", "sloppy", """salve il codce nn arriva,il numero e giusto ⟦tel⟧ grazie""", wrap=None)
N("it", "sloppy", """ORDINE ⟦order⟧ ADDEBITATO 2 VOLTE CARTA ⟦mcard⟧ RIMBORSARE GRAZIE""", wrap=None)
N("it", "sloppy", """ilnumerodellapraticaè⟦pratica⟧ (scusate la tastiera)""", wrap=None)
N("en", "sloppy", """URGENT CUSTOMER CANT LOG IN SAYS PASSWORD EXPIRED CALL BACK ON ⟦phone⟧ BEFORE ⟦ora⟧""", wrap=None)
N("en", "sloppy", """hi the pasword reset email never came i checked spam what do i do""", wrap=None)
N("en", "sloppy", """ORDER ⟦order⟧ CHARGED TWICE CARD ⟦mcard⟧ PLEASE REFUND""", wrap=None)
N("en", "sloppy", """thecaseis⟦pratica⟧ sorry my space bar is broken""", wrap=None)

# --------------------------------------------------------- machine translation
N("it", "machine-translated", """[Tradotto automaticamente dall'inglese]
Ciao squadra, il gettone di accesso scade dopo un'ora e il gettone di aggiornamento dopo trenta giorni. Il segreto del cliente non deve mai essere incluso nell'applicazione mobile.""", wrap=None)
N("en", "machine-translated", """[Automatically translated from Italian]
Good morning, the word of order of the portal is expired and the code of the client is not arrived. We remain at disposal for each clarification. Practice ⟦pratica⟧.""", wrap=None)
N("en", "machine-translated", """(translated by Google) Hello, my paper was blocked after three wrong codes. I went to the counter and they gave me a new one. The order number is ⟦order⟧.""", wrap=None)

# ======================================================================
# Technical look-alikes
# ======================================================================
N("en", "appsettings", """{
  "OpenBanking": {
    "Authority": "https://⟦host⟧",
    "ClientId": "⟦cidrand⟧",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-payments.vault.azure.net/secrets/psd2-client-secret/)"
  },
  "ConnectionStrings": {
    "Payments": "Server=tcp:sql-pay.database.windows.net,1433;Database=Payments;Authentication=Active Directory Managed Identity"
  }
}""", wrap="code")
N("en", "appsettings", """{
  "Stripe": { "SecretKey": "", "WebhookSecret": "" },
  "Jwt": { "Issuer": "https://⟦host⟧", "Audience": "payments-api", "LifetimeMinutes": 15 },
  "Kestrel": { "Endpoints": { "Https": { "Url": "https://0.0.0.0:⟦port⟧" } } }
}""", wrap="code")
N("it", "appsettings", """// appsettings.json di esempio dalla documentazione del partner: sostituire i segnaposto
{
  "Psd2": {
    "ClientId": "<il-tuo-client-id>",
    "ClientSecret": "<il-tuo-client-secret>",
    "RedirectUri": "https://localhost:⟦port⟧/callback"
  }
}""", wrap="code")
N("en", "web-config", """<appSettings>
  <add key="OAuthClientId" value="#{OAuthClientId}#" />
  <add key="OAuthClientSecret" value="#{OAuthClientSecret}#" />
  <add key="BuildNumber" value="⟦build⟧" />
</appSettings>
<!-- tokens are replaced by the release pipeline, do not commit real values -->""", wrap="code")
N("en", "web-config", """<connectionStrings>
  <add name="Billing" connectionString="Data Source=SQL01;Initial Catalog=Billing;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
</connectionStrings>
<machineKey validation="HMACSHA256" decryption="AES" />""", wrap="code")
N("en", "csharp", """var secret = Environment.GetEnvironmentVariable("PSD2_CLIENT_SECRET")
    ?? throw new InvalidOperationException("PSD2_CLIENT_SECRET not set");
var clientId = Configuration["OpenBanking:ClientId"];
logger.LogInformation("Using client {ClientId}, request {RequestId}", clientId, "⟦uuid⟧");""", wrap="code")
N("en", "csharp", """// GUIDs from the old installer, do not change
[Guid("⟦uguid⟧")]
public interface IPaymentsBridge { }
const string ProductCode = "⟦guid⟧";""", wrap="code")
N("it", "csharp", """// legge il secret dal Key Vault, nessun valore nel codice
var client = new SecretClient(new Uri("https://kv-pagamenti.vault.azure.net/"), new DefaultAzureCredential());
KeyVaultSecret secret = await client.GetSecretAsync("psd2-client-secret");
_options.ClientSecret = secret.Value;""", wrap="code")
N("en", "dotnet-secrets", """PS C:\\src\\Payments.Api> dotnet user-secrets list
No secrets configured for this application.
PS C:\\src\\Payments.Api> dotnet user-secrets set "OpenBanking:ClientSecret" "<paste-secret-here>"
Successfully saved OpenBanking:ClientSecret = <paste-secret-here> to the secret store.""", wrap="code")
N("en", "powershell", r"""$secret = Get-Secret -Name Psd2ClientSecret -Vault CorpVault -AsPlainText
$headers = @{ Authorization = "Bearer $token"; "X-Request-Id" = [guid]::NewGuid().ToString() }
Invoke-RestMethod -Uri "https://⟦host⟧/v2/payments" -Headers $headers""", wrap="code")
N("en", "powershell", r"""$cred = Get-Credential -UserName "CORP\svc_payments" -Message "Enter the service account password"
$pw = Read-Host -AsSecureString "PIN"
Write-Host "Sid: ⟦sid⟧"
Write-Host "Machine GUID: ⟦guid⟧" """, wrap="code")
N("it", "powershell", r"""# lo script legge tutto da variabili d'ambiente, non mettere valori qui
$clientSecret = $env:CLIENT_SECRET
$clientId     = $env:CLIENT_ID
if (-not $clientSecret) { throw "manca CLIENT_SECRET" }
Write-Output "Avvio sync $(Get-Date -Format o) – job ⟦taskid⟧" """, wrap="code")
N("en", "cmd", r"""C:\> set PAYMENTS_API_KEY=%PAYMENTS_API_KEY_FROM_VAULT%
C:\> echo %CLIENT_SECRET%
%CLIENT_SECRET%
C:\> ver
Microsoft Windows [Version 10.0.19045.⟦build⟧]""", wrap="code")
N("it", "cmd", r"""@echo off
REM credenziali lette dal Credential Manager, niente password qui
for /f "tokens=*" %%a in ('powershell -c "(Get-StoredCredential -Target Portale).UserName"') do set PORTALE_USER=%%a
java -jar riconcilia.jar --data %DATE% --job ⟦taskid⟧""", wrap="code")

N("en", "swift", """enum Config {
    static let baseURL = URL(string: "https://⟦host⟧")!
    static var apiKey: String { KeychainItem(service: "payments", account: "apiKey").read() ?? "" }
    static let requestTimeout: TimeInterval = 30
}""", wrap="code")
N("en", "swift", """let key = Bundle.main.object(forInfoDictionaryKey: "PAYMENTS_API_KEY") as? String
// value injected from the xcconfig at build time: PAYMENTS_API_KEY = $(PAYMENTS_API_KEY)
print("device", UIDevice.current.identifierForVendor?.uuidString ?? "⟦idfv⟧")""", wrap="code")
N("en", "plist", """<key>CFBundleIdentifier</key>
<string>⟦bundle⟧</string>
<key>CFBundleShortVersionString</key>
<string>⟦ver⟧</string>
<key>PaymentsClientSecret</key>
<string>$(PAYMENTS_CLIENT_SECRET)</string>
<key>TeamIdentifier</key>
<string>⟦teamid⟧</string>""", wrap="code")
N("en", "kotlin", """val prefs = EncryptedSharedPreferences.create(context, "secure", masterKey,
    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM)
val token = prefs.getString("access_token", null)
val apiKey = BuildConfig.API_KEY""", wrap="code")
N("it", "gradle-properties", """# gradle.properties – i valori veri arrivano dalle variabili della CI
org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=changeme
RELEASE_KEY_ALIAS=upload
# "changeme" è un segnaposto: la pipeline lo sovrascrive con il valore dal vault""", wrap="code")
N("en", "flutter", """flutter build appbundle --flavor prod \\
  --dart-define=API_BASE=https://⟦host⟧ \\
  --dart-define=API_KEY=$API_KEY \\
  --build-number=⟦build⟧ --build-name=⟦ver⟧""", wrap="code")
N("en", "dart", """const apiKey = String.fromEnvironment('API_KEY');
final storage = FlutterSecureStorage();
final token = await storage.read(key: 'access_token');
debugPrint('request ${'⟦uuid⟧'} token present: ${token != null}');""", wrap="code")
N("en", "google-services", """{
  "project_info": { "project_number": "⟦num⟧4471102", "project_id": "lariani-pay" },
  "client": [ { "client_info": { "mobilesdk_app_id": "⟦appid⟧",
      "android_client_info": { "package_name": "⟦bundle⟧" } } } ]
}""", wrap="code")
N("en", "crash-log", """Incident Identifier: ⟦uguid⟧
Hardware Model:      iPhone15,2
Process:             Payments [⟦build⟧]
Version:             ⟦ver⟧ (⟦build2⟧)
Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
Exception Subtype: KERN_INVALID_ADDRESS at ⟦mem⟧
Thread 0 Crashed:
0   Payments   ⟦mem2⟧ PinPadViewController.validate(_:) + 212
1   Payments   ⟦mem3⟧ PinPadViewController.didTap(_:) + 88
2   UIKitCore  ⟦mem4⟧ -[UIApplication sendAction:to:from:forEvent:] + 100""", wrap="code")
N("it", "crash-log", """E/AndroidRuntime: FATAL EXCEPTION: main
E/AndroidRuntime: Process: ⟦bundle⟧, PID: ⟦build⟧
E/AndroidRuntime: java.lang.NumberFormatException: For input string: "••••"
E/AndroidRuntime:     at ⟦bundle⟧.pin.PinEntryFragment.onConfirm(PinEntryFragment.kt:57)
E/AndroidRuntime:     at android.view.View.performClick(View.java:7448)""", wrap="code")
N("en", "logcat", """D/OkHttp: --> POST https://⟦host⟧/oauth/token
D/OkHttp: Content-Type: application/x-www-form-urlencoded
D/OkHttp: Authorization: ██
D/OkHttp: grant_type=refresh_token&refresh_token=██&client_id=⟦cidslug⟧
D/OkHttp: <-- 200 OK (⟦num⟧ms)
D/OkHttp: x-request-id: ⟦uuid⟧""", wrap="code")
N("it", "logcat", """D/SmsRetriever: messaggio ricevuto, lunghezza ⟦num⟧
D/SmsRetriever: codice estratto (mascherato: ******), invio al server
I/Auth: challenge ⟦uuid⟧ completata in ⟦num2⟧ms""", wrap="code")
N("en", "logcat", """I/PaymentSheet: card entered, brand=visa last4=⟦ext⟧0
D/PaymentSheet: cardNumber=[FILTERED] cvc=[FILTERED] exp=[FILTERED]
I/PaymentSheet: paymentIntent=⟦payid⟧ status=requires_capture""", wrap="code")

N("en", "terraform", """variable "db_password" {
  type      = string
  sensitive = true
}

resource "azurerm_key_vault_secret" "psd2" {
  name         = "psd2-client-secret"
  value        = var.client_secret
  key_vault_id = data.azurerm_key_vault.main.id
}""", wrap="code")
N("it", "terraform", """# terraform.tfvars – i segreti NON stanno qui, li passa la pipeline con TF_VAR_*
location      = "westeurope"
app_client_id = "⟦uuid⟧"
tags = { owner = "⟦first⟧", cost_center = "⟦num⟧" }""", wrap="code")
N("en", "terraform", """provider "aws" {
  region  = "eu-south-1"
  profile = "payments-prod"   # credentials come from SSO, not from this file
}
# state: s3://tfstate-payments/prod.tfstate (lock table tf-locks)
# last apply by ⟦user⟧ at ⟦iso⟧, commit ⟦sha⟧""", wrap="code")
N("en", "tfstate", """{
  "mode": "managed",
  "type": "azurerm_postgresql_flexible_server",
  "name": "payments",
  "instances": [ { "attributes": {
      "administrator_login": "⟦user⟧",
      "administrator_password": null,
      "fqdn": "pay-⟦num⟧.postgres.database.azure.com",
      "id": "/subscriptions/⟦uuid⟧/resourceGroups/rg-pay/providers/Microsoft.DBforPostgreSQL/flexibleServers/pay-⟦num⟧" },
    "sensitive_attributes": [ [ { "type": "get_attr", "value": "administrator_password" } ] ] } ]
}""", wrap="code")
N("en", "ansible", """- name: configure db user
  postgresql_user:
    name: "{{ db_user }}"
    password: "{{ vault_db_password }}"
    db: payments
  no_log: true""", wrap="code")
N("en", "ansible", """db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          ⟦corr⟧⟦corr2⟧⟦corr3⟧⟦corr4⟧
          ⟦corr5⟧⟦corr6⟧⟦corr7⟧⟦corr8⟧
          ⟦corr9⟧⟦corr10⟧⟦corr11⟧⟦corr12⟧""", wrap="code")
N("it", "ansible", """all:
  hosts:
    pay-app-01:
      ansible_host: ⟦ip⟧
      ansible_user: deploy
      ansible_password: "{{ lookup('env', 'DEPLOY_PASSWORD') }}"
      # la password la prende dall'ambiente della CI""", wrap="code")
N("en", "helm-values", """psd2:
  clientId: ⟦cidslug⟧
  existingSecret: psd2-credentials
  secretKeys:
    clientSecret: client-secret
image:
  tag: "⟦ver⟧"
  digest: "⟦digest⟧\"""", wrap="code")
N("en", "helm", """env:
  - name: CLIENT_SECRET
    valueFrom:
      secretKeyRef:
        name: {{ .Values.psd2.existingSecret }}
        key: client-secret
  - name: REQUEST_TIMEOUT
    value: "{{ .Values.timeout | default 30 }}\"""", wrap="code")
N("it", "helm-values", """# values.yaml – lasciare i segnaposto, li sostituisce ArgoCD
secrets:
  smtpPassword: "changeme"
  githubToken: "${GITHUB_TOKEN}"
ingress:
  host: collaudo.⟦domain⟧""", wrap="code")
N("en", "sops", """psd2:
    client_id: ⟦cidslug⟧
    client_secret: ENC[AES256_GCM,data:⟦btxt⟧,iv:⟦corr⟧==,tag:⟦corr2⟧==,type:str]
sops:
    lastmodified: "⟦iso⟧"
    version: 3.8.1""", wrap="code")

N("en", "graphql", """# GraphQL playground — HTTP HEADERS
{
  "Authorization": "Bearer {{token}}"
}

query Payments { payments(first: 20) { edges { node { id amount currency } } } }""", wrap="code")
N("en", "graphql", """{"operationName":"GetPayment","variables":{"id":"⟦payid⟧"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"⟦hexs⟧"}}}""", wrap="code")
N("it", "graphql", """mutation AggiungiCarta($input: AddCardInput!) {
  addCard(input: $input) { id last4 brand }
}
# variabili (di esempio dalla doc):
# { "input": { "number": "<numero-carta>", "cvc": "<cvc>", "expiry": "MM/AA" } }""", wrap="code")
N("en", "grpc", """$ grpcurl -H "authorization: Bearer $TOKEN" \\
    -d '{"payment_id": "⟦payid⟧"}' \\
    ⟦host⟧:443 payments.v1.Payments/GetPayment
{
  "paymentId": "⟦payid⟧",
  "status": "SETTLED",
  "traceId": "⟦corr⟧⟦corr2⟧"
}""", wrap="code")
N("en", "grpc", """metadata received:
  :authority: ⟦host⟧
  content-type: application/grpc
  grpc-trace-bin: ⟦btxt⟧
  x-request-id: ⟦uuid⟧
  x-b3-traceid: ⟦corr⟧⟦corr2⟧
  x-b3-spanid: ⟦corr3⟧""", wrap="code")
N("en", "httpie", """$ http --form POST https://⟦host⟧/oauth/token grant_type=client_credentials client_id=$CLIENT_ID client_secret=$CLIENT_SECRET
HTTP/1.1 200 OK
Cache-Control: no-store
X-Request-Id: ⟦uuid⟧
{"access_token": "[hidden]", "token_type": "Bearer", "expires_in": 900}""", wrap="code")
N("it", "httpie", """$ http GET https://⟦host⟧/v1/accounts "Authorization:Bearer <token>"
(ovviamente al posto di <token> va il token vero, nella doc è così)""", wrap="code")
N("en", "bruno", """vars:secret [
  clientSecret,
  refreshToken
]

post {
  url: {{baseUrl}}/oauth/token
  body: formUrlEncoded
}

body:form-urlencoded {
  grant_type: client_credentials
  client_id: {{clientId}}
  client_secret: {{clientSecret}}
}""", wrap="code")
N("en", "insomnia", """{"_type":"environment","name":"Production","data":{"base_url":"https://⟦host⟧","client_id":"⟦cidslug⟧","client_secret":"{% prompt 'client secret', '', '', '', true %}","request_id":"⟦uuid⟧"}}""", wrap="code")
N("it", "insomnia", """{"_type":"request","_id":"req_⟦corr⟧","name":"Lista conti","method":"GET","url":"{{ _.base_url }}/v1/accounts","authentication":{"type":"bearer","token":"{{ _.token }}"},"parentId":"fld_⟦corr2⟧"}""", wrap="code")
N("en", "curl", """curl -s -u "$CLIENT_ID:$CLIENT_SECRET" -X POST https://⟦host⟧/oauth/token -d grant_type=client_credentials | jq '.expires_in'
900""", wrap="code")
N("en", "curl", """curl -sS https://⟦host⟧/v1/payments/⟦payid⟧ \\
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN" \\
  -H "Idempotency-Key: ⟦uuid⟧"
# replace YOUR_ACCESS_TOKEN with the token from step 2""", wrap="code")
N("it", "curl", """curl -X POST https://⟦host⟧/v1/refunds -H "Authorization: Bearer xxxxx" -H "Content-Type: application/json" -d '{"payment_id":"⟦payid⟧","amount":1500}'
# (xxxxx = il vostro token, l'ho tolto io)""", wrap="code")
N("en", "http-dump", """HTTP/1.1 401 Unauthorized
Date: ⟦date⟧
Content-Type: application/problem+json
WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"
X-Request-Id: ⟦uuid⟧
ETag: ⟦etag⟧

{"type":"https://⟦host⟧/errors/⟦err⟧","title":"Unauthorized","status":401,"traceId":"⟦trace⟧"}""", wrap="code")

N("en", "npmrc", """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true""", wrap="code")
N("en", "package-lock", """"node_modules/jsonwebtoken": {
  "version": "⟦ver⟧",
  "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-⟦ver⟧.tgz",
  "integrity": "⟦integ⟧",
  "dependencies": { "jws": "^3.2.2" }
}""", wrap="code")
N("en", "git-remote", """$ git remote -v
origin  git@github.com:lariani/payments-gateway.git (fetch)
origin  git@github.com:lariani/payments-gateway.git (push)
$ git log -1 --format='%H %an'
⟦sha⟧ ⟦name⟧""", wrap="code")
N("en", "gitlab-ci", """variables:
  DEPLOY_TOKEN: $CI_DEPLOY_TOKEN
  IMAGE: registry.⟦domain⟧/payments@⟦digest⟧
deploy:
  script: ./deploy.sh --sha $CI_COMMIT_SHA""", wrap="code")
N("it", "env", """# .env.example – copiare in .env e riempire
APP_ENV=staging
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/pagamenti
SENDGRID_API_KEY=
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
CLIENT_SECRET=YOUR_CLIENT_SECRET""", wrap="code")
N("en", "env", """# .env.sample
PSD2_CLIENT_ID=acme-pay-prod
PSD2_CLIENT_SECRET=<your-client-secret>
PSD2_REFRESH_TOKEN=__REFRESH_TOKEN__
LOG_LEVEL=debug
PORT=⟦port⟧""", wrap="code")
N("en", "conn-url", """jdbc:sqlserver://sql01.⟦domain⟧:1433;databaseName=Payments;integratedSecurity=true;encrypt=true;trustServerCertificate=false""", wrap="code")
N("it", "conn-url", """La stringa corretta è postgres://app_ro@db-collaudo.internal:5432/pagamenti?sslmode=require – la password la prende da PGPASSWORD, quindi nell'URL non c'è.""", wrap="code")
N("en", "conn-url", """DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db.internal:5432/payments""", wrap="code")
N("en", "python", """import os
client_secret = os.environ["PSD2_CLIENT_SECRET"]
token = os.getenv("ACCESS_TOKEN", "")
print("request", "⟦uuid⟧", "len(token) =", len(token))""", wrap="code")
N("en", "node", """const secret = process.env.CLIENT_SECRET;
const { clientId } = config.psd2;
if (!secret) throw new Error('CLIENT_SECRET missing');
log.info({ reqId: '⟦reqid⟧', clientId }, 'requesting token');""", wrap="code")
N("it", "node", """// il segreto si legge da config, non scriverlo qui!!
const clientSecret = config.clientSecret;
const pin = req.body.pin; // mai loggare
logger.debug(`pagamento ${'⟦payid⟧'} in corso`);""", wrap="code")
N("en", "go", """secret := os.Getenv("CLIENT_SECRET")
if secret == "" {
    log.Fatal("CLIENT_SECRET is empty")
}
log.Printf("trace=%s build=%s", "⟦corr⟧⟦corr2⟧", "⟦short⟧")""", wrap="code")
N("en", "public-key", """Here is our public key for encrypting the payload (public, fine to share):
⟦pubkey⟧
kid: ⟦kid⟧""", wrap="code")
N("it", "certificate", """Certificato del nostro endpoint (quello pubblico, non la chiave):
⟦cert⟧
Impronta SHA-256: ⟦fp⟧""", wrap="code")
N("en", "ssh-pubkey", """Please add our deploy key to the SFTP server (public key only):
⟦sshpub⟧
Fingerprint: ⟦fp⟧""", wrap="code")
N("en", "jwks", """{"keys":[{"kty":"RSA","use":"sig","kid":"⟦kid⟧","alg":"RS256","e":"AQAB","n":"⟦corr⟧⟦btxt⟧⟦corr2⟧⟦corr3⟧"}]}
(this is the JWKS from /.well-known/jwks.json – public keys only)""", wrap="code")
N("it", "jwt-decoded", """Payload decodificato del token (il token l'ho tolto):
{
  "iss": "https://⟦host⟧/oauth2",
  "sub": "⟦cidslug⟧",
  "aud": "payments-api",
  "exp": ⟦epoch⟧,
  "scope": "payments:write accounts:read",
  "jti": "⟦uuid⟧"
}""", wrap="code")
N("en", "k8s-secret", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: psd2-credentials
spec:
  encryptedData:
    client-secret: AgB⟦corr⟧⟦btxt⟧⟦corr2⟧
# sealed with the cluster's public cert, safe to commit""", wrap="code")
N("en", "docker-config", """{
  "auths": { "registry.⟦domain⟧": {} },
  "credsStore": "desktop",
  "currentContext": "default"
}""", wrap="code")
N("en", "docker", """$ docker pull registry.⟦domain⟧/payments-api:⟦ver⟧
⟦ver⟧: Pulling from payments-api
Digest: ⟦digest⟧
Status: Downloaded newer image for registry.⟦domain⟧/payments-api:⟦ver⟧""", wrap="code")

# ------------------------------------------------------------------ TSV
def tsv_orders(r):
    it = r.random() < 0.5
    rows = ["Ordine\tData\tImporto\tCarta\tStato" if it else "Order\tDate\tAmount\tCard\tStatus"]
    for i in range(r.randint(3, 7)):
        rows.append("⟦order%d⟧\t⟦%s%d⟧\t⟦%s%d⟧\t⟦mcard%d⟧\t%s" % (
            i, "data" if it else "date", i, "euro" if it else "amount", i, i,
            r.choice(["OK", "RIMBORSATO", "KO"] if it else ["paid", "refunded", "failed"])))
    return "\n".join(rows)


N("it", "tsv", tsv_orders, n=4, wrap=None)


def tsv_payments(r):
    rows = ["payment_id\tcreated_at\tamount\tcurrency\ttrace_id"]
    for i in range(r.randint(3, 6)):
        rows.append("⟦payid%d⟧\t⟦iso%d⟧\t%d.%02d\tEUR\t⟦corr%d⟧" % (i, i, r.randint(1, 9999), r.randint(0, 99), i))
    return "\n".join(rows)


N("en", "tsv", tsv_payments, n=3, wrap=None)


def tsv_contacts(r):
    rows = ["Ragione sociale\tP.IVA\tTelefono\tCittà\tReferente"]
    for i in range(r.randint(3, 6)):
        rows.append("⟦azienda%d⟧\t⟦piva%d⟧\t⟦tel%d⟧\t⟦city%d⟧\t⟦nome%d⟧" % (i, i, i, i, i))
    return "\n".join(rows)


N("it", "tsv", tsv_contacts, n=3, wrap=None)


def tsv_branches(r):
    rows = ["Banca\tABI\tCAB\tFiliale\tBIC"]
    for i in range(r.randint(3, 6)):
        rows.append("%s\t⟦abi%d⟧\t⟦cab%d⟧\t⟦city%d⟧\t⟦bic%d⟧" % (r.choice(["Banca del Lario", "Credito Berico", "Cassa Adriatica", "BPM", "Intesa"]), i, i, i, i))
    return "\n".join(rows)


N("it", "tsv", tsv_branches, n=3, wrap=None)


def tsv_badcards(r):
    rows = ["test_case\tinput\texpected"]
    for i in range(r.randint(3, 5)):
        rows.append("luhn_fail_%d\t⟦badcard%d⟧\trejected" % (i, i))
    rows.append("iban_bad_check\t⟦badiban⟧\trejected")
    return "\n".join(rows)


N("en", "tsv", tsv_badcards, n=3, wrap=None)


def tsv_uk_masked(r):
    rows = ["Payee\tAccount\tAmount\tRef"]
    for i in range(r.randint(3, 5)):
        rows.append("⟦company%d⟧\t****%s\t⟦amount%d⟧\t⟦invoice%d⟧" % (i, "%04d" % r.randint(0, 9999), i, i))
    return "\n".join(rows)


N("en", "tsv", tsv_uk_masked, n=3, wrap=None)


def tsv_shipments(r):
    rows = ["Spedizione\tCorriere\tData\tCAP\tPeso"]
    for i in range(r.randint(3, 6)):
        rows.append("⟦tracking%d⟧\t%s\t⟦data%d⟧\t⟦cap%d⟧\t%d,%d kg" % (i, r.choice(["BRT", "Poste", "UPS", "DHL", "GLS"]), i, i, r.randint(0, 30), r.randint(0, 9)))
    return "\n".join(rows)


N("it", "tsv", tsv_shipments, n=3, wrap=None)


def csv_export_neg(r):
    lines = ["ticket_id;created;requester;subject;body"]
    for i in range(r.randint(3, 5)):
        lines.append('⟦ticket%d⟧;⟦iso%d⟧;⟦email%d⟧;"%s";"%s"' % (i, i, i, r.choice(["Login", "Refund", "API", "Other", "PIN"]),
                     r.choice(["see attachment", "customer called", "duplicate of ⟦ticket9⟧", "closed by system",
                               "card number removed by agent", "password reset link sent", "[REDACTED]",
                               "OTP not received", "token expired, told to refresh"])))
    return "\n".join(lines)


N("en", "csv-export", csv_export_neg, n=4, wrap=None)


def csv_export_neg_it(r):
    lines = ["id;aperto_il;richiedente;oggetto;corpo"]
    for i in range(r.randint(3, 5)):
        lines.append('⟦ticket%d⟧;⟦data%d⟧;⟦email%d⟧;"%s";"%s"' % (i, i, i, r.choice(["Accesso", "Rimborso", "API", "Varie", "PIN"]),
                     r.choice(["vedi allegato", "il cliente ha chiamato", "duplicato di ⟦ticket9⟧", "chiuso dal sistema",
                               "numero carta rimosso dall'operatore", "inviato link reset password", "[OSCURATO]",
                               "OTP non ricevuto", "token scaduto, rigenerare"])))
    return "\n".join(lines)


N("it", "csv-export", csv_export_neg_it, n=4, wrap=None)

# ------------------------------------------------ long harmless documents
N("en", "runbook", """# Incident response – payments gateway (inherited runbook)

## 1. Triage
Check the status page and #payments-alerts. If the error rate on /v2/payments is above 2% for five minutes, page on-call.

## 2. Common causes
- Upstream ASPSP maintenance (Sunday 01:00–05:00 CET).
- Expired mTLS certificate – renewal ticket in the SEC project.
- Rate limiting after a runaway batch job (look for 429s).

## 3. Break-glass
If SSO is down, the break-glass credentials are in the sealed envelope in the safe (ask the duty manager). Never write them down here.

## 4. After the incident
Summary within 24h. Last reviewed ⟦date⟧ by ⟦name⟧, doc version ⟦ver⟧.""", wrap=None)
N("it", "runbook", """# Procedura di chiusura mensile

1. Scaricare gli estratti conto entro il 3 del mese.
2. Importarli nel gestionale (Tesoreria > Import CBI).
3. Verificare i saldi con la contabilità.
4. Per le differenze aprire un ticket al fornitore con il numero di movimento (es. ⟦build⟧⟦build2⟧).
5. Il codice dispositivo è personale: ognuno usa il proprio, non va scritto da nessuna parte.
6. Salvare i file nella cartella condivisa.

Versione ⟦ver⟧, aggiornata il ⟦data⟧ da ⟦nome⟧.""", wrap=None)
N("en", "postmortem-lite", """Summary of the ⟦date⟧ outage (copied from the old wiki)

Between ⟦ora⟧ and ⟦ora2⟧ UTC about ⟦pct⟧ of token requests failed with invalid_client. Cause: the secret rotation job wrote the new client secret to the vault but the gateway kept the old one cached. Fix: cache TTL reduced to 5 minutes; rotation job now triggers a rolling restart (commit ⟦short⟧). No credentials were exposed. Affected request ids were sampled, e.g. ⟦uuid⟧ and ⟦uuid2⟧.""", wrap=None)
N("it", "postmortem-lite", """Riepilogo del disservizio del ⟦data⟧

Dalle ⟦ora⟧ alle ⟦ora2⟧ circa il ⟦pct⟧ delle richieste di token è fallito con invalid_client. Causa: la rotazione del secret ha aggiornato il vault ma il gateway teneva in cache quello vecchio. Correzione: TTL della cache a 5 minuti (commit ⟦short⟧). Nessuna credenziale esposta. Esempi di request id: ⟦uuid⟧, ⟦uuid2⟧.""", wrap=None)
N("en", "faq", """FAQ – Strong Customer Authentication

Q: Why do I get a code by text message?
A: For payments above the exemption threshold we must verify it's really you.

Q: Can your staff ask me for the code?
A: No. Never share your PIN, one-time code, password or card security code with anyone.

Q: The code didn't arrive.
A: Wait two minutes, then tap "resend". Codes are valid for five minutes.

Support line ⟦phone⟧, ⟦ora⟧–18:00.""", wrap=None)
N("it", "faq", """Domande frequenti – Autenticazione forte

D: Perché ricevo un codice via SMS?
R: Per i pagamenti sopra la soglia di esenzione dobbiamo verificare la sua identità.

D: Un operatore può chiedermi il codice?
R: No. Non comunichi mai PIN, codici usa e getta, password o il codice di sicurezza della carta.

D: Il codice non arriva.
R: Attenda due minuti e prema "reinvia". Il codice vale cinque minuti.

Assistenza ⟦tel⟧.""", wrap=None)
