"""Agents' internal notes, tier hand-offs, escalation summaries, incidents, on-call pages, status drafts."""
from core import T, TEAMS


def _sig(c):
    n = c.person()
    return c.p(f"— {n}", f"-- {n.split()[0]}", f"{n} ({c.p('L1', 'L2', 'Tier 2', 'Support')})", f"/{c.handle(n)}", "")


# =========================================================================== POSITIVES

@T("handoff")
def handoff_card_pasted(c):
    cust, comp, tk = c.person(), c.company(), c.ticket()
    card = c.card()
    exp = c.v.expiry()
    with_cvv = c.chance(0.6)
    cv = c.cvv(amex=card.startswith("37") or card.startswith("34")) if with_cvv else None
    if c.it:
        head = c.p(f"Passaggio L1 → L2 — ticket {tk}", f"[HANDOFF L1>L2] {tk}", f"Escalation verso L2 ({tk})",
                   f"Nota interna per il secondo livello – {tk}", f"L1->L2 {tk} / {comp}")
        what = c.p(
            f"Il titolare ({cust}) ha incollato nel modulo di contatto il numero completo della carta: {card}, scad. {exp}" + (f", CVV {cv}" if cv else "") + ".",
            f"Nel corpo della mail l'utente finale scrive testualmente \"la mia carta è la {card} scadenza {exp}" + (f" e il codice dietro è {cv}" if cv else "") + "\".",
            f"{cust} ha risposto alla nostra richiesta di log mandando invece i dati carta:\n  PAN {card}\n  scad {exp}" + (f"\n  cvv {cv}" if cv else ""),
            f"cliente ci ha girato screenshot + testo, nel testo c'è la carta {card}" + (f" (cvv: {cv})" if cv else "") + " — va oscurato il ticket",
        )
        ask = c.p("Chiedo a L2 di contattare il merchant per il rimborso del doppio addebito e di oscurare i dati dal ticket.",
                  f"Da verificare con {comp} se il pagamento risulta due volte nel loro gestionale.",
                  "Non ho risposto al cliente, attendo indicazioni. Il ticket va messo in quarantena PCI.",
                  "Priorità alta, il cliente minaccia chargeback.")
        return f"{head}\n\n{c.p('Contesto', 'Situazione', 'Riepilogo')}: {c.p('doppio addebito', 'pagamento rifiutato', 'addebito non riconosciuto', 'abbonamento non disdetto')} su {comp}.\n{what}\n\n{ask}\n{_sig(c)}"
    head = c.p(f"L1 → L2 handoff — {tk}", f"[HANDOFF] {tk} ({comp})", f"Escalating {tk} to Tier 2", f"Internal note / {tk}")
    what = c.p(
        f"End user ({cust}) pasted their full card into the contact form: {card}, exp {exp}" + (f", CVV {cv}" if cv else "") + ".",
        f"Customer wrote, quote: \"my card is {card} expiring {exp}" + (f" and the 3 digits on the back are {cv}" if cv else "") + "\"",
        f"Instead of the logs we asked for, {cust.split()[0]} sent card details:\n  PAN: {card}\n  exp: {exp}" + (f"\n  cvv: {cv}" if cv else ""),
        f"heads up, the reply contains a raw PAN ({card})" + (f" + CVV {cv}" if cv else "") + ", ticket needs scrubbing",
    )
    ask = c.p("Please check with the merchant whether the duplicate charge was refunded and scrub the ticket.",
              f"Can Tier 2 confirm with {comp} if the auth was captured twice?",
              "Haven't replied yet. Needs PCI quarantine before anyone else opens it.",
              "Customer is threatening a chargeback, high priority.")
    return f"{head}\n\nContext: {c.p('duplicate charge', 'declined payment', 'unrecognised charge', 'subscription not cancelled')} on {comp}.\n{what}\n\n{ask}\n{_sig(c)}"


@T("handoff")
def handoff_password_repro(c):
    comp, dom, tk = c.company(), c.domain(), c.ticket()
    user = c.email()
    pw = c.pw()
    steps_it = [f"1. login su https://dashboard.{dom} con {user} / {pw}",
                f"1. accedere alla dashboard ({dom}) — utente {user}, password {pw}",
                f"1) entra come {user} (pwd: {pw}) nella console di {comp}"]
    steps_en = [f"1. log into https://dashboard.{dom} as {user} / {pw}",
                f"1. sign in to the {comp} console — user {user}, password {pw}",
                f"1) use the customer's account {user} (pw {pw}, they gave it to us to reproduce)"]
    step1 = c.pl(steps_it, steps_en)
    if c.it:
        return (f"{c.p('Escalation', 'Passaggio a L2', 'Ticket per il team Identity')} {tk}\n"
                f"Problema: dopo il reset dell'MFA il cliente non vede più le chiavi API nella dashboard.\n\n"
                f"Passi per riprodurre (il cliente ci ha dato le credenziali, {c.p('lo so, non dovrebbe', 'gli ho già detto di cambiarle dopo', 'account di test secondo lui')}):\n"
                f"{step1}\n2. Impostazioni → Sviluppatori → Chiavi\n3. la pagina resta vuota, in console errore 403\n\n"
                f"request id dell'errore: {c.reqid()}\n{_sig(c)}")
    return (f"{c.p('Escalation', 'Handoff to L2', 'Ticket for the Identity team')} {tk}\n"
            f"Issue: after an MFA reset the customer can no longer see API keys in the dashboard.\n\n"
            f"Repro ({c.p('yes I know, they sent creds', 'told them to rotate after', 'they say it is a test account')}):\n"
            f"{step1}\n2. Settings → Developers → Keys\n3. page stays blank, 403 in the console\n\n"
            f"request id: {c.reqid()}\n{_sig(c)}")


@T("escalation-summary")
def escalation_summary_curl(c):
    comp, dom = c.company(), c.domain()
    tok = c.tok()
    rid = c.reqid()
    ep = c.p("/v2/payments", "/v1/invoices?status=open", "/v3/accounts/me", "/v1/payouts", "/oauth/userinfo")
    hdr = c.p("Authorization: Bearer ", "authorization: bearer ", "Authorization:Bearer ")
    curl = f"curl -s -X {c.p('GET', 'POST')} 'https://api.{dom}{ep}' \\\n  -H '{hdr}{tok}' \\\n  -H 'Accept: application/json'"
    if c.it:
        return (f"== {c.p('Riepilogo escalation', 'ESCALATION', 'Sintesi per L3')} ==\n"
                f"Cliente: {comp}\nImpatto: {c.p('tutte le chiamate tornano 401 da stamattina', 'latenza > 8s sul 30% delle richieste', 'risposte 500 intermittenti')}\n"
                f"Primo avvistamento: {c.stamp()}\nEvidenze: il cliente ha incollato la chiamata che fallisce:\n\n{curl}\n\n"
                f"X-Request-Id nella risposta: {rid}\n"
                f"Prossimo passo: {c.p('verificare lato gateway se il token risulta revocato', 'controllare i log del load balancer', 'capire se è legato al deploy di ieri')}.")
    return (f"== {c.p('Escalation summary', 'ESCALATION', 'Summary for L3')} ==\n"
            f"Customer: {comp}\nImpact: {c.p('every call returns 401 since this morning', 'p95 latency > 8s on 30% of requests', 'intermittent 500s')}\n"
            f"First seen: {c.stamp()}\nEvidence — the customer pasted the failing call:\n\n{curl}\n\n"
            f"X-Request-Id on the response: {rid}\n"
            f"Next step: {c.p('check at the gateway whether the token is revoked', 'pull LB logs', 'see if this correlates with yesterday deploy')}.")


@T("internal-note")
def note_refund_iban(c):
    cust, comp = c.person(), c.company()
    iban = c.iban()
    amt = c.amount()
    if c.it:
        return c.p(
            f"Nota per Billing Ops: rimborso di {amt} a {cust} ({comp}). Il cliente chiede bonifico su IBAN {iban} intestato a lui. Pratica {c.ticket()}.",
            f"@billing-ops ciao, serve un rimborso manuale.\nBeneficiario: {cust}\nIBAN: {iban}\nImporto: {amt}\nCausale: rimborso ordine {c.v.digits(8)}\nGrazie!",
            f"{c.hm()} ho sentito {cust} al telefono, vuole il rimborso con bonifico e non su carta. Mi ha dettato l'IBAN, {iban}, l'ho riletto due volte.",
        )
    return c.p(
        f"Note for Billing Ops: refund {amt} to {cust} ({comp}). Customer asks for a bank transfer to IBAN {iban} in their name. Case {c.ticket()}.",
        f"@billing-ops hi, need a manual refund.\nBeneficiary: {cust}\nIBAN: {iban}\nAmount: {amt}\nReference: refund order {c.v.digits(8)}\nthanks!",
        f"{c.hm()} spoke with {cust} on the phone, wants the refund by transfer not to the card. Read me the IBAN — {iban} — repeated it back twice.",
    )


@T("handoff")
def handoff_client_secret(c):
    comp, cid = c.company(), c.client_id()
    sec = c.csec()
    err = c.p("invalid_client", "unauthorized_client", "invalid_grant")
    if c.it:
        return (f"L2 → Ingegneria ({c.jira()})\n\n{comp} non riesce più a ottenere token con client_credentials: risposta `{err}`.\n"
                f"Ci hanno mandato le credenziali per fare una prova noi:\n"
                f"client_id = {cid}\nclient_secret = {sec}\n\n"
                f"{c.p('Ho provato da Postman e fallisce anche a me.', 'Da Postman a me funziona, quindi forse è un problema di encoding lato loro.', 'Non ho provato, meglio che lo faccia qualcuno di voi.')}\n"
                f"Dopo la verifica chiediamo la rotazione del segreto.")
    return (f"L2 → Engineering ({c.jira()})\n\n{comp} can no longer get tokens with client_credentials: `{err}`.\n"
            f"They sent us their credentials so we could try:\n"
            f"client_id = {cid}\nclient_secret = {sec}\n\n"
            f"{c.p('Fails from Postman for me too.', 'Works for me from Postman, so maybe an encoding problem on their side.', 'Did not try it myself, better one of you does.')}\n"
            f"Once checked we should ask them to rotate the secret.")


@T("internal-note")
def note_otp_read_aloud(c):
    cust = c.person()
    code = c.pin(c.p(6, 6, 8, 5))
    comp = c.company()
    if c.it:
        return c.p(
            f"Chiamata {c.hm()} — {cust} non riceve l'SMS per la conferma del pagamento su {comp}. Poi l'SMS è arrivato mentre eravamo al telefono e me l'ha letto: {code}. Gli ho detto di non comunicarlo a nessuno, nemmeno a noi.",
            f"Nota: il cliente ha incollato in chat il codice OTP ({code}) pensando servisse a noi per sbloccare il conto. Codice probabilmente già scaduto ma segnalo.",
            f"Il titolare ha scritto \"il codice che mi è arrivato è {code}, potete completare voi il pagamento?\". Spiegato che non possiamo.",
        )
    return c.p(
        f"Call {c.hm()} — {cust} wasn't receiving the SMS to confirm the payment on {comp}. It arrived while we were on the phone and they read it out: {code}. Told them never to share it, not even with us.",
        f"Note: customer pasted the OTP ({code}) into the chat thinking we needed it to unlock the account. Probably expired already but flagging.",
        f"Cardholder wrote \"the code I got is {code}, can you finish the payment for me?\". Explained we can't.",
    )


@T("internal-note")
def note_wrapped_token(c):
    tok = c.v.jwt() if c.chance(0.5) else c.v.opaque(64)
    k = c.r.randint(20, len(tok) - 20)
    wrapped = tok[:k] + "\n" + tok[k:]
    c.S("access_token", wrapped)
    if c.it:
        return (f"copio qui sotto il token che il cliente ha incollato nella mail (il client di posta l'ha spezzato su due righe):\n\n"
                f"{wrapped}\n\n{c.p('scade tra un ora comunque', 'gli ho chiesto di revocarlo', 'non so se è di produzione')} — rif. {c.ticket()}")
    return (f"pasting the token the customer put in the email below (their mail client wrapped it):\n\n"
            f"{wrapped}\n\n{c.p('expires in an hour anyway', 'asked them to revoke it', 'not sure whether it is prod')} — ref {c.ticket()}")


@T("internal-note")
def note_value_far_from_key(c):
    comp = c.company()
    label, key = c.vk(c.p("stripe", "sendgrid", "github", "slack", "openai", "mailgun", "twilio_sk", "gitlab"))
    if c.it:
        return c.p(
            f"La chiave che {comp} ci ha mandato ieri sera, e che secondo loro è già stata ruotata (ne dubito, i log dicono il contrario), è questa qui: {key}",
            f"riguardo alla {label}: il cliente giura di averla revocata ma quando l'ho provata stamattina alle {c.hm()} rispondeva ancora 200. Per intenderci, parliamo di {key}",
            f"Per la cronaca, nel file .env allegato al ticket {c.ticket()} (che non avrebbero dovuto mandarci) compare, tre righe sotto il commento sul database, {key}",
        )
    return c.p(
        f"The key {comp} sent us last night, which they claim was already rotated (I doubt it, logs say otherwise), is this one: {key}",
        f"re the {label}: customer swears it was revoked but when I tried it this morning at {c.hm()} it still returned 200. For reference, we are talking about {key}",
        f"FYI, in the .env attached to {c.ticket()} (which they should never have sent) there is, three lines below the database comment, {key}",
    )


@T("shift-handover")
def shift_handover_list(c):
    items = []
    comp = c.company()
    label, key = c.vk(c.p("stripe", "stripe_rk", "sendgrid", "adyen", "square", "nexi"))
    for _ in range(c.r.randint(2, 3)):
        items.append(c.L(f"- {c.ticket()} {c.company()}: {c.p('aspettiamo log dal cliente', 'webhook in ritardo, monitorare', 'chiuso lato nostro, manca conferma', 'richiesta fattura duplicata')}",
                         f"- {c.ticket()} {c.company()}: {c.p('waiting for logs', 'webhooks delayed, keep an eye', 'closed on our side, awaiting confirmation', 'duplicate invoice request')}"))
    items.insert(c.r.randint(0, len(items)), c.L(
        f"- {c.ticket()} {comp}: il cliente ha incollato la sua {label} in chiaro nel ticket ({key}). Da oscurare + chiedere rotazione",
        f"- {c.ticket()} {comp}: customer pasted their {label} in clear in the ticket ({key}). Scrub + ask them to rotate"))
    head = c.L(c.p("Passaggio consegne turno serale", "Handover fine turno", "Consegne notte → mattina"),
               c.p("Shift handover (evening)", "End of shift handover", "Night → morning handover"))
    return f"{head} — {c.date()}\n" + "\n".join(items) + "\n" + c.L("Nessun P1 aperto.", "No open P1s.")


@T("internal-note")
def note_it_bank_account(c):
    abi, cab, conto, cin = c.v.it_account()
    cust = c.person("it")
    form = c.p("sep", "bban", "bban_sp")
    if form == "sep":
        c.S("bank_account", conto)
        coords = c.p(f"ABI {abi} CAB {cab} c/c {conto}", f"ABI: {abi} - CAB: {cab} - conto n. {conto}", f"conto corrente {conto} (ABI {abi}, CAB {cab})")
    elif form == "bban":
        coords = c.S("bank_account", f"{cin}{abi}{cab}{conto}")
        coords = f"BBAN {coords}"
    else:
        coords = "coordinate " + c.S("bank_account", f"{cin} {abi} {cab} {conto}")
    if c.it:
        return c.p(
            f"Il cliente {cust} non ha l'IBAN sotto mano, ci ha dato le vecchie coordinate: {coords}. Billing può ricostruire l'IBAN?",
            f"Nota interna — accredito stipendi fallito per {c.company()}. Conto del dipendente indicato dal cliente: {coords}. Banca dice conto inesistente, da verificare.",
            f"rimborso: il signor {cust.split()[1]} vuole l'accredito su {coords}, filiale di {c.p('Bari', 'Torino', 'Padova', 'Lecce', 'Bergamo')}",
        )
    return c.p(
        f"Customer {cust} doesn't have the IBAN at hand, they gave us the old Italian coordinates: {coords}. Can Billing rebuild the IBAN?",
        f"Internal note — payroll credit failed for {c.company()}. Employee account given by the customer: {coords}. Bank says account doesn't exist, please check.",
    )


@T("handoff")
def handoff_refresh_token(c):
    comp = c.company()
    rtok = c.rt()
    if c.it:
        return (f"{c.p('Per L2', 'Escalation Identity', 'Passo a voi')}: {comp} riceve `invalid_grant` quando rinnova il token.\n"
                f"Il refresh token che stanno usando (copiato dal loro log) è:\n{rtok}\n"
                f"Emesso secondo loro il {c.date()}. {c.p('Potrebbe essere scaduto per inattività (90 giorni)?', 'Forse è stato revocato dal reset password?', 'Il client_id è corretto.')}")
    return (f"{c.p('For L2', 'Identity escalation', 'Over to you')}: {comp} gets `invalid_grant` when refreshing.\n"
            f"The refresh token they use (copied from their log) is:\n{rtok}\n"
            f"Issued on {c.date()} according to them. {c.p('Could it have expired from inactivity (90 days)?', 'Maybe revoked by the password reset?', 'client_id is correct.')}")


@T("internal-note")
def note_private_key_upload(c):
    comp = c.company()
    key = c.pem(c.p("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"))
    if c.it:
        return (f"{comp} doveva mandarci la chiave PUBBLICA per la firma dei webhook e invece ha incollato questa:\n\n{key}\n\n"
                f"Ho aperto {c.jira()} per revocarla e chiedere una nuova coppia. Non usatela per i test.")
    return (f"{comp} was supposed to send us the PUBLIC key for webhook signing, instead they pasted this:\n\n{key}\n\n"
            f"Opened {c.jira()} to get it revoked and a new pair issued. Don't use it for testing.")


@T("incident-timeline")
def incident_timeline_leak(c):
    lines = []
    comp = c.company()
    lab, key = c.vk(c.p("aws", "github", "gitlab", "slack", "stripe", "do", "npm"))
    if lab == "AWS secret access key":
        kid = c.S("vendor_key", c.v.aws_pair()[0])
        leak = c.L(f"il cliente conferma che nel repo pubblico c'erano AKID {kid} e secret {key}",
                   f"customer confirms the public repo had AKID {kid} and secret {key}")
    else:
        leak = c.L(f"trovato nel pastebin pubblico: {key}", f"found on a public paste site: {key}")
    ev = c.L([f"alert da {c.p('GitGuardian', 'secret scanning', 'un ricercatore')} su {comp}",
              leak,
              "chiesto al cliente di revocare la credenziale",
              f"revoca confermata, nuova chiave emessa",
              "verifica accessi sospetti: nessuno trovato nei log CloudTrail/audit"],
             [f"alert from {c.p('GitGuardian', 'secret scanning', 'a researcher')} about {comp}",
              leak,
              "asked the customer to revoke the credential",
              "revocation confirmed, new key issued",
              "checked for suspicious access: none found in audit logs"])
    fmt = c.p("iso", "hm", "stamp")
    for e in ev:
        lines.append(f"{c.iso() if fmt == 'iso' else c.hm() if fmt == 'hm' else c.stamp()}  {e}")
    head = c.L(f"Timeline incidente {c.p('INC-', 'SEC-')}{c.r.randint(100, 999)}", f"Incident timeline {c.p('INC-', 'SEC-')}{c.r.randint(100, 999)}")
    return head + "\n" + "\n".join(lines)


@T("postmortem")
def postmortem_root_cause(c):
    comp = c.company()
    host = c.p("db-prod-2.internal", "pg-main.eu-south-1.rds.amazonaws.com", "10.20.4.11", "mysql-payments.svc.cluster.local")
    user = c.p("app", "payments_rw", "svc_sportello", "root", "admin")
    pw = c.pwu()
    url = f"{c.p('postgres', 'postgresql', 'mysql')}://{user}:{pw}@{host}:{c.p('5432', '3306', '6432')}/{c.p('payments', 'core', 'ledger')}"
    if c.it:
        return (f"# Post-mortem: {c.p('interruzione webhook', 'perdita di eventi', 'errori 500 sul checkout')} del {c.date()}\n\n"
                f"## Sommario\nPer {c.r.randint(12, 140)} minuti {comp} non ha ricevuto {c.p('webhook', 'notifiche di pagamento', 'risposte dall API')}.\n\n"
                f"## Causa principale\nUn job di migrazione ha stampato nei log la stringa di connessione completa, `{url}`, e il log è finito nel ticket di supporto allegato dal cliente. "
                f"Durante la rotazione della password il pool di connessioni non è stato riavviato.\n\n"
                f"## Azioni\n- [ ] mascherare le DSN nei log\n- [x] ruotata la password\n- [ ] alert su connessioni rifiutate")
    return (f"# Post-mortem: {c.p('webhook outage', 'lost events', 'checkout 500s')} on {c.date()}\n\n"
            f"## Summary\nFor {c.r.randint(12, 140)} minutes {comp} did not receive {c.p('webhooks', 'payment notifications', 'API responses')}.\n\n"
            f"## Root cause\nA migration job printed the full connection string, `{url}`, to its log, and that log ended up in the support ticket the customer attached. "
            f"When the password was rotated the connection pool was not restarted.\n\n"
            f"## Action items\n- [ ] mask DSNs in logs\n- [x] password rotated\n- [ ] alert on refused connections")


@T("oncall-page")
def oncall_page_details(c):
    svc = c.p("payments-api", "webhook-dispatcher", "ledger-sync", "kyc-gateway", "payouts-worker")
    pw = c.pwu()
    redis = f"redis://:{pw}@{c.p('cache-01', 'redis-master.prod', '10.0.3.7')}:6379/{c.r.randint(0, 3)}"
    inc = c.v.uuid()
    return (f"[{c.p('PagerDuty', 'Opsgenie', 'incident.io')}] {c.p('TRIGGERED', 'Triggered', 'P2 OPEN')}: {svc} — {c.p('connection refused to cache', 'error rate > 5%', 'queue depth critical')}\n"
            f"Incident: {c.p('#', 'PD-')}{c.r.randint(10000, 99999)}  dedup_key: {inc}\n"
            f"Service: {svc}  Urgency: high\n"
            f"Details:\n  host: {svc}-{c.v.hexs(5)}\n  error: \"dial tcp: connection refused\"\n  REDIS_URL: {redis}\n  last_deploy: {c.v.commit(True)}\n"
            f"{c.L('Assegnato a', 'Assigned to')}: {c.person()}  {c.L('Escalation tra', 'Escalates in')} 15m")


@T("status-draft")
def status_draft_with_comment(c):
    comp = c.company()
    tok = c.tok()
    if c.it:
        return (f"BOZZA status page — NON PUBBLICARE\n\nTitolo: Rallentamenti nell'autenticazione API\n"
                f"Stato: In analisi\nTesto pubblico: Stiamo riscontrando errori intermittenti nell'ottenere token di accesso. Il team sta indagando.\n\n"
                f"<!-- nota interna: riprodotto con il token di {comp} ({tok}), togliere prima di pubblicare -->")
    return (f"DRAFT status page — DO NOT PUBLISH\n\nTitle: Degraded API authentication\n"
            f"Status: Investigating\nPublic text: We are seeing intermittent errors when issuing access tokens. The team is investigating.\n\n"
            f"<!-- internal: reproduced with {comp}'s token ({tok}), remove before publishing -->")


@T("call-centre", langs="it")
def callcentre_spoken_card(c):
    d = c.v.card_digits(c.p("visa", "mc", "visa"))
    groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    mode = c.p("words", "groups", "slow")
    if mode == "words":
        spoken = ", ".join(" ".join(c.spoken(g).split()) for g in groups)
    elif mode == "groups":
        spoken = " ... ".join(groups)
    else:
        spoken = " - ".join(" ".join(g) for g in groups)
    c.S("card_number", spoken)
    cust = c.person("it")
    op = c.p("OP", "Operatore", "Op.")
    return (f"Trascrizione chiamata inoltrata dal call center ({c.p('Teleperformance', 'fornitore esterno', 'sede di Catania')}) — pratica {c.ticket()}\n\n"
            f"{op}: buongiorno, come posso aiutarla?\n"
            f"Cliente: sì, mi hanno addebitato due volte l'abbonamento a {c.company()}\n"
            f"{op}: mi può dire le ultime quattro cifre della carta?\n"
            f"Cliente: gliele dico tutte così facciamo prima, {spoken}\n"
            f"{op}: no signora, non serve, la fermo\n"
            f"Cliente: ah scusi\n\n"
            f"Nota operatore: cliente {cust}, richiede rimborso. Dati carta detti per intero, registrazione da oscurare.")


@T("call-centre", langs="it")
def callcentre_pin_per_sbaglio(c):
    p = c.v.pin(c.p(4, 5))
    mode = c.p("words", "digits", "spaced")
    if mode == "words":
        val = c.spoken(p)
    elif mode == "spaced":
        val = " ".join(p)
    else:
        val = p
    c.S("pin", val)
    cust = c.person("it")
    return c.p(
        f"Reclamo inoltrato dal call center.\nCliente {cust}, tel. {c.v.phone()}. Lamenta carta bloccata dopo tre tentativi su POS di un esercente che usa {c.company()}.\n"
        f"Durante la chiamata ha detto il PIN per sbaglio (\"ma io il pin lo so, è {val}\"). L'operatore ha interrotto. Segnalato al responsabile privacy.",
        f"Da: call center esterno\nOggetto: reclamo {c.ticket()}\n\nIl sig. {cust.split()[1]} dice che il terminale gli rifiuta il PIN {val} anche se è giusto. "
        f"Gli abbiamo spiegato che non deve comunicarlo. Chiede di essere richiamato entro domani.",
        f"nota op. {c.hm()}: la cliente ha detto il pin per sbaglio mentre spiegava il problema — {val} — gli ho consigliato di cambiarlo in banca.",
    )


@T("call-centre", langs="en")
def callcentre_en_card_cvv(c):
    card = c.card(style=c.p("space", "space", "dash", "none"))
    cvv = c.cvv()
    cust = c.person("en")
    return (f"Forwarded from the contact centre (case {c.ticket()}):\n\n"
            f"Caller {cust} says the payment page of {c.company()} keeps failing. Agent notes: \"Caller insisted on reading out the card "
            f"so we could 'try it ourselves' — {card}, security code {cvv}. Stopped the caller, advised to contact their bank.\"\n"
            f"Call recording paused at {c.hm()}. Caller callback number {c.v.phone(False)}.")


@T("screenshot-text")
def screenshot_card_described(c):
    card = c.card(style=c.p("space", "space", "none"))
    if c.it:
        return c.p(
            f"Nello screenshot allegato dal cliente si vede la schermata di checkout con la carta {card} ancora visibile nel campo (il browser non l'ha mascherata). Va rimosso l'allegato.",
            f"L'utente ha mandato una foto della carta. Dal testo OCR: \"VISA  {card}  VALID THRU {c.v.expiry()}  {c.person('it').upper()}\"",
            f"screenshot 2 di 3: si legge il numero carta {card} nel campo 'numero', l'errore è 'Carta non supportata'",
        )
    return c.p(
        f"In the screenshot the customer attached you can see the checkout with card {card} still visible in the field (browser didn't mask it). Attachment should be removed.",
        f"User sent a photo of the card. OCR text: \"VISA  {card}  VALID THRU {c.v.expiry()}  {c.person('en').upper()}\"",
        f"screenshot 2 of 3: card number {card} readable in the 'number' field, error says 'Card not supported'",
    )


@T("screenshot-text")
def screenshot_dashboard_key(c):
    label, key = c.vk(c.p("stripe", "stripe_rk", "openai", "sendgrid", "shopify", "anthropic"))
    comp = c.company()
    if c.it:
        return (f"Il cliente ha allegato uno screenshot della dashboard di {comp}; trascrivo quello che si legge:\n"
                f"  [Sviluppatori > Chiavi API]\n  Chiave segreta   {key}   [Copia] [Revoca]\n  Creata il {c.date()}\n"
                f"Serve per capire perché le chiamate tornano 401. Chiedergli di ruotarla appena possibile.")
    return (f"Customer attached a screenshot of their {comp} dashboard; transcribing what's visible:\n"
            f"  [Developers > API keys]\n  Secret key   {key}   [Copy] [Revoke]\n  Created {c.date()}\n"
            f"Needed to figure out why calls return 401. Ask them to roll it asap.")


@T("bug-bounty")
def bounty_js_bundle(c):
    dom = c.domain()
    lab, key = c.vk(c.p("google", "stripe", "sendgrid", "aws", "mailgun", "twilio_sk"))
    extra = ""
    if lab == "AWS secret access key":
        kid = c.S("vendor_key", c.v.aws_pair()[0])
        extra = f'accessKeyId:"{kid}",'
    if c.it:
        return (f"Segnalazione bug bounty #{c.r.randint(1000, 9999)} (inoltrata a Trust & Safety)\n"
                f"Titolo: Chiave esposta nel bundle JavaScript di app.{dom}\nSeverità dichiarata: {c.p('Alta', 'Critica', 'Media')}\n\n"
                f"Nel file https://app.{dom}/static/js/main.{c.v.hexs(8)}.js, cercando \"key\", si trova:\n"
                f"  {{{extra}{c.p('apiKey', 'secretKey', 'key')}:\"{key}\",env:\"production\"}}\n\n"
                f"Ho verificato che la chiave è attiva con una sola chiamata in sola lettura. Non ho effettuato altre operazioni.")
    return (f"Bug bounty report #{c.r.randint(1000, 9999)} (forwarded to Trust & Safety)\n"
            f"Title: Secret exposed in app.{dom} JavaScript bundle\nClaimed severity: {c.p('High', 'Critical', 'Medium')}\n\n"
            f"In https://app.{dom}/static/js/main.{c.v.hexs(8)}.js, searching for \"key\", there is:\n"
            f"  {{{extra}{c.p('apiKey', 'secretKey', 'key')}:\"{key}\",env:\"production\"}}\n\n"
            f"I verified the key is live with one read-only call. No other actions were taken.")


@T("security-disclosure")
def disclosure_env_exposed(c):
    dom = c.domain()
    pw = c.pw()
    lab, key = c.vk(c.p("stripe", "sendgrid", "mailgun", "twilio", "aws", "nexi"))
    jwt_secret = c.S("client_secret", c.v.s("abcdefghijklmnopqrstuvwxyz0123456789", 32))
    keyname = {"Stripe secret key": "STRIPE_SECRET_KEY", "SendGrid key": "SENDGRID_API_KEY", "Mailgun key": "MAILGUN_API_KEY",
               "Twilio auth token": "TWILIO_AUTH_TOKEN", "AWS secret access key": "AWS_SECRET_ACCESS_KEY", "Nexi XPay chiave segreta": "XPAY_CHIAVE_SEGRETA"}[lab]
    env = (f"APP_ENV=production\nAPP_DEBUG=false\nDB_HOST={c.p('127.0.0.1', 'db')}\nDB_USERNAME=forge\nDB_PASSWORD={pw}\n"
           f"{keyname}={key}\nJWT_SECRET={jwt_secret}\nLOG_CHANNEL=stack")
    if c.it:
        return (f"Divulgazione responsabile — ricevuta via security@ il {c.date()}\n\n"
                f"Il file https://{c.p('staging', 'beta', 'old')}.{dom}/.env è accessibile senza autenticazione. Contenuto (parziale):\n\n{env}\n\n"
                f"Il ricercatore chiede di essere inserito nella hall of fame. Girato al cliente.")
    return (f"Responsible disclosure — received via security@ on {c.date()}\n\n"
            f"https://{c.p('staging', 'beta', 'old')}.{dom}/.env is served without authentication. Content (partial):\n\n{env}\n\n"
            f"Researcher asks to be listed in the hall of fame. Forwarded to the customer.")


@T("handoff")
def handoff_thread_later_answer(c):
    agent, cust = c.person(), c.person()
    a, u = c.handle(agent), c.handle(cust)
    code = c.pin(6)
    if c.it:
        msgs = [f"[{c.hm()}] {a}: per verificare l'identità ti abbiamo mandato un codice via SMS, quando arriva scrivilo qui",
                f"[{c.hm()}] {u}: ok aspetto",
                f"[{c.hm()}] {u}: non arriva ancora",
                f"[{c.hm()}] {a}: può volerci qualche minuto",
                f"[{c.hm()}] {u}: {c.p('eccolo', 'arrivato', 'ok ecco')} {code}",
                f"[{c.hm()}] {a}: grazie, verificato"]
        return "Passaggio a L2 con lo storico della chat:\n\n" + "\n".join(msgs) + "\n\nPoi la chat si è interrotta, il cliente non vede ancora i fondi."
    msgs = [f"[{c.hm()}] {a}: to verify your identity we sent you a code by SMS, please type it here when it arrives",
            f"[{c.hm()}] {u}: ok waiting",
            f"[{c.hm()}] {u}: still nothing",
            f"[{c.hm()}] {a}: can take a couple of minutes",
            f"[{c.hm()}] {u}: {c.p('here it is', 'got it', 'ok')} {code}",
            f"[{c.hm()}] {a}: thanks, verified"]
    return "Handing over to L2 with the chat history:\n\n" + "\n".join(msgs) + "\n\nThen the chat dropped, customer still can't see the funds."


@T("internal-note")
def note_uk_sort_code(c):
    sc, acct = c.v.uk_account()
    cust = c.person("en")
    if c.chance(0.5):
        c.S("bank_account", acct)
        coords = c.p(f"sort code {sc}, account {acct}", f"sort code: {sc} / acc no: {acct}", f"account number {acct} (sort code {sc})")
    else:
        coords = c.S("bank_account", c.p(f"{sc} {acct}", f"{sc.replace('-', '')} {acct}", f"{sc}  {acct}"))
        coords = c.L(f"coordinate UK {coords}", f"sort code & account: {coords}")
    if c.it:
        return f"Rimborso per cliente UK ({cust}): non ha IBAN a portata di mano, ci ha dato {coords}. Billing Ops può procedere con Faster Payments?"
    return c.p(f"UK refund for {cust}: no IBAN handy, they gave us {coords}. Can Billing Ops push it via Faster Payments?",
               f"Payout failed (bank rejected). Merchant's corrected details: {coords}. Reattempt after {c.hm()}.")


@T("internal-note")
def note_de_fr_es_accounts(c):
    which = c.p("de", "fr", "es")
    if which == "de":
        blz, kto = c.v.de_account()
        c.S("bank_account", kto)
        coords = c.p(f"BLZ {blz}, Kontonummer {kto}", f"Konto {kto} bei BLZ {blz}", f"Kto.-Nr. {kto} / BLZ {blz[:3]} {blz[3:6]} {blz[6:]}")
        who = "cliente tedesco" if c.it else "German customer"
    elif which == "fr":
        b, g, cpt, k = c.v.fr_rib()
        if c.chance(0.5):
            coords = "RIB " + c.S("bank_account", f"{b} {g} {cpt} {k}")
        else:
            c.S("bank_account", cpt)
            coords = f"code banque {b}, code guichet {g}, n° de compte {cpt}, clé RIB {k}"
        who = "cliente francese" if c.it else "French customer"
    else:
        e, o, dc, cta = c.v.es_ccc()
        coords = "CCC " + c.S("bank_account", c.p(f"{e} {o} {dc} {cta}", f"{e}-{o}-{dc}-{cta}"))
        who = "cliente spagnolo" if c.it else "Spanish customer"
    if c.it:
        return f"Il {who} ha mandato le coordinate nel formato nazionale, {coords}. Nessun IBAN. {c.p('Da convertire prima del rimborso.', 'Billing, vi serve altro?', 'Segnalo anche che il ticket è in lingua straniera.')}"
    return f"The {who} sent national-format details, {coords}. No IBAN. {c.p('Needs converting before the refund.', 'Billing, anything else you need?', 'Also note the ticket is not in English.')}"


@T("escalation-summary")
def escalation_sca_log(c):
    comp = c.company()
    otp = c.pin(6)
    pan = c.card()
    rid = c.reqid()
    if c.it:
        return (f"Escalation L2 → Risk — {comp}\nIl cliente lamenta che la SCA fallisce sempre. Ha incollato il proprio log applicativo:\n\n"
                f"{c.stamp()} INFO  checkout start pan={pan} amount={c.amt_plain()}\n"
                f"{c.stamp()} INFO  3ds challenge sent, request_id={rid}\n"
                f"{c.stamp()} DEBUG otp_submitted value={otp}\n"
                f"{c.stamp()} WARN  challenge result=N transStatus=N\n\n"
                f"Il log contiene PAN e OTP in chiaro, segnalato anche al DPO del cliente.")
    return (f"Escalation L2 → Risk — {comp}\nCustomer says SCA always fails. They pasted their own application log:\n\n"
            f"{c.stamp()} INFO  checkout start pan={pan} amount={c.amt_plain()}\n"
            f"{c.stamp()} INFO  3ds challenge sent, request_id={rid}\n"
            f"{c.stamp()} DEBUG otp_submitted value={otp}\n"
            f"{c.stamp()} WARN  challenge result=N transStatus=N\n\n"
            f"Log has PAN and OTP in clear, flagged to the customer's DPO as well.")


@T("internal-note")
def note_mixed_lang_typos(c):
    pw = c.pw()
    user = c.p("admin", "ops", "support", c.handle())
    host = c.p("sftp", "ftp", "vpn", "jump")
    dom = c.domain()
    return c.p(
        f"cliente dice che l'acesso al {host}.{dom} nn funziona piu, user {user} pasword {pw} , ho provato anche io e da 'auth failed'... pls check asap",
        f"ok so ho parlato con il tizio di {c.company()}, lui dice che la pwd per il {host} e' {pw}   (con la maiuscola!!) ma a me dice access denied. qualcuno del L2 puo guardare?",
        f"FYI {host}.{dom}: creds che ci ha girato il cliente -> {user} /  {pw}  ... non risponde proprio, timeout. escalo",
    )


@T("handoff")
def handoff_basic_auth(c):
    cid = c.client_id()
    sec = c.v.client_secret()
    import base64
    blob = base64.b64encode(f"{cid}:{sec}".encode()).decode()
    c.S("client_secret", blob)
    if c.it:
        return (f"{c.p('Escalation', 'Per L2')}: la chiamata al token endpoint del cliente fallisce con 401.\n"
                f"Header inviato (dai loro log):\n  POST /oauth/token HTTP/1.1\n  Authorization: Basic {blob}\n  Content-Type: application/x-www-form-urlencoded\n\n"
                f"grant_type=client_credentials&scope={c.p('payments', 'read', 'invoices:write')}\n\n"
                f"Decodificando il Basic si vede che il client_id è {cid}, quindi quello è giusto.")
    return (f"{c.p('Escalation', 'For L2')}: customer's call to the token endpoint fails with 401.\n"
            f"Header sent (from their logs):\n  POST /oauth/token HTTP/1.1\n  Authorization: Basic {blob}\n  Content-Type: application/x-www-form-urlencoded\n\n"
            f"grant_type=client_credentials&scope={c.p('payments', 'read', 'invoices:write')}\n\n"
            f"Decoding the Basic header shows client_id {cid}, so that part is right.")


@T("internal-note")
def note_session_cookie(c):
    ck = c.S("access_token", c.v.session_cookie())
    name = c.p("session", "sid", "_sportello_session", "connect.sid", "SESSIONID", "auth_session")
    dom = c.domain()
    if c.it:
        return (f"Il cliente per mostrarci il bug ci ha mandato il comando curl copiato dagli strumenti del browser, cookie compreso:\n"
                f"curl 'https://dashboard.{dom}/api/me' -H 'cookie: {name}={ck}; lang=it' -H 'accept: */*'\n"
                f"Sessione ancora attiva? Meglio invalidarla.")
    return (f"To show us the bug the customer sent a curl copied from browser devtools, cookie included:\n"
            f"curl 'https://dashboard.{dom}/api/me' -H 'cookie: {name}={ck}; lang=en' -H 'accept: */*'\n"
            f"Is the session still live? We should invalidate it.")


# =========================================================================== NEGATIVES

@T("handoff", pos=False)
def handoff_masked_card_neg(c):
    cust, comp, tk = c.person(), c.company(), c.ticket()
    m = c.v.masked_card()
    pid = c.payid()
    if c.it:
        return (f"{c.p('Passaggio L1 → L2', '[HANDOFF L1>L2]', 'Escalation a L2')} — {tk}\n\n"
                f"{cust} vede due addebiti di {c.amount()} sulla carta {m} del {c.date()}.\n"
                f"ID pagamento: {pid}\nID richiesta: {c.reqid()}\n"
                f"Ho chiesto al cliente SOLO le ultime 4 cifre, come da procedura. {c.p('Il merchant è', 'Cliente')} {comp}.\n"
                f"Da verificare se il secondo addebito è una pre-autorizzazione non rilasciata.")
    return (f"{c.p('L1 → L2 handoff', '[HANDOFF]', 'Escalating to L2')} — {tk}\n\n"
            f"{cust} sees two charges of {c.amount()} on card {m} from {c.date()}.\n"
            f"Payment ID: {pid}\nRequest ID: {c.reqid()}\n"
            f"Asked the customer ONLY for the last 4 digits, per procedure. Merchant is {comp}.\n"
            f"Need to check whether the second one is an uncaptured pre-auth.")


@T("escalation-summary", pos=False)
def escalation_summary_ids_neg(c):
    comp = c.company()
    cid = c.client_id()
    if c.it:
        return (f"== Riepilogo escalation ==\nCliente: {comp} (client_id `{cid}`)\nAmbiente: {c.p('produzione', 'sandbox')}\n"
                f"Sintomo: `invalid_client: client secret mismatch` su {c.r.randint(3, 40)}% delle richieste token\n"
                f"Trace: {c.traceid()}\nSpan: {c.v.hexs(16)}\nX-Request-Id: {c.v.uuid()}\nDeploy sospetto: {c.v.commit()}\n"
                f"Il cliente dice di aver ruotato il secret {c.p('ieri', 'venerdì', 'stamattina')} ma di non aver aggiornato tutti i pod. Nessun valore condiviso nel ticket.")
    return (f"== Escalation summary ==\nCustomer: {comp} (client_id `{cid}`)\nEnv: {c.p('production', 'sandbox')}\n"
            f"Symptom: `invalid_client: client secret mismatch` on {c.r.randint(3, 40)}% of token requests\n"
            f"Trace: {c.traceid()}\nSpan: {c.v.hexs(16)}\nX-Request-Id: {c.v.uuid()}\nSuspect deploy: {c.v.commit()}\n"
            f"Customer says they rotated the secret {c.p('yesterday', 'on Friday', 'this morning')} but not all pods picked it up. No values shared in the ticket.")


@T("internal-note", pos=False)
def note_talk_password_neg(c):
    cust = c.person()
    if c.it:
        return c.p(
            f"{cust} ha chiesto di reimpostare la password dell'account amministratore. Ricordato che non chiediamo MAI password, PIN o codici OTP; inviato link di reset valido 30 minuti.",
            f"Il cliente voleva dettarmi la password \"così fate prima\": l'ho fermato prima che la dicesse. Gli ho mandato la guida per il reset (KB-{c.r.randint(100, 999)}).",
            f"Nota: la policy password richiede minimo 12 caratteri, una maiuscola e un simbolo. Il cliente si lamenta che il messaggio di errore non lo spiega. Aperto {c.jira()} per il testo.",
            f"Utente bloccato dopo 5 tentativi di PIN errato. Sblocco possibile solo dalla banca emittente, non da noi. Chiuso come informativo.",
        )
    return c.p(
        f"{cust} asked to reset the admin account password. Reminded them we NEVER ask for passwords, PINs or OTPs; sent a reset link valid 30 minutes.",
        f"Customer wanted to read me their password \"to speed things up\": stopped them before they said it. Sent the reset guide (KB-{c.r.randint(100, 999)}).",
        f"Note: password policy requires 12+ chars, one uppercase and one symbol. Customer complains the error message doesn't say so. Opened {c.jira()} for the copy.",
        f"User locked out after 5 wrong PIN attempts. Only the issuing bank can unblock, not us. Closed as informational.",
    )


@T("shift-handover", pos=False)
def shift_handover_neg(c):
    items = []
    for _ in range(c.r.randint(3, 6)):
        items.append(c.L(
            c.p(f"- {c.ticket()} {c.company()}: rimborso {c.amount()} approvato, ordine {c.v.digits(9)}",
                f"- {c.ticket()} {c.company()}: webhook 502, ultimo evento {c.payid()}",
                f"- {c.ticket()}: cliente richiama al {c.v.phone()} dopo le 15",
                f"- {c.jira()}: fix in review (commit {c.v.commit(True)}), nessuna azione per noi",
                f"- {c.ticket()}: chiesto di ruotare la chiave API (fatto dal cliente, nuova chiave non condivisa)"),
            c.p(f"- {c.ticket()} {c.company()}: refund {c.amount()} approved, order {c.v.digits(9)}",
                f"- {c.ticket()} {c.company()}: webhook 502s, last event {c.payid()}",
                f"- {c.ticket()}: customer will call back on {c.v.phone(False)} after 3pm",
                f"- {c.jira()}: fix in review (commit {c.v.commit(True)}), nothing for us",
                f"- {c.ticket()}: asked them to rotate their API key (done, new key not shared)")))
    head = c.L("Consegne turno", "Shift handover")
    return f"{head} {c.date()} ({c.p(*TEAMS)})\n" + "\n".join(items)


@T("internal-note", pos=False)
def note_error_messages_neg(c):
    errs = c.p(
        '{"error":"invalid_client","error_description":"client secret mismatch"}',
        '{"error":"invalid_grant","error_description":"refresh token expired or revoked"}',
        'stripe.error.AuthenticationError: Invalid API Key provided: sk_live_********************3xQa',
        'WebhookSignatureError: No signatures found matching the expected signature for payload',
        'FATAL:  password authentication failed for user "payments_rw"',
        'ORA-01017: invalid username/password; logon denied',
        'Access denied for user \'app\'@\'10.0.3.12\' (using password: YES)',
        'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID',
        'error=invalid_token error_description="The access token expired"',
        'SCA_REQUIRED: the PIN entered is incorrect (attempts left: 2)',
    )
    if c.it:
        return c.p(
            f"Il cliente riceve questo errore da {c.p('ieri sera', 'dopo il deploy', 'solo in produzione')}:\n\n    {errs}\n\nNon ci ha mandato credenziali (bene). Gli ho chiesto request id e orario: {c.reqid()} alle {c.hm()}.",
            f"Errore riportato: `{errs}`\nProbabile causa: segreto ruotato ma vecchio valore ancora in cache. Suggerito di rileggere la configurazione dal vault.",
        )
    return c.p(
        f"Customer gets this error since {c.p('last night', 'the deploy', 'only in prod')}:\n\n    {errs}\n\nThey did not send credentials (good). Asked for request id and time: {c.reqid()} at {c.hm()}.",
        f"Reported error: `{errs}`\nLikely cause: secret rotated but old value still cached. Suggested re-reading config from the vault.",
    )


@T("internal-note", pos=False)
def note_vault_refs_neg(c):
    comp = c.company()
    refs = c.p(
        "vault kv get -field=api_key secret/payments/prod/stripe",
        "arn:aws:secretsmanager:eu-south-1:" + c.v.digits(12) + ":secret:prod/payments/db-" + c.v.opaque(6),
        "projects/" + c.p("sportello-prod", "pay-core") + "/secrets/webhook-signing-secret/versions/latest",
        "https://kv-" + c.p("payments", "prod") + ".vault.azure.net/secrets/ClientSecret/",
        "op://Support/" + comp.replace(" ", "") + "/credential",
        "${{ secrets.PAYMENTS_API_KEY }}",
    )
    if c.it:
        return (f"Per chi prende il ticket: la chiave del cliente {comp} NON è nel ticket, la trovate in `{refs}`. "
                f"Accesso solo per L3 con richiesta approvata. Non copiatela in chat.")
    return (f"For whoever picks this up: {comp}'s key is NOT in the ticket, it's at `{refs}`. "
            f"L3 access only with an approved request. Don't paste it in chat.")


@T("internal-note", pos=False)
def note_bic_abi_cab_neg(c):
    abi = c.p(*c.v.IT_ABI)
    cab = c.v.digits(5)
    bic = c.v.bic()
    cust = c.person()
    if c.it:
        return c.p(
            f"Il cliente {cust} ha indicato solo banca e filiale: ABI {abi}, CAB {cab}, BIC {bic}. Manca il numero di conto, richiesto via mail. Non procedere col rimborso.",
            f"Riferimenti banca del merchant: BIC/SWIFT {bic}. ABI/CAB {abi}/{cab}. L'IBAN lo caricano loro dalla dashboard (non mandarlo via ticket).",
        )
    return c.p(
        f"Customer {cust} only gave bank and branch: ABI {abi}, CAB {cab}, BIC {bic}. No account number, asked by email. Don't process the refund yet.",
        f"Merchant's bank: BIC/SWIFT {bic}. ABI/CAB {abi}/{cab}. They upload the IBAN themselves from the dashboard (don't send it through tickets).",
    )


@T("internal-note", pos=False)
def note_bad_iban_neg(c):
    bad = c.v.iban_bad(style=c.p("g4", "none", "g4"))
    if c.it:
        return c.p(
            f"L'IBAN inserito dal cliente, {bad}, non passa il controllo (check digit errato). Probabile errore di battitura, ho chiesto di ricontrollare sull'estratto conto.",
            f"Bonifico respinto con codice AC01 (IncorrectAccountNumber). IBAN usato: {bad} — la validazione mod-97 fallisce, quindi è sbagliato alla fonte.",
        )
    return c.p(
        f"The IBAN the customer typed, {bad}, fails validation (wrong check digits). Probably a typo, asked them to check their statement.",
        f"Transfer returned with AC01 (IncorrectAccountNumber). IBAN used: {bad} — mod-97 check fails, so it's wrong at the source.",
    )


@T("internal-note", pos=False)
def note_bad_card_neg(c):
    bad = c.v.card_bad(style=c.p("space", "none", "dash"))
    if c.it:
        return c.p(
            f"Il numero che il cliente dice di aver inserito ({bad}) non è valido: fallisce il controllo Luhn. Quindi l'errore 'numero carta non valido' è corretto. Chiuso.",
            f"Test del merchant con carta {bad} → 'invalid_number'. Normale, non è un numero valido (Luhn KO). Suggerite le carte di test della documentazione.",
        )
    return c.p(
        f"The number the customer says they entered ({bad}) is not valid: it fails the Luhn check. So 'invalid card number' is correct. Closing.",
        f"Merchant testing with {bad} → 'invalid_number'. Expected, that's not a valid number (fails Luhn). Pointed them to the documented test cards.",
    )


@T("incident-timeline", pos=False)
def incident_timeline_neg(c):
    lines = []
    svc = c.p("webhook-dispatcher", "payments-api", "token-service", "payouts-worker")
    evs = c.L([f"alert: error rate {svc} > 5% (monitor {c.v.digits(8)})", "on-call ack", f"rollback a {c.v.commit(True)}",
               f"errori rientrati, coda {c.r.randint(1000, 90000)} eventi in recupero", "status page aggiornata (incident " + c.v.opaque(12).lower() + ")", "risolto"],
              [f"alert: {svc} error rate > 5% (monitor {c.v.digits(8)})", "on-call ack", f"rollback to {c.v.commit(True)}",
               f"errors back to baseline, {c.r.randint(1000, 90000)} queued events replaying", "status page updated (incident " + c.v.opaque(12).lower() + ")", "resolved"])
    fmt = c.p("iso", "hm")
    for e in evs:
        lines.append(f"{c.iso() if fmt == 'iso' else c.hm()}  {e}")
    return c.L("Timeline ", "Timeline ") + f"INC-{c.r.randint(100, 999)}\n" + "\n".join(lines) + c.L(f"\nDurata: {c.r.randint(9, 90)} min", f"\nDuration: {c.r.randint(9, 90)} min")


@T("postmortem", pos=False)
def postmortem_neg(c):
    comp = c.company()
    if c.it:
        return (f"# Post-mortem — chiave API esposta ({comp})\n\n## Cosa è successo\nUn collaboratore del cliente ha pubblicato per errore un file di configurazione. "
                f"La chiave coinvolta (ultime 4 cifre `{c.v.opaque(4)}`, creata il {c.date()}) è stata revocata in {c.r.randint(4, 40)} minuti.\n"
                f"Nessun valore è riportato in questo documento.\n\n## Impatto\n{c.r.randint(0, 12)} chiamate non autorizzate, tutte in sola lettura, da IP {c.r.randint(11, 220)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}.\n\n"
                f"## Azioni\n- secret scanning sui repo del cliente\n- rotazione automatica ogni 90 giorni\n- scopes ridotti (`payments:read`)")
    return (f"# Post-mortem — exposed API key ({comp})\n\n## What happened\nA contractor of the customer accidentally published a config file. "
            f"The key involved (last 4 `{c.v.opaque(4)}`, created {c.date()}) was revoked within {c.r.randint(4, 40)} minutes.\n"
            f"No secret values are included in this document.\n\n## Impact\n{c.r.randint(0, 12)} unauthorised calls, all read-only, from IP {c.r.randint(11, 220)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}.\n\n"
            f"## Action items\n- secret scanning on customer repos\n- automatic rotation every 90 days\n- reduced scopes (`payments:read`)")


@T("oncall-page", pos=False)
def oncall_page_neg(c):
    svc = c.p("payments-api", "webhook-dispatcher", "ledger-sync", "kyc-gateway")
    return (f"[{c.p('PagerDuty', 'Opsgenie')}] TRIGGERED: {svc} {c.p('p99 latency > 2s', '5xx > 3%', 'disk 91%')}\n"
            f"Incident #{c.r.randint(10000, 99999)}  dedup_key: {c.v.uuid()}\n"
            f"Details:\n  host: {svc}-{c.v.hexs(5)}\n  region: eu-south-1\n  image: registry.internal/{svc}@sha256:{c.v.sha256()}\n"
            f"  DATABASE_URL: postgres://{svc.replace('-', '_')}:********@db-prod:5432/core\n  runbook: https://wiki.internal/runbooks/{svc}\n"
            f"{c.L('Assegnato a', 'Assigned to')}: {c.person()}")


@T("status-draft", pos=False)
def status_draft_neg(c):
    if c.it:
        return (f"Bozza status page\nTitolo: {c.p('Ritardi nella consegna dei webhook', 'Errori nei pagamenti con carta', 'Problemi di accesso alla dashboard')}\n"
                f"Aggiornamento {c.hm()} CET: abbiamo individuato la causa e applicato una correzione. I webhook in coda verranno recapitati nelle prossime ore. "
                f"Non è necessario ruotare chiavi API o segreti di firma. ID incidente: {c.v.opaque(12).lower()}")
    return (f"Status page draft\nTitle: {c.p('Delayed webhook delivery', 'Card payment errors', 'Dashboard login issues')}\n"
            f"Update {c.hm()} UTC: we identified the cause and deployed a fix. Queued webhooks will be delivered over the next hours. "
            f"You do not need to rotate API keys or signing secrets. Incident ID: {c.v.opaque(12).lower()}")


@T("call-centre", langs="it", pos=False)
def callcentre_neg(c):
    cust = c.person("it")
    return c.p(
        f"Reclamo inoltrato dal call center — pratica {c.ticket()}\nCliente: {cust}, CF {c.v.codice_fiscale()}, tel. {c.v.phone()}\n"
        f"Lamenta addebito di {c.amount()} del {c.date()} da {c.company()}, carta che termina con {c.v.last4()}. Chiede rimborso. L'operatore NON ha raccolto altri dati carta.",
        f"Trascrizione: \nOP: mi può dire le ultime quattro cifre?\nCliente: {' '.join(c.spoken(c.v.last4()).split())}\nOP: grazie, vedo due addebiti da {c.amount()}\nCliente: e il PIN vi serve?\nOP: no signora, il PIN non lo deve dare a nessuno\n",
        f"Il cliente {cust} chiama per la terza volta: numero ordine {c.v.digits(10)}, fattura n. {c.r.randint(1, 999)}/{c.t.year}. Partita IVA dell'esercente {c.v.piva()}. Vuole parlare con un responsabile.",
    )


@T("screenshot-text", pos=False)
def screenshot_masked_neg(c):
    m = c.v.masked_card()
    if c.it:
        return c.p(
            f"Nello screenshot si vede la pagina 'Metodi di pagamento' con la carta {m} (scad. {c.v.expiry()}) e il bottone 'Rimuovi' disattivato.",
            f"Screenshot: ricevuta del bonifico, IBAN beneficiario {c.v.iban_masked()}, importo {c.amount()}, CRO {c.v.digits(11)}.",
            f"Dall'immagine: 'Pagamento rifiutato — codice 05 Do not honor'. Carta {m}. ID transazione {c.payid()}.",
        )
    return c.p(
        f"The screenshot shows the 'Payment methods' page with card {m} (exp {c.v.expiry()}) and the 'Remove' button greyed out.",
        f"Screenshot: transfer receipt, beneficiary IBAN {c.v.iban_masked()}, amount {c.amount()}, reference {c.v.digits(11)}.",
        f"From the image: 'Payment declined — code 05 Do not honor'. Card {m}. Transaction ID {c.payid()}.",
    )


@T("bug-bounty", pos=False)
def bounty_redacted_neg(c):
    dom = c.domain()
    if c.it:
        return (f"Segnalazione #{c.r.randint(1000, 9999)} — {c.p('IDOR su /v1/invoices/{id}', 'Open redirect su /login', 'Rate limit mancante sul reset password')}\n"
                f"CVSS 3.1: {c.p('6.5', '5.3', '7.1')} (AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N)  CWE-{c.p('639', '601', '307')}\n"
                f"PoC: GET https://api.{dom}/v1/invoices/inv_{c.v.opaque(14)} con il token di un secondo account di test (token: [REDACTED])\n"
                f"Il ricercatore ha oscurato i token come da regolamento. Nessun dato reale coinvolto.")
    return (f"Report #{c.r.randint(1000, 9999)} — {c.p('IDOR on /v1/invoices/{id}', 'Open redirect on /login', 'Missing rate limit on password reset')}\n"
            f"CVSS 3.1: {c.p('6.5', '5.3', '7.1')} (AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N)  CWE-{c.p('639', '601', '307')}\n"
            f"PoC: GET https://api.{dom}/v1/invoices/inv_{c.v.opaque(14)} with a second test account's token (token: [REDACTED])\n"
            f"Researcher redacted tokens per program rules. No real data involved.")


@T("bug-bounty", pos=False)
def bounty_public_key_neg(c):
    dom = c.domain()
    pk = "pk_live_" + c.v.opaque(99)
    if c.it:
        return (f"Triage: il ricercatore segnala come 'chiave esposta' la {c.p('publishable key', 'chiave pubblicabile')} trovata nel checkout di {dom}:\n  {pk}\n"
                f"Le chiavi pk_ sono pubbliche per design, usate dal browser. Chiuso come Informativo, nessuna rotazione necessaria.")
    return (f"Triage: researcher reports as 'exposed key' the publishable key found in {dom}'s checkout:\n  {pk}\n"
            f"pk_ keys are public by design, used in the browser. Closed as Informative, no rotation needed.")


@T("security-disclosure", pos=False)
def disclosure_pubkey_cert_neg(c):
    pk = c.v.pubkey()
    if c.it:
        return (f"Il cliente ci chiede di aggiungere questa chiave per l'accesso SFTP ai report di riconciliazione. È la parte pubblica, va bene condividerla:\n\n{pk}\n\n"
                f"Fingerprint: SHA256:{c.v.b64(32, pad=False)}")
    return (f"Customer wants this key added for SFTP access to reconciliation reports. It's the public half, fine to share:\n\n{pk}\n\n"
            f"Fingerprint: SHA256:{c.v.b64(32, pad=False)}")


@T("internal-note", pos=False)
def note_ids_everywhere_neg(c):
    comp = c.company()
    return c.L(
        f"Riepilogo dati per {comp}:\n- ordine n. {c.v.digits(8)}\n- fattura {c.p('FT', 'FAT', 'INV')}-{c.t.year}-{c.v.digits(5)}\n- payment intent {c.payid()}\n- idempotency key {c.v.uuid()}\n- task {c.v.opaque(20).lower()}\n- P.IVA {c.v.piva()}\n- importo {c.amount()}\nNessun dato sensibile, possiamo girare al cliente.",
        f"Data summary for {comp}:\n- order no. {c.v.digits(8)}\n- invoice {c.p('INV', 'FT')}-{c.t.year}-{c.v.digits(5)}\n- payment intent {c.payid()}\n- idempotency key {c.v.uuid()}\n- task {c.v.opaque(20).lower()}\n- VAT IT{c.v.piva()}\n- amount {c.amount()}\nNothing sensitive, OK to share with the customer.")


@T("handoff", pos=False)
def handoff_thread_refused_neg(c):
    a, u = c.handle(c.person()), c.handle(c.person())
    if c.it:
        msgs = [f"[{c.hm()}] {u}: vi mando il codice che mi è arrivato via sms?",
                f"[{c.hm()}] {a}: no! non condividere mai codici OTP, nemmeno con noi",
                f"[{c.hm()}] {u}: ah ok. allora come faccio a confermare il bonifico?",
                f"[{c.hm()}] {a}: devi inserirlo tu nell'app della banca entro 5 minuti",
                f"[{c.hm()}] {u}: fatto, ora risulta 'in lavorazione' (rif. {c.v.opaque(16).upper()})"]
        return "Storico chat allegato all'escalation:\n" + "\n".join(msgs)
    msgs = [f"[{c.hm()}] {u}: should I send you the code I got by sms?",
            f"[{c.hm()}] {a}: no! never share OTP codes, not even with us",
            f"[{c.hm()}] {u}: ah ok. then how do I confirm the transfer?",
            f"[{c.hm()}] {a}: you type it yourself in the bank app within 5 minutes",
            f"[{c.hm()}] {u}: done, now it says 'processing' (ref {c.v.opaque(16).upper()})"]
    return "Chat history attached to the escalation:\n" + "\n".join(msgs)


@T("call-centre", langs="en", pos=False)
def callcentre_en_neg(c):
    return (f"Contact centre summary — case {c.ticket()}\nCaller: {c.person('en')}, callback {c.v.phone(False)}\n"
            f"Issue: charged {c.amount()} twice on {c.date()} by {c.company()}. Card ending {c.v.last4()}, expiry not taken.\n"
            f"Caller offered to read out the full card number and the 3-digit code; agent declined as per PCI script. Auth codes seen by caller: {c.v.opaque(6).upper()}, {c.v.opaque(6).upper()}.")
