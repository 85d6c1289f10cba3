"""Styles: webhook_mq, iso20022_xml, sdk_debug."""
import json, base64, urllib.parse
import values as V
import fields as F
from common import *
from styles_a import sec_entries, decoy_entries, short_looks

EVENT_FOR = {"card_number": ["payment_method.attached", "card.created", "checkout.session.completed", "card.tokenization_failed"],
             "cvv": ["payment_method.attached", "card.verification_failed"], "pin": ["card.pin_changed", "terminal.unlocked", "card.activated"],
             "iban": ["payout.created", "mandate.created", "sepa.credit_transfer.received", "beneficiary.added"],
             "bank_account": ["payout.created", "beneficiary.added", "bank_account.verified"],
             "access_token": ["consent.authorised", "oauth.token_issued", "session.created"], "refresh_token": ["consent.authorised", "oauth.token_refreshed"],
             "client_secret": ["app.credentials_rotated", "client.created"], "vendor_key": ["integration.connected", "webhook_endpoint.created"],
             "password": ["user.created", "sftp.account_provisioned"], "private_key": ["certificate.issued", "signing_key.rotated"]}
OBJ_FOR = {"card_number": "card", "cvv": "card", "pin": "card", "iban": "destination", "bank_account": "destination", "access_token": "credentials",
           "refresh_token": "credentials", "client_secret": "client", "vendor_key": "integration", "password": "user", "private_key": "certificate"}
NEG_EVENTS = ["payment.succeeded", "payment.failed", "refund.created", "charge.dispute.created", "payout.paid", "mandate.revoked", "invoice.finalized", "consent.expired", "payment_intent.requires_action"]

def event_payload(c, lang, secs):
    r = c.r
    cv = c.ch(["snake", "snake", "camel"])
    main = secs[0].kind if secs else None
    ev = c.ch(EVENT_FOR[main]) if main else c.ch(NEG_EVENTS)
    obj = {}
    ents = []
    for s in secs:
        grp = OBJ_FOR[s.kind]
        g = obj.setdefault(grp, {})
        nm = F.conv(s.name, cv)
        g[nm] = s.raw
        ents.append(s)
        for n, x in s.extra:
            g[F.conv(n, cv)] = x
        if s.kind == "card_number":
            g[F.conv("exp_month", cv)] = int(s.meta["expiry"][:2])
            g[F.conv("exp_year", cv)] = 2000 + int(s.meta["expiry"][3:])
            g["brand"] = s.meta["brand"]
        if s.kind == "private_key":
            g[F.conv("certificate_pem", cv)] = V.public_pem(r)
    if not secs:
        for _ in range(r.randint(1, 2)):
            k = c.ch(["card_number", "iban", "client_secret", "access_token", "cvv", "password"])
            nm, v = F.decoy(r, k)
            obj.setdefault(OBJ_FOR.get(k, "details"), {})[F.conv(nm, cv)] = v
    for n, v, _ in short_looks(c, r.randint(2, 4), lang):
        obj[F.conv(n, cv)] = v
    data = {"id": V.evt_id(r) if r.random() < .6 else V.uuid4(r), "type": ev, "created": int(V.epoch(r)), "livemode": r.random() < .4,
            "data": {"object": obj}}
    if r.random() < .4:
        data["api_version"] = c.ch(["2024-06-20", "v2", "2023-10-16"])
    return data

def st_webhook_mq(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    hdr_tok = None
    body_secs = []
    for s in secs:
        if s.kind in ("access_token", "vendor_key") and hdr_tok is None and r.random() < .45:
            hdr_tok = s
        else:
            body_secs.append(s)
    payload = event_payload(c, lang, body_secs)
    labels = []
    mode = c.ch(["httplog", "httplog", "kafka", "rabbit", "sqs", "soap", "xmlevent"])
    if any(s.kind == "private_key" for s in secs) and mode == "sqs":
        mode = "httplog"
    ts = V.iso_ts(r)
    sig = "t=%s,v1=%s" % (V.epoch(r), V.sha256(r))
    if mode in ("httplog", "kafka", "rabbit", "sqs"):
        pretty = r.random() < .5
        js = json.dumps(payload, indent=2 if pretty else None, ensure_ascii=False)
        for s in body_secs:
            labels.append((s.kind, F.appeared_json(s.raw)))
        if mode == "httplog":
            hdrs = ["Content-Type: application/json", "User-Agent: %s-Webhooks/%s" % (c.ch(["Paganta", "Finvero", "Lirapay", "Clearmint"]), V.version(r).split("+")[0]),
                    "%s: %s" % (c.ch(["X-Signature", "Webhook-Signature", "X-Psp-Signature"]), sig), "X-Request-Id: %s" % V.uuid4(r), "traceparent: %s" % V.traceparent(r)]
            if hdr_tok:
                hdrs.append("Authorization: Bearer %s" % hdr_tok.raw)
                labels.append((hdr_tok.kind, hdr_tok.raw))
            r.shuffle(hdrs)
            lvl = c.ch(["INFO", "DEBUG", "WARN"])
            body = "%s %s [webhook-receiver] POST %s\n%s\n\n%s\n%s %s [webhook-receiver] %s" % (
                ts, lvl, c.ch(["/psp/webhook", "/api/webhooks/payments", "/hooks/ob"]), "\n".join(hdrs), js, V.iso_ts(r), c.ch(["ERROR", "WARN"]),
                c.ch(["signature verification failed: no signatures found matching the expected signature", "handler threw: NullPointerException", "responded 500 in %dms" % r.randint(30, 9000), "duplicate event, skipping"]))
        elif mode == "kafka":
            h = "ce_type=%s,ce_id=%s,traceparent=%s" % (payload["type"], V.uuid4(r), V.traceparent(r))
            if hdr_tok:
                h += ",authorization=Bearer %s" % hdr_tok.raw
                labels.append((hdr_tok.kind, hdr_tok.raw))
            body = "$ kcat -C -b %s -t %s -o -%d -e -J\n" % (c.ch(["kafka:9092", "b-1.msk.internal:9094"]), c.ch(["payments.events.v1", "ob.consents", "payouts"]), r.randint(1, 5))
            if r.random() < .5:
                body = "$ kcat -C -b kafka:9092 -t %s -f 'Key: %%k | Partition: %%p | Offset: %%o | Headers: %%h\\n%%s\\n'\n" % c.ch(["payments.events.v1", "ob.consents", "payouts"])
                body += "Key: %s | Partition: %d | Offset: %d | Headers: %s\n%s\n%% Reached end of topic at offset %d" % (V.pay_id(r), r.randint(0, 11), r.randint(1000, 9999999), h, js, r.randint(1000, 9999999))
            else:
                body += json.dumps({"topic": "payments.events.v1", "partition": r.randint(0, 11), "offset": r.randint(1000, 9999999), "tstype": "create", "ts": int(V.epoch(r, True)), "broker": r.randint(1, 3), "headers": h.split(","), "key": V.pay_id(r), "payload": "__P__"}).replace('"__P__"', js.replace("\n", " ") if not pretty else js)
        elif mode == "rabbit":
            props = "priority: 0\ndelivery_mode: 2\nheaders: x-death: ...; event_type: %s\ncontent_type: application/json\nmessage_id: %s" % (payload["type"], V.uuid4(r))
            if hdr_tok:
                props += "\nheaders.authorization: Bearer %s" % hdr_tok.raw
                labels.append((hdr_tok.kind, hdr_tok.raw))
            body = "Message 1\nThe server reported %d messages remaining.\n\nExchange\t%s\nRouting Key\t%s\nRedelivered\t%s\nProperties\t%s\nPayload\n%d bytes\nEncoding: string\n\n%s" % (
                r.randint(0, 4000), c.ch(["payments.topic", "psp.events", "amq.direct"]), payload["type"], c.ch(["○", "●"]), props, len(js), js)
        else:
            body_str = json.dumps(payload, ensure_ascii=False)
            msg = {"Messages": [{"MessageId": V.uuid4(r), "ReceiptHandle": "AQEB" + V.rs(r, V.ALNUM + "+/", 120) + "==", "MD5OfBody": V.md5(r), "Body": body_str, "Attributes": {"SentTimestamp": V.epoch(r, True), "ApproximateReceiveCount": str(r.randint(1, 9))}}]}
            if hdr_tok:
                msg["Messages"][0]["MessageAttributes"] = {"Authorization": {"StringValue": "Bearer " + hdr_tok.raw, "DataType": "String"}}
                labels.append((hdr_tok.kind, hdr_tok.raw))
            body = "$ aws sqs receive-message --queue-url https://sqs.eu-south-1.amazonaws.com/%s/%s --attribute-names All\n%s" % (V.rs(r, "0123456789", 12), c.ch(["payments-dlq", "webhooks-in", "payout-events"]), json.dumps(msg, indent=4, ensure_ascii=False))
    elif mode == "soap":
        wsse_pw = None
        inner = []
        for s in secs:
            if s.kind == "password" and wsse_pw is None:
                wsse_pw = s
                continue
            tag = F.conv(s.name, "pascal")
            inner.append("         <psp:%s>%s</psp:%s>" % (tag, s.raw, tag))
            for n, x in s.extra:
                inner.append("         <psp:%s>%s</psp:%s>" % (F.conv(n, "pascal"), x, F.conv(n, "pascal")))
        for s in secs:
            labels.append((s.kind, s.raw))
        if not secs:
            for k in r.sample(["card_number", "cvv", "iban"], 2):
                nm, v = F.decoy(r, k)
                inner.append("         <psp:%s>%s</psp:%s>" % (F.conv(nm, "pascal"), v, F.conv(nm, "pascal")))
        for n, v, _ in short_looks(c, r.randint(2, 3), lang):
            inner.append("         <psp:%s>%s</psp:%s>" % (F.conv(n, "pascal"), v, F.conv(n, "pascal")))
        op = c.ch(["AuthorizeRequest", "RegisterCard", "CreatePayout", "SetupMandate"])
        pw = wsse_pw.raw if wsse_pw else c.ch(["********", "{{WS_PASSWORD}}", "REDACTED"])
        body = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:psp="http://ws.%s/payment/v%d">
   <soapenv:Header>
      <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
         <wsse:UsernameToken wsu:Id="UsernameToken-%s">
            <wsse:Username>%s</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</wsse:Password>
            <wsse:Nonce>%s</wsse:Nonce>
            <wsu:Created>%s</wsu:Created>
         </wsse:UsernameToken>
      </wsse:Security>
   </soapenv:Header>
   <soapenv:Body>
      <psp:%s>
%s
      </psp:%s>
   </soapenv:Body>
</soapenv:Envelope>""" % (c.ch(V.DOMAINS), r.randint(1, 3), V.rs(r, V.HEX, 32).upper(), c.ch(USERS), pw, base64.b64encode(V.rbytes(r, 16)).decode(), V.iso_ts(r), op, "\n".join(inner), op)
        body = c.ch(["%s DEBUG org.apache.cxf.services.PaymentService.REQ_OUT - Outbound Message\n---------------------------\nID: %d\nAddress: https://%s/ws/payment\nEncoding: UTF-8\nPayload: " % (V.iso_ts(r), r.randint(1, 400), c.ch(HOSTS)), "Richiesta SOAP inviata:\n" if lang == "it" else "SOAP request sent:\n", ""]) + body
    else:
        inner = []
        for s in secs:
            tag = F.conv(s.name, c.ch(["pascal", "camel", "snake"]))
            inner.append("    <%s>%s</%s>" % (tag, s.raw, tag))
            labels.append((s.kind, s.raw))
            for n, x in s.extra:
                inner.append("    <%s>%s</%s>" % (n, x, n))
        if not secs:
            for k in r.sample(["card_number", "client_secret", "iban", "pin"], 2):
                nm, v = F.decoy(r, k)
                inner.append("    <%s>%s</%s>" % (nm, v, nm))
        for n, v, _ in short_looks(c, r.randint(2, 4), lang):
            inner.append("    <%s>%s</%s>" % (n, v, n))
        r.shuffle(inner)
        body = '<?xml version="1.0" encoding="UTF-8"?>\n<notification id="%s" type="%s" created="%s">\n  <payload>\n%s\n  </payload>\n  <signature alg="HMAC-SHA256">%s</signature>\n</notification>' % (
            V.uuid4(r), payload["type"], V.iso_ts(r), "\n".join(inner).replace("\n    ", "\n    "), V.sha256(r))
    what = {"it": ["il payload del webhook come lo riceviamo", "il messaggio preso dalla coda", "il log del consumer", "l'evento che ci arriva", "la richiesta SOAP"], "en": ["the webhook payload as we receive it", "the message pulled from the queue", "the consumer log", "the event we get", "the raw notification"]}[lang]
    mids = {"it": ["La firma non torna mai, eppure il secret è quello della dashboard.", "Il messaggio finisce in DLQ dopo 5 tentativi.", "Ci arriva due volte lo stesso evento, è normale?", "Manca il campo status rispetto alla documentazione."],
            "en": ["The signature never matches even though the secret is the one from the dashboard.", "The message ends up in the DLQ after 5 retries.", "We receive the same event twice, is that expected?", "The status field from the docs is missing."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .6 else None), labels

# ---------------------------------------------------------------- ISO 20022 / CBI
IT_NAMES = ["Ferramenta Bianchi srl", "Studio Greco & Associati", "Logistica Adriatica spa", "Cantina dei Colli soc. agr.", "ModaLab srl", "Rossi Mario", "Farmacia San Marco snc"]
EN_NAMES = ["Brightside Retail Ltd", "Mercer Logistics", "Kettle & Co", "J. Walker", "Orchard Lane Books"]

def acct_xml(c, ind, iban=None, other=None):
    if iban:
        return "%s<Id>\n%s  <IBAN>%s</IBAN>\n%s</Id>" % (ind, ind, iban, ind)
    if other:
        return "%s<Id>\n%s  <Othr>\n%s    <Id>%s</Id>\n%s    <SchmeNm>\n%s      <Cd>BBAN</Cd>\n%s    </SchmeNm>\n%s  </Othr>\n%s</Id>" % (ind, ind, ind, other, ind, ind, ind, ind, ind)
    return "%s<Id>\n%s  <IBAN>%s</IBAN>\n%s</Id>" % (ind, ind, c.ch(["${IBAN_ORDINANTE}", "{{debtor.iban}}", "IT00X0000000000000000000000"[:0] + "<IBAN>", V.masked_iban(c.r)]), ind)

def st_iso20022_xml(c, lang, kinds):
    r = c.r
    labels = []
    ibans = [F.make_secret(r, "iban") for k in kinds if k == "iban"]
    accts = [F.make_secret(r, "bank_account") for k in kinds if k == "bank_account"]
    others = [F.make_secret(r, k) for k in kinds if k not in ("iban", "bank_account")]
    msgid = c.ch(["CBI-", "MSG-", "PAIN001-", "DIST"]) + V.dt_obj(r).strftime("%Y%m%d") + "-" + V.rs(r, "0123456789", 4)
    mode = c.ch(["pain001", "pain001", "cbi", "camt053", "pain008"]) if (ibans or accts) else c.ch(["pain002", "pain001tpl", "camt054", "cbi_esito"])
    names = IT_NAMES if lang == "it" else EN_NAMES
    def iban_val(pool):
        if pool:
            s = pool.pop(0)
            v = s.raw.replace(" ", "") if r.random() < .8 else s.raw
            labels.append(("iban", v))
            return v
        return None
    if mode in ("pain001", "cbi", "pain008"):
        dbtr = iban_val(ibans)
        n = max(1, len(ibans) + len(accts) + (0 if dbtr else 0))
        txs = []
        tot = 0
        for i in range(n):
            amt = r.randint(1000, 900000) / 100
            tot += amt
            cdtr_iban = iban_val(ibans)
            other = None
            if not cdtr_iban and accts:
                s = accts.pop(0)
                other = s.raw
                labels.append(("bank_account", other))
            if not cdtr_iban and not other:
                cdtr_iban = None
            acct = acct_xml(c, "            ", cdtr_iban, other) if (cdtr_iban or other) else acct_xml(c, "            ")
            txs.append("""      <CdtTrfTxInf>
        <PmtId>
          <InstrId>%s</InstrId>
          <EndToEndId>%s</EndToEndId>
        </PmtId>
        <Amt>
          <InstdAmt Ccy="EUR">%.2f</InstdAmt>
        </Amt>
        <CdtrAgt>
          <FinInstnId>
            <BIC>%s</BIC>
          </FinInstnId>
        </CdtrAgt>
        <Cdtr>
          <Nm>%s</Nm>
        </Cdtr>
        <CdtrAcct>
%s
        </CdtrAcct>
        <RmtInf>
          <Ustrd>%s</Ustrd>
        </RmtInf>
      </CdtTrfTxInf>""" % (i + 1, V.e2e_id(r), amt, V.bic(r), c.ch(names), acct, c.ch(["Saldo fattura " + V.invoice_no(r), "Pagamento " + V.invoice_no(r), "Invoice " + V.invoice_no(r), "Stipendio %s" % c.ch(["gennaio", "marzo", "luglio"]), "Rimborso ordine " + V.order_no(r)])))
        ns = {"pain001": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.%s" % c.ch(["03", "09"]), "cbi": "urn:CBI:xsd:CBIPaymentRequest.00.04.00", "pain008": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}[mode]
        root = "CBIPaymentRequest" if mode == "cbi" else "Document"
        dacct = acct_xml(c, "        ", dbtr) if dbtr else acct_xml(c, "        ")
        body = """<?xml version="1.0" encoding="UTF-8"?>
<%s xmlns="%s">
  <%s>
    <GrpHdr>
      <MsgId>%s</MsgId>
      <CreDtTm>%s</CreDtTm>
      <NbOfTxs>%d</NbOfTxs>
      <CtrlSum>%.2f</CtrlSum>
      <InitgPty>
        <Nm>%s</Nm>%s
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>%s</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt>%s</ReqdExctnDt>
      <Dbtr>
        <Nm>%s</Nm>
      </Dbtr>
      <DbtrAcct>
%s
      </DbtrAcct>
      <DbtrAgt>
        <FinInstnId>
          <BIC>%s</BIC>
        </FinInstnId>
      </DbtrAgt>
%s
    </PmtInf>
  </%s>
</%s>""" % (root, ns, "CstmrCdtTrfInitn" if mode != "cbi" else "GrpHdrWrapper", msgid, V.iso_ts(r)[:19], n, tot, c.ch(names),
            ("\n        <Id>\n          <OrgId>\n            <Othr>\n              <Id>%s</Id>\n              <Issr>CBI</Issr>\n            </Othr>\n          </OrgId>\n        </Id>" % V.rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + V.rs(r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 7)) if mode == "cbi" else "",
            msgid + "-1", V.dt_obj(r).strftime("%Y-%m-%d"), c.ch(names), dacct, V.bic(r), "\n".join(txs), "CstmrCdtTrfInitn" if mode != "cbi" else "GrpHdrWrapper", root)
        if mode == "cbi":
            body = body.replace("<GrpHdrWrapper>\n", "").replace("</GrpHdrWrapper>\n", "").replace("  <GrpHdrWrapper>", "").replace("  </GrpHdrWrapper>", "")
    elif mode == "camt053":
        own = iban_val(ibans)
        ntry = []
        for i in range(r.randint(2, 5)):
            rel = ""
            if ibans or accts:
                if ibans:
                    v = iban_val(ibans)
                    rel = "\n          <RltdPties>\n            <DbtrAcct>\n              <Id>\n                <IBAN>%s</IBAN>\n              </Id>\n            </DbtrAcct>\n          </RltdPties>" % v
                else:
                    s = accts.pop(0)
                    labels.append(("bank_account", s.raw))
                    rel = "\n          <RltdPties>\n            <DbtrAcct>\n              <Id>\n                <Othr>\n                  <Id>%s</Id>\n                </Othr>\n              </Id>\n            </DbtrAcct>\n          </RltdPties>" % s.raw
            ntry.append("""      <Ntry>
        <NtryRef>%s</NtryRef>
        <Amt Ccy="EUR">%.2f</Amt>
        <CdtDbtInd>%s</CdtDbtInd>
        <BookgDt><Dt>%s</Dt></BookgDt>
        <AcctSvcrRef>%s</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>%s</EndToEndId></Refs>%s
        </TxDtls></NtryDtls>
      </Ntry>""" % (r.randint(1, 999), r.randint(100, 500000) / 100, c.ch(["CRDT", "DBIT"]), V.dt_obj(r).strftime("%Y-%m-%d"), V.cro(r), V.e2e_id(r), rel))
        while accts:
            s = accts.pop(0)
            labels.append(("bank_account", s.raw))
            ntry.append("      <!-- conto di appoggio: %s -->" % s.raw)
        body = """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm></GrpHdr>
    <Stmt>
      <Id>%s</Id>
      <Acct>
        <Id><IBAN>%s</IBAN></Id>
        <Ccy>EUR</Ccy>
      </Acct>
%s
    </Stmt>
  </BkToCstmrStmt>
</Document>""" % (msgid, V.iso_ts(r)[:19], V.rs(r, "0123456789", 10), own if own else V.masked_iban(r), "\n".join(ntry))
    elif mode == "pain002":
        body = """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
  <CstmrPmtStsRpt>
    <GrpHdr>
      <MsgId>%s</MsgId>
      <CreDtTm>%s</CreDtTm>
    </GrpHdr>
    <OrgnlGrpInfAndSts>
      <OrgnlMsgId>%s</OrgnlMsgId>
      <OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId>
      <GrpSts>%s</GrpSts>
      <StsRsnInf>
        <Rsn><Cd>%s</Cd></Rsn>
        <AddtlInf>%s</AddtlInf>
      </StsRsnInf>
    </OrgnlGrpInfAndSts>
  </CstmrPmtStsRpt>
</Document>""" % ("STS" + V.rs(r, "0123456789", 12), V.iso_ts(r)[:19], msgid, c.ch(["RJCT", "PART", "ACCP"]), c.ch(["AC01", "AC04", "AM04", "FF01", "RC01", "MS03"]), c.ch(["IBAN non valido riga 3", "Formato file non conforme", "Conto estinto", "Invalid creditor account number", "Duplicate MsgId"]))
    elif mode == "pain001tpl":
        body = """<CdtTrfTxInf>
  <PmtId><EndToEndId>%s</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">%s</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>%s</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>%s</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>%s</Ustrd></RmtInf>
</CdtTrfTxInf>""" % (c.ch(["${e2eId}", "{{ end_to_end_id }}", V.e2e_id(r)]), c.ch(["${amount}", "%.2f" % (r.randint(100, 90000) / 100)]), V.bic(r), c.ch(names), c.ch(["${creditor.iban}", "{{ iban }}", "<!-- IBAN qui -->", V.masked_iban(r)]), V.invoice_no(r))
    elif mode == "camt054":
        body = """<Ntfctn>
  <Id>%s</Id>
  <CreDtTm>%s</CreDtTm>
  <Acct><Id><Othr><Id>%s</Id></Othr></Id></Acct>
  <Ntry>
    <Amt Ccy="EUR">%s</Amt>
    <CdtDbtInd>CRDT</CdtDbtInd>
    <Sts>BOOK</Sts>
    <AcctSvcrRef>%s</AcctSvcrRef>
    <NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId><MndtId>%s</MndtId></Refs></TxDtls></NtryDtls>
  </Ntry>
</Ntfctn>""" % (V.rs(r, "0123456789", 12), V.iso_ts(r)[:19], c.ch(["****%04d" % r.randint(0, 9999), "[masked]", "XXXXXXXX%02d" % r.randint(0, 99)]), "%.2f" % (r.randint(100, 90000) / 100), V.cro(r), V.e2e_id(r), V.mandate_id(r))
    else:
        body = "ESITO FLUSSO %s\nData elaborazione: %s\nStato: %s\nRighe accettate: %d\nRighe scartate: %d\nMotivo: %s\nCRO: %s\nSHA-256 file: %s" % (msgid, V.dt_obj(r).strftime("%d/%m/%Y %H:%M"), c.ch(["ACCETTATO", "SCARTATO", "PARZIALE"]), r.randint(0, 200), r.randint(0, 5), c.ch(["IBAN beneficiario non corretto", "ABI non censito", "data esecuzione festiva", "nessuno"]), V.cro(r), V.sha256(r))
    # leftovers and other-kind secrets in surrounding text
    pre = []
    for s in ibans + accts:
        labels.append((s.kind, s.raw))
        pre.append(phrase(c, s, lang))
    for s in others:
        labels.append((s.kind, s.raw))
        if s.kind == "access_token":
            pre.append("curl -X POST https://%s/v1/sepa/files -H \"Authorization: Bearer %s\" -F file=@%s.xml" % (c.ch(HOSTS), s.raw, msgid))
        elif s.kind == "password":
            pre.append(c.ch(["Carichiamo il file via SFTP (utente %s, password %s)." % (c.ch(USERS), s.raw), "SFTP: %s / %s" % (c.ch(USERS), s.raw)]) if lang == "it" else "We upload via SFTP (user %s, password %s)." % (c.ch(USERS), s.raw))
        elif s.kind == "client_secret":
            pre.append("curl -u %s:%s -F file=@%s.xml https://%s/v1/bulk-payments" % (V.client_id(r), s.raw, msgid, c.ch(HOSTS)))
        else:
            pre.append(phrase(c, s, lang))
    what = {"it": ["il flusso XML", "il pain.001 che generiamo", "il file CBI", "l'XML che ci torna dalla banca", "un estratto del file"], "en": ["the XML file", "the pain.001 we generate", "the CBI file", "the XML the bank sends back", "an excerpt of the file"]}[lang]
    mids = {"it": ["La banca ci scarta il flusso con codice %s." % c.ch(["AC01", "FF01", "AM04"]), "Lo schema XSD valida, quindi non capiamo.", "È il primo invio in produzione.", "Il gestionale genera il file in automatico ogni sera."],
            "en": ["The bank rejects the file with code %s." % c.ch(["AC01", "FF01", "AM04"]), "It validates against the XSD, so we're puzzled.", "This is our first production submission.", "The ERP generates the file automatically every evening."]}[lang]
    body = body + ("\n\n" + "\n".join(pre) if pre else "")
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .7 else None), labels

# ---------------------------------------------------------------- SDK debug
def st_sdk_debug(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds, url_safe=False)
    sdk = c.ch(["java", "go", "dotnet", "php", "ruby", "rust", "node"])
    host = c.ch(HOSTS)
    ep = c.ch(ENDPOINTS).replace("{id}", V.uuid4(r))
    labels = []
    header_tok, form, body_js, conf = None, [], {}, []
    for s in secs:
        k = s.kind
        if k == "access_token" or (k == "vendor_key" and r.random() < .5 and header_tok is None):
            if header_tok is None:
                header_tok = s
                labels.append((k, s.raw))
                continue
        if k in ("refresh_token",) or (k in ("client_secret", "password") and r.random() < .4):
            form.append(s)
            continue
        if k in ("card_number", "cvv", "pin", "iban", "bank_account"):
            body_js[s.name] = s.raw
            for n, x in s.extra:
                body_js[n] = x
            labels.append((k, s.raw))
            continue
        conf.append(s)
    # form body
    form_str = None
    if form:
        parts = [("grant_type", "refresh_token" if any(s.kind == "refresh_token" for s in form) else ("password" if any(s.kind == "password" for s in form) else "client_credentials")), ("client_id", V.client_id(r))]
        if any(s.kind == "password" for s in form):
            parts.append(("username", c.ch(USERS)))
        for s in form:
            q = urllib.parse.quote(s.raw, safe="")
            parts.append((s.kind if s.kind != "password" else "password", q))
            labels.append((s.kind, q))
        form_str = "&".join("%s=%s" % p for p in parts)
    conf_entries = [("base_url", "https://" + host, None), ("client_id", V.client_id(r), None)]
    for s in conf:
        conf_entries.append((s.name, s.raw, s.kind))
    conf_entries += [("timeout", c.ch(["30s", "10000", "PT30S"]), None)]
    if not kinds:
        for k in r.sample(["client_secret", "private_key", "password", "vendor_key"], r.randint(1, 2)):
            nm, v = F.decoy(r, k)
            conf_entries.insert(2, (nm, v, None))
    if r.random() < .5:
        conf_entries.append(("sdk_version", V.version(r), None))
    reqid = V.uuid4(r)
    tp = V.traceparent(r)
    if body_js or not form_str:
        if not body_js:
            body_js = {"amount": r.randint(100, 90000), "currency": "EUR", "reference": V.order_no(r)}
            if not kinds and r.random() < .5:
                body_js["card"] = {"last4": V.rs(r, "0123456789", 4), "masked": V.masked_card(r)}
        else:
            body_js.update({"amount": r.randint(100, 90000), "currency": "EUR"})
        req_body = json.dumps(body_js, ensure_ascii=False)
    else:
        req_body = form_str
    auth = ("Bearer " + header_tok.raw) if header_tok else c.ch(["Bearer ***", "Bearer <redacted>", "[FILTERED]", None])
    status = c.ch(["401 Unauthorized", "400 Bad Request", "403 Forbidden", "500 Internal Server Error", "422 Unprocessable Entity"])
    err_js = json.dumps({"error": c.ch(["invalid_client", "invalid_request", "unauthorized", "card_invalid", "internal_error"]), "request_id": reqid})
    def conf_dump(style, cls):
        t, lab = F.fmt_tostring(r, conf_entries, style, cls)
        return t, lab
    lines = []
    if sdk == "java":
        lines.append("%s DEBUG [OkHttp https://%s/...] okhttp3.OkHttpClient : --> POST https://%s%s" % (V.iso_ts(r), host, host, ep))
        lines.append("Content-Type: %s" % ("application/x-www-form-urlencoded" if req_body is form_str else "application/json; charset=utf-8"))
        if auth:
            lines.append("Authorization: %s" % auth)
        lines.append("Idempotency-Key: %s" % V.uuid4(r))
        lines.append("")
        lines.append(req_body)
        lines.append("--> END POST (%d-byte body)" % len(req_body))
        lines.append("<-- %s https://%s%s (%dms)" % (status, host, ep, r.randint(40, 3000)))
        lines.append("x-request-id: %s" % reqid)
        lines.append(err_js)
        lines.append("<-- END HTTP")
        cd, lab = conf_dump("java", c.ch(["PspClientConfig", "ApiConfiguration", "OpenBankingProperties"]))
        labels += lab
        lines.append("com.%s.sdk.ApiException: HTTP %s - client config: %s" % (c.ch(["paganta", "finvero", "lirapay"]), status.split()[0], cd))
        for fr in r.sample(["com.finvero.sdk.http.DefaultHttpClient.execute(DefaultHttpClient.java:%d)", "com.finvero.sdk.PaymentsApi.create(PaymentsApi.java:%d)", "it.acme.checkout.service.PaymentService.pay(PaymentService.java:%d)",
                            "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)", "java.base/java.lang.Thread.run(Thread.java:%d)", "it.acme.checkout.web.CheckoutController.confirm(CheckoutController.java:%d)"], r.randint(3, 6)):
            lines.append("\tat " + fr % r.randint(20, 900))
    elif sdk == "go":
        lines.append("%s [DEBUG] POST https://%s%s" % (V.dt_obj(r).strftime("%Y/%m/%d %H:%M:%S"), host, ep))
        hm = "map[Content-Type:[application/json] Idempotency-Key:[%s] Traceparent:[%s]%s]" % (V.uuid4(r), tp, (" Authorization:[%s]" % auth) if auth else "")
        lines.append("%s [DEBUG] request headers: %s" % (V.dt_obj(r).strftime("%Y/%m/%d %H:%M:%S"), hm))
        lines.append("%s [DEBUG] request body: %s" % (V.dt_obj(r).strftime("%Y/%m/%d %H:%M:%S"), req_body))
        cd, lab = conf_dump("go", "")
        labels += lab
        lines.append("%s [ERROR] psp: %s (request_id=%s) cfg=%s" % (V.dt_obj(r).strftime("%Y/%m/%d %H:%M:%S"), status, reqid, cd))
        if r.random() < .5:
            lines.append("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\ngoroutine %d [running]:\nmain.(*Client).Pay(0xc000%s, {0x%s, 0xc000%s})\n\t/src/internal/psp/client.go:%d +0x%s\nmain.main()\n\t/src/cmd/checkout/main.go:%d +0x%s\nexit status 2" % (
                V.rs(r, V.HEX, 6), r.randint(1, 40), V.rs(r, V.HEX, 6), V.rs(r, V.HEX, 6), V.rs(r, V.HEX, 6), r.randint(20, 300), V.rs(r, V.HEX, 3), r.randint(10, 90), V.rs(r, V.HEX, 2)))
    elif sdk == "dotnet":
        lines.append("info: System.Net.Http.HttpClient.PspClient.LogicalHandler[100]\n      Start processing HTTP request POST https://%s%s" % (host, ep))
        lines.append("trce: System.Net.Http.HttpClient.PspClient.ClientHandler[102]\n      Request Headers:\n      Idempotency-Key: %s%s\n      Content-Type: application/json" % (V.uuid4(r), ("\n      Authorization: %s" % auth) if auth else ""))
        lines.append("dbug: Acme.Checkout.Psp.PspService[0]\n      Request body: %s" % req_body)
        cd, lab = conf_dump("dotnet", c.ch(["PspOptions", "OpenBankingSettings"]))
        labels += lab
        lines.append("dbug: Acme.Checkout.Psp.PspService[0]\n      Options: %s" % cd)
        lines.append("fail: Acme.Checkout.Psp.PspService[0]\n      Acme.Psp.Sdk.PspApiException: Response status code does not indicate success: %s. RequestId: %s\n         at Acme.Psp.Sdk.HttpExecutor.SendAsync(HttpRequestMessage request) in C:\\src\\psp-sdk\\HttpExecutor.cs:line %d\n         at Acme.Checkout.Psp.PspService.PayAsync(Order order) in C:\\src\\checkout\\Psp\\PspService.cs:line %d" % (status, reqid, r.randint(30, 400), r.randint(30, 400)))
    elif sdk == "php":
        lines.append("* Trying %s:443...\n* Connected to %s (%s) port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> POST %s HTTP/1.1\n> Host: %s\n> User-Agent: GuzzleHttp/7\n> Content-Type: application/json%s\n> Content-Length: %d\n>\n* upload completely sent off: %d bytes\n< HTTP/1.1 %s\n< x-request-id: %s" % (
            V.ip(r), host, V.ip(r), ep, host, ("\n> Authorization: %s" % auth) if auth else "", len(req_body), len(req_body), status, reqid))
        lines.append("Request body: " + req_body)
        dump = ["array(%d) {" % len(conf_entries)]
        for n, v, k in conf_entries:
            dump.append('  ["%s"]=>\n  string(%d) "%s"' % (n, len(v.encode()), v))
            if k:
                labels.append((k, v))
        dump.append("}")
        lines.append("\n".join(dump))
        lines.append("PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `POST https://%s%s` resulted in a `%s` response:\n%s\n in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113\nStack trace:\n#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()\n#1 /var/www/html/app/Services/PspGateway.php(%d): GuzzleHttp\\Client->request()" % (host, ep, status, err_js, r.randint(20, 300)))
    elif sdk == "ruby":
        t = V.dt_obj(r).strftime("%Y-%m-%dT%H:%M:%S.") + V.rs(r, "0123456789", 6)
        pid = r.randint(1000, 60000)
        lines.append("I, [%s #%d]  INFO -- request: POST https://%s%s" % (t, pid, host, ep))
        if auth:
            lines.append('I, [%s #%d]  INFO -- request: Authorization: "%s"' % (t, pid, auth))
        lines.append('Content-Type: "application/json"\nUser-Agent: "Faraday v2.%d.%d"' % (r.randint(0, 12), r.randint(0, 5)))
        lines.append("I, [%s #%d]  INFO -- request: %s" % (t, pid, req_body))
        lines.append("I, [%s #%d]  INFO -- response: Status %s" % (t, pid, status.split()[0]))
        parts = []
        for n, v, k in conf_entries:
            rv = json.dumps(v)[1:-1] if k == "private_key" else v
            parts.append('@%s="%s"' % (n, rv))
            if k:
                labels.append((k, rv))
        lines.append("Psp::Error::%s (#<Psp::Client:0x0000%s %s>)" % (c.ch(["Unauthorized", "BadRequest", "ServerError"]), V.rs(r, V.HEX, 12), ", ".join(parts)))
        lines.append("/app/vendor/bundle/ruby/3.2.0/gems/psp-ruby-%s/lib/psp/client.rb:%d:in `request'\n/app/app/services/checkout_service.rb:%d:in `call'" % (V.version(r).split("+")[0].split("-")[0], r.randint(20, 200), r.randint(10, 90)))
    elif sdk == "rust":
        lines.append("[%sZ DEBUG reqwest::connect] starting new connection: https://%s/" % (V.iso_ts(r)[:19], host))
        lines.append("[%sZ DEBUG psp_client] POST %s body=%s" % (V.iso_ts(r)[:19], ep, req_body))
        if auth:
            lines.append('[%sZ TRACE psp_client] headers: {"authorization": "%s", "content-type": "application/json"}' % (V.iso_ts(r)[:19], auth))
        parts = []
        for n, v, k in conf_entries:
            rv = json.dumps(v)[1:-1] if k == "private_key" else v
            parts.append('%s: "%s"' % (n, rv))
            if k:
                labels.append((k, rv))
        lines.append("[%sZ ERROR psp_client] config = Config { %s }" % (V.iso_ts(r)[:19], ", ".join(parts)))
        lines.append('Error: reqwest::Error { kind: Status(%s), url: Url { scheme: "https", host: Some(Domain("%s")), path: "%s" } }' % (status.split()[0], host, ep))
    else:
        parts = []
        for n, v, k in conf_entries:
            rv = v.replace("\n", "\\n") if k == "private_key" else v
            parts.append("      %s: '%s'" % (F.conv(n, "camel"), rv))
            if k:
                labels.append((k, rv))
        hdr = "        'Content-Type': 'application/json',\n        'Idempotency-Key': '%s'%s" % (V.uuid4(r), (",\n        Authorization: '%s'" % auth) if auth else "")
        lines.append("AxiosError: Request failed with status code %s\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:%d:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:%d:11) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    headers: Object [AxiosHeaders] {\n%s\n    },\n    method: 'post',\n    url: 'https://%s%s',\n    data: '%s',\n    pspOptions: {\n%s\n    }\n  },\n  response: { status: %s, data: %s }\n}" % (
            status.split()[0], r.randint(1900, 2100), r.randint(3000, 3300), hdr, host, ep, req_body, ",\n".join(parts), status.split()[0], err_js))
    body = "\n".join(lines)
    what = {"it": ["il log di debug dell'SDK", "lo stack trace completo", "l'output con il logging HTTP attivo", "il dump della richiesta"], "en": ["the SDK debug log", "the full stack trace", "the output with HTTP logging on", "the request dump"]}[lang]
    sdkname = {"java": "Java (Spring Boot)", "go": "Go", "dotnet": ".NET 8", "php": "PHP/Laravel", "ruby": "Ruby on Rails", "rust": "Rust", "node": "Node.js"}[sdk]
    mids = {"it": ["Usiamo l'SDK %s versione %s." % (sdkname, V.version(r)), "Il problema è comparso dopo l'aggiornamento dell'SDK.", "Stesso codice in sandbox funziona.", "Ho attivato il livello TRACE come da vostra documentazione."],
            "en": ["We're on the %s SDK, version %s." % (sdkname, V.version(r)), "It started after upgrading the SDK.", "Same code works in sandbox.", "I enabled TRACE logging as your docs suggest."]}[lang]
    return c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .7 else None), labels
