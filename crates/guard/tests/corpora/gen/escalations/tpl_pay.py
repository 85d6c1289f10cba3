"""Data and payment artefacts: SQL dumps, SEPA XML, EPC QR, MT940/CAMT, invoices, payouts, chargebacks,
card-on-file exports, 3-D Secure logs, PSD2 payloads, webhook dumps, ISO 8583 traces."""
import json

from core import T

AT_IT = ["Il cliente ha allegato questo estratto:", "Allegato al ticket:", "Dal file che ci hanno mandato:", "Incollo il contenuto del file (anonimizzato male):",
         "Estratto inviato dal merchant per la riconciliazione:"]
AT_EN = ["Customer attached this extract:", "Attached to the ticket:", "From the file they sent us:", "Pasting the file content (badly anonymised):",
         "Extract the merchant sent for reconciliation:"]


def intro(c, extra_it=(), extra_en=(), prob=0.8):
    if c.it:
        return c.p(list(AT_IT) + list(extra_it)) + "\n\n"
    return (c.p(list(AT_EN) + list(extra_en)) + "\n\n") if c.chance(prob) else ""


def xml_iban(c):
    """IBAN as it appears in XML: compact, sometimes grouped (careless exports)."""
    return c.iban(style=c.p("none", "none", "none", "g4"))


def names(c):
    return c.person(c.p("it", "it", "en"))


# =========================================================================== POSITIVES

@T("sql-dump")
def sql_insert_cards(c):
    rows = []
    n = c.r.randint(2, 4)
    for i in range(n):
        pan = c.card(style=c.p("none", "none", "space"))
        cv = c.cvv()
        rows.append(f"({c.r.randint(1000, 99999)},'{names(c)}','{pan}','{c.v.expiry()}','{cv}','{c.iso()}')")
    tbl = c.p("card_on_file", "customer_cards", "legacy_payment_methods", "carte_clienti")
    return intro(c, ["Il dump SQL che il cliente ha caricato per la migrazione (PAN e CVV in chiaro!!):"], ["SQL dump the customer uploaded for the migration (PAN and CVV in clear!!):"]) + (
        f"-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: localhost    Database: shop\n\nLOCK TABLES `{tbl}` WRITE;\n"
        f"INSERT INTO `{tbl}` (`id`,`holder`,`pan`,`expiry`,`cvv`,`created_at`) VALUES\n" + ",\n".join(rows) + ";\nUNLOCK TABLES;")


@T("sql-dump")
def sql_insert_plain_passwords(c):
    rows = []
    for i in range(c.r.randint(2, 4)):
        nm = names(c)
        rows.append(f"INSERT INTO public.users (id, email, password, role) VALUES ({c.r.randint(1, 9999)}, '{c.email(nm)}', '{c.pw()}', '{c.p('admin', 'operator', 'viewer')}');")
    return intro(c, ["Estratto del dump Postgres del vecchio backoffice del cliente (password non hashate):"], ["Extract of the Postgres dump of the customer's old back office (passwords not hashed):"]) + (
        "--\n-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: backoffice\n--\n\n" + "\n".join(rows))


@T("sql-dump")
def sql_insert_merchant_iban(c):
    rows = []
    for i in range(c.r.randint(2, 3)):
        rows.append(f"  ({c.r.randint(100, 9999)}, '{c.company()}', '{c.v.piva()}', '{c.iban(style=c.p('none', 'none', 'g4'))}', '{c.v.bic()}', {c.p('true', 'false')})")
    return intro(c) + ("INSERT INTO merchants (id, ragione_sociale, partita_iva, iban_payout, bic, active) VALUES\n" + ",\n".join(rows) + ";")


@T("sepa-xml")
def sepa_pain001(c):
    msg = f"MSG-{c.t:%Y%m%d}-{c.v.digits(6)}"
    dbtr = c.company()
    dbtr_iban = xml_iban(c)
    txs = []
    for i in range(c.r.randint(1, 3)):
        nm = names(c)
        txs.append(f"""    <CdtTrfTxInf>
      <PmtId><EndToEndId>E2E-{c.v.opaque(12).upper()}</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">{c.amt_plain()}</InstdAmt></Amt>
      <CdtrAgt><FinInstnId><BICFI>{c.v.bic()}</BICFI></FinInstnId></CdtrAgt>
      <Cdtr><Nm>{nm}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{xml_iban(c)}</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>{c.p('Rimborso ordine', 'Refund order', 'Payout')} {c.v.digits(8)}</Ustrd></RmtInf>
    </CdtTrfTxInf>""")
    return intro(c, ["File pain.001 rifiutato dalla banca, il cliente chiede perché:"], ["pain.001 file rejected by the bank, customer asks why:"]) + f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
 <CstmrCdtTrfInitn>
  <GrpHdr>
   <MsgId>{msg}</MsgId>
   <CreDtTm>{c.iso()}</CreDtTm>
   <NbOfTxs>{len(txs)}</NbOfTxs>
   <InitgPty><Nm>{dbtr}</Nm></InitgPty>
  </GrpHdr>
  <PmtInf>
   <PmtInfId>PMT-{c.v.digits(8)}</PmtInfId>
   <PmtMtd>TRF</PmtMtd>
   <ReqdExctnDt><Dt>{c.t:%Y-%m-%d}</Dt></ReqdExctnDt>
   <Dbtr><Nm>{dbtr}</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>{dbtr_iban}</IBAN></Id></DbtrAcct>
   <DbtrAgt><FinInstnId><BICFI>{c.v.bic()}</BICFI></FinInstnId></DbtrAgt>
{chr(10).join(txs)}
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>"""


@T("sepa-xml")
def sepa_pain008(c):
    cdtr_id = f"IT{c.r.randint(10, 99)}ZZZ{c.v.digits(11)}"
    txs = []
    for i in range(c.r.randint(1, 2)):
        txs.append(f"""   <DrctDbtTxInf>
    <PmtId><EndToEndId>{c.v.opaque(16).upper()}</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">{c.amt_plain()}</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>MND-{c.v.digits(9)}</MndtId><DtOfSgntr>{c.t:%Y-%m-%d}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <DbtrAgt><FinInstnId><BIC>{c.v.bic()}</BIC></FinInstnId></DbtrAgt>
    <Dbtr><Nm>{names(c)}</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>{xml_iban(c)}</IBAN></Id></DbtrAcct>
   </DrctDbtTxInf>""")
    return intro(c, ["Tracciato SDD (pain.008) che il cliente non riesce a caricare:"], ["SDD file (pain.008) the customer can't upload:"]) + f"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
 <CstmrDrctDbtInitn>
  <GrpHdr><MsgId>SDD{c.v.digits(10)}</MsgId><CreDtTm>{c.iso()}</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
  <PmtInf>
   <PmtInfId>{c.v.opaque(10).upper()}</PmtInfId><PmtMtd>DD</PmtMtd>
   <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>RCUR</SeqTp></PmtTpInf>
   <Cdtr><Nm>{c.company()}</Nm></Cdtr>
   <CdtrAcct><Id><IBAN>{xml_iban(c)}</IBAN></Id></CdtrAcct>
   <CdtrSchmeId><Id><PrvtId><Othr><Id>{cdtr_id}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
{chr(10).join(txs)}
  </PmtInf>
 </CstmrDrctDbtInitn>
</Document>"""


@T("epc-qr")
def epc_qr_payload(c):
    nm = c.company()
    iban = c.iban(style="none")
    ref = c.p(f"Fattura {c.r.randint(1, 999)}/{c.t.year}", f"Invoice {c.v.digits(6)}", f"Ordine {c.v.digits(8)}")
    payload = f"BCD\n00{c.p('1', '2')}\n1\nSCT\n{c.v.bic()}\n{nm}\n{iban}\nEUR{c.amt_plain()}\n\n\n{ref}\n"
    return (c.L("Il cliente dice che l'app della banca non legge il QR della fattura. Contenuto decodificato del QR:\n\n", "Customer says their banking app won't read the invoice QR. Decoded QR content:\n\n") +
            payload + c.L("\n(il campo BIC è opzionale nella versione 002)", "\n(BIC is optional in version 002)"))


@T("bank-statement")
def mt940_statement(c):
    own = c.iban(style="none")
    cp1 = c.iban(style="none")
    d = c.t.strftime("%y%m%d")
    bal = c.r.randint(1000, 90000)
    lines = [":20:STMT" + c.v.digits(8), f":25:{own}", f":28C:{c.r.randint(1, 300):05d}/001", f":60F:C{d}EUR{bal},{c.v.digits(2)}",
             f":61:{d}{d[2:]}D{c.r.randint(10, 900)},{c.v.digits(2)}NTRFNONREF//{c.v.digits(10)}",
             f":86:166?00BONIFICO SEPA?20{c.p('RIMBORSO ORD', 'PAGAMENTO FT', 'STIPENDIO')} {c.v.digits(6)}?30{c.v.bic()}?31{cp1}?32{names(c).upper()[:27]}",
             f":61:{d}{d[2:]}C{c.r.randint(10, 900)},{c.v.digits(2)}NTRFNONREF//{c.v.digits(10)}",
             f":86:{c.p('ACCREDITO POS', 'INCASSO CARTE', 'VERSAMENTO')} {c.company().upper()}",
             f":62F:C{d}EUR{bal + c.r.randint(-900, 900)},{c.v.digits(2)}", "-"]
    return intro(c, ["Estratto MT940 che il software di riconciliazione non importa:"], ["MT940 statement the reconciliation tool won't import:"]) + "\n".join(lines)


@T("bank-statement")
def camt053_statement(c):
    own = xml_iban(c)
    cp = xml_iban(c)
    return intro(c, ["camt.053 (estratto):"], ["camt.053 (extract):"]) + f"""<BkToCstmrStmt>
  <Stmt>
    <Id>{c.v.opaque(14).upper()}</Id>
    <CreDtTm>{c.iso()}</CreDtTm>
    <Acct><Id><IBAN>{own}</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BIC>{c.v.bic()}</BIC></FinInstnId></Svcr></Acct>
    <Ntry>
      <Amt Ccy="EUR">{c.amt_plain()}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
      <BookgDt><Dt>{c.t:%Y-%m-%d}</Dt></BookgDt>
      <AcctSvcrRef>{c.v.digits(16)}A</AcctSvcrRef>
      <NtryDtls><TxDtls>
        <Refs><EndToEndId>{c.v.opaque(20).upper()}</EndToEndId></Refs>
        <RltdPties><Dbtr><Nm>{names(c)}</Nm></Dbtr><DbtrAcct><Id><IBAN>{cp}</IBAN></Id></DbtrAcct></RltdPties>
        <RmtInf><Ustrd>{c.p('FT', 'INV')} {c.v.digits(5)}</Ustrd></RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>
  </Stmt>
</BkToCstmrStmt>"""


@T("invoice-text")
def invoice_bank_details(c):
    comp = c.company()
    iban = c.iban(c.p("IT", "IT", "IT", None))
    n = c.r.randint(1, 999)
    if c.it:
        return (f"{comp} S.r.l.\nVia {c.p('Roma', 'Garibaldi', 'Mazzini', 'Dante')} {c.r.randint(1, 200)}, {c.p('20121 Milano', '10121 Torino', '00185 Roma', '40121 Bologna')}\n"
                f"P.IVA {c.v.piva()}  C.F. {c.v.piva()}\n\nFATTURA N. {n}/{c.t.year} del {c.date()}\n"
                f"Descrizione: {c.p('Canone API piano Business', 'Servizio di integrazione', 'Supporto premium')}  Imponibile {c.amount()}  IVA 22%\n\n"
                f"Modalità di pagamento: bonifico bancario entro 30 gg d.f.\n{c.p('Coordinate bancarie', 'Estremi per il pagamento', 'Appoggio bancario')}: "
                f"{c.p('IBAN', 'Iban', 'IBAN:')} {iban}  BIC {c.v.bic()}\nIntestato a: {comp} S.r.l.\n\n"
                f"(il cliente chiede perché la fattura risulta non pagata — pratica {c.ticket()})")
    return (f"{comp} Ltd\nINVOICE #{c.v.digits(6)}  Date: {c.date()}\nBill to: {c.company()}\n"
            f"Item: {c.p('API subscription (Business)', 'Integration services', 'Premium support')}  Amount: {c.amount()}\n\n"
            f"Payment terms: net 30. Please pay by bank transfer to:\nIBAN: {iban}\nSWIFT/BIC: {c.v.bic()}\nReference: INV-{c.v.digits(6)}\n\n"
            f"(customer asks why this shows as unpaid — case {c.ticket()})")


@T("fatturapa-xml", langs="it")
def fatturapa_iban(c):
    iban = c.iban("IT", style="none")
    abi, cab = iban[5:10], iban[10:15]
    return (f"Il cliente ci manda l'XML della fattura elettronica scartata dallo SDI (errore 00{c.r.randint(300, 480)}). Blocco pagamento:\n\n"
            f"<DatiPagamento>\n  <CondizioniPagamento>TP02</CondizioniPagamento>\n  <DettaglioPagamento>\n    <ModalitaPagamento>MP05</ModalitaPagamento>\n"
            f"    <DataScadenzaPagamento>{c.t:%Y-%m-%d}</DataScadenzaPagamento>\n    <ImportoPagamento>{c.amt_plain()}</ImportoPagamento>\n"
            f"    <IstitutoFinanziario>{c.p('Intesa Sanpaolo', 'UniCredit', 'Banco BPM', 'BPER Banca', 'Banca Sella')}</IstitutoFinanziario>\n"
            f"    <IBAN>{iban}</IBAN>\n    <ABI>{abi}</ABI>\n    <CAB>{cab}</CAB>\n  </DettaglioPagamento>\n</DatiPagamento>")


@T("payouts-report")
def payouts_csv(c):
    hdr = c.p("payout_id,merchant,iban,amount,currency,status,arrival_date", "id;esercente;iban;importo;valuta;stato;data_accredito")
    sep = "," if hdr.startswith("payout_id") else ";"
    rows = []
    for i in range(c.r.randint(2, 5)):
        st = c.p("paid", "failed", "in_transit") if sep == "," else c.p("pagato", "fallito", "in_corso")
        amt = c.amt_plain() if sep == "," else c.amt_plain().replace(".", ",")
        rows.append(sep.join([f"po_{c.v.opaque(24)}", c.company(), c.iban(style=c.p("none", "none", "g4")), amt, "EUR", st, c.t.strftime("%Y-%m-%d")]))
    return intro(c, ["Report payout esportato dalla dashboard, il cliente dice che due righe non tornano:"], ["Payouts report exported from the dashboard, customer says two rows don't add up:"]) + hdr + "\n" + "\n".join(rows)


@T("payouts-report")
def bacs_csv_uk(c):
    rows = []
    for i in range(c.r.randint(2, 4)):
        sc, acct = c.v.uk_account()
        c.S("bank_account", acct)
        rows.append(f"{sc},{acct},{c.person('en').upper()[:18]},{c.amt_plain()},{c.p('99', '17', '01')},PAYROLL {c.t:%b}".upper())
    return (c.L("File BACS del cliente UK (payroll), errore 'invalid account' sulla riga 2:\n\n", "UK customer's BACS file (payroll), 'invalid account' error on row 2:\n\n") +
            "sort_code,account_number,account_name,amount,transaction_code,reference\n" + "\n".join(rows))


@T("chargeback-form")
def chargeback_form(c):
    card = c.card(style=c.p("space", "none", "dash"))
    arn = c.v.digits(23)
    if c.it:
        return (f"MODULO CONTESTAZIONE ADDEBITO (compilato dal titolare, inoltrato da {c.company()})\n"
                f"Titolare: {c.person('it')}\nNumero carta: {card}\nData operazione: {c.date()}  Importo: {c.amount()}\nEsercente: {c.company()}\n"
                f"Motivo: [X] Operazione non autorizzata  [ ] Merce non ricevuta  [ ] Addebito duplicato\nARN: {arn}\nFirma: ______________")
    return (f"CHARGEBACK / DISPUTE FORM (filled in by the cardholder, forwarded by {c.company()})\n"
            f"Cardholder: {c.person('en')}\nCard number: {card}\nTransaction date: {c.date()}  Amount: {c.amount()}\nMerchant: {c.company()}\n"
            f"Reason: [X] Unauthorised  [ ] Not received  [ ] Duplicate\nARN: {arn}\nSignature: ______________")


@T("card-export")
def card_on_file_json(c):
    items = []
    for i in range(c.r.randint(1, 3)):
        pan = c.card(style="none")
        items.append({"customer_id": f"cus_{c.v.opaque(14)}", "pan": pan, "exp_month": c.r.randint(1, 12), "exp_year": 2000 + c.r.randint(25, 31),
                      "cardholder": names(c), "brand": c.p("visa", "mastercard", "amex"), "network_token": None})
    return intro(c, ["Export 'card on file' dal vecchio PSP del cliente, caricato per la migrazione (doveva passare via SFTP cifrato, non via ticket):"],
                 ["Card-on-file export from the customer's previous PSP, uploaded for migration (should have gone via encrypted SFTP, not the ticket):"]) + json.dumps(items, indent=2, ensure_ascii=False)


@T("3ds-log")
def threeds_areq_log(c):
    pan = c.card(style="none")
    areq = {"messageType": "AReq", "messageVersion": "2.2.0", "threeDSServerTransID": c.v.uuid(), "acctNumber": pan,
            "cardExpiryDate": f"{c.r.randint(25, 31)}{c.r.randint(1, 12):02d}", "purchaseAmount": str(c.r.randint(100, 99999)), "purchaseCurrency": "978",
            "merchantName": c.company(), "deviceChannel": "02", "messageCategory": "01", "browserAcceptHeader": "text/html"}
    return (c.L("Log 3DS del cliente (la AReq non dovrebbe finire nei log applicativi in chiaro):\n\n", "Customer's 3DS log (the AReq should never end up in app logs in clear):\n\n") +
            f"{c.stamp()} DEBUG [3ds-server] >>> AReq to DS {c.p('visa', 'mastercard')}\n{json.dumps(areq, indent=1)}\n"
            f"{c.stamp()} DEBUG [3ds-server] <<< ARes transStatus=C acsTransID={c.v.uuid()}")


@T("psd2-payload")
def psd2_consent_and_sca(c):
    iban1 = c.iban(style="none")
    otp = c.pin(c.p(6, 6, 8))
    cid = c.v.opaque(24)
    auth = c.v.uuid()
    return (c.L("Chiamate PSD2 (Berlin Group) catturate dal cliente con Charles, per capire il 'SCA failed':\n\n", "PSD2 (Berlin Group) calls the customer captured with Charles, re 'SCA failed':\n\n") +
            f"POST /v1/consents HTTP/1.1\nX-Request-ID: {c.v.uuid()}\nPSU-IP-Address: 192.168.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}\nTPP-Redirect-Preferred: false\n\n"
            + json.dumps({"access": {"accounts": [{"iban": iban1}], "balances": [{"iban": iban1}]}, "recurringIndicator": True,
                          "validUntil": f"{c.t.year + 1}-{c.t:%m-%d}", "frequencyPerDay": 4, "combinedServiceIndicator": False})
            + f"\n\nHTTP/1.1 201 Created\n{{\"consentStatus\":\"received\",\"consentId\":\"{cid}\"}}\n\n"
            f"PUT /v1/consents/{cid}/authorisations/{auth} HTTP/1.1\nX-Request-ID: {c.v.uuid()}\n\n{{\"scaAuthenticationData\":\"{otp}\"}}\n\n"
            f"HTTP/1.1 400 Bad Request\n{{\"tppMessages\":[{{\"category\":\"ERROR\",\"code\":\"PSU_CREDENTIALS_INVALID\"}}]}}")


@T("psd2-payload")
def psd2_token_response(c):
    at = c.S("access_token", c.p(c.v.jwt(iss="https://xs2a.bank.example/oauth"), c.v.opaque(48)))
    rt = c.rt()
    return (c.L("Risposta del token endpoint dell'ASPSP, dal log del cliente:\n\n", "ASPSP token endpoint response, from the customer log:\n\n") +
            f"HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: no-store\n\n" +
            json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": f"AIS:{c.v.opaque(24)}"}, indent=2))


@T("webhook-dump")
def webhook_dump_with_secret(c):
    ts = c.epoch()
    dom = c.domain()
    evt = {"id": f"evt_{c.v.opaque(24)}", "type": c.p("payment.succeeded", "payout.failed", "invoice.paid", "charge.refunded"),
           "created": ts, "data": {"object": {"id": c.payid(), "amount": c.r.randint(100, 99999), "currency": "eur"}}}
    body = json.dumps(evt, separators=(",", ":"))
    sig_hdr = c.p(f"Sportello-Signature: t={ts},v1={c.v.sha256()}", f"Stripe-Signature: t={ts},v1={c.v.sha256()}", f"X-Webhook-Signature: sha256={c.v.sha256()}")
    if "Stripe" in sig_hdr:
        sec = c.vkey("whsec")
    else:
        sec = c.S("client_secret", c.p("whsec_" + c.v.opaque(32), c.v.hexs(64), c.v.b64(32)))
    if c.it:
        tail = c.p(f"Il cliente dice che il suo segreto di firma è {sec} e che la verifica non passa mai.",
                   f"Nel loro codice: `WEBHOOK_SECRET = \"{sec}\"` (hardcoded).",
                   f"Segreto endpoint copiato dalla dashboard:\n{sec}")
        head = "Dump della richiesta webhook ricevuta dal cliente:"
    else:
        tail = c.p(f"Customer says their signing secret is {sec} and verification never passes.",
                   f"In their code: `WEBHOOK_SECRET = \"{sec}\"` (hardcoded).",
                   f"Endpoint secret copied from the dashboard:\n{sec}")
        head = "Dump of the webhook request the customer received:"
    return f"{head}\n\nPOST /hooks/payments HTTP/1.1\nHost: shop.{dom}\nContent-Type: application/json\n{sig_hdr}\nUser-Agent: Sportello-Webhooks/2.0\n\n{body}\n\n{tail}"


@T("webhook-dump")
def event_metadata_card_leak(c):
    pan = c.card(style=c.p("none", "space"))
    cv = c.cvv() if c.chance(0.4) else None
    meta = {"order_id": c.v.digits(8), "note": f"card {pan}" + (f" cvv {cv}" if cv else "")}
    evt = {"id": f"evt_{c.v.opaque(24)}", "object": "event", "type": "payment_intent.succeeded", "data": {"object": {
        "id": "pi_3" + c.v.opaque(23), "amount": c.r.randint(100, 9999), "payment_method": "pm_1" + c.v.opaque(23),
        "payment_method_details": {"card": {"brand": "visa", "last4": c.v.last4(), "fingerprint": c.v.opaque(16)}}, "metadata": meta}}}
    return (c.L("Il merchant salva le note dell'operatore nei metadata: nell'evento sotto c'è il numero carta completo.\n\n", "Merchant stores operator notes in metadata: the event below contains the full card number.\n\n") +
            json.dumps(evt, indent=2, ensure_ascii=False))


@T("bank-details", langs="en")
def rib_fr_document(c):
    b, g, cpt, k = c.v.fr_rib()
    from vals import iban_make
    raw = iban_make("FR", f"{b}{g}{cpt}{k}")
    iban = c.S("iban", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))
    rib = c.S("bank_account", f"{b} {g} {cpt} {k}")
    return (f"French merchant sent their RIB as text (payout setup):\n\nRELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : {c.company().upper()} SAS\n"
            f"Code banque | Code guichet | N° de compte | Clé RIB\n{rib}\nIBAN : {iban}\nBIC : {c.p('BNPAFRPPXXX', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP')}")


@T("bank-details")
def de_ueberweisung(c):
    blz, kto = c.v.de_account()
    c.S("bank_account", kto)
    return (c.L("Dati bancari del cliente tedesco (vecchio formato, niente IBAN):\n\n", "German customer's bank details (old format, no IBAN):\n\n") +
            f"Empfänger: {c.company()} GmbH\nKontonummer: {kto}\nBLZ: {blz}\nBank: {c.p('Sparkasse KölnBonn', 'Commerzbank', 'Deutsche Bank', 'Volksbank')}\n"
            f"Verwendungszweck: Rechnung {c.v.digits(6)}")


@T("bank-details")
def es_ccc_text(c):
    e, o, dc, cta = c.v.es_ccc()
    ccc = c.S("bank_account", c.p(f"{e} {o} {dc} {cta}", f"{e}-{o}-{dc}-{cta}", f"{e}{o}{dc}{cta}"))
    return c.L(f"Il cliente spagnolo ha indicato il conto come CCC (Código Cuenta Cliente): {ccc}. Titolare {c.person('en')}. Chiede rimborso di {c.amount()}.",
               f"Spanish customer gave the account as a CCC (Código Cuenta Cliente): {ccc}. Holder {c.person('en')}. Asks for a refund of {c.amount()}.")


@T("refund-form", langs="it")
def refund_form_it(c):
    cust = c.person("it")
    iban = c.iban("IT")
    return (f"RICHIESTA DI RIMBORSO — modulo web (inoltrato da {c.company()})\n\nNome e cognome: {cust}\nCodice fiscale: {c.v.codice_fiscale()}\n"
            f"Email: {c.email(cust)}\nTelefono: {c.v.phone()}\nN. ordine: {c.v.digits(9)}\nImporto: {c.amount()}\n"
            f"IBAN per l'accredito: {iban}\nIntestatario conto: {c.p(cust, 'lo stesso', 'mia moglie ' + c.person('it'))}\nNote: {c.p('urgente', 'prodotto mai arrivato', '')}")


@T("sdd-mandate")
def sdd_mandate(c):
    cust = c.person()
    iban = c.iban()
    if c.it:
        return (f"MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento mandato: MND-{c.v.digits(9)}\nCreditore: {c.company()}  ID creditore IT{c.r.randint(10, 99)}ZZZ{c.v.digits(11)}\n"
                f"Debitore: {cust}\nConto di addebito (IBAN): {iban}\nTipo pagamento: ricorrente\nLuogo e data: {c.p('Milano', 'Napoli', 'Verona')}, {c.date()}\n\n"
                f"(scansione allegata dal cliente che chiede perché il primo addebito è stato respinto con MD01)")
    return (f"SEPA CORE DIRECT DEBIT MANDATE\nMandate reference: MND-{c.v.digits(9)}\nCreditor: {c.company()}  Creditor ID IT{c.r.randint(10, 99)}ZZZ{c.v.digits(11)}\n"
            f"Debtor: {cust}\nDebtor account (IBAN): {iban}\nPayment type: recurrent\nPlace and date: {c.p('Dublin', 'London', 'Milan')}, {c.date()}\n\n"
            f"(scan attached by the customer asking why the first collection was returned MD01)")


@T("iso8583-trace")
def iso8583_trace(c):
    d = c.v.card_digits()
    exp = f"{c.r.randint(25, 31)}{c.r.randint(1, 12):02d}"
    c.S("card_number", d)
    return (c.L("Trace ISO 8583 dal terminale (il vecchio firmware non maschera il campo 2 né la traccia 2):\n\n", "ISO 8583 trace from the terminal (old firmware masks neither field 2 nor track 2):\n\n") +
            f"MTI 0100\n  [002] PAN .................. {d}\n  [003] Processing code ...... 000000\n  [004] Amount ............... {c.r.randint(100, 99999):012d}\n"
            f"  [011] STAN ................. {c.v.digits(6)}\n  [014] Expiry ............... {exp}\n  [022] POS entry mode ....... 051\n"
            f"  [035] Track 2 .............. {d}={exp}{c.p('101', '201')}{c.v.digits(12)}\n  [037] RRN .................. {c.v.digits(12)}\n  [041] Terminal ID .......... {c.v.digits(8)}\n"
            f"  [049] Currency ............. 978")


@T("swift-message")
def mt103_message(c):
    iban_b = c.iban(style="none")
    iban_o = c.iban(style="none")
    return (c.L("Messaggio MT103 che la banca corrispondente ha respinto:\n\n", "MT103 message rejected by the correspondent bank:\n\n") +
            f"{{1:F01{c.v.bic()[:8]}AXXX{c.v.digits(10)}}}{{2:I103{c.v.bic()[:8]}XXXXN}}{{4:\n:20:{c.v.opaque(12).upper()}\n:23B:CRED\n:32A:{c.t:%y%m%d}EUR{c.amt_plain().replace('.', ',')}\n"
            f":50K:/{iban_o}\n{c.company().upper()}\n:59:/{iban_b}\n{names(c).upper()}\n:70:INV {c.v.digits(6)}\n:71A:SHA\n-}}")


@T("payouts-report")
def payout_failed_webhook_uk(c):
    sc, acct = c.v.uk_account()
    c.S("bank_account", acct)
    return (c.L("Webhook payout.failed girato dal cliente (la loro integrazione include i dati del conto nei metadata):\n\n", "payout.failed webhook forwarded by the customer (their integration puts account details in metadata):\n\n") +
            json.dumps({"type": "payout.failed", "data": {"id": f"po_{c.v.opaque(24)}", "amount": c.r.randint(1000, 900000), "currency": "gbp",
                                                          "failure_code": "account_closed", "metadata": {"sort_code": sc, "account_number": acct, "payee": c.person("en")}}}, indent=2))


@T("sql-dump")
def sql_select_output_cards(c):
    rows = []
    for i in range(c.r.randint(2, 4)):
        pan = c.card(style="none")
        rows.append(f"| {c.r.randint(1000, 9999):>6} | {pan:<19} | {c.v.expiry():<7} | {c.p('ACTIVE', 'EXPIRED', 'BLOCKED'):<8} |")
    sep = "+--------+---------------------+---------+----------+"
    return (c.L("Output della query che il DBA del cliente ha incollato nel ticket:\n\n", "Query output the customer's DBA pasted into the ticket:\n\n") +
            "mysql> SELECT id, card_no, exp, status FROM cards WHERE merchant_id = " + str(c.r.randint(10, 999)) + ";\n" + sep + "\n| id     | card_no             | exp     | status   |\n" + sep + "\n" + "\n".join(rows) + "\n" + sep +
            f"\n{len(rows)} rows in set (0.01 sec)")


# =========================================================================== NEGATIVES

@T("sql-dump", pos=False)
def sql_tokens_neg(c):
    rows = []
    for i in range(c.r.randint(2, 4)):
        rows.append(f"({c.r.randint(1000, 99999)},'cus_{c.v.opaque(14)}','pm_1{c.v.opaque(23)}','{c.v.card_digits()[:6]}','{c.v.last4()}',{c.r.randint(1, 12)},{2000 + c.r.randint(25, 31)},'{c.v.opaque(16)}')")
    return intro(c) + ("INSERT INTO `payment_methods` (`id`,`customer`,`token`,`bin`,`last4`,`exp_month`,`exp_year`,`fingerprint`) VALUES\n" + ",\n".join(rows) + ";")


@T("sql-dump", pos=False)
def sql_hashed_pw_neg(c):
    rows = []
    for i in range(c.r.randint(2, 4)):
        h = c.p("$2b$12$" + c.v.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53),
                "$argon2id$v=19$m=65536,t=3,p=4$" + c.v.b64(16, pad=False) + "$" + c.v.b64(32, pad=False),
                "pbkdf2_sha256$600000$" + c.v.opaque(22) + "$" + c.v.b64(32))
        rows.append(f"INSERT INTO public.users (id, email, password_hash, mfa_enabled) VALUES ({c.r.randint(1, 9999)}, '{c.email()}', '{h}', {c.p('true', 'false')});")
    return intro(c) + "\n".join(rows)


@T("sepa-xml", pos=False)
def pain002_status_neg(c):
    return intro(c, ["Esito del file dalla banca (pain.002):"], ["Bank status report for the file (pain.002):"]) + f"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
 <CstmrPmtStsRpt>
  <GrpHdr><MsgId>STS{c.v.digits(12)}</MsgId><CreDtTm>{c.iso()}</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>MSG-{c.t:%Y%m%d}-{c.v.digits(6)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts>
   <OrgnlPmtInfId>PMT-{c.v.digits(8)}</OrgnlPmtInfId>
   <TxInfAndSts>
    <OrgnlEndToEndId>E2E-{c.v.opaque(12).upper()}</OrgnlEndToEndId>
    <TxSts>RJCT</TxSts>
    <StsRsnInf><Rsn><Cd>{c.p('AC01', 'AC04', 'AM04', 'MS03')}</Cd></Rsn></StsRsnInf>
   </TxInfAndSts>
  </OrgnlPmtInfAndSts>
 </CstmrPmtStsRpt>
</Document>"""


@T("sepa-xml", pos=False)
def pain001_bad_iban_neg(c):
    bad = c.v.iban_bad(style="none")
    return (c.L(f"La banca rifiuta il file: 'IBAN non valido' sulla transazione 3. Riga incriminata:\n\n", "Bank rejects the file: 'invalid IBAN' on transaction 3. Offending line:\n\n") +
            f"      <CdtrAcct><Id><IBAN>{bad}</IBAN></Id></CdtrAcct>\n\n" +
            c.L("Il check digit è sbagliato (mod 97 ≠ 1), il cliente deve correggere l'anagrafica.", "The check digits are wrong (mod 97 ≠ 1), the customer must fix their master data."))


@T("epc-qr", pos=False)
def epc_qr_template_neg(c):
    return (c.L("Template del QR che genera il loro software (i campi vengono riempiti a runtime):\n\n", "QR template their software generates (fields filled at runtime):\n\n") +
            "BCD\n002\n1\nSCT\n{{bic}}\n{{beneficiary_name}}\n{{iban}}\nEUR{{amount}}\n\n\n{{remittance}}\n\n" +
            c.L(f"Con i dati reali il QR viene generato correttamente, il problema è la dimensione (versione 13, troppo densa). Rif. {c.ticket()}", f"With real data the QR is generated fine, the issue is the size (version 13, too dense). Ref {c.ticket()}"))


@T("bank-statement", pos=False)
def mt940_masked_neg(c):
    d = c.t.strftime("%y%m%d")
    lines = [":20:STMT" + c.v.digits(8), f":25:{c.v.bic()}/{c.v.iban_masked()}", f":28C:{c.r.randint(1, 300):05d}/001", f":60F:C{d}EUR{c.r.randint(1000, 90000)},{c.v.digits(2)}",
             f":61:{d}{d[2:]}D{c.r.randint(10, 900)},{c.v.digits(2)}NTRFNONREF//{c.v.digits(10)}", f":86:BONIFICO SEPA RIF. {c.v.opaque(16).upper()}",
             f":62F:C{d}EUR{c.r.randint(1000, 90000)},{c.v.digits(2)}", "-"]
    return intro(c, ["MT940 (già oscurato dal cliente):"], ["MT940 (already masked by the customer):"]) + "\n".join(lines)


@T("bank-statement", pos=False)
def camt054_neg(c):
    return intro(c) + f"""<Ntfctn>
  <Id>{c.v.opaque(16).upper()}</Id>
  <Ntry>
    <NtryRef>{c.v.digits(10)}</NtryRef>
    <Amt Ccy="EUR">{c.amt_plain()}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <BookgDt><Dt>{c.t:%Y-%m-%d}</Dt></BookgDt>
    <AcctSvcrRef>{c.v.opaque(18).upper()}</AcctSvcrRef>
    <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId><UETR>{c.v.uuid()}</UETR></Refs>
      <RltdAgts><DbtrAgt><FinInstnId><BICFI>{c.v.bic()}</BICFI></FinInstnId></DbtrAgt></RltdAgts></TxDtls></NtryDtls>
  </Ntry>
</Ntfctn>"""


@T("invoice-text", pos=False)
def invoice_neg(c):
    comp = c.company()
    if c.it:
        return (f"{comp} S.r.l. — P.IVA {c.v.piva()} — Cod. SDI {c.v.s('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 7)}\nFATTURA N. {c.r.randint(1, 999)}/{c.t.year} del {c.date()}\n"
                f"Cliente: {c.person('it')} — C.F. {c.v.codice_fiscale()}\nImponibile {c.amount()} — IVA 22% — Totale {c.amount()}\n"
                f"Pagamento: addebito su carta già registrata ({c.v.masked_card()}). Nessun bonifico richiesto.\nBIC banca d'appoggio: {c.v.bic()}")
    return (f"{comp} Ltd — VAT GB{c.v.digits(9)}\nINVOICE #{c.v.digits(6)}  Date: {c.date()}\nPO number: PO-{c.v.digits(7)}\n"
            f"Subtotal {c.amount()}  VAT 20%  Total {c.amount()}\nPaid by card on file {c.v.masked_card()}. No transfer needed.\nBank BIC (for reference): {c.v.bic()}")


@T("payouts-report", pos=False)
def payouts_neg(c):
    rows = []
    for i in range(c.r.randint(3, 6)):
        rows.append(",".join([f"po_{c.v.opaque(24)}", c.company(), f"****{c.v.digits(4)}", c.amt_plain(), "EUR", c.p("paid", "failed", "in_transit"), c.t.strftime("%Y-%m-%d"), c.v.uuid()]))
    return intro(c) + "payout_id,merchant,bank_last4,amount,currency,status,arrival_date,trace_id\n" + "\n".join(rows)


@T("chargeback-form", pos=False)
def chargeback_neg(c):
    if c.it:
        return (f"Notifica chargeback dal circuito\nCaso: CB-{c.v.digits(8)}  Reason code: {c.p('10.4', '13.1', '4837', '4853')}\nCarta: {c.v.masked_card()}\n"
                f"ARN: {c.v.digits(23)}\nImporto: {c.amount()}  Data transazione: {c.date()}\nScadenza per la risposta: {c.r.randint(7, 30)} giorni\nDocumenti richiesti: prova di consegna, log 3DS (ECI 05, dsTransID {c.v.uuid()})")
    return (f"Chargeback notification from the scheme\nCase: CB-{c.v.digits(8)}  Reason code: {c.p('10.4', '13.1', '4837', '4853')}\nCard: {c.v.masked_card()}\n"
            f"ARN: {c.v.digits(23)}\nAmount: {c.amount()}  Transaction date: {c.date()}\nRespond within {c.r.randint(7, 30)} days\nRequired: proof of delivery, 3DS log (ECI 05, dsTransID {c.v.uuid()})")


@T("card-export", pos=False)
def card_export_neg(c):
    items = [{"customer_id": f"cus_{c.v.opaque(14)}", "token": f"tok_{c.v.opaque(24)}", "bin": c.v.card_digits()[:6], "last4": c.v.last4(),
              "exp": c.v.expiry(), "brand": c.p("visa", "mastercard"), "network_token_ref": c.v.uuid()} for _ in range(c.r.randint(1, 3))]
    return intro(c, ["Export card-on-file tokenizzato (ok, nessun PAN):"], ["Tokenised card-on-file export (fine, no PANs):"]) + json.dumps(items, indent=2)


@T("3ds-log", pos=False)
def threeds_neg(c):
    ares = {"messageType": "ARes", "messageVersion": "2.2.0", "threeDSServerTransID": c.v.uuid(), "dsTransID": c.v.uuid(), "acsTransID": c.v.uuid(),
            "transStatus": c.p("Y", "C", "N", "R"), "eci": c.p("05", "02", "07"), "acsReferenceNumber": f"3DS_LOA_ACS_{c.v.opaque(8).upper()}_{c.v.digits(6)}",
            "maskedPan": c.v.masked_card()}
    return c.L("Log 3DS (campi sensibili già esclusi):\n\n", "3DS log (sensitive fields already excluded):\n\n") + json.dumps(ares, indent=1, ensure_ascii=False)


@T("psd2-payload", pos=False)
def psd2_neg(c):
    cid = c.v.opaque(24)
    return (c.L("Risposta dell'ASPSP alla lettura dei conti:\n\n", "ASPSP response to the accounts read:\n\n") +
            json.dumps({"accounts": [{"resourceId": c.v.uuid(), "maskedPan": f"{c.v.digits(6)}xxxxxx{c.v.digits(4)}", "currency": "EUR", "product": "Carta di credito",
                                      "_links": {"balances": {"href": f"/v1/card-accounts/{c.v.uuid()}/balances"}}}],
                        "consentId": cid, "consentStatus": "valid"}, indent=2) +
            f"\n\nX-Request-ID: {c.v.uuid()}\nConsent-ID: {cid}")


@T("webhook-dump", pos=False)
def webhook_dump_neg(c):
    ts = c.epoch()
    evt = {"id": f"evt_{c.v.opaque(24)}", "type": c.p("payment.succeeded", "payout.paid", "invoice.finalized"), "created": ts,
           "data": {"object": {"id": c.payid(), "amount": c.r.randint(100, 99999), "currency": "eur", "customer": f"cus_{c.v.opaque(14)}"}}}
    hdr = c.p(f"Sportello-Signature: t={ts},v1={c.v.sha256()}", f"Stripe-Signature: t={ts},v1={c.v.sha256()},v0={c.v.sha256()}",
              f"X-Hub-Signature-256: sha256={c.v.sha256()}")
    return (c.L("Il cliente dice che la verifica fallisce. Richiesta ricevuta (il segreto lo legge da WEBHOOK_SECRET, non l'ha condiviso):\n\n",
                "Customer says verification fails. Request received (secret is read from WEBHOOK_SECRET, not shared):\n\n") +
            f"POST /hooks HTTP/1.1\nContent-Type: application/json\n{hdr}\nIdempotency-Key: {c.v.uuid()}\n\n{json.dumps(evt)}")


@T("fatturapa-xml", langs="it", pos=False)
def fatturapa_neg(c):
    return (f"Blocco anagrafico della fattura scartata:\n\n<CedentePrestatore>\n  <DatiAnagrafici>\n    <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{c.v.piva()}</IdCodice></IdFiscaleIVA>\n"
            f"    <CodiceFiscale>{c.v.codice_fiscale()}</CodiceFiscale>\n    <Anagrafica><Denominazione>{c.company()} S.r.l.</Denominazione></Anagrafica>\n    <RegimeFiscale>RF01</RegimeFiscale>\n"
            f"  </DatiAnagrafici>\n</CedentePrestatore>\n<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP08</ModalitaPagamento>"
            f"<ImportoPagamento>{c.amt_plain()}</ImportoPagamento></DettaglioPagamento></DatiPagamento>")


@T("iso8583-trace", pos=False)
def iso8583_neg(c):
    d = c.v.card_digits()
    return (c.L("Trace ISO 8583 (firmware aggiornato, PAN mascherato):\n\n", "ISO 8583 trace (updated firmware, PAN masked):\n\n") +
            f"MTI 0110\n  [002] PAN .................. {d[:6]}{'*' * (len(d) - 10)}{d[-4:]}\n  [004] Amount ............... {c.r.randint(100, 99999):012d}\n"
            f"  [011] STAN ................. {c.v.digits(6)}\n  [037] RRN .................. {c.v.digits(12)}\n  [038] Auth code ............ {c.v.opaque(6).upper()}\n  [039] Response code ........ {c.p('00', '05', '51', '55')}")


@T("card-export", pos=False)
def luhn_fail_test_data_neg(c):
    rows = [f"{c.v.card_bad(style='none')},{c.v.expiry()},{c.p('expected_decline', 'invalid_number')}" for _ in range(c.r.randint(2, 4))]
    return (c.L("Dati di test del cliente (numeri volutamente non validi per testare la validazione):\n\n", "Customer test data (deliberately invalid numbers to test validation):\n\n") +
            "number,exp,expected\n" + "\n".join(rows))


@T("sdd-mandate", pos=False)
def sdd_mandate_neg(c):
    return c.L(
        f"Il mandato MND-{c.v.digits(9)} è stato revocato dal debitore il {c.date()} (R-transaction MD06). ID creditore IT{c.r.randint(10, 99)}ZZZ{c.v.digits(11)}. Importo {c.amount()}. Nessuna azione sui dati di conto.",
        f"Mandate MND-{c.v.digits(9)} was revoked by the debtor on {c.date()} (R-transaction MD06). Creditor ID IT{c.r.randint(10, 99)}ZZZ{c.v.digits(11)}. Amount {c.amount()}. No account data involved.")


@T("swift-message", pos=False)
def mt199_neg(c):
    return (c.L("Messaggio di tracking gpi:\n\n", "gpi tracking message:\n\n") +
            f"{{4:\n:20:{c.v.opaque(12).upper()}\n:21:{c.v.opaque(12).upper()}\n:79://{c.t:%y%m%d}{c.hm().replace(':', '')}+0100\n//ACSC\n//EUR{c.amt_plain().replace('.', ',')}\n//UETR {c.v.uuid()}\n-}}")
