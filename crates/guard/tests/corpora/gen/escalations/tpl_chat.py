"""Chat exports (Slack, Teams, Mattermost, forwarded chats) and tracker comments (Jira, Linear, ServiceNow, Zendesk)."""
import json

from core import T


def slack_esc(s):
    """Slack export escaping: JSON with '/' written as '\\/'."""
    return json.dumps(s, ensure_ascii=False)[1:-1].replace("/", "\\/")


def _uid(c):
    return "U0" + c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9)


def _ts(c):
    c.tick(0, 4)
    return f"{c.epoch()}.{c.v.digits(6)}"


def slack_msg(c, user, name, text_escaped, thread=None, reactions=None, edited=False, extra=None):
    ts = _ts(c)
    parts = [f'        "type": "message"', f'        "user": "{user}"', f'        "text": "{text_escaped}"', f'        "ts": "{ts}"']
    if thread:
        parts.append(f'        "thread_ts": "{thread}"')
    parts.append(f'        "user_profile": {{"real_name": "{name}", "display_name": "{name.split()[0].lower()}"}}')
    if edited:
        parts.append(f'        "edited": {{"user": "{user}", "ts": "{_ts(c)}"}}')
    if reactions:
        rs = ", ".join(f'{{"name": "{r}", "users": ["{_uid(c)}"], "count": 1}}' for r in reactions)
        parts.append(f'        "reactions": [{rs}]')
    if extra:
        parts.append(extra)
    return "    {\n" + ",\n".join(parts) + "\n    }", ts


def slack_export(msgs):
    return "[\n" + ",\n".join(msgs) + "\n]"


# =========================================================================== POSITIVES

@T("slack-export")
def slack_json_token_in_thread(c):
    a, b, d = c.person(), c.person(), c.person()
    ua, ub, ud = _uid(c), _uid(c), _uid(c)
    comp = c.company()
    tok = c.v.jwt() if c.chance(0.6) else c.v.own_api_key()
    m1, ts = slack_msg(c, ua, a, slack_esc(c.L(f"qualcuno riesce a guardare il 401 di {comp}? ticket {c.ticket()}", f"can someone look at {comp}'s 401s? ticket {c.ticket()}")), reactions=["eyes"])
    m2, _ = slack_msg(c, ub, b, slack_esc(c.L("mi mandi il token che usano? lo provo contro staging", "can you send me the token they use? I'll try it against staging")), thread=ts)
    raw = c.L(f"eccolo (dal loro log): Bearer {tok}", f"here (from their log): Bearer {tok}")
    esc = slack_esc(raw)
    c.S("access_token", slack_esc(tok))
    m3, _ = slack_msg(c, ua, a, esc, thread=ts, reactions=c.p(None, ["+1"], ["warning", "see_no_evil"]))
    m4, _ = slack_msg(c, ud, d, slack_esc(c.L("occhio a incollare token in chiaro qui :upside_down_face:", "careful pasting live tokens in here :upside_down_face:")), thread=ts)
    return slack_export([m1, m2, m3, m4])


@T("slack-export")
def slack_json_message_changed(c):
    a = c.person()
    ua = _uid(c)
    pw = c.v.password(c.p("word", "random", "mixed"))
    host = c.p("db-replica-1", "sftp.partner", "grafana.internal", "rabbitmq-prod")
    before = c.L(f"per {host} usa utente support e password {pw}", f"for {host} use user support, password {pw}")
    after = c.L(f"per {host} usa utente support, la password è nel vault (scusate)", f"for {host} use user support, password is in the vault (sorry)")
    c.S("password", slack_esc(pw))
    ts_orig = _ts(c)
    ts_edit = _ts(c)
    return (
        "{\n"
        '    "type": "message",\n    "subtype": "message_changed",\n    "hidden": true,\n'
        f'    "ts": "{ts_edit}",\n'
        "    \"message\": {\n"
        f'        "type": "message", "user": "{ua}", "text": "{slack_esc(after)}",\n'
        f'        "edited": {{"user": "{ua}", "ts": "{ts_edit}"}}, "ts": "{ts_orig}"\n'
        "    },\n"
        "    \"previous_message\": {\n"
        f'        "type": "message", "user": "{ua}", "text": "{slack_esc(before)}", "ts": "{ts_orig}"\n'
        "    },\n"
        f'    "channel": "C0{c.v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9)}",\n'
        f'    "event_ts": "{ts_edit}"\n'
        "}"
    )


@T("slack-paste")
def slack_paste_thread_password(c):
    a, b = c.person(), c.person()
    pw = c.pw()
    comp = c.company()
    ampm = c.p(True, False)

    def t():
        c.tick(0, 9)
        return c.t.strftime("%I:%M %p").lstrip("0") if ampm else c.t.strftime("%H:%M")
    if c.it:
        lines = [f"{a}  {t()}", f"ragazzi {comp} non riesce a entrare nel portale partner, chi ha le credenziali dell'account di test condiviso?",
                 f"{c.p('3', '4', '2')} risposte", f"{b}  {t()}", "chiedo a Billing", f"{b}  {t()}",
                 c.p(f"dicono che è partner-test@{c.domain()} e la pw è {pw}", f"ok: user partner-test, password: {pw}", f"allora, la password è questa {pw} (l'utente lo sai)"),
                 f"{a}  {t()}", "grazie! :pray:", ":white_check_mark: 1"]
    else:
        lines = [f"{a}  {t()}", f"folks, {comp} can't get into the partner portal, who has the creds for the shared test account?",
                 f"{c.p('3', '4', '2')} replies", f"{b}  {t()}", "asking Billing", f"{b}  {t()}",
                 c.p(f"they say it's partner-test@{c.domain()} and the pw is {pw}", f"ok: user partner-test, password: {pw}", f"so the password is this {pw} (you know the user)"),
                 f"{a}  {t()}", "thanks! :pray:", ":white_check_mark: 1"]
    return "\n".join(lines)


@T("slack-paste")
def slack_paste_env_snippet(c):
    a = c.person()
    ks = []
    lab1, k1 = c.vk(c.p("stripe", "stripe_rk", "adyen", "square"))
    lab2, k2 = c.vk(c.p("sendgrid", "mailgun", "twilio", "slack", "google"))
    pw = c.pwu()
    name1 = {"Stripe secret key": "STRIPE_SECRET_KEY", "Stripe restricted key": "STRIPE_RK", "Adyen API key": "ADYEN_API_KEY", "Square token": "SQUARE_ACCESS_TOKEN"}[lab1]
    name2 = {"SendGrid key": "SENDGRID_API_KEY", "Mailgun key": "MAILGUN_KEY", "Twilio auth token": "TWILIO_AUTH_TOKEN", "Slack token": "SLACK_BOT_TOKEN", "Google API key": "GOOGLE_MAPS_KEY"}[lab2]
    env = f"NODE_ENV=production\nPORT=8080\n{name1}={k1}\n{name2}={k2}\nDATABASE_URL=postgres://app:{pw}@db:5432/app\nLOG_LEVEL=info"
    c.tick()
    intro = c.L(c.p("il cliente ci ha mandato il suo .env per capire il problema dei webhook:", "ecco la config che usano in prod (me l'hanno incollata così)", "Da ticket:"),
                c.p("customer sent their .env so we can understand the webhook issue:", "here's the config they run in prod (pasted as-is)", "From the ticket:"))
    return f"{a}  {c.t:%H:%M}\n{intro}\n```\n{env}\n```\n:eyes: 2  :rotating_light: 1"


@T("teams-paste")
def teams_paste_card(c):
    a, b = c.person(), c.person()
    card = c.card()
    exp = c.v.expiry()
    cv = c.cvv() if c.chance(0.5) else None
    stamp = lambda: c.t.strftime("%d/%m %H:%M") if c.it else c.t.strftime("%m/%d %I:%M %p")
    c.tick()
    if c.it:
        body = [f"[{stamp()}] {a}", f"ho un cliente al telefono che non riesce a pagare su {c.company()}, mi ha dato la carta per provare", f"[{c.tick() and stamp()}] {a}",
                f"{card} {exp}" + (f" cvv {cv}" if cv else ""), f"[{c.tick() and stamp()}] {b}", "non incollare carte in Teams!! cancella il messaggio", f"[{c.tick() and stamp()}] {a}", "ops, fatto (il messaggio risulta modificato)"]
    else:
        body = [f"[{stamp()}] {a}", f"got a customer on the phone who can't pay on {c.company()}, they gave me the card to try", f"[{c.tick() and stamp()}] {a}",
                f"{card} {exp}" + (f" cvv {cv}" if cv else ""), f"[{c.tick() and stamp()}] {b}", "don't paste cards in Teams!! delete that", f"[{c.tick() and stamp()}] {a}", "oops, done (shows as edited)"]
    return "\n".join(body)


@T("teams-export")
def teams_graph_json_iban(c):
    a = c.person()
    iban = c.v.iban(style=c.p("g4", "none", "g4"))
    c.S("iban", c.jesc(iban))
    comp = c.company()
    content = c.L(f"<p>Ciao, il merchant {comp} ha cambiato conto per i payout. Nuovo IBAN: {iban}</p><p>Potete aggiornarlo voi? Loro non riescono dalla dashboard.</p>",
                  f"<p>Hi, merchant {comp} changed their payout account. New IBAN: {iban}</p><p>Can you update it? They can't from the dashboard.</p>")
    return json.dumps({
        "@odata.type": "#microsoft.graph.chatMessage",
        "id": c.v.digits(13),
        "replyToId": None,
        "messageType": "message",
        "createdDateTime": c.iso(),
        "lastEditedDateTime": None,
        "from": {"user": {"id": c.v.uuid(), "displayName": a, "userIdentityType": "aadUser"}},
        "body": {"contentType": "html", "content": content},
        "attachments": [],
        "reactions": [{"reactionType": "like", "createdDateTime": c.iso(), "user": {"user": {"id": c.v.uuid()}}}],
    }, indent=2, ensure_ascii=False)


@T("mattermost-export")
def mattermost_jsonl_key(c):
    a, b = c.handle(), c.handle()
    lab, key = c.vk(c.p("gitlab", "github", "npm", "pypi", "do", "github_pat"))
    c.tick()
    base = c.epoch() * 1000
    posts = [
        {"type": "post", "post": {"team": "support", "channel": c.p("escalations", "l2-payments", "dev-help"), "user": a,
                                  "message": c.L(f"il deploy del cliente fallisce, {c.p('dicono', 'sostengono')} che il token CI è valido", f"customer's deploy fails, they say the CI token is valid"),
                                  "create_at": base, "reactions": [{"user": b, "emoji_name": "eyes", "create_at": base + 5000}]}},
        {"type": "reply", "reply": {"user": b, "message": c.L("incolla il token che provo", "paste the token and I'll try it"), "create_at": base + 60000}},
        {"type": "reply", "reply": {"user": a, "message": c.L(f"{key} — è un {lab}", f"{key} — it's a {lab}"), "create_at": base + 120000}},
    ]
    return "\n".join(json.dumps(p, ensure_ascii=False) for p in posts)


@T("chat-forward")
def whatsapp_forward_iban_pin(c):
    cust = c.first()
    iban = c.iban()
    pin = c.pin(c.p(4, 5, 6))
    d = c.t.strftime("%d/%m/%y")
    lines = []
    if c.it:
        intro = c.p("Il cliente ci ha inoltrato la chat WhatsApp con il finto operatore, la incollo:", "Screenshot trascritto della chat che il cliente ha avuto con i truffatori:", "Chat inoltrata dal cliente (probabile phishing):")
        lines = [f"[{d}, {c.hm()}] +39 3{c.v.digits(2)} {c.v.digits(7)}: Gentile cliente, per sbloccare il rimborso ci servono i suoi dati",
                 f"[{d}, {c.hm()}] {cust}: ok il mio iban è {iban}",
                 f"[{d}, {c.hm()}] +39 3{c.v.digits(2)} {c.v.digits(7)}: grazie. ora ci serve il codice che ha ricevuto",
                 f"[{d}, {c.hm()}] {cust}: {pin}",
                 f"[{d}, {c.hm()}] {cust}: ma è sicuro?"]
    else:
        intro = c.p("Customer forwarded the WhatsApp chat with the fake agent, pasting it:", "Transcribed screenshot of the customer's chat with the scammers:", "Chat forwarded by the customer (likely phishing):")
        lines = [f"[{d}, {c.hm()}] +44 7{c.v.digits(3)} {c.v.digits(6)}: Dear customer, to release the refund we need your details",
                 f"[{d}, {c.hm()}] {cust}: ok my iban is {iban}",
                 f"[{d}, {c.hm()}] +44 7{c.v.digits(3)} {c.v.digits(6)}: thanks. now we need the code you just received",
                 f"[{d}, {c.hm()}] {cust}: {pin}",
                 f"[{d}, {c.hm()}] {cust}: is this safe?"]
    return intro + "\n\n" + "\n".join(lines)


@T("jira-comment")
def jira_comment_curl(c):
    a = c.person()
    dom = c.domain()
    tok = c.tok()
    c.tick()
    when = c.t.strftime("%d/%b/%y %I:%M %p")
    return (f"{a} added a comment - {when}\n"
            f"{c.L('Riprodotto con la chiamata del cliente:', 'Reproduced with the customer call:')}\n"
            "{code:bash}\n"
            f"curl -i https://api.{dom}/v1/{c.p('charges', 'customers', 'webhooks/endpoints', 'balance')} \\\n"
            f"  -H \"Authorization: Bearer {tok}\" \\\n  -H \"Idempotency-Key: {c.v.uuid()}\"\n"
            "{code}\n"
            f"{c.L('Risposta: HTTP/1.1 403, header', 'Response: HTTP/1.1 403, header')} x-request-id: {c.reqid()}")


@T("jira-comment")
def jira_noformat_properties(c):
    a = c.person()
    pw = c.pw()
    pw2 = c.pw()
    host = c.p("mq-prod-01", "sftp-in.partner.example", "10.12.0.44")
    c.tick()
    return (f"{a} {c.L('ha aggiunto un commento', 'added a comment')} - {c.t:%d/%b/%y %H:%M}\n"
            f"{c.L('Configurazione allegata dal cliente (file connector.properties):', 'Config attached by the customer (connector.properties):')}\n"
            "{noformat}\n"
            f"connector.host={host}\nconnector.port={c.p('5671', '22', '8443')}\nconnector.user=svc_{c.p('payments', 'recon', 'ledger')}\nconnector.password={pw}\n"
            f"keystore.path=/opt/app/keystore.p12\nkeystore.password={pw2}\nretry.max=5\n"
            "{noformat}\n"
            f"{c.L('Da qui si vede che la porta è sbagliata.', 'You can see the port is wrong here.')}")


@T("linear-issue")
def linear_issue_env_dump(c):
    comp = c.company()
    lab, key = c.vk(c.p("openai", "anthropic", "sendgrid", "datadog", "google"))
    rt = c.rt()
    return (f"## {c.L('Bug', 'Bug')}: {c.L('sync fallisce dopo la scadenza del token', 'sync fails after token expiry')} ({comp})\n\n"
            f"**{c.L('Passi', 'Steps')}**\n1. {c.L('avviare il worker', 'start worker')}\n2. {c.L('attendere 1h', 'wait 1h')}\n\n"
            f"**{c.L('Ambiente (dal cliente)', 'Env (from customer)')}**\n```\nWORKER_CONCURRENCY=4\nOAUTH_REFRESH_TOKEN={rt}\n{'DD_API_KEY' if lab == 'Datadog API key' else 'PROVIDER_KEY'}={key}\nREGION=eu\n```\n\n"
            f"Labels: `bug` `support-escalation`  ·  {c.L('Priorità', 'Priority')}: {c.p('Urgent', 'High')}  ·  {c.jira()}")


@T("servicenow-worknote")
def servicenow_worknote(c):
    a = c.person()
    inc = f"INC{c.v.digits(7)}"
    card = c.card()
    cv = c.cvv()
    if c.it:
        return (f"{inc} | Gruppo assegnazione: Payments L2 | Priorità: 2 - Alta\n\n"
                f"Note di lavoro • {c.stamp()} - {a} (Note di lavoro)\n"
                f"L'utente ha inserito nella descrizione del ticket: \"pagamento rifiutato con carta {card} cvv {cv}\". Campo descrizione da oscurare.\n\n"
                f"Commenti aggiuntivi (visibili al cliente) • {c.stamp()} - {a}\nLa invitiamo a non condividere i dati della carta. Stiamo verificando con il merchant.")
    return (f"{inc} | Assignment group: Payments L2 | Priority: 2 - High\n\n"
            f"Work notes • {c.stamp()} - {a} (Work notes)\n"
            f"User put in the ticket description: \"payment declined with card {card} cvv {cv}\". Description field needs redaction.\n\n"
            f"Additional comments (Customer visible) • {c.stamp()} - {a}\nPlease do not share card details. We are checking with the merchant.")


@T("zendesk-side-conversation")
def zendesk_side_conv_bank(c):
    a = c.person()
    iban = c.iban()
    cust = c.person()
    if c.it:
        return (f"Conversazione laterale con Finance — {c.ticket()}\nDa: {a}\nA: finance@sportello\n\n"
                f"Ciao, il cliente {cust} chiede l'accredito del saldo residuo ({c.amount()}) sul conto\n{iban}\n"
                f"intestato a {cust}. Allego la richiesta firmata. BIC {c.v.bic()}.")
    return (f"Side conversation with Finance — {c.ticket()}\nFrom: {a}\nTo: finance@sportello\n\n"
            f"Hi, customer {cust} asks to have the remaining balance ({c.amount()}) credited to\n{iban}\n"
            f"held by {cust}. Signed request attached. BIC {c.v.bic()}.")


@T("slack-paste")
def slack_bot_alert_leak(c):
    tok = c.tok()
    svc = c.p("payments-api", "checkout-web", "partner-gateway")
    return (f"Sentry  APP  {c.hm()}\n:red_circle: {c.p('TypeError', 'HTTPError', 'AuthError')} in {svc}\n"
            f"{c.p('Cannot read properties of undefined', '401 Client Error: Unauthorized for url', 'token rejected')}\n"
            f"Request headers:\n  Host: api.{c.domain()}\n  User-Agent: {c.p('python-requests/2.31.0', 'okhttp/4.12.0', 'axios/1.6.8')}\n"
            f"  Authorization: Bearer {tok}\n  X-Request-Id: {c.v.uuid()}\n"
            f"Environment: production | Release: {c.v.commit(True)} | Events: {c.r.randint(2, 900)}\n[Resolve] [Ignore] [Assign]")


@T("slack-paste")
def chat_mixed_lang_card_cvv_split(c):
    a, u = c.handle(), c.handle()
    card = c.card()
    cv = c.cvv()
    msgs = [f"{u}: hi, sorry il mio inglese non è bueno, payment non va su {c.company()}",
            f"{a}: no problem, possiamo parlare in italiano. che errore vede?",
            f"{u}: 'card declined'. la carta è {card}",
            f"{a}: per favore non scriva il numero completo qui",
            f"{u}: ok sorry. ah il codice dietro è {cv} se serve",
            f"{a}: non serve, grazie. Escalo al team pagamenti."]
    ts = [c.hm() for _ in msgs]
    return "\n".join(f"{t} {m}" for t, m in zip(ts, msgs))


@T("teams-paste")
def teams_paste_refresh(c):
    a = c.person()
    rt = c.rt()
    if c.it:
        return (f"{a} — {c.stamp()}\nMi hanno girato il refresh token che non funziona più, lo metto qui così lo vediamo insieme nella call delle 15:\n{rt}\n"
                f"(client_id {c.client_id()}, redirect_uri https://app.{c.domain()}/oauth/callback)\n👍 2")
    return (f"{a} — {c.stamp()}\nThey forwarded the refresh token that stopped working, dropping it here so we can look at it in the 3pm call:\n{rt}\n"
            f"(client_id {c.client_id()}, redirect_uri https://app.{c.domain()}/oauth/callback)\n👍 2")


@T("slack-export")
def slack_json_webhook_secret(c):
    a = c.person()
    ua = _uid(c)
    if c.chance(0.5):
        sec = c.vkey("whsec")
    else:
        sec = c.S("client_secret", c.v.hexs(64))
    txt = c.L(f"il cliente verifica la firma con questo segreto: `{sec}` ma la verifica fallisce sempre. Stripe-Signature di esempio nel thread",
              f"customer verifies the signature with this secret: `{sec}` but verification always fails. Sample Stripe-Signature in thread")
    m1, ts = slack_msg(c, ua, a, slack_esc(txt), reactions=["thinking_face"])
    sig = f"t={c.epoch()},v1={c.v.sha256()}"
    m2, _ = slack_msg(c, ua, a, slack_esc(f"Stripe-Signature: {sig}"), thread=ts)
    return slack_export([m1, m2])


@T("jira-comment")
def jira_comment_later_answer(c):
    a, b = c.person(), c.person()
    sec = c.csec()
    cid = c.client_id()
    c.tick()
    return (f"{a} added a comment - {c.t:%d/%b/%y %H:%M}\n"
            f"{c.L('@' + b.split()[0] + ' puoi recuperare dal cliente il client secret della sandbox? senza non riesco a riprodurre', '@' + b.split()[0] + ' can you get the sandbox client secret from the customer? can not repro without it')}\n\n"
            f"{b} added a comment - {c.tick(60, 300) and c.t.strftime('%d/%b/%y %H:%M')}\n"
            f"{c.L('Il cliente ha risposto ieri sera. Sandbox:', 'Customer replied last night. Sandbox:')}\n"
            f"* client_id: {cid}\n* {c.L('segreto', 'secret')}: {sec}\n"
            f"{c.L('Dice che la produzione è configurata allo stesso modo.', 'They say production is configured the same way.')}")


# =========================================================================== NEGATIVES

@T("slack-export", pos=False)
def slack_json_neg(c):
    a, b = c.person(), c.person()
    ua, ub = _uid(c), _uid(c)
    m1, ts = slack_msg(c, ua, a, slack_esc(c.L(f"{c.company()} segnala pagamenti doppi, payment id {c.payid()} e {c.payid()}", f"{c.company()} reports double payments, payment ids {c.payid()} and {c.payid()}")), reactions=["eyes"])
    m2, _ = slack_msg(c, ub, b, slack_esc(c.L(f"stessa idempotency key? {c.v.uuid()}", f"same idempotency key? {c.v.uuid()}")), thread=ts)
    m3, _ = slack_msg(c, ua, a, slack_esc(c.L(f"no, diverse. carta {c.v.masked_card()}, importo {c.amount()}", f"no, different. card {c.v.masked_card()}, amount {c.amount()}")), thread=ts, edited=c.chance(0.5), reactions=["+1"])
    return slack_export([m1, m2, m3])


@T("slack-export", pos=False)
def slack_json_changed_neg(c):
    a = c.person()
    ua = _uid(c)
    before = c.L("per il db di staging usa la password che trovi in 1Password > Support > staging-db", "for the staging db use the password in 1Password > Support > staging-db")
    after = c.L("per il db di staging usa le credenziali in 1Password (vault Support)", "for the staging db use the creds in 1Password (Support vault)")
    ts_orig, ts_edit = _ts(c), _ts(c)
    return (
        "{\n"
        '    "type": "message",\n    "subtype": "message_changed",\n'
        "    \"message\": {\n"
        f'        "type": "message", "user": "{ua}", "text": "{slack_esc(after)}",\n'
        f'        "edited": {{"user": "{ua}", "ts": "{ts_edit}"}}, "ts": "{ts_orig}"\n'
        "    },\n"
        "    \"previous_message\": {\n"
        f'        "type": "message", "user": "{ua}", "text": "{slack_esc(before)}", "ts": "{ts_orig}"\n'
        "    },\n"
        f'    "event_ts": "{ts_edit}"\n'
        "}"
    )


@T("slack-paste", pos=False)
def slack_paste_rotation_neg(c):
    a, b = c.person(), c.person()
    if c.it:
        lines = [f"{a}  {c.hm()}", f"{c.company()} ha ruotato la chiave, ora usano quella che finisce con ...{c.v.opaque(4)}", f"{b}  {c.hm()}",
                 "ok, ricordate che nei ticket le chiavi vanno sempre oscurate tipo sk_live_…XXXX", f"{a}  {c.hm()}",
                 "sì sì. nel loro .env ora c'è STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY} letto da Secrets Manager", ":white_check_mark: 3"]
    else:
        lines = [f"{a}  {c.hm()}", f"{c.company()} rotated their key, they now use the one ending in ...{c.v.opaque(4)}", f"{b}  {c.hm()}",
                 "ok, reminder: keys in tickets must always be masked like sk_live_…XXXX", f"{a}  {c.hm()}",
                 "yep. their .env now has STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY} pulled from Secrets Manager", ":white_check_mark: 3"]
    return "\n".join(lines)


@T("teams-paste", pos=False)
def teams_paste_neg(c):
    a, b = c.person(), c.person()
    if c.it:
        return (f"[{c.hm()}] {a}\nil cliente ha pagato con la carta che termina con {c.v.last4()}, autorizzazione {c.v.opaque(6).upper()}, ARN {c.v.digits(23)}\n"
                f"[{c.hm()}] {b}\nperfetto, apro la disputa. Numero pratica {c.ticket()}\n[{c.hm()}] {a}\n👍")
    return (f"[{c.hm()}] {a}\ncustomer paid with the card ending {c.v.last4()}, auth code {c.v.opaque(6).upper()}, ARN {c.v.digits(23)}\n"
            f"[{c.hm()}] {b}\ngreat, opening the dispute. Case number {c.ticket()}\n[{c.hm()}] {a}\n👍")


@T("mattermost-export", pos=False)
def mattermost_neg(c):
    a, b = c.handle(), c.handle()
    c.tick()
    base = c.epoch() * 1000
    sig = c.p(f"X-Hub-Signature-256: sha256={c.v.sha256()}", f"Stripe-Signature: t={c.epoch()},v1={c.v.sha256()},v0={c.v.sha256()}",
              f"X-Sportello-Signature: t={c.epoch()}, s={c.v.b64(32)}", f"X-Shopify-Hmac-Sha256: {c.v.b64(32)}")
    posts = [
        {"type": "post", "post": {"team": "support", "channel": "webhooks", "user": a,
                                  "message": c.L(f"la verifica della firma fallisce, header ricevuto:\n{sig}", f"signature check fails, header received:\n{sig}"), "create_at": base}},
        {"type": "reply", "reply": {"user": b, "message": c.L("probabilmente il body viene riformattato prima di calcolare l'HMAC", "body is probably re-serialised before computing the HMAC"), "create_at": base + 90000}},
    ]
    return "\n".join(json.dumps(p, ensure_ascii=False) for p in posts)


@T("jira-comment", pos=False)
def jira_placeholder_neg(c):
    a = c.person()
    c.tick()
    return (f"{a} added a comment - {c.t:%d/%b/%y %H:%M}\n{c.L('Esempio corretto da mandare al cliente:', 'Correct example to send the customer:')}\n"
            "{code:bash}\n"
            f"curl https://api.{c.domain()}/v1/payments \\\n  -u \"$CLIENT_ID:$CLIENT_SECRET\" \\\n  -H \"Authorization: Bearer <your-access-token>\" \\\n  -d amount=1000 -d currency=eur\n"
            "{code}\n"
            f"{c.L('Sostituire i placeholder con i propri valori. Non incollare token reali nei ticket.', 'Replace placeholders with your own values. Do not paste real tokens into tickets.')}")


@T("linear-issue", pos=False)
def linear_neg(c):
    return (f"## {c.L('Migliorare il messaggio di errore su secret scaduto', 'Improve error message on expired secret')}\n\n"
            f"{c.L('Oggi restituiamo', 'Today we return')} `{{\"error\":\"invalid_client\"}}` {c.L('anche quando il client secret è scaduto.', 'even when the client secret has expired.')}\n"
            f"{c.L('Proposta', 'Proposal')}: `invalid_client: client secret expired at 2025-01-31T00:00:00Z`.\n\n"
            f"{c.L('Esempi da', 'Examples from')} {c.ticket()}, {c.ticket()}. Trace: `{c.traceid()}`\n\nLabels: `dx` `identity`  ·  {c.jira()}")


@T("servicenow-worknote", pos=False)
def servicenow_neg(c):
    a = c.person()
    inc = f"INC{c.v.digits(7)}"
    return (f"{inc} | CI: payments-gateway-prod | {c.L('Stato', 'State')}: {c.p('In Progress', 'On Hold')}\n\n"
            f"{c.L('Note di lavoro', 'Work notes')} • {c.stamp()} - {a}\n"
            f"{c.L('Collegato al change', 'Linked to change')} CHG{c.v.digits(7)}. {c.L('Il certificato mTLS scade il', 'mTLS certificate expires on')} {c.date()}; "
            f"serial {':'.join(c.v.hexs(2) for _ in range(16))}. {c.L('Nessuna chiave privata condivisa: il cliente genera la CSR.', 'No private key shared: customer generates the CSR.')}\n"
            f"Problem: PRB{c.v.digits(7)}  Task: SCTASK{c.v.digits(7)}")


@T("slack-paste", pos=False)
def slack_bot_alert_neg(c):
    svc = c.p("payments-api", "checkout-web", "partner-gateway")
    return (f"Sentry  APP  {c.hm()}\n:red_circle: AuthError in {svc}\ninvalid_token: token expired\n"
            f"Request headers:\n  Authorization: [Filtered]\n  Cookie: [Filtered]\n  X-Request-Id: {c.v.uuid()}\n  traceparent: 00-{c.traceid()}-{c.v.hexs(16)}-01\n"
            f"Environment: production | Release: {c.v.commit(True)} | Users: {c.r.randint(1, 90)}\n[Resolve] [Ignore]")


@T("chat-forward", pos=False)
def chat_forward_neg(c):
    cust = c.first()
    d = c.t.strftime("%d/%m/%y")
    if c.it:
        return (f"Chat inoltrata dal cliente:\n[{d}, {c.hm()}] {c.company()}: Il suo ordine n. {c.v.digits(9)} è stato spedito. Tracking {c.v.s('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{c.v.digits(9)}IT\n"
                f"[{d}, {c.hm()}] {cust}: ma mi avete addebitato {c.amount()} due volte\n"
                f"[{d}, {c.hm()}] {c.company()}: Ci scriva a supporto, non condivida mai PIN o password in chat. Il rimborso arriverà sul conto {c.v.iban_masked()}")
    return (f"Chat forwarded by the customer:\n[{d}, {c.hm()}] {c.company()}: Your order no. {c.v.digits(9)} has shipped. Tracking 1Z{c.v.s('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}\n"
            f"[{d}, {c.hm()}] {cust}: but you charged me {c.amount()} twice\n"
            f"[{d}, {c.hm()}] {c.company()}: Please write to support, never share PINs or passwords in chat. The refund will go to account {c.v.iban_masked()}")


@T("slack-paste", pos=False)
def slack_question_no_answer_neg(c):
    a, b = c.person(), c.person()
    if c.it:
        return (f"{a}  {c.hm()}\nmi serve il client secret di {c.client_id()} per provare, qualcuno ce l'ha?\n{b}  {c.hm()}\n"
                f"no, e non va chiesto in chat. apri una richiesta di accesso in Vault (path kv/clients/{c.client_id()}) e te lo approva il lead\n{a}  {c.hm()}\nok, richiesta {c.jira()} aperta")
    return (f"{a}  {c.hm()}\nI need the client secret for {c.client_id()} to test, anyone have it?\n{b}  {c.hm()}\n"
            f"no, and don't ask in chat. open a Vault access request (path kv/clients/{c.client_id()}) and the lead approves it\n{a}  {c.hm()}\nok, opened {c.jira()}")


@T("jira-comment", pos=False)
def jira_hashes_neg(c):
    a = c.person()
    c.tick()
    return (f"{a} added a comment - {c.t:%d/%b/%y %H:%M}\n"
            f"{c.L('Fix rilasciato', 'Fix released')}: {c.v.commit()} ({c.L('tag', 'tag')} v{c.r.randint(1, 9)}.{c.r.randint(0, 40)}.{c.r.randint(0, 9)})\n"
            f"image: ghcr.io/sportello/guard-proxy@sha256:{c.v.sha256()}\n"
            f"SBOM digest: sha512-{c.v.b64(64)}\n"
            f"{c.L('Checksum del file di riconciliazione', 'Reconciliation file checksum')}: md5 {c.v.hexs(32)}\n"
            f"{c.L('Chiudo il ticket', 'Closing')} {c.ticket()}.")


@T("teams-export", pos=False)
def teams_graph_neg(c):
    a = c.person()
    content = c.L(f"<p>Il merchant {c.company()} ha aggiornato l'IBAN dei payout dalla dashboard (ultime cifre {c.v.digits(4)}). BIC {c.v.bic()}. Nessuna azione per noi.</p>",
                  f"<p>Merchant {c.company()} updated the payout IBAN from the dashboard (ending {c.v.digits(4)}). BIC {c.v.bic()}. No action for us.</p>")
    return json.dumps({
        "id": c.v.digits(13), "messageType": "message", "createdDateTime": c.iso(),
        "from": {"user": {"id": c.v.uuid(), "displayName": a}},
        "body": {"contentType": "html", "content": content},
        "etag": c.v.digits(13),
        "reactions": [],
    }, indent=2, ensure_ascii=False)


@T("zendesk-side-conversation", pos=False)
def zendesk_neg(c):
    a = c.person()
    return (f"{c.L('Conversazione laterale con Finance', 'Side conversation with Finance')} — {c.ticket()}\n{c.L('Da', 'From')}: {a}\n\n"
            f"{c.L('Il cliente chiede la fattura n.', 'Customer asks for invoice no.')} {c.r.randint(1, 2000)}/{c.t.year} {c.L('con P.IVA', 'with VAT no.')} IT{c.v.piva()} "
            f"{c.L('e codice destinatario', 'and SDI recipient code')} {c.v.s('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 7)}. {c.L('Importo', 'Amount')} {c.amount()}. PEC: amministrazione@{c.domain()}")
