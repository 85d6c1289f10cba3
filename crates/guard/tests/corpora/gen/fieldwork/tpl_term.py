# -*- coding: utf-8 -*-
"""Terminal sessions: history, curl -v, kubectl, docker inspect, env dumps, .netrc, git config, SQL clients."""
from common import *  # noqa

S = "terminal"


def intro(c):
    return c.P(["Ecco l'output:\n\n", "Incollo dal terminale:\n\n", "", "output qui sotto\n\n", "Questo è quello che vedo:\n\n"],
               ["Here's the output:\n\n", "Pasting from my terminal:\n\n", "", "output below\n\n", "This is what I get:\n\n"])


def prompt(c):
    r = c.r
    return r.choice(["$ ", "% ", "➜  ~ ", "user@host:~$ ", "root@%s:/app# " % pod_name(r), "PS C:\\dev> ", "bash-5.2$ "])


# ---------------------------------------------------------------- positives

@T(S)
def term_history(c):
    r = c.r
    n = r.randint(480, 1900)
    cmds = ["cd ~/projects/%s" % r.choice(["checkout", "ledger", "relay"]), "git pull", "npm run build"]
    kind = r.choice(["client_secret", "access_token", "password", "vendor_key", "refresh_token"])
    if kind == "password":
        pw = c.sv("password", urlsafe=True)
        c.glue = True
        cmds.insert(r.randint(1, 3), r.choice(["mysql -u root -p%s -h 127.0.0.1 payments" % pw,
                                                "PGPASSWORD=%s psql -h db.internal -U app ledger" % pw,
                                                "redis-cli -a %s -h cache.internal" % pw]))
    elif kind == "vendor_key":
        vend, pairs = vendor_key(r)
        for lab, v in pairs:
            cmds.insert(1, "export %s=%s" % (lab, c.add("vendor_key", v)))
    else:
        v = c.sv(kind, jwt_ok=False)
        var = {"client_secret": "ACME_CLIENT_SECRET", "access_token": "ACME_TOKEN", "refresh_token": "REFRESH_TOKEN"}[kind]
        cmds.insert(r.randint(1, 3), r.choice(["export %s=%s" % (var, v), "export %s='%s'" % (var, v)]))
    cmds += ["curl -s localhost:%s/health" % port(r), "history | tail -20"]
    body = "\n".join("%5d  %s" % (n + i, x) for i, x in enumerate(cmds))
    return intro(c) + body


@T(S)
def term_curl_verbose(c):
    r = c.r
    host = r.choice(HOSTS)
    use_basic = r.random() < 0.3
    if use_basic:
        u, p, blob = basic_pair(r)
        auth = "> Authorization: Basic %s" % c.add("client_secret", blob)
    else:
        auth = "> Authorization: Bearer %s" % c.sv("access_token")
    cookie = ""
    if r.random() < 0.5:
        nm, val = session_cookie(r)
        cookie = "\n< set-cookie: %s=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % (nm, c.add("access_token", val))
    out = ("*   Trying %s:443...\n* Connected to %s (%s) port 443 (#0)\n* ALPN: server accepted h2\n> POST /v2/refunds HTTP/2\n> Host: %s\n> user-agent: curl/8.4.0\n> accept: */*\n%s\n> content-type: application/json\n> idempotency-key: %s\n>\n"
           "< HTTP/2 %s\n< date: Thu, 14 Mar 2024 %s:12 GMT\n< content-type: application/json\n< x-request-id: %s%s\n<\n{\"error\":\"%s\"}") % (
        ip(r), host, ip(r), host, auth, idem_key(r), r.choice(["401", "403", "409", "422"]), hhmm(r), req_id(r), cookie,
        r.choice(["forbidden", "refund_exceeds_amount", "insufficient_scope"]))
    return intro(c) + prompt(c) + "curl -v -X POST https://%s/v2/refunds -d @refund.json\n" % host + out


@T(S)
def term_kubectl_secret_yaml(c):
    r = c.r
    name = k8s_name(r)
    items = []
    kinds = r.sample(["password", "client_secret", "access_token", "refresh_token"], r.randint(1, 3))
    keynames = {"password": r.choice(["password", "db-password", "DB_PASS"]), "client_secret": r.choice(["client-secret", "CLIENT_SECRET"]),
                "access_token": r.choice(["api-token", "token"]), "refresh_token": "refresh-token"}
    for k in kinds:
        raw = gen_value(c, k, jwt_ok=False)
        items.append("  %s: %s" % (keynames[k], c.add(k, b64(raw.encode()))))
    items.append("  username: %s" % b64(r.choice(["app", "payments", "svc-ledger"]).encode()))
    items.sort()
    y = ("apiVersion: v1\ndata:\n%s\nkind: Secret\nmetadata:\n  creationTimestamp: \"%s\"\n  name: %s\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\ntype: Opaque") % (
        "\n".join(items), iso_ts(r)[:19] + "Z", name, r.choice(["payments", "default", "prod"]), r.randint(100000, 9999999), ruuid(r))
    return intro(c) + prompt(c) + "kubectl get secret %s -o yaml\n" % name + y


@T(S)
def term_kubectl_describe_pod(c):
    r = c.r
    pod = pod_name(r)
    kind = r.choice(["client_secret", "password", "access_token", "vendor_key"])
    envs = ["      LOG_LEVEL:       info", "      PORT:            %s" % port(r),
            "      ACME_CLIENT_ID:  %s" % r.choice(CLIENT_IDS)]
    if kind == "vendor_key":
        vend, pairs = vendor_key(r)
        envs += ["      %s:  %s" % (lab, c.add("vendor_key", v)) for lab, v in pairs]
    else:
        var = {"client_secret": "ACME_CLIENT_SECRET", "password": "DB_PASSWORD", "access_token": "ACME_API_TOKEN"}[kind]
        envs.append("      %s:  %s" % (var, c.sv(kind, jwt_ok=False)))
    envs.append("      REDIS_URL:       <set to the key 'url' in secret '%s'>  Optional: false" % k8s_name(r))
    out = ("Name:             %s\nNamespace:        payments\nNode:             ip-%s.eu-south-1.compute.internal\nStatus:           Running\nIP:               %s\n"
           "Containers:\n  api:\n    Image:          ghcr.io/acme/api:%s\n    Image ID:       ghcr.io/acme/api@sha256:%s\n    Port:           %s/TCP\n    Environment:\n%s\n"
           "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)") % (
        pod, ip(r).replace(".", "-"), ip(r), version(r).replace("build ", ""), sha256(r), port(r), "\n".join(envs), rs(r, 5, LO + DG))
    return intro(c) + prompt(c) + "kubectl describe pod %s -n payments\n" % pod + out


@T(S)
def term_docker_inspect_env(c):
    r = c.r
    env = ['"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"', '"TZ=Europe/Rome"', '"PORT=%s"' % port(r)]
    kinds = r.sample(["password", "client_secret", "vendor_key", "access_token"], r.randint(1, 2))
    for k in kinds:
        if k == "vendor_key":
            vend, pairs = vendor_key(r)
            env += ['"%s=%s"' % (lab, c.add("vendor_key", v)) for lab, v in pairs]
        else:
            var = {"password": r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD"]), "client_secret": "OAUTH_CLIENT_SECRET", "access_token": "SPORTELLO_API_KEY"}[k]
            env.append('"%s=%s"' % (var, c.sv(k, jwt_ok=False)))
    env.append('"NODE_VERSION=%s"' % version(r))
    j = '            "Env": [\n                ' + ",\n                ".join(env) + "\n            ],"
    return (intro(c) + prompt(c) + "docker inspect %s | grep -A12 Env\n" % r.choice(["relay", "api", short_sha(r)]) + j +
            '\n            "Cmd": [\n                "node",\n                "dist/server.js"\n            ],\n            "Image": "sha256:%s",' % sha256(r))


@T(S)
def term_env_sort(c):
    r = c.r
    env = ["HOME=/root", "HOSTNAME=%s" % pod_name(r), "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "SHLVL=1", "TERM=xterm",
           "APP_ENV=%s" % r.choice(["production", "staging"]), "OTEL_SERVICE_NAME=%s" % r.choice(["relay", "ledger-api"])]
    kinds = r.sample(["password", "client_secret", "access_token", "refresh_token", "vendor_key", "dburl"], r.randint(1, 3))
    for k in kinds:
        if k == "dburl":
            env.append("DATABASE_URL=%s://%s:%s@%s/%s" % (r.choice(["postgres", "postgresql", "mysql"]), r.choice(["app", "ledger_rw", "svc"]),
                                                          c.add("password", password(r, urlsafe=True)), r.choice(["db.internal:5432", "10.0.4.12:3306", "pg-primary"]), r.choice(["ledger", "payments"])))
        elif k == "vendor_key":
            vend, pairs = vendor_key(r)
            env += ["%s=%s" % (lab, c.add("vendor_key", v)) for lab, v in pairs]
        else:
            var = {"password": "PGPASSWORD", "client_secret": "SPORTELLO_CLIENT_SECRET", "access_token": "ACME_ACCESS_TOKEN", "refresh_token": "ACME_REFRESH_TOKEN"}[k]
            env.append("%s=%s" % (var, c.sv(k)))
    env.sort()
    return intro(c) + prompt(c) + "env | sort\n" + "\n".join(env)


@T(S)
def term_printenv(c):
    r = c.r
    kind = r.choice(["client_secret", "access_token", "password"])
    var = {"client_secret": "CLIENT_SECRET", "access_token": "API_TOKEN", "password": "DB_PASS"}[kind]
    v = c.sv(kind)
    return (c.P(["La variabile è settata, guardate:\n\n", "Nel container c'è:\n\n"], ["The variable is set, look:\n\n", "Inside the container:\n\n"]) +
            prompt(c) + "printenv %s\n%s\n" % (var, v) + prompt(c) + "echo $?\n0")


@T(S)
def term_netrc(c):
    r = c.r
    lines = []
    for _ in range(r.randint(1, 3)):
        host = r.choice(HOSTS + ["github.com", "gitlab.example.com", "registry.npmjs.org"])
        if host == "github.com":
            pw = c.add("vendor_key", "ghp_" + rs(r, 36))
        else:
            pw = c.add("password", password(r))
        lines.append(r.choice(["machine %s\n  login %s\n  password %s" % (host, r.choice(NAMES + ["deploy", "ci-bot"]), pw),
                               "machine %s login %s password %s" % (host, r.choice(NAMES + ["deploy"]), pw)]))
    return intro(c) + prompt(c) + "cat ~/.netrc\n" + "\n".join(lines)


@T(S)
def term_git_config(c):
    r = c.r
    tok = r.choice(["ghp_" + rs(r, 36), "glpat-" + rs(r, 20, B64U)])
    c.add("vendor_key", tok)
    user = r.choice(NAMES)
    url = "https://%s:%s@%s/acme/%s.git" % (user, tok, "github.com" if tok.startswith("ghp") else "gitlab.example.com", r.choice(["checkout", "sdk-java"]))
    out = ("user.name=%s\nuser.email=%s\ncore.editor=vim\ncore.autocrlf=input\nremote.origin.url=%s\nremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\nbranch.main.remote=origin\nbranch.main.merge=refs/heads/main") % (
        person(r, c.lang), email_of(person(r, c.lang), r), url)
    return intro(c) + prompt(c) + "git config --list\n" + out


@T(S)
def term_psql_table(c):
    r = c.r
    kind = r.choice(["access_token", "client_secret", "password"])
    col = {"access_token": "api_key", "client_secret": "client_secret", "password": "password"}[kind]
    rows = []
    for i in range(r.randint(2, 4)):
        v = c.add(kind, gen_value(c, kind, jwt_ok=False) if kind != "password" else password(r))
        rows.append((str(r.randint(1, 900)), r.choice(CLIENT_IDS), v, r.choice(["t", "f"])))
    w = max(len(x[2]) for x in rows)
    hdr = " id  | client_id           | %s | active\n-----+---------------------+-%s-+--------" % (col.ljust(w), "-" * w)
    body = "\n".join(" %-3s | %-19s | %s | %s" % (a, b, v.ljust(w), d) for a, b, v, d in rows)
    return (intro(c) + "ledger=> SELECT id, client_id, %s, active FROM merchant_credentials LIMIT 5;\n" % col + hdr + "\n" + body + "\n(%d rows)" % len(rows))


@T(S)
def term_mysql_cards(c):
    r = c.r
    rows = []
    for i in range(r.randint(2, 3)):
        n = card(r)
        rows.append("| %6d | %-19s | %s | %-4s |" % (r.randint(1000, 99999), c.add("card_number", n), expiry(r), c.add("cvv", cvv(r, n))))
    hdr = "+--------+---------------------+-------+------+\n| id     | pan                 | exp   | cvv  |\n+--------+---------------------+-------+------+"
    return (c.P(["Nel db di staging le carte di test sono salvate in chiaro, è un problema per la certificazione?\n\n",
                 "Output della query sul db di collaudo:\n\n"],
                ["On the staging db the test cards are stored in clear, is that a problem for certification?\n\n",
                 "Query output on the test db:\n\n"]) +
            "mysql> SELECT id, pan, exp, cvv FROM saved_cards LIMIT 3;\n" + hdr + "\n" + "\n".join(rows) + "\n+--------+---------------------+-------+------+\n%d rows in set (0.00 sec)" % len(rows))


@T(S)
def term_curl_basic(c):
    r = c.r
    u, p, blob = basic_pair(r)
    pair = c.add("client_secret", u + ":" + p)
    host = r.choice(AUTH_HOSTS)
    return (intro(c) + prompt(c) + "curl -s -u %s -X POST https://%s/oauth/token -d grant_type=client_credentials\n" % (pair, host) +
            '{"error":"invalid_client","error_description":"Client authentication failed"}')


@T(S)
def term_ssh_key(c):
    r = c.r
    k = c.add("private_key", pem(r, "OPENSSH PRIVATE KEY"))
    return (c.P(["Il deploy via sftp non parte, la chiave è questa:\n\n", "cat della chiave che usa il job:\n\n"],
                ["The sftp deploy won't start, this is the key:\n\n", "cat of the key the job uses:\n\n"]) +
            prompt(c) + "cat ~/.ssh/id_ed25519\n" + k + "\n" + prompt(c) + "ssh -i ~/.ssh/id_ed25519 deploy@sftp.%s\nPermission denied (publickey)." % r.choice(HOSTS))


@T(S)
def term_aws_configure(c):
    r = c.r
    vend, pairs = vendor_key(r, "aws")
    kid, sec = c.add("vendor_key", pairs[0][1]), c.add("vendor_key", pairs[1][1])
    if r.random() < 0.5:
        out = prompt(c) + "aws configure\nAWS Access Key ID [None]: %s\nAWS Secret Access Key [None]: %s\nDefault region name [None]: eu-south-1\nDefault output format [None]: json" % (kid, sec)
    else:
        out = prompt(c) + "cat ~/.aws/credentials\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-south-1" % (kid, sec)
    return intro(c) + out + "\n" + prompt(c) + "aws s3 ls s3://acme-exports\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied"


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def term_history_env_refs(c):
    r = c.r
    n = r.randint(200, 1500)
    cmds = ["export CLIENT_SECRET=$(vault kv get -field=secret kv/acme/prod)",
            "curl -H \"Authorization: Bearer $ACME_TOKEN\" https://%s/v2/me" % r.choice(HOSTS),
            "kubectl create secret generic %s --from-env-file=.env.prod" % k8s_name(r),
            "op read op://Payments/acme/client_secret > /dev/null",
            "git checkout %s" % short_sha(r), "docker compose up -d", "echo ${#CLIENT_SECRET}"]
    r.shuffle(cmds)
    return intro(c) + "\n".join("%5d  %s" % (n + i, x) for i, x in enumerate(cmds))


@T(S, neg=True)
def term_curl_verbose_neg(c):
    r = c.r
    host = r.choice(HOSTS)
    auth = r.choice(["> authorization: Bearer %s" % r.choice(["[REDACTED]", "$TOKEN", "<your-token>", "********"]), "> x-client-id: %s" % r.choice(CLIENT_IDS)])
    out = ("* Connected to %s (%s) port 443 (#0)\n> GET /v2/payments/%s HTTP/2\n> Host: %s\n%s\n> accept: application/json\n>\n< HTTP/2 404\n< x-request-id: %s\n< traceparent: %s\n< etag: W/\"%s\"\n< ratelimit-remaining: %d\n<\n{\"error\":\"not_found\",\"request_id\":\"%s\"}") % (
        host, ip(r), pay_id(r), host, auth, req_id(r), traceparent(r), rs(r, 27, B64U), r.randint(0, 99), req_id(r))
    return intro(c) + prompt(c) + "curl -v https://%s/v2/payments/...\n" % host + out


@T(S, neg=True)
def term_kubectl_describe_secret(c):
    r = c.r
    name = k8s_name(r)
    keys = r.sample(["client-secret", "password", "token", "refresh-token", "username", "ca.crt"], 3)
    data = "\n".join("%s:  %d bytes" % (k, r.randint(8, 1200)) for k in sorted(keys))
    out = "Name:         %s\nNamespace:    payments\nLabels:       app=%s\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\n%s" % (name, r.choice(["relay", "ledger"]), data)
    return intro(c) + prompt(c) + "kubectl describe secret %s\n" % name + out


@T(S, neg=True)
def term_kubectl_get_secrets(c):
    r = c.r
    rows = "\n".join("%-34s %-36s %-4d %s" % (k8s_name(r), r.choice(["Opaque", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson"]), r.randint(1, 5), r.choice(["3d", "41d", "12h", "220d"])) for _ in range(r.randint(3, 6)))
    pods = "\n".join("%-40s 1/1     Running   %d          %s" % (pod_name(r), r.randint(0, 9), r.choice(["2d", "5h", "17m"])) for _ in range(3))
    return (intro(c) + prompt(c) + "kubectl get secrets -n payments\nNAME                               TYPE                                 DATA AGE\n" + rows +
            "\n" + prompt(c) + "kubectl get pods\nNAME                                     READY   STATUS    RESTARTS   AGE\n" + pods)


@T(S, neg=True)
def term_docker_neg(c):
    r = c.r
    env = ['"TZ=Europe/Rome"', '"PORT=%s"' % port(r), '"LOG_LEVEL=info"', '"CLIENT_SECRET_FILE=/run/secrets/client_secret"', '"ACME_CLIENT_ID=%s"' % r.choice(CLIENT_IDS)]
    return (intro(c) + prompt(c) + "docker inspect relay --format '{{json .Config.Env}}'\n[" + ",".join(env) + "]\n" + prompt(c) +
            "docker images --digests | head -3\nREPOSITORY            TAG       DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/relay    %s    sha256:%s   %s   212MB" % (
                version(r).replace("build ", ""), sha256(r), short_sha(r)[:12]))


@T(S, neg=True)
def term_env_neg(c):
    r = c.r
    env = ["HOME=/home/app", "APP_ENV=staging", "CLIENT_ID=%s" % r.choice(CLIENT_IDS), "CLIENT_SECRET=%s" % r.choice(["${CLIENT_SECRET}", "<set-me>", "", "changeme"]),
           "DATABASE_HOST=db.internal", "DATABASE_PORT=%s" % port(r), "GIT_SHA=%s" % sha1(r), "OTEL_TRACE_ID=%s" % trace_id(r), "VAULT_ADDR=https://vault.internal:8200",
           "API_TOKEN_FILE=/var/run/secrets/api-token"]
    env.sort()
    return intro(c) + prompt(c) + "env | sort\n" + "\n".join(env) + "\n\n" + c.P(["come vedete il secret non viene espanso", "il valore vero non arriva nel pod"],
                                                                                ["as you can see the secret isn't expanded", "the real value never reaches the pod"])


@T(S, neg=True)
def term_git_neg(c):
    r = c.r
    msgs = r.sample(["rotate client secret handling", "remove hardcoded token from tests", "fix refresh token expiry check", "bump version to " + semver(r), "mask PAN in logs", "docs: explain PIN retry limit"], 4)
    log = "\n".join("%s %s%s" % (short_sha(r), "(HEAD -> main, origin/main) " if i == 0 else "", m) for i, m in enumerate(msgs))
    cfg = "credential.helper=store\nuser.name=%s\nremote.origin.url=git@github.com:acme/relay.git\ncore.sshcommand=ssh -i ~/.ssh/deploy_key" % person(r, c.lang)
    return intro(c) + prompt(c) + "git log --oneline -4\n" + log + "\n" + prompt(c) + "git config --list\n" + cfg


@T(S, neg=True)
def term_psql_payments(c):
    r = c.r
    rows = "\n".join(" %-30s | %9s | %-9s | %s" % (pay_id(r), "%.2f" % (r.randint(100, 99999) / 100), r.choice(["succeeded", "failed", "refunded"]), iso_ts(r)[:19]) for _ in range(r.randint(3, 5)))
    return (intro(c) + "ledger=> select id, amount, status, created_at from payments where merchant = '%s' order by 4 desc;\n" % r.choice(CLIENT_IDS) +
            " id                             |    amount | status    | created_at\n--------------------------------+-----------+-----------+---------------------\n" + rows)


@T(S, neg=True)
def term_mysql_denied(c):
    r = c.r
    return (intro(c) + prompt(c) + "mysql -u payments -p -h %s\nEnter password: \nERROR 1045 (28000): Access denied for user 'payments'@'%s' (using password: YES)\n" % (ip(r), ip(r)) +
            prompt(c) + "psql \"host=db.internal user=app dbname=ledger\"\npsql: error: connection to server at \"db.internal\" (%s), port 5432 failed: FATAL:  password authentication failed for user \"app\"" % ip(r))


@T(S, neg=True)
def term_fingerprints(c):
    r = c.r
    return (intro(c) + prompt(c) + "ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:%s %s (ED25519)\n" % (rs(r, 43, B64), email_of(person(r, c.lang), r)) +
            prompt(c) + "cat ~/.ssh/id_ed25519.pub\n" + ssh_pub(r) + "\n" + prompt(c) + "openssl x509 -in client.crt -noout -fingerprint -sha256\nsha256 Fingerprint=%s" % ":".join(rs(r, 2, HEXU) for _ in range(32)))


@T(S, neg=True)
def term_sha256sum(c):
    r = c.r
    files = ["export-%s.csv" % date(r, "en").replace("/", "-").replace(" ", "-"), "payouts.xlsx", "report.pdf"]
    return (intro(c) + prompt(c) + "ls -la exports/\n" + "\n".join("-rw-r--r--  1 app app %7d Mar %2d %s %s" % (r.randint(1000, 9999999), r.randint(1, 28), hhmm(r), f) for f in files) +
            "\n" + prompt(c) + "sha256sum exports/*\n" + "\n".join("%s  exports/%s" % (sha256(r), f) for f in files))


@T(S, neg=True)
def term_public_cert(c):
    r = c.r
    return (c.P(["Questo è il certificato pubblico che ci avete chiesto (solo quello, la chiave privata resta da noi):\n\n",
                 "public key per la verifica delle firme webhook:\n\n"],
                ["This is the public certificate you asked for (only that, the private key stays with us):\n\n",
                 "public key for verifying webhook signatures:\n\n"]) + prompt(c) + "cat webhook_pub.pem\n" + public_pem(r))


@T(S)
def term_db_uri(c):
    r = c.r
    pw = c.add("password", password(r, urlsafe=True))
    user = r.choice(["app", "ledger_ro", "admin", "payments"])
    cmd, out = r.choice([
        ('psql "postgresql://%s:%s@%s:5432/ledger?sslmode=require"' % (user, pw, r.choice(["db.internal", ip(r)])),
         'psql: error: connection to server at "db.internal" (%s), port 5432 failed: FATAL:  no pg_hba.conf entry for host "%s", user "%s", database "ledger", SSL on' % (ip(r), ip(r), user)),
        ('mongosh "mongodb+srv://%s:%s@cluster0.%s.mongodb.example/payments"' % (user, pw, rs(r, 5, LO + DG)),
         "Current Mongosh Log ID: %s\nMongoServerError: bad auth : authentication failed" % rs(r, 24, HEX)),
        ("redis-cli -u redis://default:%s@cache.internal:6379/0 ping" % pw,
         "AUTH failed: WRONGPASS invalid username-password pair or user is disabled."),
        ("sshpass -p '%s' ssh %s@%s" % (pw, user, ip(r)), "Permission denied, please try again."),
    ])
    return intro(c) + prompt(c) + cmd + "\n" + out
