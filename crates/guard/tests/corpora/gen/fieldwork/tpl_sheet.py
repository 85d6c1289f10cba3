# -*- coding: utf-8 -*-
"""Spreadsheets pasted as TSV/CSV/Markdown tables."""
from common import *  # noqa

S = "spreadsheet"


def table(c, header, rows, fmt=None):
    r = c.r
    fmt = fmt or r.choice(["tsv", "csv", "semi", "md"])
    if fmt == "tsv":
        return "\n".join("\t".join(x) for x in [header] + rows)
    if fmt == "csv":
        q = lambda s: '"%s"' % s if ("," in s or " " in s and r.random() < 0.3) else s
        return "\n".join(",".join(q(v) for v in x) for x in [header] + rows)
    if fmt == "semi":
        return "\n".join(";".join(x) for x in [header] + rows)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(x) + " |" for x in rows]
    return "\n".join(out)


def lead(c):
    return c.P(["Incollo dal foglio Excel:\n\n", "Dal Google Sheet condiviso:\n\n", "", "ecco la tabella\n\n", "Copio le righe interessate:\n\n"],
               ["Pasting from the Excel sheet:\n\n", "From the shared Google Sheet:\n\n", "", "here's the table\n\n", "Copying the relevant rows:\n\n"])


# ---------------------------------------------------------------- positives

@T(S)
def sheet_iban_rows(c):
    r = c.r
    hdr = c.P([["intestatario", "IBAN", "BIC", "importo"], ["Beneficiario", "Iban", "Swift", "Importo €"]], [["Name", "IBAN", "BIC", "Amount"], ["Payee", "Iban", "Swift", "Amount"]])
    rows = []
    for _ in range(r.randint(2, 5)):
        ib = c.add("iban", fmt_iban(r, make_iban(r), r.choice(["compact", "paper", "compact"])))
        rows.append([r.choice(IT_PEOPLE + MERCHANTS), ib, bic(r), "%d,%02d" % (r.randint(10, 9000), r.randint(0, 99))])
    return lead(c) + table(c, hdr, rows, r.choice(["tsv", "semi", "md"]))


@T(S)
def sheet_abi_cab_conto(c):
    r = c.r
    hdr = ["Intestatario", "ABI", "CAB", "Conto", "CIN"] if c.lang == "it" else ["Holder", "ABI", "CAB", "Account (conto)", "CIN"]
    rows = []
    for _ in range(r.randint(2, 4)):
        b = it_bban(r)
        rows.append([r.choice(IT_PEOPLE), b["abi"], b["cab"], c.add("bank_account", b["conto"]), b["cin"]])
    return lead(c) + table(c, hdr, rows)


@T(S)
def sheet_uk_md(c):
    r = c.r
    rows = []
    for _ in range(r.randint(2, 4)):
        u = uk_acc(r)
        rows.append([r.choice(EN_PEOPLE), u["sort_fmt"], c.add("bank_account", u["account"]), r.choice(["weekly", "monthly"])])
    return (c.P(["Payout UK da configurare:\n\n", lead(c)], ["UK payouts to configure:\n\n", lead(c)]) +
            table(c, ["Name", "Sort code", "Account", "Schedule"], rows, "md"))


@T(S)
def sheet_test_users(c):
    r = c.r
    hdr = ["email", "password", "pin"]
    rows = []
    for i in range(r.randint(2, 5)):
        rows.append([r.choice(NAMES) + ".qa%d@%s" % (i, r.choice(["example.com", "larix.test"])), c.add("password", password(r)), c.add("pin", pin(r, r.choice([4, 5, 6])))])
    return (c.P(["Utenti di collaudo (foglio QA):\n\n", lead(c)], ["UAT users (QA sheet):\n\n", lead(c)]) + table(c, hdr, rows, r.choice(["csv", "tsv"])))


@T(S)
def sheet_env_creds(c):
    r = c.r
    hdr = ["env", "client_id", "client_secret", c.L("note", "notes")]
    rows = []
    for env in r.sample(["dev", "sandbox", "staging", "prod"], r.randint(2, 3)):
        rows.append([env, r.choice(CLIENT_IDS), c.sv("client_secret"), r.choice(["", c.L("ruotato", "rotated") + " " + date(r, c.lang), "ok"])])
    return lead(c) + table(c, hdr, rows)


@T(S)
def sheet_header_far(c):
    r = c.r
    kind = r.choice(["iban", "password", "card_number", "client_secret"])
    hdr = {"iban": c.L("Coordinate bancarie (IBAN)", "Bank details (IBAN)"), "password": c.L("Credenziali – password", "Credentials – password"),
           "card_number": c.L("Carta aziendale", "Company card"), "client_secret": "OAuth client secret"}[kind]
    top = "%s\t\t\t\n%s\t%s\t%s\t%s\n" % (r.choice(MERCHANTS), c.L("Riepilogo", "Summary"), "", "", hdr)
    filler = "\n".join("\t\t\t" for _ in range(r.randint(2, 5)))
    rows = []
    for _ in range(r.randint(1, 3)):
        v = c.sv(kind, fmt="space" if kind == "card_number" else ("compact" if kind == "iban" else None))
        rows.append("%s\t%s\t\t%s" % (r.choice(IT_PEOPLE + EN_PEOPLE), date(r, c.lang), v))
    return (c.P(["Copio dal file (l'intestazione è in alto, i valori molto sotto):\n\n", ""], ["Copying from the file (header at the top, values much lower):\n\n", ""]) +
            top + filler + "\n" + "\n".join(rows))


@T(S)
def sheet_merged_cells(c):
    r = c.r
    rows = []
    holder = r.choice(MERCHANTS)
    rows.append("\t%s\t\t" % c.L("Coordinate bancarie", "Bank details"))
    rows.append("%s\tIBAN\tBIC\t%s" % (c.L("Fornitore", "Supplier"), c.L("Valuta", "Currency")))
    ib = c.add("iban", fmt_iban(r, make_iban(r), "paper"))
    rows.append("%s\t%s\t%s\tEUR" % (holder, ib, bic(r)))
    rows.append("\t\t\tGBP" if r.random() < 0.5 else "\t\t\t")
    if r.random() < 0.5:
        ib2 = c.add("iban", fmt_iban(r, make_iban(r), "compact"))
        rows.append("\t%s\t%s\t" % (ib2, bic(r)))
    return (c.P(["(le celle unite si perdono nel copia-incolla)\n\n", lead(c)], ["(merged cells get lost when pasting)\n\n", lead(c)]) + "\n".join(rows))


@T(S)
def sheet_cards(c):
    r = c.r
    hdr = c.P([["carta", "scadenza", "cvv", "esito atteso"], ["PAN", "Scad.", "CVC", "Risultato"]], [["card", "expiry", "cvv", "expected"], ["PAN", "Exp", "CVC", "Result"]])
    rows = []
    for _ in range(r.randint(2, 4)):
        n = card(r)
        rows.append([c.add("card_number", fmt_card(r, n, r.choice(["compact", "space", "dash"]))), expiry(r), c.add("cvv", cvv(r, n)), r.choice(["OK", "3DS", "KO", "declined"])])
    return (c.P(["Carte usate nei test di regressione:\n\n", lead(c)], ["Cards used in regression tests:\n\n", lead(c)]) + table(c, hdr, rows))


@T(S)
def sheet_it_semicolon(c):
    r = c.r
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(IT_PEOPLE), c.add("iban", make_iban(r, "IT")), "%d,%02d" % (r.randint(1, 9000), r.randint(0, 99)), date(r, "it")])
    return (c.P(["Export CSV dal gestionale (separatore ;):\n\n", ""], ["CSV export from the ERP (semicolon-separated):\n\n", ""]) +
            table(c, ["Cognome Nome", "IBAN", "Importo", "Data valuta"], rows, "semi"))


@T(S)
def sheet_comment_arrow(c):
    r = c.r
    pw_old = password(r)
    pw_new = c.add("password", password(r))
    c.add("password", pw_old)
    rows = [["portale merchant", email_of(person(r, c.lang), r), pw_old, c.L("vecchia", "old")],
            ["portale merchant", email_of(person(r, c.lang), r), pw_new, c.L("← questa è la pw nuova", "← this is the new pw")],
            ["sftp", "deploy", c.L("(chiave ssh)", "(ssh key)"), ""]]
    return lead(c) + table(c, [c.L("sistema", "system"), "user", "pw", c.L("commento", "comment")], rows, r.choice(["tsv", "md"]))


@T(S)
def sheet_vendor_inventory(c):
    r = c.r
    rows = []
    for _ in range(r.randint(2, 4)):
        vend, pairs = vendor_key(r)
        lab, v = pairs[-1]
        rows.append([vend, lab, c.add("vendor_key", v), r.choice(["prod", "test"]), person(r, c.lang).split()[0]])
    return (c.P(["Inventario chiavi di terze parti (foglio del team):\n\n", lead(c)], ["Third-party key inventory (team sheet):\n\n", lead(c)]) +
            table(c, ["vendor", "var", "key", "env", "owner"], rows))


@T(S)
def sheet_es_de_accounts(c):
    r = c.r
    if r.random() < 0.5:
        rows = []
        for _ in range(r.randint(2, 3)):
            e = es_ccc(r)
            rows.append([r.choice(["Rosa Jiménez", "Librería Sol", "Talleres Vega"]), c.add("bank_account", " ".join([e["entidad"], e["oficina"], e["dc"], e["cuenta"]]))])
        return lead(c) + table(c, ["Titular", "CCC (entidad oficina DC cuenta)"], rows, r.choice(["tsv", "md"]))
    rows = []
    for _ in range(r.randint(2, 3)):
        d = de_acc(r)
        rows.append([r.choice(["Jonas Weber", "Nordwind GmbH", "Bäckerei Fuchs"]), d["blz"], c.add("bank_account", d["konto"])])
    return lead(c) + table(c, ["Kontoinhaber", "BLZ", "Kontonummer"], rows, r.choice(["tsv", "md", "semi"]))


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def sheet_payments(c):
    r = c.r
    rows = [[pay_id(r), "%d.%02d" % (r.randint(1, 9000), r.randint(0, 99)), r.choice(["succeeded", "failed", "refunded"]), date(r, c.lang)] for _ in range(r.randint(3, 6))]
    return lead(c) + table(c, ["payment_id", "amount", "status", c.L("data", "date")], rows)


@T(S, neg=True)
def sheet_orders(c):
    r = c.r
    rows = [[order_no(r), tracking(r), r.choice(["BRT", "DHL", "UPS"]), date(r, c.lang), amount(r, c.lang)] for _ in range(r.randint(3, 5))]
    return lead(c) + table(c, [c.L("ordine", "order"), "tracking", c.L("corriere", "carrier"), c.L("spedito", "shipped"), c.L("totale", "total")], rows)


@T(S, neg=True)
def sheet_envs(c):
    r = c.r
    rows = [[env, r.choice(CLIENT_IDS), "https://%s" % r.choice(HOSTS), port(r), r.choice(["vedi vault", "in 1Password", "[REDACTED]", "—"]) if c.lang == "it" else r.choice(["see vault", "in 1Password", "[REDACTED]", "—"])]
            for env in ["sandbox", "staging", "prod"]]
    return lead(c) + table(c, ["env", "client_id", "base_url", "port", "secret"], rows, "md")


@T(S, neg=True)
def sheet_masked_iban(c):
    r = c.r
    rows = [[r.choice(IT_PEOPLE + MERCHANTS), masked_iban(r), bic(r), r.choice(["verificato", "da verificare"]) if c.lang == "it" else r.choice(["verified", "pending"])] for _ in range(r.randint(2, 4))]
    return lead(c) + table(c, [c.L("intestatario", "holder"), "IBAN", "BIC", c.L("stato", "status")], rows)


@T(S, neg=True)
def sheet_personal_ids(c):
    r = c.r
    rows = [[person(r, "it"), codice_fiscale(r), piva(r), phone(r, "it"), date(r, "it")] for _ in range(r.randint(2, 4))]
    return lead(c) + table(c, ["Nominativo", "Codice fiscale", "P.IVA", "Telefono", "Data adesione"], rows)


@T(S, neg=True)
def sheet_card_last4(c):
    r = c.r
    rows = [[pay_id(r), r.choice(["visa", "mastercard", "amex"]), digits(r, 4), expiry(r), non_luhn_digits(r, 16)] for _ in range(r.randint(2, 4))]
    return lead(c) + table(c, ["payment", "brand", "last4", "exp", c.L("id terminale esteso", "extended terminal id")], rows)


@T(S, neg=True)
def sheet_branches(c):
    r = c.r
    rows = [[r.choice(["Banca Popolare di Esempio", "Credito Valle Verde", "Cassa Rurale Test"]), abi(r), cab(r), r.choice(["Bologna", "Trento", "Lecce", "Parma"]), bic(r)] for _ in range(r.randint(3, 5))]
    return (c.P(["Anagrafica filiali (solo codici, nessun conto):\n\n", lead(c)], ["Branch directory (codes only, no accounts):\n\n", lead(c)]) +
            table(c, ["Banca", "ABI", "CAB", "Comune", "BIC"], rows))


@T(S, neg=True)
def sheet_webhook_deliveries(c):
    r = c.r
    rows = [["evt_" + rs(r, 24), r.choice(["payment.succeeded", "refund.created", "payout.failed"]), "t=%d,v1=%s" % (r.randint(1700000000, 1760000000), sha256(r)), str(r.choice([200, 500, 410])), str(r.randint(1, 5))] for _ in range(r.randint(2, 4))]
    return lead(c) + table(c, ["event", "type", "signature header", "status", "attempt"], rows, r.choice(["tsv", "csv"]))


@T(S, neg=True)
def sheet_releases(c):
    r = c.r
    rows = [[version(r), sha1(r), "sha256:" + sha256(r), date(r, c.lang)] for _ in range(r.randint(2, 4))]
    return lead(c) + table(c, ["version", "commit", "image digest", c.L("data", "date")], rows, r.choice(["md", "tsv"]))


@T(S, neg=True)
def sheet_bad_ibans(c):
    r = c.r
    rows = [[r.choice(IT_PEOPLE), fmt_iban(r, bad_iban(r), "compact"), c.L("IBAN non valido", "invalid IBAN")] for _ in range(r.randint(2, 4))]
    return (c.P(["Righe scartate dall'import (controllo IBAN fallito):\n\n", ""], ["Rows rejected by the import (IBAN check failed):\n\n", ""]) +
            table(c, [c.L("nome", "name"), "iban", c.L("errore", "error")], rows))


@T(S, neg=True)
def sheet_kpi(c):
    r = c.r
    rows = [[date(r, c.lang), str(r.randint(20, 400)), "%d%%" % r.randint(40, 99), "%dh %02dm" % (r.randint(0, 30), r.randint(0, 59)), str(r.randint(0, 40))] for _ in range(r.randint(3, 6))]
    return lead(c) + table(c, [c.L("giorno", "day"), c.L("ticket", "tickets"), "SLA", c.L("tempo medio", "avg time"), c.L("reset password", "password resets")], rows)


@T(S)
def sheet_multiline_cell(c):
    r = c.r
    rows = [",".join([c.L("nome", "name"), c.L("coordinate", "bank details"), c.L("note", "notes")])]
    for _ in range(r.randint(1, 3)):
        if r.random() < 0.5:
            ib = make_iban(r)
            v = c.add("iban", wrap_at(group4(ib), r))
            cell = '"%s"' % v
        else:
            b = it_bban(r)
            v = c.add("bank_account", b["conto"])
            cell = '"ABI %s CAB %s\nC/C %s"' % (b["abi"], b["cab"], v)
        rows.append("%s,%s,%s" % (r.choice(IT_PEOPLE + MERCHANTS), cell, r.choice(["", "ok", c.L("da verificare", "to check")])))
    return (c.P(["Esportato in CSV (nelle celle c'erano degli a capo):\n\n", ""], ["Exported to CSV (cells had line breaks in them):\n\n", ""]) + "\n".join(rows))
