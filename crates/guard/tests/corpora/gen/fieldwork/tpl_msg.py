# -*- coding: utf-8 -*-
"""Messages from non-technical end users and from support agents."""
from common import *  # noqa

S = "message"

EMO = ["😭", "🙏", "😡", "🤦‍♀️", "😅", "‼️", "🆘", "👍", "😬", "🙂"]


def emo(c, p=0.5):
    return (" " + c.r.choice(EMO)) if c.r.random() < p else ""


# ---------------------------------------------------------------- positives

@T(S)
def msg_casual_pw(c):
    r = c.r
    pw = c.sv("password")
    return c.P(["ciao!! non riesco ad entrare nell'app, la pw è %s%s mi dite cosa sbaglio" % (pw, emo(c)),
                "salve io metto sempre %s come password ma mi dice errata%s" % (pw, emo(c)),
                "Buongiorno sono %s, ho provato con %s e poi con la stessa con la maiuscola ma niente" % (person(r, "it").split()[0], pw),
                "scusate ma la mia password %s non va piu da ieri sera" % pw],
               ["hi!! can't log into the app, pw is %s%s what am I doing wrong" % (pw, emo(c)),
                "hello I always type %s as my password but it says it's wrong%s" % (pw, emo(c)),
                "Morning, it's %s here, tried %s and then the same with a capital letter, nothing" % (person(r, "en").split()[0], pw),
                "sorry but my password %s stopped working last night" % pw])


@T(S)
def msg_all_caps(c):
    r = c.r
    kind = r.choice(["password", "password", "pin", "card_number", "iban"])
    v = c.sv(kind)
    lab = {"password": ("PASSWORD", "PASSWORD"), "pin": ("PIN", "PIN"), "card_number": ("CARTA", "CARD"), "iban": ("IBAN", "IBAN")}[kind]
    return c.P(["LA MIA %s È %s E NON FUNZIONA!!! SONO TRE GIORNI CHE SCRIVO" % (lab[0], v),
                "BUONGIORNO VI HO GIÀ DATO IL %s %s PERCHÉ NON RISPONDETE" % (lab[0], v)],
               ["MY %s IS %s AND IT DOESN'T WORK!!! BEEN WRITING FOR THREE DAYS" % (lab[1], v),
                "I ALREADY GAVE YOU MY %s %s WHY IS NOBODY ANSWERING" % (lab[1], v)])


@T(S)
def msg_spoken_pin(c):
    r = c.r
    p = pin(r, r.choice([4, 4, 5, 6]))
    sp = c.add("pin", spoken(r, p, c.lang, sep=r.choice([" ", ", ", "-"])))
    return c.P(["il pin è %s, l'ho scritto in lettere perché la chat mi cancellava i numeri" % sp,
                "Cliente al telefono (trascrizione): \"allora il codice che mi è arrivato è... %s, ecco\"" % sp,
                "il codice del bancomat che ho impostato è %s ma il terminale dice PIN errato" % sp],
               ["the pin is %s, I wrote it in words because the chat kept deleting numbers" % sp,
                "Customer on the phone (transcript): \"so the code I got is... %s, right\"" % sp,
                "the card PIN I set is %s but the terminal says wrong PIN" % sp])


@T(S)
def msg_spoken_card(c):
    r = c.r
    num = card(r, r.choice(["visa", "mastercard"]))
    while len(num) != 16:
        num = card(r, "mastercard")
    words = IT_DIG if c.lang == "it" else EN_DIG
    groups = [" ".join(words[int(d)] for d in num[i:i + 4]) for i in range(0, 16, 4)]
    sp = c.add("card_number", r.choice([", ", " - ", "... "]).join(groups))
    return c.P(["[trascrizione chiamata] Cliente: sì allora il numero della carta è %s. Operatore: la interrompo, non deve comunicarlo." % sp,
                "Nota vocale trascritta: \"la carta è %s, scade a marzo\"" % sp],
               ["[call transcript] Caller: yes so the card number is %s. Agent: let me stop you there, you shouldn't read it out." % sp,
                "Voice note transcript: \"card is %s, expires in March\"" % sp])


@T(S)
def msg_qa_agent(c):
    r = c.r
    kind = r.choice(["client_secret", "client_secret", "access_token", "password", "refresh_token", "pin"])
    v = c.sv(kind)
    q = {"client_secret": ("qual è il client secret?", "what's the client secret?"), "access_token": ("che token state mandando?", "which token are you sending?"),
         "password": ("con che password entri?", "which password do you log in with?"), "refresh_token": ("mi incolli il refresh token?", "can you paste the refresh token?"),
         "pin": ("che codice ti è arrivato?", "what code did you get?")}[kind]
    style = r.choice(["qa", "chat"])
    if style == "qa":
        return c.L("Q: %s\nA: %s" % (q[0], v), "Q: %s\nA: %s" % (q[1], v))
    a1, a2 = r.choice(AGENTS), person(r, c.lang).split()[0]
    return "%s: %s\n%s: %s\n%s: %s" % (a1, c.L(q[0], q[1]), a2, c.P(["aspetta che lo cerco", "un attimo"], ["hang on let me find it", "one sec"]), a2, v)


@T(S)
def msg_code_switch(c):
    r = c.r
    kind = r.choice(["client_secret", "access_token", "refresh_token", "password"])
    v = c.sv(kind)
    en_lab = {"client_secret": "client secret", "access_token": "access token", "refresh_token": "refresh token", "password": "password"}[kind]
    return c.P(["Ciao team, il %s for prod è %s, please double-check che sia quello giusto, thanks!" % (en_lab, v),
                "raga quick one: ho messo il %s %s nel deploy ma il gateway dice unauthorized, any idea?" % (en_lab, v),
                "FYI il %s nuovo è %s — l'ho già updated in staging" % (en_lab, v)],
               ["Hi team, the %s per la produzione is %s, can you confirm it's the right one? grazie mille" % (en_lab, v),
                "quick one: I put the %s %s in the deploy, ma il gateway dice unauthorized, ideas?" % (en_lab, v),
                "FYI the new %s is %s — già aggiornato in staging" % (en_lab, v)])


@T(S)
def msg_after_keyword(c):
    r = c.r
    kind = r.choice(["password", "password", "pin", "client_secret"])
    v = c.sv(kind)
    return r.choice(({"password": ["la password che uso da sempre, cioè %s, non me la prende più" % v,
                             "Per la password ho messo quella solita, quella col nome del cane, ovvero %s" % v,
                             "password? la stessa dell'altra volta eh, %s" % v],
                "pin": ["il pin che ho scelto quando ho attivato la carta, se ricordo bene, era %s" % v,
                        "il codice che mi avete mandato stamattina alle 9 e qualcosa era %s" % v],
                "client_secret": ["il secret che ci avete dato a gennaio in fase di onboarding (quello lungo) è %s" % v]} if c.lang == "it" else {"password": ["the password I've always used, namely %s, isn't accepted anymore" % v,
                             "For the password I used the usual one, the one with my dog's name, i.e. %s" % v,
                             "password? same as last time, %s" % v],
                "pin": ["the pin I chose when activating the card, if I remember right, was %s" % v,
                        "the code you texted me this morning around 9 was %s" % v],
                "client_secret": ["the secret you gave us in January during onboarding (the long one) is %s" % v]})[kind])


@T(S)
def msg_wrapped_value(c):
    r = c.r
    kind = r.choice(["iban", "iban", "card_number", "access_token", "client_secret"])
    if kind == "iban":
        v = wrap_at(group4(make_iban(r)), r)
    elif kind == "card_number":
        v = wrap_at(group_card(card(r)), r)
    else:
        raw = gen_value(c, kind, jwt_ok=False)
        v = hardwrap(raw, r)
    c.add(kind, v)
    lab = label(c, kind)
    return c.P(["ecco il mio %s:\n%s\n(scusate se va a capo, scrivo dal telefono)" % (lab, v),
                "%s\n%s\ngrazie" % (lab, v)],
               ["here's my %s:\n%s\n(sorry about the line break, typing on my phone)" % (lab, v),
                "%s\n%s\nthanks" % (lab, v)])


@T(S)
def msg_odd_separators(c):
    r = c.r
    kind = r.choice(["card_number", "iban", "pin", "card_number"])
    if kind == "card_number":
        v = c.add(kind, fmt_card(r, card(r), r.choice(["fullwidth", "nbsp", "slash", "dot", "odd", "double"])))
    elif kind == "iban":
        v = c.add(kind, fmt_iban(r, make_iban(r), r.choice(["nbsp", "dash", "dot", "spaced2", "lower"])))
    else:
        v = c.add(kind, spaced_digits(r, pin(r, r.choice([4, 6]))))
    return c.P(["%s %s" % (label(c, kind), v), "allora... %s: %s ok?" % (label(c, kind).lower(), v), "te lo scrivo qui → %s" % v],
               ["%s %s" % (label(c, kind), v), "so... %s: %s ok?" % (label(c, kind).lower(), v), "writing it here → %s" % v])


@T(S)
def msg_agent_internal_note(c):
    r = c.r
    kind = r.choice(["iban", "iban", "bank_account", "card_number", "password", "pin"])
    v = c.sv(kind)
    return c.P(["[Nota interna] Cliente ha comunicato al telefono %s per il rimborso: %s. Da inserire in anagrafica e poi cancellare questa nota." % (label(c, kind), v),
                "Nota agente (%s): il cliente insiste a darci il %s, %s. Gli ho spiegato che non serve." % (r.choice(AGENTS), label(c, kind).lower(), v)],
               ["[Internal note] Customer gave %s over the phone for the refund: %s. Add to the record then delete this note." % (label(c, kind), v),
                "Agent note (%s): customer insists on giving us their %s, %s. Explained it's not needed." % (r.choice(AGENTS), label(c, kind).lower(), v)])


@T(S)
def msg_typos(c):
    r = c.r
    kind = r.choice(["password", "access_token", "pin"])
    v = c.sv(kind, jwt_ok=False)
    return r.choice(({"password": ["nn riesco a acedere, la pasword è %s ho provato pure a resetarla" % v, "psw %s , user la mia mail. aiuto" % v],
                "access_token": ["il toekn che mi da il portale è %s ma le chiamte danno 401" % v, "vi mando il tokken %s" % v],
                "pin": ["il codce che mi è arivato è %s ma il sito dice sbagliato" % v, "cod. sms %s" % v]} if c.lang == "it" else {"password": ["cant acess my acount, pasword is %s tried reseting it too" % v, "passwrd %s , username is my email. help" % v],
                "access_token": ["the tokn the portal gives me is %s but calls return 401" % v, "sending you the tokem %s" % v],
                "pin": ["the cdoe i recieved is %s but the site says wrong" % v, "sms cod %s" % v]})[kind])


@T(S)
def msg_whatsapp_forward(c):
    r = c.r
    kind = r.choice(["iban", "password", "pin", "card_number"])
    v = c.sv(kind)
    n = person(r, c.lang).split()[0]
    d, mo, h, mi = r.randint(1, 28), r.randint(1, 12), r.randint(8, 20), r.randint(0, 50)
    ts = ["[%02d/%02d/24, %02d:%02d:%02d]" % (d, mo, h, mi + k, r.randint(0, 59)) for k in range(3)]
    return (c.L("Vi inoltro la chat di WhatsApp col cliente:\n\n", "Forwarding the WhatsApp chat with the customer:\n\n") +
            "%s %s: %s\n%s %s: %s\n%s %s: %s" % (ts[0], r.choice(AGENTS).split()[0], c.L("mi manda il dato?", "can you send it?"), ts[1], n, v, ts[2], n, c.L("ecco 👆", "there 👆")))


@T(S)
def msg_chat_transcript_sms(c):
    r = c.r
    code = pin(r, 6)
    v = c.add("pin", r.choice([code[:2] + " " + code[2:4] + " " + code[4:], code, code[:3] + " " + code[3:]]))
    a = r.choice(AGENTS)
    return c.P(["Agente: Mi conferma il codice SMS appena ricevuto?\nCliente: %s\nAgente: Grazie, verifico." % v,
                "%s: mi legge il codice?\nUtente: si eccolo %s\n%s: ok" % (a, v, a)],
               ["Agent: Can you confirm the SMS code you just got?\nCustomer: %s\nAgent: Thanks, checking." % v,
                "%s: could you read me the code?\nUser: yes here %s\n%s: ok" % (a, v, a)])


@T(S)
def msg_dev_to_agent(c):
    r = c.r
    kind = pick_kind(c, TECH_W)
    if kind == "private_key":
        v = c.add("private_key", pem(r, lines=r.randint(4, 8)))
        return c.P(["ok te la incollo qui, è la chiave del nostro server:\n%s" % v], ["ok pasting it here, it's our server key:\n%s" % v])
    v = c.sv(kind)
    lab = label(c, kind)
    return c.P(["%s Il %s che usiamo è `%s`, il client id è %s. Fateci sapere." % (greet(c), lab.lower(), v, r.choice(CLIENT_IDS)),
                "Ciao, rispondo alla domanda di prima: %s = %s" % (lab, v)],
               ["%s The %s we use is `%s`, client id is %s. Let us know." % (greet(c), lab.lower(), v, r.choice(CLIENT_IDS)),
                "Hi, answering your earlier question: %s = %s" % (lab, v)])


@T(S)
def msg_bank_details_prose(c):
    r = c.r
    if r.random() < 0.5:
        v = c.sv("iban", fmt=r.choice(["paper", "compact", "itsplit"]))
        return c.P(["Per il rimborso potete usare il conto di mio marito, IBAN %s, intestato a %s." % (v, person(r, "it")),
                    "vi ho già scritto l'iban due volte: %s!!" % v],
                   ["For the refund you can use my husband's account, IBAN %s, in the name of %s." % (v, person(r, "en")),
                    "I've already sent the iban twice: %s!!" % v])
    v = c.add("bank_account", bank_inline(c))
    return c.P(["i dati del conto sono %s (è un conto estero, l'iban non ce l'ho sotto mano)" % v, "Coordinate: %s" % v],
               ["account details are %s (foreign account, don't have the iban handy)" % v, "Bank details: %s" % v])


@T(S)
def msg_card_and_cvv_prose(c):
    r = c.r
    num = card(r)
    v = c.add("card_number", fmt_card(r, num))
    cv = c.add("cvv", cvv(r, num))
    return c.P(["la carta è %s, scad %s e dietro c'è %s. potete riprovare voi l'addebito?" % (v, expiry(r), cv),
                "Numero %s cvv %s, intestata a mia figlia" % (v, cv)],
               ["card is %s, exp %s and the back says %s. can you retry the charge yourselves?" % (v, expiry(r), cv),
                "Number %s cvv %s, it's in my daughter's name" % (v, cv)])


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def msg_reset_story(c):
    r = c.r
    return c.P(["ho resettato la password 3 volte ma la mail non arriva, ho controllato anche lo spam. il mio numero è %s se volete chiamarmi" % phone(r, "it"),
                "Ciao, ho cambiato la password ieri e ora l'app mi chiede il PIN che non ho mai impostato%s" % emo(c),
                "mi avete bloccato l'account dopo 3 tentativi, pratica %s" % case_no(r)],
               ["I reset the password 3 times but the email never comes, checked spam too. my number is %s if you want to call" % phone(r, "en"),
                "Hi, I changed my password yesterday and now the app asks for a PIN I never set%s" % emo(c),
                "you locked my account after 3 attempts, case %s" % case_no(r)])


@T(S, neg=True)
def msg_pin_rejected(c):
    r = c.r
    return c.P(["il PIN è stato rifiutato tre volte e ora la carta è bloccata, cosa devo fare?",
                "al POS mi dice PIN errato ma sono sicura che è giusto, è la prima volta che succede%s" % emo(c),
                "non ricordo più il pin della carta, me lo potete rimandare per posta?"],
               ["the PIN was rejected three times and now the card is blocked, what should I do?",
                "the card terminal says wrong PIN but I'm sure it's right, first time this happens%s" % emo(c),
                "I forgot my card PIN, can you post it to me again?"])


@T(S, neg=True)
def msg_token_expired(c):
    r = c.r
    return c.P(["token expired at %s, poi più nulla. Request id %s" % (hhmm(r), req_id(r)),
                "il token scade dopo un'ora, è configurabile? ci serve almeno 8 ore per il batch notturno",
                "da stamattina alle %s ogni chiamata torna 'token expired'" % hhmm(r)],
               ["token expired at %s, then nothing. Request id %s" % (hhmm(r), req_id(r)),
                "the token expires after an hour, is that configurable? we need at least 8 hours for the nightly batch",
                "since %s this morning every call returns 'token expired'" % hhmm(r)])


@T(S, neg=True)
def msg_user_ids(c):
    r = c.r
    return c.P(["Buongiorno, ordine %s del %s, importo %s, pagato con carta ma risulta ancora in attesa. Il mio cell è %s." % (order_no(r), date(r, "it"), amount(r, "it"), phone(r, "it")),
                "salve il numero della pratica è %s e quello dell'ordine %s, grazie" % (case_no(r), order_no(r))],
               ["Hello, order %s from %s, amount %s, paid by card but still pending. My mobile is %s." % (order_no(r), date(r, "en"), amount(r, "en"), phone(r, "en")),
                "hi the case number is %s and the order is %s, thanks" % (case_no(r), order_no(r))])


@T(S, neg=True)
def msg_agent_instructions(c):
    r = c.r
    ph = placeholder(r)
    return c.P(["Gentile cliente, nel file di configurazione sostituisca %s con il secret che trova nel portale (Impostazioni → API). Non ce lo invii: non ne abbiamo bisogno." % ph,
                "Per generare un nuovo token usi la chiamata POST /oauth/token con client_id=%s e client_secret=%s (da sostituire con il suo)." % (r.choice(CLIENT_IDS), ph)],
               ["Dear customer, in the config file replace %s with the secret from the portal (Settings → API). Please don't send it to us: we don't need it." % ph,
                "To get a new token call POST /oauth/token with client_id=%s and client_secret=%s (replace with yours)." % (r.choice(CLIENT_IDS), ph)])


@T(S, neg=True)
def msg_masked_card_talk(c):
    r = c.r
    l4 = digits(r, 4)
    return c.P(["la carta finisce con %s, è una visa, mi avete addebitato %s due volte" % (l4, amount(r, "it")),
                "Ho pagato con la carta •••• %s il %s" % (l4, date(r, "it"))],
               ["the card ends in %s, it's a visa, you charged me %s twice" % (l4, amount(r, "en")),
                "I paid with card •••• %s on %s" % (l4, date(r, "en"))])


@T(S, neg=True)
def msg_cvv_talk(c):
    r = c.r
    return c.P(["il cvv non me lo chiede, è normale? su altri siti sì",
                "ho sbagliato il CVV due volte, la carta si blocca?",
                "dove si trova il codice di sicurezza sulla carta amex? io vedo solo numeri davanti"],
               ["it doesn't ask me for the cvv, is that normal? other sites do",
                "I got the CVV wrong twice, will the card get blocked?",
                "where's the security code on an amex? I only see numbers on the front"])


@T(S, neg=True)
def msg_error_paste(c):
    r = c.r
    return c.P(["mi esce questo: %s" % error_msg(c), "Errore: %s — cosa vuol dire??" % error_msg(c)],
               ["I get this: %s" % error_msg(c), "Error: %s — what does it mean??" % error_msg(c)])


@T(S, neg=True)
def msg_numbers_as_words(c):
    r = c.r
    return c.P(["ho pagato duecentoquaranta euro il tre marzo e altri dodici e cinquanta il giorno dopo",
                "sono tre giorni che aspetto, ho chiamato quattro volte, numero verde otto zero zero... niente",
                "la consegna era prevista per il ventidue, siamo al ventotto"],
               ["I paid two hundred and forty euros on March third and another twelve fifty the day after",
                "been waiting three days, called four times, the free number one eight hundred... nothing",
                "delivery was due on the twenty-second, it's the twenty-eighth now"])


@T(S, neg=True)
def msg_code_switch_ids(c):
    r = c.r
    return c.P(["hey, la call con request id %s è andata in timeout, il trace è %s, can you check?" % (req_id(r), trace_id(r)),
                "il payment %s risulta pending da ieri, any news? il client id è %s" % (pay_id(r), r.choice(CLIENT_IDS))],
               ["hey, the call with request id %s è andata in timeout, trace %s, potete controllare?" % (req_id(r), trace_id(r)),
                "payment %s has been pending since yesterday, novità? client id is %s" % (pay_id(r), r.choice(CLIENT_IDS))])


@T(S, neg=True)
def msg_caps_complaint(c):
    r = c.r
    return c.P(["SONO %d GIORNI CHE ASPETTO IL RIMBORSO DI %s!!! PRATICA %s" % (r.randint(3, 40), amount(r, "it"), case_no(r)),
                "NON FUNZIONA NIENTE, NÉ LA PASSWORD NÉ IL CODICE SMS. CHIAMATEMI AL %s" % phone(r, "it")],
               ["IT'S BEEN %d DAYS WAITING FOR MY %s REFUND!!! CASE %s" % (r.randint(3, 40), amount(r, "en"), case_no(r)),
                "NOTHING WORKS, NEITHER THE PASSWORD NOR THE SMS CODE. CALL ME ON %s" % phone(r, "en")])


@T(S, neg=True)
def msg_billing_ids(c):
    r = c.r
    return c.P(["Per la fattura: %s, P.IVA %s, CF %s, via %s %d, %s" % (r.choice(MERCHANTS), piva(r), codice_fiscale(r), r.choice(["Roma", "Garibaldi", "dei Mille"]), r.randint(1, 200), r.choice(["Bologna", "Torino", "Bari"]))],
               ["For the invoice: %s, VAT IT%s, tax code %s, %d %s Street" % (r.choice(MERCHANTS), piva(r), codice_fiscale(r), r.randint(1, 200), r.choice(["High", "Church", "Mill"]))])


@T(S, neg=True)
def msg_qa_no_answer(c):
    r = c.r
    a = r.choice(AGENTS)
    return c.P(["%s: qual è il client secret che usate?\nCliente: preferisco non scriverlo qui, ve lo posso dare per telefono?\n%s: non serve, basta che lo rigeneriate dal portale." % (a, a),
                "Q: ci dice il PIN?\nA: no, il PIN non si comunica mai, nemmeno a noi."],
               ["%s: what client secret do you use?\nCustomer: I'd rather not write it here, can I give it by phone?\n%s: no need, just regenerate it in the portal." % (a, a),
                "Q: could you tell us the PIN?\nA: no, the PIN is never shared, not even with us."])


@T(S)
def msg_reply_after_question(c):
    r = c.r
    a = r.choice(AGENTS)
    pw = c.add("password", any_password(r, c.lang))
    n = person(r, c.lang).split()[0]
    q = c.P(["Per verificare il blocco mi può indicare l'ultima password che ha provato?", "Quale password ha inserito esattamente?"],
            ["To check the lockout, could you tell me the last password you tried?", "Which password exactly did you type?"])
    ans = c.P(["%s\n(con la prima lettera maiuscola)" % pw, "ho messo %s" % pw, "questa → %s" % pw],
              ["%s\n(first letter capitalised)" % pw, "I typed %s" % pw, "this one → %s" % pw])
    return "%s, %s:\n%s\n\n%s, %s:\n%s" % (a, hhmm(r), q, n, hhmm(r), ans)


@T(S)
def msg_pasted_from_bank_app(c):
    r = c.r
    nb = r.choice(["\u00a0", "\u202f"])
    if r.random() < 0.6:
        v = c.add("iban", group4(make_iban(r), nb))
        lab, art = "IBAN", c.L("l'IBAN", "IBAN")
    else:
        v = c.add("card_number", group_card(card(r), nb))
        lab, art = c.L("numero carta", "card number"), c.L("il numero della carta", "card number")
    return c.P(["copiato dall'app della banca, %s: %s" % (lab, v), "Ecco %s (l'ho copiato dall'home banking, spero si legga): %s" % (art, v),
                "%s\n%s\n(incollato dall'app)" % (lab, v)],
               ["copied from my banking app, %s: %s" % (lab, v), "Here's the %s (copied from online banking, hope it's readable): %s" % (art, v),
                "%s\n%s\n(pasted from the app)" % (lab, v)])


@T(S)
def msg_fullwidth_digits(c):
    r = c.r
    kind = r.choice(["pin", "pin", "card_number", "cvv_card"])
    if kind == "pin":
        v = c.add("pin", fullwidth(pin(r, r.choice([4, 6]))))
        return c.P(["il codice è %s (scrivo dal telefono con la tastiera giapponese, scusate)" % v, "OTP %s" % v, "codice：%s" % v],
                   ["the code is %s (typing on my phone with a Japanese keyboard, sorry)" % v, "OTP %s" % v, "code：%s" % v])
    num = card(r)
    v = c.add("card_number", fullwidth(group_card(num, r.choice([" ", "\u3000", "-"]))))
    if kind == "cvv_card":
        cv = c.add("cvv", fullwidth(cvv(r, num)))
        return c.P(["carta %s cvv %s" % (v, cv)], ["card %s cvv %s" % (v, cv)])
    return c.P(["numero carta：%s" % v, "la carta è %s" % v], ["card number：%s" % v, "my card is %s" % v])
