//! Help-center demo content for `serve --demo`: three categories and eight
//! articles, each in English and Italian, written for this project.

use domain::Locale;
use guard::Screened;
use store::{NewHcArticle, NewHcName, Store};
use time::OffsetDateTime;

struct Article {
    section: usize,
    en: (&'static str, &'static str),
    it: (&'static str, &'static str),
    comments_closed: bool,
}

/// (category index, English name, Italian name)
const CATEGORIES: &[(&str, &str, &str, &str)] = &[
    (
        "Reporting an incident",
        "How to tell us about a problem so we can act on the first message.",
        "Segnalare un problema",
        "Come descriverci un problema perché possiamo intervenire al primo messaggio.",
    ),
    (
        "Security and privacy",
        "What you may share with support, and what must never leave your systems.",
        "Sicurezza e riservatezza",
        "Cosa puoi condividere con l'assistenza e cosa non deve mai uscire dai tuoi sistemi.",
    ),
    (
        "Authentication and environments",
        "Tokens, their lifetimes, and the difference between sandbox and live.",
        "Autenticazione e ambienti",
        "I token, la loro durata e la differenza tra sandbox e produzione.",
    ),
];

/// (category index, English name, Italian name)
const SECTIONS: &[(usize, &str, &str)] = &[
    (0, "Before you write", "Prima di scrivere"),
    (
        0,
        "Identifiers we ask for",
        "Gli identificativi che chiediamo",
    ),
    (1, "What to share", "Cosa condividere"),
    (2, "Tokens", "Token"),
    (2, "Environments", "Ambienti"),
];

const ARTICLES: &[Article] = &[
    Article {
        section: 0,
        en: (
            "What to include in an incident ticket",
            "A complete ticket saves a day of back-and-forth. Before you press *Submit*, check that it answers these questions:\n\n\
1. **Which application?** The `client_id` that made the calls. Use the one of the environment where the problem happened.\n\
2. **When?** The date and time of a failing call, with your time zone. \"This morning\" is hard to search for; `2026-03-04 09:41 +01:00` is easy.\n\
3. **What did you get back?** The HTTP status and the response body, copied as received.\n\
4. **What were you doing?** The steps that lead to the error, and whether it happens every time.\n\
5. **Which endpoints?** Method and path, for example `POST /v1/payments`.\n\
6. **Which identifiers?** The `X-Request-Id` of the response, the payment id, or the task id of an asynchronous call.\n\n\
The *Submit a request* form asks for each of these in its own field, so nothing gets forgotten.",
        ),
        it: (
            "Cosa inserire in un ticket di incidente",
            "Un ticket completo fa risparmiare una giornata di domande e risposte. Prima di premere *Invia*, controlla che risponda a queste domande:\n\n\
1. **Quale applicazione?** Il `client_id` che ha eseguito le chiamate, quello dell'ambiente in cui è comparso il problema.\n\
2. **Quando?** Data e ora di una chiamata fallita, con il fuso orario. \"Stamattina\" è difficile da cercare; `2026-03-04 09:41 +01:00` no.\n\
3. **Cosa avete ricevuto?** Lo stato HTTP e il corpo della risposta, copiati così come sono arrivati.\n\
4. **Cosa stavate facendo?** I passaggi che portano all'errore e se si ripete ogni volta.\n\
5. **Quali endpoint?** Metodo e percorso, per esempio `POST /v1/payments`.\n\
6. **Quali identificativi?** L'`X-Request-Id` della risposta, l'id del pagamento o il task id di una chiamata asincrona.\n\n\
Il modulo *Invia una richiesta* ha un campo per ciascuna di queste informazioni, così non se ne dimentica nessuna.",
        ),
        comments_closed: false,
    },
    Article {
        section: 0,
        en: (
            "Why we refuse some messages, and how redaction works",
            "Sportello reads every message before it is stored. If it finds something that looks like a credential or a customer's bank details, it refuses the message and tells you **which field** and **where** in the text, without repeating the value.\n\n\
You can then remove the value yourself, or choose **Redact and send**: the suspicious part is replaced by a marker such as `[REDACTED:access_token]` and the rest of the message goes through.\n\n\
Nothing from a refused message is saved: not in the database, not in logs, not in emails.",
        ),
        it: (
            "Perché rifiutiamo alcuni messaggi e come funziona l'oscuramento",
            "Sportello legge ogni messaggio prima di salvarlo. Se trova qualcosa che somiglia a una credenziale o ai dati bancari di un cliente, rifiuta il messaggio e indica **quale campo** e **in che punto** del testo, senza ripetere il valore.\n\n\
Puoi togliere il valore a mano oppure scegliere **Oscura e invia**: la parte sospetta viene sostituita da un segnaposto come `[REDACTED:access_token]` e il resto del messaggio viene inviato.\n\n\
Di un messaggio rifiutato non resta nulla: né nel database, né nei log, né nelle email.",
        ),
        comments_closed: false,
    },
    Article {
        section: 1,
        en: (
            "Where to find the X-Request-Id",
            "Every response of the API carries an `X-Request-Id` header. It names that single call in our logs, so with it we can follow the request through every system it touched.\n\n\
- **With curl**, add `-i` to see the response headers.\n\
- **In a browser**, open the developer tools, select the call on the *Network* tab and look under *Response headers*.\n\
- **In your code**, log the header next to the status code whenever a call fails.\n\n\
It looks like `c39df0fb-a684-447c-9fbc-3f24c288f608`. It is not a secret: paste it in the *X-Request-Id* field of your request.",
        ),
        it: (
            "Dove trovare l'X-Request-Id",
            "Ogni risposta dell'API contiene l'header `X-Request-Id`. Identifica quella singola chiamata nei nostri log: con questo valore possiamo seguirla in tutti i sistemi che ha attraversato.\n\n\
- **Con curl**, aggiungi `-i` per vedere gli header della risposta.\n\
- **Nel browser**, apri gli strumenti per sviluppatori, seleziona la chiamata nella scheda *Rete* e guarda tra gli *header della risposta*.\n\
- **Nel tuo codice**, registra l'header accanto allo stato HTTP ogni volta che una chiamata fallisce.\n\n\
Ha la forma `c39df0fb-a684-447c-9fbc-3f24c288f608`. Non è un segreto: incollalo nel campo *X-Request-Id* della richiesta.",
        ),
        comments_closed: false,
    },
    Article {
        section: 1,
        en: (
            "Task ids of asynchronous and batch calls",
            "Some operations take longer than one HTTP call should wait. When you call them in **asynchronous** or **batch** mode, the first response does not contain the result but a **task id**, a UUID you then use to ask for the outcome.\n\n\
If such an operation fails or never completes, the task id is what we need most: it leads us straight to the job in our queues. In the request form, choose the request mode *Asynchronous* or *Batch* and the *Task id* field appears.\n\n\
Keep task ids in your logs together with the time the task was created.",
        ),
        it: (
            "Il task id delle chiamate asincrone e batch",
            "Alcune operazioni richiedono più tempo di quanto una chiamata HTTP dovrebbe attendere. Quando le esegui in modalità **asincrona** o **batch**, la prima risposta non contiene il risultato ma un **task id**, un UUID da usare poi per chiedere l'esito.\n\n\
Se un'operazione di questo tipo fallisce o non termina mai, il task id è il dato che ci serve di più: ci porta dritti al lavoro nelle nostre code. Nel modulo di richiesta scegli la modalità *Asincrona* o *Batch* e comparirà il campo *Task id*.\n\n\
Conserva i task id nei tuoi log insieme all'ora in cui il task è stato creato.",
        ),
        comments_closed: false,
    },
    Article {
        section: 2,
        en: (
            "Get a debug id instead of sending an access token",
            "We sometimes need to know which access token a failing call used. Never paste the token itself: anyone who reads it could act as your application until it expires.\n\n\
Generate a **debug id** instead. Sportello takes the token, keeps it sealed (encrypted) for a short time, and gives you back a short identifier. Put the debug id in your request; our engineers can look up what they need through it, and the sealed token is destroyed on schedule.\n\n\
A debug id is safe to share: on its own it grants no access to anything.",
        ),
        it: (
            "Usa un debug id invece di inviare l'access token",
            "A volte dobbiamo sapere quale access token ha usato una chiamata fallita. Non incollare mai il token: chiunque lo legga potrebbe agire al posto della tua applicazione finché non scade.\n\n\
Genera invece un **debug id**. Sportello riceve il token, lo conserva sigillato (cifrato) per poco tempo e ti restituisce un identificativo breve. Inserisci il debug id nella richiesta: i nostri tecnici recuperano tramite questo ciò che serve, e il token sigillato viene distrutto alla scadenza prevista.\n\n\
Un debug id si può condividere: da solo non dà accesso a nulla.",
        ),
        comments_closed: false,
    },
    Article {
        section: 2,
        en: (
            "What you must never send us, and why",
            "Support tickets are read by people and kept for months. Whatever is in them can leak with them, as happened in 2023 when attackers read session tokens out of files uploaded to a large provider's support system.\n\n\
So never send:\n\n\
- access tokens, bearer headers and session cookies;\n\
- your **client secret**, in any form, including Basic authentication headers;\n\
- refresh tokens, except in the sealed field of the form;\n\
- private keys and keys of other services;\n\
- passwords and PINs;\n\
- card numbers, IBANs or other bank details of **your customers**.\n\n\
If something like this reached us by mistake, rotate it: treat it as exposed.",
        ),
        it: (
            "Cosa non devi mai inviarci e perché",
            "I ticket di assistenza vengono letti da persone e conservati per mesi. Ciò che contengono può finire in mani sbagliate insieme a loro, come è successo nel 2023 quando alcuni attaccanti hanno letto token di sessione da file caricati nel sistema di assistenza di un grande fornitore.\n\n\
Quindi non inviare mai:\n\n\
- access token, header bearer e cookie di sessione;\n\
- il tuo **client secret**, in nessuna forma, nemmeno dentro un header di autenticazione Basic;\n\
- refresh token, se non nel campo sigillato del modulo;\n\
- chiavi private e chiavi di altri servizi;\n\
- password e PIN;\n\
- numeri di carta, IBAN o altri dati bancari **dei tuoi clienti**.\n\n\
Se qualcosa del genere ci è arrivato per errore, sostituiscilo: consideralo compromesso.",
        ),
        comments_closed: true,
    },
    Article {
        section: 3,
        en: (
            "How long a refresh token lasts",
            "Access tokens live briefly: use one for calls and expect it to expire within the hour. The **refresh token** lives much longer and lets your application ask for a new access token without bothering the user again.\n\n\
Each refresh token is valid for **90 days** from the moment the user gave consent. Using it does not extend that period; when it ends, the user has to go through the consent flow again.\n\n\
If refreshing fails with `invalid_grant`, check first whether the 90 days are over or whether the user revoked the consent. When you open a request about it, tick *The problem is about refreshing tokens*: only then can you put the refresh token in the sealed field.",
        ),
        it: (
            "Quanto dura un refresh token",
            "Gli access token durano poco: usali per le chiamate e aspettati che scadano entro un'ora. Il **refresh token** dura molto di più e permette alla tua applicazione di ottenere un nuovo access token senza disturbare di nuovo l'utente.\n\n\
Ogni refresh token vale **90 giorni** dal momento in cui l'utente ha dato il consenso. Usarlo non allunga questo periodo: alla scadenza l'utente deve ripetere il flusso di consenso.\n\n\
Se il rinnovo fallisce con `invalid_grant`, controlla prima se i 90 giorni sono trascorsi o se l'utente ha revocato il consenso. Quando apri una richiesta su questo tema, spunta *Il problema riguarda il rinnovo dei token*: solo così puoi inserire il refresh token nel campo sigillato.",
        ),
        comments_closed: false,
    },
    Article {
        section: 4,
        en: (
            "Sandbox and live client ids",
            "You receive two sets of credentials: one for the **sandbox**, where test banks and fake accounts answer, and one for **live**, where real customers' data flows.\n\n\
| | Sandbox | Live |\n\
|---|---|---|\n\
| client id | starts with `sandbox-` | no prefix |\n\
| data | invented | real |\n\
| token URL | the sandbox one | the live one |\n\n\
The two never mix: a sandbox client id calling the live token URL gets `401 invalid_client`, and the other way round. When you report a problem, give us the client id of the environment where it happened.",
        ),
        it: (
            "Client id di sandbox e di produzione",
            "Ricevi due serie di credenziali: una per la **sandbox**, dove rispondono banche di prova e conti fittizi, e una per la **produzione**, dove passano i dati di clienti reali.\n\n\
| | Sandbox | Produzione |\n\
|---|---|---|\n\
| client id | inizia con `sandbox-` | senza prefisso |\n\
| dati | inventati | reali |\n\
| URL del token | quello della sandbox | quello di produzione |\n\n\
I due ambienti non si mescolano: un client id di sandbox che chiama l'URL del token di produzione riceve `401 invalid_client`, e viceversa. Quando segnali un problema, indicaci il client id dell'ambiente in cui si è verificato.",
        ),
        comments_closed: false,
    },
];

fn names(
    en: &'static str,
    en_desc: &'static str,
    it: &'static str,
    it_desc: &'static str,
) -> Vec<NewHcName> {
    vec![
        NewHcName {
            locale: Locale::En,
            name: Screened::constant(en),
            description: Screened::constant(en_desc),
        },
        NewHcName {
            locale: Locale::It,
            name: Screened::constant(it),
            description: Screened::constant(it_desc),
        },
    ]
}

/// Seeds the help center when it has no categories yet. Returns how many
/// articles were created.
pub async fn seed(store: &dyn Store, now: OffsetDateTime) -> anyhow::Result<usize> {
    if !store.hc_categories().await?.is_empty() {
        return Ok(0);
    }
    let mut categories = Vec::new();
    for (i, (en, en_d, it, it_d)) in CATEGORIES.iter().enumerate() {
        let c = store
            .hc_create_category(i as i64, &names(en, en_d, it, it_d))
            .await?;
        categories.push(c.id);
    }
    let mut sections = Vec::new();
    for (i, (cat, en, it)) in SECTIONS.iter().enumerate() {
        let s = store
            .hc_create_section(categories[*cat], i as i64, &names(en, "", it, ""))
            .await?;
        sections.push(s.id);
    }
    for (i, a) in ARTICLES.iter().enumerate() {
        let created = store
            .hc_create_article(
                NewHcArticle {
                    section_id: sections[a.section],
                    position: i as i64,
                    comments_closed: a.comments_closed,
                    author_id: None,
                    translation: web::help::translation_input(Locale::En, a.en.0, a.en.1, true)?,
                },
                now,
            )
            .await?;
        store
            .hc_save_translation(
                created.id,
                web::help::translation_input(Locale::It, a.it.0, a.it.1, true)?,
                now,
            )
            .await?;
    }
    Ok(ARTICLES.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_articles_pass_the_guard_and_cover_three_categories() {
        assert!(ARTICLES.len() >= 8);
        assert_eq!(CATEGORIES.len(), 3);
        for a in ARTICLES {
            for (title, body) in [a.en, a.it] {
                web::help::check_article_text(title, body)
                    .unwrap_or_else(|e| panic!("{title}: {e:?}"));
                assert!(!web::help::render_markdown(body).contains("<script"));
            }
        }
    }
}
