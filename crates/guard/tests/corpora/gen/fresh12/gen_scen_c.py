"""Scenarios, part C: data formats (TOML, HCL, .properties, XML, protobuf
text, GraphQL variables, JSON Lines, markdown tables, .http files, curl,
docker/npm/git config) and careless copy-paste (wrapping, zero-width, HTML
and URL encoding)."""
import html as _html
import json as _json
from urllib.parse import quote

from gen_scen_b import *  # noqa
from gen_scen_a import bank_account_phrase  # noqa


def intro(lang):
    return P(lang, ["", "", "questa è la nostra config:", "incollo il file:", "ecco il file (tolto qualcosa):", "config attuale ↓"],
             ["", "", "this is our config:", "pasting the file:", "here's the file (trimmed):", "current config ↓"])


def wrap_intro(lang, body):
    i = intro(lang)
    return (i + "\n\n" if i else "") + body


def sc_toml(rec, lang, kind):
    c = ['# %s' % P(lang, ["configurazione integrazione", "non committare!"], ["integration config", "do not commit!"]),
         '[server]', 'port = %s' % port(), 'log_level = "%s"' % ch(["debug", "info"]), '',
         '[%s]' % ch(["oauth", "provider.paylane", "tesoro"]), 'base_url = "https://%s"' % host(), 'client_id = "%s"' % client_id()]
    if kind == "private_key":
        c.append('signing_key = """\n%s\n"""' % rec.m("private_key", pem_private()))
    elif kind:
        mark, _ = secret_for(rec, kind)
        key = {"client_secret": "client_secret", "access_token": "api_token", "refresh_token": "refresh_token", "password": "db_password", "vendor_key": "stripe_key", "pin": "test_otp"}[kind]
        c.append('%s = %s' % (key, ch(['"%s"' % mark, "'%s'" % mark])))
    else:
        c.append('client_secret = "%s"' % ch(["${env:CLIENT_SECRET}", "${CLIENT_SECRET}", "", "<set-in-vault>", "xxxxx"]))
        c.append('timeout_ms = %d' % R.randint(1000, 30000))
    c += ['', '[database]', 'url = "%s"' % ch(["postgres://pay_app@db:5432/payments", "postgres://pay_app:${DB_PASSWORD}@db:5432/payments", "sqlite://./dev.db"]),
          'pool = %d' % R.randint(2, 40), '', '[theme]', 'primary = "%s"' % hexcolor(), 'accent = "%s"' % hexcolor()]
    if kind != "password" and kind:
        pass
    return "toml", rec.fill(wrap_intro(lang, "\n".join(c)))


def sc_hcl(rec, lang, kind):
    c = ['variable "region" {', '  default = "eu-south-1"', '}', '']
    if kind == "private_key":
        c += ['resource "tls_private_key" "import" {', '  # %s' % P(lang, ["temporaneo"], ["temporary"]), '  private_key_pem = <<EOT', rec.m("private_key", pem_private()), 'EOT', '}']
    elif kind:
        mark, _ = secret_for(rec, kind)
        key = {"client_secret": "client_secret", "access_token": "api_token", "refresh_token": "refresh_token", "password": "password", "vendor_key": ch(["access_key", "secret_key", "token"]), "pin": "otp"}[kind]
        c += ['provider "%s" {' % ch(["paylane", "kassa", "aws", "github"]), '  %s = "%s"' % (key, mark), '  endpoint = "https://%s"' % host(), '}']
    else:
        c += ['provider "paylane" {', '  client_id     = "%s"' % client_id(), '  client_secret = %s' % ch(["var.client_secret", 'data.vault_generic_secret.pay.data["client_secret"]', "sensitive(var.secret)"]),
              '}', '', 'resource "paylane_webhook" "main" {', '  url    = "https://hooks.%s/pay"' % ch(["acme.dev", "bottega.it"]), '  events = ["payment.succeeded", "payment.failed"]', '}']
    return "hcl", rec.fill(wrap_intro(lang, "\n".join(c)))


def sc_properties(rec, lang, kind):
    c = ["# %s" % P(lang, ["application-prod.properties", "config del servizio pagamenti"], ["application-prod.properties", "payments service config"]),
         "server.port=%s" % port(), "spring.datasource.url=jdbc:postgresql://db:5432/payments", "spring.datasource.username=pay_app"]
    if kind == "password":
        v = password()
        if maybe(0.2) and len(v) > 8:
            k = len(v) // 2
            v = v[:k] + "\\\n    " + v[k:]
        c.append("spring.datasource.password%s%s" % (ch(["=", " = ", ": "]), rec.m("password", v)))
    else:
        c.append("spring.datasource.password=${DB_PASSWORD}")
    if kind and kind != "password":
        mark, _ = secret_for(rec, kind)
        key = {"client_secret": "paylane.oauth.client-secret", "access_token": "kassa.api.token", "refresh_token": "aurora.refresh-token", "vendor_key": ch(["sendgrid.api-key", "aws.accessKeyId", "stripe.secret"]), "pin": "sca.test.otp"}[kind]
        c.append("%s=%s" % (key, mark))
    else:
        c.append("paylane.oauth.client-secret=%s" % ch(["${PAYLANE_SECRET}", "", "CHANGE_ME_IN_VAULT"]))
    c += ["paylane.oauth.client-id=%s" % client_id(), "management.endpoints.web.exposure.include=health,info", "app.build=%s" % build_no()]
    return "properties", rec.fill(wrap_intro(lang, "\n".join(c)))


def sc_xml(rec, lang, kind):
    if kind == "password" and maybe(0.5):
        v = rec.m("password", password(no_xml=True).replace("<", "").replace(">", ""))
        body = ("<settings>\n  <servers>\n    <server>\n      <id>%s</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>"
                % (ch(["acme-releases", "nexus-internal"]), ch(["deploy", "ci-bot"]), v))
    elif kind:
        mark, raw = secret_for(rec, kind)
        if kind == "password":
            raw2 = raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if raw2 != raw:
                rec.secrets = [s for s in rec.secrets if s["value"] != raw]
                mark = rec.m("password", raw2)
        tag = {"client_secret": "ClientSecret", "access_token": "AccessToken", "refresh_token": "RefreshToken", "password": "Password", "vendor_key": "ApiKey", "pin": "OtpCode"}[kind]
        body = ('<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="ClientId" value="%s" />\n    <add key="%s" value="%s" />\n    <add key="BaseUrl" value="https://%s" />\n  </appSettings>\n</configuration>'
                % (client_id(), tag, mark, host())) if maybe() else (
                '<Integration name="%s">\n  <Endpoint>https://%s</Endpoint>\n  <%s>%s</%s>\n  <TimeoutSeconds>%d</TimeoutSeconds>\n</Integration>' % (provider(), host(), tag, mark, tag, R.randint(5, 60)))
    else:
        body = ('<Integration name="%s">\n  <Endpoint>https://%s</Endpoint>\n  <ClientId>%s</ClientId>\n  <ClientSecret>%s</ClientSecret>\n  <CertificateThumbprint>%s</CertificateThumbprint>\n</Integration>'
                % (provider(), host(), client_id(), ch(["${env.CLIENT_SECRET}", "", "{{client_secret}}", "********"]), rhex(40).upper()))
    return "xml-config", rec.fill(wrap_intro(lang, body))


def sc_protobuf(rec, lang, kind):
    lines = ["# proto-file: payments/v1/payment.proto", "# proto-message: CreatePaymentRequest", "merchant_id: \"%s\"" % client_id(),
             "idempotency_key: \"%s\"" % uuid4(), "amount { currency_code: \"EUR\" units: %d nanos: %d }" % (R.randint(1, 9999), R.randint(0, 99) * 10000000)]
    if kind in ("card_number", "cvv"):
        lines += ["card {", "  pan: \"%s\"" % rec.m("card_number", card(sep="")), "  exp_month: %d" % R.randint(1, 12), "  exp_year: %d" % R.randint(2025, 2031)]
        if kind == "cvv" or maybe(0.4):
            lines.append("  cvc: \"%s\"" % rec.m("cvv", cvv()))
        lines.append("}")
    elif kind == "iban":
        lines += ["sepa_debit {", "  iban: \"%s\"" % rec.m("iban", iban_compact()), "  mandate_ref: \"MND-%s\"" % rs(8, DIG), "}"]
    elif kind in ("access_token", "pin"):
        mark, _ = secret_for(rec, kind)
        lines += ["auth {", "  %s: \"%s\"" % ("bearer_token" if kind == "access_token" else "sca_code", mark), "}"]
    else:
        lines += ["card {", "  token_ref: \"%s\"" % ("tok_" + rmix(20)), "  last4: \"%s\"" % last4(), "  brand: VISA", "}", "trace_id: \"%s\"" % trace()]
    pre = P(lang, ["richiesta in formato text proto (da grpcurl):", "il messaggio che mandiamo:", ""], ["request in text proto (from grpcurl):", "the message we send:", ""])
    return "protobuf-text", rec.fill((pre + "\n" if pre else "") + "\n".join(lines))


def sc_graphql(rec, lang, kind):
    q = ch(["mutation CreatePayout($input: PayoutInput!) { createPayout(input: $input) { id status } }",
            "mutation ConfirmSca($id: ID!, $code: String!) { confirmSca(challengeId: $id, code: $code) { ok } }",
            "mutation AddCard($card: CardInput!) { addCard(card: $card) { id last4 } }"])
    vars_ = {}
    if kind == "iban":
        vars_ = {"input": {"beneficiary": " ".join(person(lang)), "iban": rec.m("iban", fmt_iban(iban_compact(), ch(["compact", "paper"]))), "amount": str(R.randint(1, 9999))}}
    elif kind == "pin":
        vars_ = {"id": uuid4(), "code": rec.m("pin", pin(6))}
    elif kind in ("card_number", "cvv"):
        vars_ = {"card": {"number": rec.m("card_number", card(sep=ch(["", " "]))), "expiry": expiry()}}
        if kind == "cvv":
            vars_["card"]["cvc"] = rec.m("cvv", cvv())
    elif kind in ("access_token",):
        vars_ = {"input": {"id": uuid4()}}
    else:
        vars_ = {"input": {"beneficiary": " ".join(person(lang)), "iban": fmt_iban(iban_compact(valid=False), "compact"), "amount": amount("en"), "reference": order_no()}}
    hdrs = {"X-Request-Id": uuid4()}
    if kind == "access_token":
        hdrs["Authorization"] = "Bearer " + rec.m("access_token", access_token())
    else:
        hdrs["Authorization"] = ch(["Bearer {{token}}", "Bearer <your-token>", "Bearer ${TOKEN}"])
    body = "Query:\n%s\n\nVariables:\n%s\n\nHeaders:\n%s" % (q, _json.dumps(vars_, indent=2, ensure_ascii=False), _json.dumps(hdrs, indent=2, ensure_ascii=False))
    if kind is None and maybe(0.5):
        body += "\n\n" + P(lang, ["Risposta: IBAN non valido (check digit)."], ["Response: invalid IBAN (check digits)."])
    return "graphql-vars", rec.fill(body)


def sc_jsonl(rec, lang, kind):
    out = []
    n = R.randint(3, 6)
    hit = R.randint(0, n - 1)
    for i in range(n):
        ev = {"ts": ci_ts(), "level": ch(["info", "debug", "warn", "error"]), "trace_id": trace(), "span_id": rhex(16)}
        if i == hit and kind:
            if kind == "password":
                ev.update({"msg": "login attempt", "user": ch(["merchant01", "ops"]), "password": rec.m("password", password())})
            elif kind == "pin":
                ev.update({"msg": "sca.verify", "challenge": uuid4(), "otp": rec.m("pin", pin(6))})
            else:
                mark, _ = secret_for(rec, kind)
                ev.update({"msg": "token response", kind: mark, "expires_in": 3600})
        else:
            ev.update(ch([{"msg": "http request", "method": "POST", "path": "/v2/payments", "status": ch([200, 201, 401, 429]), "duration_ms": R.randint(3, 900)},
                          {"msg": "token refreshed", "access_token": "[FILTERED]", "expires_in": 3600},
                          {"msg": "webhook received", "event_id": uuid4(), "signature_valid": ch([True, False])},
                          {"msg": "payout created", "payout_id": pay_id(), "amount": R.randint(100, 999999), "currency": "EUR"}]))
        out.append(_json.dumps(ev, ensure_ascii=False).replace(mk(0), mk(0)))
    return "jsonl-log", rec.fill("\n".join(out))


def sc_mdtable(rec, lang, kind):
    hdr = P(lang, ["| Fornitore | IBAN | Note |", "| Cliente | Coordinate | Stato |"], ["| Supplier | IBAN | Notes |", "| Client | Bank details | Status |"])
    rows = [hdr, "|---|---|---|"]
    n = R.randint(2, 4)
    hit = R.randint(0, n - 1)
    for i in range(n):
        nm = ch(SHOPS_IT + SHOPS_EN)
        if i == hit and kind == "iban":
            rows.append("| %s | %s | %s |" % (nm, rec.m("iban", iban()), P(lang, ["nuovo", "verificato"], ["new", "verified"])))
        elif i == hit and kind == "bank_account":
            rows.append("| %s | %s | %s |" % (nm, bank_account_phrase(rec, lang), P(lang, ["da verificare"], ["to check"])))
        elif i == hit and kind == "card_number":
            rows.append("| %s | %s | %s |" % (nm, rec.m("card_number", card()), P(lang, ["carta aziendale"], ["company card"])))
        else:
            rows.append("| %s | %s | %s |" % (nm, ch(["IT** **** %s" % rs(4, DIG), "—", "BIC %s" % bic(), fmt_iban(iban_compact(valid=False)), "ABI %s CAB %s" % (ch(ABIS), rs(5, DIG))]),
                                              ch(["ok", order_no(), date(lang), P(lang, ["IBAN errato"], ["wrong IBAN"])])))
    pre = P(lang, ["tabella dei beneficiari dal nostro wiki:", "riepilogo per la riconciliazione"], ["payee table from our wiki:", "reconciliation summary"])
    return "markdown-table", rec.fill(pre + "\n\n" + "\n".join(rows))


def sc_http_file(rec, lang, kind):
    lines = ["### %s" % P(lang, ["ottieni token", "crea pagamento"], ["get token", "create payment"]), "POST https://%s/oauth2/token" % host(), "Content-Type: application/x-www-form-urlencoded"]
    if kind == "client_secret":
        if maybe(0.5):
            lines.append("Authorization: Basic %s" % rec.m("client_secret", basic_blob(client_id(), client_secret())))
            lines += ["", "grant_type=client_credentials&scope=payments"]
        else:
            cid = client_id()
            lines += ["", "grant_type=client_credentials&client_id=%s&client_secret=%s" % (cid, rec.m("client_secret", quote(client_secret(), safe="")))]
    elif kind in ("access_token", "refresh_token"):
        mark, _ = secret_for(rec, kind)
        if kind == "refresh_token":
            lines += ["", "grant_type=refresh_token&refresh_token=%s" % mark]
        else:
            lines = ["### list payments", "GET https://%s/v2/payments?limit=10" % host(), "Authorization: Bearer %s" % mark, "Accept: application/json"]
    else:
        lines += ["Authorization: Basic {{basic_auth}}", "", "grant_type=client_credentials&client_id={{client_id}}&client_secret={{client_secret}}",
                  "", "> {% client.global.set(\"token\", response.body.access_token); %}", "", "### list", "GET https://%s/v2/payments" % host(), "Authorization: Bearer {{token}}"]
    return "http-file", rec.fill("\n".join(lines))


def sc_curl(rec, lang, kind):
    cid = client_id()
    if kind == "client_secret":
        sec = client_secret().replace("'", "")
        if maybe(0.5):
            cmd = "curl -u %s -X POST https://%s/oauth2/token -d grant_type=client_credentials" % (rec.m("client_secret", "%s:%s" % (cid, sec)), host())
        else:
            cmd = "curl -X POST https://%s/oauth2/token \\\n  -H 'Authorization: Basic %s' \\\n  -d 'grant_type=client_credentials'" % (host(), rec.m("client_secret", basic_blob(cid, sec)))
    elif kind == "password":
        v = rec.m("password", password(simple=True))
        cmd = "curl -u %s:%s https://%s/merchant/api/v1/reports" % (ch(["merchant01", "admin", "report-bot"]), v, host())
    elif kind in ("access_token", "vendor_key"):
        mark, _ = secret_for(rec, kind)
        cmd = "curl https://%s/v2/accounts \\\n  -H \"Authorization: Bearer %s\" \\\n  -H 'X-Request-Id: %s'" % (host() if kind == "access_token" else "api.stripe.com", mark, uuid4())
    else:
        cmd = ch(["curl -u \"$CLIENT_ID:$CLIENT_SECRET\" -X POST https://%s/oauth2/token -d grant_type=client_credentials" % host(),
                  "curl https://%s/v2/accounts -H \"Authorization: Bearer $ACCESS_TOKEN\" -H 'X-Request-Id: %s'" % (host(), uuid4()),
                  "curl -H 'Authorization: Basic %s' https://%s/status   # base64 of \"%s\"" % (base64.b64encode(b"hello world").decode(), host(), "hello world"),
                  "curl -X POST https://%s/oauth2/token -u '%s:<client-secret>' -d grant_type=client_credentials" % (host(), cid)])
    resp = ch(['{"error":"invalid_client","error_description":"Client authentication failed","request_id":"%s"}' % uuid4(),
               "HTTP/2 401\ndate: %s\nx-request-id: %s" % (date("en"), uuid4()), "HTTP/2 200", '{"status":"ok","version":"%s"}' % version()])
    pre = P(lang, ["Provo così:", "comando che uso:", "ecco il curl"], ["Trying this:", "command I run:", "here is the curl"])
    return "curl", rec.fill("%s\n\n$ %s\n%s" % (pre, cmd, resp))


def sc_dotfiles(rec, lang, kind):
    if kind == "client_secret":
        v = rec.m("client_secret", basic_blob(ch(["ci-bot", "deploy", "acme"]), password(simple=True)))
        body = '{\n  "auths": {\n    "registry.%s": {\n      "auth": "%s"\n    }\n  }\n}' % (ch(["acme.dev", "bottega.it"]), v)
        name = "~/.docker/config.json"
    elif kind == "vendor_key":
        if maybe(0.5):
            v = rec.m("vendor_key", vendor_key("npm"))
            body = "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true" % v
            name = ".npmrc"
        else:
            v = rec.m("vendor_key", vendor_key(ch(["ghp", "ghpat", "gitlab"])))
            body = '[remote "origin"]\n\turl = https://%s@%s/acme/pay-integration.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*' % (v, "gitlab.com" if v.startswith("glpat") else "github.com")
            name = ".git/config"
    elif kind == "password":
        v = rec.m("password", password())
        name = ".pgpass"
        body = "db.internal:5432:payments:pay_app:%s" % v if ":" not in rec.vals[-1] else "db.internal:5432:*:pay_app:%s" % v
        if maybe(0.5):
            raw = password(simple=True)
            rec.secrets = [s for s in rec.secrets if s["value"] != rec.vals[-1]]
            name = ".git/config"
            body = '[remote "origin"]\n\turl = https://%s:%s@git.%s/pay/integration.git' % (ch(["giulia", "tom"]), rec.m("password", raw), ch(["acme.dev", "bottega.it"]))
    else:
        name = ch([".npmrc", ".git/config", "~/.docker/config.json"])
        body = {".npmrc": "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nsave-exact=true",
                ".git/config": '[remote "origin"]\n\turl = git@github.com:acme/pay-integration.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin',
                "~/.docker/config.json": '{\n  "auths": {\n    "registry.acme.dev": {}\n  },\n  "credsStore": "desktop"\n}'}[name]
    pre = P(lang, ["contenuto di %s:", "il mio %s", "%s (per capire perché fallisce il push)"], ["contents of %s:", "my %s", "%s (to see why push fails)"]) % name
    return "dotfile", rec.fill(pre + "\n" + body)


def sc_keyjson(rec, lang, kind):
    if kind == "private_key":
        k = pem_private(ch(["PKCS8", "RSA", "EC"]))
        esc = k.replace("\n", "\\n") + ch(["\\n", ""])
        v = rec.m("private_key", k.replace("\n", "\\n"))
        body = '{\n  "type": "service_account",\n  "client_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s%s",\n  "token_uri": "https://oauth2.example/token"\n}' % (rs(21, DIG), rhex(40), v, ch(["\\n", ""]))
    else:
        pub = pem_public()
        body = '{\n  "kid": "%s",\n  "public_key": "%s",\n  "alg": "RS256"\n}' % (rhex(16), pub.replace("\n", "\\n"))
    pre = P(lang, ["il file delle credenziali che ci hanno dato:", "json della chiave"], ["the credentials file we got:", "key json"])
    return "key-json", rec.fill(pre + "\n" + body)


def sc_key_chat(rec, lang, kind):
    if kind == "private_key":
        k = pem_private()
        v = rec.m("private_key", k)
        t = P(lang, ["ecco la chiave privata per firmare le richieste, me la controlli?\n%s\ngrazie", "non capisco perché il server la rifiuta:\n\n%s"],
              ["here is the private key for request signing, can you check it?\n%s\nthanks", "no idea why the server rejects this:\n\n%s"]) % v
    else:
        t = P(lang, ["ecco la chiave PUBBLICA da caricare nel portale:\n%s", "il certificato che ci avete mandato scade il %s:\n%s"],
              ["here is the PUBLIC key to upload:\n%s", "the certificate you sent expires on %s:\n%s"])
        t = t % ((pem_public(),) if t.count("%s") == 1 else (date(lang), pem_public("CERT")))
        if maybe(0.3):
            t += "\n" + P(lang, ["la privata ovviamente resta da noi (-----BEGIN PRIVATE KEY----- ... non la mando)", "fingerprint SHA256:%s" % rs(43, B64)],
                          ["the private one stays with us obviously (-----BEGIN PRIVATE KEY----- ... not sending it)", "fingerprint SHA256:%s" % rs(43, B64)])
        if maybe(0.3):
            t += "\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (rs(43, B64), ch(DEVS))
    return "chat", rec.fill(t)


def sc_wrapped_email(rec, lang, kind):
    f, l = person(lang)
    if kind in ("access_token", "refresh_token", "client_secret"):
        v = {"access_token": jwt, "refresh_token": lambda: refresh_token() + rmix(20), "client_secret": lambda: rmix(64)}[kind]()
        w = ch([60, 64, 72, 76])
        v = "\n".join(v[i:i + w] for i in range(0, len(v), w))
        mark = rec.m(kind, v)
    elif kind == "iban":
        mark = rec.m("iban", fmt_iban(iban_compact(), "wrap"))
    elif kind == "card_number":
        mark = rec.m("card_number", card(wrap=True))
    else:
        kind = ch(["access_token", "client_secret", "iban", "card_number"])
        mark = {"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.[...tagliato/truncated...]",
                "client_secret": "%s...%s (%s)" % (rs(4, ALNUM), rs(4, ALNUM), P(lang, ["solo inizio e fine"], ["first and last 4 only"])),
                "iban": fmt_iban(iban_compact(valid=False), "wrap"),
                "card_number": fmt_card(card_digits(False), wrap=True)}[kind]
    lbl = {"access_token": P(lang, ["Il token che ci avete dato:"], ["The token you issued us:"]),
           "refresh_token": P(lang, ["refresh token:"], ["refresh token:"]),
           "client_secret": P(lang, ["Il client secret nuovo (copiato dal portale):"], ["New client secret (copied from the portal):"]),
           "iban": P(lang, ["IBAN per il rimborso:"], ["IBAN for the refund:"]),
           "card_number": P(lang, ["la carta addebitata:"], ["the card that was charged:"])}[kind]
    body = "%s\n\n%s\n%s\n\n%s\n\n%s" % (greeting(lang), lbl, mark, P(lang, ["Scusate il formato, scrivo dal telefono."], ["Sorry about the formatting, on my phone."]), signoff(lang, f, l))
    text = email_headers(lang, addr(f, l, lang), "desk@sportello.example", P(lang, ["R: credenziali", "urgente"], ["Re: credentials", "urgent"])) + "\n\n" + body
    return "email-wrapped", rec.fill(text)


def sc_zw(rec, lang, kind):
    """zero-width / NBSP / full-width / HTML-entity carelessness"""
    if kind == "password":
        p = password(simple=True)
        k = R.randint(1, len(p) - 1)
        v = ch([p[:k] + "\u200b" + p[k:], p, _html.escape(p + "&" + rs(2, DIG), quote=False)])
        mark = rec.m("password", v)
        t = P(lang, ["(copiato da Teams) password: %s", "<p>La password &egrave; <b>%s</b></p>", "password\u00a0: %s"],
              ["(copied from Teams) password: %s", "<p>The password is <b>%s</b></p>", "password\u00a0: %s"]) % mark
    elif kind == "pin":
        v = ch([fullwidth(pin(6)), pin(3) + "\u00a0" + rs(3, DIG), pin(6)])
        mark = rec.m("pin", v)
        t = P(lang, ["il codice è %s (copiato dal telefono)", "Codice: %s"], ["the code is %s (copied from my phone)", "Code: %s"]) % mark
    elif kind == "card_number":
        d = card_digits()
        v = ch([fullwidth(fmt_card(d, sep=" ")), fmt_card(d, sep="\u00a0"), fmt_card(d, sep="\u200b")])
        mark = rec.m("card_number", v)
        t = P(lang, ["carta %s", "n. carta: %s"], ["card %s", "card no: %s"]) % mark
    elif kind == "cvv":
        mark = rec.m("cvv", fullwidth(cvv()))
        t = P(lang, ["cvv %s", "codice dietro %s"], ["cvv %s", "back code %s"]) % mark
    else:
        t = P(lang, ["la password contiene una &amp; e il portale la rifiuta", "codice:\u00a0scaduto", "carta\u00a0**** %s" % last4(), "ordine ＃%s" % rs(6, DIG)],
              ["my password has an &amp; in it and the portal rejects it", "code:\u00a0expired", "card\u00a0**** %s" % last4(), "order ＃%s" % rs(6, DIG)])
    pre = P(lang, ["", "Ciao, ", "Salve. "], ["", "Hi, ", "Hello. "])
    return ch(["chat", "html-email", "copy-paste"]), rec.fill(pre + t + ch(["", " " + noise(lang)]))


def sc_careless(rec, lang, kind):
    """encodings and copy-paste accidents: URL/HTML encoding, '+' concatenation,
    base64 Basic blobs, values split across chat messages, odd separators"""
    if kind == "password":
        mode = R.randint(0, 3)
        raw = password()
        while not any(c in raw for c in "@#%!?$&/"):
            raw = raw + ch("@#!?&/")
        if mode == 0:
            v = rec.m("password", quote(raw, safe=""))
            t = P(lang, ["la stringa di connessione è %s://%s:%s@%s/%s?sslmode=require", "DATABASE_URL=%s://%s:%s@%s/%s"],
                  ["connection string: %s://%s:%s@%s/%s?sslmode=require", "DATABASE_URL=%s://%s:%s@%s/%s"]) % (
                ch(["postgresql", "mysql", "amqps", "rediss", "mongodb+srv"]), ch(["pay_app", "ledger_ro", "admin"]), v, ch(["db.acme.internal:5432", "10.2.0.8:3306", "mq.bottega.it:5671"]), ch(["payments", "ledger", "prod"]))
        elif mode == 1:
            v = rec.m("password", _html.escape(raw, quote=False).replace("@", "&#64;") if maybe(0.5) else _html.escape(raw, quote=True))
            t = P(lang, ["<div>Utente: <b>%s</b><br>Password: <span style=\"color:%s\">%s</span></div>", "<td>password</td><td>%s</td><td>%s</td><td>%s</td>"],
                  ["<div>User: <b>%s</b><br>Password: <span style=\"color:%s\">%s</span></div>", "<td>password</td><td>%s</td><td>%s</td><td>%s</td>"])
            t = t % ((ch(["negozio01", "ops"]), hexcolor(), v) if t.startswith("<div>") else (ch(["portale", "portal"]), v, date(lang)))
        elif mode == 2:
            raw = password(simple=True)
            k = R.randint(3, len(raw) - 3)
            v = rec.m("password", raw[:k] + "\n" + raw[k:])
            t = P(lang, ["la password è %s\n(scusa mi è partito l'invio a metà)", "pw %s"], ["password is %s\n(sorry, hit enter halfway)", "pw %s"]) % v
        else:
            v = rec.m("password", raw)
            t = P(lang, ["ciao, ti ricordi la password del wifi del negozio? era \"%s\" mi pare", "«%s» — questa è la password che mi ha lasciato il tecnico"],
                  ["hey, remember the shop wifi password? I think it was \"%s\"", "\"%s\" - that's the password the technician left me"]) % v
    elif kind == "client_secret":
        mode = R.randint(0, 2)
        if mode == 0:
            a, b = rmix(R.randint(12, 20)), rmix(R.randint(12, 20))
            ma, mb = rec.m("client_secret", a), rec.m("client_secret", b)
            t = ch(['CLIENT_SECRET = "%s" + \\\n    "%s"' % (ma, mb), "const secret = '%s' + '%s';" % (ma, mb),
                    'String secret = "%s"\n    + "%s";' % (ma, mb), "secret := \"%s\" +\n\t\"%s\"" % (ma, mb)])
            t = P(lang, ["ho spezzato il secret così non lo trova lo scanner:\n", "domanda: va bene così?\n"], ["split the secret so the scanner won't flag it:\n", "question: is this ok?\n"]) + t
        elif mode == 1:
            u = client_id()
            v = rec.m("client_secret", basic_blob(u, client_secret()))
            t = ch(["Authorization: Basic %s" % v, "authorization: basic %s" % v, "-H \"Authorization:Basic %s\"" % v, "headers = {'Authorization': 'Basic %s'}" % v])
            t = P(lang, ["mando questo header e ricevo invalid_client:\n", "header inviato:\n"], ["sending this header and getting invalid_client:\n", "header sent:\n"]) + t
        else:
            u, sec = client_id(), client_secret().replace("@", "")
            v = rec.m("client_secret", "%s:%s" % (u, sec))
            t = P(lang, ["credenziali basic (id:secret) %s", "in Postman ho messo Basic Auth = %s"], ["basic creds (id:secret) %s", "Postman Basic Auth = %s"]) % v
    elif kind == "card_number":
        d = card_digits()
        sep = ch(["/", " / ", "_", " . ", "--", "   "])
        v = rec.m("card_number", fmt_card(d, sep=sep))
        t = P(lang, ["il numero è %s, scad. %s", "carta: %s"], ["number %s exp %s", "card: %s"])
        t = t % ((v, expiry()) if t.count("%s") == 2 else (v,))
    elif kind == "pin":
        p = pin(ch([4, 5, 6]))
        v = rec.m("pin", ch([".".join(p), "-".join(p), p[:3] + " " + p[3:], "'" + p]).lstrip("'"))
        t = P(lang, ["codice: %s (ve lo scrivo separato sennò il telefono lo prende per un numero)", "pin %s"],
              ["code: %s (spaced out so my phone doesn't think it's a phone number)", "pin %s"]) % v
    else:  # iban
        v = rec.m("iban", fmt_iban(iban_compact(), ch(["nbsp", "dash", "lower", "odd"])))
        t = P(lang, ["iban: %s", "Beneficiario %s IBAN %s"], ["iban: %s", "Payee %s IBAN %s"])
        t = t % ((v,) if t.count("%s") == 1 else (" ".join(person(lang)), v))
    return ch(["copy-paste", "chat", "snippet"]), rec.fill(t)
