"""Shared context, secret snippets, placeholders and look-alike filler."""
import values as V

IT_FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Davide", "Sara", "Matteo", "Elena",
            "Paolo", "Federica", "Simone", "Martina", "Andrea", "Valentina", "Stefano", "Ilaria", "Gianluca", "Roberta",
            "Nicola", "Silvia", "Riccardo", "Beatrice", "Enrico", "Alessia", "Fabio", "Michela", "Salvatore", "Anna"]
IT_LAST = ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
           "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Vitale", "Serra", "Pellegrini"]
EN_FIRST = ["James", "Emily", "Oliver", "Sophie", "Daniel", "Hannah", "Ravi", "Chloe", "Tom", "Priya", "Liam",
            "Grace", "Noah", "Aisha", "Ethan", "Megan", "Lucas", "Zoe", "Sam", "Isabel", "Kwame", "Nina", "Owen", "Mia"]
EN_LAST = ["Smith", "Patel", "Jones", "Williams", "Brown", "Taylor", "Nguyen", "Walker", "Evans", "Okafor", "Hughes",
           "Clarke", "Murphy", "Kowalski", "Fischer", "Dubois", "Garcia", "Khan", "Wright", "Hall", "Reid", "Lee"]
IT_COMPANIES = ["Ferramenta Online Srl", "TuttoBici SpA", "Gelateria Digitale Srls", "Farmacia Verdi Srl",
                "Cantina Colli Euganei Soc. Coop.", "Moda Brianza Srl", "Agenzia Viaggi Sole Srl", "Libreria Dante Srl",
                "Ottica Mazzini Snc", "Ricambi Auto Sud Srl", "BioMarket Emilia Srl", "Palestra FitLab Srl",
                "Studio Dentistico Ricci", "Elettronica Adriatica SpA", "Pasticceria Bruno Srl", "CasaClima Impianti Srl"]
EN_COMPANIES = ["Northwind Retail Ltd", "Bluebell Tickets Ltd", "Harbour Coffee Co", "Gridline Energy Ltd",
                "Pennywise Lending Ltd", "Kestrel Travel GmbH", "Orchard Fintech Inc", "Lumen Games Ltd",
                "Tidewater Marketplace LLC", "Copperleaf Insurance", "Quayside Books Ltd", "Fernhill Subscriptions"]
PROVIDERS = ["Pagora", "OpenConto", "Bancomint", "Finlytics", "LiraPay", "Tesorino", "CassaViva"]
HOSTS = ["api.pagora.io", "sandbox.pagora.io", "api.openconto.eu", "psd2.bancomint.it", "api.finlytics.com",
         "sandbox.lirapay.co.uk", "api.tesorino.app", "ob.cassaviva.it"]
ENDPOINTS = ["/v1/payments", "/v2/payments/{id}/capture", "/oauth/token", "/oauth2/token", "/v1/refunds",
             "/psd2/v1/accounts", "/psd2/v1/consents", "/v1/payouts", "/v1/webhooks", "/v1/mandates",
             "/open-banking/v3.1/pisp/domestic-payment-consents", "/v1/customers", "/v3/checkout/sessions",
             "/v1/accounts/{id}/transactions", "/v1/balance", "/connect/token"]
SDKS = ["pagora-python", "@openconto/sdk", "bancomint-java", "finlytics-php", "lirapay-go", "tesorino-dotnet",
        "pagora-android", "PagoraKit (iOS)"]
ERRORS_EN = ["401 Unauthorized (invalid_client)", "403 insufficient_scope", "400 invalid_request", "422 Unprocessable Entity",
             "429 Too Many Requests", "500 Internal Server Error", "502 Bad Gateway", "a timeout after 30s",
             "invalid_grant", "signature verification failed", "SSL handshake failure", "consent expired"]
ERRORS_IT = ["401 Unauthorized (invalid_client)", "403 insufficient_scope", "un 400 invalid_request", "un 422",
             "429 Too Many Requests", "un 500", "502 Bad Gateway", "timeout dopo 30 secondi",
             "invalid_grant", "errore di firma sul webhook", "errore SSL handshake", "consenso scaduto"]


def endpoint(r):
    return r.choice(ENDPOINTS).replace("{id}", V.pay_id(r))


class Ctx:
    def __init__(self, r, lang, kinds, style):
        self.r = r
        self.lang = lang
        self.kinds = list(kinds)
        self.pending = list(kinds)
        self.secrets = []
        self.style = style
        self.mixed = False  # use typos / foreign key names
        if lang == "it":
            self.first, self.last = r.choice(IT_FIRST), r.choice(IT_LAST)
            self.company = r.choice(IT_COMPANIES)
        else:
            self.first, self.last = r.choice(EN_FIRST), r.choice(EN_LAST)
            self.company = r.choice(EN_COMPANIES)
        self.provider = r.choice(PROVIDERS)
        self.host = r.choice(HOSTS)

    # helpers ------------------------------------------------------------
    @property
    def it(self):
        return self.lang == "it"

    @property
    def positive(self):
        return bool(self.kinds)

    def L(self, it, en):
        return it if self.lang == "it" else en

    def p(self, *opts):
        return self.r.choice(opts)

    def pl(self, it_opts, en_opts):
        return self.r.choice(it_opts if self.it else en_opts)

    def chance(self, x):
        return self.r.random() < x

    def name(self):
        return "%s %s" % (self.first, self.last)

    def email(self):
        if getattr(self, "_email", None):
            return self._email
        dom = self.company.split()[0].lower().replace("'", "") + self.p(".it", ".com", ".eu", ".co.uk")
        self._email = "%s.%s@%s" % (self.first.lower(), self.last.lower().replace(" ", ""), dom)
        return self._email

    def add(self, kind, value):
        if not any(s["kind"] == kind and s["value"] == value for s in self.secrets):
            self.secrets.append({"kind": kind, "value": value})
        return value

    def take(self):
        """Next kind to embed, or None when all were placed."""
        return self.pending.pop(0) if self.pending else None

    def take_any(self, allowed):
        for k in self.pending:
            if k in allowed:
                self.pending.remove(k)
                return k
        return None

    # raw value generation -------------------------------------------------
    def value(self, kind, fmt=True):
        r = self.r
        if kind == "card_number":
            brand, num = V.card(r)
            self._brand = brand
            return V.fmt_card(r, num) if fmt else num
        if kind == "iban":
            v = V.iban(r, "IT" if (self.it and r.random() < 0.6) else None)
            return V.fmt_iban(r, v) if fmt else v
        if kind == "access_token":
            return V.access_token(r)
        if kind == "refresh_token":
            return V.refresh_token(r)
        if kind == "client_secret":
            return V.client_secret(r)
        if kind == "vendor_key":
            vendor, env, key = V.vendor_key(r)
            self._vendor, self._env = vendor, env
            return key
        if kind == "private_key":
            return V.private_key(r)
        if kind == "password":
            return V.password(r, self.lang)
        if kind == "pin":
            return V.pin(r)
        if kind == "cvv":
            return V.cvv(r, amex=r.random() < 0.1)
        raise KeyError(kind)

    def keyname(self, kind):
        r = self.r
        base = {
            "password": ["password", "password", "passwd", "pwd", "pass", "user_password", "db_password", "Password"],
            "pin": ["pin", "PIN", "pin_code", "pinCode", "card_pin"],
            "cvv": ["cvv", "cvc", "cvv2", "security_code", "card_cvc", "CVV"],
            "card_number": ["card_number", "pan", "cardNumber", "number", "card_no", "numero_carta"],
            "iban": ["iban", "IBAN", "beneficiary_iban", "creditorAccount.iban", "iban_beneficiario", "debtor_iban"],
            "access_token": ["access_token", "accessToken", "token", "auth_token", "bearer_token", "ACCESS_TOKEN"],
            "refresh_token": ["refresh_token", "refreshToken", "REFRESH_TOKEN", "rt"],
            "client_secret": ["client_secret", "clientSecret", "CLIENT_SECRET", "app_secret", "oauth_client_secret"],
            "vendor_key": [getattr(self, "_env", "API_KEY"), getattr(self, "_env", "API_KEY"), "api_key", "apiKey", "secret_key"],
        }[kind]
        if self.mixed and r.random() < 0.6:
            odd = {
                "password": ["pasword", "passwrod", "pssword", "passowrd", "mot de passe", "contraseña", "Kennwort",
                             "Passwort", "parola d'ordine", "senha", "passwort", "mdp", "clave"],
                "pin": ["code PIN", "Geheimzahl", "PIN-Nummer", "número PIN", "codice pin", "PIN code"],
                "cvv": ["cryptogramme", "Kartenprüfnummer", "código de seguridad", "codice cvv", "cvc2", "CVV/CVC"],
                "card_number": ["numéro de carte", "número de tarjeta", "Kartennummer", "numero carta", "card nr"],
                "iban": ["IBAN bénéficiaire", "IBAN del beneficiario", "IBAN Empfänger", "iban destino"],
                "access_token": ["accesstoken", "acess_token", "jeton d'accès", "Zugriffstoken", "token de acceso", "tokne"],
                "refresh_token": ["refesh_token", "refresh_tokne", "jeton de rafraîchissement", "Aktualisierungstoken"],
                "client_secret": ["clinet_secret", "client_secert", "cliente_secret", "secret client", "secreto del cliente",
                                  "Client-Geheimnis", "clientsecret"],
                "vendor_key": ["api kye", "clé API", "API-Schlüssel", "chiave api", "clave API", "apikey"],
            }[kind]
            return r.choice(odd)
        return r.choice(base)

    # snippets that embed a secret ------------------------------------------
    def bank_account_snip(self):
        country, tpl, val = V.bank_account(self.r, self.lang)
        self.add("bank_account", val)
        return tpl.replace("{v}", val)

    def pem(self):
        return self.add("private_key", V.private_key(self.r))

    def prose(self, kind):
        """Sentence fragment (no trailing full stop) that contains a secret."""
        r = self.r
        if kind == "bank_account":
            s = self.bank_account_snip()
            return self.pl(["le coordinate sono " + s, "vi giro i dati: " + s, s, "il conto è questo: " + s,
                            "bonifico sul " + s],
                           ["the details are " + s, s, "please pay into " + s, "our account: " + s,
                            "the account they used is " + s])
        if kind == "private_key":
            v = self.pem()
            return self.pl(["la chiave privata che usiamo per firmare è questa:\n" + v,
                            "vi incollo la chiave (quella del certificato mTLS):\n\n" + v + "\n",
                            "ho generato la chiave così:\n" + v],
                           ["this is the private key we sign with:\n" + v,
                            "pasting the key from our mTLS setup:\n\n" + v + "\n",
                            "key file contents below\n" + v])
        v = self.add(kind, self.value(kind))
        k = self.keyname(kind) if self.mixed else None
        if k and r.random() < 0.7:
            return self.pl(["%s: %s" % (k, v), "%s = %s" % (k, v), "il %s è %s" % (k, v), "(%s %s)" % (k, v)],
                           ["%s: %s" % (k, v), "%s = %s" % (k, v), "the %s is %s" % (k, v), "(%s %s)" % (k, v)])
        it = {
            "password": ["la password è %s", "ho messo come password %s", "utente admin_test / password %s",
                         "pw: %s", "la password del portale, che è la stessa dell'SFTP, è %s",
                         "password (appena cambiata) %s", "la passwd dell'utenza tecnica è %s", "credenziali: demo.merchant / %s"],
            "pin": ["il PIN è %s", "PIN %s", "codice PIN: %s", "ho provato col pin %s", "il pin della carta test è %s",
                    "il PIN del POS è %s"],
            "cvv": ["CVV %s", "cvv: %s", "il codice di sicurezza è %s", "CVC %s", "le tre cifre dietro sono %s"],
            "card_number": ["la carta %s", "numero carta %s", "PAN %s", "con la carta di test %s",
                            "ho usato la %s" % (getattr(self, "_brand", "carta") + " %s"), "carta n. %s"],
            "iban": ["IBAN %s", "l'IBAN del beneficiario è %s", "sul conto %s", "IBAN di accredito: %s",
                     "iban %s (intestato a noi)"],
            "access_token": ["il token che mi restituisce è %s", "access token: %s", "Authorization: Bearer %s",
                             "ecco il bearer: %s", "il token (scade tra un'ora) %s"],
            "refresh_token": ["il refresh token è %s", "refresh_token=%s", "con il refresh %s",
                              "refresh token salvato in DB: %s"],
            "client_secret": ["il client secret è %s", "client_secret=%s", "il secret dell'app è %s",
                              "secret: %s", "ho rigenerato il secret, ora è %s"],
            "vendor_key": ["la chiave %s" % getattr(self, "_vendor", "") + " è %s", "%s=%%s" % getattr(self, "_env", "API_KEY"),
                           "la API key è %s", "chiave live: %s", "usiamo la key %s"],
        }
        en = {
            "password": ["the password is %s", "I set the password to %s", "user admin_test / password %s",
                         "pw: %s", "the portal password (same as SFTP) is %s", "password (just rotated) %s",
                         "login is demo.merchant / %s", "passphrase: %s"],
            "pin": ["the PIN is %s", "PIN %s", "PIN code: %s", "I tried with pin %s", "the test card PIN is %s",
                    "terminal PIN %s"],
            "cvv": ["CVV %s", "cvv: %s", "the security code is %s", "CVC %s", "the 3 digits on the back are %s"],
            "card_number": ["card %s", "card number %s", "PAN %s", "with the test card %s",
                            "I used the %s" % (getattr(self, "_brand", "card") + " %s"), "card no. %s"],
            "iban": ["IBAN %s", "beneficiary IBAN is %s", "to account %s", "payout IBAN: %s", "iban %s (our own)"],
            "access_token": ["the token I get back is %s", "access token: %s", "Authorization: Bearer %s",
                             "here's the bearer: %s", "the token (expires in 1h) %s"],
            "refresh_token": ["the refresh token is %s", "refresh_token=%s", "using refresh token %s",
                              "refresh token stored in DB: %s"],
            "client_secret": ["the client secret is %s", "client_secret=%s", "app secret is %s", "secret: %s",
                              "I regenerated the secret, it's now %s"],
            "vendor_key": ["our %s key is %%s" % getattr(self, "_vendor", ""), "%s=%%s" % getattr(self, "_env", "API_KEY"),
                           "the API key is %s", "live key: %s", "we use key %s"],
        }
        return r.choice((it if self.it else en)[kind]) % v

    def kv(self, kind, sep=None, quote=""):
        """key<sep>value line."""
        r = self.r
        if kind == "bank_account":
            return self.bank_account_snip()
        if kind == "private_key":
            return self.pem()
        v = self.add(kind, self.value(kind))
        k = self.keyname(kind)
        sep = sep if sep is not None else r.choice([": ", "=", " = ", ": ", "\t"])
        return "%s%s%s%s%s" % (k, sep, quote, v, quote)

    def json_pair(self, kind):
        if kind == "private_key":
            v = self.pem()
            # JSON strings cannot hold raw newlines; emit as an escaped one-line value would break
            # the substring rule, so keep it as a separate block.
            return None, v
        if kind == "bank_account":
            country, tpl, val = V.bank_account(self.r, self.lang)
            self.add("bank_account", val)
            return '"account_number": "%s"' % val, None
        v = self.add(kind, self.value(kind))
        return '"%s": "%s"' % (self.keyname(kind), v), None

    # negative counterparts ------------------------------------------------
    def neg_prose(self, kind=None):
        r = self.r
        kind = kind or r.choice(["password", "pin", "cvv", "card_number", "iban", "bank_account", "access_token",
                                 "refresh_token", "client_secret", "vendor_key", "private_key"])
        it = {
            "password": ["ho resettato la password due volte ma niente", "la password è quella solita, non la scrivo qui",
                         "password: ********", "la password non è scaduta, l'ho cambiata lunedì",
                         "password = %s" % V.placeholder(r, "password"), "il reset password non manda la mail",
                         "l'utente ha sbagliato la password 3 volte e si è bloccato"],
            "pin": ["il PIN è bloccato dopo tre tentativi", "PIN: ****", "il cliente dice di aver inserito il PIN giusto",
                    "il terminale chiede il PIN anche sotto i 50 euro", "cambio PIN non disponibile da app"],
            "cvv": ["il CVV non viene chiesto nel flusso 3DS", "cvv: ***", "non salviamo il CVV da nessuna parte",
                    "il campo CVV accetta 4 cifre solo per Amex, giusto?"],
            "card_number": ["carta %s" % V.masked_card(r), "la carta termina con %s" % V.rdigits(r, 4),
                            "PAN mascherato %s" % V.masked_card(r), "con la carta di test che finisce in %s" % V.rdigits(r, 4)],
            "iban": ["IBAN %s" % V.masked_iban(r), "l'IBAN risulta non valido (errore IBAN_CHECKSUM)",
                     "IBAN del beneficiario: %s" % V.masked_iban(r), "l'IBAN è giusto, l'ho ricontrollato col cliente"],
            "bank_account": ["conto n. ****%s" % V.rdigits(r, 4), "ABI %s CAB %s, il numero di conto ve lo mando a parte" %
                             (r.choice(V.IT_ABI), V.rdigits(r, 5, True)), "BIC %s" % V.bic(r)],
            "access_token": ["il token scade dopo 3600 secondi", "Authorization: Bearer %s" % V.placeholder(r, "access_token"),
                             "il token è valido (l'ho controllato su jwt.io) ma torna 401", "token: %s" % V.masked_secret(r)],
            "refresh_token": ["il refresh token sembra non ruotare", "refresh_token=%s" % V.placeholder(r, "refresh_token"),
                              "dopo 30 giorni il refresh token scade, giusto?"],
            "client_secret": ["ho rigenerato il client secret dal portale", "client_secret=%s" % V.placeholder(r, "client_secret"),
                              "il client secret l'ho messo nel vault, non nel codice", "client_id %s" % V.client_id(r)],
            "vendor_key": ["la chiave live è %s" % V.masked_secret(r), "API key: %s" % V.placeholder(r, "vendor_key"),
                           "abbiamo ruotato le API key dopo l'incidente"],
            "private_key": ["la chiave privata è nell'HSM, vi mando solo la pubblica:\n" + V.public_pem(r),
                            "[chiave privata rimossa]", "il certificato è questo:\n" + V.public_pem(r)],
        }
        en = {
            "password": ["I reset my password twice, no luck", "the password is the usual one, not pasting it here",
                         "password: ********", "password = %s" % V.placeholder(r, "password"),
                         "the reset-password email never arrives", "the user got locked out after 3 wrong passwords"],
            "pin": ["the PIN is blocked after three attempts", "PIN: ****", "customer insists the PIN was correct",
                    "terminal asks for PIN even under the contactless limit"],
            "cvv": ["CVV is not requested in the 3DS flow", "cvv: ***", "we never store the CVV",
                    "the CVV field accepts 4 digits only for Amex, right?"],
            "card_number": ["card %s" % V.masked_card(r), "card ending %s" % V.rdigits(r, 4),
                            "masked PAN %s" % V.masked_card(r), "using the sandbox test card ending in %s" % V.rdigits(r, 4)],
            "iban": ["IBAN %s" % V.masked_iban(r), "the IBAN is rejected (IBAN_CHECKSUM)",
                     "beneficiary IBAN: %s" % V.masked_iban(r), "IBAN is fine, I double-checked with the customer"],
            "bank_account": ["account ending %s" % V.rdigits(r, 4), "sort code %s-%s-%s, account number on file" %
                             (V.rdigits(r, 2, True), V.rdigits(r, 2), V.rdigits(r, 2)), "BIC %s" % V.bic(r)],
            "access_token": ["the token expires after 3600 seconds", "Authorization: Bearer %s" % V.placeholder(r, "access_token"),
                             "the token decodes fine on jwt.io but we still get 401", "token: %s" % V.masked_secret(r)],
            "refresh_token": ["the refresh token doesn't seem to rotate", "refresh_token=%s" % V.placeholder(r, "refresh_token"),
                              "refresh tokens expire after 30 days, correct?"],
            "client_secret": ["I regenerated the client secret in the portal", "client_secret=%s" % V.placeholder(r, "client_secret"),
                              "the client secret lives in Vault, not in code", "client_id %s" % V.client_id(r)],
            "vendor_key": ["the live key is %s" % V.masked_secret(r), "API key: %s" % V.placeholder(r, "vendor_key"),
                           "we rotated all API keys after the incident"],
            "private_key": ["the private key is in the HSM, here's the public one:\n" + V.public_pem(r),
                            "[private key removed]", "certificate below:\n" + V.public_pem(r)],
        }
        return r.choice((it if self.it else en)[kind])

    def neg_kv(self, kind=None):
        r = self.r
        kind = kind or r.choice(["password", "access_token", "client_secret", "vendor_key", "refresh_token", "pin", "cvv"])
        k = self.keyname(kind) if kind not in ("card_number", "iban", "bank_account", "private_key") else "key"
        sep = r.choice([": ", "=", " = "])
        return "%s%s%s" % (k, sep, r.choice([V.placeholder(r, kind), V.masked_secret(r)]))

    # look-alike filler ------------------------------------------------------
    def lookalike(self):
        r = self.r
        it = self.it
        opts = [
            lambda: ("Request-Id: %s" if r.random() < 0.5 else "X-Request-ID: %s") % V.uuid4(r),
            lambda: (("id pagamento %s" if it else "payment id %s") % V.pay_id(r)),
            lambda: "client_id: %s" % V.client_id(r),
            lambda: "Idempotency-Key: %s" % V.idem_key(r),
            lambda: ("commit %s" % V.sha1(r)) if r.random() < 0.5 else ("build %s (%s)" % (V.sha1(r)[:7], V.version(r))),
            lambda: "sha256: %s" % V.sha256(r),
            lambda: "traceparent: %s" % V.traceparent(r),
            lambda: "trace_id=%s span_id=%s" % (V.rs(r, V.HEX, 32), V.rs(r, V.HEX, 16)),
            lambda: ("cursor=%s" % V.base64_json(r)) if r.random() < 0.5 else ("next_page_token: %s" % V.base64_json(r)),
            lambda: ("timestamp %s" % V.iso_ts(r)) if r.random() < 0.5 else ("created_at=%s" % V.epoch_ms(r)),
            lambda: (("ordine %s" if it else "order %s") % V.order_no(r)),
            lambda: (("tracking %s" if it else "tracking no. %s") % V.tracking(r)),
            lambda: (("tel. %s" if it else "phone %s") % V.phone(r, self.lang)),
            lambda: ("P.IVA %s" % V.partita_iva(r)) if it else ("VAT IT%s" % V.partita_iva(r)),
            lambda: ("C.F. %s" % V.codice_fiscale(r)) if it else ("codice fiscale %s" % V.codice_fiscale(r)),
            lambda: (("fattura %s" if it else "invoice %s") % V.invoice_no(r)),
            lambda: (("carta %s" if it else "card %s") % V.masked_card(r)),
            lambda: "IBAN %s" % V.masked_iban(r),
            lambda: "event %s" % V.obj_id(r),
            lambda: "consent_id: %s" % V.uuid4(r),
            lambda: "Stripe-Signature: %s" % V.webhook_sig(r) if r.random() < 0.3 else "X-Signature: %s" % V.sha256(r),
            lambda: "BIC %s" % V.bic(r),
            lambda: "md5 %s" % V.rs(r, V.HEX, 32),
            lambda: "ETag: \"%s\"" % V.rs(r, V.HEX, 32),
            lambda: ("importo %s" if it else "amount %s") % V.amount(r, self.lang),
            lambda: "kid: %s" % V.rs(r, V.B64URL, 43),
            lambda: "x5t#S256: %s" % V.rs(r, V.B64URL, 43),
            lambda: "merchant_id=%s" % V.rdigits(r, 9, True),
            lambda: "correlation-id %s" % V.uuid4(r),
            lambda: "session_id: %s" % V.obj_id(r).replace("_", "-"),
            lambda: "psu-ip-address: %s" % V.ip(r),
        ]
        return r.choice(opts)()

    def lookalikes(self, n, sep="\n"):
        return sep.join(self.lookalike() for _ in range(n))
