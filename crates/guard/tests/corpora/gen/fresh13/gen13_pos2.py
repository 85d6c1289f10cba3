"""Structured positive templates: spreadsheets, mainframe records, ISO 20022, EDI, plugin pages, terminals."""
from gen13_pos import *


def t_tsv(rng, lang, S):
    """Spreadsheet pasted as TSV with a merged two-row header; secret sits in a cell under its header."""
    n = rng.randint(3, 7)
    it = lang == "it"
    base_cols = [("Cliente" if it else "Customer", lambda: name(rng)), ("Data" if it else "Date", lambda: date(rng, lang)),
                 ("Importo" if it else "Amount", lambda: amount(rng, lang)), ("Ordine" if it else "Order", lambda: order_no(rng))]
    rng.shuffle(base_cols)
    base_cols = base_cols[:rng.randint(2, 4)]
    top = ["ANAGRAFICA" if it else "CUSTOMER", ""] + [""] * (len(base_cols) - 2) + ["DATI PAGAMENTO" if it else "PAYMENT DATA"] + [""] * (len(S) - 1)
    hdr = [c[0] for c in base_cols] + [s["lbl"] for s in S]
    rows = []
    srow = rng.randrange(n)
    for i in range(n):
        r = [c[1]() for c in base_cols]
        for s in S:
            if i == srow:
                r.append(s["val"])
            else:
                r.append(rng.choice(["", "-", "n.d.", "vedi mail" if it else "see email", "****", "(chiesto)" if it else "(asked)"]))
        rows.append(r)
    sep = rng.choice(["\t", "\t", ";"])
    txt = sep.join(top) + "\n" + sep.join(hdr) + "\n" + "\n".join(sep.join(r) for r in rows)
    pre = rng.choice(["Incollo il foglio Excel della segretaria:\n", "estratto da Google Sheets\n", "Vi copio la tabella:\n", ""] if it else ["Pasting the spreadsheet from reception:\n", "from Google Sheets\n", "Copying the table:\n", ""])
    return pre + txt, "tsv-sheet", S


def t_fixed(rng, lang, kind):
    """Mainframe-style fixed width record with a copybook header."""
    it = lang == "it"
    n = rng.randint(1, 4)
    sec = []
    lines = []
    if kind in ("card_number", "cvv"):
        hdr = "01 REC-ADDEBITO.\n   05 RA-TIPO     PIC X(2).\n   05 RA-PAN      PIC 9(16).\n   05 RA-SCAD     PIC 9(4).\n   05 RA-CVV      PIC 9(3).\n   05 RA-IMPORTO  PIC 9(9)V99.\n   05 RA-NOME     PIC X(20)."
        for i in range(n):
            c = card(rng)
            while len(c) != 16:
                c = card(rng)
            cv = rs(rng, DIG, 3)
            nm = name(rng).upper()[:20].ljust(20)
            lines.append(f"{rng.choice(['AD', 'RF', 'ST'])}{c}{rng.randint(1,12):02d}{rng.randint(26,31)}{cv}{rng.randint(100, 99999999):011d}{nm}")
            sec += [("card_number", c), ("cvv", cv)]
        # cvv glued to other digits: label it only when it is separated — here it is glued, so keep records spaced
        lines = [l[:2] + " " + l[2:18] + " " + l[18:22] + " " + l[22:25] + " " + l[25:36] + " " + l[36:] for l in lines]
    elif kind == "iban":
        hdr = "01 REC-BONIFICO.\n   05 RB-CAUSALE  PIC X(5).\n   05 RB-IBAN     PIC X(27).\n   05 RB-IMPORTO  PIC 9(9)V99.\n   05 RB-BENEF    PIC X(24)."
        for i in range(n):
            ib = iban(rng, "IT")
            lines.append(f"{rng.choice(['48000', '27000', '34000'])} {ib} {rng.randint(100, 9999999):011d} {name(rng).upper()[:24].ljust(24)}")
            sec.append(("iban", ib))
    elif kind == "bank_account":
        hdr = "01 REC-RID.\n   05 RR-ABI      PIC 9(5).\n   05 RR-CAB      PIC 9(5).\n   05 RR-CONTO    PIC X(12).\n   05 RR-CIN      PIC X(1).\n   05 RR-DEBITORE PIC X(22)."
        for i in range(n):
            a = it_account(rng)
            lines.append(f"{a['abi']} {a['cab']} {a['conto']} {a['cin']} {name(rng).upper()[:22].ljust(22)}")
            sec.append(("bank_account", a["conto"]))
    else:  # pin
        hdr = "01 REC-PINMAILER.\n   05 PM-CARTA    PIC X(19).\n   05 PM-PIN      PIC 9(4).\n   05 PM-LOTTO    PIC 9(6).\n   05 PM-NOME     PIC X(20)."
        for i in range(n):
            c = card(rng)
            masked = c[:6] + "*" * (len(c) - 10) + c[-4:]
            p = pin(rng, 4)
            while any(p == x for k, x in sec):
                p = pin(rng, 4)
            lines.append(f"{masked.ljust(19)} {p} {rng.randint(100000, 999999)} {name(rng).upper()[:20]}")
            sec.append(("pin", p))
    pre = rng.choice(["Il CED ci ha mandato il tracciato, il record scartato è questo (allego anche il copybook):\n", "Estratto dal file notturno del mainframe:\n", "Tracciato record (host):\n"] if it
                     else ["Data centre sent the layout, the rejected record is below (copybook too):\n", "Extract from the overnight mainframe file:\n", "Host record layout:\n"])
    return pre + hdr + "\n\n" + "\n".join(lines), "mainframe-record", sec


def t_iso20022(rng, lang, kind):
    it = lang == "it"
    sec = []
    msg = "MSG-" + rs(rng, DIG, 10)
    txs = []
    for i in range(rng.randint(1, 3)):
        nm = name(rng)
        amt = f"{rng.randint(5, 9000)}.{rng.randint(0, 99):02d}"
        e2e = "E2E" + rs(rng, A_UP + DIG, 14)
        if kind == "iban" or (kind == "bank_account" and rng.random() < .3):
            ib = iban(rng)
            sec.append(("iban", ib))
            acct = f"<CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>"
        else:
            a = gb_account(rng)
            sec.append(("bank_account", a["sort"] + a["acct"]))
            acct = f"<CdtrAcct><Id><Othr><Id>{a['sort']}{a['acct']}</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct>"
        txs.append(f"""  <CdtTrfTxInf>
    <PmtId><EndToEndId>{e2e}</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="EUR">{amt}</InstdAmt></Amt>
    <CdtrAgt><FinInstnId><BICFI>{rng.choice(BICS)}</BICFI></FinInstnId></CdtrAgt>
    <Cdtr><Nm>{nm}</Nm></Cdtr>
    {acct}
    <RmtInf><Ustrd>{rng.choice(['Saldo fattura', 'Rimborso', 'Invoice', 'Refund'])} {invoice_no(rng)}</Ustrd></RmtInf>
  </CdtTrfTxInf>""")
    xml = f"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>{msg}</MsgId><CreDtTm>{ts(rng)[:-1]}</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
 <PmtInf>
{chr(10).join(txs)}
 </PmtInf>
 </CstmrCdtTrfInitn>
</Document>"""
    pre = rng.choice(["La banca ci scarta la distinta SEPA, ecco il file XML generato dal gestionale:\n", "Il nostro software di contabilità produce questo XML, dove sbaglia?\n"] if it
                     else ["The bank rejects our SEPA batch, here's the XML our accounts software makes:\n", "Our payroll tool exports this XML - what's wrong with it?\n"])
    return pre + xml, "iso20022-xml", sec


def t_edifact(rng, lang, kind):
    it = lang == "it"
    sec = []
    segs = [f"UNA:+.? '", f"UNB+UNOC:3+{rs(rng, DIG, 13)}:14+{rs(rng, DIG, 13)}:14+{rng.choice([25, 26])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}:{rng.randint(7, 22):02d}{rng.randint(0, 59):02d}+{rs(rng, DIG, 8)}'",
            f"UNH+1+PAYMUL:D:96A:UN'", f"BGM+452+{rs(rng, A_UP + DIG, 10)}+9'", f"DTM+137:{rng.choice([2025, 2026])}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}:102'"]
    for i in range(rng.randint(1, 3)):
        segs.append(f"MOA+9:{rng.randint(10, 99999)}.{rng.randint(0, 99):02d}:EUR'")
        if kind == "iban":
            ib = iban(rng)
            sec.append(("iban", ib))
            segs.append(f"FII+BF+{ib}:{name(rng).upper()}+{rng.choice(BICS)}:25:5'")
        else:
            a = de_account(rng)
            sec.append(("bank_account", a["kto"]))
            segs.append(f"FII+BF+{a['kto']}:{name(rng).upper()}+{a['blz']}:25:137'")
        segs.append(f"NAD+BE+++{name(rng).upper()}+{rng.choice(['VIA ROMA 1', 'HIGH ST 22', 'HAUPTSTR 5'])}'")
    segs += [f"UNT+{len(segs)}+1'", f"UNZ+1+{rs(rng, DIG, 8)}'"]
    joiner = rng.choice(["\n", ""])
    pre = rng.choice(["Il flusso EDI del nostro grossista si blocca, copio il messaggio:\n", "File PAYMUL da controllare:\n"] if it else ["Our wholesaler's EDI flow stalls, message below:\n", "PAYMUL file to check:\n"])
    return pre + joiner.join(segs), "edifact", sec


def t_epcqr(rng, lang, kind):
    it = lang == "it"
    ib = iban(rng, rng.choice(["IT", "DE", "AT", "BE", "NL"]))
    amt = f"EUR{rng.randint(1, 999)}.{rng.randint(0, 99):02d}"
    payload = "\n".join(["BCD", "002", "1", "SCT", rng.choice(BICS), name(rng), ib, amt, "", "", f"{rng.choice(['Fattura', 'Invoice', 'Quota'])} {invoice_no(rng)}"])
    pre = rng.choice(["Il QR code sulla fattura non viene letto dall'app della banca. Il lettore mi restituisce questo testo:\n", "Decodifica del QR di pagamento (da app scanner):\n"] if it
                     else ["The QR on our invoice won't scan in the banking app. The reader returns this text:\n", "Payment QR decoded (scanner app):\n"])
    return pre + payload, "epc-qr", [("iban", ib)]


PLUGIN_FIELDS = {
    "WooCommerce": ["Enable/Disable", "Title", "Description", "Test mode", "Merchant ID", "Debug log"],
    "Magento 2": ["Enabled", "Title", "Payment Action", "Merchant Account", "Sort Order", "Debug"],
    "PrestaShop": ["Stato modulo", "Modalità", "ID negozio", "Valuta", "Log"],
    "Shopify": ["App name", "Store", "Scopes", "API version", "Webhook URL"],
    "Odoo": ["Provider", "State", "Company", "Website", "Payment Journal"],
    "OpenCart": ["Status", "Geo Zone", "Order Status", "Sort Order"],
}


def t_plugin(rng, lang, kind):
    it = lang == "it"
    plat = rng.choice(list(PLUGIN_FIELDS))
    S = build(rng, kind, lang)
    lines = [f"{plat} > {'Impostazioni' if it else 'Settings'} > {rng.choice(['Pagamenti', 'Payments', 'Integrazioni', 'Sales > Payment Methods'])}"]
    vals = {"Enable/Disable": "[x] Enable", "Title": rng.choice(["Carta di credito", "Credit card", "Paga con carta"]), "Test mode": "[ ]", "Merchant ID": rs(rng, DIG, 9),
            "Debug log": "[x] Enable logging", "Enabled": "Yes", "Payment Action": "Authorize and Capture", "Merchant Account": rng.choice(["BottegaECOM", "ShopLiveEUR"]),
            "Sort Order": str(rng.randint(1, 20)), "Debug": "No", "Stato modulo": "Attivo", "Modalità": "Produzione", "ID negozio": rs(rng, DIG, 6), "Valuta": "EUR", "Log": "Sì",
            "App name": rng.choice(["Pagamenti Sportello", "Payments connector"]), "Store": rng.choice(["bottega", "kettle-bakery", "ottica-moretti"]) + ".myshopify.com", "Scopes": "read_orders, write_orders",
            "API version": "2025-10", "Webhook URL": "https://" + rng.choice(["shop.example.it", "bottega.it"]) + "/webhooks/payments", "Provider": "Sportello", "State": "Enabled", "Company": shop(rng, lang),
            "Website": "www." + rng.choice(["bottega", "ferramenta", "ottica"]) + ".it", "Payment Journal": "Bank", "Status": "Enabled", "Geo Zone": "All Zones", "Order Status": "Processing", "Description": ""}
    fields = PLUGIN_FIELDS[plat][:]
    for f in fields:
        lines.append(f"{f}{rng.choice([':', '', ' *'])}\t{vals[f]}" if rng.random() < .5 else f"{f}\n{vals[f]}")
    for s in S:
        lab = {"client_secret": rng.choice(["Client Secret", "Chiave segreta", "API Secret"] if it else ["Client Secret", "API Secret", "Secret Key", "Consumer secret"]),
               "access_token": rng.choice(["API Key", "Chiave API", "Token di accesso"] if it else ["API Key", "Access Token", "Integration token"]),
               "refresh_token": "Refresh Token", "vendor_key": s["lbl"], "password": rng.choice(["Password API", "Password utente", "Password webservice"] if it else ["API Password", "User password", "Webservice password"]), "card_number": "Test card", "cvv": "CVV", "pin": "PIN", "iban": "IBAN per rimborsi",
               "bank_account": "Conto", "private_key": "Private key (PEM)"}[s["kind"]]
        if s.get("ctx") and s["kind"] == "client_secret":
            lines.append(f"Client ID\t{s['ctx']}")
        lines.insert(rng.randint(2, len(lines)), f"{lab}{rng.choice([':', '', ' *'])}\t{s['val']}" if rng.random() < .5 else f"{lab}\n{s['val']}" + ("\n(" + ("mostra" if it else "show") + ")" if rng.random() < .3 else ""))
    lines.append(rng.choice(["[Salva modifiche]", "[Salva]"] if it else ["[Save config]", "[Save]", "[Save changes]"]))
    pre = rng.choice(["Ho copiato la pagina delle impostazioni del plugin:\n", "Vi incollo cosa vedo nel pannello:\n", "Seleziona tutto + copia dalla pagina admin:\n"] if it else ["Copied the plugin settings page:\n", "Pasting what I see in the panel:\n", "Select all + copy from the admin page:\n"])
    return pre + "\n".join(lines), "plugin-settings", secrets_of(S)


def t_terminal(rng, lang, kind):
    """POS terminal / router config as text."""
    it = lang == "it"
    S = build(rng, kind, lang)
    model = rng.choice(["Ingenico Move/5000", "Verifone V400m", "PAX A920", "Castles S1F2", "FRITZ!Box 7530", "MikroTik hAP ac2", "TP-Link Archer", "Zyxel VMG"])
    if kind in ("password", "private_key") and (model.startswith(("FRITZ", "Mikro", "TP", "Zyx")) or kind == "private_key"):
        model = rng.choice(["FRITZ!Box 7530", "MikroTik hAP ac2", "TP-Link Archer", "Zyxel VMG"])
        lines = [f"# {model} export {ts(rng)}", f"/interface wireless security-profiles", f"set [ find default=yes ] mode=dynamic-keys authentication-types=wpa2-psk"]
        for s in S:
            if s["kind"] == "password":
                lines.append(rng.choice([f"wpa2-pre-shared-key={s['val']}" if " " not in s["val"] else f'wpa2-pre-shared-key="{s["val"]}"', f"/user set admin password={s['val']}" if " " not in s["val"] else f'/user set admin password="{s["val"]}"', f"WLAN-Schlüssel: {s['val']}"]))
            elif s["kind"] == "private_key" and not s["val"].startswith("-----"):
                lines += ["/interface wireguard", f"add listen-port=13231 name=wg-negozio private-key=\"{s['val']}\""]
            else:
                lines.append(f"# {s['lbl']}: {s['val']}")
        lines.append(f"/ip address add address=192.168.{rng.randint(0, 254)}.1/24 interface=bridge")
    else:
        lines = [f"{model}  SN {rs(rng, DIG, 8)}  {'TML' if it else 'TID'} {rs(rng, DIG, 8)}", f"{'Versione' if it else 'Version'} {version(rng)}", f"{'Esercente' if it else 'Merchant'} {rs(rng, DIG, 15)}",
                 f"Host: {rng.randint(10, 250)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.choice([443, 9000, 5001])}", "Menu gestore:" if it else "Manager menu:"]
        for s in S:
            lines.append("  " + phrase(rng, lang, s))
        lines.append(f"APN: {rng.choice(['ibox.tim.it', 'web.omnitel.it', 'internet.wind', 'payandgo.o2.co.uk'])}")
    pre = rng.choice(["Il tecnico dell'installatore mi ha lasciato questo foglio:\n", "stampa configurazione terminale:\n", "config del router del negozio:\n"] if it else ["The installer left me this printout:\n", "terminal config print:\n", "shop router config:\n"])
    return pre + "\n".join(lines), "terminal-config", secrets_of(S)


def inv_line(rng, lang, s):
    it = lang == "it"
    if s["kind"] == "pin" and rng.random() < .7:
        return rng.choice(["PIN partecipante: ", "PIN conferenza ", "Codice partecipante "] if it else ["Participant PIN: ", "Conference PIN ", "Attendee code "]) + s["val"] + rng.choice(["#", "", " #"])
    if s["kind"] == "password" and rng.random() < .6:
        return rng.choice(["Passcode: ", "Password riunione: ", "Codice d'accesso "] if it else ["Passcode: ", "Meeting password: ", "Access code "]) + s["val"]
    return phrase(rng, lang, s).replace("\n", "\\n")


def t_invite(rng, lang, kind):
    it = lang == "it"
    S = build(rng, kind, lang)
    meet = rs(rng, DIG, 3) + " " + rs(rng, DIG, 4) + " " + rs(rng, DIG, 4)
    lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", f"DTSTART:{ts(rng).replace('-', '').replace(':', '')}", f"SUMMARY:{rng.choice(['Formazione nuovo POS', 'Call con il fornitore', 'Staff training', 'Supplier call'])}",
             "DESCRIPTION:" + ("Meeting ID: " + meet + "\\n" if rng.random() < .6 else "") + "\\n".join(inv_line(rng, lang, s) for s in S), f"UID:{uuid4(rng)}", "END:VEVENT", "END:VCALENDAR"]
    for s in S:
        if s["val"] not in "\n".join(lines):
            return t_terminal(rng, lang, kind)
    pre = rng.choice(["L'invito del calendario contiene anche questo, è normale?\n", "Testo del file .ics:\n"] if it else ["The calendar invite also contains this, is that normal?\n", ".ics file text:\n"])
    return pre + "\n".join(lines), "calendar-invite", secrets_of(S)


def t_pemletter(rng, lang, kind):
    """A web agency / small IT shop hands over a server key to the shop owner, who forwards it."""
    it = lang == "it"
    k = rng.random()
    if k < .2:
        key = pem(rng, sep=" ")  # mail client collapsed the newlines
    elif k < .3:
        key = pem(rng, prefix="> ", sep="\n")
    else:
        key = pem(rng)
    if it:
        a = rng.choice(["La web agency che ci ha fatto il sito ha chiuso e ci ha lasciato questo file chiamato", "Ho trovato sul vecchio PC della cassa un file", "Il fornitore del certificato ci ha mandato per mail il file"])
        b = rng.choice(["server.key", "privkey.pem", "id_rsa", "negozio.key", "chiave.txt"])
        c = rng.choice(["Va caricato da qualche parte per i pagamenti? Lo incollo:", "Non so se serve a voi, eccolo:", "Il contenuto è questo:"])
        d = rng.choice(["Grazie", "Fatemi sapere", "Saluti, " + name(rng)])
    else:
        a = rng.choice(["The web agency that built our site closed down and left us a file called", "Found on the old till PC a file", "The certificate supplier emailed us the file"])
        b = rng.choice(["server.key", "privkey.pem", "id_rsa", "shop.key", "key.txt"])
        c = rng.choice(["Does it need uploading somewhere for payments? Pasting it:", "Not sure if you need it, here:", "Contents:"])
        d = rng.choice(["Thanks", "Let me know", "Cheers, " + name(rng)])
    extra = []
    if rng.random() < .3:
        extra = [("password", password(rng))]
        pw = (f"\nLa passphrase della chiave è {extra[0][1]}" if it else f"\nKey passphrase is {extra[0][1]}")
    else:
        pw = ""
    return f"{a} {b}. {c}\n\n{key}\n{pw}\n{d}", "handover-email", [("private_key", key)] + extra


def t_spelled(rng, lang, kind):
    """Password spelled letter by letter by an agent or read to a voice assistant."""
    it = lang == "it"
    pw = rs(rng, A_LOW, rng.randint(3, 5)) + rs(rng, DIG, rng.randint(2, 3)) + rs(rng, A_UP, 1) + rng.choice("!#?")
    sep = rng.choice(["-", " ", " - ", "."])
    sp = sep.join(pw)
    if it:
        txt = rng.choice([f"Nota chiamata: la cliente mi ha scandito la password lettera per lettera: {sp} (tutto minuscolo tranne la {pw[-2]})",
                          f"trascrizione: la password si scrive {sp} ripeto {sp}", f"Mi ha dettato la parola d'ordine così → {sp}"])
    else:
        txt = rng.choice([f"Call note: customer spelled the password letter by letter: {sp} (all lower case except the {pw[-2]})",
                          f"transcript: password is spelled {sp} again {sp}", f"She dictated the passcode like this → {sp}"])
    return txt, "spelled-out", [("password", sp)]


def t_urlpw(rng, lang, kind):
    """Password inside a URL pasted by someone who does not know what it is."""
    it = lang == "it"
    user = rng.choice(["admin", "negozio", "shop", "ftpuser", "backup", rng.choice(NAMES).lower()])
    pw = password(rng)
    pw_url = pw.replace("@", "%40").replace("#", "%23").replace(" ", "%20").replace("?", "%3F").replace("/", "%2F").replace("%", "%25") if False else pw.replace("%", "%25").replace("@", "%40").replace("#", "%23").replace(" ", "%20").replace("?", "%3F").replace("/", "%2F").replace(":", "%3A")
    host = rng.choice(["ftp.ferramentabellini.it", "192.168.1.20", "nas-negozio.local", "backup.studiorossi.it", "db.bottega.it", "ftp.kettlebakery.co.uk"])
    scheme = rng.choice(["ftp", "sftp", "mysql", "postgres", "smb", "https", "webdav"])
    url = f"{scheme}://{user}:{pw_url}@{host}" + rng.choice(["", "/backup", ":21/", "/magento", "/cartella%20condivisa"])
    if it:
        txt = rng.choice([f"Il gestionale si collega al database con questo indirizzo che trovo nelle impostazioni:\n{url}\nè giusto?", f"Il nostro programmatore ci ha lasciato questo link per i backup {url} ma non va più",
                          f"Nel file di testo sul desktop c'è scritto: {url} - è quello che vi serve?"])
    else:
        txt = rng.choice([f"The ERP connects to the database using this address from the settings:\n{url}\nis that right?", f"Our developer left this link for backups {url} but it stopped working",
                          f"The text file on the desktop says: {url} - is that what you need?"])
    return txt, "url-in-prose", [("password", pw_url)]


STRUCT = {  # template -> kinds it supports
    t_fixed: ["card_number", "cvv", "iban", "bank_account", "pin"],
    t_iso20022: ["iban", "bank_account"],
    t_edifact: ["iban", "bank_account"],
    t_epcqr: ["iban"],
    t_plugin: ["client_secret", "access_token", "refresh_token", "vendor_key", "password"],
    t_terminal: ["password", "pin", "private_key", "vendor_key", "client_secret"],
    t_invite: ["password", "pin"],
    t_pemletter: ["private_key"],
    t_spelled: ["password"],
    t_urlpw: ["password"],
}


def t_wifiqr(rng, lang, kind):
    """Wi-Fi QR payload decoded from the sticker next to the till."""
    it = lang == "it"
    pw = password(rng).replace(";", "").replace(":", "").replace(",", "").replace("\\", "")
    ssid = rng.choice(["Negozio", "Ospiti", "Cassa", "Shop", "Guest", "POS"]) + rng.choice(["", "-5G", "_" + rs(rng, DIG, 2), "-Bellini", "-Retro"])
    payload = f"WIFI:T:{rng.choice(['WPA', 'WPA2', 'WPA'])};S:{ssid};P:{pw};{rng.choice(['H:false;', ''])};"
    pre = rng.choice(["Il terminale POS non si collega al Wi-Fi. Ho scansionato l'adesivo col QR e dice:", "Questo è il QR del Wi-Fi attaccato alla cassa (letto col telefono):", "Il tecnico ha chiesto i dati della rete, li leggo dal QR:"] if it
                     else ["The card machine won't join the Wi-Fi. I scanned the QR sticker and it says:", "This is the Wi-Fi QR stuck on the till (read with my phone):", "The engineer wants the network details, reading them from the QR:"])
    post = rng.choice(["", "\n" + ("Il terminale è " if it else "Terminal is ") + rng.choice(["PAX A920", "Verifone V400m", "SumUp Solo"]) + " " + version(rng)])
    return f"{pre}\n{payload}{post}", "wifi-qr", [("password", pw)]


def t_vcc(rng, lang, kind):
    """Hotel owner forwards an OTA virtual card (Booking/Expedia style)."""
    it = lang == "it"
    c = card(rng)
    while len(c) != 16:
        c = card(rng)
    cf = fmt_card(rng, c)
    cv = rs(rng, DIG, 3)
    amt = amount(rng, lang)
    res = rs(rng, DIG, 10)
    ota = rng.choice(["Booking.com", "Expedia", "Hotels.com", "Airbnb"])
    if it:
        body = rng.choice([
            f"Buonasera, la prenotazione {res} da {ota} è stata pagata con carta virtuale. Dall'extranet copio:\nTitolare: {ota} VCC\nNumero: {cf}\nScadenza: {expiry(rng)}\nCVC: {cv}\nImporto attivabile: {amt}\nIl vostro POS virtuale la rifiuta, perché?",
            f"Salve, sono dell'hotel {shop(rng, lang)}. {ota} ci ha dato una carta virtuale ({cf}, codice {cv}) per la prenotazione n. {res} ma l'addebito di {amt} viene rifiutato.",
            f"Carta virtuale {ota}\n{cf}   {expiry(rng)}   CVV {cv}\nprenotazione {res} - {amt}\nla pre-autorizzazione va in errore 05",
        ])
    else:
        body = rng.choice([
            f"Evening, reservation {res} from {ota} was paid by virtual card. From the extranet:\nName: {ota} VCC\nNumber: {cf}\nExpiry: {expiry(rng)}\nCVC: {cv}\nChargeable amount: {amt}\nYour virtual terminal declines it, why?",
            f"Hi, I'm from {shop(rng, lang)}. {ota} gave us a virtual card ({cf}, code {cv}) for booking no. {res} but charging {amt} gets declined.",
            f"{ota} virtual card\n{cf}   {expiry(rng)}   CVV {cv}\nbooking {res} - {amt}\npre-auth fails with error 05",
        ])
    return body, "hotel-vcc", [("card_number", cf), ("cvv", cv)]


def t_sdd_mandate(rng, lang, kind):
    """SEPA direct debit mandate form filled in by a customer and faxed/scanned as text."""
    it = lang == "it"
    cred = "IT" + rs(rng, DIG, 2) + "ZZZ" + rs(rng, DIG, 11)
    ref = "MND-" + rs(rng, A_UP + DIG, 10)
    if kind == "iban":
        ib = iban(rng, "IT" if it else rng.choice(["IT", "DE", "FR", "GB", "ES"]))
        val = fmt_iban(rng, ib)
        acct = (f"Codice IBAN del debitore\n{val}" if it else f"Debtor IBAN\n{val}") if rng.random() < .5 else (f"IBAN: {val}")
        sec = [("iban", val)]
    else:
        a = it_account(rng)
        acct = (f"Banca: ABI {a['abi']} CAB {a['cab']}\nConto corrente n. {a['conto']}  CIN {a['cin']}" if it else f"Bank: ABI {a['abi']} CAB {a['cab']}\nAccount no. {a['conto']}  CIN {a['cin']}")
        sec = [("bank_account", a["conto"])]
    if it:
        txt = (f"MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento del mandato: {ref}\nIdentificativo creditore: {cred}\n\nNome del debitore: {name(rng)}\nIndirizzo: Via {rng.choice(['Roma', 'Garibaldi', 'Mazzini', 'Verdi'])} {rng.randint(1, 120)}, {rng.choice(CITIES)}\n"
               f"{acct}\nTipo pagamento: [x] ricorrente  [ ] singolo\nLuogo e data: {rng.choice(CITIES)}, {date(rng, lang)}\nFirma: ____________")
        pre = rng.choice(["Allego il mandato SDD compilato dal cliente (trascritto dal fax):\n", "Il mandato firmato, ricopiato:\n", ""])
    else:
        txt = (f"SEPA CORE DIRECT DEBIT MANDATE\nMandate reference: {ref}\nCreditor identifier: {cred}\n\nDebtor name: {name(rng)}\nAddress: {rng.randint(1, 120)} {rng.choice(['High St', 'Mill Lane', 'Church Rd'])}, {rng.choice(['Leeds', 'Bath', 'York'])}\n"
               f"{acct}\nPayment type: [x] recurrent  [ ] one-off\nPlace and date: {date(rng, lang)}\nSignature: ____________")
        pre = rng.choice(["Attaching the mandate the customer filled in (typed up from the fax):\n", "Signed mandate, copied out:\n", ""])
    return pre + txt, "sdd-mandate", sec


STRUCT[t_wifiqr] = ["password"]
STRUCT[t_vcc] = ["card_number", "cvv"]
STRUCT[t_sdd_mandate] = ["iban", "bank_account"]


def t_bank_sms(rng, lang, kind):
    """Bank / 3DS SMS forwarded by someone who does not know it must not be shared."""
    it = lang == "it"
    code = pin(rng, rng.choice([5, 6, 6, 8]))
    amt = amount(rng, lang)
    shopname = rng.choice(["AMAZON EU", "ZALANDO", "TRENITALIA", "ESSELUNGA", "IKEA", "BOOKING.COM", "APPLE.COM/BILL", "ENEL ENERGIA"])
    m = masked_card(rng)
    if it:
        sms = rng.choice([f"Codice 3D Secure per pagamento di {amt} presso {shopname} con carta {m}: {code}. Non comunicarlo a nessuno.",
                          f"{code} è il tuo codice di autorizzazione. Operazione: {amt} - {shopname}. Valido 5 minuti.",
                          f"BANCA: per confermare l'accesso da nuovo dispositivo inserisci il codice {code}. Se non sei stato tu chiama il numero verde."])
        pre = rng.choice(["Mia madre mi ha girato questo messaggio, è normale?", "Vi inoltro l'sms così vedete voi:", "Il vostro operatore mi ha chiesto di leggergli il codice, eccolo:", "Mi è arrivato questo, cosa devo fare?"])
        post = rng.choice(["", "Inviato da iPhone", "Grazie " + rng.choice(EMO), "(messaggio di " + date(rng, lang) + ")"])
    else:
        sms = rng.choice([f"3D Secure code for payment of {amt} at {shopname} with card {m}: {code}. Never share this code.",
                          f"{code} is your authorisation code. Transaction: {amt} - {shopname}. Valid for 5 minutes.",
                          f"BANK: to confirm sign-in from a new device enter code {code}. If this wasn't you, call us."])
        pre = rng.choice(["My mum forwarded me this, is it normal?", "Forwarding the text so you can see:", "Your agent asked me to read him the code, here it is:", "Got this, what do I do?"])
        post = rng.choice(["", "Sent from my iPhone", "Thanks " + rng.choice(EMO), "(text from " + date(rng, lang) + ")"])
    return f"{pre}\n\n\"{sms}\"\n\n{post}".rstrip(), "sms-forward", [("pin", code)]


def t_audit(rng, lang, kind):
    """Compliance / PCI / DORA audit finding quoting the exposed value."""
    it = lang == "it"
    S = build(rng, kind, lang)
    where = rng.choice(["cartella condivisa \\\\NAS\\Amministrazione\\vari.xlsx", "foglio 'Clienti 2025' del gestionale", "post-it sul monitor della cassa", "note del CRM", "backup su chiavetta USB non cifrata"] if it
                       else ["shared folder \\\\NAS\\Admin\\misc.xlsx", "the 'Customers 2025' sheet in the ERP", "a sticky note on the till monitor", "CRM notes", "an unencrypted USB backup"])
    n = rng.randint(1, 12)
    if it:
        h = f"RAPPORTO DI AUDIT {rng.choice(['PCI DSS', 'DORA', 'ISO 27001', 'interno'])} - {shop(rng, lang)}\nData verifica: {date(rng, lang)}\n\nRilievo n. {n} ({rng.choice(['grave', 'maggiore', 'critico'])})\nDescrizione: durante il sopralluogo è stato rilevato in {where} il seguente dato in chiaro:\n"
        e = f"\nRaccomandazione: rimuovere il dato e {'bloccare e riemettere la carta' if kind in ('card_number', 'cvv') else 'chiudere il mandato e verificare il conto' if kind == 'iban' else 'revocare e ruotare la chiave'} entro {rng.choice([7, 15, 30])} giorni.\nAuditor: {name(rng)}"
    else:
        h = f"AUDIT REPORT {rng.choice(['PCI DSS', 'DORA', 'ISO 27001', 'internal'])} - {shop(rng, lang)}\nDate of review: {date(rng, lang)}\n\nFinding {n} ({rng.choice(['high', 'major', 'critical'])})\nDescription: during the visit the following was found in clear text in {where}:\n"
        e = f"\nRecommendation: remove the data and {'block and reissue the card' if kind in ('card_number', 'cvv') else 'review the account and mandates' if kind == 'iban' else 'revoke and rotate the key'} within {rng.choice([7, 15, 30])} days.\nAuditor: {name(rng)}"
    return h + "    " + embed_all(rng, lang, S, "\n    ") + e, "audit-report", secrets_of(S)


def t_erp_users(rng, lang, kind):
    """User list printed from an old ERP that still shows passwords / PINs in clear."""
    it = lang == "it"
    rows, sec = [], []
    col = "PASSWORD" if kind == "password" else ("PIN CASSA" if it else "TILL PIN")
    hdr = f"{'UTENTE':<12}{'NOME':<22}{col:<22}{'LIVELLO' if it else 'LEVEL':<8}"
    for i in range(rng.randint(2, 5)):
        u = rng.choice(NAMES).lower()[:6] + str(rng.randint(1, 99))
        v = password(rng).replace(" ", "_") if kind == "password" else pin(rng, rng.choice([4, 5]))
        if any(v == x for _, x in sec):
            continue
        rows.append(f"{u:<12}{name(rng):<22}{v:<22}{rng.choice(['ADMIN', 'CASSA', 'MAGAZ', 'USER']):<8}")
        sec.append((kind, v))
    title = rng.choice(["Stampa anagrafica operatori - " + rng.choice(["Zucchetti", "TeamSystem", "gestionale cassa", "AS/400"]), "ELENCO UTENTI"] if it else ["Operator list printout - " + rng.choice(["Sage", "legacy EPOS", "AS/400"]), "USER LIST"])
    pre = rng.choice(["Il vecchio gestionale stampa ancora le password, guardate:\n", "Per la migrazione ci chiedete gli utenti, eccoli:\n", ""] if it else ["The old system still prints passwords, look:\n", "You asked for the users for the migration, here:\n", ""])
    return pre + title + "\n" + hdr + "\n" + "-" * 64 + "\n" + "\n".join(rows), "erp-printout", sec


def t_notebook(rng, lang, kind):
    """Shop notebook page transcribed: history of changed PINs / passwords."""
    it = lang == "it"
    sec, lines = [], []
    for i in range(rng.randint(1, 3)):
        v = pin(rng, rng.choice([4, 5, 6])) if kind == "pin" else password(rng)
        if any(v == x for _, x in sec):
            continue
        d = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
        if it:
            lines.append(rng.choice([f"{d} cambiato {'pin POS' if kind == 'pin' else 'password sito'} → {v}", f"{d} - nuovo {'PIN cassa' if kind == 'pin' else 'pass email'}: {v} (l'ha deciso {rng.choice(NAMES)})", f"{d} {v} <- {'pin bancomat negozio' if kind == 'pin' else 'password wifi'}"]))
        else:
            lines.append(rng.choice([f"{d} changed {'card reader pin' if kind == 'pin' else 'website password'} → {v}", f"{d} - new {'till PIN' if kind == 'pin' else 'email pass'}: {v} ({rng.choice(NAMES)} chose it)", f"{d} {v} <- {'shop debit card pin' if kind == 'pin' else 'wifi password'}"]))
        sec.append((kind, v))
    pre = rng.choice(["Ricopio la pagina del quaderno dove segniamo tutto:", "Dal quaderno della cassa (scusate la calligrafia di mio marito):", "Appunti a mano, trascritti:"] if it else ["Copying the notebook page where we write everything:", "From the till notebook (sorry, my husband's handwriting):", "Handwritten notes, typed up:"])
    return pre + "\n" + "\n".join(lines), "notebook", sec


STRUCT[t_bank_sms] = ["pin"]
STRUCT[t_audit] = ["card_number", "vendor_key", "iban", "cvv"]
STRUCT[t_erp_users] = ["password", "pin"]
STRUCT[t_notebook] = ["password", "pin"]
