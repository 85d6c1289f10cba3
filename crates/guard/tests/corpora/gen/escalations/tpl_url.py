"""URLs carrying credentials: OAuth redirects, presigned links, connection strings, git remotes, API keys in query strings, HAR dumps."""
import json
import urllib.parse

from core import T


def lead(c, it_opts, en_opts):
    return c.L(c.p(it_opts), c.p(en_opts))


def conn_string(c, dialect=None):
    """Return a connection string with a labelled password (or other secret)."""
    d = dialect or c.p("pg", "mysql", "mongo", "redis", "amqp", "jdbc_ms", "oracle", "odbc", "ado", "elastic", "smtp", "sqlalchemy", "clickhouse", "snowflake", "mongo_std", "rediss", "ftp", "jdbc_pg")
    host = c.p("db-prod.internal", "10.10.2.31", "payments-db.cluster-" + c.v.opaque(12).lower() + ".eu-south-1.rds.amazonaws.com", "pg.infra.local", "mysql-01")
    user = c.p("app", "payments_rw", "svc_recon", "admin", "report", "sportello")
    if d in ("pg", "mysql", "mongo", "redis", "amqp", "elastic", "smtp", "sqlalchemy", "clickhouse", "snowflake", "mongo_std", "rediss", "ftp", "jdbc_pg"):
        pw = c.pwu()
    else:
        pw = c.pw(c.p("word", "random", "mixed"))
        pw = pw.replace(";", "!")
        c.secrets[-1]["value"] = pw
    return {
        "pg": f"postgres://{user}:{pw}@{host}:5432/payments?sslmode=require",
        "jdbc_pg": f"jdbc:postgresql://{host}:5432/payments?user={user}&password={pw}",
        "mysql": f"mysql://{user}:{pw}@{host}:3306/shop",
        "mongo": f"mongodb+srv://{user}:{pw}@cluster0.{c.v.opaque(5).lower()}.mongodb.net/orders?retryWrites=true&w=majority",
        "mongo_std": f"mongodb://{user}:{pw}@mongo-0:27017,mongo-1:27017/?replicaSet=rs0&authSource=admin",
        "redis": f"redis://:{pw}@{c.p('cache-01', 'redis.internal', '10.0.3.7')}:6379/0",
        "rediss": f"rediss://default:{pw}@{c.p('eu1-ruling-cod', 'apn1-fast-kit')}-{c.r.randint(10000, 99999)}.upstash.io:6379",
        "amqp": f"amqps://{user}:{pw}@{c.p('rabbit.internal', 'b-' + c.v.uuid() + '.mq.eu-west-1.amazonaws.com')}:5671/%2F",
        "jdbc_ms": f"jdbc:sqlserver://{host}:1433;databaseName=Payments;user={user};password={pw};encrypt=true",
        "oracle": f"{user}/{pw}@//{host}:1521/PAYPDB",
        "odbc": f"Driver={{ODBC Driver 18 for SQL Server}};Server={host};Database=Payments;Uid={user};Pwd={pw};",
        "ado": f"Data Source={host};Initial Catalog=Payments;User Id={user};Password={pw};TrustServerCertificate=True",
        "elastic": f"https://elastic:{pw}@{c.v.hexs(32)}.eu-west-1.aws.found.io:9243",
        "smtp": f"smtp://{c.p('noreply', 'ordini', 'billing')}%40{c.domain()}:{pw}@smtp.{c.p('office365.com', 'aruba.it', 'sendgrid.net')}:587",
        "sqlalchemy": f"mysql+pymysql://{user}:{pw}@{host}/shop?charset=utf8mb4",
        "clickhouse": f"clickhouse://{user}:{pw}@{host}:9000/analytics",
        "snowflake": f"snowflake://{user}:{pw}@{c.v.opaque(7).lower()}-{c.v.opaque(6).lower()}/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH",
        "ftp": f"ftp://{user}:{pw}@ftp.{c.domain()}/in/",
    }[d]


# =========================================================================== POSITIVES

@T("oauth-url")
def oauth_redirect_code(c):
    dom = c.domain()
    code = c.S("access_token", c.p(c.v.opaque(c.p(32, 40, 43)), c.v.b64(32, url=True), "ac_" + c.v.opaque(30), c.v.uuid().replace("-", "") + c.v.opaque(8)))
    st = c.v.opaque(16)
    url = f"https://app.{dom}/oauth/callback?code={code}&state={st}" + c.p("", f"&scope=openid%20payments", f"&session_state={c.v.uuid()}")
    return lead(c, [f"Il cliente dice che il login si blocca sul callback. URL copiato dalla barra degli indirizzi:\n{url}",
                    f"Redirect dopo il consenso (dal cliente):\n\n    {url}\n\npoi pagina bianca."],
                [f"Customer says login hangs on the callback. URL copied from the address bar:\n{url}",
                 f"Redirect after consent (from the customer):\n\n    {url}\n\nthen a blank page."])


@T("oauth-url")
def oauth_implicit_fragment(c):
    dom = c.domain()
    tok = c.jwt() if c.chance(0.6) else c.S("access_token", c.v.opaque(40))
    url = f"https://{c.p('spa', 'portal', 'app')}.{dom}/auth/complete#access_token={tok}&token_type=Bearer&expires_in={c.p(3600, 900, 7200)}&state={c.v.opaque(12)}"
    return lead(c, [f"La SPA del cliente usa ancora l'implicit flow. Dopo il login arriva qui:\n{url}\nma il frontend non legge il token.",
                    f"Ticket: \"dopo il login l'URL è {url} e la pagina resta in caricamento\""],
                [f"The customer's SPA still uses implicit flow. After login it lands on:\n{url}\nbut the frontend doesn't pick up the token.",
                 f"Ticket: \"after login the URL is {url} and the page keeps spinning\""])


@T("presigned-url")
def s3_presigned(c):
    kid = c.S("vendor_key", "ASIA" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
    st_raw = "IQoJb3JpZ2luX2VjE" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 220) + "=="
    st = urllib.parse.quote(st_raw, safe="")
    c.S("access_token", st)
    bucket = c.p("recon-exports", "sportello-attachments", "payouts-reports")
    url = (f"https://{bucket}.s3.eu-south-1.amazonaws.com/{c.t:%Y/%m}/report-{c.v.digits(6)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           f"&X-Amz-Credential={kid}%2F{c.t:%Y%m%d}%2Feu-south-1%2Fs3%2Faws4_request&X-Amz-Date={c.t:%Y%m%dT%H%M%SZ}&X-Amz-Expires=604800"
           f"&X-Amz-Security-Token={st}&X-Amz-SignedHeaders=host&X-Amz-Signature={c.v.sha256()}")
    return lead(c, [f"Il cliente ha condiviso il report con un link prefirmato valido 7 giorni (chiunque lo apre scarica il file):\n{url}"],
                [f"Customer shared the report through a presigned link valid 7 days (anyone with it can download):\n{url}"])


@T("presigned-url")
def azure_sas_url(c):
    acct = c.p("stpayments", "strecon", "stexports") + c.v.digits(3)
    sig = urllib.parse.quote(c.v.b64(32), safe="")
    c.S("access_token", sig)
    url = (f"https://{acct}.blob.core.windows.net/{c.p('exports', 'invoices', 'backups')}/{c.p('dump.sql.gz', 'fatture_2024.zip', 'recon.csv')}"
           f"?sp=r&st={c.t:%Y-%m-%dT%H:%M:%SZ}&se={c.t.year + 1}-{c.t:%m-%dT%H:%M:%SZ}&spr=https&sv=2022-11-02&sr=b&sig={sig}")
    return lead(c, [f"Link SAS che il cliente ci ha mandato per scaricare il file (scade tra un anno!):\n{url}"],
                [f"SAS link the customer sent for downloading the file (expires in a year!):\n{url}"])


@T("connection-string")
def conn_string_in_chat(c):
    cs = conn_string(c)
    return lead(c, [f"prova con questa, me l'ha data il loro DBA: {cs}", f"Il cliente conferma che la stringa di connessione è\n`{cs}`\ne che dal loro server funziona.",
                    f"{c.first()} ha scritto nel ticket:\n> usate pure {cs}\n> è l'utenza di sola lettura"],
                [f"try this one, their DBA gave it to me: {cs}", f"Customer confirms the connection string is\n`{cs}`\nand it works from their server.",
                 f"{c.first()} wrote in the ticket:\n> feel free to use {cs}\n> it's the read-only user"])


@T("connection-string")
def conn_string_stacktrace(c):
    d = c.p("pg", "mysql", "mongo", "sqlalchemy", "redis", "amqp")
    cs = conn_string(c, d)
    exc = {"pg": "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name",
           "mysql": "sqlalchemy.exc.OperationalError: (MySQLdb.OperationalError) (2005, \"Unknown MySQL server host\")",
           "sqlalchemy": "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, \"Access denied for user\")",
           "mongo": "pymongo.errors.ServerSelectionTimeoutError: No servers found yet",
           "redis": "redis.exceptions.ConnectionError: Error 111 connecting. Connection refused.",
           "amqp": "kombu.exceptions.OperationalError: [Errno 111] Connection refused"}[d]
    return (lead(c, ["Traceback incollato dal cliente:\n\n", "Stack trace dal ticket (stampa la DSN completa):\n\n"],
                 ["Traceback pasted by the customer:\n\n", "Stack trace from the ticket (prints the full DSN):\n\n"]) +
            f"Traceback (most recent call last):\n  File \"/app/worker/db.py\", line {c.r.randint(10, 200)}, in connect\n    conn = backend.connect(settings.BACKEND_URL)\n"
            f"{exc}\n\nsettings dump on failure:\nBACKEND_URL={cs}\nPOOL_SIZE={c.r.randint(2, 20)}")


@T("connection-string")
def conn_string_table(c):
    rows = []
    envs = c.shuffle(["dev", "staging", "prod", "dr"])[:c.r.randint(2, 3)]
    for e in envs:
        rows.append(f"| {e:<8} | {conn_string(c)} |")
    return (lead(c, ["Tabella dalla pagina Confluence del cliente, incollata nel ticket:\n\n"], ["Table from the customer's Confluence page, pasted into the ticket:\n\n"]) +
            "| env      | connection |\n|----------|------------|\n" + "\n".join(rows))


@T("git-remote")
def git_clone_token(c):
    which = c.p("github", "gitlab", "bitbucket", "azure", "github_pat")
    org = c.p("acme-pay", "orbita", "paganini-pay", "vespa-commerce")
    repo = c.p("sdk-php", "integration-examples", "webhook-relay", "checkout")
    if which == "github":
        tok = c.vkey("github")
        url = f"https://{c.p(c.handle(), 'x-access-token', 'oauth2')}:{tok}@github.com/{org}/{repo}.git"
    elif which == "github_pat":
        tok = c.vkey("github_pat")
        url = f"https://{tok}@github.com/{org}/{repo}.git"
    elif which == "gitlab":
        tok = c.vkey("gitlab")
        url = f"https://oauth2:{tok}@gitlab.com/{org}/{repo}.git"
    elif which == "bitbucket":
        pw = c.S("vendor_key", "ATBB" + c.v.opaque(28) + c.v.hexs(8).upper())
        url = f"https://{c.handle()}:{pw}@bitbucket.org/{org}/{repo}.git"
    else:
        pat = c.S("vendor_key", c.v.s("abcdefghijklmnopqrstuvwxyz234567", 52))
        url = f"https://{org}:{pat}@dev.azure.com/{org}/{repo}/_git/{repo}"
    form = c.p("clone", "remote", "submodule")
    if form == "clone":
        body = f"$ git clone {url}\nCloning into '{repo}'...\nremote: Repository not found.\nfatal: repository '{url.split('@')[-1]}' not found"
    elif form == "remote":
        body = f"$ git remote -v\norigin\t{url} (fetch)\norigin\t{url} (push)"
    else:
        body = f"[submodule \"vendor/{repo}\"]\n\tpath = vendor/{repo}\n\turl = {url}"
    return lead(c, ["Il cliente non riesce a scaricare il nostro SDK privato:\n\n", "Output del cliente:\n\n", "Dal ticket:\n\n"],
                ["Customer can't fetch our private SDK:\n\n", "Customer output:\n\n", "From the ticket:\n\n"]) + body


@T("access-log")
def access_log_query_key(c):
    key = c.p("api_key", "apikey", "access_token", "key", "token")
    if key == "key":
        val = c.vkey("google")
    elif key == "access_token":
        val = c.S("access_token", c.v.opaque(40))
    else:
        val = c.apikey()
    ip = f"{c.r.randint(11, 220)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"
    lines = []
    for i in range(c.r.randint(2, 4)):
        c.tick(0, 2)
        lines.append(f'{ip} - - [{c.t:%d/%b/%Y:%H:%M:%S} +0200] "GET /v1/{c.p("rates", "orders", "shipments", "balance")}?{key}={val}&page={i + 1} HTTP/1.1" {c.p(200, 200, 401, 429)} {c.r.randint(200, 9000)} "-" "{c.p("curl/8.5.0", "Go-http-client/2.0", "PostmanRuntime/7.36.0")}"')
    return lead(c, ["Estratto dell'access log dell'API del cliente (chiave passata in query string, finisce in tutti i log):\n\n", "Access log:\n\n"],
                ["Extract of the customer's API access log (key in query string, ends up in every log):\n\n", "Access log:\n\n"]) + "\n".join(lines)


@T("url-basic-auth")
def url_basic_auth(c):
    pw = c.pwu()
    svc = c.p("grafana", "kibana", "jenkins", "rabbitmq", "airflow", "metabase")
    user = c.p("admin", "support", "viewer", c.handle())
    url = f"https://{user}:{pw}@{svc}.{c.domain()}/{c.p('d/payments', 'app/discover', 'job/deploy', '#/queues', 'home')}"
    return lead(c, [f"Link alla dashboard che ci hanno mandato (credenziali dentro l'URL): {url}", f"il cliente dice 'guardate qui' → {url}"],
                [f"Dashboard link they sent us (credentials inside the URL): {url}", f"customer says 'look here' → {url}"])


@T("webhook-url")
def slack_webhook_url(c):
    url = c.vkey("slack_hook")
    return lead(c, [f"Il cliente vuole che le notifiche di incidente arrivino sul loro Slack, ci ha mandato l'incoming webhook: {url}",
                    f"Configurazione notifiche richiesta dal cliente:\n  canale: #payments-alerts\n  webhook: {url}"],
                [f"Customer wants incident notifications in their Slack, sent us the incoming webhook: {url}",
                 f"Notification setup requested by the customer:\n  channel: #payments-alerts\n  webhook: {url}"])


@T("har-dump")
def har_excerpt(c):
    tok = c.tok()
    ck = c.S("access_token", c.v.session_cookie())
    entry = {"request": {"method": "GET", "url": f"https://api.{c.domain()}/v1/me", "httpVersion": "HTTP/2",
                         "headers": [{"name": "authorization", "value": f"Bearer {tok}"}, {"name": "cookie", "value": f"sid={ck}; theme=dark"},
                                     {"name": "x-request-id", "value": c.v.uuid()}]},
             "response": {"status": 401, "statusText": "", "headers": [{"name": "www-authenticate", "value": "Bearer error=\"invalid_token\""}]},
             "startedDateTime": c.iso(), "time": round(c.r.random() * 400, 2)}
    return lead(c, ["File HAR esportato dal browser del cliente (estratto):\n\n"], ["HAR file exported from the customer's browser (extract):\n\n"]) + json.dumps({"log": {"entries": [entry]}}, indent=2)


@T("url-magic-link")
def magic_link(c):
    tok = c.S("access_token", c.p(c.v.b64(32, url=True), c.v.opaque(48), c.v.hexs(64)))
    url = f"https://dashboard.{c.domain()}/{c.p('login/magic', 'auth/verify', 'reset-password')}?token={tok}&email={urllib.parse.quote(c.email())}"
    return lead(c, [f"Il cliente ha inoltrato la mail con il link di accesso (\"non funziona\"):\n{url}", f"Link di reset ricevuto dal cliente, dice che è già scaduto: {url}"],
                [f"Customer forwarded the email with the sign-in link (\"doesn't work\"):\n{url}", f"Reset link the customer received, says it's already expired: {url}"])


@T("connection-string")
def conn_string_env_export(c):
    cs1 = conn_string(c, c.p("pg", "mysql", "jdbc_pg"))
    cs2 = conn_string(c, c.p("redis", "rediss", "amqp"))
    return (lead(c, ["Il cliente ha eseguito `env | grep URL` sul container e ci ha mandato il risultato:\n\n"], ["Customer ran `env | grep URL` in the container and sent the result:\n\n"]) +
            f"DATABASE_URL={cs1}\nCACHE_URL={cs2}\nAPI_URL=https://api.{c.domain()}")


# =========================================================================== NEGATIVES

@T("oauth-url", pos=False)
def oauth_error_redirect_neg(c):
    url = f"https://app.{c.domain()}/oauth/callback?error={c.p('access_denied', 'invalid_scope', 'consent_required', 'login_required')}&error_description={c.p('The+user+denied+access', 'Scope+not+allowed', 'Consent+required')}&state={c.v.opaque(16)}"
    return lead(c, [f"Redirect ricevuto dal cliente:\n{url}\nNessun code, quindi il problema è a monte (consenso).", f"Il callback riceve {url}"],
                [f"Redirect the customer got:\n{url}\nNo code, so the problem is upstream (consent).", f"The callback receives {url}"])


@T("oauth-url", pos=False)
def oauth_authorize_url_neg(c):
    url = (f"https://auth.{c.domain()}/oauth2/authorize?response_type=code&client_id={c.client_id()}&redirect_uri=https%3A%2F%2Fapp.{c.domain()}%2Fcallback"
           f"&scope=openid%20payments%3Aread&state={c.v.opaque(16)}&nonce={c.v.opaque(20)}&code_challenge={c.v.b64(32, url=True)}&code_challenge_method=S256")
    return lead(c, [f"URL di autorizzazione generato dall'SDK del cliente (sembra corretto):\n{url}"], [f"Authorization URL generated by the customer's SDK (looks right):\n{url}"])


@T("connection-string", pos=False)
def conn_string_placeholder_neg(c):
    cs = c.p("postgres://app:${PGPASSWORD}@db-prod:5432/payments", "mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/",
             "Server=tcp:sql-prod,1433;Database=Payments;User Id=app;Password=********;", "redis://:{{ .Values.redis.password }}@redis:6379/0",
             "mysql://report:%(DB_PASSWORD)s@mysql-01:3306/shop", "amqp://guest:guest@localhost:5672/", "jdbc:sqlserver://sql-prod:1433;databaseName=Payments;authentication=ActiveDirectoryMSI",
             "postgresql://app@db-prod:5432/payments?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem", "Host=db;Database=app;Username=app;Password=<REDACTED>")
    return lead(c, [f"La stringa di connessione nel loro config è `{cs}`: il valore viene sostituito al deploy, quindi il problema non è la password.",
                    f"Dal ticket: {cs}"],
                [f"The connection string in their config is `{cs}`: the value is substituted at deploy, so the password isn't the problem.",
                 f"From the ticket: {cs}"])


@T("git-remote", pos=False)
def git_remote_neg(c):
    org = c.p("acme-pay", "orbita", "paganini-pay")
    return lead(c, ["Output del cliente:\n\n", "Dal ticket:\n\n"], ["Customer output:\n\n", "From the ticket:\n\n"]) + (
        f"$ git remote -v\norigin\tgit@github.com:{org}/checkout.git (fetch)\norigin\tgit@github.com:{org}/checkout.git (push)\n"
        f"$ git log -1 --format='%H %an'\n{c.v.commit()} {c.person()}\n$ git clone https://github.com/{org}/sdk-php.git\nfatal: could not read Username for 'https://github.com': terminal prompts disabled")


@T("access-log", pos=False)
def access_log_neg(c):
    ip = f"{c.r.randint(11, 220)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"
    lines = []
    for i in range(c.r.randint(2, 4)):
        c.tick(0, 2)
        lines.append(f'{ip} - - [{c.t:%d/%b/%Y:%H:%M:%S} +0200] "GET /v1/payments/{c.payid()}?expand=customer&api_key=[FILTERED] HTTP/1.1" {c.p(200, 404)} {c.r.randint(200, 9000)} {c.r.random():.3f} "{c.v.uuid()}"')
    return lead(c, ["Access log (il filtro sui parametri sensibili funziona):\n\n"], ["Access log (sensitive-param filter works):\n\n"]) + "\n".join(lines)


@T("presigned-url", pos=False)
def public_url_neg(c):
    url = c.p(f"https://cdn.{c.domain()}/assets/app.{c.v.hexs(8)}.js?v={c.v.hexs(10)}",
              f"https://{c.p('recon-exports', 'public-docs')}.s3.eu-south-1.amazonaws.com/{c.p('openapi.yaml', 'changelog.pdf')}?versionId={c.v.b64(24, url=True)}",
              f"https://checkout.{c.domain()}/pay/cs_live_{c.v.opaque(58)}",
              f"https://api.{c.domain()}/v1/payment_links/plink_{c.v.opaque(24)}?locale=it")
    return lead(c, [f"Link condiviso dal cliente: {url} — è un link pubblico / id di sessione, niente di sensibile."],
                [f"Link shared by the customer: {url} — public link / session id, nothing sensitive."])


@T("har-dump", pos=False)
def har_neg(c):
    entry = {"request": {"method": "POST", "url": f"https://api.{c.domain()}/v1/payments", "headers": [
        {"name": "authorization", "value": "Bearer [redacted by HAR sanitizer]"}, {"name": "idempotency-key", "value": c.v.uuid()},
        {"name": "traceparent", "value": f"00-{c.traceid()}-{c.v.hexs(16)}-01"}]},
        "response": {"status": 409, "content": {"text": json.dumps({"error": {"code": "idempotency_conflict", "request_id": c.reqid()}})}}}
    return lead(c, ["HAR (sanificato) dal cliente:\n\n"], ["HAR (sanitised) from the customer:\n\n"]) + json.dumps({"log": {"entries": [entry]}}, indent=2)


@T("webhook-url", pos=False)
def webhook_endpoint_neg(c):
    return lead(c, [f"Endpoint webhook registrato dal cliente: https://hooks.{c.domain()}/sportello/{c.p('events', 'incoming')} (id we_{c.v.opaque(24)}), versione API {c.t:%Y-%m-%d}. Ultimo tentativo: HTTP 504 dopo 30s."],
                [f"Webhook endpoint registered by the customer: https://hooks.{c.domain()}/sportello/{c.p('events', 'incoming')} (id we_{c.v.opaque(24)}), API version {c.t:%Y-%m-%d}. Last attempt: HTTP 504 after 30s."])


@T("url-magic-link", pos=False)
def magic_link_neg(c):
    return lead(c, [f"Il cliente dice che il link di accesso è scaduto. Gli ho spiegato che i link valgono 15 minuti e ne ha richiesto un altro da https://dashboard.{c.domain()}/login (richiesta {c.reqid()})."],
                [f"Customer says the sign-in link expired. Explained links last 15 minutes and they requested a new one from https://dashboard.{c.domain()}/login (request {c.reqid()})."])
