//! Short user-facing explanations for each kind, in English and Italian.
//! Shown when a submission is refused; they say what was found and what to
//! send instead, never the value.

use crate::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    En,
    It,
}

impl Locale {
    /// Picks a locale from a language tag such as `it-IT` or `en`; English
    /// when unknown.
    pub fn from_tag(tag: &str) -> Locale {
        let lang = tag.split(['-', '_']).next().unwrap_or("");
        if lang.eq_ignore_ascii_case("it") {
            Locale::It
        } else {
            Locale::En
        }
    }
}

pub fn message(kind: Kind, locale: Locale) -> &'static str {
    match locale {
        Locale::En => message_en(kind),
        Locale::It => message_it(kind),
    }
}

pub fn message_en(kind: Kind) -> &'static str {
    match kind {
        Kind::AccessToken => {
            "This looks like an access token. Tokens are yours alone and must never be sent to support: revoke it if it was shared, and generate a debug id for us instead."
        }
        Kind::ClientSecret => {
            "This looks like a client secret (or Basic credentials). We never need it: remove it, and rotate it in your dashboard if it was pasted anywhere."
        }
        Kind::RefreshToken => {
            "This looks like a refresh token in free text. If the problem is about refreshing, tick \"refresh related\" and paste the token into the sealed refresh_token field, which is encrypted and deleted on schedule."
        }
        Kind::PrivateKey => {
            "This looks like a private key. Keys never leave your servers: remove the block and consider the key compromised if it was shared."
        }
        Kind::VendorKey => {
            "This looks like an API key from a well-known provider. Remove it and revoke it with that provider if it was exposed."
        }
        Kind::CardNumber => {
            "This looks like a payment card number. End users' card data must not be sent: use the payment's simp_id to point us to it."
        }
        Kind::Cvv => {
            "This looks like a card security code (CVV/CVC). It must never be written down or sent: please remove it."
        }
        Kind::Iban => {
            "This looks like an IBAN. End users' bank details are not needed: refer to the payment or account by its id."
        }
        Kind::UkBankAccount => {
            "This looks like a UK sort code and account number. End users' bank details are not needed: refer to the payment by its id."
        }
        Kind::BankAccount => {
            "This looks like a bank account number with its national bank codes (ABI/CAB, BLZ, RIB, CCC). End users' bank details are not needed: refer to the payment by its id."
        }
        Kind::Password => {
            "This looks like a password. We will never ask for one: remove it, and change it if it was a real password."
        }
        Kind::Pin => {
            "This looks like a PIN or one-time code (OTP, SMS, SCA). Nobody at support needs it: remove it, and ask the user to change it if it was real."
        }
    }
}

pub fn message_it(kind: Kind) -> &'static str {
    match kind {
        Kind::AccessToken => {
            "Sembra un access token. I token restano solo tuoi e non vanno mai inviati all'assistenza: se è stato condiviso revocalo, e al suo posto genera un debug id."
        }
        Kind::ClientSecret => {
            "Sembra un client secret (o credenziali Basic). Non ci serve mai: rimuovilo e, se è stato incollato altrove, rigeneralo dalla dashboard."
        }
        Kind::RefreshToken => {
            "Sembra un refresh token scritto nel testo. Se il problema riguarda il rinnovo, seleziona \"legato al refresh\" e inserisci il token nel campo protetto refresh_token, cifrato e cancellato a scadenza."
        }
        Kind::PrivateKey => {
            "Sembra una chiave privata. Le chiavi non devono mai lasciare i tuoi server: rimuovi il blocco e, se è stata condivisa, considerala compromessa."
        }
        Kind::VendorKey => {
            "Sembra una chiave API di un fornitore noto. Rimuovila e, se è stata esposta, revocala presso il fornitore."
        }
        Kind::CardNumber => {
            "Sembra il numero di una carta di pagamento. I dati delle carte degli utenti finali non vanno inviati: indicaci il pagamento con il suo simp_id."
        }
        Kind::Cvv => {
            "Sembra il codice di sicurezza di una carta (CVV/CVC). Non va mai scritto né inviato: rimuovilo."
        }
        Kind::Iban => {
            "Sembra un IBAN. Le coordinate bancarie degli utenti finali non ci servono: indica il pagamento o il conto con il suo identificativo."
        }
        Kind::UkBankAccount => {
            "Sembrano un sort code e un numero di conto britannici. Le coordinate bancarie degli utenti finali non ci servono: indica il pagamento con il suo identificativo."
        }
        Kind::BankAccount => {
            "Sembra un numero di conto con le sue coordinate bancarie nazionali (ABI/CAB, BLZ, RIB, CCC). Le coordinate bancarie degli utenti finali non ci servono: indica il pagamento con il suo identificativo."
        }
        Kind::Password => {
            "Sembra una password. Non te la chiederemo mai: rimuovila e, se era una password vera, cambiala."
        }
        Kind::Pin => {
            "Sembra un PIN o un codice monouso (OTP, SMS, SCA). All'assistenza non serve: rimuovilo e, se era reale, chiedi all'utente di cambiarlo."
        }
    }
}

impl Kind {
    /// Localized explanation and hint for this kind.
    pub fn hint(self, locale: Locale) -> &'static str {
        message(self, locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_both_languages() {
        for k in Kind::ALL {
            assert!(message_en(k).len() > 40);
            assert!(message_it(k).len() > 40);
            assert_ne!(message_en(k), message_it(k));
        }
        assert!(message_en(Kind::RefreshToken).contains("refresh_token"));
        assert!(message_it(Kind::RefreshToken).contains("refresh_token"));
        assert_eq!(Locale::from_tag("it-IT"), Locale::It);
        assert_eq!(Locale::from_tag("de"), Locale::En);
        // Italian speaks to one person, informally ("tu"), never "voi".
        for k in Kind::ALL {
            let m = message_it(k);
            let voi = m.split(|c: char| !c.is_alphabetic()).any(|w| {
                w.starts_with("vostr")
                    || ["telo", "tela", "tevi", "avete"]
                        .iter()
                        .any(|e| w.ends_with(e))
                    || [
                        "indicate",
                        "rimuovete",
                        "generate",
                        "selezionate",
                        "inserite",
                        "ve",
                    ]
                    .contains(&w)
            });
            assert!(!voi, "{k:?}: {m}");
        }
    }
}
