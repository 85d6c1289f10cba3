"""Configuration files pasted into escalations: Helm values, docker-compose, systemd, nginx, Apache, Spring, .NET, Rails, Django, k8s, netrc..."""
import base64
import json

from core import T

CFG_IT = ["Il cliente ha allegato il file di configurazione:", "Config del cliente (copiata dal ticket):", "Ecco il file che usano in produzione:",
          "Dal ticket — il problema secondo loro è qui dentro:", "Allegato al ticket:", "Il file incriminato:"]
CFG_EN = ["Customer attached their config file:", "Customer config (copied from the ticket):", "Here's the file they run in production:",
          "From the ticket — they think the problem is in here:", "Attached to the ticket:", "The file in question:"]


def intro(c, extra_it=(), extra_en=(), prob=0.8):
    if c.it:
        return c.p(list(CFG_IT) + list(extra_it)) + "\n\n"
    return (c.p(list(CFG_EN) + list(extra_en)) + "\n\n") if c.chance(prob) else ""


def outro(c):
    return c.p("", "", "\n\n" + c.L(c.p("Errore: connection refused.", "Il servizio non parte.", "Da oggi risponde 401."), c.p("Error: connection refused.", "Service won't start.", "Getting 401 since today.")))


# =========================================================================== POSITIVES

@T("helm-values")
def helm_values_leak(c):
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "adyen", "sendgrid", "datadog", "slack"))
    rpw = c.pw()
    q = c.p('"', "'", "")
    return intro(c) + (f"# values-prod.yaml\nreplicaCount: {c.r.randint(2, 6)}\nimage:\n  repository: ghcr.io/{c.p('acme', 'orbita', 'paganini')}/api\n  tag: \"{c.v.commit(True)}\"\n"
                       f"postgresql:\n  enabled: true\n  auth:\n    username: app\n    password: {q}{pw}{q}\n    database: payments\n"
                       f"redis:\n  auth:\n    enabled: true\n    password: {q}{rpw}{q}\n"
                       f"env:\n  - name: PROVIDER_API_KEY\n    value: {q}{key}{q}\n  - name: LOG_LEVEL\n    value: info\n"
                       f"ingress:\n  hosts:\n    - api.{c.domain()}") + outro(c)


@T("docker-compose")
def compose_env_leak(c):
    pw = c.pwu()
    tok = c.apikey()
    mq = c.pwu()
    style = c.p("map", "list")
    if style == "map":
        env_db = f"    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n      POSTGRES_DB: payments"
        env_app = f"    environment:\n      DATABASE_URL: postgres://app:{pw}@db:5432/payments\n      PARTNER_API_KEY: {tok}\n      AMQP_URL: amqp://svc:{mq}@mq:5672/%2F"
    else:
        env_db = f"    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD={pw}\n      - POSTGRES_DB=payments"
        env_app = f"    environment:\n      - DATABASE_URL=postgres://app:{pw}@db:5432/payments\n      - PARTNER_API_KEY={tok}\n      - AMQP_URL=amqp://svc:{mq}@mq:5672/%2F"
    return intro(c) + (f"services:\n  db:\n    image: postgres:16-alpine\n{env_db}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n"
                       f"  mq:\n    image: rabbitmq:3.13-management\n  app:\n    image: {c.p('acme', 'orbita')}/worker:latest\n    depends_on: [db, mq]\n{env_app}\n"
                       f"volumes:\n  pgdata: {{}}") + outro(c)


@T("systemd-unit")
def systemd_env_leak(c):
    tok = c.apikey()
    pw = c.pw()
    svc = c.p("partner-sync", "webhook-relay", "recon-exporter")
    return intro(c) + (f"# /etc/systemd/system/{svc}.service\n[Unit]\nDescription={svc.replace('-', ' ').title()}\nAfter=network-online.target\n\n"
                       f"[Service]\nUser={svc}\nExecStart=/usr/local/bin/{svc} --config /etc/{svc}/config.toml\n"
                       f"Environment=\"API_BASE=https://api.{c.domain()}\"\nEnvironment=\"API_TOKEN={tok}\"\nEnvironment=PGPASSWORD={pw}\n"
                       f"Restart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target") + outro(c)


@T("nginx-conf")
def nginx_basic_header_leak(c):
    user = c.p("partner", "sportello", "recon", "acme")
    pw = c.v.password(c.p("word", "random", "mixed"))
    blob = base64.b64encode(f"{user}:{pw}".encode()).decode()
    c.S("client_secret", blob)
    key = None
    extra = ""
    if c.chance(0.5):
        key = c.apikey()
        extra = f"        proxy_set_header X-Api-Key {key};\n"
    return intro(c) + (f"server {{\n    listen 443 ssl http2;\n    server_name gw.{c.domain()};\n    ssl_certificate     /etc/nginx/tls/fullchain.pem;\n    ssl_certificate_key /etc/nginx/tls/privkey.pem;\n\n"
                       f"    location /partner/ {{\n        proxy_pass https://api.{c.domain()}/;\n        proxy_set_header Authorization \"Basic {blob}\";\n{extra}"
                       f"        proxy_set_header X-Request-Id $request_id;\n    }}\n}}") + outro(c)


@T("apache-conf")
def apache_setenv_leak(c):
    pw = c.pw()
    tok = c.apikey()
    return intro(c) + (f"<VirtualHost *:443>\n    ServerName shop.{c.domain()}\n    DocumentRoot /var/www/shop/public\n"
                       f"    SetEnv DB_PASSWORD \"{pw}\"\n    SetEnv PAYMENT_API_KEY {tok}\n"
                       f"    RequestHeader set X-Partner-Id \"{c.client_id()}\"\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/certs/shop.crt\n"
                       f"    SSLCertificateKeyFile /etc/ssl/private/shop.key\n</VirtualHost>") + outro(c)


@T("spring-properties")
def spring_props_leak(c):
    pw = c.pw()
    sec = c.csec()
    host = c.p("db-prod", "10.1.4.20", "mysql.internal")
    dialect = c.p("postgresql", "mysql", "sqlserver", "oracle")
    url = {"postgresql": f"jdbc:postgresql://{host}:5432/payments", "mysql": f"jdbc:mysql://{host}:3306/payments?useSSL=true",
           "sqlserver": f"jdbc:sqlserver://{host}:1433;databaseName=payments;encrypt=true", "oracle": f"jdbc:oracle:thin:@{host}:1521/PAYPDB"}[dialect]
    return intro(c) + (f"# application-prod.properties\nserver.port=8080\nspring.datasource.url={url}\nspring.datasource.username=payments_app\n"
                       f"spring.datasource.password={pw}\nspring.jpa.hibernate.ddl-auto=validate\n"
                       f"spring.security.oauth2.client.registration.partner.client-id={c.client_id()}\n"
                       f"spring.security.oauth2.client.registration.partner.client-secret={sec}\n"
                       f"spring.security.oauth2.client.provider.partner.token-uri=https://auth.{c.domain()}/oauth/token\nlogging.level.root=INFO") + outro(c)


@T("spring-yaml")
def spring_yaml_leak(c):
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "sendgrid", "twilio", "mailgun"))
    return intro(c) + (f"spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/core\n    username: core\n    password: {pw}\n"
                       f"  rabbitmq:\n    host: mq\n    username: core\n    password: ${{RABBIT_PASSWORD}}\n"
                       f"provider:\n  api-key: {key}\n  timeout: 5s") + outro(c)


@T("appsettings-json")
def appsettings_leak(c):
    pw = c.pw()
    sec = c.csec()
    host = c.p("sql-prod.database.windows.net", "10.0.0.12", "SQL01\\\\PAYMENTS")
    acct = c.p("stpayments", "strecon", "stexports") + c.v.digits(3)
    skey = c.vkey("azure")
    conn = f"Server=tcp:{host},1433;Initial Catalog=Payments;User ID=payments_app;Password={pw};Encrypt=True;"
    return intro(c) + (
        "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n"
        f"    \"Payments\": \"{conn}\",\n"
        f"    \"Blob\": \"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={skey};EndpointSuffix=core.windows.net\"\n  }},\n"
        f"  \"AzureAd\": {{\n    \"Instance\": \"https://login.microsoftonline.com/\",\n    \"TenantId\": \"{c.v.uuid()}\",\n    \"ClientId\": \"{c.v.uuid()}\",\n"
        f"    \"ClientSecret\": \"{sec}\"\n  }},\n  \"AllowedHosts\": \"*\"\n}}") + outro(c)


@T("rails-credentials")
def rails_credentials_show(c):
    lab, key = c.vk(c.p("stripe", "aws", "sendgrid"))
    pw = c.pw()
    skb = c.S("client_secret", c.v.hexs(128))
    extra = ""
    if lab == "AWS secret access key":
        kid = c.S("vendor_key", c.v.aws_pair()[0])
        body = f"aws:\n  access_key_id: {kid}\n  secret_access_key: {key}\n"
    elif lab == "Stripe secret key":
        body = f"stripe:\n  secret_key: {key}\n  publishable_key: pk_live_{c.v.opaque(99)}\n"
    else:
        body = f"sendgrid:\n  api_key: {key}\n"
    return (c.L("Il cliente ha incollato l'output di `bin/rails credentials:show` (!!):\n\n", "Customer pasted the output of `bin/rails credentials:show` (!!):\n\n") +
            f"$ EDITOR=cat bin/rails credentials:show\n# aws:\n#   access_key_id: 123\n#   secret_access_key: 345\n\n{body}database:\n  password: {pw}\n\nsecret_key_base: {skb}")


@T("django-settings")
def django_settings_leak(c):
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "sendgrid", "mailgun", "google"))
    return intro(c) + (f"# settings/production.py\nimport os\nfrom .base import *\n\nDEBUG = False\nALLOWED_HOSTS = [\"api.{c.domain()}\"]\n"
                       f"SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n\nDATABASES = {{\n    \"default\": {{\n        \"ENGINE\": \"django.db.backends.postgresql\",\n"
                       f"        \"NAME\": \"payments\",\n        \"USER\": \"payments\",\n        \"PASSWORD\": \"{pw}\",\n        \"HOST\": \"db-prod\",\n        \"PORT\": \"5432\",\n    }}\n}}\n\n"
                       f"{'STRIPE_API_KEY' if 'Stripe' in lab else 'EMAIL_API_KEY'} = \"{key}\"  # TODO move to env") + outro(c)


@T("k8s-manifest")
def k8s_secret_stringdata(c):
    pw = c.pw()
    tok = c.apikey()
    return intro(c) + (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n"
                       f"  DB_PASSWORD: \"{pw}\"\n  PARTNER_TOKEN: \"{tok}\"\n  DB_USER: payments") + outro(c)


@T("kubeconfig")
def kubeconfig_token(c):
    tok = c.S("access_token", c.v.jwt(iss="kubernetes/serviceaccount", alg="RS256"))
    return intro(c) + (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{c.v.b64(120)}\n"
                       f"    server: https://{c.v.hexs(32).upper()}.gr7.eu-west-1.eks.amazonaws.com\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: ci\n  name: prod\n"
                       f"current-context: prod\nusers:\n- name: ci\n  user:\n    token: {tok}")


@T("dotfile")
def netrc_npmrc_leak(c):
    which = c.p("netrc", "npmrc", "pypirc", "pgpass", "mycnf", "gitcreds")
    dom = c.domain()
    if which == "netrc":
        pw = c.pw()
        body = f"# ~/.netrc\nmachine api.{dom}\n  login {c.client_id()}\n  password {pw}\nmachine github.com login x-access-token password {c.vkey('github')}"
    elif which == "npmrc":
        body = f"# .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={c.vkey('github')}\n//registry.npmjs.org/:_authToken={c.vkey('npm')}\nalways-auth=true"
    elif which == "pypirc":
        body = f"# ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {c.vkey('pypi')}"
    elif which == "pgpass":
        pw = c.pw()
        body = f"# ~/.pgpass\ndb-prod.internal:5432:payments:payments_ro:{pw}\n*:*:*:replicator:{c.pw()}"
    elif which == "mycnf":
        pw = c.pw()
        body = f"# ~/.my.cnf\n[client]\nuser=report\npassword=\"{pw}\"\nhost=mysql-prod.internal"
    else:
        tok = c.vkey(c.p("github", "gitlab"))
        body = f"# ~/.git-credentials\nhttps://{c.handle()}:{tok}@{c.p('github.com', 'gitlab.com')}"
    return intro(c, ["Il cliente ha mandato la sua home compressa per il debug, dentro c'è:"], ["Customer zipped their home dir for debugging, inside:"]) + body


@T("service-account-json")
def gcp_service_account(c):
    key = c.v.pem("PRIVATE KEY")
    esc = c.jesc(key + "\n")
    c.S("private_key", esc[:-2])  # label the block, not the trailing \n escape
    proj = c.p("sportello-prod", "acme-pay-382211", "orbita-billing")
    email = f"{c.p('recon', 'exporter', 'ci-deploy')}@{proj}.iam.gserviceaccount.com"
    return intro(c, ["Ci hanno mandato il JSON del service account per capire i permessi:"], ["They sent the service-account JSON so we can check permissions:"]) + (
        "{\n  \"type\": \"service_account\",\n" f"  \"project_id\": \"{proj}\",\n  \"private_key_id\": \"{c.v.hexs(40)}\",\n"
        f"  \"private_key\": \"{esc}\",\n  \"client_email\": \"{email}\",\n  \"client_id\": \"{c.v.digits(21)}\",\n"
        "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}")


@T("laravel-env")
def laravel_env(c):
    pw = c.pw()
    mpw = c.pw()
    nexi_alias = f"ALIAS_WEB_{c.v.digits(8)}"
    lab, key = c.vk("nexi")
    return intro(c) + (f"APP_NAME=Negozio\nAPP_ENV=production\nAPP_KEY=base64:{c.S('client_secret', c.v.b64(32))}\nAPP_URL=https://negozio.{c.domain()}\n\n"
                       f"DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_DATABASE=negozio\nDB_USERNAME=negozio\nDB_PASSWORD={pw}\n\n"
                       f"MAIL_MAILER=smtp\nMAIL_HOST=smtps.aruba.it\nMAIL_USERNAME=ordini@{c.domain()}\nMAIL_PASSWORD={mpw}\n\n"
                       f"XPAY_ALIAS={nexi_alias}\nXPAY_CHIAVE_SEGRETA={key}\nXPAY_ENV=prod")


@T("ini-config")
def ini_odbc_redis(c):
    which = c.p("odbc", "redis", "kafka", "rabbit")
    pw = c.pw()
    if which == "odbc":
        body = f"[PaymentsDSN]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql-prod,1433\nDatabase=Payments\nUID=report_ro\nPWD={pw}\nEncrypt=yes"
    elif which == "redis":
        body = f"# redis.conf (estratto)\nbind 0.0.0.0\nport 6379\nprotected-mode yes\nrequirepass {pw}\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru"
    elif which == "kafka":
        body = (f"bootstrap.servers=pkc-{c.v.opaque(5).lower()}.eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
                f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{c.v.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\" password=\"{pw}\";\n"
                f"client.id={c.client_id()}")
    else:
        body = f"# rabbitmq.conf\nlisteners.tcp.default = 5672\ndefault_user = payments\ndefault_pass = {pw}\nmanagement.tcp.port = 15672"
    return intro(c) + body + outro(c)


@T("php-config")
def wp_config_leak(c):
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "paypal", "square"))
    salts = "\n".join(f"define('{n}', '{c.S('client_secret', c.v.s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~', 64))}');"
                      for n in c.shuffle(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"])[:c.r.randint(1, 2)])
    return intro(c, ["wp-config.php del negozio del cliente (plugin di pagamento che non funziona):"], ["The customer's shop wp-config.php (payment plugin not working):"]) + (
        f"<?php\ndefine( 'DB_NAME', 'shop_prod' );\ndefine( 'DB_USER', 'shop' );\ndefine( 'DB_PASSWORD', '{pw}' );\ndefine( 'DB_HOST', 'localhost' );\n\n{salts}\n\n"
        f"define( 'PAYMENT_GATEWAY_SECRET', '{key}' );\n$table_prefix = 'wp_';")


# =========================================================================== NEGATIVES

@T("helm-values", pos=False)
def helm_values_neg(c):
    return intro(c) + (f"# values-prod.yaml\nreplicaCount: {c.r.randint(2, 6)}\nimage:\n  repository: ghcr.io/acme/api\n  digest: sha256:{c.v.sha256()}\n"
                       "postgresql:\n  auth:\n    existingSecret: payments-db\n    secretKeys:\n      userPasswordKey: password\n"
                       "env:\n  - name: PROVIDER_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: provider-keys\n        key: api-key\n"
                       "  - name: DB_PASSWORD\n    value: {{ .Values.db.password | quote }}\n"
                       f"  - name: CLIENT_ID\n    value: {c.client_id()}\n"
                       "extraEnv: |\n  - name: WEBHOOK_SECRET\n    value: {{ required \"webhook secret\" .Values.webhook.secret }}")


@T("docker-compose", pos=False)
def compose_neg(c):
    db = c.p("postgres:16-alpine", "postgres:15", "mysql:8.4", "mariadb:11")
    pwvar = "POSTGRES_PASSWORD" if "postgres" in db else "MYSQL_ROOT_PASSWORD"
    svc = c.p("worker", "api", "recon", "webhooks")
    img = f"{c.p('acme', 'orbita', 'paganini', 'vespa')}/{svc}:{c.p('latest', c.v.commit(True), '2.' + str(c.r.randint(0, 20)))}"
    env = c.shuffle([f"      DATABASE_URL: {c.p('postgres', 'mysql')}://app:${{{pwvar}:?required}}@db:{c.p('5432', '3306')}/{c.p('payments', 'shop', 'core')}",
                     f"      PARTNER_API_KEY: ${{PARTNER_API_KEY}}", f"      TZ: {c.p('Europe/Rome', 'UTC', 'Europe/London')}", f"      CLIENT_ID: {c.client_id()}",
                     f"      WEBHOOK_SECRET_FILE: /run/secrets/webhook_secret"])[:c.r.randint(3, 5)]
    return intro(c) + (f"services:\n  db:\n    image: {db}\n    environment:\n      {pwvar}_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\n"
                       f"  {svc}:\n    image: {img}\n    env_file: {c.p('.env.prod', '.env', 'config/prod.env')}\n    environment:\n" + "\n".join(env) + "\n"
                       f"secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n  webhook_secret:\n    external: true")


@T("systemd-unit", pos=False)
def systemd_neg(c):
    svc = c.p("partner-sync", "webhook-relay", "recon-exporter")
    return intro(c) + (f"[Unit]\nDescription={svc}\n\n[Service]\nUser={svc}\nEnvironmentFile=/etc/{svc}/env\nLoadCredential=api-token:/etc/credstore/{svc}.token\n"
                       f"ExecStart=/usr/local/bin/{svc} --token-file ${{CREDENTIALS_DIRECTORY}}/api-token\nEnvironment=\"API_BASE=https://api.{c.domain()}\"\n"
                       f"Environment=\"CLIENT_ID={c.client_id()}\"\nProtectSystem=strict\n\n[Install]\nWantedBy=multi-user.target")


@T("nginx-conf", pos=False)
def nginx_neg(c):
    return intro(c) + (f"server {{\n    listen 443 ssl;\n    server_name gw.{c.domain()};\n    ssl_certificate     /etc/nginx/tls/fullchain.pem;\n    ssl_certificate_key /etc/nginx/tls/privkey.pem;\n"
                       f"    location /admin/ {{\n        auth_basic \"Restricted\";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n    }}\n"
                       f"    location /partner/ {{\n        proxy_pass https://api.{c.domain()}/;\n        proxy_set_header Authorization $http_authorization;\n"
                       f"        proxy_set_header X-Request-Id $request_id;\n        add_header Strict-Transport-Security \"max-age=63072000\" always;\n    }}\n}}")


@T("apache-conf", pos=False)
def apache_neg(c):
    return intro(c) + (f"<VirtualHost *:443>\n    ServerName shop.{c.domain()}\n    PassEnv DB_PASSWORD PAYMENT_API_KEY\n"
                       f"    <Location /admin>\n        AuthType Basic\n        AuthName \"admin\"\n        AuthUserFile /etc/apache2/.htpasswd\n        Require valid-user\n    </Location>\n"
                       f"    Header always set X-Frame-Options DENY\n</VirtualHost>")


@T("spring-properties", pos=False)
def spring_neg(c):
    return intro(c) + (f"spring.datasource.url=jdbc:postgresql://db-prod:5432/payments\nspring.datasource.username=payments_app\n"
                       f"spring.datasource.password=${{DB_PASSWORD}}\nspring.security.oauth2.client.registration.partner.client-id={c.client_id()}\n"
                       f"spring.security.oauth2.client.registration.partner.client-secret=ENC({c.v.b64(48)})\n"
                       f"jasypt.encryptor.password=${{JASYPT_PASSWORD}}\nmanagement.endpoints.web.exposure.include=health,info")


@T("appsettings-json", pos=False)
def appsettings_neg(c):
    return intro(c) + (
        "{\n  \"ConnectionStrings\": {\n    \"Payments\": \"Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=Payments;Authentication=Active Directory Managed Identity;Encrypt=True;\"\n  },\n"
        f"  \"AzureAd\": {{\n    \"TenantId\": \"{c.v.uuid()}\",\n    \"ClientId\": \"{c.v.uuid()}\",\n"
        f"    \"ClientSecret\": \"@Microsoft.KeyVault(SecretUri=https://kv-payments.vault.azure.net/secrets/PartnerClientSecret/)\"\n  }},\n"
        f"  \"Stripe\": {{ \"SecretKey\": \"<REDACTED>\", \"PublishableKey\": \"pk_live_{c.v.opaque(40)}\" }}\n}}")


@T("rails-credentials", pos=False)
def rails_encrypted_neg(c):
    blob = c.v.b64(c.r.randint(120, 300)) + "--" + c.v.b64(12, pad=True) + "--" + c.v.b64(16)
    return (c.L("Il cliente ha allegato il file cifrato (senza master.key, per fortuna):\n\n", "Customer attached the encrypted file (without master.key, luckily):\n\n") +
            f"$ cat config/credentials/production.yml.enc\n{blob}\n\n$ cat config/credentials/production.key\ncat: config/credentials/production.key: No such file or directory")


@T("django-settings", pos=False)
def django_neg(c):
    return intro(c) + ("import os\nimport environ\n\nenv = environ.Env()\nSECRET_KEY = env(\"DJANGO_SECRET_KEY\")\nDATABASES = {\"default\": env.db(\"DATABASE_URL\")}\n"
                       "STRIPE_API_KEY = os.getenv(\"STRIPE_API_KEY\", \"\")\nEMAIL_HOST_PASSWORD = os.environ.get(\"EMAIL_HOST_PASSWORD\")\n"
                       "PASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]\nAUTH_PASSWORD_VALIDATORS = [{\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 12}}]")


@T("k8s-manifest", pos=False)
def k8s_neg(c):
    name = c.p("payments-credentials", "partner-keys", "recon-secrets", "webhook-signing")
    path = f"kv/{c.p('payments', 'partners', 'recon')}/{c.p('prod', 'production', 'eu-prod')}"
    props = c.shuffle([("DB_PASSWORD", "db_password"), ("PARTNER_TOKEN", "partner_token"), ("WEBHOOK_SECRET", "webhook_secret"), ("CLIENT_SECRET", "client_secret")])[:c.r.randint(1, 3)]
    data = "".join(f"    - secretKey: {k}\n      remoteRef:\n        key: {path}\n        property: {p}\n" for k, p in props)
    return intro(c) + (f"apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: {name}\n  namespace: {c.p('prod', 'payments', 'default')}\nspec:\n"
                       f"  refreshInterval: {c.p('1h', '15m', '24h')}\n  secretStoreRef:\n    name: {c.p('vault-backend', 'aws-sm', 'gcp-sm')}\n    kind: ClusterSecretStore\n"
                       f"  target:\n    name: {name}\n  data:\n" + data.rstrip("\n"))


@T("dotfile", pos=False)
def dotfile_neg(c):
    which = c.p("npmrc", "netrc", "pip")
    if which == "npmrc":
        body = "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}"
    elif which == "netrc":
        body = f"machine api.{c.domain()}\n  login YOUR_CLIENT_ID\n  password YOUR_CLIENT_SECRET"
    else:
        body = "[global]\nindex-url = https://__token__:${PYPI_PROXY_TOKEN}@pypi.internal/simple\ntimeout = 30"
    return intro(c, ["Esempio dalla nostra documentazione che il cliente dice di aver copiato:"], ["Example from our docs the customer says they copied:"]) + body


@T("service-account-json", pos=False)
def sa_json_neg(c):
    proj = c.p("sportello-prod", "acme-pay-382211")
    return intro(c, ["Config di workload identity federation (nessuna chiave):"], ["Workload identity federation config (no key):"]) + json.dumps({
        "type": "external_account", "audience": f"//iam.googleapis.com/projects/{c.v.digits(12)}/locations/global/workloadIdentityPools/github/providers/gh",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
        "service_account_impersonation_url": f"https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/ci@{proj}.iam.gserviceaccount.com:generateAccessToken",
        "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token"}}, indent=2)


@T("laravel-env", pos=False)
def laravel_env_example_neg(c):
    app = c.p("Negozio", "Bottega", "Shop", "Gestionale", "Checkout")
    ph = c.p("changeme", "secret", "password", "<db-password>", "", "xxxxxxxx", "your-password-here")
    key_ph = c.p("la-tua-chiave-segreta", "CHIAVE_SEGRETA_QUI", "<chiave>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "")
    alias = c.p("ALIAS_WEB_00000000", "ALIAS_WEB_XXXXXXXX", "<alias>")
    lines = [f"APP_NAME={app}", f"APP_ENV={c.p('local', 'testing')}", "APP_KEY=", f"APP_URL=http://localhost:{c.p('8000', '8080', '80')}",
             "DB_CONNECTION=" + c.p("mysql", "pgsql", "sqlite"), f"DB_DATABASE={c.p('laravel', app.lower(), 'homestead')}", f"DB_USERNAME={c.p('root', 'homestead', 'sail')}",
             f"DB_PASSWORD={ph}", f"MAIL_PASSWORD={c.p('null', '', '${MAIL_SECRET}')}", f"XPAY_ALIAS={alias}", f"XPAY_CHIAVE_SEGRETA={key_ph}",
             f"STRIPE_SECRET={c.p('sk_test_XXXXXXXXXXXXXXXXXXXXXXXX', 'sk_test_...', '')}"]
    keep = [l for l in lines if c.chance(0.85)]
    return (c.L(c.p("Il cliente ha mandato il .env.example (valori di esempio, va bene):\n\n", "File di esempio del progetto (non quello di produzione):\n\n"),
                c.p("Customer sent .env.example (sample values, fine):\n\n", "The project's example file (not the production one):\n\n")) + "\n".join(keep))


@T("ini-config", pos=False)
def ini_neg(c):
    which = c.p("redis", "kafka", "odbc")
    if which == "redis":
        body = "# redis.conf\nport 6379\nrequirepass %(REDIS_PASSWORD)s\naclfile /etc/redis/users.acl"
    elif which == "kafka":
        body = ("bootstrap.servers=broker:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=OAUTHBEARER\n"
                "sasl.login.callback.handler.class=io.strimzi.kafka.oauth.client.JaasClientOauthLoginCallbackHandler\n"
                f"sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required oauth.client.id=\"{c.client_id()}\" oauth.client.secret=\"${{file:/opt/kafka/secrets.properties:client.secret}}\";")
    else:
        body = "[PaymentsDSN]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:sql-prod,1433\nTrusted_Connection=yes\nDatabase=Payments"
    return intro(c) + body


@T("php-config", pos=False)
def wp_config_neg(c):
    return intro(c) + ("<?php\ndefine( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );\ndefine( 'DB_USER', getenv('WORDPRESS_DB_USER') );\n"
                       "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n"
                       "define( 'PAYMENT_GATEWAY_SECRET', $_ENV['PAYMENT_GATEWAY_SECRET'] ?? '' );\n$table_prefix = 'wp_';")


@T("kubeconfig", pos=False)
def kubeconfig_exec_neg(c):
    return intro(c) + (f"apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                       f"      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"prod\"]\n"
                       f"clusters:\n- cluster:\n    server: https://{c.v.hexs(32).upper()}.gr7.eu-west-1.eks.amazonaws.com\n  name: prod")
