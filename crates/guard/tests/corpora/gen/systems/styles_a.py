"""Styles: sql_result, sql_dump, orm_log."""
import json
import values as V
import fields as F
from common import *

def sec_entries(c, secs, cv="snake"):
    out = []
    for s in secs:
        out.append((F.conv(s.name, cv), s.raw, s.kind))
        for n, x in s.extra:
            out.append((F.conv(n, cv), x, None))
        if s.kind == "card_number" and c.r.random() < .6:
            out.append((F.conv(c.ch(["expiry", "exp_date", "scadenza"]), cv), s.meta["expiry"], None))
    return out

def decoy_entries(c, n, cv="snake", kinds=None):
    pool = kinds or ["access_token", "refresh_token", "client_secret", "vendor_key", "password", "pin", "cvv", "card_number", "iban", "bank_account"]
    out = []
    for k in c.r.sample(pool, min(n, len(pool))):
        nm, v = F.decoy(c.r, k)
        out.append((F.conv(nm, cv), v, None))
    return out

SHORT_LOOK = ["request_id", "payment_id", "client_id", "idempotency_key", "created_at", "order_id", "invoice", "phone", "partita_iva", "masked_pan", "status", "amount", "currency", "merchant_ref", "username", "event_id", "mandate_id", "bic", "codice_fiscale", "tracking_number", "kid"]

def short_looks(c, n, lang):
    out, seen = [], set()
    while len(out) < n:
        nm, v = F.lookalike(c.r, lang)
        if nm not in SHORT_LOOK or nm in seen:
            continue
        seen.add(nm)
        out.append((nm, v, None))
    return out

TABLES = {
    "access_token": ["oauth_tokens", "access_tokens", "user_sessions", "psp_tokens"],
    "refresh_token": ["oauth_tokens", "refresh_tokens", "token_store"],
    "client_secret": ["oauth_clients", "api_clients", "psp_credentials", "integrations"],
    "vendor_key": ["api_keys", "integrations", "merchant_settings", "provider_credentials"],
    "password": ["utenti", "users", "sftp_accounts", "smtp_config", "legacy_users", "operatori"],
    "pin": ["carte", "cards", "terminali", "pos_devices"],
    "cvv": ["carte", "cards", "tmp_card_import", "payment_methods"],
    "card_number": ["carte", "cards", "payment_methods", "tmp_card_import", "test_cards"],
    "iban": ["beneficiari", "beneficiaries", "payout_accounts", "anagrafica_fornitori", "suppliers"],
    "bank_account": ["beneficiari", "payout_accounts", "bank_details", "suppliers"],
    None: ["payments", "pagamenti", "webhook_events", "orders", "ordini", "refunds", "merchants", "audit_log", "api_requests"],
}

def render_psql(cols, rows):
    w = [max(len(str(cols[i])), *(len(str(rw[i])) for rw in rows)) for i in range(len(cols))]
    hdr = "|".join(" " + cols[i].center(w[i]) + " " for i in range(len(cols)))
    sep = "+".join("-" * (w[i] + 2) for i in range(len(cols)))
    body = ["|".join(" " + str(rw[i]).ljust(w[i]) + " " for i in range(len(cols))) for rw in rows]
    n = len(rows)
    return "\n".join([hdr.rstrip(), sep] + [b.rstrip() for b in body] + ["(%d %s)" % (n, "row" if n == 1 else "rows")])

def render_mysql(cols, rows, t):
    w = [max(len(str(cols[i])), *(len(str(rw[i])) for rw in rows)) for i in range(len(cols))]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [line, "| " + " | ".join(cols[i].ljust(w[i]) for i in range(len(cols))) + " |", line]
    for rw in rows:
        out.append("| " + " | ".join(str(rw[i]).ljust(w[i]) for i in range(len(cols))) + " |")
    out.append(line)
    out.append("%d row%s in set (%0.2f sec)" % (len(rows), "" if len(rows) == 1 else "s", t))
    return "\n".join(out)

def render_mysql_g(cols, rows, t):
    w = max(len(x) for x in cols)
    out = []
    for i, rw in enumerate(rows):
        out.append("*" * 27 + " %d. row " % (i + 1) + "*" * 27)
        for j, col in enumerate(cols):
            out.append(col.rjust(w) + ": " + str(rw[j]))
    out.append("%d row%s in set (%0.2f sec)" % (len(rows), "" if len(rows) == 1 else "s", t))
    return "\n".join(out)

def render_ssms(cols, rows, lang):
    out = ["\t".join(cols)] + ["\t".join(str(x) for x in rw) for rw in rows]
    out.append("")
    out.append("(%d %s)" % (len(rows), ("row affected" if len(rows) == 1 else "rows affected") if lang == "en" else ("riga interessata" if len(rows) == 1 else "righe interessate")))
    return "\n".join(out)

def render_sqlite(cols, rows):
    return "\n".join(["|".join(str(x) for x in rw) for rw in rows])

def st_sql_result(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    main = kinds[0] if kinds else None
    table = c.ch(TABLES[main])
    cv = c.ch(["snake", "snake", "snake", "camel", "pascal"])
    sent = sec_entries(c, secs, cv)
    dent = decoy_entries(c, r.randint(0, 1) if kinds else r.randint(1, 3), cv)
    look = [(F.conv(n, cv), v, k) for n, v, k in short_looks(c, r.randint(1, 4), lang)]
    cols_e = [("id", str(r.randint(1, 90000)), None)] + look[:1] + sent + dent + look[1:]
    nrows = r.choice([1, 1, 1, 2, 3]) if kinds else r.choice([1, 2, 3, 4])
    cols = [e[0] for e in cols_e]
    rows, labels = [], []
    base_id = r.randint(10, 90000)
    for i in range(nrows):
        row = []
        for j, (n, v, k) in enumerate(cols_e):
            if j == 0:
                row.append(str(base_id + i * r.randint(1, 7)))
            elif i == 0:
                row.append(v)
                if k:
                    labels.append((k, v))
            elif k:
                if r.random() < .35:
                    s2 = F.make_secret(r, k)
                    if k == "bank_account" or s2.kind == "bank_account":
                        row.append(c.ch(["NULL", "", "[NULL]"]))
                        continue
                    row.append(s2.raw)
                    labels.append((k, s2.raw))
                else:
                    row.append(c.ch(["NULL", "", "[NULL]", "***"]) if k not in ("card_number",) else V.masked_card(r))
            else:
                row.append(F.regen(r, n, lang, v) if r.random() < .85 else "NULL")
        rows.append(row)
    secret_cols = [e[0] for e in cols_e if e[2]]
    where = c.ch(["merchant_id = %d" % r.randint(100, 9999), "created_at > now() - interval '1 day'", "id = %s" % rows[0][0],
                  "%s = '%s'" % (cols[1], rows[0][1]), "status <> 'deleted'", "1=1 LIMIT %d" % nrows])
    colsel = "*" if r.random() < .4 else ", ".join(cols)
    mode = c.ch(["psql", "psql", "mysql", "mysql", "mysqlg", "ssms", "sqlite"])
    q = "SELECT %s FROM %s WHERE %s;" % (colsel, table, where)
    if mode == "psql":
        db = c.ch(["sportello", "payments", "erp", "shop_prod", "collaudo"])
        body = "%s=> %s\n%s" % (db, q, render_psql(cols, rows))
    elif mode == "mysql":
        body = "mysql> %s\n%s" % (q, render_mysql(cols, rows, r.random() / 10))
    elif mode == "mysqlg":
        body = "mysql> %s\\G\n%s" % (q[:-1], render_mysql_g(cols, rows, r.random() / 10))
    elif mode == "ssms":
        body = q + "\n\n" + render_ssms(cols, rows, lang) + "\n\nCompletion time: " + V.iso_ts(r, False)
    else:
        body = "sqlite> .headers off\nsqlite> %s\n%s" % (q, render_sqlite(cols, rows))
    what = {"it": ["l'output della query", "il risultato della select", "quello che c'è a db", "la query con il risultato"], "en": ["the query output", "what's in the table", "the select result", "the DB row"]}[lang]
    mids = {"it": ["Come vedete il record c'è ed è corretto, eppure la chiamata fallisce.", "Secondo voi è un problema di encoding della colonna?", "Il campo è varchar(255), può essere troncato?", "Non capisco perché il vostro sistema non lo riconosca.", "Questa è la riga che usa il job notturno."],
            "en": ["As you can see the record is there and looks fine, yet the call fails.", "Could this be a column encoding issue?", "The column is varchar(255), could it be truncated?", "No idea why your side doesn't accept it.", "This is the row our nightly job reads."]}[lang]
    if not kinds and r.random() < .5:
        mids = {"it": ["Le colonne con i dati sensibili le abbiamo cifrate, qui vedete solo gli hash / i mascherati.", "Il pagamento risulta pending da noi ma da voi è succeeded.", "Il request id è quello che vi serve per i log?", "Mancano i webhook di queste righe."],
                "en": ["Sensitive columns are encrypted, you only see hashes/masked values here.", "The payment shows pending on our side but succeeded on yours.", "Is the request id what you need to find the logs?", "We never got webhooks for these rows."]}[lang]
    text = c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .7 else None)
    return text, labels

# ---------------------------------------------------------------- sql_dump
def sql_lit(v):
    return "'" + v + "'"

def st_sql_dump(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    main = kinds[0] if kinds else None
    table = c.ch(TABLES.get(main) or TABLES[None]) if main != "private_key" else c.ch(["certificates", "signing_keys", "psp_keys", "chiavi_firma"])
    cv = c.ch(["snake", "snake", "camel"])
    sent = sec_entries(c, secs, cv)
    dent = decoy_entries(c, r.randint(0, 1) if kinds else r.randint(1, 3), cv)
    look = [(F.conv(n, cv), v, k) for n, v, k in short_looks(c, r.randint(2, 4), lang)]
    ents = [("id", str(r.randint(1, 5000)), None)] + look[:2] + sent + dent + look[2:]
    labels = []
    mode = c.ch(["insert", "insert", "multi", "copy", "mysqldump", "update", "flyway"])
    cols = [e[0] for e in ents]
    if mode in ("insert", "flyway"):
        vals = []
        for n, v, k in ents:
            vals.append(v if (n == "id") else sql_lit(v))
            if k:
                labels.append((k, v))
        q = c.ch(["`", '"', ""])
        stmt = "INSERT INTO %s%s%s (%s) VALUES (%s);" % (q, table, q, ", ".join(q + x + q for x in cols), ", ".join(vals))
        if mode == "flyway":
            hdr = c.ch(["-- V%d__seed_%s.sql" % (r.randint(2, 80), table), "-- migration %s: dati iniziali collaudo" % V.dt_obj(r).strftime("%Y%m%d%H%M") if lang == "it" else "-- migration %s: seed data for staging" % V.dt_obj(r).strftime("%Y%m%d%H%M"),
                            "-- liquibase formatted sql\n-- changeset %s:%d" % (c.ch(USERS), r.randint(1, 300))])
            body = hdr + "\n" + stmt + ("\nCOMMIT;" if r.random() < .4 else "")
        else:
            body = stmt
    elif mode == "multi":
        q = "`"
        rows = []
        n = r.randint(2, 4)
        for i in range(n):
            vals = []
            for n_, v, k in ents:
                if n_ == "id":
                    vals.append(str(int(v) + i))
                elif k and i > 0:
                    s2 = F.make_secret(r, k) if k != "bank_account" else None
                    if s2 and r.random() < .5:
                        vals.append(sql_lit(s2.raw))
                        labels.append((k, s2.raw))
                    else:
                        vals.append("NULL")
                elif i > 0 and not k:
                    vals.append(sql_lit(F.regen(r, n_, lang, v)))
                else:
                    vals.append(v if n_ == "id" else sql_lit(v))
                    if k:
                        labels.append((k, v))
            rows.append("(" + ",".join(vals) + ")")
        body = "INSERT INTO %s%s%s (%s) VALUES\n%s;" % (q, table, q, ",".join(q + x + q for x in cols), ",\n".join(rows))
    elif mode == "copy":
        lines = ["COPY public.%s (%s) FROM stdin;" % (table, ", ".join(cols))]
        vals = []
        for n, v, k in ents:
            vv = v.replace("\n", "\\n")
            vals.append(vv)
            if k:
                labels.append((k, vv))
        lines.append("\t".join(vals))
        for i in range(r.randint(0, 2)):
            extra = []
            for n, v, k in ents:
                if n == "id":
                    extra.append(str(r.randint(5001, 9999)))
                elif k:
                    extra.append("\\N")
                else:
                    extra.append(F.regen(r, n, lang, v) if r.random() < .8 else "\\N")
            lines.append("\t".join(extra))
        lines.append("\\.")
        pre = c.ch(["--\n-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: %s\n--\n\n" % (table, c.ch(["postgres", "app", "sportello"])), "", "-- pg_dump --data-only -t %s\n" % table])
        body = pre + "\n".join(lines)
    elif mode == "mysqldump":
        vals = []
        for n, v, k in ents:
            vals.append(v if n == "id" else sql_lit(v.replace("\n", "\\n")))
            if k:
                labels.append((k, v.replace("\n", "\\n")))
        body = "-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)\n--\n-- Host: %s    Database: %s\n-- ------------------------------------------------------\n\n--\n-- Dumping data for table `%s`\n--\n\nLOCK TABLES `%s` WRITE;\n/*!40000 ALTER TABLE `%s` DISABLE KEYS */;\nINSERT INTO `%s` VALUES (%s);\n/*!40000 ALTER TABLE `%s` ENABLE KEYS */;\nUNLOCK TABLES;" % (
            r.randint(28, 39), c.ch(["localhost", "10.0.3.12", "db-staging"]), c.ch(["shop", "erp", "payments"]), table, table, table, table, ",".join(vals), table)
    else:
        sets = []
        for n, v, k in ents[1:]:
            if k or r.random() < .3:
                sets.append("%s = %s" % (n, sql_lit(v)))
                if k:
                    labels.append((k, v))
        if not sets:
            sets = ["%s = %s" % (ents[1][0], sql_lit(ents[1][1]))]
        body = "UPDATE %s SET %s WHERE id = %s;\n-- %s" % (table, ",\n    ".join(sets), ents[0][1], c.ch(["%d rows affected" % 1, "Query OK, 1 row affected (0.01 sec)", "UPDATE 1", "Rows matched: 1  Changed: 1  Warnings: 0"]))
    what = {"it": ["lo script SQL che lanciamo", "il dump della tabella", "l'insert che fa il seed", "la migration incriminata", "un pezzo del dump"], "en": ["the SQL script we run", "a dump of the table", "the seed insert", "the migration in question", "part of the dump"]}[lang]
    mids = {"it": ["Dopo l'import il servizio non parte più.", "Il dump l'ho preso da collaudo ieri sera.", "Va bene lanciarlo così anche in prod?", "Ci sono problemi di charset secondo voi?"],
            "en": ["After importing it the service won't start.", "Dump taken from staging last night.", "Is it OK to run this in prod as is?", "Could there be a charset issue?"]}[lang]
    text = c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .5 else None)
    return text, labels

# ---------------------------------------------------------------- orm_log
def st_orm_log(c, lang, kinds):
    r = c.r
    secs = secrets_for(c, kinds)
    main = kinds[0] if kinds else None
    table = c.ch(TABLES.get(main) or TABLES[None])
    sent = sec_entries(c, secs, "snake")
    dent = decoy_entries(c, r.randint(0, 1) if kinds else r.randint(1, 2), "snake")
    look = short_looks(c, r.randint(1, 3), lang)
    ents = look[:1] + sent + dent + look[1:]
    r.shuffle(ents)
    labels = [(k, v) for n, v, k in ents if k]
    cols = [n for n, v, k in ents]
    vals = [v for n, v, k in ents]
    ts = V.dt_obj(r)
    orm = c.ch(["hibernate", "sqlalchemy", "django", "activerecord", "gorm", "efcore", "doctrine", "sequelize", "prisma"])
    op = c.ch(["insert", "update", "select"])
    if orm == "hibernate":
        lines = ["Hibernate: insert into %s (%s, id) values (%s)" % (table, ", ".join(cols), ", ".join("?" * (len(cols) + 1)))] if op != "select" else ["Hibernate: select %s from %s c1_0 where c1_0.%s=?" % (", ".join("c1_0." + x for x in cols), table, cols[0])]
        for i, v in enumerate(vals):
            lines.append("%s TRACE %d --- [nio-8080-exec-%d] org.hibernate.orm.jdbc.bind : binding parameter (%d:VARCHAR) <- [%s]" % ((ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % r.randint(0, 999)), r.randint(1000, 40000), r.randint(1, 9), i + 1, v))
        body = "\n".join(lines)
    elif orm == "sqlalchemy":
        params = "{" + ", ".join("'%s': '%s'" % (n, v) for n, v in zip(cols, vals)) + "}"
        stmt = "INSERT INTO %s (%s) VALUES (%s)" % (table, ", ".join(cols), ", ".join("%%(%s)s" % x for x in cols)) if op != "select" else "SELECT %s.id FROM %s WHERE %s" % (table, table, " AND ".join("%s.%s = %%(%s_1)s" % (table, x, x) for x in cols))
        if op == "select":
            params = "{" + ", ".join("'%s_1': '%s'" % (n, v) for n, v in zip(cols, vals)) + "}"
        body = "%s INFO sqlalchemy.engine.Engine BEGIN (implicit)\n%s INFO sqlalchemy.engine.Engine %s\n%s INFO sqlalchemy.engine.Engine [generated in 0.000%ds] %s\n%s INFO sqlalchemy.engine.Engine COMMIT" % (
            ts.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999), ts.strftime("%Y-%m-%d %H:%M:%S,%f")[:23], stmt, ts.strftime("%Y-%m-%d %H:%M:%S,%f")[:23], r.randint(10, 99), params, ts.strftime("%Y-%m-%d %H:%M:%S,%f")[:23])
    elif orm == "django":
        sets = ", ".join('"%s" = %%s' % x for x in cols)
        args = ", ".join("'%s'" % v for v in vals)
        body = "(0.00%d) UPDATE \"%s\" SET %s WHERE \"%s\".\"id\" = %%s; args=(%s, %d); alias=default" % (r.randint(1, 9), table, sets, table, args, r.randint(1, 999))
        if r.random() < .5:
            body = "DEBUG %s django.db.backends\n" % ts.strftime("%Y-%m-%d %H:%M:%S") + body
    elif orm == "activerecord":
        binds = ", ".join('["%s", "%s"]' % (n, v) for n, v in zip(cols, vals))
        model = "".join(p.capitalize() for p in table.rstrip("s").split("_"))
        body = "  %s Create (%0.1fms)  INSERT INTO \"%s\" (%s) VALUES (%s) RETURNING \"id\"  [%s]" % (model, r.random() * 3, table, ", ".join('"%s"' % x for x in cols), ", ".join("$%d" % (i + 1) for i in range(len(cols))), binds)
        body = "  TRANSACTION (0.2ms)  BEGIN\n" + body + "\n  TRANSACTION (0.9ms)  COMMIT"
    elif orm == "gorm":
        body = "%s /app/internal/store/%s.go:%d\n[%0.3fms] [rows:1] INSERT INTO `%s` (%s) VALUES (%s)" % (ts.strftime("%Y/%m/%d %H:%M:%S"), c.ch(["credentials", "payments", "store"]), r.randint(20, 300), r.random() * 10, table, ",".join("`%s`" % x for x in cols), ",".join("'%s'" % v for v in vals))
    elif orm == "efcore":
        ps = ", ".join("@p%d='%s' (Size = %d)" % (i, v, max(len(v), 50)) for i, v in enumerate(vals))
        body = "info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (%dms) [Parameters=[%s], CommandType='Text', CommandTimeout='30']\n      SET IMPLICIT_TRANSACTIONS OFF;\n      SET NOCOUNT ON;\n      INSERT INTO [%s] (%s)\n      OUTPUT INSERTED.[Id]\n      VALUES (%s);" % (
            r.randint(1, 40), ps, F.conv(table, "pascal"), ", ".join("[%s]" % F.conv(x, "pascal") for x in cols), ", ".join("@p%d" % i for i in range(len(vals))))
    elif orm == "doctrine":
        ps = json.dumps({str(i + 1): v for i, v in enumerate(vals)}, ensure_ascii=False)
        labels = [(k, F.appeared_json(v)) for n, v, k in ents if k]
        body = "[%s] doctrine.DEBUG: Executing statement: INSERT INTO %s (%s) VALUES (%s) (parameters: %s, types: %s) []" % (ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"), table, ", ".join(cols), ", ".join("?" * len(cols)), ps, json.dumps({str(i + 1): 2 for i in range(len(vals))}))
    elif orm == "sequelize":
        body = "Executing (default): INSERT INTO `%s` (`id`,%s,`createdAt`,`updatedAt`) VALUES (DEFAULT,%s,'%s','%s');" % (table, ",".join("`%s`" % F.conv(x, "camel") for x in cols), ",".join("'%s'" % v for v in vals), ts.strftime("%Y-%m-%d %H:%M:%S"), ts.strftime("%Y-%m-%d %H:%M:%S"))
    else:
        ps = json.dumps(vals, ensure_ascii=False)
        labels = [(k, F.appeared_json(v)) for n, v, k in ents if k]
        body = "prisma:query INSERT INTO \"public\".\"%s\" (%s) VALUES (%s) RETURNING \"public\".\"%s\".\"id\"\nprisma:query Params: %s\nprisma:query Duration: %dms" % (table, ",".join('"%s"' % F.conv(x, "camel") for x in cols), ",".join("$%d" % (i + 1) for i in range(len(cols))), table, ps, r.randint(1, 30))
    # surrounding noise lines
    noise = []
    for _ in range(r.randint(0, 3)):
        noise.append(c.ch(["%s DEBUG pool: connection acquired (%d/%d)" % (ts.strftime("%H:%M:%S"), r.randint(1, 10), 10),
                           "%s INFO  request_id=%s POST %s 201" % (ts.strftime("%H:%M:%S"), V.uuid4(r), c.ch(ENDPOINTS)),
                           "%s WARN  slow query (%dms) trace_id=%s" % (ts.strftime("%H:%M:%S"), r.randint(500, 4000), V.trace_id(r)),
                           "%s DEBUG commit %s deployed (%s)" % (ts.strftime("%H:%M:%S"), V.sha1(r)[:7], V.build_no(r))]))
    if noise:
        body = "\n".join(noise[: len(noise) // 2 + 1]) + "\n" + body + ("\n" + "\n".join(noise[len(noise) // 2 + 1:]) if len(noise) > 1 else "")
    what = {"it": ["il log dell'ORM con i parametri", "il debug delle query", "l'estratto del log applicativo (livello DEBUG)", "quello che stampa l'ORM"], "en": ["the ORM log with bound params", "the query debug output", "an excerpt of the app log (DEBUG level)", "what the ORM prints"]}[lang]
    mids = {"it": ["Il salvataggio va a buon fine ma poi la chiamata successiva fallisce.", "Abbiamo acceso il debug solo per stamattina.", "Mi sa che stiamo salvando il valore sbagliato?"],
            "en": ["The save succeeds but the next API call fails.", "We turned DEBUG on only for this morning.", "Are we persisting the wrong value maybe?"]}[lang]
    text = c.wrap(lang, c.ch(what), body, bool(kinds), mid=c.ch(mids) if r.random() < .5 else None)
    return text, labels
