# -*- coding: utf-8 -*-
"""API-client exports: Postman, Insomnia, Bruno, HTTPie — header name and value in separate fields."""
from common import *  # noqa
import json

S = "api-export"


def lead(c):
    return c.P(["Vi allego l'export:\n\n", "Export dal client API:\n\n", "", "questa è la richiesta che fallisce (export):\n\n", "JSON esportato:\n"],
               ["Attaching the export:\n\n", "Export from our API client:\n\n", "", "this is the failing request (export):\n\n", "Exported JSON:\n"])


def dumps(o):
    return json.dumps(o, indent=r_indent(o), ensure_ascii=False)


def r_indent(o):
    return 2


# ---------------------------------------------------------------- positives

@T(S)
def pm_header(c):
    r = c.r
    host = r.choice(HOSTS)
    kind = r.choice(["access_token", "access_token", "client_secret", "vendor_key"])
    if kind == "access_token":
        if r.random() < 0.6:
            hk, hv = "Authorization", "Bearer " + c.sv("access_token")
        else:
            hk, hv = r.choice(["X-Api-Key", "Api-Key", "X-Auth-Token"]), c.sv("access_token", jwt_ok=False)
    elif kind == "client_secret":
        hk, hv = "X-Client-Secret", c.sv("client_secret")
    else:
        hk, hv = "X-Vendor-Key", c.sv("vendor_key")
    item = {"name": r.choice(["Create payment", "Lista rimborsi", "Get merchant", "Refund"]),
            "request": {"method": r.choice(["GET", "POST"]),
                        "header": [{"key": "Content-Type", "value": "application/json", "type": "text"},
                                   {"key": hk, "value": hv, "type": "text"}],
                        "url": {"raw": "https://%s/v2/payments" % host, "protocol": "https", "host": host.split("."), "path": ["v2", "payments"]}}}
    col = {"info": {"_postman_id": ruuid(r), "name": r.choice(["Acme API", "Integrazione pagamenti", "Sportello sandbox"]),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [item]}
    return lead(c) + dumps(col)


@T(S)
def pm_environment(c):
    r = c.r
    vals = [{"key": "base_url", "value": "https://%s" % r.choice(HOSTS), "enabled": True},
            {"key": "client_id", "value": r.choice(CLIENT_IDS), "enabled": True}]
    for k in r.sample(["client_secret", "access_token", "refresh_token", "password"], r.randint(1, 3)):
        keyname = {"client_secret": "client_secret", "access_token": r.choice(["token", "access_token"]), "refresh_token": "refresh_token", "password": "user_password"}[k]
        vals.append({"key": keyname, "value": c.sv(k), "type": r.choice(["default", "secret"]), "enabled": True})
    env = {"id": ruuid(r), "name": r.choice(["Sandbox", "Produzione", "Staging EU"]), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": iso_ts(r), "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(0, 24), r.randint(0, 9))}
    return lead(c) + dumps(env)


@T(S)
def pm_basic_auth(c):
    r = c.r
    user = r.choice(CLIENT_IDS + ["api-user"])
    pw = c.sv(r.choice(["password", "client_secret"]))
    auth = {"type": "basic", "basic": [{"key": "password", "value": pw, "type": "string"}, {"key": "username", "value": user, "type": "string"}]}
    req = {"auth": auth, "method": "POST", "header": [], "url": {"raw": "https://%s/oauth/token" % r.choice(AUTH_HOSTS)},
           "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"}]}}
    return lead(c) + dumps({"name": "Token", "request": req})


@T(S)
def insomnia_request(c):
    r = c.r
    key = c.sv(r.choice(["access_token", "vendor_key"]))
    res = {"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v8.%d.0" % r.randint(0, 6),
           "resources": [{"_id": "req_" + rs(r, 32, HEX), "_type": "request", "parentId": "wrk_" + rs(r, 32, HEX), "name": r.choice(["GET balance", "Crea ordine"]),
                          "method": "GET", "url": "{{ _.base_url }}/v2/balance",
                          "headers": [{"name": r.choice(["X-Api-Key", "Api-Key", "x-acme-key"]), "value": key}, {"name": "Accept", "value": "application/json"}]}]}
    return lead(c) + dumps(res)


@T(S)
def insomnia_env(c):
    r = c.r
    data = {"base_url": "https://%s" % r.choice(HOSTS), "client_id": r.choice(CLIENT_IDS)}
    for k in r.sample(["client_secret", "access_token", "refresh_token"], r.randint(1, 2)):
        data[k if k != "access_token" else "token"] = c.sv(k)
    res = {"_id": "env_" + rs(r, 32, HEX), "_type": "environment", "name": r.choice(["Base Environment", "prod", "sandbox"]), "data": data}
    return lead(c) + dumps(res)


@T(S)
def bruno_file(c):
    r = c.r
    tok = c.sv("access_token")
    host = r.choice(HOSTS)
    if r.random() < 0.5:
        auth = "auth:bearer {\n  token: %s\n}" % tok
        hdr = "headers {\n  Accept: application/json\n}"
    else:
        auth = "auth {\n  mode: none\n}"
        hdr = "headers {\n  Accept: application/json\n  Authorization: Bearer %s\n}" % tok
    return (c.P(["File .bru della richiesta:\n\n", "Uso Bruno, ecco la richiesta:\n\n"], ["The request's .bru file:\n\n", "I use Bruno, here's the request:\n\n"]) +
            "meta {\n  name: %s\n  type: http\n  seq: %d\n}\n\nget {\n  url: https://%s/v2/merchants/me\n  body: none\n  auth: %s\n}\n\n%s\n\n%s" % (
                r.choice(["Merchant me", "Profilo"]), r.randint(1, 9), host, "bearer" if "bearer {" in auth else "none", hdr, auth))


@T(S)
def httpie_session(c):
    r = c.r
    u = email_of(person(r, c.lang), r)
    pw = c.sv("password")
    nm, cv = session_cookie(r)
    sess = {"__meta__": {"about": "HTTPie session file", "httpie": "3.2.2"},
            "auth": {"type": "basic", "username": u, "password": pw},
            "cookies": [{"name": nm, "value": c.add("access_token", cv), "domain": r.choice(HOSTS), "path": "/", "secure": True, "expires": None}],
            "headers": [{"name": "Accept", "value": "application/json"}]}
    return (c.P(["Session di httpie (~/.config/httpie/sessions/...):\n\n", "file di sessione httpie:\n"], ["httpie session (~/.config/httpie/sessions/...):\n\n", "httpie session file:\n"]) + dumps(sess))


@T(S)
def httpie_cmd(c):
    r = c.r
    tok = c.sv("access_token")
    host = r.choice(HOSTS)
    return (c.P(["Con httpie:\n\n", ""], ["With httpie:\n\n", ""]) +
            "$ http POST https://%s/v2/refunds Authorization:\"Bearer %s\" payment=%s amount:=%d\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Request-Id: %s\n\n{\n    \"error\": \"insufficient_scope\"\n}" % (
                host, tok, pay_id(r), r.randint(100, 9000), req_id(r)))


@T(S)
def pm_oauth2(c):
    r = c.r
    entries = [{"key": "grant_type", "value": "authorization_code", "type": "string"},
               {"key": "clientId", "value": r.choice(CLIENT_IDS), "type": "string"},
               {"key": "clientSecret", "value": c.sv("client_secret"), "type": "string"},
               {"key": "accessTokenUrl", "value": "https://%s/oauth/token" % r.choice(AUTH_HOSTS), "type": "string"}]
    if r.random() < 0.6:
        entries.append({"key": "accessToken", "value": c.sv("access_token"), "type": "string"})
    if r.random() < 0.5:
        entries.append({"key": "refreshToken", "value": c.sv("refresh_token"), "type": "string"})
    entries.append({"key": "tokenName", "value": r.choice(["acme prod", "token sandbox"]), "type": "string"})
    r.shuffle(entries)
    return lead(c) + dumps({"auth": {"type": "oauth2", "oauth2": entries}})


@T(S)
def insomnia_card_body(c):
    r = c.r
    num = card(r)
    body = {"amount": r.randint(100, 90000), "currency": "EUR",
            "payment_method": {"type": "card", "card": {"number": c.add("card_number", num), "exp_month": r.randint(1, 12), "exp_year": 2000 + r.randint(25, 31), "cvc": c.add("cvv", cvv(r, num))}}}
    req = {"_type": "request", "name": "Charge", "method": "POST", "url": "{{ _.base_url }}/v2/charges",
           "body": {"mimeType": "application/json", "text": json.dumps(body)}}
    return lead(c) + dumps(req)


@T(S)
def pm_code_snippet(c):
    r = c.r
    tok = c.sv("access_token")
    host = r.choice(HOSTS)
    snip = r.choice([
        "import requests\n\nurl = \"https://%s/v2/balance\"\n\npayload = {}\nheaders = {\n  'Authorization': 'Bearer %s'\n}\n\nresponse = requests.request(\"GET\", url, headers=headers, data=payload)\n\nprint(response.text)" % (host, tok),
        "var myHeaders = new Headers();\nmyHeaders.append(\"Authorization\", \"Bearer %s\");\n\nfetch(\"https://%s/v2/balance\", { method: 'GET', headers: myHeaders, redirect: 'follow' })\n  .then(response => response.text())\n  .then(result => console.log(result));" % (tok, host),
    ])
    return c.P(["Ho generato lo snippet da Postman (Code):\n\n", "Codice generato da Postman:\n\n"], ["Generated the snippet from Postman (Code):\n\n", "Postman-generated code:\n\n"]) + snip


@T(S)
def bruno_env(c):
    r = c.r
    lines = ["  baseUrl: https://%s" % r.choice(HOSTS), "  clientId: %s" % r.choice(CLIENT_IDS)]
    lines.append("  clientSecret: %s" % c.sv("client_secret"))
    if r.random() < 0.5:
        lines.append("  dbPassword: %s" % c.sv("password"))
    return (c.P(["environments/prod.bru:\n\n", "Environment Bruno:\n"], ["environments/prod.bru:\n\n", "Bruno environment:\n"]) +
            "vars {\n" + "\n".join(lines) + "\n}\nvars:secret [\n  apiToken\n]")


@T(S)
def pm_header_disabled(c):
    r = c.r
    tok = c.sv("access_token")
    hdrs = [{"key": "Authorization", "value": "Bearer {{token}}", "type": "text"},
            {"key": "Authorization", "value": "Bearer " + tok, "type": "text", "disabled": True, "description": c.L("vecchio, da togliere", "old one, remove")}]
    return (c.P(["Nella collection ho ancora l'header vecchio disabilitato, magari c'entra:\n\n", "Header della richiesta:\n\n"],
                ["The collection still has the old header, disabled — maybe it matters:\n\n", "Request headers:\n\n"]) + dumps({"header": hdrs}))


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def pm_vars_only(c):
    r = c.r
    item = {"name": "Create payment", "request": {"method": "POST", "header": [
        {"key": "Authorization", "value": "Bearer {{access_token}}", "type": "text"},
        {"key": "Idempotency-Key", "value": "{{$guid}}", "type": "text"},
        {"key": "X-Client-Id", "value": "{{client_id}}", "type": "text"}],
        "url": {"raw": "{{base_url}}/v2/payments"}}}
    return lead(c) + dumps({"info": {"_postman_id": ruuid(r), "name": "Acme API"}, "item": [item]})


@T(S, neg=True)
def pm_env_empty(c):
    r = c.r
    vals = [{"key": "base_url", "value": "https://%s" % r.choice(HOSTS), "enabled": True},
            {"key": "client_id", "value": r.choice(CLIENT_IDS), "enabled": True},
            {"key": "client_secret", "value": "", "type": "secret", "enabled": True},
            {"key": "access_token", "value": r.choice(["", "{{token}}"]), "type": "secret", "enabled": True},
            {"key": "refresh_token", "value": "", "type": "secret", "enabled": True}]
    return (c.P(["Export dell'environment (i segreti non vengono esportati):\n\n", ""], ["Environment export (secrets aren't exported):\n\n", ""]) +
            dumps({"id": ruuid(r), "name": "Produzione", "values": vals}))


@T(S, neg=True)
def insomnia_template_tags(c):
    r = c.r
    res = {"_type": "request", "name": "Token", "method": "POST", "url": "{{ _.auth_url }}/oauth/token",
           "body": {"mimeType": "application/x-www-form-urlencoded", "params": [
               {"name": "client_id", "value": "{{ _.client_id }}"}, {"name": "client_secret", "value": "{{ _.client_secret }}"},
               {"name": "grant_type", "value": "client_credentials"}]},
           "_id": "req_" + rs(r, 32, HEX), "modified": r.randint(1700000000000, 1760000000000)}
    timeline = "* Preparing request to %s/oauth/token\n< HTTP/1.1 401 Unauthorized\n< x-request-id: %s\n< traceparent: %s" % (r.choice(AUTH_HOSTS), req_id(r), traceparent(r))
    return lead(c) + dumps(res) + "\n\nTimeline:\n" + timeline


@T(S, neg=True)
def httpie_session_neg(c):
    r = c.r
    sess = {"__meta__": {"about": "HTTPie session file", "httpie": "3.2.2"}, "auth": {"type": None, "username": None, "password": None},
            "cookies": [{"name": "locale", "value": "it_IT", "domain": r.choice(HOSTS)}, {"name": "ab_bucket", "value": "B", "domain": r.choice(HOSTS)}],
            "headers": [{"name": "X-Client-Id", "value": r.choice(CLIENT_IDS)}, {"name": "X-Trace", "value": trace_id(r)}]}
    return lead(c) + dumps(sess)


@T(S, neg=True)
def bruno_process_env(c):
    r = c.r
    return ("meta {\n  name: Token\n  type: http\n}\n\npost {\n  url: {{authUrl}}/oauth/token\n  body: formUrlEncoded\n}\n\nbody:form-urlencoded {\n  grant_type: client_credentials\n  client_id: {{process.env.CLIENT_ID}}\n  client_secret: {{process.env.CLIENT_SECRET}}\n}\n\nscript:post-response {\n  bru.setVar(\"token\", res.body.access_token);\n}")


@T(S, neg=True)
def pm_test_script(c):
    r = c.r
    script = ["const secret = pm.environment.get(\"client_secret\");", "pm.test(\"status 200\", () => pm.response.to.have.status(200));",
              "const body = pm.response.json();", "pm.environment.set(\"access_token\", body.access_token);",
              "console.log(\"token expires in\", body.expires_in);"]
    ev = {"listen": "test", "script": {"type": "text/javascript", "exec": script}}
    return lead(c) + dumps({"event": [ev]})


@T(S, neg=True)
def pm_idempotency_body(c):
    r = c.r
    body = {"amount": r.randint(100, 90000), "currency": "EUR", "order_id": order_no(r), "customer": {"id": "cus_" + rs(r, 14), "email": email_of(person(r, c.lang), r)},
            "metadata": {"cart": task_id(r), "trace": trace_id(r)}}
    req = {"method": "POST", "header": [{"key": "Idempotency-Key", "value": ruuid(r)}, {"key": "X-Client-Id", "value": r.choice(CLIENT_IDS)}],
           "body": {"mode": "raw", "raw": json.dumps(body)}}
    return lead(c) + dumps(req)


@T(S, neg=True)
def openapi_examples(c):
    r = c.r
    return (c.P(["Dalla vostra spec OpenAPI:\n\n", "Nel file openapi.yaml:\n\n"], ["From your OpenAPI spec:\n\n", "In openapi.yaml:\n\n"]) +
            "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n  schemas:\n    TokenRequest:\n      properties:\n        client_secret:\n          type: string\n          example: YOUR_CLIENT_SECRET\n        refresh_token:\n          type: string\n          example: <REFRESH_TOKEN>\n        pin:\n          type: string\n          pattern: '^[0-9]{4,6}$'\n          example: '0000'")


@T(S, neg=True)
def httpie_response_headers(c):
    r = c.r
    return ("$ http GET https://%s/v2/payments/%s \"Authorization:Bearer $TOKEN\"\nHTTP/1.1 200 OK\nContent-Type: application/json\nETag: \"%s\"\nX-Request-Id: %s\ntraceparent: %s\nRateLimit-Reset: %d\n\n{\n    \"id\": \"%s\",\n    \"status\": \"succeeded\",\n    \"amount\": %d\n}" % (
        r.choice(HOSTS), pay_id(r), sha1(r)[:32], req_id(r), traceparent(r), r.randint(1, 60), pay_id(r), r.randint(100, 90000)))


@T(S, neg=True)
def newman_summary(c):
    r = c.r
    it = r.randint(1, 20)
    return ("newman\n\nAcme API\n\n→ Token\n  POST https://%s/oauth/token [401 Unauthorized, 312B, %dms]\n  1. status 200\n\n┌─────────────────────────┬──────────┬──────────┐\n│                         │ executed │   failed │\n├─────────────────────────┼──────────┼──────────┤\n│              iterations │ %8d │        0 │\n│                requests │ %8d │        0 │\n│              assertions │ %8d │        1 │\n└─────────────────────────┴──────────┴──────────┘\n\n#  failure         detail\n1.  AssertionError  status 200\n                    expected response to have status code 200 but got 401\n                    at assertion:0 in test-script\n                    inside \"Token\"" % (
        r.choice(AUTH_HOSTS), r.randint(40, 900), it, it * 3, it * 4))


@T(S, neg=True)
def pm_masked_values(c):
    r = c.r
    vals = [{"key": "client_id", "value": r.choice(CLIENT_IDS)}, {"key": "client_secret", "value": "••••••••••••"},
            {"key": "token", "value": "********"}, {"key": "merchant_id", "value": merchant_id(r)}, {"key": "webhook_url", "value": "https://%s/hooks" % r.choice(HOSTS)}]
    return c.P(["Copiato dalla UI di Postman (i secret li mostra mascherati):\n\n", ""], ["Copied from the Postman UI (secrets shown masked):\n\n", ""]) + dumps({"values": vals})
