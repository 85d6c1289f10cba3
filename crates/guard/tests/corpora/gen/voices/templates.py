"""Templates for the `voices` corpus. Slots are written ⟦NAME⟧ or ⟦NAME#k⟧ (same k = same value)."""
T = []


def t(style, lang, text):
    T.append((style, lang, text.strip("\n")))


# ======================================================= phone call transcripts (IT)
t("call-transcript", "it", """[00:00:03] Operatore: Sportello assistenza, buongiorno, sono Marta. Mi dà il numero del ticket?
[00:00:09] Cliente: Sì, è ⟦TICKET⟧. Allora, non riusciamo più a fare il login alla dashboard.
[00:00:15] Operatore: Con che utente?
[00:00:17] Cliente: admin@⟦CID⟧ e la password è ⟦PW⟧, l'abbiamo cambiata ieri.
[00:00:24] Operatore: La fermo subito, non deve dirmela al telefono. Le mando un link di reset.""")
t("call-transcript", "it", """Trascrizione automatica — chiamata del ⟦DATE⟧ ore ⟦TIME⟧
CLIENTE: allora il numero della carta è ⟦CARDSP⟧ scadenza ⟦EXP⟧
OPERATORE: e il codice dietro?
CLIENTE: ⟦CVVSP⟧
OPERATORE: perfetto, la richiamo appena il rimborso di ⟦AMOUNT⟧ è partito.""")
t("call-transcript", "it", """Op: mi conferma l'ordine?
Cl: sì, ordine ⟦ORDER⟧, pagato il ⟦DATE⟧, ⟦AMOUNT⟧.
Op: e il pagamento risulta come ⟦PAY⟧, giusto?
Cl: esatto. Il mio numero è ⟦PHONESP⟧ se cade la linea.
Op: benissimo, la pratica è la ⟦TICKET⟧.""")
t("call-transcript", "it", """[trascrizione servizio VoceScritta, confidenza 0,87]
Agente: Per verificare l'identità le ho inviato un SMS. Me lo legge?
Utente: sì... allora, ⟦OTPSP⟧. No aspetti, è arrivato un altro. ⟦OTPSP#2⟧.
Agente: grazie, verificato.""")
t("call-transcript", "it", """Operatore: il suo IBAN per il rimborso?
Cliente: IT... aspetti che lo leggo dalla app... ⟦IBANIT⟧
Operatore: intestato a?
Cliente: ⟦NAME⟧, ⟦CO⟧.""")
t("call-transcript", "it", """00:01:12 CLIENTE — il PIN del POS l'ho messo io, è ⟦PINSP⟧, ma il terminale dice PIN errato
00:01:20 OPERATORE — il terminale è il seriale ⟦TASK⟧?
00:01:25 CLIENTE — sì, firmware ⟦VER⟧""")
t("call-transcript", "it", """Operatore: mi legge la chiave che vede in alto nella pagina sviluppatori? Solo le prime lettere.
Cliente: allora inizia con pk, trattino basso, live... poi non so, la finestra è piccola.
Operatore: va benissimo, è la chiave pubblica, nessun problema. L'ID client è ⟦CID⟧?
Cliente: sì. E la richiesta che fallisce ha id ⟦UUID⟧.""")
t("call-transcript", "it", """[00:04:51] Cliente: le detto l'IBAN dove volevamo l'accredito: ⟦IBANSPOKEN⟧
[00:05:30] Operatore: grazie, il BIC è ⟦BIC⟧?
[00:05:33] Cliente: sì, quello.""")
t("call-transcript", "it", """OP: buonasera, mi dice il codice cliente?
CL: ⟦N⟧... no scusi, è il ⟦ORDER⟧, quello sulla fattura ⟦INV⟧.
OP: non trovo niente, mi dà un telefono?
CL: ⟦PHONESP⟧
OP: perfetto, la ricontatta un collega entro le ⟦TIME⟧.""")
t("call-transcript", "it", """Trascrizione (italiano, rilevato automaticamente)
- il cliente dice che il codice di sblocco della carta è ⟦PINSP⟧ e che non lo ha mai cambiato
- chiede se possiamo leggerlo noi dal sistema: risposto di no
- pratica ⟦TICKET⟧""")
t("call-transcript", "it", """Operatore: il conto su cui addebitare è sempre lo stesso?
Cliente: no, nuovo: ⟦BANKIT⟧, filiale di Bologna.
Operatore: ok, aggiorno la scheda ⟦CID⟧.""")

# ======================================================= phone call transcripts (EN)
t("call-transcript", "en", """[00:00:02] Agent: Thanks for calling API support, this is Dev. Can I get your ticket number?
[00:00:06] Caller: Yeah it's ⟦TICKET⟧. So our nightly sync died and the logs say invalid_client.
[00:00:14] Agent: Which client?
[00:00:15] Caller: ⟦CID⟧, and the secret we're sending is ⟦CS⟧, I can read it again if you want.
[00:00:22] Agent: Please don't — I'll ask you to rotate it after this call.""")
t("call-transcript", "en", """AUTO-TRANSCRIPT (en-GB) call started ⟦TIME⟧
CUSTOMER: card number is ⟦CARDSP⟧, expiry ⟦EXP⟧, and the three digits on the back are ⟦CVVSP⟧.
AGENT: thank you, I'll process the refund of ⟦AMOUNT⟧ now.""")
t("call-transcript", "en", """Agent: I just texted you a verification code.
Caller: Got it. It's ⟦OTPSP⟧.
Agent: That matches, thank you. And your callback number?
Caller: ⟦PHONESP⟧.""")
t("call-transcript", "en", """Caller: so our payouts go to ⟦BANKUK⟧, that's Barclays.
Agent: and the payout reference for the missing one?
Caller: ⟦PAY⟧, it was ⟦AMOUNT⟧ on ⟦DATE⟧.""")
t("call-transcript", "en", """[02:14] Customer: the token, the long one starting with e-y-J, I'll paste it in chat: ⟦JWT⟧
[02:40] Agent: Got it. That's expired at ⟦TIME⟧ UTC, you need a fresh one.""")
t("call-transcript", "en", """Agent: Can you confirm the order ID?
Customer: ⟦ORDER⟧. The charge on my statement is ⟦AMOUNT⟧ and the card is the one ending ⟦N⟧... ⟦MCARD⟧ in your email.
Agent: Right, and the request id we logged is ⟦UUID⟧.
Customer: my number is ⟦PHONE⟧.""")
t("call-transcript", "en", """Transcript — speaker 2 (customer): "my PIN is ⟦PINSP⟧ and the machine keeps saying declined"
speaker 1 (agent): "please never tell anyone your PIN, including us."
Case ⟦TICKET⟧, terminal ⟦TASK⟧.""")
t("call-transcript", "en", """Agent: what password did you set on the sandbox user?
Caller: it's ⟦PWSP⟧.
Agent: OK. Please change it after we're done; I can see the account ⟦CID⟧ now.""")
t("call-transcript", "en", """Agent: I'll need the account the refund should land in.
Caller: IBAN ⟦IBAN⟧, BIC ⟦BIC⟧.
Agent: lovely, I've noted it on ⟦TICKET⟧.""")
t("call-transcript", "en", """Agent: Can you read me the trace id from the error page?
Caller: four, a, one, f, ... it's long. Let me paste it: ⟦TRACE⟧.
Agent: Perfect. And the commit you deployed?
Caller: ⟦COMMIT⟧.""")

# ======================================================= voicemail (IT/EN)
t("voicemail", "it", """Messaggio vocale (trascritto) da ⟦PHONE⟧, ⟦DATE⟧ ⟦TIME⟧:
"Sì buongiorno sono ⟦NAME⟧ di ⟦CO⟧, vi chiamo per il ticket ⟦TICKET⟧, il rimborso non è arrivato. Vi lascio l'IBAN, IT sessanta... no aspetti, ve lo mando per mail. Richiamatemi al ⟦PHONESP⟧. Grazie.\"""")
t("voicemail", "it", """Segreteria — trascrizione automatica
"Ciao sono ⟦NAME⟧, ti lascio la password del server di staging così domani entri tu: ⟦PWSP⟧. Ciao ciao.\"""")
t("voicemail", "it", """[Segreteria telefonica, durata 0:41] "...sì allora il numero della carta aziendale è ⟦CARDSP⟧ e il codice di sicurezza ⟦CVVSP⟧, così fate voi l'addebito dell'ordine ⟦ORDER⟧...\"""")
t("voicemail", "it", """Trascrizione voicemail: "Buonasera, chiamo per la fattura ⟦INV⟧ di ⟦AMOUNT⟧. Il nostro conto nuovo è ⟦BANKIT⟧, aggiornate l'anagrafica per favore. ⟦NAME⟧, ⟦CO⟧.\"""")
t("voicemail", "it", """Voicemail → testo (beta)
"sono io, il codice che mi è arrivato per attivare la carta è ⟦PINSP⟧, ma non funziona, puoi chiamare la banca tu? il numero della pratica è ⟦TICKET⟧\"""")
t("voicemail", "it", """Messaggio in segreteria da ⟦PHONE⟧ — "Salve, ho dimenticato il PIN del lettore e vorrei sapere come resettarlo. Non ho il codice PUK. Sono ⟦NAME⟧, il mio numero è ⟦PHONESP⟧, grazie.\"""")
t("voicemail", "en", """Voicemail from ⟦PHONE⟧ (transcribed): "Hi, it's ⟦NAME⟧ from ⟦CO⟧. Our webhook secret got rotated and now everything fails. The new one is, let me read it slowly, ⟦CS⟧. Call me back on ⟦PHONESP⟧.\"""")
t("voicemail", "en", """Voicemail transcript, ⟦DATE⟧: "Hey, it's me. The door code for the server room changed, it's ⟦PINSP⟧ now. And the Wi-Fi password is ⟦PWSP⟧. Bye.\"""")
t("voicemail", "en", """[VM 00:38] "hello this is ⟦NAME⟧, calling about invoice ⟦INV⟧ for ⟦AMOUNT⟧. I paid it on ⟦DATE⟧, the reference was ⟦PAY⟧. Please call me back, ⟦PHONESP⟧, thanks.\"""")
t("voicemail", "en", """Voicemail (auto): "Hi, the one time code you sent me says ⟦OTPSP⟧ but the page says it's wrong. Can someone call me? My ticket is ⟦TICKET⟧.\"""")
t("voicemail", "en", """Voicemail transcription: "...please refund to my account, sort code ⟦SORTSP⟧, account number ⟦ACCSP⟧. Thank you.\"""")
t("voicemail", "en", """Voicemail: "Hi, ⟦NAME⟧ here. Just confirming I reset my password like you said, I didn't read it out this time, promise. Ticket ⟦TICKET⟧. Cheers.\"""")

# ======================================================= machine-translated messages
t("machine-translation", "it", """[Tradotto automaticamente dal tedesco]
Gentile supporto, il nostro gettone di accesso non funziona più da ieri. Il gettone è: ⟦AT⟧
La parola d'ordine dell'utente tecnico è ⟦PW⟧. Per favore aiuto urgente, la nostra cassa è ferma.""")
t("machine-translation", "it", """(traduzione automatica dallo spagnolo)
Buongiorno, vi scrivo perché il segreto del cliente che ci avete dato non viene accettato. Il segreto è "⟦CS⟧" e l'identificatore cliente è ⟦CID⟧. Grazie mille in anticipo.""")
t("machine-translation", "it", """Tradotto da Google:
Ciao, la nostra banca ci ha dato questi dati per il conto: ⟦BANKES⟧. Potete configurare il pagamento su questo conto? Il codice BIC è ⟦BIC⟧.""")
t("machine-translation", "it", """[traduzione automatica dal francese]
Signora, Signore, le nostre coordinate bancarie (RIB) sono le seguenti: ⟦BANKFR⟧. La nostra fattura ⟦INV⟧ resta impagata dal ⟦DATE⟧.""")
t("machine-translation", "it", """Messaggio tradotto (DE→IT): Il nostro conto: ⟦BANKDE⟧, IBAN ⟦IBAN⟧. Per favore cambiate i dati di addebito per il cliente ⟦CID⟧.""")
t("machine-translation", "it", """Tradotto automaticamente: Salve, nella documentazione c'è scritto di mettere il "segreto del cliente" al posto di ⟦PH⟧ ma non capisco dove lo trovo. Il mio identificatore è ⟦CID⟧. Grazie""")
t("machine-translation", "it", """[Traduzione automatica] La chiave privata che usiamo per firmare le richieste è qui sotto, per favore verificare se è corretta:
⟦PK⟧
Cordiali saluti""")
t("machine-translation", "it", """Traduzione: il codice di verifica mandato per SMS è ⟦OTP⟧ ma il sito dice "codice scaduto". Il numero di telefono registrato è ⟦PHONE⟧.""")
t("machine-translation", "it", """[tradotto dall'inglese] Il gettone di aggiornamento (refresh) scade ogni ora, è normale? Esempio di gettone: ⟦RT⟧""")
t("machine-translation", "it", """(Tradotto) Abbiamo ricevuto la fattura ⟦INV⟧ ma l'importo ⟦AMOUNT⟧ non corrisponde all'ordine ⟦ORDER⟧. L'identificatore della richiesta è ⟦UUID⟧. Grazie per il vostro aiuto.""")
t("machine-translation", "en", """[Translated from Italian]
Good morning, the word of pass of the administrator is ⟦PW⟧ and it does not work anymore since the update. The client is ⟦CID⟧. Thanks in advance, distinct greetings.""")
t("machine-translation", "en", """(auto-translated from Portuguese) Hello, our API key of your service stopped working: ⟦AT⟧. We need it for the ordered ⟦ORDER⟧. Hugs.""")
t("machine-translation", "en", """[Machine translation] Dear, I send the data of the card for the payment of the invoice ⟦INV⟧: number ⟦CARD⟧, expiration ⟦EXP⟧, code of security ⟦CVV⟧.""")
t("machine-translation", "en", """Translated by DeepL: Our bank coordinates changed. New IBAN: ⟦IBAN⟧. Old one must not be used any more. Bank code (BIC): ⟦BIC⟧.""")
t("machine-translation", "en", """[Translated from French] Hello, the refresh jeton expires too quickly. Here is one of them for analysis: ⟦RT⟧ — thank you to look.""")
t("machine-translation", "en", """(translated) The secret of the customer is visible in the panel only one time, I did not copy it. Where I find it again? My client identifier is ⟦CID⟧.""")
t("machine-translation", "en", """[auto-translated from Spanish] Good afternoon, the account for the transfers is ⟦BANKES⟧. The holder is ⟦CO⟧.""")
t("machine-translation", "en", """[Translated from German] The key for Amazon, we have put it in the environment, the variable is read with ⟦ENV⟧. Is this correct so? Request-ID ⟦UUID⟧.""")
t("machine-translation", "en", """(machine translated) Basic authentication header we send: Authorization: Basic ⟦BASIC⟧ — but the answer is 401. Why?""")
t("machine-translation", "en", """[Translated] Hello, the code of 6 numbers for the double factor arrives late, after 5 minutes. The last code was ⟦OTP⟧. Phone: ⟦PHONE⟧.""")

# ======================================================= non-native speakers
t("non-native", "it", """salve io scrivo da romania, noi abbiamo problema con login. mio utente è ops@⟦CID⟧ e password ⟦PW⟧ , ho provato 3 volta e adesso blocato. cosa fare? grazie""")
t("non-native", "it", """Buongiorno, io sono nuovo sviluppatore. Non capisco perché risposta è 401. Io metto header così:
Authorization: Bearer ⟦AT⟧
è giusto? grazie mile""")
t("non-native", "it", """ciao, per favore mandate rimborso su questo conto: ⟦IBANIT⟧ intestato ⟦NAME⟧. ordine ⟦ORDER⟧ grazie tanto""")
t("non-native", "it", """Salve, io ho letto documentazione ma non trovo dove mettere il client secret. Io ho scritto ⟦ENV⟧ nel codice ma non so se è giusto. Id richiesta ⟦UUID⟧""")
t("non-native", "it", """buongiorno, mia carta è ⟦CARD⟧ scade ⟦EXP⟧ cvv ⟦CVV⟧, per favore fate addebito voi perché sito non va. grazie, ⟦NAME⟧""")
t("non-native", "it", """Salve, il mio collega ha cambiato il secret e non ha detto a me. Adesso io ho solo il vecchio: ⟦CS⟧. Si può vedere quello nuovo?""")
t("non-native", "it", """ciao io non ricevo codice SMS per entrare. numero è ⟦PHONE⟧. ho provato ieri alle ⟦TIME⟧ e oggi. ticket ⟦TICKET⟧""")
t("non-native", "it", """Buonasera, io ho chiave di Stripe nel vostro pannello: ⟦VK⟧. È sicuro che voi avete questa chiave? Io preoccupato.""")
t("non-native", "it", """salve, pagamento ⟦PAY⟧ è doppio, io pagato due volte ⟦AMOUNT⟧. Mia carta finisce con ⟦MCARD⟧. per favore restituire""")
t("non-native", "it", """ciao, il PIN di carta prepagata per i test è ⟦PIN⟧? io ho trovato questo numero in un vecchio ticket, non sono sicuro""")
t("non-native", "en", """hello i write from Italy sorry for my english. we have the problem with token, it say "expired" but i make it 5 minute ago. the token is ⟦AT⟧ . what we do wrong?""")
t("non-native", "en", """Good morning, I am not sure how to send the password for the database to you, I write here: ⟦PW⟧ the user is "⟦CID⟧". The host is ⟦IP⟧.""")
t("non-native", "en", """Hi, please the refund on this account: ⟦IBAN⟧ name ⟦NAME⟧ thank you very much, ⟦ORDER⟧""")
t("non-native", "en", """dear support, we are not understand the difference from access token and refresh token. our refresh is like ⟦RT⟧ is it good?""")
t("non-native", "en", """Hello, I make the integration but the response is invalid_grant. Body I send: grant_type=client_credentials&client_id=⟦CID⟧&client_secret=⟦CS⟧""")
t("non-native", "en", """Hi, where I can find the place to put the secret? In the guide is written ${CLIENT_SECRET} but my program say "not defined". Request id ⟦UUID⟧, version ⟦VER⟧.""")
t("non-native", "en", """Good evening, my bank say the transfer failed because IBAN is wrong. I wrote ⟦BADIBAN⟧ maybe I make a mistake with numbers? BIC ⟦BIC⟧""")
t("non-native", "en", """Hello, the pin of my reader is ⟦PIN⟧ and still it does not accept, I am confusing. serial ⟦TASK⟧""")
t("non-native", "en", """hi, i have put in my code the key like the example AKIAXXXXXXXXXXXXXXXX but of course it dont work, where i take the real one? i dont want send it here. account ⟦CID⟧""")

# ======================================================= mobile, autocorrect damage
t("mobile-autocorrect", "it", """Scusate scrivo dal telefono. La pazzword è ⟦PW⟧ ma non entra nessuno, nemmeno io. Urgente!!! Inviato da iPhone""")
t("mobile-autocorrect", "it", """ciao il tocco ehm il token è ⟦AT⟧ e non va ancora, ho rigenerato due volte. Inviato dal mio Galaxy""")
t("mobile-autocorrect", "it", """Ragazzi la carta del cliente è ⟦CARD⟧ scad ⟦EXP⟧ cv ⟦CVV⟧ fate voi l'addebito che io sono in macchina""")
t("mobile-autocorrect", "it", """Scusa il correttore, intendevo IBAN non Ivan 😅 eccolo: ⟦IBANIT⟧""")
t("mobile-autocorrect", "it", """Pin del pod (POS!!) è ⟦PIN⟧, l'ha cambiato il negozio. Grazie. Inviato da Outlook per Android""")
t("mobile-autocorrect", "it", """ho ricevuto il codice ⟦OTP⟧ ma il sito dice scaduto, ne mandate un altro? sono fuori ufficio""")
t("mobile-autocorrect", "it", """Client segreto (secret!!) ⟦CS⟧ client id ⟦CID⟧ ditemi se va. Scusate la fretta""")
t("mobile-autocorrect", "it", """Ciao, il pagamento ⟦PAY⟧ da ⟦AMOUNT⟧ risulta due volte. Vi chiamo dopo dal ⟦PHONE⟧. Inviato da iPhone""")
t("mobile-autocorrect", "it", """La passeggiata... PASSWORD scusate, va bene anche se la scrivo qui? No meglio di no, ve la detto per telefono. Ticket ⟦TICKET⟧""")
t("mobile-autocorrect", "it", """Conto x il rimborso: ⟦BANKIT⟧ intestato a mia moglie ⟦NAME⟧. Grazie mille inviato da cellulare""")
t("mobile-autocorrect", "en", """sorry typing on phone. pass word is ⟦PW⟧ for the admin, plz reset MFA asap. Sent from my iPhone""")
t("mobile-autocorrect", "en", """The toke (token*) is ⟦AT⟧ still 401. ducking autocorrect. Sent from my Pixel""")
t("mobile-autocorrect", "en", """card ⟦CARD⟧ exp ⟦EXP⟧ cvc ⟦CVV⟧ pls charge the invoice ⟦INV⟧ myself im at the airport""")
t("mobile-autocorrect", "en", """Refund to I ban (IBAN lol) ⟦IBAN⟧ thx""")
t("mobile-autocorrect", "en", """code was ⟦OTP⟧ but it says invalid?? tried twice. sent from mobile""")
t("mobile-autocorrect", "en", """Pinto is 4 digits right? PIN* sorry. I don't want to put it here, just tell me the format. Ticket ⟦TICKET⟧""")
t("mobile-autocorrect", "en", """Client secrete ⟦CS⟧ for ⟦CID⟧ can u check. Sent from my phone excuse typos""")
t("mobile-autocorrect", "en", """Hey trace I'd (ID) is ⟦TRACE⟧ request failed at ⟦TIME⟧ sent from my iPhone""")
t("mobile-autocorrect", "en", """refresh toke ⟦RT⟧ keeps getting rejected, what am I doing wrong. on my phone sorry""")

# ======================================================= forum / community posts
t("forum", "it", """Titolo: Errore 401 dopo il rinnovo del token
Ciao a tutti, da stamattina le chiamate all'API restituiscono 401. Uso questo codice:

headers = {"Authorization": "Bearer ⟦AT⟧"}
r = requests.get("https://api.example/v2/orders", headers=headers)

Qualcuno ha avuto lo stesso problema? Versione SDK ⟦VER⟧.""")
t("forum", "it", """Re: configurazione webhook
Io l'ho risolto così, la secret la leggo da variabile d'ambiente: ⟦ENV⟧. Non mettetela mai nel codice! Il commit con la fix è ⟦COMMIT⟧.""")
t("forum", "it", """[Risolto] Connessione al DB rifiutata
Stringa di connessione:
DATABASE_URL=⟦DBURL⟧
Errore: password authentication failed for user. Ho già controllato tre volte.""")
t("forum", "it", """Domanda veloce: il client_secret va mandato nel body o in Basic auth? Ora faccio così:
curl -u ⟦UPPAIR⟧ https://auth.example/oauth/token -d grant_type=client_credentials""")
t("forum", "it", """Ciao, qualcuno sa perché il checksum dell'IBAN fallisce? Sto provando con ⟦BADIBAN⟧ preso da un vecchio documento.""")
t("forum", "it", """Post di ⟦NAME⟧ — Condivido la mia configurazione funzionante:
client_id: ⟦CID⟧
client_secret: ⟦CS⟧
refresh_token: ⟦RT⟧
(sandbox, tanto poi la cambio)""")
t("forum", "it", """Segnalo che l'esempio nella guida usa {{token}} e Postman non lo sostituisce se non selezionate l'ambiente. Id richiesta di esempio: ⟦UUID⟧.""")
t("forum", "it", """Risposta accettata ✔
Il problema era la chiave privata con le righe spezzate male. Questa è quella che avevo incollato:
⟦PK⟧
Rigenerata e ora funziona.""")
t("forum", "it", """Qualcuno usa le carte di test? Con ⟦BADCARD⟧ mi dà "numero non valido", è normale? Importo di prova ⟦AMOUNT⟧.""")
t("forum", "it", """Come si gestisce l'OTP nei test automatici? Non voglio scrivere il codice nel test, pensavo di leggerlo con ⟦ENV⟧. Idee?""")
t("forum", "en", """Title: invalid_client after rotating secret
Hi all, after rotating our OAuth secret we get invalid_client. Config:

OAUTH_CLIENT_ID=⟦CID⟧
OAUTH_CLIENT_SECRET=⟦CS⟧

Any idea? SDK ⟦VER⟧, trace ⟦TRACE⟧.""")
t("forum", "en", """Re: Re: webhook signature mismatch
I had the same. Turned out my signing secret had a trailing newline. Mine (test env, already rotated): ⟦CS⟧""")
t("forum", "en", """Community tip: never paste your API key here. Use a placeholder like <your-token> or ⟦PH⟧ when you share snippets. Mods will remove posts with real keys.""")
t("forum", "en", """Posted by ⟦NAME⟧: can't connect to redis in prod. URL is ⟦DBURL⟧ and I get NOAUTH. Help!""")
t("forum", "en", """Solved! The AWS creds in ~/.aws/credentials were the old ones:
[default]
⟦AWS⟧
region = eu-south-1""")
t("forum", "en", """Which test card do you use for 3DS? I tried ⟦BADCARD⟧ but it fails Luhn apparently. Amount ⟦AMOUNT⟧, order ⟦ORDER⟧.""")
t("forum", "en", """My Slack bot stopped posting incident alerts. Token in config: ⟦VK⟧ — scopes look fine. Any ideas?""")
t("forum", "en", """Question about refresh flow: after POST /oauth/token I get {"access_token": "⟦AT⟧", "refresh_token": "⟦RT⟧", "expires_in": 3600}. Should the refresh token change each time?""")
t("forum", "en", """PSA: the docs example `Authorization: Bearer {{token}}` is a Postman variable, not a literal. Took me an hour. Request id ⟦UUID⟧ for the curious.""")

# ======================================================= stack-overflow style
t("stackoverflow", "en", """Q: Python requests returns 403 with valid JWT

I'm calling the reports endpoint like this:

```python
import requests
TOKEN = "⟦JWT⟧"
r = requests.get(URL, headers={"Authorization": f"Bearer {TOKEN}"})
print(r.status_code)  # 403
```

What am I missing? The scope should be right.""")
t("stackoverflow", "en", """Q: How do I avoid hardcoding the client secret in Node?

Currently:
```js
const secret = process.env.CLIENT_SECRET;
if (!secret) throw new Error("CLIENT_SECRET missing");
```
Is `process.env` safe enough in a container? Commit ⟦COMMIT⟧.""")
t("stackoverflow", "en", """Q: psycopg2 OperationalError: password authentication failed

```
conn = psycopg2.connect("⟦DBURL⟧")
```
The same URL works from psql. Postgres 15, Ubuntu.""")
t("stackoverflow", "en", """A: You're double-encoding. The Basic header must be base64 of `client_id:client_secret` once. In your code the header is `Basic ⟦BASIC⟧`, decode it and you'll see.""")
t("stackoverflow", "en", """Q: openssl "unable to load private key"

Key file (generated for a throwaway test):
```
⟦PK⟧
```
Running `openssl rsa -in key.pem -check` gives the error.""")
t("stackoverflow", "en", """Q: Luhn check fails for a card that should be valid

```java
String pan = "⟦BADCARD⟧".replaceAll("\\\\D", "");
System.out.println(luhn(pan)); // false
```
Is my implementation wrong?""")
t("stackoverflow", "en", """Q: IBAN validation regex accepts invalid IBANs

`^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$` accepts ⟦BADIBAN⟧ which my bank rejects. How do I compute the mod 97?""")
t("stackoverflow", "en", """Q: Rust reqwest sends empty Authorization header

```rust
let token = std::env::var("API_TOKEN").expect("set API_TOKEN");
let res = client.get(url).bearer_auth(&token).send().await?;
```
Log shows `authorization: Bearer ` (empty). Running version ⟦VER⟧.""")
t("stackoverflow", "en", """Q: curl works, axios doesn't

curl -H "Authorization: Bearer ⟦AT⟧" https://api.example/v1/me  → 200
axios with the same token → 401. Response header x-request-id: ⟦UUID⟧""")
t("stackoverflow", "en", """Q: Refresh token rotation returns invalid_grant

```
POST /oauth/token
grant_type=refresh_token&refresh_token=⟦RT⟧&client_id=⟦CID⟧
```
The first refresh works, the second fails.""")
t("stackoverflow", "it", """D: Come leggo il client secret da file .env in Python?

Ho provato:
```python
from dotenv import load_dotenv
load_dotenv()
secret = ⟦ENV⟧
```
ma ottengo None. Il file .env contiene CLIENT_SECRET=⟦PH⟧ (ovviamente quello vero lì).""")
t("stackoverflow", "it", """D: requests mi dà 401 con il token giusto

```python
TOKEN = "⟦AT⟧"
r = requests.post(URL, headers={"Authorization": "Bearer " + TOKEN}, json=payload)
```
Il token l'ho appena generato dal pannello. Cosa sbaglio?""")
t("stackoverflow", "it", """D: Errore "FATAL: password authentication failed" con Django

settings.py:
```python
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "ordini", "USER": "app", "PASSWORD": "⟦PW⟧", "HOST": "⟦IP⟧"}}
```""")
t("stackoverflow", "it", """R: Il problema è che stai passando il secret in chiaro nella query string (?client_secret=⟦CS⟧). Mettilo nel body della POST e soprattutto rigeneralo, ormai è nei log.""")
t("stackoverflow", "it", """D: Come valido un IBAN italiano in JavaScript?

```js
const iban = "⟦BADIBAN⟧";
console.log(isValidIban(iban)); // false, ma il CIN sembra giusto
```""")
t("stackoverflow", "it", """D: Firma JWT non valida con chiave EC

Ho generato la chiave così (solo per test locale):
⟦PK⟧
e firmo con ES256. Il server risponde "invalid signature".""")
t("stackoverflow", "it", """D: Come non committare le chiavi AWS?

Nel codice ho `boto3.client("s3")` e le credenziali le prende da `os.environ["AWS_ACCESS_KEY_ID"]`. Va bene così o serve altro? Hash del commit incriminato: ⟦COMMIT⟧.""")
t("stackoverflow", "it", """D: Test con carta che passa Luhn

Sto usando ⟦CARD⟧ con scadenza ⟦EXP⟧ e CVV ⟦CVV⟧ nell'ambiente sandbox ma il gateway risponde "card declined". Perché?""")

# ======================================================= GitHub issues with environment dumps
t("github-issue", "en", """### Bug: SDK throws on token refresh

**Environment**
- sdk: ⟦VER⟧
- node: v20.11.1
- os: macOS 14.4

**Steps**
1. set `SPORTELLO_TOKEN=⟦AT⟧`
2. run `npm run sync`

**Actual**: `TypeError: cannot read properties of undefined (reading 'expires_in')`
trace id: ⟦TRACE⟧""")
t("github-issue", "en", """### `env` output

```
HOME=/home/runner
CI=true
GITHUB_SHA=⟦COMMIT⟧
API_BASE=https://api.example
API_CLIENT_ID=⟦CID⟧
API_CLIENT_SECRET=⟦CS⟧
NODE_ENV=production
```
The client is created with `config.clientSecret`.""")
t("github-issue", "en", """**Describe the bug**
Webhook verification always fails.

**To Reproduce**
```
WEBHOOK_SECRET=${WEBHOOK_SECRET}
curl -X POST localhost:8080/hook -H "X-Signature: ⟦SHA⟧" -d @payload.json
```
**Expected** 200, **Actual** 400. Request id ⟦UUID⟧.""")
t("github-issue", "en", """### Stack trace

```
Error: connect ECONNREFUSED
    at TCPConnectWrap.afterConnect
  url: '⟦DBURL⟧'
```
Version ⟦VER⟧, commit ⟦COMMIT⟧.""")
t("github-issue", "en", """Environment dump (`printenv | sort`):
```
AWS_DEFAULT_REGION=eu-west-1
AWS_ACCESS_KEY_ID=⟦VK⟧
PATH=/usr/local/bin:/usr/bin
RELEASE=⟦VER⟧
```
Deploy fails with AccessDenied.""")
t("github-issue", "en", """**Debug output**
```
DEBUG http: POST /oauth/token 200 in ⟦MS⟧ms
DEBUG auth: received refresh_token=⟦RT⟧
DEBUG auth: scheduling refresh at ⟦TIME⟧
```
The refresh never fires.""")
t("github-issue", "en", """### Reproduction repo
Clone at ⟦COMMIT⟧, then set these in `.env` (placeholders, use your own):
```
CLIENT_ID=YOUR_CLIENT_ID
CLIENT_SECRET=YOUR_CLIENT_SECRET
REFRESH_TOKEN=<refresh-token>
```
Run `make repro`. Digest of the built image: sha256:⟦SHA⟧""")
t("github-issue", "en", """### Bug: test fixture leaks a key
`tests/fixtures/signing.pem` contains:
```
⟦PK⟧
```
It's only for tests but scanners flag it. Suggest generating at test time.""")
t("github-issue", "en", """**Environment**
| key | value |
|---|---|
| version | ⟦VER⟧ |
| client | ⟦CID⟧ |
| task | ⟦TASK⟧ |
| payment | ⟦PAY⟧ |
| request | ⟦UUID⟧ |""")
t("github-issue", "en", """### Issue with Basic auth on token endpoint

```
> POST /oauth/token HTTP/1.1
> Authorization: Basic ⟦BASIC⟧
> Content-Type: application/x-www-form-urlencoded
< HTTP/1.1 401 Unauthorized
< x-trace-id: ⟦TRACE⟧
```""")
t("github-issue", "it", """### Bug: il refresh del token fallisce

**Ambiente**
- versione: ⟦VER⟧
- python 3.12
- ID client: ⟦CID⟧

**Log**
```
INFO  token rinnovato, nuovo access_token=⟦AT⟧
ERROR 401 su /v2/fatture, trace ⟦TRACE⟧
```""")
t("github-issue", "it", """### Variabili d'ambiente del container

```
DB_HOST=⟦IP⟧
DB_USER=fatture
DB_PASSWORD=⟦PW⟧
STRIPE_KEY=⟦VK⟧
```
Il container si riavvia in loop.""")
t("github-issue", "it", """**Descrizione**
Il pagamento ⟦PAY⟧ rimane in stato `pending`. Task di riconciliazione: ⟦TASK⟧.
Commit: ⟦COMMIT⟧ — digest immagine sha256:⟦SHA⟧""")
t("github-issue", "it", """### Configurazione usata
```yaml
auth:
  client_id: ⟦CID⟧
  client_secret: ${CLIENT_SECRET}
  token_url: https://auth.example/oauth/token
```
Il secret viene letto con ⟦ENV⟧ ma risulta vuoto.""")
t("github-issue", "it", """### Passi per riprodurre
1. `export API_TOKEN=⟦AT⟧`
2. `./sync --from ⟦DATE⟧`
Risultato: `403 insufficient_scope`. ID richiesta ⟦UUID⟧.""")
t("github-issue", "it", """### Log dell'esportazione bonifici
```
riga 12: beneficiario=⟦NAME⟧ iban=⟦IBAN⟧ importo=⟦AMOUNT⟧
riga 13: beneficiario=⟦NAME#2⟧ iban=⟦IBAN#2⟧ importo=⟦AMOUNT#2⟧
ERRORE: BIC mancante per riga 13
```""")
t("github-issue", "it", """### Test che fallisce
`test_luhn_rifiuta_carta_errata` si aspetta false per ⟦BADCARD⟧ e ottiene true. Commit ⟦COMMIT⟧.""")

# ======================================================= incident post-mortems / timelines
t("postmortem", "en", """## Incident ⟦TICKET⟧ — token leak in logs
**Timeline (UTC)**
- ⟦TIME⟧ deploy of ⟦COMMIT⟧ enables verbose HTTP logging
- ⟦TIME#2⟧ on-call notices `Authorization: Bearer ⟦AT⟧` in the log stream
- ⟦TIME#3⟧ token revoked, logging reverted
**Impact**: one customer token exposed for ~40 minutes.""")
t("postmortem", "en", """## Post-mortem: payouts to wrong account
Customer ⟦CO⟧ changed their payout account to ⟦IBAN⟧ on ⟦DATE⟧; the change was not propagated to the batch job ⟦TASK⟧. Amount affected: ⟦AMOUNT⟧.
Action items: add IBAN checksum validation on update (owner: ⟦NAME⟧).""")
t("postmortem", "en", """## Incident review — login outage
Root cause: the DB password rotation script wrote the new value into the wrong secret. No credentials were exposed. Rotation job: ⟦TASK⟧, commit ⟦COMMIT⟧.
Duration: ⟦N⟧ minutes. Requests failed: ⟦MS⟧.""")
t("postmortem", "en", """Timeline
⟦TIME⟧ — alert: 5xx rate > 2% on /oauth/token
⟦TIME#2⟧ — engineer finds the client secret `⟦CS⟧` hard-coded in a hotfix branch
⟦TIME#3⟧ — secret rotated, branch deleted
Follow-up: pre-commit secret scanning.""")
t("postmortem", "en", """## Incident summary
A support agent pasted a customer's card details (⟦CARD⟧, exp ⟦EXP⟧) into the internal chat while reproducing a failed charge ⟦PAY⟧. Message deleted at ⟦TIME⟧; card issuer notified.""")
t("postmortem", "en", """### What went well
- trace ⟦TRACE⟧ made the failing request easy to find
- masked card (⟦MCARD⟧) was enough for the customer to identify the charge
### What went badly
- the runbook still says "ask the customer for the full PAN" — removed.""")
t("postmortem", "en", """Incident ⟦TICKET⟧: a private key was committed to the public SDK repo at ⟦COMMIT⟧:
```
⟦PK⟧
```
Key revoked at ⟦TIME⟧. History rewritten.""")
t("postmortem", "en", """Post-incident note: the leaked GitHub token (⟦VK⟧) belonged to the release bot. It was revoked ⟦N⟧ minutes after the alert. No unauthorized pushes were found in the audit log.""")
t("postmortem", "en", """## Incident 2026-Q4-⟦N⟧ — duplicate charges
Affected payments: ⟦PAY⟧, ⟦PAY#2⟧, ⟦PAY#3⟧
Total refunded: ⟦AMOUNT⟧
Root cause: retry without idempotency key (commit ⟦COMMIT⟧).""")
t("postmortem", "it", """## Incidente ⟦TICKET⟧ — token nei log
**Cronologia**
- ⟦TIME⟧ rilascio ⟦COMMIT⟧ con log di debug attivo
- ⟦TIME#2⟧ nel log compare `refresh_token=⟦RT⟧`
- ⟦TIME#3⟧ token revocato, log ripuliti
**Impatto**: un cliente (⟦CID⟧).""")
t("postmortem", "it", """## Post-mortem — accrediti sul conto sbagliato
Il cliente ⟦CO⟧ ha comunicato il nuovo conto ⟦BANKIT⟧ per telefono il ⟦DATE⟧; l'operatore l'ha inserito in un campo note non sincronizzato. Importo: ⟦AMOUNT⟧.""")
t("postmortem", "it", """## Analisi incidente: blocco dei login
Causa: la rotazione automatica della password del database ha fallito a metà. Nessuna credenziale esposta. Job ⟦TASK⟧, durata ⟦N⟧ minuti, richieste fallite ⟦MS⟧.""")
t("postmortem", "it", """Cronologia (ora italiana)
⟦TIME⟧ — segnalazione dal cliente ⟦CO⟧: il PIN dei terminali è stato inviato in chiaro via mail (⟦PIN⟧)
⟦TIME#2⟧ — mail rimossa dalla casella condivisa
⟦TIME#3⟧ — PIN cambiato su tutti i terminali""")
t("postmortem", "it", """## Incidente — chiave AWS nel repository
Nel commit ⟦COMMIT⟧ è finito il file `.env` con:
```
⟦AWS⟧
```
Chiave disattivata alle ⟦TIME⟧. Nessun accesso anomalo nei CloudTrail.""")
t("postmortem", "it", """### Cosa è andato bene
- l'ID di traccia ⟦TRACE⟧ ha permesso di isolare la richiesta
- l'IBAN mascherato (⟦MIBAN⟧) è bastato al cliente
### Cosa migliorare
- il modulo chiedeva il PIN: campo rimosso""")
t("postmortem", "it", """## Incidente ⟦TICKET⟧: addebiti doppi
Pagamenti coinvolti: ⟦PAY⟧, ⟦PAY#2⟧
Rimborsato: ⟦AMOUNT⟧ il ⟦DATE⟧
Causa: retry senza chiave di idempotenza.""")
t("postmortem", "it", """Incidente: durante il supporto il cliente ha dettato la password di amministrazione (⟦PW⟧) che è finita nella trascrizione della chiamata ⟦UUID⟧. Trascrizione cancellata, password cambiata alle ⟦TIME⟧.""")

# ======================================================= meeting / calendar notes
t("meeting-notes", "it", """Riunione settimanale integrazioni — ⟦DATE⟧ ⟦TIME⟧
Presenti: ⟦NAME⟧, ⟦NAME#2⟧
- migrazione OAuth: il client ⟦CID⟧ passa al nuovo endpoint
- credenziali sandbox condivise (da cambiare!): secret ⟦CS⟧
- prossimo rilascio ⟦VER⟧""")
t("meeting-notes", "it", """Invito calendario: "Allineamento pagamenti" ⟦DATE⟧ ⟦TIME⟧–⟦TIME#2⟧
Link Meet: meet.example/⟦TASK⟧
Numero di telefono: ⟦PHONE⟧  ID conferenza: ⟦MS⟧ #
Agenda: riconciliazione ⟦PAY⟧""")
t("meeting-notes", "it", """Note call con ⟦CO⟧ (⟦DATE⟧)
- ci hanno dato il conto per gli accrediti: ⟦IBANIT⟧
- vogliono fatturazione mensile, prima fattura ⟦INV⟧
- referente ⟦NAME⟧, ⟦PHONE⟧""")
t("meeting-notes", "it", """Appunti stand-up
• Luca: finito il ticket ⟦TICKET⟧
• Sara: bloccata, le serve la password di staging → gliela passo su 1Password, NON qui
• deploy ⟦COMMIT⟧ alle ⟦TIME⟧""")
t("meeting-notes", "it", """Verbale demo cliente ⟦CO⟧
Durante la demo abbiamo usato l'utenza demo@⟦CID⟧ / ⟦PW⟧ (ambiente demo, da disattivare)
Richieste: export CSV, webhook su ⟦IP⟧""")
t("meeting-notes", "it", """Calendario — Promemoria: rinnovare il token del gateway entro il ⟦DATE⟧. Token attuale (scade): ⟦AT⟧""")
t("meeting-notes", "it", """Note riunione sicurezza (⟦DATE⟧)
1. Policy: mai chiedere PIN, CVV o OTP ai clienti, né al telefono né per mail
2. Le trascrizioni delle chiamate vengono mascherate (es. ⟦MCARD⟧)
3. Audit su ⟦N⟧ ticket a campione""")
t("meeting-notes", "it", """Agenda incontro banca ⟦DATE⟧ ore ⟦TIME⟧
- conto di appoggio: ⟦ABICAB⟧, numero conto da confermare
- BIC ⟦BIC⟧
- commissioni: ⟦AMOUNT⟧/mese""")
t("meeting-notes", "it", """Appunti onboarding ⟦NAME⟧
- VPN: utente nome.cognome, password temporanea ⟦PW⟧ (cambiarla al primo accesso)
- badge: PIN ⟦PIN⟧
- laptop asset ⟦TASK⟧""")
t("meeting-notes", "en", """Weekly sync — ⟦DATE⟧
Attendees: ⟦NAME⟧, ⟦NAME#2⟧
- partner ⟦CO⟧ onboarding: sandbox client ⟦CID⟧, secret ⟦CS⟧ (rotate before go-live)
- release ⟦VER⟧ scheduled ⟦DATE#2⟧""")
t("meeting-notes", "en", """Calendar invite: Payments review
When: ⟦DATE⟧ ⟦TIME⟧
Dial-in: ⟦PHONE⟧, meeting ID ⟦MS⟧#
Notes doc: docs.example/d/⟦TASK⟧""")
t("meeting-notes", "en", """Notes from call with ⟦CO⟧
- their payout account: ⟦BANKUK⟧
- they want weekly payouts starting ⟦DATE⟧
- contact ⟦NAME⟧ ⟦PHONE⟧""")
t("meeting-notes", "en", """Retro notes
+ shipped ⟦VER⟧ on time
- we still share the staging admin password in chat; moving to the vault this sprint
- ticket backlog at ⟦N⟧""")
t("meeting-notes", "en", """Demo prep checklist
[x] demo user: demo@⟦CID⟧
[x] password: ⟦PW⟧
[ ] reset data after demo
[ ] check invoice ⟦INV⟧ renders""")
t("meeting-notes", "en", """1:1 notes (⟦DATE⟧)
- talked about the on-call rotation
- reminder: the Stripe restricted key for the reporting job is ⟦VK⟧, move it to the secret manager
- next 1:1 ⟦DATE#2⟧""")
t("meeting-notes", "en", """Meeting: bank onboarding — ⟦DATE⟧
Bank sent: BIC ⟦BIC⟧, sort code only (account number to follow by post).
Action: ⟦NAME⟧ to chase.""")
t("meeting-notes", "en", """Security sync notes
- reminder that support must never collect card PINs, CVV or one-time codes
- examples in the training deck now use placeholders like <your-token> and ⟦MCARD⟧
- ⟦N⟧ tickets reviewed""")

# ======================================================= complaint letters quoting end users' bank data
t("complaint-letter", "it", """Spett.le Sportello,
scrivo in qualità di legale rappresentante di ⟦CO⟧. Il nostro cliente finale, ⟦NAME⟧, lamenta un doppio addebito di ⟦AMOUNT⟧ sulla carta ⟦CARD⟧. Vi chiediamo di stornare immediatamente l'operazione ⟦PAY⟧.
Distinti saluti""")
t("complaint-letter", "it", """Oggetto: RECLAMO FORMALE — rimborso mai ricevuto
Gentili signori, il ⟦DATE⟧ il sig. ⟦NAME⟧ ci ha comunicato il proprio IBAN ⟦IBAN⟧ per il rimborso dell'ordine ⟦ORDER⟧. A distanza di settimane non è arrivato nulla. Pretendiamo una risposta entro 8 giorni.""")
t("complaint-letter", "it", """Egregi,
la nostra cliente ⟦NAME⟧ ci scrive (cito testualmente): "mi avete addebitato due volte, il mio conto è ⟦BANKIT⟧ e lo potete controllare". Vi preghiamo di verificare la pratica ⟦TICKET⟧.""")
t("complaint-letter", "it", """Oggetto: disservizio del ⟦DATE⟧
Spettabile azienda, il vostro sistema ha rifiutato per tre volte la carta aziendale (⟦MCARD⟧) per un importo di ⟦AMOUNT⟧. Il codice di errore era ⟦UUID⟧. Chiedo un risarcimento.""")
t("complaint-letter", "it", """Reclamo n. ⟦TICKET⟧
Il signor ⟦NAME⟧ ha ricevuto una telefonata da un finto operatore che gli ha chiesto il PIN della carta. Il signore NON lo ha comunicato. Vi chiediamo di avvisare i clienti che non chiedete mai il PIN.""")
t("complaint-letter", "it", """Gentile assistenza,
l'utente finale ⟦NAME⟧ mi ha inoltrato i suoi dati per ottenere il rimborso: carta ⟦CARD⟧, scadenza ⟦EXP⟧, codice CVV ⟦CVV⟧. Vi prego di procedere. ⟦CO⟧""")
t("complaint-letter", "it", """Oggetto: bonifico respinto
Il bonifico verso ⟦BADIBAN⟧ è stato respinto dalla banca per "IBAN non valido". Il cliente sostiene di averlo copiato correttamente. BIC indicato: ⟦BIC⟧. Come procediamo?""")
t("complaint-letter", "it", """Spett.le ⟦CO⟧,
con la presente contesto la fattura ⟦INV⟧ di ⟦AMOUNT⟧. Il pagamento è stato eseguito il ⟦DATE⟧ con riferimento ⟦PAY⟧. Allego ricevuta. In mancanza di riscontro mi rivolgerò alle associazioni dei consumatori.""")
t("complaint-letter", "it", """Reclamo
Il cliente ⟦NAME⟧ ci ha mandato uno screenshot con il codice di sicurezza ricevuto via SMS (⟦OTP⟧) chiedendo perché il pagamento non va. Per favore spiegate come procedere.""")
t("complaint-letter", "it", """Spettabile Sportello, il sig. ⟦NAME⟧ reclama che l'accredito sul suo conto tedesco (⟦BANKDE⟧) non è mai arrivato. Riferimento ⟦ORDER⟧.""")
t("complaint-letter", "en", """Dear Sir or Madam,
I am writing on behalf of ⟦CO⟧. Our customer ⟦NAME⟧ reports a duplicate charge of ⟦AMOUNT⟧ to card ⟦CARD⟧ on ⟦DATE⟧. Please reverse payment ⟦PAY⟧ immediately.
Yours faithfully""")
t("complaint-letter", "en", """FORMAL COMPLAINT — ref ⟦TICKET⟧
On ⟦DATE⟧ your agent asked our customer to read out her one-time passcode over the phone. She refused. This is unacceptable and we expect a written explanation.""")
t("complaint-letter", "en", """To whom it may concern,
our end user ⟦NAME⟧ has asked for the refund to be sent to ⟦BANKUK⟧. She has been waiting since ⟦DATE⟧. Order ⟦ORDER⟧.""")
t("complaint-letter", "en", """Complaint: the refund to IBAN ⟦IBAN⟧ (account holder ⟦NAME⟧) for ⟦AMOUNT⟧ has not arrived. Your reference: ⟦PAY⟧. Please escalate.""")
t("complaint-letter", "en", """Dear support,
I'm forwarding our customer's message verbatim: "my card is ⟦CARD⟧, the security code is ⟦CVV⟧, why was I charged twice??" — please handle this, ⟦CO⟧.""")
t("complaint-letter", "en", """Re: complaint ⟦TICKET⟧
We note your reply. The card in question (⟦MCARD⟧) was charged ⟦AMOUNT⟧ on ⟦DATE⟧ and the refund ⟦PAY⟧ still shows as pending. Invoice ⟦INV⟧.""")
t("complaint-letter", "en", """Dear team, our French customer ⟦NAME⟧ provided the following bank details for reimbursement: ⟦BANKFR⟧. Please confirm receipt.""")
t("complaint-letter", "en", """Complaint about your phone line: I waited ⟦N⟧ minutes, then was told to e-mail. My number is ⟦PHONE⟧, ticket ⟦TICKET⟧. I will NOT be sending my password by e-mail as your bot suggested.""")
t("complaint-letter", "en", """Dear Sportello, our Spanish client ⟦CO⟧ says the direct debit from their account ⟦BANKES⟧ was taken twice on ⟦DATE⟧. Please refund.""")

# ======================================================= more mixed: call summaries, chat-to-voice, ASR errors
t("call-summary", "it", """Riepilogo chiamata (generato automaticamente)
Motivo: login non riuscito. Il cliente ha fornito l'utente e la password (⟦PW⟧) nonostante l'invito a non farlo. Azione: reset forzato. Ticket ⟦TICKET⟧.""")
t("call-summary", "it", """Riepilogo automatico: il cliente ⟦NAME⟧ chiede il cambio del conto di addebito. Nuovo IBAN dettato: ⟦IBANIT⟧. Vecchio IBAN: ⟦MIBAN⟧.""")
t("call-summary", "it", """Sintesi chiamata ⟦UUID⟧: cliente chiede stato pagamento ⟦PAY⟧ di ⟦AMOUNT⟧ del ⟦DATE⟧. Nessun dato sensibile raccolto. Richiamare al ⟦PHONE⟧.""")
t("call-summary", "it", """Riepilogo: il cliente ha letto il codice OTP ricevuto (⟦OTPSP⟧) e il PIN della carta (⟦PINSP⟧). Segnalato al responsabile privacy.""")
t("call-summary", "en", """Call summary (auto-generated)
Reason: API key not working. Customer read the key aloud: ⟦AT⟧. Advised to rotate. Ticket ⟦TICKET⟧.""")
t("call-summary", "en", """Summary of call ⟦UUID⟧: customer asked about invoice ⟦INV⟧ (⟦AMOUNT⟧). Payment ⟦PAY⟧ confirmed. No card data taken. Callback ⟦PHONE⟧.""")
t("call-summary", "en", """Auto summary: caller provided card ⟦CARD⟧ (exp ⟦EXP⟧) and the CVV ⟦CVV⟧ to pay invoice ⟦INV⟧ by phone.""")
t("call-summary", "en", """Call notes: customer's refresh token keeps expiring. Reproduced with task ⟦TASK⟧, trace ⟦TRACE⟧. No credentials shared during the call.""")
t("asr-errors", "it", """[Trascrizione con errori di riconoscimento]
"...allora la pass word e ⟦PWSP⟧... no, ripeto, ⟦PWSP#1⟧, con la maiuscola all'inizio..."
Operatore: "grazie, però non me la deve dire".""")
t("asr-errors", "it", """[ASR] cliente: "il numero è quattro mila... no scusi: ⟦CARDSP⟧" operatore: "e la scadenza?" cliente: "⟦EXP⟧" """)
t("asr-errors", "it", """[ASR, bassa confidenza] "il codice del bonifico è ⟦UUID⟧... cioè il CRO, non lo so, c'è scritto così sulla ricevuta" — importo ⟦AMOUNT⟧""")
t("asr-errors", "en", """[ASR low confidence] "so the pass code is ⟦PINSP⟧ — or was it... yes, ⟦PINSP#1⟧" """)
t("asr-errors", "en", """[ASR] caller: "the secret starts with c s underscore live and then ⟦CS⟧" agent: "please stop there" """)
t("asr-errors", "en", """[ASR] "my order number is ⟦ORDER⟧, and the phone, ⟦PHONESP⟧, and the amount was ⟦AMOUNT⟧" """)

# ======================================================= extra templates for rarer kinds
t("github-issue", "it", """### Deploy fallisce: chiave SSH non valida
Ho incollato nel segreto del CI questa chiave (generata apposta, la butto dopo):
```
⟦PK⟧
```
Errore: `Load key "deploy_key": invalid format`. Commit ⟦COMMIT⟧.""")
t("meeting-notes", "en", """Pairing notes ⟦DATE⟧
- we generated a throwaway signing key for the staging webhook:
⟦PK⟧
- TODO: move to the vault, delete from these notes""")
t("call-summary", "it", """Riepilogo chiamata: il cliente ha incollato in chat la chiave privata del certificato client:
⟦PK⟧
Consigliato di revocare il certificato. Ticket ⟦TICKET⟧.""")
t("forum", "en", """Anyone else getting "invalid_grant" with mTLS? My client key (dev only):
⟦PK⟧
Cert serial ⟦COMMIT⟧.""")
t("mobile-autocorrect", "it", """La chiave di ⟦CO⟧ per le mappe è ⟦VKN⟧ ma dice quota superata, potete controllare? scrivo dal telefono""")
t("non-native", "en", """Hello, I send you our ⟦VKN⟧ because the integration with your system not work. Please check quickly.""")
t("postmortem", "en", """Timeline: ⟦TIME⟧ secret scanner flagged ⟦VKN⟧ in ticket ⟦TICKET⟧; ⟦TIME#2⟧ key revoked by the customer; ⟦TIME#3⟧ ticket text redacted.""")
t("machine-translation", "it", """[tradotto] La nostra ⟦VKN⟧ è stata inserita nel vostro pannello integrazioni. È necessario altro? ID richiesta ⟦UUID⟧""")
t("call-transcript", "en", """[00:03:10] Caller: the Twilio thing, the key, it's ⟦VK⟧ — I'm reading it off the screen
[00:03:25] Agent: Please revoke that one after the call. Your trace id is ⟦TRACE⟧.""")
t("voicemail", "it", """Segreteria: "Ciao, ti lascio il refresh token che mi hai chiesto, te lo detto lettera per lettera domani, intanto guarda il ticket ⟦TICKET⟧ e la richiesta ⟦UUID⟧." """)
t("stackoverflow", "en", """Q: Cookie-based session not persisted

Response header: `Set-Cookie: session=⟦SID⟧; Path=/; HttpOnly; Secure`
Next request sends no cookie. Express ⟦VER⟧.""")
t("github-issue", "it", """### Sessione che scade subito
Cookie ricevuto: `sid=⟦SID⟧` alle ⟦TIME⟧, richiesta successiva 401 alle ⟦TIME#2⟧. Trace ⟦TRACE⟧.""")
t("call-transcript", "it", """[00:02:40] Cliente: la password di accesso al portale della banca è ⟦PW⟧, può entrare lei a vedere il bonifico?
[00:02:48] Operatore: no, non posso e non deve darmela. Cambi subito la password per favore.""")
t("complaint-letter", "en", """Dear team, our customer received a refund to the wrong account. The correct details are: ⟦BANKDE⟧, IBAN ⟦IBAN⟧. Reference ⟦PAY⟧.""")
t("meeting-notes", "it", """Note passaggio di consegne ⟦DATE⟧
- refresh token del connettore contabilità (scade a fine mese): ⟦RT⟧
- client ⟦CID⟧, secret nel vault""")
t("asr-errors", "en", """[ASR] "the last four of the card are ⟦N⟧... no, the full number is ⟦CARDSP⟧, expiry ⟦EXP⟧, and the code ⟦CVVSP⟧" """)
