"""HTTP request snippets in many client dialects, with secret or placeholder slots."""
import json
import values as V
from common import endpoint

REQ_KINDS = {"access_token", "vendor_key", "client_secret", "refresh_token", "password", "card_number", "cvv",
             "pin", "iban", "bank_account", "private_key"}


class Req:
    def __init__(self, c):
        self.c = c
        self.headers = []
        self.body = []      # (key, value, is_number)
        self.form = False
        self.auth = None    # (user, pass)
        self.blocks = []
        self.method = "POST"
        self.url = "https://%s%s" % (c.host, endpoint(c.r))


def build(c, kinds, neg_slots=None):
    """kinds: kinds to embed for real. neg_slots: kinds to show as placeholders."""
    r = c.r
    q = Req(c)
    neg_slots = neg_slots or []
    token_flow = any(k in ("client_secret", "refresh_token") for k in kinds + neg_slots)
    if token_flow:
        q.form = r.random() < 0.7
        q.url = "https://%s%s" % (c.host, r.choice(["/oauth/token", "/oauth2/token", "/connect/token", "/auth/realms/psd2/protocol/openid-connect/token"]))
    else:
        q.headers.append(("Idempotency-Key", V.idem_key(r)) if r.random() < 0.5 else ("X-Request-ID", V.uuid4(r)))
        q.body.append(("amount", str(r.randrange(100, 99999)), True))
        q.body.append(("currency", r.choice(["EUR", "EUR", "GBP"]), False))
        if r.random() < 0.5:
            q.body.append(("reference", V.order_no(r), False))

    def val(k):
        if k in kinds:
            return c.add(k, c.value(k, fmt=(k == "iban" and r.random() < 0.3)))
        return V.placeholder(r, k) if r.random() < 0.7 else V.masked_secret(r)

    for k in kinds + neg_slots:
        real = k in kinds
        if k == "access_token":
            q.headers.insert(0, ("Authorization", "Bearer " + val(k)))
        elif k == "vendor_key":
            v = val(k)
            m = r.randrange(3)
            if m == 0:
                q.headers.insert(0, ("Authorization", "Bearer " + v))
            elif m == 1:
                q.headers.insert(0, (r.choice(["X-Api-Key", "x-api-key", "Api-Key"]), v))
            else:
                q.auth = (v, "")
        elif k == "client_secret":
            cid = V.client_id(r)
            v = val(k)
            if r.random() < 0.3:
                q.auth = (cid, v)
                q.body.append(("grant_type", "client_credentials", False))
            else:
                q.body += [("grant_type", "client_credentials", False), ("client_id", cid, False), ("client_secret", v, False)]
            if r.random() < 0.5:
                q.body.append(("scope", r.choice(["payments", "accounts", "openid ais", "pis"]), False))
        elif k == "refresh_token":
            q.body += [("grant_type", "refresh_token", False), ("refresh_token", val(k), False)]
        elif k == "password":
            user = r.choice(["api_user", "integrazione", "merchant.admin", "demo@" + c.host.split(".")[-2] + ".test", "svc-payments"])
            v = val(k)
            if r.random() < 0.5 and q.auth is None:
                q.auth = (user, v)
            else:
                q.body += [("username", user, False), ("password", v, False)]
        elif k == "card_number":
            if real:
                brand, num = V.card(r)
                v = c.add(k, num if r.random() < 0.7 else V.fmt_card(r, num, " "))
            else:
                v = V.masked_card(r)
            q.body += [("card_number", v, False), ("exp_month", str(r.randint(1, 12)), True),
                       ("exp_year", str(r.randint(2026, 2031)), True)]
        elif k == "cvv":
            q.body.append((r.choice(["cvc", "cvv", "security_code"]), c.add(k, V.cvv(r)) if real else "***", False))
        elif k == "pin":
            q.body.append((r.choice(["pin", "card_pin", "pin_code"]), c.add(k, V.pin(r)) if real else "****", False))
        elif k == "iban":
            q.body.append((r.choice(["iban", "creditor_iban", "beneficiary_iban"]), val(k) if real else V.masked_iban(r), False))
            q.body.append(("beneficiary_name", c.company, False))
        elif k == "bank_account":
            if real:
                country, tpl, acct = V.bank_account(r, c.lang)
                c.add(k, acct)
            else:
                acct, country = "****" + V.rdigits(r, 4), "GB"
            q.body.append(("account_number", acct, False))
            if country == "GB":
                q.body.append(("sort_code", "%s%s" % (V.rdigits(r, 2, True), V.rdigits(r, 4)), False))
            elif country == "US":
                q.body.append(("account_type", "checking", False))
        elif k == "private_key":
            q.blocks.append(c.pem() if real else V.public_pem(r))
    return q


def _body_json(q, indent=None):
    d = {}
    for k, v, num in q.body:
        d[k] = int(v) if num else v
    return json.dumps(d, indent=indent, ensure_ascii=False)


def _form(q):
    return "&".join("%s=%s" % (k, v.replace(" ", "+")) for k, v, n in q.body)


def render(c, q, dialect=None):
    r = c.r
    dialect = dialect or r.choice(["curl", "curl", "python", "repl", "httpie", "powershell", "wget", "node", "fetch_console"])
    hdrs = list(q.headers)
    if dialect == "curl":
        lines = ["curl %s-X %s '%s'" % (r.choice(["", "-v ", "-s ", "-i "]), q.method, q.url)]
        for k, v in hdrs:
            lines.append("  -H '%s: %s'" % (k, v))
        if q.auth:
            lines.append("  -u '%s:%s'" % q.auth if r.random() < 0.7 else "  --user %s:%s" % q.auth)
        if q.body:
            if q.form:
                for k, v, n in q.body:
                    lines.append("  %s '%s=%s'" % (r.choice(["-d", "--data-urlencode"]), k, v))
            else:
                lines.append("  -H 'Content-Type: application/json'")
                lines.append("  -d '%s'" % _body_json(q))
        out = " \\\n".join(lines)
    elif dialect in ("python", "repl"):
        p = ">>> " if dialect == "repl" else ""
        lines = []
        if dialect == "repl":
            lines.append("Python 3.%d.%d (main) [GCC 12.2.0] on linux" % (r.randint(9, 12), r.randint(0, 9)))
        lines.append(p + "import requests")
        if hdrs:
            lines.append(p + "headers = {%s}" % ", ".join("%r: %r" % (k, v) for k, v in hdrs))
        args = ["%r" % q.url]
        if hdrs:
            args.append("headers=headers")
        if q.body:
            if q.form:
                lines.append(p + "data = {%s}" % ", ".join("%r: %r" % (k, v) for k, v, n in q.body))
                args.append("data=data")
            else:
                lines.append(p + "payload = %s" % _body_json(q))
                args.append("json=payload")
        if q.auth:
            args.append("auth=(%r, %r)" % q.auth)
        lines.append(p + "r = requests.post(%s)" % ", ".join(args))
        if dialect == "repl":
            code = r.choice([401, 400, 403, 422, 500])
            lines += [">>> r.status_code", str(code), ">>> r.json()",
                      "{'error': '%s', 'error_description': '%s', 'request_id': '%s'}" % (
                          r.choice(["invalid_client", "invalid_request", "invalid_grant", "validation_error"]),
                          r.choice(["Client authentication failed", "field missing", "token expired", "IBAN not reachable"]),
                          V.uuid4(r))]
        else:
            lines.append("print(r.status_code, r.text)")
        out = "\n".join(lines)
    elif dialect == "httpie":
        parts = ["http", "-f" if q.form else "", q.method, q.url]
        for k, v in hdrs:
            parts.append("%s:'%s'" % (k, v))
        if q.auth:
            parts.append("-a '%s:%s'" % q.auth)
        for k, v, n in q.body:
            parts.append(("%s:=%s" % (k, v)) if n else ("%s='%s'" % (k, v) if " " in v else "%s=%s" % (k, v)))
        out = "$ " + " ".join(x for x in parts if x)
    elif dialect == "powershell":
        lines = []
        if hdrs:
            lines.append("$headers = @{")
            for k, v in hdrs:
                lines.append('    "%s" = "%s"' % (k, v))
            lines.append("}")
        if q.auth:
            lines.append('$pair = "%s:%s"' % q.auth)
            lines.append("$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))")
            if not hdrs:
                lines.append("$headers = @{}")
            lines.append('$headers["Authorization"] = "Basic $b64"')
        if q.body:
            lines.append("$body = @{")
            for k, v, n in q.body:
                lines.append("    %s = %s" % (k, v if n else '"%s"' % v))
            lines.append("}" + ("" if q.form else " | ConvertTo-Json"))
        lines.append('Invoke-RestMethod -Uri "%s" -Method Post%s%s%s' % (
            q.url, " -Headers $headers" if (hdrs or q.auth) else "", " -Body $body" if q.body else "",
            "" if q.form else ' -ContentType "application/json"'))
        out = "PS C:\\Users\\%s> " % c.first.lower() + "\n".join(lines)
        if r.random() < 0.6:
            out += "\nInvoke-RestMethod : The remote server returned an error: (%d) %s." % r.choice(
                [(401, "Unauthorized"), (400, "Bad Request"), (403, "Forbidden")])
            out += "\nAt line:1 char:1\n+ Invoke-RestMethod -Uri \"%s\" ...\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException" % q.url[:40]
    elif dialect == "wget":
        parts = ["wget -qO- %s" % r.choice(["", "--server-response"])]
        for k, v in hdrs:
            parts.append('--header="%s: %s"' % (k, v))
        if q.auth:
            parts.append("--user=%s --password='%s'" % q.auth)
        if q.body:
            parts.append("--post-data='%s'" % (_form(q) if q.form else _body_json(q)))
        parts.append(q.url)
        out = " \\\n  ".join(parts)
    elif dialect == "node":
        lines = ["const res = await fetch('%s', {" % q.url, "  method: 'POST',", "  headers: {"]
        for k, v in hdrs:
            lines.append("    '%s': '%s'," % (k, v))
        if q.auth:
            lines.append("    'Authorization': 'Basic ' + Buffer.from('%s:%s').toString('base64')," % q.auth)
        lines.append("    'Content-Type': '%s'," % ("application/x-www-form-urlencoded" if q.form else "application/json"))
        lines.append("  },")
        if q.body:
            lines.append("  body: %s," % ("new URLSearchParams(%s)" % _body_json(q) if q.form else "JSON.stringify(%s)" % _body_json(q)))
        lines += ["});", "console.log(res.status, await res.text());"]
        out = "\n".join(lines)
    else:  # browser devtools "copy as fetch"
        h = dict(hdrs)
        if q.auth:
            h["authorization"] = "Basic <base64>"
        out = 'fetch("%s", {\n  "headers": %s,\n  "body": %s,\n  "method": "POST",\n  "mode": "cors",\n  "credentials": "include"\n});' % (
            q.url, json.dumps(h, indent=4).replace("\n", "\n  "), json.dumps(_form(q) if q.form else _body_json(q)))
        if q.auth:
            # the basic-auth credentials would otherwise vanish; people add them as a note
            out += ("\n// basic auth -> user: %s  pass: %s" % q.auth) if q.auth[1] else ("\n// basic auth, key as username: %s" % q.auth[0])
    if q.blocks:
        cap = "// " if dialect in ("node", "fetch_console") else "# "
        out += "\n\n" + "\n\n".join(cap + r.choice(["keys/signing.pem", "contenuto di client.key" if c.it else "client.key contents",
                                                       "mtls key", "private_key.pem (used for JWS signing)"]) + "\n" + b for b in q.blocks)
    return out, dialect


def postman_env(c, kinds, neg_slots):
    r = c.r
    vals = [{"key": "baseUrl", "value": "https://" + c.host, "type": "default", "enabled": True},
            {"key": "client_id", "value": V.client_id(r), "type": "default", "enabled": True}]
    blocks = []
    for k in kinds + neg_slots:
        real = k in kinds
        if k == "private_key":
            blocks.append(c.pem() if real else V.public_pem(r))
            continue
        if k == "bank_account":
            if real:
                _, _, acct = V.bank_account(r, c.lang)
                c.add(k, acct)
            else:
                acct = "****" + V.rdigits(r, 4)
            vals.append({"key": "account_number", "value": acct, "type": "default", "enabled": True})
            continue
        key = {"access_token": "accessToken", "refresh_token": "refreshToken", "client_secret": "client_secret",
               "vendor_key": r.choice(["apiKey", "stripeKey", "x_api_key"]), "password": r.choice(["password", "adminPassword"]),
               "pin": "pin", "cvv": "cvc", "card_number": "testCard", "iban": "creditorIban"}[k]
        if real:
            v = c.add(k, c.value(k, fmt=False))
        else:
            v = r.choice(["", V.placeholder(r, k), V.masked_secret(r), "{{%s}}" % key])
        vals.append({"key": key, "value": v, "type": r.choice(["secret", "default"]), "enabled": True})
    for _ in range(r.randint(1, 3)):
        vals.append(r.choice([
            {"key": "paymentId", "value": V.pay_id(r), "type": "default", "enabled": True},
            {"key": "consentId", "value": V.uuid4(r), "type": "default", "enabled": True},
            {"key": "idempotencyKey", "value": V.idem_key(r), "type": "default", "enabled": True},
            {"key": "merchantId", "value": V.rdigits(r, 9, True), "type": "default", "enabled": True},
            {"key": "lastRequestId", "value": V.uuid4(r), "type": "default", "enabled": False},
        ]))
    r.shuffle(vals)
    env = {"id": V.uuid4(r), "name": "%s %s" % (c.provider, r.choice(["Sandbox", "Produzione", "PROD", "UAT", "staging"])),
           "values": vals, "_postman_variable_scope": "environment",
           "_postman_exported_at": V.iso_ts(r), "_postman_exported_using": "Postman/%d.%d.%d" % (r.randint(10, 11), r.randint(0, 30), r.randint(0, 9))}
    out = json.dumps(env, indent=r.choice([2, 4, "\t"]), ensure_ascii=False)
    if blocks:
        out += "\n\n" + "\n\n".join(blocks)
    return out


def insomnia(c, kinds, neg_slots):
    r = c.r
    q = build(c, kinds, neg_slots)
    lines = ["_type: export", "__export_format: 4", "__export_source: insomnia.desktop.app:v%s" % V.version(r), "resources:",
             "  - _id: req_%s" % V.rs(r, V.HEX, 32), "    _type: request", "    parentId: wrk_%s" % V.rs(r, V.HEX, 32),
             "    name: %s" % r.choice(["Create payment", "Token", "Refund", "Payout", "Get accounts"]),
             "    method: POST", "    url: %s" % q.url]
    if q.body:
        if q.form:
            lines.append("    body:\n      mimeType: application/x-www-form-urlencoded\n      params:")
            for k, v, n in q.body:
                lines.append("        - name: %s\n          value: %s" % (k, v))
        else:
            lines.append("    body:\n      mimeType: application/json\n      text: '%s'" % _body_json(q))
    if q.headers:
        lines.append("    headers:")
        for k, v in q.headers:
            lines.append("      - name: %s\n        value: %s" % (k, v))
    if q.auth:
        lines.append("    authentication:\n      type: basic\n      username: %s\n      password: %s" % q.auth)
    out = "\n".join(lines)
    if q.blocks:
        out += "\n\n" + "\n\n".join(q.blocks)
    return out
