# -*- coding: utf-8 -*-
"""Positive templates: second-hand prose (migrated tickets, forwards, notes,
letters, forms, call-centre and accountant notes, sloppy colleague writing,
machine translation).  Slots: see gen.py."""

T = []


def P(lang, style, body, n=2, wrap="prose"):
    T.append(("P", lang, style, body, n, wrap))


# ======================================================================
# Italian: migrated tickets and e-mails
# ======================================================================
P("it", "migrated-ticket", """Buongiorno,
sto provando a collegarmi all'ambiente di collaudo ma ricevo sempre 401. Uso l'utente ⟦user⟧ con la password ⟦pw⟧, che mi avete mandato voi il ⟦data⟧.
Potete verificare?
Grazie""")
P("it", "migrated-ticket", """Salve, come da accordi telefonici vi comunico le credenziali del nostro gestionale per la verifica: login ⟦email⟧ / ⟦pws⟧
Vi prego di cancellare questa mail dopo l'uso.""")
P("it", "migrated-ticket", """Il cliente ha richiamato: l'SMS con il codice non arrivava, poi è arrivato con 20 minuti di ritardo (⟦otp⟧). Ormai era scaduto, lo riporto per completezza nel caso serva ai colleghi del fornitore SMS.""")
P("it", "migrated-ticket", """Gentili signori,
in allegato la richiesta di addebito una tantum. I dati della carta sono:
⟦card⟧ scad. ⟦exp⟧ CVV ⟦cvv⟧
Intestatario ⟦nome⟧.
Restiamo in attesa di conferma.""")
P("it", "migrated-ticket", """Vi chiedo di aggiornare l'IBAN per i rimborsi: il nuovo è ⟦itiban⟧ (intestato a ⟦azienda⟧). Il vecchio conto è stato chiuso il ⟦data⟧, quindi non usatelo più.""")
P("it", "migrated-ticket", """Per il bonifico di prova usate pure questi estremi: ABI ⟦itabi⟧, CAB ⟦itcab⟧, c/c n. ⟦itconto⟧, intestato a ⟦nome⟧. L'importo può essere simbolico (1 centesimo).""")
P("it", "migrated-ticket", """Ciao, il client secret che ci avete mandato nel 2021 non funziona più:

⟦cs⟧

è scaduto? Il client id è sempre ⟦cid⟧ e non l'abbiamo toccato.""")
P("it", "migrated-ticket", """Nel vecchio sistema avevamo salvato il token nel campo note del ticket, lo riporto qui prima che la migrazione lo perda: ⟦at⟧
(vale per l'ambiente di produzione)""")
P("it", "migrated-ticket", """Allego screenshot ma non si legge bene, trascrivo il refresh token a mano:
⟦rt⟧
se ho sbagliato qualche lettera ditemelo che rifaccio la foto""")
P("it", "migrated-ticket", """Domani il tecnico va in negozio a ⟦city⟧ per il test sul POS fisico. Il PIN della carta aziendale di prova è ⟦pin⟧, l'ho chiesto all'amministrazione stamattina.""")
P("it", "migrated-ticket", """Oggetto: accesso portale esercenti
Testo: il sig. ⟦nome⟧ non ricorda più la password. L'ultima che aveva impostato, dice, era "⟦pw⟧" ma il portale gliela rifiuta. Possiamo fare un reset?""")
P("it", "migrated-ticket", """Buonasera, durante il test della SCA il codice che mi è arrivato via SMS era ⟦otp⟧, l'ho inserito subito ma la pagina ha dato errore ⟦err⟧. Ripeto domattina.""")
P("it", "migrated-ticket", """Vi scrivo per conto di mio padre che non usa la mail. La sua carta è la ⟦card⟧, il numero dietro è ⟦cvv⟧. Vorrebbe sapere perché il pagamento del ⟦data⟧ risulta due volte.""")
P("it", "migrated-ticket", """Segnalo che nel ticket ⟦ticket⟧ (chiuso) il cliente aveva incollato la sua chiave privata per errore, la ricopio qui così la segnalate al security:

⟦pkec⟧

va revocata.""", n=2)
P("it", "migrated-ticket", """Per completare l'adesione al servizio SDD servono le coordinate del conto di addebito. Le nostre: ⟦itiban|sp⟧
Banca: filiale di ⟦city⟧, BIC ⟦bic⟧.""")
P("it", "migrated-ticket", """Abbiamo cambiato fornitore e ci siamo ritrovati questa chiave nel vecchio pannello: ⟦stripe⟧
È ancora attiva? Non sappiamo nemmeno chi l'abbia creata.""")
P("it", "migrated-ticket", """Buongiorno, per l'accesso SFTP ai flussi di rendicontazione usiamo l'utente ⟦user⟧, la password attuale è ⟦pws⟧ e scade a fine mese. Ci mandate la nuova via PEC?""")
P("it", "migrated-ticket", """In riferimento alla pratica ⟦pratica⟧ vi trasmetto gli estremi per il rimborso:
Beneficiario: ⟦nome⟧
Coordinate: ⟦itbban⟧ (il BBAN, l'IBAN completo non lo trovo)
Importo: ⟦euro⟧""")
P("it", "migrated-ticket", """Il codice di sblocco del token fisico è ⟦pin⟧ -- lo scrivo qui perché il collega ⟦first⟧ domani è in ferie e deve poter entrare chi lo sostituisce.""")
P("it", "migrated-ticket", """la banca ci ha mandato una lettera con il codice di attivazione dell'home banking aziendale (⟦otpl⟧) ma il portale dice che non è valido, mi sapete dire se serve anche il codice cliente?""")

P("it", "forwarded-mail", """Ciao ⟦first⟧,
come d'accordo ti mando le credenziali dell'ambiente di pre-produzione:

  utenza: ⟦user⟧
  pwd: ⟦pws⟧

ricordati di cambiarla dopo il primo accesso.""")
P("it", "forwarded-mail", """Egregi,
la nostra società ha aperto un nuovo rapporto presso altro istituto. Vi preghiamo di voler disporre i pagamenti futuri sul conto:
IBAN: ⟦itiban⟧
intestato a ⟦azienda⟧, P.IVA ⟦piva⟧.
Distinti saluti""")
P("it", "forwarded-mail", """Vi inoltro la risposta del partner tecnologico, che come vedete ci ha mandato il secret in chiaro (!!):

"Ecco i dati per l'ambiente live: client_id ⟦cid⟧, client_secret ⟦cs⟧. Non condividete con terzi."

Come ci comportiamo?""")
P("it", "forwarded-mail", """Buongiorno,
ricevuto il vostro sollecito. Il codice dispositivo richiesto è ⟦pin⟧, lo stesso che usiamo per firmare le distinte. Fateci sapere se vi serve altro.""")
P("it", "forwarded-mail", """Salve, l'addebito di ⟦euro⟧ non ci risulta autorizzato. La carta coinvolta è la ⟦visa⟧ (visa aziendale). Per il riconoscimento la vostra collega ci ha chiesto anche il CVV, che è ⟦cvv⟧.""")
P("it", "forwarded-mail", """Da parte dello studio del commercialista (rif. ⟦nome⟧):
per l'F24 del mese prossimo addebitate pure il conto ⟦itiban|sp⟧, come l'anno scorso.""")

# ---------------------------------------------------------------- wiki etc.
P("it", "wiki", """= Ambiente di collaudo (pagina storica, NON aggiornata) =

Questa pagina è stata importata dalla vecchia Confluence il ⟦data⟧.

== Accessi ==
* Portale partner: https://⟦host⟧/partner
* Utente di servizio: ⟦user⟧
* Password: ⟦pws⟧
* Referente: ⟦nome⟧ (int. ⟦ext⟧)

== Note ==
Il certificato scade ogni anno a marzo. Chiedere al fornitore il rinnovo con due settimane di anticipo.""", wrap=None)
P("it", "runbook", """Runbook – rotazione credenziali open banking
Versione ⟦ver⟧ – ⟦data⟧

1. Accedere alla console dell'ASPSP con la smart card.
2. Generare un nuovo client secret dalla sezione "Applicazioni".
3. Copiarlo nel vault (percorso kv/psd2/prod).
4. Riavviare i pod del gateway uno alla volta.

Appunto lasciato dal collega durante l'ultima rotazione (da cancellare!):
nuovo secret = ⟦cs⟧

5. Verificare con una chiamata /accounts che risponda 200.
6. Chiudere il change in ServiceNow.""", wrap=None)
P("it", "onboarding-checklist", """CHECKLIST NUOVO ASSUNTO – ⟦nome⟧

[x] account di dominio creato
[x] badge richiesto (n. ⟦num⟧)
[x] accesso a Jira e Confluence
[ ] password iniziale portale partner: ⟦pw⟧  (cambiarla al primo login!)
[ ] installare VPN client ⟦ver⟧
[ ] corso sicurezza entro il ⟦data⟧""", wrap=None)
P("it", "onboarding-checklist", """Onboarding merchant ⟦azienda⟧
- contratto firmato: sì (⟦data⟧)
- P.IVA: ⟦piva⟧
- conto di accredito: ABI ⟦itabi⟧ / CAB ⟦itcab⟧ / conto ⟦itconto⟧
- BIC: ⟦bic⟧
- referente tecnico: ⟦nome⟧, ⟦tel⟧
- chiave API sandbox consegnata a mano: ⟦apikey⟧""", wrap=None)
P("it", "partner-notes", """Note call con ⟦azienda⟧ del ⟦data⟧
Presenti: ⟦nome⟧, ⟦nome2⟧, io

- loro ambiente: ⟦host⟧
- usano ancora la v1 delle API, migrazione prevista per Q3
- client_id: ⟦cid⟧
- secret (me l'ha dettato ⟦first⟧ al telefono, da verificare): ⟦cs⟧
- problema aperto: i webhook arrivano due volte
- prossima call tra due settimane""", wrap=None)
P("it", "partner-notes", """Appunti integrazione ⟦azienda⟧

Il loro tecnico dice che per entrare nel backoffice basta l'utenza condivisa "⟦user⟧", password ⟦pw⟧ (la stessa da anni, non ho commentato).
Da verificare:
* callback URL in whitelist
* limiti di rate (⟦num⟧ richieste al secondo?)
* formato degli importi (centesimi o euro)""", wrap=None)
P("it", "changelog", """## [⟦ver⟧] – ⟦data⟧
### Corretto
- Il refresh del token non veniva ritentato dopo un 503.
- Errore di arrotondamento sugli importi in yen.
### Modificato
- Le credenziali demo della sandbox sono cambiate: utente `demo`, password `⟦pw⟧`.
### Rimosso
- Supporto a TLS 1.1.""", wrap=None)
P("it", "release-notes", """Note di rilascio – app esercenti ⟦ver⟧

Novità
• Nuova schermata di riconciliazione.
• Esportazione in Excel dei movimenti.

Per i tester: la build interna è firmata con la chiave di debug; la password del keystore è ⟦pws⟧ (chiedere a ⟦first⟧ il file .jks).

Problemi noti
• Su alcuni Xiaomi la notifica push arriva in ritardo.""", wrap=None)

# ------------------------------------------------------------ letters & forms
P("it", "bank-letter", """⟦banca|up⟧ S.p.A.
Filiale di ⟦city⟧

Spett.le ⟦azienda⟧

Oggetto: comunicazione coordinate bancarie

Con la presente Vi comunichiamo le coordinate del rapporto di conto corrente a Voi intestato:

IBAN      ⟦itiban|sp⟧
BIC       ⟦bic⟧
ABI ⟦itabi⟧  CAB ⟦itcab⟧  CIN ⟦itcin⟧

Distinti saluti
Il Direttore""", wrap=None)
P("it", "bank-letter", """Gentile Cliente,
Le inviamo in busta separata il codice PIN relativo alla carta ⟦mcard⟧.

        CODICE PIN:   ⟦pin⟧

La invitiamo a memorizzarlo e a distruggere la presente comunicazione. Il codice non verrà mai richiesto dalla Banca tramite telefono o e-mail.""", wrap=None)
P("it", "sepa-mandate", """MANDATO PER ADDEBITO DIRETTO SEPA (SDD CORE)
Riferimento del mandato: ⟦mandate⟧
Identificativo del creditore: ⟦credid⟧
Nome del creditore: ⟦azienda⟧

Nome del debitore: ⟦nome⟧
Indirizzo: Via Roma ⟦num⟧, ⟦cap⟧ ⟦city⟧
Codice IBAN del debitore: ⟦itiban|c⟧
Codice SWIFT BIC: ⟦bic⟧
Tipo di pagamento: ricorrente

Luogo e data: ⟦city⟧, ⟦data⟧      Firma: ______________""", wrap=None)
P("it", "sepa-mandate", """Modulo adesione RID (testo estratto dal PDF)

Il sottoscritto ⟦nome⟧ autorizza ⟦azienda⟧ ad addebitare sul conto
n. ⟦itconto⟧ presso la banca ABI ⟦itabi⟧ CAB ⟦itcab⟧
gli importi relativi al contratto ⟦pratica⟧.
Data ⟦data⟧""", wrap=None)
P("it", "bank-letter", """Oggetto: bonifico estero – coordinate del beneficiario

Beneficiario: ⟦nome⟧
Banca: Banco de Levante, Valencia
Entidad ⟦esent⟧  Oficina ⟦esofi⟧  DC ⟦esdc⟧  Cuenta ⟦escta⟧
Causale: saldo fattura ⟦fattura⟧""", wrap=None)

# ------------------------------------------------------ accountant notes etc
P("it", "accountant-note", """Nota per la contabilità:
il fornitore ⟦azienda⟧ ha cambiato banca a ⟦data⟧. Nuove coordinate da registrare in anagrafica: ⟦itiban|sp⟧.
Il vecchio IBAN (⟦miban⟧) va disattivato, NON cancellato, serve per lo storico.""", wrap=None)
P("it", "accountant-note", """Promemoria ⟦first⟧ – home banking aziendale
utente ⟦num⟧⟦build⟧
pin dispositivo ⟦pin⟧
(la chiavetta sta nel secondo cassetto)""", wrap=None)
P("it", "accountant-note", """Riconciliazione di marzo: 3 incassi senza causale. Due arrivano dal conto ⟦itiban⟧ (cliente ⟦nome⟧), il terzo da un IBAN tedesco: ⟦deiban⟧. Chiedo all'ufficio crediti.""", wrap=None)
P("it", "call-notes", """CHIAMATA IN ENTRATA ⟦ora⟧ – cliente ⟦nome⟧ (tel ⟦tel⟧)
Lamenta addebito doppio del ⟦data⟧. Ha letto al telefono il numero della carta ⟦card⟧ e anche il codice dietro, ⟦cvv⟧, nonostante gli avessi detto che non serviva.
Aperta pratica ⟦pratica⟧, richiamare entro 48h.""", wrap=None)
P("it", "call-notes", """note operatore ⟦first⟧ – turno pomeriggio
cliente confuso, continuava a dettare il codice dell'SMS: ⟦otp⟧ (gli ho detto di NON comunicarlo a nessuno, nemmeno a noi)
problema: bonifico istantaneo bloccato per verifica
esito: trasferito al 2° livello""", wrap=None)
P("it", "call-notes", """Riepilogo chiamata
Chiamante: ⟦nome⟧ per conto di ⟦azienda⟧
Motivo: non riesce a fare login all'area riservata
Dichiara password attuale "⟦pw⟧" – verificata, è corretta, il problema è l'utenza bloccata dopo 5 tentativi
Azione: sblocco utenza, nessuna modifica alla password""", wrap=None)
P("it", "call-notes", """Ore ⟦ora⟧, signora ⟦nome⟧ chiede rimborso. Coordinate lette al telefono: ⟦itiban|sp⟧. Intestataria lei stessa. Inoltrato a back office.""", wrap=None)

# ------------------------------------------------------------ colleague chat-ish
P("it", "handover", """passaggio consegne ⟦data⟧
- ticket ⟦ticket⟧ ancora aperto, aspetta risposta banca
- la psw del db di collaudo è cambiata, ora è ⟦pw⟧
- il job notturno di riconciliazione ha fallito 2 volte, vedi log
- ⟦first⟧ chiede se qualcuno può fare il deploy venerdì""", wrap=None)
P("it", "handover", """x chi fa il turno domani: il cliente ⟦azienda⟧ richiama verso le 10. Gli avevamo dato un token temporaneo x i test (⟦at⟧), se ancora nn va generatene un altro.
cmq il problema vero è il certificato""", wrap=None)
P("it", "colleague-note", """oh ma la psw del sftp è ancora ⟦pw⟧? nn mi fa entrare, dice auth failed""", wrap=None)
P("it", "colleague-note", """ti giro il cod. disp. che mi ha dettato il cliente: ⟦pin⟧. vedi tu se serve ancora, io stacco""", wrap=None)
P("it", "colleague-note", """nr conto ⟦itconto⟧ abi ⟦itabi⟧ cab ⟦itcab⟧ x il rimborso della sig.ra ⟦nome⟧, fammi sapere qnd l'hai fatto grz""", wrap=None)
P("it", "colleague-note", """ué, 'sto token ⟦at⟧ ndo lo metto? nell'header Authorization o nel body? il fornitore nn risponde""", wrap=None)
P("it", "colleague-note", """cmq la chiave live è questa ⟦stripe⟧ ma nn dirlo in giro che ci ammazzano""", wrap=None)
P("it", "colleague-note", """ciò, la chiavetta nuova ha il pin ⟦pin⟧, quello vecchio nn va più. l'ho scritto anche sul post-it ma l'hanno buttato""", wrap=None)
P("it", "colleague-note", """bona ragazzi, per l'accesso al portale della banca: utente ⟦user⟧ psw ⟦pws⟧ – è quello condiviso, nn cambiatela senza avvisare ⟦first⟧!!""", wrap=None)
P("it", "colleague-note", """mannaggia, il cliente mi ha mandato su whatsapp la foto della carta. trascrivo: ⟦card⟧ ⟦exp⟧ e dietro ⟦cvv⟧. gli dico di bloccarla?""", wrap=None)
P("it", "colleague-note", """daje che ci siamo: secret nuovo ⟦cs⟧, id sempre ⟦cid⟧. provalo tu che io ho la vpn giù""", wrap=None)
P("it", "colleague-note", """tnx x ieri. ah, il codice che ti serviva x la firma era ⟦otp⟧ ma ormai sarà scaduto""", wrap=None)

# ------------------------------------------------------------- sloppy / caps
P("it", "sloppy", """URGENTE IL CLIENTE NON RIESCE AD ENTRARE HA PROVATO CON LA PASSWORD ⟦pw|up⟧ MA DICE ERRATA. RICHIAMARE AL ⟦tel⟧""", wrap=None)
P("it", "sloppy", """buongiorno la pasword nuova ke mi avete dato è ⟦pw⟧ ma nn funzina, mi dice utente bloccato cosa devo fare??""", wrap=None)
P("it", "sloppy", """salve il codce che mi e arrivato e ⟦otp⟧ ma il sito dice scaduto,ne potete mandare un altro grazie""", wrap=None)
P("it", "sloppy", """CARTA ⟦card⟧ CVV⟦cvv⟧ SCAD ⟦exp⟧ ADDEBITARE 1 EURO DI PROVA E POI STORNARE""", wrap=None)
P("it", "sloppy", """il mio iban e ⟦itiban|low⟧ accreditate li il rimborso x favore e gia la terza volta ke scrivo""", wrap=None)
P("it", "sloppy", """ilcodicesegretodelclientèè⟦cs⟧ (scusate la tastiera non va lo spazio)""", wrap=None)
P("it", "sloppy", """pin:⟦pin⟧ cvv:⟦cvv⟧ (mi ha scritto cosi il cliente nella chat, nn so a che carta si riferisce)""", wrap=None)

# --------------------------------------------------------- machine translation
P("it", "machine-translated", """[Tradotto automaticamente dall'inglese]
Ciao squadra, il gettone di accesso per l'ambiente di produzione è ⟦jwt⟧ e scade tra un'ora. Il gettone di aggiornamento è ⟦rt⟧. Per favore non condividere.""", wrap=None)
P("it", "machine-translated", """[Traduzione automatica]
Gentile supporto, il segreto del cliente che abbiamo ricevuto è ⟦cs⟧ ma l'endpoint restituisce "cliente non valido". L'identificativo del cliente è ⟦cid⟧.""", wrap=None)
P("it", "machine-translated", """(tradotto da Google) Salve, il mio numero di carta è ⟦card⟧ e il valore di verifica della carta è ⟦cvv⟧. Il pagamento è stato rifiutato due volte senza motivo.""", wrap=None)
P("it", "machine-translated", """[Traduzione automatica dal tedesco] Buongiorno, il nostro numero di conto è ⟦dekto⟧ presso il codice bancario ⟦deblz⟧. Si prega di rimborsare l'importo di ⟦euro⟧.""", wrap=None)

# ======================================================================
# English
# ======================================================================
P("en", "migrated-ticket", """Hi team,
we're still getting invalid_client from the token endpoint in sandbox. The credentials we were given at onboarding are:
client id: ⟦cid⟧
secret: ⟦cs⟧
Could you check whether they were revoked during your migration?""")
P("en", "migrated-ticket", """Hello, I can't log into the merchant dashboard any more. I'm sure the password is ⟦pw⟧ because I wrote it down when I set it up on ⟦date⟧. Please help, we can't issue refunds.""")
P("en", "migrated-ticket", """Customer reports the one-time passcode arrived very late. For reference the code in the text message was ⟦otp⟧, received at ⟦ora⟧ while the challenge had been issued at least ten minutes earlier.""")
P("en", "migrated-ticket", """Please refund the duplicate charge to the card used originally: ⟦card⟧, expiry ⟦exp⟧, security code ⟦cvv⟧. The cardholder is ⟦name⟧.""")
P("en", "migrated-ticket", """Our bank details have changed. Going forward please pay into sort code ⟦uksort⟧, account number ⟦ukacc⟧ (⟦company⟧). The old account will be closed at the end of the month.""")
P("en", "migrated-ticket", """We found an old API key in our legacy CMS that was copied over from your previous platform: ⟦apikey⟧
Is this still valid? We'd like to revoke it if so.""")
P("en", "migrated-ticket", """Re-opening this. The bearer token we use for the reporting endpoint is below; it's the one generated yesterday so it shouldn't have expired:

⟦jwt⟧

Still getting 403 on /v2/reports.""")
P("en", "migrated-ticket", """Hi, the SCA challenge keeps failing. My phone shows the code ⟦otp⟧ but the page says it's wrong. I've tried three times now and it's locked me out.""")
P("en", "migrated-ticket", """Can you update our payout account to IBAN ⟦iban⟧ (BIC ⟦bic⟧)? We moved banks last week. Thanks, ⟦efirst⟧""")
P("en", "migrated-ticket", """Hello,
I am the finance manager at ⟦company⟧. For the direct debit please use:
Account name: ⟦company⟧
Sort code / account: ⟦ukpair⟧
Reference: ⟦invoice⟧""")
P("en", "migrated-ticket", """The refresh token stopped working after your maintenance window. This is the one the app has stored: ⟦rt⟧. We didn't change anything on our side.""")
P("en", "migrated-ticket", """Our developer left and all I have is this text file called 'keys.txt' with one line in it: ⟦vk⟧
Can you tell me what it is and whether we need it?""")
P("en", "migrated-ticket", """We're integrating card-present payments. The test card in our lab has PIN ⟦pin⟧ and every transaction is declined with 'incorrect PIN' even though that's the PIN printed on the card carrier.""")
P("en", "migrated-ticket", """Sorry for the long email. Background: we are a small charity that takes donations online. In March our web agency rebuilt the site, and since then about one in ten donations fails. The agency is no longer answering, but they did leave us an admin login for the payment settings page, which is ⟦email⟧ with the password ⟦pws⟧. Could one of your team log in and see whether something is misconfigured? We're not technical and any help is appreciated.""")
P("en", "migrated-ticket", """Hi, this is the private key that was generated for our mTLS connection. I'm sending it because the portal says the CSR doesn't match:

⟦pkrsa⟧

Thanks""")
P("en", "migrated-ticket", """Hiya – quick one. The verification code I was sent is ⟦otp⟧, the app says 'expired' straight away. Phone clock is right. Any ideas?""")
P("en", "migrated-ticket", """We are getting 401 on the webhook registration. For context, we authenticate with Basic auth using our partner credentials (base64: ⟦basic⟧). Is the header format wrong?""")
P("en", "migrated-ticket", """Forwarding on behalf of our accounts payable team: the supplier's bank details in Germany are BLZ ⟦deblz⟧, Kontonummer ⟦dekto⟧. Please set them up for the next payment run.""")
P("en", "migrated-ticket", """Our French subsidiary provided this RIB for the refund: ⟦frrib⟧ (Banque ⟦frbanque⟧). Could you confirm once processed?""")
P("en", "migrated-ticket", """Refund request – the customer sent their Spanish account details: CCC ⟦esccc⟧. They said they don't have the IBAN to hand.""")

P("en", "forwarded-mail", """Hi ⟦efirst⟧,

As discussed, here are the staging credentials:

   username: ⟦user⟧
   password: ⟦pws⟧

Please change the password after your first login. The VPN profile is attached separately.""")
P("en", "forwarded-mail", """Dear Sir or Madam,
Further to our telephone conversation this morning, please find our company bank account details below for the settlement of invoice ⟦invoice⟧:
IBAN: ⟦ukiban⟧
BIC: ⟦bic⟧
Yours faithfully""")
P("en", "forwarded-mail", """Hey – passing this along. The partner sent their live credentials in plain text (again):

> client_id = ⟦cid⟧
> client_secret = ⟦cs⟧

Someone should tell them to use the secure portal.""")
P("en", "forwarded-mail", """Morning. My colleague says you asked for the one-time code our bank's login card reader generated; it's ⟦otpl⟧. The reader's serial is on the back, I can send a photo if needed.""")
P("en", "forwarded-mail", """Hello, the charge of ⟦amount⟧ on ⟦date⟧ was not made by us. The card is ⟦mc⟧ (company Mastercard). Your agent asked for the CVC to verify it's ours – it's ⟦cvv⟧.""")

P("en", "wiki", """h1. Sandbox environment (legacy page – imported)

_Last edited by ⟦name⟧ on ⟦date⟧_

h2. Access
* Partner portal: https://⟦host⟧/partner
* Service account: ⟦user⟧
* Password: ⟦pws⟧
* Owner: ⟦name2⟧ (ext ⟦ext⟧)

h2. Notes
The certificate expires every March. Ask the vendor for renewal two weeks in advance.""", wrap=None)
P("en", "runbook", """RUNBOOK: rotate open-banking client secret
Owner: Payments Platform | Rev ⟦ver⟧ | ⟦date⟧

1. Log into the ASPSP developer console with the team smart card.
2. Generate a new client secret under Applications > ⟦cidslug⟧.
3. Store it in the vault under kv/psd2/prod.
4. Roll the gateway pods one at a time.
5. Smoke test: GET /accounts should return 200.

Scratch (delete after rotation!!): new secret is ⟦cs⟧

6. Close the change ticket.""", wrap=None)
P("en", "onboarding-checklist", """NEW STARTER CHECKLIST – ⟦name⟧

[x] Laptop issued (asset ⟦num⟧)
[x] SSO account
[x] Slack + Jira
[ ] Temporary password for the partner portal: ⟦pw⟧ – must be changed on first login
[ ] Install VPN client ⟦ver⟧
[ ] Security training by ⟦date⟧""", wrap=None)
P("en", "onboarding-checklist", """Merchant onboarding – ⟦company⟧
- contract signed: yes (⟦date⟧)
- settlement account: sort code ⟦uksort⟧ acct ⟦ukacc⟧
- ops contact: ⟦name⟧, ⟦phone⟧
- sandbox API key handed over on the call: ⟦apikey⟧
- go-live target: end of quarter""", wrap=None)
P("en", "partner-notes", """Call notes – ⟦company⟧ integration, ⟦date⟧
Attendees: ⟦name⟧, ⟦name2⟧, me

- their env: ⟦host⟧
- still on API v1, moving to v2 next quarter
- client_id: ⟦cid⟧
- secret (read out over the phone by ⟦efirst⟧ – double-check): ⟦cs⟧
- open issue: webhooks delivered twice
- follow-up in two weeks""", wrap=None)
P("en", "partner-notes", """Integration notes (inherited from the previous account manager)

They share a single backoffice login, "⟦user⟧" / ⟦pw⟧, between five people. Flagged it, no reaction.
TODO:
* callback URL whitelisting
* rate limits (⟦num⟧ rps?)
* amounts in minor units?""", wrap=None)
P("en", "changelog", """## [⟦ver⟧] - ⟦date⟧
### Fixed
- Token refresh was not retried after a 503.
- Rounding error on JPY amounts.
### Changed
- Rotated the staging Stripe key. The old one (⟦stripet⟧) is revoked; update your .env.
### Removed
- TLS 1.1 support.""", wrap=None)
P("en", "release-notes", """Release notes – Merchant app ⟦ver⟧

What's new
• Reconciliation screen
• Excel export of transactions

For testers: the internal build is signed with the debug keystore, store password ⟦pws⟧ (ask ⟦efirst⟧ for the .jks).

Known issues
• Push notifications are delayed on some Xiaomi devices.""", wrap=None)

P("en", "bank-letter", """KESTREL BANK PLC
⟦ecity⟧ branch

Dear Customer,

Your new PIN for the card ending ⟦mcard⟧ is shown below.

                ⟦pin⟧

Please memorise it and destroy this letter. We will never ask for your PIN by phone or email.""", wrap=None)
P("en", "bank-letter", """Confirmation of account opening

Account holder: ⟦company⟧
Sort code: ⟦uksort⟧
Account number: ⟦ukacc⟧
IBAN: ⟦ukiban|sp⟧
BIC: ⟦bic⟧

Please keep this letter for your records.""", wrap=None)
P("en", "sepa-mandate", """SEPA Direct Debit Mandate
Mandate reference: ⟦mandate⟧
Creditor identifier: ⟦credid⟧
Creditor name: ⟦company⟧

Debtor name: ⟦name⟧
Debtor IBAN: ⟦iban|c⟧
Debtor BIC: ⟦bic⟧
Type of payment: recurrent

Place and date: ⟦ecity⟧, ⟦date⟧   Signature: ____________""", wrap=None)
P("en", "accountant-note", """Note for bookkeeping:
supplier ⟦company⟧ changed banks on ⟦date⟧. New details for the vendor master: ⟦ukpair⟧.
Old account (⟦miban⟧) to be deactivated, not deleted – we need it for history.""", wrap=None)
P("en", "accountant-note", """Reminder to self (⟦efirst⟧) – business banking
customer number ⟦build⟧⟦num⟧
card reader PIN ⟦pin⟧
(reader lives in the top drawer)""", wrap=None)
P("en", "call-notes", """INBOUND CALL ⟦ora⟧ – caller ⟦name⟧ (⟦phone⟧)
Disputes a double charge from ⟦date⟧. Read out the full card number ⟦card⟧ and the CVV ⟦cvv⟧ before I could stop him.
Case ⟦pratica⟧ opened, callback within 48h.""", wrap=None)
P("en", "call-notes", """agent notes – ⟦efirst⟧, late shift
customer kept reading me the text message code: ⟦otp⟧ (told her NOT to share it with anyone, us included)
issue: faster payment held for review
outcome: escalated to L2""", wrap=None)
P("en", "call-notes", """Call summary
Caller: ⟦name⟧ on behalf of ⟦company⟧
Reason: cannot log in to the portal
States current password is "⟦pw⟧" – that's correct, the account was locked after 5 attempts
Action: unlocked, no password change""", wrap=None)

P("en", "handover", """handover ⟦date⟧
- ⟦ticket⟧ still open, waiting on the bank
- staging db pw changed, it's now ⟦pw⟧
- nightly recon job failed twice, see logs
- ⟦efirst⟧ asking if anyone can do the Friday deploy""", wrap=None)
P("en", "colleague-note", """fyi the sftp pwd is still ⟦pw⟧ afaik, lmk if it bounces""", wrap=None)
P("en", "colleague-note", """pls use this token for the demo tmrw: ⟦at⟧ – it's a prod-like one so don't paste it anywhere public lol""", wrap=None)
P("en", "colleague-note", """acct details for the refund: ⟦ukpair⟧, name ⟦name⟧. thx!""", wrap=None)
P("en", "colleague-note", """the customer whatsapp'd me a photo of their card smh. transcribing: ⟦card⟧ exp ⟦exp⟧ cvv ⟦cvv⟧. should I tell them to cancel it?""", wrap=None)
P("en", "colleague-note", """new secret's ⟦cs⟧, client id unchanged. can you try it? my vpn's dead""", wrap=None)

P("en", "sloppy", """URGENT CUSTOMER LOCKED OUT TRIED PASSWORD ⟦pw|up⟧ SAYS INVALID PLEASE CALL BACK ON ⟦phone⟧""", wrap=None)
P("en", "sloppy", """hi the pasword you gave me ⟦pw⟧ doesnt work it says acount locked what do i do""", wrap=None)
P("en", "sloppy", """CARD ⟦card⟧ CVV⟦cvv⟧ EXP ⟦exp⟧ CHARGE 1 GBP TEST THEN REFUND""", wrap=None)
P("en", "sloppy", """thecodeis⟦otp⟧ sorry my space bar is broken""", wrap=None)
P("en", "sloppy", """clinet secret: ⟦cs⟧ (typo in the field name is theirs not mine)""", wrap=None)

P("en", "machine-translated", """[Automatically translated from Italian]
Good morning, I write for to communicate that the word of order of the portal is ⟦pw⟧ and the code of the client is ⟦cid⟧. We remain at disposal.""", wrap=None)
P("en", "machine-translated", """[Machine translation]
Dear assistance, the secret of the customer we have received is ⟦cs⟧ but the point of end returns "customer not valid".""", wrap=None)
P("en", "machine-translated", """(translated by Google) Hello, the number of my paper is ⟦card⟧ and the code of security behind is ⟦cvv⟧. The payment was refused two times.""", wrap=None)
P("en", "machine-translated", """[Auto-translated from Spanish] Good afternoon, our account is Entity ⟦esent⟧ Office ⟦esofi⟧ DC ⟦esdc⟧ Account number ⟦escta⟧. Please return the amount of ⟦amount⟧.""", wrap=None)
P("en", "machine-translated", """[Translated from French] Hello, here is our bank identity statement: bank ⟦frbanque⟧, counter ⟦frguichet⟧, account number ⟦frcompte⟧, key RIB ⟦frcle⟧. Thank you for the refund.""", wrap=None)
