"""Generator for the `tickets` corpus: what integrators type into a support
portal's form fields and replies. Run: python3 tickets.py  (seeded, reproducible)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import R, Ctx, fill, build, write_jsonl  # noqa: E402

SEED = "sportello-holdout2-tickets"
N = 1240

# Bodies: (lang, style, template). lang "x" = neutral snippet, takes the frame's language.
# ------------------------------------------------------------------ positive bodies
POS = [
    # ---------------- password
    ("it", "mobile", "ciao nn riesco ad entrare nel pannello con utente {user} e pw {pw} mi dice credenziali errate ma sono giuste l ho copiata dal post it"),
    ("it", "mobile", "raga urgente il cliente nn accede.. la sua password è {pw} e l email {email} potete controllare voi x favore"),
    ("it", "ticket", "Buongiorno, dopo il cambio password (nuova: {pw}) l'integrazione restituisce 401 su tutte le chiamate. Prima funzionava."),
    ("it", "ticket", "Utente: {email}\nPassword\n{pw}\nNon riesco a fare login dal {date}, ho provato anche da un altro browser."),
    ("en", "ticket", "Hi, we rotated the dashboard password for {email} to {pw} this morning and now the SFTP upload fails. Same password for both, right?"),
    ("en", "mobile", "cant log in again lol. tried {pw} and the old one too, locked out now. pls unlock"),
    ("en", "ticket", "Steps: 1) open the merchant portal 2) user {user} 3) password {pw} 4) click Sign in -> spinner forever"),
    ("x", "german", "Hallo, unser Kollege kommt nicht mehr rein. Benutzer: {user}, Passwort: {pw} – bitte prüfen, danke!"),
    ("x", "german", "Kennwort für den Testzugang lautet {pw} (Benutzername {email}). Login schlägt mit Fehler {http} fehl."),
    ("x", "french", "Bonjour, impossible de me connecter au back-office. Identifiant {email} / mot de passe {pw}. Merci de regarder."),
    ("x", "spanish", "Hola, el usuario {user} no puede entrar. La contraseña es {pw} y la cambiamos ayer. ¿Podéis revisar?"),
    ("it", "ticket", "Vi lascio le credenziali di test così fate prima:\n  utente   {user}\n  pass     {pw}\nRicordatevi di cancellarle dopo."),
    ("en", "stacktrace", "psycopg2.OperationalError: connection to server at \"{dbhost}\", port 5432 failed: FATAL:  password authentication failed for user \"{user}\"\n\nDSN used: postgresql://{user}:{pw.url}@{dbhost}:5432/{dbname}?sslmode=require"),
    ("it", "ticket", "La connessione al db del gestionale va in timeout, stringa usata: mysql://{user}:{pw.url}@{dbhost}:3306/{dbname} — serve aprire qualche porta?"),
    ("x", "httpie", "$ http --form POST https://{host}/v1/login username={email} password='{pw}'\nHTTP/1.1 {status401} Unauthorized"),
    ("en", "ticket", "the password field in the webhook settings (basic auth for our endpoint) is {pw} - is there a max length? it gets cut off"),
    ("it", "mobile", "scusate la pw del wifi del negozio e {pw} ... no aspetta quella è quella dell'account admin da voi 😅 comunque nn va"),
    ("it", "ticket", "Passaggi: login come {user}\n(password: {pw})\n→ menu Pagamenti → Esporta → errore 500"),
    ("en", "yaml-dump", "Config at startup:\n  db:\n    host: {dbhost}\n    user: {user}\n    password: {pw}\n    pool: {n}\nthen it crashes with ECONNRESET"),
    ("it", "ticket", "Il tecnico mi ha detto di scrivervi la password del portale esercente così controllate: {pw}\nCodice esercente {num8}."),
    # ---------------- access token
    ("x", "curl", "curl -X POST https://{host}/v2/payments \\\n  -H 'Authorization: Bearer {tok}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"amount\": 1500, \"currency\": \"EUR\", \"reference\": \"{order}\"}'"),
    ("x", "wget", "wget --header=\"Authorization: Bearer {tok}\" -O esito.json \"https://{host}/v1/payments/{payid}\""),
    ("x", "fetch", "fetch(\"https://{host}/v1/payouts?limit=20\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"authorization\": \"Bearer {tok}\",\n    \"x-request-id\": \"{uuid}\"\n  },\n  \"method\": \"GET\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n});"),
    ("x", "har", "{\n  \"request\": {\n    \"method\": \"GET\",\n    \"url\": \"https://{host}/v1/balance\",\n    \"headers\": [\n      {\"name\": \"Authorization\", \"value\": \"Bearer {tok}\"},\n      {\"name\": \"X-Request-Id\", \"value\": \"{uuid}\"}\n    ]\n  },\n  \"response\": {\"status\": {status401}}\n}"),
    ("it", "mobile", "il token che ci avete dato {tok.key} funziona in sandbox ma in prod da 401 perché???"),
    ("en", "ticket", "Our API key is {tok.key} - it stopped working after the maintenance window on {date}. Can you check if it was revoked?"),
    ("x", "httpie", "http GET https://{host}/v1/merchants/me \"Authorization:Bearer {tok}\""),
    ("it", "ticket", "Chiave API di produzione:\n{tok.key}\nl'abbiamo generata ieri dal portale ma risulta \"disabled\""),
    ("x", "postman", "Postman > Headers\nKey            Value\nAuthorization  Bearer {tok}\nAccept         application/json\nIdempotency-Key {uuid}"),
    ("en", "ticket", "browser devtools shows the cookie sp_session={tok.sess} still set after logout, is that expected?"),
    ("it", "ticket", "Dal tab Network vedo questa richiesta:\nRequest URL: https://{host}/v1/refunds\nRequest Method: POST\nStatus Code: {http}\ncookie: lang=it; sid={tok.sess}; _ga=GA1.2.{num8}.{num8}"),
    ("x", "insomnia", "# Insomnia export (request only)\nGET https://{host}/v1/payments?status=failed\nHeaders:\n  X-Api-Key: {tok.key}\n  User-Agent: insomnia/2023.5.8"),
    ("en", "mobile", "here's the token from the app logs {tok.jwt} expires too fast i think"),
    ("it", "ticket", "access_token ricevuto: {tok.jwt}\n\nexpires_in 3600 ma dopo 5 minuti le chiamate danno 401 token_expired."),
    ("x", "querystring", "GET https://{host}/v1/export.csv?from={isodate}&access_token={tok}&format=csv"),
    ("en", "slack", "can someone check this one, the partner pasted it in #support: `Authorization: Bearer {tok}` they say it returns invalid_token"),
    # ---------------- client secret / basic
    ("x", "curl", "curl -s -u '{upair}' -d grant_type=client_credentials https://{host}/oauth2/token"),
    ("x", "curl", "curl --request POST \\\n     --url https://{host}/oauth/token \\\n     --header 'authorization: Basic {basic}' \\\n     --data 'grant_type=client_credentials&scope=payments'"),
    ("it", "ticket", "client_id {cid}\nclient_secret {csec}\nmi risponde invalid_client, ho già rigenerato il secret due volte"),
    ("en", "ticket", "Field \"Client secret\" in your onboarding form:\n{csec}\nThe token endpoint says unauthorized_client."),
    ("it", "mobile", "il secret è questo {csec} me l ha mandato il vostro commerciale su whatsapp va bene?"),
    ("x", "har", "\"postData\": {\n  \"mimeType\": \"application/x-www-form-urlencoded\",\n  \"text\": \"grant_type=client_credentials&client_id={cid}&client_secret={csec}\"\n}"),
    ("x", "python", "resp = requests.post(\n    \"https://{host}/oauth2/token\",\n    data={\"grant_type\": \"client_credentials\"},\n    auth=(\"{cid}\", \"{csec}\"),\n)\nprint(resp.status_code)  # {http}"),
    ("en", "ticket", "Basic auth header we send on the token call: Basic {basic}\n(that's client id + secret base64'd like the docs say)"),
    ("x", "spanish", "Buenos días, el client secret de producción es {csec} y el client id {cid}. Nos devuelve invalid_client desde el {date}."),
    ("it", "stacktrace", "org.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_client] Client authentication failed\n\tat ...\nspring.security.oauth2.client.registration.sportello.client-id={cid}\nspring.security.oauth2.client.registration.sportello.client-secret={csec}"),
    ("x", "wget", "wget --user={cid} --password='{csec}' https://{host}/reports/daily.csv"),
    # ---------------- refresh token
    ("it", "ticket", "Il refresh non funziona: mando refresh_token={rtok} e ricevo invalid_grant. Il token è stato emesso ieri."),
    ("en", "ticket", "refresh token (from the consent flow on {date}):\n{rtok}\nreturns invalid_grant on first use"),
    ("x", "curl", "curl https://{host}/oauth2/token -d grant_type=refresh_token -d refresh_token={rtok} -d client_id={cid}"),
    ("x", "har", "{\"response\": {\"content\": {\"text\": \"{\\\"access_token\\\":\\\"{tok}\\\",\\\"token_type\\\":\\\"Bearer\\\",\\\"expires_in\\\":900,\\\"refresh_token\\\":\\\"{rtok}\\\"}\"}}}"),
    ("it", "mobile", "il refresh token {rtok} scade dopo 1 giorno invece di 90 come dice la doc, bug?"),
    ("en", "json", "Token response we store:\n{\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3600,\n  \"access_token\": \"{tok}\",\n  \"refresh_token\": \"{rtok}\",\n  \"scope\": \"payments\"\n}"),
    # ---------------- vendor keys
    ("it", "ticket", "Per i webhook usiamo Stripe in parallelo, chiave {vkey.stripe}: può interferire con le vostre notifiche?"),
    ("en", "ticket", "our lambda uses AWS_ACCESS_KEY_ID={vkey.aws} and AWS_SECRET_ACCESS_KEY={vkey.aws_secret} to push exports to S3 and your callback times out"),
    ("x", "env", "SENDGRID_API_KEY={vkey.sendgrid}\nSPORTELLO_CLIENT_ID={cid}\nSPORTELLO_ENV=sandbox"),
    ("it", "ticket", "Vi do accesso al repo per vedere il codice, token GitHub: {vkey.ghp} (solo lettura)"),
    ("en", "slack", "fyi the notifier posts to slack with {vkey.slack} - it's in the same config as your keys"),
    ("it", "mobile", "la chiave google maps {vkey.google} va messa anche nel vostro widget o no"),
    ("en", "ticket", "npm install of your SDK fails in CI. .npmrc has //registry.npmjs.org/:_authToken={vkey.npm}"),
    ("it", "ticket", "Il deploy su GitLab fallisce, usiamo glpat: {vkey.glpat} per scaricare il vostro pacchetto privato."),
    ("x", "env", "TWILIO_API_KEY={vkey.twilio}\nSHOPIFY_ADMIN_TOKEN={vkey.shopify}\nPAYMENTS_BASE_URL=https://{host}"),
    ("en", "ticket", "Webhook signing secret from Stripe is {vkey.whsec}, should we reuse it for your endpoint?"),
    # ---------------- private key
    ("it", "ticket", "Per il mTLS ci avete chiesto il certificato, allego anche la chiave:\n\n{pkey.rsa}\n\nva bene così?"),
    ("en", "ticket", "Here's the key we generated for the JWT client assertion:\n{pkey.p8}\nkid = {hex12}"),
    ("x", "sftp", "SFTP upload fails with 'Permission denied (publickey)'. Key used:\n{pkey.ssh}"),
    ("it", "mobile", "ecco la chiave privata ec x firmare le richieste {pkey.ec} ditemi se il formato va bene"),
    ("en", "stacktrace", "java.security.spec.InvalidKeySpecException: encoded key spec not recognized\n  loaded from application.yml ->\n  signing-key: |\n{pkey.enc}"),
    ("it", "ticket", "La chiave del certificato client scade il {date}, intanto vi giro quella attuale per verifica:\n{pkey}\nFingerprint {sha256}"),
    ("en", "mobile", "pasting the key from our vault sorry for the formatting\n{pkey.p8}"),
    ("x", "german", "Hier der private Schlüssel für die Signatur (bitte nicht weitergeben):\n{pkey.rsa}"),
    ("it", "stacktrace", "Caused by: java.io.IOException: chiave non valida\n  keystore.private-key=\n{pkey.p8}\n  keystore.alias={app}"),
    ("en", "ticket", "The deploy key for your private SDK mirror (GitHub token {vkey.gh_pat}) expired; also the docker pull uses {vkey.docker}."),
    ("it", "ticket", "Sul server usiamo Vault con token {vkey.vault} per leggere i vostri secret, e DigitalOcean ({vkey.do}) per l'hosting."),
    ("en", "ticket", "Mailgun key for outbound receipts: {vkey.mailgun} — your SMTP relay rejects our messages, could it be related?"),
    ("it", "mobile", "la nostra chiave openai {vkey.openai} ha accesso anche ai vostri dati? il consulente dice di si"),
    ("it", "ticket", "Abbiamo messo per sbaglio la chiave AWS {vkey.aws} nel campo \"Client ID\" del vostro modulo di onboarding, potete cancellarla?"),
    ("en", "ticket", "Alerts go to Slack through our bot (token {vkey.slack}); since your outage on {date} nothing gets posted. Could your IP allowlist be blocking it?"),
    ("it", "mobile", "x il checkout usiamo anche stripe con {vkey.stripe} e quella va la vostra no"),
    ("x", "curl", "curl https://api.sendgrid.example/v3/mail/send -H \"Authorization: Bearer {vkey.sendgrid}\" -H 'Content-Type: application/json' -d @receipt.json"),
    ("en", "stacktrace", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation\n  session = boto3.Session(aws_access_key_id='{vkey.aws}', aws_secret_access_key='{vkey.aws_secret}')"),
    ("it", "ticket", "Per le notifiche SMS usiamo Twilio (API key {vkey.twilio}), ma i vostri codici arrivano in ritardo lo stesso."),
    ("en", "ticket", "Result obtained: signature invalid.\nKey used for signing (ES256):\n{pkey.ec}"),
    ("it", "ticket", "Il JSON della chiave che ci avete chiesto di caricare:\n{\"kid\": \"{hex12}\", \"alg\": \"RS256\", \"private_key\": \"{pkey.p8_esc}\"}"),
    ("it", "mobile", "la psw nuova è {pw} ma nn me la prende"),
    ("it", "mobile", "user {user} pass {pw} entra pure tu e guarda"),
    ("it", "ticket", "La password nuova è\n\n{pw}\n\n(l'ho cambiata ieri sera, prima funzionava con quella vecchia)"),
    ("x", "french", "mdp : {pw}\nidentifiant : {email}\nça ne marche plus depuis la mise à jour."),
    ("x", "german", "Das neue Passwort lautet {pw}, das alte war {pw2}. Beide werden abgelehnt."),
    ("x", "spanish", "la contraseña nueva: {pw}\nusuario: {email}\nsigue dando error 401"),
    ("en", "ticket", "pwd={pw} is what the installer wrote to config.ini, is that the admin password it generated? login fails with it"),
    ("it", "ticket", "Il codice che mi è arrivato è {otp.sp} ma la pagina dice \"codice non valido\"."),
    ("it", "mobile", "codice 3d secure {otp} arrivato dopo 4 minuti, scaduto ovviamente"),
    ("en", "ticket", "Bank app showed confirmation code {otp.dash} for the payment of {amount}, the checkout never moved on."),
    ("it", "ticket", "Ho inserito il PIN {pin.n5} tre volte e il terminale si è bloccato. È quello giusto, me lo ha dato il vostro tecnico."),
    ("en", "mobile", "the customer read me the code over the phone {otp.spaced} and it still failed"),
    ("x", "querystring", "https://{host}/checkout/confirm?payment={payid}&card={card.plain}&cvv={card.cvv}&exp={card.exp}"),
    ("it", "mobile", "ecco carta cliente {card.sp} la scadenza nn la so"),
    ("en", "ticket", "IBAN read out by the customer on the phone: {iban.s} — bank says account exists, your API says invalid."),
    ("it", "ticket", "Conto del cliente (vecchio formato): {it.bban}\nABI e CAB sono {it.abi} e {it.cab}. Ci serve l'IBAN per il rimborso, lo calcolate voi?"),
    ("en", "ticket", "Customer's UK details: {uk.sort_c} / {uk.acct} ({name}). Please send the refund there, not to the card."),
    # ---------------- card numbers & cvv
    ("it", "ticket", "Il cliente {name} ha provato a pagare con la carta {card} scadenza {card.exp} e il 3DS non compare."),
    ("it", "mobile", "carta del cliente {card} cvv {card.cvv} scad {card.exp} non passa da stamattina cosa devo fare"),
    ("en", "ticket", "Customer called, card number {card} exp {card.exp}, CVC {card.cvv}. Payment {payid} stuck in pending."),
    ("en", "mobile", "card {card} keeps getting declined w/ do_not_honor. its a business card"),
    ("x", "curl", "curl https://{host}/v1/charges -u {upair} -d amount=2500 -d currency=eur -d \"card[number]={card.plain}\" -d \"card[exp]={card.exp}\" -d \"card[cvc]={card.cvv}\""),
    ("x", "json", "{\"payment_method\": {\"type\": \"card\", \"card\": {\"number\": \"{card.plain}\", \"exp_month\": {n}, \"exp_year\": 2028, \"cvc\": \"{cvv}\"}}, \"amount\": 4990}"),
    ("it", "ticket", "Numero carta:\n{card}\nIntestatario: {name}\nErrore restituito: card_declined / insufficient_funds"),
    ("it", "ticket", "Il cliente mi ha dettato i numeri della carta a gruppi: {card.odd}, mi dice che il CVV è {card.cvv}. Posso inserire io il pagamento dal backoffice?"),
    ("en", "ticket", "Our POS log printed the PAN in clear: PAN={card.plain} (we know, fixing it). Does this count as a breach on your side?"),
    ("x", "spanish", "El cliente pagó con la tarjeta {card} y el código de seguridad {card.cvv}, pero el cargo aparece dos veces."),
    ("x", "french", "La carte {card} (cryptogramme {card.cvv}) est refusée depuis le {date}, pouvez-vous vérifier ?"),
    ("it", "ticket", "carta: {card.dash}\ncodice di sicurezza: {card.cvv}\nil pagamento risulta autorizzato ma non catturato"),
    ("en", "ticket", "Card ending {card.last4} was charged twice. Full number for reference {card.sp} — please refund one of them."),
    ("it", "mobile", "mi scrivono il numero carta ma va a capo nel messaggio\n{card.wrap}\nè giusto?"),
    ("en", "ticket", "What does \"invalid_cvc\" mean? The customer is sure the security code is {cvv}, card {card.sp}."),
    ("it", "ticket", "Il CVV {cvv} viene rifiutato ma la carta (circuito Mastercard) è valida fino al {exp}."),
    # ---------------- iban / bank accounts
    ("it", "ticket", "Il bonifico di rimborso a {name} è tornato indietro. IBAN del cliente: {iban.s}. Potete rifarlo?"),
    ("it", "mobile", "iban del fornitore {ibanit.c} il payout è fermo da 3 gg"),
    ("en", "ticket", "Payout beneficiary IBAN {iban.s} (BIC {bic}) rejected with AC01. The customer double-checked it."),
    ("x", "german", "Die Rückerstattung soll auf dieses Konto gehen: IBAN {ibande.s}, Kontoinhaber {name_de}."),
    ("it", "ticket", "Dati bancari del cliente finale per il rimborso:\nconto corrente n. {it.conto}\nABI {it.abi} CAB {it.cab}\nintestato a {name}"),
    ("it", "ticket", "Il cliente ha scritto le coordinate così: CIN ABI CAB conto → {it.bban_s}. Va bene per il mandato SDD?"),
    ("x", "german", "Bankverbindung des Kunden: BLZ {de.blz}, Kontonummer {de.konto}. Bitte Lastschrift stornieren."),
    ("x", "german", "Kto.-Nr. {de.konto} bei BLZ {de.blz_s} — der Einzug ist zweimal erfolgt."),
    ("x", "french", "RIB du client pour le remboursement : {fr.rib} ({name_fr}). Merci d'avance."),
    ("x", "french", "Code banque {fr.banque}, code guichet {fr.guichet}, n° de compte {fr.compte}, clé RIB {fr.cle}. Le virement SEPA est rejeté."),
    ("x", "spanish", "Número de cuenta (CCC) del cliente: {es.ccc}. El reembolso no llega desde hace una semana."),
    ("x", "spanish", "Entidad {es.entidad} oficina {es.oficina} DC {es.dc} cuenta {es.cuenta} — ¿por qué rechaza la domiciliación?"),
    ("en", "ticket", "Refund to UK account please: sort code {uk.sort}, account number {uk.acct}, name {name}."),
    ("en", "mobile", "sort code {uk.sort_s} acc {uk.acct} thats the customers bank can u send it there"),
    ("it", "ticket", "Coordinate per l'addebito SEPA:\nIBAN\n{it.iban_s}\nBIC {bic}\nIl mandato è firmato dal {date}."),
    ("en", "ticket", "Beneficiary details pasted from the customer's email:\nName: {name}\nIBAN: {ibangb.c}\nRef: {invoice}"),
    ("it", "ticket", "Rimborso su conto {it.conto} (ABI {it.abi}, CAB {it.cab}) — attenzione che il cliente ha cambiato banca, il vecchio IBAN non vale più."),
    ("it", "mobile", "iban {iban.wrap} mi da errore check digit ma l ho copiato bene"),
    ("en", "ticket", "Two refunds went to the wrong IBAN. Right one: {ibanfr.s}. Wrong one we used: {badiban.s}."),
    ("x", "spanish", "El IBAN correcto es {ibanes.s}, el otro tiene un error de tecleo."),
    # ---------------- pins / otp
    ("it", "mobile", "mi è arrivato l sms con codice {otp} ma la pagina dice scaduto"),
    ("it", "ticket", "Il codice OTP ricevuto per l'autenticazione forte era {otp}, inserito entro 30 secondi, esito: sca_failed."),
    ("en", "ticket", "The SCA challenge sent code {otp} by SMS, customer typed it and got \"authentication_required\" again."),
    ("en", "mobile", "otp was {otp} i think, anyway it said wrong code 3 times"),
    ("it", "ticket", "Il PIN del POS ({pin.n5}) non viene accettato dopo l'aggiornamento firmware."),
    ("x", "german", "Die TAN {otp} wurde per SMS geschickt, aber die Zahlung bleibt im Status pending."),
    ("x", "french", "Le code de validation reçu par SMS ({otp}) est refusé. Le client a réessayé trois fois."),
    ("x", "spanish", "El código de verificación que recibió por SMS es {otp} pero la app dice que no es válido."),
    ("it", "ticket", "PIN carta del cliente: {pin.n4} (me l'ha detto lui al telefono, lo so che non dovevo)\nil terminale risponde PIN errato"),
    ("en", "ticket", "Card PIN {pin.n4} is correct according to the cardholder but the terminal says 55 - incorrect PIN."),
    ("it", "mobile", "codice di sblocco app {pin.n6} nn funziona piu dopo aggiornamento"),
    ("en", "ticket", "Staff PIN for the refund approval on the terminal is {pin.n6}; after the last update it asks for it on every refund."),
    ("it", "ticket", "Passaggi per riprodurre:\n1. Avvio pagamento da app\n2. Arriva SMS: \"Il tuo codice è {otp}\"\n3. Inserisco il codice\n4. Errore generico"),
    ("it", "sms", "SMS ricevuto alle {time}:\n\"{prov}: codice {otp} per autorizzare il pagamento di {amount}. Non condividerlo con nessuno.\""),
    # ---------------- mixed
    ("it", "ticket", "Configurazione completa del plugin WooCommerce:\nClient ID: {cid}\nClient Secret: {csec}\nWebhook password: {pw}\nModalità: produzione"),
    ("en", "stacktrace", "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    client.payouts.create(iban=\"{iban.c}\", amount=amount)\n  File \"sportello/client.py\", line 214, in create\nsportello.errors.AuthError: 401 invalid token (sent Bearer {tok})"),
    ("it", "ticket", "Allego il dump della config al boot:\n{\n  \"api_key\": \"{tok.key}\",\n  \"db_password\": \"{pw}\",\n  \"timeout_ms\": {ms}\n}"),
]

# ------------------------------------------------------------------ negative bodies (look-alikes)
NEG = [
    ("it", "mobile", "ciao nn riesco ad entrare nel pannello mi dice password errata ho provato a resettarla ma la mail nn arriva"),
    ("it", "ticket", "Come si cambia la password dell'utenza amministratore? Nel manuale non c'è scritto e il link \"password dimenticata\" restituisce 404."),
    ("en", "ticket", "Where do I find my client secret? The portal only shows the client id ({cid}) and a button \"Regenerate\"."),
    ("en", "mobile", "forgot my password again 🙃 can u send the reset link to {email}"),
    ("x", "german", "Hallo, ich habe mein Passwort vergessen und der Link zum Zurücksetzen funktioniert nicht. Kundennummer {num6}."),
    ("x", "french", "Bonjour, mon mot de passe a expiré et je ne reçois pas l'e-mail de réinitialisation. Merci."),
    ("x", "spanish", "Hola, he olvidado la contraseña del panel. ¿Me podéis enviar un enlace para restablecerla?"),
    ("it", "ticket", "Il codice OTP non arriva più via SMS al numero {phone}. Abbiamo controllato, il numero è giusto."),
    ("en", "ticket", "SCA codes arrive 5 minutes late, so they're already expired. Phone {phone}, payment {payid}."),
    ("it", "mobile", "il pin del pos è bloccato dopo 3 tentativi come lo sblocco"),
    ("x", "curl", "curl -X POST https://{host}/v2/payments \\\n  -H \"Authorization: Bearer {ph}\" \\\n  -H 'Idempotency-Key: {uuid}' \\\n  -d '{\"amount\": 1500, \"currency\": \"EUR\"}'"),
    ("x", "curl", "curl -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials https://{host}/oauth2/token\n→ {\"error\":\"invalid_client\"}"),
    ("x", "postman", "Postman > Authorization\nType: Bearer Token\nToken: {ph}\n\nPre-request script: pm.environment.get(\"access_token\")"),
    ("x", "fetch", "fetch(\"https://{host}/v1/payments/{payid}\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"authorization\": \"Bearer [REDACTED]\",\n    \"x-request-id\": \"{uuid}\"\n  },\n  \"method\": \"GET\"\n});"),
    ("x", "har", "{\n  \"request\": {\"method\": \"POST\", \"url\": \"https://{host}/v1/refunds\",\n    \"headers\": [{\"name\": \"Authorization\", \"value\": \"Bearer ****\"}, {\"name\": \"traceparent\", \"value\": \"{traceparent}\"}]},\n  \"response\": {\"status\": {http}, \"headers\": [{\"name\": \"x-request-id\", \"value\": \"{uuid}\"}]}\n}"),
    ("it", "ticket", "Il pagamento {payid} risulta addebitato due volte al cliente (importo {amount}). Request id {uuid}."),
    ("en", "ticket", "Refund {payid2} for order {order} still pending after 10 days. Amount {amount}. Trace id {traceid}."),
    ("it", "ticket", "La carta {maskcard} viene rifiutata con codice 05. Il cliente dice che ha fondi."),
    ("en", "ticket", "Card {maskcard} declined, exp {exp}. No other details, the customer didn't want to share more."),
    ("it", "ticket", "Il cliente ha inserito il numero {badcard} e il form dice \"numero non valido\": ha ragione il form?"),
    ("en", "mobile", "customer typed {badcard} and it says invalid card number, he probably mistyped a digit"),
    ("it", "ticket", "L'IBAN {badiban.s} viene rifiutato con \"codice di controllo errato\". Il cliente dice che è giusto ma probabilmente ha invertito due cifre."),
    ("en", "ticket", "Validation says IBAN {badiban} is invalid (checksum). Is your validator too strict?"),
    ("it", "ticket", "Banca del cliente: ABI {abi} CAB {cab}. Il numero di conto lo chiede lui direttamente a voi, non ce l'ha dato."),
    ("en", "ticket", "What BIC should we use for payouts to Italy? The customer gave us only {bic}."),
    ("it", "ticket", "BIC/SWIFT: {bic}\nLa banca dice che il bonifico non è mai arrivato. Data esecuzione {date}, importo {amount}."),
    ("it", "mobile", "il bonifico di {amount} del {date} nn è arrivato, cro {num12}"),
    ("en", "ticket", "Webhook delivery {taskid} failed {n} times with {http}. Last attempt {ts}."),
    ("it", "stacktrace", "ERRORE {ts} [{app}] richiesta fallita status={http} request_id={uuid} trace_id={traceid} span_id={spanid}\n\tat it.bottega.pay.Client.send(Client.java:142)\n\tat it.bottega.pay.Sync.run(Sync.java:57)"),
    ("en", "stacktrace", "Error: Request failed with status code {status401}\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\n    config: { url: 'https://{host}/v1/balance', headers: { Authorization: 'Bearer ' + process.env.SPORTELLO_TOKEN } }"),
    ("x", "python", "client = Sportello(\n    client_id=os.environ[\"SPORTELLO_CLIENT_ID\"],\n    client_secret=os.environ[\"SPORTELLO_CLIENT_SECRET\"],\n)\n# -> raises AuthError 401 in staging only"),
    ("x", "env", "SPORTELLO_CLIENT_ID={cid}\nSPORTELLO_CLIENT_SECRET={phsec}\nSPORTELLO_BASE_URL=https://{host}"),
    ("en", "ticket", "We deployed commit {commit} on {date} and since then every payment returns {http}. Rollback to {short} fixes it."),
    ("it", "ticket", "Il digest della firma webhook non coincide: calcolato sha256={sha256}, ricevuto un valore diverso. Stiamo usando il secret del portale (non lo incollo qui)."),
    ("en", "ticket", "Our invoice {invoice} shows {amount} but the settlement report says {amount2}. Which is correct?"),
    ("it", "ticket", "Fattura {invoice} del {date}: importo {amount}, ordine {order}. Il cliente chiede nota di credito."),
    ("en", "ticket", "Please call me back on {phone}, the SMS code thing is driving our customers mad. Ticket ref {order}."),
    ("it", "ticket", "Numero di telefono del referente tecnico: {phone}. Disponibile dalle {time} alle {time2}."),
    ("x", "httpie", "http POST https://{host}/v1/login username={email} password=@./pw.txt\nHTTP/1.1 200 OK\nX-Request-Id: {uuid}"),
    ("en", "ticket", "The docs example uses `Authorization: Bearer <your-token>` — do I need the word Bearer or just the token?"),
    ("it", "ticket", "Nel vostro esempio c'è client_secret=YOUR_CLIENT_SECRET, va messo in chiaro o codificato base64 insieme al client id?"),
    ("en", "ticket", "Is the refresh token rotated on every use? We store it encrypted in Vault and read it with vault.read(\"secret/sportello\")[\"refresh_token\"]."),
    ("it", "ticket", "Domanda: dove conservate i numeri di carta? Noi non li salviamo, abbiamo solo il token {payid} e le ultime 4 cifre ({last4})."),
    ("en", "ticket", "PCI question: we only keep BIN {num6} and last four {last4}. Is that enough for reconciliation?"),
    ("it", "mobile", "scusate ma il cvv va chiesto sempre anche per i pagamenti ricorrenti? il cliente nn vuole darlo ogni volta"),
    ("en", "ticket", "Customer says the OTP expired before it arrived. Expected: code valid 5 minutes. Actual: invalid after about 60 seconds."),
    ("x", "german", "Die TAN kommt nicht an. Telefonnummer {phone}, Zahlung {payid}, Betrag {amount}."),
    ("x", "french", "Le code SMS n'arrive pas. Référence de paiement {payid}, montant {amount}."),
    ("it", "ticket", "Ordine {order} — il cliente ha pagato {amount} con carta {maskcard}, ma nel gestionale lo vediamo come non pagato. Id pagamento {payid}."),
    ("en", "slack", "forwarding from #ops: payout batch {taskid} for {amount} failed, request-id {uuid}, nobody touched the config"),
    ("it", "slack", "[inoltrato da #pagamenti]\n{first}: il payout {payid} è in stato failed, motivo AC04 (conto chiuso). Chiediamo al cliente un nuovo IBAN."),
    ("en", "ticket", "IBAN field shows {maskiban} in the dashboard, how can I see the full one to check it against the customer's letter?"),
    ("it", "ticket", "Nel pannello l'IBAN appare come {maskiban}. È normale che sia mascherato anche per gli amministratori?"),
    ("x", "json", "{\"error\": {\"code\": \"invalid_client\", \"message\": \"Client authentication failed\", \"request_id\": \"{uuid}\", \"client_id\": \"{cid}\"}}"),
    ("x", "json", "{\"id\": \"{payid}\", \"status\": \"requires_action\", \"amount\": 4990, \"currency\": \"eur\", \"next_action\": {\"type\": \"sca_challenge\"}, \"created\": \"{ts}\"}"),
    ("it", "ticket", "Token scaduto: riceviamo {\"error\":\"invalid_token\",\"error_description\":\"expired\"} ogni 15 minuti. Il refresh lo facciamo con il token salvato nel DB (colonna refresh_token, cifrata)."),
    ("en", "ticket", "Question about key rotation: how long is the old API key valid after generating a new one? We have {n} services using it."),
    ("it", "ticket", "Vorrei sapere se la chiave privata per il mTLS va generata da noi o la fornite voi. CSR già pronta, fingerprint SHA-256 {sha256}."),
    ("en", "ticket", "Our public key for request signing:\n{pubkey.pub}\nPlease register it for client {cid}."),
    ("it", "ticket", "Vi mando il certificato (solo la parte pubblica):\n{pubkey.cert}"),
    ("en", "ticket", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC{rand20}{md5}{hex12} deploy@{app} — that's our public key for the SFTP drop, please whitelist it."),
    ("it", "mobile", "il numero d ordine è {order} e l importo {amount} il cliente ha pagato ieri alle {time}"),
    ("en", "ticket", "Reference number on the bank statement is {longnum}, amount {amount}, date {date}. Can you match it to a payout?"),
    ("it", "ticket", "Riferimento operazione {longnum} del {date}. Il cliente lo legge dall'estratto conto, ma non troviamo il pagamento."),
    ("x", "wget", "wget --header=\"Authorization: Bearer $(cat ~/.sportello/token)\" https://{host}/v1/payments?limit=10"),
    ("en", "ticket", "Steps to reproduce:\n1. Create payment with amount {amount}\n2. Confirm with test card from your docs (the 4242 one)\n3. Webhook {taskid} never arrives\nExpected: payment.succeeded"),
    ("it", "ticket", "Passaggi per riprodurre:\n1. Login come amministratore\n2. Impostazioni → Sicurezza → Cambia password\n3. Inserisco la vecchia e la nuova password\nRisultato: errore 500 (request id {uuid})"),
    ("x", "insomnia", "# Insomnia environment\n{\n  \"base_url\": \"https://{host}\",\n  \"client_id\": \"{cid}\",\n  \"client_secret\": \"{phsec}\",\n  \"token\": \"{ph}\"\n}"),
    ("en", "ticket", "Password policy question: min length is 12 and you require a symbol, but your form rejects \"€\". Which symbols are allowed?"),
    ("it", "ticket", "Dopo 5 tentativi di password sbagliata l'utente {email} è bloccato. Serve sbloccarlo, grazie."),
    ("en", "ticket", "Sandbox credentials: client id {cid}, the secret is the one in the 1Password vault \"Sportello sandbox\" - I can share it over a call if needed."),
    ("it", "ticket", "Il token lo leggiamo da config.accessToken e lo passiamo nell'header, ma riceviamo {status401}. Trace {traceparent}"),
    ("x", "stacktrace", "at Sportello.Auth.TokenProvider.GetAsync() in /src/Auth/TokenProvider.cs:line 44\n  ClientSecret = configuration[\"Sportello:ClientSecret\"]\n  ClientId = \"{cid}\"\nSystem.Net.Http.HttpRequestException: 401 (Unauthorized)"),
    ("it", "mobile", "cmq il cliente dice ke la carta finisce con {last4} e scade {exp} nn so altro"),
    ("en", "ticket", "Dispute {payid} opened on {date} for {amount}. Reason code 10.4. Evidence due {date2}."),
    ("it", "ticket", "Il codice di autorizzazione della transazione è {num6} (non è un PIN, è quello stampato sullo scontrino). Serve per lo storno?"),
    ("en", "ticket", "Auth code on the receipt: {num6}. Terminal id {num8}. Is that enough to locate the transaction?"),
    ("it", "ticket", "La password deve essere di almeno 12 caratteri con un simbolo? Il vostro form accetta anche 8 caratteri, quale regola vale?"),
    ("it", "mobile", "nn mi arriva il codice sms da ieri sera ho provato 5 volte"),
    ("en", "ticket", "Is the terminal PIN always 5 digits or can merchants set 4? The manual says both."),
    ("x", "postman", "Postman > Body > x-www-form-urlencoded\ngrant_type     client_credentials\nclient_id      {cid}\nclient_secret  {phsec}\nscope          payments"),
    ("it", "ticket", "Pratica n. {num8}, codice cliente {num6}. Il rimborso risulta ancora \"in lavorazione\" dal {date}."),
    ("en", "ticket", "Our JWTs have header {\"alg\":\"RS256\",\"typ\":\"JWT\"} and kid {hex12}; your gateway says unsupported algorithm. Do you need PS256?"),
    ("it", "ticket", "Errore ricevuto: invalid_grant (refresh token revocato). Non lo abbiamo revocato noi, chi può averlo fatto?"),
    ("x", "german", "Kennwort zurücksetzen funktioniert nicht, es kommt keine E-Mail an. Händler-ID {num6}."),
    ("x", "spanish", "No me llega el código por SMS al {phone}. Pedido {order}."),
    ("x", "har", "\"headers\": [\n  {\"name\": \"cookie\", \"value\": \"_ga=GA1.2.{num8}.{num8}; lang=it; consent=true\"},\n  {\"name\": \"x-client-id\", \"value\": \"{cid}\"},\n  {\"name\": \"x-request-id\", \"value\": \"{uuid}\"}\n]"),
    ("x", "fetch", "const res = await fetch(`https://{host}/v1/payments/${id}`, {\n  headers: { authorization: `Bearer ${token}`, 'x-client-id': '{cid}' },\n});"),
    ("x", "curl", "curl -H \"X-Api-Key: $SPORTELLO_API_KEY\" \"https://{host}/v1/payouts?created_after={isodate}\"\n{\"data\":[],\"has_more\":false,\"request_id\":\"{uuid}\"}"),
    ("x", "wget", "wget --user=\"{cid}\" --password=\"$(pass show sportello/prod)\" https://{host}/reports/{isodate}.csv"),
    ("it", "stacktrace", "Caused by: OAuth2AuthenticationException: invalid_client\n  config dump:\n    client-id={cid}\n    client-secret=******\n    token-uri=https://{host}/oauth2/token"),
    ("en", "ticket", "Signature header we receive: X-Signature: t={ms},v1={sha256}\nIdempotency-Key: {uuid}\nOur computed HMAC is different. Which body do you sign?"),
    ("it", "mobile", "ma il cvv della carta virtuale dove lo trovo nell app? il cliente nn lo vede"),
    ("en", "ticket", "We accidentally pasted a secret in ticket #{num5} last week, can you delete that message? We've already rotated it."),
    ("it", "ticket", "Abbiamo ruotato il client secret come consigliato. Il vecchio (finiva con ...{hex8}) va disattivato subito o resta valido 24 ore?"),
    ("en", "mobile", "otp comes as 'your code is ******' in the notification preview, customer cant read it without unlocking phone, normal?"),
    ("it", "ticket", "Carta di test indicata nella vostra documentazione: non la riporto qui, ma con quella il sandbox risponde sempre 402."),
    ("en", "ticket", "Card BIN {num6} is flagged as commercial in your dashboard but it's a consumer debit card. Payment {payid}."),
    ("it", "ticket", "IBAN IT?? ???? da confermare con il cliente; per ora abbiamo solo il BIC {bic} e la filiale di {city}."),
    ("en", "ticket", "SEPA mandate {order} for customer {name} was rejected with MD01 on {date}. The customer says the IBAN hasn't changed."),
    ("it", "form", "Nome: {name}\nTelefono: {phone}\nCodice fiscale: (non lo do per privacy)\nMessaggio: vorrei sapere perché mi avete addebitato {amount} il {date}"),
    ("en", "ticket", "Trace {traceparent}\nSpan {spanid}\nService {app} {ver}\nThe token call takes 12s, everything else is fast."),
    ("it", "ticket", "Hash del commit che ha introdotto il problema: {commit}. Dopo quel commit non passiamo più l'header Authorization (lo leggiamo da settings.SPORTELLO_TOKEN)."),
    ("en", "ticket", "Placeholder in the SDK README is `Bearer {ph}` — people copy it literally and then open tickets like this one 😅"),
    ("it", "ticket", "Nel README c'è scritto di impostare SPORTELLO_CLIENT_SECRET={phsec}: ma il valore va tra virgolette?"),
]

# ------------------------------------------------------------------ frames

SUBJ_IT = ["Errore 401 in produzione", "Pagamenti rifiutati", "Rimborso non arrivato", "Problema login", "Webhook non ricevuti",
           "URGENTE incassi bloccati", "Domanda su integrazione", "Payout fermo", "Errore SCA", "Carta rifiutata"]
SUBJ_EN = ["401 in production", "Payments declined", "Refund not received", "Login issue", "Webhooks missing",
           "URGENT payouts blocked", "Integration question", "SCA failing", "Card declined", "Token expired too early"]
CAT_IT = ["Integrazione API", "Pagamenti", "Account", "Rimborsi", "Sicurezza", "Altro"]
CAT_EN = ["API integration", "Payments", "Account", "Refunds", "Security", "Other"]
EXP_IT = ["Che il pagamento vada a buon fine", "Risposta 200", "ricevere il rimborso", "Poter accedere", "che funzioni come in sandbox", "boh che vada"]
EXP_EN = ["Payment succeeds", "HTTP 200", "Refund lands on the customer's account", "Being able to log in", "Same as sandbox", "it should just work"]
SIGN_IT = ["\n\nInviato da iPhone", "\n\nInviato dal mio smartphone Samsung Galaxy.", "\n\nGrazie\n{first}", "\n\nCordiali saluti,\n{name}\n{company}", "", "\n\n--\n{name} | {company} | {phone}"]
SIGN_EN = ["\n\nSent from my iPhone", "\n\nGet Outlook for Android", "\n\nThanks,\n{first}", "\n\nKind regards,\n{name}\n{company}", "", "\n\n--\n{name} · {company}"]


def frame(r, lang, body, bstyle, bare_ok=True):
    it = lang == "it"
    k = r.randint(0, 9)
    if not bare_ok and k in (6, 8, 9):
        k = 7  # a snippet with no prose of its own gets an intro line in the sample's language
    if k in (0, 1):  # portal form, body in Descrizione
        sub = r.pick(SUBJ_IT if it else SUBJ_EN)
        fld = r.pick(["Descrizione", "Dettagli del problema", "Passaggi per riprodurre", "Risultato ottenuto"] if it
                     else ["Description", "Details", "Steps to reproduce", "Actual result"])
        nl = r.pick([" ", "\n", "\n\n"])
        exp = r.pick(EXP_IT if it else EXP_EN)
        return ("form", (f"Oggetto: {sub}\nCategoria: {r.pick(CAT_IT)}\nPriorità: {r.pick(['Alta', 'Media', 'Bassa', 'Critica'])}\n" if it else
                         f"Subject: {sub}\nCategory: {r.pick(CAT_EN)}\nPriority: {r.pick(['High', 'Normal', 'Low', 'Urgent'])}\n") +
                f"{fld}:{nl}{body}\n" + (f"Risposta attesa: {exp}\nAmbiente: {r.pick(['Produzione', 'Sandbox', 'Collaudo'])}" if it else
                                        f"Expected result: {exp}\nEnvironment: {r.pick(['Production', 'Sandbox', 'Staging'])}"))
    if k == 2:  # support reply quoting the agent
        q = ("> Il {date} Supporto {prov} ha scritto:\n> Gentile cliente, per procedere ci servono maggiori dettagli.\n> Cordiali saluti" if it else
             "> On {date}, {prov} Support wrote:\n> Hi, could you send us more details so we can investigate?\n> Best regards")
        return ("reply", f"Re: [#{r.randint(10000, 99999)}] {r.pick(SUBJ_IT if it else SUBJ_EN)}\n\n{body}{r.pick(SIGN_IT if it else SIGN_EN)}\n\n{q}")
    if k == 3:  # slack forward
        return ("slack", f"{'Messaggio inoltrato' if it else 'Forwarded message'} from #{r.pick(['integrazioni', 'support-ext', 'payments', 'ops', 'partner-bottega'])}\n"
                         f"{{name}}  {r.randint(8, 18)}:{r.randint(0, 59):02d}\n{body}\n{'Visualizza messaggio' if it else 'View message'}")
    if k == 4:  # whatsapp/teams style paste
        return ("forward", f"{'Vi giro quello che mi ha scritto il cliente:' if it else 'Forwarding what the customer wrote:'}\n\n[{{time}}, {{date}}] {{name}}: {body}")
    if k == 5:  # web form dump
        return ("form", ("--- Modulo contatto ---\nNome: {name}\nEmail: {email}\nTelefono: {phone}\nAzienda: {company}\nMessaggio:\n" if it else
                         "--- Contact form ---\nName: {name}\nEmail: {email}\nPhone: {phone}\nCompany: {company}\nMessage:\n") + body)
    if k == 6:
        return (bstyle, body + r.pick(SIGN_IT if it else SIGN_EN))
    if k == 7:
        intro = r.pick(["ciao", "Buongiorno,", "Salve,", "Ciao a tutti", "buonasera", "Gentile supporto,"] if it else
                       ["hi", "Hello,", "Hi team,", "Good morning,", "hey", "Dear support,"])
        return (bstyle, f"{intro}\n{body}")
    return (bstyle, body)


FOREIGN = {
    "german": (["Il cliente tedesco ci scrive:", "Inoltro il messaggio del partner di Monaco:", "dal nostro rivenditore in Germania:"],
               ["Our German customer writes:", "Forwarding the message from the Munich partner:", "from our reseller in Germany:"]),
    "french": (["Messaggio del cliente francese:", "Vi giro la mail del negozio di Lione:", "ci scrivono dalla filiale di Parigi:"],
               ["Message from the French customer:", "Forwarding the e-mail from the Lyon shop:", "the Paris branch writes:"]),
    "spanish": (["Il cliente spagnolo scrive così:", "Inoltro dal partner di Madrid:", "ci scrivono da Barcellona:"],
                ["The Spanish customer writes:", "Forwarding from our Madrid partner:", "message from Barcelona:"]),
}


def _kinds(t):
    c = Ctx(R("probe"), "en")
    fill(t, c)
    return {s["kind"] for s in c.secrets}


POS_K = [(b, _kinds(b[2])) for b in POS]
for b in NEG:
    assert not _kinds(b[2]), b
KIND_W = {"password": 18, "access_token": 16, "client_secret": 13, "card_number": 12, "iban": 14, "bank_account": 14,
          "pin": 17, "cvv": 4, "refresh_token": 9, "vendor_key": 13, "private_key": 12}


def gen_one(r, i):
    lang = "it" if r.random() < 0.5 else "en"
    positive = r.random() < 0.47
    if positive:
        kind = r.choices(list(KIND_W), weights=list(KIND_W.values()))[0]
        cands = [b for b, ks in POS_K if kind in ks and (b[0] in (lang, "x"))] or [b for b, ks in POS_K if kind in ks]
        b = r.pick(cands)
    else:
        b = r.pick([b for b in NEG if b[0] in (lang, "x")])
    if b[0] != "x":
        lang = b[0]
    ctx = Ctx(r, lang)
    body, bstyle = b[2], b[1]
    if bstyle in FOREIGN:
        it = lang == "it"
        who = r.pick(FOREIGN[bstyle][0 if it else 1])
        body = (f"{who}\n\n" if r.random() < 0.6 else f"{who} ") + body
        bstyle = "forward"
    style, templ = frame(r, lang, body, bstyle, bare_ok=b[0] != "x" or bstyle == "forward")
    text = fill(templ, ctx)
    return lang, style, text, ctx.secrets


if __name__ == "__main__":
    rows = build(gen_one, N, SEED, "tick")
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tickets.jsonl")
    write_jsonl(out, rows)
    print(f"wrote {len(rows)} rows to {out}; templates: {len(POS)} positive, {len(NEG)} negative bodies")
