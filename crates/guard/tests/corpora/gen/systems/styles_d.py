"""Styles: notebook, har_network, questionnaire, meeting_notes."""
import json, base64, urllib.parse
import values as V
import fields as F
from common import *
from styles_a import short_looks

# ---------------------------------------------------------------- notebook / REPL
def py_cells(c, s, lang):
    """list of (code, output_or_None, label_value)"""
    r, v, k = c.r, s.raw, s.kind
    cid = V.client_id(r)
    if k == "access_token":
        return c.ch([[('token = "%s"' % v, None), ('r = requests.get(f"{BASE}/v1/accounts", headers={"Authorization": f"Bearer {token}"})\nr.status_code', str(c.ch([401, 403, 200])))],
                     [("resp = session.post(TOKEN_URL, data=payload)\nresp.json()", "{'access_token': '%s',\n 'token_type': 'Bearer',\n 'expires_in': %d,\n 'scope': 'payments'}" % (v, c.ch([300, 900, 3600])))]]), v
    if k == "refresh_token":
        return c.ch([[("tok = oauth.refresh()\ntok", "{'access_token': None,\n 'refresh_token': '%s',\n 'expires_at': %s}" % (v, V.epoch(r)))], [("REFRESH = '%s'" % v, None), ("client.refresh(REFRESH)", "---------------------------------------------------------------------------\nInvalidGrantError                         Traceback (most recent call last)\nCell In[%d], line 1\n----> 1 client.refresh(REFRESH)\n\nInvalidGrantError: (invalid_grant) refresh token expired" % r.randint(3, 20))]]), v
    if k == "client_secret":
        return [('client = PspClient(\n    client_id="%s",\n    client_secret="%s",\n    sandbox=True,\n)' % (cid, v), None), ("client.get_token()", "PspAuthError: 401 invalid_client (request_id=%s)" % V.uuid4(r))], v
    if k == "vendor_key":
        vn = s.meta["vendor"]
        if vn.startswith("stripe"):
            return [('import stripe\nstripe.api_key = "%s"' % v, None), ("stripe.Balance.retrieve()", "AuthenticationError: Invalid API Key provided")], v
        if vn == "google":
            return [('gmaps = googlemaps.Client(key="%s")' % v, None), ("gmaps.geocode('Via Roma 1, Torino')[0]['place_id']", "'ChIJ%s'" % V.rs(r, V.B64URL, 23))], v
        return [('os.environ["%s"] = "%s"' % (c.ch(V.VENDOR_VARS[vn]).upper(), v), None)], v
    if k == "password":
        if all(ch not in v for ch in "@:/ #%?") and r.random() < .5:
            return [('engine = create_engine("postgresql+psycopg2://app:%s@%s:5432/payments")\npd.read_sql("select count(*) from payments", engine)' % (v, c.ch(["db", "10.0.4.21", "localhost"])), "   count\n0  %d" % r.randint(10, 99999))], v
        return [('conn = psycopg2.connect(host="%s", dbname="erp", user="%s", password="%s")' % (c.ch(["db", "pg.internal"]), c.ch(USERS), v), None)], v
    if k == "pin":
        return [('sca.confirm(challenge_id="%s", pin="%s")' % (V.uuid4(r), v), "{'status': 'FAILED', 'reason': 'PIN_BLOCKED', 'attempts_left': 0}")], v
    if k == "private_key":
        if True:
            return [('print(Path("keys/%s").read_text())' % c.ch(["qseal.pem", "client.key", "jwt_rs256.pem"]), v)], v
        return [('PRIVATE_KEY = """%s"""' % v, None), ("jwt.encode(claims, PRIVATE_KEY, algorithm='%s')[:20]" % c.ch(["RS256", "ES256"]), "'eyJhbGciOiJSUzI1NiIs'")], v
    return None, v

def st_notebook(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = []
    tab = [s for s in secs if s.kind in ("card_number", "cvv", "iban", "bank_account")]
    cells = []
    for s in secs:
        if s in tab:
            continue
        if s.kind == "pin" and r.random() < .4:
            tab.append(s)
            continue
        cl, v = py_cells(c, s, lang)
        cells += cl
        labels.append((s.kind, v))
    if tab:
        cols = ["id"] + [F.conv(s.name, "snake") for s in tab] + ["amount", "status"]
        row = [str(r.randint(0, 3))] + [s.raw for s in tab] + [V.amount(r, False).replace(",", ""), c.ch(["failed", "declined", "pending"])]
        for s in tab:
            labels.append((s.kind, s.raw))
        rows = [row]
        for i in range(r.randint(0, 3)):
            rows.append([str(i + 1)] + ["NaN" if s.kind in ("cvv", "pin") else (V.masked_card(r) if s.kind == "card_number" else V.masked_iban(r) if s.kind == "iban" else "NaN") for s in tab] + [V.amount(r, False).replace(",", ""), c.ch(["succeeded", "failed"])])
        w = [max(len(cols[j]), *(len(x[j]) for x in rows)) for j in range(len(cols))]
        out = "  ".join(cols[j].rjust(w[j]) for j in range(1, len(cols)))
        out = " " * (max(len(x[0]) for x in rows) + 2) + out
        lines = [out] + [x[0].ljust(max(len(y[0]) for y in rows)) + "  " + "  ".join(x[j].rjust(w[j]) for j in range(1, len(cols))) for x in rows]
        cells.append(('df = pd.read_csv("%s", dtype=str)\ndf.head()' % c.ch(["export_transazioni.csv", "failed_payments.csv", "payouts_march.csv"]), "\n".join(lines)))
    benign = [("import uuid, hashlib, base64\nuuid.uuid4()", "UUID('%s')" % V.uuid4(r)), ('hashlib.sha256(open("export.csv","rb").read()).hexdigest()', "'%s'" % V.sha256(r)),
              ('base64.b64encode(b"%s")' % c.ch(["sandbox", "ping", "ledger"]), None), ('client = PspClient(client_id=os.environ["PSP_CLIENT_ID"], client_secret=os.environ["PSP_CLIENT_SECRET"])', None),
              ("resp.headers", "{'Content-Type': 'application/json', 'X-Request-Id': '%s', 'traceparent': '%s'}" % (V.uuid4(r), V.traceparent(r))),
              ('pay = client.payments.retrieve("%s")\npay.status, pay.amount' % V.pay_id(r), "('%s', %d)" % (c.ch(["requires_action", "failed", "succeeded"]), r.randint(100, 90000))),
              ("psp_sdk.__version__", "'%s'" % V.version(r)), ('token = getenv("PSP_TOKEN")  # non lo scrivo in chiaro' if lang == "it" else 'token = getenv("PSP_TOKEN")  # not hardcoding it', None),
              ("df[['order_id', 'masked_pan', 'created_at']].head(2)", "      order_id        masked_pan                created_at\n0  %s  %s  %s\n1  %s  %s  %s" % (V.order_no(r), V.masked_card(r), V.iso_ts(r), V.order_no(r), V.masked_card(r), V.iso_ts(r)))]
    for b in r.sample(benign, r.randint(1, 3) if kinds else r.randint(3, 5)):
        if b[0].startswith("base64"):
            b = (b[0], "b'%s'" % F.b64(b[0].split('"')[1]))
        cells.insert(r.randint(0, len(cells)), b)
    mode = c.ch(["jupyter", "jupyter", "ipython", "repl", "ipynb"])
    if mode == "ipynb" and any(s.kind == "private_key" for s in secs):
        mode = "jupyter"
    out = []
    n = r.randint(1, 12)
    if mode in ("jupyter", "ipython"):
        for code, o in cells:
            lines = code.split("\n")
            out.append("In [%d]: %s" % (n, lines[0]) + "".join("\n   ...: " + x for x in lines[1:]))
            if o is not None:
                if o.startswith("-----BEGIN") or "\n" in o and not o.startswith("{"):
                    out.append(o if mode == "ipython" or not o.startswith("-----BEGIN") else o)
                else:
                    out.append("Out[%d]: %s" % (n, o))
            out.append("")
            n += r.randint(1, 3)
    elif mode == "repl":
        for code, o in cells:
            lines = code.split("\n")
            out.append(">>> " + lines[0] + "".join("\n... " + x for x in lines[1:]))
            if o is not None:
                out.append(o)
        out.append(">>>")
    else:
        nb_cells = []
        for code, o in cells:
            cell = {"cell_type": "code", "execution_count": n, "metadata": {}, "source": [x + "\n" for x in code.split("\n")[:-1]] + [code.split("\n")[-1]], "outputs": []}
            if o is not None:
                cell["outputs"].append({"data": {"text/plain": [x + "\n" for x in o.split("\n")[:-1]] + [o.split("\n")[-1]]}, "execution_count": n, "metadata": {}, "output_type": "execute_result"})
            nb_cells.append(cell)
            n += 1
        txt = json.dumps({"cells": nb_cells}, indent=1, ensure_ascii=False)
        labels = [(k, F.appeared_json(v)) for k, v in labels]
        out.append(txt)
    body = "\n".join(out).rstrip()
    what = ({"it": ["la sessione in REPL", "quello che ho provato nella console Python"], "en": ["my REPL session", "what I tried in the Python console"]} if mode == "repl" else
            {"it": ["le celle del notebook", "quello che ho provato nel notebook", "l'output di Jupyter"], "en": ["the notebook cells", "what I tried in the notebook", "the Jupyter output"]})[lang]
    mids = {"it": ["Sto facendo un'analisi dei pagamenti falliti per il cliente.", "È un notebook condiviso con il team data.", "Python 3.11, requests 2.31."], "en": ["I'm analysing failed payments for the client.", "It's a notebook shared with the data team.", "Python 3.11, requests 2.31."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .5 else None), labels

# ---------------------------------------------------------------- HAR / network
def st_har_network(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    host = c.ch(HOSTS)
    app = c.ch(["dashboard.", "portal.", "checkout.", "merchant."]) + c.ch(V.DOMAINS)
    labels = []
    headers = [("accept", "application/json, text/plain, */*"), ("accept-language", c.ch(["it-IT,it;q=0.9,en;q=0.8", "en-GB,en;q=0.9"])), ("x-request-id", V.uuid4(r)), ("traceparent", V.traceparent(r))]
    cookies = [("_ga", "GA1.1.%d.%s" % (r.randint(10 ** 8, 10 ** 9), V.epoch(r))), ("lang", lang)]
    query = []
    form = []
    jbody = {}
    set_cookie = []
    for s in secs:
        k, v = s.kind, s.raw
        if k == "access_token":
            where = c.ch(["header", "header", "cookie", "query"])
            if where == "header" and not any(n == "authorization" for n, _ in headers):
                headers.append(("authorization", "Bearer " + v))
            elif where == "header":
                headers.append(("x-access-token", v))
            elif where == "cookie":
                cookies.append((c.ch(["session", "sid", "__Host-psp_session", "access_token"]), v))
                if r.random() < .5:
                    set_cookie.append("%s=%s; Path=/; Secure; HttpOnly; SameSite=Lax" % (cookies[-1][0], v))
            else:
                query.append(("access_token", v))
            labels.append((k, v))
        elif k == "vendor_key":
            if s.meta["vendor"] == "google" or r.random() < .4:
                query.append(("key", v))
            elif not any(n == "authorization" for n, _ in headers):
                headers.append(("authorization", "Bearer " + v))
            else:
                headers.append(("x-api-key", v))
            labels.append((k, v))
        elif k in ("refresh_token", "client_secret", "password"):
            if k == "refresh_token" and r.random() < .4:
                cookies.append(("refresh_token", v))
                set_cookie.append("refresh_token=%s; Path=/auth; Max-Age=2592000; Secure; HttpOnly" % v)
                labels.append((k, v))
            else:
                form.append((k, v))
        elif k == "private_key":
            jbody["privateKeyPem"] = v
            labels.append((k, None))
        else:
            jbody[F.conv(s.name, "camel")] = v
            for n, x in s.extra:
                jbody[F.conv(n, "camel")] = x
            labels.append((k, v))
    if form and jbody:
        for k, v in form:
            jbody[k if k != "password" else "password"] = v
            labels.append((k, v))
        form = []
    else:
        enc = []
        for k, v in form:
            q = urllib.parse.quote(v, safe="")
            enc.append((k, q))
            labels.append((k, q))
        form = enc
    if form:
        if not any(n == "client_secret" for n, _ in form) and not any(n == "password" for n, _ in form):
            form.insert(0, ("grant_type", "refresh_token"))
        elif any(n == "password" for n, _ in form):
            form.insert(0, ("username", urllib.parse.quote(c.ch(["m.rossi@" + c.ch(["ferramentabianchi.it", "modalab.it"]), "ops@brightside.co.uk", "admin.merchant"]), safe="")))
            form.insert(0, ("grant_type", "password"))
        else:
            form.insert(0, ("grant_type", c.ch(["client_credentials", "authorization_code"])))
        form.insert(1, ("client_id", V.client_id(r)))
        post = "&".join("%s=%s" % p for p in form)
        ctype = "application/x-www-form-urlencoded"
        path = c.ch(["/oauth2/token", "/connect/token", "/api/auth/login"])
    elif jbody:
        jbody.setdefault("idempotencyKey", V.uuid4(r))
        post = json.dumps(jbody, ensure_ascii=False)
        ctype = "application/json"
        path = c.ch(["/api/v1/payouts", "/api/cards", "/api/beneficiaries", "/api/settings/keys", "/api/checkout/confirm"])
    else:
        post = None
        ctype = None
        path = c.ch(["/api/v1/payments?status=failed&limit=20", "/api/v1/me", "/api/v1/consents/" + V.uuid4(r)])
    if not kinds:
        headers.append(("authorization", c.ch(["Bearer <token>", "Bearer [REDACTED]", "Bearer ${TOKEN}"])) if r.random() < .5 else ("x-idempotency-key", V.uuid4(r)))
        cookies.append(("csrftoken", c.ch(["[redacted]", "<removed>"])))
        query.append(("page", str(r.randint(1, 9))))
        query.append(("correlation_id", V.uuid4(r)))
    qs = ("&" if "?" in path else "?") + "&".join("%s=%s" % p for p in query) if query else ""
    url = "https://%s%s%s" % (host if r.random() < .6 else app, path, qs)
    method = "POST" if post is not None else "GET"
    # fix json label values for private keys
    mode = c.ch(["curl", "curl", "har", "har", "raw", "fetch", "ps"])
    if mode == "curl":
        parts = ["curl '%s'" % url]
        for n, v in headers:
            parts.append("-H '%s: %s'" % (n, v))
        if cookies:
            parts.append("-b '%s'" % "; ".join("%s=%s" % p for p in cookies))
        if post is not None:
            parts.append("-H 'content-type: %s'" % ctype)
            parts.append("--data-raw '%s'" % post)
        body = " \\\n  ".join(parts)
        body = c.ch(["Copy as cURL (bash):\n", "", "Da Chrome > Network > Copy as cURL:\n" if lang == "it" else "From Chrome devtools > Copy as cURL:\n"]) + body
        labels = [(k, v if v is not None else next(s.raw for s in secs if s.kind == "private_key").replace("\n", "\\n")) for k, v in labels]
    elif mode == "fetch":
        hd = dict(headers)
        if cookies:
            hd["cookie"] = "; ".join("%s=%s" % p for p in cookies)
        if post is not None:
            hd["content-type"] = ctype
        opts = {"headers": hd, "referrer": "https://%s/" % app, "body": post, "method": method, "mode": "cors", "credentials": "include"}
        body = 'fetch("%s", %s);' % (url, json.dumps(opts, indent=2, ensure_ascii=False))
        labels = [(k, F.appeared_json(v) if v is not None else F.appeared_json(F.appeared_json(next(s.raw for s in secs if s.kind == "private_key")))) for k, v in labels]
    elif mode == "ps":
        lines = ["$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession"]
        for n, v in cookies:
            lines.append('$session.Cookies.Add((New-Object System.Net.Cookie("%s", "%s", "/", "%s")))' % (n, v, app))
        hd = "\n".join('  "%s"="%s"' % (n, v) for n, v in headers)
        lines.append('Invoke-WebRequest -UseBasicParsing -Uri "%s" `\n-Method "%s" `\n-WebSession $session `\n-Headers @{\n%s\n}%s' % (url, method, hd, (' `\n-ContentType "%s" `\n-Body "%s"' % (ctype, post.replace('"', '`"'))) if post is not None else ""))
        body = "\n".join(lines)
        labels = [(k, v if v is not None else next(s.raw for s in secs if s.kind == "private_key").replace("\n", "\\n")) for k, v in labels]
    elif mode == "raw":
        lines = ["%s %s HTTP/2" % (method, url.split(host if host in url else app, 1)[1]), "Host: %s" % (host if host in url else app)]
        lines += ["%s: %s" % (n.title() if r.random() < .5 else n, v) for n, v in headers]
        if cookies:
            lines.append("Cookie: " + "; ".join("%s=%s" % p for p in cookies))
        if post is not None:
            lines.append("Content-Type: " + ctype)
            lines.append("")
            lines.append(post)
        resp = ["", "HTTP/2 %s" % c.ch(["401", "400", "200", "302", "500"]), "content-type: application/json", "x-request-id: %s" % V.uuid4(r), "date: %s" % V.iso_ts(r)]
        resp += ["set-cookie: " + x for x in set_cookie]
        if not set_cookie and r.random() < .5:
            resp.append("set-cookie: __cf_bm=%s; path=/; expires=%s; HttpOnly; Secure" % (c.ch(["[redacted]", "<omitted>"]), V.iso_ts(r)))
        body = "\n".join(lines + resp)
        labels = [(k, v if v is not None else next(s.raw for s in secs if s.kind == "private_key").replace("\n", "\\n")) for k, v in labels]
    else:
        req = {"method": method, "url": url, "httpVersion": "http/2.0", "headers": [{"name": n, "value": v} for n, v in headers],
               "queryString": [{"name": n, "value": v} for n, v in query], "cookies": [{"name": n, "value": v} for n, v in cookies], "headersSize": -1, "bodySize": len(post or "")}
        if post is not None:
            req["postData"] = {"mimeType": ctype, "text": post}
        resp = {"status": c.ch([200, 401, 400, 500]), "statusText": "", "headers": [{"name": "x-request-id", "value": V.uuid4(r)}] + [{"name": "set-cookie", "value": x} for x in set_cookie],
                "content": {"size": r.randint(40, 900), "mimeType": "application/json", "text": json.dumps({"error": c.ch(["invalid_grant", "unauthorized", "validation_error"]), "trace_id": V.trace_id(r)})}}
        entry = {"startedDateTime": V.iso_ts(r), "time": round(r.random() * 900, 3), "request": req, "response": resp, "timings": {"send": 0.2, "wait": round(r.random() * 800, 2), "receive": 1.1}}
        body = json.dumps({"log": {"version": "1.2", "creator": {"name": c.ch(["WebInspector", "Firefox"]), "version": "537.36"}, "entries": [entry]}}, indent=2, ensure_ascii=False)
        new = []
        for k, v in labels:
            if v is None:
                v = F.appeared_json(F.appeared_json(next(s.raw for s in secs if s.kind == "private_key")))
            elif post is not None and v in post and ctype == "application/json":
                v = F.appeared_json(F.appeared_json(v))
            else:
                v = F.appeared_json(v)
            new.append((k, v))
        labels = new
        body = c.ch(["Estratto dell'HAR (solo la chiamata che fallisce):\n" if lang == "it" else "HAR excerpt (only the failing call):\n", ""]) + body
    what = {"it": ["la richiesta presa dal tab Network", "la chiamata copiata dal browser", "l'estratto dell'HAR", "la richiesta che fa il frontend"], "en": ["the request from the Network tab", "the call copied from the browser", "the HAR excerpt", "what the frontend sends"]}[lang]
    mids = {"it": ["Dal browser si vede che il cookie viene mandato, ma ci rimbalza al login.", "Succede solo con Safari.", "La chiamata parte dal nostro portale merchant."], "en": ["The cookie is sent according to devtools but we get bounced to login.", "Only happens on Safari.", "The call is made from our merchant portal."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .5 else None), labels

# ---------------------------------------------------------------- questionnaire / KYC
QUESTIONS = {
    "it": {"iban": ["IBAN del conto di accredito (regolamento)", "Indicare l'IBAN su cui accreditare gli incassi", "IBAN per i payout"],
           "bank_account": ["Conto per l'addebito delle commissioni (ABI, CAB, numero conto)", "Coordinate del conto di appoggio estero", "Conto di appoggio secondario"],
           "password": ["Password provvisoria dell'utente amministratore del portale", "Credenziali SFTP per lo scambio flussi", "Password scelta per l'ambiente di collaudo"],
           "pin": ["PIN del token OTP consegnato", "PIN di sblocco del terminale POS", "PIN dispositivo per la firma delle distinte"],
           "card_number": ["Carta aziendale per l'addebito del canone mensile", "Carta di test utilizzata nei collaudi", "Numero carta per il deposito cauzionale"],
           "cvv": ["CVV della carta indicata sopra", "Codice di sicurezza (CVV2)"],
           "client_secret": ["Confermare le credenziali sandbox ricevute (client_id e secret)", "Secret dell'applicazione registrata"],
           "access_token": ["Incollare un access token di prova per la verifica degli scope", "Token generato durante il test"],
           "refresh_token": ["Refresh token ottenuto dall'ultimo consenso (per debug)", "Refresh token che dà errore"],
           "vendor_key": ["Se migrate da un altro PSP, indicare la chiave API attuale per l'import clienti", "Chiave API del servizio di notifiche"],
           "private_key": ["Chiave privata del certificato QSealC (formato PEM) per il collaudo", "Chiave di firma delle richieste (PEM)"]},
    "en": {"iban": ["Settlement account IBAN", "IBAN where funds should be paid out", "Payout IBAN"],
           "bank_account": ["Bank account for fee collection (sort code / account, or routing / account)", "Overseas receiving account details", "Secondary account"],
           "password": ["Temporary password for the admin portal user", "SFTP credentials for file exchange", "Password chosen for the test environment"],
           "pin": ["PIN of the OTP token you received", "POS terminal unlock PIN", "Device PIN for approving batches"],
           "card_number": ["Corporate card for monthly subscription billing", "Test card used during UAT", "Card number for the deposit"],
           "cvv": ["CVV of the card above", "Security code (CVV2)"],
           "client_secret": ["Confirm the sandbox credentials you received (client id and secret)", "Registered application secret"],
           "access_token": ["Paste a sample access token so we can check scopes", "Token generated during testing"],
           "refresh_token": ["Refresh token from the last consent (for debugging)", "Refresh token that fails"],
           "vendor_key": ["If migrating from another PSP, paste your current API key for the customer import", "API key of your notification service"],
           "private_key": ["QSealC certificate private key (PEM) for UAT", "Request signing key (PEM)"]}}
BENIGN_Q = {
    "it": [("Ragione sociale", lambda c: c.company("it")), ("Partita IVA", lambda c: V.piva(c.r)), ("Codice fiscale del legale rappresentante", lambda c: V.codice_fiscale(c.r)),
           ("Referente tecnico e telefono", lambda c: "%s %s, %s" % (c.person("it") + (V.phone(c.r, "it"),))), ("Volume mensile stimato", lambda c: "circa %s € / %d transazioni" % (V.amount(c.r, True), c.r.randint(50, 90000))),
           ("MCC / settore", lambda c: c.ch(["5411 alimentari", "5732 elettronica", "7011 hotel", "8099 servizi medici"])), ("URL webhook", lambda c: "https://%s/psp/webhook" % c.ch(["shop.ferramentabianchi.it", "api.modalab.it", "erp.acme.it"])),
           ("IP da abilitare", lambda c: ", ".join(V.ip(c.r) for _ in range(c.r.randint(1, 3)))), ("Codice SDI", lambda c: V.rs(c.r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7)),
           ("Versione SDK in uso", lambda c: V.version(c.r)), ("Data prevista go-live", lambda c: V.dt_obj(c.r).strftime("%d/%m/%Y")), ("PEC", lambda c: "amministrazione@pec.%s.it" % c.ch(["ferramentabianchi", "modalab", "cantinadeicolli"]))],
    "en": [("Legal entity name", lambda c: c.company("en")), ("Company number", lambda c: "%08d" % c.r.randint(1, 15000000)), ("VAT number", lambda c: "GB%09d" % c.r.randint(10 ** 8, 10 ** 9 - 1)),
           ("Technical contact and phone", lambda c: "%s %s, %s" % (c.person("en") + (V.phone(c.r, "en"),))), ("Expected monthly volume", lambda c: "about £%s / %d transactions" % (V.amount(c.r, False), c.r.randint(50, 90000))),
           ("MCC / industry", lambda c: c.ch(["5411 grocery", "5732 electronics", "7011 hotels", "5942 books"])), ("Webhook URL", lambda c: "https://%s/psp/webhook" % c.ch(["shop.brightside.co.uk", "api.kettle.co", "erp.mercer.io"])),
           ("IPs to allowlist", lambda c: ", ".join(V.ip(c.r) for _ in range(c.r.randint(1, 3)))), ("SDK version", lambda c: V.version(c.r)), ("Target go-live date", lambda c: V.dt_obj(c.r).strftime("%d %B %Y"))]}
NEG_ANSWERS = {
    "it": {"iban": ["lo inviamo via PEC firmato dal legale rappresentante", "vedi allegato (visura + lettera banca)", "stesso del contratto precedente", "IBAN che termina con %04d"],
           "password": ["la scegliamo al primo accesso", "ricevuta via SMS, non la riporto", "********"], "pin": ["consegnato in busta chiusa", "non ancora ricevuto", "****"],
           "card_number": ["%s", "preferiamo addebito SDD"], "client_secret": ["ricevute, tutto ok (non le riporto qui)", "client_id %s, secret custodito nel nostro vault"],
           "private_key": ["generata sul nostro HSM, non esportabile", "vi mandiamo solo la CSR"]},
    "en": {"iban": ["sending it via signed letter", "see attachment (bank letter)", "same as the previous contract", "IBAN ending in %04d"],
           "password": ["will set it at first login", "received by SMS, not writing it here", "********"], "pin": ["delivered in a sealed envelope", "not received yet", "****"],
           "card_number": ["%s", "we'd rather pay by direct debit"], "client_secret": ["received, all good (not pasting them here)", "client id %s, secret stored in our vault"],
           "private_key": ["generated on our HSM, not exportable", "we'll only send you the CSR"]}}

def answer_for(c, s, lang):
    if s.kind == "bank_account":
        return bank_phrase(c, s, lang)
    if s.kind == "client_secret":
        return c.ch(["client_id %s / secret %s", "id: %s\nsecret: %s", "%s - %s"]) % (V.client_id(c.r), s.raw)
    if s.kind == "password" and c.r.random() < .5:
        return c.ch(["utente %s, password %s" if lang == "it" else "user %s, password %s", "%s / %s"]) % (c.ch(USERS), s.raw)
    if s.kind == "card_number":
        return c.ch(["%s scad. %s" if lang == "it" else "%s exp %s", "%s (%s)"]) % (s.raw, s.meta["expiry"])
    if s.kind == "private_key":
        return "\n" + s.raw
    return s.raw

def st_questionnaire(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = [(s.kind, s.raw) for s in secs]
    qa = []
    for s in secs:
        qa.append((c.ch(QUESTIONS[lang][s.kind]), answer_for(c, s, lang)))
    for q, f in r.sample(BENIGN_Q[lang], r.randint(3, 7)):
        qa.insert(r.randint(0, len(qa)), (q, f(c)))
    if not kinds:
        for k in r.sample(list(NEG_ANSWERS[lang].keys()), r.randint(2, 3)):
            a = c.ch(NEG_ANSWERS[lang][k])
            if "%04d" in a:
                a = a % r.randint(0, 9999)
            elif "%s" in a:
                a = a % (V.masked_card(r) if k == "card_number" else V.client_id(r))
            qa.insert(r.randint(0, len(qa)), (c.ch(QUESTIONS[lang][k]), a))
    mode = c.ch(["numbered", "qa", "reply_above", "checklist", "form"])
    if any(s.kind == "private_key" for s in secs) and mode == "reply_above":
        mode = "numbered"
    out = []
    if mode == "numbered":
        title = c.ch(["QUESTIONARIO DI ONBOARDING TECNICO", "Modulo attivazione servizi di pagamento", "Scheda censimento merchant"]) if lang == "it" else c.ch(["TECHNICAL ONBOARDING QUESTIONNAIRE", "Merchant activation form", "Integration checklist"])
        out.append(title)
        for i, (q, a) in enumerate(qa):
            out.append("%d. %s\n%s %s" % (i + 1, q, c.ch(["Risposta:", "R:", "->"]) if lang == "it" else c.ch(["Answer:", "A:", "->"]), a))
    elif mode == "qa":
        for q, a in qa:
            out.append("Q: %s\nA: %s" % (q, a) if lang == "en" or r.random() < .5 else "D: %s\nR: %s" % (q, a))
    elif mode == "reply_above":
        out.append(c.ch(["Ecco le risposte, le ho messe sopra ogni domanda:", "Rispondo qui sotto, punto per punto."]) if lang == "it" else c.ch(["Answers are above each question:", "Replying inline below."]))
        for i, (q, a) in enumerate(qa):
            out.append("%s\n> %d) %s" % (a, i + 1, q))
    elif mode == "checklist":
        out.append(c.ch(["Checklist KYC / attivazione", "KYC - documenti e dati"]) if lang == "it" else c.ch(["KYC checklist", "Activation checklist"]))
        for q, a in qa:
            out.append("[%s] %s: %s" % (c.ch(["x", "x", " "]), q, a))
        out.append("[%s] %s" % (c.ch(["x", " "]), c.ch(["Visura camerale < 6 mesi", "Documento d'identità del legale rappresentante"]) if lang == "it" else c.ch(["Certificate of incorporation", "Director ID document"])))
    else:
        out.append("----- %s -----" % (c.ch(["Invio modulo web", "Form compilato"]) if lang == "it" else c.ch(["Web form submission", "Form submitted"])))
        for q, a in qa:
            out.append("%s: %s" % (q, a) if "\n" not in a else "%s:%s" % (q, a))
        out.append("Submitted-At: %s\nSubmission-Id: %s" % (V.iso_ts(r), V.uuid4(r)))
    body = "\n\n".join(out) if mode != "form" else "\n".join(out)
    what = {"it": ["il questionario compilato", "le risposte al modulo di onboarding", "la checklist KYC", "il modulo con i nostri dati"], "en": ["the completed questionnaire", "our answers to the onboarding form", "the KYC checklist", "the form with our details"]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), intro_p=.7), labels

# ---------------------------------------------------------------- meeting notes / kanban / wiki
def st_meeting_notes(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = [(s.kind, s.raw) for s in secs]
    mode = c.ch(["minutes", "trello", "todo", "release", "wiki", "standup"])
    people = [" ".join(c.person(lang)) for _ in range(r.randint(2, 5))]
    date = V.dt_obj(r).strftime("%d/%m/%Y" if lang == "it" else "%d %b %Y")
    sec_lines = []
    for s in secs:
        p = phrase(c, s, lang)
        if s.kind == "private_key":
            p = p if "\n" in p else p
        sec_lines.append(p)
    benign_it = ["ticket %s aperto con il PSP" % V.order_no(r).replace("#", ""), "commit %s in review" % V.sha1(r)[:10], "idempotency key: usare uuid v4 (es. %s)" % V.uuid4(r), "verificare webhook %s" % V.evt_id(r),
                 "pagamento %s rimasto in pending" % V.pay_id(r), "rilascio %s previsto per %s" % (V.version(r), V.dt_obj(r).strftime("%d/%m")), "checksum del file CBI: %s" % V.md5(r), "trace id per il supporto: %s" % V.trace_id(r),
                 "il secret va messo in vault, MAI nel repo", "ruotare la password del db dopo il go-live", "chiedere al PSP il nuovo PIN per il token (il vecchio è scaduto)", "fattura %s da riconciliare" % V.invoice_no(r)]
    benign_en = ["ticket %s raised with the PSP" % V.order_no(r).replace("#", ""), "commit %s in review" % V.sha1(r)[:10], "idempotency key: use uuid v4 (e.g. %s)" % V.uuid4(r), "check webhook %s" % V.evt_id(r),
                 "payment %s stuck in pending" % V.pay_id(r), "release %s planned for %s" % (V.version(r), V.dt_obj(r).strftime("%d %b")), "CBI file checksum: %s" % V.md5(r), "trace id for support: %s" % V.trace_id(r),
                 "secret goes into vault, NEVER into the repo", "rotate the DB password after go-live", "ask the PSP for a new token PIN (old one expired)", "invoice %s to reconcile" % V.invoice_no(r)]
    ben = r.sample(benign_it if lang == "it" else benign_en, r.randint(2, 5) if kinds else r.randint(4, 7))
    if not kinds:
        ph = {"it": ["credenziali collaudo: client_id %s, secret in 1Password (vault 'PSP')" % V.client_id(r), "carta di test: %s (CVV e PIN li ha Marco)" % V.masked_card(r), "token: usare ${PSP_TOKEN} nelle chiamate Postman", "IBAN del merchant: %s (verificato)" % V.masked_iban(r)],
              "en": ["sandbox creds: client id %s, secret in 1Password ('PSP' vault)" % V.client_id(r), "test card: %s (Tom has the CVV and PIN)" % V.masked_card(r), "token: use {{access_token}} in Postman", "merchant IBAN: %s (verified)" % V.masked_iban(r)]}[lang]
        ben += r.sample(ph, r.randint(1, 2))
    items = ben + sec_lines
    r.shuffle(items)
    if mode == "minutes":
        hdr = ("Verbale call %s - integrazione %s\nPartecipanti: %s\n\nPunti discussi:" if lang == "it" else "Call notes %s - %s integration\nAttendees: %s\n\nDiscussion:") % (date, c.ch(V.PROVIDERS), ", ".join(people))
        body = hdr + "\n" + "\n".join("- " + x for x in items) + ("\n\nAction items:\n" + "\n".join("- [ ] %s: %s" % (c.ch(people).split()[0], c.ch(["aggiornare la doc", "ritestare in sandbox", "aprire ticket", "ruotare le chiavi"] if lang == "it" else ["update the docs", "retest in sandbox", "open ticket", "rotate keys"])) for _ in range(r.randint(1, 3))))
    elif mode == "trello":
        body = "Card: %s\nList: %s\nLabels: %s\nMembers: %s\nDue: %s\n\nDescription:\n%s\n\nChecklist (%d/%d):\n%s" % (
            c.ch(["Integrazione PSD2 sandbox", "Go-live pagamenti carta", "Payout verso fornitori", "Fix refresh token"] if lang == "it" else ["PSD2 sandbox integration", "Card payments go-live", "Supplier payouts", "Fix token refresh"]),
            c.ch(["In Progress", "Doing", "Blocked", "Review"]), c.ch(["backend", "urgent", "psp"]), ", ".join("@" + p.split()[0].lower() for p in people), date,
            "\n".join(items[: len(items) // 2 + 1]), r.randint(0, 3), 4, "\n".join("[%s] %s" % (c.ch(["x", " "]), x) for x in items[len(items) // 2 + 1:]) or "[ ] test end-to-end")
    elif mode == "todo":
        body = ("TODO %s\n" % date if r.random() < .5 else "") + "\n".join("%s %s" % (c.ch(["[ ]", "[x]", "-", "*", "☐"]), x) for x in items)
    elif mode == "release":
        body = "## %s (%s)\n\n### %s\n%s\n\n### %s\n%s" % (V.version(r), date, "Fixed" if lang == "en" else "Correzioni", "\n".join("- " + x for x in items[: max(1, len(items) - 2)]), "Notes" if lang == "en" else "Note", "\n".join("- " + x for x in items[max(1, len(items) - 2):]) or "- n/a")
    elif mode == "wiki":
        title = c.ch(["Ambiente di collaudo PSP", "Runbook pagamenti", "Credenziali e ambienti"] if lang == "it" else ["PSP staging environment", "Payments runbook", "Environments and credentials"])
        body = "h1. %s\n\n_Ultimo aggiornamento: %s da %s_\n\nh2. %s\n%s" % (title, date, c.ch(people), "Dettagli" if lang == "it" else "Details", "\n".join("* " + x for x in items)) if r.random() < .5 else "# %s\n\n> %s %s\n\n## %s\n\n%s" % (title, "Aggiornato il" if lang == "it" else "Updated", date, "Dettagli" if lang == "it" else "Details", "\n".join("- " + x for x in items))
    else:
        who = people[0].split()[0]
        body = "%s standup %s\n\n%s:\n%s\n\n%s:\n%s" % ("Daily" if lang == "en" else "Daily", date, "Ieri" if lang == "it" else "Yesterday", "\n".join("- " + x for x in items[: len(items) // 2]) or "- niente", "Blocchi" if lang == "it" else "Blockers", "\n".join("- " + x for x in items[len(items) // 2:]))
    what = {"minutes": ("le note della riunione", "our meeting notes"), "trello": ("la card del nostro board Trello", "the card from our Trello board"), "todo": ("il nostro to-do", "our to-do list"),
            "wiki": ("la pagina wiki interna", "the internal wiki page"), "release": ("le note di rilascio", "the release notes"), "standup": ("gli appunti dello standup", "the standup notes")}[mode]
    what = [what[0] if lang == "it" else what[1]]
    return c.wrap(lang, c.ch(what), body, bool(kinds), intro_p=.6), labels
