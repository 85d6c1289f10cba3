# -*- coding: utf-8 -*-
"""Positive templates: second-hand technical text (Windows/.NET, PowerShell,
mobile configs and crash logs, Terraform/Ansible/Helm, GraphQL/gRPC,
HTTPie/Bruno/Insomnia, TSV from spreadsheets, legacy exports)."""

T = []


def P(lang, style, body, n=2, wrap="code"):
    T.append(("P", lang, style, body, n, wrap))


# ------------------------------------------------------------------ .NET
P("en", "appsettings", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Payments": "Server=sql-⟦num⟧.internal;Database=Payments;User Id=⟦user⟧;Password=⟦pws⟧;TrustServerCertificate=True"
  },
  "OpenBanking": {
    "Authority": "https://⟦host⟧",
    "ClientId": "⟦cid⟧",
    "ClientSecret": "⟦csaz⟧"
  }
}""")
P("en", "appsettings", """{
  "Stripe": {
    "PublishableKeyName": "STRIPE_PK",
    "SecretKey": "⟦stripe⟧",
    "WebhookPath": "/hooks/stripe"
  },
  "AllowedHosts": "*"
}""")
P("it", "appsettings", """// appsettings.Development.json – copiato dal PC di ⟦first⟧
{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=laranistor⟦num⟧;AccountKey=⟦azkey⟧;EndpointSuffix=core.windows.net"
  },
  "Tracing": { "Enabled": true }
}""")
P("en", "web-config", """<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="OAuthClientId" value="⟦cid⟧" />
    <add key="OAuthClientSecret" value="⟦cs⟧" />
    <add key="TimeoutSeconds" value="30" />
  </appSettings>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=SQL01;Initial Catalog=Billing;User ID=sa;Password=⟦pw⟧" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>""")
P("it", "web-config", """<!-- web.config del vecchio portale, NON toccare la sezione sotto -->
<appSettings>
  <add key="SmtpUser" value="noreply@⟦domain⟧" />
  <add key="SmtpPassword" value="⟦pw⟧" />
  <add key="SmtpPort" value="587" />
</appSettings>""")
P("en", "dotnet-secrets", """PS C:\\src\\Payments.Api> dotnet user-secrets list
OpenBanking:ClientId = ⟦cid⟧
OpenBanking:ClientSecret = ⟦cs⟧
Redis:Host = localhost
Sendgrid:ApiKey = ⟦sg⟧""")
P("en", "csharp", """// TODO move to Key Vault before go-live
private const string ApiKey = "⟦apikey⟧";
private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://⟦host⟧/") };""")
P("en", "csharp", """var rsa = RSA.Create();
rsa.FromXmlString("⟦pkx⟧");
var signer = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256);""", n=2)
P("en", "vbnet", """Dim secret As String = "⟦cs|catvb⟧"
Dim client As New OAuthClient("⟦cid⟧", secret)""", n=2)
P("en", "nuget-config", """<packageSourceCredentials>
  <CompanyFeed>
    <add key="Username" value="build-agent" />
    <add key="ClearTextPassword" value="⟦ghp⟧" />
  </CompanyFeed>
</packageSourceCredentials>""")
P("en", "launch-settings", """{
  "profiles": {
    "Payments.Api": {
      "commandName": "Project",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "PSD2__CLIENTSECRET": "⟦cs⟧",
        "PSD2__REFRESHTOKEN": "⟦rt⟧"
      },
      "applicationUrl": "https://localhost:⟦port⟧"
    }
  }
}""")

# ----------------------------------------------------------- PowerShell/cmd
P("en", "powershell", r"""$secure = ConvertTo-SecureString "⟦pws⟧" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("⟦user⟧", $secure)
Invoke-Command -ComputerName PAYAPP01 -Credential $cred -ScriptBlock { Restart-Service PaymentsWorker }""")
P("en", "powershell", r"""$headers = @{ Authorization = "Bearer ⟦jwt⟧"; "X-Request-Id" = "⟦uuid⟧" }
Invoke-RestMethod -Uri "https://⟦host⟧/v2/payments?limit=50" -Headers $headers -Method Get""")
P("it", "powershell", r"""# script del vecchio fornitore, gira ogni notte dal Task Scheduler
$env:CLIENT_SECRET = "⟦cs⟧"
$env:CLIENT_ID = "⟦cid⟧"
& "C:\Tools\sync\sync.exe" --mode full --log "C:\Logs\sync-$(Get-Date -f yyyyMMdd).log"
""")
P("en", "cmd", r"""C:\> setx PAYMENTS_API_KEY ⟦apikey⟧
SUCCESS: Specified value was saved.
C:\> cmdkey /generic:PaymentsPortal /user:⟦user⟧ /pass:⟦pw⟧
CMDKEY: Credential added successfully.""")
P("it", "cmd", r"""@echo off
REM avvio batch riconciliazione - NON CONDIVIDERE
set DB_USER=⟦user⟧
set DB_PASSWORD=⟦pw⟧
set SFTP_PSW=⟦pws⟧
java -jar riconcilia.jar --data %DATE%""")
P("en", "powershell", r"""PS> $b = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("⟦pair⟧"))
PS> $b
⟦basic⟧
PS> Invoke-WebRequest -Uri https://⟦host⟧/oauth/token -Method Post -Headers @{Authorization="Basic $b"} -Body "grant_type=client_credentials"
Invoke-WebRequest : {"error":"invalid_scope"}""")

# ------------------------------------------------------------------ mobile
P("en", "swift", """enum Config {
    static let baseURL = URL(string: "https://⟦host⟧")!
    static let apiKey = "⟦apikey⟧"
    static let timeout: TimeInterval = 30
}""")
P("en", "plist", """<key>CFBundleShortVersionString</key>
<string>⟦ver⟧</string>
<key>PaymentsClientSecret</key>
<string>⟦cs⟧</string>
<key>NSAppTransportSecurity</key>
<dict/>""")
P("en", "kotlin", """object Secrets {
    const val CLIENT_ID = "⟦cid⟧"
    const val CLIENT_SECRET = "⟦cs|cat⟧"
}""", n=2)
P("en", "gradle", """android {
    defaultConfig {
        buildConfigField "String", "API_KEY", "\\"⟦apikey⟧\\""
        buildConfigField "String", "API_HOST", "\\"⟦host⟧\\""
    }
}""")
P("it", "gradle-properties", """# gradle.properties (macchina di build, non committare)
org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=⟦pws⟧
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=⟦pw⟧""")
P("en", "flutter", """flutter run --flavor prod \\
  --dart-define=API_BASE=https://⟦host⟧ \\
  --dart-define=API_KEY=⟦apikey⟧ \\
  --dart-define=SENTRY_ENV=prod""")
P("en", "dart", """const _token = '⟦at|cats⟧';
final dio = Dio(BaseOptions(headers: {'Authorization': 'Bearer $_token'}));""", n=2)
P("en", "google-services", """{
  "project_info": { "project_number": "⟦num⟧4471102", "project_id": "lariani-pay" },
  "client": [ {
    "client_info": { "mobilesdk_app_id": "⟦appid⟧" },
    "api_key": [ { "current_key": "⟦gapi⟧" } ]
  } ]
}""")
P("en", "crash-log", """FATAL EXCEPTION: OkHttp Dispatcher
Process: ⟦bundle⟧, PID: ⟦build⟧
java.io.IOException: unexpected end of stream on https://⟦host⟧/...
D/OkHttp: --> POST https://⟦host⟧/oauth/token
D/OkHttp: Content-Type: application/x-www-form-urlencoded
D/OkHttp: grant_type=refresh_token&refresh_token=⟦rt⟧&client_id=⟦cid⟧
D/OkHttp: --> END POST (⟦num⟧3-byte body)
    at okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:210)""")
P("en", "crash-log", """Incident Identifier: ⟦uguid⟧
Hardware Model:      iPhone14,5
Version:             ⟦ver⟧ (⟦build⟧)
Exception Type:  EXC_CRASH (SIGABRT)
Last Exception Backtrace:
0   CoreFoundation  ⟦mem⟧ __exceptionPreprocess + 164
1   libobjc.A.dylib ⟦mem2⟧ objc_exception_throw + 60
NSURLErrorFailingURLStringErrorKey=https://⟦host⟧/v1/accounts?access_token=⟦at⟧&page=2""")
P("it", "crash-log", """--------- beginning of crash
E/AndroidRuntime: FATAL EXCEPTION: main
E/AndroidRuntime: Process: ⟦bundle⟧, PID: ⟦build⟧
E/AndroidRuntime: java.lang.IllegalStateException: login fallito per utente ⟦user⟧ con password ⟦pw⟧
E/AndroidRuntime:     at ⟦bundle⟧.auth.LoginViewModel.onResult(LoginViewModel.kt:88)""")
P("en", "logcat", """I/PaymentSheet: card entered, brand=visa
D/PaymentSheet(⟦build⟧): cardNumber=⟦visa|c⟧ cvc=⟦cvv⟧ exp=⟦exp⟧
W/PaymentSheet: debug logging is enabled in a release build""")
P("it", "logcat", """D/SmsRetriever: messaggio ricevuto "Il tuo codice di verifica è ⟦otp⟧. Non comunicarlo a nessuno."
D/SmsRetriever: codice estratto, invio al server
I/Auth: challenge ⟦uuid⟧ completata""")

# ------------------------------------------------------------------ IaC
P("en", "terraform", """variable "db_password" {
  type    = string
  default = "⟦pws⟧"
}

provider "aws" {
  region     = "eu-south-1"
  access_key = "⟦awsid⟧"
  secret_key = "⟦awssec⟧"
}""")
P("it", "terraform", """# terraform.tfvars – ambiente collaudo (ereditato da ⟦azienda⟧)
location      = "westeurope"
app_client_id = "⟦uuid⟧"
app_secret    = "⟦csaz⟧"
tags = { owner = "⟦first⟧", cost_center = "⟦num⟧" }""")
P("en", "tfstate", """{
  "mode": "managed",
  "type": "azurerm_postgresql_flexible_server",
  "name": "payments",
  "instances": [ { "attributes": {
      "administrator_login": "⟦user⟧",
      "administrator_password": "⟦pws⟧",
      "fqdn": "pay-⟦num⟧.postgres.database.azure.com",
      "version": "14" } } ]
}""")
P("en", "ansible", """all:
  hosts:
    pay-app-01:
      ansible_host: ⟦ip⟧
      ansible_user: deploy
      ansible_password: ⟦pw⟧
      ansible_become_pass: ⟦pws⟧""")
P("it", "ansible", """- name: configura utente database
  postgresql_user:
    name: ⟦user⟧
    password: "⟦pws⟧"   # TODO spostare in vault, ⟦first⟧ lo sa
    db: pagamenti""")
P("en", "helm-values", """image:
  repository: registry.⟦domain⟧/payments-api
  tag: "⟦ver⟧"
psd2:
  clientId: ⟦cid⟧
  clientSecret: "⟦cs⟧"
replicaCount: 2""")
P("en", "helm", """$ helm upgrade --install pay ./chart -n payments \\
    --set image.tag=⟦ver⟧ \\
    --set postgresql.auth.password=⟦pws⟧ \\
    --set stripe.secretKey=⟦stripe⟧
Release "pay" has been upgraded. Happy Helming!""")
P("it", "helm-values", """# values-collaudo.yaml (copiato dalla chat con il fornitore)
secrets:
  smtpPassword: ⟦pw⟧
  githubToken: ⟦ghpat⟧
ingress:
  host: collaudo.⟦domain⟧""")

# ----------------------------------------------------------- GraphQL/gRPC
P("en", "graphql", """# GraphQL playground — HTTP HEADERS
{
  "Authorization": "Bearer ⟦jwt⟧"
}

query Payments { payments(first: 20, status: SETTLED) { edges { node { id amount } } } }""")
P("en", "graphql", """mutation AddCard($input: AddCardInput!) { addCard(input: $input) { id last4 } }

Variables:
{ "input": { "holder": "⟦name⟧", "number": "⟦card|c⟧", "cvc": "⟦cvv⟧", "expiry": "⟦exp⟧" } }""")
P("it", "graphql", """# query che usa il vecchio frontend, l'ho presa dagli strumenti di sviluppo
mutation { login(email: "⟦email⟧", password: "⟦pw⟧") { token user { id } } }""")
P("en", "grpc", """$ grpcurl -H 'authorization: Bearer ⟦at⟧' \\
    -d '{"payment_id": "⟦payid⟧"}' \\
    ⟦host⟧:443 payments.v1.Payments/GetPayment
ERROR:
  Code: PermissionDenied
  Message: scope missing""")
P("en", "grpc", """metadata received:
  :authority: ⟦host⟧
  content-type: application/grpc
  x-api-key: ⟦apikey⟧
  grpc-timeout: 10S
  x-request-id: ⟦uuid⟧""")

# ------------------------------------------------- HTTP client exports
P("en", "httpie", """$ http --form POST https://⟦host⟧/oauth/token grant_type=client_credentials client_id=⟦cid⟧ client_secret=⟦cs⟧
HTTP/1.1 400 Bad Request
{"error": "invalid_scope"}""")
P("it", "httpie", """$ http -a ⟦pair⟧ POST https://⟦host⟧/oauth/token grant_type=client_credentials
HTTP/1.1 401 Unauthorized
WWW-Authenticate: Basic realm="psd2"
(è la stessa coppia che usiamo in produzione, boh)""")
P("en", "bruno", """meta {
  name: Get token
  type: http
  seq: 1
}

post {
  url: https://⟦host⟧/oauth/token
  body: formUrlEncoded
  auth: none
}

body:form-urlencoded {
  grant_type: refresh_token
  refresh_token: ⟦rt⟧
  client_id: ⟦cid⟧
}""")
P("en", "bruno", """vars {
  baseUrl: https://⟦host⟧
  clientId: ⟦cid⟧
  clientSecret: ⟦cs⟧
}""")
P("en", "insomnia", """{"_type":"export","__export_format":4,"resources":[{"_id":"req_⟦corr⟧","_type":"request","name":"List accounts","method":"GET","url":"https://⟦host⟧/v1/accounts","authentication":{"type":"basic","username":"⟦user⟧","password":"⟦pws⟧"}}]}""")
P("it", "insomnia", """{"_type":"environment","name":"Produzione","data":{"base_url":"https://⟦host⟧","client_id":"⟦cid⟧","client_secret":"⟦cs⟧","token":"⟦jwt⟧"}}""")
P("en", "curl", """curl -s -u ⟦pair⟧ -X POST https://⟦host⟧/oauth/token -d grant_type=client_credentials | jq .""")
P("en", "curl", """curl 'https://⟦host⟧/api/session' -H 'Cookie: SESSIONID=⟦cookie⟧; lang=en' -H 'Accept: application/json' --compressed""")
P("en", "curl", """curl -X POST https://⟦host⟧/v1/payouts \\
  -H "Authorization: Basic ⟦upbasic⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 1200, "currency": "EUR"}'""")
P("it", "http-dump", """GET /portale/home HTTP/1.1
Host: ⟦host⟧
Cookie: .AspNetCore.Session=⟦aspcookie⟧; cookieconsent=yes
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)

(questa è la richiesta che fallisce, copiata dagli strumenti di Edge)""")

# ----------------------------------------------------------- misc files
P("en", "npmrc", """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟦npm⟧
always-auth=true""")
P("en", "git-remote", """$ git remote -v
origin  https://⟦user⟧:⟦ghp⟧@github.com/lariani/payments-gateway.git (fetch)
origin  https://⟦user⟧:⟦ghp⟧@github.com/lariani/payments-gateway.git (push)""")
P("en", "gitlab-ci", """variables:
  DEPLOY_TOKEN: "⟦glpat⟧"
  SLACK_BOT_TOKEN: "⟦slack⟧"
deploy:
  script: ./deploy.sh""")
P("it", "env", """# .env del vecchio progetto (trovato sul server di staging)
APP_ENV=staging
DATABASE_URL=postgres://⟦user⟧:⟦pws|url⟧@db-staging.internal:5432/pagamenti
SENDGRID_API_KEY=⟦sg⟧
OPENAI_API_KEY=⟦oai⟧""")
P("en", "env", """MAILGUN_API_KEY=⟦mailgun⟧
SHOPIFY_ADMIN_TOKEN=⟦shpat⟧
TELEGRAM_BOT_TOKEN=⟦tg⟧
LOG_LEVEL=debug""")
P("en", "conn-url", """jdbc:sqlserver://sql01.⟦domain⟧:1433;databaseName=Payments;user=⟦user⟧;password=⟦pws⟧;encrypt=true""")
P("it", "conn-url", """La stringa che ci ha dato il fornitore è questa: mongodb+srv://⟦user⟧:⟦pwx|url⟧@cluster0.⟦short⟧.mongodb.net/sportello?retryWrites=true ma non si collega""")
P("en", "conn-url", """redis://default:⟦pws⟧@cache-⟦num⟧.⟦domain⟧:6379/0""")
P("en", "service-account", """{
  "type": "service_account",
  "project_id": "lariani-payments",
  "private_key_id": "⟦sha⟧",
  "private_key": "⟦pkj⟧\\n",
  "client_email": "reconciler@lariani-payments.iam.gserviceaccount.com"
}""")
P("en", "openssh", """$ cat ~/.ssh/id_deploy
⟦pkssh⟧
$ ssh -i ~/.ssh/id_deploy deploy@⟦ip⟧
Permission denied (publickey).""")
P("it", "apns-key", """Chiave APNs (AuthKey_⟦teamid⟧.p8) che usava la vecchia agenzia per le notifiche push:
⟦pkec⟧
Team ID ⟦teamid2⟧, bundle ⟦bundle⟧""")
P("en", "keytool", """$ keytool -importkeystore -srckeystore release.p12 -srcstoretype PKCS12 -srcstorepass ⟦pws⟧ -destkeystore release.jks -deststorepass ⟦pws⟧
Importing keystore release.p12 to release.jks...
Entry for alias upload successfully imported.""")
P("en", "openssl", """openssl pkcs12 -export -in client.crt -inkey client.key -out client.p12 -passout pass:⟦pw⟧""")
P("en", "k8s-secret", """apiVersion: v1
kind: Secret
metadata:
  name: psd2-credentials
type: Opaque
data:
  client-id: ⟦cid|b64⟧
  client-secret: ⟦cs|b64⟧""")
P("en", "docker-config", """{
  "auths": {
    "registry.⟦domain⟧": { "auth": "⟦upbasic⟧" }
  }
}""")

# ---------------------------------------------------------------- TSV
def tsv_refunds(r):
    it = r.random() < 0.5
    hdr = "Cliente\tIBAN\tImporto\tCausale" if it else "Customer\tIBAN\tAmount\tReference"
    rows = [hdr]
    n = r.randint(3, 6)
    for i in range(n):
        rows.append("⟦%s%d⟧\t⟦iban%d⟧\t⟦%s%d⟧\t⟦order%d⟧" % ("nome" if it else "name", i, i, "euro" if it else "amount", i, i))
    return "\n".join(rows)


P("it", "tsv", tsv_refunds, n=3)


def tsv_merchants(r):
    rows = ["Ragione sociale\tP.IVA\tReferente\tUtente portale\tPassword portale\tNote"]
    for i in range(r.randint(2, 5)):
        pw = "⟦pw%d⟧" % i if r.random() < 0.8 else ""
        rows.append("⟦azienda%d⟧\t⟦piva%d⟧\t⟦nome%d⟧\t⟦user%d⟧\t%s\t%s" % (
            i, i, i, i, pw, r.choice(["", "ok", "da richiamare", "attivo", "sospeso"])))
    if "⟦pw" not in "".join(rows):
        rows[1] = rows[1].replace("\t\t", "\t⟦pw0⟧\t", 1)
    return "\n".join(rows)


P("it", "tsv", tsv_merchants, n=3)


def tsv_uk(r):
    rows = ["Payee\tSort code\tAccount no\tAmount\tRef"]
    for i in range(r.randint(2, 5)):
        rows.append("⟦company%d⟧\t⟦uksort%d⟧\t⟦ukacc%d⟧\t⟦amount%d⟧\t⟦invoice%d⟧" % (i, i, i, i, i))
    return "\n".join(rows)


P("en", "tsv", tsv_uk, n=3)


def tsv_cards(r):
    rows = ["Ticket\tCustomer\tCard\tCVV\tStatus"]
    for i in range(r.randint(2, 4)):
        rows.append("⟦ticket%d⟧\t⟦name%d⟧\t⟦card%d⟧\t⟦cvv%d⟧\t%s" % (i, i, i, i, r.choice(["refunded", "open", "chargeback", "closed"])))
    return "\n".join(rows)


P("en", "tsv", tsv_cards, n=2)


def tsv_it_conti(r):
    rows = ["Fornitore\tABI\tCAB\tConto\tScadenza"]
    for i in range(r.randint(2, 4)):
        rows.append("⟦azienda%d⟧\t⟦itabi%d⟧\t⟦itcab%d⟧\t⟦itconto%d⟧\t⟦data%d⟧" % (i, i, i, i, i))
    return "\n".join(rows)


P("it", "tsv", tsv_it_conti, n=2)


def tsv_callcentre(r):
    rows = ["Data\tOperatore\tEsito\tNote"]
    k = r.randrange(3)
    for i in range(r.randint(3, 5)):
        note = r.choice(["richiamare", "risolto", "cliente irreperibile", "inviato modulo", "chiesto estratto conto"])
        if i == 1:
            note = ["cliente ha dettato OTP ⟦otp⟧ (!)", "pin carta ⟦pin⟧ comunicato dal cliente, da cancellare",
                    "codice sicurezza ⟦cvv⟧ letto per errore"][k]
        rows.append("⟦data%d⟧\t⟦first%d⟧\t%s\t%s" % (i, i, r.choice(["OK", "KO", "IN CORSO"]), note))
    return "\n".join(rows)


P("it", "tsv", tsv_callcentre, n=3)


def legacy_export(r):
    lines = ["ticket_id;created;requester;subject;body"]
    for i in range(r.randint(2, 4)):
        lines.append('⟦ticket%d⟧;⟦iso%d⟧;⟦email%d⟧;"%s";"%s"' % (i, i, i, r.choice(["Login", "Refund", "API", "Other"]),
                     r.choice(["see attachment", "customer called", "duplicate", "closed by system"])))
    j = r.randint(1, len(lines) - 1)
    lines[j] = lines[j].rsplit(";", 1)[0] + ';"' + r.choice([
        "customer pasted new pwd: ⟦pw⟧", "token for testing ⟦at⟧", "card ⟦card⟧ cvv ⟦cvv⟧",
        "refund to ⟦iban⟧", "sort code ⟦uksort⟧ account ⟦ukacc⟧", "SMS code was ⟦otp⟧"]) + '"'
    return "\n".join(lines)


P("en", "csv-export", legacy_export, n=4)


def legacy_export_it(r):
    lines = ["id;aperto_il;richiedente;oggetto;corpo"]
    for i in range(r.randint(2, 4)):
        lines.append('⟦ticket%d⟧;⟦data%d⟧;⟦email%d⟧;"%s";"%s"' % (i, i, i, r.choice(["Accesso", "Rimborso", "API", "Varie"]),
                     r.choice(["vedi allegato", "il cliente ha chiamato", "duplicato", "chiuso dal sistema"])))
    j = r.randint(1, len(lines) - 1)
    lines[j] = lines[j].rsplit(";", 1)[0] + ';"' + r.choice([
        "nuova psw cliente: ⟦pw⟧", "token di prova ⟦at⟧", "carta ⟦card⟧ cvv ⟦cvv⟧",
        "rimborso su ⟦itiban⟧", "c/c ⟦itconto⟧ abi ⟦itabi⟧ cab ⟦itcab⟧", "codice sms ⟦otp⟧", "cod. disp. ⟦pin⟧"]) + '"'
    return "\n".join(lines)


P("it", "csv-export", legacy_export_it, n=4)

# ------------------------------------------------ long harmless + one secret
P("en", "runbook", """# Incident response – payments gateway (inherited runbook)

## 1. Triage
Check the status page and the #payments-alerts channel. If error rate on /v2/payments is above 2% for more than five minutes, page the on-call.

## 2. Common causes
- Upstream ASPSP maintenance (check their calendar, usually Sunday 01:00–05:00 CET).
- Expired mTLS certificate. The cert is renewed yearly; the renewal ticket lives in the SEC project.
- Rate limiting after a batch job misbehaves. Look for 429s in the gateway logs.

## 3. Useful commands
kubectl -n payments get pods
kubectl -n payments logs deploy/gateway --since=15m | grep -c " 5[0-9][0-9] "

## 4. Break-glass
If SSO is down, the break-glass admin for the gateway console is `breakglass` with password `⟦pws⟧`. Rotate it after use and record the rotation in the change log.

## 5. After the incident
Write a short summary in the incident template within 24h. Blameless, please.""", wrap=None, n=2)
P("it", "runbook", """# Procedura di chiusura mensile (ereditata dal team amministrazione)

1. Scaricare gli estratti conto di tutti i rapporti entro il 3 del mese.
2. Importarli nel gestionale (menu Tesoreria > Import CBI).
3. Verificare che i saldi coincidano con la contabilità.
4. Per le differenze aprire un ticket al fornitore con il numero di movimento.
5. Se il portale della banca chiede il codice dispositivo, usare quello della chiavetta dell'ufficio: ⟦pin⟧ (NON quello personale).
6. Salvare i file in \\\\fileserver\\amministrazione\\chiusure\\AAAA-MM.
7. Comunicare la chiusura al controller via mail.

Tempo stimato: mezza giornata. In caso di dubbi chiedere a ⟦nome⟧.""", wrap=None, n=2)
P("en", "release-notes", """Platform update ⟦ver⟧ (⟦date⟧)

Highlights
- Faster settlement reports: generation time is down from minutes to seconds for most merchants.
- The dashboard now remembers your last filter.
- New webhook event payment.partially_refunded.

Fixes
- Timezone bug on the daily summary e-mail.
- The CSV export escaped semicolons incorrectly.
- Some Amex refunds showed the wrong currency symbol.

Deprecations
- API v1 will be switched off on ⟦date2⟧.

Internal (please strip before publishing!): QA account for the release smoke test is qa-release@⟦domain⟧ / ⟦pw⟧

Thanks to everyone who reported issues.""", wrap=None, n=2)
