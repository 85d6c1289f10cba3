# -*- coding: utf-8 -*-
"""More negative templates, weighted towards Italian."""

T = []


def N(lang, style, body, n=2, wrap=None):
    T.append(("N", lang, style, body, n, wrap))


# ------------------------------------------------ IT prose with look-alikes
N("it", "migrated-ticket", """Buongiorno, il POS ha stampato lo scontrino ma il pagamento non risulta sul portale. Dati dello scontrino:
CARTA ⟦mcard⟧
STAN ⟦build⟧⟦num⟧  RRN ⟦epoch⟧⟦ext⟧
COD. AUT. ⟦short|up⟧
IMPORTO ⟦euro⟧
Data ⟦data⟧ ore ⟦ora⟧""", wrap="prose")
N("it", "migrated-ticket", """Il cliente riceve l'errore ⟦err⟧ quando prova a inserire il PIN sul terminale. Modello terminale: Ingenico Move/5000, firmware ⟦ver⟧, matricola ⟦build⟧⟦build2⟧.""", wrap="prose")
N("it", "migrated-ticket", """Vi segnalo che nella vostra documentazione l'esempio di IBAN "IT00 X000 0000 0000 0000 0000 000" viene accettato dal validatore della sandbox. Non dovrebbe essere rifiutato?""", wrap="prose")
N("it", "migrated-ticket", """Domanda: il codice OTP è sempre di 6 cifre oppure può essere di 8? Il nostro campo di input accetta solo 6 caratteri e alcuni clienti dicono di ricevere codici più lunghi.""", wrap="prose")
N("it", "migrated-ticket", """Abbiamo notato che il campo "CVV" nel vostro iframe accetta anche 4 cifre per le carte Visa. È voluto? Per Amex è giusto 4, per le altre dovrebbero essere 3.""", wrap="prose")
N("it", "migrated-ticket", """Il bonifico istantaneo verso l'IBAN che termina con ⟦ext⟧ è stato respinto con codice AC01 ("IBAN errato"). Il cliente ha ricontrollato e dice che è giusto. Id pagamento ⟦payid⟧, data ⟦data⟧.""", wrap="prose")
N("it", "migrated-ticket", """Salve, l'estratto conto riporta un movimento con causale "⟦payid⟧ ⟦azienda⟧" di ⟦euro⟧ che non riconosciamo. Potete dirci a cosa si riferisce? Numero cliente ⟦build⟧.""", wrap="prose")
N("it", "migrated-ticket", """Il nostro BIC è ⟦bic⟧ e l'ABI ⟦abi⟧: il vostro sistema dice che non corrispondono. È un problema vostro o della banca? Non abbiamo cambiato conto.""", wrap="prose")
N("it", "migrated-ticket", """Buonasera, il numero verde ⟦tel⟧ risulta sempre occupato. Avrei bisogno di parlare con qualcuno per la pratica ⟦pratica⟧ (rimborso di ⟦euro⟧ del ⟦data⟧).""", wrap="prose")
N("it", "migrated-ticket", """La fattura elettronica ⟦fattura⟧ è stata scartata dallo SDI con codice 00404 (fattura duplicata). P.IVA cedente ⟦piva⟧. Ci dite come procedere?""", wrap="prose")
N("it", "migrated-ticket", """Da quando abbiamo aggiornato il plugin alla versione ⟦ver⟧ compare "token mancante" nella pagina di checkout. Nella configurazione il campo token è compilato (l'ho ricontrollato due volte, non lo incollo qui).""", wrap="prose")
N("it", "migrated-ticket", """Il corriere ha consegnato il nuovo lettore di carte (spedizione ⟦tracking⟧) ma nella scatola non c'è la lettera con il PIN di attivazione. È normale che arrivi separata?""", wrap="prose")
N("it", "migrated-ticket", """Ho provato a registrare la carta di prova ⟦badcard⟧ ma il form dice "numero non valido". Ho sbagliato a copiarla dalla documentazione?""", wrap="prose")
N("it", "migrated-ticket", """Per il test ci avete dato il codice esercente ⟦build⟧⟦num⟧ e il terminale ⟦teamid⟧. Manca solo la configurazione del webhook, l'URL è https://⟦domain⟧/hooks/pagamenti porta ⟦port⟧.""", wrap="prose")
N("it", "migrated-ticket", """Ciao, nell'export dei movimenti i numeri di carta sono tutti come "⟦mcard⟧". Si può avere almeno il BIN (prime 6 cifre) per le statistiche? Il resto ovviamente no.""", wrap="prose")
N("it", "migrated-ticket", """Il cliente dice di aver ricevuto un SMS con un codice che non aveva richiesto. Non ce l'ha comunicato (bene). Potrebbe essere un tentativo di accesso da parte di terzi? Utente ⟦email⟧.""", wrap="prose")
N("it", "migrated-ticket", """La chiamata a /v1/conti risponde 429 dopo circa ⟦num⟧ richieste al minuto. Header ricevuti: X-RateLimit-Limit: 60, X-RateLimit-Remaining: 0, Retry-After: 30, X-Request-Id: ⟦uuid⟧.""", wrap="prose")
N("it", "migrated-ticket", """[Nota migrata] Il cliente aveva incollato la password nel ticket originale. Il contenuto è stato oscurato dall'operatore prima della migrazione: "password: ********".""", wrap="prose")
N("it", "migrated-ticket", """Buongiorno, ho cambiato la password del portale stamattina e adesso l'app mobile continua a chiedermi di accedere. Devo reinstallarla? Versione ⟦ver⟧ su iPhone.""", wrap="prose")
N("it", "migrated-ticket", """Per la riconciliazione ci serve sapere a quale ordine corrisponde il movimento con CRO ⟦build⟧⟦build2⟧⟦ext⟧ e importo ⟦euro⟧ del ⟦data⟧.""", wrap="prose")

N("it", "forwarded-mail", """Gentile cliente,
la Sua richiesta di rimborso n. ⟦pratica⟧ è stata accolta. L'importo di ⟦euro⟧ sarà accreditato entro 10 giorni lavorativi sul conto già registrato (IBAN ⟦miban⟧).""", wrap="prose")
N("it", "forwarded-mail", """Buongiorno,
Vi ricordiamo che il certificato del Vostro endpoint scade il ⟦data⟧. Per il rinnovo caricate la nuova CSR dal portale. Impronta attuale: ⟦fp⟧.""", wrap="prose")
N("it", "forwarded-mail", """ATTENZIONE: tentativo di phishing in corso. Stanno circolando email a nome nostro che chiedono di "confermare il codice dispositivo". Non rispondete e non cliccate sui link. Segnalazioni a sicurezza@⟦domain⟧.""", wrap="prose")
N("it", "forwarded-mail", """Ciao a tutti,
da lunedì il vecchio helpdesk viene spento. I ticket aperti sono stati migrati (⟦num⟧ in totale); gli allegati più grandi di 10 MB no. Se trovate caratteri strani negli accenti è un problema noto della migrazione.""", wrap="prose")

# ------------------------------------------------ IT notes / colleague
N("it", "colleague-note", """ho cambiato la pwd del mio utente, quella vecchia nn va più. se vi arriva un alert è per quello""")
N("it", "colleague-note", """x la demo usate la carta di test della documentazione, nn le vostre personali mi raccomando""")
N("it", "colleague-note", """il cliente ha mandato la foto della carta, l'ho cancellata e gli ho risposto con il template standard""")
N("it", "colleague-note", """raga il codice OTP del cliente NON si chiede mai, nemmeno se insiste. ditelo anche ai nuovi""")
N("it", "colleague-note", """l'iban del fornitore è in anagrafica, nn chiedetelo a me. io ho solo il BIC: ⟦bic⟧""")
N("it", "colleague-note", """build ⟦build⟧ ok, commit ⟦short⟧, tag v⟦ver⟧. chi lo testa?""")
N("it", "colleague-note", """il numero del tecnico è ⟦tel⟧, chiamalo tu che io ho finito i giga""")
N("it", "colleague-note", """ordine ⟦order⟧ spedito con ⟦tracking⟧, arriva giovedì""")
N("it", "colleague-note", """token scaduto di nuovo?? ma quanto dura, 15 min? mettiamo il refresh automatico e basta""")
N("it", "colleague-note", """cod. disp. bloccato dopo 3 tentativi sbagliati, il cliente deve andare in filiale. nn possiamo fare niente noi""")
N("it", "colleague-note", """nr conto? nn serve, basta l'IBAN. digli di mandarlo dal modulo sicuro""")
N("it", "colleague-note", """la psw nuova deve avere almeno 12 caratteri, un numero e un simbolo, sennò il portale la rifiuta""")
N("it", "colleague-note", """ué, il colore del bottone è ⟦hexcol⟧ o ⟦hexcol2⟧? il cliente si lamenta che nn si vede""")
N("it", "handover", """passaggio consegne ⟦data⟧
- ticket ⟦ticket⟧ e ⟦ticket2⟧ in attesa della banca
- deploy ⟦ver⟧ rimandato a domani
- nessuna credenziale cambiata
- ⟦first⟧ in ferie fino al ⟦data2⟧""")
N("it", "handover", """consegne turno notte
- alert 5xx alle ⟦ora⟧, rientrato da solo (trace ⟦trace⟧)
- un cliente ha scritto il PIN in chat: messaggio cancellato, cliente avvisato di cambiarlo
- coda rimborsi: ⟦num⟧ pratiche""")
N("it", "accountant-note", """Scadenziario fornitori settimana ⟦num⟧:
⟦azienda⟧ – ⟦fattura⟧ – ⟦euro⟧ – scad. ⟦data⟧
⟦azienda2⟧ – ⟦fattura2⟧ – ⟦euro2⟧ – scad. ⟦data2⟧
Pagamenti da disporre dal conto principale (coordinate in anagrafica).""")
N("it", "accountant-note", """F24 di ⟦data⟧: ⟦euro⟧, codice tributo 1001, anno di riferimento ⟦num⟧. Quietanza n. ⟦build⟧⟦build2⟧. Addebito sul conto che termina con ⟦ext⟧.""")
N("it", "call-notes", """⟦ora⟧ – ⟦nome⟧, chiede stato rimborso ⟦pratica⟧. Comunicato che è in lavorazione, accredito previsto il ⟦data⟧. Nessun dato di pagamento richiesto. Tel richiamata ⟦tel⟧.""")
N("it", "call-notes", """Cliente agitato: dice di aver comunicato il codice dell'SMS a un finto operatore. Consigliato di bloccare subito la carta al numero ⟦tel⟧ e di sporgere denuncia. Pratica frode ⟦pratica⟧.""")
N("it", "call-notes", """Chiamata ⟦ora⟧ – il cliente voleva cambiare il PIN per telefono. Spiegato che si può fare solo da ATM o app. Chiusa.""")

# ------------------------------------------------ IT sloppy / caps / typos
N("it", "sloppy", """NON RIESCO A CAMBIARE IL PIN DALL'APP MI DA ERRORE ⟦err⟧ AIUTO""")
N("it", "sloppy", """ho sbaglaito il codce 3 volte adesso e bloccato,come si sblocca""")
N("it", "sloppy", """nn mi arriva l sms x il bonifco, ho il numero ⟦tel⟧ giusto, cosa devo fare""")
N("it", "sloppy", """PRATICA ⟦pratica⟧ RIMBORSO ⟦euro⟧ ANCORA NIENTE DOPO 3 SETTIMANE!!!""")
N("it", "sloppy", """la passwrod la so ma nn mi fa entrare lo stesso, forse e il browser?""")
N("it", "sloppy", """ilrimborsodell'ordine⟦order⟧nonèarrivato (scusate il telefono scrive attaccato)""")

# ------------------------------------------------ IT letters / forms
N("it", "bank-letter", """Oggetto: conferma variazione domiciliazione
Gentile ⟦nome⟧,
Le confermiamo che dal ⟦data⟧ le utenze saranno addebitate sul nuovo conto da Lei indicato (IBAN ⟦miban⟧). Riferimento mandato ⟦mandate⟧, creditore ⟦credid⟧.""")
N("it", "bank-letter", """AVVISO DI SCADENZA CARTA
La Sua carta ⟦mcard⟧ scade il ⟦exp⟧. La nuova carta Le sarà spedita all'indirizzo di residenza; il PIN resterà invariato.
Servizio clienti ⟦tel⟧ – lun/ven 8-20""")
N("it", "sepa-mandate", """REVOCA MANDATO SDD
Il sottoscritto ⟦nome⟧ revoca il mandato ⟦mandate⟧ rilasciato a favore di ⟦azienda⟧ (identificativo creditore ⟦credid⟧) a far data dal ⟦data⟧.
Firma ____________""")
N("it", "invoice", """FATTURA ⟦fattura⟧ del ⟦data⟧
Cedente: ⟦azienda⟧ – P.IVA ⟦piva⟧
Cessionario: ⟦azienda2⟧ – P.IVA ⟦piva2⟧
Imponibile ⟦euro⟧ – IVA 22% – Totale ⟦euro2⟧
Modalità di pagamento: bonifico bancario (coordinate nel contratto)
Scadenza: ⟦data2⟧""")
N("it", "pos-receipt", """⟦azienda⟧
⟦city⟧
ACQUISTO
CARTA ⟦mcard⟧
A.I.I.C. ⟦build⟧⟦num⟧
TML ⟦build2⟧  STAN ⟦ext⟧⟦num2⟧
OPER. ⟦build3⟧  AUT. ⟦short|up⟧
IMPORTO ⟦euro⟧
TRANSAZIONE ESEGUITA""")
N("it", "sepa-xml", """<CdtTrfTxInf>
  <PmtId><EndToEndId>⟦payid⟧</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">⟦num⟧.50</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>⟦bic⟧</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>⟦azienda⟧</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>XXXXXXXXXXXXXXXXXXXXXXXXXXX</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Fattura ⟦fattura⟧</Ustrd></RmtInf>
</CdtTrfTxInf>
(ho mascherato l'IBAN prima di mandarlo)""")

# ------------------------------------------------ IT tech
N("it", "powershell", r"""# verifica certificato del gateway
$cert = Get-ChildItem Cert:\LocalMachine\My | Where-Object { $_.Thumbprint -eq "⟦sha|up⟧" }
$cert.NotAfter
Test-NetConnection ⟦host⟧ -Port ⟦port⟧""", wrap="code")
N("it", "appsettings", """{
  "Pagamenti": {
    "UrlBase": "https://⟦host⟧",
    "ClientId": "⟦cidslug⟧",
    "ClientSecret": "${CLIENT_SECRET}",
    "TimeoutSecondi": 30,
    "Lingua": "it-IT"
  }
}""", wrap="code")
N("it", "web-config", """<appSettings>
  <add key="Ambiente" value="Collaudo" />
  <add key="ClientSecret" value="__CLIENT_SECRET__" />
  <add key="Versione" value="⟦ver⟧" />
</appSettings>
<!-- il valore viene sostituito in fase di rilascio dalla pipeline -->""", wrap="code")
N("it", "kotlin", """// il token non sta mai nel codice: lo legge dal Keystore
val token = secureStore.get("access_token") ?: return
val richiesta = Request.Builder()
    .url("https://⟦host⟧/v1/saldo")
    .header("Authorization", "Bearer $token")
    .header("X-Request-Id", "⟦uuid⟧")
    .build()""", wrap="code")
N("it", "swift", """// PIN verificato lato server, qui solo lunghezza
guard pin.count >= 4 && pin.count <= 6 else { mostraErrore("PIN non valido"); return }
let colore = UIColor(hex: "⟦hexcol⟧")
Logger.info("verifica pin richiesta id ⟦uuid⟧")""", wrap="code")
N("it", "crash-log", """Eccezione non gestita: System.TimeoutException: l'operazione ha superato il tempo limite di 00:00:30
   in Pagamenti.Client.Get(String url) – url: https://⟦host⟧/v1/conti?pagina=2
   in Pagamenti.Sync.Run()
Versione ⟦ver⟧, build ⟦build⟧, id correlazione ⟦corr⟧""", wrap="code")
N("it", "terraform", """resource "azurerm_key_vault_secret" "psd2" {
  name         = "psd2-client-secret"
  value        = var.psd2_client_secret   # arriva da TF_VAR_psd2_client_secret
  key_vault_id = azurerm_key_vault.principale.id
}""", wrap="code")
N("it", "ansible", """- name: crea utente applicativo
  user:
    name: pagamenti
    password: "{{ vault_password_pagamenti | password_hash('sha512') }}"
    shell: /bin/bash""", wrap="code")
N("it", "helm-values", """gateway:
  clientId: ⟦cidslug⟧
  # il secret sta nel Secret "gateway-cred", chiave client-secret
  existingSecret: gateway-cred
  replicaCount: 3
  image: registry.⟦domain⟧/gateway@⟦digest⟧""", wrap="code")
N("it", "env", """# .env.esempio
URL_API=https://⟦host⟧
CLIENT_ID=il_tuo_client_id
CLIENT_SECRET=il_tuo_client_secret
TOKEN=
PORTA=⟦port⟧""", wrap="code")
N("it", "http-dump", """POST /oauth/token HTTP/1.1
Host: ⟦host⟧
Authorization: Basic <base64 di client_id:client_secret>
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&scope=conti
(questo è l'esempio della vostra documentazione, il nostro è uguale ma con i valori veri)""", wrap="code")
N("it", "graphql", """query Movimenti($conto: ID!) {
  conto(id: $conto) { saldo movimenti(ultimi: 10) { id importo data } }
}
# variabili: { "conto": "⟦uuid⟧" }""", wrap="code")
N("it", "grpc", """$ grpcurl -plaintext -d '{"id_pagamento":"⟦payid⟧"}' localhost:⟦port⟧ pagamenti.v1.Pagamenti/Stato
{
  "stato": "ESEGUITO",
  "idTraccia": "⟦corr⟧⟦corr2⟧"
}""", wrap="code")
N("it", "bruno", """meta {
  name: Saldo conto
  type: http
}
get {
  url: {{baseUrl}}/v1/conti/{{idConto}}/saldo
  auth: bearer
}
auth:bearer {
  token: {{token}}
}""", wrap="code")
N("it", "tsv", """Data\tDescrizione\tDare\tAvere\tSaldo
⟦data⟧\tBonifico ⟦azienda⟧\t\t⟦euro⟧\t⟦euro2⟧
⟦data2⟧\tPOS ⟦azienda2⟧ carta ⟦mcard⟧\t⟦euro3⟧\t\t⟦euro4⟧
⟦data3⟧\tCommissioni\t⟦euro5⟧\t\t⟦euro6⟧""")
N("it", "tsv", """Cognome e nome\tTelefono\tEmail\tNote
⟦nome⟧\t⟦tel⟧\t⟦email⟧\tha chiesto reset password
⟦nome2⟧\t⟦tel2⟧\t⟦email2⟧\tOTP non ricevuto
⟦nome3⟧\t⟦tel3⟧\t⟦email3⟧\tcarta bloccata""")
N("it", "wiki", """= Carte di test (sandbox) =
Le carte di test valide sono elencate nella documentazione pubblica del circuito; qui teniamo solo i casi negativi, che DEVONO essere rifiutati:
* ⟦badcard⟧ – Luhn errato
* ⟦badcard2⟧ – Luhn errato
* IBAN con cifre di controllo sbagliate: ⟦badiban⟧
CVV: qualsiasi valore di 3 cifre; scadenza: qualsiasi data futura.""")
N("it", "wiki", """= Glossario =
* PIN: codice personale della carta, mai richiesto dal supporto.
* OTP: codice usa e getta inviato via SMS o app.
* CVV/CVC: codice di sicurezza sul retro della carta.
* Client secret: credenziale dell'applicazione, sta nel vault.
* ABI/CAB: codici della banca e della filiale (es. ABI ⟦abi⟧, CAB ⟦cab⟧): da soli non identificano un conto.
* BIC: codice internazionale della banca (es. ⟦bic⟧).""")
N("it", "changelog", """v⟦ver⟧ (⟦data⟧)
- migrazione ticket dal vecchio helpdesk: convertite le entità HTML (&egrave; &agrave; &nbsp;)
- corretto il rilevamento della codifica (UTF-8 vs Windows-1252) che produceva "Ã¨" al posto di "è"
- rimossi gli allegati vuoti (⟦num⟧ file)
commit ⟦sha⟧""")
N("it", "machine-translated", """[Tradotto automaticamente dal francese] Buongiorno, vi inviamo la nostra identità bancaria per posta raccomandata. Il numero di tracciamento è ⟦tracking⟧. Non è possibile inviarla per email per ragioni di sicurezza.""")
N("it", "machine-translated", """[Traduzione automatica dall'inglese] La tua parola d'ordine deve contenere almeno dodici caratteri. Il gettone di accesso scade dopo quindici minuti. Non condividere mai il tuo numero di identificazione personale.""")

# ------------------------------------------------ EN extras
N("en", "pos-receipt", """⟦company⟧
⟦ecity⟧
SALE
CARD ⟦mcard⟧
AID A000000003101⟦ext⟧
TID ⟦build⟧  MID ⟦build2⟧⟦num⟧
AUTH CODE ⟦short|up⟧
AMOUNT ⟦amount⟧
PIN VERIFIED
THANK YOU""")
N("en", "migrated-ticket", """The terminal shows error ⟦err⟧ when customers enter their PIN. Model: Verifone V200c, firmware ⟦ver⟧, serial ⟦build⟧⟦build2⟧.""", wrap="prose")
N("en", "migrated-ticket", """Question: is the OTP always 6 digits or can it be 8? Our input field only accepts 6 characters and some customers report longer codes.""", wrap="prose")
N("en", "migrated-ticket", """Your iframe's CVV field accepts 4 digits for Visa cards. Is that intentional? 4 is right for Amex, but everything else should be 3.""", wrap="prose")
N("en", "migrated-ticket", """An instant payment to the IBAN ending ⟦ext⟧ was rejected with AC01 ("incorrect account number"). Customer double-checked. Payment id ⟦payid⟧, ⟦date⟧.""", wrap="prose")
N("en", "migrated-ticket", """Since updating the plugin to ⟦ver⟧ checkout shows "missing token". The token field in the settings is filled in (checked twice, not pasting it here).""", wrap="prose")
N("en", "migrated-ticket", """[Migrated note] The customer had pasted their password into the original ticket. The agent redacted it before migration: "password: [REDACTED]".""", wrap="prose")
N("en", "migrated-ticket", """For reconciliation we need to know which order matches the payment with end-to-end id ⟦payid⟧, ⟦amount⟧, ⟦date⟧.""", wrap="prose")
N("en", "migrated-ticket", """We get 429 after roughly ⟦num⟧ requests a minute. Headers: X-RateLimit-Limit: 60, X-RateLimit-Remaining: 0, Retry-After: 30, X-Request-Id: ⟦uuid⟧.""", wrap="prose")
N("en", "colleague-note", """changed my pw this morning so ignore the lockout alert""")
N("en", "colleague-note", """never ask a customer for their OTP, even if they insist. tell the new starters pls""")
N("en", "colleague-note", """sort code ⟦uksort⟧ is the ⟦ecity⟧ branch right? customer just wants the branch address, we already have the account on file""")
N("en", "handover", """handover ⟦date⟧
- ⟦ticket⟧ / ⟦ticket2⟧ waiting on the bank
- ⟦ver⟧ deploy pushed to tomorrow
- no credentials changed
- ⟦efirst⟧ off until ⟦date2⟧""")
N("en", "call-notes", """Caller says they read the text code to a fake "bank employee". Advised to freeze the card on ⟦phone⟧ and report it. Fraud case ⟦pratica⟧.""")
N("en", "invoice", """INVOICE ⟦invoice⟧   Date ⟦date⟧
From: ⟦company⟧, VAT GB⟦build⟧⟦num⟧⟦ext⟧
To: ⟦company2⟧
Net ⟦amount⟧  VAT 20%  Total ⟦amount2⟧
Payment: bank transfer to the account in our contract. Due ⟦date2⟧.""")
N("en", "sepa-xml", """<CdtTrfTxInf>
  <PmtId><EndToEndId>⟦payid⟧</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">⟦num⟧.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>⟦bic⟧</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>⟦company⟧</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>[REDACTED]</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>""")
N("en", "wiki", """h2. Glossary
* PIN – the cardholder's personal code. Support never asks for it.
* OTP – one-time code sent by text or app.
* CVV/CVC – the security code on the back of the card.
* Client secret – application credential, lives in the vault.
* Sort code – identifies a branch (e.g. ⟦uksort⟧); on its own it does not identify an account.
* BIC – e.g. ⟦bic⟧.""")
N("en", "wiki", """h2. Test cards that must be REJECTED
* ⟦badcard⟧ – bad Luhn digit
* ⟦badcard2⟧ – bad Luhn digit
* IBAN with wrong check digits: ⟦badiban⟧
Valid test cards are in the public scheme docs; don't copy them here.""")
N("en", "swift", """// the PIN is verified server-side; only length is checked here
guard pin.count >= 4, pin.count <= 6 else { showError("Invalid PIN"); return }
let brand = UIColor(hex: "⟦hexcol⟧")
logger.info("pin check request ⟦uuid⟧")""", wrap="code")
N("en", "crash-log", """Unhandled exception. System.TimeoutException: The operation has timed out.
   at Payments.Client.Get(String url) in C:\\build\\⟦short⟧\\Client.cs:line 88
   at Payments.Sync.Run()
Version ⟦ver⟧, build ⟦build⟧, correlation id ⟦corr⟧""", wrap="code")
N("en", "http-dump", """POST /oauth/token HTTP/1.1
Host: ⟦host⟧
Authorization: Basic <base64(client_id:client_secret)>
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&scope=accounts
(that's the example from your docs; ours is identical apart from the real values)""", wrap="code")
N("en", "base64-note", """The webhook body arrives base64-encoded, e.g. "⟦btxt⟧" – decoding it gives plain JSON. Is that expected? Delivery id ⟦uuid⟧.""", wrap="prose")
N("it", "base64-note", """Il campo "payload" del webhook arriva in base64, tipo "⟦btxt⟧", che decodificato è un JSON normale. È previsto? Id consegna ⟦uuid⟧.""", wrap="prose")
N("en", "tsv", """Date\tDescription\tDebit\tCredit\tBalance
⟦date⟧\tTransfer ⟦company⟧\t\t⟦amount⟧\t⟦amount2⟧
⟦date2⟧\tCard ⟦mcard⟧ ⟦company2⟧\t⟦amount3⟧\t\t⟦amount4⟧
⟦date3⟧\tFees\t⟦amount5⟧\t\t⟦amount6⟧""")
N("en", "git-diff", """diff --git a/config/settings.py b/config/settings.py
index ⟦short⟧..⟦short2⟧ 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,7 +12,7 @@
-CLIENT_SECRET = os.environ.get("CLIENT_SECRET", "changeme")
+CLIENT_SECRET = os.environ["CLIENT_SECRET"]  # no default: fail fast
 TOKEN_TTL = 900""", wrap="code")
N("it", "git-diff", """diff --git a/app/config.js b/app/config.js
--- a/app/config.js
+++ b/app/config.js
@@ -3,5 +3,5 @@
-  apiKey: 'INSERIRE_CHIAVE',
+  apiKey: process.env.API_KEY,
   timeout: 30000,""", wrap="code")
