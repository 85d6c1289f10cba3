"""Styles: shell_session, dotfiles, k8s_docker."""
import json, base64, urllib.parse
import values as V
import fields as F
from common import *
from styles_a import sec_entries, decoy_entries

def cid(c):
    return V.client_id(c.r)

def sh_quote(c, v, force=False):
    if force or " " in v or any(ch in v for ch in "!#*?~"):
        return "'" + v + "'"
    return c.ch(["", "", '"', "'"]).join(["", v, ""]) if False else c.ch([v, '"%s"' % v, "'%s'" % v])

def cmd_for(c, sec, shell, lang):
    """Return list of (line, is_output) and the label value. shell: bash|ps|cmd"""
    r, v, k = c.r, sec.raw, sec.kind
    host = c.ch(HOSTS)
    ep = c.ch(ENDPOINTS).replace("{id}", V.uuid4(r))
    name = env_name(c, sec)
    if shell == "ps":
        if k == "private_key":
            return [("Get-Content .\\certs\\%s" % c.ch(["client.key", "qseal.key", "jwt_rsa.pem"]), False), (v, True)]
        opts = ['$env:%s = "%s"' % (name, v), '[Environment]::SetEnvironmentVariable("%s", "%s", "User")' % (name, v)]
        if k == "access_token":
            opts.append('Invoke-RestMethod -Uri "https://%s%s" -Headers @{ Authorization = "Bearer %s" }' % (host, ep, v))
        if k == "client_secret":
            opts.append('$body = @{ grant_type = "client_credentials"; client_id = "%s"; client_secret = "%s" }' % (cid(c), v))
        if k == "password":
            opts.append('$cred = New-Object PSCredential("%s", (ConvertTo-SecureString "%s" -AsPlainText -Force))' % (c.ch(USERS), v))
        return [(c.ch(opts), False)]
    if shell == "cmd":
        if k == "private_key":
            return [("type certs\\%s" % c.ch(["client.key", "private.pem"]), False), (v, True)]
        if " " in v:
            return [('setx %s "%s"' % (name, v), False), ((c.ch(["SUCCESS: Specified value was saved.", "OPERAZIONE RIUSCITA: il valore specificato è stato salvato."]) if lang == "it" else "SUCCESS: Specified value was saved."), True)]
        return [(c.ch(["set %s=%s" % (name, v), 'setx %s "%s"' % (name, v)]), False)]
    # bash/zsh
    if k == "private_key":
        f = c.ch(["~/.ssh/id_ed25519", "certs/client.key", "keys/qseal.pem", "./jwt_private.pem", "/etc/psp/signing.key"])
        return [(c.ch(["cat %s" % f, "cat %s" % f, "openssl pkey -in %s" % f.replace(".pem", ".der").replace(".key", ".der") + " -inform DER"]), False), (v, True)]
    opts = ["export %s=%s" % (name, sh_quote(c, v))]
    if k == "access_token":
        opts += ['curl -s -H "Authorization: Bearer %s" https://%s%s | jq .' % (v, host, ep), "http GET https://%s%s 'Authorization:Bearer %s'" % (host, ep, v)]
    elif k == "refresh_token":
        opts += ["curl -X POST https://%s/oauth2/token -d grant_type=refresh_token -d refresh_token=%s -d client_id=%s" % (host, v, cid(c))]
    elif k == "client_secret":
        opts += ["curl -u %s:%s -d grant_type=client_credentials https://%s/oauth2/token" % (cid(c), v, host), "psp-cli login --client-id %s --client-secret '%s'" % (cid(c), v)]
    elif k == "vendor_key":
        vn = sec.meta["vendor"]
        if vn.startswith("stripe"):
            opts += ["curl https://api.stripe.com/v1/balance -u %s:" % v]
        elif vn == "gitlab":
            opts += ["git clone https://oauth2:%s@gitlab.com/%s/payments-sdk.git" % (v, c.ch(["acme", "ferramenta-bianchi", "northpeak"]))]
        elif vn == "aws":
            opts += ["aws configure set aws_access_key_id %s" % v]
        elif vn in ("ghp", "github_pat"):
            opts += ["git remote set-url origin https://%s@github.com/%s/checkout.git" % (v, c.ch(["acme-it", "brightside", "modalab"]))]
        elif vn == "npm":
            opts += ["npm config set //registry.npmjs.org/:_authToken=%s" % v]
        elif vn == "google":
            opts += ['curl "https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s"' % (c.ch(CITIES_Q), v)]
        elif vn == "slack":
            opts += ['curl -H "Authorization: Bearer %s" https://slack.com/api/auth.test' % v]
    elif k == "password":
        q = "'%s'" % v
        opts += ["mysql -h %s -u app -p%s shop" % (c.ch(["db", "127.0.0.1"]), q), "PGPASSWORD=%s psql -h %s -U app payments" % (q, c.ch(["localhost", "pg.internal"])),
                 "sshpass -p %s sftp %s@sftp.%s" % (q, c.ch(USERS), c.ch(["banca.it", "cbi-flussi.it", "bank.co.uk"])), "redis-cli -a %s ping" % q]
    elif k == "pin":
        opts += ["psp-cli terminal unlock --serial %s --pin %s" % (V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10), v), "./sca_test.sh --user %s --pin %s" % (c.ch(USERS), v)]
    elif k == "cvv":
        opts += ['curl https://%s/v1/cards/tokenize -d "card[exp]=%02d/%02d" -d "card[cvc]=%s"' % (host, r.randint(1, 12), r.randint(26, 30), v)]
    elif k == "card_number":
        opts += ['curl https://%s/v1/cards/tokenize -d "card[number]=%s" -d "card[exp]=%s"' % (host, v, sec.meta["expiry"]), 'psp-cli cards tokenize --pan "%s" --exp %s' % (v, sec.meta["expiry"])]
    elif k == "iban":
        opts += ['psp-cli payouts create --iban "%s" --amount %d.00 --currency EUR' % (v, r.randint(5, 900)), "curl -X POST https://%s/v3/payouts -H 'Content-Type: application/json' -d '{\"iban\":\"%s\",\"amount\":%d}'" % (host, v, r.randint(500, 90000))]
    elif k == "bank_account":
        flags = " ".join("--%s %s" % (n.replace(" ", "-").lower(), '"%s"' % x if " " in x else x) for n, x in sec.meta["comp"])
        opts += ['psp-cli beneficiaries add %s --account "%s"' % (flags, v)]
    return [(c.ch(opts), False)]

CITIES_Q = ["Milano", "Via+Roma+1+Torino", "Bologna", "Leeds", "Piazza+Duomo"]

def benign_cmds(c, shell, lang):
    r = c.r
    if shell == "ps":
        return c.ch([[("Get-Date -Format o", False), (V.iso_ts(r, False), True)], [("[guid]::NewGuid()", False), ("\nGuid\n----\n" + V.uuid4(r), True)],
                     [("Get-FileHash .\\export.csv -Algorithm SHA256", False), ("\nAlgorithm       Hash                                                                   Path\n---------       ----                                                                   ----\nSHA256          %s       C:\\tmp\\export.csv" % V.sha256(r).upper(), True)],
                     [('$env:PSP_CLIENT_SECRET = $null', False)], [('$headers = @{ Authorization = "Bearer $env:PSP_TOKEN"; "Idempotency-Key" = "%s" }' % V.uuid4(r), False)]])
    if shell == "cmd":
        return c.ch([[("ver", False), ("\nMicrosoft Windows [Version 10.0.%d.%d]" % (r.randint(19041, 22631), r.randint(100, 4000)), True)], [("echo %PSP_CLIENT_ID%", False), (V.client_id(r), True)],
                     [("certutil -hashfile export.xml SHA256", False), ("SHA256 hash of export.xml:\n%s\nCertUtil: -hashfile command completed successfully." % V.sha256(r), True)], [("set CLIENT_SECRET=%VAULT_CLIENT_SECRET%", False)]])
    return c.ch([[("git log --oneline -3", False), ("\n".join("%s %s" % (V.sha1(r)[:7], c.ch(["fix refresh token retry", "bump sdk to " + V.version(r), "add idempotency key", "webhook: verify signature", "chore: lint"])) for _ in range(3)), True)],
                 [("sha256sum release.tar.gz", False), ("%s  release.tar.gz" % V.sha256(r), True)], [("uuidgen", False), (V.uuid4(r).upper(), True)], [("date +%s%3N", False), (V.epoch(r, True), True)],
                 [('curl -s -H "Authorization: Bearer $ACCESS_TOKEN" https://%s/v2/payments/%s | jq .status' % (c.ch(HOSTS), V.pay_id(r)), False), ('"%s"' % c.ch(["pending", "succeeded", "failed"]), True)],
                 [('export CLIENT_SECRET="$(vault kv get -field=client_secret secret/psp/sandbox)"', False)], [("mysql -u app -p shop", False), ("Enter password: ", True)],
                 [("echo -n 'sandbox' | base64", False), (F.b64("sandbox"), True)], [("openssl x509 -in psp-ca.pem -noout -fingerprint -sha256", False), ("sha256 Fingerprint=" + ":".join(V.rs(r, "0123456789ABCDEF", 2) for _ in range(32)), True)],
                 [("curl -sI https://%s/health" % c.ch(HOSTS), False), ("HTTP/2 200\ndate: %s\nx-request-id: %s\ntraceparent: %s" % (V.iso_ts(r), V.uuid4(r), V.traceparent(r)), True)],
                 [('curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials https://%s/oauth2/token' % c.ch(HOSTS), False), ('{"error":"invalid_client","error_description":"Client authentication failed","request_id":"%s"}' % V.uuid4(r), True)]])

RESP = ['{"error":"invalid_client","error_description":"Client authentication failed"}', '{"error":"invalid_grant","error_description":"Refresh token expired"}',
        "HTTP/1.1 401 Unauthorized", '{"status":401,"title":"Unauthorized","traceId":"%s"}', '{"code":"card_declined","request_id":"%s"}', "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL", '{"message":"Forbidden","requestId":"%s"}']

def prompt(c, shell, mode):
    if shell == "ps":
        return "PS C:\\Users\\%s\\%s> " % (c.ch(["mrossi", "giulia.b", "dev", "tom.h"]), c.ch(["src\\checkout", "Documents\\psp", "repos\\erp-connector"]))
    if shell == "cmd":
        return c.ch(["C:\\projects\\erp>", "C:\\Users\\admin>", "D:\\integrazione\\psp>"])
    return mode

def st_shell_session(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    shell = c.ch(["bash"] * 5 + ["ps", "ps", "cmd"])
    labels = []
    variant = c.ch(["session", "session", "history", "env"]) if shell == "bash" else c.ch(["session", "session", "envlist"])
    if shell != "bash" and any(s.kind == "private_key" for s in secs):
        variant = "session"
    if variant == "history" and any(s.kind == "private_key" for s in secs):
        variant = "session"
    if variant == "env":
        items = []
        for s in secs:
            items.append((env_name(c, s), s.raw))
            labels.append((s.kind, s.raw))
            for n, x in s.extra:
                items.append((("PAYOUT_" + n).upper().replace(" ", "_"), x))
        for n, f in r.sample(ENV_BENIGN, r.randint(8, 16)):
            items.append((n, f(c)))
        if not kinds or r.random() < .4:
            for kk in r.sample(list(F.PLACEHOLDERS.keys()), r.randint(1, 2)):
                items.append((c.ch(ENV_NAMES.get(kk, ["API_KEY"])), c.ch(F.PLACEHOLDERS[kk]).replace(" ", "_")))
        seen, uniq = set(), []
        for n, x in items:
            if n not in seen:
                seen.add(n)
                uniq.append((n, x))
        uniq.sort()
        pr = c.ch(["$ ", "root@%s:/app# " % c.ch(["payments-api-6f7c9d-abcde", "a1b2c3d4e5f6"]), "bash-5.1$ "])
        cmd = c.ch(["env | sort", "printenv | sort", "kubectl exec -it deploy/payments-api -- env | sort", "docker exec checkout env | sort"])
        body = pr + cmd + "\n" + "\n".join("%s=%s" % p for p in uniq)
    elif variant == "envlist":
        rows = []
        for s in secs:
            rows.append((env_name(c, s), s.raw))
            labels.append((s.kind, s.raw))
        for n, f in r.sample(ENV_BENIGN, r.randint(6, 12)):
            rows.append((n, f(c)))
        rows.sort()
        if shell == "ps":
            w = max(len(n) for n, _ in rows) + 1
            body = prompt(c, shell, "") + c.ch(["Get-ChildItem Env: | Sort-Object Name", "gci env:", "dir env:"]) + "\n\n" + "Name".ljust(w) + "Value\n" + "----".ljust(w) + "-----\n" + "\n".join(n.ljust(w) + x for n, x in rows)
        else:
            body = prompt(c, shell, "") + "set\n" + "\n".join("%s=%s" % p for p in rows)
    elif variant == "history":
        n0 = r.randint(200, 1900)
        lines = []
        pool = []
        for s in secs:
            cl = cmd_for(c, s, "bash", lang)
            pool.append(cl[0][0])
            labels.append((s.kind, s.raw))
        for _ in range(r.randint(2, 6)):
            b = benign_cmds(c, "bash", lang)
            pool.append(b[0][0])
        r.shuffle(pool)
        for i, x in enumerate(pool):
            lines.append("%5d  %s" % (n0 + i * r.randint(1, 4), x))
        grep = c.ch(["history | grep -i token", "history | grep -E 'secret|key|pass'", "history | tail -20", "fc -l -15", "cat ~/.bash_history | tail"])
        body = "$ " + grep + "\n" + "\n".join(lines)
    else:
        pr_bash = c.ch(["%s@%s:~/%s$ " % (c.ch(["marco", "dev", "giulia", "tom", "ubuntu"]), c.ch(["dev-box", "ip-10-0-2-17", "laptop", "ci"]), c.ch(["checkout", "psp-integration", "erp"])), "$ ", "➜  checkout git:(main) ✗ ", "% ", "[app@web01 psp]$ "])
        pr = prompt(c, shell, pr_bash)
        steps = []
        for s in secs:
            steps.append(cmd_for(c, s, shell, lang))
            labels.append((s.kind, s.raw))
        for _ in range(r.randint(1, 3) if kinds else r.randint(2, 5)):
            steps.insert(r.randint(0, len(steps)), benign_cmds(c, shell, lang))
        out = []
        for st in steps:
            for line, is_out in st:
                out.append(line if is_out else pr + line)
        if r.random() < .6:
            resp = c.ch(RESP)
            if "%s" in resp:
                resp = resp % V.uuid4(r)
            out.append(resp)
        body = "\n".join(out)
    what = {"it": ["la sessione del terminale", "quello che ho lanciato da terminale", "la history della shell", "l'output della console", "i comandi che ho dato"], "en": ["the terminal session", "what I ran in the terminal", "my shell history", "the console output", "the commands I ran"]}[lang]
    mids = {"it": ["Stesso risultato da Windows e da Linux.", "Le variabili sono quelle che ci avete mandato via mail.", "Da Postman invece funziona, boh.", "È un container Alpine, non so se c'entra."],
            "en": ["Same result on Windows and Linux.", "The variables are the ones you emailed us.", "It works from Postman though, weird.", "It's an Alpine container, not sure if relevant."]}[lang]
    fence = r.random() < .4
    if fence:
        body = "```\n" + body + "\n```"
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .5 else None), labels

# ---------------------------------------------------------------- dotfiles
def st_dotfiles(c, lang, kinds):
    r = c.r
    labels = []
    files = []
    host = c.ch(HOSTS)
    for k in kinds:
        s = F.make_secret(r, k, url_safe=(k == "password" and r.random() < .3))
        v = s.raw
        labels.append((k, v))
        if k == "password":
            opt = c.ch(["netrc", "pgpass", "mycnf", "mvn", "gitcred", "props", "rclone", "dockercfg"])
            if opt == "netrc":
                files.append(("~/.netrc", "machine %s\n  login %s\n  password %s" % (c.ch(["sftp.cbi-flussi.it", host, "files.bank.co.uk"]), c.ch(USERS), v)))
            elif opt == "pgpass":
                v2 = v.replace(":", "\\:")
                labels[-1] = (k, v2)
                files.append(("~/.pgpass", "%s:5432:%s:%s:%s" % (c.ch(["localhost", "pg-prod.internal", "10.0.4.21"]), c.ch(["payments", "erp", "*"]), c.ch(["app", "erp_rw", "postgres"]), v2)))
            elif opt == "mycnf":
                files.append(("~/.my.cnf", "[client]\nuser=%s\npassword=\"%s\"\nhost=%s" % (c.ch(["app", "root", "shop"]), v, c.ch(["127.0.0.1", "mysql-primary"]))))
            elif opt == "mvn":
                files.append(("~/.m2/settings.xml", "<settings>\n  <servers>\n    <server>\n      <id>%s</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n  </servers>\n</settings>" % (c.ch(["psp-releases", "nexus-internal"]), c.ch(USERS), v)))
            elif opt == "gitcred":
                s2 = F.make_secret(r, k, url_safe=True)
                labels[-1] = (k, s2.raw)
                files.append(("~/.git-credentials", "https://%s:%s@%s" % (c.ch(USERS), s2.raw, c.ch(["git.internal.acme.it", "bitbucket.org", "dev.azure.com"]))))
            elif opt == "props":
                files.append(("src/main/resources/application-%s.properties" % c.ch(["collaudo", "staging", "prod"]), "spring.datasource.url=jdbc:postgresql://%s:5432/payments\nspring.datasource.username=%s\nspring.datasource.password=%s\npsp.base-url=https://%s" % (c.ch(["db", "pg.internal"]), c.ch(["app", "erp_rw"]), v, host)))
            elif opt == "rclone":
                files.append(("~/.config/rclone/rclone.conf", "[flussi-banca]\ntype = sftp\nhost = sftp.%s\nuser = %s\npass = %s\nmd5sum_command = md5sum" % (c.ch(["banca.it", "cbi-flussi.it"]), c.ch(USERS), v)))
            else:
                u = c.ch(USERS)
                enc = base64.b64encode(("%s:%s" % (u, v)).encode()).decode()
                labels[-1] = (k, enc)
                files.append(("~/.docker/config.json", json.dumps({"auths": {c.ch(["registry.gitlab.com", "ghcr.io", "registry.acme.it"]): {"auth": enc}}}, indent="\t")))
        elif k == "vendor_key":
            vn = s.meta["vendor"]
            if vn == "aws" or (vn not in ("npm", "ghp", "github_pat") and r.random() < .25):
                if vn != "aws":
                    labels.pop()
                    _, v = V.vendor_key(r, "aws")
                    labels.append((k, v))
                sec2 = V.vendor_key(r, "aws_secret")[1]
                labels.append((k, sec2))
                files.append(("~/.aws/credentials", "[%s]\naws_access_key_id = %s\naws_secret_access_key = %s%s" % (c.ch(["default", "psp-prod", "sandbox"]), v, sec2, c.ch(["", "\nregion = eu-south-1", "\nregion = eu-west-1"]))))
            elif vn == "npm":
                files.append(("~/.npmrc", "//registry.npmjs.org/:_authToken=%s\n@acme:registry=https://npm.pkg.github.com" % v))
            elif vn in ("ghp", "github_pat"):
                files.append(("~/.git-credentials", "https://%s:%s@github.com" % (c.ch(USERS), v)))
            else:
                files.append((c.ch([".env", ".env.local", "config/.env.production"]), "%s=%s" % (c.ch(V.VENDOR_VARS[vn]).upper(), v)))
        elif k == "private_key":
            nm = c.ch(["~/.ssh/id_ed25519", "~/.ssh/id_rsa_sftp", "certs/client.key", "keys/qseal.pem"])
            files.append((nm, v))
        elif k in ("access_token", "refresh_token", "client_secret"):
            opt = c.ch(["netrc", "env", "ini", "json"])
            if opt == "netrc" and k != "refresh_token":
                files.append(("~/.netrc", "machine %s login %s password %s" % (host, V.client_id(r) if k == "client_secret" else "oauth2", v)))
            elif opt == "ini":
                files.append(("~/.config/psp-cli/credentials", "[%s]\nclient_id = %s\n%s = %s" % (c.ch(["default", "sandbox", "live"]), V.client_id(r), k, v)))
            elif opt == "json":
                t = json.dumps({"client_id": V.client_id(r), k: v, "expires_at": V.iso_ts(r)}, indent=2)
                files.append(("~/.psp/token-cache.json", t))
            else:
                files.append((".env", "PSP_CLIENT_ID=%s\n%s=%s" % (V.client_id(r), c.ch(ENV_NAMES[k]), v)))
        else:
            files.append((".env", "%s=%s" % (c.ch(ENV_NAMES[k]), v)))
    if not kinds:
        n = r.randint(1, 3)
        for _ in range(n):
            opt = c.ch(["netrc", "aws", "env", "pgpass", "known", "pub", "cfg"])
            if opt == "netrc":
                files.append(("~/.netrc", "machine %s\n  login %s\n  password %s" % (host, c.ch(USERS), c.ch(["********", "<redacted>", "$SFTP_PASS", "xxx"]))))
            elif opt == "aws":
                files.append(("~/.aws/config", "[profile %s]\nregion = eu-south-1\nrole_arn = arn:aws:iam::%s:role/%s\nsource_profile = default\nsso_start_url = https://%s.awsapps.com/start" % (c.ch(["psp-prod", "sandbox"]), V.rs(r, "0123456789", 12), c.ch(["PaymentsDeployer", "ReadOnly"]), c.ch(["acme-it", "northpeak"]))))
            elif opt == "env":
                files.append((".env.example", "PSP_BASE_URL=https://%s\nPSP_CLIENT_ID=%s\nPSP_CLIENT_SECRET=%s\nWEBHOOK_SECRET=%s\nDB_PASSWORD=%s" % (host, V.client_id(r), c.ch(F.PLACEHOLDERS["client_secret"]), c.ch(["<your-webhook-secret>", "changeme-in-vault", "${WEBHOOK_SECRET}"]), c.ch(F.PLACEHOLDERS["password"]))))
            elif opt == "pgpass":
                files.append(("~/.pgpass", "# hostname:port:database:username:password\n%s:5432:payments:app:%s" % (c.ch(["localhost", "pg.internal"]), c.ch(["*****", "<PASSWORD>", "REDACTED"]))))
            elif opt == "known":
                files.append(("~/.ssh/known_hosts", "sftp.cbi-flussi.it ssh-ed25519 %s" % V.ssh_pub(r).split(" ")[1]))
            elif opt == "pub":
                files.append((c.ch(["~/.ssh/id_ed25519.pub", "certs/psp-public.pem", "certs/qwac.crt"]), V.ssh_pub(r) if r.random() < .4 else V.public_pem(r)))
            else:
                files.append(("~/.config/psp-cli/config.toml", "[profile.sandbox]\nbase_url = \"https://%s\"\nclient_id = \"%s\"\nkey_path = \"%s\"\nsdk_version = \"%s\"\ncommit = \"%s\"" % (host, V.client_id(r), c.ch(F.PLACEHOLDERS["private_key"]).replace("\\", "/"), V.version(r), V.sha1(r))))
    # merge files with same name
    merged = []
    for nm, content in files:
        for i, (n2, c2) in enumerate(merged):
            if n2 == nm:
                merged[i] = (n2, c2 + "\n" + content)
                break
        else:
            merged.append((nm, content))
    parts = []
    for nm, content in merged:
        hdr = c.ch(["$ cat %s" % nm, "%s:" % nm, "--- %s ---" % nm, "Contenuto di %s:" % nm if lang == "it" else "Contents of %s:" % nm, "# %s" % nm])
        parts.append(hdr + "\n" + content)
    body = "\n\n".join(parts)
    what = {"it": ["i file di configurazione", "il contenuto dei file che usa lo script", "la config locale", "i file che ho sul server"], "en": ["the config files", "the files the script reads", "my local config", "the files on the server"]}[lang]
    mids = {"it": ["I permessi sono 600, ho controllato.", "Lo script gira da cron alle 2 di notte.", "Su un'altra macchina con gli stessi file va.", "Devo metterli da qualche altra parte?"],
            "en": ["Permissions are 600, I checked.", "The script runs from cron at 2am.", "Same files work on another machine.", "Should these live somewhere else?"]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .6 else None), labels

# ---------------------------------------------------------------- k8s / docker
def st_k8s_docker(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    labels = []
    mode = c.ch(["kubectl_yaml", "kubectl_yaml", "docker_inspect", "docker_inspect", "compose", "kubectl_json"])
    if not kinds:
        mode = c.ch(["describe", "kubectl_list", "configmap", "docker_inspect", "compose"])
    name = c.ch(["psp-credentials", "payments-api-secrets", "checkout-env", "open-banking-client", "sftp-cbi"])
    ns = c.ch(["payments", "default", "checkout", "erp-integration"])
    if mode in ("kubectl_yaml", "kubectl_json"):
        data = []
        for s in secs:
            key = c.ch([s.name, env_name(c, s), s.name.replace("_", "-")]) if s.kind != "private_key" else c.ch(["tls.key", "signing.pem", "private_key"])
            enc = F.b64(s.raw)
            data.append((key, enc))
            labels.append((s.kind, enc))
        for n, plain in r.sample([("client_id", V.client_id(r)), ("username", c.ch(USERS)), ("base_url", "https://" + c.ch(HOSTS)), ("environment", c.ch(["sandbox", "production"])), ("tls.crt", V.public_pem(r)), ("ca.crt", V.public_pem(r))], r.randint(1, 3)):
            data.append((n, F.b64(plain)))
        data.sort()
        if mode == "kubectl_yaml":
            body = "$ kubectl get secret %s -n %s -o yaml\napiVersion: v1\ndata:\n%s\nkind: Secret\nmetadata:\n  creationTimestamp: \"%s\"\n  name: %s\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\ntype: %s" % (
                name, ns, "\n".join("  %s: %s" % d for d in data), V.iso_ts(r)[:19] + "Z", name, ns, r.randint(100000, 99999999), V.uuid4(r), c.ch(["Opaque", "Opaque", "kubernetes.io/tls"]))
        else:
            obj = {"apiVersion": "v1", "data": dict(data), "kind": "Secret", "metadata": {"name": name, "namespace": ns, "uid": V.uuid4(r), "resourceVersion": str(r.randint(100000, 9999999))}, "type": "Opaque"}
            body = "$ kubectl get secret %s -n %s -o json\n%s" % (name, ns, json.dumps(obj, indent=4))
    elif mode == "docker_inspect":
        env = []
        for s in secs:
            vv = s.raw.replace("\n", "\\n")
            env.append("%s=%s" % (env_name(c, s), vv))
            labels.append((s.kind, F.appeared_json(vv) if "\n" not in s.raw else F.appeared_json(vv)))
        for n, f in r.sample(ENV_BENIGN, r.randint(4, 9)):
            env.append("%s=%s" % (n, f(c)))
        if not kinds:
            for kk in r.sample(["client_secret", "password", "access_token", "vendor_key"], 2):
                env.append("%s=%s" % (c.ch(ENV_NAMES.get(kk, ["STRIPE_SECRET_KEY"])), c.ch(F.PLACEHOLDERS[kk])))
        r.shuffle(env)
        img = c.ch(["registry.acme.it/checkout", "ghcr.io/northpeak/payments-api", "erp-connector"]) + ":" + V.version(r).split("+")[0]
        obj = [{"Id": V.sha256(r), "Created": V.iso_ts(r), "Path": c.ch(["node", "java", "/app/server"]), "Args": c.ch([["dist/main.js"], ["-jar", "/app/app.jar"], []]),
                "State": {"Status": c.ch(["running", "restarting", "exited"]), "ExitCode": c.ch([0, 1, 137]), "StartedAt": V.iso_ts(r)},
                "Image": "sha256:" + V.sha256(r), "Name": "/" + c.ch(["checkout", "payments-api", "erp-sync"]),
                "Config": {"Hostname": V.rs(r, V.HEX, 12), "Env": env, "Image": img, "Labels": {"org.opencontainers.image.revision": V.sha1(r), "org.opencontainers.image.version": V.version(r)}}}]
        txt = json.dumps(obj, indent=4, ensure_ascii=False)
        body = "$ docker inspect %s\n%s" % (obj[0]["Name"][1:], txt)
    elif mode == "compose":
        lines = []
        for s in secs:
            if s.kind == "private_key":
                vv = s.raw.replace("\n", "\\n")
                lines.append('      %s: "%s"' % (env_name(c, s), vv))
                labels.append((s.kind, vv))
            else:
                lines.append("      %s: %s" % (env_name(c, s), s.raw if " " not in s.raw else "'%s'" % s.raw))
                labels.append((s.kind, s.raw))
        for n, f in r.sample(ENV_BENIGN, r.randint(3, 6)):
            lines.append("      %s: %s" % (n, f(c)))
        if not kinds:
            lines.append("      PSP_CLIENT_SECRET: ${PSP_CLIENT_SECRET:?missing}")
            lines.append("      DB_PASSWORD_FILE: /run/secrets/db_password")
        r.shuffle(lines)
        svc = c.ch(["checkout", "api", "worker", "erp-sync"])
        body = "$ docker compose config\nname: %s\nservices:\n  %s:\n    image: %s:%s\n    environment:\n%s\n    ports:\n      - mode: ingress\n        target: 8080\n        published: \"8080\"\n        protocol: tcp" % (
            c.ch(["shop", "psp-integration"]), svc, c.ch(["registry.acme.it/checkout", "node", "eclipse-temurin"]), c.ch(["20-alpine", V.version(r).split("+")[0], "21-jre"]), "\n".join(lines))
    elif mode == "describe":
        keys = r.sample(["client_secret", "client_id", "tls.key", "tls.crt", "db_password", "stripe_secret_key", "refresh_token", "webhook_secret"], r.randint(2, 5))
        body = "$ kubectl describe secret %s -n %s\nName:         %s\nNamespace:    %s\nLabels:       app=%s\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\n%s" % (name, ns, name, ns, c.ch(["payments-api", "checkout"]), "\n".join("%s:  %d bytes" % (k.ljust(18), r.randint(8, 1800)) for k in keys))
    elif mode == "kubectl_list":
        rows = [(n, c.ch(["Opaque", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson"]), str(r.randint(1, 6)), "%dd" % r.randint(1, 400)) for n in r.sample(["psp-credentials", "payments-api-secrets", "regcred", "checkout-tls", "sftp-cbi", "open-banking-client"], r.randint(3, 5))]
        body = "$ kubectl get secrets -n %s\nNAME                   TYPE                             DATA   AGE\n%s\n$ kubectl get pods -n %s\nNAME                              READY   STATUS             RESTARTS   AGE\n%s" % (
            ns, "\n".join("%-22s %-32s %-6s %s" % rw for rw in rows), ns, "\n".join("%-33s %-7s %-18s %-10s %s" % ("payments-api-%s-%s" % (V.rs(r, "bcdfghjklmnpqrstvwxz2456789", 10), V.rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)), "0/1", c.ch(["CrashLoopBackOff", "Running", "Error"]), str(r.randint(0, 40)), "%dm" % r.randint(1, 90)) for _ in range(r.randint(1, 3))))
    else:
        data = [("PSP_BASE_URL", "https://" + c.ch(HOSTS)), ("PSP_CLIENT_ID", V.client_id(r)), ("LOG_LEVEL", "debug"), ("SDK_VERSION", V.version(r)), ("WEBHOOK_TOLERANCE_SECONDS", "300"), ("CA_BUNDLE_SHA256", V.sha256(r)), ("FEATURE_FLAGS", "sca_v2,idempotency")]
        body = "$ kubectl get configmap checkout-config -o yaml\napiVersion: v1\ndata:\n%s\nkind: ConfigMap\nmetadata:\n  name: checkout-config\n  namespace: %s\n  uid: %s" % ("\n".join('  %s: "%s"' % d for d in r.sample(data, r.randint(4, 7))), ns, V.uuid4(r))
    if mode == "docker_inspect":
        what = {"it": ["il docker inspect del container", "l'inspect del container"], "en": ["docker inspect of the container", "the container inspect output"]}[lang]
    elif mode == "compose":
        what = {"it": ["la config risolta di compose", "l'output di docker compose config"], "en": ["the resolved compose config", "docker compose config output"]}[lang]
    else:
        what = {"it": ["l'output di kubectl", "il secret come lo vede il cluster", "la config che vede il pod"], "en": ["the kubectl output", "the secret as the cluster sees it", "the config the pod gets"]}[lang]
    mids = {"it": ["Il pod va in CrashLoopBackOff appena parte la chiamata al token.", "Secondo me il base64 è sbagliato, potete verificare?", "Lo abbiamo creato con kubectl create secret generic --from-env-file.", "In locale con docker run funziona."],
            "en": ["The pod goes into CrashLoopBackOff as soon as it calls the token endpoint.", "I suspect the base64 is wrong, can you check?", "We created it with kubectl create secret generic --from-env-file.", "Works locally with docker run."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .6 else None), labels
