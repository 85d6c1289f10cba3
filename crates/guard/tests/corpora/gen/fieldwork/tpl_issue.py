# -*- coding: utf-8 -*-
"""Issue-tracker posts: GitHub/Jira markdown, fences, tables, checklists, <details>."""
from common import *  # noqa

S = "issue"


def gh_title(c):
    return c.P(["### Descrizione", "## Bug", "**Descrizione del problema**", "### Cosa succede"],
               ["### Describe the bug", "## Bug report", "**What happened**", "### Summary"])


def env_block(c):
    r = c.r
    return c.P(["### Ambiente\n- SDK: %s\n- OS: %s\n- Node: %s" % (version(r), r.choice(["Ubuntu 22.04", "macOS 14.3", "Windows 11"]), version(r))],
               ["### Environment\n- SDK: %s\n- OS: %s\n- Runtime: %s" % (version(r), r.choice(["Ubuntu 22.04", "macOS 14.3", "Windows 11"]), version(r))])


# ---------------------------------------------------------------- positives

@T(S)
def issue_curl_fence(c):
    r = c.r
    tok = c.sv("access_token")
    host = r.choice(HOSTS)
    cmd = "curl -sS https://%s/v2/payments/%s \\\n  -H 'Authorization: Bearer %s' \\\n  -H 'Accept: application/json'" % (host, pay_id(r), tok)
    return (gh_title(c) + "\n" + c.P(["La GET sul pagamento risponde 403 anche se il token è appena stato emesso.", "Con il token appena generato la chiamata dà 403."],
                                     ["GET on the payment returns 403 even with a freshly issued token.", "Calling with a brand new token gives 403."]) +
            "\n\n### " + c.L("Passi per riprodurre", "Steps to reproduce") + "\n\n```bash\n" + cmd + "\n```\n\n" + env_block(c))


@T(S)
def issue_jira_table(c):
    r = c.r
    kind = r.choice(["client_secret", "client_secret", "password", "access_token"])
    rows = [("Client ID", r.choice(CLIENT_IDS)), (label(c, kind), c.sv(kind)),
            (c.L("Ambiente", "Environment"), r.choice(["PROD", "UAT", "SANDBOX"])),
            ("Endpoint", "https://%s/oauth/token" % r.choice(AUTH_HOSTS))]
    tbl = "||%s||%s||\n" % (c.L("Campo", "Field"), c.L("Valore", "Value")) + "\n".join("|%s|%s|" % x for x in rows)
    return (c.P(["h3. Descrizione\nIl token endpoint risponde invalid_client con le credenziali sotto.\n\n",
                 "h2. Dettagli\nConfigurazione attuale del connettore:\n\n"],
                ["h3. Description\nThe token endpoint answers invalid_client with the credentials below.\n\n",
                 "h2. Details\nCurrent connector configuration:\n\n"]) + tbl +
            "\n\n" + c.P(["*Priorità:* Alta", "_segnalato da %s_" % person(r, "it")], ["*Priority:* High", "_reported by %s_" % person(r, "en")]))


@T(S)
def issue_checklist(c):
    r = c.r
    kind = r.choice(["client_secret", "access_token", "password", "refresh_token"])
    val = c.sv(kind)
    key = {"client_secret": "client_secret", "access_token": "api_key", "password": "db_password", "refresh_token": "refresh_token"}[kind]
    items = c.P(["- [x] Verificato che l'orologio del server sia sincronizzato\n- [x] Controllate le credenziali (`%s=%s`)\n- [ ] Provato in sandbox\n- [ ] Aperto ticket con il fornitore" % (key, val),
                 "- [x] Letta la documentazione\n- [x] Rigenerato il %s, ora è `%s`\n- [ ] Riprovato dopo 10 minuti" % (label(c, kind).lower(), val)],
                ["- [x] Checked the server clock is in sync\n- [x] Double-checked credentials (`%s=%s`)\n- [ ] Tried on sandbox\n- [ ] Opened a ticket with the vendor" % (key, val),
                 "- [x] Read the docs\n- [x] Regenerated the %s, it's now `%s`\n- [ ] Retried after 10 minutes" % (label(c, kind).lower(), val)])
    return gh_title(c) + "\n" + prose_neg(c) + "\n\n### Checklist\n" + items


@T(S)
def issue_details_yaml(c):
    r = c.r
    pw = c.sv("password", urlsafe=True)
    user = r.choice(["app", "payments", "sportello", "svc_ledger"])
    dburl = "postgres://%s:%s@db-%s.internal:5432/ledger" % (user, pw, r.choice(["prod", "eu1", "primary"]))
    extra = ""
    if r.random() < 0.5:
        extra = "\n  api_token: %s" % c.sv("access_token", jwt_ok=False)
    y = "server:\n  port: %s\n  log_level: debug\ndatabase:\n  url: %s%s" % (port(r), dburl, extra)
    return (gh_title(c) + "\n" + c.P(["Le migrazioni falliscono al boot.", "Il servizio va in crash loop dopo l'upgrade."],
                                     ["Migrations fail at boot.", "Service crash-loops after upgrading."]) +
            "\n\n<details>\n<summary>config.yaml</summary>\n\n```yaml\n" + y + "\n```\n\n</details>\n\n" + env_block(c))


@T(S)
def issue_dotenv(c):
    r = c.r
    lines = ["NODE_ENV=production", "PORT=%s" % port(r), "ACME_CLIENT_ID=%s" % r.choice(CLIENT_IDS),
             "ACME_CLIENT_SECRET=%s" % c.sv("client_secret")]
    if r.random() < 0.6:
        vend, pairs = vendor_key(r)
        lines += ["%s=%s" % (lab, c.add("vendor_key", v)) for lab, v in pairs]
    if r.random() < 0.5:
        lines.append("DB_PASSWORD=%s" % c.sv("password"))
    lines.append("LOG_LEVEL=info")
    return (c.P(["Il nostro `.env` (tolto il superfluo):", "Config attuale del container:"],
                ["Our `.env` (trimmed):", "Current container config:"]) + "\n\n```dotenv\n" + "\n".join(lines) + "\n```\n\n" +
            c.P(["Con questa config il webhook non viene mai firmato correttamente.", "Qualcuno vede errori?"],
                ["With this config the webhook signature never validates.", "Anyone spot a mistake?"]))


@T(S)
def issue_test_accounts_table(c):
    r = c.r
    rows = []
    for i in range(r.randint(2, 4)):
        u = r.choice(NAMES) + "+test%d@%s" % (i, r.choice(["example.com", "larix.test"]))
        rows.append("| %s | `%s` | %s |" % (u, c.add("password", password(r)), c.add("pin", pin(r, r.choice([4, 5, 6]))) if r.random() < 0.6 else "—"))
    hdr = c.P(["| utente | password | PIN dispositivo |", "| Utente | Password | PIN |"], ["| user | password | device PIN |", "| User | Password | PIN |"])
    return (c.P(["Utenze di test per riprodurre (QA):", "Account usati nel test E2E che fallisce:"],
                ["Test users to reproduce (QA):", "Accounts used in the failing E2E test:"]) + "\n\n" + hdr + "\n|---|---|---|\n" + "\n".join(rows))


@T(S)
def issue_stacktrace_token(c):
    r = c.r
    tok = c.sv("access_token", jwt_ok=r.random() < 0.5)
    host = r.choice(HOSTS)
    tb = ("Traceback (most recent call last):\n  File \"sync.py\", line %d, in <module>\n    resp.raise_for_status()\n"
          "  File \"/usr/lib/python3/site-packages/requests/models.py\", line 1021, in raise_for_status\n"
          "    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
          "https://%s/v1/accounts?access_token=%s&limit=50") % (r.randint(20, 300), host, tok)
    return gh_title(c) + "\n\n```\n" + tb + "\n```\n\n" + c.P(["Succede una volta su tre.", "Da ieri sera."], ["Happens one time in three.", "Started last night."])


@T(S)
def issue_jira_code(c):
    r = c.r
    sec = c.sv("client_secret")
    code = ("OAuthClient client = OAuthClient.builder()\n    .clientId(\"%s\")\n    .clientSecret(\"%s\")\n    .tokenUrl(\"https://%s/oauth/token\")\n    .build();" %
            (r.choice(CLIENT_IDS), sec, r.choice(AUTH_HOSTS)))
    return (c.P(["Il client Java restituisce sempre 'invalid_client'. Codice:", "Da quando abbiamo aggiornato la libreria il login fallisce."],
                ["The Java client always returns 'invalid_client'. Code:", "Since upgrading the library the login fails."]) +
            "\n\n{code:java}\n" + code + "\n{code}\n\n" + c.L("{quote}Versione libreria: ", "{quote}Library version: ") + version(r) + "{quote}")


@T(S)
def issue_python_refresh(c):
    r = c.r
    rt = c.sv("refresh_token")
    code = ("import requests\n\nresp = requests.post(\"https://%s/oauth/token\", data={\n    \"grant_type\": \"refresh_token\",\n"
            "    \"refresh_token\": \"%s\",\n    \"client_id\": \"%s\",\n})\nprint(resp.json())") % (r.choice(AUTH_HOSTS), rt, r.choice(CLIENT_IDS))
    return (gh_title(c) + "\n" + c.P(["Il refresh restituisce invalid_grant anche con un token emesso 5 minuti prima. Repro minimo:",
                                      "Script minimo che riproduce:"],
                                     ["Refresh returns invalid_grant even with a token issued 5 minutes earlier. Minimal repro:",
                                      "Minimal script that reproduces:"]) + "\n\n```python\n" + code + "\n```")


@T(S)
def issue_card_fixture(c):
    r = c.r
    nums = [card(r) for _ in range(r.randint(2, 3))]
    rows = ",\n".join('  {"pan": "%s", "cvc": "%s", "exp": "%s"}' % (c.add("card_number", n), c.add("cvv", cvv(r, n)), expiry(r)) for n in nums)
    return (c.P(["I test di checkout falliscono con le carte della fixture:", "Fixture usata nei test (sandbox):"],
                ["Checkout tests fail with the fixture cards:", "Fixture used in tests (sandbox):"]) +
            "\n\n```json\n[\n" + rows + "\n]\n```\n\n" + c.P(["Errore: `card_declined`", "Tutte rifiutate con 3DS."], ["Error: `card_declined`", "All declined at 3DS."]))


@T(S)
def issue_terraform_key(c):
    r = c.r
    k = c.add("private_key", pem(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])))
    return (c.P(["`terraform output -raw signing_key` stampa questo, è normale che sia in chiaro?", "Output del modulo tls_private_key:"],
                ["`terraform output -raw signing_key` prints this, is it normal that it's plain text?", "Output of the tls_private_key module:"]) +
            "\n\n```\n" + k + "\n```")


@T(S)
def issue_json_body_iban(c):
    r = c.r
    ib = c.add("iban", make_iban(r) if r.random() < 0.7 else fmt_iban(r, make_iban(r), "paper"))
    body = '{\n  "amount": %d,\n  "currency": "EUR",\n  "beneficiary": {\n    "name": "%s",\n    "iban": "%s",\n    "bic": "%s"\n  },\n  "reference": "%s"\n}' % (
        r.randint(100, 900000), r.choice(MERCHANTS), ib, bic(r), order_no(r))
    return (gh_title(c) + "\n" + c.P(["Il payout va in errore 422 con questo body:", "Body della richiesta che fallisce:"],
                                     ["Payout fails with 422 and this body:", "Request body that fails:"]) + "\n\n```json\n" + body + "\n```\n\n" +
            c.P(["Risposta: `beneficiary.iban: unsupported country`", "Request id %s" % req_id(r)], ["Response: `beneficiary.iban: unsupported country`", "Request id %s" % req_id(r)]))


@T(S)
def issue_comment_answer(c):
    r = c.r
    kind = r.choice(["client_secret", "access_token", "password"])
    val = c.sv(kind)
    q = c.P(["@%s quale %s stai usando in staging?" % (r.choice(NAMES), label(c, kind).lower()),
             "Puoi incollare il %s che usi? Così controllo se è quello revocato." % label(c, kind).lower()],
            ["@%s which %s are you using on staging?" % (r.choice(NAMES), label(c, kind).lower()),
             "Can you paste the %s you use? I'll check if it's the revoked one." % label(c, kind).lower()])
    a = c.P(["questo: `%s`" % val, "%s\n\n(lo ruoto appena chiudiamo)" % val], ["this one: `%s`" % val, "%s\n\n(will rotate once we close this)" % val])
    return "> " + q + "\n\n" + a


@T(S)
def issue_service_account_json(c):
    r = c.r
    key = c.add("private_key", pem(r, "PRIVATE KEY", sep="\\n", lines=r.randint(6, 12)))
    sa = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s\\n",\n'
          '  "client_email": "%s@%s.iam.example.com",\n  "client_id": "%s",\n  "token_uri": "https://oauth2.example.com/token"\n}') % (
        r.choice(["acme-pay-prod", "larix-logistics", "fenice-data"]), rs(r, 40, HEX), key, r.choice(["exporter", "ledger-sync"]),
        r.choice(["acme-pay-prod", "fenice-data"]), digits(r, 21))
    return (gh_title(c) + "\n" + c.P(["Il connettore di export non si autentica. File delle credenziali usato:", "sa.json che passiamo al job:"],
                                     ["The export connector can't authenticate. Credentials file in use:", "sa.json we pass to the job:"]) +
            "\n\n```json\n" + sa + "\n```")


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def issue_service_account_redacted(c):
    r = c.r
    sa = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n'
          '  "client_email": "exporter@%s.iam.example.com",\n  "client_id": "%s"\n}') % (
        r.choice(["acme-pay-prod", "larix-logistics"]), rs(r, 40, HEX), r.choice(["-----BEGIN PRIVATE KEY-----\\n[REDACTED]\\n-----END PRIVATE KEY-----\\n", "<omitted>", "***"]),
        r.choice(["acme-pay-prod", "fenice-data"]), digits(r, 21))
    return (gh_title(c) + "\n" + c.P(["Il file (ho tolto la chiave) è questo:", "sa.json con la chiave oscurata:"], ["Here's the file (key removed):", "sa.json with the key blanked:"]) +
            "\n\n```json\n" + sa + "\n```\n\n" + error_msg(c))

@T(S, neg=True)
def issue_env_reading(c):
    r = c.r
    lines = "\n".join(r.sample(ENV_READ, 3))
    return (gh_title(c) + "\n" + c.P(["Leggiamo le credenziali così e in locale funziona, in CI no:", "Il secret viene letto così:"],
                                     ["We read credentials like this; works locally, fails in CI:", "The secret is read like this:"]) +
            "\n\n```\n" + lines + "\n```\n\n" + error_msg(c))


@T(S, neg=True)
def issue_placeholder_fence(c):
    r = c.r
    ph1, ph2 = placeholder(r), placeholder(r)
    snip = r.choice([
        "curl -u %s:%s https://%s/oauth/token -d grant_type=client_credentials" % (r.choice(CLIENT_IDS), ph1, r.choice(AUTH_HOSTS)),
        "headers:\n  Authorization: Bearer %s\n  X-Client-Id: %s" % (ph1, r.choice(CLIENT_IDS)),
        "ACME_CLIENT_SECRET=%s\nACME_REFRESH_TOKEN=%s" % (ph1, ph2),
    ])
    return (c.P(["La guida dice di usare questo, ma non capisco cosa sostituire:", "Esempio copiato dal README:"],
                ["The guide says to use this but I don't get what to replace:", "Example copied from the README:"]) + "\n\n```\n" + snip + "\n```")


@T(S, neg=True)
def issue_ci_log(c):
    r = c.r
    lines = ["$ git log --oneline -3"] + ["%s %s" % (short_sha(r), r.choice(["fix: retry on 429", "chore: bump sdk to " + version(r), "feat: idempotency keys", "Merge pull request #%d" % r.randint(10, 999)])) for _ in range(3)]
    lines += ["Run actions/checkout@%s" % sha1(r), "Image digest: sha256:%s" % sha256(r), "Tests: 212 passed, 3 failed"]
    return gh_title(c) + "\n" + c.P(["La build rompe dopo il merge.", "CI rossa da ieri."], ["Build broke after the merge.", "CI red since yesterday."]) + "\n\n```\n" + "\n".join(lines) + "\n```"


@T(S, neg=True)
def issue_table_ids(c):
    r = c.r
    rows = "\n".join("| %s | %s | %s | %s |" % (iso_ts(r), req_id(r), trace_id(r), r.choice(["401", "403", "500", "200"])) for _ in range(r.randint(3, 6)))
    return (c.P(["Richieste fallite:", "Elenco errori dal nostro gateway:"], ["Failed requests:", "Errors seen by our gateway:"]) +
            "\n\n| time | request id | trace id | status |\n|---|---|---|---|\n" + rows)


@T(S, neg=True)
def issue_checklist_neg(c):
    r = c.r
    return (gh_title(c) + "\n" + prose_neg(c) + "\n\n- [x] " + c.L("Rigenerato il client secret dal portale", "Regenerated the client secret in the portal") +
            "\n- [x] " + c.L("Aggiornato il secret nel vault", "Updated the secret in vault") + "\n- [ ] " +
            c.L("Verificato che il refresh token non sia scaduto", "Checked the refresh token hasn't expired") +
            "\n\n```\n" + error_msg(c) + "\n```")


@T(S, neg=True)
def issue_redacted_config(c):
    r = c.r
    y = "oauth:\n  client_id: %s\n  client_secret: \"%s\"\n  token_url: https://%s/oauth/token\nwebhook:\n  secret: %s" % (
        r.choice(CLIENT_IDS), masked_token(r), r.choice(AUTH_HOSTS), masked_token(r))
    return c.P(["Config (secret oscurati):", "Ho tolto i valori sensibili:"], ["Config (secrets redacted):", "Removed sensitive values:"]) + "\n\n```yaml\n" + y + "\n```"


@T(S, neg=True)
def issue_release_digests(c):
    r = c.r
    files = ["sportello-cli_%s_%s.tar.gz" % (version(r).replace("build ", ""), p) for p in ["linux_amd64", "darwin_arm64", "windows_amd64"]]
    return ("## " + c.L("Checksum release ", "Release checksums ") + version(r) + "\n\n```\n" + "\n".join("%s  %s" % (sha256(r), f) for f in files) + "\n```\n\n" +
            c.L("Il checksum del pacchetto darwin non coincide con quello scaricato.", "The darwin checksum doesn't match the downloaded file."))


@T(S, neg=True)
def issue_ui_bug(c):
    r = c.r
    return (gh_title(c) + "\n" + c.P(["Il bottone 'Paga' ha il colore sbagliato (%s invece di %s) nel pod %s, porta %s." % (hexcolor(r), hexcolor(r), pod_name(r), port(r)),
                                      "Nel deployment %s il widget usa ancora il tema vecchio (%s)." % (k8s_name(r), hexcolor(r))],
                                     ["The 'Pay' button has the wrong colour (%s instead of %s) on pod %s, port %s." % (hexcolor(r), hexcolor(r), pod_name(r), port(r)),
                                      "In deployment %s the widget still uses the old theme (%s)." % (k8s_name(r), hexcolor(r))]) +
            "\n\n| " + c.L("versione", "version") + " | build |\n|---|---|\n| %s | %s |" % (version(r), short_sha(r)))


@T(S, neg=True)
def issue_b64_cursor(c):
    r = c.r
    cur = b64_json(r)
    ctx = b64_json(r)
    return (c.P(["La paginazione salta dei record. Richiesta:", "Il cursore restituito non funziona alla seconda pagina:"],
                ["Pagination skips records. Request:", "The returned cursor doesn't work for page two:"]) +
            "\n\n```http\nGET /v2/payments?limit=50&cursor=%s HTTP/1.1\nHost: %s\nX-Request-Context: %s\nX-Request-Id: %s\n```" % (cur, r.choice(HOSTS), ctx, req_id(r)))


@T(S, neg=True)
def issue_luhn_fail_fixture(c):
    r = c.r
    rows = "\n".join("| %s | %s | %s |" % (fmt_card(r, bad_card(r), "compact"), r.choice(["rifiutata", "invalid_number"]) if c.lang == "it" else "invalid_number", masked_card(r)) for _ in range(3))
    return (c.P(["Questi numeri dovrebbero essere rifiutati dal validatore (Luhn errato) e lo sono; il problema è il messaggio:", "Casi negativi della suite:"],
                ["These numbers should be rejected by the validator (bad Luhn) and they are; the problem is the message:", "Negative cases in the suite:"]) +
            "\n\n| input | " + c.L("esito", "result") + " | " + c.L("mostrato come", "shown as") + " |\n|---|---|---|\n" + rows)


@T(S, neg=True)
def issue_docker_digest(c):
    r = c.r
    return ("```\n$ docker pull ghcr.io/sportello/relay:%s\n%s: Pull complete\nDigest: sha256:%s\nStatus: Downloaded newer image\n```\n\n" % (
        version(r).replace("build ", "b"), short_sha(r), sha256(r)) +
        c.P(["Dopo il pull il container esce con codice 137.", "Il digest non corrisponde a quello del changelog."],
            ["After pulling, the container exits with code 137.", "The digest doesn't match the changelog."]))
