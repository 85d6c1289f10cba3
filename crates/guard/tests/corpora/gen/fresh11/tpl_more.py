# -*- coding: utf-8 -*-
"""More positive templates, weighted towards Italian and towards the kinds
that need many instances (pin, cvv, bank_account, private_key,
refresh_token)."""

T = []


def P(lang, style, body, n=2, wrap=None):
    T.append(("P", lang, style, body, n, wrap))


# ------------------------------------------------------------------ PIN (it)
P("it", "migrated-ticket", """Buongiorno, vi scrivo perché il kit di firma digitale consegnato al nostro amministratore conteneva la busta cieca con PIN ⟦pin⟧ e PUK ⟦otpl⟧, ma la smart card risulta bloccata già al primo utilizzo. Cosa possiamo fare?""", wrap="prose")
P("it", "handover", """VERBALE DI CONSEGNA
Consegnato a ⟦nome⟧ il token fisico s/n ⟦build⟧-⟦num⟧ per l'accesso al remote banking.
PIN iniziale: ⟦pin⟧ (da cambiare al primo utilizzo)
Firma per ricevuta: __________""")
P("it", "forwarded-mail", """Ciao ⟦first⟧, benvenuta! Ti è stata assegnata la carta aziendale che trovi in busta chiusa alla reception. Il PIN provvisorio è ⟦pin⟧, cambialo dal primo ATM che trovi. Per le note spese segui la procedura sulla intranet.""", wrap="prose")
P("it", "colleague-note", """il codice della chiavetta adesso è ⟦otp⟧ ma cambia ogni 30 secondi quindi sbrigati""")
P("it", "colleague-note", """ti detto il numerino dell'SMS: ⟦otp|sp⟧. fai presto che scade""")
P("it", "migrated-ticket", """[Nota interna migrata] Il cliente ha confermato al telefono il codice di sicurezza ricevuto sull'app, ⟦otp⟧, e chiede di sbloccare il bonifico da ⟦euro⟧ verso ⟦nome⟧.""", wrap="prose")
P("it", "sloppy", """codice otp ⟦otp|fw⟧ (l'ho copiato dal telefono, vedete voi se va bene)""")
P("it", "migrated-ticket", """Salve, il mio cod. disp. personale è ⟦pin⟧ ma il portale chiede 8 cifre. Devo aggiungere degli zeri davanti?""", wrap="prose")
P("it", "call-notes", """⟦ora⟧ sig. ⟦nome⟧: voleva sapere se il PIN ⟦pin⟧ che gli è arrivato per posta va bene anche per il contactless sopra i 50 euro. Spiegato che sì, e che non deve dirlo a nessuno, nemmeno a noi. Annotato qui solo perché richiesto dal supervisore (da oscurare).""")
P("it", "colleague-note", """psw app ok, ma poi chiede il codice di conferma a 6 cifre: ⟦otp⟧ è quello che è arrivato adesso al cell aziendale""")
P("it", "machine-translated", """[Tradotto automaticamente] Ciao, il codice di passaggio una volta è ⟦otp⟧. Prego inserire prima della scadenza.""")
P("it", "sloppy", """ECCO IL CODICE CHE MI È ARRIVATO ⟦otp⟧ ADESSO POSSO FARE IL BONIFICO?""")
P("it", "migrated-ticket", """Vi inoltro l'SMS che ho ricevuto così vedete che non è partito da me:
"⟦azienda⟧: il codice per autorizzare il pagamento di ⟦euro⟧ è ⟦otp⟧. Non comunicarlo a nessuno."
Io non ho fatto nessun acquisto!""", wrap="prose")
P("it", "accountant-note", """chiavetta O-Key ufficio amministrazione
numero seriale ⟦build⟧⟦ext⟧
codice di sblocco ⟦pin⟧
NB: dopo 3 errori si blocca e bisogna andare in filiale""")

# ------------------------------------------------------------------ PIN (en)
P("en", "migrated-ticket", """Hi, the replacement card reader arrived but it asks for the merchant PIN before it will pair. The letter says the PIN is ⟦pin⟧ and it's rejected every time. Terminal serial ⟦build⟧⟦num⟧.""", wrap="prose")
P("en", "colleague-note", """authenticator's showing ⟦otp⟧ right now, quick before it rolls over""")
P("en", "forwarded-mail", """Welcome aboard ⟦efirst⟧! Your corporate card is in a sealed envelope at reception. Temporary PIN: ⟦pin⟧ – change it at the first ATM you find. Expenses policy is on the intranet.""", wrap="prose")
P("en", "migrated-ticket", """Forwarding the text I received so you can see it wasn't me:
"⟦company⟧: your code to approve a payment of ⟦amount⟧ is ⟦otp⟧. Never share this code."
I haven't bought anything!""", wrap="prose")
P("en", "call-notes", """⟦ora⟧ ⟦name⟧ – read back the code from the text, ⟦otp|dash⟧, and asked us to push the transfer through manually. Declined, advised to retry in app. Noting the code only because QA asked for the full transcript.""")
P("en", "sloppy", """HERE IS THE CODE I GOT ⟦otp⟧ CAN I DO THE TRANSFER NOW""")
P("en", "machine-translated", """[Translated from Italian] Hello, the code of the little key is ⟦pin⟧ but after three errors it blocks itself. The serial number is ⟦build⟧.""")
P("en", "handover", """HANDOVER RECEIPT
Hardware token s/n ⟦build⟧-⟦num⟧ handed to ⟦name⟧ for remote banking access.
Initial PIN: ⟦pin⟧ (change on first use)
Signed: __________""")
P("en", "migrated-ticket", """The smart card for e-signing came with a PIN mailer: PIN ⟦pin⟧, PUK ⟦otpl⟧. Card is already blocked on first use. What now?""", wrap="prose")

# ------------------------------------------------------------------ CVV (it)
P("it", "booking-form", """MODULO DI AUTORIZZAZIONE CARTA DI CREDITO – Hotel ⟦azienda⟧
Ospite: ⟦nome⟧
Arrivo: ⟦data⟧   Partenza: ⟦data2⟧
Tipo carta: Visa / Mastercard
Numero carta: ⟦card⟧
Scadenza: ⟦exp⟧     CVV2: ⟦cvv⟧
Importo autorizzato: ⟦euro⟧
Firma del titolare: ____________""")
P("it", "phone-order", """ORDINE TELEFONICO n. ⟦order⟧
cliente ⟦nome⟧ – ⟦tel⟧
pagamento: carta ⟦card⟧, scad ⟦exp⟧, cod. sicurezza ⟦cvv⟧
spedizione: corriere, ⟦city⟧""")
P("it", "colleague-note", """la signora ha dettato le 3 cifre dietro la carta, ⟦cvv⟧, ma la carta non me l'ha detta tutta. che ci faccio?""")
P("it", "migrated-ticket", """Vi confermo i dati per la caparra del viaggio di gruppo: carta ⟦mc⟧ intestata a ⟦nome⟧, valida fino al ⟦exp⟧, codice di verifica ⟦cvv⟧.""", wrap="prose")
P("it", "sloppy", """cvv ⟦cvv⟧ scadenza ⟦exp⟧ numero ⟦card|mix⟧ (scusate lo scrivo al contrario)""")
P("it", "call-notes", """Cliente ⟦nome⟧ chiede perché la carta American Express viene rifiutata. Ha letto il CID di 4 cifre, ⟦cvva⟧, e il numero ⟦amex⟧. Verificato: la carta è scaduta.""")
P("it", "migrated-ticket", """Gentile assistenza, il vostro form di pagamento dice "CVC non valido" ma il codice dietro alla mia carta è proprio ⟦cvv⟧. La carta è la ⟦card|dash⟧.""", wrap="prose")
P("it", "accountant-note", """carta aziendale (Nexi) per abbonamenti software:
⟦card⟧
⟦exp⟧ – cvc ⟦cvv⟧
intestata a ⟦nome⟧ – NON usarla per spese personali""")
P("it", "machine-translated", """[Traduzione automatica] Il numero della mia carta è ⟦card⟧ e il codice di sicurezza dietro è ⟦cvv⟧. Per favore addebitare la fattura ⟦fattura⟧.""")

# ------------------------------------------------------------------ CVV (en)
P("en", "booking-form", """CREDIT CARD AUTHORIZATION FORM – ⟦company⟧
Guest name: ⟦name⟧
Check-in: ⟦date⟧   Check-out: ⟦date2⟧
Card type: ☐ Visa ☐ Mastercard ☐ Amex
Card number: ⟦card⟧
Expiry: ⟦exp⟧     Security code (CVV): ⟦cvv⟧
Amount: ⟦amount⟧
Cardholder signature: ____________""")
P("en", "phone-order", """PHONE ORDER ⟦order⟧
caller ⟦name⟧ – ⟦phone⟧
pays by card ⟦card⟧ exp ⟦exp⟧ CVC ⟦cvv⟧
deliver to ⟦ecity⟧""")
P("en", "colleague-note", """she read me the 3 digits on the back (⟦cvv⟧) but not the full card number. what do I do with that?""")
P("en", "migrated-ticket", """Confirming card details for the group travel deposit: ⟦visa⟧ in the name of ⟦name⟧, valid to ⟦exp⟧, verification code ⟦cvv⟧.""", wrap="prose")
P("en", "call-notes", """Caller ⟦name⟧ asked why the Amex keeps declining. Read out the 4-digit CID, ⟦cvva⟧, and the number ⟦amex⟧. Checked: card expired last month.""")
P("en", "migrated-ticket", """Your checkout says "invalid CVC" but the code on my card is definitely ⟦cvv⟧. Card: ⟦card|dash⟧.""", wrap="prose")
P("en", "accountant-note", """company card (for SaaS subscriptions):
⟦card⟧
exp ⟦exp⟧ / cvc ⟦cvv⟧
cardholder ⟦name⟧ – NOT for personal spend""")
P("en", "sloppy", """cvc⟦cvv⟧ exp⟦exp⟧ card⟦card|c⟧ sorry for the mess typing on my phone""")

# ----------------------------------------------------------- bank accounts (it)
P("it", "payroll-form", """MODULO ACCREDITO STIPENDIO
Dipendente: ⟦nome⟧   Matricola: ⟦build⟧
Banca: ⟦banca⟧ – filiale di ⟦city⟧
ABI ⟦itabi⟧   CAB ⟦itcab⟧   Conto n. ⟦itconto⟧
Data: ⟦data⟧   Firma: __________""")
P("it", "migrated-ticket", """Buongiorno, per il rimborso della pratica ⟦pratica⟧ vi indico le coordinate nazionali (l'IBAN lo sto ancora cercando): CIN ⟦itcin⟧ ABI ⟦itabi⟧ CAB ⟦itcab⟧ c/c ⟦itconto⟧.""", wrap="prose")
P("it", "colleague-note", """il bban è ⟦itbban|sp⟧, l'iban non ce l'ha il cliente. riesci a ricostruirlo tu?""")
P("it", "accountant-note", """Distinta bonifici del ⟦data⟧
1) ⟦azienda⟧ – ⟦itiban⟧ – ⟦euro⟧
2) ⟦azienda2⟧ – ⟦itiban2⟧ – ⟦euro2⟧
3) ⟦nome⟧ (rimborso spese) – c/c ⟦itconto3⟧ ABI ⟦itabi3⟧ CAB ⟦itcab3⟧ – ⟦euro3⟧""")
P("it", "migrated-ticket", """Il fornitore francese ci ha mandato il RIB: banque ⟦frbanque⟧, guichet ⟦frguichet⟧, compte ⟦frcompte⟧, clé ⟦frcle⟧. Possiamo pagarlo con un SEPA normale o serve l'IBAN?""", wrap="prose")
P("it", "migrated-ticket", """Buongiorno, il cliente spagnolo ci ha girato le coordinate in formato vecchio (CCC): ⟦esccc|dash⟧. Va bene lo stesso per il rimborso?""", wrap="prose")
P("it", "call-notes", """Sig.ra ⟦nome⟧ detta le coordinate del figlio che vive a Londra: sort code ⟦uksort⟧, conto ⟦ukacc⟧. Chiede se possiamo fare il rimborso lì. Detto che serve l'IBAN.""")
P("it", "sloppy", """nr conto⟦itconto⟧ abi⟦itabi⟧ cab⟦itcab⟧ mi raccomando nn sbagliate come l'altra volta""")
P("it", "bank-letter", """Gentile Cliente,
a seguito della fusione tra istituti, le coordinate del Suo rapporto cambieranno dal ⟦data⟧.
Nuove coordinate:
ABI ⟦itabi⟧ – CAB ⟦itcab⟧ – CIN ⟦itcin⟧ – Numero conto ⟦itconto⟧
IBAN ⟦itiban|sp⟧
Le domiciliazioni saranno trasferite automaticamente.""")
P("it", "migrated-ticket", """[allegato: coordinate_tedesche.txt]
Kontoinhaber: ⟦nome⟧
BLZ: ⟦deblz|sp⟧
Kontonummer: ⟦dekto|sp⟧
(è il conto del nostro agente in Baviera, pagare le provvigioni qui)""", wrap="prose")
P("it", "tax-form", """DATI PER IL RIMBORSO 730 – estratto dal modulo compilato dal cliente
Contribuente: ⟦nome⟧
Intestatario conto: il contribuente
IBAN: ⟦itiban|c⟧
Firma: ____________""")

# ------------------------------------------------------------ bank accounts (en)
P("en", "payroll-form", """NEW STARTER – SALARY PAYMENT DETAILS
Employee: ⟦name⟧   Payroll no: ⟦build⟧
Bank: ⟦bank⟧
Sort code: ⟦uksort|sp⟧   Account number: ⟦ukacc⟧
Date: ⟦date⟧""")
P("en", "standing-order", """STANDING ORDER MANDATE
Please pay ⟦company⟧
Sort code ⟦uksort⟧   Account ⟦ukacc⟧
the sum of ⟦amount⟧ monthly, starting ⟦date⟧, reference ⟦invoice⟧
From my account: ⟦ukpair2⟧
Signed ⟦name⟧""")
P("en", "bacs-file", """VOL1⟦build⟧  ⟦num⟧1
HDR1A⟦build2⟧S  ⟦num2⟧
⟦ukpair|c⟧099⟦ukpair2|c⟧0000000⟦build3⟧⟦company⟧ REFUND
EOF1A⟦build2⟧S""", n=1)
P("en", "migrated-ticket", """The supplier in Lyon sent a RIB rather than an IBAN: ⟦frrib⟧. Can we pay that as a normal SEPA transfer?""", wrap="prose")
P("en", "migrated-ticket", """Spanish customer sent old-format account details (CCC): Entidad ⟦esent⟧ Oficina ⟦esofi⟧ DC ⟦esdc⟧ Cuenta ⟦escta⟧. OK for the refund?""", wrap="prose")
P("en", "colleague-note", """refund acct for the complaint: ⟦uksort⟧ / ⟦ukacc⟧ (mrs ⟦name⟧). sent her the form too""")
P("en", "accountant-note", """Payment run ⟦date⟧
1) ⟦company⟧ – ⟦ukpair⟧ – ⟦amount⟧
2) ⟦company2⟧ – ⟦iban2⟧ – ⟦amount2⟧
3) ⟦company3⟧ – BLZ ⟦deblz3⟧ Kto ⟦dekto3⟧ – ⟦amount3⟧""")
P("en", "machine-translated", """[Auto-translated from German] Good day, our bank connection: bank code ⟦deblz⟧, account number ⟦dekto⟧. Please transfer the credit note ⟦invoice⟧.""")
P("en", "sloppy", """SORT CODE ⟦uksort⟧ ACC ⟦ukacc⟧ PLEASE REFUND ASAP ITS BEEN 3 WEEKS""")

# ------------------------------------------------------------- private keys
P("it", "wiki", """== Accesso SFTP flussi CBI (pagina storica) ==
Host: sftp.⟦domain⟧  porta 22
Utente: ⟦user⟧
Chiave (copiata qui dal vecchio server perché "tanto è interna"):

⟦pkssh⟧

TODO: spostare nel vault e cancellare da qui.""")
P("en", "wiki", """h2. SFTP to the bank (legacy)
Host: sftp.⟦domain⟧ port 22, user ⟦user⟧
The key below was pasted here by the previous vendor:

⟦pkssh⟧

TODO move to vault, delete this section""")
P("en", "ansible", """sftp_user: ⟦user⟧
sftp_private_key: |
  ⟦pkrsa|ind2⟧
sftp_host: sftp.⟦domain⟧""", wrap="code")
P("it", "k8s-secret", """# secret TLS del gateway (stringData, non base64!)
apiVersion: v1
kind: Secret
metadata:
  name: gateway-mtls
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MII⟦corr⟧⟦corr2⟧⟦corr3⟧⟦corr4⟧
    -----END CERTIFICATE-----
  tls.key: |
    ⟦pkec|ind4⟧""", wrap="code")
P("en", "terraform", """resource "tls_locally_signed_cert" "client" {
  cert_request_pem   = file("client.csr")
  ca_private_key_pem = <<EOT
⟦pkrsa⟧
EOT
  ca_cert_pem        = file("ca.crt")
  validity_period_hours = 8760
}""", wrap="code")
P("en", "powershell", """$pem = @"
⟦pkec⟧
"@
$key = [System.Security.Cryptography.ECDsa]::Create()
$key.ImportFromPem($pem)""", wrap="code")
P("it", "migrated-ticket", """Il vostro portale non accetta la nostra chiave per la firma delle richieste. Vi incollo la chiave privata così verificate voi il formato:
⟦pk⟧
Il certificato pubblico l'abbiamo già caricato.""", wrap="prose")
P("en", "forwarded-mail", """FYI – the agency just emailed this "so we can set up push notifications":

⟦pkec⟧

Key ID ⟦teamid⟧. I've asked them to revoke it.""", wrap="prose")
P("it", "appsettings", """{
  "Signing": {
    "Algorithm": "RS256",
    "PrivateKeyPem": "⟦pkj⟧",
    "KeyId": "⟦kid⟧"
  }
}""", wrap="code")
P("en", "csharp", """// legacy signer from the previous vendor – key embedded as XML (!)
const string KeyXml = "⟦pkx⟧";""", wrap="code")
P("en", "env", """JWT_PRIVATE_KEY="⟦pkj⟧"
JWT_KID=⟦kid⟧
TOKEN_TTL=900""", wrap="code")
P("it", "colleague-note", """ti incollo la chiave del server di collaudo che mi hai chiesto, poi cancella il messaggio eh
⟦pkssh⟧""")

# ------------------------------------------------------------- refresh tokens
P("en", "oauth-response", """{"access_token":"⟦jwt⟧","token_type":"Bearer","expires_in":3600,"refresh_token":"⟦rt⟧","scope":"accounts payments"}""", wrap="code")
P("it", "oauth-response", """Risposta che riceviamo dal vostro /token (poi il refresh fallisce):
{
  "access_token": "⟦at⟧",
  "expires_in": 900,
  "refresh_token": "⟦rt⟧",
  "token_type": "bearer"
}""", wrap="code")
P("en", "shared-prefs", """<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="user_id">⟦uuid⟧</string>
    <string name="refresh_token">⟦rt⟧</string>
    <long name="token_expiry" value="⟦epoch⟧000" />
    <boolean name="onboarding_done" value="true" />
</map>""", wrap="code")
P("it", "shared-prefs", """// dump delle SharedPreferences dal telefono di test del cliente
<map>
    <string name="lingua">it</string>
    <string name="rt">⟦rtjwt⟧</string>
    <int name="avvii" value="⟦num⟧" />
</map>""", wrap="code")
P("en", "token-cache", """{
  "RefreshToken": {
    "⟦uuid⟧.⟦uuid2⟧-login.windows.net-refreshtoken-⟦uuid3⟧--": {
      "credential_type": "RefreshToken",
      "secret": "⟦rt⟧",
      "home_account_id": "⟦uuid⟧.⟦uuid2⟧",
      "environment": "login.windows.net"
    }
  }
}""", wrap="code")
P("it", "migrated-ticket", """Ciao, il refresh non va più dal ⟦data⟧. Questo è il refresh_token salvato nella nostra tabella sessioni: ⟦rt⟧ (utente di test ⟦email⟧). Lato nostro non è cambiato nulla.""", wrap="prose")
P("en", "colleague-note", """use this refresh token to get a fresh access token for the demo, it's from the test tenant: ⟦rt⟧""")
P("it", "logcat", """I/TokenManager: refresh in corso...
D/TokenManager: POST /oauth/token grant_type=refresh_token&refresh_token=⟦rt|url⟧
W/TokenManager: risposta 400 invalid_grant""", wrap="code")
P("en", "crash-log", """Fatal error: Unexpectedly found nil while unwrapping an Optional value
file Payments/TokenStore.swift, line 88
2024-⟦num⟧ Payments[⟦build⟧] [Auth] stored refresh token: ⟦rt⟧
2024-⟦num⟧ Payments[⟦build⟧] [Auth] expiry: nil""", wrap="code")
P("it", "bruno", """vars:pre-request {
  refresh: ⟦rt⟧
  cliente: ⟦cid⟧
}
post {
  url: https://⟦host⟧/oauth/token
}""", wrap="code")
P("en", "httpie", """$ http --form POST https://⟦host⟧/oauth/token grant_type=refresh_token refresh_token=⟦rt⟧ client_id=⟦cid⟧
HTTP/1.1 400 Bad Request
{"error":"invalid_grant","error_description":"refresh token revoked"}""", wrap="code")

# ------------------------------------------------------- misc IT positives
P("it", "migrated-ticket", """<p>Buongiorno,</p><p>vi mando la password dell&#39;utente amministratore del plugin: <b>⟦pwx|html⟧</b></p><p>Grazie&nbsp;mille</p>""")
P("it", "migrated-ticket", """Salve, ho salvato le credenziali in un file ma il vostro sistema mi blocca l'allegato, le incollo: utente=⟦user⟧;password=⟦pws⟧;ambiente=prod""", wrap="prose")
P("it", "colleague-note", """password del wifi ospiti? no scherzo, mi serve quella del portale ⟦azienda⟧: è ⟦pw⟧ giusto?""")
P("it", "colleague-note", """la chiave api nuova per il cliente ⟦azienda⟧ è ⟦apikey⟧, mandagliela tu via portale x favore""")
P("it", "handover", """consegne turno notte ⟦data⟧
- alert su /payments risolto da solo alle ⟦ora⟧
- il partner ha mandato in chiaro il suo nuovo token ⟦jwt⟧, gli ho scritto di revocarlo
- nessun'altra novità""")
P("it", "onboarding-checklist", """Attivazione nuovo partner – ⟦azienda⟧
☑ contratto
☑ KYC
☑ credenziali sandbox generate
   client_id ⟦cid⟧
   client_secret ⟦cs⟧
☐ test end-to-end
☐ go-live""")
P("it", "partner-notes", """Mail del partner copiata a mano (non si riusciva a inoltrare):
"la chiave AWS che usiamo per depositare i file è ⟦awsid⟧ con secret ⟦awssec⟧, bucket s3://⟦cidslug⟧-drop"
–> da girare alla security, non va bene che ce l'abbiano mandata così""")
P("it", "sloppy", """Grazie x l'aiuto!! allora la pw è ⟦pw⟧ e l'utente è il solito. ah e il codice fiscale ve lo mando dopo""")
P("it", "machine-translated", """[Traduzione automatica dall'inglese] La chiave segreta del tuo conto Stripe è ⟦stripe⟧, conservala in un luogo sicuro.""")
P("it", "migrated-ticket", """Il vecchio helpdesk aveva sostituito gli accenti e probabilmente anche la password che vi avevo scritto... la riscrivo: ⟦pws⟧ (tutto attaccato).""", wrap="prose")
P("it", "powershell", r"""# script di backup del vecchio consulente
$User = "⟦user⟧"
$Pass = "⟦pws⟧"
net use Z: \\nas01\backup /user:$User $Pass""", wrap="code")
P("it", "web-config", """<!-- configurazione del connettore SMS, NON pubblicare -->
<add key="SmsGateway.Url" value="https://sms.⟦domain⟧/api" />
<add key="SmsGateway.ApiKey" value="⟦apikey⟧" />
<add key="SmsGateway.Mittente" value="⟦azienda⟧" />""", wrap="code")
P("it", "conn-url", """Non riesco a collegarmi con DBeaver, la stringa è: Server=sql-collaudo;Database=Pagamenti;User Id=⟦user⟧;Pwd=⟦pws⟧; dove sbaglio?""", wrap="prose")
P("it", "helm", """helm upgrade pagamenti ./chart --set gateway.clientSecret=⟦cs⟧ --set gateway.refreshToken=⟦rt⟧ -n collaudo""", wrap="code")
P("it", "crash-log", """Eccezione non gestita: System.Net.Http.HttpRequestException: 401 (Unauthorized)
   in Pagamenti.Client.Get(String url) – url: https://⟦host⟧/v1/conti?apikey=⟦apikey⟧&pagina=1
   in Pagamenti.Sync.Run()
Versione ⟦ver⟧, macchina ⟦user⟧-PC""", wrap="code")
P("it", "tsv", """Nome\tRuolo\tUtente\tPassword iniziale
⟦nome⟧\tamministratore\t⟦user⟧\t⟦pw⟧
⟦nome2⟧\toperatore\t⟦user2⟧\t⟦pw2⟧
⟦nome3⟧\tsola lettura\t⟦user3⟧\t(da generare)""")
P("it", "zero-width", """Ecco il token che mi avete chiesto (copiato da Teams, spero non ci siano caratteri strani): ⟦at|zw⟧""")
P("it", "sloppy", """il secret è questo: ⟦cs|wrap⟧
(è andato a capo da solo nella mail, va letto tutto attaccato)""")

# ------------------------------------------------------- misc EN positives
P("en", "migrated-ticket", """<p>Hi,</p><p>here&#39;s the admin password for the plugin: <b>⟦pwx|html⟧</b></p><p>Thanks&nbsp;a lot</p>""")
P("en", "migrated-ticket", """Your upload form blocks attachments so pasting the creds inline: user=⟦user⟧;password=⟦pws⟧;env=prod""", wrap="prose")
P("en", "zero-width", """Here's the token you asked for (copied out of Teams, hope no weird characters came with it): ⟦at|zw⟧""")
P("en", "sloppy", """the secret is: ⟦cs|wrap⟧
(email client wrapped it, read it as one line)""")
P("en", "partner-notes", """Partner's email, retyped because forwarding failed:
"the AWS key we use to drop files is ⟦awsid⟧ with secret ⟦awssec⟧, bucket s3://⟦cidslug⟧-drop"
-> send to security, they shouldn't be emailing this""")
P("en", "onboarding-checklist", """Partner activation – ⟦company⟧
☑ contract
☑ KYC
☑ sandbox credentials generated
   client_id ⟦cid⟧
   client_secret ⟦cs⟧
☐ end-to-end test
☐ go-live""")
P("en", "handover", """night shift handover ⟦date⟧
- /payments alert cleared itself at ⟦ora⟧
- partner posted their new bearer token in the shared channel (⟦jwt⟧), told them to revoke
- nothing else""")
P("en", "powershell", r"""# backup script from the old contractor
$User = "⟦user⟧"
$Pass = "⟦pws⟧"
net use Z: \\nas01\backup /user:$User $Pass""", wrap="code")
P("en", "python", """import requests
# TODO: remove before sharing
r = requests.post("https://⟦host⟧/oauth/token",
                  auth=("⟦cid⟧", "⟦cs⟧"),
                  data={"grant_type": "client_credentials"})
print(r.status_code, r.headers.get("x-request-id"))""", wrap="code")
P("en", "node", """const client = new PaymentsClient({
  baseUrl: 'https://⟦host⟧',
  apiKey: '⟦apikey⟧',   // prod!! move to env
  timeoutMs: 10_000,
});""", wrap="code")
P("en", "url-encoded", """Redirect we captured from the old integration (note the password in the query string, yikes):
https://⟦host⟧/legacy/login?user=⟦user⟧&pass=⟦pwx|url⟧&return=%2Fdashboard""", wrap="prose")
P("it", "url-encoded", """Dal log del proxy vedo questa chiamata del vecchio gestionale:
GET /api/v1/saldo?utente=⟦user⟧&password=⟦pwx|url⟧&formato=json HTTP/1.1""", wrap="code")
P("en", "json-escaped", """{"level":"debug","msg":"outgoing request","headers":"{\\"Authorization\\":\\"Bearer ⟦at⟧\\",\\"X-Request-Id\\":\\"⟦uuid⟧\\"}"}""", wrap="code")
P("en", "sloppy", """Thanks!! so pw is ⟦pw⟧ and the username's the usual one. oh and I'll send the VAT number later""")
P("en", "tsv", """Name\tRole\tUsername\tInitial password
⟦name⟧\tadmin\t⟦user⟧\t⟦pw⟧
⟦name2⟧\toperator\t⟦user2⟧\t⟦pw2⟧
⟦name3⟧\tread-only\t⟦user3⟧\t(to be generated)""")
P("en", "vendor-mix", """Pasting what was in the old contractor's handover doc:
- GitHub deploy: ⟦ghp⟧
- Slack alerts bot: ⟦slack⟧
- Sendgrid: ⟦sg⟧
All of these should be rotated.""")
P("it", "vendor-mix", """Dal documento di passaggio del vecchio fornitore:
- token GitLab per il deploy: ⟦glpat⟧
- chiave Google Maps (per la mappa dei negozi): ⟦gapi⟧
- chiave Mailgun: ⟦mailgun⟧
Da ruotare tutte.""")
