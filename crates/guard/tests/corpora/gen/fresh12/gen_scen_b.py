"""Scenarios, part B: the integrator's engineering day (PRs, reviews, commits,
CI, test runners, Postman, OpenAPI, webhooks, pair chat)."""
from gen_frames import *  # noqa

DEVS = ["priya", "tom.h", "giulia-f", "marco_r", "okafor", "wei", "chiara.b", "dlucca", "sam-dev", "ilaria"]
ENVVARS = ["CLIENT_SECRET", "PAYLANE_CLIENT_SECRET", "DB_PASSWORD", "TESORO_API_KEY", "STRIPE_SECRET_KEY", "WEBHOOK_SECRET",
           "AURORA_REFRESH_TOKEN", "ACCESS_TOKEN", "AWS_SECRET_ACCESS_KEY", "SIGNING_KEY", "KASSA_TOKEN"]


def env_read(lang_code=None):
    v = ch(ENVVARS)
    return ch(['process.env.%s' % v, 'os.environ["%s"]' % v, 'os.getenv("%s")' % v, 'System.getenv("%s")' % v,
               'getenv("%s")' % v, 'config.clientSecret', 'settings.%s' % v.lower(), '${{ secrets.%s }}' % v, '$%s' % v,
               '${%s}' % v, 'env::var("%s")' % v, 'ENV.fetch("%s")' % v, '{{%s}}' % v.lower(), 'Deno.env.get("%s")' % v])


def placeholder(kind=None):
    return ch(["<your-token>", "YOUR_CLIENT_SECRET", "${CLIENT_SECRET}", "{{token}}", "xxxxx", "<client-secret>", "********",
               "[REDACTED]", "REPLACE_ME", "<password>", "{{access_token}}", "$TOKEN", "•••••••", "<insert key here>",
               "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "%CLIENT_SECRET%", "[FILTERED]", "***"])


def secret_for(rec, kind, lang="en"):
    """(mark, raw) for a config-ish value of the requested kind"""
    gen = {"client_secret": client_secret, "access_token": access_token, "refresh_token": refresh_token,
           "password": password, "vendor_key": vendor_key, "pin": pin}
    v = gen[kind]()
    return rec.m(kind, v), v


# ------------------------------------------------------------------ pair chat
def sc_pair_chat(rec, lang, kind):
    a, b = R.sample(DEVS, 2)
    lines = []
    opener = P(lang, ["sei in call?", "ok condivido lo schermo", "mi leggi cosa vedi nel log?", "proviamo il flusso in sandbox", "torna 401 di nuovo"],
               ["you on the call?", "ok sharing screen", "can you read me what's in the log?", "let's try the sandbox flow", "401 again"])
    lines.append((a, opener))
    lines.append((b, P(lang, ["sì dimmi", "vedo", "aspetta che apro il terminale", "ok"], ["yep", "I see it", "hang on, opening terminal", "ok"])))
    if kind:
        mark, _ = secret_for(rec, kind)
        if kind in PH:
            line = phrase(kind, lang, mark)
        elif kind == "vendor_key":
            line = P(lang, ["la chiave di %s è %s" % (ch(["stripe", "sendgrid", "aws", "github"]), mark), "usa questa: %s" % mark, "%s (non committarla)" % mark],
                     ["the %s key is %s" % (ch(["stripe", "sendgrid", "aws", "github"]), mark), "use this one: %s" % mark, "%s (don't commit it)" % mark])
        else:
            line = mark
        lines.append((a, line))
        lines.append((b, P(lang, ["ok incollato", "fatto, ora va", "ancora 401", "perfetto grazie, poi la ruotiamo"], ["pasted", "done, works now", "still 401", "great, we'll rotate it later"])))
    else:
        lines.append((a, P(lang, ["il secret lo legge da %s, non è nel codice" % env_read(), "metti %s nel file .env, non il valore vero" % placeholder(),
                                  "il token scade dopo 3600 secondi", "la richiesta %s torna invalid_grant" % uuid4(), "il client id è %s" % client_id()],
                           ["it reads the secret from %s, it's not in the code" % env_read(), "put %s in the .env, not the real value" % placeholder(),
                            "token expires after 3600 seconds", "request %s returns invalid_grant" % uuid4(), "client id is %s" % client_id()])))
        lines.append((b, P(lang, ["ok, e il trace id?", "vedo %s nel log" % trace(), "commit %s" % short_sha(), "porta %s chiusa?" % port()],
                           ["ok, and the trace id?", "I see %s in the log" % trace(), "commit %s" % short_sha(), "is port %s closed?" % port()])))
    fmt = ch(["slack", "teams", "plain"])
    out = []
    for who, msg in lines:
        hh, mm = R.randint(9, 18), R.randint(0, 59)
        if fmt == "slack":
            out.append("%s  %d:%02d %s\n%s" % (who, hh % 12 or 12, mm, ch(["AM", "PM"]), msg))
        elif fmt == "teams":
            out.append("[%02d:%02d] %s: %s" % (hh, mm, who, msg))
        else:
            out.append("<%s> %s" % (who, msg))
    return "pair-chat", rec.fill("\n".join(out))


# ------------------------------------------------------------------ PR description
def sc_pr(rec, lang, kind):
    title = P(lang, ["feat(pay): integrazione %s SCA" % provider(), "fix: retry sul refresh del token", "chore: config sandbox %s" % provider(),
                     "Webhook: verifica firma HMAC"],
              ["feat(pay): %s SCA integration" % provider(), "fix: retry token refresh", "chore: sandbox config for %s" % provider(),
               "Webhooks: verify HMAC signature"])
    body = ["## %s" % P(lang, ["Descrizione", "Cosa cambia"], ["Summary", "What changed"]),
            P(lang, ["Aggiunge il client OAuth per %s e sposta la configurazione in un file a parte." % provider(),
                     "Il job si rompeva quando il token scadeva durante un batch (%s)." % ("#%d" % R.randint(10, 900))],
              ["Adds the OAuth client for %s and moves config into its own file." % provider(),
               "The job broke when the token expired mid-batch (%s)." % ("#%d" % R.randint(10, 900))])]
    if kind:
        if kind == "private_key":
            v = rec.m("private_key", pem_private())
            snippet = "```\n%s\n```" % v
        elif kind == "password":
            v = rec.m("password", password())
            snippet = "```diff\n+DB_URL=postgres://pay_app:%s@%s:5432/payments\n```" % (v, ch(["db.internal", "10.0.3.14", "pg-prod"]))
        else:
            v, _ = secret_for(rec, kind)
            var = {"client_secret": "CLIENT_SECRET", "access_token": "API_TOKEN", "refresh_token": "REFRESH_TOKEN", "vendor_key": ch(["STRIPE_KEY", "AWS_ACCESS_KEY_ID", "SENDGRID_KEY", "GH_TOKEN"])}.get(kind, "SECRET")
            snippet = "```diff\n %s_CLIENT_ID=%s\n-%s=\n+%s=%s\n```" % (provider().upper().replace(" ", "_"), client_id(), var, var, v)
        body += ["## %s" % P(lang, ["Configurazione", "Come testare"], ["Config", "How to test"]),
                 P(lang, ["Per provarlo in locale serve questo:", "Ho usato questi valori (sandbox):", "Metti nel tuo .env:"],
                   ["To try it locally you need:", "I used these values (sandbox):", "Put this in your .env:"]), snippet]
    else:
        body += ["## %s" % P(lang, ["Configurazione"], ["Config"]),
                 "```diff\n+CLIENT_ID=%s\n+CLIENT_SECRET=%s\n+BASE_URL=https://%s/v%d\n```" % (client_id(), placeholder(), host(), R.randint(1, 3)),
                 P(lang, ["I segreti stanno in Vault (`%s`), non nel repo." % ("secret/pay/" + ch(["prod", "sandbox"])), "Il valore vero lo trovi in 1Password, voce \"%s sandbox\"." % provider()],
                   ["Secrets live in Vault (`%s`), not in the repo." % ("secret/pay/" + ch(["prod", "sandbox"])), "Real value is in 1Password under \"%s sandbox\"." % provider()])]
    body += ["## %s" % P(lang, ["Checklist"], ["Checklist"]),
             "- [x] %s" % P(lang, ["test aggiunti", "CI verde"], ["tests added", "CI green"]),
             "- [ ] %s" % P(lang, ["aggiornare il runbook", "ruotare le credenziali"], ["update runbook", "rotate credentials"]),
             P(lang, ["Chiude #%d. Build %s, commit %s." , "Relativo a #%d (build %s, %s)."], ["Closes #%d. Build %s, commit %s.", "Refs #%d (build %s, %s)."]) % (R.randint(10, 999), build_no(), short_sha())]
    return "pr-description", rec.fill("# " + title + "\n\n" + "\n\n".join(body))


# ------------------------------------------------------------------ code review
def sc_review(rec, lang, kind):
    path = ch(["src/payments/client.ts", "app/integrations/aurora.py", "internal/kassa/auth.go", "lib/tesoro/config.rb",
               "src/main/java/com/acme/pay/TokenClient.java", "webhooks/handler.js"])
    ln = R.randint(12, 340)
    who = ch(DEVS)
    if kind == "client_secret" and maybe(0.5):
        v1, v2 = rmix(R.randint(12, 18)), rmix(R.randint(12, 18))
        code = 'const CLIENT_SECRET = "%s" +\n  "%s";' % (rec.m("client_secret", v1), rec.m("client_secret", v2))
        comment = P(lang, ["Anche spezzato in due stringhe resta un secret nel codice, leggilo da %s." % env_read(), "spezzarlo con il + non lo nasconde 🙂"],
                    ["Splitting it with + doesn't hide it, read it from %s." % env_read(), "still a hard-coded secret, just in two pieces"])
    elif kind:
        mark, raw = secret_for(rec, kind)
        var = {"client_secret": "clientSecret", "access_token": "token", "refresh_token": "refreshToken", "password": "dbPassword", "vendor_key": "apiKey"}[kind]
        code = ch(['%s = "%s"' % (var, mark), 'private static final String %s = "%s";' % (var.upper(), mark), "%s: '%s'," % (var, mark),
                   '%s := "%s"' % (var, mark), 'headers["Authorization"] = "Bearer %s"' % mark if kind == "access_token" else 'let %s = "%s";' % (var, mark)])
        comment = P(lang, ["Questo non può stare nel repo, spostalo in %s e ruotalo." % env_read(), "🔴 secret hard-coded", "valore vero committato?? rimuovi e ruota",
                           "nit a parte: questo è il valore di produzione?"],
                    ["This can't live in the repo, move it to %s and rotate it." % env_read(), "🔴 hard-coded secret", "real value committed?? remove and rotate",
                     "nit aside: is this the production value?"])
    else:
        code = ch(['const clientSecret = %s;' % env_read(), 'secret = %s' % env_read(), 'if (!config.clientSecret) throw new Error("missing client secret");',
                   'token := os.Getenv("KASSA_TOKEN")', 'String pwd = System.getenv("DB_PASSWORD");', 'assert resp.json()["access_token"] != ""'])
        comment = P(lang, ["Meglio fallire subito se la variabile manca.", "ok, ma logghiamo solo le ultime 4 cifre del token", "qui serve un test per token scaduto",
                           "nit: rinomina in `clientSecretRef`", "lgtm, ma aggiungi il redact nel logger"],
                    ["Better fail fast when the variable is missing.", "ok, but only log the last 4 chars of the token", "needs a test for the expired-token case",
                     "nit: rename to `clientSecretRef`", "lgtm, but add redaction in the logger"])
    diff_ctx = ch(["@@ -%d,6 +%d,9 @@" % (ln, ln), "@@ -%d,4 +%d,5 @@ class TokenClient" % (ln, ln)])
    text = "**%s** %s `%s` line %d\n\n```diff\n%s\n+%s\n```\n\n%s" % (who, P(lang, ["ha commentato su"], ["commented on"]), path, ln, diff_ctx, code.replace("\n", "\n+"), comment)
    if maybe(0.4):
        text += "\n\n> **%s**: %s" % (ch(DEVS), P(lang, ["fatto in %s" % short_sha(), "ok, sistemo"], ["done in %s" % short_sha(), "ack, fixing"]))
    return "code-review", rec.fill(text)


# ------------------------------------------------------------------ commits
def sc_commit(rec, lang, kind):
    f, l = person(lang)
    hdr = "commit %s\nAuthor: %s %s <%s@%s>\nDate:   %s %s %d %02d:%02d:%02d 2024 +0%d00\n\n" % (
        sha(), f, l, f.lower(), ch(["acme.dev", "integrator.example", "bottega.it"]), ch(["Mon", "Tue", "Wed", "Thu", "Fri"]),
        ch(["Jan", "Mar", "May", "Sep"]), R.randint(1, 28), R.randint(8, 20), R.randint(0, 59), R.randint(0, 59), ch([1, 2]))
    if kind:
        mark, raw = secret_for(rec, kind)
        msg = P(lang, ["fix: rimuovo chiave committata per errore (%s)\n\nera finita in config/local.toml, già ruotata" % mark,
                       "wip: test con credenziali sandbox\n\n%s = %s" % (kind.upper(), mark),
                       "Revert \"usa token fisso\"\n\nQuesto annulla il commit %s.\nIl token %s non va più usato." % (short_sha(), mark)],
                  ["fix: remove accidentally committed key (%s)\n\nit ended up in config/local.toml, already rotated" % mark,
                   "wip: test with sandbox credentials\n\n%s = %s" % (kind.upper(), mark),
                   "Revert \"use fixed token\"\n\nThis reverts commit %s.\nToken %s must not be used anymore." % (short_sha(), mark)])
    else:
        msg = P(lang, ["fix(auth): ruota il refresh token prima della scadenza\n\nCloses #%d" % R.randint(1, 999),
                       "chore: sposta CLIENT_SECRET in Vault\n\nIl valore non è più in config, si legge da %s" % env_read(),
                       "test: aggiunge caso PIN errato 3 volte\n\nCo-authored-by: %s <%s@users.noreply.github.com>" % (ch(DEVS), ch(DEVS)),
                       "Merge branch 'feature/sca-otp' into main"],
                  ["fix(auth): rotate refresh token before expiry\n\nCloses #%d" % R.randint(1, 999),
                   "chore: move CLIENT_SECRET into Vault\n\nValue no longer in config, read from %s" % env_read(),
                   "test: add wrong-PIN-three-times case\n\nCo-authored-by: %s <%s@users.noreply.github.com>" % (ch(DEVS), ch(DEVS)),
                   "Merge branch 'feature/sca-otp' into main"])
    msg = "\n".join("    " + x if x else "" for x in msg.split("\n"))
    text = hdr + msg
    if maybe(0.5):
        text = "$ git log -1\n" + text
    return "git-log", rec.fill(text)


# ------------------------------------------------------------------ CI logs
def ci_ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%07dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 9999999))


def sc_ci_log(rec, lang, kind):
    steps = ["##[group]Run actions/checkout@v4", "Syncing repository: acme/pay-integration", "##[endgroup]",
             "##[group]Run npm ci", "added %d packages in %ds" % (R.randint(300, 1500), R.randint(8, 60)), "##[endgroup]"]
    if kind == "password":
        v = rec.m("password", password(simple=True) if maybe(0.5) else password())
        raw = rec.vals[-1]
        from urllib.parse import quote
        if any(c in raw for c in "@#/:?%") or maybe(0.2):
            enc = quote(raw, safe="")
            rec.secrets = [s for s in rec.secrets if s["value"] != raw]
            v = rec.m("password", enc)
        steps += ["##[group]Run migrations", "Connecting to %s://%s:%s@%s:%s/%s" % (ch(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"]), ch(["pay_app", "ci", "root", "svc"]), v, ch(["localhost", "db", "10.1.4.7"]), port(), ch(["payments", "ledger", "0", "vhost"])),
                  "Error: connect ECONNREFUSED 127.0.0.1:%s" % port()]
    elif kind == "access_token":
        v = rec.m("access_token", access_token())
        steps += ["##[group]Run curl smoke test", "+ curl -sS -H 'Authorization: Bearer %s' https://%s/v2/payments?limit=1" % (v, host(False)),
                  '{"error":"insufficient_scope","request_id":"%s"}' % uuid4()]
    elif kind == "vendor_key":
        v = rec.m("vendor_key", vendor_key(ch(["aws", "aws", "stripe", "ghp", "npm"])))
        steps += ["##[group]Run printenv | sort", "CI=true", "GITHUB_SHA=%s" % sha(), "HOME=/home/runner",
                  "%s=%s" % (ch(["AWS_ACCESS_KEY_ID", "STRIPE_API_KEY", "GH_TOKEN", "NPM_TOKEN", "DEPLOY_KEY"]), v), "RUNNER_OS=Linux"]
    elif kind == "client_secret":
        v = rec.m("client_secret", client_secret())
        steps += ["##[group]Run ./scripts/get-token.sh", "+ curl -X POST https://%s/oauth2/token -d grant_type=client_credentials -d client_id=%s -d client_secret=%s" % (host(), client_id(), v),
                  "curl: (22) The requested URL returned error: 400"]
    elif kind == "private_key":
        v = rec.m("private_key", pem_private())
        steps += ["##[group]Run echo \"$DEPLOY_KEY\" > key.pem  # debug", "+ cat key.pem", v, "+ ssh -i key.pem deploy@%s" % ip()]
    else:
        steps += ["##[group]Run ./scripts/get-token.sh", "+ curl -X POST https://%s/oauth2/token -d grant_type=client_credentials -d client_id=%s -d client_secret=***" % (host(), client_id()),
                  "::add-mask::***", "Token acquired (expires_in=3600, scope=payments:write)", "Connecting to postgres://pay_app:***@db:5432/payments",
                  "Using secret ${{ secrets.%s }} from environment" % ch(ENVVARS), "Pushed image %s" % digest()]
    steps += ["##[endgroup]", "##[error]Process completed with exit code %d." % ch([1, 2, 22, 7]) if kind else "Job succeeded (build %s)" % build_no()]
    text = "\n".join("%s %s" % (ci_ts(), s) for s in steps)
    # a multi-line value inside a timestamped log keeps its lines unprefixed
    intro = P(lang, ["log della pipeline #%s:" % build_no(), "il job fallisce, log sotto", ""], ["pipeline #%s log:" % build_no(), "job fails, log below", ""])
    return "ci-log", rec.fill((intro + "\n" if intro else "") + text)


# ------------------------------------------------------------------ pytest
def sc_pytest(rec, lang, kind):
    tname = ch(["test_refresh_rotates_token", "test_token_exchange", "test_sca_otp_submit", "test_create_payout", "test_webhook_signature",
                "test_login_basic_auth", "test_iban_validation"])
    lines = ["============================= test session starts ==============================",
             "platform linux -- Python 3.%d.%d, pytest-%s, pluggy-1.%d.0" % (R.randint(9, 12), R.randint(0, 9), version(), R.randint(0, 5)),
             "collected %d items" % R.randint(5, 120), "", "tests/test_%s.py ..F%s" % (ch(["auth", "payments", "sca"]), "." * R.randint(0, 8)), "",
             "=================================== FAILURES ===================================",
             "____________________________ %s ____________________________" % tname, ""]
    if kind in ("access_token", "refresh_token"):
        v = rec.m(kind, access_token() if kind == "access_token" else refresh_token())
        lines += ["    def %s(client):" % tname, "        resp = client.post(\"/oauth2/token\", data=payload)", ">       assert resp.json()[\"token_type\"] == \"bearer\"",
                  "E       AssertionError: assert 'Bearer' == 'bearer'",
                  "E         resp.json() = {'%s': '%s', 'token_type': 'Bearer', 'expires_in': 3600}" % (kind, v)]
    elif kind == "client_secret":
        v = rec.m("client_secret", client_secret())
        lines += [">       assert r.status_code == 200", "E       assert 401 == 200",
                  "E        +  where 401 = <Response [401]>.status_code", "", "----------------------------- Captured log call ------------------------------",
                  "DEBUG    urllib3:connectionpool.py:%d POST /oauth2/token body=grant_type=client_credentials&client_id=%s&client_secret=%s" % (R.randint(100, 600), client_id(), v)]
    elif kind == "pin":
        v = rec.m("pin", pin(6))
        lines += [">       assert sca.verify(challenge_id, code) is True", "E       AssertionError: SCA rejected code",
                  "E       challenge_id = '%s', code = '%s' (read from device %s via SMS gateway)" % (uuid4(), v, phone(lang))]
    elif kind == "password":
        v = rec.m("password", password(simple=True))
        lines += [">       conn = psycopg.connect(DSN)", "E       psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user \"pay_app\"",
                  "E       DSN = 'host=%s port=5432 dbname=payments user=pay_app password=%s'" % (ch(["db", "localhost"]), v)]
    elif kind == "iban":
        v = rec.m("iban", iban_compact())
        lines += [">       assert validate_iban(payload[\"creditor\"][\"iban\"])", "E       AssertionError: assert False",
                  "E        +  where payload = {'creditor': {'name': '%s', 'iban': '%s'}, 'amount': '%s'}" % (" ".join(person(lang)), v, amount("en"))]
    else:
        bad = iban_compact(valid=False)
        lines += [">       assert resp.json()[\"refresh_token\"] != old_refresh", "E       AssertionError: refresh token was not rotated",
                  "E       assert '[REDACTED]' != '[REDACTED]'", "", ch(["E       request_id = '%s'" % uuid4(), "E       iban = '%s' -> invalid check digits (expected)" % bad,
                                                                       "E       client_id = '%s'" % client_id(), "E       expected pin attempts <= 3, got 4"])]
    lines += ["", "=========================== short test summary info ============================",
              "FAILED tests/test_x.py::%s - %s" % (tname, ch(["AssertionError", "OperationalError", "KeyError: 'access_token'"])),
              "========================= 1 failed, %d passed in %.2fs =========================" % (R.randint(3, 90), R.random() * 30)]
    intro = P(lang, ["Mi fallisce in locale:", "output di pytest", ""], ["Fails locally:", "pytest output", ""])
    return "pytest", rec.fill((intro + "\n\n" if intro else "") + "\n".join(lines))


def sc_junit(rec, lang, kind):
    cls = ch(["com.acme.pay.TokenClientTest", "it.bottega.checkout.ScaFlowIT", "com.northgate.payouts.PayoutServiceTest"])
    tc = ch(["shouldRefreshExpiredAccessToken", "shouldRejectWrongPin", "exchangesAuthorizationCode", "connectsToLedgerDb", "signsWebhookPayload"])
    out = ""
    if kind:
        if kind == "password":
            v = rec.m("password", password(no_xml=True).replace("<", "").replace(">", "").replace('"', ""))
            out = "HikariPool-1 - Starting...\njdbc:postgresql://db:5432/ledger?user=ledger&amp;password=%s\nFATAL: password authentication failed" % v
        elif kind == "client_secret":
            out = "POST /oauth/token\nAuthorization: Basic %s\n&lt;&lt; 401 invalid_client" % rec.m("client_secret", basic_blob(client_id(), rmix(32)))
        else:
            mark, _ = secret_for(rec, kind)
            out = "Request headers: {Authorization=[Bearer %s], X-Request-Id=[%s]}" % (mark, uuid4()) if kind == "access_token" else "%s=%s" % (kind, mark)
    else:
        out = "Request headers: {Authorization=[Bearer ***], X-Request-Id=[%s]}\nexpected: &lt;3&gt; but was: &lt;4&gt; (pin attempts)" % uuid4()
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="%s" tests="%d" failures="1" errors="0" time="%.3f">\n'
           '  <testcase name="%s" classname="%s" time="%.3f">\n    <failure message="%s" type="org.opentest4j.AssertionFailedError"/>\n'
           '    <system-out><![CDATA[%s]]></system-out>\n  </testcase>\n</testsuite>') % (cls, R.randint(3, 40), R.random() * 10, tc, cls, R.random(), 
                                                                                      P(lang, ["atteso 200 ma ricevuto 401"], ["expected: &lt;200&gt; but was: &lt;401&gt;"]), out)
    if kind == "client_secret" and "Basic" in out:
        pass
    return "junit-xml", rec.fill(xml)


def sc_jest(rec, lang, kind):
    lines = [" FAIL  src/__tests__/%s.test.ts" % ch(["tokenClient", "checkout", "webhook", "sca"]),
             "  ● %s › %s" % (ch(["TokenClient", "Checkout", "Webhook"]), ch(["refreshes an expired token", "sends card data to vault", "verifies signature", "submits the OTP"])), "",
             "    expect(received).toMatchSnapshot()", "", "    Snapshot name: `%s 1`" % ch(["TokenClient refreshes", "Checkout payload"]), "",
             "    - Snapshot  - 1", "    + Received  + 1", ""]
    if kind == "card_number" or kind == "cvv":
        c = rec.m("card_number", card(sep=ch(["", " "])))
        lines += ["      Object {", "        \"amount\": %d," % R.randint(100, 99999), "    -   \"pan\": \"%s\"," % masked_card().replace("[REDACTED]", "****"),
                  "    +   \"pan\": \"%s\"," % c]
        if kind == "cvv":
            lines += ["    +   \"cvc\": \"%s\"," % rec.m("cvv", cvv())]
        lines += ["      }"]
    elif kind:
        mark, _ = secret_for(rec, kind)
        key = {"access_token": "accessToken", "refresh_token": "refreshToken", "client_secret": "clientSecret", "password": "password", "vendor_key": "apiKey"}[kind]
        lines += ["      Object {", "    -   \"%s\": Any<String>," % key, "    +   \"%s\": \"%s\"," % (key, mark), "        \"expiresIn\": 3600,", "      }"]
    else:
        lines += ["      Object {", "    -   \"accessToken\": \"[REDACTED]\",", "    +   \"accessToken\": Any<String>,", "        \"traceId\": \"%s\"," % trace(), "      }"]
    lines += ["", "      at Object.<anonymous> (src/__tests__/x.test.ts:%d:%d)" % (R.randint(10, 200), R.randint(3, 30)), "",
              "Tests:       1 failed, %d passed, %d total" % (R.randint(2, 50), R.randint(53, 80)), "Time:        %.3f s" % (R.random() * 20)]
    return "jest", rec.fill("\n".join(lines))


def sc_gotest(rec, lang, kind):
    tn = ch(["TestPINRetryLimit", "TestTokenRefresh", "TestClientCredentials", "TestWebhookHMAC", "TestOpenBankingConsent"])
    lines = ["=== RUN   %s" % tn]
    if kind == "client_secret":
        v = rec.m("client_secret", signing_secret() if maybe(0.5) else client_secret())
        lines += ["    %s_test.go:%d: signature mismatch: secret=\"%s\" got=%s want=%s" % (tn.lower()[4:], R.randint(10, 200), v, rhex(64), rhex(64))]
    elif kind == "pin":
        v = rec.m("pin", pin(ch([4, 6])))
        lines += ["    sca_test.go:%d: device %s returned otp %s, server said: code_invalid" % (R.randint(10, 200), uuid4(), v)]
    elif kind:
        mark, _ = secret_for(rec, kind)
        lines += ["    auth_test.go:%d: unexpected 401 with token %s" % (R.randint(10, 200), mark)]
    else:
        lines += ["    sca_test.go:%d: pin attempts = %d, want %d" % (R.randint(10, 200), R.randint(4, 6), 3),
                  "    sca_test.go:%d: request id %s" % (R.randint(10, 200), uuid4())]
    lines += ["--- FAIL: %s (%.2fs)" % (tn, R.random()), "FAIL", "FAIL\tgithub.com/acme/pay/%s\t%.3fs" % (ch(["sca", "auth", "webhook"]), R.random() * 3), "FAIL"]
    return "go-test", rec.fill("\n".join(lines))


# ------------------------------------------------------------------ Postman
def sc_postman(rec, lang, kind):
    com = P(lang, ["// salva il token per le richieste successive", "// test: risposta 200", "// script di pre-request"],
            ["// store token for following requests", "// tests: 200 response", "// pre-request script"])
    lines = [com, "pm.test(\"status is 200\", function () {", "    pm.response.to.have.status(200);", "});"]
    if kind in ("access_token", "refresh_token", "client_secret", "pin"):
        mark, _ = secret_for(rec, kind)
        var = {"access_token": "access_token", "refresh_token": "refresh_token", "client_secret": "client_secret", "pin": "sca_otp"}[kind]
        lines += [ch(['pm.environment.set("%s", "%s");' % (var, mark), "pm.collectionVariables.set('%s', '%s');" % (var, mark),
                      'pm.globals.set("%s", "%s"); // TODO togliere' % (var, mark)])]
    elif kind == "password":
        v = rec.m("password", password(simple=True))
        lines += ['pm.request.headers.add({ key: "Authorization", value: "Basic " + btoa("%s:%s") });' % (ch(["merchant01", "ops"]), v)]
    else:
        lines += ['const json = pm.response.json();', 'pm.environment.set("access_token", json.access_token);',
                  'pm.request.headers.upsert({ key: "Authorization", value: "Bearer {{access_token}}" });',
                  'console.log("client", pm.environment.get("client_id"), "%s");' % client_id(),
                  'pm.expect(json.payment_id).to.match(/^pay_[A-Za-z0-9]{14}$/);']
    return "postman-script", rec.fill("\n".join(lines))


def sc_openapi(rec, lang, kind):
    lines = ["openapi: 3.0.3", "info:", "  title: %s API" % provider(), "  version: %s" % version(), "paths:", "  /oauth2/token:", "    post:",
             "      responses:", "        '200':", "          content:", "            application/json:", "              example:"]
    if kind in ("access_token", "refresh_token"):
        a = rec.m("access_token", access_token()) if kind == "access_token" or maybe() else "<access-token>"
        r = rec.m("refresh_token", refresh_token()) if kind == "refresh_token" else "<refresh-token>"
        lines += ["                access_token: %s" % a, "                token_type: Bearer", "                expires_in: 3600", "                refresh_token: %s" % r]
    elif kind == "iban":
        lines += ["                payout_id: %s" % pay_id(), "                creditor_iban: %s" % rec.m("iban", iban_compact()), "                amount: '%s'" % amount("en")]
    elif kind == "card_number":
        lines += ["                card:", "                  number: '%s'" % rec.m("card_number", card(sep="")), "                  exp: '%s'" % expiry()]
    else:
        lines += ["                access_token: %s" % ch(["<access-token>", "eyJhbGciOi...", "string", "{{token}}", "YOUR_ACCESS_TOKEN"]),
                  "                token_type: Bearer", "                expires_in: 3600", "                request_id: %s" % uuid4(),
                  "                creditor_iban: %s" % ch(["IT00X0000000000000000000000", "string", "<iban>", fmt_iban(iban_compact(valid=False), "compact")])]
    intro = P(lang, ["dal nostro file openapi.yaml (esempi):", "spec che ci avete mandato, è corretto l'esempio?", ""],
              ["from our openapi.yaml (examples):", "the spec you sent us, is the example right?", ""])
    return "openapi-yaml", rec.fill((intro + "\n" if intro else "") + "\n".join(lines))


# ------------------------------------------------------------------ webhooks
def sc_webhook(rec, lang, kind):
    payload = '{"id":"%s","type":"payment.succeeded","data":{"payment_id":"%s","amount":%d}}' % (uuid4(), pay_id(), R.randint(100, 99999))
    ts = R.randint(1704067200, 1760000000)
    sk = signing_secret()
    sig = hmac_sig(sk, "%d.%s" % (ts, payload))
    hdr = "%s-Signature: t=%d,v1=%s" % (ch(["Paylane", "Tesoro", "Kassa", "X"]), ts, sig)
    if kind == "client_secret":
        secret = rec.m("client_secret", sk)
        code = ch(['secret = b"%s"\nexpected = hmac.new(secret, f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()' % secret,
                   'const expected = crypto.createHmac("sha256", "%s").update(`${ts}.${raw}`).digest("hex");' % secret,
                   'mac := hmac.New(sha256.New, []byte("%s"))' % secret])
        text = P(lang, ["La firma non torna mai. Il secret del webhook (dashboard > webhooks) è %s.\n\nHeader ricevuto:\n%s\n\nBody:\n%s\n\nCodice:\n```\n%s\n```" ,
                        "firma webhook sempre diversa!!\n%s <- signing secret\n%s\n%s\n```\n%s\n```"],
                 ["Signature never matches. The webhook signing secret (dashboard > webhooks) is %s.\n\nHeader received:\n%s\n\nBody:\n%s\n\nCode:\n```\n%s\n```",
                  "webhook sig always different!!\n%s <- signing secret\n%s\n%s\n```\n%s\n```"]) % (secret, hdr, payload, code)
    else:
        code = ch(['secret = os.environ["WEBHOOK_SECRET"].encode()\nexpected = hmac.new(secret, f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()',
                   'const expected = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(`${ts}.${raw}`).digest("hex");'])
        text = P(lang, ["La firma non torna. Header:\n%s\n\nBody:\n%s\n\nCalcolata da noi: %s\n```\n%s\n```",
                        "il v1 che ricevo è diverso da quello che calcolo\n%s\n%s\nnostro: %s\n```\n%s\n```"],
                 ["Signature mismatch. Header:\n%s\n\nBody:\n%s\n\nWe compute: %s\n```\n%s\n```",
                  "the v1 I receive differs from mine\n%s\n%s\nours: %s\n```\n%s\n```"]) % (hdr, payload, rhex(64), code)
    return "webhook-debug", rec.fill(text)


def sc_sandbox_notes(rec, lang, kind):
    rows = ["| %s | %s | %s |" % (P(lang, ["Ambiente"], ["Env"]), "Base URL", "Client ID"), "|---|---|---|",
            "| sandbox | https://%s | %s |" % (host(False), client_id()), "| prod | https://%s | %s |" % (host(True), client_id())]
    notes = ["## %s" % P(lang, ["Note sandbox vs produzione", "Appunti integrazione %s" % provider()], ["Sandbox vs production notes", "%s integration notes" % provider()]), ""] + rows + [""]
    if kind:
        if kind == "password":
            mark = rec.m("password", password())
            notes.append(P(lang, ["- utente portale sandbox: `%s`, password `%s`" % (ch(["merchant_test", "demo01"]), mark), "- DB di staging: pass %s" % mark],
                           ["- sandbox portal user `%s`, password `%s`" % (ch(["merchant_test", "demo01"]), mark), "- staging DB pass: %s" % mark]))
        else:
            mark, raw = secret_for(rec, kind)
            lbl = {"client_secret": P(lang, ["client secret", "secret dell'app", "clientSecret"], ["client secret", "app secret", "OAuth secret"]),
                   "access_token": P(lang, ["token API", "api key del provider", "bearer"], ["API token", "provider api key", "bearer"]),
                   "vendor_key": ch(["Stripe", "AWS", "SendGrid", "GitHub", "chiave cloud" if lang == "it" else "cloud key", "CI token"])}[kind]
            notes.append(P(lang, ["- %s sandbox: `%s`" % (lbl, mark), "- %s (prod!!): %s" % (lbl, mark), "- %s → %s (da spostare in Vault)" % (lbl, mark)],
                           ["- sandbox %s: `%s`" % (lbl, mark), "- %s (prod!!): %s" % (lbl, mark), "- %s -> %s (move to Vault)" % (lbl, mark)]))
    else:
        notes.append(P(lang, ["- il secret di prod è in Vault, quello sandbox in `.env.sandbox` (`CLIENT_SECRET=%s`)" % placeholder(),
                              "- OTP in sandbox: qualsiasi codice di 6 cifre viene accettato", "- i token durano 900 s in sandbox e 3600 s in prod"],
                       ["- prod secret is in Vault, sandbox one in `.env.sandbox` (`CLIENT_SECRET=%s`)" % placeholder(),
                        "- sandbox OTP: any 6-digit code is accepted", "- tokens last 900 s in sandbox and 3600 s in prod"]))
    notes.append(P(lang, ["- rate limit: %d req/min, errore 429 con header Retry-After" % R.randint(60, 600), "- webhook verso la porta %s del tunnel" % port()],
                   ["- rate limit %d req/min, 429 with Retry-After" % R.randint(60, 600), "- webhooks to tunnel port %s" % port()]))
    return "markdown-notes", rec.fill("\n".join(notes))
