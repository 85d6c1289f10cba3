#!/usr/bin/env python3
"""gen_fresh17.py - deterministic generator of a labeled holdout corpus for the
help-desk secret guard.  Style: "text that went through other hands" - mail
quoted and re-wrapped, HTML converted to text, Word/Outlook pastes, chat
exports, Markdown/wiki, notebooks, escaped JSON logs, URL-encoded bodies,
base64 blobs, Unicode noise, mobile autocorrect, machine translation, PDF
copies, spreadsheet cells, terminal copies, diffs, bad masking, mojibake, OCR.

Standard library only, fixed seed.  Writes fresh17.jsonl next to this file.
Every secret is built between private-use markers, every transformation keeps
the markers, and the final labels are the exact characters between them.
"""
import base64
import json
import os
import random
import re
import string
import sys
from urllib.parse import quote, quote_plus

SEED = 17_2025_0317
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'fresh17.jsonl')

KINDS = ['access_token', 'client_secret', 'refresh_token', 'private_key',
         'vendor_key', 'card_number', 'cvv', 'iban', 'bank_account',
         'password', 'pin']

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
B62 = UP + LO + DG
HEX = '0123456789abcdef'
B64 = B62 + '+/'
B64U = B62 + '-_'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def rs(n, alpha=B62):
    return ''.join(R.choice(alpha) for _ in range(n))


def rdig(n):
    return rs(n, DG)


def shuffled(xs):
    xs = list(xs)
    R.shuffle(xs)
    return xs


def sample(xs, k):
    return R.sample(list(xs), min(k, len(xs)))


def uuid4():
    h = rs(32, HEX)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], ch('89ab'), h[17:20], h[20:32])


def b64s(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def b64u_bytes(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode('ascii')


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- markers --
OPEN, CLOSE = '\ue000', '\ue001'
TOK = re.compile('\ue000[\ue100-\ue1ff]|\ue001')
SPAN = re.compile('\ue000([\ue100-\ue1ff])(.*?)\ue001', re.S)
KINDS_CUR = []


def M(value, kind):
    """Mark a secret value (the exact characters that will be labelled)."""
    assert kind in KINDS, kind
    KINDS_CUR.append(kind)
    idx = len(KINDS_CUR) - 1
    assert idx < 256
    return OPEN + chr(0xE100 + idx) + value + CLOSE


def clean(t):
    return TOK.sub('', t)


def vlen(t):
    return len(clean(t))


def span_kind(m):
    return KINDS_CUR[ord(m.group(1)) - 0xE100]


def first_kind(t):
    m = SPAN.search(t)
    return span_kind(m) if m else None


def segmap(t, f):
    """Apply a character-local transform to every piece of text, keeping markers."""
    parts = TOK.split(t)
    toks = TOK.findall(t)
    out = [f(parts[0])]
    for tk, p in zip(toks, parts[1:]):
        out.append(tk)
        out.append(f(p))
    return ''.join(out)


def inmap(t, f, kinds=None):
    """Apply f inside marked values only (optionally only for some kinds)."""
    def rep(m):
        if kinds is not None and span_kind(m) not in kinds:
            return m.group(0)
        return OPEN + m.group(1) + f(m.group(2)) + CLOSE
    return SPAN.sub(rep, t)


def outmap(t, f):
    """Apply f outside marked values only."""
    out, pos = [], 0
    for m in SPAN.finditer(t):
        out.append(f(t[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(f(t[pos:]))
    return ''.join(out)


def balanced(prefix):
    return prefix.count(OPEN) == prefix.count(CLOSE)


def vsplit(w, n):
    """Split w after n visible characters; never leave an opening marker at a line end."""
    cnt = i = 0
    while i < len(w):
        c = w[i]
        if c == OPEN:
            if cnt >= n:
                break
            i += 2
            continue
        if c == CLOSE:
            i += 1
            continue
        if cnt >= n:
            break
        cnt += 1
        i += 1
    return w[:i], w[i:]


def wrap(text, width=72, hard=True, hyphen=False):
    out = []
    for line in text.split('\n'):
        if vlen(line) <= width:
            out.append(line)
            continue
        ind = re.match(r'[ \t]*', line).group(0)
        words = line[len(ind):].split(' ')
        cur = None
        for w in words:
            cand = (ind + w) if cur is None else cur + ' ' + w
            if vlen(cand) <= width:
                cur = cand
                continue
            if cur is not None and clean(cur).strip():
                out.append(cur)
            while (hard or hyphen) and vlen(w) > width:
                if hyphen:
                    a, b = vsplit(w, width - 1)
                    out.append(a + '-')
                else:
                    a, b = vsplit(w, width)
                    out.append(a)
                w = b
            cur = w
        if cur is not None:
            out.append(cur)
    return '\n'.join(out)


def fold(text, width=72):
    """fixed-column hard wrap (fold -w): cuts words and values wherever column 72 falls"""
    out = []
    for line in text.split('\n'):
        while vlen(line) > width:
            a, b = vsplit(line, width)
            out.append(a)
            line = b
        out.append(line)
    return '\n'.join(out)


def quote_block(t, nested=False, prefix='> '):
    out = []
    for ln in t.split('\n'):
        if ln == '':
            out.append(prefix.rstrip())
        elif nested and clean(ln).startswith('>'):
            out.append('>' + ln)
        else:
            out.append(prefix + ln)
    return '\n'.join(out)


def ragged(t, width):
    """Naive re-wrap of already quoted lines: the comb effect of mail clients."""
    out = []
    for ln in t.split('\n'):
        if vlen(ln) <= width or not chance(0.8):
            out.append(ln)
            continue
        c = clean(ln)
        cut = c.rfind(' ', 0, width)
        if cut <= 2:
            out.append(ln)
            continue
        a, b = vsplit(ln, cut)
        # b starts with the space
        if clean(b).startswith(' '):
            j = b.index(' ')
            b = b[:j] + b[j + 1:]
        out.append(a)
        out.append(b)
    return '\n'.join(out)


# ------------------------------------------------------- value helpers --
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


CARD_PREFIX = [('411111', 16), ('424242', 16), ('400000', 16), ('453914', 16),
               ('401288', 16), ('455673', 16), ('555555', 16), ('510510', 16),
               ('520082', 16), ('222300', 16), ('542523', 16), ('378282', 15),
               ('371449', 15), ('601111', 16), ('353011', 16), ('305693', 14),
               ('620000', 16), ('400005', 16), ('516732', 16)]


def card_digits():
    p, n = ch(CARD_PREFIX)
    return luhn_complete(p + rdig(n - len(p) - 1))


def bad_card_digits():
    d = card_digits()
    last = (int(d[-1]) + rint(1, 9)) % 10
    d = d[:-1] + str(last)
    assert not luhn_ok(d)
    return d


CARD_SEPS = [' ', ' ', ' ', ' ', '-', '-', '.', '  ', ' - ', '/', '\u00a0', '\u2009', '_', '']


def card_fmt(d, sep=None):
    n = len(d)
    if n == 15:
        groups = [4, 6, 5]
    elif n == 14:
        groups = [4, 6, 4]
    else:
        groups = [4] * (n // 4) + ([n % 4] if n % 4 else [])
        if chance(0.06):
            groups = [8, 8] if n == 16 else groups
    parts, i = [], 0
    for g in groups:
        parts.append(d[i:i + g])
        i += g
    if sep is None:
        sep = ch(CARD_SEPS)
    out = parts[0]
    for p in parts[1:]:
        s = sep if not chance(0.15) else ch(CARD_SEPS[:8])
        out += s + p
    return out


def mod97(s):
    return int(''.join(str(int(c, 36)) for c in s)) % 97


def iban_from(cc, bban):
    ck = 98 - mod97(bban + cc + '00')
    return '%s%02d%s' % (cc, ck, bban)


def iban_valid(s):
    s = re.sub(r'[^0-9A-Za-z]', '', s).upper()
    if len(s) < 15 or not re.match(r'^[A-Z]{2}\d{2}', s):
        return False
    return mod97(s[4:] + s[:4]) == 1


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def rib_key(banque, guichet, compte):
    conv = {}
    for digit, letters in (('1', 'AJ'), ('2', 'BKS'), ('3', 'CLT'), ('4', 'DMU'), ('5', 'ENV'),
                           ('6', 'FOW'), ('7', 'GPX'), ('8', 'HQY'), ('9', 'IRZ')):
        for l in letters:
            conv[l] = digit
    c = ''.join(conv.get(x, x) for x in compte.upper())
    return '%02d' % (97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(c)) % 97))


def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return '%d%d' % (d('00' + ent + ofi), d(cta))


def pt_nib_check(s19):
    return '%02d' % (98 - (int(s19) * 100) % 97)


def be_check(s10):
    r = int(s10) % 97
    return '%02d' % (97 if r == 0 else r)


IT_ABI = ['03069', '02008', '05034', '03062', '01030', '03111', '05696', '08327', '05387',
          '03104', '06230', '05584', '03440', '02008', '07601', '03015', '05428']
DE_BLZ = ['37040044', '10070000', '50010517', '20041133', '70020270', '12030000',
          '76026000', '43060967', '50070024', '66050101']
FR_BANK = ['30004', '30003', '10278', '20041', '11315', '30002', '18206', '14505']
ES_ENT = ['2100', '0049', '0182', '0081', '2038', '0128', '1465', '0075']
GB_BANK = [('NWBK', '60'), ('BARC', '20'), ('LOYD', '30'), ('HBUK', '40'), ('MIDL', '40'), ('NAIA', '07')]


def it_parts():
    abi = ch(IT_ABI)
    cab = rdig(5)
    conto = ('0' * rint(2, 6) + rdig(12))[-12:] if chance(0.8) else 'CC' + rdig(10)
    return it_cin(abi, cab, conto), abi, cab, conto


def make_iban(cc=None):
    cc = cc or ch(['IT', 'IT', 'IT', 'IT', 'DE', 'DE', 'FR', 'FR', 'ES', 'ES', 'GB', 'NL',
                   'BE', 'CH', 'AT', 'SM', 'IE', 'PT', 'LU'])
    if cc in ('IT', 'SM'):
        cin, abi, cab, conto = it_parts()
        bban = cin + abi + cab + conto
    elif cc == 'DE':
        bban = ch(DE_BLZ) + rdig(10)
    elif cc == 'FR':
        b, g, c = ch(FR_BANK), rdig(5), rdig(11)
        bban = b + g + c + rib_key(b, g, c)
    elif cc == 'ES':
        e, o, c = ch(ES_ENT), rdig(4), rdig(10)
        bban = e + o + es_dc(e, o, c) + c
    elif cc == 'GB':
        bank, sc = ch(GB_BANK)
        bban = bank + sc + rdig(4) + rdig(8)
    elif cc == 'NL':
        bban = ch(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + rdig(10)
    elif cc == 'BE':
        f = rdig(10)
        bban = f + be_check(f)
    elif cc == 'CH':
        bban = rdig(5) + rdig(12)
    elif cc == 'AT':
        bban = rdig(5) + rdig(11)
    elif cc == 'IE':
        bban = ch(['AIBK', 'BOFI', 'IPBS']) + rdig(6) + rdig(8)
    elif cc == 'PT':
        s = '0033' + rdig(4) + rdig(11)
        bban = s + pt_nib_check(s)
    else:  # LU
        bban = rdig(3) + rdig(13)
    ib = iban_from(cc, bban)
    assert iban_valid(ib), ib
    return ib


def bad_iban():
    ib = make_iban()
    ck = int(ib[2:4])
    new = ck
    while new == ck:
        new = rint(2, 98)
    bad = ib[:2] + '%02d' % new + ib[4:]
    assert not iban_valid(bad)
    return bad


def iban_fmt(ib):
    t = R.random()
    groups = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if t < 0.45:
        return groups
    if t < 0.7:
        return ib
    if t < 0.78 and ib[:2] in ('IT', 'SM'):
        return '%s %s %s %s %s %s' % (ib[:2], ib[2:4], ib[4], ib[5:10], ib[10:15], ib[15:])
    if t < 0.84:
        return groups.replace(' ', ch(['-', '.', '  ', '\u00a0']))
    if t < 0.9:
        return ib.lower() if chance(0.5) else groups.lower()
    if t < 0.95:
        return ib[:4] + ' ' + ib[4:]
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4)).replace(' ', '', 1)


# ------------------------------------------------------------ people etc --
IT_FIRST = ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Davide', 'Sara',
            'Matteo', 'Elena', 'Paolo', 'Valentina', 'Simone', 'Martina', 'Andrea', 'Federica',
            'Stefano', 'Silvia', 'Giorgio', 'Anna', 'Roberto', 'Laura', 'Nicola', 'Ilaria',
            'Carmela', 'Salvatore', 'Gianluca', 'Rosaria', 'Pietro', 'Noemi']
IT_LAST = ['Rossi', 'Bianchi', 'Esposito', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
           'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi',
           'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso',
           'Ferrara', "D'Amico", 'Pellegrini', 'Sartori', 'Vitale']
EN_FIRST = ['James', 'Emily', 'Oliver', 'Sophie', 'Daniel', 'Hannah', 'Liam', 'Grace', 'Noah',
            'Chloe', 'Ethan', 'Megan', 'Ryan', 'Priya', 'Tom', 'Aisha', 'Jack', 'Olivia',
            'Sam', 'Rachel', 'Kevin', 'Zoe', 'Connor', 'Fiona', 'Marcus', 'Leah']
EN_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies',
           'Patel', 'Wright', 'Walker', "O'Brien", 'Thompson', 'Evans', 'Hughes', 'Clarke',
           'Murphy', 'Khan', 'Turner', 'Baker', 'Hall', 'Carter', 'Reid', 'Nguyen']
IT_CO = ['Ferramenta Colombo Srl', 'Studio Associato Greco', 'Pasticceria Moretti',
         'Logistica Adriatica SpA', 'Ottica Rinaldi', 'Autofficina Bruno & Figli',
         'Cantina Val di Sole', 'Farmacia San Marco', 'Tipografia Sartori', 'Idraulica Vitale snc',
         'Hotel Belvedere', 'Caseificio Monte Baldo', 'Edilnord Costruzioni', 'Agenzia Viaggi Il Gabbiano']
EN_CO = ['Northwind Traders', 'Bluebell Dental', 'Harbor Freight Co-op', 'Kestrel Analytics Ltd',
         'Maple & Finch', 'Greyhound Print Shop', 'Brightside Energy', 'Oakridge Vets',
         'Lumen Studio', 'Copperleaf Bakery', 'Tidewater Logistics', 'Riverside Physio']
IT_DOM = ['gmail.com', 'libero.it', 'tiscali.it', 'pec.it', 'outlook.it', 'virgilio.it', 'alice.it']
EN_DOM = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.com', 'proton.me']
HOSTS = ['db.internal', '10.0.4.12', 'pg-prod-01.lan', 'mysql.acme.local', '192.168.1.20',
         'cluster0.x7k2p.mongodb.net', 'redis-master', 'smtp.aruba.it', 'mail.studiogreco.it',
         'sql01.northwind.local', 'ftp.tipografiasartori.it', 'db-replica.eu-west-1.rds.amazonaws.com']
EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
IT_MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']
EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
IT_DAYS = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']


def person(lang):
    if lang == 'it':
        return ch(IT_FIRST), ch(IT_LAST)
    return ch(EN_FIRST), ch(EN_LAST)


def fullname(lang):
    f, l = person(lang)
    return f + ' ' + l


def email_of(first, last, lang):
    dom = ch(IT_DOM if lang == 'it' else EN_DOM)
    l = re.sub(r"[^a-z]", '', last.lower())
    return ch(['%s.%s', '%s%s', '%s_%s']) % (first.lower(), l) + '@' + dom


def company(lang):
    return ch(IT_CO if lang == 'it' else EN_CO)


def rtime():
    return '%02d:%02d' % (rint(7, 19), rint(0, 59))


def rdate(lang, style=None):
    y, m, d = ch([2024, 2025, 2025]), rint(1, 12), rint(1, 28)
    style = style or ch(['slash', 'iso', 'long', 'dot'])
    if style == 'iso':
        return '%d-%02d-%02d' % (y, m, d)
    if style == 'dot':
        return '%02d.%02d.%d' % (d, m, y)
    if style == 'long':
        if lang == 'it':
            return '%d %s %d' % (d, IT_MONTHS[m - 1], y)
        return '%s %d, %d' % (EN_MONTHS[m - 1], d, y)
    if lang == 'it':
        return '%02d/%02d/%d' % (d, m, y)
    return '%d/%d/%d' % (m, d, y)


def amount(lang):
    v = rint(5, 9999) + rint(0, 99) / 100
    if lang == 'it':
        s = '{:,.2f}'.format(v).replace(',', 'X').replace('.', ',').replace('X', '.')
        return ch(['€ ' + s, s + ' €', s + ' EUR', 'EUR ' + s])
    s = '{:,.2f}'.format(v)
    return ch(['£' + s, '$' + s, '€' + s, s + ' EUR', 'GBP ' + s])


def expiry():
    return '%02d/%02d' % (rint(1, 12), rint(26, 31))


def phone(lang):
    if lang == 'it':
        return ch(['+39 02 %s %s' % (rdig(4), rdig(4)), '+39 3%s %s %s' % (rdig(2), rdig(3), rdig(4)),
                   '06 %s%s' % (rdig(4), rdig(4)), '3%s-%s%s' % (rdig(2), rdig(3), rdig(4)),
                   '+39 0%s %s' % (rdig(2), rdig(6)), '800 %s %s' % (rdig(3), rdig(3))])
    return ch(['+44 20 7946 0%s' % rdig(3), '+44 7700 900%s' % rdig(3), '(555) 01%s-%s' % (rdig(1), rdig(4)),
               '+1 555 01%s %s' % (rdig(2), rdig(2)), '0161 496 0%s' % rdig(3), '+353 1 %s %s' % (rdig(3), rdig(4))])


# ------------------------------------------------------------- fillers --
FILL = {
    'auth': {
        'it': [
            "Da stamattina l'integrazione con il gestionale non sincronizza più i ticket.",
            "Il webhook risponde 401 e non capiamo perché, ieri andava.",
            "Vi scrivo per conto del titolare che non riesce più ad accedere al pannello.",
            "Il consulente esterno ha configurato tutto ma adesso è in ferie fino a lunedì.",
            "Quando provo a rinnovare mi esce 'invalid_grant', ho provato tre volte.",
            "Dopo l'aggiornamento l'app chiede di nuovo il login ogni cinque minuti.",
            "Abbiamo provato sia da Chrome che da Edge, stesso identico problema.",
            "Il collega mi ha detto di mandarvi tutto così fate prima.",
            "L'errore compare solo in produzione, in staging funziona.",
            "Non so se è il canale giusto, nel caso giratelo a chi di dovere.",
            "Vi incollo quello che mi ha mandato il fornitore, così com'è.",
            "Scusate il formato, ho fatto copia e incolla dal telefono.",
            "Il login SSO ci rimanda sempre alla pagina iniziale.",
            "Da quando abbiamo cambiato provider email le notifiche non partono.",
            "Ho seguito la vostra guida passo passo ma al punto 4 si blocca.",
            "Mi servirebbe capire se il problema è nostro o vostro.",
            "Il sistema dice che le credenziali sono scadute, ma le abbiamo cambiate la settimana scorsa.",
            "L'utente amministratore è bloccato dopo troppi tentativi.",
            "Ho rigenerato le chiavi ma forse ho sbagliato qualcosa.",
            "Sotto trovate la configurazione attuale dell'integrazione.",
        ],
        'en': [
            "Since this morning the CRM sync has stopped pushing tickets.",
            "The webhook keeps returning 401 and we have no idea why, it worked yesterday.",
            "I'm writing on behalf of the owner, who can't get into the admin panel anymore.",
            "Our contractor set everything up but he's on holiday until Monday.",
            "When I try to renew I get 'invalid_grant', tried three times now.",
            "After the update the app asks us to log in again every five minutes.",
            "We tried Chrome and Edge, exact same problem.",
            "My colleague told me to just send you everything so it's quicker.",
            "The error only shows up in production, staging is fine.",
            "Not sure this is the right place, feel free to pass it on.",
            "Pasting below what the vendor sent me, as is.",
            "Sorry about the formatting, copied this from my phone.",
            "SSO login keeps bouncing us back to the start page.",
            "Ever since we switched email provider the notifications don't go out.",
            "I followed your guide step by step but it hangs at step 4.",
            "I just need to know whether the problem is on our side or yours.",
            "It says the credentials expired, but we rotated them last week.",
            "The admin user got locked out after too many attempts.",
            "I regenerated the keys but I may have messed something up.",
            "Current integration settings are below.",
        ]},
    'pay': {
        'it': [
            "Il cliente dice che l'addebito è stato fatto due volte.",
            "Il bonifico risulta partito ma il fornitore non l'ha ricevuto.",
            "Il rimborso non è ancora arrivato, sono passati dieci giorni lavorativi.",
            "Vorremmo attivare l'addebito SEPA per i clienti con abbonamento.",
            "Non riesco a collegare il conto per la riconciliazione automatica.",
            "Il pagamento viene rifiutato con codice 05, la banca dice che da loro è tutto ok.",
            "Urgente: domani c'è la chiusura mensile e mancano tre incassi.",
            "Come da telefonata di poco fa vi giro i dati per l'accredito.",
            "Ho inoltrato la mail del commercialista, vedete voi cosa serve.",
            "La fattura risulta pagata ma nel gestionale è ancora aperta.",
            "Il POS virtuale dà errore 3DS su tutte le carte aziendali.",
            "Abbiamo cambiato banca a gennaio, va aggiornato il conto di accredito.",
            "La carta del titolare è stata rifiutata al rinnovo dell'abbonamento.",
            "Il fornitore chiede conferma delle coordinate prima di emettere la nota di credito.",
            "Mi hanno detto di mandarvi i dati per il riaccredito.",
        ],
        'en': [
            "The customer says they were charged twice.",
            "The transfer shows as sent but the supplier never got it.",
            "The refund still hasn't arrived, it's been ten working days.",
            "We'd like to set up direct debit for subscription customers.",
            "I can't link the account for automatic reconciliation.",
            "The payment gets declined with code 05, the bank says all is fine on their end.",
            "Urgent: month-end close is tomorrow and three payments are missing.",
            "As discussed on the phone just now, here are the details for the payout.",
            "Forwarding the accountant's email, take whatever you need.",
            "The invoice shows as paid but it's still open in the system.",
            "The virtual terminal throws a 3DS error on every company card.",
            "We changed banks in January so the payout account needs updating.",
            "The owner's card was declined at subscription renewal.",
            "The supplier wants the details confirmed before issuing the credit note.",
            "I was told to send you the details for the refund.",
        ]},
    'dev': {
        'it': [
            "Il deploy di ieri sera è andato a buon fine ma il worker non parte.",
            "Vi allego il log, le righe interessanti sono verso la fine.",
            "Sotto c'è il diff della configurazione che abbiamo cambiato.",
            "In locale funziona, sul server no. Classico.",
            "Il container va in crash loop dopo circa trenta secondi.",
            "Ho lanciato lo script del notebook e la chiamata torna 403.",
            "Abbiamo migrato il database sul nuovo server venerdì.",
            "La pipeline fallisce allo step di pubblicazione.",
            "Non tocco questa configurazione da mesi, non so chi l'abbia cambiata.",
            "Qui il copia-incolla del terminale, scusate i colori.",
            "Il job notturno di esportazione si ferma a metà.",
            "Ho aperto anche una issue su GitHub, la copio qui.",
            "Il tecnico ha lasciato queste note sulla wiki interna.",
            "Vi mando l'output completo, non so cosa sia rilevante.",
        ],
        'en': [
            "Last night's deploy went through but the worker won't start.",
            "Log attached, the interesting lines are near the end.",
            "Below is the diff of the config we changed.",
            "Works locally, not on the server. Classic.",
            "The container goes into a crash loop after about thirty seconds.",
            "I ran the notebook script and the call comes back 403.",
            "We migrated the database to the new box on Friday.",
            "The pipeline fails at the publish step.",
            "Nobody has touched this config in months, no idea who changed it.",
            "Terminal copy-paste below, sorry about the colours.",
            "The nightly export job stops halfway.",
            "I also opened a GitHub issue, copying it here.",
            "The engineer left these notes on the internal wiki.",
            "Sending the full output, not sure what's relevant.",
        ]},
}
GREET = {'it': ['Buongiorno,', 'Ciao a tutti,', 'Salve,', 'Gentile supporto,', 'Buonasera,', 'Ciao,',
                'Buongiorno a tutti', 'Spett.le assistenza,', 'Ciao ragazzi'],
         'en': ['Hi,', 'Hello team,', 'Hi there,', 'Dear Support,', 'Morning all,', 'Hey,', 'Hello,',
                'Good afternoon,', 'To whom it may concern,']}
CLOSE_ = {'it': ['Grazie', 'Grazie mille, buona giornata', 'Cordiali saluti', 'Saluti', 'A presto',
                 'Resto in attesa di un vostro riscontro', 'Fatemi sapere!!', 'Grazie in anticipo',
                 'Buon lavoro', 'Un saluto'],
          'en': ['Thanks', 'Cheers', 'Best regards', 'Kind regards', 'Thx', 'Let me know asap',
                 'Thanks in advance', 'Many thanks', 'Regards', 'Speak soon']}
REPLY = {'it': ["Ricevuto, lo giro al reparto tecnico.", "Vedi sotto, puoi controllare tu?",
                "Ti inoltro, è urgente.", "Questo è il messaggio di cui parlavamo.",
                "Ok, ma manca ancora la parte del server.", "Gira a chi si occupa dei pagamenti per favore.",
                "Vedete voi, io non ci capisco niente.", "Lo inoltro anche all'assistenza.",
                "Ciao, mi confermi che è questo?", "Per conoscenza.", "Come da accordi.",
                "Sotto la catena completa."],
         'en': ["Got it, passing it to the tech team.", "See below, can you check?",
                "Forwarding, this is urgent.", "This is the email we talked about.",
                "OK, but we still need the server bit.", "Please pass to whoever handles payments.",
                "Over to you, I don't understand any of this.", "Looping in support.",
                "Hi, can you confirm this is the one?", "FYI.", "As agreed.", "Full chain below."]}


def fill(lang, theme, k=1):
    return sample(FILL[theme][lang], k)


def signature(lang):
    f, l = person(lang)
    lines = [ch(['--', '-- ', '__', '']), f + ' ' + l]
    if chance(0.6):
        lines.append(company(lang))
    if chance(0.5):
        lines.append(ch(['Tel. ', 'tel ', 'Cell. ', 'T: ', 'Mob ', 'Phone: ']) + phone(lang))
    return '\n'.join(x for x in lines if x != '' or chance(0.3))


# ------------------------------------------------------------ facts --
class F:
    def __init__(self, kind, cat, v, keys, lab, prose, theme='auth', multi=False):
        self.kind = kind            # None for look-alikes
        self.cat = cat
        self.v = v                  # display string (secret parts marked)
        self.keys = keys
        self.lab = lab              # {'it': [...], 'en': [...]}
        self.prose = prose          # {'it': [...], 'en': [...]}  with {v}
        self.theme = theme
        self.multi = multi or '\n' in clean(v)

    def label(self, lang):
        return ch(self.lab[lang])

    def key(self):
        return ch(self.keys)

    def sent(self, lang):
        return ch(self.prose[lang]).replace('{v}', self.v)

    def kv(self, lang, sep=None):
        if self.cat in ('note',):
            return self.v
        lab = self.label(lang)
        if self.multi:
            return lab + ch([':\n', ':\n', ' :\n', '\n'] ) + self.v
        sep = sep or ch([': ', ': ', ': ', ' = ', ' -> ', ' - ', ':\t', ' : ', '：', ' => ', ': '])
        return lab + sep + self.v


def L2(it, en):
    return {'it': it, 'en': en}


# --- raw secret values ---
PW_WORDS_IT = ['girasole', 'tramonto', 'limone', 'cavallo', 'ombrello', 'farfalla', 'montagna', 'gelato',
               'tartaruga', 'pioggia', 'lampione', 'ciliegia', 'orologio', 'basilico', 'vulcano',
               'conchiglia', 'pomodoro', 'lavagna', 'scoiattolo', 'mandorla']
PW_WORDS_EN = ['sunflower', 'harbor', 'pickle', 'lantern', 'marble', 'thunder', 'falcon', 'copper',
               'violet', 'walnut', 'glacier', 'pepper', 'rocket', 'meadow', 'cobalt', 'biscuit',
               'pebble', 'saddle', 'orchid', 'tundra']
LEET = {'a': '@', 'o': '0', 'e': '3', 'i': '1', 's': '$', 't': '7'}


def password_value(lang, allow_space=True):
    words = PW_WORDS_IT if lang == 'it' else PW_WORDS_EN
    t = R.random()
    if t < 0.28:
        return ch(words).capitalize() + ch(['', '_', '.', '#', '-', '']) + str(rint(1, 2099)) + ch(['!', '?', '$', '#', '', '*', '!!'])
    if t < 0.42:
        w = ch(words) + ch(words)
        w = ''.join(LEET.get(c, c) if chance(0.5) else c for c in w)
        return w[0].upper() + w[1:] + ch(['!', '9', '%', '&', '77', '#1'])
    if t < 0.62:
        v = rs(rint(10, 18), B62 + '!@#$%&*-_=+.?')
        return v if re.search(r'\d', v) else v + str(rint(0, 9))
    if t < 0.76 and allow_space:
        sep = ch(['-', ' ', '.', '_', ' '])
        return sep.join(sample(words, rint(3, 5))) + ch(['', str(rint(1, 99)), '!'])
    if t < 0.86:
        return ch(['Caffè', 'Perché', 'Città', 'Lunedì', 'Öffnung', 'Niño', 'Garçon', 'Straße']) + ch(['$', '#', '_', '&']) + rdig(rint(2, 4)) + ch(LO)
    if t < 0.93:
        return rs(4, UP) + rdig(4) + rs(4, LO) + ch('!?#%')
    return ch(words)[:4].capitalize() + '&' + ch(words)[:4] + '=' + rdig(3)


def urlenc_pw(pw):
    t = R.random()
    if t < 0.6:
        return quote(pw, safe="!$&'()*+,;=")
    if t < 0.85 or re.search(r'[@/:?# %]', pw):
        return quote(pw, safe='')
    return pw


def jwt_value(refresh=False):
    alg = ch(['HS256', 'HS256', 'RS256', 'ES256'])
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256' or chance(0.3):
        hdr['kid'] = rs(rint(8, 20), B64U)
    now = rint(1_704_000_000, 1_760_000_000)
    p = {'sub': ch([uuid4(), rdig(8), 'auth0|' + rs(24, HEX), 'usr_' + rs(12)]), 'iat': now}
    if refresh:
        p['typ'] = ch(['Refresh', 'refresh'])
        p['exp'] = now + 2592000
        p['jti'] = uuid4()
    else:
        p['exp'] = now + ch([900, 3600, 86400])
        if chance(0.6):
            p['scope'] = ch(['openid profile email', 'tickets:read tickets:write', 'read write', 'api offline_access'])
        if chance(0.5):
            p['iss'] = ch(['https://auth.acme-pay.example', 'https://login.desk.example/', 'https://sso.northwind.example'])
    h = b64u_bytes(json.dumps(hdr, separators=(',', ':')).encode())
    pl = b64u_bytes(json.dumps(p, separators=(',', ':')).encode())
    sig = b64u_bytes(rbytes({'HS256': 32, 'RS256': 256, 'ES256': 64}[alg]))
    return h + '.' + pl + '.' + sig


PEM_TYPES = [('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 64, (14, 25)),
             ('RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 64, (10, 25)),
             ('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 64, (12, 26)),
             ('PRIVATE KEY', 'MC4CAQAwBQYDK2VwBCIEI', 64, (1, 1)),
             ('EC PRIVATE KEY', 'MHcCAQEEI', 64, (3, 3)),
             ('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 70, (5, 7)),
             ('ENCRYPTED PRIVATE KEY', 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI', 64, (8, 14)),
             ('DSA PRIVATE KEY', 'MIIBuwIBAAKBgQ', 64, (6, 9))]


def pem_value():
    t = R.random()
    if t < 0.07:
        body = 'lQOYBG' + rs(58, B64) + '\n' + '\n'.join(rs(64, B64) for _ in range(rint(6, 10)))
        return ('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + body + '\n=' + rs(4, B64) +
                '\n-----END PGP PRIVATE KEY BLOCK-----')
    if t < 0.13:
        return ('PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-2025%s\n'
                'Public-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI%s\n%s\nPrivate-Lines: 1\nAAAAI%s\nPrivate-MAC: %s'
                % (rdig(4), rs(39, B64), rs(20, B64), rs(39, B64), rs(64, HEX)))
    name, start, width, (lo, hi) = ch(PEM_TYPES)
    n = rint(lo, hi)
    total = width * n - rint(0, width - 8)
    body = start + rs(max(0, total - len(start) - 2), B64)
    body += '==' if chance(0.4) else rs(2, B64)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    head = '-----BEGIN %s-----' % name
    if name == 'ENCRYPTED PRIVATE KEY' and False:
        pass
    if name == 'RSA PRIVATE KEY' and chance(0.15):
        head += '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,%s\n' % rs(32, HEX).upper()
    return head + '\n' + '\n'.join(lines) + '\n-----END %s-----' % name


def vendor_value():
    """returns (value, vendor label, key names)"""
    t = ch(['aws', 'aws', 'stripe', 'stripe', 'whsec', 'ghp', 'ghpat', 'gitlab', 'slackb', 'slackp',
            'slackhook', 'google', 'sendgrid', 'twilio', 'openai', 'anthropic', 'npm', 'mailgun',
            'shopify', 'pypi', 'azure', 'telegram', 'square', 'braintree', 'doctl', 'hf', 'gho'])
    if t == 'aws':
        if chance(0.5):
            return ch(['AKIA', 'AKIA', 'ASIA']) + rs(16, UP + '234567'), 'AWS access key', ['aws_access_key_id', 'AWS_ACCESS_KEY_ID', 'accessKeyId']
        return rs(40, B62 + '/+'), 'AWS secret access key', ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey']
    if t == 'stripe':
        return ch(['sk_live_', 'sk_live_', 'sk_test_', 'rk_live_']) + rs(ch([24, 99, 99])), 'Stripe secret key', ['stripe_secret_key', 'STRIPE_SECRET_KEY', 'stripe_key', 'stripe.api_key']
    if t == 'whsec':
        return 'whsec_' + rs(32), 'Stripe webhook secret', ['STRIPE_WEBHOOK_SECRET', 'webhook_secret', 'endpoint_secret']
    if t == 'ghp':
        return 'ghp_' + rs(36), 'GitHub token', ['GITHUB_TOKEN', 'gh_token', 'github_token', 'GH_PAT']
    if t == 'gho':
        return ch(['gho_', 'ghs_', 'ghu_']) + rs(36), 'GitHub token', ['GITHUB_TOKEN', 'gh_token']
    if t == 'ghpat':
        return 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59), 'GitHub fine-grained PAT', ['GITHUB_PAT', 'GH_TOKEN', 'github_token']
    if t == 'gitlab':
        return 'glpat-' + rs(20, B64U), 'GitLab token', ['GITLAB_TOKEN', 'CI_JOB_TOKEN_OVERRIDE', 'gitlab_token']
    if t == 'slackb':
        return 'xoxb-%s-%s-%s' % (rdig(12), rdig(13), rs(24)), 'Slack bot token', ['SLACK_BOT_TOKEN', 'slack_token', 'slackToken']
    if t == 'slackp':
        return 'xoxp-%s-%s-%s-%s' % (rdig(12), rdig(12), rdig(13), rs(32, HEX)), 'Slack user token', ['SLACK_USER_TOKEN', 'slack_token']
    if t == 'slackhook':
        return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(8, UP + DG), rs(10, UP + DG), rs(24)), 'Slack webhook', ['SLACK_WEBHOOK_URL', 'slack_webhook', 'webhookUrl']
    if t == 'google':
        return 'AIza' + rs(35, B64U), 'Google API key', ['GOOGLE_API_KEY', 'maps_api_key', 'firebaseApiKey']
    if t == 'sendgrid':
        return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U), 'SendGrid API key', ['SENDGRID_API_KEY', 'sendgrid_key', 'smtp_password']
    if t == 'twilio':
        return 'SK' + rs(32, HEX), 'Twilio API key', ['TWILIO_API_KEY', 'twilio_key']
    if t == 'openai':
        return ch(['sk-proj-', 'sk-svcacct-']) + rs(64, B64U) + 'T3BlbkFJ' + rs(64, B64U), 'OpenAI key', ['OPENAI_API_KEY', 'openai_key']
    if t == 'anthropic':
        return 'sk-ant-api03-' + rs(93, B64U) + 'AA', 'Anthropic key', ['ANTHROPIC_API_KEY', 'anthropic_key']
    if t == 'npm':
        return 'npm_' + rs(36), 'npm token', ['NPM_TOKEN', '_authToken', 'npm_token']
    if t == 'mailgun':
        return 'key-' + rs(32, HEX), 'Mailgun API key', ['MAILGUN_API_KEY', 'mailgun_key']
    if t == 'shopify':
        return ch(['shpat_', 'shpss_', 'shpca_']) + rs(32, HEX), 'Shopify token', ['SHOPIFY_ACCESS_TOKEN', 'shopify_token']
    if t == 'pypi':
        return 'pypi-AgEIcHlwaS5vcmc' + rs(rint(60, 120), B64U), 'PyPI token', ['PYPI_TOKEN', 'TWINE_PASSWORD', 'pypi_token']
    if t == 'azure':
        return rs(86, B62 + '+/') + '==', 'Azure storage key', ['AZURE_STORAGE_KEY', 'AccountKey', 'storage_key']
    if t == 'telegram':
        return '%s:AA%s' % (rdig(10), rs(33, B64U)), 'Telegram bot token', ['TELEGRAM_BOT_TOKEN', 'bot_token']
    if t == 'square':
        return ch(['sq0csp-', 'EAAA']) + rs(ch([43, 60]), B64U), 'Square secret', ['SQUARE_ACCESS_TOKEN', 'square_secret']
    if t == 'braintree':
        return 'access_token$production$%s$%s' % (rs(16, LO + DG), rs(32, HEX)), 'Braintree token', ['BRAINTREE_ACCESS_TOKEN', 'braintree_token']
    if t == 'doctl':
        return 'dop_v1_' + rs(64, HEX), 'DigitalOcean token', ['DIGITALOCEAN_TOKEN', 'do_token']
    return 'hf_' + rs(34, UP + LO), 'Hugging Face token', ['HF_TOKEN', 'hf_token', 'HUGGINGFACE_TOKEN']


# ============================================================ secret facts ==
TOK_LAB = L2(['Token', 'Access token', 'Bearer', 'Token di accesso', 'token JWT', 'Token API', 'access_token'],
             ['Token', 'Access token', 'Bearer token', 'JWT', 'Auth token', 'API token', 'access_token'])
TOK_PROSE = L2(["il token che usiamo è {v}", "Authorization: Bearer {v}", "access_token: {v}",
                "vi incollo il bearer: {v}", "con questo token {v} la chiamata torna 401",
                "token (scade tra un'ora): {v}", "JWT preso dal browser: {v}", "Bearer {v}",
                "il token d'accesso generato stamattina è {v}", "provate voi con {v} e ditemi",
                "token attuale {v}, quello vecchio l'ho revocato"],
               ["the token we use is {v}", "Authorization: Bearer {v}", "access_token: {v}",
                "here's the bearer: {v}", "with this token {v} the call returns 401",
                "token (expires in an hour): {v}", "JWT grabbed from the browser: {v}", "Bearer {v}",
                "the access token I generated this morning is {v}", "try {v} yourselves and tell me",
                "current token {v}, I revoked the old one"])


def S_access_token(lang):
    t = R.random()
    keys = ['access_token', 'ACCESS_TOKEN', 'accessToken', 'token', 'API_TOKEN', 'bearer_token', 'auth_token']
    if t < 0.35:
        return [F('access_token', 'jwt', M(jwt_value(), 'access_token'), keys, TOK_LAB, TOK_PROSE)]
    if t < 0.5:
        v = ch([rs(40), rs(64, HEX), 'at_' + rs(40), rs(32, HEX), 'pat_' + rs(48, LO + DG), rs(24, B64U) + '.' + rs(27, B64U)])
        return [F('access_token', 'opaque', M(v, 'access_token'), keys, TOK_LAB, TOK_PROSE)]
    if t < 0.6:
        v = 'ya29.' + rs(rint(120, 170), B64U)
        return [F('access_token', 'ya29', M(v, 'access_token'), keys, TOK_LAB, TOK_PROSE)]
    if t < 0.8:
        name, val = ch([('sessionid', lambda: rs(32, LO + DG)), ('PHPSESSID', lambda: rs(26, 'abcdefghijklmnopqrstuv' + DG)),
                        ('JSESSIONID', lambda: rs(32, '0123456789ABCDEF')), ('connect.sid', lambda: 's%3A' + rs(32, B64U) + '.' + rs(43, B64U)),
                        ('_desk_session', lambda: rs(rint(80, 140), B64) + '--' + rs(40, HEX)),
                        ('laravel_session', lambda: 'eyJpdiI6' + rs(rint(120, 200), B64)),
                        ('ASP.NET_SessionId', lambda: rs(24, LO + '012345')), ('sid', lambda: rs(43, B64U))])
        v = name + '=' + M(val(), 'access_token')
        lab = L2(['Cookie', 'Cookie di sessione', 'Cookie sessione'], ['Cookie', 'Session cookie', 'Session'])
        prose = L2(["il cookie di sessione è {v}", "Cookie: {v}", "dal browser ho copiato il cookie {v}",
                    "con il cookie {v} entro senza login", "nella richiesta c'è {v}"],
                   ["the session cookie is {v}", "Cookie: {v}", "copied the cookie from the browser: {v}",
                    "with cookie {v} I get in without logging in", "the request carries {v}"])
        return [F('access_token', 'cookie', v, ['Cookie', 'cookie', 'session'], lab, prose)]
    v = ch(['hdk_' + rs(40), rs(32, HEX), 'key_' + rs(32), 'api_' + rs(36, LO + DG), rs(48)])
    lab = L2(['API key', 'Chiave API', 'X-API-Key', 'Api key del pannello', 'Chiave API del vostro servizio'],
             ['API key', 'X-API-Key', 'Panel API key', 'Your API key', 'api_key'])
    prose = L2(["la chiave API del vostro pannello è {v}", "X-Api-Key: {v}", "API key: {v}",
                "uso la chiave {v} generata dal vostro portale", "api_key={v}"],
               ["the API key from your dashboard is {v}", "X-Api-Key: {v}", "API key: {v}",
                "I'm using key {v} generated in your portal", "api_key={v}"])
    return [F('access_token', 'apikey', M(v, 'access_token'), ['api_key', 'X-API-Key', 'apiKey', 'API_KEY', 'x-api-key'], lab, prose)]


CS_LAB = L2(['Client secret', 'Secret', 'Segreto client', 'client_secret', 'Chiave segreta app', 'Segreto applicazione'],
            ['Client secret', 'Secret', 'App secret', 'client_secret', 'OAuth secret', 'Consumer secret'])
CS_PROSE = L2(["client secret: {v}", "il secret dell'applicazione è {v}", "il client_secret che ci hanno dato è {v}",
               "segreto: {v} (l'id invece è quello di prima)", "secret generato oggi: {v}",
               "nel portale come secret compare {v}", "client_secret={v}", "vi giro anche il secret {v}"],
              ["client secret: {v}", "the app secret is {v}", "the client_secret they gave us is {v}",
               "secret: {v} (the id is the same as before)", "secret generated today: {v}",
               "the portal shows {v} as the secret", "client_secret={v}", "also sending the secret {v}"])


def S_client_secret(lang):
    t = R.random()
    keys = ['client_secret', 'CLIENT_SECRET', 'clientSecret', 'oauth_client_secret', 'AZURE_CLIENT_SECRET',
            'GOOGLE_CLIENT_SECRET', 'app_secret', 'consumer_secret']
    if t < 0.45:
        v = ch([rs(40, B62 + '-_'), rs(rint(3, 3), B62) + '8Q~' + rs(34, B62 + '~._-'), 'GOCSPX-' + rs(28, B64U),
                rs(32, HEX), rs(64, B62), 'cs_' + rs(40), rs(43, B64U)])
        return [F('client_secret', 'oauth', M(v, 'client_secret'), keys, CS_LAB, CS_PROSE)]
    user = ch(['api', 'desk-sync', 'admin', 'integrazione', 'acme-pay-prod', 'webhook', 'svc_export', 'partner01', 'mrossi'])
    pw = password_value(lang, allow_space=False).replace(':', '')
    if t < 0.75:
        v = 'Basic ' + M(b64s(user + ':' + pw), 'client_secret')
        lab = L2(['Authorization', 'Header', 'Header auth'], ['Authorization', 'Header', 'Auth header'])
        prose = L2(["Authorization: {v}", "nell'header mettiamo {v}", "l'header che manda il gestionale è {v}",
                    "la richiesta parte con {v}"],
                   ["Authorization: {v}", "in the header we send {v}", "the header the ERP sends is {v}",
                    "the request goes out with {v}"])
        return [F('client_secret', 'basic', v, ['Authorization', 'authorization', 'auth_header'], lab, prose)]
    v = M(user + ':' + pw, 'client_secret')
    lab = L2(['Credenziali basic', 'Basic auth', 'utente:password', 'Credenziali API'],
             ['Basic auth', 'Credentials', 'user:pass', 'API credentials'])
    prose = L2(["curl -u {v} https://api.desk.example/v2/tickets", "basic auth {v}",
                "credenziali in formato utente:password -> {v}", "per il webhook usate {v}"],
               ["curl -u {v} https://api.desk.example/v2/tickets", "basic auth {v}",
                "credentials as user:pass -> {v}", "for the webhook use {v}"])
    return [F('client_secret', 'basicpair', v, ['basic_auth', 'credentials', 'BASIC_AUTH', 'userinfo'], lab, prose)]


RT_LAB = L2(['Refresh token', 'Token di refresh', 'Token di aggiornamento', 'refresh_token', 'RT'],
            ['Refresh token', 'refresh_token', 'RT', 'Offline token'])
RT_PROSE = L2(["il refresh token è {v}", "refresh_token={v}", "ci hanno dato questo token di refresh: {v}",
               "per rinnovare uso {v}", "il token di aggiornamento (quello lungo) è {v}",
               "refresh token salvato nel db: {v}", "con {v} dovrebbe rigenerare l'access token ma dà invalid_grant"],
              ["the refresh token is {v}", "refresh_token={v}", "they gave us this refresh token: {v}",
               "to renew I use {v}", "the refresh token (the long one) is {v}",
               "refresh token stored in the db: {v}", "{v} should mint a new access token but gives invalid_grant"])


def S_refresh_token(lang):
    v = ch([lambda: '1//0' + ch('gG3e') + rs(rint(95, 100), B64U), lambda: rs(64, HEX), lambda: 'rt_' + rs(48),
            lambda: jwt_value(refresh=True), lambda: '5Aep861' + rs(rint(70, 80), B62 + '._'),
            lambda: '0.A' + rs(rint(160, 220), B64U + '.'), lambda: 'v1.M' + rs(rint(60, 90), B64U),
            lambda: rs(48, B62), lambda: 'r1.' + rs(40, B62)])()
    keys = ['refresh_token', 'REFRESH_TOKEN', 'refreshToken', 'oauth_refresh_token', 'rt']
    return [F('refresh_token', 'rt', M(v, 'refresh_token'), keys, RT_LAB, RT_PROSE)]


PK_LAB = L2(['Chiave privata', 'Private key', 'Chiave SSH', 'Chiave del certificato', 'id_rsa', 'Chiave'],
            ['Private key', 'SSH key', 'Signing key', 'id_rsa', 'TLS key', 'Key'])
PK_PROSE = L2(["ecco la chiave privata:\n{v}", "il file id_rsa contiene:\n{v}",
               "chiave del certificato (me l'ha mandata il fornitore):\n{v}", "questa è la chiave che c'è sul server:\n{v}",
               "chiave per firmare i JWT:\n{v}"],
              ["here's the private key:\n{v}", "the id_rsa file contains:\n{v}",
               "certificate key (the vendor sent it):\n{v}", "this is the key on the server:\n{v}",
               "JWT signing key:\n{v}"])


def S_private_key(lang):
    keys = ['private_key', 'PRIVATE_KEY', 'tls.key', 'ssh_key', 'SIGNING_KEY', 'privateKey', 'JWT_PRIVATE_KEY']
    return [F('private_key', 'pem', M(pem_value(), 'private_key'), keys, PK_LAB, PK_PROSE, theme='dev', multi=True)]


def S_vendor_key(lang):
    val, name, keys = vendor_value()
    lab = L2([name, 'Chiave ' + name.split()[0], name + ' (prod)', 'Key'], [name, name.split()[0] + ' key', name + ' (prod)', 'Key'])
    pit = ["la chiave {n} è {v}".replace('{n}', name), "{n}: {v}".replace('{n}', name),
           "abbiamo messo {v} come {n}".replace('{n}', name), "ecco la {n}: {v}".replace('{n}', name),
           "nel .env c'è {v}", "{n} che usava il vecchio sviluppatore: {v}".replace('{n}', name),
           "la key è {v}"]
    pen = ["the {n} is {v}".replace('{n}', name), "{n}: {v}".replace('{n}', name),
           "we set {v} as the {n}".replace('{n}', name), "here's the {n}: {v}".replace('{n}', name),
           "the .env has {v}", "{n} the old developer used: {v}".replace('{n}', name), "key is {v}"]
    out = [F('vendor_key', 'vendor', M(val, 'vendor_key'), keys, lab, L2(pit, pen), theme='dev')]
    if val.startswith(('AKIA', 'ASIA')) and chance(0.6):
        sec = rs(40, B62 + '/+')
        out.append(F('vendor_key', 'vendor', M(sec, 'vendor_key'), ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY'],
                     L2(['AWS secret', 'Secret access key'], ['AWS secret', 'Secret access key']),
                     L2(["secret: {v}", "la secret access key è {v}"], ["secret: {v}", "secret access key is {v}"]), theme='dev'))
    return out


CARD_LAB = L2(['Numero carta', 'Carta', 'N. carta', 'PAN', 'Carta di credito', 'Nr. carta', 'Numero della carta', 'Carta aziendale'],
              ['Card number', 'Card', 'PAN', 'Credit card', 'Card no.', 'CC#', 'Card num'])
CARD_PROSE = L2(["la carta è la {v}", "numero carta {v}", "ho pagato con la {v} scad. {exp}", "PAN: {v}",
                 "la carta aziendale {v} risulta addebitata due volte", "carta n° {v}",
                 "potete riaccreditare sulla {v}?", "la carta di prova che usiamo è {v}",
                 "addebito sulla carta {v} (scadenza {exp})", "carta del titolare: {v}"],
                ["the card is {v}", "card number {v}", "I paid with {v} exp {exp}", "PAN: {v}",
                 "company card {v} was charged twice", "card no. {v}", "can you refund to {v}?",
                 "the test card we use is {v}", "charge on card {v} (expiry {exp})", "cardholder's card: {v}"])


def S_card_number(lang):
    v = M(card_fmt(card_digits()), 'card_number')
    prose = L2([p.replace('{exp}', expiry()) for p in CARD_PROSE['it']], [p.replace('{exp}', expiry()) for p in CARD_PROSE['en']])
    return [F('card_number', 'card', v, ['card_number', 'pan', 'cc_number', 'numero_carta', 'cardNumber', 'card'], CARD_LAB, prose, theme='pay')]


def S_cvv(lang):
    amex = chance(0.15)
    v = M(rdig(4) if amex else rdig(3), 'cvv')
    lab = L2(['CVV', 'CVC', 'CVV2', 'Codice di sicurezza', 'Cod. sicurezza', 'codice CVV', 'CVV/CVC'],
             ['CVV', 'CVC', 'CVV2', 'Security code', 'CVC2', 'CVV code'] + (['CID'] if amex else []))
    prose = L2(["CVV {v}", "il codice di sicurezza è {v}", "cvc: {v}", "le tre cifre dietro sono {v} (CVV)",
                "codice CVV2 {v}", "CVV: {v} scadenza " + expiry(), "cvv {v} mi raccomando non salvatelo",
                "il CVC sul retro è {v}"],
               ["CVV {v}", "the security code is {v}", "cvc: {v}", "the three digits on the back are {v} (CVV)",
                "CVV2 code {v}", "CVV: {v} expiry " + expiry(), "cvv {v}, please don't store it",
                "the CVC on the back is {v}"])
    out = []
    if chance(0.6):
        out += S_card_number(lang)
    out.append(F('cvv', 'cvv', v, ['cvv', 'cvc', 'cvv2', 'security_code', 'card_cvc'], lab, prose, theme='pay'))
    return out


IBAN_LAB = L2(['IBAN', 'Iban', 'Codice IBAN', 'IBAN beneficiario', 'IBAN di accredito', 'Coordinate IBAN'],
              ['IBAN', 'Beneficiary IBAN', 'Account (IBAN)', 'IBAN no.', 'Payee IBAN'])


def S_iban(lang):
    name = fullname(lang)
    v = M(iban_fmt(make_iban()), 'iban')
    prose = L2(["IBAN: {v}", "accreditate su {v}", "l'iban nuovo è {v}", "le coordinate sono {v} intestato a " + name,
                "fate il bonifico su {v}", "iban {v} (quello vecchio non usatelo più)", "conto di accredito {v}",
                "per il rimborso: {v}"],
               ["IBAN: {v}", "pay into {v}", "the new iban is {v}", "details are {v} in the name of " + name,
                "send the transfer to {v}", "iban {v} (don't use the old one anymore)", "payout account {v}",
                "for the refund: {v}"])
    return [F('iban', 'iban', v, ['iban', 'IBAN', 'beneficiary_iban', 'iban_accredito', 'payoutIban'], IBAN_LAB, prose, theme='pay')]


def S_bank_account(lang):
    name = fullname(lang)
    t = ch(['uk', 'uk2', 'it', 'it2', 'de', 'fr', 'fr2', 'es', 'es2'])
    if t in ('uk', 'uk2'):
        sc = ''.join(rdig(2) for _ in range(3))
        scf = ch(['%s-%s-%s', '%s%s%s', '%s %s %s']) % (sc[:2], sc[2:4], sc[4:])
        acc = rdig(8)
        if t == 'uk':
            v = M(scf + ch([' ', '  ', ' / ', ' ']) + acc, 'bank_account')
        else:
            v = ch(['sort code %s, account number %s', 'S/C %s A/C %s', 'sort code %s acc. no. %s',
                    'sort code %s conto %s']) % (scf, M(acc, 'bank_account'))
    elif t == 'it':
        cin, abi, cab, conto = it_parts()
        v = M(ch(['%s%s%s%s', '%s %s %s %s', '%s-%s-%s-%s']) % (cin, abi, cab, conto), 'bank_account')
    elif t == 'it2':
        cin, abi, cab, conto = it_parts()
        shown = conto.lstrip('0') if chance(0.4) else conto
        v = ch(['ABI %s CAB %s c/c n. %s', 'ABI %s - CAB %s - conto %s', 'abi %s cab %s cc %s',
                'ABI: %s, CAB: %s, Conto: %s']) % (abi, cab, M(shown, 'bank_account'))
    elif t == 'de':
        blz, kto = ch(DE_BLZ), rdig(10)
        if chance(0.3):
            kto = kto.lstrip('0') or '7'
        blzf = blz if chance(0.6) else '%s %s %s' % (blz[:3], blz[3:6], blz[6:])
        v = ch(['BLZ %s Kto.-Nr. %s', 'Bankleitzahl %s, Kontonummer %s', 'BLZ %s / Konto %s']) % (blzf, M(kto, 'bank_account'))
        if chance(0.4):
            v = ch(['Kontonummer %s (BLZ %s)', 'Konto-Nr. %s bei BLZ %s']) % (M(kto, 'bank_account'), blzf)
    elif t in ('fr', 'fr2'):
        b, g, c = ch(FR_BANK), rdig(5), rdig(11)
        k = rib_key(b, g, c)
        if t == 'fr':
            v = M(ch(['%s %s %s %s', '%s%s%s%s', '%s-%s-%s-%s']) % (b, g, c, k), 'bank_account')
        else:
            v = 'Banque %s Guichet %s Compte %s Clé %s' % (b, g, M(c, 'bank_account'), k)
    else:
        e, o, c = ch(ES_ENT), rdig(4), rdig(10)
        dc = es_dc(e, o, c)
        if t == 'es':
            v = M(ch(['%s %s %s %s', '%s-%s-%s-%s', '%s%s%s%s']) % (e, o, dc, c), 'bank_account')
        else:
            v = 'Entidad %s Oficina %s DC %s Cuenta %s' % (e, o, dc, M(c, 'bank_account'))
    lab = L2(['Coordinate bancarie', 'Conto', 'Dati bancari', 'Estremi del conto', 'Appoggio bancario'],
             ['Bank details', 'Account', 'Account details', 'Bank account'])
    prose = L2(["i dati del conto sono {v}", "appoggio bancario: {v}", "accredito su {v}", "{v} intestato a " + name,
                "il conto del fornitore estero: {v}", "coordinate: {v}"],
               ["account details: {v}", "pay to {v}", "bank: {v}", "{v} in the name of " + name,
                "the overseas supplier's account: {v}", "details: {v}"])
    return [F('bank_account', t, v, ['account_number', 'conto', 'bank_account', 'kontonummer', 'rib', 'ccc', 'numero_conto'], lab, prose, theme='pay')]


PW_LAB = L2(['Password', 'Pwd', 'Pass', "Parola d'ordine", 'Psw', 'Password utente', 'Passwort', 'Mot de passe', 'Contraseña', 'PW'],
            ['Password', 'Pwd', 'Pass', 'Passphrase', 'Login password', 'Passwort', 'Kennwort', 'Mot de passe', 'Contraseña', 'PW'])


def S_password(lang):
    pw = password_value(lang)
    user = ch(['admin', 'mrossi', 'amministrazione', 'info@' + ch(['studiogreco.it', 'northwind.example']), 'sa', 'root',
               'j.smith', 'backoffice', 'svc_desk', 'utente01'])
    t = R.random()
    if t < 0.25:
        u = ch(['app', 'crm_app', 'admin', 'root', 'svc_desk', 'postgres', 'deploy', 'report_ro', 'sa', 'mailer'])
        scheme, port, db = ch([('postgresql', 5432, 'crm'), ('postgres', 5432, 'desk_prod'), ('mysql', 3306, 'shop'),
                               ('mongodb+srv', None, 'orders'), ('redis', 6379, '0'), ('amqp', 5672, 'vhost'),
                               ('mssql', 1433, 'erp'), ('smtp', 587, ''), ('ftp', 21, ''), ('sftp', 22, ''),
                               ('mysql+pymysql', 3306, 'magazzino'), ('jdbc:postgresql', 5432, 'ledger')])
        host = ch(HOSTS)
        enc = urlenc_pw(pw)
        if scheme.startswith('jdbc'):
            url = '%s://%s:%d/%s?user=%s&password=%s' % (scheme, host, port, db, u, M(enc, 'password'))
        else:
            url = '%s://%s:%s@%s' % (scheme, u, M(enc, 'password'), host) + (':%d' % port if port else '') + ('/' + db if db else '')
        if chance(0.3):
            url += ch(['?sslmode=require', '?retryWrites=true&w=majority', '?charset=utf8mb4', '?timeout=30'])
        lab = L2(['Stringa di connessione', 'DATABASE_URL', 'Connessione', 'URL del db', 'DSN'],
                 ['Connection string', 'DATABASE_URL', 'DSN', 'DB url', 'Conn string'])
        prose = L2(["stringa di connessione: {v}", "il gestionale si collega con {v}", "DATABASE_URL={v}",
                    "nel file c'è {v}", "la connessione che usava il vecchio tecnico è {v}"],
                   ["connection string: {v}", "the ERP connects with {v}", "DATABASE_URL={v}",
                    "the file has {v}", "the connection the old tech used is {v}"])
        return [F('password', 'connurl', url, ['DATABASE_URL', 'db_url', 'connection_string', 'SQLALCHEMY_DATABASE_URI',
                                                'REDIS_URL', 'MONGO_URI', 'dsn'], lab, prose, theme='dev')]
    v = M(pw, 'password')
    pit = ["la password è {v}", "password: {v}", "pwd {v}", "la pass nuova è {v}", "ho impostato {v} come password",
           "credenziali " + user + " / {v}", "parola d'ordine: {v}", "Password (occhio alle maiuscole): {v}",
           "entra con utente " + user + " e password {v}", "gli ho dato la password {v} ma non entra",
           "la psw temporanea era {v}", "pass: {v}  (l'ho cambiata ieri)", "Passwort {v} (l'ha scritto il collega tedesco)",
           "la contraseña que me dieron es {v}", "mot de passe : {v}", "utente " + user + " pw {v}",
           "la password della casella è {v}", "{v} <- questa è la password"]
    pen = ["the password is {v}", "password: {v}", "pw {v}", "new pass is {v}", "I set it to {v}",
           "login " + user + " / {v}", "passphrase: {v}", "try {v} as the password", "temp password was {v}",
           "pwd={v}", "Passwort: {v}", "mot de passe {v}", "contraseña: {v}", "the passphrase we agreed on is {v}",
           "user " + user + " pass {v}", "the mailbox password is {v}", "{v} <- that's the password"]
    return [F('password', 'password', v, ['password', 'db_password', 'DB_PASSWORD', 'pass', 'pwd', 'smtp_password',
                                          'admin_pass', 'PGPASSWORD', 'MYSQL_ROOT_PASSWORD', 'ftp_pass', 'passwd'],
              PW_LAB, L2(pit, pen), theme=ch(['auth', 'dev']))]


def S_pin(lang):
    t = ch(['card', 'otp', 'sms', 'sca', 'totp', 'app', 'disp'])
    n = {'card': ch([4, 4, 5]), 'otp': 6, 'sms': ch([5, 6, 6]), 'sca': ch([6, 8]), 'totp': 6, 'app': ch([5, 6]), 'disp': ch([6, 8])}[t]
    d = rdig(n)
    if n == 6 and chance(0.2):
        d = d[:3] + ch([' ', '-', ' ']) + d[3:]
    v = M(d, 'pin')
    LAB = {'card': (['PIN', 'PIN carta', 'Codice PIN'], ['PIN', 'Card PIN', 'PIN code']),
           'otp': (['OTP', 'Codice OTP', 'Codice monouso'], ['OTP', 'One-time code', 'OTP code']),
           'sms': (['Codice SMS', 'Codice ricevuto via SMS', 'Codice di verifica'], ['SMS code', 'Verification code', 'Text code']),
           'sca': (['Codice SCA', 'Codice autorizzazione', 'Codice 3D Secure'], ['SCA code', 'Authorisation code', '3DS code']),
           'totp': (['Codice 2FA', 'Codice authenticator', 'Codice a 6 cifre'], ['2FA code', 'Authenticator code', 'MFA code']),
           'app': (['PIN app', "PIN dell'app", 'Codice app'], ['App PIN', 'App passcode', 'Passcode']),
           'disp': (['Codice dispositivo', 'Codice O-Key', 'Codice token'], ['Device code', 'Token code', 'Security device code'])}[t]
    pit = ["il PIN è {v}", "codice OTP {v}", "mi è arrivato il codice {v} via SMS, lo inserite voi?", "codice di verifica: {v}",
           "il codice SCA che chiede la banca è {v}", "PIN carta {v}", "il codice a 6 cifre dell'app è {v}",
           "codice dispositivo {v}", "ecco il codice: {v} (scade tra 5 minuti)", "pin {v} ma la carta è bloccata lo stesso"]
    pen = ["the PIN is {v}", "OTP code {v}", "I got code {v} by text, can you enter it?", "verification code: {v}",
           "the SCA code the bank asks for is {v}", "card PIN {v}", "the 6-digit code from the app is {v}",
           "device code {v}", "here's the code: {v} (expires in 5 minutes)", "pin {v} but the card is still blocked"]
    return [F('pin', t, v, ['pin', 'otp', 'otp_code', 'sms_code', 'verification_code', 'sca_code', 'mfa_code'],
              L2(LAB[0], LAB[1]), L2(pit, pen), theme=ch(['pay', 'auth']))]


SECRET_MAKERS = {'access_token': S_access_token, 'client_secret': S_client_secret, 'refresh_token': S_refresh_token,
                 'private_key': S_private_key, 'vendor_key': S_vendor_key, 'card_number': S_card_number, 'cvv': S_cvv,
                 'iban': S_iban, 'bank_account': S_bank_account, 'password': S_password, 'pin': S_pin}
KIND_THEME = {'access_token': 'auth', 'client_secret': 'auth', 'refresh_token': 'auth', 'private_key': 'dev',
              'vendor_key': 'dev', 'card_number': 'pay', 'cvv': 'pay', 'iban': 'pay', 'bank_account': 'pay',
              'password': 'auth', 'pin': 'pay'}


# ============================================================ look-alikes ==
def LF(cat, v, keys, lab, prose, theme):
    return F(None, cat, v, keys, lab, prose, theme=theme)


def L_uuid(lang):
    return LF('uuid', uuid4(), ['request_id', 'x_request_id', 'correlation_id', 'requestId', 'X-Request-Id'],
              L2(['ID richiesta', 'Request-Id', 'X-Request-ID', 'ID chiamata', 'Correlation-ID', 'Riferimento'],
                 ['Request ID', 'X-Request-Id', 'Correlation ID', 'Ref', 'request-id']),
              L2(["ID richiesta {v}", "il supporto mi ha dato questo riferimento: {v}", "x-request-id: {v}", "(rif. {v})",
                  "correlation id {v} se vi serve"],
                 ["request ID {v}", "your support gave me this reference: {v}", "x-request-id: {v}", "(ref {v})",
                  "correlation id {v} if useful"]), 'auth')


def L_payment_id(lang):
    v = ch([ch(['pi_', 'ch_', 'py_', 'pay_', 'txn_', 'tr_', 'po_', 're_']) + rs(24), 'PAYID-' + rs(24, UP + DG),
            'TRX-%d-%s' % (rint(2024, 2025), rdig(6)), rs(17, UP + DG), 'evt_' + rs(24)])
    return LF('payment_id', v, ['payment_id', 'paymentId', 'transaction_id', 'charge_id'],
              L2(['ID pagamento', 'ID transazione', 'Transazione', 'Riferimento pagamento'], ['Payment ID', 'Transaction ID', 'Charge', 'Payment ref']),
              L2(["ID pagamento {v}", "la transazione è la {v}", "payment_id={v}", "riferimento del pagamento: {v}"],
                 ["payment id {v}", "the transaction is {v}", "payment_id={v}", "payment reference: {v}"]), 'pay')


def L_task_id(lang):
    v = ch(['TASK-' + rdig(4), 'task_' + rs(26, CROCK), 'job-' + uuid4(), 'DESK-' + rdig(5), '#' + rdig(6), 'run ' + rdig(10)])
    return LF('task_id', v, ['task_id', 'job_id', 'ticket', 'run_id'],
              L2(['Task', 'Job', 'Attività', 'Ticket', 'Pratica'], ['Task', 'Job', 'Ticket', 'Run']),
              L2(["task {v}", "job id {v}", "pratica {v}", "rif. ticket {v}"], ["task {v}", "job id {v}", "case {v}", "ticket ref {v}"]), 'dev')


def L_trace(lang):
    v = ch(['00-%s-%s-01' % (rs(32, HEX), rs(16, HEX)), rs(32, HEX), 'Root=1-%s-%s' % (rs(8, HEX), rs(24, HEX)), rs(16, HEX)])
    return LF('trace', v, ['traceparent', 'trace_id', 'traceId', 'X-Amzn-Trace-Id', 'span_id'],
              L2(['traceparent', 'Trace ID', 'Trace', 'ID traccia'], ['traceparent', 'Trace ID', 'Trace', 'Span']),
              L2(["traceparent: {v}", "trace id {v}", "nel log la traccia è {v}"], ["traceparent: {v}", "trace id {v}", "trace in the log is {v}"]), 'dev')


def L_client_id(lang):
    v = ch(['acme-pay-prod', 'desk-sync-staging', 'northwind-erp', 'integrazione-gestionale', '0oa' + rs(17),
            '%s-%s.apps.googleusercontent.com' % (rdig(12), rs(32, LO + DG)), uuid4(), 'desk_' + rs(12, LO + DG),
            'com.ferramentacolombo.app', rdig(15)])
    return LF('client_id', v, ['client_id', 'CLIENT_ID', 'clientId', 'app_id', 'application_id'],
              L2(['Client ID', 'client_id', 'ID applicazione', 'ID client', 'App ID'], ['Client ID', 'client_id', 'App ID', 'Application (client) ID']),
              L2(["client id {v}", "client_id: {v}", "l'ID applicazione è {v}", "registrata come {v}"],
                 ["client id {v}", "client_id: {v}", "the application id is {v}", "registered as {v}"]), 'auth')


def L_debug(lang):
    v = ch([rs(16, HEX), 'dbg-' + rs(12, HEX), rs(8, HEX).upper() + ':' + rs(4, HEX).upper(), rs(20, LO + DG)])
    return LF('debug', v, ['debug_id', 'debugId', 'error_id', 'incident'],
              L2(['Debug ID', 'Codice errore', 'ID errore', 'Incident'], ['Debug ID', 'Error ID', 'Incident ID', 'Error code']),
              L2(["debug id {v}", "l'errore riporta il codice {v}", "ID errore: {v}"], ["debug id {v}", "the error shows code {v}", "error id: {v}"]), 'dev')


def L_commit(lang):
    v = ch([rs(40, HEX), rs(7, HEX), rs(12, HEX)])
    return LF('commit', v, ['commit', 'sha', 'revision', 'GIT_SHA'],
              L2(['Commit', 'Revisione', 'SHA'], ['Commit', 'Revision', 'SHA']),
              L2(["commit {v}", "siamo alla revisione {v}", "deploy del commit {v}"], ["commit {v}", "we're on revision {v}", "deployed commit {v}"]), 'dev')


def L_digest(lang):
    v = ch(['sha256:' + rs(64, HEX), rs(64, HEX), 'md5 ' + rs(32, HEX), '"' + rs(32, HEX) + '"', 'sha512-' + rs(86, B64) + '=='])
    return LF('digest', v, ['digest', 'checksum', 'etag', 'integrity'],
              L2(['Digest', 'Checksum', 'Impronta', 'ETag'], ['Digest', 'Checksum', 'ETag', 'Hash']),
              L2(["digest dell'immagine {v}", "checksum {v}", "l'hash del file è {v}"], ["image digest {v}", "checksum {v}", "file hash is {v}"]), 'dev')


def L_order(lang):
    d = bad_card_digits() if chance(0.25) else None
    v = d if d else ch(['ORD-' + rdig(6), '#' + rdig(7), 'A' + rdig(9), '%s-%s-%s' % (rdig(3), rdig(7), rdig(7)), rdig(10), 'WEB' + rdig(8)])
    return LF('order', v, ['order_id', 'order_number', 'orderNo', 'numero_ordine'],
              L2(['Ordine', 'N. ordine', 'Numero ordine', 'Ordine n.'], ['Order', 'Order #', 'Order number', 'Order no.']),
              L2(["ordine n. {v}", "numero ordine {v}", "l'ordine {v} risulta pagato"], ["order #{v}", "order number {v}", "order {v} shows as paid"]), 'pay')


def L_invoice(lang):
    v = ch(['FT %d/%s' % (rint(2024, 2025), rdig(5)), 'INV-' + rdig(6), '%d/%d' % (rint(1, 999), rint(2024, 2025)), 'FPR ' + rdig(4) + '/25', 'NC-' + rdig(5)])
    return LF('invoice', v, ['invoice', 'invoice_number', 'fattura', 'numero_fattura'],
              L2(['Fattura', 'N. fattura', 'Nota di credito', 'Documento'], ['Invoice', 'Invoice no.', 'Credit note', 'Document']),
              L2(["fattura {v}", "la nota di credito {v}", "rif. fattura n. {v}"], ["invoice {v}", "credit note {v}", "invoice ref {v}"]), 'pay')


def L_phone(lang):
    v = phone(lang)
    return LF('phone', v, ['phone', 'telefono', 'mobile', 'tel'],
              L2(['Tel', 'Telefono', 'Cell.', 'Cellulare', 'Numero'], ['Phone', 'Tel', 'Mobile', 'Call']),
              L2(["chiamatemi al {v}", "tel. {v}", "il mio cellulare è {v}", "numero verde {v}"], ["call me on {v}", "tel {v}", "my mobile is {v}", "reach me at {v}"]), 'pay')


def L_date_amount(lang):
    a, d = amount(lang), rdate(lang)
    v = ch([a + ' del ' + d if lang == 'it' else a + ' on ' + d, a, d + ' - ' + a])
    return LF('amount', v, ['amount', 'importo', 'total', 'date'],
              L2(['Importo', 'Data e importo', 'Totale', 'Addebito'], ['Amount', 'Total', 'Charge', 'Date/amount']),
              L2(["importo {v}", "addebito di {v}", "ci avete addebitato {v}"], ["amount {v}", "a charge of {v}", "you charged us {v}"]), 'pay')


def L_card_bad(lang):
    v = card_fmt(bad_card_digits())
    return LF('card_bad', v, ['card_number', 'pan', 'numero_carta'],
              L2(['Numero carta', 'Carta', 'N. carta'], ['Card number', 'Card', 'Card no.']),
              L2(["la carta è la {v} (credo di aver sbagliato una cifra)", "numero carta {v}", "carta {v}"],
                 ["the card is {v} (I think I mistyped a digit)", "card number {v}", "card {v}"]), 'pay')


def L_iban_bad(lang):
    v = iban_fmt(bad_iban())
    return LF('iban_bad', v, ['iban', 'IBAN'], IBAN_LAB,
              L2(["IBAN: {v}", "l'iban che mi hanno dato è {v} ma il sito dice che non è valido", "iban {v}"],
                 ["IBAN: {v}", "the iban they gave me is {v} but the site says it's invalid", "iban {v}"]), 'pay')


BICS = ['UNCRITMMXXX', 'BCITITMM', 'DEUTDEFFXXX', 'BNPAFRPP', 'CAIXESBBXXX', 'BARCGB22', 'INGBNL2A', 'BPMOIT22XXX',
        'POSOIT22', 'COBADEFFXXX', 'NWBKGB2L', 'RABONL2U', 'BSCHESMM', 'BPPIITRRXXX', 'SELBIT2BXXX', 'CRPPIT2P']


def L_bic(lang):
    return LF('bic', ch(BICS), ['bic', 'swift', 'BIC'],
              L2(['BIC', 'SWIFT', 'BIC/SWIFT', 'Codice SWIFT'], ['BIC', 'SWIFT', 'SWIFT/BIC', 'SWIFT code']),
              L2(["BIC {v}", "codice swift {v}", "il BIC della banca è {v}"], ["BIC {v}", "swift code {v}", "the bank's BIC is {v}"]), 'pay')


def L_abi_cab(lang):
    abi, cab = ch(IT_ABI), rdig(5)
    t = R.random()
    if t < 0.5:
        v = ch(['ABI %s CAB %s', 'ABI %s / CAB %s', 'abi %s - cab %s']) % (abi, cab)
    elif t < 0.7:
        sc = '%s-%s-%s' % (rdig(2), rdig(2), rdig(2))
        v = 'sort code ' + sc
    elif t < 0.85:
        v = 'BLZ ' + ch(DE_BLZ)
    else:
        v = 'code banque %s, code guichet %s' % (ch(FR_BANK), rdig(5))
    return LF('abicab', v, ['abi_cab', 'bank_code', 'sort_code', 'blz'],
              L2(['Banca', 'Codici banca', 'Filiale'], ['Bank', 'Bank codes', 'Branch']),
              L2(["la filiale è {v}", "{v} (il numero di conto ve lo manda l'amministrazione)", "coordinate filiale: {v}"],
                 ["branch is {v}", "{v} (accounts will send the account number)", "branch codes: {v}"]), 'pay')


def L_masked(lang):
    t = R.random()
    if t < 0.3:
        d = card_digits()
        v = ch(['**** **** **** ' + d[-4:], d[:4] + ' ' + d[4:6] + '** **** ' + d[-4:], 'XXXX-XXXX-XXXX-' + d[-4:],
                '•••• ' + d[-4:], d[:6] + '******' + d[-4:], '**** ' + d[-4:]])
        lab = L2(['Carta', 'Carta (mascherata)', 'Carta che termina con'], ['Card', 'Card (masked)', 'Card ending'])
        th, keys = 'pay', ['card_number', 'pan', 'card']
    elif t < 0.5:
        ib = make_iban()
        keep = rint(3, 4)
        m = ib[:4] + '*' * (len(ib) - 4 - keep) + ib[-keep:]
        v = ' '.join(m[i:i + 4] for i in range(0, len(m), 4)) if chance(0.6) else m
        lab, th, keys = IBAN_LAB, 'pay', ['iban', 'payout_iban']
    elif t < 0.8:
        v = ch(['sk_live_' + '*' * rint(8, 20) + rs(4), 'ghp_' + '•' * 8 + '…', 'eyJhbGciOi…[troncato]' if lang == 'it' else 'eyJhbGciOi…[truncated]', 'xoxb-****-****-' + '*' * 8,
                '[REDACTED]', '<rimosso>', '********', '●●●●●●●●', '[hidden]', 'AKIA************' if chance(0.5) else 'AKIA…' + rs(4, UP),
                rs(4) + '…' + rs(4), '***' + rs(3, HEX), '[FILTERED]', 'REDACTED_BY_AGENT'])
        lab = L2(['Token', 'Client secret', 'Password', 'API key', 'Secret'], ['Token', 'Client secret', 'Password', 'API key', 'Secret'])
        th, keys = 'auth', ['token', 'api_key', 'client_secret', 'password', 'access_token']
    else:
        v = ch(['***', '****', '••••••', 'XXX', '******'])
        lab = L2(['CVV', 'PIN', 'OTP', 'Codice'], ['CVV', 'PIN', 'OTP', 'Code'])
        th, keys = 'pay', ['cvv', 'pin', 'otp']
    return LF('masked', v, keys, lab,
              L2(["{v} (oscurato)", "valore: {v}", "vedete {v} perché il sistema lo maschera"],
                 ["{v} (masked)", "value: {v}", "it shows {v} because the system masks it"]), th)


PH_GENERIC = ['xxxxx', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', '...', 'TODO', '<redacted>', '********', '[da compilare]']
PH_TARGETS = [
    ('password', 'Password', 'Password', ['<PASSWORD>', '<inserire-qui-la-password>', '${DB_PASSWORD}', '$(DB_PASSWORD)',
                                          '{{ .Values.db.password }}', '%DB_PASSWORD%', '<your-password>']),
    ('client_secret', 'Client secret', 'Client secret', ['YOUR_CLIENT_SECRET', '${CLIENT_SECRET}', '${{ secrets.CLIENT_SECRET }}',
                                                         '<client-secret>', '{{client_secret}}']),
    ('api_key', 'API key', 'API key', ['your-api-key-here', '%API_KEY%', '<API_KEY>', '${API_KEY}']),
    ('access_token', 'Token', 'Token', ['<your-token>', '{{token}}', 'INSERISCI_TOKEN', '[token qui]', '$ACCESS_TOKEN', '<bearer-token>']),
    ('refresh_token', 'Refresh token', 'Refresh token', ['<YOUR_REFRESH_TOKEN>', '{{refresh_token}}', '${REFRESH_TOKEN}']),
    ('stripe_secret_key', 'Chiave Stripe', 'Stripe key', ['sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', 'sk_test_...', '${STRIPE_SECRET_KEY}', 'sk_live_<la-tua-chiave>']),
    ('private_key', 'Chiave privata', 'Private key', ['<contenuto di id_rsa>', '${PRIVATE_KEY}', 'file://./keys/private.pem', '@/run/secrets/tls.key']),
    ('iban', 'IBAN', 'IBAN', ['IT00X0000000000000000000000', 'IT__ ____ ____ ____ ____ ____ ___', '<IBAN>', 'IBAN_DEL_BENEFICIARIO']),
    ('card_number', 'Numero carta', 'Card number', ['xxxx xxxx xxxx xxxx', '{{card_number}}', 'NNNN NNNN NNNN NNNN', '<PAN>']),
    ('cvv', 'CVV', 'CVV', ['<cvv>', 'XXX', '{{cvv}}', 'NNN']),
    ('pin', 'Codice OTP', 'OTP code', ['<OTP>', '{{otp_code}}', 'XXXXXX', '<codice-sms>']),
]


def L_placeholder(lang):
    key, lit, len_, vals = ch(PH_TARGETS)
    v = ch(vals) if chance(0.75) else ch(PH_GENERIC)
    return LF('placeholder', v, [key, key.upper()], L2([lit], [len_]),
              L2(["nel file c'è ancora {v} al posto del valore", lit + ": {v}", "ho lasciato {v} come da vostra guida",
                  "nella guida scrivete di mettere {v}, ma cosa ci va?"],
                 ["the file still has {v} instead of the value", len_ + ": {v}", "I left {v} as your guide says",
                  "your guide says to put {v}, but what goes there?"]), ch(['auth', 'dev']))


CODE_READS = [('client_secret', 'os.environ["CLIENT_SECRET"]'), ('db_password', "os.getenv('DB_PASSWORD')"),
              ('stripe_key', 'process.env.STRIPE_SECRET_KEY'), ('api_token', 'System.getenv("API_TOKEN")'),
              ('clientSecret', 'config.clientSecret'), ('refresh_token', 'settings.REFRESH_TOKEN'),
              ('smtp_password', 'ENV.fetch("SMTP_PASSWORD")'), ('password', 'getenv("PGPASSWORD")'),
              ('NPM_TOKEN', '${{ secrets.NPM_TOKEN }}'), ('slack_token', 'Deno.env.get("SLACK_BOT_TOKEN")'),
              ('password', 'vault.read("secret/data/desk")["data"]["password"]'), ('client_secret', '$env:AZURE_CLIENT_SECRET'),
              ('api_key', 'Environment.GetEnvironmentVariable("PAYMENTS_API_KEY")'), ('token', 'os.environ.get("DESK_TOKEN", "")'),
              ('private_key', 'open(os.environ["KEY_PATH"]).read()'), ('iban', 'customer.payout_iban'),
              ('card_number', 'request.form["card_number"]'), ('pin', 'input("PIN: ")'), ('secret', 'keyring.get_password("desk", user)'),
              ('password', '$(pass show desk/admin)'), ('client_secret', 'credentials.client_secret')]


def L_code(lang):
    k, v = ch(CODE_READS)
    return LF('code', v, [k], L2([k], [k]),
              L2(["nel codice lo leggiamo con {v}", "il valore arriva da {v}, non è scritto da nessuna parte", "usiamo {v}"],
                 ["in the code we read it with {v}", "the value comes from {v}, it's not written anywhere", "we use {v}"]), 'dev')


NOTES = {
    'it': ["La password l'ho cambiata ieri ma continua a dire credenziali errate.",
           "Non vi mando la password per email, ve la dico a voce.",
           "La password deve avere almeno 12 caratteri, una maiuscola e un simbolo?",
           "Il token scade ogni ora, è normale?", "Ho rigenerato il client secret dal portale ma non so dove incollarlo.",
           "Il PIN della carta ovviamente non lo scrivo qui.", "Il codice OTP non arriva mai, né via SMS né via mail.",
           "Il CVV non ve lo do, mi hanno detto di non darlo a nessuno.", "La chiave privata è sul server, non l'ho copiata.",
           "Potete reimpostare voi la password dell'utente amministratore?",
           "Il refresh token sembra non venire salvato dopo il login.",
           "Abbiamo messo le credenziali nel vault come suggerito.",
           "La password dell'FTP è la stessa di sempre, la sa Giorgio.",
           "Mi chiede il codice SMS ma il telefono aziendale ce l'ha il titolare.",
           "Ho letto che non bisogna mai condividere l'IBAN completo via chat, giusto?",
           "La chiave API l'ho revocata subito dopo il test.",
           "Password dimenticata: il link di reset è scaduto."],
    'en': ["I changed the password yesterday but it still says invalid credentials.",
           "I won't email you the password, I'll tell you on the phone.",
           "Does the password need 12 characters, a capital and a symbol?",
           "The token expires every hour, is that normal?", "I regenerated the client secret in the portal but don't know where to paste it.",
           "Obviously I'm not writing the card PIN here.", "The OTP never arrives, neither by text nor email.",
           "Not giving you the CVV, I was told never to share it.", "The private key is on the server, I didn't copy it.",
           "Can you reset the admin user's password for us?",
           "The refresh token doesn't seem to be saved after login.",
           "We put the credentials in the vault as suggested.",
           "The FTP password is the usual one, Giorgio knows it.",
           "It asks for the SMS code but the owner has the company phone.",
           "I read you should never share the full IBAN over chat, right?",
           "I revoked the API key right after the test.",
           "Forgot password: the reset link expired."]}


def L_note(lang):
    v = ch(NOTES[lang])
    return LF('note', v, ['note', 'nota', 'comment'], L2([''], ['']), L2(['{v}'], ['{v}']), ch(['auth', 'pay']))


def L_pubkey(lang):
    t = R.random()
    if t < 0.35:
        body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(64 * 5 + 20, B64) + 'IDAQAB'
        v = '-----BEGIN PUBLIC KEY-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END PUBLIC KEY-----'
    elif t < 0.6:
        body = 'MIID' + rs(64 * 8, B64) + '=='
        v = '-----BEGIN CERTIFICATE-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END CERTIFICATE-----'
    elif t < 0.8:
        v = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64) + ' ' + ch(['mario@laptop', 'deploy@ci', 'giulia@MacBook-Pro.local', 'root@web01'])
    elif t < 0.9:
        v = '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----'
    else:
        v = '-----BEGIN OPENSSH PRIVATE KEY-----\n<contenuto rimosso>\n-----END OPENSSH PRIVATE KEY-----'
    return LF('pubkey', v, ['public_key', 'certificate', 'ssh_key.pub', 'authorized_keys'],
              L2(['Chiave pubblica', 'Certificato', 'authorized_keys'], ['Public key', 'Certificate', 'authorized_keys']),
              L2(["chiave pubblica:\n{v}", "il certificato è questo:\n{v}", "ho aggiunto {v} a authorized_keys"],
                 ["public key:\n{v}", "the certificate is:\n{v}", "I added {v} to authorized_keys"]), 'dev')


def L_misc(lang):
    t = ch(['cro', 'trn', 'vat', 'ip', 'ver', 'sid', 'arn', 'track', 'sci', 'jwthead', 'exp', 'slack', 'docker', 'cap'])
    v = {'cro': 'CRO ' + rdig(11), 'trn': 'TRN ' + rdig(4) + rs(4, UP) + rdig(22), 'vat': ch(['P.IVA IT', 'VAT GB', 'USt-IdNr. DE']) + rdig(11 if chance(0.5) else 9),
         'ip': '%d.%d.%d.%d' % (rint(10, 223), rint(0, 255), rint(0, 255), rint(1, 254)), 'ver': 'v%d.%d.%d (build %s)' % (rint(1, 9), rint(0, 30), rint(0, 20), rdig(5)),
         'sid': 'AC' + rs(32, HEX), 'arn': 'arn:aws:iam::%s:role/desk-sync' % rdig(12), 'track': '1Z' + rs(6, UP + DG) + rdig(10),
         'sci': ch(['4,53915E+15', '4.11111E+15', '5,55556E+15', '3.78282E+14']), 'jwthead': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.[REDACTED].[REDACTED]',
         'exp': 'scad. ' + expiry() if lang == 'it' else 'exp ' + expiry(), 'slack': ch(['C0', 'U0', 'D0']) + rs(9, UP + DG),
         'docker': rs(12, HEX), 'cap': ('CAP ' if lang == 'it' else 'Postcode ') + (rdig(5) if lang == 'it' else ch(['SW1A 1AA', 'M1 1AE', 'EC1A 1BB']))}[t]
    lab = {'cro': 'CRO', 'trn': 'TRN', 'vat': 'P.IVA', 'ip': 'IP', 'ver': 'Versione', 'sid': 'Account SID', 'arn': 'Role ARN',
           'track': 'Tracking', 'sci': 'Carta (da Excel)', 'jwthead': 'Token', 'exp': 'Scadenza', 'slack': 'Canale', 'docker': 'Container', 'cap': 'CAP'}[t]
    lab_en = {'ver': 'Version', 'sci': 'Card (from Excel)', 'exp': 'Expiry', 'slack': 'Channel', 'cap': 'Postcode', 'vat': 'VAT no.'}.get(t, lab)
    return LF('misc-' + t, v, [t, t + '_id'], L2([lab], [lab_en]),
              L2([lab + ' {v}', '{v}', 'rif. {v}'], [lab_en + ' {v}', '{v}', 'ref {v}']),
              'pay' if t in ('cro', 'trn', 'vat', 'sci', 'exp', 'track', 'cap') else 'dev')


def L_numbers(lang):
    """bare short numbers that look like PINs / CVVs but are something else"""
    n = rdig(ch([3, 4, 5, 6]))
    v, it, en = ch([('interno ' + n, 'Interno', 'Ext.'), ('cod. cliente ' + n, 'Codice cliente', 'Customer no.'),
                    ('pratica ' + n, 'Pratica', 'Case'), ('stanza ' + rdig(3), 'Stanza', 'Room'),
                    ('errore ' + rdig(4), 'Errore', 'Error'), ('lotto ' + n, 'Lotto', 'Batch')])
    if lang == 'en':
        v = v.replace('interno', 'ext.').replace('cod. cliente', 'customer no.').replace('pratica', 'case').replace('stanza', 'room').replace('errore', 'error').replace('lotto', 'batch')
    return LF('numbers', v, ['ref', 'numero'], L2([it], [en]), L2(['{v}', '(' + '{v})'], ['{v}', '({v})']), 'pay')


LOOKS = {'auth': [L_uuid, L_client_id, L_trace, L_debug, L_placeholder, L_code, L_note, L_masked, L_task_id, L_misc, L_uuid, L_client_id, L_placeholder, L_note],
         'pay': [L_payment_id, L_order, L_invoice, L_phone, L_date_amount, L_card_bad, L_iban_bad, L_bic, L_abi_cab, L_masked,
                 L_misc, L_note, L_numbers, L_card_bad, L_iban_bad, L_abi_cab, L_bic, L_masked],
         'dev': [L_commit, L_digest, L_trace, L_uuid, L_task_id, L_code, L_placeholder, L_pubkey, L_masked, L_misc, L_debug, L_code]}


def look_facts(lang, theme, k):
    out = []
    for _ in range(k):
        th = theme if chance(0.8) else ch(['auth', 'pay', 'dev'])
        out.append(ch(LOOKS[th])(lang))
    return out


# ============================================================ rendering ==
def cap1(s):
    if s and s[0] not in (OPEN, CLOSE):
        return s[0].upper() + s[1:]
    return s


def k_env(k):
    k = re.sub(r'([a-z])([A-Z])', r'\1_\2', k)
    return re.sub(r'[^A-Za-z0-9]+', '_', k).upper().strip('_')


def k_snake(k):
    k = re.sub(r'([a-z])([A-Z])', r'\1_\2', k)
    return re.sub(r'[^A-Za-z0-9]+', '_', k).lower().strip('_')


def k_camel(k):
    p = k_snake(k).split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])


def k_header(k):
    if k.lower() in ('authorization', 'cookie'):
        return k.capitalize()
    if k.lower().startswith('x-'):
        return k
    return 'X-' + '-'.join(x.capitalize() for x in k_snake(k).split('_'))


def json_esc(s, go=False, ascii_=False):
    r = json.dumps(s, ensure_ascii=ascii_)[1:-1]
    if go:
        r = r.replace('&', '\\u0026').replace('<', '\\u003c').replace('>', '\\u003e')
    return r


def jq(v, go=False, ascii_=False):
    return '"' + segmap(v, lambda s: json_esc(s, go, ascii_)) + '"'


def indent_v(v, pre):
    return v.replace('\n', '\n' + pre)


def fkey(f, how):
    k = f.key()
    return {'env': k_env, 'snake': k_snake, 'camel': k_camel, 'header': k_header, 'raw': lambda x: x}[how](k)


def facts_block(lang, facts, fmt):
    lines = []
    if fmt == 'prose':
        out = []
        for f in facts:
            s = cap1(f.sent(lang)) if chance(0.7) else f.sent(lang)
            if not f.multi and chance(0.7):
                s += ch(['.', '.', '', '!', ' ', '.'])
            out.append(s)
        sep = '\n' if chance(0.5) else ' '
        txt = ''
        for s in out:
            if txt == '':
                txt = s
            elif '\n' in clean(s) or '\n' in clean(txt[-80:]):
                txt += '\n' + s
            else:
                txt += sep + s
        return txt
    if fmt == 'kv':
        bullet = ch(['', '', '- ', '* ', '• ', '> '])
        sep = ch([None, ': ', ' = '])
        for f in facts:
            lines.append(bullet + f.kv(lang, sep))
        return '\n'.join(lines)
    if fmt == 'env':
        for f in facts:
            if f.cat == 'note':
                lines.append('# ' + f.v)
                continue
            k = fkey(f, 'env')
            v = f.v
            if f.multi:
                v = '"' + (v.replace('\n', '\\n') if chance(0.6) else v) + '"'
            elif f.cat == 'code':
                v = '${' + k + '}' if chance(0.5) else v
            elif chance(0.3) or ' ' in clean(v):
                q = ch(['"', "'"])
                v = q + v + q
            lines.append(ch(['', '', 'export ']) + k + '=' + v)
        return '\n'.join(lines)
    if fmt == 'json':
        how = ch(['snake', 'camel', 'raw'])
        pairs = []
        for f in facts:
            k = 'note' if f.cat == 'note' else fkey(f, how)
            pairs.append('"%s": %s' % (k, jq(f.v)))
        if chance(0.5):
            return '{' + ', '.join(pairs) + '}'
        return '{\n' + ',\n'.join('  ' + p for p in pairs) + '\n}'
    if fmt == 'yaml':
        for f in facts:
            if f.cat == 'note':
                lines.append('# ' + f.v)
                continue
            k = fkey(f, 'snake')
            if f.multi:
                lines.append(k + ': |\n  ' + indent_v(f.v, '  '))
            elif chance(0.3):
                q = ch(['"', "'"])
                lines.append('%s: %s%s%s' % (k, q, f.v, q))
            else:
                lines.append('%s: %s' % (k, f.v))
        body = '\n'.join(lines)
        if chance(0.5):
            sect = ch(['integration', 'oauth', 'database', 'payments', 'smtp', 'desk'])
            body = sect + ':\n' + '\n'.join('  ' + l for l in body.split('\n'))
        return body
    if fmt == 'ini':
        lines.append('[' + ch(['auth', 'database', 'payments', 'desk', 'smtp', 'connection']) + ']')
        for f in facts:
            if f.cat == 'note':
                lines.append('; ' + f.v)
                continue
            k = fkey(f, 'snake')
            if f.multi:
                lines.append(k + ' = ' + indent_v(f.v, '    '))
            else:
                lines.append(k + ch([' = ', '=', ': ']) + f.v)
        return '\n'.join(lines)
    if fmt == 'header':
        for f in facts:
            if f.cat == 'note' or f.multi:
                lines.append(f.kv(lang))
                continue
            if f.cat in ('basic',):
                lines.append('Authorization: ' + f.v)
            elif f.cat == 'cookie':
                lines.append('Cookie: ' + f.v)
            elif f.kind == 'access_token' and f.cat in ('jwt', 'opaque', 'ya29'):
                lines.append('Authorization: Bearer ' + f.v)
            else:
                lines.append(fkey(f, 'header') + ': ' + f.v)
        return '\n'.join(lines)
    raise ValueError(fmt)


def customer_msg(lang, facts, theme, fmts=('prose', 'prose', 'kv', 'kv', 'env', 'json', 'yaml'), greet=True):
    parts = []
    if greet and chance(0.8):
        parts.append(ch(GREET[lang]))
    parts.append(' '.join(fill(lang, theme, rint(1, 2))))
    fmt = ch(list(fmts))
    blk = facts_block(lang, facts, fmt)
    if fmt != 'prose' and chance(0.5):
        blk = ch({'it': ['Ecco i dati:', 'Dati:', 'Configurazione attuale:', 'Vi copio qui sotto:', 'Sotto:'],
                  'en': ['Details:', 'Here you go:', 'Current config:', 'Copying below:', 'Below:']}[lang]) + '\n' + blk
    parts.append(blk)
    if chance(0.5):
        parts.append(' '.join(fill(lang, theme, 1)))
    c = ch(CLOSE_[lang])
    parts.append(c + ('\n' + fullname(lang) if chance(0.5) else ''))
    return '\n\n'.join(parts)


# ============================================================== styles ==
def mail_header_line(lang, name, mail):
    if lang == 'it':
        return ch(['Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:' % (ch(IT_DAYS), rint(1, 28), ch(IT_MONTHS), ch([2024, 2025]), rtime(), name, mail),
                   'Il %s, %s <%s> ha scritto:' % (rdate('it'), name, mail),
                   '%s <%s> ha scritto in data %s:' % (name, mail, rdate('it')),
                   '-----Messaggio originale-----\nDa: %s <%s>\nInviato: %s %s\nOggetto: R: problema accesso' % (name, mail, rdate('it', 'long'), rtime())])
    return ch(['On %s, %s %d, %d at %s, %s <%s> wrote:' % (ch(EN_DAYS), ch(EN_MONTHS), rint(1, 28), ch([2024, 2025]), rtime(), name, mail),
               'On %s %s <%s> wrote:' % (rdate('en'), name, mail),
               '-----Original Message-----\nFrom: %s <%s>\nSent: %s %s\nSubject: RE: access issue' % (name, mail, rdate('en', 'long'), rtime())])


def st_email_quoted(lang, S, L, theme):
    facts = shuffled(S + L)
    n = rint(2, 4)
    holder = 0 if chance(0.7) else rint(0, n - 1)
    people = [person(lang) for _ in range(n)]
    mode = ch(['word', 'hard', 'fold', 'fold'])
    msgs = []
    for k in range(n):
        if k == holder:
            msgs.append(customer_msg(lang, facts, theme, fmts=('prose', 'prose', 'prose', 'kv', 'env') if mode == 'fold'
                                     else ('prose', 'prose', 'kv', 'kv', 'env', 'json', 'yaml')))
        else:
            m = ch(REPLY[lang])
            if chance(0.4):
                m = ch(GREET[lang]) + '\n\n' + m
            if chance(0.4):
                m += '\n\n' + people[k][0]
            msgs.append(m)
    width = ch([72, 72, 72, 70, 76, 66])
    hard = mode != 'word'
    wr = (lambda t: fold(t, width)) if mode == 'fold' else (lambda t: wrap(t, width, hard))
    txt = wr(msgs[0])
    nested = chance(0.5)
    for k in range(1, n):
        f, l = people[k - 1]
        hdr = wrap(mail_header_line(lang, f + ' ' + l, email_of(f, l, lang)), width, False)
        txt = wr(msgs[k]) + '\n\n' + hdr + '\n' + quote_block(txt, nested)
    if mode == 'fold' and chance(0.6):
        txt = fold(txt, width)          # the relay re-folded the quoted lines too
    elif chance(0.4):
        txt = ragged(txt, width)
    return 'email-quoted', txt


def st_email_fwd(lang, S, L, theme):
    facts = shuffled(S + L)
    f1, l1 = person(lang)
    f2, l2 = person(lang)
    body = customer_msg(lang, facts, theme)
    if chance(0.5):
        body = wrap(body, 76, chance(0.4))
    subj = ch({'it': ['Credenziali integrazione', 'R: dati bonifico', 'I: accesso gestionale', 'Fw: configurazione', 'URGENTE pagamento'],
               'en': ['Integration credentials', 'RE: payment details', 'FW: admin access', 'Fwd: config', 'URGENT payment']}[lang])
    if chance(0.5):
        if lang == 'it':
            hdr = '---------- Messaggio inoltrato ---------\nDa: %s %s <%s>\nDate: %s alle ore %s\nSubject: %s\nTo: <supporto@desk.example>' % (f1, l1, email_of(f1, l1, lang), rdate(lang, 'long'), rtime(), subj)
        else:
            hdr = '---------- Forwarded message ---------\nFrom: %s %s <%s>\nDate: %s at %s\nSubject: %s\nTo: <support@desk.example>' % (f1, l1, email_of(f1, l1, lang), rdate(lang, 'long'), rtime(), subj)
    else:
        if lang == 'it':
            hdr = '________________________________\nDa: %s %s <%s>\nInviato: %s %s\nA: %s %s\nCc: amministrazione@%s\nOggetto: %s' % (f1, l1, email_of(f1, l1, lang), rdate(lang, 'long'), rtime(), f2, l2, ch(IT_DOM), subj)
        else:
            hdr = '________________________________\nFrom: %s %s <%s>\nSent: %s %s\nTo: %s %s\nCc: accounts@%s\nSubject: %s' % (f1, l1, email_of(f1, l1, lang), rdate(lang, 'long'), rtime(), f2, l2, ch(EN_DOM), subj)
    top = ch({'it': ['Vi inoltro quanto ricevuto.', 'Inoltro, vedete voi.', 'Vedi sotto', 'FYI', 'Questo è quello che ci ha scritto il cliente'],
              'en': ['Forwarding what we received.', 'Forwarding, over to you.', 'See below', 'FYI', "This is what the customer wrote"]}[lang])
    top = top + '\n\n' + (ch({'it': ['Inviato da Outlook', ''], 'en': ['Get Outlook for Android', '']}[lang]))
    txt = top.rstrip() + '\n\n' + hdr + '\n\n' + body
    if chance(0.3):
        txt = quote_block(txt, False, prefix=ch(['> ', '>', '| ']))
        txt = ch(REPLY[lang]) + '\n\n' + txt
    return 'email-forward', txt


ENT_ALL = [('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'), ("'", '&#39;'), (':', '&#58;'),
           ('\u00a0', '&nbsp;'), ('è', '&egrave;'), ('à', '&agrave;'), ('é', '&eacute;'), ('ù', '&ugrave;'), ('€', '&euro;'),
           ('@', '&#64;'), ('=', '&#61;'), ('/', '&#x2F;'), ('’', '&rsquo;'), ('ì', '&igrave;'), ('ò', '&ograve;'), ('#', '&#35;')]


def html_ents(t):
    probs = {}
    for c, e in ENT_ALL:
        probs[c] = 1.0 if c == '&' else ch([0, 0, 0.3, 0.7, 1.0])
    table = dict(ENT_ALL)

    def f(s):
        out = []
        for c in s:
            if c in probs and R.random() < probs[c]:
                out.append(table[c])
            else:
                out.append(c)
        return ''.join(out)
    return segmap(t, f)


def st_html2text(lang, S, L, theme):
    facts = shuffled(S + L)
    parts = [ch(GREET[lang])]
    parts.append(' '.join(fill(lang, theme, rint(1, 2))))
    lines = []
    for f in facts:
        t = R.random()
        if f.cat == 'note':
            lines.append(f.v)
        elif f.kind in ('access_token', 'refresh_token') and f.cat not in ('cookie',) and chance(0.4):
            u = ch(['https://app.desk.example/sso?token=', 'https://portal.acme-pay.example/connect?refresh_token=',
                    'https://desk.example/oauth/resume?access_token=']) + f.v
            if chance(0.6):
                u = 'https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C%s&sdata=%s&reserved=0' % (
                    rint(1, 5), qenc(u), rs(32, HEX), rdig(18), rs(43, B62) + '%3D')
            lines.append(ch({'it': ['Link di accesso', 'Collega account', 'Riprendi sessione'], 'en': ['Sign-in link', 'Connect account', 'Resume session']}[lang])
                         + ' [' + u + ']')
        elif t < 0.4:
            lines.append('*' + f.label(lang) + ':*\u00a0' + f.v)
        elif t < 0.7:
            lines.append(f.label(lang) + ' | ' + f.v)
        else:
            lines.append(cap1(f.sent(lang)))
    parts.append('\n'.join(lines) if chance(0.6) else '<br>'.join(lines))
    link = ch({'it': ['Accedi al portale', 'Clicca qui', 'Apri il ticket', 'Guida configurazione'],
               'en': ['Log in to the portal', 'Click here', 'Open the ticket', 'Setup guide']}[lang])
    url = ch(['https://desk.example/portal?lang=it&ref=mail', 'https://support.desk.example/hc/articles/' + rdig(8),
              'https://app.desk.example/tickets/' + rdig(6) + '?utm_source=mail&utm_medium=email'])
    parts.append(link + ch([' [' + url + ']', ' <' + url + '>', ' (' + url + ')']))
    parts.append(ch(CLOSE_[lang]) + '\n' + fullname(lang))
    if chance(0.5):
        parts.append(ch(['<o:p></o:p>', '</div></div>', '&nbsp;', '<span style="font-size:11pt">&nbsp;</span>', '[cid:image001.png@01DA6E2B.5C2F1A40]']))
    txt = '\n\n'.join(parts)
    txt = html_ents(txt)
    if chance(0.3):
        txt = txt.replace('\n\n', '\n\u00a0\n')
    return 'html-to-text', txt


def soft_hyphenate(s, p=0.5):
    out = []
    for w in s.split(' '):
        if len(w) > 8 and w.isalpha() and chance(p):
            i = rint(3, len(w) - 3)
            w = w[:i] + '\u00ad' + w[i:]
        out.append(w)
    return ' '.join(out)


def st_word(lang, S, L, theme):
    facts = shuffled(S + L)
    bullet = ch(['•\t', '·  ', '◦ ', '▪ ', '– ', '\uf0b7\t', '1.\t'])
    qopen, qclose = ch([('“', '”'), ('‘', '’'), ('«', '»'), ('„', '“'), ('"', '"'), ('', '')])
    out = [ch(GREET[lang]).replace("'", '’'), '']
    out.append(' '.join(fill(lang, theme, rint(1, 2))).replace("'", '’'))
    out.append('')
    for i, f in enumerate(facts):
        b = bullet.replace('1.', '%d.' % (i + 1))
        if f.cat == 'note':
            out.append(b + f.v.replace("'", '’'))
            continue
        lab = f.label(lang)
        sep = ch([':\u00a0', ':\t', '\u202f: ', ':\u00a0\u00a0', ' – ', ': '])
        v = f.v
        if not f.multi:
            v = qopen + v + qclose
        out.append(b + lab + sep + v)
    out.append('')
    out.append(ch(CLOSE_[lang]))
    txt = '\n'.join(out)
    txt = outmap(txt, lambda s: soft_hyphenate(s, 0.4))
    if chance(0.3):
        txt = inmap(txt, lambda s: s[:len(s) // 2] + '\u00ad' + s[len(s) // 2:] if len(s) > 20 and ' ' not in s and '\n' not in s else s,
                    kinds=['access_token', 'refresh_token', 'vendor_key', 'client_secret'])
    if chance(0.4):
        txt = txt.replace('\n', '\r\n')
    if chance(0.3):
        txt += '\n\n' + ch(['[cid:image001.png@01DA6E2B.5C2F1A40]', '<<Documento1.docx>>', 'Rif. int. ' + rdig(5)])
    return 'word-paste', txt


CHATTER = {'it': ['ok', 'aspetta', 'ci sono', 'fatto?', 'niente, sempre errore', 'provo ora', '👍', 'grazie!!', 'mi mandi la config?',
                  'eccola', 'aspetta che cerco', 'ok ricevuto, lo giro al supporto', 'va bene così?', 'sì', 'boh', 'adesso funziona?',
                  'ti ho scritto in privato', 'scusa ero in riunione', 'ho riavviato', 'nope'],
           'en': ['ok', 'hang on', 'here', 'done?', 'nope, same error', 'trying now', '👍', 'thanks!!', 'can you send the config?',
                  'here it is', 'let me look', 'got it, passing to support', 'is this ok?', 'yes', 'no idea', 'working now?',
                  'DMed you', 'sorry was in a meeting', 'restarted it', 'nah']}


def chat_msg_for(f, lang, platform):
    if f.multi:
        if platform == 'slack' and chance(0.6):
            return (ch({'it': ['eccola', 'chiave:', 'questa'], 'en': ['here', 'key:', 'this one']}[lang])) + '\n```\n' + f.v + '\n```'
        return f.sent(lang)
    t = R.random()
    if t < 0.5:
        s = f.sent(lang)
    elif t < 0.75:
        s = f.kv(lang)
    else:
        s = f.v
    if platform == 'slack' and f.cat != 'note' and chance(0.35):
        s = s.replace(f.v, '`' + f.v + '`', 1)
    if chance(0.3):
        s = s[0].lower() + s[1:] if s and s[0] not in (OPEN, CLOSE) else s
    return s


def st_chat(lang, S, L, theme):
    platform = ch(['slack', 'teams', 'whatsapp', 'telegram'])
    facts = shuffled(S + L)
    people = [person(lang) for _ in range(rint(2, 3))]
    msgs = []
    for f in facts:
        for _ in range(rint(0, 2)):
            msgs.append((ch(people), ch(CHATTER[lang])))
        msgs.append((people[0] if chance(0.7) else ch(people), chat_msg_for(f, lang, platform)))
    msgs.append((ch(people), ch(CHATTER[lang])))
    if chance(0.5):
        msgs.insert(0, (people[0], ch(fill(lang, theme, 1))))
    h, m = rint(8, 17), rint(0, 50)
    day = (rint(1, 28), rint(1, 12), ch([24, 25]))
    out = []
    if platform == 'whatsapp' and chance(0.5):
        out.append({'it': '%02d/%02d/%02d, %02d:%02d - I messaggi e le chiamate sono crittografati end-to-end.' % (day[0], day[1], day[2], h, m),
                    'en': '%02d/%02d/%02d, %02d:%02d - Messages and calls are end-to-end encrypted.' % (day[1], day[0], day[2], h, m)}[lang])
    wa_fmt = ch(['br', 'dash'])
    for (fn, ln), txt in msgs:
        m += rint(0, 3)
        if m > 59:
            h, m = h + 1, m - 60
        name = fn + ' ' + ln
        if platform == 'slack':
            if chance(0.5):
                out.append('%s  %d:%02d %s' % (name, (h - 1) % 12 + 1, m, 'PM' if h >= 12 else 'AM'))
                out.append(txt + (' (edited)' if lang == 'en' and chance(0.1) else (' (modificato)' if chance(0.1) else '')))
            else:
                out.append('[%02d:%02d] %s: %s' % (h, m, fn.lower() + '.' + re.sub('[^a-z]', '', ln.lower()), txt))
            if chance(0.1):
                out.append(ch([':+1: 1', ':pray: 2', ':eyes: 1']))
        elif platform == 'teams':
            if chance(0.5):
                out.append('[%02d/%02d/%d %02d:%02d] %s, %s' % (day[0], day[1], 2000 + day[2], h, m, ln, fn))
                out.append(txt)
            else:
                out.append('%s, %s  %02d:%02d' % (ln, fn, h, m))
                out.append(txt)
                if chance(0.15):
                    out.append(ch(['Mi piace', '1 reazione']) if lang == 'it' else ch(['Like', '1 reaction']))
        elif platform == 'whatsapp':
            if wa_fmt == 'br':
                out.append('[%02d/%02d/%02d, %02d:%02d:%02d] %s: %s' % (day[0], day[1], day[2], h, m, rint(0, 59), fn, txt))
            else:
                out.append('%02d/%02d/%02d, %02d:%02d - %s: %s' % (day[0], day[1], day[2], h, m, name, txt))
            if chance(0.08):
                out.append('%02d/%02d/%02d, %02d:%02d - %s: \u200e%s' % (day[0], day[1], day[2], h, m, fn, ch(
                    ['<Media omessi>', '<allegato: IMG-2025%s-WA0003.jpg>' % rdig(4), 'Questo messaggio è stato eliminato'] if lang == 'it'
                    else ['<Media omitted>', '<attached: IMG-2025%s-WA0003.jpg>' % rdig(4), 'This message was deleted'])))
        else:
            out.append('%s, [%02d.%02d.%02d %02d:%02d]' % (name, day[0], day[1], day[2], h, m))
            out.append(txt)
            out.append('')
    return 'chat-' + platform, '\n'.join(out).rstrip()


def st_issue(lang, S, L, theme):
    facts = shuffled(S + L)
    prose_f = [f for f in facts if f.cat in ('note',) or (f.kind is None and chance(0.3))]
    code_f = [f for f in facts if f not in prose_f]
    H = {'it': ['### Descrizione', '### Passi per riprodurre', '### Configurazione', '### Comportamento atteso', '### Log'],
         'en': ['### Describe the bug', '### Steps to reproduce', '### Configuration', '### Expected behavior', '### Logs']}[lang]
    if chance(0.3):
        H = [h.replace('### ', '**') + '**' for h in H]
    out = [H[0], ' '.join(fill(lang, theme, rint(1, 2)))]
    for f in prose_f:
        out.append(cap1(f.sent(lang)))
    out += ['', H[1]]
    steps = {'it': ['Configurare l\'integrazione', 'Avviare la sincronizzazione', 'Aprire un ticket di prova', 'Vedere l\'errore'],
             'en': ['Configure the integration', 'Start the sync', 'Open a test ticket', 'See error']}[lang]
    out += ['%d. %s' % (i + 1, s) for i, s in enumerate(steps[:rint(2, 4)])]
    out += ['', H[2]]
    if code_f:
        fmt = ch(['yaml', 'env', 'json', 'ini', 'table'])
        if fmt == 'table':
            hdr = {'it': ('Campo', 'Valore'), 'en': ('Setting', 'Value')}[lang]
            rows = ['| %s | %s |' % hdr, '|---|---|' if chance(0.5) else '| :--- | :--- |']
            for f in code_f:
                v = f.v.replace('\n', '<br>') if f.multi else f.v
                rows.append('| %s | %s |' % (f.label(lang), ('`' + v + '`') if chance(0.4) and not f.multi else v))
            out.append('\n'.join(rows))
        else:
            lang_tag = {'yaml': ch(['yaml', 'yml', '']), 'env': ch(['env', 'bash', 'dotenv', '']), 'json': 'json', 'ini': ch(['ini', 'toml', ''])}[fmt]
            out.append('```' + lang_tag + '\n' + facts_block(lang, code_f, fmt) + '\n```')
    else:
        out.append('-')
    out += ['', H[4]]
    log = '\n'.join('%sT%s:%02d.%03dZ %s %s' % (rdate(lang, 'iso'), rtime(), rint(0, 59), rint(0, 999), ch(['INFO', 'WARN', 'ERROR']),
                                                ch(['sync started', 'token refresh failed: invalid_grant', 'POST /v2/tickets 401',
                                                    'retrying in 30s', 'webhook delivered', 'request_id=' + uuid4()])) for _ in range(rint(2, 5)))
    if chance(0.5):
        out.append('<details><summary>%s</summary>\n\n```\n%s\n```\n</details>' % ('log completo' if lang == 'it' else 'full log', log))
    else:
        out.append('```\n' + log + '\n```')
    if chance(0.4):
        out += ['', '**Environment**' if lang == 'en' else '**Ambiente**', '- OS: ' + ch(['Windows 11', 'Ubuntu 22.04', 'macOS 14.4']),
                '- Version: ' + 'v%d.%d.%d' % (rint(1, 5), rint(0, 20), rint(0, 9))]
    return 'github-issue', '\n'.join(out)


def st_wiki(lang, S, L, theme):
    facts = shuffled(S + L)
    conf = chance(0.5)
    title = {'it': ['Accessi ambiente di test', 'Credenziali fornitori', 'Configurazione integrazione', 'Dati pagamento fornitori', 'Runbook deploy'],
             'en': ['Test environment access', 'Vendor credentials', 'Integration setup', 'Supplier payment details', 'Deploy runbook']}[lang]
    out = []
    t = ch(title)
    out.append(('h1. ' if conf else '# ') + t)
    if chance(0.5):
        note = {'it': 'Pagina riservata - non condividere', 'en': 'Restricted page - do not share'}[lang]
        out.append('{info}' + note + '{info}' if conf else '> **' + note + '**')
    out.append(' '.join(fill(lang, theme, 1)))
    hdr = {'it': ['Voce', 'Valore', 'Note'], 'en': ['Item', 'Value', 'Notes']}[lang]
    multi = [f for f in facts if f.multi]
    single = [f for f in facts if not f.multi]
    if conf:
        out.append('||' + '||'.join(hdr) + '||')
        for f in single:
            out.append('|%s|%s|%s|' % (f.label(lang) or 'nota', f.v if f.cat != 'note' else ' ', f.v if f.cat == 'note' else ch(['', 'ruotare a giugno', 'prod', 'test', '-', 'chiedere a Giorgio'])))
        for f in multi:
            out.append('h3. ' + f.label(lang))
            out.append(ch(['{code}', '{noformat}']) + '\n' + f.v + '\n' + ch(['{code}', '{noformat}']))
    else:
        out.append('| ' + ' | '.join(hdr) + ' |')
        out.append('|' + '|'.join([ch(['---', ':---', '-----'])] * 3) + '|')
        for f in single:
            v = f.v if f.cat != 'note' else ''
            out.append('| %s | %s | %s |' % (f.label(lang) or '-', v, f.v if f.cat == 'note' else ch(['', 'prod', 'test', '-'])))
        for f in multi:
            out.append('\n#### ' + f.label(lang) + '\n\n```\n' + f.v + '\n```')
    out.append(ch({'it': ['_Ultima modifica: ', 'Aggiornato il '], 'en': ['_Last edited: ', 'Updated ']}[lang]) + rdate(lang) + (' da ' if lang == 'it' else ' by ') + fullname(lang))
    return 'wiki', '\n'.join(out)


def py_line(f, lang):
    if f.cat == 'note':
        return '# ' + f.v
    k = fkey(f, ch(['env', 'snake']))
    if f.cat == 'code':
        return '%s = %s' % (k, f.v)
    if f.multi:
        if chance(0.7):
            return '%s = "%s"' % (k, f.v.replace('\n', '\\n'))
        return '%s = """%s"""' % (k, f.v)
    q = ch(['"', "'"])
    return '%s = %s%s%s' % (k, q, f.v, q)


def st_jupyter(lang, S, L, theme):
    facts = shuffled(S + L)
    md = {'it': ['# Test chiamata API\n', 'Prova integrazione pagamenti, non committare!\n', '## Rinnovo token\n'],
          'en': ['# API call test\n', "Payments integration spike, don't commit!\n", '## Token refresh\n']}[lang]
    src = ['import os\n', 'import requests\n', '\n']
    for f in facts:
        src.append(py_line(f, lang) + ('  # ' + ch(['TODO togliere', 'temporaneo', 'da vault']) if lang == 'it' and chance(0.2) else
                                        ('  # ' + ch(['TODO remove', 'temp', 'move to vault']) if chance(0.2) else '')) + '\n')
    src.append('\n')
    src.append('resp = requests.post(URL, json=payload, timeout=30)\n')
    src.append('print(resp.status_code, resp.json())')
    out_json = {'token_type': 'Bearer', 'expires_in': 3600}
    out_text = None
    if S and chance(0.3):
        out_text = "200 {'access_token': '" + M(jwt_value(), 'access_token') + "', 'token_type': 'Bearer', 'expires_in': 3600}\n"
    else:
        out_text = '%d %s\n' % (ch([200, 401, 403]), str(out_json if chance(0.5) else {'error': 'invalid_client', 'request_id': uuid4()}))

    def jarr(lines, ind):
        return '[\n' + ',\n'.join(ind + '  ' + jq(s) for s in lines) + '\n' + ind + ']'
    cells = []
    cells.append('  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": %s\n  }' % jarr([ch(md)], '   '))
    cells.append('  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "id": "%s",\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": %s\n    }\n   ],\n   "source": %s\n  }'
                 % (rint(1, 40), rs(8, HEX), jarr([out_text], '     '), jarr(src, '   ')))
    if chance(0.5):
        txt = '{\n "cells": [\n' + ',\n'.join(cells) + '\n ],\n "metadata": {\n  "kernelspec": {\n   "display_name": "Python 3",\n   "language": "python",\n   "name": "python3"\n  }\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}'
    else:
        txt = cells[1].strip()
    intro = ch({'it': ['Vi incollo la cella del notebook:', 'Questo è il .ipynb (aperto col blocco note):', 'Cella che fallisce:'],
                'en': ['Pasting the notebook cell:', 'This is the .ipynb (opened in Notepad):', 'Failing cell:']}[lang])
    return 'jupyter', intro + '\n\n' + txt


def st_jsonlog(lang, S, L, theme):
    facts = shuffled(S + L)
    go = chance(0.5)
    asc = chance(0.6)
    pairs = []
    notes = []
    for f in facts:
        if f.cat == 'note':
            notes.append(f.v)
            continue
        pairs.append('"%s":%s' % (fkey(f, ch(['snake', 'camel'])), jq(f.v, go, asc)))
    inner = '{' + ','.join(pairs) + '}'
    ts = '%sT%s:%02d.%03dZ' % (rdate(lang, 'iso'), rtime(), rint(0, 59), rint(0, 999))
    t = R.random()
    lines = []
    if t < 0.4:
        url = ch(['https://api.desk.example/v2/tickets?page=2&per_page=50', 'https://auth.acme-pay.example/oauth/token?grant=cc&scope=read',
                  'https://hooks.desk.example/in?src=crm&retry=1'])
        outer = '{"level":"%s","ts":"%s","logger":"%s","msg":%s,"url":%s,"body":%s,"request_id":"%s"}' % (
            ch(['debug', 'info', 'error']), ts, ch(['http.client', 'oauth', 'payments.gateway', 'sync']),
            jq(ch(fill(lang, theme, 1)) if chance(0.5) else ch(['outgoing request', 'token exchange', 'upstream returned 400', 'payload dump']), go, asc),
            jq(url, go, asc), jq(inner, go, asc), uuid4())
        lines.append(outer)
    elif t < 0.7:
        logline = '{"level":"error","msg":"request failed","payload":%s,"err":"%s"}' % (jq(inner, go, asc), json_esc('401 Unauthorized\n\tat Client.send (client.js:88)'))
        lines.append('{"log":%s,"stream":"stdout","time":"%s"}' % (jq(logline + '\n', go), ts))
    else:
        rep = inner.replace('":"', "': '").replace('","', "', '").replace('{"', "{'").replace('"}', "'}")
        lines.append('%s %s [%s] payload=%s' % (ts, ch(['DEBUG', 'ERROR', 'WARNING']), ch(['app.sync', 'worker', 'celery.task']), rep))
    for _ in range(rint(1, 3)):
        lines.insert(rint(0, len(lines)), '{"level":"info","ts":"%s","msg":"%s","trace_id":"%s"}' % (
            ts, ch(['retrying', 'connected', 'queue drained', 'sync done']), rs(32, HEX)))
    if chance(0.5):
        pfx = ch(['app-1  | ', 'web_1    | ', 'desk-sync-7d9f8-x2kq ', 'worker-2  | '])
        lines = [pfx + l for l in lines]
    pre = ch(GREET[lang]) + '\n' + ' '.join(fill(lang, 'dev', 1)) + ('\n' + ' '.join(notes) if notes else '')
    body = '\n'.join(lines)
    if chance(0.3):
        body = fold(body, ch([80, 120, 100]))   # copied from a console window that hard-wraps
    return 'json-log', pre + '\n\n' + body


def qenc(v, plus=False):
    return segmap(v, lambda s: quote_plus(s, safe='') if plus else quote(s, safe=''))


def st_urlenc(lang, S, L, theme):
    facts = shuffled(S + L)
    notes = [f.v for f in facts if f.cat == 'note']
    ps = [f for f in facts if f.cat != 'note']
    plus = chance(0.5)
    q = '&'.join('%s=%s' % (fkey(f, 'snake'), qenc(f.v, plus)) for f in ps)
    t = R.random()
    if t < 0.35:
        path = ch(['/oauth/callback', '/api/v2/sync', '/webhooks/desk', '/checkout/confirm', '/login'])
        line = '%d.%d.%d.%d - - [%02d/%s/2025:%s:%02d +0100] "%s %s?%s HTTP/1.1" %d %d "-" "%s"' % (
            rint(10, 200), rint(0, 255), rint(0, 255), rint(1, 254), rint(1, 28), ch(EN_MONTHS), rtime(), rint(0, 59),
            ch(['GET', 'GET', 'POST']), path, q, ch([200, 302, 401, 500]), rint(200, 9000),
            ch(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'python-requests/2.31.0', 'curl/8.4.0', 'okhttp/4.12.0']))
        body = line
    elif t < 0.65:
        body = 'POST %s HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded\nContent-Length: %d\n\n%s' % (
            ch(['/oauth/token', '/api/login', '/v1/payouts', '/forms/submit']), ch(['auth.desk.example', 'api.acme-pay.example', 'portal.northwind.example']),
            len(clean(q)), q)
    elif t < 0.85:
        inner = 'https://app.desk.example/return?' + q
        body = 'https://login.desk.example/authorize?client_id=%s&redirect_uri=%s&state=%s' % (
            ch(['acme-pay-prod', 'desk-web', '0oa' + rs(17)]), qenc(inner), rs(16, HEX))
    else:
        body = 'https://app.desk.example/oauth/done#' + q + '&token_type=Bearer&expires_in=3600'
    intro = ch({'it': ["Copio dalla barra degli indirizzi:", "Dal log del server:", "Dagli strumenti per sviluppatori (Payload, visualizza sorgente):", "Questa è la richiesta che parte:"],
                'en': ["Copied from the address bar:", "From the server log:", "From devtools (Payload, view source):", "This is the request going out:"]}[lang])
    txt = ' '.join(fill(lang, theme, 1)) + ('\n' + ' '.join(notes) if notes else '') + '\n\n' + intro + '\n' + body
    return 'urlencoded', txt


def wrap_b64(b, width=76):
    return '\n'.join(b[i:i + width] for i in range(0, len(b), width))


def b64_of_fact(f):
    """base64 of the visible value; returns marked blob if the fact holds a secret"""
    raw = clean(f.v)
    blob = b64s(raw)
    k = first_kind(f.v)
    return M(blob, k) if k else blob


def st_base64(lang, S, L, theme):
    facts = shuffled(S + L)
    notes = [f.v for f in facts if f.cat == 'note']
    fs = [f for f in facts if f.cat != 'note']
    t = R.random()
    if t < 0.4:
        body = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\ndata:\n' % (
            ch(['desk-integration', 'payments-creds', 'app-secrets', 'sync-worker']), ch(['default', 'prod', 'staging']))
        plain = [f for f in fs if f.kind is None and f.cat in ('placeholder', 'code', 'masked')]
        for f in fs:
            if f in plain:
                continue
            body += '  %s: %s\n' % (fkey(f, 'snake').replace('_', '-') if chance(0.5) else fkey(f, 'snake'), b64_of_fact(f))
        if plain:
            body += 'stringData:\n' + ''.join('  %s: "%s"\n' % (fkey(f, 'snake'), f.v) for f in plain)
        intro = ch({'it': ['Il secret nel cluster è questo:', 'Output di kubectl get secret -o yaml:'], 'en': ['The secret in the cluster:', 'kubectl get secret -o yaml output:']}[lang])
        body = intro + '\n' + body.rstrip()
    elif t < 0.65:
        sec = [f for f in fs if f.kind]
        first = sec[0] if sec else None
        content_f = ([first] if first else []) + [f for f in fs if f.kind is None]
        content = '\n'.join('%s=%s' % (fkey(f, 'env'), clean(f.v).replace('\n', '\\n')) for f in content_f) + '\n'
        blob = wrap_b64(b64s(content), 76)
        if first:
            blob = M(blob, first_kind(first.v))
        rest = [f for f in sec[1:]]
        fname = ch(['config.env', '.env', 'credenziali.txt', 'settings.ini', 'export.txt'])
        body = ('--_000_%s_\nContent-Type: text/plain; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n\n%s\n\n--_000_%s_--' % (rs(24, UP + DG), fname, fname, blob, rs(24, UP + DG)))
        if rest:
            body = facts_block(lang, rest, 'kv') + '\n\n' + body
        body = ch({'it': ["L'allegato è arrivato così, non si apre:", 'Il file allegato risulta così nel sorgente della mail:'],
                   'en': ['The attachment came through like this, it won\'t open:', 'The attached file shows like this in the mail source:']}[lang]) + '\n\n' + body
    elif t < 0.8:
        reg = ch(['registry.desk.example', 'ghcr.io', 'index.docker.io/v1/', 'nexus.northwind.local:8443'])
        sec = [f for f in fs if f.kind]
        if sec:
            user = ch(['deploy', 'ci-bot', 'mrossi', 'jenkins'])
            auth = M(b64s(user + ':' + clean(sec[0].v)), 'client_secret')
        else:
            auth = None
        if auth:
            body = '{\n  "auths": {\n    "%s": {\n      "auth": "%s"\n    }\n  }\n}' % (reg, auth)
        else:
            body = '{\n  "auths": {\n    "%s": {}\n  },\n  "credsStore": "%s"\n}' % (reg, ch(['desktop', 'osxkeychain', 'wincred', 'pass']))
        others = [f for f in fs if f not in sec[:1]]
        if others:
            body += '\n\n' + facts_block(lang, others, 'kv')
        body = ch({'it': ['~/.docker/config.json del server di build:', 'Il config.json di docker:'], 'en': ['~/.docker/config.json from the build box:', "docker's config.json:"]}[lang]) + '\n' + body
    else:
        sec = [f for f in fs if f.kind]
        payload = '{' + ', '.join('"%s": "%s"' % (fkey(f, 'snake'), clean(f.v).replace('\n', '\\n')) for f in ([sec[0]] if sec else []) + [f for f in fs if not f.kind]) + '}'
        blob = b64s(payload)
        if sec:
            blob = M(blob, first_kind(sec[0].v))
        body = ch(['data:application/json;base64,' + blob, 'echo ' + blob + ' | base64 -d', blob])
        for f in sec[1:]:
            body += '\n' + f.kv(lang)
        body = ch({'it': ["L'ho codificato in base64 così il client di posta non lo rovina:", 'Stringa che ci ha dato il fornitore:'],
                   'en': ["I base64'd it so the mail client doesn't mangle it:", 'String the vendor gave us:']}[lang]) + '\n' + body
    pre = ' '.join(fill(lang, theme, rint(1, 2))) + ('\n' + ' '.join(notes) if notes else '')
    return 'base64', pre + '\n\n' + body


FW_OFF = 0xFF10 - 0x30


def fullwidth(s, letters=False):
    out = []
    for c in s:
        if c.isdigit() and c.isascii():
            out.append(chr(ord(c) + FW_OFF))
        elif letters and c.isascii() and c.isalpha():
            out.append(chr(ord(c) - 0x41 + 0xFF21) if c.isupper() else chr(ord(c) - 0x61 + 0xFF41))
        elif c == ' ' and letters:
            out.append('\u3000')
        else:
            out.append(c)
    return ''.join(out)


ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']


def zw_insert(s, p):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if 0 < i < len(s) - 1 and chance(p):
            out.append(ch(ZW))
    return ''.join(out)


def st_unicode(lang, S, L, theme):
    facts = shuffled(S + L)
    txt = customer_msg(lang, facts, theme, fmts=('prose', 'kv', 'kv'))
    mode = sample(['fw', 'zw', 'bidi', 'nbsp'], rint(1, 2))
    if 'fw' in mode:
        txt = inmap(txt, lambda s: fullwidth(s, letters=chance(0.3)) if chance(0.8) else s)
        txt = outmap(txt, lambda s: re.sub(r'\d', lambda m: fullwidth(m.group(0)) if chance(0.3) else m.group(0), s))
    if 'zw' in mode:
        txt = inmap(txt, lambda s: zw_insert(s, 0.12) if chance(0.7) else s)
        txt = outmap(txt, lambda s: zw_insert(s, 0.02))
    if 'bidi' in mode:
        def bidi_wrap(m):
            a, b = ch([('\u2066', '\u2069'), ('\u202a', '\u202c'), ('\u200e', '\u200e'), ('\u200f', ''), ('\u2068', '\u2069')])
            if chance(0.6):
                return a + m.group(0) + b
            return OPEN + m.group(1) + a + m.group(2) + b + CLOSE
        txt = SPAN.sub(bidi_wrap, txt)
        txt = outmap(txt, lambda s: re.sub(r'(\+?\d[\d ]{6,}\d)', lambda m: '\u202a' + m.group(1) + '\u202c', s))
    if 'nbsp' in mode:
        txt = segmap(txt, lambda s: s.replace(' ', '\u00a0') if chance(0.3) else s.replace(': ', ':\u00a0'))
    return 'unicode-noise', txt


def smart_punct(s):
    s = s.replace('--', '—').replace('...', '…')
    out = []
    dq = True
    for i, c in enumerate(s):
        if c == '"':
            out.append('“' if dq else '”')
            dq = not dq
        elif c == "'":
            out.append('’')
        else:
            out.append(c)
    return ''.join(out)


AUTOCORR = {'it': [('otp', 'top'), ('OTP', 'Top'), ('pwd', 'pad'), ('iban', 'Ivan'), ('token', 'Token'), ('cvv', 'CVV'),
                   ('psw', 'pesi'), ('pin', 'pino'), ('password', 'Password'), ('webhook', 'web hook')],
            'en': [('otp', 'top'), ('OTP', 'Top'), ('pwd', 'pad'), ('iban', 'Iain'), ('token', 'Token'), ('cvv', 'CVV'),
                   ('pw', 'PW'), ('pin', 'pint'), ('webhook', 'web hook'), ('sort code', 'sort cod')]}


def capitalize_starts(t):
    # upper-case the first letter of every line (the phone did it), also inside values
    out = []
    for ln in t.split('\n'):
        m = re.match('^((?:[\ue000][\ue100-\ue1ff])?)([a-z])', ln)
        if m and chance(0.85):
            ln = m.group(1) + m.group(2).upper() + ln[m.end():]
        out.append(ln)
    return '\n'.join(out)


def st_mobile(lang, S, L, theme):
    facts = shuffled(S + L)
    lines = []
    if chance(0.5):
        lines.append(ch(GREET[lang]).rstrip(',').lower())
    lines.append(ch(fill(lang, theme, 1)).lower() if chance(0.5) else ch(fill(lang, theme, 1)))
    for f in facts:
        t = R.random()
        if f.multi:
            lines.append(f.sent(lang))
        elif t < 0.3 and f.cat != 'note':
            # value first on its own line, label after: the phone capitalises it
            v = f.v
            v = inmap(v, lambda s: s[0].lower() + s[1:] if s[:1].isalpha() else s,
                      kinds=['password', 'access_token', 'refresh_token', 'client_secret'])
            lines.append(v + ch([' ', ' ← ', ' - ', ' è ' if lang == 'it' else ' is ']) + f.label(lang).lower())
        elif t < 0.55 and f.cat != 'note':
            lines.append(f.label(lang).lower() + ' ' + f.v)
        else:
            lines.append(f.sent(lang))
    txt = '\n'.join(lines)
    for a, b in AUTOCORR[lang]:
        if chance(0.5):
            txt = outmap(txt, lambda s: re.sub(r'\b%s\b' % re.escape(a), b, s))
    txt = capitalize_starts(txt)
    if chance(0.6):
        txt = segmap(txt, smart_punct)
    if chance(0.35):
        txt = inmap(txt, lambda s: re.sub(r'\.(?=[A-Za-z])', '. ', s) if '.' in s and chance(0.7) else s,
                    kinds=['access_token', 'refresh_token', 'vendor_key'])
    if chance(0.3):
        txt = outmap(txt, lambda s: s.replace('  ', '. '))
    sig = ch({'it': ['Inviato da iPhone', 'Inviato dal mio smartphone Samsung Galaxy', 'Inviato da Outlook per Android', 'Scusate errori di battitura, scrivo dal telefono', 'Inviato da Libero Mail per Android'],
              'en': ['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for iOS', 'Sorry for typos, on my phone', 'Sent from Yahoo Mail for Android']}[lang])
    return 'mobile', txt + '\n\n' + sig


MT = {
    'password': {'en': ["The word of pass is {v}", "The password of access: {v}", "Word key: {v}", "The pass that I have put is {v}"],
                 'it': ["La parola d'accesso è {v}", "Passaggio parola: {v}", "La password che ho messo è {v}", "Password di ingresso: {v}"]},
    'access_token': {'en': ["The token of access is {v}", "Gettone of access: {v}", "The token carrier (bearer) is {v}"],
                     'it': ["Il gettone di accesso è {v}", "Il gettone portatore: {v}", "Token del portatore {v}"]},
    'client_secret': {'en': ["The secret of the client is {v}", "Secret of the customer: {v}"],
                      'it': ["Il segreto del cliente è {v}", "Segreto cliente: {v}", "Il client segreto è {v}"]},
    'refresh_token': {'en': ["The token of refreshment is {v}", "Token of update: {v}"],
                      'it': ["Il gettone di aggiornamento è {v}", "Il token rinfrescante: {v}", "Token di rinfresco {v}"]},
    'private_key': {'en': ["The key private follows:\n{v}"], 'it': ["La chiave privata segue:\n{v}", "Chiave riservata:\n{v}"]},
    'vendor_key': {'en': ["The key of the API of the supplier is {v}", "Key of the supplier: {v}"],
                   'it': ["La chiave del fornitore API è {v}", "Chiave di fornitore: {v}"]},
    'card_number': {'en': ["The number of the paper is {v}", "Number of paper of credit: {v}"],
                    'it': ["Il numero della carta di credito è {v}", "Numero di scheda: {v}"]},
    'cvv': {'en': ["The code of security of the paper (CVV) is {v}", "CVV of the paper: {v}"],
            'it': ["Il codice di sicurezza della carta (CVV) è {v}", "Codice CVV della scheda: {v}"]},
    'iban': {'en': ["The IBAN of accreditation is {v}", "To accredit on the IBAN {v}"],
             'it': ["L'IBAN di accreditamento è {v}", "IBAN del beneficiario: {v}"]},
    'bank_account': {'en': ["The coordinates bank are {v}", "The current account is {v}"],
                     'it': ["I dettagli della banca sono {v}", "Codice di ordinamento e conto: {v}", "Il numero di conto è {v}"]},
    'pin': {'en': ["The code of verification arrived by SMS is {v}", "The PIN of the paper is {v}", "Code OTP: {v}"],
            'it': ["Il codice di verifica è arrivato per SMS: {v}", "Il perno è {v}", "Codice una-volta: {v}"]},
}
MT_FILL = {'it': ["Buongiorno, spero che questa email la trovi bene.", "Io ho un problema con la integrazione che non funziona più da ieri.",
                  "Per favore può voi controllare e tornare a me il più presto possibile?", "Grazie per la vostra gentile attenzione a questa materia.",
                  "Il collaboratore mi ha detto di scrivere voi.", "Il pagamento è stato rifiutato da la banca."],
           'en': ["Good day, I hope this mail finds you well.", "I have a problem with the integration that does not work more since yesterday.",
                  "Please can you control and return to me as soon as possible?", "Thank you for your kind attention to this matter.",
                  "The collaborator has said me to write to you.", "The payment has been refused from the bank.",
                  "I remain at disposal for every clarification."]}
MT_BANNER = {'it': ["[Tradotto automaticamente dall'inglese]", 'Traduzione automatica - Mostra originale', 'Tradotto da Google', '(traduzione automatica)'],
             'en': ['[Translated from Italian by Microsoft Translator]', 'Translated from Italian • See original', 'Machine translation (it→en):', '[auto-translated]']}


def mt_sent(f, lang):
    if f.cat == 'note':
        return f.v
    k = f.kind or ''
    if k in MT and chance(0.8):
        return ch(MT[k][lang]).replace('{v}', f.v)
    lab = f.label(lang)
    if lang == 'it':
        return ch(["Il %s è {v}", "%s del cliente: {v}", "Il numero di %s è {v}"]).replace('%s', lab).replace('{v}', f.v)
    return ch(["The %s is {v}", "%s of the customer: {v}", "The number of %s is {v}"]).replace('%s', lab).replace('{v}', f.v)


def st_mt(lang, S, L, theme):
    facts = shuffled(S + L)
    other = 'en' if lang == 'it' else 'it'
    lines = [ch(MT_BANNER[lang]), '']
    lines += sample(MT_FILL[lang], rint(1, 2))
    for f in facts:
        lines.append(mt_sent(f, lang))
    lines.append(ch(MT_FILL[lang][-2:]))
    txt = '\n'.join(lines)
    if chance(0.45):
        orig = customer_msg(other, [f for f in facts if f.cat != 'note'] or facts, theme, fmts=('prose', 'kv'))
        sep = ch({'it': ['--- Testo originale ---', 'Originale (inglese):', '________\nOriginale:'],
                  'en': ['--- Original text ---', 'Original (Italian):', '________\nOriginal:']}[lang])
        txt += '\n\n' + sep + '\n' + orig
    return 'machine-translation', txt


LIGA = [('ffi', '\ufb03'), ('ffl', '\ufb04'), ('fi', '\ufb01'), ('fl', '\ufb02'), ('ff', '\ufb00')]


def pdf_wrap(text, width):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        cur = ''
        for w in words:
            cand = w if cur == '' else cur + ' ' + w
            if vlen(cand) <= width:
                cur = cand
                continue
            room = width - vlen(cur) - 1 - 1
            if vlen(w) >= 8 and room >= 4 and chance(0.55):
                a, b = vsplit(w, min(room, vlen(w) - 3))
                out.append((cur + ' ' if cur else '') + a + '-')
                w = b
            elif cur:
                out.append(cur)
            while vlen(w) > width:
                a, b = vsplit(w, width - 1)
                out.append(a + '-')
                w = b
            cur = w
        out.append(cur)
    return '\n'.join(out)


def st_pdf(lang, S, L, theme):
    facts = shuffled(S + L)
    title = ch({'it': ['MODULO DI ADESIONE SEPA', 'Scheda configurazione integrazione', 'Verbale di installazione', 'Dati per il rimborso', 'Richiesta di attivazione servizio'],
                'en': ['DIRECT DEBIT MANDATE', 'Integration setup sheet', 'Installation report', 'Refund details', 'Service activation request']}[lang])
    prose = ' '.join(fill(lang, theme, rint(2, 3))) + ' ' + ch({'it': ['Il sottoscritto autorizza il trattamento dei dati ai sensi della normativa vigente in materia di protezione dei dati personali.',
                                                                      'La configurazione è stata verificata dal tecnico incaricato in presenza del cliente.'],
                                                               'en': ['The undersigned authorises the processing of personal data under the applicable data protection legislation.',
                                                                      'The configuration was verified by the assigned engineer in the presence of the customer.']}[lang])
    fields = [f.kv(lang, ch([': ', ' ', ':  '])) for f in facts]
    if chance(0.35) and not any(f.multi for f in facts):
        left = pdf_wrap(prose, 38).split('\n')
        right = fields
        n = max(len(left), len(right))
        rows = []
        for i in range(n):
            a = left[i] if i < len(left) else ''
            b = right[i] if i < len(right) else ''
            rows.append(a + ' ' * max(2, 42 - vlen(a)) + b if b else a)
        body = '\n'.join(rows)
    else:
        body = pdf_wrap(prose, ch([58, 62, 66])) + '\n\n' + pdf_wrap('\n'.join(fields), ch([50, 58, 64]))
    txt = title + '\n' + body
    txt = outmap(txt, lambda s: s if not chance(0.7) else _liga(s))
    lines = txt.split('\n')
    if len(lines) > 6 and chance(0.7):
        out, acc = [], ''
        cut = rint(3, len(lines) - 2)
        for i, ln in enumerate(lines):
            if i == cut and balanced(acc):
                footer = ch(['Pagina 1 di 2', 'Pag. 1/2', '— 1 —', 'Page 1 of 2', '1']) if lang == 'it' or chance(0.3) else ch(['Page 1 of 2', '- 1 -', '1/2'])
                out.append(footer)
                out.append('\x0c' + title.upper() if chance(0.5) else '\x0c')
            out.append(ln)
            acc += ln + '\n'
        txt = '\n'.join(out)
    return 'pdf-text', txt


def _liga(s):
    for a, b in LIGA:
        if chance(0.8):
            s = s.replace(a, b)
    return s


def st_tsv(lang, S, L, theme):
    facts = shuffled(S + L)
    cols = [f for f in facts if f.cat != 'note']
    notes = [f.v for f in facts if f.cat == 'note']
    extra = [({'it': 'Data', 'en': 'Date'}[lang], rdate(lang, 'slash')), ({'it': 'Importo', 'en': 'Amount'}[lang], amount(lang)),
             ({'it': 'Stato', 'en': 'Status'}[lang], ch(['OK', 'KO', 'in attesa' if lang == 'it' else 'pending']))]
    heads = [f.label(lang) for f in cols]
    vals = []
    for f in cols:
        v = f.v
        if f.multi:
            v = '"' + v + '"'
        vals.append(v)
    for h, v in sample(extra, rint(0, 2)):
        i = rint(0, len(heads))
        heads.insert(i, h)
        vals.insert(i, v)
    t = R.random()
    if t < 0.35:
        body = '\t'.join(heads) + '\n' + '\t'.join(vals)
        if chance(0.4):
            body += '\n' + '\t'.join(ch(['', '-', 'n/d']) for _ in heads)
    elif t < 0.65:
        body = '\t'.join(heads) + '\n\n' + ch({'it': ['(i valori sono nella riga sotto, il copia-incolla li ha separati)', 'e questi sono i valori:', 'scusate, la seconda riga:'],
                                                'en': ['(values are in the row below, the paste split them)', 'and these are the values:', 'sorry, second row:']}[lang]) + '\n\n' + '\t'.join(vals)
    elif t < 0.85:
        body = '\n'.join(h + '\t' + v for h, v in zip(heads, vals))
    else:
        body = '\t'.join(vals) + '\n\n' + ch({'it': ['(intestazioni: ', '(colonne: '], 'en': ['(headers: ', '(columns: ']}[lang]) + ', '.join(heads) + ')'
    if chance(0.3):
        body = body.replace('\n', '\r\n')
    pre = ' '.join(fill(lang, theme, 1)) + '\n' + ' '.join(notes) + ('\n' if notes else '') + ch(
        {'it': ['Copio dal foglio Excel:', 'Dal file condiviso (Google Sheets):', 'Righe dal report:'],
         'en': ['Copying from the Excel sheet:', 'From the shared file (Google Sheets):', 'Rows from the report:']}[lang])
    return 'spreadsheet-tsv', pre + '\n' + body


def ansi(code):
    return '\x1b[' + code + 'm'


def grep_hl(s):
    if len(s) <= 9:
        return s
    n = rint(3, 7)
    return '\x1b[01;31m\x1b[K' + s[:n] + '\x1b[m\x1b[K' + s[n:]


def st_terminal(lang, S, L, theme):
    facts = shuffled(S + L)
    user = ch(['mario', 'deploy', 'root', 'giulia', 'admin', 'ubuntu', 'ec2-user'])
    host = ch(['srv-crm', 'web01', 'build-box', 'MacBook-Pro', 'desk-sync-01', 'nas'])
    colors = chance(0.6)
    lost_esc = chance(0.25)

    pstyle = rint(0, 3)

    def prompt(path='~'):
        if colors:
            p = ansi('01;32') + '%s@%s' % (user, host) + ansi('00') + ':' + ansi('01;34') + path + ansi('00') + '$ '
        else:
            p = ['%s@%s:%s$ ' % (user, host, path), '$ ', '%s@%s %s %% ' % (user, host, path.split('/')[-1] or '~'), 'PS C:\\Users\\%s> ' % user][pstyle]
        return p
    out = []
    if chance(0.4):
        out.append(prompt() + 'git log -1 --oneline')
        out.append((ansi('33') if colors else '') + rs(7, HEX) + ('\x1b[m' if colors else '') + ' ' + ch(['fix sync', 'bump deps', 'wip', 'config prod']))
    t = R.random()
    notes = [f for f in facts if f.cat == 'note']
    fs = [f for f in facts if f.cat != 'note']
    if t < 0.4:
        out.append(prompt('/opt/desk') + ch(['cat .env', 'cat config/.env.production', 'env | grep -iE "key|secret|pass|token"', 'printenv']))
        for f in fs:
            k = fkey(f, 'env')
            v = f.v.replace('\n', '\\n') if f.multi else f.v
            if colors and f.kind and not f.multi and chance(0.5):
                # grep --color highlighted the start of the value itself
                v = inmap(v, grep_hl)
                line = k + '=' + v
            elif colors and chance(0.4):
                line = '\x1b[01;31m\x1b[K' + k + '\x1b[m\x1b[K=' + v
            else:
                line = k + '=' + v
            out.append(line)
    elif t < 0.6:
        secs = [f for f in fs if f.kind]
        for f in fs:
            if f in secs and f.kind in ('password',) and f.cat == 'password':
                out.append(prompt() + "mysql -u root -p'%s' -h %s" % (f.v, ch(HOSTS)))
                out.append('ERROR 1045 (28000): Access denied for user \'root\'@\'%s\' (using password: YES)' % ch(['10.0.0.5', 'localhost']))
            elif f.cat == 'basicpair':
                out.append(prompt() + 'curl -s -u %s https://api.desk.example/v2/me' % f.v)
                out.append('{"error":"unauthorized","request_id":"%s"}' % uuid4())
            elif f.kind in ('access_token', 'vendor_key') and not f.multi:
                hv = f.v if f.cat != 'cookie' else None
                if hv:
                    out.append(prompt() + 'curl -v -H "Authorization: Bearer %s" https://api.desk.example/v2/tickets' % hv)
                    out.append('> GET /v2/tickets HTTP/2\n> Host: api.desk.example\n> user-agent: curl/8.4.0\n< HTTP/2 401\n< x-request-id: %s' % uuid4())
                else:
                    out.append(prompt() + "curl -b '%s' https://app.desk.example/api/me" % f.v)
            else:
                out.append(prompt() + 'echo $' + fkey(f, 'env'))
                out.append(f.v)
    elif t < 0.8 and not any(f.kind in ('card_number', 'cvv', 'iban', 'bank_account') for f in fs):
        out.append(prompt() + 'kubectl get secret %s -o jsonpath="{.data}" | jq' % ch(['desk-app', 'payments']))
        out.append('{')
        enc = [f for f in fs if not (f.kind is None and f.cat in ('placeholder', 'code', 'masked'))]
        for i, f in enumerate(enc):
            out.append('  "%s": "%s"%s' % (fkey(f, 'snake'), b64_of_fact(f), ',' if i < len(enc) - 1 else ''))
        out.append('}')
    else:
        out.append(prompt() + ch(['python3 check_config.py', 'node scripts/debug-auth.js', './desk-cli config show --reveal']))
        for f in fs:
            out.append((ansi('36') if colors else '') + f.label(lang) + (ansi('0') if colors else '') + ch([': ', ' = ', '\t']) + f.v)
    out.append(prompt())
    txt = '\n'.join(out)
    if lost_esc:
        txt = txt.replace('\x1b', '')
    if chance(0.25):
        txt = fold(txt, ch([80, 120]))   # Windows console copy keeps the screen width
    pre = ' '.join(fill(lang, 'dev', 1))
    if notes:
        pre += '\n' + ' '.join(f.v for f in notes)
    return 'terminal', pre + '\n\n' + txt


def st_diff(lang, S, L, theme):
    facts = shuffled(S + L)
    fname = ch(['.env', 'config/production.yml', 'settings.py', 'appsettings.json', 'docker-compose.yml', 'config/secrets.ini'])
    fmt = {'.env': 'env', 'config/production.yml': 'yaml', 'settings.py': 'py', 'appsettings.json': 'json',
           'docker-compose.yml': 'yaml', 'config/secrets.ini': 'ini'}[fname]

    def line(f):
        if f.cat == 'note':
            return ('# ' if fmt != 'json' else '// ') + f.v
        if fmt == 'env':
            return fkey(f, 'env') + '=' + (f.v.replace('\n', '\\n') if f.multi else f.v)
        if fmt == 'py':
            return py_line(f, lang)
        if fmt == 'json':
            return '  "%s": %s,' % (fkey(f, 'camel'), jq(f.v))
        if fmt == 'ini':
            return fkey(f, 'snake') + ' = ' + f.v.replace('\n', '\n    ')
        if f.multi:
            return '  ' + fkey(f, 'snake') + ': |\n    ' + indent_v(f.v, '    ')
        return '  ' + fkey(f, 'snake') + ': ' + f.v
    ctx = {'env': ['APP_ENV=production', 'LOG_LEVEL=info', 'PORT=8080'], 'yaml': ['  host: 0.0.0.0', '  port: 8080', '  timeout: 30'],
           'py': ['DEBUG = False', 'ALLOWED_HOSTS = ["*"]', 'TIME_ZONE = "Europe/Rome"'], 'json': ['  "Logging": {},', '  "AllowedHosts": "*",'],
           'ini': ['[main]', 'timeout = 30', 'retries = 3']}[fmt]
    hunk = []
    hunk.append(' ' + ch(ctx))
    for f in facts:
        # multi-line values keep the diff prefix on every line
        pref = ch(['+', '+', '-', ' ']) if f.kind else ch(['+', '-', ' '])
        ln = line(f)
        hunk.append(pref + ln.replace('\n', '\n' + pref))
        if f.kind is None and f.cat in ('placeholder', 'code') and chance(0.5):
            hunk.insert(-1, '-' + line(LF('x', ch(['', '""', 'TODO']), f.keys, f.lab, f.prose, 'dev')))
    if not any(h[:1] in '+-' for h in hunk):
        i = rint(1, len(hunk) - 1)
        hunk[i] = '+' + hunk[i][1:].replace('\n ', '\n+')
    hunk.append(' ' + ch(ctx))
    n = sum(1 for h in hunk for _ in h.split('\n'))
    head = ''
    if chance(0.5):
        head = 'commit %s\nAuthor: %s <%s@%s>\nDate:   %s %s %d %s:%02d 2025 +0100\n\n    %s\n\n' % (
            rs(40, HEX), fullname(lang), ch(['dev', 'mrossi', 'ops']), ch(['northwind.example', 'studiogreco.it']), ch(EN_DAYS), ch(EN_MONTHS),
            rint(1, 28), rtime(), rint(0, 59), ch(['update config', 'rotate creds', 'move secrets to env', 'fix prod', 'wip']))
    txt = head + 'diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n' % (
        fname, fname, rs(7, HEX), rs(7, HEX), fname, fname, rint(1, 40), n, rint(1, 40), n) + '\n'.join(hunk)
    pre = ch({'it': ['Questa è la modifica che ha fatto il consulente:', 'Diff della PR che ha rotto tutto:', 'Patch applicata ieri:'],
              'en': ['This is the change the contractor made:', 'Diff of the PR that broke everything:', 'Patch applied yesterday:']}[lang])
    return 'diff', pre + '\n\n' + txt


def st_masking(lang, S, L, theme):
    """secret samples: someone tried to mask and failed; pass samples: truly masked"""
    out = [ch(GREET[lang]), ' '.join(fill(lang, theme, 1))]
    if S:
        for f in S:
            t = R.random()
            lab = f.label(lang)
            if f.multi:
                out.append(ch({'it': ['(ho tolto la chiave dal ticket, ma eccola per sicurezza)', 'chiave (da NON pubblicare):'],
                               'en': ['(I removed the key from the ticket, but here it is just in case)', 'key (do NOT publish):']}[lang]) + '\n' + f.v)
            elif t < 0.15:
                out.append(lab + ': ' + '*' * rint(6, 12) + '\n' + ch({'it': ['(scusate, eccola in chiaro: ', '(ah no, vi serve intera: '],
                                                                     'en': ['(sorry, here it is in clear: ', '(oh wait, you need it whole: ']}[lang]) + f.v + ')')
            elif t < 0.3:
                masked_lab = re.sub(r'[aeiou]', '*', lab, count=2)
                out.append(masked_lab + ': ' + f.v)
            elif t < 0.42:
                out.append(lab + ': ' + ch(['||%s||', '>!%s!<', '~~%s~~', '<s>%s</s>', '<!-- %s -->', '<span style="color:#ffffff">%s</span>']).replace('%s', f.v)
                           + ch({'it': ['  (spoiler, così non si vede)', '  (barrata)', ''], 'en': ['  (spoilered so it is hidden)', '  (struck out)', '']}[lang]))
            elif t < 0.55:
                out.append(lab + ': ' + f.v + ch({'it': ['   <- ho oscurato il valore', '  [OSCURATO]', ' (mascherato)'],
                                                   'en': ['   <- value redacted', '  [REDACTED]', ' (masked)']}[lang]))
            elif t < 0.68:
                raw = clean(f.v)
                k = first_kind(f.v)
                if k and len(raw) > 6 and raw == clean(SPAN.search(f.v).group(2)):
                    msk = raw[:4] + '*' * (len(raw) - 8) + raw[-4:] if len(raw) > 10 else '*' * len(raw)
                    out.append(lab + ': ' + msk + ch({'it': ['  (l\'ho mascherato qui, ma nel log sotto c\'è intero)', ''], 'en': ['  (masked here, but the log below has it whole)', '']}[lang]))
                    out.append('')
                    out.append('[%s] %s=%s' % (rtime(), fkey(f, 'snake'), f.v))
                else:
                    out.append(lab + ': ' + f.v)
            elif t < 0.8:
                raw = clean(f.v)
                k = first_kind(f.v)
                if k in ('password', 'pin', 'cvv') and f.cat not in ('connurl',):
                    blob = M(b64s(raw), k)
                    out.append(ch({'it': ["Ho codificato la %s così non si legge: ", "%s (in base64 per sicurezza): "],
                                   'en': ["I encoded the %s so it can't be read: ", "%s (base64 for safety): "]}[lang]).replace('%s', lab.lower()) + blob)
                else:
                    out.append(lab + ' (' + ({'it': 'non oscurato', 'en': 'not masked'}[lang]) + '): ' + f.v)
            else:
                q = ch({'it': ['Nel ticket precedente avevo scritto ', 'Come da screenshot (testo: '], 'en': ['In the previous ticket I wrote ', 'As in the screenshot (text: ']}[lang])
                out.append(q + f.v + ch([')', '', ' — scusate']))
        for f in L:
            out.append(f.kv(lang))
    else:
        for f in L:
            out.append(f.kv(lang))
        extras = {'it': ['Carta: **** **** **** %s' % rdig(4), 'Password: [REDACTED]', 'Token: eyJhbGciOi… (troncato dal sistema)',
                         'IBAN: IT** **** **** **** **** **%s %s' % (rdig(2), rdig(3)), 'CVV: ***', 'PIN: ****', 'client_secret: ●●●●●●●●●●',
                         'OTP: ******', 'Chiave API: sk_live_' + '•' * 12 + rs(4), 'conto: ********' + rdig(4)],
                  'en': ['Card: **** **** **** %s' % rdig(4), 'Password: [REDACTED]', 'Token: eyJhbGciOi… (truncated by the system)',
                         'IBAN: GB** **** **** **** **%s %s' % (rdig(2), rdig(2)), 'CVV: ***', 'PIN: ****', 'client_secret: ●●●●●●●●●●',
                         'OTP: ******', 'API key: sk_live_' + '•' * 12 + rs(4), 'account: ****' + rdig(4)]}[lang]
        out += sample(extras, rint(1, 3))
        out.append(ch({'it': ['Ho oscurato i dati sensibili come da vostra policy.', 'I valori completi ve li detto al telefono.', 'Dati mascherati dal sistema.'],
                       'en': ['I masked the sensitive data as per your policy.', "I'll give you the full values on the phone.", 'Data masked by the system.']}[lang]))
    out.append(ch(CLOSE_[lang]))
    return 'masking', '\n'.join(out)


def mojibake(s):
    out = []
    for b in s.encode('utf-8'):
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


def qp_encode(s):
    out = []
    for c in s:
        if c == '\n':
            out.append('\n')
        elif c == '=':
            out.append('=3D')
        elif 32 <= ord(c) < 127:
            out.append(c)
        else:
            out.append(''.join('=%02X' % b for b in c.encode('utf-8')))
    return ''.join(out)


def qp_softwrap(t, width=76):
    out = []
    for ln in t.split('\n'):
        while vlen(ln) > width:
            cut = width - 1
            c = clean(ln)
            # never cut inside an =XX escape
            while cut > 0 and ('=' in c[max(0, cut - 2):cut]):
                cut -= 1
            a, b = vsplit(ln, cut)
            out.append(a + '=')
            ln = b
        out.append(ln)
    return '\n'.join(out)


def st_mojibake(lang, S, L, theme):
    facts = shuffled(S + L)
    txt = customer_msg(lang, facts, theme, fmts=('prose', 'kv', 'kv', 'env'))
    if chance(0.5):
        txt = segmap(txt, lambda s: s.replace("'", '’').replace(' - ', ' – '))
        txt = segmap(txt, mojibake)
        style = 'mojibake'
    else:
        txt = qp_softwrap(segmap(txt, qp_encode))
        txt = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + txt
        style = 'quoted-printable'
    pre = ch({'it': ['La mail del cliente ci arriva così:', 'Testo originale (sorgente del messaggio):', ''],
              'en': ['The customer email reaches us like this:', 'Original text (message source):', '']}[lang])
    return style, (pre + '\n\n' if pre else '') + txt


OCR_SUB = [('O', '0'), ('0', 'O'), ('l', '1'), ('1', 'l'), ('I', 'l'), ('rn', 'm'), ('S', '5'), ('B', '8'), ('e', 'c')]


def ocr_noise(s, p):
    for a, b in OCR_SUB:
        if chance(p):
            idx = s.find(a)
            if idx >= 0:
                s = s[:idx] + b + s[idx + len(a):]
    return s


def st_ocr(lang, S, L, theme):
    facts = shuffled(S + L)
    lines = [ch({'it': ["[Testo estratto dall'immagine]", 'Testo riconosciuto (OCR):', 'Copiato dallo screenshot con Google Lens:'],
                 'en': ['[Text extracted from image]', 'Recognised text (OCR):', 'Copied from the screenshot with Google Lens:']}[lang])]
    lines.append(ocr_noise(ch(fill(lang, theme, 1)), 0.4))
    for f in facts:
        if f.cat == 'note':
            lines.append(ocr_noise(f.v, 0.3))
        elif chance(0.5):
            lines.append(f.label(lang))
            lines.append(f.v)
        else:
            lines.append(ocr_noise(f.label(lang), 0.4) + ch([' ', ': ', ' | ', '  ']) + f.v)
        if chance(0.3):
            lines.append(ch(['|', '—', '| |', '•', 'Q', '<', '©']))
    txt = '\n'.join(lines)
    if chance(0.5):
        txt = inmap(txt, lambda s: ocr_noise(s, 0.5), kinds=['access_token', 'refresh_token', 'vendor_key', 'client_secret', 'password'])
    return 'ocr', txt


def st_sms(lang, S, L, theme):
    out = []
    bank = ch(['INTESA SP', 'UniCredit', 'PosteInfo', 'Fineco', 'BPER', 'N26', 'Revolut', 'Monzo', 'Barclays', 'HSBC UK'])
    merchant = ch(['AMAZON EU', 'ZALANDO', 'TRENITALIA', 'BOOKING.COM', 'APPLE.COM/BILL', 'IKEA', 'ESSELUNGA'])
    msgs = []
    for f in S:
        v = f.v
        if f.kind == 'pin':
            msgs.append(ch({'it': ['%s: codice %s per autorizzare il pagamento di %s presso %s. Non comunicarlo a nessuno.',
                                   '%s: il tuo codice di verifica è %s. Scade tra 5 minuti. Non condividerlo. (%s, %s)',
                                   '%s - Codice OTP %s per l\'accesso all\'app. Importo %s, esercente %s.',
                                   '%s ti informa: PIN provvisorio %s. Operazione %s presso %s.'],
                            'en': ['%s: code %s to approve your payment of %s at %s. Never share this code.',
                                   '%s: your verification code is %s. Valid 5 minutes. Do not share it. (%s, %s)',
                                   '%s - OTP %s to log in to the app. Amount %s, merchant %s.',
                                   '%s: temporary PIN %s. Transaction %s at %s.']}[lang]) % (bank, v, amount(lang), merchant))
        elif f.kind == 'password':
            msgs.append(ch({'it': ['%s: la tua password temporanea è %s. Cambiala al primo accesso.', 'Benvenuto su %s. Password provvisoria: %s'],
                            'en': ['%s: your temporary password is %s. Change it at first login.', 'Welcome to %s. Temporary password: %s']}[lang]) % (ch(['DeskPortal', bank, 'MyArea']), v))
        else:
            msgs.append(f.sent(lang))
    tpl = shuffled({'it': ['%s: addebito di %s su carta **%s presso %s.' % (bank, amount(lang), rdig(4), merchant),
                           'Il tuo ordine %s è stato spedito. Traccia: %s' % (rdig(8), '1Z' + rs(6, UP + DG) + rdig(10)),
                           '%s: non comunicare mai i codici ricevuti via SMS, nemmeno al nostro personale.' % bank,
                           '%s: il codice richiesto è scaduto. Richiedine uno nuovo dall\'app.' % bank,
                           'Accesso da nuovo dispositivo il %s alle %s. Se non sei stato tu chiama il %s.' % (rdate(lang), rtime(), phone(lang)),
                           'Bonifico di %s a favore di %s eseguito. CRO %s' % (amount(lang), fullname(lang), rdig(11)),
                           '%s: il codice inserito non è corretto. Tentativi rimasti: 2.' % bank],
                    'en': ['%s: %s spent on card ending %s at %s.' % (bank, amount(lang), rdig(4), merchant),
                           'Your order %s has shipped. Track: %s' % (rdig(8), '1Z' + rs(6, UP + DG) + rdig(10)),
                           '%s: never share codes you receive by text, not even with our staff.' % bank,
                           '%s: the code you requested has expired. Request a new one in the app.' % bank,
                           'New device sign-in on %s at %s. If this was not you call %s.' % (rdate(lang), rtime(), phone(lang)),
                           'Payment of %s to %s sent. Ref %s' % (amount(lang), fullname(lang), rdig(11)),
                           '%s: the code you entered is wrong. 2 attempts left.' % bank]}[lang])
    for i, f in enumerate(L):
        if f.theme == 'pay' and f.cat != 'note' and chance(0.4):
            msgs.append('%s: %s' % (bank, f.sent(lang)))
        else:
            msgs.append(tpl[i % len(tpl)])
    if not msgs:
        msgs.append(tpl[0])
    R.shuffle(msgs)
    t = R.random()
    for m in msgs:
        if t < 0.4:
            out.append('%s\n%s\n%s' % (bank if chance(0.6) else phone(lang), ch(['ora', 'adesso', '2 min fa']) if lang == 'it' else ch(['now', '2m ago']), m))
        elif t < 0.7:
            out.append('[SMS %s %s] %s' % (rdate(lang), rtime(), m))
        else:
            out.append(ch({'it': ['Messaggio inoltrato:', 'Fwd:', 'Inoltrato'], 'en': ['Forwarded message:', 'Fwd:', 'Forwarded']}[lang]) + '\n"' + m + '"')
    pre = ch({'it': ['Vi inoltro gli SMS che mi sono arrivati:', 'Mi sono arrivati questi messaggi, è normale?', 'Copio le notifiche del telefono:'],
              'en': ['Forwarding the texts I received:', 'I got these messages, is that normal?', 'Copying the phone notifications:']}[lang])
    return 'sms-forward', pre + '\n\n' + '\n\n'.join(out)


def pad(s, n):
    return s + ' ' * max(0, n - vlen(s))


def st_sql(lang, S, L, theme):
    facts = shuffled(S + L)
    rows = []
    for i, f in enumerate(facts):
        if f.cat == 'note':
            continue
        rows.append((str(rint(1, 400)), fkey(f, 'snake'), f.v, rdate(lang, 'iso') + ' ' + rtime() + ':%02d' % rint(0, 59)))
    notes = [f.v for f in facts if f.cat == 'note']
    hdr = ('id', 'name' if chance(0.5) else 'key', 'value', 'updated_at')
    psql = chance(0.55)
    w = [max(vlen(h), max(max(vlen(x) for x in r[j].split('\n')) for r in rows)) for j, h in enumerate(hdr)] if rows else [2, 4, 5, 10]
    out = []
    if psql:
        out.append('desk_prod=# SELECT id, %s, value, updated_at FROM %s;' % (hdr[1], ch(['settings', 'integration_config', 'app_secrets', 'payout_accounts'])))
        out.append(' ' + ' | '.join(pad(h, w[j]) for j, h in enumerate(hdr)))
        out.append('-' + '-+-'.join('-' * w[j] for j in range(4)) + '-')
        for r in rows:
            vl = r[2].split('\n')
            first = ' ' + ' | '.join([pad(r[0], w[0]), pad(r[1], w[1]), pad(vl[0], w[2]) + (' +' if len(vl) > 1 else ''), r[3]])
            if len(vl) > 1:
                first = ' ' + ' | '.join([pad(r[0], w[0]), pad(r[1], w[1]), pad(vl[0], w[2]) + '+'])
                out.append(first)
                for k, piece in enumerate(vl[1:]):
                    last = k == len(vl) - 2
                    out.append(' ' + ' | '.join([pad('', w[0]), pad('', w[1]), pad(piece, w[2]) + ('' if last else '+')]) + (' | ' + r[3] if last else ''))
            else:
                out.append(first)
        out.append('(%d row%s)' % (len(rows), '' if len(rows) == 1 else 's'))
    else:
        sepl = '+' + '+'.join('-' * (w[j] + 2) for j in range(4)) + '+'
        out.append('mysql> SELECT * FROM %s;' % ch(['settings', 'api_keys', 'customers_payment', 'integrations']))
        out.append(sepl)
        out.append('| ' + ' | '.join(pad(h, w[j]) for j, h in enumerate(hdr)) + ' |')
        out.append(sepl)
        for r in rows:
            v = r[2].replace('\n', '\\n')
            out.append('| ' + ' | '.join([pad(r[0], w[0]), pad(r[1], w[1]), pad(v, w[2]), pad(r[3], w[3])]) + ' |')
        out.append(sepl)
        out.append('%d row%s in set (0.00 sec)' % (len(rows), '' if len(rows) == 1 else 's'))
    pre = ' '.join(fill(lang, theme, 1)) + ('\n' + ' '.join(notes) if notes else '') + '\n' + ch(
        {'it': ['Output della query:', 'Ecco cosa c\'è nel db:', 'Dal database di produzione:'], 'en': ['Query output:', "Here's what's in the db:", 'From the production database:']}[lang])
    return 'sql-output', pre + '\n' + '\n'.join(out)


def st_form(lang, S, L, theme):
    facts = shuffled(S + L)
    f1, l1 = person(lang)
    if lang == 'it':
        lines = ['Nuova richiesta dal modulo "Contatta l\'assistenza"', '', 'Nome: %s' % f1, 'Cognome: %s' % l1,
                 'Email: %s' % email_of(f1, l1, lang), 'Azienda: %s' % company(lang), 'Categoria: %s' % ch(['Pagamenti', 'Accesso', 'Integrazioni', 'Altro']),
                 'Messaggio: %s' % ' '.join(fill(lang, theme, rint(1, 2)))]
        extra_h = '--- Campi aggiuntivi ---'
    else:
        lines = ['New submission from "Contact support" form', '', 'First name: %s' % f1, 'Last name: %s' % l1,
                 'Email: %s' % email_of(f1, l1, lang), 'Company: %s' % company(lang), 'Category: %s' % ch(['Billing', 'Login', 'Integrations', 'Other']),
                 'Message: %s' % ' '.join(fill(lang, theme, rint(1, 2)))]
        extra_h = '--- Additional fields ---'
    lines.append('')
    lines.append(extra_h)
    for f in facts:
        if f.cat == 'note':
            lines[7] += ' ' + f.v
            continue
        lines.append(f.label(lang) + ': ' + f.v.replace('\n', '<br />' if chance(0.3) else '\n'))
    lines.append('')
    lines.append(ch(['IP: %d.%d.%d.%d' % (rint(2, 220), rint(0, 255), rint(0, 255), rint(1, 254)), 'User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)']))
    lines.append(('Inviato il ' if lang == 'it' else 'Submitted on ') + rdate(lang) + ' ' + rtime())
    txt = '\r\n'.join(lines) if chance(0.6) else '\n'.join(lines)
    if chance(0.3):
        txt = txt.replace('\r\n', '<br>\r\n')
    return 'web-form', txt


def xml_esc(s, p_apos):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
    if p_apos:
        s = s.replace("'", '&apos;')
    return s


def st_xml(lang, S, L, theme):
    facts = shuffled(S + L)
    pa = chance(0.5)
    t = R.random()
    out = []
    intro = ch({'it': ['File di configurazione:', "Sotto l'XML:", 'Dal web.config:'], 'en': ['Config file:', 'XML below:', 'From web.config:']}[lang])
    if 0.4 <= t < 0.7:
        intro = ch({'it': ['Richiesta SOAP catturata:', 'Il messaggio SOAP che parte:'], 'en': ['Captured SOAP request:', 'The outgoing SOAP message:']}[lang])
    if t < 0.4:
        out.append('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>')
        for f in facts:
            if f.cat == 'note':
                out.append('    <!-- %s -->' % f.v)
                continue
            out.append('    <add key="%s" value="%s" />' % (fkey(f, 'camel')[0].upper() + fkey(f, 'camel')[1:], segmap(f.v, lambda s: xml_esc(s, pa))))
        out.append('  </appSettings>\n</configuration>')
    elif t < 0.7:
        out.append('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n  <soapenv:Header>\n    <wsse:Security>\n      <wsse:UsernameToken>')
        out.append('        <wsse:Username>%s</wsse:Username>' % ch(['ws_desk', 'integrazione', 'api_user']))
        for f in facts:
            if f.cat == 'note':
                out.append('        <!-- %s -->' % f.v)
                continue
            tag = {'password': 'wsse:Password', 'pin': 'OTP', 'cvv': 'CVV2', 'card_number': 'PAN', 'iban': 'IBAN'}.get(f.kind or '', fkey(f, 'camel'))
            tag = tag[0].upper() + tag[1:] if ':' not in tag else tag
            v = segmap(f.v, lambda s: xml_esc(s, pa))
            if chance(0.2) and not f.multi:
                v = '<![CDATA[' + f.v + ']]>'
            out.append('        <%s>%s</%s>' % (tag, v, tag))
        out.append('      </wsse:UsernameToken>\n    </wsse:Security>\n  </soapenv:Header>\n  <soapenv:Body/>\n</soapenv:Envelope>')
    else:
        out.append('<settings>')
        for f in facts:
            if f.cat == 'note':
                out.append('  <note>%s</note>' % xml_esc(f.v, pa))
                continue
            out.append('  <setting name="%s">%s</setting>' % (fkey(f, 'snake'), segmap(f.v, lambda s: xml_esc(s, pa))))
        out.append('</settings>')
    pre = ' '.join(fill(lang, 'dev', 1)) + '\n' + intro
    return 'xml', pre + '\n' + '\n'.join(out)


def st_thread(lang, S, L, theme):
    facts = shuffled(S + L)
    cust = fullname(lang)
    agent = fullname(lang)
    co = company(lang)
    marker = {'it': '##- Rispondi sopra questa riga -##', 'en': '##- Please type your reply above this line -##'}[lang]
    entries = []
    half = rint(0, len(facts))
    first, second = facts[:half], facts[half:]

    base = [rint(1, 20), rint(1, 12), ch([2024, 2025])]

    def stamp():
        base[0] += rint(0, 2)
        d, m, y = base
        ds = ('%d %s %d' % (d, IT_MONTHS[m - 1], y)) if lang == 'it' else ('%s %d, %d' % (EN_MONTHS[m - 1], d, y))
        return '%s %s' % (ds, rtime()) + ch([' CET', ' CEST', '', ' GMT'])
    entries.append((cust + ' (' + co + ')', stamp(), ' '.join(fill(lang, theme, rint(1, 2))) + ('\n\n' + facts_block(lang, first, ch(['prose', 'kv'])) if first else '')))
    entries.append((agent + (' (Supporto)' if lang == 'it' else ' (Support)'), stamp(),
                    ch({'it': ['Grazie, ci può mandare anche la configurazione completa?', 'Buongiorno, per verificare ci servono alcuni dati aggiuntivi.', 'Ricevuto, verifichiamo.'],
                        'en': ['Thanks, could you also send the full configuration?', 'Hi, to check this we need a few more details.', 'Received, we are looking into it.']}[lang])))
    if second:
        entries.append((cust + ' (' + co + ')', stamp(), facts_block(lang, second, ch(['prose', 'kv', 'env', 'json']))))
    if chance(0.4):
        entries.append((agent, stamp(), ch({'it': ['Nota interna: chiedere al cliente di ruotare le credenziali.', 'Nota interna: inoltrato al secondo livello.'],
                                            'en': ['Internal note: ask the customer to rotate the credentials.', 'Internal note: escalated to tier 2.']}[lang])))
    entries.reverse()
    out = [marker, '']
    for who, when, body in entries:
        out.append('%s\n%s\n\n%s\n' % (who, when, body))
        if chance(0.2):
            out.append(('Allegati: ' if lang == 'it' else 'Attachments: ') + ch(['screenshot.png', 'errore.jpg', 'config.txt']) + '\n')
        out.append('-' * ch([20, 40, 0]))
    out.append(ch(['Ticket #%s' % rdig(6), '[%s]' % rs(6, UP + DG) + '-' + rs(4, UP + DG)]))
    return 'ticket-thread', '\n'.join(out)


STYLES = {'email-quoted': st_email_quoted, 'email-forward': st_email_fwd, 'html-to-text': st_html2text, 'word-paste': st_word,
          'chat': st_chat, 'github-issue': st_issue, 'wiki': st_wiki, 'jupyter': st_jupyter, 'json-log': st_jsonlog,
          'urlencoded': st_urlenc, 'base64': st_base64, 'unicode-noise': st_unicode, 'mobile': st_mobile,
          'machine-translation': st_mt, 'pdf-text': st_pdf, 'spreadsheet-tsv': st_tsv, 'terminal': st_terminal, 'diff': st_diff,
          'masking': st_masking, 'mojibake': st_mojibake, 'ocr': st_ocr, 'sms-forward': st_sms, 'sql-output': st_sql,
          'web-form': st_form, 'xml': st_xml, 'ticket-thread': st_thread}
STYLE_WEIGHT = {'email-quoted': 4, 'email-forward': 2, 'chat': 3, 'github-issue': 2, 'json-log': 2, 'urlencoded': 2,
                'base64': 2, 'unicode-noise': 2, 'mobile': 2, 'machine-translation': 2, 'pdf-text': 2, 'spreadsheet-tsv': 2,
                'terminal': 2, 'diff': 2, 'masking': 2, 'html-to-text': 2, 'word-paste': 2}
COMPAT = {'sms-forward': ['pin', 'password'],
          'base64': ['password', 'access_token', 'client_secret', 'refresh_token', 'vendor_key', 'private_key']}


# ============================================================ validation ==
CARDLIKE = re.compile(r'(?<![\d])(?:\d[ \-.]?){12,18}\d(?![\d])')
IBANLIKE = re.compile(r'\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b')


def finalize(text):
    buf, spans, i, stack = [], [], 0, None
    while i < len(text):
        c = text[i]
        if c == OPEN:
            if stack is not None:
                return None, 'nested'
            stack = (len(buf), ord(text[i + 1]) - 0xE100)
            i += 2
            continue
        if c == CLOSE:
            if stack is None:
                return None, 'unbalanced'
            spans.append((stack[0], len(buf), stack[1]))
            stack = None
            i += 1
            continue
        buf.append(c)
        i += 1
    if stack is not None:
        return None, 'open'
    txt = ''.join(buf)
    if re.search('[\ue000-\ue1ff]', txt):
        return None, 'stray'
    secrets, seen = [], []
    for s, e, k in spans:
        v = txt[s:e]
        if not v or v != v.strip():
            return None, 'ws'
        kind = KINDS_CUR[k]
        if (kind, v) not in seen:
            seen.append((kind, v))
            secrets.append({'kind': kind, 'value': v})
    for sec in secrets:
        v = sec['value']
        others = [x for x in secrets if x['value'] == v and x['kind'] != sec['kind']]
        if others:
            return None, 'kindclash'
        p = txt.find(v)
        while p >= 0:
            if not any(s <= p and p + len(v) <= e for s, e, _ in spans):
                return None, 'extra-occurrence'
            p = txt.find(v, p + 1)
    # outside labelled spans: no accidental Luhn-valid card or valid IBAN
    mask = [False] * len(txt)
    for s, e, _ in spans:
        for j in range(s, e):
            mask[j] = True
    for m in CARDLIKE.finditer(txt):
        if any(mask[m.start():m.end()]):
            continue
        d = re.sub(r'\D', '', m.group(0))
        if 13 <= len(d) <= 19 and d[0] in '23456' and luhn_ok(d):
            return None, 'stray-card'
    for m in IBANLIKE.finditer(txt):
        if any(mask[m.start():m.end()]):
            continue
        if iban_valid(m.group(0)):
            return None, 'stray-iban'
    return (txt, secrets), None


# ================================================================= main ==
def build(lang, primary, style_name):
    theme = KIND_THEME[primary] if primary else ch(['auth', 'pay', 'dev', 'auth', 'pay'])
    if primary == 'pin' and chance(0.4):
        theme = 'auth'
    S = []
    if primary:
        S = SECRET_MAKERS[primary](lang)
        if chance(0.22):
            extra = ch(KINDS)
            if style_name in COMPAT and extra not in COMPAT[style_name]:
                extra = primary
            S += SECRET_MAKERS[extra](lang)
    nl = rint(0, 3) if primary else rint(1, 4)
    if style_name == 'masking' and not primary:
        nl = rint(0, 2)
    L = look_facts(lang, theme, nl)
    return STYLES[style_name](lang, S, L, theme)


def main():
    N_SECRET, N_PASS = 820, 900
    plan = []
    kinds_cycle = []
    while len(kinds_cycle) < N_SECRET:
        kinds_cycle += shuffled(KINDS)
    for i, k in enumerate(kinds_cycle[:N_SECRET]):
        plan.append(('it' if i % 2 == 0 else 'en', k))
    for i in range(N_PASS):
        plan.append(('en' if i % 2 == 0 else 'it', None))
    R.shuffle(plan)
    style_pool = []
    for s in STYLES:
        style_pool += [s] * STYLE_WEIGHT.get(s, 1)
    rows, fails = [], {}
    per_style_cursor = shuffled(style_pool)
    cur = 0
    for n, (lang, primary) in enumerate(plan):
        # round-robin over a shuffled, weighted pool; skip incompatible styles
        for _ in range(len(per_style_cursor)):
            st = per_style_cursor[cur % len(per_style_cursor)]
            cur += 1
            if primary is None or st not in COMPAT or primary in COMPAT[st]:
                break
        # narrow styles would otherwise only ever be reached by must-pass samples
        if primary == 'pin' and chance(0.22) or primary == 'password' and chance(0.08):
            st = 'sms-forward'
        elif primary in COMPAT['base64'] and chance(0.04):
            st = 'base64'
        res = None
        for attempt in range(80):
            KINDS_CUR.clear()
            style, raw = build(lang, primary, st)
            res, why = finalize(raw)
            if res:
                if primary and not any(s['kind'] == primary for s in res[1]):
                    res = None
                    why = 'primary-missing'
                elif primary is None and res[1]:
                    res = None
                    why = 'pass-has-secret'
            if res:
                break
            fails[why] = fails.get(why, 0) + 1
        assert res, (lang, primary, st, why)
        text, secrets = res
        rows.append({'id': 'fresh17-%s-%04d' % (lang, n + 1), 'lang': lang, 'style': style, 'text': text, 'secrets': secrets})
    # ---------------------------------------------------------- checks --
    ids = [r['id'] for r in rows]
    assert len(ids) == len(set(ids))
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            for s in r['secrets']:
                assert s['kind'] in KINDS
                assert s['value'] in r['text'], (r['id'], s)
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    back = []
    with open(OUT, encoding='utf-8') as fh:
        for line in fh:
            back.append(json.loads(line))
    assert len(back) == len(rows)
    for r in back:
        assert r['lang'] in ('it', 'en') and isinstance(r['text'], str)
        for s in r['secrets']:
            assert s['value'] in r['text']
    n_sec = sum(1 for r in back if r['secrets'])
    n_pass = len(back) - n_sec
    print('samples:', len(back), ' with secrets:', n_sec, ' must pass:', n_pass)
    for lg in ('it', 'en'):
        print('  lang %s: %d (secrets %d, pass %d)' % (lg, sum(1 for r in back if r['lang'] == lg),
                                                     sum(1 for r in back if r['lang'] == lg and r['secrets']),
                                                     sum(1 for r in back if r['lang'] == lg and not r['secrets'])))
    print('kind: samples / values')
    for k in KINDS:
        ns = sum(1 for r in back if any(s['kind'] == k for s in r['secrets']))
        nv = sum(1 for r in back for s in r['secrets'] if s['kind'] == k)
        print('  %-14s %4d / %4d' % (k, ns, nv))
        assert ns >= 40, k
    print('kind x lang (samples):')
    for k in KINDS:
        print('  %-14s it %3d  en %3d' % (k, sum(1 for r in back if r['lang'] == 'it' and any(s['kind'] == k for s in r['secrets'])),
                                        sum(1 for r in back if r['lang'] == 'en' and any(s['kind'] == k for s in r['secrets']))))
    st = {}
    for r in back:
        st[r['style']] = st.get(r['style'], 0) + 1
    print('styles:', ', '.join('%s=%d' % kv for kv in sorted(st.items())))
    print('retries:', fails, file=sys.stderr)
    assert n_pass >= n_sec and len(back) >= 1600


if __name__ == '__main__':
    main()
