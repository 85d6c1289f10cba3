# -*- coding: utf-8 -*-
"""Text as OCR or PDF extraction produces it: broken lines, hyphenation, confused glyphs in labels,
flattened columns, page headers and footers interleaved."""
from common import *  # noqa

S = "ocr"

OCR_LAB = {
    "Password": ["Passw0rd", "Pa55word", "Passvvord", "P assword", "Password"],
    "Client secret": ["C1ient secret", "Cl ient secret", "Client secrct", "Client secret", "CIient secret"],
    "IBAN": ["1BAN", "lBAN", "IB AN", "I BAN", "IBAN"],
    "PIN": ["P1N", "PlN", "P I N", "PIN"],
    "Numero carta": ["Nurnero carta", "Numero carla", "N umero carta", "Numero carta"],
    "Card number": ["Card nurnber", "Card numbcr", "Card number"],
    "Conto": ["C0nto", "Conlo", "Conto"],
    "Token": ["T0ken", "Tokcn", "Token"],
    "Codice": ["Cod1ce", "Codicc", "Codice"],
    "Account": ["Acc0unt", "Accounl", "Account"],
    "Refresh token": ["Refresh t0ken", "Rcfresh token", "Refresh token"],
    "Access token": ["Access t0ken", "Acccss token", "Access token"],
    "Sort code": ["S0rt code", "Sort codc", "Sort code"],
}


def ol(c, lab):
    return c.r.choice(OCR_LAB.get(lab, [lab]))


def noisy(c, s, p=0.06):
    """OCR-ish glyph confusion on prose (never on values)."""
    r = c.r
    out = []
    for w in s.split(" "):
        if len(w) > 3 and r.random() < p:
            w = r.choice([w.replace("m", "rn", 1), w.replace("l", "1", 1), w.replace("o", "0", 1), w.replace("e", "c", 1), w.replace("i", "í", 1), w + "|"])
        out.append(w)
    return " ".join(out)


def wrapp(c, s, width=None, hyph=0.5):
    """Hard-wrap prose at a width, sometimes hyphenating words across lines."""
    r = c.r
    width = width or r.randint(42, 72)
    lines, cur = [], ""
    for w in s.split(" "):
        if len(cur) + len(w) + 1 > width and cur:
            if len(w) > 6 and r.random() < hyph:
                k = r.randint(2, len(w) - 3)
                lines.append(cur + " " + w[:k] + "-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return "\n".join(lines)


def page_hdr(c, n, tot):
    r = c.r
    return r.choice(["Pagina %d di %d" % (n, tot) if c.lang == "it" else "Page %d of %d" % (n, tot),
                     "- %d -" % n, "%s — documento riservato   %d/%d" % (r.choice(MERCHANTS), n, tot) if c.lang == "it" else "%s — confidential   %d/%d" % (r.choice(MERCHANTS), n, tot),
                     "\x0c" + ("Rif. %s" % case_no(r))])


def prose(c, it, en):
    return wrapp(c, noisy(c, c.P(it, en)))


# ---------------------------------------------------------------- positives

@T(S)
def ocr_bank_letter_iban(c):
    r = c.r
    ib = make_iban(r)
    style = r.choice(["paper", "compact", "wrap", "itsplit"])
    if style == "wrap":
        v = wrap_at(group4(ib), r)
    else:
        v = fmt_iban(r, ib, style)
    c.add("iban", v)
    head = prose(c, ["Gentile Cliente, con la presente Le comunichiamo le coordinate bancarie del conto corrente a Lei intestato presso la nostra filiale di %s, da utilizzare per l'accredito di stipendi, pensioni e rimborsi." % r.choice(["Bologna Centro", "Milano Porta Romana", "Bari"])],
                 ["Dear Customer, please find below the bank details of the current account held in your name at our %s branch, to be used for salary, pension and refund credits." % r.choice(["Leeds", "Camden", "Bristol"])])
    return (head + "\n\n" + ol(c, "IBAN") + r.choice([": ", " ", "\n"]) + v + "\nBIC " + bic(r) + "\n\n" + page_hdr(c, 1, 2) + "\n" +
            prose(c, ["La preghiamo di verificare i dati e di conservare la presente comunicazione."], ["Please check the details and keep this letter for your records."]))


@T(S)
def ocr_contract_creds(c):
    r = c.r
    sec = c.sv("client_secret")
    cid = r.choice(CLIENT_IDS)
    body = prose(c, ["Allegato B – Credenziali di accesso all'ambiente di produzione. Le credenziali sotto riportate sono strettamente personali e non devono essere comunicate a terzi."],
                 ["Annex B – Production environment access credentials. The credentials below are strictly confidential and must not be disclosed to third parties."])
    return (page_hdr(c, 3, 5) + "\n" + body + "\n\nClient ID " + cid + "\n" + ol(c, "Client secret") + r.choice([" ", ": ", "\n"]) + sec + "\n" +
            r.choice(["Ambiente: PRODUZIONE", "Environment: PRODUCTION", "Endpoint token https://%s/oauth/token" % r.choice(AUTH_HOSTS)]) + "\n\n" + page_hdr(c, 3, 5))


@T(S)
def ocr_flattened_columns(c):
    r = c.r
    rows = []
    for _ in range(r.randint(1, 3)):
        ib = c.add("iban", make_iban(r))
        rows.append("%s %s %s" % (r.choice(IT_PEOPLE + MERCHANTS), ib, bic(r)))
    hdr = c.P(["Intestatario IBAN BIC", "Beneficiario Coordinate BIC/SWIFT"], ["Account holder IBAN BIC", "Beneficiary Bank details BIC"])
    return (c.P(["Testo estratto dal PDF (le colonne si sono fuse):\n\n", ""], ["Text extracted from the PDF (columns got merged):\n\n", ""]) + hdr + " " + " ".join(rows) + "\n" + page_hdr(c, 1, 1))


@T(S)
def ocr_hyphen_password(c):
    r = c.r
    pw = c.sv("password")
    p1 = prose(c, ["Per accedere al portale riservato utilizzare le credenziali provvisorie indicate di seguito. Al primo accesso il sistema richiederà obbligatoriamente la modifica della password."],
               ["To access the reserved portal use the temporary credentials below. At first login the system will require you to change the password."])
    return p1 + "\n\n" + c.L("Utente", "User") + ": " + email_of(person(r, c.lang), r) + "\n" + ol(c, "Password") + r.choice([": ", " ", " . . . . "]) + pw + "\n\n" + page_hdr(c, 1, 1)


@T(S)
def ocr_handwritten_card(c):
    r = c.r
    num = card(r)
    v = c.add("card_number", fmt_card(r, num, r.choice(["space", "double", "odd", "compact"])))
    cv = c.add("cvv", cvv(r, num))
    return (c.P(["[scansione modulo cartaceo – riconoscimento automatico]\n", "OCR modulo adesione:\n"], ["[paper form scan – automatic recognition]\n", "OCR of signup form:\n"]) +
            ol(c, c.L("Numero carta", "Card number")) + " " + v + "  " + c.L("Scad.", "Exp.") + " " + expiry(r) + "  " + r.choice(["CVV", "CW", "C V V"]) + " " + cv + "\n" +
            c.L("Firma", "Signature") + " ____" + r.choice(["~~", "/ /", "\\_"]) + "____  " + c.L("Data", "Date") + " " + date(r, c.lang))


@T(S)
def ocr_pin_letter(c):
    r = c.r
    p = pin(r, r.choice([4, 5, 6]))
    v = c.add("pin", r.choice([" ".join(p), p, "  ".join(p)]))
    t = prose(c, ["Gentile Cliente, Le comunichiamo il codice PIN provvisorio della Sua carta. Il codice è personale e deve essere custodito separatamente dalla carta. Distrugga la presente dopo averlo memorizzato."],
              ["Dear Customer, here is the temporary PIN for your card. It is personal and must be kept separately from the card. Destroy this letter once memorised."])
    return t + "\n\n" + ol(c, "PIN") + "\n" + v + "\n\n" + page_hdr(c, 1, 1)


@T(S)
def ocr_onboarding_table(c):
    r = c.r
    cid = r.choice(CLIENT_IDS)
    sec = c.sv("client_secret")
    rt = c.sv("refresh_token") if r.random() < 0.4 else None
    line = "Parametro Valore Note client_id %s pubblico client_secret %s non condividere" % (cid, sec) if c.lang == "it" else \
        "Parameter Value Notes client_id %s public client_secret %s do not share" % (cid, sec)
    if rt:
        line += " refresh_token %s %s" % (rt, c.L("scade dopo 90 gg", "expires after 90 days"))
    return (c.P(["Copio dal PDF di onboarding (la tabella è venuta tutta su una riga):\n\n", ""], ["Copying from the onboarding PDF (the table came out on a single line):\n\n", ""]) +
            page_hdr(c, 2, 4) + "\n" + line + "\n" + page_hdr(c, 2, 4))


@T(S)
def ocr_rib_fr(c):
    r = c.r
    f = fr_rib(r)
    ib = iban_from_bban("FR", f["bban"])
    kept = r.random() < 0.5
    if kept:
        c.add("bank_account", f["compte"])
    c.add("iban", group4(ib))
    return (c.P(["RIB del fornitore francese (OCR):\n\n", ""], ["French supplier's RIB (OCR):\n\n", ""]) +
            "RELEVE D'IDENTITE BANCAIRE\nTitulaire du compte : %s\nCode banque Code guichet N° de compte Clé RIB\n%s %s %s %s\nIBAN : %s\nBIC : %s\nDomiciliation : AGENCE %s" % (
                r.choice(["MAISON PIVERT SARL", "CLAIRE DUBOIS"]), f["banque"], f["guichet"], f["compte"], f["cle"], group4(ib), r.choice(["BNPAFRPPXXX", "AGRIFRPP882", "CEPAFRPP751"]), r.choice(["LYON BELLECOUR", "PARIS OPERA", "NANTES"]))) \
        if kept else (
            "RELEVE D'IDENTITE BANCAIRE\nTitulaire du compte : %s\nIBAN : %s\nBIC : %s" % (r.choice(["MAISON PIVERT SARL", "CLAIRE DUBOIS"]), group4(ib), r.choice(["BNPAFRPPXXX", "AGRIFRPP882"])))


@T(S)
def ocr_rib_fr_inline(c):
    r = c.r
    f = fr_rib(r)
    v = c.add("bank_account", " ".join([f["banque"], f["guichet"], f["compte"], f["cle"]]))
    return (c.P(["Dal PDF del RIB, riga unica:\n", ""], ["From the RIB PDF, single line:\n", ""]) +
            "Banque Guichet Compte Clé " + v + " Domiciliation %s" % r.choice(["CIC LYON", "LCL PARIS 9", "CA NANTES"]))


@T(S)
def ocr_de_statement(c):
    r = c.r
    d = de_acc(r)
    ib = iban_from_bban("DE", d["bban"])
    c.add("iban", group4(ib))
    kto = c.add("bank_account", d["konto"])
    return (c.P(["Estratto conto tedesco del cliente (PDF → testo):\n\n", ""], ["Customer's German statement (PDF → text):\n\n", ""]) +
            "Kontoauszug Nr. %d / 2024   Seite 1 von %d\nKontoinhaber: %s\nBLZ %s Konto-Nr. %s\n%s\nBuchungstag Wertstellung Verwendungszweck Betrag EUR\n%s %s SEPA-Gutschrift %s %s" % (
                r.randint(1, 12), r.randint(2, 4), r.choice(["Jonas Weber", "Nordwind GmbH"]), d["blz"], kto, ol(c, "IBAN") + " " + [s["value"] for s in c.secrets if s["kind"] == "iban"][0],
                date(r, "it")[:10], date(r, "it")[:10], order_no(r), "%d,%02d" % (r.randint(1, 9000), r.randint(0, 99))))


@T(S)
def ocr_terminal_screenshot(c):
    r = c.r
    kind = r.choice(["access_token", "client_secret", "vendor_key"])
    v = c.sv(kind, jwt_ok=False)
    var = {"access_token": "API_TOKEN", "client_secret": "CLIENT_SECRET", "vendor_key": "STRIPE_SECRET_KEY"}[kind]
    return (c.P(["Ho fatto OCR dello screenshot che mi ha mandato il cliente:\n\n", "testo riconosciuto dall'immagine:\n\n"],
                ["I ran OCR on the screenshot the customer sent:\n\n", "text recognised from the image:\n\n"]) +
            "~ $ echo $%s\n%s\n~ $ ./deploy.sh --env prod\n[ OK ] %s\n[FAIL] auth: 401" % (var, v, c.L("configurazione caricata", "config loaded")))


@T(S)
def ocr_uk_statement(c):
    r = c.r
    u = uk_acc(r)
    acc = c.add("bank_account", u["account"])
    return (c.P(["Estratto conto UK (PDF):\n\n", ""], ["UK statement (PDF):\n\n", ""]) +
            "%s\nStatement date %s\n%s %s  %s %s\nBIC %s\n%s\nDate Description Paid out Paid in Balance\n%s CARD PAYMENT %s %s" % (
                r.choice(["Harbour Lane Ltd", "MRS M PRICE"]), date(r, "en"), ol(c, "Sort code"), u["sort_fmt"], ol(c, "Account") + " number", acc,
                r.choice(["NWBKGB2L", "BARCGB22"]), page_hdr(c, 1, 3), date(r, "en"), r.choice(["TESCO", "TFL TRAVEL"]), "%d.%02d" % (r.randint(1, 400), r.randint(0, 99))))


@T(S)
def ocr_wrapped_token(c):
    r = c.r
    kind = r.choice(["access_token", "refresh_token", "client_secret"])
    raw = gen_value(c, kind)
    v = c.add(kind, hardwrap(raw, r) if len(raw) > 30 else raw)
    lab = {"access_token": "Access token", "refresh_token": "Refresh token", "client_secret": "Client secret"}[kind]
    return (prose(c, ["Il documento di collaudo riporta il seguente valore, che il PDF spezza su due righe:"], ["The test report shows the following value, which the PDF splits over two lines:"]) +
            "\n\n" + ol(c, lab) + ":\n" + v + "\n\n" + page_hdr(c, 4, 9))


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def ocr_invoice(c):
    r = c.r
    return (page_hdr(c, 1, 1) + "\n" + c.P(["FATTURA N. %s del %s\nCedente: %s P.IVA %s\nCessionario: %s C.F. %s\nDescrizione Q.tà Prezzo Importo Canone piattaforma pagamenti 1 %s\nTotale documento %s\nModalità di pagamento: bonifico – %s %s – BIC %s" % (
        invoice_no(r), date(r, "it"), r.choice(MERCHANTS), piva(r), person(r, "it"), codice_fiscale(r), amount(r, "it"), amount(r, "it"), ol(c, "IBAN"), masked_iban(r), bic(r))],
        ["INVOICE No. %s dated %s\nSupplier: %s VAT %s\nCustomer: %s\nDescription Qty Price Amount Payments platform fee 1 %s\nTotal %s\nPayment: bank transfer – %s %s – BIC %s" % (
            invoice_no(r), date(r, "en"), r.choice(MERCHANTS), "IT" + piva(r), person(r, "en"), amount(r, "en"), amount(r, "en"), ol(c, "IBAN"), masked_iban(r), bic(r))]))


@T(S, neg=True)
def ocr_docs_placeholder(c):
    r = c.r
    return (prose(c, ["Per ottenere un token di accesso inviare una richiesta POST all'endpoint di autenticazione indicando il proprio identificativo client e il relativo segreto, come nell'esempio seguente."],
                  ["To obtain an access token send a POST request to the authentication endpoint with your client identifier and secret, as in the following example."]) +
            "\n\nclient_id=%s\n%s=%s\ngrant_type=client_credentials\n\n" % (r.choice(CLIENT_IDS), ol(c, "Client secret").replace(" ", "_").lower(), placeholder(r)) + page_hdr(c, 12, 40))


@T(S, neg=True)
def ocr_pin_reset_letter(c):
    r = c.r
    return (prose(c, ["Gentile Cliente, a seguito della Sua richiesta del %s abbiamo provveduto a bloccare il PIN della carta terminante con %s. Il nuovo PIN Le verrà inviato con comunicazione separata entro 10 giorni lavorativi. Per informazioni contatti il numero %s." % (date(r, "it"), digits(r, 4), phone(r, "it"))],
                  ["Dear Customer, following your request of %s we have blocked the PIN of the card ending %s. Your new PIN will be sent separately within 10 working days. For information call %s." % (date(r, "en"), digits(r, 4), phone(r, "en"))]) +
            "\n\n" + page_hdr(c, 1, 1))


@T(S, neg=True)
def ocr_shipping_label(c):
    r = c.r
    return ("%s\n%s\n%s %s\nPeso %s kg  Colli 1/1\n%s\n||| |||| | ||| || |||| | ||\n%s\n%s" % (
        r.choice(["BRT", "DHL EXPRESS", "POSTE ITALIANE", "UPS"]), tracking(r), c.L("Destinatario", "Ship to"), person(r, c.lang), "%d,%d" % (r.randint(0, 9), r.randint(0, 9)),
        c.L("Rif. mittente", "Sender ref") + " " + order_no(r), non_luhn_digits(r, 16), page_hdr(c, 1, 1)))


@T(S, neg=True)
def ocr_token_prose(c):
    r = c.r
    return (prose(c, ["Il token di accesso ha una validità di 3600 secondi. Alla scadenza il client deve richiederne uno nuovo utilizzando il refresh token, che resta valido per 90 giorni salvo revoca. Non è previsto il rinnovo automatico delle credenziali del client."],
                  ["The access token is valid for 3600 seconds. When it expires the client must request a new one using the refresh token, which stays valid for 90 days unless revoked. Client credentials are not renewed automatically."]) +
            "\n" + page_hdr(c, r.randint(2, 9), 12) + "\n" +
            prose(c, ["In caso di errore invalid_grant verificare che l'orologio del server sia sincronizzato."], ["On invalid_grant errors check that the server clock is in sync."]))


@T(S, neg=True)
def ocr_receipt(c):
    r = c.r
    return ("%s\n%s\n%s\n%s %s\nTML %s  STAN %s\n%s %s\n%s\n%s %s" % (
        r.choice(MERCHANTS).upper(), c.L("SCONTRINO DI PAGAMENTO", "PAYMENT RECEIPT"), date(r, c.lang) + " " + hhmm(r), c.L("CARTA", "CARD"), masked_card(r),
        digits(r, 8), digits(r, 6), c.L("IMPORTO", "AMOUNT"), amount(r, c.lang), c.L("TRANSAZIONE ESEGUITA", "APPROVED"), c.L("PIN VERIFICATO", "PIN VERIFIED"), "✓"))


@T(S, neg=True)
def ocr_abi_cab_letter(c):
    r = c.r
    return (prose(c, ["Si comunica che a far data dal %s la filiale di riferimento è variata. I nuovi codici sono i seguenti; il numero di conto resta invariato." % date(r, "it")],
                  ["Please note that from %s your branch has changed. The new codes are below; the account number is unchanged." % date(r, "en")]) +
            "\n\nABI %s CAB %s\nBIC %s\n\n%s" % (abi(r), cab(r), bic(r), page_hdr(c, 1, 1)))


@T(S, neg=True)
def ocr_spec_sheet(c):
    r = c.r
    return (page_hdr(c, 7, 30) + "\n" + c.L("Requisiti tecnici", "Technical requirements") + "\n" +
            "TLS 1.2+  %s %s\nSDK %s  API v2\n%s SHA-256 %s\n%s %s / %s\n" % (c.L("Porta", "Port"), port(r), version(r), c.L("Impronta certificato", "Certificate fingerprint"),
                                                                              ":".join(rs(r, 2, HEXU) for _ in range(16)), c.L("Colori brand", "Brand colours"), hexcolor(r), hexcolor(r)) +
            page_hdr(c, 7, 30))


@T(S, neg=True)
def ocr_contract_ids(c):
    r = c.r
    return (prose(c, ["Contratto n. %s stipulato in data %s tra %s (P.IVA %s) e il Cliente, codice fiscale %s. Pratica di riferimento %s. Importo del canone: %s mensili." % (
        case_no(r), date(r, "it"), r.choice(MERCHANTS), piva(r), codice_fiscale(r), case_no(r), amount(r, "it"))],
        ["Agreement no. %s entered on %s between %s (VAT IT%s) and the Customer. Reference case %s. Monthly fee: %s." % (
            case_no(r), date(r, "en"), r.choice(MERCHANTS), piva(r), case_no(r), amount(r, "en"))]) + "\n\n" + page_hdr(c, 1, 6))


@T(S, neg=True)
def ocr_bad_iban(c):
    r = c.r
    return (c.P(["L'OCR ha letto male l'IBAN (il controllo fallisce):\n\n", ""], ["OCR misread the IBAN (check fails):\n\n", ""]) +
            ol(c, "IBAN") + " " + fmt_iban(r, bad_iban(r), r.choice(["paper", "compact"])) + "\nBIC " + bic(r) + "\n" + c.L("Intestatario", "Holder") + " " + person(r, c.lang))


@T(S, neg=True)
def ocr_confidential_footer(c):
    r = c.r
    return (prose(c, ["Il presente documento descrive il flusso di autorizzazione OAuth 2.0 e la gestione delle credenziali del client. Le credenziali non sono riportate nel documento e vengono consegnate tramite canale separato."],
                  ["This document describes the OAuth 2.0 authorisation flow and client credential handling. Credentials are not included and are delivered through a separate channel."]) +
            "\n\n" + c.L("RISERVATO", "CONFIDENTIAL") + " – Doc. ID %s – Rev. %s – %s\n%s" % (rs(r, 8, UP + DG), version(r), date(r, c.lang), page_hdr(c, 2, 14)))


@T(S)
def ocr_narrow_column_wrap(c):
    r = c.r
    if r.random() < 0.6:
        ib = make_iban(r)
        v = c.add("iban", r.choice([wrap_at(group4(ib), r), hardwrap(ib, r)]))
        lab = ol(c, "IBAN")
    else:
        num = card(r)
        v = c.add("card_number", r.choice([wrap_at(group_card(num), r), hardwrap(num, r, 8)]))
        lab = ol(c, c.L("Numero carta", "Card number"))
    left = c.P(["Modulo di adesione", "Dati per l'addebito"], ["Enrolment form", "Direct debit details"])
    return (c.P(["Il PDF ha due colonne strette, il valore va a capo:\n\n", ""], ["The PDF has two narrow columns, the value wraps:\n\n", ""]) +
            "%s\n%s\n%s\n%s\n%s" % (left, c.L("Titolare", "Holder") + " " + person(r, c.lang), lab, v, page_hdr(c, 1, 2)))
