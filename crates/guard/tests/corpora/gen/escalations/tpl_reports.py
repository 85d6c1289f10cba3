"""Reports and odds and ends: bug-bounty/disclosure variants, forwarded complaints, API-client exports, audit logs,
MFA recovery codes, JWKS, runbooks, docs snippets, and many look-alike negatives."""
import json

from core import T


# =========================================================================== POSITIVES

@T("bug-bounty")
def bounty_mobile_app_strings(c):
    lab, key = c.vk(c.p("stripe", "sendgrid", "twilio_sk", "aws", "mapbox", "telegram"))
    extra = ""
    if lab == "AWS secret access key":
        kid = c.S("vendor_key", c.v.aws_pair()[0])
        extra = f'    <string name="aws_access_key_id">{kid}</string>\n'
    app = c.p("it.paganinipay.wallet", "io.fatturalampo.app", "com.orbita.merchant")
    if c.it:
        head = f"Report bug bounty — decompilando l'APK di {app} (v{c.r.randint(1, 9)}.{c.r.randint(0, 30)}) con jadx, in res/values/strings.xml:"
        tail = "Impatto: chiunque scarichi l'app può usare la chiave lato server. Suggerisco rotazione e proxy backend."
    else:
        head = f"Bug bounty report — decompiling the {app} APK (v{c.r.randint(1, 9)}.{c.r.randint(0, 30)}) with jadx, in res/values/strings.xml:"
        tail = "Impact: anyone who downloads the app can use the server-side key. Suggest rotation and a backend proxy."
    return f"{head}\n\n<resources>\n    <string name=\"app_name\">Wallet</string>\n{extra}    <string name=\"backend_secret\">{key}</string>\n    <string name=\"sentry_env\">production</string>\n</resources>\n\n{tail}"


@T("bug-bounty")
def bounty_jwt_test_account(c):
    tok = c.jwt(alg="HS256")
    secret = c.S("client_secret", c.v.password(c.p("word", "leet", "mixed")))
    dom = c.domain()
    if c.it:
        return (f"Segnalazione: JWT firmati con segreto debole su api.{dom}\n\n1. Ho ottenuto un token con il mio account di test:\n   {tok}\n"
                f"2. Con hashcat (modalità 16500) ho recuperato il segreto HMAC in {c.r.randint(3, 90)} minuti: `{secret}`\n"
                f"3. Con il segreto posso firmare token per qualsiasi `sub`.\nCVSS 9.1. Non ho usato token di altri utenti.")
    return (f"Report: JWTs signed with a weak secret on api.{dom}\n\n1. Got a token with my test account:\n   {tok}\n"
            f"2. With hashcat (mode 16500) I recovered the HMAC secret in {c.r.randint(3, 90)} minutes: `{secret}`\n"
            f"3. With it I can sign tokens for any `sub`.\nCVSS 9.1. No other users' tokens were used.")


@T("security-disclosure")
def disclosure_git_history(c):
    lab, key = c.vk(c.p("stripe", "github", "slack", "sendgrid", "do", "openai"))
    h = c.v.commit()
    org = c.p("acme-pay", "orbita-payments", "paganini")
    return c.L(
        f"Segnalazione da security@: nella storia del repo pubblico github.com/{org}/examples il commit {h[:10]} (\"remove secrets\") rimuove la riga\n\n-    API_KEY = \"{key}\"\n\nma la chiave è ancora valida secondo il ricercatore. Girato al cliente con priorità alta.",
        f"Report via security@: in the public repo github.com/{org}/examples, commit {h[:10]} (\"remove secrets\") deletes the line\n\n-    API_KEY = \"{key}\"\n\nbut per the researcher the key is still live. Forwarded to the customer as high priority.")


@T("complaint-forward", langs="it")
def complaint_pec_iban(c):
    cust = c.person("it")
    iban = c.iban("IT", style=c.p("g4", "none", "itfields", "wrap"))
    return (f"Inoltro PEC ricevuta da {c.company()} (reclamo del loro cliente), per conoscenza:\n\n"
            f"---------- Messaggio inoltrato ----------\nDa: {c.email(cust)}\nOggetto: Reclamo formale — addebito non autorizzato\n\n"
            f"Spett.le {c.company()},\ncon la presente contesto l'addebito di {c.amount()} del {c.date()}. Chiedo il rimborso entro 15 giorni sul conto corrente a me intestato,\n"
            f"IBAN {iban}\nIn mancanza mi rivolgerò all'Arbitro Bancario Finanziario.\nDistinti saluti,\n{cust}\nC.F. {c.v.codice_fiscale()}")


@T("complaint-forward", langs="en")
def complaint_voice_transcript_en(c):
    d = c.v.card_digits(c.p("visa", "mc"))
    groups = [d[i:i + 4] for i in range(0, 16, 4)]
    spoken = ", ".join(" ".join(c.spoken(g).split()) for g in groups)
    c.S("card_number", spoken)
    cv = c.v.cvv()
    spoken_cvv = c.S("cvv", c.spoken(cv))
    return (f"Voice-bot transcript forwarded by the contact centre vendor (case {c.ticket()}):\n\n"
            f"BOT: Please describe your issue.\nCALLER: yeah I was charged twice by {c.company()}\nBOT: I can help with that. Please say the last four digits of your card.\n"
            f"CALLER: {spoken}\nBOT: Thank you. Please hold.\nCALLER: and the code on the back is {spoken_cvv} if you need it\n\n"
            f"[Vendor note: transcript not redacted, speech-to-text captured full card number.]")


@T("api-client-export")
def postman_collection_auth(c):
    sec = c.csec()
    cid = c.client_id()
    tok = c.tok()
    coll = {"info": {"name": f"{c.company()} API", "_postman_id": c.v.uuid(), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": {"type": "oauth2", "oauth2": [{"key": "clientSecret", "value": sec, "type": "string"}, {"key": "clientId", "value": cid, "type": "string"},
                                                   {"key": "accessTokenUrl", "value": f"https://auth.{c.domain()}/oauth/token", "type": "string"},
                                                   {"key": "accessToken", "value": tok, "type": "string"}]},
            "item": [{"name": "List payments", "request": {"method": "GET", "url": "{{baseUrl}}/v1/payments"}}]}
    return c.L("Collection Postman esportata dal cliente (con le credenziali salvate dentro):\n\n", "Postman collection exported by the customer (credentials saved inside):\n\n") + json.dumps(coll, indent=2)


@T("api-client-export")
def insomnia_env_export(c):
    pw = c.pw()
    key = c.apikey()
    env = {"_type": "environment", "name": c.p("Production", "Prod EU", "Staging"), "data": {"base_url": f"https://api.{c.domain()}", "api_key": key,
                                                                                          "basic_user": "ops", "basic_pass": pw, "merchant_id": f"mch_{c.v.opaque(12)}"}}
    return c.L("Ambiente Insomnia del cliente:\n\n", "Customer's Insomnia environment:\n\n") + json.dumps(env, indent=2)


@T("audit-log")
def audit_log_leak(c):
    lines = []
    for i in range(c.r.randint(1, 3)):
        lines.append(json.dumps({"ts": c.iso(), "actor": c.email(), "action": c.p("user.login", "apikey.list", "webhook.update"), "ip": f"10.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}", "request_id": c.v.uuid()}))
    pw = c.pw()
    lines.insert(c.r.randint(0, len(lines)), json.dumps({"ts": c.iso(), "actor": "admin@" + c.domain(), "action": "user.password_reset",
                                                         "params": {"user": c.email(), "new_password": pw, "notify": True}, "request_id": c.v.uuid()}))
    return c.L("Audit log del cliente (il loro backoffice registra i parametri completi delle richieste):\n\n", "Customer audit log (their back office records full request parameters):\n\n") + "\n".join(lines)


@T("mfa-recovery")
def mfa_recovery_codes(c):
    codes = []
    for i in range(c.r.randint(3, 6)):
        cd = c.v.digits(4) + "-" + c.v.digits(4) if c.chance(0.5) else c.v.s("abcdefghjkmnpqrstuvwxyz23456789", 5) + "-" + c.v.s("abcdefghjkmnpqrstuvwxyz23456789", 5)
        codes.append(c.S("pin", cd))
    return c.L(f"Il cliente, per 'dimostrare' di essere l'amministratore, ha incollato i codici di recupero MFA:\n\n" + "\n".join(codes) + "\n\nVanno invalidati e rigenerati.",
               f"To 'prove' they're the admin, the customer pasted their MFA recovery codes:\n\n" + "\n".join(codes) + "\n\nThey need to be invalidated and regenerated.")


@T("sms-forward")
def sms_forward_otp(c):
    code = c.pin(c.p(6, 6, 8, 5))
    comp = c.company()
    if c.it:
        sms = c.p(f"Il codice per autorizzare il pagamento di {c.amount()} presso {comp.upper()} è {code}. Non comunicarlo a nessuno.",
                  f"{code} è il tuo codice di verifica {comp}. Scade tra 5 minuti.",
                  f"Codice OTP: {code} - operazione carta *{c.v.last4()} importo {c.amount()}")
        return f"Il cliente ci ha inoltrato l'SMS ricevuto (dice di non aver richiesto nulla):\n\n\"{sms}\"\n\nRicevuto alle {c.hm()}. Sospetto tentativo di frode, girato a Risk."
    sms = c.p(f"Your code to authorise the {c.amount()} payment at {comp.upper()} is {code}. Never share it.",
              f"{code} is your {comp} verification code. It expires in 5 minutes.",
              f"OTP: {code} - card *{c.v.last4()} amount {c.amount()}")
    return f"Customer forwarded the SMS they got (says they didn't request anything):\n\n\"{sms}\"\n\nReceived at {c.hm()}. Possible fraud attempt, passed to Risk."


@T("runbook")
def runbook_hardcoded(c):
    pw = c.pw()
    host = c.p("bastion.prod", "jump-01", "10.0.0.5")
    if c.it:
        return (f"## Runbook: riavvio del worker di riconciliazione\n\n1. `ssh ops@{host}`\n2. `sudo -u recon psql -h db-prod -U recon` (password: `{pw}`)\n"
                f"3. `SELECT count(*) FROM recon_jobs WHERE status='stuck';`\n4. `systemctl restart recon-worker`\n\n_Ultima modifica: {c.person()} — {c.date()}_ (copiato nel ticket per L1)")
    return (f"## Runbook: restart the reconciliation worker\n\n1. `ssh ops@{host}`\n2. `sudo -u recon psql -h db-prod -U recon` (password: `{pw}`)\n"
            f"3. `SELECT count(*) FROM recon_jobs WHERE status='stuck';`\n4. `systemctl restart recon-worker`\n\n_Last edited: {c.person()} — {c.date()}_ (copied into the ticket for L1)")


@T("code-snippet")
def code_snippet_hardcoded(c):
    lang = c.p("python", "node", "php", "go")
    lab, key = c.vk(c.p("stripe", "sendgrid", "openai", "twilio", "adyen"))
    dom = c.domain()
    comment = c.L(c.p("# TODO togliere la chiave", "# chiave di prod, non committare"), c.p("# TODO remove key", "# prod key, don't commit"))
    if lang == "python":
        code = f"import requests\n\n{comment}\nAPI_KEY = \"{key}\"\nr = requests.post(\"https://api.{dom}/v1/notify\", headers={{\"Authorization\": f\"Bearer {{API_KEY}}\"}}, json={{\"id\": 1}})\nprint(r.status_code, r.text)"
    elif lang == "node":
        code = f"const axios = require('axios');\n{comment.replace('#', '//')}\nconst client = axios.create({{ baseURL: 'https://api.{dom}', headers: {{ Authorization: 'Bearer {key}' }} }});\nclient.get('/v1/balance').then(r => console.log(r.data));"
    elif lang == "php":
        code = f"<?php\n{comment.replace('#', '//')}\n$ch = curl_init('https://api.{dom}/v1/charges');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer {key}']);\n$res = curl_exec($ch);"
    else:
        code = f"package main\n\n{comment.replace('#', '//')}\nconst apiKey = \"{key}\"\n\nfunc main() {{\n\treq, _ := http.NewRequest(\"GET\", \"https://api.{dom}/v1/balance\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+apiKey)\n}}"
    return c.L(f"Snippet del cliente ({lang}), dice che riceve 401:\n\n", f"Customer snippet ({lang}), says they get 401:\n\n") + code


@T("curl-command")
def curl_basic_user_pass(c):
    cid = c.client_id()
    sec = c.v.client_secret()
    pair = c.S("client_secret", f"{cid}:{sec}")
    return c.L(f"Il cliente esegue:\n\n    curl -u {pair} -d grant_type=client_credentials https://auth.{c.domain()}/oauth/token\n\ne riceve 400 invalid_scope.",
               f"Customer runs:\n\n    curl -u {pair} -d grant_type=client_credentials https://auth.{c.domain()}/oauth/token\n\nand gets 400 invalid_scope.")


@T("gdpr-request")
def gdpr_export_iban_card(c):
    cust = c.person()
    iban = c.iban()
    card = c.card()
    data = {"subject": cust, "email": c.email(cust), "payment_methods": [{"type": "sepa_debit", "iban": iban}, {"type": "card", "number": card, "exp": c.v.expiry()}],
            "orders": [c.v.digits(9) for _ in range(2)]}
    return c.L("Richiesta di accesso GDPR: il cliente ha preparato l'export da inviare all'interessato e ce lo manda per verifica (contiene dati in chiaro):\n\n",
               "GDPR access request: the customer prepared the export for the data subject and sends it to us to check (contains raw data):\n\n") + json.dumps(data, indent=2, ensure_ascii=False)


@T("ocr-text")
def ocr_bank_receipt(c):
    iban_b = c.iban(style=c.p("g4", "none", "itfields"))
    return c.L(
        f"Testo OCR della ricevuta di bonifico allegata dal cliente:\n\nBONIFICO SEPA ESEGUITO\nOrdinante: {c.person('it').upper()}\nBeneficiario: {c.company().upper()}\nIBAN beneficiario: {iban_b}\n"
        f"Importo: {c.amount()}   Data esecuzione: {c.date()}\nCRO: {c.v.digits(11)}   TRN: {c.v.s('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 30)}\nCausale: saldo fattura {c.r.randint(1, 900)}",
        f"OCR text of the transfer receipt the customer attached:\n\nSEPA TRANSFER EXECUTED\nPayer: {c.person('en').upper()}\nBeneficiary: {c.company().upper()}\nBeneficiary IBAN: {iban_b}\n"
        f"Amount: {c.amount()}   Execution date: {c.date()}\nReference: {c.v.digits(11)}\nRemittance: invoice {c.r.randint(1, 900)}")


@T("email-wrapped")
def email_wrapped_values(c):
    iban_raw = c.v.iban_raw()
    k = c.r.randint(8, len(iban_raw) - 6)
    iban = iban_raw[:k] + "\n" + iban_raw[k:]
    c.S("iban", iban)
    intro = c.L(f"Il client di posta del cliente manda a capo a 40 colonne, quindi l'IBAN arriva spezzato.\n\n> Vi chiedo di accreditare il rimborso sul mio conto IBAN {iban}\n> Grazie, {c.first()}",
                f"The customer's mail client hard-wraps at 40 columns, so the IBAN arrives split.\n\n> Please credit the refund to my account IBAN {iban}\n> Thanks, {c.first()}")
    return intro


@T("internal-note")
def note_card_odd_separators(c):
    d = c.v.card_digits(c.p("visa", "mc"))
    val = c.p(f"{d[:4]}_{d[4:8]}_{d[8:12]}_{d[12:]}", f"{d[:4]} / {d[4:8]} / {d[8:12]} / {d[12:]}", f"{d[:4]}*{d[4:8]}*{d[8:12]}*{d[12:]}".replace("*", "·"),
              f"{d[:4]}   {d[4:8]}   {d[8:12]}   {d[12:]}", f"{d[:3]} {d[3:7]} {d[7:11]} {d[11:]}")
    c.S("card_number", val)
    cv = c.cvv()
    return c.L(f"Il cliente ha compilato il form di contatto così: \"carta {val} cod {cv} non passa\". Ticket {c.ticket()} da oscurare.",
               f"Customer filled the contact form like this: \"card {val} code {cv} won't go through\". Ticket {c.ticket()} needs scrubbing.")


@T("handoff")
def handoff_pin_after_question(c):
    pin = c.pin(4)
    a = c.first()
    if c.it:
        return (f"Riepilogo per L2 ({c.ticket()}):\n- 1° messaggio cliente: 'il POS mi dice PIN errato ma sono sicuro che è giusto'\n"
                f"- nostra risposta: chiesto modello del terminale e orario\n- 2° messaggio cliente: 'Ingenico Move/5000, ore {c.hm()}'\n"
                f"- 3° messaggio cliente: 'per essere chiari il pin che digito è {pin}, l'ho anche cambiato ieri'\n"
                f"Il PIN è stato condiviso: chiedere al cliente di cambiarlo. {a}")
    return (f"Summary for L2 ({c.ticket()}):\n- customer msg 1: 'the terminal says wrong PIN but I'm sure it's right'\n"
            f"- our reply: asked terminal model and time\n- customer msg 2: 'Ingenico Move/5000, at {c.hm()}'\n"
            f"- customer msg 3: 'to be clear the pin I type is {pin}, I even changed it yesterday'\n"
            f"PIN was shared: ask the customer to change it. {a}")


@T("internal-note")
def note_password_other_language(c):
    word = c.p("Passwort", "mot de passe", "contraseña", "Kennwort", "senha", "wachtwoord")
    pw = c.pw()
    cust = c.person()
    return c.L(f"Il cliente ({cust}) scrive in un misto di lingue: \"login nicht möglich, {word}: {pw}\". Risposto di resettare la password e non inviarla.",
               f"Customer ({cust}) writes in mixed languages: \"login impossible, {word}: {pw}\". Replied to reset the password and never send it.")


@T("escalation-summary")
def escalation_multi_secret_dump(c):
    comp = c.company()
    key = c.apikey()
    rt = c.rt()
    whs = c.vkey("whsec")
    if c.it:
        return (f"ESCALATION P1 — {comp}\nIl cliente ha incollato l'intero file di configurazione nel ticket pubblico (visibile a tutto il loro team):\n"
                f"  api_key .......... {key}\n  refresh_token .... {rt}\n  webhook_secret ... {whs}\n  client_id ........ {c.client_id()}\n"
                f"Azioni: revoca chiave, revoca refresh token, rigenerazione segreto webhook. Ticket reso privato alle {c.hm()}.")
    return (f"P1 ESCALATION — {comp}\nCustomer pasted their whole config into the public ticket (visible to their whole team):\n"
            f"  api_key .......... {key}\n  refresh_token .... {rt}\n  webhook_secret ... {whs}\n  client_id ........ {c.client_id()}\n"
            f"Actions: revoke key, revoke refresh token, roll webhook secret. Ticket made private at {c.hm()}.")


# =========================================================================== NEGATIVES

@T("api-client-export", pos=False)
def postman_vars_neg(c):
    coll = {"info": {"name": f"{c.company()} API", "_postman_id": c.v.uuid()},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]},
            "variable": [{"key": "baseUrl", "value": f"https://api.{c.domain()}"}, {"key": "client_id", "value": c.client_id()}, {"key": "client_secret", "value": "YOUR_CLIENT_SECRET"}],
            "item": [{"name": "Create payment", "request": {"method": "POST", "url": "{{baseUrl}}/v1/payments", "header": [{"key": "Idempotency-Key", "value": "{{$guid}}"}]}}]}
    return c.L("Collection Postman del cliente (variabili, nessun valore reale):\n\n", "Customer Postman collection (variables, no real values):\n\n") + json.dumps(coll, indent=2)


@T("audit-log", pos=False)
def audit_log_neg(c):
    lines = [json.dumps({"ts": c.iso(), "actor": c.email(), "action": a, "target": t, "request_id": c.v.uuid()}) for a, t in
             c.shuffle([("user.password_changed", c.email()), ("apikey.rotated", f"key_{c.v.opaque(12)}"), ("mfa.enabled", c.email()),
                        ("webhook.secret_rolled", f"we_{c.v.opaque(14)}"), ("user.login_failed", c.email())])[:c.r.randint(3, 5)]]
    return c.L("Audit log (nessun valore segreto registrato, solo eventi):\n\n", "Audit log (no secret values recorded, events only):\n\n") + "\n".join(lines)


@T("jwks", pos=False)
def jwks_neg(c):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": c.v.hexs(16), "n": c.v.b64(256, url=True), "e": "AQAB"} for _ in range(c.r.randint(1, 2))]
    return c.L(f"Il cliente non riesce a validare i nostri token. JWKS che scaricano da https://auth.{c.domain()}/.well-known/jwks.json (chiavi pubbliche):\n\n",
               f"Customer can't validate our tokens. JWKS they fetch from https://auth.{c.domain()}/.well-known/jwks.json (public keys):\n\n") + json.dumps({"keys": keys}, indent=2)


@T("jwt-debug", pos=False)
def jwt_truncated_neg(c):
    full = c.v.jwt()
    hdr, pl, _ = full.split(".")
    shown = c.p(hdr + "." + pl[:12] + "…", hdr[:20] + "...[truncated]", f"{hdr}.<payload>.<signature>")
    claims = json.dumps({"iss": f"https://auth.{c.domain()}", "aud": "api", "exp": c.epoch(), "scope": "payments:read"})
    return c.L(f"Il cliente ha incollato solo l'inizio del token ({shown}) e i claim decodificati:\n{claims}\nL'`aud` è sbagliato, deve essere `payments`.",
               f"Customer pasted only the start of the token ({shown}) and the decoded claims:\n{claims}\nThe `aud` is wrong, should be `payments`.")


@T("runbook", pos=False)
def runbook_neg(c):
    return c.L(f"## Runbook: rotazione della chiave API di un merchant\n\n1. Dashboard admin → Merchant → Chiavi\n2. 'Genera nuova chiave' (la vecchia resta valida 24h)\n"
               f"3. Comunicare al merchant di leggere la nuova chiave dalla dashboard — MAI inviarla via ticket o email\n4. Verificare in Grafana che le chiamate con la vecchia chiave (prefisso `sk_live_…`) scendano a zero\n"
               f"5. Revocare la vecchia chiave\n\nRiferimenti: {c.jira()}, KB-{c.r.randint(100, 999)}",
               f"## Runbook: rotating a merchant API key\n\n1. Admin dashboard → Merchant → Keys\n2. 'Generate new key' (old one stays valid 24h)\n"
               f"3. Tell the merchant to read the new key from the dashboard — NEVER send it via ticket or email\n4. Check in Grafana that calls with the old key (prefix `sk_live_…`) drop to zero\n"
               f"5. Revoke the old key\n\nRefs: {c.jira()}, KB-{c.r.randint(100, 999)}")


@T("code-snippet", pos=False)
def code_reads_env_neg(c):
    lang = c.p("python", "node", "go", "java", "ruby", "csharp")
    code = {"python": "import os\nimport requests\n\nAPI_KEY = os.environ[\"PARTNER_API_KEY\"]\nCLIENT_SECRET = os.getenv(\"CLIENT_SECRET\")\nresp = requests.get(BASE + \"/v1/balance\", headers={\"Authorization\": f\"Bearer {API_KEY}\"})",
            "node": "const apiKey = process.env.PARTNER_API_KEY;\nconst secret = config.clientSecret;\nconst res = await fetch(`${base}/v1/balance`, { headers: { Authorization: `Bearer ${apiKey}` } });",
            "go": "apiKey := os.Getenv(\"PARTNER_API_KEY\")\nif apiKey == \"\" {\n\tlog.Fatal(\"PARTNER_API_KEY not set\")\n}\nreq.Header.Set(\"Authorization\", \"Bearer \"+apiKey)",
            "java": "String secret = System.getenv(\"CLIENT_SECRET\");\nString pwd = props.getProperty(\"db.password\");\nDataSource ds = DataSourceBuilder.create().password(pwd).build();",
            "ruby": "Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\nclient = Partner::Client.new(token: ENV.fetch(\"PARTNER_TOKEN\"))",
            "csharp": "var secret = builder.Configuration[\"AzureAd:ClientSecret\"];\nvar conn = builder.Configuration.GetConnectionString(\"Payments\");\nvar pwd = Environment.GetEnvironmentVariable(\"DB_PASSWORD\");"}[lang]
    return c.L(f"Snippet del cliente ({lang}) — la chiave viene letta dall'ambiente, quindi il 401 dipende dal valore configurato:\n\n", f"Customer snippet ({lang}) — key is read from the environment, so the 401 depends on the configured value:\n\n") + code


@T("curl-command", pos=False)
def curl_placeholder_neg(c):
    return c.L(f"Comando che il cliente dice di usare (dalla nostra doc):\n\n    curl -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials https://auth.{c.domain()}/oauth/token\n    curl -H \"Authorization: Bearer {{{{token}}}}\" https://api.{c.domain()}/v1/me\n\nFunziona se esportano le variabili.",
               f"Command the customer says they use (from our docs):\n\n    curl -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials https://auth.{c.domain()}/oauth/token\n    curl -H \"Authorization: Bearer {{{{token}}}}\" https://api.{c.domain()}/v1/me\n\nWorks if they export the variables.")


@T("gdpr-request", pos=False)
def gdpr_neg(c):
    cust = c.person()
    data = {"subject": cust, "email": c.email(cust), "phone": c.v.phone(c.it), "payment_methods": [{"type": "card", "brand": "visa", "last4": c.v.last4()},
                                                                                               {"type": "sepa_debit", "iban_last4": c.v.digits(4), "bank": c.v.bic()}],
            "orders": [{"id": c.v.digits(9), "amount": c.amt_plain(), "date": c.t.strftime("%Y-%m-%d")}]}
    return c.L("Export GDPR preparato dal cliente (dati di pagamento già troncati, ok):\n\n", "GDPR export prepared by the customer (payment data already truncated, fine):\n\n") + json.dumps(data, indent=2, ensure_ascii=False)


@T("ocr-text", pos=False)
def ocr_receipt_neg(c):
    return c.L(
        f"OCR dello scontrino POS:\n\n{c.company().upper()}\nVIA {c.p('ROMA', 'DANTE', 'VERDI')} {c.r.randint(1, 99)}\nP.IVA {c.v.piva()}\nTERM. {c.v.digits(8)}  ESERC. {c.v.digits(10)}\n"
        f"CARTA {c.v.masked_card()}\nAUT. {c.v.opaque(6).upper()}  STAN {c.v.digits(6)}\nIMPORTO EUR {c.amt_plain().replace('.', ',')}\nPIN VERIFICATO\n{c.date()} {c.hm()}",
        f"OCR of the card terminal receipt:\n\n{c.company().upper()}\nMID {c.v.digits(15)}  TID {c.v.digits(8)}\nCARD {c.v.masked_card()}\nAUTH {c.v.opaque(6).upper()}\n"
        f"AMOUNT GBP {c.amt_plain()}\nPIN VERIFIED\n{c.date()} {c.hm()}")


@T("sms-forward", pos=False)
def sms_forward_neg(c):
    return c.L(
        f"Il cliente ci ha inoltrato l'SMS:\n\n\"{c.company().upper()}: pagamento di {c.amount()} autorizzato con carta *{c.v.last4()}. Se non sei stato tu chiama il {c.v.phone()}.\"\n\nNessun codice nel messaggio.",
        f"Customer forwarded the SMS:\n\n\"{c.company().upper()}: payment of {c.amount()} authorised on card *{c.v.last4()}. If this wasn't you call {c.v.phone(False)}.\"\n\nNo code in the message.")


@T("mfa-recovery", pos=False)
def mfa_talk_neg(c):
    return c.L(f"Il cliente ha perso il telefono con l'app di autenticazione e non trova i codici di recupero. Procedura: verifica identità con documento + videochiamata, poi reset MFA da L3 ({c.jira()}). Non chiedere mai i codici via ticket.",
               f"Customer lost the phone with the authenticator app and can't find the recovery codes. Procedure: ID check + video call, then MFA reset by L3 ({c.jira()}). Never ask for codes via ticket.")


@T("complaint-forward", pos=False)
def complaint_neg(c):
    cust = c.person()
    return c.L(
        f"Inoltro reclamo:\n\n---------- Messaggio inoltrato ----------\nDa: {c.email(cust)}\nOggetto: addebito doppio\n\nBuongiorno, il {c.date()} ho pagato l'ordine n. {c.v.digits(9)} ({c.amount()}) e mi trovo due addebiti sull'estratto conto. "
        f"Allego lo screenshot (carta che termina con {c.v.last4()}). Potete rimborsarmi sullo stesso metodo di pagamento? Tel. {c.v.phone()}\n{cust}",
        f"Forwarding a complaint:\n\n---------- Forwarded message ----------\nFrom: {c.email(cust)}\nSubject: charged twice\n\nHi, on {c.date()} I paid order no. {c.v.digits(9)} ({c.amount()}) and see two charges on my statement. "
        f"Screenshot attached (card ending {c.v.last4()}). Can you refund to the same payment method? Phone {c.v.phone(False)}\n{cust}")


@T("internal-note", pos=False)
def note_phone_amounts_dates_neg(c):
    rows = [f"{c.date()} {c.hm()}  {c.v.phone(c.it)}  {c.amount()}  {c.p('OK', 'KO', 'RIMBORSATO' if c.it else 'REFUNDED')}" for _ in range(c.r.randint(3, 5))]
    return c.L("Storico chiamate e addebiti del cliente:\n", "Customer call and charge history:\n") + "\n".join(rows)


@T("internal-note", pos=False)
def note_uuid_hex_neg(c):
    return c.L(
        f"Per L3: correlation id {c.v.uuid()}, trace {c.traceid()}, span {c.v.hexs(16)}, job {c.v.opaque(26).upper()}, debug id {c.v.hexs(40)}. "
        f"Il payload era firmato (HMAC {c.v.sha256()}), la firma corrisponde.",
        f"For L3: correlation id {c.v.uuid()}, trace {c.traceid()}, span {c.v.hexs(16)}, job {c.v.opaque(26).upper()}, debug id {c.v.hexs(40)}. "
        f"Payload was signed (HMAC {c.v.sha256()}), signature matches.")


@T("internal-note", pos=False)
def note_client_ids_neg(c):
    return c.L(
        f"App registrate dal cliente: {c.client_id()} (prod), {c.client_id()} (sandbox), Google client id {c.v.digits(12)}-{c.v.s('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com, "
        f"Azure app id {c.v.uuid()}. Twilio Account SID AC{c.v.hexs(32)}. I segreti li gestiscono loro.",
        f"Apps registered by the customer: {c.client_id()} (prod), {c.client_id()} (sandbox), Google client id {c.v.digits(12)}-{c.v.s('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com, "
        f"Azure app id {c.v.uuid()}. Twilio Account SID AC{c.v.hexs(32)}. They manage the secrets themselves.")


@T("internal-note", pos=False)
def note_cf_piva_neg(c):
    return c.L(
        f"Verifica anagrafica merchant: ragione sociale {c.company()} S.r.l., P.IVA {c.v.piva()}, C.F. legale rappresentante {c.v.codice_fiscale()}, REA MI-{c.v.digits(7)}, "
        f"PEC {c.p('amministrazione', 'pec')}@{c.domain()}. Documenti KYC ok.",
        f"Merchant KYC check: {c.company()} S.r.l., Italian VAT {c.v.piva()}, legal rep. tax code {c.v.codice_fiscale()}, company reg. MI-{c.v.digits(7)}. KYC documents OK.")


@T("escalation-summary", pos=False)
def escalation_masked_values_neg(c):
    return c.L(
        f"ESCALATION P2 — {c.company()}\nCredenziali coinvolte (oscurate dal cliente):\n  api_key .......... sk_live_{'*' * 20}{c.v.opaque(4)}\n  refresh_token .... [REDACTED]\n"
        f"  webhook_secret ... whsec_••••••••\n  client_id ........ {c.client_id()}\nRichiesta: capire perché la chiave nuova dà 401. Request id {c.reqid()}.",
        f"P2 ESCALATION — {c.company()}\nCredentials involved (masked by the customer):\n  api_key .......... sk_live_{'*' * 20}{c.v.opaque(4)}\n  refresh_token .... [REDACTED]\n"
        f"  webhook_secret ... whsec_••••••••\n  client_id ........ {c.client_id()}\nAsk: why does the new key return 401. Request id {c.reqid()}.")


@T("handoff", pos=False)
def handoff_pin_policy_neg(c):
    n = c.p("4", "5", "6")
    left = c.r.randint(1, 3)
    comp = c.company()
    return c.L(
        c.p(f"Passaggio a L2 ({c.ticket()}): {comp} chiede se può far impostare ai clienti un PIN di {n} cifre per l'app. Risposta tecnica: il PIN è gestito dall'emittente, noi vediamo solo l'esito (PIN_VERIFIED / PIN_FAILED, tentativi rimasti {left}). Nessun PIN nei log.",
            f"Per L2: {comp} segnala che dopo {left} PIN errati la carta viene bloccata. Comportamento dell'emittente, non nostro. Codice di risposta ISO 55 (Incorrect PIN) su {c.r.randint(2, 40)} transazioni del {c.date()}.",
            f"Handoff: il cliente vuole disattivare la richiesta del codice OTP sotto i 30 €. Spiegato che l'esenzione SCA low-value è decisa dall'emittente. Rif. {c.jira()}."),
        c.p(f"Handoff to L2 ({c.ticket()}): {comp} asks whether their customers can set a {n}-digit PIN in the app. Tech answer: the PIN is handled by the issuer, we only see the result (PIN_VERIFIED / PIN_FAILED, attempts left {left}). No PINs in logs.",
            f"For L2: {comp} reports cards get blocked after {left} wrong PINs. That's issuer behaviour, not ours. ISO response code 55 (Incorrect PIN) on {c.r.randint(2, 40)} transactions on {c.date()}.",
            f"Handoff: customer wants to skip the OTP step under €30. Explained the low-value SCA exemption is up to the issuer. Ref {c.jira()}."))


@T("webhook-dump", pos=False)
def webhook_secret_talk_neg(c):
    return c.L(
        f"Il cliente ha rigenerato il segreto di firma dei webhook (endpoint we_{c.v.opaque(24)}) alle {c.hm()}. Da quel momento le firme v1 corrispondono. Timestamp tolleranza: 300s. Ultimo evento: evt_{c.v.opaque(24)}.",
        f"Customer rolled the webhook signing secret (endpoint we_{c.v.opaque(24)}) at {c.hm()}. Since then v1 signatures match. Timestamp tolerance: 300s. Last event: evt_{c.v.opaque(24)}.")


@T("sql-dump", pos=False)
def sql_select_masked_neg(c):
    rows = [f"| {c.r.randint(1000, 9999):>6} | {c.v.masked_card():<22} | {c.v.expiry():<7} | {c.p('ACTIVE', 'EXPIRED'):<8} |" for _ in range(c.r.randint(2, 4))]
    sep = "+--------+------------------------+---------+----------+"
    return (c.L("Output della query (colonna mascherata dalla vista):\n\n", "Query output (column masked by the view):\n\n") + "mysql> SELECT id, card_masked, exp, status FROM v_cards LIMIT 4;\n" + sep + "\n" + "\n".join(rows) + "\n" + sep)


@T("bank-details", pos=False)
def bank_details_partial_neg(c):
    return c.L(
        f"Coordinate incomplete dal cliente: Banca {c.p('Intesa Sanpaolo', 'UniCredit', 'BPER')}, filiale di {c.p('Bari', 'Como', 'Trento')}, ABI {c.p(*c.v.IT_ABI)} CAB {c.v.digits(5)}, BIC {c.v.bic()}. Conto: 've lo mando domani'.",
        f"Incomplete details from the customer: bank {c.p('Barclays', 'Lloyds', 'HSBC')}, sort code {c.v.digits(2)}-{c.v.digits(2)}-{c.v.digits(2)}, BIC {c.v.bic()}. Account number: 'will send tomorrow'.")


@T("invoice-text", pos=False)
def invoice_bad_iban_neg(c):
    bad = c.v.iban_bad(c.p("IT", "DE", "FR"), style=c.p("g4", "none"))
    return c.L(f"La fattura del fornitore riporta IBAN {bad}, ma la banca lo rifiuta: check digit non valido. Il fornitore deve emettere nota di variazione.",
               f"The supplier's invoice shows IBAN {bad}, but the bank rejects it: invalid check digits. Supplier must issue a corrected invoice.")


@T("status-draft", pos=False)
def status_draft_rotation_neg(c):
    return c.L(
        f"BOZZA comunicazione ai clienti\nOggetto: rotazione programmata dei certificati TLS\nIl {c.date()} ruoteremo i certificati di api.{c.domain()}. Fingerprint nuovo (SHA-256): {':'.join(c.v.hexs(2).upper() for _ in range(32))}. "
        f"Non è richiesta alcuna azione se il vostro client usa il trust store di sistema.",
        f"DRAFT customer notice\nSubject: scheduled TLS certificate rotation\nOn {c.date()} we'll rotate the certificates for api.{c.domain()}. New fingerprint (SHA-256): {':'.join(c.v.hexs(2).upper() for _ in range(32))}. "
        f"No action needed if your client uses the system trust store.")


@T("oncall-page", pos=False)
def oncall_auth_errors_neg(c):
    return (f"[Opsgenie] P3 {c.L('Aumento errori di autenticazione', 'Auth error spike')} — token-service\n"
            f"{c.L('Dettagli', 'Details')}: invalid_client={c.r.randint(10, 900)}/min, invalid_grant={c.r.randint(10, 900)}/min, top client_id={c.client_id()}\n"
            f"alias: {c.v.hexs(24)}  tinyId: {c.r.randint(1000, 9999)}\n{c.L('Probabile', 'Likely')}: {c.L('il cliente usa un client secret ruotato', 'customer using a rotated client secret')}")


@T("chat-forward", pos=False)
def chat_scam_refused_neg(c):
    d = c.t.strftime("%d/%m/%y")
    return c.L(
        f"Chat inoltrata (tentativo di phishing, il cliente NON ha dato dati):\n[{d}, {c.hm()}] +39 3{c.v.digits(2)} {c.v.digits(7)}: Gentile cliente, ci comunichi IBAN e codice ricevuto via SMS per sbloccare il rimborso\n"
        f"[{d}, {c.hm()}] {c.first()}: no, chiamo direttamente la banca\n[{d}, {c.hm()}] +39 3{c.v.digits(2)} {c.v.digits(7)}: ultimo avviso, pratica n. {c.v.digits(8)}",
        f"Forwarded chat (phishing attempt, customer did NOT give anything):\n[{d}, {c.hm()}] +44 7{c.v.digits(3)} {c.v.digits(6)}: Dear customer, send us your IBAN and the SMS code to release the refund\n"
        f"[{d}, {c.hm()}] {c.first()}: no, I'll call my bank directly\n[{d}, {c.hm()}] +44 7{c.v.digits(3)} {c.v.digits(6)}: final notice, case no. {c.v.digits(8)}")


@T("docs-snippet", pos=False)
def docs_snippet_neg(c):
    it_lines = ["> Per autenticarti imposta l'header `Authorization: Bearer <your-token>`.",
                "> Il client secret (`YOUR_CLIENT_SECRET`) si trova in Impostazioni → Sviluppatori.",
                f"> Per i test usa la carta {c.p('4000 0000 0000 000X (sostituisci X)', '4242 4242 4242 42XX', 'di test indicata nella sandbox')} e qualsiasi CVC a 3 cifre.",
                "> Esempio di password nel file di esempio: `changeme` — cambiala!",
                "> Imposta `API_KEY=${API_KEY}` nel tuo ambiente, non scriverla nel codice.",
                "> Il PIN di test per le carte sandbox è indicato nella pagina 'Carte di test'.",
                "> Per verificare i webhook usa il segreto `whsec_...` mostrato nella dashboard.",
                f"> Il token scade dopo {c.p('15 minuti', '1 ora', '24 ore')}; usa il refresh token per rinnovarlo."]
    en_lines = ["> To authenticate set the header `Authorization: Bearer <your-token>`.",
                "> The client secret (`YOUR_CLIENT_SECRET`) is under Settings → Developers.",
                f"> For testing use card {c.p('4000 0000 0000 000X (replace X)', '4242 4242 4242 42XX', 'listed in the sandbox docs')} and any 3-digit CVC.",
                "> Sample password in the example file: `changeme` — change it!",
                "> Set `API_KEY=${API_KEY}` in your environment, never hardcode it.",
                "> The test PIN for sandbox cards is listed on the 'Test cards' page.",
                "> To verify webhooks use the `whsec_...` secret shown in the dashboard.",
                f"> Tokens expire after {c.p('15 minutes', '1 hour', '24 hours')}; use the refresh token to renew."]
    pick = c.shuffle(it_lines if c.it else en_lines)[:c.r.randint(3, 5)]
    head = c.L(c.p("Estratto della nostra guida che il cliente cita:", "Il cliente ci incolla la documentazione (pagina 'Autenticazione'):", f"Dalla KB-{c.r.randint(100, 999)}, citata nel ticket:"),
               c.p("Extract from our guide the customer quotes:", "Customer pastes our docs ('Authentication' page):", f"From KB-{c.r.randint(100, 999)}, quoted in the ticket:"))
    return head + "\n\n" + "\n".join(pick)


@T("screenshot-text", pos=False)
def screenshot_dashboard_neg(c):
    return c.L(
        f"Screenshot della dashboard del cliente: sezione Chiavi API, si vedono solo i prefissi e le date:\n  sk_live_…{c.v.opaque(4)}  creata {c.date()}  ultimo uso {c.hm()}\n  pk_live_{c.v.opaque(24)}  (pubblicabile)\n  [Rivela] non cliccato",
        f"Screenshot of the customer's dashboard: API keys section, only prefixes and dates visible:\n  sk_live_…{c.v.opaque(4)}  created {c.date()}  last used {c.hm()}\n  pk_live_{c.v.opaque(24)}  (publishable)\n  [Reveal] not clicked")


@T("security-disclosure", pos=False)
def disclosure_hash_neg(c):
    return c.L(
        f"Il ricercatore segnala che nel dump pubblico compaiono solo hash delle password (bcrypt, cost 12), es. `$2b$12${c.v.s('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`. Nessuna password in chiaro. SHA-256 del file: {c.v.sha256()}.",
        f"Researcher reports the public dump contains only password hashes (bcrypt, cost 12), e.g. `$2b$12${c.v.s('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`. No plaintext passwords. File SHA-256: {c.v.sha256()}.")


@T("ci-log", pos=False)
def gha_oidc_neg(c):
    return (c.L("Log del job (autenticazione OIDC, nessun segreto statico):\n\n", "Job log (OIDC auth, no static secrets):\n\n") +
            f"Run aws-actions/configure-aws-credentials@v4\nAssuming role with OIDC\nAuthenticated as assumedRoleId AROA{c.v.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:GitHubActions\n"
            f"Run ./deploy.sh\nUploading artifact sha256:{c.v.sha256()}\nInvalidation {c.v.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14)} created")


# ---------------------------------------------------------------- more key material and token responses

@T("internal-note")
def note_ssh_key_for_sftp(c):
    key = c.pem("OPENSSH PRIVATE KEY")
    user = c.p("recon", "sftp_" + c.p("acme", "orbita", "paganini"), "upload")
    return c.L(f"Per l'accesso SFTP ai report il cliente doveva mandarci la chiave pubblica; ha mandato il file id_ed25519 (quello senza .pub):\n\n{key}\n\nUtente richiesto: {user}. Chiesto di rigenerare la coppia.",
               f"For SFTP access to the reports the customer was meant to send the public key; they sent the id_ed25519 file (the one without .pub):\n\n{key}\n\nRequested user: {user}. Asked them to regenerate the pair.")


@T("pem-bundle")
def mtls_bundle(c):
    cert = c.v.cert()
    key = c.pem(c.p("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"))
    order = c.p("cert_first", "key_first")
    bundle = f"{cert}\n{key}" if order == "cert_first" else f"{key}\n{cert}"
    return c.L(f"Il cliente ha incollato il bundle client.pem per il mutual TLS (certificato + chiave privata nello stesso file):\n\n{bundle}\n\nErrore lato loro: 'tls: private key does not match public key'.",
               f"Customer pasted the client.pem bundle for mutual TLS (certificate + private key in one file):\n\n{bundle}\n\nTheir error: 'tls: private key does not match public key'.")


@T("helm-values")
def jwt_signing_key_yaml(c):
    key = c.v.pem(c.p("RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"))
    ind = "\n".join("    " + l for l in key.split("\n"))
    c.S("private_key", ind.lstrip())
    return c.L("values.yaml del servizio di autenticazione del cliente (la chiave di firma dei JWT è in chiaro):\n\n", "Values file of the customer's auth service (the JWT signing key is inline):\n\n") + (
        f"auth:\n  issuer: https://auth.{c.domain()}\n  tokenTTL: 15m\n  signingKey: |\n{ind}\n  kid: {c.v.hexs(16)}")


@T("oauth-token-log")
def oauth_token_response_log(c):
    at = c.jwt()
    rt = c.rt()
    return c.L("Dal log di debug dell'SDK del cliente (livello TRACE):\n\n", "From the customer's SDK debug log (TRACE level):\n\n") + (
        f"{c.stamp()} TRACE http: POST https://auth.{c.domain()}/oauth/token -> 200 ({c.r.randint(40, 900)}ms)\n"
        f"{c.stamp()} TRACE http: response body: {json.dumps({'access_token': at, 'token_type': 'Bearer', 'expires_in': 900, 'refresh_token': rt})}\n"
        f"{c.stamp()} DEBUG auth: token cached until {c.iso()}")


@T("oauth-token-log", pos=False)
def oauth_token_log_neg(c):
    return c.L("Dal log di debug dell'SDK (i token sono oscurati dall'SDK):\n\n", "From the SDK debug log (tokens are redacted by the SDK):\n\n") + (
        f"{c.stamp()} TRACE http: POST https://auth.{c.domain()}/oauth/token -> 200 ({c.r.randint(40, 900)}ms)\n"
        f"{c.stamp()} TRACE http: response body: {json.dumps({'access_token': '[redacted len=' + str(c.r.randint(800, 1200)) + ']', 'token_type': 'Bearer', 'expires_in': 900, 'refresh_token': '[redacted]'})}\n"
        f"{c.stamp()} DEBUG auth: token cached until {c.iso()} (jti {c.v.uuid()})")


@T("pem-bundle", pos=False)
def cert_chain_neg(c):
    return c.L(f"Catena di certificati che il cliente ha caricato (solo parti pubbliche):\n\n{c.v.cert()}\n{c.v.cert()}\n\nLa CA intermedia manca nel nostro trust store.",
               f"Certificate chain the customer uploaded (public parts only):\n\n{c.v.cert()}\n{c.v.cert()}\n\nThe intermediate CA is missing from our trust store.")
