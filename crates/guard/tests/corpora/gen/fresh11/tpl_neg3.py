# -*- coding: utf-8 -*-
"""Third batch: negatives from Windows/.NET, IaC outputs, mobile build files,
registers and letters; plus a few positives with foreign words for
'password'."""

T = []


def N(lang, style, body, n=2, wrap=None):
    T.append(("N", lang, style, body, n, wrap))


def P(lang, style, body, n=2, wrap=None):
    T.append(("P", lang, style, body, n, wrap))


# --------------------------------------------------------------- Windows
N("en", "windows-event", """Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Event ID:      4625
Task Category: Logon
Keywords:      Audit Failure
Description:
An account failed to log on.
Subject:
	Security ID:		⟦sid⟧
	Account Name:		PAYAPP01$
Logon Type:			3
Failure Information:
	Failure Reason:		Unknown user name or bad password.
	Status:			0xC000006D
	Sub Status:		0xC000006A
Network Information:
	Source Network Address:	⟦ip⟧
	Source Port:		⟦port⟧""")
N("it", "windows-event", """Nome registro: Security
Origine: Microsoft-Windows-Security-Auditing
ID evento: 4625
Descrizione:
Accesso non riuscito per un account.
	ID sicurezza:		⟦sid⟧
	Nome account:		⟦user⟧
Motivo dell'errore:		Nome utente sconosciuto o password errata.
	Stato:			0xC000006D
Indirizzo di rete di origine:	⟦ip⟧""")
N("en", "registry", r"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Lariani\PaymentsBridge]
"InstallPath"="C:\\Program Files\\Lariani\\PaymentsBridge"
"Version"="⟦ver⟧"
"ClientId"="⟦cidslug⟧"
"ProductCode"="⟦guid⟧"
"UseKeyVault"=dword:00000001""")
N("en", "iis-log", """#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
⟦iso⟧ ⟦ip⟧ POST /oauth/token - 443 - ⟦ip2⟧ okhttp/4.12.0 401 1 0 ⟦num⟧
⟦iso2⟧ ⟦ip⟧ GET /v1/accounts page=2 443 - ⟦ip2⟧ okhttp/4.12.0 200 0 0 ⟦num2⟧""")
N("en", "dotnet-exception", """Microsoft.Identity.Client.MsalServiceException: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '⟦uuid⟧'.
Trace ID: ⟦uuid2⟧
Correlation ID: ⟦uuid3⟧
Timestamp: ⟦iso⟧""")
N("it", "dotnet-exception", """Eccezione: Microsoft.Identity.Client.MsalServiceException: AADSTS7000222: The provided client secret keys for app '⟦uuid⟧' are expired.
ID traccia: ⟦uuid2⟧
ID correlazione: ⟦uuid3⟧
(il secret è scaduto, ne abbiamo già creato uno nuovo nel portale Azure)""")
N("en", "powershell", r"""PS C:\> Get-AzKeyVaultSecret -VaultName kv-payments | Select-Object Name, Updated, Expires

Name                 Updated               Expires
----                 -------               -------
psd2-client-secret   ⟦date⟧ 09:14:02      ⟦date2⟧ 00:00:00
stripe-secret-key    ⟦date3⟧ 17:40:51
sftp-password        ⟦date4⟧ 11:02:33""")
N("it", "powershell", r"""PS C:\> cmdkey /list

Destinazioni attualmente memorizzate:

    Destinazione: LegacyGeneric:target=PortaleBanca
    Tipo: Generico
    Utente: ⟦user⟧
    Persistenza archiviazione locale computer""")

# --------------------------------------------------------------- IaC output
N("en", "terraform-plan", """  # azurerm_key_vault_secret.psd2 will be updated in-place
  ~ resource "azurerm_key_vault_secret" "psd2" {
        id           = "https://kv-payments.vault.azure.net/secrets/psd2-client-secret/⟦corr⟧⟦corr2⟧"
        name         = "psd2-client-secret"
      ~ value        = (sensitive value)
        tags         = {}
    }

Plan: 0 to add, 1 to change, 0 to destroy.""")
N("it", "terraform-plan", """  # aws_db_instance.pagamenti sarà modificata
  ~ resource "aws_db_instance" "pagamenti" {
      ~ password                 = (sensitive value)
        engine_version           = "15.4"
        identifier               = "pagamenti-collaudo"
    }
Piano: 0 da aggiungere, 1 da modificare, 0 da distruggere. (output copiato dalla pipeline ⟦build⟧)""")
N("en", "ansible-output", """TASK [configure db user] ******************************************************
ok: [pay-app-01] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}

PLAY RECAP ********************************************************************
pay-app-01 : ok=12 changed=1 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0""")
N("en", "kubectl", """$ kubectl -n payments describe secret psd2-credentials
Name:         psd2-credentials
Namespace:    payments
Type:  Opaque

Data
====
client-id:      ⟦num⟧ bytes
client-secret:  40 bytes
refresh-token:  64 bytes""")
N("it", "kubectl", """$ kubectl -n pagamenti get secret gateway-cred -o yaml | grep -v 'client-secret'
apiVersion: v1
kind: Secret
metadata:
  name: gateway-cred
  resourceVersion: "⟦build⟧⟦num⟧"
  uid: ⟦uuid⟧
type: Opaque
# ho tolto io la riga del secret prima di incollarlo""")
N("en", "helm-notes", """NOTES:
1. Get the application URL by running:
   export POD_NAME=$(kubectl get pods -n payments -l "app=gateway" -o jsonpath="{.items[0].metadata.name}")
2. The admin password is stored in the secret gateway-admin. To read it:
   kubectl get secret gateway-admin -o jsonpath="{.data.password}" | base64 -d
Chart version ⟦ver⟧, app version ⟦ver2⟧""")
N("en", "vault-cli", """$ vault kv metadata get kv/partner/⟦cidslug⟧
========== Metadata ==========
Key                     Value
---                     -----
created_time            ⟦iso⟧
current_version         ⟦num⟧
max_versions            0
updated_time            ⟦iso2⟧""")

# --------------------------------------------------------------- mobile build
N("en", "xcconfig", """// Release.xcconfig
PRODUCT_BUNDLE_IDENTIFIER = ⟦bundle⟧
DEVELOPMENT_TEAM = ⟦teamid⟧
CODE_SIGN_IDENTITY = Apple Distribution
MARKETING_VERSION = ⟦ver⟧
CURRENT_PROJECT_VERSION = ⟦build⟧
PAYMENTS_API_KEY = $(inherited)""")
N("en", "android-manifest", """<application android:name=".PaymentsApp" android:label="@string/app_name">
    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
    <meta-data android:name="io.sentry.release" android:value="⟦bundle⟧@⟦ver⟧" />
</application>""")
N("en", "fastlane", """# Matchfile
git_url("git@github.com:lariani/certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["⟦bundle⟧"])
# the match passphrase comes from ENV["MATCH_PASSWORD"] on the CI runner
username("ci@⟦domain⟧")""")
N("it", "gradle-properties", """# gradle.properties – nessun segreto qui, la firma la fa la CI
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
VERSION_NAME=⟦ver⟧
VERSION_CODE=⟦build⟧
# RELEASE_STORE_PASSWORD arriva da una variabile protetta della pipeline""")
N("en", "crash-log", """Exception Type:  EXC_BREAKPOINT (SIGTRAP)
Termination Reason: Namespace SIGNAL, Code 5 Trace/BPT trap: 5
Triggered by Thread:  4
Thread 4 name:  com.apple.NSURLSession-work
Thread 4 Crashed:
0   Payments   ⟦mem⟧ TokenRefresher.refresh() + 340 (TokenRefresher.swift:61)
1   Payments   ⟦mem2⟧ closure #1 in TokenRefresher.schedule() + 72
Binary Images:
⟦mem3⟧ - ⟦mem4⟧ Payments arm64 <⟦corr⟧⟦corr2⟧> /private/var/containers/Bundle/Application/⟦uguid⟧/Payments.app/Payments""")
N("it", "logcat", """I/ActivityManager: Start proc ⟦build⟧:⟦bundle⟧/u0a⟦num⟧ for activity
D/PinPad: lunghezza pin configurata = 5, tentativi residui = 2
W/PinPad: pin errato (valore non loggato)
I/Auth: sessione ⟦uuid⟧ chiusa dopo timeout""")

# --------------------------------------------------------------- API clients
N("en", "insomnia", """{"_type":"request","name":"Accounts","url":"{{ _.base_url }}/v1/accounts","authentication":{"type":"bearer","token":"{% response 'body', 'req_⟦corr⟧', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'never', 60 %}"}}
(the token is chained from the login request's response, there's no literal value)""")
N("en", "httpie-session", """{
  "__meta__": { "about": "HTTPie session file", "httpie": "3.2.2" },
  "auth": { "password": null, "type": null, "username": null },
  "cookies": [],
  "headers": { "Accept": "application/json", "X-Client": "⟦cidslug⟧" }
}""")
N("it", "bruno", """vars {
  baseUrl: https://⟦host⟧
  clientId: ⟦cidslug⟧
}
vars:secret [
  clientSecret,
  token
]
# i valori segreti Bruno li salva solo in locale, non nel file""")
N("en", "graphql-error", """{
  "errors": [ {
    "message": "Variable \\"$password\\" of required type \\"String!\\" was not provided.",
    "locations": [ { "line": 1, "column": 16 } ],
    "extensions": { "code": "BAD_USER_INPUT", "requestId": "⟦uuid⟧" }
  } ]
}""")
N("en", "grpc-error", """ERROR:
  Code: Unauthenticated
  Message: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.
  Details:
  1)	{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "ACCESS_TOKEN_EXPIRED", "domain": "⟦host⟧", "metadata": {"request_id": "⟦reqid⟧"}}""")
N("it", "grpc-error", """ERRORE:
  Codice: PermissionDenied
  Messaggio: lo scope "pagamenti:scrittura" non è presente nel token
  id richiesta: ⟦uuid⟧, traccia ⟦corr⟧⟦corr2⟧""")

# --------------------------------------------------------------- registers
N("en", "tsv", """SKU\tDescription\tEAN\tPrice
⟦build⟧\tCard reader stand\t⟦epoch⟧⟦ext⟧\t⟦amount⟧
⟦build2⟧\tThermal paper 57mm (x20)\t⟦epoch2⟧⟦ext2⟧\t⟦amount2⟧
⟦build3⟧\tUSB-C cable\t⟦epoch3⟧⟦ext3⟧\t⟦amount3⟧""")
N("it", "tsv", """Codice\tDescrizione\tEAN\tPrezzo
⟦build⟧\tSupporto lettore carte\t⟦epoch⟧⟦ext⟧\t⟦euro⟧
⟦build2⟧\tRotoli carta termica (x20)\t⟦epoch2⟧⟦ext2⟧\t⟦euro2⟧
⟦build3⟧\tCavo USB-C\t⟦epoch3⟧⟦ext3⟧\t⟦euro3⟧""")
N("en", "tsv", """Request ID\tEndpoint\tStatus\tLatency ms\tClient
⟦uuid⟧\t/oauth/token\t401\t⟦num⟧\t⟦cidslug⟧
⟦uuid2⟧\t/v1/accounts\t200\t⟦num2⟧\t⟦cidslug2⟧
⟦uuid3⟧\t/v1/payments\t429\t⟦num3⟧\t⟦cidslug3⟧""")
N("it", "tsv", """Dipendente\tMatricola\tNetto\tIBAN accredito
⟦nome⟧\t⟦build⟧\t⟦euro⟧\t⟦miban⟧
⟦nome2⟧\t⟦build2⟧\t⟦euro2⟧\t⟦miban2⟧
⟦nome3⟧\t⟦build3⟧\t⟦euro3⟧\t⟦miban3⟧""")
N("en", "tsv", """Commit\tAuthor\tDate\tMessage
⟦short⟧\t⟦name⟧\t⟦date⟧\tRotate sandbox secrets (values in vault)
⟦short2⟧\t⟦name2⟧\t⟦date2⟧\tMask card numbers in logs
⟦short3⟧\t⟦name3⟧\t⟦date3⟧\tBump jsonwebtoken to ⟦ver⟧""")
N("it", "pec-receipt", """RICEVUTA DI AVVENUTA CONSEGNA
Il giorno ⟦data⟧ alle ore ⟦ora⟧ il messaggio "Comunicazione coordinate bancarie" proveniente da "amministrazione@pec.⟦domain⟧" ed indirizzato a "⟦email⟧" è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec⟦build⟧.⟦corr⟧.⟦num⟧@pec.⟦domain⟧""")
N("it", "visura", """VISURA ORDINARIA – estratto
Denominazione: ⟦azienda⟧
Codice fiscale e n. iscrizione: ⟦piva⟧
Partita IVA: ⟦piva⟧
Numero REA: MI-⟦build⟧⟦num⟧
Codice destinatario SDI: ⟦teamid⟧
Data iscrizione: ⟦data⟧""")
N("en", "companies-house", """Company number ⟦build⟧⟦num⟧⟦ext⟧
Registered office: ⟦num⟧ Harbour Street, ⟦ecity⟧
Incorporated on ⟦date⟧
VAT registration: GB ⟦ext⟧ ⟦build⟧ ⟦num⟧
Accounts next due ⟦date2⟧""")
N("it", "payslip", """CEDOLINO ⟦data⟧
Dipendente: ⟦nome⟧ – matr. ⟦build⟧
Retribuzione lorda ⟦euro⟧
Trattenute ⟦euro2⟧
Netto in busta ⟦euro3⟧
Accredito su IBAN ⟦miban⟧""")
N("en", "payslip", """PAYSLIP ⟦date⟧
Employee: ⟦name⟧  No. ⟦build⟧
Gross pay ⟦amount⟧
Deductions ⟦amount2⟧
Net pay ⟦amount3⟧
Paid to account ending ****⟦ext⟧""")
N("it", "ddt", """DOCUMENTO DI TRASPORTO n. ⟦build⟧/⟦num⟧ del ⟦data⟧
Mittente: ⟦azienda⟧
Destinatario: ⟦azienda2⟧, ⟦city⟧
Causale: vendita – 2 terminali POS, 1 stampante
Vettore: ⟦tracking⟧
Colli: 3 – Peso: ⟦num⟧ kg""")

# --------------------------------------------------------------- prose
N("en", "forwarded-mail", """-----Original Message-----
From: IT Service Desk
Sent: ⟦date⟧
Subject: Password expiry notice

Your network password will expire in 3 days. To change it, press Ctrl+Alt+Del and choose "Change a password". Do not reply to this message with your password.""")
N("it", "forwarded-mail", """-----Messaggio originale-----
Da: Servizio IT
Inviato: ⟦data⟧
Oggetto: Scadenza password

La sua password di rete scadrà tra 3 giorni. Per cambiarla premere Ctrl+Alt+Canc e scegliere "Cambia password". Non rispondere a questo messaggio indicando la password.""")
N("en", "migrated-ticket", """Dependabot says jsonwebtoken ⟦ver⟧ has a vulnerability (GHSA-8cf7-32gw-wr33 / CVE-2022-23529). Do we need to rotate our tokens or just upgrade? Commit with the bump: ⟦sha⟧.""", wrap="prose")
N("it", "migrated-ticket", """Il penetration test ha segnalato che la pagina di login non limita i tentativi di password (finding PT-⟦num⟧, severità media). Potete dirci se il rate limit è configurabile lato vostro? Report del ⟦data⟧.""", wrap="prose")
N("en", "migrated-ticket", """Our auditor asks whether card numbers are ever stored unmasked in your logs. Can you confirm the PAN is truncated to first 6 / last 4 (e.g. ⟦mcard⟧) everywhere, including exports?""", wrap="prose")
N("it", "migrated-ticket", """Il revisore chiede se i numeri di carta finiscono mai in chiaro nei vostri log. Ci confermate che il PAN è troncato (es. ⟦mcard⟧) anche nelle esportazioni?""", wrap="prose")
N("en", "migrated-ticket", """We need to give the sort code to a customer so they can check the branch: is ⟦uksort⟧ still right for the ⟦ecity⟧ office? We are not asking about any account, only the branch.""", wrap="prose")
N("en", "migrated-ticket", """Hi, customer asks if "BLZ ⟦deblz⟧" is enough for a transfer from Germany. I told them they need the full IBAN. Is that right?""", wrap="prose")
N("it", "migrated-ticket", """Il cliente tedesco ci ha scritto solo "BLZ ⟦deblz⟧, bitte überweisen". Senza IBAN non possiamo fare niente, giusto? Gli ho chiesto di mandare le coordinate complete dal modulo.""", wrap="prose")
N("en", "migrated-ticket", """Wie setze ich mein Passwort zurück? The German customer only wrote that line. I sent them the reset link, nothing else needed. Ticket ⟦ticket⟧.""", wrap="prose")
N("it", "migrated-ticket", """Il cliente francese scrive "j'ai oublié mon mot de passe" – gli ho mandato il link di reset, nient'altro. Pratica ⟦pratica⟧.""", wrap="prose")
N("en", "migrated-ticket", """Spanish merchant: "he olvidado mi contraseña y el código no llega". Reset link sent and SMS provider checked (delivery id ⟦reqid⟧).""", wrap="prose")
N("it", "colleague-note", """ho messo il pin sulla mappa per il negozio nuovo di ⟦city⟧, controllate se l'indirizzo è giusto""")
N("en", "colleague-note", """dropped a pin on the map for the new ⟦ecity⟧ store, can someone check the address""")
N("it", "colleague-note", """il token di design per il colore primario è ⟦hexcol⟧, quello secondario ⟦hexcol2⟧""")
N("en", "colleague-note", """design token for primary colour is ⟦hexcol⟧, secondary ⟦hexcol2⟧. the font token is body-md""")
N("en", "colleague-note", """tokenizer bug: the search splits "PIN-pad" into two tokens. ticket ⟦ticket⟧, commit ⟦short⟧""")
N("it", "call-notes", """Verificata identità del chiamante con data di nascita e CAP (⟦cap⟧). Nessun dato di carta richiesto. Chiede copia del contratto ⟦pratica⟧, inviata per mail a ⟦email⟧.""")
N("en", "call-notes", """Caller verified with date of birth and postcode. No card data taken. Wants a copy of contract ⟦pratica⟧, emailed to ⟦email⟧. Call lasted ⟦num⟧ min.""")
N("en", "accountant-note", """VAT return Q⟦num⟧: box 1 ⟦amount⟧, box 4 ⟦amount2⟧, net ⟦amount3⟧. UTR ⟦build⟧⟦build2⟧⟦ext⟧ (not secret, it's on every letter from HMRC). Submitted ⟦date⟧.""")
N("it", "accountant-note", """Liquidazione IVA ⟦num⟧° trimestre: debito ⟦euro⟧, credito ⟦euro2⟧, da versare ⟦euro3⟧. Protocollo telematico ⟦epoch⟧⟦build⟧. Inviato il ⟦data⟧.""")
N("en", "bank-letter", """Dear ⟦name⟧,
We noticed a sign-in to online banking from a new device on ⟦date⟧ at ⟦ora⟧. If this was you, no action is needed. If not, call us on ⟦phone⟧. We will never ask for your full password, PIN or one-time passcode.""")
N("it", "bank-letter", """Gentile ⟦nome⟧,
abbiamo rilevato un accesso all'home banking da un nuovo dispositivo il ⟦data⟧ alle ⟦ora⟧. Se è stato Lei non deve fare nulla; in caso contrario ci chiami al ⟦tel⟧. Non Le chiederemo mai password, PIN o codici OTP.""")
N("en", "changelog", """### ⟦ver⟧ (⟦date⟧)
* deps: bump jsonwebtoken from ⟦ver2⟧ to ⟦ver⟧ (⟦short⟧)
* fix(auth): don't log the Authorization header (⟦short2⟧)
* feat(pin): configurable PIN length 4–6 (⟦short3⟧)
* chore: rename CLIENT_SECRET env var to PSD2_CLIENT_SECRET (⟦short4⟧)""")
N("it", "release-notes", """Novità della versione ⟦ver⟧
– Reset della password direttamente dall'app
– Il codice OTP viene letto automaticamente dall'SMS (Android)
– Le carte salvate mostrano solo le ultime 4 cifre (⟦mcard⟧)
Build ⟦build⟧ – ⟦data⟧""")
N("en", "faq", """Q: Where do I find my API key?
A: Dashboard → Developers → API keys. Keys are shown once; if you lose one, create a new key and revoke the old one.
Q: Can support see my key?
A: No. We only see the key's prefix and creation date.
Q: My key starts with sk_test_ – is that OK for production?
A: No, test keys only work in sandbox.""")
N("it", "faq", """D: Dove trovo la mia chiave API?
R: Dashboard → Sviluppatori → Chiavi API. La chiave viene mostrata una sola volta: se la perdi, creane una nuova e revoca la vecchia.
D: L'assistenza può vedere la mia chiave?
R: No, vediamo solo il prefisso e la data di creazione.""")
N("en", "machine-translated", """[Translated from Italian] The device code is personal: each one uses his own and it must not be written in any part. The key is in the second drawer but the code no.""")
N("en", "wiki", """h1. How to read a SEPA creditor identifier
Format: country code + check digits + business code + national identifier, e.g. ⟦credid⟧.
It identifies the *creditor*, not a bank account, and is printed on every mandate. It is not confidential.""")
N("it", "wiki", """= Come leggere un identificativo creditore SEPA =
Formato: codice paese + cifre di controllo + codice attività + identificativo nazionale, es. ⟦credid⟧.
Identifica il creditore, non un conto, ed è stampato su ogni mandato: non è un dato riservato.""")

# ----------------------------------------------------- foreign words positives
P("en", "migrated-ticket", """Forwarded from our Munich office: "Benutzer ⟦user⟧, Passwort ⟦pw⟧ – bitte nur für den Test verwenden." They use the same login for the partner portal.""", wrap="prose")
P("it", "migrated-ticket", """Il partner francese ci ha scritto: "identifiant ⟦user⟧, mot de passe : ⟦pws⟧". Dice che è l'accesso al loro backoffice per vedere i rimborsi.""", wrap="prose")
P("en", "migrated-ticket", """The Madrid team sent: "usuario ⟦user⟧ / contraseña ⟦pw⟧" for the shared reconciliation tool. Can you set up the same on your side?""", wrap="prose")
P("it", "colleague-note", """il tedesco ha scritto Kennwort: ⟦pws⟧ – immagino sia la password del loro sftp""")
P("en", "tsv", """Land\tBenutzer\tKennwort\tBemerkung
DE\t⟦user⟧\t⟦pw⟧\tTestzugang
AT\t⟦user2⟧\t⟦pw2⟧\tnur lesen""")
P("it", "machine-translated", """[Tradotto automaticamente dallo spagnolo] Buongiorno, la chiave di accesso al pannello è ⟦pw⟧ e l'utente è ⟦user⟧. Saluti cordiali.""")
