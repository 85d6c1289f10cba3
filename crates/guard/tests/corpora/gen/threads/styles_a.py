"""Styles part A: forum Q&A, GitHub issue, Jira/Linear bug, e-mail forward, HTTP clients, mobile logs, OCR."""
import values as V
import reqs as Q
from common import ERRORS_EN, ERRORS_IT, SDKS, endpoint

ALL = ["access_token", "refresh_token", "client_secret", "vendor_key", "private_key", "password", "pin", "cvv",
       "card_number", "iban", "bank_account"]
REQ_FRIENDLY = ["access_token", "refresh_token", "client_secret", "vendor_key", "password", "card_number", "cvv",
                "iban", "bank_account", "pin", "private_key"]


def neg_slots(c, n=None):
    r = c.r
    n = n if n is not None else r.choice([1, 1, 2, 2, 3])
    return r.sample(["access_token", "client_secret", "vendor_key", "password", "card_number", "iban", "refresh_token",
                     "cvv", "bank_account"], n)


def err(c):
    return c.pl(ERRORS_IT, ERRORS_EN)


def fence(body, lang=""):
    return "```%s\n%s\n```" % (lang, body)


def rest_prose(c, joiner="\n"):
    """Place every still-pending kind as prose."""
    out = []
    while c.pending:
        out.append(c.prose(c.take()))
    return joiner.join(out)


# ---------------------------------------------------------------- 1. forum / community Q&A
def forum_qa(c):
    r = c.r
    user = r.choice(["%s_%s" % (c.first.lower(), r.randint(7, 99)), c.first.lower() + "dev", "anon_%d" % r.randint(100, 9999),
                     c.last.lower().replace(" ", "") + "." + c.first[0].lower()])
    helper = r.choice(["community_mod", "dev-advocate-%s" % c.provider.lower(), "SergioB", "kate_h", "pm_payments", "fabri.dev"])
    title = c.pl(
        ["[RISOLTO] %s su %s in sandbox" % (err(c), endpoint(r)), "Aiuto: %s quando chiamo %s" % (err(c), endpoint(r)),
         "Domanda su webhook e firma HMAC", "Bonifico SEPA rifiutato, dove sbaglio?", "Token scade subito, normale?",
         "Come faccio il refresh del token con l'SDK %s?" % r.choice(SDKS), "Problema con 3DS e carte di test"],
        ["[SOLVED] %s on %s in sandbox" % (err(c), endpoint(r)), "Help: %s calling %s" % (err(c), endpoint(r)),
         "Question about webhook HMAC signature", "SEPA payout rejected, what am I doing wrong?",
         "Token expires immediately, is that expected?", "How to refresh the token with %s?" % r.choice(SDKS),
         "3DS challenge never shows with test cards"])
    tags = " ".join("#" + t for t in r.sample(["oauth", "psd2", "sepa", "webhooks", "sdk", "sandbox", "cards", "3ds", "python",
                                                "node", "php", "java", "payouts", "open-banking"], 3))
    views = "%d %s · %d %s" % (r.randint(12, 4000), c.L("visualizzazioni", "views"), r.randint(0, 9), c.L("risposte", "answers"))
    intro = c.pl(
        ["Ciao a tutti, sto integrando le API di %s per %s e mi sono bloccato." % (c.provider, c.company),
         "Salve, premetto che sono nuovo con le API %s." % c.provider,
         "Buongiorno community, qualcuno ha già visto questo comportamento?",
         "Ragazzi sto impazzendo da due giorni 😩"],
        ["Hi all, I'm integrating %s for %s and I'm stuck." % (c.provider, c.company),
         "Hello, first time using the %s API so bear with me." % c.provider,
         "Has anyone seen this before?", "Been banging my head on this for two days 😩"])
    problem = c.pl(
        ["Quando chiamo %s ricevo sempre %s. In sandbox funzionava, in produzione no." % (endpoint(r), err(c)),
         "La chiamata va in %s solo quando aggiungo l'header Idempotency-Key." % err(c),
         "Da ieri sera tutte le richieste tornano %s, non abbiamo cambiato niente (giuro)." % err(c)],
        ["Every call to %s returns %s. Worked in sandbox, fails in prod." % (endpoint(r), err(c)),
         "The call fails with %s only when I add the Idempotency-Key header." % err(c),
         "Since last night all requests return %s, we didn't change anything (honest)." % err(c)])
    code_kinds = [k for k in c.pending if k in REQ_FRIENDLY][: r.choice([1, 2, 3])]
    for k in code_kinds:
        c.pending.remove(k)
    q = Q.build(c, code_kinds, [] if code_kinds else neg_slots(c))
    snippet, dialect = Q.render(c, q)
    lang = {"curl": "bash", "python": "python", "repl": "pycon", "httpie": "bash", "powershell": "powershell",
            "wget": "bash", "node": "js", "fetch_console": "js"}[dialect]
    parts = ["# " + title, "%s · %s · %s %s" % (user, views, c.L("pubblicato", "asked"), V.it_date(r)), tags, "", intro, problem,
             "", c.L("Ecco cosa mando:", "Here's what I send:"), fence(snippet, lang), ""]
    parts.append(c.L("Risposta:", "Response:"))
    parts.append(fence('{"error":"%s","request_id":"%s","trace_id":"%s"}' % (
        r.choice(["invalid_client", "unauthorized", "validation_failed", "insufficient_scope"]), V.uuid4(r), V.rs(r, V.HEX, 32)), "json"))
    edit_removed = False
    quoted_secret = None
    if c.pending and r.random() < 0.7:
        k = c.take()
        line = c.prose(k)
        if "\n" not in line:
            quoted_secret = line
            edit_removed = True
        else:
            parts.append(line)
    if c.pending:
        parts.append(rest_prose(c))
    if not c.positive and r.random() < 0.5:
        parts.append(c.neg_prose())
    parts += ["", "---", "**%s** %s" % (helper, c.L("ha risposto", "replied")) + (" ✅ " + c.L("Soluzione accettata", "Accepted answer") if r.random() < 0.5 else "")]
    if quoted_secret:
        parts.append("> " + quoted_secret)
        parts.append("")
    parts.append(c.pl(
        ["Ciao @%s, prima cosa: **non pubblicare mai credenziali sul forum**, ruotale subito dalla dashboard. "
         "Detto questo, il problema è che stai usando l'host di sandbox con credenziali di produzione." % user,
         "Il %s dipende dallo scope: per %s serve `payments:write`. Controlla anche che il client_id sia quello giusto (%s)." % (
             err(c), endpoint(r), V.client_id(r)),
         "Hai provato a rigenerare le credenziali? Nel log vedo la richiesta con Request-Id %s, risulta un clock skew di 5 minuti sul tuo server." % V.uuid4(r)],
        ["Hi @%s, first thing: **never post credentials on the forum**, rotate them from the dashboard now. "
         "That said, you're hitting the sandbox host with production credentials." % user,
         "The %s is about scopes: %s needs `payments:write`. Also double-check the client_id (%s)." % (err(c), endpoint(r), V.client_id(r)),
         "Did you try regenerating the credentials? I can see your request %s in our logs, there's a 5-minute clock skew on your server." % V.uuid4(r)]))
    parts += ["", "---", "**%s**" % user]
    if edit_removed:
        parts.append(c.pl(["EDIT: ho tolto la chiave dal post, grazie per la segnalazione 🙏 (ruotata)",
                           "EDIT: rimosso il secret, scusate. Comunque era quello il problema, grazie!",
                           "Edit: credenziali rimosse dal messaggio originale."],
                          ["EDIT: removed the key from my post, thanks for flagging 🙏 (rotated)",
                           "EDIT: removed the secret, sorry. That was indeed the issue, thanks!",
                           "Edit: credentials removed from the original post."]))
    else:
        parts.append(c.pl(["Grazie mille, era proprio quello! Chiudo il thread.", "Ok provo e vi faccio sapere.",
                           "Confermo, risolto cambiando host. %s" % c.lookalike()],
                          ["Thanks a lot, that was it! Marking as solved.", "Ok will try and report back.",
                           "Confirmed, fixed by switching host. %s" % c.lookalike()]))
    return "\n".join(parts)


# ---------------------------------------------------------------- 2. GitHub issue thread
def gh_issue(c):
    r = c.r
    repo = r.choice(["pagora/pagora-python", "openconto/sdk-js", "bancomint/bancomint-java", "finlytics/finlytics-php",
                     "lirapay/lirapay-go", "tesorino/tesorino-dotnet"])
    num = r.randint(40, 2400)
    who = r.choice(["%s%s" % (c.first.lower(), r.randint(1, 99)), "%s-%s" % (c.first[0].lower(), c.last.lower().replace(" ", ""))])
    maint = r.choice(["maintainer-bot", "ale-sdk", "jrossi-oss", "dependabot-hater", "kb-payments", "mtr"])
    title = c.pl(["`%s` restituisce %s con la versione %s" % (endpoint(r), err(c), V.version(r)),
                  "Crash in refresh automatico del token", "Webhook signature mismatch dopo upgrade a %s" % V.version(r),
                  "IBAN con spazi rifiutato da createPayout()", "Timeout su /oauth/token dietro proxy aziendale"],
                 ["`%s` returns %s on %s" % (endpoint(r), err(c), V.version(r)), "Crash in automatic token refresh",
                  "Webhook signature mismatch after upgrading to %s" % V.version(r),
                  "IBAN with spaces rejected by createPayout()", "Timeout on /oauth/token behind corporate proxy"])
    parts = ["%s · Issue #%d · %s" % (title, num, repo), "**%s** %s %s" % (who, c.L("ha aperto questa issue il", "opened this issue on"), V.it_date(r)), ""]
    parts.append("### " + c.L("Descrizione del bug", "Describe the bug"))
    parts.append(c.pl(["Dopo l'aggiornamento l'SDK lancia un'eccezione quando %s." % r.choice(["il token scade", "creo un pagamento", "faccio il refund parziale"]),
                       "Il client non rinnova il token e tutte le chiamate vanno in %s." % err(c)],
                      ["After upgrading, the SDK throws when %s." % r.choice(["the token expires", "creating a payment", "doing a partial refund"]),
                       "The client doesn't renew the token and every call ends in %s." % err(c)]))
    parts.append("")
    parts.append("### " + c.L("Come riprodurre", "To Reproduce"))
    code_kinds = [k for k in c.pending if k in REQ_FRIENDLY][: r.choice([1, 2])]
    for k in code_kinds:
        c.pending.remove(k)
    if r.random() < 0.5:
        q = Q.build(c, code_kinds, [] if code_kinds else neg_slots(c))
        snip, d = Q.render(c, q, r.choice(["python", "node", "curl"]))
        parts.append(fence(snip, {"python": "python", "node": "js", "curl": "sh"}[d]))
    else:
        lines = ["import { %s } from '%s';" % (c.provider, r.choice(["@openconto/sdk", "pagora-node"])), "",
                 "const client = new %s({" % c.provider]
        lines.append("  clientId: '%s'," % V.client_id(r))
        for k in code_kinds:
            if k == "private_key":
                lines.append("  privateKey: fs.readFileSync('./keys/signing.pem'),")
                pem = c.pem()
                parts.append("(%s)\n%s" % (c.L("contenuto di signing.pem", "signing.pem contents"), pem))
            elif k == "bank_account":
                lines.append("  // payout: %s" % c.bank_account_snip())
            else:
                v = c.add(k, c.value(k, fmt=False))
                key = {"access_token": "accessToken", "refresh_token": "refreshToken", "client_secret": "clientSecret",
                       "vendor_key": "apiKey", "password": "password", "card_number": "testCard", "cvv": "testCvc",
                       "iban": "defaultIban", "pin": "terminalPin"}[k]
                lines.append("  %s: '%s'," % (key, v))
        if not code_kinds:
            lines.append("  clientSecret: %s," % r.choice(["process.env.CLIENT_SECRET", "config.clientSecret", "'<client-secret>'"]))
        lines += ["  environment: '%s'," % r.choice(["sandbox", "production"]), "});", "",
                  "await client.payments.create({ amount: %d, currency: 'EUR', reference: '%s' });" % (r.randint(100, 90000), V.order_no(r))]
        parts.append(fence("\n".join(lines), "ts"))
    parts += ["", "### " + c.L("Log", "Logs"),
              fence("\n".join([
                  "[%s] DEBUG http: POST %s -> %d" % (V.iso_ts(r), endpoint(r), r.choice([401, 400, 500])),
                  "[%s] DEBUG http: %s" % (V.iso_ts(r), c.lookalike()),
                  "[%s] ERROR sdk: %s" % (V.iso_ts(r), r.choice(["TokenRefreshError: invalid_grant", "SignatureMismatch", "ETIMEDOUT"])),
                  "    at RetryPolicy.run (node_modules/%s/dist/retry.js:%d:%d)" % (r.choice(["@openconto/sdk", "pagora-node"]), r.randint(10, 300), r.randint(1, 40)),
              ]))]
    parts += ["", "### " + c.L("Ambiente", "Environment"),
              "- SDK: %s %s" % (r.choice(SDKS), V.version(r)), "- %s: %s" % (c.L("Runtime", "Runtime"), r.choice(["Node 20.11", "Python 3.11.7", "Java 17", "PHP 8.2", "Go 1.22"])),
              "- OS: %s" % r.choice(["Ubuntu 22.04", "macOS 14.4", "Windows Server 2019", "Alpine 3.19 (docker)"])]
    if c.pending:
        parts.append("- " + c.L("Altro", "Other") + ": " + rest_prose(c, "; "))
    parts += ["", "---", "**%s** %s" % (maint, c.L("ha commentato", "commented"))]
    # quoted reply that re-quotes a line of the original (single-line secrets survive quoting)
    quotable = [s["value"] for s in c.secrets if "\n" not in s["value"] and s["kind"] in ("access_token", "vendor_key", "client_secret", "password", "refresh_token")]
    if quotable and r.random() < 0.6:
        qv = r.choice(quotable)
        parts.append("> %s" % r.choice(["clientSecret: '%s'," % qv, qv, "token %s" % qv]))
        parts.append("")
        parts.append(c.pl(["⚠️ Hai incollato una credenziale reale, revocala subito. Ho nascosto il commento ma resta nello storico delle modifiche.",
                           "Questa sembra una chiave vera: ruotala per favore. Per il bug, guardo."],
                          ["⚠️ That's a real credential, please revoke it now. I minimized the comment but it stays in the edit history.",
                           "This looks like a live key: please rotate it. Looking into the bug."]))
    else:
        parts.append("> " + c.pl(["Dopo l'aggiornamento l'SDK lancia un'eccezione", "tutte le chiamate vanno in errore"],
                                 ["After upgrading, the SDK throws", "every call ends in an error"]))
        parts.append("")
        parts.append(c.pl(["Riesco a riprodurre con %s. Fix in arrivo nella %s, nel frattempo fissate la versione." % (V.version(r), V.version(r)),
                           "Mi serve il Request-Id della chiamata fallita (lo trovate nell'header di risposta), NON il token. Grazie."],
                          ["Reproduced on %s. Fix coming in %s, pin the version meanwhile." % (V.version(r), V.version(r)),
                           "I need the Request-Id of the failing call (response header), NOT the token. Thanks."]))
    parts += ["", "**%s** %s" % (who, c.L("ha commentato", "commented"))]
    parts.append(c.pl(["Eccolo: %s" % V.uuid4(r), "Request-Id %s, commit del nostro deploy %s" % (V.uuid4(r), V.sha1(r)[:7]),
                       "Grazie, con la %s funziona." % V.version(r)],
                      ["Here you go: %s" % V.uuid4(r), "Request-Id %s, our deploy commit %s" % (V.uuid4(r), V.sha1(r)[:7]),
                       "Thanks, works with %s." % V.version(r)]))
    if r.random() < 0.4:
        parts.append("\n%s %s %s" % (maint, c.L("ha chiuso questa issue come completata in", "closed this as completed in"), V.sha1(r)[:7]))
    return "\n".join(parts)


# ---------------------------------------------------------------- 3. Jira / Linear bug report
def jira_bug(c):
    r = c.r
    key = r.choice(["SUP", "INT", "PAY", "OB", "DEVREL", "ENG"]) + "-" + str(r.randint(100, 9999))
    linear = r.random() < 0.35
    F = {"summary": c.L("Riepilogo", "Summary"), "prio": c.L("Priorità", "Priority"), "comp": c.L("Componente", "Component"),
         "env": c.L("Ambiente", "Environment"), "steps": c.L("Passi per riprodurre", "Steps to reproduce"),
         "exp": c.L("Risultato atteso", "Expected result"), "act": c.L("Risultato effettivo", "Actual result"),
         "rep": c.L("Segnalato da", "Reporter"), "att": c.L("Allegati", "Attachments"), "lab": "Labels"}
    summary = c.pl(["Pagamento in stato pending oltre 24h", "Login portale merchant fallisce con utente tecnico",
                    "Payout verso IBAN estero rifiutato", "Token OAuth rifiutato dopo rotazione", "Webhook duplicati su refund",
                    "App mobile: crash su inserimento carta"],
                   ["Payment stuck in pending for over 24h", "Merchant portal login fails for service user",
                    "Payout to foreign IBAN rejected", "OAuth token rejected after rotation", "Duplicate webhooks on refund",
                    "Mobile app: crash when entering card"])
    hdr = ("%s  %s\n%s · %s · %s" % (key, summary, r.choice(["Todo", "In Progress", "Triage", "Backlog"]),
                                      r.choice(["Urgent", "High", "Medium"]), r.choice(["Integrations", "Payments", "Support"]))) if linear else \
        "[%s] %s\n%s: %s    %s: %s    %s: %s" % (key, summary, F["prio"], r.choice(["Blocker", "Critical", "Major", "Minor"]),
                                               F["comp"], r.choice(["API Gateway", "OAuth", "Payouts", "SDK Android", "Portale"]),
                                               F["rep"], c.name())
    env = "%s: %s / %s %s / build %s" % (F["env"], r.choice(["Sandbox", "UAT", "Produzione" if c.it else "Production", "Staging"]),
                                        r.choice(SDKS), V.version(r), V.sha1(r)[:8])
    steps = []
    step_tpls = c.L(
        ["Aprire il portale %s e fare login" % c.provider, "Andare su Impostazioni > Chiavi API", "Creare un pagamento da %s" % V.amount(r, "it"),
         "Chiamare %s" % endpoint(r), "Attendere il webhook", "Ripetere con Idempotency-Key %s" % V.idem_key(r)],
        ["Open the %s portal and log in" % c.provider, "Go to Settings > API keys", "Create a payment for %s" % V.amount(r, "en"),
         "Call %s" % endpoint(r), "Wait for the webhook", "Retry with Idempotency-Key %s" % V.idem_key(r)])
    r.shuffle(step_tpls)
    for s in step_tpls[: r.randint(3, 5)]:
        if c.pending and r.random() < 0.6:
            k = c.take()
            s += c.L(" (", " (") + c.prose(k) + ")"
        elif not c.positive and r.random() < 0.3:
            s += " (" + c.neg_prose() + ")"
        steps.append(s)
    body = [hdr, "", env, ""]
    if linear:
        body.append("## " + F["steps"])
    else:
        body.append("*%s:*" % F["steps"])
    body += ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)]
    body += ["", ("## " if linear else "*") + F["exp"] + ("" if linear else ":*"),
             c.pl(["Il pagamento passa in stato `settled` e arriva il webhook `payment.succeeded`.", "Risposta 200 con il nuovo token.",
                   "Il payout viene accettato."],
                  ["Payment moves to `settled` and we receive `payment.succeeded`.", "200 with a fresh token.", "Payout is accepted."]),
             "", ("## " if linear else "*") + F["act"] + ("" if linear else ":*"),
             "%s\n%s" % (err(c), "{code}\n%s\n%s\n{code}" % (c.lookalike(), c.lookalike()) if not linear else fence("%s\n%s" % (c.lookalike(), c.lookalike())))]
    if c.pending:
        body += ["", ("## " if linear else "*") + c.L("Note", "Notes") + ("" if linear else ":*")]
        while c.pending:
            k = c.take()
            body.append(c.pl(["Per riprodurre potete usare queste credenziali di test: ", "Dati usati nel test: ", "Info aggiuntive: "],
                             ["You can reproduce with these test credentials: ", "Data used in the test: ", "Extra info: "]) + c.prose(k))
    elif not c.positive:
        body += ["", c.L("Note: ", "Notes: ") + c.neg_prose()]
    body += ["", "%s: %s" % (F["att"], ", ".join(r.sample(["screenshot_%d.png" % r.randint(1, 99), "har_export.har", "logcat.txt",
                                                            "request.json", "video_%s.mp4" % V.rdigits(r, 4)], 2))),
             "%s: %s" % (F["lab"], ", ".join(r.sample(["customer-reported", "sandbox", "prod", "oauth", "payouts", "regression", "p1"], 3)))]
    if r.random() < 0.5:
        body += ["", "— %s %s:" % (r.choice(IT_AGENTS if c.it else EN_AGENTS), c.L("commento", "comment")),
                 c.pl(["Riprodotto. Trace id %s." % V.rs(r, V.HEX, 32), "Girato al team Payouts, correlation-id %s" % V.uuid4(r)],
                      ["Reproduced. Trace id %s." % V.rs(r, V.HEX, 32), "Escalated to Payouts team, correlation-id %s" % V.uuid4(r)])]
    return "\n".join(body)


IT_AGENTS = ["Federica (L2)", "Marco.T", "supporto-l1", "Ilaria P."]
EN_AGENTS = ["Tom (L2)", "priya.s", "support-l1", "Hannah W."]


# ---------------------------------------------------------------- 4. e-mail forward with quoted history
DISCLAIMER_IT = ["Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi "
                 "altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate (art. 616 c.p., D.Lgs. 196/2003 e GDPR 2016/679).",
                 "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore vi preghiamo di "
                 "distruggerlo e di darcene notizia. Prima di stampare pensa all'ambiente 🌱"]
DISCLAIMER_EN = ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error "
                 "please notify the sender and delete it. Registered in England and Wales No. %s.",
                 "CONFIDENTIALITY NOTICE: The contents of this email message and any attachments are intended solely for the addressee(s). "
                 "Please consider the environment before printing this email."]
MONTHS_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
DAYS_IT = ["lun", "mar", "mer", "gio", "ven"]


def signature(c):
    r = c.r
    if c.it:
        return "\n".join(["--", c.name(), r.choice(["Responsabile IT", "Sviluppatore backend", "Amministrazione", "CTO", "Referente tecnico"]),
                          c.company, r.choice(["Via Roma", "Corso Garibaldi", "Viale Europa", "Via Mazzini"]) + " %d, %s %s" % (r.randint(1, 200), V.rdigits(r, 5, True), r.choice(["Milano", "Bologna", "Padova", "Bari", "Torino"])),
                          "Tel. %s" % V.phone(r, "it"), "P.IVA %s" % V.partita_iva(r)])
    return "\n".join(["--", c.name(), r.choice(["Head of Engineering", "Backend developer", "Finance Ops", "CTO"]), c.company,
                      "m: %s" % V.phone(r, "en"), "VAT GB%s" % V.rdigits(r, 9, True)])


def email_forward(c):
    r = c.r
    other_first = r.choice(["Paolo", "Anna", "Giorgio", "Laura"] if c.it else ["Mark", "Julia", "Ben", "Sarah"])
    other = "%s %s" % (other_first, r.choice(["Ferri", "Sala", "Villa"] if c.it else ["Cole", "Price", "Turner"]))
    other_mail = "%s@%s" % (other_first.lower(), r.choice(["consulenze-it.com", "webagency.it", "devshop.io", "studio-%s.it" % other.split()[1].lower()]))
    subj = c.pl(["Credenziali ambiente di collaudo", "R: problema integrazione %s" % c.provider, "I: Errore pagamenti - urgente",
                 "Fwd: accesso sandbox", "R: R: IBAN per rimborso cliente"],
                ["Test environment credentials", "RE: %s integration issue" % c.provider, "FW: Payments error - urgent",
                 "Fwd: sandbox access", "RE: RE: refund IBAN"])
    d = r.randint(1, 28)
    mo = r.randint(1, 12)
    top = c.pl(["Buongiorno,\nvi inoltro la mail del nostro consulente, così avete tutto il contesto. Il problema è sempre %s." % err(c),
                "Ciao, giro a voi come da telefonata. Potete verificare? Grazie", "Salve, vedete sotto. Attendo riscontro."],
               ["Hi,\nforwarding our contractor's email so you have the full context. Still getting %s." % err(c),
                "Hi, passing this on as discussed on the phone. Can you check? Thanks", "Hello, see below. Awaiting your reply."])
    parts = [top, ""]
    if c.pending and r.random() < 0.3:
        parts.append(c.prose(c.take()))
        parts.append("")
    parts.append(signature(c))
    parts.append("")
    if c.it:
        if r.random() < 0.5:
            parts += ["-----Messaggio originale-----", "Da: %s <%s>" % (other, other_mail),
                      "Inviato: %s %d %s %d %02d:%02d" % (r.choice(["lunedì", "martedì", "giovedì"]), d, MONTHS_IT[mo - 1], r.choice([2024, 2025]), r.randint(8, 19), r.randint(0, 59)),
                      "A: %s <%s>" % (c.name(), c.email()), "Oggetto: %s" % subj, ""]
        else:
            parts += ["---------- Forwarded message ---------", "Da: %s <%s>" % (other, other_mail),
                      "Date: %s %d %s %d alle ore %02d:%02d" % (r.choice(DAYS_IT), d, MONTHS_IT[mo - 1], r.choice([2024, 2025]), r.randint(8, 19), r.randint(0, 59)),
                      "Subject: %s" % subj, "To: %s <%s>" % (c.name(), c.email()), ""]
    else:
        parts += ["---------- Forwarded message ---------", "From: %s <%s>" % (other, other_mail),
                  "Date: %s, %d %s %d at %d:%02d" % (r.choice(["Mon", "Tue", "Thu"]), d, r.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), r.choice([2024, 2025]), r.randint(8, 19), r.randint(0, 59)),
                  "Subject: %s" % subj, "To: %s <%s>" % (c.name(), c.email()), ""]
    body = [c.pl(["Ciao %s," % c.first, "Buongiorno %s," % c.first, "Gentile %s," % c.name()], ["Hi %s," % c.first, "Dear %s," % c.first, "%s," % c.first])]
    body.append(c.pl(["come d'accordo ti mando i dati per l'ambiente di collaudo. Mi raccomando non girarli in giro 😅",
                      "ho fatto le prove sull'endpoint %s, continua a rispondere %s." % (endpoint(r), err(c)),
                      "ecco i riferimenti che mi avevi chiesto per chiudere la configurazione."],
                     ["as agreed, here are the details for the test environment. Please don't spread them around 😅",
                      "I tested against %s and it keeps returning %s." % (endpoint(r), err(c)),
                      "here are the details you asked for to finish the setup."]))
    items = []
    while c.pending:
        k = c.take()
        items.append(r.choice(["- ", "* ", "", "  "]) + c.prose(k))
    if not c.positive:
        for _ in range(r.randint(2, 4)):
            items.append(r.choice(["- ", "* ", ""]) + (c.lookalike() if r.random() < 0.6 else c.neg_prose()))
    else:
        for _ in range(r.randint(0, 2)):
            items.insert(r.randint(0, len(items)), r.choice(["- ", "* ", ""]) + c.lookalike())
    body += items
    body.append(c.pl(["Fammi sapere se funziona.\nCiao\n%s" % other.split()[0], "Un saluto,\n%s" % other, "Grazie e buona giornata\n%s" % other],
                     ["Let me know if it works.\nCheers\n%s" % other.split()[0], "Best,\n%s" % other, "Thanks\n%s" % other]))
    # older history, quoted with '>'
    if r.random() < 0.6:
        older = c.pl(["Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:" % (r.choice(DAYS_IT), d, MONTHS_IT[mo - 1], 2024, r.randint(8, 19), r.randint(0, 59), c.name(), c.email()),
                      "Il %02d/%02d/2024 %02d:%02d, %s ha scritto:" % (d, mo, r.randint(8, 19), r.randint(0, 59), c.name())],
                     ["On %s, %d %s 2024 at %d:%02d, %s <%s> wrote:" % (r.choice(["Mon", "Wed", "Fri"]), d, r.choice(["Feb", "May", "Oct"]), r.randint(8, 19), r.randint(0, 59), c.name(), c.email()),
                      "On %02d/%02d/2024 %02d:%02d, %s wrote:" % (d, mo, r.randint(8, 19), r.randint(0, 59), c.name())])
        ql = [c.pl(["Ciao, mi mandi per favore i dati di accesso al sandbox?", "Mi serve anche l'%s per il test dei rimborsi." % "IBAN",
                    "Il ticket aperto è il %s." % ("#" + V.rdigits(r, 6, True))],
                   ["Hi, could you send me the sandbox access details?", "I also need the IBAN for the refund test.",
                    "The open ticket is %s." % ("#" + V.rdigits(r, 6, True))]), c.lookalike()]
        body += ["", older] + ["> " + x for x in ql]
    parts += body
    disc = r.choice(DISCLAIMER_IT if c.it else DISCLAIMER_EN)
    parts += ["", disc.replace("%s", V.rdigits(r, 8, True))]
    return "\n".join(parts)


# ---------------------------------------------------------------- 5. HTTP clients: Postman, Insomnia, HTTPie, wget, PowerShell, REPL
def http_client(c):
    r = c.r
    ks = [k for k in c.pending if k in REQ_FRIENDLY]
    for k in ks:
        c.pending.remove(k)
    ns = [] if ks else neg_slots(c)
    mode = r.choice(["postman", "insomnia", "render", "render", "render"])
    if mode == "postman":
        artefact = Q.postman_env(c, ks, ns)
        lead = c.pl(["Vi allego l'export dell'environment Postman che usiamo (%s.postman_environment.json):" % c.provider.lower(),
                     "Con questo environment Postman la collection va in %s su tutte le request:" % err(c)],
                    ["Attaching the Postman environment export we use (%s.postman_environment.json):" % c.provider.lower(),
                     "With this Postman environment every request in the collection fails with %s:" % err(c)])
    elif mode == "insomnia":
        artefact = Q.insomnia(c, ks, ns)
        lead = c.pl(["Export da Insomnia della richiesta che fallisce:", "Ecco la request esportata da Insomnia (YAML):"],
                    ["Insomnia export of the failing request:", "Here's the request exported from Insomnia (YAML):"])
    else:
        q = Q.build(c, ks, ns)
        artefact, d = Q.render(c, q, r.choice(["httpie", "powershell", "wget", "repl", "repl", "fetch_console", "curl"]))
        lead = {"httpie": c.L("Con HTTPie:", "Using HTTPie:"), "powershell": c.L("Da PowerShell sul server Windows:", "From PowerShell on the Windows box:"),
                "wget": c.L("Sul server non c'è curl, uso wget:", "No curl on the box so I used wget:"),
                "repl": c.L("Provato anche da console Python, stesso risultato:", "Tried from a Python shell too, same result:"),
                "fetch_console": c.L("Copiato da Chrome DevTools (Copy as fetch):", "Copied from Chrome DevTools (Copy as fetch):"),
                "curl": c.L("La chiamata:", "The call:")}[d]
    intro = c.pl(["Ciao, ", "Buongiorno, ", "Salve, ", ""], ["Hi, ", "Hello, ", "Hey team, ", ""]) + \
        c.pl(["non riusciamo a chiudere il test di integrazione.", "abbiamo un problema con le chiamate alle vostre API.",
              "da stamattina le chiamate falliscono."],
             ["we can't get the integration test to pass.", "we have an issue calling your API.", "calls started failing this morning."])
    out = [intro, lead, "", artefact, ""]
    if c.pending:
        out.append(rest_prose(c))
    out.append(c.pl(["Request-Id dell'ultima prova: %s" % V.uuid4(r), "Grazie, %s" % c.first, "Cosa sbagliamo?"],
                    ["Request-Id of the last attempt: %s" % V.uuid4(r), "Thanks, %s" % c.first, "What are we doing wrong?"]))
    return "\n".join(out)


# ---------------------------------------------------------------- 6. mobile crash reports / logcat / iOS console
def mobile_crash(c):
    r = c.r
    pkg = r.choice(["it.%s.app" % c.company.split()[0].lower(), "com.%s.wallet" % c.company.split()[0].lower(), "it.shop.mobile"])
    platform = r.choice(["android", "android", "ios", "crashlytics"])
    pid, tid = r.randint(1000, 30000), r.randint(1000, 30000)
    lines = []
    mo, d = r.randint(1, 12), r.randint(1, 28)

    clock = [r.randint(0, 20) * 3600 + r.randint(0, 3599) + r.random()]

    def tick():
        clock[0] += r.choice([0.001, 0.004, 0.02, 0.13, 0.6, 1.7, 4.2]) * r.random() * 3
        t = clock[0]
        return int(t // 3600) % 24, int(t // 60) % 60, int(t) % 60, t - int(t)

    def ts():
        h, m, s_, f = tick()
        return "%02d-%02d %02d:%02d:%02d.%03d" % (mo, d, h, m, s_, int(f * 1000))

    def ios_ts():
        h, m, s_, f = tick()
        return "2024-%02d-%02d %02d:%02d:%02d.%06d+0100" % (mo, d, h, m, s_, int(f * 1000000))

    def secret_line(k):
        if k == "private_key":
            return None
        if k == "bank_account":
            return "payoutForm: %s" % c.bank_account_snip()
        v = c.add(k, c.value(k, fmt=(k in ("iban",) and r.random() < 0.5)))
        return {
            "access_token": r.choice(["Authorization: Bearer %s", "TokenStore: saved access_token=%s", "--> header Authorization: Bearer %s"]),
            "refresh_token": r.choice(["TokenStore: refresh_token=%s", "AuthInterceptor: refreshing with %s"]),
            "client_secret": r.choice(["BuildConfig.CLIENT_SECRET=%s", "OAuthConfig{clientSecret='%s'}"]),
            "vendor_key": r.choice(["%s init with key %%s" % getattr(c, "_vendor", "SDK"), "BuildConfig.%s=%%s" % getattr(c, "_env", "API_KEY"),
                                    "RemoteConfig: %s -> %%s" % getattr(c, "_env", "api_key").lower()]),
            "password": r.choice(["LoginViewModel: login(user=%s, password=%%s)" % c.email(), "KeychainHelper: stored pwd %s"]),
            "pin": r.choice(["PinPadView: onPinEntered pin=%s", "CardPinActivity: verifying pin %s"]),
            "cvv": r.choice(["CardForm: cvc=%s valid=true", "CardInputWidget: cvc changed -> %s"]),
            "card_number": r.choice(["CardForm: number=%s brand=%s" % ("%s", getattr(c, "_brand", "VISA").upper()), "CardInputWidget: pan changed -> %s"]),
            "iban": r.choice(["IbanField: value=%s valid=true", "SepaMandateForm: iban=%s"]),
        }[k] % v

    if platform == "android":
        tag_pool = ["OkHttp", "ActivityManager", "Choreographer", "Pagora/Net", "AuthInterceptor", "ViewRootImpl", "chromium"]
        lines.append("--------- beginning of main")
        for _ in range(r.randint(3, 6)):
            lines.append("%s %5d %5d %s %-12s: %s" % (ts(), pid, tid, r.choice("DIV"), r.choice(tag_pool), r.choice([
                "--> POST https://%s%s" % (c.host, endpoint(r)), "<-- %d https://%s%s (%dms)" % (r.choice([200, 401, 500]), c.host, endpoint(r), r.randint(40, 3000)),
                "Skipped %d frames!  The application may be doing too much work on its main thread." % r.randint(30, 200),
                c.lookalike(), "X-Request-Id: %s" % V.uuid4(r), "Content-Length: %d" % r.randint(50, 900)])))
            if c.pending and r.random() < 0.6:
                k = c.take()
                sl = secret_line(k)
                if sl is None:
                    lines.append("%s %5d %5d D %-12s: loaded signing key from assets/keys/app_key.pem:" % (ts(), pid, tid, "KeyLoader"))
                    lines.append(c.pem())
                else:
                    lines.append("%s %5d %5d D %-12s: %s" % (ts(), pid, tid, r.choice(["OkHttp", "AuthInterceptor", "CardForm", "AppDebug"]), sl))
            elif not c.positive and r.random() < 0.4:
                lines.append("%s %5d %5d D %-12s: %s" % (ts(), pid, tid, "AuthInterceptor", c.neg_kv()))
        while c.pending:
            k = c.take()
            sl = secret_line(k)
            if sl is None:
                lines.append("%s %5d %5d W %-12s: dumping key for debug" % (ts(), pid, tid, "KeyLoader"))
                lines.append(c.pem())
            else:
                lines.append("%s %5d %5d D %-12s: %s" % (ts(), pid, tid, "AppDebug", sl))
        lines += ["%s %5d %5d E AndroidRuntime: FATAL EXCEPTION: %s" % (ts(), pid, pid, r.choice(["main", "OkHttp Dispatcher", "DefaultDispatcher-worker-2"])),
                  "%s %5d %5d E AndroidRuntime: Process: %s, PID: %d" % (ts(), pid, pid, pkg, pid),
                  "%s %5d %5d E AndroidRuntime: %s" % (ts(), pid, pid, r.choice(["java.lang.IllegalStateException: token must not be null",
                                                                                  "retrofit2.HttpException: HTTP 401", "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.pagora.sdk.Card.getLast4()'",
                                                                                  "javax.net.ssl.SSLHandshakeException: Chain validation failed"])),
                  "%s %5d %5d E AndroidRuntime: \tat %s.ui.checkout.CheckoutViewModel.pay(CheckoutViewModel.kt:%d)" % (ts(), pid, pid, pkg, r.randint(40, 400))]
        lead = c.pl(["Vi incollo il logcat del crash (Pixel 7, Android 14), l'ho preso con adb logcat:",
                     "L'app crasha al pagamento, ecco il log da Android Studio:", "Logcat:"],
                    ["Pasting the logcat from the crash (Pixel 7, Android 14), captured with adb logcat:",
                     "App crashes at checkout, here's the log from Android Studio:", "Logcat:"])
    elif platform == "ios":
        app = r.choice(["Wallet", "ShopApp", "Cassa", "Checkout"])
        for _ in range(r.randint(3, 6)):
            lines.append("%s %s[%d:%x] [%s] %s" % (ios_ts(), app, pid, tid, r.choice(["Network", "Auth", "PagoraKit", "UIKit"]), r.choice([
                "Task <%s>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % V.uuid4(r).upper(),
                "HTTP %d %s" % (r.choice([200, 401, 422]), endpoint(r)), c.lookalike(), "PKPaymentAuthorizationController presented"])))
            if c.pending and r.random() < 0.6:
                k = c.take()
                sl = secret_line(k)
                if sl is None:
                    lines.append("%s %s[%d:%x] [Auth] SecKeyCreateWithData input:" % (ios_ts(), app, pid, tid))
                    lines.append(c.pem())
                else:
                    lines.append("%s %s[%d:%x] [Debug] %s" % (ios_ts(), app, pid, tid, sl))
        while c.pending:
            k = c.take()
            sl = secret_line(k)
            if sl is None:
                lines.append(c.pem())
            else:
                lines.append("%s %s[%d:%x] [Debug] %s" % (ios_ts(), app, pid, tid, sl))
        if not c.positive:
            lines.append("%s %s[%d:%x] [Auth] %s" % (ios_ts(), app, pid, tid, c.neg_kv()))
        lines += ["Incident Identifier: %s" % V.uuid4(r).upper(), "Exception Type:  EXC_CRASH (SIGABRT)",
                  "Triggered by Thread:  0", "0   libswiftCore.dylib  0x%s _assertionFailure + %d" % (V.rs(r, V.HEX, 12), r.randint(100, 400))]
        lead = c.pl(["Dalla console di Xcode (iPhone 13, iOS 17.4):", "Log del dispositivo iOS prima del crash:"],
                    ["From the Xcode console (iPhone 13, iOS 17.4):", "iOS device log right before the crash:"])
    else:
        lines += ["Fatal Exception: %s" % r.choice(["kotlin.UninitializedPropertyAccessException", "com.pagora.sdk.AuthException", "java.io.IOException"]),
                  "Issue ID: %s" % V.rs(r, V.HEX, 32), "Session: %s" % V.rs(r, V.HEX, 32).upper(),
                  "Device: %s · OS %s" % (r.choice(["Samsung Galaxy S23", "Xiaomi Redmi Note 12", "Pixel 8"]), r.choice(["14", "13"])), "", "Keys:"]
        while c.pending:
            k = c.take()
            if k == "private_key":
                lines.append("  signing_key_pem =")
                lines.append(c.pem())
            else:
                sl = secret_line(k)
                lines.append("  " + sl.replace(": ", " = ", 1) if ": " in sl else "  " + sl)
        for _ in range(r.randint(2, 4)):
            lines.append("  " + r.choice(["user_id = %s" % V.uuid4(r), "last_payment = %s" % V.pay_id(r), "build_sha = %s" % V.sha1(r),
                                          "checkout_step = 3", "locale = it_IT" if c.it else "locale = en_GB"]))
        if not c.positive:
            lines.append("  " + c.neg_kv())
        lines += ["", "Logs:", "%d | %s" % (r.randint(0, 9000), c.lookalike()), "%d | %s" % (r.randint(0, 9000), c.lookalike())]
        lead = c.pl(["Crashlytics ci segnala questo crash su %d utenti, vi copio il report:" % r.randint(3, 400)],
                    ["Crashlytics shows this crash for %d users, copying the report:" % r.randint(3, 400)])
    tail = c.pl(["Versione app %s (%d). Succede solo in produzione." % (V.version(r), r.randint(100, 999)), "Potete aiutarci? È bloccante per il rilascio.",
                 "SDK %s. Grazie" % V.version(r)],
                ["App version %s (%d). Only happens in production." % (V.version(r), r.randint(100, 999)), "Can you help? This blocks our release.",
                 "SDK %s. Thanks" % V.version(r)])
    return "%s\n\n%s\n\n%s" % (lead, "\n".join(lines), tail)


# ---------------------------------------------------------------- 7. OCR of screenshots / PDFs
def ocr_noise(r, s, rate=0.05):
    out = []
    for ch in s:
        x = r.random()
        if ch == "l" and x < rate * 3:
            out.append("1")
        elif ch == "O" and x < rate * 3:
            out.append("0")
        elif ch == "o" and x < rate:
            out.append("0")
        elif ch == "m" and x < rate * 2:
            out.append("rn")
        elif ch == " " and x < rate * 2:
            out.append("  ")
        elif ch == " " and x < rate * 3:
            out.append("")
        elif ch == "i" and x < rate:
            out.append("í")
        elif ch == "e" and x < rate * 0.5:
            out.append("c")
        else:
            out.append(ch)
    return "".join(out)


def ocr_scan(c):
    r = c.r
    N = lambda s: ocr_noise(r, s)
    doc = r.choice(["dashboard", "receipt", "pdf_contract", "settings", "bank_letter"])
    rows = []
    if doc in ("dashboard", "settings"):
        rows.append(N(c.L("%s Dashboard  >  Sviluppatori  >  Chiavi API" % c.provider, "%s Dashboard  >  Developers  >  API keys" % c.provider)))
        rows.append(N(c.L("Modalità: %s" % r.choice(["Live", "Test"]), "Mode: %s" % r.choice(["Live", "Test"]))))
        rows.append("")
        rows.append(N(c.L("Chiave pubblicabile", "Publishable key")) + "   " + N(c.L("(visibile nel browser)", "(visible in browser)")))
        rows.append("client_id   %s" % V.client_id(r))
    elif doc == "receipt":
        rows += [N(c.L("RICEVUTA DI BONIFICO SEPA", "SEPA CREDIT TRANSFER RECEIPT")), N(c.L("Data esecuzione", "Execution date")) + " " + V.it_date(r),
                 "CRO/TRN  %s" % ("0" + V.rdigits(r, 10) + r.choice(["IT", "48", "30"]) + V.rdigits(r, 8)),
                 N(c.L("Ordinante", "Payer")) + ": " + c.company, N(c.L("Importo", "Amount")) + ": " + V.amount(r, c.lang),
                 N(c.L("Causale", "Reference")) + ": " + N(c.L("saldo fattura ", "invoice ")) + V.invoice_no(r)]
    elif doc == "pdf_contract":
        rows += [N(c.L("ALLEGATO B - Dati tecnici per l'integrazione", "ANNEX B - Technical integration data")), "",
                 N(c.L("Il Merchant si impegna a conservare le credenziali in modo sicuro e a non divulgarle a terzi.",
                       "The Merchant shall keep the credentials secure and shall not disclose them to third parties.")),
                 "Merchant ID: %s   P.IVA: %s" % (V.rdigits(r, 9, True), V.partita_iva(r)), "Pag. %d di %d" % (r.randint(2, 5), r.randint(6, 9))]
    else:
        rows += [N(c.L("Spett.le %s" % c.company, "Dear %s" % c.company)), "", N(c.L(
            "con la presente Vi comunichiamo le coordinate per l'addebito diretto SEPA relative al contratto n. %s." % V.rdigits(r, 8, True),
            "please find below the details for the SEPA Direct Debit under contract no. %s." % V.rdigits(r, 8, True)))]
    # secrets: keep value intact, noise around it
    while c.pending:
        k = c.take()
        label = {"access_token": c.L("Token di accesso", "Access token"), "refresh_token": "Refresh token",
                 "client_secret": c.L("Client secret", "Client secret"), "vendor_key": c.L("Chiave segreta", "Secret key"),
                 "password": c.L("Password provvisoria", "Temporary password"), "pin": c.L("PIN dispositivo", "Device PIN"),
                 "cvv": "CVV2", "card_number": c.L("Carta", "Card"), "iban": c.L("IBAN beneficiario", "Beneficiary IBAN"),
                 "bank_account": c.L("Coordinate", "Account details"), "private_key": c.L("Chiave privata", "Private key")}[k]
        if k == "private_key":
            rows.append(N(label) + ":")
            rows.append(c.pem())
        elif k == "bank_account":
            rows.append(N(label) + "  " + c.bank_account_snip())
        else:
            v = c.value(k, fmt=True)
            if k in ("access_token", "refresh_token", "client_secret", "vendor_key") and len(v) > 60 and r.random() < 0.5:
                # screenshot wrapped the long value over two lines; a human still reads one token
                cut = r.randint(30, len(v) - 10)
                v = v[:cut] + "\n" + v[cut:]
            elif k == "iban" and r.random() < 0.4:
                v = V.fmt_iban(r, "".join(ch for ch in v if ch.isalnum()), "group").replace(" ", r.choice(["  ", " ", "   "]))
            c.add(k, v)
            rows.append(N(label) + r.choice(["  ", "   ", ": ", " | ", "\t"]) + v + r.choice(["", "   " + N(c.L("Mostra | Copia", "Reveal | Copy")), "  [ ]"]))
    if not c.positive:
        for _ in range(r.randint(2, 4)):
            rows.append(N(r.choice([c.lookalike(), c.neg_prose(), c.neg_kv()])))
        rows.append(N(c.L("Chiave segreta", "Secret key")) + "   " + r.choice(["sk_live_••••••••••••••••" + V.rs(r, V.ALNUM, 4), "•" * 24 + "  " + N(c.L("Mostra", "Reveal")), "[nascosta]"]))
    else:
        for _ in range(r.randint(1, 2)):
            rows.insert(r.randint(1, len(rows)), N(c.lookalike()))
    rows.append(N(c.L("Ultimo aggiornamento: ", "Last updated: ") + V.iso_ts(r)))
    head = c.pl(["[testo estratto dallo screenshot allegato]", "Copio qui il testo del PDF perché l'allegato non passa:",
                 "OCR dell'immagine (scusate la formattazione):", "Testo riconosciuto da Google Lens:"],
                ["[text extracted from attached screenshot]", "Copying the PDF text here since the attachment bounces:",
                 "OCR of the image (sorry for the formatting):", "Text recognised by Google Lens:"])
    tail = c.pl(["Il problema è che %s." % r.choice(["la chiave non viene accettata", "il bonifico risulta respinto", "non vediamo il pagamento"]),
                 "Cosa dobbiamo fare?", ""],
                ["The problem is %s." % r.choice(["the key is not accepted", "the transfer bounced", "we can't see the payment"]),
                 "What should we do?", ""])
    return ("%s\n\n%s\n\n%s" % (head, "\n".join(rows), tail)).strip()
