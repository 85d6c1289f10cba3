"""Generator for the `mixed-docs` corpus: OCR-like text from screenshots and PDFs,
spreadsheet rows pasted as text, terminal sessions, dotfiles and config files,
Terraform/Helm, logs that echo request headers. Run: python3 mixed_docs.py"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import R, Ctx, fill, build, write_jsonl  # noqa: E402

SEED = "sportello-holdout2-mixed-docs"
N = 1200

# (lang, style, template); lang "x" = neutral, takes the intro's language (or en without intro)
POS = [
    # ================= OCR / PDF / screenshots
    ("it", "ocr", "CREDENZIALI DI ACCESSO\nPortale esercenti {prov}\nUtente: {email}\nPassword provvisoria: {pw}\nAl primo accesso Le verrà chiesto di modificarla."),
    ("it", "ocr", "MODULO DI ADESIONE SDD    Pag. 1/2\nDebitore {name}    Codice fiscale ********\nIBAN del conto di addebito  {iban.it}\nBIC {bic}     Data firma {date}"),
    ("it", "pdf-text", "Gentile Cliente,\nLe comunichiamo le coordinate bancarie per l'accredito degli incassi:\nBanca: {city} Credito Cooperativo   ABI {it.abi}   CAB {it.cab}\nConto n. {it.conto}          CIN {it.cin}\nIBAN {it.iban_s}"),
    ("en", "ocr", "Payment confirmation   Card {card.sp}   Exp {card.exp}\nAmount {amount}    Auth code {num6}\nThank you for shopping at {company}"),
    ("it", "ocr", "RICEVUTA DI PAGAMENT0 POS\nESERCENTE {company}\nCARTA {card} SCAD {card.exp}\nIMP0RTO {amount}   C0D. AUT. {num6}\nOPERAZIONE ESEGUITA"),
    ("en", "screenshot", "Settings > API keys\nName            Key                                         Created\nProduction      {tok.key}      {date}\nSandbox         {ph}                                  {date2}"),
    ("it", "screenshot", "Impostazioni > Sviluppatori\nClient ID      {cid}\nClient secret  {csec}   [Copia] [Rigenera]\nRedirect URI   https://{host}/callback"),
    ("en", "pdf-text", "ONBOARDING LETTER\nDear {name},\nyour production credentials are:\nclient_id: {cid}\nclient_secret:\n{csec}\nKeep them safe. {prov} will never ask for them by phone."),
    ("it", "ocr", "Lettera PIN\nGentile {name}, il PIN della Sua carta è\n{pin.n5}\nLa invitiamo a memorizzarlo e distruggere questa lettera."),
    ("en", "ocr", "Your one-time passcode is {otp}. It expires in 10 minutes.\nIf you did not request this code, contact {prov} support."),
    ("it", "screenshot", "Messaggi  {time}\n{prov}\nIl codice per confermare il pagamento di {amount} è {otp}. Non comunicarlo a nessuno.\nOggi {time2}"),
    ("en", "pdf-text", "BACS DIRECT CREDIT   Remittance advice\nPayee {company}\nSort code {uk.sort}   Account {uk.acct}\nAmount {amount}   Ref {invoice}"),
    ("x", "ocr", "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : {name_fr}\nBanque  Guichet  N° compte  Clé RIB\n{fr.banque}   {fr.guichet}   {fr.compte}   {fr.cle}\nIBAN {fr.iban_s}\nBIC {bic}"),
    ("x", "ocr", "KONTOAUSZUG   Seite 1\nKontoinhaber {name_de}\nBLZ {de.blz}  Konto-Nr. {de.konto}\nIBAN {de.iban_s}"),
    ("x", "ocr", "CERTIFICADO DE TITULARIDAD\nTitular: {name_es}\nCódigo cuenta cliente (CCC): {es.ccc_d}\nIBAN: {es.iban_s}"),
    ("it", "pdf-text", "Estratto conto al {date}\nIntestatario {name}\nCoordinate: {it.bban_s}   (CIN ABI CAB Conto)\nSaldo contabile {amount}"),
    ("en", "ocr", "Card details\nNumber\n{card}\nName on card\n{name}\nExpiry {card.exp}      CVC {card.cvv}"),
    ("it", "ocr", "Dati carta\nNumero carta         Scadenza     CVV\n{card}  {card.exp}        {card.cvv}\nTitolare {name}"),
    ("en", "screenshot", "[Screenshot of Postman]\nAuthorization  Headers (9)  Body\nKEY              VALUE\nAuthorization    Bearer {tok.wrap}\nContent-Type     application/json"),
    ("it", "ocr", "Chiave API (non condividere):\n{tok.wrap}\nCreata il {date} da {email}"),
    ("it", "ocr", "lBAN  {iban.s}\nlNTESTATO A {name}\nCAUSALE Rimbors0 ordine {order}"),
    ("en", "pdf-text", "Wire instructions\nBeneficiary: {company}\nIBAN: {iban.c}    SWIFT: {bic}\nReference: {invoice}   Amount due: {amount}"),
    ("it", "screenshot", "WiFi ospiti   rete: {company}-guest   password: {pw}\nWiFi ufficio  rete: {company}   password: {pw2}"),
    ("en", "ocr", "TEMPORARY ACCESS\nUsername  {user}\nPassword  {pw}\nValid until {date}"),
    ("x", "ocr", "Zugangsdaten Händlerportal\nBenutzername: {email}\nKennwort: {pw}\nBitte ändern Sie das Kennwort nach der ersten Anmeldung."),
    ("x", "ocr", "Identifiants de l'espace marchand\nIdentifiant : {email}\nMot de passe : {pw}\nCode PIN du terminal : {pin.n4}"),
    ("x", "ocr", "Datos de acceso\nUsuario: {user}\nContraseña: {pw}\nPIN de la tarjeta: {pin.n4}"),
    ("en", "screenshot", "Authenticator\n{prov} ({email})\n{otp.sp}\n\u25cc 17s\nGitHub ({user})\n\u2022\u2022\u2022 \u2022\u2022\u2022"),
    ("it", "ocr", "Codice di attivazione del terminale POS\n{pin.n8}\nDa inserire entro il {date}. Matricola terminale {num8}."),
    ("en", "ocr", "Verification code\n\n{otp}\n\nEnter this code on the {prov} checkout page to confirm your payment of {amount}."),
    ("x", "ocr", "Ihre mobileTAN lautet {otp}. Auftrag: Überweisung {amount} an {name_de}."),
    ("it", "pdf-text", "Busta cieca - codici personali\nCodice utente {num8}\nPIN dispositivo {pin.n5}\nPassword di primo accesso {pw}"),
    ("it", "ocr", "Modulo di autorizzazione addebito su carta\nIo sottoscritto {name} autorizzo l'addebito sulla carta n. {card.wrap}\nscadenza {card.exp} per l'importo di {amount}"),
    ("en", "pdf-text", "Please remit to the following account: IBAN {iban.wrap} quoting reference {invoice}.\nPayment terms: 30 days."),
    ("it", "screenshot", "Credenziali OAuth\nclient secret (visibile una sola volta)\n{csec.wrap}\n[Ho copiato il secret]"),
    ("x", "log", "{ts} DEBUG token store saved refresh_token={rtok.wrap} for client {cid}"),
    ("en", "ocr", "CARDHOLDER AUTHORISATION\nCard no.: {card.dot}\nExpiry: {card.exp}  Security code: {card.cvv}\nSignature: ____________"),
    ("x", "ocr", "TICKET CB\n{company}\nCARTE {card.under}\nDEBIT {amount}\nA CONSERVER"),
    ("it", "sheet", "Riepilogo incassi manuali (dal quaderno del negozio)\ndata | cliente | carta | importo\n{date} | {name} | {card} | {amount}\n{date2} | {name_it} | {maskcard} | {amount2}"),
    ("it", "ocr", "DISPOSIZIONE DI B0NIFICO\nOrdinante {company}\nBeneficiario {name}\nIBAN beneficiario\n{iban}\nImporto {amount}   Causale rimborso {order}"),
    ("en", "screenshot", "Personal access token created\nMake sure to copy it now. You won't be able to see it again!\n{vkey.ghp}\nExpires on {date}"),
    ("it", "pdf-text", "Verbale di installazione POS\nMatricola {num8}   Esercente {company}\nPassword menu tecnico: {pw}\nPIN supervisore: {pin.n4}\nFirma tecnico ________"),
    # ================= spreadsheet rows pasted as text
    ("it", "sheet", "Nome\tCognome\tIBAN\tImporto\n{first}\t{surname}\t{iban.c}\t{amount}\n{first2}\t{surname}\t{iban2.c}\t{amount2}"),
    ("en", "sheet", "customer_id\tname\tcard_number\texp\tcvv\n{num6}\t{name}\t{card.plain}\t{card.exp}\t{card.cvv}\n{num5}\t{name_en}\t{maskcard}\t{exp}\t"),
    ("it", "sheet", "A\tB\tC\tD\n1\tFornitore\tConto\tABI/CAB\n2\t{company}\t{it.conto}\t{it.abi}/{it.cab}\n3\tTotale\t\t{amount}"),
    ("en", "sheet", "| env | client_id | client_secret |\n|-----|-----------|---------------|\n| prod | {cid} | {csec} |\n| sandbox | {cid2} | {phsec} |"),
    ("it", "sheet", "utente;password;ruolo\n{user};{pw};amministratore\n{email};{pw2};operatore\nospite;{phpw};lettura"),
    ("en", "sheet", "Date,Description,Sort code,Account,Amount\n{date},Refund {order},{uk.sort},{uk.acct},{amount}\n{date2},Fee,,,-1.50"),
    ("it", "sheet", "Copio le righe dal foglio \"rimborsi da fare\":\n{name}    {iban.s}    {amount}    da fare\n{name_it}    {iban2.s}    {amount2}    fatto"),
    ("en", "sheet", "terminal_id  merchant          admin_pin  notes\n{num8}     {company}   {pin.n6}     reset on {date}"),
    ("it", "sheet", "Carta,Scadenza,Titolare,Esito\n\"{card.sp}\",{card.exp},{name},RIFIUTATA\n\"{badcard.sp}\",{exp},{name_it},NON VALIDA"),
    ("x", "sheet", "Nombre;CCC;Importe\n{name_es};{es.ccc};{amount}"),
    ("x", "sheet", "Name;BLZ;Kontonummer;Betrag\n{name_de};{de.blz};{de.konto};{amount}"),
    # ================= terminal sessions
    ("x", "psql", "payments=> SELECT id, email, password FROM operators WHERE active;\n id |          email           |     password\n----+--------------------------+------------------\n  {n} | {email} | {pw}\n  {n2} | admin@{prov}.example | {pw2}\n(2 rows)"),
    ("x", "psql", "$ psql \"postgresql://{user}:{pw.url}@{dbhost}:5432/{dbname}?sslmode=require\"\npsql: error: connection to server at \"{dbhost}\" ({ip}), port 5432 failed: timeout expired"),
    ("x", "psql", "{dbname}=# select customer, iban, mandate_id from sdd_mandates limit 2;\n customer        |            iban             | mandate_id\n-----------------+-----------------------------+------------\n {name} | {iban.c} | MND{num8}\n {name_it} | {iban2.c} | MND{num5}\n(2 rows)"),
    ("x", "mysql", "mysql> SELECT pan, exp, holder FROM card_vault_old LIMIT 2;\n+------------------+-------+-----------------+\n| pan              | exp   | holder          |\n+------------------+-------+-----------------+\n| {card.plain} | {card.exp} | {name} |\n| {card2.plain} | {exp} | {name_en} |\n+------------------+-------+-----------------+\n2 rows in set (0.00 sec)"),
    ("x", "mysql", "$ mysql -h {dbhost} -u {user} -p'{pw}' {dbname}\nERROR 1045 (28000): Access denied for user '{user}'@'{ip}' (using password: YES)"),
    ("x", "redis", "127.0.0.1:6379> AUTH {pw}\nOK\n127.0.0.1:6379> GET session:{hex12}\n\"{\\\"user\\\":\\\"{email}\\\",\\\"token\\\":\\\"{tok}\\\"}\""),
    ("x", "redis", "$ redis-cli -h {dbhost} CONFIG GET requirepass\n1) \"requirepass\"\n2) \"{pw}\""),
    ("x", "redis", "redis> HGETALL oauth:{cid}\n1) \"access_token\"\n2) \"{tok}\"\n3) \"refresh_token\"\n4) \"{rtok}\"\n5) \"expires_at\"\n6) \"{ts}\""),
    ("x", "kubectl", "$ kubectl get secret sportello-credentials -n {ns} -o yaml\napiVersion: v1\ndata:\n  client-id: {plainb64}\n  client-secret: {b64csec}\nkind: Secret\nmetadata:\n  name: sportello-credentials\n  namespace: {ns}\ntype: Opaque"),
    ("x", "kubectl", "$ kubectl -n {ns} get secret db -o jsonpath='{.data.password}' | base64 -d\n{pw}"),
    ("x", "kubectl", "kubectl get secret {app}-env -o yaml\ndata:\n  DB_PASSWORD: {b64pw}\n  API_TOKEN: {b64tok}\n  LOG_LEVEL: {plainb64}\ntype: Opaque"),
    ("x", "kubectl", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {app}-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIDdzCCAl+gAwIBAgIE{rand20}\n    -----END CERTIFICATE-----\n  tls.key: |\n    {pkey.rsa_i4}"),
    ("x", "kubectl", "$ kubectl create secret generic sportello --from-literal=client_secret='{csec}' --from-literal=client_id={cid} -n {ns}\nsecret/sportello created"),
    ("x", "docker", "$ docker inspect {app} --format '{{json .Config.Env}}' | jq .\n[\n  \"SPORTELLO_CLIENT_ID={cid}\",\n  \"SPORTELLO_CLIENT_SECRET={csec}\",\n  \"DATABASE_URL=postgres://{user}:{pw.url}@{dbhost}:5432/{dbname}\",\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n]"),
    ("x", "docker", "\"Env\": [\n    \"NODE_ENV=production\",\n    \"STRIPE_SECRET_KEY={vkey.stripe}\",\n    \"PAYMENTS_API_KEY={tok.key}\"\n],"),
    ("x", "docker", "$ docker run -e POSTGRES_PASSWORD={pw} -e POSTGRES_USER={user} -p 5432:5432 postgres:16\nThe files belonging to this database system will be owned by user \"postgres\"."),
    ("x", "aws", "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = {vkey.aws}\naws_secret_access_key = {vkey.aws_secret}\nregion = {region}"),
    ("x", "aws", "$ aws sts assume-role --role-arn arn:aws:iam::{num12}:role/sportello-export --role-session-name x\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"{vkey.aws}\",\n        \"SecretAccessKey\": \"{vkey.aws_secret}\",\n        \"Expiration\": \"{ts}\"\n    }\n}"),
    ("x", "aws", "$ aws secretsmanager get-secret-value --secret-id prod/sportello --query SecretString --output text\n{\"client_id\":\"{cid}\",\"client_secret\":\"{csec}\"}"),
    ("x", "gcloud", "$ gcloud secrets versions access latest --secret=db-password --project={app}\n{pw}"),
    ("x", "gcloud", "$ cat service-account.json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"{app}\",\n  \"private_key_id\": \"{commit}\",\n  \"private_key\": \"{pkey.p8_esc}\\n\",\n  \"client_email\": \"sportello-sync@{app}.iam.gserviceaccount.example\"\n}"),
    ("x", "shell", "$ env | grep -i sportello\nSPORTELLO_BASE_URL=https://{host}\nSPORTELLO_TOKEN={tok}\nSPORTELLO_REFRESH_TOKEN={rtok}"),
    ("x", "shell", "$ history | tail -3\n  {n}  export PGPASSWORD='{pw}'\n  {n2}  psql -h {dbhost} -U {user} {dbname}\n  512  history | tail -3"),
    ("x", "shell", "$ ssh-keygen -y -f id_sportello\nLoad key \"id_sportello\": invalid format\n$ cat id_sportello\n{pkey.ssh}"),
    ("x", "shell", "$ git config --get remote.origin.url\nhttps://{user}:{vkey.ghp}@github.com/bottega/sportello-plugin.git"),
    ("x", "psql", "{dbname}=> select phone, code, expires_at from otp_challenges order by id desc limit 2;\n     phone      |  code  |       expires_at\n----------------+--------+------------------------\n {phone} | {otp} | {ts}\n {phone} | {otp2} | {ts2}\n(2 rows)"),
    ("x", "redis", "127.0.0.1:6379> GET otp:login:{num8}\n\"{otp}\"\n127.0.0.1:6379> TTL otp:login:{num8}\n(integer) 241"),
    ("x", "mysql", "mysql> select terminal_id, merchant, supervisor_pin from pos_terminals where merchant_id={n};\n+-------------+-----------------+----------------+\n| terminal_id | merchant        | supervisor_pin |\n+-------------+-----------------+----------------+\n| {num8}    | {company} | {pin.n4}         |\n+-------------+-----------------+----------------+"),
    ("x", "shell", "$ curl -s https://{host}/v1/accounts/{num8} -H \"Authorization: Bearer $TOKEN\" | jq .bank\n{\n  \"sort_code\": \"{uk.sort_c}\",\n  \"account_number\": \"{uk.acct}\",\n  \"iban\": \"{uk.iban}\"\n}"),
    ("x", "shell", "$ cat .env.local\nVITE_API_URL=https://{host}\nVITE_SPORTELLO_KEY={tok.key}\n$ npm run dev"),
    ("it", "shell", "$ cat ~/.config/sportello/credentials.json   # file creato dalla CLI\n{\"client_id\": \"{cid}\", \"client_secret\": \"{csec}\", \"refresh_token\": \"{rtok}\"}"),
    ("it", "env", "# collaudo - password del db e OTP statico per i test SCA\nDB_PASS={pw}\nSCA_STATIC_OTP={otp}\nCARD_TEST_PAN={card.plain}"),
    # ================= dotfiles / config files
    ("x", "env", "# .env.production\nAPP_ENV=production\nSPORTELLO_CLIENT_ID={cid}\nSPORTELLO_CLIENT_SECRET=\"{csec}\"\nDB_PASSWORD='{pw}'\nSENTRY_ENVIRONMENT=prod"),
    ("it", "env", "# .env (ambiente di collaudo)\n# NB: non committare!\nPAYMENTS_API_KEY={tok.key}\nWEBHOOK_SECRET={csec}\nREDIS_URL=redis://:{pw.url}@{dbhost}:6379/0"),
    ("x", "npmrc", "; ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={vkey.npm}\n@sportello:registry=https://npm.{prov}.example/\n//npm.{prov}.example/:_auth={basic}"),
    ("x", "netrc", "# ~/.netrc\nmachine api.{prov}.example\n  login {cid}\n  password {csec}\nmachine github.com login {user} password {vkey.ghp}"),
    ("x", "pgpass", "# ~/.pgpass  (hostname:port:database:username:password)\n{dbhost}:5432:{dbname}:{user}:{pw}\nlocalhost:5432:*:postgres:{pw2}"),
    ("x", "maven", "<settings>\n  <servers>\n    <server>\n      <id>sportello-releases</id>\n      <username>{user}</username>\n      <password>{pw}</password>\n    </server>\n  </servers>\n</settings>"),
    ("x", "appsettings", "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server={dbhost};Database={dbname};User Id={user};Password={pw};TrustServerCertificate=True\"\n  },\n  \"Sportello\": {\n    \"ClientId\": \"{cid}\",\n    \"ClientSecret\": \"{csec}\"\n  }\n}"),
    ("it", "properties", "# application-prod.properties\n# credenziali fornite dal provider il {date}\nspring.datasource.url=jdbc:postgresql://{dbhost}:5432/{dbname}\nspring.datasource.username={user}\nspring.datasource.password={pw}\nsportello.oauth.client-secret={csec}"),
    ("x", "properties", "sportello.api.base-url=https://{host}\nsportello.api.key={tok.key}\nsportello.api.timeout=30s\nlogging.level.root=INFO"),
    ("x", "ini", "[sportello]\nendpoint = https://{host}\nclient_id = {cid}\nclient_secret = {csec}\n\n[database]\ndsn = mysql://{user}:{pw.url}@{dbhost}/{dbname}"),
    ("x", "yaml", "sportello:\n  oauth:\n    token-url: https://{host}/oauth2/token\n    client-id: {cid}\n    client-secret: \"{csec}\"\n    refresh-token: {rtok}"),
    ("x", "xml", "<add key=\"SportelloApiKey\" value=\"{tok.key}\" />\n<add key=\"SportelloEnv\" value=\"production\" />\n<add key=\"SmtpPassword\" value=\"{pw}\" />"),
    ("x", "toml", "[payments]\nprovider = \"{prov}\"\napi_key = \"{tok.key}\"\n\n[payments.webhook]\nsecret = \"{csec}\"\n\n[mail]\nsendgrid_key = \"{vkey.sendgrid}\""),
    ("x", "dockercfg", "{\n  \"auths\": {\n    \"registry.{prov}.example\": {\n      \"auth\": \"{basic}\"\n    }\n  }\n}"),
    ("x", "php", "<?php\n// wp-config.php\ndefine('DB_NAME', '{dbname}');\ndefine('DB_USER', '{user}');\ndefine('DB_PASSWORD', '{pw}');\ndefine('SPORTELLO_API_KEY', '{tok.key}');"),
    ("it", "yaml", "# docker-compose.yml del gestionale\nservices:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: {pw}\n      MARIADB_DATABASE: {dbname}\n  app:\n    environment:\n      - PAYMENTS_TOKEN={tok}"),
    # ================= terraform / helm
    ("x", "terraform", "provider \"aws\" {\n  region     = \"{region}\"\n  access_key = \"{vkey.aws}\"\n  secret_key = \"{vkey.aws_secret}\"\n}"),
    ("x", "terraform", "# terraform.tfvars\nenvironment          = \"prod\"\nsportello_client_id  = \"{cid}\"\nsportello_client_secret = \"{csec}\"\ndb_admin_password    = \"{pw}\""),
    ("x", "terraform", "resource \"kubernetes_secret\" \"sportello\" {\n  metadata { name = \"sportello\" }\n  data = {\n    api_token = \"{tok}\"\n  }\n}"),
    ("x", "helm", "# values-prod.yaml\nimage:\n  tag: {short}\nsportello:\n  clientId: {cid}\n  clientSecret: {csec}\npostgresql:\n  auth:\n    password: {pw}"),
    ("it", "helm", "# values.yaml — NON usare in produzione\ningress:\n  tls:\n    key: |\n      {pkey.p8_i6}\nsecrets:\n  slackWebhookToken: {vkey.slack}"),
    ("x", "terraform", "Terraform will perform the following actions:\n  # aws_db_instance.main will be created\n  + resource \"aws_db_instance\" \"main\" {\n      + username = \"{user}\"\n      + password = \"{pw}\"\n      + engine   = \"postgres\"\n    }"),
    # ================= logs echoing headers
    ("x", "log", "{ts} DEBUG http.client > POST /v1/payments HTTP/1.1\n{ts} DEBUG http.client > Host: {host}\n{ts} DEBUG http.client > Authorization: Bearer {tok}\n{ts} DEBUG http.client > X-Request-Id: {uuid}\n{ts} DEBUG http.client < HTTP/1.1 {http}"),
    ("x", "log", "{ip} - - [{date}:{time}:00 +0100] \"GET /callback?code={hex12}&state={uuid}&access_token={tok} HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\""),
    ("x", "log", "level=debug ts={ts} msg=\"outgoing request\" method=POST url=https://{host}/oauth2/token body=\"grant_type=refresh_token&refresh_token={rtok}&client_id={cid}\""),
    ("x", "log", "[{ts}] request.headers={\"authorization\":\"Basic {basic}\",\"content-type\":\"application/x-www-form-urlencoded\",\"x-forwarded-for\":\"{ip}\"}"),
    ("it", "log", "{ts} WARN  [{app}] login fallito per utente={user} password={pw} ip={ip} (tentativo {n})"),
    ("x", "log", "{ts} INFO envoy [C{n}][S{num8}] request headers complete:\n':authority', '{host}'\n':path', '/v1/balance'\n'cookie', 'sid={tok.sess}; locale=it_IT'\n'x-request-id', '{uuid}'"),
    ("x", "log", "{ts} ERROR payment.create failed: {\"card\":{\"number\":\"{card.plain}\",\"exp\":\"{card.exp}\",\"cvc\":\"{card.cvv}\"},\"amount\":{ms}} -> 402 card_declined"),
    ("it", "log", "{ts} DEBUG Verifica SCA: otp_inserito={otp} otp_atteso=****** esito=KO"),
    ("x", "log", "{ts} DEBUG sms-gateway send to={phone} body=\"Codice {otp} per accedere a {prov}\" status=queued id={taskid}"),
    ("x", "log", "{ts} INFO payout.created id={payid} beneficiary_iban={iban.c} amount={ms} request_id={uuid}"),
    ("x", "log", "< HTTP/2 200\n< content-type: application/json\n< set-cookie: __Host-session={tok.sess}; Path=/; Secure; HttpOnly\n< x-trace-id: {traceid}"),
    ("x", "log", "{ts} DEBUG curl: * Server auth using Basic with user '{cid}'\n> GET /v1/reports HTTP/1.1\n> Authorization: Basic {basic}"),
    ("it", "log", "{ts} ERROR [{app}] Errore firma JWT client assertion, chiave caricata:\n{pkey.ec}\n-- fine chiave --"),
    ("x", "log", "{ts} WARN git clone https://oauth2:{vkey.glpat}@gitlab.{prov}.example/sdk/php.git failed: 403"),
    ("it", "log", "{ts} INFO terminale {num8} operatore={user} pin_operatore={pin.n5} apertura cassa"),
    ("x", "log", "{ts} DEBUG 3ds method=challenge pan={card.plain} cvv2={card.cvv} eci=05 result=N"),
    ("x", "log", "{ts} INFO addebito SDD mandato=MND{num8} conto={it.conto} abi={it.abi} cab={it.cab} esito=RIFIUTATO motivo=AC04"),
    ("x", "log", "{ts} INFO uk_payout sort_code={uk.sort_c} account_number={uk.acct} amount_pence={ms} status=submitted"),
    # ================= PDF text with columns run together
    ("it", "pdf-text", "Beneficiario{company}IBAN{iban.c}Importo{amount}Data valuta{date}"),
    ("en", "pdf-text", "Account holder {name} Sort code {uk.sort} Account no. {uk.acct} Branch {city} Statement period {date} to {date2}"),
    ("it", "pdf-text", "Carta n.   {card.dash}   intestata a   {name}   scadenza   {card.exp}   plafond   {amount}"),
    ("it", "pdf-text", "Dati per il bonifico   IBAN: {it.iban_s}   BIC: {bic}\nConto corrente {it.conto} presso ABI {it.abi} CAB {it.cab}"),
    ("x", "pdf-text", "IBAN {es.iban}\nCCC {es.ccc}\nTitular {name_es}"),
]

NEG = [
    # ================= OCR / PDF
    ("it", "ocr", "RICEVUTA DI PAGAMENT0 POS\nESERCENTE {company}\nCARTA {maskcard}\nIMP0RTO {amount}   C0D. AUT. {num6}\nOPERAZIONE ESEGUITA   STAN {num6}"),
    ("en", "ocr", "Payment confirmation   Card {maskcard}\nAmount {amount}   Auth code {num6}   Terminal {num8}\nThank you for shopping at {company}"),
    ("it", "pdf-text", "FATTURA N. {invoice} del {date}\nCliente {company}\nImponibile {amount}   IVA 22%   Totale {amount2}\nPagamento: bonifico a 30 gg - IBAN indicato in contratto"),
    ("en", "pdf-text", "INVOICE {invoice}\nDate {date}\nBill to: {company}\nTotal due {amount}\nPay by card online or by bank transfer (details on your account page)."),
    ("it", "ocr", "Estratto conto al {date}\nIBAN {maskiban}\nBIC {bic}\nSaldo iniziale {amount}\nSaldo finale {amount2}"),
    ("it", "ocr", "COORDINATE BANCARIE DELLA FILIALE\nABI {abi}   CAB {cab}\nBIC {bic}\nIl numero di conto Le sarà comunicato all'apertura."),
    ("en", "screenshot", "Settings > API keys\nName        Key                       Created\nProduction  sk_••••••••••••{last4}   {date}\nSandbox     ••••••••••••{hex8}      {date2}\n[+ Create key]"),
    ("it", "screenshot", "Impostazioni > Sviluppatori\nClient ID      {cid}\nClient secret  ••••••••••••••••   [Mostra] [Rigenera]\nRedirect URI   https://{host}/callback"),
    ("en", "ocr", "Your one-time passcode has been sent to {phone}.\nDidn't receive it? Request a new code in 30 seconds."),
    ("it", "ocr", "Il codice di verifica è stato inviato al numero {phone}.\nNon hai ricevuto il codice? Richiedine uno nuovo."),
    ("it", "ocr", "Ordine n. {order}   Data {date}\nArticoli 3   Totale {amount}\nPagato con carta {maskcard}\nCodice tracking {num12}"),
    ("en", "ocr", "Order {order} placed on {date}\nShipping to {city}\nTracking {num12}\nPaid {amount} with card ending {last4}"),
    ("it", "pdf-text", "Gentile Cliente,\nLe ricordiamo che {prov} non Le chiederà mai password, PIN o codici OTP via e-mail o telefono.\nPer assistenza chiami il {phone}."),
    ("en", "pdf-text", "Security notice: never share your password, card PIN or one-time codes. {prov} staff will never ask for them. Ref {order}."),
    ("it", "ocr", "lBAN indicat0 non valid0: {badiban.s}\nVerificare le cifre di contr0ll0 e riprovare."),
    ("en", "ocr", "Card number {badcard.sp} is not valid. Please check and try again."),
    ("x", "ocr", "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : {name_fr}\nBIC {bic}\nDomiciliation : agence de Lyon\n(IBAN disponible dans votre espace client)"),
    ("it", "screenshot", "Messaggi  {time}\n{prov}\nIl pagamento di {amount} presso {company} è stato autorizzato. Rif. {payid}\nOggi {time2}"),
    ("en", "screenshot", "Two-factor authentication\nEnter the 6-digit code from your authenticator app\n[ _ _ _ _ _ _ ]\nTrouble? Use a recovery code."),
    ("it", "pdf-text", "Contratto n. {num8}/{num4}\nPartita IVA {num5}{num6}   REA {city}-{num6}\nData decorrenza {date}   Canone mensile {amount}"),
    # ================= spreadsheets
    ("it", "sheet", "Nome\tCognome\tIBAN\tImporto\n{first}\t{surname}\t{maskiban}\t{amount}\n{first2}\t{surname}\t[da chiedere]\t{amount2}"),
    ("en", "sheet", "payment_id,order,amount,status,created_at\n{payid},{order},{amount},succeeded,{ts}\n{payid2},{order2},{amount2},refunded,{ts2}"),
    ("it", "sheet", "id_richiesta;esito;codice;data\n{uuid};KO;{http};{date}\n{uuid2};OK;200;{date2}\n{uuid3};KO;{http};{date2}"),
    ("en", "sheet", "| env | client_id | client_secret |\n|-----|-----------|---------------|\n| prod | {cid} | (in vault) |\n| sandbox | {cid2} | {phsec} |"),
    ("it", "sheet", "utente;ruolo;ultimo accesso;2FA\n{user};amministratore;{date};attiva\n{email};operatore;{date2};non attiva"),
    ("en", "sheet", "Invoice,Customer,Net,VAT,Total,Due\n{invoice},{company},{amount},20%,{amount2},{date}"),
    ("it", "sheet", "Carta (mascherata),Scadenza,Esito\n{maskcard},{exp},RIFIUTATA\n{badcard.sp},{exp},NUMERO NON VALIDO"),
    ("en", "sheet", "commit\tauthor\tdate\tmessage\n{commit}\t{name_en}\t{isodate}\tfix token refresh\n{short}\t{name}\t{isodate}\tbump sdk to {ver}"),
    ("it", "sheet", "Telefono\tReferente\tOrario\n{phone}\t{name}\t{time}-{time2}"),
    ("en", "sheet", "bank,bic,country\nBanca di {city},{bic},IT\nclearing,{bic},EU"),
    # ================= terminal sessions
    ("x", "psql", "payments=> \\d operators\n   Column    |  Type   | Nullable\n-------------+---------+---------\n id          | bigint  | not null\n email       | text    | not null\n password    | text    | not null  -- bcrypt hash\n\npayments=> select count(*) from operators;\n count\n-------\n    {n}"),
    ("x", "psql", "$ PGPASSWORD=\"$DB_PASSWORD\" psql -h {dbhost} -U {user} {dbname}\npsql: error: connection to server at \"{dbhost}\" ({ip}), port 5432 failed: FATAL:  password authentication failed for user \"{user}\""),
    ("x", "psql", "{dbname}=# select id, status, amount from payments order by created_at desc limit 3;\n          id           |  status   | amount\n-----------------------+-----------+--------\n {payid} | succeeded | {ms}\n {payid2} | failed    | {ms}\n(2 rows)"),
    ("x", "mysql", "mysql> SELECT id, last4, brand, exp FROM cards LIMIT 2;\n+----+-------+------+-------+\n| id | last4 | brand| exp   |\n+----+-------+------+-------+\n| {n} | {last4} | visa | {exp} |\n+----+-------+------+-------+\n1 row in set (0.01 sec)"),
    ("x", "mysql", "$ mysql -h {dbhost} -u {user} -p {dbname}\nEnter password:\nERROR 2003 (HY000): Can't connect to MySQL server on '{dbhost}:3306' (110)"),
    ("x", "redis", "127.0.0.1:6379> KEYS session:*\n1) \"session:{hex12}\"\n2) \"session:{md5}\"\n127.0.0.1:6379> TTL session:{hex12}\n(integer) {ms}"),
    ("x", "redis", "$ redis-cli -h {dbhost} -a \"$REDIS_PASSWORD\" INFO server | head -3\n# Server\nredis_version:7.2.4\nredis_git_sha1:00000000"),
    ("x", "kubectl", "$ kubectl describe secret sportello-credentials -n {ns}\nName:         sportello-credentials\nNamespace:    {ns}\nType:         Opaque\n\nData\n====\nclient-id:      {n} bytes\nclient-secret:  40 bytes"),
    ("x", "kubectl", "$ kubectl get secrets -n {ns}\nNAME                    TYPE                DATA   AGE\nsportello-credentials   Opaque              2      {n}d\n{app}-tls               kubernetes.io/tls   2      {n2}d"),
    ("x", "kubectl", "$ kubectl get pods -n {ns}\nNAME                              READY   STATUS             RESTARTS   AGE\n{app}-{hex8}-{rand20}   0/1     CrashLoopBackOff   {n}          {n2}m"),
    ("x", "kubectl", "env:\n  - name: SPORTELLO_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: sportello-credentials\n        key: client-secret\n  - name: SPORTELLO_CLIENT_ID\n    value: {cid}"),
    ("x", "kubectl", "$ kubectl get configmap {app}-config -o yaml\ndata:\n  BASE_URL: https://{host}\n  LOG_LEVEL: info\n  CLIENT_ID: {cid}\n  TIMEOUT_MS: \"{ms}\""),
    ("x", "docker", "$ docker inspect {app} --format '{{json .Config.Env}}' | jq .\n[\n  \"SPORTELLO_CLIENT_ID={cid}\",\n  \"SPORTELLO_BASE_URL=https://{host}\",\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n]"),
    ("x", "docker", "$ docker images --digests | grep {app}\nregistry.{prov}.example/{app}   {ver}   sha256:{sha256}   {hex12}   {n} days ago   212MB"),
    ("x", "aws", "$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************{hex8}      shared-credentials-file\nsecret_key     ****************{hex8}      shared-credentials-file\n    region                {region}      config-file    ~/.aws/config"),
    ("x", "aws", "$ aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA{hex12}\",\n    \"Account\": \"{num12}\",\n    \"Arn\": \"arn:aws:iam::{num12}:user/sportello-ci\"\n}"),
    ("x", "gcloud", "$ gcloud secrets list --project={app}\nNAME               CREATED              REPLICATION_POLICY  LOCATIONS\ndb-password        {ts}  automatic           -\nsportello-secret   {ts2}  automatic           -"),
    ("x", "shell", "$ env | grep -i sportello\nSPORTELLO_BASE_URL=https://{host}\nSPORTELLO_CLIENT_ID={cid}\nSPORTELLO_TOKEN_FILE=/run/secrets/sportello_token"),
    ("x", "shell", "$ git log --oneline -3\n{short} fix: rotate token before expiry\n{short} chore: bump sportello sdk to {ver}\n{short} feat: read client secret from vault"),
    ("x", "shell", "$ sha256sum export-{isodate}.csv\n{sha256}  export-{isodate}.csv\n$ wc -l export-{isodate}.csv\n{ms} export-{isodate}.csv"),
    ("x", "shell", "$ openssl x509 -in client.crt -noout -fingerprint -sha256\nsha256 Fingerprint={sha256}\n$ openssl x509 -in client.crt -noout -enddate\nnotAfter={date} GMT"),
    # ================= config files reading secrets
    ("x", "env", "# .env.example\nAPP_ENV=production\nSPORTELLO_CLIENT_ID=\nSPORTELLO_CLIENT_SECRET={phsec}\nDB_PASSWORD={phpw}\nSPORTELLO_TOKEN={ph}"),
    ("it", "env", "# .env — i valori veri sono nel vault, qui solo i riferimenti\nPAYMENTS_API_KEY=${PAYMENTS_API_KEY}\nWEBHOOK_SECRET=${WEBHOOK_SECRET}\nREDIS_URL=redis://{dbhost}:6379/0"),
    ("x", "npmrc", "; .npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@sportello:registry=https://npm.{prov}.example/\nalways-auth=true"),
    ("x", "netrc", "# ~/.netrc (template)\nmachine api.{prov}.example\n  login {cid}\n  password {phsec}"),
    ("x", "pgpass", "# ~/.pgpass format reminder:\n# hostname:port:database:username:password\n# chmod 0600 ~/.pgpass or libpq will ignore it\n{dbhost}:5432:{dbname}:{user}:*"),
    ("x", "maven", "<server>\n  <id>sportello-releases</id>\n  <username>${env.MAVEN_USER}</username>\n  <password>${env.MAVEN_PASSWORD}</password>\n</server>"),
    ("x", "appsettings", "{\n  \"Sportello\": {\n    \"BaseUrl\": \"https://{host}\",\n    \"ClientId\": \"{cid}\",\n    \"ClientSecret\": \"\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }\n}"),
    ("it", "properties", "# application.properties\n# la password arriva da variabile d'ambiente\nspring.datasource.url=jdbc:postgresql://{dbhost}:5432/{dbname}\nspring.datasource.username={user}\nspring.datasource.password=${DB_PASSWORD}\nsportello.oauth.client-secret=${SPORTELLO_CLIENT_SECRET}"),
    ("x", "yaml", "sportello:\n  oauth:\n    token-url: https://{host}/oauth2/token\n    client-id: {cid}\n    client-secret: ${SPORTELLO_CLIENT_SECRET:}\n    scopes: [payments, payouts]"),
    ("x", "python", "import os\n\nCLIENT_ID = os.environ[\"SPORTELLO_CLIENT_ID\"]\nCLIENT_SECRET = os.environ.get(\"SPORTELLO_CLIENT_SECRET\")\nTOKEN_URL = \"https://{host}/oauth2/token\""),
    ("x", "node", "const client = new Sportello({\n  clientId: process.env.SPORTELLO_CLIENT_ID,\n  clientSecret: process.env.SPORTELLO_CLIENT_SECRET,\n  baseUrl: 'https://{host}',\n});"),
    ("x", "php", "<?php\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\ndefine('SPORTELLO_API_KEY', getenv('SPORTELLO_API_KEY'));\n$client = new Sportello\\Client(SPORTELLO_API_KEY);"),
    ("x", "toml", "[payments]\nprovider = \"{prov}\"\napi_key_env = \"PAYMENTS_API_KEY\"\ntimeout_ms = {ms}\n\n[payments.webhook]\nsecret_file = \"/run/secrets/webhook\""),
    ("x", "dockercfg", "{\n  \"credsStore\": \"desktop\",\n  \"auths\": {\n    \"registry.{prov}.example\": {}\n  }\n}"),
    # ================= terraform / helm
    ("x", "terraform", "variable \"sportello_client_secret\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"kubernetes_secret\" \"sportello\" {\n  data = { client_secret = var.sportello_client_secret }\n}"),
    ("x", "terraform", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/{app}/db\"\n}\n\nlocals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}"),
    ("x", "terraform", "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n        id       = \"{app}\"\n    }\nPlan: 0 to add, 1 to change, 0 to destroy."),
    ("x", "helm", "# values-prod.yaml\nimage:\n  repository: registry.{prov}.example/{app}\n  tag: {short}\nsportello:\n  clientId: {cid}\n  existingSecret: sportello-credentials\n  secretKeys:\n    clientSecret: client-secret"),
    ("it", "helm", "# values.yaml — i segreti li inietta external-secrets\nexternalSecrets:\n  enabled: true\n  remoteRef: prod/sportello\nresources:\n  limits:\n    memory: 512Mi"),
    # ================= logs
    ("x", "log", "{ts} DEBUG http.client > POST /v1/payments HTTP/1.1\n{ts} DEBUG http.client > Host: {host}\n{ts} DEBUG http.client > Authorization: [FILTERED]\n{ts} DEBUG http.client > X-Request-Id: {uuid}\n{ts} DEBUG http.client < HTTP/1.1 {http}"),
    ("x", "log", "{ip} - - [{date}:{time}:00 +0100] \"GET /callback?code=[redacted]&state={uuid} HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\""),
    ("x", "log", "level=info ts={ts} msg=\"token refreshed\" client_id={cid} expires_in=3600 trace_id={traceid}"),
    ("x", "log", "[{ts}] request.headers={\"authorization\":\"Basic ***\",\"content-type\":\"application/json\",\"traceparent\":\"{traceparent}\"}"),
    ("it", "log", "{ts} WARN  [{app}] login fallito per utente={user} ip={ip} (tentativo {n}/5) motivo=password_errata"),
    ("x", "log", "{ts} ERROR payment.create failed: card_number=**** **** **** {last4} exp={exp} -> 402 card_declined request_id={uuid}"),
    ("it", "log", "{ts} DEBUG Verifica SCA: otp_inserito=****** esito=KO tentativi_residui={n}"),
    ("x", "log", "{ts} INFO payout.created id={payid} beneficiary_iban={maskiban} amount={ms} request_id={uuid}"),
    ("x", "log", "< HTTP/2 401\n< content-type: application/json\n< www-authenticate: Bearer error=\"invalid_token\"\n< x-trace-id: {traceid}\n{\"error\":\"invalid_token\",\"request_id\":\"{uuid}\"}"),
    ("x", "log", "{ts} INFO webhook delivered id={taskid} event=payment.succeeded payment={payid} signature=t={ms},v1={sha256}"),
    ("x", "log", "{ts} DEBUG idempotency key={uuid} payment={payid} amount={ms} currency=EUR"),
    ("it", "log", "{ts} ERROR validazione IBAN fallita valore={badiban} motivo=checksum"),
    ("x", "log", "{ts} WARN card validation failed pan_luhn=false pan={badcard.plain} bin={num6}"),
    ("x", "log", "{ts} INFO sms-gateway to={phone} template=otp_login status=delivered id={taskid}"),
    ("x", "log", "{ts} INFO k8s pod={app}-{hex8} image=registry.{prov}.example/{app}@sha256:{sha256} ready=true"),
    ("it", "ocr", "Autenticazione a due fattori\nInserisci il codice a 6 cifre generato dall'app\n[ _ _ _ _ _ _ ]\nNon hai il telefono? Usa un codice di recupero."),
    ("en", "ocr", "TERMINAL SETUP\nTerminal ID {num8}   Merchant {company}\nSoftware {ver}   Activated {date}\nSupervisor PIN: set by merchant at first use"),
    ("x", "psql", "{dbname}=> select id, phone, status, expires_at from otp_challenges order by id desc limit 2;\n  id  |     phone      | status  |       expires_at\n------+----------------+---------+------------------------\n {num5} | {phone} | expired | {ts}\n(1 row)"),
    ("x", "redis", "127.0.0.1:6379> GET ratelimit:otp:{num8}\n\"{n}\"\n127.0.0.1:6379> TTL ratelimit:otp:{num8}\n(integer) {ms}"),
    ("it", "env", "# collaudo - le chiavi vere le mette la pipeline\nDB_PASS=\nSCA_MODE=sandbox\nCARD_TEST_PAN=vedi documentazione del provider\nLOG_LEVEL=debug"),
    ("x", "shell", "$ curl -s https://{host}/v1/accounts/{num8} -H \"Authorization: Bearer $TOKEN\" | jq .bank\n{\n  \"sort_code\": \"{sort}\",\n  \"account_number\": \"****{last4}\",\n  \"bic\": \"{bic}\"\n}"),
    ("it", "ocr", "DISPOSIZIONE DI B0NIFICO\nOrdinante {company}\nBeneficiario {name}\nIBAN beneficiario\n{maskiban}\nImporto {amount}   Causale rimborso {order}"),
    ("en", "screenshot", "Personal access tokens\nci-deploy   ghp_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022   Last used {date}   [Revoke]\nsdk-mirror  ghp_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022   Never used       [Revoke]"),
    ("it", "pdf-text", "Verbale di installazione POS\nMatricola {num8}   Esercente {company}\nPassword menu tecnico: comunicata a voce al titolare\nFirma tecnico ________   Data {date}"),
    ("x", "ocr", "TICKET CB\n{company}\nCARTE {maskcard}\nDEBIT {amount}\nA CONSERVER"),
    ("en", "ocr", "CARDHOLDER AUTHORISATION\nCard no.: {badcard.dot}\nExpiry: {exp}\nRejected: card number failed validation"),
    ("it", "pdf-text", "Beneficiario{company}BIC{bic}Importo{amount}Data valuta{date}Rif.{order}"),
    ("en", "pdf-text", "Account holder {name} Branch {city} Statement period {date} to {date2} Opening balance {amount} Closing balance {amount2}"),
]

_OLD_INTRO_IT = ["Vi incollo quello che vedo:", "copio dal terminale:", "Ecco il file di configurazione completo:", "Dallo screenshot (testo estratto con OCR):",
            "Vi giro il PDF convertito in testo, scusate la formattazione:", "righe copiate dal foglio Excel:", "Output del comando:",
            "Questo è il log di stanotte:", "# copiato dal server di produzione", "Il collega mi ha mandato questo, non so se serve:",
            "dal documento che ci ha mandato il cliente (OCR):", "config attuale, ditemi cosa c'è che non va", "log completo qui sotto",
            "Vi allego il contenuto del file perché il portale non accetta allegati:", "Ho fatto copia-incolla dalla console:"]
_OLD_INTRO_EN = ["Pasting what I see:", "copied from the terminal:", "Here's the full config file:", "From the screenshot (OCR'd text):",
            "PDF converted to text, sorry about the formatting:", "rows copied from the spreadsheet:", "Command output:",
            "This is last night's log:", "# copied from the prod box", "My colleague sent me this, not sure it helps:",
            "from the document the customer sent (OCR):", "current config, tell me what's wrong", "full log below",
            "Pasting the file contents since the portal doesn't take attachments:", "Copy-pasted from the console:"]
INTROS = {
    "any": (["Vi incollo quello che vedo:", "Il collega mi ha mandato questo, non so se serve:", "Vi allego il contenuto perché il portale non accetta allegati:"],
            ["Pasting what I see:", "My colleague sent me this, not sure it helps:", "Pasting the contents since the portal doesn't take attachments:"]),
    "ocr": (["Dallo screenshot (testo estratto con OCR):", "Vi giro il PDF convertito in testo, scusate la formattazione:", "dal documento che ci ha mandato il cliente (OCR):",
             "testo copiato dalla foto del documento:", "La scansione dice:"],
            ["From the screenshot (OCR'd text):", "PDF converted to text, sorry about the formatting:", "from the document the customer sent (OCR):",
             "text copied from a photo of the letter:", "The scan says:"]),
    "sheet": (["righe copiate dal foglio Excel:", "dal Google Sheet condiviso:", "copio le righe interessate:"],
              ["rows copied from the spreadsheet:", "from the shared Google Sheet:", "copying the relevant rows:"]),
    "term": (["copio dal terminale:", "Output del comando:", "Ho fatto copia-incolla dalla console:", "sessione di stamattina:"],
             ["copied from the terminal:", "Command output:", "Copy-pasted from the console:", "this morning's session:"]),
    "conf": (["Ecco il file di configurazione completo:", "config attuale, ditemi cosa c'è che non va", "# copiato dal server di produzione", "il file che usiamo in produzione:"],
             ["Here's the full config file:", "current config, tell me what's wrong", "# copied from the prod box", "the file we use in production:"]),
    "log": (["Questo è il log di stanotte:", "log completo qui sotto", "dal file di log dell'applicazione:", "estratto dai log (livello debug):"],
            ["This is last night's log:", "full log below", "from the application log file:", "excerpt from the logs (debug level):"]),
}
STYLE_GROUP = {"ocr": "ocr", "pdf-text": "ocr", "screenshot": "ocr", "sheet": "sheet", "psql": "term", "mysql": "term",
               "redis": "term", "kubectl": "term", "docker": "term", "aws": "term", "gcloud": "term", "shell": "term", "log": "log"}
OUTRO_IT = ["", "", "\n\nGrazie", "\n\nCosa sbaglio?", "\n\nil problema è sempre lo stesso, 401", "\n\nfatemi sapere"]
OUTRO_EN = ["", "", "\n\nThanks", "\n\nWhat am I doing wrong?", "\n\nsame 401 as before", "\n\nlet me know"]

OCR_MAP = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "B": "8", "e": "c", "i": "í", "a": "à", "g": "q"}


def ocr_noise(r, text, secrets):
    """Confuse letters and break lines outside the labelled values."""
    protected = [False] * len(text)
    for s in secrets:
        for m in re.finditer(re.escape(s["value"]), text):
            for k in range(max(0, m.start() - 1), min(len(text), m.end() + 1)):
                protected[k] = True
    rate = r.uniform(0.03, 0.09)
    out = []
    for k, ch in enumerate(text):
        if not protected[k]:
            if ch in OCR_MAP and r.random() < rate:
                ch = OCR_MAP[ch]
            elif ch == " " and r.random() < rate / 2:
                ch = r.pick(["\n", "  ", ""])
            elif ch == "\n" and r.random() < rate:
                ch = " "
        out.append(ch)
    return "".join(out)


def _kinds(t):
    c = Ctx(R("probe"), "en")
    fill(t, c)
    return {s["kind"] for s in c.secrets}


POS_K = [(b, _kinds(b[2])) for b in POS]
for b in NEG:
    assert not _kinds(b[2]), b
KIND_W = {"password": 16, "access_token": 12, "client_secret": 12, "card_number": 12, "iban": 14, "bank_account": 15,
          "pin": 20, "cvv": 5, "refresh_token": 10, "vendor_key": 9, "private_key": 10}


def gen_one(r, i):
    lang = "it" if r.random() < 0.52 else "en"
    positive = r.random() < 0.47
    if positive:
        kind = r.choices(list(KIND_W), weights=list(KIND_W.values()))[0]
        cands = [b for b, ks in POS_K if kind in ks and b[0] in (lang, "x")] or [b for b, ks in POS_K if kind in ks]
        b = r.pick(cands)
    else:
        b = r.pick([b for b in NEG if b[0] in (lang, "x")])
    blang, style, body = b
    if blang != "x":
        lang = blang
    it = lang == "it"
    k = r.random()
    if blang == "x" or k < 0.55:
        grp = STYLE_GROUP.get(style, "conf")
        intro = r.pick(INTROS[grp][0 if it else 1] + INTROS["any"][0 if it else 1])
        fence = style not in ("ocr", "pdf-text", "sheet", "screenshot") and r.random() < 0.35
        body = intro + ("\n\n```\n" + body + "\n```" if fence else r.pick(["\n", "\n\n"]) + body) + r.pick(OUTRO_IT if it else OUTRO_EN)
    ctx = Ctx(r, lang)
    text = fill(body, ctx)
    if style in ("ocr", "screenshot") or (style == "pdf-text" and r.random() < 0.5):
        text = ocr_noise(r, text, ctx.secrets)
    return lang, style, text, ctx.secrets


if __name__ == "__main__":
    rows = build(gen_one, N, SEED, "mdoc")
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "mixed-docs.jsonl")
    write_jsonl(out, rows)
    print(f"wrote {len(rows)} rows to {out}; templates: {len(POS)} positive, {len(NEG)} negative bodies")
