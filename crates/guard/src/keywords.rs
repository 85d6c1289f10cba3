//! The words that announce a value, and how each leads to it.

use crate::Kind;

/// How a keyword leads to its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    Keyed(Kind),
    /// A generic key ("token", "secret"): as `Keyed`, but UUID-shaped values
    /// are ids, not credentials.
    Generic(Kind),
    Bearer,
    Basic,
    Authorization,
    CurlUser,
    /// A key that is also an ordinary word ("pass", "session", "account"):
    /// only with `:`/`=` after it.
    Strong(Kind),
    /// "sort code": a public bank identifier, reported only with an
    /// account number close by.
    SortCode,
    /// "code", "codice": a one-time code only when the words around it say
    /// so (SMS, OTP, verification, unlock…), never an error or order code.
    Code,
    /// A word that only names a table column ("card"): no value beside it.
    Column,
    /// `new ClientCredentials("id", "secret")`, `setBasicAuth(u, "p")`:
    /// string arguments after the first of a credentials call.
    Call(Kind),
    /// RIB, CCC, BBAN: a whole national account number.
    National,
    /// "login con mario@x.it / S3gr3t!": a `user / password` pair near a
    /// word about signing in.
    UserPass,
    /// "ABI 03069 CAB 66172 n. 1234/567890": the account after the CAB (a
    /// CAB alone is a public branch code).
    Cab,
    /// A passphrase: several words may make the value.
    Passphrase,
    /// `Cookie:` / `Set-Cookie:`: every cookie value that looks like a
    /// token.
    Cookie,
    /// "Non comunicarlo a nessuno", "Never share this code": the close of
    /// a one-time code's SMS; the code is the number before it.
    DontShare,
    /// `auth: <base64>`, `.auth = ("id", "secret")`: HTTP Basic
    /// credentials kept under a short name.
    BasicValue,
    /// "base64", "btoa": a quoted `id:secret` being encoded nearby.
    EncodedPair,
    /// `mysql -uroot -pS3cret`, `sshpass -p 'S3cret'`: a password flag of
    /// the clients that take one (`-p` is a port elsewhere).
    DashP,
    /// `SHOP_API_KEY=…`, `vendor.api.key=…`: the last part of a setting's
    /// name, with a value no word looks like.
    NameKey,
    /// "number", "scadenza", "digits": no value of its own, but numbers
    /// said as words near it are read (`spoken`).
    Near,
    /// `"s3cret".toCharArray()` where a key store is opened: Java keeps
    /// passwords as character arrays, so the literal converted is one.
    CharArray,
    /// PowerShell's `ConvertTo-SecureString "pw" -AsPlainText`: the
    /// literal turned into a credential's password (`code`).
    SecureString,
    /// `net use Z: \\host\share /user:DOMAIN\name pw`: Windows' share
    /// mapping takes the password after the user (`code`).
    NetUse,
    /// "anche con X", "also tried X": a second password tried, after one
    /// was named on the line before (`prose::tried_again`).
    TriedAgain,
    /// "the new one is", "quello nuovo è": a value handed over by
    /// reference to a key named elsewhere (`nearby`).
    Again,
    /// "recovery codes", "codici di recupero": the codes listed on the
    /// lines below (`recovery`).
    Listed,
    /// "(lldb) p": lldb's print prompt, the value printed below the
    /// expression (`eav::lldb_prints`).
    Printed,
    /// "guest wifi: X", "wifi ospiti: X": a Wi-Fi network named on a note
    /// and the value after its colon, its password when it is built like
    /// one (`wifi::labelled`).
    Wifi,
    /// `AT+CPIN="1435"`: a modem's command that hands it a PIN or a
    /// login's password, at a place the command fixes (`at_command`).
    AtCommand,
    /// `AppKey: AD83…`, `BDK: 5379…`: a symmetric key named by its role
    /// in a scheme that fixes its length, read as hex of that length
    /// (`hex_key`).
    HexKey(Kind),
    /// `client.connect("id", "user", "pw")`: a connecting call's third
    /// string literal after a host and a user (`code`).
    Connect,
    /// `mosquitto_passwd -U`: the `user:password` line below it is the
    /// password file in clear, before the tool hashes it (`code`).
    PasswdFile,
    /// `const Smtppass = "…"`: a constant whose name runs its words
    /// together, named by its last word (`code`).
    Const,
    /// `client.confirm_sca(&id, "956641")`: a call confirming a strong
    /// authentication step, given its one-time code (`calls`).
    ScaCall,
    /// `mnemonic: "paper ceiling …"`: a wallet's seed phrase (`wallet`).
    Mnemonic,
    /// `accounts: ["0x…"]`: a network's accounts as private keys
    /// (`wallet`); otherwise read as the word `account`.
    Accounts,
    /// `EXEC PGM=FTP`: a batch FTP step's login in its input (`jcl`).
    BatchFtp,
    /// A network tool's own syntax for a secret: a TLS key log's line,
    /// `Master-Key:`, a pre-shared key, `nsupdate -y` (`wire`).
    Wire,
}

/// `Strong` words that, written in capitals, are an acronym rather than
/// an ordinary word ("TAN", a bank's transaction number, against "a tan"):
/// the acronym names its value a few words on, as a `Keyed` key does
/// (`scanner::scan_triggers`). A `Strong` word not listed here keeps its
/// rule whatever its case.
pub(crate) const ACRONYM_KEYS: &[&[u8]] = &[b"TAN"];

/// The fields of a secret scanner's finding that hold the matched text.
/// A match that is a URL (`mongodb+srv://user:pw@host`) is left to the
/// URL pass, which knows which of its parts is the password.
pub(crate) const SCANNER_MATCHES: &[&[u8]] = &[b"raw result", b"raw_source_code_extract"];

/// Trigger words, lowercase; matched ASCII case-insensitively.
pub(crate) const KEYWORDS: &[(&str, Rule)] = &[
    ("access_token", Rule::Keyed(Kind::AccessToken)),
    ("access-token", Rule::Keyed(Kind::AccessToken)),
    ("accesstoken", Rule::Keyed(Kind::AccessToken)),
    ("access token", Rule::Keyed(Kind::AccessToken)),
    ("id_token", Rule::Keyed(Kind::AccessToken)),
    ("id-token", Rule::Keyed(Kind::AccessToken)),
    ("idtoken", Rule::Keyed(Kind::AccessToken)),
    ("auth_token", Rule::Keyed(Kind::AccessToken)),
    ("auth-token", Rule::Keyed(Kind::AccessToken)),
    ("authtoken", Rule::Keyed(Kind::AccessToken)),
    ("session_token", Rule::Keyed(Kind::AccessToken)),
    ("bearer_token", Rule::Keyed(Kind::AccessToken)),
    ("token", Rule::Generic(Kind::AccessToken)),
    ("gettone", Rule::Generic(Kind::AccessToken)),
    ("session", Rule::Strong(Kind::AccessToken)),
    ("sessionid", Rule::Strong(Kind::AccessToken)),
    ("session_id", Rule::Strong(Kind::AccessToken)),
    ("jsessionid", Rule::Strong(Kind::AccessToken)),
    ("phpsessid", Rule::Strong(Kind::AccessToken)),
    ("sid", Rule::Strong(Kind::AccessToken)),
    // A session's cookie named in words: its value is the session.
    ("session cookie", Rule::Keyed(Kind::AccessToken)),
    ("cookie di sessione", Rule::Keyed(Kind::AccessToken)),
    ("cookie_di_sessione", Rule::Keyed(Kind::AccessToken)),
    ("cookie", Rule::Cookie),
    // "Application > Cookies:", a browser's storage panel over the line
    // it copies (`context::cookie_line_below`).
    ("cookies", Rule::Cookie),
    // `erl -setcookie …`: an Erlang node's distribution cookie (`erlang`).
    ("setcookie", Rule::Cookie),
    ("set-cookie", Rule::Cookie),
    // Identity flows' own names for what grants access: a SAML response
    // as POSTed (a signed assertion), the device flow's device code, an
    // API gateway's subscription key, PKCE's verifier, Vault AppRole's
    // secret id, LDAP clients' bind password, Okta's `SSWS` API token.
    ("samlresponse", Rule::Keyed(Kind::AccessToken)),
    ("device_code", Rule::Keyed(Kind::AccessToken)),
    ("ocp-apim-subscription-key", Rule::Keyed(Kind::AccessToken)),
    // An API gateway's subscription key under any spelling of its name
    // (Azure API Management's `subscription-key` setting, a config's
    // `SubscriptionKey`, prose in English and Italian): the key that
    // grants a subscriber its calls, 32 hex digits at Azure.
    ("subscription-key", Rule::Keyed(Kind::VendorKey)),
    ("subscription_key", Rule::Keyed(Kind::VendorKey)),
    ("subscriptionkey", Rule::Keyed(Kind::VendorKey)),
    ("subscription key", Rule::Keyed(Kind::VendorKey)),
    ("chiave di sottoscrizione", Rule::Keyed(Kind::VendorKey)),
    ("chiave della sottoscrizione", Rule::Keyed(Kind::VendorKey)),
    ("chiave di subscription", Rule::Keyed(Kind::VendorKey)),
    ("code_verifier", Rule::Keyed(Kind::ClientSecret)),
    ("secret_id", Rule::Keyed(Kind::ClientSecret)),
    ("bindpw", Rule::Keyed(Kind::Password)),
    ("authtok", Rule::Keyed(Kind::Password)),
    ("ssws", Rule::Keyed(Kind::VendorKey)),
    ("client_secret", Rule::Keyed(Kind::ClientSecret)),
    ("client-secret", Rule::Keyed(Kind::ClientSecret)),
    ("clientsecret", Rule::Keyed(Kind::ClientSecret)),
    ("client secret", Rule::Keyed(Kind::ClientSecret)),
    ("app_secret", Rule::Keyed(Kind::ClientSecret)),
    // Rails' key for its signed and encrypted cookies (128 hex digits).
    ("secret_key_base", Rule::Keyed(Kind::ClientSecret)),
    ("api_secret", Rule::Keyed(Kind::ClientSecret)),
    ("consumer_secret", Rule::Keyed(Kind::ClientSecret)),
    // German: the client's secret, an access token.
    ("geheimnis", Rule::Generic(Kind::ClientSecret)),
    ("zugriffstoken", Rule::Keyed(Kind::AccessToken)),
    ("zugangstoken", Rule::Keyed(Kind::AccessToken)),
    ("secret", Rule::Generic(Kind::ClientSecret)),
    // A secret scanner's finding names the matched text by these fields
    // (TruffleHog's `Raw result:`, GitLab's `raw_source_code_extract`):
    // whatever the detector's type, the field holds the secret it found.
    // (`SCANNER_MATCHES`.)
    ("raw result", Rule::Keyed(Kind::AccessToken)),
    ("raw_source_code_extract", Rule::Keyed(Kind::AccessToken)),
    ("segreto", Rule::Generic(Kind::ClientSecret)),
    ("chiave segreta", Rule::Keyed(Kind::ClientSecret)),
    ("chiave_segreta", Rule::Keyed(Kind::ClientSecret)),
    ("chiave", Rule::Strong(Kind::VendorKey)),
    // "chiave", "key" are ordinary words; after a verb of using, the key
    // named is the one in use and its value follows. (Only verbs that
    // start few words: "con", "with" would be tried at every one.)
    ("usando la chiave", Rule::Keyed(Kind::AccessToken)),
    ("uso la chiave", Rule::Keyed(Kind::AccessToken)),
    ("using the key", Rule::Keyed(Kind::AccessToken)),
    ("using key", Rule::Keyed(Kind::AccessToken)),
    ("chiave api", Rule::Keyed(Kind::VendorKey)),
    ("chiave dell'api", Rule::Keyed(Kind::VendorKey)),
    ("login", Rule::UserPass),
    ("utente", Rule::UserPass),
    ("username", Rule::UserPass),
    ("user", Rule::UserPass),
    ("credenziali", Rule::UserPass),
    ("utenza", Rule::UserPass),
    ("creds", Rule::UserPass),
    // Where a pair is written down: a sticky note that says "user / pass".
    ("post-it", Rule::UserPass),
    ("sticky note", Rule::UserPass),
    ("credentials", Rule::Call(Kind::ClientSecret)),
    ("networkcredential", Rule::Call(Kind::Password)),
    ("getconnection", Rule::Call(Kind::Password)),
    // python-ldap's bind calls: `simple_bind_s(dn, "pw")`.
    ("simple_bind_s", Rule::Call(Kind::Password)),
    ("simple_bind", Rule::Call(Kind::Password)),
    ("logged", Rule::UserPass),
    ("log in", Rule::UserPass),
    ("sign in", Rule::UserPass),
    ("signed in", Rule::UserPass),
    ("accedere", Rule::UserPass),
    ("accedo", Rule::UserPass),
    ("accedi", Rule::UserPass),
    ("accesso", Rule::UserPass),
    ("basicauth", Rule::Call(Kind::ClientSecret)),
    ("basic_auth", Rule::Call(Kind::ClientSecret)),
    ("basicawscredentials", Rule::Call(Kind::VendorKey)),
    ("shared secret", Rule::Keyed(Kind::ClientSecret)),
    ("signing secret", Rule::Keyed(Kind::ClientSecret)),
    // A webhook's signing key, generated as a random run (a key's id is
    // read as an id: `names_its_id`).
    ("signing key", Rule::Keyed(Kind::VendorKey)),
    // A payment provider's notification HMAC key (the shared key that
    // signs its webhooks; 64 hex digits at Adyen, Nexi, Satispay).
    ("hmac key", Rule::Keyed(Kind::ClientSecret)),
    ("hmac_key", Rule::Keyed(Kind::ClientSecret)),
    ("hmackey", Rule::Keyed(Kind::ClientSecret)),
    ("chiave hmac", Rule::Keyed(Kind::ClientSecret)),
    ("chiave di firma", Rule::Keyed(Kind::VendorKey)),
    ("webhook secret", Rule::Keyed(Kind::ClientSecret)),
    ("refresh_token", Rule::Keyed(Kind::RefreshToken)),
    ("refresh", Rule::Generic(Kind::RefreshToken)),
    ("refresh-token", Rule::Keyed(Kind::RefreshToken)),
    ("refreshtoken", Rule::Keyed(Kind::RefreshToken)),
    ("refresh token", Rule::Keyed(Kind::RefreshToken)),
    // Dutch and German names of the two OAuth tokens.
    ("vernieuwingstoken", Rule::Keyed(Kind::RefreshToken)),
    ("toegangstoken", Rule::Keyed(Kind::AccessToken)),
    ("aktualisierungstoken", Rule::Keyed(Kind::RefreshToken)),
    ("zugriffstoken", Rule::Keyed(Kind::AccessToken)),
    ("private_key", Rule::Keyed(Kind::PrivateKey)),
    ("private-key", Rule::Keyed(Kind::PrivateKey)),
    ("privatekey", Rule::Keyed(Kind::PrivateKey)),
    // A feature-flag service's server-side key (the client-side id and
    // mobile key are other names): it reads every flag and segment.
    ("sdk key", Rule::Keyed(Kind::AccessToken)),
    ("sdk_key", Rule::Keyed(Kind::AccessToken)),
    ("sdk-key", Rule::Keyed(Kind::AccessToken)),
    // An alerting service's events key, written as words in prose (the
    // settings' name, `integration_key`, is read by `NameKey`).
    ("integration key", Rule::Keyed(Kind::VendorKey)),
    ("api_key", Rule::Keyed(Kind::VendorKey)),
    ("api-key", Rule::Keyed(Kind::VendorKey)),
    ("apikey", Rule::Keyed(Kind::VendorKey)),
    ("api key", Rule::Keyed(Kind::VendorKey)),
    ("secret_key", Rule::Keyed(Kind::VendorKey)),
    ("secret-key", Rule::Keyed(Kind::VendorKey)),
    ("secretkey", Rule::Keyed(Kind::VendorKey)),
    ("secret_access_key", Rule::Keyed(Kind::VendorKey)),
    ("card_number", Rule::Keyed(Kind::CardNumber)),
    ("card-number", Rule::Keyed(Kind::CardNumber)),
    ("cardnumber", Rule::Keyed(Kind::CardNumber)),
    ("card number", Rule::Keyed(Kind::CardNumber)),
    ("card no", Rule::Keyed(Kind::CardNumber)),
    ("numero carta", Rule::Keyed(Kind::CardNumber)),
    ("numero di carta", Rule::Keyed(Kind::CardNumber)),
    ("numero della carta", Rule::Keyed(Kind::CardNumber)),
    ("pan", Rule::Keyed(Kind::CardNumber)),
    ("card", Rule::Column),
    ("pgpass", Rule::Column),
    ("carta", Rule::Column),
    // An audit's or a vendor sheet's column of whatever each system's
    // credential is (a password, a PIN, a key), judged by its shape.
    ("credential", Rule::Column),
    ("credenziale", Rule::Column),
    ("cvv", Rule::Keyed(Kind::Cvv)),
    ("cab", Rule::Cab),
    ("cvc", Rule::Keyed(Kind::Cvv)),
    ("cvv2", Rule::Keyed(Kind::Cvv)),
    ("cvc2", Rule::Keyed(Kind::Cvv)),
    ("cvv/cvc", Rule::Keyed(Kind::Cvv)),
    ("cvc/cvv", Rule::Keyed(Kind::Cvv)),
    ("csc", Rule::Keyed(Kind::Cvv)),
    // American Express's "card identification" number (judged only near
    // a card: `refs::card_near`).
    ("cid", Rule::Keyed(Kind::Cvv)),
    ("security code", Rule::Keyed(Kind::Cvv)),
    ("security_code", Rule::Keyed(Kind::Cvv)),
    ("securitycode", Rule::Keyed(Kind::Cvv)),
    ("codice di sicurezza", Rule::Keyed(Kind::Cvv)),
    ("codice cvv", Rule::Keyed(Kind::Cvv)),
    ("codice cvc", Rule::Keyed(Kind::Cvv)),
    ("código de seguridad", Rule::Keyed(Kind::Cvv)),
    ("codigo de seguridad", Rule::Keyed(Kind::Cvv)),
    // Portuguese, as consultants write in shared notes.
    ("código de segurança", Rule::Keyed(Kind::Cvv)),
    ("segredo do cliente", Rule::Keyed(Kind::ClientSecret)),
    ("cryptogramme", Rule::Keyed(Kind::Cvv)),
    ("kartenprüfnummer", Rule::Keyed(Kind::Cvv)),
    ("prüfnummer", Rule::Keyed(Kind::Cvv)),
    // The card's code named by where it is printed, as people say it on
    // the phone or in a form ("the code on the back is 417", "il codice
    // dietro è 417", "code au dos", "Code auf der Rückseite").
    ("code on the back", Rule::Keyed(Kind::Cvv)),
    ("code on the back of the card", Rule::Keyed(Kind::Cvv)),
    ("number on the back", Rule::Keyed(Kind::Cvv)),
    ("digits on the back", Rule::Keyed(Kind::Cvv)),
    ("codice dietro", Rule::Keyed(Kind::Cvv)),
    ("codice sul retro", Rule::Keyed(Kind::Cvv)),
    ("codice sul retro della carta", Rule::Keyed(Kind::Cvv)),
    ("numero sul retro", Rule::Keyed(Kind::Cvv)),
    ("cifre sul retro", Rule::Keyed(Kind::Cvv)),
    ("code au dos", Rule::Keyed(Kind::Cvv)),
    ("code auf der rückseite", Rule::Keyed(Kind::Cvv)),
    ("código del reverso", Rule::Keyed(Kind::Cvv)),
    ("código de atrás", Rule::Keyed(Kind::Cvv)),
    // A card's code read from a scan, letter by letter.
    ("c v v", Rule::Keyed(Kind::Cvv)),
    ("c v c", Rule::Keyed(Kind::Cvv)),
    ("iban", Rule::Keyed(Kind::Iban)),
    ("sort_code", Rule::SortCode),
    ("sort-code", Rule::SortCode),
    ("sortcode", Rule::SortCode),
    ("sort code", Rule::SortCode),
    ("account_number", Rule::Keyed(Kind::UkBankAccount)),
    ("account-number", Rule::Keyed(Kind::UkBankAccount)),
    ("accountnumber", Rule::Keyed(Kind::UkBankAccount)),
    ("account number", Rule::Keyed(Kind::UkBankAccount)),
    ("account no", Rule::Keyed(Kind::UkBankAccount)),
    // The same as a field's or a column's name (a data frame's, a table's).
    ("account_no", Rule::Keyed(Kind::UkBankAccount)),
    ("acct no", Rule::Keyed(Kind::UkBankAccount)),
    // The shorter abbreviation notes and call logs write.
    ("acc no", Rule::Keyed(Kind::UkBankAccount)),
    ("acc. no", Rule::Keyed(Kind::UkBankAccount)),
    ("numero di conto", Rule::Keyed(Kind::BankAccount)),
    ("numero conto", Rule::Keyed(Kind::BankAccount)),
    ("numero del conto", Rule::Keyed(Kind::BankAccount)),
    ("n. conto", Rule::Keyed(Kind::BankAccount)),
    ("nr conto", Rule::Keyed(Kind::BankAccount)),
    ("conto corrente", Rule::Keyed(Kind::BankAccount)),
    ("conto", Rule::Keyed(Kind::BankAccount)),
    ("rapporto", Rule::Keyed(Kind::BankAccount)),
    ("c/c", Rule::Keyed(Kind::BankAccount)),
    ("kontonummer", Rule::Keyed(Kind::BankAccount)),
    ("konto-nr", Rule::Keyed(Kind::BankAccount)),
    ("kontonr", Rule::Keyed(Kind::BankAccount)),
    ("konto", Rule::Keyed(Kind::BankAccount)),
    ("kto", Rule::Strong(Kind::BankAccount)),
    ("numéro de compte", Rule::Keyed(Kind::BankAccount)),
    ("numero de compte", Rule::Keyed(Kind::BankAccount)),
    ("no de compte", Rule::Keyed(Kind::BankAccount)),
    ("compte", Rule::Strong(Kind::BankAccount)),
    ("numero de cuenta", Rule::Keyed(Kind::BankAccount)),
    ("cuenta", Rule::Strong(Kind::BankAccount)),
    ("ccc", Rule::National),
    ("rib", Rule::National),
    ("bban", Rule::National),
    ("bank account", Rule::Keyed(Kind::BankAccount)),
    ("bank_account", Rule::Keyed(Kind::BankAccount)),
    // What a form or an export calls the whole of an account's details
    // (bank code and account together), in the desk's languages.
    ("bank details", Rule::Keyed(Kind::BankAccount)),
    ("bank_details", Rule::Keyed(Kind::BankAccount)),
    ("bankdetails", Rule::Keyed(Kind::BankAccount)),
    ("coordinate bancarie", Rule::Keyed(Kind::BankAccount)),
    ("coordinate_bancarie", Rule::Keyed(Kind::BankAccount)),
    ("bankverbindung", Rule::Keyed(Kind::BankAccount)),
    ("coordonnées bancaires", Rule::Keyed(Kind::BankAccount)),
    ("account", Rule::Strong(Kind::UkBankAccount)),
    ("acct", Rule::Strong(Kind::UkBankAccount)),
    ("password", Rule::Keyed(Kind::Password)),
    ("passwd", Rule::Keyed(Kind::Password)),
    ("pgpassword", Rule::Keyed(Kind::Password)),
    ("requirepass", Rule::Keyed(Kind::Password)),
    // Java's keytool and jarsigner flags (`-storepass X`, `-srckeypass X`).
    ("storepass", Rule::Keyed(Kind::Password)),
    ("srcstorepass", Rule::Keyed(Kind::Password)),
    ("deststorepass", Rule::Keyed(Kind::Password)),
    ("keypass", Rule::Keyed(Kind::Password)),
    ("srckeypass", Rule::Keyed(Kind::Password)),
    ("destkeypass", Rule::Keyed(Kind::Password)),
    ("masterauth", Rule::Keyed(Kind::Password)),
    ("mysql_pwd", Rule::Keyed(Kind::Password)),
    ("convertto-securestring", Rule::Keyed(Kind::Password)),
    ("pdo", Rule::Call(Kind::Password)),
    ("scaauthenticationdata", Rule::Keyed(Kind::Pin)),
    ("pwd", Rule::Keyed(Kind::Password)),
    ("passcode", Rule::Keyed(Kind::Password)),
    ("pass code", Rule::Keyed(Kind::Password)),
    ("pass word", Rule::Keyed(Kind::Password)),
    ("word of pass", Rule::Keyed(Kind::Password)),
    ("jeton", Rule::Generic(Kind::AccessToken)),
    ("door code", Rule::Keyed(Kind::Pin)),
    ("gate code", Rule::Keyed(Kind::Pin)),
    ("alarm code", Rule::Keyed(Kind::Pin)),
    ("codice allarme", Rule::Keyed(Kind::Pin)),
    ("codice dell'allarme", Rule::Keyed(Kind::Pin)),
    ("codice del cancello", Rule::Keyed(Kind::Pin)),
    ("codice della porta", Rule::Keyed(Kind::Pin)),
    // A safe's code or combination: a PIN by another name.
    ("codice della cassaforte", Rule::Keyed(Kind::Pin)),
    ("codice cassaforte", Rule::Keyed(Kind::Pin)),
    ("safe code", Rule::Keyed(Kind::Pin)),
    ("safe combination", Rule::Keyed(Kind::Pin)),
    // A lock's combination, named alone (the lock is said before it:
    // "safe — combination: …"); the value must still be a code.
    ("combination", Rule::Keyed(Kind::Pin)),
    ("combinazione", Rule::Keyed(Kind::Pin)),
    ("sms", Rule::Code),
    ("recovery codes", Rule::Listed),
    ("backup codes", Rule::Listed),
    ("codici di recupero", Rule::Listed),
    ("codici di backup", Rule::Listed),
    ("emergency codes", Rule::Listed),
    // Vault's key shares, `Unseal Key 1: …` (`printed_keys`).
    ("unseal key", Rule::Listed),
    ("recovery key", Rule::Listed),
    ("codici di emergenza", Rule::Listed),
    ("lldb) p", Rule::Printed),
    ("number", Rule::Near),
    ("numero", Rule::Near),
    ("expiry", Rule::Near),
    ("scadenza", Rule::Near),
    ("digits", Rule::Near),
    ("cifre", Rule::Near),
    // A console showing a new credential once: "New key created. Copy it
    // now, you won't be able to see it again:" and the key below.
    ("copy it now", Rule::Keyed(Kind::AccessToken)),
    ("copiala ora", Rule::Keyed(Kind::AccessToken)),
    ("copialo ora", Rule::Keyed(Kind::AccessToken)),
    ("wifi", Rule::Wifi),
    ("wi-fi", Rule::Wifi),
    ("passphrase", Rule::Passphrase),
    ("parola d'ordine", Rule::Keyed(Kind::Password)),
    ("parola chiave", Rule::Keyed(Kind::Password)),
    ("parola_chiave", Rule::Keyed(Kind::Password)),
    ("parola_d_ordine", Rule::Keyed(Kind::Password)),
    ("parola_segreta", Rule::Keyed(Kind::Password)),
    ("codice_segreto", Rule::Keyed(Kind::Password)),
    ("userpwd", Rule::Keyed(Kind::ClientSecret)),
    ("parola segreta", Rule::Keyed(Kind::Password)),
    ("codice segreto", Rule::Keyed(Kind::Password)),
    ("chiave di accesso", Rule::Keyed(Kind::Password)),
    ("chiave d'accesso", Rule::Keyed(Kind::Password)),
    // "parola d'ordine" machine-translated word by word.
    ("word of order", Rule::Keyed(Kind::Password)),
    ("frase segreta", Rule::Passphrase),
    ("pass phrase", Rule::Passphrase),
    ("psw", Rule::Keyed(Kind::Password)),
    ("pw", Rule::Keyed(Kind::Password)),
    ("pass", Rule::Strong(Kind::Password)),
    ("passwort", Rule::Keyed(Kind::Password)),
    // The abbreviation a notebook or a form writes ("passw.: …"), with
    // its dot: `passw` alone would win over the mistyped `passwòrd`.
    ("passw.", Rule::Keyed(Kind::Password)),
    // Call-centre notes and hurried messages: "p/w", "la passw X" (with
    // its space: `passw` alone would win over the mistyped `passwòrd`).
    ("passw ", Rule::Keyed(Kind::Password)),
    ("p/w", Rule::Keyed(Kind::Password)),
    // Portuguese, met in second-language messages.
    ("palavra-passe", Rule::Keyed(Kind::Password)),
    ("palavra passe", Rule::Keyed(Kind::Password)),
    // Dutch, met in mixed-language messages.
    ("wachtwoord", Rule::Keyed(Kind::Password)),
    ("kennwort", Rule::Keyed(Kind::Password)),
    ("mot de passe", Rule::Keyed(Kind::Password)),
    // The same words as a setting's name (`mot_de_passe = …` in an INI
    // file a French team wrote).
    ("mot_de_passe", Rule::Keyed(Kind::Password)),
    ("mot-de-passe", Rule::Keyed(Kind::Password)),
    ("motdepasse", Rule::Keyed(Kind::Password)),
    ("mdp", Rule::Keyed(Kind::Password)),
    ("contraseña", Rule::Keyed(Kind::Password)),
    ("contrasena", Rule::Keyed(Kind::Password)),
    ("clave", Rule::Keyed(Kind::Password)),
    ("senha", Rule::Keyed(Kind::Password)),
    ("pin", Rule::Keyed(Kind::Pin)),
    ("pin code", Rule::Keyed(Kind::Pin)),
    ("pin_code", Rule::Keyed(Kind::Pin)),
    ("pincode", Rule::Keyed(Kind::Pin)),
    ("pin number", Rule::Keyed(Kind::Pin)),
    ("codice pin", Rule::Keyed(Kind::Pin)),
    ("cod. pin", Rule::Keyed(Kind::Pin)),
    ("otp", Rule::Keyed(Kind::Pin)),
    // German for a card's PIN ("die Geheimzahl Ihrer Karte").
    ("geheimzahl", Rule::Keyed(Kind::Pin)),
    // A PIN mailer's other code (SIM cards, smart cards): unblocks the PIN.
    ("puk", Rule::Keyed(Kind::Pin)),
    ("codice puk", Rule::Keyed(Kind::Pin)),
    // Italian banks' PIN for payments ("codice dispositivo").
    ("cod. disp.", Rule::Keyed(Kind::Pin)),
    ("codice dispositivo", Rule::Keyed(Kind::Pin)),
    // In capitals an acronym (`ACRONYM_KEYS`): keyed a few words on.
    ("tan", Rule::Strong(Kind::Pin)),
    // "TAN-Nummer 551204": the German name of the transaction number.
    ("tan-nummer", Rule::Keyed(Kind::Pin)),
    ("tan nummer", Rule::Keyed(Kind::Pin)),
    // Second-language writers name a one-time code in their own language.
    ("bestätigungscode", Rule::Keyed(Kind::Pin)),
    ("verifizierungscode", Rule::Keyed(Kind::Pin)),
    ("einmalcode", Rule::Keyed(Kind::Pin)),
    ("code de vérification", Rule::Keyed(Kind::Pin)),
    ("código de verificación", Rule::Keyed(Kind::Pin)),
    ("código de verificação", Rule::Keyed(Kind::Pin)),
    ("código de confirmación", Rule::Keyed(Kind::Pin)),
    ("código de confirmação", Rule::Keyed(Kind::Pin)),
    ("one-time code", Rule::Keyed(Kind::Pin)),
    ("one time code", Rule::Keyed(Kind::Pin)),
    ("one-time password", Rule::Keyed(Kind::Pin)),
    ("codice monouso", Rule::Keyed(Kind::Pin)),
    ("2fa", Rule::Keyed(Kind::Pin)),
    ("mfa", Rule::Keyed(Kind::Pin)),
    ("one-time passcode", Rule::Keyed(Kind::Pin)),
    ("one time passcode", Rule::Keyed(Kind::Pin)),
    ("cod.", Rule::Code),
    ("cod. sicurezza", Rule::Keyed(Kind::Cvv)),
    // Phone-order notes shorten the card's security code.
    ("cod. sic.", Rule::Keyed(Kind::Cvv)),
    ("sec code", Rule::Keyed(Kind::Cvv)),
    // A till's or card terminal's override code, kept by whoever runs
    // the shop: a PIN by another name.
    ("manager code", Rule::Keyed(Kind::Pin)),
    ("mgr code", Rule::Keyed(Kind::Pin)),
    ("supervisor code", Rule::Keyed(Kind::Pin)),
    ("override code", Rule::Keyed(Kind::Pin)),
    ("codice gestore", Rule::Keyed(Kind::Pin)),
    ("cod. gestore", Rule::Keyed(Kind::Pin)),
    ("cod. di sicurezza", Rule::Keyed(Kind::Cvv)),
    ("codice cvv2", Rule::Keyed(Kind::Cvv)),
    ("codice cvc2", Rule::Keyed(Kind::Cvv)),
    ("non comunicarlo", Rule::DontShare),
    ("non comunicare", Rule::DontShare),
    ("non condividerlo", Rule::DontShare),
    ("non condividere", Rule::DontShare),
    ("never share", Rule::DontShare),
    ("do not share", Rule::DontShare),
    ("don't share", Rule::DontShare),
    ("code", Rule::Code),
    // The devices that show a one-time code name it as a key does.
    ("authenticator", Rule::Code),
    // A hardware token shows a one-time code: what it "is" or "says" is
    // that code, not a bearer token.
    ("hardware token", Rule::Code),
    ("token hardware", Rule::Code),
    ("chiavetta", Rule::Code),
    ("codice", Rule::Code),
    ("new one is", Rule::Again),
    ("new one:", Rule::Again),
    ("nuovo è", Rule::Again),
    ("nuova è", Rule::Again),
    ("nuovo:", Rule::Again),
    ("nuova:", Rule::Again),
    // A writer correcting a password just given: the right one follows.
    // (Without "the": the words starting with "th" are the commonest.)
    ("old one, it's", Rule::Again),
    ("right one is", Rule::Again),
    ("actually it's", Rule::Again),
    ("quella giusta è", Rule::Again),
    ("quella corretta è", Rule::Again),
    ("codigo", Rule::Code),
    ("código", Rule::Code),
    ("bearer", Rule::Bearer),
    ("bearer_auth", Rule::Bearer),
    ("auth", Rule::BasicValue),
    // httr's `authenticate("id", "secret")` (`calls`).
    ("authenticate", Rule::BasicValue),
    ("b64", Rule::BasicValue),
    ("base64", Rule::EncodedPair),
    ("btoa", Rule::EncodedPair),
    ("kto.", Rule::Keyed(Kind::BankAccount)),
    ("basic", Rule::Basic),
    ("authorization", Rule::Authorization),
    ("key", Rule::NameKey),
    ("tochararray", Rule::CharArray),
    ("convertto-securestring", Rule::SecureString),
    ("net use", Rule::NetUse),
    ("anche con", Rule::TriedAgain),
    ("pure con", Rule::TriedAgain),
    ("oppure con", Rule::TriedAgain),
    ("also with", Rule::TriedAgain),
    ("also tried", Rule::TriedAgain),
    ("tried also", Rule::TriedAgain),
    // Azure Storage and Service Bus connection strings.
    ("accountkey", Rule::Keyed(Kind::VendorKey)),
    ("sharedaccesskey", Rule::Keyed(Kind::VendorKey)),
    // SQL's `CREATE/ALTER USER … IDENTIFIED BY 'pw'` (MySQL, Oracle),
    // echoed by general query logs and migrations.
    ("identified by", Rule::Keyed(Kind::Password)),
    // Bluetooth pairing's passkey (six digits, shown on one side and
    // typed or confirmed on the other): a one-time code by another name.
    ("passkey", Rule::Keyed(Kind::Pin)),
    // A Wi-Fi network's pre-shared key as a setting's name (`wifi_psk=`,
    // `psk=`); "WPA2-PSK" alone names the method.
    ("psk", Rule::Strong(Kind::Password)),
    // JSSE's key and trust store passwords (`javax.net.ssl.keyStorePassword`,
    // `trustStorePassword`): whole, before keytool's `-storepass` takes
    // their `StorePass` and ends inside the word.
    ("keystorepassword", Rule::Keyed(Kind::Password)),
    ("truststorepassword", Rule::Keyed(Kind::Password)),
    // Network tools' secrets in their own syntax (`wire`): the lines of a
    // TLS key log (NSS's `SSLKEYLOGFILE`: label, client random, secret),
    // `openssl s_client`'s `Master-Key:`, an IPsec or VPN pre-shared key
    // under its name (strongSwan's `: PSK "…"`, Cisco's `pre-shared-key`
    // and `crypto isakmp key`, FortiOS's `set secret`/`set psksecret`,
    // Azure's `--shared-key`, WireGuard's `PresharedKey`), BIND's
    // `nsupdate -y alg:name:key`, a VPN client's `--authkey`.
    ("client_random", Rule::Wire),
    ("client_early_traffic_secret", Rule::Wire),
    ("client_handshake_traffic_secret", Rule::Wire),
    ("server_handshake_traffic_secret", Rule::Wire),
    ("client_traffic_secret", Rule::Wire),
    ("server_traffic_secret", Rule::Wire),
    ("early_exporter_secret", Rule::Wire),
    ("exporter_secret", Rule::Wire),
    ("master-key", Rule::Wire),
    ("psk \"", Rule::Wire),
    ("pre-shared key", Rule::Wire),
    ("pre-shared-key", Rule::Wire),
    ("preshared key", Rule::Wire),
    ("presharedkey", Rule::Wire),
    ("shared-key", Rule::Wire),
    // gcloud's VPN tunnel: `--shared-secret=…`.
    ("shared-secret", Rule::Wire),
    ("isakmp key", Rule::Wire),
    ("set secret", Rule::Wire),
    ("set psksecret", Rule::Wire),
    ("nsupdate", Rule::Wire),
    ("authkey", Rule::Wire),
    // Cisco IOS writes a server's key and a user's password with their
    // type: `key 0 <clear text>`, `password 7 <type 7>` (a reversible
    // encoding of the password, not a hash) (`wire`).
    ("key 0 ", Rule::Wire),
    ("password 7 ", Rule::Wire),
    // Net-SNMP's tools take an SNMPv1/v2c community, the agent's shared
    // password, as `-c` (`wire`).
    ("snmpwalk", Rule::Wire),
    ("snmpbulkwalk", Rule::Wire),
    ("snmpget", Rule::Wire),
    ("snmpbulkget", Rule::Wire),
    ("snmpset", Rule::Wire),
    ("snmptable", Rule::Wire),
    ("snmptrap", Rule::Wire),
    // OCPP's charge-point setting for the password it authenticates to
    // the central system with (HTTP Basic, security profiles 1 and 2).
    ("authorizationkey", Rule::Keyed(Kind::Password)),
    // LoRaWAN's root and session keys (AES-128; the EUIs beside them are
    // public), as a device's label, a console or a CLI flag names them.
    ("appkey", Rule::HexKey(Kind::ClientSecret)),
    ("app_key", Rule::HexKey(Kind::ClientSecret)),
    ("app-key", Rule::HexKey(Kind::ClientSecret)),
    ("nwkkey", Rule::HexKey(Kind::ClientSecret)),
    ("nwk_key", Rule::HexKey(Kind::ClientSecret)),
    ("nwk-key", Rule::HexKey(Kind::ClientSecret)),
    ("appskey", Rule::HexKey(Kind::ClientSecret)),
    ("app_s_key", Rule::HexKey(Kind::ClientSecret)),
    ("nwkskey", Rule::HexKey(Kind::ClientSecret)),
    ("nwk_s_key", Rule::HexKey(Kind::ClientSecret)),
    ("fnwksintkey", Rule::HexKey(Kind::ClientSecret)),
    ("snwksintkey", Rule::HexKey(Kind::ClientSecret)),
    ("nwksenckey", Rule::HexKey(Kind::ClientSecret)),
    // A payment terminal's key hierarchy, whole or as a component: the
    // base derivation key, the initial key derived from it, terminal,
    // zone and PIN keys (their KCV and KSN are public).
    ("bdk", Rule::HexKey(Kind::PrivateKey)),
    ("ipek", Rule::HexKey(Kind::PrivateKey)),
    ("tmk", Rule::HexKey(Kind::PrivateKey)),
    ("zmk", Rule::HexKey(Kind::PrivateKey)),
    ("tpk", Rule::HexKey(Kind::PrivateKey)),
    ("zpk", Rule::HexKey(Kind::PrivateKey)),
    ("connect", Rule::Connect),
    // Strong customer authentication, in a call's name (`confirm_sca(`).
    ("sca", Rule::ScaCall),
    // A wallet's seed phrase and a network's private keys (`wallet`).
    ("mnemonic", Rule::Mnemonic),
    ("accounts", Rule::Accounts),
    // A mainframe batch FTP step, `EXEC PGM=FTP` (`jcl`).
    ("ftp", Rule::BatchFtp),
    ("mosquitto_passwd", Rule::PasswdFile),
    ("const", Rule::Const),
    // A modem's AT commands that carry a SIM PIN, a facility lock's
    // password or a data connection's login (`at_command`).
    ("cpin", Rule::AtCommand),
    ("cpwd", Rule::AtCommand),
    ("clck", Rule::AtCommand),
    ("cgauth", Rule::AtCommand),
    ("qicsgp", Rule::AtCommand),
    ("cstt", Rule::AtCommand),
    ("-u", Rule::CurlUser),
    ("--user", Rule::CurlUser),
];

#[cfg(test)]
mod tests {
    use crate::{found, scan};

    #[test]
    fn identity_flows_name_their_secrets() {
        for (t, v) in [
            (
                "POST /acs\n\nSAMLResponse=PD94bWwgdmVyc2lvbj0iMS4wIj8+PHNhbWxwOlJlc3BvbnNlIElEPSJfYWJjIj4=&RelayState=x\n",
                "PD94bWwgdmVyc2lvbj0iMS4wIj8+PHNhbWxwOlJlc3BvbnNlIElEPSJfYWJjIj4=",
            ),
            (
                "{\"device_code\": \"Wq8kT2vLm9Xz4PbN7cRy1HsJd6Fa3Ge5\", \"user_code\": \"WDJB-MJHT\"}",
                "Wq8kT2vLm9Xz4PbN7cRy1HsJd6Fa3Ge5",
            ),
            (
                "-H \"Ocp-Apim-Subscription-Key: 7d1f0c9ab2e84c3f9a6b5d4e3c2b1a09\"\n",
                "7d1f0c9ab2e84c3f9a6b5d4e3c2b1a09",
            ),
            (
                "code_verifier=Zm9vYmFyLmJhei5xdXV4LmNvcmdlLmdyYXVsdC5nYXJwbHk\n",
                "Zm9vYmFyLmJhei5xdXV4LmNvcmdlLmdyYXVsdC5nYXJwbHk",
            ),
            (
                "vault write auth/approle/login role_id=5b1c2d3e-0000-4abc-8def-123456789abc secret_id=9a8b7c6d-1e2f-4a5b-8c9d-0e1f2a3b4c5d\n",
                "9a8b7c6d-1e2f-4a5b-8c9d-0e1f2a3b4c5d",
            ),
            (
                "binddn cn=reader,dc=example,dc=org\nbindpw Qz7!mkP2vRt\n",
                "Qz7!mkP2vRt",
            ),
            ("ldap_default_authtok = Vt9#pLw2Qx\n", "Vt9#pLw2Qx"),
            (
                "Authorization: SSWS 00aBcD3fGh1JkLmN0pQrStUvWxYz-9876543210_Ab\n",
                "00aBcD3fGh1JkLmN0pQrStUvWxYz-9876543210_Ab",
            ),
        ] {
            assert_eq!(found(t), [v], "{t}");
        }
        let t = "conn.simple_bind_s(\"cn=reader,dc=example,dc=org\", \"Lq7!mVz2#k\")\n";
        assert_eq!(found(t), ["Lq7!mVz2#k"]);
        assert!(found("conn.simple_bind_s(bind_dn, bind_pw)\n").is_empty());
        // Their look-alikes pass: the role's id, the device flow's user
        // code, the authtok's type.
        assert!(found("role_id=5b1c2d3e-0000-4abc-8def-123456789abc\n").is_empty());
        assert!(found("\"user_code\": \"WDJB-MJHT\"\n").is_empty());
        assert!(found("ldap_default_authtok_type = password\n").is_empty());
    }

    #[test]
    fn javas_store_passwords_under_their_whole_names() {
        let t = "java -Djavax.net.ssl.keyStore=/opt/a.p12 -Djavax.net.ssl.keyStorePassword=Fir7#coast -jar a.jar\n";
        assert_eq!(found(t), ["Fir7#coast"]);
        assert!(scan("keyStorePassword = System.getenv(\"STORE_PW\")\n").is_empty());
    }

    #[test]
    fn a_pairing_passkey_and_a_wifi_pre_shared_key() {
        assert_eq!(
            found("[agent] Confirm passkey 454786 (yes/no): yes\n"),
            ["454786"]
        );
        assert!(found("Passkey registration fails with NotAllowedError on 2026-11-02").is_empty());
        assert_eq!(
            found("wifi_ssid=KIOSK-7\nwifi_psk=Qn7#JoBlCaTRrF\n"),
            ["Qn7#JoBlCaTRrF"]
        );
        assert_eq!(
            found("serial,mac,wifi_psk\nSN-601,AC:61:ED:17:13:38,Vesuvio!1236\n"),
            ["Vesuvio!1236"]
        );
        // The method's name; a variable an Ansible lookup reads.
        assert!(found("security: WPA2-PSK (AES), channel 6\n").is_empty());
        assert!(found("wifi_psk: \"{{ lookup('env', 'WIFI_PSK') }}\"\n").is_empty());
    }

    #[test]
    fn a_notification_hmac_key() {
        let k = "9F2C4A7E1B3D5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8";
        assert_eq!(found(&format!("HMAC key (webhook): {k}")), [k]);
        assert_eq!(found(&format!("chiave HMAC = {k}")), [k]);
        // The algorithm's name alone, or a digest under another name.
        assert!(scan("we sign with HMAC, key rotation is monthly").is_empty());
        assert!(scan(&format!("sha256 digest: {}", k.to_lowercase())).is_empty());
    }

    #[test]
    fn a_console_showing_a_new_key_once() {
        let t = "API tokens\nToken created. Copy it now, it will not be shown again:\nQm7xT2vLk9RpZ4wN8cY1bF3hJ6   Copy\n";
        assert_eq!(found(t), ["Qm7xT2vLk9RpZ4wN8cY1bF3hJ6"]);
        // Told to copy something else, with nothing below.
        assert!(
            scan("Copy it now, the link expires in an hour:\nhttps://example.org/invite")
                .is_empty()
        );
    }

    #[test]
    fn a_secret_scanners_match_field() {
        let t = "Detector Type: Slack\nRaw result: hk2Lw9Qz7Vb4Nm8Xc3Rt6Yp1\nLine: 12";
        assert_eq!(found(t), ["hk2Lw9Qz7Vb4Nm8Xc3Rt6Yp1"]);
        let t =
            "{\"raw_source_code_extract\": \"hk2Lw9Qz7Vb4Nm8Xc3Rt6Yp1\", \"severity\": \"High\"}";
        assert_eq!(found(t), ["hk2Lw9Qz7Vb4Nm8Xc3Rt6Yp1"]);
        // A URL is read by the URL pass (its user and password), not cut
        // at its first symbol; a masked match is none.
        let t = "Raw result: postgres://app:Wq7!zR2v.Lm@db.internal:5432/main";
        assert_eq!(found(t), ["app:Wq7!zR2v.Lm"]);
        assert!(found("Raw result: ****************\nLine: 12").is_empty());
    }

    #[test]
    fn keys_in_portuguese_dutch_and_german() {
        assert_eq!(found("código de segurança: 482"), ["482"]);
        assert_eq!(
            found("segredo do cliente: Hq7Zt2xWm9Lk4Rp8Yc3NvB5s"),
            ["Hq7Zt2xWm9Lk4Rp8Yc3NvB5s"]
        );
        assert_eq!(
            found("> vernieuwingstoken: Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua"),
            ["Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua"]
        );
        assert_eq!(
            found("Zugriffstoken: Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua"),
            ["Qm7vT2xLw9Rk4Zp8Yc3NbHf6Gd1Js5Ua"]
        );
        // Words about the token, with no value, stay clean.
        assert!(found("het toegangstoken verloopt na een uur").is_empty());
    }

    #[test]
    fn a_hardware_tokens_code() {
        assert_eq!(
            found("who has the hardware token?\n[10:02] Bo: me, here 50931726\n"),
            ["50931726"]
        );
        assert_eq!(found("il token hardware mostra 739201"), ["739201"]);
        // The device's model or serial is no code; nor a count of them.
        assert!(found("The hardware token model 5200 is deprecated.").is_empty());
        assert!(found("hardware token serial 12345678 is lost").is_empty());
        assert!(found("we ordered 40 hardware tokens in 2026").is_empty());
    }

    #[test]
    fn every_acronym_key_is_a_strong_keyword() {
        // Keyed in capitals only because it is listed: the list names
        // `Strong` words, in the capitals the scanner compares.
        for a in super::ACRONYM_KEYS {
            let lower = a.to_ascii_lowercase();
            assert!(
                super::KEYWORDS
                    .iter()
                    .any(|(w, r)| w.as_bytes() == lower.as_slice()
                        && matches!(r, super::Rule::Strong(_))),
                "{}",
                String::from_utf8_lossy(a)
            );
            assert!(a.iter().all(u8::is_ascii_uppercase));
        }
    }

    #[test]
    fn a_one_time_code_named_in_the_writers_language() {
        assert_eq!(
            found("der Bestätigungscode, den ich bekomme (604219), geht nicht"),
            ["604219"]
        );
        assert_eq!(
            found("le code de vérification reçu (318840) ne marche pas"),
            ["318840"]
        );
        // "TAN" in capitals names a code a few words on; a loan's TAN is
        // a rate, and "a tan" is a word.
        assert_eq!(found("la TAN ricevuta ieri (771203) è scaduta"), ["771203"]);
        assert!(found("TAN e TAEG del prestito: vedi tabella 2026").is_empty());
        assert!(found("got a tan (2026) at the seaside").is_empty());
    }

    #[test]
    fn a_signing_key_named_in_words() {
        let t =
            "| 09:12 | nuova chiave di firma generata: Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5+Xm0Rt1Ys | Ada |\n";
        assert_eq!(crate::found(t), ["Qm7Zr2Lx9Vk4Wp8Tn3Hc6Jb5+Xm0Rt1Ys"]);
        assert!(crate::found("the signing key id: kid-2026-03\n").is_empty());
    }

    #[test]
    fn an_account_number_abbreviated_acc_no() {
        assert_eq!(
            crate::found("- acc no 41007523 (sort 20-45-77)\n"),
            ["41007523"]
        );
        // A column's name, over a data frame's rows (right-aligned, after
        // the row's index); a row with none passes.
        let t = "   account_no    amount     status\n0    83291375   4774.77   declined\n1         NaN   6672.46     failed\n";
        assert_eq!(crate::found(t), ["83291375"]);
        assert!(crate::found("   account_no    amount\n1         NaN   6672.46\n").is_empty());
    }

    #[test]
    fn a_code_that_came_to_the_writer() {
        assert_eq!(found("il código che mi arriva (552018) non va"), ["552018"]);
        // "arriva da": where a setting comes from, not a code received.
        assert!(
            found("BUILD_CODE=4410\n# la firma arriva da una variabile della pipeline").is_empty()
        );
    }

    #[test]
    fn shorthand_of_phone_notes_and_shop_tills() {
        assert_eq!(
            found("cliente al tel., la passw Rondine#2290 non va"),
            ["Rondine#2290"]
        );
        assert_eq!(
            found("caller read out p/w: Lantern_moss71 - locked"),
            ["Lantern_moss71"]
        );
        assert_eq!(
            found("a palavra-passe é Xq7mTz2pLw e não entra"),
            ["Xq7mTz2pLw"]
        );
        assert_eq!(
            found("Visa 4539 1488 0343 6467, sec code 913, exp 04/28")[1..],
            ["913"]
        );
        assert_eq!(
            found("il foglio dice 'cod. gestore: 40917', non entra"),
            ["40917"]
        );
        assert_eq!(
            found("till asks for the supervisor code 8812 for voids"),
            ["8812"]
        );
        // The words without a value.
        assert!(found("the manager code is on the laminated sheet by the till").is_empty());
        assert!(found("la passw non me la ricordo più, potete resettarla?").is_empty());
    }

    #[test]
    fn a_key_named_by_the_verb_using_it() {
        let k = "3f9c0a7e5b1d4c8a2e6f0b9d7c5a3e1f8b2d4c6a";
        assert_eq!(found(&format!("Usando la chiave {k} ricevo 403")), [k]);
        assert_eq!(found(&format!("using the key {k} I get a 401")), [k]);
        assert!(found("using the key from the vault it works").is_empty());
        assert!(found("usando la chiave inglese da 12 ho stretto il bullone").is_empty());
    }

    #[test]
    fn a_safes_code() {
        assert_eq!(
            found("ricordati il codice della cassaforte sette due nove uno otto, grazie"),
            ["sette due nove uno otto"]
        );
        assert_eq!(found("the safe code is 40917"), ["40917"]);
        assert!(found("the safe code was changed last week by the manager").is_empty());
    }

    #[test]
    fn a_code_shown_by_an_app() {
        assert_eq!(
            found("codice: 4 1 9 0 7 2 (me lo mostra l'app)"),
            ["4 1 9 0 7 2"]
        );
        assert!(found("codice ordine 45123, l'app non lo trova").is_empty());
    }

    #[test]
    fn a_gateway_subscription_key_under_any_spelling() {
        let k = "5f0c2a9e7d1b4e3f8a6c0d2e4b1f9a73";
        for t in [
            format!("    subscription-key: {k}\n"),
            format!("GATEWAY_SUBSCRIPTION_KEY={k}\n"),
            format!("{{\"SubscriptionKey\": \"{k}\"}}"),
            format!("la chiave di sottoscrizione per il collaudo: {k}"),
            format!("(our current subscription key is {k}, if you need it)"),
        ] {
            assert!(crate::has(&t, k), "{t}");
        }
        assert!(found("Each subscription key is shown in the developer portal.").is_empty());
        assert!(found("subscription_key: ${GATEWAY_KEY}\n").is_empty());
    }
}
