//! Issue 11, items 2 and 3: careless formatting seen through, and context
//! that generalizes. Examples are our own wording; each stands for a class
//! (a kind of separator, a structure, a language), not for a sample of the
//! corpora.

#![allow(clippy::unwrap_used)]

use guard::{Kind, redact, scan, screen, screen_redacting};

/// The union of findings covers `value` (every occurrence) entirely.
#[track_caller]
fn covers(text: &str, value: &str) {
    let found = scan(text);
    for (at, _) in text.match_indices(value) {
        let mut pos = at;
        for f in &found {
            if f.end <= pos {
                continue;
            }
            if f.start > pos {
                break;
            }
            pos = f.end;
        }
        assert!(
            pos >= at + value.len(),
            "{value:?} not covered in {text:?}: {found:?}"
        );
    }
}

#[track_caller]
fn passes(text: &str) {
    let found = scan(text);
    assert!(found.is_empty(), "expected nothing in {text:?}: {found:?}");
}

#[test]
fn digits_grouped_by_any_separator() {
    for sep in [
        " ", "  ", "\t", ".", "-", "/", "\u{a0}", "\u{202f}", "\u{2009}", "\u{200b}",
    ] {
        let card = ["4539", "1488", "0343", "6467"].join(sep);
        covers(&format!("carta {card} grazie"), &card);
    }
    covers(
        "card ４５３９ １４８８ ０３４３ ６４６７",
        "４５３９ １４８８ ０３４３ ６４６７",
    );
    covers(
        "numero: 4539\u{0}1488\u{0}0343\u{0}6467",
        "4539\u{0}1488\u{0}0343\u{0}6467",
    );
    // A comma between fields is not a digit separator.
    covers(
        "id,nome,4539 1488 0343 6467,04/29,913",
        "4539 1488 0343 6467",
    );
    passes("totale 4539,1488 EUR");
}

#[test]
fn escapes_and_entities() {
    covers(
        "carta &#52;&#53;&#51;&#57; 1488 0343 6467",
        "&#52;&#53;&#51;&#57; 1488 0343 6467",
    );
    covers("card=\\u0034539148803436467", "\\u0034539148803436467");
    covers("?password=Gr%40ppa%2177&user=x", "Gr%40ppa%2177");
}

#[test]
fn wrapped_and_split_values() {
    covers(
        "IBAN IT60 X054 2811\n1010 0000 0123 456 thanks",
        "IT60 X054 2811\n1010 0000 0123 456",
    );
    covers("card 4539 1488\n0343 6467 declined", "4539 1488\n0343 6467");
    covers(
        "const key = \"sk_live_4eC39HqLy\" +\n  \"jWDarjtT1zdp7dc\";",
        "sk_live_4eC39HqLy\" +\n  \"jWDarjtT1zdp7dc",
    );
    covers(
        "SECRET = (\n    \"aB3dE5fG7h\"\n    \"J9kL1mN3pQ\"\n)",
        "aB3dE5fG7h\"\n    \"J9kL1mN3pQ",
    );
}

#[test]
fn words_for_password_in_five_languages() {
    for text in [
        "Passwort: Kl4ng!Bach",
        "mot de passe : Kl4ng!Bach",
        "contraseña = Kl4ng!Bach",
        "la parola chiave è Kl4ng!Bach",
        "pwd Kl4ng!Bach",
        "psw: Kl4ng!Bach",
    ] {
        covers(text, "Kl4ng!Bach");
    }
    covers("la password è $Kl4ng!Bach", "$Kl4ng!Bach");
    covers("password: %Kl4ng!Bach", "%Kl4ng!Bach");
    covers(
        "la passphrase del vault è: nuvola treno pietra sale",
        "nuvola treno pietra sale",
    );
    covers(
        "il segreto del client è Zx81kQ0pLm3vN7rT2yW5",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
}

#[test]
fn one_time_codes_and_pins() {
    covers("PIN: 4 8 1 9", "4 8 1 9");
    covers("il codice OTP ricevuto via SMS è 551 203", "551 203");
    covers("codice di verifica: 739-184", "739-184");
    covers("your one-time code is 662914", "662914");
    covers("il PIN della carta aziendale è 0417", "0417");
    passes("error code 4012 on checkout");
    passes("codice errore 5031, riprova");
    passes("PIN reset requested (pratica 29972328)");
}

#[test]
fn references_are_not_values() {
    for text in [
        "const token = process.env.PAY_TOKEN;",
        "secret = os.environ[\"CLIENT_SECRET\"]",
        "password = getenv(\"DB_PASSWORD\")",
        "clientSecret: config.clientSecret,",
        "password=settings.PASSWORD",
        "token: ${ACCESS_TOKEN}",
        "password: {{db_password}}",
        "Authorization: Bearer <your-token>",
        "$token = Invoke-RestMethod -Method Post",
        "password = :new_password",
    ] {
        passes(text);
    }
}

#[test]
fn keys_and_values_in_structures() {
    covers(
        "[{\"key\":\"client_secret\",\"value\":\"Qw8eR7tY6uI5oP4aS3dF\"}]",
        "Qw8eR7tY6uI5oP4aS3dF",
    );
    covers("user,password\nanna,Gr4ppa!x\n", "Gr4ppa!x");
    covers(
        "| utente | password |\n|---|---|\n| anna | Gr4ppa!x |",
        "Gr4ppa!x",
    );
    covers(
        "<key>ApiToken</key>\n<string>Zx81kQ0pLm3vN7rT2yW5</string>",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers(
        "creds = new ClientCredentials(\"shop-app\", \"Zx81kQ0pLm3vN7rT2yW5\");",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers(
        "s.cookies.set(\"session\", \"Zx81kQ0pLm3vN7rT2yW5\")",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers(
        "Cookie: theme=dark; sid=Zx81kQ0pLm3vN7rT2yW5",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers("postgres://app:S3gr3to!x@db.internal:5432/app", "S3gr3to!x");
    covers(
        "Authorization: Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQtOTk=",
        "Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQtOTk=",
    );
}

#[test]
fn national_bank_accounts() {
    // Italian BBAN with its CIN, French RIB with its key, Spanish CCC with
    // its control digits: found unlabeled, the check decides.
    covers(
        "appoggio X 05428 11101 000000123456",
        "X 05428 11101 000000123456",
    );
    covers(
        "RIB 30006 00001 12345678901 89",
        "30006 00001 12345678901 89",
    );
    covers("cuenta 2100-0418-45-0200051332", "2100-0418-45-0200051332");
    // Wrong control digits: not a CCC.
    passes("ref 2100 0418 46 0200051332");
    // ABI, CAB and the account after them, in an export's fields.
    covers("05428;11101;000000123456;Rossi", "000000123456");
    // Labelled account numbers.
    covers("BLZ: 37040044\nKontonummer: 0532013000", "0532013000");
    covers("ABI 05428 CAB 11101 c/c n. 000000123456", "000000123456");
    covers("conto corrente n. CC0012345678", "CC0012345678");
    // Public bank identifiers alone pass.
    passes("BIC: BCITITMM");
    passes("ABI 05428 CAB 11101");
    passes("sort code 20-00-00, account number [omesso]");
    let found = scan("Kontonummer: 0532013000");
    assert_eq!(found[0].kind, Kind::BankAccount);
}

#[test]
fn redaction_covers_the_original_span_and_stays_linear() {
    let text = "card 4539\u{200b} 1488 0343 6467 ok";
    let red = redact(text, &scan(text));
    assert_eq!(red, "card [REDACTED:card_number] ok");
    assert!(screen(text).is_err());
    // Linear redaction: a long run of keys redacts in one go.
    let hostile = "password: ".repeat(50_000);
    let kept = screen_redacting(hostile);
    assert!(scan(kept.as_str()).is_empty());
}

#[test]
fn windows_line_ends_and_quoted_fields() {
    covers(
        "env;client_secret;created\r\nprod;Zx81kQ0pLm3vN7rT2yW5;2024-01-02\r\n",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers(
        "\"name\";\"cvc\"\n\"Anna\";\"939\"\n\"Luca\";\"4021\"\n",
        "4021",
    );
}

#[test]
fn credentials_in_base64_typed_fields_and_env_lines() {
    // base64("shop-app:Zx81kQ0pLm3vN7rT2yW5")
    covers(
        "$creds = \"c2hvcC1hcHA6Wng4MWtRMHBMbTN2TjdyVDJ5VzU=\"",
        "c2hvcC1hcHA6Wng4MWtRMHBMbTN2TjdyVDJ5VzU=",
    );
    passes("$blob = \"aGVsbG8gd29ybGQgYW5kIG1vcmU=\"");
    covers(
        "    client_secret: str = \"Zx81kQ0pLm3vN7rT2yW5\"",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    covers(
        "SetEnv SHOP_API_KEY Zx81kQ0pLm3vN7rT2yW5",
        "Zx81kQ0pLm3vN7rT2yW5",
    );
    passes("SetEnv SHOP_API_KEY production");
}

#[test]
fn uk_details_and_values_a_sentence_away() {
    covers(
        "sort code and account 40-11-62, 31926819, at Barclays",
        "40-11-62, 31926819",
    );
    covers(
        "sort code 401162, account number 3192 6819 (Lloyds)",
        "3192 6819",
    );
    covers(
        "questo è il refresh che non va: Q9wErT5yU7iO3pAs8dFg2hJk",
        "Q9wErT5yU7iO3pAs8dFg2hJk",
    );
    covers(
        "Subject: token expired?\n\nWe rotated the secret today; the new one is Q9wErT5yU7iO3pAs8dFg2hJk ok",
        "Q9wErT5yU7iO3pAs8dFg2hJk",
    );
    passes("sort code 40-11-62, account number [omesso]");
    passes("please refresh the page and retry");
}

#[test]
fn passwords_with_stars_in_tables_and_activation_codes() {
    covers(
        "| system | user | password |\n|---|---|---|\n| VPN | ops | k7*pQ2*zR9 |\n| SFTP | admin | ******** |",
        "k7*pQ2*zR9",
    );
    covers("Activation code: 482913 (valid 48 hours)", "482913");
}

#[test]
fn cookie_exports() {
    covers(
        "user,cookie,value,expires\nanna@example.com,sid,Q9wErT5yU7iO3pAs8dFg2hJk,2025-01-01\n",
        "Q9wErT5yU7iO3pAs8dFg2hJk",
    );
    passes("setting,value\ntimeout,3000\nregion,eu-south-1\n");
}

#[test]
fn postgres_password_file() {
    covers(
        "$ cat ~/.pgpass\ndb.internal:5432:*:app:Gr4ppa!x\n10.0.0.7:5432:shop:ro:$Tr0mb@ne\n",
        "$Tr0mb@ne",
    );
}

// Issue 11, second round: how people hand over credentials in replies,
// markup and phone transcripts. Our own wording throughout.

#[test]
fn credential_pairs_are_redacted_whole() {
    let t = "prova con: curl -s --user 'shop-eu-7:Vv83kLq0pZ' https://auth.test/token";
    assert!(guard::scan_and_redact(t).contains("--user '[REDACTED:client_secret]'"));
    let t = "DATABASE_URL=mysql://reporting:Kq8%23vv1@db.lan/sales";
    assert!(guard::scan_and_redact(t).contains("mysql://[REDACTED:password]@db.lan"));
    covers("redis://:Sasso77!@cache.lan:6379", "Sasso77!");
}

#[test]
fn values_in_markup() {
    covers(
        "<soap:Header><ns2:Passwd mustUnderstand=\"1\">Trota&amp;42&lt;x</ns2:Passwd></soap:Header>",
        "Trota&amp;42&lt;x",
    );
    covers(
        "<tr><th>Admin password</th>\n  <td>Mirto&#34;99&#38;q</td></tr>",
        "Mirto&#34;99&#38;q",
    );
    covers(
        "<appSettings><add key=\"SmtpPassword\" value=\"Onda&quot;31!\" /></appSettings>",
        "Onda&quot;31!",
    );
    covers(
        "{\n  \"key\": \"api_secret\",\n  \"value\": \"f7Gh2kLm9Qr4sT6v\",\n  \"enabled\": true\n}",
        "f7Gh2kLm9Qr4sT6v",
    );
    passes("<ns:Password Type=\"#Digest\">${SOAP_PASSWORD}</ns:Password>");
    passes("<tr><td>Password</td><td>(set)</td></tr>");
}

#[test]
fn a_password_in_a_sentence_a_few_words_on() {
    covers(
        "ho rifatto la password del portale, adesso è Qz!7mela_Rossa e funziona",
        "Qz!7mela_Rossa",
    );
    covers(
        "the admin password was reset again yesterday, it is now Fjord#2291 for everyone",
        "Fjord#2291",
    );
    covers(
        "la password dell'utente tecnico è ancora quella vecchia cioè pescatore1987 purtroppo",
        "pescatore1987",
    );
    covers(
        "[ ] utente creato, pwd provvisoria Lampone2077 (cambiala)",
        "Lampone2077",
    );
    // Prose about passwords, with look-alikes beside the key.
    passes("the password for merchant42 expired on 2024-11-05, please reset it");
    passes("password reset mail sent to anna.rossi@example.com from noreply.example.org");
    passes("la password scade ogni 90 giorni per via della policy ISO27001.");
    passes("password hashing uses argon2id since release 4.2.0");
}

#[test]
fn a_value_on_the_line_after_its_label() {
    covers(
        "Username:\nops-admin\nPassword:\nMandorla$42\n",
        "Mandorla$42",
    );
    covers(
        "app_id\n7d1c2b3a.apps.example\napp_secret\nqW8eRt2yUi9oPa4sDf6gHj1k\n",
        "qW8eRt2yUi9oPa4sDf6gHj1k",
    );
    passes("db:\n  password:\n  pool: 5\n");
    passes("  key-store-password:\nserver:\n  port: 8443\n");
}

#[test]
fn a_password_given_as_the_answer_to_a_question() {
    covers(
        "[09:12] luca: qual è la password del wifi ospiti?\n[09:13] marta: Girasole!88\n",
        "Girasole!88",
    );
    covers(
        "Anyone have the staging password?\n\nTom - 10:02\nbanjo kettle lighthouse\n",
        "banjo kettle lighthouse",
    );
    passes("Where do I reset my password?\n\nAnna - 10:04\nThanks!\n");
    passes("Can you share the password?\n\nBen - 10:05\nsure let me check\n");
}

#[test]
fn user_and_passphrase_after_signing_in() {
    covers(
        "I signed in as qa.team@example.com / oyster mango violin 41 and saw nothing",
        "oyster mango violin 41",
    );
    covers(
        "logged in with k.bauer / Rabe%Blau9 but got 403",
        "Rabe%Blau9",
    );
    passes("logged in with k.bauer / read-only and then out");
}

#[test]
fn pin_after_a_comma() {
    covers(
        "mi hanno chiesto il PIN, gli ho dato 4417 al telefono",
        "4417",
    );
}

#[test]
fn credentials_passed_to_calls() {
    covers(
        "var c = new NetworkCredential(\"svc_print\", \"Gelso44&x\", \"CORP\");",
        "Gelso44&x",
    );
    covers(
        "conn = DriverManager.getConnection(jdbcUrl, \"report_ro\", \"v8#Kappa\");",
        "v8#Kappa",
    );
    passes("conn = DriverManager.getConnection(jdbcUrl, \"report_ro\", \"PUT_DB_PASSWORD_HERE\");");
    passes("$p = Read-Host -Name SMTP_PASSWORD -AsSecureString");
}

#[test]
fn uk_sort_code_and_account_as_one_span() {
    let t = "new payee: 30-94-57 61847352 (Barclays)";
    assert_eq!(
        guard::scan_and_redact(t),
        "new payee: [REDACTED:uk_bank_account] (Barclays)"
    );
    covers(
        "Our account: 30 94 57 / 61847352 at Barclays",
        "30 94 57 / 61847352",
    );
    passes("call us on 30 94 57 or write");
}

#[test]
fn bacs_rows_far_below_their_header() {
    let mut t = String::from("BACS payment file\n");
    for i in 0..20 {
        t.push_str(&format!(
            "{:06} {:08} 0 99 ACME LTD PAYROLL {i:02}\n",
            309457 + i,
            61847352 + i
        ));
    }
    covers(&t, "309476 61847371");
}

#[test]
fn one_time_codes_past_amounts_and_masked_numbers() {
    covers(
        "SMS: \"Your verification code for the purchase of GBP 1,204.50 with card ****7731 is 318842.\"",
        "318842",
    );
    covers(
        "Codice di sicurezza per il pagamento di € 2.310,40 sulla carta ****0921 è 774210.",
        "774210",
    );
    covers(
        "the app says \"type the code we texted to •••• 5521\". She typed 640913 and it failed",
        "640913",
    );
    covers("[08:01] anna: il cod. appena arrivato è 552190", "552190");
    covers("got code 71 20 44 but the page timed out", "71 20 44");
    covers("Codice OTP ricevuto via SMS\n804 117\n", "804 117");
    passes("OTP not delivered for SCA on 14 Mar 2025, number on file 020 7946 0555");
    passes("COD. AUT. 418832 STAN 662019 importo EUR 12,00");
    passes("the 6-digit PIN for terminal 50213377 never arrived");
    passes("authorisation code is ******. Never share it. Amount 15230.75 EUR.");
}

#[test]
fn the_number_before_dont_share() {
    covers(
        "\"Per confermare il bonifico di 540,00 EUR inserisci 660172. Non comunicarlo a nessuno.\"",
        "660172",
    );
    covers(
        "\"Use 902114 to approve the payment of USD 88.10. Do not share this code.\"",
        "902114",
    );
    passes("Never share your card details. Call 0800 123 456 for help.");
    passes("Order 99812 is confirmed. Do not share this email with others.");
    passes("Ticket 55431 is open. Never share it: the order 99812 is yours.");
}

#[test]
fn card_security_code_from_its_cue() {
    covers(
        "carta 3782 822463 10005, il codice a 4 cifre sul retro è 7104",
        "7104",
    );
    covers(
        "Amex 3782 822463 10005 (the 4-digit code on the front is 2291)",
        "2291",
    );
    covers("carta n. 4539-1488-0343-6467 cod. sicurezza 835", "835");
    covers("con codice CVV2 616 e scadenza 09/27", "616");
}

#[test]
fn spoken_digits_and_spelled_passwords() {
    covers(
        "allora il pin che ho messo è sette due zero nove e non va",
        "sette due zero nove",
    );
    covers(
        "she read me the code from the SMS it was four one one six eight two then it hung",
        "four one one six eight two",
    );
    covers(
        "la password temporanea era kilo 7 sierra due nove tango poi ho chiuso",
        "kilo 7 sierra due nove tango",
    );
    covers(
        "the password they sent is bravo three 8 hotel five all caps",
        "bravo three 8 hotel five",
    );
    // A phone number read out is not a code.
    passes(
        "non ricevo il codice via sms, il mio numero è tre tre nove uno due tre quattro cinque sei sette",
    );
    passes("the code should arrive in one or two minutes");
}

#[test]
fn tags_names_and_failed_ibans_are_not_values() {
    passes("smtp_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3162356438613633\n");
    passes("DbPassword: !Ref DatabasePasswordParam");
    passes("arn:aws:secretsmanager:eu-south-1:123456789012:secret:shop/db-9f3a1c");
    passes("addebito sul conto IT11 X030 6909 6061 0000 0123 456 del 3/4");
    passes("rifiutato: conto non valido, id=SDD-77120934\n2025-01-03T10:00:00Z retry");
}

#[test]
fn cards_in_any_grouping() {
    for t in [
        "carta 45391488 0343 6467 scad 09/27",
        "card 4539 148 803 436 467 exp",
        "la 4 5391 488034 36467 non passa",
        "number 4539-1488  0343 - 6467 declined",
    ] {
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        assert!(digits.contains("4539148803436467"), "{t}");
        let found = scan(t);
        assert!(
            found.iter().any(|f| f.kind == Kind::CardNumber),
            "no card in {t:?}: {found:?}"
        );
    }
    // Longer runs are records; tabs separate fields; dates end a number.
    passes("61000000197017 0103018909 0000 0001 0445 EUR");
    passes("#55120\t2024-05-17\tpaid");
    passes("ordine 4539 1488 0343 6467 1234 5678 evaso");
}

#[test]
fn tokens_wrapped_or_cut_short() {
    // A JWT whose first line is short, and one whose payload was mangled.
    covers(
        "ecco il token:\neyJhbGciOiJI\nUzI1NiJ9.eyJzdWIiOiJhYmMiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLXNpZ25hdHVyZQ",
        "eyJhbGciOiJI\nUzI1NiJ9.eyJzdWIiOiJhYmMiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLXNpZ25hdHVyZQ",
    );
    covers(
        "got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMiLCJleHAi.c2lnbmF0dXJlLXNpZ25hdHVyZQ back",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMiLCJleHAi.c2lnbmF0dXJlLXNpZ25hdHVyZQ",
    );
    // A wrapped blob's line ending in digits goes on with the next line.
    covers(
        "token: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA\n0123NzY1NDMyMTBhYmNkZWZnaGlqa2xt end",
        "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA\n0123NzY1NDMyMTBhYmNkZWZnaGlqa2xt",
    );
    // The next line's key is not the end of a blob.
    covers(
        "aws_access_key_id = AKIAQ7RXM2ZT4LPB5NVW\naws_secret_access_key = ********\n",
        "AKIAQ7RXM2ZT4LPB5NVW",
    );
}

#[test]
fn a_token_given_in_reply_to_a_question() {
    covers(
        "ma quanto dura il refresh token?\n\nLuca — 10:02\neccolo: Tq7Xw2Lm9Pz4Rk8Vn3Bs6Yh1Jd5Fc0Ga\n",
        "Tq7Xw2Lm9Pz4Rk8Vn3Bs6Yh1Jd5Fc0Ga",
    );
}

#[test]
fn chat_bot_and_messaging_keys() {
    covers(
        "il bot non scrive più, token 6120449371:AAF3kq9Lm2Xw7Rt5Yp0Zs8Vb1Nc4Hd6Jg2E grazie",
        "6120449371:AAF3kq9Lm2Xw7Rt5Yp0Zs8Vb1Nc4Hd6Jg2E",
    );
    covers(
        "Twilio;SK7f2c9a0b1d3e4f5a6b7c8d9e0f1a2b3c;rotated",
        "SK7f2c9a0b1d3e4f5a6b7c8d9e0f1a2b3c",
    );
    passes("chat id -1001234567890 and message 4412345678:hello");
    passes("SKU 7f2c9a0b is out of stock; skip it");
}

#[test]
fn tokens_passed_to_http_clients() {
    covers(
        "let r = http.get(url).bearer_auth(\"tok_9Fh2Kq7Lm3Xw8Rt5Yp0Zs\").send()?;",
        "tok_9Fh2Kq7Lm3Xw8Rt5Yp0Zs",
    );
    covers(
        "client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"Qm7Xw2Lp9Rk4Tz8Vn3Bs6Yh1\");",
        "Qm7Xw2Lp9Rk4Tz8Vn3Bs6Yh1",
    );
    covers(
        "$h = ['Authorization' => 'Bearer ' . 'c0ffee11deadbeef22c0ffee33deadbeef44aa'];",
        "c0ffee11deadbeef22c0ffee33deadbeef44aa",
    );
    passes("req.bearer_auth(token).send()");
    passes("new AuthenticationHeaderValue(\"Bearer\", accessToken);");
}

#[test]
fn basic_credentials_under_short_names_and_in_pairs() {
    // base64("shop-eu-7:Vv83kLq0pZr4") with no padding, in a docker config.
    covers(
        "{\"auths\": {\"registry.test\": {\"auth\": \"c2hvcC1ldS03OlZ2ODNrTHEwcFpyNA\"}}}",
        "c2hvcC1ldS03OlZ2ODNrTHEwcFpyNA",
    );
    covers(
        "api.auth = (\"shop-eu-7\", \"Vv83kLq0pZr4Tx9\")",
        "Vv83kLq0pZr4Tx9",
    );
    covers(
        "$ printf '%s' 'shop-eu-7:Vv83kLq0pZr4' | base64 -w0",
        "shop-eu-7:Vv83kLq0pZr4",
    );
    covers(
        "const creds = 'shop-eu-7:Vv83kLq0pZr4';\nconst hdr = 'Basic ' + btoa(creds);",
        "shop-eu-7:Vv83kLq0pZr4",
    );
    covers(
        "| Webhooks | https://hooks.test | Basic (user:pass) | hookuser:Pr1mula!x |",
        "hookuser:Pr1mula!x",
    );
    passes("| Webhooks | https://hooks.test | Basic (user:pass) | ${HOOK_USER}:${HOOK_PASS} |");
    passes("echo -n 'localhost:8080' | base64");
    passes("api.auth = (user, password)");
}

#[test]
fn url_encoded_tokens_and_signed_cookies() {
    covers(
        "Cookie: lang=it; sess=s%3AkT9wq2Lm7Xp4Rz8Vb3Ns6Yc1.Hd5Fg0Jk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef%2B; theme=dark",
        "s%3AkT9wq2Lm7Xp4Rz8Vb3Ns6Yc1.Hd5Fg0Jk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef%2B",
    );
    covers(
        "grant_type=refresh_token&refresh_token=1%2F%2F0gTq7Lm2Xw9Rk4Pz8Vn3Bs6&client_id=x",
        "1%2F%2F0gTq7Lm2Xw9Rk4Pz8Vn3Bs6",
    );
}

#[test]
fn private_keys_inside_json_strings() {
    let t = "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n\", \"x\": 1}";
    covers(
        t,
        "-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n",
    );
}

#[test]
fn national_accounts_after_abbreviations_and_parentheses() {
    covers("BLZ 10020030 Kto. 7712004518, bitte prüfen", "7712004518");
    covers(
        "il fornitore ci ha dato la cuenta (CCC) 20381858060600395281 al posto dell'IBAN",
        "20381858060600395281",
    );
    covers(
        "Sort code / account: 30-94-57-61847352",
        "30-94-57-61847352",
    );
}

#[test]
fn a_terminal_pin_and_a_terminal_id() {
    covers("il pin del terminale POS non va più, è 5120", "5120");
    passes("la lettera parla di un PIN per il terminale 70112233, mai arrivato");
}

#[test]
fn a_table_row_is_not_the_rest_of_a_wrapped_value() {
    covers(
        "anno;importo;iban\n2024;10,00;IT60X0542811101000000123456\n2025;12,00;DE89370400440532013000\n",
        "IT60X0542811101000000123456",
    );
    covers(
        "15:52 Anna: the new one is GB29NWBK60161331926819\n15:54 Marco: ok\n",
        "GB29NWBK60161331926819",
    );
}

#[test]
fn insert_statements_name_the_column() {
    covers(
        "INSERT INTO operators (id, login, passwd, team)\nVALUES (7, 'mrossi', 'Quercia#81', 'ops');",
        "Quercia#81",
    );
    covers(
        "insert into `svc` (`name`, `api_secret`) values ('billing', 'xK29fLm83QpZt7Rv')",
        "xK29fLm83QpZt7Rv",
    );
    passes("INSERT INTO users (id, password_hash) VALUES (1, NULL);");
    passes("INSERT INTO audit (event, password) VALUES ('reset', '********');");
}

#[test]
fn a_code_after_a_masked_number_in_the_next_clause() {
    covers(
        "the page said \"type the code sent to •••• 7710\". She typed 554120 and it failed",
        "554120",
    );
    passes("the code sent to •••• 7710. Customer 554120 called back");
}

#[test]
fn url_passwords_with_a_hash_and_italian_token_names() {
    covers("BROKER=amqp://svc:Tigl#io42@mq.lan:5672//", "Tigl#io42");
    covers(
        "gettone = \"Zq8Lm2Xw7Rk4Pz9Vn3Bs6Yh1\"",
        "Zq8Lm2Xw7Rk4Pz9Vn3Bs6Yh1",
    );
    passes("docs at https://wiki.lan/page#section, mail ops@lan.it");
}

#[test]
fn yaml_block_values_and_password_flags() {
    covers(
        "datasource:\n  password: |\n    Ginepro!2024\n  pool: 4\n",
        "Ginepro!2024",
    );
    covers(
        "$ mysql -h db.lan -uroot -pNoce_Moscata9 shop",
        "Noce_Moscata9",
    );
    covers(
        "mysqldump -u backup -p'Sal#via7' --all-databases",
        "Sal#via7",
    );
    covers("sshpass -p 'Ortica-55x' ssh deploy@10.0.0.4", "Ortica-55x");
    passes("ssh -p 2222 deploy@10.0.0.4");
    passes("docker run -p 8080:80 nginx");
    passes("mysql -u root -p shop < dump.sql");
    passes("description: |\n  the password policy changed\n");
}

#[test]
fn labels_in_markdown_and_html() {
    covers("**Password:** Faggio#317", "Faggio#317");
    covers("*Passwort*: Faggio#317", "Faggio#317");
    covers(
        "- __client secret__: `Zq8Lm2Xw7Rk4Pz9Vn3Bs`",
        "Zq8Lm2Xw7Rk4Pz9Vn3Bs",
    );
    covers("Password: `Faggio#317`", "Faggio#317");
    covers("<b>Password:</b> Faggio#317<br>", "Faggio#317");
    covers(
        "<li><strong>Token</strong>: Zq8Lm2Xw7Rk4Pz9Vn3Bs</li>",
        "Zq8Lm2Xw7Rk4Pz9Vn3Bs",
    );
    covers("<p>PIN: <code>5521</code></p>", "5521");
    covers(
        "docker login -u ci -p Faggio#317 registry.lan",
        "Faggio#317",
    );
    passes("**Password:** ********");
    passes("*Password*: see the vault");
    passes("<b>Password:</b> <i>(hidden)</i>");
    passes("Run `password reset` from the CLI.");
}

#[test]
fn slang_keys_and_sms_phrasing() {
    covers("la pass è Gufo_Reale77, cambiala", "Gufo_Reale77");
    covers("Il tuo codice Satispay è 660913", "660913");
    covers("Your code is 660913", "660913");
    passes("the test will pass is what we expect");
    passes("il pass è scaduto ieri");
}

#[test]
fn users_and_their_passwords_in_one_line() {
    covers("user ops_admin pass Quercia!44 for the VPN", "Quercia!44");
    covers("Creds -> ops_admin / Quercia!44", "Quercia!44");
    covers(
        "the credentials are ops_admin:Quercia!44, don't share",
        "ops_admin:Quercia!44",
    );
    passes("the credentials are in the vault: see ops/vpn");
    passes("user agent pass HTTP/1.1 through");
}

#[test]
fn product_names_versions_and_paths_near_a_password_are_not_values() {
    passes("La password non viene accettata da Windows11 né da Galaxy24, nemmeno con Teams365.");
    passes(
        "The password field breaks on Firefox128 and Edge121 since release 5.1.0 (UTF-8 input).",
    );
    passes("the password is kept in the secrets store under shop/db/ReportUser");
    // A name and a number right after a word that introduces a value is one.
    covers(
        "la password è ancora Cavallo2024, non l'ho cambiata",
        "Cavallo2024",
    );
    // Mixed more than a name and a number.
    covers(
        "the password for the kiosk user, which we set up last week, Gir4s0le88 works",
        "Gir4s0le88",
    );
}

#[test]
fn an_iban_read_from_a_screenshot() {
    covers(
        "[screenshot]\nIBAN: IT60 X054 2811 1O1O OOOO O123 456\nImporto: 12,00",
        "IT60 X054 2811 1O1O OOOO O123 456",
    );
    covers(
        "IBAN DE89 37O4 OO44 O532 Ol3O OO",
        "DE89 37O4 OO44 O532 Ol3O OO",
    );
    // Wrong check digits stay wrong however the letters are read.
    passes("IBAN: IT61 X054 2811 1O1O OOOO O123 456");
    // No OCR sign (an O or I next to a digit): the checksum alone decides.
    passes("IBAN: GB29 NWBK 6016 1331 9268 18");
}

#[test]
fn redaction_leaves_nothing_after_long_prose_searches() {
    // Found by the property test: a password's sentence search that had
    // stopped inside a word resumed there after redaction.
    let t = "password password eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl access_token= - codice di sicurezza IBAN access_token= 0000 codice di sicurezza codice di sicurezza è ' access_token= Authorization: Basic eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl codice di sicurezza la password è 4000000000000002";
    let red = guard::scan_and_redact(t);
    assert!(scan(&red).is_empty(), "{red:?}: {:?}", scan(&red));
}

#[test]
fn a_number_sign_after_an_account_key() {
    // Forms and letters abbreviate "number": Nr., No., n°, #.
    covers("Konto-Nr. 77012345 (Sparkasse)", "77012345");
    covers("Kto.-Nr.: 0912345 bei der Bank", "0912345");
    covers("Kto Nr 4455667 bitte prüfen", "4455667");
    covers("compte n° 00123987654 au nom de", "00123987654");
    // A routing code beside an ordinary account word makes it a key.
    covers("BLZ 370 400 44, cuenta 5566778899", "5566778899");
    covers("Entidad 0182 oficina 5600 cuenta 0201503000", "0201503000");
    covers(
        "banque 10096, guichet 18000, compte 45123456789",
        "45123456789",
    );
    passes("il mio account 12345678 non riesce ad accedere");
    passes("Kto. 2024 wurde geschlossen");
}

#[test]
fn one_time_codes_in_german_and_spanish() {
    covers("Ihre TAN: 330912", "330912");
    covers("Die TAN 771203 kam erst nach zehn Minuten", "771203");
    covers("Ihre pushTAN lautet 90412277.", "90412277");
    covers("el código que me llegó por SMS es 448120", "448120");
    covers("codice 3D Secure 662301, scaduto", "662301");
    passes("die TAN 2025 Umstellung");
    passes("tan 3.5 degrees");
}

#[test]
fn a_pin_labelled_for_its_device() {
    covers("Code PIN de la caisse : 4417", "4417");
    covers("PIN dell'apparecchio: 80316", "80316");
    // A number right after "terminal" is the terminal's id.
    passes("PIN errato sul terminale 49019722");
}

#[test]
fn card_security_codes_in_french_and_spanish() {
    covers(
        "la carte 4111 1111 1111 1111 (cryptogramme 207) est bloquée",
        "207",
    );
    covers("y el código de seguridad 318 no pasa", "318");
    covers("codigo de seguridad: 4471", "4471");
}

#[test]
fn cards_grouped_by_underscores_and_spaced_slashes() {
    covers(
        "numero 5500_0055_5555_5559 rifiutata",
        "5500_0055_5555_5559",
    );
    covers(
        "Card: 5500 / 0055 / 5555 / 5559",
        "5500 / 0055 / 5555 / 5559",
    );
    passes("batch_2024_0612_0001_0002 done");
    passes("rate 1 / 2 / 3 / 4");
}

#[test]
fn copulas_in_german() {
    covers("Das Kennwort lautet Fenster!Blau42", "Fenster!Blau42");
    covers("redis.conf: requirepass Wk7-otter-Lamp9", "Wk7-otter-Lamp9");
}

#[test]
fn look_alikes_from_terminals_and_forms() {
    // curl and HTTPie read a value from a file with `@`.
    passes("https POST api.example/login user=ops password=@./secrets/pw.txt");
    passes("curl -F password=@creds.txt https://x.example/");
    // A date or a time stamp in a secret's row is when it was made.
    passes("SECRET            CREATED\nsmtp-password     2025-11-02T08:15:00.120Z\n");
    passes("the password changed 2025-11-02 10:30");
    // Whom to write to is no password.
    passes("lost my password, please mail the link to anna.verdi@example.org");
    // Redis and cache keys name a namespace, not a session's value.
    passes("redis> KEYS session:*\n1) \"session:a81f0c22e9d7\"\n> TTL session:a81f0c22e9d7");
    // A cloud account's id beside its ARN.
    passes("{\"Account\": \"210987654321\", \"Arn\": \"arn:aws:iam::210987654321:user/ci\"}");
    // A phone number grouped inside its cell, after an id in another.
    passes(" id | phone | state\n 51230 | 07700 900123 | sent\n");
    // An IBAN printed with spaces after the country: its checksum decides,
    // and a failing one is not a national account either.
    covers(
        "IBAN IT 60 X 05428 11101 000000123456",
        "IT 60 X 05428 11101 000000123456",
    );
    passes("IBAN IT 61 X 05428 11101 000000123456 fails the check");
}

#[test]
fn a_clients_numbered_reply_and_prompt() {
    let t = "redis> HGETALL tokens:shop\n1) \"access_token\"\n2) \"Hn4Kq9TzPw2LxVb7Rm3Sd8Fg\"\n3) \"refresh_token\"\n4) \"rf-7Hd92KsLqP0zWx5MnB3vC\"\n5) \"expires_at\"\n6) \"2026-01-09T10:00:00Z\"";
    covers(t, "Hn4Kq9TzPw2LxVb7Rm3Sd8Fg");
    covers(t, "rf-7Hd92KsLqP0zWx5MnB3vC");
    covers(
        "$ redis-cli CONFIG GET masterauth\n1) \"masterauth\"\n2) \"Pelican#41x\"",
        "Pelican#41x",
    );
    covers("10.1.2.3:6380> AUTH Quokka-88.z\nOK", "Quokka-88.z");
    covers("redis> AUTH worker Tr1ple.Sec", "Tr1ple.Sec");
    // The reply's other fields and the prompt's other commands pass.
    passes(
        "redis> HGETALL user:42\n1) \"name\"\n2) \"Anna\"\n3) \"expires_at\"\n4) \"2026-01-09\"",
    );
    passes("127.0.0.1:6379> AUTH\n(error) wrong number of arguments");
}

#[test]
fn a_short_label_opens_the_next_line() {
    // A value at a line's end is not continued by the next line's label.
    covers(
        "IBAN DE89370400440532013000\nBIC COBADEFFXXX\n",
        "DE89370400440532013000",
    );
    covers(
        "IBAN ES9121000418450200051332\nCCC 2100 0418 45 0200051332",
        "ES9121000418450200051332",
    );
}

#[test]
fn keys_inside_setting_names() {
    covers(
        "SHOP_CLIENT_KEY=Wq4Hn7Zp2Lk9Vb3Rm8Td5Sx",
        "Wq4Hn7Zp2Lk9Vb3Rm8Td5Sx",
    );
    covers(
        "acme.gateway.api.key: jk_live_Wq4Hn7Zp2Lk9Vb3Rm8",
        "jk_live_Wq4Hn7Zp2Lk9Vb3Rm8",
    );
    covers(
        "{\"AccessKeyId\": \"AKIAEXAMPLE\", \"SecretAccessKey\": \"pQ7r/S2t+U9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO\"}",
        "pQ7r/S2t+U9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO",
    );
    covers(
        "DEBUG check otp_inserito=881204 otp_atteso=******",
        "881204",
    );
    covers("cassa aperta pin_operatore=40917", "40917");
    covers(
        "device_id    shop          supervisor_pin  note\n77120034     Bar Centrale  904412          ok\n",
        "904412",
    );
    // Public keys, ids and words pass.
    passes("SHOP_PUBLISHABLE_KEY=Wq4Hn7Zp2Lk9Vb3Rm8Td5Sx");
    passes("IDEMPOTENCY_KEY=Wq4Hn7Zp2Lk9Vb3Rm8Td5Sx");
    passes("translation.key=checkout.button.payNow");
    passes("sort_key=created_at_desc");
    passes("otp_length=6 otp_ttl=300");
}

#[test]
fn owners_layouts_and_dates_beside_values() {
    // Whose PIN it is names no other code.
    covers("il PIN del cliente: 60418, me l'ha dettato", "60418");
    covers("customer PIN: 7731 as read on the phone", "7731");
    passes("codice cliente 60418 per la pratica");
    // A two-line user / pass layout.
    covers(
        "accesso di prova:\n  user    tecnico\n  pass    Mela!2024x\n",
        "Mela!2024x",
    );
    // An expiry date after a card written with wide gaps ends the number.
    covers(
        "Carta         Scad.\n4111  1111  1111  1111  09/28",
        "4111  1111  1111  1111",
    );
    // Mailgun's legacy key format.
    covers(
        "mailgun: key-3f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c",
        "key-3f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c",
    );
    passes("a key-value store");
}

#[test]
fn a_line_that_introduces_the_value_below() {
    covers(
        "I pasted the \"Client secret\" from the partner portal:\nQm7vX2pL9sK4tR8wZ3nB6cY1\nand it is refused",
        "Qm7vX2pL9sK4tR8wZ3nB6cY1",
    );
    covers(
        "refresh token (issued on 3 March, 10:00 CET):\n9f0e8d7c6b5a49382716aabbccddeeff00112233\nfails",
        "9f0e8d7c6b5a49382716aabbccddeeff00112233",
    );
    covers(
        "Il PIN provvisorio della carta è\n80314\nda cambiare",
        "80314",
    );
    covers(
        "Your login code\n\n551903\n\nIt expires in 5 minutes.",
        "551903",
    );
    // Words below a label, or a label whose line says what it is for.
    passes("The password rules are:\nat least twelve characters");
    passes("Client secret rotation steps:\n1. open the portal\n2. rotate");
    passes("error code\n\n404\n");
}

#[test]
fn a_card_whose_first_group_ends_a_line() {
    covers(
        "the number wraps in the chat\n5500\n0055 5555 5559\nis it right?",
        "5500\n0055 5555 5559",
    );
    // Four digits then three groups that do not make a card.
    passes("ordine 2024\n1111 2222 3333\n");
}

#[test]
fn what_a_command_at_a_prompt_prints() {
    covers(
        "$ kubectl -n shop get secret app -o jsonpath='{.data.password}' | base64 -d\nTulip77=q\n$ ",
        "Tulip77=q",
    );
    covers(
        "% gcloud secrets versions access 3 --secret=smtp-password\nRv8_kLm2Qz\n",
        "Rv8_kLm2Qz",
    );
    passes("$ ls secrets/\ndb-password.yaml\n");
    passes("$ kubectl get secret db-password\nNAME   TYPE     DATA   AGE\n");
}

#[test]
fn a_code_column_in_a_table_of_one_time_codes() {
    let t = "db=> select msisdn, code, created from mfa_challenges;\n msisdn        |  code  | created\n---------------+--------+-----------\n +44 7700 900111 | 270415 | 2026-02-01\n(1 row)\n";
    covers(t, "270415");
    // A code column elsewhere (products, errors) holds no secret.
    passes("sku   | code   | price\n------+--------+------\n 1001 | 448210 | 12.50\n");
}

#[test]
fn keys_read_from_a_screenshot() {
    // OCR reads a key's second letter as a digit or a lowercase l.
    covers("C0dice PIN: 30417", "30417");
    covers("PlN carta: 8812", "8812");
    covers("C0ntraseña: Roble!2291", "Roble!2291");
    covers(
        "C0nto 000123456789 presso ABI 03069 CAB 11234",
        "000123456789",
    );
    // Hex ids and words with digits stay what they are.
    passes("commit c0de1234abcd and build a1b2c3 ok");
    passes("P1 priority, H1 heading");
}

/// A value found once is redacted wherever it appears again in the text,
/// key or no key (found by the scan fuzz target).
#[test]
fn a_found_value_is_found_everywhere_it_appears() {
    let text = "curl -H 'Authorization: Bearer 7hQ2vLk9Zr4xWp1s' …\nsee 7hQ2vLk9Zr4xWp1s above, and 7hQ2vLk9Zr4xWp1sXYZ holds it too";
    let found = guard::scan(text);
    let spans: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
    assert_eq!(
        spans.iter().filter(|s| **s == "7hQ2vLk9Zr4xWp1s").count(),
        3,
        "{spans:?}"
    );
    let kept = guard::screen_redacting(text);
    assert!(
        !kept.as_str().contains("7hQ2vLk9Zr4xWp1s "),
        "{}",
        kept.as_str()
    );
    // The fuzzer's input: the value after a mangled key was kept.
    let fuzzed =
        "Authorizatioer abc246DEF456g#i789\ncusa-nxdobacmepay-A%%2a%Bearer abc246DEF456g#i789\n";
    let kept = guard::screen_redacting(fuzzed);
    assert!(
        !kept.as_str().contains("abc246DEF456g#i789"),
        "{}",
        kept.as_str()
    );
}

/// Numbers said as words (a call typed out, voice-to-text) and passwords
/// spelled letter by letter, near their key: read into a digits view and
/// judged by the same rules; the whole spoken run is redacted.
#[test]
fn values_said_as_words() {
    covers(
        "al telefono mi ha dato il PIN: otto due, sette... quattro",
        "otto due, sette... quattro",
    );
    covers(
        "caller said the otp is nine oh four, double two, seven",
        "nine oh four, double two, seven",
    );
    covers(
        "numero carta quattro cinque tre nove, uno quattro otto otto, zero tre quattro tre, sei quattro sei sette",
        "quattro cinque tre nove, uno quattro otto otto, zero tre quattro tre, sei quattro sei sette",
    );
    covers(
        "card number 4 5 3 9 - 1 4 8 8 - 0 3 4 3 - 6 4 6 7 thanks",
        "4 5 3 9 - 1 4 8 8 - 0 3 4 3 - 6 4 6 7",
    );
    covers(
        "il mio IBAN è I T sei zero, X zero cinque quattro due otto, uno uno uno zero uno, zero zero zero zero zero zero uno due tre quattro cinque sei",
        "I T sei zero, X zero cinque quattro due otto, uno uno uno zero uno, zero zero zero zero zero zero uno due tre quattro cinque sei",
    );
    covers(
        "the new password is capital K, e, s, t, r, e, l, four, two, hash sign",
        "capital K, e, s, t, r, e, l, four, two, hash",
    );
    covers(
        "la password è T maiuscola, a, r, t, a, tre, nove, punto esclamativo",
        "T maiuscola, a, r, t, a, tre, nove, punto esclamativo",
    );
    // Ordinary prose with number words passes.
    passes("the PIN reset took one or two minutes, three times in a row");
    passes("il codice è scaduto alle dieci e trenta, riprovo tra cinque minuti");
    passes("my password has eight characters and two digits, as the policy says");
    passes("Card payments fell from forty-five to twenty-two thousand");
    passes("la password deve avere almeno otto caratteri, una maiuscola e un numero");
}

/// A one-time code asked for or announced at the end of a line, and the
/// answer on the next one; codes named for what they open; a card's
/// security code after its number and expiry; a spoken card near
/// "numero"/"number" with no other key.
#[test]
fn codes_answered_on_the_next_line_and_a_cards_triple() {
    covers(
        "Operatore: le ho appena inviato un SMS di verifica.\nCliente: eccolo, 482913\n",
        "482913",
    );
    covers(
        "Support: I sent a verification code to your phone, can you read it?\nUser: sure, it's 7 0 4 1 6 2\n",
        "7 0 4 1 6 2",
    );
    covers(
        "Agente: le ho mandato un SMS. Me lo può leggere?\nCliente: sì, sette tre uno, otto otto due.\n",
        "sette tre uno, otto otto due",
    );
    covers("the gate code is 2580 since Monday", "2580");
    covers(
        "so the pass code is six one one nine four",
        "six one one nine four",
    );
    covers(
        "carta 5200 8282 8282 8210, scadenza 08/29, il codice sul retro 417",
        "417",
    );
    covers(
        "the number is five two zero zero, eight two eight two, eight two eight two, eight two one zero, thanks",
        "five two zero zero, eight two eight two, eight two eight two, eight two one zero",
    );
    passes("Operatore: le ho inviato un SMS di verifica.\nCliente: il mio numero è 333 1234567\n");
    passes("Agent: did the SMS arrive?\nCustomer: no, order 55120 is still pending, ticket 8841\n");
    // An amount after the expiry is no security code.
    let t = "carta 5200 8282 8282 8210 scad 08/29, totale € 120";
    assert!(scan(t).iter().all(|f| !t[f.start..f.end].contains("120")));
}

/// Keys typed on a phone or read by OCR: a letter dropped, added or
/// swapped, `z` for `s`, digits for letters, a compound split in two, the
/// French word for a token.
#[test]
fn keys_mistyped_autocorrected_or_split() {
    covers("my pasword is Lampone!77 pls reset", "Lampone!77");
    covers("la pazzword è Cornetto_19 grazie", "Cornetto_19");
    covers("pass word: Girasole#2024", "Girasole#2024");
    covers(
        "client secrete q8Xv2LmP0sT4wZ9yR1nB6cD3 for the app",
        "q8Xv2LmP0sT4wZ9yR1nB6cD3",
    );
    covers("Passw0rd: Ombrello-55", "Ombrello-55");
    covers(
        "le jeton: 9fQ2mZx7LpA4vB8nC1dE6gH3",
        "9fQ2mZx7LpA4vB8nC1dE6gH3",
    );
    passes("the tokens were taken from the secrets manager, see the passwords policy");
    passes("il pagamento contro assegno è passato in contabilità");
}

/// Look-alikes: a private key block whose body is a placeholder, a public
/// key's body under a line that introduces it, a file's path where a key
/// is named, a UK sort code alone after "conto".
#[test]
fn placeholders_public_blocks_paths_and_sort_codes_alone() {
    passes("la chiave:\n-----BEGIN PRIVATE KEY-----\n<la tua chiave>\n-----END PRIVATE KEY-----\n");
    passes("-----BEGIN EC PRIVATE KEY-----\n[omessa]\n-----END EC PRIVATE KEY-----");
    passes(
        "Ho messo nel segreto del CI questa chiave:\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEx9Qw2Lk7Rb3Tn5Vc8Hm1Pz4Ys6Ja0Ud\nIDAQAB\n-----END PUBLIC KEY-----\n",
    );
    passes("the private key is this one:\n~/.config/app/signing_key.pem\nthanks");
    passes("il mio conto è sort code 12-34-56, potete verificare?");
    covers(
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    );
    covers("conto 12-34-56 12345678 intestato a me", "12345678");
}

/// A value in backticks right after its key in prose; marks inside a
/// parenthesis between a PIN's key and its value; "utenza" (an account)
/// before a `user / password` pair.
#[test]
fn backticks_after_a_key_and_an_account_pair() {
    covers(
        "we found the api secret `Zq7LmX2vN9pR4tW8yB3c` committed in a branch",
        "Zq7LmX2vN9pR4tW8yB3c",
    );
    covers("PIN del lettore (POS!!) è 4-8-1-9, grazie", "4-8-1-9");
    covers(
        "in demo abbiamo usato l'utenza ops@negozio-demo / Tulipano-88 (da disattivare)",
        "Tulipano-88",
    );
    passes("set the client secret `YOUR_CLIENT_SECRET` before running");
    passes("the password `field` is required");
    passes("read the api secret `process.env.API_SECRET` from the environment");
}

/// Fifth round, look-alikes: a size where a secret's value would be
/// (`kubectl describe secret`), a value cut short, a resource's name after
/// "secret", a secret file's path, base64 of harmless JSON (a cursor), a
/// password manager named in prose, a card named by its last digits near
/// "PIN", a form saying the password was forgotten in French or German.
#[test]
fn sizes_cut_values_names_paths_and_json_cursors_pass() {
    passes("Data\n====\napi-key:  48 bytes\npassword:  2047 bytes\ntoken:  812 bytes\n");
    passes("notify:\n  secret: eyJ0eXAiOi… (cut)\n");
    passes("signing secret: whsec_Ab3...\n");
    passes("$ kubectl get secret orders-db-credentials -o yaml\n");
    passes("kubectl describe secret shop-token-v3\n");
    passes(r#""Env": ["TZ=UTC","API_TOKEN_FILE=/var/run/keys/api_token","APP_NAME=cassa-web"]"#);
    passes("GET /v1/orders?after=eyJvZmZzZXQiOjQwLCJzaXplIjoyMH0= HTTP/1.1\n");
    passes("X-Trace-Context: eyJzcGFuIjoiYWJjIn0=\n");
    passes("the new key is in our password manager (\"Ops\" entry), ask Gianni");
    passes("abbiamo bloccato il PIN della carta terminante con 3310, il nuovo arriverà per posta");
    passes("your PIN for the card ending in 9921 was reset; the new PIN follows by letter");
    passes("Mot de passe : oublié — lien envoyé\nPasswort: vergessen\nContraseña: olvidada");
    // Still found: a real value in the same shapes.
    covers("password:  Kx7-2047bytes\n", "Kx7-2047bytes");
    covers(
        "secret: whsec_Ab3Kq9LmZt2VbN8xP1\n",
        "whsec_Ab3Kq9LmZt2VbN8xP1",
    );
    covers(
        "Authorization: Basic YWRtaW46U3VwM3JTM2NyM3Q=",
        "YWRtaW46U3VwM3JTM2NyM3Q=",
    );
    covers("il PIN della carta è 4471, terminante con 3310", "4471");
}

/// Fifth round, structures: what a shell prints for a command naming the
/// key at any prompt (`host:/dir# `, `bash-5.2$ `, `PS C:\x> `, `➜  ~ `), a
/// browser or REPL console's output after an input naming the key, a
/// builder's method named by the key, a row of a two-column label/value
/// table, a dot leader, a keychain record's value field, an IBAN grouped
/// by dots.
#[test]
fn prompts_consoles_builders_rows_leaders_records() {
    for prompt in [
        "root@web-7f9c:/srv# ",
        "bash-5.2$ ",
        "~ $ ",
        "PS C:\\app> ",
        "➜  ~ ",
    ] {
        let t =
            format!("{prompt}printenv SHOP_TOKEN\nQm7vT2xLp9RzK4wN8bYc3HdF6jS1aE5u\n{prompt}ls");
        covers(&t, "Qm7vT2xLp9RzK4wN8bYc3HdF6jS1aE5u");
    }
    covers(
        "$ echo $DB_PASSWORD\nLarice-Tramonto77\n",
        "Larice-Tramonto77",
    );
    covers(
        "> localStorage.access_token\n< \"Vb4nM8qW2eR6tY1uI9oP3aS7dF5gH0jK\"\n",
        "Vb4nM8qW2eR6tY1uI9oP3aS7dF5gH0jK",
    );
    covers(
        ">>> os.environ['API_TOKEN']\n'Vb4nM8qW2eR6tY1uI9oP3aS7dF5gH0jK'\n",
        "Vb4nM8qW2eR6tY1uI9oP3aS7dF5gH0jK",
    );
    covers(
        "Client c = Client.builder()\n  .clientId(\"shop\")\n  .clientSecret(\"Wq7eR3tY9uI2oP5aS8dF1gH4jK6lZ0xC\")\n  .build();",
        "Wq7eR3tY9uI2oP5aS8dF1gH4jK6lZ0xC",
    );
    covers(
        "||Campo||Valore||\n|Utente|mario|\n|Password portale|Gabbiano&Faro21|\n|Ambiente|UAT|",
        "Gabbiano&Faro21",
    );
    covers(
        "| Access token | Wq7eR3tY9uI2oP5aS8dF1gH4jK6lZ0xC |\n",
        "Wq7eR3tY9uI2oP5aS8dF1gH4jK6lZ0xC",
    );
    covers(
        "Password attuale ......... Gabbiano&Faro21\n",
        "Gabbiano&Faro21",
    );
    covers(
        "Account no. ........ 12345678\nSort code .......... 20-00-00\n",
        "12345678",
    );
    covers(
        "[Keychain] item { acct = api_secret; svce = com.shop.app; v_Data = \"Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V\" }",
        "Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V",
    );
    covers(
        "IBAN: DE89.3704.0044.0532.0130.00.",
        "DE89.3704.0044.0532.0130.00",
    );
    // Near misses.
    passes("$ echo $API_TOKEN\nbash: API_TOKEN: unbound variable\n");
    passes("$ printenv CLIENT_SECRET\n${CLIENT_SECRET}\n");
    passes("# Password reset\nReset-Your-Account\n");
    passes("> localStorage.token\n< null\n");
    passes("> the token expired?\n< no, it's fine\n");
    passes("| Username | Password |\n|---|---|\n| mario | ***** |\n");
    passes("|Password|********|\n|Client secret|<redacted>|\n|Password|vedi il vault|\n");
    passes("Password ............ (not set)\nPassword ............ ********\n");
    passes("item { acct = api_secret; svce = x; v_Data = <redacted> }");
    passes(
        "  .password(\"Password: \")\n  .clientSecret(System.getenv(\"X\"))\n  .token(\"${TOKEN}\")",
    );
    passes("user@host:~$ echo $SESSION_TOKEN | wc -c\n41\n");
    passes("IBAN: DE89.3704.0044.0532.0130.01");
}

/// Fifth round, replies and keys: a chat's answer after a question about
/// the password, past a line that gives none ("un momento") and after
/// "I typed" / "ho messo"; a qualifier in parentheses between a key and
/// its colon; German keys (Client-Geheimnis, Zugriffstoken, Prüfnummer);
/// "C V V" read letter by letter from a scan; a keychain record whose name
/// field ends in the key; a one-time code of six digits found again.
#[test]
fn answers_qualifiers_german_keys_and_codes_found_again() {
    covers(
        "Giulia (supporto): con che password accedi?\nMarta: un momento\nMarta: falco_pellegrino41",
        "falco_pellegrino41",
    );
    covers(
        "Agent, 10:02:\nWhich password did you type?\n\nLuca, 10:05:\nI typed Marmotta!Blu7",
        "Marmotta!Blu7",
    );
    covers(
        "Client Secret (prod): Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V Nome: Paolo",
        "Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V",
    );
    covers(
        "Client-Geheimnis: Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V",
        "Zk8mWq3RtY6uIo2PaS5dFg9HjK1lXc4V",
    );
    covers(
        "Zugriffstoken\nat_Zk8mWq3RtY6uIo2PaS5dFg9HjK1lX",
        "at_Zk8mWq3RtY6uIo2PaS5dFg9HjK1lX",
    );
    covers("Card no 4111 1111 1111 1111 Exp. 05/30 C V V 417", "417");
    covers("Prüfnummer = 417", "417");
    covers(
        "item { acct = user_password; svce = x; v_Data = \"gatto-lampone-vulcano-nebbia\" }",
        "gatto-lampone-vulcano-nebbia",
    );
    covers(
        "sms body=\"482913 is your code\"; extracted code=482913",
        "482913",
    );
    passes("con che password entri?\nMarta: un momento\nMarta: ok ora funziona");
    passes("Order (ref): 12345");
    passes("Client Secret (see vault): ask Marco");
    passes("Which password did you type?\nI typed it again");
    passes("We checked the Geheimnis des Erfolgs: Teamarbeit");
    passes("C V V is printed on the back of the card");
}

/// A value found again where it stands alone may change what the text
/// around it says: the text with it redacted is read again.
#[test]
fn values_found_again_settle() {
    let t = "PIN 12-34-56 codice di sicurezza 0000 12-34-56";
    let red = redact(t, &scan(t));
    assert!(scan(&red).is_empty(), "{red:?}: {:?}", scan(&red));
}

/// Sixth round, what is not a value: a value shown masked but for its last
/// characters, a key that names a variable inside `${…}` or `{{…}}` (an
/// error message or a filter after it, not a value), a JWT header pasted
/// alone, a payment processor's object ids (a tokenized card, a webhook
/// endpoint), a calendar date where a code or account number would go.
#[test]
fn masks_template_names_headers_object_ids_and_dates_pass() {
    passes("SHOP_API_KEY=xxxxxxxxxxxxxxxxxxxxQ7w2\nSHOP_API_URL=https://api.shop.test");
    passes("client_secret: ****************************a9Zk");
    passes("token = ••••••••••••3f1c");
    passes("url: postgres://svc:${PG_PASSWORD:?set it in .env}@pg:5432/app");
    passes("dsn: redis://:{{ .Values.cache.password }}@cache:6379/1");
    passes("auth: \"{{ secrets.api_token | b64enc }}\"");
    passes("they only sent the token's first part (eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.<rest>)");
    passes("{\"customer\": \"cus_Q8wLm2Zr\", \"token\": \"tok_Hq7Rm2Wk9sLp3Xv6Nb1Tz8Ya\"}");
    passes("rotated the signing secret for endpoint we_Z3kPq8Lm2Wv7Rt5Yn1Bx9Dc4 today");
    passes("Incorrect PIN reported on 14 payments on 2025-03-09, all from one terminal.");
    // Still values: a mask with too much shown, a default written in the
    // file after `:`, a whole JWT, a secret key with a live prefix.
    covers(
        "SHOP_API_KEY=xxQ7w2Lp9Rt4Zk8Vb3Nm6Yc1",
        "xxQ7w2Lp9Rt4Zk8Vb3Nm6Yc1",
    );
    covers(
        "@Value(\"${shop.client-secret:4f1c9a7e2b8d3f6a0c5e9b1d7a3f8c2e}\")",
        "4f1c9a7e2b8d3f6a0c5e9b1d7a3f8c2e",
    );
    covers(
        "\"token\": \"sk_live_Hq7Rm2Wk9sLp3Xv6Nb1Tz8Ya\"",
        "sk_live_Hq7Rm2Wk9sLp3Xv6Nb1Tz8Ya",
    );
    covers("PIN: 2025", "2025");
}

/// Sixth round: a card's code named by where it is printed ("the code on
/// the back", "il codice dietro", "code au dos"), said or typed, and the
/// Dutch word for password in a mixed-language message.
#[test]
fn a_cards_code_named_by_where_it_is_printed() {
    covers(
        "Caller: the card ends 4242 and the code on the back is six one nine",
        "six one nine",
    );
    covers("scusi, il codice sul retro è 582, va bene?", "582");
    covers("la carte finit par 4242, code au dos: 731", "731");
    covers(
        "Kunde schreibt: \"inloggen lukt niet, wachtwoord: Tulp#Reiger84\"",
        "Tulp#Reiger84",
    );
    passes("the code on the back is worn off, can I still pay?");
    passes("il codice sul retro è illeggibile");
    passes("the number on the back of the card is the bank's phone line");
    passes("wachtwoord vergeten, link gestuurd");
}

/// Sixth round: a setting written as a pair of fields, its name in one and
/// its value in the next (Kubernetes `env`, Terraform/Helm `set`, Ansible
/// items, AWS `Name`/`Value`).
#[test]
fn a_setting_written_as_a_name_and_a_value_field() {
    covers(
        "containers:\n  - env:\n      - name: SHOP_DB_PASSWORD\n        value: \"Qv8!mRt2#Lp\"\n",
        "Qv8!mRt2#Lp",
    );
    covers(
        "  set {\n    name  = \"auth.password\"\n    value = \"Gelso-Rapa-71\"\n  }",
        "Gelso-Rapa-71",
    );
    covers(
        "ok: [web-1] => (item={'name': 'BILLING_API_KEY', 'value': '9c2f7e1a4b8d3c6f0a5e9d2b7c1f4a8e'})",
        "9c2f7e1a4b8d3c6f0a5e9d2b7c1f4a8e",
    );
    covers(
        "{\"Name\": \"/prod/app/client_secret\", \"Value\": \"Tz4qWm8Rk2Lp6Xv9Nb3Hs7Yc\"}",
        "Tz4qWm8Rk2Lp6Xv9Nb3Hs7Yc",
    );
    // Read from elsewhere, or not secret at all.
    passes(
        "  - name: SHOP_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: shop-db\n        key: password\n",
    );
    passes("  - name: SHOP_DB_PASSWORD\n    value: ${SHOP_DB_PASSWORD}\n");
    passes("  - name: LOG_LEVEL\n    value: debug\n  - name: API_KEY_HEADER\n");
    passes("- name: password reset mail\n  template: reset.html\n\n  value: 3\n");
}

/// Sixth round: a passphrase of ordinary words joined by dots (as password
/// generators and people write them) is a value; a property path, which
/// names where it reads from or what it reads, is still code.
#[test]
fn words_joined_by_dots_are_a_passphrase_not_a_path() {
    covers(
        "SMTP_PASSWORD=ortica.lampone.cometa.ginepro",
        "ortica.lampone.cometa.ginepro",
    );
    covers(
        "spring:\n  mail:\n    password: harbor.tulip.meadow.copper\n",
        "harbor.tulip.meadow.copper",
    );
    passes("password = config.database.password");
    passes("password: settings.mail.smtp.login");
    passes("password = self.options.password");
    passes("client_secret: vault.shop.prod.oauth");
}

/// Seventh round: a session named with a bare colon (a crash report's
/// header, a log field) labels which session a report is about, like a
/// trace id; a session set as a cookie, a query or a quoted value is the
/// credential a client holds and is still found.
#[test]
fn a_session_labelled_in_a_report_is_an_identifier() {
    passes(
        "Crash in PaymentSheet\nReport ID: 7d1c0e\nSession: 9B2E44F0A1C37D5E8F60B1A2C3D4E5F6\nOS: 14\n",
    );
    passes("12:01:07.880 W net: session_id: ord-Qm4kV8pXz2Lt\n12:01:08 I done");
    passes("* session: chk-Lw7Hq2Zr9Tb3Nx5\n* region: eu-west-1");
    passes("sid: AC3f9e0b7d2c4a8e1f6b5d0c9a8e7f6d5c");
    // Set, quoted or given as a cookie: the session's value.
    covers(
        "Cookie: lang=en; session=Qm4kV8pXz2LtR7wN5yB3",
        "Qm4kV8pXz2LtR7wN5yB3",
    );
    covers(
        "curl -b 'sessionid=Qm4kV8pXz2LtR7wN5yB3' https://x.test/me",
        "Qm4kV8pXz2LtR7wN5yB3",
    );
    covers(
        "{\"session\": \"Qm4kV8pXz2LtR7wN5yB3\"}",
        "Qm4kV8pXz2LtR7wN5yB3",
    );
    covers(
        "session_id=Qm4kV8pXz2LtR7wN5yB3 expired",
        "Qm4kV8pXz2LtR7wN5yB3",
    );
    covers(
        "JSESSIONID: 5E0C3A1B9F7D2E4C6A8B0D1F3E5C7A9B",
        "5E0C3A1B9F7D2E4C6A8B0D1F3E5C7A9B",
    );
    // A session token is a token, however it is labelled.
    covers(
        "session_token: Qm4kV8pXz2LtR7wN5yB3",
        "Qm4kV8pXz2LtR7wN5yB3",
    );
}

/// Seventh round: a token that says where a listing resumes (a page, a
/// continuation, a sync point) is a cursor anyone who may list receives,
/// not a credential.
#[test]
fn pagination_cursors_are_not_credentials() {
    passes("next_page_token: eyJvZmZzZXQiOjQwLCJsaW1pdCI6MjB9");
    passes("GET /v2/orders?pageToken=Cg9vcmRlcnMtMjAyNC0wNxIEMTAwMA");
    passes("\"NextToken\": \"AAMA-EFRSURBSGh4bTlHY2RkZ0N5OGZ3\"");
    passes("continuation_token=Rk9PQkFSMTIzNDU2Nzg5MGFiY2Rl");
    // The credential beside the cursor is still one.
    covers(
        "page_token=eyJwIjoyfQ&access_token=Zr8Tq3Lm5Wn7Kp2Vx9Bd",
        "Zr8Tq3Lm5Wn7Kp2Vx9Bd",
    );
    covers("token: Zr8Tq3Lm5Wn7Kp2Vx9Bd", "Zr8Tq3Lm5Wn7Kp2Vx9Bd");
    covers("api_token=Zr8Tq3Lm5Wn7Kp2Vx9Bd", "Zr8Tq3Lm5Wn7Kp2Vx9Bd");
}

/// Seventh round: a value far below a key is that key's only when nothing
/// else claims it. A label of its own at the head of its line (a key id, a
/// thumbprint, a log field) does, unless the label itself names a
/// credential or is the answer to a question; a PEM block is `pem`'s to
/// judge (a certificate or public key is public).
#[test]
fn a_far_value_with_a_label_of_its_own_is_that_labels() {
    passes("the token keeps expiring since Monday\nkid: Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa\nthanks");
    passes(
        "we rotated the secret, still 401\n2024-03-02T10:00:01Z WARN  x5t#S256: Hk3Zp8Qw2Lm7Tn4Vb9Xr6Ys1Dc5Fg0Ja\n",
    );
    passes(
        "the private key stays in the HSM, here is the public one:\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq7Rt2Lm9Xp4Vz8Nb3Kw6Hy1Jc5Fg0Sa2Zp8Qw\n-----END PUBLIC KEY-----\n",
    );
    // Still the far key's value: alone on its line, after a label that
    // names a credential, or as the answer to the question.
    covers(
        "the token we use in prod is the one below, keep it safe.\nQd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
        "Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
    );
    covers(
        "the token we use in prod is the one below, keep it safe.\nkey: Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
        "Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
    );
    covers(
        "Q: which client secret do you have?\nA: Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
        "Qd7Lm2Xp9Rt4Vz8Nb3Kw6Hy1Jc5Fg0Sa",
    );
}

/// Seventh round: where a value is read from (the environment, a CI's
/// secrets, a secret store) is no value, even inside the quotes a config
/// file or a diff puts around every string; a masked value with a short
/// run of stars is masked.
#[test]
fn lookups_and_short_masks_are_not_values() {
    passes(
        "-  db_password: \"os.environ[\"DB_PASSWORD\"]\"\n+  db_password: \"vault:kv/data/shop#db_password\"\n",
    );
    passes("    'password': 'os.getenv(\"SHOP_PASSWORD\")',");
    passes("password = \"process.env.SHOP_DB_PASSWORD\"");
    passes("API_TOKEN = \"secrets.SHOP_API_TOKEN\"");
    passes("set token=%SHOP_ACCESS_TOKEN%");
    passes("client_secret: \"op://Shop/oauth-prod/client_secret\"");
    passes("password = ****Z7q1\naccess_token: eyJ***\nsecret: ••••k2Lp");
    // A literal is still a value, and so is one that only mentions a
    // lookup's words.
    covers("db_password: \"Environ3-Vault!\"", "Environ3-Vault!");
    covers("password = \"getenv_Pa55!\"", "getenv_Pa55!");
    covers("token: \"vault7Kq2Lm9Xp4Rt8Zw\"", "vault7Kq2Lm9Xp4Rt8Zw");
    covers("password: ab**Kq7!zR2m", "ab**Kq7!zR2m");
}

/// Seventh round: parts joined by ` / ` three times or more (environment,
/// package, build) are a breadcrumb, not `user / password`.
#[test]
fn a_breadcrumb_is_not_a_user_and_password() {
    passes(
        "Login fails for the service user\nEnvironment: Staging / @shopco/client 4.1.0 / build 3a9f01c\n",
    );
    covers("login: ops.admin / Tr0mb@ne!77", "Tr0mb@ne!77");
}

/// Seventh round: an element named by its `name` or `key` attribute
/// (Android string resources, Java properties in XML, `<param>`) holds its
/// value as text.
#[test]
fn an_element_named_by_its_attribute_holds_the_value() {
    covers(
        "<resources>\n    <string name=\"oauth_client_secret\">Vb8Qz2Lm7Xp4Rt9Kw3Nd6Hs1</string>\n</resources>",
        "Vb8Qz2Lm7Xp4Rt9Kw3Nd6Hs1",
    );
    covers(
        "<entry key=\"db.password\">Gufo_Notte-93</entry>",
        "Gufo_Notte-93",
    );
    covers("<param name='terminal_pin'>4817</param>", "4817");
    covers(
        "+    <string name=\"api_token\">Tk5Wq8Zr2Lm7Xp4Vn9Bd3Hs</string>",
        "Tk5Wq8Zr2Lm7Xp4Vn9Bd3Hs",
    );
    // Placeholders, references and names that only contain a key's word.
    passes("<string name=\"client_secret\">${CLIENT_SECRET}</string>");
    passes("<string name=\"password\">config.db.password</string>");
    passes("<string name=\"pin_hint\">Enter your PIN</string>");
    passes("<string name=\"token_expired\">Your session expired</string>");
}

/// Seventh round: a settings page copied as text puts a label (a key and
/// perhaps a qualifier) at the head of a line, a bar, then the value and
/// the page's buttons.
#[test]
fn a_label_a_bar_and_the_value() {
    covers("Card PIN | 5093  [ ]\nLast change: yesterday", "5093");
    covers("CVC2 | 774   Show | Copy", "774");
    covers(
        "Password temporanea | Ramo!Quercia58   Mostra | Copia",
        "Ramo!Quercia58",
    );
    covers(
        "Access token | Pz3Kq8Lm2Xw7Rt5Vn9Bd4   Reveal",
        "Pz3Kq8Lm2Xw7Rt5Vn9Bd4",
    );
    // Words in the value's place, or a sentence before the key.
    passes("PIN | required\nCVV | optional");
    passes("Field | Value\nPassword | (hidden)");
    passes("We never ask for your PIN | 1 of 3 tips");
}

/// Eighth round: an INSERT names its columns once and gives the values by
/// place, in one row or many; an ORM that logs the statement with
/// placeholders prints the values after it, in the same order. The column
/// list names fields and holds none.
#[test]
fn sql_values_by_the_place_of_their_column() {
    let one = "INSERT INTO merchants (id, login, portal_pwd, note) VALUES (7, 'ops', 'Tasso.Verde-41', 'ok');";
    covers(one, "Tasso.Verde-41");
    let many = "insert into `devices` (`serial`,`unlockPin`,`cvc2`) values\n('SN-1','48213','719'),\n('SN-2',NULL,'306');";
    covers(many, "48213");
    covers(many, "719");
    covers(many, "306");
    let quoted = "INSERT INTO \"public\".\"links\" (\"ref\", \"oauthRefreshToken\") VALUES ('r-9', 'Zq4Lw8Xm2Pk7Rt5Vn9Bd3Hs6Jy1');";
    covers(quoted, "Zq4Lw8Xm2Pk7Rt5Vn9Bd3Hs6Jy1");
    let logged = "query INSERT INTO \"acct\" (\"user\",\"db_password\",\"kontonummer\") VALUES ($1,$2,$3)\nquery Params: [\"mara\", \"Fiume=Lento77\", \"5310042287\"]";
    covers(logged, "Fiume=Lento77");
    covers(logged, "5310042287");
    let args = "INSERT INTO pins (device, device_pin) VALUES (%s, %s); args=('pos-3', '770412')";
    covers(args, "770412");
    let hibernate = "insert into cards (holder,security_code) values (?,?)\nTRACE bind : binding parameter (1:VARCHAR) <- [Ada]\nTRACE bind : binding parameter (2:VARCHAR) <- [582]";
    covers(hibernate, "582");
    // Column lists with key words in them, and values that are no secret.
    passes("INSERT INTO audit (pwd, offlineToken, clientId, mandateId) VALUES ($1, $2, $3, $4)");
    passes("INSERT INTO t (\"api_token\", \"ref\") VALUES ('process.env.API_TOKEN', 'R-12');");
    passes("INSERT INTO users (name, password) VALUES ('ada', NULL), ('bob', DEFAULT);");
    passes("INSERT INTO cards (holder, cvv) VALUES ('Ada', '***');");
    passes("INSERT INTO notes (title, body) VALUES ('password policy', 'rotate yearly');");
}

/// Eighth round: a stored password hash (modular crypt format) is what a
/// database keeps instead of the password; a password manager's name is
/// where the password is, not the password.
#[test]
fn hashes_and_vaults_are_no_password() {
    passes("hashed_password: \"$2y$10$abcdefghijABCDEFGHIJ0123456789abcdefghijABCDEFGHIJ012\"");
    passes("PasswordHash = $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");
    passes("la password è nel vault (Bitwarden)");
    passes("le mot de passe est dans le gestionnaire (1Password)");
    // A password that merely starts with a dollar sign is still one.
    covers("password: $Tramonto88!", "$Tramonto88!");
}

/// Eighth round: a Kubernetes Secret prints its values base64-encoded
/// under `data`; each is what its key names once decoded, so the encoded
/// text is the secret. Keys naming public things decode to public things.
#[test]
fn a_secrets_data_is_decoded_and_read_with_its_key() {
    let yaml = "$ kubectl get secret pos -o yaml\napiVersion: v1\ndata:\n  UNLOCK_PIN: NjI1MQ==\n  admin-password: U2FsaWNlI1Jvc3NvOQ==\n  env: c3RhZ2luZw==\nkind: Secret\n";
    covers(yaml, "NjI1MQ==");
    covers(yaml, "U2FsaWNlI1Jvc3NvOQ==");
    let json = "{\n  \"data\": {\n    \"settlement_account_number\": \"MDA0NzExODgyMQ==\",\n    \"url\": \"aHR0cHM6Ly9hcGkuZXhhbXBsZS5vcmc=\"\n  },\n  \"kind\": \"Secret\"\n}";
    covers(json, "MDA0NzExODgyMQ==");
    passes(
        "apiVersion: v1\ndata:\n  env: c3RhZ2luZw==\n  user: b3BzLWJvdA==\n  base_url: aHR0cHM6Ly9hcGkuZXhhbXBsZS5vcmc=\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVYWJjCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K\nkind: Secret\n",
    );
    // Not a Secret: a ConfigMap's data is plain text read as it stands.
    passes("apiVersion: v1\ndata:\n  UNLOCK_PIN_LENGTH: \"4\"\nkind: ConfigMap\n");
}

/// Eighth round: an XML element's own name says what it holds
/// (`<psp:DevicePin>`, `<apiSecret>`), as a column's header does; ISO
/// 20022 gives an account that is not an IBAN as the `Id` of its `Othr`
/// identification inside `DbtrAcct`, `CdtrAcct` or `Acct`.
#[test]
fn xml_elements_named_for_their_value() {
    covers(
        "<req>\n  <ns1:TerminalPin>3391</ns1:TerminalPin>\n</req>",
        "3391",
    );
    covers(
        "<payload><webhookSecret>Hq7Lm2Xw9Rt4Vn8Bd3Ks6Pz1</webhookSecret></payload>",
        "Hq7Lm2Xw9Rt4Vn8Bd3Ks6Pz1",
    );
    covers(
        "<refresh_tok>Jx8Kq3Lm7Zt2Vb9Nw4Pr6Hs1Dy5Fg0</refresh_tok>",
        "Jx8Kq3Lm7Zt2Vb9Nw4Pr6Hs1Dy5Fg0",
    );
    let iso = "<CdtrAcct>\n  <Id>\n    <Othr>\n      <Id>00731940562</Id>\n    </Othr>\n  </Id>\n</CdtrAcct>";
    covers(iso, "00731940562");
    // Ids that are no account, names that only contain a key's word.
    passes("<PmtId>\n  <Othr>\n    <Id>55120987</Id>\n  </Othr>\n</PmtId>");
    passes("<MsgId>00731940562</MsgId>");
    passes("<PinLength>4</PinLength><tokenType>Bearer</tokenType>");
    passes("<client_secret>${PSP_SECRET}</client_secret>");
}

/// Eighth round: serializers print a field's name from code, not a key
/// word (`"payoutAccountNo": "…"`, a Python dict of bind parameters with
/// `_1` after each name, `"SETTLEMENT_ACCOUNT=…"` in an environment list):
/// the name is read as a column's header.
#[test]
fn quoted_pairs_named_by_a_field() {
    covers(
        "{\"payoutAccountNo\": \"40019273311\", \"currency\": \"EUR\"}",
        "40019273311",
    );
    covers(
        "[generated in 0.0012s] {'status_1': 'ok', 'sftp_passwd_1': 'Nebbia+Lago42'}",
        "Nebbia+Lago42",
    );
    covers(
        "\"Env\": [\n  \"LANG=C.UTF-8\",\n  \"SETTLEMENT_ACCOUNT_NO=5512093387\"\n]",
        "5512093387",
    );
    covers("$ export TERMINAL_PIN=8804", "8804");
    // A cloud's account, the shell's directory, lengths and types.
    passes(
        "{\n  \"UserId\": \"AIDAXAMPLE\",\n  \"Account\": \"730019254468\",\n  \"Arn\": \"arn:aws:iam::730019254468:user/ci\"\n}",
    );
    passes("\"Env\": [\"PWD=/srv/app\", \"OLDPWD=/root\"]");
    passes("{\"pin_length\": \"6\", \"token_type\": \"Bearer\", \"password\": \"${DB_PASSWORD}\"}");
}

/// Eighth round: a questionnaire's answer sits below its question after a
/// marker (`A:`, `R:`, `Answer:`, `->`), or, in a reply written above the
/// quoted form, on its own line above the quoted question. The question's
/// key word says what the answer is.
#[test]
fn questionnaire_answers() {
    covers(
        "Q: Unlock PIN of the card reader\nA: 7093\n\nQ: Shop name\nA: Bar Centrale",
        "7093",
    );
    covers("4. Codice di sicurezza della carta di prova\nR: 318", "318");
    covers(
        "2) Password for the staging admin\n-> Ginepro#Valle61",
        "Ginepro#Valle61",
    );
    covers(
        "Ok, answers on top:\n\nCervo_Bianco-27\n> 3) Temporary password of the portal user\n\nACME srl\n> 4) Company name",
        "Cervo_Bianco-27",
    );
    // Answers that are no value, and questions that ask for none.
    passes("Q: Do you keep the PIN anywhere?\nA: No, never");
    passes("Q: Password policy\nA: at least twelve characters");
    passes("Q: Token endpoint\nA: https://auth.example.org/oauth/token");
    passes("Q: Number of terminals\nA: 4821");
    passes("3) How long is the PIN?\n-> 6");
}

/// Ninth round: where a secret is kept is not the secret. A secret
/// store's path or a vault's URL after a secret's key names the place
/// the value is read from; a ULID with a short prefix is a record's id;
/// a qualified method name in a stack trace is code; "estratto conto" is
/// a statement, and its reference no account.
#[test]
fn locations_and_names_are_no_values() {
    passes("The worker reads secret apps/billing/stripe-live version=3 at boot");
    passes("Our API secret lives in the vault (kv/teams/checkout/gateway), refreshed hourly.");
    passes("{\"private_key\": \"<see projects/50211/secrets/signing-key/versions/2>\"}");
    passes(
        "// the db password comes from https://kv-shop.vault.azure.net/secrets/db-pass/0a9c77e1f03b4d2e9b1c55aa01f2c3d4",
    );
    passes("the api key is missing again, see job job_01HZX4B7T9QW3M5N8R2K6PVCDE");
    passes(
        "AuthError: token expired\n    at org.acme.billing9.checkout.CartService.submit(CartService.java:77)",
    );
    passes("2025-02-01 INFO import estratto conto EC24/11820 righe=41");
    // A URL that carries its credential still counts, and so does a
    // path-like value with capitals.
    covers(
        "alerts go to https://hooks.slack.com/services/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",
        "https://hooks.slack.com/services/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",
    );
    covers(
        "client_secret: Qm9v/Zk3Lp/R2xWt8NyA",
        "Qm9v/Zk3Lp/R2xWt8NyA",
    );
    covers(
        "password: https://admin:Fr4gola!77@db.example.org/app",
        "Fr4gola!77",
    );
    covers(
        "c/c estratto n. 000012345678 ABI 03069 CAB 05034",
        "000012345678",
    );
}

/// Ninth round: credentials handed over in a language's idiom. A literal
/// turned into a character array where a key store is opened is its
/// password; the arguments after `basic` (a call, or a Ruby symbol's list)
/// are an id and its secret; an Azure connection string's `AccountKey`;
/// a value that starts with `&` but mixes capitals, small letters and
/// digits is no borrow; a quoted word followed by `:` is the next field's
/// name.
#[test]
fn credentials_in_language_idioms() {
    covers(
        "KeyStore ks = KeyStore.getInstance(\"JKS\");\nks.load(in, \"Gr4nde!Vela\".toCharArray());",
        "Gr4nde!Vela",
    );
    covers(
        "kmf.init(store, \"Ulivo-2291\".toCharArray())",
        "Ulivo-2291",
    );
    covers(
        "val c = Credentials.basic(\"shop-backend\", \"Tq3mZ8vKp1Lw5Rx7\")",
        "Tq3mZ8vKp1Lw5Rx7",
    );
    covers(
        "conn.request :authorization, :basic, \"ops-bot\", \"Vb6nM2qW9eRt4Y\"",
        "Vb6nM2qW9eRt4Y",
    );
    covers(
        "Endpoint=https://x.blob.core.windows.net;AccountName=shopfiles;AccountKey=Zm9vYmFyYmF6cXV4Tm90UmVhbEtleQ+/Qq7==;EndpointSuffix=core.windows.net",
        "Zm9vYmFyYmF6cXV4Tm90UmVhbEtleQ+/Qq7==",
    );
    covers(
        "{\"grant_type\":\"password\",\"username\":\"ops\",\"password\":\"&Lq4Wz9Tb2\"}",
        "&Lq4Wz9Tb2",
    );
    // Arrays of letters, titles and names, borrows and field names pass.
    passes("char[] letters = \"abcdefghij\".toCharArray();");
    passes("ks.load(in, System.getenv(\"KS_PASS\").toCharArray());");
    passes("ks.load(in, keystorePassword.toCharArray());");
    passes("report.section :basic, \"Summary\", \"overview\"");
    passes("fn connect(password: &str, user: &User)");
    passes("{\"grant_type\":\"password\",\"username\":\"ops\",\"scope\":\"read\"}");
    passes("AccountName=shopfiles;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net");
}

/// Ninth round: a qualifier after a key in a snake_case name or a header
/// cell (which device a PIN opens, which of a user's passwords it is)
/// names the same value: `pin_terminale`, `password_temporanea`,
/// `password new`.
#[test]
fn keys_with_a_qualifier_after_them() {
    covers(
        "[{\"user\":\"ada@example.org\",\"pin_terminale\":\"40718\"}]",
        "40718",
    );
    covers(
        "email,password_temporanea,valid_until\nada@example.org,Ribes#4471,2025-04-01",
        "Ribes#4471",
    );
    covers(
        "| user | password new |\n|---|---|\n| ada | Kq9!mZ2vT |",
        "Kq9!mZ2vT",
    );
    // Qualifiers that say something else about the key pass.
    passes("{\"pin_length\":\"6\",\"pin_attempts\":\"3\",\"pin_ttl\":\"3600\"}");
    passes("user;password_policy;password_expiry\nada;strong;2025-04-01");
    passes("card_token,last4\ntok_9sLqA2,4242");
}

/// Ninth round: a card's code written as Markdown (`cvv \`123\``, a code
/// span filling a table's cell), named by the Amex word CID near a card,
/// or given after an expiry that came in the chat's next message.
#[test]
fn card_codes_in_markdown_and_chat() {
    covers("- test card `4111 1111 1111 1111` cvv `618`", "618");
    covers(
        "| env | key id | api secret |\n|---|---|---|\n| prod | `ops-prod` | `Tq3mZ8vKp1Lw5Rx7Yb2Nc9` |",
        "Tq3mZ8vKp1Lw5Rx7Yb2Nc9",
    );
    covers(
        "her Amex is 3782 822463 10005 and the 4-digit CID is 7204",
        "7204",
    );
    covers(
        "CLIENT: my card is 4111111111111111\nCLIENT: it expires 09-27\nCLIENT: the code on it 552",
        "552",
    );
    // A Content-ID, a caller id, code spans that are names.
    passes("<img src=\"cid:image001.png@01D9\"> CID 4471 in the header");
    passes("caller CID 0399 called twice about order 5521");
    passes("card payment failed for customer CID 4521, please check");
    passes("| env | key id | api secret |\n|---|---|---|\n| prod | `ops-prod` | `${API_SECRET}` |");
}

/// Ninth round: bank details written the ways forms and people split
/// them. A BBAN's CIN joined by a dash (`X-05428-…`); an IBAN whose
/// country stands a space apart from check digits glued to the number,
/// grouped any way; "sort" alone before a sort code as a routing word; a
/// UK sort code and account joined by one dash where UK payments are
/// spoken of; a card's groups split over two lines with a space left at
/// the end of the first.
#[test]
fn bank_details_split_by_forms() {
    covers(
        "il campo bban vale X-05428-11101-000000123456",
        "X-05428-11101-000000123456",
    );
    covers(
        "Fornitore,DE 89370 400440 532 01 3000,EUR",
        "DE 89370 400440 532 01 3000",
    );
    covers("Pay to account 31926819 (sort 60-16-13)", "31926819");
    covers("payee details: 601613-31926819", "601613-31926819");
    covers(
        "the number is 4539 1488 \n0343 6467 exp 03/29",
        "4539 1488 \n0343 6467",
    );
    // Checks that fail, sorting, order numbers and a lone BIC pass.
    passes("rif. pratica X-05428-11101, ABI e CAB della filiale");
    passes("Fornitore,DE 89370 400440 532 01 3001,EUR");
    passes("account 31926819, sort by date 12-03-2024");
    passes("order 601613-31926819 shipped");
    passes("ticket 4539 1488 \n0343 6468 closed");
}

/// Ninth round: how prose hands a value over once its key is named. In
/// guillemets or typographic quotes after a password key; "here it is"
/// in the next message after a token was named; "also with" a second
/// password after a first was tried; a UUID stated as a secret or an API
/// key after a colon or a copula (consoles generate them that shape),
/// unless its clause names an id or the client alone; an answer line in a
/// quoted mail with a remark in parentheses after the value.
#[test]
fn values_handed_over_in_prose() {
    covers(
        "la password resta «falco nebbia ottobre lampone» come concordato",
        "falco nebbia ottobre lampone",
    );
    covers(
        "the password is “Tiglio-88-argine” for now",
        "Tiglio-88-argine",
    );
    covers(
        "Ada: the token stopped working this morning\nBob: can you paste it?\nAda: here it is Xk29fLqP0vTz7RmN4bWc8YhJ3sDe",
        "Xk29fLqP0vTz7RmN4bWc8YhJ3sDe",
    );
    covers(
        "Cliente: ho provato la password Gabbia2290 e niente\nCliente: anche con Ombrello55!",
        "Ombrello55!",
    );
    covers(
        "We rotated the client secret yesterday; the new one is 7c0d3f4e-91ab-4c2e-8f6d-2b9e1a0c5d77.",
        "7c0d3f4e-91ab-4c2e-8f6d-2b9e1a0c5d77",
    );
    covers(
        "Send the API key in the header. Ours is 5e8a1b2c-3d4f-4a6b-9c8d-7e6f5a4b3c2d, generated by the console.",
        "5e8a1b2c-3d4f-4a6b-9c8d-7e6f5a4b3c2d",
    );
    covers(
        ">> What's the VPN password?\n> It's Corvo-Salice-Brina (case sensitive)\n>\nthanks",
        "Corvo-Salice-Brina",
    );
    // Quotes around prose, presenters before words, ids stated as ids.
    passes("the password field shows «non valida» after three attempts");
    passes("the token expired again\nhere it is the log: see attachment");
    passes("ho provato a cambiare password\nanche con il supporto, niente");
    passes("la password non va su Safari\nanche con Chrome120 stesso errore");
    passes("The client secret works. The request id is 7c0d3f4e-91ab-4c2e-8f6d-2b9e1a0c5d77.");
    passes("Il client secret è nel vault. Il client è 7c0d3f4e-91ab-4c2e-8f6d-2b9e1a0c5d77.");
    passes("Authorization: Bearer <token>\nIdempotency-Key: 7c0d3f4e-91ab-4c2e-8f6d-2b9e1a0c5d77");
}

/// Round 10, the second look near credential words (`nearby`): a value
/// judged by its shape for the key's kind and by the short bridge that
/// hands it over.
#[test]
fn values_over_a_short_bridge() {
    // Verbs that show a value, past a few words.
    covers(
        "on the dashboard the API key box displays Qm7Tz2RpX9vL4nW8kYc3 next to Revoke",
        "Qm7Tz2RpX9vL4nW8kYc3",
    );
    covers(
        "nella schermata il campo segreto mostra 7fK2mQ9xLp4RzW8v3NtY in chiaro",
        "7fK2mQ9xLp4RzW8v3NtY",
    );
    // A relative clause between the key and its copula.
    covers(
        "the password, which my colleague reset on Monday after the audit, is now Lampo!88zeta",
        "Lampo!88zeta",
    );
    // "i.e." / "cioè" handing the value over.
    covers("the PIN we set, i.e. 58213, is refused", "58213");
    // A copula or colon ending the line: the value alone on the next one,
    // a quoted mail's prefix skipped.
    covers(
        "> the refresh token they gave us is\n> r8Hq2LmZ0pVx7TkW3sNy9Ab4\n> thanks",
        "r8Hq2LmZ0pVx7TkW3sNy9Ab4",
    );
    // A passphrase of plain words ended by a number.
    covers("password: gelato blu sul molo 42", "gelato blu sul molo 42");
    covers(
        "app.db.password=vento forte della sera 21\napp.db.pool=5",
        "vento forte della sera 21",
    );
    passes("password: the same as in 2023, ask Marco");
    // A one-time code before the words that name it.
    covers("Fwd: 736104 is your login code for Banca Zeta", "736104");
    covers("SMS: 40917 è il tuo codice per accedere", "40917");
    // "code" with a cue of one-time codes (pasting it, receiving it).
    covers(
        "the code I pasted from the text message is 618204",
        "618204",
    );
}

#[test]
fn bridges_that_hand_over_nothing() {
    // Quantities, years, errors and other codes.
    passes("the OTP is valid for 300 seconds and the PIN is 4 digits long");
    passes("the PIN pad broke, codice errore 4012 on the screen");
    passes("after 5 attempts the API returns code 4290 'too_many_attempts'");
    passes("OTP locked: dopo 3 tentativi il server risponde con codice 4129 'otp_locked_out'");
    passes("the order code in the confirmation mail shows 558812");
    // Masks, references and placeholders stop the bridge.
    passes(r#"{"password": "****9Qz!", "order": "A-55812-XZ", "note": "Rk7!mzP2qw"}"#);
    passes("client secret: ${CLIENT_SECRET} then run deploy: Zt8kLm2Qp9Xw4RvN");
    // A pagination token, a variable holding one, an empty setting.
    passes(r#""next_page_token": "eyJvZmZzZXQiOjQwMH0x""#);
    passes("$token = Get-AccessToken -Scope Payments2024");
    passes("CLIENT_SECRET=\nDB_HOST=db.internal.example");
    // A sentence's end between the key and a value.
    passes("We rotated the token. The build 9f8e7d6c5b4a39281706 passed.");
    // A number before "is your" names no code.
    passes("1250 is your balance in points");
}

/// Round 10: a value given as a reply in a chat export, judged by the key
/// the message before it names; and what a reply gives that is no value.
#[test]
fn values_given_as_a_reply() {
    covers(
        "[09:12] Lea: che pin ti chiede il terminale?\n[09:13] Marco: è 6 0 4 1 7\n[09:15] Lea: ok",
        "6 0 4 1 7",
    );
    covers(
        "Tom, [02.03.25 10:01]\nwhat api token did you paste in staging?\n\nAnn, [02.03.25 10:04]\nhere it is a7Kd93LmQz02Xv81NcPw55Ty\n",
        "a7Kd93LmQz02Xv81NcPw55Ty",
    );
    covers(
        "12/05/25, 08:40 - Op: serve il codice di sicurezza sul retro\n12/05/25, 08:41 - Cliente: quello dietro, 482",
        "482",
    );
    // A reply that names another number, or a field, gives no value.
    passes(
        "[10:00] Ana: what's the PIN policy?\n[10:02] Bo: the ticket number is 55128734\n[10:03] Ana: ok",
    );
    passes(
        "[10:00] Ana: which token expired?\n[10:01] Bo: client_id=shop-prod-2024x7 \n[10:02] Ana: ok",
    );
}

/// Round 10: "the new one is" hands over a value of the kind the text
/// names; a bot token in the Bot API's path; an ARN is where a key is kept.
#[test]
fn values_by_reference_and_in_paths() {
    covers(
        "We rotated the API secret yesterday.\n> ok, and the new one is\n> Zq81LmXv0Pt7Wc3Nd5Ry92Kb\n",
        "Zq81LmXv0Pt7Wc3Nd5Ry92Kb",
    );
    passes("the new one is much faster than the old dashboard");
    covers(
        "GET https://api.telegram.org/bot712345678:AAHk3mZp9Qw2Lx8Vc7Bn5Rt1Yu4Io6Pa0Sd/getMe",
        "712345678:AAHk3mZp9Qw2Lx8Vc7Bn5Rt1Yu4Io6Pa0Sd",
    );
    passes("SIGNING_KEY=arn:aws:kms:eu-west-1:123456789012:key/prod-signing-Q7xT2a");
}

/// Round 11: a card's security code near its number, before or after it,
/// with or without an expiry, named by a word about the code (verifica,
/// verification, dietro, back, retro, cvv…).
#[test]
fn a_security_code_near_its_card() {
    covers(
        "Card 5555 5555 5555 4444, holder Jane Smith-Doyle, expires 09/27, verification value 417",
        "417",
    );
    covers(
        "carta 4111 1111 1111 1111 per il pagamento: il codice sul retro è 935",
        "935",
    );
    covers(
        "the three on the back say 274; the card itself is 4111-1111-1111-1111",
        "274",
    );
    covers(
        "Sul retro leggo 618, davanti c'è 5555 5555 5555 4444.",
        "618",
    );
    covers("card 4111111111111111 cvv2 381 thanks", "381");
    covers("CARD 5555 5555 5555 4444 CVC913 EXP 01/29", "913");
    // Other numbers near a card are not its code.
    for text in [
        "card 4111 1111 1111 1111 was charged 129 EUR, ticket 482 back to the queue",
        "Carta 4111 1111 1111 1111 rifiutata, errore 402, riprovare",
        "Order 2291 for card 5555 5555 5555 4444: refund of 350 on the way back",
    ] {
        let found = scan(text);
        assert!(
            found.iter().all(|f| f.kind == Kind::CardNumber),
            "only the card in {text:?}: {found:?}"
        );
    }
}

/// Round 11: a key glued to its value when the space bar is broken or the
/// phone typed it (`cvc245`, `card5555555555554444`).
#[test]
fn keys_glued_to_their_values() {
    covers(
        "cvv512 exp10/29 card5555555555554444 scusate",
        "5555555555554444",
    );
    covers(
        "pagamento: carta4111111111111111 cvv 204",
        "4111111111111111",
    );
    passes("model card2021 and board1234 were shipped");
}

/// Round 11: the other codes of a PIN mailer and a device's codes: a PUK
/// beside the PIN, "cod. disp." (codice dispositivo).
#[test]
fn a_puk_and_a_device_code() {
    covers("PIN 4471 e PUK 73920518 nella busta", "73920518");
    covers("the SIM came with PUK: 12345678 on the card", "12345678");
    covers("il cod. disp. è 5521, non lo trovo più", "5521");
    passes("il PUK si trova sulla card della SIM, non chiedetelo a noi");
}

/// Round 11: a .NET `<RSAKeyValue>` holding private parts (`<P>`, `<Q>`,
/// `<D>`, `<DP>`, `<DQ>`, `<InverseQ>`) is a private key; the modulus and
/// exponent alone are a public key.
#[test]
fn rsa_key_value_xml() {
    let private = "rsa.FromXmlString(\"<RSAKeyValue><Modulus>xK3mZp9Qw2Lx8Vc7Bn5Rt1Yu4Io6Pa0Sd+ab/Q==</Modulus><Exponent>AQAB</Exponent><P>9Wkcgdpu33E1Or/Z9/VCikr3xZxh3LLG==</P><Q>kFuFEigWSPvfEprMNCi50VXqyRBWe==</Q><D>Zq81LmXv0Pt7Wc3Nd5Ry92Kb==</D></RSAKeyValue>\");";
    covers(private, "<P>9Wkcgdpu33E1Or/Z9/VCikr3xZxh3LLG==</P>");
    passes(
        "var pub = \"<RSAKeyValue><Modulus>xK3mZp9Qw2Lx8Vc7Bn5Rt1Yu4Io6Pa0Sd+ab/Q==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\";",
    );
}

#[test]
fn rsa_key_value_placeholders_pass() {
    passes(
        "<RSAKeyValue><Modulus>...</Modulus><Exponent>AQAB</Exponent><P>xxxxxxxxxxxxxxxxxxxx</P></RSAKeyValue>",
    );
    passes("<RSAKeyValue><P>YOUR_PRIVATE_P_HERE</P></RSAKeyValue>");
}

/// Round 11: a `user / password` pair written on a note or named as an
/// account, the user in quotes or the pair quoted whole.
#[test]
fn user_and_password_pairs_on_notes_and_accounts() {
    covers(
        "found a sticky note under the keyboard: \"m.bianchi / Tramonto77!\" no idea what for",
        "Tramonto77!",
    );
    covers(
        "sul post-it c'era scritto “giulia.r / Lavagna2020$”, credo sia del portale",
        "Lavagna2020$",
    );
    covers(
        "le credenziali sul post-it: \"magazzino\" / Scaffale99? e le usano in quattro",
        "Scaffale99?",
    );
    passes("account settings / billing / invoices is where you'll find it");
    passes("the account page shows Visa / Mastercard options");
    passes("sticky note: ask Marco / Team B tomorrow");
}

/// Round 11: a number whose digits were counted out loud ("she read out
/// six digits (482913)", "mi ha dettato 4 cifre: 7710") is the code the
/// count names; three behind a card are its security code. The last four
/// of a card, or a count that does not match, are not.
#[test]
fn a_number_its_digits_counted() {
    covers(
        "he typed the eight digits from the reader: 90412277",
        "90412277",
    );
    covers(
        "mi ha dettato le sei cifre del messaggio (662 190) prima che lo fermassi",
        "662 190",
    );
    covers(
        "she gave me the four digits, 7710, before I could stop her",
        "7710",
    );
    covers("mi ha letto le tre cifre sul retro della carta: 381", "381");
    passes("the last four digits of the card are 4444");
    passes("le ultime 4 cifre della carta sono 1234");
    passes("it asks for six digits but 48213 has only five");
    passes("we need 8 digits in the postcode field 2024 edition");
}

/// Round 11: accented letters escaped as named HTML references by mail
/// clients and old helpdesks (`&egrave;`, `&eacute;`) read as the letters,
/// so the copula or key they spell is seen.
#[test]
fn named_html_letters() {
    covers(
        "la password attuale &egrave; Vetro!Nebbia42 e scade domani",
        "Vetro!Nebbia42",
    );
    covers("il codice di sblocco &egrave; 4821, non lo perdete", "4821");
    covers("la contrase&ntilde;a es Rio#Bravo2023", "Rio#Bravo2023");
    passes("il caff&egrave; &egrave; pronto, la riunione &egrave; alle 10");
    passes("la password &egrave; stata cambiata ieri");
}

/// Round 11: a code shown by the device or app that makes it (an
/// authenticator, a key fob, "la chiavetta", a screenshot of the phone) is
/// a one-time code.
#[test]
fn codes_shown_by_their_device() {
    covers("my authenticator says 604219, hurry", "604219");
    covers("la chiavetta ora mostra 771034, fai presto", "771034");
    covers("il codice sulla chiavetta è 33018277", "33018277");
    covers("the code on the key fob is 5520 19", "5520 19");
    covers("codice 449102 preso dallo screenshot del cliente", "449102");
    passes("the authenticator app needs version 6.2 or later");
    passes("la chiavetta USB da 32 GB è nel cassetto 3");
    passes("screenshot attached, order code 2024-118 shown at the top");
}

/// Round 11: a password named by its other words: "chiave di accesso",
/// and "word of order" (parola d'ordine translated word by word).
#[test]
fn passwords_named_by_other_words() {
    covers(
        "la chiave di accesso del gestionale è Faro#2031",
        "Faro#2031",
    );
    covers("chiave d'accesso: Lampo!884", "Lampo!884");
    covers(
        "the word of order for the panel is Brezza2024$",
        "Brezza2024$",
    );
    passes("la chiave di accesso è stata disattivata ieri");
    passes("the word of order was changed yesterday");
}

/// Round 11: a password told by where it was typed: "I entered X in the
/// login page", "ho digitato X nel campo di accesso".
#[test]
fn a_password_typed_into_a_login_field() {
    covers(
        "I entered Marmotta77! in the login page and got an error",
        "Marmotta77!",
    );
    covers(
        "ho digitato Ghiaccio#12 nel campo di login ma niente",
        "Ghiaccio#12",
    );
    covers(
        "she pasted Volpe2021$ into the sign in form twice",
        "Volpe2021$",
    );
    passes("I typed my email into the login box and it froze");
    passes("ho scritto mario.rossi@example.com nella schermata di login");
    passes("I entered v2.3.1 in the login page footer search");
}

/// Round 11: Java's keystore tools take passwords as flags (`-storepass`,
/// `-keypass`, with `src`/`dest` forms), the value after a space.
#[test]
fn keystore_password_flags() {
    covers(
        "keytool -list -keystore app.jks -storepass Vento#2024x -v",
        "Vento#2024x",
    );
    covers(
        "jarsigner -keystore k.jks -keypass Quercia!88 app.apk upload",
        "Quercia!88",
    );
    covers(
        "keytool -importkeystore -srckeystore a.p12 -srcstorepass Onda=77Mare -destkeystore b.jks",
        "Onda=77Mare",
    );
    passes("keytool -list -keystore app.jks -storepass:env KS_PASS");
    passes("keytool -list -keystore app.jks -storepass $KS_PASS");
}

/// Round 12: a value that names a secret object (lowercase words joined
/// by dashes, one of them naming a store of secrets) refers to it; a
/// dashed password or token value is still one.
#[test]
fn secret_object_names_are_references() {
    passes("auth:\n  clientId: shop-eu\n  existingSecret: gateway-credentials\n  port: 8443");
    passes("helm: secretName: api-tls-v3 (the chart mounts it)");
    passes("$ kubectl -n billing describe secret sdi2-creds\nName:   sdi2-creds\nType:   Opaque");
    passes("il segreto si chiama fatture-credenziali, lo trovi nel namespace contabilita");
    passes(
        "$ kubectl get secret bank-keys -o yaml\nmetadata:\n  name: bank-keys\n  uid: 5d1c0a2e-7b44-4f0e-9c3a-1e2f3a4b5c6d\ntype: Opaque",
    );
    covers("password: blue-horse-battery-9", "blue-horse-battery-9");
    covers("la password è verde-mare-tramonto", "verde-mare-tramonto");
    covers(
        "client_secret: Xk9-pQ7zR2-LmN4vB8-tY6wQ1eR",
        "Xk9-pQ7zR2-LmN4vB8-tY6wQ1eR",
    );
    covers(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\nstringData:\n  password: Nuvola-Grigia-42!",
        "Nuvola-Grigia-42!",
    );
}

/// Round 12: ciphertext (a SealedSecret's `encryptedData:`, sops'
/// `ENC[…]`, Ansible's `!vault`) holds no secret in the clear; the same
/// keys in the clear still do.
#[test]
fn ciphertext_is_not_a_clear_secret() {
    passes(
        "kind: SealedSecret\nspec:\n  encryptedData:\n    api-token: AgCq81fe0b7Zz3uQ4mV9kLw2Xy7pN5sR1tB6dH8jF0gK\n",
    );
    passes(
        "spec:\n  encryptedData:\n    password: AgBz9mQ4kV7wX2pN5sR1tB6dH8jF0gKcL3yU\n# cifrato con il certificato del cluster",
    );
    passes("password: ENC[AES256_GCM,data:Qm9vZ2x5d29vZ2x5,iv:abc,tag:def,type:str]");
    covers(
        "kind: Secret\nstringData:\n  client-secret: Zr8vK2mQ9pL4xW7nB3tY6hJ1",
        "Zr8vK2mQ9pL4xW7nB3tY6hJ1",
    );
    covers(
        "spec:\n  encryptedData:\n    note: sealed\ndata2:\n  password: Faro#Blu2024x",
        "Faro#Blu2024x",
    );
}

/// Round 12: PowerShell reading a secret holds none; a Windows SID names
/// an account. A literal handed to `ConvertTo-SecureString` is caught.
#[test]
fn prompts_and_sids_hold_no_secret() {
    passes("$pwd = Read-Host -AsSecureString \"Password\"");
    passes("$segreto = Read-Host -AsSecureString 'Inserisci la password'");
    passes("$password = Get-Credential -Message \"account di servizio\"");
    passes("Write-Host \"Sid: S-1-5-21-3623811015-3361044348-30300820-1013\"");
    passes("token SID dell'utente: S-1-5-32-544");
    covers("$pw = \"Lago#Verde77\"", "Lago#Verde77");
    covers("password: S3cure-Host-9x!", "S3cure-Host-9x!");
}

/// Round 12: "SCA" is a cue only as a word: an e-invoice rejected by the
/// SDI with its code is no one-time code; an SCA code still is.
#[test]
fn rejection_codes_are_not_one_time_codes() {
    passes("La fattura 12/2024 è stata scartata dallo SDI con codice 00200 (file non conforme).");
    passes("the e-invoice was discarded by SDI, scarto con codice 00305");
    covers("il codice SCA che mi è arrivato è 482913", "482913");
    covers("SCA code: 739104, it expires soon", "739104");
}

/// Round 12: the expiry beside a code still says it is a one-time code.
#[test]
fn an_expiry_names_a_one_time_code() {
    covers(
        "il codice monouso è 518204, inserirlo prima della scadenza",
        "518204",
    );
    covers(
        "Ciao, il codice di accesso una volta è 730146. Prego inserire prima della scadenza.",
        "730146",
    );
}
