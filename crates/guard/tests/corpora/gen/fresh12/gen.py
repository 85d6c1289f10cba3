#!/usr/bin/env python3
"""Generate /work/holdout12/fresh12.jsonl — "the integrator's day".

Deterministic (seeded RNG in gen_values.R). Helper modules in this folder:
gen_values.py (values and look-alikes), gen_frames.py (phrase banks, frames,
prose transforms), gen_scen_a/b/c.py (scenarios). Each sample is validated
with check.sample_errors() and re-drawn if it breaks a rule (e.g. a random
look-alike that happens to be Luhn-valid).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import check as CK  # noqa: E402
from gen_scen_a import *  # noqa: E402,F401
from gen_scen_c import *  # noqa: E402,F401


# ------------------------------------------------------------ extra must-pass scenarios
def neg_bad_card(rec, lang, kind):
    c = bad_card()
    t = P(lang, ["il checkout rifiuta la carta %s con 'numero non valido', ma il cliente giura che è giusta" % c,
                 "Test: la carta %s deve fallire la validazione Luhn (caso negativo)" % c,
                 "numero carta digitato: %s → errore CARD_INVALID (%s)" % (c, uuid4())],
             ["checkout rejects card %s as 'invalid number' but the customer swears it's right" % c,
              "Test: card %s must fail Luhn validation (negative case)" % c,
              "typed card number: %s -> CARD_INVALID (%s)" % (c, uuid4())])
    return ch(["bug-report", "test-plan"]), t + ("\n" + noise(lang) if maybe() else "")


def neg_bad_iban(rec, lang, kind):
    b = fmt_iban(iban_compact(valid=False), ch(["paper", "compact", "paper"]))
    t = P(lang, ["Il portale dice IBAN non valido: %s. Ho ricontrollato due volte..." % b,
                 "- [ ] caso di test: IBAN con check digit sbagliato `%s` → 422" % b,
                 "ABI %s CAB %s, ma il conto non me lo ricordo. BIC %s" % (ch(ABIS), rs(5, DIG), bic())],
             ["Portal says invalid IBAN: %s. I checked twice..." % b,
              "- [ ] test case: IBAN with wrong check digits `%s` -> 422" % b,
              "BIC %s only, I don't have the account number to hand" % bic()])
    return ch(["bug-report", "checklist"]), t


def neg_policy_prose(rec, lang, kind):
    t = P(lang, ["Il PIN deve avere 5 cifre e non può essere una sequenza (12345). Dopo 3 tentativi errati la carta si blocca per 24 ore.",
                 "Per favore non mandate mai password, PIN o codici OTP via ticket: l'operatore non ve li chiederà.",
                 "Il codice OTP scade dopo 300 secondi; il refresh token dura 90 giorni e viene ruotato a ogni uso.",
                 "Ho resettato la password dal link nella mail ma il link scade in 15 minuti e arrivo sempre tardi.",
                 "Il client secret si rigenera da Impostazioni > API > Rigenera; quello vecchio resta valido 24h.",
                 "Dove trovo il CVV? Sul retro c'è solo una firma e dei numeri stampati piccoli.",
                 "la password deve avere almeno 12 caratteri, una maiuscola, un numero e un simbolo tra !#$%",
                 "Token di accesso: validità 3600 s. Token di refresh: 30 gg. Codice SCA: 6 cifre, 5 minuti."],
             ["Your PIN must be 5 digits and cannot be a sequence (12345). After 3 wrong attempts the card locks for 24 hours.",
              "Please never send passwords, PINs or one-time codes in a ticket: an agent will never ask for them.",
              "The OTP expires after 300 seconds; the refresh token lasts 90 days and rotates on every use.",
              "I reset my password from the email link but it expires in 15 minutes and I'm always too late.",
              "Regenerate the client secret under Settings > API > Regenerate; the old one stays valid for 24h.",
              "Where's the CVV? The back only has a signature strip and some tiny printed numbers.",
              "password must be at least 12 characters with an uppercase letter, a digit and one of !#$%",
              "Access token: 3600 s. Refresh token: 30 days. SCA code: 6 digits, 5 minutes."])
    return "prose", t + (" " + noise(lang) if maybe(0.4) else "")


def neg_test_names(rec, lang, kind):
    names = R.sample(["test_rejects_expired_access_token", "test_refresh_token_is_rotated", "test_pin_locked_after_three_attempts",
                      "test_cvv_never_logged", "test_client_secret_not_in_response", "test_password_reset_email_sent",
                      "test_iban_with_wrong_check_digits_rejected", "test_otp_expires_after_300s", "shouldMaskCardNumberInLogs",
                      "TestBearerTokenMissing", "it('redacts the private key from errors')", "test_webhook_secret_rotation_grace_period"], 4)
    lines = ["%s %s %s" % (ch(["PASSED", "ok", "✓", "FAILED", "SKIPPED"]), n, "(%dms)" % R.randint(1, 900)) for n in names]
    lines.append(P(lang, ["AssertionError: il token non dovrebbe comparire nel log", "atteso: carta mascherata, ottenuto: %s" % masked_card()],
                      ["AssertionError: token must not appear in the log", "expected masked card, got %s" % masked_card()]))
    return "test-output", "\n".join(lines)


def neg_dkim(rec, lang, kind):
    f, l = person(lang)
    h = email_headers(lang, addr(f, l, lang), "support@sportello.example", P(lang, ["token scaduto?", "problema accesso"], ["token expired?", "login problem"]))
    dk = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\th=from:to:subject:date:message-id;\n\tbh=%s=;\n\tb=%s\n\t %s" % (
        ch(["gmail.com", "libero.it", "acme.dev"]), ch(["20230601", "s1", "google"]), rs(43, B64), rs(70, B64), rs(60, B64) + "==")
    arc = "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; d=google.com; s=arc-20160816;\n\tb=%s" % (R.randint(1700000000, 1760000000), rs(76, B64))
    rcv = "Received: from mail-%s.google.com (mail-%s.google.com [%s])\n\tby mx.sportello.example with ESMTPS id %s" % (rs(6, LOW + DIG), rs(6, LOW + DIG), ip(), rs(12, UP + DIG))
    body = P(lang, ["Buongiorno, il token che usiamo risulta scaduto da ieri, come lo rinnovo? Client id %s." % client_id(),
                    "Non riesco ad accedere, mi dice password errata ma l'ho appena cambiata."],
             ["Hello, our token seems to have expired yesterday, how do I renew it? Client id %s." % client_id(),
              "I can't log in, it says wrong password but I just changed it."])
    return "email-headers", "%s\n%s\n%s\n%s\n\n%s" % (rcv, dk, arc, h, body)


def neg_frontend(rec, lang, kind):
    pk = ch(["pk_live_", "pk_test_"]) + rmix(ch([24, 34]))
    code = ch(['const stripe = Stripe("%s"); // chiave pubblicabile' % pk if lang == "it" else 'const stripe = Stripe("%s"); // publishable key' % pk,
               '<script src="https://js.%s/v2/checkout.js" data-merchant="%s" data-theme="%s"></script>' % (ch(["paylane.example", "kassa.example"]), client_id(), hexcolor()),
               ':root { --brand: %s; --brand-dark: %s; --radius: %dpx; }' % (hexcolor(), hexcolor(), R.randint(2, 12))])
    pre = P(lang, ["nel frontend abbiamo:", "snippet del checkout:"], ["frontend has:", "checkout snippet:"])
    extra = P(lang, ["la chiave segreta sta solo sul backend (%s)." % env_read(), "versione SDK %s" % version()],
              ["the secret key only lives on the backend (%s)." % env_read(), "SDK version %s" % version()])
    return "frontend", "%s\n%s\n%s" % (pre, code, extra)


def neg_build_ids(rec, lang, kind):
    lines = ["Build #%s (%s)" % (build_no(), date("en")), "Image: registry.acme.dev/pay/api@%s" % digest(), "Commit: %s" % sha(),
             "Previous: %s" % short_sha(), "Helm chart: pay-api-%s" % version(), "Request-Id: %s" % uuid4(), "Task: %s" % ("task_" + rs(20, LOW + DIG)),
             "Debug-Id: %s" % rhex(16).upper(), "Trace: 00-%s-%s-01" % (trace(), rhex(16))]
    R.shuffle(lines)
    pre = P(lang, ["dettagli del deploy che ha rotto i pagamenti:", "info per il supporto:"], ["details of the deploy that broke payments:", "info for support:"])
    return "deploy-info", pre + "\n" + "\n".join(lines[:R.randint(4, 9)])


def neg_redacted_pem(rec, lang, kind):
    t = P(lang, ["Il file chiave inizia così ma il parser dice 'invalid PEM':\n-----BEGIN PRIVATE KEY-----\n[contenuto rimosso]\n-----END PRIVATE KEY-----",
                 "la chiave deve essere in formato PKCS#8 (-----BEGIN PRIVATE KEY-----), non PKCS#1 (-----BEGIN RSA PRIVATE KEY-----)?"],
             ["The key file starts like this but the parser says 'invalid PEM':\n-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----",
              "should the key be PKCS#8 (-----BEGIN PRIVATE KEY-----) rather than PKCS#1 (-----BEGIN RSA PRIVATE KEY-----)?"])
    return "chat", t + "\n" + noise(lang)


def neg_base64_harmless(rec, lang, kind):
    hdr = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": rhex(8)}, separators=(",", ":")).encode())
    payload = base64.b64encode(json.dumps({"event": "payment.succeeded", "id": pay_id()}).encode()).decode()
    t = P(lang, ["l'header del JWT decodificato è %s → {\"alg\":\"RS256\",...}, il resto non ve lo mando" % hdr,
                 "il campo data del webhook è base64: %s" % payload, "X-Correlation: %s" % base64.b64encode(uuid4().encode()).decode()],
             ["the decoded JWT header is %s -> {\"alg\":\"RS256\",...}, not sending the rest" % hdr,
              "the webhook data field is base64: %s" % payload, "X-Correlation: %s" % base64.b64encode(uuid4().encode()).decode()])
    return "chat", t


def neg_whatsapp_money(rec, lang, kind):
    f, l = person(lang)
    lines = [(f, P(lang, ["ti ho fatto il bonifico di %s, CRO %s" % (amount(lang), rs(11, DIG)), "pagato con la carta che finisce per %s" % last4(),
                          "il numero del negozio è %s" % phone(lang), "ordine %s arrivato?" % order_no()],
                   ["sent you %s, ref %s" % (amount(lang), rs(10, UP + DIG)), "paid with the card ending %s" % last4(), "shop number is %s" % phone(lang),
                    "did order %s arrive?" % order_no()])),
             (ch(["Mamma", "Zio Pino", "Dad", "Auntie Grace"]), P(lang, ["ok ricevuto 👍", "il codice non me lo ricordo, lo chiedo a tua sorella", "la password è sul post-it in cucina"],
                                                                      ["ok got it 👍", "can't remember the code, will ask your sister", "the password's on the sticky note in the kitchen"]))]
    return "whatsapp", frame_whatsapp(lang, lines)


NEG_ONLY = [neg_bad_card, neg_bad_iban, neg_policy_prose, neg_test_names, neg_dkim, neg_frontend, neg_build_ids,
            neg_redacted_pem, neg_base64_harmless, neg_whatsapp_money]

# scenarios usable both ways, with the kinds they can carry when positive
SCEN = [
    (sc_sms_forward, ["pin"]), (sc_enduser_form, ["pin", "cvv", "card_number", "password", "iban", "bank_account"]),
    (sc_dictation, ["pin", "password", "cvv", "iban", "bank_account"]), (sc_regional, ["pin", "password", "iban", "cvv", "card_number", "bank_account"]),
    (sc_ocr_letter, ["pin", "bank_account", "iban", "card_number"]), (sc_receipt, ["card_number", "pin"]),
    (sc_portal_paste, ["iban", "bank_account"]), (sc_accountant_email, ["iban", "bank_account", "password"]),
    (sc_pair_chat, ["client_secret", "access_token", "refresh_token", "password", "vendor_key", "pin"]),
    (sc_pr, ["vendor_key", "client_secret", "private_key", "password", "access_token"]),
    (sc_review, ["client_secret", "access_token", "password", "vendor_key", "refresh_token"]),
    (sc_commit, ["vendor_key", "client_secret", "refresh_token", "access_token", "password"]),
    (sc_ci_log, ["password", "access_token", "vendor_key", "client_secret", "private_key"]),
    (sc_pytest, ["access_token", "refresh_token", "client_secret", "pin", "password", "iban"]),
    (sc_junit, ["password", "client_secret", "access_token", "refresh_token"]),
    (sc_jest, ["card_number", "cvv", "access_token", "refresh_token", "client_secret", "vendor_key"]),
    (sc_gotest, ["client_secret", "pin", "access_token"]),
    (sc_postman, ["access_token", "refresh_token", "client_secret", "pin", "password"]),
    (sc_openapi, ["access_token", "refresh_token", "iban", "card_number"]),
    (sc_webhook, ["client_secret"]), (sc_sandbox_notes, ["password", "client_secret", "access_token", "vendor_key"]),
    (sc_toml, ["client_secret", "password", "vendor_key", "private_key", "access_token", "refresh_token"]),
    (sc_hcl, ["client_secret", "password", "private_key", "vendor_key"]),
    (sc_properties, ["password", "client_secret", "vendor_key", "refresh_token"]),
    (sc_xml, ["password", "client_secret", "access_token", "vendor_key"]),
    (sc_protobuf, ["card_number", "cvv", "iban", "access_token", "pin"]),
    (sc_graphql, ["iban", "pin", "card_number", "cvv", "access_token"]),
    (sc_jsonl, ["password", "pin", "access_token", "refresh_token", "client_secret"]),
    (sc_mdtable, ["iban", "bank_account", "card_number"]),
    (sc_http_file, ["client_secret", "access_token", "refresh_token"]),
    (sc_curl, ["client_secret", "password", "access_token", "vendor_key"]),
    (sc_dotfiles, ["client_secret", "vendor_key", "password"]),
    (sc_keyjson, ["private_key"]), (sc_key_chat, ["private_key"]),
    (sc_wrapped_email, ["access_token", "refresh_token", "client_secret", "iban", "card_number"]),
    (sc_zw, ["password", "pin", "card_number", "cvv"]),
]
CARELESS = {"password": 25, "client_secret": 25, "card_number": 10, "pin": 10, "iban": 10}

# how many positive samples are *driven* by each kind (other kinds ride along)
TARGET = {"pin": 95, "cvv": 80, "bank_account": 90, "client_secret": 85, "password": 95, "access_token": 60,
          "refresh_token": 50, "private_key": 45, "vendor_key": 55, "card_number": 45, "iban": 65}
N_NEG = 900


def make(fn, lang, kind):
    for _ in range(200):
        rec = Rec()
        style, text = fn(rec, lang, kind)
        obj = {"lang": lang, "style": style, "text": text, "secrets": rec.secrets}
        if kind and not any(s["kind"] == kind for s in rec.secrets):
            continue
        if not kind and rec.secrets:
            raise RuntimeError("negative scenario recorded a secret: %s" % fn.__name__)
        if "\ue000" in text:
            raise RuntimeError("unfilled mark in %s" % fn.__name__)
        if not CK.sample_errors(dict(obj, id="x")):
            return obj
    raise RuntimeError("could not make a clean sample from %s/%s/%s: %s" % (fn.__name__, lang, kind, CK.sample_errors(dict(obj, id="x"))))


def main():
    out = []
    jobs = []
    for kind, n in TARGET.items():
        fns = [fn for fn, ks in SCEN if kind in ks]
        for i in range(n):
            jobs.append((fns[i % len(fns)] if i < len(fns) else ch(fns), kind))
    for kind, n in CARELESS.items():
        jobs += [(sc_careless, kind)] * n
    neg_fns = [fn for fn, _ in SCEN] + NEG_ONLY * 2
    for i in range(N_NEG):
        jobs.append((neg_fns[i % len(neg_fns)] if i < len(neg_fns) else ch(neg_fns), None))
    R.shuffle(jobs)
    counters = {}
    for i, (fn, kind) in enumerate(jobs):
        lang = "it" if i % 2 == 0 else "en"
        obj = make(fn, lang, kind)
        pre = fn.__name__.split("_", 1)[1].replace("_", "-")
        counters[pre] = counters.get(pre, 0) + 1
        obj = {"id": "h12-%s-%s-%04d" % (lang, pre, counters[pre]), **obj}
        out.append(obj)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh12.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d samples to %s" % (len(out), path))


if __name__ == "__main__":
    main()
