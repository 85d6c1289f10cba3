#!/usr/bin/env python3
"""Generator for the fresh20 corpus: "security paperwork and what machines hand to people".
Deterministic (random.Random(seed)), stdlib only. Writes fresh20.jsonl next to this file."""
import base64, json, os, random, string, sys, uuid
from collections import Counter

SEED = 20261203
R = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
URLSAFE = ALNUM + '-_'
B64 = ALNUM + '+/'

def ch(seq): return R.choice(seq)
def rs(n, alpha=ALNUM): return ''.join(R.choice(alpha) for _ in range(n))
def hexs(n): return rs(n, HEX)
def uid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b'=').decode()
def rbytes(n): return bytes(R.getrandbits(8) for _ in range(n))
def L(lang, it, en): return it if lang == 'it' else en
def jd(o, indent=2): return json.dumps(o, indent=indent, ensure_ascii=False)
def jesc(s): return json.dumps(s, ensure_ascii=False)[1:-1]

# ---------------------------------------------------------------- people, places
IT_NAMES = ['Giulia Romano', 'Marco Bianchi', 'Francesca Ricci', 'Luca Esposito', 'Chiara Colombo', 'Davide Greco',
            'Sara Marino', 'Alessandro Conti', 'Elena Gallo', 'Matteo De Luca', 'Federica Costa', 'Paolo Fontana',
            'Valentina Moretti', 'Stefano Rinaldi', 'Ilaria Ferraro', 'Andrea Lombardi', 'Roberta Villa', 'Simone Caruso']
EN_NAMES = ['Priya Shah', 'Tom Becker', 'Hannah Okafor', 'Liam Walsh', 'Sophie Turner', 'Raj Patel', 'Emma Clarke',
            'Noah Fischer', 'Olivia Brennan', 'Daniel Kim', 'Grace Miller', 'Yusuf Demir', 'Chloe Martin', 'Ben Adeyemi']
IT_COS = ['Pagamenti Adriatici S.p.A.', 'Cassa Digitale srl', 'Mercato Verde srl', 'Assicura Facile S.p.A.',
          'Logistica Padana srl', 'Farmacia Online Italia srl', 'TicketLaguna srl', 'Viaggi Tirreno S.p.A.', 'Banca Colli Euganei']
EN_COS = ['Northwind Payments Ltd', 'Brightline Retail', 'Harbor Lending Inc.', 'Quayside Travel', 'Meridian Health Apps',
          'Cobalt Freight', 'Larkspur Insurance', 'Tidewater Energy']
HOSTS = ['api.cassadigitale.it', 'auth.northwind-pay.com', 'gw.pagamentiadriatici.it', 'api.brightline.io',
         'sso.meridianhealth.app', 'checkout.ticketlaguna.it', 'id.harborlending.com', 'api-sandbox.cobaltfreight.net',
         'openbanking.colliseuganei.it', 'pay.quayside.travel']
REPOS = ['payments-api', 'checkout-web', 'mobile-app', 'infra-live', 'billing-worker', 'kyc-service', 'ops-scripts', 'psd2-gateway']
ORGS = ['cassadigitale', 'northwind-pay', 'brightline', 'pagamenti-adriatici', 'harbor-lending', 'ticketlaguna']
USERS_IT = ['g.romano', 'mbianchi', 'f.ricci', 'luca.esposito', 'ccolombo', 'd.greco', 'svc_payments', 'app_kyc', 'ro_reporting']
USERS_EN = ['pshah', 'tom.becker', 'h.okafor', 'lwalsh', 'svc-billing', 'deploy-bot', 'app_ledger', 'readonly_bi']

def name(lang): return ch(IT_NAMES if lang == 'it' else EN_NAMES)
def company(lang): return ch(IT_COS if lang == 'it' else EN_COS)
def user(lang): return ch(USERS_IT if lang == 'it' else USERS_EN)
def first(n): return n.split()[0]
def date(): return '2026-%02d-%02d' % (R.randint(1, 11), R.randint(1, 28))
def hhmm(): return '%02d:%02d' % (R.randint(0, 23), R.randint(0, 59))
def iso(): return '%sT%s:%02dZ' % (date(), hhmm(), R.randint(0, 59))
def itdate(): return '%02d/%02d/2026' % (R.randint(1, 28), R.randint(1, 11))
def ticket(): return ch(['INC', 'CHG', 'SEC', 'RITM', 'PT', 'SUP', 'DPO', 'CR']) + ch(['', '-', '0']) + str(R.randint(1000, 999999))
def ip(): return '%d.%d.%d.%d' % (ch([10, 172, 185, 93, 151, 79, 2]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def amount(lang):
    v = R.randint(100, 250000) / 100
    return (('%.2f' % v).replace('.', ',') + ' EUR') if lang == 'it' else ch(['EUR ', '£', '€']) + '%.2f' % v
def path(): return ch(['src/config/', 'deploy/', '.github/workflows/', 'app/src/main/res/values/', 'scripts/', 'helm/values/', 'docs/', 'test/fixtures/']) + \
    ch(['prod.env', 'settings.py', 'deploy.yml', 'strings.xml', 'rotate.sh', 'values-prod.yaml', 'runbook.md', 'client.ts', 'application.properties'])

# ---------------------------------------------------------------- secret values
def jwt(kind='access'):
    hdr = {'alg': ch(['RS256', 'HS256', 'ES256', 'PS256']), 'typ': 'JWT'}
    if R.random() < 0.5: hdr['kid'] = hexs(8) if R.random() < 0.5 else rs(12)
    pl = {'iss': 'https://' + ch(HOSTS), 'sub': ch([uid(), str(R.randint(10000, 9999999)), rs(10)]),
          'iat': 1780000000 + R.randint(0, 9999999)}
    pl['exp'] = pl['iat'] + ch([300, 900, 3600, 86400])
    if kind == 'refresh': pl['typ'] = 'Refresh'; pl['exp'] = pl['iat'] + 2592000
    else: pl['scope'] = ch(['payments:read payments:write', 'openid profile', 'accounts balances', 'admin', 'ais pis'])
    if R.random() < 0.4: pl['jti'] = uid()
    sig = b64u(rbytes(ch([32, 64, 64, 96])))
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + sig

def access_token():
    c = R.randint(0, 9)
    if c <= 3: return jwt()
    if c == 4: return ch(['at_', 'tok_live_', 'sat_', 'acc_']) + rs(R.randint(28, 44))
    if c == 5: return rs(R.randint(32, 48), URLSAFE)
    if c == 6: return hexs(ch([40, 48, 64]))
    if c == 7: return ch(['live_', 'prod_', 'api_']) + rs(R.randint(30, 40))
    if c == 8: return 'ya29.' + rs(R.randint(90, 140), URLSAFE)
    return rs(R.randint(24, 30), ALNUM) + '.' + rs(R.randint(20, 30), URLSAFE)

def session_cookie():
    c = R.randint(0, 3)
    if c == 0: return rs(R.randint(32, 44), URLSAFE)
    if c == 1: return hexs(64)
    if c == 2: return 's%3A' + rs(32, URLSAFE) + '.' + rs(43, ALNUM)
    return jwt()

def refresh_token():
    c = R.randint(0, 5)
    if c == 0: return 'rt_' + rs(R.randint(40, 56))
    if c == 1: return '1//0' + rs(R.randint(60, 90), URLSAFE)
    if c == 2: return 'def50200' + hexs(R.randint(120, 200))
    if c == 3: return jwt('refresh')
    if c == 4: return rs(R.randint(48, 72), URLSAFE)
    return 'r1.' + rs(R.randint(40, 60), ALNUM)

def client_secret():
    c = R.randint(0, 5)
    if c == 0: return rs(R.randint(32, 48))
    if c == 1: return hexs(64)
    if c == 2: return 'cs_' + rs(R.randint(30, 40))
    if c == 3: return rs(R.randint(8, 12), URLSAFE) + '~' + rs(R.randint(20, 30), URLSAFE)
    if c == 4: return rs(40, ALNUM + '._-')
    return 'sec_' + rs(R.randint(24, 36), UPDIG.lower())

def basic_pair():
    u = ch(['acme-pay-prod', 'billing_api', 'webhook', 'partner-7731', 'kyc-portal', 'svc_psd2', 'admin'])
    return u, password(url_safe=True)

def basic_blob(u, p): return base64.b64encode(('%s:%s' % (u, p)).encode()).decode()

def vendor_key():
    c = R.randint(0, 13)
    if c == 0: return 'sk_live_' + rs(ch([24, 99]))
    if c == 1: return 'rk_live_' + rs(ch([24, 99]))
    if c == 2: return 'ghp_' + rs(36)
    if c == 3: return 'github_pat_11' + rs(20, UPDIG) + '_' + rs(59)
    if c == 4: return 'AKIA' + rs(16, UPDIG)
    if c == 5: return 'xoxb-' + str(R.randint(10**10, 10**12)) + '-' + str(R.randint(10**12, 10**13)) + '-' + rs(24)
    if c == 6: return 'AIza' + rs(35, URLSAFE)
    if c == 7: return 'glpat-' + rs(20, URLSAFE)
    if c == 8: return 'SG.' + rs(22, URLSAFE) + '.' + rs(43, URLSAFE)
    if c == 9: return 'npm_' + rs(36)
    if c == 10: return 'shpat_' + hexs(32)
    if c == 11: return 'xoxp-' + str(R.randint(10**10, 10**12)) + '-' + str(R.randint(10**10, 10**12)) + '-' + str(R.randint(10**12, 10**13)) + '-' + hexs(32)
    if c == 12: return 'whsec_' + rs(32)
    return 'sq0atp-' + rs(22, URLSAFE)

def aws_secret(): return rs(40, B64)

VENDOR_NAME = [('sk_live_', 'Stripe'), ('rk_live_', 'Stripe'), ('ghp_', 'GitHub'), ('github_pat_', 'GitHub'), ('AKIA', 'AWS'),
               ('xoxb-', 'Slack'), ('xoxp-', 'Slack'), ('AIza', 'Google'), ('glpat-', 'GitLab'), ('SG.', 'SendGrid'),
               ('npm_', 'npm'), ('shpat_', 'Shopify'), ('whsec_', 'Stripe'), ('sq0atp-', 'Square')]
def vname(v):
    for p, n in VENDOR_NAME:
        if v.startswith(p): return n
    return 'Generic'
def venv(v):
    return {'Stripe': ch(['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_WEBHOOK_SECRET']), 'GitHub': ch(['GITHUB_TOKEN', 'GH_PAT']),
            'AWS': 'AWS_ACCESS_KEY_ID', 'Slack': ch(['SLACK_BOT_TOKEN', 'SLACK_TOKEN']), 'Google': ch(['GOOGLE_MAPS_API_KEY', 'FIREBASE_API_KEY']),
            'GitLab': 'GITLAB_TOKEN', 'SendGrid': 'SENDGRID_API_KEY', 'npm': 'NPM_TOKEN', 'Shopify': 'SHOPIFY_ADMIN_TOKEN',
            'Square': 'SQUARE_ACCESS_TOKEN'}.get(vname(v), 'API_KEY')

WORDS_IT = ['Gabbiano', 'Tramonto', 'Pesca', 'Vesuvio', 'Girasole', 'Lampone', 'Ciclamino', 'Formica', 'Basilico', 'Scirocco', 'Cannolo', 'Aurora']
WORDS_EN = ['Falcon', 'Harbour', 'Maple', 'Orbit', 'Copper', 'Thunder', 'Velvet', 'Juniper', 'Nimbus', 'Pebble', 'Saffron', 'Walrus']
def password(url_safe=False):
    c = R.randint(0, 6)
    sym = '!$%*#?-_.+=' if not url_safe else '!*-_.'
    if c == 0: return ch(WORDS_IT + WORDS_EN) + str(R.randint(10, 9999)) + ch(sym)
    if c == 1: return rs(R.randint(12, 20), ALNUM + sym)
    if c == 2: return '-'.join(ch(WORDS_IT + WORDS_EN).lower() for _ in range(3)) + str(R.randint(1, 99))
    if c == 3: return ch(sym) + ch(WORDS_EN) + ch(sym) + str(R.randint(1950, 2026)) + ch(WORDS_IT).lower()
    if c == 4: return rs(R.randint(16, 24), ALNUM)
    if c == 5: return ch(WORDS_IT) + ch(sym) + ch(WORDS_IT).lower() + str(R.randint(1, 99))
    p = ch(WORDS_EN + WORDS_IT)
    p = p.replace('a', '4').replace('e', '3').replace('o', '0')
    return p + ch(sym) + str(R.randint(100, 999))

def pin(n=None): return ''.join(str(R.randint(0, 9)) for _ in range(n or ch([4, 5, 6, 6, 6, 8])))

# ---------------------------------------------------------------- cards
CARD_PREFIXES = [('411111', 16), ('424242', 16), ('400005', 16), ('401288', 16), ('455673', 16), ('555555', 16), ('510510', 16),
                 ('520082', 16), ('222300', 16), ('530125', 16), ('378282', 15), ('371449', 15), ('601111', 16), ('353011', 16), ('476173', 16)]
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        s += v
    return s % 10 == 0
def luhn_digit(partial):
    for x in range(10):
        if luhn_ok(partial + str(x)): return str(x)
def card_digits():
    p, n = ch(CARD_PREFIXES)
    body = p + ''.join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    return body + luhn_digit(body)
def bad_card_digits():
    d = card_digits()
    last = (int(d[-1]) + R.randint(1, 9)) % 10
    d = d[:-1] + str(last)
    assert not luhn_ok(d)
    return d
def fmt_card(d, sep=None):
    if sep is None: sep = ch([' ', ' ', '-', '', ' ', '.', '  '])
    if len(d) == 15: return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))
def card(sep=None): return fmt_card(card_digits(), sep)
def cvv_for(cardv): return pin(4) if len(cardv.replace(' ', '').replace('-', '').replace('.', '')) == 15 else pin(3)
def exp(): return '%02d/%02d' % (R.randint(1, 12), R.randint(27, 31))
def mask_card(lang=None):
    d = card_digits()
    return ch(['**** **** **** ' + d[-4:], d[:6] + '******' + d[-4:], 'XXXX-XXXX-XXXX-' + d[-4:], '•••• ' + d[-4:], d[:4] + ' **** **** ' + d[-4:]])

# ---------------------------------------------------------------- banks
def mod97(s):
    n = ''.join(str(int(c, 36)) for c in s)
    return int(n) % 97
def iban_from_bban(cc, bban):
    chk = 98 - mod97(bban + cc + '00')
    return '%s%02d%s' % (cc, chk, bban)
def iban_valid(i): return mod97(i[4:] + i[:4]) == 1

ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        s += ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)
assert it_cin('05428', '11101', '000000123456') == 'X'
IT_ABI = ['03069', '02008', '05034', '01030', '03111', '05696', '03440', '05387', '08327', '03062', '05048', '06230']
def it_account():
    abi = ch(IT_ABI); cab = '%05d' % R.randint(1000, 99999)
    conto = ch(['0000' + pin(8), '00000' + pin(7), pin(12), 'CC00' + pin(8), '0' + pin(11)])
    return abi, cab, conto, it_cin(abi, cab, conto)
def fr_key(b, g, c):
    c2 = ''.join(str({'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8, 'I': 9, 'J': 1, 'K': 2, 'L': 3, 'M': 4, 'N': 5, 'O': 6, 'P': 7,
                       'Q': 8, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8, 'Z': 9}.get(x, x)) for x in c)
    return '%02d' % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c2)) % 97))
assert fr_key('30006', '00001', '12345678901') == '89'
def fr_account():
    b = ch(['30004', '30003', '10278', '20041', '11306', '30002', '18206', '14505'])
    g = '%05d' % R.randint(10, 99999); c = ch(['000' + pin(8), pin(11), '0' + pin(10)])
    return b, g, c, fr_key(b, g, c)
def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return '%d%d' % (d('00' + ent + ofi), d(cta))
assert es_dc('2100', '0418', '0200051332') == '45'
def es_account():
    e = ch(['2100', '0049', '0182', '2038', '0081', '2085', '0128']); o = pin(4); c = pin(10)
    return e, o, es_dc(e, o, c), c
def de_account():
    return ch(['37040044', '10070000', '20050550', '50010517', '76026000', '70150000', '12030000']), ch([pin(10), '00' + pin(8), pin(7)]).zfill(10)
def uk_account():
    return '%02d-%02d-%02d' % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99)), pin(8)

def iban(country=None, grouped=None):
    cc = country or ch(['IT', 'IT', 'IT', 'DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'AT'])
    if cc == 'IT':
        abi, cab, conto, cin = it_account(); bban = cin + abi + cab + conto
    elif cc == 'DE':
        blz, kto = de_account(); bban = blz + kto
    elif cc == 'FR':
        b, g, c, k = fr_account(); bban = b + g + c + k
    elif cc == 'ES':
        e, o, d, c = es_account(); bban = e + o + d + c
    elif cc == 'GB':
        sc, acc = uk_account(); bban = ch(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + sc.replace('-', '') + acc
    elif cc == 'NL':
        bban = ch(['ABNA', 'INGB', 'RABO']) + pin(10)
    elif cc == 'BE':
        n = pin(10); bban = n + '%02d' % ((int(n) % 97) or 97)
    else:
        bban = pin(16)
    i = iban_from_bban(cc, bban)
    assert iban_valid(i)
    if grouped is None: grouped = R.random() < 0.6
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4)) if grouped else i
def bad_iban(country=None):
    i = iban(country, grouped=False)
    while True:
        ck = '%02d' % R.randint(2, 98)
        j = i[:2] + ck + i[4:]
        if not iban_valid(j): break
    return ' '.join(j[k:k + 4] for k in range(0, len(j), 4)) if R.random() < 0.6 else j
def mask_iban():
    i = iban(grouped=False)
    return ch([i[:4] + ' **** **** **** ' + i[-4:], i[:2] + '** ' + '*' * 8 + i[-3:], i[:4] + 'XXXXXXXXXXXX' + i[-4:], '…' + i[-4:]])
BICS = ['BCITITMM', 'UNCRITMMXXX', 'BPMOIT22', 'PASCITMM', 'DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'CAIXESBBXXX', 'NWBKGB2L', 'BARCGB22', 'INGBNL2A']

def bank_account_sample(lang):
    """Return (text_fragment, [values]) for a national bank account, various countries and layouts."""
    c = ch(['IT', 'IT', 'IT', 'UK', 'UK', 'DE', 'DE', 'FR', 'FR', 'ES', 'ES'])
    lay = R.randint(0, 2)
    if c == 'IT':
        abi, cab, conto, cin = it_account()
        if lay == 0:
            return ch(['CIN %s ABI %s CAB %s C/C %s', 'CIN: %s - ABI: %s - CAB: %s - conto n. %s', 'cin %s abi %s cab %s conto %s']) % (cin, abi, cab, conto), [conto]
        if lay == 1:
            v = ch(['%s %s %s %s', '%s%s%s%s', '%s-%s-%s-%s', '%s/%s/%s/%s']) % (cin, abi, cab, conto)
            return L(lang, ch(['coordinate (BBAN) ', 'BBAN ', 'coordinate bancarie nazionali: ']), ch(['BBAN ', 'Italian BBAN: ', 'domestic coordinates ']) ) + v, [v]
        return 'ABI %s, CAB %s, %s %s (CIN %s)' % (abi, cab, L(lang, ch(['conto corrente', 'n. conto', 'c/c']), ch(['account no.', 'conto', 'account'])), conto, cin), [conto]
    if c == 'UK':
        sc, acc = uk_account()
        if lay == 0: return ch(['Sort code %s, account number %s', 'sort code: %s / acct %s', 'S/C %s A/C %s']) % (sc, acc), [acc]
        if lay == 1:
            v = '%s %s' % (sc, acc); return ch(['UK account ', 'sort code and account: ', 'BACS details ']) + v, [v]
        return 'Account no. %s (sort code %s)' % (acc, sc), [acc]
    if c == 'DE':
        blz, kto = de_account()
        if lay == 0: return ch(['BLZ %s, Kontonummer %s', 'BLZ: %s Konto-Nr.: %s', 'Bankleitzahl %s / Kto. %s']) % (blz, kto), [kto]
        if lay == 1:
            blzg = blz[:3] + ' ' + blz[3:6] + ' ' + blz[6:]
            return 'Kto. %s, BLZ %s' % (kto, blzg), [kto]
        return 'Konto %s bei BLZ %s' % (kto, blz), [kto]
    if c == 'FR':
        b, g, cpt, k = fr_account()
        if lay == 0:
            v = '%s %s %s %s' % (b, g, cpt, k); return ch(['RIB ', 'RIB : ', 'relevé d\'identité bancaire ']) + v, [v]
        if lay == 1: return 'Banque %s Guichet %s N° de compte %s Clé RIB %s' % (b, g, cpt, k), [cpt]
        v = '%s-%s-%s-%s' % (b, g, cpt, k); return 'RIB ' + v, [v]
    e, o, d, cta = es_account()
    if lay == 0:
        v = '%s %s %s %s' % (e, o, d, cta); return ch(['CCC ', 'cuenta (CCC) ', 'Código Cuenta Cliente ']) + v, [v]
    if lay == 1:
        v = '%s-%s-%s-%s' % (e, o, d, cta); return 'CCC ' + v, [v]
    return 'Entidad %s Oficina %s DC %s Cuenta %s' % (e, o, d, cta), [cta]

# ---------------------------------------------------------------- keys
def pem_private(kind=None):
    kind = kind or ch(['RSA', 'PKCS8', 'EC', 'OPENSSH', 'PKCS8', 'RSA'])
    if kind == 'RSA':
        der = b'\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00' + rbytes(R.choice([600, 900, 1180])); tag = 'RSA PRIVATE KEY'; w = 64
    elif kind == 'PKCS8':
        der = b'\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa8' + rbytes(R.choice([600, 1000, 1190])); tag = 'PRIVATE KEY'; w = 64
    elif kind == 'EC':
        der = b'\x30\x77\x02\x01\x01\x04\x20' + rbytes(32) + b'\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04' + rbytes(64); tag = 'EC PRIVATE KEY'; w = 64
    else:
        der = b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519' + rbytes(300); tag = 'OPENSSH PRIVATE KEY'; w = 70
    body = base64.b64encode(der).decode()
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (tag, '\n'.join(lines), tag)
def pem_public():
    der = b'\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00\x30\x82\x01\x0a\x02\x82\x01\x01\x00' + rbytes(256) + b'\x02\x03\x01\x00\x01'
    body = base64.b64encode(der).decode()
    return '-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----' % '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
def pem_cert():
    der = b'\x30\x82\x03\x8d\x30\x82\x02\x75\xa0\x03\x02\x01\x02\x02\x14' + rbytes(R.choice([500, 700]))
    body = base64.b64encode(der).decode()
    return '-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----' % '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
def cert_b64():
    return base64.b64encode(b'\x30\x82\x03\x8d\x30\x82\x02\x75\xa0\x03\x02\x01\x02\x02\x14' + rbytes(500)).decode()
def ssh_pub():
    if R.random() < 0.5:
        return 'ssh-ed25519 ' + base64.b64encode(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + rbytes(32)).decode() + ' ' + ch(['deploy@ci', 'ops@bastion', 'g.romano@laptop', 'svc-backup'])
    return 'ssh-rsa ' + base64.b64encode(b'\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00' + rbytes(256)).decode() + ' ' + ch(['root@jump01', 'ci-runner'])
def sha256(): return hexs(64)
def ssh_fp(): return 'SHA256:' + base64.b64encode(rbytes(32)).decode().rstrip('=')
def serial(): return ':'.join(hexs(2) for _ in range(ch([16, 20])))
def commit(): return hexs(40)
def traceparent(): return '00-%s-%s-01' % (hexs(32), hexs(16))
def kid(): return ch([hexs(40), rs(43, URLSAFE), 'key-' + date(), hexs(8) + '-' + hexs(4), uid()])
def cve(): return 'CVE-%d-%d' % (R.randint(2019, 2026), R.randint(1000, 49999))
def cvss():
    return 'CVSS:3.1/AV:%s/AC:%s/PR:%s/UI:%s/S:%s/C:%s/I:%s/A:%s' % (ch('NALP'), ch('LH'), ch('NLH'), ch('NR'), ch('UC'), ch('HLN'), ch('HLN'), ch('HLN'))
def pay_id(): return ch(['pay_', 'pi_', 'txn_', 'PAY-', 'ord_', 'ch_', 're_', 'po_']) + rs(ch([14, 20, 24]))
def vat(cc):
    while True:
        v = cc + pin(11)
        if not iban_valid(v): return v
def phone(lang): return L(lang, '+39 3%d %d %d' % (R.randint(20, 99), R.randint(100, 999), R.randint(1000, 9999)), '+44 7%d %d' % (R.randint(100, 999), R.randint(100000, 999999)))

# ---------------------------------------------------------------- human words around artefacts
INTRO_IT = ['Buongiorno,\nvi inoltro quanto ricevuto dal nostro SOC stamattina.', 'Ciao a tutti, ', 'Gentile supporto,\n',
            'Salve, scrivo per conto dell\'ufficio Compliance di {co}.', 'Ciao, vi giro l\'output dello scanner, non so se è grave.',
            'Buonasera, in allegato (incollato qui sotto) l\'estratto del report.', 'Spett.le Sportello,\n',
            'Scusate il disturbo, ', 'Ciao, mi hanno chiesto di aprire un ticket per questo:', 'Buongiorno, sono {n} del team sicurezza di {co}.',
            'Vi scrivo dal turno di reperibilità, ', 'Come da accordi telefonici, vi incollo il dettaglio.', 'Ciao! Domanda veloce.']
INTRO_EN = ['Hi team,\nforwarding what our SOC flagged this morning.', 'Hello, ', 'Dear support,\n', 'Hi, {n} from security at {co} here.',
            'Hey, pasting the scanner output below, not sure how bad this is.', 'Good afternoon, excerpt from the report below.',
            'Sorry to bother you again, ', 'Hi — I was asked to open a ticket about this:', 'On-call here, ', 'As discussed on the phone, details below.',
            'Quick one:', 'Hi there,\nour auditors sent us this and we need your input.', 'Morning all, ']
OUTRO_IT = ['Grazie,\n{n}', 'Potete confermare se dobbiamo ruotare? Grazie.', 'Cordiali saluti,\n{n}\n{co}', 'Scusate per il casino, ruotiamo appena possibile.',
            'Attendo vostro riscontro.', 'Fatemi sapere, grazie mille!', 'Distinti saluti\n{n} – Ufficio Compliance', 'Grazie in anticipo.', '', '{n}',
            'P.S. il ticket interno è {t}.', 'Ci serve una risposta entro oggi per il DPO.']
OUTRO_EN = ['Thanks,\n{n}', 'Can you confirm whether we need to rotate? Thanks.', 'Kind regards,\n{n}\n{co}', 'Apologies for the mess, rotating asap.',
            'Looking forward to your reply.', 'Let me know, cheers!', 'Best,\n{n} | Compliance', 'Thanks in advance.', '', '{n}',
            'PS our internal ref is {t}.', 'We need an answer today for the DPO.']
def fill(s, lang): return s.replace('{n}', name(lang)).replace('{co}', company(lang)).replace('{t}', ticket())
def intro(lang): return fill(ch(INTRO_IT if lang == 'it' else INTRO_EN), lang)
def outro(lang): return fill(ch(OUTRO_IT if lang == 'it' else OUTRO_EN), lang)
def wrap(lang, body, p_in=0.75, p_out=0.7):
    parts = []
    if R.random() < p_in: parts.append(intro(lang))
    parts.append(body)
    if R.random() < p_out:
        o = outro(lang)
        if o: parts.append(o)
    return ('\n' if R.random() < 0.5 else '\n\n').join(parts)

KW = {
    'access_token': (['token di accesso', 'access token', 'token', 'bearer', 'token API', 'chiave API'], ['access token', 'bearer token', 'token', 'API key', 'session token']),
    'refresh_token': (['refresh token', 'token di refresh', 'token di rinnovo'], ['refresh token', 'refresh_token', 'offline token']),
    'client_secret': (['client secret', 'secret del client', 'segreto client', 'client_secret'], ['client secret', 'client_secret', 'app secret', 'OAuth secret']),
    'vendor_key': (['chiave', 'key', 'token'], ['key', 'token', 'credential']),
    'password': (['password', 'pwd', 'parola d\'ordine', 'Passwort', 'credenziale'], ['password', 'pwd', 'passphrase', 'Passwort', 'mot de passe', 'contraseña']),
    'pin': (['codice OTP', 'PIN', 'codice SMS', 'codice di verifica', 'OTP'], ['OTP', 'PIN', 'SMS code', 'verification code', 'one-time code']),
}
def kw(kind, lang): return ch(KW[kind][0 if lang == 'it' else 1])

def tokv(kind):
    return {'access_token': access_token, 'refresh_token': refresh_token, 'client_secret': client_secret, 'vendor_key': vendor_key,
            'password': password, 'pin': pin}[kind]()

ENVNAME = {'access_token': ['API_TOKEN', 'ACCESS_TOKEN', 'SPORTELLO_API_KEY', 'PAYMENTS_API_TOKEN', 'AUTH_BEARER'],
           'refresh_token': ['REFRESH_TOKEN', 'OAUTH_REFRESH_TOKEN', 'IDP_REFRESH_TOKEN'],
           'client_secret': ['CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', 'OIDC_CLIENT_SECRET', 'APP_SECRET'],
           'password': ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'SMTP_PASS', 'ADMIN_PASSWORD', 'REDIS_PASSWORD', 'LDAP_BIND_PASSWORD'],
           'pin': ['TEST_OTP', 'SCA_PIN', 'SMS_CODE']}
def envname(kind, v=None):
    if kind == 'vendor_key': return venv(v)
    return ch(ENVNAME[kind])

RULE = {'access_token': ['generic-api-key', 'jwt', 'bearer-token', 'generic-api-key'], 'refresh_token': ['generic-api-key', 'oauth-refresh-token'],
        'client_secret': ['generic-api-key', 'oauth-client-secret'], 'password': ['generic-password', 'hardcoded-password', 'connection-string'],
        'private_key': ['private-key'], 'pin': ['generic-otp']}
def rule(kind, v=None):
    if kind == 'vendor_key':
        return {'Stripe': 'stripe-access-token', 'GitHub': 'github-pat', 'AWS': 'aws-access-token', 'Slack': 'slack-bot-token', 'Google': 'gcp-api-key',
                'GitLab': 'gitlab-pat', 'SendGrid': 'sendgrid-api-token', 'npm': 'npm-access-token', 'Shopify': 'shopify-access-token', 'Square': 'square-access-token'}.get(vname(v), 'generic-api-key')
    return ch(RULE[kind])

def code_line(kind, v):
    """A line of config/code that assigns v. Returns the line (v is a substring)."""
    n = envname(kind, v)
    return ch(['%s=%s' % (n, v), '%s="%s"' % (n, v), "%s: '%s'" % (n.lower(), v), 'const %s = "%s";' % (n, v), '%s = "%s"' % (n.lower(), v),
               'export %s=%s' % (n, v), '"%s": "%s",' % (n.lower(), v)])

def pg_url(pw, lang=None):
    u = ch(USERS_IT + USERS_EN).replace('.', '_')
    return ch(['postgresql://%s:%s@db-prod-%d.internal:5432/payments', 'mysql://%s:%s@10.20.%d.7:3306/shop', 'mongodb+srv://%s:%s@cluster%d.mongo.example.net/app',
               'redis://%s:%s@cache-%d.eu-south-1.internal:6379/0', 'amqp://%s:%s@rabbit-%d:5672/']) % (u, pw, R.randint(0, 9))

SECRET_T = []
PASS_T = []
def S(*kinds):
    def deco(fn):
        SECRET_T.append((fn, set(kinds))); return fn
    return deco
def P(fn):
    PASS_T.append(fn); return fn

# ================================================================ SECRET TEMPLATES
TOKK = ['access_token', 'refresh_token', 'client_secret', 'vendor_key', 'password']

@S('access_token', 'vendor_key', 'client_secret', 'refresh_token', 'password', 'private_key')
def s_gitleaks_json(lang, kind):
    if kind == 'private_key':
        pk = pem_private(); v = jesc(pk); match = pk; secret = pk; ln = v
    else:
        v = tokv(kind) if kind != 'password' else password(url_safe=True)
        match = code_line(kind, v) if kind != 'password' or R.random() < 0.5 else 'DATABASE_URL=' + pg_url(v)
        secret = v; ln = v
    f = {'Description': ch(['Detected a Generic API Key, potentially exposing access to various services and sensitive operations.',
                            'Identified a potential secret', 'Private Key', 'Hardcoded credential']),
         'StartLine': R.randint(1, 300), 'EndLine': 0, 'StartColumn': R.randint(1, 20), 'EndColumn': R.randint(30, 120),
         'Match': match, 'Secret': secret, 'File': path(), 'SymlinkFile': '', 'Commit': commit(), 'Entropy': round(R.uniform(3.2, 5.9), 6),
         'Author': name(lang), 'Email': ch(['dev', 'ops', 'ci']) + '@' + ch(HOSTS).split('.', 1)[1], 'Date': iso(),
         'Message': ch(['fix config', 'wip', 'aggiorno credenziali staging', 'hotfix prod', 'add rotation script']), 'Tags': [],
         'RuleID': rule(kind, secret), 'Fingerprint': ''}
    f['EndLine'] = f['StartLine'] + (0 if kind != 'private_key' else 27)
    f['Fingerprint'] = '%s:%s:%s:%d' % (f['Commit'], f['File'], f['RuleID'], f['StartLine'])
    body = ch(['gitleaks detect --source . --report-format json --report-path gl.json\n', '$ cat gitleaks-report.json\n', '']) + '```json\n' + jd([f]) + '\n```'
    txt = wrap(lang, body)
    assert ln in txt
    return 'scanner-json', txt, [(kind, ln)]

@S('vendor_key', 'access_token', 'password', 'client_secret')
def s_trufflehog(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    if kind == 'password': det = ch(['URI', 'Postgres', 'MongoDB', 'Redis']); raw = pg_url(v)
    elif kind == 'vendor_key': det = vname(v); raw = v
    elif kind == 'client_secret': det = ch(['AzureAppSecret', 'Okta', 'Auth0oauth']); raw = v
    else: det = ch(['JWT', 'Generic', 'Sportello', 'Auth0ManagementApiToken']); raw = v
    ver = ch(['verified', 'unverified'])
    body = '\U0001f437\U0001f511\U0001f437  TruffleHog. Unearth your secrets. \U0001f437\U0001f511\U0001f437\n\nFound %s result \U0001f437\U0001f511\nDetector Type: %s\nDecoder Type: %s\nRaw result: %s\nCommit: %s\nEmail: %s <%s@users.noreply.github.com>\nFile: %s\nLine: %d\nRepository: https://github.com/%s/%s.git\nTimestamp: %s +0000' % (
        ver, det, ch(['PLAIN', 'PLAIN', 'BASE64']), raw, commit(), name(lang), user(lang), path(), R.randint(1, 400), ch(ORGS), ch(REPOS), iso().replace('T', ' ').rstrip('Z'))
    pre = L(lang, ch(['L\'esecuzione notturna di trufflehog ha trovato questo:', 'Risultato trufflehog sul repo pubblico (!!):', 'Output grezzo:']),
            ch(['Nightly trufflehog run found this:', 'trufflehog on the public mirror (!!):', 'Raw output:']))
    return 'scanner-text', wrap(lang, pre + '\n\n' + body), [(kind, v)]

@S('access_token', 'vendor_key', 'client_secret', 'refresh_token', 'password')
def s_sarif(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    line = code_line(kind, v)
    res = {'ruleId': ch(['secret/hardcoded', 'SEC-001', 'CKV_SECRET_6', 'generic-api-key']), 'level': ch(['error', 'warning']),
           'message': {'text': ch(['Hardcoded secret detected', 'Possible credential in source', 'Secret keyword found'])},
           'locations': [{'physicalLocation': {'artifactLocation': {'uri': path()}, 'region': {'startLine': R.randint(1, 200), 'snippet': {'text': line}}}}],
           'partialFingerprints': {'primaryLocationLineHash': hexs(16) + ':1'}}
    doc = {'version': '2.1.0', '$schema': 'https://json.schemastore.org/sarif-2.1.0.json', 'runs': [{'tool': {'driver': {'name': ch(['checkov', 'semgrep', 'detect-secrets', 'kics'])}}, 'results': [res]}]}
    pre = L(lang, 'Estratto dal file SARIF caricato in code scanning (run %s):' % R.randint(1000, 99999), 'Excerpt from the SARIF uploaded to code scanning (run %s):' % R.randint(1000, 99999))
    return 'sarif', wrap(lang, pre + '\n' + jd(doc, ch([1, 2]))), [(kind, v)]

@S('vendor_key', 'access_token', 'password', 'client_secret')
def s_ci_annotation(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    n = envname(kind, v)
    if R.random() < 0.5:
        body = 'Run gitleaks/gitleaks-action@v2\n  env:\n    GITHUB_TOKEN: ***\n%s\n::error file=%s,line=%d,col=%d::%s: %s=%s\nError: Process completed with exit code 1.' % (
            ch(['    \u25cb  gitleaks', '6:14PM INF 1 commits scanned.', '6:14PM WRN leaks found: 1']), path(), R.randint(1, 99), R.randint(1, 9),
            ch(['Secret detected', 'leak found', 'Possible secret (rule: %s)' % rule(kind, v)]), n, v)
    else:
        vuln = {'id': uid(), 'category': 'secret_detection', 'name': ch(['Generic API Key', 'Password in URL', 'Slack token']), 'severity': 'Critical',
                'raw_source_code_extract': v, 'location': {'file': path(), 'start_line': R.randint(1, 99), 'commit': {'sha': commit()}},
                'identifiers': [{'type': 'gitleaks_rule_id', 'name': rule(kind, v), 'value': rule(kind, v)}]}
        body = L(lang, 'gl-secret-detection-report.json (job #%d):\n' % R.randint(100000, 9999999), 'gl-secret-detection-report.json (job #%d):\n' % R.randint(100000, 9999999)) + jd({'vulnerabilities': [vuln]})
    pre = L(lang, ch(['La pipeline si è fermata con questo errore:', 'CI rossa da ieri sera:', 'Il job di secret detection ci blocca il merge:']),
            ch(['The pipeline stopped with this:', 'CI has been red since last night:', 'Secret detection is blocking our merge:']))
    return 'ci-log', wrap(lang, pre + '\n\n' + body), [(kind, v)]

@S('access_token', 'refresh_token', 'client_secret', 'password', 'vendor_key')
def s_pentest_finding(lang, kind):
    v = tokv(kind)
    fid = 'PT-%d-%03d' % (R.choice([2025, 2026]), R.randint(1, 60))
    host = ch(HOSTS)
    if kind == 'access_token': ev = 'GET /v2/accounts HTTP/1.1\nHost: %s\nAuthorization: Bearer %s\nUser-Agent: Mozilla/5.0' % (host, v)
    elif kind == 'refresh_token': ev = 'localStorage["auth"] = {"refresh_token":"%s","expires_in":%d}' % (v, ch([3600, 7200]))
    elif kind == 'client_secret': ev = ch(['window.__CONFIG__ = { clientId: "%s", clientSecret: "%s" }' % (ch(['acme-pay-prod', 'web-portal', uid()]), v),
                                           'strings.xml: <string name="oauth_client_secret">%s</string>' % v])
    elif kind == 'password': ev = ch(['/backup/.env:\nDB_HOST=10.0.%d.4\nDB_USER=app\nDB_PASSWORD=%s' % (R.randint(0, 9), v),
                                      'admin / %s (credenziali di default non cambiate)' % v if lang == 'it' else 'admin / %s (default credentials never changed)' % v])
    else: ev = 'main.%s.js: const k="%s"' % (hexs(8), v)
    sev = ch(['Alta', 'Critica', 'Media']) if lang == 'it' else ch(['High', 'Critical', 'Medium'])
    if lang == 'it':
        body = '%s – %s\nSeverità: %s (%s)\nRiferimenti: CWE-798, %s\nDescrizione: durante l\'attività di penetration test è stata rilevata una credenziale esposta in chiaro.\nEvidenza:\n%s\nRaccomandazione: revocare e ruotare la credenziale, rimuoverla dalla cronologia del repository.' % (
            fid, ch(['Credenziali hardcoded nel client', 'Esposizione di segreti nel bundle JavaScript', 'Token persistente in localStorage', 'Backup accessibile senza autenticazione']), sev, cvss(), cve(), ev)
    else:
        body = '%s — %s\nSeverity: %s (%s)\nReferences: CWE-798, %s\nDescription: during testing we recovered a credential stored in clear text.\nEvidence:\n%s\nRecommendation: revoke and rotate, purge from VCS history.' % (
            fid, ch(['Hardcoded credentials in client', 'Secrets exposed in JS bundle', 'Long-lived token in localStorage', 'Unauthenticated backup file']), sev, cvss(), cve(), ev)
    pre = L(lang, 'Dal report di penetration test di %s (bozza v%d):' % (ch(['ottobre', 'novembre']), R.randint(1, 4)), 'From the %s pen-test report (draft v%d):' % (ch(['October', 'November']), R.randint(1, 4)))
    return 'pentest-report', wrap(lang, pre + '\n\n' + body), [(kind, v)]

@S('card_number', 'cvv', 'iban')
def s_audit_logs(lang, kind):
    c = card(); cv = cvv_for(c); ib = iban()
    secs = []
    lines = []
    for _ in range(R.randint(0, 2)):
        lines.append('%s INFO  payment.request id=%s pan=%s status=ok' % (iso(), pay_id(), mask_card()))
    if kind in ('card_number', 'cvv'):
        if kind == 'cvv' or R.random() < 0.5:
            lines.append('%s DEBUG payment.request id=%s pan=%s exp=%s cvv=%s amount=%s' % (iso(), pay_id(), c, exp(), cv, R.randint(100, 99999)))
            secs += [('card_number', c), ('cvv', cv)]
        else:
            lines.append('%s DEBUG gateway.payload {"card":{"number":"%s","holder":"%s"}}' % (iso(), c, name(lang).upper()))
            secs.append(('card_number', c))
    else:
        lines.append('%s DEBUG sdd.mandate debtor_iban=%s creditor_id=IT%02dZZZ%s' % (iso(), ib, R.randint(10, 99), pin(11)))
        secs.append(('iban', ib))
    R.shuffle(lines)
    if lang == 'it':
        body = 'Rilievo n. %d – %s\nRequisito PCI DSS %s. Nei log applicativi del servizio %s sono presenti dati di pagamento in chiaro. Estratto (campione del %s):\n\n%s\n\nAzione correttiva: mascheramento a livello di logger, purge dei log storici entro 30 giorni.' % (
            R.randint(1, 20), ch(['Non conformità maggiore', 'Osservazione']), ch(['3.3.1', '3.4.1', '10.2']), ch(REPOS), itdate(), '\n'.join(lines))
    else:
        body = 'Finding %d — %s\nPCI DSS requirement %s. Application logs of %s contain clear-text payment data. Sample taken %s:\n\n%s\n\nRemediation: mask at logger level, purge historical logs within 30 days.' % (
            R.randint(1, 20), ch(['Major non-conformity', 'Observation']), ch(['3.3.1', '3.4.1', '10.2']), ch(REPOS), date(), '\n'.join(lines))
    return 'audit-report', wrap(lang, body), secs

@S('vendor_key', 'access_token', 'password', 'client_secret', 'refresh_token')
def s_postmortem(lang, kind):
    v = tokv(kind)
    t0 = R.randint(6, 18)
    shown = v
    if len(v) > 30 and R.random() < 0.35:
        k = R.randint(12, len(v) - 8); shown = v[:k] + '\n' + v[k:]
    if lang == 'it':
        body = '# Postmortem %s – %s\n\n## Timeline (UTC)\n- %02d:%02d alert "%s" (trace %s)\n- %02d:%02d individuato il commit %s che pubblicava la %s: %s\n- %02d:%02d revoca e rotazione completate\n\n## Cause\nLa %s era stata incollata in un file di configurazione versionato.\n\n## Azioni\n- [ ] pre-commit hook\n- [x] rotazione (%s)' % (
            ticket(), ch(['Esposizione credenziali', 'Leak chiave API', 'Accesso anomalo']), t0, R.randint(0, 59), ch(['401 spike', 'unusual geo login', 'secret scanning alert']), hexs(32),
            t0, R.randint(0, 59), commit()[:ch([7, 12, 40])], kw(kind, lang), shown, t0 + 1, R.randint(0, 59), kw(kind, lang), date())
    else:
        body = '# Postmortem %s — %s\n\n## Timeline (UTC)\n- %02d:%02d alert "%s" (trace %s)\n- %02d:%02d found commit %s that published the %s: %s\n- %02d:%02d revocation and rotation done\n\n## Root cause\nThe %s had been pasted into a versioned config file.\n\n## Actions\n- [ ] pre-commit hook\n- [x] rotation (%s)' % (
            ticket(), ch(['Credential exposure', 'API key leak', 'Anomalous access']), t0, R.randint(0, 59), ch(['401 spike', 'unusual geo login', 'secret scanning alert']), hexs(32),
            t0, R.randint(0, 59), commit()[:ch([7, 12, 40])], kw(kind, lang), shown, t0 + 1, R.randint(0, 59), kw(kind, lang), date())
    return 'postmortem', wrap(lang, body, 0.5, 0.5), [(kind, shown)]

@S('card_number', 'iban', 'bank_account', 'cvv')
def s_dpo_breach(lang, kind):
    n1, n2 = name(lang), name(lang)
    rows = []; secs = []
    if kind in ('card_number', 'cvv'):
        c = card(); cv = cvv_for(c)
        rows.append('%s | %s | %s | %s' % (n1, c, exp(), cv if kind == 'cvv' else '***'))
        secs.append(('card_number', c))
        if kind == 'cvv': secs.append(('cvv', cv))
        rows.append('%s | %s | %s | ***' % (n2, mask_card(), exp()))
        hdr = L(lang, 'Interessato | PAN | Scadenza | CVV', 'Data subject | PAN | Expiry | CVV')
    elif kind == 'iban':
        ib = iban(); rows.append('%s | %s | %s' % (n1, ib, amount(lang))); rows.append('%s | %s | %s' % (n2, mask_iban(), amount(lang)))
        secs.append(('iban', ib)); hdr = L(lang, 'Interessato | IBAN | Importo', 'Data subject | IBAN | Amount')
    else:
        frag, vals = bank_account_sample(lang); rows.append('%s | %s' % (n1, frag)); rows.append('%s | %s' % (n2, 'ABI %s CAB %s' % (ch(IT_ABI), pin(5))))
        secs += [('bank_account', x) for x in vals]; hdr = L(lang, 'Interessato | Coordinate', 'Data subject | Account details')
    R.shuffle(rows)
    if lang == 'it':
        body = 'Oggetto: Notifica di violazione dei dati personali ai sensi dell\'art. 33 GDPR – rif. %s\n\nAl Responsabile della Protezione dei Dati,\nin data %s è stata rilevata l\'esposizione di un file di esportazione contenente dati di pagamento di %d interessati. A titolo di esempio si riportano due record:\n\n%s\n%s\n\nLa violazione è stata contenuta alle ore %s. Si chiede al fornitore (voi) conferma dei log di accesso.' % (
            ticket(), itdate(), R.randint(3, 4000), hdr, '\n'.join(rows), hhmm())
    else:
        body = 'Subject: Personal data breach notification (Art. 33 GDPR) — ref %s\n\nTo the Data Protection Officer,\non %s we detected exposure of an export file holding payment data of %d data subjects. Two sample records:\n\n%s\n%s\n\nContained at %s UTC. We ask the provider (you) to confirm the access logs.' % (
            ticket(), date(), R.randint(3, 4000), hdr, '\n'.join(rows), hhmm())
    return 'breach-notice', wrap(lang, body, 0.3, 0.6), secs

@S('vendor_key', 'client_secret', 'access_token', 'password', 'refresh_token')
def s_rotation_runbook(lang, kind):
    v = tokv(kind); n = envname(kind, v)
    old = ch(['****' + v[-4:], '<revoked>', '(revocata)' if lang == 'it' else '(revoked)', v[:6] + '…'])
    if lang == 'it':
        body = '## Runbook: rotazione %s (%s)\n\n1. Generare la nuova credenziale dalla console del fornitore.\n2. Aggiornare il secret store:\n```env\n# vecchio valore: %s – revocato il %s\n%s=%s\n```\n3. Riavviare i pod `%s` e verificare i 401 in Grafana.\n4. Chiudere la change %s.' % (
            n, ch(['trimestrale', 'straordinaria', 'post-incidente']), old, itdate(), n, v, ch(REPOS), ticket())
    else:
        body = '## Runbook: rotate %s (%s)\n\n1. Create the new credential in the vendor console.\n2. Update the secret store:\n```env\n# previous value: %s — revoked %s\n%s=%s\n```\n3. Restart `%s` pods and watch 401s in Grafana.\n4. Close change %s.' % (
            n, ch(['quarterly', 'emergency', 'post-incident']), old, date(), n, v, ch(REPOS), ticket())
    pre = L(lang, ch(['Il runbook che seguiamo è questo, al passo 3 falliamo:', 'Vi incollo il nostro runbook, qualcuno ci ha lasciato il valore vero dentro:', '']),
            ch(['This is the runbook we follow, step 3 fails:', 'Pasting our runbook — someone left the real value in it:', '']))
    return 'runbook', wrap(lang, (pre + '\n\n' if pre else '') + body), [(kind, v)]

@S('password', 'client_secret', 'vendor_key', 'pin')
def s_change_request(lang, kind):
    v = tokv(kind) if kind != 'pin' else pin(ch([4, 6]))
    cr = 'CHG%07d' % R.randint(10000, 9999999)
    what = {'password': L(lang, 'password utente DB %s' % ch(USERS_IT), 'DB user password for %s' % ch(USERS_EN)),
            'client_secret': L(lang, 'client secret dell\'applicazione OAuth %s' % ch(REPOS), 'OAuth client secret of %s' % ch(REPOS)),
            'vendor_key': L(lang, 'chiave %s di produzione' % vname(v), 'production %s key' % vname(v)),
            'pin': L(lang, 'PIN della cassaforte HSM / smart card operatore', 'HSM operator smart-card PIN')}[kind]
    lab = {'password': ch(['Nuova password', 'New password', 'Neues Passwort', 'pwd']), 'client_secret': ch(['Nuovo secret', 'New secret', 'client_secret']),
           'vendor_key': ch(['Nuova chiave', 'New key', 'Key']), 'pin': ch(['Nuovo PIN', 'New PIN', 'PIN'])}[kind]
    if lang == 'it':
        body = 'Change Request: %s\nStato: %s\nBreve descrizione: Rotazione %s\nFinestra: %s 22:00-23:00\nPiano di implementazione:\n  - aggiornare il valore nel vault\n  - %s: %s\n  - test di login\nPiano di rollback: ripristino versione precedente del secret\nApprovatori CAB: %s, %s' % (
            cr, ch(['Approvata', 'In revisione', 'Implementata']), what, itdate(), lab, v, name(lang), name(lang))
    else:
        body = 'Change Request: %s\nState: %s\nShort description: Rotate %s\nWindow: %s 22:00-23:00\nImplementation plan:\n  - update value in vault\n  - %s: %s\n  - login test\nBackout plan: restore previous secret version\nCAB approvers: %s, %s' % (
            cr, ch(['Approved', 'Assess', 'Implemented']), what, date(), lab, v, name(lang), name(lang))
    return 'change-request', wrap(lang, body, 0.5, 0.5), [(kind, v)]

@S('password', 'pin', 'access_token')
def s_access_review_csv(lang, kind):
    rows = ['user_id,email,role,mfa,last_login,%s' % L(lang, 'note', 'notes')]
    secs = []
    hit = R.randint(0, 3)
    for i in range(4):
        u = ch(USERS_IT + USERS_EN)
        note = ch(['', L(lang, 'ok', 'ok'), L(lang, 'da rimuovere', 'to remove'), L(lang, 'account di servizio', 'service account')])
        if i == hit:
            v = tokv(kind)
            note = {'password': L(lang, 'pwd temporanea %s consegnata via telefono', 'temp pwd %s given over phone'),
                    'pin': L(lang, 'PIN token hardware %s', 'hardware token PIN %s'),
                    'access_token': L(lang, 'usa token statico %s', 'uses static token %s')}[kind] % v
            secs.append((kind, v))
        rows.append('%d,%s@%s,%s,%s,%s,"%s"' % (R.randint(1000, 9999), u, ch(HOSTS).split('.', 1)[1], ch(['admin', 'operator', 'viewer', 'finance']), ch(['yes', 'no', 'TOTP', 'none']), date(), note))
    pre = L(lang, 'Access review Q%d: export dal pannello, qualcuno ha scritto cose nelle note:' % R.randint(1, 4), 'Q%d access review export — people wrote things in the notes column:' % R.randint(1, 4))
    return 'csv', wrap(lang, pre + '\n' + '\n'.join(rows)), secs

@S('access_token', 'client_secret', 'password')
def s_siem_alert(lang, kind):
    ev = {'@timestamp': iso(), 'event': {'kind': 'alert', 'severity': R.randint(40, 99)}, 'rule': {'name': ch(['Credential in URL', 'Auth header logged', 'Impossible travel', 'Brute force'])},
          'source': {'ip': ip()}, 'trace': {'id': hexs(32)}, 'http': {'request': {'method': ch(['GET', 'POST'])}}}
    if kind == 'access_token':
        v = access_token(); ev['http']['request']['headers'] = {'authorization': 'Bearer ' + v, 'x-request-id': uid()}
    elif kind == 'client_secret':
        if R.random() < 0.5:
            u, p = basic_pair(); v = basic_blob(u, p); ev['http']['request']['headers'] = {'authorization': 'Basic ' + v}
        else:
            v = client_secret(); ev['url'] = {'full': 'https://%s/oauth/token?grant_type=client_credentials&client_id=%s&client_secret=%s' % (ch(HOSTS), ch(['acme-pay-prod', 'partner-portal']), v)}
    else:
        v = password(url_safe=True); ev['url'] = {'full': 'https://%s/login?user=%s&password=%s' % (ch(HOSTS), user(lang), v)}
    pre = L(lang, ch(['Il SIEM ha generato questo alert (payload completo):', 'Alert Elastic, JSON sotto:', 'Il MSSP ci ha mandato questo evento:']),
            ch(['SIEM raised this (full payload):', 'Elastic alert, JSON below:', 'Our MSSP sent this event:']))
    return 'siem-json', wrap(lang, pre + '\n' + jd(ev)), [(kind, v)]

@S('password', 'vendor_key', 'access_token')
def s_oncall_page(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    if kind == 'password': detail = 'error: connection to %s failed: timeout' % pg_url(v)
    elif kind == 'vendor_key': detail = 'upstream %s returned 401 for key %s' % (vname(v), v)
    else: detail = 'token %s rejected (exp)' % v
    body = '[FIRING:%d] %s %s\nSeverity: %s\nSummary: %s\nRunbook: https://wiki.internal/runbooks/%s\nIncident: #%d  Dedup key: %s' % (
        R.randint(1, 4), ch(['PaymentsApiErrorRate', 'DBConnectionFailures', 'UpstreamAuthFailures', 'WebhookDeliveryFailing']), ch(['prod-eu', 'prod-it', 'live']),
        ch(['critical', 'P1', 'high']), detail, ch(REPOS), R.randint(10000, 99999), hexs(32))
    pre = L(lang, ch(['Mi è arrivata questa pagina alle 3 di notte:', 'PagerDuty mi ha svegliato con questo, è lato vostro?', 'Pagina Opsgenie:']),
            ch(['Got paged at 3am with this:', 'PagerDuty woke me up with this, is it on your side?', 'Opsgenie page:']))
    return 'oncall-page', wrap(lang, pre + '\n\n' + body, 0.3), [(kind, v)]

@S('access_token', 'refresh_token', 'client_secret', 'password', 'pin')
def s_har(lang, kind):
    host = ch(HOSTS)
    hdrs = [{'name': 'accept', 'value': 'application/json'}, {'name': 'x-request-id', 'value': uid()}]
    post = None; secs = []
    if kind == 'access_token':
        v = ch([access_token, session_cookie])()
        if R.random() < 0.5: hdrs.append({'name': 'authorization', 'value': 'Bearer ' + v})
        else: hdrs.append({'name': 'cookie', 'value': '%s=%s; _ga=GA1.1.%d.%d; consent=granted' % (ch(['sid', 'session', 'JSESSIONID', '__Host-sess']), v, R.randint(10**8, 10**9), R.randint(10**9, 2 * 10**9))})
        url = 'https://%s/v1/%s' % (host, ch(['me', 'payments', 'accounts']))
    elif kind == 'refresh_token':
        v = refresh_token(); post = 'grant_type=refresh_token&refresh_token=%s&client_id=%s' % (v, ch(['acme-pay-prod', 'mobile-ios', 'spa-web'])); url = 'https://%s/oauth/token' % host
    elif kind == 'client_secret':
        v = client_secret(); post = 'grant_type=client_credentials&client_id=%s&client_secret=%s' % (ch(['acme-pay-prod', 'backoffice']), v); url = 'https://%s/oauth2/token' % host
    elif kind == 'password':
        v = password(); post = json.dumps({'username': user(lang), 'password': v}); url = 'https://%s/api/login' % host
    else:
        v = pin(6); post = json.dumps({'challengeId': uid(), 'otp': v}); url = 'https://%s/sca/verify' % host
    secs.append((kind, v))
    req = {'method': 'POST' if post else 'GET', 'url': url, 'httpVersion': 'HTTP/2', 'headers': hdrs, 'queryString': [], 'cookies': []}
    if post: req['postData'] = {'mimeType': 'application/json' if post.startswith('{') else 'application/x-www-form-urlencoded', 'text': post}
    entry = {'startedDateTime': iso(), 'time': round(R.uniform(20, 900), 3), 'request': req,
             'response': {'status': ch([200, 400, 401, 403, 500]), 'headers': [{'name': 'x-trace-id', 'value': hexs(32)}]}}
    txt = jd({'log': {'version': '1.2', 'creator': {'name': ch(['WebInspector', 'Firefox']), 'version': '537.36'}, 'entries': [entry]}})
    vv = jesc(v)
    secs = [(kind, vv)]
    pre = L(lang, ch(['Vi allego il HAR come richiesto (ho tolto le altre richieste):', 'HAR della sessione che fallisce:', 'Esportato dal browser:']),
            ch(['Attaching the HAR as requested (other entries removed):', 'HAR of the failing session:', 'Exported from the browser:']))
    return 'har', wrap(lang, pre + '\n' + txt), secs

@S('access_token', 'client_secret', 'refresh_token', 'password', 'pin')
def s_copy_fetch(lang, kind):
    host = ch(HOSTS)
    headers = {'accept': '*/*', 'accept-language': L(lang, 'it-IT,it;q=0.9,en;q=0.8', 'en-GB,en;q=0.9'), 'content-type': 'application/json'}
    body = None
    v = tokv(kind) if kind != 'pin' else pin(6)
    if kind == 'access_token': headers['authorization'] = 'Bearer ' + v
    elif kind == 'client_secret':
        if R.random() < 0.5: body = json.dumps({'client_id': 'acme-pay-prod', 'client_secret': v, 'grant_type': 'client_credentials'})
        else: headers['x-client-secret'] = v
    elif kind == 'refresh_token': body = json.dumps({'refresh_token': v})
    elif kind == 'password': body = json.dumps({'email': user(lang) + '@example.it', 'password': v})
    else: body = json.dumps({'otp': v, 'transactionId': pay_id()})
    opts = {'headers': headers, 'referrer': 'https://%s/' % host, 'referrerPolicy': 'strict-origin-when-cross-origin', 'body': body, 'method': 'POST' if body else 'GET', 'mode': 'cors', 'credentials': 'include'}
    txt = 'fetch("https://%s/api/%s", %s);' % (host, ch(['session', 'v2/payments', 'auth/verify', 'token']), json.dumps(opts, indent=2))
    pre = L(lang, ch(['Copia come fetch da Chrome:', 'Ecco la richiesta (tasto destro > Copia come fetch):', 'Dal devtools:']),
            ch(['Copy as fetch from Chrome:', 'Here is the request (right click > Copy as fetch):', 'From devtools:']))
    vv = v if kind in ('access_token',) or (kind == 'client_secret' and 'x-client-secret' in headers) else jesc(jesc(v))
    assert vv in txt
    return 'devtools-fetch', wrap(lang, pre + '\n' + txt), [(kind, vv)]

@S('access_token', 'client_secret', 'password')
def s_copy_powershell(lang, kind):
    host = ch(HOSTS)
    if kind == 'access_token':
        v = session_cookie() if R.random() < 0.5 else access_token()
        if v.startswith('eyJ') or R.random() < 0.5:
            sess = '$session.Cookies.Add((New-Object System.Net.Cookie("%s", "%s", "/", "%s")))' % (ch(['sid', 'session_id', 'auth']), v, host)
            hd = '"accept"="application/json"'
        else:
            sess = ''; hd = '"authorization"="Bearer %s"' % v
    elif kind == 'client_secret':
        u, p = basic_pair(); v = basic_blob(u, p); sess = ''; hd = '"Authorization"="Basic %s"' % v
    else:
        v = password(url_safe=True); sess = ''; hd = '"accept"="application/json"'
    body = '' if kind != 'password' else ' `\n-Body "{`"username`":`"%s`",`"password`":`"%s`"}"' % (user(lang), v)
    txt = '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n%sInvoke-WebRequest -UseBasicParsing -Uri "https://%s/%s" `\n-WebSession $session `\n-Headers @{\n%s\n  "x-request-id"="%s"\n} `\n-ContentType "application/json"%s' % (
        (sess + '\n') if sess else '', host, ch(['v1/balance', 'login', 'api/session']), hd, uid(), body)
    pre = L(lang, 'Da Edge > Copia come PowerShell, così potete riprodurre:', 'Edge > Copy as PowerShell so you can reproduce:')
    return 'devtools-powershell', wrap(lang, pre + '\n\n' + txt), [(kind, v)]

@S('client_secret', 'access_token', 'password', 'vendor_key')
def s_copy_curl(lang, kind):
    host = ch(HOSTS); secs = []
    if kind == 'client_secret':
        u, p = basic_pair()
        if R.random() < 0.5: v = '%s:%s' % (u, p); auth = "-u '%s'" % v
        else: v = basic_blob(u, p); auth = "-H 'Authorization: Basic %s'" % v
    elif kind == 'access_token': v = access_token(); auth = "-H 'authorization: Bearer %s'" % v
    elif kind == 'vendor_key': v = vendor_key(); auth = "-H 'x-api-key: %s'" % v if R.random() < 0.5 else "-u %s:" % v
    else: v = password(url_safe=True); auth = "--data-raw 'username=%s&password=%s'" % (user(lang), v)
    if R.random() < 0.4:
        auth = auth.replace("'", '^"')
        cmd = 'curl ^"https://%s/v1/%s^" ^\n  -H ^"accept: application/json^" ^\n  %s ^\n  --compressed' % (host, ch(['charges', 'payouts', 'token']), auth)
    else:
        cmd = "curl 'https://%s/v1/%s' \\\n  -H 'accept: application/json' \\\n  -H 'x-correlation-id: %s' \\\n  %s \\\n  --compressed" % (host, ch(['charges', 'payouts', 'token']), uid(), auth)
    pre = L(lang, ch(['Copia come cURL:', 'Riproducibile così:', 'comando che usiamo in runbook:']), ch(['Copy as cURL:', 'Reproducible with:', 'command from our runbook:']))
    return 'devtools-curl', wrap(lang, pre + '\n' + cmd), [(kind, v)]

@S('access_token', 'refresh_token', 'pin')
def s_crash_report(lang, kind):
    v = tokv(kind) if kind != 'pin' else pin(6)
    scheme = ch(['cassadigitale', 'nwpay', 'ticketlaguna', 'brightline'])
    q = {'access_token': 'token', 'refresh_token': 'refresh_token', 'pin': 'otp'}[kind]
    link = '%s://%s?%s=%s&state=%s' % (scheme, ch(['auth/callback', 'login', 'verify', 'sca/confirm']), q, v, hexs(16))
    if R.random() < 0.5:
        body = 'Incident Identifier: %s\nCrashReporter Key:   %s\nHardware Model:      iPhone%d,%d\nProcess:             %s [%d]\nVersion:             %d.%d.%d (%d)\nOS Version:          iPhone OS 18.%d\nException Type:  EXC_CRASH (SIGABRT)\n\nApplication Specific Information:\n*** Terminating app due to uncaught exception \'NSInvalidArgumentException\', reason: \'unexpected URL %s\'\n\nLast Exception Backtrace:\n0   CoreFoundation  0x%s __exceptionPreprocess + 164\n1   libobjc.A.dylib 0x%s objc_exception_throw + 88' % (
            uid().upper(), hexs(40), R.randint(12, 17), R.randint(1, 8), scheme.capitalize(), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 30), R.randint(0, 9), R.randint(100, 9999),
            R.randint(0, 6), link, hexs(16), hexs(16))
    else:
        body = '--------- beginning of crash\nE AndroidRuntime: FATAL EXCEPTION: main\nE AndroidRuntime: Process: com.%s.app, PID: %d\nE AndroidRuntime: java.lang.RuntimeException: Unable to start activity ComponentInfo{com.%s.app/.DeepLinkActivity}: java.lang.IllegalStateException\nE AndroidRuntime:  Intent { act=android.intent.action.VIEW dat=%s flg=0x%s }\nE AndroidRuntime:  at android.app.ActivityThread.performLaunchActivity(ActivityThread.java:%d)' % (
            scheme, R.randint(1000, 32000), scheme, link, hexs(8), R.randint(3000, 4000))
    pre = L(lang, ch(['Crash report inviato da un cliente tramite TestFlight:', 'Il crash si ripete ad ogni apertura del link, log:', 'Da Crashlytics:']),
            ch(['Crash report a customer sent via TestFlight:', 'Crashes every time the link is opened, log:', 'From Crashlytics:']))
    return 'crash-report', wrap(lang, pre + '\n\n' + body), [(kind, v)]

@S('access_token', 'pin', 'refresh_token')
def s_deeplink(lang, kind):
    v = tokv(kind) if kind != 'pin' else pin(ch([5, 6, 6, 8]))
    host = ch(HOSTS)
    p = {'access_token': ch(['access_token', 'token', 'session', 't']), 'pin': ch(['otp', 'code', 'sms_code']), 'refresh_token': 'rt'}[kind]
    url = ch(['https://%s/r/verify?%s=%s&lang=%s', 'https://%s/app/open#%s=%s&lang=%s']) % (host, p, v, lang)
    if lang == 'it':
        body = ch(['Il cliente %s ci ha inoltrato il link dell\'SMS, che non si apre nell\'app:\n%s\nÈ normale che il link contenga il %s?',
                   'Segnalazione dal DPO: il link di conferma arriva così ai clienti\n%s\n(%s) e finisce nei log del proxy. Il parametro è il %s.',
                   'Universal link ricevuto da %s:\n%s\nil %s dovrebbe scadere ma funziona ancora dopo un\'ora.'])
    else:
        body = ch(['Customer %s forwarded the SMS link that won\'t open in the app:\n%s\nIs it expected that the link carries the %s?',
                   'DPO concern: the confirmation link reaches customers like this\n%s\n(%s) and lands in proxy logs. The parameter is the %s.',
                   'Universal link received from %s:\n%s\nthe %s should expire but still works after an hour.'])
    if body.startswith(('Il cliente', 'Customer', 'Universal')): body = body % (name(lang), url, kw(kind, lang))
    else: body = body % (url, ch(['trace ' + hexs(32), 'req ' + uid()]), kw(kind, lang))
    return 'deep-link', wrap(lang, body, 0.5), [(kind, v)]

@S('pin', 'access_token')
def s_push_payload(lang, kind):
    if kind == 'pin':
        v = pin(ch([4, 6, 6, 8]))
        msg = L(lang, ch(['Il tuo codice è %s. Non condividerlo con nessuno.', 'Codice di verifica: %s (valido 5 minuti)', '%s è il tuo codice per autorizzare il pagamento']),
                ch(['Your code is %s. Never share it.', 'Verification code: %s (valid 5 minutes)', '%s is your code to approve the payment'])) % v
        extra = {'type': 'sca_otp', 'txn': pay_id()}
    else:
        v = access_token(); msg = L(lang, 'Accesso da nuovo dispositivo', 'New device sign-in'); extra = {'type': 'session', 'auth_token': v}
    if R.random() < 0.5:
        doc = {'aps': {'alert': {'title': L(lang, 'Sicurezza', 'Security'), 'body': msg}, 'sound': 'default', 'mutable-content': 1}, 'message_id': uid()}
        doc.update(extra)
    else:
        doc = {'message': {'token': rs(22, URLSAFE) + ':APA91b' + rs(134, URLSAFE), 'notification': {'title': L(lang, 'Sicurezza', 'Security'), 'body': msg}, 'data': extra}}
    pre = L(lang, ch(['Payload della notifica push che inviamo (preso dal log del nostro backend):', 'Il QA ha catturato questa push:']),
            ch(['Push payload we send (from our backend log):', 'QA captured this push:']))
    return 'push-json', wrap(lang, pre + '\n' + jd(doc)), [(kind, v)]

@S('iban', 'access_token')
def s_qr_payload(lang, kind):
    if kind == 'iban':
        ib = iban(ch(['IT', 'DE', 'FR', 'ES', 'NL', 'BE', 'AT']), grouped=False)
        body = 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%s\n\n%s\n' % (ch(BICS), company(lang).upper(), ib, '%.2f' % (R.randint(100, 99999) / 100), 'RF%02d%s' % (R.randint(10, 99), pin(12)))
        pre = L(lang, 'Contenuto decodificato del QR (EPC) stampato sulla fattura, il cliente dice che la banca lo rifiuta:', 'Decoded content of the EPC QR on the invoice; the customer says their bank rejects it:')
        v = ib
    else:
        v = access_token()
        body = 'https://%s/qr-login?t=%s&d=%s' % (ch(HOSTS), v, rs(8, UPDIG))
        pre = L(lang, 'Il QR di login per il POS contiene questo (letto con l\'app fotocamera):', 'The POS pairing QR decodes to this (read with the camera app):')
    return 'qr-payload', wrap(lang, pre + '\n' + body), [(kind, v)]

@S('password', 'pin', 'access_token', 'vendor_key', 'client_secret')
def s_pwmgr_csv(lang, kind):
    fmt = ch(['chrome', 'bitwarden', '1password'])
    secs = []
    rows = []
    n = R.randint(2, 4)
    for i in range(n):
        site = ch(HOSTS)
        if i == 0 or R.random() < 0.4:
            if kind in ('password', 'pin') or i > 0:
                pw = password(); secs.append(('password', pw))
            else:
                pw = tokv(kind); secs.append((kind, pw))
            note = ''
            if kind == 'pin' and i == 0:
                pv = pin(ch([4, 5, 6])); note = L(lang, 'PIN carta aziendale %s', 'company card PIN %s') % pv; secs.append(('pin', pv))
        else:
            pw = ''; note = L(lang, 'vedi vault', 'see vault')
        if fmt == 'chrome': rows.append('%s,https://%s/,%s,%s,%s' % (site.split('.')[0], site, user(lang), pw, note))
        elif fmt == 'bitwarden': rows.append('%s,,login,%s,%s,0,https://%s,%s,%s,' % (ch(['Ops', 'Finance', '']), site, note, site, user(lang), pw))
        else: rows.append('"%s","https://%s","%s","%s","%s"' % (site, site, user(lang), pw, note))
    hdr = {'chrome': 'name,url,username,password,note', 'bitwarden': 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
           '1password': 'Title,Url,Username,Password,Notes'}[fmt]
    pre = L(lang, ch(['Un collega ha esportato il password manager del team e l\'ha allegato al ticket per sbaglio. Eccolo:', 'Export dal gestore password (da cancellare!):']),
            ch(['A colleague exported the team password manager and attached it to the ticket by mistake:', 'Password manager export (delete this!):']))
    return 'pwmgr-csv', wrap(lang, pre + '\n' + hdr + '\n' + '\n'.join(rows)), secs

@S('password', 'card_number', 'cvv', 'pin')
def s_pwmgr_json(lang, kind):
    items = []; secs = []
    if kind in ('card_number', 'cvv'):
        c = card(ch(['', '', ' '])); cv = cvv_for(c)
        items.append({'id': uid(), 'type': 3, 'name': L(lang, 'Carta aziendale', 'Company card'), 'card': {'cardholderName': name(lang), 'brand': {'4': 'Visa', '5': 'Mastercard', '2': 'Mastercard', '3': ch(['Amex', 'JCB']), '6': 'Discover'}[c[0]],
                      'number': c, 'expMonth': str(R.randint(1, 12)), 'expYear': str(R.randint(2027, 2031)), 'code': cv}})
        secs += [('card_number', c), ('cvv', cv)]
    else:
        pw = password(); secs.append(('password', pw))
        login = {'username': user(lang), 'password': pw, 'totp': None, 'uris': [{'uri': 'https://' + ch(HOSTS)}]}
        it = {'id': uid(), 'type': 1, 'name': ch(HOSTS), 'login': login, 'notes': None}
        if kind == 'pin':
            pv = pin(ch([4, 6])); it['fields'] = [{'name': ch(['PIN', 'pin dispositivo', 'SCA PIN']), 'value': pv, 'type': 1}]; secs.append(('pin', pv))
        items.append(it)
    items.append({'id': uid(), 'type': 2, 'name': ch(['Wi-Fi ufficio', 'Office notes']), 'secureNote': {'type': 0}, 'notes': ch(['rotazione il ' + itdate(), 'rotated ' + date()])})
    doc = {'encrypted': False, 'folders': [], 'items': items}
    pre = L(lang, 'Export JSON (non cifrato) di Bitwarden che ci ha mandato il cliente per "mostrarci la configurazione":', 'Unencrypted Bitwarden JSON export the customer sent us "to show the setup":')
    return 'pwmgr-json', wrap(lang, pre + '\n' + jd(doc)), secs

@S('private_key', 'access_token')
def s_saml_debug(lang, kind):
    if kind == 'private_key':
        pk = pem_private(ch(['RSA', 'PKCS8'])); crt = cert_b64()
        doc = {'strict': True, 'sp': {'entityId': 'https://%s/saml/metadata' % ch(HOSTS), 'x509cert': crt, 'privateKey': pk},
               'idp': {'entityId': 'https://sts.windows.net/%s/' % uid(), 'x509cert': cert_b64()}}
        v = jesc(pk)
        body = L(lang, 'Configurazione python3-saml del nostro SP (settings.json):', 'Our SP python3-saml settings.json:') + '\n' + jd(doc)
    else:
        v = session_cookie()
        body = L(lang, 'Da SAML-tracer, dopo il POST dell\'asserzione:', 'From SAML-tracer, after the assertion POST:') + \
            '\nPOST https://%s/saml/acs\nHTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: %s=%s; Path=/; Secure; HttpOnly; SameSite=None\nX-Request-Id: %s\n\nInResponseTo="_%s" ID="_%s"' % (
                ch(HOSTS), ch(['SAMLSESSID', 'sp_session', '.AspNetCore.Cookies']), v, uid(), hexs(40), hexs(40))
    pre = L(lang, 'Stiamo facendo debug del SSO SAML, errore "InvalidSignature".', 'Debugging SAML SSO, error "InvalidSignature".')
    return 'saml-debug', wrap(lang, pre + '\n' + body), [(kind, v)]

@S('access_token', 'refresh_token', 'client_secret')
def s_oidc_debug(lang, kind):
    host = ch(HOSTS); secs = []
    at, rt, cs = access_token() if R.random() < 0.5 else jwt(), refresh_token(), client_secret()
    req = 'POST /oauth2/v1/token HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=%s&client_id=%s' % (host, 'refresh_token' if kind == 'refresh_token' else 'client_credentials', ch(['acme-pay-prod', 'mobile-android', 'desk-integration']))
    if kind == 'client_secret': req += '&client_secret=' + cs; secs.append(('client_secret', cs))
    if kind == 'refresh_token': req += '&refresh_token=' + rt; secs.append(('refresh_token', rt))
    resp = {'token_type': 'Bearer', 'expires_in': ch([300, 3600]), 'scope': ch(['openid accounts', 'payments'])}
    if kind == 'access_token' or R.random() < 0.4:
        resp['access_token'] = at; secs.append(('access_token', at))
    if kind == 'refresh_token' and R.random() < 0.5:
        rt2 = refresh_token(); resp['refresh_token'] = rt2; secs.append(('refresh_token', rt2))
    pre = L(lang, ch(['Debug OIDC: la chiamata al token endpoint e la risposta.', 'Ecco cosa vediamo dal nostro proxy:']), ch(['OIDC debugging: token endpoint call and response.', 'What our proxy sees:']))
    return 'oidc-debug', wrap(lang, pre + '\n\n' + req + '\n\nHTTP/1.1 200 OK\n' + jd(resp)), secs

@S('vendor_key', 'client_secret')
def s_webhook_sig(lang, kind):
    v = ('whsec_' + rs(32)) if kind == 'vendor_key' else ch([client_secret(), rs(44, B64)])
    ts = 1780000000 + R.randint(0, 9999999)
    got, exp_ = sha256(), sha256()
    if lang == 'it':
        body = ch(['La verifica della firma del webhook fallisce sempre. Header ricevuto:\nX-Signature: t=%d,v1=%s\nNoi calcoliamo HMAC-SHA256 di "%d.<body>" con il segreto %s e otteniamo %s.\nDove sbagliamo?',
                   'Firma webhook non corrisponde.\nheader  t=%d,v1=%s\nsecret usato: %s\n(timestamp %d) calcolato: %s'])
    else:
        body = ch(['Webhook signature check always fails. Received header:\nX-Signature: t=%d,v1=%s\nWe compute HMAC-SHA256 of "%d.<body>" with secret %s and get %s.\nWhat are we missing?',
                   'Webhook signature mismatch.\nheader  t=%d,v1=%s\nsecret used: %s\n(timestamp %d) computed: %s'])
    if body.count('%') == 5 and ('"%d.' in body): body = body % (ts, exp_, ts, v, got)
    else: body = body % (ts, exp_, v, ts, got)
    return 'webhook-debug', wrap(lang, body, 0.4), [(kind, v)]

@S('pin', 'iban', 'access_token')
def s_psd2_sca(lang, kind):
    cid = ch(['consent-', 'CNS', '']) + uid()
    secs = []
    ib = iban(); otp = pin(ch([6, 6, 8])); tok = access_token()
    ib_txt = ib if kind == 'iban' else mask_iban()
    if kind == 'iban': secs.append(('iban', ib))
    if kind == 'pin': secs.append(('pin', otp))
    if kind == 'access_token': secs.append(('access_token', tok))
    if lang == 'it':
        lines = ['Ricostruzione del flusso SCA per il reclamo %s (a cura dell\'ufficio Compliance):' % ticket(),
                 '1. Il TPP ha creato il consenso AIS %s sul conto %s alle %s.' % (cid, ib_txt, hhmm()),
                 '2. Il cliente ha ricevuto via SMS il codice %s e lo ha inserito correttamente.' % (otp if kind == 'pin' else 'OTP'),
                 '3. Stato autorizzazione: finalised; authorisationId %s.' % uid()]
        if kind == 'access_token': lines.append('4. Il TPP ha poi chiamato /accounts con il token %s, che risulta ancora valido dopo la revoca.' % tok)
        else: lines.append('4. Il consenso è stato revocato dal cliente il %s.' % itdate())
    else:
        lines = ['Reconstruction of the SCA flow for complaint %s (Compliance):' % ticket(),
                 '1. The TPP created AIS consent %s on account %s at %s.' % (cid, ib_txt, hhmm()),
                 '2. The customer received the SMS code %s and entered it correctly.' % (otp if kind == 'pin' else '(OTP)'),
                 '3. Authorisation status: finalised; authorisationId %s.' % uid()]
        if kind == 'access_token': lines.append('4. The TPP then called /accounts with token %s, still valid after revocation.' % tok)
        else: lines.append('4. The customer revoked the consent on %s.' % date())
    return 'psd2-compliance', wrap(lang, '\n'.join(lines), 0.4), secs

@S('card_number', 'cvv', 'iban')
def s_chargeback(lang, kind):
    c = card(); cv = cvv_for(c); secs = [('card_number', c)] if kind != 'iban' else []
    arn = pin(23); case = 'CB-%d' % R.randint(100000, 999999)
    if lang == 'it':
        body = 'Oggetto: Contestazione addebito – pratica %s\n\nSpett.le esercente,\nil titolare %s contesta l\'operazione del %s di %s (codice motivo %s, ARN %s).\n' % (
            case, name(lang), itdate(), amount(lang), ch(['10.4', '13.1', '4837', '4853']), arn)
        if kind != 'iban':
            body += 'Carta: %s scad. %s' % (c, exp())
            if kind == 'cvv': body += ' – CVV comunicato dal titolare al telefono: %s' % cv; secs.append(('cvv', cv))
            body += '\n'
        else:
            ib = iban(); body += 'Il rimborso dovrà essere accreditato sull\'IBAN %s intestato al titolare.\n' % ib; secs.append(('iban', ib))
        body += 'Documentazione da inviare entro il %s.' % itdate()
    else:
        body = 'Re: Dispute notification — case %s\n\nDear merchant,\ncardholder %s disputes the transaction of %s for %s (reason code %s, ARN %s).\n' % (
            case, name(lang), date(), amount(lang), ch(['10.4', '13.1', '4837', '4853']), arn)
        if kind != 'iban':
            body += 'Card: %s exp %s' % (c, exp())
            if kind == 'cvv': body += ' — CVV2 given by the cardholder on the call: %s' % cv; secs.append(('cvv', cv))
            body += '\n'
        else:
            ib = iban(); body += 'Refund to be credited to the cardholder\'s IBAN %s.\n' % ib; secs.append(('iban', ib))
        body += 'Evidence due by %s.' % date()
    pre = L(lang, ch(['Ci è arrivata questa lettera dall\'acquirer, come rispondiamo?', 'Inoltro lettera di chargeback:', '']), ch(['Got this from our acquirer, how do we respond?', 'Forwarding the chargeback letter:', '']))
    return 'dispute-letter', wrap(lang, (pre + '\n\n' if pre else '') + body, 0.3), secs

@S('bank_account', 'iban')
def s_kyc_form(lang, kind):
    co = company(lang); secs = []
    fields = [(L(lang, 'Ragione sociale', 'Legal name'), co), (L(lang, 'P.IVA', 'VAT no.'), vat(ch(['IT', 'GB', 'DE']))),
              (L(lang, 'Legale rappresentante', 'Director'), name(lang)), ('BIC', ch(BICS))]
    if kind == 'iban':
        ib = iban(); fields.append(('IBAN', ib)); secs.append(('iban', ib))
    else:
        frag, vals = bank_account_sample(lang); fields.append((L(lang, 'Coordinate bancarie', 'Bank details'), frag)); secs += [('bank_account', x) for x in vals]
    fields.append((L(lang, 'Data', 'Date'), itdate() if lang == 'it' else date()))
    sep = ch([': ', ' | ', '\t', ' = '])
    body = '\n'.join(k + sep + v for k, v in fields)
    pre = L(lang, ch(['Modulo di onboarding KYC compilato dal merchant (copiato dal portale):', 'Il merchant ha compilato così il form KYC, ma la verifica fallisce:']),
            ch(['KYC onboarding form as filled by the merchant (copied from the portal):', 'The merchant filled the KYC form like this but verification fails:']))
    return 'kyc-form', wrap(lang, pre + '\n\n' + body), secs

@S('password', 'vendor_key', 'client_secret')
def s_k8s_secret(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    n = envname(kind, v).lower().replace('_', '-')
    if R.random() < 0.5:
        body = "kubectl -n %s create secret generic %s \\\n  --from-literal=%s='%s' \\\n  --dry-run=client -o yaml | kubectl apply -f -" % (ch(['payments', 'prod', 'kyc']), ch(REPOS), n, v)
    else:
        body = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-creds\n  namespace: %s\n  annotations:\n    rotated-at: "%s"\ntype: Opaque\nstringData:\n  %s: "%s"' % (ch(REPOS), ch(['payments', 'prod']), date(), n, v)
    pre = L(lang, ch(['Dal runbook di rotazione, passo 4:', 'Questo è il manifest che abbiamo applicato:', 'Comando lanciato dal collega:']),
            ch(['From the rotation runbook, step 4:', 'This is the manifest we applied:', 'Command my colleague ran:']))
    return 'k8s', wrap(lang, pre + '\n```\n' + body + '\n```'), [(kind, v)]

@S('password', 'client_secret', 'access_token')
def s_vault_read(lang, kind):
    v = tokv(kind); secs = [(kind, v)]
    rows = [('created_time', iso()), ('custom_metadata', '<nil>'), ('deletion_time', 'n/a'), ('destroyed', 'false'), ('version', str(R.randint(2, 40)))]
    data = [('client_id', ch(['acme-pay-prod', 'kyc-backend'])), ({'password': 'password', 'client_secret': 'client_secret', 'access_token': 'api_token'}[kind], v), ('username', user(lang))]
    out = '$ vault kv get secret/%s/prod\n====== Secret Path ======\nsecret/data/%s/prod\n\n======= Metadata =======\nKey                Value\n---                -----\n' % (ch(REPOS), ch(REPOS))
    out += '\n'.join('%-18s %s' % r for r in rows) + '\n\n====== Data ======\nKey            Value\n---            -----\n' + '\n'.join('%-14s %s' % r for r in data)
    pre = L(lang, 'Il valore in vault è questo ma l\'API risponde 401:', 'The value in vault is this but the API answers 401:')
    return 'vault-cli', wrap(lang, pre + '\n' + out), secs

@S('card_number', 'iban', 'bank_account')
def s_dlp_alert(lang, kind):
    if kind == 'card_number': v = card(); vals = [v]; typ = 'Credit Card Number'
    elif kind == 'iban': v = iban(); vals = [v]; typ = 'International Banking Account Number (IBAN)'
    else: v, vals = bank_account_sample(lang); typ = ch(['U.K. Bank Account Number', 'Italy Bank Account Number', 'Germany Bank Account Number', 'France Bank Account Number', 'Spain Bank Account Number'])
    ctx = L(lang, ch(['...buongiorno, come da accordi vi mando %s per il rimborso...', '...ecco i dati: %s, grazie...', '...pagamento su %s entro venerdì...']),
            ch(['...hi, as agreed here are the details %s for the refund...', '...details: %s thanks...', '...please pay %s by Friday...'])) % v
    body = 'DLP Policy Match\nPolicy: %s\nRule: %s\nSensitive info type: %s (count: %d, confidence: %s)\nMessage ID: <%s@%s>\nSender: %s\nMatched content:\n  %s\nAction: %s' % (
        ch(['EU Financial Data', 'PCI DSS', 'GDPR Enhanced']), ch(['Block external', 'Notify only']), typ, R.randint(1, 3), ch(['High', 'Medium']), hexs(24), ch(HOSTS).split('.', 1)[1],
        user(lang), ctx, ch(['Blocked', 'Audit', 'Policy tip shown']))
    pre = L(lang, 'Il nostro DLP ha bloccato una mail verso di voi, vi giro il dettaglio dell\'incidente:', 'Our DLP blocked a mail to you; incident details below:')
    return 'dlp-alert', wrap(lang, pre + '\n\n' + body), [(kind, x) for x in vals]

@S('private_key')
def s_pentest_key_appendix(lang, kind):
    pk = pem_private()
    loc = ch(['/var/backups/deploy_key', 'https://%s/.git/config' % ch(HOSTS), 's3://%s-backups/keys/id_rsa' % ch(ORGS), '/home/ci/.ssh/id_ed25519', 'jenkins credentials.xml'])
    if lang == 'it':
        body = 'Appendice %s – Materiale recuperato\nLa seguente chiave privata è stata recuperata da %s senza autenticazione (fingerprint %s):\n\n%s\n\nLa chiave consente l\'accesso SSH ai server di staging.' % (ch('BCD'), loc, ssh_fp(), pk)
    else:
        body = 'Appendix %s — Recovered material\nThe private key below was retrieved from %s without authentication (fingerprint %s):\n\n%s\n\nThe key grants SSH access to the staging hosts.' % (ch('BCD'), loc, ssh_fp(), pk)
    return 'pentest-report', wrap(lang, body, 0.5), [('private_key', pk)]

@S('private_key')
def s_service_account(lang, kind):
    pk = pem_private('PKCS8') + '\n'
    proj = ch(ORGS) + '-' + ch(['prod', 'dev', 'analytics'])
    doc = {'type': 'service_account', 'project_id': proj, 'private_key_id': hexs(40), 'private_key': pk,
           'client_email': '%s@%s.iam.gserviceaccount.com' % (ch(['firebase-adminsdk-' + rs(5).lower(), 'ci-deployer', 'bq-export']), proj),
           'client_id': str(R.randint(10**20, 10**21)), 'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token'}
    v = jesc(pk.rstrip('\n'))
    pre = L(lang, ch(['Il file JSON del service account che usiamo per le notifiche (era nel repo dell\'app):', 'Credenziali usate dal connettore, incollo il file:']),
            ch(['Service account JSON used for notifications (it was in the app repo):', 'Credentials used by the connector, pasting the file:']))
    return 'json', wrap(lang, pre + '\n' + jd(doc)), [('private_key', v)]

@S('access_token', 'password', 'card_number')
def s_sentry_event(lang, kind):
    secs = []
    req = {'url': 'https://%s/api/%s' % (ch(HOSTS), ch(['checkout', 'login', 'profile'])), 'method': 'POST', 'headers': [['Content-Type', 'application/json'], ['X-Request-Id', uid()]]}
    if kind == 'access_token':
        v = access_token(); req['headers'].append(['Authorization', 'Bearer ' + v]); req['data'] = {'amount': R.randint(100, 9999)}
    elif kind == 'password':
        v = password(); req['data'] = {'email': user(lang) + '@example.com', 'password': v}
    else:
        v = card(ch(['', ' '])); req['data'] = {'cardNumber': v, 'expiry': exp(), 'cvc': '[Filtered]'}
    secs.append((kind, v))
    ev = {'event_id': hexs(32), 'level': 'error', 'platform': 'javascript', 'release': '%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)), 'request': req,
          'exception': {'values': [{'type': 'TypeError', 'value': "Cannot read properties of undefined (reading 'id')"}]}}
    pre = L(lang, 'Evento Sentry (JSON scaricato), sendDefaultPii era attivo per errore:', 'Sentry event JSON (downloaded); sendDefaultPii was on by mistake:')
    return 'sentry-json', wrap(lang, pre + '\n' + jd(ev)), secs

@S('password', 'pin', 'card_number', 'cvv')
def s_phishing_report(lang, kind):
    secs = []
    if kind == 'password':
        v = password(); secs.append(('password', v))
        s = L(lang, ch(['Ho inserito la mia password (%s) sulla pagina falsa prima di accorgermene.', 'nella pagina ho messo utente e password, la pass era %s, cosa devo fare??']),
              ch(['I typed my password (%s) into the fake page before I noticed.', 'entered user and password on that page, pass was %s, what do I do??'])) % v
    elif kind == 'pin':
        v = pin(ch([5, 6])); secs.append(('pin', v))
        s = L(lang, ch(['Mi hanno chiamato dalla "banca" e ho letto il codice SMS %s all\'operatore.', 'ho inserito anche il codice OTP %s che mi era arrivato']),
              ch(['Someone from the "bank" called and I read them the SMS code %s.', 'I also entered the OTP %s I had just received'])) % v
    else:
        c = card(); cv = cvv_for(c); secs.append(('card_number', c))
        if kind == 'cvv':
            secs.append(('cvv', cv))
            s = L(lang, 'Ho messo la carta %s e il codice dietro %s.', 'I entered card %s and the code on the back %s.') % (c, cv)
        else:
            s = L(lang, 'Ho inserito il numero della carta aziendale %s sul sito.', 'I entered the company card number %s on the site.') % c
    if lang == 'it':
        body = 'Segnalazione phishing %s\nDa: %s\nOggetto originale: "%s"\nLink: hxxps://%s-verifica[.]com/login\n\nTesto dell\'utente:\n"%s"\n\nAzioni SOC: blocco dominio, reset credenziali.' % (
            ticket(), name(lang), ch(['Aggiorna i tuoi dati', 'Pagamento sospeso', 'Verifica il tuo conto']), ch(ORGS), s)
    else:
        body = 'Phishing report %s\nFrom: %s\nOriginal subject: "%s"\nLink: hxxps://%s-verify[.]com/login\n\nUser\'s words:\n"%s"\n\nSOC actions: domain blocked, credentials reset.' % (
            ticket(), name(lang), ch(['Update your details', 'Payment on hold', 'Verify your account']), ch(ORGS), s)
    return 'phishing-report', wrap(lang, body, 0.5), secs

@S('bank_account')
def s_bank_returns(lang, kind):
    secs = []
    lines = []
    for i in range(R.randint(1, 3)):
        frag, vals = bank_account_sample(lang)
        if i == 0 or R.random() < 0.5:
            secs += [('bank_account', x) for x in vals]
            lines.append('- %s – %s – %s (%s)' % (name(lang), frag, amount(lang), ch(['AC01', 'AC04', 'MD07', 'ARUCS 0', 'R03', 'Konto erloschen'])))
        else:
            lines.append('- %s – %s – %s (%s)' % (name(lang), 'BIC ' + ch(BICS), amount(lang), 'AM04'))
    if lang == 'it':
        body = 'Riepilogo bonifici/payout respinti del %s (da verificare con Compliance prima della riemissione):\n%s\nVi chiediamo di confermare se i dati salvati sul vostro sistema coincidono.' % (itdate(), '\n'.join(lines))
    else:
        body = 'Returned payouts for %s (Compliance must check before re-issuing):\n%s\nPlease confirm the details stored on your side match.' % (date(), '\n'.join(lines))
    return 'bank-returns', wrap(lang, body), secs

@S('password', 'client_secret', 'vendor_key')
def s_tf_plan(lang, kind):
    v = tokv(kind) if kind != 'password' else password(url_safe=True)
    attr = {'password': 'master_password', 'client_secret': 'client_secret', 'vendor_key': 'api_key'}[kind]
    body = 'Terraform will perform the following actions:\n\n  # %s.%s will be updated in-place\n  ~ resource "%s" "%s" {\n        id       = "%s"\n      ~ %-15s = (sensitive value)\n      + %-15s = "%s"\n        tags     = {\n            "rotated" = "%s"\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.' % (
        ch(['aws_db_instance', 'azuread_application_password', 'datadog_integration']), ch(['main', 'payments']), ch(['aws_db_instance', 'azuread_application_password', 'datadog_integration']),
        ch(['main', 'payments']), ch(['db-', 'app-']) + hexs(12), 'tags_all', attr, v, date())
    pre = L(lang, 'Attenzione: dal log della pipeline il plan stampa il valore (abbiamo usato nonsensitive() per debug):', 'Heads up: the pipeline log prints the value in the plan (we used nonsensitive() to debug):')
    return 'terraform-plan', wrap(lang, pre + '\n' + body), [(kind, v)]

@S('access_token', 'refresh_token')
def s_devtools_cookies(lang, kind):
    v = session_cookie() if kind == 'access_token' else refresh_token()
    rows = [('_ga', 'GA1.1.%d.%d' % (R.randint(10**8, 10**9), R.randint(10**9, 2 * 10**9)), '.' + ch(HOSTS)), ('cookie_consent', ch(['true', 'all', 'necessary']), ch(HOSTS)),
            (ch(['sid', '__Host-session', 'auth_session']) if kind == 'access_token' else ch(['refresh_token', 'rt', '__Secure-refresh']), v, ch(HOSTS)),
            ('csrftoken', rs(32), ch(HOSTS))]
    R.shuffle(rows)
    body = 'Name\tValue\tDomain\tPath\tExpires / Max-Age\tSize\tHttpOnly\tSecure\tSameSite\n' + '\n'.join('%s\t%s\t%s\t/\t%s\t%d\t%s\t✓\tLax' % (a, b, c, iso(), len(a) + len(b), ch(['✓', ''])) for a, b, c in rows)
    pre = L(lang, 'Da DevTools > Application > Cookies (copiato tutto):', 'DevTools > Application > Cookies (copied everything):')
    return 'devtools-cookies', wrap(lang, pre + '\n' + body), [(kind, v)]

@S('pin', 'password')
def s_reset_audit(lang, kind):
    v = pin(6) if kind == 'pin' else password()
    lines = ['%s user=%s action=login_failed ip=%s' % (iso(), user(lang), ip()) for _ in range(R.randint(1, 3))]
    if kind == 'pin': lines.append('%s user=%s action=otp_sent channel=sms to=%s code=%s' % (iso(), user(lang), phone(lang)[:-4] + '****', v))
    else: lines.append('%s user=%s action=password_reset by=helpdesk temp_password=%s' % (iso(), user(lang), v))
    lines.append('%s user=%s action=login_success mfa=%s session=%s' % (iso(), user(lang), ch(['sms', 'totp']), uid()))
    pre = L(lang, 'Audit log dell\'account richiesto dall\'auditor interno (notare la riga con il valore in chiaro):', 'Account audit log requested by internal audit (note the line with the clear value):')
    return 'audit-log', wrap(lang, pre + '\n' + '\n'.join(lines)), [(kind, v)]

@S('access_token', 'vendor_key', 'client_secret', 'refresh_token')
def s_email_wrap(lang, kind):
    v = tokv(kind)
    while len(v) < 40: v = tokv(kind)
    k = R.randint(15, len(v) - 10)
    q = ''
    shown = v[:k] + '\n' + v[k:]
    if lang == 'it':
        body = '%s-----Messaggio originale-----\n%sDa: %s\n%sInviato: %s\n%sOggetto: R: incidente %s\n%s\n%sCome richiesto, la %s compromessa era: %s\n%sè stata revocata?' % (
            '', q, name(lang), q, itdate(), q, ticket(), q, q, kw(kind, lang), shown, q)
    else:
        body = '%s-----Original Message-----\n%sFrom: %s\n%sSent: %s\n%sSubject: RE: incident %s\n%s\n%sAs requested, the compromised %s was: %s\n%shas it been revoked?' % (
            '', q, name(lang), q, date(), q, ticket(), q, q, kw(kind, lang), shown, q)
    return 'email-quoted', wrap(lang, body, 0.6), [(kind, shown)]

@S('iban', 'bank_account')
def s_sdd_mandate(lang, kind):
    secs = []
    if kind == 'iban': v = iban(); secs.append(('iban', v)); acct = 'IBAN: %s' % v
    else: frag, vals = bank_account_sample(lang); acct = frag; secs += [('bank_account', x) for x in vals]
    if lang == 'it':
        body = 'MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento mandato: %s\nCreditore: %s – Codice identificativo IT%02dZZZ%s\nDebitore: %s\n%s\nBIC: %s\nTipo pagamento: ricorrente\nLuogo e data: Milano, %s' % (
            'MND-' + pin(8), company(lang), R.randint(10, 99), pin(11), name(lang), acct, ch(BICS), itdate())
    else:
        body = 'SEPA CORE DIRECT DEBIT MANDATE\nMandate reference: %s\nCreditor: %s — Creditor ID GB%02dZZZ%s\nDebtor: %s\n%s\nBIC: %s\nPayment type: recurrent\nPlace and date: London, %s' % (
            'MND-' + pin(8), company(lang), R.randint(10, 99), pin(6), name(lang), acct, ch(BICS), date())
    pre = L(lang, 'Testo del mandato (estratto dal PDF) per la verifica KYC:', 'Mandate text (from the PDF) for the KYC check:')
    return 'sdd-mandate', wrap(lang, pre + '\n\n' + body), secs

@S('password', 'client_secret', 'access_token', 'pin')
def s_md_cred_table(lang, kind):
    rows = []; secs = []
    hit = R.randint(0, 2)
    for i in range(3):
        sysn = ch(['Gateway PSD2', 'Backoffice', 'SFTP banca', 'Portale acquirer', 'Grafana', 'Jenkins', 'HSM console'])
        if i == hit:
            v = tokv(kind) if kind != 'pin' else pin(ch([4, 6, 8])); secs.append((kind, v)); cred = v
        else: cred = ch(['********', '(in vault)', '[REDACTED]', 'vedi 1Password' if lang == 'it' else 'see 1Password', '—'])
        rows.append('| %s | %s | %s | %s |' % (sysn, user(lang), cred, date()))
    hdr = L(lang, '| Sistema | Utenza | Credenziale | Ultima rotazione |', '| System | Account | Credential | Last rotation |')
    pre = L(lang, ch(['Tabella dall\'allegato B del verbale di audit (la riga non mascherata è un errore nostro):', 'Dal foglio "accessi fornitori" condiviso:']),
            ch(['Table from appendix B of the audit minutes (the unmasked row is our mistake):', 'From the shared "vendor access" sheet:']))
    return 'report-table', wrap(lang, pre + '\n\n' + hdr + '\n|---|---|---|---|\n' + '\n'.join(rows)), secs

@S('private_key')
def s_jwk_private(lang, kind):
    if R.random() < 0.5:
        d = b64u(rbytes(32)); jwk = {'kty': 'EC', 'crv': 'P-256', 'kid': kid(), 'use': 'sig', 'x': b64u(rbytes(32)), 'y': b64u(rbytes(32)), 'd': d}
    else:
        d = b64u(rbytes(256)); jwk = {'kty': 'RSA', 'kid': kid(), 'alg': 'RS256', 'n': b64u(rbytes(256)), 'e': 'AQAB', 'd': d}
    pre = L(lang, 'Questo è il JWK che abbiamo caricato come "chiave pubblica" nel portale, ma ora ci dite che contiene la parte privata?', 'This is the JWK we uploaded as "public key" in the portal — you say it includes the private part?')
    return 'jwk', wrap(lang, pre + '\n' + jd(jwk)), [('private_key', d)]

@S('bank_account', 'iban')
def s_payout_change(lang, kind):
    secs = []
    if kind == 'iban':
        new = iban(); secs.append(('iban', new)); old = mask_iban(); newtxt = new
    else:
        newtxt, vals = bank_account_sample(lang); secs += [('bank_account', x) for x in vals]; old = ch(['****' + pin(4), 'ABI %s CAB %s' % (ch(IT_ABI), pin(5)), 'sort code %s' % uk_account()[0]])
    if lang == 'it':
        body = ch(['Segnalazione antifrode: il merchant %s ha chiesto il cambio delle coordinate di payout da %s a %s tramite email non verificata. Procedura di call-back in corso.',
                   'Richiesta variazione conto di accredito – merchant %s\nPrecedente: %s\nNuovo: %s\nVerifica titolarità: in attesa'])
    else:
        body = ch(['Fraud alert: merchant %s asked to change payout details from %s to %s via an unverified email. Call-back procedure in progress.',
                   'Payout account change request — merchant %s\nPrevious: %s\nNew: %s\nOwnership check: pending'])
    body = body % (company(lang), old, newtxt)
    return 'fraud-note', wrap(lang, body), secs

@S('bank_account', 'iban')
def s_vendor_master_csv(lang, kind):
    rows = [L(lang, 'cod_fornitore;ragione_sociale;paese;coordinate;ultima_modifica', 'vendor_id,name,country,bank_details,last_change')]
    secs = []
    sep = ';' if lang == 'it' else ','
    for i in range(R.randint(2, 4)):
        if i == 0 or R.random() < 0.5:
            if kind == 'iban': v = iban(); vals = [v]; secs.append(('iban', v))
            else: v, vals = bank_account_sample(lang); secs += [('bank_account', x) for x in vals]
        else:
            v = ch([mask_iban(), 'BIC ' + ch(BICS), 'n/d' if lang == 'it' else 'n/a'])
        rows.append(sep.join(['F%05d' % R.randint(1, 99999), company(lang).replace(',', ''), ch(['IT', 'GB', 'DE', 'FR', 'ES']), v, itdate() if lang == 'it' else date()]))
    pre = L(lang, 'Campione dell\'anagrafica fornitori estratto per l\'audit SOX (da non far circolare):', 'Vendor master sample extracted for the SOX audit (do not circulate):')
    return 'csv', wrap(lang, pre + '\n' + '\n'.join(rows)), secs

@S('vendor_key', 'access_token', 'client_secret')
def s_aws_creds(lang, kind):
    secs = []
    if kind == 'vendor_key':
        ak = 'AKIA' + rs(16, UPDIG); sk = aws_secret()
        body = '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-south-1' % (ak, sk)
        secs += [('vendor_key', ak), ('vendor_key', sk)]
    else:
        v = tokv(kind)
        body = '[%s]\n%s = %s\nendpoint = https://%s\n' % (ch(['profile prod', 'sportello', 'default']), {'access_token': 'api_token', 'client_secret': 'client_secret'}[kind], v, ch(HOSTS))
        secs.append((kind, v))
    f = '~/.aws/credentials' if kind == 'vendor_key' else ch(['~/.config/sportello/credentials', 'C:\\Users\\%s\\AppData\\Roaming\\desk-cli\\config.ini' % user(lang)])
    pre = L(lang, ch(['Il file di credenziali trovato sul laptop rubato (inventario per il DPO), %s:' % f, 'Contenuto di %s preso dall\'immagine forense:' % f]),
            ch(['Credentials file %s found on the stolen laptop (inventory for the DPO):' % f, '%s from the forensic image:' % f]))
    return 'ini', wrap(lang, pre + '\n' + body), secs

@S('pin', 'password')
def s_oncall_chat(lang, kind):
    v = pin(ch([6, 8])) if kind == 'pin' else password()
    if lang == 'it':
        lines = ['[%s] %s: chi ha il token hardware della reperibilità?' % (hhmm(), first(name(lang))),
                 '[%s] %s: io, %s %s' % (hhmm(), first(name(lang)), ch(['il codice adesso è', 'codice:', 'eccolo']) if kind == 'pin' else ch(['la password dell\'account break-glass è', 'pwd break-glass:']), v),
                 '[%s] %s: grazie, entro' % (hhmm(), first(name(lang)))]
    else:
        lines = ['[%s] %s: who has the on-call hardware token?' % (hhmm(), first(name(lang))),
                 '[%s] %s: me, %s %s' % (hhmm(), first(name(lang)), ch(['code right now is', 'code:', 'here']) if kind == 'pin' else ch(['break-glass account password is', 'break-glass pwd:']), v),
                 '[%s] %s: thanks, logging in' % (hhmm(), first(name(lang)))]
    pre = L(lang, 'Trascrizione del canale #incident allegata al postmortem:', 'Transcript of #incident attached to the postmortem:')
    return 'chat-transcript', wrap(lang, pre + '\n' + '\n'.join(lines), 0.4), [(kind, v)]

@S('private_key')
def s_tls_bundle(lang, kind):
    pk = pem_private(ch(['RSA', 'PKCS8', 'EC']))
    crt = pem_cert()
    pre = L(lang, ch(['Per il mTLS della vostra API abbiamo preparato il bundle, lo incollo così controllate che sia giusto:', 'Il file client.pem che usiamo (certificato + chiave):']),
            ch(['For your API\'s mTLS we built the bundle; pasting it so you can check it:', 'The client.pem we use (cert + key):']))
    body = crt + '\n' + pk if R.random() < 0.6 else pk + '\n' + crt
    return 'pem', wrap(lang, pre + '\n' + body), [('private_key', pk)]


@S('password', 'pin')
def s_foreign_forward(lang, kind):
    v = password() if kind == 'password' else pin(ch([4, 5, 6]))
    u = user(lang)
    if kind == 'password':
        frag = ch(['Zugangsdaten Händlerportal: Benutzer %s, Kennwort %s', 'Identifiants du portail : utilisateur %s / mot de passe %s',
                   'Acceso al portal: usuario %s, contraseña %s', 'Login Backoffice – Benutzername: %s – Passwort: %s']) % (u, v)
    else:
        frag = ch(['PIN der Firmenkarte: %s', 'Code PIN de la carte : %s', 'El PIN de la tarjeta es %s', 'TAN aus der SMS: %s', 'code de vérification reçu par SMS : %s']) % v
    if lang == 'it':
        body = ch(['La filiale estera ci ha girato questa nota, che ora è finita in un ticket aperto con voi:\n\n"%s"\n\nLa segnalo al DPO come incidente. Potete cancellare il messaggio dal vostro sistema?',
                   'Inoltro dal collega di %s (traduzione non necessaria, credo):\n> %s\nPer audit: il dato è stato condiviso via email non cifrata.'])
    else:
        body = ch(['Our overseas branch forwarded this note, which ended up in a ticket with you:\n\n"%s"\n\nReporting it to the DPO as an incident. Can you delete the message on your side?',
                   'Forwarded from our colleague in %s (no translation needed, I think):\n> %s\nFor the audit: shared over unencrypted email.'])
    if body.count('%s') == 2: body = body % (ch(['Monaco', 'Lione', 'Madrid', 'Vienna']) if lang == 'it' else ch(['Munich', 'Lyon', 'Madrid', 'Vienna']), frag)
    else: body = body % frag
    return 'email', wrap(lang, body, 0.5), [(kind, v)]

@S('password')
def s_wifi_qr(lang, kind):
    v = password(url_safe=True).replace(';', '')
    body = 'WIFI:T:%s;S:%s;P:%s;H:false;;' % (ch(['WPA', 'WPA2', 'SAE']), ch(['POS-Negozio', 'Office-Guest', 'Cassa_5G', 'SALA-RIUNIONI']), v)
    pre = L(lang, 'Durante l\'audit del punto vendita abbiamo decodificato il QR attaccato sotto il POS:', 'During the store audit we decoded the QR taped under the POS:')
    post = L(lang, 'La rete è la stessa del terminale di pagamento (requisito PCI 1.3 non rispettato).', 'Same network as the payment terminal (PCI 1.3 not met).')
    return 'qr-payload', wrap(lang, pre + '\n' + body + '\n' + post), [('password', v)]

@S('password', 'access_token')
def s_keychain_cli(lang, kind):
    v = password() if kind == 'password' else access_token()
    svc = ch(['sportello-cli', 'com.cassadigitale.desk', 'nwpay-token', 'ticketlaguna-admin'])
    body = '$ security find-generic-password -s %s -ga %s\nkeychain: "/Users/%s/Library/Keychains/login.keychain-db"\nversion: 512\nclass: "genp"\nattributes:\n    0x00000007 <blob>="%s"\n    "acct"<blob>="%s"\n    "cdat"<timedate>=0x%s  "%s"\n    "svce"<blob>="%s"\npassword: "%s"' % (
        svc, user(lang), user(lang).replace('.', ''), svc, user(lang), hexs(32).upper(), iso().replace('-', '').replace(':', '').replace('T', ''), svc, v)
    pre = L(lang, 'Per mostrare dove l\'app salva le credenziali, il cliente ci ha incollato questo dal Mac:', 'To show where the app stores credentials, the customer pasted this from their Mac:')
    return 'keychain-cli', wrap(lang, pre + '\n' + body), [(kind, v)]

@S('client_secret')
def s_docker_auth(lang, kind):
    u, p = basic_pair(); v = basic_blob(u, p)
    doc = {'auths': {'registry.%s' % ch(HOSTS).split('.', 1)[1]: {'auth': v}, 'https://index.docker.io/v1/': {}}, 'credsStore': ch(['', 'desktop'])}
    pre = L(lang, 'Nel report di hardening del runner CI è allegato il ~/.docker/config.json:', 'The CI runner hardening report attaches ~/.docker/config.json:')
    return 'json', wrap(lang, pre + '\n' + jd(doc)), [('client_secret', v)]

@S('password', 'access_token')
def s_netrc(lang, kind):
    v = password(url_safe=True) if kind == 'password' else access_token()
    body = 'machine %s\n  login %s\n  password %s\nmachine github.com\n  login %s\n  password ${GITHUB_TOKEN}' % (ch(HOSTS), user(lang), v, user(lang))
    pre = L(lang, 'Dalla revisione accessi del server di build, file ~/.netrc di %s:' % user(lang), 'From the build server access review, ~/.netrc of %s:' % user(lang))
    return 'netrc', wrap(lang, pre + '\n' + body), [(kind, v)]

# ================================================================ PASS TEMPLATES (look-alikes, no secret)
@P
def p_gitleaks_redacted(lang):
    k = ch(['access_token', 'vendor_key', 'password', 'client_secret'])
    n = envname(k, 'sk_live_' if k == 'vendor_key' else None)
    f = {'Description': ch(['Detected a Generic API Key', 'Stripe Access Token', 'Generic password']), 'StartLine': R.randint(1, 200), 'EndLine': 0,
         'Match': ch(['%s=REDACTED', '%s: "REDACTED"', '%s = REDACTED']) % n, 'Secret': 'REDACTED', 'File': path(), 'Commit': commit(), 'Entropy': round(R.uniform(3, 5.8), 6),
         'Author': name(lang), 'Date': iso(), 'RuleID': ch(['generic-api-key', 'stripe-access-token', 'slack-bot-token']), 'Fingerprint': ''}
    f['EndLine'] = f['StartLine']; f['Fingerprint'] = '%s:%s:%s:%d' % (f['Commit'], f['File'], f['RuleID'], f['StartLine'])
    pre = L(lang, 'Report gitleaks (eseguito con --redact), il valore non lo vediamo ma il commit è questo:', 'gitleaks report (run with --redact); we can\'t see the value but this is the commit:')
    return 'scanner-json', wrap(lang, pre + '\n' + jd([f]))

@P
def p_trufflehog_masked(lang):
    det = ch(['Stripe', 'Slack', 'AWS', 'GitHub', 'URI'])
    raw = {'Stripe': 'sk_live_' + '*' * 20, 'Slack': 'xoxb-****-****-****', 'AWS': 'AKIA' + 'X' * 16, 'GitHub': 'ghp_' + '•' * 12, 'URI': 'postgresql://app:********@db-prod:5432/payments'}[det]
    body = 'Found unverified result \U0001f437\U0001f511\u2753\nDetector Type: %s\nDecoder Type: PLAIN\nRaw result: %s\nCommit: %s\nFile: %s\nLine: %d\nRotation guide: https://howtorotate.com/docs/tutorials/%s/' % (
        det, raw, commit(), path(), R.randint(1, 300), det.lower())
    pre = L(lang, 'Il report che ci hanno girato è già mascherato, ma il commit %s è pubblico. Ci serve sapere se la chiave è stata usata.' % commit()[:8],
            'The report we got is already masked, but commit %s is public. Need to know if the key was used.' % commit()[:8])
    return 'scanner-text', wrap(lang, pre + '\n\n' + body)

@P
def p_pentest_cve(lang):
    lines = []
    for _ in range(R.randint(2, 4)):
        lines.append('| %s | %s | %s | %s |' % (cve(), cvss(), ch(['openssl 3.0.7', 'nginx 1.22.0', 'log4j-core 2.14.1', 'jackson-databind 2.13.2', 'spring-web 5.3.18']), ch(['Alta', 'Media', 'Bassa']) if lang == 'it' else ch(['High', 'Medium', 'Low'])))
    if lang == 'it':
        body = 'Sintesi delle vulnerabilità (%s):\n| CVE | Vettore CVSS | Componente | Rischio |\n|---|---|---|---|\n%s\n\nNota: la policy password rilevata richiede minimo %d caratteri e la rotazione ogni %d giorni; MFA obbligatoria per gli amministratori.' % (
            'PT-%d' % R.randint(2025, 2026), '\n'.join(lines), ch([8, 10, 12, 14]), ch([60, 90, 180]))
    else:
        body = 'Vulnerability summary (%s):\n| CVE | CVSS vector | Component | Risk |\n|---|---|---|---|\n%s\n\nNote: the observed password policy requires at least %d characters and rotation every %d days; MFA is mandatory for admins.' % (
            'PT-%d' % R.randint(2025, 2026), '\n'.join(lines), ch([8, 10, 12, 14]), ch([60, 90, 180]))
    return 'pentest-report', wrap(lang, body)

@P
def p_postmortem_ids(lang):
    if lang == 'it':
        body = '# Postmortem %s\n- %s primo errore 401, request id %s\n- %s trace %s mostra il fallimento sul gateway\n- %s deploy del commit %s (rollback)\n- %s chiave %s ruotata; la nuova chiave ha kid `%s`\nImpatto: %d pagamenti in errore (es. %s, %s).' % (
            ticket(), hhmm(), uid(), hhmm(), hexs(32), hhmm(), commit(), hhmm(), ch(['di firma', 'API']), kid(), R.randint(2, 900), pay_id(), pay_id())
    else:
        body = '# Postmortem %s\n- %s first 401, request id %s\n- %s trace %s shows the gateway failure\n- %s deployed commit %s (rolled back)\n- %s %s key rotated; the new key has kid `%s`\nImpact: %d failed payments (e.g. %s, %s).' % (
            ticket(), hhmm(), uid(), hhmm(), hexs(32), hhmm(), commit(), hhmm(), ch(['signing', 'API']), kid(), R.randint(2, 900), pay_id(), pay_id())
    return 'postmortem', wrap(lang, body, 0.4, 0.5)

@P
def p_dpo_masked(lang):
    rows = ['%s | %s | %s' % (name(lang), mask_card(), mask_iban()) for _ in range(R.randint(2, 3))]
    if lang == 'it':
        body = 'Oggetto: Notifica violazione art. 33 GDPR – rif. %s\nCategorie di dati: dati di contatto, PAN mascherati (prime 6/ultime 4), IBAN parzialmente oscurati.\nInteressati coinvolti: %d\nEsempio (mascherato):\nNome | Carta | IBAN\n%s\nMisure adottate: reset credenziali, rotazione chiavi effettuata il %s.' % (ticket(), R.randint(10, 5000), '\n'.join(rows), itdate())
    else:
        body = 'Subject: Art. 33 GDPR breach notification — ref %s\nData categories: contact data, masked PANs (first 6/last 4), partially hidden IBANs.\nData subjects: %d\nSample (masked):\nName | Card | IBAN\n%s\nMeasures: credentials reset, keys rotated on %s.' % (ticket(), R.randint(10, 5000), '\n'.join(rows), date())
    return 'breach-notice', wrap(lang, body, 0.3)

@P
def p_runbook_envrefs(lang):
    n = ch(['STRIPE_SECRET_KEY', 'CLIENT_SECRET', 'DB_PASSWORD', 'SPORTELLO_API_KEY', 'OAUTH_REFRESH_TOKEN'])
    ph = ch(['<new-secret>', '${%s}' % n, '{{ %s }}' % n.lower(), 'YOUR_CLIENT_SECRET', 'xxxxxxxxxxxxxxxx', '$(vault kv get -field=value secret/prod/%s)' % n.lower(), '<incolla-qui>' if lang == 'it' else '<paste-here>'])
    if lang == 'it':
        body = '## Runbook rotazione %s\n1. `vault kv put secret/prod/%s value=%s`\n2. Aggiornare il deployment:\n```yaml\nenv:\n  - name: %s\n    valueFrom:\n      secretKeyRef:\n        name: %s\n        key: %s\n```\n3. Verificare che `kubectl rollout status deploy/%s` termini.\nProssima rotazione: %s.' % (
            n, n.lower(), ph, n, ch(REPOS), n.lower(), ch(REPOS), itdate())
    else:
        body = '## Rotation runbook: %s\n1. `vault kv put secret/prod/%s value=%s`\n2. Update the deployment:\n```yaml\nenv:\n  - name: %s\n    valueFrom:\n      secretKeyRef:\n        name: %s\n        key: %s\n```\n3. Check `kubectl rollout status deploy/%s` completes.\nNext rotation: %s.' % (
            n, n.lower(), ph, n, ch(REPOS), n.lower(), ch(REPOS), date())
    return 'runbook', wrap(lang, body)

@P
def p_change_clean(lang):
    cr = 'CHG%07d' % R.randint(10000, 9999999)
    if lang == 'it':
        body = 'Change Request: %s (collegata a %s)\nBreve descrizione: rotazione annuale del client secret OAuth\nNota: il nuovo secret viene generato dal vault e NON deve essere inviato via email o ticket.\nFinestra: %s %s-%s\nRischio: basso\nApprovata da: %s' % (cr, ticket(), itdate(), hhmm(), hhmm(), name(lang))
    else:
        body = 'Change Request: %s (linked to %s)\nShort description: yearly OAuth client secret rotation\nNote: the new secret is generated by vault and must NOT be sent by email or ticket.\nWindow: %s %s-%s\nRisk: low\nApproved by: %s' % (cr, ticket(), date(), hhmm(), hhmm(), name(lang))
    return 'change-request', wrap(lang, body, 0.4)

@P
def p_access_review_clean(lang):
    rows = ['user_id,email,role,mfa,last_login,password_last_changed,key_id']
    for _ in range(R.randint(3, 6)):
        rows.append('%d,%s@%s,%s,%s,%s,%s,%s' % (R.randint(1000, 9999), ch(USERS_IT + USERS_EN), ch(HOSTS).split('.', 1)[1], ch(['admin', 'viewer', 'finance']), ch(['yes', 'no', 'TOTP', 'WebAuthn']), date(), date(), ch(['ak_' + hexs(8), kid(), '-'])))
    pre = L(lang, 'Export access review Q%d per l\'auditor. Le colonne password_last_changed e key_id sono solo metadati.' % R.randint(1, 4), 'Q%d access review export for the auditor. password_last_changed and key_id are metadata only.' % R.randint(1, 4))
    return 'csv', wrap(lang, pre + '\n' + '\n'.join(rows))

@P
def p_siem_redacted(lang):
    ev = {'@timestamp': iso(), 'event': {'kind': 'alert', 'severity': R.randint(20, 99)}, 'rule': {'name': ch(['Auth header logged', 'Brute force', 'Impossible travel']), 'id': uid()},
          'source': {'ip': ip()}, 'trace': {'id': hexs(32)}, 'file': {'hash': {'sha256': sha256()}},
          'http': {'request': {'headers': {'authorization': ch(['Bearer [REDACTED]', 'Bearer ****', 'Basic <redacted>', '[FILTERED]']), 'x-request-id': uid()}}}}
    pre = L(lang, 'L\'alert (il SIEM maschera già l\'header):', 'The alert (the SIEM already masks the header):')
    return 'siem-json', wrap(lang, pre + '\n' + jd(ev))

@P
def p_har_clean(lang):
    hdrs = [{'name': 'x-request-id', 'value': uid()}, {'name': 'traceparent', 'value': traceparent()}, {'name': 'if-none-match', 'value': 'W/"%s"' % hexs(32)},
            {'name': 'cookie', 'value': 'cookie_consent=all; lang=%s; _ga=GA1.1.%d.%d' % (lang, R.randint(10**8, 10**9), R.randint(10**9, 2 * 10**9))}]
    entry = {'startedDateTime': iso(), 'request': {'method': 'GET', 'url': 'https://%s/v1/payments/%s' % (ch(HOSTS), pay_id()), 'headers': hdrs},
             'response': {'status': ch([404, 409, 500, 502]), 'headers': [{'name': 'x-trace-id', 'value': hexs(32)}, {'name': 'etag', 'value': '"%s"' % sha256()}]}, '_securityState': 'secure'}
    pre = L(lang, 'HAR esportato con "sanitize" attivo (Authorization rimosso):', 'HAR exported with sanitization on (Authorization stripped):')
    return 'har', wrap(lang, pre + '\n' + jd({'log': {'version': '1.2', 'entries': [entry]}}))

@P
def p_fetch_placeholders(lang):
    ph = ch(['<YOUR_TOKEN>', '{{access_token}}', '${TOKEN}', 'TOKEN_HERE', '<token>', 'eyJ...'])
    txt = 'fetch("https://%s/v1/%s", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer %s",\n    "x-idempotency-key": "%s"\n  },\n  "method": "POST",\n  "body": "{\\"amount\\":%d,\\"currency\\":\\"EUR\\"}"\n});' % (
        ch(HOSTS), ch(['payments', 'refunds']), ph, uid(), R.randint(100, 99999))
    pre = L(lang, 'Ho sostituito il token con un segnaposto prima di incollare:', 'I replaced the token with a placeholder before pasting:')
    return 'devtools-fetch', wrap(lang, pre + '\n' + txt)

@P
def p_crash_clean(lang):
    body = 'Incident Identifier: %s\nBeta Identifier:     %s\nHardware Model:      iPhone%d,%d\nVersion:             %d.%d (%d)\nException Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Codes: KERN_INVALID_ADDRESS at 0x%s\n\nThread 0 Crashed:\n0   App  0x%s 0x%s + %d\n\nBinary Images:\n0x%s - 0x%s App arm64  <%s> /private/var/containers/Bundle/Application/%s/App.app/App' % (
        uid().upper(), uid().upper(), R.randint(12, 17), R.randint(1, 8), R.randint(1, 9), R.randint(0, 30), R.randint(100, 9999), hexs(16), hexs(16), hexs(9), R.randint(100, 99999),
        hexs(9), hexs(9), hexs(32), uid().upper())
    pre = L(lang, 'Crash dopo il login SSO, ultimo build:', 'Crash after SSO login, latest build:')
    return 'crash-report', wrap(lang, pre + '\n\n' + body)

@P
def p_push_nocode(lang):
    mid = str(R.randint(10**15, 10**16 - 1))
    while luhn_ok(mid): mid = str(R.randint(10**15, 10**16 - 1))
    doc = {'message': {'name': 'projects/%s/messages/0:%s%%%s' % (ch(ORGS), mid, hexs(16)), 'notification': {'title': L(lang, 'Codice scaduto', 'Code expired'),
           'body': L(lang, 'Il codice di verifica è scaduto, richiedine uno nuovo.', 'Your verification code expired, request a new one.')}, 'android': {'collapse_key': 'sca_' + hexs(8)}, 'data': {'txn': pay_id(), 'ttl_seconds': str(ch([120, 300]))}}}
    pre = L(lang, 'La push arriva così, senza codice (corretto da policy):', 'The push looks like this, no code inside (by policy):')
    return 'push-json', wrap(lang, pre + '\n' + jd(doc))

@P
def p_wrong_iban(lang):
    bi = bad_iban()
    if lang == 'it':
        body = ch(['Il merchant ha inserito IBAN %s ma il portale dice "check digit non validi". BIC %s. Gli abbiamo chiesto di ricontrollare.',
                   'Validazione KYC fallita: IBAN %s (cifre di controllo errate), BIC %s presente. Pratica sospesa.'])
    else:
        body = ch(['The merchant entered IBAN %s but the portal says "invalid check digits". BIC %s. We asked them to double-check.',
                   'KYC validation failed: IBAN %s (wrong check digits), BIC %s present. Case on hold.'])
    return 'kyc-form', wrap(lang, body % (bi, ch(BICS)))

@P
def p_abi_cab(lang):
    if lang == 'it':
        body = 'Dati banca per l\'anagrafica (solo filiale, il conto lo comunica il cliente direttamente al portale):\nBanca: %s\nABI %s – CAB %s\nBIC %s\nFiliale di %s, tel. %s' % (
            ch(['Intesa Sanpaolo', 'UniCredit', 'Banco BPM', 'BPER']), ch(IT_ABI), pin(5), ch(BICS), ch(['Padova', 'Bari', 'Torino', 'Verona']), phone(lang))
    else:
        body = 'Bank details for the record (branch only; the customer enters the account in the portal):\nBank: %s\nSort code %s (branch)\nBIC %s\nBranch phone %s' % (
            ch(['NatWest', 'Barclays', 'HSBC UK', 'Lloyds']), uk_account()[0], ch(BICS), phone(lang))
    return 'kyc-form', wrap(lang, body)

@P
def p_pwmgr_masked(lang):
    rows = ['name,url,username,password,note']
    for _ in range(R.randint(2, 4)):
        rows.append('%s,https://%s/,%s,%s,%s' % (ch(HOSTS).split('.')[0], ch(HOSTS), user(lang), ch(['********', '••••••••••', '(hidden)', '[REDACTED]', '']), ch(['', 'rotated ' + date(), 'MFA on'])))
    pre = L(lang, 'Struttura dell\'export (le password le ho oscurate io):', 'Export structure (I blanked the passwords myself):')
    return 'pwmgr-csv', wrap(lang, pre + '\n' + '\n'.join(rows))

@P
def p_jwks_public(lang):
    keys = []
    for _ in range(R.randint(1, 2)):
        if R.random() < 0.5: keys.append({'kty': 'RSA', 'kid': kid(), 'use': 'sig', 'alg': 'RS256', 'n': b64u(rbytes(256)), 'e': 'AQAB'})
        else: keys.append({'kty': 'EC', 'crv': 'P-256', 'kid': kid(), 'use': 'sig', 'x': b64u(rbytes(32)), 'y': b64u(rbytes(32))})
    body = jd({'keys': keys})
    if R.random() < 0.5: body += '\n\n' + L(lang, 'e la stessa chiave in PEM:', 'and the same key as PEM:') + '\n' + pem_public()
    pre = L(lang, 'La verifica del JWT fallisce con "kid not found". Il nostro JWKS pubblico:', 'JWT verification fails with "kid not found". Our public JWKS:')
    return 'jwks', wrap(lang, pre + '\n' + body)

@P
def p_cert_details(lang):
    body = 'Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            %s\n        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C=IT, O=%s, CN=%s CA\n        Validity\n            Not Before: Nov  %d 00:00:00 2026 GMT\n            Not After : Nov  %d 23:59:59 2027 GMT\n        Subject: CN=%s\nSHA256 Fingerprint=%s' % (
        serial(), company(lang), ch(['Sectigo', 'Actalis', 'DigiCert']), R.randint(1, 28), R.randint(1, 28), ch(HOSTS), ':'.join(hexs(2).upper() for _ in range(32)))
    if R.random() < 0.4: body += '\n' + pem_cert()
    pre = L(lang, 'Il certificato client per mTLS che abbiamo caricato (solo parte pubblica):', 'The mTLS client certificate we uploaded (public part only):')
    return 'x509', wrap(lang, pre + '\n' + body)

@P
def p_ssh_pub(lang):
    pub = ssh_pub()
    body = L(lang, 'Chiave pubblica da autorizzare sul vostro SFTP:\n%s\nfingerprint %s\nhost key atteso: %s ecdsa-sha2-nistp256 %s', 'Public key to authorise on your SFTP:\n%s\nfingerprint %s\nexpected host key: %s ecdsa-sha2-nistp256 %s') % (
        pub, ssh_fp(), 'sftp.' + ch(HOSTS).split('.', 1)[1], base64.b64encode(b'\x00\x00\x00\x13ecdsa-sha2-nistp256' + rbytes(90)).decode())
    return 'ssh', wrap(lang, body)

@P
def p_webhook_digest(lang):
    ts = 1780000000 + R.randint(0, 9999999)
    code = ch(['secret = os.environ["WEBHOOK_SECRET"]', 'const secret = process.env.WEBHOOK_SIGNING_SECRET;', 'secret := os.Getenv("WEBHOOK_SECRET")', '$secret = getenv("WEBHOOK_SECRET");', 'String secret = config.getWebhookSecret();'])
    body = L(lang, 'Firma non valida. Header: X-Signature: t=%d,v1=%s\nCalcolato da noi: %s\nBody SHA-256: %s\nCodice:\n    %s', 'Invalid signature. Header: X-Signature: t=%d,v1=%s\nWe compute: %s\nBody SHA-256: %s\nCode:\n    %s') % (
        ts, sha256(), sha256(), sha256(), code)
    return 'webhook-debug', wrap(lang, body)

@P
def p_psd2_clean(lang):
    if lang == 'it':
        body = 'Ricostruzione consenso AIS %s per il reclamo %s:\n- creato %s, stato received → valid\n- SCA: OTP inviato via SMS al numero %s, inserito correttamente (il codice non è registrato per policy)\n- authorisationId %s, TPP %s\n- conto %s' % (
            uid(), ticket(), iso(), phone(lang)[:-4] + 'XXXX', uid(), 'PSDIT-BI-%d' % R.randint(10000, 99999), mask_iban())
    else:
        body = 'Reconstruction of AIS consent %s for complaint %s:\n- created %s, status received → valid\n- SCA: OTP sent by SMS to %s, entered correctly (code not stored by policy)\n- authorisationId %s, TPP %s\n- account %s' % (
            uid(), ticket(), iso(), phone(lang)[:-4] + 'XXXX', uid(), 'PSDGB-FCA-%d' % R.randint(100000, 999999), mask_iban())
    return 'psd2-compliance', wrap(lang, body, 0.4)

@P
def p_chargeback_masked(lang):
    if lang == 'it':
        body = 'Contestazione %s – motivo %s\nCarta: %s\nARN: %s\nImporto: %s del %s\nOrdine: %s – fattura %s\nScadenza risposta: %s' % (
            'CB-%d' % R.randint(100000, 999999), ch(['10.4', '13.1', '4853']), mask_card(), pin(23), amount(lang), itdate(), 'ORD-%d' % R.randint(10**5, 10**7), 'FT/%d/2026' % R.randint(1, 9999), itdate())
    else:
        body = 'Dispute %s — reason %s\nCard: %s\nARN: %s\nAmount: %s on %s\nOrder: %s — invoice %s\nResponse due: %s' % (
            'CB-%d' % R.randint(100000, 999999), ch(['10.4', '13.1', '4853']), mask_card(), pin(23), amount(lang), date(), 'ORD-%d' % R.randint(10**5, 10**7), 'INV-2026-%05d' % R.randint(1, 99999), date())
    return 'dispute-letter', wrap(lang, body)

@P
def p_luhn_fail(lang):
    lines = []
    for _ in range(R.randint(1, 3)):
        lines.append('%s %s -> %s' % (iso(), fmt_card(bad_card_digits()), ch(['invalid_number', 'luhn_check_failed', 'card_number_invalid'])))
    pre = L(lang, 'Dal log del test di validazione: questi numeri vengono rifiutati correttamente perché non passano il controllo Luhn.', 'From the validation test log: these numbers are correctly rejected because they fail Luhn.')
    return 'log', wrap(lang, pre + '\n' + '\n'.join(lines))

@P
def p_policy_text(lang):
    if lang == 'it':
        body = ch(['Policy di sicurezza %s, par. %d.%d: le password devono avere almeno %d caratteri, includere maiuscole, numeri e simboli e non possono essere riutilizzate per %d cicli. I token di accesso scadono dopo %d secondi; i refresh token dopo %d giorni.',
                   'Estratto della procedura %s (rev. %d.%d): il client secret è custodito esclusivamente nel vault; è vietato trasmetterlo via email. Lunghezza minima delle password %d caratteri, cronologia %d, sessione %d secondi, rotazione chiavi ogni %d giorni.'])
    else:
        body = ch(['Security policy %s, section %d.%d: passwords must be at least %d characters, mix upper case, digits and symbols, and cannot be reused for %d cycles. Access tokens expire after %d seconds; refresh tokens after %d days.',
                   'Procedure %s (rev %d.%d) excerpt: the client secret lives only in the vault; it must never be sent by email. Minimum password length %d, history %d, session %d seconds, key rotation every %d days.'])
    return 'policy', wrap(lang, body % ('POL-SEC-%03d' % R.randint(1, 200), R.randint(1, 9), R.randint(1, 9), ch([10, 12, 14, 16]), ch([5, 10, 24]), ch([900, 3600]), ch([30, 90])), 0.5)

@P
def p_oidc_claims(lang):
    claims = {'iss': 'https://' + ch(HOSTS), 'sub': uid(), 'aud': ch(['acme-pay-prod', 'desk-integration', 'mobile-ios']), 'exp': 1780000000 + R.randint(0, 9999999), 'iat': 1780000000,
              'nonce': rs(22, URLSAFE), 'at_hash': b64u(rbytes(16)), 'sid': uid(), 'amr': ['pwd', 'otp']}
    hdr = {'alg': 'RS256', 'kid': kid(), 'typ': 'JWT'}
    pre = L(lang, 'Ho decodificato l\'id_token su jwt.io (non incollo il token, solo header e claims):', 'Decoded the id_token on jwt.io (not pasting the token, only header and claims):')
    return 'oidc-debug', wrap(lang, pre + '\n' + jd(hdr) + '\n' + jd(claims))

@P
def p_saml_metadata(lang):
    body = '<md:EntityDescriptor entityID="https://%s/saml">\n  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s/saml/acs" index="0"/>\n  </md:SPSSODescriptor>\n</md:EntityDescriptor>' % (
        ch(HOSTS), cert_b64(), ch(HOSTS))
    pre = L(lang, 'Metadata SP (contiene solo il certificato pubblico). Errore: InResponseTo="_%s" non corrisponde.' % hexs(40), 'SP metadata (public certificate only). Error: InResponseTo="_%s" does not match.' % hexs(40))
    return 'saml-debug', wrap(lang, pre + '\n' + body)

@P
def p_dlp_counts(lang):
    body = 'DLP incident report %s\nPolicy: %s\nSensitive info types: Credit Card Number (count %d), IBAN (count %d)\nMatched content: [hidden by policy]\nMessage ID: <%s@mail.%s>\nAction: %s' % (
        uid(), ch(['PCI DSS', 'EU Financial Data']), R.randint(1, 5), R.randint(0, 5), hexs(24), ch(HOSTS).split('.', 1)[1], ch(['Blocked', 'Audit']))
    pre = L(lang, 'Il DLP ha bloccato la mail, il contenuto non è visibile. Possiamo reinviarla in altro modo?', 'DLP blocked the email; content isn\'t visible. Can we send it another way?')
    return 'dlp-alert', wrap(lang, pre + '\n\n' + body)

@P
def p_oncall_ids(lang):
    body = '[FIRING:%d] %s\nSummary: p99 latency %dms on %s\ntraceparent: %s\nsample payment ids: %s, %s\nDedup key: %s\nRunbook: https://wiki.internal/runbooks/%s' % (
        R.randint(1, 3), ch(['PaymentsLatencyHigh', 'WebhookBacklog', 'PSD2GatewayErrors']), R.randint(800, 9000), ch(HOSTS), traceparent(), pay_id(), pay_id(), hexs(32), ch(REPOS))
    pre = L(lang, ch(['Pagina di stanotte:', 'È da voi?']), ch(['Last night\'s page:', 'Is this on your side?']))
    return 'oncall-page', wrap(lang, pre + '\n' + body, 0.3)

@P
def p_code_reads(lang):
    snip = ch(['client = Client(api_key=os.environ["SPORTELLO_API_KEY"])\nsecret = os.getenv("CLIENT_SECRET")',
               'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst rt = await keytar.getPassword("app", "refresh_token");',
               'var secret = config.clientSecret;\nvar pwd = Environment.GetEnvironmentVariable("DB_PASSWORD");',
               'password: ${DB_PASSWORD:?missing}\nclient_secret: !vault secret/prod/oauth#client_secret',
               '$token = getenv("ACCESS_TOKEN");\n$pin = $_POST["otp"] ?? null;',
               'headers = {"Authorization": f"Bearer {settings.ACCESS_TOKEN}"}'])
    pre = L(lang, ch(['Il codice non contiene segreti, li legge dall\'ambiente:', 'Lo scanner segnala questo file ma secondo noi è un falso positivo:']),
            ch(['The code holds no secrets, it reads them from the environment:', 'The scanner flags this file but we think it\'s a false positive:']))
    return 'code', wrap(lang, pre + '\n```\n' + snip + '\n```')

@P
def p_ticket_misc(lang):
    if lang == 'it':
        body = 'Riepilogo reclamo %s: il cliente (tel. %s) segnala doppio addebito di %s il %s sulla carta che termina con %s. Ordine %s, fattura n. %d/2026, id pagamento %s, request id %s.' % (
            ticket(), phone(lang), amount(lang), itdate(), pin(4), 'ORD-%d' % R.randint(10**5, 10**7), R.randint(1, 9999), pay_id(), uid())
    else:
        body = 'Complaint %s summary: customer (phone %s) reports a double charge of %s on %s to the card ending %s. Order %s, invoice %d/2026, payment id %s, request id %s.' % (
            ticket(), phone(lang), amount(lang), date(), pin(4), 'ORD-%d' % R.randint(10**5, 10**7), R.randint(1, 9999), pay_id(), uid())
    return 'ticket', wrap(lang, body)

@P
def p_sealed_secret(lang):
    enc = base64.b64encode(rbytes(R.choice([300, 500]))).decode()
    body = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-creds\n  namespace: payments\nspec:\n  encryptedData:\n    client_secret: %s\n  template:\n    metadata:\n      annotations:\n        rotated-at: "%s"' % (ch(REPOS), enc, date())
    pre = L(lang, 'Il SealedSecret è cifrato con la chiave del controller, quindi sicuro da condividere (vero?):', 'The SealedSecret is encrypted with the controller key, so safe to share (right?):')
    return 'k8s', wrap(lang, pre + '\n' + body)

@P
def p_tf_sensitive(lang):
    body = '  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-%s"\n      ~ password          = (sensitive value)\n      ~ engine_version    = "15.%d" -> "16.%d"\n        arn               = "arn:aws:rds:eu-south-1:%d:db:payments"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.' % (
        hexs(12), R.randint(1, 9), R.randint(1, 5), R.randint(10**11, 10**12))
    pre = L(lang, 'Output di terraform plan per la change %s:' % ticket(), 'terraform plan output for change %s:' % ticket())
    return 'terraform-plan', wrap(lang, pre + '\n' + body)

@P
def p_scanner_fp(lang):
    ph = ch(['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'YOUR_CLIENT_SECRET', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'changeme', '<password>', 'AKIAXXXXXXXXXXXXXXXX', 'dummy-token-for-tests'])
    line = ch(['API_KEY=%s', 'client_secret: "%s"', 'password = "%s"', 'token: %s']) % ph
    body = L(lang, 'Lo scanner (%s) segnala %s riga %d:\n    %s\nÈ un segnaposto della documentazione, commit %s. Possiamo aggiungerlo all\'allowlist? fingerprint %s',
             'The scanner (%s) flags %s line %d:\n    %s\nIt\'s a documentation placeholder, commit %s. Can we allowlist it? fingerprint %s') % (
        ch(['gitleaks', 'trufflehog', 'GitHub secret scanning']), path(), R.randint(1, 300), line, commit()[:12], '%s:%s:generic-api-key:%d' % (commit(), path(), R.randint(1, 300)))
    return 'scanner-text', wrap(lang, body)

@P
def p_checksums(lang):
    lines = ['%s  %s' % (sha256(), ch(['sportello-sdk-%d.%d.%d.tar.gz' % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)), 'app-release.aab', 'payments-api.jar', 'sbom.cdx.json'])) for _ in range(R.randint(2, 4))]
    extra = '<script src="https://cdn.%s/sdk.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % (ch(HOSTS).split('.', 1)[1], base64.b64encode(rbytes(48)).decode())
    pre = L(lang, 'Per l\'audit della supply chain vi mandiamo i checksum dei pacchetti usati:', 'For the supply-chain audit, checksums of the packages we use:')
    return 'checksums', wrap(lang, pre + '\n' + '\n'.join(lines) + ('\n' + extra if R.random() < 0.5 else ''))

@P
def p_vault_metadata(lang):
    out = '$ vault kv metadata get secret/%s/prod\n======= Metadata Path =======\nsecret/metadata/%s/prod\n\n========== Metadata ==========\nKey                     Value\n---                     -----\ncas_required            false\ncreated_time            %s\ncurrent_version         %d\ndelete_version_after    0s\nmax_versions            0\nupdated_time            %s' % (
        ch(REPOS), ch(REPOS), iso(), R.randint(2, 40), iso())
    pre = L(lang, 'Metadata del secret (nessun valore), l\'ultima rotazione risulta questa:', 'Secret metadata (no values); last rotation shows as:')
    return 'vault-cli', wrap(lang, pre + '\n' + out)

@P
def p_masked_neighbours(lang):
    if lang == 'it':
        body = 'Dati verificati in call con il cliente (mascherati come da procedura):\nCarta: %s\nIBAN: %s\nToken: %s\nPassword: ********\nOTP: ******' % (mask_card(), mask_iban(), ch(['tok_****' + rs(4), 'eyJhbGciOi…[troncato]', '[REDACTED]']))
    else:
        body = 'Details verified on the call with the customer (masked per procedure):\nCard: %s\nIBAN: %s\nToken: %s\nPassword: ********\nOTP: ******' % (mask_card(), mask_iban(), ch(['tok_****' + rs(4), 'eyJhbGciOi…[truncated]', '[REDACTED]']))
    return 'agent-note', wrap(lang, body)

@P
def p_key_inventory(lang):
    rows = []
    for _ in range(R.randint(2, 4)):
        rows.append('| %s | %s | %s | %s | %s |' % (ch(['signing', 'API', 'mTLS', 'webhook']), kid(), ch(['RSA-2048', 'EC P-256', 'Ed25519', 'HMAC-SHA256']), date(), ch(['active', 'retired', 'scheduled'])))
    hdr = L(lang, '| Uso | Key ID | Algoritmo | Prossima rotazione | Stato |', '| Purpose | Key ID | Algorithm | Next rotation | Status |')
    pre = L(lang, 'Inventario chiavi richiesto dall\'audit ISO 27001 (solo identificativi):', 'Key inventory for the ISO 27001 audit (identifiers only):')
    return 'report-table', wrap(lang, pre + '\n' + hdr + '\n|---|---|---|---|---|\n' + '\n'.join(rows))

@P
def p_deeplink_clean(lang):
    url = 'https://%s/r/%s?ref=%s&utm_source=%s&lang=%s' % (ch(HOSTS), ch(['pay', 'verify', 'open']), pay_id(), ch(['sms', 'email', 'push']), lang)
    body = L(lang, 'Il link nell\'SMS non apre l\'app: %s (il codice viene chiesto dopo, nell\'app). Build %d, device id %s.', 'The SMS link does not open the app: %s (the code is asked later, in-app). Build %d, device id %s.') % (url, R.randint(100, 9999), uid().upper())
    return 'deep-link', wrap(lang, body)

@P
def p_qr_bad(lang):
    body = 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%s\n\n%s\n' % (ch(BICS), company(lang).upper(), bad_iban().replace(' ', ''), '%.2f' % (R.randint(100, 99999) / 100), 'RF%02d%s' % (R.randint(10, 99), pin(12)))
    pre = L(lang, 'Il QR EPC generato dal gestionale viene rifiutato dalla banca: "IBAN con cifre di controllo errate". Payload:', 'Bank rejects the EPC QR our ERP generates: "IBAN check digits wrong". Payload:')
    return 'qr-payload', wrap(lang, pre + '\n' + body)

@P
def p_bank_prose(lang):
    if lang == 'it':
        body = ch(['Per il rimborso il cliente deve indicare IBAN, intestatario e BIC nel portale; noi non possiamo raccoglierli via ticket. La banca (ABI %s) ha confermato che il bonifico %s è in lavorazione.',
                   'Il payout %s è fermo per verifica titolarità del conto (BIC %s). Nessun dato bancario deve essere inviato per email.'])
        body = body % ((ch(IT_ABI), pay_id()) if 'ABI' in body else (pay_id(), ch(BICS)))
    else:
        body = ch(['For the refund the customer must enter IBAN, holder and BIC in the portal; we cannot collect them by ticket. The bank (sort code %s branch) confirmed transfer %s is being processed.',
                   'Payout %s is held for account ownership verification (BIC %s). No bank data should be sent by email.'])
        body = body % ((uk_account()[0], pay_id()) if 'sort' in body else (pay_id(), ch(BICS)))
    return 'email', wrap(lang, body)


@P
def p_gitleaks_toml(lang):
    body = '[extend]\nuseDefault = true\n\n[[rules]]\nid = "sportello-api-key"\ndescription = "Sportello API key"\nregex = \'\'\'(?i)spt_(live|test)_[0-9a-z]{32}\'\'\'\nkeywords = ["spt_live", "spt_test"]\n\n[allowlist]\ndescription = "fixtures"\npaths = [\'\'\'test/fixtures/.*\'\'\']\ncommits = ["%s", "%s"]\nregexes = [\'\'\'sk_live_x{24}\'\'\', \'\'\'REDACTED\'\'\']' % (commit(), commit())
    pre = L(lang, 'Questa è la configurazione gitleaks concordata con l\'auditor:', 'This is the gitleaks config agreed with the auditor:')
    return 'toml', wrap(lang, pre + '\n' + body)

@P
def p_saml_request(lang):
    blob = base64.b64encode(rbytes(R.choice([180, 260]))).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')
    url = 'https://login.%s/saml2?SAMLRequest=%s&RelayState=%s&SigAlg=http%%3A%%2F%%2Fwww.w3.org%%2F2001%%2F04%%2Fxmldsig-more%%23rsa-sha256' % (ch(HOSTS).split('.', 1)[1], blob, hexs(16))
    pre = L(lang, 'Il redirect verso l\'IdP (AuthnRequest firmata, nessun dato sensibile):', 'Redirect to the IdP (signed AuthnRequest, nothing sensitive):')
    return 'saml-debug', wrap(lang, pre + '\n' + url + '\nRequestID: _' + hexs(40))

@P
def p_webhook_event(lang):
    ev = {'id': 'evt_' + rs(24), 'object': 'event', 'api_version': '2026-10-28', 'created': 1780000000 + R.randint(0, 9999999), 'type': ch(['charge.dispute.created', 'payment_intent.succeeded', 'payout.failed']),
          'data': {'object': {'id': pay_id(), 'amount': R.randint(100, 99999), 'currency': 'eur', 'customer': 'cus_' + rs(14), 'payment_method': 'pm_' + rs(24),
                              'card': {'brand': ch(['visa', 'mastercard']), 'last4': pin(4), 'fingerprint': rs(16)}}}, 'request': {'id': 'req_' + rs(14), 'idempotency_key': uid()}}
    pre = L(lang, 'Evento ricevuto sul webhook (firma verificata, header Stripe-Signature t=%d,v1=%s):' % (ev['created'], sha256()), 'Event received on the webhook (signature verified, Stripe-Signature t=%d,v1=%s):' % (ev['created'], sha256()))
    return 'webhook-json', wrap(lang, pre + '\n' + jd(ev))

@P
def p_kyc_clean(lang):
    if lang == 'it':
        body = 'Ragione sociale: %s\nP.IVA: %s\nREA: %s-%d\nPEC: amministrazione@pec.%s\nTelefono: %s\nBIC: %s\nIBAN: verrà inserito dal legale rappresentante nel portale\nPratica KYC: %s' % (
            company(lang), vat('IT'), ch(['MI', 'RM', 'PD', 'BA']), R.randint(100000, 2999999), ch(HOSTS).split('.', 1)[1], phone(lang), ch(BICS), ticket())
    else:
        body = 'Legal name: %s\nCompany no.: %s\nVAT: GB%s\nPhone: %s\nBIC: %s\nIBAN: to be entered by the director in the portal\nKYC case: %s' % (
            company(lang), pin(8), pin(9), phone(lang), ch(BICS), ticket())
    return 'kyc-form', wrap(lang, body)

@P
def p_hibp(lang):
    lines = ['%s:%d' % (hexs(35).upper(), R.randint(1, 9000)) for _ in range(R.randint(3, 6))]
    pre = L(lang, 'Il controllo k-anonymity su Have I Been Pwned (prefisso %s) restituisce questi suffissi SHA-1, nessuno corrisponde alle nostre password:' % hexs(5).upper(),
            'The Have I Been Pwned k-anonymity check (prefix %s) returns these SHA-1 suffixes, none match our passwords:' % hexs(5).upper())
    return 'api-output', wrap(lang, pre + '\n' + '\n'.join(lines))

@P
def p_introspection(lang):
    doc = {'active': ch([True, False]), 'client_id': ch(['acme-pay-prod', 'desk-integration', 'mobile-ios']), 'scope': 'accounts payments', 'sub': uid(), 'jti': uid(),
           'exp': 1780000000 + R.randint(0, 9999999), 'token_type': 'Bearer', 'cnf': {'x5t#S256': b64u(rbytes(32))}}
    pre = L(lang, 'Risposta dell\'introspection (il token non lo incollo, solo il risultato):', 'Introspection response (not pasting the token, just the result):')
    return 'oidc-debug', wrap(lang, pre + '\n' + jd(doc))

@P
def p_android_clean(lang):
    body = 'Build fingerprint: \'google/%s/%s:14/UP1A.%d.%03d/%d:user/release-keys\'\nRevision: \'MP1.0\'\npid: %d, tid: %d, name: %s  >>> com.%s.app <<<\nsignal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x%s\nbacktrace:\n  #00 pc %s  /data/app/~~%s==/com.%s.app-%s==/lib/arm64/libpay.so (BuildId: %s)' % (
        ch(['husky', 'oriole', 'panther']), ch(['husky', 'oriole', 'panther']), R.randint(230000, 240000), R.randint(1, 99), R.randint(10**7, 10**8), R.randint(1000, 30000), R.randint(1000, 30000),
        ch(['RenderThread', 'OkHttp Dispatch', 'main']), ch(ORGS).replace('-', ''), hexs(16), hexs(16), rs(22, URLSAFE), ch(ORGS).replace('-', ''), rs(22, URLSAFE), hexs(40))
    pre = L(lang, 'Tombstone dal dispositivo del cliente dopo il pagamento con SCA:', 'Tombstone from the customer\'s device after an SCA payment:')
    return 'crash-report', wrap(lang, pre + '\n' + body)

# ================================================================ assembly
N_SECRET = 750
N_PASS = 850
KIND_QUOTA = {'bank_account': 84, 'iban': 64, 'card_number': 62, 'cvv': 44, 'private_key': 56, 'vendor_key': 76, 'access_token': 78,
              'client_secret': 68, 'refresh_token': 60, 'password': 82, 'pin': 76}
import re
DIGITRUN = re.compile(r'(?<![\w])(\d[\d \-.]{11,22}\d)(?![\w])')

def check_value(kind, v):
    if kind == 'card_number':
        d = re.sub(r'[^0-9]', '', v); assert 13 <= len(d) <= 19 and luhn_ok(d), v
    if kind == 'iban':
        assert iban_valid(v.replace(' ', '')), v
    if kind == 'cvv': assert v.isdigit() and len(v) in (3, 4), v
    if kind == 'pin': assert v.isdigit(), v

def main():
    out = []
    counters = {'it': 0, 'en': 0}
    def nid(lang):
        counters[lang] += 1
        return 'fresh20-%s-%04d' % (lang, counters[lang])
    schedule = []
    for k, n in KIND_QUOTA.items(): schedule += [k] * n
    assert len(schedule) == N_SECRET, len(schedule)
    R.shuffle(schedule)
    use = Counter()
    for i, kind in enumerate(schedule):
        lang = 'it' if i % 2 == 0 else 'en'
        cands = [fn for fn, ks in SECRET_T if kind in ks]
        m = min(use[fn.__name__] for fn in cands)
        fn = ch([f for f in cands if use[f.__name__] <= m + 1])
        use[fn.__name__] += 1
        for attempt in range(100):
            style, text, secs = fn(lang, kind)
            # short values (PINs, CVVs, short accounts) must occur only once, not also inside an id or a date
            if all(len(v) > 12 or text.count(v) == 1 for k, v in secs): break
        else:
            raise SystemExit('could not place short value uniquely in ' + fn.__name__)
        seen = set(); clean = []
        for k, v in secs:
            assert v and v in text, (fn.__name__, k, v)
            check_value(k, v)
            if (k, v) not in seen: seen.add((k, v)); clean.append({'kind': k, 'value': v})
        assert clean
        out.append({'id': nid(lang), 'lang': lang, 'style': style, 'text': text, 'secrets': clean})
    for i in range(N_PASS):
        lang = 'en' if i % 2 == 0 else 'it'
        fn = PASS_T[i % len(PASS_T)] if i < len(PASS_T) * (N_PASS // len(PASS_T)) else ch(PASS_T)
        use[fn.__name__] += 1
        style, text = fn(lang)
        for m in DIGITRUN.finditer(text):
            d = re.sub(r'[^0-9]', '', m.group(1))
            if 13 <= len(d) <= 19 and luhn_ok(d) and re.fullmatch(r'\d{4}([ \-.]?\d{4}){2,3}|\d{13,19}', m.group(1)):
                if fn.__name__ not in ('p_chargeback_masked',):
                    print('WARN luhn-valid run in pass sample', fn.__name__, m.group(1), file=sys.stderr)
        out.append({'id': nid(lang), 'lang': lang, 'style': style, 'text': text, 'secrets': []})
    R.shuffle(out)
    ids = [o['id'] for o in out]; assert len(ids) == len(set(ids))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'fresh20.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # report
    kinds = Counter(); ksamples = Counter()
    for o in out:
        for s in o['secrets']: kinds[s['kind']] += 1
        for k in {s['kind'] for s in o['secrets']}: ksamples[k] += 1
    nsec = sum(1 for o in out if o['secrets']); npass = len(out) - nsec
    print('samples', len(out), 'secret', nsec, 'pass', npass)
    print('lang', Counter(o['lang'] for o in out))
    print('lang secret', Counter(o['lang'] for o in out if o['secrets']), 'lang pass', Counter(o['lang'] for o in out if not o['secrets']))
    print('templates: secret', len(SECRET_T), 'pass', len(PASS_T), 'total', len(SECRET_T) + len(PASS_T))
    for k in sorted(kinds): print('  %-14s values %4d  samples %4d' % (k, kinds[k], ksamples[k]))
    print('template use', sorted(use.values())[:5], '...', sorted(use.values())[-5:])
    print('styles', len(Counter(o['style'] for o in out)))
    assert len(out) >= 1000 and npass >= nsec
    assert all(ksamples[k] >= 40 for k in KIND_QUOTA) and ksamples['bank_account'] >= 60
    assert len(SECRET_T) + len(PASS_T) >= 60

if __name__ == '__main__':
    main()
