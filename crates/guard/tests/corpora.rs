//! Recall and false-positive rate on the labeled corpora in
//! `tests/corpora/*.jsonl`, written by people who never read the guard
//! (format: `docs/guard-corpora.md`).
//!
//! A labeled secret counts as found when the union of finding spans covers
//! every occurrence of its value in full, whatever kind the findings say
//! (redaction would remove all of it). A sample labeled `secrets: []` is a
//! false alarm when the guard reports anything in it. The table prints ids
//! and kinds of misses and false alarms, never the texts.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use guard::scan;
use serde::Deserialize;

/// The targets of issue 11: every corpus must reach them.
const TARGET_RECALL: f64 = 0.99;
const TARGET_FPR: f64 = 0.01;

/// Floors for corpora still below target, so the test fails on regression
/// while the target is not met: (corpus, min recall, max FPR), the measured
/// value rounded down to two decimals (rounded up for a false-positive rate). Remove an
/// entry once its corpus reaches the targets (code did, on 2026-12-01:
/// recall 0.9988, FPR 0; chat in the third round: recall 0.9906, FPR 0;
/// exports and tickets in the fourth: recall 0.9937 and 0.9917, FPR 0).
const MEASURED_FLOORS: &[(&str, f64, f64)] = &[
    // Held out for the first round (recall 0.8360, FPR 0.0338 when first
    // measured), read while working on the second: it is now a corpus
    // like the others, and a fresh held-out one measures the claim.
    // Target recall 0.99; measured 0.9875, FPR 0 on 2026-12-01.
    ("holdout", 0.98, TARGET_FPR),
    // Held out for the second round: written by a helper who never read the
    // guard (in /work/holdout2, outside the repository) and first measured
    // after the second round's changes were merged, on 2026-12-01. Before
    // them: recall 0.8153, FPR 0.0171 (tickets) and 0.8176, 0.0261
    // (mixed-docs); after: 0.8903, 0.0171 and 0.8404, 0.0179. Read while
    // working on the third round (as rules, never as samples), so they now
    // measure fit like the others; the next claim needs a fresh corpus.
    // `tickets` reached the targets in the fourth round (recall 0.9917,
    // FPR 0) and left this list.
    // Target recall 0.99; measured 0.9685, FPR 0 (third round); 0.9729
    // in the fourth (a spreadsheet's row numbers, OCR'd keys, a value after
    // `=` wrapped): 0.9750.
    // Round 18 (rules read from `fresh16`): 0.9794 -> 0.9815 (904/921; a
    // key that says it is live, `xyz_live_…`, a blob wrapped with no digit
    // near the break).
    ("mixed-docs", 0.98, TARGET_FPR),
    // Held out for the third round: `voices` (call and voicemail
    // transcripts, machine-translated and non-native text, autocorrect,
    // forum and issue posts, post-mortems; digits often spoken), written by
    // a helper who never read the guard (in /work/holdout3), measured once
    // after the third round was merged, on 2026-12-01. Before the third
    // round: recall 0.7704, FPR 0.0151 (10 of 663). After: the floor's
    // values, recall 0.7837, FPR 0.0166 (11 of 663). The next claim needs a
    // fresh corpus. Fourth round (numbers said as words, a card's security
    // code after its expiry, a code answered on the next line, keys
    // mistyped or read by OCR, a value in backticks after its key,
    // "utenza" before a user/password pair): 0.9506; its false alarms
    // removed (a PEM block's placeholder body, a public block's body, a
    // path, a sort code alone after "conto"): FPR 0. Tenth round (rules
    // read from `sealed10`, this corpus not read): recall 0.9613
    // (720/749), FPR 0. Round 15 (rules read from `fresh13`): 0.9653
    // (723/749; Google and defuse token formats). Round 18 (rules read
    // from `fresh16`): 0.9666 (724/749; a national account number written
    // as one run after its label). Round 21 (rules read from `fresh18`/
    // `fresh19`): 0.9746 (730/749; passphrases of joined words).
    ("voices", 0.97, TARGET_FPR),
    // Held out for the fourth round: `fieldwork` (web forms, forwarded
    // mail chains, issue posts, terminal sessions, app logs, API-client
    // exports, OCR and PDF text, spreadsheets, end users' messages), written
    // by a helper who never read the guard (in /work/holdout4, outside the
    // repository), measured once after the fourth round was merged, on
    // 2026-12-01. Before the fourth round (commit 20f8a19): recall 0.8611,
    // FPR 0.0401 (34 of 848); after: recall 0.8880, FPR 0.0377 (32 of 848).
    // Read in the fifth round (as kinds of writing, never as samples):
    // recall 0.9319, FPR 0 (sizes, cut values, resource names, file paths
    // and JSON cursors pass; prompts, consoles, builders, label/value rows,
    // dot leaders, keychain records, dotted IBANs, chat answers, German
    // keys). It now measures fit; the next claim needs a fresh corpus.
    // Round 13 (rules read from `fresh12`, this corpus not read): 0.9418
    // -> 0.9444 ("back-office credentials are user / password").
    // Round 15 (rules read from `fresh13`): 0.9462 (a value named after
    // it). Round 18 (rules read from `fresh16`): 0.9462 -> 0.9498
    // (1060/1116; random runs with a `~`, keys that say they are live).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9498 ->
    // 0.9507 (1061/1116), FPR 0 — after an arrow or a colon a name and a
    // number is a password; an at sign makes an address only before a
    // domain of letters.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and the weakest fit corpora's misses as kinds of writing): recall
    // 0.9507 -> 0.9525 (1063/1116), FPR 0 — two dotted words closing with
    // a number under a password key are a value, not a field read off an
    // object.
    // Round 36 (branch guard-round36, 2026-12-03; rules read from the
    // weakest fit corpora's misses): 0.9543 -> 0.9552 (1066/1116), FPR 0 —
    // a client secret a PDF broke over two lines (the floor stays at two
    // decimals).
    ("fieldwork", 0.95, 0.0),
    // Held out for the fifth round: `escalations` (agents' internal notes
    // and hand-offs, incident timelines, chat exports, CI/CD logs with
    // masked and leaked values, deployment configs, SQL dumps, SEPA XML,
    // statements and invoices, URLs carrying credentials, disclosure
    // reports, call-centre complaints), written by a helper who never read
    // the guard (in /work/holdout5), measured once after the fifth round
    // was merged, on 2026-12-01: recall 0.8560 (1106/1292), FPR 0.0488 (42
    // of 860); weakest kinds cvv 0.36 and pin 0.36. The next claim needs a
    // fresh corpus. At the start of session 6 (commit d2bf576) it measured
    // recall 0.8653, FPR 0.0035 (3 of 860). Read in the sixth round (as
    // kinds of writing): recall 0.8731, FPR 0.0035 on 2026-12-01 (masked
    // values, template variables' names, JWT headers alone, processors'
    // object ids and dates pass; a card's code named by where it is
    // printed, name/value field pairs, passphrases of dotted words).
    // Eighth round (branch guard-r8, 2026-12-02; rules read from `systems`,
    // not from this corpus): recall 0.8862 (1145/1292), FPR 0.0035 — the
    // INSERT-by-column rule moved cvv 0.56 -> 0.87. Ninth round (rules
    // read from `desk9`): recall 0.8947 (1156/1292), FPR 0.0012 (1 of 860).
    // Tenth round (rules read from `sealed10`; this corpus not read):
    // recall 0.9033 (1167/1292), FPR 0.0012 — replies in chat exports
    // ("now we need the code you just received" / "0573"), a code before
    // "is your verification code".
    // Round 14 (rules read from `fresh13`): recall 0.9033 -> 0.9110
    // (1177/1292; IBAN lines not joined to the next, vendor formats, a
    // code after a card).
    // Round 16 (rules read from `fresh14`, then from this corpus as
    // mechanisms): recall 0.9110 -> 0.9690 (1252/1292), FPR 0.0012 -> 0 —
    // recovery codes listed under their name, log events' `value=`,
    // `base64:` keys, generated literals, `secret_key_base`, SetEnv-style
    // directives, MT103 IBAN lines, OAuth codes and SAS signatures in
    // queries; a guest login's conventional password passes.
    // Round 18 (rules read from `fresh16`): 0.9690 -> 0.9714 (1255/1292;
    // a remark in parentheses between a key and its colon, a quote inside
    // a password).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9714 ->
    // 0.9791 (1265/1292), FPR 0 — lftp's `-u user,password` in a `set -x`
    // trace, a login written `user / password`.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9791 -> 0.9807 (1267/1292), FPR 0 — a dashed
    // passphrase after `requirepass`, a card's groups joined by a middle dot.
    ("escalations", 0.98, 0.0),
    // Held out for the sixth round: `threads` (forum and issue threads,
    // bug reports, forwarded mail, API-client exports, mobile logs, OCR,
    // call transcripts, chat, spreadsheets, mixed languages, diffs,
    // post-mortems, form dumps), written by a helper who never read the
    // guard (in /work/holdout6), measured on 2026-12-01 before the sixth
    // round (commit d2bf576) and once after it was merged (31f9fc4): recall
    // 0.9229 (1449/1570), FPR 0.0972 (83 of 854) both times — the round
    // moved nothing on it. Most false alarms are access tokens in mobile
    // logs, diffs and mail forwards. Read from the seventh round on.
    // Seventh round (branch guard-r7, 2026-12-01; as kinds of writing):
    // recall 0.9318 (1463/1570), FPR 0 (0 of 854) — sessions labelled in
    // reports, pagination cursors, lookups, short masks, far values with
    // a label of their own, breadcrumbs pass; elements named by an
    // attribute and copied settings rows are read.
    // Round 14 (rules read from `fresh13`): recall 0.9446 -> 0.9465
    // (1486/1570; IBAN lines not joined to the next). Round 15: 0.9484
    // (1489/1570; Google and defuse token formats). Round 16: 0.9497
    // (1491/1570; an account beside an ABA or transit number). Round 18
    // (rules read from `fresh16`): 0.9510 (1493/1570; a remark in
    // parentheses between a key and its colon, a quote inside a password).
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.9573 (1503/1570).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9580 ->
    // 0.9586 (1505/1570), FPR 0 — a literal labelled by the comment that
    // ends its line.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9586 -> 0.9592 (1506/1570), FPR 0 — a Google
    // client secret (`GOCSPX-…`) cut over two lines and joined.
    // Round 36 (branch guard-round36, 2026-12-03; rules read from the
    // weakest fit corpora's misses): 0.9592 -> 0.9611 (1509/1570), FPR 0 —
    // a card read aloud, its groups joined by speech-to-text's commas.
    ("threads", 0.96, 0.0),
    // Held out for the seventh round: `systems` (SQL results and dumps,
    // ORM logs, shell sessions, dotfiles, Kubernetes and Docker output,
    // webhook and queue payloads, ISO 20022 and CBI files, SDK debug
    // output, notebooks, network-tab copies, questionnaires, meeting notes,
    // bank statements, careless prose, colleagues quoted in five
    // languages), written by a helper who never read the guard (in
    // /work/holdout7), measured once after the seventh round was merged
    // (commit 2979498), on 2026-12-01: recall 0.8036 (1195/1487), FPR
    // 0.0220 (19 of 864); weakest kinds bank_account 0.51, pin 0.65, cvv
    // 0.66, password 0.68, client_secret 0.74. Read from the eighth round on.
    // Eighth round (branch guard-r8, 2026-12-02; as kinds of writing):
    // recall 0.8816 (1311/1487), FPR 0.0046 (4 of 864) — INSERT values by
    // their column and ORM parameter lists, Secrets' base64 data, XML
    // elements named for their value and ISO 20022 Othr accounts, quoted
    // pairs named by a field, questionnaire answers; column lists, stored
    // hashes and password managers' names pass. It now measures fit.
    // Tenth round (rules read from `sealed10`): recall 0.8904 (1324/1487),
    // FPR 0.0046 unchanged.
    // Round 16 (rules read from `fresh14`; routing numbers read from this
    // corpus): recall 0.8964 (1333/1487), FPR 0.0023 (2 of 864) — var_dump
    // values, accounts beside ABA/transit numbers, MT103 IBAN lines; the
    // shell's `PWD` and a record's next field pass.
    // Round 18 (rules read from `fresh16`, then this corpus's false alarms
    // as mechanisms): recall 0.8964 -> 0.9011 (1340/1487; random runs with
    // a `~` are client secrets), FPR 0.0023 -> 0 — a key in a SELECT's
    // column list and a literal that reads the environment name no value.
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.9011 -> 0.9132
    // (1358/1487; ERP field names and other mechanisms of the round).
    // Round 22 (rules read from `fresh20`, then this corpus's and
    // `fresh15`'s misses as kinds of writing): 0.9132 -> 0.9213
    // (1370/1487; JSON bodies inside PowerShell strings, keys in
    // Portuguese, Dutch and German).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9213 ->
    // 0.9287 (1381/1487), FPR 0 — rows a SQL client printed without
    // headers read by the SELECT list's columns, a login written
    // `user / password`.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and the weakest fit corpora's misses): recall 0.9287 -> 0.9307
    // (1384/1487), FPR 0 — "acc no" names a UK account, a password inside
    // a URL may hold `?`.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25`
    // and the weakest fit corpora's misses): recall 0.9307 -> 0.9375
    // (1394/1487), FPR 0 — a refresh token's column shortened (`refresh`,
    // `rt`, `…Rt`) in SQL output, INSERT lists and bound parameters; its
    // Hibernate bind logs (parameters numbered against the SELECT list)
    // were read and left.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9375 -> 0.9395 (1397/1487), FPR 0 — vendor keys
    // cut at a line's end, a password said whose.
    // Round 34 (branch guard-round34, 2026-12-03; rules read from `fresh31`
    // and the weakest fit corpora's misses): 0.9415 -> 0.9422 (1401/1487),
    // FPR 0 — Windows' `setx NAME "value"`.
    // Round 36 (branch guard-round36, 2026-12-03; rules read from the
    // weakest fit corpora's misses): 0.9422 -> 0.9462 (1407/1487), FPR 0 —
    // data frames: a card between the row's index and the next column, a
    // table kept as a notebook's JSON lines, `account_no` (the floor stays
    // at two decimals).
    ("systems", 0.94, 0.0),
    // Held out for nothing, read in round 9: `desk9` ("a real desk's
    // inbox": e-mails, chat, threads, SMS, code in many languages,
    // configs, logs, CSV/TSV/fixed-width, PDF text; half Italian), written
    // by a helper who never read the guard (in /work/holdout9). Before the
    // ninth round (commit 6d44a59): recall 0.9290 (785/845), FPR 0.0275
    // (19 of 690; secret stores' paths and vault URLs, ULID object ids, a
    // stack frame, "estratto conto"). After (branch guard-round9, as kinds
    // of writing): recall 0.9976 (843/845), FPR 0 — a key's qualifier
    // (`pin_terminale`, `password_iniziale`), language idioms
    // (`toCharArray`, `basic` arguments, `AccountKey`), Markdown code
    // spans, bank details split by forms, values prose hands over. It
    // measures fit now; the next claim needs a fresh corpus.
    ("desk9", TARGET_RECALL, TARGET_FPR),
    // Held out for round 9: `sealed10` ("people under pressure, and their
    // tools": integrators, accountants, QA, DevOps, end users and call
    // centres, through mail, chat exports, issue trackers, API-client
    // exports, devtools copies, database consoles, OCR'd letters and
    // voice-to-text), written by a helper who never read the guard (in
    // /work/holdout10), sealed until the ninth round and the speed work
    // were merged, then measured once on 2026-12-02: recall 0.9258
    // (736/795), FPR 0.0145 (10 of 690); weakest PINs and one-time codes
    // (0.7170), client secrets and CVVs (0.8837). Read in round 10
    // (branch guard-r10, as mechanisms: a second look near keys over a
    // short bridge, replies in chat exports, a code before "is your code",
    // "the new one is", bot tokens in the Bot API's path, ARNs, error
    // codes, passphrases after `key=`): recall 0.9711 (772/795), FPR
    // 0.0029 (2 of 690). It now measures fit; the next claim needs a
    // fresh corpus.
    // Round 18 (rules read from `fresh16`, then this corpus's false alarms
    // as mechanisms): recall 0.9736 -> 0.9774 (777/795), FPR 0.0029 -> 0 —
    // an amount after a currency sign read whole, a numbered list's next
    // item not joined to a wrapped number, a terminal id after "POS".
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.9786 (778/795).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9786 ->
    // 0.9799 (779/795), FPR 0 — settings kept as name/value rows.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25`, this
    // corpus not read): 0.9799 -> 0.9824 (781/795), FPR 0 — accounts
    // after ABI and CAB named in English, UK pairs with their labels.
    ("sealed10", 0.98, 0.0),
    // Held out for the tenth round: `fresh11` ("inherited history and
    // second-hand text": tickets migrated from other desks with HTML
    // entities and quoted replies, wiki and runbook pages, Windows/.NET,
    // mobile and infrastructure configs, API-client exports, office and
    // finance text, colleagues' slang; half Italian), written by a helper
    // who never read the guard (in /work/holdout11), measured once on
    // 2026-12-02 — before the tenth round (57d0902): recall 0.8507
    // (809/951), FPR 0.0153 (12 of 782); after it (guard-r10): recall
    // 0.8549 (813/951), FPR 0.0153 — the second look moved four secrets.
    // Weakest: pin 0.66, cvv 0.71, password 0.79, client_secret 0.84,
    // private_key 0.89 (RSAKeyValue XML). Read in the eleventh round
    // (branch guard-r11, 2026-12-02; as mechanisms, never as samples), so
    // it now measures fit; the next claim needs a fresh corpus. Before:
    // recall 0.8549 (813/951), FPR 0.0153 (12/782); after: recall 0.9211
    // (876/951), FPR 0.0153 — cvv 0.71 -> 0.96 (a code near its card,
    // before or after it), pin 0.66 -> 0.82 (PUK, "cod. disp.", digits
    // counted, codes shown by a device), password 0.79 -> 0.88 (pairs on
    // notes, `&egrave;`, typed into a login box, keytool flags, "chiave
    // di accesso"),
    // private_key 0.89 -> 1.00 (RSAKeyValue), card 0.95 -> 0.98 (glued to
    // "card"). Its false alarms (Kubernetes secret names, a SealedSecret's
    // ciphertext, `Read-Host`, SIDs, an SDI rejection code) were left then.
    // round 12 (false alarms): FPR 0.0153 → 0.0000
    // round 13 (rules read from `fresh12`): recall 0.9211 -> 0.9253
    // (880/951; an encoded pair after its call, markup in migrated HTML).
    // Round 16 (rules read from `fresh14`): 0.9274 (882/951; HTTPie's and
    // Azure CLI's flags).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9274 ->
    // 0.9295 (884/951), FPR 0 — a speaker's pause after a password's key,
    // a login written `user / password`.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25` and
    // this corpus's misses): 0.9295 -> 0.9327 (887/951), FPR 0 — a PIN
    // mailer's PIN alone on a line below "is shown below"; a BACS line.
    // Round 28 (branch guard-round28, 2026-12-03; rules read from `fresh17`'s
    // and the other weak corpora's wrapped values): 0.9327 -> 0.9338
    // (888/951), FPR 0 — a card wrapped after its first group and printed
    // six and four (the floor stays at two decimals).
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9338 -> 0.9348 (889/951), FPR 0 — a dot between
    // a card's groups of four (the floor stays at two decimals).
    // Round 34 (branch guard-round34, 2026-12-03; rules read from `fresh31`
    // and the weakest fit corpora's misses): 0.9348 -> 0.9369 (891/951),
    // FPR 0 — "new secret's X", the copula contracted onto the key (the
    // floor stays at two decimals).
    // Round 35 (branch guard-round35, 2026-12-03; rules read from `fresh32`
    // and the weakest fit corpora's misses): 0.9369 -> 0.9380 (892/951),
    // FPR 0 — an `&` escaped inside a query value whose key was joined by a
    // plain `=` (`password=…%26…`) stays in it (the floor stays at two
    // decimals).
    // Round 36 (branch guard-round36, 2026-12-03; rules read from the
    // weakest fit corpora's misses): 0.9380 -> 0.9422 (896/951), FPR 0 —
    // markup's `<` escaped inside a query value stays in it, VB's `"…" &
    // "…"` on one line is one literal.
    // Round 40 (branch guard-round40, 2026-12-04; rules read from `fresh17`
    // and `fresh13`): 0.9422 -> 0.9453 (899/951), FPR 0 — `&#39;` between
    // two letters reads as prose's apostrophe ("dell&#39;utente"), so the
    // value after the key's elided phrase is found (the floor stays at
    // two decimals).
    ("fresh11", 0.94, 0.0),
    // Held out through rounds 10-12: `fresh12` ("the integrator's day":
    // review comments, CI output, Postman scripts, OpenAPI examples,
    // Protobuf text, end users' forms, dictation, SMS forwards, OCR'd
    // letters; half Italian), written in session 8 by a helper who never
    // read the guard, sealed in `tests/sealed/`, measured once on
    // 2026-12-02 at 4acc685: recall 0.8804 (817/928), FPR 0.0589 (53/900).
    // Weakest: password 0.61, pin 0.71, client_secret 0.83. From here on
    // it may be read, and then measures fit.
    // Round 13 (branch guard-r13, 2026-12-02; read as mechanisms, never as
    // samples): recall 0.8804 -> 0.9461 (878/928), FPR 0.0589 -> 0 — PEM
    // headers without a body, numeric settings beside a token, numbers
    // under another field's label, calls on classes, trivial PINs in
    // rules, amounts after a sort code pass; Basic pairs, encoded
    // literals after the call, markup in values, values before their
    // name, split literals, the phone as a code's cue, "credentials"
    // pairs, answered questions, "pass is", dictated colons, quoted
    // secrets with symbols are read. password 0.61 -> 0.87, pin 0.71 ->
    // 0.82, client_secret 0.83 -> 0.99.
    // Round 18 (rules read from `fresh16`): 0.9461 -> 0.9472 (879/928; a
    // national account number written as one run after its label).
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.9504 (882/928).
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and the weakest fit corpora's misses): 0.9504 -> 0.9515 (883/928),
    // FPR 0.
    // Round 28 (branch guard-round28, 2026-12-03; wrapped values): 0.9515
    // -> 0.9547 (886/928), FPR 0 — a card wrapped after its first group,
    // printed six and five; groups spaced twice over a wrap.
    ("fresh12", 0.95, 0.0),
    // Held out through round 13: `fresh13` ("the long tail": shop owners,
    // call-centre notes, machine translation, voice transcripts, labels
    // with look-alike letters, EPC QR and ISO 20022 payloads, plugin
    // settings pages, COBOL records; half Italian), written in session 9
    // by a helper who never read the guard, measured once on 2026-12-02
    // at dbd4ed0: recall 0.6951 (782/1125), FPR 0.0636 (56/880). Weakest:
    // pin 0.51, cvv 0.53, password 0.60, bank_account 0.61. From here on
    // it may be read, and then measures fit.
    // Round 14 (branch guard-r14, 2026-12-02; read as mechanisms, never as
    // samples): recall 0.6951 -> 0.8444 (950/1125), FPR 0.0636 -> 0 —
    // `\n` escapes end values, "gestore password", label ⇥ mask rows, tabs
    // in passwords, masked card groups pass; Wi-Fi QR, IBAN lines in EPC
    // QR, quoted PEM, Mollie/Braintree/Square keys, 32-byte base64 private
    // keys, look-alike letters, COBOL copybooks, card + "code", "PIN
    // CASSA", EDIFACT FII accounts, values an arrow ties to their name
    // are read.
    // Round 15 (branch guard-round15, 2026-12-02; read as mechanisms):
    // recall 0.8444 -> 0.9093 (1023/1125), FPR 0 — a value named after
    // it (copula, "as", a parenthesis, a caret line), Google/defuse/
    // Laravel token formats, guillemets after a label, settings pages'
    // required marks and labels alone on their line, "passw.", an
    // account under ABI/CAB checked by its CIN, arrows after a key.
    // Round 18 (rules read from `fresh16`): 0.9093 -> 0.9129 (1027/1125;
    // keys that say they are live, a labelled national number as one run).
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.9164 (1031/1125).
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9164 ->
    // 0.9191 (1034/1125), FPR 0 — a long run after an object word
    // (`prod_…`) is a token, an arrow hands a password over.
    // Round 25 (branch guard-round25, 2026-12-03; rules read from
    // `fresh23`): 0.9191 -> 0.9200 (1035/1125), FPR 0 — a Basic pair
    // under its own `user:pass` label.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and this corpus's misses as kinds of writing): recall 0.9200 ->
    // 0.9271 (1043/1125), FPR 0 — a pass qualified by what it opens, then
    // its colon ("nuovo pass email: …"); "current" points at a value
    // named after it; "integration key" and "acc no" as words; two dotted
    // words and a number under a password key.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25` and
    // this corpus's misses): 0.9271 -> 0.9307 (1047/1125), FPR 0 — a
    // remark in parentheses or between spaced dashes after a key, then
    // its copula ("codice sblocco (quella che …) è 5143").
    // Round 40 (branch guard-round40, 2026-12-04; rules read from `fresh17`
    // and this corpus's misses): 0.9307 -> 0.9324 (1049/1125), FPR 0 — a
    // value in guillemets after its key inside a JSON string (`"desc":
    // "…cvc2 «4460»"}`); prose in guillemets still passes (the floor
    // stays at two decimals).
    ("fresh13", 0.93, 0.0),
    // Held out through round 15: `fresh14` ("what tools print, and who
    // pastes it": devtools and proxy copies, HTTP clients, SDK logs and
    // object dumps, kubectl/docker/terraform and package-manager
    // credentials, database clients, CI consoles, mail and chat copies,
    // multi-country bank exports, payment and SMS logs; half Italian),
    // written in session 10 by a helper who never read the guard,
    // measured once on 2026-12-02 at afbeb70: recall 0.9242 (1000/1082),
    // FPR 0.0279 (29/1040). Weakest: private_key 0.50 (private JWK
    // members, PuTTY keys), pin 0.83, bank_account 0.86, client_secret
    // 0.89. From here on it may be read, and then measures fit.
    // Round 16 (branch guard-round16, 2026-12-02; read as mechanisms,
    // never as samples): recall 0.9242 -> 0.9926 (1074/1082), FPR 0.0279
    // -> 0 — resource `Sid`s, names that say encrypted or expiry, anonymous
    // FTP, a network panel's labels, a record's next field, public JWK
    // members pass; private JWK members, PuTTY keys, abbreviated headers,
    // form-encoded `+`, HTTPie/az flags, redis replies, var_dump, SQL
    // IDENTIFIED BY, terraform outputs, encoded queries, chat cues are
    // read. It measures fit now, at the targets.
    ("fresh14", TARGET_RECALL, 0.0),
    // Held out through round 16: `fresh15` ("what attachments hold once
    // read": OCR of screenshots and photos with OCR's confusions, PDF text
    // with ligatures and interleaved columns, xlsx/docx/pptx as text,
    // scanned forms and faxes; half Italian), written in session 10 by a
    // helper who never read the guard, measured once on 2026-12-02 at
    // 0b1b759: recall 0.8106 (783/966), FPR 0.0214 (20/936). Weakest: pin
    // 0.65, password 0.69, access_token 0.75, card_number 0.83. From here
    // on it may be read, and then measures fit.
    // Round 17 (branch guard-round17, 2026-12-02; read as mechanisms,
    // never as samples): recall 0.8106 -> 0.8923 (862/966), FPR 0.0214 ->
    // 0.0085 (8/936) — policy quantifiers, codes named by a bank's routing
    // word, `User / ID` headers pass; a screen's controls beside a value,
    // glosses in parentheses on a label alone on its line, IBANs and cards
    // read through OCR's confusions (mod-97, Luhn deciding) are read.
    // Round 18 (rules read from `fresh16`, then this corpus's false alarms
    // and misses as mechanisms): recall 0.8923 -> 0.9172 (886/966), FPR
    // 0.0085 -> 0.0011 (1/936) — past an account shown masked a label
    // opens another field, an amount after a currency sign is read whole,
    // a credential's "ID"/"name" column and a parenthesis saying where a
    // secret is kept name no value, a phone number above an SMS is not
    // its code; "copy it now" (a console showing a new key once), a code
    // texted "to approve" a payment, "guest wifi: …" on a note and blobs
    // wrapped with no digit near the break are read.
    // Round 22: 0.9172 -> 0.9234 (892/966; a card's back, its last four
    // digits then the code), FPR unchanged.
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9234 ->
    // 0.9306 (899/966), FPR 0.0011 — a column gap parts a one-time code
    // from its countdown, a code sent to a phone is no phone's code, long
    // `prod_` tokens, `user / password`.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and this corpus's misses as kinds of writing): recall 0.9306 ->
    // 0.9400 (908/966), FPR 0.0011 unchanged — an IBAN written one
    // character per box (`|I|T|6|0|…`, `I T 6 0 …`) after the word IBAN,
    // checked.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25` and
    // the weakest fit corpora's misses): 0.9400 -> 0.9420 (910/966), FPR
    // unchanged — one-time codes shown with a countdown or told by phone.
    // Round 34 (branch guard-round34, 2026-12-03; rules read from `fresh31`
    // and the weakest fit corpora's misses): 0.9420 -> 0.9441 (912/966),
    // FPR unchanged — a key labelled by its environment ("sandbox key:")
    // alone on its line (the floor stays at two decimals).
    ("fresh15", 0.94, 0.002),
    // Held out through round 17: `fresh16` ("the desk's own traffic":
    // quoted mail replies, corrections, agent notes and macros, merges,
    // CSAT comments, web forms, webhook and desk exports, chat widgets,
    // escalation summaries, SSO and debug-id flows; half Italian), written
    // in session 10 by a helper who never read the guard, measured once on
    // 2026-12-02 at 08f8d16: recall 0.9387 (766/816), FPR 0.0033 (3/910).
    // Weakest: access_token 0.78, password 0.83, pin 0.89. From here on it
    // may be read, and then measures fit.
    // Round 18 (branch guard-round18, 2026-12-02; read as mechanisms,
    // never as samples): recall 0.9387 -> 0.9926 (810/816), FPR 0.0033 ->
    // 0 — a remark in parentheses before a key's colon or a Bearer token,
    // a double quote inside a password (CSV-doubled, JSON-escaped, in URL
    // userinfo), SCA named with an authorisation code, a cookie named in
    // a sentence, an arrow or "è questo" pointing at a token, a national
    // number as one run after its label, random runs with a `~`, keys
    // that say they are live, a wrapped value whose break a JSON string
    // kept as `\n`; a value its own clause names an id and a second sort
    // code pass. It measures fit now, at the targets; still missed: tokens
    // pasted where a debug id was asked for.
    ("fresh16", TARGET_RECALL, 0.0),
    // Held out through round 18: `fresh17` ("text that went through other
    // hands": deep-quoted and hard-wrapped mail, HTML mail as text, rich
    // text pastes, chat exports, Markdown, notebooks, JSON-escaped,
    // URL-encoded, base64 and quoted-printable values, Unicode noise,
    // autocorrect, translation, PDF hyphenation, TSV, terminal copies,
    // diffs, failed masking, mojibake, OCR, SQL clients; half Italian),
    // written in session 11 by a helper who never read the guard, measured
    // once on 2026-12-02 at 47b29be: recall 0.8047 (853/1060), FPR 0.0267
    // (24/900). Weakest: client_secret 0.65, refresh_token 0.65, password
    // 0.70, pin 0.76. From here on it may be read, and then measures fit.
    // Round 19 (branch guard-round19, 2026-12-02; read as kinds of
    // writing): recall 0.8047 -> 0.8189 (868/1060), FPR 0.0267 -> 0.0033
    // (3/900), every other corpus unchanged — mechanisms: base64 blobs read
    // through (decoded text scanned whole, `base64`'s wrapped lines joined);
    // a Secret printed by `kubectl get secret` (yaml, or `-o jsonpath=
    // "{.data}" | jq`) decoded even without `kind: Secret`; a distant key's
    // base64 value that decodes to clean text dropped; hex error ids and
    // clock times are no `id:secret`; masked values (mostly `*`/`•`/`…`,
    // or `XXX`) dropped, also behind URL or quoted-printable escapes; URL
    // escapes of UTF-8 and double URL encoding read through; `getenv("X")`
    // lookups, a grep pattern's alternation words, TODO/FIXME and Twilio
    // Account SIDs are no values.
    // Round 21 (rules read from `fresh18`/`fresh19`): 0.8189 -> 0.8264
    // (876/1060; cards in halves with a bare slash), FPR unchanged.
    // Round 22 (rules read from `fresh20`): 0.8264 -> 0.8311 (881/1060; a
    // user:password pair after a word naming a credential), FPR unchanged.
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.8311 ->
    // 0.8415 (892/1060), FPR 0.0033 — `cc` joins ABI/CAB to the account,
    // settings kept as name/value rows (`| bearer_token | … |`).
    // Round 25 (branch guard-round25, 2026-12-03; rules read from
    // `fresh23`): 0.8415 -> 0.8425 (893/1060), FPR unchanged — a Basic
    // pair under its own `user:pass` label.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and this corpus's misses as kinds of writing): recall 0.8425 ->
    // 0.8481 (899/1060), FPR 0.0033 unchanged — values wrapped in a reply
    // to a reply (`> > > `, `>>> `) join across the quote marks, and so
    // does a quoted line a mail client re-wrapped with its overflow alone
    // on a line (`…eyJzdWIi` / `OiJ` / `>> 1c3Jf…`).
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25` and
    // this corpus's misses): 0.8481 -> 0.8557 (907/1060), FPR unchanged —
    // a PuTTY key file quoted in a reply (`> ` or `| ` before each line,
    // its MAC below its label); codes with a countdown or told by phone;
    // a refresh token's column shortened (`rt`).
    // Round 28 (branch guard-round28, 2026-12-03; rules read from this
    // corpus's quoted wraps): recall 0.8557 -> 0.8594 (911/1060), FPR
    // 0.0033 unchanged — an IBAN read across a quoted wrap (`IT85` /
    // `> J031 …`), a padded base64 chunk closing a sentence on the quoted
    // line (`SU=.`), a JWT cut right after `eyJhbG`, a quoted line's
    // overflow alone in lower case (`Zn`). The floor stays at two decimals.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and this corpus's misses): recall 0.8594 -> 0.8708 (923/1060), FPR
    // 0.0033 unchanged — a dot between a card's groups of four among other
    // separators (`4111 1193.5391 8358`), a sheet of items and values with
    // notes (`||Item||Value||Notes||`, `|Voce|Valore|Note|`).
    // Round 32 (branch guard-round32, 2026-12-03; one rule read from this
    // corpus): recall 0.8783 -> 0.8821 (935/1060), FPR unchanged — an
    // `&name=` inside a value not set with `=`, on a line with no query.
    // Round 35 (branch guard-round35, 2026-12-03; rules read from `fresh32`
    // and the weakest fit corpora's misses): recall 0.8821 -> 0.8830
    // (936/1060), FPR unchanged — the escaped `&` of a JDBC URL's password
    // (`password=Farf%26vulc%3D839`). The floor stays at two decimals.
    // Round 40 (branch guard-round40, 2026-12-04; rules read from this
    // corpus's misses by the damage done): recall 0.8840 -> 0.9028
    // (957/1060), FPR 0.0033 -> 0 — found: JSON nested twice in a log
    // line, a terminal's colour codes that lost their escape byte, a PEM
    // body joined by `<br>`, an armor smart punctuation turned to em
    // dashes, a quoted-printable body (`=3D`, soft breaks), URL-escaped
    // thin and no-break spaces (once or twice encoded), a form's `+` in an
    // OAuth fragment and beside a dash; passing: a variable in guillemets
    // (`«${DB_PASSWORD}»`), `dell&#39;utente`, Docker's `credsStore`.
    ("fresh17", 0.90, 0.0),
    // Held out through round 19: `fresh18` ("people in a hurry, on the
    // phone, and in other trades' tools": dictation with numbers in words,
    // voicemail transcripts, letters spelled aloud, call-centre notes,
    // ERP/accounting/payroll exports, CRM notes, shop admin pages, card
    // terminals, bank letters, insurance/utility/hotel/travel/school forms,
    // typo-ridden phone messages, self-corrections, values split across
    // messages; half Italian), written in session 11 by a helper who never
    // read the guard, measured once on 2026-12-02 at b41d761: recall 0.8514
    // (917/1077), FPR 0.0198 (17/860). Weakest: bank_account 0.52, password
    // 0.75, pin 0.79. From here on it may be read, and then measures fit.
    // Round 21 (branch guard-round21, 2026-12-03; read as mechanisms,
    // never as samples): recall 0.8514 -> 0.9963 (1073/1077), FPR 0.0198
    // -> 0 — ERP field names, shop and marketplace token formats,
    // placeholders and ledger accounts pass, phone shorthand, spelled and
    // corrected passwords, PINs in parts, Wi-Fi notes. At the targets.
    ("fresh18", TARGET_RECALL, 0.0),
    // Held out through round 19: `fresh19` ("the community and the public
    // web": help-center comments, forum and Q&A threads with code, issues and
    // pull requests, community chat, reviews and social posts about payments,
    // "paste your config" exchanges, second-language writers, regional
    // Italian and slangy English; half Italian), written in session 12 by a
    // helper who never read the guard, measured once on 2026-12-03 at
    // 29d9474: recall 0.9600 (888/925), FPR 0.0092 (8/870). Weakest: pin
    // 0.83, access_token 0.90, password 0.91. From here on it may be read,
    // and then measures fit.
    // Round 21 (branch guard-round21, 2026-12-03; read as mechanisms):
    // recall 0.9600 -> 0.9968 (922/925), FPR 0.0092 -> 0 — codes named in
    // the writer's language, access/refresh pairs, formats shown by
    // example and cut JWT headers pass. At the targets.
    ("fresh19", TARGET_RECALL, 0.0),
    // Held out through round 21: `fresh20` ("security paperwork and what
    // machines hand to people": scanner findings, audits, postmortems,
    // rotation runbooks, SIEM alerts, HAR and copy-as-cURL, crash reports,
    // QR and push payloads, vault and keychain dumps, SAML/OIDC debugging,
    // SCA reconstructions, chargeback and KYC paperwork; half Italian),
    // written in session 13 by a helper who never read the guard, measured
    // once on 2026-12-03 at 4006659: recall 0.9173 (788/859), FPR 0.0635
    // (54/850). Weakest: cvv 0.68, password 0.79, pin 0.87. From here on it
    // may be read, and then measures fit.
    // Round 22 (branch guard-round22, 2026-12-03; read as kinds of
    // writing): recall 0.9173 -> 0.9697 (833/859), FPR 0.0635 -> 0
    // (0/850), every other corpus kept or raised — mechanisms: a decoded
    // token's identifying members (kid, sid, jti, nonce…), hex digests and
    // an export's header row are no secrets, nor a far value among a
    // sentence's examples "(e.g. …)"; a number labelled by the first
    // word of the sentence after an SMS cue is no code; a card record's
    // `code` member, a "Credential" column judged by shape, JSON inside a
    // PowerShell string, a hardware token's code, a secret scanner's
    // match fields, a column's password ending in a full stop and a
    // Bearer token copied URL-encoded are read.
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9709 ->
    // 0.9884 (849/859), FPR 0 — a password manager's row one cell short
    // of its wide header read from its end, a long run after an object
    // word is a token.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9884 -> 0.9895 (850/859), FPR 0 — a vendor's
    // refresh token cut at a line's end and joined.
    ("fresh20", 0.98, 0.0),
    // Held out through round 22: `fresh21` ("the integrator's machine
    // speaks": shell history, REPLs and database clients, debugger dumps,
    // IDE run configurations, mobile and browser consoles, notebooks,
    // Dockerfiles, fixtures, migrations, queue payloads, spreadsheets; half
    // Italian), written in session 14 by a helper who never read the guard,
    // measured once on 2026-12-03 at ae4593c: recall 0.9523 (1496/1571),
    // FPR 0.0400 (34/850). Weakest: bank_account 0.65, access_token 0.90,
    // pin 0.91. From here on it may be read, and then measures fit.
    // Round 23 (branch guard-round23, 2026-12-03; read as kinds of
    // writing): recall 0.9523 -> 0.9803 (1540/1571), FPR 0.0400 -> 0
    // (0/850), every other corpus kept or raised (fresh20 0.9697 ->
    // 0.9709, threads 0.9573 -> 0.9580) — mechanisms: a vendor prefix
    // before a mask (`ghp_xxxx`, `xoxb-***`) is a placeholder; an opening
    // tag nothing closes on its line (`<password>`) is no markup to cross;
    // after `Bearer`, a `Name:` field of a struct dump is a label; a public
    // PEM block cut short stays public; two groups of five digits are a
    // bank's and branch's codes. Read: an account grouped with its bank's
    // codes under an account key, a property flag's name (`-DapiKey=`),
    // `Bearer $tok` as the value `$tok` was set to, a session cookie's row
    // in a cookie table, `redis-cli -a` in a shell history entry, an
    // identifier before a bar (psql's expanded display), Make's `?=`.
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9803 ->
    // 0.9879 (1552/1571), FPR 0 — a debugger's tuple lined up with its
    // expressions, a session cookie's row after its `__Secure-` prefix, a
    // Redis hash's `code` field beside an OTP cue, bank details widened
    // to the whole run of digit groups.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9898 -> 0.9905 (1556/1571), FPR 0 — a session
    // cookie in a storage panel with its own escapes.
    ("fresh21", 0.99, 0.0),
    // Held out through round 23: `fresh22` ("the robots in between":
    // Zapier/Make/n8n/Power Automate steps and exports, RPA bots, no-code
    // settings pages and credential tables, Home Assistant and Node-RED
    // secrets, webhook captures, conversations pasted from AI assistants,
    // MCP configs, agent traces, AI meeting recaps, chatbot transcripts,
    // parser outputs, SMS/OTP flows and voice-note transcripts; half
    // Italian), written in session 14 by a helper who never read the
    // guard, measured once on 2026-12-03 at 5d497d0: recall 0.9224
    // (1165/1263), FPR 0.1188 (101/850), the most false alarms of any
    // held-out measure. Weakest: bank_account 0.70, password 0.82, pin
    // 0.91. From here on it may be read, and then measures fit.
    // Round 24 (branch guard-round24, 2026-12-03; rules read from `fresh22`
    // and this corpus's misses as kinds of writing): recall 0.9224 ->
    // 0.9897 (1250/1263), FPR 0.1188 -> 0 (0/850) — references and ids
    // read as such: a number counted in a unit ("3600 seconds") is no
    // code, a model API's object ids (`msg_`, `chatcmpl-`, `org-`,
    // `proj_`) are ids, a session UUID on a logfmt line names the session,
    // letter-only cells after a CSV header's key are column names, `P.S.`
    // continues no wrapped value, one interpolation is the reference it
    // interpolates. Values read: a .env line's quoted constant is its own
    // entry, constants declared in pairs (`const ACCESS`/`REFRESH`), a
    // speaker's pause ("password... hang on... right: X"), a literal
    // labelled by its line's trailing comment, a login typed by a script
    // (user, Tab, string, Enter), a workflow's `<Assign.To>`/`.Value`,
    // an account widened to its bank and branch codes, `bank details`,
    // Notion and Airtable tokens, a Mailchimp key under a name ending in
    // KEY, a vendor prefix not read as a mistyped key.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9897 -> 0.9905 (1251/1263), FPR 0 — a vendor key
    // cut at a line's end and joined.
    ("fresh22", 0.99, 0.0),
    // Held out through round 24: `fresh23` ("handovers: when an account
    // changes hands": agency and employee handovers, offboarding and
    // onboarding pages, acquisition inventories, migrations from another
    // payment provider, outsourcing annexes, security questionnaires,
    // break-glass envelopes, shared-drive credential sheets, password
    // manager transfers, key rotations, bookkeepers' bank feeds, POS
    // handovers, inherited code, powers of attorney, insolvency
    // inventories; half Italian), written in session 15 by a helper who
    // never read the guard, measured once on 2026-12-03 at 18202ed: recall
    // 0.8795 (978/1112), FPR 0.0764 (66/864). Weakest: pin 0.80,
    // access_token 0.80, password 0.82, client_secret 0.85. From here on
    // it may be read, and then measures fit.
    // Round 25 (branch guard-round25, 2026-12-03; rules read from this
    // corpus's false alarms and misses as kinds of writing): recall
    // 0.8795 -> 0.9236 (1027/1112), FPR 0.0764 -> 0.0023 (2/864) — what
    // stands where a secret would go and names its place or fate (a
    // secret store's entry, `secretRef`, `op://`, a public key or a
    // fingerprint, an SSO login, a note in words, a span across CSV
    // cells, a field-mapping row); a table's value column read by each
    // row's own label when a type column stands before it, and such a
    // table found from a key alone in a row's cell; a Basic pair under
    // `user:pass`; a Visual Basic constant's `As Type =`; a remark then
    // an arrow; a lock's combination; a snake-case name qualified after
    // a preposition (`token_di_…`); a list item `name: user / password`.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // and the weakest fit corpora's misses): 0.9236 -> 0.9254 (1029/1112),
    // FPR unchanged — a URL's password may hold `?` (two `amqp://` and
    // `postgres://` URLs).
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25` and
    // the weakest fit corpora's misses): 0.9254 -> 0.9353 (1040/1112), FPR
    // unchanged — a code kept for a safe or an alarm's keypad; a remark
    // between a key and its copula ("PIN (the one …) is …"); a login told
    // as a sentence ("you log in as X with Y").
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9353 -> 0.9371 (1042/1112), FPR unchanged — a
    // password said whose ("la password del … è X"), a dashed passphrase.
    // Round 34 (branch guard-round34, 2026-12-03; rules read from `fresh31`
    // and the weakest fit corpora's misses): 0.9371 -> 0.9478 (1054/1112),
    // FPR unchanged — a session cookie named in words, a constant whose
    // name runs its words together (`Smtppass`, `Paymentsapikey`), the
    // copula contracted onto the key ("password's X").
    // Round 36 (branch guard-round36, 2026-12-03; rules read from the
    // weakest fit corpora's misses): 0.9478 -> 0.9487 (1055/1112), FPR
    // unchanged — a Slack token a checklist's line broke before a blank
    // line (the floor stays at two decimals).
    ("fresh23", 0.94, 0.0024),
    // Held out through round 25: `fresh24` ("incidents in motion: on-call,
    // war rooms and the timeline": alert bodies and escalation notes,
    // incident-channel exports, bridge-call notes, status-page drafts,
    // live timeline sheets, runbook steps with their output, hotfix diffs
    // and rollbacks, config toggles before and after, load-balancer and
    // WAF dumps, queue replays, reconciliation scripts, merchant apology
    // mails with refund lists, major-incident reports, after-action
    // reviews; half Italian), written in session 15 by a helper who never
    // read the guard, measured once on 2026-12-03 at 0e8c327: recall
    // 0.8798 (908/1032), FPR 0.0187 (16/854). Weakest: access_token 0.79,
    // password 0.80, vendor_key 0.82, pin 0.83. From here on it may be
    // read, and then measures fit.
    // Round 26 (branch guard-round26, 2026-12-03; rules read from `fresh24`
    // false alarms, then its misses, as kinds of writing): recall 0.8798
    // -> 0.9864 (1018/1032), FPR 0.0187 -> 0 (0/854) — what passed:
    // `session_id=<UUID>` on a status line, digits running into a mask
    // (`601111******5128`), a key's `_ref` (`api_key_ref: A → B`), a
    // generic word heading a store's path (`secret/data/…`), an issue
    // tracker's key (`OPS-29175`). What is read: HAProxy's `stats auth
    // user:pass`; `-p` after `-u user`; `Authorization: OAuth <token>`;
    // `mot_de_passe`; `?` inside a URL's password; two dotted words with
    // a number under a password key; a bare pass after a user's name;
    // 32-hex alerting keys under `routing_key` / "integration key"; a UUID
    // under an environment setting named a key (`X_KEY_FOR_Y=…`) unless
    // the name says id; a key set from nothing (`"" -> "user:pass"`); a
    // quoted `user:pass` under `auth`; "SDK key", "signing key", "chiave
    // di firma"; a second code in the sentence of a first ("e poi quello
    // nuovo …"); a reply saying where a code came ("sul mio telefono:");
    // UK sort code and account after bank details named in Italian,
    // German or French; an account closing a CSV field; an open quoted
    // argument continued on an indented line; `redis-cli -a` quoted in a
    // reply. access_token 0.79 -> 0.96, password 0.80 -> 0.99,
    // vendor_key 0.82 -> 0.99, pin 0.83 -> 0.97.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from `fresh26`
    // and `fresh17`): 0.9864 -> 0.9874 (1019/1032), FPR 0 — a vendor key
    // cut at a line's end and joined.
    ("fresh24", 0.98, 0.0),
    // Held out through round 26: `fresh25` ("the money side of the house":
    // treasury, accounts payable, payroll bureaus, ERP consultants,
    // e-invoicing, accountants, auditors, factoring, marketplace payouts,
    // chargeback analysts; bank files, ERP screens as text, pandas/VBA/SQL,
    // formal letters and terse mail; half Italian), written in session 16
    // by a helper who never read the guard, measured once on 2026-12-03 at
    // 1187d0a: recall 0.9195 (857/932), FPR 0 (0/872). Weakest: pin 0.63,
    // bank_account 0.72, password 0.86. From here on it may be read, and
    // then measures fit.
    // Round 27 (branch guard-round27, 2026-12-03; rules read from `fresh25`'s
    // misses as kinds of writing): recall 0.9195 -> 0.9936 (926/932), FPR
    // 0 (0/872) — the account a fixed-width record's layout places (a
    // BACS Standard 18 line opening with sort code and account, a CBI
    // RiBa "14" record's ABI, CAB and conto after the amount's sign); an
    // account after ABI and CAB named in English or on the next line;
    // `s/c … a/c …` and a UK pair after a word of paying and "to";
    // `ConvertTo-SecureString "…" -AsPlainText`, `net use … /user:X pw`,
    // `sqlcmd -P`; an approval code shown with its countdown; a code read
    // out digit by digit or told over the phone; "TAN-Nummer"; a PIN of
    // up to twelve digits under a user and a password; Adyen keys; two
    // dotted words under a password key with the closing one capitalised.
    // bank_account 0.72 -> 1.00, pin 0.63 -> 0.98, password 0.86 -> 0.98.
    ("fresh25", 0.99, 0.0),
    // Held out through round 28: `fresh26` ("small screens and short fuses":
    // what is typed on phones or sent from messaging apps — chat forwards
    // and exports, voice-to-text, emoji inside values, Live Text of
    // screenshots, Notes pages, watch notifications, mobile developers'
    // Xcode/logcat/Flutter pastes and app config files, push payloads,
    // POS slips; half Italian), written in session 16 by a helper who
    // never read the guard, measured once on 2026-12-03 at 8fa878b: recall
    // 0.8636 (728/843), FPR 5.08 % (44/866). Weakest: pin 0.58,
    // client_secret 0.82, vendor_key 0.83, card_number 0.85. From here on
    // it may be read, and then measures fit.
    // Round 29 (branch guard-round29, 2026-12-03; rules read from this
    // corpus): recall 0.8636 -> 0.9881 (833/843), FPR 5.08 % -> 0 — push
    // addresses (FCM registration and APNs device tokens) and a JWT's `kid`
    // are no tokens, FCM's legacy server key is a vendor key; backup codes
    // numbered under their name; digit groups joined by dots, bars or
    // emoji; `id:secret` after a note of its format; `BLZ … Kto …`; vendor
    // keys cut over lines; cookies in a storage panel; lldb's prints;
    // Wi-Fi keys after a one-word SSID; passwords said whose and dashed
    // passphrases; codes said to expire, to unlock or to hurry.
    ("fresh26", 0.98, 0.0),
    // Held out through round 29: `fresh27` ("the data team's plumbing":
    // Airflow connections, dbt profiles, Spark and notebook pastes,
    // warehouse connection strings and JDBC URLs, connector configs, SQL
    // dumps, extracts of end users with bank details, pseudonymised and
    // tokenised values, data-quality reports, ML tracking settings; half
    // Italian), written in session 17 by a helper who never read the
    // guard, measured once on 2026-12-03 at 9b1eb8c: recall 0.9675
    // (1311/1355), FPR 5.06 % (43/850). Weakest: cvv 0.81, client_secret
    // 0.89. From here on it may be read, and then measures fit.
    // Round 30 (branch guard-round30, 2026-12-03; rules read from this
    // corpus): recall 0.9675 -> 0.9963 (1350/1355), FPR 5.06 % -> 0 — a
    // card's token (format-preserving digits, a token in a `card` object
    // or under `pan_token`), a documented `EXAMPLE` key, a connection
    // address after a password key and numbers before a masked code are no
    // secrets; a sheet's group row is no header; `basic.auth…=id:secret`;
    // `password(value)` as a command's option; a login's name in "la pass
    // del service user X è …".
    // Round 35 (branch guard-round35, 2026-12-03; rules read from `fresh32`):
    // 0.9963 -> 0.9970 (1351/1355), FPR 0 — R's `str()` line `$ refresh_token:
    // chr "…"` (the floor stays at two decimals).
    ("fresh27", 0.99, 0.0),
    // Held out through round 30: `fresh28` ("shops and storefronts":
    // e-commerce admin and plugin settings, wp-config and env files, order
    // and refund exports, marketplace and courier connectors, POS configs
    // and slips, gift cards, owners' chat in capitals; half Italian),
    // written in session 17 by a helper who never read the guard, measured
    // once on 2026-12-03 at 0be9104: recall 0.9570 (1068/1116), FPR 1.76 %
    // (15/850). Weakest: access_token 0.84, client_secret 0.91. All 15
    // false alarms are product and catalog numbers (EAN/GTIN, loyalty
    // cards, catalog and page ids) taken for card numbers. From here on it
    // may be read, and then measures fit.
    // Round 31 (branch guard-round31, 2026-12-03; rules read from this
    // corpus): recall 0.9570 -> 1.0000 (1116/1116), FPR 1.76 % -> 0 —
    // Maestro only in its issued ranges, an EAN/GTIN with its GS1 check
    // digit under its name or column and a number named as an id are no
    // cards; eBay OAuth tokens and PayPal classic signatures by format; a
    // live key after a provider's name; `<PasswordCliente…>` elements;
    // HMAC keys; PHP-serialized options; "È" as copula; "key"/"chiave" in
    // prose before a random value, or ending the line above it; cookies
    // listed under their panel's label; a key broken in two under its
    // label; a terminal's colour codes dropped whole; an `id:secret`
    // pair's closing symbols.
    ("fresh28", 0.99, 0.0),
    // Held out through round 31: `fresh29` ("who you are: identity,
    // sign-in and the keys around it": IdP admin pages, OIDC and SAML
    // documents, SCIM, LDAP and Kerberos, Vault, Kubernetes secrets, TOTP
    // enrolment and backup codes, PKCE and device flows, API gateways,
    // password resets, SPID/CIE and PEC; half Italian), written in session
    // 18 by a helper who never read the guard, measured once on 2026-12-03
    // at fd9e6c9: recall 0.8449 (1008/1193), FPR 2.00 % (17/850). Weakest:
    // pin 0.52, private_key 0.63, access_token 0.83. From here on it may
    // be read, and then measures fit.
    // Round 32 (branch guard-round32, 2026-12-03; rules read from this
    // corpus): recall 0.8449 -> 0.9899 (1181/1193), FPR 2.00 % -> 0 —
    // references in a secret store's syntax (`ref+vault://`, `sm://`,
    // `vault:…#…`, Key Vault references, `secretKeyRef:`, ARNs), a value
    // whose tail is masked, a token's accessor and an LDAP `{SCHEME}` hash
    // are no values; recovery codes printed in columns or of letters only;
    // Vault's key shares and `klist -K` key bytes; SAMLResponse,
    // device_code, APIM subscription key, code_verifier, AppRole
    // secret_id, bindpw/authtok, SSWS; `ldapsearch -w`; a reset link's
    // token; a client's UUID secret where it says it uses one; a prompt
    // for an account's password; python-ldap's bind calls; list items and
    // stacked numbers are not one wrapped number; an `&name=` inside a
    // value outside a query.
    ("fresh29", 0.98, 0.0),
    // Held out through round 32: `fresh30` ("what the test suite leaves
    // behind": Postman and Insomnia exports, HTTP cassettes, mock mappings,
    // Playwright storage state, fixtures and seeds, load-test data, CI
    // test logs and reports, manual testers' bug reports; half Italian),
    // written in session 18 by a helper who never read the guard, measured
    // once on 2026-12-03 at 9e9583e: recall 0.9382 (1245/1327), FPR 2.12 %
    // (18/850). Weakest: vendor_key 0.57, pin 0.91, password 0.91. From
    // here on it may be read, and then measures fit.
    // Round 33 (branch guard-round33, 2026-12-03; rules read from this
    // corpus): recall 0.9382 -> 0.9894 (1313/1327), FPR 2.12 % -> 0.12 %
    // (1/850). A column named for a card's token holds references and a
    // logged `client=`/`user=` field names whose, neither a token; a
    // setter's or FactoryBot's one literal, a lambda's returned literal,
    // a lone string in a key's array, Postman's API-key auth entry; a
    // service's access key mixing case (or a UUID) and `cypress run
    // --key`; a snake-case column read as its words (`sms_code`).
    // Round 39 (rules read from `fresh35`): 0.9902 (1314/1327).
    ("fresh30", 0.99, 0.0012),
    // Held out through round 33: `fresh31` ("things that pay by
    // themselves": vending, parking, EV chargers and OCPP, unattended
    // readers and key injection, firmware and MQTT, LoRaWAN, modems, BLE;
    // half Italian), written in session 18 by a helper who never read the
    // guard, measured once on 2026-12-03 at c2ced88: recall 0.7762
    // (881/1135), FPR 1.29 % (11/850). Weakest: pin 0.42, password 0.43,
    // client_secret 0.55, private_key 0.74. From here on it may be read,
    // and then measures fit.
    // Round 34 (branch guard-round34, 2026-12-03; rules read from this
    // corpus): recall 0.7762 -> 1.0000 (1135/1135), FPR 1.29 % -> 0
    // (0/850). A C/C++ `#define` of a password-named macro to a literal; a
    // modem's AT commands that carry a SIM PIN or a data login's password
    // (`+CPIN`, `+CLCK`, `+CPWD`, `+CGAUTH`, `+QICSGP`, `+CSTT`); LoRaWAN
    // root/session keys and a payment terminal's BDK/IPEK/TMK/ZMK/TPK/ZPK
    // (and components) read as hex of a key's length, their EUIs, KCV and
    // KSN passing; OCPP's `AuthorizationKey` in its setting or
    // configuration entry; a BLE pairing passkey; a Wi-Fi `psk` setting or
    // column; Mosquitto's `-P` and its password file in clear before
    // `mosquitto_passwd -U`; a connecting call's third literal after host
    // and user; a parcel locker's pickup code; a chat reply telling what
    // to type ("use 838053"); a URL query's UUID session is an id.
    ("fresh31", 1.00, 0.0),
    // Held out through round 34: `fresh32` ("the less travelled stacks":
    // Rust, Elixir/Erlang, Scala, Clojure, Haskell, Dart, R, Julia, Lua,
    // Perl, Delphi, VBA, COBOL/JCL, ABAP, Apex, Solidity, Terraform,
    // Pulumi, Nix, Dhall, Ansible, systemd, .netrc; half Italian), written
    // in session 19 by a helper who never read the guard, measured once on
    // 2026-12-03 at 2752723: recall 0.8391 (897/1069), FPR 6.12 %
    // (52/850). Weakest: pin 0.59, private_key 0.76, client_secret 0.76,
    // vendor_key 0.77. From here on it may be read, and then measures fit.
    // Round 35 (branch guard-round35, 2026-12-03; rules read from this
    // corpus): recall 0.8391 -> 0.9953 (1064/1069), FPR 6.12 % -> 0
    // (0/850). Reads of the environment and of settings in any language
    // (`os:getenv`, `(System/getenv …)`, `fetch_env!`, `compile_env`,
    // `getEnv`, `env::var`, `$ENV{…}`, `{:system, "X"}`), aero's `#env` and
    // YAML tags, Dhall's `env:`, Apex merge fields (`{!$Credential.…}`) and
    // named credentials pass, and a key whose line reads its value (or is
    // said "missing") has none below; a prefixed key masked but its last
    // four passes. Found: an Erlang node's cookie (`RELEASE_COOKIE`,
    // `-setcookie`, `--cookie`, `~/.erlang.cookie`); a node provider's key
    // in its endpoint's path (Infura, Alchemy); a client's `auth` method,
    // httr's `authenticate`, `{:basic, "u:p"}`, `Some("…")` arguments,
    // Erlang's `{connect, host, user, pw}`, LWP's four-literal
    // `credentials`; a call confirming SCA or an OTP with its code; a
    // literal declared with a string type (Bicep, Rust, VB, R's `str()`)
    // or as an Elixir attribute; a method's fallback default
    // (`unwrap_or_else(|_| "…")`); a function named for its token; literals
    // joined by VB's `& _`, Haskell's `<>`, `++`; a key as a byte array; a
    // wallet's mnemonic and Hardhat's `accounts` keys; Erlang's `<<"…">>`
    // and Objective-C's `@"…"`; a batch FTP step's password; a key asked
    // about in chat and handed over in a reply.
    ("fresh32", 0.99, 0.0),
    // Held out through round 36: `fresh33` ("the public side:
    // administrations, taxes and regulated paperwork": pagoPA, PDND,
    // SPID/CIE, PEC, Entratel, SdI, INPS, HMRC MTD, GOV.UK Pay/Notify,
    // Companies House, eIDAS, Peppol; half Italian), written in session 20
    // by a helper who never read the guard, measured once on 2026-12-04 at
    // 388ba45: recall 0.8644 (1052/1217), FPR 9.06 % (77/850). Weakest:
    // vendor_key 0.41 (pagoPA subscription keys, GOV.UK Notify keys), pin
    // 0.86, access_token 0.87. From here on it may be read, and then
    // measures fit.
    // Round 37 (branch guard-round37, 2026-12-04; rules read from this
    // corpus): recall 0.8644 -> 0.9630 (1172/1217), FPR 9.06 % -> 0.24 %
    // (2/850). Passing: a payment attempt's token (`paymentToken`, hex or
    // UUID), software statements (a JWT with `software_id` and no scope),
    // masked tails (`xxxx-xxxx-a773`), base64 placeholders, a law cited by
    // number and year, 17–18 digit runs starting 30/36–39 (Diners issues
    // 14 and 16), a payment notice under its name (avviso, IUV), an
    // employer's registration (ditta, matricola) as no code, Italian
    // `LA_TUA_…`. Found: an API gateway's subscription key under any
    // spelling, a key written as a name and two UUIDs, an ABI OCR read
    // with a letter, a key sent as curl's user with an empty password, a
    // value after `@` with a run of digits, a ten-digit PIN after a colon,
    // 32 hex digits handed over by a copula or a colon after "key", the
    // authorization code in a token request's body, a quoted reply's
    // `pass X` under its user, YAML's `api:` over `key:`.
    ("fresh33", 0.96, 0.0024),
    // Held out through round 37: `fresh34` ("the wire in between:
    // networks, proxies, tunnels and TLS": VPN, proxy, firewall, RADIUS,
    // WireGuard, OpenVPN, TLS key logs, DLP and gateway logs; half
    // Italian), written in session 21 by a helper who never read the
    // guard, measured once on 2026-12-04 at 4a22b9a: recall 0.7385
    // (720/975), FPR 2.24 % (19/850). Weakest: client_secret 0.48,
    // private_key 0.53, password 0.78. From here on it may be read, and
    // then measures fit.
    // Round 38 (branch guard-round38, 2026-12-04; rules read from this
    // corpus): recall 0.7385 -> 0.9487 (925/975), FPR 2.24 % -> 0
    // (0/850). Passing: OpenVPN's `sid=` and its two halves of eight hex
    // digits, an access log's counters after the request line. Found:
    // network tools' secrets in their own syntax (`wire`): TLS key-log
    // lines (NSS `SSLKEYLOGFILE`), `s_client`'s `Master-Key:`, IPsec and
    // VPN pre-shared keys under their names (`Pre-Shared Key :`,
    // `pre-shared-key`, `: PSK "…"`, `--shared-key`, `--shared-secret=`,
    // WireGuard's `PresharedKey`, `crypto isakmp key`, FortiOS's `set
    // secret`), `nsupdate -y`'s TSIG key, `--authkey=`, Net-SNMP's `-c`
    // community, Cisco's `key 0` and `password 7`; OpenVPN's static key
    // blocks; curl's `--proxy-user`; HAProxy's `stats auth` pair whole;
    // JSSE's `keyStorePassword`/`trustStorePassword` as whole keys.
    ("fresh34", 0.94, 0.0),
    // Held out through round 38: `fresh35` ("classrooms, hackathons and
    // live demos": Colab cells, Replit Secrets panes, credential sheets,
    // autograder logs, exam papers, agendas; half Italian), written in
    // session 21 by a helper who never read the guard, measured once on
    // 2026-12-04 at 673a3c2: recall 0.8938 (1212/1356), FPR 5.18 %
    // (44/850). Weakest: password 0.76, pin 0.76, access_token 0.84. From
    // here on it may be read, and then measures fit.
    // Round 39 (branch guard-round39, 2026-12-04; rules read from this
    // corpus): recall 0.8938 -> 0.9985 (1354/1356), FPR 5.18 % -> 0
    // (0/850). Passing: a quiz or game's join PIN ("game PIN", "PIN del
    // gioco"), a documentation's example JWT (placeholder claims: a
    // counting `sub`, John or Jane Doe) introduced as an example, names
    // of hashing schemes (`bcrypt/argon2`) and a hash function's digest
    // "of the password". Found: a column or key named for its sandbox
    // (`password_sandbox`), an INI `[api]` section's `key =`, a code
    // after a relative clause with no comma or set off by commas after
    // its key, a secrets pane's entries (`Key` / name / `Value` / value),
    // Python's `b"…"`/`r'…'` literals, a client's pair under its
    // `id:secret` label, a key reported "in plain text" with its value
    // after a colon, a Wi-Fi key on the line under the network's name,
    // "pass is X" after an e-mail address, an API key beside
    // `"username"` in a credentials file's JSON, a full stop before a
    // comma kept in the value, an apostrophe between letters left
    // unescaped in a SQL seed's string, a password in a secrets screen's
    // row (`NAME    value    [Edit] [Delete]`).
    ("fresh35", 0.99, 0.0),
    // Held out through round 39: `fresh36` ("the household ledger":
    // personal finance, self-hosted budgeting and open-banking hobbyists;
    // half Italian), written in session 22 by a helper who never read the
    // guard, measured once on 2026-12-04 at 18a554d: recall 0.9189
    // (907/987), FPR 8.71 % (74/850). Weakest: pin 0.56, private_key 0.76,
    // client_secret 0.92. From here on it may be read, and then measures
    // fit.
    // Round 41 (branch guard-round41, 2026-12-04; rules read from this
    // corpus): recall 0.9189 -> 0.9524 (940/987), FPR 8.71 % -> 0
    // (0/850). Passing:
    // the nil UUID, `secret_id` beside `secret_key` (the public half of
    // an id/key pair; Vault's lone `secret_id` still found), a value that
    // states its own length (`…_32_CHAR_…`), a password manager's cipher
    // string (`2.<iv>|<data>|<mac>`), Grafana's `$__file{…}` and
    // `process.env.X` as a password, a Markdown fence opener, a
    // key-derivation parameter (`"salt": …`), a bank account or card
    // number on the line of a utility's supply point (MPAN, MPRN, POD,
    // PDR) or named as a utility's account ("Energy account no."). Found:
    // a key written `base64:…` with its prefix (Laravel's `APP_KEY`), the
    // PIN and the TAN a PIN/TAN banking client's calls take as literals
    // (`FinTS3PinTanClient(blz, user, 'pin', url)`, `send_tan(res, 'tan')`).
    ("fresh36", 0.95, 0.0),
];

#[derive(Deserialize)]
struct Secret {
    kind: String,
    value: String,
}

#[derive(Deserialize)]
struct Sample {
    id: String,
    #[allow(dead_code)]
    lang: String,
    text: String,
    secrets: Vec<Secret>,
}

#[derive(Default)]
struct KindTally {
    expected: usize,
    found: usize,
}

struct Report {
    name: String,
    samples: usize,
    secrets: usize,
    found: usize,
    negatives: usize,
    flagged: usize,
    per_kind: BTreeMap<String, KindTally>,
    misses: Vec<(String, String)>,
    false_alarms: Vec<(String, Vec<&'static str>)>,
}

impl Report {
    fn recall(&self) -> f64 {
        if self.secrets == 0 {
            1.0
        } else {
            self.found as f64 / self.secrets as f64
        }
    }

    fn fpr(&self) -> f64 {
        if self.negatives == 0 {
            0.0
        } else {
            self.flagged as f64 / self.negatives as f64
        }
    }
}

/// True when `spans` (sorted, non-overlapping) cover `start..end` entirely.
fn covered(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let mut pos = start;
    for &(s, e) in spans {
        if e <= pos {
            continue;
        }
        if s > pos {
            return false;
        }
        pos = e;
        if pos >= end {
            return true;
        }
    }
    pos >= end
}

fn measure(path: &Path) -> Report {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = Report {
        name,
        samples: 0,
        secrets: 0,
        found: 0,
        negatives: 0,
        flagged: 0,
        per_kind: BTreeMap::new(),
        misses: Vec::new(),
        false_alarms: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let s: Sample = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        r.samples += 1;
        let findings = scan(&s.text);
        if s.secrets.is_empty() {
            r.negatives += 1;
            if !findings.is_empty() {
                r.flagged += 1;
                let mut kinds: Vec<&'static str> = findings.iter().map(|f| f.kind.code()).collect();
                kinds.sort_unstable();
                kinds.dedup();
                r.false_alarms.push((s.id.clone(), kinds));
            }
            continue;
        }
        let spans: Vec<(usize, usize)> = findings.iter().map(|f| (f.start, f.end)).collect();
        for secret in &s.secrets {
            let tally = r.per_kind.entry(secret.kind.clone()).or_default();
            tally.expected += 1;
            r.secrets += 1;
            let occurrences: Vec<usize> = s
                .text
                .match_indices(secret.value.as_str())
                .map(|(i, _)| i)
                .collect();
            let ok = !secret.value.is_empty()
                && !occurrences.is_empty()
                && occurrences
                    .iter()
                    .all(|&i| covered(&spans, i, i + secret.value.len()));
            if ok {
                tally.found += 1;
                r.found += 1;
            } else {
                r.misses.push((s.id.clone(), secret.kind.clone()));
            }
        }
    }
    r
}

fn corpora() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

fn print(r: &Report) {
    println!(
        "\n== {}: {} samples, recall {:.4} ({}/{}), FPR {:.4} ({}/{})",
        r.name,
        r.samples,
        r.recall(),
        r.found,
        r.secrets,
        r.fpr(),
        r.flagged,
        r.negatives
    );
    println!(
        "   {:<16} {:>8} {:>8} {:>8}",
        "kind", "labeled", "found", "recall"
    );
    for (kind, t) in &r.per_kind {
        println!(
            "   {:<16} {:>8} {:>8} {:>8.4}",
            kind,
            t.expected,
            t.found,
            t.found as f64 / t.expected.max(1) as f64
        );
    }
    for (id, kind) in &r.misses {
        println!("   miss        {id} {kind}");
    }
    for (id, kinds) in &r.false_alarms {
        println!("   false alarm {id} {}", kinds.join(","));
    }
}

#[test]
fn corpora_recall_and_false_positive_rate() {
    let paths = corpora();
    assert!(
        paths.len() >= 3,
        "expected the three corpora, found {paths:?}"
    );
    let reports: Vec<Report> = paths.iter().map(|p| measure(p)).collect();
    for r in &reports {
        print(r);
    }
    let mut failures = Vec::new();
    for r in &reports {
        let (min_recall, max_fpr) = MEASURED_FLOORS
            .iter()
            .find(|(n, _, _)| *n == r.name)
            .map_or((TARGET_RECALL, TARGET_FPR), |&(_, rec, fpr)| (rec, fpr));
        if r.recall() < min_recall {
            failures.push(format!(
                "{}: recall {:.4} < {min_recall}",
                r.name,
                r.recall()
            ));
        }
        if r.fpr() > max_fpr {
            failures.push(format!("{}: FPR {:.4} > {max_fpr}", r.name, r.fpr()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn coverage_needs_every_byte() {
    assert!(covered(&[(0, 3), (3, 6)], 1, 6));
    assert!(!covered(&[(0, 3), (4, 6)], 1, 6));
    assert!(!covered(&[], 0, 1));
    assert!(covered(&[(0, 10)], 2, 5));
}
