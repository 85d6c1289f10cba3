# -*- coding: utf-8 -*-
"""Forwarded e-mail chains with quoted replies, signatures and disclaimers."""
from common import *  # noqa

S = "email-chain"


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def wrote_line(c, name, addr=None):
    r = c.r
    addr = addr or email_of(name, r)
    if c.lang == "it":
        return r.choice(["Il giorno %s alle ore %s %s <%s> ha scritto:" % (it_day(r), hhmm(r), name, addr),
                         "Il %s %s, %s ha scritto:" % (date(r, "it"), hhmm(r), name),
                         "%s <%s> ha scritto il %s:" % (name, addr, date(r, "it"))])
    return r.choice(["On %s at %s, %s <%s> wrote:" % (en_day(r), hhmm(r), name, addr),
                     "On %s %s wrote:" % (date(r, "en"), name),
                     "%s wrote on %s:" % (name, en_day(r))])


def outlook_hdr(c, frm, to, subj):
    r = c.r
    if c.lang == "it":
        return "-----Messaggio originale-----\nDa: %s <%s>\nInviato: %s %s\nA: %s\nOggetto: %s" % (
            frm, email_of(frm, r), it_day(r), hhmm(r), to, subj)
    return "-----Original Message-----\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s" % (
        frm, email_of(frm, r), en_day(r), hhmm(r), to, subj)


def fwd_hdr(c, frm, subj):
    r = c.r
    if c.lang == "it":
        return "---------- Messaggio inoltrato ---------\nDa: %s <%s>\nDate: %s alle ore %s\nSubject: %s\nTo: <supporto@sportello-demo.test>" % (
            frm, email_of(frm, r), it_day(r), hhmm(r), subj)
    return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: <support@sportello-demo.test>" % (
        frm, email_of(frm, r), en_day(r), hhmm(r), subj)


def subj(c):
    return c.P(["R: Credenziali ambiente di test", "I: problema accesso API", "Re: Rimborso ordine",
                "RE: [Ticket %s] Errore 401" % case_no(c.r), "Fwd: dati per bonifico", "R: R: integrazione webhook"],
               ["RE: Test environment credentials", "Fwd: API access problem", "Re: Refund for order",
                "RE: [Ticket %s] 401 errors" % case_no(c.r), "Fwd: payout details", "Re: Re: webhook integration"])


# ---------------------------------------------------------------- positives

@T(S)
def mail_reply_with_secret(c):
    r = c.r
    kind = pick_kind(c, TECH_W)
    a, b = person(r, c.lang), r.choice(AGENTS)
    val = c.sv(kind) if kind != "private_key" else c.add("private_key", pem(r))
    lab = label(c, kind).lower()
    ask = c.P(["Buongiorno, per procedere con la verifica ci servirebbe il %s configurato sul vostro server." % lab,
               "Potete indicarci il %s che state usando? Lo verifichiamo lato nostro." % lab],
              ["Hello, to check this we need the %s configured on your server." % lab,
               "Could you tell us which %s you're using? We'll verify it on our side." % lab])
    ans = c.P(["Eccolo:\n\n%s\n\nfatemi sapere" % val, "Certo, il %s è %s" % (lab, val), "ok ecco qua %s" % val],
              ["Here it is:\n\n%s\n\nlet me know" % val, "Sure, the %s is %s" % (lab, val), "ok here you go %s" % val])
    return ans + sig(c, a) + "\n\n" + wrote_line(c, b, "support@sportello-demo.test") + "\n" + quote(ask + "\n\n" + b)


@T(S)
def mail_outlook_original(c):
    r = c.r
    a, b = person(r, c.lang), person(r, c.lang)
    kind = pick_kind(c, {"password": 4, "client_secret": 3, "access_token": 3, "vendor_key": 1, "refresh_token": 1})
    val = c.sv(kind)
    old = c.P(["Ciao %s,\nti giro le credenziali del sandbox come richiesto.\n\n%s: %s\n\nNon inoltrarle fuori dal team." % (b.split()[0], label(c, kind), val),
               "%s,\nqui il %s per l'ambiente di collaudo: %s\nScade a fine mese." % (b.split()[0], label(c, kind).lower(), val)],
              ["Hi %s,\nforwarding the sandbox credentials as requested.\n\n%s: %s\n\nPlease keep them inside the team." % (b.split()[0], label(c, kind), val),
               "%s,\nhere is the %s for the staging environment: %s\nIt expires end of month." % (b.split()[0], label(c, kind).lower(), val)])
    top = c.P(["Vi inoltro la mail del collega, da ieri però non funziona più nulla.", "Vedi sotto. Ci aiutate?"],
              ["Forwarding my colleague's email below — since yesterday nothing works.", "See below. Can you help?"])
    return top + sig(c, b) + "\n\n" + outlook_hdr(c, a, b, subj(c)) + "\n\n" + old + sig(c, a) + "\n\n" + disclaimer(c)


@T(S)
def mail_forward_bank(c):
    r = c.r
    a = person(r, c.lang)
    if r.random() < 0.55:
        ib = c.add("iban", fmt_iban(r, make_iban(r)))
        inner = c.P(["Buongiorno,\nvi comunico le nuove coordinate per l'accredito degli incassi:\n\nIntestatario: %s\nIBAN: %s\nBIC: %s\n\nDa utilizzare a partire dal %s." % (r.choice(MERCHANTS), ib, bic(r), date(r, "it")),
                     "Salve, il conto per i rimborsi è cambiato, quello nuovo è\n%s\ngrazie" % ib],
                    ["Hello,\nplease find our new payout details:\n\nAccount name: %s\nIBAN: %s\nBIC: %s\n\nEffective from %s." % (r.choice(MERCHANTS), ib, bic(r), date(r, "en")),
                     "Hi, the refund account has changed, the new one is\n%s\nthanks" % ib])
    else:
        f = bank_fields(c)
        inner = c.L("Buongiorno, di seguito i dati del conto:\n\n", "Hello, account details below:\n\n") + "\n".join("%s: %s" % x for x in f)
    top = c.P(["Inoltro dal cliente, potete aggiornare l'anagrafica?", "FYI vedi sotto"], ["Forwarding from the customer, can you update the record?", "FYI see below"])
    return top + "\n\n" + fwd_hdr(c, a, c.L("Nuove coordinate bancarie", "New bank details")) + "\n\n" + inner + sig(c, a)


@T(S)
def mail_secret_then_disclaimer(c):
    r = c.r
    kind = pick_kind(c, {"password": 3, "access_token": 2, "client_secret": 2, "pin": 1})
    val = c.sv(kind)
    body = c.P(["%s\n\nin allegato i log. Per riprodurre usate pure il nostro utente di test, %s %s.\n" % (greet(c), label(c, kind).lower(), val),
                "%s\nil problema si presenta solo con questo %s: %s\ncon gli altri va tutto bene." % (greet(c), label(c, kind).lower(), val)],
               ["%s\n\nlogs attached. To reproduce feel free to use our test user, %s %s.\n" % (greet(c), label(c, kind).lower(), val),
                "%s\nit only happens with this %s: %s\nall the others work fine." % (greet(c), label(c, kind).lower(), val)])
    return body + sig(c) + "\n\n" + disclaimer(c) + ("\n\n" + disclaimer(c) if r.random() < 0.3 else "")


@T(S)
def mail_nested_quotes(c):
    r = c.r
    a, b, ag = person(r, c.lang), person(r, c.lang), r.choice(AGENTS)
    pw = c.sv(r.choice(["password", "password", "client_secret", "pin"]))
    deep = c.P(["La password provvisoria è %s, cambiatela al primo accesso." % pw, "codice: %s" % pw],
               ["The temporary password is %s, change it at first login." % pw, "code: %s" % pw])
    mid = c.P(["Me la rimandi? Non la trovo più.", "Quale?"], ["Can you resend it? I lost it.", "Which one?"])
    top = c.P(["Giro a voi tutta la conversazione, così vedete cosa ci siamo detti.", "Vedi thread sotto, il cliente dice che non va."],
              ["Passing the whole thread to you so you can see what we said.", "See thread below, customer says it doesn't work."])
    return (top + "\n\n" + wrote_line(c, b) + "\n" + quote(mid + "\n\n" + wrote_line(c, a) + "\n" + quote(deep)))


@T(S)
def mail_card_to_merchant(c):
    r = c.r
    num = card(r)
    cardv = c.add("card_number", fmt_card(r, num))
    parts = c.P(["Buongiorno, vi mando i dati della carta per l'addebito della fattura %s come concordato al telefono:\n%s scad. %s" % (invoice_no(r), cardv, expiry(r)),
                 "ciao, per il rinnovo usate pure questa carta %s (scade %s)" % (cardv, expiry(r))],
                ["Hi, sending the card details for invoice %s as agreed on the phone:\n%s exp %s" % (invoice_no(r), cardv, expiry(r)),
                 "hello, for the renewal please use this card %s (expires %s)" % (cardv, expiry(r))])
    if r.random() < 0.6:
        cv = c.add("cvv", cvv(r, num))
        parts += c.P([" cvv %s" % cv, "\nil codice dietro è %s" % cv], [" cvv %s" % cv, "\nthe code on the back is %s" % cv])
    agent = c.P(["\n\n" + wrote_line(c, r.choice(AGENTS), "support@sportello-demo.test") + "\n> Gentile cliente, la preghiamo di NON inviare dati di carta via e-mail.",
                 ""],
                ["\n\n" + wrote_line(c, r.choice(AGENTS), "support@sportello-demo.test") + "\n> Dear customer, please do NOT send card details by e-mail.", ""])
    return parts + sig(c) + agent


@T(S)
def mail_private_key(c):
    r = c.r
    k = c.add("private_key", pem(r))
    body = c.P(["Come chiesto vi mando la chiave privata con cui firmiamo le richieste (il certificato pubblico lo avete già):\n\n%s\n\nSe serve la passphrase chiamatemi." % k,
                "ecco il file key.pem copiato qui sotto perché l'allegato veniva bloccato\n\n%s" % k],
               ["As requested here is the private key we sign requests with (you already have the public cert):\n\n%s\n\nCall me if you need the passphrase." % k,
                "pasting key.pem below because the attachment kept getting blocked\n\n%s" % k])
    return body + sig(c) + "\n\n" + disclaimer(c)


@T(S)
def mail_vendor_key(c):
    r = c.r
    vend, pairs = vendor_key(r)
    lines = "\n".join("%s=%s" % (lab, c.add("vendor_key", v)) for lab, v in pairs)
    body = c.P(["Ciao, per fare i test dell'integrazione %s su vostro ambiente vi passo le chiavi del nostro account:\n\n%s\n\nGrazie!" % (vend, lines),
                "la chiave %s di produzione è questa, attenzione a non committarla:\n%s" % (vend, lines)],
               ["Hi, for testing the %s integration on your side here are our account keys:\n\n%s\n\nThanks!" % (vend, lines),
                "this is the production %s key, careful not to commit it:\n%s" % (vend, lines)])
    return body + sig(c)


@T(S)
def mail_toppost_quoted_creds(c):
    r = c.r
    a = person(r, c.lang)
    cid = r.choice(CLIENT_IDS)
    sec = c.sv("client_secret")
    quoted = c.P(["Ciao,\necco le credenziali del sandbox:\nclient_id: %s\nclient_secret: %s\nendpoint: https://%s/oauth/token" % (cid, sec, r.choice(AUTH_HOSTS)),
                  "Client ID %s - secret %s (solo sandbox)" % (cid, sec)],
                 ["Hi,\nsandbox credentials:\nclient_id: %s\nclient_secret: %s\nendpoint: https://%s/oauth/token" % (cid, sec, r.choice(AUTH_HOSTS)),
                  "Client ID %s - secret %s (sandbox only)" % (cid, sec)])
    top = c.P(["Usando queste (vedi sotto) ottengo invalid_client, cosa sbaglio?", "Con le credenziali qui sotto il token endpoint risponde 401."],
              ["Using these (see below) I get invalid_client, what am I doing wrong?", "With the credentials below the token endpoint returns 401."])
    return top + sig(c) + "\n\n" + wrote_line(c, a) + "\n" + quote(quoted)


@T(S)
def mail_mobile_short(c):
    r = c.r
    kind = r.choice(["pin", "pin", "password", "cvv_card"])
    if kind == "cvv_card":
        num = card(r)
        v = c.add("card_number", fmt_card(r, num)) + r.choice([", cvv ", " - cvc ", "\n"]) + c.add("cvv", cvv(r, num))
        msg = c.P(["carta %s" % v, "eccola %s" % v], ["card %s" % v, "here %s" % v])
    else:
        v = c.sv(kind)
        msg = c.P(["il codice è %s" % v, "%s è quello giusto" % v, "→ %s" % v], ["code is %s" % v, "%s is the right one" % v, "→ %s" % v])
    tail = c.P(["\n\nInviato da iPhone", "\n\nInviato dal mio smartphone Samsung Galaxy.", "\n\nScusate la brevità, inviato da mobile"],
               ["\n\nSent from my iPhone", "\n\nSent from my Galaxy", "\n\nGet Outlook for Android"])
    return msg + tail + "\n\n" + wrote_line(c, r.choice(AGENTS), "support@sportello-demo.test") + "\n" + quote(
        c.P(["Per sbloccare l'operazione ci serve il dato che le è stato richiesto.", "Ci conferma il dato richiesto?"],
            ["To unlock the operation we need the detail we asked for.", "Can you confirm the requested detail?"]))


@T(S)
def mail_config_refresh(c):
    r = c.r
    rt = c.sv("refresh_token")
    at = c.sv("access_token") if r.random() < 0.5 else None
    cfg = "oauth:\n  token_url: https://%s/oauth/token\n  client_id: %s\n  refresh_token: %s" % (r.choice(AUTH_HOSTS), r.choice(CLIENT_IDS), rt)
    if at:
        cfg += "\n  access_token: %s" % at
    body = c.P(["Buonasera,\nil job notturno fallisce al rinnovo del token. Questa è la config che usa (copiata dal server):\n\n%s\n\n" % cfg,
                "Vi incollo la sezione oauth del file di configurazione:\n%s\n" % cfg],
               ["Evening,\nthe nightly job fails on token renewal. This is the config it uses (copied from the server):\n\n%s\n\n" % cfg,
                "Pasting the oauth section of the config file:\n%s\n" % cfg])
    return body + sig(c)


@T(S)
def mail_uk_payout(c):
    r = c.r
    u = uk_acc(r)
    if r.random() < 0.5:
        acc = c.add("bank_account", u["sort_fmt"] + " " + u["account"])
        line = "Sort code / account: %s" % acc
    else:
        acc = c.add("bank_account", u["account"])
        line = "Sort code: %s\nAccount number: %s" % (u["sort_fmt"], acc)
    intro = c.P(["Vi inoltro i dati del conto inglese del cliente %s per i payout in GBP:" % r.choice(MERCHANTS),
                 "Dati UK per i pagamenti, come da mail sotto:"],
                ["Please find below the UK account for GBP payouts for %s:" % r.choice(MERCHANTS),
                 "UK payout details, as per the email below:"])
    return intro + "\n\n" + "Account name: %s\n%s\n" % (r.choice(MERCHANTS), line) + sig(c)


@T(S)
def mail_qa_inline(c):
    r = c.r
    kind = r.choice(["client_secret", "password", "access_token", "refresh_token"])
    val = c.sv(kind)
    lab = label(c, kind)
    q1 = c.P(["1) Qual è l'ambiente coinvolto?", "1. Ambiente?"], ["1) Which environment?", "1. Environment?"])
    q2 = c.P(["2) Ci indica il %s usato nelle chiamate?" % lab.lower(), "2. %s in uso?" % lab], ["2) Which %s do the calls use?" % lab.lower(), "2. %s in use?" % lab])
    q3 = c.P(["3) Da quando si presenta il problema?"], ["3) Since when?"])
    ans = c.P(["Rispondo sotto in linea.", "Risposte tra le righe"], ["Answers inline below.", "Replies inline"])
    return (ans + "\n\n> " + q1 + "\n" + c.P(["produzione", "sandbox"], ["production", "sandbox"]) + "\n\n> " + q2 + "\n" + val +
            "\n\n> " + q3 + "\n" + date(r, c.lang) + sig(c))


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def mail_rotation_talk(c):
    r = c.r
    a = person(r, c.lang)
    body = c.P(["Ciao, confermo che il client secret di %s è stato ruotato ieri alle %s. Il vecchio è stato revocato, quello nuovo è nel vault sotto kv/acme/prod. Nessuno deve incollarlo in chiaro nei ticket, per favore." % (r.choice(CLIENT_IDS), hhmm(r)),
                "Ho rigenerato la chiave API dal pannello, la trovate nel password manager condiviso (cartella 'Pagamenti'). Quella vecchia smette di funzionare tra 24 ore."],
               ["Hi, confirming that the client secret for %s was rotated yesterday at %s. The old one is revoked, the new one is in vault under kv/acme/prod. Please nobody paste it in tickets." % (r.choice(CLIENT_IDS), hhmm(r)),
                "I regenerated the API key in the dashboard; it's in the shared password manager ('Payments' folder). The old one stops working in 24 hours."])
    prev = c.P(["Qualcuno sa se il secret nuovo è già attivo?", "Serve ruotare anche il refresh token?"],
               ["Does anyone know if the new secret is live yet?", "Do we need to rotate the refresh token too?"])
    return body + sig(c, a) + "\n\n" + wrote_line(c, person(r, c.lang)) + "\n" + quote(prev)


@T(S, neg=True)
def mail_masked(c):
    r = c.r
    body = c.P(["Per privacy ho oscurato i dati sensibili:\n\nclient_secret: %s\nIBAN: %s\nCarta: %s\n\nIl resto della configurazione è invariato." % (masked_token(r), masked_iban(r), masked_card(r)),
                "Come da policy, vi mando i dati mascherati: token %s, carta %s." % (masked_token(r), masked_card(r))],
               ["For privacy I blanked the sensitive bits:\n\nclient_secret: %s\nIBAN: %s\nCard: %s\n\nThe rest of the config is unchanged." % (masked_token(r), masked_iban(r), masked_card(r)),
                "As per policy, masked details: token %s, card %s." % (masked_token(r), masked_card(r))])
    return body + sig(c) + "\n\n" + outlook_hdr(c, person(r, c.lang), "Support", subj(c)) + "\n\n" + prose_neg(c)


@T(S, neg=True)
def mail_invoice_thread(c):
    r = c.r
    body = c.P(["Buongiorno,\nla fattura %s del %s di %s risulta ancora non pagata. Il bonifico va fatto sul conto indicato in fattura (BIC %s), causale %s." % (invoice_no(r), date(r, "it"), amount(r, "it"), bic(r), order_no(r)),
                "Salve, ci risulta un doppio addebito sull'ordine %s (%s). Potete verificare? Pratica %s." % (order_no(r), amount(r, "it"), case_no(r))],
               ["Hello,\ninvoice %s dated %s for %s is still unpaid. Please pay to the account on the invoice (BIC %s), reference %s." % (invoice_no(r), date(r, "en"), amount(r, "en"), bic(r), order_no(r)),
                "Hi, we see a double charge on order %s (%s). Can you check? Case %s." % (order_no(r), amount(r, "en"), case_no(r))])
    return body + sig(c) + "\n\n" + disclaimer(c)


@T(S, neg=True)
def mail_out_of_office(c):
    r = c.r
    n = person(r, c.lang)
    body = c.P(["Sono fuori ufficio fino al %s con accesso limitato alla posta. Per urgenze contattare %s al %s oppure scrivere a %s." % (date(r, "it"), person(r, "it"), phone(r, "it"), email_of(person(r, "it"), r)),
                "Risposta automatica: grazie per il messaggio, la pratica %s è stata presa in carico." % case_no(r)],
               ["I'm out of the office until %s with limited access to email. For urgent matters call %s on %s or write to %s." % (date(r, "en"), person(r, "en"), phone(r, "en"), email_of(person(r, "en"), r)),
                "Automatic reply: thanks for your message, case %s has been logged." % case_no(r)])
    return "Subject: " + c.L("Risposta automatica: ", "Automatic reply: ") + subj(c) + "\n\n" + body + sig(c, n)


@T(S, neg=True)
def mail_case_disclaimer(c):
    r = c.r
    ids = some_lookalikes(c, 3)
    body = c.P(["Gentile cliente,\nla sua richiesta è stata registrata con i seguenti riferimenti:\n", "Riepilogo della segnalazione:\n"],
               ["Dear customer,\nyour request has been logged with the following references:\n", "Summary of the report:\n"])
    body += "\n".join("- %s: %s" % x for x in ids)
    body += c.P(["\n\nNon risponda a questa e-mail e non ci invii mai password, PIN o codici OTP.",
                 "\n\nLa ricordiamo che il nostro personale non le chiederà mai le credenziali."],
                ["\n\nDo not reply to this e-mail and never send us passwords, PINs or OTP codes.",
                 "\n\nOur staff will never ask for your credentials."])
    return body + "\n\n" + disclaimer(c)


@T(S, neg=True)
def mail_docs_placeholders(c):
    r = c.r
    ph = placeholder(r)
    body = c.P(["Ciao, nella documentazione c'è questo esempio:\n\n    curl -X POST https://%s/v2/payments \\\n      -H \"Authorization: Bearer %s\" \\\n      -H \"Idempotency-Key: %s\"\n\nMa cosa va messo al posto del token?" % (r.choice(HOSTS), ph, ruuid(r)),
                "Dalla guida: 'imposta CLIENT_SECRET=%s nel file .env'. Il valore lo genero io?" % ph],
               ["Hi, the docs have this example:\n\n    curl -X POST https://%s/v2/payments \\\n      -H \"Authorization: Bearer %s\" \\\n      -H \"Idempotency-Key: %s\"\n\nWhat goes in place of the token?" % (r.choice(HOSTS), ph, ruuid(r)),
                "From the guide: 'set CLIENT_SECRET=%s in your .env file'. Do I generate that value myself?" % ph])
    return body + sig(c)


@T(S, neg=True)
def mail_error_quotes(c):
    r = c.r
    e1, e2 = error_msg(c), error_msg(c)
    body = c.P(["Da stamattina le chiamate falliscono con:\n\n%s\n\ne ogni tanto anche:\n\n%s\n\nNon abbiamo cambiato nulla." % (e1, e2),
                "Ciao, il vostro endpoint risponde %s. Il request id è %s." % (e1, req_id(r))],
               ["Since this morning calls fail with:\n\n%s\n\nand sometimes:\n\n%s\n\nWe haven't changed anything." % (e1, e2),
                "Hi, your endpoint answers %s. Request id is %s." % (e1, req_id(r))])
    return body + sig(c) + "\n\n" + wrote_line(c, r.choice(AGENTS), "support@sportello-demo.test") + "\n" + quote(
        c.P(["Ci può mandare l'errore esatto?"], ["Could you send the exact error?"]))


@T(S, neg=True)
def mail_trace_ids(c):
    r = c.r
    rows = "\n".join("%s  %s  %s  %s" % (iso_ts(r), req_id(r), traceparent(r), r.choice(["200", "401", "502", "429"])) for _ in range(r.randint(3, 6)))
    body = c.P(["Vi giro gli id delle richieste fallite di stanotte:\n\n", "Ecco i riferimenti che avete chiesto:\n\n"],
               ["Here are the ids of last night's failed requests:\n\n", "Here are the references you asked for:\n\n"])
    return body + rows + sig(c)


@T(S, neg=True)
def mail_billing_ids(c):
    r = c.r
    body = c.P(["Buongiorno, per la fatturazione elettronica vi confermo:\nRagione sociale: %s\nP.IVA: IT%s\nCodice fiscale legale rappresentante: %s\nCodice SDI: %s\nPEC: amministrazione@pec.%s" % (
        r.choice(MERCHANTS), piva(r), codice_fiscale(r), rs(r, 7, UP + DG), r.choice(["example.it", "larix.test"]))],
        ["Hello, billing details for the Italian e-invoice:\nCompany: %s\nVAT: IT%s\nTax code: %s\nSDI code: %s" % (
            r.choice(MERCHANTS), piva(r), codice_fiscale(r), rs(r, 7, UP + DG))])
    return body + sig(c) + "\n\n" + wrote_line(c, r.choice(AGENTS), "billing@sportello-demo.test") + "\n" + quote(
        c.P(["Ci mancano i dati di fatturazione."], ["We're missing your billing details."]))


@T(S, neg=True)
def mail_tracking(c):
    r = c.r
    body = c.P(["I terminali POS sono partiti oggi con corriere, tracking %s e %s. Il seriale del primo è SN%s." % (tracking(r), tracking(r), digits(r, 10)),
                "Spedizione del lettore carte: %s, consegna prevista %s." % (tracking(r), date(r, "it"))],
               ["The POS terminals shipped today, tracking %s and %s. First unit serial SN%s." % (tracking(r), tracking(r), digits(r, 10)),
                "Card reader shipment: %s, expected delivery %s." % (tracking(r), date(r, "en"))])
    return body + sig(c)


@T(S, neg=True)
def mail_bad_iban(c):
    r = c.r
    bi = fmt_iban(r, bad_iban(r), r.choice(["paper", "compact"]))
    body = c.P(["Gentile cliente, l'IBAN che ci ha comunicato (%s) non supera il controllo: le cifre di controllo non tornano. Può ricontrollarlo dall'app della banca?" % bi,
                "Il bonifico è stato respinto: IBAN %s non valido." % bi],
               ["Dear customer, the IBAN you sent (%s) fails validation: the check digits don't match. Could you check it in your banking app?" % bi,
                "The transfer bounced: IBAN %s invalid." % bi])
    return body + sig(c, r.choice(AGENTS))


@T(S)
def mail_credentials_handover(c):
    r = c.r
    a, b = person(r, c.lang), person(r, c.lang)
    user = r.choice(["admin", "operatore1", "amministrazione", email_of(a, r), "merchant_" + digits(r, 5)])
    pw = c.add("password", any_password(r, c.lang))
    inner = c.P(["Ciao %s,\nprima di andare in ferie ti lascio l'accesso al portale merchant:\nutente %s\npassword %s\nSe chiede l'OTP arriva sul mio cellulare, chiamami." % (b.split()[0], user, pw),
                 "%s, le credenziali del back-office sono %s / %s, non cambiarle che le usa anche il commercialista." % (b.split()[0], user, pw)],
                ["Hi %s,\nbefore I go on holiday here's the merchant portal login:\nuser %s\npassword %s\nIf it asks for an OTP it goes to my phone, call me." % (b.split()[0], user, pw),
                 "%s, back-office credentials are %s / %s, don't change them, the accountant uses them too." % (b.split()[0], user, pw)])
    top = c.P(["Buongiorno, il collega è in ferie e l'accesso non funziona più, vi giro la sua mail.", "Vedi sotto, da ieri 'credenziali non valide'."],
              ["Hello, my colleague is on holiday and the login stopped working, forwarding his email.", "See below, 'invalid credentials' since yesterday."])
    return top + sig(c, b) + "\n\n" + fwd_hdr(c, a, c.L("accesso portale", "portal access")) + "\n\n" + inner + sig(c, a)


@T(S)
def mail_voicemail_transcript(c):
    r = c.r
    kind = r.choice(["pin", "pin", "card", "cvv"])
    caller = phone(r, c.lang)
    if kind == "pin":
        v = c.add("pin", spoken(r, pin(r, r.choice([4, 5, 6])), c.lang, sep=r.choice([" ", ", ", "... "])))
        said = c.L("il codice che mi è arrivato per SMS è %s, però il sito dice che è scaduto" % v,
                   "the code I got by text is %s, but the website says it expired" % v)
    else:
        num = card(r, "visa")
        while len(num) != 16:
            num = card(r, "visa")
        words = IT_DIG if c.lang == "it" else EN_DIG
        v = c.add("card_number", " ".join(words[int(d)] for d in num))
        said = c.L("vi lascio il numero della carta così fate voi, %s" % v, "leaving you the card number so you can do it, %s" % v)
        if kind == "cvv":
            cv = c.add("cvv", spoken(r, cvv(r, num), c.lang))
            said += c.L(", e il codice dietro è %s" % cv, ", and the code on the back is %s" % cv)
    body = c.P(["Nuovo messaggio vocale da %s (durata 0:%02d)\n\nTrascrizione (automatica, potrebbe contenere errori):\n\"Sì buongiorno, sono %s, %s. Grazie, richiamatemi.\"" % (caller, r.randint(15, 59), person(r, "it"), said)],
               ["New voicemail from %s (length 0:%02d)\n\nTranscription (automatic, may contain errors):\n\"Yes hello, this is %s, %s. Thanks, call me back.\"" % (caller, r.randint(15, 59), person(r, "en"), said)])
    return "From: voicemail@pbx.sportello-demo.test\nSubject: " + c.L("Messaggio vocale", "Voicemail") + "\n\n" + body
