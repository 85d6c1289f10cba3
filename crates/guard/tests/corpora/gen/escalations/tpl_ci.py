"""CI/CD logs and infrastructure tool output: GitHub Actions, GitLab CI, Jenkins, Terraform, Ansible, docker build, kubectl."""
import base64
import json

from core import T


def intro(c, it_opts, en_opts, prob=0.8):
    if c.it:
        return c.p(it_opts) + "\n\n"
    return (c.p(en_opts) + "\n\n") if c.chance(prob) else ""


def gha_ts(c):
    c.t = c.t.__class__.fromtimestamp(c.t.timestamp() + c.r.randint(0, 4) + c.r.random())
    return c.t.strftime("%Y-%m-%dT%H:%M:%S.") + c.v.digits(7) + "Z"


def gha(c, lines):
    return "\n".join(f"{gha_ts(c)} {l}" for l in lines)


CI_IT = ["Il cliente ha allegato il log della pipeline che fallisce:", "Log del job di deploy (copiato dal ticket):",
         "Dal ticket, output completo della build:", "Incollo il log che ci hanno mandato, guardate la parte del deploy:",
         "Log CI allegato all'escalation — il problema è il 401 verso la nostra API:"]
CI_EN = ["Customer attached the failing pipeline log:", "Deploy job log (copied from the ticket):", "From the ticket, full build output:",
         "Pasting the log they sent, look at the deploy step:", "CI log attached to the escalation — the issue is the 401 against our API:"]


# =========================================================================== POSITIVES

@T("ci-log")
def gha_base64_leak(c):
    pw = c.v.password(c.p("random", "mixed", "word"))
    user = c.p("deploy", "ci-bot", "svc_release")
    blob = base64.b64encode(f"{user}:{pw}".encode()).decode()
    c.S("client_secret", blob)
    dom = c.domain()
    lines = ["##[group]Run ./scripts/publish.sh", "./scripts/publish.sh", "shell: /usr/bin/bash -e {0}", "env:",
             "  REGISTRY_USER: ***", "  REGISTRY_PASSWORD: ***", "##[endgroup]",
             "+ AUTH=$(echo -n \"$REGISTRY_USER:$REGISTRY_PASSWORD\" | base64)",
             f"+ curl -sf -H 'Authorization: Basic {blob}' https://registry.{dom}/v2/_catalog",
             "curl: (22) The requested URL returned error: 403",
             "##[error]Process completed with exit code 22."]
    return intro(c, CI_IT, CI_EN) + gha(c, lines)


@T("ci-log")
def gha_dynamic_token_leak(c):
    tok = c.jwt()
    dom = c.domain()
    lines = ["##[group]Run curl -s -X POST https://auth." + dom + "/oauth/token -d grant_type=client_credentials ...",
             "curl -s -X POST https://auth." + dom + "/oauth/token -d grant_type=client_credentials -u \"$CLIENT_ID:$CLIENT_SECRET\" | tee token.json",
             "shell: /usr/bin/bash -e {0}", "env:", "  CLIENT_ID: ***", "  CLIENT_SECRET: ***", "##[endgroup]",
             json.dumps({"access_token": tok, "token_type": "Bearer", "expires_in": 3600, "scope": "payments:write"}),
             "##[group]Run ./smoke-test.sh", "##[endgroup]",
             "smoke: POST /v1/payments -> 422 {\"error\":\"amount_too_small\"}",
             "##[error]Process completed with exit code 1."]
    return intro(c, CI_IT, CI_EN) + gha(c, lines)


@T("ci-log")
def gha_hardcoded_env_leak(c):
    lab, key = c.vk(c.p("stripe_test", "stripe", "sendgrid", "npm", "google", "slack"))
    name = {"Stripe test key": "STRIPE_KEY", "Stripe secret key": "STRIPE_KEY", "SendGrid key": "SENDGRID_API_KEY", "npm token": "NODE_AUTH_TOKEN",
            "Google API key": "MAPS_API_KEY", "Slack token": "SLACK_TOKEN"}[lab]
    lines = [f"##[group]Run npm run {c.p('e2e', 'deploy', 'release')}", f"npm run {c.p('e2e', 'deploy', 'release')}", "shell: /usr/bin/bash -e {0}", "env:",
             "  CI: true", f"  {name}: {key}", "  API_BASE: https://sandbox." + c.domain(), "  GH_TOKEN: ***", "##[endgroup]",
             "> app@1.0.0 e2e", "> playwright test", f"Running {c.r.randint(10, 90)} tests using 4 workers",
             f"  {c.r.randint(1, 5)} failed"]
    pre = c.L("Nel workflow la chiave è scritta in chiaro nel blocco env invece che come secret, infatti non viene mascherata:\n\n",
              "The key is hardcoded in the workflow env block instead of a secret, so it isn't masked:\n\n")
    return pre + gha(c, lines)


@T("ci-log")
def gitlab_unmaskable_leak(c):
    pw = c.S("password", c.v.s("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6) + c.p("!", "#", " ", "%", "!") + c.v.s("abcdefghijkmnpqrstuvwxyz23456789", 5))
    pw_ok = pw
    dom = c.domain()
    lines = ["Running with gitlab-runner 16.11.0 (91a27b2a)", f"  on docker-runner-{c.r.randint(1, 9)} {c.v.opaque(8)}, system ID: s_{c.v.hexs(12)}",
             "Preparing the \"docker\" executor", "Using Docker executor with image alpine:3.19 ...",
             "Getting source from Git repository", f"Checking out {c.v.commit(True)} as detached HEAD (ref is main)...",
             "Executing \"step_script\" stage of the job script",
             "$ echo \"deploy token: $DEPLOY_TOKEN\"", "deploy token: [MASKED]",
             f"$ lftp -u deployer,\"$FTP_PASSWORD\" sftp://upload.{dom} -e 'mirror -R dist/ /www; quit'",
             f"+ lftp -u deployer,'{pw_ok}' sftp://upload.{dom}",
             "mirror: Login failed: 530 Login incorrect.",
             "ERROR: Job failed: exit code 1"]
    note = c.L("\n\n(nota: GitLab non riesce a mascherare la variabile FTP_PASSWORD perché contiene caratteri non supportati)",
               "\n\n(note: GitLab can't mask FTP_PASSWORD because it contains unsupported characters)")
    return intro(c, CI_IT, CI_EN) + "\n".join(lines) + note


@T("ci-log")
def jenkins_set_x_leak(c):
    tok = c.S("access_token", c.v.own_api_key())
    dom = c.domain()
    n = c.r.randint(100, 3000)
    lines = [f"Started by user {c.person()}", "Running in Durability level: MAX_SURVIVABILITY", "[Pipeline] Start of Pipeline",
             "[Pipeline] node", f"Running on agent-{c.r.randint(1, 12)} in /var/jenkins/workspace/partner-sync",
             "[Pipeline] withCredentials", "Masking supported pattern matches of $API_CLIENT_SECRET", "[Pipeline] {", "[Pipeline] sh",
             "+ set -x", "+ ./get_token.sh", f"++ curl -s https://auth.{dom}/token -d client_secret=****", f"+ TOKEN={tok}",
             f"+ curl -H 'X-Api-Key: {tok}' https://api.{dom}/v2/sync?since=2024-01-01", "HTTP/1.1 429 Too Many Requests",
             "[Pipeline] }", "[Pipeline] // withCredentials", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 22",
             f"Finished: FAILURE"]
    return intro(c, CI_IT, CI_EN) + f"Console Output #{n}\n" + "\n".join(lines)


@T("terraform")
def terraform_plan_helm_set(c):
    pw = c.pw()
    rel = c.p("payments", "ledger", "webhooks")
    lines = ["Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:",
             "  ~ update in-place", "", "Terraform will perform the following actions:", "",
             f"  # helm_release.{rel} will be updated in-place", f"  ~ resource \"helm_release\" \"{rel}\" {{",
             f"        id        = \"{rel}\"", f"        name      = \"{rel}\"",
             "      ~ version   = \"1.8.2\" -> \"1.9.0\"",
             "        # (24 unchanged attributes hidden)", "",
             "      + set {", "          + name  = \"postgresql.auth.password\"", f"          + value = \"{pw}\"", "        }",
             "      + set_sensitive {", "          # At least one attribute in this block is (or was) sensitive,", "          # so its contents will not be displayed.", "        }",
             "    }", "", "Plan: 0 to add, 1 to change, 0 to destroy."]
    return intro(c, ["Output del terraform plan del cliente (notare che `set` mostra il valore, `set_sensitive` no):", "Il piano che ci hanno incollato:"],
                 ["Customer's terraform plan output (note `set` shows the value, `set_sensitive` doesn't):", "The plan they pasted:"]) + "\n".join(lines)


@T("terraform")
def terraform_apply_outputs(c):
    pw = c.pwu()
    host = c.p("payments-db.c9x" + c.v.opaque(8).lower() + ".eu-south-1.rds.amazonaws.com", "10.40.2.17", "pg-prod.internal")
    lab, key = c.vk(c.p("do", "datadog", "sendgrid"))
    lines = ["aws_db_instance.main: Modifications complete after 2m41s [id=db-" + c.v.opaque(26).upper() + "]",
             "", "Apply complete! Resources: 1 added, 2 changed, 0 destroyed.", "", "Outputs:", "",
             f"api_endpoint = \"https://api.{c.domain()}\"",
             f"db_connection_string = \"postgresql://app_admin:{pw}@{host}:5432/payments\"",
             "db_password = <sensitive>",
             f"monitoring_key = \"{key}\"",
             f"vpc_id = \"vpc-{c.v.hexs(17)}\""]
    return intro(c, ["Il cliente ci manda l'output dell'apply per mostrarci l'endpoint:", "Da terraform apply (il DB password è sensitive, la connection string no):"],
                 ["Customer sends the apply output to show us the endpoint:", "From terraform apply (db_password is sensitive, the connection string isn't):"]) + "\n".join(lines)


@T("ansible")
def ansible_loop_item_leak(c):
    lab1, k1 = c.vk(c.p("stripe", "adyen", "nexi", "square"))
    lab2, k2 = c.vk(c.p("sendgrid", "mailgun", "twilio"))
    hosts = [f"app-{c.r.randint(1, 9)}" for _ in range(c.r.randint(1, 2))]
    out = [f"PLAY [app servers] {'*' * 60}", "", f"TASK [Gathering Facts] {'*' * 56}"]
    out += [f"ok: [{h}]" for h in hosts]
    out += ["", f"TASK [app : write environment file] {'*' * 43}"]
    for h in hosts:
        out.append(f"changed: [{h}] => (item={{'name': 'PAYMENT_PROVIDER_KEY', 'value': '{k1}'}})")
        out.append(f"changed: [{h}] => (item={{'name': 'MAIL_API_KEY', 'value': '{k2}'}})")
        out.append(f"ok: [{h}] => (item={{'name': 'LOG_LEVEL', 'value': 'info'}})")
    out += ["", f"PLAY RECAP {'*' * 66}"] + [f"{h}                      : ok=2    changed=1    unreachable=0    failed=0" for h in hosts]
    return intro(c, ["Output di ansible-playbook -v allegato dal cliente (manca no_log sul task):", "Log ansible del deploy:"],
                 ["ansible-playbook -v output attached by the customer (task is missing no_log):", "Ansible deploy log:"]) + "\n".join(out)


@T("ci-log")
def docker_build_arg_leak(c):
    lab, key = c.vk(c.p("npm", "github", "gitlab", "pypi"))
    steps = c.r.randint(9, 14)
    if lab == "npm token":
        arg, run = "NPM_TOKEN", f"RUN echo \"//registry.npmjs.org/:_authToken={key}\" > ~/.npmrc"
        fail = ["#6 [3/%d] RUN npm ci" % steps, "#6 12.41 npm ERR! code E401", "#6 12.41 npm ERR! 401 Unauthorized - GET https://registry.npmjs.org/@acme%2fsdk",
                "#6 ERROR: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1"]
    elif lab == "PyPI token":
        arg, run = "PYPI_TOKEN", f"RUN TWINE_USERNAME=__token__ TWINE_PASSWORD={key} twine upload dist/*"
        fail = ["#6 1.92 Uploading acme_sdk-2.4.1-py3-none-any.whl", "#6 2.31 ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/",
                "#6 ERROR: process \"/bin/sh -c twine upload dist/*\" did not complete successfully: exit code: 1"]
    else:
        host = "github.com" if lab.startswith("GitHub") else "gitlab.com"
        arg = "GIT_TOKEN"
        run = f"RUN git config --global url.\"https://oauth2:{key}@{host}/\".insteadOf \"https://{host}/\""
        fail = ["#6 [3/%d] RUN go mod download" % steps, f"#6 3.02 go: {host}/acme/internal-sdk@v1.8.0: reading {host}/acme/internal-sdk/go.mod: 401 Unauthorized",
                "#6 ERROR: process \"/bin/sh -c go mod download\" did not complete successfully: exit code: 1"]
    lines = ["#0 building with \"default\" instance using docker driver", "",
             "#1 [internal] load build definition from Dockerfile", "#1 transferring dockerfile: 812B done", "#1 DONE 0.0s",
             f"#5 [2/{steps}] {run}", "#5 DONE 0.3s"] + fail + [f"WARNING: Build arg {arg} is visible in image history; use --secret instead"]
    return intro(c, ["Output di docker build del cliente:", "Il build dell'immagine fallisce, log:"], ["Customer docker build output:", "Image build fails, log:"]) + "\n".join(lines)


@T("ci-log")
def kubectl_describe_env_leak(c):
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "aws", "twilio", "sendgrid"))
    extra = ""
    if lab == "AWS secret access key":
        kid = c.S("vendor_key", c.v.aws_pair()[0])
        extra = f"      AWS_ACCESS_KEY_ID:      {kid}\n"
        kname = "AWS_SECRET_ACCESS_KEY"
    else:
        kname = {"Stripe secret key": "STRIPE_API_KEY", "Twilio auth token": "TWILIO_AUTH_TOKEN", "SendGrid key": "SENDGRID_KEY"}[lab]
    pod = f"payments-api-{c.v.hexs(10)}-{c.v.s('bcdfghjklmnpqrstvwxz2456789', 5)}"
    return (intro(c, ["kubectl describe del pod che va in CrashLoopBackOff (dal cliente):", "Ecco il describe del pod:"],
                  ["kubectl describe of the pod in CrashLoopBackOff (from the customer):", "Here's the pod describe:"]) +
            f"Name:             {pod}\nNamespace:        prod\nNode:             ip-10-0-{c.r.randint(1, 250)}-{c.r.randint(1, 250)}.eu-west-1.compute.internal\n"
            f"Status:           Running\nContainers:\n  api:\n    Image:          ghcr.io/{c.p('acme', 'paganini', 'orbita')}/payments-api:{c.v.commit(True)}\n"
            f"    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Environment:\n      PORT:                   8080\n"
            f"      DB_PASSWORD:            {pw}\n{extra}      {kname}:{' ' * max(1, 24 - len(kname))}{key}\n"
            f"      WEBHOOK_SECRET:         <set to the key 'secret' in secret 'webhook'>  Optional: false\n"
            f"Events:\n  Warning  BackOff  {c.r.randint(1, 50)}s (x{c.r.randint(3, 40)} over 10m)  kubelet  Back-off restarting failed container")


@T("ci-log")
def aws_sts_output_leak(c):
    kid = "ASIA" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    c.S("vendor_key", kid)
    sk = c.vkey("aws")
    st = c.S("vendor_key", "IQoJb3JpZ2luX2VjE" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 300) + "==")
    out = json.dumps({"Credentials": {"AccessKeyId": kid, "SecretAccessKey": sk, "SessionToken": st, "Expiration": c.iso()},
                      "AssumedRoleUser": {"AssumedRoleId": "AROA" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17) + ":ci-deploy",
                                          "Arn": f"arn:aws:sts::{c.v.digits(12)}:assumed-role/ci-deploy/ci-deploy"}}, indent=4)
    return intro(c, ["Il cliente per mostrarci che il ruolo funziona ha incollato l'output di `aws sts assume-role`:", "Dal log del job:"],
                 ["To show the role works the customer pasted `aws sts assume-role` output:", "From the job log:"]) + "$ aws sts assume-role --role-arn ... --role-session-name ci-deploy\n" + out


@T("ci-log")
def circleci_env_print_leak(c):
    pw = c.pw()
    tok = c.apikey()
    lines = ["#!/bin/bash -eo pipefail", "printenv | sort", "CIRCLECI=true", f"CIRCLE_BRANCH={c.p('main', 'release/2.4', 'fix/webhooks')}",
             f"CIRCLE_BUILD_NUM={c.r.randint(1000, 9999)}", f"CIRCLE_SHA1={c.v.commit()}", "HOME=/home/circleci",
             f"PARTNER_API_KEY={tok}", "PARTNER_API_URL=https://api." + c.domain(), f"PGPASSWORD={pw}", "PGUSER=circleci", "SHELL=/bin/bash"]
    return intro(c, ["Step di debug aggiunto dal cliente (stampa tutte le variabili, quelle di progetto non sono mascherate perché definite nel config.yml):", "Output CircleCI:"],
                 ["Debug step the customer added (prints every variable; project ones aren't masked because they're in config.yml):", "CircleCI output:"]) + "\n".join(lines)


@T("ci-log")
def gha_partial_mask_leak(c):
    tok = c.v.own_api_key()
    rt = c.rt()
    lines = ["##[group]Run ./refresh-token.sh", "##[endgroup]",
             "Refreshing partner token...", "response: {\"access_token\":\"***\",\"refresh_token\":\"" + rt + "\",\"expires_in\":900}",
             "##[warning]refresh_token is not registered with ::add-mask:: and was printed",
             "Token refreshed."]
    return intro(c, CI_IT, CI_EN) + gha(c, lines)


# =========================================================================== NEGATIVES

@T("ci-log", pos=False)
def gha_masked_neg(c):
    dom = c.domain()
    lines = ["##[group]Run ./deploy.sh", "./deploy.sh", "shell: /usr/bin/bash -e {0}", "env:", "  API_KEY: ***", "  CLIENT_SECRET: ***",
             f"  CLIENT_ID: {c.client_id()}", f"  DEPLOY_ENV: {c.p('production', 'staging')}", "##[endgroup]",
             f"Deploying commit {c.v.commit()} to {dom}",
             "Requesting token with client_id=" + c.client_id() + " client_secret=***",
             f"POST https://api.{dom}/v1/deployments -> 201 (request-id {c.v.uuid()})",
             f"Image digest: sha256:{c.v.sha256()}", "Done in 41.2s"]
    return intro(c, CI_IT, CI_EN) + gha(c, lines)


@T("ci-log", pos=False)
def gha_workflow_file_neg(c):
    return (intro(c, ["Workflow del cliente (per capire come passano i segreti):", "File .github/workflows/deploy.yml allegato:"],
                  ["Customer's workflow (to see how they pass secrets):", "Attached .github/workflows/deploy.yml:"]) +
            "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n"
            "    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n"
            f"          role-to-assume: arn:aws:iam::{c.v.digits(12)}:role/gha-deploy\n          aws-region: eu-south-1\n"
            "      - run: ./deploy.sh\n        env:\n          STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n"
            f"          CLIENT_ID: {c.client_id()}\n          API_BASE: https://api.{c.domain()}\n")


@T("ci-log", pos=False)
def gitlab_masked_neg(c):
    lines = ["Running with gitlab-runner 17.0.0 (44feccdf)", f"  on shared-runner {c.v.opaque(8)}, system ID: r_{c.v.opaque(12)}",
             "Executing \"step_script\" stage of the job script", "$ echo \"Using token $PARTNER_TOKEN\"", "Using token [MASKED]",
             f"$ curl --fail -H \"PRIVATE-TOKEN: $GITLAB_API_TOKEN\" \"$CI_API_V4_URL/projects/{c.r.randint(100, 9999)}/releases\"",
             "curl: (22) The requested URL returned error: 404",
             f"Cleaning up project directory and file based variables", "ERROR: Job failed: exit code 22"]
    return intro(c, CI_IT, CI_EN) + "\n".join(lines)


@T("ci-log", pos=False)
def jenkins_masked_neg(c):
    lines = [f"Started by timer", "[Pipeline] withCredentials", "Masking supported pattern matches of $DB_PASS or $API_TOKEN", "[Pipeline] sh",
             "+ mysql -h db-prod -u app -p**** -e 'select 1'", "mysql: [Warning] Using a password on the command line interface can be insecure.",
             "+ curl -s -H 'Authorization: Bearer ****' https://api." + c.domain() + "/health", "{\"status\":\"ok\",\"version\":\"" + c.v.commit(True) + "\"}",
             "[Pipeline] }", f"Finished: SUCCESS"]
    return intro(c, CI_IT, CI_EN) + "\n".join(lines)


@T("terraform", pos=False)
def terraform_plan_sensitive_neg(c):
    rel = c.p("payments", "ledger")
    lines = ["Terraform will perform the following actions:", "", f"  # aws_db_instance.{rel} will be created", f"  + resource \"aws_db_instance\" \"{rel}\" {{",
             "      + allocated_storage   = 100", "      + engine              = \"postgres\"", "      + engine_version      = \"16.3\"",
             f"      + identifier          = \"{rel}-prod\"", "      + password            = (sensitive value)", "      + username            = \"app_admin\"",
             "      + arn                 = (known after apply)", "    }", "",
             f"  # aws_secretsmanager_secret_version.{rel}_db will be created", f"  + resource \"aws_secretsmanager_secret_version\" \"{rel}_db\" {{",
             "      + secret_string = (sensitive value)", f"      + secret_id     = \"arn:aws:secretsmanager:eu-south-1:{c.v.digits(12)}:secret:{rel}/db-{c.v.opaque(6)}\"", "    }", "",
             "Plan: 2 to add, 0 to change, 0 to destroy.", "", "Changes to Outputs:", "  + db_endpoint = (known after apply)", "  + db_password = (sensitive value)"]
    return intro(c, ["Plan del cliente:", "terraform plan allegato:"], ["Customer's plan:", "Attached terraform plan:"]) + "\n".join(lines)


@T("terraform", pos=False)
def terraform_apply_neg(c):
    lines = ["Apply complete! Resources: 4 added, 0 changed, 0 destroyed.", "", "Outputs:", "",
             f"api_gateway_url = \"https://{c.v.opaque(10).lower()}.execute-api.eu-south-1.amazonaws.com/prod\"",
             f"client_id = \"{c.client_id()}\"", "client_secret = <sensitive>", f"kms_key_arn = \"arn:aws:kms:eu-south-1:{c.v.digits(12)}:key/{c.v.uuid()}\"",
             f"public_key_fingerprint = \"{':'.join(c.v.hexs(2) for _ in range(16))}\"", f"bucket = \"{c.p('recon', 'exports')}-{c.v.hexs(8)}\""]
    return intro(c, ["Output dell'apply:", "Il cliente ci gira gli output:"], ["Apply output:", "Customer forwards the outputs:"]) + "\n".join(lines)


@T("ansible", pos=False)
def ansible_no_log_neg(c):
    h = f"db-{c.r.randint(1, 4)}"
    return (intro(c, ["Output ansible (il task ha no_log, quindi niente valori):", "Log ansible:"], ["Ansible output (task has no_log, so no values):", "Ansible log:"]) +
            f"TASK [postgres : create application role] {'*' * 36}\n"
            f"changed: [{h}] => {{\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": true}}\n\n"
            f"TASK [app : template .env] {'*' * 51}\n"
            f"changed: [{h}] => {{\"changed\": true, \"checksum\": \"{c.v.sha1()}\", \"dest\": \"/opt/app/.env\", \"md5sum\": \"{c.v.hexs(32)}\", \"mode\": \"0600\", \"owner\": \"app\"}}\n\n"
            f"PLAY RECAP {'*' * 66}\n{h}                       : ok=7    changed=2    unreachable=0    failed=0    skipped=1")


@T("ansible", pos=False)
def ansible_vault_blob_neg(c):
    blob = "\n".join("          " + c.v.hexs(80) for _ in range(c.r.randint(4, 7)))
    return (intro(c, ["group_vars del cliente (valori cifrati con ansible-vault):", "Incollo il file vars:"],
                  ["Customer's group_vars (values encrypted with ansible-vault):", "Pasting the vars file:"]) +
            f"db_user: app\ndb_host: db-prod.internal\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n{blob}\nstripe_key: \"{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/stripe:key') }}}}\"")


@T("ci-log", pos=False)
def docker_build_secret_mount_neg(c):
    steps = c.r.randint(8, 12)
    return (intro(c, ["Build del cliente (usa --secret correttamente):", "Log docker build:"], ["Customer build (uses --secret correctly):", "docker build log:"]) +
            f"$ docker buildx build --secret id=npmrc,src=$HOME/.npmrc -t registry.internal/api:{c.v.commit(True)} .\n"
            f"#7 [3/{steps}] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n#7 21.8 added 812 packages in 21s\n#7 DONE 22.4s\n"
            f"#12 exporting to image\n#12 writing image sha256:{c.v.sha256()} done\n#12 naming to registry.internal/api:{c.v.commit(True)} done")


@T("ci-log", pos=False)
def kubectl_describe_neg(c):
    pod = f"payments-api-{c.v.hexs(10)}-{c.v.s('bcdfghjklmnpqrstvwxz2456789', 5)}"
    return (intro(c, ["kubectl describe (le variabili vengono dai secret):", "Describe del pod:"], ["kubectl describe (vars come from secrets):", "Pod describe:"]) +
            f"Name:         {pod}\nNamespace:    prod\nContainers:\n  api:\n    Image:      ghcr.io/acme/payments-api@sha256:{c.v.sha256()}\n    Environment:\n"
            f"      DB_PASSWORD:     <set to the key 'password' in secret 'payments-db'>  Optional: false\n"
            f"      STRIPE_API_KEY:  <set to the key 'stripe' in secret 'provider-keys'>  Optional: false\n"
            f"      CLIENT_ID:       {c.client_id()}\n      OTEL_TRACE_ID:   {c.traceid()}\n"
            f"Events:\n  Normal  Pulled  {c.r.randint(1, 50)}s  kubelet  Successfully pulled image in 1.2s")


@T("ci-log", pos=False)
def circleci_neg(c):
    lines = ["#!/bin/bash -eo pipefail", "printenv | grep -E '^(CIRCLE|PARTNER)' | sort", f"CIRCLE_BRANCH=main", f"CIRCLE_BUILD_NUM={c.r.randint(1000, 9999)}",
             f"CIRCLE_SHA1={c.v.commit()}", f"CIRCLE_WORKFLOW_ID={c.v.uuid()}", "PARTNER_API_KEY=xxxxxxxxxxxxxxxx" + c.v.opaque(4), "PARTNER_API_URL=https://api." + c.domain()]
    return intro(c, ["Output CircleCI (i valori delle env di progetto sono mascherati):", "Step di debug:"], ["CircleCI output (project env values are masked):", "Debug step:"]) + "\n".join(lines)


@T("ci-log", pos=False)
def aws_sts_neg(c):
    acct = c.v.digits(12)
    out = json.dumps({"UserId": "AIDA" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), "Account": acct,
                      "Arn": f"arn:aws:iam::{acct}:user/ci-deploy"}, indent=4)
    return intro(c, ["Il cliente verifica l'identità del job:", "Output di get-caller-identity:"], ["Customer checks the job identity:", "get-caller-identity output:"]) + "$ aws sts get-caller-identity\n" + out
